package parse

import "testing"

// The six-hundred-and-fifty-sixth fresh table: industrial control, SCADA and PLC-communication
// software's logs as people attach them to tickets, shapes no earlier table holds. Each family is one
// product's documented or observed output: opendnp3's ConsoleLogger (`ms(<epoch ms>) FLAG id -
// msg`); libplctag's debug output (`thread(N) tag(N) LEVEL function:line`); cpppo's EtherNet/IP
// simulator (a month-day date, a right-aligned thread name and its own NORMAL level); EMQX Neuron's
// zlog lines (milliseconds after a colon, `[NOTICE] [neuron] file.c:line`); Rapid SCADA 6's log
// file (`[Computer][User][ACT]`) and Rapid SCADA 5's (`<Computer><User><EXC>`), each with an
// exception under an error; FUXA's server console under Docker (ISO time, `[WAR] ` and a tab,
// wrapped in ANSI colours); Eclipse 4diac FORTE's console (`INFO: T#<epoch ns>: msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`openplc`, `open-plc`, `plcruntime`, `ignition`, `inductive`,
// `wrapper.log`, `wrapperManager`, `INFO   | jvm`, `jvm 1`, `open62541`, `ua_log`, `(UA_`,
// `info/network`, `warn/server`, `freeopcua`, `opcua`, `OPC UA`, `opc-ua`, `opc.tcp`, `asyncua`,
// `asyncua.server`, `opcua.server`, `ua.uaprotocol`, `opcua-asyncio`, `node-red`, `nodered`,
// `node-red-contrib`, `Welcome to Node-RED`, ` - [info] `, ` - [warn] `, `[info] [`, `s7 endpoint`,
// `kepware`, `kepserver`, `milo`, `eclipse milo`, `org.eclipse.milo`, `OpcUaServer`, `fuxa`,
// `frangoteam`, `[WAR] `, `[TRA] `, `[DBG]  \t`, `Z [INF] \t`, `[INF] \t`, `kura`, `scadabr`,
// `scada-lts`, `scadalts`, `com.serotonin`, `mango`, `rapid scada`, `rapidscada`, `ScadaComm`,
// `ScadaServer`, `<ACT>`, `][ACT]`, `<EXC>`, `[EXC]`, `<INF>`, `][INF]`, `][ERR]`, `scada`,
// `neuron`, `[neuron]`, `[NOTICE] [`, `:123 [`, `manager.c:`, `zlog`, `edgex`, `plc4x`,
// `pymodbus`, `modbus`, `modbus_tk`, `umodbus`, `minimalmodbus`, `libmodbus`, `freemodbus`,
// `mbpoll`, `prosys`, `Simulation Server`, `unified automation`, `uaexpert`, `UA Expert`,
// `ua_stack`, `uastack`, `node-opcua`, `UA-.NET`, `Opc.Ua`, `opcfoundation`,
// `ConsoleReferenceServer`, `Quickstarts`, `codesys`, `thingsboard`, `iobroker`, `4diac`,
// `eclipse 4diac`, `forte`, `T#`, `libplctag`, `thread(1) tag(`, `tag(0)`, `thread(`, `sparkplug`,
// `tahu`, `ctrlx`, `beremiz`, `pvbrowser`, `wincc`, `tia portal`, `thingworx`, `citect`,
// `syslog.dat`, `indusoft`, `wonderware`, `ifix`, `opendnp3`, `dnp3`, `ms(1`, `ms(17`, `ms(`,
// `opendatacon`, `iec104`, `iec 60870`, `60870`, `lib60870`, `61850`, `iec61850`, `libiec61850`,
// `gridprotection`, `openxda`, `openhistorian`, `bacnet`, `bacstack`, `cpppo`, `MainThread enip`,
// `MainThread`, `NORMAL  `, `NORMAL   `, `EtherNet/IP`, `enip`, `ethernetip`, `OpENer`, `pycomm`,
// `pyads`, `ads router`, `TwinCAT`, `beckhoff`, `python-snap7`, `ethercat`, `soem`, `profinet`,
// `p-net`, `canopen`, `canfestival`, `openmuc`, `openscada`, `oscada`, `pyscada`, `kapua`,
// `streampipes`, `eclipse neoscada`, `basyx`, `hono`, `magistrala`, `mainflux`, `openremote`,
// `hivemq`, `epics`, `iocLogServer`, `caRepeater`, `tango`, `historian`, `influx`, `telegraf`,
// `fledge`, `conpot`, `labshock`, `cc-mek`, `MQTT.fx`, `openhab`, `linuxcnc`, `klipper`,
// `octoprint`, `marlin`, `grbl`). None of opendnp3, libplctag, cpppo, Neuron, Rapid SCADA, FUXA
// or FORTE's console is in any table: `neuron`, `forte` and `4diac` match only other tables' grep
// lists (fresh540 left FORTE out as unconfirmed); `T#`, `ms(`, `thread(`, `MainThread`, `NORMAL  `,
// `manager.c:`, `[NOTICE] [`, `][INF]`, `][ERR]`, `[WAR] ` and `[INF] \t` match other products'
// lines. Left out as measured already: OpenPLC's runtime log, Ignition's wrapper log (with Milo's
// OpcUaServer in it), open62541's stdout, asyncua, Kepware's event log, Node-RED's console and
// journal, pymodbus, mbusd, Eclipse Kura, ThingsBoard, EdgeX, Fledge, CODESYS, WinCC OA, snap7,
// Niagara, PI, PLCnext, the netX KNX OPC server, EPICS, Tango, HiveMQ, openHAB and ioBroker. Left
// out as not confirmed by any search or not a shape of its own: Scada-LTS's log4j2 layout, Citect's
// syslog.dat (its fields are documented, not a line), Prosys's simulation server, node-opcua, the
// OPC Foundation's .NET reference server, Eclipse Milo on its own (a plain logback layout) and
// FUXA's fuxa.log file (a plain winston `ISO [info] msg` line). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). opendnp3's `ms(…)` is epoch milliseconds and FORTE's `T#…` epoch
// nanoseconds, both UTC by nature; cpppo's month-day date has no year and is in 2026; libplctag's,
// Neuron's and both Rapid SCADAs' stamps have no zone and are taken as UTC; FUXA's ends in Z. Levels
// only where the line marks one, mapped by rank: opendnp3's padded flag (INFO WARN ERROR), but its
// protocol arrows (`<-LL--`) mark a trace category, no severity; libplctag's DETAIL is its level
// below INFO (Debug); cpppo's NORMAL is INFO+5, below WARNING (Notice); Neuron's bracketed words;
// Rapid SCADA's types INF, ACT (an action, ranked between INF and WARN: Notice), WARN, ERR and EXC
// (Error); FUXA's `[INF]`, `[DBG]`, `[WAR]`, `[ERR]`; FORTE's INFO WARNING ERROR. The host is the
// record's host field: only Rapid SCADA's computer name (Environment.MachineName) in the first
// bracket; opendnp3's logger ids, libplctag's thread and tag ids, cpppo's thread names, Neuron's
// module bracket, FUXA's device names and every peer address are no hosts. A record that spans
// lines is one entry: cpppo's CIP error with its byte dump and caret line, Rapid SCADA's ERR and
// EXC with the exception under them. Rapid SCADA 6's divider line is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); no layout rests on
// memory but the module bracket of one Neuron line, which the source says. Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3a5e29b before any rule for it: level 75.6 %, time 75.0 %, host 75.0 %, records 100.0 %.
// That is the macro figure (micro: level 76.9 %, time 76.9 %, host 76.9 %, records 100.0 %), in a
// worktree at 3a5e29b with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (Neuron and FUXA); the gaps are opendnp3's `ms(…)` epoch milliseconds and
// FORTE's `T#` epoch nanoseconds, which trawl does not read as times, libplctag's DETAIL and cpppo's
// NORMAL, which it does not read as levels, and both Rapid SCADA logs, whose ACT (and EXC) types it
// does not read as levels and whose computer name it does not read as the host.

