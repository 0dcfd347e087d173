package parse

import "testing"

// The seven-hundred-and-seventy-second fresh table: compatibility layers' and emulators' debug
// output, a further pass. Each family is one product's documented or observed output: Cemu's
// log.txt (a bracketed time of day with milliseconds, no level); mGBA's log (a bracketed level word,
// `[GAME ERROR]` among them, a category and a colon, no time); vkBasalt's layer log (`vkBasalt
// level:` padded to one width, no time); RPCS3's RPCS3.log (a middle dot and a level letter, an
// uptime with microseconds, a thread prefix in braces, a channel); DXVK-NVAPI's log file (a dashed
// banner around the session's local date and time, then `dxvk-nvapi:pid:tid:` lines with no time);
// MAME's -oslog output (`[:tag] ':tag' (PC): msg` lines and a GL texture line wrapped onto an
// indented second line); qemu-user's -strace output (the guest pid before each decoded syscall);
// PinMAME's log (`cpu #N (PC=…): unmapped memory …`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `wine`, `winedebug`, `proton`, `steam-`, `dxvk`, `vkd3d`,
// `vkd3d-proton`, `VKD3D_DEBUG`, `DXVK_LOG`, `PROTON_LOG`, `box86`, `box64`, `BOX64_LOG`,
// `Dynarec`, `fex`, `FEX-Emu`, `FEXLoader`, `FEXServer`, `qemu`, `qemu-user`, `qemu-bsd-user`,
// `in_asm`, `guest_errors`, `-d int`, `qemu monitor`, `QEMU_LOG`, `simpletrace`, `qemu-ga`,
// `bochs`, `dosbox`, `mame`, `pinmame`, `(PC=`, `unmapped internal`, `describe_context`, `-oslog`,
// `retroarch`, `libretro`, `pcsx2`, `emulog`, `dolphin`, `Dolphin.log`, `cemu`, `Init Cemu`,
// `rpcs3`, `rpcs3.log`, `·E`, `·!`, `ppsspp`, `yuzu`, `ryujinx`, `citra`, `duckstation`,
// `mednafen`, `scummvm`, `xenia`, `xemu`, `flycast`, `mgba`, `GBA DMA`, `GAME ERROR`, `melonds`,
// `desmume`, `snes9x`, `higan`, `bsnes`, `mupen`, `86box`, `pcem`, `hatari`, `fs-uae`, `winuae`,
// `openmsx`, `mesen`, `fceux`, `project64`, `lime3ds`, `azahar`, `suyu`, `sudachi`, `vita3k`,
// `shadps4`, `cxbx`, `supermodel`, `nulldc`, `sheepshaver`, `basilisk`, `dosemu`, `wined3d`,
// `dgvoodoo`, `gallium`, `d8vk`, `dxvk-nvapi`, `NvAPI_`, `nvapi`, `vkBasalt`, `mangohud`,
// `gamemode`, `latencyflex`, `hangover`, `whisky`, `playonlinux`, `crossover`, `bottles`, `lutris`,
// `gamescope`, `darling`, `anbox`, `waydroid`, `wsl`, `winlator`, `strace`, `openat(-100`,
// `+timestamp`, `+pid`, `err:module`, `fixme:`, `winedbg`. Cemu's log.txt, mGBA's log, vkBasalt,
// RPCS3's log file, DXVK-NVAPI, MAME's oslog, qemu-user's -strace output and PinMAME are in no
// table: `cemu` matches only `Mutex` words and header lists, `rpcs3`, `pcsx2`, `mgba`, `mame`,
// `box86` and `FEX-Emu` only other tables' grep lists and left-outs (fresh693 left RPCS3 out as
// found only without its time column; its file listener's source confirms it here), `NvAPI_` only
// another product's line, `strace` the Linux tool's own output. Left out as measured already:
// Wine's debug channels (with +timestamp and +pid), Proton's steam-APPID.log, DXVK, vkd3d-proton
// (kept back by fresh493), Box64 under Winlator, Bochs, DOSBox-X and DOSBox Staging, QEMU's
// domain log, monitor, trace and guest agent, RetroArch, Dolphin, PPSSPP, Citra and yuzu's shape,
// Ryujinx, Xenia, Vita3K, shadPS4, ScummVM, 86Box and PCem. Left out as not confirmed by any
// search: FEX-Emu's log, Box86's own lines, DuckStation's and PCSX2's log files, Hatari's level
// prefixes. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Cemu writes a time of day only: it is on the clock's day. DXVK-NVAPI's
// banner carries a local date and time without a zone, taken as UTC; the lines under it carry no
// time of their own. RPCS3's stamp is the emulator's uptime, no time of day, so its records have
// none; mGBA, vkBasalt, MAME, qemu-user and PinMAME write no time. Levels only where the line marks
// one: mGBA's bracketed word (INFO, DEBUG, WARN, GAME ERROR as Error), vkBasalt's word (trace,
// debug, info, err), RPCS3's letter after the middle dot (T Trace, ! Notice, W Warning, E Error, F
// fatal as Critical); Cemu, DXVK-NVAPI, MAME, qemu-user and PinMAME mark none ("unmapped" and
// "Unknown function ID" are words of messages). None of these products writes a host: MAME's
// device tags, RPCS3's thread names, DXVK-NVAPI's hex pid and tid, qemu-user's guest pid and
// PinMAME's cpu number are no hosts. A record that spans lines is one entry: MAME's GL texture
// line with its indented continuation.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail the source
// says "from memory" (mGBA's WARN word, qemu-user's Linux argument rendering). Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 96f33ea before any rule for it: level 77.5 %, time 90.0 %, host 90.0 %, records 87.5 %.
// That is the macro figure (micro: level 73.5 %, time 88.2 %, host 88.2 %, records 85.3 %), in a
// worktree at 96f33ea with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps: RPCS3's level letter after the middle dot is not read (all five
// records Unknown), and DXVK-NVAPI's `dxvk-nvapi:pid:tid:` lines are joined to the dashed time
// banner before them, so a session is read as one entry.

