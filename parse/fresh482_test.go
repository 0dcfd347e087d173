package parse

import "testing"

// The four-hundred-and-eighty-second fresh table: databases' server logs, a fourth further pass,
// shapes no earlier table holds. Each family is one product's documented or observed output:
// MatrixOne's console log (zap with a slashed date, microseconds and a numeric offset, then the
// level word and `pkg/file.go:line`, then JSON fields) and its JSON log (the same slashed time with
// its offset inside "time"); CnosDB's server log (tracing with nanoseconds and a Z, two blanks
// before the level, `module::path:`); TypeDB 2's typedb.log (`yyyy-MM-dd HH:mm:ss,SSS [thread]
// [LEVEL] logger - msg` with the Java stack under an ERROR) and its console (a time of day only,
// the level word bare); the Cloud Spanner emulator's stderr (Abseil's glog-like line written
// before absl::InitializeLog, `I0000 00:00:<epoch seconds>.<micros>  tid file:line] msg`); XTDB 2
// under docker (a time of day, then pipe-separated level and logger); OmniSciDB/HeavyDB's INFO log
// (an ISO time without a zone, a level letter or debug digit, the pid and thread, `File.cpp:line`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`postgres`, `mysql`, `mariadb`, `oracle`, `db2diag`, `firebird`, `informix`, `hana`,
// `sybase`, `cockroach`, `tidb`, `yugabyte`, `vitess`, `clickhouse`, `starrocks`, `doris`,
// `databend`, `oceanbase`, `polardb`, `opengauss`, `gaussdb`, `kingbase`, `dameng`, `nuodb`,
// `voltdb`, `altibase`, `tibero`, `timesten`, `ttmesg`, `mimer`, `exasol`, `netezza`, `cubrid`,
// `virtuoso`, `mongodb`, `couchdb`, `couchbase`, `ravendb`, `arangodb`, `rethinkdb`, `ferretdb`,
// `cosmos`, `orientdb`, `marklogic`, `exist-db`, `basex`, `redis`, `valkey`, `keydb`, `dragonfly`,
// `garnet`, `tendis`, `pika`, `ssdb`, `kvrocks`, `memcached`, `etcd`, `tikv`, `foundationdb`,
// `riak`, `aerospike`, `hazelcast`, `ignite`, `infinispan`, `geode`, `gemfire`, `coherence`,
// `rocksdb`, `leveldb`, `tarantool`, `scylla`, `cassandra`, `hbase`, `accumulo`, `influx`,
// `timescale`, `prometheus`, `victoriametrics`, `questdb`, `tdengine`, `taosd`, `iotdb`,
// `opentsdb`, `m3db`, `kairosdb`, `greptime`, `horaedb`, `druid`, `pinot`, `kdb`, `crate`,
// `opengemini`, `cnosdb`, `tskv::`, `elasticsearch`, `opensearch`, `solr`, `meilisearch`,
// `typesense`, `searchd`, `manticore`, `sphinx`, `vespa`, `zincsearch`, `quickwit`, `weaviate`,
// `milvus`, `qdrant`, `chroma`, `neo4j`, `janusgraph`, `dgraph`, `tigergraph`, `memgraph`,
// `nebula`, `hugegraph`, `graphdb`, `ontotext`, `fuseki`, `allegrograph`, `datomic`, `terminusdb`,
// `readyset`, `kinetica`, `sqream`, `griddb`, `singlestore`, `memsql`, `materialize`,
// `risingwave`, `surrealdb`, `edgedb`, `immudb`, `rqlite`, `dqlite`, `matrixone`, `mo-service`,
// `logutil/internal.go`, `+0800 INFO`, `typedb`, `vaticle`, `typedb-service`, `xtdb`,
// `xtdb.pgwire`, ` | INFO  `, `spanner`, `emulator_main.cc`, `I0000 00:00:`,
// `absl::InitializeLog`, `heavydb`, `omnisci`, `heavy.ai`, `mapd`, `DBHandler.cpp`,
// `CommandLineOptions.cpp`). None of MatrixOne, CnosDB, TypeDB, XTDB, the Spanner emulator or
// OmniSciDB/HeavyDB is in any table (`matrixone` and `cnosdb` are only in fresh366's list of greps,
// `typedb` and `xtdb` only in fresh430's; ` | INFO  ` matches other products' pipe layouts and
// `mapd` only unrelated words). Left out as measured already: PostgreSQL and its forks, MySQL,
// MariaDB, SQL Server, Oracle, Db2, Informix, Firebird, CockroachDB, TiDB and its tools, YugabyteDB,
// ClickHouse, Doris, StarRocks, Databend, OceanBase, openGauss, MongoDB, CouchDB, Couchbase,
// RavenDB, ArangoDB, OrientDB, Redis and its forks, etcd, FoundationDB, Aerospike, Cassandra,
// ScyllaDB, HBase, InfluxDB, TDengine, IoTDB, GreptimeDB, HoraeDB, Druid, Elasticsearch,
// OpenSearch, Solr, Meilisearch, Typesense, Manticore, Vespa, Quickwit, Neo4j, JanusGraph,
// TigerGraph, Geode, Coherence, SingleStore. Left out as not confirmed by any search: GridDB's
// event log, Garnet's console, openGemini, ZincSearch, Ontotext GraphDB, AllegroGraph. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). MatrixOne's `2026/11/29 15:41:16.434564 +0800` carries its offset (UTC+8,
// so 07:41:16.434564Z), in the console line and inside the JSON "time" alike. CnosDB's tracing
// time ends in Z and has nanoseconds. TypeDB's log file stamp has no zone and is taken as UTC;
// TypeDB's and XTDB's consoles have a time of day only, on the clock's day. The Spanner emulator's
// Abseil prefix writes a zeroed `0000 00:00:` date-and-hour and then the epoch seconds, which are
// the record's time. HeavyDB's ISO time has no zone and is taken as UTC. Levels only where the line
// marks one: MatrixOne's INFO WARN ERROR (the word in the console, "level" in JSON), CnosDB's
// tracing words, TypeDB's `[INFO ]`/`[ERROR]` and bare words, Abseil's I W E letter before the
// zeroed date, XTDB's word between the pipes, HeavyDB's I W E F letters and its debug digits 1-4
// (Debug). The JVM's `WARNING:` lines under XTDB and Abseil's `WARNING: All log messages before
// absl::InitializeLog()` banner are fed but not scored, as is XTDB's `Starting XTDB` banner. No
// family has a host field: MatrixOne's uuid, CnosDB's vnode, TypeDB's and XTDB's threads and
// listen addresses, the emulator's server address are no hosts. A record that spans lines is one
// entry: TypeDB's ERROR with the exception and its `at` lines, XTDB's ERROR with its exception.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 30769f0 before any rule for it: level 75.0 %, time 87.5 %, host
// 100.0 %, records 100.0 %. That is the macro figure (micro: level 74.3 %, time 88.6 %, host 100.0 %,
// records 100.0 %), in a worktree at 30769f0 with no change to trawl's code (only this file and
// table_test.go's list), 6 of 8 families fully right; the gaps are the Spanner emulator's Abseil
// prefix (the epoch seconds after the zeroed `0000 00:00:` and the level letter glued to it, neither
// read) and HeavyDB's one-letter level or debug digit after its time, which trawl does not read.

