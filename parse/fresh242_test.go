package parse

import "testing"

// The two-hundred-and-forty-second fresh table, written on 2026-12-05: server daemons as their
// older versions wrote (ten to twenty years ago, still on legacy machines and in public datasets),
// shifted to late November 2026 with each version's layout kept. Each family is one product's
// documented or observed output: MySQL 5.0's error log under mysqld_safe (`yymmdd hh:mm:ss  mysqld
// started`, InnoDB's untimed continuation lines, `[Note]` with the `Version:` line after it); MySQL
// 5.0's slow query log (whole-second Query_time, an entry in the same second without its own
// `# Time:` line); Apache httpd 2.2's error_log (signals, child crashes, [crit], a client's
// address in brackets); Solaris 10's /var/adm/messages with named, sendmail and sshd (`[ID n
// facility.level]` tags); BIND 9.3-9.9's file channel with print-time, print-category and
// print-severity; Tomcat 6's catalina.out (two-line java.util.logging records, Coyote and JK
// start-up, a SEVERE with a stack trace); Hadoop 0.20/1.x's metrics1 FileContext file (untimed
// `context.record: hostName=…, …` lines); Squid 2.x's native access.log with log_mime_hdrs on (the
// escaped request and reply headers in brackets after the native fields); Samba 3.0's log.smbd
// (`[yyyy/mm/dd hh:mm:ss, n] file.c:function(line)` over an indented message, the start-up record
// three lines).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`] [notice]`, `] [error] [client`, `Apache/2.2`, `Apache/2.0`, `caught SIGTERM`, `child pid
// … exit signal`, `exit signal Segmentation`, `mod_include`, `client denied by server`,
// `Digest: generating secret`, `sendmail[`, `sm-mta`, `stat=Sent`, `801593`, `mail.info]`,
// `800047`, `auth.info]`, `Accepted keyboard-interactive`, `named[…]: [ID`, `proftpd`,
// `proftpd[n] `, `ProFTPD 1.3`, `FTP session opened`, `vsftpd`, `CONNECT: Client`, `FTP command`,
// `FTP response`, `xferlog`, `Pure-FTPd`, `named[`, `lame server`, `Nov-2026 `, `queries: info:`,
// `security: error:`, `general: notice`, `starting BIND 9.x`, `client … query:`, `squid`,
// `TCP_MISS`, `cache.log`, `store.log`, `RELEASE -1`, `SWAPOUT`, `useragent`, `referer`,
// `Starting Squid Cache`, `[Host: `, `log_mime_hdrs`, `log.smbd`, `smbd/server.c`, `smbd version`,
// `Samba version 3`, `, n] dir/file.c:` (Samba 3.0's stamp), `become_local_master`, `nmbd`,
// `pid=…, effective`, `postfix/`, `postfix-script`, `daemon started -- version`, `mysqld_safe`,
// `mysqld started`, `mysqld ended`, `InnoDB: Started`, `InnoDB: Starting shutdown`, `Shutdown
// completed; log sequence`, `ready for connections`, `# Time: 0`, `# Time: 26`, `Query_time: n `
// (whole seconds), a six-digit date with a space-padded hour, `catalina`, `Catalina start`,
// `org.apache.catalina.startup`, `Initializing Coyote`, `Http11Protocol`, `java.util.logging`,
// `INFO: Server startup`, `SEVERE: Error`, `Using CATALINA_BASE`, `hadoop`, `JobTracker`,
// `TaskTracker`, `STARTUP_MSG`, `SHUTDOWN_MSG`, `JOBID=`, `ugi=`, `mapred.JobClient`, `hostName=`,
// `ZooKeeper`, `zookeeper`, `QuorumPeer`, `myid:`, `[myid:]`, ` - INFO  [main:`, `NIOServerCxn`,
// `zxid 0x`, `createSession`, `Transactional Log`, `genunix`, `Solaris`, `HP-UX`, `hpux`, `vmunix`,
// `above message repeats`, `AIX`, `errpt`, `syslog:info`, `auth|security`, `Message forwarded
// from`, `syslogd[`, `[ID n `, `kern.notice]`, `user.notice`).
// Apache's 2.x error_log is in world_test, fresh5, fresh51 and fresh82 with other messages; its
// signal and crash lines and [crit] are in none (fresh131 has a child's segfault in another
// product). Solaris's `[ID n facility.level]` tags are in formats_test, fresh9, fresh74, fresh77
// and fresh90 for the kernel, sendmail and sshd; named's Solaris lines are in none. BIND's file
// channel with category and severity is in fresh55, fresh181, fresh227 and holdout for 9.11+ query
// and general lines; 9.3-9.9's transfer, notify and lame-server lines are here. MySQL's 5.x error
// log is in fresh168, fresh177, fresh181 and others; mysqld_safe's `mysqld started`/`ended` and
// InnoDB's untimed continuation lines are in none. MySQL's slow log with `# Time: yymmdd` is in
// fresh43 with 5.1's fractional times; 5.0's whole seconds and a same-second entry without `# Time:`
// are in none. Tomcat's catalina.out is in many tables (world_test, fresh147, fresh148, fresh166 …);
// Tomcat 6's Coyote and JK start-up records are in none. Squid's native access.log, cache.log,
// store.log, useragent and referrer logs are earlier tables'; the native line with log_mime_hdrs is
// in none. Samba's log.smbd is in fresh41, fresh55, fresh73 and others, all with 3.2+'s or 4's
// stamps (two blanks before the level, hires microseconds); Samba 3.0's plain stamp is in none.
// Hadoop's log4j logs, audit log, job history and job client are earlier tables'; metrics1's
// FileContext file is in none. Left out as measured already: Sendmail and sm-mta (fresh5, fresh19,
// fresh74, fresh187), OpenSSH via syslog (many), ProFTPD and vsftpd (fresh5, fresh55, fresh64,
// fresh73, fresh142 …), Postfix 2.x (fresh40, fresh43, fresh86, fresh156 …), ZooKeeper 3.3/3.4 with
// and without myid (fresh4, fresh41, fresh56, fresh110 …), Hadoop 0.20's JobClient (fresh151), HP-UX
// syslog.log and vmunix (fresh21, fresh74), AIX's syslog and errpt (fresh10, fresh16, fresh222 …).
// The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). MySQL 5.0's stamps are `yymmdd` with a space-padded hour and no zone (UTC
// here); a slow-log entry written in the same second as the one before has no `# Time:` line and
// so no time of its own (""). Hadoop's metrics1 lines carry no time. Levels only where the line
// marks one: Apache's bracketed level, MySQL's [Note]/[Warning]/[ERROR] (Note is Notice), the
// facility.level of Solaris's `[ID]` tag, BIND's severity after the category, JUL's level on the
// second line (SEVERE is Error), Samba's debug level (0 Error, 1 Warn, 3 Notice, as earlier tables
// map it); mysqld_safe's and InnoDB's lines, the slow log, Squid and the metrics file have none, and
// metrics' logError=0 and logWarn=3 are counters, no level. The host is the record's host field:
// the syslog header's name on Solaris, the metrics record's hostName tag; a client in Apache's
// brackets, BIND's client, MySQL's `host: 'web-03'`, the slow log's User@Host, Squid's `Host:`
// request header and Samba's connecting machine are not hosts. A record that spans lines is one
// entry: MySQL's note with its `Version:` line and a timed InnoDB line with its untimed
// continuation, a slow-log entry, a JUL record with its stack trace, a Samba record with its
// indented message.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d57b6ac before any rule for it: level 100.0 %, time 100.0 %, host 88.9 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 92.2 %, records 100.0 %), in a
// worktree at d57b6ac with no change to trawl's code (only this file and table_test.go's list), 8 of
// 9 families fully right; the gap is the host of Hadoop metrics1's FileContext lines.

