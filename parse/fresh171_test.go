package parse

import "testing"

// The hundred-and-seventy-first fresh table, written on 2026-12-04: big-data and distributed
// platforms' own daemon log files in their current versions, as they sit on disk, an eighth pass
// after fresh132's and fresh157's: the multi-line records these daemons write into their files (a
// message that runs over lines, a report, a dump, a list) rather than their single lines, whose
// layouts the earlier tables hold. Its families are in none of world_test.go, holdout_test.go,
// rules_test.go and the earlier fresh tables (fresh_test.go to fresh169_test.go), compared by
// product and shape and not only by name. Every candidate was grepped for in every parse/*_test.go by
// product and by a fragment of its line first, and these were left out because a table already
// measures them in that shape: the NameNode's, DataNode's, ResourceManager's, NodeManager's and
// JobHistory server's single lines, STARTUP_MSG banners and .out files with `ulimit -a` (fresh36,
// fresh41, fresh56, fresh157 and others); hdfs-audit.log with callerContext (fresh4, fresh8); the RM
// and NM audit loggers (fresh38, fresh56, fresh112); the RM's application diagnostics block with its
// bracketed `[time]Container exited …` lines (fresh151), so no Spark `Container marked as failed`
// family is here either; the NM's `Dump of the process-tree` (fresh36); `yarn logs` with its
// LogAggregationType and LogType headers (fresh6, fresh157); the DataNode's DataXceiver errors and
// slow BlockReceiver lines (fresh43, fresh151); HBase's responseTooSlow, canary, Thrift, REST and
// shell (fresh3, fresh127, fresh157); HiveServer2's one-line `Compiling command` and beeline's
// operation lines (fresh23, fresh56), the metastore's audit and console (fresh36, fresh78, fresh122);
// Spark's executor stderr, the `Spark Command:` .out headers, the history server, Structured
// Streaming's progress JSON, the event log, the PythonException from a worker and the job-aborted
// line with its first frames (fresh4, fresh36, fresh41, fresh43, fresh56, fresh112, fresh132); Flink's
// JobManager and TaskManager single lines, its `Starting StandaloneSessionClusterEntrypoint` banner,
// its .out with a print sink (fresh49, fresh56, fresh163 and others); Kafka's server, controller,
// state-change and log-cleaner logs in log4j 1 and 4.0's log4j2, its log-cleaner statistics block
// (fresh23, fresh132), the KafkaConfig values block behind compose's column (fresh163); ZooKeeper 3.4
// to 3.9 in every file (many tables), so no ZooKeeper family is here; Cassandra's system.log,
// debug.log with its slow-operations block, GCInspector and gc.log (holdout_test.go, fresh127 and
// others), and the JVM's unified GC logs with time, uptime, pid and tid decorations (fresh43,
// fresh112, fresh127), so no Cassandra and no Kafka GC family is here; Trino's and Presto's server,
// launcher and request logs with their stack traces (holdout_test.go, fresh49, fresh62); Druid's
// services and a peon's task-status JSON (fresh56, fresh62), Pinot's server, minion and broker logs
// (fresh62, fresh132), so no Druid and no Pinot family is here; NiFi's app, user, bootstrap and
// deprecation logs (fresh56, fresh62, fresh157); Airflow's task logs in every shape, its
// dag_processor_manager.log with its DAG File Processing Stats table (fresh38) and its scheduler's
// single lines; Ray's raylet, GCS, dashboard, Serve and event logs and the raylet's OOM message in a
// driver's console (fresh9, fresh41, fresh62); Dask's scheduler and worker logs (fresh62, fresh78);
// Alluxio's master, worker, FUSE, job master and proxy logs and Ozone's datanode, S3 gateway and
// audit logs (fresh39, fresh62, fresh78, fresh132). Also left out after the search: the raylet.out's
// own OOM message over lines (whether it breaks its lines in the file was not confirmed), Hive's Tez
// execution summary in HiveServer2's log (logged a line a record, a shape measured), and a Flink
// TaskManager's start-up console (the terminal's, not a file's).
//
// What is here is nineteen families in six parts, short of the twenty-six asked for because the
// theme's single-line shapes are all measured already. Hadoop: the NameNode's JvmPauseMonitor
// warning with its GC pool lines, FSNamesystemLock's write-lock report with its bare frames, the
// NodeManager's container-launch failure with ContainerExecutor's diagnostics a line a record, and a
// map task's Final Counters in its container syslog. HBase 2.6: the RegionServer's WAL roll, slow
// sync and pause warning, and its abort with the metrics dumped as JSON. Hive 4: HiveServer2's
// query text over lines, and the metastore's JDO error with its NestedThrowablesStackTrace. Spark 3.5:
// the job aborted with its `Driver stacktrace:` part, and the AnalysisException with its plan tree.
// Flink 1.20 and Kafka 4.0: the TaskManager's Preconfiguration block and the broker's KafkaConfig
// values bare in server.log. Trino, NiFi 2, Airflow, Ray, Alluxio and Ozone: QueryMonitor's TIMELINE
// lines, NiFi's generated credentials, the scheduler's TaskInstance lists, a Ray worker's .err with
// its magic lines, Ray's runtime_env_setup log with pip's output, and the pause monitor of Alluxio
// and of Ozone's Ratis.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC), a zone-less clock read as UTC and an offset converted, a two-digit year in
// the century of the clock, "" when a record has no time of its own (the JVM's uncaught exception,
// Ray's magic lines). A time inside a record's message (a lock report's `held at`, a run id, a
// TIMELINE's begin and end, a date literal in a query) is no time of the record. Levels only where
// the line writes one: log4j's and logback's words, Airflow's and Ray's levelname; a container's
// exit code, a query's state and a GC pool are no level. The host only where the record names the
// machine that logged: none of these files writes one, so every host is "" (a pipeline's datanodes,
// an executor's host, a client's address, a region server's name inside its own message and a
// monitor's name are no host). A block the daemon writes as one message is one record: a pause
// warning with its GC pool lines, a lock report with its frames and tab-indented summary, an
// exception with its frames, its empty lines, `Driver stacktrace:`, `NestedThrowablesStackTrace:`
// and `Caused by:`, a plan tree, a JSON dump, a query text, a counters block, a values block, a
// TaskInstance list, a start-up message with BashJavaUtils' `INFO  [] -` lines, pip's output; every
// other line is a record of its own, and a message's closing empty line is fed but not scored.
//
// The shapes come from the issue and pull-request threads and pages each case names, found with the
// search tool (corpora "issues" and "pages"); from memory of real lines where a source says so.
// Hosts, ids, addresses and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score. The table is a measurement, never to be tuned on: no parser rule is to be
// written from it, or it stops being one.
//
// Its first figure, scored at commit 67039d9 before any rule was written from it, in the working
// tree (git status showed no parser file modified; another engineer's uncommitted changes were in
// ui/ only): level 98.5 %, time 98.5 %, host 98.5 %, records 95.4 % (macro), 16 of 19 families
// fully right. TestRepeatedLinesReadAlike accepted every family at that commit, and none was
// replaced.
//
// go test ./parse -run Fresh171 -v

