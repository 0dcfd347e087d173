package parse

import "testing"

// The five-hundred-and-fourteenth fresh table: big-data platforms, a seventh pass (the Kafka
// ecosystem's side tools, and a Singer-based loader with its command line), shapes no earlier table
// holds. Each family is one product's documented or observed output: Kafdrop's Spring Boot style
// console (`${sys:PID}` printed literally before the pid is known, a fifteen-wide thread column);
// Karapace's stdout (tab-separated logger, thread and level columns and no time at all); the
// Kroxylicious proxy's log4j2 layout (`<thread>` in angle brackets before the level, a stack with
// jar names under an ERROR); AKHQ's Micronaut logback layout (padded thread and logger columns with
// no separator before the message, a thread name cut from the left); kafka-lag-exporter's Akka
// layout (the actor path before ` - `, the exception glued to the message, Kafka's multi-line
// `ConsumerConfig values:` block); CMAK's (Kafka Manager's) Play layout (a header line, the message on
// the next line and an empty line after each record); PipelineWise's tap and target logs in
// key=value form (`time=… level=…` and `time=… logger_name=… file=… log_level=…`); and the
// pipelinewise command line's console (`LEVEL:` after the time, its TAP RUN SUMMARY box as one record).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`kyuubi`, `celeborn`, `uniffle`, `paimon`, `hudi`, `iceberg`,
// `gobblin`, `sqoop`, `flume`, `kudu`, `doris`, `starrocks`, `dolphinscheduler`, `seatunnel`,
// `linkis`, `zeppelin`, `livy`, `knox`, `ratis`, `ozone`, `bookkeeper`, `pulsar`, `rocketmq`,
// `redpanda`, `dagster`, `prefect`, `luigi`, `dbt`, `alluxio`, `dask`, `storm`, `samza`, `heron`,
// `accumulo`, `phoenix`, `drill`, `tez`, `superset`, `metabase`, `redash`, `azkaban`, `datahub`,
// `openmetadata`, `marquez`, `airbyte`, `meltano`, `debezium`, `ksql`, `materialize`, `risingwave`,
// `cruise control`, `cruise-control`, `burrow`, `kafdrop`, `akhq`, `strimzi`, `gravitino`,
// `lakefs`, `beeline`, `sqlline`, `hbase shell`, `distcp`, `spark-submit`, `pyspark`, `[Stage `,
// `zkCli`, `kafka-console`, `great expectations`, `great_expectations`, `mlflow`, `kubeflow`,
// `feast`, `delta lake`, `delta-rs`, `polaris`, `nessie`, `dremio`, `hive metastore`, `spline`,
// `openlineage`, `schema registry`, `schema-registry`, `kafka connect`, `connect-distributed`,
// `mirrormaker`, `kafka streams`, `streamsets`, `talend`, `pentaho`, `kettle`, `informatica`,
// `griffin`, `apache beam`, `dataflow`, `flink-sql`, `sql client`, `bytewax`, `quickwit`, `arroyo`,
// `greptime`, `databend`, `kestra`, `windmill`, `temporal`, `argo`, `oozie`, `nifi registry`,
// `minifi`, `solr`, `hue`, `cloudera`, `ambari`, `bigtop`, `ranger`, `impala`, `kylin`, `pinot`,
// `druid`, `clickhouse`, `rdkafka`, `|rdkafka`, `sarama`, `[sarama]`, `kafkajs`, `LogType:`,
// `LogLastModifiedTime`, `SparkListener`, `apache pig`, `pig.Main`, `grunt>`, `datax`, `canal`,
// `maxwell`, `singer`, `METRIC:`, `h2o`, `EnterpriseGateway`, `kedro`, `flyte`, `metaflow`,
// `yunikorn`, `volcano`, `FlinkDeployment`, `apache_beam`, `juicefs`, `sqlmesh`, `kafka-ui`,
// `provectus`, `hugegraph`, `janusgraph`, `gremlin`, `iotdb`, `confluent-kafka`, `franz`,
// `segmentio`, `karapace`, `kroxylicious`, `lenses`, `warpstream`, `automq`, `bufstream`, `tansu`,
// `kcat`, `kafkacat`, `zoonavigator`, `exhibitor`, `zkui`, `hbck`, `drillbit`, `trino-cli`,
// `Time taken:`, `feldera`, `apicurio`, `benthos`, `redpanda connect`, `kminion`, `quix`,
// `quixstreams`, `kafka-manager`, `cmak`, `KafkaManagerActor`, `kafka.manager`, `] - from `,
// ` - from `, `- [WARN] `, `- [INFO] `, `trogdor`, `klaw`, `turnilo`, `flower`, `delta-sharing`,
// `pipelinewise`, `name=tap_`, `name=target_`, `target_postgres`, `logger_name=`, `log_level=`,
// `level=INFO message=`, `TAP RUN SUMMARY`, `lag-exporter`, `kafkalagexporter`,
// `ConsumerGroupCollector`, `lightbend`, `akka://`, `Slf4jLogger`, `default-dispatcher`,
// `${sys:PID}`, `INFO ${`, `EnvironmentSetupListener`, `k.Kafdrop`, `[           main]`,
// `<main>`, `<main> INFO`, `io.kroxylicious`, `StartupShutdownLogger`, `Micronaut`,
// `i.m.runtime.Micronaut`, `org.akhq`, `o.a.c.ErrorController`, `schema_reader`, `<tab>MainThread<tab>`,
// `<tab>Thread-`, ` - MainThread - `, `@service=`, `Running main config`, `path=root.`). None of
// Kafdrop, Karapace, Kroxylicious, AKHQ, kafka-lag-exporter, CMAK or PipelineWise is a family of any
// table (`kafdrop`, `akhq`, `karapace` and `kafka-ui` appear only in earlier tables' grep lists;
// `akka://`, `default-dispatcher` and `Slf4jLogger` are other Akka applications' lines, `<main>`
// Ruby's and WebLogic's, `log_level=` other products' key=value lines, and `[           main]`
// Spring Boot's own pattern with no `${sys:PID}`). Left out as measured already: Redpanda Connect and
// Benthos (fresh13 holds their logfmt; their terminal layout matches `@service=` and `Running main
// config`), SQLMesh (its `asctime - MainThread - logger - LEVEL - msg` layout is aws-cli's in
// fresh11), Kafka UI (fresh62), Redpanda Console (fresh70), Maxwell's daemon
// (fresh28), Apache Pig (fresh21), Kedro (fresh17), Flyte (fresh26), Drill's sqlline (fresh132), and
// the daemons of the earlier big-data passes (fresh443, fresh467, fresh476, fresh500). Left out as
// not confirmed by any search: Quix Streams' console. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Every stamp of these families is zone-less and taken as UTC: Kafdrop's
// dotted milliseconds, logback's and Play's comma milliseconds (AKHQ, kafka-lag-exporter, CMAK),
// Kroxylicious's and PipelineWise's whole seconds (`time=` holds a blank inside its value). Karapace
// writes no time at all, so its records have none; the date and time in a .singer.log file's name
// are not the record's. Levels only where the line marks one: Kafdrop's right-aligned word after the
// time, Karapace's third tab column (WARNING is Warn), the word after Kroxylicious's `<thread>`,
// the padded words of AKHQ and kafka-lag-exporter, CMAK's `[LEVEL]`, PipelineWise's `level=` and
// `log_level=` values and its console's `LEVEL:`. No family writes a host field: the container id
// in Kafdrop's start-up message, the pod name in AKHQ's Server Running URL, the L: and R: channel
// addresses of Kroxylicious, Akka actor paths, ZooKeeper connect strings and brokers named in
// messages are no hosts. A record that spans lines is one entry: stack traces under Kafdrop's,
// Kroxylicious's, AKHQ's and kafka-lag-exporter's ERRORs, Karapace's Python traceback, Kafka's
// `ConsumerConfig values:` block, each CMAK record (header, message, empty line, and the stack
// under an ERROR), and the pipelinewise TAP RUN SUMMARY box.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); every family's layout
// was confirmed by a search, none rests on memory (some messages' wording, such as Karapace's thread
// name `schema-reader` and the pipelinewise ERROR line, is from memory within a confirmed layout).
// Hosts, ids, addresses, users and messages are invented, and every time is in late November 2026.
// The expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit d8a4da7 before any rule for it: level 92.5 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 92.3 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at d8a4da7 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is PipelineWise's taps' `log_level=` key, which trawl does not
// read as the level (the targets' `level=` it reads), so three of that family's five records come
// out with no level.

