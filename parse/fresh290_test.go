package parse

import "testing"

// The two-hundred-and-ninetieth fresh table, written on 2026-12-06: OLAP and analytics engines'
// own server logs, shapes no earlier table holds. Each family is one product's documented or
// observed output: ClickHouse 25's clickhouse-server.err.log with BaseDaemon's fatal-signal block
// (the short fault info, the long block with the query, one frame a line with `N.M. inlined from`
// frames, the integrity check, the changed settings and the watchdog's line); a Druid 31 broker with
// druid.request.logging.type=slf4j (the request log line, tab-separated with its own ISO instant and
// JSON, inside the service's log4j2 line); Pinot's `pinot-admin.sh LaunchDataIngestionJob` on the
// console (the job spec dumped as YAML under one log line, a push failure with its Java trace);
// StarRocks 3.3's fe.audit.log with audit_log_json_format=true; Kylin 5's kylin.log with the project
// MDC before the thread; Greenplum's gpload -v log (`date|LEVEL|msg`); Snowflake CLI's
// snowflake-cli.log with the connector's records under --debug; DuckDB 1.3's stdout log storage
// (`[LOG] time, type, LEVEL, message, scope, ids`); Vertica's vertica.log elog lines (`<LOG>
// @node: SQLSTATE/code:` with no component) among its [Session] lines.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`clickhouse`, `clickhouse-server`, `<Error>`, `<Information>`, `<Debug>`, `<Trace>`,
// `<Warning>`, `<Fatal>`, `executeQuery`, `BaseDaemon`, `Received signal`, `########`,
// `Short fault`, `Signal description`, `Stack trace: 0x`, `Stack trace (when`, `inlined from`,
// `Integrity check of the executable`, `Child process was terminated`, `druid`, `org.apache.druid`,
// `overlord`, `historical`, `LoggingRequestLogger`, `druid.request`, `sqlQuery/time`, `sql[`,
// `NodeRoleWatcher`, `pinot`, `pinot-admin`, `QuickStart`, `IngestionJobLauncher`,
// `SegmentGenerationJobSpec`, `LaunchDataIngestionJob`, `Processed requestId`, `broker=Broker_`,
// `doris`, `starrocks`, `fe.log`, `be.INFO`, `be.out`, `cn.INFO`, `fe.audit`, `[query] {`,
// `audit_log_json`, `big_query`, `fe.profile`, `fe.internal`, `fe.dump`, `kylin`, `Kylin 5`,
// `kylin.query`, `kylin.schedule`, `request.project`, `learn_kylin`, `QueryService`,
// `KylinException`, `NBasicController`, `EpochManager`, `impala`, `impalad`, `query_id=`, `kudu`,
// `tserver`, `vertica`, `vertica.log`, `_node0001`, `@v_`, `<LOG> @`, `00000/`, `42V01`,
// `Executing statement`, `<INFO>`, `startup.log`, `adminTools`, `dbLog`, `UDxFenced`, `Greenplum`,
// `gpdb`, `gp_`, `seg0`, `gpload`, `|INFO|`, `|WARN|`, `session started`, `gpfdist says`,
// `gp_read_error_log`, `snowflake`, `snowsql`, `snowflake_jdbc`, `snowflake-cli`, `snowflake.cli`,
// `snowflake.connector`, `query execution done`, `snowflakecomputing`, `duckdb`, `duckdb_logs`,
// `enable_logging`, `[LOG] `, `QueryLog`, `CONNECTION, `, `read_parquet`, `OK_200`, `Catalog Error`,
// `Binder Error`, `Parser Error`, `IO Error`, `olap`, `presto`, `trino`, `glog`).
// ClickHouse is in holdout (the server log with an exception's trace), fresh23 (client
// --send_logs_level), fresh49 (Vertical query_log, Keeper), fresh79 (Docker stdout), fresh141
// (the JSON log, one BaseDaemon Fatal object), fresh168 (compose, the exception's new-style trace),
// fresh186 (client errors) and fresh251 (Pretty tables); BaseDaemon's text block in the err.log is
// in none. Druid is in fresh3, fresh56, fresh62, fresh127 and fresh230, its file request logger in
// fresh49; the slf4j request logger inside the broker's log is in none. Pinot's controller, broker,
// server, minion and broker query logs are in fresh6, fresh62 and fresh132; the ingestion job's
// console with the YAML spec is in none. StarRocks' fe.log, fe.warn.log, be.INFO, be.out and the
// pipe-separated fe.audit.log are in fresh9, fresh49 and fresh132; the JSON audit in none. Kylin 3/4
// are in fresh8 and fresh62; Kylin 5's project MDC in none. Greenplum's csvlog, utility logs and
// gpfdist are in fresh9 and fresh52; gpload in none. Snowflake is in fresh110 only as the Tor
// project's unrelated proxy; the Snowflake CLI in none. DuckDB's CLI errors are in fresh186; its
// log storage in none. vertica.log is in fresh8 with `[Component] <LEVEL>` lines only; the elog
// lines with `@node: SQLSTATE/code:` are in none. Left out as measured already: Apache Doris (fe.log,
// fe.warn.log, fe.audit.log, be glog, the HDFS broker: fresh6, fresh27, fresh39, fresh132), Impala
// (impalad, catalogd, statestored, admissiond glogs, impalad.ERROR, the audit, lineage and profile
// logs, impala-shell: fresh9, fresh49, fresh62, fresh78, fresh112, fresh122, fresh132), Kudu
// (tserver glogs with and without the year, the master's WARNING file, the diagnostics log, ksck:
// fresh9, fresh62, fresh122, fresh132). Also left out after the search: Vertica's startup.log and
// Data Collector files and SnowSQL's own log (their layouts not confirmed in a stored source). The
// table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). ClickHouse's `yyyy.MM.dd HH:mm:ss.ffffff`, log4j2's ISO8601 with a comma,
// Pinot's `yyyy/MM/dd`, gpload's, Snowflake CLI's, DuckDB's and Vertica's stamps have no zone and are
// taken as UTC; StarRocks' +08:00 is converted. A line that carries its record's time twice accepts
// either: Druid's request log line has the request's own ISO instant after the log4j2 stamp, and
// StarRocks' audit JSON its event's epoch milliseconds in "Timestamp". Times inside messages are
// not the record's: gpload's `session started` time (the same second), its to_timestamp('epoch')
// in a hint, dates inside SQL. Levels only where the line marks one: ClickHouse's <Fatal> (critical),
// log4j2's and Kylin's level words, gpload's INFO, LOG (its verbose level, as PostgreSQL's LOG is
// Info), WARN and ERROR, Python's level names in the Snowflake CLI log, DuckDB's level field (the
// leading [LOG] is the storage's marker, not a level), Vertica's <LOG> (Info), <INFO>, <WARNING>,
// <ERROR>; StarRocks' audit has none, and "State":"ERR" or an ErrorCode is no level. No family has a
// host field: Druid's remote address and Pinot's controller URI are peers, StarRocks' feIp an
// address, Vertica's @v_…_node000N a database node's name (and it can name another node that
// reported the error), the Snowflake account host in a retry message a peer. A record that spans
// lines is one entry: Pinot's YAML spec under its log line and its Java trace, Kylin's exception
// with its trace, the Snowflake error's second line, DuckDB's query text with its own newlines,
// Vertica's statement over several lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 21aff8d before any rule for it: level 93.8 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 94.1 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 21aff8d with no change to trawl's code (only this file and table_test.go's list), 7 of
// 9 families fully right; the gaps are gpload's `|LOG|` level between pipes and DuckDB's level field
// behind the `[LOG]` marker.

