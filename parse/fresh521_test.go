package parse

import "testing"

// The five-hundred-and-twenty-first fresh table: databases' logs, a sixth further pass (relational,
// document, key-value, time-series, graph and search engines: server logs, slow logs, audit logs,
// tools' output), shapes no earlier table holds. Each family is one product's documented or
// observed output: Kyoto Tycoon's ktserver log (`ISO-Z: [KIND]: msg`, kinds DEBUG INFO SYSTEM
// ERROR); Tokyo Tyrant's ttserver log (an ISO time with its offset, then tab-separated level and
// message); YaCy's yacy00.log (a level letter before a slashed date, a stack under an E line);
// Oracle NoSQL Database's store log (Berkeley DB JE's `yyyy-MM-dd HH:mm:ss.SSS UTC LEVEL [service]`);
// Groonga's process log (`time|L| msg`), Groonga's query log (`time|context|>query`) and PGroonga's
// pgroonga.log (`time|L|pid: msg`); FairCom DB's CTSTATUS.FCS (a ctime line, then
// ` - User# N<TAB>msg` under it).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`firebird`, `informix`, `db2diag`, `sybase`, `SAP HANA`, `hana`,
// `vertica`, `ingres`, `virtuoso`, `cubrid`, `altibase`, `oceanbase`, `opengauss`, `gaussdb`,
// `doris`, `starrocks`, `kylin`, `trino`, `presto`, `druid`, `pinot`, `materialize`, `risingwave`,
// `neon`, `dolt`, `doltgres`, `rqlite`, `dqlite`, `litestream`, `litefs`, `couchdb`, `couchbase`,
// `ravendb`, `arangodb`, `ferretdb`, `rethinkdb`, `cosmos`, `valkey`, `keydb`, `dragonfly`,
// `memcached`, `etcd`, `tikv`, `foundationdb`, `aerospike`, `riak`, `rocksdb`, `leveldb`, `badger`,
// `hazelcast`, `ignite`, `infinispan`, `tarantool`, `garnet`, `pika`, `kvrocks`, `scylla`,
// `cassandra`, `hbase`, `accumulo`, `zookeeper`, `influx`, `timescale`, `victoriametrics`,
// `questdb`, `tdengine`, `iotdb`, `opentsdb`, `m3db`, `greptime`, `carbon`, `kairosdb`, `neo4j`,
// `janusgraph`, `dgraph`, `N-Quads`, `nebula`, `tigergraph`, `memgraph`, `orientdb`, `blazegraph`,
// `stardog`, `graphdb`, `elasticsearch`, `opensearch`, `solr`, `meilisearch`, `typesense`,
// `manticore`, `searchd`, `sphinx`, `vespa`, `zincsearch`, `quickwit`, `weaviate`, `qdrant`,
// `milvus`, `chroma`, `monetdb`, `merovingian`, `exasol`, `singlestore`, `memsql`, `derby`,
// `hsqldb`, `trace.db`, `teradata`, `greenplum`, `percona`, `proxysql`, `pgbouncer`, `pgpool`,
// `patroni`, `citus`, `pgbackrest`, `barman`, `repmgr`, `mariadb`, `sqlite`, `oracle`, `alert_`,
// `errorlog`, `mssql`, `sql server`, `cockroach`, `tidb`, `yugabyte`, `vitess`, `clickhouse`,
// `duckdb`, `mongodb`, `mongod`, `redis`, `sqlcmd`, `mysqldump`, `pg_dump`, `mydumper`,
// `xtrabackup`, `gh-ost`, `pt-query-digest`, `pt-online-schema-change`, `pt-heartbeat`, `pt-kill`,
// `pt-stalk`, `Check results`, `orchestrator`, `galera`, `maxscale`, `mysql router`, `mysqlrouter`,
// `pgcat`, `odyssey`, `supavisor`, `wal-g`, `pgbadger`, `marklogic`, `geode`, `gemfire`,
// `coherence`, `fuseki`, `jena`, `openedge`, `mimer`, `nuodb`, `voltdb`, `cratedb`, `kudu`,
// `impala`, `databend`, `surrealdb`, `edgedb`, `libsql`, `pocketbase`, `datomic`, `xtdb`,
// `terminusdb`, `dynamodb`, `spanner`, `ggserr`, `goldengate`, `listener.log`, `tnslsnr`, `expdp`,
// `impdp`, `sqlldr`, `RMAN-`, `Recovery Manager`, `mysqlbinlog`, `end_log_pos`, `pg_upgrade`,
// `pg_basebackup`, `pg_repack`, `pglogical`, `slony`, `bucardo`, `pg_auto_failover`, `stolon`,
// `cloudnativepg`, `masterha`, `flyway`, `liquibase`, `sqitch`, `alembic`, `dbmate`, `skeema`,
// `mongodump`, `mongorestore`, `mongosh`, `mongoimport`, `twemproxy`, `nutcracker`, `sentinel`,
// `allegrograph`, `neptune`, `typedb`, `kuzu`, `falkordb`, `redisgraph`, `hugegraph`, `apache age`,
// `rdf4j`, `oxigraph`, `cayley`, `bleve`, `marqo`, `vald`, `lancedb`, `vearch`, `ydb`, `adabas`,
// `sql anywhere`, `actian`, `thanos`, `mimir`, `cortex`, `warp 10`, `akumuli`, `cnosdb`,
// `machbase`, `horaedb`, `ceresdb`, `lindb`, `blueflood`, `alloydb`, `debezium`, `tungsten`,
// `mysqlsh`, `mysql shell`, `mysqlbackup`, `MAIN    INFO`, `sqlplus`, `ORA-`, `dbcc`, `isql`,
// `gbak`, `nbackup`, `psql:`, `vacuumdb`, `reindexdb`, `pg_restore`, `pg_dumpall`, `initdb`,
// `sqlite3`, `redis-cli`, `redis-benchmark`, `memtier`, `sysbench`, `pgbench`, `ycsb`,
// `operations;`, `hammerdb`, `esrally`, `ActorAddr`, `mongostat`, `cqlsh`, `nodetool`,
// `etcdctl`, `fdbcli`, `asinfo`, `couchbase-cli`, `cbbackupmgr`, `arangodump`, `arangosh`,
// `neo4j-admin`, `cypher-shell`, `nebula-console`, `sqlagent`, `SQLServerAgent`,
// `ReportingServicesService`, `Slp:`, `adump`, `LENGTH :`, `filemaker`, `fmserver`, `ssdb`,
// `ledis`, `mcrouter`, `tendis`, `ardb`, `scylla-manager`, `sctool`, `sync gateway`,
// `interbase`, `firestore`, `postgrest`, `supabase`, `crsd`, `automation-agent`, `[.info]`,
// `zope`, `zodb`, `ZEO.StorageServer`, `gcagent`, `emagent`, `pemagent`, `GremlinServer`,
// `db2audit`, `pgaudit`, `AUDIT: SESSION`, `server_audit`, `wiredtiger`, `txn-recover`, `je.info`,
// `berkeley`, `oracle nosql`, `kvstore`, `sedna`, `gigaspaces`, `objectdb`, `griddb`,
// `voldemort`, `MgmtSrvr`, `ndbd`, `herddb`, `siridb`, `thingsdb`, `recoll`, `yacy`,
// `SWITCHBOARD`, `kyoto`, `ktserver`, `[SYSTEM]`, `tokyo`, `tyrant`, `ttserver`, `faircom`,
// `ctstatus`, `c-tree`, `User#`, `groonga`, `mroonga`, `pgroonga`, `grn_init`, `|n|`, `|e|`,
// `[I 20`, `[W 20`). None of Kyoto Tycoon, Tokyo Tyrant, YaCy, Oracle NoSQL Database (Berkeley DB
// JE's log), Groonga, PGroonga or FairCom's CTSTATUS.FCS is in any table (`tokyo` matches only
// zone names, `[SYSTEM]` and `kvstore` other products, `User#` nothing, `|n|` and `|e|` only other
// formats' fields, `berkeley` only a socket adapter's file name, `je.info` an unrelated line).
// Left out as measured already: almost every engine above (the PostgreSQL, MySQL, MariaDB, Oracle,
// SQL Server, Db2, MongoDB, Redis, Cassandra, Elasticsearch and InfluxDB families and their
// tools, YCSB, Rally, mysqlbinlog, mysqlbackup, the WiredTiger lines inside mongod's log,
// Dgraph, FileMaker, SSDB, mcrouter, the Scylla Manager, HoraeDB, Memgraph, MonetDB, SingleStore).
// Left out as their shape is already measured: SiriDB and ThingsDB (`[I yyyy-MM-dd HH:mm:ss] msg`,
// the shape of earlier tables' families). Left out as not confirmed by any search: Skeema's
// output, Recoll's log, Akumuli's log, Vald, Vearch, Voldemort and HerdDB. The table holds 8
// families; two of them (Tokyo Tyrant, FairCom's two-line layout) rest on memory.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Kyoto Tycoon's stamps end in Z; Tokyo Tyrant's carry the writer's offset
// (+09:00 here, so 16:41:16+09:00 is 07:41:16Z). YaCy's slashed date, Groonga's and PGroonga's
// microsecond stamps and FairCom's ctime line have no zone and are taken as UTC; Oracle NoSQL's
// stamp names UTC. Levels only where the line marks one: Kyoto's bracketed kind and Tokyo
// Tyrant's level word (their SYSTEM kind, between INFO and ERROR, is Notice), YaCy's leading
// letter (E W S I D for SEVERE WARNING CONFIG INFO FINE: S is Info), JE's JUL level word (SEVERE
// is Error), Groonga's letter between bars (E A C e w n i d: n is Notice, the case matters);
// Groonga's query log and FairCom's status log carry none. No family has a host field: Kyoto's
// client `expr=`, Tokyo Tyrant's `host=(any)`, Oracle NoSQL's `[sn1]` service ids, Groonga's
// context ids, PGroonga's pids and FairCom's `User#` task numbers are no hosts. A record that
// spans lines is one entry: YaCy's E line with the Java stack under it, FairCom's ctime line with
// its message line.
//
// The shapes come from the documentation, sources and test fixtures each case names, found with
// the search tool (corpora "docs", "issues", "code", "pages" and find_string); where a search did
// not confirm a layout the source says "from memory". Hosts, ids, addresses, users and messages
// are invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit deac384 before any rule for it: level 58.3 %, time 100.0 %,
// host 100.0 %, records 100.0 %. That is the macro figure (micro: level 56.8 %, time 100.0 %, host
// 100.0 %, records 100.0 %), in a worktree at deac384 with no change to trawl's code (only this
// file and table_test.go's list), 3 of 8 families fully right (Oracle NoSQL, Groonga's query log,
// FairCom); the gaps are levels only: Kyoto Tycoon's and Tokyo Tyrant's SYSTEM kind, YaCy's S
// letter, and Groonga's and PGroonga's one-letter level between bars, which trawl does not read.

