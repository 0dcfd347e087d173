package parse

import "testing"

// The fifty-sixth fresh table, written on 2026-12-01: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the earlier fresh tables (fresh_test.go to
// fresh55_test.go), compared by family and by product and not only by name, so that its score is
// again an honest figure for logs trawl has never been tuned on. Its theme is a second pass over
// big-data, stream-processing and mobile platforms: only the files, modes and versions of them that
// no earlier table holds. It has four parts. The first is Hadoop, HBase and Hive (the JournalNode's,
// the ZKFailoverController's, the SecondaryNameNode's and the RBF Router's logs, `hdfs dfs -ls`,
// HttpFS's audit log, the KMS's kms.log, the ResourceManager's rm-appsummary.log, a MapReduce .jhist
// file, HBase's Thrift and REST servers and its canary tool, and HiveServer2's verbose operation
// log). The second is Spark, Flink and Beam (the Spark history server's .out, a Structured
// Streaming driver's progress, an executor's stderr under YARN, a driver pod on Kubernetes, the
// spark-sql CLI, Flink's history server, its CLI client log and its Docker image's JobManager
// console, Beam's Python direct runner, and the Dataflow runner's console from Python and from Java
// through JUL). The third is streaming, coordination, ingestion, query and scheduling services
// (Kafka's KRaft controller and its Docker image's console, ZooKeeper's transaction log toolkit and
// its Docker image's console, Storm's Nimbus log and metrics log, NiFi's nifi-user.log and 2.x
// nifi-request.log, MiNiFi C++'s log, a Druid peon's task log and its supervise console, PrestoDB's
// http-request.log, and Airflow's per-file DAG processor log and `airflow db migrate`). The fourth is
// mobile platforms (dumpsys power's Wake Lock Log, HarmonyOS hilog -v year, OpenHarmony's appfreeze
// fault log and `flutter test`'s expanded reporter). Where a product is already in an earlier table
// (HDFS, YARN, HBase, Hive, Spark, Flink, Kafka, ZooKeeper, Storm, NiFi, Druid, PrestoDB, Airflow,
// dumpsys, hilog, OpenHarmony's fault logs, Flutter), the family here is another file, mode or
// version of it that no earlier table holds, and source says so.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own (a shell trace, an elapsed-time counter, a CLI's
// untimed output), the written clock read as UTC when the format writes no zone, a year-less date
// in the table's year and a bare time of day on the clock's day, levels only where the source puts
// them (a level word in free text is no level), "" host when the record names none (a client, a
// peer, a task's node, a device or a process name is no host), and a multi-line record as one
// entry.
//
// The lines were written for this table in the layout each product really uses; where a source
// names a page, a file or an issue thread, that material was found and read for the layout, and
// "from memory" says where nothing was found or opened. Hosts, ids and messages are invented and
// every time is in late November 2026. The expectations were decided from the format before the
// table was first run; a family trawl still gets wrong carries a gap that says what it does not
// read, and it stays in the score. The table is a measurement, never to be tuned on: no parser rule
// is to be written from it, or it stops being one.
//
// Its first figure, scored once at commit b634df8 before any rule was written from it: level 96.2 %,
// time 88.5 %, host 97.4 %, records 90.6 % (macro), 32 of 42 families fully right.
//
// go test ./parse -run Fresh56 -v