var fresh514Cases = []worldCase{
	{
		name:   "kafdrop-spring-boot-sys-pid",
		source: "Kafdrop 3.x/4.x on its Docker image (its logback pattern in Spring Boot's style: `yyyy-MM-dd HH:mm:ss.SSS LEVEL PID [%15.15t] %-40.40logger : msg`, the PID printed as the literal `${sys:PID}` until Spring sets it, a stack trace under an ERROR): obsidiandynamics/kafdrop issues #331, #157 and #12 (pasted logs)",
		why:    "a zone-less date with milliseconds, the level right-aligned to five, then `${sys:PID}` or a pid before the thread column padded to fifteen; the container id in `Starting application … on 5e0c7d91a4f2` is a word of the message, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204  INFO ${sys:PID} [           main] k.Kafdrop$EnvironmentSetupListener       : Initializing JAAS config"),
			we("2026-11-29T07:41:16.221Z", Info, "", "2026-11-29 07:41:16.221  INFO ${sys:PID} [           main] k.Kafdrop$EnvironmentSetupListener       : env: null .isSecured kafka: false"),
			we("2026-11-29T07:41:16.498Z", Info, "", "2026-11-29 07:41:16.498  INFO 1 [           main] o.s.b.StartupInfoLogger                  : Starting application using Java 17.0.13 on 5e0c7d91a4f2 with PID 1 (started by root in /)"),
			we("2026-11-29T07:41:21.733Z", Warn, "", "2026-11-29 07:41:21.733  WARN 1 [  XNIO-1 task-2] k.c.NetworkClient$DefaultMetadataUpdater : [Consumer clientId=kafdrop-client, groupId=kafdrop-consumer-group] 6 partitions have leader brokers without a matching listener, including [payments-0, payments-1, payments-2]"),
			we("2026-11-29T07:41:24.019Z", Error, "",
				"2026-11-29 07:41:24.019 ERROR 1 [  XNIO-1 task-4] i.u.request                              : UT005023: Exception handling request to /topic/payments",
				"org.springframework.web.util.NestedServletException: Request processing failed; nested exception is org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata",
				"\tat org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)",
				"\tat org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:898)",
				"Caused by: org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata"),
		},
	},
	{
		name:   "karapace-stdout-tab-columns",
		source: "Karapace (Aiven's Kafka schema registry and REST proxy) on stdout in a container, its default log_format `%(name)-20s\\t%(threadName)s\\t%(levelname)-8s\\t%(message)s` (no time at all; the logger name padded to twenty, the level to eight, tabs between): Aiven-Open/karapace karapace/config.py and logging_setup tests (found with find_string), issue #913 (a pasted log)",
		why:    "no time in the line: every record has Time 0; the level is the third tab-separated column padded with blanks (WARNING is Warn); a Python traceback under an ERROR belongs to it",
		entries: []worldEntry{
			we("", Info, "", "karapace.coordinator.schema_coordinator\tMainThread\tINFO    \tJoined group 'schemas-ledger' (generation 7) with member_id karapace-ledger-2f6d0c1e-9b7a-4e55-8c3d-0a1b2c3d4e5f"),
			we("", Info, "", "karapace.schema_reader\tschema-reader\tINFO    \tReady in 3.482 seconds"),
			we("", Warn, "", "karapace.schema_reader\tschema-reader\tWARNING \tInvalid JSON in msg.value at offset 4411 of topic _schemas, skipping"),
			we("", Debug, "", "karapace.rapu       \tMainThread\tDEBUG   \tRequest GET /subjects/ledger-value/versions/latest from 10.30.4.18"),
			we("", Error, "",
				"karapace.kafka_rest_apis\tMainThread\tERROR   \tUnable to produce to topic ledger-events",
				"Traceback (most recent call last):",
				`  File "/opt/karapace/src/karapace/kafka_rest_apis/__init__.py", line 612, in produce`,
				"    await producer.send_and_wait(topic, value=value, key=key, partition=partition)",
				"aiokafka.errors.KafkaTimeoutError: KafkaTimeoutError"),
		},
	},
	{
		name:   "kroxylicious-angle-thread",
		source: "Kroxylicious (the Kafka protocol proxy) with its shipped log4j2.yaml (`yyyy-MM-dd HH:mm:ss <thread> LEVEL logger:line - msg`, the thread in angle brackets, the level padded to five, a stack under an ERROR with jar names after each frame): kroxylicious/kroxylicious issues #1008, #1650 and #2439 (pasted logs)",
		why:    "a zone-less date to the second, then `<thread>` before the level; the L: and R: addresses of a channel are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 <main> INFO  io.kroxylicious.proxy.StartupShutdownLogger:96 - Kroxylicious is starting"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 <main> INFO  io.kroxylicious.proxy.KafkaProxy:198 - Virtual cluster 'ledger' bootstrap listening on 0.0.0.0:9192"),
			we("2026-11-29T07:41:30Z", Debug, "", "2026-11-29 07:41:30 <nioEventLoopGroup-5-3> DEBUG io.kroxylicious.proxy.internal.KafkaProxyInitializer:199 - [id: 0x4be19c07, L:/10.40.2.15:9192 - R:/10.40.7.88:51744]: Initial pipeline: DefaultChannelPipeline{(frameDecoder = io.kroxylicious.proxy.internal.codec.KafkaRequestDecoder)}"),
			we("2026-11-29T07:42:05Z", Warn, "", "2026-11-29 07:42:05 <epollEventLoopGroup-5-2> WARN  io.kroxylicious.proxy.internal.ProxyChannelStateMachine:312 - Exception from the server channel: io.kroxylicious.proxy.internal.codec.FrameOversizedException: received frame with size in bytes: 369295616 but maximum size in bytes is: 104857600. Increase log level to DEBUG for stacktrace"),
			we("2026-11-29T07:42:06Z", Error, "",
				"2026-11-29 07:42:06 <epollEventLoopGroup-5-1> ERROR io.kroxylicious.proxy.internal.codec.KafkaResponseDecoder:61 - ChannelHandlerContext(responseDecoder, [id: 0x7d20c1aa, L:/10.40.2.15:40218 - R:broker-2.ledger.internal.example/10.40.9.12:9096]): Error in decoder",
				"io.kroxylicious.proxy.internal.codec.FrameOversizedException: received frame with size in bytes: 369295616 but maximum size in bytes is: 104857600",
				"\tat io.kroxylicious.proxy.internal.codec.KafkaMessageDecoder.decode(KafkaMessageDecoder.java:43) ~[kroxylicious-runtime-0.9.0.jar:?]",
				"\tat io.netty.handler.codec.ByteToMessageDecoder.callDecode(ByteToMessageDecoder.java:469) ~[netty-codec-4.1.111.Final.jar:4.1.111.Final]"),
		},
	},
	{
		name:   "akhq-micronaut-logback",
		source: "AKHQ (the Kafka GUI, a Micronaut app) in its container, its logback.xml `%d{ISO8601} %-5.5level %-12.36thread %-12.36logger{36} %msg%n` (no separator before the message; long thread names cut from the left to 36; a stack under an ERROR): tchiotludo/akhq src/main/resources/logback.xml (read from the code index), issues #1034 and #187 (pasted logs with the older, narrower columns)",
		why:    "logback's ISO8601 date with comma milliseconds and no zone; the level padded to five; the thread and logger columns padded to twelve; `akhq-6f8d9c7b54-x2lzq` in the Server Running URL and the broker named in a message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.204Z", Info, "", "2026-11-29 07:41:15,204 INFO  main         i.m.c.DefaultApplicationContext Established active environments: [k8s, cloud]"),
			we("2026-11-29T07:41:16.930Z", Info, "", "2026-11-29 07:41:16,930 INFO  main         io.micronaut.runtime.Micronaut Startup completed in 1412ms. Server Running: http://akhq-6f8d9c7b54-x2lzq:8080"),
			we("2026-11-29T07:41:48.117Z", Warn, "", "2026-11-29 07:41:48,117 WARN  -admin-client-thread | adminclient-1 o.apache.kafka.clients.NetworkClient [AdminClient clientId=adminclient-1] Connection to node 2 (kafka-2.kafka-headless/10.42.1.17:9092) could not be established. Node may not be available."),
			we("2026-11-29T07:42:03.552Z", Error, "",
				"2026-11-29 07:42:03,552 ERROR io-executor-thread-3 org.akhq.controllers.ErrorController Timed out waiting for a node assignment. Call: listTopics",
				"java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: listTopics",
				"\tat java.base/java.util.concurrent.CompletableFuture.reportGet(CompletableFuture.java:396)",
				"\tat org.akhq.modules.AbstractKafkaWrapper.listTopics(AbstractKafkaWrapper.java:61)",
				"\tat org.akhq.repositories.TopicRepository.all(TopicRepository.java:74)"),
			we("2026-11-29T07:42:31.008Z", Info, "", "2026-11-29 07:42:31,008 INFO  io-executor-thread-1 o.akhq.repositories.TopicRepository Listing 48 topics for cluster ledger-prod"),
		},
	},
	{
		name:   "kafka-lag-exporter-akka-source",
		source: "Lightbend's (seglo's) kafka-lag-exporter with its logback.xml `%date{ISO8601} %-5level %logger{36} %X{akkaSource} - %msg %ex%n` (the actor path between the logger and ` - `, empty for plain classes; the exception glued to the message after a blank, its frames below; the Kafka client's multi-line `ConsumerConfig values:` block): seglo/kafka-lag-exporter issues #393, #308, #32 and #165 (pasted logs); Akka's logging documentation for the akkaSource pattern",
		why:    "a zone-less comma-millisecond date and a padded level; `akka://kafka-lag-exporter/user/…` is an actor path, no host; the indented config lines and the stack frames belong to their records",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.514Z", Info, "", "2026-11-29 07:41:16,514 INFO  akka.event.slf4j.Slf4jLogger  - Slf4jLogger started "),
			we("2026-11-29T07:41:17.02Z", Info, "", "2026-11-29 07:41:17,020 INFO  c.l.k.ConsumerGroupCollector$ akka://kafka-lag-exporter/user/consumer-group-collector-ledger-prod - Spawned ConsumerGroupCollector for cluster: ledger-prod "),
			we("2026-11-29T07:41:17.023Z", Info, "",
				"2026-11-29 07:41:17,023 INFO  o.a.k.c.consumer.ConsumerConfig  - ConsumerConfig values: ",
				"\tallow.auto.create.topics = true",
				"\tauto.commit.interval.ms = 5000",
				"\tbootstrap.servers = [kafka-0.ledger.internal.example:9092, kafka-1.ledger.internal.example:9092]",
				"\tenable.auto.commit = false",
				"\tgroup.id = kafkalagexporter"),
			we("2026-11-29T07:41:47.602Z", Debug, "", "2026-11-29 07:41:47,602 DEBUG c.l.k.ConsumerGroupCollector$ akka://kafka-lag-exporter/user/consumer-group-collector-ledger-prod - Reporting offsets "),
			we("2026-11-29T07:46:49.946Z", Error, "",
				"2026-11-29 07:46:49,946 ERROR c.l.k.ConsumerGroupCollector$ akka://kafka-lag-exporter/user/consumer-group-collector-ledger-prod - Supervisor RestartSupervisor saw failure: A failure occurred while retrieving offsets.  Shutting down. java.lang.Exception: A failure occurred while retrieving offsets.  Shutting down.",
				"\tat com.lightbend.kafkalagexporter.ConsumerGroupCollector$CollectorBehavior.$anonfun$collector$1(ConsumerGroupCollector.scala:212)",
				"\tat akka.actor.typed.internal.BehaviorImpl$ReceiveBehavior.receive(BehaviorImpl.scala:152)",
				"Caused by: org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: listConsumerGroups"),
		},
	},
	{
		name:   "cmak-play-two-line",
		source: "CMAK (Yahoo's Kafka Manager) 1.3.x/2.0 with Play's default logback pattern `%date - [%level] - from %logger in %thread %n%message%n%xException%n` (a header line ending in a blank, the message on the next line, an empty line after each record): yahoo/CMAK issues #656 and #388 (pasted application.log)",
		why:    "each record is a header, its message line and an empty line; the comma-millisecond date has no zone; the bracketed level after ` - `; the Akka dispatcher thread and the ZooKeeper connect string are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402Z", Info, "",
				"2026-11-29 07:41:16,402 - [INFO] - from kafka.manager.actor.KafkaManagerActor in kafka-manager-system-akka.actor.default-dispatcher-4 ",
				"Starting curator...",
				""),
			we("2026-11-29T07:41:16.418Z", Warn, "",
				"2026-11-29 07:41:16,418 - [WARN] - from org.apache.curator.retry.ExponentialBackoffRetry in kafka-manager-system-akka.actor.default-dispatcher-4 ",
				"maxRetries too large (100). Pinning to 29",
				""),
			we("2026-11-29T07:41:16.433Z", Info, "",
				"2026-11-29 07:41:16,433 - [INFO] - from org.apache.zookeeper.ZooKeeper in kafka-manager-system-akka.actor.default-dispatcher-4 ",
				"Initiating client connection, connectString=zk-1.ledger.internal.example:2181 sessionTimeout=60000 watcher=org.apache.curator.ConnectionState@5b1e2a7c",
				""),
			we("2026-11-29T07:41:52.090Z", Info, "",
				"2026-11-29 07:41:52,090 - [INFO] - from kafka.manager.actor.cluster.BrokerViewCacheActor in kafka-manager-system-akka.actor.default-dispatcher-9 ",
				"Updating broker view...",
				""),
			we("2026-11-29T07:41:55.771Z", Error, "",
				"2026-11-29 07:41:55,771 - [ERROR] - from kafka.manager.jmx.KafkaJMX$ in pool-9-thread-2 ",
				"Failed to connect to service:jmx:rmi:///jndi/rmi://10.40.9.12:9999/jmxrmi",
				"java.io.IOException: Failed to retrieve RMIServer stub: javax.naming.ServiceUnavailableException",
				"\tat javax.management.remote.rmi.RMIConnector.connect(RMIConnector.java:369) ~[na:1.8.0_392]",
				"\tat kafka.manager.jmx.KafkaJMX$.doWithConnection(KafkaJMX.scala:57) ~[kafka-manager.kafka-manager-2.0.0.2-sans-externalized.jar:na]",
				""),
		},
	},
	{
		name:   "pipelinewise-singer-logfmt",
		source: "PipelineWise's tap and target logs in a run's .singer.log (pipelinewise-singer-python's key=value formats: the targets' `time=yyyy-MM-dd HH:mm:ss name=… level=… message=…` and newer taps' `time=… logger_name=… file=path:line log_level=… message=…`): transferwise/pipelinewise-target-postgres PR #20, transferwise/pipelinewise issue #1151 (pasted logs)",
		why:    "a zone-less date after `time=` with a blank inside the value; the level is the value of `level=` or `log_level=`; the Snowflake account and the source database in messages are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "time=2026-11-29 07:41:16 logger_name=tap_postgres file=/app/.virtualenvs/tap-postgres/lib/python3.10/site-packages/tap_postgres/__init__.py:418 log_level=INFO message=Selected streams: ['public-orders', 'public-refunds']"),
			we("2026-11-29T07:41:16Z", Debug, "", "time=2026-11-29 07:41:16 logger_name=tap_postgres file=/app/.virtualenvs/tap-postgres/lib/python3.10/site-packages/tap_postgres/sync_strategies/logical_replication.py:42 log_level=DEBUG message=Detected PostgreSQL version: 160004"),
			we("2026-11-29T07:41:19Z", Info, "", `time=2026-11-29 07:41:19 name=target_snowflake level=INFO message=Loading into ANALYTICS."ORDERS": {"inserts": 412, "updates": 37, "size_bytes": 20488}`),
			we("2026-11-29T07:41:20Z", Warn, "", "time=2026-11-29 07:41:20 name=target_snowflake level=WARNING message=Table ANALYTICS.REFUNDS has no primary key, falling back to append-only load"),
			we("2026-11-29T07:41:33Z", Error, "", "time=2026-11-29 07:41:33 logger_name=tap_postgres file=/app/.virtualenvs/tap-postgres/lib/python3.10/site-packages/tap_postgres/sync_strategies/logical_replication.py:611 log_level=ERROR message=Replication slot pipelinewise_ledger does not exist"),
		},
	},
	{
		name:   "pipelinewise-cli-console",
		source: "The pipelinewise command line's console (`yyyy-MM-dd HH:mm:ss LEVEL: msg`, and the tap run summary it prints as one message over indented lines): transferwise/pipelinewise PR #234 (its console sample)",
		why:    "a zone-less date to the second, then the level word with a colon; the TAP RUN SUMMARY box under an `INFO:` with nothing after it is one record; the date and time in the .singer.log file name are not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Info, "", "2026-11-29 07:41:15 INFO: Table(s) selected to sync by singer: ['ledger-public-orders', 'ledger-public-refunds']"),
			we("2026-11-29T07:41:15Z", Info, "", "2026-11-29 07:41:15 INFO: Writing output into /home/etl/.pipelinewise/snowflake_dwh/ledger/log/snowflake_dwh-ledger-20261129_074115.singer.log"),
			we("2026-11-29T07:41:38Z", Info, "",
				"2026-11-29 07:41:38 INFO:",
				"            -------------------------------------------------------",
				"            TAP RUN SUMMARY",
				"            -------------------------------------------------------",
				"                Status  : SUCCESS",
				"                Runtime : 0:00:22.418305",
				"            -------------------------------------------------------"),
			we("2026-11-29T07:52:04Z", Error, "", "2026-11-29 07:52:04 ERROR: Command failed. Return code: 1"),
		},
	},
}

func TestFresh514Formats(t *testing.T) { assertTable(t, fresh514Cases) }
func TestFresh514Score(t *testing.T) {
	checkScore(t, "fresh514 formats", fresh514Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
