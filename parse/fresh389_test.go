package parse

import "testing"

// The three-hundred-and-eighty-ninth fresh table, written on 2026-12-06: the labelled datasets'
// domains, a fifteenth pass (HDFS, Hadoop YARN, Spark, ZooKeeper, HPC, OpenStack, OpenSSH, Apache),
// in neighbouring products and wrappers no earlier table holds. Each family is one product's
// documented or observed log: OpenStack Keystone under Apache mod_wsgi (oslo's line inside Apache's
// error-log prefix); a Cray XC SMW console log (an offset time, then the node's cname, no program);
// a PySpark executor error with its Python traceback inside Spark 3.5's default log4j2 layout;
// ZooKeeper 3.9 and a YARN NodeManager started by systemd with java's stdout in the journal;
// OpenSSH 9.9's sshd-session at LogLevel DEBUG3 in RSYSLOG_FileFormat; Apache httpd 2.4's error
// log read with `docker logs -t`; the apache/hadoop image's NameNode read with `docker logs -t`.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive: `hdfs-audit`, `FSNamesystem.audit`, `RMAuditLogger`, `SparkListener`,
// `zookeeper_audit`, `Log4jAuditLogger`, `PBS`, `;Svr;`, `WindowsUpdate.log`, `apt/history`,
// `Start-Date`, `logcat -v long`, `modsecurity`, `proxifier`, `clash`, `Win32-OpenSSH`, `dropbear`,
// `proxy-server`, `install.log`, `softwareupdated`, `style compact`, `HealthApp`, `OMAudit`,
// `ozone`, `flink`, `trino`, `clickhouse-keeper`, `JOB_NEW`, `SchedLog`, `qmaster`, `setupapi`,
// `MSI (s)`, `setupact`, `socklog`, `hilog`, `dlogutil`, `diags.log`, `mod_jk`, `privoxy`,
// `tinyproxy`, `putty`, `sshd-session`, `devstack@`, `northd`, `wifi.log`, `jamf`, `munki`,
// `juicefs`, `alluxio`, `oozie`, `zeppelin`, `ShadowLog`, `MPLog`, `<![LOG[`, `logread`, `suexec`,
// `sockd`, `fail2ban`, `fsck_apfs`, `exhibitor`, `zkfc`, `{{(pid=`, `myid:`, `.batch]`,
// `netlogon`, `NetSetup`, `PFRO`, `anaconda`, `yum.log`, `Xorg`, `-v uid`, `couchdb`, `lighttpd`,
// `v2ray`, `3proxy`, `mod_sftp`, `sshd -E`, `c0-0c`, `kubectl logs`, `[SR]`, `[wsgi:error]`,
// `keystone`, `ndjson`, `messageType`, `penalty:`, `short-iso`, `%{cu}t`, `structuredLogging`,
// `clienttrace`, `launchd.log`, `(gui/501`, `WinGet`, `short-full`, `PythonException`,
// `zkServer.sh[`, `SYSTEM LOG (logcat`, `idevicesyslog`, `debug3:`, `java[`, `docker logs -t`
// with `mpm_event`). Nearly every product of the theme is in earlier tables; what was kept is the
// wrapper or version no table holds: `[wsgi:error]` is in fresh23 and fresh102 but never with
// Keystone's oslo line inside; cnames (c0-0c…) are in fresh6, fresh102 and fresh118 only as RFC 5424
// ALPS lines, not the SMW console; PythonException is in fresh41 and fresh171, not inside a Spark
// executor record; zkServer.sh's journal ident is in fresh151, java's ident with ZooKeeper's and
// the NodeManager's layouts in none; no table holds httpd's error log under Docker's stamps. Left
// out as measured already: Proxifier (world, fresh151), HealthApp, Windows CBS/DISM/WindowsUpdate,
// Android logcat's variants, macOS unified log styles and launchd.log, the Linux syslog shapes, and
// Thunderbird's relayed `host/host` (fresh80, fresh337). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Apache's `[Sun Nov 29 07:41:16.482913 2026]` and oslo's stamp inside it
// are both the record's time, either accepted; Docker's RFC 3339 stamp and the product's own
// zone-less stamp likewise; the journal's yearless time and the java line's own time likewise; the
// Cray console's -06:00 offset is converted. Levels only where the line marks one: oslo's level
// word (the record's own, not Apache's constant `wsgi:error` for anything on stderr), log4j's and
// logback's level, Apache's `[module:level]`, sshd's `debug3:`/`error:` prefix; the Cray console
// and plain sshd INFO lines carry none. The host is the record's host field: the journal's and
// rsyslog's host, the cname on the console; Apache's `[remote addr:port]` and `[client …]`, the
// NameNode's `from 10.…` and the ZooKeeper peer addresses are not hosts. A record that spans lines
// is one entry: the Spark error with its Java and Python traceback lines.
//
// The shapes come from the documentation, sources and issue threads each case names; where a search
// did not confirm a layout the source says "from memory" (this pass had little time for searches,
// so most do). Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 7016e33 before any rule for it: level 87.5 %, time 100.0 %, host 95.8 %, records 100.0 %.
// That is the macro figure (micro: level 88.0 %, time 100.0 %, host 96.0 %, records 100.0 %), in a
// worktree at 7016e33 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (the Spark traceback, both journal-wrapped java logs, sshd-session at
// DEBUG3, the NameNode under Docker); the gaps are the oslo level inside Apache's wsgi:error
// prefix, the Cray console's cname before a line of plain words, and httpd's
// `[mpm_event:notice]` behind Docker's stamp.

