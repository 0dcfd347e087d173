package parse

import "testing"

// The two-hundred-and-eleventh fresh table, written on 2026-12-05: the big-data and distributed-data
// stack at its 2025-2026 versions, in the shapes no earlier table holds. Spark 4's JSON structured
// logging with an executor's host and host_port in the context and an exception object with a
// stacktrace array; Spark's event log with the job and executor events (Submission Time, Completion
// Time, Timestamp in epoch milliseconds); Kafka 4's new group coordinator (KIP-848) and share groups
// (KIP-932) with their bracketed log contexts and an exception line under a WARN; Hive 4's
// HiveServer2 log with a multi-line SQL text and an EXPLAIN plan with blank lines inside the record;
// Cassandra 5's debug.log slow and timed-out operation reports (one line per query under the
// header); Cassandra 5 on JDK 21 with generational ZGC in gc.log; Elasticsearch 8's
// HealthPeriodicLogger ECS lines and a stack trace escaped inside the JSON.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`spark`, `"context":{"`, `"logger":"SparkContext"`, `SparkListenerTaskEnd`,
// `SparkListenerJobStart`, `SparkListenerApplicationStart`, `ExecutorAdded`, `ExecutorRemoved`,
// `Submission Time`, `Launch Time`, `kraft`, `state-change`, `kafka-request`, `Completed request`,
// `RequestChannel`, `GroupCoordinator`, `GroupCoordinator id`, `GroupMetadataManager`,
// `CoordinatorRuntime`, `ShareCoordinator`, `SharePartition`, `share group`, `GroupId `,
// `consumer group`, `QuorumController`, `flink`, `to FAILED on`, `namenode`, `FSNamesystem.audit`,
// `callerContext`, `clienttrace`, `JvmPauseMonitor`, `Detected pause`, `had collection(s)`,
// `nodemanager`, `resourcemanager`, `RMAuditLogger`, `NMAuditLogger`, `ContainersMonitor`,
// `LogAggregationType`, `LogType:`, `hbase`, `RS_OPEN_REGION`, `AssignRegionHandler`,
// `responseTooSlow`, `hiveserver2`, `Compiling command`, `Executing command(queryId`,
// `EXPLAIN output`, `Vertex dependency`, `trino`, `io.trino`, `http-request.log`, `zookeeper`,
// `Log4jAuditLogger`, `cassandra`, `MonitoringTask`, `operations were slow`, `was slow`,
// `Guardrail`, `category:QUERY`, `gc.log`, `Pause Young`, `Major Collection`, `Minor Collection`,
// `Allocation Stall`, `clickhouse`, `text_log`, `date_time_utc`, `send_logs_level`,
// `Stack trace (when copying`, `elasticsearch`, `opensearch`, `elasticsearch.node.name`,
// `elasticsearch.slowlog`, `deprecation.elasticsearch`, `health.overall`, `druid`,
// `LoggingEmitter`, `query/time`, `pinot`, `requestId=`, `airflow`, `"error_detail"`,
// `"chan":"stdout"`, `ray`, `raylet`, `timestamp_ns`, `"asctime"`). Spark 4's JSON lines are in
// fresh_test (a plain SparkContext line); a context carrying an executor's host and an exception
// object with a stacktrace array are in none. Spark's event log is in fresh4 (application start,
// block manager added, application end); the job and executor events with Submission Time and
// Completion Time are in none. Kafka's log4j layout is in many tables; the group coordinator's
// `[GroupCoordinator id=… topic=… partition=…] [GroupId …]` context and the share coordinator and
// SharePartition lines are in none. HiveServer2 is in fresh23, fresh56 and fresh171 (Compiling and
// Executing command); the EXPLAIN output with blank lines inside is in none. Cassandra's debug.log is
// in many tables; the MonitoringTask slow-operation report is only in holdout_test, and the
// timed-out report in none. Cassandra's gc.log is in several tables as G1's Pause Young; ZGC's
// generational Minor and Major Collection lines are in none. Elasticsearch's ECS JSON is in fresh_test,
// fresh27 and fresh62; the HealthPeriodicLogger lines are in none. Left out as measured already:
// ClickHouse's client --send_logs_level and JSON log (fresh23, fresh141), Airflow 3's JSON task log
// (fresh49, fresh157), Ray's TEXT and JSON LoggingConfig output (fresh188), Hadoop's JvmPauseMonitor
// blocks and HBase's responseTooSlow (fresh171), Flink's failover lines (fresh151), Druid's
// LoggingEmitter (fresh62), Cassandra's audit log (fresh27, fresh62). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The Spark event log's record time is the event's own Timestamp, Submission
// Time or Completion Time (epoch milliseconds); its LogStart event carries none. Levels only where
// the line marks one: Spark's level key, Kafka's, Hive's and Cassandra's level column, the unified
// JVM log's [info] decoration, Elasticsearch's log.level; the event log has none. A health
// status of yellow is no level. The host is the record's host field: none of these families has
// one; a Spark context's host and host_port, an event log's executor Host, a Kafka member's client
// host, elasticsearch.node.name and a thread name that names a node are not the record's host. A
// record that spans lines is one entry: the SQL text and the EXPLAIN plan under a Hive line (blank
// lines included), the query lines under Cassandra's report, the exception line under Kafka's WARN,
// the stack trace under Hive's ERROR.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); hosts, ids, addresses, users and messages
// are invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit fe6bbc4 before any rule for it: level 100.0 %, time 95.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 94.6 %, host 100.0 %, records 100.0 %), in a
// worktree at fe6bbc4 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is the Spark event log's job events, whose Submission Time and
// Completion Time are not read.

