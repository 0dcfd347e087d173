package parse

import "testing"

// The three-hundred-and-fifteenth fresh table, written on 2026-12-06: Hadoop-era big-data daemons'
// own log files in their default layouts, with the unusual records real clusters write, a further
// pass after fresh102, fresh110, fresh112, fresh122, fresh127, fresh132, fresh171, fresh230,
// fresh293, fresh300 and fresh308, in shapes no earlier table holds. Each family is one product's
// documented or observed output: a Hadoop 2 DataNode's block scanner verification log
// (dncp_block_verification.log.curr: `date="…"<TAB> time="epoch ms"<TAB> genstamp=… id=…`); a
// secure DataNode's privileged-…-datanode-<host>.err under jsvc (SecureDataNodeStarter's untimed
// System.err lines, jsvc's own `dd/MM/yyyy HH:mm:ss pid jsvc.exec error:` lines); a NodeManager's
// log with the recovery store's LeveldbLogger (leveldb's messages relayed through log4j, an empty
// line after each `Delete type=` message that ends in its own newline); a MapReduce AM
// container's stderr (Jersey's java.util.logging two-line records with a 12-hour clock, log4j 1's
// own `log4j:WARN` lines); the same AM's syslog with Hadoop 3.3's `[system properties]` block
// under an empty log4j message; a Spark 3.5 standalone worker's work/driver-…/stderr for a
// supervised driver (DriverRunner appends its `Launch Command:` header again at each relaunch,
// after the failed run's uncaught exception); an HBase region server's .out when the heap runs
// out (HotSpot's heap-dump lines and its `#` OnOutOfMemoryError banner, bash's `Killed` job line
// from hbase-daemon.sh); Hive's HiveHistory file hive_job_log_<session>_<n>.txt (`RecordType
// KEY="value" … TIME="epoch ms"`, a progress line with its own stamp inside a value); an LLAP
// daemon's llapdaemon_history.log (HistoryLogger's `Event=…, HostName=…, …` lines, log4j2's bare
// `%m%n`); Oozie 4's catalina.out under its bundled Tomcat 6 (JUL's two-line records, then
// ServicesLoader's `ERROR: Oozie could not be started` report with its empty lines, REASON,
// dashed rules and stack trace).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`hadoop`, `hdfs`, `datanode`, `namenode`, `yarn`, `nodemanager`, `mapreduce`, `spark`,
// `zookeeper`, `hbase`, `hive`, `llap`, `oozie`, `dncp_block_verification`, `verificationLog`,
// `genstamp="`, `BlockPoolSliceScanner`, `DataBlockScanner`, `Verification succeeded`,
// `SecureDataNodeStarter`, `jsvc`, `privileged-`, `Initializing secure datanode`, `isSaslEnabled`,
// `Opened streaming server`, `Opened info server`, `Service exit with a return value`,
// `LeveldbLogger`, `LevelDBLogger`, `Recovering log #`, `Delete type=`, `Level-0 table`,
// `yarn-nm-recovery`, `NMLeveldbStateStoreService`, `leveldb`, `GuiceComponentProviderFactory`,
// `com.sun.jersey`, `JAXBContextResolver`, `Initiating Jersey`, `log4j:WARN`, `Please initialize
// the log4j`, `system properties]`, `system-properties-to-log`, `java.class.path:`, `Launch
// Command`, `DriverWrapper`, `DriverRunner`, `driver-2026`, `supervise`, `Spark Executor Command`,
// `Spark Command`, `OnOutOfMemoryError`, `Dumping heap`, `Heap dump file created`, `Executing
// /bin/sh`, `hbase-daemon.sh`, ` Killed  `, `hive_job_log`, `HiveHistory`, `SessionStart`,
// `QueryStart`, `TASK_HADOOP_PROGRESS`, `QUERY_ID=`, `llapdaemon_history`, `FRAGMENT_START`,
// `FRAGMENT_END`, `HistoryLogger`, `HostName=`, `Oozie could not be started`, `ServicesLoader`,
// `E0103`, `REASON:`, `catalina.out`, `lastPromisedEpoch`, `QuorumPeer[myid`, `responseTooSlow`,
// `process-tree`, `firstMapTaskLaunchTime`). The block scanner's log, SecureDataNodeStarter and
// jsvc, the LeveldbLogger lines, Jersey's JUL records, the system-properties block, DriverRunner's
// header, HotSpot's OOM report, HiveHistory's file, LLAP's HistoryLogger and ServicesLoader's report
// are in none. The DataNode's own log is in world_test.go, fresh43, fresh127 and fresh230, the
// NodeManager's in fresh36, fresh171 and fresh230 (its `Dump of the process-tree` in fresh36), an
// AM's syslog in world_test.go, fresh68 and fresh234, `log4j:WARN` on a libhdfs client's stderr in
// fresh112 and in rules_test.go; the Spark standalone executor's stderr with its `Spark Executor
// Command:` header in fresh62, the daemons' `Spark Command:` .out headers in fresh36, fresh43 and
// fresh56; the HBase region server's .log header from hbase-daemon.sh in fresh68, its
// responseTooSlow lines in fresh3 and later; `Picked up JAVA_TOOL_OPTIONS: …ExitOnOutOfMemoryError`
// in fresh62; the LLAP daemon's own log in fresh49 (`QueryStart` there is ClickHouse's
// query_log type, `QUERY_ID=` other products'); Oozie's oozie.log with SERVER[] in fresh3, fresh17 and
// rules_test.go, its audit, ops, instrumentation, JPA and error logs in fresh49, fresh112 and
// fresh132; catalina.out in many tables but never Oozie's. Left out as measured already: ZooKeeper
// in every file from 3.4 to 3.9 (fresh4, fresh56, fresh127, fresh132, fresh163, fresh203, fresh230
// and others: its log, .out, trace, audit, GC and txn dumps), so no ZooKeeper family is here; the
// JournalNode's log (fresh56); HBase's responseTooSlow (fresh3, fresh127); the MapReduce JobSummary
// (fresh127) and .jhist (fresh56). The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The scanner's `date="2026-11-29 06:12:40,518"` (the JVM's zone-less local
// clock, the JVM at UTC here) and its `time=` epoch milliseconds are one instant; jsvc's `29/11/2026
// 07:41:19` is day first and zone-less; log4j's `yyyy-MM-dd HH:mm:ss,SSS`, Spark's `yy/MM/dd
// HH:mm:ss` (two-digit year 2026) and JUL's `Nov 29, 2026 7:41:30 AM` carry no zone and are taken as
// UTC; HiveHistory's TIME= and HistoryLogger's SubmitTime= and EndTime= are epoch milliseconds (a
// fragment's end line carries its StartTime too, an earlier instant, which is not the record's
// time); a TaskProgress line's TASK_HADOOP_PROGRESS value opens with the stamp of the same progress
// report, a millisecond before its TIME, so either is accepted, while a TaskEnd line carries the
// last progress report's older stamp, which is not its time. Dates inside values (a query's
// `dt='2026-11-28'`, a Hive query id's `20261129074118`, Jersey's build date, a cluster timestamp in
// a token, a driver's `--date` argument) are no times. SecureDataNodeStarter's lines, the JVM's
// uncaught exception and OOM report, bash's job line, DriverRunner's header and ServicesLoader's
// report have no time. Levels only where the line marks one: log4j's, Spark's and JUL's level
// words, `log4j:WARN`, HotSpot's `VM warning:`, jsvc's `error:` after its program name, Oozie's
// `ERROR:` opening its report; `Succeeded=false`, `Killed`, a return value or a RET_CODE are no
// levels. The host is the record's host field: HistoryLogger's HostName= (the LLAP daemon that ran
// the fragment and writes the file); a worker's address in a driver's message, a NameNode, a JDBC
// host in an error and a bind address are no hosts, and no other file here writes one. A record
// that spans lines is one entry: a JUL record's two lines, the system-properties block under its
// log4j line, DriverRunner's header with its rule and empty line, an exception with its frames
// and `Caused by:`, HotSpot's `#` banner, ServicesLoader's report from `ERROR:` to its closing
// rule and empty line; the empty line leveldb's own newline leaves after a message is that
// message's. HotSpot's OOM line, its heap-dump lines and bash's job line are records of their own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 9c92aea before any rule for it: level 85.7 %, time 73.5 %, host 78.5 %, records 76.4 %.
// That is the macro figure (micro: level 84.9 %, time 76.7 %, host 80.8 %, records 75.3 %), in a
// worktree at 9c92aea with no change to trawl's code (only this file and table_test.go's list), 4 of
// 10 families fully right (the block scanner's log, the NodeManager's LeveldbLogger lines with their
// empty lines, the MapReduce AM's stderr and its system-properties block); the gaps are jsvc's .err
// (untimed lines after a stamped one joined to it), the supervised Spark driver's stderr (the
// Launch Command header cut from its rule, the relaunch's header joined to the line before), HBase's
// .out (the OOM line joined to the VM warning, the `#` banner cut a line a record), the HiveHistory
// file (TIME= epoch milliseconds not read, later lines joined to TaskStart), LLAP's history log
// (SubmitTime= and EndTime= not read as times, HostName= not as the host) and Oozie's catalina.out
// (ServicesLoader's report cut at its empty lines and rules, JUL's pairs split after it). Read
// again and again in one source (TestRepeatedLinesReadAlike), Oozie's catalina.out reads otherwise
// on its later passes: the JUL pairs that follow the report split there too, the fault its gap
// names; the family is not on repeatKnown, which may not grow, so that test fails on it until trawl
// pairs JUL's lines after such a report.

