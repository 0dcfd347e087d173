package parse

import "testing"

// The three-hundred-and-twenty-third fresh table, written on 2026-12-05: stream-processing and
// event platforms in their 2025-2026 versions, a further pass, in shapes no earlier table holds.
// Each family is one product's documented or observed output: a Strimzi-managed Kafka Connect pod
// read with `kubectl logs --timestamps` (Strimzi's `%d{ISO8601} %p %X{connector.context}%m (%c)
// [%t]%n`, every line of a stack trace under its own kubelet stamp); a Kafka Connect worker under
// systemd read with journalctl, its LogReporter error lines (errors.log.enable) and their traces
// under the journal's header; a Kafka Streams 4 application on logback's
// `%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n` that logs topology.describe(); Flink
// 2.0's exception history from the REST API (`/jobs/:jobid/exceptions | jq -c
// '.exceptionHistory.entries[]'`); Spark Structured Streaming's console sink (the `Batch: N`
// blocks and show()'s tables among the driver's log4j2 lines); a Pulsar Python function instance's
// log file (`[%(asctime)s] [%(levelname)s] %(filename)s: %(message)s` with a %z offset); a Pulsar
// Java function in the thread runtime, written by conf/log4j2.yaml's functions RoutingAppender
// (`%d{ABSOLUTE} %level{length=5} [%thread] [instance: %X{instance}] %logger{1} - %msg%n`); NiFi
// 2's bulletin board (`/nifi-api/flow/bulletin-board | jq -c '.bulletinBoard.bulletins[]'`, the
// `HH:mm:ss z` time and the timestampIso instant, the level inside the nested bulletin); rpk's
// -v debug log on stderr (zap's console encoder, a bare `15:04:05.000` clock, two-space
// separators, the fields as JSON); Debezium 3 change events read back with `kcat -C -Z -f '%s\n'`
// (the envelope's ts_ms/ts_us/ts_ns and source.ts_*, a tombstone printed as NULL).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`kafka-connect`, `kafka connect`, `connect-distributed`, `connect-distributed[`,
// `WorkerSinkTask`, `WorkerSourceTask`, `connector.context`, `task-thread-`,
// `DistributedHerder-`, `Error encountered in task`, `LogReporter`, `confluent-kafka-connect`,
// `strimzi`, `KafkaConnect`, `kubectl logs`, `--timestamps`, `kafka streams`, `StreamThread`,
// `StreamsConfig`, `StreamThread-1]`, `o.a.k.s.p.internals`, `Topologies:`, `Sub-topology`,
// `LogAndContinueProcessingExceptionHandler`, `flink`, `taskmanager`, `TaskExecutor`,
// `jobmanager`, `flink-job-id`, `/exceptions`, `exceptionHistory`, `exceptionName`,
// `concurrentExceptions`, `taskManagerId`, `structured streaming`, `MicroBatchExecution`,
// `StreamingQueryProgress`, `Streaming query made progress`, `QueryProgressEvent`, `Batch: `,
// `foreachBatch`, `+------`, `pulsar`, `pulsar-functions`, `function worker`, `functions_worker`,
// `python_instance`, `python_instance_main`, `functions/public`, `pulsar-admin`, `+0100] [`,
// `nifi`, `nifi-app`, `nifi-bootstrap`, `RunNiFi`, `nifi-python`, `bulletin`,
// `flow/bulletin-board`, `timestampIso`, `SiteToSite`, `redpanda`, `rpk`, `rpk -v`, `rpk debug`,
// `rpk cluster`, `seastar`, `shard 0:main`, `seed_0`, `DEBUG  opening`, `redpanda.service`,
// `pandaproxy`, `debezium`, `io.debezium`, `Snapshot step`, `BinlogReader`, `"op":"`,
// `"before":`, `dbserver1`, `ts_ms`, `ts_us`, `kcat`, `kafkacat`, `kcat -Z`). Kafka Connect is in
// fresh27 (connect.log), fresh78 (cp-kafka-connect's docker console), fresh122 (standalone),
// fresh230 (the offsets scope) and fresh280 (MSK Connect); Strimzi's Connect pod behind kubelet
// stamps, a worker in the journal and LogReporter's lines are in none. Kafka Streams is in fresh49
// (Kafka's bracketed layout) and fresh89 (Spring Boot); logback's bare-clock layout and the
// topology description are in none. Flink is in many tables (logs, CLI, REST job overview in
// fresh300); its exception history is in none. Structured Streaming is in fresh56 (progress JSON)
// and fresh163 (a pyspark exception); the console sink's blocks are in none. Pulsar functions are
// in fresh62 (the process runtime's Java instance log); the Python instance's log and the thread
// runtime's routed file are in none. NiFi is in many tables (app, bootstrap, user, request,
// deprecation logs, MiNiFi, the registry); its bulletins are in none. Redpanda is in fresh_test,
// fresh13, fresh70, fresh124 and fresh160 (the broker, Connect, Console, rpk start under compose);
// rpk's -v log is in none. Debezium is in fresh13, fresh49 and fresh201 (its connector and server
// logs); its change events are in none. The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). kubelet's RFC 3339 stamp and log4j's own time are both the record's time,
// so either is accepted (the REST line's NCSA time as well); the journal's yearless time (2026) and
// Kafka's bracketed time likewise; logback's `07:41:16.021`, Pulsar's `%d{ABSOLUTE}` and rpk's
// clock have no date and are on the table's day, no zone and taken as UTC; Flink's timestamp is
// epoch milliseconds, a concurrent exception's timestamp inside it is not the entry's; Spark's
// `yy/MM/dd HH:mm:ss` is UTC and the console sink's blocks carry no time; the Python instance's
// `+0100` is converted; NiFi's `08:41:16 CET` is a time of day with a zone (on the table's day,
// an hour ahead of UTC) and timestampIso the same instant to the millisecond, either accepted; a
// change event's envelope ts_ms/ts_us/ts_ns (when Debezium handled it) and its source.ts_* (when
// the database committed it) are both its own, any accepted; the Kafka record timestamp inside LogReporter's
// message, the order_date day count and the LSN are no times. Levels only where the line marks one:
// log4j's level word, the journal carries none of its own, logback's padded level, Python's
// levelname (WARNING is Warn), the Routing appender's `%level{length=5}`, the nested bulletin's
// "level" (WARNING), zap's DEBUG/WARN; a change event, a Flink history entry and a Spark batch
// block have none (an exceptionName is no level). The host is the record's host field: the
// journal's host name; a pod's REST client address, a Flink endpoint or TaskManager id, a Debezium
// logical server name, rpk's broker address and a Pulsar broker named in a topic URL are not hosts.
// A record that spans lines is one entry: a stack trace under its line (also when kubelet or the
// journal put their own prefix before each of its lines), the topology description with its
// indented lines, a Python traceback under Log.exception's line, a console-sink block from its
// first rule to the blank line after show()'s table.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d13dd9c before any rule for it: level 86.0 %, time 78.0 %, host 96.0 %, records 92.0 %.
// That is the macro figure (micro: level 88.9 %, time 80.0 %, host 95.6 %, records 91.1 %), in a
// worktree at d13dd9c with no change to trawl's code (only this file and table_test.go's list), 7 of
// 10 families fully right; the gaps are the Spark console sink's untimed batch blocks joined to the
// log line before them, the time and the nested level of NiFi's bulletins, and Debezium's ts_ms,
// ts_us and ts_ns epoch keys.

