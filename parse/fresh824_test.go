package parse

import "testing"

// The eight-hundred-and-twenty-fourth fresh table: automotive and vehicle telematics, the logs of
// the tools people run in and around their cars. Each family is one product's own output:
// TeslaUSB's archiveloop.log (date(1)'s default output with a zone abbreviation before a colon);
// TeslaUSB's headless setup log (the same date with a US zone and ` : `); TeslaLogger's nohup.out
// (a de-DE day-first date and ` : ` before the car thread's tag); RISE V2G's EV communication
// controller (log4j2 `%d{ISO8601} %level [%t] %c: %m%n`); pyPLC in PevMode under journald (an
// uptime in milliseconds in brackets after the syslog header, a decoded message printed as
// pretty JSON one journal line at a time); the ELM327-emulator's debug log (Python's
// `asctime - name - levelname - message` with the emulator's `CMD> ` prompt glued before the first
// line); a CSS Electronics CLX000 CAN logger's text file (a `#` header, a column line, then
// `;`-separated rows whose first field is a compact YYYYMMDDThhmmsskkk time); Tesla's Fleet
// Telemetry server writing connectivity events to stdout as JSON with a CreatedAt in epoch seconds.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `candump`, `can0`, `vcan`, `teslamate`, `openpilot`, `traccar`,
// `dlt`, `DLT viewer`, `ECU1`, `obd`, `elm327`, `savvycan`, `cantools`, `ovms`, `open vehicle`,
// `python-obd`, `pyobd`, `can-utils`, `cangen`, `socketcan`, `teslafi`, `tesla`, `flespi`,
// `wialon`, `gpsd`, `navit`, `autoware`, `ros2`, `apollo`, `carla`, `cereal`, `evcc`, `OCPP`,
// `everest`, `SteVe`, `iso15118`, `RiseV2G`, `J1939`, `canopen`, `BusMaster`, `kvaser`, `pcan`,
// `cangaroo`, `ICSim`, `caringcaribou`, `jt808`, `teltonika`, `Codec 8`, `osmand`, `opengts`,
// `vehicle`, `automotive grade`, `vsomeip`, `someip`, `commonapi`, `autosar`, `ara::log`,
// `carplay`, `AAOS`, `carservice`, `VHAL`, `doip`, `isotp`, `udsoncan`, `python-can`, `OpenXC`,
// `obdlink`, `realdash`, `ArduPilot`, `px4`, `mavlink`, `teslausb`, `archiveloop`, `teslalogger`,
// `fleet-telemetry`, `vehicle-command`, `tesla-control`, `Torque Pro`, `GPS Time`, `trackLog`,
// `CLX000`, `CL2000`, `CANedge`, `mdf2csv`, `wican`, `meatpi`, `afb-daemon`, `afb-binder`,
// `pyPLC`, `OpenV2G`, `swaglog`, `cloudlog`, `ddt4all`, `cannelloni`, `socketcand`, `slcand`,
// `elm327-emulator`, `obdgpslogger`, `freediag`, `CanKing`, `canlib`, `Traccar Client`,
// `tracker-server`, `FMB`, `Navixy`, `gpsgate`, `OpenDBC`, `cabana`, `scantool`, `pyren`,
// `evnotify`, `dlt-convert`, `crtd`, `CONNMGR`, `cllog`, `CMD> `, ` - root - `, `][I][`. Left out
// as measured already: candump in its five forms, cantools, canbusload, python-can, SavvyCAN's
// GVRET CSV, BUSMASTER, PCAN-View TRC, Vector ASC, COVESA's dlt-daemon and dlt-receive, vsomeip,
// KUKSA, udsoncan, python-OBD, PCM Hammer's ELM327 log, OVMS's module log file, TeslaMate,
// Traccar's tracker-server.log, OpenGTS, evcc, EVerest, josev, SteVe, MicroOcpp, the Android
// Automotive dumps, Apollo's Cyber RT, Autoware, CARLA, Teltonika's RutOS, openpilot's swaglog. Left
// out though looked at: Torque Pro's trackLog.csv (no stored source confirmed its columns), the
// Kvaser and open-plc-utils consoles and freediag's debug log (no time on their lines). The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). TeslaUSB's archiveloop writes CET (+01:00) and its setup log PST (-08:00),
// converted (the PST lines fall on 2026-11-28 local); pyPLC's journal lines carry no year (2026);
// TeslaLogger's, RISE V2G's, the emulator's and the CLX000's times carry no zone and are taken as
// UTC; Fleet Telemetry's CreatedAt is epoch seconds. The bracketed milliseconds after pyPLC's
// header are an uptime, not a time. Levels only where the line marks one: RISE V2G's %level and
// the emulator's levelname (WARNING is Warn); TeslaUSB, TeslaLogger, pyPLC through journald, the
// CLX000 rows and Fleet Telemetry's events mark none (an `error` or `DISCONNECTED` in a message is
// no level). The host is the record's host field: only pyPLC's journal lines carry one (the
// Raspberry Pi's name after the date); a VIN, a car's thread tag, a CAN id, an ECU address or an
// archive server's address is no host. Records: TeslaLogger's exception text and RISE V2G's stack
// trace belong to the line before them; each journal line of pyPLC's pretty JSON is a record of
// its own (journald stamped each one); the CLX000 header and column line are fed but not scored.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part the source
// says "from memory". Hosts, ids, VINs, addresses and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit cd08169 before any rule for it: level 87.5 %, time 87.5 %,
// host 87.5 %, records 87.5 %. That is the macro figure (micro: level 88.2 %, time 88.2 %, host
// 88.2 %, records 88.2 %), in a worktree at cd08169 with no change to trawl's code (only this file
// and table_test.go's list), 7 of 8 families fully right; the one gap is the CLX000 CAN logger's
// rows, whose compact YYYYMMDDThhmmsskkk time before a `;` is not read, so every row is joined to
// the header block before it.

