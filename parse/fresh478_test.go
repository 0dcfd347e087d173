package parse

import "testing"

// The four-hundred-and-seventy-eighth fresh table: message brokers and queues (brokers, queue
// managers and streaming platforms' server logs and client libraries' logs as written to files), a
// further pass, in shapes no earlier table holds. Each family is one product's documented or observed
// output: Moquette run standalone with its log4j layout (a second-precision stamp, `Class:line -`)
// and Moquette embedded in another program with slf4j-simple's defaults (no time at all); Pravega's
// segment store (logback with the uptime in milliseconds between the stamp and the thread, an
// exception under an ERROR); Fluvio's SPU before its RFC 3339 stamps (tracing with a yearless
// `Nov 29 07:41:16.001` stamp, spans before the target, println lines between the records); Apache
// EventMesh's runtime (log4j2 with `Class(File.java:line)`, a stack under a WARN); InLong TubeMQ's
// Go client through zap's tab-separated console; Axon Server under Spring Boot 3.2+ (the application
// name `[Axon Server]` in brackets before the thread, the ASCII banner first); the Azure SDK for
// Java's fall-back DefaultLogger while an Event Hubs processor runs (`[thread] [LEVEL] class - `
// and the SDK's `{"az.sdk.message":…}` JSON).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`kafka`, `rabbitmq`, `activemq`, `artemis`, `pulsar`, `bookkeeper`, `rocketmq`, `IBM MQ`,
// `AMQERR`, `mosquitto`, `emqx`, `vernemq`, `hivemq`, `nsqd`, `nsqlookupd`, `beanstalk`,
// `redpanda`, `zookeeper`, `qpidd`, `qpid`, `skupper`, `dispatch-router`, `qdrouterd`,
// `SERVER (info)`, `solace`, `tibco`, `librdkafka`, `rdkafka`, `celery`, `sidekiq`, `resque`,
// `rq.worker`, `rq:worker`, `dramatiq`, `huey`, `hangfire`, `masstransit`, `nservicebus`,
// `benthos`, `memphis`, `faktory`, `gearman`, `kubemq`, `jetstream`, `pravega`, `tubemq`, `inlong`,
// `oban`, `delayed_job`, `Worker(host`, `goodjob`, `karafka`, `shoryuken`, `horizon`, `messenger`,
// `nanomq`, `lavinmq`, `lmq.`, `amqp`, `stomp`, `Broker-J`, `BRK-1006`, `Chronicle`, `aeron`,
// `ElasticMQ`, `kestrel`, `pubsub`, `Service Bus`, `servicebus`, `eventhub`, `Event Hubs`,
// `EventHubs`, `EventProcessorClient`, `azure-messaging`, `com.azure`, `az.sdk.message`, `az.sdk`,
// `[DefaultLogger]`, `strimzi`, `mirrormaker`, `kafka connect`, `schema registry`, `ksql`, `SQS`,
// `Azure`, `nats`, `kinesis`, `Agent.MetricsEmitter`, `asynq`, `machinery`, `worker.go`, `flashmq`,
// `faust`, `paho`, `MQTTClient`, `queue:work`, `openmq`, `imqbrokerd`, `B1004`, `kafkajs`, `sarama`,
// `kafka-python`, `kafka.conn`, `pika`, `moquette`, `io.moquette`, `Moquette`, `ResourceLoaderConfig`,
// `BrokerInterceptor`, `rumqtt`, `rumqttd`, `proton`, `Qpid Proton`, `amlen`, `CWLNA`, `joram`,
// `swiftmq`, `emitter`, `centrifugo`, `mercure`, `ClientConnection`, `ConnectionPool:`,
// `pulsar-client`, `bufstream`, `tansu`, `warpstream`, `automq`, `fluvio`, `fluvio_`, `_spu::`,
// `sc_dispatch_loop`, `SpuSvcLoop`, `iggy`, `eventmesh`, `EventMeshTCPServer`, `ProxyTCPServer`,
// `LogUtils.java`, `bifromq`, `aedes`, `mochi`, `comqtt`, `gmqtt`, `waterstream`, `coreflux`,
// `malamute`, `nanomsg`, `nng`, `zeromq`, `zmq`, `disque`, `kombu`, `kombu.connection`, `bunny`,
// `amqplib`, `stomp.py`, `franz`, `kafka-go`, `confluent-kafka`, `aiokafka`, `aio-pika`, `aiormq`,
// `nameko`, `taskiq`, `procrastinate`, `solid_queue`, `SolidQueue`, `ActiveJob`, `graphile`,
// `pg-boss`, `temporal`, `nats.go`, `NATS.Client`, `emqtt`, `kafdrop`, `akhq`, `kafka-ui`, `kafbat`,
// `cruise`, `burrow`, `XADD`, `BRK-`, `MNG-`, `hornetq`, `jboss messaging`, `zenoh`, `ThreadId(`,
// `flume`, `lifecycleSupervisor`, `axon`, `AxonServer`, `axoniq`, `[Axon Server]`,
// `ConfigurationChangesReplicator`, `--- [`, `eventstore`, `liftbridge`, `nats-streaming`,
// `debezium`, `localstack`, `perf-test`, `PerfTest`, `mqttjs`, `wso2`, `msmq`, `websphere mq`,
// `biztalk`, `soketi`, `cyclone`, `fastdds`, `spring amqp`, `SimpleMessageListenerContainer`,
// `CachingConnectionFactory`, `KafkaMessageListenerContainer`, `BlockingConnection`, `camel`,
// `ejabberd`, `mqtt cli`, `io.pravega`, `SegmentAggregator`, `StorageWriter`, `consumer_impl.go`,
// `[CONSUMER]`). None of Moquette, Pravega, Fluvio, EventMesh, TubeMQ/InLong, Axon Server or the
// Azure SDK's Event Hubs and DefaultLogger lines is in any table (`StorageWriter` matches only
// EventStoreDB's writer service in fresh26, `[CONSUMER]` other products' consumers, `LogUtils.java`
// other log4j callers, `--- [` Spring Boot consoles of other applications, the 3.2 layout with an
// application name among them, though none with a blank inside that name, as `[Axon Server]` has). Left out as measured already: Kafka and its Connect, Streams, MirrorMaker, Schema Registry,
// ksqlDB, Strimzi and client libraries (librdkafka, KafkaJS, Sarama, franz-go, kafka-python),
// RabbitMQ, ActiveMQ and Artemis, Pulsar and BookKeeper, RocketMQ, IBM MQ, Mosquitto, EMQX, HiveMQ,
// VerneMQ, NanoMQ, FlashMQ, LavinMQ, NATS and JetStream, NSQ, Redpanda, Qpid and qdrouterd (so
// skupper-router, its fork), Solace, TIBCO EMS, OpenMQ, JORAM, HornetQ, KubeMQ, Gearman, Beanstalkd,
// ZeroMQ/Malamute, the Pub/Sub emulator, the Kinesis agent, Paho, and the task queues (Celery,
// Sidekiq, RQ, arq, Dramatiq, Huey, Faktory, asynq, Machinery, Faust, taskiq, Hangfire, MassTransit,
// NServiceBus, Oban, Solid Queue, Laravel's queue:work). Left out as not confirmed by any search:
// Eclipse Amlen's CWLNA log, rumqttd's console and Memphis' broker log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Moquette's, Pravega's, EventMesh's, TubeMQ's and the Azure DefaultLogger's
// stamps have no zone and are taken as UTC; Fluvio's yearless `Nov 29` stamp is in 2026 and UTC;
// Axon Server's ISO stamp ends in Z. Embedded Moquette under slf4j-simple writes no time, and
// Fluvio's println line has none either: such records have Time 0. Pravega's number after the stamp
// is an uptime, not a time. Levels only where the line marks one: log4j's, logback's and log4j2's
// padded words, slf4j-simple's word after the thread, tracing's right-aligned word, zap's capital
// word between tabs, Spring Boot's word before the PID, the DefaultLogger's bracketed word; a
// TubeMQ INFO line that reports an error stays Info, and Fluvio's println line has none. No family
// carries a host field: bind addresses (0.0.0.0), client ids, a UserAgent's host='…', a broker or
// master address in a dial error, a namespace host, the Axon application name and hostnames in
// messages are not the record's host. A record that spans lines is one entry: Moquette's,
// Pravega's, EventMesh's and the Azure SDK's exceptions with their `at` lines. Axon Server's banner
// and version line are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit ff42eb7 before any rule for it: level 97.9 %, time 97.9 %, host 97.9 %, records 95.8 %.
// That is the macro figure (micro: level 97.6 %, time 97.6 %, host 97.6 %, records 95.1 %), in a
// worktree at ff42eb7 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Fluvio's untimed println line between two tracing records,
// which trawl joins to the record above it instead of reading it as a record of its own.