var fresh242Cases = []worldCase{
	{
		name:   "mysql50-error-log-mysqld-safe",
		source: "MySQL 5.0's error log (/var/log/mysqld.log on RHEL 5) with mysqld_safe's own lines (`yymmdd HH:MM:SS  mysqld started`, `… mysqld ended`), InnoDB's `yymmdd  H:MM:SS  InnoDB: …` lines with untimed `InnoDB:` continuation lines, and `[Note]`/`[Warning]`/`[ERROR]` lines, `ready for connections.` followed by the untimed `Version:` line: geerlingguy/ansible-role-mysql issue #216 and cloudavail/aws-missing-tools issue #87 (the 5.x layout, InnoDB's continuation lines), roots/bedrock issue #158 (`Version:` after ready for connections); 5.0's `mysqld started` wording from memory",
		why:    "a six-digit yymmdd date, the hour space-padded in mysqld's lines and zero-padded in mysqld_safe's; untimed InnoDB lines continue the timed one before them; the Version line belongs to ready for connections; `host: 'web-03'` is a client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "261129 07:41:16  mysqld started"),
			we("2026-11-29T07:41:17Z", Unknown, "", "261129  7:41:17  InnoDB: Database was not shut down normally!",
				"InnoDB: Starting crash recovery.",
				"InnoDB: Reading tablespace information from the .ibd files...",
				"InnoDB: Restoring possible half-written data pages from the doublewrite",
				"InnoDB: buffer..."),
			we("2026-11-29T07:41:18Z", Unknown, "", "261129  7:41:18  InnoDB: Started; log sequence number 0 2184417"),
			we("2026-11-29T07:41:18Z", Notice, "", "261129  7:41:18 [Note] /usr/libexec/mysqld: ready for connections.",
				"Version: '5.0.95'  socket: '/var/lib/mysql/mysql.sock'  port: 3306  Source distribution"),
			we("2026-11-29T08:02:51Z", Warn, "", "261129  8:02:51 [Warning] Aborted connection 41 to db: 'shop' user: 'app' host: 'web-03' (Got timeout reading communication packets)"),
			we("2026-11-29T08:05:10Z", Error, "", "261129  8:05:10 [ERROR] /usr/libexec/mysqld: Table './shop/orders' is marked as crashed and should be repaired"),
			we("2026-11-29T09:12:40Z", Unknown, "", "261129 09:12:40  mysqld ended"),
		},
	},
	{
		name:   "mysql50-slow-log-whole-seconds",
		source: "MySQL 5.0's slow query log (log-slow-queries): the `/usr/libexec/mysqld, Version: …` banner, `Tcp port:` and column lines, then per entry `# Time: yymmdd H:MM:SS` (only when the second changed), `# User@Host: user[user] @ host [ip]`, `# Query_time: n  Lock_time: n  Rows_sent: n  Rows_examined: n` in whole seconds, the statement; the layout as in fresh43's 5.1 case, 5.0's whole seconds and the omitted `# Time:` from memory",
		why:    "the `# Time:` line opens an entry; a second entry in the same second has none and so no time of its own; User@Host names a client, not a host; Query_time is a duration",
		entries: []worldEntry{
			wskip("/usr/libexec/mysqld, Version: 5.0.95-log (Source distribution). started with:",
				"Tcp port: 3306  Unix socket: /var/lib/mysql/mysql.sock",
				"Time                 Id Command    Argument"),
			we("2026-11-29T07:41:16Z", Unknown, "", "# Time: 261129  7:41:16",
				"# User@Host: shop[shop] @ web-03 [10.0.4.13]",
				"# Query_time: 14  Lock_time: 0  Rows_sent: 1  Rows_examined: 902114",
				"SELECT COUNT(*) FROM orders WHERE note LIKE '%gift%';"),
			we("", Unknown, "", "# User@Host: report[report] @ localhost []",
				"# Query_time: 3  Lock_time: 1  Rows_sent: 40  Rows_examined: 120433",
				"SELECT customer_id, SUM(total) FROM orders GROUP BY customer_id ORDER BY 2 DESC LIMIT 40;"),
			we("2026-11-29T07:52:09Z", Unknown, "", "# Time: 261129  7:52:09",
				"# User@Host: shop[shop] @ web-04 [10.0.4.14]",
				"# Query_time: 6  Lock_time: 0  Rows_sent: 0  Rows_examined: 311208",
				"use shop;",
				"UPDATE carts SET expired = 1 WHERE updated < '2026-11-28 07:52:00';"),
		},
	},
	{
		name:   "apache22-error-log-lifecycle",
		source: "Apache httpd 2.0/2.2's error_log (`[Www Mmm dd HH:MM:SS yyyy] [level] [client ip] msg`): httpd 2.2 documentation 'Log Files' (Error Log) and the messages of a restart, a child's crash and a shutdown; the message wordings from memory",
		why:    "a ctime in brackets with the year last; the level bracket (notice, warn, error, crit); the client's address in brackets is no host; `(28)` is an errno and `(11)` a signal number, no times",
		entries: []worldEntry{
			we("2026-11-29T04:02:11Z", Notice, "", "[Sun Nov 29 04:02:11 2026] [notice] SIGHUP received.  Attempting to restart"),
			we("2026-11-29T04:02:12Z", Notice, "", "[Sun Nov 29 04:02:12 2026] [notice] Apache/2.2.3 (CentOS) configured -- resuming normal operations"),
			we("2026-11-29T07:41:16Z", Error, "", "[Sun Nov 29 07:41:16 2026] [error] [client 203.0.113.9] client denied by server configuration: /var/www/html/server-status"),
			we("2026-11-29T07:41:19Z", Warn, "", "[Sun Nov 29 07:41:19 2026] [warn] [client 10.0.4.12] mod_include: Options +Includes (or IncludesNoExec) wasn't set, INCLUDES filter removed"),
			we("2026-11-29T07:52:03Z", Notice, "", "[Sun Nov 29 07:52:03 2026] [notice] child pid 24117 exit signal Segmentation fault (11)"),
			we("2026-11-29T08:15:40Z", Critical, "", "[Sun Nov 29 08:15:40 2026] [crit] (28)No space left on device: mod_rewrite: could not create rewrite_log_lock"),
			we("2026-11-29T09:00:01Z", Notice, "", "[Sun Nov 29 09:00:01 2026] [notice] caught SIGTERM, shutting down"),
		},
	},
	{
		name:   "solaris10-messages-named-sendmail-sshd",
		source: "Solaris 10's /var/adm/messages (syslogd with the message-ID tag: `Mmm dd HH:MM:SS host ident[pid]: [ID n facility.level] msg`) for BIND 9.6 named, Sendmail 8.13 and SunSSH: Fujitsu's BS2000 named logging page (named's messages through syslog), earlier tables' Solaris kernel, sendmail and sshd lines (fresh74, fresh90); the ID numbers and named's lines under the tag from memory",
		why:    "the level is the facility.level inside `[ID n …]`, after the ident; BIND's client and sendmail's relay are not hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "ns-sol1", "Nov 29 07:41:16 ns-sol1 named[412]: [ID 873579 daemon.notice] starting BIND 9.6.1-P3"),
			we("2026-11-29T07:41:16Z", Info, "ns-sol1", "Nov 29 07:41:16 ns-sol1 named[412]: [ID 873579 daemon.info] zone example.com/IN: loaded serial 2026112901"),
			we("2026-11-29T07:41:18Z", Error, "ns-sol1", "Nov 29 07:41:18 ns-sol1 named[412]: [ID 873579 daemon.error] client 203.0.113.9#41012: zone transfer 'example.com/AXFR/IN' denied"),
			we("2026-11-29T07:43:02Z", Info, "ns-sol1", "Nov 29 07:43:02 ns-sol1 sendmail[1822]: [ID 801593 mail.info] qATFh2Qa001822: from=root, size=412, class=0, nrcpts=1, msgid=<202611290743.qATFh2Qa001822@ns-sol1>, relay=root@localhost"),
			we("2026-11-29T07:44:10Z", Error, "ns-sol1", "Nov 29 07:44:10 ns-sol1 sshd[1930]: [ID 800047 auth.error] error: Could not load host key: /etc/ssh/ssh_host_dsa_key"),
			we("2026-11-29T07:44:31Z", Info, "ns-sol1", "Nov 29 07:44:31 ns-sol1 sshd[1934]: [ID 800047 auth.info] Accepted keyboard-interactive for bob from 10.0.4.12 port 40122 ssh2"),
		},
	},
	{
		name:   "bind9-file-channel-category-severity",
		source: "BIND 9.3-9.9 named with a file channel `print-time yes; print-category yes; print-severity yes;` (`dd-Mmm-yyyy HH:MM:SS.mmm category: severity: msg`): Fujitsu's BS2000 named logging page (`30-Jan-2010 11:14:12.574 load: info: …`), the BIND 9 ARM logging statement; the transfer, notify and lame-server wordings from memory",
		why:    "a day-first date with a month name; the category then the severity before the message; a serial number that looks like a date (2026112901) is no time; clients and masters named in the message are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.208Z", Notice, "", "29-Nov-2026 07:41:16.208 general: notice: starting BIND 9.3.6-P1-RedHat-9.3.6-25.P1.el5_11 -u named -t /var/named/chroot"),
			we("2026-11-29T07:41:16.311Z", Info, "", "29-Nov-2026 07:41:16.311 general: info: zone example.com/IN: loaded serial 2026112901"),
			we("2026-11-29T07:41:16.330Z", Error, "", "29-Nov-2026 07:41:16.330 general: error: zone example.org/IN: loading master file db.example.org: file not found"),
			we("2026-11-29T07:41:16.402Z", Notice, "", "29-Nov-2026 07:41:16.402 general: notice: running"),
			we("2026-11-29T07:44:21.004Z", Info, "", "29-Nov-2026 07:44:21.004 lame-servers: info: lame server resolving 'mail.example.net' (in 'example.net'?): 192.0.2.53#53"),
			we("2026-11-29T07:45:33.551Z", Info, "", "29-Nov-2026 07:45:33.551 xfer-out: info: client 10.0.4.3#51133: transfer of 'example.com/IN': AXFR started"),
			we("2026-11-29T07:46:01.017Z", Info, "", "29-Nov-2026 07:46:01.017 notify: info: zone example.com/IN: sending notifies (serial 2026112902)"),
		},
	},
	{
		name:   "tomcat6-catalina-out-startup",
		source: "Tomcat 5.5/6's catalina.out with java.util.logging's SimpleFormatter (`Mmm d, yyyy h:mm:ss AM class method` then `LEVEL: msg`), the Coyote connector and the JK AJP connector starting, a listener failing with its stack trace: the JUL two-line layout as in world_test's Tomcat case; the Coyote and JK wordings from memory",
		why:    "two-line JUL records; a 12-hour clock with AM; SEVERE is Error and its stack trace belongs to it; `/0.0.0.0:8009` and `time=0/24` are no host and no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:14Z", Info, "", "Nov 29, 2026 7:41:14 AM org.apache.catalina.core.AprLifecycleListener init",
				"INFO: The APR based Apache Tomcat Native library which allows optimal performance in production environments was not found on the java.library.path: /usr/lib/jvm/java-1.6.0-openjdk/jre/lib/amd64/server:/usr/lib/jvm/java-1.6.0-openjdk/jre/lib/amd64"),
			we("2026-11-29T07:41:14Z", Info, "", "Nov 29, 2026 7:41:14 AM org.apache.coyote.http11.Http11Protocol init",
				"INFO: Initializing Coyote HTTP/1.1 on http-8080"),
			we("2026-11-29T07:41:15Z", Info, "", "Nov 29, 2026 7:41:15 AM org.apache.catalina.startup.Catalina load",
				"INFO: Initialization processed in 612 ms"),
			we("2026-11-29T07:41:16Z", Error, "", "Nov 29, 2026 7:41:16 AM org.apache.catalina.core.StandardContext listenerStart",
				"SEVERE: Exception sending context initialized event to listener instance of class org.springframework.web.context.ContextLoaderListener",
				"java.lang.ClassNotFoundException: com.example.shop.web.AppConfig",
				"\tat org.apache.catalina.loader.WebappClassLoader.loadClass(WebappClassLoader.java:1484)",
				"\tat org.apache.catalina.loader.WebappClassLoader.loadClass(WebappClassLoader.java:1329)",
				"\tat org.apache.catalina.core.StandardContext.listenerStart(StandardContext.java:3915)"),
			we("2026-11-29T07:41:16Z", Error, "", "Nov 29, 2026 7:41:16 AM org.apache.catalina.core.StandardContext start",
				"SEVERE: Context [/shop] startup failed due to previous errors"),
			we("2026-11-29T07:41:17Z", Info, "", "Nov 29, 2026 7:41:17 AM org.apache.coyote.http11.Http11Protocol start",
				"INFO: Starting Coyote HTTP/1.1 on http-8080"),
			we("2026-11-29T07:41:17Z", Info, "", "Nov 29, 2026 7:41:17 AM org.apache.jk.common.ChannelSocket init",
				"INFO: JK: ajp13 listening on /0.0.0.0:8009"),
			we("2026-11-29T07:41:17Z", Info, "", "Nov 29, 2026 7:41:17 AM org.apache.jk.server.JkMain start",
				"INFO: Jk running ID=0 time=0/24  config=null"),
		},
	},
	{
		name:   "hadoop-metrics1-filecontext",
		gap:    "trawl reads no host from the `hostName=` tag after `context.record:`: every record's host comes out empty",
		source: "Hadoop 0.20/1.x's metrics1 FileContext (hadoop-metrics.properties `dfs.class=org.apache.hadoop.metrics.file.FileContext`, `dfs.fileName=/tmp/dfsmetrics.log`), one line per record `context.record: tag=value, …, metric=value, …`: Hadoop 0.20.1's org/apache/hadoop/metrics/file/package.html (the context and its fileName and period attributes); the line's layout from memory of FileContext.emitRecord",
		why:    "no time at all; the hostName tag is the record's host; logError, logWarn and gcTimeMillis are counters, no level and no time",
		entries: []worldEntry{
			we("", Unknown, "dn-07.example.lan", "jvm.metrics: hostName=dn-07.example.lan, processName=DataNode, sessionId=, gcCount=412, gcTimeMillis=3810, logError=0, logFatal=0, logInfo=2214, logWarn=3, memHeapCommittedM=117.0625, memHeapUsedM=41.7902, threadsBlocked=0, threadsRunnable=9, threadsWaiting=12"),
			we("", Unknown, "dn-07.example.lan", "dfs.datanode: hostName=dn-07.example.lan, sessionId=, blockChecksumOp_avg_time=0, blockReports_avg_time=4, blocks_read=1880, blocks_written=912, bytes_read=121864210, bytes_written=60416022, heartBeats_avg_time=1, heartBeats_num_ops=4410"),
			we("", Unknown, "dn-07.example.lan", "rpc.metrics: hostName=dn-07.example.lan, port=50020, rpcAuthenticationFailures=0, rpcAuthenticationSuccesses=0, RpcProcessingTime_avg_time=0, RpcProcessingTime_num_ops=52, RpcQueueTime_avg_time=0"),
			we("", Unknown, "nn-01.example.lan", "dfs.namenode: hostName=nn-01.example.lan, sessionId=, AddBlockOps=912, CreateFileOps=301, FilesCreated=301, GetBlockLocations=1880, SafemodeTime=31240, Syncs_avg_time=2, Syncs_num_ops=611"),
		},
	},
	{
		name:   "squid2-access-log-mime-headers",
		source: "Squid 2.x's native access.log with `log_mime_hdrs on` (`time elapsed client code/status bytes method URL ident hierarchy/from type` then the request and reply headers, CR and LF escaped, each in brackets): squid.conf 2.6 documentation of log_mime_hdrs; the escaping from memory",
		why:    "an epoch with milliseconds first; the request's `Host:` header and the origin server are no host; `Date:` and `Last-Modified:` inside the reply headers are not the record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.211Z", Unknown, "", `1795938076.211    412 10.0.4.12 TCP_MISS/200 5120 GET http://www.example.com/ - DIRECT/192.0.2.80 text/html [Host: www.example.com\r\nUser-Agent: Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1; SV1)\r\nAccept: */*\r\n] [HTTP/1.0 200 OK\r\nDate: Sun, 29 Nov 2026 07:41:15 GMT\r\nContent-Type: text/html\r\nContent-Length: 4870\r\n]`),
			we("2026-11-29T07:41:17.004Z", Unknown, "", `1795938077.004      2 10.0.4.12 TCP_MEM_HIT/200 1733 GET http://www.example.com/logo.gif - NONE/- image/gif [Host: www.example.com\r\nReferer: http://www.example.com/\r\n] [HTTP/1.0 200 OK\r\nLast-Modified: Mon, 02 Mar 2026 10:00:00 GMT\r\nContent-Type: image/gif\r\n]`),
			we("2026-11-29T07:41:19.870Z", Unknown, "", `1795938079.870   1021 10.0.4.31 TCP_DENIED/403 1402 CONNECT mail.example.org:443 - NONE/- text/html [Host: mail.example.org:443\r\n] [HTTP/1.0 403 Forbidden\r\nServer: squid/2.6.STABLE21\r\n]`),
			we("2026-11-29T07:42:03.500Z", Unknown, "", `1795938123.500     87 10.0.4.12 TCP_REFRESH_HIT/304 281 GET http://www.example.com/style.css - DIRECT/192.0.2.80 - [Host: www.example.com\r\nIf-Modified-Since: Fri, 27 Nov 2026 18:00:00 GMT\r\n] [HTTP/1.0 304 Not Modified\r\nDate: Sun, 29 Nov 2026 07:42:03 GMT\r\n]`),
		},
	},
	{
		name:   "samba30-log-smbd",
		source: "Samba 3.0's log.smbd (`[yyyy/mm/dd HH:MM:SS, level] dir/file.c:function(line)` then the message indented by two; smbd's start-up record also carries the copyright line): Samba 3.0's debug header (one blank after the comma, no microseconds) as opposed to 3.2+'s in fresh41 and fresh55; the messages from memory",
		why:    "a slashed date with a comma and the debug level in one bracket; the indented lines belong to the header above; the connecting machine and its address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:12Z", Error, "", "[2026/11/29 07:41:12, 0] smbd/server.c:main(944)",
				"  smbd version 3.0.33-3.39.el5_8 started.",
				"  Copyright Andrew Tridgell and the Samba Team 1992-2008"),
			we("2026-11-29T07:41:13Z", Error, "", "[2026/11/29 07:41:13, 0] printing/print_cups.c:cups_connect(69)",
				"  Unable to connect to CUPS server localhost:631 - Connection refused"),
			we("2026-11-29T07:41:16Z", Warn, "", "[2026/11/29 07:41:16, 1] smbd/service.c:make_connection_snum(1011)",
				"  ws-12 (10.0.4.12) connect to service projects initially as user bob (uid=1001, gid=1001) (pid 3120)"),
			we("2026-11-29T07:52:40Z", Error, "", "[2026/11/29 07:52:40, 0] lib/util_sock.c:read_data(534)",
				"  read_data: read failure for 4 bytes to client 10.0.4.12. Error = Connection reset by peer"),
			we("2026-11-29T08:03:05Z", Warn, "", "[2026/11/29 08:03:05, 1] smbd/service.c:close_cnum(1230)",
				"  ws-12 (10.0.4.12) closed connection to service projects"),
		},
	},
}

func TestFresh242Formats(t *testing.T) { assertTable(t, fresh242Cases) }
func TestFresh242Score(t *testing.T) {
	checkScore(t, "fresh242 formats", fresh242Cases, [worldNumFields]float64{99.9, 99.9, 88.8, 99.9})
}
