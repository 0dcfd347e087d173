package parse

import "testing"

// The four-hundred-and-forty-third fresh table, written on 2026-12-06: big-data platforms, a third
// further pass, the daemons' own log files at versions and settings no table holds. Each family is
// one product's documented or observed output: Cassandra 2.1 in the foreground (`cassandra -f`),
// its STDOUT appender's `%-5level %date{HH:mm:ss,SSS} %msg%n` with a time of day and no date;
// Cassandra 3.11's system.log while StatusLogger prints its thread-pool, cache and memtable tables,
// one log call a row; Cassandra 4.0's hints dispatcher and gossiper in system.log (hint files named
// with an epoch in milliseconds, peers as /addr:7000); a YARN NodeManager run with the console
// logger in a container (`yy/MM/dd HH:mm:ss LEVEL pkg.Class: msg`) writing ContainersMonitorImpl's
// per-container memory lines; Druid 30's historical.log at start-up with
// druid.startup.logging.logProperties (one `* key: value` line a property); Spark 3's YARN
// ApplicationMaster writing its executor launch context as one message of many lines; HBase 2.5's
// master log in log4j2's ISO 8601 (a `T` before the time) while the StochasticLoadBalancer chore
// runs; Kafka 3.6's server.log while time-based retention rolls, snapshots and deletes segments
// (UnifiedLog and LocalLog contexts, epoch milliseconds inside LogSegment(…)).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`hadoop`, `hdfs`, `yarn`, `spark`, `hbase`, `kafka`, `flink`, `hive`, `impala`, `presto`,
// `trino`, `druid`, `cassandra` as family names, then `responseTooSlow`, `responseTooLarge`,
// `StatusLogger`, `Pool Name`, `Active   Pending`, `Cache Type`, `Memtable ops`, `GCInspector`,
// `NoSpamLogger`, `ScheduledTasks:1`, `HintsService`, `HintsDispatch`, `Hinted`,
// `Transferring all hints`, `Not marking nodes down`, `is now DOWN`, `Handshaking version`,
// `MessagingService`, `CompactionManager`, `Memtable`, `CassandraDaemon`, `CassandraDaemon.java`,
// `cassandra.yaml`, `Loading settings from`, `%date{HH`, `INFO  0`, `INFO  07`, `Hostname: `,
// `PrestoServer`, `prestissimo`, `presto_server`, `velox`, `com.facebook.presto`,
// `io.trino.server`, `SqlTaskManager`, `ClusterSizeMonitor`, `[alerts]`, `LoggingEmitter`,
// `"feed":"alerts"`, `druid.host`, `logProperties`, `Properties follow`,
// `Starting up with processors`, `middlemanager`, `connection.remote`, `notEmpty`, `trogdor`,
// `ContainersMonitorImpl`, `Memory usage of ProcessTree`, `Memory usage of`,
// `Starting resource-monitoring`, `physical memory used`, `Exit code from container`,
// `transitioned from`, `JobHistoryServer`, `HistoryFileManager`, `Slow BlockReceiver`,
// `Slow flushOrSync`, `Slow PacketResponder`, `SlowPeer`, `EditLogTailer`, `FSNamesystem.audit`,
// `callerContext`, `executor launch context`, `YarnAllocator`, `ExecutorRunnable`,
// `Default ResourceProfile`, `StochasticLoadBalancer`, `BalancerChore`, `Calculating plan`,
// `moving plan`, `balance hri`, `RegionNormalizer`, `CleanerChore`, `PressureAware`, `ksql`,
// `deserializationError`, `queryId=hive_`, `Time taken:`, `Completed request:{`,
// `connector.context`, `Loading configuration property`, `CheckpointCoordinator`,
// `statestore-subscriber`, `admissiond`, `Rolled new log segment`, `UnifiedLog partition=`,
// `LocalLog partition`, `ProducerStateManager`, `Incremented log start`, `Deleting segment`,
// `Found deletable segments`, `RaftManager id=`, `QuorumController id=`). Cassandra is in world/holdout, fresh127, fresh168,
// fresh211 and fresh308 (system.log and debug.log, GCInspector and NoSpamLogger lines) and many
// tools' outputs; the 2.1 console layout, StatusLogger's rows and the hints dispatcher are in none.
// The NodeManager is in fresh36, fresh171 and fresh280 (its log4j file, the kill diagnostics);
// the console layout with ContainersMonitorImpl's periodic lines is in none. Druid is in fresh3,
// fresh56, fresh62 and others (the start-up's `Starting up with processors`, the logging
// emitter's [metrics] and [alerts]); the property dump is in none. Spark on YARN is in fresh112
// (YarnAllocator's bad-node warning) and many client consoles; the launch-context block is in
// none. HBase's master is in fresh3, fresh43, fresh308 and fresh352; the balancer chore's lines
// are in none. Kafka's server.log is in many tables; one 2.x `[Log partition=…] Deleting segment`
// line is in fresh203's long run; 3.x's UnifiedLog/LocalLog retention sequence (the rolled
// segment, the producer snapshot, `Some(…)` timestamps, the log start offset, the deleted files)
// is in none. Left out as measured already: HBase's responseTooSlow JSON (twelve tables),
// Prestissimo's glog (fresh62), Druid's alert events (fresh62), Slow BlockReceiver (fresh43,
// fresh171, fresh230, fresh421), HiveServer2's `Time taken:` and query ids, Flink's `Loading
// configuration property` lines, Kafka Connect's connector context, Impala's daemons' glog.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Cassandra 2.1's console time of day has no date and is on the clock's day;
// the Spark and NodeManager console's `yy/MM/dd` is 2026; log4j's and logback's stamps have no zone
// and are UTC; the epochs inside hint-file names, HBase server names (the start code), YARN
// container ids and Kafka's LogSegment(…) are no times of the record. Levels only where the line marks one: the padded level
// word first (Cassandra, HBase) or after the time (Druid, Spark, the NodeManager, Kafka). The host is the
// record's host field, and none of these families has one: Cassandra's `Hostname:` line, Druid's
// `* druid.host:` property, the master's own name inside HBase's chore thread name
// `[master/hb-m-01:16000.Chore.1]`, the NodeManager address in Spark's launch context and the peers
// (/10.40.2.17:7000) are message text. A record that spans lines is one entry: a Cassandra console
// error with its stack trace; Spark's launch context, from the line that holds its stamp to the
// closing row of `=`, its blank line included.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 52ed03a before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in
// a worktree at 52ed03a with no change to trawl's code (only this file and table_test.go's list),
// 8 of 8 families fully right; there are no gaps: the time of day with no date, the tables'
// rows, the launch-context block with its blank lines and the epochs inside messages all come out
// as the format says.

