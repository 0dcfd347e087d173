package parse

import "testing"

// The three-hundred-and-eighth fresh table, written on 2026-12-05: big-data daemons run at DEBUG
// and TRACE settings, their verbose and trace layouts and the multi-line dumps those settings
// print, shapes no earlier table holds. Each family is one product's documented or observed
// output: a Spark 3.5 driver at DEBUG with CodeGenerator's numbered `/* 001 */` source dump;
// Spark 3.5 with spark.sql.planChangeLog.level=WARN (PlanChangeLogger's side-by-side plans and
// rule metrics); HiveServer2 3.1 at DEBUG with PerfLogger's `<PERFLOG …>` and `</PERFLOG … start=
// end= duration=>` lines; an HBase 2.5 RegionServer with ipc.RpcServer at TRACE (CallRunner's
// `callId: … executing as …` and `, exception=` lines); Cassandra 4.1's debug.log with the
// native transport at TRACE (Dispatcher's `Received:` and `Responding:` lines, a ROWS result
// printed over several lines); a ZooKeeper 3.8 client in a service with logback's default
// configuration (root at DEBUG, a time of day and no date, ClientCnxn's `Reading reply … packet::`
// dumps); NiFi 2's nifi-app.log with InvokeHTTP at DEBUG (the request and response header dumps);
// a Flink 1.20 JobManager with the Slf4jTraceReporter (`Reported span: SimpleSpan{…}`); a Kafka 3.8
// broker's kafkaServer.out with SslTransportLayer at TRACE and KAFKA_OPTS=-Djavax.net.debug=
// ssl:handshake (JSSE's pipe-separated records and their handshake-message blocks).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`hbase`, `kafka`, `cassandra`, `hive`, `flink`, `spark`, `zookeeper`, `nifi`,
// `hiveserver2`, `regionserver`, `hmaster`, `jobmanager`, `taskmanager`, `nodetool`, `debug.log`,
// `kafka.request.logger`, `Completed request`, `state-change`, `TRACE [`, `DEBUG [`,
// `/* 001 */`, `/* 00`, `CodeGenerator`, `WholeStageCodegen`, `GeneratedIterator`,
// `Code generated in`, `PlanChangeLogger`, `Applying Rule`, `Result of Batch`,
// `Metrics of Executed Rules`, `setLogLevel`, `PERFLOG`, `PerfLogger`, `log.PerfLogger`,
// `queryId=hive_`, `DataNucleus`, `RpcServer`, `ipc.RpcServer`, `callId`, `executing as`,
// `FPBQ.Fifo`, `Dropping timed out call`, `NotServingRegionException`, `responseTooSlow`,
// `Tracing session`, `source_elapsed`, `Dispatcher.java`, `Message.java`, `Received: QUERY`,
// `Responding:`, `at consistency`, `StatusLogger`, `ClientCnxn`, `main-SendThread`,
// `Reading reply`, `replyHeader`, `Got ping response`, `Session establishment complete`,
// `Processing request::`, `FinalRequestProcessor`, `EndOfStreamException`, `InvokeHTTP`,
// `Request to remote service`, `Response from remote service`,
// `o.a.nifi.processors.standard.InvokeHTTP`, `nifi-app`, `Slf4jReporter`, `Slf4jTraceReporter`,
// `Reported span`, `SimpleSpan`, `CheckpointStatsTracker`, `CheckpointException`,
// `Triggering checkpoint`, `Completed checkpoint`, `%-60c`, `NetworkClient`, `SslTransportLayer`,
// `SSLHandshake `, `handshakeUnwrap`, `listenerType=`, `SSL handshake completed`,
// `javax.net.ssl`, `javax.net.debug`, `ClientHello`, `ServerHello`).
// Spark's driver log is in world (`yy/MM/dd` lines with a stack trace) and in many tables since
// (fresh41, fresh56, fresh112, fresh171 …); CodeGenerator is in fresh151 only as a metric name, and
// its DEBUG source dump and PlanChangeLogger's dumps are in none. HiveServer2's log4j2 log is in
// fresh, fresh62, fresh127 and fresh171 among others; PerfLogger is in none (the `PERFLOG` hits are
// ReFrame's perflog). HBase's RegionServer log is in fresh3, fresh127, fresh171 and fresh230, its
// RpcServer as responseTooSlow JSON (fresh3 and later); CallRunner's TRACE and DEBUG call lines are
// in none. Cassandra's debug.log is in fresh43 at DEBUG; the transport's TRACE lines with their
// multi-line ROWS result are in none (cqlsh's TRACING ON table is fresh251's). The ZooKeeper client
// is in fresh28, fresh41 and fresh163 (log4j layouts, INFO and WARN); logback's default time-only
// layout and the DEBUG packet dumps are in none. NiFi's app log is in fresh2, fresh43, fresh171 and
// fresh230 among others (LogAttribute's block); InvokeHTTP's header dumps are in none. Flink's
// JobManager log is in fresh56, fresh78, fresh171 and fresh230 among others (the checkpoint
// coordinator); the trace reporter's spans are in none. Kafka's server log at TRACE is in fresh36,
// fresh43 and fresh132 (controller and state-change lines); SslTransportLayer's TRACE lines and
// JSSE's debug records are in none (fresh153, fresh238 and fresh76 hold javax.net.ssl only as an
// exception's class). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Spark's `yy/MM/dd HH:mm:ss`, Hive's and HBase's log4j2 ISO 8601 with a T and
// a comma, Cassandra's logback ISO 8601, NiFi's and Flink's `yyyy-MM-dd HH:mm:ss,SSS` and Kafka's
// bracketed stamp carry no zone and are taken as UTC; the ZooKeeper client's `HH:mm:ss.SSS` is a time
// of day on the clock's day; JSSE's `yyyy-MM-dd kk:mm:ss.SSS CET` is converted from +01:00, so on the
// Kafka broker at CET its own zone-less stamps and JSSE's are an hour apart, as the rules say.
// Epoch milliseconds inside messages are no times of the record: PerfLogger's start= and end=,
// HBase's deadline: and the region name's id, Flink's startTsMillis and endTsMillis, a ZooKeeper
// stat's ctime and mtime, a generated-code literal; nor are the dates in a ROWS result, an HTTP
// date: header, a hex dump's offsets. Levels only where the line marks one: log4j's, logback's and
// Spark's level words (TRACE as trace), JSSE's DEBUG and WARNING fields; `exception=` and
// `ERROR INVALID` inside a TRACE line, FAILED in a span and SessionExpiredException are no levels.
// No family has a host field: the peer in a SendThread's name, the client in an RpcServer
// connection, the server name in a region error, the JSSE thread's listener and the URL in a
// NiFi dump are no hosts. A record that spans lines is one entry: a source dump with the blank
// line after it, a plan-change message to its indented closing line, a ROWS result to its `---`,
// a header dump to its blank line, a JSSE message to its closing parenthesis, a stack trace.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 761f824 before any rule for it: level 97.8 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 97.8 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 761f824 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 9 families fully right; the gap is the level of the Kafka broker's own DEBUG line after JSSE's
// records in kafkaServer.out.

