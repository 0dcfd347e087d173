package parse

import "testing"

// The five-hundred-and-sixty-third fresh table: big-data platforms, a tenth pass (Hadoop ecosystem,
// Spark, Flink, Kafka, ZooKeeper, HBase, Hive, Presto/Trino, Druid, Airflow, NiFi and similar:
// daemons' logs, client consoles and job logs), product outputs no table holds. Each family is one
// product's documented or observed output: Hudi's HoodieStreamer started with spark-submit on
// Spark 2.4 (the `yy/MM/dd` console with package-qualified short loggers, a failed sync with its
// stack); the same streamer's ApplicationMaster stderr under `yarn logs`' header; Flink CDC's MySQL
// source enumerator in a JobManager log (a finished-offsets line whose GTID set breaks over lines);
// NiFi's nifi-app.log as Docker Desktop's viewer copies it (the viewer's local stamp before NiFi's
// own); HDFS's NNThroughputBenchmark console (a FATAL first line announcing the log level, a
// stats block logged a line at a time); Kafka's ReplicaVerificationTool (`time,ms: msg`, no level);
// PySpark's pi.py on a standalone master (two untimed lines among the log lines); ZooKeeper 3.5's
// server log while SyncRequestProcessor is too busy to snap (`[myid:N] - LEVEL [thread:Class@line]`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive, as fixed strings) by
// product and by a fragment of its line first (`kyuubi`, `celeborn`, `uniffle`, `paimon`, `hudi`,
// `iceberg`, `gobblin`, `sqoop`, `livy`, `phoenix`, `sqlline`, `kudu`, `pulsar`, `bookkeeper`,
// `bookie`, `ozone`, `atlas`, `griffin`, `starrocks`, `juicefs`, `rocketmq`, `redpanda`,
// `schema-registry`, `ksqldb`, `debezium`, `pentaho`, `kettle`, `apache hop`, `hop-run`, `samza`,
// `heron`, `linkis`, `openmldb`, `greenplum`, `hawq`, `cruise`, `mirrormaker`, `kafka streams`,
// `zeebe`, `superset`, `zeppelin`, `impalad`, `solr`, `nutch`, `tez`, `oozie`, `nifi`, `airflow`,
// `druid`, `presto`, `trino`, `flink`, `zookeeper`, `hbase`, `hive`, `kafka`, `spark`, `yarn`,
// `hdfs`, `gravitino`, `hugegraph`, `iotdb`, `sedona`, `xtable`, `lakesoul`, `byconity`,
// `vineyard`, `flink cdc`, `flinkcdc`, `chunjun`, `bitsail`, `addax`, `exchangis`, `datasophon`,
// `tubemq`, `kminion`, `WatchedEvent`, `WATCHER::`, `CURRENT-OFFSET`, `hbck`, `{taskinstance.py`,
// `nifi-user`, `Compiling command`, `SERVER STARTED`, `Flink SQL>`, `Web UI available`,
// `ImportJobBase`, `Configured Capacity`, `Status: HEALTHY`, `PartitionCount`, `zk_version`,
// `SparkListener`, `cmd=open`, `queryCompletedEvent`, `standalone |`, `baseOffset:`,
// `LogFormatter`, `Metastore connection URL`, `{subprocess.py`, `ForkPoolWorker`,
// `Starting namenodes on`, `map 100%`, `records/sec`, `Mode: follower`, `Job has been submitted`,
// `LoggingPodStatusWatcher`, `DagFileProcessor`, `nifi-app`, `StandardProcessScheduler`,
// `bulletin`, `druid/v2`, `io.trino`, `kafka-dump-log`, `GetOffsetShell`, `ReplicaVerification`,
// `verification process`, `max lag is`, `EndToEndLatency`, `kcat`, `Running/Restarting Jobs`,
// `CreateTime:`, `supergroup`, `RestServer`, `alembic`, `DistCp`, `FSCK started`, `Time taken:`,
// `queryType`, `Running Sqoop`, `-[INFO]:-`, `OGG-`, `BLKR_`, `command-runner`, `mfs.log`,
// `metabase`, `[statistics]`, `splunkd`, `source=airflow`, `DAG bundles`, `[myid:`,
// `Too busy to snap`, `PerformanceEvaluation`, `TestDFSIO`, `NNThroughputBenchmark`,
// `Pi is roughly`, `SparkPi`, `HoodieStreamer`, `HoodieDeltaStreamer`, `SchedulerConfGenerator`,
// `MySqlSplitReader`, `BinlogSplitReader`, `enumerator assigns split`, `MySqlSource`,
// `LogMessage[id=`, `Timer-Driven Process`, `current ops/sec`, `ycsb`, `spark_submit.py`,
// `Running command[`, `Creating new log file`). Every product here is in earlier tables; the outputs
// are not: HoodieStreamer, SchedulerConfGenerator, NNThroughputBenchmark, ReplicaVerificationTool
// (`verification process`, `max lag is`), `Pi is roughly`, `enumerator assigns split`,
// `StandardProcessScheduler` and `Too busy to snap` are in none; `[myid:` is in earlier ZooKeeper
// families (PurgeTxnLog, the trace file), the snapshot-skipping SyncThread is not; `LogMessage[id=`
// is in fresh323 only inside a bulletin's JSON, never after a viewer's stamp. Left out as measured
// already: YCSB's status lines (fresh506), Druid's supervise console (fresh56) and request log
// (fresh49, fresh290), Flink's `flink list` (fresh157), Sqoop's console (fresh13), `hdfs fsck`
// (fresh38 and later), Airflow's spark_submit hook (holdout, fresh352), Greenplum's utility logs
// (fresh9), GoldenGate's ggserr.log (fresh20), Kafka's consumer-timestamp output (fresh15). Left
// out as not confirmed by any search: Airflow 3's structured task log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Spark's and Hadoop's `yy/MM/dd` is 2026; Flink's, NiFi's, Kafka's and
// ZooKeeper's stamps have no zone and are UTC. NiFi under Docker Desktop carries two zone-less
// stamps of the same moment, the viewer's local one (an hour ahead here) and the container's, and
// either is accepted. The `yarn logs` header's upload time is fed but not scored. Untimed lines
// (Spark's log4j banner, pi.py's print) have no time of their own. Levels only where the line marks
// one: the level word after the time (Hadoop's FATAL is Critical), the padded word after
// ZooKeeper's `[myid:N] -`; ReplicaVerificationTool's lines and the untimed prints have none. The
// host is the record's host field, and none of these families has one: worker ids holding an
// address, processor ids, GTID server UUIDs, `myid` and the users in ACL lines are message text. A
// record that spans lines is one entry: HoodieStreamer's error with its exception and `\tat`
// frames, the enumerator's finished-offsets line with its GTID continuation lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 1be75fe before any rule for it: level 96.4 %, time 96.4 %, host 96.4 %, records 92.9 %.
// That is the macro figure (micro: level 95.3 %, time 95.3 %, host 95.3 %, records 90.7 %), in a
// worktree at 1be75fe with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right (43 records); the one gap is PySpark's pi.py console, where the untimed
// log4j banner and the script's `Pi is roughly` print are joined to the timed lines above them.

