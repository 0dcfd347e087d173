package parse

import "testing"

// The seven-hundred-and-thirty-fourth fresh table: warehouse, logistics and barcode/RFID systems
// (label printers' connectors and tools, RFID and NFC readers' clients and libraries, an AGV fleet's
// transport control) as people attach their output to tickets, shapes no earlier table holds. Each
// family is one product's documented or observed output: QZ Tray's log, which web WMS and shipping
// pages use to send ZPL to label printers, in its 2.0/2.1 shape (`[LEVEL] yyyy-MM-dd HH:mm:ss,SSS @
// class:?` with the message on a tab-indented second line) and its 2.2 shape (an ISO time with a T
// and a Java stack under an ERROR); sllurp's LLRP RFID inventory console (`asctime logger: LEVEL:
// msg`, a pretty-printed tag list over following lines); brother_ql's label-printer command line
// (`LEVEL:logger:msg`, no time); libnfc's LIBNFC_LOG_LEVEL=3 debug output (`level<TAB>category<TAB>
// msg` interleaved with the tool's plain lines); nfcpy's tagtool (`[logger] msg`, no level, no
// time); the openTCS kernel's log (`[yyyyMMdd-HH:mm:ss-SSS] LEVEL thread source() : msg`, JUL
// levels, a stack under its record); labelle's DYMO label printer console (`[DEBUG] msg`, a USB
// device description over indented lines).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`openboxes`, `ofbiz`, `opentcs`, `qz tray`, `qz.ws`, `QZ Tray`,
// `qz-tray`, `@ qz.`, `PrintSocketClient`, `sllurp`, `sllurp.llrp`, `llrp`, `impinj`, `speedway`,
// `octane`, `ItemSense`, `fosstrak`, `thingmagic`, `mercury`, `inventree`, `trytond`, `tryton`,
// `dolibarr`, `idempiere`, `adempiere`, `brother_ql`, `brother ql`, `INFO:brother`, `barcode
// buddy`, `barcodebuddy`, `zebra`, `zpl`, `karrio`, `grocy`, `erpnext`, `frappe`, `odoo`,
// `labelary`, `warehouse`, `wms`, `rfid`, `barcode`, `ContainerLoader`, `|I|`, `openwms`,
// `greaterwms`, `snipe`, `partkeepr`, `part-db`, `glabels`, `ptouch`, `bartender`, `nicelabel`,
// `printnode`, `shipstation`, `scanbd`, `zbar`, `shipping`, `label print`, `proxmark`, `[!!]`,
// `[+] UID`, `libnfc`, `libnfc.general`, `libnfc.chip`, `nfc-poll`, `zint`, `Error 881`,
// `Warning 261`, `pcscd`, `mfoc`, `labelle`, `labelle-gui`, `labelle --`, `Found single device`,
// `LabelManager`, `dymo`, `nfcpy`, `[nfc.clf]`, `tagtool`, `Type2Tag`, `ACR122`, `PN532`,
// `kernelExecutor`, `openTCS`, `o.o.s.b`, `DefaultDispatcher`, `20261129-`, `] FINE `, `:? `,
// `saw tag`, `EPC-96`). None of QZ Tray, sllurp, brother_ql, libnfc's own log lines, nfcpy, openTCS
// or labelle is in any table: `opentcs` and `barcode buddy` are only words of fresh683's grep
// list, `libnfc` matches only Android's libnfc_nci in logcat, `labelle` only other words
// (`labelled`), `DefaultDispatcher` only Kotlin coroutine thread names, `20261129-` xrdp's
// `[20261129-07:41:17]` with no milliseconds, `] FINE ` and `:? ` other products' lines. Left out as
// measured already: OpenBoxes, OFBiz, Odoo, Dolibarr, ERPNext, Tryton, iDempiere, InvenTree,
// Grocy, Snipe-IT, gLabels, ptouch-print, scanbd, PrintNode, ShipStation, pcscd. Left out as not
// confirmed by any search: GreaterWMS's server log, an Impinj or Zebra FX reader's own syslog,
// Barcode Buddy's log, zint's command-line errors; left out as not decided by the format:
// Proxmark3's client markers (`[+]` success and `[-]` failed are no level of the rules). The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). QZ Tray's `2026-11-29 07:41:16,509` and `2026-11-29T08:02:30,112`,
// sllurp's `2026-11-29 08:10:15,318` and openTCS's `[20261129-09:12:31-299]` (the milliseconds
// after the last dash) have no zone and are taken as UTC. brother_ql, libnfc, nfcpy and labelle
// print no time, so their records have none. Levels only where the line marks one: QZ Tray's
// bracketed TRACE DEBUG INFO WARN ERROR, sllurp's and brother_ql's Python level names, libnfc's
// lower-case error info debug before the tab, openTCS's JUL FINE (debug) INFO WARNING SEVERE
// (error), labelle's `[DEBUG]`; nfcpy's bracketed logger names and the tools' own plain lines
// (libnfc's `nfc-list uses …` and `nfc-list: ERROR: …`, written by the tool and not by libnfc's
// logger, with no level column) carry none. The host is the record's host field, and none of
// these has one: QZ Tray's client address, sllurp's reader address, libnfc's and nfcpy's device
// paths, openTCS's vehicle names and labelle's USB bus and serial are no hosts. A record that
// spans lines is one entry: QZ Tray's header with its tab-indented message (and a 2.2 stack),
// sllurp's tag list, openTCS's record with its exception, labelle's device description.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory. Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 93.8 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 91.7 %, time 87.5 %, host 100.0 %, records 100.0 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are libnfc's level word, which is no longer read after the
// tool's own untagged line (while the tool's `nfc-list: ERROR:` line is given Error), and
// openTCS's milliseconds after the last dash, which are read as a UTC offset.

