package parse

import "testing"

// The four-hundred-and-sixty-seventh fresh table, written on 2026-12-06: big-data platforms, a
// fourth further pass, the daemons' own log files at versions and settings no table holds. Each
// family is one product's documented or observed output: Elasticsearch 6.4's plaintext log while
// the ML native controller and an autodetect process relay their own lines through
// CppLogMessageHandler (`[controller/pid] [Main.cc@line]`, no node name on those lines in 6.x);
// Kafka 4.1 started with kafka-server-start.bat and a Log4j 1.x properties file (log4j2's status
// line with its own ISO time, then the script's three untimed DEPRECATED lines before the broker's
// `[yyyy-MM-dd HH:mm:ss,SSS]` lines); Cassandra 4.0's system.log during `nodetool rebuild` (the
// `[Stream #uuid ID#n]` session lines, a thread named after the peer's /addr:port); a Flink 1.18
// JobManager with the adaptive scheduler's logger at DEBUG (its `Transition from state … to ….`
// lines, a restart with the heartbeat-timeout stack trace); an HDFS 3.3 DataNode reconstructing
// erasure-coded blocks (negative block-group ids, a block pool id holding an epoch, the failure's
// stack trace); a Spark 3.5 standalone Master recovering from ZooKeeper (ZooKeeperLeaderElection
// Agent, app and worker ids holding a yyyyMMddHHmmss time); HiveServer2 3.1 registering with
// ZooKeeper for service discovery (log4j2's ISO 8601 with a T, the right-aligned level, Curator's
// lines); ZooKeeper 3.4's NIO connection factory refusing clients over maxClientCnxns (a thread
// name holding `0.0.0.0/0.0.0.0:2181`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`hadoop`, `hdfs`, `yarn`, `spark`, `hbase`, `kafka`, `flink`, `hive`, `zookeeper`,
// `cassandra`, `elasticsearch` as family names, then `size reduction`, `Buffer utilization`,
// `log-cleaner`, `LogCleaner`, `state-change`, `core file size`, `Starting master on`,
// `Starting regionserver`, `ulimit -a`, `Spark Command`, `Iteration#`, `Bytes Already Moved`,
// `Log4jAuditLogger`, `znode_type`, `JvmGcMonitorService`, `accessCount=`, `kms-audit`,
// `httpfsaudit`, `HiveMetaStore.audit`, `ugi=`, `RMAuditLogger`, `OPERATION=`, `JVM Options`,
// `EnvironmentInformation`, `myid:`, `zookeeper_audit`, `fqltool`, `Query start time`,
// `auditlogviewer`, `authentication_success`, `event.action`, `elasticsearch.node.name`, `ES_ECS`,
// `"type": "server"`, `o.e.n.Node`, `][node `, `version[`, `][INFO ][`, `|category:`,
// `Setting up job resources`, `Launching container`, `Spark Executor Command`, `CanaryTool`,
// `fragmentId`, `llap`, `LlapDaemon`, `operations were slow`, `"stacktrace"`, `myuid=`,
// `++ id -u`, `statedump`, `FSLeafQueue`, `KafkaConfig values`, `Node configuration`,
// `automatically configured`, `STARTUP_MSG`, `Context=dfs`, `FileSink`, `lock held for`,
// `Streaming query made progress`, `numInputRows`, `Starting metrics report`, `Slf4jReporter`,
// `ApplicationSummary`, `memorySeconds`, `firstMapTaskLaunchTime`, `JobSummary`, `strimzi`,
// `) [data-plane`, `DseDaemon`, `- INFO  [main:`, `(line `, `java (line`, `clienttrace`,
// `HDFS_READ`, `Launch command`, `ExecutorRunner`, `ServiceScheduler`, `SparkConnect`,
// `Starting to launch local task`, `@%L][`, `CppLogMessageHandler`, `controller (64 bit)`,
// `autodetect`, `Main.cc`, `NativeController`, `Native controller`, `PERFLOG`,
// `ZooKeeper JMX enabled`, `SecurityLogger`, `Auth successful for`, `Access allowed for user`,
// `fsync-ing`, `OpenJDK 64-Bit Server VM warning`, `+I[`, `directory.info`,
// `Final TaskExecutor Memory`, `Final Master Memory`, `exec.Task:`, `MapredLocalTask`,
// `Log4j 1.x configuration`, `Reconfiguration failed`, `Removing file:`, `PurgeTask`,
// `degraded mode`, `Safe mode will be turned off`, `absoluteCapacity = `, `Number of transactions:`,
// `==> **`, `tombstone cells`, `[Stream #`, `StreamResultFuture`, `Session with /`,
// `Prepare completed`, `streaming job`, `JobScheduler`, `n.sid`, `FastLeaderElection`,
// `Failed to place enough replicas`, `dfsrouter`, `ActiveStandbyElector`, `Transition from state`,
// `AdaptiveScheduler`, `ExecutorPodsAllocator`, `Getting a diff from the leader`, `Striped`,
// `ECWorker`, `Docker command`, `BlockManagerDecommissioner`, `gained leadership`,
// `elected leader`, `Recovery complete - resuming`, `Rolled WAL`, `logRoller`, `Created a znode`,
// `HiveServer2 uri`, `Finished pid=`, `PEWorker`, `TransitRegionStateProcedure`,
// `Too many connections from`, `maxClientCnxns`). Elasticsearch's plaintext log is in world_test.go,
// fresh4, fresh127 and many more; the ML native processes' relayed lines are in none. Kafka's
// broker log is in many tables; the Log4j 1.x deprecation lines and log4j2's status line before it
// are in none. Cassandra's system.log is in many tables; the streaming session lines are in none.
// Flink's JobManager log is in many tables; the adaptive scheduler's transitions are in none. The
// DataNode is in many tables; erasure-coding reconstruction is in none (fresh155's `Striped` is
// another product). Spark's Master is in several tables; ZooKeeper recovery mode is in none.
// HiveServer2 is in many tables; its ZooKeeper registration is in none. ZooKeeper 3.4 is in many
// tables; the connection limit's warnings are in none. Left out as measured already: Strimzi's
// broker layout (fresh112), Flink's BashJavaUtils memory block (fresh171), HBase's SecurityAuth.audit
// (fresh62), the WAL roller (fresh171), HBase procedures (fresh230), YARN's queue initialisation
// block (fresh328), the NameNode's safe-mode tip (fresh230), Hive LLAP (fresh49, fresh315), Spark
// Streaming's JobScheduler (fresh122). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Elasticsearch's, Cassandra's, Flink's, Hadoop's, Hive's and ZooKeeper's
// stamps have no zone and are UTC; Spark's `yy/MM/dd` is 2026; log4j2's status line carries its
// own `Z`. The time-bearing ids inside messages are no times of the record: Cassandra's version-1
// stream UUID, the block pool id's epoch, Spark's app-yyyyMMddHHmmss and worker-yyyyMMddHHmmss
// ids. Levels only where the line marks one: the bracketed or padded level word, log4j2's status
// level after the thread (`main ERROR`); Kafka's script lines have none, and `DEPRECATED:` is no
// level. The host is the record's host field, and none of these families has one: Elasticsearch's
// node name and the ML job id in brackets, the peer in a Cassandra thread name, the HiveServer2 URI
// it registers, Spark's `41277@spark-m-02` process name and the clients' addresses are message
// text. A record that spans lines is one entry: Flink's restart with its exception and `\tat`
// frames, the DataNode's failure with its IOException and frames; the three DEPRECATED lines are
// three echo commands, three records.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 749c40f before any rule for it: level 94.6 %, time 94.6 %, host 94.6 %, records 92.9 %.
// That is the macro figure (micro: level 93.2 %, time 93.2 %, host 93.2 %, records 90.9 %), in a
// worktree at 749c40f with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right (44 records); the one gap is Kafka's Windows start-up, where the script's
// three untimed DEPRECATED lines are joined to log4j2's status line before them.