var fresh656Cases = []worldCase{
	{
		name:   "opendnp3-console-logger-ms-epoch",
		source: "opendnp3's asiodnp3::ConsoleLogger on stdout (`ms(<epoch milliseconds>) FLAG id - message`, the flag from LogFlagToString padded to seven: `INFO   `, `WARN   `, `ERROR  `, `DEBUG  `, `EVENT  `, and the protocol arrows `<-LL-- `, `--AL-> `): dnp3/opendnp3 cpp/libs/src/asiodnp3/ConsoleLogger.cpp and cpp/libs/src/opendnp3/LogLevels.cpp; a pasted log in dnp3/opendnp3 issue #344",
		why:    "the only time is epoch milliseconds inside ms(…); the padded flag is the level, but a link-layer arrow `<-LL--` marks a protocol trace, no severity; `server` and `outstation` are logger ids, no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "ms(1795938076123) INFO    server - Listening on: 0.0.0.0:20000"),
			we("2026-11-29T07:41:16.13Z", Info, "", "ms(1795938076130) INFO    server - Accepted connection from: 10.40.2.17"),
			we("2026-11-29T07:41:17.402Z", Unknown, "", "ms(1795938077402) <-LL--  server - Function: PRI_UNCONFIRMED_USER_DATA Dest: 10 Source: 3 Length: 20"),
			we("2026-11-29T07:41:17.41Z", Warn, "", "ms(1795938077410) WARN    outstation - Ignoring SELECT with unexpected sequence: 6 expected: 5"),
			we("2026-11-29T07:41:21.92Z", Error, "", "ms(1795938081920) ERROR   server - Error writing to socket: Connection reset by peer"),
		},
		gap: "the epoch milliseconds inside `ms(…)` at the start of the line are not read as the time",
	},
	{
		name:   "libplctag-debug-thread-tag",
		source: "libplctag's debug output with debug=3 or 4 in the tag string (`yyyy-MM-dd HH:mm:ss.SSS thread(N) tag(N) LEVEL function:line message`, levels ERROR WARN INFO DETAIL SPEW): libplctag/libplctag issues #225, #434 and #220 (pasted logs), libplctag/libplctag.NET issue #265",
		why:    "a zone-less date and time (UTC by the rules); thread(1) and tag(0) are ids, not a pid or a host; the level word after them, DETAIL being the level below INFO (Debug); `plc_tag_create_ex:838` is a function and a line, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", "2026-11-29 07:41:16.118 thread(1) tag(0) INFO plc_tag_create_ex:838 Starting"),
			we("2026-11-29T07:41:16.121Z", Info, "", "2026-11-29 07:41:16.121 thread(1) tag(0) INFO find_tag_create_func:99 Matched protocol=ab_eip"),
			we("2026-11-29T07:41:16.124Z", Debug, "", "2026-11-29 07:41:16.124 thread(1) tag(0) DETAIL session_find_or_create:254 Creating new session."),
			we("2026-11-29T07:41:21.130Z", Warn, "", "2026-11-29 07:41:21.130 thread(1) tag(0) WARN plc_tag_create_ex:934 Error PLCTAG_ERR_TIMEOUT while trying to create tag!"),
			we("2026-11-29T07:41:21.133Z", Error, "", "2026-11-29 07:41:21.133 thread(2) tag(0) ERROR socket_connect_tcp_check:1160 Error connecting to 10.31.4.20:44818, errno 111!"),
		},
		gap: "the level word DETAIL (libplctag's level below INFO) is not read",
	},
	{
		name:   "cpppo-enip-server-misc-log-cfg",
		source: "cpppo's EtherNet/IP simulator `python -m cpppo.server.enip -v` with cpppo.log_cfg (`%(asctime)s.%(msecs).03d %(threadName)10.10s %(name)-8.8s %(levelname)-8.8s %(funcName)-10.10s %(message)s`, datefmt `%m-%d %H:%M:%S`; its own level NORMAL = INFO+5): pjkundert/cpppo automata.py and misc.py (found with find_string), issues #113, #72 and #37 (pasted logs)",
		why:    "a month-day date without a year (2026); a right-aligned thread name, a logger name and a level cut to eight; NORMAL lies between INFO and WARNING (Notice); a CIP error's byte dump and caret line belong to the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "", "11-29 07:41:16.204 MainThread enip.srv NORMAL   main       Loaded config files: ['cpppo.cfg']"),
			we("2026-11-29T07:41:16.205Z", Notice, "", "11-29 07:41:16.205 MainThread enip.srv NORMAL   main       EtherNet/IP Simulator: ('', 44818)"),
			we("2026-11-29T07:41:22.871Z", Notice, "", "11-29 07:41:22.871   enip_srv enip.srv NORMAL   enip_srv   EtherNet/IP Server enip_51204 begins serving peer ('10.12.0.45', 51204)"),
			we("2026-11-29T07:41:22.893Z", Error, "",
				"11-29 07:41:22.893   enip_srv enip.dev ERROR    request    EtherNet/IP CIP error at 6 total bytes:",
				`b'R\x02 \x06$\x01\n\x0e\x02\x00\x00 \x01\x00\x00 \xa1\x04\x02\x00'`,
				"-----------------^ (byte 6)"),
			we("2026-11-29T07:41:40.517Z", Warn, "", "11-29 07:41:40.517   enip_srv enip.srv WARNING  enip_srv   EtherNet/IP Server enip_51204 peer ('10.12.0.45', 51204) idle for 15.0s; closing"),
		},
		gap: "cpppo's own level word NORMAL (between INFO and WARNING) is not read",
	},
	{
		name:   "emqx-neuron-zlog-colon-millis",
		source: "EMQX Neuron 2.x's zlog file and console (`yyyy-MM-dd HH:mm:ss:SSS [LEVEL] [module] file.c:line message`, the milliseconds after a colon; levels DEBUG INFO NOTICE WARN ERROR): emqx/neuron issue #2521 (pasted log), the older shape without milliseconds or module in issue #1518; a driver node's name in the module bracket from memory",
		why:    "milliseconds after a third colon; a zone-less time (UTC); the bracketed level; `[neuron]` and a node name are modules, no host; `main.c:74` is a file and line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402Z", Notice, "", "2026-11-29 07:41:16:402 [NOTICE] [neuron] main.c:74 neuron start, daemon: 0, version: 2.11.2 (5f0c1d7 2026-11-12)"),
			we("2026-11-29T07:41:16.415Z", Notice, "", "2026-11-29 07:41:16:415 [NOTICE] [neuron] plugin_manager.c:169 add plugin, name: Modbus TCP, library: libplugin-modbus-tcp.so, kind: 1, type: 1"),
			we("2026-11-29T07:41:16.688Z", Info, "", "2026-11-29 07:41:16:688 [INFO] [neuron] http_handler.c:86 http add handler, method: GET, url: /api/v2/node, ret: 0"),
			we("2026-11-29T07:41:17.020Z", Debug, "", "2026-11-29 07:41:17:020 [DEBUG] [neuron] manager.c:251 forward trans data to pipe: 2210394117"),
			we("2026-11-29T07:41:19.731Z", Warn, "", "2026-11-29 07:41:19:731 [WARN] [press-line3] conn.c:512 connect 10.20.0.31:502 error: Connection refused(111)"),
			we("2026-11-29T07:41:20.007Z", Error, "", "2026-11-29 07:41:20:007 [ERROR] [neuron] persist.c:210 query INSERT INTO tags VALUES (?, ?) fail: database is locked"),
		},
	},
	{
		name:   "rapid-scada-6-log-file",
		source: "Rapid SCADA 6's ScadaServer.log and ScadaComm.log in the full format (`yyyy-MM-dd HH:mm:ss [Computer][User][TYPE] text`, types INF ACT WARN ERR EXC, an exception's text on the lines under its message, an 80-dash divider on start): RapidScada/scada-v6 ScadaCommon/ScadaCommon.Log/LogFile.cs",
		why:    "a zone-less local time (UTC by the rules); the first bracket is Environment.MachineName, the record's host, the second the user; ACT (an action, ranked between INF and WARN) is Notice; the exception lines belong to the ERR above them; the divider is fed but not scored",
		entries: []worldEntry{
			wskip("--------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Notice, "SCADA-SRV01", "2026-11-29 07:41:16 [SCADA-SRV01][scada][ACT] Server is started"),
			we("2026-11-29T07:41:16Z", Info, "SCADA-SRV01", "2026-11-29 07:41:16 [SCADA-SRV01][scada][INF] Server version 6.4.2.0"),
			we("2026-11-29T07:41:17Z", Notice, "SCADA-SRV01", "2026-11-29 07:41:17 [SCADA-SRV01][scada][ACT] Client 10.20.0.44 connected"),
			we("2026-11-29T07:41:25Z", Warn, "SCADA-SRV01", "2026-11-29 07:41:25 [SCADA-SRV01][scada][WARN] Archive \"Min\" is not ready to write data"),
			we("2026-11-29T07:41:31Z", Error, "SCADA-SRV01",
				"2026-11-29 07:41:31 [SCADA-SRV01][scada][ERR] Error connecting to the database:",
				"Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.20.0.5:5432",
				" ---> System.Net.Sockets.SocketException (111): Connection refused",
				"   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)"),
		},
		gap: "the message type ACT in the third bracket is not read as a level, and the computer name in the first bracket after the time is not read as the host",
	},
	{
		name:   "rapid-scada-5-angle-bracket-log",
		source: "Rapid SCADA 5's ScadaWeb.log and ScadaServerSvc.log (`yyyy-MM-dd HH:mm:ss <Computer><User><TYPE> text`, types ACT ERR EXC, an exception's text on the lines under it): RapidScada/scada issue #69 (a pasted ScadaWeb.log)",
		why:    "the computer, the user (an IIS app pool identity with a blank and dots) and the type in angle brackets; the computer is the record's host; ACT is Notice, ERR and EXC are Error; the exception and its `at` line belong to the EXC above them",
		entries: []worldEntry{
			we("2026-11-29T07:52:40Z", Notice, "HMI-PC07", `2026-11-29 07:52:40 <HMI-PC07><.NET v4.5><ACT> Connect to SCADA-Server "localhost"`),
			we("2026-11-29T07:52:45Z", Error, "HMI-PC07",
				"2026-11-29 07:52:45 <HMI-PC07><.NET v4.5><EXC> Error refreshing the tables of the configuration database:",
				"Scada.ScadaException: Unable to receive the configuration database modification time.",
				"   at Scada.Client.DataCache.RefreshBaseTables()"),
			we("2026-11-29T07:52:45Z", Notice, "HMI-PC07", "2026-11-29 07:52:45 <HMI-PC07><.NET v4.5><ACT> Disconnect from SCADA-Server"),
			we("2026-11-29T07:52:46Z", Error, "HMI-PC07", "2026-11-29 07:52:46 <HMI-PC07><.NET v4.5><ERR> Unsuccessful login attempt: operator2 - Server is unavailable. IP address: 10.20.0.61"),
		},
		gap: "the message types ACT and EXC in angle brackets are not read as levels, and the computer name in the first angle bracket after the time is not read as the host",
	},
	{
		name:   "fuxa-server-console-ansi-tab",
		source: "FUXA's server console under Docker (`docker logs`), its runtime/logger.js: `new Date().toISOString() + ' [INF] ' + \"\\t\" + text`, with `[DBG]  ` in cyan, `[WAR] ` in yellow and `[ERR] ` in red wrapped in ANSI colour codes: frangoteam/FUXA server/runtime/logger.js",
		why:    "an ISO time in Z after an ANSI colour code; a three-letter level in brackets, then a tab; `[WAR]` is a warning",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120Z", Info, "", "2026-11-29T07:41:16.120Z [INF] \tFUXA server v1.2.8 starting"),
			we("2026-11-29T07:41:16.389Z", Info, "", "2026-11-29T07:41:16.389Z [INF] \tWebServer is running on port 1881"),
			we("2026-11-29T07:41:17.004Z", Debug, "", "\x1b[36m2026-11-29T07:41:17.004Z [DBG]  \t'press-plc' try to connect 10.20.0.31:502\x1b[39m"),
			we("2026-11-29T07:41:19.511Z", Warn, "", "\x1b[33m2026-11-29T07:41:19.511Z [WAR] \t'press-plc' tag Pressure_Setpoint not found in device\x1b[39m"),
			we("2026-11-29T07:41:22.018Z", Error, "", "\x1b[31m2026-11-29T07:41:22.018Z [ERR] \t'press-plc' connect failed! Port Not Open\x1b[0m"),
		},
	},
	{
		name:   "4diac-forte-devlog-epoch-nanos",
		source: "Eclipse 4diac FORTE's console (devlog.cpp printLogMessage: `LEVEL: ` then getRealtimeString, `T#` and the real-time clock's nanoseconds since the epoch from plainTimeString.cpp, then `: ` and the message; levels INFO WARNING ERROR DEBUG TRACE, ERROR on stderr): eclipse-4diac/4diac-forte src/arch/devlog.cpp and src/arch/plainTimeString.cpp; the line shape pasted in a KasperskyOS example found with find_string (`INFO: T#…: FORTE is up and running`)",
		why:    "the level first, then an IEC 61131 `T#` literal holding epoch nanoseconds; no host",
		entries: []worldEntry{
			we("2026-11-29T07:52:40.118204511Z", Info, "", "INFO: T#1795938760118204511: FORTE is up and running"),
			we("2026-11-29T07:52:40.118390127Z", Info, "", "INFO: T#1795938760118390127: Using provided bootfile location set in CMake: forte.fboot"),
			we("2026-11-29T07:52:42.402113906Z", Warn, "", "WARNING: T#1795938762402113906: Event queue full, dropping event for FB SPEED_PID"),
			we("2026-11-29T07:52:45.007731245Z", Error, "", "ERROR: T#1795938765007731245: Could not open the listening socket on port 61499"),
		},
		gap: "the `T#` literal of epoch nanoseconds after the level is not read as the time",
	},
}

func TestFresh656Formats(t *testing.T) { assertTable(t, fresh656Cases) }

func TestFresh656Score(t *testing.T) {
	checkScore(t, "fresh656 formats", fresh656Cases, [worldNumFields]float64{75.5, 74.9, 74.9, 99.9})
}