var fresh734Cases = []worldCase{
	{
		name:   "qz-tray-2.0-log-two-line",
		source: "QZ Tray 2.0/2.1's log (debug.log in the user's .qz folder and the console; log4j `[LEVEL] yyyy-MM-dd HH:mm:ss,SSS @ class:line`, `:?` in release builds, the message on the next line after a tab): qzind/tray issues #46, #221 and #384",
		why:    "the level in brackets before a zone-less date and time; every record is two lines, the header and the tab-indented message; the client's loopback address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.509Z", Info, "", "[INFO] 2026-11-29 07:41:16,509 @ qz.auth.CRL:?", "\tSuccessfully loaded 3 CRL entries from https://crl.qz.io"),
			we("2026-11-29T07:41:17.102Z", Debug, "", "[DEBUG] 2026-11-29 07:41:17,102 @ qz.ws.SingleInstanceChecker:?", "\tChecking for a running instance of QZ Tray on port 8383"),
			we("2026-11-29T07:41:18.244Z", Info, "", "[INFO] 2026-11-29 07:41:18,244 @ qz.ws.PrintSocketClient:?", "\tConnection opened from /127.0.0.1:53122 on socket port 8181"),
			we("2026-11-29T07:41:19.871Z", Warn, "", "[WARN] 2026-11-29 07:41:19,871 @ qz.ws.PrintSocketClient:?", "\tBad signature on request"),
			we("2026-11-29T07:41:21.004Z", Trace, "", "[TRACE] 2026-11-29 07:41:21,004 @ qz.utils.PrintingUtilities:?", "\tWaiting for processor, 2/4 already in use"),
			we("2026-11-29T07:41:21.390Z", Info, "", "[INFO] 2026-11-29 07:41:21,390 @ qz.printer.action.PrintRaw:?", "\tSent 1 raw job(s) to Zebra ZD421 (dock-3 packing)"),
		},
	},
	{
		name:   "qz-tray-2.2-log-iso-stack",
		source: "QZ Tray 2.2's log (log4j2 `[LEVEL] yyyy-MM-ddTHH:mm:ss,SSS @ class:line`, the message on the next line after a tab, a Java stack with `~[qz-tray.jar:?]` under an ERROR): qzind/tray issue #1322",
		why:    "an ISO date with a T and a comma before the milliseconds, no zone; the exception and its `at` lines belong to the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T08:02:30.112Z", Info, "", "[INFO] 2026-11-29T08:02:30,112 @ qz.ws.PrintSocketServer:118", "\tServer started on port(s) 8181, 8182"),
			we("2026-11-29T08:02:31.640Z", Debug, "", "[DEBUG] 2026-11-29T08:02:31,640 @ qz.printer.PrintServiceMatcher:96", "\tFound 4 attached printers"),
			we("2026-11-29T08:02:37.519Z", Error, "",
				"[ERROR] 2026-11-29T08:02:37,519 @ qz.utils.PrintingUtilities:222",
				"\tFailed to print",
				"java.awt.print.PrinterException: javax.print.PrintException: Printer is not accepting job.",
				"\tat java.desktop/sun.print.RasterPrinterJob.spoolToService(Unknown Source) ~[?:?]",
				"\tat qz.printer.action.PrintPixel.printCopies(PrintPixel.java:133) ~[qz-tray.jar:?]",
				"\tat qz.utils.PrintingUtilities.processPrintRequest(PrintingUtilities.java:212) ~[qz-tray.jar:?]",
				"\tat java.base/java.lang.Thread.run(Unknown Source) [?:?]"),
			we("2026-11-29T08:02:41.006Z", Warn, "", "[WARN] 2026-11-29T08:02:41,006 @ qz.ws.PrintSocketClient:104", "\tConnection closed: 1006 - null"),
		},
	},
	{
		name:   "sllurp-inventory-console",
		source: "sllurp's `sllurp inventory` console (Python logging `%(asctime)s %(name)s: %(levelname)s: %(message)s`, the tag list pretty-printed over the following lines): sllurp/sllurp issues #45, #118 and #119",
		why:    "a zone-less date and time with a comma; the level word between colons after the logger name; the reader's address and port are no host; the pretty-printed tag list belongs to the `saw tag(s)` record",
		entries: []worldEntry{
			we("2026-11-29T08:10:15.318Z", Info, "", "2026-11-29 08:10:15,318 sllurp.verb.inventory: INFO: Antenna map: {'10.40.2.31': {'1': 'Antenna 1', '2': 'Antenna 2'}}"),
			we("2026-11-29T08:10:15.319Z", Info, "", "2026-11-29 08:10:15,319 sllurp.llrp: INFO: connecting to 10.40.2.31:5084..."),
			we("2026-11-29T08:10:15.327Z", Debug, "", "2026-11-29 08:10:15,327 sllurp.llrp: DEBUG: state change: STATE_DISCONNECTED -> STATE_CONNECTING"),
			we("2026-11-29T08:10:15.941Z", Info, "",
				"2026-11-29 08:10:15,941 sllurp.verb.inventory: INFO: saw tag(s): [{'AntennaID': (1,),",
				"  'EPC-96': b'3034f8a1c40018b2000004d2',",
				"  'PeakRSSI': (-57,),",
				"  'TagSeenCount': (3,)},",
				" {'AntennaID': (2,),",
				"  'EPC-96': b'3034f8a1c40018b2000004d9',",
				"  'PeakRSSI': (-63,),",
				"  'TagSeenCount': (1,)}]"),
			we("2026-11-29T08:10:16.210Z", Warn, "", "2026-11-29 08:10:16,210 sllurp.llrp: WARNING: reader did not confirm DELETE_ROSPEC, retrying"),
			we("2026-11-29T08:10:16.734Z", Info, "", "2026-11-29 08:10:16,734 sllurp.llrp: INFO: stopping politely"),
		},
	},
	{
		name:   "brother-ql-cli-python-logging",
		source: "brother_ql's command line (`brother_ql print`, `brother_ql_print`) with Python's default logging `LEVEL:logger:message`, no time: pklaus/brother_ql issues #6 and #125, matmair/brother_ql-inventree issue #34",
		why:    "the level word first, then the logger, joined by colons; no time at all; the printer's USB identifier is no host",
		entries: []worldEntry{
			we("", Info, "", "INFO:brother_ql.backends.helpers:No backend stated. Selecting the default linux_kernel backend."),
			we("", Debug, "", "DEBUG:brother_ql.raster:raster_image_size: 696x271"),
			we("", Info, "", "INFO:brother_ql.backends.helpers:Sending instructions to the printer. Total: 24811 bytes."),
			we("", Debug, "", "DEBUG:brother_ql.backends.generic:Writing 24811 bytes."),
			we("", Error, "", "ERROR:brother_ql.reader:Error: Media cannot be fed"),
			we("", Warn, "", "WARNING:brother_ql.backends.helpers:Printing potentially not successful?"),
		},
	},
	{
		name:   "libnfc-log-level-debug",
		gap:    "the tool's `nfc-list: ERROR:` line, which carries no level column, is given Error (the lower-case level word before the tab is read past the tool's own untagged lines since the rule for them)",
		source: "libnfc's tools run with LIBNFC_LOG_LEVEL=3 (log-internal.c: `priority<TAB>category<TAB>message` on stderr, priorities error, info and debug), interleaved with the tool's own plain lines: nfc-tools/libnfc issues #534 and #684, nfc-tools/ifdnfc issue #6, emsec/ChameleonMini issue #266",
		why:    "a lower-case level word, a tab and a dotted category before the message; no time; the tool's own untagged lines are records of their own with no level; the device's connstring is no host",
		entries: []worldEntry{
			we("", Info, "", "info\tlibnfc.config\tUnable to open file: /etc/nfc/libnfc.conf"),
			we("", Debug, "", "debug\tlibnfc.general\tlog_level is set to 3"),
			we("", Debug, "", "debug\tlibnfc.general\tallow_intrusive_scan is set to false"),
			we("", Unknown, "", "nfc-list uses libnfc 1.8.0"),
			we("", Debug, "", "debug\tlibnfc.driver.acr122_usb\tdevice found: Bus 002 Device 007 Name ACS ACR122"),
			we("", Debug, "", "debug\tlibnfc.chip.pn53x\tGetFirmwareVersion"),
			we("", Error, "", "error\tlibnfc.driver.acr122_usb\tUnable to claim USB interface (Device or resource busy)"),
			we("", Unknown, "", "nfc-list: ERROR: Unable to open NFC device: acr122_usb:002:007"),
		},
	},
	{
		name:   "nfcpy-tagtool-debug",
		source: "nfcpy's examples/tagtool.py with `-d nfc.clf` or `-d nfc.tag` (its logging `[logger] message`, no time and no level; the tool's own `** waiting for a tag **` and tag lines plain): nfcpy/nfcpy issues #34, #132 and #181",
		why:    "a bracketed logger name is no level and no host; no time; plain tool lines are records of their own",
		entries: []worldEntry{
			we("", Unknown, "", "[main] enable debug output for 'nfc.clf'"),
			we("", Unknown, "", "[nfc.clf] searching for reader on path tty:USB0:pn532"),
			we("", Unknown, "", "[nfc.clf] using PN532v1.6 at /dev/ttyUSB0"),
			we("", Unknown, "", "** waiting for a tag **"),
			we("", Unknown, "", "[nfc.tag] trying to activate 106A sdd_res=04A1C2B2E57380 sel_res=00 sens_res=4400"),
			we("", Unknown, "", "Type2Tag 'NXP NTAG215' ID=04A1C2B2E57380"),
		},
	},
	{
		name:   "opentcs-kernel-log",
		source: "the openTCS kernel's log (org.opentcs.util.logging.SingleLineFormatter: `[yyyyMMdd-HH:mm:ss-SSS] LEVEL thread source.method() : msg`, JUL levels padded, a Throwable's stack under its record): openTCS/opentcs issue #275 (a pasted kernel log); the formatter's source found with the code search",
		why:    "a compact date, a dash and the milliseconds after a dash inside brackets, no zone; JUL levels (FINE is debug, SEVERE error); the exception and its `at` lines belong to the record above them; vehicle names are no hosts",
		entries: []worldEntry{
			we("2026-11-29T09:12:31.299Z", Debug, "", "[20261129-09:12:31-299] FINE    kernelExecutor       o.o.s.b.dispatching.DefaultDispatcher.dispatch()       : Executing dispatch task..."),
			we("2026-11-29T09:12:31.301Z", Debug, "", "[20261129-09:12:31-301] FINE    kernelExecutor       o.o.s.b.d.p.assignment.OrderAssigner.tryAssignments()  : Available for dispatching: 1 transport orders and 3 vehicles."),
			we("2026-11-29T09:12:36.503Z", Info, "", "[20261129-09:12:36-503] INFO    kernelExecutor       o.o.k.workingset.TransportOrderPoolManager.createTransportOrder(): Transport order is being created: TOrder-0042-7731"),
			we("2026-11-29T09:12:40.018Z", Warn, "", "[20261129-09:12:40-018] WARNING kernelExecutor       o.o.k.vehicles.DefaultVehicleController.onVehiclePositionChange(): AGV-07: Reported position Point-0118 is not on the expected route"),
			we("2026-11-29T09:12:44.960Z", Error, "",
				"[20261129-09:12:44-960] SEVERE  kernelExecutor       o.o.k.vehicles.DefaultVehicleController.commandFailed(): AGV-03: Command failed: MovementCommand{op=LOAD, destination=Rack 12}",
				"java.io.IOException: Connection reset by peer",
				"\tat java.base/sun.nio.ch.SocketDispatcher.read0(Native Method)",
				"\tat de.example.agv.comm.TcpChannel.read(TcpChannel.java:88)"),
			we("2026-11-29T09:12:45.001Z", Info, "", "[20261129-09:12:45-001] INFO    main                 o.o.k.KernelStateOperating.initialize()                : Kernel state Operating initialized."),
		},
	},
	{
		name:   "labelle-verbose-console",
		source: "labelle's (the DYMO label printer tool, formerly dymoprint) `labelle --verbose` and `labelle-gui --verbose` console (`[DEBUG] message`, no time; the USB device's description dumped over indented lines under its record): labelle-org/labelle issues #98 and #130, pull request #134",
		why:    "the level in brackets first and no time; the device description's indented lines belong to the `<DEVICE ID …>` record; the printer's serial and bus are no host",
		entries: []worldEntry{
			we("", Debug, "", "[DEBUG] Config file not found: /home/marit/.config/labelle.ini"),
			we("", Debug, "", "[DEBUG] Found single device"),
			we("", Debug, "",
				"[DEBUG] <DEVICE ID 0922:1002 on Bus 001 Address 009>",
				"  manufacturer: Dymo",
				"  product: DYMO LabelManager PnP",
				"  serial: 24118093310047",
				"  configurations:",
				"  - <CONFIGURATION 1: 500 mA>",
				"    interfaces:",
				"    - <INTERFACE 0: Printer>"),
			we("", Debug, "", "[DEBUG] Recognized device as LabelManager PnP (mode switch)"),
			we("", Debug, "", "[DEBUG] Printing label.."),
			we("", Debug, "", "[DEBUG] Sending chunk of 512 bytes"),
		},
	},
}

func TestFresh734Formats(t *testing.T) { assertTable(t, fresh734Cases) }
func TestFresh734Score(t *testing.T) {
	checkScore(t, "fresh734 formats", fresh734Cases, [worldNumFields]float64{98.3, 99.9, 99.9, 99.9})
}