var fresh308Cases = []worldCase{
	{
		name:   "spark35-driver-codegen-debug-dump",
		source: "a Spark 3.5 driver at DEBUG (spark.sparkContext.setLogLevel(\"DEBUG\"), the default log4j2 pattern `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex`): CodeGenerator.doCompile's logDebug(\"\\n\" + CodeFormatter.format(code)), each source line numbered `/* NNN */`, a blank source line numbered with no space after it, the message's own trailing newline leaving a blank line; then `Code generated in N ms` at INFO: apache/spark PR #12025 (the numbered dump), CodeGenerator.scala and CodeFormatter.scala (logDebug, addLine) read with find_string",
		why:    "a DEBUG line ending in `CodeGenerator: ` whose message is thirty numbered source lines and a blank line: one record; `/* 020 */` and the 13-digit literal in the code are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "26/11/29 07:41:16 DEBUG BlockManager: Getting local block broadcast_7"),
			we("2026-11-29T07:41:16Z", Debug, "",
				"26/11/29 07:41:16 DEBUG CodeGenerator: ",
				"/* 001 */ public Object generate(Object[] references) {",
				"/* 002 */   return new GeneratedIteratorForCodegenStage2(references);",
				"/* 003 */ }",
				"/* 004 */",
				"/* 005 */ // codegenStageId=2",
				"/* 006 */ final class GeneratedIteratorForCodegenStage2 extends org.apache.spark.sql.execution.BufferedRowIterator {",
				"/* 007 */   private Object[] references;",
				"/* 008 */   private scala.collection.Iterator[] inputs;",
				"/* 009 */   private scala.collection.Iterator inputadapter_input_0;",
				"/* 010 */   private org.apache.spark.sql.catalyst.expressions.codegen.UnsafeRowWriter[] filter_mutableStateArray_0 = new org.apache.spark.sql.catalyst.expressions.codegen.UnsafeRowWriter[1];",
				"/* 011 */",
				"/* 012 */   public GeneratedIteratorForCodegenStage2(Object[] references) {",
				"/* 013 */     this.references = references;",
				"/* 014 */   }",
				"/* 015 */",
				"/* 016 */   protected void processNext() throws java.io.IOException {",
				"/* 017 */     while ( inputadapter_input_0.hasNext()) {",
				"/* 018 */       InternalRow inputadapter_row_0 = (InternalRow) inputadapter_input_0.next();",
				"/* 019 */       long inputadapter_value_0 = inputadapter_row_0.getLong(0);",
				"/* 020 */       if (!(inputadapter_value_0 > 1795900000000L)) continue;",
				"/* 021 */       ((org.apache.spark.sql.execution.metric.SQLMetric) references[0] /* numOutputRows */).add(1);",
				"/* 022 */       filter_mutableStateArray_0[0].reset();",
				"/* 023 */       filter_mutableStateArray_0[0].write(0, inputadapter_value_0);",
				"/* 024 */       append((filter_mutableStateArray_0[0].getRow()));",
				"/* 025 */       if (shouldStop()) return;",
				"/* 026 */     }",
				"/* 027 */   }",
				"/* 028 */",
				"/* 029 */ }",
				""),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO CodeGenerator: Code generated in 18.402112 ms"),
			we("2026-11-29T07:41:17Z", Debug, "", "26/11/29 07:41:17 DEBUG TaskSetManager: Valid locality levels for TaskSet 4.0: NO_PREF, ANY"),
		},
	},
	{
		name:   "spark35-sql-planchangelog-warn",
		source: "Spark 3.5 with spark.sql.planChangeLog.level=WARN (RuleExecutor's PlanChangeLogger: a message that starts with a newline, `=== Applying Rule <rule> ===` or `=== Result of Batch <batch> ===` over sideBySide's two plan columns, `!` before a changed line and a space before an unchanged one, or `=== Metrics of Executed Rules ===` with four `Total …` lines; the stripMargin'd string ends in its indented closing line): apache/spark PRs #24136 and #27846 (the messages), #48688 (a `WARN PlanChangeLogger:` paste); the closing line's indentation from memory",
		why:    "each WARN message is one record from its header to its whitespace-only closing line; the plan lines start with `!` or a space; `Total time: 3.118204 ms` is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Warn, "",
				"26/11/29 07:41:18 WARN PlanChangeLogger: ",
				"=== Applying Rule org.apache.spark.sql.catalyst.optimizer.PushDownPredicates ===",
				"!Filter (amount#12 > 100.0)                                                                           Project [order_id#10L, region#14, amount#12]",
				"!+- Project [order_id#10L, region#14, amount#12]                                                      +- Filter (amount#12 > 100.0)",
				"    +- Relation shop.orders[order_id#10L,customer_id#11L,amount#12,created_at#13,region#14] parquet      +- Relation shop.orders[order_id#10L,customer_id#11L,amount#12,created_at#13,region#14] parquet",
				"             "),
			we("2026-11-29T07:41:18Z", Warn, "",
				"26/11/29 07:41:18 WARN PlanChangeLogger: ",
				"=== Result of Batch Infer Filters ===",
				" Aggregate [region#14], [region#14, sum(amount#12) AS total#30]                                          Aggregate [region#14], [region#14, sum(amount#12) AS total#30]",
				" +- Project [region#14, amount#12]                                                                       +- Project [region#14, amount#12]",
				"!   +- Filter (amount#12 > 100.0)                                                                           +- Filter (isnotnull(amount#12) AND (amount#12 > 100.0))",
				"       +- Relation shop.orders[order_id#10L,customer_id#11L,amount#12,created_at#13,region#14] parquet         +- Relation shop.orders[order_id#10L,customer_id#11L,amount#12,created_at#13,region#14] parquet",
				"             "),
			we("2026-11-29T07:41:18Z", Warn, "",
				"26/11/29 07:41:18 WARN PlanChangeLogger: ",
				"=== Metrics of Executed Rules ===",
				"Total number of runs: 214",
				"Total time: 3.118204 ms",
				"Total number of effective runs: 3",
				"Total time of effective runs: 1.402377 ms",
				"        "),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO FileSourceStrategy: Pushed Filters: IsNotNull(amount),GreaterThan(amount,100.0)"),
		},
	},
	{
		name:   "hive3-hiveserver2-perflogger-debug",
		source: "HiveServer2 3.1's hiveserver2.log at DEBUG (hive-log4j2.properties `%d{ISO8601} %5p [%t] %c{2}: %m%n`, the handler thread named after the session id): PerfLogger's `<PERFLOG method=M from=C>` and `</PERFLOG method=M start=ms end=ms duration=ms from=C>` written only when DEBUG is on, Driver's `Compiling command(queryId=hive_yyyyMMddHHmmss_uuid)` and `Completed compiling command(…); Time taken:` at INFO: PerfLogger.java (perfLogBegin, perfLogEnd under LOG.isDebugEnabled) and HiveServer2 log pastes read with find_string, apache/hive PR #4755",
		why:    "%5p right-aligns INFO behind two spaces; start= and end= are epoch milliseconds of the same moments and no record time; the queryId's digits are no time; the thread name holds a colon and spaces",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Debug, "", "2026-11-29T07:41:16,118 DEBUG [6c1f0e2a-8b3d-4a7e-9f21-3d5b7c9e1a04 HiveServer2-Handler-Pool: Thread-88] log.PerfLogger: <PERFLOG method=compile from=org.apache.hadoop.hive.ql.Driver>"),
			we("2026-11-29T07:41:16.119Z", Info, "", "2026-11-29T07:41:16,119  INFO [6c1f0e2a-8b3d-4a7e-9f21-3d5b7c9e1a04 HiveServer2-Handler-Pool: Thread-88] ql.Driver: Compiling command(queryId=hive_20261129074116_0b7e44f2-19c8-4a3d-b1e0-6f2a9c5d8e17): SELECT region, sum(amount) FROM sales.orders WHERE dt='2026-11-28' GROUP BY region"),
			we("2026-11-29T07:41:16.164Z", Debug, "", "2026-11-29T07:41:16,164 DEBUG [6c1f0e2a-8b3d-4a7e-9f21-3d5b7c9e1a04 HiveServer2-Handler-Pool: Thread-88] log.PerfLogger: </PERFLOG method=parse start=1795938076120 end=1795938076164 duration=44 from=org.apache.hadoop.hive.ql.Driver>"),
			we("2026-11-29T07:41:16.452Z", Debug, "", "2026-11-29T07:41:16,452 DEBUG [6c1f0e2a-8b3d-4a7e-9f21-3d5b7c9e1a04 HiveServer2-Handler-Pool: Thread-88] log.PerfLogger: </PERFLOG method=compile start=1795938076118 end=1795938076452 duration=334 from=org.apache.hadoop.hive.ql.Driver>"),
			we("2026-11-29T07:41:16.453Z", Info, "", "2026-11-29T07:41:16,453  INFO [6c1f0e2a-8b3d-4a7e-9f21-3d5b7c9e1a04 HiveServer2-Handler-Pool: Thread-88] ql.Driver: Completed compiling command(queryId=hive_20261129074116_0b7e44f2-19c8-4a3d-b1e0-6f2a9c5d8e17); Time taken: 0.334 seconds"),
			we("2026-11-29T07:41:16.47Z", Debug, "", "2026-11-29T07:41:16,470 DEBUG [HiveServer2-Background-Pool: Thread-412] log.PerfLogger: <PERFLOG method=Driver.execute from=org.apache.hadoop.hive.ql.Driver>"),
			we("2026-11-29T07:41:21.007Z", Debug, "", "2026-11-29T07:41:21,007 DEBUG [HiveServer2-Background-Pool: Thread-412] log.PerfLogger: </PERFLOG method=Driver.execute start=1795938076470 end=1795938081007 duration=4537 from=org.apache.hadoop.hive.ql.Driver>"),
		},
	},
	{
		name:   "hbase25-regionserver-rpcserver-trace",
		source: "an HBase 2.5 RegionServer with log4j2's logger.RpcServer at TRACE (`%d{ISO8601} %-5p [%t] %c{2}: %.1000m%n`): CallRunner.run's TRACE `<call.toShortString()> executing as <user>`, its DEBUG `<call.toShortString()>, exception=<exception>`, the WARN `Dropping timed out call: <call>`, ServerCall.toShortString's `callId: N service: S methodName: M size: N connection: addr:port deadline: epoch-ms`: apache/hbase CallRunner.java and ServerCall.java read with read_file and find_string, AronChung/blog issue #67 (a `callId: … service: ClientService methodName: Multi size: 100.2 K connection: …` line); the Multi param's short text from memory",
		why:    "TRACE padded to five letters is the level; deadline: and the region id are epoch milliseconds, no times; exception= inside a DEBUG line is no level; the client's address and the server name in the error are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Trace, "", "2026-11-29T07:41:16,204 TRACE [RpcServer.default.FPBQ.Fifo.handler=12,queue=0,port=16020] ipc.RpcServer: callId: 48211 service: ClientService methodName: Get size: 131 connection: 10.20.3.77:50712 deadline: 1795938136204 executing as svc_orders"),
			we("2026-11-29T07:41:16.219Z", Trace, "", "2026-11-29T07:41:16,219 TRACE [RpcServer.default.FPBQ.Fifo.handler=3,queue=0,port=16020] ipc.RpcServer: callId: 48212 service: ClientService methodName: Multi size: 18.4 K connection: 10.20.3.78:41104 deadline: 1795938136219 executing as svc_ingest"),
			we("2026-11-29T07:41:16.233Z", Debug, "", "2026-11-29T07:41:16,233 DEBUG [RpcServer.default.FPBQ.Fifo.handler=7,queue=1,port=16020] ipc.RpcServer: callId: 48213 service: ClientService methodName: Scan size: 162 connection: 10.20.3.77:50712 deadline: 1795938136230, exception=org.apache.hadoop.hbase.NotServingRegionException: orders,u#5,1795600041207.9c3e1b5a7d2f4e08a1c62b9d4f7e0a35. is not online on rs3.example.net,16020,1795600041207"),
			we("2026-11-29T07:41:16.24Z", Trace, "", "2026-11-29T07:41:16,240 TRACE [RpcServer.priority.RWQ.Fifo.read.handler=3,queue=1,port=16020] ipc.RpcServer: callId: 902 service: ClientService methodName: Scan size: 97 connection: 10.20.3.41:38812 deadline: 1795938136240 executing as hbase"),
			we("2026-11-29T07:41:17.512Z", Warn, "", "2026-11-29T07:41:17,512 WARN  [RpcServer.default.FPBQ.Fifo.handler=19,queue=1,port=16020] ipc.RpcServer: Dropping timed out call: callId: 48190 service: ClientService methodName: Multi size: 2.1 M connection: 10.20.3.78:41104 deadline: 1795938077498 param: region= orders,u#5,1795600041207.9c3e1b5a7d2f4e08a1c62b9d4f7e0a35., for 212 action(s) and 1st row key=u#50418 connection: 10.20.3.78:41104"),
		},
	},
	{
		name:   "cassandra41-debuglog-native-transport-trace",
		source: "Cassandra 4.1's logs/debug.log (logback `%-5level [%thread] %date{ISO8601} %F:%L - %msg%n`) with `nodetool setlogginglevel org.apache.cassandra.transport TRACE` and the DEBUGLOG appender's threshold lowered to TRACE: Dispatcher's `Received: {}, v={}` and `Responding: {}, v={}` (Message.logger.trace), QueryMessage's `QUERY <cql> [pageSize = N] at consistency C`, ExecuteMessage's `EXECUTE <id> with N values at consistency C`, ResultSet.toString's metadata line, ` | value` rows and `---`: Dispatcher.java, QueryMessage.java and ResultSet.java read with find_string and read_file; the protocol version's `5/v5`, ExecuteMessage's text and the timestamp cells' form from memory",
		why:    "the level and the thread before the time; a ROWS response is one record over its metadata, row and `---` lines, the dates in its cells no times; `ERROR INVALID` in a TRACE line is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Trace, "", "TRACE [Native-Transport-Requests-2] 2026-11-29 07:41:16,204 Dispatcher.java:213 - Received: QUERY SELECT id, status, placed_at FROM shop.orders WHERE customer_id = 4411 LIMIT 3; [pageSize = 5000] at consistency LOCAL_QUORUM, v=5/v5"),
			we("2026-11-29T07:41:16.209Z", Trace, "",
				"TRACE [Native-Transport-Requests-2] 2026-11-29 07:41:16,209 Dispatcher.java:287 - Responding: ROWS [id(shop, orders), org.apache.cassandra.db.marshal.TimeUUIDType][status(shop, orders), org.apache.cassandra.db.marshal.UTF8Type][placed_at(shop, orders), org.apache.cassandra.db.marshal.TimestampType]",
				" | 5f1c2a70-cd11-11f1-9e2f-0a1b2c3d4e5f | shipped | 2026-11-28T21:14:05.118Z",
				" | 7a9d3e10-cd4e-11f1-8b1a-0a1b2c3d4e5f | pending | 2026-11-29T07:38:52.004Z",
				"---, v=5/v5"),
			we("2026-11-29T07:41:16.311Z", Trace, "", "TRACE [Native-Transport-Requests-5] 2026-11-29 07:41:16,311 Dispatcher.java:213 - Received: EXECUTE 3f0e9a1c7b2d4e5f8a6b0c9d1e2f3a4b with 2 values at consistency LOCAL_ONE, v=5/v5"),
			we("2026-11-29T07:41:16.315Z", Trace, "", "TRACE [Native-Transport-Requests-5] 2026-11-29 07:41:16,315 Dispatcher.java:287 - Responding: EMPTY RESULT, v=5/v5"),
			we("2026-11-29T07:41:17.02Z", Trace, "", "TRACE [Native-Transport-Requests-1] 2026-11-29 07:41:17,020 Dispatcher.java:287 - Responding: ERROR INVALID: Undefined column name shipped_at in table shop.orders, v=5/v5"),
			we("2026-11-29T07:41:17.402Z", Debug, "", "DEBUG [ScheduledTasks:1] 2026-11-29 07:41:17,402 ColumnFamilyStore.java:1032 - Enqueuing flush of shop.orders, Reason: MEMTABLE_LIMIT, Usage: 128.04MiB (13%) on-heap, 0.000KiB (0%) off-heap"),
		},
	},
	{
		name:   "zookeeper38-client-logback-default-debug",
		source: "a Java service using the ZooKeeper 3.8 client with logback 1.2 and no logback.xml (BasicConfigurator: `%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n`, root at DEBUG): ClientCnxn's `Reading reply session id: 0x…, packet:: clientPath:… serverPath:… finished:false header:: xid,type  replyHeader:: xid,zxid,err  request:: …  response:: …` with a stat `s{czxid,mzxid,ctime,mtime,…}`, `Got ping response for session id: 0x… after Nms.`, the WARN with its EndOfStreamException trace: second-state/chat-with-chatgpt issue #343 (the DEBUG lines under logback's default pattern), apache/hugegraph issue #709, apache/zookeeper PR #1197",
		why:    "a time of day with no date, on the clock's day; the stat's ctime and mtime are epoch milliseconds, no times; the server in the SendThread's name is a peer, no host; the WARN's stack trace is its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402Z", Info, "", "07:41:16.402 [main-SendThread(zk2.example.net:2181)] INFO  org.apache.zookeeper.ClientCnxn - Session establishment complete on server zk2.example.net/10.20.3.52:2181, session id = 0x2000a41c7f30009, negotiated timeout = 40000"),
			we("2026-11-29T07:41:16.431Z", Debug, "", "07:41:16.431 [main-SendThread(zk2.example.net:2181)] DEBUG org.apache.zookeeper.ClientCnxn - Reading reply session id: 0x2000a41c7f30009, packet:: clientPath:/config/orders serverPath:/config/orders finished:false header:: 1,4  replyHeader:: 1,30064771127,0  request:: '/config/orders,T  response:: #7b2272657472696573223a337d,s{30064771098,30064771127,1795400520118,1795937904771,6,0,0,0,13,0,30064771098} "),
			we("2026-11-29T07:41:16.447Z", Debug, "", "07:41:16.447 [main-SendThread(zk2.example.net:2181)] DEBUG org.apache.zookeeper.ClientCnxn - Reading reply session id: 0x2000a41c7f30009, packet:: clientPath:/brokers/ids serverPath:/brokers/ids finished:false header:: 2,12  replyHeader:: 2,30064771127,0  request:: '/brokers/ids,F  response:: v{'1,'2,'3},s{4294967302,4294967302,1795000204411,1795000204411,0,41,0,0,0,3,30064771040} "),
			we("2026-11-29T07:41:29.77Z", Debug, "", "07:41:29.770 [main-SendThread(zk2.example.net:2181)] DEBUG org.apache.zookeeper.ClientCnxn - Got ping response for session id: 0x2000a41c7f30009 after 1ms."),
			we("2026-11-29T07:41:43.006Z", Warn, "",
				"07:41:43.006 [main-SendThread(zk2.example.net:2181)] WARN  org.apache.zookeeper.ClientCnxn - Session 0x2000a41c7f30009 for server zk2.example.net/10.20.3.52:2181, Closing socket connection. Attempting reconnect except it is a SessionExpiredException.",
				"org.apache.zookeeper.ClientCnxn$EndOfStreamException: Unable to read additional data from server sessionid 0x2000a41c7f30009, likely server has closed socket",
				"\tat org.apache.zookeeper.ClientCnxnSocketNIO.doIO(ClientCnxnSocketNIO.java:77)",
				"\tat org.apache.zookeeper.ClientCnxnSocketNIO.doTransport(ClientCnxnSocketNIO.java:350)",
				"\tat org.apache.zookeeper.ClientCnxn$SendThread.run(ClientCnxn.java:1290)"),
			we("2026-11-29T07:41:44.871Z", Info, "", "07:41:44.871 [main-SendThread(zk1.example.net:2181)] INFO  org.apache.zookeeper.ClientCnxn - Opening socket connection to server zk1.example.net/10.20.3.51:2181."),
		},
	},
	{
		name:   "nifi2-invokehttp-debug-header-dumps",
		source: "NiFi 2's logs/nifi-app.log (logback `%date %level [%thread] %logger{40} %msg%n`) with org.apache.nifi.processors.standard.InvokeHTTP at DEBUG: the component logger's `InvokeHTTP[id=…] ` prefix, then logRequest's and logResponse's `\\nRequest to remote service:\\n\\t{url}\\n{headers}` and `\\nResponse from remote service:…`, each header a tab-indented `name: value` line (OkHttp's toMultimap: lower-case, sorted) and a trailing newline that leaves a blank line: InvokeHTTP.java's logRequest, logResponse and getLogString read with find_string (several NiFi versions and forks); the component prefix from memory",
		why:    "the DEBUG line ends in a space and its message continues over tab-indented lines and a blank line: one record; the `date:` header's HTTP date and the URL's host are no time and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Debug, "",
				"2026-11-29 07:41:16,118 DEBUG [Timer-Driven Process Thread-5] o.a.nifi.processors.standard.InvokeHTTP InvokeHTTP[id=0193a4e1-7c2d-1b5f-9e3a-4d6f8b0c2e71] ",
				"Request to remote service:",
				"\thttps://ledger-api.example.net/v2/entries?batch=4411",
				"\taccept: application/json",
				"\tcontent-type: application/json; charset=UTF-8",
				"\tx-correlation-id: 8e3f1c2a-5b7d-4e9a-a0c1-2d4f6b8e0a13",
				""),
			we("2026-11-29T07:41:16.402Z", Debug, "",
				"2026-11-29 07:41:16,402 DEBUG [Timer-Driven Process Thread-5] o.a.nifi.processors.standard.InvokeHTTP InvokeHTTP[id=0193a4e1-7c2d-1b5f-9e3a-4d6f8b0c2e71] ",
				"Response from remote service:",
				"\thttps://ledger-api.example.net/v2/entries?batch=4411",
				"\tcontent-length: 214",
				"\tcontent-type: application/json",
				"\tdate: Sun, 29 Nov 2026 07:41:16 GMT",
				"\tserver: envoy",
				"\tx-envoy-upstream-service-time: 271",
				""),
			we("2026-11-29T07:41:18.771Z", Info, "", "2026-11-29 07:41:18,771 INFO [pool-8-thread-1] o.a.n.c.r.WriteAheadFlowFileRepository Successfully checkpointed FlowFile Repository with 12 records in 1 milliseconds"),
			we("2026-11-29T07:41:20.05Z", Debug, "",
				"2026-11-29 07:41:20,050 DEBUG [Timer-Driven Process Thread-2] o.a.nifi.processors.standard.InvokeHTTP InvokeHTTP[id=0193a4e1-7c2d-1b5f-9e3a-4d6f8b0c2e71] ",
				"Response from remote service:",
				"\thttps://ledger-api.example.net/v2/entries?batch=4412",
				"\tcontent-length: 19",
				"\tcontent-type: text/plain",
				"\tdate: Sun, 29 Nov 2026 07:41:20 GMT",
				"\tretry-after: 30",
				"\tserver: envoy",
				""),
		},
	},
	{
		name:   "flink120-jobmanager-slf4j-trace-reporter",
		source: "a Flink 1.20 JobManager's log (log4j `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n`) with traces.reporter.slf4j.factory.class set to Slf4jTraceReporterFactory: Slf4jTraceReporter's `Reported span: {}` at INFO with SimpleSpan.toString's `SimpleSpan{scope=…, name=…, startTsMillis=…, endTsMillis=…, attributes={…}}`, beside CheckpointCoordinator's `Completed checkpoint` and a checkpoint failure with its exception: apache/flink Slf4jTraceReporter.java and SimpleSpan.java read with read_file; the checkpoint span's attribute names and the failure manager's message from memory",
		why:    "the logger padded to sixty columns and the empty NDC `[]`; startTsMillis and endTsMillis are epoch milliseconds, no times; checkpointStatus=FAILED is no level; the WARN's exception and frames are its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator    [] - Completed checkpoint 412 for job 7d2e4c1a3b9f4a608e215c0d9f1b2a73 (48211 bytes, checkpointDuration=1333 ms, finalizationTime=4 ms)."),
			we("2026-11-29T07:41:16.206Z", Info, "", "2026-11-29 07:41:16,206 INFO  org.apache.flink.traces.slf4j.Slf4jTraceReporter             [] - Reported span: SimpleSpan{scope=org.apache.flink.runtime.checkpoint.CheckpointStatsTracker, name=Checkpoint, startTsMillis=1795938074871, endTsMillis=1795938076204, attributes={checkpointId=412, checkpointStatus=COMPLETED, checkpointedSize=48211, fullSize=1920442, jobId=7d2e4c1a3b9f4a608e215c0d9f1b2a73}}"),
			we("2026-11-29T07:43:14.874Z", Warn, "",
				"2026-11-29 07:43:14,874 WARN  org.apache.flink.runtime.checkpoint.CheckpointFailureManager [] - Failed to trigger or complete checkpoint 413 for job 7d2e4c1a3b9f4a608e215c0d9f1b2a73. (0 consecutive failed attempts so far)",
				"org.apache.flink.runtime.checkpoint.CheckpointException: Checkpoint expired before completing.",
				"\tat org.apache.flink.runtime.checkpoint.CheckpointCoordinator$CheckpointCanceller.run(CheckpointCoordinator.java:2214) [flink-dist-1.20.0.jar:1.20.0]",
				"\tat java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539) [?:?]"),
			we("2026-11-29T07:43:14.875Z", Info, "", "2026-11-29 07:43:14,875 INFO  org.apache.flink.traces.slf4j.Slf4jTraceReporter             [] - Reported span: SimpleSpan{scope=org.apache.flink.runtime.checkpoint.CheckpointStatsTracker, name=Checkpoint, startTsMillis=1795938134871, endTsMillis=1795938194873, attributes={checkpointId=413, checkpointStatus=FAILED, checkpointedSize=0, fullSize=0, jobId=7d2e4c1a3b9f4a608e215c0d9f1b2a73}}"),
		},
	},
	{
		name:   "kafka38-kafkaserver-out-ssl-trace-javax-net-debug",
		source: "a Kafka 3.8 broker's logs/kafkaServer.out (stdout and stderr of kafka-server-start.sh -daemon) on a host at Europe/Berlin, with log4j.logger.org.apache.kafka.common.network.SslTransportLayer=TRACE (`[%d] %p %m (%c)%n`, the `[SslTransportLayer channelId=… key=…]` log context) and KAFKA_OPTS=-Djavax.net.debug=ssl:handshake (JSSE's `javax.net.ssl|LEVEL|thread-id|thread|yyyy-MM-dd kk:mm:ss.SSS zone|File.java:line|message`, a handshake message printed as a parenthesised block): redpanda-data/kminion issue #157 (a broker's SslTransportLayer TRACE lines), apache/kafka PR #2027 (the handshake-completed DEBUG line), JSSE debug pastes read with find_string (a KAFKA_OPTS -Djavax.net.debug README, AWS SDK docs, a badssl walkthrough)",
		why:    "Kafka's zone-less local stamp is taken as UTC while JSSE's carries CET (+01:00), an hour apart; JSSE's level is its second field (DEBUG, WARNING); a JSSE block runs to its `)` line, the hex dump's `0010:` offsets are no times; the addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T08:41:16.101Z", Trace, "", "[2026-11-29 08:41:16,101] TRACE [SslTransportLayer channelId=10.20.3.41:9093-10.20.3.77:51234-7 key=channel=java.nio.channels.SocketChannel[connected local=/10.20.3.41:9093 remote=/10.20.3.77:51234], selector=sun.nio.ch.EPollSelectorImpl@3c1a9f2e, interestOps=1, readyOps=0] SSLHandshake NEED_UNWRAP channelId 10.20.3.41:9093-10.20.3.77:51234-7, appReadBuffer pos 0, netReadBuffer pos 0, netWriteBuffer pos 0 (org.apache.kafka.common.network.SslTransportLayer)"),
			we("2026-11-29T07:41:16.104Z", Debug, "",
				"javax.net.ssl|DEBUG|2A|data-plane-kafka-network-thread-1-ListenerName(SSL)-SSL-3|2026-11-29 08:41:16.104 CET|ClientHello.java:1178|Consuming ClientHello handshake message (",
				`"ClientHello": {`,
				`  "client version"      : "TLSv1.2",`,
				`  "random"              : "5D0E8A4C7B1F93E2A6D4C08B17F5E3A9C2D6B0F4E8A1C3D5B7F9E0A2C4D6E8F1",`,
				`  "session id"          : "",`,
				`  "cipher suites"       : "[TLS_AES_256_GCM_SHA384(0x1302), TLS_AES_128_GCM_SHA256(0x1301)]",`,
				`  "compression methods" : "00",`,
				`  "extensions"          : [`,
				`    "server_name (0)": {`,
				`      type=host_name (0), value=kafka-1.stream.example.net`,
				`    },`,
				`    "supported_versions (43)": {`,
				`      "versions": [TLSv1.3, TLSv1.2]`,
				`    }`,
				`  ]`,
				`}`,
				`)`),
			we("2026-11-29T07:41:16.109Z", Warn, "", "javax.net.ssl|WARNING|2A|data-plane-kafka-network-thread-1-ListenerName(SSL)-SSL-3|2026-11-29 08:41:16.109 CET|SignatureScheme.java:283|Signature algorithm, ed448, is not supported by the underlying providers"),
			we("2026-11-29T07:41:16.112Z", Debug, "",
				"javax.net.ssl|DEBUG|2A|data-plane-kafka-network-thread-1-ListenerName(SSL)-SSL-3|2026-11-29 08:41:16.112 CET|ServerHello.java:583|Produced ServerHello handshake message (",
				`"ServerHello": {`,
				`  "server version"      : "TLSv1.2",`,
				`  "random"              : "A7C3E91F05B2D84C6E0F1A3B5C7D9E2F4A6B8C0D1E3F5A7B9C2D4E6F8A0B1C3D",`,
				`  "session id"          : "",`,
				`  "cipher suite"        : "TLS_AES_256_GCM_SHA384(0x1302)",`,
				`  "compression methods" : "00",`,
				`  "extensions"          : [`,
				`    "supported_versions (43)": {`,
				`      "selected version": [TLSv1.3]`,
				`    },`,
				`    "key_share (51)": {`,
				`      "server_share": {`,
				`        "named group": x25519`,
				`        "key_exchange": {`,
				`          0000: 3A 91 C4 07 5E 2B D8 16   F0 4C 9A 73 E1 08 B5 2D  :...^+...L.s...-`,
				`          0010: 6F C2 19 84 A7 3E 50 DB   0E 92 47 C5 1B 68 F3 A0  o....>P...G..h..`,
				`        }`,
				`      },`,
				`    }`,
				`  ]`,
				`}`,
				`)`),
			we("2026-11-29T08:41:16.131Z", Debug, "", "[2026-11-29 08:41:16,131] DEBUG [SslTransportLayer channelId=10.20.3.41:9093-10.20.3.77:51234-7 key=channel=java.nio.channels.SocketChannel[connected local=/10.20.3.41:9093 remote=/10.20.3.77:51234], selector=sun.nio.ch.EPollSelectorImpl@3c1a9f2e, interestOps=1, readyOps=0] SSL handshake completed successfully with peerHost '10.20.3.77' peerPort 51234 peerPrincipal 'CN=orders-consumer,OU=stream,O=Example' protocol 'TLSv1.3' cipherSuite 'TLS_AES_256_GCM_SHA384' (org.apache.kafka.common.network.SslTransportLayer)"),
		},
	},
}

func TestFresh308Formats(t *testing.T) { assertTable(t, fresh308Cases) }
func TestFresh308Score(t *testing.T) {
	checkScore(t, "fresh308 formats", fresh308Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
