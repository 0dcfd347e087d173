package parse

import "testing"

// The seven-hundred-and-twenty-ninth fresh table: point-of-sale and retail checkout logs (receipt
// printer bridges, a register framework, a payment terminal library, fiscal printer and cash
// register drivers), shapes no earlier table holds. Each family is one product's documented,
// source-read or observed output: WebApp Hardware Bridge's client.log (a time of day, then
// `[host][thread]`, a padded level and `logger.method() @line - msg`) and its console (the same
// without the host); QZ Tray's log (`[LEVEL] date @ class:line` over a tab-indented message) and
// its 2.1 release candidates' debug.log (`date [LEVEL] msg`); JumpMind OpenPOS's server log (a
// level, the register's device id, thread and logger in brackets, a screen drawn as a box under
// `Show screen`); Portalum.Zvt's console (a time of day and DBG INF WRN ERR); fiscalberry's log
// (Python's `date - name - LEVEL - msg` with a traceback); Shtrih-M fr_drv_ng's driver log (a
// bracketed stamp, a thread id, a padded component and a one-letter level in brackets).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`odoo`, `floreant`, `unicenta`, `openbravo`, `chromis`, `qz tray`,
// `qz.`, `qz-tray`, `printnode`, `point of sale`, `point-of-sale`, `ospos`, `codeigniter`, ` --> `,
// `nexopos`, `laravel`, `production.ERROR`, `tryton`, `trytond`, `dolibarr`, `takepos`, `erpnext`,
// `frappe`, `btcpay`, `sambapos`, `idempiere`, `adempiere`, `webapp-hardware-bridge`, `escpos`,
// `stripe terminal`, `adyen`, `sumup`, `square`, `ingenico`, `verifone`, `pax `, `kiosk`,
// `self-checkout`, `fiskaly`, `posbox`, `iotbox`, `hw_drivers`, `JRootApp`, `com.openbravo`,
// `werkzeug`, `loyverse`, `lightspeed`, `pos_order`, `openerp`, `flectra`, `koha`, `magento`,
// `woocommerce`, `prestashop`, `shopware`, `saleor`, `medusa`, `vendure`, `spree`, `solidus`,
// `sylius`, `opencart`, `demandware`, `salesforce commerce`, `PipelineCallServlet`, `sfcc`, `jspm`,
// `jsprintmanager`, `javapos`, `epson`, `star micronics`, `zebra`, `aronium`, `pos awesome`,
// `posawesome`, `shuup`, `django-oscar`, `broadleaf`, `smartstore`, `nopcommerce`, `orocommerce`,
// `drupal commerce`, `commercetools`, `reaction commerce`, `evershop`, `unchained`, `clover`,
// `toast`, `zvt`, `tse`, `stripe`, `openpos`, `jumpmind`, `StateManagerThread`,
// `webapphardwarebridge`, `tigerworkshop`, `hardware bridge`, `logicpos`, `StripeTerminal`,
// `SCPTerminal`, `qz.ws`, `qz.common`, `PrintSocketServer`, `symmetricds`, `@ qz`, `bitcart`,
// `wcpos`, `woocommerce pos`, `timapi`, `six payment`, `poslink`, `lemon pos`, `lemonpos`,
// `pos_self_order`, `kitchen display`, `cloudprnt`, `papercut`, `star cloud`, `node-thermal`,
// `SingleInstanceChecker`, `QZ Tray`, `TrayManager`, `core-pos`, `is4c`, `PASS TO POS`,
// `RECV FROM SCALE`, `fannie`, `portalum`, `Portalum.Zvt`, `INF Portalum`, `fiscalberry`,
// `FiscalberryApp`, `fr_drv_ng`, `shtrih`, `classic_interface`, `ws_rpc_session`, `[T] `,
// `[INFO] Starting QZ`, `ScreenService`, `[DESKTOP-`). None of WebApp Hardware Bridge, QZ Tray,
// OpenPOS, Portalum.Zvt, fiscalberry or fr_drv_ng is in any table (`jumpmind` matches only
// SymmetricDS; `[T] ` only other products' one-letter levels). Left out as measured already:
// uniCenta, Floreant, OSPOS, ERPNext, Openbravo, Tryton, iDempiere, MICROS Simphony, Oracle Xstore,
// NCR APTRA, BTCPay Server (fresh94), Odoo's server log (whose shape the IoT box's log shares),
// Chromis (uniCenta's shape), NexoPOS (Laravel's), the e-commerce platforms of fresh632 and
// fresh696, CUPS, PaperCut and Android logcat. Left out as an existing shape: Stripe Terminal's
// Android SDK in Android Studio's logcat and its iOS SDK in the Xcode console (fresh619 holds both
// consoles). Left out as holding no time: CORE-POS's scanner-scale driver lines (`RECV FROM SCALE:`).
// Left out as not confirmed by any search: SambaPOS's error log and logicPOS's log. The table holds
// 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). WebApp Hardware Bridge and Portalum.Zvt write a time of day only: it is on
// the clock's day. QZ Tray's, OpenPOS's, fiscalberry's and fr_drv_ng's stamps have no zone and are
// taken as UTC. Levels only where the line marks one: the padded level words of WebApp Hardware
// Bridge and OpenPOS, QZ Tray's bracketed words (TRACE included), Portalum.Zvt's DBG INF WRN ERR,
// Python's DEBUG INFO WARNING ERROR, fr_drv_ng's letters T D I W E. The host is the record's host
// field: only WebApp Hardware Bridge's file names one (`[${hostName}]`); OpenPOS's device id, the
// payment terminal's and the cash register's addresses and the printers' names are no hosts. A
// record that spans lines is one entry: QZ Tray's header and its message line (and a stack under
// it), WebApp Hardware Bridge's Java stack, OpenPOS's screen box and the blank line after it,
// fiscalberry's traceback.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (the "issues" corpus, find_files and read_file); none rests on memory. Hosts, ids, addresses, users
// and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 100.0 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 86.5 %, records 100.0 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is WebApp Hardware Bridge's client.log host, the machine's name in
// the bracket glued before the thread's (`[TILL-07][main]`), which trawl does not read.