var fresh211Cases = []worldCase{
	{
		name:   "spark4-json-peers",
		source: "Spark 4.0's default log4j2.properties.template (JSON Template Layout: ts in UTC, level, msg, context with the MDC keys, exception with class, msg and a stacktrace array, logger as the simple name): spark.apache.org docs 'Configuration' (Structured Logging); apache/spark PR #46349 and PR #46322 (SPARK-48074); pyspark.logger SPARK_LOG_SCHEMA",
		why:    "the context's host and host_port name an executor, a peer of the driver that wrote the line; an exception object on the one line",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.977Z", Info, "", `{"ts":"2026-11-29T07:41:20.977Z","level":"INFO","msg":"Registered executor NettyRpcEndpointRef(spark-client://Executor) (10.8.3.17:52411) with ID 2, ResourceProfileId 0","context":{"executor_id":"2","host_port":"10.8.3.17:52411","resource_profile_id":"0"},"logger":"YarnSchedulerBackend$YarnDriverEndpoint"}`),
			we("2026-11-29T07:41:21.402Z", Info, "", `{"ts":"2026-11-29T07:41:21.402Z","level":"INFO","msg":"Registering block manager 10.8.3.17:40231 with 2.1 GiB RAM, BlockManagerId(2, 10.8.3.17, 40231, None)","context":{"block_manager_id":"BlockManagerId(2, 10.8.3.17, 40231, None)","host_port":"10.8.3.17:40231","memory_size":"2.1 GiB"},"logger":"BlockManagerMasterEndpoint"}`),
			we("2026-11-29T07:41:57.771Z", Error, "", `{"ts":"2026-11-29T07:41:57.771Z","level":"ERROR","msg":"Lost executor 2 on worker-07.example.internal: Container from a bad node: container_e12_1795930000000_0412_01_000003 on host: worker-07.example.internal. Exit status: 137.","context":{"executor_id":"2","host":"worker-07.example.internal","reason":"Container from a bad node"},"logger":"YarnClusterScheduler"}`),
			we("2026-11-29T07:41:57.803Z", Warn, "", `{"ts":"2026-11-29T07:41:57.803Z","level":"WARN","msg":"Lost task 3.0 in stage 7.0 (TID 41) (worker-07.example.internal executor 2): ExecutorLostFailure (executor 2 exited caused by one of the running tasks) Reason: Container from a bad node","context":{"executor_id":"2","host":"worker-07.example.internal","task_name":"task 3.0 in stage 7.0 (TID 41)"},"logger":"TaskSetManager"}`),
			we("2026-11-29T07:41:58.204Z", Error, "", `{"ts":"2026-11-29T07:41:58.204Z","level":"ERROR","msg":"Aborting job 4","context":{"job_id":"4"},"exception":{"class":"org.apache.spark.SparkException","msg":"Job aborted due to stage failure: Task 3 in stage 7.0 failed 4 times, most recent failure: Lost task 3.3 in stage 7.0 (TID 47) (worker-02.example.internal executor 5)","stacktrace":[{"class":"org.apache.spark.scheduler.DAGScheduler","method":"failJobAndIndependentStages","file":"DAGScheduler.scala","line":"2935"},{"class":"org.apache.spark.scheduler.DAGScheduler","method":"abortStage","file":"DAGScheduler.scala","line":"2871"}]},"logger":"FileFormatWriter"}`),
		},
	},
	{
		name:   "spark-eventlog-jobs",
		source: "Spark 4's event log (spark.eventLog.enabled; one JSON listener event a line from JsonProtocol: SparkListenerExecutorAdded and ExecutorRemoved with Timestamp, JobStart with Submission Time, JobEnd with Completion Time, all epoch milliseconds; LogStart with none): spark.apache.org docs 'Monitoring and Instrumentation' (event logs); apache/spark JsonProtocol.scala",
		why:    "the event's time is a key other than Timestamp on job events; an executor's Host inside Executor Info is a peer; no level",
		entries: []worldEntry{
			we("", Unknown, "", `{"Event":"SparkListenerLogStart","Spark Version":"4.0.1"}`),
			we("2026-11-29T07:41:21.402Z", Unknown, "", `{"Event":"SparkListenerExecutorAdded","Timestamp":1795938081402,"Executor ID":"2","Executor Info":{"Host":"worker-07.example.internal","Total Cores":4,"Log Urls":{"stdout":"http://worker-07.example.internal:8042/node/containerlogs/container_e12_1795930000000_0412_01_000003/etl/stdout?start=-4096","stderr":"http://worker-07.example.internal:8042/node/containerlogs/container_e12_1795930000000_0412_01_000003/etl/stderr?start=-4096"},"Attributes":{},"Resources":{},"Resource Profile Id":0}}`),
			we("2026-11-29T07:41:46.118Z", Unknown, "", `{"Event":"SparkListenerJobStart","Job ID":4,"Submission Time":1795938106118,"Stage Infos":[{"Stage ID":7,"Stage Attempt ID":0,"Stage Name":"save at OrdersJob.scala:88","Number of Tasks":16,"RDD Info":[],"Parent IDs":[6],"Details":"","Accumulables":[],"Resource Profile Id":0}],"Stage IDs":[7],"Properties":{"spark.job.description":"save at OrdersJob.scala:88","spark.sql.execution.id":"12"}}`),
			we("2026-11-29T07:41:57.771Z", Unknown, "", `{"Event":"SparkListenerExecutorRemoved","Timestamp":1795938117771,"Executor ID":"2","Removed Reason":"Container from a bad node: container_e12_1795930000000_0412_01_000003 on host: worker-07.example.internal. Exit status: 137."}`),
			we("2026-11-29T07:41:58.204Z", Unknown, "", `{"Event":"SparkListenerJobEnd","Job ID":4,"Completion Time":1795938118204,"Job Result":{"Result":"JobFailed","Exception":{"Message":"Job aborted due to stage failure: Task 3 in stage 7.0 failed 4 times","Stack Trace":[{"Declaring Class":"org.apache.spark.scheduler.DAGScheduler","Method Name":"failJobAndIndependentStages","File Name":"DAGScheduler.scala","Line Number":2935}]}}}`),
		},
	},
	{
		name:   "kafka4-group-coordinator",
		source: "Kafka 4's server.log with the new group coordinator (KIP-848): log4j2 `[yyyy-MM-dd HH:mm:ss,SSS] LEVEL msg (logger)`, the coordinator's log context `[GroupCoordinator id=N topic=__consumer_offsets partition=P]` and `[GroupId …]` before the message, an exception on the line under a WARN: kafka.apache.org docs 'Consumer rebalance protocol' and config/log4j2.yaml; apache/kafka GroupMetadataManager and CoordinatorRuntime",
		why:    "two bracketed contexts before the message; the exception line under the WARN belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `[2026-11-29 07:41:16,204] INFO [GroupCoordinator id=1 topic=__consumer_offsets partition=7] Finished loading of metadata from 1204 with epoch 12 in 41ms where 38ms was spent in the scheduler. Loaded 412 records which total to 88123 bytes. (org.apache.kafka.coordinator.common.runtime.CoordinatorRuntime)`),
			we("2026-11-29T07:41:19.33Z", Info, "", `[2026-11-29 07:41:19,330] INFO [GroupCoordinator id=1 topic=__consumer_offsets partition=7] [GroupId orders-enrich] Member Q9mKx2bT0w4f1c2a7e joined the consumer group with client host /10.8.4.12. (org.apache.kafka.coordinator.group.GroupMetadataManager)`),
			we("2026-11-29T07:41:19.331Z", Info, "", `[2026-11-29 07:41:19,331] INFO [GroupCoordinator id=1 topic=__consumer_offsets partition=7] [GroupId orders-enrich] Bumped group epoch to 9. (org.apache.kafka.coordinator.group.GroupMetadataManager)`),
			we("2026-11-29T07:42:04.118Z", Info, "", `[2026-11-29 07:42:04,118] INFO [GroupCoordinator id=1 topic=__consumer_offsets partition=7] [GroupId orders-enrich] Member 9b3dR4kLw0Zq7xY1a fenced from the group because its session expired. (org.apache.kafka.coordinator.group.GroupMetadataManager)`),
			we("2026-11-29T07:42:05.002Z", Warn, "",
				`[2026-11-29 07:42:05,002] WARN [GroupCoordinator id=1] Operation consumer-group-heartbeat with ConsumerGroupHeartbeatRequestData(groupId='orders-enrich', memberId='Q9mKx2bT0w4f1c2a7e', memberEpoch=9) hit an unexpected exception: This is not the correct coordinator. (org.apache.kafka.coordinator.group.GroupCoordinatorService)`,
				`org.apache.kafka.common.errors.NotCoordinatorException: This is not the correct coordinator.`),
		},
	},
	{
		name:   "kafka4-share-groups",
		source: "Kafka 4.1's share groups (KIP-932, queues for Kafka): the share coordinator's `[ShareCoordinator id=N topic=__share_group_state partition=P]` context and SharePartition's `[SharePartition groupId=… topicIdPartition=…]` in server.log, the log4j2 layout of config/log4j2.yaml: kafka.apache.org docs 'Share groups'; apache/kafka ShareCoordinatorShard and SharePartition",
		why:    "a topic id and partition inside a bracketed context with an = sign; no host",
		entries: []worldEntry{
			we("2026-11-29T07:43:10.412Z", Info, "", `[2026-11-29 07:43:10,412] INFO [ShareCoordinator id=2 topic=__share_group_state partition=3] Finished loading of metadata from 88 with epoch 4 in 12ms where 11ms was spent in the scheduler. Loaded 41 records which total to 4120 bytes. (org.apache.kafka.coordinator.common.runtime.CoordinatorRuntime)`),
			we("2026-11-29T07:43:11.02Z", Info, "", `[2026-11-29 07:43:11,020] INFO [GroupCoordinator id=2 topic=__consumer_offsets partition=11] [GroupId invoices-share] Member Zq7xY1a9b3dR4kLw0 joined the share group. (org.apache.kafka.coordinator.group.GroupMetadataManager)`),
			we("2026-11-29T07:43:41.204Z", Warn, "", `[2026-11-29 07:43:41,204] WARN [SharePartition groupId=invoices-share topicIdPartition=q2W4e6T8Y0u1I3o5P7a9Sd:invoices-0] Acquisition lock timed out for offsets 4117 to 4121, records released for redelivery (delivery count 3). (kafka.server.share.SharePartition)`),
			we("2026-11-29T07:43:41.205Z", Debug, "", `[2026-11-29 07:43:41,205] DEBUG [SharePartition groupId=invoices-share topicIdPartition=q2W4e6T8Y0u1I3o5P7a9Sd:invoices-0] Start offset moved to 4122. (kafka.server.share.SharePartition)`),
		},
	},
	{
		name:   "hive4-explain-output",
		source: "Hive 4's HiveServer2 log (hive-log4j2.properties `%d{ISO8601} %5p [%t] %c{2}: %m%n`) with hive.log.explain.output=true: the query text as written (new lines kept) after Compiling command and Executing command, and `EXPLAIN output for queryid …` with the plan, blank lines included: cwiki.apache.org 'Configuration Properties' (hive.log.explain.output) and 'LanguageManual Explain' (the user-level plan); apache/hive Driver and Compiler",
		why:    "an ISO8601 comma time with a T; the SQL text and the plan run over many lines under the record's line, with blank lines and a date inside the WHERE; a stack trace with Caused by under an ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "",
				"2026-11-29T07:41:16,204  INFO [HiveServer2-Handler-Pool: Thread-88] ql.Driver: Compiling command(queryId=hive_20261129074116_4f1c2a7e-9b3d-4c5e-8d2b-1207a5e41207): SELECT region, sum(amount) AS total",
				"FROM sales.orders",
				"WHERE ds = '2026-11-28'",
				"GROUP BY region"),
			we("2026-11-29T07:41:16.911Z", Info, "",
				"2026-11-29T07:41:16,911  INFO [HiveServer2-Handler-Pool: Thread-88] ql.Compiler: EXPLAIN output for queryid hive_20261129074116_4f1c2a7e-9b3d-4c5e-8d2b-1207a5e41207 : Plan optimized by CBO.",
				"",
				"Vertex dependency in root stage",
				"Reducer 2 <- Map 1 (SIMPLE_EDGE)",
				"",
				"Stage-0",
				"  Fetch Operator",
				"    limit:-1",
				"    Stage-1",
				"      Reducer 2 vectorized",
				"      File Output Operator [FS_14]",
				"        Group By Operator [GBY_13] (rows=12 width=188)",
				`          Output:["_col0","_col1"],aggregations:["sum(VALUE._col0)"],keys:KEY._col0`,
				"        <-Map 1 [SIMPLE_EDGE] vectorized",
				"          SHUFFLE [RS_12]",
				"            PartitionCols:_col0",
				"            Select Operator [SEL_11] (rows=41207 width=188)",
				"              TableScan [TS_0] (rows=41207 width=188)",
				`                sales@orders,orders,Tbl:COMPLETE,Col:COMPLETE,Output:["region","amount"]`),
			we("2026-11-29T07:41:16.93Z", Info, "", "2026-11-29T07:41:16,930  INFO [HiveServer2-Handler-Pool: Thread-88] ql.Driver: Completed compiling command(queryId=hive_20261129074116_4f1c2a7e-9b3d-4c5e-8d2b-1207a5e41207); Time taken: 0.726 seconds"),
			we("2026-11-29T07:41:16.944Z", Info, "",
				"2026-11-29T07:41:16,944  INFO [HiveServer2-Background-Pool: Thread-412] ql.Driver: Executing command(queryId=hive_20261129074116_4f1c2a7e-9b3d-4c5e-8d2b-1207a5e41207): SELECT region, sum(amount) AS total",
				"FROM sales.orders",
				"WHERE ds = '2026-11-28'",
				"GROUP BY region"),
			we("2026-11-29T07:41:58.102Z", Error, "",
				"2026-11-29T07:41:58,102 ERROR [HiveServer2-Background-Pool: Thread-412] exec.Task: Failed to execute tez graph.",
				"org.apache.tez.dag.api.TezException: Application application_1795930000000_0412 failed 2 times due to AM Container for appattempt_1795930000000_0412_000002 exited with  exitCode: -104",
				"\tat org.apache.tez.client.TezClient.waitTillReady(TezClient.java:1015) ~[tez-api-0.10.4.jar:0.10.4]",
				"\tat org.apache.hadoop.hive.ql.exec.tez.TezTask.execute(TezTask.java:243) ~[hive-exec-4.0.1.jar:4.0.1]",
				"Caused by: org.apache.hadoop.yarn.exceptions.YarnException: Container killed on request. Exit code is 143",
				"\t... 14 more"),
		},
	},
	{
		name:   "cassandra5-slow-queries",
		source: "Cassandra 5's debug.log (logback `%-5level [%thread] %date{ISO8601} %F:%L - %msg%n`): MonitoringTask's report `N operations were slow in the last M msecs:` and `N operations timed out …`, one `<query>, time … msec - slow timeout … msec` line per operation under it, and NoSpamLogger's pointer to it: cassandra.apache.org docs 'Logging' and cassandra.yaml (slow_query_log_timeout); apache/cassandra MonitoringTask.java",
		why:    "the level comes first, the thread, then the date; the query lines under the report (one with a date inside) belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:21.204Z", Info, "", "INFO  [ScheduledTasks:1] 2026-11-29 07:41:21,204 NoSpamLogger.java:104 - Some operations were slow, details available at debug level (debug.log)"),
			we("2026-11-29T07:41:21.205Z", Debug, "",
				"DEBUG [ScheduledTasks:1] 2026-11-29 07:41:21,205 MonitoringTask.java:185 - 2 operations were slow in the last 5003 msecs:",
				"<SELECT * FROM shop.orders WHERE customer_id = 4117 LIMIT 5000 ALLOW FILTERING>, time 1204 msec - slow timeout 500 msec",
				"<SELECT * FROM shop.carts WHERE cart_id = 7a1e4c2b-9d3f-4e5a-8b1c-2d3e4f5a6b7c LIMIT 100>, was slow 3 times: avg/min/max 612/540/701 msec - slow timeout 500 msec/cross-node"),
			we("2026-11-29T07:41:26.206Z", Debug, "",
				"DEBUG [ScheduledTasks:1] 2026-11-29 07:41:26,206 MonitoringTask.java:173 - 1 operations timed out in the last 5001 msecs:",
				"<SELECT * FROM shop.events WHERE day = '2026-11-28' LIMIT 5000>, total time 10002 msec, timeout 10000 msec/cross-node"),
			we("2026-11-29T07:41:27.011Z", Debug, "", "DEBUG [CompactionExecutor:7] 2026-11-29 07:41:27,011 CompactionTask.java:167 - Compacting (4f1c2a70-cd1b-11f1-9b3d-4c5e8d2b1207) [/var/lib/cassandra/data/shop/orders-8d2b12074f1c11f19b3d4c5e8d2b1207/oa-412-big-Data.db:level=0, ]"),
			we("2026-11-29T07:41:31.118Z", Warn, "", "WARN  [Native-Transport-Requests-4] 2026-11-29 07:41:31,118 NoSpamLogger.java:104 - Guardrail partition_size violated: Partition shop.events:2026-11-28 has size 1.2GiB, this exceeds the warning threshold of 100MiB."),
		},
	},
	{
		name:   "cassandra5-zgc-gclog",
		source: "Cassandra 5 on JDK 21 with generational ZGC (jvm21-server.options: -XX:+UseZGC -XX:+ZGenerational, -Xlog:gc=info,…:file=gc.log:time,uptime,level,tags): JDK unified logging decorations `[time][uptime][level][tags]` and ZGC's `GC(N) Minor Collection (…)` / `Major Collection (…)` and Allocation Stall lines: cassandra.apache.org docs 'Java versions' (JDK 21 in Cassandra 5); openjdk.org JEP 439 and the -Xlog documentation",
		why:    "a time with a +0000 offset, then an uptime in seconds, then the level as a decoration; collection sizes with percentages; Allocation Stall is a cause, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29T07:41:16.204+0000][8123.412s][info][gc] GC(412) Minor Collection (Allocation Rate) 3204M(39%)->1120M(14%) 0.018s"),
			we("2026-11-29T07:41:19.771Z", Info, "", "[2026-11-29T07:41:19.771+0000][8126.979s][info][gc] GC(413) Major Collection (Proactive) 4012M(49%)->2210M(27%) 1.204s"),
			we("2026-11-29T07:41:22.118Z", Info, "", "[2026-11-29T07:41:22.118+0000][8129.326s][info][gc] Allocation Stall (Native-Transport-Requests-12) 41.207ms"),
			we("2026-11-29T07:41:22.12Z", Info, "", "[2026-11-29T07:41:22.120+0000][8129.328s][info][gc] GC(414) Minor Collection (Allocation Stall) 7711M(94%)->5120M(62%) 0.041s"),
		},
	},
	{
		name:   "es8-health-periodic",
		source: "Elasticsearch 8's ECS JSON server log (log4j2 ESJsonLayout/ECS: @timestamp, log.level, message, ecs.version, service.name, event.dataset, process.thread.name, log.logger, elasticsearch.cluster.*, elasticsearch.node.*) with HealthPeriodicLogger's elasticsearch.health.* keys (health.periodic_logger.enabled) and error.type, error.message and error.stack_trace on a failure: elastic.co docs 'Elasticsearch application logging' and 'Health API' (health.periodic_logger.*)",
		why:    "a yellow or red health status is no level; the node name and a thread name naming the node are no host; a stack trace escaped inside the JSON keeps the record on one line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"@timestamp":"2026-11-29T07:41:16.204Z", "log.level": "INFO", "elasticsearch.health.overall.status":"yellow","elasticsearch.health.shards_availability.status":"yellow","elasticsearch.health.disk.status":"green","elasticsearch.health.master_is_stable.status":"green", "message":"health=yellow [shards_availability]" , "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-master-1][generic][T#4]","log.logger":"org.elasticsearch.health.HealthPeriodicLogger","elasticsearch.cluster.uuid":"q2W4e6T8Y0u1I3o5P7a9Sd","elasticsearch.node.id":"Lk3M9Q2w4E6t8Y0uPz1R5v","elasticsearch.node.name":"es-master-1","elasticsearch.cluster.name":"prod-logs"}`),
			we("2026-11-29T07:42:16.207Z", Info, "", `{"@timestamp":"2026-11-29T07:42:16.207Z", "log.level": "INFO", "elasticsearch.health.overall.status":"red","elasticsearch.health.shards_availability.status":"red","elasticsearch.health.disk.status":"yellow", "message":"health=red [shards_availability,disk]" , "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-master-1][generic][T#2]","log.logger":"org.elasticsearch.health.HealthPeriodicLogger","elasticsearch.cluster.uuid":"q2W4e6T8Y0u1I3o5P7a9Sd","elasticsearch.node.id":"Lk3M9Q2w4E6t8Y0uPz1R5v","elasticsearch.node.name":"es-master-1","elasticsearch.cluster.name":"prod-logs"}`),
			we("2026-11-29T07:42:17.118Z", Warn, "", `{"@timestamp":"2026-11-29T07:42:17.118Z", "log.level": "WARN", "message":"high disk watermark [90%] exceeded on [Pz1R5vLk3M9Q2w4E6t8Y0u][es-data-3][/usr/share/elasticsearch/data] free: 41.2gb[8.1%], shards will be relocated away from this node; currently relocating away shards totalling [0] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-master-1][management][T#3]","log.logger":"org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor","elasticsearch.cluster.uuid":"q2W4e6T8Y0u1I3o5P7a9Sd","elasticsearch.node.id":"Lk3M9Q2w4E6t8Y0uPz1R5v","elasticsearch.node.name":"es-master-1","elasticsearch.cluster.name":"prod-logs"}`),
			we("2026-11-29T07:42:19.402Z", Error, "", `{"@timestamp":"2026-11-29T07:42:19.402Z", "log.level":"ERROR", "message":"failed to execute bulk item (index) index {[logs-orders-2026.11.29][_doc][a7e9b3d4], source[n/a, actual length: [2.1kb], max length: 2kb]}", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-data-3][write][T#7]","log.logger":"org.elasticsearch.action.bulk.TransportShardBulkAction","elasticsearch.cluster.uuid":"q2W4e6T8Y0u1I3o5P7a9Sd","elasticsearch.node.id":"Pz1R5vLk3M9Q2w4E6t8Y0u","elasticsearch.node.name":"es-data-3","elasticsearch.cluster.name":"prod-logs","error.type":"org.elasticsearch.index.mapper.DocumentParsingException","error.message":"[1:88] failed to parse field [order.total] of type [long]","error.stack_trace":"org.elasticsearch.index.mapper.DocumentParsingException: [1:88] failed to parse field [order.total] of type [long]\n\tat org.elasticsearch.index.mapper.FieldMapper.rethrowAsDocumentParsingException(FieldMapper.java:241)\n\tat org.elasticsearch.index.mapper.DocumentParser.parseDocument(DocumentParser.java:113)\nCaused by: java.lang.IllegalArgumentException: For input string: \"12.40\"\n\t... 21 more\n"}`),
		},
	},
}

func TestFresh211Formats(t *testing.T) { assertTable(t, fresh211Cases) }
func TestFresh211Score(t *testing.T) {
	checkScore(t, "fresh211 formats", fresh211Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
