package parse

import "testing"

// The six-hundred-and-seventy-seventh fresh table: amateur radio digital modes and rig control
// software's logs as hams attach them to bug reports, shapes no earlier table holds. Each family is
// one product's documented or observed output: WSJT-X's default wsjtx_syslog.log (the Boost.Log
// channel in brackets before a UTC date, an uptime and the severity word) and its
// WSJT-X_RigControl.log written through a wsjtx_log_config.ini (`[date][uptime][RIGCTRL:trace]`,
// a read string's newline carrying its closing quote onto a second line); Hamlib's rigctld with -Z
// in 4.5+ (an ISO time with microseconds and a `+0100` offset before a colon) and in 4.2/4.3 (the
// date glued to the time by a colon); aprsc's log file (a slashed UTC date with microseconds,
// `aprsc[pid:thread]`, the syslog level word and a colon); Pat, the Winlink client, with PAT_DEBUG
// and VARA_DEBUG (Go's log with `[DEBUG]`, and the VARA driver's `[VARA]` prefix before its date);
// FreeDV's console (microlog: a time of day, a `[thread]`, the level word, `file:line:`); fldigi's
// debug_log.txt at the Debug level (one level letter and a colon before a bracketed time of day).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`wsjt`, `ALL.TXT`, `js8call`, `js8`, `fldigi`, `direwolf`, `dire wolf`, `rigctld`,
// `hamlib`, `Hamlib`, `xastir`, `aprsis32`, `winlink`, `pat `, `pat.log`, `aprx`, `ax25`,
// `soundmodem`, `openwebrx`, `qsstv`, `gpredict`, `cqrlog`, `wfview`, `flrig`, `satnogs`,
// `rtl_433`, `aprsd`, `YAAC`, `mmdvm`, `pi-star`, `DMRGateway`, `ircddb`, `svxlink`, `echolink`,
// `allstar`, `app_rpt`, `freedv`, `jtdx`, `mshv`, `n1mm`, `log4om`, `ham radio`, `amateur`,
// `aprs`, `Rx FT8`, `FT8`, `~  CQ`, `Dire`, `Digipeater`, `KISS`, `Ready to accept`, `Reflector`,
// `YSFGateway`, `DStarGateway`, `M: 20`, `ardop`, `vara`, `codec2`, `ka9q`, `radiod`, `gqrx`,
// `sdrangel`, `sdr++`, `sdrpp`, `rtl_tcp`, `callsign`, `QSO`, `qrz`, `dxcluster`, `dx spider`,
// `dxspider`, `cc cluster`, `telnet`, `M17`, `reflector`, and the fragments `RIGCTRL`, `[SYSLOG]`,
// `SYSLOG][info]`, `WSJTXLogging`, `wsjtx_log_config`, `RigControl`, `aprsc`, `aprsc[`, `hlog`,
// `logresp`, `[VARA]`, `vara.go`, `la5nta`, `PAT_DEBUG`, `RMS Relay`, `Link type`, `rade_text`,
// `ulog`, `microlog`, `D: [`, `E: [`, `[Q] `, `rigio`, `W1HKJ`, `rigctl_parse`, `handle_socket`,
// `rig_open`, `zf_log`). None of WSJT-X's syslog or rig control log, Hamlib's -Z lines, aprsc,
// Pat, FreeDV or fldigi's debug log is in any table: `fldigi`, `hamlib`, `rigctld`, `flrig`,
// `freedv`, `aprsc`, `winlink` and `ardop` match only other tables' lists of greps (fresh516,
// fresh550, fresh560, fresh631, fresh651), never a family; `RIGCTRL` is gpredict's
// `rigctrl_open_device` in fresh97, `[SYSLOG]` other products' tags, `handle_socket` another
// daemon's function, `ulog`, `hlog`, `D: [` and `E: [` parts of other words and brackets. Left out
// as measured already: WSJT-X's ALL.TXT (fresh96), JS8Call (fresh560), Dire Wolf's console and CSV
// log (fresh96, fresh261), gpredict and SatNOGS (fresh97), MMDVMHost, DMRHost, YSFGateway,
// DAPNETGateway, HBlink3 and SvxLink (fresh137), APRSD (fresh631), the Cabrillo log (fresh492).
// Left out as sharing a shape already held: ardopcf's zf_log lines (zf_log is in fresh524 and
// fresh549) and Winlink's RMS Relay log (a plain slashed date). Left out as not confirmed by any
// search: Xastir, APRSIS32, UZ7HO's soundmodem and wfview. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). WSJT-X's stamps are UTC (Boost's utc_clock), and the bracket after them is
// an uptime, no time; aprsc's are UTC (gmtime_r). Hamlib 4.5+'s `+0100` offset is converted (a
// machine at UTC+1); Hamlib 4.2's colon-joined stamp, Pat's and the VARA driver's Go stamps are
// zone-less local time and read as UTC. FreeDV's and fldigi's lines carry a time of day only: it is
// on the clock's day, read as UTC. Levels only where the line marks one: WSJT-X's Boost severity
// words (trace debug info warning error fatal, fatal as Critical), aprsc's EMERG..DEBUG words
// (CRIT as Critical), Pat's `[DEBUG]`, FreeDV's level word after the thread, fldigi's first letter
// (E W I D); Hamlib's lines, Pat's plain lines and the `[VARA]` lines carry none. The host is the
// record's host field and none of these families has one: `aprsc[2211:…]` is the program, pid and
// thread, `localhost:53812` and `203.0.113.71:40422` are clients, callsigns, rotate.aprs2.net and
// 127.0.0.1:4532 are peers. A record that spans lines is one entry: WSJT-X's read_transaction
// string whose newline puts its closing quote on a second line; each hex dump line of Hamlib is a
// record of its own with its own stamp.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory. Hosts, ids,
// addresses, callsigns, users and messages are invented, and every time is in late November 2026.
// The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read,
// and it stays in the score.
//
// Its first figure, scored at commit 22ad146 before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 89.8 %, host 100.0 %, records 100.0 %), in a
// worktree at 22ad146 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is fldigi's bracketed time of day after the one-letter level
// (`I: [07:41:16]`), which trawl does not read, leaving its records with no time.

