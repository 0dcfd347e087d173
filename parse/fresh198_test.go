package parse

import "testing"

// The hundred-and-ninety-eighth fresh table, written on 2026-12-05: healthcare, finance and B2B
// integration engines in 2025-2026, shapes no earlier table holds. Each family is one product's
// documented or observed output: InterSystems IRIS's structured log written by irislogd in its NVP
// form (with `-h` and `-i`, so a host= and an instance= field) and in its JSON form, and the IRIS
// Web Gateway's CSP.log event log (a `>>> Time: …; RT Build: …` header over indented lines);
// QuickFIX (C++)'s ScreenLog (a FIX timestamp to the nanosecond in an angle-bracketed header, the
// text in parentheses on the next line), QuickFIX/n's ScreenLog (`<event>`, `<incoming>`,
// `<outgoing>` and no time) and QuickFIX/J's FileLog event file without milliseconds; OpenAS2's
// server log (a JUL-style level word, FINE and WARNING among them, a wrapped message continued on
// indented lines) and phax's as2-server log (a bracketed ISO time with a comma, a padded level, the
// caller after ` -- `, a stack trace under it); the HAPI FHIR CLI (a banner, then logback lines
// with hundredths of a second, an OperationOutcome printed under its ERROR line) and the HAPI FHIR
// JPA server starter's Spring Boot 3 console; and Axway SecureTransport's xferlog in its default
// ctime layout and in 5.5's configurable `yyyy-MM-dd HH:mm:ss,SSS` layout with a ` ; ` delimiter.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`mirth`, `nextgen`, `rhapsody`, `intersystems`, `iris`, `healthshare`, `cconsole`,
// `messages.log`, `cloverleaf`, `hapi`, `fhir`, `orthanc`, `dcm4che`, `openemr`, `quickfix`,
// `FIX.4`, `8=FIX`, `kdb`, `swift`, `alliance`, `temenos`, `t24`, `como`, `murex`, `sterling`,
// `axway`, `securetransport`, `goanywhere`, `cleo`, `VLTrader`, `openas2`, `as2`, `AS2-SERVER`,
// `HL7`, `MSH|`, `mllp`, `DICOM`, `C-STORE`, `ensemble`, `jvm 1`, `RT Build`, `when="`, `log4q`,
// `tafj`, `iguana`, `b2bi`, `FIX Antenna`, `fix8`, `ISCAgent`, `CSP.log`, `logback-cli`, `Command
// Line Tool`, `<incoming>`, `, event>`, `xferlog`). IRIS is in earlier tables only as messages.log
// and its container (fresh22, fresh107); its structured log and the Web Gateway's CSP.log are in
// none. QuickFIX is in fresh44 (QuickFIX/J's one-line ScreenLog, the C++ FileLog event file) and
// fresh109 (QuickFIX/J's FileLog with milliseconds and SLF4J, QuickFIX/n's FileLog, QuickFIX/Go's
// two-line ScreenLog with Go's time form); the C++ two-line ScreenLog with a FIX timestamp, QuickFIX/n's
// untimed ScreenLog and QuickFIX/J's FileLog in whole seconds are in none. HAPI FHIR is in fresh44
// as the JPA starter's WAR logback file; the CLI and the starter's Spring Boot 3 console are not.
// OpenAS2, phax's as2-server and SecureTransport are in no table (fresh29's Axway family is its API
// Gateway; the xferlog families of earlier tables are wu-ftpd's, vsftpd's and ProFTPD's fields).
// Left out as measured already: Mirth Connect's mirth.log and console (fresh44), Rhapsody, Smile
// CDR, GoAnywhere's job log and Sterling B2Bi's noapp.log (fresh93), Cloverleaf's process log,
// dcm4chee-arc's console and IRIS's container (fresh107), Orthanc (fresh44, fresh130), dcm4chee's
// server.log (fresh44), T24's COB COMO (fresh94), TorQ and the kdb+ console (fresh109). Left out
// for want of a page that settled the lines: SWIFT Alliance's event journal export, Murex, Temenos
// TAFJ's logs, Cleo Harmony's XML log, GoAnywhere's system log, OpenEMR (its PHP errors go to the
// web server's error log) and a kdb+ logging library. The table holds 12 families, short of the 20
// asked for.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time without a zone is UTC (IRIS's `when`, CSP.log's ctime, OpenAS2's,
// as2-server's and the CLI's stamps, xferlog's local time); FIX timestamps are UTC by the
// protocol; Spring Boot's `Z` is UTC. The HAPI CLI's two fraction digits are hundredths (logback 1.3
// and later format `SS` as a fraction of the second: `07:41:16.88` is .880). QuickFIX/n's
// ScreenLog has no time. Levels only where the line marks one: IRIS's level field (DEBUG Debug,
// INFO Info, WARNING Warn, SEVERE Error, FATAL Critical), OpenAS2's words (FINE Debug, INFO,
// WARNING, ERROR), as2-server's, the CLI's and Spring Boot's level columns; none for CSP.log (its
// `Log-Level: 0` is the gateway's logging setting, not a severity), the QuickFIX screen and file
// logs (event, incoming and outgoing are kinds of record) and xferlog. The host is the record's
// host field: IRIS's `host` (given to irislogd with -h); a Remote-Addr, a FIX peer, an AS2 peer,
// xferlog's remote host and its service name are no host. A record that spans lines is one entry:
// a CSP.log header with its indented lines, a C++ ScreenLog header with its parenthesised text, an
// OpenAS2 message with its indented continuation, a stack trace under its line, the CLI's
// OperationOutcome under its ERROR line; the CLI's banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); hosts, ids, addresses, users and messages
// are invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit c747c4a before any rule for it: level 98.3 %, time 86.7 %, host 98.3 %, records 96.7 %.
// That is the macro figure (micro: level 98.0 %, time 86.0 %, host 98.0 %, records 96.0 %), in a
// worktree at 7d9f5dd (c747c4a plus fresh192's table only, no change to trawl's code; git status
// showed no file modified but this one and table_test.go's list), 10 of 12 families fully right.
// Right from the start: IRIS's NVP structured log (host= read as the host, SEVERE and FATAL read),
// CSP.log's header with its indented lines, QuickFIX C++'s two-line ScreenLog with nanoseconds,
// QuickFIX/J's FileLog in whole seconds, OpenAS2's FINE/WARNING/ERROR words and wrapped lines,
// as2-server's bracketed layout and stack trace, the HAPI CLI's hundredths and OperationOutcome
// body, the starter's Spring Boot 3 console and both SecureTransport xferlog layouts. What fails:
// IRIS's JSON `when` is not read as a time; QuickFIX/n's untimed ScreenLog takes the FIX message's
// 52= field as a time and joins the last `<event>` line to the message before it. No expectation
// was changed after the first run.

