package parse

import "testing"

// The five-hundred-and-seventy-first fresh table: databases' logs, an eighth further pass, the
// clients', tools' and admin programs' output people attach to database tickets, in shapes no
// earlier table holds. Each family is one product's documented or observed output: mycli's log
// file (`(pid/thread) logger LEVEL - msg`, pgcli's layout too); pgAdmin 4's pgadmin4.log (a colon
// after the stamp, tab-separated level and logger, a traceback under an ERROR); MySQL Workbench's
// wb.log (a time of day, `[INF][      Workbench]:`); BenchBase's console (the level bracket before the
// date, a configuration block under the banner); pg_waldump's records; the pganalyze collector's
// output (one level letter); pg_repack's console (`INFO:`, `NOTICE:`, `LOG: (query)`, `DETAIL:`);
// pgbench's progress lines with --progress-timestamp.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`arangodb`, `orientdb`, `ravendb`, `couchdb`, `foundationdb`, `tidb`, `tikv`, `vitess`,
// `proxysql`, `maxscale`, `pgbouncer`, `pgpool`, `patroni`, `etcd`, `memcached`, `keydb`,
// `dragonfly`, `garnet`, `influx`, `timescale`, `questdb`, `victoriametrics`, `m3db`, `druid`,
// `pinot`, `kudu`, `impala`, `hbase`, `accumulo`, `solr`, `opensearch`, `meilisearch`, `typesense`,
// `manticore`, `sphinx`, `vespa`, `zincsearch`, `quickwit`, `dgraph`, `janusgraph`, `nebula`,
// `memgraph`, `tigergraph`, `hugegraph`, `surrealdb`, `edgedb`, `yugabyte`, `greenplum`, `citus`,
// `oceanbase`, `polardb`, `opengauss`, `doris`, `starrocks`, `databend`, `duckdb`, `sqlite`,
// `h2database`, `hsqldb`, `derby`, `informix`, `db2`, `hana`, `sybase`, `teradata`, `vertica`,
// `exasol`, `monetdb`, `virtuoso`, `stardog`, `blazegraph`, `fuseki`, `rdf4j`, `aerospike`, `riak`,
// `rocksdb`, `badger`, `liquibase`, `flyway`, `mydumper`, `xtrabackup`, `pgbackrest`, `barman`,
// `gh-ost`, `debezium`, `maxwell`, `canal`, `datax`, `sqoop`, `pg_repack`, `mysqlsh`,
// `orchestrator`, `galera`, `tungsten`, `bucardo`, `slony`, `symmetricds`, `skeema`, `sqitch`,
// `dbmate`, `goose`, `golang-migrate`, `alembic`, `prisma`, `sequelize`, `knex`, `cassandra`,
// `scylla`, `clickhouse`, `tarantool`, `ignite`, `hazelcast`, `kvrocks`, `pika`, `ssdb`, `tendis`,
// `apache-age`, `agensgraph`, `kuzu`, `cozodb`, `immudb`, `rqlite`, `dqlite`, `litestream`,
// `mycli`, `pgcli`, `litecli`, `pg_activity`, `pgbadger`, `pgcenter`, `mongodump`, `mongorestore`,
// `mongoimport`, `atlas`, `typedb`, `terminusdb`, `xtdb`, `datomic`, `fauna`, `cratedb`,
// `greptime`, `tdengine`, `iotdb`, `kairosdb`, `opentsdb`, `graphite`, `whisper`, `carbon-cache`,
// `basex`, `exist-db`, `existdb`, `marklogic`, `ingres`, `errlog.log`, `openedge`, `intersystems`,
// `cconsole`, `sql anywhere`, `sqlanywhere`, `dbsrv`, `trace.db`, `memsql`, `singlestore`,
// `snowsql`, `pgadmin`, `pgadmin4`, `pgAdmin 4`, `mysqlrouter`, `mysql router`, `valkey`,
// `infinispan`, `geode`, `gemfire`, `coherence`, `allegrograph`, `agraph`, `rethinkdb`,
// `ferretdb`, `pageserver`, `safekeeper`, `postgrest`, `hasura`, `pg_autoctl`, `repmgr`, `stolon`,
// `pg_probackup`, `wal-g`, `metabase`, `dremio`, `trino`, `presto`, `apache drill`, `ksql`,
// `materialize`, `risingwave`, `eventstore`, `ydb`, `cassandra-reaper`, `milvus`, `qdrant`,
// `weaviate`, `chroma`, `nuodb`, `voltdb`, `mimer`, `kylin`, `trafodion`, `mongosh`,
// `redisinsight`, `automation-agent`, `es-curator`, `elasticsearch curator`, `elasticdump`,
// `pgloader`, `mysqlbinlog`, `end_log_pos`, `pg_waldump`, `rmgr:`, `rmgr`, `lsn: 0/`, `desc: `,
// `pt-kill`, `pt-deadlock`, `pt-archiver`, `pt-heartbeat`, `pt-query-digest`, `nutcracker`,
// `twemproxy`, `codis`, `sysbench`, `thds:`, `hammerdb`, `pgbench`, `tps, lat`, `progress: `,
// `benchbase`, `oltpbenchmark`, `DBWorkload`, `memtier`, `redis-benchmark`, `pg_upgrade`,
// `pg_dump`, `pg_dumpall`, `pg_rewind`, `pg_checksums`, `pg_amcheck`, `pg_ctl`, `initdb`,
// `mysql_install_db`, `mongod --repair`, `mongofiles`, `bsondump`, `cqlsh`, `sstableloader`,
// `sstabledump`, `nodetool`, `influx_inspect`, `influxd-ctl`, `clickhouse-backup`,
// `clickhouse-copier`, `clickhouse-keeper`, `etcdutl`, `vtctl`, `vtgate`, `vttablet`, `tiup`,
// `dumpling`, `tidb-lightning`, `br backup`, `ticdc`, `dm-worker`, `sqld`, `libsql`, `pocketbase`,
// `supabase`, `gotrue`, `supavisor`, `odyssey`, `pgdog`, `shardingsphere`, `mycat`, `readyset`,
// `postgres-operator`, `spilo`, `kubedb`, `skytable`, `litedb`, `objectbox`, `realm`,
// `Executing (default)`, `Executing (`, `cozo`, `sqlite_web`, `datasette`, `sqlitebrowser`,
// `db browser`, `mongo-express`, `redis-commander`, `adminer`, `phpmyadmin`, `dbeaver`,
// `beekeeper`, `tableplus`, `navicat`, `heidisql`, `mysql workbench`, `Workbench`, `wb.log`,
// `[INF][`, `[WRN][`, `toad`, `sql developer`, `pg_top`, `pgtop`, `mytop`, `innotop`, `orzdba`,
// `pt-mysql-summary`, `mysqltuner`, `[!!]`, `[OK] `, `[--]`, `pgtune`, `pg_stat_statements`,
// `auto_explain`, `pganalyze`, `I [`, `pgmetrics`, `pgsentinel`, `/MainThread)`, `MainThread) `,
// `: ERROR	`, `pgadmin:`, `redis-cli monitor`, `[0 127.0.0.1`, `"SET" "`, `bytebase`, `pgweb`).
// None of mycli's or pgAdmin 4's log files, MySQL Workbench's wb.log, BenchBase, pg_waldump's
// records, the pganalyze collector, pg_repack's console or pgbench's timestamped progress is a
// family of any table (`pgadmin` matches a shell prompt, `Workbench` Eclipse's stack frames and
// other products, `[INF][` MaaAssistant's log, `rmgr` a router daemon's name, `MainThread) `
// Home Assistant and other Python programs with a different layout, `pg_repack`, `pgbench`,
// `sysbench` and `skeema` only earlier tables' lists of what they grepped for or left out). Left out
// as measured already: nearly every engine and tool in that list (the engines' server, slow and
// audit logs, the PostgreSQL and MySQL backup, replication and migration tools, YCSB, Rally, TSBS,
// mysqlbinlog, Redis's MONITOR, the Percona tools, the MongoDB tools, TiDB's tools). Left out as
// not decided by the format: MySQLTuner's `[OK]`/`[!!]`/`[--]` markers (which level each is);
// left out as carrying no time and no level: Sequelize's `Executing (default):` lines; left out as
// no family at all: pgcli beside mycli (the same layout, one family is enough). The table holds 8
// families; one of them (pgbench's progress line) rests on memory.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). mycli's, pgAdmin's and BenchBase's comma-millisecond stamps and the
// pganalyze collector's slashed stamp have no zone and are taken as UTC; pgAdmin's werkzeug access
// line carries the same second again, and either is accepted. MySQL Workbench writes a local time
// of day only: it is on the clock's day and read as UTC. pg_waldump's records carry no time, but a
// COMMIT's description carries its commit time with the zone's abbreviation (CET, +01:00, so
// 08:41:16.913305 CET is 07:41:16.913305Z); pg_repack's lines carry none; pgbench's progress time
// is a Unix time in seconds with milliseconds. Levels only where the line marks one: mycli's,
// pgAdmin's and BenchBase's level words, Workbench's ERR WRN INF DB1 tags (DB1 is Debug), the
// collector's I W E letters, pg_repack's INFO NOTICE WARNING ERROR LOG (LOG is Info), pg_waldump's
// and pgbench's `error:`; pg_waldump's records and pgbench's progress lines carry none. The host is
// the record's host field, and none of these families has one: mycli's database host, pgAdmin's
// client address and database server, BenchBase's JDBC URL, the collector's `[orders-db]` section
// name and its database address are peers. A record that spans lines is one entry: pgAdmin's ERROR
// with its traceback, Workbench's ERR with the traceback continuing on bare lines, BenchBase's
// banner with the configuration block under it (a blank line inside) and its ERROR with the Java
// stack, pg_repack's ERROR with its DETAIL line. pgbench's banner and summary are fed but not
// scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit dc51325 before any rule for it: level 95.8 %, time 90.6 %, host 100.0 %, records 97.9 %.
// That is the macro figure (micro: level 95.5 %, time 93.2 %, host 100.0 %, records 97.7 %), in a
// worktree at dc51325 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are Workbench's `[DB1]` debug tag, which trawl does not read as a
// level, pg_repack's `LOG:` word, read as no level, and its `DETAIL:` line, not joined to the ERROR
// above it, and pgbench's Unix time after `progress:`, which trawl does not read as the record's time.

