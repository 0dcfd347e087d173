package parse

import "testing"

// The eight-hundred-and-twenty-fifth fresh table: laboratory information systems and instrument
// interfaces. Each family is one lab product's log as it is really written: senaite.astm's ASTM
// E1394/LIS2-A2 TCP listener with its rotating logfile (Python `%(asctime)s %(levelname)-8s`);
// senaite.serial.cli's LIS1-A serial listener on the console (bare messages, no time, no level);
// PyLabRobot's daily file log while it drives a Hamilton STAR (`asctime - name - levelname -
// message`, a traceback under logger.exception); UniversaLIS, a C# ASTM/LIS2-A2 middleware for
// Siemens IMMULITE and other analyzers, in its daily service log (`DateTime.ToLocalTime()` in the
// US culture, a space and a tab, the text) and on its .NET console (`info:`/`warn:`/`fail:` with
// the category on the first line and the message indented on the next); OpenELIS's ASTM-HTTP
// analyzer bridge (org.itech.ahb) on Spring Boot's console; Agilent OpenLab CDS's instrument
// service log4net file; and a Waters Empower Message Center export (tab-separated, a zone
// abbreviation after the time and the node column).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `senaite`, `bika`, `openspecimen`, `labkey`, `tecan`, `hamilton`,
// `openlab`, `empower`, `astm`, `lis2`, `E1394`, `chromeleon`, `masshunter`, `ENQ`, `cobas`,
// `roche`, `sysmex`, `abbott`, `mindray`, `labvantage`, `starlims`, `opentrons`, `openelis`,
// `openmrs`, `beckman`, `xcalibur`, `skyline`, `labware`, `benchling`, `mirth`, `hl7`, `orthanc`,
// `dcm4che`, `minknow`, `nanopore`, `illumina`, `sila`, `elabftw`, `openbis`, `pylabrobot`,
// `pyhamilton`, `baobab`, `python-astm`, `labcollector`, `sampledb`, `lims`, `evoware`,
// `fluentcontrol`, `venus`, `mzmine`, `msconvert`, `maxquant`, `LabVIEW`, `micro-manager`,
// `omero`, `qupath`, `labguru`, `chemotion`, `SciNote`, `vworks`, `analyzer harness`,
// `itech.ahb`, `senaite.serial`, `serial.cli`, `senaite.astm`, `astm.server`, `STAR - DEBUG`,
// `C0QM`, `universalis`. SENAITE's Zope instance log, LabKey's labkey.log, OpenSpecimen's log4j
// file, the Opentrons robot journal and Hamilton VENUS's trace are measured already (fresh107,
// fresh622 and others), so they were left out; `astm` and `ENQ` match only unrelated words and
// grep lists, `universalis` only a game's name in a grep list, `openelis` only grep lists and
// HL7 bridges, none of the eight families here.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Every dated line carries its year; times without a zone (senaite.astm,
// PyLabRobot, UniversaLIS's local time, OpenLab's log4net) are taken as UTC; the OpenELIS bridge
// writes +02:00 and Empower EST (-05:00), converted; UniversaLIS's `7:41:16 AM` is a 12-hour clock.
// senaite.serial.cli's console and UniversaLIS's console carry no time, so their records have none.
// Levels only where the line marks one: senaite.astm's, PyLabRobot's and OpenLab's level words,
// the .NET console's four-letter prefix (info, warn, fail = Error), Spring Boot's level column;
// senaite.serial.cli, UniversaLIS's service log and the Empower export carry none (a message
// saying "Timeout" or "Error" is no level). The host is the record's host field: only Empower's
// Node column is one; the analyzers' addresses and ports in the messages are peers. Records:
// PyLabRobot's traceback, the .NET console's two-line records and a Spring stack trace are each
// one entry.
//
// The shapes come from the sources each case names, found with the search tool (corpora "code",
// "pages", "issues"); where a search did not confirm a layout the source says "from memory"
// (Spring Boot's default console pattern, the .NET simple console formatter, OpenLab's log4net
// pattern, the Empower export's columns). Hosts, ids, addresses, users and messages are invented,
// and every time is in late November 2026. The expectations were decided from the format before
// the table was first run, and none was changed after it; a family trawl still gets wrong carries
// a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit cd08169 before any rule for it: level 96.9 %, time 100.0 %,
// host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 97.0 %, time 100.0 %, host 90.9 %, records 100.0 %), in a
// worktree at cd08169 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps: senaite.serial.cli's bare message that begins with `Error:` is
// read as an error level though the handler writes none, and Empower's Node column after the time
// and the user is not read as the host.