var fresh323Cases = []worldCase{
	{
		name:   "strimzi-kafka-connect-kubectl-timestamps",
		source: "a Strimzi 0.45 KafkaConnect pod (Kafka 3.9) read with `kubectl logs --timestamps` (kubelet's RFC 3339 nanosecond stamp before each line of Strimzi's default connect layout `%d{ISO8601} %p %X{connector.context}%m (%c) [%t]%n`, the REST server's NCSA lines as the operator polls the connector status, a task's exception under its ERROR with every trace line stamped): strimzi/strimzi-kafka-operator cluster-operator/src/main/resources/default-logging/KafkaConnectCluster.properties and LoggingModelTest; kubelet's per-line stamps from memory",
		why:    "two times of the same instant on each line (kubelet's and log4j's comma-millisecond one); the connector context in brackets and the thread at the end are no hosts; a trace whose lines each carry their own kubelet stamp is still one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204581092Z|2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T07:41:16.204581092Z 2026-11-29 07:41:16,204 INFO [orders-jdbc-sink|task-0] Sink task WorkerSinkTask{id=orders-jdbc-sink-0} finished initialization and start (org.apache.kafka.connect.runtime.WorkerSinkTask) [task-thread-orders-jdbc-sink-0]"),
			we("2026-11-29T07:41:17.330907114Z|2026-11-29T07:41:17.330Z|2026-11-29T07:41:17Z", Info, "", `2026-11-29T07:41:17.330907114Z 2026-11-29 07:41:17,330 INFO 10.244.3.17 - - [29/Nov/2026:07:41:17 +0000] "GET /connectors/orders-jdbc-sink/status HTTP/1.1" 200 182 "-" "-" 4 (org.apache.kafka.connect.runtime.rest.RestServer) [qtp1784131088-41]`),
			we("2026-11-29T07:41:18.770112348Z|2026-11-29T07:41:18.770Z", Warn, "", "2026-11-29T07:41:18.770112348Z 2026-11-29 07:41:18,770 WARN [orders-jdbc-sink|task-0] WorkerSinkTask{id=orders-jdbc-sink-0} Commit of offsets timed out (org.apache.kafka.connect.runtime.WorkerSinkTask) [task-thread-orders-jdbc-sink-0]"),
			we("2026-11-29T07:41:20.118203441Z|2026-11-29T07:41:20.118Z", Error, "",
				"2026-11-29T07:41:20.118203441Z 2026-11-29 07:41:20,118 ERROR [orders-jdbc-sink|task-0] WorkerSinkTask{id=orders-jdbc-sink-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask) [task-thread-orders-jdbc-sink-0]",
				"2026-11-29T07:41:20.118251907Z org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.",
				"2026-11-29T07:41:20.118259013Z \tat org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:636)",
				"2026-11-29T07:41:20.118264378Z \tat org.apache.kafka.connect.runtime.WorkerSinkTask.poll(WorkerSinkTask.java:345)",
				"2026-11-29T07:41:20.118270112Z Caused by: org.postgresql.util.PSQLException: FATAL: remaining connection slots are reserved for roles with the SUPERUSER attribute",
				"2026-11-29T07:41:20.118275640Z \t... 11 more"),
			we("2026-11-29T07:41:20.120448812Z|2026-11-29T07:41:20.120Z", Info, "", "2026-11-29T07:41:20.120448812Z 2026-11-29 07:41:20,120 INFO [orders-jdbc-sink|task-0] Stopping task orders-jdbc-sink-0 (org.apache.kafka.connect.runtime.Worker) [DistributedHerder-connect-1-1]"),
		},
	},
	{
		name:   "kafka-connect-journal-log-reporter",
		source: "a Kafka Connect worker run by Confluent Platform's confluent-kafka-connect.service (connect-log4j's stdout appender `[%d] %p %X{connector.context}%m (%c:%L)%n` into the journal, read with plain journalctl), with errors.log.enable=true: LogReporter's `Error encountered in task X. Executing stage 'VALUE_CONVERTER' with class '…', where consumed record is {topic=…,partition=…,offset=…,timestamp=…,timestampType=CreateTime}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)` and its exception: apache/kafka LogReporterTest (the message), a Kafka Connect error-handling write-up quoting the LogReporter line; the unit's journal identifier from memory",
		why:    "the journal's yearless time and host, then Kafka's bracketed time and level; the Kafka record's epoch timestamp= inside the message is no time; the trace lines each under the journal's header belong to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z|2026-11-29T07:41:16Z", Info, "connect-02", "Nov 29 07:41:16 connect-02 connect-distributed[1893]: [2026-11-29 07:41:16,412] INFO [pg-orders-sink|task-0] Sink task WorkerSinkTask{id=pg-orders-sink-0} finished initialization and start (org.apache.kafka.connect.runtime.WorkerSinkTask:329)"),
			we("2026-11-29T07:41:19.087Z|2026-11-29T07:41:19Z", Error, "connect-02",
				"Nov 29 07:41:19 connect-02 connect-distributed[1893]: [2026-11-29 07:41:19,087] ERROR [pg-orders-sink|task-0] Error encountered in task pg-orders-sink-0. Executing stage 'VALUE_CONVERTER' with class 'io.confluent.connect.avro.AvroConverter', where consumed record is {topic='orders',partition=3,offset=88211,timestamp=1795938078911,timestampType=CreateTime}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)",
				"Nov 29 07:41:19 connect-02 connect-distributed[1893]: org.apache.kafka.connect.errors.DataException: Failed to deserialize data for topic orders to Avro: ",
				"Nov 29 07:41:19 connect-02 connect-distributed[1893]: \tat io.confluent.connect.avro.AvroConverter.toConnectData(AvroConverter.java:148)",
				"Nov 29 07:41:19 connect-02 connect-distributed[1893]: Caused by: org.apache.kafka.common.errors.SerializationException: Unknown magic byte!"),
			we("2026-11-29T07:41:19.093Z|2026-11-29T07:41:19Z", Warn, "connect-02", "Nov 29 07:41:19 connect-02 connect-distributed[1893]: [2026-11-29 07:41:19,093] WARN [pg-orders-sink|task-0] [Producer clientId=connector-dlq-producer-pg-orders-sink-0] Error while fetching metadata with correlation id 7 : {orders-dlq=UNKNOWN_TOPIC_OR_PARTITION} (org.apache.kafka.clients.NetworkClient:1253)"),
			we("2026-11-29T07:41:31.002Z|2026-11-29T07:41:31Z", Info, "connect-02", "Nov 29 07:41:31 connect-02 connect-distributed[1893]: [2026-11-29 07:41:31,002] INFO [Worker clientId=connect-1, groupId=connect-cluster] Session key updated (org.apache.kafka.connect.runtime.distributed.DistributedHerder:2381)"),
		},
	},
	{
		name:   "kafka-streams-logback-topology-describe",
		source: "a Kafka Streams 4.1 application on logback's common console pattern `%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n` (loggers abbreviated to 36 characters, the stream thread's long name in brackets), logging topology.describe() at start (`Topologies:` and its indented `Sub-topology`, `Source`, `Processor`, `Sink` lines with `-->`/`<--` arrows, a blank line after) and KIP-1033's LogAndContinueProcessingExceptionHandler warning with its exception: the TopologyDescription layout as pasted in public Kafka Streams tutorials and test sources found by search (`Topologies:\\n   Sub-topology: 0\\n    Source: …`); the handler's message from memory",
		why:    "a bare clock with milliseconds (on the table's day) and a padded level; the topology's indented lines and the blank line after them belong to the record that logged them; the stream thread's uuid is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.902Z", Info, "", "07:41:15.902 [main] INFO  o.apache.kafka.streams.KafkaStreams - stream-client [orders-enricher-0b9d4e2a-6c1f-4a83-9e57-2d8b1c0f3a64] Kafka Streams version: 4.1.0"),
			we("2026-11-29T07:41:16.021Z", Info, "",
				"07:41:16.021 [main] INFO  com.example.orders.EnricherApp - Topologies:",
				"   Sub-topology: 0",
				"    Source: orders-source (topics: [orders])",
				"      --> drop-test-orders",
				"    Processor: drop-test-orders (stores: [])",
				"      --> enrich-with-customer",
				"      <-- orders-source",
				"    Processor: enrich-with-customer (stores: [customers-store])",
				"      --> orders-enriched-sink",
				"      <-- drop-test-orders",
				"    Sink: orders-enriched-sink (topic: orders-enriched)",
				"      <-- enrich-with-customer",
				""),
			we("2026-11-29T07:41:16.388Z", Info, "", "07:41:16.388 [orders-enricher-0b9d4e2a-6c1f-4a83-9e57-2d8b1c0f3a64-StreamThread-1] INFO  o.a.k.s.p.internals.StreamThread - stream-thread [orders-enricher-0b9d4e2a-6c1f-4a83-9e57-2d8b1c0f3a64-StreamThread-1] State transition from CREATED to STARTING"),
			we("2026-11-29T07:41:19.544Z", Info, "", "07:41:19.544 [orders-enricher-0b9d4e2a-6c1f-4a83-9e57-2d8b1c0f3a64-StreamThread-1] INFO  o.apache.kafka.streams.KafkaStreams - stream-client [orders-enricher-0b9d4e2a-6c1f-4a83-9e57-2d8b1c0f3a64] State transition from REBALANCING to RUNNING"),
			we("2026-11-29T07:41:23.107Z", Warn, "",
				"07:41:23.107 [orders-enricher-0b9d4e2a-6c1f-4a83-9e57-2d8b1c0f3a64-StreamThread-1] WARN  o.a.k.s.e.LogAndContinueProcessingExceptionHandler - Exception caught during message processing, processor node: enrich-with-customer, taskId: 0_2, source topic: orders, source partition: 2, source offset: 88211",
				"java.lang.IllegalStateException: no customer for order 7f3a2c19",
				"\tat com.example.orders.EnrichProcessor.process(EnrichProcessor.java:58)",
				"\tat org.apache.kafka.streams.processor.internals.ProcessorNode.process(ProcessorNode.java:156)"),
		},
	},
	{
		name:   "flink2-rest-exception-history-jq",
		source: "Flink 2.0's JobManager REST API `GET /jobs/:jobid/exceptions` read with `jq -c '.exceptionHistory.entries[]'` (JobExceptionsInfoWithHistory's RootExceptionInfo: exceptionName, stacktrace with escaped newlines, timestamp in epoch milliseconds, taskName, endpoint and taskManagerId only for task failures, failureLabels, concurrentExceptions each with their own timestamp; newest entry first): apache/flink JobExceptionsInfoWithHistory.java, FLINK-21190 (the history's schema), the REST API's generated schema (endpoint replacing location)",
		why:    "the only time is the entry's epoch-millisecond timestamp; a concurrent exception's own timestamp nested inside is not the entry's; exceptionName is no level; the TaskManager's endpoint and id are no host",
		entries: []worldEntry{
			we("2026-11-29T07:52:40.118Z", Unknown, "", `{"exceptionName":"org.apache.flink.runtime.jobmaster.JobMasterException","stacktrace":"org.apache.flink.runtime.jobmaster.JobMasterException: TaskManager with id orders-pipeline-taskmanager-1-3 is no longer reachable.\n\tat org.apache.flink.runtime.jobmaster.JobMaster$TaskManagerHeartbeatListener.notifyTargetUnreachable(JobMaster.java:1467)\n\tat org.apache.flink.runtime.heartbeat.DefaultHeartbeatMonitor.reportHeartbeatRpcFailure(DefaultHeartbeatMonitor.java:126)\n","timestamp":1795938760118,"taskName":"Source: orders-kafka -> Filter (3/4)","endpoint":"10.42.5.8:6121","taskManagerId":"orders-pipeline-taskmanager-1-3","failureLabels":{"type":"SYSTEM"},"concurrentExceptions":[{"exceptionName":"org.apache.flink.runtime.jobmaster.JobMasterException","stacktrace":"org.apache.flink.runtime.jobmaster.JobMasterException: TaskManager with id orders-pipeline-taskmanager-1-3 is no longer reachable.\n","timestamp":1795938760131,"taskName":"Sink: orders-to-s3 (3/4)","endpoint":"10.42.5.8:6121","taskManagerId":"orders-pipeline-taskmanager-1-3","failureLabels":{"type":"SYSTEM"}}]}`),
			we("2026-11-29T07:46:31.877Z", Unknown, "", `{"exceptionName":"org.apache.flink.util.FlinkRuntimeException","stacktrace":"org.apache.flink.util.FlinkRuntimeException: Exceeded checkpoint tolerable failure threshold. The latest checkpoint failed due to Checkpoint expired before completing, view the Checkpoint History tab or the Job Manager log to find out why continuous checkpoints failed.\n\tat org.apache.flink.runtime.checkpoint.CheckpointFailureManager.checkFailureAgainstCounter(CheckpointFailureManager.java:212)\n","timestamp":1795938391877,"failureLabels":{},"concurrentExceptions":[]}`),
			we("2026-11-29T07:41:16.412Z", Unknown, "", `{"exceptionName":"java.io.IOException","stacktrace":"java.io.IOException: Could not perform checkpoint 412 for operator Sink: orders-to-s3 (2/4)#3.\n\tat org.apache.flink.streaming.runtime.tasks.StreamTask.triggerCheckpointOnBarrier(StreamTask.java:1285)\nCaused by: java.net.SocketTimeoutException: Read timed out\n","timestamp":1795938076412,"taskName":"Sink: orders-to-s3 (2/4)","endpoint":"10.42.3.17:6121","taskManagerId":"orders-pipeline-taskmanager-1-2","failureLabels":{},"concurrentExceptions":[]}`),
		},
	},
	{
		name:   "spark-structured-streaming-console-sink",
		source: "a Spark 3.5 Structured Streaming driver's console (`spark-submit … 2>&1`) with `writeStream.format(\"console\")`: log4j2-defaults' `yy/MM/dd HH:mm:ss LEVEL Class: msg` on stderr, and on stdout ConsoleWriter's commit: three println calls (a rule of dashes, `Batch: N`, the rule again) then Dataset.show()'s table and the blank line println leaves after it: apache/spark ConsoleWriter (sources/ConsoleStreamingWrite) as found by search, and user foreachBatch code copying it; MicroBatchExecution's and ProcessingTimeExecutor's messages from memory",
		why:    "the log4j lines' two-digit-year time is UTC; a batch's block (rules, Batch: N, the table, the blank line) has no time and no level and is one record of its own, not a continuation of the log line before it",
		entries: []worldEntry{
			we("2026-11-29T07:41:10Z", Info, "", "26/11/29 07:41:10 INFO MicroBatchExecution: Starting [id = 3c1e9a7b-5f2d-4e8a-b0c4-7d9e2f1a6b53, runId = 9a4b2c1d-7e6f-4a3b-8c9d-0e1f2a3b4c5d]. Use file:/tmp/temporary-8f2e1c4a-0b7d-4c3e-9a16-5d2f7e8b1c04 to store the query checkpoint."),
			we("", Unknown, "",
				"-------------------------------------------",
				"Batch: 0",
				"-------------------------------------------",
				"+------+-----+",
				"|region|count|",
				"+------+-----+",
				"+------+-----+",
				""),
			we("2026-11-29T07:41:20Z", Warn, "", "26/11/29 07:41:20 WARN ProcessingTimeExecutor: Current batch is falling behind. The trigger interval is 5000 milliseconds, but spent 8213 milliseconds"),
			we("", Unknown, "",
				"-------------------------------------------",
				"Batch: 1",
				"-------------------------------------------",
				"+------+-----+",
				"|region|count|",
				"+------+-----+",
				"|  eu-1|  412|",
				"|  us-2|   77|",
				"|ap-s-1|    9|",
				"+------+-----+",
				""),
			we("2026-11-29T07:41:25Z", Info, "", "26/11/29 07:41:25 INFO CheckpointFileManager: Writing atomically to file:/tmp/temporary-8f2e1c4a-0b7d-4c3e-9a16-5d2f7e8b1c04/commits/1 using temp file file:/tmp/temporary-8f2e1c4a-0b7d-4c3e-9a16-5d2f7e8b1c04/commits/.1.2b9c7e41-5d3a-4f08-8c1e-6a0b9d2f4e73.tmp"),
		},
	},
	{
		name:   "pulsar-python-function-instance-log",
		source: "a Pulsar 4.0 Python function's instance log under the process runtime, logs/functions/<tenant>/<namespace>/<name>/<name>-<n>.log (conf/functions-logging/logging_config.ini: `[%(asctime)s] [%(levelname)s] %(filename)s: %(message)s`, datefmt `%Y-%m-%d %H:%M:%S %z`; log.py routes the function's print() to INFO from log.py; python_instance.py's `Setting up consumer for topic … with subname …`, `Started Thread for executing the function` and Log.exception's `Exception while executing user method` with its traceback): apache/pulsar conf/functions-logging/logging_config.ini, pulsar-functions/instance/src/main/python/log.py and python_instance.py",
		why:    "a bracketed time with a +0100 offset (converted) and a bracketed levelname; WARNING is Warn; the traceback under Log.exception's line is one record; the broker in the topic URL is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 08:41:16 +0100] [INFO] python_instance.py: Setting up consumer for topic persistent://public/default/orders with subname public/default/enrich-py"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 08:41:16 +0100] [INFO] python_instance.py: Started Thread for executing the function"),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29 08:41:17 +0100] [INFO] python_instance.py: Setting up producer for topic persistent://public/default/orders-enriched"),
			we("2026-11-29T07:41:30Z", Info, "", "[2026-11-29 08:41:30 +0100] [INFO] log.py: sku A-4120 has no list price, passing through"),
			we("2026-11-29T07:41:30Z", Warn, "", "[2026-11-29 08:41:30 +0100] [WARNING] enrich.py: order 7f3a2c19 has no region, using eu-1"),
			we("2026-11-29T07:41:31Z", Error, "",
				"[2026-11-29 08:41:31 +0100] [ERROR] python_instance.py: Exception while executing user method",
				"Traceback (most recent call last):",
				`  File "/pulsar/instances/python-instance/python_instance.py", line 297, in actual_execution`,
				"    output_object = self.function_class.process(input_object, self.contextimpl)",
				`  File "/tmp/pulsar_functions/public/default/enrich-py/0/enrich.py", line 21, in process`,
				`    region = order["region"].strip()`,
				"AttributeError: 'NoneType' object has no attribute 'strip'"),
		},
	},
	{
		name:   "pulsar-thread-runtime-function-routed-log",
		source: "a Pulsar 4.0 Java function in the thread runtime inside the function worker, written by conf/log4j2.yaml's RoutingAppender to logs/functions/<tenant>/<namespace>/<name>/<name>-<instance>.log (`%d{ABSOLUTE} %level{length=5} [%thread] [instance: %X{instance}] %logger{1} - %msg%n`: a bare `HH:mm:ss,SSS` clock, the level unpadded, the instance thread, the instance from the ThreadContext, the logger's last segment): apache/pulsar conf/log4j2.yaml (the functions Route); the function logger's name and JavaInstanceRunnable's message from memory",
		why:    "a bare clock with a comma before the milliseconds, on the table's day; an unpadded level; the tenant/namespace/function thread and [instance: 0] are no host; the trace under the ERROR is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.530Z", Info, "", "07:41:16,530 INFO [public/default/enrich-orders-0] [instance: 0] function-enrich-orders - price table loaded: 4120 skus"),
			we("2026-11-29T07:41:30.004Z", Warn, "", "07:41:30,004 WARN [public/default/enrich-orders-0] [instance: 0] function-enrich-orders - no price for sku A-4120, skipping"),
			we("2026-11-29T07:41:30.871Z", Debug, "", "07:41:30,871 DEBUG [public/default/enrich-orders-0] [instance: 0] function-enrich-orders - order 7f3a2c19 enriched in 3 ms"),
			we("2026-11-29T07:41:31.118Z", Error, "",
				"07:41:31,118 ERROR [public/default/enrich-orders-0] [instance: 0] JavaInstanceRunnable - [public/default/enrich-orders:0] Uncaught exception in Java Instance",
				`java.lang.NullPointerException: Cannot invoke "String.trim()" because "region" is null`,
				"\tat com.example.EnrichOrders.process(EnrichOrders.java:41) ~[?:?]",
				"\tat org.apache.pulsar.functions.instance.JavaInstance.handleMessage(JavaInstance.java:114) ~[org.apache.pulsar-pulsar-functions-instance-4.0.8.jar:4.0.8]"),
		},
	},
	{
		name:   "nifi2-bulletin-board-jq",
		gap:    "trawl reads neither the time nor the level of a bulletin: the `timestampIso` key is not read as a time key, the entity's `\"timestamp\":\"08:41:16 CET\"` (a time of day with a zone abbreviation) is not read as a time, and the level sits only in the nested `\"bulletin\":{…\"level\":\"ERROR\"…}` object, which is not read",
		source: "NiFi 2.x's bulletin board read with `curl …/nifi-api/flow/bulletin-board | jq -c '.bulletinBoard.bulletins[]'` on a standalone node in CET (BulletinEntity: id, groupId, sourceId, timestamp through TimeAdapter's `HH:mm:ss z`, timestampIso as an Instant, canRead, and the nested BulletinDTO with category, sourceName, level DEBUG|INFO|WARNING|ERROR, message, the same timestamp, sourceType, stackTrace; nodeAddress only when clustered): apache/nifi nifi-client-dto BulletinEntity.java, BulletinDTO.java, TimeAdapter.java and InstantAdapter.java",
		why:    "a time of day with a zone abbreviation (CET, an hour ahead of UTC) and an ISO instant of the same moment; the level is only inside the nested bulletin object, spelled WARNING; the ids, the processor's [id=…] and the FlowFile name are no times, no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z|2026-11-29T07:41:16Z", Error, "", `{"id":4410,"groupId":"3f1c2a9e-0191-1000-8c4b-6d2e7f0a1b53","sourceId":"7a3e5c1d-0192-1000-a4f2-9b8c7d6e5f41","timestamp":"08:41:16 CET","timestampIso":"2026-11-29T07:41:16.412Z","canRead":true,"bulletin":{"id":4410,"category":"Log Message","groupId":"3f1c2a9e-0191-1000-8c4b-6d2e7f0a1b53","sourceId":"7a3e5c1d-0192-1000-a4f2-9b8c7d6e5f41","sourceName":"PutDatabaseRecord","level":"ERROR","message":"PutDatabaseRecord[id=7a3e5c1d-0192-1000-a4f2-9b8c7d6e5f41] Failed to put Records to database for FlowFile[filename=orders-88211.json]. Routing to failure.: java.sql.BatchUpdateException: Batch entry 0 INSERT INTO orders (id, region, total) VALUES (88211, NULL, 41.20) was aborted","timestamp":"08:41:16 CET","sourceType":"PROCESSOR","stackTrace":"java.sql.BatchUpdateException: Batch entry 0 INSERT INTO orders (id, region, total) VALUES (88211, NULL, 41.20) was aborted\n\tat org.postgresql.jdbc.BatchResultHandler.handleError(BatchResultHandler.java:165)\n"}}`),
			we("2026-11-29T07:44:02.087Z|2026-11-29T07:44:02Z", Warn, "", `{"id":4413,"groupId":"3f1c2a9e-0191-1000-8c4b-6d2e7f0a1b53","sourceId":"c41d7a90-0192-1000-9a1c-6e0d8f2b4a15","timestamp":"08:44:02 CET","timestampIso":"2026-11-29T07:44:02.087Z","canRead":true,"bulletin":{"id":4413,"category":"Log Message","groupId":"3f1c2a9e-0191-1000-8c4b-6d2e7f0a1b53","sourceId":"c41d7a90-0192-1000-9a1c-6e0d8f2b4a15","sourceName":"ConsumeKafka","level":"WARNING","message":"ConsumeKafka[id=c41d7a90-0192-1000-9a1c-6e0d8f2b4a15] Failed to commit offsets for group nifi-orders; the records will be consumed again","timestamp":"08:44:02 CET","sourceType":"PROCESSOR"}}`),
			we("2026-11-29T07:52:40.530Z|2026-11-29T07:52:40Z", Info, "", `{"id":4419,"groupId":"3f1c2a9e-0191-1000-8c4b-6d2e7f0a1b53","sourceId":"1a6e9d02-0192-1000-8e5a-3b2c0d9f7e64","timestamp":"08:52:40 CET","timestampIso":"2026-11-29T07:52:40.530Z","canRead":true,"bulletin":{"id":4419,"category":"Log Message","groupId":"3f1c2a9e-0191-1000-8c4b-6d2e7f0a1b53","sourceId":"1a6e9d02-0192-1000-8e5a-3b2c0d9f7e64","sourceName":"LogMessage","level":"INFO","message":"LogMessage[id=1a6e9d02-0192-1000-8e5a-3b2c0d9f7e64] batch orders-2026-11-29 loaded: 4120 records","timestamp":"08:52:40 CET","sourceType":"PROCESSOR"}}`),
		},
	},
	{
		name:   "rpk-verbose-debug-stderr",
		source: "rpk 25.x with -v (`rpk topic produce orders -v 2>&1`): Params.BuildLogger's zap production config with the console encoding, the time as `15:04:05.000`, ConsoleSeparator two spaces, the level as DEBUG|INFO|WARN|ERROR unpadded, no caller, franz-go's key-values as a JSON object after the message: redpanda-data/redpanda src/go/rpk/pkg/config/params.go (BuildLogger), issue #16916 (`08:47:04.632  DEBUG  using broker address…`) and issue #7967 (the older `[DEBUG]` lines); franz-go's messages and keys from memory",
		why:    "a bare clock with milliseconds and no zone (the table's day, UTC); the level between two-space separators; the JSON fields' durations, byte counts and broker addresses are no times and no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", `07:41:16.204  DEBUG  opening connection to broker  {"addr": "10.0.4.11:9092", "broker": "seed_0"}`),
			we("2026-11-29T07:41:16.207Z", Debug, "", `07:41:16.207  DEBUG  connection opened to broker  {"addr": "10.0.4.11:9092", "broker": "seed_0"}`),
			we("2026-11-29T07:41:16.213Z", Debug, "", `07:41:16.213  DEBUG  wrote ApiVersions v4  {"broker": "seed_0", "bytes_written": 31, "write_wait": "24.1µs", "time_to_write": "19.7µs", "err": null}`),
			we("2026-11-29T07:41:16.219Z", Debug, "", `07:41:16.219  DEBUG  read ApiVersions v4  {"broker": "seed_0", "bytes_read": 402, "read_wait": "91.3µs", "time_to_read": "5.882ms", "err": null}`),
			we("2026-11-29T07:41:19.221Z", Warn, "", `07:41:19.221  WARN  unable to open connection to broker  {"addr": "10.0.4.12:9092", "broker": "2", "err": "dial tcp 10.0.4.12:9092: i/o timeout"}`),
		},
	},
	{
		name:   "debezium3-change-events-kcat",
		source: "Debezium 3.2's PostgreSQL connector change events with JsonConverter (schemas.enable=false) read back with `kcat -C -t pgsrv.inventory.orders -Z -u -e -f '%s\\n'` (the envelope before, after, source {version, connector, name, ts_ms, snapshot, db, sequence, ts_us, ts_ns, schema, table, txId, lsn, xmin}, transaction, op r|c|u|d, ts_ms, ts_us, ts_ns; the delete's tombstone printed as NULL by -Z): Debezium's PostgreSQL connector documentation (change event values, the ts_us/ts_ns fields since 2.6); kcat's -Z from its README; the field order from memory",
		why:    "the envelope's epoch ms/us/ns and source's of the commit are both the event's time, any accepted; order_date's day count, txId and lsn are no times; op is no level; the logical server name and db are no hosts; the tombstone has no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:10.361422893Z|2026-11-29T07:41:10.361422Z|2026-11-29T07:41:10.361Z|2026-11-29T07:41:10.117Z", Unknown, "", `{"before":null,"after":{"id":10041,"order_date":20786,"purchaser":1003,"quantity":2,"product_id":107},"source":{"version":"3.2.4.Final","connector":"postgresql","name":"pgsrv","ts_ms":1795938070117,"snapshot":"first","db":"inventory","sequence":"[null,\"36104120\"]","ts_us":1795938070117000,"ts_ns":1795938070117000000,"schema":"inventory","table":"orders","txId":771,"lsn":36104120,"xmin":null},"transaction":null,"op":"r","ts_ms":1795938070361,"ts_us":1795938070361422,"ts_ns":1795938070361422893}`),
			we("2026-11-29T07:41:42.911530377Z|2026-11-29T07:41:42.91153Z|2026-11-29T07:41:42.911Z|2026-11-29T07:41:42.804217Z|2026-11-29T07:41:42.804Z", Unknown, "", `{"before":null,"after":{"id":10042,"order_date":20786,"purchaser":1007,"quantity":1,"product_id":103},"source":{"version":"3.2.4.Final","connector":"postgresql","name":"pgsrv","ts_ms":1795938102804,"snapshot":"false","db":"inventory","sequence":"[\"36104120\",\"36105288\"]","ts_us":1795938102804217,"ts_ns":1795938102804217000,"schema":"inventory","table":"orders","txId":774,"lsn":36105288,"xmin":null},"transaction":null,"op":"c","ts_ms":1795938102911,"ts_us":1795938102911530,"ts_ns":1795938102911530377}`),
			we("2026-11-29T07:43:05.402118655Z|2026-11-29T07:43:05.402118Z|2026-11-29T07:43:05.402Z|2026-11-29T07:43:05.330904Z|2026-11-29T07:43:05.33Z", Unknown, "", `{"before":{"id":10042,"order_date":20786,"purchaser":1007,"quantity":1,"product_id":103},"after":{"id":10042,"order_date":20786,"purchaser":1007,"quantity":3,"product_id":103},"source":{"version":"3.2.4.Final","connector":"postgresql","name":"pgsrv","ts_ms":1795938185330,"snapshot":"false","db":"inventory","sequence":"[\"36105288\",\"36106012\"]","ts_us":1795938185330904,"ts_ns":1795938185330904000,"schema":"inventory","table":"orders","txId":779,"lsn":36106012,"xmin":null},"transaction":null,"op":"u","ts_ms":1795938185402,"ts_us":1795938185402118,"ts_ns":1795938185402118655}`),
			we("2026-11-29T07:43:58.14077302Z|2026-11-29T07:43:58.140773Z|2026-11-29T07:43:58.14Z|2026-11-29T07:43:58.077261Z|2026-11-29T07:43:58.077Z", Unknown, "", `{"before":{"id":10041,"order_date":null,"purchaser":null,"quantity":null,"product_id":null},"after":null,"source":{"version":"3.2.4.Final","connector":"postgresql","name":"pgsrv","ts_ms":1795938238077,"snapshot":"false","db":"inventory","sequence":"[\"36106012\",\"36106540\"]","ts_us":1795938238077261,"ts_ns":1795938238077261000,"schema":"inventory","table":"orders","txId":781,"lsn":36106540,"xmin":null},"transaction":null,"op":"d","ts_ms":1795938238140,"ts_us":1795938238140773,"ts_ns":1795938238140773020}`),
			we("", Unknown, "", "NULL"),
		},
	},
}

func TestFresh323Formats(t *testing.T) { assertTable(t, fresh323Cases) }
func TestFresh323Score(t *testing.T) {
	checkScore(t, "fresh323 formats", fresh323Cases, [worldNumFields]float64{89.9, 89.9, 99.9, 99.9})
}