var fresh571Cases = []worldCase{
	{
		name:   "mycli-log-file-pid-thread",
		source: "mycli's log file (~/.mycli.log; mycli/main.py sets `%(asctime)s (%(process)d/%(threadName)s) %(name)s %(levelname)s - %(message)s` on the `mycli` logger; pgcli writes the same layout): mycli's main.py found with find_string",
		why:    "Python's default asctime with a comma before the milliseconds; `(48211/MainThread)` is a pid and a thread name; the level word after the logger name; the database host in a connection message is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "2026-11-29 07:41:16,204 (48211/MainThread) mycli.main DEBUG - Initializing mycli logging."),
			we("2026-11-29T07:41:16.205Z", Debug, "", `2026-11-29 07:41:16,205 (48211/MainThread) mycli.main DEBUG - Log file "/home/ines/.mycli.log".`),
			we("2026-11-29T07:41:16.388Z", Debug, "", "2026-11-29 07:41:16,388 (48211/MainThread) mycli.sqlexecute DEBUG - Connection: host=db-orders-2.internal port=3306 user=ines database=shop ssl=None"),
			we("2026-11-29T07:41:16.902Z", Debug, "", "2026-11-29 07:41:16,902 (48211/completion_refresh) mycli.completion_refresher DEBUG - Refreshing completions for schema shop: 41 tables, 6 views"),
			we("2026-11-29T07:41:29.517Z", Error, "", `2026-11-29 07:41:29,517 (48211/MainThread) mycli.main ERROR - sql: 'select * from orderz limit 5', error: ProgrammingError(1146, "Table 'shop.orderz' doesn't exist")`),
			we("2026-11-29T07:41:29.518Z", Error, "", `2026-11-29 07:41:29,518 (48211/MainThread) mycli.main ERROR - traceback: 'Traceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/mycli/main.py", line 742, in one_iteration\n    cur, headers, status = res\npymysql.err.ProgrammingError: (1146, "Table \'shop.orderz\' doesn\'t exist")\n'`),
		},
	},
	{
		name:   "pgadmin4-log-file-tabbed",
		source: "pgAdmin 4's log file (pgadmin4.log; config.py's FILE_LOG_FORMAT `%(asctime)s: %(levelname)s\\t%(name)s:\\t%(message)s`, levels CRITICAL ERROR WARNING SQL INFO DEBUG): pgAdmin 4's web/config.py found with find_string",
		why:    "a colon right after the comma-millisecond stamp, then the level word and the logger name each followed by a tab; werkzeug's access line carries the client and its own second; an exception's traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512Z", Info, "", "2026-11-29 07:41:16,512: INFO\tpgadmin:\tStarting pgAdmin 4 v8.13 in desktop mode"),
			we("2026-11-29T07:41:16.730Z", Debug, "", "2026-11-29 07:41:16,730: DEBUG\tpgadmin:\tRegistering blueprint module: pgadmin.tools.sqleditor"),
			we("2026-11-29T07:41:18.093Z|2026-11-29T07:41:18Z", Info, "", "2026-11-29 07:41:18,093: INFO\twerkzeug:\t127.0.0.1 - - [29/Nov/2026 07:41:18] \"GET /browser/ HTTP/1.1\" 200 -"),
			we("2026-11-29T07:41:22.640Z", Warn, "", "2026-11-29 07:41:22,640: WARNING\tpgadmin:\tServer group 2 has no servers; skipping the saved connection for \"reporting\""),
			we("2026-11-29T07:41:25.118Z", Error, "",
				"2026-11-29 07:41:25,118: ERROR\tpgadmin:\tconnection failed: connection to server at \"10.44.0.9\", port 5432 failed: FATAL:  password authentication failed for user \"report_ro\"",
				"Traceback (most recent call last):",
				"  File \"/usr/pgadmin4/web/pgadmin/utils/driver/psycopg3/connection.py\", line 371, in connect",
				"    pg_conn = psycopg.Connection.connect(",
				"psycopg.OperationalError: connection failed: connection to server at \"10.44.0.9\", port 5432 failed: FATAL:  password authentication failed for user \"report_ro\""),
		},
	},
	{
		name:   "mysql-workbench-wb-log",
		source: "MySQL Workbench's wb.log (library/base/log.cpp: `%02u:%02u:%02u [%3s][%15s]: ` before each message, the local time of day, level tags ERR WRN INF DB1 DB2 DB3, the domain right-aligned in 15 columns, a message's further lines printed without a prefix): mysql/mysql-workbench library/base/log.cpp",
		why:    "a time of day only (the clock's day; local and zone-less, read as UTC); a three-letter level tag in brackets glued to a right-aligned domain in brackets; a Python traceback in one message continues on bare lines",
		gap:    "the `[DB1]` debug tag before the domain bracket is not read as a level (INF, WRN and ERR are)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 [INF][      Workbench]: Starting up Workbench"),
			we("2026-11-29T07:41:17Z", Info, "", "07:41:17 [INF][   WBContext UI]: Initializing workbench context UI with these values:"),
			we("2026-11-29T07:41:19Z", Debug, "", "07:41:19 [DB1][     SQL Editor]: Opened connection 'orders-primary' to MySQL Community Server - GPL 8.4.3"),
			we("2026-11-29T07:41:20Z", Warn, "", "07:41:20 [WRN][  SQL Editor Form]: 07:41:20 Error Code: 1175. You are using safe update mode and you tried to update a table without a WHERE that uses a KEY column."),
			we("2026-11-29T07:41:31Z", Error, "",
				"07:41:31 [ERR][       wb.admin]: Error executing task: Traceback (most recent call last):",
				`  File "/usr/share/mysql-workbench/modules/wb_admin_control.py", line 215, in query_server_installation_info`,
				`    result = self.exec_query("SHOW GLOBAL VARIABLES")`,
				"RuntimeError: Lost connection to MySQL server during query"),
			we("2026-11-29T07:41:33Z", Info, "", "07:41:33 [INF][      Workbench]: Shutting down Workbench"),
		},
	},
	{
		name:   "benchbase-console-level-first",
		source: "BenchBase (cmu-db/benchbase) run from a terminal (log4j `[LEVEL] yyyy-MM-dd HH:mm:ss,SSS [thread]  logger method - msg`, the level padded to five inside the bracket; the configuration summary printed under the banner line): cmu-db/benchbase PR #310 (a pasted run)",
		why:    "the level bracket comes first, before the date; the summary block after the banner (a blank line, then `Benchmark:`, `URL:` and so on) is part of that record; a stack trace belongs to the ERROR above it; the JDBC URL's host is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.441Z", Info, "",
				"[INFO ] 2026-11-29 07:41:16,441 [main]  com.oltpbenchmark.DBWorkload main - ======================================================================",
				"",
				"Benchmark:              TPCC {com.oltpbenchmark.benchmarks.tpcc.TPCCBenchmark}",
				"Configuration:          config/postgres/tpcc_run_ines.xml",
				"Type:                   POSTGRES",
				"Driver:                 org.postgresql.Driver",
				"URL:                    jdbc:postgresql://bench-db-3.lab:5432/benchbase?sslmode=disable&ApplicationName=tpcc&reWriteBatchedInserts=true",
				"Isolation:              TRANSACTION_SERIALIZABLE",
				"Batch Size:             128",
				"Scale Factor:           4.0",
				"Terminals:              8",
				"New Connection Per Txn: false"),
			we("2026-11-29T07:41:16.442Z", Info, "", "[INFO ] 2026-11-29 07:41:16,442 [main]  com.oltpbenchmark.DBWorkload main - ======================================================================"),
			we("2026-11-29T07:41:17.903Z", Info, "", "[INFO ] 2026-11-29 07:41:17,903 [main]  com.oltpbenchmark.DBWorkload runWorkload - Creating 8 virtual terminals.."),
			we("2026-11-29T07:41:19.215Z", Warn, "", "[WARN ] 2026-11-29 07:41:19,215 [TPCCWorker<005>]  com.oltpbenchmark.api.Worker doWork - The DBMS rejected the transaction without an error code"),
			we("2026-11-29T07:42:20.066Z", Error, "",
				"[ERROR] 2026-11-29 07:42:20,066 [main]  com.oltpbenchmark.DBWorkload main - Unexpected error when executing benchmarks.",
				"org.postgresql.util.PSQLException: FATAL: sorry, too many clients already",
				"\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)",
				"\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203)",
				"\tat com.oltpbenchmark.api.BenchmarkModule.makeConnection(BenchmarkModule.java:109)"),
		},
	},
	{
		name:   "pg-waldump-records",
		source: "PostgreSQL's pg_waldump (`rmgr: %-11s len (rec/tot): %6u/%6u, tx: %10u, lsn: %X/%08X, prev %X/%08X, desc: …`, a COMMIT record's description carrying its commit time with the zone's abbreviation; `pg_waldump: error:` at the end of the readable WAL): pgmoneta/pgmoneta issue #664 (a pasted dump), postgres-x2/postgres-x2 issue #141, neondatabase/postgres PR #707 (the printf)",
		why:    "no time on a record but the COMMIT's own commit time (CET, +01:00); LSNs like 0/03000060 and `rel 1663/16389/24607` are no dates; no level but the tool's own `error:`",
		entries: []worldEntry{
			we("", Unknown, "", "rmgr: Standby     len (rec/tot):     50/    50, tx:          0, lsn: 0/05000028, prev 0/04000150, desc: RUNNING_XACTS nextXid 1207 latestCompletedXid 1206 oldestRunningXid 1207"),
			we("", Unknown, "", "rmgr: Heap        len (rec/tot):     54/   318, tx:       1207, lsn: 0/05000060, prev 0/05000028, desc: DELETE xmax: 1207, off: 4, infobits: [KEYS_UPDATED], flags: 0x00, blkref #0: rel 1663/16402/24811 blk 12 FPW"),
			we("", Unknown, "", "rmgr: Btree       len (rec/tot):     64/    64, tx:       1207, lsn: 0/050001A0, prev 0/05000060, desc: INSERT_LEAF off: 88, blkref #0: rel 1663/16402/24815 blk 3"),
			we("2026-11-29T07:41:16.913305Z", Unknown, "", "rmgr: Transaction len (rec/tot):     34/    34, tx:       1207, lsn: 0/050001E0, prev 0/050001A0, desc: COMMIT 2026-11-29 08:41:16.913305 CET"),
			we("", Unknown, "", "rmgr: XLOG        len (rec/tot):     49/   169, tx:          0, lsn: 0/05000208, prev 0/050001E0, desc: FPI_FOR_HINT , blkref #0: rel 1663/16402/24811 blk 13 FPW"),
			we("", Error, "", "pg_waldump: error: error in WAL record at 0/05000208: invalid record length at 0/050002B8: expected at least 24, got 0"),
		},
	},
	{
		name:   "pganalyze-collector-letter-level",
		source: "the pganalyze collector's output (`yyyy/MM/dd HH:mm:ss L [server] msg`, Go's log date and time, one level letter I W E, the configuration section's name in brackets): pganalyze/collector PRs #96 (a pasted --test run) and #482",
		why:    "Go's slashed zone-less stamp (UTC by the rules); a single level letter before the bracket; `[server1]` names the configured database server, a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 I Running collector test with pganalyze-collector 0.66.1"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 I [orders-db] Testing statistics collection..."),
			we("2026-11-29T07:41:18Z", Info, "", "2026/11/29 07:41:18 I [orders-db]   Test collection successful for PostgreSQL 16.6"),
			we("2026-11-29T07:41:19Z", Warn, "", "2026/11/29 07:41:19 W [orders-db] WARNING - Configuration issue: log_min_duration_statement is set to -1, query samples will not be collected"),
			we("2026-11-29T07:51:20Z", Info, "", "2026/11/29 07:51:20 I [orders-db] Submitted full snapshot successfully"),
			we("2026-11-29T07:52:20Z", Error, "", "2026/11/29 07:52:20 E [orders-db] Could not collect data: failed to connect to `user=pganalyze database=orders`: 10.60.1.4:5432 (orders-db.internal): dial error: timeout: context deadline exceeded"),
		},
	},
	{
		name:   "pg-repack-console-elevel",
		source: "pg_repack's console output (pgut's `LEVEL: message` with no time: INFO, NOTICE, WARNING, ERROR, LOG with `(query)` and `(param:N)` under -e, DEBUG; an ERROR's `DETAIL:` line under it): reorg/pg_repack issues #93, #156 and #313 (pasted runs), PR #44",
		why:    "no time at all; the PostgreSQL-style level word and colon first (LOG is Info); a DETAIL line belongs to the ERROR above it",
		gap:    "the `LOG:` word before `(query)` is not read as a level (Info), and the `DETAIL:` line is not joined to the ERROR above it",
		entries: []worldEntry{
			we("", Info, "", `INFO: repacking table "public.invoices"`),
			we("", Info, "", `INFO: repacking table "public.invoice_lines"`),
			we("", Notice, "", "NOTICE: Waiting for 1 transactions to finish. First PID: 30418"),
			we("", Warn, "", `WARNING: relation "public.audit_trail" must have a primary key or not-null unique keys`),
			we("", Info, "", "LOG: (query) SELECT repack.repack_drop($1, $2)"),
			we("", Error, "",
				"ERROR: query failed: ERROR:  canceling statement due to lock timeout",
				"DETAIL: query was: LOCK TABLE public.invoice_lines IN ACCESS EXCLUSIVE MODE"),
		},
	},
	{
		name:   "pgbench-progress-unix-time",
		source: "PostgreSQL's pgbench run with -P 5 --progress-timestamp (`progress: <Unix time> s, N tps, lat N ms stddev N, N failed` on stderr; `pgbench: error:` for an aborted client; the settings and summary printed around the run): the option from the pgbench documentation, the line's layout from memory",
		why:    "the progress time is a Unix time in seconds with milliseconds; tps and latencies are no times; the tool's `error:` is the only level; the banner and summary lines are fed but not scored",
		gap:    "the Unix time after `progress:` is not read as the record's time",
		entries: []worldEntry{
			wskip("pgbench (17.2 (Debian 17.2-1.pgdg120+1))",
				"starting vacuum...end."),
			we("2026-11-29T07:41:21.004Z", Unknown, "", "progress: 1795938081.004 s, 1203.4 tps, lat 6.640 ms stddev 2.118, 0 failed"),
			we("2026-11-29T07:41:26.001Z", Unknown, "", "progress: 1795938086.001 s, 1187.9 tps, lat 6.729 ms stddev 2.340, 0 failed"),
			we("", Error, "", "pgbench: error: client 3 script 0 aborted in command 8 query 0: ERROR:  deadlock detected"),
			we("2026-11-29T07:41:31.002Z", Unknown, "", "progress: 1795938091.002 s, 1042.6 tps, lat 7.658 ms stddev 3.005, 0 failed"),
			wskip("transaction type: <builtin: TPC-B (sort of)>",
				"scaling factor: 50",
				"query mode: simple",
				"number of clients: 8"),
		},
	},
}

func TestFresh571Formats(t *testing.T) { assertTable(t, fresh571Cases) }
func TestFresh571Score(t *testing.T) {
	checkScore(t, "fresh571 formats", fresh571Cases, [worldNumFields]float64{95.7, 90.5, 99.9, 97.8})
}
