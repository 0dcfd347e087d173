package parse

import "testing"

// The seven-hundred-and-seventy-seventh fresh table: mainframe and midrange logs as exported to
// text, from the z/OS subsystems and utilities no table holds yet and one OpenVMS report. Each
// family is one product's output: Db2 for z/OS's DDF messages (DSNL) in the ssidMSTR address
// space's JES2 job log, with the `-DB2A` command prefix and a multi-line DSNL027I; IBM MQ for
// z/OS's channel initiator (CSQX) in the CHIN's job log; IMS's control region (DFS messages ending
// in the IMS id, DFS058I carrying its own time); Language Environment's messages under CICS in the
// CESE queue (DDNAME CEEMSG), prefixed by terminal, transaction and a packed date-time; OpenVMS's
// ANALYZE/AUDIT/BRIEF report (a node column in the middle of the row); IDCAMS's SYSPRINT (a page
// header with TIME: and a MM/dd/yy date, the commands echoed, IDC messages without a time);
// DFSORT's SYSOUT (ICE000I's `HH:mm ON DAY MON dd, yyyy` stamp and the echoed control statements,
// then ICE messages without a time); LE's CEE3DMP dump pages (a page header with `MM/dd/yy h:mm:ss
// AM`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `z/OS`, `zos`, `OPERLOG`, `JESMSGLG`, `JES2`, `$HASP`, `IEF403I`,
// `IEF404I`, `IEA`, `CICS`, `MSGUSR`, `CEEMSG`, `CESE`, `DFHSI`, `DFHAC`, `IMS`, `DFS`, `DFS058`,
// `DFS994`, `DSNL`, `DSNJ`, `Db2 for z`, `QHST`, `DSPLOG`, `CPF`, `IBM i`, `AS/400`, `NonStop`,
// `EMS`, `Tandem`, `EMSDIST`, `PATHMON`, `SAFEART`, `OpenVMS`, `OPERATOR.LOG`, `OPCOM`,
// `%%%%%%%%%%%`, `LOGFAIL`, `ANALYZE/AUDIT`, `Auditable event`, `ACCOUNTNG`, `Unisys`, `OS 2200`,
// `MCP`, `BS2000`, `GCOS`, `Stratus`, `z/VM`, `HCPMID`, `DIRMAINT`, `DVH`, `NetView`, `DSI020`,
// `SMF`, `RACF`, `ICH408I`, `ACF2`, `Top Secret`, `MQ`, `CSQ`, `CSQX`, `AMQ`, `SDSF`, `IXC`,
// `HZS`, `CEE3`, `CEE3DMP`, `CEEDUMP`, `IDCAMS`, `IEBCOPY`, `DFSORT`, `SYNCSORT`, `ICE`, `EQQ`,
// `CA-7`, `Control-M`, `zowe`, `BPX`, `ISPF`, `IKJ`, `VTAM`, `ARC0`, `SYSOUT`, `SYSPRINT`,
// `QSYSOPR`, `DSPJRN`, `DSPMSG`, `MVS`, `Hercules`. Measured already and left out: the z/OS SYSLOG
// in both date forms (fresh20, fresh253), JESMSGLG and JESYSMSG (fresh45), CICS's MSGUSR (fresh45),
// TXSeries (fresh253), LE's COBOL SYSOUT (fresh47), the IBM i job log and history log (fresh45,
// fresh101), OpenVMS's OPERATOR.LOG, ACCOUNTING, ANALYZE/ERROR_LOG and batch logs (fresh45,
// fresh253, fresh459), NonStop EMS (fresh253), Hercules (fresh492), z/OS USS syslogd, ISPF and FTP
// (fresh101), Workload Scheduler's EQQMLOG and Control-M's IOA log. `DSNL`, `CSQX`, `CEEMSG`,
// `DFS058`, `IDCAMS`, `DFSORT`, `CEE3DMP` and `ANALYZE/AUDIT` match nothing; `ICE` and `CESE`
// match only unrelated words; `DFS994` only a grep list. Left out for want of a page settling the
// lines in the time given: OPERLOG as SDSF shows it, IBM i's DSPLOG print, z/VM's console, Unisys
// MCP and OS 2200. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). No family writes a zone, so every time is taken as UTC; a job log's dotted
// HH.mm.ss time of day is on the clock's day (2026-11-29); the CEE3DMP, IDCAMS and CICS MM/dd/yy
// dates are 2026; DFSORT's ICE000I stamp carries minutes only. Levels only where the line marks
// one: LE's message ids under CICS end in LE's documented severity letter (I Info, W Warn, E and S
// Error, C Critical); the z/OS, Db2, MQ, IMS, IDCAMS and DFSORT message ids end in a type code
// (I information, E eventual action, A action, D decision), no severity, so those records are
// Unknown, as are OpenVMS's audit rows. The host is the record's host field: only the OpenVMS
// audit report's Node column is one; a Db2 or MQ subsystem prefix (-DB2A, -QM1A), an IMS id, a
// CICS terminal and a job id are no host. Records: a multi-line DSNL027I's continuation lines
// belong to it, DFSORT's echoed control statements belong to ICE000I, a CEE3DMP page's lines to
// its page header; the audit report's column header is fed once and not scored.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory". Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run,
// and none was changed after it; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score.
//
// Its first figure, scored at commit 9590483 before any rule for it: level 85.0 %, time 29.4 %, host 85.0 %, records 82.5 %.
// That is the macro figure (micro: level 85.7 %, time 28.6 %, host 85.7 %, records 85.7 %), in a
// worktree at 9590483 with no change to trawl's code (only this file and table_test.go's list), 0 of
// 8 families fully right. The gaps: the dotted HH.mm.ss time of the Db2, MQ and IMS job logs is
// not read; the CICS CESE packed yyyyMMddHHmmss time and LE's severity letter are not read; the
// OpenVMS audit row's Node column is not read as the host; IDCAMS's `TIME:` page header and
// DFSORT's ICE000I minutes stamp give no time, and IDCAMS's echoed command is joined to its
// header; CEE3DMP's `h:mm:ss AM` page header gives no time and its page lines are cut off from it.

