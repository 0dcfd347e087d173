package parse

import "testing"

// The three-hundred-and-sixty-sixth fresh table, written on 2026-12-06: databases' own server logs,
// a further pass, in products and settings no earlier table holds. Each family is one product's
// documented or observed output: ScyllaDB's audit with `audit: syslog` (the positional quoted
// fields behind `scylla-audit[pid]:` in the BSD syslog line); ArcadeDB 22-25 under `docker logs`
// (the untimed ASCII logo, then its JUL formatter's `yyyy-MM-dd HH:mm:ss.SSS LEVEL [Component]
// <ServerName> msg`); ArcadeDB 26's log4j-style `[LEVEL] yyyy-MM-dd HH:mm:ss.SSS [thread] Component
// - <ServerName> msg`; Blazegraph's NanoSparqlServer with its shipped log4j.properties (`%-5p: %F:%L:
// %m%n`, no time at all, stack traces after it); BaseX's daily server log in .logs/yyyy-MM-dd.log
// (tab-separated time of day, address, user, type, message, runtime); Stardog's stardog.log (the
// level first, then the date, thread and `class:method(line):`); eXist-db under `docker logs`
// (log4j2's `dd MMM yyyy HH:mm:ss,SSS [thread] LEVEL (File.java [method]:line) - msg `); TigerGraph's
// GPE log.INFO (glog with its file header).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`scylla-audit`, `category="DML"`, `"DDL", "ONE"`, `[shard 0:`, `arcadedb`, `ArcadeDB`,
// `<ArcadeDB`, `blazegraph`, `NanoSparqlServer`, `BigdataRDF`, `basex`, `LOGIN admin`, `.logs/`,
// `stardog`, `StardogKernel`, `exist-db`, `exist.log`, `JettyStart`, `tigergraph`, `gpe_server`,
// `matrixone`, `zincsearch`, `dqlite`, `cnosdb`, `opengemini`, `firebird`, `sybase`, `informix`,
// `tarantool`, `typesense`, `manticore`, `aerospike`, `foundationdb`, `server_audit`, `derby`,
// `couchdb`, `rethinkdb`, `arangodb`, `riak`, `questdb`, `tdengine`, `taosdlog`, `DND `, `sap hana`,
// `dragonfly`, `keydb`, `hsqldb`, `ravendb`, `surrealdb`, `greptime`, `victoriametrics`,
// `meilisearch`, `solr`, `QTime`, `orientdb`, `db2diag`, `couchbase`, `memgraph`, `dgraph`, `neo4j`,
// `yugabyte`, `opentsdb`, `kairosdb`, `carbon-cache`, `immudb`, `opengauss`, `dameng`, `voltdb`,
// `iotdb`, `m3db`, `valkey`, `role=master`, `LogMessage: user`, `fqltool`, `err_symbol`,
// `Full_scan`, `host_id=`, `crdb-v2`, `EXECUTE_STATEMENT_FINISH`, `vespa`, `marklogic`, `openedge`,
// `filemaker`, `virtuoso`, `fuseki`, `edgedb`, `odyssey`, `pgpool`). ScyllaDB is in fresh6, fresh78,
// fresh160, fresh182, fresh323 and fresh332 as its server log (`LEVEL date [shard N:group] module -`);
// its audit through syslog is in none. ArcadeDB, Blazegraph, BaseX, Stardog, eXist-db and TigerGraph
// are in none. Left out as measured already: Valkey 8.1's logfmt and ISO 8601 settings, Cassandra's
// audit and full-query logs, MySQL's JSON error log and log_slow_extra, MariaDB's query-plan slow
// log, Oracle's log.xml, CockroachDB's crdb-v2, Firebird's trace, OpenTSDB, KairosDB, TDengine,
// immudb, RavenDB, openGauss, VoltDB, IoTDB, GreptimeDB and M3DB (all in earlier tables). The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The syslog header's `Nov 29 07:41:16` has no year (2026) and no zone;
// ArcadeDB's, Stardog's and eXist-db's stamps have no zone and are taken as UTC; BaseX writes only a
// time of day (the date is the file's name), so it is on the clock's day; glog's `I1129` has no
// year. Blazegraph's shipped layout and the ArcadeDB logo carry no time. Levels only where the line
// marks one: ArcadeDB's level word and bracketed level, Blazegraph's `WARN :`/`ERROR:`, BaseX's type
// column where it is a level (ERROR, INFO; OK, REQUEST and an HTTP status are no levels), Stardog's
// and eXist-db's level words, glog's letter; ScyllaDB's audit has none (its last field "true" is the
// error flag, no level). The host is the record's host field: the syslog header's name; ScyllaDB's
// first quoted field is the node's address inside the message, the client's address follows;
// ArcadeDB's `<ArcadeDB_0>` is the server's name in its cluster (arcadedb.server.name), no host
// field; BaseX's address column is the client's; glog's `Running on machine:` is in the file's
// header, not in a record. A record that spans lines is one entry: the logo printed at once, a
// Blazegraph or Stardog error with its stack trace.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit afdf59b before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 97.5 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 97.2 %), in a
// worktree at afdf59b with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right (ScyllaDB's audit in syslog, ArcadeDB 26, Blazegraph, BaseX, Stardog,
// eXist-db, TigerGraph's glog); the one gap is the ArcadeDB logo under `docker logs`, split into a
// record a line.