var fresh729Cases = []worldCase{
	{
		name:   "webapp-hardware-bridge-client-log-host",
		source: "WebApp Hardware Bridge (imTigger/webapp-hardware-bridge, a receipt and label printer bridge for web POS pages) log/client.log, its log4j2.xml RollingFile pattern `%d{HH:mm:ss.SSS} [${hostName}][%t] %-5level %logger{36}.%M() @%L - %msg%n`: src/main/resources/log4j2.xml; imTigger/webapp-hardware-bridge issue #22 (a pasted client.log with a NullPointerException under it)",
		why:    "a time of day only (the clock's day); the machine's name in the first bracket is the record's host, glued to the thread's bracket; the level padded to five; `@135` is a source line, no time; the Java stack belongs to the record above it",
		gap:    "the machine's name in the first bracket, glued to the thread's bracket (`[TILL-07][main]`), is not read as the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "TILL-07", "07:41:16.204 [TILL-07][main] INFO  tigerworkshop.webapphardwarebridge.Server.main() @61 - WebApp Hardware Bridge 3.2.1 started on 127.0.0.1:12212"),
			we("2026-11-29T07:41:22.517Z", Debug, "TILL-07", "07:41:22.517 [TILL-07][WebSocketWorker-11] DEBUG tigerworkshop.webapphardwarebridge.websocketservices.PrinterWebSocketService.printRaw() @135 - printRaw::PrintDocument{type='RECEIPT', url='null', id='r-88213', qty=1}"),
			we("2026-11-29T07:41:22.644Z", Warn, "TILL-07", "07:41:22.644 [TILL-07][WebSocketWorker-11] WARN  tigerworkshop.webapphardwarebridge.services.SettingService.getPrinter() @77 - No printer mapped for type LABEL, using default printer"),
			we("2026-11-29T07:41:23.009Z", Error, "TILL-07",
				"07:41:23.009 [TILL-07][WebSocketWorker-11] ERROR tigerworkshop.webapphardwarebridge.websocketservices.PrinterWebSocketService.onDataReceived() @56 - java.lang.IllegalArgumentException: Printer EPSON_TM-T20III not found",
				"java.lang.IllegalArgumentException: Printer EPSON_TM-T20III not found",
				"\tat tigerworkshop.webapphardwarebridge.services.PrinterService.getPrintServiceByName(PrinterService.java:118) ~[webapp-hardware-bridge.jar:?]",
				"\tat tigerworkshop.webapphardwarebridge.websocketservices.PrinterWebSocketService.printRaw(PrinterWebSocketService.java:139) ~[webapp-hardware-bridge.jar:?]"),
			we("2026-11-29T07:42:05.330Z", Info, "TILL-07", "07:42:05.330 [TILL-07][WebSocketWorker-12] INFO  tigerworkshop.webapphardwarebridge.websocketservices.PrinterWebSocketService.onDataReceived() @48 - Document printed: r-88214 (RECEIPT) in 412 ms"),
		},
	},
	{
		name:   "webapp-hardware-bridge-console",
		source: "WebApp Hardware Bridge run from a terminal (its log4j2.xml Console pattern `%d{HH:mm:ss.SSS} [%t] %-5level %logger{36}.%M() @%L - %msg%n` inside %highlight, pasted without the colours): src/main/resources/log4j2.xml; imTigger/webapp-hardware-bridge issue #22",
		why:    "the same time of day, level and logger as the file but no host bracket: the thread's bracket is no host",
		entries: []worldEntry{
			we("2026-11-29T09:12:40.018Z", Info, "", "09:12:40.018 [main] INFO  tigerworkshop.webapphardwarebridge.Server.main() @61 - WebApp Hardware Bridge 3.2.1 started on 0.0.0.0:12212"),
			we("2026-11-29T09:12:44.771Z", Debug, "", "09:12:44.771 [WebSocketWorker-3] DEBUG tigerworkshop.webapphardwarebridge.websocketservices.SerialWebSocketService.onDataReceived() @71 - Serial COM4 <- 5332303030302E3435366B67"),
			we("2026-11-29T09:12:45.102Z", Warn, "", "09:12:45.102 [Thread-6] WARN  tigerworkshop.webapphardwarebridge.websocketservices.SerialWebSocketService.run() @104 - Serial port COM5 is busy, retrying in 5 s"),
			we("2026-11-29T09:12:51.660Z", Error, "", "09:12:51.660 [WebSocketWorker-4] ERROR tigerworkshop.webapphardwarebridge.websocketservices.PrinterWebSocketService.printDocument() @87 - Document Print Error, deleting downloaded document"),
		},
	},
	{
		name:   "qz-tray-log-two-line-at-class",
		source: "QZ Tray 2.x debug.log and console (log4j `[%p] %d{ISO8601} @ %c:%L%n\\t%m%n`: the level in brackets, the date, `@ class:line`, then the message on a tab-indented line): qzind/tray src/log4j2.xml; qzind/tray issues #688 and #157; qzind/qz-print issue #145",
		why:    "a record is two lines: the header with the level and time, the message under it after a tab; a tab-indented Java stack under an ERROR is the same record; `:?` and `:164` are source lines, no time",
		entries: []worldEntry{
			we("2026-11-29T08:03:11.402Z", Info, "", "[INFO] 2026-11-29 08:03:11,402 @ qz.ws.PrintSocketServer:94", "\tStarting QZ Tray 2.2.4"),
			we("2026-11-29T08:03:12.017Z", Debug, "", "[DEBUG] 2026-11-29 08:03:12,017 @ qz.ws.SingleInstanceChecker:56", "\tChecking for a running instance of QZ Tray on port 8283"),
			we("2026-11-29T08:05:40.915Z", Trace, "", "[TRACE] 2026-11-29 08:05:40,915 @ qz.utils.PrintingUtilities:?", "\tWaiting for processor, 0/2 already in use"),
			we("2026-11-29T08:05:40.921Z", Warn, "", "[WARN] 2026-11-29 08:05:40,921 @ qz.ws.PrintSocketClient:202", "\tBad signature on request"),
			we("2026-11-29T08:05:41.388Z", Error, "",
				"[ERROR] 2026-11-29 08:05:41,388 @ qz.ws.PrintSocketClient:259",
				"\tFailed to print",
				"javax.print.PrintException: Printer is not accepting job.",
				"\tat sun.print.Win32PrintJob.print(Win32PrintJob.java:328)",
				"\tat qz.printer.action.PrintRaw.printToPrinter(PrintRaw.java:412)"),
		},
	},
	{
		name:   "qz-tray-21rc-debug-log-bracket-level",
		source: "QZ Tray 2.1.0 release candidates' debug.log (`yyyy-MM-dd HH:mm:ss,SSS [LEVEL] msg`, one line a record): qzind/tray issue #221 (a pasted debug.log)",
		why:    "a zone-less comma-millisecond stamp (UTC by the rules), then the level in brackets; `port 8283` and the CRL's address are no host",
		entries: []worldEntry{
			we("2026-11-28T17:20:05.112Z", Info, "", "2026-11-28 17:20:05,112 [INFO] Starting QZ Tray 2.1.0-RC3"),
			we("2026-11-28T17:20:05.904Z", Debug, "", `2026-11-28 17:20:05,904 [DEBUG] Executing: [C:\WINDOWS\system32\reg.exe, query, HKLM\Software\QZ Tray, /v, Version]`),
			we("2026-11-28T17:20:06.338Z", Info, "", "2026-11-28 17:20:06,338 [INFO] Server started on port(s) 8182, 8181"),
			we("2026-11-28T17:20:07.051Z", Warn, "", "2026-11-28 17:20:07,051 [WARN] Unable to load CRL from https://crl.example.net/qz.crl, retrying later"),
			we("2026-11-28T17:21:44.630Z", Error, "", "2026-11-28 17:21:44,630 [ERROR] Failed to print to Star TSP143IIIU: no paper"),
		},
	},
	{
		name:   "jumpmind-openpos-screen-box",
		source: "JumpMind OpenPOS framework's server log (`yyyy-MM-dd HH:mm:ss.SSS LEVEL [deviceId] [thread] [Logger] msg`, a screen shown on a register drawn as a box of `+--+` and `| |` lines under the record, then a line of one blank): JumpMind/openpos-framework issue #1896 (a pasted log)",
		why:    "a zone-less date and time, the level padded to five, then the register's device id, the thread and the logger in brackets: the device id is no host; the screen's box under `Show screen` is part of that record",
		entries: []worldEntry{
			we("2026-11-29T10:15:02.341Z", Info, "",
				`2026-11-29 10:15:02.341 INFO  [00231-004] [StateManagerThread4(pos:00231-004)] [ScreenService] Show screen on device "00231-004" (org.jumpmind.pos.app.core.screen.sale.SaleUIMessage)`,
				"+--------------------------------------------------+",
				"| +----------------------------------------------+ |",
				"| |                     Sale                     | |",
				"| |                    [Sale]                    | |",
				"| +----------------------------------------------+ |",
				"+--------------------------------------------------+",
				" "),
			we("2026-11-29T10:15:09.877Z", Info, "", "2026-11-29 10:15:09.877 INFO  [00231-004] [clientInboundChannel-3] [ScreenService] Received action from 00231-004 Scan"),
			we("2026-11-29T10:15:09.902Z", Warn, "", "2026-11-29 10:15:09.902 WARN  [00231-004] [StateManagerThread4(pos:00231-004)] [ItemLookupService] No item found for barcode 4006381333931"),
			we("2026-11-29T10:15:31.510Z", Error, "", "2026-11-29 10:15:31.510 ERROR [00231-004] [StateManagerThread4(pos:00231-004)] [TenderState] Card authorization failed: timeout waiting for pinpad response"),
		},
	},
	{
		name:   "portalum-zvt-client-short-level",
		source: "Portalum.Zvt (a .NET library driving ZVT card payment terminals) with its console logger (`HH:mm:ss.fff LVL Category Method - msg`, three-letter levels DBG INF WRN ERR): Portalum/Portalum.Zvt issue #33 (a pasted log)",
		why:    "a time of day only (the clock's day); the three-letter level after it; the terminal's address in the message is a peer, no host; the hex APDU bytes are no time",
		entries: []worldEntry{
			we("2026-11-29T11:02:17.306Z", Info, "", "11:02:17.306 INF Portalum.Zvt.TcpNetworkDeviceCommunication ConnectAsync - IpAddress:10.40.2.57, Port:20007"),
			we("2026-11-29T11:02:17.341Z", Info, "", "11:02:17.341 INF Portalum.Zvt.TcpNetworkDeviceCommunication Connected"),
			we("2026-11-29T11:02:21.880Z", Debug, "", "11:02:21.880 DBG Portalum.Zvt.TcpNetworkDeviceCommunication SendAsync - 06-01-07-04-00-00-00-00-12-49"),
			we("2026-11-29T11:02:22.012Z", Warn, "", "11:02:22.012 WRN Portalum.Zvt.ZvtClient ProcessData - No handler for status information 04-FF"),
			we("2026-11-29T11:02:52.019Z", Error, "", "11:02:52.019 ERR Portalum.Zvt.ZvtClient SendCommandAsync - Timeout waiting for acknowledge from payment terminal"),
		},
	},
	{
		name:   "fiscalberry-fiscal-printer-bridge",
		source: "fiscalberry (paxapos/fiscalberry, a websocket bridge to fiscal and receipt printers) log file (Python logging `%(asctime)s - %(name)s - %(levelname)s - %(message)s`): paxapos/fiscalberry issue #109 (a pasted log)",
		why:    "a zone-less comma-millisecond stamp, then the logger name and the level word between ` - `; a Python traceback under an ERROR is the same record",
		entries: []worldEntry{
			we("2026-11-29T12:31:08.455Z", Info, "", "2026-11-29 12:31:08,455 - FiscalberryApp - INFO - Iniciando Fiscalberry Server 2.0.4"),
			we("2026-11-29T12:31:09.012Z", Debug, "", `2026-11-29 12:31:09,012 - root - DEBUG - {"printTicket":{"encabezado":{"tipo_cbte":"T"},"items":[{"ds":"cafe doble","qty":2,"importe":1850.0}]},"printerName":"caja1"}`),
			we("2026-11-29T12:31:09.230Z", Warn, "", "2026-11-29 12:31:09,230 - root - WARNING - impresora caja1 sin papel, reintentando"),
			we("2026-11-29T12:31:14.698Z", Error, "",
				"2026-11-29 12:31:14,698 - root - ERROR - Error al imprimir en caja1",
				"Traceback (most recent call last):",
				`  File "/opt/fiscalberry/Drivers/ReceiptDirectJetDriver.py", line 41, in sendCommand`,
				"    self.printer._raw(comando)",
				"ConnectionRefusedError: [Errno 111] Connection refused"),
		},
	},
	{
		name:   "shtrih-m-fr-drv-ng-trace",
		source: "Shtrih-M's fr_drv_ng cash register (KKT) driver log file (`[yyyy-MM-dd HH:mm:ss.fff] [tid] [component padded to a column] [L] msg`, one letter for the level: T D I W E): shtrih-m/fr_drv_ng issues #247, #72 and #81 (pasted logs)",
		why:    "a bracketed zone-less stamp, then the thread id, the padded component and one level letter in brackets; the hex frames after `->` and `<-` are no times; 127.0.0.1 in a connection URI is a peer",
		entries: []worldEntry{
			we("2026-11-29T13:44:20.118Z", Trace, "", "[2026-11-29 13:44:20.118] [2211] [ci_kkt_device_1                 ] [T] Set_ConnectionURI(`tcp://192.168.13.40:7778?timeout=5000&protocol=v2`)"),
			we("2026-11-29T13:44:20.121Z", Info, "", "[2026-11-29 13:44:20.121] [2211] [getIoFromString                 ] [I] io_url looks good: tcp://192.168.13.40:7778?timeout=5000&protocol=v2"),
			we("2026-11-29T13:44:20.133Z", Debug, "", "[2026-11-29 13:44:20.133] [2211] [TcpSocketIO_0x55d3a1c0        ] [D] -> 02 05 11 1E 00 00 00 0A"),
			we("2026-11-29T13:44:20.140Z", Warn, "", "[2026-11-29 13:44:20.140] [2211] [getProtocolFromString           ] [W] byte_timeout deprecated, only timeout used"),
			we("2026-11-29T13:44:20.162Z", Error, "", "[2026-11-29 13:44:20.162] [2211] [fillFields                      ] [E] expected command code 11, got 1E"),
		},
	},
}

func TestFresh729Formats(t *testing.T) { assertTable(t, fresh729Cases) }
func TestFresh729Score(t *testing.T) {
	checkScore(t, "fresh729 formats", fresh729Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 99.9})
}
