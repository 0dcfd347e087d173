package parse

import "testing"

// The seven-hundred-and-second fresh table: FPGA and chip design tools as their consoles and log
// files show them, shapes no earlier table holds (fresh345 measured Vivado, Quartus, Questa,
// Verilator and GHDL; fresh630 Yosys, nextpnr, LibreLane, cocotb, SymbiYosys, Surelog, Gowin EDA
// and OpenLane; these are the commercial simulators and synthesis tools and the programmers left
// beside them). Each family is one product's documented or observed output: Synopsys VCS's compile
// blocks (`Error-[IND] Identifier not declared`, then `file, line` and an indented explanation);
// Cadence Xcelium's `xmelab: *W,CODE (file,line|col): msg` with the source line and a caret above
// it, and xmsim's runtime error with `File:` and `Scope:` lines under it; Icarus Verilog's compiler
// (`file:line: error: …` with its `file:line:      : …` note) and vvp's `VCD info:` and
// `VCD warning:`; Synopsys Design Compiler's `Information:`, `Warning:`, `Error:` lines closed by a
// code in parentheses (`(HDL-193)`, `(LINK-5)`); Efinix Efinity's `[EFX-0266 WARNING] …` and its
// flow lines dated `Sun November 29 26 07:41:16`; the Bluespec compiler's positioned errors with an
// indented explanation and blank lines inside; Synplify Pro as Lattice Diamond runs it
// (`@N: CG364 :"file":12:7:12:9|msg`, `@W:`, `@E:`); openFPGALoader's console (plain progress lines,
// `Warning:` and `Error:`). Lattice Radiant's LSE log (a ctime line, then `INFO - synthesis: …`)
// was written first and replaced by Synplify: its family failed TestRepeatedLinesReadAlike (the
// whole log joined to the copyright line the first time, the ctime line read apart the second).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`vivado`, `quartus`, `yosys`, `nextpnr`, `verilator`, `openroad`,
// `ghdl`, `iverilog`, `icarus`, `modelsim`, `questa`, `vsim`, `# **`, `Synth 8-`, `HLS 200`, `Vitis`,
// `xsim`, `xcelium`, `xmvlog`, `xmelab`, `xmsim`, `ncvlog`, `ncsim`, `irun`, `xrun`, `*E,`, `*W,`,
// `*F,`, `vcs`, `VCS`, `Error-[`, `Warning-[`, `Lint-[`, `Chronologic`, `cocotb`, `openlane`, `SBY `,
// `symbiyosys`, `openFPGALoader`, `hw_server`, `Libero`, `Efinity`, `EFX-`, `Gowin`, `lattice`,
// `diamond`, `Radiant`, `synthesis:`, `synplify`, `@E:`, `@W:`, `@N:`, `CD506`, `CL169`,
// `Pruning unused`, `klayout`, `netgen`, `magic`, `%Warning-`, `%Error`, `GPL-0`,
// `STA-0`, `[INFO `, `Info (`, `Warning (`, `Critical Warning`, `CRITICAL WARNING`, `sv2v`,
// `surelog`, `uhdm`, `fusesoc`, `edalize`, `litex`, `migen`, `amaranth`, `chisel`, `firtool`,
// `circt`, `spinalhdl`, `verible`, `svlint`, `slang`, `bluespec`, `bsc`, `(T0`, `innovus`, `**WARN`,
// `**ERROR`, `IMPEXT`, `Design Compiler`, `dc_shell`, `(LINK-`, `(UID-`, `Information:`, `VCD info`,
// `vvp`, `dumpfile`, `$finish`, `Simulation complete`, `VRFC`, `Cadence`, `Synopsys`, `Siemens`,
// `genus`, `tempus`, `primetime`, `pt_shell`, `spyglass`, `jasper`, `calibre`, `gtkwave`, `ngspice`,
// `xyce`, `Xilinx`, `Altera`, `Intel FPGA`, `Quartus Prime`, `Running command`, `End of script`,
// `run_synthesis`, `route_design`, `place_design`, `Phase 1`, `ERROR: [`, `WARNING: [`, `INFO: [`,
// `tcl`, `tclsh`, `openocd`, `riscv`, `spike`, `gem5`, `qemu`, `renode`, `dve`, `urg`, `abc`). Vivado,
// Quartus, Questa, Verilator, GHDL and gem5 are fresh345's, Yosys, nextpnr, cocotb, SymbiYosys,
// Surelog, Gowin and OpenLane fresh630's, and were left out; `xcelium`, `xmvlog`, `xmelab`, `*E,`,
// `*W,`, `Warning-[`, `iverilog`, `icarus`, `vvp`, `VCD info`, `radiant`, `bluespec`, `innovus`,
// `Design Compiler`, `openFPGALoader`, `libero`, `hw_server`, `gtkwave`, `ngspice` and `openroad`
// match only fresh345's, fresh550's and fresh630's notes on what they left out; `vcs`, `bsc`,
// `diamond`, `irun`, `xrun`, `dve`, `urg`, `magic`, `calibre`, `Information:`, `**WARN` and
// `**ERROR` match other products' lines or words inside other names (Abaqus's `***WARNING`,
// VmBackup's `***ERROR`); `Chronologic` an LSF note. None of VCS, Xcelium, Icarus Verilog, Design
// Compiler, Efinity, bsc, Synplify or openFPGALoader is a family of any table (`@N:` matches
// only a bracketed NMEA-like line of fresh657; `@W:`, `synplify`, `CD506`, `CL169` nothing). Left out as
// measured already: the products above. Left out for want of time or of a confirmed layout:
// OpenROAD's logger (fresh630 found it fails TestRepeatedLinesReadAlike), Cadence Innovus and Genus
// (one `**ERROR: (IMPOAX-142):` line found, no log), Vitis HLS and xsim (the Vivado shape fresh345
// holds), Microchip Libero, Lattice Diamond's Synplify `@E: CD506 :` lines. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Most of these tools write no clock: their records have no time, and
// `file, line`, `(file,line|col)`, `file.v(57)`, `line N, column M`, message codes (`HDL-193`,
// `EFX-0266`, `VERI-1141`, `T0080`), vvp's `$finish called at 20500000 (1ps)` (simulation time),
// MHz figures and percentages are none. Efinity's flow line `Sun November 29 26 07:41:16` is a
// zone-less local time with a two-digit year after the day, read as UTC; Synplify's
// `line:col:line:col` spans (`12:7:12:9`) are no times of day; VCS's banner date is in a header fed but not scored. Levels
// only where the line marks one: VCS's `Error-[`/`Warning-[`; Xcelium's letter after the star (W
// Warn, E Error, N Notice); Icarus's `error:`/`warning:` and vvp's `VCD info:`/`VCD warning:`;
// Design Compiler's `Information:` (Info), `Warning:`, `Error:`; Efinity's word in the bracket;
// bsc's `Error:`/`Warning:`; Synplify's letter after `@` (N Notice, W Warn, E Error); openFPGALoader's
// `Warning:` and `Error:`. Counts (`2 errors`, `2 error(s) during elaboration.`), progress lines
// (`Open file DONE`, `Done`) and `Command Line:` carry none. No family has a host field: module,
// instance, net and file names are no hosts. A record that spans lines is one entry: VCS's block
// with its `file, line` line and indented text; Xcelium's source excerpt and caret above the
// message and xmsim's `File:`/`Scope:` lines under it; Icarus's note under its error and a
// warning's indented second line; Design Compiler's tab-indented continuation; bsc's indented
// explanation with its blank lines.
//
// The shapes come from the issue threads each case names, found with the search tool (corpora
// "issues"); where a search did not confirm a layout the source says "from memory" (VCS's
// Warning-[…] block and banner, bsc's Warning block, Synplify's `@N:` and `@W:` lines). Hosts, ids, paths, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit beb2b2f before any rule for it: level 67.5 %, time 90.8 %, host 95.0 %, records 83.2 %.
// That is the macro figure (micro: level 71.7 %, time 91.3 %, host 95.7 %, records 84.8 %), in a
// worktree at beb2b2f with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right (Design Compiler, bsc, openFPGALoader); the gaps are VCS's `Error-[IND]`
// and `Warning-[…]` read with no level and cut from their `file, line` and explanation lines,
// Xcelium's `*W,`/`*E,`/`*N,` letters read as no level and its excerpts cut from their messages,
// Icarus's `file:line:      : …` note cut from its error, Efinity's `Sun November 29 26 07:41:16`
// read as no time, and Synplify's `@N:`, `@W:`, `@E:` letters read as no level.