var fresh482Cases = []worldCase{
	{
		name:   "matrixone-console-zap-slashed-offset",
		source: "MatrixOne's mo-service console log (zap console encoder: `yyyy/MM/dd HH:mm:ss.uuuuuu ±hhmm LEVEL pkg/file.go:line msg {json fields}`): matrixorigin/matrixone issue #9167 (a pasted start-up log)",
		why:    "a slashed date with microseconds and a numeric offset before the level word; `logutil/internal.go:37` is a caller, no time; the JSON fields after the message carry no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.434564Z", Info, "", "2026/11/29 15:41:16.434564 +0800 INFO logutil/internal.go:37 MO logger init, level=info, log file="),
			we("2026-11-29T07:41:16.453428Z", Info, "", `2026/11/29 15:41:16.453428 +0800 INFO fileservice/local_fs.go:109 fileservice: cache initialized {"fs-name": "SHARED", "capacity": 536870912}`),
			we("2026-11-29T07:41:16.462173Z", Info, "", "2026/11/29 15:41:16.462173 +0800 INFO motrace/trace.go:129 init GlobalBatchProcessor"),
			we("2026-11-29T07:41:21.118204Z", Warn, "", `2026/11/29 15:41:21.118204 +0800 WARN frontend/session.go:1184 slow statement {"connection-id": 1042, "duration": "3.218s", "account": "sys"}`),
			we("2026-11-29T07:41:24.009871Z", Error, "", `2026/11/29 15:41:24.009871 +0800 ERROR disttae/logtail_consumer.go:412 failed to reconnect to tn logtail service {"error": "context deadline exceeded", "address": "tn-0.mo-tn:32003"}`),
		},
	},
	{
		name:   "matrixone-json-log-slashed-time",
		source: "MatrixOne's log with format = \"json\" (`{\"level\":\"INFO\",\"time\":\"yyyy/MM/dd HH:mm:ss.uuuuuu ±hhmm\",\"name\":…,\"caller\":…,\"msg\":…}`): matrixorigin/matrixone issue #11180 and matrixorigin/matrixone-operator issue #300 (pasted JSON lines)",
		why:    "the level and a slashed time with its offset inside JSON keys; `uuid` and `address` fields are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.370511Z", Info, "", `{"level":"INFO","time":"2026/11/29 15:41:16.370511 +0800","name":"cn-service.txn","caller":"client/client.go:454","msg":"txn client status changed to paused","uuid":"5c0e2a91-7d3b-4f62-9b1e-2a8c4d6f0e13"}`),
			we("2026-11-29T07:41:16.370539Z", Info, "", `{"level":"INFO","time":"2026/11/29 15:41:16.370539 +0800","caller":"disttae/logtailPushModel.go:362","msg":"[log-tail-push-client] clean finished, start to reconnect to tn log tail service"}`),
			we("2026-11-29T07:41:16.370648Z", Error, "", `{"level":"ERROR","time":"2026/11/29 15:41:16.370648 +0800","caller":"client/client.go:401","msg":"error: internal error: cn service is not ready, retry later"}`),
			we("2026-11-29T07:41:19.902114Z", Warn, "", `{"level":"WARN","time":"2026/11/29 15:41:19.902114 +0800","name":"log-service","caller":"logservice/store.go:688","msg":"slow raft append","shard":1,"replica":262145,"cost":"1.204s"}`),
		},
	},
	{
		name:   "cnosdb-tracing-nanoseconds",
		source: "CnosDB 2.x's server log (Rust tracing's full format: `yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ  LEVEL module::path: msg`): cnosdb/cnosdb issues #1675 and #1674 (pasted `docker logs` of tskv and meta nodes)",
		why:    "an ISO time with nanoseconds and Z, two blanks, then the level word; `tskv::compaction::picker` is a module, the vnode and ts_family numbers are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.615522125Z", Info, "", "2026-11-29T07:41:16.615522125Z  INFO tskv::compaction::picker: Picker: picked L1 files(2) does not reach trigger(4), return None"),
			we("2026-11-29T07:41:16.619609158Z", Info, "", "2026-11-29T07:41:16.619609158Z  INFO tskv::compaction::job: Starting compaction on ts_family 7"),
			we("2026-11-29T07:41:17.882891355Z", Info, "", `2026-11-29T07:41:17.882891355Z  INFO meta::store::state_machine: METADATA WRITE: /cluster_harbour/data_nodes_metrics/2001 :{"id":2001,"disk_free":612004118528,"time":1795938077,"status":"Healthy"}`),
			we("2026-11-29T07:41:20.004417093Z", Warn, "", "2026-11-29T07:41:20.004417093Z  WARN coordinator::service: write to vnode 12 on node 2002 failed, retrying: connection refused"),
			we("2026-11-29T07:41:21.310045912Z", Error, "", "2026-11-29T07:41:21.310045912Z ERROR tskv::kvcore: flush memcache of ts_family 7 failed: No space left on device (os error 28)"),
		},
	},
	{
		name:   "typedb2-log-file-bracketed-level",
		source: "TypeDB 2.x's server/logs/typedb.log (logback `yyyy-MM-dd HH:mm:ss,SSS [thread] [LEVEL] logger{abbreviated} - msg`, the Java stack under an ERROR): typedb/typedb issue #6424 (a pasted typedb.log); the padding of `[INFO ]` and `[WARN ]` from memory",
		why:    "a zone-less date with a comma before the milliseconds; the thread, then the level in brackets; the exception and its `at` lines belong to the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.004Z", Info, "", "2026-11-29 07:41:12,004 [main] [INFO ] c.v.t.core.server.TypeDBServer - Version: 2.28.3"),
			we("2026-11-29T07:41:12.611Z", Info, "", "2026-11-29 07:41:12,611 [main] [INFO ] c.v.t.core.server.TypeDBServer - Ready for connections at 0.0.0.0:1729"),
			we("2026-11-29T07:41:30.250Z", Warn, "", "2026-11-29 07:41:30,250 [typedb-service::2] [WARN ] c.v.t.c.database.CoreDatabaseManager - Database 'harbour_ops' is still being loaded, rejecting session"),
			we("2026-11-29T07:41:38.572Z", Error, "",
				"2026-11-29 07:41:38,572 [typedb-service::0] [ERROR] c.v.t.core.server.TransactionService - [TYR03] Invalid Type Read: The type 'berth-code' does not exist.",
				"com.vaticle.typedb.core.common.exception.TypeDBException: [TYR03] Invalid Type Read: The type 'berth-code' does not exist.",
				"\tat com.vaticle.typedb.core.common.exception.TypeDBException.of(TypeDBException.java:55)",
				"\tat com.vaticle.typedb.core.query.Inserter$Operation.getThingType(Inserter.java:219)",
				"\tat com.vaticle.typedb.core.query.Inserter$Operation.insertIsa(Inserter.java:227)"),
		},
	},
	{
		name:   "typedb2-console-time-of-day",
		source: "TypeDB 2.x's console output of `typedb server` (logback `HH:mm:ss.SSS [thread] LEVEL logger - msg`, `--` before the message from 2.24 on): typedb/typedb-studio issue #680 and typedb/typedb issue #6921 (pasted server output)",
		why:    "a time of day with milliseconds and no date (the clock's day); the thread in brackets, then the bare level word; the stack under the ERROR is part of it",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.118Z", Info, "", "07:41:12.118 [main] INFO  com.vaticle.typedb.core.server.TypeDBServer -- Storage directory: /opt/typedb-all-linux-x86_64-2.28.3/server/data"),
			we("2026-11-29T07:41:12.640Z", Info, "", "07:41:12.640 [main] INFO  com.vaticle.typedb.core.server.TypeDBServer -- TypeDB Core 2.28.3 is running on 0.0.0.0:1729"),
			we("2026-11-29T07:42:05.397Z", Error, "",
				"07:42:05.397 [typedb-service::0] ERROR com.vaticle.typedb.core.server.TransactionService -- [TYR03] Invalid Type Read: The type 'manifest-line' does not exist.",
				"com.vaticle.typedb.core.common.exception.TypeDBException: [TYR03] Invalid Type Read: The type 'manifest-line' does not exist.",
				"        at com.vaticle.typedb.core.common.exception.TypeDBException.of(TypeDBException.java:55)",
				"        at com.vaticle.typedb.core.query.Definer.define(Definer.java:118)"),
			we("2026-11-29T07:42:09.004Z", Warn, "", "07:42:09.004 [typedb-service::1] WARN  com.vaticle.typedb.core.server.SessionService -- Session 6c1f0e2a closed by the client before its transactions finished"),
		},
	},
	{
		name:   "spanner-emulator-absl-epoch-prefix",
		source: "the Cloud Spanner emulator's stderr (`docker run gcr.io/cloud-spanner-emulator/emulator`): Abseil's prefix before absl::InitializeLog, `Lmmdd hh:mm:ss.uuuuuu tid file:line] msg` with the date and hour zeroed and the epoch seconds in the seconds field, `I0000 00:00:<epoch>.<micros>  tid emulator_main.cc:39] Cloud Spanner Emulator running.`; found with find_string (a docker compose log pasted in a repository); the W and E lines' files from memory",
		why:    "`0000 00:00:` is no date: the number after it is epoch seconds with microseconds, the record's time; the letter before it is the level; the thread id is no time",
		entries: []worldEntry{
			wskip("WARNING: All log messages before absl::InitializeLog() is called are written to STDERR"),
			we("2026-11-29T07:41:16.337902Z", Info, "", "I0000 00:00:1795938076.337902      11 emulator_main.cc:39] Cloud Spanner Emulator running."),
			we("2026-11-29T07:41:16.337921Z", Info, "", "I0000 00:00:1795938076.337921      11 emulator_main.cc:40] Server address: 0.0.0.0:9010"),
			we("2026-11-29T07:41:42.508113Z", Warn, "", "W0000 00:00:1795938102.508113      27 transaction_manager.cc:214] Transaction 18 aborted: it was wounded by an older transaction on table Berths"),
			we("2026-11-29T07:41:50.551830Z", Error, "", "E0000 00:00:1795938110.551830      27 grpc_handler.cc:97] ExecuteStreamingSql failed: NOT_FOUND: Database not found: projects/harbour-dev/instances/local/databases/ops"),
		},
		gap: "Abseil's pre-InitializeLog prefix is not read: the epoch seconds after the zeroed `0000 00:00:` give no time, and the I/W/E letter glued to the zeroes gives no level",
	},
	{
		name:   "xtdb2-docker-pipe-columns",
		source: "XTDB 2.x under docker (`docker run ghcr.io/xtdb/xtdb`: a `Starting XTDB …` banner, then `HH:mm:ss | LEVEL logger | msg`, the JVM's own WARNING lines between, an ERROR with its exception under it): xtdb/xtdb issues #4845 and #5642 (pasted container output)",
		why:    "a time of day with no date (the clock's day), then the level word and the logger between pipes; the JVM's WARNING lines are the runtime's, not XTDB records; the exception belongs to the ERROR",
		entries: []worldEntry{
			wskip("Starting XTDB 2.0.0 [8c1d4e2] ..."),
			we("2026-11-29T07:41:22Z", Info, "", "07:41:22 | INFO  xtdb.metrics | tagging all metrics with node-id: 3a9f04c1"),
			wskip("WARNING: A terminally deprecated method in sun.misc.Unsafe has been called",
				"WARNING: sun.misc.Unsafe::allocateMemory has been called by io.netty.util.internal.PlatformDependent0$2 (file:/usr/local/lib/xtdb/xtdb-standalone.jar)",
				"WARNING: Please consider reporting this to the maintainers of class io.netty.util.internal.PlatformDependent0$2",
				"WARNING: sun.misc.Unsafe::allocateMemory will be removed in a future release"),
			we("2026-11-29T07:41:23Z", Info, "", "07:41:23 | INFO  xtdb.pgwire | Server started at postgres://0.0.0.0:5432"),
			we("2026-11-29T07:41:24Z", Info, "", "07:41:24 | INFO  xtdb.healthz | Healthz server started at http://172.18.0.4:8080/"),
			we("2026-11-29T07:43:10Z", Error, "",
				"07:43:10 | ERROR xtdb.main | Uncaught exception running XTDB",
				"java.lang.IllegalStateException: Node failed to start due to an invalid transaction log state (epoch=0, offset=41) that does not correspond with the latest indexed transaction (epoch=0 and offset=388).",
				"\tat xtdb.indexer.LogProcessor.<init>(LogProcessor.kt:96)",
				"\tat xtdb.api.Xtdb.openNode(Xtdb.kt:214)"),
		},
	},
	{
		name:   "omniscidb-heavydb-info-log",
		source: "OmniSciDB 5.x / HeavyDB's data/mapd_log/omnisci_server.INFO (heavydb.INFO in later releases: `yyyy-MM-ddTHH:mm:ss.uuuuuu L pid thread File.cpp:line msg`, L one of I W E F or a debug digit 1-4): heavyai/log-scraper tests/gold/omnisci_server.INFO; docs.nvidia.com/heavyai 'Logs and Monitoring' (the INFO, WARNING and ERROR files)",
		why:    "a zone-less ISO time with microseconds, then one level letter or digit, then the pid and thread columns; `DBHandler.cpp:237` is a source location, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.000412Z", Info, "", "2026-11-29T07:41:16.000412 I 2318 0 CommandLineOptions.cpp:1041 OmniSci started with data directory at '/var/lib/omnisci/data'"),
			we("2026-11-29T07:41:16.002871Z", Info, "", "2026-11-29T07:41:16.002871 I 2318 0 DBHandler.cpp:237 OmniSci Server 5.10.2-20261104-8f3c1a9e27"),
			we("2026-11-29T07:41:16.003019Z", Error, "", "2026-11-29T07:41:16.003019 E 2318 0 DBHandler.cpp:253 This build isn't CUDA enabled, will run on CPU"),
			we("2026-11-29T07:41:16.004450Z", Debug, "", "2026-11-29T07:41:16.004450 1 2318 0 DataMgr.cpp:172 Detected 64218.77M of total system memory."),
			we("2026-11-29T07:41:19.771302Z", Warn, "", "2026-11-29T07:41:19.771302 W 2318 7 FileMgr.cpp:481 Table 'berth_calls' epoch 412 is behind the catalog epoch 413, rolling back"),
		},
		gap: "the debug digit (`1`) that stands in the level letter's column after the ISO time is not read as Debug (the letters I, W, E and F are read)",
	},
}

func TestFresh482Formats(t *testing.T) { assertTable(t, fresh482Cases) }
func TestFresh482Score(t *testing.T) {
	checkScore(t, "fresh482 formats", fresh482Cases, [worldNumFields]float64{84.9, 87.4, 99.9, 99.9})
}
