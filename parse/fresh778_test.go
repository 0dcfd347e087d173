package parse

import "testing"

// The seven-hundred-and-seventy-eighth fresh table: older and embedded databases' own logs, in the
// files and shapes their tools write that trawl's tables do not have yet. Each family is one
// product's output: SQL Anywhere's MobiLink server message log (-o, a severity letter and a full
// date before a <Main> or <sync> tag); SQL Anywhere's legacy request log (-zr all -zo, a year-less
// date and `** REQUEST conn:` lines); the Progress OpenEdge ABL client log (-clientlog, classic
// `[yy/MM/dd@HH:mm:ss.SSS+zzzz]` with a logging-level digit and an entry type); the PAS for
// OpenEdge ABL application agent log (enhanced logging, an ISO time with an offset and a request
// id column); Firebird 4's replication.log on a replica (`host (replica)` and a ctime date, then
// tab-indented lines, one of them marked ERROR: or WARNING:); FileMaker Server's TopCallStats.log
// (tab-delimited, a header row, a time with an offset, seconds since start-up as two more
// columns); HSQLDB's <database>.app.log (SimpleLog: a millisecond time and a level word); Teradata
// BTEQ's job output (a banner with a ctime date and UTC, then ` *** ` message lines with no time).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `derby`, `Booting Derby`, `h2database`, `jdbc:h2`, `trace.db`,
// `jdbc\[`, `hsqldb`, `app.log`, `firebird`, `INET/inet_error`, `ATTACH_DATABASE`, `fbtrace`,
// `(replica)`, `informix`, `online.log`, `Checkpoint Completed`, `bar_act`, `onbar`, `oncmsm`,
// `cmsm`, `sqlhosts`, `Informix ER`, `TXH`, `sybase`, `SAP ASE`, `Adaptive Server`, `Backup
// Server`, `XP Server`, `Replication Server`, `repserver`, `iqmsg`, `Sybase IQ`, `maxdb`,
// `knldiag`, `KnlMsg`, `DBMSrv`, `dbm.prt`, `dbm.utl`, `teradata`, `fastload`, `multiload`,
// `tbuild`, `Parallel Transporter`, `BTEQ`, `openedge`, `.lg`, `T-main`, `admserv`, `ubroker`,
// `PASOE`, `4GLTRACE`, `Logging level set to`, `pervasive`, `actian`, `zen`, `vectorwise`,
// `Actian Vector`, `ingres`, `iidbms`, `errlog.log`, `filemaker`, `Event.log`, `fmdapi`,
// `wpe.log`, `fmshelper`, `TopCallStats`, `ClientStats`, `Web Publishing`, `fmserver`,
// `interbase`, `berkeley db`, `DB_ENV`, `DB_CONFIG`, `BDB0`, `je.info`, `lmdb`, `mdb_stat`,
// `sql anywhere`, `sqlanywhere`, `dbsrv`, `MobiLink`, `dbmlsrv`, `dbremote`, `SQL Remote`,
// `UltraLite`, `** REQUEST conn:`, `00:0002:`, `ndb_`, `db2diag`, `nfy`, `cubrid`, `altibase`,
// `raima`, `mimer`, `nuodb`, `virtuoso`, `unidata`, `universe`, `cconsole`, `intersystems`,
// `adabas`, `solidDB`, `solmsg`, `ssdebug`, `TimesTen`, `ttmesg`, `Advantage`, `ads_err`,
// `gupta`, `sqlbase`, `empress`, `extremeDB`, `objectdb`, `versant`, `db4o`, `kyoto`, `ktserver`,
// `tokyo tyrant`, `monetdb`, `vertica`, `sqream`, `couchbase lite`, `Realm`. Derby's derby.log and
// its Network Server lines, H2's .trace.db and server console, HSQLDB's server console,
// firebird.log, Firebird's trace session log and gbak, Informix's online.log and ON-Bar activity
// log, SAP ASE's errorlog, Backup Server and optimizer log, SAP Replication Server's log, SAP IQ's
// .iqmsg, MaxDB's knldiag, Teradata FastLoad's output, OpenEdge's database .lg and proserve
// console, Pervasive's event log, Ingres's errlog, FileMaker Server's Event.log, the SQL Anywhere
// server's output file, Oracle NoSQL's Berkeley DB JE log and Db2's logs are measured already, so
// they were left out; `T-main`, `ubroker` and `(replica)` match only unrelated products. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Times without a zone are UTC (MobiLink, Firebird, HSQLDB); the request
// log's `MM/dd` has no year and is in 2026; OpenEdge's classic `+0100` and the agent's `+01:00`
// and FileMaker's `+0100` are converted; BTEQ's banner says UTC. BTEQ's ` *** ` lines, OpenEdge's
// entry-type and continuation lines carry no time of their own and must have none. Levels only
// where the line marks one: MobiLink's I./W./E. letter (Info, Warn, Error), HSQLDB's level word,
// the ERROR:/WARNING: tag on a Firebird replication record's line, BTEQ's ` *** Failure` class
// (Error) and ` *** Warning:` (Warn); OpenEdge's digit after the thread is the logging level at
// which the entry is written (1 errors-only .. 4 extended; `Logging level set to` is written at 1),
// a verbosity threshold, not a severity, so those lines carry no level, and neither do the request
// log, TopCallStats, BTEQ's plain ` *** ` lines nor Firebird records without a tag. The host is
// the record's host field: only Firebird's header names one (the replica's server name); the
// MobiLink remote ID, the request log's connection, FileMaker's client name and address, the
// Teradata system in .LOGON are peers, not hosts. Firebird's and BTEQ's multi-line records are
// one entry each.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); most of the exact line layouts were not confirmed by a search and
// the sources say "from memory" for them. Hosts, ids, addresses, users and messages are invented,
// and every time is in late November 2026. The expectations were decided from the format before
// the table was first run, and none was changed after it; a family trawl still gets wrong carries
// a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 9590483 before any rule for it: level 81.7 %, time 87.5 %,
// host 77.5 %, records 87.5 %.
// That is the macro figure (micro: level 81.8 %, time 84.8 %, host 78.8 %, records 84.8 %), in a
// worktree at 9590483 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps: Firebird's replication.log header `host (replica)<TAB>ctime`
// gives no host and the ERROR:/WARNING: tag on an indented line gives no level, and Teradata BTEQ's
// banner time (a ctime date between the version and UTC) is not read, so the whole output is joined
// into one record with no time and no level.

