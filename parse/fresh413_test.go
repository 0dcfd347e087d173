package parse

import "testing"

// The four-hundred-and-thirteenth fresh table, written on 2026-12-06: databases' logs, a further
// pass: the replication, migration, backup and proxy tools around databases, in shapes no earlier
// table holds. Each family is one product's documented or observed output: the AWS DMS task log
// with its thread-id prefix and one-letter severity after a padded component; the same log copied
// out of the CloudWatch Logs console (the viewer's +08:00 event time, a tab, then DMS's own
// detailed-debug stamp with a colon before the microseconds); pgcopydb's console log (a time of day
// with no date, the pid, a padded level); pg_chameleon 2's debug log (the Python process name
// before the level); pg_chameleon 1.x's yearless `Mmm dd HH:mm:ss: [LEVEL] - file (line):` log;
// RedisShake 4's zerolog console lines (INF, WRN) and RedisShake 2's `yyyy/MM/dd HH:mm:ss [INFO]
// dbSyncer[0]` lines; Couchbase's goxdcr.log (a -08:00 offset and four-letter levels ERRO, DEBU);
// WAL-E's three-line MSG/DETAIL/STRUCTURED records whose only time is on their last line; kingshard's
// sys log (`yyyy/MM/dd HH:mm:ss - LEVEL - file.go:[line] - [module] "method" "msg" "args" conn_id=N`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`SOURCE_CAPTURE`, `TARGET_APPLY`, `TASK_MANAGER`, `]I:  `, `]W:  `, `streamcomponent`,
// `qlik`, `attunity`, `aws dms`, `pgcopydb`, `Running pgcopydb`, `Copying database from`,
// `STEP 1:`, `[SOURCE]`, `pg_chameleon`, `chameleon`, `MainProcess`, `replay_replica`,
// `global_lib.py`, `pg_lib.py`, `redis-shake`, `redisshake`, `RedisShake`, `read_count=`,
// `dbSyncer`, `syncing rdb`, `goxdcr`, `xdcr`, `GOXDCR`, `XmemNozzle`, `couchbase xdcr`, `wal-e`,
// `wal_e`, `wal_e.`, `STRUCTURED:`, `STRUCTURED: time`, `MSG: `, `kingshard`, `conn_id=`,
// ` - INFO - `, `dble`, `gaea`, `vtgate`, `cloud-sql-proxy`, `rds proxy`, `proxyEndpoint`,
// `pgagroal`, `cbbackupmgr`, `sctool`, `arangodump`, `arangobackup`, `mongomirror`, `bsondump`,
// `exasol`, `polardb`, `netezza`, `impdp`, `Master table`, `Processing object type`, `expdp`,
// `mysqlbackup`, `ggserr`, `pg_probackup`, `litestream`, `rqlite`, `gh-ost`, `pgcat`, `odyssey`,
// `pgdog`, `supavisor`, `mysqlrouter`, `MgmtSrvr`, `ndb_`, `proxysql`, `pgpool`, `patroni`,
// `repmgr`, `barman`, `pgbackrest`, `xtrabackup`, `mariabackup`, `pbm`, `mongodump`, `debezium`).
// None of the ten products is in any table: `MainProcess` is in 28 tables as other Python programs'
// process name, `conn_id=` once in an Android Bluetooth line, ` - INFO - ` in other programs'
// `asctime - LEVEL -` lines, `TASK_MANAGER` in Sympa's and Mars's and ironic's lines, `MSG: ` in
// other formats' message keys, `[SOURCE]` in other programs' messages. Left out as measured already:
// Oracle Data Pump with LOGTIME (fresh52), the Cloud SQL Auth Proxy v2 (fresh38), pgagroal and PgCat
// (fresh33), gh-ost (fresh30), rqlite and SSDB (fresh31), Litestream (fresh33), MySQL Enterprise
// Backup (fresh52), GoldenGate's ggserr.log (fresh20), pg_probackup and Barman and Percona Backup for
// MongoDB and the mongodump tools (fresh271 and others), ProxySQL, Pgpool-II, Patroni and repmgr
// (fresh85, fresh168, fresh182, fresh271, fresh298), NDB's cluster log (fresh16, fresh351). The table
// holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). DMS writes UTC with no zone; the CloudWatch console's event time in +08:00
// and DMS's own `07:41:20:208064` are the same instant, either accepted; pgcopydb's console time of
// day has no date and is on the clock's day; pg_chameleon 1.x's `Nov 29` has no year (2026);
// RedisShake's and kingshard's stamps have no zone and are taken as UTC; goxdcr's -08:00 is
// converted; WAL-E's record has no time but its STRUCTURED time=, whose `-00` is UTC. Levels only
// where the line marks one: DMS's letter after the component (E W I D T, T the detailed debug, as
// Trace), pgcopydb's padded word, Python's levelname in pg_chameleon, zerolog's INF/WRN,
// RedisShake 2's [INFO]/[WARN]/[ERROR], goxdcr's INFO/WARN/ERRO/DEBU, WAL-E's levelname after the
// logger name, kingshard's word between ` - `; an `ERROR:` inside a message, `SqlState`, `E:` in a
// file name or `state=begin` is no level. No family has a host field: the addresses in the messages
// (a writer, a reader, a database, a nozzle's target) are peers and clients. A record that spans
// lines is one entry: WAL-E's MSG line with its indented DETAIL, HINT and STRUCTURED lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3bf89f8 before any rule for it: level 80.0 %, time 90.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 84.2 %, time 91.2 %, host 100.0 %, records 100.0 %), in a
// worktree at 3bf89f8 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 10 families fully right (pgcopydb, both pg_chameleon logs, both RedisShake logs, goxdcr, kingshard);
// the gaps are the severity letter after DMS's bracketed component in both DMS families, and the
// STRUCTURED time= on the last line of WAL-E's records.

