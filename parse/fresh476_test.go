package parse

import "testing"

// The four-hundred-and-seventy-sixth fresh table: big-data platforms, a fifth further pass (Hadoop
// ecosystem, stream processors, query engines, schedulers and their daemons' own log files), shapes
// no earlier table holds. Each family is one product's documented or observed output: Apache
// DataFusion Ballista's scheduler (tracing's full layout with a thread name and `ThreadId(NN)`);
// Fluvio's SC on Kubernetes (tracing's older month-day time with no year) and its SPU's log file
// (an ISO time, span chains, an error's Debug form over three lines); Apache Amoro's AMS log
// (`%d %p [%t] [%logger] [] - msg`, a stack under an ERROR); Apache StreamPark's console server log
// (pipe-separated level, thread and `logger:line]` columns); Apache HoraeDB's server log (the level
// before a bracketed `crate/src/file.rs:line`); Apache EventMesh's runtime log (`%-5p [%t]
// Class(File.java:line) -`, with log4j2's own status lines); Apache InLong Agent's log
// (`(pkg.Class@method:line):`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`fluvio`, `datafusion`, `ballista`, `griffin`, `inlong`,
// `streampark`, `eventmesh`, `giraph`, `tajo`, `hawq`, `amundsen`, `polynote`, `sedona`,
// `hop-server`, `airavata`, `wayang`, `flink cdc`, `amoro`, `byconity`, `horaedb`, `ceresdb`,
// `quix`, `estuary`, `decodable`, `siddhi`, `mage-ai`, `hazelcast jet`, `apache crail`,
// `gearpump`, `unity catalog`, `starburst`, `kyligence`, `pathway`, `openobserve`, `hstreamdb`,
// `memphis`, `fluss`, `zenml`, `ipyparallel`, `IPController`, `lithops`, `pachyderm`, `pachd`,
// `tubemq`, `arctic`, `ThreadId(`, `tokio-rt-worker`, `ballista_scheduler`, `scheduler_process`,
// `] [] - `, `AmoroServiceContainer`, `HighAvailabilityContainer`, `DefaultOptimizingService`,
// `ams-info`, `ams-error`, `StreamPark [`, `streampark-console`, `SpringApplication:`,
// ` | ERROR | `, ` | INFO  | `, `EventMeshServer`, `EventMeshGrpcServer`, `EventMeshStartup`,
// `eventmesh.out`, `pool-1-thread-1 DEBUG`, `ClientMgr`, `@getRealHosts`, `(network.`,
// `inlong-agent`, `fluvio_sc`, `fluvio_spu`, `sc_dispatch_loop`, `k8_dispatcher`, `spu_log_`,
// `flv_sc`, `flush_compaction`, `analytic_engine`, `ceresdb-server`, and the products already
// measured: `hive`, `hbase`, `zookeeper`, `oozie`, `sqoop`, `flume`, `ambari`, `ranger`, `knox`,
// `livy`, `zeppelin`, `hue`, `impala`, `kudu`, `phoenix`, `tez`, `atlas`, `solr`, `flink`,
// `storm`, `samza`, `kafka streams`, `heron`, `pulsar`, `beam`, `hazelcast`, `apex`, `nifi`,
// `streamsets`, `materialize`, `risingwave`, `arroyo`, `bytewax`, `ksql`, `redpanda`, `benthos`,
// `presto`, `trino`, `drill`, `dremio`, `druid`, `pinot`, `clickhouse`, `doris`, `starrocks`,
// `kylin`, `duckdb`, `databend`, `greenplum`, `dask`, `ray`, `velox`, `airflow`, `azkaban`,
// `luigi`, `dagster`, `prefect`, `dolphinscheduler`, `argo`, `kestra`, `nomad`, `slurm`,
// `htcondor`, `pbs`, `lsf`, `mesos`, `chronos`, `temporal`, `celery`, `yarn`, `alluxio`,
// `iceberg`, `hudi`, `delta lake`, `gobblin`, `kyuubi`, `seatunnel`, `paimon`, `celeborn`,
// `uniffle`, `ozone`, `bookkeeper`, `rocketmq`, `linkis`, `gluten`, `kueue`, `yunikorn`, `flyte`,
// `kedro`, `metaflow`). None of Ballista, Fluvio, Amoro, StreamPark, HoraeDB, EventMesh or InLong
// is in any table (`ThreadId(` matches tracing lines of other products, Hermes among them, but none
// with a thread name before it; `arctic` matches only ArcticDB; `scheduler_process` and `(network.`
// only unrelated lines; ` | ERROR | ` and ` | INFO  | ` other products' pipe layouts). Left out as
// measured already: the Hadoop daemons, Hive, HBase, ZooKeeper, Spark, Flink, Kafka, Pulsar,
// Storm, Samza, Heron, NiFi, Trino, Presto, Impala, Kudu, Druid, Pinot, ClickHouse, Doris,
// StarRocks, Kylin, Drill, Dremio, Databend, Materialize, RisingWave, Airflow, Dagster, Prefect,
// Azkaban, Oozie, DolphinScheduler, Slurm, HTCondor, PBS, LSF, Mesos, Nomad, Ray, Dask. Left out as
// not confirmed by any search: Apache Tajo, HAWQ, Griffin and Giraph, Pachyderm's pachd, Mage;
// Ballista's Python binding (env_logger's bracketed `[time LEVEL target]`, a shape other tables
// hold). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Ballista's and the Fluvio SPU's tracing stamps end in Z. Fluvio's SC on
// Kubernetes writes `Nov 29 07:41:16.032` with no year: it is in 2026. Amoro's, StreamPark's,
// HoraeDB's, EventMesh's and InLong's stamps have no zone and are taken as UTC (Amoro, EventMesh
// and InLong put a comma before the milliseconds; StreamPark has whole seconds). Levels only where
// the line marks one: tracing's right-aligned level word, Amoro's and InLong's unpadded word,
// StreamPark's level column, HoraeDB's word before the source path, EventMesh's padded `%-5p` and
// log4j2's status word after the thread. The host is the record's host field, and none of these
// families has one: Ballista's executor `host: "10.42.3.17"`, Fluvio's span fields
// (`address="0.0.0.0:9004"`), InLong's `host=dataproxy:46801` and its channel addresses are peers,
// StreamPark's and EventMesh's thread names and HoraeDB's source paths are no hosts. A record that
// spans lines is one entry: Amoro's, StreamPark's and EventMesh's Java stacks under an ERROR, the
// Fluvio SPU's `Other(` … `)` error printed over three lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong would carry a gap that
// says what it does not read, and it would stay in the score.
//
// Its first figure, scored at commit ff42eb7 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in
// a worktree at ff42eb7 with no change to trawl's code (only this file and table_test.go's list), 8
// of 8 families fully right (41 records); there is no gap: trawl reads every family of this table.

