package parse

import "testing"

// The three-hundred-and-third fresh table, written on 2026-12-05: printing, imaging and document
// servers (print spoolers, scanners, print management, fax servers, document conversion) in shapes
// no earlier table holds. Each family is one product's documented or observed output: ipp-usb's
// main.log (a day-first `DD-MM-YYYY HH:MM:SS:` stamp and a one-character mark, `!` for errors);
// HylaFAX's per-call session log (`Mmm dd HH:MM:SS.cc: [ pid]:`, centiseconds) and its tab-separated
// xferfaxlog (`MM/DD/YY HH:MM`); mgetty's log file (a yearless `MM/DD HH:MM:SS`, the tty's last
// three letters, `#####` audit lines with a blank line after them and a `--` line where a new
// process opened the file); sane-airscan's zeroconf trace log (a time since start that looks like a
// clock, WS-Discovery XML dumped under its line); CUPS' `lpstat -W completed -l -o` (the locale's
// %c with a 12-hour clock and a zone abbreviation, tab-indented Status/Alerts/queued lines under
// each job); Apache Tika server 2's console (log4j2 `%-5p [%t] %d{HH:mm:ss,SSS} %c %m`, a time of
// day with no date, a stack trace under a WARN); LPrint's PAPPL log file (one level letter, an ISO
// stamp in brackets, `[Printer …]`, `[Job N]` and `[Client N]` prefixes); scanservjs under `docker
// compose up` (a bracketed ISO stamp, `LEVEL (Category):`, util.inspect objects and a command's
// stderr spread over prefixed lines); PaperCut NG/MF's tab-delimited print log (the date and a
// 12-hour `h:mm:ss a` time in two fields, the print server's name in the third).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`cups`, `cupsd`, `error_log`, `page_log`, `cups-pdf`, `cups-browsed`, `[STATUS]`, `lpstat`,
// `lpq`, `queued for`, ` AM CET`, ` AM UTC`, `pappl`, `lprint`, `printer-app`, `ippeveprinter`,
// `ipptool`, `[Printer `, `[Job `, `Starting log, system up`, `ipp-usb`, `ippusb`, `PNP Bus`,
// `29-11-2026 `, `SIGTERM signal`, `saned`, `sane`, `sane-`, `airscan`, `scanimage`, `eSCL`, `MDNS:`,
// `WSDD`, `probe sent`, `scanservjs`, `(Http)`, `execute: '`, `Output format is not set`,
// `hylafax`, `faxq`, `faxgetty`, `faxstat`, `sendfax`, `xferfax`, `SESSION BEGIN`, `: [ pid]: `,
// `11/29/26 `, `\tSEND\t`, `mgetty`, `efax`, `yS0`, `##### `, `11/29 07:`, `gotenberg`, `tika`,
// `TikaServer`, `INFO  [main] 0`, `paperless`, `ocrmypdf`, `tesseract`, `ghostscript`, `papercut`,
// `print-provider`, `printlog`, `stirling`, `unoserver`, `soffice`, `libreoffice`, `coolwsd`,
// `collabora`, `onlyoffice`, `documentserver`, `docservice`, `lprng`, `lpd`, `printcap`, `rlpr`,
// `spoolss`, `spooler`, `PrintService`, `jetdirect`, `gutenprint`, `foomatic`, `foo2`, `hplip`,
// `brscan`, `mayan`, `docspell`). ipp-usb, HylaFAX, mgetty, sane-airscan, lpstat, LPrint/PAPPL,
// scanservjs and PaperCut's print log are in no table (`ipp-usb`, `ippeveprinter`, `gutenprint`,
// `HPLIP`, `papercut` and `print-provider` appear only in fresh209's list of what it grepped; `yS0`
// and `#####` only in other products' lines; `printlog` only as a word of other lines). Tika is in
// fresh60 only as the 1.x console with no time (`%-5p %m`); Tika 2's log4j2 console with a time of
// day after the thread is in none. `AM CET` is in fresh278 (WebLogic's `<Nov 29, 2026 8:41:02 AM
// CET>`) and fresh282 (ksmtuned's `Sun Nov 29 08:41:16 AM CET 2026`); the en_US %c order (day
// before month, the year before the time) is in none. Left out as measured already: CUPS' error_log, access_log, page_log, cups-pdf and
// cups-browsed (fresh8, fresh34, fresh41, fresh71, fresh103, fresh174, fresh204, fresh209, fresh266,
// fresh282 and others), Gotenberg, soffice and Collabora (fresh209 and earlier), paperless-ngx and
// OCRmyPDF's traceback (fresh34), ONLYOFFICE (fresh95), the PrintService channel (fresh94), JetDirect
// (fresh12, fresh61, fresh174). Left out as shapes held already: unoserver (Python's default
// `INFO:name:msg`, in fresh31, fresh56, fresh95 and others) and saned (a plain journal line). The
// table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). ipp-usb's, HylaFAX's, mgetty's and PaperCut's local times carry no zone and
// are taken as UTC; mgetty's `11/29` has no year (2026); xferfaxlog's `11/29/26 07:41` has minutes
// only; lpstat's `Sun 29 Nov 2026 08:41:16 AM CET` is converted from CET (+01:00) and its PM hours
// are afternoon hours; Tika's `07:41:16,204` is a time of day on the clock's day; sane-airscan's
// `00:00:02.181` is the time since the trace began, no clock, so its records have no time. Levels
// only where the line marks one: ipp-usb's `!` (an error; `+` and `-` mark a device added or
// removed, and info lines carry a blank), log4j2's level word, PAPPL's letter (D I W E),
// scanservjs' level word; HylaFAX, mgetty, sane-airscan, lpstat and PaperCut's print log write none
// (lpstat's Alerts are job-state reasons, mgetty's `#####` is an audit mark). The host is the
// record's host field: PaperCut's Server Name, the print server that logged the job; a client
// machine, a modem device (`ttyACM0`, `yS0`), a USB bus address, a scanner's or printer's name, the
// hostname in PAPPL's `listening for connections on 'labelhost.local:8000'` and a compose service
// name are not hosts. A record that spans lines is one entry: a job of lpstat -l with its three
// tab-indented lines, a Tika WARN with its stack trace, a WSDD line with its XML and the blank line
// after it, a scanservjs object or error over several prefixed lines, mgetty's audit line with its
// blank line; mgetty's `--` line is no part of the record before it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 775c25c before any rule for it: level 98.6 %, time 90.0 %, host 85.6 %, records 96.9 %.
// That is the macro figure (micro: level 98.2 %, time 90.9 %, host 87.3 %, records 96.4 %), in a
// worktree at 775c25c with no change to trawl's code (only this file and table_test.go's list), 5 of
// 10 families fully right (HylaFAX's session log and xferfaxlog, lpstat's long listing, LPrint's
// PAPPL log and scanservjs under compose); the gaps are ipp-usb's `!` error mark, mgetty's tty
// infix taken for a host and its `--` line joined to the record before it, sane-airscan's XML dumps
// under their line, the time of day after the thread in Tika 2's console, and the Server Name field
// of PaperCut's print log.

