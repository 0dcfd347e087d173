package parse

import "testing"

// The two-hundred-and-thirtieth fresh table, written on 2026-12-05: the Hadoop-era big-data stack
// as its operators read it in 2025-2026, in shapes no earlier table holds. Each family is one
// product's documented or observed output: the NameNode's StateChange log entering and leaving safe
// mode (`STATE* Safe mode ON.` with its two-line tip under it); the DataNode's block report and
// slow-write lines (the NameNode named in the message); the HBase 2.6 master's region transition
// procedures (PEWorker threads, `pid=… updating hbase:meta row=…, regionState=…,
// regionLocation=host,port,startcode`, log4j2's ISO8601 with a T and a comma); the HBase 2.6
// master's ServerCrashProcedure and a CODE-BUG traceback under it; ZooKeeper 3.9's logback lines
// with an empty `[myid:]` before the quorum peer knows its id; the Flink 2.0 JobManager's checkpoint
// coordinator (an epoch-millisecond trigger time inside the message, a failover with a stack trace);
// the Kafka Connect worker's connector context in its `|worker`, `|task-0` and `|task-0|offsets`
// scopes with a sink task's uncaught exception; Trino 470's server.log at start-up with the
// Bootstrap property table and a `Configuration errors` block with its classname legend; NiFi 2's
// LogAttribute output (a dashed attribute block with dates inside it); Apache Druid 31's log4j2
// `%d{ISO8601} %p [%t] %c - %m` lines from a Kafka supervisor with a stack trace; Airflow 3's task
// log as the UI shows and copies it (`[yyyy-mm-dd, hh:mm:ss] LEVEL - msg source="…" loc="…"`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`hadoop`, `hdfs`, `allowed=true`, `ugi=`, `cmd=open`, `proto=rpc`, `FSNamesystem.audit`,
// `namenode`, `datanode`, `BLOCK*`, `STATE*`, `Safe mode`, `Safe mode ON`, `reported blocks`,
// `DataXceiver`, `Successfully sent block report`, `block report 0x`, `FsDatasetImpl`, `yarn`,
// `resourcemanager`, `RMAuditLogger`, `QUEUENAME`, `appId=`, `ApplicationSummary`,
// `yarn-rm-appsummary`, `nodemanager`, `ContainerImpl`, `container_1`, `container_e`,
// `transitioned from`, `jobhistory`, `JobSummary`, `jobId=job_`, `numMaps`, `jobName=`, `hbase`,
// `regionserver`, `RegionStateStore`, `TransitRegionStateProcedure`, `regionState=`,
// `regionLocation`, `PEWorker`, `ServerCrashProcedure`, `SplitWALProcedure`, `hbase:meta`,
// `AssignRegionHandler`, `zookeeper`, `myid`, `[myid:]`, `QuorumPeer`, `LEADING`, `LEADER ELECTION
// TOOK`, `Peer state changed`, `Notification: my state`, `flink`, `jobmanager`, `taskmanager`,
// `switched from`, `ExecutionGraph`, `flink-job-id`, `CheckpointCoordinator`, `Triggering
// checkpoint`, `Completed checkpoint`, `kafka connect`, `WorkerSourceTask`, `WorkerSinkTask`,
// `|task-0]`, `|offsets]`, `|worker]`, `connect-distributed`, `Herder`, `DistributedHerder`, `Task
// threw an uncaught`, `committing offsets`, `trino`, `io.trino`, `io.trino.event`,
// `QueryCompletedEvent`, `http-request.log`, `SERVER STARTED`, `Bootstrap\tPROPERTY`, `PROPERTY`,
// `Configuration errors`, `classname legend`, `druid`, `org.apache.druid`, `druid/31`,
// `SeekableStreamSupervisor`, `TaskQueue`, `nifi`, `nifi-app`, `nifi-bootstrap`, `RunNiFi`,
// `LogAttribute`, `Standard FlowFile Attributes`, `FlowFile`, `airflow`, `Airflow 3`, `taskinstance`,
// `dag_id=`, `DAG bundles`, `source="`, `source="airflow`, `loc="`, `chan=`, `spark`, `hive`,
// `oozie`, `impala`). The big-data stack is in many tables (fresh4, fresh36, fresh38, fresh49,
// fresh56, fresh62, fresh78, fresh112, fresh122, fresh127, fresh132, fresh157, fresh171, fresh182,
// fresh211 and others): the HDFS audit log (fresh4), the RM audit lines (fresh38), the RM
// application summary (fresh56), the MapReduce JobSummary (fresh127), NameNode BlockStateChange and
// DataNode clienttrace lines (fresh127), NodeManager container launch and exit codes (fresh171),
// ZooKeeper's LEADER ELECTION TOOK lines and 3.8 logback file (fresh127, fresh132, fresh163), Flink
// task managers and ExecutionGraph `switched from` lines (fresh62, fresh112, fresh127), Kafka
// Connect's `[name|task-0]` and `[name|worker]` contexts (fresh27, fresh38, fresh78, fresh122), the
// Trino server log's QueryMonitor and JSON forms (fresh49, fresh171), Druid peon, request and
// emitter logs (fresh49, fresh56, fresh62), NiFi user, request, deprecation and bootstrap logs
// (fresh43, fresh56, fresh62), Airflow 3's JSON task log file (fresh49) were left out as measured
// already. What is here is in none: the safe-mode StateChange block, the DataNode block report
// line, HBase's RegionStateStore and ServerCrashProcedure lines, ZooKeeper's empty myid, Flink's
// CheckpointCoordinator, Connect's `|offsets` scope, Trino's Bootstrap table and configuration-error
// block, NiFi's LogAttribute block, Druid's supervisor lines and Airflow 3's UI rendering of a task
// log. The table holds 11 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). log4j's and logback's ISO8601 times carry no zone and are UTC; Trino's
// server.log writes its offset (+0100 here, a JVM in Europe/Berlin), which is converted. A time
// inside a message is not the record's: Flink's `@ 1795945276000` trigger time, NiFi's entryDate
// and lineageStartDate values, a start code in an HBase server name. Levels only where the line
// marks one: the log4j, logback and log4j2 level columns, Trino's tab-separated level, Airflow's
// `INFO -`; the continuation lines carry none of their own. The host is the record's host field,
// and none of these files has one: a NameNode named in a DataNode's message, an HBase
// regionLocation or crashed server, a Flink TaskManager's address and a Kafka broker are peers. A
// record that spans lines is one entry: the safe-mode tip, a traceback, Trino's error block with
// its legend, NiFi's attribute block.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit dac0c7e before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro the same), in a worktree at dac0c7e with no change to trawl's code
// (only this file and table_test.go's list), 11 of 11 families fully right, so no family carries a gap.

