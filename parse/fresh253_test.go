package parse

import "testing"

// The two-hundred-and-fifty-third fresh table, written on 2026-12-05: mainframe and legacy
// enterprise systems' logs as they are exported to text, in shapes no earlier table holds. Each
// family is one product's documented or remembered output: the z/OS hardcopy log written with
// HCFORMAT(YEAR4) (a four-digit year before the day of the year, multi-line WTOs with D and E
// lines); WebSphere Application Server for z/OS's trace log stream records (`Trace:` head line and
// indented ThreadId/FunctionName/SourceId/Category/ExtendedMessage lines); an IBM Tivoli
// Monitoring agent's RAS1 log (the time a hexadecimal epoch in the line's parenthesis, a banner
// once at the top); OpenVMS ACCOUNTING's brief report (one line a record under a column header)
// and its full report (a titled block a record); TXSeries for Multiplatforms' CICS region
// console.nnnnnn (ERZ message ids whose last letter is the severity); HP NonStop EMS events as a
// printing distributor writes them (`yy-mm-dd hh:mm \SYSTEM.$PROCESS OWNER.SUBSYS.VERSION event`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`z/OS`, `zos`, `SYSLOG`, `OPERLOG`, `IEF403I`, `IEF404I`, `JES2`, `$HASP`, `HCFORMAT`,
// `AMQERR`, `AMQ9`, `EXPLANATION:`, `db2diag`, `FUNCTION: DB2`, `PID     :`, `LEVEL: Severe`,
// `LEVEL: Event`, `HOSTNAME:`, `QHST`, `DSPLOG`, `IBM i`, `AS/400`, `WRKMSG`, `CPF`, `SystemOut`,
// `WSVR0001I`, `trace.log`, `SystemErr`, `FFDC`, `BBOO`, `SourceId:`, `ExtendedMessage`,
// `Category: `, `CICS`, `DFHSI`, `DFHAC`, `ERZ0`, `TXSeries`, `OPERATOR.LOG`, `OPCOM`,
// `%%%%%%%%%%%`, `ACCOUNTNG`, `Finish time:`, `NonStop`, `HP NonStop`, `TANDEM`, `EMSDIST`, `RAS1`,
// `KBB_RAS1`, `IBM Tivoli RAS1`, `kbbssge`, `kdcl`, `Tivoli`, `tacmd`, `dsmsched`, `dsmerror`,
// `ANS1`, `IXC`, `BPXM`, `ICH408I`, `IRR01`, `CA7`). The z/OS SYSLOG is in fresh20 with the
// two-digit year (yyddd) only; the four-digit form is in none. WebSphere's SystemOut.log, trace.log
// (basic and advanced), SystemErr, wsadmin and the plugin log are in fresh5, fresh58, fresh89 and
// fresh175; the z/OS trace log stream is in none. Tivoli appears only as Storage Protect (fresh16's
// dsmerror.log, fresh182's actlog); no RAS1 log is in any table. OpenVMS is in fresh45 as
// OPERATOR.LOG (OPCOM banners); ACCOUNTING's reports are in none. CICS TS for z/OS is in fresh45
// (MSGUSR); TXSeries's console is in none. NonStop EMS is in none. Left out as measured already:
// IBM MQ's AMQERR01.LOG (fresh2, fresh141, fresh192), db2diag.log with and without HOSTNAME:
// (fresh2, fresh52, fresh85 and the rules' own lines), the IBM i job log and history log (fresh45,
// fresh101), JESMSGLG and JESYSMSG (fresh45); left out for want of a page settling the lines in the
// time given: z/OS OPERLOG as SDSF shows it, IBM i's DSPLOG print. The table holds 8 families (the eighth, OpenVMS's ANALYZE/ERROR_LOG listing, was added from memory
// when the time left no search for a further one).
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time without a zone is UTC (every family here); the z/OS yyyyddd date is
// the day of the year (2026333 is 29 November); the RAS1 hexadecimal epoch is seconds since 1970 in
// UTC (6B0BD71C is 07:41:16), its `.0000` a sequence, no fraction; EMS's `hh:mm` has no seconds;
// OpenVMS's full record is logged at its Finish time, not its Start time. Levels only where the
// source puts one: WAS z/OS's Category (AUDIT is Notice, as WAS's A event type in fresh5, WARNING
// Warn, SEVERE Error), the last letter of a TXSeries ERZ id that leads the message (I Info, W
// Warn, E Error); none for z/OS (a message id's last letter is a WTO type code, as fresh20 reads
// it), RAS1, the ACCOUNTING reports (the status is an exit code) and EMS. The host is the record's
// host field: the z/OS system name, the NonStop system name before the process name (without its
// backslash); a CICS region, a WAS cell, a terminal, a remote node or an ACCOUNTING source are not
// hosts, and a RAS1 banner's System Name is written once above the records, not on them. A record
// that spans lines is one entry: a multi-line WTO, a WAS z/OS trace record, a RAS1 record with its
// `+` continuation lines, a full ACCOUNTING block.
//
// The shapes come from the documentation, sources and issue threads each case names, found with
// the search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a
// layout the source says "from memory". Hosts, ids, addresses, users and messages are invented, and
// every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong carries a gap
// that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 41e0b4d before any rule for it: level 66.7 %, time 62.5 %, host 66.7 %, records 81.9 %.
// That is the macro figure (micro: level 69.0 %, time 58.6 %, host 62.1 %, records 82.8 %), in a
// worktree at 41e0b4d with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (the two OpenVMS one-line and entry-rule reports); the gaps are named on
// the six other families.