var fresh290Cases = []worldCase{
	{
		name:   "clickhouse25-err-log-basedaemon-fatal-block",
		source: "ClickHouse 24.x/25.x clickhouse-server.err.log after a segfault (the server log's `yyyy.MM.dd HH:mm:ss.ffffff [ tid ] {query_id} <Level> Logger: msg`; BaseDaemon writes `########## Short fault info ############`, the version line, `Signal description:`, `Address: … Access: …`, `Stack trace: 0x…`, then `########################################`, the version line with (query_id: …) (query: …), one frame a line `N. file:line: function @ 0x…` with `N.M. inlined from` lines, `Integrity check of the executable successfully passed (checksum: …)`, `Report this error to …`, `Changed settings: …`, and the watchdog's `<Fatal> Application: Child process was terminated by signal 11.`): ClickHouse/ClickHouse PR #64058 and issue #58497 (the short fault info), issues #20102, #51034, #68572, #53144 and #102153, PR #67469 (inlined frames)",
		why:    "every line of the block is a record of its own with its own microsecond time and <Fatal> (critical); the frame numbers, hex addresses, checksum and build id are no times; `{}` is an empty query id",
		entries: []worldEntry{
			we("2026-11-29T07:44:02.118529Z", Critical, "", "2026.11.29 07:44:02.118529 [ 4120 ] {} <Fatal> BaseDaemon: ########## Short fault info ############"),
			we("2026-11-29T07:44:02.118602Z", Critical, "", "2026.11.29 07:44:02.118602 [ 4120 ] {} <Fatal> BaseDaemon: (version 25.8.3.66 (official build), build id: 7C41E2A9B03D5F18264A9E0C7D1B3F52A6E8C40D, git hash: 3f1a9c2e7b5d4c1a8e2f0b6d4c3a2b1e5f1c2a7e) (from thread 845) Received signal 11"),
			we("2026-11-29T07:44:02.11864Z", Critical, "", "2026.11.29 07:44:02.118640 [ 4120 ] {} <Fatal> BaseDaemon: Signal description: Segmentation fault"),
			we("2026-11-29T07:44:02.118671Z", Critical, "", "2026.11.29 07:44:02.118671 [ 4120 ] {} <Fatal> BaseDaemon: Address: 0x18. Access: read. Address not mapped to object."),
			we("2026-11-29T07:44:02.118702Z", Critical, "", "2026.11.29 07:44:02.118702 [ 4120 ] {} <Fatal> BaseDaemon: Stack trace: 0x000000000d2c1f7b 0x00007f3b8a1c4520 0x00000000139a40e2 0x0000000013a1b7c4 0x0000000013a2c91e 0x000000000d3f0a12"),
			we("2026-11-29T07:44:02.118733Z", Critical, "", "2026.11.29 07:44:02.118733 [ 4120 ] {} <Fatal> BaseDaemon: ########################################"),
			we("2026-11-29T07:44:02.118764Z", Critical, "", "2026.11.29 07:44:02.118764 [ 4120 ] {} <Fatal> BaseDaemon: (version 25.8.3.66 (official build), build id: 7C41E2A9B03D5F18264A9E0C7D1B3F52A6E8C40D, git hash: 3f1a9c2e7b5d4c1a8e2f0b6d4c3a2b1e5f1c2a7e) (from thread 845) (query_id: 6e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b) (query: SELECT user_id, uniqExact(session_id) FROM events.pageviews WHERE event_date = '2026-11-28' GROUP BY user_id) Received signal Segmentation fault (11)"),
			we("2026-11-29T07:44:02.118791Z", Critical, "", "2026.11.29 07:44:02.118791 [ 4120 ] {} <Fatal> BaseDaemon: Address: 0x18. Access: read. Address not mapped to object."),
			we("2026-11-29T07:44:02.118823Z", Critical, "", "2026.11.29 07:44:02.118823 [ 4120 ] {} <Fatal> BaseDaemon: Stack trace: 0x000000000d2c1f7b 0x00007f3b8a1c4520 0x00000000139a40e2 0x0000000013a1b7c4 0x0000000013a2c91e 0x000000000d3f0a12"),
			we("2026-11-29T07:44:02.140117Z", Critical, "", "2026.11.29 07:44:02.140117 [ 4120 ] {} <Fatal> BaseDaemon: 0. ./build_docker/./src/Common/SignalHandlers.cpp:85: signalHandler(int, siginfo_t*, void*) @ 0x000000000d2c1f7b"),
			we("2026-11-29T07:44:02.140163Z", Critical, "", "2026.11.29 07:44:02.140163 [ 4120 ] {} <Fatal> BaseDaemon: 1. ? @ 0x00007f3b8a1c4520"),
			we("2026-11-29T07:44:02.171448Z", Critical, "", "2026.11.29 07:44:02.171448 [ 4120 ] {} <Fatal> BaseDaemon: 2.0. inlined from ./src/Common/HashTable/HashTable.h:1042: HashTable<UInt128, HashTableCell<UInt128, UInt128TrivialHash, HashTableNoState>, UInt128TrivialHash, HashTableGrowerWithPrecalculation<8ul>, Allocator<true, true>>::has(UInt128 const&) const"),
			we("2026-11-29T07:44:02.171502Z", Critical, "", "2026.11.29 07:44:02.171502 [ 4120 ] {} <Fatal> BaseDaemon: 2. ./build_docker/./src/AggregateFunctions/UniqExactSet.h:160: DB::UniqExactSet<HashSet<UInt128, UInt128TrivialHash>, TwoLevelHashSet<UInt128, UInt128TrivialHash>>::merge(DB::UniqExactSet<HashSet<UInt128, UInt128TrivialHash>, TwoLevelHashSet<UInt128, UInt128TrivialHash>> const&, ThreadPoolImpl<ThreadFromGlobalPoolImpl<false, true>>*, std::atomic<bool>*) @ 0x00000000139a40e2"),
			we("2026-11-29T07:44:02.19822Z", Critical, "", "2026.11.29 07:44:02.198220 [ 4120 ] {} <Fatal> BaseDaemon: 3. ./build_docker/./src/Interpreters/Aggregator.cpp:2780: DB::Aggregator::mergeWithoutKeyDataImpl(std::vector<std::shared_ptr<DB::AggregatedDataVariants>, std::allocator<std::shared_ptr<DB::AggregatedDataVariants>>>&, std::atomic<bool>&) const @ 0x0000000013a1b7c4"),
			we("2026-11-29T07:44:02.402118Z", Critical, "", "2026.11.29 07:44:02.402118 [ 4120 ] {} <Fatal> BaseDaemon: Integrity check of the executable successfully passed (checksum: 2E9B41C07D3A58F16B0E4C2A9F7D1E35)"),
			we("2026-11-29T07:44:04.915377Z", Critical, "", "2026.11.29 07:44:04.915377 [ 4120 ] {} <Fatal> BaseDaemon: Report this error to https://github.com/ClickHouse/ClickHouse/issues"),
			we("2026-11-29T07:44:04.915602Z", Critical, "", "2026.11.29 07:44:04.915602 [ 4120 ] {} <Fatal> BaseDaemon: Changed settings: max_threads = 16, max_memory_usage = 10000000000, use_uncompressed_cache = false, log_queries = true"),
			we("2026-11-29T07:44:06.771005Z", Critical, "", "2026.11.29 07:44:06.771005 [ 1 ] {} <Fatal> Application: Child process was terminated by signal 11."),
		},
	},
	{
		name:   "druid31-broker-slf4j-request-logger",
		source: "an Apache Druid 31 broker with druid.request.logging.type=slf4j: LoggingRequestLogger logs `%s` of RequestLogLine at INFO through the service's log4j2 line (`%d{ISO8601} %p [%t] %c -%notEmpty{ [%markerSimpleName]} %m%n`); the native line is timestamp, remoteAddr, the query JSON and the stats JSON joined by tabs, the SQL line timestamp, remoteAddr, an empty field, the stats JSON and {\"query\",\"context\"}; SQL threads renamed `sql[<sqlQueryId>]`: apache/druid server/log/LoggingRequestLogger.java and server/RequestLogLine.java (getNativeQueryLine, getSqlQueryLine), SqlResource (`sql[%s]`), PR #3146 and PR #12363 (request-logging docs); the stats keys and the other messages from memory",
		why:    "the log4j2 stamp with a comma, then after the logger a second ISO instant with Z (the request's own) and tab-separated JSON; the remote address is a client; an empty tab field in the SQL line",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.987Z", Info, "", "2026-11-29T07:41:15,987 INFO [NodeRoleWatcher[HISTORICAL]] org.apache.druid.discovery.BaseNodeRoleWatcher - Node [http://10.20.4.31:8083] of role [historical] detected."),
			we("2026-11-29T07:41:16.204Z|2026-11-29T07:41:16.131Z", Info, "", "2026-11-29T07:41:16,204 INFO [qtp1480010240-142[timeseries_wikiedits_5f1c2a7e-9b3d-4e1f-8a2b-0c4d6e8f1a3b]] org.apache.druid.server.log.LoggingRequestLogger - 2026-11-29T07:41:16.131Z"+"\t"+"10.20.7.45"+"\t"+`{"queryType":"timeseries","dataSource":{"type":"table","name":"wikiedits"},"intervals":{"type":"intervals","intervals":["2026-11-28T00:00:00.000Z/2026-11-29T00:00:00.000Z"]},"granularity":"HOUR","aggregations":[{"type":"count","name":"edits"}],"context":{"queryId":"5f1c2a7e-9b3d-4e1f-8a2b-0c4d6e8f1a3b","timeout":30000}}`+"\t"+`{"query/time":73,"query/bytes":1418,"success":true,"identity":"allowAll"}`),
			we("2026-11-29T07:41:19.552Z|2026-11-29T07:41:19.418Z", Info, "", "2026-11-29T07:41:19,552 INFO [sql[c41d7a90-2e3f-4b58-9a1c-6e0d8f2b4a15]] org.apache.druid.server.log.LoggingRequestLogger - 2026-11-29T07:41:19.418Z"+"\t"+"10.20.7.45"+"\t"+"\t"+`{"sqlQuery/time":134,"sqlQuery/planningTimeMs":21,"sqlQuery/bytes":2231,"success":true,"identity":"analyst"}`+"\t"+`{"query":"SELECT channel, COUNT(*) AS edits FROM wikiedits WHERE __time >= TIMESTAMP '2026-11-28 00:00:00' GROUP BY channel ORDER BY edits DESC LIMIT 10","context":{"sqlQueryId":"c41d7a90-2e3f-4b58-9a1c-6e0d8f2b4a15"}}`),
			we("2026-11-29T07:42:03.118Z", Warn, "", "2026-11-29T07:42:03,118 WARN [sql[0b7e44f2-19c8-4a3d-b1e0-6f2a9c5d8e17]] org.apache.druid.sql.http.SqlResource - Query failed for sqlQueryId[0b7e44f2-19c8-4a3d-b1e0-6f2a9c5d8e17]: Column 'chanel' not found in any table (line [1], column [8])"),
			we("2026-11-29T07:42:03.121Z|2026-11-29T07:42:03.109Z", Info, "", "2026-11-29T07:42:03,121 INFO [sql[0b7e44f2-19c8-4a3d-b1e0-6f2a9c5d8e17]] org.apache.druid.server.log.LoggingRequestLogger - 2026-11-29T07:42:03.109Z"+"\t"+"10.20.7.61"+"\t"+"\t"+`{"sqlQuery/time":9,"success":false,"exception":"DruidException","identity":"analyst"}`+"\t"+`{"query":"SELECT chanel FROM wikiedits LIMIT 5","context":{"sqlQueryId":"0b7e44f2-19c8-4a3d-b1e0-6f2a9c5d8e17"}}`),
		},
	},
	{
		name:   "pinot-ingestion-job-console-yaml-spec",
		source: "Apache Pinot 1.x `bin/pinot-admin.sh LaunchDataIngestionJob -jobSpecFile …` on the console (log4j2 `%d{yyyy/MM/dd HH:mm:ss.SSS} %p [%c{1}] [%t] %m%n` from conf/pinot-ingestion-job-log4j2.xml; IngestionJobLauncher's `SegmentGenerationJobSpec:` followed by the spec dumped by SnakeYAML, the `!!class` tag and flow maps wrapped onto indented lines; SegmentGenerationJobRunner's and BaseSegmentPushJobRunner's lines; LaunchDataIngestionJobCommand's `Got exception to kick off standalone data ingestion job - ` with the Java trace): apache/pinot PR #6214 (a job's console), issue #11940 (the exception), issue #14530 (`Start pushing segments: …`), pinot-tools conf/pinot-ingestion-job-log4j2.xml",
		why:    "a slashed date with milliseconds; the YAML under the first line (keys with colons, `- {…}` items, wrapped flow maps) is one record with it; the URIs name a peer controller, no host; the trace under ERROR is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.802Z", Info, "",
				"2026/11/29 07:41:15.802 INFO [IngestionJobLauncher] [main] SegmentGenerationJobSpec:",
				"!!org.apache.pinot.spi.ingestion.batch.spec.SegmentGenerationJobSpec",
				"authToken: null",
				"cleanUpOutputDir: false",
				"excludeFileNamePattern: null",
				"executionFrameworkSpec: {extraConfigs: null, name: standalone, segmentGenerationJobRunnerClassName: org.apache.pinot.plugin.ingestion.batch.standalone.SegmentGenerationJobRunner,",
				"  segmentMetadataPushJobRunnerClassName: null, segmentTarPushJobRunnerClassName: org.apache.pinot.plugin.ingestion.batch.standalone.SegmentTarPushJobRunner,",
				"  segmentUriPushJobRunnerClassName: org.apache.pinot.plugin.ingestion.batch.standalone.SegmentUriPushJobRunner}",
				"includeFileNamePattern: glob:**/*.csv",
				"inputDirURI: /srv/pinot/rawdata/orders",
				"jobType: SegmentCreationAndTarPush",
				"outputDirURI: /srv/pinot/segments/orders",
				"overwriteOutput: true",
				"pinotClusterSpecs:",
				"- {controllerURI: 'http://pinot-ctl-1.analytics.internal:9000'}",
				"pinotFSSpecs:",
				"- {className: org.apache.pinot.spi.filesystem.LocalPinotFS, configs: null, scheme: file}",
				"pushJobSpec: {pushAttempts: 2, pushParallelism: 1, pushRetryIntervalMillis: 1000,",
				"  segmentUriPrefix: null, segmentUriSuffix: null}",
				"recordReaderSpec: {className: org.apache.pinot.plugin.inputformat.csv.CSVRecordReader,",
				"  configClassName: org.apache.pinot.plugin.inputformat.csv.CSVRecordReaderConfig,",
				"  configs: null, dataFormat: csv}",
				"tableSpec: {schemaURI: 'http://pinot-ctl-1.analytics.internal:9000/tables/orders/schema',",
				"  tableConfigURI: 'http://pinot-ctl-1.analytics.internal:9000/tables/orders', tableName: orders}"),
			we("2026-11-29T07:41:16.044Z", Info, "", "2026/11/29 07:41:16.044 INFO [SegmentGenerationJobRunner] [main] Creating an executor service with 1 threads(Job parallelism: 0, available cores: 8.)"),
			we("2026-11-29T07:41:16.109Z", Info, "", "2026/11/29 07:41:16.109 INFO [SegmentGenerationJobRunner] [main] Submitting one Segment Generation Task for file:/srv/pinot/rawdata/orders/orders_2026-11-28.csv"),
			we("2026-11-29T07:41:19.877Z", Info, "", "2026/11/29 07:41:19.877 INFO [BaseSegmentPushJobRunner] [main] Start pushing segments: [/srv/pinot/segments/orders/orders_OFFLINE_2026-11-28_2026-11-28_0.tar.gz]... to locations: [org.apache.pinot.spi.ingestion.batch.spec.PinotClusterSpec@5a2e4553] for table orders"),
			we("2026-11-29T07:41:20.412Z", Error, "",
				"2026/11/29 07:41:20.412 ERROR [LaunchDataIngestionJobCommand] [main] Got exception to kick off standalone data ingestion job - ",
				"java.lang.RuntimeException: Caught exception during running - org.apache.pinot.plugin.ingestion.batch.standalone.SegmentTarPushJobRunner",
				"\tat org.apache.pinot.spi.ingestion.batch.IngestionJobLauncher.kickoffIngestionJob(IngestionJobLauncher.java:152) ~[pinot-all-1.2.0-jar-with-dependencies.jar:1.2.0-5d1c7e2a9b3f4e60a8c2b7d41f9e0a3c6b8d2e17]",
				"\tat org.apache.pinot.spi.ingestion.batch.IngestionJobLauncher.runIngestionJob(IngestionJobLauncher.java:122) ~[pinot-all-1.2.0-jar-with-dependencies.jar:1.2.0-5d1c7e2a9b3f4e60a8c2b7d41f9e0a3c6b8d2e17]",
				"\tat org.apache.pinot.tools.admin.command.LaunchDataIngestionJobCommand.execute(LaunchDataIngestionJobCommand.java:132) [pinot-all-1.2.0-jar-with-dependencies.jar:1.2.0-5d1c7e2a9b3f4e60a8c2b7d41f9e0a3c6b8d2e17]",
				"Caused by: org.apache.pinot.spi.utils.retry.AttemptsExceededException: Operation failed after 2 attempts",
				"\tat org.apache.pinot.spi.utils.retry.BaseRetryPolicy.attempt(BaseRetryPolicy.java:65) ~[pinot-all-1.2.0-jar-with-dependencies.jar:1.2.0-5d1c7e2a9b3f4e60a8c2b7d41f9e0a3c6b8d2e17]",
				"\t... 5 more"),
		},
	},
	{
		name:   "starrocks33-fe-audit-log-json-format",
		source: "StarRocks 3.3's fe/log/fe.audit.log with audit_log_json_format=true (the audit appender's `%d{yyyy-MM-dd HH:mm:ss.SSSXXX} [%c{1}] %m%n`, then the AuditEvent's annotated fields as one JSON object serialized by Jackson from a HashMap, so in no fixed order: Timestamp as epoch milliseconds, Client, User, AuthorizedUser, ResourceGroup, Catalog, Db, State, ErrorCode, Time, ScanBytes, ScanRows, ReturnRows, CpuCostNs, MemCostBytes, StmtId, QueryId, IsQuery, feIp, Stmt, Digest, PlanCpuCost, PlanMemCost, Warehouse): StarRocks/starrocks fe-core qe/AuditLogBuilder.java (the JSON branch for query, slow_query and connection audits), docs 'FE configuration' (audit_log_json_format, since 3.2.7) and administration/management/logs.md; the key order and values from memory",
		why:    "a +08:00 offset after the milliseconds, the audit type in brackets (no level), then JSON whose Timestamp is the event's epoch in milliseconds; \"State\":\"ERR\" and ErrorCode are no level; feIp is an address, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z|2026-11-29T07:41:16.192Z", Unknown, "", `2026-11-29 15:41:16.204+08:00 [query] {"Digest":"","ReturnRows":1,"Client":"10.20.0.61:51234","CpuCostNs":1841200,"State":"EOF","Catalog":"default_catalog","QueryId":"5b7e1c2a-9d34-11f0-8a61-2c3d4e5f6a7b","ScanRows":412,"Time":12,"MemCostBytes":1048576,"Warehouse":"default_warehouse","ResourceGroup":"default_wg","StmtId":88,"IsQuery":true,"ScanBytes":20480,"feIp":"10.20.0.2","Stmt":"SELECT count(*) FROM orders WHERE day = '2026-11-28'","AuthorizedUser":"'etl'@'%'","User":"etl","Timestamp":1795938076192,"Db":"shop","PlanCpuCost":412.0,"PlanMemCost":0.0}`),
			we("2026-11-29T07:41:49.877Z|2026-11-29T07:41:16.206Z", Unknown, "", `2026-11-29 15:41:49.877+08:00 [slow_query] {"Digest":"","ReturnRows":120,"Client":"10.20.0.31:40112","CpuCostNs":412004118822,"State":"EOF","Catalog":"default_catalog","QueryId":"0c1d2e3f-9d34-11f0-8a61-2c3d4e5f6a7b","ScanRows":1204410221,"Time":33671,"MemCostBytes":8811204410,"Warehouse":"default_warehouse","ResourceGroup":"default_wg","StmtId":91,"IsQuery":true,"ScanBytes":88122041344,"feIp":"10.20.0.2","Stmt":"SELECT customer_id, sum(total) FROM orders GROUP BY customer_id ORDER BY 2 DESC LIMIT 120","AuthorizedUser":"'report'@'%'","User":"report","Timestamp":1795938076206,"Db":"shop","PlanCpuCost":1.2E9,"PlanMemCost":4.4E8}`),
			we("2026-11-29T07:41:52.01Z|2026-11-29T07:41:52.004Z", Unknown, "", `2026-11-29 15:41:52.010+08:00 [connection] {"Client":"10.20.0.77:51990","State":"ERR","feIp":"10.20.0.2","ErrorCode":"ACCESS_DENIED","User":"mallory","Timestamp":1795938112004,"Catalog":"default_catalog","Warehouse":"default_warehouse"}`),
			we("2026-11-29T07:42:05.331Z|2026-11-29T07:42:05.318Z", Unknown, "", `2026-11-29 15:42:05.331+08:00 [query] {"Digest":"","Client":"10.20.0.61:51240","State":"ERR","Catalog":"default_catalog","QueryId":"7a2b3c4d-9d34-11f0-8a61-2c3d4e5f6a7b","Time":3,"Warehouse":"default_warehouse","ResourceGroup":"default_wg","StmtId":94,"IsQuery":true,"feIp":"10.20.0.2","Stmt":"SELECT * FROM orderz","AuthorizedUser":"'etl'@'%'","ErrorCode":"ERR_UNKNOWN_TABLE","User":"etl","Timestamp":1795938125318,"Db":"shop"}`),
		},
	},
	{
		name:   "kylin5-kylin-log-project-mdc",
		source: "Apache Kylin 5's logs/kylin.log (build/conf/kylin-server-log4j.xml: `%X{traceId}%d{ISO8601} %-5p %X{request.project}[%t] %c{2} : %mask{%m}%n`, the request.project MDC set to `[project] ` by the request filter, empty for background threads): apache/kylin build/conf/kylin-server-log4j.xml, the filter's `MDC.put(\"request.project\", String.format(Locale.ROOT, \"[%s] \", project))`; thread names and messages from memory",
		why:    "a padded level, then for request threads a `[project] ` before `[thread]`, and ` : ` before the message; an exception's trace under an ERROR line with an empty message is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.902Z", Info, "", "2026-11-29T07:41:15,902 INFO  [sales_analytics] [http-nio-7070-exec-4] service.QueryService : The original query: SELECT region, SUM(price) AS revenue FROM sales_fact WHERE part_dt = DATE '2026-11-28' GROUP BY region"),
			we("2026-11-29T07:41:16.118Z", Info, "", "2026-11-29T07:41:16,118 INFO  [sales_analytics] [http-nio-7070-exec-4] service.QueryService : Query 6f1c2a7e-4b3d-4e8a-9c21-0d5e7f1a2b3c answered by model sales_mdl, layout 20000000001, duration 216 ms"),
			we("2026-11-29T07:41:20.441Z", Info, "", "2026-11-29T07:41:20,441 INFO  [JdbcJobScheduler-0] scheduler.JdbcJobScheduler : Job 3f1a9c2e-7b5d-4c1a-8e2f-0b6d4c3a2b1e-01 of project sales_analytics is scheduled to run"),
			we("2026-11-29T07:41:31.007Z", Warn, "", "2026-11-29T07:41:31,007 WARN  [sales_analytics] [http-nio-7070-exec-9] service.ModelService : Model sales_mdl has 3 broken layouts, they will be ignored for queries"),
			we("2026-11-29T07:42:03.55Z", Error, "",
				"2026-11-29T07:42:03,550 ERROR [sales_analytics] [http-nio-7070-exec-2] controller.NBasicController : ",
				`org.apache.kylin.common.exception.KylinException: KE-010002201(Model Not Exist):Can't find model named "sales_mdl_v2". Please check and try again.`,
				"\tat org.apache.kylin.rest.service.ModelService.getModelByAlias(ModelService.java:1287)",
				"\tat org.apache.kylin.rest.controller.NModelController.getModelDesc(NModelController.java:341)",
				"\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)"),
		},
	},
	{
		name:   "greenplum-gpload-verbose-log",
		gap:    "trawl reads INFO, WARN and ERROR between gpload's pipes but not LOG: the -v lines `date|LOG|msg` get no level (Info expected, as PostgreSQL's and Vertica's LOG)",
		source: "Greenplum's gpload run with -v and -l (gpload.py's log(): `'|'.join([datetime.today().strftime('%Y-%m-%d %H:%M:%S'), level, msg])` to stdout and the log file; levels DEBUG, LOG (-v), INFO, WARN, ERROR; `gpload session started <time>`, `trying to run gpfdist …`, `gpfdist says: …`, the bad-rows warnings with the gp_read_error_log hint, the row counts): greenplum-db/gpdb gpMgmt/bin/gpload.py (elevel2str and log), the Greenplum client-tools docs (a Windows gpload run), the gpdb sandbox tutorial and a 2023 tutorial pasting gpload output, greenplum-db/gpdb issue #12881",
		why:    "a zone-less second, a pipe, the level and a pipe; LOG is gpload's verbose level (Info as PostgreSQL's LOG); the session's start time repeated in the message and the epoch in to_timestamp('…') are not read as other times; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16|INFO|gpload session started 2026-11-29 07:41:16"),
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29 07:41:16|LOG|trying to run gpfdist -p 8081 -P 8089 -f "/data/staging/orders_2026112*.csv" -t 30 -v`),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17|LOG|gpfdist says: Serving HTTP on port 8081, directory /data/staging"),
			we("2026-11-29T07:41:17Z", Info, "", `2026-11-29 07:41:17|INFO|started gpfdist -p 8081 -P 8089 -f "/data/staging/orders_2026112*.csv" -t 30 -v`),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17|INFO|reusing external table ext_gpload_reusable_5c1d7e2a_cd71_11f1_9a3b_0242ac140005"),
			we("2026-11-29T07:41:24Z", Warn, "", "2026-11-29 07:41:24|WARN|412 bad rows"),
			we("2026-11-29T07:41:24Z", Warn, "", "2026-11-29 07:41:24|WARN|Please use following query to access the detailed error"),
			we("2026-11-29T07:41:24Z", Warn, "", "2026-11-29 07:41:24|WARN|select * from gp_read_error_log('ext_gpload_reusable_5c1d7e2a_cd71_11f1_9a3b_0242ac140005') where cmdtime > to_timestamp('1795938077.2213041')"),
			we("2026-11-29T07:41:24Z", Info, "", "2026-11-29 07:41:24|INFO|running time: 7.31 seconds"),
			we("2026-11-29T07:41:24Z", Info, "", "2026-11-29 07:41:24|INFO|rows Inserted          = 1288004"),
			we("2026-11-29T07:41:24Z", Info, "", "2026-11-29 07:41:24|INFO|data formatting errors = 412"),
			we("2026-11-29T07:41:24Z", Info, "", "2026-11-29 07:41:24|INFO|gpload succeeded with warnings"),
			we("2026-11-29T08:05:02Z", Error, "", "2026-11-29 08:05:02|ERROR|could not connect to database: connection to server at \"mdw\" (10.40.0.10), port 5432 failed: FATAL:  no pg_hba.conf entry for host \"10.40.0.77\", user \"loader\", database \"dw\", no encryption"),
		},
	},
	{
		name:   "snowflake-cli-debug-log-file",
		source: "Snowflake CLI 3.x's ~/.snowflake/logs/snowflake-cli.log with `snow --debug` (logging.config: the file handler's detailed_formatter `%(asctime)s %(levelname)s [%(name)s] %(message)s` with datefmt `%Y-%m-%d %H:%M:%S`; in debug mode the snowflake.connector loggers write to the same file): snowflakedb/snowflake-cli src/snowflake/cli/api/loggers.py and PR #932 (connector logs in debug mode); the connector's messages (`Snowflake Connector for Python Version: …`, `query: […]`, `query execution done`, `Query result format: …`, `Number of results in first chunk: …`) from snowflakedb/snowflake-connector-python issue #2410; the retry warning and the error's logger from memory",
		why:    "a zone-less second, Python's level name, the logger in brackets; the compilation error's second line belongs to its record; the account host inside the retry message is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO [snowflake.connector.connection] Snowflake Connector for Python Version: 3.12.3, Python Version: 3.11.9, Platform: Linux-6.8.0-48-generic-x86_64-with-glibc2.39"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 DEBUG [snowflake.connector.connection] connect"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 INFO [snowflake.connector.cursor] query: [SELECT region, SUM(amount) FROM sales.public.orders WHERE order_date = '2026-11-28' GROUP BY region]"),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29 07:41:18 INFO [snowflake.connector.cursor] query execution done"),
			we("2026-11-29T07:41:18Z", Debug, "", "2026-11-29 07:41:18 DEBUG [snowflake.connector.cursor] Query result format: arrow"),
			we("2026-11-29T07:41:18Z", Debug, "", "2026-11-29 07:41:18 DEBUG [snowflake.connector.cursor] Number of results in first chunk: 4"),
			we("2026-11-29T07:41:21Z", Warn, "", `2026-11-29 07:41:21 WARNING [snowflake.connector.vendored.urllib3.connectionpool] Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError("HTTPSConnectionPool(host='qx41207.eu-central-1.snowflakecomputing.com', port=443): Read timed out. (read timeout=60)")': /queries/v1/query-request?requestId=4e1d2c3b-5a6f-4e7d-8c9b-0a1f2e3d4c5b`),
			we("2026-11-29T07:42:03Z", Error, "",
				"2026-11-29 07:42:03 ERROR [snowflake.cli._app.cli_app] 002003 (42S02): 01b9c2e1-0000-4a2f-0000-1a2b3c4d5e6f: SQL compilation error:",
				"Object 'SALES.PUBLIC.ORDERZ' does not exist or not authorized."),
		},
	},
	{
		name:   "duckdb13-stdout-log-storage",
		gap:    "trawl takes the leading `[LOG]` marker as the level (Info) and does not read the level field after the time and the log type: the HTTP records' `, DEBUG,` come out Info (the QueryLog records' INFO only by coincidence)",
		source: "DuckDB 1.3/1.4 with `CALL enable_logging(storage = 'stdout')` (or SET logging_storage = 'stdout') in a Python job whose stdout is kept: StdOutLogStorage::WriteLogEntry prints `[LOG] %s, %s, %s, %s, %s, %s, %s, %s` of the timestamp (Value::TIMESTAMP, no zone), the log type, the level (LogLevel without its LOG_ prefix), the message, the context scope, the client context, transaction and thread ids or NULL: duckdb/duckdb src/logging/log_storage.cpp and log_storage.hpp, the DuckDB docs 'Logging' (levels, log types, log storages), DuckLake's 'Logging' page; the HTTP type's struct as text from test/sql/logging/http_logging.test (request type and url, response status OK_200 and reason), its rendering from memory",
		why:    "a `[LOG]` marker (not a level) and a comma-separated row: the time without zone, then the level field INFO or DEBUG; a query's own newlines continue its record; the URL's host is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204511Z", Info, "", "[LOG] 2026-11-29 07:41:16.204511, QueryLog, INFO, CREATE TABLE staging.orders AS SELECT * FROM read_parquet('s3://lake-raw/orders/dt=2026-11-28/*.parquet');, CONNECTION, 1, 2, NULL"),
			we("2026-11-29T07:41:16.388127Z", Debug, "", "[LOG] 2026-11-29 07:41:16.388127, HTTP, DEBUG, {'request': {'type': HEAD, 'url': https://lake-raw.s3.eu-west-1.amazonaws.com/orders/dt%3D2026-11-28/part-0.parquet, 'headers': {}}, 'response': {'status': OK_200, 'reason': OK, 'headers': {'Content-Length': 48211907}}}, CONNECTION, 1, 2, NULL"),
			we("2026-11-29T07:41:17.905323Z", Debug, "", "[LOG] 2026-11-29 07:41:17.905323, HTTP, DEBUG, {'request': {'type': GET, 'url': https://lake-raw.s3.eu-west-1.amazonaws.com/orders/dt%3D2026-11-28/part-0.parquet, 'headers': {'Range': bytes=0-48211906}}, 'response': {'status': PartialContent_206, 'reason': Partial Content, 'headers': {'Content-Range': bytes 0-48211906/48211907}}}, CONNECTION, 1, 2, NULL"),
			we("2026-11-29T07:41:21.530877Z", Info, "",
				"[LOG] 2026-11-29 07:41:21.530877, QueryLog, INFO, SELECT region,",
				"       sum(amount) AS total",
				"FROM staging.orders",
				"GROUP BY region",
				"ORDER BY total DESC;, CONNECTION, 1, 3, NULL"),
			we("2026-11-29T07:41:22.011943Z", Info, "", "[LOG] 2026-11-29 07:41:22.011943, QueryLog, INFO, COPY (FROM staging.orders WHERE amount < 0) TO 'rejects_2026-11-28.csv';, CONNECTION, 1, 4, NULL"),
		},
	},
	{
		name:   "vertica-log-elog-node-sqlstate",
		source: "Vertica's catalog/<db>/v_<db>_node000N_catalog/vertica.log: the `[Component] <LEVEL>` lines and, between them, the elog lines with no component, `yyyy-MM-dd HH:mm:ss.SSS Service:thread-txn <LEVEL> @v_<db>_node000N: SQLSTATE/code: msg` (`<LOG> @v_docker_node0001: 00000/3316: Executing statement: '…'`): vdesabou/kafka-docker-playground connect/connect-jdbc-vertica-sink/vertica-sink-testing-batch-size.sh (vertica.log grepped, the lines in its comment), the Ashisuto note 'vertica.log file format' and dbjungle.com 'Tips and tricks on working with vertica.log' (levels LOG INFO WARNING ERROR FATAL PANIC); a statement over several lines from memory",
		why:    "the service name with a blank and a colon-joined thread-transaction id; `<LOG>` is Vertica's informational level; `@v_vmart_node0002:` names the database node that reported it (another node here), no host; 42V01/4566 is an SQLSTATE and a message number, no time; a statement's further lines continue its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.037Z", Info, "", `2026-11-29 07:41:16.037 Init Session:7f9e637fe700-a000000000031a [Session] <INFO> [PQuery] TX:a000000000031a(v_vmart_node0001-4121:0x2b) INSERT INTO "orders_stage"("id", "amount") VALUES(?, ?)`),
			we("2026-11-29T07:41:16.05Z", Info, "", `2026-11-29 07:41:16.050 Init Session:7f9e637fe700-a000000000031a <LOG> @v_vmart_node0001: 00000/3316: Executing statement: 'INSERT INTO "orders_stage"("id", "amount") VALUES(41207, 18.40)'`),
			we("2026-11-29T07:41:17.412Z", Info, "",
				"2026-11-29 07:41:17.412 Init Session:7f9e637fe700-a000000000031b [Session] <INFO> [Query] TX:a000000000031b(v_vmart_node0001-4121:0x2c) SELECT o.region, SUM(o.amount)",
				"  FROM orders o",
				"  JOIN customers c ON c.id = o.customer_id",
				"  WHERE o.order_date = '2026-11-28' GROUP BY 1;"),
			we("2026-11-29T07:41:19.118Z", Warn, "", "2026-11-29 07:41:19.118 Init Session:7f9e637fe700-a000000000031b <WARNING> @v_vmart_node0001: 01000/4162: Statistics for orders.order_date are stale; run ANALYZE_STATISTICS"),
			we("2026-11-29T07:41:21.5Z", Error, "", `2026-11-29 07:41:21.500 Init Session:7f9e637fe700-a000000000031c <ERROR> @v_vmart_node0002: 42V01/4566: Relation "orderz" does not exist`),
		},
	},
}

func TestFresh290Formats(t *testing.T) { assertTable(t, fresh290Cases) }
func TestFresh290Score(t *testing.T) {
	checkScore(t, "fresh290 formats", fresh290Cases, [worldNumFields]float64{93.7, 99.9, 99.9, 99.9})
}