var fresh230Cases = []worldCase{
	{
		name:   "hdfs-namenode-safemode-statechange-block",
		source: "Hadoop 3.4 NameNode log (log4j `%d{ISO8601} %p %c: %m%n`), org.apache.hadoop.hdfs.StateChange `STATE* Safe mode ON.` followed by the safe-mode tip on lines of its own, then `STATE* Safe mode extension entered`, `STATE* Leaving safe mode after N secs`, `STATE* Network topology has …`: from memory (searches found no thread quoting it)",
		why:    "a record whose message runs on two unprefixed lines (the reported-blocks tip) must be one entry; the lines after it are records again",
		entries: []worldEntry{
			we("2026-11-29T06:58:02.114Z", Info, "",
				"2026-11-29 06:58:02,114 INFO org.apache.hadoop.hdfs.StateChange: STATE* Safe mode ON. ",
				"The reported blocks 0 needs additional 48211 blocks to reach the threshold 0.9990 of total blocks 48259.",
				"The minimum number of live datanodes is not required. Safe mode will be turned off automatically once the thresholds have been reached."),
			we("2026-11-29T06:58:31.870Z", Info, "", "2026-11-29 06:58:31,870 INFO org.apache.hadoop.hdfs.StateChange: STATE* Safe mode extension entered. "),
			we("2026-11-29T06:59:01.902Z", Info, "", "2026-11-29 06:59:01,902 INFO org.apache.hadoop.hdfs.StateChange: STATE* Leaving safe mode after 59 secs"),
			we("2026-11-29T06:59:01.903Z", Info, "", "2026-11-29 06:59:01,903 INFO org.apache.hadoop.hdfs.StateChange: STATE* Network topology has 3 racks and 14 datanodes"),
			we("2026-11-29T06:59:01.903Z", Info, "", "2026-11-29 06:59:01,903 INFO org.apache.hadoop.hdfs.StateChange: STATE* UnderReplicatedBlocks has 17 blocks"),
		},
	},
	{
		name:   "hdfs-datanode-block-report-slow-write",
		source: "Hadoop 3.4 DataNode log (log4j `%d{ISO8601} %p %c: %m%n`): BPServiceActor's `Successfully sent block report 0x… with lease ID 0x… to namenode: host/ip:port, containing N storage report(s), of which we sent N…`, BlockReceiver's `Slow BlockReceiver write data to disk cost:…ms (threshold=300ms)`, VolumeScanner lines: from memory",
		why:    "a long one-line message with a NameNode's name and address inside it (a peer, not the host) and hexadecimal ids; WARN on a slow write",
		entries: []worldEntry{
			we("2026-11-29T07:12:44.318Z", Info, "", "2026-11-29 07:12:44,318 INFO org.apache.hadoop.hdfs.server.datanode.DataNode: Successfully sent block report 0x3c1f9a0b77d2e415 with lease ID 0x8e21c4d07a9b3f62 to namenode: nn01.lake.internal/10.40.0.11:8020,  containing 6 storage report(s), of which we sent 6. The reports had 311408 total blocks and used 1 RPC(s). This took 21 msecs to generate and 188 msecs for RPC and NN processing. Got back one command: FinalizeCommand/5."),
			we("2026-11-29T07:13:02.551Z", Warn, "", "2026-11-29 07:13:02,551 WARN org.apache.hadoop.hdfs.server.datanode.DataNode: Slow BlockReceiver write data to disk cost:612ms (threshold=300ms), volume=/data/4/dfs/dn, blockId=1074119823"),
			we("2026-11-29T07:13:40.007Z", Info, "", "2026-11-29 07:13:40,007 INFO org.apache.hadoop.hdfs.server.datanode.VolumeScanner: VolumeScanner(/data/2/dfs/dn, DS-5b0e7c31-94d2-4f1a-8c6e-2a7d91f0b4c8): finished scanning block pool BP-1840127755-10.40.0.11-1764390000000"),
			we("2026-11-29T07:14:05.660Z", Info, "", "2026-11-29 07:14:05,660 INFO org.apache.hadoop.hdfs.server.datanode.fsdataset.impl.FsDatasetAsyncDiskService: Deleted BP-1840127755-10.40.0.11-1764390000000 blk_1074119001_378221 URI file:/data/1/dfs/dn/current/BP-1840127755-10.40.0.11-1764390000000/current/finalized/subdir18/subdir2/blk_1074119001"),
		},
	},
	{
		name:   "hbase26-master-region-transition-procedures",
		source: "HBase 2.6 master log (log4j2 `%d{ISO8601} %-5p [%t] %c{2}: %.1000m%n`, so `yyyy-MM-ddTHH:mm:ss,SSS`): assignment.RegionStateStore `pid=… updating hbase:meta row=…, regionState=…, regionLocation=host,port,startcode`, procedure2.ProcedureExecutor `Finished pid=…; TransitRegionStateProcedure table=…, region=…, ASSIGN in N msec`: apache/hbase PRs #6797 and #8668 (TransitRegionStateProcedure, RegionStateStore.updateRegionLocation), layout from memory",
		why:    "an ISO8601 time with a T and a comma; a padded level; the regionLocation names a region server with its start code (epoch millis), which is neither the host nor a time",
		entries: []worldEntry{
			we("2026-11-29T08:20:11.402Z", Info, "", "2026-11-29T08:20:11,402 INFO  [PEWorker-4] procedure.MasterProcedureScheduler: Took xlock for pid=90412, ppid=90400, state=RUNNABLE:REGION_STATE_TRANSITION_GET_ASSIGN_CANDIDATE, hasLock=false; TransitRegionStateProcedure table=ledger:entries, region=7d3e9a1c0b5f48e2a6c41d0e8f2b7a93, ASSIGN"),
			we("2026-11-29T08:20:11.417Z", Info, "", "2026-11-29T08:20:11,417 INFO  [PEWorker-4] assignment.RegionStateStore: pid=90412 updating hbase:meta row=7d3e9a1c0b5f48e2a6c41d0e8f2b7a93, regionState=OPENING, regionLocation=hrs05.lake.internal,16020,1795900412345"),
			we("2026-11-29T08:20:11.991Z", Info, "", "2026-11-29T08:20:11,991 INFO  [RpcServer.priority.RWQ.Fifo.write.handler=2,queue=0,port=16000] assignment.RegionStateStore: pid=90412 updating hbase:meta row=7d3e9a1c0b5f48e2a6c41d0e8f2b7a93, regionState=OPEN, openSeqNum=2208, regionLocation=hrs05.lake.internal,16020,1795900412345"),
			we("2026-11-29T08:20:12.030Z", Info, "", "2026-11-29T08:20:12,030 INFO  [PEWorker-1] procedure2.ProcedureExecutor: Finished pid=90412, ppid=90400, state=SUCCESS; TransitRegionStateProcedure table=ledger:entries, region=7d3e9a1c0b5f48e2a6c41d0e8f2b7a93, ASSIGN in 628 msec"),
			we("2026-11-29T08:20:14.255Z", Warn, "", "2026-11-29T08:20:14,255 WARN  [PEWorker-7] assignment.TransitRegionStateProcedure: Failed transition, suspend 1secs pid=90415, ppid=90400, state=RUNNABLE:REGION_STATE_TRANSITION_OPEN, locked=true; TransitRegionStateProcedure table=ledger:entries, region=c02f6b1d9e4a4c77b3e8a5d1f6092e4b, ASSIGN; rit=OPENING, location=hrs02.lake.internal,16020,1795900271110; waiting on rectified condition fixed by other Procedure or operator intervention"),
		},
	},
	{
		name:   "hbase26-master-servercrashprocedure-code-bug",
		source: "HBase 2.6 master log (log4j2 ISO8601 with T): procedure2.ProcedureExecutor `CODE-BUG: Uncaught runtime exception: pid=…, state=RUNNABLE:SERVER_CRASH_SPLIT_LOGS, hasLock=true; ServerCrashProcedure host,port,startcode, splitWal=true, meta=…` with the NPE trace under it: apache/hbase PR #8339 (HBASE-28659); the SCP start and finish lines from memory",
		why:    "an ERROR whose message continues on the next line and whose exception and `at` frames follow unprefixed: one entry; the crashed server is a peer",
		entries: []worldEntry{
			we("2026-11-29T09:02:47.118Z", Info, "", "2026-11-29T09:02:47,118 INFO  [RegionServerTracker-0] assignment.AssignmentManager: Scheduled ServerCrashProcedure pid=90877 for hrs07.lake.internal,16020,1795900699871 (carryingMeta=false) hrs07.lake.internal,16020,1795900699871/CRASHED/regionCount=41/lock=java.util.concurrent.locks.ReentrantReadWriteLock@5d1c7a2e[Write locks = 1, Read locks = 0], oldState=ONLINE."),
			we("2026-11-29T09:02:47.301Z", Info, "", "2026-11-29T09:02:47,301 INFO  [PEWorker-12] procedure.ServerCrashProcedure: Start pid=90877, state=RUNNABLE:SERVER_CRASH_START, hasLock=true; ServerCrashProcedure hrs07.lake.internal,16020,1795900699871, splitWal=true, meta=false"),
			we("2026-11-29T09:02:47.544Z", Error, "",
				"2026-11-29T09:02:47,544 ERROR [PEWorker-12] procedure2.ProcedureExecutor: CODE-BUG: Uncaught runtime exception:",
				"  pid=90877, state=RUNNABLE:SERVER_CRASH_SPLIT_LOGS, hasLock=true; ServerCrashProcedure hrs07.lake.internal,16020,1795900699871, splitWal=true, meta=false",
				"java.lang.NullPointerException: null",
				"\tat org.apache.hadoop.hbase.master.assignment.RegionStates.setServerState(RegionStates.java:409)",
				"\tat org.apache.hadoop.hbase.master.assignment.RegionStates.logSplitting(RegionStates.java:435)",
				"\tat org.apache.hadoop.hbase.master.procedure.ServerCrashProcedure.executeFromState(ServerCrashProcedure.java:226)",
				"\tat org.apache.hadoop.hbase.procedure2.ProcedureExecutor$WorkerThread.run(ProcedureExecutor.java:2056)"),
			we("2026-11-29T09:02:47.549Z", Error, "", "2026-11-29T09:02:47,549 ERROR [PEWorker-12] procedure2.ProcedureExecutor: CODE-BUG: Uncaught runtime exception for pid=90877, state=FAILED:SERVER_CRASH_SPLIT_LOGS, hasLock=true; ServerCrashProcedure hrs07.lake.internal,16020,1795900699871, splitWal=true, meta=false"),
		},
	},
	{
		name:   "zookeeper39-logback-empty-myid-then-quorum",
		source: "ZooKeeper 3.9 logback.xml `%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m%n` (the myid MDC is empty until QuorumPeer sets it), quorum start-up lines (`Reading configuration from:`, `LOOKING`, `Peer state changed: following - discovery`, `FOLLOWING - LEADER ELECTION TOOK`): zookeeper.apache.org 3.9 admin guide (logging), from memory for the lines",
		why:    "an empty `[myid:]` before the level; a thread name with brackets, parentheses and an IPv6 address inside it before the class@line",
		entries: []worldEntry{
			we("2026-11-29T05:30:02.201Z", Info, "", "2026-11-29 05:30:02,201 [myid:] - INFO  [main:o.a.z.s.q.QuorumPeerConfig@177] - Reading configuration from: /etc/zookeeper/conf/zoo.cfg"),
			we("2026-11-29T05:30:02.244Z", Info, "", "2026-11-29 05:30:02,244 [myid:] - INFO  [main:o.a.z.s.q.QuorumPeerConfig@440] - clientPortAddress is 0.0.0.0:2181"),
			we("2026-11-29T05:30:03.012Z", Info, "", "2026-11-29 05:30:03,012 [myid:2] - INFO  [QuorumPeer[myid=2](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):o.a.z.s.q.QuorumPeer@1493] - LOOKING"),
			we("2026-11-29T05:30:03.266Z", Info, "", "2026-11-29 05:30:03,266 [myid:2] - INFO  [QuorumPeer[myid=2](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):o.a.z.s.q.QuorumPeer@906] - Peer state changed: following - discovery"),
			we("2026-11-29T05:30:03.611Z", Warn, "", "2026-11-29 05:30:03,611 [myid:2] - WARN  [QuorumConnectionThread-[myid=2]-3:o.a.z.s.q.QuorumCnxManager@401] - Cannot open channel to 3 at election address zk3.lake.internal/10.40.2.13:3888"),
		},
	},
	{
		name:   "flink20-jobmanager-checkpoint-coordinator",
		source: "Flink 2.0 log4j.properties `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n` (the empty NDC prints `[]`), CheckpointCoordinator `Triggering checkpoint N (type=…) @ <epoch millis> for job …`, `Completed checkpoint N for job … (bytes, checkpointDuration=…)`, ExecutionGraph's failover with its exception: nightlies.apache.org/flink logging docs; apache/flink log4j.properties; lines from memory",
		why:    "the logger name padded to 60 columns then `[] -`; an epoch-millisecond time inside the message is not the record's; a WARN with a cause trace under it is one entry; the TaskManager's address is a peer",
		entries: []worldEntry{
			we("2026-11-29T09:41:16.003Z", Info, "", "2026-11-29 09:41:16,003 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator    [] - Triggering checkpoint 1207 (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ 1795945276000 for job 6f0c2a91d4b84e1fa3c57e20b9d18c44."),
			we("2026-11-29T09:41:16.812Z", Info, "", "2026-11-29 09:41:16,812 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator    [] - Completed checkpoint 1207 for job 6f0c2a91d4b84e1fa3c57e20b9d18c44 (4418211 bytes, checkpointDuration=809 ms, finalizationTime=6 ms)."),
			we("2026-11-29T09:43:02.447Z", Warn, "",
				"2026-11-29 09:43:02,447 WARN  org.apache.flink.runtime.executiongraph.Execution              [] - enrich-orders (3/8)#0 (5e1b7c0d2a9f4e6a8b3c1d7e0f2a4b6c_0a448493b4782967b150582570326227_2_0) switched from RUNNING to FAILED on 10.40.5.21:38221-7f3a2c @ tm-7.lake.internal (dataPort=42107).",
				"java.io.IOException: Connection reset by peer",
				"\tat java.base/sun.nio.ch.SocketDispatcher.read0(Native Method)",
				"\tat org.apache.flink.runtime.io.network.netty.CreditBasedPartitionRequestClientHandler.exceptionCaught(CreditBasedPartitionRequestClientHandler.java:167)"),
			we("2026-11-29T09:43:02.455Z", Info, "", "2026-11-29 09:43:02,455 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph         [] - Job orders-enrichment (6f0c2a91d4b84e1fa3c57e20b9d18c44) switched from state RUNNING to RESTARTING."),
		},
	},
	{
		name:   "kafka-connect-worker-offsets-scope",
		source: "Kafka Connect 3.9/4.0 connect-log4j pattern `[%d] %p %X{connector.context}%m (%c:%L)%n`, the connector context `[name|worker] `, `[name|task-0] `, `[name|task-0|offsets] ` (LoggingContext scopes): apache/kafka PR #5743 (KAFKA-3816, MDC logging); WorkerSourceTask offset lines: averemee-si/oracdc issue #31; the sink's uncaught exception from memory",
		why:    "the bracketed time, then the level, then a bracketed connector context with one, two or three parts; the class and line in parentheses at the end; a multi-line ERROR",
		entries: []worldEntry{
			we("2026-11-29T10:05:00.118Z", Info, "", "[2026-11-29 10:05:00,118] INFO [pg-ledger-src|worker] Creating connector pg-ledger-src of type io.debezium.connector.postgresql.PostgresConnector (org.apache.kafka.connect.runtime.Worker:312)"),
			we("2026-11-29T10:05:10.402Z", Info, "", "[2026-11-29 10:05:10,402] INFO [pg-ledger-src|task-0|offsets] WorkerSourceTask{id=pg-ledger-src-0} Committing offsets for 2291 acknowledged messages (org.apache.kafka.connect.runtime.WorkerSourceTask:233)"),
			we("2026-11-29T10:05:20.406Z", Debug, "", "[2026-11-29 10:05:20,406] DEBUG [pg-ledger-src|task-0|offsets] WorkerSourceTask{id=pg-ledger-src-0} Finished offset commitOffsets successfully in 4 ms (org.apache.kafka.connect.runtime.WorkerSourceTask:264)"),
			we("2026-11-29T10:06:41.770Z", Error, "",
				"[2026-11-29 10:06:41,770] ERROR [s3-ledger-sink|task-2] WorkerSinkTask{id=s3-ledger-sink-2} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask:233)",
				"org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.",
				"\tat org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:636)",
				"\tat org.apache.kafka.connect.runtime.WorkerSinkTask.poll(WorkerSinkTask.java:345)",
				"Caused by: org.apache.kafka.connect.errors.RetriableException: io.confluent.connect.s3.S3SinkTask put failed: 503 Slow Down",
				"\t... 12 more"),
		},
	},
	{
		name:   "trino470-server-log-bootstrap-config-errors",
		source: "Trino 470 var/log/server.log (airlift: ISO time with the JVM's offset, TAB, level, TAB, thread, TAB, logger, TAB, message): the Bootstrap property table at start-up (trinodb/trino issues #12989, #21325) and an ERROR `Configuration errors:` block with its `Full classname legend` and stack trace (trinodb/trino issue #15980)",
		why:    "a tab-separated line with an offset (+0100) to convert; table rows are records of their own; an ERROR whose message spans blank lines, a legend framed by `=` rules and a stack trace is one entry",
		entries: []worldEntry{
			we("2026-11-29T10:14:52.301Z", Info, "", "2026-11-29T11:14:52.301+0100\tINFO\tmain\tBootstrap\tPROPERTY                                          DEFAULT                RUNTIME                DESCRIPTION"),
			we("2026-11-29T10:14:52.301Z", Info, "", "2026-11-29T11:14:52.301+0100\tINFO\tmain\tBootstrap\thttp-server.http.port                             8080                   8081"),
			we("2026-11-29T10:14:52.302Z", Info, "", "2026-11-29T11:14:52.302+0100\tINFO\tmain\tBootstrap\tquery.max-memory                                  20GB                   64GB"),
			we("2026-11-29T10:14:53.877Z", Error, "",
				"2026-11-29T11:14:53.877+0100\tERROR\tmain\tio.trino.server.Server\tConfiguration errors:",
				"",
				"1) Error: Invalid configuration property hive.metastore.uri: must not be null (for class MetastoreConfig.metastoreUri)",
				"",
				"1 error",
				"",
				"======================",
				"Full classname legend:",
				"======================",
				"MetastoreConfig: \"io.trino.plugin.hive.metastore.thrift.MetastoreConfig\"",
				"========================",
				"End of classname legend:",
				"========================",
				"",
				"io.airlift.bootstrap.ApplicationConfigurationException: Configuration errors:",
				"\tat io.airlift.bootstrap.Bootstrap.initialize(Bootstrap.java:250)",
				"\tat io.trino.connector.DefaultCatalogFactory.createCatalog(DefaultCatalogFactory.java:131)"),
		},
	},
	{
		name:   "nifi2-app-log-logattribute-block",
		source: "NiFi 2 nifi-app.log (logback `%date %level [%thread] %logger{40} %msg%n`) with a LogAttribute processor's output: the `logging for flow file StandardFlowFileRecord[…]` line, then a dashed rule, `Standard FlowFile Attributes`, `Key: '…'` and tab-indented `Value: '…'` lines (entryDate and lineageStartDate as java.util.Date strings), `FlowFile Attribute Map Content`, a closing rule: apache/nifi PR #90 (NIFI-985, the log prefix in the rules)",
		why:    "a record of fourteen lines whose continuation lines carry a full date of their own (the flow file's entryDate, hours earlier): one entry, with the header's time",
		entries: []worldEntry{
			we("2026-11-29T10:31:07.554Z", Info, "", "2026-11-29 10:31:07,554 INFO [Flow Service Tasks Thread-2] o.a.nifi.controller.StandardFlowService Saved flow controller org.apache.nifi.controller.FlowController@4b1e2a77 // Another save pending = false"),
			we("2026-11-29T10:31:09.018Z", Info, "",
				"2026-11-29 10:31:09,018 INFO [Timer-Driven Process Thread-6] o.a.n.processors.standard.LogAttribute LogAttribute[id=01931a7e-3c2d-1f4a-8b6e-5d0c9e2f7a14] logging for flow file StandardFlowFileRecord[uuid=9c3e1b5a-7d2f-4e08-a1c6-2b9d4f7e0a35,claim=StandardContentClaim [resourceClaim=StandardResourceClaim[id=1795861866001-41, container=default, section=41], offset=10240, length=2214],offset=0,name=ledger-20261129-0412.json,size=2214]",
				"-------------------- AUDIT --------------------",
				"Standard FlowFile Attributes",
				"Key: 'entryDate'",
				"\tValue: 'Sun Nov 29 07:58:41 UTC 2026'",
				"Key: 'lineageStartDate'",
				"\tValue: 'Sun Nov 29 07:58:41 UTC 2026'",
				"Key: 'fileSize'",
				"\tValue: '2214'",
				"FlowFile Attribute Map Content",
				"Key: 'filename'",
				"\tValue: 'ledger-20261129-0412.json'",
				"Key: 's3.bucket'",
				"\tValue: 'ledger-landing'",
				"-------------------- AUDIT --------------------"),
			we("2026-11-29T10:31:09.771Z", Warn, "", "2026-11-29 10:31:09,771 WARN [Timer-Driven Process Thread-3] o.a.n.p.aws.s3.PutS3Object PutS3Object[id=01931a7f-0e5b-1a2c-9d7f-3e6a1b0c8d52] Failed to put object to S3 for FlowFile[filename=ledger-20261129-0413.json]; routing to failure"),
		},
	},
	{
		name:   "druid31-supervisor-log4j2-iso8601",
		source: "Apache Druid 31 overlord log with the shipped log4j2.xml `%d{ISO8601} %p [%t] %c -%notEmpty{ [%markerSimpleName]} %m%n` (druid.apache.org/docs/latest/configuration/logging), SeekableStreamSupervisor and TaskQueue messages from memory",
		why:    "an ISO8601 time with a T and a comma; the level before the bracketed thread; ` - ` after the logger; a stack trace under a WARN",
		entries: []worldEntry{
			we("2026-11-29T10:50:00.012Z", Info, "", "2026-11-29T10:50:00,012 INFO [KafkaSupervisor-ledger_events] org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor - [ledger_events] supervisor is running."),
			we("2026-11-29T10:50:00.240Z", Info, "", "2026-11-29T10:50:00,240 INFO [KafkaSupervisor-ledger_events] org.apache.druid.indexing.kafka.supervisor.KafkaSupervisor - Creating new task group [3] for partitions [3, 7]"),
			we("2026-11-29T10:50:31.902Z", Warn, "",
				"2026-11-29T10:50:31,902 WARN [KafkaSupervisor-ledger_events-Worker-1] org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor - Task [index_kafka_ledger_events_9f2c1e0b7a4d5e6_kblmhgpa] failed to return status, killing task",
				"org.apache.druid.java.util.common.ISE: Task [index_kafka_ledger_events_9f2c1e0b7a4d5e6_kblmhgpa] returned empty offsets after pause",
				"\tat org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor$4.apply(SeekableStreamSupervisor.java:3411)",
				"\tat com.google.common.util.concurrent.AbstractTransformFuture$TransformFuture.doTransform(AbstractTransformFuture.java:252)"),
			we("2026-11-29T10:50:32.118Z", Info, "", "2026-11-29T10:50:32,118 INFO [TaskQueue-Manager] org.apache.druid.indexing.overlord.TaskQueue - Asking taskRunner to run: index_kafka_ledger_events_4b7e0d2c9a1f3e8_hjcbanem"),
		},
	},
	{
		name:   "airflow3-ui-task-log-source-loc",
		source: "Airflow 3 task log as the UI renders and copies it, `[yyyy-mm-dd, hh:mm:ss] LEVEL - message source=\"logger\"` (apache/airflow issue #50274, 3.0.0) and with `loc=\"file.py:line\"` added in 3.1 (apache/airflow PR #55581); an exception shown under its line",
		why:    "a comma after the date inside brackets and no zone; `LEVEL -` after it; key=\"value\" pairs at the end are no host and no time; a traceback under an ERROR is one entry",
		entries: []worldEntry{
			we("2026-11-29T11:02:14Z", Info, "", `[2026-11-29, 11:02:14] INFO - DAG bundles loaded: dags-folder source="airflow.dag_processing.bundles.manager.DagBundlesManager" loc="manager.py:179"`),
			we("2026-11-29T11:02:14Z", Info, "", `[2026-11-29, 11:02:14] INFO - Filling up the DagBag from /opt/airflow/dags/ledger_daily.py source="airflow.models.dagbag.DagBag" loc="dagbag.py:593"`),
			we("2026-11-29T11:02:15Z", Warn, "", `[2026-11-29, 11:02:15] WARNING - Connection schemes (type: hive_cli) shall not contain '_' according to RFC3986. source="airflow.models.connection" loc="connection.py:228"`),
			we("2026-11-29T11:02:19Z", Error, "",
				`[2026-11-29, 11:02:19] ERROR - Task failed with exception source="task" loc="task_runner.py:875"`,
				`AirflowException: Bash command failed. The command returned a non-zero exit code 2.`,
				`File "/home/airflow/.local/lib/python3.12/site-packages/airflow/sdk/execution_time/task_runner.py", line 867 in run`,
				`File "/home/airflow/.local/lib/python3.12/site-packages/airflow/providers/standard/operators/bash.py", line 230 in execute`),
			we("2026-11-29T11:02:19Z", Info, "", `[2026-11-29, 11:02:19] INFO - Task instance in failure state source="task.stdout"`),
		},
	},
}

func TestFresh230Formats(t *testing.T) { assertTable(t, fresh230Cases) }
func TestFresh230Score(t *testing.T) {
	checkScore(t, "fresh230 formats", fresh230Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