var fresh476Cases = []worldCase{
	{
		name:   "ballista-scheduler-tracing-thread-name",
		source: "Apache DataFusion Ballista's scheduler (tracing's full layout with thread names and ids: `RFC 3339 µs Z  LEVEL thread ThreadId(NN) target: msg`): apache/datafusion-ballista issue #2103 and PR #2104 (scheduler lines from tokio-rt-worker), apache/datafusion-ballista-python PR #18 (the executor's `ThreadId(01)` lines, `Ballista … Scheduler listening on`)",
		why:    "an ISO time in Z, the level right-aligned to five, then a thread name and `ThreadId(NN)` before the target; the executor's host in the message is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.902114Z", Info, "", "2026-11-29T07:41:15.902114Z  INFO main ThreadId(01) ballista_scheduler::scheduler_process: Ballista v51.0.0 Scheduler listening on 0.0.0.0:50050"),
			we("2026-11-29T07:41:15.902377Z", Info, "", "2026-11-29T07:41:15.902377Z  INFO main ThreadId(01) ballista_scheduler::scheduler_process: Starting Scheduler grpc server with task scheduling policy of PullStaged"),
			we("2026-11-29T07:41:18.410562Z", Info, "", `2026-11-29T07:41:18.410562Z  INFO tokio-rt-worker ThreadId(09) ballista_scheduler::scheduler_server::grpc: Received register executor request for ExecutorMetadata { id: "b3e0c9a4-61d2-4f7e-9a55-0c2d8e7f1a36", host: "10.42.3.17", port: 50051, grpc_port: 50052 }`),
			we("2026-11-29T07:42:03.118840Z", Debug, "", "2026-11-29T07:42:03.118840Z DEBUG tokio-rt-worker ThreadId(14) ballista_scheduler::cluster: bind_one: job=Qm3xT7a stage=2 exec=b3e0c9a4-61d2-4f7e-9a55-0c2d8e7f1a36 vcores=4 max=1 partitions=[5] collapse=false"),
			we("2026-11-29T07:45:11.007215Z", Warn, "", "2026-11-29T07:45:11.007215Z  WARN tokio-rt-worker ThreadId(11) ballista_scheduler::state::executor_manager: Executor 9f41d2c7-0b8e-4a63-b1d5-77e2c0a93f18 has not sent a heartbeat for 183s, marking it as dead"),
			we("2026-11-29T07:45:11.009930Z", Error, "", "2026-11-29T07:45:11.009930Z ERROR tokio-rt-worker ThreadId(14) ballista_scheduler::state::task_manager: Job Qm3xT7a failed: Task 2/5 failed on executor 9f41d2c7-0b8e-4a63-b1d5-77e2c0a93f18: executor lost"),
		},
	},
	{
		name:   "fluvio-sc-k8s-tracing-month-day",
		source: "Fluvio's SC on Kubernetes read with `kubectl logs fluvio-sc` (tracing-subscriber's older default: `Mon dd HH:mm:ss.fff  LEVEL span{…}: target: msg`, no year): fluvio-community/fluvio issues #1660 and #1662 (SC start), #449 (DEBUG lines with `outer_loop{…}:inner_loop:` span chains)",
		why:    "a month-day time with milliseconds and no year (2026); the level right-aligned to five; span names and their fields (`address=\"0.0.0.0:9004\"`) are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.032Z", Info, "", "Nov 29 07:41:16.032  INFO fluvio_sc::cli: using default as namespace from kubernetes config"),
			we("2026-11-29T07:41:16.033Z", Info, "", "Nov 29 07:41:16.033  INFO fluvio_sc::init: SC Platform Version: 0.18.1"),
			we("2026-11-29T07:41:16.034Z", Info, "", `Nov 29 07:41:16.034  INFO sc_private_server{address="0.0.0.0:9004"}: fluvio_sc::services::private_api: starting internal services`),
			we("2026-11-29T07:41:16.101Z", Error, "", "Nov 29 07:41:16.101 ERROR SpuSvcLoop: fluvio_sc::k8::controllers::spu_service: config map is not loaded, skipping"),
			we("2026-11-29T07:41:17.220Z", Debug, "", `Nov 29 07:41:17.220 DEBUG outer_loop{spec="SPU" namespace="fluvio"}:inner_loop: fluvio_stream_dispatcher::dispatcher::k8_dispatcher: waiting events for ws/k8 time_left=299`),
			we("2026-11-29T07:41:19.486Z", Warn, "", `Nov 29 07:41:19.486  WARN SpgSpuController: fluvio_sc::k8::controllers::spu_controller: spu group "main" has 1 of 3 replicas ready`),
		},
	},
	{
		name:   "fluvio-spu-log-file-span-chain",
		source: "Fluvio's local SPU log file (~/.fluvio/log/spu_log_5001.log; tracing's full layout `RFC 3339 µs Z LEVEL span{…}:span{…}: target: msg`, an error's Debug form spread over lines): fluvio-community/fluvio issues #2509 and #3753, PR #2171, issue #4501 (the `Other(` … `)` error over three lines)",
		why:    "an ISO time in Z and a chain of spans before the target; an error printed with {:#?} continues over the lines under it and is one record",
		entries: []worldEntry{
			we("2026-11-29T07:52:03.118402Z", Info, "", "2026-11-29T07:52:03.118402Z  INFO fluvio_spu::start: starting spu server id=5001 public=0.0.0.0:9010 private=0.0.0.0:9011"),
			we("2026-11-29T07:52:03.244917Z", Debug, "", "2026-11-29T07:52:03.244917Z DEBUG sc_dispatch_loop{socket=14}: fluvio_spu::control_plane::dispatcher: received replica update from sc replicas=3"),
			we("2026-11-29T07:52:09.660113Z", Error, "", "2026-11-29T07:52:09.660113Z ERROR sc_dispatch_loop{socket=14}:handle_update_replica_request{sc_sink=fd(14)}: fluvio_spu::control_plane::dispatcher: error storage Log validation error: not enough for records"),
			we("2026-11-29T07:52:41.007356Z", Warn, "", `2026-11-29T07:52:41.007356Z  WARN replica_leader{replica=orders-events-0}: fluvio_spu::replication::leader::state: follower 5002 is behind, leo=88213 hw=88104`),
			we("2026-11-29T07:53:12.901442Z", Error, "",
				"2026-11-29T07:53:12.901442Z ERROR fluvio_spu::services::public::produce_handler: Error writing to replica: Other(",
				`    "last append failed, disabling append",`,
				")"),
		},
	},
	{
		name:   "amoro-ams-info-log",
		source: "Apache Amoro's AMS log (logs/ams-info.log, ams-error.log; conf/log4j2.xml `%d %p [%t] [%logger{39}] [%X{RequestId}] - %m%n`, an empty request id giving `[]`): apache/amoro dist/src/main/amoro-bin/conf/log4j2.xml, issues #3403, #4223 and #4235 (stacks with `~[amoro-ams-…jar:…]`)",
		why:    "a zone-less date and time with a comma before the milliseconds (UTC by the rules); the level unpadded; a thread, a logger and an empty request id each in brackets; a stack belongs to the record above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:30.594Z", Info, "", "2026-11-29 07:41:30,594 INFO [main] [org.apache.amoro.server.HighAvailabilityContainer] [] - Became the leader of AMS"),
			we("2026-11-29T07:41:30.634Z", Info, "", "2026-11-29 07:41:30,634 INFO [main] [org.apache.amoro.server.AmoroServiceContainer] [] - Setting up AMS table executors..."),
			we("2026-11-29T07:41:30.641Z", Info, "", "2026-11-29 07:41:30,641 INFO [main] [org.apache.amoro.server.DefaultOptimizingService] [] - OptimizerManagementService initializing has completed"),
			we("2026-11-29T07:44:02.118Z", Warn, "", "2026-11-29 07:44:02,118 WARN [optimizer-keeper-thread] [org.apache.amoro.server.DefaultOptimizingService] [] - Optimizer 4f2c91d0 heart beat timeout, last heart beat time 2026-11-29 07:42:01, remove it"),
			we("2026-11-29T07:44:05.377Z", Error, "",
				"2026-11-29 07:44:05,377 ERROR [async-optimizing-commit-executor-3] [org.apache.amoro.server.optimizing.OptimizingQueue] [] - Commit optimizing process 8817260 of table iceberg_lake.sales.orders failed",
				"org.apache.iceberg.exceptions.CommitFailedException: Table metadata refresh is required",
				"\tat org.apache.amoro.server.optimizing.UnKeyedTableCommit.commit(UnKeyedTableCommit.java:214) ~[amoro-ams-0.9.0.jar:0.9.0]",
				"\tat org.apache.amoro.server.optimizing.OptimizingQueue$TableOptimizingProcess.commit(OptimizingQueue.java:702) ~[amoro-ams-0.9.0.jar:0.9.0]",
				"\tat java.lang.Thread.run(Thread.java:750) [?:1.8.0_392]"),
		},
	},
	{
		name:   "streampark-console-pipe-columns",
		source: "Apache StreamPark's console server log (`yyyy-MM-dd HH:mm:ss | LEVEL | thread | logger:line] msg`, a stack under an ERROR): apache/streampark issue #2838 (`| ERROR | main | org.springframework.boot.SpringApplication:821] Application run failed`), issue #507 (the EnvInitializer stack); the padding of INFO and WARN to five from memory",
		why:    "a zone-less time without fractions, then the level, the thread and the logger in pipe-separated columns; the logger ends in `:line]`; the stack is part of the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:12Z", Info, "", "2026-11-29 07:41:12 | INFO  | main | org.apache.streampark.console.StreamParkConsoleBootstrap:55] Starting StreamParkConsoleBootstrap using Java 11.0.25 with PID 20771"),
			we("2026-11-29T07:41:19Z", Warn, "", "2026-11-29 07:41:19 | WARN  | main | org.apache.streampark.console.core.runner.EnvInitializer:118] [StreamPark] flink env not found, please add a flink home in Setting -> Flink Home"),
			we("2026-11-29T07:41:21Z", Info, "", "2026-11-29 07:41:21 | INFO  | main | org.springframework.boot.web.embedded.jetty.JettyWebServer:172] Jetty started on port(s) 10000 (http/1.1) with context path '/'"),
			we("2026-11-29T07:41:22Z", Error, "",
				"2026-11-29 07:41:22 | ERROR | main | org.springframework.boot.SpringApplication:821] Application run failed",
				"java.lang.ExceptionInInitializerError: [StreamPark] System initialization check failed, please ensure the -Dapp.home parameter is clearly specified",
				"\tat org.apache.streampark.console.core.runner.EnvInitializer.run(EnvInitializer.java:86)",
				"\tat org.springframework.boot.SpringApplication.callRunner(SpringApplication.java:759)",
				"\tat org.apache.streampark.console.StreamParkConsoleBootstrap.main(StreamParkConsoleBootstrap.java:51)"),
		},
	},
	{
		name:   "horaedb-server-source-location",
		source: "Apache HoraeDB (CeresDB) server log (its logger crate: `yyyy-MM-dd HH:mm:ss.fff LEVEL [crate/src/file.rs:line] msg`): apache/horaedb issue #665 (flush lines), issue #1059 and PR #1407",
		why:    "a zone-less date and time with milliseconds (UTC by the rules); the level then the Rust source path and line in brackets, which is no host and no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", "2026-11-29 07:41:16.118 INFO [src/bin/horaedb-server.rs:79] HoraeDB server tries starting with config:/etc/horaedb/horaedb.toml"),
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29 07:41:16.402 INFO [server/src/server.rs:412] Server start, listening on 0.0.0.0:8831 (grpc) and 0.0.0.0:5440 (http)"),
			we("2026-11-29T07:53:52.407Z", Info, "", "2026-11-29 07:53:52.407 INFO [analytic_engine/src/instance/flush_compaction.rs:521] Instance flush memtables to output, table:cpu_usage_host, table_id:3298534887502, request_id:3159191"),
			we("2026-11-29T07:54:10.885Z", Warn, "", "2026-11-29 07:54:10.885 WARN [analytic_engine/src/instance/write.rs:402] Write stall: table:cpu_usage_host, memtable usage 1.02 GB exceeds the limit 1 GB, waiting for flush"),
			we("2026-11-29T07:54:31.019Z", Error, "", "2026-11-29 07:54:31.019 ERROR [server/src/grpc/remote_engine_service/mod.rs:688] Failed to handle stream read, table:cpu_usage_host, err:Failed to read from remote, code:504, msg:deadline exceeded"),
		},
	},
	{
		name:   "eventmesh-runtime-console-log",
		source: "Apache EventMesh runtime's logs/eventmesh.out (eventmesh-runtime/conf/log4j2.xml `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%t] %c{1}(%F:%L) - %m%n`, with log4j2's own status lines `time thread LEVEL msg` from status=\"debug\"): apache/eventmesh issues #5148, #4350 and #4444",
		why:    "a zone-less time with a comma before the milliseconds; the level padded to five, the thread in brackets, `Class(File.java:line)`; a stack belongs to the ERROR; log4j2's status lines put the thread before the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:47.257Z", Debug, "", "2026-11-29 07:41:47,257 DEBUG [main] MultithreadEventLoopGroup(MultithreadEventLoopGroup.java:44) - -Dio.netty.eventLoopThreads: 8"),
			we("2026-11-29T07:41:47.322Z", Info, "", "2026-11-29 07:41:47,322 INFO  [main] EventMeshGrpcServer(EventMeshGrpcServer.java:129) - GRPCServer[port=10205] started"),
			we("2026-11-29T07:41:47.516Z", Warn, "", "2026-11-29 07:41:47,516 WARN  [main] EventMeshTCPServer(EventMeshTCPServer.java:212) - rebalance is disabled, eventMesh.server.tcp.RebalanceIntervalInMills is 0"),
			we("2026-11-29T07:41:48.480Z", Error, "",
				"2026-11-29 07:41:48,480 ERROR [main] EventMeshStartup(EventMeshStartup.java:57) - EventMesh start fail.",
				"java.lang.NullPointerException: null",
				"\tat org.apache.eventmesh.storage.rocketmq.producer.RocketMQProducerImpl.init(RocketMQProducerImpl.java:55) ~[eventmesh-storage-rocketmq-1.10.0-release.jar:1.10.0-release]",
				"\tat org.apache.eventmesh.runtime.boot.EventMeshServer.start(EventMeshServer.java:169) ~[eventmesh-runtime-1.10.0-release.jar:1.10.0-release]",
				"\tat org.apache.eventmesh.runtime.boot.EventMeshStartup.main(EventMeshStartup.java:40) [eventmesh-runtime-1.10.0-release.jar:1.10.0-release]"),
			we("2026-11-29T07:41:48.489Z", Debug, "", "2026-11-29 07:41:48,489 pool-1-thread-1 DEBUG Shutting down OutputStreamManager SYSTEM_OUT.false.false"),
		},
	},
	{
		name:   "inlong-agent-class-at-method",
		source: "Apache InLong Agent's log (logs/agent.log, `yyyy-MM-dd HH:mm:ss,SSS LEVEL [thread] (package.Class@method:line): msg`): apache/inlong issue #1453 (ClientMgr and NettyClient lines); the WARN and ERROR lines' wording from memory",
		why:    "a zone-less time with a comma before the milliseconds; the level unpadded, the thread in brackets (with blanks and a #), then `(pkg.Class@method:line):`; `host=dataproxy:46801` in the message is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:40:03.620Z", Info, "", "2026-11-29 07:40:03,620 INFO [task-running-thread-1] (network.ClientMgr@getRealHosts:863): host=dataproxy:46801{dataproxy:46801}"),
			we("2026-11-29T07:40:03.654Z", Info, "", "2026-11-29 07:40:03,654 INFO [New I/O worker #1] (network.NettyClient$1@operationComplete:80): connect ack! dataproxy"),
			we("2026-11-29T07:40:03.655Z", Info, "", "2026-11-29 07:40:03,655 INFO [task-running-thread-1] (network.ClientMgr@initConnection:247): build a connection success! dataproxy,channel [id: 0x51a7c3e2, /172.20.0.8:52672 => dataproxy/172.20.0.6:46801]"),
			we("2026-11-29T07:40:33.902Z", Warn, "", "2026-11-29 07:40:33,902 WARN [task-running-thread-1] (network.ClientMgr@getClientByRoundRobin:501): no available client, try to reconnect dataproxy:46801"),
			we("2026-11-29T07:40:34.018Z", Error, "", "2026-11-29 07:40:34,018 ERROR [New I/O worker #2] (network.NettyClient$1@operationComplete:84): connect to dataproxy/172.20.0.6:46801 failed: Connection refused"),
		},
	},
}

func TestFresh476Formats(t *testing.T) { assertTable(t, fresh476Cases) }

func TestFresh476Score(t *testing.T) {
	checkScore(t, "fresh476 formats", fresh476Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