var fresh777Cases = []worldCase{
	{
		name:   "db2-zos-mstr-joblog-dsnl",
		source: "Db2 13 for z/OS messages DSNL027I (`agent-type DISTRIBUTED AGENT WITH LUW-ID luw-id=token THREAD-INFO thread-information RECEIVED ABEND=abend-code REASON=reason-code`) and DSNL028I (`luw-id=token ACCESSING DATA preposition LOCATION location nettype netvalue`, following DSNL027I): ibm.com/docs/en/db2-for-zos/13.0.0 topics messages-dsnl027i and messages-dsnl028i; the JES2 job log columns (`HH.mm.ss STCnnnnn  msgid`) as fresh45's JESMSGLG, the `-DB2A` command prefix and the indented continuation lines from memory",
		why:    "a dotted time of day and a started-task id before the message; the subsystem's command prefix is no host; a multi-line DSNL027I whose continuation lines carry no time and belong to it",
		entries: []worldEntry{
			wskip("                    J E S 2  J O B  L O G  --  S Y S T E M  P R D 1  --  N O D E  N 1",
				" "),
			we("2026-11-29T07:41:16Z", Unknown, "", "07.41.16 STC04510 ---- SUNDAY,    29 NOV 2026 ----"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07.41.16 STC04510  DSNL003I  -DB2A DDF IS STARTING"),
			we("2026-11-29T07:41:18Z", Unknown, "", "07.41.18 STC04510  DSNL004I  -DB2A DDF START COMPLETE  LOCATION  DB2ALOC  LU  NETA.DB2ALU  GENERICLU -NONE  DOMAIN  db2a.example.org  TCPPORT  5040"),
			we("2026-11-29T07:44:52Z", Unknown, "",
				"07.44.52 STC04510  DSNL027I  -DB2A SERVER DISTRIBUTED AGENT WITH  412",
				"                   LUW-ID=G0A3C411.D2F1.E1A7C3B2D4F6=40817",
				"                   THREAD-INFO=PAYAPP:ws-pay07:payusr:db2jcc_application:DYNAMIC:1893:*:<10.60.8.17.50312.E1A7C3B2D4F6>",
				"                   RECEIVED ABEND=04E",
				"                   FOR REASON=00D3003B"),
			we("2026-11-29T07:44:52Z", Unknown, "", "07.44.52 STC04510  DSNL028I  -DB2A G0A3C411.D2F1.E1A7C3B2D4F6=40817 ACCESSING DATA FOR LOCATION ::10.60.8.17 IPADDR ::10.60.8.17"),
		},
	},
	{
		name:   "ibm-mq-zos-chin-joblog-csqx",
		source: "IBM MQ for z/OS channel initiator (ssidCHIN) JES2 job log: CSQX messages with the queue manager's command prefix and the issuing CSECT (`CSQX500I -QM1A CSQXRCTL Channel name started`); the job log columns as fresh45's JESMSGLG; the lines from memory",
		why:    "a dotted time of day and a started-task id; the command prefix -QM1A and the CSECT name are no host; the id's last letter is a type code (I, E), no severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Unknown, "", "07.41.20 STC04520  CSQX000I -QM1A CSQXJST IBM MQ for z/OS V9.3.5"),
			we("2026-11-29T07:41:21Z", Unknown, "", "07.41.21 STC04520  CSQX015I -QM1A CSQXSPRI 5 adapter subtasks started, 0 failed"),
			we("2026-11-29T07:41:25Z", Unknown, "", "07.41.25 STC04520  CSQX500I -QM1A CSQXRCTL Channel QM1A.TO.QM2B started"),
			we("2026-11-29T07:43:09Z", Unknown, "", "07.43.09 STC04520  CSQX208E -QM1A CSQXRESP Error receiving data, channel QM1A.TO.QM2B, connection 10.60.9.40 (queue manager QM2B) TRPTYPE=TCP RC=00000461"),
			we("2026-11-29T07:43:09Z", Unknown, "", "07.43.09 STC04520  CSQX599E -QM1A CSQXRCTL Channel QM1A.TO.QM2B ended abnormally"),
		},
	},
	{
		name:   "ims-control-region-joblog-dfs",
		source: "IMS control region's JES2 job log: DFS messages that end with the IMS id (`DFS994I WARM START COMPLETED IMSA`), DFS058I carrying its own `HH:mm:ss` after the id; the job log columns as fresh45's JESMSGLG; the lines from memory",
		why:    "a dotted time of day and a job id first; DFS058I repeats the time with colons; the trailing IMS id is no host; the id's letter is a type code, no severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:30Z", Unknown, "", "07.41.30 STC04601  DFS1929I SYSTEM PARAMETERS FOR THIS EXECUTION  IMSA"),
			we("2026-11-29T07:41:36Z", Unknown, "", "07.41.36 STC04601  DFS994I WARM START COMPLETED  IMSA"),
			we("2026-11-29T07:45:02Z", Unknown, "", "07.45.02 STC04601  DFS058I 07:45:02 CHECKPOINT COMMAND IN PROGRESS  IMSA"),
			we("2026-11-29T07:45:03Z", Unknown, "", "07.45.03 STC04601  DFS2719I MSDB CHECKPOINT WRITTEN TO MSDBCP2  IMSA"),
			we("2026-11-29T07:47:11Z", Unknown, "", "07.47.11 STC04601  DFS554A PAYMPP01 00003 G   PAYPGM1 (2) 000,0C4 2026/333 07:47:11 PAYTRAN PSB=PAYPSB  IMSA"),
		},
	},
	{
		name:   "cics-cese-ceemsg-le-messages",
		source: "Language Environment under CICS: messages go to the CESE transient data queue (DDNAME CEEMSG), `prefixed by a terminal ID, a transaction ID, a date, and a timestamp`: z/OS 2.1 Language Environment Programming Guide (ceea200286, ceea1mst150) and CICS TS 5.3 'Administering output from a CICS region' (CESE DDNAME CEEMSG); the packed yyyyMMddHHmmss token and the spacing from memory; LE's severity letters I W E S C from the LE message documentation",
		why:    "a terminal id and a transaction id before a packed 14-digit date and time; the LE message id's last letter is LE's severity; the terminal is no host",
		gap:    "the packed yyyyMMddHHmmss token after the terminal and transaction ids is not read as the time, and the LE severity letter ending the CEEnnnnX id (I, S, W, C) is not read as the level: every record is Unknown with no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "T041 PAY1 20261129074116 CEE3845I CEEDUMP Processing started."),
			we("2026-11-29T07:41:16Z", Error, "", "T041 PAY1 20261129074116 CEE3204S The system detected a protection exception (System Completion Code=0C4)."),
			we("2026-11-29T07:42:40Z", Warn, "", "T112 ORDQ 20261129074240 CEE3728W The use of a storage key of 8 is in effect; HEAP storage was not initialized."),
			we("2026-11-29T07:43:05Z", Critical, "", "T112 ORDQ 20261129074305 CEE0374C CONDITION=CEE3211S TOKEN=00030C8B 59C3C5C5 00000000 WHILE RUNNING PROGRAM ORDCALC"),
		},
	},
	{
		name:   "openvms-analyze-audit-brief",
		source: "OpenVMS Audit Analysis utility `ANALYZE/AUDIT/BRIEF` (one line a security event: Date / Time, Type, Subtype, Node, Username, ID, Term): VMS Help ANALYZE /AUDIT (wasd.vsm.com.au conan, `/BRIEF  Controls whether a brief, single-line record format is used`); the columns from memory",
		why:    "a dd-MMM-yyyy HH:mm:ss.cc time first; the node column in the middle of the row is the record's host; no level",
		gap:    "the Node column (VMS01, VMS02) in the middle of the brief audit row, after the dd-MMM-yyyy time, type and subtype, is not read as the host",
		entries: []worldEntry{
			wskip("                          Security Audit Analysis Report",
				" Date / Time              Type      Subtype          Node   Username     ID       Term",
				" ------------------------ --------- ---------------- ------ ------------ -------- -------"),
			we("2026-11-29T07:41:16.1Z", Unknown, "VMS01", " 29-NOV-2026 07:41:16.10 LOGFAIL   LOCAL            VMS01  ANNA         20200411 TTA3:"),
			we("2026-11-29T07:41:44.52Z", Unknown, "VMS01", " 29-NOV-2026 07:41:44.52 LOGIN     LOCAL            VMS01  ANNA         20200412 TTA3:"),
			we("2026-11-29T07:43:02.07Z", Unknown, "VMS02", " 29-NOV-2026 07:43:02.07 BREAKIN   NETWORK          VMS02  <login>      20200133 NTY5:"),
			we("2026-11-29T07:45:19.88Z", Unknown, "VMS01", " 29-NOV-2026 07:45:19.88 OBJ_ACCESS FILE            VMS01  KARL         2020041A TNA12:"),
		},
	},
	{
		name:   "zos-idcams-sysprint",
		source: "z/OS DFSMS Access Method Services (IDCAMS) SYSPRINT: a page header `IDCAMS  SYSTEM SERVICES    TIME: HH:mm:ss    MM/dd/yy    PAGE n`, each command echoed, its IDC messages and `IDC0001I FUNCTION COMPLETED, HIGHEST CONDITION CODE WAS n`, then IDC0002I: z/OS DFSMS Access Method Services Commands 'Condition Codes' (the codes); the header and the lines from memory",
		why:    "a page header carrying TIME: and a MM/dd/yy date after the title; the echoed command and the IDC messages carry no time and are records of their own; no level",
		gap:    "the page header's `TIME: HH:mm:ss` and MM/dd/yy date after the IDCAMS title are not read (no time), and the echoed command line under it is joined to the header instead of starting a record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "IDCAMS  SYSTEM SERVICES                                           TIME: 07:41:16        11/29/26     PAGE      1"),
			we("", Unknown, "", "  DELETE PAY.WORK.KSDS CLUSTER PURGE"),
			we("", Unknown, "", "IDC0550I ENTRY (D) PAY.WORK.KSDS.DATA DELETED"),
			we("", Unknown, "", "IDC0001I FUNCTION COMPLETED, HIGHEST CONDITION CODE WAS 0"),
			we("", Unknown, "", "IDC0002I IDCAMS PROCESSING COMPLETE. MAXIMUM CONDITION CODE WAS 0"),
		},
	},
	{
		name:   "zos-dfsort-sysout",
		source: "z/OS DFSORT's SYSOUT message data set: ICE000I names the product and the run's start (`ICE000I 1 - CONTROL STATEMENTS FOR 5650-ZOS, Z/OS DFSORT V2R5 - HH:mm ON DAY MON dd, yyyy -`), the control statements echoed under it, then ICEnnnI messages without a time: z/OS DFSORT Application Programming Guide (messages); the exact lines from memory",
		why:    "ICE000I's stamp is minutes only, after the product name, with a weekday and month abbreviation; the echoed control statements belong to it; the later ICE messages carry no time; the id letter is a type, no level",
		gap:    "ICE000I's `HH:mm ON SUN NOV 29, yyyy` stamp after the product name is not read: the record has no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "",
				"ICE000I 1 - CONTROL STATEMENTS FOR 5650-ZOS, Z/OS DFSORT V2R5  - 07:41 ON SUN NOV 29, 2026 -",
				"            SORT FIELDS=(1,8,CH,A,21,4,PD,D)",
				"            INCLUDE COND=(30,2,CH,EQ,C'NY')"),
			we("", Unknown, "", "ICE201I H RECORD TYPE IS F - DATA STARTS IN POSITION 1"),
			we("", Unknown, "", "ICE054I 0 RECORDS - IN: 412055, OUT: 38120"),
			we("", Unknown, "", "ICE052I 0 END OF DFSORT"),
		},
	},
	{
		name:   "le-cee3dmp-dump-pages",
		source: "z/OS Language Environment's CEE3DMP dump (CEEDUMP): each page headed `CEE3DMP V2 R5.0: title    MM/dd/yy h:mm:ss AM    Page: n`, then the dump's sections (Caller Program Unit and Offset, Registers on Entry, Traceback): z/OS Language Environment Debugging Guide 'Understanding the Language Environment dump'; the header's spacing from memory",
		why:    "a page header with the dump title, then a 12-hour time with AM after a MM/dd/yy date and a page number; the page's lines belong to its header; no level",
		gap:    "the CEE3DMP page header's `MM/dd/yy h:mm:ss AM` after the title is not read (no time), and the page's lines are not joined to their header: only the header line is the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"CEE3DMP V2 R5.0: Condition processing resulted in the unhandled condition.     11/29/26 7:41:16 AM                     Page:    1",
				"ASID: 0052   Job ID: JOB04471   Job name: PAYCALC1   Step name: STEP2   UserID: ANNA",
				"CEE3845I CEEDUMP Processing started.",
				"Caller Program Unit and Offset: +00000A1C"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"CEE3DMP V2 R5.0: Condition processing resulted in the unhandled condition.     11/29/26 7:41:16 AM                     Page:    2",
				"Traceback:",
				"  DSA      Entry       E  Offset    Statement   Load Mod             Program Unit                   Service  Status",
				"  1        PAYCALC     +000004F2                PAYCALC                                                      Exception"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"CEE3DMP V2 R5.0: Condition processing resulted in the unhandled condition.     11/29/26 7:41:16 AM                     Page:    3",
				"Condition Information for Active Routines",
				"  Condition Information for PAYCALC (DSA address 1F4A2310)",
				"    CIB Address: 1F4A1A88",
				"    Current Condition:",
				"      CEE3204S The system detected a protection exception (System Completion Code=0C4)."),
		},
	},
}

func TestFresh777Formats(t *testing.T) { assertTable(t, fresh777Cases) }
func TestFresh777Score(t *testing.T) {
	checkScore(t, "fresh777 formats", fresh777Cases, [worldNumFields]float64{84.9, 66.8, 84.9, 82.4})
}