var fresh521Cases = []worldCase{
	{
		name:   "kyoto-tycoon-server-log",
		source: "Kyoto Tycoon's ktserver log (-log file: `yyyy-MM-ddTHH:mm:ss.ffffffZ: [KIND]: msg`, kinds DEBUG INFO SYSTEM ERROR, the `================ [START]: pid=N` banner): the log parser and doctests of a server built on Kyoto Tycoon's RPC/HTTP framework found with find_string (`2012-02-03T21:00:01.474668Z: [SYSTEM]: ================ [START]: pid=18022`, `…Z: [INFO]: connected: expr=…`), the ktserver init scripts (`-log /var/log/kyoto/kyoto.log`); the ERROR line's wording from memory",
		why:    "an ISO time with microseconds and Z, then a colon and the kind in brackets; SYSTEM is Kyoto's kind above INFO and below ERROR (Notice); the client address in `expr=` is a peer, no host",
		gap:    "the SYSTEM kind in brackets after the time (`: [SYSTEM]: `, Kyoto's kind between INFO and ERROR) is not read as a level; INFO and ERROR are",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.104412Z", Notice, "", "2026-11-29T07:41:16.104412Z: [SYSTEM]: ================ [START]: pid=30412"),
			we("2026-11-29T07:41:16.104790Z", Notice, "", "2026-11-29T07:41:16.104790Z: [SYSTEM]: opening a database: path=/var/lib/kyoto/sessions.kch"),
			we("2026-11-29T07:41:16.113208Z", Notice, "", "2026-11-29T07:41:16.113208Z: [SYSTEM]: starting the server: expr=:1978"),
			we("2026-11-29T07:41:17.502113Z", Info, "", "2026-11-29T07:41:17.502113Z: [INFO]: connected: expr=10.20.4.17:53112"),
			we("2026-11-29T07:41:17.502377Z", Info, "", "2026-11-29T07:41:17.502377Z: [INFO]: (10.20.4.17:53112): POST /rpc/set HTTP/1.1: 200"),
			we("2026-11-29T07:43:05.880415Z", Error, "", "2026-11-29T07:43:05.880415Z: [ERROR]: (10.20.4.21:40988): POST /rpc/cas HTTP/1.1: 450: logical inconsistency: status mismatch"),
		},
	},
	{
		name:   "tokyo-tyrant-ttserver-log",
		source: "Tokyo Tyrant's ttserver -log file (`yyyy-MM-ddTHH:mm:ss±hh:mm<TAB>LEVEL<TAB>msg`, the local time with its offset from tcdatestrwww, levels DEBUG INFO ERROR SYSTEM, `--------- logging started [pid] --------`): from memory of ttserver.c; no search confirmed the layout",
		why:    "an ISO time with a +09:00 offset and no fraction, then tab-separated level word and message; SYSTEM as Notice; `host=(any)` in the configuration line is no host",
		gap:    "the tab-separated SYSTEM level word after the time is not read as a level; INFO and ERROR are",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026-11-29T16:41:16+09:00\tSYSTEM\t--------- logging started [27114] --------"),
			we("2026-11-29T07:41:16Z", Notice, "", "2026-11-29T16:41:16+09:00\tSYSTEM\tserver configuration: host=(any) port=1978"),
			we("2026-11-29T07:41:16Z", Notice, "", "2026-11-29T16:41:16+09:00\tSYSTEM\tdatabase configuration: name=/var/lib/tyrant/cart.tch#bnum=1000000"),
			we("2026-11-29T07:41:16Z", Notice, "", "2026-11-29T16:41:16+09:00\tSYSTEM\tservice started: 27114"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T16:41:16+09:00\tINFO\ttimer thread 1 started"),
			we("2026-11-29T07:43:02Z", Error, "", "2026-11-29T16:43:02+09:00\tERROR\tdo_mc_get: operation failed"),
		},
	},
	{
		name:   "yacy-log-level-letter-first",
		source: "YaCy's DATA/LOG/yacy00.log (its SimpleLogFormatter: a level letter E W S I D for SEVERE WARNING CONFIG INFO FINE, a space, `yyyy/MM/dd HH:mm:ss`, the logger name, the message, a throwable's stack on the lines under it): yacy/yacy_search_server source/de/anomic/yacy/logging/SimpleLogFormatter.java and the LOGTOKEN constants of its Log class; the same lines in the journal in issue #166",
		why:    "the level is one letter before a zone-less slashed date (UTC by the rules); S is JUL's CONFIG, an Info; the logger name (STARTUP, SWITCHBOARD) is no host; the stack under an E line belongs to it",
		gap:    "the leading level letter S (JUL's CONFIG) is not read as a level; I, W, E and D are",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "I 2026/11/29 07:41:16 STARTUP Starting YaCy 1.940/10042"),
			we("2026-11-29T07:41:16Z", Info, "", "S 2026/11/29 07:41:16 STARTUP Application root-path: /opt/yacy"),
			we("2026-11-29T07:41:25Z", Warn, "", "W 2026/11/29 07:41:25 YACY BOOTSTRAP: seed-list URL https://seeds.example.net/seed.txt too old (212 days)"),
			we("2026-11-29T07:41:31Z", Debug, "", "D 2026/11/29 07:41:31 CRAWLER crawl queue size: local=1832, remote=0"),
			we("2026-11-29T07:41:40Z", Error, "",
				"E 2026/11/29 07:41:40 SOLR Exception while indexing document https://docs.example.org/guide/index.html",
				"java.io.IOException: No space left on device",
				"\tat org.apache.lucene.store.FSDirectory$FSIndexOutput$1.write(FSDirectory.java:416)",
				"\tat net.yacy.cora.federate.solr.connector.EmbeddedSolrConnector.add(EmbeddedSolrConnector.java:233)"),
			we("2026-11-29T07:41:44Z", Info, "", "I 2026/11/29 07:41:44 SWITCHBOARD Crawl job 'docs.example.org' started with depth 3"),
		},
	},
	{
		name:   "oracle-nosql-kvstore-log",
		source: "Oracle NoSQL Database's store and Storage Node logs (Berkeley DB JE's formatter: `yyyy-MM-dd HH:mm:ss.SSS UTC LEVEL [serviceId] msg`, JUL levels, LIFECYCLE service events): oracle/nosql LifecycleLoggingTest (`2023-06-21 14:45:43.006 UTC INFO [sn1] LIFECYCLE Service status change: …`, `… [sn2] LIFECYCLE Service monitor event: service=rg1-rn2 event=EXIT cause=FAULT …`)",
		why:    "a date and milliseconds with the word UTC, then the JUL level word; `[sn1]` and `[rg1-rn2]` are service ids, no hosts; SEVERE is Error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 UTC INFO [sn1] Starting StorageNodeAgent for store shopkv"),
			we("2026-11-29T07:41:16.911Z", Info, "", "2026-11-29 07:41:16.911 UTC INFO [sn1] LIFECYCLE Service status change: from=WAITING_FOR_DEPLOY to=STARTING"),
			we("2026-11-29T07:41:19.385Z", Info, "", "2026-11-29 07:41:19.385 UTC INFO [sn1] LIFECYCLE Service monitor event: service=rg1-rn1 event=START"),
			we("2026-11-29T07:42:03.017Z", Warn, "", "2026-11-29 07:42:03.017 UTC WARNING [rg1-rn2] Replica rg1-rn2 is lagging the master by 4812 ms"),
			we("2026-11-29T07:43:30.552Z", Info, "", "2026-11-29 07:43:30.552 UTC INFO [sn2] LIFECYCLE Service monitor event: service=rg1-rn2 event=EXIT cause=FAULT exitCode=137/kill-9 restart=YES"),
			we("2026-11-29T07:43:31.006Z", Error, "", "2026-11-29 07:43:31.006 UTC SEVERE [rg1-rn2] Process exiting: out of memory while replaying the replication stream"),
		},
	},
	{
		name:   "groonga-process-log",
		source: "Groonga's process log (groonga.log: `yyyy-MM-dd HH:mm:ss.ffffff|L| msg`, one level letter E A C e w n i d - for emergency, alert, critical, error, warning, notification, information, debug, dump): groonga/groonga doc reference/log.rst; a pasted groonga.log in a Japanese report found with find_string (`|n| grn_init`, `|e| ignored invalid char('=') at`)",
		why:    "a zone-less time with microseconds glued to `|L|`; the letter's case matters (e is error, E emergency); n is Notice",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.318204Z", Notice, "", "2026-11-29 07:41:16.318204|n| grn_init: <14.1.2>"),
			we("2026-11-29T07:41:16.318377Z", Notice, "", "2026-11-29 07:41:16.318377|n| RLIMIT_NOFILE(65536,65536)"),
			we("2026-11-29T07:41:16.320015Z", Warn, "", "2026-11-29 07:41:16.320015|w| vm.overcommit_memory kernel parameter should be 1: <0>: See INFO level log to resolve this"),
			we("2026-11-29T07:41:16.320021Z", Info, "", "2026-11-29 07:41:16.320021|i| vm.overcommit_memory kernel parameter should be 1: <0>: Add 'vm.overcommit_memory = 1' to /etc/sysctl.conf"),
			we("2026-11-29T07:44:02.55198Z", Error, "", "2026-11-29 07:44:02.551980|e| ignored invalid char(';') at"),
			we("2026-11-29T07:45:10.002113Z", Debug, "", "2026-11-29 07:45:10.002113|d| [ii][select] <Terms.index> grn_ii_sel > (harbour)"),
		},
	},
	{
		name:   "groonga-query-log",
		source: "Groonga's query log (--query-log-path: `yyyy-MM-dd HH:mm:ss.ffffff|context id|>query`, `|:elapsed-ns progress`, `|<elapsed-ns rc=N`, and `time|message` for the file's own notes): groonga/groonga doc reference/log.rst",
		why:    "the time glued to a hex context id by a bar; `>`, `:` and `<` mark start, progress and end, no level; the context id is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.100001Z", Unknown, "", "2026-11-29 07:41:20.100001|query log opened."),
			we("2026-11-29T07:41:20.104512Z", Unknown, "", "2026-11-29 07:41:20.104512|7f3a2c10|>select Products --match_columns name --query harbour --limit 10"),
			we("2026-11-29T07:41:20.104611Z", Unknown, "", "2026-11-29 07:41:20.104611|7f3a2c10|:000000000081200 select(42)"),
			we("2026-11-29T07:41:20.10465Z", Unknown, "", "2026-11-29 07:41:20.104650|7f3a2c10|:000000000120311 output(10)"),
			we("2026-11-29T07:41:20.104702Z", Unknown, "", "2026-11-29 07:41:20.104702|7f3a2c10|<000000000170422 rc=0"),
		},
	},
	{
		name:   "pgroonga-log-pid",
		source: "PGroonga's pgroonga.log in the PostgreSQL data directory (Groonga's multi-process layout `yyyy-MM-dd HH:mm:ss.ffffff|L|PID: msg`): groonga/groonga doc reference/log.rst ('groonga-httpd and PGroonga use the following format')",
		why:    "the backend's pid between the level letter and a colon; the pid is no time and no host; n is Notice",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402811Z", Notice, "", "2026-11-29 07:41:16.402811|n|28133: grn_init: <14.1.2>"),
			we("2026-11-29T07:41:16.402955Z", Notice, "", "2026-11-29 07:41:16.402955|n|28133: pgroonga: initialize: <3.2.5>"),
			we("2026-11-29T07:42:40.118024Z", Error, "", "2026-11-29 07:42:40.118024|e|28140: pgroonga: [insert] failed to set column value: <products.description>: <too long key>"),
			we("2026-11-29T07:42:40.11819Z", Warn, "", "2026-11-29 07:42:40.118190|w|28140: [io][remove] removed path: <base/16384/pgrn.00000A1>"),
			we("2026-11-29T07:50:01.771304Z", Notice, "", "2026-11-29 07:50:01.771304|n|28133: grn_fin (0)"),
		},
	},
	{
		name:   "faircom-ctstatus-fcs",
		source: "FairCom DB (c-tree Server)'s status log CTSTATUS.FCS (each message two lines: a ctime-style `Www Mmm dd HH:mm:ss yyyy` line, then ` - User# NNNNN<TAB>msg`): the file and its informational, warning and error messages named in FairCom's knowledge base 28262 and the ctsysm and VDP_ERROR pages of the Database Administrator's Guide; the two-line layout from memory",
		why:    "a ctime date (zone-less, UTC by the rules) on a line of its own, the message on the next line under it: the two lines are one record; `User# 00001` is a task number, no host and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Sun Nov 29 07:41:16 2026",
				" - User# 00001\tFairCom DB Server Version 13.0.3.412(Build-261012)"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Sun Nov 29 07:41:16 2026",
				" - User# 00001\tUsing configuration file: /opt/faircom/config/ctsrvr.cfg"),
			we("2026-11-29T07:41:18Z", Unknown, "",
				"Sun Nov 29 07:41:18 2026",
				" - User# 00001\tTransaction recovery completed: 0 files rolled forward"),
			we("2026-11-29T07:52:40Z", Unknown, "",
				"Sun Nov 29 07:52:40 2026",
				" - User# 00017\tCOMM error: 127 for user WAREHOUSE3 on task 17"),
		},
	},
}

func TestFresh521Formats(t *testing.T) { assertTable(t, fresh521Cases) }

func TestFresh521Score(t *testing.T) {
	checkScore(t, "fresh521 formats", fresh521Cases, [worldNumFields]float64{83.2, 99.9, 99.9, 99.9})
}
