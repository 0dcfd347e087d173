package parse

import "testing"

// The seven-hundred-and-ninth fresh table: spacecraft flight software, simulation and ground
// stations, the logs people attach to tickets about them, in shapes no earlier table holds. Each
// family is one product's documented or observed output: NASA Trick's message_publish lines
// (`|L   N|date,time|host| |T 0|sim time| msg`); AMMOS AIT-Core's terminal log (`ISO.mmm | LEVEL    |
// msg` with its own PROGRAM and COMMAND levels); OpenC3 COSMOS 5's JSON lines on docker logs (a
// nanosecond `time`, an `@timestamp` and a `severity`); Basilisk's bskLogger on the console
// (`BSK_WARNING: msg`, no time); Yamcs Server's console (ConsoleFormatter: a time of day, the
// instance, `Logger[thread]:`, a level only for WARNING and SEVERE, a stack trace under it); GMAT's
// API log file (a ctime stamp on its Created and Log closed lines, `**** ERROR ****` marks); Ball
// COSMOS 4's server messages file (a slashed date, then INFO, WARN or ERROR); Kubos Linux's rsyslog
// service logs (an RFC 3339 stamp, the host, `service:<priority>`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`cfs`, `cFE`, `EVS Port`, `CFE_ES`, `CFE_EVS`, `fprime`, `f prime`,
// `F´`, `fprime-gds`, `openmct`, `open mct`, `cosmos`, `openc3`, `gmat`, `GmatLog`, `yamcs`,
// `satnogs`, `gpredict`, `gnu radio`, `gnuradio`, `gr-satellites`, `orekit`, `ES Startup`,
// `42 simulator`, `hamlib`, `rigctld`, `ccsds`, `telemetry`, `ground station`, `spacecraft`,
// `nos3`, `cosmos_`, `SatNOGS`, `flight software`, `kubos`, `KubOS`, `SPICE`, `trick`, `stk`,
// `ballcosmos`, `OpenSatKit`, `leo`, `cubesat`, `MCT`, `|L `, `|T 0|`, `ait-core`, `ait.core`,
// `AIT`, `BSK_`, `basilisk`, `microservice_name`, `COSMOS`, `server_messages`, `GMAT`, `CFE_ES_`,
// `ES_SysLog`, `Ground Station Agent`, `groundstation-agent`, `aws-groundstation`, `nmf`,
// `NanoSat`, `cmdDisp`, `| INFO     |`, `| NOTICE`, `@timestamp":"`, `"severity":"ERROR"`,
// `:<info>`, `GMAT API Log`, `**** ERROR ****`, `YamcsServer[`, `_global `, `Connection Success`,
// `message_publish`, `nasa/trick`, `AMMOS`, `bliss`, `ballaerospace`). cFS's console (cFE's
// day-of-year time, the EVS port lines), F Prime's text logger, Yamcs' yamcs-server.log
// (CompactFormatter), SatNOGS' client, gpredict, SatDump, GNU Radio and Hamlib are earlier tables'
// and were left out; `trick`, `stk`, `leo`, `MCT` and `AIT` match only other words, `basilisk`,
// `ait-core` and `openc3` only earlier tables' grep lists, `kubos` nothing, `cosmos` only the
// Cosmos SDK blockchain, `_global` only Yamcs' CompactFormatter and the rules; `| INFO     |` and
// the JSON keys are other products' shapes. Yamcs' ConsoleFormatter is another output of a product
// measured before, in a shape no table holds. Left out as not confirmed by any search: fprime-gds'
// own log files, OpenMCT (a web application with no log of its own), NOS3's launcher output.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Trick's `2026/11/29,07:41:16.204518` wall time is zone-less (UTC); its
// `|T 0|12.500000|` is simulation time, no clock time. AIT-Core's terminal stamp, COSMOS 4's slashed
// stamp and GMAT's ctime stamps are zone-less (UTC). OpenC3's record carries the same moment twice,
// `time` in Unix nanoseconds and `@timestamp` in milliseconds with +00:00: either is accepted.
// Yamcs' console has a time of day only: it is on the clock's day. Basilisk's lines and GMAT's
// message lines carry no time. Kubos' rsyslog stamp carries its offset. Levels only where the line
// marks one: Trick's `|L   N|` message type (0 normal and 1 info Info, 2 warning Warn, 3 error
// Error, 10 debug Debug); AIT-Core's level column (its PROGRAM and COMMAND levels are Notice, as
// its own syslog handler maps them); OpenC3's severity; Basilisk's `BSK_` prefixes; Yamcs'
// WARNING (Warn) and SEVERE (Error), its other lines none; GMAT's `**** ERROR ****`; COSMOS 4's
// INFO WARN ERROR; Kubos' `<priority>` after the tag. The host is the record's host field: Trick's
// host column and Kubos' rsyslog host; OpenC3's container_name is a container, Yamcs' `simulator`
// and `_global` are instances, COSMOS' INST_INT is an interface, and addresses in messages are
// peers, none of them a host. A record that spans lines is one entry: Yamcs' SEVERE with its
// stack trace. GMAT's build-date header is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 64d9e65 before any rule for it: level 72.5 %, time 100.0 %, host
// 75.0 %, records 100.0 %. That is the macro figure (micro: level 72.5 %, time 100.0 %, host 75.0 %,
// records 100.0 %), in a worktree at 64d9e65 with no change to trawl's code (only this file and
// table_test.go's list), 4 of 8 families fully right; the gaps are Trick's `|L   N|` message type
// and its host column, neither read; AIT-Core's own PROGRAM and COMMAND levels, not read;
// Basilisk's `BSK_WARNING:`-style prefixes, not read as levels; and the Kubos host before a
// `service:<priority>` tag, not read.