var fresh824Cases = []worldCase{
	{
		name:   "teslausb-archiveloop-date-cet",
		source: "marcone/teslausb run/archiveloop (`function log () { echo -n \"$( date ): \" >> \"$LOG_FILE\"; echo \"$1\" >> \"$LOG_FILE\"; }` with LOG_FILE=/mutable/archiveloop.log); pasted logs in marcone/teslausb issues #384 (`Sun 17 May 21:17:43 CEST 2020: Starting archiveloop...`, fsck output behind `| `), #358 and #158",
		why:    "date(1)'s default output (weekday, day, month, time, zone abbreviation, year) then a colon: the year comes after the zone at the end of the stamp; fsck's output lines each carry their own stamp and a `| `; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun 29 Nov 08:41:16 CET 2026: Starting archiveloop at 23.18 seconds uptime..."),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun 29 Nov 08:41:17 CET 2026: taking snapshot of cam disk in /backingfiles/snapshots/snap-000031"),
			we("2026-11-29T07:41:22Z", Unknown, "", "Sun 29 Nov 08:41:22 CET 2026: | fsck.fat 4.2 (2021-01-31)"),
			we("2026-11-29T07:41:22Z", Unknown, "", `Sun 29 Nov 08:41:22 CET 2026: | Long filename fragment "2026-11-28_19" found outside a LFN sequence.`),
			we("2026-11-29T07:42:05Z", Unknown, "", "Sun 29 Nov 08:42:05 CET 2026: Archiving 14 event folder(s) with 412 file(s) starting at Sun 29 Nov 08:42:05 CET 2026"),
		},
	},
	{
		name:   "teslausb-setup-log-pst-space-colon",
		source: "marcone/teslausb's headless setup log as pasted in marcone/teslausb issue #567 (`Mon  7 Dec 00:28:02 PST 2020 : verify-and-configure-archive: Verifying that the archive server … is reachable...`): date(1)'s output with a US zone, then ` : `",
		why:    "a PST stamp whose local date (the 28th) is the day before the UTC one; a space before the colon; the archive server's address in the message is no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sat 28 Nov 23:41:16 PST 2026 : curl -o /root/bin/archive-is-reachable.sh https://raw.githubusercontent.com/marcone/teslausb/main-dev/run/cifs_archive/archive-is-reachable.sh"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sat 28 Nov 23:41:17 PST 2026 : Downloaded /root/bin/archive-is-reachable.sh ..."),
			we("2026-11-29T07:41:25Z", Unknown, "", "Sat 28 Nov 23:41:25 PST 2026 : verify-and-configure-archive: Verifying that the archive server 10.77.4.20 is reachable..."),
			we("2026-11-29T07:41:26Z", Unknown, "", "Sat 28 Nov 23:41:26 PST 2026 : verify-and-configure-archive: The archive server is reachable."),
		},
	},
	{
		name:   "teslalogger-nohup-de-date",
		source: "bassmaster187/TeslaLogger Logfile/Logfile.cs (`DateTime.Now.ToString(ciDeDE) + \" : \" + text`, ciDeDE = de-DE, appended to nohup.out); bassmaster187/TeslaLogger issue #1241 (`13.03.2024 11:51:38 : #1[Car_1:21]: Car: …`); an exception's text logged on the lines after its line from memory",
		why:    "a day-first dd.MM.yyyy HH:mm:ss stamp with no zone and ` : `, then the car thread's tag `#1[Car_1:21]:`; a .NET exception's lines under a line belong to it; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "29.11.2026 07:41:16 : #1[Car_1:21]: Car: MY LR AWD 2025 - 0.152 Wh/km"),
			we("2026-11-29T07:41:16Z", Unknown, "", "29.11.2026 07:41:16 : #1[Car_1:21]: Vehicle Config: car_type:'modely' car_special_type:'base' trim_badging:'74d'"),
			we("2026-11-29T07:41:47Z", Unknown, "", "29.11.2026 07:41:47 : #1[Car_1:21]: state: online"),
			we("2026-11-29T07:52:40Z", Unknown, "",
				"29.11.2026 07:52:40 : #1[Car_1:21]: System.Net.Http.HttpRequestException: Connection refused (fleet-api.prd.eu.vn.cloud.tesla.com:443)",
				"   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
				"   at TeslaLogger.WebHelper.IsOnline(Boolean returnOnUnauthorized)"),
		},
	},
	{
		name:   "rise-v2g-evcc-log4j2-iso8601",
		source: "SwitchEV/RISE-V2G RISE-V2G-EVCC/src/main/resources/log4j2.xml (PatternLayout `%d{ISO8601} %level [%t] %c: %m%n` on the console, root level debug); the simple class names as logger names and the stack trace after an error from memory",
		why:    "log4j2's ISO8601 date (a T and a comma before the milliseconds, no zone), the level unpadded, the thread in brackets, the logger name and a colon; a Java stack trace under an ERROR line belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120Z", Info, "", "2026-11-29T07:41:16,120 INFO [main] StartEVCC: Starting EVCC, SECC discovery over UDP on interface eth1"),
			we("2026-11-29T07:41:16.348Z", Debug, "", "2026-11-29T07:41:16,348 DEBUG [main] UDPClient: Message sent: SECCDiscoveryReq security=TLS transport=TCP"),
			we("2026-11-29T07:41:17.002Z", Warn, "", "2026-11-29T07:41:17,002 WARN [main] V2GCommunicationSessionHandlerEVCC: No SECCDiscoveryRes received after 250 ms, retrying (2 of 50)"),
			we("2026-11-29T07:41:19.611Z", Error, "",
				"2026-11-29T07:41:19,611 ERROR [Thread-3] TLSClient: Initialization of TLS client connection failed",
				"javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path to requested target",
				"\tat sun.security.ssl.Alert.createSSLException(Alert.java:131)",
				"\tat com.v2gclarity.risev2g.evcc.transportLayer.TLSClient.initialize(TLSClient.java:117)"),
		},
	},
	{
		name:   "pyplc-pevmode-journal-uptime-ms",
		source: "uhi22/pyPLC under systemd, read with journalctl: uhi22/pyPLC issue #9 (`Jun 28 08:35:08 rpievse python3.9[2137]: [643247ms] [EVSE] In state WaitForFlexibleRequest, received (21bytes) = …`, the decoded message printed as JSON one journal line per line) and SmartEVSE/SmartEVSE-3 issue #25 (`[1934011640ms] [CONNMGR] 9 0 0 0 0 0 0  --> 5`); the PevMode tag `[PEV]` from memory",
		why:    "a journald short header (year-less, the Pi's name as host) before pyPLC's own uptime in milliseconds in brackets, which is no time; each line of the pretty-printed JSON is its own journal record with its own header; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "pev-rpi4", "Nov 29 07:41:16 pev-rpi4 python3.11[1184]: [912044ms] [CONNMGR] 5 0 0 0 0 0 0  --> 5"),
			we("2026-11-29T07:41:16Z", Unknown, "pev-rpi4", "Nov 29 07:41:16 pev-rpi4 python3.11[1184]: [912051ms] [PEV] from 3 entering 4"),
			we("2026-11-29T07:41:17Z", Unknown, "pev-rpi4", "Nov 29 07:41:17 pev-rpi4 python3.11[1184]: [912630ms] [PEV] In state WaitForSessionSetupResponse, received (29bytes) = 01 FE 80 01 00 00 00 15 80 9A 02 00 40 80 C1 01 41 81 C2 11 E0 00 00 00"),
			we("2026-11-29T07:41:17Z", Unknown, "pev-rpi4", "Nov 29 07:41:17 pev-rpi4 python3.11[1184]: {"),
			we("2026-11-29T07:41:17Z", Unknown, "pev-rpi4", `Nov 29 07:41:17 pev-rpi4 python3.11[1184]: "msgName": "SessionSetupRes",`),
		},
	},
	{
		name:   "elm327-emulator-cmd-prompt-debug",
		source: "Ircama/ELM327-emulator's logging (`%(asctime)s - %(name)s - %(levelname)s - %(message)s`) printed under its `CMD> ` prompt: Ircama/ELM327-emulator issue #23 (`CMD> 2022-01-02 09:29:01,777 - root - DEBUG - Received 'ATZ'`, `… - root - DEBUG - Handling: 'ATZ', header '7E0', ECU '7E0'`); the WARNING on an unknown request from memory of the issue's title",
		why:    "the emulator's prompt `CMD> ` glued before the first line's asctime; ` - ` separated logger name and level; an ECU address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.777Z", Debug, "", "CMD> 2026-11-29 07:41:16,777 - root - DEBUG - Received 'ATZ'"),
			we("2026-11-29T07:41:16.777Z", Debug, "", "2026-11-29 07:41:16,777 - root - DEBUG - Handling: 'ATZ', header '7E0', ECU '7E0'"),
			we("2026-11-29T07:41:17.297Z", Debug, "", `2026-11-29 07:41:17,297 - root - DEBUG - Write: '\r\rELM327 v1.5\r\r>'`),
			we("2026-11-29T07:41:18.042Z", Warn, "", "2026-11-29 07:41:18,042 - root - WARNING - Unknown request: '0160', header=7E0"),
		},
	},
	{
		name:   "css-clx000-can-logger-txt",
		source: "CSS Electronics CLX000 (CL2000) text log as wireshark/wireshark wiretap/cllog.c reads it: `# `-comment header fields `Logger type: `, `HW rev: `, `FW rev: `, `Logger ID: `, `Session No.: `, `Split No.: `, `Time: ` (YYYYMMDDThhmmss), `Value separator: \";\"`, `Time format: `, the time, time-ms, date and date-and-time separators, `Bit-rate: `, `Silent mode: `, `Cyclic mode: `; a column line naming Timestamp, Type, ID, Data; rows whose time is YYYYMMDDhhmmsskkk with the configured separators; that time format 6 writes the whole date and the header's values from memory",
		why:    "a compact date-time with a T and the milliseconds glued to the seconds, in a `;`-separated row with a CAN id and hex data; the header and column lines are fed but not scored; no level, no host",
		gap:    "the row's leading compact time `20261129T074116123` (YYYYMMDDThhmmss with the milliseconds glued on, before a `;`) is not read as a time, so no row starts an entry: every row is joined to the `#` header block before it as a continuation line",
		entries: []worldEntry{
			wskip("# Logger type: CL2000", "# HW rev: 3.0", "# FW rev: 5.81", "# Logger ID: 7A31C0E2", "# Session No.: 14", "# Split No.: 1",
				"# Time: 20261129T074116", `# Value separator: ";"`, "# Time format: 6", `# Time separator: ""`, `# Time separator ms: ""`,
				`# Date separator: ""`, `# Time and date separator: "T"`, "# Bit-rate: 250000", "# Silent mode: true", "# Cyclic mode: false",
				"Timestamp;Type;ID;Data"),
			we("2026-11-29T07:41:16.123Z", Unknown, "", "20261129T074116123;1;0CF00400;F07D7D0000F0FFFF"),
			we("2026-11-29T07:41:16.173Z", Unknown, "", "20261129T074116173;1;18FEF100;F3FF0A0000C000FF"),
			we("2026-11-29T07:41:16.224Z", Unknown, "", "20261129T074116224;0;7E8;0641056C00000000"),
			we("2026-11-29T07:41:17.004Z", Unknown, "", "20261129T074117004;1;18FEEE00;5A4A2F21FFFFFFFF"),
		},
	},
	{
		name:   "tesla-fleet-telemetry-connectivity-stdout",
		source: "teslamotors/fleet-telemetry with connectivity events sent to the logger dispatcher (stdout JSON): teslamotors/fleet-telemetry issue #244 (`{\"ConnectionID\":\"…\",\"CreatedAt\":1732880726,\"Status\":\"CONNECTED\",\"Vin\":\"xxx\"}`), issue #188 and PR #235 (the logger dispatcher serializes records to JSON on stdout)",
		why:    "one JSON object a line whose only time is CreatedAt in epoch seconds; Status DISCONNECTED is no level; the VIN is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `{"ConnectionID":"3f6d1c2e-8a41-4b7e-9c05-d2e1f4a7b903","CreatedAt":1795938076,"Status":"CONNECTED","Vin":"LRWYGCEK7SC000412"}`),
			we("2026-11-29T07:41:17Z", Unknown, "", `{"ConnectionID":"3f6d1c2e-8a41-4b7e-9c05-d2e1f4a7b903","CreatedAt":1795938077,"Status":"DISCONNECTED","Vin":"LRWYGCEK7SC000412"}`),
			we("2026-11-29T07:52:40Z", Unknown, "", `{"ConnectionID":"a90b7e44-1f3c-4d2a-8e6b-5c7d9f0e1a22","CreatedAt":1795938760,"Status":"CONNECTED","Vin":"LRWYGCEK7SC000412"}`),
			we("2026-11-29T07:58:02Z", Unknown, "", `{"ConnectionID":"c15e2f80-6b9d-4a3e-b7f1-0d4c8e2a6b17","CreatedAt":1795939082,"Status":"CONNECTED","Vin":"5YJ3E7EB1PF000977"}`),
		},
	},
}

func TestFresh824Formats(t *testing.T) { assertTable(t, fresh824Cases) }

func TestFresh824Score(t *testing.T) {
	checkScore(t, "fresh824 formats", fresh824Cases, [worldNumFields]float64{87.4, 87.4, 87.4, 87.4})
}