var fresh413Cases = []worldCase{
	{
		name:   "aws-dms-task-log-thread-prefix",
		source: "the AWS DMS replication task log (`threadid: yyyy-MM-ddTHH:mm:ss [COMPONENT       ]L:  msg  (file.c:line)`: an eight-digit thread id, the component padded to 16 in brackets, one severity letter E W I D T, the source file and line in parentheses at the end): the AWS DMS User Guide's troubleshooting pages as found with find_string (the `00008570: … [SOURCE_CAPTURE  ]W:  MS-REPLICATION is not enabled …` and `00362696: … Capture record 1 to internal queue …` lines), aws-samples notes quoting `[SOURCE_CAPTURE  ]W:` and `]E:  RetCode: SQL_ERROR`",
		why:    "a thread id and a colon before an ISO time with no zone; the level is the letter after the bracketed component; `(oracle_endpoint_imp.c:1086)`, row counts and SqlState numbers are no times; `ERROR:` inside the target's message is message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "00004812: 2026-11-29T07:41:16 [TASK_MANAGER    ]I:  Task 'ORDERS-CDC-01' running full load and CDC in fresh start mode  (replicationtask.c:1512)"),
			we("2026-11-29T07:41:18Z", Info, "", "00004815: 2026-11-29T07:41:18 [SOURCE_CAPTURE  ]I:  Oracle compatibility version is 19.0.0  (oracle_endpoint_imp.c:1086)"),
			we("2026-11-29T07:41:19Z", Warn, "", "00004815: 2026-11-29T07:41:19 [SOURCE_CAPTURE  ]W:  Supplemental logging is not enabled for table 'SALES'.'ORDER_LINES'. UPDATE changes may be captured without all columns  (oracle_endpoint_utils.c:2871)"),
			we("2026-11-29T07:41:27Z", Info, "", "00004821: 2026-11-29T07:41:27 [TARGET_LOAD     ]I:  Load finished for table 'SALES'.'ORDERS' (Id = 3). 48213 rows received. 0 rows skipped. Volume transfered 18722304.  (streamcomponent.c:3485)"),
			we("2026-11-29T07:42:03Z", Error, "", `00004830: 2026-11-29T07:42:03 [TARGET_APPLY    ]E:  RetCode: SQL_ERROR  SqlState: 23505 NativeError: 1 Message: ERROR: duplicate key value violates unique constraint "order_lines_pkey"; No query has been executed with that handle [1022502]  (ar_odbc_stmt.c:2824)`),
		},
	},
	{
		name:   "aws-dms-cloudwatch-console-copy",
		gap:    "trawl reads the time but no level: the letter T, D or I in `[SOURCE_CAPTURE  ]T:` after the tab and DMS's own stamp is not read as the level",
		source: "an AWS DMS task log with detailed debug copied out of the CloudWatch Logs console (the event time in the viewer's zone, +08:00, with milliseconds, a tab, then the message: DMS's own `yyyy-MM-ddTHH:mm:ss:ffffff` with a colon before the microseconds, the component and the letter T D or I): a user's paste of a MySQL source's DDL capture as found with find_string (`2021-07-15T18:48:55.000+08:00\\t2021-07-15T10:48:55:208064 [SOURCE_CAPTURE ]T: …`), the AWS DMS User Guide's debug-log examples (`[SOURCE_CAPTURE  ]T:  Produce CTI event`)",
		why:    "two times of one instant: the console's +08:00 event time and DMS's UTC time whose fraction follows a colon; T is DMS's detailed debug (trace), D debug; the LSN-like context and object ids are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.208064Z", Trace, "", "2026-11-29T15:41:20.000+08:00\t2026-11-29T07:41:20:208064 [SOURCE_CAPTURE  ]T:  SQL statement = 'alter table inv.stock add column bin_code varchar(12)'  (mysql_endpoint_capture.c:1720)"),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.208097Z", Trace, "", "2026-11-29T15:41:20.000+08:00\t2026-11-29T07:41:20:208097 [SOURCE_CAPTURE  ]T:  Found DB 'inv'  (mysql_endpoint_util.c:794)"),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.208130Z", Debug, "", "2026-11-29T15:41:20.000+08:00\t2026-11-29T07:41:20:208130 [SOURCE_CAPTURE  ]D:  DDL DB = 'inv', table = 'stock', verb = 1  (mysql_endpoint_capture.c:1734)"),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:21.004417Z", Info, "", "2026-11-29T15:41:21.000+08:00\t2026-11-29T07:41:21:004417 [SOURCE_CAPTURE  ]I:  Capture record 1 to internal queue from Source {operation:COMMIT (12), connectionId:48, streamPosition:mysql-bin-changelog.004127:88213:-1:88290:48211207:mysql-bin-changelog.004127:88150}  (streamcomponent.c:2920)"),
		},
	},
	{
		name:   "pgcopydb-console-time-of-day",
		source: "pgcopydb 0.15-0.17 on a terminal without --trace (`HH:mm:ss.SSS pid LEVEL  msg`, the level padded to six: INFO, NOTICE, WARN, ERROR; no date): dimitri/pgcopydb issue #728 (a clone --follow run), PR #804 (the README's summary run), issue #644 (the level set with its file and line in the --trace form)",
		why:    "a time of day with no date, on the clock's day; the pid then a padded level word; `[SOURCE]`, `[TARGET 41902]` and the LSN are no hosts or times; `ERROR:` inside the target's message is message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `07:41:16.204 41877 INFO   Running pgcopydb version 0.17-1.pgdg24.04+1 from "/usr/bin/pgcopydb"`),
			we("2026-11-29T07:41:16.211Z", Info, "", `07:41:16.211 41877 INFO   [SOURCE] Copying database from "postgres://migrator@pg-old.billing.internal:5432/billing?keepalives=1&keepalives_idle=10&keepalives_interval=10&keepalives_count=60"`),
			we("2026-11-29T07:41:16.243Z", Info, "", `07:41:16.243 41877 INFO   Using work dir "/var/lib/pgcopydb/billing"`),
			we("2026-11-29T07:41:16.390Z", Notice, "", "07:41:16.390 41879 NOTICE Starting the clone sub-process"),
			we("2026-11-29T07:41:16.402Z", Info, "", "07:41:16.402 41880 INFO   STEP 1: fetch source database tables, indexes, and sequences"),
			we("2026-11-29T07:41:19.118Z", Warn, "", `07:41:19.118 41893 WARN   Replication slot "pgcopydb" already exists at LSN 3A/1F0C2B48, re-using it`),
			we("2026-11-29T07:41:24.770Z", Error, "", `07:41:24.770 41901 ERROR  [TARGET 41902] ERROR:  relation "public.invoice_lines" already exists`),
		},
	},
	{
		name:   "pg-chameleon-v2-debug-log",
		source: "pg_chameleon 2.0 with log_level: debug (`yyyy-MM-dd HH:mm:ss processName LEVEL file.py (line): msg`, the process name MainProcess, read_replica or replay_replica): the4thdoctor/pg_chameleon issues #119, #120 and #123 (start_replica --debug runs); issue #195 (the info-level form without file and line)",
		why:    "the Python process name between the time and the level; `(608)` is a line number, no time; no zone (UTC)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 MainProcess INFO global_lib.py (608): Checking if the replica for source mysql_shop is stopped"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 MainProcess DEBUG pg_lib.py (3238): Cleaning table t_log_replica_mysql_shop_1"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 MainProcess INFO global_lib.py (549): Starting the replica daemons for source mysql_shop"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 07:41:17 read_replica DEBUG mysql_lib.py (1402): collecting table type map"),
			we("2026-11-29T07:41:22Z", Debug, "", "2026-11-29 07:41:22 replay_replica DEBUG pg_lib.py (1236): Cleaning replayed batches for source mysql_shop older than 1 day"),
			we("2026-11-29T07:41:29Z", Warn, "", "2026-11-29 07:41:29 read_replica WARNING mysql_lib.py (1188): The table shop.audit_trail has no primary key. Skipping it"),
			we("2026-11-29T07:41:31Z", Error, "", "2026-11-29 07:41:31 read_replica ERROR mysql_lib.py (1497): Could not find first log file name in binary log index file"),
		},
	},
	{
		name:   "pg-chameleon-v1-yearless",
		source: "pg_chameleon 1.x's log (`Mmm dd HH:mm:ss: [LEVEL] - file.py (line): msg`, no year): the4thdoctor/pg_chameleon issue #8 (a 1.5 stop_replica run)",
		why:    "a yearless BSD-style date with a colon after the seconds; the level in brackets after it; `(1037)` is a line number",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "Nov 29 07:41:16: [DEBUG] - pg_lib.py (1037): Batch loop value True"),
			we("2026-11-29T07:41:19Z", Info, "", "Nov 29 07:41:19: [INFO] - global_lib.py (273): waiting for replica process to stop"),
			we("2026-11-29T07:41:24Z", Debug, "", "Nov 29 07:41:24: [DEBUG] - mysql_lib.py (513): getting table metadata"),
			we("2026-11-29T07:41:27Z", Warn, "", "Nov 29 07:41:27: [WARNING] - mysql_lib.py (640): table shop.sessions without primary key cannot be replicated"),
			we("2026-11-29T07:41:31Z", Debug, "", "Nov 29 07:41:31: [DEBUG] - pg_lib.py (1037): Batch loop value True"),
		},
	},
	{
		name:   "redis-shake-v4-console",
		source: "RedisShake 4.x on a terminal (zerolog's console writer: `yyyy-MM-dd HH:mm:ss LVL msg`, INF and WRN, the periodic `read_count=[…], read_ops=[…], write_count=[…], write_ops=[…], src-N, phase` line): tair-opensource/RedisShake issues #799, #878, #949 and #832",
		why:    "a local stamp with no zone (UTC) and a three-letter level; counts in brackets and the `[reader_10.30.1.21_6379]` tag are no times or hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INF load config from file: /etc/redis-shake/shake.toml"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INF create RedisClusterWriter: 10.30.2.40:7000"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INF start syncing..."),
			we("2026-11-29T07:41:16Z", Warn, "", "2026-11-29 07:41:16 WRN [reader_10.30.1.21_6379] source db is doing bgsave, wait for it to finish"),
			we("2026-11-29T07:41:21Z", Info, "", "2026-11-29 07:41:21 INF read_count=[0], read_ops=[0.00], write_count=[0], write_ops=[0.00], src-0, waiting bgsave"),
			we("2026-11-29T07:41:26Z", Info, "", "2026-11-29 07:41:26 INF read_count=[412873], read_ops=[82574.60], write_count=[412872], write_ops=[82574.40], src-0, syncing rdb, size=[61 MiB/1.2 GiB]"),
			we("2026-11-29T07:41:31Z", Info, "", "2026-11-29 07:41:31 INF read_count=[838120], read_ops=[85049.40], write_count=[838118], write_ops=[85049.20], src-0, syncing rdb, size=[124 MiB/1.2 GiB]"),
		},
	},
	{
		name:   "redis-shake-v2-bracketed",
		source: "RedisShake 2.x's log (`yyyy/MM/dd HH:mm:ss [LEVEL] msg`, dbSyncer[N] lines with their `+`/`-` progress marks, the `Event:FullSyncStart\\tId:name` line with a tab): tair-opensource/RedisShake issues #90, #123 and #390; the [WARN] and [ERROR] messages from memory",
		why:    "a slashed stamp with no zone; the level in brackets; `dbSyncer[0]` and `port[9320]` are brackets of the message; a tab inside the event line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] dbSyncer[0] psync connect '10.30.1.21:6379' with auth type[auth] OK!"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] dbSyncer[0] psync send listening port[9320] OK!"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] Event:FullSyncStart\tId:redis-shake-orders"),
			we("2026-11-29T07:41:17Z", Info, "", "2026/11/29 07:41:17 [INFO] dbSyncer[0] +"),
			we("2026-11-29T07:41:18Z", Info, "", "2026/11/29 07:41:18 [INFO] dbSyncer[0] -"),
			we("2026-11-29T07:41:40Z", Warn, "", "2026/11/29 07:41:40 [WARN] dbSyncer[0] target key name is busy: BUSYKEY Target key name already exists, key[cart:58211]"),
			we("2026-11-29T07:41:44Z", Error, "", "2026/11/29 07:41:44 [ERROR] dbSyncer[0] read from source failed: read tcp 10.30.1.8:40212->10.30.1.21:6379: i/o timeout"),
		},
	},
	{
		name:   "couchbase-goxdcr-log",
		source: "Couchbase Server's goxdcr.log (goxdcr's log package: `yyyy-MM-ddTHH:mm:ss.SSS±hh:mm LEVL GOXDCR.Module: msg`, the level in four letters FATA ERRO WARN INFO DEBU TRAC, the local offset): couchbase/goxdcr log/logger.go (processCommonFields, FormatTimeWithMilliSecondPrecision, the LOG_STR constants), the xdcrDiffer README and couchbase-fluent-bit's goxdcr example lines",
		why:    "an RFC 3339 time with a -08:00 offset, the next day in UTC; four-letter levels (ERRO, DEBU); the pipeline topic with bucket names and `127.0.0.1:12002` is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.523Z", Info, "", "2026-11-28T23:41:16.523-08:00 INFO GOXDCR.ReplMgr: Replication specification 5b1e0c7a93d24f68a0e1c2d3b4a59687/orders/orders-dr is created"),
			we("2026-11-29T07:41:16.604Z", Info, "", "2026-11-28T23:41:16.604-08:00 INFO GOXDCR.PipelineMgr: Replication Status = map[5b1e0c7a93d24f68a0e1c2d3b4a59687/orders/orders-dr:Pending]"),
			we("2026-11-29T07:41:17.019Z", Debug, "", "2026-11-28T23:41:17.019-08:00 DEBU GOXDCR.DcpNozzle: dcp_5b1e0c7a93d24f68a0e1c2d3b4a59687/orders/orders-dr_10.40.1.11:11210_0 starting vbstreams for 342 vbuckets"),
			we("2026-11-29T07:41:22.871Z", Warn, "", "2026-11-28T23:41:22.871-08:00 WARN GOXDCR.XmemNozzle: pipelineFullTopic=5b1e0c7a93d24f68a0e1c2d3b4a59687/orders/orders-dr, xmem_5b1e0c7a93d24f68a0e1c2d3b4a59687/orders/orders-dr_10.40.9.21:11210_0: Received temporary error response from target for vb=517. Will retry"),
			we("2026-11-29T07:41:35.002Z", Error, "", "2026-11-28T23:41:35.002-08:00 ERRO GOXDCR.CheckpointMgr: Failed to get target timestamp for vb=517 from 10.40.9.21:11210: connection reset by peer"),
		},
	},
	{
		name:   "wal-e-msg-detail-structured",
		gap:    "trawl joins the MSG, DETAIL, HINT and STRUCTURED lines and reads the level after the logger name, but no time: the `STRUCTURED: time=2026-11-29T07:41:16.153419-00` on the record's last, indented line (an RFC 3339 time with a `-00` offset) is not read as the record's time",
		source: "WAL-E's log on stderr as `docker logs` shows it (Python logging `%(name)-12s %(levelname)-8s %(message)s` and WalELogger.fmt_logline: `MSG:` on the first line, `DETAIL:`, `HINT:` and `STRUCTURED: time=…-00 pid=N key=value…` on lines indented eight spaces): wal-e/wal-e tests test_log_help.py (fmt_logline), a Zalando postgres-operator issue and a Docker image tutorial (the lines under spilo and docker logs), GitLab's runbook (push-wal STRUCTURED lines); the retries HINT text from memory",
		why:    "one record is three or four lines, its only time on the last one (`time=2026-11-29T07:41:16.153419-00`, `-00` being UTC); the level follows the padded logger name; `rate=14211.3` and the segment name are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.153419Z", Info, "",
				"wal_e.main   INFO     MSG: starting WAL-E",
				`        DETAIL: The subcommand is "wal-push".`,
				"        STRUCTURED: time=2026-11-29T07:41:16.153419-00 pid=5121"),
			we("2026-11-29T07:41:16.160372Z", Info, "",
				"wal_e.worker.upload INFO     MSG: begin archiving a file",
				`        DETAIL: Uploading "pg_wal/00000001000000A30000004C" to "s3://acme-pg-wal/pg-main-2/wal_005/00000001000000A30000004C.lzo".`,
				"        STRUCTURED: time=2026-11-29T07:41:16.160372-00 pid=5121 action=push-wal key=s3://acme-pg-wal/pg-main-2/wal_005/00000001000000A30000004C.lzo prefix=pg-main-2/ seg=00000001000000A30000004C state=begin"),
			we("2026-11-29T07:41:16.911847Z", Info, "",
				"wal_e.worker.upload INFO     MSG: completed archiving to a file",
				`        DETAIL: Archiving to "s3://acme-pg-wal/pg-main-2/wal_005/00000001000000A30000004C.lzo" complete at 14211.3KiB/s.`,
				"        STRUCTURED: time=2026-11-29T07:41:16.911847-00 pid=5121 action=push-wal key=s3://acme-pg-wal/pg-main-2/wal_005/00000001000000A30000004C.lzo prefix=pg-main-2/ rate=14211.3 seg=00000001000000A30000004C state=complete"),
			we("2026-11-29T07:41:29.408116Z", Warn, "",
				"wal_e.retries WARNING  MSG: retrying after encountering exception",
				"        DETAIL: Exception information dump: ConnectionResetError: [Errno 104] Connection reset by peer",
				"        HINT: A better error message should be written to handle this exception.  Please report this output and, if possible, the situation under which it arises.",
				"        STRUCTURED: time=2026-11-29T07:41:29.408116-00 pid=5140"),
			we("2026-11-29T07:41:30.102554Z", Info, "",
				"wal_e.worker.base INFO     MSG: Not deleting any data.",
				"        DETAIL: No existing base backups.",
				"        STRUCTURED: time=2026-11-29T07:41:30.102554-00 pid=5146"),
		},
	},
	{
		name:   "kingshard-sys-log",
		source: "kingshard's sys log (core/golog: `yyyy/MM/dd HH:mm:ss - LEVEL - file.go:[line] - [module] \"method\" \"msg\" \"k=v|k=v\" conn_id=N`, levels TRACE DEBUG INFO WARN ERROR FATAL): flike/kingshard core/golog/log.go (Output and output); the modules' messages from memory",
		why:    "a slashed stamp with no zone; the level between ` - ` separators; `server.go:[322]` is a file and line, `conn_id=0` a connection; the addresses in the args are backends, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `2026/11/29 07:41:16 - INFO - server.go:[322] - [server] "NewServer" "Server running" "netProto=tcp|address=0.0.0.0:9696" conn_id=0`),
			we("2026-11-29T07:41:16Z", Info, "", `2026/11/29 07:41:16 - INFO - main.go:[147] - [main] "main" "kingshard starting" "version=2.2.0|config=/etc/ks/ks.yaml" conn_id=0`),
			we("2026-11-29T07:41:22Z", Warn, "", `2026/11/29 07:41:22 - WARN - node.go:[103] - [Node] "checkMaster" "db is down" "db.Addr=10.20.4.11:3306|node=shard2" conn_id=0`),
			we("2026-11-29T07:41:22Z", Error, "", `2026/11/29 07:41:22 - ERROR - backend_conn.go:[74] - [BackendConn] "Connect" "dial tcp 10.20.4.11:3306: connect: connection refused" "" conn_id=0`),
			we("2026-11-29T07:41:37Z", Info, "", `2026/11/29 07:41:37 - INFO - node.go:[131] - [Node] "checkMaster" "db is up" "db.Addr=10.20.4.11:3306|node=shard2" conn_id=0`),
		},
	},
}

func TestFresh413Formats(t *testing.T) { assertTable(t, fresh413Cases) }
func TestFresh413Score(t *testing.T) {
	checkScore(t, "fresh413 formats", fresh413Cases, [worldNumFields]float64{89.9, 89.9, 99.9, 99.9})
}
