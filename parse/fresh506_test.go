package parse

import "testing"

// The five-hundred-and-sixth fresh table: databases' logs, a fifth further pass — relational,
// key-value and SQL Server databases' tools, proxies and replication managers whose shapes no
// earlier table holds. Each family is one product's documented or observed output: pgwatch2's
// gathering daemon (a slashed date and a four-letter level, ERRO and CRIT); pg_timetable's verbose
// console (`[time | client | LEVEL ]:` with a shell task's output under its LOG line); temBoard's
// UI log file (a zone abbreviation after the time, `temboardui[pid] LEVEL:  logger:`); Netflix
// Dynomite's log (`[time] function:line`); signal18 replication-manager's cluster log as pasted
// from its console (tab-separated, INFO and STATE, newest first); the unixODBC driver manager's
// trace (`[ODBC][pid][epoch.micros][file][line]` heading tab-indented Entry/Exit blocks); FreeTDS's
// TDSDUMP log (a time of day with microseconds, `pid (file.c:line):`, a two-line header record and
// packet hex dumps); YCSB's status lines (`yyyy-MM-dd HH:mm:ss:SSS N sec: N operations; …`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`vitess`, `vttablet`, `vtgate`, `vtorc`, `vtctld`, `pgbouncer`,
// `pgpool`, `odyssey`, `pgcat`, `pgdog`, `supavisor`, `pgagroal`, `pgmoneta`, `pgexporter`, `spqr`,
// `match route`, `INFO: 20`, `proxysql`, `maxscale`, `mysql router`, `orchestrator`, `patroni`,
// `repmgr`, `pg_auto_failover`, `pg_autoctl`, `stolon`, `barman`, `pgbackrest`, `wal-g`,
// `pg_probackup`, `pghoard`, `pglogical`, `bucardo`, `slony`, `londiste`, `skytools`,
// `symmetricds`, `goldengate`, `OGG-`, `replication-manager`, `RESOLV ERR`, `OPENED WARN`,
// `pgwatch`, `MetricGathererLoop`, `sent STOP message`, `gatherers`, `pg_timetable`, `| LOG   ]`,
// `| DEBUG ]`, `temboard`, `temboardui`, `temboard-agent`, `clustercontrol`, `cmon`, `dynomite`,
// `core_close_log`, `dyn_`, `dn_`, `nutcracker`, `twemproxy`, `redis-cluster-proxy`, `overlord`,
// `proxy.go:`, `codis`, `predixy`, `mcrouter`, `unixodbc`, `odbc`, `[ODBC][`,
// `Exit:[SQL_SUCCESS]`, `Entry:`, `SQLConnect`, `freetds`, `TDSDUMP`, `(log.c:`, `(token.c:`,
// `Starting log file for FreeTDS`, `ycsb`, `current ops/sec`, ` operations; `, `est completion`,
// `est completion in`, `hammerdb`, `Vuser`, `pt-stalk`, `Check results`, `marmot`, `PM INF`,
// `libsql`, `pgroll`, `reshape`, `pgcenter`, `pgmetrics`, `ledisdb`, `arangosync`, `mydumper`,
// `** Message:`, `pg_back`, `ldap2pg`, `chameleon`, `sysbench`, `pgbench`, `memtier`, `innotop`,
// `pt-query-digest`, `pt-heartbeat`, `mysqld_exporter`, `redis_exporter`, `mongodb_exporter`,
// `postgres_exporter`, `kubedb`, `alloydb`, `cloudsql`, `mongo-express`, `RedisInsight`,
// `Adaptive Server`, `tterrors`, and the products already measured: `cockroach`, `yugabyte`,
// `tidb`, `scylla`, `cassandra`, `couchdb`, `couchbase`, `neo4j`, `influxdb`, `clickhouse`,
// `mongodb`, `redis`, `etcd`, `elasticsearch`, `opensearch`, `mariadb`, `galera`, `firebird`,
// `informix`, `openedge`, `vertica`, `ingres`, `db2diag`, `sybase`, `SQLAGENT`, `listener.log`).
// None of pgwatch2, pg_timetable, temBoard, Dynomite, replication-manager's cluster log, the
// unixODBC trace, FreeTDS's log or YCSB is in any table (`replication-manager` is named only in an
// earlier table's list of what it left out for want of a confirmed layout; `Entry:` and
// `SQLConnect` match other products, the Windows ODBC trace among them; `(log.c:` other daemons;
// `dyn_` and `dn_` other words). Left out as in a table already, product or shape: SPQR (its
// `INFO: yyyy/MM/dd HH:mm:ss.micros msg` is WAL-G's shape), bilibili's overlord (codis's
// `yyyy/MM/dd HH:mm:ss file.go:N: [LEVEL]`), marmot (zerolog's console), pgexporter (pgagroal's
// logger), and every product in the list above that matched. Left out as carrying no time or
// level of their own: HammerDB's `Vuser N:` lines, pgbench's and sysbench's reports. Left out as
// not confirmed by any search: ClusterControl's cmon log, pt-stalk's log, redis-cluster-proxy. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). pgwatch2's, pg_timetable's, replication-manager's and YCSB's stamps have no
// zone and are taken as UTC; YCSB's milliseconds follow a colon. temBoard prints the local zone's
// abbreviation (CET, +01:00, so 08:41:16 CET is 07:41:16Z). The unixODBC trace's third bracket is a
// Unix time with microseconds. FreeTDS writes a time of day only: it is on the clock's day.
// Levels only where the line marks one: pgwatch2's INFO WARN ERRO CRIT (CRIT is Critical),
// pg_timetable's LOG (Info, as PostgreSQL's) DEBUG ERROR, temBoard's INFO WARNING ERROR,
// replication-manager's INFO; its STATE column is a state change and carries no severity (the
// ERR00021 and WARN0054 codes in its message are message words), and Dynomite, unixODBC
// (`Exit:[SQL_ERROR]` is a return code), FreeTDS and YCSB mark none. No family has a host field:
// pg_timetable's client name, `temboardui[pid]`, the agents', servers', peers' and proxies'
// addresses in messages are no hosts. A record that spans lines is one entry: pg_timetable's shell
// output under its LOG line, each unixODBC Entry/Exit block, FreeTDS's two-line header and a
// packet's hex dump. YCSB's banner lines before its first status line are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages" and find_string); no family rests on
// memory for its layout (only Dynomite's startup messages' wording and pgwatch2's INFO word are
// from memory). Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run,
// and none was changed after it; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score.
//
// Its first figure, scored at commit 587d8b3 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in
// a worktree at 587d8b3 with no change to trawl's code (only this file and table_test.go's list),
// 8 of 8 families fully right over 38 scored records; there is no gap.

