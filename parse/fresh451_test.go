package parse

import "testing"

// The four-hundred-and-fifty-first fresh table, written on 2026-12-05: databases' logs, a third
// further pass, in shapes no earlier table holds. Each family is one product's documented or
// observed output: CockroachDB's crdb-v2 file log with `format-options: {timezone: …}` (the header
// time carries a six-digit numeric offset, `-050000`); Redis 8's log with its bundled modules
// (RedisBloom's `<bf>` configuration dump a line at a time, RediSearch's `-` verbose lines, the
// `<timeseries>` and `<search>` tags after the level mark); Oracle SQL*Loader's log file (the
// release banner with a ctime, the rejected-record blocks with their ORA- line, the per-table
// summary, `Run began on`/`Run ended on`, and elapsed and CPU durations); Neo4j CalVer's debug.log
// in its default JSON layout (StructuredLayoutWithMessage: time `yyyy-MM-dd HH:mm:ss.SSSZ`, level,
// category, message); MongoDB's mongosync on stdout (zerolog JSON, a local `-05:00` time);
// SQL Server's `BACKUP DATABASE … WITH STATS` messages as sqlcmd prints them; MariaDB 11's
// mariadb-upgrade console (its eight phases and mysqlcheck's `error    :` lines); PostgreSQL 17's
// pg_restore --verbose with its errors and the `Command was:` statement under them.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`postgres`, `mysql`, `mariadb`, `oracle`, `sql server`, `mssql`, `mongo`, `redis`,
// `elasticsearch`, `cockroach`, `clickhouse`, `neo4j`, `influx`, `(integer)`, `slowlog`,
// `host_id=`, `comp_id=`, `log.xml`, `send_logs_level`, `"date_time"`, `date_time_utc`,
// `json-compact`, `"channel_numeric"`, `entry_counter`, `"sev":`, `influxdb3`, `sqlagent`,
// `"event.action"`, `query.log`, `bolt-session`, `server_audit`, `mysqlrouter`, `TNS-`, `+sdown`,
// `mongosh`, `iso8601-local`, `rshost`, `ReportServer`, `dtexec`, `End Progress`, `mongot`,
// `mongosync`, `mongosyncID`, `maxscale`, `mariadbmon`, `valkey`, `log-timestamp-format`, `DMON`,
// `Data Guard`, `patroni`, `repmgr`, `barman`, `wal-g`, `proxysql`, `xtrabackup`, `opensearch`,
// `-050000`, `-040000`, `I2611`, `crdb-v2`, `EventType`, `Asia/Kolkata`, `Asia/Singapore`,
// `log_timezone`, `+08 [`, `-03 [`, `AEDT`, `sqlldr`, `SQL*Loader`, `Production on`,
// `Rejected - Error`, `Elapsed time was`, `Commit point reached`, `"category":"o.n`,
// `+0000","level"`, `"event":"success"`, `<bf>`, `<search>`, `<timeseries>`, `RediSearch`,
// `RedisBloom`, `ReJSON`, `procrun`, `Commons Daemon`, `SQLDUMPER`, `SqlWriter`, `QueryFinish`,
// `clickhouse-server[`, `$numberLong`, `bsondump`, `COMPASS`, `RunID`, `Id Command`,
// `Command    Argument`, `CAL0000`, `columnstore`, `garbd`, `percent processed`,
// `successfully processed`, `Level 16, State`, `Msg 3201`, `Phase 1/8`, `Processing databases`,
// `mariadb-upgrade`, `mysql_upgrade`, `error    :`, `pg_restore:`, `Command was:`,
// `-> Installing`, `elasticsearch-plugin`). CockroachDB's crdb-v2 is in fresh52, fresh141 and
// others in UTC; the offset the timezone option adds is in none. Redis 8's `<search>` tag is in
// fresh79 behind Docker's stamp; the bare file with RedisBloom's configuration dump and the
// verbose module lines is in none. The `Release … - Production on` banner is in fresh70 (expdp) and
// fresh362 (RMAN); SQL*Loader's log is in none. Neo4j is in fresh39, fresh216 and others as text
// and as query-log JSON; the CalVer debug.log JSON is in none. mongosync is only named in the
// left-out lists of fresh271 and fresh385. sqlcmd's `Msg n, Level s` errors are in fresh126; the
// backup's STATS messages are in none. mysqlcheck's lines and the upgrade phases are in none; the
// postgres numeric zone abbreviation (`+04`) is in the Georgian family and was dropped, as were
// MaxScale (fresh5, fresh182), the MariaDB 5.5-style general log (rules_test.go), sqlcmd's errors
// (fresh126), SSIS's dtexec (fresh375), SSRS (fresh411), MongoDB's canonical `$numberLong` dates
// (rules_test.go) and Elasticsearch's procrun service log (the shape of fresh58's). The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). crdb-v2's `I261129 02:41:16.204512-050000` is converted from -05:00;
// SQL*Loader's `Sun Nov 29 07:41:16 2026` has no zone and is UTC, and its `Elapsed time was:
// 00:00:02.81` and `CPU time was:` are durations, no times; Neo4j's `+0000` and mongosync's
// `-05:00` are converted; sqlcmd's backup messages, mariadb-upgrade's console and pg_restore's
// verbose output carry no time. Levels only where the line marks one: crdb-v2's letter before the
// date, Redis' mark (`-` verbose Info, `*` Notice, `#` Warn, as the other tables read it), Neo4j's
// and mongosync's level keys, mysqlcheck's `error    :` message type, pg_restore's `error:` and
// `warning:` after its name (its verbose progress lines have none); SQL*Loader's `Rejected - Error`
// and the ORA- code are message text. No family has a host field: crdb-v2's tags (n1, s1, raddr)
// are no host, and the addresses in mongosync's URIs are peers. A record that spans lines is one
// entry: crdb-v2's `+` continuation lines, SQL*Loader's rejected record with its ORA- line and the
// per-table summary with its indented counts, a mysqlcheck table line with its `error    :` line,
// pg_restore's error with the `Command was:` statement under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7e13a53 before any rule for it: level 97.4 %, time 81.2 %, host 98.4 %, records 89.1 %.
// That is the macro figure (micro: level 96.5 %, time 86.0 %, host 98.2 %, records 87.7 %), in a
// worktree at 7e13a53 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (Redis 8's module lines, Neo4j's CalVer JSON, mongosync, the backup's STATS
// messages); the gaps are crdb-v2's six-digit zone offset, SQL*Loader's rejected-record blocks,
// ctime run lines and durations, mysqlcheck's `error    :` line under its table, and pg_restore's
// `Command was:` statement under its error.