var fresh443Cases = []worldCase{
	{
		name:   "cassandra21-foreground-stdout-time-of-day",
		source: "Apache Cassandra 2.1's conf/logback.xml STDOUT appender (`%-5level %date{HH:mm:ss,SSS} %msg%n`, next to the file appender's `%-5level [%thread] %date{ISO8601} %F:%L - %msg%n`) seen when it runs in the foreground with `cassandra -f`: the pattern as shipped and copied into NixOS' cassandra module and the Chef cassandra-dse cookbook's attributes (found with find_string); the start-up messages (Hostname:, JMX warning) from memory",
		why:    "the level first, padded to five, then a time of day with milliseconds and no date (the clock's day); `Hostname:` in a message is no host; a stack trace belongs to the error above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "INFO  07:41:16,204 Loading settings from file:/etc/cassandra/cassandra.yaml"),
			we("2026-11-29T07:41:16.390Z", Info, "", "INFO  07:41:16,390 Hostname: cass21-b.dc2.example.net"),
			we("2026-11-29T07:41:16.611Z", Warn, "", "WARN  07:41:16,611 JMX is not enabled to receive remote connections. Please see cassandra-env.sh for more info."),
			we("2026-11-29T07:41:17.058Z", Info, "", "INFO  07:41:17,058 Initializing key cache with capacity of 100 MBs."),
			we("2026-11-29T07:41:18.002Z", Error, "",
				"ERROR 07:41:18,002 Exception encountered during startup",
				"java.lang.RuntimeException: Unable to gossip with any seeds",
				"\tat org.apache.cassandra.gms.Gossiper.doShadowRound(Gossiper.java:1322) ~[apache-cassandra-2.1.22.jar:2.1.22]",
				"\tat org.apache.cassandra.service.StorageService.checkForEndpointCollision(StorageService.java:575) ~[apache-cassandra-2.1.22.jar:2.1.22]"),
		},
	},
	{
		name:   "cassandra311-statuslogger-pool-tables",
		source: "Apache Cassandra 3.11's system.log (`%-5level [%thread] %date{ISO8601} %F:%L - %msg%n`) when StatusLogger dumps its tables after a long GC pause: the `Pool Name  Active  Pending  Completed  Blocked  All Time Blocked` header and one row a pool, CompactionManager and MessagingService rows, the `Cache Type` and `Table  Memtable ops,data` tables, each row its own log call with its own stamp: a Cassandra 3.11 cluster's system.log pasted in a public repository (found with find_string on `StatusLogger.java:51 - MutationStage`)",
		why:    "every row of the table is a record of its own with the same thread and a stamp; the counts in columns are no times; `[Service Thread]` is a thread, not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Warn, "", "WARN  [Service Thread] 2026-11-29 07:41:16,118 GCInspector.java:282 - ConcurrentMarkSweep GC in 1412ms.  CMS Old Gen: 6120744968 -> 3120311216; Par Eden Space: 671088640 -> 0; Par Survivor Space: 83886080 -> 0"),
			we("2026-11-29T07:41:16.121Z", Info, "", "INFO  [Service Thread] 2026-11-29 07:41:16,121 StatusLogger.java:47 - Pool Name                    Active   Pending      Completed   Blocked  All Time Blocked"),
			we("2026-11-29T07:41:16.124Z", Info, "", "INFO  [Service Thread] 2026-11-29 07:41:16,124 StatusLogger.java:51 - MutationStage                     2        14       81204117         0                 0"),
			we("2026-11-29T07:41:16.125Z", Info, "", "INFO  [Service Thread] 2026-11-29 07:41:16,125 StatusLogger.java:51 - ReadStage                         1         0       40917730         0                 0"),
			we("2026-11-29T07:41:16.127Z", Info, "", "INFO  [Service Thread] 2026-11-29 07:41:16,127 StatusLogger.java:51 - Native-Transport-Requests         4         0      152230981         0              1207"),
			we("2026-11-29T07:41:16.131Z", Info, "", "INFO  [Service Thread] 2026-11-29 07:41:16,131 StatusLogger.java:61 - CompactionManager                 1         3"),
			we("2026-11-29T07:41:16.132Z", Info, "", "INFO  [Service Thread] 2026-11-29 07:41:16,132 StatusLogger.java:73 - MessagingService                n/a       0/2"),
			we("2026-11-29T07:41:16.133Z", Info, "", "INFO  [Service Thread] 2026-11-29 07:41:16,133 StatusLogger.java:83 - Cache Type                     Size                 Capacity               KeysToSave"),
			we("2026-11-29T07:41:16.134Z", Info, "", "INFO  [Service Thread] 2026-11-29 07:41:16,134 StatusLogger.java:85 - KeyCache                   99871232                104857600                      all"),
			we("2026-11-29T07:41:16.136Z", Info, "", "INFO  [Service Thread] 2026-11-29 07:41:16,136 StatusLogger.java:98 - Table                       Memtable ops,data"),
			we("2026-11-29T07:41:16.137Z", Info, "", "INFO  [Service Thread] 2026-11-29 07:41:16,137 StatusLogger.java:101 - shop.orders_by_customer            41207,18340112"),
		},
	},
	{
		name:   "cassandra40-hints-dispatch-gossip",
		source: "Apache Cassandra 4.0's system.log (`%-5level [%thread] %date{ISO8601} %F:%L - %msg%n`) while a peer goes down and its hints are replayed: Gossiper's `InetAddress /addr:7000 is now DOWN`, FailureDetector's local-pause warning, HintsDispatchExecutor's `Transferring all hints to …` and `Finished hinted handoff of file <host-id>-<epoch ms>-2.hints to endpoint …`: apache/cassandra PR #1123 (CASSANDRA-8132, the hints lines and file names) and a Cassandra 3.11 system.log pasted in a public repository (the FailureDetector line); the Finished line's tail from memory",
		why:    "the hint file's name carries an epoch in milliseconds and the pause is in nanoseconds: no times; the peer /10.40.2.17:7000 is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402Z", Info, "", "INFO  [GossipStage:1] 2026-11-29 07:41:16,402 Gossiper.java:1312 - InetAddress /10.40.2.17:7000 is now DOWN"),
			we("2026-11-29T07:41:17.930Z", Warn, "", "WARN  [GossipTasks:1] 2026-11-29 07:41:17,930 FailureDetector.java:319 - Not marking nodes down due to local pause of 8214003917 > 5000000000"),
			we("2026-11-29T07:52:03.118Z", Info, "", "INFO  [HintsDispatcher:4] 2026-11-29 07:52:03,118 HintsDispatchExecutor.java:158 - Transferring all hints to /10.40.2.17:7000: 6f0b2e1c-93d4-4a7e-b1c8-5e2d0a9f4c31"),
			we("2026-11-29T07:52:04.761Z", Info, "", "INFO  [HintsDispatcher:4] 2026-11-29 07:52:04,761 HintsDispatchExecutor.java:282 - Finished hinted handoff of file 6f0b2e1c-93d4-4a7e-b1c8-5e2d0a9f4c31-1795938076402-2.hints to endpoint /10.40.2.17:7000: 6f0b2e1c-93d4-4a7e-b1c8-5e2d0a9f4c31"),
		},
	},
	{
		name:   "yarn-nm-console-containers-monitor",
		source: "a Hadoop YARN NodeManager run in a container with HADOOP_ROOT_LOGGER=INFO,console (log4j's console layout `%d{yy/MM/dd HH:mm:ss} %p %c{2}: %m%n`) writing ContainersMonitorImpl's periodic `Memory usage of ProcessTree N for container-id C: X of Y physical memory used; X of Y virtual memory used`: microsoft/pai issue #1159 (a NodeManager log grep); DefaultContainerExecutor's `Exit code from container … is : 143` and the resource-monitoring start line from memory",
		why:    "a two-digit year first (yy/MM/dd); the cluster timestamp inside container_e07_1795900000000_… is an epoch, no time; the pid and sizes are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO monitor.ContainersMonitorImpl: Starting resource-monitoring for container_e07_1795900000000_0042_01_000003"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO monitor.ContainersMonitorImpl: Memory usage of ProcessTree 48211 for container-id container_e07_1795900000000_0042_01_000003: 412.6 MB of 4 GB physical memory used; 4.1 GB of 8.4 GB virtual memory used"),
			we("2026-11-29T07:41:22Z", Info, "", "26/11/29 07:41:22 INFO monitor.ContainersMonitorImpl: Memory usage of ProcessTree 48211 for container-id container_e07_1795900000000_0042_01_000003: 1.9 GB of 4 GB physical memory used; 4.6 GB of 8.4 GB virtual memory used"),
			we("2026-11-29T07:41:25Z", Info, "", "26/11/29 07:41:25 INFO monitor.ContainersMonitorImpl: Memory usage of ProcessTree 48377 for container-id container_e07_1795900000000_0042_01_000004: 88.0 MB of 4 GB physical memory used; 3.9 GB of 8.4 GB virtual memory used"),
			we("2026-11-29T07:43:02Z", Warn, "", "26/11/29 07:43:02 WARN nodemanager.DefaultContainerExecutor: Exit code from container container_e07_1795900000000_0042_01_000003 is : 143"),
		},
	},
	{
		name:   "druid30-historical-startup-property-dump",
		source: "Apache Druid 30's log/historical.log (log4j2 `%d{ISO8601} %p [%t] %c -%notEmpty{ [%markerSimpleName]} %m%n`, the micro-quickstart's log4j2.xml) with druid.startup.logging.logProperties=true: the `Starting up with processors […], memory […], maxMemory […], directMemory […]. Properties follow.` line, then one `* key: value` line a property, masked ones as <masked>: druid.apache.org/docs/latest/configuration/logging (the pattern); the start-up and property lines from memory (GuiceRunnable)",
		why:    "log4j2's ISO 8601 with a T and a comma; `* druid.host: druid-hist-02…` is a property in the message, not the record's host; the grouped numbers are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", "2026-11-29T07:41:16,118 INFO [main] org.apache.druid.cli.CliHistorical - Starting up with processors [16], memory [1,073,741,824], maxMemory [8,589,934,592], directMemory [13,958,643,712]. Properties follow."),
			we("2026-11-29T07:41:16.119Z", Info, "", "2026-11-29T07:41:16,119 INFO [main] org.apache.druid.cli.CliHistorical - * druid.emitter: logging"),
			we("2026-11-29T07:41:16.119Z", Info, "", "2026-11-29T07:41:16,119 INFO [main] org.apache.druid.cli.CliHistorical - * druid.host: druid-hist-02.example.net"),
			we("2026-11-29T07:41:16.120Z", Info, "", "2026-11-29T07:41:16,120 INFO [main] org.apache.druid.cli.CliHistorical - * druid.metadata.storage.connector.password: <masked>"),
			we("2026-11-29T07:41:16.120Z", Info, "", "2026-11-29T07:41:16,120 INFO [main] org.apache.druid.cli.CliHistorical - * druid.segmentCache.locations: [{\"path\":\"/data/druid/segment-cache\",\"maxSize\":\"300g\"}]"),
			we("2026-11-29T07:41:16.121Z", Info, "", "2026-11-29T07:41:16,121 INFO [main] org.apache.druid.cli.CliHistorical - * druid.zk.service.host: zk-1.example.net:2181,zk-2.example.net:2181"),
			we("2026-11-29T07:41:18.904Z", Warn, "", "2026-11-29T07:41:18,904 WARN [main] org.apache.druid.server.coordination.SegmentLoadDropHandler - Unable to find cache file for segment[wiki_2026-11-28T00:00:00.000Z_2026-11-29T00:00:00.000Z_2026-11-28T01:12:40.118Z]. Deleting lookup entry."),
		},
	},
	{
		name:   "spark3-yarn-am-executor-launch-context",
		source: "Spark 3 on YARN, the ApplicationMaster's log (`%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n`) when it registers: one logInfo whose message begins with a newline and holds a row of 79 `=`, `Default YARN executor launch context:`, `  env:` with `    KEY -> value` lines, `  command:` with the java command continued by ` \\` lines, a blank line, `  resources:`, and a closing row of `=`: apache/spark PRs #14943 (SPARK-15891, logged once) and #7706 (SPARK-9388, the block), citiususc/SparkBWA issue #35 and yahoo/TensorFlowOnSpark issue #261 (the block in users' logs); the resources section from memory",
		why:    "one message of many lines whose first line ends after `ApplicationMaster: `: the rows of `=`, the env and command lines and the blank line are its continuation; the NodeManager URL in SPARK_LOG_URL is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Info, "", "26/11/29 07:41:15 INFO ApplicationMaster: Registered signal handlers for [TERM, HUP, INT]"),
			we("2026-11-29T07:41:16Z", Info, "",
				"26/11/29 07:41:16 INFO ApplicationMaster: ",
				"===============================================================================",
				"Default YARN executor launch context:",
				"  env:",
				"    CLASSPATH -> {{PWD}}<CPS>{{PWD}}/__spark_conf__<CPS>{{PWD}}/__spark_libs__/*<CPS>$HADOOP_CONF_DIR<CPS>$HADOOP_COMMON_HOME/share/hadoop/common/*",
				"    SPARK_YARN_STAGING_DIR -> hdfs://nn-ha/user/mira/.sparkStaging/application_1795900000000_0117",
				"    SPARK_USER -> mira",
				"    SPARK_LOG_URL_STDOUT -> http://nm-07.example.net:8042/node/containerlogs/container_e07_1795900000000_0117_01_000002/mira/stdout?start=-4096",
				"",
				"  command:",
				"    {{JAVA_HOME}}/bin/java \\ ",
				"      -server \\ ",
				"      -Xmx4096m \\ ",
				"      org.apache.spark.executor.YarnCoarseGrainedExecutorBackend \\ ",
				"      --driver-url \\ ",
				"      spark://CoarseGrainedScheduler@10.40.5.12:40117 \\ ",
				"      1><LOG_DIR>/stdout \\ ",
				"      2><LOG_DIR>/stderr",
				"",
				"  resources:",
				"    __spark_conf__ -> resource { scheme: \"hdfs\" host: \"nn-ha\" port: -1 file: \"/user/mira/.sparkStaging/application_1795900000000_0117/__spark_conf__.zip\" } size: 284117 timestamp: 1795938074118 type: ARCHIVE visibility: PRIVATE",
				"==============================================================================="),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO YarnAllocator: Will request 2 executor container(s) for  ResourceProfile Id: 0, each with 2 core(s) and 4505 MB memory. with custom resources: <memory:4505, vCores:2>"),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 INFO YarnAllocator: Launching container container_e07_1795900000000_0117_01_000002 on host nm-07.example.net for executor with ID 1 for ResourceProfile Id 0"),
		},
	},
	{
		name:   "hbase25-master-stochastic-balancer-chore",
		source: "HBase 2.5's master log under log4j2 (`%d{ISO8601} %-5p [%t] %c{2}: %.1000m%n`, so `yyyy-MM-ddTHH:mm:ss,SSS`) while the balancer chore runs: StochasticLoadBalancer's `Cluster wide - Calculating plan. may take up to Nms to complete.`, `Finished computing new moving plan. …`, `Cluster wide - skipping load balancing because weighted average imbalance=… <= threshold(…)`, HMaster's `balance hri=…, source=…, destination=…` with server names carrying their start code: apache/hbase PRs #6651 (the calculating and skipping lines), #1455 (HBASE-24138, the balancer's decision lines), #687 (HMaster's `balancer because … region(s) in transition`); the moving plan's wording and the thread name from memory",
		why:    "log4j2's ISO 8601 with a T; the level padded to five; the thread name holds the master's own name (no host field); the start codes 1795900012345 in server names and the 30000ms are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T07:41:16,204 INFO  [master/hb-m-01:16000.Chore.1] balancer.StochasticLoadBalancer: Cluster wide - Calculating plan. may take up to 30000ms to complete."),
			we("2026-11-29T07:41:16.611Z", Info, "", "2026-11-29T07:41:16,611 INFO  [master/hb-m-01:16000.Chore.1] balancer.StochasticLoadBalancer: Finished computing new moving plan. Computation took 407 ms to try 64000 different iterations.  Found a solution that moves 4 regions; Going from a computed imbalance of 0.0712 to a new imbalance of 0.0218. funtionCost=RegionCountSkewCostFunction : (multiplier=500.0, imbalance=0.0417); MoveCostFunction : (multiplier=7.0, imbalance=0.0114); TableSkewCostFunction : (multiplier=35.0, imbalance=0.0603)"),
			we("2026-11-29T07:41:16.630Z", Info, "", "2026-11-29T07:41:16,630 INFO  [master/hb-m-01:16000.Chore.1] master.HMaster: balance hri=8d2f3c41a6e07b95d14f2e6c0a9b3d71, source=hb-rs-03.example.net,16020,1795900012345, destination=hb-rs-05.example.net,16020,1795900098765"),
			we("2026-11-29T07:41:19.044Z", Warn, "", "2026-11-29T07:41:19,044 WARN  [RSProcedureDispatcher-pool-4] procedure.RSProcedureDispatcher: request to hb-rs-05.example.net,16020,1795900098765 failed due to java.net.ConnectException: Call to address=hb-rs-05.example.net:16020 failed on connection exception, try=0, retrying..."),
			we("2026-11-29T07:46:16.207Z", Info, "", "2026-11-29T07:46:16,207 INFO  [master/hb-m-01:16000.Chore.1] balancer.StochasticLoadBalancer: Cluster wide - skipping load balancing because weighted average imbalance=0.0197 <= threshold(0.025). If you want more aggressive balancing, either lower hbase.master.balancer.stochastic.minCostNeedBalance from 0.025 or increase the relative multiplier(s) of the specific cost function(s). functionCost=RegionCountSkewCostFunction : (multiplier=500.0, imbalance=0.0125)"),
		},
	},
	{
		name:   "kafka36-unifiedlog-retention-segment-deletion",
		source: "Apache Kafka 3.6's broker server.log (log4j `[%d] %p %m (%c)%n`) while time-based retention runs: UnifiedLog's `Deleting segment LogSegment(baseOffset=…, size=…, lastModifiedTime=<epoch ms>, largestRecordTimestamp=Some(<epoch ms>)) due to log retention time Nms breach based on the largest record timestamp in the segment`, `Incremented log start offset to N due to segment deletion`, LocalLog's `Rolled new log segment at offset N in N ms.`, ProducerStateManager's snapshot line and LogSegment's `Deleted log …/<20-digit offset>.log.deleted.`, each behind `[UnifiedLog partition=t-p, dir=…]`: apache/kafka PRs #8850 (KAFKA-10141, the deletion details), #9110 (a reason on every deletion), #13561 (`Incremented log start offset to … due to …`) and #16790; the rolled, snapshot and deleted lines from memory",
		why:    "epoch milliseconds inside the message (lastModifiedTime=, largestRecordTimestamp=Some(…)) and a zero-padded 20-digit offset in a file name are no times; the stamp in brackets first, the logger in parentheses last; the partition context in brackets is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29 07:41:16,204] INFO [LocalLog partition=orders-3, dir=/var/lib/kafka/data] Rolled new log segment at offset 48211930 in 3 ms. (kafka.log.LocalLog)"),
			we("2026-11-29T07:41:16.207Z", Info, "", "[2026-11-29 07:41:16,207] INFO [ProducerStateManager partition=orders-3] Wrote producer snapshot at offset 48211930 with 4 producer ids in 2 ms. (kafka.log.ProducerStateManager)"),
			we("2026-11-29T07:45:16.118Z", Info, "", "[2026-11-29 07:45:16,118] INFO [UnifiedLog partition=orders-3, dir=/var/lib/kafka/data] Deleting segment LogSegment(baseOffset=46100223, size=1073741211, lastModifiedTime=1795330876000, largestRecordTimestamp=Some(1795330876112)) due to log retention time 604800000ms breach based on the largest record timestamp in the segment (kafka.log.UnifiedLog)"),
			we("2026-11-29T07:45:16.121Z", Info, "", "[2026-11-29 07:45:16,121] INFO [UnifiedLog partition=orders-3, dir=/var/lib/kafka/data] Incremented log start offset to 47155120 due to segment deletion (kafka.log.UnifiedLog)"),
			we("2026-11-29T07:46:16.130Z", Info, "", "[2026-11-29 07:46:16,130] INFO Deleted log /var/lib/kafka/data/orders-3/00000000000046100223.log.deleted. (kafka.log.LogSegment)"),
			we("2026-11-29T07:46:16.131Z", Info, "", "[2026-11-29 07:46:16,131] INFO Deleted time index /var/lib/kafka/data/orders-3/00000000000046100223.timeindex.deleted. (kafka.log.LogSegment)"),
		},
	},
}

func TestFresh443Formats(t *testing.T) { assertTable(t, fresh443Cases) }
func TestFresh443Score(t *testing.T) {
	checkScore(t, "fresh443 formats", fresh443Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