var fresh253Cases = []worldCase{
	{
		name:   "zos-syslog-hcformat-year4",
		source: "the z/OS hardcopy log (SYSLOG) with HARDCOPY HCFORMAT(YEAR4) in CONSOLxx (`T RRRRRRR SYSNAME  yyyyddd HH:mm:ss.hh JOBID    MCSFLAGS  message`, M/D/E lines of a multi-line WTO): z/OS MVS Initialization and Tuning Reference (CONSOLxx HARDCOPY HCFORMAT), from memory of real lines; the two-digit-year form is fresh20's zos-syslog",
		why:    "a four-digit year and day of the year (2026333 is 29 November) after the system name, which is the host; a multi-line WTO (M, D, E) is one record; a command line (NC) is a record; no level",
		gap:    "the four-digit-year Julian yyyyddd date and clock after the system name are not read (no time), nor the system name as the host, and the D and E lines of a multi-line WTO are taken as records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.41Z", Unknown, "PRD1", "N 4000000 PRD1     2026333 07:41:16.41 STC07311 00000090  $HASP373 DB2MDIST STARTED"),
			we("2026-11-29T07:41:16.58Z", Unknown, "PRD1", "N 0000000 PRD1     2026333 07:41:16.58 STC07311 00000090  IEF403I DB2MDIST - STARTED - TIME=07.41.16"),
			we("2026-11-29T07:41:19.02Z", Unknown, "PRD1", "NC0000000 PRD1     2026333 07:41:19.02 TSU07312 00000290  D A,L"),
			we("2026-11-29T07:41:19.05Z", Unknown, "PRD1",
				"M 0000000 PRD1     2026333 07:41:19.05 TSU07312 00000090  IEE114I 07.41.19 2026.333 ACTIVITY 518",
				"D                                           518 00000090   JOBS     M/S    TS USERS    SYSAS    INITS   ACTIVE/MAX VTAM     OAS",
				"E                                           518 00000090  00004    00037    00002      00034    00040    00002/00300       00011"),
			we("2026-11-29T07:41:24.77Z", Unknown, "PRD1", "NR4000000 PRD1     2026333 07:41:24.77 JOB07320 00000081  IEF450I NIGHTGL STEP04 - ABEND=S0C4 U0000 REASON=00000011"),
		},
	},
	{
		name:   "was-zos-trace-log-stream",
		source: "WebSphere Application Server for z/OS trace log stream records (`Trace: yyyy/MM/dd HH:mm:ss.SSS 02 t=thread c=cell key=P8 tag=… (tracepoint)`, then ThreadId, FunctionName, SourceId, Category and ExtendedMessage lines): WAS 8.0 and 9.0 Knowledge Center '(ZOS) Trace log stream record output' (as mirrored at setgetweb.com/p/WAS9/ae/was2474.html)",
		why:    "the 02 after the time is the record's version, not a level; the Category line is the level (AUDIT Notice, WARNING Warn, SEVERE Error); c=UNK is a cell, no host; six lines are one record",
		gap:    "the record's level comes out Trace, from the `Trace:` word that opens every record, instead of its Category line (AUDIT, WARNING, SEVERE)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.577Z", Notice, "",
				"Trace: 2026/11/29 07:41:16.577 02 t=8D1E88 c=UNK key=P8 tag= (13007002)",
				" ThreadId: 0000002d",
				" FunctionName: com.ibm.ws.runtime.component.ServerImpl",
				" SourceId: com.ibm.ws.runtime.component.ServerImpl",
				" Category: AUDIT",
				" ExtendedMessage: BBOO0222I: WSVR0001I: Server PAYSR01 open for e-business"),
			we("2026-11-29T07:41:18.204Z", Warn, "",
				"Trace: 2026/11/29 07:41:18.204 02 t=8D2F10 c=UNK key=P8 tag= (13007002)",
				" ThreadId: 00000041",
				" FunctionName: com.ibm.ws.tcp.channel.impl.TCPPort",
				" SourceId: com.ibm.ws.tcp.channel.impl.TCPPort",
				" Category: WARNING",
				" ExtendedMessage: BBOO0221W: TCPC0003E: TCP Channel TCP_4 initialization failed. The socket bind failed for host * and port 9443."),
			we("2026-11-29T07:41:21.930Z", Error, "",
				"Trace: 2026/11/29 07:41:21.930 02 t=8D3A58 c=UNK key=P8 tag= (13007004)",
				" ThreadId: 00000052",
				" FunctionName: com.ibm.ejs.j2c.FreePool",
				" SourceId: com.ibm.ejs.j2c.FreePool",
				" Category: SEVERE",
				" ExtendedMessage: BBOO0220E: J2CA0045E: Connection not available while invoking method createOrWaitForConnection for resource jdbc/PAYDB."),
		},
	},
	{
		name:   "itm-ras1-agent-log",
		source: "an IBM Tivoli Monitoring 6.3 agent's RAS1 log (install_dir/logs/host_lz_klzagent_<hexstamp>-01.log: a `!hex.0000!===> IBM Tivoli RAS1 Service Log <===` banner and `+hex.0000` header lines once, then `(hexepoch.seq-thread:file.c,line,\"function\") msg` records, `+hex.seq` continuation lines of a dump): IBM Tivoli Monitoring 6.3 'Log file locations' (KBB_RAS1_LOG) and 'Examples of trace logging', OMEGAMON 'RAS1 tracing'; the line shape from memory of real lines",
		why:    "the time is a hexadecimal epoch in seconds (6B0BD71C is 07:41:16 UTC) inside a parenthesis with the source file and function; no level column; a dump's `+` lines belong to the record above; the banner's System Name is not on the records",
		gap:    "the hexadecimal epoch in `(6B0BD71C.0000-1:file.c,line,\"fn\")` is not read as a time (no time on any record), and a dump's `+6B0BD720.0000` continuation lines are taken as records of their own",
		entries: []worldEntry{
			wskip("!6B0BD70A.0000!==========================>  IBM Tivoli RAS1 Service Log  <==========================",
				"+6B0BD70A.0000      System Name: lnxap07                        Process ID: 4120",
				"+6B0BD70A.0000     Program Name: klzagent                        User Name: root",
				"+6B0BD70A.0000        Task Name: klzagent                      System Type: Linux;4.18.0-553.el8_10.x86_64",
				"+6B0BD70A.0000   MAC1_ENV Type: 1                         Start Date: 2026/11/29",
				"+6B0BD70A.0000       Start Time: 07:40:58                        Frequency: 1000000",
				"+6B0BD70A.0000  Log File Name: /opt/IBM/ITM/logs/lnxap07_lz_klzagent_6b0bd70a-01.log",
				"+6B0BD70A.0000 ===================================================================================="),
			we("2026-11-29T07:41:16Z", Unknown, "", `(6B0BD71C.0000-1:kbbssge.c,72,"BSS1_GetEnv") KBB_RAS1="ERROR"`),
			we("2026-11-29T07:41:17Z", Unknown, "", `(6B0BD71D.0000-1:kdcl0cl.c,142,"kdcl0_ClientLookup") status=1c020006, "location server unavailable", ncs/KDC1_STC_SERVER_UNAVAIL`),
			we("2026-11-29T07:41:20Z", Unknown, "",
				`(6B0BD720.0000-6:kdebpap.c,1020,"ssl_provider_open") GSKit error 406: GSK_ERROR_IO - errno=104`,
				"+6B0BD720.0000     00000000   16030300 7A020000 76030366 2F1A9C00   ....z...v..f/...",
				"+6B0BD720.0000     00000010   4B2E0D71 8811AF3C 00000000 00000000   K..q...<........"),
			we("2026-11-29T07:42:03Z", Unknown, "", `(6B0BD74B.0000-1:kraarreg.cpp,1987,"LookupProxy") Unable to connect to broker at ip.spipe:#10.40.8.21[3660]: NULL`),
		},
	},
	{
		name:   "openvms-accounting-brief",
		source: "OpenVMS `ACCOUNTING` (the Accounting utility's default /BRIEF report of SYS$MANAGER:ACCOUNTNG.DAT: a header, then one line a record with Date/Time, Type, Subtype, Username, ID, Source, Status): OpenVMS HELP ACCOUNTING /BRIEF Description (wasd.vsm.com.au helpgate); the header's exact spelling from memory",
		why:    "a dd-MMM-yyyy HH:mm:ss time first; the Source column (a terminal or a remote node) is no host; the status is a hexadecimal exit code, no level; the column header is fed once and not scored",
		entries: []worldEntry{
			wskip(" Date / Time          Type     Subtype     Username   ID       Source       Status",
				"-------------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Unknown, "", "29-NOV-2026 07:41:16 PROCESS  INTERACTIVE ANNA       2020012C _TNA12:      10000001"),
			we("2026-11-29T07:41:22Z", Unknown, "", "29-NOV-2026 07:41:22 LOGFAIL  NETWORK     <login>    20200131 VMS02::BOB   007280F4"),
			we("2026-11-29T07:43:05Z", Unknown, "", "29-NOV-2026 07:43:05 PRINT                KARL       20200140              00000001"),
			we("2026-11-29T07:45:50Z", Unknown, "", "29-NOV-2026 07:45:50 PROCESS  BATCH       NIGHTLY    20200147              1000002C"),
		},
	},
	{
		name:   "openvms-accounting-full",
		source: "OpenVMS `ACCOUNTING/FULL` (a titled block a record: the record type as a title over a dashed rule, two columns of Label: value pairs, Finish time the time it was logged): OpenVMS HELP ACCOUNTING (/FULL, /SORT keywords FINISHED, STARTED); the block's exact layout from memory",
		why:    "a record's time is its Finish time, on the second line of its fields after an earlier-looking title, not the Start time under it; Remote node name is a peer, no host; the whole block down to its blank line is one record",
		gap:    "a block is cut after its title and dashed rule: its Label: value lines (with Finish time) start an entry of their own that swallows the next blocks, so no record has its time and the second and third blocks start no entry",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.12Z", Unknown, "",
				"                      INTERACTIVE PROCESS TERMINATION",
				"                      -------------------------------",
				"Username:          ANNA            UIC:               [STAFF,ANNA]",
				"Account:           STAFF           Finish time:       29-NOV-2026 07:41:16.12",
				"Process ID:        2020012C        Start time:        29-NOV-2026 07:12:01.44",
				"Owner ID:                          Elapsed time:         0 00:29:14.68",
				"Terminal name:     _TNA12:         Processor time:       0 00:00:03.41",
				"Remote node addr:                  Priority:          4",
				"Remote node name:                  Privilege <31-00>: 00108000",
				"Final status code: 10000001",
				"Final status text: %SYSTEM-S-NORMAL, normal successful completion",
				""),
			we("2026-11-29T07:41:22.35Z", Unknown, "",
				"                      LOGIN FAILURE",
				"                      -------------",
				"Username:          <login>         UIC:               [0,0]",
				"Account:                           Finish time:       29-NOV-2026 07:41:22.35",
				"Process ID:        20200131        Start time:        29-NOV-2026 07:41:20.90",
				"Owner ID:                          Elapsed time:         0 00:00:01.45",
				"Terminal name:                     Processor time:       0 00:00:00.05",
				"Remote node addr:  1.1043          Priority:          4",
				"Remote node name:  VMS02           Privilege <31-00>: 00000000",
				"Final status code: 007280F4",
				"Final status text: %LOGIN-F-INVPWD, invalid password",
				""),
			we("2026-11-29T07:45:50.07Z", Unknown, "",
				"                      BATCH PROCESS TERMINATION",
				"                      -------------------------",
				"Username:          NIGHTLY         UIC:               [OPS,NIGHTLY]",
				"Account:           OPS             Finish time:       29-NOV-2026 07:45:50.07",
				"Process ID:        20200147        Start time:        29-NOV-2026 07:30:00.18",
				"Owner ID:                          Elapsed time:         0 00:15:49.89",
				"Terminal name:                     Processor time:       0 00:02:11.30",
				"Queue entry:       412             Priority:          3",
				"Queue name:        SYS$BATCH",
				"Job name:          GLCLOSE",
				"Final status code: 1000002C",
				"Final status text: %SYSTEM-F-ABORT, abort",
				""),
		},
	},
	{
		name:   "txseries-cics-console",
		source: "TXSeries for Multiplatforms CICS region console.nnnnnn (`ERZnnnnnnS/nnnn: MM/dd/yy HH:mm:ss.nnnnnnnnn REGION pid/thread : msg`, the ERZ id's last letter I, W or E the severity): TXSeries 10.1 'Abnormal termination codes and error messages' (console.nnnnnn, CSMT), ibmtxseries.blogspot.com 'TXSeries messages and codes ERZxxxxxx'; the line's exact layout from memory",
		why:    "the message id leads the line and its last letter is the severity; a two-digit-year US date with nanoseconds; the region name (an application id) is no host",
		gap:    "the severity letter of the ERZnnnnnnS/nnnn: id that leads the line is not read: every record is Unknown",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.542614000Z", Info, "", "ERZ010049I/0118: 11/29/26 07:41:16.542614000 CICSPRD1 4120/0001      : CICS startup in progress for region CICSPRD1"),
			we("2026-11-29T07:41:19.008812000Z", Info, "", "ERZ010001I/0102: 11/29/26 07:41:19.008812000 CICSPRD1 4120/0001      : CICS startup is complete"),
			we("2026-11-29T07:44:02.310550000Z", Warn, "", "ERZ004072W/0412: 11/29/26 07:44:02.310550000 CICSPRD1 4188/0001      : Transaction 'PAY1' exceeded its configured deadlock timeout, taking a dump"),
			we("2026-11-29T07:44:02.417003000Z", Error, "", "ERZ010014E/0150: 11/29/26 07:44:02.417003000 CICSPRD1 4188/0001      : Transaction 'PAY1', Abend 'ASRA', at 'PAYPGM01'."),
		},
	},
	{
		name:   "nonstop-ems-printing-distributor",
		source: "HP NonStop EMS events as a printing distributor (EMSDIST TYPE PRINTING) or a console writes them: the standard header (`yy-mm-dd hh:mm  \\SYSTEM.$PROCESS  OWNER.SUBSYSTEM.VERSION event-number`) then the event text: EMS Manual 426909 (distributors, EMSTEXT's standard header with date, time and system name), NonStop Operating System Event Management Programming Manual; the header's exact spacing from memory",
		why:    "a two-digit-year date and a time to the minute; the system name before the process name is the node, the host (PROD1, without its backslash); the owner.subsystem.version and the event number are no level",
		gap:    "the system name in `\\PROD1.$ZZKRN` after the date and time is not read as the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "PROD1", `26-11-29 07:41  \PROD1.$ZZKRN     TANDEM.PERSIST.L01 001007 Process \PROD1.$PAYS1 started in CPU 2`),
			we("2026-11-29T07:42:00Z", Unknown, "PROD1", `26-11-29 07:42  \PROD1.$ZEXP      TANDEM.EXPAND.L01 000003 Line \PROD1.$LXPRD2 path to \PROD2 is down`),
			we("2026-11-29T07:42:00Z", Unknown, "PROD1", `26-11-29 07:42  \PROD1.$X2A1     TANDEM.TMF.L01 000102 TMF: Audit trail MAT file $AUDIT.ZTMFAT.AA000412 is 85 percent full`),
			we("2026-11-29T07:44:00Z", Unknown, "PROD2", `26-11-29 07:44  \PROD2.$ZPM       TANDEM.PM.L01 003002 Processor 3 is down`),
		},
	},
	{
		name:   "openvms-analyze-error-log",
		source: "OpenVMS `ANALYZE/ERROR_LOG` (the classic Error Log Report Generator's full listing of SYS$ERRORLOG:ERRLOG.SYS: an asterisk rule with the entry number, then ERROR SEQUENCE, DATE/TIME and device or event lines): OpenVMS System Manager's Manual 'Error Log Report Generator'; from memory of real lines",
		why:    "each entry opens with a rule of asterisks carrying its entry number; its time is on the DATE/TIME line under it, in dd-MMM-yyyy HH:mm:ss.cc; the whole entry is one record; no level, no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.12Z", Unknown, "",
				"******************************* ENTRY     412. *******************************",
				" ERROR SEQUENCE 1043.                            LOGGED ON:        SID 0B000002",
				" DATE/TIME 29-NOV-2026 07:41:16.12                              SYS_TYPE 00000004",
				" SYSTEM UPTIME: 12 DAYS 03:14:55",
				" SCS NODE: VMS01                                                 OpenVMS V8.4-2L1",
				"",
				" DISK ERROR, DEVICE _VMS01$DKA100:, UNIT #100.",
				"",
				" ERROR COUNTER          00000003",
				""),
			we("2026-11-29T07:44:02.87Z", Unknown, "",
				"******************************* ENTRY     413. *******************************",
				" ERROR SEQUENCE 1044.                            LOGGED ON:        SID 0B000002",
				" DATE/TIME 29-NOV-2026 07:44:02.87                              SYS_TYPE 00000004",
				" SYSTEM UPTIME: 12 DAYS 03:17:41",
				" SCS NODE: VMS01                                                 OpenVMS V8.4-2L1",
				"",
				" VOLUME MOUNTED, DEVICE _VMS01$DKA200:, LABEL USER2",
				""),
		},
	},
}

func TestFresh253Formats(t *testing.T) { assertTable(t, fresh253Cases) }
func TestFresh253Score(t *testing.T) {
	checkScore(t, "fresh253 formats", fresh253Cases, [worldNumFields]float64{66.6, 62.4, 66.6, 81.8})
}