var fresh303Cases = []worldCase{
	{
		name:   "ipp-usb-main-log-day-first-mark",
		gap:    "trawl reads the day-first stamp but not the mark after it: `29-11-2026 07:41:19: ! PNP …` comes out with no level, the `!` after `HH:MM:SS: ` is not read as an error",
		source: "OpenPrinting ipp-usb's /var/log/ipp-usb/main.log (logger.go fmtTime: `%2.2d-%2.2d-%4.4d %2.2d:%2.2d:%2.2d: ` day first, then the prefix byte and a space: `!` for Error, ` ` for Info, `+`/`-` for a device added or removed in Debug lines, pnp.go): OpenPrinting/ipp-usb issue #17 and PR #41 (main.log pasted); the `terminated signal received, exiting` line from pnp.go and Go's signal names",
		why:    "a day-first dashed date and a colon after the time; only `!` marks a level (error); Bus and Device numbers and pid= are no times; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "29-11-2026 07:41:16:   ==============================="),
			we("2026-11-29T07:41:16Z", Unknown, "", `29-11-2026 07:41:16:   ipp-usb started in "udev" mode, pid=3127`),
			we("2026-11-29T07:41:16Z", Unknown, "", "29-11-2026 07:41:16: + PNP Bus 003 Device 009: added"),
			we("2026-11-29T07:41:19Z", Error, "", "29-11-2026 07:41:19: ! PNP Bus 003 Device 009: Device initialization timed out"),
			we("2026-11-29T07:41:20Z", Unknown, "", "29-11-2026 07:41:20: + PNP Bus 003 Device 009: retry"),
			we("2026-11-29T07:52:03Z", Unknown, "", "29-11-2026 07:52:03: - PNP Bus 003 Device 009: removed"),
			we("2026-11-29T07:52:04Z", Unknown, "", "29-11-2026 07:52:04:   terminated signal received, exiting"),
		},
	},
	{
		name:   "hylafax-session-log-centiseconds",
		source: "HylaFAX's per-call session log in the spool's log/cNNNNNNNNN (faxd/FaxMachineLog.c++: strftime `%h %d %T`, then `.%02u: [%5d]: ` with hundredths of a second and the pid, `SESSION BEGIN commid number` and the version line first, `SESSION END` last): ifax/HylaFAX source, hylafax-log(5F); the modem `<--`/`-->` lines and the SEND FAX lines from memory",
		why:    "a BSD-style date with hundredths and a colon after them; the pid padded in brackets; `\\r` and the modem's `[2:OK]` are text; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.04Z", Unknown, "", "Nov 29 07:41:16.04: [ 2841]: SESSION BEGIN 000000412 4930555012"),
			we("2026-11-29T07:41:16.04Z", Unknown, "", "Nov 29 07:41:16.04: [ 2841]: HylaFAX (tm) Version 7.0.9"),
			we("2026-11-29T07:41:16.05Z", Unknown, "", "Nov 29 07:41:16.05: [ 2841]: SEND FAX: JOB 318 DEST +49 30 555012 COMMID 000000412 DEVICE '/dev/ttyACM0' FROM 'Nora Lind <nora@office.example>' USER nora"),
			we("2026-11-29T07:41:16.21Z", Unknown, "", `Nov 29 07:41:16.21: [ 2841]: <-- [15:ATE0V1Q0S0=0H0\r]`),
			we("2026-11-29T07:41:16.33Z", Unknown, "", "Nov 29 07:41:16.33: [ 2841]: --> [2:OK]"),
			we("2026-11-29T07:41:39.87Z", Unknown, "", `Nov 29 07:41:39.87: [ 2841]: REMOTE CSI "+49 30 555012"`),
			we("2026-11-29T07:43:20.64Z", Unknown, "", "Nov 29 07:43:20.64: [ 2841]: SESSION END"),
		},
	},
	{
		name:   "hylafax-xferfaxlog-tabs",
		source: "HylaFAX's etc/xferfaxlog (xferfaxlog(5): fixed-format tab-separated records, `date SEND commid modem jobid jobtag sender \"dest\" \"CSI\" params #pages jobtime conntime \"reason\" …`, RECV and CALL records, the date `MM/DD/YY HH:MM`; faxd/FaxAcctInfo.c++ writes strftime `%D %H:%M`): the Debian and Ubuntu manual pages, ifax/HylaFAX source; the trailing owner, dcs and jobinfo fields as the newer manual page lists them",
		why:    "a US date with a two-digit year and no seconds, then a tab; the modem device is no host; commids, job ids, params and durations (1:52) are no times; the reason is text, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "", "11/29/26 07:41\tSEND\t000000412\tttyACM0\t318\t\"\"\tnora@office.example\t\"+4930555012\"\t\"+49 30 555012\"\t24870\t2\t1:52\t1:31\t\"\"\t\t\t\t\"nora\"\t\"V.17/14400/ECM\"\t\"2/0/1/318\""),
			we("2026-11-29T07:58:00Z", Unknown, "", "11/29/26 07:58\tRECV\t000000413\tttyACM0\tfax000000087.tif\t\tfax\t\"+49 30 5550100\"\t\"+49 40 7771234\"\t24870\t3\t2:07\t1:58\t\"\"\t\"ACME GMBH\"\t\"+49407771234\"\t\"\"\t\t\"V.17/14400/ECM\"\t"),
			we("2026-11-29T08:10:00Z", Unknown, "", "11/29/26 08:10\tSEND\t000000414\tttyACM0\t319\t\"invoice-4411\"\tjbrandt@office.example\t\"+4989123456\"\t\"\"\t24870\t0\t0:48\t0:00\t\"No carrier detected\"\t\t\t\t\"jbrandt\"\t\"\"\t\"0/0/3/319\""),
			we("2026-11-29T08:12:00Z", Unknown, "", "11/29/26 08:12\tCALL\t000000415\tttyACM0\t\t\tfax\t\"+49 30 5550100\"\t\"\"\t0\t0\t0:21\t0:00\t\"\"\t\"\"\t\"+4917012345\"\t\"\"\t\t\"\"\t"),
		},
	},
	{
		name:   "mgetty-logfile-tty-infix-audit",
		gap:    "trawl reads `MM/DD HH:MM:SS yS0  tag: msg` as a syslog header and takes the tty infix `yS0` for the host where the message begins with a word and a colon (`mgetty:`, `send:`, `fax_get_pages:`), and it joins the `--` new-process line to the audit record before it (after that record's blank line)",
		source: "mgetty's log file /var/log/mgetty/mg_ttyS0.log (logfile.c 4.8: each line begins with a newline, `%02d/%02d %02d:%02d:%02d %s %s` with the tty's last letters as infix, `%s: %s` with strerror for L_ERROR, `%02d/%02d %02d:%02d:%02d ##### %s\\n` for L_AUDIT, `\\n--` when a new process first opens the file): rgwan/mgetty logfile.c; the chat and fax messages from memory",
		why:    "a yearless US date; `yS0` is the tty, no host; the audit line ends with an extra newline, so a blank line belongs to it; `--` marks a new process and is no part of the record before it; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29 07:41:16 yS0  mgetty: interim release 1.2.1"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29 07:41:16 yS0  check for lockfiles"),
			we("2026-11-29T07:41:17Z", Unknown, "", "11/29 07:41:17 yS0  lowering DTR to reset Modem"),
			we("2026-11-29T07:41:18Z", Unknown, "", "11/29 07:41:18 yS0  send: \\dATQ0E1V1H0[0d]"),
			we("2026-11-29T07:41:18Z", Unknown, "", "11/29 07:41:18 yS0  waiting for ``OK'' ** found **"),
			we("2026-11-29T07:43:51Z", Unknown, "", "11/29 07:43:51 yS0  fax_get_pages: cannot open /var/spool/fax/incoming/fn1a2b3c4S0-+49407771234.02: Permission denied"),
			we("2026-11-29T07:45:40Z", Unknown, "",
				"11/29 07:45:40 ##### fax dev=ttyS0, pid=1412, caller='+49407771234', name='', id='ACME GMBH', +FHNG=000, pages=2, time=00:01:52",
				""),
			wskip("--"),
			we("2026-11-29T07:45:42Z", Unknown, "", "11/29 07:45:42 yS0  mgetty: interim release 1.2.1"),
			we("2026-11-29T07:45:42Z", Unknown, "", "11/29 07:45:42 yS0  check for lockfiles"),
		},
	},
	{
		name:   "sane-airscan-zeroconf-trace-log",
		source: "sane-airscan's protocol trace (`trace = ~/airscan/trace` in airscan.conf), the scanimage-zeroconf.log file: airscan-log.c (`%2.2d:%2.2d:%2.2d.%3.3d: ` from CLOCK_MONOTONIC minus the start, so time since logging began), airscan-trace.c (trace_printf); alexpevzner/sane-airscan issue #143 (a zeroconf log with `WSDD: probe sent:` lines, each followed by its indented SOAP envelope and a blank line) and issues #80, #380 (where the trace goes); the MDNS lines' wording from memory",
		why:    "the stamp is time since start in a clock's shape, not a time of day; the XML under a WSDD line and the blank line after it belong to it; addresses and ports are no hosts; no level",
		entries: []worldEntry{
			we("", Unknown, "", "00:00:00.019: MDNS: _uscan._tcp: AVAHI_BROWSER_NEW \"Canon MF743C\" interface=2 protocol=ipv4"),
			we("", Unknown, "", "00:00:00.231: MDNS: \"Canon MF743C\" _uscan._tcp: resolved 192.168.40.31:80"),
			we("", Unknown, "",
				"00:00:02.181: WSDD: probe sent: 192.168.40.12:41377->239.255.255.250:3702",
				`<s:Envelope xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery" xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:wsdp="http://schemas.xmlsoap.org/ws/2006/02/devprof">`,
				"  <s:Header>",
				"    <a:Action>http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</a:Action>",
				"    <a:MessageID>urn:uuid:7c2e4a90-13d5-4b8e-9f61-0a3d5e2b7c18</a:MessageID>",
				"    <a:To>urn:schemas-xmlsoap-org:ws:2005:04:discovery</a:To>",
				"  </s:Header>",
				"  <s:Body>",
				"    <d:Probe>",
				"      <d:Types>wsdp:Device</d:Types>",
				"    </d:Probe>",
				"  </s:Body>",
				"</s:Envelope>",
				""),
			we("", Unknown, "", "00:00:02.574: WSDD: \"Canon MF743C\": found scan service at http://192.168.40.31:80/wsd/scan"),
			we("", Unknown, "", "00:00:05.002: ZEROCONF: device list complete, 1 device(s) found"),
		},
	},
	{
		name:   "cups-lpstat-completed-long-locale-date",
		source: "CUPS' `lpstat -W completed -l -o` (systemv/lpstat.c show_jobs: `%-23s %-13s %8.0f   %s` with dest-jobid, user, 1024×job-k-octets and _cupsStrDate's %c of time-at-completed, then `\\tStatus: `, `\\tAlerts: ` with the job-state-reasons and `\\tqueued for dest`): OpenPrinting/cups lpstat.c; the en_US.UTF-8 %c (`%a %d %b %Y %r %Z`) under TZ=Europe/Berlin from memory",
		why:    "the date at the end of the line in the locale's order (day before month, the year before a 12-hour time, a zone abbreviation); the tab-indented lines belong to their job; sizes and job ids are no times; Alerts are reasons, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Office_MFP-1184         nora           1073152   Sun 29 Nov 2026 08:41:16 AM CET",
				"\tStatus: Spooling job, 100% done.",
				"\tAlerts: job-completed-successfully",
				"\tqueued for Office_MFP"),
			we("2026-11-29T07:52:03Z", Unknown, "",
				"Office_MFP-1185         jbrandt          57344   Sun 29 Nov 2026 08:52:03 AM CET",
				"\tStatus: The printer is not responding.",
				"\tAlerts: job-canceled-by-user",
				"\tqueued for Office_MFP"),
			we("2026-11-29T13:12:40Z", Unknown, "",
				"Plotter_A1-1186         t.okafor      23068672   Sun 29 Nov 2026 02:12:40 PM CET",
				"\tAlerts: aborted-by-system",
				"\tqueued for Plotter_A1"),
		},
	},
	{
		name:   "tika-server2-console-time-of-day",
		source: "Apache Tika server 2.x/3.x (tika-server-standard's bundled log4j2.xml: a Console appender on SYSTEM_ERR with `%-5p [%t] %d{HH:mm:ss,SSS} %c %m%n`): apache/tika tika-server/tika-server-standard/src/main/resources/log4j2.xml; the start-up and TikaResource messages and the stack trace under the WARN from memory",
		why:    "the level first, the thread, then a time of day with no date (the clock's day); a stack trace belongs to the WARN above it; the port and the version are no times; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "INFO  [main] 07:41:16,204 org.apache.tika.server.core.TikaServerProcess Starting Apache Tika 2.9.2 server"),
			we("2026-11-29T07:41:17.871Z", Info, "", "INFO  [main] 07:41:17,871 org.apache.tika.server.core.TikaServerProcess Setting the server's publish address to be http://0.0.0.0:9998/"),
			we("2026-11-29T07:41:18.33Z", Info, "", "INFO  [main] 07:41:18,330 org.apache.tika.server.core.TikaServerProcess Started Apache Tika server 5d0e8c41-2b7a-4f3e-9a16-c84f0e2d7b53 at http://0.0.0.0:9998/"),
			we("2026-11-29T07:42:03.118Z", Warn, "",
				"WARN  [qtp1821549174-31] 07:42:03,118 org.apache.tika.server.core.resource.TikaResource tika/: Text extraction failed (contract-8812.pdf)",
				"org.apache.tika.exception.EncryptedDocumentException: Unable to process: document is encrypted",
				"\tat org.apache.tika.parser.pdf.PDFParser.parse(PDFParser.java:198)",
				"\tat org.apache.tika.parser.CompositeParser.parse(CompositeParser.java:298)",
				"\tat org.apache.tika.server.core.resource.TikaResource.parse(TikaResource.java:412)"),
			we("2026-11-29T07:42:05.412Z", Info, "", "INFO  [qtp1821549174-29] 07:42:05,412 org.apache.tika.server.core.resource.RecursiveMetadataResource rmeta/text (application/vnd.openxmlformats-officedocument.wordprocessingml.document)"),
		},
	},
	{
		name:   "lprint-pappl-log-file",
		source: "LPrint (a PAPPL printer application) with its log file (pappl/log.c write_log_no_lock: one of `DIWEF`, ` [%04d-%02d-%02dT%02d:%02d:%02d.%03dZ] `, then the message with `[Printer name] `, `[Job N] ` or `[Client N] ` before it; _papplLogOpenNoLock's `Starting log, system up …` line): michaelrsweet/pappl log.c; michaelrsweet/lprint issue #117 (a debug log with `D [2024-01-30T21:33:14.519Z] [Job 6] …` lines); OpenPrinting/ps-printer-app issues #9 and #14 (where the log lives); the other messages from memory",
		why:    "one level letter before a bracketed ISO stamp with Z; the hostname in the start-up line is message text, no host field; `[Client 4]` and `[Job 17]` are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "I [2026-11-29T07:41:16.204Z] Starting log, system up 0 second(s), 1 printer(s), listening for connections on 'labelhost.local:8000' from up to 100 clients."),
			we("2026-11-29T07:41:20.118Z", Debug, "", "D [2026-11-29T07:41:20.118Z] [Client 4] POST /ipp/print"),
			we("2026-11-29T07:41:20.121Z", Info, "", "I [2026-11-29T07:41:20.121Z] [Client 4] Print-Job successful-ok"),
			we("2026-11-29T07:41:20.305Z", Debug, "", "D [2026-11-29T07:41:20.305Z] [Job 17] media-col.size=5080x2540"),
			we("2026-11-29T07:41:21.004Z", Info, "", "I [2026-11-29T07:41:21.004Z] [Printer Zebra_ZD421] Starting job 17."),
			we("2026-11-29T07:41:24.58Z", Warn, "", "W [2026-11-29T07:41:24.580Z] [Printer Zebra_ZD421] Media is empty or jammed."),
			we("2026-11-29T07:41:30.002Z", Error, "", "E [2026-11-29T07:41:30.002Z] [Job 17] Unable to write 4096 bytes to printer: Broken pipe"),
		},
	},
	{
		name:   "scanservjs-compose-inspect-objects",
		source: "scanservjs 3.x under `docker compose up` (compose's `service-1  | ` prefix; its log `[ISO time] LEVEL (Category): ` with Node's util.inspect of an object, spread over lines when long, and an error's message carrying the failed command's stderr): sbs20/scanservjs issues #618 (the compose prefix, a three-line object, the stderr lines and an empty prefixed line), #718 and #417",
		why:    "a prefix before a bracketed ISO stamp; an object's `{`, its field and `}` are one record; the stderr lines and the empty prefixed line under the ERROR belong to it; the service name is no host; device names are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "scanservjs-1  | [2026-11-29T07:41:16.204Z] INFO (Http): { method: 'GET', path: '/api/v1/context' }"),
			we("2026-11-29T07:41:16.206Z", Info, "", "scanservjs-1  | [2026-11-29T07:41:16.206Z] INFO (Process): { execute: '/usr/bin/scanimage -L' }"),
			we("2026-11-29T07:41:19.88Z", Info, "",
				"scanservjs-1  | [2026-11-29T07:41:19.880Z] INFO (Process): {",
				`scanservjs-1  |   execute: "/usr/bin/scanimage -d 'airscan:e1:Canon MF743C' -A"`,
				"scanservjs-1  | }"),
			we("2026-11-29T07:41:20.037Z", Error, "",
				"scanservjs-1  | [2026-11-29T07:41:20.037Z] ERROR (Application): Ignoring airscan:e1:Canon MF743C. Error: Error: Command failed: /usr/bin/scanimage -d 'airscan:e1:Canon MF743C' -A",
				"scanservjs-1  | Output format is not set, using pnm as a default.",
				"scanservjs-1  | scanimage: open of device airscan:e1:Canon MF743C failed: Invalid argument",
				"scanservjs-1  | "),
			we("2026-11-29T07:41:35.551Z", Info, "", "scanservjs-1  | [2026-11-29T07:41:35.551Z] INFO (Http): { method: 'POST', path: '/api/v1/scan' }"),
		},
	},
	{
		name:   "papercut-printlog-tab-delimited",
		gap:    "trawl reads the date and the 12-hour time from their two tab-separated fields but not the host: the third tab-separated field, the Server Name `prt-srv01`, is not read as the host",
		source: "PaperCut NG/MF's plain text print log [app-path]/server/logs/print-logs/printlog_yyyy_mm_dd.log (tab-delimited; Field 1 the date `yyyy-MM-dd\\th:mm:ss a`, Field 2 the Server Name, Field 3 the Printer Name, Field 4 the user): the PaperCut NG/MF manual 'Data access and custom reports'; the fields after the fourth (account, client machine, document, pages, cost) from memory",
		why:    "the date and a 12-hour time without a leading zero in two tab-separated fields; the third field names the print server that logged the job, the host; the client machine is no host; page counts and the cost are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "prt-srv01", "2026-11-29\t7:41:16 AM\tprt-srv01\tOffice_MFP\tnora\tnora\tws-0412\tQuarterly report.docx\t12\t1.20"),
			we("2026-11-29T07:52:03Z", Unknown, "prt-srv01", "2026-11-29\t7:52:03 AM\tprt-srv01\tOffice_MFP\tjbrandt\tSales\tws-0388\tinvoice-4411.pdf\t3\t0.30"),
			we("2026-11-29T13:05:44Z", Unknown, "prt-srv02", "2026-11-29\t1:05:44 PM\tprt-srv02\tPlotter_A1\tt.okafor\tEngineering\tcad-ws07\tsite-plan-rev12.pdf\t1\t4.50"),
		},
	},
}

func TestFresh303Formats(t *testing.T) { assertTable(t, fresh303Cases) }
func TestFresh303Score(t *testing.T) {
	checkScore(t, "fresh303 formats", fresh303Cases, [worldNumFields]float64{98.5, 99.9, 85.5, 98.8})
}