var fresh315Cases = []worldCase{
	{
		name:   "hdfs2-datanode-dncp-block-verification-log",
		source: "a Hadoop 1.x/2.x DataNode's block scanner verification log, <volume>/current/BP-…/dncp_block_verification.log.curr read with tail (DataBlockScanner's and BlockPoolSliceScanner's LogEntry.newEnry: `date=\"` + SimpleDateFormat(\"yyyy-MM-dd HH:mm:ss,SSS\") + `\"\\t time=\"` + epoch ms + `\"\\t genstamp=\"n\"\\t id=\"n\"`, the file HDFS-7430 replaced in 2.7): the scanner's source (DataBlockScanner.java, found with find_string), TestDatanodeBlockScanner's dncp_block_verification.log.curr, public DataNode directory listings (HDP 2.4 'hdfs_metadata_datanodes')",
		why:    "a quoted date and a quoted epoch of the same instant, fields separated by a tab and a space; a negative block id from a cluster upgraded from Hadoop 1 and the generation stamps are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T06:12:40.518Z", Unknown, "", "date=\"2026-11-29 06:12:40,518\"\t time=\"1795932760518\"\t genstamp=\"1001\"\t id=\"1073741825\""),
			we("2026-11-29T06:58:03.104Z", Unknown, "", "date=\"2026-11-29 06:58:03,104\"\t time=\"1795935483104\"\t genstamp=\"1002\"\t id=\"1073741826\""),
			we("2026-11-29T07:20:11.937Z", Unknown, "", "date=\"2026-11-29 07:20:11,937\"\t time=\"1795936811937\"\t genstamp=\"1000\"\t id=\"-4811023945523407216\""),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "date=\"2026-11-29 07:41:16,204\"\t time=\"1795938076204\"\t genstamp=\"1187\"\t id=\"1073742009\""),
			we("2026-11-29T07:41:53.66Z", Unknown, "", "date=\"2026-11-29 07:41:53,660\"\t time=\"1795938113660\"\t genstamp=\"1188\"\t id=\"1073742010\""),
		},
	},
	{
		name:   "hdfs-secure-datanode-jsvc-privileged-err",
		gap:    "trawl reads jsvc's `29/11/2026 07:41:19 48210 jsvc.exec error:` line (its time and Error) but joins the untimed lines SecureDataNodeStarter prints at the next start (`Initializing secure datanode resources`, `isSaslEnabled:false`, `Opened streaming server at …`) to it as continuation lines: after a stamped line, an untimed line is no record of its own",
		source: "a secure Hadoop 3 DataNode started as root through jsvc, its $HADOOP_LOG_DIR/privileged-hdfs-datanode-<host>.err (SecureDataNodeStarter's System.err.println lines: `Initializing secure datanode resources`, `isSaslEnabled:false`, `Opened streaming server at /addr:port`, `Successfully obtained privileged resources (streaming port = ServerSocket[…] ) (http listener port = n)`, `Opened info server at …`, `Starting regular datanode initialization`; commons-daemon jsvc's log_error `dd/MM/yyyy HH:mm:ss pid jsvc.exec error: msg`): SecureDataNodeStarter.java in Hadoop 2.7 and 3.x (found with find_string), the commons-daemon FAQ (`jsvc.exec error: Service exit with a return value of 4`) and a forum thread quoting `30/05/2007 10:50:32 7165 jsvc.exec error: Service exit with a return value of 3`; the .err file name from hadoop-functions.sh, from memory",
		why:    "untimed lines with no level; jsvc's own lines carry a day-first zone-less date, a pid and `error:` after the program name; the bind addresses are no hosts",
		entries: []worldEntry{
			we("", Unknown, "", "Initializing secure datanode resources"),
			we("", Unknown, "", "isSaslEnabled:false"),
			we("", Unknown, "", "Opened streaming server at /0.0.0.0:1004"),
			we("", Unknown, "", "Successfully obtained privileged resources (streaming port = ServerSocket[addr=/0.0.0.0,localport=1004] ) (http listener port = 1006)"),
			we("", Unknown, "", "Opened info server at /0.0.0.0:1006"),
			we("", Unknown, "", "Starting regular datanode initialization"),
			we("2026-11-29T07:41:19Z", Error, "", "29/11/2026 07:41:19 48210 jsvc.exec error: Service exit with a return value of 1"),
			we("", Unknown, "", "Initializing secure datanode resources"),
			we("", Unknown, "", "isSaslEnabled:false"),
			we("", Unknown, "", "Opened streaming server at /0.0.0.0:1004"),
		},
	},
	{
		name:   "yarn-nodemanager-leveldb-logger-blank-lines",
		source: "a Hadoop 3 NodeManager with yarn.nodemanager.recovery.enabled, its hadoop-yarn-nodemanager-<host>.log (`%d{ISO8601} %p %c: %m%n`): NMLeveldbStateStoreService$LeveldbLogger and ShuffleHandler$LevelDBLogger relay leveldbjni's messages to log4j with LOG.info(message), and leveldb's `Delete type=%d #%lld\\n` carries its own newline, so an empty line follows it: NMLeveldbStateStoreService.java (found with find_string), microsoft/pai issue #4224 (a NodeManager's ShuffleHandler$LevelDBLogger lines with the empty line after each Delete); leveldb's other messages from memory of db_impl.cc",
		why:    "log4j lines with a `$` in the logger; an empty line after some messages belongs to them and is no record; `#214` and table sizes are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "2026-11-29 07:41:16,412 INFO org.apache.hadoop.yarn.server.nodemanager.recovery.NMLeveldbStateStoreService: Using state database at /var/lib/hadoop-yarn/yarn-nm-recovery/yarn-nm-state for recovery"),
			we("2026-11-29T07:41:16.431Z", Info, "", "2026-11-29 07:41:16,431 INFO org.apache.hadoop.yarn.server.nodemanager.recovery.NMLeveldbStateStoreService$LeveldbLogger: Recovering log #214"),
			we("2026-11-29T07:41:16.448Z", Info, "", "2026-11-29 07:41:16,448 INFO org.apache.hadoop.yarn.server.nodemanager.recovery.NMLeveldbStateStoreService$LeveldbLogger: Level-0 table #216: started"),
			we("2026-11-29T07:41:16.452Z", Info, "", "2026-11-29 07:41:16,452 INFO org.apache.hadoop.yarn.server.nodemanager.recovery.NMLeveldbStateStoreService$LeveldbLogger: Level-0 table #216: 18342 bytes OK"),
			we("2026-11-29T07:41:16.459Z", Info, "",
				"2026-11-29 07:41:16,459 INFO org.apache.hadoop.yarn.server.nodemanager.recovery.NMLeveldbStateStoreService$LeveldbLogger: Delete type=0 #214",
				""),
			we("2026-11-29T07:41:16.46Z", Info, "",
				"2026-11-29 07:41:16,460 INFO org.apache.hadoop.yarn.server.nodemanager.recovery.NMLeveldbStateStoreService$LeveldbLogger: Delete type=3 #213",
				""),
			we("2026-11-29T07:41:16.478Z", Info, "", "2026-11-29 07:41:16,478 INFO org.apache.hadoop.yarn.server.nodemanager.recovery.NMLeveldbStateStoreService: Loaded NM state version info 1.2"),
			we("2026-11-29T07:41:17.902Z", Info, "", "2026-11-29 07:41:17,902 INFO org.apache.hadoop.mapred.ShuffleHandler$LevelDBLogger: Recovering log #37"),
			we("2026-11-29T07:41:17.915Z", Info, "",
				"2026-11-29 07:41:17,915 INFO org.apache.hadoop.mapred.ShuffleHandler$LevelDBLogger: Delete type=0 #37",
				""),
			we("2026-11-29T07:41:17.93Z", Info, "", "2026-11-29 07:41:17,930 INFO org.apache.hadoop.yarn.server.nodemanager.containermanager.ContainerManagerImpl: Recovering container_e08_1795900000000_0042_01_000003 in state LAUNCHED with exit code -1000"),
		},
	},
	{
		name:   "mapreduce-am-container-stderr-jersey-jul",
		source: "a Hadoop 3.3/3.4 MapReduce ApplicationMaster's container stderr (userlogs/application_…/container_…_01_000001/stderr, or LogType:stderr in `yarn logs`): Jersey 1's java.util.logging records from the AM's web services (SimpleFormatter's `MMM d, yyyy h:mm:ss a class method` line and its `LEVEL: msg` line), then log4j 1's own `log4j:WARN` lines: two public `yarn logs` pastes of a Hadoop 3.3.4 job and of a Hadoop 3.2 job's userlogs (found with find_string); a Jersey 1.19 application's console in a public tutorial",
		why:    "two-line JUL records with a 12-hour clock and no zone; Jersey's build date inside a message is no time; log4j's own lines have no time and a WARN after `log4j:`",
		entries: []worldEntry{
			we("2026-11-29T07:41:30Z", Info, "",
				"Nov 29, 2026 7:41:30 AM com.sun.jersey.guice.spi.container.GuiceComponentProviderFactory register",
				"INFO: Registering org.apache.hadoop.mapreduce.v2.app.webapp.JAXBContextResolver as a provider class"),
			we("2026-11-29T07:41:30Z", Info, "",
				"Nov 29, 2026 7:41:30 AM com.sun.jersey.guice.spi.container.GuiceComponentProviderFactory register",
				"INFO: Registering org.apache.hadoop.yarn.webapp.GenericExceptionHandler as a provider class"),
			we("2026-11-29T07:41:30Z", Info, "",
				"Nov 29, 2026 7:41:30 AM com.sun.jersey.guice.spi.container.GuiceComponentProviderFactory register",
				"INFO: Registering org.apache.hadoop.mapreduce.v2.app.webapp.AMWebServices as a root resource class"),
			we("2026-11-29T07:41:30Z", Info, "",
				"Nov 29, 2026 7:41:30 AM com.sun.jersey.server.impl.application.WebApplicationImpl _initiate",
				"INFO: Initiating Jersey application, version 'Jersey: 1.19.4 05/24/2017 03:20 PM'"),
			we("2026-11-29T07:41:31Z", Info, "",
				"Nov 29, 2026 7:41:31 AM com.sun.jersey.guice.spi.container.GuiceComponentProviderFactory getComponentProvider",
				"INFO: Binding org.apache.hadoop.mapreduce.v2.app.webapp.AMWebServices to GuiceManagedComponentProvider with the scope \"PerRequest\""),
			we("", Warn, "", "log4j:WARN No appenders could be found for logger (org.apache.hadoop.mapreduce.v2.app.MRAppMaster)."),
			we("", Warn, "", "log4j:WARN Please initialize the log4j system properly."),
			we("", Warn, "", "log4j:WARN See http://logging.apache.org/log4j/1.2/faq.html#noconfig for more info."),
		},
	},
	{
		name:   "mapreduce-am-syslog-system-properties-block",
		source: "a Hadoop 3.3/3.4 MapReduce ApplicationMaster's container syslog (container-log4j.properties `%d{ISO8601} %p [%t] %c: %m%n`): MRAppMaster logs the JVM properties listed in mapreduce.jvm.system-properties-to-log as one message that opens with a newline, a `/****` rule, `[system properties]`, `key: value` lines and a closing rule: MRJobConfig's MAPREDUCE_JVM_SYSTEM_PROPERTIES_TO_LOG and its default list (found with find_string), a public `yarn logs` paste of a Hadoop 3.3.4 job showing the block",
		why:    "a log4j line whose message is empty on its own line and runs on in a banner of `key: value` lines; a thread name with spaces and a slash in its brackets; the paths, versions and the token's cluster_timestamp are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:29.118Z", Info, "", "2026-11-29 07:41:29,118 INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Created MRAppMaster for application appattempt_1795900000000_0042_000001"),
			we("2026-11-29T07:41:29.164Z", Info, "",
				"2026-11-29 07:41:29,164 INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: ",
				"/************************************************************",
				"[system properties]",
				"os.name: Linux",
				"os.version: 5.14.0-503.15.1.el9_5.x86_64",
				"java.home: /usr/lib/jvm/java-11-openjdk-11.0.25.0.9-1.el9.x86_64",
				"java.runtime.version: 11.0.25+9-LTS",
				"java.vendor: Red Hat, Inc.",
				"java.version: 11.0.25",
				"java.vm.name: OpenJDK 64-Bit Server VM",
				"java.class.path: /data/3/yarn/local/usercache/etl/appcache/application_1795900000000_0042/container_e08_1795900000000_0042_01_000001:/etc/hadoop/conf:/opt/hadoop/share/hadoop/common/hadoop-common-3.4.1.jar:/opt/hadoop/share/hadoop/common/lib/reload4j-1.2.22.jar:/opt/hadoop/share/hadoop/hdfs/hadoop-hdfs-client-3.4.1.jar:/opt/hadoop/share/hadoop/yarn/hadoop-yarn-common-3.4.1.jar:/opt/hadoop/share/hadoop/mapreduce/hadoop-mapreduce-client-app-3.4.1.jar:job.jar/job.jar:job.jar/classes/:job.jar/lib/*",
				"java.io.tmpdir: /data/3/yarn/local/usercache/etl/appcache/application_1795900000000_0042/container_e08_1795900000000_0042_01_000001/tmp",
				"user.dir: /data/3/yarn/local/usercache/etl/appcache/application_1795900000000_0042/container_e08_1795900000000_0042_01_000001",
				"user.name: etl",
				"************************************************************/"),
			we("2026-11-29T07:41:29.19Z", Info, "", "2026-11-29 07:41:29,190 INFO [main] org.apache.hadoop.security.SecurityUtil: Updating Configuration"),
			we("2026-11-29T07:41:29.251Z", Info, "", "2026-11-29 07:41:29,251 INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Executing with tokens: [Kind: YARN_AM_RM_TOKEN, Service: , Ident: (appAttemptId { application_id { id: 42 cluster_timestamp: 1795900000000 } attemptId: 1 } keyId: 1184210333)]"),
			we("2026-11-29T07:41:30.328Z", Warn, "", "2026-11-29 07:41:30,328 WARN [Listener at 0.0.0.0/39881] org.apache.hadoop.security.authentication.server.AuthenticationFilter: Unable to initialize FileSignerSecretProvider, falling back to use random secrets. Reason: Could not read signature secret file: /home/etl/hadoop-http-auth-signature-secret"),
		},
	},
	{
		name:   "spark-standalone-supervised-driver-stderr",
		gap:    "trawl cuts DriverRunner's first `Launch Command: \"…\"` header from its rule of `=` (the rule and its empty line come out as a record of their own), and joins the relaunch's header, rule and `Using Spark's default log4j profile` line to the stamped `ShutdownHookManager: Deleting directory` line before them as continuation lines",
		source: "a Spark 3.5 standalone worker's work/driver-<ts>-<n>/stderr for a driver submitted with --deploy-mode cluster --supervise: DriverRunner writes `Launch Command: \"…\" \"…\"`, a rule of 40 `=` and an empty line with Files.append before each launch, and runCommandWithRetry relaunches a supervised driver that exited non-zero, so the header returns after the failed run's uncaught exception; then the driver's log4j2-defaults lines `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex`: DriverRunner.scala in apache/spark (found with find_string), spark.apache.org 'Spark Standalone Mode' (--supervise); DriverWrapper's and WorkerWatcher's lines from memory",
		why:    "an untimed quoted command line with its rule as a header, twice; a two-digit-year date; the JVM's uncaught InvocationTargetException with its Caused by is one untimed record; the worker's and NameNode's addresses and the `--date` argument are no hosts or times",
		entries: []worldEntry{
			we("", Unknown, "",
				`Launch Command: "/usr/lib/jvm/java-17-openjdk-amd64/bin/java" "-cp" "/opt/spark/conf/:/opt/spark/jars/*" "-Xmx2048M" "-Dspark.app.name=com.example.rollup.Nightly" "-Dspark.driver.supervise=true" "-Dspark.master=spark://spark-m1.example.net:7077" "-Dspark.submit.deployMode=cluster" "-Dspark.jars=hdfs://nn1.example.net:8020/jobs/rollup-assembly-2.4.jar" "-Dspark.rpc.askTimeout=10s" "org.apache.spark.deploy.worker.DriverWrapper" "spark://Worker@10.30.4.21:38113" "/opt/spark/work/driver-20261129074116-0003/rollup-assembly-2.4.jar" "com.example.rollup.Nightly" "--date" "2026-11-28"`,
				"========================================",
				""),
			we("", Unknown, "", "Using Spark's default log4j profile: org/apache/spark/log4j2-defaults.properties"),
			we("2026-11-29T07:41:18Z", Info, "", "26/11/29 07:41:18 INFO DriverWrapper: Driver address: 10.30.4.21:41235"),
			we("2026-11-29T07:41:18Z", Info, "", "26/11/29 07:41:18 INFO WorkerWatcher: Connecting to worker spark://Worker@10.30.4.21:38113"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO SparkContext: Running Spark version 3.5.3"),
			we("", Unknown, "",
				`Exception in thread "main" java.lang.reflect.InvocationTargetException`,
				"\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
				"\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:77)",
				"\tat java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
				"\tat java.base/java.lang.reflect.Method.invoke(Method.java:569)",
				"\tat org.apache.spark.deploy.worker.DriverWrapper$.main(DriverWrapper.scala:63)",
				"\tat org.apache.spark.deploy.worker.DriverWrapper.main(DriverWrapper.scala)",
				"Caused by: org.apache.spark.sql.AnalysisException: [PATH_NOT_FOUND] Path does not exist: hdfs://nn1.example.net:8020/warehouse/raw/events/dt=2026-11-28.",
				"\tat org.apache.spark.sql.errors.QueryCompilationErrors$.dataPathNotExistError(QueryCompilationErrors.scala:1500)",
				"\tat com.example.rollup.Nightly$.main(Nightly.scala:41)",
				"\tat com.example.rollup.Nightly.main(Nightly.scala)",
				"\t... 6 more"),
			we("2026-11-29T07:41:52Z", Info, "", "26/11/29 07:41:52 INFO ShutdownHookManager: Shutdown hook called"),
			we("2026-11-29T07:41:52Z", Info, "", "26/11/29 07:41:52 INFO ShutdownHookManager: Deleting directory /tmp/spark-7e1c4a90-2b3d-4f58-9c6e-0a1d2f3b4c5e"),
			we("", Unknown, "",
				`Launch Command: "/usr/lib/jvm/java-17-openjdk-amd64/bin/java" "-cp" "/opt/spark/conf/:/opt/spark/jars/*" "-Xmx2048M" "-Dspark.app.name=com.example.rollup.Nightly" "-Dspark.driver.supervise=true" "-Dspark.master=spark://spark-m1.example.net:7077" "-Dspark.submit.deployMode=cluster" "-Dspark.jars=hdfs://nn1.example.net:8020/jobs/rollup-assembly-2.4.jar" "-Dspark.rpc.askTimeout=10s" "org.apache.spark.deploy.worker.DriverWrapper" "spark://Worker@10.30.4.21:38113" "/opt/spark/work/driver-20261129074116-0003/rollup-assembly-2.4.jar" "com.example.rollup.Nightly" "--date" "2026-11-28"`,
				"========================================",
				""),
			we("", Unknown, "", "Using Spark's default log4j profile: org/apache/spark/log4j2-defaults.properties"),
			we("2026-11-29T07:41:54Z", Info, "", "26/11/29 07:41:54 INFO DriverWrapper: Driver address: 10.30.4.21:42877"),
		},
	},
	{
		name:   "hbase-regionserver-out-jvm-oom-kill",
		gap:    "trawl joins the untimed `java.lang.OutOfMemoryError: Java heap space` line that opens HotSpot's OOM report to the `OpenJDK 64-Bit Server VM warning:` line before it as a continuation, and cuts HotSpot's `#` OnOutOfMemoryError banner into a record a line (`#`, `# java.lang.OutOfMemoryError: …`, `# -XX:OnOutOfMemoryError=…`, `#   Executing …`)",
		source: "an HBase 2.5 region server's logs/hbase-<user>-regionserver-<host>.out (the JVM's stdout and stderr; bin/hbase execs java with -XX:OnOutOfMemoryError=\"kill -9 %p\", hbase-daemon.sh's internal_start runs it with `>> ${HBASE_LOGOUT} 2>&1 &` and waits for it, the region server's own log going to the .log): apache/hbase bin/hbase and bin/hbase-daemon.sh; HotSpot's report_java_out_of_memory (`java.lang.OutOfMemoryError: …`, `Dumping heap to … ...`, `Heap dump file created [n bytes in s secs]`, then `#`, `# java.lang.OutOfMemoryError: …`, `# -XX:OnOutOfMemoryError=\"…\"`, `#   Executing /bin/sh -c \"kill -9 pid\"...`) as public Cassandra, Spark Thrift Server and PuppetDB pastes quote it (found with find_string); HotSpot's `VM warning:` line and bash's `line N: pid Killed  command` job line from memory",
		why:    "untimed lines: HotSpot's warning is a Warn; the OOM report's lines are messages of their own and its `#` banner one record; bash's job line with `Killed` has no level; the heap-dump size and seconds are no times",
		entries: []worldEntry{
			we("", Warn, "", "OpenJDK 64-Bit Server VM warning: Option UseConcMarkSweepGC was deprecated in version 9.0 and will likely be removed in a future release."),
			we("", Unknown, "", "java.lang.OutOfMemoryError: Java heap space"),
			we("", Unknown, "", "Dumping heap to /var/log/hbase/java_pid31337.hprof ..."),
			we("", Unknown, "", "Heap dump file created [16582918227 bytes in 48.217 secs]"),
			we("", Unknown, "",
				"#",
				"# java.lang.OutOfMemoryError: Java heap space",
				`# -XX:OnOutOfMemoryError="kill -9 %p"`,
				`#   Executing /bin/sh -c "kill -9 31337"...`),
			we("", Unknown, "", `/usr/lib/hbase/bin/hbase-daemon.sh: line 217: 31337 Killed                  nice -n $HBASE_NICENESS "$HBASE_HOME"/bin/hbase --config "${HBASE_CONF_DIR}" $command "$@" start >> ${HBASE_LOGOUT} 2>&1`),
		},
	},
	{
		name:   "hive-history-hive-job-log-txt",
		gap:    "trawl reads no time from HiveHistory's closing `TIME=\"1795938076204\"` epoch milliseconds (SessionStart and QueryStart come out untimed), and joins the TaskProgress, TaskEnd and QueryEnd lines to the TaskStart line as continuation lines, TaskStart then taking the stamp inside TaskProgress's TASK_HADOOP_PROGRESS value as its time",
		source: "Hive 2.x's HiveHistory file (hive.session.history.enabled=true, hive.querylog.location=/tmp/<user>, one hive_job_log_<session id>_<n>.txt a session; HiveHistoryImpl.log writes `RecordType`, then ` KEY=\"value\"` for each property with newlines in values replaced by spaces, then ` TIME=\"epoch ms\"`; TASK_HADOOP_PROGRESS is HadoopJobExecHelper's `yyyy-MM-dd HH:mm:ss,SSS Stage-n map = n%,  reduce = n%, Cumulative CPU s sec`): HiveHistoryImpl.java (found with find_string), Hive CLI sessions quoting `Hive history file=/tmp/<user>/hive_job_log_…txt` in public notes; the order of the keys (a HashMap's) from memory",
		why:    "the record's time is the epoch in TIME= at the end; a progress value opens with its own stamp (the same report's, accepted on TaskProgress; an older report's on TaskEnd, not its time); the query id's yyyyMMddHHmmss and the query's dates are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", `SessionStart SESSION_ID="5b0e7c2a-91d3-4f6e-b8a4-2c7d1e9f3a60" TIME="1795938076204"`),
			we("2026-11-29T07:41:18.311Z", Unknown, "", `QueryStart QUERY_STRING="INSERT OVERWRITE TABLE sales_daily PARTITION (dt='2026-11-28') SELECT region, sum(amount) FROM sales_raw WHERE dt='2026-11-28' GROUP BY region" QUERY_ID="etl_20261129074118_3e9a1c5d-7b2f-4d80-a6c3-9f1e2b4d7a05" TIME="1795938078311"`),
			we("2026-11-29T07:41:18.42Z", Unknown, "", `TaskStart TASK_NAME="org.apache.hadoop.hive.ql.exec.mr.MapRedTask" TASK_ID="Stage-1" QUERY_ID="etl_20261129074118_3e9a1c5d-7b2f-4d80-a6c3-9f1e2b4d7a05" TIME="1795938078420"`),
			we("2026-11-29T07:41:30.533Z|2026-11-29T07:41:30.532Z", Unknown, "", `TaskProgress TASK_HADOOP_PROGRESS="2026-11-29 07:41:30,532 Stage-1 map = 100%,  reduce = 0%, Cumulative CPU 3.12 sec" TASK_NUM_REDUCERS="1" TASK_NAME="org.apache.hadoop.hive.ql.exec.mr.MapRedTask" TASK_NUM_MAPPERS="2" TASK_COUNTERS="HIVE.CREATED_FILES:1,HIVE.DESERIALIZE_ERRORS:0,HIVE.RECORDS_IN:48211,Map-Reduce Framework.CPU time spent (ms):3120" TASK_ID="Stage-1" QUERY_ID="etl_20261129074118_3e9a1c5d-7b2f-4d80-a6c3-9f1e2b4d7a05" TASK_HADOOP_ID="job_1795900000000_0042" TIME="1795938090533"`),
			we("2026-11-29T07:41:41.604Z", Unknown, "", `TaskEnd TASK_RET_CODE="0" TASK_HADOOP_PROGRESS="2026-11-29 07:41:41,118 Stage-1 map = 100%,  reduce = 100%, Cumulative CPU 5.87 sec" TASK_NUM_REDUCERS="1" TASK_NAME="org.apache.hadoop.hive.ql.exec.mr.MapRedTask" TASK_NUM_MAPPERS="2" TASK_COUNTERS="HIVE.CREATED_FILES:1,HIVE.DESERIALIZE_ERRORS:0,HIVE.RECORDS_IN:48211,HIVE.RECORDS_OUT_1_default.sales_daily:12,Map-Reduce Framework.CPU time spent (ms):5870" TASK_ID="Stage-1" QUERY_ID="etl_20261129074118_3e9a1c5d-7b2f-4d80-a6c3-9f1e2b4d7a05" TASK_HADOOP_ID="job_1795900000000_0042" TIME="1795938101604"`),
			we("2026-11-29T07:41:42.977Z", Unknown, "", `QueryEnd ROWS_INSERTED="default.sales_daily~12" QUERY_STRING="INSERT OVERWRITE TABLE sales_daily PARTITION (dt='2026-11-28') SELECT region, sum(amount) FROM sales_raw WHERE dt='2026-11-28' GROUP BY region" QUERY_ID="etl_20261129074118_3e9a1c5d-7b2f-4d80-a6c3-9f1e2b4d7a05" QUERY_NUM_TASKS="1" QUERY_RET_CODE="0" TIME="1795938102977"`),
		},
	},
	{
		name:   "hive-llap-daemon-history-log",
		gap:    "trawl reads neither the time nor the host of HistoryLogger's `Event=…, HostName=h, …` lines: the epoch milliseconds in `SubmitTime=` (a start) and `EndTime=` (an end) are not read as the time, and `HostName=` is not read as the host",
		source: "a Hive 3.1/4 LLAP daemon's llapdaemon_history.log in its container log directory (llap-daemon-log4j2.properties: the HistoryLogger logger on the HISTORYAPPENDER with the pattern `%m%n`; HistoryLogger's HistoryLineBuilder writes `Event=FRAGMENT_START|FRAGMENT_END` and `, Key=value` pairs: HostName, ApplicationId, ContainerId, QueryId, DagId, VertexName, TaskId, TaskAttemptId, then SubmitTime for a start and ThreadName, Succeeded, StartTime and EndTime for an end, all times System.currentTimeMillis()): apache/hive llap-server/src/main/resources/llap-daemon-log4j2.properties, HistoryLogger.java (found with find_string); the container and thread names from memory",
		why:    "no stamp: the time is SubmitTime on a start and EndTime on an end (StartTime is earlier); HostName= is the daemon that writes the file; Succeeded=false is no level; the query id's date is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:19.102Z", Unknown, "llap-w03.example.net", "Event=FRAGMENT_START, HostName=llap-w03.example.net, ApplicationId=application_1795900000000_0012, ContainerId=container_1795900000000_0012_01_000017, QueryId=hive_20261129074118_6c2e9f1a-3b7d-4a58-9e0c-1d4f7b2a8c63, DagId=12, VertexName=Map 1, TaskId=3, TaskAttemptId=0, SubmitTime=1795938079102"),
			we("2026-11-29T07:41:19.115Z", Unknown, "llap-w03.example.net", "Event=FRAGMENT_START, HostName=llap-w03.example.net, ApplicationId=application_1795900000000_0012, ContainerId=container_1795900000000_0012_01_000018, QueryId=hive_20261129074118_6c2e9f1a-3b7d-4a58-9e0c-1d4f7b2a8c63, DagId=12, VertexName=Map 1, TaskId=5, TaskAttemptId=0, SubmitTime=1795938079115"),
			we("2026-11-29T07:41:21.532Z", Unknown, "llap-w03.example.net", "Event=FRAGMENT_END, HostName=llap-w03.example.net, ApplicationId=application_1795900000000_0012, ContainerId=container_1795900000000_0012_01_000017, QueryId=hive_20261129074118_6c2e9f1a-3b7d-4a58-9e0c-1d4f7b2a8c63, DagId=12, VertexName=Map 1, TaskId=3, TaskAttemptId=0, ThreadName=TezTR-900000_12_1_0_3_0, Succeeded=true, StartTime=1795938079106, EndTime=1795938081532"),
			we("2026-11-29T07:41:22.008Z", Unknown, "llap-w03.example.net", "Event=FRAGMENT_START, HostName=llap-w03.example.net, ApplicationId=application_1795900000000_0012, ContainerId=container_1795900000000_0012_01_000021, QueryId=hive_20261129074118_6c2e9f1a-3b7d-4a58-9e0c-1d4f7b2a8c63, DagId=12, VertexName=Reducer 2, TaskId=0, TaskAttemptId=0, SubmitTime=1795938082008"),
			we("2026-11-29T07:41:23.417Z", Unknown, "llap-w03.example.net", "Event=FRAGMENT_END, HostName=llap-w03.example.net, ApplicationId=application_1795900000000_0012, ContainerId=container_1795900000000_0012_01_000018, QueryId=hive_20261129074118_6c2e9f1a-3b7d-4a58-9e0c-1d4f7b2a8c63, DagId=12, VertexName=Map 1, TaskId=5, TaskAttemptId=0, ThreadName=TezTR-900000_12_1_0_5_0, Succeeded=false, StartTime=1795938079121, EndTime=1795938083417"),
		},
	},
	{
		name:   "oozie4-tomcat-catalina-out-services-loader",
		gap:    "trawl cuts ServicesLoader's report into six records (`ERROR: Oozie could not be started` with its empty line, `REASON: …`, `Stacktrace:`, the dashed rule, the exception with its frames, the closing rule): its empty lines and rules end the record; and after the report it no longer pairs JUL's `Nov 29, 2026 7:41:19 AM class method` line with its `INFO: …` line (the stamp line comes out with no level, the INFO line as a record of its own with no time)",
		source: "Oozie 4.3's oozie-server/logs/catalina.out under its bundled Tomcat 6 (JULI's ConsoleHandler with SimpleFormatter: `MMM d, yyyy h:mm:ss a class method` and `LEVEL: msg`), and ServicesLoader.contextInitialized's report when Services.init fails (System.out: an empty line, `ERROR: Oozie could not be started`, an empty line, `REASON: ` + the exception, an empty line, `Stacktrace:`, a rule of 65 `-`, the stack trace, the rule, an empty line, then System.exit(1)): apache/oozie ServicesLoader.java (found with find_string), ErrorCode E0103 `Could not load service classes, {0}`; the Tomcat lines and the OpenJPA cause from memory",
		why:    "two-line JUL records; the report is one untimed record with empty lines inside, opened by `ERROR:`; the JDBC host in the message is no host; Tomcat's stop lines after the exit",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"Nov 29, 2026 7:41:16 AM org.apache.catalina.startup.Catalina load",
				"INFO: Initialization processed in 702 ms"),
			we("2026-11-29T07:41:16Z", Info, "",
				"Nov 29, 2026 7:41:16 AM org.apache.catalina.core.StandardService start",
				"INFO: Starting service Catalina"),
			we("2026-11-29T07:41:16Z", Info, "",
				"Nov 29, 2026 7:41:16 AM org.apache.catalina.core.StandardEngine start",
				"INFO: Starting Servlet Engine: Apache Tomcat/6.0.53"),
			we("2026-11-29T07:41:16Z", Info, "",
				"Nov 29, 2026 7:41:16 AM org.apache.catalina.startup.HostConfig deployDescriptor",
				"INFO: Deploying configuration descriptor oozie.xml"),
			wskip(""),
			we("", Error, "",
				"ERROR: Oozie could not be started",
				"",
				"REASON: org.apache.oozie.service.ServiceException: E0103: Could not load service classes, Cannot create PoolableConnectionFactory (Access denied for user 'oozie'@'oozie-s1.example.net' (using password: YES))",
				"",
				"Stacktrace:",
				"-----------------------------------------------------------------",
				"org.apache.oozie.service.ServiceException: E0103: Could not load service classes, Cannot create PoolableConnectionFactory (Access denied for user 'oozie'@'oozie-s1.example.net' (using password: YES))",
				"\tat org.apache.oozie.service.Services.loadServices(Services.java:309)",
				"\tat org.apache.oozie.service.Services.init(Services.java:213)",
				"\tat org.apache.oozie.servlet.ServicesLoader.contextInitialized(ServicesLoader.java:46)",
				"\tat org.apache.catalina.core.StandardContext.listenerStart(StandardContext.java:4210)",
				"\tat org.apache.catalina.core.StandardContext.start(StandardContext.java:4709)",
				"Caused by: <openjpa-2.4.1-r422266:1730418 fatal general error> org.apache.openjpa.persistence.PersistenceException: Cannot create PoolableConnectionFactory (Access denied for user 'oozie'@'oozie-s1.example.net' (using password: YES))",
				"\tat org.apache.openjpa.jdbc.sql.DBDictionaryFactory.newDBDictionary(DBDictionaryFactory.java:106)",
				"\tat org.apache.oozie.service.JPAService.init(JPAService.java:145)",
				"\t... 24 more",
				"-----------------------------------------------------------------",
				""),
			we("2026-11-29T07:41:19Z", Info, "",
				"Nov 29, 2026 7:41:19 AM org.apache.coyote.http11.Http11Protocol pause",
				"INFO: Pausing Coyote HTTP/1.1 on http-11000"),
			we("2026-11-29T07:41:20Z", Info, "",
				"Nov 29, 2026 7:41:20 AM org.apache.catalina.core.StandardService stop",
				"INFO: Stopping service Catalina"),
		},
	},
}

func TestFresh315Formats(t *testing.T) { assertTable(t, fresh315Cases) }
func TestFresh315Score(t *testing.T) {
	checkScore(t, "fresh315 formats", fresh315Cases, [worldNumFields]float64{88.4, 73.4, 78.4, 79.2})
}