var fresh709Cases = []worldCase{
	{
		name:   "nasa-trick-message-publish",
		source: "NASA Trick's message_publish lines on the simulation's terminal and in RUN_*/send_hs (`|L %3d|yyyy/MM/dd,HH:mm:ss.ffffff|host| |T 0|sim seconds| msg`, the message type 0 normal, 1 info, 2 warning, 3 error, 10 debug): nasa/trick issues #1956 (a pasted line) and #1143",
		why:    "a pipe-framed header: the message type number after L, a date and time joined by a comma, the host column; `|T 0|12.500000|` is simulation time, no clock time",
		gap:    "the message type number in Trick's `|L   N|` column is not read as a level, and the host between the pipes after the date is not read: every record has no level and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Info, "simhost-3", "|L   0|2026/11/29,07:41:16.204518|simhost-3| |T 0|0.000000| Starting simulation S_main_Linux_13.2_x86_64.exe, input file RUN_lunar_descent/input.py"),
			we("2026-11-29T07:41:16.209771Z", Info, "simhost-3", "|L   1|2026/11/29,07:41:16.209771|simhost-3| |T 0|0.000000| Variable Server listening on port 39117"),
			we("2026-11-29T07:41:28.713402Z", Warn, "simhost-3", "|L   2|2026/11/29,07:41:28.713402|simhost-3| |T 0|12.500000| lander.guidance: throttle command 1.07 clipped to 1.00"),
			we("2026-11-29T07:41:31.090227Z", Error, "simhost-3", "|L   3|2026/11/29,07:41:31.090227|simhost-3| |T 0|14.875000| lander.prop: tank_ox pressure below minimum (1.92e+05 Pa), engine shutdown"),
			we("2026-11-29T07:41:31.094006Z", Debug, "simhost-3", "|L  10|2026/11/29,07:41:31.094006|simhost-3| |T 0|14.875000| lander.prop: integrator reset after mode change"),
		},
	},
	{
		name:   "ait-core-terminal-log",
		source: "AMMOS Instrument Toolkit (AIT-Core) terminal log from ait.core.log's LogFormatter (`%(asctime)s | %(levelname)-8s | %(message)s`, asctime `yyyy-MM-ddTHH:mm:ss.mmm`, the extra levels NOTICE, COMMAND and PROGRAM mapped to syslog notice): NASA-AMMOS/AIT-Core ait/core/log.py (found with find_files and read_file)",
		why:    "an ISO time without a zone (UTC) then the level padded to eight between pipes; PROGRAM and COMMAND are AIT's own levels above INFO (Notice, as its syslog handler maps them)",
		gap:    "AIT's own PROGRAM and COMMAND level words in the pipe-framed level column are not read: those records have no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "", "2026-11-29T07:41:16.204 | PROGRAM  | /opt/ait/venv/bin/ait-server"),
			we("2026-11-29T07:41:16.517Z", Info, "", "2026-11-29T07:41:16.517 | INFO     | Starting <class 'ait.core.server.stream.PortInputStream'> telem_stream, port 3076"),
			we("2026-11-29T07:41:18.022Z", Warn, "", "2026-11-29T07:41:18.022 | WARNING  | No plugin outputs specified for ait.core.server.plugins.DataArchive"),
			we("2026-11-29T07:41:20.931Z", Notice, "", "2026-11-29T07:41:20.931 | COMMAND  | Sending NOOP_ARG 7 to 127.0.0.1:3075"),
			we("2026-11-29T07:41:23.406Z", Error, "", "2026-11-29T07:41:23.406 | ERROR    | Unable to decode packet 1553_HS: buffer too short (58 < 112 bytes)"),
		},
	},
	{
		name:   "openc3-cosmos-docker-json",
		source: "OpenC3/Ball COSMOS 5 microservices and cmd-tlm-api on `docker logs` (its Ruby Logger writes one JSON object a line: `time` in Unix nanoseconds, `@timestamp` with milliseconds and +00:00, `severity`, `container_name`, `log`): BallAerospace/COSMOS PR #1383 (pasted lines), OpenC3/cosmos issue #18",
		why:    "a JSON line whose time is in two keys (nanoseconds and ISO); the level is `severity`; container_name is a container id, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z|2026-11-29T07:41:16.204Z", Info, "", `{"time":1795938076204518000,"@timestamp":"2026-11-29T07:41:16.204+00:00","severity":"INFO","container_name":"7c1e04b9a2f3","log":"Microservice DEFAULT__INTERFACE__SAT2_INT starting"}`),
			we("2026-11-29T07:41:17.530112Z|2026-11-29T07:41:17.530Z", Info, "", `{"time":1795938077530112000,"@timestamp":"2026-11-29T07:41:17.530+00:00","severity":"INFO","container_name":"7c1e04b9a2f3","log":"SAT2_INT: Connection Success"}`),
			we("2026-11-29T07:41:19.008451Z|2026-11-29T07:41:19.008Z", Warn, "", `{"time":1795938079008451000,"@timestamp":"2026-11-29T07:41:19.008+00:00","severity":"WARN","container_name":"7c1e04b9a2f3","log":"SAT2 HK_TLM BATT_VOLT = 6.8 is YELLOW_LOW (6.5 to 7.0)"}`),
			we("2026-11-29T07:41:22.761903Z|2026-11-29T07:41:22.761Z", Error, "", `{"time":1795938082761903000,"@timestamp":"2026-11-29T07:41:22.761+00:00","severity":"ERROR","container_name":"e2a9d8410b6c","log":"Problem processing /tmp/d20261129-7-q8v2kd/SAT2/cmd_tlm/sat2_tlm.txt: HK_TLM: bit_size for STRING and BLOCK items must be byte multiples"}`),
		},
	},
	{
		name:   "basilisk-bsk-logger-console",
		source: "Basilisk (AVSLab astrodynamics framework) bskLogger on the console (`BSK_DEBUG: `, `BSK_INFORMATION: `, `BSK_WARNING: `, `BSK_ERROR: ` before the message, no time; the script's own prints between them): AVSLab/basilisk bskLogging source and its bskPrinciples documentation (found with find_string), issue #1054",
		why:    "a level prefix and nothing else: no time, no host; the script's unprefixed prints carry no level",
		gap:    "Basilisk's `BSK_DEBUG:`, `BSK_INFORMATION:`, `BSK_WARNING:` and `BSK_ERROR:` prefixes at the start of the line are not read as levels",
		entries: []worldEntry{
			we("", Info, "", "BSK_INFORMATION: Variable dummy set to 0.000000 in reset."),
			we("", Unknown, "", "InitializeSimulation() completed..."),
			we("", Debug, "", "BSK_DEBUG: reactionWheelStateEffector: RW 2 spin rate 412.7 rad/s"),
			we("", Warn, "", "BSK_WARNING: simpleNav: sunTarget message was not linked, using default (0, 0, 0)"),
			we("", Error, "", "BSK_ERROR: spiceInterface: unable to load kernel /data/kernels/de441.bsp"),
		},
	},
	{
		name:   "yamcs-console-formatter",
		source: "Yamcs Server on a terminal without colours (org.yamcs.logging.ConsoleFormatter: `HH:mm:ss.SSS <instance or _global> <Logger>[<thread id>]: ` then `WARNING` or `SEVERE` only for those levels, the message, a thrown exception as `: <exception>` and tab-indented frames): yamcs/yamcs ConsoleFormatter.java (found with find_files and read_file)",
		why:    "a time of day only (the clock's day); the level word appears only for WARNING and SEVERE, other lines carry none; `simulator` and `_global` are instances, no host; a stack trace is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.318Z", Unknown, "", "07:41:16.318 _global YamcsServer[1]: Yamcs started in 4870ms. Started 2 of 2 instances and 9 services"),
			we("2026-11-29T07:41:16.402Z", Unknown, "", "07:41:16.402 _global HttpServer[1]: Website deployed at http://gs-ops-7:8090"),
			we("2026-11-29T07:41:21.744Z", Warn, "", "07:41:21.744 simulator TcpTcDataLink[38]: WARNING Connection to 10.61.4.22:10025 lost, will retry in 5000ms"),
			we("2026-11-29T07:41:23.903Z", Error, "",
				"07:41:23.903 simulator XtceTmRecorder[52]: SEVERE Error while recording packet: java.lang.IllegalStateException: stream tm_realtime is closed",
				"\torg.yamcs.yarch.Stream.emitTuple(Stream.java:87)",
				"\torg.yamcs.archive.XtceTmRecorder$StreamRecorder.onTuple(XtceTmRecorder.java:204)",
				"\tjava.base/java.lang.Thread.run(Thread.java:1583)"),
			we("2026-11-29T07:41:24.110Z", Unknown, "", "07:41:24.110 simulator TcpTcDataLink[38]: Link connected to 10.61.4.22:10025"),
		},
	},
	{
		name:   "gmat-api-log-file",
		source: "NASA GMAT's log file (MessageInterface::SetLogFile writes `GMAT Build Date: %s %s` and a blank line first; the API log's `GMAT API Log: Created <ctime>` and `Log closed: <ctime>`; errors marked `**** ERROR ****`): GMAT MessageInterface.cpp and a GMAT log test fixture (found with find_string `GMAT Build Date`)",
		why:    "the build date in the header is no record time; the Created and Log closed lines carry a ctime stamp (zone-less, UTC); the message lines between carry no time; `**** ERROR ****` marks an error",
		entries: []worldEntry{
			wskip("GMAT Build Date: Nov 20 2026 09:12:44", ""),
			we("2026-11-29T07:41:16Z", Unknown, "", "GMAT API Log: Created Sun Nov 29 07:41:16 2026"),
			we("", Unknown, "", "Logging to /home/fdyn/gmat/output/lunar_transfer.log"),
			we("", Unknown, "", "Interpreting scripts from the file."),
			we("", Unknown, "", "***** file: /home/fdyn/gmat/scripts/lunar_transfer.script"),
			we("", Unknown, "", "Successfully set Planetary Source to use: DE421"),
			we("", Error, "", `**** ERROR **** Interpreter Exception: Nonexistent or disallowed object "TOI_Burn" referenced in line: "Maneuver TOI_Burn(LunarSat);"`),
			we("2026-11-29T07:41:20Z", Unknown, "", "Log closed: Sun Nov 29 07:41:20 2026"),
		},
	},
	{
		name:   "ball-cosmos4-server-messages",
		source: "Ball Aerospace COSMOS 4's CmdTlmServer message log outputs/logs/<yyyy_MM_dd_HH_mm_ss>_server_messages.txt (`yyyy/MM/dd HH:mm:ss.SSS  LEVEL: msg`, the levels INFO, WARN, ERROR): the file and its INFO/WARN/ERROR categories from BallAerospace/COSMOS issue #1100 and the v4 Logging documentation; the line's exact layout from memory",
		why:    "a slashed date with milliseconds, zone-less (UTC); the level word before a colon; INST_INT and the target names are interfaces and targets, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026/11/29 07:41:16.204  INFO: Log File Opened : /cosmos/outputs/logs/2026_11_29_07_41_16_tlm.bin"),
			we("2026-11-29T07:41:16.881Z", Info, "", "2026/11/29 07:41:16.881  INFO: CUBESAT_INT: Connection Success"),
			we("2026-11-29T07:41:19.305Z", Warn, "", "2026/11/29 07:41:19.305  WARN: CUBESAT EPS_HK BATT_TEMP = -12.5 is YELLOW_LOW (-15.0 to -10.0)"),
			we("2026-11-29T07:41:24.017Z", Error, "", "2026/11/29 07:41:24.017  ERROR: CUBESAT_INT: Connection Lost: Errno::ECONNRESET Connection reset by peer"),
		},
	},
	{
		name:   "kubos-linux-rsyslog-service-log",
		source: "Kubos Linux's service logs (/var/log/kubos-info.log, written by rsyslog from the daemon facility: `RFC 3339 stamp with microseconds and offset, host, service:<priority> msg`): docs.kubos.com Kubos Linux Logging (the files and facilities); the line's exact layout from memory",
		why:    "an RFC 3339 stamp with an offset, then the host, then the service tag with the syslog priority in angle brackets",
		gap:    "the host after the RFC 3339 stamp is not read when the tag is followed by `:<priority>` instead of `: `: every record has no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Info, "obc-kubos", "2026-11-29T07:41:16.204518+00:00 obc-kubos monitor-service:<info> Listening on: 0.0.0.0:8006"),
			we("2026-11-29T07:41:16.412093Z", Info, "obc-kubos", "2026-11-29T07:41:16.412093+00:00 obc-kubos kubos-app-service:<info> Starting app: telemetry-beacon, version 1.4.2"),
			we("2026-11-29T07:41:19.730640Z", Warn, "obc-kubos", "2026-11-29T07:41:19.730640+00:00 obc-kubos isis-imtq-service:<warn> Watchdog kick failed, retrying"),
			we("2026-11-29T07:41:22.051877Z", Error, "obc-kubos", "2026-11-29T07:41:22.051877+00:00 obc-kubos telemetry-service:<err> Failed to insert telemetry: database is locked"),
			we("2026-11-29T07:41:22.118305Z", Debug, "obc-kubos", "2026-11-29T07:41:22.118305+00:00 obc-kubos file-transfer-service:<debug> Received chunk 14 of 97 for hash 5c1fa0e2"),
		},
	},
}

func TestFresh709Formats(t *testing.T) { assertTable(t, fresh709Cases) }
func TestFresh709Score(t *testing.T) {
	checkScore(t, "fresh709 formats", fresh709Cases, [worldNumFields]float64{72.4, 99.9, 74.9, 99.9})
}