var fresh467Cases = []worldCase{
	{
		name:   "elasticsearch64-ml-native-controller-relay",
		source: "Elasticsearch 6.4's plaintext log (`[%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n`) with X-Pack ML: the native controller's and autodetect's own lines relayed by o.e.x.m.j.p.l.CppLogMessageHandler as `[controller/pid] [Main.cc@line] msg` with no node name in 6.x, the NativeController's stop line: published ES 6.4/6.6 start-up logs found with find_string, elastic/elasticsearch PR #30674 (the controller's version and copyright line); the autodetect line from memory",
		why:    "a logger name longer than the padded column; the relayed lines carry the native process and its source file in brackets where the node name would be; DEBUG in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29T07:41:16,204][INFO ][o.e.p.PluginsService     ] [es-ml-2] loaded module [x-pack-ml]"),
			we("2026-11-29T07:41:24.611Z", Info, "", "[2026-11-29T07:41:24,611][INFO ][o.e.x.m.j.p.l.CppLogMessageHandler] [controller/30412] [Main.cc@109] controller (64 bit): Version 6.4.3 (Build 7a0b3c9d1e2f46) Copyright (c) 2018 Elasticsearch BV"),
			we("2026-11-29T07:41:25.902Z", Debug, "", "[2026-11-29T07:41:25,902][DEBUG][o.e.a.ActionModule       ] Using REST wrapper from plugin org.elasticsearch.xpack.security.Security"),
			we("2026-11-29T07:52:40.118Z", Info, "", "[2026-11-29T07:52:40,118][INFO ][o.e.x.m.j.p.l.CppLogMessageHandler] [card-fraud-scores] [autodetect/31877] [CResourceMonitor.cc@77] Setting model memory limit to 1024 MB"),
			we("2026-11-29T08:14:03.557Z", Info, "", "[2026-11-29T08:14:03,557][INFO ][o.e.x.m.j.p.l.CppLogMessageHandler] [controller/30412] [Main.cc@150] Ml controller exiting"),
			we("2026-11-29T08:14:03.560Z", Info, "", "[2026-11-29T08:14:03,560][INFO ][o.e.x.m.j.p.NativeController] Native controller process has stopped - no new native processes can be started"),
		},
	},
	{
		name:   "kafka41-windows-log4j1-deprecation-banner",
		gap:    "trawl joins the script's three untimed lines (`DEPRECATED: A Log4j 1.x configuration file…`, `To use a Log4j 2.x configuration…`, `You can also use…`) to log4j2's status line before them (`2026-11-29T07:41:15.902114Z main ERROR Reconfiguration failed…`) as its continuation: the three are no records of their own and the status line's record spans four lines",
		source: "Kafka 4.1 started with bin\\windows\\kafka-server-start.bat while KAFKA_LOG4J_OPTS names a Log4j 1.x properties file: log4j2's StatusLogger line (`ISO-8601 Z time, thread, LEVEL, msg`), the script's three `echo` lines (DEPRECATED…, To use a Log4j 2.x configuration…, You can also use…), then the broker's `[yyyy-MM-dd HH:mm:ss,SSS] LEVEL msg (logger)` lines: apache/kafka bin/windows/connect-distributed.bat and bin/connect-distributed.sh (the echo lines), published Kafka 4.1 Windows lab notes and console pastes found with find_string (the status line and the banner before `[KafkaRaftServer nodeId=1] Kafka Server started`)",
		why:    "log4j2's own status line has a microsecond Z time and a level after the thread; three untimed script lines follow, each its own record, `DEPRECATED:` no level; then Kafka's bracketed stamp",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.902114Z", Error, "", "2026-11-29T07:41:15.902114Z main ERROR Reconfiguration failed: No configuration found for '5e4c8a1f' at 'null' in 'null'"),
			we("", Unknown, "", "DEPRECATED: A Log4j 1.x configuration file has been detected, which is no longer recommended."),
			we("", Unknown, "", "To use a Log4j 2.x configuration, please see https://logging.apache.org/log4j/2.x/migrate-from-log4j1.html#Log4j2ConfigurationFormat for details about Log4j configuration file migration."),
			we("", Unknown, "", "You can also use the D:\\kafka_2.13-4.1.1/config/tool-log4j2.yaml file as a starting point. Make sure to remove the Log4j 1.x configuration after completing the migration."),
			we("2026-11-29T07:41:16.48Z", Info, "", "[2026-11-29 07:41:16,480] INFO Registered kafka:type=kafka.Log4jController MBean (kafka.utils.Log4jControllerRegistration$)"),
			we("2026-11-29T07:41:17.022Z", Info, "", "[2026-11-29 07:41:17,022] INFO [ControllerServer id=1] Starting controller (kafka.server.ControllerServer)"),
			we("2026-11-29T07:41:19.731Z", Info, "", "[2026-11-29 07:41:19,731] INFO [KafkaRaftServer nodeId=1] Kafka Server started (kafka.server.KafkaRaftServer)"),
		},
	},
	{
		name:   "cassandra40-rebuild-streaming-session",
		source: "Cassandra 4.0's system.log (logback `%-5level [%thread] %date{ISO8601} %F:%L - %msg%n`) during `nodetool rebuild`: StreamResultFuture's `[Stream #planId]` and `[Stream #planId ID#n] Prepare completed. Receiving N files(size), sending N files(size)` with FBUtilities.prettyPrintMemory sizes, `Session with /addr:port is complete`: apache/cassandra StreamResultFuture.java (found with find_string, the 4.0 and later forms), apache/cassandra PR #2104; the RMI and Stream-Deserializer thread names and the rebuild and failure lines from memory",
		why:    "the level first, then a thread holding a peer's /addr:port, then the ISO time; a version-1 UUID in the message is no time; the peer is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "INFO  [RMI TCP Connection(14)-127.0.0.1] 2026-11-29 07:41:16,204 StorageService.java:1331 - rebuild from dc: dc1, (All keyspaces), (All tokens)"),
			we("2026-11-29T07:41:16.221Z", Info, "", "INFO  [RMI TCP Connection(14)-127.0.0.1] 2026-11-29 07:41:16,221 StreamResultFuture.java:98 - [Stream #8a2f41c0-cd3e-11f1-9b7a-3f5e0c2d1a47] Executing streaming plan for Rebuild"),
			we("2026-11-29T07:41:16.53Z", Info, "", "INFO  [Stream-Deserializer-/10.40.2.17:7000-5c1e0a2b] 2026-11-29 07:41:16,530 StreamResultFuture.java:187 - [Stream #8a2f41c0-cd3e-11f1-9b7a-3f5e0c2d1a47 ID#0] Prepare completed. Receiving 14 files(212.406MiB), sending 0 files(0.000KiB)"),
			we("2026-11-29T07:43:02.118Z", Info, "", "INFO  [Stream-Deserializer-/10.40.2.17:7000-5c1e0a2b] 2026-11-29 07:43:02,118 StreamResultFuture.java:201 - [Stream #8a2f41c0-cd3e-11f1-9b7a-3f5e0c2d1a47] Session with /10.40.2.17:7000 is complete"),
			we("2026-11-29T07:43:05.774Z", Warn, "", "WARN  [Stream-Deserializer-/10.40.2.21:7000-9e0d4b71] 2026-11-29 07:43:05,774 StreamResultFuture.java:229 - [Stream #8a2f41c0-cd3e-11f1-9b7a-3f5e0c2d1a47] Stream failed"),
		},
	},
	{
		name:   "flink118-jobmanager-adaptive-scheduler-debug",
		source: "a Flink 1.18 JobManager's log file (log4j2 `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n`, the empty NDC printed `[]`) with jobmanager.scheduler: adaptive and logger.adaptive.name = org.apache.flink.runtime.scheduler.adaptive at DEBUG: AdaptiveScheduler.transitionToState's `Transition from state {} to {}.` (apache/flink AdaptiveScheduler.java, found with find_string), the restart line of FLINK-22431 (apache/flink PR #15736); the ExecutionGraph line and the heartbeat-timeout frames from memory",
		why:    "a logger name over the 60-wide column leaves one blank, a short one is padded; `[] -` before the message; a restart carries its exception and `\\tat` frames with jar versions",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "2026-11-29 07:41:16,204 DEBUG org.apache.flink.runtime.scheduler.adaptive.AdaptiveScheduler [] - Transition from state Created to WaitingForResources."),
			we("2026-11-29T07:41:26.311Z", Debug, "", "2026-11-29 07:41:26,311 DEBUG org.apache.flink.runtime.scheduler.adaptive.AdaptiveScheduler [] - Transition from state WaitingForResources to CreatingExecutionGraph."),
			we("2026-11-29T07:41:26.402Z", Debug, "", "2026-11-29 07:41:26,402 DEBUG org.apache.flink.runtime.scheduler.adaptive.AdaptiveScheduler [] - Transition from state CreatingExecutionGraph to Executing."),
			we("2026-11-29T07:41:26.405Z", Info, "", "2026-11-29 07:41:26,405 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph       [] - Job orders-enrichment (3c9b1e0f7a2d4b58c6e1f0a9d2b7c4e3) switched from state CREATED to RUNNING."),
			we("2026-11-29T07:52:09.877Z", Info, "",
				"2026-11-29 07:52:09,877 INFO  org.apache.flink.runtime.scheduler.adaptive.AdaptiveScheduler [] - Restarting job.",
				"java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id 10.40.3.7:6122-2b9e41 timed out.",
				"\tat org.apache.flink.runtime.jobmaster.JobMaster$TaskManagerHeartbeatListener.notifyHeartbeatTimeout(JobMaster.java:1485) ~[flink-dist-1.18.1.jar:1.18.1]",
				"\tat org.apache.flink.runtime.heartbeat.DefaultHeartbeatMonitor.run(DefaultHeartbeatMonitor.java:158) ~[flink-dist-1.18.1.jar:1.18.1]",
				"\tat java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539) ~[?:?]"),
			we("2026-11-29T07:52:09.88Z", Debug, "", "2026-11-29 07:52:09,880 DEBUG org.apache.flink.runtime.scheduler.adaptive.AdaptiveScheduler [] - Transition from state Executing to Restarting."),
		},
	},
	{
		name:   "hdfs33-datanode-ec-reconstruction",
		source: "an HDFS 3.3 DataNode's log file (Hadoop's log4j `%d{ISO8601} %p %c: %m%n`) while it reconstructs erasure-coded blocks: StripedBlockReconstructor's `Failed to reconstruct striped block: {}` with the Throwable's trace (apache/hadoop StripedBlockReconstructor.java and ErasureCodingWorker.java, found with find_string; a published DataNode line with a negative blk_-92233720368… group id); the DNA_ERASURE_CODING_RECOVERY command line, the IOException's text and the Receiving line from memory",
		why:    "negative block-group ids and a block pool id holding an epoch in milliseconds, no times; a WARN with its exception and frames is one record; the addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO org.apache.hadoop.hdfs.server.datanode.DataNode: DatanodeCommand action: DNA_ERASURE_CODING_RECOVERY"),
			we("2026-11-29T07:41:16.988Z", Warn, "",
				"2026-11-29 07:41:16,988 WARN org.apache.hadoop.hdfs.server.datanode.erasurecode.StripedBlockReconstructor: Failed to reconstruct striped block: BP-1183527709-10.40.1.10-1795900000000:blk_-9223372036854671200_204881",
				"java.io.IOException: Can't find minimum sources required by reconstruction, block id: -9223372036854671200",
				"\tat org.apache.hadoop.hdfs.server.datanode.erasurecode.StripedReader.initReaders(StripedReader.java:199)",
				"\tat org.apache.hadoop.hdfs.server.datanode.erasurecode.StripedReader.init(StripedReader.java:163)",
				"\tat org.apache.hadoop.hdfs.server.datanode.erasurecode.StripedBlockReconstructor.run(StripedBlockReconstructor.java:63)",
				"\tat java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:511)"),
			we("2026-11-29T07:41:17.102Z", Info, "", "2026-11-29 07:41:17,102 INFO org.apache.hadoop.hdfs.server.datanode.DataNode: DatanodeCommand action: DNA_ERASURE_CODING_RECOVERY"),
			we("2026-11-29T07:41:18.64Z", Info, "", "2026-11-29 07:41:18,640 INFO org.apache.hadoop.hdfs.server.datanode.DataNode: Receiving BP-1183527709-10.40.1.10-1795900000000:blk_-9223372036854671197_204881 src: /10.40.2.14:41822 dest: /10.40.2.16:9866"),
		},
	},
	{
		name:   "spark35-master-zookeeper-recovery",
		source: "a Spark 3.5 standalone Master with spark.deploy.recoveryMode=ZOOKEEPER (conf/log4j2.properties.template `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex`): ZooKeeperLeaderElectionAgent's leadership line, Master's `I have been elected leader! New state: RECOVERING`, the recovery of apps and workers, `Recovery complete - resuming operations!`; from memory of Master.scala's messages and real logs",
		why:    "a two-digit year first; app-yyyyMMddHHmmss and worker-yyyyMMddHHmmss ids and the pid@host process name are no times and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO Master: Started daemon with process name: 41277@spark-m-02"),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 INFO ZooKeeperLeaderElectionAgent: Starting ZooKeeper LeaderElection agent"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO ZooKeeperLeaderElectionAgent: We have gained leadership"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO Master: I have been elected leader! New state: RECOVERING"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO Master: Trying to recover app: app-20261129064105-0007"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO Master: Trying to recover worker: worker-20261128221530-10.40.5.11-38211"),
			we("2026-11-29T07:42:20Z", Info, "", "26/11/29 07:42:20 INFO Master: Recovery complete - resuming operations!"),
		},
	},
	{
		name:   "hiveserver2-31-zookeeper-service-discovery",
		source: "HiveServer2 3.1's hiveserver2.log (hive-log4j2.properties `%d{ISO8601} %5p [%t] %c{2}: %m%n`, log4j2's ISO8601 with a T and a comma) with hive.server2.support.dynamic.service.discovery=true: Curator's start-up and connection-state lines, the znode registration for the server's URI, the de-registration warning; from memory of HiveServer2.java's messages and real logs",
		why:    "a T and a comma in the stamp, the level right-aligned to five (two blanks before INFO); the URI it registers names its own host inside the message, which is no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T07:41:16,204  INFO [main] server.HiveServer2: Starting HiveServer2"),
			we("2026-11-29T07:41:18.66Z", Info, "", "2026-11-29T07:41:18,660  INFO [main] imps.CuratorFrameworkImpl: Starting"),
			we("2026-11-29T07:41:18.702Z", Info, "", "2026-11-29T07:41:18,702  INFO [main-EventThread] state.ConnectionStateManager: State change: CONNECTED"),
			we("2026-11-29T07:41:18.93Z", Info, "", "2026-11-29T07:41:18,930  INFO [main] server.HiveServer2: Created a znode on ZooKeeper for HiveServer2 uri: hs2-b.example.net:10000"),
			we("2026-11-29T08:02:44.117Z", Warn, "", "2026-11-29T08:02:44,117  WARN [main-EventThread] server.HiveServer2: This HiveServer2 instance is now de-registered from ZooKeeper. The server will be shut down after the last client session completes."),
		},
	},
	{
		name:   "zookeeper34-nio-max-client-connections",
		source: "ZooKeeper 3.4's zookeeper.log (log4j `%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m%n`) while NIOServerCnxnFactory refuses a client over maxClientCnxns (`Too many connections from /addr - max is N`) among accepted connections and closed sockets; from memory of NIOServerCnxnFactory.java and real logs",
		why:    "the thread name holds `0.0.0.0/0.0.0.0:2181` and a colon before the class; `[myid:3]` is no host; the client addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 [myid:3] - INFO  [NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxnFactory@192] - Accepted socket connection from /10.40.6.21:52114"),
			we("2026-11-29T07:41:16.209Z", Warn, "", "2026-11-29 07:41:16,209 [myid:3] - WARN  [NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxnFactory@188] - Too many connections from /10.40.6.21 - max is 60"),
			we("2026-11-29T07:41:16.377Z", Warn, "", "2026-11-29 07:41:16,377 [myid:3] - WARN  [NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxnFactory@188] - Too many connections from /10.40.6.21 - max is 60"),
			we("2026-11-29T07:41:17.03Z", Info, "", "2026-11-29 07:41:17,030 [myid:3] - INFO  [NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxn@1044] - Closed socket connection for client /10.40.6.19:40972 which had sessionid 0x3019e4c2b7d0004"),
		},
	},
}

func TestFresh467Formats(t *testing.T) { assertTable(t, fresh467Cases) }
func TestFresh467Score(t *testing.T) {
	checkScore(t, "fresh467 formats", fresh467Cases, [worldNumFields]float64{94.5, 94.5, 94.5, 92.8})
}