var fresh366Cases = []worldCase{
	{
		name:   "scylladb-audit-syslog-positional",
		source: "ScyllaDB with `audit: \"syslog\"` in scylla.yaml: each audited statement sent to syslog under the process name scylla-audit, its message the quoted fields node, category, consistency, table, keyspace, statement, client address, user, error flag, comma-separated: scylladb/scylladb docs/operating-scylla/security/auditing.rst (the `Logging output example`) and docs.scylladb.com 'ScyllaDB Auditing Guide'",
		why:    "a BSD syslog header with a yearless time and the host; the node address, the client address and the statement in quotes are message text; \"true\" is the error flag, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "scylla-n2", `Nov 29 07:41:16 scylla-n2 scylla-audit[28411]: "10.40.2.12", "AUTH", "", "", "", "LOGIN", "10.40.9.7", "etl_loader", "false"`),
			we("2026-11-29T07:41:18Z", Unknown, "scylla-n2", `Nov 29 07:41:18 scylla-n2 scylla-audit[28411]: "10.40.2.12", "DDL", "ONE", "sensor_events", "telemetry", "DROP TABLE telemetry.sensor_events ;", "10.40.9.7", "etl_loader", "false"`),
			we("2026-11-29T07:41:21Z", Unknown, "scylla-n2", `Nov 29 07:41:21 scylla-n2 scylla-audit[28411]: "10.40.2.12", "DCL", "", "", "", "GRANT SELECT ON KEYSPACE telemetry TO dash_ro ;", "10.40.9.31", "cassandra", "false"`),
			we("2026-11-29T07:41:24Z", Unknown, "scylla-n2", `Nov 29 07:41:24 scylla-n2 scylla-audit[28411]: "10.40.2.12", "AUTH", "", "", "", "LOGIN", "10.40.9.88", "intruder", "true"`),
		},
	},
	{
		name:   "arcadedb-docker-logo-jul",
		gap:    "trawl splits the untimed ASCII logo printed at start: each of its six box-drawing lines is a record of its own and the `PLAY WITH DATA ... arcadedb.com` line (with the blank after it) another, instead of one record for the block; the JUL lines after it are read right",
		source: "the arcadedata/arcadedb image (22.x-25.x) as `docker logs` shows it: the untimed ASCII logo with `PLAY WITH DATA ... arcadedb.com` printed at start, then ArcadeDB's JUL formatter `yyyy-MM-dd HH:mm:ss.SSS LEVEL [Component] <ServerName> msg` (INFO padded to five): ArcadeData/arcadedb issues #236, #622, #1106 and PR #455",
		why:    "a block of box-drawing characters with no time and no level is one record; a zone-less stamp; the server's name in angle brackets is no host",
		entries: []worldEntry{
			we("", Unknown, "",
				" █████╗ ██████╗  ██████╗ █████╗ ██████╗ ███████╗██████╗ ██████╗",
				"██╔══██╗██╔══██╗██╔════╝██╔══██╗██╔══██╗██╔════╝██╔══██╗██╔══██╗",
				"███████║██████╔╝██║     ███████║██║  ██║█████╗  ██║  ██║██████╔╝",
				"██╔══██║██╔══██╗██║     ██╔══██║██║  ██║██╔══╝  ██║  ██║██╔══██╗",
				"██║  ██║██║  ██║╚██████╗██║  ██║██████╔╝███████╗██████╔╝██████╔╝",
				"╚═╝  ╚═╝╚═╝  ╚═╝ ╚═════╝╚═╝  ╚═╝╚═════╝ ╚══════╝╚═════╝ ╚═════╝",
				"PLAY WITH DATA                                    arcadedb.com",
				""),
			we("2026-11-29T07:41:16.629Z", Info, "", "2026-11-29 07:41:16.629 INFO  [ArcadeDBServer] <ArcadeDB_0> ArcadeDB Server v25.3.2 (build 7c1e0a94d2b3f6e8a5c7d9e1f3a5b7c9d1e3f5a7/1795900000000/main) is starting up..."),
			we("2026-11-29T07:41:16.632Z", Info, "", "2026-11-29 07:41:16.632 INFO  [ArcadeDBServer] <ArcadeDB_0> Starting ArcadeDB Server in production mode with plugins [Postgres, GremlinServer] ..."),
			we("2026-11-29T07:41:16.871Z", Info, "", "2026-11-29 07:41:16.871 INFO  [ServerSecurity] <ArcadeDB_0> Loaded 3 users from server-users.jsonl"),
			we("2026-11-29T07:41:18.204Z", Info, "", "2026-11-29 07:41:18.204 INFO  [HttpServer] <ArcadeDB_0> - HTTP Server started (host=0.0.0.0 port=2480 httpsPort=2490)"),
		},
	},
	{
		name:   "arcadedb-26-bracketed-level",
		source: "ArcadeDB 26.x's console (`[LEVEL] yyyy-MM-dd HH:mm:ss.SSS [thread] Component - <ServerName> msg`, the level padded to five inside the brackets, `[DEBUG]` for the query-engine registration): ArcadeData/arcadedb issue #4261; the WARN line's padding inferred from the same layout",
		why:    "the level in brackets before the date; the thread in brackets after it; `<arcade-1>` is the server's name, no host field",
		entries: []worldEntry{
			we("2026-11-29T07:52:10.578Z", Info, "", "[INFO ] 2026-11-29 07:52:10.578 [main] ArcadeDBServer - <arcade-1> ArcadeDB Server v26.11.1 (build 3f9a2c7e1b5d4a6c8e0f2a4b6c8d0e2f4a6b8c0d/1796000000000/main) is starting up..."),
			we("2026-11-29T07:52:10.582Z", Info, "", "[INFO ] 2026-11-29 07:52:10.582 [main] ArcadeDBServer - <arcade-1> Running on Linux 6.8.0-49-generic - OpenJDK 64-Bit Server VM 21.0.9 (Temurin-21.0.9+10)"),
			we("2026-11-29T07:52:11.092Z", Debug, "", "[DEBUG] 2026-11-29 07:52:11.092 [main] QueryEngineManager - <arcade-1> Unable to register engine 'com.arcadedb.redis.query.RedisQueryEngineFactory' (com.arcadedb.redis.query.RedisQueryEngineFactory)"),
			we("2026-11-29T07:52:14.310Z", Warn, "", "[WARN ] 2026-11-29 07:52:14.310 [ArcadeDB-HA-1] HAServer - <arcade-1> Unable to connect to server 'arcade-2' at arcade-2.arcade.db.svc.cluster.local:2424, retrying in 5000ms"),
		},
	},
	{
		name:   "blazegraph-nss-default-log4j",
		source: "Blazegraph's NanoSparqlServer (2.1.x, the deb/jar with its shipped log4j.properties `%-5p: %F:%L: %m%n`: the level padded to five and a colon, the source file and line, no time), a stack trace after an error: blazegraph/database issue #52 (`WARN : NanoSparqlServer.java:517: Starting NSS` and the checksum trace), vaimee/SEPA issue #17 (`WARN : HttpParser.java:1347:`)",
		why:    "no time anywhere; `WARN :` and `ERROR:` are the level; a trace's exception and `at` lines belong to the error above them",
		entries: []worldEntry{
			we("", Warn, "", "WARN : NanoSparqlServer.java:517: Starting NSS"),
			we("", Warn, "",
				"WARN : WebAppContext.java:506: Failed startup of context o.e.j.w.WebAppContext@5b1d2887{/blazegraph,file:/usr/share/blazegraph-2.1.6/war/,STARTING}{/usr/share/blazegraph/war/}",
				"java.lang.RuntimeException: java.lang.RuntimeException: addr=-512977 : cause=com.bigdata.util.ChecksumError: offset=318767104,nbytes=512,expected=0,actual=41193872",
				"\tat com.bigdata.rdf.sail.webapp.BigdataRDFServletContextListener.openIndexManager(BigdataRDFServletContextListener.java:805)",
				"\tat com.bigdata.rdf.sail.webapp.BigdataRDFServletContextListener.contextInitialized(BigdataRDFServletContextListener.java:277)",
				"\tat org.eclipse.jetty.server.handler.ContextHandler.callContextInitialized(ContextHandler.java:798)"),
			we("", Error, "",
				"ERROR: BigdataRDFServlet.java:214: cause=java.util.concurrent.ExecutionException: java.lang.RuntimeException: java.nio.file.NoSuchFileException: /srv/kg/wikidata.jnl, query=SPARQL-QUERY: queryStr=SELECT ?s WHERE { ?s ?p ?o } LIMIT 10",
				"java.util.concurrent.ExecutionException: java.lang.RuntimeException: java.nio.file.NoSuchFileException: /srv/kg/wikidata.jnl",
				"\tat java.util.concurrent.FutureTask.report(FutureTask.java:122)",
				"\tat com.bigdata.rdf.sail.webapp.BigdataServlet.submitApiTask(BigdataServlet.java:294)"),
			we("", Warn, "", "WARN : HttpParser.java:1347: badMessage: 400 Illegal character 0x16 in state=START for HttpChannelOverHttp@7e21a9c4{r=0,c=false,a=IDLE,uri=-}"),
		},
	},
	{
		name:   "basex-server-daily-log",
		source: "BaseX's server log, one file a day in the database directory's .logs (`yyyy-MM-dd.log`): tab-separated time of day `HH:mm:ss.SSS`, the client's address and port (or SERVER), the user, the type (REQUEST, OK, ERROR, INFO or an HTTP status), the message and the runtime `N.NN ms`: BaseXdb/basex basex-core/src/main/java/org/basex/server/Log.java (write: the TokenBuilder with '\\t'), docs.basex.org 'Logging' and 'Admin Functions' (admin:write-log's default type INFO)",
		why:    "a time of day with no date is on the clock's day; the address column is the client; the type column is a level only where it is one (ERROR, INFO)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.094Z", Unknown, "", "07:41:16.094\tSERVER\tadmin\tOK\tServer was started (port: 1984)."),
			we("2026-11-29T07:41:18.102Z", Unknown, "", "07:41:18.102\t10.30.4.21:53920\tjdoe\tREQUEST\tXQUERY count(db:get('orders')//order[@status = 'open'])"),
			we("2026-11-29T07:41:18.117Z", Unknown, "", "07:41:18.117\t10.30.4.21:53920\tjdoe\tOK\tQuery executed in 14.62 ms.\t15.03 ms"),
			we("2026-11-29T07:41:19.440Z", Error, "", "07:41:19.440\t10.30.4.22:41002\tjdoe\tERROR\tStopped at ., 1/38: [XPST0003] Unexpected end of query: '{'.\t0.81 ms"),
			we("2026-11-29T07:41:20.005Z", Unknown, "", "07:41:20.005\t10.30.4.22:41010\tadmin\t200\tGET /rest/orders?query=count(//order)\t3.12 ms"),
			we("2026-11-29T07:41:21.337Z", Info, "", "07:41:21.337\tSERVER\tadmin\tINFO\tnightly backup of orders started"),
		},
	},
	{
		name:   "stardog-server-log",
		source: "Stardog's $STARDOG_HOME/stardog.log with the log4j2.xml shipped in server/dbms (`%-5level %d{yyyy-MM-dd HH:mm:ss,SSS} [%t] %c:%M(%L): %m%n`: the level first, then the date, the thread and `class:method(line):`): docs.stardog.com 'Logging' (stardog.log configured by log4j2), a public log parser splitting the line and matching `com.complexible.stardog.StardogKernel:start` in its fifth field; the pattern itself from memory",
		why:    "the level word before the date; a comma before the milliseconds and no zone; `start(2187)` is a line number; a stack trace after an error is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.409Z", Info, "", "INFO  2026-11-29 07:41:16,409 [main] com.complexible.stardog.StardogKernel:start(2187): Initializing Stardog"),
			we("2026-11-29T07:41:17.020Z", Warn, "", "WARN  2026-11-29 07:41:17,020 [main] com.complexible.stardog.StardogKernel:start(2301): Memory options: heap 4G, direct 8G; the page cache is below the recommended size for 2 databases"),
			we("2026-11-29T07:41:19.733Z", Info, "", "INFO  2026-11-29 07:41:19,733 [main] com.complexible.stardog.StardogKernel:start(2460): Stardog server 10.2.1 started on Sat Nov 29 07:41:19 UTC 2026."),
			we("2026-11-29T07:43:02.511Z", Error, "",
				"ERROR 2026-11-29 07:43:02,511 [stardog-user-7] com.complexible.stardog.protocols.http.server.StardogUndertowErrorHandler:accept(71): Unexpected error on the server",
				"com.complexible.stardog.db.DatabaseException: Database 'catalog' is offline",
				"\tat com.complexible.stardog.db.DatabaseConnectionFactory.connect(DatabaseConnectionFactory.java:143)",
				"\tat com.complexible.stardog.StardogKernel.getConnection(StardogKernel.java:1788)"),
		},
	},
	{
		name:   "existdb-docker-jettystart",
		source: "the existdb/existdb image (6.x) as `docker logs exist-db` shows it (log4j2's `dd MMM yyyy HH:mm:ss,SSS [thread] LEVEL (File.java [method]:line) - msg ` with a blank before the newline; JettyStart's dashed rule and listening lines): eXist-db README/CONTRIBUTING texts quoting `docker logs exist-db` (find_string `(JettyStart.java [run]:`, four repositories), eXist-db's 2012 installation notes",
		why:    "a day-month-name-year date with a comma before the milliseconds; the source file and `[run]:289` are no times; a dashed rule is a record of its own; the URL's address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.802Z", Warn, "", "29 Nov 2026 07:41:12,802 [main] WARN  (Configuration.java [lookupModuleClass]:574) - Module http://exist-db.org/xquery/xslfo could not be initialized due to a missing dependency (NoClassDefFoundError): org/apache/fop/apps/FopFactory "),
			we("2026-11-29T07:41:16.165Z", Info, "", "29 Nov 2026 07:41:16,165 [main] INFO  (JettyStart.java [run]:288) - ----------------------------------------------------- "),
			we("2026-11-29T07:41:16.165Z", Info, "", "29 Nov 2026 07:41:16,165 [main] INFO  (JettyStart.java [run]:289) - Server has started, listening on: "),
			we("2026-11-29T07:41:16.166Z", Info, "", "29 Nov 2026 07:41:16,166 [main] INFO  (JettyStart.java [run]:291) - http://172.19.0.4:8080/ "),
			we("2026-11-29T07:41:16.166Z", Info, "", "29 Nov 2026 07:41:16,166 [main] INFO  (JettyStart.java [run]:291) - https://172.19.0.4:8443/ "),
		},
	},
	{
		name:   "tigergraph-gpe-glog-header",
		source: "TigerGraph 3.x/4.x's GPE log (~/tigergraph/log/gpe/log.INFO, Google glog: the file header `Log file created at:`, `Running on machine:`, `Running duration (h:mm:ss):`, `Log line format:`, then `[IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg`): glog's documented header and line format; TigerGraph's file names and messages from memory",
		why:    "a glog letter and a yearless date; the header lines are the file's, not records; the thread id is no time",
		entries: []worldEntry{
			wskip(
				"Log file created at: 2026/11/29 07:41:10",
				"Running on machine: tg-m1",
				"Running duration (h:mm:ss): 0:00:00",
				"Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg"),
			we("2026-11-29T07:41:10.412733Z", Info, "", "I1129 07:41:10.412733 41822 gpe_server.cpp:214] Engine_MessageIn|Start GPE server on port 7502 with 16 worker threads"),
			we("2026-11-29T07:41:11.090214Z", Info, "", "I1129 07:41:11.090214 41822 gpe_server.cpp:301] Engine_MessageIn|Graph 'social' loaded: 18422051 vertices, 204117630 edges"),
			we("2026-11-29T07:43:27.551006Z", Warn, "", "W1129 07:43:27.551006 41907 query_runner.cpp:877] RequestId 16908289.RESTPP_1_1.1795938207551.N|Query 'friends_of_friends' exceeded 80% of the memory threshold"),
			we("2026-11-29T07:43:29.004177Z", Error, "", "E1129 07:43:29.004177 41907 query_runner.cpp:912] RequestId 16908289.RESTPP_1_1.1795938207551.N|Query aborted: system memory in critical state"),
		},
	},
}

func TestFresh366Formats(t *testing.T) { assertTable(t, fresh366Cases) }
func TestFresh366Score(t *testing.T) {
	checkScore(t, "fresh366 formats", fresh366Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 97.4})
}
