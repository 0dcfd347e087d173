package parse

import "testing"

// The seven-hundred-and-eighty-fifth fresh table: another pass over the domains of the labelled
// public log datasets, at settings those datasets do not show. Each family is one daemon's output
// in a layout no earlier table holds: Hadoop 1's MapReduce audit log (mapred.AuditLogger, tab-
// separated KEY=value pairs after the log4j prefix); a Spark executor under a custom log4j pattern
// that puts the bracketed thread (`Executor task launch worker for task …`) before the level;
// Apache httpd 2.4 logging its error log to syslog (`ErrorLog syslog:local1`: a BSD header, then
// the `[module:level]` tag); OpenStack Swift's container-server and container-sharder through
// syslog; Swift's account-reaper through syslog; the Flux resource manager's module log with a
// `name.level[rank]:` tag; macOS system.log lines from reverse-DNS senders (com.apple.kextcache).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `loghub`, `HealthApp`, `Proxifier`, `Thunderbird`, `BGL`,
// `RAS KERNEL`, `CBS`, `zookeeper`, `spark`, `mapreduce`, `namenode`, `datanode`, `system.log`,
// `logcat`, `sshd`, `apache error`, `hpc`, `FSNamesystem.audit`, `Log4jAuditLogger`,
// `SparkListener`, `YarnChild`, `DISM`, `setupapi`, `-v long`, `style syslog`, `proxy-server:`,
// `myid:`, `structuredLogging`, `spirit`, `liberty`, `red storm`, `MSG_ID`, `Mira`, `jhist`,
// `CoarseGrainedExecutorBackend`, `Executor task launch`, `ShuffleBlockFetcherIterator`,
// `mapred-audit`, `mapred.AuditLogger`, `OPERATION=SUBMIT_JOB`, `OPERATION=`, `RMAuditLogger`,
// `NMAuditLogger`, `clienttrace`, `Iteration#`, `TxnLogToolkit`, `cxid`, `RECID`, `setupact`,
// `-v year`, `%{cu}t`, `sshd version OpenSSH`, `style compact`, `HDFS_READ`, `CSI    0000`,
// `Spark Command:`, `[core:error] [pid`, `]: [core:`, `httpd[`, `syslog:local`, `object-server:`,
// `container-server`, `container-sharder`, `account-server`, `account-reaper`, `c0-0c`, `apsys`,
// `-v process`, `fsck_apfs`, `daily.out`, `uwsgi`, `ASLMessageID`, `system_server`,
// `sshd-session`, `ssl_request`, `PBS_Server`, `FileSink`, `py4j`, `DPX`, `MSI (s)`,
// `SUBMIT_TIME=`, `JobSummary: jobId`, `D/WindowManager(`, `oslo_log.formatters`,
// `Removing file:`, `genstamp=`, `----- pid`, `poqexec`, `broker.info[`, `flux dmesg`,
// `sched.debug[`, `syspolicyd`, `kextcache`, `<Notice>`, `-b kernel`. The theme's datasets and
// nearly every variant of them are measured already (loghub's own layouts, their CSVs, the Hadoop
// daemons' audit logs, logcat's every -v format, Apache's ErrorLogFormat settings, Swift's
// object-server, Flux's dmesg, macOS's ASL levels); these eight matched nothing or only a sibling.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Times without a zone are UTC; year-less syslog dates are in 2026; Swift's
// bracketed request time (+0000) is a second version of the syslog header's time, and either is
// accepted (`a|b`); Flux's ISO time ends in Z. Levels only where the line marks one: the log4j
// level column (the audit logger, the Spark executor), Apache's `[module:level]` tag, Flux's
// `.level` suffix on the module name; Swift's and macOS's syslog files carry no PRI and no level
// (a word like ERROR at the head of Swift's message is the message's). The host is the record's
// host field: the BSD header's host (Apache, Swift, macOS); the audit log's IP= and Apache's
// [client …] are peers; the Spark executor, the audit log and Flux carry none. Records are one
// line, except the Spark executor's stack trace, which is one record with its exception.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory". Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 22d1122 before any rule for it: level 84.4 %, time 100.0 %,
// host 100.0 %, records 100.0 %. That is the macro figure (micro: level 83.3 %, time 100.0 %, host
// 100.0 %, records 100.0 %), in a worktree at 22d1122 with no change to trawl's code (only this
// file and table_test.go's list), 6 of 8 families fully right; the gaps are both levels: Flux's
// `module.level[rank]:` suffix is not read, and the word ERROR opening Swift's container-sharder
// message is read as a level though the syslog line carries none.