var fresh478Cases = []worldCase{
	{
		name:   "moquette-log4j-standalone-broker",
		source: "Moquette 0.12-0.15 run standalone with its log4j properties (`%d{yyyy-MM-dd HH:mm:ss} %-5p %c{1}:%L - %m%n`: a second-precision stamp, the level padded to five, the short class name and its line): moquette-io/moquette issue #427 (a pasted startup log), issue #911; the exception under an ERROR from memory",
		why:    "a zone-less date and time without fractions (UTC by the rules); the padded level word after it; `Server:192` is a class and a line, no time; the exception and its `at` lines belong to the ERROR above them; the bind address 0.0.0.0 is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO  ResourceLoaderConfig:40 - Loading configuration. ResourceLoader = file, configName = /opt/moquette/config/moquette.conf."),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO  Server:192 - Configuring message interceptors..."),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 INFO  NewNettyAcceptor:188 - Server bound to host=0.0.0.0, port=1883, protocol=TCP MQTT"),
			we("2026-11-29T07:41:52Z", Warn, "", "2026-11-29 07:41:52 WARN  MQTTConnection:171 - Received ConnectMessage with unsupported protocol version. CId=greenhouse-07, version=2"),
			we("2026-11-29T07:42:05Z", Error, "",
				"2026-11-29 07:42:05 ERROR NewNettyAcceptor:395 - Unexpected exception while processing MQTT message. Closing Netty channel. CId=pump-ctl-3",
				"java.io.IOException: Connection reset by peer",
				"\tat sun.nio.ch.FileDispatcherImpl.read0(Native Method)",
				"\tat sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:39)",
				"\tat io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:497)"),
		},
	},
	{
		name:   "moquette-embedded-slf4j-simple-untimed",
		source: "Moquette embedded in another Java program whose only SLF4J binding is slf4j-simple with its defaults (`[thread] LEVEL logger - msg`, no time): openhab/openhab-addons PRs #6184 and #6005 (the embedded broker's startup in a build log)",
		why:    "no time at all: every record has Time 0; the level word after the bracketed thread; each line is a record of its own; host=0.0.0.0 and a client id are no host",
		entries: []worldEntry{
			we("", Info, "", "[main] INFO io.moquette.broker.Server - Configuring message interceptors..."),
			we("", Info, "", "[main] INFO io.moquette.persistence.H2Builder - Initializing H2 store"),
			we("", Info, "", "[main] INFO io.moquette.broker.NewNettyAcceptor - Server bound to host=0.0.0.0, port=1883, protocol=TCP MQTT"),
			we("", Warn, "", "[nioEventLoopGroup-3-2] WARN io.moquette.broker.MQTTConnection - Client didn't send a CONNECT as first message, closing the connection. CId=null"),
			we("", Info, "", "[nioEventLoopGroup-3-4] INFO io.moquette.broker.metrics.MQTTMessageLogger - C->B CONNECT <hallway-sensor>"),
		},
	},
	{
		name:   "pravega-segmentstore-uptime-column",
		source: "Pravega's segment store and controller logback console (`%d{yyyy-MM-dd HH:mm:ss,SSS} %r [%thread] %-5level %logger{36} - %msg`: the milliseconds since start between the stamp and the thread): pravega/pravega issues #3998, #4541, #3677 and #3770",
		why:    "a zone-less stamp with a comma before the milliseconds; the number after it is the uptime in milliseconds, no time; the level word after the bracketed thread; an exception with its indented `at` lines is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.180Z", Info, "", "2026-11-29 07:41:16,180 91970 [storage-io-12] INFO  i.p.s.s.writer.SegmentAggregator - StorageWriter[3-118]: State changed from NotInitialized to Writing."),
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29 07:41:16,402 92192 [core-7] INFO  i.p.s.s.c.StreamSegmentContainer - SegmentContainer[3]: Started."),
			we("2026-11-29T07:41:19.735Z", Warn, "", "2026-11-29 07:41:19,735 95525 [epollEventLoopGroup-2-4] WARN  i.p.c.s.i.SegmentOutputStreamImpl - Connection for segment ledger/orders/4.#epoch.2 on writer 5c1e9a20-7b3d-4f61-9e0a-2d8c4b7f1a36 failed due to: class io.pravega.shared.protocol.netty.ConnectionFailedException"),
			we("2026-11-29T07:41:21.082Z", Error, "",
				"2026-11-29 07:41:21,082 96872 [core-11] ERROR i.p.s.server.writer.StorageWriter - StorageWriter[3]: Iteration[412].Error.",
				"io.pravega.segmentstore.contracts.StreamSegmentNotExistsException: [Segment 'ledger/orders/4.#epoch.2'] The StreamSegment does not exist.",
				"        at io.pravega.segmentstore.server.containers.MetadataStore.getOrAssignSegmentId(MetadataStore.java:342)",
				"        at io.pravega.segmentstore.server.containers.StreamSegmentContainer.forSegment(StreamSegmentContainer.java:544)"),
			we("2026-11-29T07:41:22.310Z", Debug, "", "2026-11-29 07:41:22,310 98100 [controllerpool-4] DEBUG i.p.c.s.stream.ZKGarbageCollector - Garbage collection iteration for watermarks completed"),
		},
	},
	{
		name:   "fluvio-spu-tracing-yearless-stamp",
		gap:    "the untimed println line `starting spu server (id:5002)` between two tracing records is not read as a record of its own: trawl joins it to the DEBUG record above it as a continuation line",
		source: "Fluvio's SC and SPU pods before 0.9.x moved to RFC 3339 (tracing's formatter with a `%b %d %H:%M:%S%.3f` stamp, the level padded to five, then the target; the binaries' own println lines between them): fluvio-community/fluvio issues #1660, #1662 and #449",
		why:    "a yearless month-name stamp with milliseconds (2026, UTC); the level right-aligned in five columns (two blanks before INFO); `fluvio_spu::config::cli` is a target, `addr=0.0.0.0:9005` a field; the println line is a record of its own with no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.001Z", Info, "", "Nov 29 07:41:16.001  INFO fluvio_spu::config::cli: extracting SPU from: fluvio-spg-edge-1"),
			we("2026-11-29T07:41:16.002Z", Debug, "", "Nov 29 07:41:16.002 DEBUG fluvio_spu::config::cli: found SPU MIN ID: 5001"),
			we("", Unknown, "", "starting spu server (id:5002)"),
			we("2026-11-29T07:41:16.004Z", Info, "", "Nov 29 07:41:16.004  INFO fluvio_spu::services::public: Starting SPU public service: spu_id=5002 addr=0.0.0.0:9005"),
			we("2026-11-29T07:41:17.630Z", Warn, "", `Nov 29 07:41:17.630  WARN sc_dispatch_loop{socket=12}: fluvio_spu::control_plane::dispatcher: error connecting to sc: Io { kind: ConnectionRefused, msg: "fluvio-sc-internal.fluvio.svc.cluster.local:9004" }`),
			we("2026-11-29T07:41:19.911Z", Error, "", "Nov 29 07:41:19.911 ERROR sc_dispatch_loop{socket=14}:handle_update_replica_request{sc_sink=fd(14)}: fluvio_spu::control_plane::dispatcher: error storage Log validation error: not enough for records"),
		},
	},
	{
		name:   "eventmesh-runtime-log4j2-file-line",
		source: "Apache EventMesh's runtime log (eventmesh.out, log4j2 `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%t] %c{1}(%F:%L) - %m%n`, the caller's file and line in parentheses, a stack under the record): apache/eventmesh issues #220, #4799, #5148 and PR #4562",
		why:    "a zone-less stamp with a comma; the padded level before the bracketed thread; `EventMeshServer(LogUtils.java:124)` is a class and a file line, no time; a client's host='…' in the message is no host; the exception and its `at` lines are one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.322Z", Info, "", "2026-11-29 07:41:16,322 INFO  [main] EventMeshGrpcServer(EventMeshGrpcServer.java:129) - GRPCServer[port=10205] started"),
			we("2026-11-29T07:41:16.323Z", Info, "", "2026-11-29 07:41:16,323 INFO  [main] EventMeshServer(LogUtils.java:124) - eventStore : rocketmq"),
			we("2026-11-29T07:41:16.871Z", Info, "", "2026-11-29 07:41:16,871 INFO  [main] EventMeshTCPServer(EventMeshTCPServer.java:148) - --------------------------EventMeshTCPServer[port=10000] started"),
			we("2026-11-29T07:41:16.972Z", Debug, "", "2026-11-29 07:41:16,972 DEBUG [nioEventLoopGroup-2-1] Recycler(Recycler.java:85) - -Dio.netty.recycler.maxCapacityPerThread: 4096"),
			we("2026-11-29T07:42:03.395Z", Warn, "",
				"2026-11-29 07:42:03,395 WARN  [EventMesh-Rocketmq-Consumer-2] ClientGroupWrapper(ClientGroupWrapper.java:515) - handle msg exception when no session found",
				"java.lang.NullPointerException: null",
				"        at java.util.Objects.requireNonNull(Objects.java:209) ~[?:?]",
				"        at org.apache.eventmesh.runtime.core.protocol.tcp.client.group.ClientGroupWrapper.lambda$initClientGroupPersistentConsumer$0(ClientGroupWrapper.java:483) ~[eventmesh-runtime-1.10.0-release.jar:1.10.0-release]"),
			we("2026-11-29T07:42:03.396Z", Error, "", "2026-11-29 07:42:03,396 ERROR [eventMesh-tcp-worker-3] Session(Session.java:287) - session is not available because session has not subscribe topic:orders-audit,client:UserAgent{env='PRD', subsystem='5034', group='billingGroup', pid=4411, host='10.20.3.17', port=33502}"),
		},
	},
	{
		name:   "tubemq-client-go-zap-console",
		source: "InLong TubeMQ's Go client (tubemq-client-go) logging through zap's console encoder (`yyyy-MM-dd HH:mm:ss.SSS`, tab, the capital level, tab, the short caller, tab, the message): apache/inlong issue #5281 (a pasted consumer log) and #5314; the tabs are zap's console separator, the callers other than consumer_impl.go from memory",
		why:    "a zone-less stamp with milliseconds and tab-separated columns; the capital level word after the first tab (INFO even for an error the message reports); `client/consumer_impl.go:249` is a caller, no time; the broker address in a dial error is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.548Z", Info, "", "2026-11-29 07:41:16.548\tINFO\tclient/consumer_impl.go:112\t[CONSUMER] start consumer success, client=billing_10.20.3.17-4411-1795938076548-1-Pull-0.1.0"),
			we("2026-11-29T07:41:23.155Z", Info, "", "2026-11-29 07:41:23.155\tINFO\tclient/consumer_impl.go:249\t[CONSUMER]GetMessage error code: 5, msg:dial tcp 10.20.7.41:8123: connect: connection refused"),
			we("2026-11-29T07:41:29.003Z", Warn, "", "2026-11-29 07:41:29.003\tWARN\tclient/heartbeat.go:118\t[CONSUMER] heartbeat to master 10.20.7.40:8715 failed, retry 2"),
			we("2026-11-29T07:41:35.410Z", Error, "", "2026-11-29 07:41:35.410\tERROR\tclient/consumer_impl.go:398\t[CONSUMER] register to master failed: rpc timeout"),
		},
	},
	{
		name:   "axon-server-boot3-app-name",
		source: "Axon Server 2024.x/2025.x in its Docker image (Spring Boot 3.2+'s console: an ISO stamp with Z, the level right-aligned, the PID, `---`, the application name `[Axon Server]` in brackets, then the thread padded to 15, the abbreviated logger and ` : `; the ASCII banner and a version line before the first record): AxonIQ/AxonFramework issue #4112, AxonIQ/axon-server-se issue #105 (the banner)",
		why:    "an ISO time in Z; the level right-aligned before the PID; `[Axon Server]` holds a blank and is an application name, not a host or a thread; the hostname axonserver in the message is no host; the banner and version line are fed but not scored",
		entries: []worldEntry{
			wskip(`     _                     ____`,
				`    / \   __  _____  _ __ / ___|  ___ _ ____   _____ _ __`,
				`   / _ \  \ \/ / _ \| '_ \\___ \ / _ \ '__\ \ / / _ \ '__|`,
				`  / ___ \  >  < (_) | | | |___) |  __/ |   \ V /  __/ |`,
				` /_/   \_\/_/\_\___/|_| |_|____/ \___|_|    \_/ \___|_|`,
				``,
				` version: 2025.2.3`),
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29T07:41:16.123Z  INFO 1 --- [Axon Server] [           main] io.axoniq.axonserver.AxonServer          : Starting AxonServer v2025.2.3 using Java 21.0.5 with PID 1 (/axonserver/axonserver.jar started by axonserver in /axonserver)"),
			we("2026-11-29T07:41:19.870Z", Info, "", "2026-11-29T07:41:19.870Z  INFO 1 --- [Axon Server] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8024 (http) with context path '/'"),
			we("2026-11-29T07:41:20.064Z", Info, "", "2026-11-29T07:41:20.064Z  INFO 1 --- [Axon Server] [           main] io.axoniq.axonserver.AxonServer          : Axon Server version 2025.2.3"),
			we("2026-11-29T07:41:25.711Z", Warn, "", "2026-11-29T07:41:25.711Z  WARN 1 --- [Axon Server] [ance-scheduler2] a.a.e.r.a.ConfigurationChangesReplicator : default: configuration change 7 failed with exception [AXONIQ-2100] No leader for default"),
			we("2026-11-29T07:41:31.046Z", Error, "", "2026-11-29T07:41:31.046Z ERROR 1 --- [Axon Server] [grpc-executor-4] i.a.a.grpc.EventDispatcher               : default: Error on connection from event store: UNAVAILABLE: Connection closed after GOAWAY"),
		},
	},
	{
		name:   "azure-eventhubs-java-default-logger",
		source: "the Azure SDK for Java's fall-back DefaultLogger (no SLF4J binding, AZURE_LOG_LEVEL set; `yyyy-MM-dd HH:mm:ss.SSS [thread] [LEVEL] class - message`, the message the SDK's `{\"az.sdk.message\":…}` JSON, a throwable's stack under it) while an EventProcessorClient runs: azure-core's com.azure.core.implementation.logging.DefaultLogger (its template comment, found with find_string), the az.sdk.message pairs from logstash-plugins/logstash-input-azure_event_hubs PR #112 and Azure/azure-sdk-for-java issue #3531",
		why:    "a zone-less local stamp (UTC by the rules); the level word in brackets after the bracketed thread; the JSON after ` - ` is the message, its namespace host and connectionId are no host; the exception and its `at` lines are one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.232Z", Info, "", `2026-11-29 07:41:16.232 [main] [INFO] com.azure.messaging.eventhubs.EventProcessorClient - {"az.sdk.message":"Starting a new event processor instance.","processorId":"7f3b2c1e-5a44-4d0e-8c21-9b6e0f4d2a11"}`),
			we("2026-11-29T07:41:16.904Z", Info, "", `2026-11-29 07:41:16.904 [parallel-1] [INFO] com.azure.messaging.eventhubs.PartitionBasedLoadBalancer - {"az.sdk.message":"Starting next iteration of load balancer.","ownerId":"7f3b2c1e-5a44-4d0e-8c21-9b6e0f4d2a11"}`),
			we("2026-11-29T07:41:17.518Z", Info, "", `2026-11-29 07:41:17.518 [reactor-executor-1] [INFO] com.azure.core.amqp.implementation.handler.ReceiveLinkHandler2 - {"az.sdk.message":"onLinkRemoteOpen","connectionId":"MF_4c2e91_1795938077101","entityPath":"telemetry/ConsumerGroups/$default/Partitions/3","linkName":"3_7f3b2c_1795938077204"}`),
			we("2026-11-29T07:42:02.077Z", Warn, "", `2026-11-29 07:42:02.077 [boundedElastic-4] [WARN] com.azure.messaging.eventhubs.PartitionPumpManager - {"az.sdk.message":"Error receiving events from partition.","partitionId":"3","entityPath":"telemetry","namespace":"plant-ns.servicebus.windows.net"}`),
			we("2026-11-29T07:42:02.081Z", Error, "",
				`2026-11-29 07:42:02.081 [boundedElastic-4] [ERROR] com.azure.messaging.eventhubs.PartitionPumpManager - {"az.sdk.message":"Error occurred in partition processor for partition 3.","partitionId":"3"}`,
				"com.azure.core.amqp.exception.AmqpException: New receiver 'nil' with higher epoch of '0' is created hence current receiver 'nil' with epoch '0' is getting disconnected., errorContext[NAMESPACE: plant-ns.servicebus.windows.net. ERROR CONTEXT: N/A, PATH: telemetry/ConsumerGroups/$default/Partitions/3]",
				"\tat com.azure.core.amqp.implementation.ExceptionUtil.toException(ExceptionUtil.java:90)",
				"\tat com.azure.core.amqp.implementation.handler.LinkHandler.handleRemoteLinkClosed(LinkHandler.java:120)"),
		},
	},
}

func TestFresh478Formats(t *testing.T) { assertTable(t, fresh478Cases) }
func TestFresh478Score(t *testing.T) {
	checkScore(t, "fresh478 formats", fresh478Cases, [worldNumFields]float64{97.8, 97.8, 97.8, 95.7})
}
