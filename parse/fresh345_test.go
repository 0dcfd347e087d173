package parse

import "testing"

// The three-hundred-and-forty-fifth fresh table, written on 2026-12-09: levels as real programs spell
// and place them, a further pass, in product shapes no earlier table holds: the hardware-design and
// simulation tools' consoles (whose severities are spelled more ways than any server's), a game's
// own log, an emulator's log, a compiler in a translated locale and a linter's table. Each family is
// one product's documented or observed output: AMD Vivado 2024.2's vivado.log in batch mode (`INFO:
// [Synth 8-6157]`, the two-word `CRITICAL WARNING:`, an `ERROR: [Place 30-574]` with its tab-indented
// lines and a blank line inside, the `Time (s): cpu = … ; elapsed = …` lines); Intel Quartus Prime's
// quartus_map console (`Warning (10230):`, `Critical Warning (127005):`, four-space-indented
// sub-messages, the `Processing started:` and `Processing ended:` ctime lines); a Questa Sim batch
// transcript (every line behind `# `, `# ** Warning: (vsim-3015)` with its `#    Time: 0 ps` line,
// `# Start time: 07:41:16 on Nov 29,2026`); Verilator's lint output (`%Warning-UNUSEDSIGNAL:` and
// `%Error-PINNOTFOUND:` with the source excerpt and hint lines under them); GHDL running a testbench
// (`@740ns:(assertion error):`, `(report note)`, the runtime's `:info:`); gem5 in syscall-emulation
// mode (`src/sim/simulate.cc:199: info:`, `warn:`, `fatal:` after the source location); Kerbal Space
// Program's KSP.log (`[WRN 07:41:24.118]`, level and time of day in one bracket, an `[EXC …]` with
// its tab-indented stack); Xenia Canary's xenia.log (`i>`, `w>`, `d>` and `!>` before a thread id);
// GCC under LANG=ru_RU.UTF-8 (`src/net.c:214:9: предупреждение:`, `ошибка:`, `В функции «…»:`); and
// ESLint's stylish report in a CI job (the severity word in its own column of an indented row).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`vivado`, `xilinx`, `Synth 8-`, `CRITICAL WARNING: [`, `Common 17-`,
// `Constraints 18-`, `Time (s): cpu`, `synth_design`, `quartus`, `altera`, `intel fpga`,
// `Critical Warning (`, `Info (12021)`, `Analysis & Synthesis`, `Processing started`,
// `Processing ended`, `questa`, `modelsim`, `vsim`, `# ** `, `vsim-3015`, `Start time: 07`,
// `Loading work`, `verilator`, `%Warning-`, `%Error`, `lint_off`, `xcelium`, `xmelab`, `*E,`,
// `ncelab`, `Warning-[`, `openroad`, `[INFO ODB`, `ghdl`, `vhdl`, `assertion error`, `report note`,
// `--stop-time`, `gem5`, `Global frequency`, `simulate.cc`, `event queue`, `Exiting @ tick`,
// `kerbal`, `KSP.log`, `Log Initiated`, `PartLoader`, `ModuleManager`, `[LOG `, `[EXC `, `[WRN`,
// `xenia`, `F80000`, `XexModule`, ` !> `, ` i> `, `ошибка:`, `предупреждение:`, `замечание`,
// `В функции`, `Wunused-variable`, `Anmerkung`, `eslint`, `no-unused-vars`, `stylish`,
// `potentially fixable`, `problems (`, `rpcs3`, `openmw`, `wesnoth`, `zellij`, `alacritty`,
// `supertuxkart`, `cataclysm`, `openttd`, `netlify`). Vivado, Quartus, Questa/ModelSim, Verilator,
// GHDL, gem5, Kerbal Space Program, Xenia and ESLint are in none. `Processing started` in fresh314
// is an Exchange line's `Request processing started.` and `Processing ended` in fresh13 Pentaho
// Pan's; `Start time: 07` in fresh253 is another product's `Start Time:` field and `Loading work`
// in fresh257 part of `reloading worker`, neither a simulator's transcript; `F80000` in fresh184 is
// a hex value, `ModuleManager` in fresh42 and fresh95 other products' classes, `[LOG ` other
// products' brackets. GCC's English diagnostics are in fresh185 (under Bazel) and fresh104 (Zig's,
// with a note); `ошибка:` and `предупреждение:` are in fresh147 and rules_test.go only as Windows'
// and PostgreSQL's capitalised level words; gcc's Russian diagnostics are in none. Left out after the
// grep or for want of a layout that could be confirmed: Cadence Xcelium (`*W,CODE (file,line|col):`),
// Synopsys VCS (`Warning-[CODE]`) and OpenROAD (`[WARNING GRT-0097]`), all in no table but their
// lines too uncertain from memory; RPCS3, OpenMW, Wesnoth, Zellij and Alacritty for the same
// reason; the Windows, Java and PostgreSQL locales (fresh147, fresh148, fresh175, fresh202);
// hadolint and ShellCheck's codes (fresh104), Ansys, Abaqus and COMSOL (fresh193), MMDVMHost's
// letters (fresh137), NetBackup's numbers (fresh8), Eclipse's .log digits (fresh39). The table holds
// 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Most of these tools write no clock at all: simulation time (`@740ns`,
// `Time: 740 ns`, `@ tick 5943000`), durations (`cpu = 00:00:07`, `Elapsed time: 00:00:15`), build
// dates in a version line (`Build 993 05/14/2024`), versions (1.12.5.3190) and line:col pairs
// (12:7) are no record times. Quartus' `Processing started:`/`Processing ended:` and Questa's `Start
// time:`/`End time:` lines give the time of the record they belong to, with no zone (UTC); KSP's
// time of day is on the clock's day. Levels only where the line marks one, mapped onto Level: INFO,
// Info and info Info; WARNING, Warning, warn, WRN, w and warning Warn; Vivado's CRITICAL WARNING and
// Quartus' Critical Warning are those tools' severity between a warning and an error, so Warn;
// ERROR, Error, ERR, !, ошибка and error Error; KSP's EXC (an exception) Error; Questa's Note and
// GHDL's note Notice, as earlier tables read a note; Questa's Fatal, GHDL's failure and gem5's fatal
// Critical; KSP's LOG (Unity's plain log) Info; Xenia's d Debug; предупреждение Warn. Echoed
// commands, context lines (`В функции «…»:`), a file's path over its rows, the simulated program's
// output and summaries carry no level, and `2 errors` in a summary is no level. No record names its
// host: Vivado's `# Running On :fpga-build01` and gem5's `executing on sim-node-07` are in headers
// that are fed and not scored. A record that spans lines is one entry: a Vivado error with its
// tab-indented lines and the blank line between them, a Quartus message with its indented
// sub-messages, a Questa message with its `#    Time:` line, a Verilator or gcc message with its
// note, source excerpt, caret and hint lines, a gem5 warning with its indented continuation, a KSP
// exception with its stack; each ESLint row is a record of its own under its file's path line, and
// the summary's fixable line belongs to the summary.
//
// The shapes come from the products' documentation and from issue threads as remembered: the search
// tool's budget (corpora "docs", "issues", "code", "pages", find_string, read_file) was spent before
// this table could use it, so no layout here was confirmed by a search and every source says "from
// memory". Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 99aef9e before any rule for it: level 40.6 %, time 71.1 %, host 84.3 %, records 79.1 %.
// That is the macro figure (micro: level 51.7 %, time 71.3 %, host 83.9 %, records 78.2 %), in a
// worktree at 99aef9e with no change to trawl's code (only this file and table_test.go's list), 0 of
// 10 families fully right; the gaps are the two-word CRITICAL WARNING/Critical Warning read as
// Critical (Vivado, Quartus), the ctime of Quartus' indented Processing started/ended sub-messages,
// Questa's `#    Time:` continuation lines and its `HH:mm:ss on Mmm dd,yyyy` start and end times,
// Verilator's `%Warning-CODE:`, GHDL's parenthesised `(assertion error)`, gem5's run joined to its
// timed banner line, KSP's `[WRN HH:mm:ss.fff]` bracket (neither level nor time), Xenia's `!>` and
// some of its other glyphs, gcc's Russian level words, and ESLint's rows joined under their file's
// path with the severity column unread.

