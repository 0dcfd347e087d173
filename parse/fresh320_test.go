package parse

import "testing"

// The three-hundred-and-twentieth fresh table, written on 2026-12-08: the domains of the public
// labelled log datasets (LogPAI's loghub: HDFS, Hadoop, Spark, ZooKeeper, OpenStack, BGL,
// Thunderbird, HPC, Linux, Mac, Windows CBS, Android, HealthApp, Apache, Proxifier, OpenSSH), an
// eleventh pass after fresh16, fresh68, fresh80, fresh102, fresh110, fresh118, fresh127, fresh130,
// fresh151 and fresh305: the same products in versions, options and record kinds the earlier passes
// do not hold, in shapes no earlier table holds. Each family is one product's documented or observed
// output: OpenStack Swift's swift-recon report (a bracketed local time heading each check, untimed
// stat lines under it, the completion lines with the time they report, 79-`=` rules between checks);
// Spark's CsvSink metric files read with `head` (a `==> file <==` header whose name holds the app id,
// the Dropwizard CSV header, rows led by epoch seconds); Spark's Slf4jSink in the driver's log (the
// reporter's `type=TIMER, name=…, p99=…` lines among the scheduler's own); HDFS's NameNode edit log
// through the offline edits viewer `hdfs oev -p xml` (one indented <RECORD> block an operation, its
// time an epoch-millisecond MTIME or TIMESTAMP); Debian's sysvinit fsck logs written by e2fsprogs'
// logsave (/var/log/fsck/checkroot and checkfs: a header, a ctime, fsck's output and a closing ctime
// and dashes as one run); OpenSSH's ssh-copy-id in a terminal (its `INFO:`, `WARNING:` and `ERROR:`
// lines, ssh's four-line host-key prompt, untimed); OpenSSH's `ssh-keygen -M generate` and `-M
// screen` (ctime-led progress lines with elapsed and ETA figures shaped like clock times); Apache
// httpd's ab with `-g` (one tab-separated row a request, a ctime and epoch seconds of the same
// instant, the rows sorted by response time).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`swift-recon`, `reconnaissance`, `Checking async pendings`, `hosts matched`, `Not mounted:`,
// `error[s]`, `swift`, `CsvSink`, `t,value`, `calls/second`, `rate_unit`, `duration_unit`,
// `Slf4jSink`, `Slf4jReporter`, `type=GAUGE`, `type=TIMER`, `messageProcessingTime`, `memUsed_MB`,
// `SparkListener`, `structuredLogging`, `Spark Command:`, `[Stage `, `oev`, `oiv`, `OP_ADD`,
// `OP_START_LOG_SEGMENT`, `EDITS_VERSION`, `<RECORD>`, `hdfs-audit`, `FSNamesystem.audit`,
// `callerContext`, `clienttrace`, `Configured Capacity`, `Last contact`, `Bytes Already Moved`,
// `JvmPauseMonitor`, `hdfs mover`, `fuse_dfs`, `libhdfs`, `jhist`, `Avro-Json`, `JOBID=`,
// `submitTime=`, `RMAuditLogger`, `ApplicationSummary`, `directory.info`, `prelaunch`,
// `No appenders`, `STARTUP_MSG`, `kms-audit`, `Context=dfs`, `logsave`, `Log of fsck`, `checkroot`,
// `fsck from util-linux`, `died with exit status`, `i_blocks`, `bootlogd`, `ssh-copy-id`, `key(s)`,
// `No identities found`, `ssh-keygen`, `moduli`, `Sieve next`, `safe primes`, `Miller-Rabin`,
// `PerSourcePenalties`, `penalty:`, `Win32-OpenSSH`, `ssh-agent`, `sftp-server`, `dropbear`,
// `starttime`, `ctime\tdtime`, `Requests per second`, `ab -n`, `Syntax OK`, `mod_jk`,
// `jk_connect`, `forensic`, `suexec`, `ssl_request`, `ssl_io`, `dumpio`, `{cu}t`, `{sec}t`,
// `msec_frac`, `TxnLogToolkit`, `zxid 0x`, `createSession`, `Log4jAuditLogger`, `ZOO_INFO`,
// `ZNode Details`, `cZxid`, `[myid:`, `o.a.z.`, `JMX enabled by default`, `zk_server_state`,
// `PurgeTxnLog`, `WatchedEvent`, `starting up libvirt`, `eventlet.wsgi.server`, `ovn-controller`,
// `JSONFormatter`, `FluentFormatter`, `octavia`, `ibm.mmcs`, `gmetad`, `ganglia`, `ras-mc-ctl`,
// `mcelog`, `conman`, `pdsh`, `clush`, `Debug line with all properties`, `faillock`, `ausearch`,
// `ubuntu-advantage`, `Android Debug Bridge`, `Starting recovery`, `last_log`, `hilog`,
// `tombstone`, `dumpsys`, `RESET:TIME`, `fsck_apfs`, `daily.out`, `Sampled system activity`,
// `com.apple.xpc.launchd`, `eventMessage`, `Signpost`, `Malicious Software Removal`, `MpCmdRun`,
// `Deployment Image Servicing`, `Windows Resource Protection`, `poqexec`, `DPX`, `BlueBox`,
// `Proxifier`, `HealthApp`). swift-recon, Spark's CsvSink and Slf4jSink, the oev edits XML, logsave's
// fsck logs, ssh-copy-id, ssh-keygen's moduli output and ab's -g file are in none (the
// `reconnaissance` hit is a word in fresh205's EDR JSON, the `memUsed_MB` hit fresh151's ConsoleSink
// report, the `<RECORD>` hits java.util.logging's XMLFormatter records (fresh58, a shape of its own)
// and another product's XML, the `ssh-keygen` hit a shell history line, the `ab -n` hit inside
// `matlab -nodisplay`). Swift is in many tables as its servers' syslog lines,
// Spark's metrics only as the ConsoleSink (fresh151) and in its event and JSON logs, the NameNode's
// audit, fsck and dfsadmin reports in fresh4, fresh56 and fresh122, OpenSSH's daemons and clients in
// dozens, Apache's error and access logs and modules in dozens. Left out as measured already:
// ZooKeeper's audit log (fresh23, fresh211), its C client (fresh112), its transaction log dumps
// (fresh56, fresh242) and its 3.8 logback lines (fresh110 and others); the Hadoop job history,
// balancer, KMS, metrics FileSink and YARN reports (fresh13, fresh15, fresh49, fresh56, fresh122,
// fresh300); the Android recovery log (fresh13), adb's server log (fresh14), hilog (fresh113 and
// after); macOS's fsck, periodic, launchd, powermetrics and unified-log exports (fresh14 to
// fresh307); Windows servicing, DISM, SFC, MRT and Defender logs (fresh22, fresh110, fresh115,
// fresh134, fresh167, fresh314); Blue Gene's MMCS, Ganglia, rasdaemon, ConMan and pdsh (fresh59,
// fresh80, fresh159, fresh204, fresh313); Proxifier's and HealthApp's own lines (world_test.go,
// fresh151). Left out as not confirmed by a search: a dated Proxifier log option, the HDFS router's
// audit logger, Windows' MoSetup BlueBox.log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). swift-recon's `[2026-11-29 07:41:16]` is local time without a zone and taken
// as UTC; its `Oldest completion was 2026-11-29 07:35:02 (6 minutes ago)` line carries the time of
// the completion it reports, which is that line's only time; its stat lines under a check carry none.
// CsvSink's rows and the oev records' MTIME and TIMESTAMP are epoch seconds and milliseconds; an
// OP_CLOSE's ATIME is the earlier access time, not the operation's. logsave's ctime, ssh-keygen's
// `%.24s` ctime and ab's apr_ctime have no zone and are taken as UTC (ab's epoch column is the same
// instant). The app id's `20261129074202` in a CsvSink file name or a Slf4jSink metric name, fmt_time's
// `0:05` elapsed and `2:29` ETA, ab's millisecond columns, TXID, INODEID and GENSTAMP are no times.
// Levels only where the line marks one: Spark's level word, ssh-copy-id's `INFO:`, `WARNING:` and
// `ERROR:` after its path; `type=TIMER`, swift-recon's `!!` and `error[s]`, fsck's `errors` and
// `FIXED` and logsave's `died with exit status 1` are no levels. No family has a host field: Swift's
// storage nodes, Spark's executor addresses, oev's CLIENT_MACHINE and the hosts ssh-copy-id logs into
// are not the record's host. A record that spans lines is one entry: an oev <RECORD> block, a logsave
// run from its `Log of` line to its dashes with the blank lines inside it, ssh's host-key prompt
// (one message over four lines), ssh-copy-id's warning with its tab-indented line and its two-line
// closing hint; the untimed lines swift-recon prints under a check and its 79-`=` rules are records
// of their own, and blank lines and the XML prologue and epilogue are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d13dd9c before any rule for it: level 79.7 %, time 71.0 %, host 79.7 %, records 65.8 %.
// That is the macro figure (micro: level 72.9 %, time 64.7 %, host 72.9 %, records 60.0 %), in a
// worktree at d13dd9c with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right (Spark's CsvSink files, Spark's Slf4jSink lines, ab's -g file); the gaps are
// swift-recon's rule-led checks, the oev <RECORD> blocks and their epoch-millisecond times,
// logsave's runs, ssh's four-line host-key prompt and ssh-copy-id's two-line hint, and a shell
// prompt after a timed ssh-keygen line. swift-recon's rules were first fed as unscored lines; as
// TestRepeatedLinesReadAlike feeds such lines once, as a file's header, they are scored as the
// untimed lines of their own they are, and no other expectation changed. TestRepeatedLinesReadAlike
// then finds swift-recon's family read otherwise on a second pass (the rule before `--> Starting
// reconnaissance` heads a block with it there); repeatKnown takes no additions, so that check fails
// until trawl reads the family alike.