var fresh702Cases = []worldCase{
	{
		name:   "synopsys-vcs-compile-diagnostic-blocks",
		gap:    "the quoted source line under a Warning-[…] block's `file, line` line is cut from the block as a record of its own",
		source: "Synopsys VCS compile output (`Error-[CODE] Title`, then `file, line`, then the explanation indented by two blanks, a blank line after the block): russdill/bch_verilog issue #9 and PR #10, lowRISC/lowrisc-chip issue #60, chipsalliance/Cores-VeeR-EL2 issue #261 (Error-[IND]); the Warning-[…] block and the Chronologic banner written after the same layout from memory",
		why:    "the severity word glued to a bracketed code opens a block; the `file, line` line and the indented explanation belong to it; the banner's date is fed, not scored; no host",
		entries: []worldEntry{
			wskip("",
				"                         Chronologic VCS (TM)",
				"       Version U-2023.03-SP2_Full64 -- Sun Nov 29 07:41:16 2026",
				""),
			we("", Unknown, "", "Parsing design file 'rtl/dma_ctrl.sv'"),
			we("", Error, "",
				"Error-[IND] Identifier not declared",
				"rtl/dma_ctrl.sv, 212",
				"  Identifier 'burst_len_q' has not been declared yet. If this error is not ",
				"  expected, please check if you have set `default_nettype to none.",
				""),
			we("", Warn, "",
				"Warning-[PCWM-W] Port connection width mismatch",
				"rtl/dma_top.sv, 88",
				"\"dma_fifo #(.DEPTH(16)) u_rd_fifo( .clk (clk),  .wr_data (rd_beat));\"",
				"  The following 32-bit expression is connected to 64-bit port \"wr_data\" of ",
				"  module \"dma_fifo\", instance \"u_rd_fifo\".",
				""),
			we("", Error, "",
				"Error-[IND] Identifier not declared",
				"rtl/dma_ctrl.sv, 240",
				"  Identifier 'desc_valid_q' has not been declared yet. If this error is not ",
				"  expected, please check if you have set `default_nettype to none.",
				""),
			we("", Unknown, "", "2 errors"),
		},
	},
	{
		name:   "xcelium-xrun-star-severity-codes",
		gap:    "the source excerpt and caret printed above a message are cut from it: the message line is joined under the excerpt before it, or the next excerpt is joined under the message",
		source: "Cadence Xcelium (xrun, xmvlog, xmelab, xmsim) `tool: *S,CODE (file,line|col): message` with the source line and a caret above it, and xmsim's runtime errors with indented `File:` and `Scope:` lines: lowRISC/ibex issues #1196 and #2006, chipsalliance/VeeRwolf issue #41, VUnit/vunit PR #728",
		why:    "the severity letter after `*` (W, E, N) marks the level; the source excerpt and caret printed above a message belong to that message; `(file,line|col)` is no time; no host",
		entries: []worldEntry{
			we("", Warn, "",
				"      .irq_i                 ('b0),",
				"                                |",
				"xmelab: *W,CUVMPW (../src/acme_soc_0/rtl/soc_top.sv,142|32): port sizes differ in port connection (16/1)."),
			we("", Notice, "",
				"  localparam int unsigned AW = addr_pkg::aw(NumRegions),",
				"                                          |",
				"xmelab: *N,CFCALL (../src/acme_soc_0/rtl/xbar.sv,31|42): Function addr_pkg::aw treated as a constant function because of this call."),
			we("", Error, "",
				"  always_ff @(posedge clk_i or negedge rst_ni) begin",
				"          |",
				"xmelab: *E,MULAXX (../src/acme_soc_0/rtl/timer.sv,77|10): Multiple drivers to always_ff output variable cnt_q detected."),
			we("", Error, "", "xrun: *E,ELBERR: Error during elaboration (status 1), exiting."),
			we("", Error, "",
				"xmsim: *E,TRINDXC: index constraint violation.",
				"          File: /work/orin/acme/tb/uart_bfm.vhd, line = 118, pos = 27",
				"         Scope: :tb_top:u_bfm:rx_proc"),
		},
	},
	{
		name:   "icarus-iverilog-vvp-console",
		gap:    "the `file:line:      : …` note under an `error:` line is not joined to it but read as a record of its own",
		source: "Icarus Verilog's compiler (`file:line: error: …`, the `file:line:      : …` note under it, `N error(s) during elaboration.`, `warning: …` continued on an indented line) and vvp's runtime (`VCD info: dumpfile … opened for output.`, `VCD warning: …`, `file:line: $finish called at T (unit)`): olofk/fusesoc issue #126, darklife/darkriscv issue #104, steveicarus/iverilog issues #1226 and #230",
		why:    "a file:line prefix before the level word; the note line that points at the declaration belongs to the error; `VCD info:` and `VCD warning:` mark levels; the $finish time is simulation time, no clock",
		entries: []worldEntry{
			we("", Warn, "",
				"warning: Found both default and `timescale based delays. Use",
				"         -Wtimescale to find the module(s) with no `timescale."),
			we("", Error, "",
				"rtl/spi_master.v:88: error: Unable to bind wire/reg/memory `sclk_div' in `tb_spi.dut'",
				"rtl/spi_master.v:93:      : A symbol with that name was declared here. Check for declaration after use."),
			we("", Error, "", "rtl/spi_master.v:88: error: Unable to elaborate r-value: (sclk_div)==('sd0)"),
			we("", Unknown, "", "2 error(s) during elaboration."),
			we("", Info, "", "VCD info: dumpfile tb_spi.vcd opened for output."),
			we("", Warn, "", "VCD warning: $dumpvars: Package ($unit) is not dumpable with VCD."),
			we("", Unknown, "", "tb/tb_spi.v:140: $finish called at 20500000 (1ps)"),
		},
	},
	{
		name:   "synopsys-dc-shell-paren-codes",
		source: "Synopsys Design Compiler (dc_shell) console and log: `Information: … (HDL-193)` continued on a tab-indented line, `Warning: … (LBR-1)`, `Warning: … (LINK-5)`, `Error: …`: nvdla/hw issues #21 and #159, pulp-platform/pulpino issue #114",
		why:    "a capitalised level word and a colon open the line and the message code in parentheses closes it; a message wrapped onto a tab-indented line is one record; no time, no host",
		entries: []worldEntry{
			we("", Info, "",
				"Information: Building the design 'sync_fifo' instantiated from design 'dma_top' with",
				"\tthe parameters \"DEPTH=16,WIDTH=64\". (HDL-193)"),
			we("", Warn, "", "Warning: Cannot find the design 'DW_fp_mult' in the library 'WORK'. (LBR-1)"),
			we("", Info, "", "Information: Building the design 'crc32_lane'. (HDL-193)"),
			we("", Warn, "", "Warning: Unable to resolve reference 'DW_fp_mult' in 'dma_top'. (LINK-5)"),
			we("", Error, "", "Error: Can't find the design 'dma_top_wrapper' to set as current design. (UID-109)"),
		},
	},
	{
		name:   "efinity-efx-map-bracket-code-level",
		gap:    "the flow line's date `Sun November 29 26 07:41:16` (weekday, full month name, day, two-digit year, time) is not read as a time",
		source: "Efinix Efinity's efx_map synthesis console (`[EFX-NNNN LEVEL] message (file:line)`, and the flow's `Ddd Month d yy HH:mm:ss - … finished.` lines): ThomasHornschuh/bonfire-soc-fireant issue #1; enjoy-digital/litex PRs #2009 and #2247 (efx_map, efx_run.py)",
		why:    "the level word inside the bracket after the message code; the flow line's date has the weekday, the month name, the day and a two-digit year before the time (zone-less, UTC by the rules); `(file.v:204)` is a place, no time",
		entries: []worldEntry{
			we("", Info, "", "[EFX-0000 INFO] ... Pre-synthesis checks begin"),
			we("", Warn, "", "[EFX-0266 WARNING] Module Instance 'baud_gen' input pin tied to constant (clr=0)."),
			we("", Error, "", "[EFX-0202 ERROR] Net 'wb_adr[17]' has multiple drivers. (/home/kwan/efinity/2025.1/project/ledscan/src/ledscan_top.v:204)"),
			we("", Info, "", "[EFX-0677 INFO] Zero initialization of uninitialized memory block 'line_buf'. (/home/kwan/efinity/2025.1/project/ledscan/src/line_fifo.v:33)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun November 29 26 07:41:16 - /home/kwan/efinity/2025.1/bin/efx_map finished. Exit code = 63 Exit status : Normal"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun November 29 26 07:41:16 - Running automated flow starting from synthesis done. Total duration = 0m 3.118s"),
		},
	},
	{
		name:   "bluespec-bsc-positioned-errors",
		source: "Bluespec Compiler bsc (`Error: \"file.bsv\", line N, column M: (T0080)` with the explanation indented under it, blank lines inside; `compiling …` and `checking package dependencies` progress lines): bluespec/Flute issue #34, B-Lang-org/bsc issues #435 and #760; the Warning (G0010) block written after the same layout from memory",
		why:    "the level word, then the quoted file and `line N, column M` and a bracketed message code; the indented explanation, blank lines included, belongs to it; no time, no host",
		entries: []worldEntry{
			we("", Unknown, "", "checking package dependencies"),
			we("", Unknown, "", "compiling src/Fetch.bsv"),
			we("", Error, "",
				"Error: \"src/Fetch.bsv\", line 212, column 17: (T0080)",
				"  Type error at the use of the following function:",
				"    PcReq",
				"",
				"  The expected return type of the function:",
				"    Fetch::PcReq",
				"",
				"  The return type according to the use:",
				"    PcReq#(w__)",
				""),
			we("", Error, "",
				"Error: \"src/Fetch.bsv\", line 301, column 5: (T0007)",
				"  Unbound type constructor `IMemResp'"),
			we("", Warn, "",
				"Warning: \"src/Decode.bsv\", line 88, column 12: (G0010)",
				"  Rule \"rl_decode\" was treated as more urgent than \"rl_redirect\". Conflicts:",
				"    \"rl_decode\" cannot fire before \"rl_redirect\": calls to dq.enq vs. dq.clear"),
		},
	},
	{
		name:   "synplify-lattice-diamond-at-letter-codes",
		source: "Synplify Pro as Lattice Diamond runs it (the .srr log and the console: `@E: CODE :\"file\":line:col:line:col|message`): chipsalliance/Cores-VeeR-EH2 issue #16 (`@E: CD506 :…|Expecting comma or )`); the `@N:` and `@W:` lines written after the same layout from memory",
		why:    "the level is the letter after `@` (N Notice, W Warn, E Error); the quoted file's `line:col:line:col` span is no time of day; no host",
		entries: []worldEntry{
			we("", Notice, "", `@N: CG364 :"D:\work\pwm_led\source\pwm.v":12:7:12:9|Synthesizing module pwm in library work.`),
			we("", Warn, "", `@W: CL169 :"D:\work\pwm_led\source\pwm.v":41:2:41:7|Pruning unused register duty_q[7:4]. Make sure that there are no unused intermediate registers.`),
			we("", Warn, "", `@W: CG296 :"D:\work\pwm_led\source\pwm.v":55:11:55:16|Incomplete sensitivity list; assuming completeness. Make sure all referenced variables in message CG290 are included in the sensitivity list.`),
			we("", Error, "", `@E: CD506 :"D:\work\pwm_led\source\pwm_pkg.vh":3:18:3:19|Expecting comma or )`),
			we("", Notice, "", `@N: CG364 :"D:\work\pwm_led\source\top.v":1:7:1:9|Synthesizing module top in library work.`),
		},
	},
	{
		name:   "openfpgaloader-console-progress",
		source: "openFPGALoader's console (`Jtag frequency : requested … -> real …`, `Open file DONE`, `Parse file DONE`, `load program`, `Flash SRAM: [===…] 100.00%`, `Done`, `Warning: Unknown IDCODE`, `Error: wrong value: read … instead of …`): trabucayre/openFPGALoader issues #359, #396, #539, #678 and PR #108",
		why:    "plain progress lines with no time and no level, each a record of its own; `Warning:` and `Error:` at the start mark levels; MHz figures and percentages are no times",
		entries: []worldEntry{
			we("", Unknown, "", "Jtag frequency : requested 6.00MHz   -> real 6.00MHz  "),
			we("", Unknown, "", "Open file DONE"),
			we("", Unknown, "", "Parse file DONE"),
			we("", Warn, "", "Warning: Unknown IDCODE"),
			we("", Unknown, "", "load program"),
			we("", Unknown, "", "Flash SRAM: [==================================================] 100.00%"),
			we("", Unknown, "", "Done"),
			we("", Error, "", "Error: wrong value: read 3f instead of 00"),
		},
	},
}

func TestFresh702Formats(t *testing.T) { assertTable(t, fresh702Cases) }
func TestFresh702Score(t *testing.T) {
	checkScore(t, "fresh702 formats", fresh702Cases, [worldNumFields]float64{92.4, 90.7, 94.9, 88.1})
}