var fresh171Cases = []worldCase{
	// Hadoop's daemons: HDFS, YARN and a MapReduce task's container log.
	{
		name:   "hdfs-namenode-jvm-pause-gc-pools",
		source: "a Hadoop 3.4 NameNode's hadoop-hdfs-namenode-<host>.log (the default log4j layout `%d{ISO8601} %p %c: %m%n`) with org.apache.hadoop.util.JvmPauseMonitor's warning, whose message puts `GC pool '…' had collection(s): count=… time=…ms` for each collector, or `No GCs detected`, on lines of their own under the first: apache/ozone PR #939 (Hadoop's JvmPauseMonitor warning with its GC pool line pasted) and apache/ratis PR #410 (the monitor's multi-line message, pools on separate lines); from memory of real lines. No table holds the pause monitor's multi-line warning",
		why:    "the ISO8601 comma-millisecond time, zone-less, read as UTC; WARN Warn, INFO Info; the GC pool lines and `No GCs detected` belong to the warning above them; no host in the line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO org.apache.hadoop.hdfs.server.namenode.FSNamesystem: Roll Edit Log from 10.20.3.12"),
			we("2026-11-29T07:41:22.771Z", Warn, "",
				"2026-11-29 07:41:22,771 WARN org.apache.hadoop.util.JvmPauseMonitor: Detected pause in JVM or host machine (eg GC): pause of approximately 5412ms",
				"GC pool 'G1 Young Generation' had collection(s): count=1 time=4120ms",
				"GC pool 'G1 Old Generation' had collection(s): count=1 time=1207ms"),
			we("2026-11-29T07:41:23.002Z", Info, "", "2026-11-29 07:41:23,002 INFO org.apache.hadoop.hdfs.server.namenode.FSEditLog: Number of transactions: 412 Total time for transactions(ms): 41 Number of transactions batched in Syncs: 12 Number of syncs: 400 SyncTimes(ms): 5120 "),
			we("2026-11-29T07:44:02.118Z", Warn, "",
				"2026-11-29 07:44:02,118 WARN org.apache.hadoop.util.JvmPauseMonitor: Detected pause in JVM or host machine (eg GC): pause of approximately 2207ms",
				"No GCs detected"),
			we("2026-11-29T07:44:05.331Z", Info, "", "2026-11-29 07:44:05,331 INFO org.apache.hadoop.hdfs.server.namenode.FSNamesystem: Roll Edit Log from 10.20.3.12"),
		},
	},
	{
		name:   "hdfs-namenode-write-lock-held-report",
		source: "a Hadoop 3.4 NameNode's log (`%d{ISO8601} %p %c: %m%n`) with FSNamesystemLock's long-lock report: `FSNamesystem <op> write lock held for N ms via`, the holder's stack from StringUtils.getStackTrace one frame a line with no `at`, then the tab-indented `Number of suppressed write-lock reports:`, `Longest write-lock held at <time> for Nms by <op> (ugi=…,ip=…,src=…) via <frames>` and `Total suppressed write-lock held time:` lines: apache/hadoop PR #3928 (a read-lock report with its frames pasted) and PR #1954 (HDFS-15217, the longest-lock line with the operation and its report info); from memory of real lines. No table holds the lock report",
		why:    "the report from its `lock held for` line through its last tab-indented line is one record: the frames without `at` and the `Longest … held at <time>` line (a time inside the report, not a record's) are its lines; INFO Info; the client's ip in the report is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO org.apache.hadoop.hdfs.server.namenode.FSNamesystem: Roll Edit Log from 10.20.3.12"),
			we("2026-11-29T07:41:28.616Z", Info, "",
				"2026-11-29 07:41:28,616 INFO org.apache.hadoop.hdfs.server.namenode.FSNamesystem: FSNamesystem delete write lock held for 12412 ms via",
				"java.lang.Thread.getStackTrace(Thread.java:1610)",
				"org.apache.hadoop.util.StringUtils.getStackTrace(StringUtils.java:1069)",
				"org.apache.hadoop.hdfs.server.namenode.FSNamesystemLock.writeUnlock(FSNamesystemLock.java:315)",
				"org.apache.hadoop.hdfs.server.namenode.FSNamesystem.writeUnlock(FSNamesystem.java:1780)",
				"org.apache.hadoop.hdfs.server.namenode.FSNamesystem.delete(FSNamesystem.java:3412)",
				"org.apache.hadoop.hdfs.server.namenode.NameNodeRpcServer.delete(NameNodeRpcServer.java:1140)",
				"\tNumber of suppressed write-lock reports: 0",
				"\tLongest write-lock held at 2026-11-29 07:41:28,616+0000 for 12412ms by delete (ugi=etl (auth:KERBEROS),ip=/10.20.4.17,src=/warehouse/tmp/orders_staging,dst=null,perm=null) via java.lang.Thread.getStackTrace(Thread.java:1610)",
				"org.apache.hadoop.util.StringUtils.getStackTrace(StringUtils.java:1069)",
				"org.apache.hadoop.hdfs.server.namenode.FSNamesystemLock.writeUnlock(FSNamesystemLock.java:315)",
				"\tTotal suppressed write-lock held time: 0.0"),
			we("2026-11-29T07:41:28.702Z", Warn, "", "2026-11-29 07:41:28,702 WARN org.apache.hadoop.ipc.Server: IPC Server handler 41 on default port 8020, call Call#4120 Retry#0 org.apache.hadoop.hdfs.protocol.ClientProtocol.getFileInfo from etl-client.example.net:51234 / 10.20.4.17:51234: output error"),
			we("2026-11-29T07:41:29.01Z", Info, "", "2026-11-29 07:41:29,010 INFO org.apache.hadoop.hdfs.StateChange: BLOCK* allocate blk_1073841207_100412, replicas=10.20.3.21:9866, 10.20.3.22:9866, 10.20.3.23:9866 for /warehouse/orders/_temporary/0/part-00041"),
		},
	},
	{
		name:   "yarn-nodemanager-container-launch-exit-code",
		source: "a Hadoop 3.4 NodeManager's hadoop-yarn-nodemanager-<host>.log (`%d{ISO8601} %p %c: %m%n`) when a container exits non-zero under the LinuxContainerExecutor: its `Exit code from container … is : 1` warning, the `Exception from container-launch with container ID: …` warning with ExitCodeException's `at` frames, then ContainerExecutor logging the launch's diagnostics and the container-executor binary's shell output one line a record (`Exception from container-launch.`, `Container id:`, `Exit code:`, `Shell output: main : command provided 1`, `main : run as user is …`), and ContainerImpl's state change: microsoft/pai issue #1211 (the diagnostics with Stack trace and Shell output pasted), broadinstitute/gatk issue #4112 and JanusGraph/janusgraph issue #1357 (ExitCodeException's frames); from memory of real lines. The RM's diagnostics block is an earlier table's; the NM's own lines are in none",
		why:    "each prefixed line is a record of its own with its time and level (WARN Warn, INFO Info), ContainerExecutor's diagnostics included; ExitCodeException and its frames belong to the warning above them; the container and the user are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Warn, "", "2026-11-29 07:41:16,204 WARN org.apache.hadoop.yarn.server.nodemanager.LinuxContainerExecutor: Exit code from container container_e12_1795600041207_0042_01_000003 is : 1"),
			we("2026-11-29T07:41:16.205Z", Warn, "",
				"2026-11-29 07:41:16,205 WARN org.apache.hadoop.yarn.server.nodemanager.LinuxContainerExecutor: Exception from container-launch with container ID: container_e12_1795600041207_0042_01_000003 and exit code: 1",
				"ExitCodeException exitCode=1: ",
				"\tat org.apache.hadoop.util.Shell.runCommand(Shell.java:1009)",
				"\tat org.apache.hadoop.util.Shell.run(Shell.java:902)",
				"\tat org.apache.hadoop.util.Shell$ShellCommandExecutor.execute(Shell.java:1227)",
				"\tat org.apache.hadoop.yarn.server.nodemanager.containermanager.linux.privileged.PrivilegedOperationExecutor.executePrivilegedOperation(PrivilegedOperationExecutor.java:152)",
				"\tat org.apache.hadoop.yarn.server.nodemanager.LinuxContainerExecutor.handleLaunchForLaunchType(LinuxContainerExecutor.java:601)",
				"\tat java.base/java.lang.Thread.run(Thread.java:840)"),
			we("2026-11-29T07:41:16.206Z", Info, "", "2026-11-29 07:41:16,206 INFO org.apache.hadoop.yarn.server.nodemanager.ContainerExecutor: Exception from container-launch."),
			we("2026-11-29T07:41:16.206Z", Info, "", "2026-11-29 07:41:16,206 INFO org.apache.hadoop.yarn.server.nodemanager.ContainerExecutor: Container id: container_e12_1795600041207_0042_01_000003"),
			we("2026-11-29T07:41:16.206Z", Info, "", "2026-11-29 07:41:16,206 INFO org.apache.hadoop.yarn.server.nodemanager.ContainerExecutor: Exit code: 1"),
			we("2026-11-29T07:41:16.206Z", Info, "", "2026-11-29 07:41:16,206 INFO org.apache.hadoop.yarn.server.nodemanager.ContainerExecutor: Shell output: main : command provided 1"),
			we("2026-11-29T07:41:16.206Z", Info, "", "2026-11-29 07:41:16,206 INFO org.apache.hadoop.yarn.server.nodemanager.ContainerExecutor: main : run as user is etl"),
			we("2026-11-29T07:41:16.206Z", Info, "", "2026-11-29 07:41:16,206 INFO org.apache.hadoop.yarn.server.nodemanager.ContainerExecutor: main : requested yarn user is etl"),
			we("2026-11-29T07:41:16.207Z", Info, "", "2026-11-29 07:41:16,207 INFO org.apache.hadoop.yarn.server.nodemanager.containermanager.container.ContainerImpl: Container container_e12_1795600041207_0042_01_000003 transitioned from RUNNING to EXITED_WITH_FAILURE"),
		},
	},
	{
		name:   "mapreduce-task-syslog-final-counters",
		source: "a MapReduce map task's container syslog under the NodeManager's userlogs (container-log4j.properties' `%d{ISO8601} %p [%t] %c: %m%n`) as the task finishes: org.apache.hadoop.mapred.Task's `Final Counters for attempt_…: Counters: N` with the counter groups tab-indented and their counters indented by two tabs on the lines below, between the task's `is done` and `done.` lines: the Hadoop MapReduce counters' printed form (Counters.toString) and broadinstitute/gatk issue #4112 (a YARN container's lines); from memory of real lines. The MapReduce client's console counters are an earlier table's; the task's own Final Counters record is in none",
		why:    "the container syslog's comma-millisecond time, zone-less, read as UTC, then the level and the thread in brackets; the counters' tab-indented lines belong to the Final Counters record; the attempt id is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO [main] org.apache.hadoop.mapred.Task: Task:attempt_1795600041207_0042_m_000003_0 is done. And is in the process of committing"),
			we("2026-11-29T07:41:16.231Z", Info, "",
				"2026-11-29 07:41:16,231 INFO [main] org.apache.hadoop.mapred.Task: Final Counters for attempt_1795600041207_0042_m_000003_0: Counters: 21",
				"\tFile System Counters",
				"\t\tFILE: Number of bytes read=0",
				"\t\tFILE: Number of bytes written=284120",
				"\t\tHDFS: Number of bytes read=134221824",
				"\t\tHDFS: Number of read operations=5",
				"\tMap-Reduce Framework",
				"\t\tMap input records=412070",
				"\t\tMap output records=412070",
				"\t\tGC time elapsed (ms)=812",
				"\t\tCPU time spent (ms)=41207",
				"\tFile Input Format Counters ",
				"\t\tBytes Read=134217728"),
			we("2026-11-29T07:41:16.24Z", Info, "", "2026-11-29 07:41:16,240 INFO [main] org.apache.hadoop.mapred.Task: Task 'attempt_1795600041207_0042_m_000003_0' done."),
			we("2026-11-29T07:41:16.341Z", Info, "", "2026-11-29 07:41:16,341 INFO [main] org.apache.hadoop.metrics2.impl.MetricsSystemImpl: Stopping MapTask metrics system..."),
		},
	},

	// HBase 2.6.
	{
		name:   "hbase26-regionserver-wal-and-jvm-pause",
		source: "an HBase 2.6 RegionServer's hbase-<user>-regionserver-<host>.log in log4j2's `%d{ISO8601} %-5p [%t] %c{2}: %.1000m%n` (log4j2's ISO8601, `yyyy-MM-dd'T'HH:mm:ss,SSS`): the WAL's `Rolled WAL … with entries=…, filesize=…; new WAL …` and `Slow sync cost: N ms, current pipeline: [DatanodeInfoWithStorage[…]]`, HBase's own JvmPauseMonitor with its GC pool line below, and a memstore flush: apache/hbase PRs #3797 and #205 (the WAL's slow sync and its pipeline) and apache/ratis PR #410 (the pause monitor's message with its pools on lines of their own); from memory of real lines. HBase's log4j2 lines are in earlier tables; the WAL's and the pause monitor's records are in none",
		why:    "the ISO time with a T and a comma, zone-less, read as UTC; the padded level (INFO, WARN); the GC pool line belongs to the pause warning; the datanodes of the pipeline and the server name in a WAL path are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T07:41:16,204 INFO  [regionserver/rs3:16020.logRoller] wal.AbstractFSWAL: Rolled WAL /hbase/WALs/rs3.example.net,16020,1795600041207/rs3.example.net%2C16020%2C1795600041207.1795938076001 with entries=41207, filesize=128.02 MB; new WAL /hbase/WALs/rs3.example.net,16020,1795600041207/rs3.example.net%2C16020%2C1795600041207.1795938076204"),
			we("2026-11-29T07:41:19.771Z", Warn, "", "2026-11-29T07:41:19,771 WARN  [AsyncFSWAL-0-hdfs://nn1.example.net:8020/hbase] wal.AbstractFSWAL: Slow sync cost: 1412 ms, current pipeline: [DatanodeInfoWithStorage[10.20.3.21:9866,DS-4f1c2a7e-9b3d-4c5e-8f1a-2b7c9d0e4f61,DISK], DatanodeInfoWithStorage[10.20.3.22:9866,DS-7e3b5a08-16c2-4e4f-a6a8-b0d1c34f2a9c,DISK], DatanodeInfoWithStorage[10.20.3.23:9866,DS-0b6d4120-c412-4a07-aa5e-3f1c2a7e9b3d,DISK]]"),
			we("2026-11-29T07:41:22.118Z", Warn, "",
				"2026-11-29T07:41:22,118 WARN  [org.apache.hadoop.hbase.util.JvmPauseMonitor$Monitor@5a7e1c2b] util.JvmPauseMonitor: Detected pause in JVM or host machine (eg GC): pause of approximately 4120ms",
				"GC pool 'G1 Young Generation' had collection(s): count=1 time=4088ms"),
			we("2026-11-29T07:41:22.204Z", Info, "", "2026-11-29T07:41:22,204 INFO  [MemStoreFlusher.0] regionserver.HRegion: Finished flush of dataSize ~64.02 MB/67129344, heapSize ~64.41 MB/67538412, currentSize=1.20 MB/1258291 for 4f1c2a7e9b3d4c5e8f1a2b7c9d0e4f61 in 812ms, sequenceid=41207, compaction requested=true"),
		},
	},
	{
		name:   "hbase26-regionserver-abort-metrics-json",
		source: "an HBase 2.6 RegionServer's log (`%d{ISO8601} %-5p [%t] %c{2}: %.1000m%n`) as the server aborts: `***** ABORTING region server <name>: <reason> *****` with the exception and its frames, `RegionServer abort: loaded coprocessors are: […]`, `Dump of metrics as JSON on abort: {` with the JMX beans pretty-printed over the lines below, and `***** STOPPING region server '<name>' *****`: apache/hbase PRs #5447 and #4641 (the abort on a WAL failure) and the HRegionServer source on java2s.com (the abort's messages and its metrics dump); from memory of real lines. No table holds the abort with its JSON dump",
		why:    "the ISO time with a T and a comma read as UTC; ERROR Error, INFO Info; the exception and its frames belong to the ABORTING line; the pretty-printed JSON through its closing brace belongs to the `Dump of metrics` line; the region server's own name inside the message is text, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Error, "",
				"2026-11-29T07:41:16,204 ERROR [regionserver/rs3:16020.logRoller] regionserver.HRegionServer: ***** ABORTING region server rs3.example.net,16020,1795600041207: Failed log close in log roller *****",
				"org.apache.hadoop.hbase.regionserver.wal.FailedLogCloseException: hdfs://nn1.example.net:8020/hbase/WALs/rs3.example.net,16020,1795600041207/rs3.example.net%2C16020%2C1795600041207.1795938076001, unflushedEntries=41",
				"\tat org.apache.hadoop.hbase.regionserver.wal.FSHLog.doReplaceWriter(FSHLog.java:427)",
				"\tat org.apache.hadoop.hbase.regionserver.wal.AbstractFSWAL.replaceWriter(AbstractFSWAL.java:1034)",
				"\tat org.apache.hadoop.hbase.regionserver.wal.AbstractFSWAL.rollWriter(AbstractFSWAL.java:1107)",
				"\tat org.apache.hadoop.hbase.wal.AbstractWALRoller.run(AbstractWALRoller.java:201)"),
			we("2026-11-29T07:41:16.205Z", Error, "", "2026-11-29T07:41:16,205 ERROR [regionserver/rs3:16020.logRoller] regionserver.HRegionServer: RegionServer abort: loaded coprocessors are: [org.apache.hadoop.hbase.security.access.AccessController, org.apache.phoenix.coprocessor.ScanRegionObserver]"),
			we("2026-11-29T07:41:16.231Z", Info, "",
				"2026-11-29T07:41:16,231 INFO  [regionserver/rs3:16020.logRoller] regionserver.HRegionServer: Dump of metrics as JSON on abort: {",
				`  "beans": [`,
				`    {`,
				`      "name": "java.lang:type=Memory",`,
				`      "modelerType": "sun.management.MemoryImpl",`,
				`      "ObjectPendingFinalizationCount": 0,`,
				`      "HeapMemoryUsage": {`,
				`        "committed": 17179869184,`,
				`        "init": 17179869184,`,
				`        "max": 17179869184,`,
				`        "used": 12412070400`,
				`      },`,
				`      "Verbose": false`,
				`    }`,
				`  ]`,
				`}`),
			we("2026-11-29T07:41:16.24Z", Info, "", "2026-11-29T07:41:16,240 INFO  [regionserver/rs3:16020.logRoller] regionserver.HRegionServer: ***** STOPPING region server 'rs3.example.net,16020,1795600041207' *****"),
		},
	},

	// Hive 4.
	{
		name:   "hive4-hiveserver2-multiline-query-text",
		source: "HiveServer2 4.0's hiveserver2.log in Hive's log4j2 `%d{ISO8601} %5p [%t] %c{2}: %m%n` (the level padded to five, so two spaces before INFO): ql.Driver's `Compiling command(queryId=…): <query>` and `Executing command(queryId=…): <query>` with the query's own line breaks kept, so that its FROM, WHERE and GROUP BY lines follow unprefixed: beeline's INFO lines in an earlier table and Hive's hive-log4j2.properties (the pattern); from memory of real lines. ql.Driver's compile line with a one-line query is in earlier tables; a query text over lines in HiveServer2's log is in none",
		why:    "the ISO time with a T and a comma read as UTC; the padded INFO is Info; the query's later lines (a date literal among them) belong to the Compiling or Executing line; the handler threads are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "",
				"2026-11-29T07:41:16,204  INFO [HiveServer2-Handler-Pool: Thread-412] ql.Driver: Compiling command(queryId=hive_20261129074116_4f1c2a7e-9b3d-4c5e-8f1a-2b7c9d0e4f12): SELECT o.customer_id,",
				"       sum(o.total) AS revenue",
				"FROM shop.orders o",
				"WHERE o.order_date >= '2026-11-01'",
				"GROUP BY o.customer_id"),
			we("2026-11-29T07:41:16.812Z", Info, "", "2026-11-29T07:41:16,812  INFO [HiveServer2-Handler-Pool: Thread-412] ql.Driver: Semantic Analysis Completed (retrial = false)"),
			we("2026-11-29T07:41:16.82Z", Info, "", "2026-11-29T07:41:16,820  INFO [HiveServer2-Handler-Pool: Thread-412] ql.Driver: Completed compiling command(queryId=hive_20261129074116_4f1c2a7e-9b3d-4c5e-8f1a-2b7c9d0e4f12); Time taken: 0.616 seconds"),
			we("2026-11-29T07:41:16.834Z", Info, "",
				"2026-11-29T07:41:16,834  INFO [HiveServer2-Background-Pool: Thread-418] ql.Driver: Executing command(queryId=hive_20261129074116_4f1c2a7e-9b3d-4c5e-8f1a-2b7c9d0e4f12): SELECT o.customer_id,",
				"       sum(o.total) AS revenue",
				"FROM shop.orders o",
				"WHERE o.order_date >= '2026-11-01'",
				"GROUP BY o.customer_id"),
			we("2026-11-29T07:41:41.221Z", Info, "", "2026-11-29T07:41:41,221  INFO [HiveServer2-Background-Pool: Thread-418] ql.Driver: Completed executing command(queryId=hive_20261129074116_4f1c2a7e-9b3d-4c5e-8f1a-2b7c9d0e4f12); Time taken: 24.387 seconds"),
		},
	},
	{
		name:   "hive4-metastore-nested-throwables",
		source: "the Hive 4 metastore's hivemetastore.log (`%d{ISO8601} %5p [%t] %c{2}: %m%n`) when its MySQL connection drops: RetryingHMSHandler's `Retrying HMSHandler after 2000 ms (attempt 1 of 10) with error: javax.jdo.JDODataStoreException: …` with its frames, DataNucleus' `NestedThrowablesStackTrace:` and the driver's CommunicationsException, whose message holds an empty line, with its own frames: hbutani/SQLWindowing issues #1 and #3 (JDO exceptions with `NestedThrowables:` pasted), HiveRunner/HiveRunner issue #19 and confluentinc/kafka-connect-hdfs issue #253 (RetryingHMSHandler's frames); from memory of real lines. The metastore's audit and its console are earlier tables'; its JDO error with the nested trace is in none",
		why:    "the ISO time with a T and a comma read as UTC; ERROR Error, INFO Info; the frames, `NestedThrowablesStackTrace:`, the nested exception, the empty line inside its message and its frames all belong to the ERROR record; the client's source address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:14.118Z", Info, "", "2026-11-29T07:41:14,118  INFO [Metastore-Handler-Pool: Thread-41] metastore.HMSHandler: 41: source:10.20.4.17 get_table : tbl=hive.shop.orders"),
			we("2026-11-29T07:41:16.204Z", Error, "",
				"2026-11-29T07:41:16,204 ERROR [Metastore-Handler-Pool: Thread-41] metastore.RetryingHMSHandler: Retrying HMSHandler after 2000 ms (attempt 1 of 10) with error: javax.jdo.JDODataStoreException: Communications link failure",
				"\tat org.datanucleus.api.jdo.NucleusJDOHelper.getJDOExceptionForNucleusException(NucleusJDOHelper.java:542)",
				"\tat org.datanucleus.api.jdo.JDOPersistenceManager.getDataStoreConnection(JDOPersistenceManager.java:2197)",
				"\tat org.apache.hadoop.hive.metastore.ObjectStore.getTable(ObjectStore.java:2041)",
				"\tat org.apache.hadoop.hive.metastore.HMSHandler.get_table_core(HMSHandler.java:3412)",
				"NestedThrowablesStackTrace:",
				"com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure",
				"",
				"The last packet successfully received from the server was 41,207 milliseconds ago. The last packet sent successfully to the server was 41,207 milliseconds ago.",
				"\tat com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174)",
				"\tat com.mysql.cj.jdbc.ConnectionImpl.setAutoCommit(ConnectionImpl.java:2055)",
				"\tat com.zaxxer.hikari.pool.ProxyConnection.setAutoCommit(ProxyConnection.java:401)"),
			we("2026-11-29T07:41:18.231Z", Info, "", "2026-11-29T07:41:18,231  INFO [Metastore-Handler-Pool: Thread-41] metastore.ObjectStore: ObjectStore, initialize called"),
			we("2026-11-29T07:41:18.412Z", Info, "", "2026-11-29T07:41:18,412  INFO [Metastore-Handler-Pool: Thread-41] metastore.HMSHandler: 41: source:10.20.4.17 get_table : tbl=hive.shop.orders"),
		},
	},

	// Spark 3.5.
	{
		name:   "spark35-driver-job-aborted-driver-stacktrace",
		source: "a Spark 3.5 driver's log in YARN cluster mode (the ApplicationMaster container's stderr, Spark's log4j2-defaults `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex`): TaskSetManager's lost task with its frames, its `failed 4 times; aborting job`, then ApplicationMaster's `User class threw exception: org.apache.spark.SparkException: Job aborted due to stage failure: … most recent failure: Lost task …` with the executor's frames, an empty line, `Driver stacktrace:`, the DAGScheduler's frames and `Caused by:`: sparklyr/sparklyr issues #1814 and #1031 and spark-notebook/spark-notebook issue #444 (the empty line and `Driver stacktrace:` inside the exception pasted); from memory of real lines. The job-aborted line with its first frames is in earlier tables; the whole exception with its `Driver stacktrace:` part is in none",
		why:    "the two-digit year first (yy/MM/dd) read as 2026 and UTC; WARN Warn, ERROR Error, INFO Info; the frames, the empty line, `Driver stacktrace:` and `Caused by:` belong to the ERROR record; the executors' hosts in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "",
				`26/11/29 07:41:16 WARN TaskSetManager: Lost task 3.0 in stage 7.0 (TID 412) (worker3.example.net executor 2): java.lang.NullPointerException: Cannot invoke "String.length()" because "s" is null`,
				"\tat com.example.etl.OrdersJob$.parse(OrdersJob.scala:41)",
				"\tat org.apache.spark.executor.Executor$TaskRunner.run(Executor.scala:620)"),
			we("2026-11-29T07:41:19Z", Error, "", "26/11/29 07:41:19 ERROR TaskSetManager: Task 3 in stage 7.0 failed 4 times; aborting job"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO DAGScheduler: Job 4 failed: save at OrdersJob.scala:88, took 41.207 s"),
			we("2026-11-29T07:41:19Z", Error, "",
				`26/11/29 07:41:19 ERROR ApplicationMaster: User class threw exception: org.apache.spark.SparkException: Job aborted due to stage failure: Task 3 in stage 7.0 failed 4 times, most recent failure: Lost task 3.3 in stage 7.0 (TID 419) (worker5.example.net executor 4): java.lang.NullPointerException: Cannot invoke "String.length()" because "s" is null`,
				"\tat com.example.etl.OrdersJob$.parse(OrdersJob.scala:41)",
				"\tat org.apache.spark.executor.Executor$TaskRunner.run(Executor.scala:620)",
				"",
				"Driver stacktrace:",
				"\tat org.apache.spark.scheduler.DAGScheduler.failJobAndIndependentStages(DAGScheduler.scala:2898)",
				"\tat org.apache.spark.scheduler.DAGScheduler.$anonfun$abortStage$2(DAGScheduler.scala:2834)",
				"\tat org.apache.spark.SparkContext.runJob(SparkContext.scala:2437)",
				`Caused by: java.lang.NullPointerException: Cannot invoke "String.length()" because "s" is null`,
				"\tat com.example.etl.OrdersJob$.parse(OrdersJob.scala:41)"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO ApplicationMaster: Final app status: FAILED, exitCode: 15, (reason: User class threw exception: org.apache.spark.SparkException: Job aborted due to stage failure: Task 3 in stage 7.0 failed 4 times)"),
		},
	},
	{
		name:   "spark35-analysis-exception-plan-tree",
		source: "a Spark 3.5 driver's stderr in client mode (Spark's log4j2-defaults `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex`) when a query names a missing table: the untimed `Exception in thread \"main\" org.apache.spark.sql.AnalysisException: [TABLE_OR_VIEW_NOT_FOUND] …` whose message runs over three lines, then the unresolved logical plan (`'Project [*]`, `+- 'UnresolvedRelation [...]`), an empty line and the frames: opensearch-project/opensearch-spark PR #475 (the message with the plan tree under it pasted) and apache/dolphinscheduler issue #14760; from memory of real lines. AnalysisException's one-line message with frames is in earlier tables; the error class's three-line message with the plan tree is in none",
		why:    "Spark's timed lines have the two-digit year first, read as UTC, and INFO Info; the uncaught exception is printed by the JVM with no time and no level, and its message lines, the plan tree, the empty line and the frames are one record; the warehouse's name node is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO SparkContext: Running Spark version 3.5.3"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO SharedState: Warehouse path is 'hdfs://nn1.example.net:8020/user/hive/warehouse'."),
			we("", Unknown, "",
				"Exception in thread \"main\" org.apache.spark.sql.AnalysisException: [TABLE_OR_VIEW_NOT_FOUND] The table or view `shop`.`ordrs` cannot be found. Verify the spelling and correctness of the schema and catalog.",
				"If you did not qualify the name with a schema, verify the current_schema() output, or qualify the name with the correct schema and catalog.",
				"To tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS.; line 1 pos 14;",
				"'Project [*]",
				"+- 'UnresolvedRelation [shop, ordrs], [], false",
				"",
				"\tat org.apache.spark.sql.catalyst.analysis.package$AnalysisErrorAt.tableNotFound(package.scala:87)",
				"\tat org.apache.spark.sql.catalyst.analysis.CheckAnalysis.$anonfun$checkAnalysis0$2(CheckAnalysis.scala:202)",
				"\tat org.apache.spark.sql.SparkSession.sql(SparkSession.scala:638)",
				"\tat com.example.etl.OrdersReport$.main(OrdersReport.scala:27)"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO SparkContext: Invoking stop() from shutdown hook"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO SparkUI: Stopped Spark web UI at http://10.20.0.7:4040"),
		},
	},

	// Flink 1.20 and Kafka 4.0.
	{
		name:   "flink120-taskmanager-log-preconfiguration",
		gap:    "BashJavaUtils' untimed `INFO  [] - …` lines inside the Preconfiguration message are cut off the record it belongs to",
		source: "a Flink 1.20 TaskManager's flink-<user>-taskexecutor-0-<host>.log (`%d{yyyy-MM-dd HH:mm:ss,SSS} %-5level %-60c %x - %m%n`, the empty NDC written `[]`) at start: EnvironmentInformation's rule and ` Preconfiguration: ` lines, then the inherited start-up logs logged as one message: after empty lines, `RESOURCE_PARAMS extraction logs:`, `jvm_params:`, `dynamic_configs:` and `logs:` with BashJavaUtils' own untimed `INFO  [] - …` lines (Loading configuration property, Final TaskExecutor Memory configuration): apache/flink PR #17822 (the extraction logs with their `INFO  [] -` lines pasted) and PR #12533 (FLINK-18175, the final memory configuration lines); from memory of real lines. Flink's TaskManager log is in earlier tables; its Preconfiguration block is in none",
		why:    "the comma-millisecond time, zone-less, read as UTC; the padded INFO is Info; the message begun on a line that ends after `[] - ` runs through the empty lines, the extraction lines and BashJavaUtils' `INFO  [] -` lines, one record; the rule lines are records of their own; the closing empty line is fed but not scored",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO  org.apache.flink.runtime.taskexecutor.TaskManagerRunner                 [] - --------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16.205Z", Info, "", "2026-11-29 07:41:16,205 INFO  org.apache.flink.runtime.taskexecutor.TaskManagerRunner                 [] -  Preconfiguration: "),
			we("2026-11-29T07:41:16.205Z", Info, "",
				"2026-11-29 07:41:16,205 INFO  org.apache.flink.runtime.taskexecutor.TaskManagerRunner                 [] - ",
				"",
				"",
				"RESOURCE_PARAMS extraction logs:",
				"jvm_params: -Xmx536870902 -Xms536870902 -XX:MaxDirectMemorySize=268435458 -XX:MaxMetaspaceSize=268435456",
				"dynamic_configs: -D taskmanager.memory.network.min=134217730b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b",
				"logs: INFO  [] - Loading configuration property: taskmanager.numberOfTaskSlots, 4",
				"INFO  [] - Loading configuration property: taskmanager.memory.process.size, 1728m",
				"INFO  [] - Final TaskExecutor Memory configuration:",
				"INFO  [] -   Total Process Memory:          1.688gb (1811939328 bytes)",
				"INFO  [] -     Total Flink Memory:          1.250gb (1342177280 bytes)",
				"INFO  [] -       Total JVM Heap Memory:     512.000mb (536870902 bytes)"),
			wskip(""),
			we("2026-11-29T07:41:16.206Z", Info, "", "2026-11-29 07:41:16,206 INFO  org.apache.flink.runtime.taskexecutor.TaskManagerRunner                 [] - --------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16.231Z", Info, "", "2026-11-29 07:41:16,231 INFO  org.apache.flink.runtime.taskexecutor.TaskManagerRunner                 [] - Registered UNIX signal handlers for [TERM, HUP, INT]"),
		},
	},
	{
		name:   "kafka40-server-log-kafkaconfig-values",
		source: "Apache Kafka 4.0's server.log in KRaft mode (log4j2's `[%d] %p %m (%c)%n`) at a broker's start: `KafkaConfig values: ` with one tab-indented `key = value` line per setting and the logger ` (kafka.server.KafkaConfig)` alone on the block's last line, then the broker's state transitions: wurstmeister/kafka-docker issues #233 and #221 (the values block pasted) and Kafka's log4j2.yaml (the pattern); from memory of real lines. The values block behind docker compose's column is an earlier table's; bare in the server.log it is in none",
		why:    "the bracketed comma-millisecond time, zone-less, read as UTC; INFO Info; the tab-indented settings and the logger's closing line belong to the KafkaConfig record; the listeners' addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29 07:41:16,204] INFO Registered kafka:type=kafka.Log4jController MBean (kafka.utils.Log4jControllerRegistration$)"),
			we("2026-11-29T07:41:16.412Z", Info, "",
				"[2026-11-29 07:41:16,412] INFO KafkaConfig values: ",
				"\tadvertised.listeners = PLAINTEXT://broker2.example.net:9092",
				"\tauto.create.topics.enable = false",
				"\tbroker.id = 2",
				"\tcontroller.listener.names = CONTROLLER",
				"\tcontroller.quorum.bootstrap.servers = [ctl1.example.net:9093, ctl2.example.net:9093, ctl3.example.net:9093]",
				"\tlisteners = PLAINTEXT://:9092",
				"\tlog.dirs = /var/lib/kafka/data",
				"\tlog.retention.hours = 168",
				"\tnode.id = 2",
				"\tprocess.roles = [broker]",
				" (kafka.server.KafkaConfig)"),
			we("2026-11-29T07:41:17.118Z", Info, "", "[2026-11-29 07:41:17,118] INFO [BrokerServer id=2] Transition from SHUTDOWN to STARTING (kafka.server.BrokerServer)"),
			we("2026-11-29T07:41:19.771Z", Info, "", "[2026-11-29 07:41:19,771] INFO [BrokerServer id=2] Transition from STARTING to STARTED (kafka.server.BrokerServer)"),
		},
	},

	// Trino, NiFi 2, Airflow and Ray.
	{
		name:   "trino-server-log-querymonitor-timeline",
		source: "Trino's server.log (airlift's tab-separated `time\\tLEVEL\\tthread\\tlogger\\tmessage`, the time in UTC with Z) with io.trino.event.QueryMonitor's `TIMELINE: Query … :: FAILED (…) :: elapsed …ms :: planning …ms :: … :: begin <time> :: end <time>` lines, whose begin and end are times inside the message, beside the coordinator's own lines: the Trino server log of an earlier table (the layout) and trinodb/trino issue #8307; from memory of real lines. Trino's server log with its stack traces is in earlier tables; QueryMonitor's TIMELINE lines are in none",
		why:    "the first field's ISO time with Z is the record's, not the begin and end times later in the line; INFO Info, ERROR Error; the query id, the thread and the user are no host",
		entries: []worldEntry{
			we("2026-11-29T07:40:35.001Z", Info, "", "2026-11-29T07:40:35.001Z\tINFO\tdispatcher-query-41\tio.trino.event.QueryMonitor\tTIMELINE: Query 20261129_074034_00041_abcde :: FINISHED :: elapsed 812ms :: planning 41ms :: waiting 0ms :: scheduling 12ms :: running 752ms :: finishing 7ms :: begin 2026-11-29T07:40:34.189Z :: end 2026-11-29T07:40:35.001Z"),
			we("2026-11-29T07:41:16.204Z", Error, "", "2026-11-29T07:41:16.204Z\tERROR\tquery-management-3\tio.trino.memory.ClusterMemoryManager\tQuery 20261129_074035_00042_abcde killed: Query exceeded distributed user memory limit of 8GB"),
			we("2026-11-29T07:41:16.231Z", Info, "", "2026-11-29T07:41:16.231Z\tINFO\tdispatcher-query-44\tio.trino.event.QueryMonitor\tTIMELINE: Query 20261129_074035_00042_abcde :: FAILED (EXCEEDED_GLOBAL_MEMORY_LIMIT) :: elapsed 41207ms :: planning 12ms :: waiting 0ms :: scheduling 41ms :: running 41150ms :: finishing 4ms :: begin 2026-11-29T07:40:35.024Z :: end 2026-11-29T07:41:16.231Z"),
		},
	},
	{
		name:   "nifi2-app-log-generated-credentials",
		source: "NiFi 2's nifi-app.log (logback's `%date %level [%thread] %logger{40} %msg%n`) at a first start with the single-user provider: SingleUserLoginIdentityProvider's message that begins with two line breaks and puts `Generated Username [uuid]` and `Generated Password [32 characters]` on lines of their own, then the Jetty server's and the application's start lines: apache/nifi PR #5068 (NIFI-8516, `NiFi logs the generated credentials as follows: Generated Username […] Generated Password […]`) and david-streamlio/pulsar-nifi-bundle issue #35 (the lines grepped from the log); from memory of real lines. nifi-app.log's other lines are in earlier tables; the generated-credentials record is in none",
		why:    "the comma-millisecond time, zone-less, read as UTC; INFO Info; the record begun on the provider's line runs through its empty line and the two Generated lines; the closing empty line is fed but not scored; the server's own URL is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO [main] org.apache.nifi.NiFi Launching NiFi..."),
			we("2026-11-29T07:41:19.118Z", Info, "",
				"2026-11-29 07:41:19,118 INFO [main] o.a.n.a.s.u.SingleUserLoginIdentityProvider ",
				"",
				"Generated Username [7c2e0da4-1207-4f1c-9b3d-2a7e41207aa5]",
				"Generated Password [q8Vb4120Rt7LmK2zXe9Wd3Pn5Hs0Jc6A]"),
			wskip(""),
			we("2026-11-29T07:41:41.207Z", Info, "", "2026-11-29 07:41:41,207 INFO [main] org.apache.nifi.web.server.JettyServer Started Server on https://nifi-1.example.net:8443/nifi"),
			we("2026-11-29T07:41:41.331Z", Info, "", "2026-11-29 07:41:41,331 INFO [main] org.apache.nifi.NiFi Started Application in 25.127 seconds (25127400129 ns)"),
		},
	},
	{
		name:   "airflow210-scheduler-tasks-up-for-execution",
		source: "the Airflow 2.10 scheduler's log (Airflow's `[%(asctime)s] {%(filename)s:%(lineno)d} %(levelname)s - %(message)s`, asctime in ISO with milliseconds and +0000) as it queues a run: scheduler_job_runner's `2 tasks up for execution:` and `Setting the following tasks to queued state:` with one tab-indented `<TaskInstance: dag.task scheduled__<time> [scheduled]>` a line, the pool lines and `Sending TaskInstanceKey(…) to CeleryExecutor`: apache/airflow issue #39717 (the scheduler's tab-indented TaskInstance lines pasted) and issue #13542; from memory of real lines. The scheduler's single lines are in earlier tables; its TaskInstance lists are in none",
		why:    "the bracketed ISO time with +0000 is UTC; INFO Info; the tab-indented TaskInstance lines, each with a run id holding a time of its own, belong to the line that announces them; the executor and the pool are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "",
				"[2026-11-29T07:41:16.204+0000] {scheduler_job_runner.py:423} INFO - 2 tasks up for execution:",
				"\t<TaskInstance: orders_etl.extract_orders scheduled__2026-11-29T07:00:00+00:00 [scheduled]>",
				"\t<TaskInstance: orders_etl.extract_refunds scheduled__2026-11-29T07:00:00+00:00 [scheduled]>"),
			we("2026-11-29T07:41:16.205Z", Info, "", "[2026-11-29T07:41:16.205+0000] {scheduler_job_runner.py:495} INFO - DAG orders_etl has 0/16 running and queued tasks"),
			we("2026-11-29T07:41:16.205Z", Info, "", "[2026-11-29T07:41:16.205+0000] {scheduler_job_runner.py:495} INFO - DAG orders_etl has 1/16 running and queued tasks"),
			we("2026-11-29T07:41:16.206Z", Info, "",
				"[2026-11-29T07:41:16.206+0000] {scheduler_job_runner.py:634} INFO - Setting the following tasks to queued state:",
				"\t<TaskInstance: orders_etl.extract_orders scheduled__2026-11-29T07:00:00+00:00 [scheduled]>",
				"\t<TaskInstance: orders_etl.extract_refunds scheduled__2026-11-29T07:00:00+00:00 [scheduled]>"),
			we("2026-11-29T07:41:16.21Z", Info, "", "[2026-11-29T07:41:16.210+0000] {scheduler_job_runner.py:680} INFO - Sending TaskInstanceKey(dag_id='orders_etl', task_id='extract_orders', run_id='scheduled__2026-11-29T07:00:00+00:00', try_number=1, map_index=-1) to CeleryExecutor with priority 3 and queue default"),
		},
	},
	{
		name:   "ray-worker-err-job-and-actor-markers",
		gap:    "the untimed `:job_id:` and `:task_name:` lines after a timed line are joined to it instead of being records of their own",
		source: "a Ray 2.x worker's stderr file in the session's log directory (/tmp/ray/session_latest/logs/worker-<worker_id>-<job_id>-<pid>.err): the log monitor's magic lines `:job_id:<hex>`, `:actor_name:<class>` and `:task_name:<function>` that Ray writes before a task's or actor's output, and the application's lines in Ray's own `%(asctime)s\\t%(levelname)s %(filename)s:%(lineno)s -- %(message)s`: ray-project/ray PR #32741 and issue #58373 (the worker-*.out and .err files and what they hold) and PR #14102; from memory of real files. Ray's Python and C++ component logs and its driver's prefixed lines are earlier tables'; a worker's .err with its magic lines is in none",
		why:    "the magic lines carry no time and no level, each a record of its own; the tab after the comma-millisecond time, read as UTC, then INFO Info, WARNING Warn, ERROR Error; the job and actor ids are no host",
		entries: []worldEntry{
			we("", Unknown, "", ":job_id:02000000"),
			we("", Unknown, "", ":actor_name:Trainer"),
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204\tINFO trainer.py:41 -- loading shard 3 of 8 from s3://example-ml/orders/2026-11-28/"),
			we("2026-11-29T07:41:19.118Z", Warn, "", "2026-11-29 07:41:19,118\tWARNING trainer.py:77 -- shard 3 has 412 rows with a null label; dropping them"),
			we("", Unknown, "", ":job_id:02000000"),
			we("", Unknown, "", ":task_name:preprocess"),
			we("2026-11-29T07:41:22.771Z", Error, "", "2026-11-29 07:41:22,771\tERROR preprocess.py:58 -- could not parse row 41207 of part-00003.parquet: unexpected end of data"),
		},
	},
	{
		name:   "ray-runtime-env-setup-pip-output",
		source: "Ray 2.x's runtime_env_setup-<job_id>.log in the session's log directory (Ray's `%(asctime)s\\t%(levelname)s %(filename)s:%(lineno)s -- %(message)s`) while the runtime-env agent installs a job's pip packages: `Creating virtualenv at …`, `Run cmd[n] […]` and `Output of cmd[n]: ` followed by pip's own untimed output lines: ray-project/ray PR #32741 (`runtime_env_setup-[job_id].log: Logs from installing runtime environments … including e.g. pip install logs`); from memory of real files. No table holds the runtime-env setup log",
		why:    "the comma-millisecond time after which a tab, read as UTC; INFO Info; pip's output lines (indented or not) belong to the `Output of cmd` record; the index URL and the virtualenv path are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204\tINFO pip.py:312 -- Creating virtualenv at /tmp/ray/session_2026-11-29_07-30-12_412070_4120/runtime_resources/pip/4f1c2a7e9b3d/virtualenv, current python dir /home/ray/anaconda3/bin/python"),
			we("2026-11-29T07:41:19.118Z", Info, "", "2026-11-29 07:41:19,118\tINFO utils.py:76 -- Run cmd[3] ['/tmp/ray/session_2026-11-29_07-30-12_412070_4120/runtime_resources/pip/4f1c2a7e9b3d/virtualenv/bin/python', '-m', 'pip', 'install', '--disable-pip-version-check', '--no-cache-dir', '-r', '/tmp/ray/session_2026-11-29_07-30-12_412070_4120/runtime_resources/pip/4f1c2a7e9b3d/requirements.txt']"),
			we("2026-11-29T07:41:31.771Z", Info, "",
				"2026-11-29 07:41:31,771\tINFO utils.py:99 -- Output of cmd[3]: Collecting pandas==2.2.3 (from -r /tmp/ray/session_2026-11-29_07-30-12_412070_4120/runtime_resources/pip/4f1c2a7e9b3d/requirements.txt (line 1))",
				"  Downloading pandas-2.2.3-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl.metadata (89 kB)",
				"Collecting tzdata>=2022.7 (from pandas==2.2.3)",
				"Installing collected packages: tzdata, pandas",
				"Successfully installed pandas-2.2.3 tzdata-2024.2"),
			we("2026-11-29T07:41:31.802Z", Info, "", "2026-11-29 07:41:31,802\tINFO pip.py:341 -- Successfully created the virtualenv for pip://4f1c2a7e9b3d"),
		},
	},

	// The pause monitor in Alluxio and Ozone.
	{
		name:   "alluxio-master-jvm-pause-nanoseconds",
		source: "an Alluxio 2.9 master's master.log (`%d{ISO8601} %-5p %c{1} - %m%n`) with Alluxio's JvmPauseMonitor, which names the monitor and gives the pause in nanoseconds: `No GCs detected.` on the same line, or `GC pool '…' had collection(s): …` on lines of their own below: Alluxio/alluxio issue #16211 (the one-line warning pasted) and PR #6173 (the monitor's code); from memory of real lines. Alluxio's master log is in earlier tables; its pause warnings are in none",
		why:    "the comma-millisecond time, zone-less, read as UTC; the padded WARN is Warn, INFO Info; a GC pool line belongs to the warning above it; the master's host name inside the monitor's name is message text, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Warn, "", "2026-11-29 07:41:16,204 WARN  JvmPauseMonitor - JvmPauseMonitor-fs-alluxio-master2.example.net_19200: Detected pause in JVM or host machine (eg GC): pause of approximately 2412070400ns. No GCs detected."),
			we("2026-11-29T07:41:19.118Z", Info, "", "2026-11-29 07:41:19,118 INFO  DefaultFileSystemMaster - Completed metadata sync for /warehouse/orders in 412ms"),
			we("2026-11-29T07:41:27.771Z", Warn, "",
				"2026-11-29 07:41:27,771 WARN  JvmPauseMonitor - JvmPauseMonitor-fs-alluxio-master2.example.net_19200: Detected pause in JVM or host machine (eg GC): pause of approximately 8120412000ns.",
				"GC pool 'G1 Young Generation' had collection(s): count=1 time=7911ms"),
			we("2026-11-29T07:41:28.002Z", Info, "", "2026-11-29 07:41:28,002 INFO  DefaultBlockMaster - Worker 1795600041207 (worker3.example.net:29999) re-registered"),
		},
	},
	{
		name:   "ozone-om-ratis-jvm-pause",
		source: "an Ozone 1.4 Ozone Manager's ozone-<user>-om-<host>.log (Ozone's `%d{ISO8601} [%t] %-5p %c{2}: %m%n`, the thread in brackets before the level) with Ratis' JvmPauseMonitor after RATIS-1302: `No GCs detected.` on the warning's line, the GC pools on lines of their own below it, and its `Started` line: apache/ratis PR #410 (both shapes pasted) and apache/ozone PR #4814 (HDDS-8731, the monitor's `Started` lines); from memory of real lines. Ozone's logs and audits are in earlier tables; its pause monitor's lines are in none",
		why:    "the comma-millisecond time read as UTC; the thread in brackets is no host; WARN Warn, INFO Info; the GC pool lines belong to the warning above them; the monitor's id is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 [JvmPauseMonitor0] INFO  util.JvmPauseMonitor: JvmPauseMonitor-om1: Started"),
			we("2026-11-29T07:41:22.771Z", Warn, "", "2026-11-29 07:41:22,771 [JvmPauseMonitor0] WARN  util.JvmPauseMonitor: JvmPauseMonitor-om1: Detected pause in JVM or host machine (eg GC): pause of approximately 412070400ns. No GCs detected."),
			we("2026-11-29T07:41:31.118Z", Warn, "",
				"2026-11-29 07:41:31,118 [JvmPauseMonitor0] WARN  util.JvmPauseMonitor: JvmPauseMonitor-om1: Detected pause in JVM or host machine (eg GC): pause of approximately 1207412000ns.",
				"GC pool 'G1 Young Generation' had collection(s): count=2 time=812ms",
				"GC pool 'G1 Old Generation' had collection(s): count=1 time=395ms"),
			we("2026-11-29T07:41:31.204Z", Info, "", "2026-11-29 07:41:31,204 [om1-OMDoubleBufferFlushThread] INFO  ratis.OzoneManagerDoubleBuffer: Sync iteration 41207 flushed transactions 412 in 41ms"),
		},
	},
}

func TestFresh171Formats(t *testing.T) { assertTable(t, fresh171Cases) }

func TestFresh171Score(t *testing.T) {
	checkScore(t, "fresh171 formats", fresh171Cases, [worldNumFields]float64{98.4, 98.4, 98.4, 96.6})
}