var fresh320Cases = []worldCase{
	{
		name:   "openstack-swift-recon-report",
		gap:    "each 79-`=` rule before a check heads a record that takes in the `[yyyy-mm-dd HH:MM:SS] Checking …` line and every untimed line after it (the `[name] low: …` stat lines, `Not mounted:`, `!! …`, `N/M hosts matched`), so no check line or line under it starts a record of its own, and the completion lines' own times (`Oldest completion was 2026-11-29 07:35:02 …`) are not read",
		source: "OpenStack Swift's `swift-recon object -a -u -r --md5` (swift/cli/recon.py: a 79-`=` rule, `--> Starting reconnaissance on N hosts (object)`, a rule, then per check `[yyyy-mm-dd HH:MM:SS] Checking …` from _ptime in local time, `[name] low: …, high: …, avg: …, total: …, Failed: …%, no_result: …, reported: …` from _print_stats, `Not mounted: dev on host:port`, `Oldest completion was <time> (N minutes ago) by host:port.`, `!! url (ring => md5) doesn't match on disk md5sum`, `N/M hosts matched, N error[s] while checking hosts.`, a rule after each check): openstack/swift swift/cli/recon.py; swift-recon(1); Red Hat OpenStack Platform 16.1 Storage Guide and notmyname's gist pasting `swift-recon --all`",
		why:    "a bracketed zone-less local time heads each check; the stat lines under it carry no time and stand on their own; the completion lines carry the time they report; `!!` and `error[s]` are no levels; the storage nodes' host:port are no record host; a rule is a line of its own that carries nothing",
		entries: []worldEntry{
			we("", Unknown, "", "$ swift-recon object -a -u -r --md5"),
			we("", Unknown, "", "==============================================================================="),
			we("", Unknown, "", "--> Starting reconnaissance on 3 hosts (object)"),
			we("", Unknown, "", "==============================================================================="),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] Checking async pendings"),
			we("", Unknown, "", "[async_pending] low: 0, high: 14, avg: 5.3, total: 16, Failed: 0.0%, no_result: 0, reported: 3"),
			we("", Unknown, "", "==============================================================================="),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] Getting unmounted drives from 3 hosts..."),
			we("", Unknown, "", "Not mounted: d7 on 10.20.4.13:6200"),
			we("", Unknown, "", "==============================================================================="),
			we("2026-11-29T07:41:17Z", Unknown, "", "[2026-11-29 07:41:17] Checking on replication"),
			we("", Unknown, "", "[replication_failure] low: 0, high: 2, avg: 0.7, total: 2, Failed: 0.0%, no_result: 0, reported: 3"),
			we("", Unknown, "", "[replication_success] low: 4102, high: 4377, avg: 4231.0, total: 12693, Failed: 0.0%, no_result: 0, reported: 3"),
			we("", Unknown, "", "[replication_time] low: 3, high: 7, avg: 4.7, total: 14, Failed: 0.0%, no_result: 0, reported: 3"),
			we("", Unknown, "", "[replication_attempted] low: 2051, high: 2189, avg: 2115.7, total: 6347, Failed: 0.0%, no_result: 0, reported: 3"),
			we("2026-11-29T07:35:02Z", Unknown, "", "Oldest completion was 2026-11-29 07:35:02 (6 minutes ago) by 10.20.4.12:6200."),
			we("2026-11-29T07:40:58Z", Unknown, "", "Most recent completion was 2026-11-29 07:40:58 (19 seconds ago) by 10.20.4.11:6200."),
			we("", Unknown, "", "==============================================================================="),
			we("2026-11-29T07:41:17Z", Unknown, "", "[2026-11-29 07:41:17] Checking ring md5sums"),
			we("", Unknown, "", "!! http://10.20.4.13:6200/recon/ringmd5 (object.ring.gz => 5d41c0b2e7a94f3816c2a90b7e3d1f48) doesn't match on disk md5sum"),
			we("", Unknown, "", "2/3 hosts matched, 1 error[s] while checking hosts."),
			we("", Unknown, "", "==============================================================================="),
			we("2026-11-29T07:41:17Z", Unknown, "", "[2026-11-29 07:41:17] Checking swift.conf md5sum"),
			we("", Unknown, "", "3/3 hosts matched, 0 error[s] while checking hosts."),
			we("", Unknown, "", "==============================================================================="),
		},
	},
	{
		name:   "spark-csvsink-metric-files-head",
		source: "Spark's CsvSink (metrics.properties `*.sink.csv.class=org.apache.spark.metrics.sink.CsvSink`, `*.sink.csv.directory=/tmp/spark-metrics`, the default 10-second period) writing one file a metric through Dropwizard's CsvReporter (a header `t,value`, `t,count` or `t,count,max,mean,min,stddev,p50,p75,p95,p98,p99,p999,mean_rate,m1_rate,m5_rate,m15_rate,rate_unit,duration_unit`, then rows led by epoch seconds, `calls/second` and `milliseconds` last on a timer's row), three files read with `head -n 3`: dropwizard metrics CsvReporter and its tests (the headers and rows); Spark's monitoring docs (the CsvSink); head(1) (the `==> file <==` headers and the blank line between files)",
		why:    "each row's time is its leading epoch seconds; the header rows and the `==>` lines carry nothing, and the app id's yyyyMMddHHmmss in a file name is no time; the timer's milliseconds and rates are no times; no level, no host",
		entries: []worldEntry{
			we("", Unknown, "", "==> /tmp/spark-metrics/app-20261129074202-0007.driver.BlockManager.memory.memUsed_MB.csv <=="),
			we("", Unknown, "", "t,value"),
			we("2026-11-29T07:42:12Z", Unknown, "", "1795938132,0"),
			we("2026-11-29T07:42:22Z", Unknown, "", "1795938142,412"),
			wskip(""),
			we("", Unknown, "", "==> /tmp/spark-metrics/app-20261129074202-0007.driver.DAGScheduler.messageProcessingTime.csv <=="),
			we("", Unknown, "", "t,count,max,mean,min,stddev,p50,p75,p95,p98,p99,p999,mean_rate,m1_rate,m5_rate,m15_rate,rate_unit,duration_unit"),
			we("2026-11-29T07:42:12Z", Unknown, "", "1795938132,87,41.207312,2.118204,0.204117,5.004411,0.912009,1.512004,8.004512,21.110405,30.771200,41.207312,9.412044,12.998201,14.101124,14.455730,calls/second,milliseconds"),
			we("2026-11-29T07:42:22Z", Unknown, "", "1795938142,1204,41.207312,1.604118,0.118203,2.771904,0.844120,1.290411,4.118207,9.004512,14.220731,41.207312,60.412207,58.120941,15.330127,5.212044,calls/second,milliseconds"),
			wskip(""),
			we("", Unknown, "", "==> /tmp/spark-metrics/app-20261129074202-0007.driver.LiveListenerBus.numEventsPosted.csv <=="),
			we("", Unknown, "", "t,count"),
			we("2026-11-29T07:42:12Z", Unknown, "", "1795938132,318"),
			we("2026-11-29T07:42:22Z", Unknown, "", "1795938142,4817"),
		},
	},
	{
		name:   "spark-slf4jsink-driver-log",
		source: "Spark's Slf4jSink (`*.sink.slf4j.class=org.apache.spark.metrics.sink.Slf4jSink`) handing the registry to Dropwizard's Slf4jReporter, which logs to the logger `metrics` (`type=GAUGE, name=…, value=…`, `type=COUNTER, name=…, count=…`, `type=HISTOGRAM, name=…, count=…, min=…, … p999=…`, `type=TIMER, … m15_rate=…, mean_rate=…, rate_unit=events/second, duration_unit=milliseconds`), in the driver's log with Spark 3.3+'s default log4j2 pattern `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex` among the scheduler's own lines: apache/spark core/src/main/scala/org/apache/spark/metrics/sink/Slf4jSink.scala; dropwizard metrics Slf4jReporter (logGauge, logCounter, logHistogram, logTimer); bootique's metrics docs (a `metrics: type=GAUGE` line in a log)",
		why:    "a two-digit year first; `type=TIMER` is a metric type, no level; the app id's yyyyMMddHHmmss in a metric name and the p99= and max= figures are no times; the executor address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:42:12Z", Info, "", "26/11/29 07:42:12 INFO metrics: type=GAUGE, name=app-20261129074202-0007.driver.BlockManager.memory.memUsed_MB, value=0"),
			we("2026-11-29T07:42:12Z", Info, "", "26/11/29 07:42:12 INFO metrics: type=GAUGE, name=app-20261129074202-0007.driver.jvm.heap.usage, value=0.08412011"),
			we("2026-11-29T07:42:12Z", Info, "", "26/11/29 07:42:12 INFO metrics: type=COUNTER, name=app-20261129074202-0007.driver.LiveListenerBus.numEventsPosted, count=318"),
			we("2026-11-29T07:42:12Z", Info, "", "26/11/29 07:42:12 INFO metrics: type=HISTOGRAM, name=app-20261129074202-0007.driver.CodeGenerator.compilationTime, count=14, min=6, max=412, mean=48.21, stddev=104.7, p50=12.0, p75=31.0, p95=412.0, p98=412.0, p99=412.0, p999=412.0"),
			we("2026-11-29T07:42:12Z", Info, "", "26/11/29 07:42:12 INFO metrics: type=TIMER, name=app-20261129074202-0007.driver.DAGScheduler.messageProcessingTime, count=87, min=0.204117, max=41.207312, mean=2.118204, stddev=5.004411, p50=0.912009, p75=1.512004, p95=8.004512, p98=21.110405, p99=30.7712, p999=41.207312, m1_rate=12.998201, m5_rate=14.101124, m15_rate=14.45573, mean_rate=9.412044, rate_unit=events/second, duration_unit=milliseconds"),
			we("2026-11-29T07:42:14Z", Info, "", "26/11/29 07:42:14 INFO TaskSetManager: Finished task 3.0 in stage 1.0 (TID 7) in 1841 ms on 10.20.5.31 (executor 1) (4/8)"),
			we("2026-11-29T07:42:17Z", Warn, "", "26/11/29 07:42:17 WARN TaskSetManager: Lost task 5.0 in stage 1.0 (TID 9) (10.20.5.32 executor 2): java.io.IOException: Connection reset by peer"),
			we("2026-11-29T07:42:22Z", Info, "", "26/11/29 07:42:22 INFO metrics: type=GAUGE, name=app-20261129074202-0007.driver.BlockManager.memory.memUsed_MB, value=412"),
		},
	},
	{
		name:   "hdfs-oev-xml-edit-log",
		gap:    "trawl joins every two-space-indented `<RECORD>` block after the first to the first one, so one entry holds the whole segment, and it reads no time from a block's `<MTIME>` or `<TIMESTAMP>` epoch milliseconds",
		source: "HDFS's offline edits viewer over a NameNode edit log segment (`hdfs oev -p xml -i edits_0000000000000048211-0000000000000048217 -o edits.xml`, then `cat edits.xml`: an XML prologue, <EDITS> and <EDITS_VERSION>, then one two-space-indented <RECORD> block an operation with its <OPCODE> and <DATA>: TXID, PATH, TIMESTAMP in epoch milliseconds for OP_MKDIR and OP_RENAME_OLD, MTIME and ATIME for OP_ADD and OP_CLOSE, CLIENT_NAME and CLIENT_MACHINE, PERMISSION_STATUS): Hadoop tutorials pasting `hdfs oev -p XML` output found with the search tool (OP_START_LOG_SEGMENT, OP_MKDIR, OP_ADD, OP_ALLOCATE_BLOCK_ID blocks); OP_CLOSE's and OP_RENAME_OLD's fields and OP_END_LOG_SEGMENT from memory",
		why:    "a record is a <RECORD> block of indented XML; its time is the operation's epoch milliseconds (OP_CLOSE's MTIME, not its earlier ATIME); the segment markers and a block-id allocation carry no time; TXID, INODEID, BLOCK_ID, GENSTAMP and MODE are no times; CLIENT_MACHINE is a client, no host; no level",
		entries: []worldEntry{
			wskip(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`, "<EDITS>", "  <EDITS_VERSION>-66</EDITS_VERSION>"),
			we("", Unknown, "",
				"  <RECORD>",
				"    <OPCODE>OP_START_LOG_SEGMENT</OPCODE>",
				"    <DATA>",
				"      <TXID>48211</TXID>",
				"    </DATA>",
				"  </RECORD>"),
			we("2026-11-29T07:41:16.204Z", Unknown, "",
				"  <RECORD>",
				"    <OPCODE>OP_MKDIR</OPCODE>",
				"    <DATA>",
				"      <TXID>48212</TXID>",
				"      <LENGTH>0</LENGTH>",
				"      <INODEID>204117</INODEID>",
				"      <PATH>/warehouse/orders/dt=2026-11-29</PATH>",
				"      <TIMESTAMP>1795938076204</TIMESTAMP>",
				"      <PERMISSION_STATUS>",
				"        <USERNAME>etl</USERNAME>",
				"        <GROUPNAME>supergroup</GROUPNAME>",
				"        <MODE>493</MODE>",
				"      </PERMISSION_STATUS>",
				"    </DATA>",
				"  </RECORD>"),
			we("2026-11-29T07:41:16.512Z", Unknown, "",
				"  <RECORD>",
				"    <OPCODE>OP_ADD</OPCODE>",
				"    <DATA>",
				"      <TXID>48213</TXID>",
				"      <LENGTH>0</LENGTH>",
				"      <INODEID>204118</INODEID>",
				"      <PATH>/warehouse/orders/dt=2026-11-29/part-00000.parquet._COPYING_</PATH>",
				"      <REPLICATION>3</REPLICATION>",
				"      <MTIME>1795938076512</MTIME>",
				"      <ATIME>1795938076512</ATIME>",
				"      <BLOCKSIZE>134217728</BLOCKSIZE>",
				"      <CLIENT_NAME>DFSClient_NONMAPREDUCE_-1840712204_1</CLIENT_NAME>",
				"      <CLIENT_MACHINE>10.40.3.21</CLIENT_MACHINE>",
				"      <OVERWRITE>true</OVERWRITE>",
				"      <PERMISSION_STATUS>",
				"        <USERNAME>etl</USERNAME>",
				"        <GROUPNAME>supergroup</GROUPNAME>",
				"        <MODE>420</MODE>",
				"      </PERMISSION_STATUS>",
				"      <ERASURE_CODING_POLICY_ID>0</ERASURE_CODING_POLICY_ID>",
				"      <RPC_CLIENTID>4b7e2c19-8d3a-4f60-a1e5-9c02d7b3f418</RPC_CLIENTID>",
				"      <RPC_CALLID>3</RPC_CALLID>",
				"    </DATA>",
				"  </RECORD>"),
			we("", Unknown, "",
				"  <RECORD>",
				"    <OPCODE>OP_ALLOCATE_BLOCK_ID</OPCODE>",
				"    <DATA>",
				"      <TXID>48214</TXID>",
				"      <BLOCK_ID>1073801289</BLOCK_ID>",
				"    </DATA>",
				"  </RECORD>"),
			we("2026-11-29T07:41:17.931Z", Unknown, "",
				"  <RECORD>",
				"    <OPCODE>OP_CLOSE</OPCODE>",
				"    <DATA>",
				"      <TXID>48215</TXID>",
				"      <LENGTH>0</LENGTH>",
				"      <INODEID>0</INODEID>",
				"      <PATH>/warehouse/orders/dt=2026-11-29/part-00000.parquet._COPYING_</PATH>",
				"      <REPLICATION>3</REPLICATION>",
				"      <MTIME>1795938077931</MTIME>",
				"      <ATIME>1795938076512</ATIME>",
				"      <BLOCKSIZE>134217728</BLOCKSIZE>",
				"      <CLIENT_NAME></CLIENT_NAME>",
				"      <CLIENT_MACHINE></CLIENT_MACHINE>",
				"      <OVERWRITE>false</OVERWRITE>",
				"      <BLOCK>",
				"        <BLOCK_ID>1073801289</BLOCK_ID>",
				"        <NUM_BYTES>41207312</NUM_BYTES>",
				"        <GENSTAMP>60512</GENSTAMP>",
				"      </BLOCK>",
				"      <PERMISSION_STATUS>",
				"        <USERNAME>etl</USERNAME>",
				"        <GROUPNAME>supergroup</GROUPNAME>",
				"        <MODE>420</MODE>",
				"      </PERMISSION_STATUS>",
				"    </DATA>",
				"  </RECORD>"),
			we("2026-11-29T07:41:17.94Z", Unknown, "",
				"  <RECORD>",
				"    <OPCODE>OP_RENAME_OLD</OPCODE>",
				"    <DATA>",
				"      <TXID>48216</TXID>",
				"      <LENGTH>0</LENGTH>",
				"      <SRC>/warehouse/orders/dt=2026-11-29/part-00000.parquet._COPYING_</SRC>",
				"      <DST>/warehouse/orders/dt=2026-11-29/part-00000.parquet</DST>",
				"      <TIMESTAMP>1795938077940</TIMESTAMP>",
				"      <RPC_CLIENTID>4b7e2c19-8d3a-4f60-a1e5-9c02d7b3f418</RPC_CLIENTID>",
				"      <RPC_CALLID>9</RPC_CALLID>",
				"    </DATA>",
				"  </RECORD>"),
			we("", Unknown, "",
				"  <RECORD>",
				"    <OPCODE>OP_END_LOG_SEGMENT</OPCODE>",
				"    <DATA>",
				"      <TXID>48217</TXID>",
				"    </DATA>",
				"  </RECORD>"),
			wskip("</EDITS>"),
		},
	},
	{
		name:   "debian-logsave-fsck-checkroot-checkfs",
		gap:    "trawl splits each logsave run in three: the `Log of fsck … ` line stands alone with no time, the opening ctime line starts a record holding fsck's output, and the closing ctime line starts another with the dashes; the run is not one record timed by its opening ctime",
		source: "Debian's sysvinit initscripts running fsck under e2fsprogs' logsave at boot (checkroot.sh: `logsave -s $FSCK_LOGFILE fsck $spinner $force $fix -t $roottype $rootdev` into /var/log/fsck/checkroot; checkfs.sh likewise with -R -A into /var/log/fsck/checkfs); logsave writes `Log of ` and the command's words each followed by a space, a ctime line, a blank line, the program's output, `<prog> died with exit status N` when it fails, a blank line, a closing ctime and sixteen dashes; both files read with `tail -n +1 /var/log/fsck/*`: tytso/e2fsprogs misc/logsave.c; Debian initscripts checkroot.sh; fsck's and e2fsck's preen messages from memory",
		why:    "a run's time is the ctime under its header (no zone: UTC), a later ctime closes it; the run with its blank lines is one record; `errors`, `FIXED` and `died with exit status 1` are no levels; the `==>` headers carry nothing; no host",
		entries: []worldEntry{
			we("", Unknown, "", "==> /var/log/fsck/checkfs <=="),
			we("2026-11-29T07:41:17Z", Unknown, "",
				"Log of fsck -C -R -A -a ",
				"Sun Nov 29 07:41:17 2026",
				"",
				"fsck from util-linux 2.38.1",
				"/dev/sda2: clean, 412/65536 files, 18204/262144 blocks",
				"/dev/mapper/vg0-srv: clean, 41207/6553600 files, 2114882/26214400 blocks",
				"",
				"Sun Nov 29 07:41:18 2026",
				"----------------"),
			wskip(""),
			we("", Unknown, "", "==> /var/log/fsck/checkroot <=="),
			we("2026-11-29T07:41:14Z", Unknown, "",
				"Log of fsck -C -a -t ext4 /dev/sda1 ",
				"Sun Nov 29 07:41:14 2026",
				"",
				"fsck from util-linux 2.38.1",
				"/dev/sda1 contains a file system with errors, check forced.",
				"/dev/sda1: Inode 1317, i_blocks is 16, should be 8.  FIXED.",
				"/dev/sda1: 184211/3276800 files (0.4% non-contiguous), 2811142/13107200 blocks",
				"fsck died with exit status 1",
				"",
				"Sun Nov 29 07:41:16 2026",
				"----------------"),
		},
	},
	{
		name:   "openssh-ssh-copy-id-terminal",
		gap:    "trawl cuts ssh's host-key prompt after its first line: the `ED25519 key fingerprint is …`, `This key is not known by any other names` and `Are you sure … ? yes` lines stand as records of their own, and the heredoc's `and check to make sure …` line is split from `Now try logging into the machine, with:`",
		source: "OpenSSH's ssh-copy-id (contrib/ssh-copy-id, shipped with the client) as copied from a terminal: its own `/usr/bin/ssh-copy-id: INFO:`, `WARNING:` and `ERROR:` lines on stderr, ssh's host-key prompt (one message over four lines, the typed `yes` after it), the password prompt, the closing heredoc (`Number of key(s) added: 1`, a blank line, `Now try logging into the machine, with:` and `and check to make sure …`), the all-keys-skipped warning with its tab-indented second line between blank lines, `ERROR: No identities found`: terminal sessions pasted in public notes and READMEs found with the search tool (the INFO and WARNING lines and the heredoc); OpenSSH sshconnect.c's host-key prompt and the ERROR line from memory",
		why:    "no time anywhere; `INFO:`, `WARNING:` and `ERROR:` after the script's path are its levels; the prompt's four lines, the warning with its indented line and the two-line hint are one record each; the remote account and the host in ssh's prompt are no record host",
		entries: []worldEntry{
			we("", Unknown, "", "$ ssh-copy-id -i ~/.ssh/id_ed25519.pub deploy@db-02.example.net"),
			we("", Info, "", `/usr/bin/ssh-copy-id: INFO: Source of key(s) to be installed: "/home/mara/.ssh/id_ed25519.pub"`),
			we("", Unknown, "",
				"The authenticity of host 'db-02.example.net (10.40.2.17)' can't be established.",
				"ED25519 key fingerprint is SHA256:Yk3vQ9tLr2mW8xNcE4pHs7uJd1aZf6gBo0iKq5yTnVw.",
				"This key is not known by any other names",
				"Are you sure you want to continue connecting (yes/no/[fingerprint])? yes"),
			we("", Info, "", "/usr/bin/ssh-copy-id: INFO: attempting to log in with the new key(s), to filter out any that are already installed"),
			we("", Info, "", "/usr/bin/ssh-copy-id: INFO: 1 key(s) remain to be installed -- if you are prompted now it is to install the new keys"),
			we("", Unknown, "", "deploy@db-02.example.net's password: "),
			wskip(""),
			we("", Unknown, "", "Number of key(s) added: 1"),
			wskip(""),
			we("", Unknown, "",
				`Now try logging into the machine, with:   "ssh 'deploy@db-02.example.net'"`,
				"and check to make sure that only the key(s) you wanted were added."),
			wskip(""),
			we("", Unknown, "", "$ ssh-copy-id deploy@db-03.example.net"),
			we("", Info, "", `/usr/bin/ssh-copy-id: INFO: Source of key(s) to be installed: "/home/mara/.ssh/id_ed25519.pub"`),
			we("", Info, "", "/usr/bin/ssh-copy-id: INFO: attempting to log in with the new key(s), to filter out any that are already installed"),
			wskip(""),
			we("", Warn, "",
				"/usr/bin/ssh-copy-id: WARNING: All keys were skipped because they already exist on the remote system.",
				"\t\t(if you think this is a mistake, you may want to use -f option)"),
			wskip(""),
			we("", Unknown, "", "$ sudo ssh-copy-id backup@nas-01.example.net"),
			we("", Error, "", "/usr/bin/ssh-copy-id: ERROR: No identities found"),
		},
	},
	{
		name:   "openssh-ssh-keygen-moduli-terminal",
		gap:    "the shell prompt `$ ssh-keygen -M screen …` right after the timed `Found 37114 candidates` line is joined to that line as a continuation instead of standing as a record of its own",
		source: "OpenSSH 8.2+'s `ssh-keygen -M generate -O bits=3072` and `ssh-keygen -M screen` run in a terminal to rebuild /etc/ssh/moduli (moduli.c's logit lines on stderr, each starting with ctime's first 24 characters in local time: `Sieve next N plus B-bit`, `Sieved with N small primes in S seconds`, `Found N candidates`; print_progress's `processed N of M (P%) in H:MM, ETA H:MM` five minutes apart, fmt_time's `%d:%02d`; `Found N safe primes of M candidates in S seconds`): openssh/openssh-portable moduli.c (gen_candidates, print_progress, fmt_time, prime_test); the shell prompts from memory",
		why:    "each line starts with a ctime date, the year after the clock and no zone (UTC); fmt_time's elapsed `0:05` and ETA `2:29` look like clock times and are none; the prompt lines carry nothing; no level, no host",
		entries: []worldEntry{
			we("", Unknown, "", "$ ssh-keygen -M generate -O bits=3072 moduli-3072.candidates"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 Sieve next 117440512 plus 3071-bit"),
			we("2026-11-29T07:43:02Z", Unknown, "", "Sun Nov 29 07:43:02 2026 Sieved with 203277289 small primes in 106 seconds"),
			we("2026-11-29T07:43:05Z", Unknown, "", "Sun Nov 29 07:43:05 2026 Found 37114 candidates"),
			we("", Unknown, "", "$ ssh-keygen -M screen -f moduli-3072.candidates moduli-3072"),
			we("2026-11-29T07:48:06Z", Unknown, "", "Sun Nov 29 07:48:06 2026 processed 1201 of 37114 (3%) in 0:05, ETA 2:29"),
			we("2026-11-29T07:53:06Z", Unknown, "", "Sun Nov 29 07:53:06 2026 processed 2377 of 37114 (6%) in 0:10, ETA 2:26"),
			we("2026-11-29T10:21:44Z", Unknown, "", "Sun Nov 29 10:21:44 2026 Found 29 safe primes of 11212 candidates in 9518 seconds"),
		},
	},
	{
		name:   "apache-ab-gnuplot-tsv",
		source: "Apache httpd's ab run as `ab -n 200 -c 8 -g results.tsv https://shop.example.net/` and the file read with cat (support/ab.c's gnuplot block: a `starttime\\tseconds\\tctime\\tdtime\\tttime\\twait` header, then one tab-separated row a request: apr_ctime's local start time, the same instant in epoch seconds, then connect, processing, total and waiting milliseconds, written after the results were sorted by total time): apache/httpd support/ab.c (output_results); ab(1) (-g)",
		why:    "rows come sorted by total time, so their times go back and forth; the ctime and the epoch seconds are the same instant (the client ran in UTC); the millisecond columns are no times; the header carries nothing; no level, no host",
		entries: []worldEntry{
			we("", Unknown, "", "starttime\tseconds\tctime\tdtime\tttime\twait"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026\t1795938077\t0\t3\t3\t3"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026\t1795938076\t0\t4\t4\t3"),
			we("2026-11-29T07:41:18Z", Unknown, "", "Sun Nov 29 07:41:18 2026\t1795938078\t1\t4\t5\t4"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026\t1795938076\t1\t11\t12\t11"),
			we("2026-11-29T07:41:19Z", Unknown, "", "Sun Nov 29 07:41:19 2026\t1795938079\t0\t41\t41\t40"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026\t1795938077\t3\t204\t207\t203"),
		},
	},
}

func TestFresh320Formats(t *testing.T) { assertTable(t, fresh320Cases) }
func TestFresh320Score(t *testing.T) {
	checkScore(t, "fresh320 formats", fresh320Cases, [worldNumFields]float64{79.6, 70.9, 79.6, 65.7})
}