var fresh563Cases = []worldCase{
	{
		name:   "hudi-streamer-spark24-submit-console",
		source: "Apache Hudi's HoodieStreamer (formerly HoodieDeltaStreamer) started with spark-submit on Spark 2.4 in the docker demo (Spark 2's log4j-defaults console `yy/MM/dd HH:mm:ss LEVEL pkg.Class: msg`, the logger abbreviated to its last package and class: `util.NativeCodeLoader`, `streamer.SchedulerConfGenerator`, `spark.SparkContext`): apache/hudi issues #11797 and #5540 (the ConversionPattern `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n`)",
		why:    "a two-digit year first; the level word before a package-qualified short logger; the failure's exception and `\\tat` frames belong to the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "26/11/29 07:41:16 WARN util.NativeCodeLoader: Unable to load native-hadoop library for your platform... using builtin-java classes where applicable"),
			we("2026-11-29T07:41:16Z", Warn, "", "26/11/29 07:41:16 WARN streamer.SchedulerConfGenerator: Job Scheduling Configs will not be in effect as spark.scheduler.mode is not set to FAIR at instantiation time. Continuing without scheduling configs"),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 INFO spark.SparkContext: Running Spark version 2.4.4"),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 INFO spark.SparkContext: Submitted application: streamer-orders_cow"),
			we("2026-11-29T07:41:52Z", Error, "",
				"26/11/29 07:41:52 ERROR streamer.HoodieStreamer: Got error running delta sync once. Shutting down",
				"org.apache.hudi.exception.HoodieException: Commit 20261129074131822 failed and rolled-back !",
				"\tat org.apache.hudi.utilities.streamer.StreamSync.writeToSinkAndDoMetaSync(StreamSync.java:871)",
				"\tat org.apache.hudi.utilities.streamer.StreamSync.syncOnce(StreamSync.java:441)",
				"\tat org.apache.hudi.utilities.streamer.HoodieStreamer$StreamSyncService.ingestOnce(HoodieStreamer.java:840)"),
			we("2026-11-29T07:41:53Z", Info, "", "26/11/29 07:41:53 INFO spark.SparkContext: Successfully stopped SparkContext"),
		},
	},
	{
		name:   "hudi-streamer-yarn-am-stderr-log-header",
		source: "HoodieDeltaStreamer's ApplicationMaster stderr as `yarn logs` prints it (the `Log Type:`, `Log Upload Time:` and `Log Length:` header, then Spark 2's `yy/MM/dd HH:mm:ss LEVEL pkg.Class: msg` lines: util.SignalUtils, spark.SecurityManager, yarn.ApplicationMaster, shortcircuit.DomainSocketFactory): apache/hudi issue #2959",
		why:    "the upload time in the header (an offset) is fed but not scored; each AM line has its own two-digit-year time; `yarn,hdfs` in a message is no host",
		entries: []worldEntry{
			wskip("Log Type: stderr", "Log Upload Time: Sun Nov 29 09:44:10 +0200 2026", "Log Length: 88213"),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO util.SignalUtils: Registered signal handler for TERM"),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO spark.SecurityManager: Changing view acls to: yarn,etl"),
			we("2026-11-29T07:41:17Z", Warn, "", "26/11/29 07:41:17 WARN shortcircuit.DomainSocketFactory: The short-circuit local reads feature cannot be used because libhadoop cannot be loaded."),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 INFO yarn.ApplicationMaster: Preparing Local resources"),
			we("2026-11-29T07:41:18Z", Info, "", "26/11/29 07:41:18 INFO yarn.ApplicationMaster: ApplicationAttemptId: appattempt_1795900000000_0418_000001"),
		},
	},
	{
		name:   "flink-cdc-mysql-enumerator-gtid-continuation",
		source: "Flink CDC's MySQL source in a Flink 1.17 JobManager log (Flink's log4j2 `yyyy-MM-dd HH:mm:ss,SSS LEVEL  logger [] - msg`, MySqlSourceEnumerator's `The enumerator assigns split …` and `receives finished split offsets …` lines, whose GTID set breaks over lines, one server UUID a line): apache/flink-cdc issue #2286, DataLinkDC/dinky issue #3585",
		why:    "the finished-offsets message carries a multi-line GTID set: the lines that start with a server UUID belong to the record above; `[]` is an empty MDC, no level; the split's table and binlog file are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29 07:41:16,402 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph       [] - Source: MySQL CDC Source -> Sink: Doris Sink (1/1) (5c3a1e0f2b7d4e9a8c6f1b2d3e4f5a6b_cbc357ccb763df2852fee8c4fc7d55f2_0_0) switched from INITIALIZING to RUNNING."),
			we("2026-11-29T07:41:16.511Z", Info, "", "2026-11-29 07:41:16,511 INFO  com.ververica.cdc.connectors.mysql.source.enumerator.MySqlSourceEnumerator [] - The enumerator assigns split MySqlSnapshotSplit{tableId=shop.orders, splitId='shop.orders:41', splitKeyType=[`id` BIGINT NOT NULL], splitStart=[4100001], splitEnd=[4200001], highWatermark=null} to subtask 0"),
			we("2026-11-29T07:43:02.877Z", Info, "",
				"2026-11-29 07:43:02,877 INFO  com.ververica.cdc.connectors.mysql.source.enumerator.MySqlSourceEnumerator [] - The enumerator receives finished split offsets FinishedSnapshotSplitsReportEvent{finishedOffsets={shop.orders:41={ts_sec=0, file=mysql-bin.000812, pos=55120384, kind=SPECIFIC, gtids=1a2b3c4d-1111-11ef-a1b2-0c42a1000001:1-8841203,",
				"2f9e0a51-2222-11ef-b3c4-0c42a1000002:1-120077,",
				"7c41d2e8-3333-11ef-c5d6-0c42a1000003:1-40581922, row=0, event=0}}} from subtask 0."),
			we("2026-11-29T07:43:02.881Z", Info, "", "2026-11-29 07:43:02,881 INFO  com.ververica.cdc.connectors.mysql.source.enumerator.MySqlSourceEnumerator [] - The enumerator assigns split MySqlSnapshotSplit{tableId=shop.orders, splitId='shop.orders:42', splitKeyType=[`id` BIGINT NOT NULL], splitStart=[4200001], splitEnd=[4300001], highWatermark=null} to subtask 0"),
			we("2026-11-29T07:43:05.120Z", Warn, "", "2026-11-29 07:43:05,120 WARN  org.apache.flink.runtime.checkpoint.CheckpointFailureManager [] - Failed to trigger or complete checkpoint 14 for job 8d1f2a3b4c5d6e7f8091a2b3c4d5e6f7. (0 consecutive failed attempts so far)"),
		},
	},
	{
		name:   "nifi-logmessage-docker-desktop-prefix",
		source: "NiFi's nifi-app.log as Docker Desktop's log view copies it (the viewer's zone-less local `yyyy-MM-dd HH:mm:ss` before NiFi's logback `yyyy-MM-dd HH:mm:ss,SSS LEVEL [thread] abbreviated.logger Component[id=…] msg`, here a LogMessage processor and the process scheduler): CDCgov/NEDSS-Modernization PR #604 (a pasted line with the two stamps)",
		why:    "two stamps of the same moment an hour apart (the desktop's local one, the container's UTC one), both zone-less; either is accepted; the level word after the second one; the processor id in brackets is no host",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 08:41:16 2026-11-29 07:41:16,204 INFO [main] o.a.n.c.s.StandardProcessScheduler Starting LogMessage[id=6b1e0c2a-0193-1000-9f3e-2a7d41c0b8e5]"),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.233Z", Info, "", "2026-11-29 08:41:16 2026-11-29 07:41:16,233 INFO [Timer-Driven Process Thread-3] o.a.n.c.s.TimerDrivenSchedulingAgent Scheduled LogMessage[id=6b1e0c2a-0193-1000-9f3e-2a7d41c0b8e5] to run with 1 threads"),
			we("2026-11-29T08:46:16Z|2026-11-29T07:46:15.871Z", Info, "", "2026-11-29 08:46:16 2026-11-29 07:46:15,871 INFO [Timer-Driven Process Thread-6] o.a.nifi.processors.standard.LogMessage LogMessage[id=6b1e0c2a-0193-1000-9f3e-2a7d41c0b8e5] Patient index sync: 1842 / 1842 documents (checked every 5 minutes)"),
			we("2026-11-29T08:46:21Z|2026-11-29T07:46:20.540Z", Warn, "", "2026-11-29 08:46:21 2026-11-29 07:46:20,540 WARN [Timer-Driven Process Thread-2] o.a.n.p.elasticsearch.PutElasticsearchRecord PutElasticsearchRecord[id=0f4d8a31-0193-1000-a62c-5e19b7d3c044] Routing 3 records to errors: version conflict"),
			we("2026-11-29T08:46:30Z|2026-11-29T07:46:29.902Z", Error, "", "2026-11-29 08:46:30 2026-11-29 07:46:29,902 ERROR [Timer-Driven Process Thread-8] o.a.n.p.standard.ExecuteSQLRecord ExecuteSQLRecord[id=2c7a9e14-0193-1000-b8d1-7f03e6a2c915] Unable to execute SQL select query due to java.sql.SQLTimeoutException: Query timed out"),
		},
	},
	{
		name:   "hdfs-nnthroughputbenchmark-console",
		source: "HDFS's NNThroughputBenchmark run with `hadoop org.apache.hadoop.hdfs.server.namenode.NNThroughputBenchmark -op create …` (the Hadoop client console `yy/MM/dd HH:mm:ss LEVEL namenode.NNThroughputBenchmark: msg`, its first line logged at FATAL to announce the log level, then `--- op inputs ---` and `--- op stats  ---` blocks with one logged line each): haslab.org/janzhou.org 'NNThroughputBenchmark' pages (a pasted run), hadoop.apache.org Benchmarking.md",
		why:    "FATAL is the level word of a harmless first line (Critical by the rules); every line of the stats block is its own record with its own time; `# operations: 10000` is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Critical, "", "26/11/29 07:41:16 FATAL namenode.NNThroughputBenchmark: Log level = ERROR"),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO namenode.NNThroughputBenchmark: Starting 10000 create(s)."),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO namenode.NNThroughputBenchmark: --- create inputs ---"),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO namenode.NNThroughputBenchmark: nrFiles = 10000"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO namenode.NNThroughputBenchmark: --- create stats  ---"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO namenode.NNThroughputBenchmark: # operations: 10000"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO namenode.NNThroughputBenchmark: Ops per sec: 3811.59"),
		},
	},
	{
		name:   "kafka-replica-verification-tool",
		source: "Kafka's kafka-replica-verification.sh (ReplicaVerificationTool prints to stdout with its own `yyyy-MM-dd HH:mm:ss,SSS: msg` prefix: `verification process is started.`, `max lag is N for partition topic-p at offset N among N partitions`, and a mismatch report): from memory",
		why:    "a zone-less time followed directly by a colon, no level; the partition and offsets are message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29 07:41:16,204: verification process is started."),
			we("2026-11-29T07:41:46.318Z", Unknown, "", "2026-11-29 07:41:46,318: max lag is 0 for partition orders-3 at offset 1827741 among 24 partitions"),
			we("2026-11-29T07:42:16.402Z", Unknown, "", "2026-11-29 07:42:16,402: max lag is 2 for partition payments-7 at offset 50218 among 24 partitions"),
			we("2026-11-29T07:42:46.517Z", Unknown, "", "2026-11-29 07:42:46,517: max lag is 0 for partition orders-11 at offset 1829003 among 24 partitions"),
		},
	},
	{
		name:   "pyspark-pi-standalone-console",
		gap:    "an untimed line between timed log lines (the `Using Spark's default log4j profile:` banner, the script's `Pi is roughly …` print) is joined to the timed record above it instead of being a record of its own",
		source: "Spark 2.4's examples/src/main/python/pi.py run with spark-submit against a standalone master (the untimed `Using Spark's default log4j profile:` line, Spark 2's `yy/MM/dd HH:mm:ss LEVEL Class: msg` console, the script's own untimed `Pi is roughly …` print): gettyimages/docker-spark issue #58, apache/spark PR #29653 (StandaloneAppClient lines); the Pi line from memory",
		why:    "two untimed lines that are records of their own (no time of theirs, not a neighbour's); `worker-…-10.…-…` ids and addresses in messages are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "26/11/29 07:41:16 WARN NativeCodeLoader: Unable to load native-hadoop library for your platform... using builtin-java classes where applicable"),
			we("", Unknown, "", "Using Spark's default log4j profile: org/apache/spark/log4j-defaults.properties"),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO SparkContext: Running Spark version 2.4.8"),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 INFO StandaloneAppClient$ClientEndpoint: Executor added: app-20261129074117-0003/0 on worker-20261129070212-10.40.2.17-37001 (10.40.2.17:37001) with 4 core(s)"),
			we("2026-11-29T07:41:21Z", Info, "", "26/11/29 07:41:21 INFO DAGScheduler: Job 0 finished: reduce at /opt/spark/examples/src/main/python/pi.py:44, took 3.912480 s"),
			we("", Unknown, "", "Pi is roughly 3.141730"),
			we("2026-11-29T07:41:21Z", Info, "", "26/11/29 07:41:21 INFO SparkUI: Stopped Spark web UI at http://10.40.2.9:4040"),
		},
	},
	{
		name:   "zookeeper35-sync-thread-too-busy-to-snap",
		source: "ZooKeeper 3.5's server log (conf/log4j.properties `%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m%n`) while SyncRequestProcessor skips a snapshot and the snapshot thread writes one: SyncRequestProcessor's messages in apache/zookeeper PRs #965 and #850; the layout's exact spacing from memory",
		why:    "a `[myid:N]` bracket before the padded level; `SyncThread:2:SyncRequestProcessor@188` is a thread, class and line, no time; the snapshot's zxid file name is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 [myid:2] - INFO  [Snapshot Thread:FileTxnSnapLog@404] - Snapshotting: 0x30001a2f4 to /var/lib/zookeeper/version-2/snapshot.30001a2f4"),
			we("2026-11-29T07:41:18.977Z", Warn, "", "2026-11-29 07:41:18,977 [myid:2] - WARN  [SyncThread:2:SyncRequestProcessor@188] - Too busy to snap, skipping"),
			we("2026-11-29T07:41:19.530Z", Warn, "", "2026-11-29 07:41:19,530 [myid:2] - WARN  [SyncThread:2:FileTxnLog@338] - fsync-ing the write ahead log in SyncThread:2 took 1412ms which will adversely effect operation latency.File size is 67108880 bytes. See the ZooKeeper troubleshooting guide"),
			we("2026-11-29T07:41:22.061Z", Info, "", "2026-11-29 07:41:22,061 [myid:2] - INFO  [QuorumPeer[myid=2](plain=0.0.0.0:2181)(secure=disabled):Follower@201] - shutdown Follower"),
		},
	},
}

func TestFresh563Formats(t *testing.T) { assertTable(t, fresh563Cases) }
func TestFresh563Score(t *testing.T) {
	checkScore(t, "fresh563 formats", fresh563Cases, [worldNumFields]float64{96.3, 96.3, 96.3, 92.8})
}