var fresh506Cases = []worldCase{
	{
		name:   "pgwatch2-gatherer-four-letter-level",
		source: "pgwatch2's gathering daemon (Go, op/go-logging: `yyyy/MM/dd HH:mm:ss LEVL function: msg`, the level cut to four letters: INFO WARN ERRO CRIT): cybertec-postgresql/pgwatch2 issues #179 and #53 (pasted `ERRO MetricGathererLoop: …`, `CRIT InitAndTestConfigStoreConnection: …`), #330 and #497 (`WARN main: …`)",
		why:    "a slashed zone-less date; the level is a four-letter word (ERRO, CRIT) before a Go function name and a colon; the monitored database's address in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 INFO main: pgwatch2 gatherer v1.9.0 starting, config DB at 127.0.0.1:5432/pgwatch2"),
			we("2026-11-29T07:41:17Z", Error, "", "2026/11/29 07:41:17 ERRO MetricGathererLoop: Failed to fetch metric data for [billing-db:wal_size]: pq: function get_wal_size() does not exist"),
			we("2026-11-29T07:41:17Z", Error, "", "2026/11/29 07:41:17 ERRO DBExecRead: read tcp 172.18.0.4:41822->10.30.2.17:5432: read: connection reset by peer"),
			we("2026-11-29T07:43:20Z", Warn, "", "2026/11/29 07:43:20 WARN main: sent STOP message to 14 gatherers (it might take some minutes for them to stop though)"),
			we("2026-11-29T07:44:02Z", Critical, "", "2026/11/29 07:44:02 CRIT InitAndTestConfigStoreConnection: could not ping configDb! exit. dial tcp 127.0.0.1:5432: connect: connection refused"),
		},
	},
	{
		name:   "pg-timetable-bracketed-pipes",
		source: "pg_timetable's verbose console (`[yyyy-MM-dd HH:mm:ss.SSS | client name | LEVEL ]:<tab> msg`, the level padded to five: LOG, DEBUG, ERROR; a shell task's output on the lines under its LOG line): cybertec-postgresql/pg_timetable README (found with find_string `| LOG   ]`)",
		why:    "the time inside a bracket split by pipes; the worker's client name is no host; LOG is Info as in PostgreSQL; a shell task's output lines belong to the record above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.644Z", Info, "", "[2026-11-29 07:41:16.644 | worker-eu1 | LOG   ]:\t checking for task chains ..."),
			we("2026-11-29T07:41:16.646Z", Debug, "", "[2026-11-29 07:41:16.646 | worker-eu1 | DEBUG ]:\t number of chain head tuples: 2"),
			we("2026-11-29T07:41:16.652Z", Info, "", "[2026-11-29 07:41:16.652 | worker-eu1 | LOG   ]:\t executing chain with id: 3"),
			we("2026-11-29T07:41:16.660Z", Info, "",
				"[2026-11-29 07:41:16.660 | worker-eu1 | LOG   ]:\t Output of the shell command for command:",
				"/usr/local/bin/vacuum-report[--db=billing]",
				"vacuumed 12 tables, 3 skipped (locked)"),
			we("2026-11-29T07:41:17.003Z", Error, "", "[2026-11-29 07:41:17.003 | worker-eu1 | ERROR ]:\t task execution failed: ERROR: relation \"audit.events_2026_10\" does not exist (SQLSTATE 42P01)"),
		},
	},
	{
		name:   "temboardui-zone-abbreviation",
		source: "temBoard's UI server log file (`yyyy-MM-dd HH:mm:ss ZZZ temboardui[pid] LEVEL:  logger: msg`, the local zone's abbreviation after the time, two blanks after the level's colon): dalibo/temboard issue #1339 (a pasted log with `WIB`), PR #1447 (the logger names app, monitoring, statements, web)",
		why:    "a zone abbreviation after the time (CET, +01:00); `temboardui[pid]` is a program, not a host; the agents' and instances' host names in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 08:41:16 CET temboardui[4120] INFO:  app: Starting temboard 9.0.2."),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 08:41:16 CET temboardui[4120] INFO:  temboardui: Serving temboardui on https://0.0.0.0:8888"),
			we("2026-11-29T07:42:05Z", Error, "", "2026-11-29 08:42:05 CET temboardui[4131] ERROR:  monitoring: Failed to query agent: [Errno 111] Connection refused. Is it running? instance=pg-ledger-02.internal:5432 agent=pg-ledger-02.internal:2345"),
			we("2026-11-29T07:42:09Z", Error, "", "2026-11-29 08:42:09 CET temboardui[4131] ERROR:  access: 500 GET /proxy/pg-ledger-02.internal/2345/dashboard (10.12.4.77) 30061.12ms"),
			we("2026-11-29T07:45:00Z", Warn, "", "2026-11-29 08:45:00 CET temboardui[4120] WARNING:  statements: Agent pg-ledger-02.internal:2345 did not answer, skipping statements pull."),
		},
	},
	{
		name:   "dynomite-function-line",
		source: "Netflix Dynomite's log file (dyn_log.c: `[yyyy-MM-dd HH:mm:ss.SSS] function:line msg`, no level word): Netflix/dynomite issue #801 (pasted `core_close_log:343 close CLIENT …` lines), #421 (`accept on m %d failed: %s` in stats_send_rsp), #571 (the backtrace showing _log called with the function name)",
		why:    "a bracketed date and time with milliseconds, then a C function name and line number; no level; peers' addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[2026-11-29 07:41:16.204] dn_print_run:190 dynomite-0.6.22 built for Linux 6.1.0-28-amd64 x86_64 started on pid 3302"),
			we("2026-11-29T07:41:16.210Z", Unknown, "", "[2026-11-29 07:41:16.210] dn_print_run:193 run, rabbit run / dig that hole, forget the sun"),
			we("2026-11-29T07:52:40.567Z", Unknown, "", "[2026-11-29 07:52:40.567] core_close_log:343 close CLIENT 412 'unknown' on event FF00FF eof 0 done 0 rb 20311 sb 8844: Connection reset by peer"),
			we("2026-11-29T07:53:02.118Z", Unknown, "", "[2026-11-29 07:53:02.118] stats_send_rsp:1120 accept on m 9 failed: Too many open files"),
		},
	},
	{
		name:   "replication-manager-cluster-log-tabs",
		source: "signal18 replication-manager's cluster log as its console shows and people paste it, newest first (`yyyy/MM/dd HH:mm:ss<tab>LEVEL<tab>msg`, levels INFO and STATE, a STATE line `OPENED|RESOLV ERRnnnnn : …`): signal18/replication-manager issue #432",
		why:    "tab-separated columns after a slashed zone-less date; STATE is a state-change column, no severity (the ERR/WARN code in its message is a message word); the MariaDB servers' and proxies' addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:31Z", Unknown, "", "2026/11/29 07:41:31\tSTATE\tRESOLV ERR00021 : Cluster state down"),
			we("2026-11-29T07:41:31Z", Info, "", "2026/11/29 07:41:31\tINFO\tServer 10.8.0.21:3306 previous state changed to: Master"),
			we("2026-11-29T07:41:29Z", Unknown, "", "2026/11/29 07:41:29\tSTATE\tOPENED WARN0054 : No log of replication queries in slow query on slave 10.8.0.22:3306"),
			we("2026-11-29T07:41:27Z", Info, "", "2026/11/29 07:41:27\tINFO\tNew proxy monitored: proxysql 10.8.0.21:6032"),
			we("2026-11-29T07:41:27Z", Info, "", "2026/11/29 07:41:27\tINFO\tServer 10.8.0.22:3306 state transition Suspect changed to: Slave"),
		},
	},
	{
		name:   "unixodbc-trace-epoch-blocks",
		source: "unixODBC driver manager trace (odbcinst.ini `[ODBC] Trace=Yes`: `[ODBC][pid][epoch.micros][source file][line]` then tab-indented `Entry:`/`Exit:[SQL_…]` and argument lines): r-dbi/odbc issue #96, microsoft/msphpsql issue #1514 (pasted traces)",
		why:    "a Unix time with microseconds in the third bracket; each bracket line heads a block of tab-indented lines that belong to it; `Exit:[SQL_ERROR]` is a return code, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.029108Z", Unknown, "",
				"[ODBC][31877][1795938076.029108][__handles.c][460]",
				"\t\tExit:[SQL_SUCCESS]",
				"\t\t\tEnvironment = 0x1f3c2a0"),
			we("2026-11-29T07:41:16.029223Z", Unknown, "",
				"[ODBC][31877][1795938076.029223][SQLSetEnvAttr.c][189]",
				"\t\tEntry:",
				"\t\t\tEnvironment = 0x1f3c2a0",
				"\t\t\tAttribute = SQL_ATTR_ODBC_VERSION",
				"\t\t\tValue = 0x3",
				"\t\t\tStrLen = -5"),
			we("2026-11-29T07:41:16.029269Z", Unknown, "",
				"[ODBC][31877][1795938076.029269][SQLSetEnvAttr.c][356]",
				"\t\tExit:[SQL_SUCCESS]"),
			we("2026-11-29T07:41:17.512044Z", Unknown, "",
				"[ODBC][31877][1795938077.512044][SQLDriverConnectW.c][870]",
				"\t\tExit:[SQL_ERROR]"),
			we("2026-11-29T07:41:17.512081Z", Unknown, "",
				"[ODBC][31877][1795938077.512081][SQLGetDiagRecW.c][535]",
				"\t\tEntry:",
				"\t\t\tConnection = 0x1f51e40",
				"\t\t\tRec Number = 1",
				"\t\t\tSQLState = 0x7ffd3c1a9e14",
				"\t\t\tBuffer Length = 1025"),
		},
	},
	{
		name:   "freetds-tdsdump-time-of-day",
		source: "FreeTDS's TDSDUMP log (`HH:mm:ss.micros pid (file.c:line):msg`, the first record's second line tab-indented with the date, a packet's hex dump under `Sending packet`): FreeTDS/freetds issues #213 and #288 (pasted freetds.log), #528 (the Starting log file record)",
		why:    "a time of day with microseconds and no date (the clock's day); `(token.c:2384)` is a source position, no time; a two-line header record and a hex dump belong to their records; the server's address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.391102Z", Unknown, "",
				"07:41:16.391102 4127 (log.c:196):Starting log file for FreeTDS 1.3.17",
				"\ton 2026-11-29 07:41:16 with debug flags 0x4fff."),
			we("2026-11-29T07:41:16.391180Z", Unknown, "", "07:41:16.391180 4127 (net.c:318):Connecting to 10.60.3.9 port 1433"),
			we("2026-11-29T07:41:16.402311Z", Unknown, "",
				"07:41:16.402311 4127 (packet.c:797):Sending packet",
				"0000 12 01 00 2f 00 00 01 00-00 00 1a 00 06 01 00 20 |.../.... ....... |",
				"0010 00 01 02 00 21 00 01 03-00 22 00 04 04 00 26 00 |....!... .\"....&.|"),
			we("2026-11-29T07:41:16.415266Z", Unknown, "", "07:41:16.415266 4127 (token.c:2384):tds_process_info() reading message 18456 from server"),
			we("2026-11-29T07:41:16.415390Z", Unknown, "", "07:41:16.415390 4127 (util.c:165):Changed query state from IDLE to DEAD"),
		},
	},
	{
		name:   "ycsb-status-colon-millis",
		source: "YCSB's status lines with -s (`yyyy-MM-dd HH:mm:ss:SSS N sec: N operations; X current ops/sec; est completion in … [OP: Count=…, …]`, the milliseconds after a colon, printed every 10 seconds to stderr): brianfrankcooper/YCSB issues #974 and #1433",
		why:    "a zone-less local time whose milliseconds follow a colon; the elapsed `10 sec:` and the latency figures are no times; no level; the client's banner lines before the first status line are fed but not scored",
		entries: []worldEntry{
			wskip("YCSB Client 0.17.0", "Loading workload...", "Starting test."),
			we("2026-11-29T07:41:16.606Z", Unknown, "", "2026-11-29 07:41:16:606 0 sec: 0 operations; est completion in 0 second"),
			we("2026-11-29T07:41:26.512Z", Unknown, "", "2026-11-29 07:41:26:512 10 sec: 287114 operations; 28708.53 current ops/sec; est completion in 5 minutes [READ: Count=143902, Max=98431, Min=142, Avg=512.44, 90=701, 99=2911, 99.9=13207, 99.99=40159] [UPDATE: Count=143188, Max=101567, Min=171, Avg=548.02, 90=733, 99=3019, 99.9=12863, 99.99=41983]"),
			we("2026-11-29T07:41:36.511Z", Unknown, "", "2026-11-29 07:41:36:511 20 sec: 801337 operations; 51427.44 current ops/sec; est completion in 3 minutes [READ: Count=257301, Max=44223, Min=139, Avg=371.9, 90=462, 99=811, 99.9=5027, 99.99=18911] [UPDATE: Count=256922, Max=39071, Min=160, Avg=380.15, 90=480, 99=833, 99.9=5207, 99.99=17663]"),
			we("2026-11-29T07:41:46.512Z", Unknown, "", "2026-11-29 07:41:46:512 30 sec: 1318820 operations; 51743.12 current ops/sec; est completion in 3 minutes [READ: Count=258845, Max=40639, Min=137, Avg=366.27, 90=455, 99=790, 99.9=4823, 99.99=16447] [UPDATE: Count=258638, Max=38143, Min=158, Avg=377.64, 90=476, 99=815, 99.9=5011, 99.99=17151]"),
		},
	},
}

func TestFresh506Formats(t *testing.T) { assertTable(t, fresh506Cases) }

func TestFresh506Score(t *testing.T) {
	checkScore(t, "fresh506 formats", fresh506Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