var fresh772Cases = []worldCase{
	{
		name:   "cemu-log-txt-time-of-day",
		source: "Cemu's log.txt `[HH:mm:ss.fff] msg` (`[11:39:34.215] ------- Init Cemu 2.6 -------`, `[10:06:54.186] Applying patch group …`): cemu-project/Cemu issues #1548 and #406",
		why:    "a bracketed time of day with milliseconds and no date: on the clock's day; no level column",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.215Z", Unknown, "", "[07:41:16.215] ------- Init Cemu 2.7 -------"),
			we("2026-11-29T07:41:16.216Z", Unknown, "", "[07:41:16.216] Init Wii U memory space (base: 0x00007f2a11000000)"),
			we("2026-11-29T07:41:24.902Z", Unknown, "", "[07:41:24.902] Mounting title 0005000010144f00"),
			we("2026-11-29T07:41:25.411Z", Unknown, "", "[07:41:25.411] ------- Init Vulkan graphics backend -------"),
			we("2026-11-29T07:41:25.437Z", Unknown, "", "[07:41:25.437] Using GPU: AMD Radeon RX 7600 (RADV NAVI33)"),
		},
	},
	{
		name:   "mgba-log-bracketed-level-category",
		source: "mGBA's log `[LEVEL] Category: msg` (`[INFO] GBA DMA: Starting DMA 3 …`, `[DEBUG] GBA Serial I/O: Lockstep 0: Node init`, `[GAME ERROR] GBA I/O:<tab>Read from write-only I/O register: 0C4`): mgba-emu/mgba issues #2916 and #1586; the WARN word from memory",
		why:    "a bracketed level word, two words in `[GAME ERROR]`, then a category with blanks and a colon; a tab in the game-error lines; no time",
		entries: []worldEntry{
			we("", Debug, "", "[DEBUG] GBA Serial I/O: Lockstep 0: Node init"),
			we("", Info, "", "[INFO] GBA DMA: Starting DMA 3 0x03007C10 -> 0x0200B2A0 (8500:0412)"),
			we("", Error, "", "[GAME ERROR] GBA I/O:\tRead from write-only I/O register: 0D4"),
			we("", Warn, "", "[WARN] GBA Memory: Bad memory Load32: 0x0E000010"),
		},
	},
	{
		name:   "vkbasalt-layer-log-level-word",
		source: "vkBasalt's log `vkBasalt level: msg`, the level padded to one width (`vkBasalt info:  config file: …`, `vkBasalt debug: …`, `vkBasalt trace: vkCreateSwapchainKHR`, `vkBasalt err:   no good config file`): DadSchoorse/vkBasalt issues #91, #144 and #85",
		why:    "the program's name, then a lower-case level word and a colon padded with blanks; no time",
		entries: []worldEntry{
			we("", Info, "", "vkBasalt info:  config file: /home/mira/.config/vkBasalt/vkBasalt.conf"),
			we("", Trace, "", "vkBasalt trace: vkCreateDevice"),
			we("", Debug, "", "vkBasalt debug: found graphic capable queue"),
			we("", Error, "", "vkBasalt err:   failed to load reshade shader Clarity.fx"),
		},
	},
	{
		name:   "rpcs3-log-middle-dot-letter-uptime",
		source: "RPCS3's RPCS3.log, rpcs3/util/logs.cpp logs::file_listener::log: `·` and a level letter (A F E U S W ! T), the uptime as `%u:%02u:%02u.%06u`, the thread prefix in braces, `channel: ` then the text; the channel and message shapes (`SYS: 'sys_ss_access_control_engine' failed with 0x80010003 : CELL_ENOSYS [1]`): RPCS3/rpcs3 issues #13586 and #16097",
		why:    "a middle dot glued to the level letter (! is notice); an uptime with microseconds, no time of day; a `{PPU[0x1000000] Thread (main_thread) [0x…]}` prefix",
		entries: []worldEntry{
			we("", Notice, "", "·! 0:00:00.000412 SYS: Using RPCS3 config file: /home/mira/.config/rpcs3/config.yml"),
			we("", Warn, "", "·W 0:00:02.418771 {rsx::thread} RSX: Vulkan: the swapchain was recreated 3 times in 1 second"),
			we("", Error, "", "·E 0:00:05.120044 {PPU[0x1000000] Thread (main_thread) [0x0081a2f4]} SYS: 'sys_ss_access_control_engine' failed with 0x80010003 : CELL_ENOSYS [1]"),
			we("", Trace, "", "·T 0:00:05.200106 {PPU[0x1000000] Thread (main_thread) [0x0081a2f4]} sys_fs: sys_fs_stat(path=\"/dev_hdd0/game/NPEB01234/USRDIR/data.psarc\", sb=*0xd0021e40)"),
			we("", Critical, "", "·F 0:00:09.004411 {SPU[0x2000100] Thread (CellSpursKernel0) [0x00012a40]} SIG: Thread terminated due to fatal error: Access violation reading location 0x0"),
		},
	},
	{
		name:   "dxvk-nvapi-log-banner-pid-tid",
		source: "DXVK-NVAPI's log file (DXVK_NVAPI_LOG_PATH): a `---------- yyyy-MM-dd HH:mm:ss ----------` banner per session, then `dxvk-nvapi:pid:tid:msg` lines (`dxvk-nvapi:0308:0312:NvAPI_Initialize: Enter`, `…:<-NvAPI_Initialize: OK`): jp7677/dxvk-nvapi PR #181; the banner also in issues #174 and #45",
		why:    "only the banner carries a time (local, no zone); the lines under it carry none and are records of their own; hex pid and tid after the product's name",
		gap:    "the `dxvk-nvapi:pid:tid:` lines after the dashed time banner are joined to the banner as its continuation, so the session's banner and all its lines make one entry; each line is a record of its own with no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z", Unknown, "", "---------- 2026-11-29 07:41:02 ----------"),
			we("", Unknown, "", "dxvk-nvapi:0124:0130:DXVK-NVAPI v0.9.0-12-g4a1b2c3 (Harbour-Win64-Shipping.exe)"),
			we("", Unknown, "", "dxvk-nvapi:0124:0130:NvAPI Device: NVIDIA GeForce RTX 4070 (565.77.0)"),
			we("", Unknown, "", "dxvk-nvapi:0124:0130:<-NvAPI_Initialize: OK"),
			we("", Unknown, "", "dxvk-nvapi:0124:0130:NvAPI_QueryInterface (0x33c7358c): Unknown function ID"),
		},
	},
	{
		name:   "mame-oslog-device-context",
		source: "MAME with -oslog (and -verbose): logerror lines behind machine().describe_context() `[:tag] ':tag' (PC): msg` and a GL texture line wrapped onto an indented second line: mamedev/mame issues #10376 and #6062, PR #10998 (`%s: unmapped memory read from …`)",
		why:    "a device tag in brackets, the tag again quoted, the program counter in parentheses; no time, no level; the GL texture report is one record on two lines",
		entries: []worldEntry{
			we("", Unknown, "", "GL texture: copy 0, shader 0, dynamic 0, 384x224 384x224 [RGB32, Equal: 1, Palette: 0,", "            scale 1x1, border 0, pitch 512,384/16384], bytes/pix 4"),
			we("", Unknown, "", "[:maincpu] ':maincpu' (00000a14): unmapped internal write to ffffff84 = 0000a500 & 0000ffff (unk)"),
			we("", Unknown, "", "[:maincpu] ':maincpu' (00002c40): unmapped program memory read from 00ff0012 & ffff"),
			we("", Unknown, "", "[:audiocpu] ':audiocpu' (01f3): unmapped io memory write to 41 = 08 & ff"),
		},
	},
	{
		name:   "qemu-user-strace-guest-pid",
		source: "qemu-user's -strace output: the guest pid, a blank, the decoded syscall and its result (`50985 openat(-100, \"/etc/libmap.conf\",0x100000,0) = 3`, `50985 Unknown syscall 552`): seanbruno/qemu-bsd-user issue #44; linux-user's argument rendering (AT_FDCWD, flag names) from memory",
		why:    "a bare pid first, then a syscall; no time, no level, no host",
		entries: []worldEntry{
			we("", Unknown, "", "31207 openat(AT_FDCWD,\"/etc/ld.so.cache\",O_RDONLY|O_CLOEXEC) = 3"),
			we("", Unknown, "", "31207 mmap(NULL,24576,PROT_READ|PROT_WRITE,MAP_PRIVATE|MAP_ANONYMOUS,-1,0) = 0x0000005502812000"),
			we("", Unknown, "", "31207 Unknown syscall 451"),
			we("", Unknown, "", "31207 exit_group(0)"),
		},
	},
	{
		name:   "pinmame-cpu-pc-unmapped",
		source: "PinMAME's log `cpu #N (PC=XXXXXXXX): unmapped memory byte write to XXXXXXXX = XX`: vpinball/pinmame issue #134",
		why:    "a cpu number and a program counter in parentheses before the message; no time, no level",
		entries: []worldEntry{
			we("", Unknown, "", "cpu #1 (PC=0000C41A): unmapped memory byte write to 0000F7A0 = 3C"),
			we("", Unknown, "", "cpu #1 (PC=0000C41D): unmapped memory byte write to 0000F7A1 = 00"),
			we("", Unknown, "", "cpu #0 (PC=00001F08): unmapped memory byte read from 00003002"),
		},
	},
}

func TestFresh772Formats(t *testing.T) { assertTable(t, fresh772Cases) }

func TestFresh772Score(t *testing.T) {
	checkScore(t, "fresh772 formats", fresh772Cases, [worldNumFields]float64{89.9, 89.9, 89.9, 87.4})
}
