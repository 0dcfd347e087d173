package parse

import "testing"

// The five-hundred-and-fifty-third fresh table: databases' logs, a seventh further pass (relational,
// document, key-value, time-series, graph and search engines: server logs, slow logs, audit logs,
// tools' output), shapes no earlier table holds. Each family is one product's documented or observed
// output: TuGraph-DB 4.x's server log (`[yyyyMMdd HH:mm:ss.ffffff 0xTHREAD LEVEL file:line]`, a
// Cypher plan dumped over lines of its own); TuGraph 3.x's HA log (`yyyyMMddHHmmss.fff: [Module]`);
// openGemini's zap JSON (a +08:00 time with nanoseconds, `hostname` as ip:port); Ora2Pg's debug
// output (`[yyyy-MM-dd HH:mm:ss]`, then an untimed progress bar); Percona's pt-table-checksum report
// (`MM-ddTHH:mm:ss` with no year in the TS column); TSBS's load report (a Unix time as the first CSV
// cell, then untimed summary lines); redis-check-rdb's report with its error block; redis-check-aof
// on an AOF with an RDB preamble.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`firebird`, `sap hana`, `hana`, `informix`, `ingres`, `db2diag`, `sql anywhere`, `dbsrv`,
// `h2database`, `hsqldb`, `derby`, `vitess`, `vttablet`, `tidb`, `yugabyte`, `cockroach`,
// `oceanbase`, `observer.log`, `monetdb`, `merovingian`, `duckdb`, `singlestore`, `memsql`,
// `greenplum`, `exasol`, `teradata`, `maxdb`, `xtrabackup`, `pgbackrest`, `barman`,
// `pg_auto_failover`, `patroni`, `repmgr`, `orchestrator`, `proxysql`, `maxscale`, `pgpool`,
// `pgbouncer`, `odyssey`, `pgcat`, `galera`, `ravendb`, `couchdb`, `couchbase`, `arangodb`,
// `ferretdb`, `rethinkdb`, `etcd`, `foundationdb`, `tikv`, `riak`, `aerospike`, `keydb`,
// `dragonfly`, `garnet`, `memcached`, `rocksdb`, `leveldb`, `badger`, `pika`, `kvrocks`,
// `tarantool`, `hazelcast`, `ignite`, `infinispan`, `influxd`, `victoriametrics`, `timescale`,
// `questdb`, `tdengine`, `taosd`, `iotdb`, `greptime`, `opentsdb`, `m3db`, `carbon-cache`,
// `kairosdb`, `neo4j`, `janusgraph`, `dgraph`, `nebula`, `memgraph`, `tigergraph`, `orientdb`,
// `arcadedb`, `elasticsearch`, `opensearch`, `solr`, `meilisearch`, `typesense`, `manticore`,
// `searchd`, `vespa`, `quickwit`, `zincsearch`, `sonic`, `milvus`, `qdrant`, `weaviate`, `chroma`,
// `clickhouse`, `scylla`, `cassandra`, `mariadb`, `mysqld`, `mongod`, `redis-server`, `sqlite`,
// `oracle`, `alert_`, `sqlserver`, `errorlog`, `pg_dump`, `mysqldump`, `mongodump`, `percona`,
// `mydumper`, `gh-ost`, `pt-online`, `liquibase`, `flyway`, `debezium`, `citus`, `pglogical`,
// `bucardo`, `slony`, `sybase`, `cubrid`, `altibase`, `kingbase`, `gaussdb`, `polardb`, `dameng`,
// `doris`, `databend`, `risingwave`, `materialize`, `surrealdb`, `edgedb`, `dolt`, `terminusdb`,
// `xtdb`, `datomic`, `immudb`, `bbolt`, `cozo`, `kuzu`, `ydbd`, `virtuoso`, `vertica`,
// `marklogic`, `basex`, `hypertable`, `voldemort`, `ttserver`, `valkey`, `geode`, `coherence`,
// `ehcache`, `cnosdb`, `mimir`, `thanos`, `akumuli`, `warp10`, `kdb`, `allegrograph`, `stardog`,
// `ontotext`, `blazegraph`, `fuseki`, `rdf4j`, `hugegraph`, `cayley`, `falkordb`, `agensgraph`,
// `typedb`, `grakn`, `oxigraph`, `xapian`, `tantivy`, `bleve`, `lancedb`, `pgvector`,
// `pg_upgrade`, `pg_rewind`, `wal-g`, `pgbadger`, `mysqlsh`, `dumpInstance`, `mysqlcheck`,
// `myloader`, `mongomirror`, `sysbench`, `pgbench`, `hammerdb`, `ycsb`, `tsbs`, `per. metric`,
// `sqlcmd`, `impdp`, `sqlldr`, `rman`, `listener.log`, `ggserr`, `sqitch`, `dbmate`,
// `golang-migrate`, `pgloader`, `ora2pg`, `Ora2Pg version`, `maxwell`, `sqoop`, `nodetool`,
// `cqlsh`, `etcdctl`, `pg_amcheck`, `pg_checksums`, `pg_verifybackup`, `mysqlslap`,
// `innochecksum`, `myisamchk`, `aria_chk`, `arangoimport`, `arangorestore`, `cbimport`,
// `clickhouse-benchmark`, `sstabledump`, `redis-check`, `redis-check-aof`, `check-aof`,
// `RDB looks OK`, `offset 0]`, `AUX FIELD`, `AOF analyzed`, `ok_up_to`, `pd-ctl`, `sync-diff`,
// `yb-master`, `tnsping`, `datapatch`, `drc`, `Data Guard`, `pt-table-checksum`, `DIFF_ROWS`,
// `Checking if all tables`, `pt-kill`, `pt-stalk`, `pt-heartbeat`, `pt-archiver`, `tugraph`,
// `lgraph`, `HaStateMachine`, `state_machine.cpp`, `opengemini`, `ts-meta`, `spdy/reactor`,
// `"hostname":"`, `easysearch`, `zoekt`, `litedb`, `orioledb`, `paradedb`). None of
// TuGraph, Ora2Pg, pt-table-checksum, TSBS or redis-check-rdb/-aof's output is in any table
// (`lgraph` matches only a mail tool's grep list, `redis-check` only another table's grep list,
// `0x00007f` other products' thread ids); openGemini is named only in the header of fresh482, left
// out there as not confirmed, and is no family of any table. Left out as measured already: MySQL
// Shell's log, TypeDB, Firebird, mongosh, the Percona tools pt-kill, pt-stalk, pt-heartbeat and
// pt-deadlock-logger, Oracle's Data Guard broker log, YugabyteDB's glog lines, TiDB's tools,
// ArangoDB's tools (arangod's own line). Left out as not confirmed by any search: the INFINI
// gateway's console, Zoekt's index server; left out as having no records to speak of: tnsping's
// banner, mysqlslap's and myisamchk's reports. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). TuGraph's compact stamps (`20261129 07:41:16.204511`,
// `20261129074116.391`), Ora2Pg's bracketed stamp and pt-table-checksum's TS have no zone and are
// taken as UTC; the TS column has no year and is in 2026. openGemini's +08:00 is converted. TSBS's
// first cell is a Unix time in seconds. redis-check-rdb and redis-check-aof print no time at all:
// the AUX field `ctime` is the dump's creation epoch, not the record's time, and `[offset N]`,
// `size=` and `ok_up_to=` are byte counts. Levels only where the line marks one: TuGraph 4's
// DEBUG INFO WARNING ERROR after the thread id, openGemini's `level` field, redis-check's `[info]`;
// TuGraph 3's `[HaStateMachine]`, Ora2Pg's lines, pt-table-checksum's ERRORS and DIFFS counts,
// TSBS's rows and the RDB error banner's words carry none. The host is the record's host field:
// only openGemini's `hostname`, whose port is not part of the host; TuGraph's socket peers,
// Ora2Pg's Oracle host in its DSN and pt-table-checksum's table names are no hosts. A record that
// spans lines is one entry: TuGraph 4's plan dump under its DEBUG line, redis-check-rdb's
// `--- RDB ERROR DETECTED ---` banner with the offset and `[additional info]` lines under it.
// Lines that are records of their own stay so: Ora2Pg's untimed progress bar, TSBS's summary
// lines, every line of redis-check-aof. pt-table-checksum's banner and header, TSBS's CSV header
// and its `Summary:` heading are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); every family's layout was confirmed by a
// search, none rests on memory. Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table
// was first run, and none was changed after it; a family trawl still gets wrong carries a gap that
// says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit a457dc5 before any rule for it: level 90.4 %, time 92.5 %, host 80.0 %, records 85.4 %.
// That is the macro figure (micro: level 90.0 %, time 92.5 %, host 82.5 %, records 85.0 %), in a
// worktree at a457dc5 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are openGemini's `hostname` field (ip:port), which trawl does not
// read as the host, Ora2Pg's untimed progress bar and TSBS's untimed summary lines, which trawl
// joins to the timed line before them, and redis-check-rdb's error banner, which trawl neither
// joins with the lines under it nor leaves without a level (it reads ERROR from the banner).