var fresh345Cases = []worldCase{
	{
		name:   "vivado-batch-synth-log",
		gap:    "trawl reads Vivado's two-word severity `CRITICAL WARNING: [Constraints 18-619] …` as Critical from its first word; it is Vivado's warning class between WARNING and ERROR (want Warn). The other levels, the multi-line placer error and the untimed lines come out right",
		source: "AMD Vivado 2024.2 in batch mode (`vivado -mode batch -source build.tcl`), its vivado.log: the `#-----` session header with `# Start of session at:` and `# Running On`, Tcl commands echoed behind `# `, messages `SEVERITY: [Tool id-n] text [file:line]` with the severities INFO, WARNING, CRITICAL WARNING and ERROR, an error's explanation on tab-indented lines, and the `Time (s): cpu = … ; elapsed = …` resource lines: AMD UG835 (Tcl Command Reference) and UG893 (the Messages window and its severities), from memory",
		why:    "the level is the word or two words before a colon, CRITICAL WARNING a warning; the bracketed message id and the trailing [file:line] are no level; the tab-indented lines and the blank line inside the placer's error belong to it; the cpu and elapsed durations are no times; the session header is fed, not scored",
		entries: []worldEntry{
			wskip(
				"#-----------------------------------------------------------",
				"# Vivado v2024.2 (64-bit)",
				"# SW Build 5238801 on Thu Nov 07 19:02:44 MST 2024",
				"# IP Build 5238644 on Fri Nov 08 02:15:10 MST 2024",
				"# SharedData Build 5238712 on Thu Nov 07 18:40:31 MST 2024",
				"# Start of session at: Sun Nov 29 07:41:16 2026",
				"# Process ID: 41234",
				"# Current directory: /home/alice/uart",
				"# Command line: vivado -mode batch -source build.tcl",
				"# Log file: /home/alice/uart/vivado.log",
				"# Journal file: /home/alice/uart/vivado.jou",
				"# Running On        :fpga-build01",
				"# Platform          :Ubuntu",
				"# Operating System  :Ubuntu 24.04.1 LTS",
				"# Processor Detail  :AMD Ryzen 7 7700 8-Core Processor",
				"# CPU Frequency     :3801.002 MHz",
				"# CPU Physical cores:8",
				"# Host memory       :66523 MB",
				"#-----------------------------------------------------------"),
			we("", Unknown, "", "source build.tcl"),
			we("", Unknown, "", "# synth_design -top uart_top -part xc7a35tcpg236-1"),
			we("", Unknown, "", "Command: synth_design -top uart_top -part xc7a35tcpg236-1"),
			we("", Unknown, "", "Starting synth_design"),
			we("", Info, "", "INFO: [Common 17-349] Got license for feature 'Synthesis' and/or device 'xc7a35t'"),
			we("", Info, "", "INFO: [Synth 8-7079] Multithreading enabled for synth_design using a maximum of 2 processes."),
			we("", Info, "", "INFO: [Synth 8-6157] synthesizing module 'uart_top' [/home/alice/uart/rtl/uart_top.sv:3]"),
			we("", Warn, "", "WARNING: [Synth 8-7071] port 'rx_err' of module 'uart_rx' is unconnected for instance 'u_rx' [/home/alice/uart/rtl/uart_top.sv:41]"),
			we("", Warn, "", "WARNING: [Synth 8-3917] design uart_top has port led[7] driven by constant 0"),
			we("", Warn, "", "CRITICAL WARNING: [Constraints 18-619] A clock with name 'sys_clk_pin' already exists, overwriting the previous clock with the same name. [/home/alice/uart/xdc/basys3.xdc:7]"),
			we("", Unknown, "", "Time (s): cpu = 00:00:07 ; elapsed = 00:00:09 . Memory (MB): peak = 1907.441 ; gain = 412.102 ; free physical = 11873 ; free virtual = 27004"),
			we("", Error, "",
				"ERROR: [Place 30-574] Poor placement for routing between an IO pin and BUFG. If this sub optimal condition is acceptable for this design, you may use the CLOCK_DEDICATED_ROUTE constraint in the .xdc file to demote this message to a WARNING. However, the use of this override is highly discouraged. These examples can be used directly in the .xdc file to override this clock rule.",
				"\t< set_property CLOCK_DEDICATED_ROUTE FALSE [get_nets btn_step_IBUF] >",
				"",
				"\tbtn_step_IBUF_inst (IBUF.O) is locked to IOB_X0Y19",
				"\t and btn_step_IBUF_BUFG_inst (BUFG.I) is provisionally placed by clockplacer on BUFGCTRL_X0Y1"),
			we("", Error, "", "ERROR: [Place 30-99] Placer failed with error: 'IO Clock Placer failed'"),
			we("", Error, "", "ERROR: [Common 17-69] Command failed: Placer could not place all instances"),
		},
	},
	{
		name:   "quartus-map-console-messages",
		gap:    "`Critical Warning (127005): …` is read as Critical from its first word (want Warn, Quartus' warning class below Error); and the ctime on a four-space-indented sub-message (`    Info: Processing started: Sun Nov 29 07:41:16 2026`, `    Error: Processing ended: Sun Nov 29 07:41:31 2026`) is not read as the time of the message it belongs to: both records come out with no time",
		source: "Intel Quartus Prime 23.1 Lite's quartus_map (Analysis & Synthesis) on a terminal, as its messages also fill output_files/<rev>.map.rpt: the `Info: ****` banner, `Info: Running Quartus Prime Analysis & Synthesis` with the version and `Processing started:` ctime beneath, then `Severity (id): text` with the severities Info, Warning, Critical Warning and Error, sub-messages indented by four spaces under their parent, and the closing summary whose sub-messages repeat its severity: Quartus Prime Pro/Standard User Guide: Getting Started ('Messages window', message severities), from memory",
		why:    "the level is the word or two words before a message id in parentheses, Critical Warning a warning; four-space-indented sub-messages belong to the message above; the build date 05/14/2024 is no time; a record's time is its own Processing started or ended ctime, with no zone; the rest has none",
		entries: []worldEntry{
			we("", Info, "", "Info: *******************************************************************"),
			we("2026-11-29T07:41:16Z", Info, "",
				"Info: Running Quartus Prime Analysis & Synthesis",
				"    Info: Version 23.1std.1 Build 993 05/14/2024 SC Lite Edition",
				"    Info: Processing started: Sun Nov 29 07:41:16 2026"),
			we("", Info, "", "Info: Command: quartus_map --read_settings_files=on --write_settings_files=off blinky -c blinky"),
			we("", Warn, "", "Warning (18236): Number of processors has not been specified which may cause overloading on shared machines.  Set the global assignment NUM_PARALLEL_PROCESSORS in your QSF to an appropriate value for best performance."),
			we("", Info, "", "Info (20030): Parallel compilation is enabled and will use 4 of the 4 processors detected"),
			we("", Info, "",
				"Info (12021): Found 1 design units, including 1 entities, in source file rtl/blinky.v",
				"    Info (12023): Found entity 1: blinky File: /home/alice/fpga/blinky/rtl/blinky.v Line: 3"),
			we("", Info, "", `Info (12127): Elaborating entity "blinky" for the top level hierarchy`),
			we("", Warn, "", "Warning (10230): Verilog HDL assignment warning at blinky.v(27): truncated value with size 32 to match size of target (24)"),
			we("", Warn, "", `Critical Warning (127005): Memory depth (256) in the design file differs from memory depth (200) in the Memory Initialization File "/home/alice/fpga/blinky/rom.mif" -- setting initial value for remaining addresses to 0`),
			we("", Error, "", `Error (10161): Verilog HDL error at blinky.v(41): object "led_q" is not declared. Verify the object name is correct. If the name is correct, declare the object. File: /home/alice/fpga/blinky/rtl/blinky.v Line: 41`),
			we("", Error, "", "Error (12153): Can't elaborate top-level user hierarchy"),
			we("2026-11-29T07:41:31Z", Error, "",
				"Error: Quartus Prime Analysis & Synthesis was unsuccessful. 2 errors, 3 warnings",
				"    Error: Peak virtual memory: 4871 megabytes",
				"    Error: Processing ended: Sun Nov 29 07:41:31 2026",
				"    Error: Elapsed time: 00:00:15",
				"    Error: Total CPU time (on all processors): 00:00:31"),
		},
	},
	{
		name:   "questa-vsim-batch-transcript",
		gap:    "the `#    Time: 0 ps  Iteration: …` line under a `# ** Warning:`, `# ** Error:` or `# ** Fatal:` message (the `# ` prefix, then more blanks) is cut off as a record of its own instead of joined to its message; and the time of day before `on Mmm dd,yyyy` in `# Start time: 07:41:16 on Nov 29,2026` and `# End time: 07:41:19 on Nov 29,2026, Elapsed time: …` is not read",
		source: "Siemens Questa Sim 2024.x (and ModelSim) running `vsim -c` in batch, its transcript as printed and saved: every line behind `# `, `# Start time: HH:mm:ss on Mmm dd,yyyy`, `# Loading lib.unit(fast)`, messages `# ** Severity: text` with the severities Note, Warning, Error and Fatal and the simulation time on an indented `#    Time: …` line below, `# Break in Module …`, the closing `# End time: … Elapsed time:` and `# Errors: n, Warnings: n`: Questa SIM User's Manual ('Message system', 'transcript'), from memory",
		why:    "each line starts with `# `; `** Warning:` puts the level between stars and a colon, Note a notice, Fatal critical; the indented `#    Time: 740 ns …` line is simulation time and belongs to its message; the start and end lines carry the time of day before their date; vsim-3015 and the ns counts are no times",
		entries: []worldEntry{
			we("", Unknown, "", `# vsim -c -voptargs="+acc" -do "run -all; quit -f" work.tb_fifo`),
			we("2026-11-29T07:41:16Z", Unknown, "", "# Start time: 07:41:16 on Nov 29,2026"),
			we("", Notice, "", "# ** Note: (vsim-3812) Design is being optimized..."),
			we("", Unknown, "", "# Loading sv_std.std"),
			we("", Unknown, "", "# Loading work.fifo_pkg(fast)"),
			we("", Unknown, "", "# Loading work.tb_fifo(fast)"),
			we("", Unknown, "", "# run -all"),
			we("", Warn, "",
				"# ** Warning: (vsim-3015) [PCDPC] - Port size (8) does not match connection size (16) for port 'din'. The port definition is at: rtl/fifo.sv(7).",
				"#    Time: 0 ps  Iteration: 0  Instance: /tb_fifo/dut File: tb/tb_fifo.sv Line: 22"),
			we("", Error, "",
				"# ** Error: read 3: expected 8'h5a, got 8'h00",
				"#    Time: 740 ns  Scope: tb_fifo.check_read File: tb/tb_fifo.sv Line: 64"),
			we("", Critical, "",
				"# ** Fatal: watchdog: no read strobe for 5 us",
				"#    Time: 6250 ns  Scope: tb_fifo.watchdog File: tb/tb_fifo.sv Line: 95"),
			we("", Unknown, "", "# Break in Module tb_fifo at tb/tb_fifo.sv line 95"),
			we("2026-11-29T07:41:19Z", Unknown, "", "# End time: 07:41:19 on Nov 29,2026, Elapsed time: 0:00:03"),
			we("", Unknown, "", "# Errors: 2, Warnings: 1"),
		},
	},
	{
		name:   "verilator-lint-only-warnings",
		gap:    "the level glued behind a percent sign and joined to the code by a dash (`%Warning-UNUSEDSIGNAL:`, `%Error-PINNOTFOUND:`) or bare (`%Error: Exiting …`) is not read: every record comes out Unknown (the note, excerpt, caret and hint lines are joined right)",
		source: "Verilator 5.030's `verilator --lint-only -Wall` (messages `%Warning-CODE: file:line:col: text` and `%Error-CODE: …`, each with an indented `: ... note: In instance` line, the numbered source line and its caret, and on a code's first warning the indented `... For warning description see` and `... Use \"/* verilator lint_off CODE */\"` hints; the closing `%Error: Exiting due to …`): Verilator manual ('Errors and Warnings'), from memory",
		why:    "the level is glued to a percent sign and joined to the code by a dash; the note, excerpt, caret and hint lines below belong to the message; `?v=5.030` and the line:col numbers are no times",
		entries: []worldEntry{
			we("", Warn, "",
				"%Warning-DECLFILENAME: rtl/pkg.sv:1:9: Filename 'pkg' does not match PACKAGE name: 'uart_pkg'",
				"    1 | package uart_pkg;",
				"      |         ^~~~~~~~",
				"                        ... For warning description see https://verilator.org/warn/DECLFILENAME?v=5.030",
				`                        ... Use "/* verilator lint_off DECLFILENAME */" and lint_on around source to disable this message.`),
			we("", Warn, "",
				"%Warning-UNUSEDSIGNAL: rtl/uart_tx.sv:14:15: Signal is not used: 'dbg_q'",
				"                                            : ... note: In instance 'uart_tx'",
				"   14 |   logic [7:0] dbg_q;",
				"      |               ^~~~~",
				"                        ... For warning description see https://verilator.org/warn/UNUSEDSIGNAL?v=5.030",
				`                        ... Use "/* verilator lint_off UNUSEDSIGNAL */" and lint_on around source to disable this message.`),
			we("", Warn, "",
				"%Warning-WIDTHTRUNC: rtl/uart_tx.sv:41:18: Operator ASSIGNDLY expects 4 bits on the Assign RHS, but Assign RHS's CONST '32'h1' generates 32 bits.",
				"                                          : ... note: In instance 'uart_tx'",
				"   41 |       bit_cnt <= 1;",
				"      |                  ^~"),
			we("", Error, "",
				"%Error-PINNOTFOUND: rtl/uart_top.sv:22:8: Pin not found: 'tx_busy'",
				"   22 |       .tx_busy(busy),",
				"      |        ^~~~~~~"),
			we("", Error, "", "%Error: Exiting due to 1 error(s)"),
		},
	},
	{
		name:   "ghdl-run-assertion-reports",
		gap:    "the severity in parentheses after the location and simulation time (`tb/tb_crc.vhd:74:13:@740ns:(assertion error):`, `(assertion warning)`, `(report note)`) is not read, nor the runtime's `./tb_crc:info:` between colons after the program's path: every record comes out Unknown",
		source: "GHDL 4.1 running a testbench (`ghdl -r --std=08 tb_crc --stop-time=2us`): reports and assertions as `file:line:col:@time:(report|assertion severity): text` with the severities note, warning, error and failure, the IEEE library's own numeric_std warnings, and the runtime's `./tb_crc:info: simulation stopped by --stop-time @2us`: GHDL documentation ('Simulation and runtime', 'Invoking GHDL'), from memory",
		why:    "the level is the severity word inside parentheses after the simulation time (`@740ns` is no clock), note a notice; the runtime's level sits between colons after the program's path; no time and no host",
		entries: []worldEntry{
			we("", Warn, "", "../../src/ieee2008/numeric_std-body.vhdl:3036:7:@0ms:(assertion warning): NUMERIC_STD.TO_INTEGER: metavalue detected, returning 0"),
			we("", Notice, "", "tb/tb_crc.vhd:52:9:@0ms:(report note): seed 41, 64 frames"),
			we("", Warn, "", "tb/tb_crc.vhd:71:13:@740ns:(assertion warning): frame 12: crc differs only in bit 3"),
			we("", Error, "", `tb/tb_crc.vhd:74:13:@740ns:(assertion error): frame 12: crc x"5A3C", expected x"5A3D"`),
			we("", Notice, "", "tb/tb_crc.vhd:88:9:@1250ns:(report note): all 64 frames sent, 1 mismatch"),
			we("", Info, "", "./tb_crc:info: simulation stopped by --stop-time @2us"),
		},
	},
	{
		name:   "gem5-se-mode-run-output",
		gap:    "from the banner's `gem5 started Nov 29 2026 07:41:16` line on, the whole run is one record: `Global frequency set at …`, every `src/…:line: warn:|info:|fatal:` message, the program's `Hello world!` and `Memory Usage:` are joined to that timed banner line, so none of them is a record of its own (with its own level and no time)",
		source: "gem5 24.1 in syscall-emulation mode (`build/X86/gem5.opt configs/deprecated/example/se.py --cmd=…`): its banner (version, compile and start dates, `gem5 executing on host, pid`, the command line), `Global frequency set at … ticks per second`, messages `src/path.cc:line: level: text` with the levels info, warn and fatal, a warning's indented continuation, the simulated program's own output and `Memory Usage:` on exit: gem5 documentation ('Learning gem5: Part 1', the base/logging.hh levels), from memory",
		why:    "the level sits lowercase after the source location and its colon; ticks (`@ 0`) are no times; the simulated program's output and the memory line have no level; the banner, with its dates and host, is fed, not scored",
		entries: []worldEntry{
			wskip(
				"gem5 Simulator System.  https://www.gem5.org",
				"gem5 is copyrighted software; use the --copyright option for details.",
				"",
				"gem5 version 24.1.0.1",
				"gem5 compiled Nov 27 2026 18:02:11",
				"gem5 started Nov 29 2026 07:41:16",
				"gem5 executing on sim-node-07, pid 51234",
				"command line: build/X86/gem5.opt configs/deprecated/example/se.py --cmd=tests/test-progs/hello/bin/x86/linux/hello",
				""),
			we("", Unknown, "", "Global frequency set at 1000000000000 ticks per second"),
			we("", Warn, "", "src/mem/dram_interface.cc:690: warn: DRAM device capacity (8192 Mbytes) does not match the address range assigned (512 Mbytes)"),
			we("", Warn, "", "src/base/statistics.hh:279: warn: One of the stats is a legacy stat. Legacy stat is a stat that does not belong to any statistics::Group. Legacy stat is deprecated."),
			we("", Info, "", "src/sim/simulate.cc:199: info: Entering event queue @ 0.  Starting simulation..."),
			we("", Warn, "",
				"src/sim/syscall_emul.hh:1117: warn: readlink() called on '/proc/self/exe' may yield unexpected results in various settings.",
				"      Returning '/home/alice/gem5/tests/test-progs/hello/bin/x86/linux/hello'"),
			we("", Info, "", "src/sim/mem_state.cc:443: info: Increasing stack size by one page."),
			we("", Unknown, "", "Hello world!"),
			we("", Warn, "", "src/sim/syscall_emul.cc:74: warn: ignoring syscall mprotect(...)"),
			we("", Critical, "", "src/sim/syscall_emul.cc:85: fatal: syscall rseq (#334) unimplemented."),
			we("", Unknown, "", "Memory Usage: 649464 KBytes"),
		},
	},
	{
		name:   "ksp-unity-game-log",
		gap:    "the bracket that holds the level and the time of day, level first (`[LOG 07:41:16.512]`, `[WRN …]`, `[ERR …]`, `[EXC …]`), is read for neither: every record comes out with no level and no time (the records, the exception's tab-indented stack included, are cut right)",
		source: "Kerbal Space Program 1.12's KSP.log in the game folder (the game's own log over Unity's: `[TYPE HH:mm:ss.fff] msg`, TYPE one of LOG, WRN, ERR, EXC, an exception's stack tab-indented below it), with the assembly loader's, ModuleManager's and PartLoader's lines: KSP forum support threads that ask for KSP.log, from memory",
		why:    "the level and the time of day share one bracket, level first; LOG is Unity's plain log, Info; EXC an exception, Error; the time of day is on the clock's day; the tab-indented stack belongs to the exception; the game version 1.12.5.3190 is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512Z", Info, "", "[LOG 07:41:16.512] ******* Log Initiated for Kerbal Space Program - 1.12.5.3190 (LinuxPlayer) en-us *******"),
			we("2026-11-29T07:41:16.53Z", Info, "", "[LOG 07:41:16.530] Load(Assembly): ModuleManager/ModuleManager.4.2.3"),
			we("2026-11-29T07:41:21.044Z", Info, "", "[LOG 07:41:21.044] [ModuleManager] Applying patches"),
			we("2026-11-29T07:41:24.118Z", Warn, "", "[WRN 07:41:24.118] [PartLoader]: Part 'fuelTank.long' has no database record. Creating."),
			we("2026-11-29T07:41:24.902Z", Error, "", "[ERR 07:41:24.902] Cannot find a PartModule of typename 'ModuleEngineConfigsX'"),
			we("2026-11-29T07:42:03.377Z", Error, "",
				"[EXC 07:42:03.377] NullReferenceException: Object reference not set to an instance of an object",
				"\tKerbalEngineer.Flight.Readouts.Vessel.DeltaVStaged.Update () (at <6e2b5c1d9a7f4e03b1c8d0a2f4e6b8c1>:0)",
				"\tKerbalEngineer.Flight.Sections.SectionModule.Update () (at <6e2b5c1d9a7f4e03b1c8d0a2f4e6b8c1>:0)",
				"\tUnityEngine.Debug:LogException(Exception)",
				"\tModuleManager.UnityLogHandle.InterceptLogHandler:LogException(Exception, Object)"),
			we("2026-11-29T07:42:05.01Z", Info, "", "[LOG 07:42:05.010] [FlightGlobals]: Switching To Vessel Kerbal X ---------------------- "),
		},
	},
	{
		name:   "xenia-canary-emulator-log",
		gap:    "the one-character level before `>` is not read steadily: `!>` (Xenia's error) is never read, and the first two `i> 00002A1C …` lines and the last `w> F8000004 …` line come out Unknown while the other `i>`, `w>` and `d>` lines are read",
		source: "Xenia Canary's xenia.log beside the executable (and its console): each line `L> TTTTTTTT text`, L the level glyph (i info, w warning, ! error, d debug), TTTTTTTT the writing thread's id in hex (host threads, guest threads from F8000000): xenia-canary issue threads that attach xenia.log, from memory",
		why:    "a one-character level before `>` opens the line, an error's being `!`; the eight hex digits after it are a thread id, no time; no line has a time or a host",
		entries: []worldEntry{
			we("", Info, "", "i> 00002A1C Storage root: /home/alice/.local/share/Xenia"),
			we("", Info, "", "i> 00002A1C Vulkan instance version: 1.3.290"),
			we("", Warn, "", "w> 00002A1C Vulkan: VK_EXT_fragment_shader_interlock is not supported, falling back to host render targets"),
			we("", Info, "", `i> F8000004 XexModule::Load(game:\default.xex)`),
			we("", Debug, "", "d> F8000010 XAudio2: buffer underrun on voice 3"),
			we("", Error, "", `!> F800001C NtCreateFile: failed to open 'cache:\shaders\0F3A2B1C.bin': X_STATUS_NO_SUCH_FILE`),
			we("", Warn, "", "w> F8000004 Unimplemented GPU register 0x2184 write: 00000001"),
		},
	},
	{
		name:   "gcc-russian-locale-diagnostics",
		gap:    "the Russian level word after the file:line:col location (`src/net.c:214:9: предупреждение:`, `src/net.c:231:14: ошибка:`) is not read: the three diagnostics come out Unknown (their excerpt, caret and fix-it lines are joined right)",
		source: "GCC 13/14 run by make under LANG=ru_RU.UTF-8 on a terminal (gcc's ru.po translations: `file:line:col: ошибка:` for error, `предупреждение:` for warning, the context line `file: В функции «name»:`, the numbered source line and caret below, the [-W…] option at the end): from memory",
		why:    "the level is a lowercase Russian word after the file:line:col location and before a colon; the numbered source line, the caret and the fix-it line belong to the diagnostic above; make's echoed command and the `В функции` context line have no level; no time and no host",
		entries: []worldEntry{
			we("", Unknown, "", "cc -O2 -Wall -Wextra -c -o src/net.o src/net.c"),
			we("", Unknown, "", "src/net.c: В функции «net_open»:"),
			we("", Warn, "",
				"src/net.c:214:9: предупреждение: неиспользуемая переменная «fd» [-Wunused-variable]",
				"  214 |     int fd;",
				"      |         ^~"),
			we("", Error, "",
				"src/net.c:231:14: ошибка: «SOCK_NONBLOK» не описан (первое использование в этой функции); имелось в виду «SOCK_NONBLOCK»?",
				"  231 |     flags |= SOCK_NONBLOK;",
				"      |              ^~~~~~~~~~~~",
				"      |              SOCK_NONBLOCK"),
			we("", Unknown, "", "src/net.c: В функции «net_close»:"),
			we("", Warn, "",
				"src/net.c:260:1: предупреждение: управление достигает конца функции, возвращающей не void [-Wreturn-type]",
				"  260 | }",
				"      | ^"),
		},
	},
	{
		name:   "eslint-stylish-ci-report",
		gap:    "the indented rows under a file's path are joined to the path line as one record (`/builds/shop/web/src/cart/total.js` with its three rows, `…/client.js` with its row), so no row is a record of its own and the severity column (`error`, `warning`) is never read as a row's level; and the summary `✖ 4 problems (2 errors, 2 warnings)` is read as Error from a word of its message",
		source: "ESLint 9's default stylish formatter in a CI job (`npx eslint src`): a file's absolute path, then one indented row per problem `line:col  severity  message  rule` with the severity word error or warning in its own column, a blank line after each file, and the summary `✖ n problems (n errors, n warnings)` with its indented fixable line: eslint.org 'Formatters Reference' (stylish), from memory",
		why:    "the level is the second column of an indented table row, not the row's first word; each row is a record of its own under its file's path; the summary's ✖ and counts are no level; line:col pairs such as 12:7 and 47:18 are no times of day",
		entries: []worldEntry{
			we("", Unknown, "", "/builds/shop/web/src/cart/total.js"),
			we("", Error, "", "  12:7   error    'discount' is assigned a value but never used  no-unused-vars"),
			we("", Warn, "", "  31:5   warning  Unexpected console statement                   no-console"),
			we("", Error, "", "  47:18  error    Missing semicolon                              @stylistic/semi", ""),
			we("", Unknown, "", "/builds/shop/web/src/api/client.js"),
			we("", Warn, "", "  8:1  warning  Unexpected var, use let or const instead  no-var", ""),
			we("", Unknown, "",
				"✖ 4 problems (2 errors, 2 warnings)",
				"  1 error and 1 warning potentially fixable with the `--fix` option."),
		},
	},
}

func TestFresh345Formats(t *testing.T) { assertTable(t, fresh345Cases) }
func TestFresh345Score(t *testing.T) {
	checkScore(t, "fresh345 formats", fresh345Cases, [worldNumFields]float64{40.5, 71, 84.2, 79})
}