var fresh778Cases = []worldCase{
	{
		name:   "sqlanywhere-mobilink-server-message-log",
		source: "SQL Anywhere MobiLink server message log written with dbmlsrv -o/-ot (the renaming to yymmddxx.mls): infocenter.sybase.com SQL Anywhere 12.0.1 'mlserver/ml-syncserver-os'; the line layout `L. yyyy-MM-dd HH:mm:ss. <tag> msg` (L one of I, W, E; <Main> or a synchronization number; [code] before warnings and errors) from memory",
		why:    "a one-letter severity with a dot before a full date; the date ends in a dot; the <Main> or <n> tag; the remote ID in the message is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "I. 2026-11-29 07:41:16. <Main> MobiLink server started"),
			we("2026-11-29T07:41:16Z", Info, "", "I. 2026-11-29 07:41:16. <Main> Starting worker thread pool of size 5"),
			we("2026-11-29T07:41:20Z", Info, "", `I. 2026-11-29 07:41:20. <1> Request from "UL 17.0.11.7058" for: remote ID: rmt-fld-0417, user name: fieldtech09, version: route_v3`),
			we("2026-11-29T07:41:21Z", Warn, "", "W. 2026-11-29 07:41:21. <1> [10082] MobiLink table 'ml_scripts_modified' is damaged"),
			we("2026-11-29T07:41:24Z", Error, "", "E. 2026-11-29 07:41:24. <2> [-10002] Consolidated database server or ODBC error:  ODBC: [SAP][ODBC Driver][SQL Anywhere]Primary key for table 'orders' is not unique (ODBC State = 23000, Native error code = -193)"),
		},
	},
	{
		name:   "sqlanywhere-legacy-request-log",
		source: "SQL Anywhere (Adaptive Server Anywhere 8/9) request-level log written with -zr all -zo file (`MM/dd HH:mm:ss.SSS ** REQUEST conn: N STMT_… ` and `** DONE    conn:` lines); layout from memory",
		why:    "a year-less MM/dd date with milliseconds, then `**` and a padded request word; the connection number is no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", `11/29 07:41:16.204 ** REQUEST conn:   12 STMT_PREPARE "select order_id, status from orders where region = ?"`),
			we("2026-11-29T07:41:16.206Z", Unknown, "", "11/29 07:41:16.206 ** DONE    conn:   12 STMT_PREPARE Stmt=65538"),
			we("2026-11-29T07:41:16.207Z", Unknown, "", "11/29 07:41:16.207 ** REQUEST conn:   12 STMT_EXECUTE Stmt=65538"),
			we("2026-11-29T07:41:16.219Z", Unknown, "", "11/29 07:41:16.219 ** DONE    conn:   12 STMT_EXECUTE"),
		},
	},
	{
		name:   "openedge-abl-client-log-classic",
		source: "Progress OpenEdge ABL client log (-clientlog, -logginglevel, -logentrytypes) in classic format `[yy/MM/dd@HH:mm:ss.SSS+zzzz] P-pid T-tid L 4GL entry-type msg`: docs.progress.com 'Configure ABL application agent logging' (classic vs enhanced, d = classic date-time); the column layout and the `-------- Logging level set to = 2` line from memory",
		why:    "a two-digit year in yy/MM/dd@ with an offset glued to the milliseconds; the digit after the thread is a logging level, not a severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.12Z", Unknown, "", "[26/11/29@08:41:16.120+0100] P-021344 T-021344 1 4GL -------- Logging level set to = 2"),
			we("2026-11-29T07:41:16.121Z", Unknown, "", "[26/11/29@08:41:16.121+0100] P-021344 T-021344 1 4GL -------- Log entry types activated: 4GLMessages,4GLTrace"),
			we("2026-11-29T07:41:17.455Z", Unknown, "", "[26/11/29@08:41:17.455+0100] P-021344 T-021344 4 4GL 4GLTRACE       Run invoice/post.p [Main Block - batch/nightly.p @ 57]"),
			we("2026-11-29T07:41:17.902Z", Unknown, "", "[26/11/29@08:41:17.902+0100] P-021344 T-021344 1 4GL 4GLMESSAGE     ** Customer record not on file. (138)"),
		},
	},
	{
		name:   "pasoe-abl-agent-log-enhanced-iso",
		source: "PAS for OpenEdge ABL application agent log abl_app.agent.{yyyy-mm-dd}.log with enhanced logging (ENHLOGGINGOPTS default ED: ISO date-time, a client request ID column, `?:?:?` or `mtapsv:-:?` from the agent's own code): docs.progress.com 'Configure ABL application agent logging' (12.2 and 13.0); the column order `[ISO] P-pid T-tid L AS-n reqid type -- msg` from memory",
		why:    "an ISO time with a +01:00 offset in brackets; pid, thread, logging-level digit, session and request-id columns before the message; no severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.301Z", Unknown, "", "[2026-11-29T08:41:16.301+01:00] P-018204 T-018210 1 AS-Aux mtapsv:-:? AS -- Agent logging level set to = 2"),
			we("2026-11-29T07:41:16.318Z", Unknown, "", "[2026-11-29T08:41:16.318+01:00] P-018204 T-018212 2 AS-5 ROOT:w:00000004 AS -- Session 5 started for request ROOT:w:00000004"),
			we("2026-11-29T07:41:18.044Z", Unknown, "", "[2026-11-29T08:41:18.044+01:00] P-018204 T-018212 1 AS-5 ROOT:w:00000004 4GLMESSAGE ** Unable to connect to database salesdb: server on pasdb07 not responding. (1423)"),
			we("2026-11-29T07:41:19.5Z", Unknown, "", "[2026-11-29T08:41:19.500+01:00] P-018204 T-018210 2 AS-Aux mtapsv:-:? AS -- Agent session pool: 4 idle, 1 busy"),
		},
	},
	{
		name:   "firebird4-replication-log-replica",
		source: "Firebird 4/5 replication.log on a replica (a header `server (replica)` and a ctime date, then tab-indented `Database: path` and message lines, some tagged ERROR: or WARNING:, a blank line after each entry, as firebird.log): layout from memory (the firebird.log header is measured in fresh2's `firebird`)",
		why:    "the host and a `(replica)` word before a ctime date; the level is a tag on an indented line of the record; each record is three lines and a blank",
		gap:    "the server name before `(replica)` and a tab in the header is not read as the host (got \"\"), and the WARNING:/ERROR: tag on an indented line of the record is not read as its level (got Unknown); the time and the record boundaries are right",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "fbrep02",
				"fbrep02 (replica)\tSun Nov 29 07:41:16 2026",
				"\tDatabase: /var/lib/firebird/replica/erp.fdb",
				"\tAdded 2 segment(s) to the processing queue",
				""),
			we("2026-11-29T07:41:31Z", Warn, "fbrep02",
				"fbrep02 (replica)\tSun Nov 29 07:41:31 2026",
				"\tDatabase: /var/lib/firebird/replica/erp.fdb",
				"\tWARNING: Segment 1742 is out of sequence, expected 1741, waiting",
				""),
			we("2026-11-29T07:42:02Z", Error, "fbrep02",
				"fbrep02 (replica)\tSun Nov 29 07:42:02 2026",
				"\tDatabase: /var/lib/firebird/replica/erp.fdb",
				"\tERROR: violation of PRIMARY or UNIQUE KEY constraint \"PK_INVOICE\" on table \"INVOICE\"",
				"\tAt segment 1743, offset 48",
				""),
		},
	},
	{
		name:   "filemaker-server-topcallstats-log",
		source: "FileMaker Server TopCallStats.log in FileMaker Server/Logs (tab-delimited like Event.log and Access.log: help.claris.com 'Access log' and 'Event log' pages); its header row `Timestamp Start Time End Time Total Elapsed Operation Target Network Bytes In Network Bytes Out Elapsed Time Wait Time I/O Time Client name` and the `yyyy-MM-dd HH:mm:ss.SSS +zzzz` time from memory",
		why:    "a header row, then a time with a space before its offset; the start and end columns are seconds since start-up, not times; the client name with an address is a peer",
		entries: []worldEntry{
			wskip("Timestamp\tStart Time\tEnd Time\tTotal Elapsed\tOperation\tTarget\tNetwork Bytes In\tNetwork Bytes Out\tElapsed Time\tWait Time\tI/O Time\tClient name"),
			we("2026-11-29T06:41:16.512Z", Unknown, "", "2026-11-29 07:41:16.512 +0100\t18652.108211\t18652.374402\t266191\tQuery\tInvoices::Table(212)\t1820\t96412\t266191\t0\t1450\tMaria Lopez (ACCT-PC07) [10.8.0.44]"),
			we("2026-11-29T06:41:16.533Z", Unknown, "", "2026-11-29 07:41:16.533 +0100\t18652.200014\t18652.391870\t191856\tUnlock\tInvoices::Table(212)::Record(88211)\t410\t220\t191856\t188004\t0\tJonas Berg (WH-MAC12) [10.8.0.61]"),
			we("2026-11-29T06:41:17.004Z", Unknown, "", "2026-11-29 07:41:17.004 +0100\t18652.880120\t18652.901233\t21113\tFind\tStock::Table(130)\t640\t18230\t21113\t0\t312\tFileMaker Script"),
		},
	},
	{
		name:   "hsqldb-database-app-log",
		source: "HSQLDB's <database>.app.log written by org.hsqldb.lib.SimpleLog (Logger.appLog; StarMade/StarMade org/hsqldb/persist/Logger.java holds `public SimpleLog appLog`); the line `yyyy-MM-dd HH:mm:ss.SSS LEVEL msg` and the checkpoint messages from memory",
		why:    "a plain millisecond time and a level word; checkpoint progress lines",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29 07:41:16.102 INFO dataFileCache open start"),
			we("2026-11-29T07:41:16.241Z", Info, "", "2026-11-29 07:41:16.241 INFO dataFileCache open end"),
			we("2026-11-29T07:46:16.007Z", Info, "", "2026-11-29 07:46:16.007 INFO Checkpoint start"),
			we("2026-11-29T07:46:16.133Z", Info, "", "2026-11-29 07:46:16.133 INFO Checkpoint end - txts: 118204"),
			we("2026-11-29T07:46:20.450Z", Error, "", "2026-11-29 07:46:20.450 ERROR dataFileCache commit failed: java.io.IOException: No space left on device"),
		},
	},
	{
		name:   "teradata-bteq-job-output",
		source: "Teradata BTEQ's job output redirected to a file (a banner ` BTEQ version ctime-date UTC`, then ` *** ` message lines: `Logon successfully completed.`, `Failure NNNN …` with a `Statement# n, Info =n` line, `Total elapsed time was …`); layout from memory",
		why:    "only the banner carries a date (ctime with UTC); the ` *** ` lines carry none and must not take the banner's; ` *** Failure` is BTEQ's error class, with a continuation line",
		gap:    "the whole output is one entry: the banner's ctime date after ` BTEQ 17.20.00.14` and before UTC is not read (time 0), so no line starts a record and every ` *** ` line (Failure, Warning, the plain ones) is joined to the banner; the ` *** Failure`/` *** Warning:` classes are not read as levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", " BTEQ 17.20.00.14 Sun Nov 29 07:41:16 2026 UTC"),
			we("", Unknown, "", " *** Logon successfully completed."),
			we("", Error, "",
				" *** Failure 3807 Object 'stage.orders_tmp' does not exist.",
				"                Statement# 1, Info =0 "),
			we("", Warn, "", " *** Warning: RDBMS CRASHED OR SESSIONS RESET.  RECOVERY IN PROGRESS."),
			we("", Unknown, "", " *** Total elapsed time was 1 second."),
		},
	},
}

func TestFresh778Formats(t *testing.T) { assertTable(t, fresh778Cases) }
func TestFresh778Score(t *testing.T) {
	checkScore(t, "fresh778 formats", fresh778Cases, [worldNumFields]float64{81.6, 87.4, 77.4, 87.4})
}