var fresh389Cases = []worldCase{
	{
		name:   "keystone-mod-wsgi-apache-error-oslo",
		source: "OpenStack Keystone served by Apache mod_wsgi (keystone-wsgi-public), its oslo.log lines written to stderr and so into Apache 2.4's error log behind `[time] [wsgi:error] [pid P:tid T] [remote addr:port]`: from memory",
		why:    "two times of the same instant (Apache's and oslo's); Apache's wsgi:error is constant, oslo's level word is the record's; the remote address is a client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482913Z|2026-11-29T07:41:16.48Z", Warn, "", "[Sun Nov 29 07:41:16.482913 2026] [wsgi:error] [pid 2211:tid 140112] [remote 10.30.4.17:51822] 2026-11-29 07:41:16.480 2211 WARNING keystone.server.flask.application [req-3f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11 - - - - -] Authorization failed. The request you have made requires authentication. from 10.30.4.17"),
			we("2026-11-29T07:41:17.004551Z|2026-11-29T07:41:17.002Z", Info, "", "[Sun Nov 29 07:41:17.004551 2026] [wsgi:error] [pid 2211:tid 140118] [remote 10.30.4.17:51830] 2026-11-29 07:41:17.002 2211 INFO keystone.common.fernet_utils [req-8d22c0e1-5b6a-4c3d-a1e2-7f9b0c4d3e21 - - - - -] Loaded 2 Fernet keys from /etc/keystone/fernet-keys/, but `[fernet_tokens] max_active_keys = 3`; perhaps there have not been enough key rotations to reach `max_active_keys` yet?"),
			we("2026-11-29T07:41:18.771209Z|2026-11-29T07:41:18.769Z", Error, "", "[Sun Nov 29 07:41:18.771209 2026] [wsgi:error] [pid 2214:tid 140122] [remote 10.30.4.22:40211] 2026-11-29 07:41:18.769 2214 ERROR keystone.server.flask.request_processing.middleware.auth_context [req-51c0e2a3-9f8d-4b7c-8e6f-1a2b3c4d5e6f - - - - -] Unable to connect to the database: sqlalchemy.exc.OperationalError"),
		},
	},
	{
		name:   "cray-xc-smw-console-cname",
		gap:    "trawl reads the cname after the offset time as the host on the Lustre: and LNet: lines but not on `c0-0c1s7n2 Out of memory: Killed process …`, a console line whose text starts with plain words: it gets no host",
		source: "Cray XC SMW console log (/var/opt/cray/log/p0-current/console-YYYYMMDD: `RFC 3339 µs ±hh:mm cname message`, each node's console output after its cname, no program field): from memory",
		why:    "an offset time, then the node's cname as the host; kernel and Lustre text with their own numbers that are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482913Z", Unknown, "c0-0c0s3n1", "2026-11-29T01:41:16.482913-06:00 c0-0c0s3n1 Lustre: 2211:0:(client.c:2114:ptlrpc_expire_one_request()) @@@ Request sent has timed out for slow reply: [sent 1795937976/real 1795937976]"),
			we("2026-11-29T07:41:17.004551Z", Unknown, "c0-0c0s3n1", "2026-11-29T01:41:17.004551-06:00 c0-0c0s3n1 LNet: 2211:0:(o2iblnd_cb.c:3373:kiblnd_check_conns()) Timed out tx for 10.128.0.41@o2ib: 4 seconds"),
			we("2026-11-29T07:41:20.118004Z", Unknown, "c0-0c1s7n2", "2026-11-29T01:41:20.118004-06:00 c0-0c1s7n2 Out of memory: Killed process 44112 (a.out) total-vm:61240112kB, anon-rss:60112044kB"),
		},
	},
	{
		name:   "spark-executor-pyspark-traceback",
		source: "Spark 3.5 executor stderr with the default log4j2 layout `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex`, a PySpark task failure whose PythonException carries the worker's Python traceback: from memory",
		why:    "a two-digit year; the Java exception and the Python traceback lines (File …, line N) belong to the ERROR record above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO Executor: Running task 0.0 in stage 3.0 (TID 12)"),
			we("2026-11-29T07:41:18Z", Error, "",
				"26/11/29 07:41:18 ERROR Executor: Exception in task 0.0 in stage 3.0 (TID 12)",
				"org.apache.spark.api.python.PythonException: Traceback (most recent call last):",
				`  File "/opt/spark/python/lib/pyspark.zip/pyspark/worker.py", line 1247, in main`,
				"    process()",
				`  File "/tmp/jobs/enrich.py", line 41, in parse_row`,
				"    return int(row.amount)",
				"ValueError: invalid literal for int() with base 10: 'n/a'",
				"",
				"\tat org.apache.spark.api.python.BasePythonRunner$ReaderIterator.handlePythonException(PythonRunner.scala:572)",
				"\tat org.apache.spark.api.python.PythonRunner$$anon$3.read(PythonRunner.scala:784)"),
			we("2026-11-29T07:41:18Z", Warn, "", "26/11/29 07:41:18 WARN TaskSetManager: Lost task 0.0 in stage 3.0 (TID 12) (worker07 executor 2): org.apache.spark.api.python.PythonException"),
		},
	},
	{
		name:   "zookeeper-journal-java-ident",
		source: "ZooKeeper 3.9 started by a systemd unit running java directly (stdout to the journal, ident `java`), its logback layout `%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m%n` inside the journal line: from memory",
		why:    "the journal's yearless time and host, ZooKeeper's own time inside; the level padded after `- `; peer addresses are not hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.123Z", Info, "zk2", "Nov 29 07:41:16 zk2 java[2211]: 2026-11-29 07:41:16,123 [myid:2] - INFO  [QuorumPeer[myid=2](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):o.a.z.s.q.Follower@79] - FOLLOWING - LEADER ELECTION TOOK - 214 MS"),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.870Z", Warn, "zk2", "Nov 29 07:41:19 zk2 java[2211]: 2026-11-29 07:41:19,870 [myid:2] - WARN  [QuorumConnectionThread-[myid=2]-3:o.a.z.s.q.QuorumCnxManager@401] - Cannot open channel to 3 at election address zk3.example.net/10.40.0.13:3888"),
			we("2026-11-29T07:41:22Z|2026-11-29T07:41:22.004Z", Error, "zk2", "Nov 29 07:41:22 zk2 java[2211]: 2026-11-29 07:41:22,004 [myid:2] - ERROR [SyncThread:2:o.a.z.s.ZooKeeperCriticalThread@49] - Severe unrecoverable error, from thread : SyncThread:2"),
		},
	},
	{
		name:   "yarn-nodemanager-journal-java-ident",
		source: "Hadoop 3.4 YARN NodeManager run by systemd with its console appender (`%d{ISO8601} %p %c{2}: %m%n`) going to the journal under ident `java`: from memory",
		why:    "the journal's yearless time and host, log4j's comma-millisecond stamp inside; container and application ids carry epoch-like numbers that are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.482Z", Info, "worker03", "Nov 29 07:41:16 worker03 java[3120]: 2026-11-29 07:41:16,482 INFO containermanager.ContainerManagerImpl: Start request for container_e12_1795930000000_0042_01_000003 by user alice"),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.010Z", Warn, "worker03", "Nov 29 07:41:18 worker03 java[3120]: 2026-11-29 07:41:18,010 WARN monitor.ContainersMonitorImpl: Container [pid=44121,containerID=container_e12_1795930000000_0042_01_000003] is running 412MB beyond the 'PHYSICAL' memory limit."),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.377Z", Info, "worker03", "Nov 29 07:41:18 worker03 java[3120]: 2026-11-29 07:41:18,377 INFO container.ContainerImpl: Container container_e12_1795930000000_0042_01_000003 transitioned from RUNNING to KILLING"),
		},
	},
	{
		name:   "openssh-sshd-session-debug3-fileformat",
		source: "OpenSSH 9.9 sshd-session at `LogLevel DEBUG3` on a host whose rsyslog writes RSYSLOG_FileFormat (`RFC 3339 µs ±hh:mm host prog[pid]: msg`), the debugN:/error: prefix sshd puts before the message: from memory",
		why:    "an ISO time with a +01:00 offset; the debug3:/debug1:/error: prefix is sshd's level, a plain line has none; the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482913Z", Debug, "bastion2", "2026-11-29T08:41:16.482913+01:00 bastion2 sshd-session[44121]: debug3: mm_request_send: entering, type 22"),
			we("2026-11-29T07:41:16.483301Z", Debug, "bastion2", "2026-11-29T08:41:16.483301+01:00 bastion2 sshd-session[44121]: debug1: userauth-request for user deploy service ssh-connection method publickey [preauth]"),
			we("2026-11-29T07:41:16.511077Z", Unknown, "bastion2", "2026-11-29T08:41:16.511077+01:00 bastion2 sshd-session[44121]: Accepted publickey for deploy from 198.51.100.23 port 51822 ssh2: ED25519 SHA256:Qm7rXk2v8p1qzW7hd0r3cK2v8p1qzQm7rXk"),
			we("2026-11-29T07:41:19.004551Z", Error, "bastion2", "2026-11-29T08:41:19.004551+01:00 bastion2 sshd-session[44130]: error: kex_exchange_identification: Connection closed by remote host"),
		},
	},
	{
		name:   "apache-httpd-docker-logs-timestamps",
		gap:    "behind Docker's stamp trawl reads `[core:notice]` and `[core:error]` but not `[mpm_event:notice]` on the first line (`[mpm_event:notice] … AH00489`), whose level stays unknown",
		source: "the httpd:2.4 image's error log (to stderr) read with `docker logs -t` (Docker's RFC 3339 nanosecond stamp before `[Www Mmm dd HH:mm:ss.uuuuuu yyyy] [module:level] [pid P:tid T] AHnnnnn: msg`): from memory",
		why:    "Docker's stamp and Apache's of the same instant; `[mpm_event:notice]` and `[core:error]` carry the level; `[client addr:port]` is a client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482913554Z|2026-11-29T07:41:16.482913Z", Notice, "", "2026-11-29T07:41:16.482913554Z [Sun Nov 29 07:41:16.482913 2026] [mpm_event:notice] [pid 1:tid 140112] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations"),
			we("2026-11-29T07:41:16.483020771Z|2026-11-29T07:41:16.483012Z", Notice, "", "2026-11-29T07:41:16.483020771Z [Sun Nov 29 07:41:16.483012 2026] [core:notice] [pid 1:tid 140112] AH00094: Command line: 'httpd -D FOREGROUND'"),
			we("2026-11-29T07:41:19.004603118Z|2026-11-29T07:41:19.004551Z", Error, "", "2026-11-29T07:41:19.004603118Z [Sun Nov 29 07:41:19.004551 2026] [core:error] [pid 9:tid 140131] [client 172.18.0.7:51822] AH00126: Invalid URI in request GET /..%2f..%2fetc/passwd HTTP/1.1"),
		},
	},
	{
		name:   "hdfs-namenode-docker-logs-timestamps",
		source: "the apache/hadoop 3 image's NameNode (console appender `%d{ISO8601} %p %c{2}: %m%n`) read with `docker logs -t`: from memory",
		why:    "Docker's stamp and log4j's zone-less comma stamp of the same instant; block ids, txids and the `from` address are no times and no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482913554Z|2026-11-29T07:41:16.482Z", Info, "", "2026-11-29T07:41:16.482913554Z 2026-11-29 07:41:16,482 INFO namenode.FSNamesystem: Roll Edit Log from 172.18.0.4"),
			we("2026-11-29T07:41:16.511077302Z|2026-11-29T07:41:16.510Z", Info, "", "2026-11-29T07:41:16.511077302Z 2026-11-29 07:41:16,510 INFO namenode.FSEditLog: Starting log segment at 41187"),
			we("2026-11-29T07:41:19.004603118Z|2026-11-29T07:41:19.004Z", Warn, "", "2026-11-29T07:41:19.004603118Z 2026-11-29 07:41:19,004 WARN blockmanagement.BlockPlacementPolicy: Failed to place enough replicas, still in need of 1 to reach 3 (unavailableStorages=[], storagePolicy=BlockStoragePolicy{HOT:7, storageTypes=[DISK], creationFallbacks=[], replicationFallbacks=[ARCHIVE]}, newBlock=true)"),
		},
	},
}

func TestFresh389Formats(t *testing.T) { assertTable(t, fresh389Cases) }
func TestFresh389Score(t *testing.T) {
	checkScore(t, "fresh389 formats", fresh389Cases, [worldNumFields]float64{95.7, 99.9, 95.7, 99.9})
}
