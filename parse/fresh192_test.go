package parse

import "testing"

// The hundred-and-ninety-second fresh table, written on 2026-12-05: enterprise ERP, middleware
// and mainframe-adjacent logs as their admins read them in 2025-2026. Each family is one product's
// own file or console in a shape no earlier table holds: SAP NetWeaver's developer traces (dev_w0
// with its component letters, dev_disp with bare stamp lines, dev_icm with its `[Thr N]` prefix),
// SAProuter's `-G` connection log, AS Java's List log format 2.0 (defaultTrace), a HANA trace with
// an exception block; Oracle E-Business Suite's Internal Concurrent Manager log; a Siebel component
// log; PeopleSoft's Process Scheduler log; IBM MQ 9.4's FDC
// reports, `ffstsummary` and the MQ container's stdout; App Connect Enterprise's integration
// server console and IBM Integration Bus's syslog lines; and an Informatica PowerCenter session log.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`SAP`, `dev_w`, `dev_disp`, `dev_icm`, `trc file`, `Thr 1`, `DpHdl`, `webdisp`, `Web
// Dispatcher`, `saprouter`, `CONNECT FROM`, `SM21`, `#2.0#`, `HANA`, `indexserver`, `sqltrace`,
// `concurrent manager`, `Concurrent Manager`, `E-Business`, `FNDLIBR`, `Current system time`,
// `Process monitor session`, `[START `, `PeopleSoft`, `APPSRV`, `PSAPPSRV`, `PSPRCSRV`, `Process
// Scheduler`, `Siebel`, `ObjMgr`, `GenericLog`, `Business Central`, `Dynamics`, `AOS`, `QHST`,
// `DSPJOBLOG`, `DSPLOG`, `IBM i`, `z/OS`, `OPERLOG`, `JES2`, `JESMSGLG`, `JESYSMSG`, `CICS`, `CSMT`,
// `DFH`, `DFHSI`, `IMS`, `DFS994`, `IEA`, `HZS`, `$HASP`, `ICH70001I`, `AMQERR`, `AMQ9`, `Z AMQ`,
// `First Failure`, `Probe Id`, `BIP`, `BIP1990`, `BIP2152`, `Integration Bus`, `Integration
// server`, `TIBCO`, `BusinessWorks`, `BW6`, `BWENGINE`, `Mule`, `mule_ee`, `jvm 1`, `Boomi`,
// `process log`, `Informatica`, `PowerCenter`, `TM_6014`, `MAPPING) :`, `WebLogic`, `WebSphere`,
// and the family names of every earlier table). `CONNECT FROM` is in earlier tables only as other
// daemons' words (rsyncd, FTP servers), `IEA` and `DFH` only in other products' lines, `AOS`,
// `IMS`, `ACE` and `BIP` only as fragments of other words. Left out as measured already: HANA's
// one-line trace (fresh5) and backup.log (fresh52), PeopleSoft's APPSRV.LOG (fresh42), JD Edwards
// (fresh42), the Mule 4 runtime log (fresh29), TIBCO BW6's AppNode log and Boomi's container log
// (fresh93), TIBCO EMS (fresh7), Informatica's mapping-task log (fresh20), MQ's AMQERR01.LOG in its
// text and JSON forms (fresh2, fresh141) and its MFT agent log (fresh93), the z/OS SYSLOG (fresh20),
// JESMSGLG and JESYSMSG (fresh45), z/OS USS syslogd, ISPF and FTP (fresh101), the IBM i job log
// QPJOBLOG (fresh45) and history log (fresh101), CICS's MSGUSR (fresh45), LE's COBOL SYSOUT
// (fresh47), webMethods IS and Sterling B2Bi (earlier tables). The Process Scheduler log is
// PeopleSoft's, as fresh42's APPSRV.LOG is, in a shape of its own (a bracket holding the time and
// a blank only, another server). Left out for want of a page that settled the lines in the time
// given: the SM21 system log as exported, SAP Web Dispatcher's own HTTP log, Dynamics 365 Business
// Central and AX AOS event exports, z/OS OPERLOG as SDSF shows it, IMS, IBM i's DSPLOG print,
// EBS's adop logs, Boomi's process execution log, Mule 4's wrapper.log and TIBCO BW6's bwagent
// log. The table holds 15 families, fewer than the twenty asked, for the time the search allowed.
// A sixteenth, oracle-ebs-concurrent-request-log (an EBS 12.2 l<request_id>.req: `Current system
// time is 29-NOV-2026 07:41:16`, `**Starts**29-NOV-2026 07:41:17`, `**Ends**29-NOV-2026 07:41:19`,
// two FND_FILE lines, `Concurrent request completed successfully`, `Current system time is
// 29-NOV-2026 07:41:20`, between ruled boxes, the `Start of log messages from FND_FILE` and `End of
// log messages from FND_FILE` banners and blank lines fed but not scored), was written, scored and
// taken out again: TestRepeatedLinesReadAlike found its `**Ends**` record read otherwise on a
// later pass (it is reported for fixing, not added to repeatKnown).
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time without a zone is UTC (the SAP stamps, SAProuter, HANA, EBS's
// manager log, Siebel's rows, PeopleSoft, ACE's console, Informatica); an offset is converted (AS Java's +0100
// field, ffstsummary's bare -5 hours); an FDC report's Date/Time row and its UTC Time epoch are
// both accepted ("a|b"); EBS's DD-MON-YYYY is read with its month name. Levels only where the
// source puts one: SAP's `*** ERROR =>` and `*** WARNING =>` entries (not `***LOG`, a system-log
// marker); AS Java's severity field; HANA's letters; Siebel's severity digit (1 Error, 2 Warn, 3
// Info, 4 Debug); PeopleSoft's LogFence (1 Error, 2 Warn, 3 Info, 4 Debug); the last letter of an
// IBM AMQ or BIP message id that leads the message (I Info, W Warn, E Error, the rule earlier
// tables use); PowerCenter's severity column. None for SAProuter, the SAP stamps with no marker
// under them, EBS, ffstsummary, runmqserver's own lines, and an FDC report (its Probe Severity is
// MQ's own 1-4 scale with no word, and its AMQ id stands inside the Probe Description row). Hosts:
// an FDC report's Host Name row; the syslog host of IIB's lines; PowerCenter's node column, the
// logical machine the Integration Service process runs on. A peer (SAProuter's hosts, dev_icm's
// `peer:`, MQ's `Connection to host`), a host named in a message (`ThInit: running on host`,
// `ICM running on:`, HANA's plan location) or an ACE/IIB node or server name is no host. A record
// that spans lines is one entry: an SAP stamp line with the entries under it down to the next
// stamp (the entries carry no time of their own; the stamp is written when the clock has moved,
// and what follows it is what happened at that time), an AS Java record from `#2.0#` to its lone
// `#`, HANA's exception block, Siebel's SQL text, an FDC report from its box down to its trace
// history. Trace banners, AS Java's header, Siebel's first line and EBS's blank lines are fed but
// not scored.
//
// The shapes come from the documentation, pages and issue threads each case names, found with the
// search tool (corpora "docs", "pages", "issues", "code"), and, where source says so, from memory
// of real files; hosts, ids, addresses, users and messages are invented, and every time is on
// 2026-11-29. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit d848365 before any rule for it: level 62.9 %, time 78.9 %, host 85.6 %, records 83.1 %.
// That is the macro figure (micro: level 62.1 %, time 86.4 %, host 89.4 %, records 87.9 %), in the
// working tree (git status showed no file modified but this one and table_test.go's list), 4 of 15
// families fully right (with the request log still in, 16 families: level 61.6 %, time 75.7 %,
// host 82.9 %, records 79.7 %). Right from the start: SAProuter's log, HANA's exception block, the
// MQ container's stdout and ACE's console, and in the failing families the SAP stamps' times and
// blocks, Siebel's, PeopleSoft's, IIB's and PowerCenter's times. What fails: the level under an
// SAP stamp, AS Java's `#2.0#` records, the end of EBS's manager log, Siebel's severity digit and
// SQL text, PeopleSoft's LogFence, the FDC report, ffstsummary's offset, IIB's BIP letter behind
// syslog and PowerCenter's node. No expectation was changed after the first run.

var fresh192Cases = []worldCase{
	{
		name:   "sap-dev-w0-component-letter-stamps",
		gap:    "the level is read from the stamp line alone: a block whose entry under the stamp is `M  *** ERROR => ThCheckReqInfo: …` comes out Unknown instead of Error, and one under `A Sun Nov 29 07:41:21:440 2026` comes out Alert (the component letter A, for ABAP, is taken for a level) instead of the Warn of its `A  *** WARNING => ab_rfcimport: …` line",
		source: "SAP NetWeaver ABAP work-process developer trace dev_w<n> in /usr/sap/<SID>/<inst>/work (a dashed `trc file: \"dev_w0\", trc level: 1, release: \"793\"` banner and a `*  ACTIVE TRACE LEVEL` block, then every line opened by its component letter: `M Www Mmm dd HH:mm:ss:mmm yyyy` when the clock has moved, the entries under it with two blanks after the letter, errors as `*** ERROR =>`, warnings as `*** WARNING =>`, system-log entries as `***LOG Xnn=>`): SAP Help 'Developer Traces' (help.sap.com saphelp_snc700 and saphelp_bw30b, 'Error and System Log Entries in Trace Files'); sapbasisnotes.blogspot.com 'Developer Traces'; dev_w0 lines quoted in a stored SAP training simulator (code corpus, `M  Wed May 07 09:14:22 2026` style). dev_w traces are named in fresh178's header only, as left out",
		why:    "a ctime with milliseconds after a colon and the year last, on a line of its own behind a component letter; the entries under it (no time of their own) belong to it; `*** ERROR =>` and `*** WARNING =>` on the line under the stamp are the block's level, `***LOG` is a system-log marker and no level; the banner and the parameter lines above are no records",
		entries: []worldEntry{
			wskip("---------------------------------------------------",
				`trc file: "dev_w0", trc level: 1, release: "793"`,
				"---------------------------------------------------",
				"*",
				"*  ACTIVE TRACE LEVEL           1",
				"*  ACTIVE TRACE COMPONENTS      All, egi",
				"*",
				"M sysno      00",
				"M sid        PRD",
				"M systemid   390 (AMD/Intel x86_64 with Linux)",
				"M relno      7930",
				"M patchno    200",
				"M pid        41207",
				"M"),
			we("2026-11-29T07:41:16.204Z", Unknown, "",
				"M Sun Nov 29 07:41:16:204 2026",
				"M  ThInit: running on host sapprd01",
				"M  ThInit: db_connect o.k."),
			we("2026-11-29T07:41:17.512Z", Error, "",
				"M Sun Nov 29 07:41:17:512 2026",
				"M  *** ERROR => ThCheckReqInfo: message send/receive with Timeout [thxxhead.c   4521]"),
			we("2026-11-29T07:41:19.003Z", Unknown, "",
				"B Sun Nov 29 07:41:19:003 2026",
				"B  ***LOG BY4=> sql error 1205 performing SEL on table VBHDR [dbtran.c     7211]",
				"B  ***LOG BY0=> Lock wait timeout exceeded; try restarting transaction [dbtran.c     7211]"),
			we("2026-11-29T07:41:21.44Z", Warn, "",
				"A Sun Nov 29 07:41:21:440 2026",
				"A  *** WARNING => ab_rfcimport: receiving unexpected table parameter ET_RETURN [abrfcio.c    4102]"),
			we("2026-11-29T07:41:24.118Z", Unknown, "",
				"M Sun Nov 29 07:41:24:118 2026",
				"M  ThVBEnd: WP back to free state (type DIA, no.0)"),
		},
	},
	{
		name:   "sap-dev-disp-bare-stamps",
		source: "SAP NetWeaver ABAP dispatcher developer trace dev_disp (kernel 7.4x and later: the same dashed banner, then the kernel's parameter lines, then lines with no component letter: a bare `Www Mmm dd HH:mm:ss:mmm yyyy` stamp line when the clock has moved and the entries under it, DpHdlDeadWp, DpWpDynCreate and DpRequestProcessingCheck among them): SAP Help 'Developer Traces' (file names, `*** ERROR =>` lines); from memory of real dev_disp files. dev_disp is in no earlier table",
		why:    "a stamp line with nothing but the ctime and its milliseconds; the lines under it until the next stamp are one entry; the level is the `*** ERROR =>`/`*** WARNING =>` entry under the stamp; a pid and a work-process number are no host",
		entries: []worldEntry{
			wskip("---------------------------------------------------",
				`trc file: "dev_disp", trc level: 1, release: "793"`,
				"---------------------------------------------------",
				"sysno      00",
				"sid        PRD",
				"systemid   390 (AMD/Intel x86_64 with Linux)",
				"relno      7930",
				"patchno    200",
				"pid        41190",
				""),
			we("2026-11-29T07:41:16.002Z", Unknown, "",
				"Sun Nov 29 07:41:16:002 2026",
				"DpHdlDeadWp: W7 (pid=41214) terminated automatically"),
			we("2026-11-29T07:41:18.74Z", Error, "",
				"Sun Nov 29 07:41:18:740 2026",
				"*** ERROR => DpHdlDeadWp: W3 (pid 41208) died (severity=0, status=11) [dpxxwp.c     1480]",
				"DpTraceWpStatus: child (pid=41208) killed with signal 11"),
			we("2026-11-29T07:41:18.741Z", Unknown, "",
				"Sun Nov 29 07:41:18:741 2026",
				"DpWpDynCreate: created new work process W11-44120"),
			we("2026-11-29T07:45:02.117Z", Warn, "",
				"Sun Nov 29 07:45:02:117 2026",
				"*** WARNING => DpRequestProcessingCheck: potential request processing problem detected (14. check) [dpxxwp.c     4705]"),
		},
	},
	{
		name:   "sap-dev-icm-thread-prefixed-stamps",
		source: "SAP ICM developer trace dev_icm (and the Web Dispatcher's dev_webdisp, written the same way): the dashed banner, then every line behind `[Thr <thread id>] `, a `[Thr N] Www Mmm dd HH:mm:ss:mmm yyyy` stamp when the clock has moved and the entries under it, `*** ERROR =>` and `*** WARNING =>` entries with the source file and line in brackets, a connection's `role: …, local: …, peer: …` line under an error: blogs.sap.com 'Strange entries … in web dispatcher trace file' (2018, the `[Thr ID] *** ERROR => ICR: …` and role/peer lines); an icmbnd trace quoted in a stored write-up (code corpus, `[Thr 140555051841344] *** WARNING => NiServerHandle: …`). dev_icm is in no earlier table",
		why:    "the thread id in brackets before the stamp and before every entry under it; the entries under a stamp are one entry with it; the peer address on the role line is no host",
		entries: []worldEntry{
			wskip("---------------------------------------------------",
				`trc file: "dev_icm", trc level: 1, release: "793"`,
				"---------------------------------------------------"),
			we("2026-11-29T07:41:16.204Z", Unknown, "",
				"[Thr 140233105123136] Sun Nov 29 07:41:16:204 2026",
				"[Thr 140233105123136] IcmInit: listening to admin port: 65000, active: 1",
				"[Thr 140233105123136] ICM running on: sapprd01"),
			we("2026-11-29T07:41:17.655Z", Warn, "",
				"[Thr 140232987653888] Sun Nov 29 07:41:17:655 2026",
				"[Thr 140232987653888] *** WARNING => IcmReadFromConn(id=41/20712): temporarily out of MPI buffers -> roll out [icxxthrio_mt 2823]"),
			we("2026-11-29T07:41:19.038Z", Error, "",
				"[Thr 140232979261184] Sun Nov 29 07:41:19:038 2026",
				"[Thr 140232979261184] *** ERROR => IcmConnConnect(SSL): NiIConnect failed with rc = -10 (NIECONN_REFUSED) [icxxconn.c   2012]",
				"[Thr 140232979261184] role: Client, protocol: HTTPS, local: 10.40.2.11:41822, peer: 10.40.7.30:443"),
			we("2026-11-29T07:41:22.901Z", Unknown, "",
				"[Thr 140233105123136] Sun Nov 29 07:41:22:901 2026",
				"[Thr 140233105123136] IcmHandleMonitorMessage: SOFT SHUTDOWN received (timeout 300 s)"),
		},
	},
	{
		name:   "saprouter-g-logfile",
		source: "SAProuter's connection log written with `saprouter -r -G <logfile>` (`Www Mmm dd HH:mm:ss yyyy ACTION handle-pair host ip/port (name)`: INIT LOGFILE, READ ROUTTAB, CONNECT FROM/TO, ESTABLISHED, PERM DENIED, DISCONNECT): SAP Help 'Setting Up Logging in the SAProuter' and 'Evaluating the Log File of SAProuter' (help.sap.com saphelp_nw73ehp1), 'Successful Connection Setup and Data Transfer - An Example'. SAProuter is in no earlier table",
		why:    "a ctime with the year after the clock and before the action; the hosts on CONNECT and DISCONNECT lines are the connection's peers, never the record's host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:10Z", Unknown, "", "Sun Nov 29 07:41:10 2026 INIT LOGFILE"),
			we("2026-11-29T07:41:10Z", Unknown, "", "Sun Nov 29 07:41:10 2026 READ ROUTTAB ./saprouttab o.k."),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 CONNECT FROM C4/- host 203.0.113.45/51230 (gw.partner.example)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 CONNECT TO S4/12 host 10.40.2.11/3200 (sapprd01)"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026 ESTABLISHED S4/12"),
			we("2026-11-29T07:52:40Z", Unknown, "", "Sun Nov 29 07:52:40 2026 DISCONNECT C4/12 host 203.0.113.45/51230 (gw.partner.example)"),
		},
	},
	{
		name:   "sap-as-java-list-format-2-defaulttrace",
		gap:    "the `#2.0#2026 11 29 08:41:16:204#+0100#Info#…#` opening line is not read: no time (the space-separated date with `:204` milliseconds and the +0100 field), no level from the Info/Warning/Error field, and each record ends at its first line, its `#BC-JAS-…#Plain##` line, message and closing `#` split off",
		source: "SAP NetWeaver AS Java's defaultTrace_NN.trc and applications_NN.log in List log format 2.0 (a FILE_TYPE … HEADER_END header naming the columns and the severity map, then records opened by `#2.0#yyyy MM dd HH:mm:ss:mmm#±hhmm#Severity#Source#`, the CSN component, GUIDs, thread and `#Plain##` on the second line, the message on the lines after, a lone `#` closing the record): SAP Help 'List Log Format 2.0' (help.sap.com saphelp_nwce72: `2010 01 08 14:30:36:084`, the time zone field, DEBUG…FATAL); SAP-docs/btp-neo-environment 'Default Trace File' (the header, COLUMN_SEPARATOR 35, SEVERITY_MAP). No earlier table holds the `#2.0#` format",
		why:    "a space-separated date with a colon before the milliseconds inside hash-separated fields, an offset in its own field (+0100); each record spans three or more lines; the severity word is the level; the header is no record",
		entries: []worldEntry{
			wskip("FILE_TYPE:DAAA96DE0E0111E1B8CC0000002A3E7A",
				"FILE_ID:1795938070000",
				"ENCODING:[UTF8|NWCJS:ASCII]",
				"RECORD_SEPARATOR:124",
				"COLUMN_SEPARATOR:35",
				"ESC_CHARACTER:92",
				"COLUMNS:Time|TZone|Severity|Logger|Location|Thread|Stack|WithStack|ThreadName|MsgCode|MsgClear|MsgArgs|MsgArgsNo|ResourceBundleName|Guid|Application|DSRComponent|DSRUser|DSRTransaction|User|Session|Transaction|CSNComponent|DCName",
				"SEVERITY_MAP:FINEST|Information|FINER|Information|FINE|Information|CONFIG|Information|DEBUG|Information|PATH|Information|INFO|Information|WARNING|Warning|ERROR|Error|SEVERE|Error|FATAL|Error",
				"HEADER_END"),
			we("2026-11-29T07:41:16.204Z", Info, "",
				"#2.0#2026 11 29 08:41:16:204#+0100#Info#/System/Server#",
				"#BC-JAS-COR#jmsconnector#0A28020B1F3C00320000000100003C3A#4412450000000004##com.sap.engine.services.jmsconnector#####0bae1f20cd7711ef8e5a0000000a1b2c#0#Thread[Service Runner [jmsconnector],5,main]#Plain##",
				"Service jmsconnector started. (41 ms).",
				"#"),
			we("2026-11-29T07:41:18.077Z", Warn, "",
				"#2.0#2026 11 29 08:41:18:077#+0100#Warning#com.sap.engine.services.security.authentication.logincontext.table#",
				"#BC-JAS-SEC#security#0A28020B1F3C00320000000100003C41#4412450000000009##com.sap.engine.services.security.authentication.logincontext.table####1c2d3e40cd7711efb1a20000000a1b2c#1c2d3e40cd7711efb1a20000000a1b2c#1c2d3e40cd7711efb1a20000000a1b2c#0#Thread[HTTP Worker [@1524519457],5,Dedicated_Application_Thread]#Plain##",
				"Login of user JSMITH failed: the password has expired.",
				"#"),
			we("2026-11-29T07:41:19.402Z", Error, "",
				"#2.0#2026 11 29 08:41:19:402#+0100#Error#com.sap.engine.services.jmsconnector.spi.ManagedConnectionImpl#",
				"#BC-JAS-JMS#jmsconnector#0A28020B1F3C00320000000100003C4E#4412450000000012##com.sap.engine.services.jmsconnector.spi.ManagedConnectionImpl####2d3e4f50cd7711ef9c310000000a1b2c#2d3e4f50cd7711ef9c310000000a1b2c#2d3e4f50cd7711ef9c310000000a1b2c#0#Thread[JMS Connector Thread,5,main]#Plain##",
				"Connection to JMS provider lost",
				"javax.jms.JMSException: Connection reset",
				"\tat com.sap.jms.client.connection.RemoteAdapter.sendAndWait(RemoteAdapter.java:312)",
				"\tat com.sap.jms.client.connection.Connection.start(Connection.java:501)",
				"#"),
		},
	},
	{
		name:   "sap-hana-trace-exception-callstack",
		source: "SAP HANA 2.0 SPS07/SPS08 service trace (indexserver_<host>.<port>.NNN.trc: `[thread]{connection}[transaction/update] yyyy-MM-dd HH:mm:ss.ffffff L Component  file(line) : msg`, letters d i w e f), with an error's `exception  1: no.N (file:line)` lines, its indented details and its numbered `exception throw location:` frames on the lines under it: SAP HANA Administration Guide 'Database Trace'; from memory of real indexserver traces (out-of-memory and composite-limit errors). The one-line HANA trace is fresh5's; no table holds its exception block",
		why:    "the one-line record shape of fresh5 with an exception block of unprefixed and indented lines under an `e` line: one entry; the next bracketed line starts a record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120334Z", Info, "", "[41190]{-1}[-1/-1] 2026-11-29 07:41:16.120334 i Service_Startup  starter.cc(00642) : Service started: indexserver, port 30003"),
			we("2026-11-29T07:41:18.551203Z", Error, "",
				"[41233]{300412}[62/81230] 2026-11-29 07:41:18.551203 e Executor         PlanExecutor.cpp(00931) : plan plan81230@hana01:30003 failed with rc 4; rc=4 (out of memory)",
				"exception  1: no.1000002  (ptime/common/pcb/pcb.cc:1071)",
				"    Allocation failed ; $size$=2147483648; $name$=Pool/JoinEvaluator/JERequestedAttributes/Results; $type$=pool; $inuse_count$=4412",
				"exception throw location:",
				" 1: 0x00007f3a1c0b2e41 in MemoryManager::PoolAllocator::allocateNoThrowImpl(unsigned long, void const*)+0x5c1 at PoolAllocator.cpp:1126 (libhdbbasis.so)",
				" 2: 0x00007f3a1c0b3f12 in ltt::allocator::allocate(unsigned long)+0x62 at memory.cpp:196 (libhdbbasis.so)"),
			we("2026-11-29T07:41:20.004112Z", Warn, "", "[41240]{300415}[64/-1] 2026-11-29 07:41:20.004112 w Memory           MemoryManager.cpp(02911) : global allocation limit reached: 97.71 GB of 98.00 GB in use"),
			we("2026-11-29T07:41:22.8Z", Info, "", "[41190]{-1}[-1/-1] 2026-11-29 07:41:22.800000 i Logger           SavepointImpl.cpp(03544) : Savepoint current savepoint version: 88412, restart redo log position: 0x3fe1a40, next savepoint version: 88413"),
		},
	},
	{
		name:   "oracle-ebs-icm-manager-log",
		gap:    "the indented `                     Process monitor session ended : 29-NOV-2026 07:45:10` line is joined to the `Starting STANDARD Concurrent Manager                    : 29-NOV-2026 07:43:02` record above it (the `… session started :` line of the same shape, first in the file, is read right)",
		source: "Oracle E-Business Suite 12.2 Internal Concurrent Manager log ($APPLCSF/$APPLLOG/<SID>_MMDD.mgr: indented `Process monitor session started : DD-MON-YYYY HH24:MI:SS` and `… session ended :` lines, `Starting <NAME> Concurrent Manager   : DD-MON-YYYY HH24:MI:SS` padded to a column, untimed lines such as `Found dead process: spid=(…), cpid=(…), ORA pid=(…), manager=…`): flylib 'Log and Out Files' (Oracle E-Business Suite concurrent managers, what the manager log documents); from memory of real .mgr files. No earlier table holds an EBS concurrent manager log",
		why:    "the time comes last, after a colon padded out to a column, in DD-MON-YYYY; a line with no time is its own record with no time; blank lines are fed but not scored; no level, and a node named in the message is no host",
		entries: []worldEntry{
			wskip(""),
			we("2026-11-29T07:41:16Z", Unknown, "", "                     Process monitor session started : 29-NOV-2026 07:41:16"),
			wskip(""),
			we("2026-11-29T07:41:17Z", Unknown, "", "Starting FNDCRM Concurrent Manager                      : 29-NOV-2026 07:41:17"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Starting STANDARD Concurrent Manager                    : 29-NOV-2026 07:41:17"),
			we("", Unknown, "", "Found dead process: spid=(41207), cpid=(884120), ORA pid=(63), manager=0/1"),
			we("2026-11-29T07:43:02Z", Unknown, "", "Starting STANDARD Concurrent Manager                    : 29-NOV-2026 07:43:02"),
			we("2026-11-29T07:45:10Z", Unknown, "", "                     Process monitor session ended : 29-NOV-2026 07:45:10"),
		},
	},
	{
		name:   "siebel-component-event-log",
		gap:    "the severity digit in the third tab-separated field (`ObjMgrSessionInfo\\tObjMgrLogin\\t3\\t…`, `GenericLog\\tGenericError\\t1\\t…`) is not read as a level: every record comes out Unknown; and the SQL text under `SQLParseAndExecute\\tStatement\\t4\\t…\\tSELECT statement with ID: 0A1B2C3D` (`SELECT /*+ ALL_ROWS */`, `      T1.ROW_ID,` … `      T1.ROW_ID = :1`) is split off its event",
		source: "Siebel CRM 22.x/23.x server component log (siebsrvr/log/<Component>_<task>.log: a first line giving the file format, the log's creation time and offset, the component, task and path, then tab-separated `EventType<TAB>EventSubType<TAB>Severity<TAB>SARM id<TAB>yyyy-MM-dd HH:mm:ss<TAB>message`, severity 0 fatal, 1 error, 2 warning, 3 informational, 4 details, 5 diagnostic; an SQL statement's text runs on untabbed lines under its event): Oracle Siebel System Monitoring and Diagnostics Guide 'Example of Component Startup Log File' (docs.oracle.com cd/G26828_02 and cd/E63029_01: `ServerLog LstnObjInherit 3 0 … Inherited listening object for port …`) and 'Configuring Siebel Server and Component Logging'; directutor.com 'Siebel Server Component Event Logging' (the six log levels). Siebel is in no earlier table",
		why:    "the severity digit is the third tab-separated field, before a SARM id and the time: 1 Error, 2 Warn, 3 Info, 4 Debug; an SQL statement's lines under its event are one entry; the header line is no record",
		entries: []worldEntry{
			wskip("2021 2026-11-29 07:41:10 0000-00-00 00:00:00 +0000 00000000 001 003f 0001 09 SCCObjMgr_enu 4194308 41207 140 /siebel/ses/siebsrvr/log/SCCObjMgr_enu_0004_4194308.log 23.11.0.0 [23048] ENU"),
			we("2026-11-29T07:41:16Z", Info, "", "ObjMgrSessionInfo\tObjMgrLogin\t3\t0000b4a21f3c1a2b:0\t2026-11-29 07:41:16\tLogin name : JSMITH"),
			we("2026-11-29T07:41:16Z", Info, "", "ObjMgrSessionInfo\tObjMgrAuth\t3\t0000b4a21f3c1a2b:0\t2026-11-29 07:41:16\tAuthentication name : JSMITH"),
			we("2026-11-29T07:41:17Z", Debug, "",
				"SQLParseAndExecute\tStatement\t4\t0000b4a21f3c1a2b:0\t2026-11-29 07:41:17\tSELECT statement with ID: 0A1B2C3D",
				"SELECT /*+ ALL_ROWS */",
				"      T1.ROW_ID,",
				"      T1.NAME",
				"   FROM ",
				"      SIEBEL.S_ORG_EXT T1",
				"   WHERE ",
				"      T1.ROW_ID = :1"),
			we("2026-11-29T07:41:18Z", Warn, "", "ObjMgrBusCompLog\tWarning\t2\t0000b4a21f3c1a2b:0\t2026-11-29 07:41:18\tBusiness component 'Account' field 'Primary Address Id' is not active"),
			we("2026-11-29T07:41:19Z", Error, "", "GenericLog\tGenericError\t1\t0000b4a21f3c1a2b:0\t2026-11-29 07:41:19\t(sqlobj.cpp (5721)) SBL-DAT-00500: An error has occurred in the Siebel database layer. ORA-00054: resource busy and acquire with NOWAIT specified"),
		},
	},
	{
		name:   "peoplesoft-process-scheduler-schdlr-log",
		gap:    "the LogFence digit after the bracket with its trailing blank (`[2026-11-29T07:41:16.204 ](3)`, `](2)`, `](1)`, `](4)`) is not read as a level: every record comes out Unknown",
		source: "PeopleSoft PeopleTools 8.61/8.62 Process Scheduler server log (appserv/prcs/<DB>/LOGS/SCHDLR_MMDD.LOG: `SERVER.pid (0) [yyyy-MM-ddTHH:mm:ss.fff ](LogFence) msg` for PSPRCSRV, PSDSTSRV, PSMSTPRC and PSAESRV; LogFence 1 errors, 2 warnings, 3 informational, 4 tracing): docs.oracle.com PeopleTools 'Process Scheduler' (the LogFence setting); from memory of real SCHDLR logs. PeopleSoft's APPSRV.LOG is fresh42's (with an operator and a service in the brackets); the Process Scheduler's log, whose brackets hold the time and a blank only, is in no table",
		why:    "a zone-less ISO time with a blank before the closing bracket, then the LogFence digit in parentheses: 1 Error, 2 Warn, 3 Info, 4 Debug; the server name and pid first",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "PSPRCSRV.41207 (0) [2026-11-29T07:41:16.204 ](3) PeopleTools Release 8.61.05 (Linux) starting. Tuxedo server is PRCSGRP(101)/1"),
			we("2026-11-29T07:41:16.88Z", Info, "", "PSPRCSRV.41207 (0) [2026-11-29T07:41:16.880 ](3) Server: PSUNX checking status..."),
			we("2026-11-29T07:41:17.012Z", Info, "", "PSPRCSRV.41207 (0) [2026-11-29T07:41:17.012 ](3) Server action mode: Ok (looking for requests)"),
			we("2026-11-29T07:41:19.551Z", Warn, "", "PSDSTSRV.41230 (0) [2026-11-29T07:41:19.551 ](2) Distribution Agent: unable to post report for process instance 884120, will retry in 60 seconds"),
			we("2026-11-29T07:41:21.004Z", Error, "", "PSPRCSRV.41207 (0) [2026-11-29T07:41:21.004 ](1) Process 884121 (AE PAYCALC) has been marked as No Success: Application Engine exited with return code 1"),
			we("2026-11-29T07:41:22.33Z", Debug, "", "PSMSTPRC.41218 (0) [2026-11-29T07:41:22.330 ](4) Master Scheduler: 3 servers available in PRCSGRP"),
		},
	},
	{
		name:   "ibm-mq-ffst-fdc-record",
		gap:    "the report is not one record: each ends at its opening `+-----…-----+` rule, so it gets no time from its `| Date/Time         :- Sun November 29 2026 07:41:16 UTC` row (or the `| UTC Time          :- 1795938076.204118` epoch) and no host from its `| Host Name         :- mqprd01` row",
		source: "IBM MQ 9.4 First Failure Support Technology file /var/mqm/errors/AMQnnnnn.m.FDC (a boxed `IBM MQ First Failure Symptom Report` of `Key :- value` rows, Date/Time, UTC Time as an epoch, Host Name, Probe Id, Probe Severity, Probe Description with its AMQ id, then `MQM Function Stack` and `MQM Trace History`; a process appends each new report to the same file): IBM MQ 9.2 'FFST: IBM MQ for Windows' and 'FFST: IBM MQ for IBM i' (setgetweb.com mirrors of IBM Documentation), pronteff.com 'Understanding the Importance of FDC Files in IBM MQ'. AMQERR01.LOG is fresh2's and fresh141's; no table holds an FDC",
		why:    "a record that opens with a box rule and no time: its time is the Date/Time row (or the UTC Time epoch) inside it, its host the Host Name row; the function stack and trace history under the box belong to it; Probe Severity is MQ's own 1-4 scale with no level word and the AMQ id sits in a description, so no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204118Z", Unknown, "mqprd01",
				"+-----------------------------------------------------------------------------+",
				"|                                                                             |",
				"| IBM MQ First Failure Symptom Report                                         |",
				"| ===================================                                         |",
				"|                                                                             |",
				"| Date/Time         :- Sun November 29 2026 07:41:16 UTC                      |",
				"| UTC Time          :- 1795938076.204118                                      |",
				"| UTC Time Offset   :- 0 (UTC)                                                |",
				"| Host Name         :- mqprd01                                                |",
				"| Operating System  :- Linux 5.14.0-503.11.1.el9_5.x86_64                     |",
				"| PIDS              :- 5724H7230                                              |",
				"| LVLS              :- 9.4.0.5                                                |",
				"| Product Long Name :- IBM MQ for Linux (x86-64 platform)                     |",
				"| Vendor            :- IBM                                                    |",
				"| Data Path         :- /var/mqm/qmgrs/QMPRD01                                 |",
				"| Installation Path :- /opt/mqm                                               |",
				"| Probe Id          :- XC130003                                               |",
				"| Application Name  :- MQM                                                    |",
				"| Component         :- xehExceptionHandler                                    |",
				"| Program Name      :- amqrmppa                                               |",
				"| Process           :- 41207                                                  |",
				"| Thread            :- 12                                                     |",
				"| QueueManager      :- QMPRD01                                                |",
				"| Major Errorcode   :- STOP                                                   |",
				"| Minor Errorcode   :- OK                                                     |",
				"| Probe Type        :- HALT6109                                               |",
				"| Probe Severity    :- 1                                                      |",
				"| Probe Description :- AMQ6109S: An internal IBM MQ error has occurred.       |",
				"| FDCSequenceNumber :- 0                                                      |",
				"| Arith1            :- 11 (0xb)                                               |",
				"| Comment1          :- SIGSEGV: address not mapped(0x8)                       |",
				"|                                                                             |",
				"+-----------------------------------------------------------------------------+",
				"",
				"MQM Function Stack",
				"ccxResponder",
				"rrxResponder",
				"rriAcceptSess",
				"xcsFFST",
				"",
				"MQM Trace History",
				"-------------{ xcsFFSTFn",
				"Data: 0x00000000",
				"-------------} xcsFFSTFn rc=OK",
				"",
			),
			we("2026-11-29T07:43:02Z|2026-11-29T07:43:02.55194Z", Unknown, "mqprd01",
				"+-----------------------------------------------------------------------------+",
				"|                                                                             |",
				"| IBM MQ First Failure Symptom Report                                         |",
				"| ===================================                                         |",
				"|                                                                             |",
				"| Date/Time         :- Sun November 29 2026 07:43:02 UTC                      |",
				"| UTC Time          :- 1795938182.551940                                      |",
				"| UTC Time Offset   :- 0 (UTC)                                                |",
				"| Host Name         :- mqprd01                                                |",
				"| Operating System  :- Linux 5.14.0-503.11.1.el9_5.x86_64                     |",
				"| LVLS              :- 9.4.0.5                                                |",
				"| Probe Id          :- RM031101                                               |",
				"| Component         :- rriAcceptSess                                          |",
				"| Program Name      :- amqrmppa                                               |",
				"| Process           :- 41207                                                  |",
				"| Thread            :- 14                                                     |",
				"| QueueManager      :- QMPRD01                                                |",
				"| Major Errorcode   :- rrcE_PROTOCOL_ERROR                                    |",
				"| Probe Type        :- MSGAMQ9504                                             |",
				"| Probe Severity    :- 2                                                      |",
				"| Probe Description :- AMQ9504E: A protocol error was detected for channel    |",
				"|                      'APP.SVRCONN'.                                         |",
				"| FDCSequenceNumber :- 1                                                      |",
				"| Comment1          :- APP.SVRCONN                                            |",
				"|                                                                             |",
				"+-----------------------------------------------------------------------------+",
				"",
				"MQM Function Stack",
				"ccxResponder",
				"rrxResponder",
				"rriAcceptSess",
				"xcsFFST",
				"",
			),
		},
	},
	{
		name:   "ibm-mq-ffstsummary-output",
		gap:    "the bare hour offset glued to the time (`2026/11/29 02:41:16.204118-5`) is dropped: the time is read as UTC, five hours early (02:41:16.204118Z instead of 07:41:16.204118Z); a one-digit offset is read only before two blanks (WoW's combat log), where one blank may be a counter's",
		source: "IBM MQ's `ffstsummary` run in /var/mqm/errors (one line a report, sorted by time: `file yyyy/MM/dd HH:mm:ss.ffffff±H program pid thread probe-id component`, the offset in whole hours): IBM developerWorks aimsupport blog 'How to troubleshoot when your WebSphere MQ is creating FDCs' (`AMQ348308.0.FDC 2012/09/07 07:25:19.153937-4 amqzmur0 …`). No table holds it",
		why:    "a slashed date and a microsecond time with a bare hour offset glued to it (-5), after the FDC file's name; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "", "AMQ41207.0.FDC 2026/11/29 02:41:16.204118-5 amqrmppa 41207 12 XC130003 xehExceptionHandler"),
			we("2026-11-29T07:43:02.55194Z", Unknown, "", "AMQ41207.0.FDC 2026/11/29 02:43:02.551940-5 amqrmppa 41207 14 RM031101 rriAcceptSess"),
			we("2026-11-29T07:47:40.003311Z", Unknown, "", "AMQ41390.0.FDC 2026/11/29 02:47:40.003311-5 amqzlaa0 41390 3 XY132002 xehAsySignalHandler"),
		},
	},
	{
		name:   "ibm-mq-container-runmqserver-stdout",
		source: "the IBM MQ 9.3/9.4 container's stdout (runmqserver: `yyyy-MM-ddTHH:mm:ss.fffZ AMQnnnnX: text [CommentInsert1(…), ArithInsert1(…)]` for the queue manager's error-log messages, and runmqserver's own untagged lines such as `Starting queue manager`): vdesabou/kafka-docker-playground issues #7615, #7930 and #7569 (connect-ibm-mq-source CI logs). No table holds it",
		why:    "an RFC 3339 Z time, then an AMQ id whose last letter is the severity (I Info, W Warn, E Error); runmqserver's own lines have no level; the host named in an insert is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.12Z", Unknown, "", "2026-11-29T07:41:16.120Z Starting queue manager"),
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T07:41:16.204Z AMQ6206I: Command strmqm was issued. [CommentInsert1(strmqm), CommentInsert2(strmqm -x QMPRD01)]"),
			we("2026-11-29T07:41:17.002Z", Info, "", "2026-11-29T07:41:17.002Z AMQ8003I: IBM MQ queue manager 'QMPRD01' started using V9.4.0.5. [CommentInsert1(9.4.0.5), CommentInsert3(QMPRD01)]"),
			we("2026-11-29T07:41:18.511Z", Warn, "", "2026-11-29T07:41:18.511Z AMQ5041W: The queue manager task 'AUTOCONFIG' has ended. [ArithInsert1(1), CommentInsert1(AUTOCONFIG)]"),
			we("2026-11-29T07:41:19.88Z", Error, "", "2026-11-29T07:41:19.880Z AMQ9209E: Connection to host '10.40.7.30(41822)' for channel 'APP.SVRCONN' closed. [ArithInsert1(104), CommentInsert1(10.40.7.30(41822)), CommentInsert2(TCP/IP), CommentInsert3(APP.SVRCONN)]"),
		},
	},
	{
		name:   "ibm-ace-integration-server-console",
		source: "IBM App Connect Enterprise 12/13 standalone integration server's console (`IntegrationServer --work-dir …` or the ACE container's stdout: `yyyy-MM-dd HH:mm:ss.ffffff: BIPnnnnX: text`, the id's letter I, W or E): IBM Documentation 'BIP messages' (BIP1990I, BIP2155I, BIP3132I); from memory of real console output. No table holds ACE or IIB",
		why:    "a zone-less time to the microsecond with a colon glued after it, then a BIP id whose last letter is the severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204412Z", Info, "", "2026-11-29 07:41:16.204412: BIP1990I: Integration server 'ace-orders' starting initialization; version '12.0.12.5' (64-bit)"),
			we("2026-11-29T07:41:16.211093Z", Info, "", "2026-11-29 07:41:16.211093: BIP9905I: Initializing resource managers."),
			we("2026-11-29T07:41:19.880241Z", Info, "", "2026-11-29 07:41:19.880241: BIP2155I: About to 'Start' the deployed resource 'OrdersAPI' of type 'RestAPI'."),
			we("2026-11-29T07:41:22.55112Z", Warn, "", "2026-11-29 07:41:22.551120: BIP2628W: Exception condition detected on input node 'gen.OrdersAPI.HTTP Input'."),
			we("2026-11-29T07:41:22.55141Z", Error, "", "2026-11-29 07:41:22.551410: BIP2230E: Error detected whilst processing a message in node 'gen.OrdersAPI.postOrder (Implementation).Compute'."),
		},
	},
	{
		name:   "ibm-iib-syslog-bip",
		source: "IBM Integration Bus 10 (and ACE 11/12 integration nodes) writing its local error log to the Linux syslog (`Mmm dd HH:mm:ss host IIB[pid]: IBM Integration Bus v100011 (NODE.server) [Thread N] (Msg 1/1) BIPnnnnX: text`): IBM Knowledge Center SSMKHH_10.0.0 'Local error logs' (the syslog on UNIX and Linux, BIPnnnn ids, MQSI_SYSLOG_COMPATIBILITY_FORMAT); from memory of real /var/log/messages lines. No table holds IIB",
		why:    "a classic syslog line whose host field is the record's host; the node and server in parentheses and the thread are not hosts; the BIP id's last letter is the severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "iibprd01", "Nov 29 07:41:16 iibprd01 IIB[41207]: IBM Integration Bus v100011 (IB10NODE.default) [Thread 41230] (Msg 1/1) BIP2152I: Configuration message received from integration node."),
			we("2026-11-29T07:41:16Z", Info, "iibprd01", "Nov 29 07:41:16 iibprd01 IIB[41207]: IBM Integration Bus v100011 (IB10NODE.default) [Thread 41230] (Msg 1/1) BIP2153I: About to 'Change' an integration server."),
			we("2026-11-29T07:41:18Z", Warn, "iibprd01", "Nov 29 07:41:18 iibprd01 IIB[41207]: IBM Integration Bus v100011 (IB10NODE.default) [Thread 41244] (Msg 1/2) BIP2648W: Message backed out to a queue; node 'OrdersFlow.MQ Input'."),
			we("2026-11-29T07:41:18Z", Error, "iibprd01", "Nov 29 07:41:18 iibprd01 IIB[41207]: IBM Integration Bus v100011 (IB10NODE.default) [Thread 41244] (Msg 2/2) BIP2230E: Error detected whilst processing a message in node 'OrdersFlow.Compute'."),
		},
	},
	{
		name:   "informatica-powercenter-session-log",
		gap:    "the node column (`: node01_etlprd01 :`, after `(IS | IS_ETL_PRD)`) is not read as the host: every record has none",
		source: "Informatica PowerCenter 10.5 session log ($PMSessionLogDir/s_<name>.log: `yyyy-MM-dd HH:mm:ss : SEVERITY : (pid | THREAD) : (IS | service) : node : CODE : text`, severities INFO, WARNING, ERROR): docs.informatica.com 'Session Log' (PowerCenter Integration Service architecture); 'Informatica Logs Explanation' (documents.pub); from memory of real session logs. Informatica's Data Integration Service mapping-task log is fresh20's; the PowerCenter session log's colon-separated columns are in no table",
		why:    "a zone-less time, then colon-separated columns: the severity word, the process and thread, the Integration Service, then the node, the logical machine the service process runs on: the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "node01_etlprd01", "2026-11-29 07:41:16 : INFO : (41207 | MAPPING) : (IS | IS_ETL_PRD) : node01_etlprd01 : TM_6014 : Initializing session [s_m_load_orders] at [Sun Nov 29 07:41:16 2026]."),
			we("2026-11-29T07:41:17Z", Info, "node01_etlprd01", "2026-11-29 07:41:17 : INFO : (41207 | READER_1_1_1) : (IS | IS_ETL_PRD) : node01_etlprd01 : RR_4049 : SQL Query issued to database : (Sun Nov 29 07:41:17 2026)"),
			we("2026-11-29T07:41:18Z", Warn, "node01_etlprd01", "2026-11-29 07:41:18 : WARNING : (41207 | TRANSF_1_1_1) : (IS | IS_ETL_PRD) : node01_etlprd01 : TT_11019 : There is an error in the port [CUST_ID]: The default value for the port is set to: ERROR(<<Expression Error>> [ERROR]: transformation error)."),
			we("2026-11-29T07:41:19Z", Error, "node01_etlprd01", "2026-11-29 07:41:19 : ERROR : (41207 | WRITER_1_*_1) : (IS | IS_ETL_PRD) : node01_etlprd01 : WRT_8229 : Database errors occurred: ORA-00001: unique constraint (DWH.PK_ORDERS) violated"),
		},
	},
}

func TestFresh192Formats(t *testing.T) { assertTable(t, fresh192Cases) }

func TestFresh192Score(t *testing.T) {
	checkScore(t, "fresh192 formats", fresh192Cases, [worldNumFields]float64{76.1, 78.8, 85.5, 83.0})
}