var fresh785Cases = []worldCase{
	{
		name:   "hadoop1-mapred-auditlogger-tabs",
		source: "Hadoop 1 org.apache.hadoop.mapred.AuditLogger (`Keys {USER, OPERATION, TARGET, RESULT, IP, PERMISSIONS, DESCRIPTION}`, `Audit log format is written as key=value pairs`, joined by tabs as RMAuditLogger does) logged through the JobTracker's log4j `%d{ISO8601} %p %c: %m%n`: the AuditLogger.java source found by the code search; the tab separator from memory",
		why:    "the log4j ISO time with a comma, the level, the logger, then tab-separated KEY=value pairs; IP= is the client, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO org.apache.hadoop.mapred.AuditLogger: USER=anneke\tIP=10.31.4.17\tOPERATION=SUBMIT_JOB\tTARGET=job_202611290712_0042\tRESULT=SUCCESS"),
			we("2026-11-29T07:41:21.77Z", Info, "", "2026-11-29 07:41:21,770 INFO org.apache.hadoop.mapred.AuditLogger: USER=anneke\tIP=10.31.4.17\tOPERATION=KILL_TASK\tTARGET=attempt_202611290712_0042_m_000003_0\tRESULT=SUCCESS"),
			we("2026-11-29T07:41:30.012Z", Warn, "", "2026-11-29 07:41:30,012 WARN org.apache.hadoop.mapred.AuditLogger: USER=batchsvc\tIP=10.31.4.22\tOPERATION=KILL_JOB\tTARGET=job_202611290712_0041\tRESULT=FAILURE\tDESCRIPTION=User batchsvc cannot perform operation KILL_JOB on job_202611290712_0041\tPERMISSIONS=[ADMINISTER_JOBS]"),
		},
	},
	{
		name:   "spark-executor-log4j-thread-before-level",
		source: "a Spark executor's log4j.properties with `%d{yyyy-MM-dd HH:mm:ss,SSS} [%t] %-5p %c{1} - %m%n`, the thread `Executor task launch worker for task N.0 in stage M.0 (TID K)` as Spark names it: from memory",
		why:    "a thread name with spaces, dots and parentheses in brackets before the padded level; a stack trace under an ERROR line is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", "2026-11-29 07:41:16,118 [Executor task launch worker for task 3.0 in stage 7.0 (TID 58)] INFO  Executor - Running task 3.0 in stage 7.0 (TID 58)"),
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29 07:41:16,402 [Executor task launch worker for task 3.0 in stage 7.0 (TID 58)] INFO  ShuffleBlockFetcherIterator - Getting 24 (3.1 MiB) non-empty blocks including 6 (812.0 KiB) local and 0 host-local and 18 (2.3 MiB) remote blocks"),
			we("2026-11-29T07:41:19.9Z", Warn, "", "2026-11-29 07:41:19,900 [dispatcher-Executor] WARN  BlockManager - Block rdd_12_3 could not be removed as it was not found on disk or in memory"),
			we("2026-11-29T07:41:20.331Z", Error, "",
				"2026-11-29 07:41:20,331 [Executor task launch worker for task 4.0 in stage 7.0 (TID 59)] ERROR Executor - Exception in task 4.0 in stage 7.0 (TID 59)",
				"java.lang.NumberFormatException: For input string: \"n/a\"",
				"\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)",
				"\tat java.base/java.lang.Long.parseLong(Long.java:711)",
				"\tat org.apache.spark.executor.Executor$TaskRunner.run(Executor.scala:620)"),
		},
	},
	{
		name:   "apache24-errorlog-syslog-local1",
		source: "Apache httpd 2.4 `ErrorLog syslog:local1` (sous-chefs/apache2 PR #249, puppetlabs/puppetlabs-apache PR #324 on logging the error log to syslog), stored by the local syslogd as `MMM dd HH:mm:ss host httpd[pid]: [module:level] [pid P:tid T] …`: the line after the tag from memory (the 2.4 error log's default format without its own time)",
		why:    "a BSD syslog header whose message is Apache's error line without its own time: the level is the `[core:error]` tag; `[client …]` is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "webfront02", "Nov 29 07:41:16 webfront02 httpd[30211]: [core:error] [pid 30211:tid 140402871] [client 10.8.14.91:52214] AH00126: Invalid URI in request GET /..%2f..%2fetc/passwd HTTP/1.1"),
			we("2026-11-29T07:41:18Z", Warn, "webfront02", "Nov 29 07:41:18 webfront02 httpd[30211]: [proxy:warn] [pid 30211:tid 140402850] AH01144: No protocol handler was valid for the URL /app/ (scheme 'h2c'). If you are using a DSO version of mod_proxy, make sure the proxy submodules are included in the configuration using LoadModule."),
			we("2026-11-29T07:41:25Z", Notice, "webfront02", "Nov 29 07:41:25 webfront02 httpd[30198]: [mpm_event:notice] [pid 30198:tid 140403112] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations"),
			we("2026-11-29T07:41:31Z", Error, "webfront02", "Nov 29 07:41:31 webfront02 httpd[30214]: [authz_core:error] [pid 30214:tid 140402768] [client 10.8.14.93:40012] AH01630: client denied by server configuration: /srv/www/private/"),
		},
	},
	{
		name:   "swift-container-server-syslog",
		source: "OpenStack Swift container-server through syslog: the access line `client - - [dd/Mon/yyyy:HH:MM:SS +0000] \"METHOD path\" status - \"referer\" \"txn\" \"user-agent\" time \"-\" pid policy` as the object-server's in Swift's logs docs; the container-sharder's plain messages from memory",
		why:    "the syslog header's year-less time and a second bracketed time with +0000 of the same request; the client address is a peer; no level",
		gap:    "the word ERROR at the head of the container-sharder's message (after the BSD header and tag, no PRI) is read as the level Error, though the line carries no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16Z", Unknown, "swift-ct03", `Nov 29 07:41:16 swift-ct03 container-server: 10.60.2.11 - - [29/Nov/2026:07:41:16 +0000] "PUT /sdc1/877/AUTH_4c2e9b1f/backups/db-0412.tar.gz" 201 - "PUT http://10.60.2.10:8080/sdb1/310/AUTH_4c2e9b1f/backups/db-0412.tar.gz" "tx7a31c0e2f9b84d5e8c1a2-0069d5a11c" "object-server 2214" 0.0031 "-" 1877 0`),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17Z", Unknown, "swift-ct03", `Nov 29 07:41:17 swift-ct03 container-server: 10.60.2.10 - - [29/Nov/2026:07:41:17 +0000] "GET /sdc1/877/AUTH_4c2e9b1f/backups" 200 - "GET http://10.60.2.10:8080/v1/AUTH_4c2e9b1f/backups?format=json" "tx0f5e7d9a1b2c4e6f8a0b1-0069d5a11d" "proxy-server 1402" 0.0117 "-" 1877 0`),
			we("2026-11-29T07:41:40Z", Unknown, "swift-ct03", "Nov 29 07:41:40 swift-ct03 container-sharder: Container sharder cycle completed: 2.41s"),
			we("2026-11-29T07:41:41Z", Unknown, "swift-ct03", "Nov 29 07:41:41 swift-ct03 container-sharder: ERROR Could not find a shard range for AUTH_4c2e9b1f/logs: #012Traceback (most recent call last):#012  File \"/usr/lib/python3/dist-packages/swift/container/sharder.py\", line 1642, in _process_broker#012ValueError: no shard ranges"),
		},
	},
	{
		name:   "swift-account-reaper-syslog",
		source: "OpenStack Swift account-reaper through syslog (`MMM dd HH:mm:ss host account-reaper: msg`, the reaper's pass and per-account messages): from memory",
		why:    "a BSD header with a hyphenated daemon name and no pid; messages with their own durations and a seconds-since-epoch deletion time that is no record time; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z", Unknown, "swift-ac01", "Nov 29 07:41:02 swift-ac01 account-reaper: Beginning pass on account AUTH_9d1e3a7c"),
			we("2026-11-29T07:41:09Z", Unknown, "swift-ac01", "Nov 29 07:41:09 swift-ac01 account-reaper: Completed pass on account AUTH_9d1e3a7c: 6.81s, 3 containers deleted, 418 objects deleted, 0 containers remaining, 0 objects remaining"),
			we("2026-11-29T07:41:10Z", Unknown, "swift-ac01", "Nov 29 07:41:10 swift-ac01 account-reaper: Account AUTH_51f0c2d8 has not been reaped since 1795938000.00"),
			we("2026-11-29T07:41:12Z", Unknown, "swift-ac01", "Nov 29 07:41:12 swift-ac01 account-reaper: Devices pass completed: 10.04s"),
		},
	},
	{
		name:   "flux-module-level-rank-tag",
		source: "the Flux resource manager's broker log as flux-dmesg prints it, a module's records tagged `name.level[rank]: msg` after an ISO time (`sched-simple.debug[0]:`, `job-manager.err[0]:`): from memory",
		why:    "the level glued to the module name before the broker rank in brackets; the rank is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Debug, "", "2026-11-29T07:41:16.123456Z sched-simple.debug[0]: req: 4123795963904: spec={0,2,1} duration=3600.0"),
			we("2026-11-29T07:41:16.130882Z", Info, "", "2026-11-29T07:41:16.130882Z job-manager.info[0]: restart: 812 jobs"),
			we("2026-11-29T07:41:17.005113Z", Error, "", "2026-11-29T07:41:17.005113Z job-exec.err[0]: f2Ab7xKqZ3: exec aborted: node hpc-n0417 went down"),
			we("2026-11-29T07:41:17.419001Z", Notice, "", "2026-11-29T07:41:17.419001Z resource.notice[0]: drain: hpc-n0417 (rank 417): nodedown"),
		},
	},
	{
		name:   "macos-system-log-reverse-dns-sender",
		source: "macOS 10.x /var/log/system.log lines from reverse-DNS senders (`MMM dd HH:mm:ss host com.apple.kextcache[pid]: msg`, launchd's `com.apple.xpc.launchd[1] (com.example.job[pid]):` ): from memory",
		why:    "a year-less BSD header whose tag is a reverse-DNS name with dots; launchd's parenthesised job label follows its tag; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mbp-lise", "Nov 29 07:41:16 mbp-lise com.apple.kextcache[612]: /System/Library/Extensions/AppleThunderboltNHI.kext does not declare a kernel dependency; using com.apple.kernel.6.0."),
			we("2026-11-29T07:41:18Z", Unknown, "mbp-lise", "Nov 29 07:41:18 mbp-lise com.apple.xpc.launchd[1] (com.example.backupd[701]): Service exited with abnormal code: 78"),
			we("2026-11-29T07:41:18Z", Unknown, "mbp-lise", "Nov 29 07:41:18 mbp-lise com.apple.xpc.launchd[1] (com.example.backupd): Service only ran for 0 seconds. Pushing respawn out by 10 seconds."),
			we("2026-11-29T07:41:40Z", Unknown, "mbp-lise", "Nov 29 07:41:40 mbp-lise com.apple.kextcache[615]: Created prelinked kernel /System/Library/PrelinkedKernels/prelinkedkernel."),
		},
	},
	{
		name:   "hadoop-jobtracker-auditlogger-hdfs-daily-rolled",
		source: "Hadoop 1's DailyRollingFileAppender audit file (log4j.appender.MRAUDIT with `%d{ISO8601} %p %c{2}: %m%n`, so the logger shows as `mapred.AuditLogger`) after a roll, the first record's PERMISSIONS field: the AuditLogger.java source found by the code search; the appender's pattern from memory",
		why:    "the logger abbreviated to two components; a failed queue operation with PERMISSIONS and DESCRIPTION; IP= is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:42:00.031Z", Info, "", "2026-11-29 07:42:00,031 INFO mapred.AuditLogger: USER=anneke\tIP=10.31.4.17\tOPERATION=SET_JOB_PRIORITY\tTARGET=job_202611290712_0042\tRESULT=SUCCESS"),
			we("2026-11-29T07:42:03.5Z", Warn, "", "2026-11-29 07:42:03,500 WARN mapred.AuditLogger: USER=guest\tIP=10.31.9.2\tOPERATION=SUBMIT_JOB\tTARGET=default\tRESULT=FAILURE\tDESCRIPTION=User guest cannot perform operation SUBMIT_JOB on queue default.\tPERMISSIONS=[SUBMIT_JOB]"),
			we("2026-11-29T07:42:09.87Z", Info, "", "2026-11-29 07:42:09,870 INFO mapred.AuditLogger: USER=batchsvc\tIP=10.31.4.22\tOPERATION=VIEW_JOB_COUNTERS\tTARGET=job_202611290712_0039\tRESULT=SUCCESS"),
		},
	},
}

func TestFresh785Formats(t *testing.T) { assertTable(t, fresh785Cases) }
func TestFresh785Score(t *testing.T) {
	checkScore(t, "fresh785 formats", fresh785Cases, [worldNumFields]float64{96.8, 99.9, 99.9, 99.9})
}