var fresh677Cases = []worldCase{
	{
		name:   "wsjtx-syslog-default-sink",
		source: "WSJT-X 2.5+'s default Boost.Log sink wsjtx_syslog.log (WSJTXLogging.cpp: `[Channel][%Y-%m-%d %H:%M:%S.%f][uptime %O:%M:%S.%f][severity] msg`, channels SYSLOG, RIGCTRL and DATALOG, TimeStamp from attrs::utc_clock in Logger.cpp): WSJTX/wsjtx WSJTXLogging.cpp and Logger.cpp found with the code search",
		why:    "the channel in brackets comes before the date; the second bracket is an uptime, no time of day; Boost's trivial severity words in the last bracket (fatal is Critical); the stamp is UTC",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.203117Z", Info, "", "[SYSLOG][2026-11-29 07:41:16.203117][00:00:00.000412][info] Log Start"),
			we("2026-11-29T07:41:16.219540Z", Info, "", "[SYSLOG][2026-11-29 07:41:16.219540][00:00:00.016835][info] WSJT-X v2.7.0 2c41d7 by K1JT et al. - Program startup"),
			we("2026-11-29T07:41:19.880213Z", Warn, "", "[RIGCTRL][2026-11-29 07:41:19.880213][00:00:03.677508][warning] icom_get_freq: rig_get_freq failed: Communication timed out"),
			we("2026-11-29T07:41:20.104776Z", Error, "", "[SYSLOG][2026-11-29 07:41:20.104776][00:00:03.902071][error] Rig Control Error: Hamlib error: Communication timed out while getting current VFO frequency"),
			we("2026-11-29T07:58:02.551090Z", Error, "", "[DATALOG][2026-11-29 07:58:02.551090][00:16:46.348385][error] Cannot open \"/home/ines/.local/share/WSJT-X/wsjtx_log.adi\" for append: Permission denied"),
			we("2026-11-29T07:58:09.007342Z", Critical, "", "[SYSLOG][2026-11-29 07:58:09.007342][00:16:52.804637][fatal] Unexpected fatal error: std::bad_alloc"),
		},
	},
	{
		name:   "wsjtx-rigcontrol-log-config-ini",
		source: "WSJT-X with W9MDB's wsjtx_log_config.ini writing WSJT-X_RigControl.log (`[%TimeStamp%][%Uptime%][%Channel%:%Severity%] msg`, Hamlib's own trace under the RIGCTRL channel, a hex dump a line, a read string ending in a newline carried onto the next line): Hamlib/Hamlib issue #589 (a pasted log), NixOS/nixpkgs PR #266355",
		why:    "a date and time with microseconds first, then an uptime, then channel and severity joined by a colon; a hex dump line is a record of its own; the string's newline carries its closing quote onto a second line of the same record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.440102Z", Trace, "", "[2026-11-29 07:41:16.440102][00:12:03.118407][RIGCTRL:trace] rig_open called"),
			we("2026-11-29T07:41:16.440388Z", Trace, "", "[2026-11-29 07:41:16.440388][00:12:03.118693][RIGCTRL:trace] network_open: hoststr=127.0.0.1, portstr=4532"),
			we("2026-11-29T07:41:16.441920Z", Trace, "", "[2026-11-29 07:41:16.441920][00:12:03.120225][RIGCTRL:trace] write_block(): TX 2 bytes, method=2"),
			we("2026-11-29T07:41:16.442006Z", Trace, "", "[2026-11-29 07:41:16.442006][00:12:03.120311][RIGCTRL:trace] 0000    66 0a                                               f."),
			we("2026-11-29T07:41:16.463518Z", Trace, "",
				"[2026-11-29 07:41:16.463518][00:12:03.141823][RIGCTRL:trace] read_transaction: string='RPRT 0",
				"'"),
			we("2026-11-29T07:41:21.470230Z", Warn, "", "[2026-11-29 07:41:21.470230][00:12:08.148535][RIGCTRL:warning] netrigctl_get_freq: timeout waiting for answer from rigctld"),
			we("2026-11-29T07:41:21.470455Z", Error, "", "[2026-11-29 07:41:21.470455][00:12:08.148760][RIGCTRL:error] rig_get_freq: returning -5(Communication timed out)"),
		},
	},
	{
		name:   "hamlib-rigctld-z-iso-offset",
		source: "Hamlib 4.5+ rigctld/rigctl with -vvvvv -Z (every line prefixed by `yyyy-MM-ddTHH:mm:ss.ffffff±hhmm: `, the hex dumps of write_block and read_string each a line of their own): Hamlib/Hamlib issues #1220, #1306 and #2049",
		why:    "an ISO time with microseconds and a numeric offset without a colon (+0100), then a colon; no level on any line; `localhost:53812` is a client, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120260Z", Unknown, "", "2026-11-29T08:41:16.120260+0100: rigctld.c(545) Startup: rigctld -m 3073 -r /dev/ttyUSB0 -s 19200 -vvvvv -Z"),
			we("2026-11-29T07:41:16.120441Z", Unknown, "", "2026-11-29T08:41:16.120441+0100: rigctld Hamlib 4.6.2 SHA=3f9c21a 64-bit"),
			we("2026-11-29T07:41:16.322805Z", Unknown, "", `2026-11-29T08:41:16.322805+0100: rigctl_parse: input_line: \get_freq`),
			we("2026-11-29T07:41:16.323112Z", Unknown, "", "2026-11-29T08:41:16.323112+0100: write_block(): TX 6 bytes, method=2"),
			we("2026-11-29T07:41:16.323201Z", Unknown, "", "2026-11-29T08:41:16.323201+0100: 0000    fe fe 94 e0 03 fd                                   ......"),
			we("2026-11-29T07:41:16.391850Z", Unknown, "", "2026-11-29T08:41:16.391850+0100: read_string_generic called, rxmax=1024"),
			we("2026-11-29T07:41:19.004517Z", Unknown, "", "2026-11-29T08:41:19.004517+0100: Connection closed from localhost:53812"),
		},
	},
	{
		name:   "hamlib-rigctld-z-colon-date",
		source: "Hamlib 4.2/4.3 rigctld with -vvvv -Z (the older stamp `yyyy-MM-dd:HH:mm:ss.ffffff: ` with the date joined to the time by a colon, local time, no zone): Hamlib/Hamlib issues #690 and #230",
		why:    "a date glued to the time by a colon instead of a blank or T, microseconds, no zone (UTC by the rules); no level; the client's port is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204511Z", Unknown, "", "2026-11-29:07:41:16.204511: rig_init called"),
			we("2026-11-29T07:41:16.204688Z", Unknown, "", "2026-11-29:07:41:16.204688: initrigs4_kenwood called"),
			we("2026-11-29T07:41:16.331907Z", Unknown, "", "2026-11-29:07:41:16.331907: rig_open called"),
			we("2026-11-29T07:41:17.590142Z", Unknown, "", "2026-11-29:07:41:17.590142: kenwood_get_freq: freq=7074000"),
			we("2026-11-29T07:41:18.002413Z", Unknown, "", "2026-11-29:07:41:18.002413: handle_socket: rigctl_parse retcode=1"),
		},
	},
	{
		name:   "aprsc-log-file",
		source: "aprsc, the APRS-IS server, logging to a file (-o file, logs/aprsc.log; hlog.c: `%4d/%02d/%02d %02d:%02d:%02d.%06d name[pid:thread] LEVEL: msg` from gmtime_r, level names EMERG ALERT CRIT ERROR WARNING NOTICE INFO DEBUG): hessu/aprsc src/hlog.c and doc/CONFIGURATION.md found with the code search",
		why:    "a slashed date with microseconds in UTC; `aprsc[2211:7f3c9d2e1740]` is the program, pid and thread, no host; the level word ends in a colon; server names and client addresses in the message are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204871Z", Info, "", "2026/11/29 07:41:16.204871 aprsc[2211:7f3c9d2e1740] INFO: Starting up version 2.1.19-g730c5c0, configured server id T2KESTREL"),
			we("2026-11-29T07:41:16.207310Z", Info, "", "2026/11/29 07:41:16.207310 aprsc[2211:7f3c9d2e1740] INFO: Binding listening TCP socket: 0.0.0.0:14580"),
			we("2026-11-29T07:41:16.911542Z", Debug, "", "2026/11/29 07:41:16.911542 aprsc[2211:7f3c9b5fe700] DEBUG: Uplink: trying rotate.aprs2.net (198.51.100.44:10152)"),
			we("2026-11-29T07:41:26.913008Z", Warn, "", "2026/11/29 07:41:26.913008 aprsc[2211:7f3c9b5fe700] WARNING: Uplink rotate.aprs2.net: connect timed out"),
			we("2026-11-29T07:43:02.118640Z", Error, "", "2026/11/29 07:43:02.118640 aprsc[2211:7f3c9adfd700] ERROR: 203.0.113.71:40422: login failed: invalid passcode for KD9QRV-10"),
			we("2026-11-29T07:43:05.550129Z", Critical, "", "2026/11/29 07:43:05.550129 aprsc[2211:7f3c9d2e1740] CRIT: Could not open logs/aprsc.access.log: Permission denied"),
		},
	},
	{
		name:   "pat-winlink-vara-debug",
		source: "Pat, the Winlink client, run as `PAT_DEBUG=1 VARA_DEBUG=1 pat connect varahf:///…` (Go's log: `yyyy/MM/dd HH:mm:ss msg`, `[DEBUG] ` before debug messages; the VARA modem driver's own logger `[VARA] yyyy/MM/dd HH:mm:ss.ffffff file.go:line: msg`): la5nta/pat issues #543 and #515, PR #529",
		why:    "a slashed date with no zone (UTC by the rules); `[DEBUG]` after the time marks a level, plain lines carry none; `[VARA]` before the date is a logger prefix, no level and no host; callsigns are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "2026/11/29 07:41:16 [DEBUG] Version: v1.0.0 (4e1d2ab) linux/arm64 - go1.26.3"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026/11/29 07:41:16 [DEBUG] Log file is \t'/home/ines/.local/state/pat/pat.log'"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 IC-7300 ready. Dial frequency is 7.101.50 MHz."),
			we("2026-11-29T07:41:17.402118Z", Unknown, "", "[VARA] 2026/11/29 07:41:17.402118 vara.go:204: Connecting command"),
			we("2026-11-29T07:41:17.403552Z", Unknown, "", "[VARA] 2026/11/29 07:41:17.403552 vara.go:136: writing cmd: MYCALL KE7TQL"),
			we("2026-11-29T07:41:17.489903Z", Unknown, "", "[VARA] 2026/11/29 07:41:17.489903 vara.go:271: got cmd: BUSY OFF"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026/11/29 07:41:18 Connecting to W7RMS (varahf)..."),
			we("2026-11-29T07:42:01Z", Unknown, "", "2026/11/29 07:42:01 Unable to establish connection to remote: connect timeout"),
		},
	},
	{
		name:   "freedv-gui-console-ulog",
		source: "FreeDV (freedv-gui 2.x) on a terminal (its vendored microlog ulog.c: `HH:MM:SS` local time of day, a `[thread]` custom prefix, the level word TRACE DEBUG INFO WARN ERROR FATAL, then `file:line: ` and the message): drowe67/freedv-gui PRs #948 and #861, issue #885, src/util/logging/ulog.c",
		why:    "a time of day only (on the clock's day, no zone: UTC by the rules); the bracketed number is a thread, no level; the level word after it; the source path and line are no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 [1] INFO /home/ines/src/freedv-gui/src/main.cpp:1108: FreeDV version 2.1.0 starting"),
			we("2026-11-29T07:41:17Z", Debug, "", "07:41:17 [14] DEBUG /home/ines/src/freedv-gui/src/audio/PulseAudioDevice.cpp:212: connecting to record device alsa_input.usb-Burr-Brown_USB_Audio_CODEC-00.analog-stereo"),
			we("2026-11-29T07:41:19Z", Warn, "", "07:41:19 [85] WARN /home/ines/src/freedv-gui/src/gui/dialogs/freedv_reporter.cpp:2381: Got TX change for unknown user (SID Qm3xTTa0vGfL2oKcAAb1)"),
			we("2026-11-29T07:41:22Z", Error, "", "07:41:22 [31] ERROR /home/ines/src/freedv-gui/src/rig_control/HamlibRigController.cpp:236: Couldn't connect to radio: Communication timed out"),
			we("2026-11-29T07:41:40Z", Debug, "", "07:41:40 [22] DEBUG /home/ines/src/freedv-gui/src/pipeline/rade_text.c:305: RX symbol: 0.218841, -0.604152"),
		},
	},
	{
		name:   "fldigi-debug-level-log",
		source: "fldigi's debug_log.txt with the Event log at the Debug level (debug.cxx: `%c: [%02d:%02d:%02d] file:line: msg`, the first letter of Quiet Error Warning Info Verbose Debug, local time of day): w1hkj/fldigi src/misc/debug.cxx and src/include/debug.h found with the code search",
		why:    "one letter and a colon before a bracketed time of day (on the clock's day, UTC by the rules); E W I D map to error, warning, info and debug; `rigio.cxx:1342` is a file and line, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "I: [07:41:16] main.cxx:834: fldigi 4.2.06 log started"),
			we("2026-11-29T07:41:16Z", Info, "", "I: [07:41:16] hamlib.cxx:221: Hamlib rig IC-7300 opened on /dev/ttyUSB0 at 19200 baud"),
			we("2026-11-29T07:41:17Z", Warn, "", `W: [07:41:17] soundconf.cxx:390: PortAudio device "USB Audio CODEC" not found, using the default device`),
			we("2026-11-29T07:41:18Z", Debug, "", "D: [07:41:18] rigio.cxx:1342: get freq: 7070000"),
			we("2026-11-29T07:41:25Z", Error, "", "E: [07:41:25] spot.cxx:518: pskreporter: connect: Connection refused"),
		},
	},
}

func TestFresh677Formats(t *testing.T) { assertTable(t, fresh677Cases) }
func TestFresh677Score(t *testing.T) {
	checkScore(t, "fresh677 formats", fresh677Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