var fresh553Cases = []worldCase{
	{
		name:   "tugraph4-server-bracketed-compact-date",
		source: "TuGraph-DB 4.x lgraph_server log (`[yyyyMMdd HH:mm:ss.ffffff 0xTHREAD LEVEL file.cpp:line] msg`, a Cypher plan's dump running on over lines of its own): TuGraph-family/tugraph-db issue #580 (a pasted lgraph_server log), issue #945 (the server banner)",
		why:    "a compact yyyyMMdd date inside the bracket, zone-less (UTC by the rules); the hex thread id is no time; the level word after it; the plan's untimed lines belong to the DEBUG line above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204511Z", Info, "", "[20261129 07:41:16.204511 0x00007f3a9c1ff700 INFO src/server/lgraph_server.cpp:512] Listening for REST on port 7070"),
			we("2026-11-29T07:41:16.205038Z", Info, "", "[20261129 07:41:16.205038 0x00007f3a9c1ff700 INFO src/server/bolt_server.cpp:160] bolt server run on port 7687"),
			we("2026-11-29T07:41:19.880742Z", Debug, "", "[20261129 07:41:19.880742 0x00007f3a85bfe700 DEBUG src/server/state_machine.cpp:262] Apply a CYPHER request."),
			we("2026-11-29T07:41:19.881355Z", Debug, "",
				"[20261129 07:41:19.881355 0x00007f3a85bfe700 DEBUG src/cypher/execution_plan/execution_plan.cpp:1202] Plan parts:",
				"Produce Results",
				"    Expand(All) [p <-[:ACTED_IN]- a]",
				"        Node By Label Scan [p:Film]"),
			we("2026-11-29T07:41:20.017260Z", Warn, "", "[20261129 07:41:20.017260 0x00007f3a85bfe700 WARNING src/server/lgraph_server.cpp:601] Token of user harbour_ro expires in 3 minutes"),
			we("2026-11-29T07:41:22.403915Z", Error, "", "[20261129 07:41:22.403915 0x00007f3a85bfe700 ERROR src/cypher/execution_plan/scheduler.cpp:97] CypherException: No such graph: harbour_v2"),
		},
	},
	{
		name:   "tugraph3-ha-compact-stamp",
		source: "TuGraph 3.x lgraph_server log in HA mode (`yyyyMMddHHmmss.fff: [Module] msg`, no level): TuGraph-family/tugraph-db issue #45 (a pasted log of an HA server)",
		why:    "fourteen digits of date and time glued together with milliseconds after a dot, then a colon; `[HaStateMachine]` is a module, no level; the socket's peer address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.391Z", Unknown, "", "20261129074116.391: [HaStateMachine] Fail to read from Socket{id=17179869311 fd=33 addr=10.40.2.18:51502:9090} (0x7f4c2801a2d0): Connection reset by peer"),
			we("2026-11-29T07:41:16.392Z", Unknown, "", "20261129074116.392: [HaStateMachine] Fail to read from Socket{id=8589934822 fd=41 addr=10.40.2.18:51503:9090} (0x7f4c2801a510): Connection reset by peer"),
			we("2026-11-29T07:41:24.440Z", Unknown, "", "20261129074124.440: [StateMachine] Apply a acl request."),
			we("2026-11-29T07:41:24.518Z", Unknown, "", "20261129074124.518: [StateMachine] Apply a cypher request."),
		},
	},
	{
		name:   "opengemini-json-hostname-port",
		source: "openGemini 1.x ts-store and ts-sql logs (zap JSON: `level`, `time` with the node's offset and nanoseconds, `msg`, `hostname` as ip:port, `location`, `repeated`): openGemini/openGemini issue #912 (pasted ts-store and ts-sql error lines)",
		why:    "an ISO time with nine digits and +08:00 converted to UTC; the level in a lower-case JSON field; the host is the hostname field's address, the port after it is not; `location` is a source file and line",
		gap:    "the JSON `hostname` field holding ip:port is not read as the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.157888182Z", Info, "10.42.7.21", `{"level":"info","time":"2026-11-29T15:41:16.157888182+08:00","msg":"open shard done","hostname":"10.42.7.21:8400","db":"plant_iot","shardID":611,"location":"engine/engine.go:377","repeated":1}`),
			we("2026-11-29T07:41:18.203114570Z", Warn, "10.42.7.21", `{"level":"warn","time":"2026-11-29T15:41:18.20311457+08:00","msg":"slow write points","hostname":"10.42.7.21:8400","db":"plant_iot","cost":"1.82s","location":"engine/shard.go:1204","repeated":1}`),
			we("2026-11-29T07:41:23.569901202Z", Error, "10.42.7.21", `{"level":"error","time":"2026-11-29T15:41:23.569901202+08:00","msg":"failed to handler response","hostname":"10.42.7.21:8400","error":"can't process event(4) on state(6)","SPDY":"Reactor","location":"spdy/reactor.go:137","repeated":5}`),
			we("2026-11-29T07:41:24.711399194Z", Error, "10.42.7.22", `{"level":"error","time":"2026-11-29T15:41:24.711399194+08:00","msg":"write point rows timeout","hostname":"10.42.7.22:8086","db":"plant_iot","rp":"","error":"select timeout in 10s seconds","errno":"10611012","location":"coordinator/points_writer.go:248","repeated":2}`),
		},
	},
	{
		name:   "ora2pg-bracketed-stamp-progress",
		source: "Ora2Pg run with --debug (`[yyyy-MM-dd HH:mm:ss] msg`, the scan's `[N] Scanning table …` lines, then the untimed progress bar `[====>] n/n tables (100.0%) end of scanning.`): darold/ora2pg issues #1491, #735 and #1366",
		why:    "a zone-less date and time in brackets (UTC by the rules); the `[3]` counter and the bar in brackets are no time; the progress bar line is a record of its own with no time; no level",
		gap:    "the untimed progress bar line `[====>] n/n tables … end of scanning.` is joined to the timed line before it instead of standing as a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] Ora2Pg version: 25.0"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] Export type: COPY"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] Trying to connect to database: dbi:Oracle:host=orasrc04;service_name=HRPROD;port=1521"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[2026-11-29 07:41:18] [3] Scanning table HR_PAYSLIP_LINES (2204761 rows)..."),
			we("", Unknown, "", "[========================>] 3/3 tables (100.0%) end of scanning."),
		},
	},
	{
		name:   "percona-pt-table-checksum-ts-column",
		source: "Percona Toolkit pt-table-checksum 3.x report (`Checking if all tables can be checksummed ...`, `Starting checksum ...`, a right-aligned header `TS ERRORS DIFFS ROWS DIFF_ROWS CHUNKS SKIPPED TIME TABLE`, one row per table with `MM-ddTHH:mm:ss` first): the toolkit's documentation of TS (no year), and pasted runs on cnblogs.com (shipment/p/15194587, cyberbit/p/pt-table-checksum.html) and pastebin z2G6Jy8V, found with the pages and docs search",
		why:    "a month-day date without a year glued to the time by a T (2026 by the rules, UTC); ERRORS and DIFFS are counts, no level; the table name is no host; the banner and header lines are fed, not scored",
		entries: []worldEntry{
			wskip("Checking if all tables can be checksummed ...",
				"Starting checksum ...",
				"            TS ERRORS  DIFFS     ROWS  DIFF_ROWS  CHUNKS SKIPPED    TIME TABLE"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11-29T07:41:16      0      0       12          0       1       0   0.031 shop.carriers"),
			we("2026-11-29T07:41:17Z", Unknown, "", "11-29T07:41:17      0      1    48210          3       4       0   0.914 shop.orders"),
			we("2026-11-29T07:41:19Z", Unknown, "", "11-29T07:41:19      0      0   130377          0       9       0   2.207 shop.order_lines"),
			we("2026-11-29T07:41:19Z", Unknown, "", "11-29T07:41:19      1      0        0          0       1       1   0.004 shop.audit_trail"),
		},
	},
	{
		name:   "tsbs-load-epoch-csv-rows",
		source: "TSBS tsbs_load / tsbs_load_<db> progress report (a CSV header `time,per. metric/s,metric total,overall metric/s,per. row/s,row total,overall row/s`, a row every 10 s with the Unix time first, then `Summary:` and the untimed `loaded N metrics in …` lines): influxdata/influxdb_iox issue #4454, VictoriaMetrics/VictoriaMetrics PR #9353",
		why:    "a ten-digit Unix time as the first CSV cell; the E+07 totals and rates are no times; the summary lines have no time of their own; no level, no host",
		gap:    "the untimed summary lines `loaded N metrics in …` after the blank line and `Summary:` are joined to the last epoch row instead of standing as records of their own",
		entries: []worldEntry{
			wskip("time,per. metric/s,metric total,overall metric/s,per. row/s,row total,overall row/s"),
			we("2026-11-29T07:41:20Z", Unknown, "", "1795938080,5120448.37,5.121000E+07,5120448.37,512044.84,5.121000E+06,512044.84"),
			we("2026-11-29T07:41:30Z", Unknown, "", "1795938090,4980117.02,1.010100E+08,5050282.70,498011.70,1.010100E+07,505028.27"),
			we("2026-11-29T07:41:40Z", Unknown, "", "1795938100,3310006.51,1.341100E+08,4470190.64,331000.65,1.341100E+07,447019.06"),
			wskip("", "Summary:"),
			we("", Unknown, "", "loaded 138240000 metrics in 31.204sec with 8 workers (mean rate 4430201.26 metrics/sec)"),
			we("", Unknown, "", "loaded 13824000 rows in 31.204sec with 8 workers (mean rate 443020.13 rows/sec)"),
		},
	},
	{
		name:   "redis-check-rdb-error-detected",
		source: "redis-check-rdb on a damaged dump (`[offset N] msg` lines, `[info] …` counts, and on a fault the `--- RDB ERROR DETECTED ---` banner with the offset line and `[additional info]` lines under it; src/redis-check-rdb.c): redis/redis issues #12354 and #10133, PRs #8961 and #10859",
		why:    "no line carries a time: the AUX field ctime is the dump's creation epoch, not the record's time; `[offset 23632]` is a byte offset; `[info]` marks Info; the error banner and the lines under it are one record",
		gap:    "the `--- RDB ERROR DETECTED ---` banner is not joined with the `[offset N]` and `[additional info]` lines under it, and its ERROR word is read as a level",
		entries: []worldEntry{
			we("", Unknown, "", "[offset 0] Checking RDB file dump.rdb"),
			we("", Unknown, "", "[offset 27] AUX FIELD redis-ver = '7.2.7'"),
			we("", Unknown, "", "[offset 53] AUX FIELD ctime = '1795938010'"),
			we("", Unknown, "",
				"--- RDB ERROR DETECTED ---",
				"[offset 48822] Invalid object type: 22",
				"[additional info] While doing: read-type",
				"[additional info] Reading type 0 (string)"),
			we("", Info, "", "[info] 412 keys read"),
			we("", Info, "", "[info] 9 expires"),
		},
	},
	{
		name:   "redis-check-aof-rdb-preamble",
		source: "redis-check-aof on an AOF with an RDB preamble (`The AOF appears to start with an RDB preamble.`, the RDB checker's `[offset N]` and `[info]` lines, then `AOF analyzed: size=…, ok_up_to=…, ok_up_to_line=…, diff=0` and `AOF is valid`; src/redis-check-aof.c): redis/redis issues #12951 and #3232, PR #10061",
		why:    "no line carries a time; `size=` and `ok_up_to=` are byte counts, no times; `[info]` marks Info; every line is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "The AOF appears to start with an RDB preamble."),
			we("", Unknown, "", "[offset 0] Checking RDB file appendonly.aof"),
			we("", Unknown, "", `[offset 80514] \o/ RDB looks OK! \o/`),
			we("", Info, "", "[info] 57 keys read"),
			we("", Unknown, "", "RDB preamble is OK, proceeding with AOF tail..."),
			we("", Unknown, "", "AOF analyzed: size=93321704, ok_up_to=93321704, ok_up_to_line=4410, diff=0"),
		},
	},
}

func TestFresh553Formats(t *testing.T) { assertTable(t, fresh553Cases) }
func TestFresh553Score(t *testing.T) {
	checkScore(t, "fresh553 formats", fresh553Cases, [worldNumFields]float64{90.3, 92.4, 79.9, 85.3})
}