var fresh198Cases = []worldCase{
	{
		name:   "iris-structured-log-nvp-host",
		source: "InterSystems IRIS structured logging (^LOGDMN, irislogd with -h hostname -i instance, format NVP: `host=… instance=… when=\"yyyy-mm-dd hh:mm:ss.sss\" pid=N level=DEBUG2|DEBUG|INFO|WARNING|SEVERE|FATAL event=Category.Event text=\"…\"`, one entry a line): docs.intersystems.com 'Setting Up Structured Logging' (ALOG, GCM_structuredlog) and 'ChildProcessArgs' (RACS_processargs)",
		why:    "name=value pairs with the time quoted in when=, the level a word in level= (SEVERE and FATAL), the host in host=",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "hc-iris01", `host=hc-iris01 instance=HEALTHCONNECT when="2026-11-29 07:41:16.412" pid=5120 level=INFO event=Utility.Event text="Startup of InterSystems IRIS [IRISHealth for UNIX (Ubuntu Server LTS for x86-64 Containers) 2025.1]"`),
			we("2026-11-29T07:41:18.077Z", Warn, "hc-iris01", `host=hc-iris01 instance=HEALTHCONNECT when="2026-11-29 07:41:18.077" pid=5120 level=WARNING event=Generic.Event text="Warning: Alternate and primary journal directories are the same"`),
			we("2026-11-29T07:43:02.930Z", Error, "hc-iris01", `host=hc-iris01 instance=HEALTHCONNECT when="2026-11-29 07:43:02.930" pid=5188 level=SEVERE event=Utility.Event text="Previous system shutdown was abnormal, system forced down or crashed"`),
			we("2026-11-29T07:46:10.004Z", Warn, "hc-iris01", `host=hc-iris01 instance=HEALTHCONNECT when="2026-11-29 07:46:10.004" pid=6412 level=WARNING event=System.Monitor text="CPUusage Warning: CPUusage = 81 ( Warnvalue is 75)."`),
			we("2026-11-29T07:51:44.218Z", Critical, "hc-iris01", `host=hc-iris01 instance=HEALTHCONNECT when="2026-11-29 07:51:44.218" pid=5120 level=FATAL event=Generic.Event text="Unable to expand database /data/hs/HSREGISTRY/: disk full"`),
		},
	},
	{
		name:   "iris-structured-log-json",
		source: "InterSystems IRIS structured logging with the JSON format option (the same fields as NVP, one object a line: host, instance, when, pid, level, event, text): docs.intersystems.com 'Setting Up Structured Logging' (ALOG; the format option NVP or JSON of ^LOGDMN, juejin.cn's translation of it)",
		why:    "an object whose time is a zoneless `yyyy-mm-dd hh:mm:ss.sss` string under `when` and whose level is IRIS's word (SEVERE)",
		entries: []worldEntry{
			we("2026-11-29T08:02:11.540Z", Info, "hc-iris02", `{"host":"hc-iris02","instance":"IRIS","when":"2026-11-29 08:02:11.540","pid":7741,"level":"INFO","event":"Utility.Event","text":"Private webserver started on 52773"}`),
			we("2026-11-29T08:02:12.118Z", Debug, "hc-iris02", `{"host":"hc-iris02","instance":"IRIS","when":"2026-11-29 08:02:12.118","pid":7741,"level":"DEBUG","event":"Generic.Event","text":"Journal file /data/journal/20261129.003 opened"}`),
			we("2026-11-29T08:05:40.661Z", Warn, "hc-iris02", `{"host":"hc-iris02","instance":"IRIS","when":"2026-11-29 08:05:40.661","pid":7802,"level":"WARNING","event":"System.Monitor","text":"Lock table is 85% full"}`),
			we("2026-11-29T08:06:03.009Z", Error, "hc-iris02", `{"host":"hc-iris02","instance":"IRIS","when":"2026-11-29 08:06:03.009","pid":7811,"level":"SEVERE","event":"Utility.Event","text":"ERROR #5002: ObjectScript error: <FILEFULL>zSave+12^HS.Registry.Patient.1"}`),
		},
	},
	{
		name:   "iris-webgateway-csp-log",
		source: "the InterSystems Web Gateway's event log CSP.log (`>>> Time: ctime; RT Build: N (platform/api); Log-Level: N; Gateway-PID: N; Gateway-TID: N[; Connection-No: …; Server: …; Request-ID: …; Session-ID: …; Remote-Addr: …; Page: …]` then the event's title and text indented by four spaces): a webgateway container's tail of /opt/webgateway/bin/CSP.log in a public repository's README; docs.intersystems.com 'Event Logging Parameters' (GCGI_config_parms_system_event)",
		why:    "a header line with a ctime after `>>> Time:` and semicolon-separated fields, the record's text on indented lines under it; the gateway's Log-Level setting is no severity and the Remote-Addr no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				">>> Time: Sun Nov 29 07:41:16 2026; RT Build: 2501.1784 (linux/apapi); Log-Level: 0; Gateway-PID: 212; Gateway-TID: 140211873429312",
				"    Initialization",
				"    The Web Gateway module '/opt/webgateway/bin/CSPa24.so' is loaded (IPv6 Enabled; MAX_CONNECTIONS=1024; MAX_SERVERS=9; MAX_APPLICATIONS=280; SHM=OS; IPC=DS)"),
			we("2026-11-29T07:44:02Z", Unknown, "",
				">>> Time: Sun Nov 29 07:44:02 2026; RT Build: 2501.1784 (linux/apapi); Log-Level: 0; Gateway-PID: 212; Gateway-TID: 140211861395008; Connection-No: 0; Server: HEALTHCONNECT; Request-ID: 3f1; Session-ID: ; Remote-Addr: 10.20.5.14; Page: GET /csp/healthshare/hsaccess/EnsPortal.ProductionConfig.zen",
				"    Server Availability Error",
				"    Server is currently unavailable"),
			we("2026-11-29T07:44:31Z", Unknown, "",
				">>> Time: Sun Nov 29 07:44:31 2026; RT Build: 2501.1784 (linux/apapi); Log-Level: 0; Gateway-PID: 212; Gateway-TID: 140211852998400; Connection-No: 1; Server: HEALTHCONNECT; Request-ID: 3f4; Session-ID: ; Remote-Addr: 10.20.5.14; Page: GET /csp/healthshare/hsaccess/EnsPortal.ProductionConfig.zen",
				"    Connection to server HEALTHCONNECT established",
				"    Server: 10.20.1.31:1972; Username: CSPSystem"),
		},
	},
	{
		name:   "quickfix-cpp-screenlog-nanos",
		source: "QuickFIX (C++) ScreenLog (src/C++/Log.h: `std::cout << \"<\" << UtcTimeStampConvertor::convert(m_time, 9) << \", \" << m_prefix << \", \" << \"event>\" << std::endl << \"  (\" << value << \")\"`, the same for incoming and outgoing): quickfix/quickfix Log.h as stored in several forks",
		why:    "a FIX timestamp to the nanosecond inside an angle-bracketed header with the session and the record's kind, the text in parentheses on the indented next line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120413000Z", Unknown, "", "<20261129-07:41:16.120413000, FIX.4.4:OMS03->XEUR, event>", "  (Created session)"),
			we("2026-11-29T07:41:16.131877000Z", Unknown, "", "<20261129-07:41:16.131877000, FIX.4.4:OMS03->XEUR, event>", "  (Connecting to 10.60.4.20 on port 9230 (Source 10.60.0.31:0))"),
			we("2026-11-29T07:41:16.204118000Z", Unknown, "", "<20261129-07:41:16.204118000, FIX.4.4:OMS03->XEUR, outgoing>", "  (8=FIX.4.4\x019=70\x0135=A\x0134=1\x0149=OMS03\x0152=20261129-07:41:16.204\x0156=XEUR\x0198=0\x01108=30\x0110=061\x01)"),
			we("2026-11-29T07:41:16.377052000Z", Unknown, "", "<20261129-07:41:16.377052000, FIX.4.4:OMS03->XEUR, incoming>", "  (8=FIX.4.4\x019=70\x0135=A\x0134=1\x0149=XEUR\x0152=20261129-07:41:16.375\x0156=OMS03\x0198=0\x01108=30\x0110=077\x01)"),
			we("2026-11-29T07:41:16.377190000Z", Unknown, "", "<20261129-07:41:16.377190000, FIX.4.4:OMS03->XEUR, event>", "  (Received logon)"),
		},
	},
	{
		name:   "quickfixn-screenlog",
		gap:    "the FIX message's `52=20261129-08:14:01.986` sending-time field inside `<outgoing> 8=FIX.4.2|…` and `<incoming> 8=FIX.4.2|…` lines is taken as the record's time, and the last line `<event> Received logon` is joined to the `<incoming> …|52=20261129-08:14:02.099|…` record before it (the untimed `<event>` lines above the first timed one stay records of their own)",
		source: "QuickFIX/n ScreenLog (QuickFIXn/Logger/ScreenLog.cs: `Console.WriteLine(\"<event> \" + s)`, `\"<incoming> \" + msg.Replace(Message.SOH, '|')`, `\"<outgoing> \" + …`): connamara/quickfixn ScreenLog.cs as stored in several forks",
		why:    "the record's kind in angle brackets and no time at all; the FIX message's SOH separators shown as pipes (its 52= sending time is a field of the message, not the record's time)",
		entries: []worldEntry{
			we("", Unknown, "", "<event> Created session"),
			we("", Unknown, "", "<event> Connecting to 10.60.4.21 on port 9120"),
			we("", Unknown, "", "<outgoing> 8=FIX.4.2|9=67|35=A|34=1|49=OMS02|52=20261129-08:14:01.986|56=BATS|98=0|108=30|10=212|"),
			we("", Unknown, "", "<incoming> 8=FIX.4.2|9=67|35=A|34=1|49=BATS|52=20261129-08:14:02.099|56=OMS02|98=0|108=30|10=198|"),
			we("", Unknown, "", "<event> Received logon"),
		},
	},
	{
		name:   "quickfixj-filelog-event-seconds",
		source: "QuickFIX/J FileLog session event file with FileIncludeMilliseconds=N (`yyyyMMdd-HH:mm:ss: text`, UTC): QuickFIX/J configuration reference (FileIncludeMilliseconds, FileIncludeTimeStampForMessages); the millisecond form is fresh109's",
		why:    "a compact FIX date and time in whole seconds glued to a colon before the text",
		entries: []worldEntry{
			we("2026-11-29T06:58:00Z", Unknown, "", "20261129-06:58:00: Session FIX.4.4:OMS05->XLON schedule is daily, 07:00:00-UTC - 17:30:00-UTC"),
			we("2026-11-29T07:00:00Z", Unknown, "", "20261129-07:00:00: Initiated logon request"),
			we("2026-11-29T07:00:01Z", Unknown, "", "20261129-07:00:01: Received logon"),
			we("2026-11-29T07:36:12Z", Unknown, "", "20261129-07:36:12: MsgSeqNum too high, expecting 412 but received 418: 8=FIX.4.4\x019=60\x0135=0\x0134=418\x0149=XLON\x0152=20261129-07:36:12.004\x0156=OMS05\x0110=140\x01"),
		},
	},
	{
		name:   "openas2-server-log",
		source: "OpenAS2 server log (`yyyy-MM-dd HH:mm:ss.SSS LEVEL Class: message`, JUL-style levels FINE FINER INFO WARNING plus ERROR, a long message wrapped onto indented lines): OpenAS2/OpenAs2App issues #61 and #358",
		why:    "a level word after the time (FINE, WARNING, ERROR), a class name with a colon before the message; an indented continuation belongs to the record above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.189Z", Debug, "", "2026-11-29 07:41:16.189 FINE XMLSession: Loading partnerships..."),
			we("2026-11-29T07:41:16.902Z", Info, "", "2026-11-29 07:41:16.902 INFO OpenAS2Server: OpenAS2 V4.6.1 Started"),
			we("2026-11-29T07:42:05.330Z", Warn, "",
				"2026-11-29 07:42:05.330 WARNING HTTPUtil: The request either contained no data or has issues with the Transfer-Encoding or Content-Length: : POST /",
				"        Headers: ;;Content-Length==0;;AS2-From==retail_hub;;AS2-To==acme_as2_prod;;User-Agent==OpenAS2 Server v4.6.1 (AS2SenderModule);;AS2-Version==1.1"),
			we("2026-11-29T07:43:17.012Z", Error, "",
				"2026-11-29 07:43:17.012 ERROR OpenAS2Exception: Error occurred:: The private key was not found for alias. Check that the private key has been added",
				"to the keystore for the alias: acme_2026"),
		},
	},
	{
		name:   "phax-as2-server-log",
		source: "phax/as2-server (the as2-lib based AS2 server) log4j layout `[yyyy-MM-ddTHH:mm:ss,SSS] [AS2-SERVER] [LEVEL] [thread] message -- caller(File.java:N)`: phax/as2-server issues #9, #14 and #16",
		why:    "a bracketed ISO time with a comma before the milliseconds, an application tag, a padded level in brackets, the caller after ` -- `; a stack trace under an ERROR line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.714Z", Info, "", "[2026-11-29T07:41:16,714] [AS2-SERVER] [INFO ] [AS2ConnectionThread-AS2ReceiverModule] Incoming connection 10.40.2.17:57605 -- com.helger.as2lib.processor.receiver.net.AS2ReceiverHandler.handle(AS2ReceiverHandler.java:486)"),
			we("2026-11-29T07:41:16.735Z", Debug, "", "[2026-11-29T07:41:16,735] [AS2-SERVER] [DEBUG] [AS2ConnectionThread-AS2ReceiverModule] Setting message attribute: 'source_ip' = '/10.40.2.17' -- com.helger.as2lib.message.AbstractBaseMessage.setAttribute(AbstractBaseMessage.java:136)"),
			we("2026-11-29T07:41:17.020Z", Warn, "", "[2026-11-29T07:41:17,020] [AS2-SERVER] [WARN ] [AS2ConnectionThread-AS2ReceiverModule] Partnership retail_hub-acme has no MIC algorithm, using sha-256 -- com.helger.as2lib.processor.receiver.net.AS2ReceiverHandler.decrypt(AS2ReceiverHandler.java:211)"),
			we("2026-11-29T07:41:17.204Z", Error, "",
				"[2026-11-29T07:41:17,204] [AS2-SERVER] [ERROR] [AS2ConnectionThread-AS2ReceiverModule] Error handling incoming message -- com.helger.as2lib.processor.receiver.net.AS2ReceiverHandler.handle(AS2ReceiverHandler.java:540)",
				"com.helger.as2lib.exception.AS2Exception: Failed to decrypt: no recipient matches certificate alias acme_2026",
				"\tat com.helger.as2lib.processor.receiver.net.AS2ReceiverHandler.decrypt(AS2ReceiverHandler.java:230) ~[as2-lib-5.1.4.jar:5.1.4]",
				"\tat com.helger.as2lib.processor.receiver.AbstractActiveNetModule$ConnectionThread.run(AbstractActiveNetModule.java:228) [as2-lib-5.1.4.jar:5.1.4]"),
			we("2026-11-29T07:41:17.210Z", Info, "", "[2026-11-29T07:41:17,210] [AS2-SERVER] [INFO ] [AS2ConnectionThread-AS2ReceiverModule] AS2ConnectionThread: done running -- com.helger.as2lib.processor.receiver.AbstractActiveNetModule$ConnectionThread.run(AbstractActiveNetModule.java:240)"),
		},
	},
	{
		name:   "hapi-fhir-cli-console",
		source: "the HAPI FHIR command line tool (hapi-fhir-cli 6.x-8.x: a dashed banner with the version, process id, JVM memory and Java version, then logback lines `yyyy-MM-dd HH:mm:ss.SS [thread] LEVEL logger message`, an OperationOutcome printed under its ERROR line): hapifhir/hapi-fhir issues #3276 and #4000, b2ihealthcare/snow-owl issue #1168",
		why:    "two fraction digits (hundredths) after the seconds; a JSON body and an exception under an ERROR line belong to it; the banner is fed but not scored",
		entries: []worldEntry{
			wskip("------------------------------------------------------------",
				"🔥  HAPI FHIR 8.4.0 - Command Line Tool",
				"------------------------------------------------------------",
				"Process ID                      : 41207@term-build07",
				"Max configured JVM memory (Xmx) : 8.0GB",
				"Detected Java version           : 21.0.5",
				"------------------------------------------------------------"),
			we("2026-11-29T07:41:16.88Z", Info, "", "2026-11-29 07:41:16.88 [main] INFO  c.u.f.c.LogbackUtil Logging configuration set from file /logback-cli-on.xml"),
			we("2026-11-29T07:41:17.33Z", Info, "", "2026-11-29 07:41:17.33 [main] INFO  c.u.f.c.UploadTerminologyCommand Adding ZIP file: Loinc_2.81.zip"),
			we("2026-11-29T07:41:17.99Z", Info, "", "2026-11-29 07:41:17.99 [main] INFO  c.u.f.c.UploadTerminologyCommand Beginning upload - This may take a while..."),
			we("2026-11-29T07:41:22.97Z", Error, "",
				"2026-11-29 07:41:22.97 [main] ERROR c.u.f.c.UploadTerminologyCommand Received the following response:",
				"{",
				`  "resourceType": "OperationOutcome",`,
				`  "issue": [ {`,
				`    "severity": "error",`,
				`    "code": "processing",`,
				`    "diagnostics": "HAPI-0862: Could not find the following mandatory files in input: [LoincTable/Loinc.csv]"`,
				"  } ]",
				"}"),
			we("2026-11-29T07:41:22.98Z", Error, "",
				"2026-11-29 07:41:22.98 [main] ERROR ca.uhn.fhir.cli.App Error during execution: ",
				"ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException: HTTP 422 : HAPI-0862: Could not find the following mandatory files in input: [LoincTable/Loinc.csv]",
				"\tat ca.uhn.fhir.rest.client.impl.BaseClient.invokeClient(BaseClient.java:418)"),
		},
	},
	{
		name:   "hapi-fhir-jpaserver-boot3-console",
		source: "the HAPI FHIR JPA server starter's Docker image (Spring Boot 3 default console `yyyy-MM-ddTHH:mm:ss.SSSZ  LEVEL pid --- [thread] logger : message`): hapifhir/hapi-fhir issue #4000 (a 2025 comment pasting the container's lines); the WAR's logback file is fresh44's",
		why:    "an ISO time in UTC, a padded level, the pid and `---`, a right-aligned thread in brackets, the logger before ` : `; a stack trace under an ERROR line",
		entries: []worldEntry{
			we("2026-11-29T07:41:11.092Z", Info, "", "2026-11-29T07:41:11.092Z  INFO 1 --- [           main] ca.uhn.fhir.util.VersionUtil             : HAPI FHIR version 8.4.0 - Rev 5f1c2a7e9b"),
			we("2026-11-29T07:41:11.097Z", Info, "", "2026-11-29T07:41:11.097Z  INFO 1 --- [           main] ca.uhn.fhir.context.FhirContext          : Creating new FHIR context for FHIR version [R4]"),
			we("2026-11-29T07:41:29.515Z", Warn, "", "2026-11-29T07:41:29.515Z  WARN 1 --- [           main] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Warning Code: 0, SQLState: 00000"),
			we("2026-11-29T07:42:03.771Z", Error, "",
				"2026-11-29T07:42:03.771Z ERROR 1 --- [nio-8080-exec-4] c.u.f.r.s.i.ExceptionHandlingInterceptor : Failure during REST processing",
				"ca.uhn.fhir.rest.server.exceptions.InternalErrorException: HAPI-0389: Failed to call access method: java.lang.NullPointerException",
				"\tat ca.uhn.fhir.rest.server.method.BaseMethodBinding.invokeServerMethod(BaseMethodBinding.java:268)",
				"\tat ca.uhn.fhir.rest.server.method.BaseResourceReturningMethodBinding.doInvokeServer(BaseResourceReturningMethodBinding.java:270)"),
		},
	},
	{
		name:   "axway-securetransport-xferlog",
		source: "Axway SecureTransport xferlog (ST_HOME/var/logs/xferlog, `<current_time> <transfer_time> <remote_host> <file_size> <file_name> <transfer_mode> <transfer_security> <direction> <access_mode> <user_name> <server_name> 0 *`, the current local time as `DDD MMM dd hh:mm:ss YYYY`): docs.axway.com SecureTransport 5.4 Administrator Guide 'General log files'",
		why:    "a ctime first, then the transfer's fields; the remote host is a peer and the server name a protocol daemon, neither the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 3 10.40.2.17 204800 /home/retail_hub/inbound/INV_4411.edi b _ i r retail_hub ssh 0 *"),
			we("2026-11-29T07:41:52Z", Unknown, "", "Sun Nov 29 07:41:52 2026 1 203.0.113.45 18211 /home/acme_ap/outbound/REMIT_20261129.xml b S o r acme_ap ftp 0 *"),
			we("2026-11-29T07:43:05Z", Unknown, "", "Sun Nov 29 07:43:05 2026 0 192.0.2.80 4410 /home/partner44/inbound/ORDERS_77120.edi b _ i r partner44 as2 0 *"),
		},
	},
	{
		name:   "axway-securetransport-xferlog-iso-delimited",
		source: "Axway SecureTransport 5.5 xferlog with its XferLogLayout set to `dateFormat=\"yyyy-MM-dd HH:mm:ss,SSS\"` and `delimiter=\" ; \"` (the same fields): docs.axway.com SecureTransport 5.5 Administrator Guide 'General log files'",
		why:    "a time with a comma before its milliseconds, then ` ; ` between the fields (a file name may hold spaces)",
		entries: []worldEntry{
			we("2026-11-29T08:02:11.412Z", Unknown, "", "2026-11-29 08:02:11,412 ; 2 ; 10.40.2.17 ; 98304 ; /home/retail_hub/inbound/ASN 4412.edi ; b ; _ ; i ; r ; retail_hub ; ssh ; 0 ; *"),
			we("2026-11-29T08:02:40.007Z", Unknown, "", "2026-11-29 08:02:40,007 ; 0 ; 203.0.113.45 ; 2210 ; /home/acme_ap/outbound/ACK 997 4412.edi ; b ; S ; o ; r ; acme_ap ; ftp ; 0 ; *"),
			we("2026-11-29T08:05:13.560Z", Unknown, "", "2026-11-29 08:05:13,560 ; 41 ; 10.40.7.3 ; 734003200 ; /home/bank_feed/inbound/camt053_20261129.xml ; b ; _ ; i ; r ; bank_feed ; pesit ; 0 ; *"),
		},
	},
}

func TestFresh198Formats(t *testing.T) { assertTable(t, fresh198Cases) }

func TestFresh198Score(t *testing.T) {
	checkScore(t, "fresh198 formats", fresh198Cases, [worldNumFields]float64{98.2, 94.9, 98.2, 96.6})
}