var fresh56Cases = []worldCase{

	// Hadoop, HBase and Hive: the daemons, tools and files no earlier table holds.
	{
		name:   "hdfs-journalnode-log",
		source: "the HDFS JournalNode's logs/hadoop-hdfs-journalnode-<host>.log (Hadoop 3's log4j.properties RFA `%d{ISO8601} %p %c: %m%n`: a log4j 1 ISO time with a comma, the level unpadded, the full logger; STARTUP_MSG as a starred block under its line): Apache Hadoop 'QJM HA' docs and conf/log4j.properties; from memory of real lines. The NameNode's and DataNode's logs are earlier tables'; this is the JournalNode's",
		why:    "an ISO time with a comma and millis, the level and the fully qualified logger; the starred STARTUP_MSG block and an exception's stack each belong to the record above them; the host in STARTUP_MSG is message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29 07:41:16,102 INFO org.apache.hadoop.hdfs.qjournal.server.JournalNode: STARTUP_MSG: ",
				"/************************************************************",
				"STARTUP_MSG: Starting JournalNode",
				"STARTUP_MSG:   host = jn2.example.internal/10.40.0.12",
				"STARTUP_MSG:   args = []",
				"STARTUP_MSG:   version = 3.3.6",
				"************************************************************/"),
			we("2026-11-29T07:41:19.518Z", Info, "", "2026-11-29 07:41:19,518 INFO org.apache.hadoop.hdfs.qjournal.server.Journal: Updating lastPromisedEpoch from 41 to 42 for client /10.40.0.10 ; journal id: prodns"),
			we("2026-11-29T07:42:03.871Z", Warn, "", "2026-11-29 07:42:03,871 WARN org.apache.hadoop.hdfs.qjournal.server.Journal: Sync of transaction range 184223056-184223058 took 1204ms"),
			we("2026-11-29T07:43:10.22Z", Error, "", "2026-11-29 07:43:10,220 ERROR org.apache.hadoop.hdfs.qjournal.server.JournalNodeSyncer: Download of Edit Log file for Syncing failed. Deleting temp file: /data/jn/prodns/edits.sync/edits_0000000000184221907-0000000000184223055",
				"java.net.ConnectException: Connection refused (Connection refused)",
				"\tat java.net.PlainSocketImpl.socketConnect(Native Method)",
				"\tat org.apache.hadoop.hdfs.server.common.Util.doGetUrl(Util.java:156)",
				"\tat org.apache.hadoop.hdfs.qjournal.server.JournalNodeSyncer.downloadMissingLogSegment(JournalNodeSyncer.java:455)"),
		},
	},
	{
		name:   "hdfs-zkfc-log",
		source: "the HDFS ZKFailoverController's logs/hadoop-hdfs-zkfc-<host>.log (the same Hadoop 3 RFA layout, `%d{ISO8601} %p %c: %m%n`): Apache Hadoop 'HDFS High Availability' (automatic failover) and conf/log4j.properties; from memory of real lines. No earlier table holds the ZKFC's log",
		why:    "the HA controller's health-monitor and elector lines with WARN and ERROR; NameNode addresses in the messages are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.44Z", Info, "", "2026-11-29 07:41:16,440 INFO org.apache.hadoop.ha.ActiveStandbyElector: Session connected."),
			we("2026-11-29T07:41:16.452Z", Info, "", "2026-11-29 07:41:16,452 INFO org.apache.hadoop.ha.ZKFailoverController: ZK Election indicated that NameNode at nn2.example.internal/10.40.0.11:8020 should become standby"),
			we("2026-11-29T07:41:58.003Z", Warn, "", "2026-11-29 07:41:58,003 WARN org.apache.hadoop.ha.HealthMonitor: Transport-level exception trying to monitor health of NameNode at nn1.example.internal/10.40.0.10:8020: java.net.SocketTimeoutException: 45000 millis timeout while waiting for channel to be ready for read. ch : java.nio.channels.SocketChannel[connected local=/10.40.0.11:40122 remote=nn1.example.internal/10.40.0.10:8020]"),
			we("2026-11-29T07:41:58.01Z", Info, "", "2026-11-29 07:41:58,010 INFO org.apache.hadoop.ha.HealthMonitor: Entering state SERVICE_NOT_RESPONDING"),
			we("2026-11-29T07:42:04.912Z", Error, "", "2026-11-29 07:42:04,912 ERROR org.apache.hadoop.ha.NodeFencer: Unable to fence service by any configured method."),
		},
	},
	{
		name:   "hdfs-secondarynamenode-log",
		source: "the HDFS SecondaryNameNode's logs/hadoop-hdfs-secondarynamenode-<host>.log (the Hadoop 3 RFA layout; a checkpoint's image transfer and fsimage save, and doCheckpoint's exception with its multi-line message): Apache Hadoop 'HDFS Users Guide' (Secondary NameNode, checkpoint); from memory of real lines. No earlier table holds the SecondaryNameNode's log",
		why:    "an exception whose message itself runs over several untimed lines before its stack: all of it one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29 07:41:16,102 INFO org.apache.hadoop.hdfs.server.namenode.TransferFsImage: Opening connection to http://nn1.example.internal:9870/imagetransfer?getedit=1&startTxId=18204&endTxId=18377&storageInfo=-64:1204411820:1795000000000:CID-5b7e1c2a-9d34-4f0e-8a61-2c3d4e5f6a7b"),
			we("2026-11-29T07:41:16.38Z", Info, "", "2026-11-29 07:41:16,380 INFO org.apache.hadoop.hdfs.server.common.Util: Combined time for file download and fsync to all disks took 0.01s. The file download took 0.01s at 4410.00 KB/s. Synchronous (fsync) write to disk of /data/snn/current/edits_tmp_0000000000000018204-0000000000000018377_0000001795938076380 took 0.00s."),
			we("2026-11-29T07:41:16.913Z", Info, "", "2026-11-29 07:41:16,913 INFO org.apache.hadoop.hdfs.server.namenode.FSImageFormatProtobuf: Image file /data/snn/current/fsimage.ckpt_0000000000000018377 of size 412204 bytes saved in 0 seconds ."),
			we("2026-11-29T08:41:17.004Z", Error, "", "2026-11-29 08:41:17,004 ERROR org.apache.hadoop.hdfs.server.namenode.SecondaryNameNode: Exception in doCheckpoint",
				"java.io.IOException: Inconsistent checkpoint fields.",
				"LV = -64 namespaceID = 1204411820 cTime = 0 ; clusterId = CID-5b7e1c2a-9d34-4f0e-8a61-2c3d4e5f6a7b ; blockpoolId = BP-1204411820-10.40.0.10-1795000000000.",
				"Expecting respectively: -64; 1204411821; 0; CID-5b7e1c2a-9d34-4f0e-8a61-2c3d4e5f6a7b; BP-1204411821-10.40.0.10-1795000000000.",
				"\tat org.apache.hadoop.hdfs.server.namenode.CheckpointSignature.validateStorageInfo(CheckpointSignature.java:143)",
				"\tat org.apache.hadoop.hdfs.server.namenode.SecondaryNameNode.doCheckpoint(SecondaryNameNode.java:550)"),
		},
	},
	{
		name:   "hdfs-router-rbf-log",
		source: "the HDFS Router-based Federation router's logs/hadoop-hdfs-dfsrouter-<host>.log (the Hadoop 3 RFA layout): Apache Hadoop 'HDFS Router-based Federation' docs; from memory of real lines. No earlier table holds the RBF Router's log",
		why:    "the Router's state-store and RPC-client lines in the Hadoop layout, a WARN and an ERROR; the router's own name in a message is message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29 07:41:16,102 INFO org.apache.hadoop.hdfs.server.federation.router.RouterRpcServer: RPC server binding to 0.0.0.0:8888 with 20 handlers for Router router1"),
			we("2026-11-29T07:41:17.33Z", Info, "", "2026-11-29 07:41:17,330 INFO org.apache.hadoop.hdfs.server.federation.store.StateStoreService: Connection to the State Store driver StateStoreZooKeeperImpl is open and ready"),
			we("2026-11-29T07:43:20.551Z", Warn, "", "2026-11-29 07:43:20,551 WARN org.apache.hadoop.hdfs.server.federation.router.RouterRpcClient: Cannot get available namenode for ns2 hdfs://nn3.example.internal:8020 error: org.apache.hadoop.ipc.StandbyException: Operation category READ is not supported in state standby"),
			we("2026-11-29T07:44:00.008Z", Error, "", "2026-11-29 07:44:00,008 ERROR org.apache.hadoop.hdfs.server.federation.router.RouterHeartbeatService: Cannot heartbeat router router1: State Store unavailable"),
		},
	},
	{
		name:   "hdfs-dfs-ls-listing",
		source: "`hdfs dfs -ls <dir>` output (a `Found N items` line, then per entry permissions, replication or -, owner, group, size, `yyyy-MM-dd HH:mm` modification time and path): Apache Hadoop 'FileSystem Shell' (ls); from memory of real output. hdfs fsck's and the balancer's outputs are earlier tables'",
		why:    "a listing whose rows each carry a minute-precision time after a size column; the Found line is a header, not a record; no level, no host",
		gap:    "the minute-precision `yyyy-MM-dd HH:mm` after the permissions, owner, group and size columns is not read: every row comes out with no time",
		entries: []worldEntry{
			wskip("Found 4 items"),
			we("2026-11-29T07:41:00Z", Unknown, "", "drwxr-xr-x   - etl supergroup          0 2026-11-29 07:41 /data/raw/2026/11/29/_temporary"),
			we("2026-11-29T07:12:00Z", Unknown, "", "-rw-r--r--   3 etl supergroup  134217728 2026-11-29 07:12 /data/raw/2026/11/29/part-00000.parquet"),
			we("2026-11-29T07:39:00Z", Unknown, "", "-rw-r--r--   3 etl supergroup   98304112 2026-11-29 07:39 /data/raw/2026/11/29/part-00001.parquet"),
			we("2026-11-29T07:40:00Z", Unknown, "", "-rw-r--r--   3 etl supergroup          0 2026-11-29 07:40 /data/raw/2026/11/29/_SUCCESS"),
		},
	},
	{
		name:   "httpfs-audit-log",
		source: "Hadoop HttpFS's httpfs-audit.log (httpfs-log4j.properties httpfsaudit: `%d{ISO8601} %5p [%X{hostname}][%X{user}:%X{doAs}] %X{op} %m%n`; FSOperations' audit messages `[path] filter [-]`, `[path] offset [n] len [n]`, `[path] permission [..] override [..] …`, `[path] recursive [..]`): hadoop-hdfs-httpfs's httpfs-log4j.properties and FSOperations; from memory of real lines. Hadoop's KMS audit and the NameNode's hdfs-audit are earlier tables'",
		why:    "a right-aligned level (%5p: two spaces before INFO), then the requesting client's hostname in brackets, which is the client and no host, and user:doAs",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29 07:41:16,102  INFO [edge1.example.internal][etl:-] LISTSTATUS [/data/raw/2026/11/29] filter [-]"),
			we("2026-11-29T07:41:16.377Z", Info, "", "2026-11-29 07:41:16,377  INFO [hue1.example.internal][hue:alice] OPEN [/user/alice/report.csv] offset [0] len [9223372036854775807]"),
			we("2026-11-29T07:41:17.904Z", Info, "", "2026-11-29 07:41:17,904  INFO [edge1.example.internal][etl:-] CREATE [/data/raw/2026/11/29/part-00002.parquet] permission [644] override [true] replication [-1] blockSize [-1] unmaskedpermission [-1]"),
			we("2026-11-29T07:41:18.22Z", Info, "", "2026-11-29 07:41:18,220  INFO [edge1.example.internal][etl:-] DELETE [/data/raw/2026/11/29/_temporary] recursive [true]"),
		},
	},
	{
		name:   "hadoop-kms-log",
		source: "the Hadoop KMS's kms.log (kms-log4j.properties: `%d{ISO8601} %-5p %c{1} - %m%n`, the short logger after a padded level; KMSWebApp's start-up banner line by line; an authorization failure with its stack): Apache Hadoop 'Hadoop Key Management Server (KMS)' docs and kms-log4j.properties; from memory of real lines. kms-audit.log is an earlier table's; this is the server log",
		why:    "a padded level and a bare class name before ` - `; each banner line is a record of its own; an exception's stack belongs to the WARN above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29 07:41:16,102 INFO  KMSWebApp - -------------------------------------------------------------"),
			we("2026-11-29T07:41:16.103Z", Info, "", "2026-11-29 07:41:16,103 INFO  KMSWebApp -   Java runtime version : 11.0.25+9-post-Ubuntu-1ubuntu124.04"),
			we("2026-11-29T07:41:16.104Z", Info, "", "2026-11-29 07:41:16,104 INFO  KMSWebApp -   KMS Hadoop Version: 3.3.6"),
			we("2026-11-29T07:43:20.551Z", Warn, "", "2026-11-29 07:43:20,551 WARN  KMS - User hive/hs2.example.internal@EXAMPLE.INTERNAL (auth:KERBEROS) request POST https://kms1.example.internal:9600/kms/v1/keyversion/pii-key%400/_eek?eek_op=decrypt caused exception.",
				"org.apache.hadoop.security.authorize.AuthorizationException: User:hive not allowed to do 'DECRYPT_EEK' on 'pii-key'",
				"\tat org.apache.hadoop.crypto.key.kms.server.KMSACLs.assertAccess(KMSACLs.java:297)",
				"\tat org.apache.hadoop.crypto.key.kms.server.KMS.handleEncryptedKeyOp(KMS.java:580)"),
		},
	},
	{
		name:   "yarn-rm-appsummary-log",
		source: "the YARN ResourceManager's rm-appsummary.log (log4j RMSUMMARY appender, `%d{ISO8601} %p %c{2}: %m%n`, one `RMAppManager$ApplicationSummary: appId=…,name=…,…` line per finished application with epoch-millisecond submitTime, startTime, launchTime and finishTime): Apache Hadoop conf/log4j.properties (RMSUMMARY) and RMAppManager.ApplicationSummary; from memory of real lines. The ResourceManager's main log and RMAuditLogger lines are earlier tables'",
		why:    "the record's time is the log4j time at its head, not the epoch milliseconds among its comma-separated fields; appMasterHost names the AM's node, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", `2026-11-29 07:41:16,102 INFO resourcemanager.RMAppManager$ApplicationSummary: appId=application_1795900000000_0412,name=etl-orders,user=etl,queue=root.etl,state=FINISHED,trackingUrl=http://rm1.example.internal:8088/proxy/application_1795900000000_0412/,appMasterHost=nm7.example.internal,submitTime=1795937812004,startTime=1795937812190,launchTime=1795937814553,finishTime=1795938076099,finalStatus=SUCCEEDED,memorySeconds=1840221,vcoreSeconds=902,preemptedMemorySeconds=0,preemptedVcoreSeconds=0,preemptedAMContainers=0,preemptedNonAMContainers=0,preemptedResources=<memory:0\, vCores:0>,applicationType=MAPREDUCE,resourceSeconds=1840221 MB-seconds\, 902 vcore-seconds,applicationTags=,applicationNodeLabel=,diagnostics=,totalAllocatedContainers=14`),
			we("2026-11-29T07:44:02.53Z", Info, "", `2026-11-29 07:44:02,530 INFO resourcemanager.RMAppManager$ApplicationSummary: appId=application_1795900000000_0413,name=pyspark-shell,user=alice,queue=root.adhoc,state=FAILED,trackingUrl=http://rm1.example.internal:8088/cluster/app/application_1795900000000_0413,appMasterHost=N/A,submitTime=1795938201120,startTime=1795938201133,launchTime=0,finishTime=1795938242527,finalStatus=FAILED,memorySeconds=4096,vcoreSeconds=2,preemptedMemorySeconds=0,preemptedVcoreSeconds=0,preemptedAMContainers=0,preemptedNonAMContainers=0,preemptedResources=<memory:0\, vCores:0>,applicationType=SPARK,resourceSeconds=4096 MB-seconds\, 2 vcore-seconds,applicationTags=,applicationNodeLabel=,diagnostics=Application application_1795900000000_0413 failed 2 times due to AM Container exited with exitCode: 13,totalAllocatedContainers=2`),
			we("2026-11-29T07:50:11.004Z", Info, "", `2026-11-29 07:50:11,004 INFO resourcemanager.RMAppManager$ApplicationSummary: appId=application_1795900000000_0411,name=hive-etl-daily,user=hive,queue=root.etl,state=KILLED,trackingUrl=http://rm1.example.internal:8088/cluster/app/application_1795900000000_0411,appMasterHost=nm3.example.internal,submitTime=1795936500004,startTime=1795936500120,launchTime=1795936502877,finishTime=1795938611001,finalStatus=KILLED,memorySeconds=20441180,vcoreSeconds=9810,preemptedMemorySeconds=0,preemptedVcoreSeconds=0,preemptedAMContainers=0,preemptedNonAMContainers=0,preemptedResources=<memory:0\, vCores:0>,applicationType=TEZ,resourceSeconds=20441180 MB-seconds\, 9810 vcore-seconds,applicationTags=,applicationNodeLabel=,diagnostics=Application killed by user.,totalAllocatedContainers=41`),
		},
	},
	{
		name:   "mapreduce-jhist-file",
		source: "a MapReduce job history file (<job>.jhist in mapreduce.jobhistory.done-dir, Avro's JSON encoding: an `Avro-Json` line, the Event schema on one line, then one `{\"type\":\"JOB_SUBMITTED\",\"event\":{\"org.apache.hadoop.mapreduce.jobhistory.JobSubmitted\":{…}}}` object a line, times as epoch milliseconds under submitTime, launchTime, startTime or finishTime): hadoop-mapreduce-client-core's Events.avpr and EventWriter; from memory of real files. The JobHistory Server's log is an earlier table's; this is the history file it serves",
		why:    "JSON Lines whose time is an epoch-millisecond field nested two objects deep and named differently per event type; the attempt's hostname is the task's node, no host; the two header lines are no records",
		gap:    "the epoch milliseconds nested two objects deep (submitTime, launchTime, startTime, finishTime under event.<class>) are not read: every event comes out with no time",
		entries: []worldEntry{
			wskip("Avro-Json",
				`{"type":"record","name":"Event","namespace":"org.apache.hadoop.mapreduce.jobhistory","fields":[{"name":"type","type":{"type":"enum","name":"EventType","symbols":["JOB_SUBMITTED","JOB_INITED","JOB_FINISHED","TASK_STARTED","MAP_ATTEMPT_FAILED"]}},{"name":"event","type":["JobSubmitted","JobInited","JobFinished","TaskStarted","TaskAttemptUnsuccessfulCompletion"]}]}`),
			we("2026-11-29T07:36:52.004Z", Unknown, "", `{"type":"JOB_SUBMITTED","event":{"org.apache.hadoop.mapreduce.jobhistory.JobSubmitted":{"jobid":"job_1795900000000_0412","jobName":"etl-orders","userName":"etl","submitTime":1795937812004,"jobConfPath":"hdfs://prodns:8020/tmp/hadoop-yarn/staging/etl/.staging/job_1795900000000_0412/job.xml","acls":{},"jobQueueName":"root.etl","workflowId":"","workflowName":"","workflowNodeName":"","workflowAdjacencies":"","workflowTags":""}}}`),
			we("2026-11-29T07:36:54.553Z", Unknown, "", `{"type":"JOB_INITED","event":{"org.apache.hadoop.mapreduce.jobhistory.JobInited":{"jobid":"job_1795900000000_0412","launchTime":1795937814553,"totalMaps":12,"totalReduces":2,"jobStatus":"INITED","uberized":false}}}`),
			we("2026-11-29T07:36:55.102Z", Unknown, "", `{"type":"TASK_STARTED","event":{"org.apache.hadoop.mapreduce.jobhistory.TaskStarted":{"taskid":"task_1795900000000_0412_m_000000","taskType":"MAP","startTime":1795937815102,"splitLocations":"nm3.example.internal,nm7.example.internal"}}}`),
			we("2026-11-29T07:38:40.877Z", Unknown, "", `{"type":"MAP_ATTEMPT_FAILED","event":{"org.apache.hadoop.mapreduce.jobhistory.TaskAttemptUnsuccessfulCompletion":{"taskid":"task_1795900000000_0412_m_000004","taskType":"MAP","attemptId":"attempt_1795900000000_0412_m_000004_0","finishTime":1795937920877,"hostname":"nm7.example.internal","port":8041,"rackname":"/rack2","status":"FAILED","error":"Error: java.io.IOException: Premature EOF from inputStream"}}}`),
			we("2026-11-29T07:41:16.099Z", Unknown, "", `{"type":"JOB_FINISHED","event":{"org.apache.hadoop.mapreduce.jobhistory.JobFinished":{"jobid":"job_1795900000000_0412","finishTime":1795938076099,"finishedMaps":12,"finishedReduces":2,"failedMaps":1,"failedReduces":0,"killedMaps":0,"killedReduces":0}}}`),
		},
	},
	{
		name:   "hbase-thrift-server-log",
		source: "the HBase Thrift server's logs/hbase-<user>-thrift-<host>.log (HBase 2.5 log4j2 `%d{ISO8601} %-5p [%t] %c{2}: %.1000m%n`, log4j2's ISO8601 with a T and a comma; a handler's exception with its stack): conf/log4j2.properties in apache/hbase and the Thrift gateway chapter of the HBase book; from memory of real lines. The Master's and RegionServer's logs are earlier tables'; this is the Thrift gateway's",
		why:    "a T between date and time and a comma before the millis, a padded level and the thread in brackets; ERROR with a stack as one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29T07:41:16,102 INFO  [main] thrift.ThriftServer: ***** STARTING service 'ThriftServer' *****"),
			we("2026-11-29T07:41:16.108Z", Info, "", "2026-11-29T07:41:16,108 INFO  [main] util.VersionInfo: HBase 2.5.10"),
			we("2026-11-29T07:44:02.12Z", Error, "", "2026-11-29T07:44:02,120 ERROR [thrift-worker-7] thrift.ThriftHBaseServiceHandler: org.apache.hadoop.hbase.TableNotFoundException: events_v2",
				"\tat org.apache.hadoop.hbase.client.ConnectionImplementation.locateRegionInMeta(ConnectionImplementation.java:1011)",
				"\tat org.apache.hadoop.hbase.thrift.ThriftHBaseServiceHandler.getRowWithColumnsTs(ThriftHBaseServiceHandler.java:412)"),
			we("2026-11-29T07:45:30.004Z", Warn, "", "2026-11-29T07:45:30,004 WARN  [RpcClient-timer-pool-0] ipc.NettyRpcConnection: Connection to rs3.example.internal/10.40.1.23:16020 closed"),
		},
	},
	{
		name:   "hbase-rest-server-log",
		source: "the HBase REST server's logs/hbase-<user>-rest-<host>.log (the same HBase 2.5 log4j2 layout; RowResource's per-request DEBUG lines, a Jetty warning with its exception): the HBase book's REST chapter and conf/log4j2.properties; from memory of real lines. No earlier table holds the REST gateway's log",
		why:    "DEBUG among INFO and WARN in the HBase layout; the URL's host in a request line is the gateway's address in message text, no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29T07:41:16,102 INFO  [main] rest.RESTServer: ***** STARTING service 'RESTServer' *****"),
			we("2026-11-29T07:41:20.877Z", Debug, "", "2026-11-29T07:41:20,877 DEBUG [qtp1204411-41] rest.RowResource: GET http://rest1.example.internal:8080/orders/k4411/d:status"),
			we("2026-11-29T07:42:02.53Z", Warn, "", "2026-11-29T07:42:02,530 WARN  [qtp1204411-44] server.HttpChannel: /orders/scanner",
				"java.io.IOException: java.util.concurrent.TimeoutException: Idle timeout expired: 30000/30000 ms",
				"\tat org.eclipse.jetty.util.SharedBlockingCallback$Blocker.block(SharedBlockingCallback.java:235)"),
			we("2026-11-29T07:42:05.004Z", Info, "", "2026-11-29T07:42:05,004 INFO  [qtp1204411-41] rest.ScannerResource: new scanner: 17958380760042a1b"),
		},
	},
	{
		name:   "hbase-canary-tool-console",
		source: "`hbase canary` (HBase 2.4's CanaryTool on the console, log4j 1 `%d{ISO8601} %-5p [%t] %c{2}: %m%n`: a space, not a T, and a comma; per region `Read from table:… on region:… column family:… in Nms`, a failed read with its exception): the HBase book 'Canary' and conf/log4j.properties of 2.4; from memory of real lines. No earlier table holds the canary's output",
		why:    "HBase's pre-2.5 log4j 1 time (space and comma) and the canary's read lines; a failed read's exception under its ERROR",
		gap:    "a line inside the exception's message that opens with an ISO time (`2026-11-29T07:41:21.138Z, java.net.SocketTimeoutException…`, RetriesExhaustedException's attempt list) is split off as a record of its own, cutting the ERROR's stack in two",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29 07:41:16,102 INFO  [CanaryMonitor-1795938076098] tool.CanaryTool: Read from table:orders on region:orders,,1795900000000.4f2a9c1d7e3b5a0816c2e4f6a8b0d1c3. column family:d in 4ms"),
			we("2026-11-29T07:41:16.13Z", Info, "", "2026-11-29 07:41:16,130 INFO  [pool-2-thread-3] tool.CanaryTool: Read from table:events on region:events,k4411,1795900000001.8b0d1c34f2a9c1d7e3b5a0816c2e4f6a. column family:e in 17ms"),
			we("2026-11-29T07:41:26.14Z", Error, "", "2026-11-29 07:41:26,140 ERROR [pool-2-thread-4] tool.CanaryTool: Read from table:events on region:events,k8822,1795900000002.c2e4f6a8b0d1c34f2a9c1d7e3b5a0816. column family:e failed",
				"org.apache.hadoop.hbase.client.RetriesExhaustedException: Failed after attempts=2, exceptions:",
				"2026-11-29T07:41:21.138Z, java.net.SocketTimeoutException: callTimeout=5000, callDuration=5004",
				"\tat org.apache.hadoop.hbase.client.RpcRetryingCallerImpl.callWithRetries(RpcRetryingCallerImpl.java:145)"),
			we("2026-11-29T07:41:26.152Z", Warn, "", "2026-11-29 07:41:26,152 WARN  [main] tool.CanaryTool: Region events,k8822,1795900000002.c2e4f6a8b0d1c34f2a9c1d7e3b5a0816. read failed on rs3.example.internal,16020,1795900000000"),
		},
	},
	{
		name:   "hive-operation-log-verbose",
		source: "HiveServer2's per-query operation log (hive.server2.logging.operation.log.location/<session>/<queryId>, at hive.server2.logging.operation.level=VERBOSE: LogDivertAppender's verbose pattern `%d{yy/MM/dd HH:mm:ss} %p %c{2}: %m%n`; the non-verbose `LEVEL : msg` is what beeline shows, an earlier table's): HiveServer2 docs 'Setting Up HiveServer2' (operation logging) and LogDivertAppender in apache/hive; from memory of real lines",
		why:    "a two-digit year first and a second-precision time, then the level and a two-part logger; a task failure's stack under its ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO ql.Driver: Compiling command(queryId=hive_20261129074116_7e3b5a08-16c2-4e4f-a6a8-b0d1c34f2a9c): INSERT OVERWRITE TABLE daily_orders SELECT customer_id, sum(total) FROM orders WHERE dt='2026-11-29' GROUP BY customer_id"),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO ql.Driver: Semantic Analysis Completed (retrial = false)"),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 INFO ql.Driver: Executing command(queryId=hive_20261129074116_7e3b5a08-16c2-4e4f-a6a8-b0d1c34f2a9c): INSERT OVERWRITE TABLE daily_orders SELECT customer_id, sum(total) FROM orders WHERE dt='2026-11-29' GROUP BY customer_id"),
			we("2026-11-29T07:41:29Z", Error, "", "26/11/29 07:41:29 ERROR exec.Task: Failed to execute tez graph.",
				"org.apache.tez.dag.api.SessionNotRunning: TezSession has already shutdown. Application application_1795900000000_0411 failed 2 times due to AM Container exited with exitCode: -104",
				"\tat org.apache.tez.client.TezClient.waitTillReady(TezClient.java:1006)",
				"\tat org.apache.hadoop.hive.ql.exec.tez.TezTask.execute(TezTask.java:226)"),
			we("2026-11-29T07:41:29Z", Error, "", "26/11/29 07:41:29 ERROR ql.Driver: FAILED: Execution Error, return code 1 from org.apache.hadoop.hive.ql.exec.tez.TezTask"),
		},
	},

	// Spark, Flink and Beam: daemons, drivers and consoles no earlier table holds.
	{
		name:   "spark-history-server-out",
		source: "the Spark History Server's logs/spark-<user>-org.apache.spark.deploy.history.HistoryServer-1-<host>.out (the untimed `Spark Command:` line, a rule of =, `Using Spark's default log4j profile`, then log4j2 `yy/MM/dd HH:mm:ss LEVEL Class: msg`): spark.apache.org 'Monitoring and Instrumentation' (history server); from memory of real lines. The standalone Master's and Worker's .out files are earlier tables'; this is the history server's",
		why:    "untimed launcher lines before Spark's two-digit-year lines; a WARN with its exception's stack as one record",
		entries: []worldEntry{
			we("", Unknown, "", "Spark Command: /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp /opt/spark/conf/:/opt/spark/jars/*:/etc/hadoop/conf/ -Dspark.history.fs.logDirectory=hdfs://prodns/spark-logs -Xmx2g org.apache.spark.deploy.history.HistoryServer"),
			we("", Unknown, "", "========================================"),
			we("", Unknown, "", "Using Spark's default log4j profile: org/apache/spark/log4j2-defaults.properties"),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO HistoryServer: Started daemon with process name: 4411@shs1"),
			we("2026-11-29T07:41:18Z", Info, "", "26/11/29 07:41:18 INFO Utils: Successfully started service 'HistoryServerUI' on port 18080."),
			we("2026-11-29T07:43:02Z", Warn, "", "26/11/29 07:43:02 WARN FsHistoryProvider: Error while reading new log hdfs://prodns/spark-logs/application_1795900000000_0409.inprogress",
				"java.io.EOFException: Cannot seek after EOF",
				"\tat org.apache.hadoop.hdfs.DFSInputStream.seek(DFSInputStream.java:1648)",
				"\tat org.apache.spark.deploy.history.FsHistoryProvider.$anonfun$checkForLogs$4(FsHistoryProvider.scala:562)"),
		},
	},
	{
		name:   "spark-structured-streaming-progress",
		source: "a Spark Structured Streaming driver's log (log4j2 `yy/MM/dd HH:mm:ss LEVEL Class: msg`; MicroBatchExecution's `Streaming query made progress: {` with the StreamingQueryProgress pretty-printed as JSON over the following lines; ProcessingTimeExecutor's falling-behind WARN; a query's termination with its stack): apache/spark PR #28040 and PR #15954 (the progress JSON) and PR #47340 (MicroBatchExecution's lines); the JSON fields as those threads print them. The driver's other lines are in earlier tables; the progress block is this family's",
		why:    "a record of twenty JSON lines under its log line, with a timestamp of the batch inside the JSON that is not the record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:10Z", Info, "", "26/11/29 07:41:10 INFO MicroBatchExecution: Starting orders_agg [id = 5b7e1c2a-9d34-4f0e-8a61-2c3d4e5f6a7b, runId = 8a612c3d-4e5f-4a7b-9b7e-1c2a9d344f0e]. Use hdfs://prodns/checkpoints/orders_agg to store the query checkpoint."),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO MicroBatchExecution: Streaming query made progress: {",
				`  "id" : "5b7e1c2a-9d34-4f0e-8a61-2c3d4e5f6a7b",`,
				`  "runId" : "8a612c3d-4e5f-4a7b-9b7e-1c2a9d344f0e",`,
				`  "name" : "orders_agg",`,
				`  "timestamp" : "2026-11-29T07:41:10.004Z",`,
				`  "batchId" : 412,`,
				`  "numInputRows" : 1840,`,
				`  "inputRowsPerSecond" : 184.0,`,
				`  "processedRowsPerSecond" : 306.2,`,
				`  "durationMs" : {`,
				`    "addBatch" : 5120,`,
				`    "latestOffset" : 12,`,
				`    "triggerExecution" : 6009`,
				`  },`,
				`  "sources" : [ {`,
				`    "description" : "KafkaV2[Subscribe[orders]]",`,
				`    "numInputRows" : 1840`,
				`  } ],`,
				`  "sink" : {`,
				`    "description" : "DeltaSink[hdfs://prodns/delta/orders_agg]",`,
				`    "numOutputRows" : -1`,
				`  }`,
				`}`),
			we("2026-11-29T07:41:40Z", Warn, "", "26/11/29 07:41:40 WARN ProcessingTimeExecutor: Current batch is falling behind. The trigger interval is 10000 milliseconds, but spent 14211 milliseconds"),
			we("2026-11-29T07:42:02Z", Error, "", "26/11/29 07:42:02 ERROR MicroBatchExecution: Query orders_agg [id = 5b7e1c2a-9d34-4f0e-8a61-2c3d4e5f6a7b, runId = 8a612c3d-4e5f-4a7b-9b7e-1c2a9d344f0e] terminated with error",
				"org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition orders-3 could be determined",
				"\tat org.apache.spark.sql.kafka010.KafkaOffsetReaderAdmin.fetchLatestOffsets(KafkaOffsetReaderAdmin.scala:295)"),
		},
	},
	{
		name:   "spark-executor-stderr-yarn",
		source: "a Spark executor's container stderr under YARN (as the NodeManager keeps it in userlogs/<app>/<container>/stderr: `Using Spark's default log4j profile`, then log4j2 `yy/MM/dd HH:mm:ss LEVEL Class: msg`; a task's exception, and the backend's signal line): spark.apache.org 'Running Spark on YARN' (debugging your application); from memory of real lines. The driver's log and yarn logs' aggregated view are earlier tables'; this is an executor's own stderr file",
		why:    "an untimed profile line before the executor's lines; an OutOfMemoryError's stack as one record; the host named in a message is message text",
		entries: []worldEntry{
			we("", Unknown, "", "Using Spark's default log4j profile: org/apache/spark/log4j2-defaults.properties"),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO YarnCoarseGrainedExecutorBackend: Started daemon with process name: 22104@nm7.example.internal"),
			we("2026-11-29T07:41:20Z", Info, "", "26/11/29 07:41:20 INFO Executor: Running task 4.0 in stage 1.0 (TID 12)"),
			we("2026-11-29T07:41:31Z", Error, "", "26/11/29 07:41:31 ERROR Executor: Exception in task 4.0 in stage 1.0 (TID 12)",
				"java.lang.OutOfMemoryError: Java heap space",
				"\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
				"\tat org.apache.spark.util.collection.ExternalAppendOnlyMap.insertAll(ExternalAppendOnlyMap.scala:162)"),
			we("2026-11-29T07:41:31Z", Error, "", "26/11/29 07:41:31 ERROR YarnCoarseGrainedExecutorBackend: RECEIVED SIGNAL TERM"),
		},
	},
	{
		name:   "spark-k8s-driver-pod-log",
		source: "`kubectl logs` of a Spark driver pod on Kubernetes (the image's entrypoint.sh run with `set -ex`: `++ id -u`, `+ myuid=185` shell-trace lines, the `+ exec /usr/bin/tini -s -- /opt/spark/bin/spark-submit …` line, then the driver's log4j2 lines): spark.apache.org 'Running Spark on Kubernetes' and resource-managers/kubernetes/docker/src/main/dockerfiles/spark/entrypoint.sh; from memory of real output. spark-submit's pod-status lines are an earlier table's; this is the driver pod's own log",
		why:    "shell-trace lines with no time and no level, each a line of its own, before Spark's two-digit-year lines",
		entries: []worldEntry{
			we("", Unknown, "", "++ id -u"),
			we("", Unknown, "", "+ myuid=185"),
			we("", Unknown, "", "+ exec /usr/bin/tini -s -- /opt/spark/bin/spark-submit --conf spark.driver.bindAddress=10.42.3.17 --deploy-mode client --properties-file /opt/spark/conf/spark.properties --class com.example.OrdersJob local:///opt/app/orders.jar"),
			we("2026-11-29T07:41:16Z", Warn, "", "26/11/29 07:41:16 WARN NativeCodeLoader: Unable to load native-hadoop library for your platform... using builtin-java classes where applicable"),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 INFO SparkContext: Running Spark version 3.5.3"),
			we("2026-11-29T07:41:22Z", Info, "", "26/11/29 07:41:22 INFO ExecutorPodsAllocator: Going to request 2 executors from Kubernetes for ResourceProfile Id: 0, target: 2, known: 0, sharedSlotFromPendingPods: 2147483647."),
		},
	},
	{
		name:   "spark-sql-cli-console",
		source: "the spark-sql CLI's console (`spark-sql -e …` on YARN: log4j2 WARN lines in `yy/MM/dd HH:mm:ss`, the untimed shell notes `Setting default log level to \"WARN\".`, `Spark Web UI available at …`, `Spark master: yarn, Application Id: …`, tab-separated result rows, and `Time taken: … seconds, Fetched N row(s)`): spark.apache.org 'Spark SQL CLI'; from memory of real output. No earlier table holds the spark-sql CLI",
		why:    "timed WARN lines mixed with untimed CLI lines and result rows, each a line of its own",
		gap:    "the CLI's untimed lines (`Setting default log level…`, `Spark master: …`, a tab-separated result row, `Time taken: …`) are joined to the timed WARN line before them instead of standing as lines of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "26/11/29 07:41:16 WARN NativeCodeLoader: Unable to load native-hadoop library for your platform... using builtin-java classes where applicable"),
			we("", Unknown, "", `Setting default log level to "WARN".`),
			we("", Unknown, "", "To adjust logging level use sc.setLogLevel(newLevel). For SparkR, use setLogLevel(newLevel)."),
			we("2026-11-29T07:41:19Z", Warn, "", "26/11/29 07:41:19 WARN HiveConf: HiveConf of name hive.stats.jdbc.timeout does not exist"),
			we("", Unknown, "", "Spark master: yarn, Application Id: application_1795900000000_0415"),
			we("", Unknown, "", "alice\t42"),
			we("", Unknown, "", "Time taken: 3.204 seconds, Fetched 1 row(s)"),
		},
	},
	{
		name:   "flink-historyserver-log",
		source: "Flink's history server log (log/flink-<user>-historyserver-0-<host>.log, log4j2 `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n`: a padded level, the logger padded to 60, an empty NDC as [], then ` - `; a failed archive with its stack): nightlies.apache.org/flink 'History Server' and conf/log4j.properties; from memory of real lines. The JobManager's log and a TaskManager's .out are earlier tables'; this is the history server's",
		why:    "Flink's layout with the wide padded logger and the `[]` before the message; a WARN's stack as one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29 07:41:16,102 INFO  org.apache.flink.runtime.webmonitor.history.HistoryServer   [] - Loading configuration property: historyserver.archive.fs.dir, hdfs:///completed-jobs/"),
			we("2026-11-29T07:41:17.33Z", Info, "", "2026-11-29 07:41:17,330 INFO  org.apache.flink.runtime.webmonitor.history.HistoryServer   [] - Using directory /tmp/flink-web-history-5b7e1c2a-9d34-4f0e-8a61-2c3d4e5f6a7b as local cache."),
			we("2026-11-29T07:41:27.004Z", Info, "", "2026-11-29 07:41:27,004 INFO  org.apache.flink.runtime.webmonitor.history.HistoryServerArchiveFetcher [] - Processing archive hdfs:///completed-jobs/5b7e1c2a9d344f0e8a612c3d4e5f6a7b."),
			we("2026-11-29T07:41:27.51Z", Warn, "", "2026-11-29 07:41:27,510 WARN  org.apache.flink.runtime.webmonitor.history.HistoryServerArchiveFetcher [] - Failure while fetching/processing job archive for job 8a612c3d4e5f6a7b5b7e1c2a9d344f0e.",
				"java.io.FileNotFoundException: File does not exist: /completed-jobs/8a612c3d4e5f6a7b5b7e1c2a9d344f0e",
				"\tat org.apache.hadoop.hdfs.DistributedFileSystem$29.doCall(DistributedFileSystem.java:1757) ~[hadoop-hdfs-client-3.3.6.jar:?]"),
		},
	},
	{
		name:   "flink-cli-client-log",
		source: "Flink's CLI client log (log/flink-<user>-client-<host>.log, written by `flink run`: the same log4j2 layout as the cluster's, CliFrontend's banner and the program's failure with its cause chain): nightlies.apache.org/flink 'Command-Line Interface' and conf/log4j-cli.properties; from memory of real lines. The flink run console is an earlier table's; this is the client's log file",
		why:    "a CLI's own log file in Flink's layout: banner lines each a record; an ERROR with a `Caused by:` chain as one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29 07:41:16,102 INFO  org.apache.flink.client.cli.CliFrontend                      [] - --------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16.104Z", Info, "", "2026-11-29 07:41:16,104 INFO  org.apache.flink.client.cli.CliFrontend                      [] -  Starting Command Line Client (Version: 1.19.1, Scala: 2.12, Rev:5edb5a9, Date:2024-06-11T09:58:08+02:00)"),
			we("2026-11-29T07:41:17.33Z", Warn, "", "2026-11-29 07:41:17,330 WARN  org.apache.flink.runtime.util.HadoopUtils                     [] - Could not find Hadoop configuration via any of the supported methods (Flink configuration, environment variables)."),
			we("2026-11-29T07:41:19.877Z", Error, "", "2026-11-29 07:41:19,877 ERROR org.apache.flink.client.cli.CliFrontend                      [] - Error while running the command.",
				"org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: Unable to create a source for reading table 'default_catalog.default_database.orders'.",
				"\tat org.apache.flink.client.program.PackagedProgram.callMainMethod(PackagedProgram.java:372) ~[flink-dist-1.19.1.jar:1.19.1]",
				"Caused by: org.apache.flink.table.api.ValidationException: Could not find any factory for identifier 'kafka' that implements 'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.",
				"\tat org.apache.flink.table.factories.FactoryUtil.discoverFactory(FactoryUtil.java:608) ~[flink-table-api-java-uber-1.19.1.jar:1.19.1]"),
		},
	},
	{
		name:   "flink-docker-jobmanager-console",
		source: "the official flink image's JobManager console (`docker run flink:1.19 jobmanager`: docker-entrypoint.sh's untimed `Starting Job Manager` and `Starting standalonesession as a console application on host …`, then log4j-console.properties' lines in Flink's layout): the flink-docker repository's docker-entrypoint.sh and nightlies.apache.org/flink 'Docker Setup'; from memory of real output. No earlier table holds the image's console",
		why:    "two untimed entrypoint lines (the host in them is message text) before Flink's layout; the known console-mode WARN about log.file",
		entries: []worldEntry{
			we("", Unknown, "", "Starting Job Manager"),
			we("", Unknown, "", "Starting standalonesession as a console application on host flink-jm-5b7e1c2a-x9z2k."),
			we("2026-11-29T07:41:16.11Z", Info, "", "2026-11-29 07:41:16,110 INFO  org.apache.flink.runtime.entrypoint.ClusterEntrypoint        [] -  Starting StandaloneSessionClusterEntrypoint (Version: 1.19.1, Scala: 2.12, Rev:5edb5a9, Date:2024-06-11T09:58:08+02:00)"),
			we("2026-11-29T07:41:18.004Z", Warn, "", "2026-11-29 07:41:18,004 WARN  org.apache.flink.runtime.webmonitor.WebMonitorUtils           [] - Log file environment variable 'log.file' is not set."),
			we("2026-11-29T07:41:30.412Z", Info, "", "2026-11-29 07:41:30,412 INFO  org.apache.flink.runtime.dispatcher.StandaloneDispatcher       [] - Received JobGraph submission 'orders-enrich' (5b7e1c2a9d344f0e8a612c3d4e5f6a7b)."),
		},
	},
	{
		name:   "beam-python-direct-runner-console",
		source: "an Apache Beam Python pipeline on the DirectRunner / FnApiRunner with logging at INFO (Python's basicConfig default `%(levelname)s:%(name)s:%(message)s`, no time: `INFO:apache_beam.runners.portability.fn_api_runner.fn_runner:Running …`, `WARNING:apache_beam.options.pipeline_options:Discarding unparseable args`, a DoFn's error with its traceback): beam.apache.org 'Python quickstart' (wordcount) and the Python logging docs; from memory of real output. No earlier table holds Beam",
		why:    "Python's level:logger:message with no time; a traceback below an ERROR line is part of it",
		entries: []worldEntry{
			we("", Warn, "", "WARNING:apache_beam.options.pipeline_options:Discarding unparseable args: ['--region=europe-west1']"),
			we("", Info, "", "INFO:apache_beam.runners.worker.statecache:Creating state cache with size 104857600"),
			we("", Info, "", "INFO:apache_beam.runners.portability.fn_api_runner.fn_runner:Running ((((ref_AppliedPTransform_Read-Read-Impulse_4)+(ref_AppliedPTransform_Read-Read-EmitSource_7))+(ref_AppliedPTransform_Split_9))+(ref_AppliedPTransform_PairWithOne_10))+(GroupAndSum/Write)"),
			we("", Error, "", "ERROR:apache_beam.runners.common:division by zero [while running 'Format']",
				"Traceback (most recent call last):",
				`  File "apache_beam/runners/common.py", line 1501, in apache_beam.runners.common.DoFnRunner.process`,
				`  File "/home/anna/wordcount.py", line 41, in format_result`,
				"    return '%s: %.2f' % (word, count / total)",
				"ZeroDivisionError: division by zero"),
		},
	},
	{
		name:   "dataflow-runner-python-console",
		source: "a Beam Python pipeline launched on Google Cloud Dataflow (the console of `python -m … --runner DataflowRunner`: the runner's own `INFO:apache_beam.runners.dataflow.dataflow_runner:Job … is in state JOB_STATE_RUNNING` lines, and the job's messages relayed as `LEVEL:logger:<ISO time>Z: JOB_MESSAGE_<IMPORTANCE>: text`, an error's traceback on the lines after it): cloud.google.com 'gcloud dataflow logs list' (job messages, importance) and beam.apache.org 'Python quickstart' (Dataflow); from memory of real output",
		why:    "the job message's own UTC time after the logger's name and a colon; runner lines without it have no time; a traceback as one record",
		gap:    "the job message's ISO time after `LEVEL:logger:` is not read (the records come out with no time), and the traceback under JOB_MESSAGE_ERROR is cut off from its record",
		entries: []worldEntry{
			we("", Info, "", "INFO:apache_beam.runners.dataflow.dataflow_runner:Job 2026-11-29_07_41_12-4411820367102201837 is in state JOB_STATE_RUNNING"),
			we("2026-11-29T07:41:16.102Z", Info, "", "INFO:apache_beam.runners.dataflow.dataflow_runner:2026-11-29T07:41:16.102Z: JOB_MESSAGE_BASIC: Worker configuration: e2-standard-4 in europe-west1-b."),
			we("2026-11-29T07:43:02.53Z", Warn, "", "WARNING:apache_beam.runners.dataflow.dataflow_runner:2026-11-29T07:43:02.530Z: JOB_MESSAGE_WARNING: Autoscaling: Unable to reach resize target in zone europe-west1-b. QUOTA_EXCEEDED: Quota 'CPUS' exceeded."),
			we("2026-11-29T07:44:10.004Z", Error, "", "ERROR:apache_beam.runners.dataflow.dataflow_runner:2026-11-29T07:44:10.004Z: JOB_MESSAGE_ERROR: Traceback (most recent call last):",
				`  File "/usr/local/lib/python3.11/site-packages/apache_beam/runners/worker/sdk_worker.py", line 311, in _execute`,
				"    response = task()",
				`  File "/home/anna/orders.py", line 58, in process`,
				"KeyError: 'customer_id'"),
		},
	},
	{
		name:   "dataflow-runner-java-jul-console",
		source: "a Beam Java pipeline launched on Dataflow with slf4j-jdk14 (java.util.logging's SimpleFormatter: `Mon d, yyyy h:mm:ss AM class method` then `LEVEL: message` on the next line; MonitoringUtil$LoggingHandler relaying job messages with their own ISO time after `INFO: ` or `SEVERE: `): beam.apache.org 'Java quickstart' (Dataflow) and java.util.logging.SimpleFormatter's default format; from memory of real output. JUL's two-line format is in earlier tables; the Dataflow runner is not",
		why:    "a two-line JUL record whose level opens its second line; a relayed job message carries a second time of its own; SEVERE is Error",
		gap:    "a JUL record whose second line relays a job message with its own ISO time (`INFO: 2026-11-29T07:41:33.880Z: …`, `SEVERE: …`) is split in two: the header line keeps no level and the message line becomes a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29, 2026 7:41:16 AM org.apache.beam.runners.dataflow.DataflowRunner fromOptions",
				"INFO: PipelineOptions.filesToStage was not specified. Defaulting to files from the classpath: will stage 212 files. Enable logging at DEBUG level to see which files will be staged."),
			we("2026-11-29T07:41:35Z|2026-11-29T07:41:33.88Z", Info, "", "Nov 29, 2026 7:41:35 AM org.apache.beam.runners.dataflow.util.MonitoringUtil$LoggingHandler process",
				"INFO: 2026-11-29T07:41:33.880Z: Worker configuration: e2-standard-4 in europe-west1-b."),
			we("2026-11-29T07:43:03Z", Warn, "", "Nov 29, 2026 7:43:03 AM org.apache.beam.sdk.io.gcp.bigquery.BatchLoads$4 getTempFilePrefix",
				"WARNING: Temp location gs://example-tmp/bq has a lifecycle rule; load jobs may fail after 1 day."),
			we("2026-11-29T07:44:10Z|2026-11-29T07:44:09.412Z", Error, "", "Nov 29, 2026 7:44:10 AM org.apache.beam.runners.dataflow.util.MonitoringUtil$LoggingHandler process",
				"SEVERE: 2026-11-29T07:44:09.412Z: Workflow failed. Causes: S05:ReadOrders/Read+ParseOrders failed."),
		},
	},

	// Streaming, coordination, ingestion, query and scheduling services.
	{
		name:   "kafka-kraft-controller-log",
		source: "a Kafka KRaft controller node's server.log (process.roles=controller: the same log4j `[%d] %p %m (%c)%n`, with `[QuorumController id=N]` and `[RaftManager id=N]` prefixes, leader election and broker registration and fencing): Apache Kafka docs 'KRaft' (controller role) and config/log4j.properties; from memory of real lines. A ZooKeeper-mode broker's server.log, controller.log and state-change.log are earlier tables'; this is a KRaft controller's",
		why:    "the bracketed zone-less time and the level after it; the logger class in parentheses at the end; the node id in a prefix is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "[2026-11-29 07:41:16,102] INFO [QuorumController id=3001] Becoming the active controller at epoch 42, next write offset 184220. (org.apache.kafka.controller.QuorumController)"),
			we("2026-11-29T07:41:16.12Z", Info, "", "[2026-11-29 07:41:16,120] INFO [RaftManager id=3001] Completed transition to Leader(localId=3001, epoch=42, epochStartOffset=184220, highWatermark=Optional.empty, voterStates={3001=ReplicaState(nodeId=3001, endOffset=Optional.empty, hasAcknowledgedLeader=true), 3002=ReplicaState(nodeId=3002, endOffset=Optional.empty, hasAcknowledgedLeader=false)}) from CandidateState(localId=3001, epoch=42, retries=1, electionTimeoutMs=1204) (org.apache.kafka.raft.QuorumState)"),
			we("2026-11-29T07:43:20.551Z", Warn, "", "[2026-11-29 07:43:20,551] WARN [QuorumController id=3001] Fencing broker 5 because its session has timed out. (org.apache.kafka.controller.ReplicationControlManager)"),
			we("2026-11-29T07:44:00.008Z", Error, "", "[2026-11-29 07:44:00,008] ERROR [QuorumController id=3001] registerBroker: unable to start processing because of UnsupportedVersionException. Reason: Unable to register because the broker does not support version 21 of metadata.version. (org.apache.kafka.controller.QuorumController)"),
		},
	},
	{
		name:   "kafka-docker-image-console",
		source: "the apache/kafka Docker image's console (`docker logs` of a KRaft combined node: the run script's untimed `===> User`, `uid=…`, `===> Setting default values of environment variables if not already set.`, `===> Configuring …`, `===> Launching …` lines, then the broker's log4j console lines `[yyyy-MM-dd HH:mm:ss,SSS] LEVEL msg (logger)`): Apache Kafka's docker/ directory (resources/common-scripts/run) and the 'Docker' quickstart; from memory of real output. No earlier table holds the image's console",
		why:    "untimed `===>` banner lines and an id line, each a record, before the broker's bracketed time",
		entries: []worldEntry{
			we("", Unknown, "", "===> User"),
			we("", Unknown, "", "uid=1000(appuser) gid=1000(appuser) groups=1000(appuser)"),
			we("", Unknown, "", "===> Setting default values of environment variables if not already set."),
			we("", Unknown, "", "===> Launching ... "),
			we("2026-11-29T07:41:16.102Z", Info, "", "[2026-11-29 07:41:16,102] INFO Registered kafka:type=kafka.Log4jController MBean (kafka.utils.Log4jControllerRegistration$)"),
			we("2026-11-29T07:41:17.33Z", Warn, "", "[2026-11-29 07:41:17,330] WARN [SocketServer listenerType=BROKER, nodeId=1] Unexpected error from /10.42.0.1 (channelId=10.42.0.7:9092-10.42.0.1:51204-0); closing connection (org.apache.kafka.common.network.Selector)"),
		},
	},
	{
		name:   "zookeeper-txnlog-toolkit",
		source: "ZooKeeper's transaction log dumped by `zkTxnLogToolkit.sh version-2/log.200000001` (TxnLogToolkit: a `ZooKeeper Transactional Log File with dbid 0 txnlog format version 2` header, then per txn `<DateFormat SHORT date, LONG time> session 0x… cxid 0x… zxid 0x… <op> <txn>`, JDK 11+'s CLDR `M/d/yy, h:mm:ss a z`, and an `EOF reached after N txns.` line): zookeeperAdmin 'Tools' (TxnLogToolkit) and support.huaweicloud.com 'ZooKeeper Logs' (transaction logs read with the printlog tool); from memory of real output. ZooKeeper's server logs, audit log and zkCli are earlier tables'",
		why:    "a US short date with a two-digit year, a 12-hour clock with AM and a zone name; the header is no record; the EOF line is an untimed line of its own",
		gap:    "the untimed `EOF reached after 4 txns.` line is joined to the last transaction's line instead of standing as a line of its own",
		entries: []worldEntry{
			wskip("ZooKeeper Transactional Log File with dbid 0 txnlog format version 2"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/26, 7:41:16 AM UTC session 0x1000a2b3c4d0000 cxid 0x0 zxid 0x200000001 createSession 30000"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/26, 7:41:16 AM UTC session 0x1000a2b3c4d0000 cxid 0x3 zxid 0x200000002 create '/app/locks/lock-0000000001,#6e6f64652d31,v{s{31,s{'world,'anyone}}},T,1"),
			we("2026-11-29T07:41:18Z", Unknown, "", "11/29/26, 7:41:18 AM UTC session 0x1000a2b3c4d0000 cxid 0x7 zxid 0x200000003 setData '/app/config,#7b2276223a327d,4"),
			we("2026-11-29T07:42:02Z", Unknown, "", "11/29/26, 7:42:02 AM UTC session 0x1000a2b3c4d0000 cxid 0x0 zxid 0x200000004 closeSession null"),
			we("", Unknown, "", "EOF reached after 4 txns."),
		},
	},
	{
		name:   "zookeeper-docker-image-console",
		source: "the official zookeeper Docker image's console (3.9: zkServer.sh's untimed `ZooKeeper JMX enabled by default` and `Using config: /conf/zoo.cfg`, then logback's console `%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m%n`, the class abbreviated as o.a.z.s.q.QuorumPeerConfig, an empty myid before it is read): the docker-library zookeeper image's docs and conf/logback.xml in apache/zookeeper; from memory of real output. ZooKeeper 3.5's log file layout is an earlier table's; this is the image's console with its untimed lines",
		why:    "untimed start lines before ZooKeeper's ISO time with `[myid:]` empty and then filled; an election WARN with its stack",
		entries: []worldEntry{
			we("", Unknown, "", "ZooKeeper JMX enabled by default"),
			we("", Unknown, "", "Using config: /conf/zoo.cfg"),
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29 07:41:16,102 [myid:] - INFO  [main:o.a.z.s.q.QuorumPeerConfig@177] - Reading configuration from: /conf/zoo.cfg"),
			we("2026-11-29T07:41:17.004Z", Warn, "", "2026-11-29 07:41:17,004 [myid:1] - WARN  [QuorumConnectionThread-[myid=1]-2:o.a.z.s.q.QuorumCnxManager@401] - Cannot open channel to 2 at election address zk-2.zk-hs.default.svc.cluster.local/10.42.2.9:3888",
				"java.net.ConnectException: Connection refused",
				"\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
				"\tat org.apache.zookeeper.server.quorum.QuorumCnxManager.initiateConnection(QuorumCnxManager.java:384)"),
			we("2026-11-29T07:41:19.877Z", Info, "", "2026-11-29 07:41:19,877 [myid:1] - INFO  [QuorumPeer[myid=1](plain=0.0.0.0:2181)(secure=disabled):o.a.z.s.q.Leader@589] - LEADING - LEADER ELECTION TOOK - 2846 MS"),
		},
	},
	{
		name:   "storm-nimbus-log",
		source: "Apache Storm's nimbus.log (log4j2 cluster.xml `%d{yyyy-MM-dd HH:mm:ss.SSS} %c{1.} %t [%p] %msg%n`: the abbreviated logger and the thread before the bracketed level): log4j2/cluster.xml in apache/storm; from memory of real lines. A worker's worker.log is an earlier table's; this is Nimbus's own log",
		why:    "the level in brackets after the logger and the thread; an ERROR's stack as one record; the Nimbus host named in a message is message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29 07:41:16.102 o.a.s.d.n.Nimbus main [INFO] Starting Nimbus server..."),
			we("2026-11-29T07:41:17.33Z", Info, "", "2026-11-29 07:41:17.330 o.a.s.n.NimbusInfo main [INFO] Nimbus figures out its name to nimbus1.example.internal"),
			we("2026-11-29T07:43:20.551Z", Warn, "", "2026-11-29 07:43:20.551 o.a.s.d.n.Nimbus timer [WARN] Topology wordcount-3-1795930000 has 2 executors that could not be scheduled"),
			we("2026-11-29T07:44:00.008Z", Error, "", "2026-11-29 07:44:00.008 o.a.s.d.n.Nimbus pool-14-thread-3 [ERROR] Error while uploading topology jar for wordcount-4",
				"java.io.IOException: No space left on device",
				"\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)",
				"\tat org.apache.storm.blobstore.LocalFsBlobStore.createBlob(LocalFsBlobStore.java:187)"),
		},
	},
	{
		name:   "storm-metrics-log",
		source: "Apache Storm's worker.log.metrics from LoggingMetricsConsumer (log4j2 worker.xml's METRICS appender `%d %-8r %m%n`, the message `epoch-seconds<TAB>host:port<TAB>task:component<TAB>metric<TAB>value`): log4j2/worker.xml and LoggingMetricsConsumer in apache/storm; from memory of real lines",
		why:    "a log4j2 default time, a padded uptime in millis, then the data point's epoch seconds; the worker host:port column is the data point's source, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z|2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16,102 418722   1795938076\tstorm-sup-3.example.internal:6701\t  4:count      \t__emit-count             \t{default=1840}"),
			we("2026-11-29T07:41:16.103Z|2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16,103 418723   1795938076\tstorm-sup-3.example.internal:6701\t  4:count      \t__execute-latency        \t{split:default=0.412}"),
			we("2026-11-29T07:42:16.104Z|2026-11-29T07:42:16Z", Unknown, "", "2026-11-29 07:42:16,104 478724   1795938136\tstorm-sup-1.example.internal:6700\t 12:split      \t__receive                \t{arrival_rate_secs=204.1, overflow=0, read_pos=18204, write_pos=18206, sojourn_time_ms=9.8, capacity=1024, population=2}"),
		},
	},
	{
		name:   "nifi-user-log",
		source: "Apache NiFi 1.x's logs/nifi-user.log (logback `%date %level [%thread] %logger{40} %msg%n`: NiFiAuthenticationFilter's Authentication Started/Success lines and AccessDeniedExceptionMapper's denials at INFO, an untrusted-proxy failure at WARN): NiFi conf/logback.xml (USER_FILE) and the 'NiFi System Administrator's Guide' (user log); from memory of real lines. nifi-app.log, nifi-bootstrap.log and the Registry's log are earlier tables'",
		why:    "logback's time with a comma and the level then the thread in brackets; the client address in a message is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29 07:41:16,102 INFO [NiFi Web Server-214] o.a.n.w.s.NiFiAuthenticationFilter Authentication Started 10.40.5.9 [<alice@example.org>] GET https://nifi1.example.internal:8443/nifi-api/flow/current-user"),
			we("2026-11-29T07:41:16.13Z", Info, "", "2026-11-29 07:41:16,130 INFO [NiFi Web Server-214] o.a.n.w.s.NiFiAuthenticationFilter Authentication Success [alice@example.org] 10.40.5.9 GET https://nifi1.example.internal:8443/nifi-api/flow/current-user"),
			we("2026-11-29T07:41:20.877Z", Info, "", "2026-11-29 07:41:20,877 INFO [NiFi Web Server-219] o.a.n.w.a.c.AccessDeniedExceptionMapper identity[bob@example.org], groups[analysts] does not have permission to access the requested resource. Unable to modify Processor with ID 5b7e1c2a-0190-1000-8a61-2c3d4e5f6a7b. Returning Forbidden response."),
			we("2026-11-29T07:42:02.53Z", Warn, "", "2026-11-29 07:42:02,530 WARN [NiFi Web Server-223] o.a.n.w.s.NiFiAuthenticationFilter Authentication Failed 10.40.5.14 GET https://nifi1.example.internal:8443/nifi-api/flow/process-groups/root [Untrusted proxy CN=edge1.example.internal, OU=NIFI]"),
		},
	},
	{
		name:   "nifi2-request-log",
		source: "Apache NiFi 2.x's logs/nifi-request.log (Jetty's request log in NCSA combined format by default, nifi.web.request.log.format: client, -, the authenticated identity, `[dd/MMM/yyyy:HH:mm:ss ±zzzz]`, the request, status, bytes, referer and user agent): the 'NiFi System Administrator's Guide' 2.x (Web Properties, request logging); from memory of real lines. No earlier table holds NiFi's request log",
		why:    "a combined access line whose user is an identity with an @; the bracketed time with its own offset; no level, the client no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `10.40.5.9 - alice@example.org [29/Nov/2026:07:41:16 +0000] "GET /nifi-api/flow/current-user HTTP/1.1" 200 412 "https://nifi1.example.internal:8443/nifi/" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"`),
			we("2026-11-29T07:41:18Z", Unknown, "", `10.40.5.9 - alice@example.org [29/Nov/2026:08:41:18 +0100] "PUT /nifi-api/processors/5b7e1c2a-0190-1000-8a61-2c3d4e5f6a7b/run-status HTTP/1.1" 200 2204 "https://nifi1.example.internal:8443/nifi/" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"`),
			we("2026-11-29T07:41:20Z", Unknown, "", `10.40.5.14 - - [29/Nov/2026:08:41:20 +0100] "GET /nifi-api/flow/status HTTP/1.1" 401 58 "-" "curl/8.5.0"`),
		},
	},
	{
		name:   "minifi-cpp-app-log",
		source: "Apache NiFi MiNiFi C++'s logs/minifi-app.log (spdlog with minifi-log.properties' default `spdlog.pattern=[%Y-%m-%d %H:%M:%S.%e] [%n] [%l] %v`: the bracketed time, the C++ logger name, spdlog's level names info, warning, error, critical): the nifi-minifi-cpp repository's conf/minifi-log.properties and its Configuration docs; from memory of real lines. NiFi's own logs are earlier tables'; MiNiFi C++ is in none",
		why:    "three bracketed fields before the message, the third the level spelled by spdlog (warning, critical)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "[2026-11-29 07:41:16.102] [org::apache::nifi::minifi::FlowController] [info] Starting Flow Controller"),
			we("2026-11-29T07:41:16.13Z", Info, "", "[2026-11-29 07:41:16.130] [org::apache::nifi::minifi::core::ProcessGroup] [info] Scheduling TailFile-syslog with uuid 5b7e1c2a-9d34-4f0e-8a61-2c3d4e5f6a7b"),
			we("2026-11-29T07:41:19.877Z", Warn, "", "[2026-11-29 07:41:19.877] [org::apache::nifi::minifi::sitetosite::HttpSiteToSiteClient] [warning] Could not establish transaction with https://nifi1.example.internal:8443/nifi-api: HTTP 503"),
			we("2026-11-29T07:41:22.004Z", Error, "", "[2026-11-29 07:41:22.004] [org::apache::nifi::minifi::processors::PutFile] [error] Failed to write /data/out/part-4411: No space left on device"),
			we("2026-11-29T07:41:22.01Z", Critical, "", "[2026-11-29 07:41:22.010] [org::apache::nifi::minifi::core::repository::FileSystemRepository] [critical] Content repository is full, stopping flow"),
		},
	},
	{
		name:   "druid-peon-task-log",
		source: "an Apache Druid peon's task log (var/druid/task/<taskId>/log, then pushed to deep storage: the same log4j2 `%d{ISO8601} %p [%t] %c - %m%n` as the services, with ExecutorLifecycle's `Task completed with status: {` and the status pretty-printed as JSON below it): druid.apache.org 'Task logs' and 'Logging'; from memory of real lines. Druid's service logs and its request log are earlier tables'; this is a task's own log",
		why:    "a T and a comma in the time, an unpadded level and the thread in brackets; the final status JSON over the lines below is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29T07:41:16,102 INFO [main] org.apache.druid.cli.CliPeon - Starting up with processors [2], memory [536,870,912], maxMemory [1,073,741,824], directMemory [1,073,741,824]."),
			we("2026-11-29T07:41:18.33Z", Info, "", "2026-11-29T07:41:18,330 INFO [task-runner-0-priority-0] org.apache.druid.indexing.seekablestream.SeekableStreamIndexTaskRunner - Adding partition[3], start[184220] -> end[9223372036854775807] to assignment."),
			we("2026-11-29T07:45:02.53Z", Warn, "", "2026-11-29T07:45:02,530 WARN [task-runner-0-priority-0] org.apache.druid.segment.realtime.appenderator.StreamAppenderator - Ingestion was throttled for [1204] millis because persists were pending."),
			we("2026-11-29T08:41:20.008Z", Info, "", "2026-11-29T08:41:20,008 INFO [task-runner-0-priority-0] org.apache.druid.indexing.worker.executor.ExecutorLifecycle - Task completed with status: {",
				`  "id" : "index_kafka_orders_5b7e1c2a9d344f0_kmcgpbla",`,
				`  "status" : "SUCCESS",`,
				`  "duration" : 3603906,`,
				`  "errorMsg" : null,`,
				`  "location" : {`,
				`    "host" : null,`,
				`    "port" : -1,`,
				`    "tlsPort" : -1`,
				`  }`,
				`}`),
		},
	},
	{
		name:   "druid-supervise-console",
		source: "Apache Druid's supervise script on the console (bin/start-druid or bin/start-micro-quickstart: `[ctime] Running command[name], logging to[path]: command`, `[ctime] Command[name] exited (pid = N, exited = N)`, `[ctime] Command[name] failed, see logfile for more details: path`, with Perl's scalar localtime in brackets): druid.apache.org 'Quickstart (local)' and bin/supervise in apache/druid; from memory of real output. Druid's service and task logs are this and earlier tables'; the supervisor's console is in none",
		why:    "a ctime with weekday and year in square brackets at the head of each line, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026] Running command[zk], logging to[/opt/druid/log/zk.log]: bin/run-zk conf"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026] Running command[coordinator-overlord], logging to[/opt/druid/log/coordinator-overlord.log]: bin/run-druid coordinator-overlord conf/druid/single-server/micro-quickstart"),
			we("2026-11-29T07:41:51Z", Unknown, "", "[Sun Nov 29 07:41:51 2026] Command[broker] exited (pid = 4411, exited = 1)"),
			we("2026-11-29T07:41:51Z", Unknown, "", "[Sun Nov 29 07:41:51 2026] Command[broker] failed, see logfile for more details: /opt/druid/log/broker.log"),
		},
	},
	{
		name:   "prestodb-http-request-log",
		source: "PrestoDB's var/log/http-request.log (airlift's delimited request log: tab-separated `yyyy-MM-ddTHH:mm:ss.SSS±zzzz`, client address, method, URI, user, user agent, status, request size, response size, time in ms): prestodb.io docs 'Deploying Presto' (the log files under var/log); from memory of real lines. PrestoDB's server.log is an earlier table's, and Trino's request log is another product's",
		why:    "tab-separated fields with an ISO time carrying a -0500 offset first; no level; the client's address no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Unknown, "", "2026-11-29T02:41:16.102-0500\t10.40.6.20\tPOST\t/v1/statement\tetl\tStatementClientV1/0.289\t200\t312\t1204\t22"),
			we("2026-11-29T07:41:16.330Z", Unknown, "", "2026-11-29T02:41:16.330-0500\t10.40.6.20\tGET\t/v1/statement/queued/20261129_074116_00412_x9z2k/1?slug=xa1b2c3\tetl\tStatementClientV1/0.289\t200\t0\t884\t3"),
			we("2026-11-29T07:41:18.877Z", Unknown, "", "2026-11-29T02:41:18.877-0500\t10.40.6.31\tGET\t/v1/info\tnull\tkube-probe/1.30\t200\t0\t118\t1"),
			we("2026-11-29T07:41:20.004Z", Unknown, "", "2026-11-29T02:41:20.004-0500\t10.40.6.44\tPOST\t/v1/statement\tbob\tpresto-cli/0.289\t401\t96\t0\t0"),
		},
	},
	{
		name:   "airflow-dag-processor-file-log",
		source: "Apache Airflow 2's per-DAG-file processor log (logs/scheduler/<date>/<file>.py.log, or logs/dag_processor/…: `[%(asctime)s] {%(filename)s:%(lineno)d} %(levelname)s - %(message)s` with an ISO time and +0000; a failed import with its traceback): airflow.apache.org 'Logging for Tasks' and 'DAG File Processing'; from memory of real lines. The scheduler's main log and the dag_processor_manager.log are earlier tables'; this is the per-file log",
		why:    "Airflow's bracketed ISO time and braced source file before the level; a Python traceback below an ERROR is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "[2026-11-29T07:41:16.102+0000] {processor.py:161} INFO - Started process (PID=4411) to work on /opt/airflow/dags/orders_etl.py"),
			we("2026-11-29T07:41:16.104Z", Info, "", "[2026-11-29T07:41:16.104+0000] {processor.py:830} INFO - Processing file /opt/airflow/dags/orders_etl.py for tasks to queue"),
			we("2026-11-29T07:41:16.18Z", Warn, "", "[2026-11-29T07:41:16.180+0000] {dagbag.py:540} WARNING - Dag 'orders_etl' has a schedule_interval; use schedule instead"),
			we("2026-11-29T07:46:16.219Z", Error, "", "[2026-11-29T07:46:16.219+0000] {dagbag.py:351} ERROR - Failed to import: /opt/airflow/dags/orders_etl.py",
				"Traceback (most recent call last):",
				`  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/models/dagbag.py", line 347, in parse`,
				"    loader.exec_module(new_module)",
				"ModuleNotFoundError: No module named 'pandas_gbq'"),
			we("2026-11-29T07:46:16.402Z", Info, "", "[2026-11-29T07:46:16.402+0000] {processor.py:183} INFO - Processing /opt/airflow/dags/orders_etl.py took 0.302 seconds"),
		},
	},
	{
		name:   "airflow-db-migrate-console",
		source: "`airflow db migrate` on the console (Airflow 2.7+: the untimed `DB: …` and `Performing upgrade to the metadata database …` lines, Airflow's own `[ISO+0000] {file:line} LEVEL - msg` lines, Alembic's untimed `INFO  [alembic.runtime.migration] Running upgrade a -> b, msg`, and `Database migrating done!`): airflow.apache.org 'Setting up a Database Backend' (db migrate) and Alembic's default logging; from memory of real output. Airflow's scheduler, task and standalone consoles are earlier tables'",
		why:    "three kinds of line in one stream: untimed notes, Airflow's timed lines and Alembic's untimed padded level with its logger in brackets",
		gap:    "the untimed `Database migrating done!` line is joined to the timed Airflow line before it instead of standing as a line of its own",
		entries: []worldEntry{
			we("", Unknown, "", "DB: postgresql+psycopg2://airflow:***@postgres/airflow"),
			we("", Unknown, "", "Performing upgrade to the metadata database postgresql+psycopg2://airflow:***@postgres/airflow"),
			we("2026-11-29T07:41:16.102Z", Info, "", "[2026-11-29T07:41:16.102+0000] {migration.py:215} INFO - Context impl PostgresqlImpl."),
			we("", Info, "", "INFO  [alembic.runtime.migration] Running upgrade 88344c1d9134 -> 044f740568ec, Drop ab_user.id foreign key."),
			we("2026-11-29T07:41:18.33Z", Info, "", "[2026-11-29T07:41:18.330+0000] {db.py:1675} INFO - Creating tables"),
			we("", Unknown, "", "Database migrating done!"),
		},
	},

	// Mobile platforms: a dumpsys section, a hilog mode, a HarmonyOS fault log and a Flutter reporter.
	{
		name:   "android-dumpsys-power-wakelock-log",
		source: "`adb shell dumpsys power`'s Wake Lock Log section (Android 12+ WakeLockLog: a `Wake Lock Log` heading, then per event `  MM-dd HH:mm:ss.SSS - uid (package) - ACQ|REL tag (flags)`, then `  -`, `  Events: N, Time-Resets: N` and `  Buffer, Bytes used: N`): services/core/java/com/android/server/power/WakeLockLog.java in aosp-mirror/platform_frameworks_base (dump, LogEntry.toStringInternal, DATE_FORMAT). Other dumpsys sections are earlier tables'; the wake lock log is in none",
		why:    "an indented year-less date with millis, then ` - ` separated uid, ACQ/REL and tag; the heading and the summary lines are no records",
		gap:    "the section's summary lines after the events (`  -`, `  Events: N, Time-Resets: N`, `  Buffer, Bytes used: N`) are joined to the last event's record",
		entries: []worldEntry{
			wskip("Wake Lock Log"),
			we("2026-11-29T07:41:16.102Z", Unknown, "", "  11-29 07:41:16.102 - 10187 (com.example.mail) - ACQ *job*/c.e.m/.SyncJob (partial)"),
			we("2026-11-29T07:41:16.355Z", Unknown, "", "  11-29 07:41:16.355 - 1000 (android,...) - ACQ *alarm* (partial,system-wakelock)"),
			we("2026-11-29T07:41:16.36Z", Unknown, "", "  11-29 07:41:16.360 - 1000 (android,...) - REL *alarm*"),
			we("2026-11-29T07:41:18.004Z", Unknown, "", "  11-29 07:41:18.004 - 10187 (com.example.mail) - REL *job*/c.e.m/.SyncJob"),
			we("2026-11-29T07:42:02.53Z", Unknown, "", "  11-29 07:42:02.530 - 1000 (android,...) - ACQ WindowManager (screen-bright,acq-causes-wake)"),
			wskip("  -", "  Events: 5, Time-Resets: 1", "  Buffer, Bytes used: 412"),
		},
	},
	{
		name:   "harmonyos-hilog-year",
		source: "HarmonyOS / OpenHarmony `hilog -v year` (the hilog tool's -v format option time, color, epoch, monotonic, usec, nsec, year, zone; with year the date gains its year: `yyyy-MM-dd HH:mm:ss.SSS pid tid L domain/tag: msg`, L one of D I W E F): the OpenHarmony docs 'hilog' command-line page (gitcode.com openharmony/docs, application-dev/dfx/hilog.md, its option table); the line itself from memory. hilog's default output is an earlier table's; this is its year mode",
		why:    "a full date before pid and tid, a one-letter level and a hex domain with its tag; F is fatal, Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "2026-11-29 07:41:16.102  1204  1260 I C01510/BinderInvoker: SendRequest handle=5 result=0"),
			we("2026-11-29T07:41:16.13Z", Debug, "", "2026-11-29 07:41:16.130  4411  4411 D A03D00/JSAPP: MailAbility onCreate"),
			we("2026-11-29T07:41:16.377Z", Warn, "", "2026-11-29 07:41:16.377  4411  4430 W A00000/MailSync: slow network, retry in 5s"),
			we("2026-11-29T07:41:17.004Z", Error, "", "2026-11-29 07:41:17.004  4411  4430 E A00000/MailSync: sync failed: code 2300028"),
			we("2026-11-29T07:41:17.01Z", Critical, "", "2026-11-29 07:41:17.010   602   640 F C01300/AbilityManagerService: app freeze detected, pid 4411"),
		},
	},
	{
		name:   "openharmony-appfreeze-faultlog",
		source: "OpenHarmony's application freeze fault log (faultlogger/appfreeze-<bundle>-<uid>-<time>.log: the `Generated by HiviewDFX@OpenHarmony` header and `Key:value` lines with Timestamp:, then the freeze event's DOMAIN:, STRINGID:, TIMESTAMP:yyyy/MM/dd/HH-mm-ss:SSS, PID:, UID:, PACKAGE_NAME:, PROCESS_NAME: and MSG: lines): OpenHarmony docs 'Analyzing Application Freeze' (appfreeze log); from memory of real files. The cppcrash and jscrash fault logs are an earlier table's; this is the appfreeze one",
		why:    "a report whose time is a Timestamp: line inside it (and the same moment in a slash-and-dash TIMESTAMP), with no level; two reports are two records",
		gap:    "the `Generated by HiviewDFX@OpenHarmony` line is read as a record of its own and the report's Key:value lines after it are split off, so the Timestamp: line inside gives the report no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Unknown, "",
				"Generated by HiviewDFX@OpenHarmony",
				"================================================================",
				"Device info:OpenHarmony 5.0",
				"Build info:OpenHarmony 5.0.0.71",
				"Module name:com.example.mail",
				"Version:1.0.3",
				"VersionCode:1000003",
				"PreInstalled:No",
				"Foreground:Yes",
				"Timestamp:2026-11-29 07:41:16.102",
				"Pid:4411",
				"Uid:20020041",
				"Reason:THREAD_BLOCK_6S",
				"DOMAIN:AAFWK",
				"STRINGID:THREAD_BLOCK_6S",
				"TIMESTAMP:2026/11/29/07-41-16:102",
				"PID:4411",
				"UID:20020041",
				"PACKAGE_NAME:com.example.mail",
				"PROCESS_NAME:com.example.mail",
				"MSG:App main thread is not response!"),
			we("2026-11-29T07:52:40.877Z", Unknown, "",
				"Generated by HiviewDFX@OpenHarmony",
				"================================================================",
				"Device info:OpenHarmony 5.0",
				"Build info:OpenHarmony 5.0.0.71",
				"Module name:com.example.news",
				"Version:2.4.0",
				"VersionCode:2040000",
				"PreInstalled:No",
				"Foreground:Yes",
				"Timestamp:2026-11-29 07:52:40.877",
				"Pid:5120",
				"Uid:20020052",
				"Reason:APP_INPUT_BLOCK",
				"DOMAIN:AAFWK",
				"STRINGID:APP_INPUT_BLOCK",
				"TIMESTAMP:2026/11/29/07-52-40:877",
				"PID:5120",
				"UID:20020052",
				"PACKAGE_NAME:com.example.news",
				"PROCESS_NAME:com.example.news",
				"MSG:User input does not respond!"),
		},
	},
	{
		name:   "flutter-test-expanded-console",
		source: "`flutter test` with the expanded reporter (the default off a terminal: `MM:SS +passed -failed: test name`, a failure's `[E]` line followed by the matcher's Expected/Actual/Which lines and the stack, then `Some tests failed.`): docs.flutter.dev 'An introduction to widget testing' and package:test's expanded reporter; from memory of real output. `flutter test --machine` is an earlier table's; this is the human reporter",
		why:    "an elapsed MM:SS counter at the head of each line, which is no time of day; a failure and its indented details are one record; [E] marks a failed test, no level",
		entries: []worldEntry{
			we("", Unknown, "", "00:00 +0: loading /home/anna/mail/test/widget_test.dart"),
			we("", Unknown, "", "00:02 +0: Counter increments smoke test"),
			we("", Unknown, "", "00:03 +1: Login form shows an error on empty password"),
			we("", Unknown, "", "00:04 +1 -1: Login form shows an error on empty password [E]",
				"  Expected: exactly one matching candidate",
				`    Actual: _TextWidgetFinder:<Found 0 widgets with text "Password required": []>`,
				"     Which: means none were found but one was expected",
				"  ",
				"  package:flutter_test/src/widget_tester.dart 471:3  expect",
				"  test/widget_test.dart 42:5                          main.<fn>"),
			we("", Unknown, "", "00:05 +2 -1: Some tests failed."),
		},
	},
}

func TestFresh56Formats(t *testing.T) { assertTable(t, fresh56Cases) }

func TestFresh56Score(t *testing.T) {
	checkScore(t, "fresh56 formats", fresh56Cases, [worldNumFields]float64{96.1, 88.4, 97.3, 90.5})
}