var fresh451Cases = []worldCase{
	{
		name:   "cockroach-crdb-v2-format-options-timezone",
		source: "CockroachDB 23.2+ with a file sink's `format-options: {timezone: America/New_York}`: crdb-v2's header `Lyymmdd HH:MM:SS.ffffff-hhmmss goroutine channel@file:line ⋮ [tags] counter` (MessageTimeFormatWithTZ `060102 15:04:05.999999-070000` in pkg/util/log, decodeTimestamp's offset test), `+` after the counter on a multi-line entry's further lines: cockroachdb/cockroach PR #104265 (format-options, custom timezones in log output), cockroachlabs.com docs 'Log Formats' (crdb-v2)",
		why:    "the header time carries a six-digit offset glued to the microseconds (-050000 is -05:00); the letter before the date is the level; `+` lines continue the entry; tags and raddr are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Info, "",
				"I261129 02:41:16.204512-050000 74 1@cli/start.go:1182 ⋮ [T1,n1] 31  node startup completed:",
				"I261129 02:41:16.204512-050000 74 1@cli/start.go:1182 ⋮ [T1,n1] 31 +CockroachDB node starting at 2026-11-29 02:41:16.204321 -0500 EST (took 3.1s)",
				"I261129 02:41:16.204512-050000 74 1@cli/start.go:1182 ⋮ [T1,n1] 31 +build:               CCL v25.3.2 @ 2026/11/12 09:14:40 (go1.23.9 X:nocoverageredesign)",
				"I261129 02:41:16.204512-050000 74 1@cli/start.go:1182 ⋮ [T1,n1] 31 +sql:                 postgresql://root@10.30.1.41:26257/defaultdb?sslcert=certs%2Fclient.root.crt&sslmode=verify-full",
				"I261129 02:41:16.204512-050000 74 1@cli/start.go:1182 ⋮ [T1,n1] 31 +nodeID:              1"),
			we("2026-11-29T07:41:17.004112Z", Warn, "", "W261129 02:41:17.004112-050000 412 2@rpc/nodedialer/nodedialer.go:199 ⋮ [T1,n1,rnode=3,raddr=‹10.30.1.43:26257›,class=system,rpc] 32  unable to connect to n3: failed to connect to n3 at 10.30.1.43:26257: connection refused"),
			we("2026-11-29T07:41:46.11032Z", Info, "", "I261129 02:41:46.110320-050000 289 2@server/status/runtime_log.go:47 ⋮ [T1,n1] 33  runtime stats: 1.4 GiB RSS, 612 goroutines (stacks: 9.1 MiB), 402 MiB/611 MiB Go alloc/total, 2.2 GiB CGO alloc/total, 212.4 CGO/sec, 31.2/4.7 %(u/s)time, 0.0 %gc (0x), 71 MiB/48 MiB (r/w)net"),
			we("2026-11-29T07:42:03.7719Z", Error, "", "E261129 02:42:03.771900-050000 5544 kv/kvserver/queue.go:1203 ⋮ [T1,n1,replicate,s1,r118/2:‹/Table/112/1/{2…-4…}›] 34  operation ‹replicate queue process replica 118› timed out after 1m0.001s"),
		},
	},
	{
		name:   "redis8-bundled-modules-verbose-log",
		source: "Redis 8's redis.log with loglevel verbose and its bundled modules loaded (`pid:role dd Mon yyyy HH:MM:SS.mmm mark <module> msg`; RedisBloom's configuration written as one line a field between `<bf> …: [` and `<bf> ]`, RediSearch's `-` lines, `Module 'bf' loaded from …`): redis/redis issue #14446 (a crash report's start-up log), redis/redis PRs #14160 and #14489 (the modules' versions)",
		why:    "a module tag in angle brackets after the level mark; a bracketed configuration dump whose lines each carry the full prefix and are records of their own; `-` is verbose",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.214Z", Notice, "", "1:M 29 Nov 2026 07:41:16.214 * <bf> RedisBloom version 8.2.8 (Git=unknown)"),
			we("2026-11-29T07:41:16.214Z", Notice, "", "1:M 29 Nov 2026 07:41:16.214 * <bf> Registering configuration options: ["),
			we("2026-11-29T07:41:16.214Z", Notice, "", "1:M 29 Nov 2026 07:41:16.214 * <bf> \t{ bf-error-rate       :      0.01 }"),
			we("2026-11-29T07:41:16.214Z", Notice, "", "1:M 29 Nov 2026 07:41:16.214 * <bf> \t{ cf-max-iterations   :        20 }"),
			we("2026-11-29T07:41:16.214Z", Notice, "", "1:M 29 Nov 2026 07:41:16.214 * <bf> ]"),
			we("2026-11-29T07:41:16.215Z", Notice, "", "1:M 29 Nov 2026 07:41:16.215 * Module 'bf' loaded from /usr/local/lib/redis/modules//redisbloom.so"),
			we("2026-11-29T07:41:16.217Z", Info, "", "1:M 29 Nov 2026 07:41:16.217 - <search> Successfully executed RedisModule_LoadDefaultConfigs"),
			we("2026-11-29T07:41:16.218Z", Notice, "", "1:M 29 Nov 2026 07:41:16.218 * <search> RediSearch version 8.2.4 (Git=7c41e0b)"),
			we("2026-11-29T07:41:16.24Z", Notice, "", "1:M 29 Nov 2026 07:41:16.240 * <timeseries> RedisTimeSeries version 80204, git_sha=5f1a2c9d8e0b3a4f6c7d8e9f0a1b2c3d4e5f6a7b"),
			we("2026-11-29T07:41:16.262Z", Warn, "", "1:M 29 Nov 2026 07:41:16.262 # <search> Skipping index 'idx:orders' on load: field 'price' declared NUMERIC holds 412 non-numeric values"),
		},
	},
	{
		name:   "oracle-sqlldr-log-file",
		gap:    "trawl cuts a rejected record after `Record n: Rejected - Error on table …`: its `ORA-…` line is not joined to it; the ctime in `Run began on Sun Nov 29 07:41:16 2026` and `Run ended on …` is not read as the time (the elapsed and CPU times are no times, as they should not be)",
		source: "Oracle SQL*Loader 19c's log file (`sqlldr … log=orders.log`: the banner `SQL*Loader: Release … - Production on Dow Mon dd HH:MM:SS yyyy`, the control-file section, a `Record n: Rejected - Error on table T[, column C].` line with its ORA- line and a blank line, `Table T:` with indented row counts, the totals, `Run began on`/`Run ended on` with a ctime, `Elapsed time was:` and `CPU time was:` durations): ThreeFourSeven/Database-Gui issues #6 and #14 (console and log pastes), Oracle Database Utilities 'Log File and Logging Information' and 'Criteria for Rejected Records'; the totals block from memory",
		why:    "the banner's and the run lines' ctime without a zone; a rejected record is two lines and a blank; `Rejected - Error` and ORA- codes are message text, no level; 00:00:02.81 is a duration, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "SQL*Loader: Release 19.0.0.0.0 - Production on Sun Nov 29 07:41:16 2026"),
			wskip("",
				"Copyright (c) 1982, 2026, Oracle and/or its affiliates.  All rights reserved.",
				"",
				"Control File:   /u01/load/orders.ctl",
				"Data File:      /u01/load/orders_20261129.csv",
				"  Bad File:     /u01/load/orders_20261129.bad",
				"  Discard File:  none specified",
				" ",
				" (Allow all discards)",
				"",
				"Number to load: ALL",
				"Number to skip: 0",
				"Errors allowed: 50",
				"Bind array:     250 rows, maximum of 1048576 bytes",
				"Continuation:    none specified",
				"Path used:      Conventional",
				""),
			we("", Unknown, "",
				"Record 214: Rejected - Error on table SHOP.ORDERS, column ORDER_DATE.",
				"ORA-01861: literal does not match format string",
				""),
			we("", Unknown, "",
				"Record 3077: Rejected - Error on table SHOP.ORDERS.",
				"ORA-00001: unique constraint (SHOP.PK_ORDERS) violated",
				""),
			we("", Unknown, "",
				"Table SHOP.ORDERS:",
				"  48210 Rows successfully loaded.",
				"  2 Rows not loaded due to data errors.",
				"  0 Rows not loaded because all WHEN clauses were failed.",
				"  0 Rows not loaded because all fields were null.",
				""),
			wskip("",
				"Space allocated for bind array:                 193500 bytes(250 rows)",
				"Read   buffer bytes: 1048576",
				"",
				"Total logical records skipped:          0",
				"Total logical records read:         48212",
				"Total logical records rejected:         2",
				"Total logical records discarded:        0",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "", "Run began on Sun Nov 29 07:41:16 2026"),
			we("2026-11-29T07:41:19Z", Unknown, "", "Run ended on Sun Nov 29 07:41:19 2026", ""),
			we("", Unknown, "", "Elapsed time was:     00:00:02.81"),
			we("", Unknown, "", "CPU time was:         00:00:00.44"),
		},
	},
	{
		name:   "neo4j-calver-debug-log-json",
		source: "Neo4j 2025.x (CalVer) debug.log, JSON by default: log4j2's JsonTemplateLayout with classpath:org/neo4j/logging/StructuredLayoutWithMessage.json (`time` as `yyyy-MM-dd HH:mm:ss.SSSZ` in UTC, `level` by name, `category` as %c{1.}, `message`, `stacktrace` the exception's message): neo4j/neo4j community/logging/src/main/resources/org/neo4j/logging/StructuredLayoutWithMessage.json, the neo4j operations manual 'Logging'",
		why:    "a JSON time with a space and a `+0000` offset with no colon; level by name; the category is a class, no host; the database id in brackets is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"time":"2026-11-29 07:41:16.204+0000","level":"INFO","category":"o.n.k.i.t.l.c.CheckPointerImpl","message":"[orders/6a1f2c3d] Checkpoint triggered by \"Scheduled checkpoint for every 15 minutes threshold\" @ txId: 48211, append index: 48211 checkpoint started..."}`),
			we("2026-11-29T07:41:17.118Z", Debug, "", `{"time":"2026-11-29 07:41:17.118+0000","level":"DEBUG","category":"o.n.k.i.p.PageCacheWarmer","message":"[orders/6a1f2c3d] Page cache warmup profiled 412 pages of neostore.nodestore.db in 41ms."}`),
			we("2026-11-29T07:41:19.87Z", Warn, "", `{"time":"2026-11-29 07:41:19.870+0000","level":"WARN","category":"o.n.k.i.c.VmPauseMonitorComponent","message":"Detected VM stop-the-world pause: {pauseTime=412, gcTime=398, gcCount=1}"}`),
			we("2026-11-29T07:42:03.55Z", Error, "", `{"time":"2026-11-29 07:42:03.550+0000","level":"ERROR","category":"o.n.d.DatabaseStateService","message":"[billing/1c9e7a02] Failed to start database billing","stacktrace":"Store files in /data/databases/billing are locked by another process"}`),
		},
	},
	{
		name:   "mongosync-stdout-json-local-offset",
		source: "MongoDB's mongosync 1.x on stdout (zerolog JSON a line: level, mongosyncID, time as RFC 3339 seconds with the host's local offset, message; the first line carries the options): mongodb.com docs 'mongosync Logging' (Standard Output example)",
		why:    "the time is local with an offset (-05:00); the level a lower-case key; the mongodb:// addresses are the source and destination clusters, peers and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","mongosyncID":"coordinator","verbosity":"INFO","id":"coordinator","port":27182,"time":"2026-11-29T02:41:16-05:00","message":"Mongosync Options"}`),
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","mongosyncID":"coordinator","time":"2026-11-29T02:41:16-05:00","message":"Initialized client0 with URI: mongodb://10.40.2.11:27017 and client1 with URI: mongodb://10.40.6.21:27017."}`),
			we("2026-11-29T07:41:17Z", Info, "", `{"level":"info","mongosyncID":"coordinator","time":"2026-11-29T02:41:17-05:00","message":"Preflight checks completed."}`),
			we("2026-11-29T07:41:44Z", Warn, "", `{"level":"warn","mongosyncID":"coordinator","time":"2026-11-29T02:41:44-05:00","message":"Change event application is lagging: 412 events behind the source."}`),
			we("2026-11-29T07:42:03Z", Error, "", `{"level":"error","mongosyncID":"coordinator","time":"2026-11-29T02:42:03-05:00","message":"Failed to apply change event for namespace shop.orders: WriteConflict"}`),
		},
	},
	{
		name:   "sqlserver-backup-with-stats-sqlcmd",
		source: "SQL Server 2022's `BACKUP DATABASE … WITH STATS = 10` run with sqlcmd (the informational messages as the client prints them: `n percent processed.`, `Processed n pages for database 'db', file 'f' on file 1.`, `BACKUP DATABASE successfully processed n pages in s seconds (r MB/sec).`): Microsoft Learn 'BACKUP (Transact-SQL)' (the STATS option); the messages' wording from memory",
		why:    "no time and no level anywhere; 3.112 seconds is a duration; each message is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "10 percent processed."),
			we("", Unknown, "", "20 percent processed."),
			we("", Unknown, "", "30 percent processed."),
			we("", Unknown, "", "100 percent processed."),
			we("", Unknown, "", "Processed 41232 pages for database 'SalesDB', file 'SalesDB' on file 1."),
			we("", Unknown, "", "Processed 2 pages for database 'SalesDB', file 'SalesDB_log' on file 1."),
			we("", Unknown, "", "BACKUP DATABASE successfully processed 41234 pages in 3.112 seconds (103.512 MB/sec)."),
		},
	},
	{
		name:   "mariadb-upgrade-phases-console",
		gap:    "trawl does not join mysqlcheck's `error    : …` message-type line to the `db.table` line above it, so the table's record has no level (the Error of `error    :`)",
		source: "MariaDB 11.4's mariadb-upgrade on a terminal (`Phase n/8: …` lines, `Processing databases`, a database name a line, mysqlcheck's `db.table   OK` and a table line followed by its `error    : …` message-type line, a final `OK`): mariadb.com docs 'mariadb-upgrade' and 'mariadb-check'; the layout from memory",
		why:    "no time anywhere; `error    :` is mysqlcheck's message type, the level of the table line it follows; `OK` is a status, no level",
		entries: []worldEntry{
			we("", Unknown, "", "Phase 1/8: Checking and upgrading mysql database"),
			we("", Unknown, "", "Processing databases"),
			we("", Unknown, "", "mysql"),
			we("", Unknown, "", "mysql.column_stats                                 OK"),
			we("", Unknown, "", "mysql.columns_priv                                 OK"),
			we("", Unknown, "", "Phase 2/8: Installing used storage engines... Skipped"),
			we("", Unknown, "", "Phase 6/8: Checking and upgrading tables"),
			we("", Unknown, "", "shop.orders                                        OK"),
			we("", Error, "",
				"shop.order_items",
				"error    : Table rebuild required. Please do \"ALTER TABLE `shop`.`order_items` FORCE\" or dump/reload to fix it!"),
			we("", Unknown, "", "Phase 7/8: uninstalling plugins"),
			we("", Unknown, "", "Phase 8/8: Running 'FLUSH PRIVILEGES'"),
			we("", Unknown, "", "OK"),
		},
	},
	{
		name:   "pg-restore-verbose-errors-command-was",
		gap:    "trawl cuts `pg_restore: error: could not execute query: …` from the `Command was: …` line and the failed statement's further lines under it",
		source: "PostgreSQL 17's pg_restore --verbose (the frontend logger: `pg_restore: msg` for progress, `pg_restore: error: …` and `pg_restore: warning: …`; a failed statement's text after `Command was:` on the following lines; `from TOC entry …` before it): MolSSI/QCFractal issue #697, thoughtbot/parity issue #175, gentle1999/qm9star_query issue #2",
		why:    "the level word follows the program's name; the server's ERROR: inside the message is message text; `Command was:` and the statement's lines belong to the error above them; no time",
		entries: []worldEntry{
			we("", Unknown, "", "pg_restore: connecting to database for restore"),
			we("", Unknown, "", `pg_restore: creating TABLE "billing.invoices"`),
			we("", Unknown, "", "pg_restore: from TOC entry 231; 1259 16412 TABLE invoices shop"),
			we("", Error, "",
				`pg_restore: error: could not execute query: ERROR:  relation "invoices" already exists`,
				"Command was: CREATE TABLE billing.invoices (",
				"    id bigint NOT NULL,",
				"    customer_id bigint NOT NULL,",
				"    total numeric(12,2)",
				");"),
			we("", Unknown, "", `pg_restore: processing data for table "billing.invoices"`),
			we("", Error, "",
				`pg_restore: error: could not execute query: ERROR:  role "ledger" does not exist`,
				"Command was: ALTER TABLE billing.invoices OWNER TO ledger;"),
			we("", Warn, "", "pg_restore: warning: errors ignored on restore: 2"),
		},
	},
}

func TestFresh451Formats(t *testing.T) { assertTable(t, fresh451Cases) }
func TestFresh451Score(t *testing.T) {
	checkScore(t, "fresh451 formats", fresh451Cases, [worldNumFields]float64{98.9, 96.8, 99.9, 92.2})
}