var fresh825Cases = []worldCase{
	{
		name:   "senaite-astm-server-rotating-logfile",
		source: "senaite/senaite.astm src/senaite/astm/cli/_runtime.py configure_logging (RotatingFileHandler with `logging.Formatter(\"%(asctime)s %(levelname)-8s %(message)s\")`) and src/senaite/astm/protocol.py (`Connection from {}`, `-> Data received: {!r}`, `Error occurred on message handling. {!r}`), _runtime.py (`Received %s, initiating graceful shutdown`, `Cancelling %d task(s) …`)",
		why:    "Python's default asctime with a comma before the milliseconds, then the level word padded to eight columns; the analyzer's address in the message is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482Z", Debug, "", `2026-11-29 07:41:16,482 DEBUG    Connection from ('10.20.4.31', 50412)`),
			we("2026-11-29T07:41:16.519Z", Debug, "", `2026-11-29 07:41:16,519 DEBUG    -> Data received: b'\x05'`),
			we("2026-11-29T07:41:17.004Z", Error, "", `2026-11-29 07:41:17,004 ERROR    Error occurred on message handling. NotAccepted("Checksum failure: expected b'7C', calculated b'3A'")`),
			we("2026-11-29T07:41:30.998Z", Info, "", `2026-11-29 07:41:30,998 INFO     Received SIGTERM, initiating graceful shutdown`),
			we("2026-11-29T07:41:31.211Z", Warn, "", `2026-11-29 07:41:31,211 WARNING  Cancelling 1 task(s) that did not finish within the 30s grace period`),
		},
	},
	{
		name:   "senaite-serial-cli-console-bare",
		source: "senaite/senaite.serial.cli src/senaite/serial/cli/app.py (`logger.addHandler(logging.StreamHandler())` with no formatter, so `%(message)s`; `print(\"Listening on port {}, press Ctrl+c to exit.\")`, `logger.warn(\"Timeout\")`); the other messages from memory",
		why:    "a LIS1-A serial listener's console: bare messages with no time and no level, one record a line; the word Timeout or Error in a message is no level",
		gap:    "a bare `%(message)s` line that begins with the message word `Error:` is read as level error, though this StreamHandler writes no level; the line carries only the logged text",
		entries: []worldEntry{
			we("", Unknown, "", "Listening on port /dev/ttyUSB0, press Ctrl+c to exit."),
			we("", Unknown, "", "Timeout"),
			we("", Unknown, "", "Error: cannot reach SENAITE at https://lims.lab-nord.example/senaite (attempt 2 of 3)"),
			we("", Unknown, "", "Message H|\\^&|||XP-300^00-19^AB412||||||||E1394-97 sent to SENAITE"),
		},
	},
	{
		name:   "pylabrobot-star-daily-file-log",
		source: "PyLabRobot pylabrobot/__init__.py (FileHandler `pylabrobot-{YYYYmmdd}.log` with `logging.Formatter(\"%(asctime)s - %(name)s - %(levelname)s - %(message)s\")`); the STAR firmware command strings from memory",
		why:    "asctime, then the dotted logger name and the level word between ` - ` separators; a logger.exception traceback belongs to its record",
		entries: []worldEntry{
			we("2026-11-29T07:52:03.114Z", Info, "", "2026-11-29 07:52:03,114 - pylabrobot.liquid_handling.backends.hamilton.STAR - INFO - Connected to Hamilton STAR, firmware 7.6S 35 2026-03-11"),
			we("2026-11-29T07:52:03.220Z", Debug, "", "2026-11-29 07:52:03,220 - pylabrobot.liquid_handling.backends.hamilton.STAR - DEBUG - Sent command: C0RFid0003"),
			we("2026-11-29T07:52:41.507Z", Warn, "", "2026-11-29 07:52:41,507 - pylabrobot.liquid_handling.liquid_handler - WARNING - Tip rack tips_01 has 3 tips left"),
			we("2026-11-29T07:53:02.880Z", Error, "", "2026-11-29 07:53:02,880 - pylabrobot.liquid_handling.liquid_handler - ERROR - aspirate failed",
				"Traceback (most recent call last):",
				`  File "/opt/lab/run_plate.py", line 48, in transfer`,
				"    await lh.aspirate(plate[\"A1:H1\"], vols=[50] * 8)",
				"pylabrobot.liquid_handling.errors.ChannelizedError: {0: TooLittleLiquidError('Liquid level not found'), 3: TooLittleLiquidError('Liquid level not found')}"),
		},
	},
	{
		name:   "universalis-service-log-local-time-tab",
		source: "roy-harmon/UniversaLIS UniversaLIS/UniversaLIService.cs AppendToLog (`$\"{date.ToLocalTime()} \\t{txt}\\r\\n\"` into `Service_Logs\\Log_{Y}-{M}-{D}.txt`, `Service stopping.`); DateTime's en-US general format `M/d/yyyy h:mm:ss tt` from memory; the other messages invented",
		why:    "a US month-first date with a 12-hour clock and AM, a space and a tab, then the text: no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/2026 7:41:16 AM \tIMMULITE port COM3 opened at 9600 baud."),
			we("2026-11-29T07:41:58Z", Unknown, "", "11/29/2026 7:41:58 AM \tTCP port 5021 listening for IMMULITE-2000 (analyzer 172.16.8.40)."),
			we("2026-11-29T07:43:05Z", Unknown, "", "11/29/2026 7:43:05 AM \tReceived message from COM3: 1H|\\^&||PSWD|Immulite|||||LIS_ID||P|1|20261129074305"),
			we("2026-11-29T10:02:44Z", Unknown, "", "11/29/2026 10:02:44 AM \tService stopping."),
		},
	},
	{
		name:   "universalis-dotnet-console-two-line",
		source: "roy-harmon/UniversaLIS UniversaLIS/UniversaLIService.cs (a BackgroundService logging through ILogger<UniversaLIService>, `EventLogger.LogError(ex.Source + \" - Error: \" + ex.Message + \"\\n\" + ex.TargetSite + \"\\n\" + ex.StackTrace)`, `Console.WriteLine($\"{count} port(s) active.\")`); the .NET simple console formatter (`info: Category[0]` then the message indented six spaces) from memory",
		why:    "no time at all; a four-letter level prefix and the category with its event id on the first line, the message indented on the next; an error's target site and stack trace stay in its record; Console.WriteLine's bare line is a record of its own",
		entries: []worldEntry{
			we("", Info, "", "info: Microsoft.Hosting.Lifetime[0]", "      Application started. Press Ctrl+C to shut down."),
			we("", Info, "", "info: Microsoft.Hosting.Lifetime[0]", "      Hosting environment: Production"),
			we("", Unknown, "", "2 port(s) active."),
			we("", Warn, "", "warn: UniversaLIS.UniversaLIService[0]", "      Checksum mismatch on frame 3 from TCP 5021, sending NAK."),
			we("", Error, "", "fail: UniversaLIS.UniversaLIService[0]",
				"      System.IO.Ports - Error: Access to the port 'COM4' is denied.",
				"      Void Open()",
				"         at System.IO.Ports.SerialStream..ctor(String portName, Int32 baudRate, Parity parity, Int32 dataBits, StopBits stopBits)",
				"         at UniversaLIS.CommPort..ctor(Serial serialSettings, CommFacilitator facilitator)"),
		},
	},
	{
		name:   "openelis-astm-http-bridge-spring-boot",
		source: "OpenELIS's ASTM-HTTP analyzer bridge, package org.itech.ahb.lib.astm.servlet (its ASTM servlet and communication classes found with the code search); Spring Boot 3's default console pattern `%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX}  %5p ${PID} --- [%t] %-40.40logger{39} : %m` from memory",
		why:    "an ISO time with a +02:00 offset, the level right-aligned in five columns, the pid and `---`, the thread in brackets and an abbreviated logger before ` : `; a stack trace belongs to its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T09:41:16.204+02:00  INFO 1 --- [           main] o.i.ahb.AstmHttpBridgeApplication        : Started AstmHttpBridgeApplication in 5.118 seconds (process running for 5.9)"),
			we("2026-11-29T07:41:40.017Z", Debug, "", "2026-11-29T09:41:40.017+02:00 DEBUG 1 --- [astm-listener-2] o.i.a.l.a.s.DefaultASTMServlet           : ENQ received from /10.31.2.18:40122, sending ACK"),
			we("2026-11-29T07:41:55.630Z", Warn, "", "2026-11-29T09:41:55.630+02:00  WARN 1 --- [astm-listener-2] o.i.a.l.a.s.DefaultASTMServlet           : frame 4 checksum mismatch (expected 5E, got 61), sending NAK"),
			we("2026-11-29T07:42:10.411Z", Error, "", "2026-11-29T09:42:10.411+02:00 ERROR 1 --- [   forwarder-1] o.i.ahb.forward.HttpForwardingService    : could not forward message to https://openelis.clinic-kgl.example/api/analyzer/astm",
				"java.net.ConnectException: Connection refused",
				"\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
				"\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:549)",
				"\t... 14 common frames omitted"),
		},
	},
	{
		name:   "agilent-openlab-instrument-service-log4net",
		source: "Agilent OpenLab CDS instrument controller service log under ProgramData (log4net `%date [%thread] %-5level %logger - %message%newline`); from memory, no search confirmed it (the search found Agilent's VWorks log help pages only)",
		why:    "log4net's default-like layout: a comma before the milliseconds, the managed thread id in brackets, the level padded to five, the dotted logger, ` - `",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.301Z", Info, "", "2026-11-29 07:41:16,301 [14] INFO  Agilent.OpenLab.Acquisition.InstrumentService - Instrument 'LC-1290-03' state changed: Idle -> PreRun"),
			we("2026-11-29T07:41:19.044Z", Debug, "", "2026-11-29 07:41:19,044 [22] DEBUG Agilent.OpenLab.Drivers.LC.PumpModule - G7120A DEAGB01234: flow ramp 0.000 -> 0.400 mL/min"),
			we("2026-11-29T07:44:52.778Z", Warn, "", "2026-11-29 07:44:52,778 [22] WARN  Agilent.OpenLab.Drivers.LC.PumpModule - Pressure ripple 2.1 % above limit 1.5 %"),
			we("2026-11-29T07:45:03.910Z", Error, "", "2026-11-29 07:45:03,910 [14] ERROR Agilent.OpenLab.Acquisition.InstrumentService - Run 'SEQ-2026-11-29-004 inj 7' aborted: module G7129A not ready (leak sensor)"),
		},
	},
	{
		name:   "waters-empower-message-center-export",
		source: "Waters Empower Message Center exported to a tab-separated text file (Date/Time with the zone abbreviation, User, Node, Source, Message); from memory, no search confirmed it",
		why:    "a US month-first date with a 12-hour clock and EST, then tab columns: the user, the Empower node (the record's host), the source and the message; no level column",
		gap:    "the Node column (EMPQC-NODE07, the third tab field after the `M/d/yyyy h:mm:ss AM EST` time and the user) is not read as the host: trawl gives none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "EMPQC-NODE07", "11/29/2026 2:41:16 AM EST\tSystem\tEMPQC-NODE07\tAcquisition Server\tSample set 'Stab_T12_Lot2291' started on system 'Acquity-H-05'"),
			we("2026-11-29T07:58:40Z", Unknown, "EMPQC-NODE07", "11/29/2026 2:58:40 AM EST\tSystem\tEMPQC-NODE07\tAcquity-H-05\tInjection 6 of 24 complete, vial 1:B,3"),
			we("2026-11-29T08:12:03Z", Unknown, "EMPQC-NODE03", "11/29/2026 3:12:03 AM EST\tjmoreau\tEMPQC-NODE03\tProcessing\tResult set 'Stab_T12_Lot2291' signed off (Review)"),
		},
	},
}

func TestFresh825Formats(t *testing.T) { assertTable(t, fresh825Cases) }
func TestFresh825Score(t *testing.T) {
	checkScore(t, "fresh825 formats", fresh825Cases, [worldNumFields]float64{96.8, 99.9, 87.4, 99.9})
}
