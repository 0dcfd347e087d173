package parse

import "testing"

// The twenty-third fresh table, written on 2026-11-30: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the first twenty-two fresh tables
// (fresh_test.go to fresh22_test.go), compared by family and by product and not only by name, so
// that its score is again an honest figure for logs trawl has never been tuned on. It is weighted
// about evenly over five domains: mainstream Linux server daemons as they are really stored (Redis
// Sentinel, redis-cli MONITOR, Galera's SST script inside the MariaDB error log, clickhouse-client's
// echoed server logs, Apache's suexec log, FreeIPA's API lines in httpd's error_log, MIT Kerberos'
// KRB5_TRACE, Kafka's log-cleaner.log, fcron, MailScanner, msmtp's own log, Postfix's mailq,
// realmd, certmonger, nullmailer); network devices and firewalls (Junos with explicit-priority,
// Check Point Gaia's messages, nftables log rules, GoBGP, ISC dhcrelay, PortSentry, ArubaOS
// `show log`, FortiOS `execute log display`); big-data and distributed platforms (the Hadoop
// MapReduce job client, ZooKeeper's audit log, Ceph's radosgw, Metaflow runs, the MLflow server,
// Beeline, Apache YuniKorn, JupyterHub, kube-scheduler); desktop platforms (VMware Tools, Docker
// Desktop, Karabiner-Elements, Windows Setup's setupact.log, ExchangeSetup.log, WSUS's
// SoftwareDistribution.log); and syslog shaped as parser test suites shape it (parameter-less
// structured data, JSON payloads under a PRI, an unpadded hour, over-long dotted tags, UTF-8 in
// structured data and message).
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own (a clock with an hour and no date is on the
// clock's day), the written clock read as UTC when the format writes no zone, a year-less date in
// the table's year, levels only where the source puts them and mapped from the program's own
// scale (a PRI gives its severity; a level word in free text is no level), "" host when the record
// names none (a peer, a client or a managed device named in the message is no host; the sender's
// own name or address in the header, or in a field that names it, is), and a multi-line record as
// one entry.
//
// The lines were written for this table in the layout each product really uses, learned from its
// documentation, source and public threads (named in source; where a detail is from memory of real
// lines rather than a found page, source says so); hosts, ids and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table
// was first run; a family trawl still gets wrong carries a gap that says what it does not read, and
// it stays in the score. The table is a measurement, never to be tuned on: no parser rule is to be
// written from it, or it stops being one.
//
// Its first figure, scored once at commit 76ae9ae before any rule was written from it: level 94.2 %,
// time 93.8 %, host 94.5 %, records 97.0 % (macro), 34 of 44 families fully right.
//
// go test ./parse -run Fresh23 -v

var fresh23Cases = []worldCase{
	// Mainstream Linux server daemons, in syslog and in their own files.
	{
		name:   "redis-sentinel",
		source: "Redis Sentinel's log (the server's `pid:role dd Mon yyyy HH:MM:SS.mmm mark msg` with role X for a sentinel, `*` notice and `#` warning, and the Sentinel events `+monitor`, `+sdown`, `+odown`, `+slave-reconf-sent`): redis.io 'High availability with Redis Sentinel' (the Sentinel events list); the role letter from memory of redis server.c's serverLogRaw",
		why:    "the sentinel's role X after the pid; events that begin with + and a `#quorum` word after the warning mark are no levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Notice, "", "1:X 29 Nov 2026 07:41:16.412 * Running mode=sentinel, port=26379."),
			we("2026-11-29T07:41:16.413Z", Warn, "", "1:X 29 Nov 2026 07:41:16.413 # Sentinel ID is 3f2c1a7e9b3d4c5e8f1a2b7c9d0e4f6141207aa1"),
			we("2026-11-29T07:41:16.413Z", Warn, "", "1:X 29 Nov 2026 07:41:16.413 # +monitor master shop 10.20.0.41 6379 quorum 2"),
			we("2026-11-29T07:43:02.118Z", Warn, "", "1:X 29 Nov 2026 07:43:02.118 # +sdown master shop 10.20.0.41 6379"),
			we("2026-11-29T07:43:02.22Z", Warn, "", "1:X 29 Nov 2026 07:43:02.220 # +odown master shop 10.20.0.41 6379 #quorum 2/2"),
			we("2026-11-29T07:43:04.501Z", Notice, "", "1:X 29 Nov 2026 07:43:04.501 * +slave-reconf-sent slave 10.20.0.43:6379 10.20.0.43 6379 @ shop 10.20.0.41 6379"),
		},
	},
	{
		name:   "redis-cli-monitor",
		source: "redis-cli MONITOR's stream (`OK`, then `unix-seconds.micro [db client] \"CMD\" \"arg\"…`, the client an address and port, `lua` for a script, `unix:/path` for a socket): redis.io 'MONITOR' command reference",
		why:    "a Unix time with microseconds opens each line; the bracketed database and client are a peer, not a host; the quoted command is no level",
		entries: []worldEntry{
			wskip("OK"),
			we("2026-11-29T07:41:16.412345Z", Unknown, "", `1795938076.412345 [0 10.20.0.31:51234] "GET" "cart:41207"`),
			we("2026-11-29T07:41:16.413002Z", Unknown, "", `1795938076.413002 [0 lua] "incr" "ratelimit:alice"`),
			we("2026-11-29T07:41:16.9Z", Unknown, "", `1795938076.900000 [2 unix:/run/redis/redis.sock] "PING"`),
			we("2026-11-29T07:41:17.004118Z", Unknown, "", `1795938077.004118 [0 10.20.0.32:40412] "SET" "session:9f1c" "{\"user\":\"bob\"}" "EX" "3600"`),
		},
	},
	{
		name:   "mariadb-galera-sst",
		source: "Galera's state snapshot transfer in a MariaDB error log: the server's `yyyy-MM-dd HH:mm:ss thread [Level] WSREP: …` lines (the hour space-padded in 10.4 and later) interleaved with the wsrep_sst_mariabackup script's `WSREP_SST: [LEVEL] msg (yyyyMMdd HH:mm:ss.SSS)` lines, their time last: mariadb-corporation/galera#462, MariaDB/mariadb-docker#156, colinmollenhour/mariadb-galera-swarm#110",
		why:    "the script's time closes its line in parentheses, written without separators in the date; the server's hour is padded with a blank; [Note] is a notice",
		gap:    "the SST script's `WSREP_SST: [LEVEL] msg (yyyyMMdd HH:mm:ss.SSS)` lines, their time last, are not read as records of their own: they are joined to the server line before them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026-11-29  7:41:16 0 [Note] WSREP: Member 1.0 (db2) requested state transfer from '*any*'. Selected 0.0 (db1)(SYNCED) as donor."),
			we("2026-11-29T07:41:17.412Z", Info, "", "WSREP_SST: [INFO] Streaming with mbstream (20261129 07:41:17.412)"),
			we("2026-11-29T07:41:17.53Z", Info, "", "WSREP_SST: [INFO] Waiting for SST streaming to complete! (20261129 07:41:17.530)"),
			we("2026-11-29T07:42:03.118Z", Error, "", "WSREP_SST: [ERROR] Error while getting data from donor node:  exit codes: 1 1 (20261129 07:42:03.118)"),
			we("2026-11-29T07:42:03Z", Error, "", "2026-11-29  7:42:03 0 [ERROR] WSREP: Process completed with error: wsrep_sst_mariabackup --role 'joiner' --address '10.20.0.42' --datadir '/var/lib/mysql/' --parent '4120': 32 (Broken pipe)"),
			we("2026-11-29T07:42:04Z", Warn, "", "2026-11-29  7:42:04 2 [Warning] WSREP: 1.0 (db2): State transfer from 0.0 (db1) failed: -32 (Broken pipe)"),
		},
	},
	{
		name:   "clickhouse-client-server-logs",
		source: "clickhouse-client with --send_logs_level (the server's log lines echoed to the client, each led by the server's name in brackets: `[host] yyyy.MM.dd HH:mm:ss.micro [ tid ] {query_id} <Level> source: msg`): ClickHouse docs 'Settings' (send_logs_level) and 'Command-Line Client'; the bracketed host from memory of lines pasted in ClickHouse issues",
		why:    "the server's name in brackets before the dotted date names the sender; <Information> and <Trace> are levels",
		gap:    "the server's name in brackets before clickhouse-client's echoed log lines is not read as the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Debug, "ch01", "[ch01] 2026.11.29 07:41:16.412345 [ 4120 ] {3f2c1a7e-9b3d-4c5e-8f1a-2b7c9d0e4f61} <Debug> executeQuery: (from 10.20.0.31:51234) SELECT count() FROM shop.orders WHERE day = today() (stage: Complete)"),
			we("2026-11-29T07:41:16.412802Z", Trace, "ch01", "[ch01] 2026.11.29 07:41:16.412802 [ 4120 ] {3f2c1a7e-9b3d-4c5e-8f1a-2b7c9d0e4f61} <Trace> ContextAccess (default): Access granted: SELECT(day) ON shop.orders"),
			we("2026-11-29T07:41:16.416001Z", Info, "ch01", "[ch01] 2026.11.29 07:41:16.416001 [ 4120 ] {3f2c1a7e-9b3d-4c5e-8f1a-2b7c9d0e4f61} <Information> executeQuery: Read 41207 rows, 160.96 KiB in 0.003656 sec., 11271061 rows/sec., 42.99 MiB/sec."),
			we("2026-11-29T07:41:16.416118Z", Debug, "ch01", "[ch01] 2026.11.29 07:41:16.416118 [ 4120 ] {3f2c1a7e-9b3d-4c5e-8f1a-2b7c9d0e4f61} <Debug> MemoryTracker: Peak memory usage (for query): 412.07 KiB."),
			we("2026-11-29T07:41:19.2Z", Error, "ch02", "[ch02] 2026.11.29 07:41:19.200000 [ 812 ] {9b3d4c1a-8e2f-4b6d-8c3a-2b1e5f1c2a7e} <Error> executeQuery: Code: 60. DB::Exception: Table shop.order_items does not exist. (UNKNOWN_TABLE)"),
		},
	},
	{
		name:   "apache-suexec-log",
		source: "Apache's suexec wrapper log (suexec_log: `[yyyy-MM-dd HH:mm:ss]: msg`, the uid, gid and command of each CGI run, and refusals): httpd docs 'suEXEC Support'; the line shapes from memory of support/suexec.c (log_err and log_no_err)",
		why:    "a bracketed date and clock, then a colon; `uid: (…)` and `gid: (…)` are no fields of a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16]: uid: (alice/alice) gid: (alice/alice) cmd: shop.cgi"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[2026-11-29 07:41:17]: cannot stat program: (report.cgi)"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[2026-11-29 07:41:18]: target uid/gid (1001/1001) mismatch with directory (0/0) or program (0/0) or trailing link (0/0)"),
			we("2026-11-29T07:41:20Z", Unknown, "", "[2026-11-29 07:41:20]: uid: (bob/bob) gid: (bob/bob) cmd: php-wrapper"),
		},
	},
	{
		name:   "freeipa-httpd-api-errorlog",
		source: "FreeIPA's API server in Apache's error_log (mod_wsgi writes IPA's Python log lines to stderr, so each carries `[wsgi:error]` and a `[remote addr:port]`, then `ipa: LEVEL: [plugin] principal: command(): RESULT`; Apache's own lines between them): FreeIPA troubleshooting guide (/var/log/httpd/error_log); the layout from memory of lines pasted on freeipa-users",
		why:    "a record carried whole writes its own level (ipa: INFO under mod_wsgi's fixed error); Apache's own lines keep theirs; the remote address is a client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Info, "", "[Sun Nov 29 07:41:16.412345 2026] [wsgi:error] [pid 4120:tid 4188] [remote 10.20.0.31:51234] ipa: INFO: [jsonserver_session] admin@EXAMPLE.TEST: ping(): SUCCESS"),
			we("2026-11-29T07:41:17.004118Z", Info, "", "[Sun Nov 29 07:41:17.004118 2026] [wsgi:error] [pid 4120:tid 4190] [remote 10.20.0.31:51236] ipa: INFO: [jsonserver_session] admin@EXAMPLE.TEST: user_add/1('carol', givenname='Carol', sn='Lind', version='2.253'): SUCCESS"),
			we("2026-11-29T07:41:19.5Z", Error, "", "[Sun Nov 29 07:41:19.500000 2026] [wsgi:error] [pid 4121:tid 4201] [remote 10.20.0.33:40412] ipa: ERROR: non-public: ConnectionRefusedError: [Errno 111] Connection refused"),
			we("2026-11-29T07:41:22.118Z", Notice, "", "[Sun Nov 29 07:41:22.118000 2026] [core:notice] [pid 812:tid 812] AH00094: Command line: '/usr/sbin/httpd -D FOREGROUND'"),
			we("2026-11-29T07:41:22.2Z", Warn, "", "[Sun Nov 29 07:41:22.200000 2026] [ssl:warn] [pid 812:tid 812] AH01909: ipa1.example.test:443:0 server certificate does NOT include an ID which matches the server name"),
		},
	},
	{
		name:   "krb5-trace",
		source: "MIT Kerberos tracing (KRB5_TRACE=/dev/stderr or a file: `[pid] unix-seconds.micro: msg`): krb5 docs 'Troubleshooting' (Trace logging); streamthoughts/jikkou#286, gssapi/mod_auth_gssapi#69",
		why:    "a bracketed pid, then a Unix time with microseconds and a colon; principals and KDC addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Unknown, "", "[4120] 1795938076.412345: Getting initial credentials for alice@EXAMPLE.TEST"),
			we("2026-11-29T07:41:16.412401Z", Unknown, "", "[4120] 1795938076.412401: Sending request (215 bytes) to EXAMPLE.TEST"),
			we("2026-11-29T07:41:16.413118Z", Unknown, "", "[4120] 1795938076.413118: Initiating TCP connection to stream 10.20.0.5:88"),
			we("2026-11-29T07:41:16.418202Z", Unknown, "", "[4120] 1795938076.418202: Received error from KDC: -1765328359/Additional pre-authentication required"),
			we("2026-11-29T07:41:16.431001Z", Unknown, "", "[4120] 1795938076.431001: Storing alice@EXAMPLE.TEST -> krbtgt/EXAMPLE.TEST@EXAMPLE.TEST in FILE:/tmp/krb5cc_1000"),
		},
	},
	{
		name:   "kafka-log-cleaner",
		source: "Kafka's log-cleaner.log (the broker's log4j `[yyyy-MM-dd HH:mm:ss,SSS] LEVEL msg (logger)`, and after each cleaning a statistics record over several tab-indented lines closed by the logger's name on a line of its own): Kafka config/log4j.properties (cleanerAppender); the statistics layout from memory of kafka.log.LogCleaner",
		why:    "a record whose message runs over tab-indented lines and ends with ` (kafka.log.LogCleaner)` alone on the last line is one entry",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "[2026-11-29 07:41:16,412] INFO Cleaner 0: Beginning cleaning of log __consumer_offsets-12 (kafka.log.LogCleaner)"),
			we("2026-11-29T07:41:16.413Z", Info, "", "[2026-11-29 07:41:16,413] INFO Cleaner 0: Building offset map for __consumer_offsets-12... (kafka.log.LogCleaner)"),
			we("2026-11-29T07:41:16.52Z", Info, "", "[2026-11-29 07:41:16,520] INFO Cleaner 0: Cleaning log __consumer_offsets-12 (cleaning prior to Sun Nov 29 07:40:02 UTC 2026, discarding tombstones prior to Sat Nov 28 07:39:58 UTC 2026)... (kafka.log.LogCleaner)"),
			we("2026-11-29T07:41:16.612Z", Info, "",
				"[2026-11-29 07:41:16,612] INFO [kafka-log-cleaner-thread-0]:",
				"\tLog cleaner thread 0 cleaned log __consumer_offsets-12 (dirty section = [4120, 41207])",
				"\t0.4 MB of log processed in 0.1 seconds (3.9 MB/sec).",
				"\tIndexed 0.4 MB in 0.0 seconds (10.2 Mb/sec, 38.1% of total time)",
				"\tBuffer utilization: 0.0%",
				"\tCleaned 0.4 MB in 0.1 seconds (6.3 Mb/sec, 61.9% of total time)",
				"\tStart size: 0.4 MB (37,087 messages)",
				"\tEnd size: 0.0 MB (412 messages)",
				"\t98.9% size reduction (98.9% fewer messages)",
				" (kafka.log.LogCleaner)"),
			we("2026-11-29T07:41:31.004Z", Warn, "", "[2026-11-29 07:41:31,004] WARN Cleaner 0: Cannot use more than 2G for offset map, decrease log.cleaner.dedupe.buffer.size (kafka.log.LogCleaner)"),
		},
	},
	{
		name:   "fcron-syslog",
		source: "fcron through syslog to /var/log/cron (facility cron; `fcron[pid] x.y.z started`, `Job 'cmd' started for user u (pid n)`, `Job 'cmd' completed`, `Job 'cmd' terminated (exit status: n)`): fcron(8) (messages to syslogd under facility cron); the message shapes from memory of fcron's log.c callers",
		why:    "the program's pid repeated inside its first message; the quoted job commands are no tags",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "db2", "Nov 29 07:41:16 db2 fcron[812]: fcron[812] 3.2.1 started"),
			we("2026-11-29T07:45:00Z", Unknown, "db2", "Nov 29 07:45:00 db2 fcron[4120]: Job 'run-parts /etc/cron.hourly' started for user root (pid 4121)"),
			we("2026-11-29T07:45:03Z", Unknown, "db2", "Nov 29 07:45:03 db2 fcron[4120]: Job 'run-parts /etc/cron.hourly' completed"),
			we("2026-11-29T07:50:02Z", Unknown, "db2", "Nov 29 07:50:02 db2 fcron[4130]: Job '/usr/local/bin/backup.sh' terminated (exit status: 2) (mail sent)"),
			we("2026-11-29T07:51:00Z", Unknown, "db2", "Nov 29 07:51:00 db2 fcron[812]: updating configuration from /var/spool/fcron"),
		},
	},
	{
		name:   "mailscanner-syslog",
		source: "MailScanner through syslog to /var/log/maillog (`MailScanner[pid]: New Batch: Scanning n messages`, `Message id from ip (sender) to domain is spam, SpamAssassin (…)`, `Spam Actions:`, `Virus Scanning:`, `Batch completed at …`): MailScanner.conf (Log Facility); the message shapes from memory of MailScanner's maillog lines",
		why:    "a tag with capitals and a pid; `is spam` and `infections` are no levels; the sending IP is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mx2", "Nov 29 07:41:16 mx2 MailScanner[4120]: MailScanner E-Mail Virus Scanner version 5.5.3 starting..."),
			we("2026-11-29T07:41:18Z", Unknown, "mx2", "Nov 29 07:41:18 mx2 MailScanner[4120]: New Batch: Scanning 3 messages, 41207 bytes"),
			we("2026-11-29T07:41:19Z", Unknown, "mx2", "Nov 29 07:41:19 mx2 MailScanner[4120]: Message 4NqXyZ1abczFGH from 203.0.113.41 (promo@spam.example) to example.org is spam, SpamAssassin (not cached, score=14.12, required 5, BAYES_99 3.50, RCVD_IN_SBL 2.60)"),
			we("2026-11-29T07:41:19Z", Unknown, "mx2", "Nov 29 07:41:19 mx2 MailScanner[4120]: Spam Actions: message 4NqXyZ1abczFGH actions are store,notify"),
			we("2026-11-29T07:41:20Z", Unknown, "mx2", "Nov 29 07:41:20 mx2 MailScanner[4120]: Virus Scanning: ClamAV found 1 infections"),
			we("2026-11-29T07:41:20Z", Unknown, "mx2", "Nov 29 07:41:20 mx2 MailScanner[4120]: Batch completed at 14941 bytes per second (41207 / 2)"),
		},
	},
	{
		name:   "msmtp-logfile",
		source: "msmtp's own log file (logfile and logfile_time_format, by default `%b %d %H:%M:%S`, then `host=… tls=on auth=on user=… from=… recipients=… mailsize=… smtpstatus=… smtpmsg='…' exitcode=EX_…`, errors with `errormsg='…'`): msmtp manual, 'Logging'",
		why:    "a year-less date opens key=value pairs; host= names the SMTP server, a peer, so the record has no host; exitcode is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 host=smtp.example.net tls=on auth=on user=alerts@example.org from=alerts@example.org recipients=ops@example.net mailsize=1204 smtpstatus=250 smtpmsg='250 2.0.0 Ok: queued as 4NqXyZ1abcz' exitcode=EX_OK"),
			we("2026-11-29T07:43:02Z", Unknown, "", "Nov 29 07:43:02 host=smtp.example.net tls=on auth=on user=alerts@example.org from=alerts@example.org recipients=ops@example.net,dba@example.net mailsize=4120 smtpstatus=535 smtpmsg='535 5.7.8 Error: authentication failed: authentication failure' errormsg='authentication failed (method PLAIN)' exitcode=EX_NOPERM"),
			we("2026-11-29T07:44:10Z", Unknown, "", "Nov 29 07:44:10 host=smtp.example.net tls=on auth=on user=alerts@example.org from=alerts@example.org recipients=ops@example.net errormsg='cannot connect to smtp.example.net, port 587: Connection timed out' exitcode=EX_TEMPFAIL"),
		},
	},
	{
		name:   "postfix-mailq",
		source: "Postfix's mailq / postqueue -p listing (a header row, then per message `QUEUEID[*!] size Www Mmm dd HH:mm:ss sender`, an optional parenthesised deferral reason, the recipients indented, a blank line; `-- n Kbytes in m Requests.` last): postqueue(1), mailq(1)",
		why:    "a queue entry runs over its reason and recipient lines; the arrival time is year-less with a weekday; the closing summary has no time",
		gap:    "mailq's closing `-- n Kbytes in m Requests.` after a blank line is joined to the last queue entry instead of standing alone",
		entries: []worldEntry{
			wskip("-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"4NqXyZ1abczF*    4120 Sun Nov 29 07:41:16  alerts@example.org",
				"                                         ops@example.net",
				""),
			we("2026-11-29T07:43:02Z", Unknown, "",
				"4NqXz01bcdeG     8412 Sun Nov 29 07:43:02  billing@example.org",
				"(connect to mx.example.net[198.51.100.9]:25: Connection timed out)",
				"                                         accounts@example.net",
				"                                         audit@example.net",
				""),
			we("2026-11-29T07:44:40Z", Unknown, "",
				"4NqY0k2cdefH!     812 Sun Nov 29 07:44:40  MAILER-DAEMON",
				"                                         bounce-41207@example.org",
				""),
			we("", Unknown, "", "-- 13 Kbytes in 3 Requests."),
		},
	},
	{
		name:   "realmd-journal",
		source: "realmd joining a domain as journalctl prints it (short format; realmd's progress lines indented with ` * ` and failures with ` ! `): realm(8); the progress lines from memory of `realm join -v` output and realmd's journal",
		why:    "the bullets and the exclamation mark after the tag are realmd's progress marks, not levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "ws-12", "Nov 29 07:41:16 ws-12 realmd[4120]: Loaded settings from: /usr/lib/realmd/realmd-defaults.conf /usr/lib/realmd/realmd-distro.conf"),
			we("2026-11-29T07:41:16Z", Unknown, "ws-12", "Nov 29 07:41:16 ws-12 realmd[4120]: holding daemon: startup"),
			we("2026-11-29T07:41:17Z", Unknown, "ws-12", "Nov 29 07:41:17 ws-12 realmd[4120]:  * Resolving: _ldap._tcp.corp.example.test"),
			we("2026-11-29T07:41:17Z", Unknown, "ws-12", "Nov 29 07:41:17 ws-12 realmd[4120]:  * Performing LDAP DSE lookup on: 10.20.0.5"),
			we("2026-11-29T07:41:19Z", Unknown, "ws-12", "Nov 29 07:41:19 ws-12 realmd[4120]:  ! Couldn't join realm: Insufficient permissions to join the domain"),
		},
	},
	{
		name:   "certmonger-syslog",
		source: "certmonger through syslog on a FreeIPA server (`Certificate named \"…\" in token \"…\" in database \"…\" will not be valid after yyyyMMddHHmmss.`, `Certificate in file \"…\" issued by CA and saved.`, `Wrote to /var/lib/certmonger/requests/…`): certmonger(8); the message shapes from memory of FreeIPA renewal threads",
		why:    "fourteen-digit stamps inside the message (a validity end, a request file's name) are not the record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "ipa1", `Nov 29 07:41:16 ipa1 certmonger[1204]: Certificate named "Server-Cert" in token "NSS Certificate DB" in database "/etc/dirsrv/slapd-EXAMPLE-TEST" will not be valid after 20261212074116.`),
			we("2026-11-29T07:41:20Z", Unknown, "ipa1", `Nov 29 07:41:20 ipa1 certmonger[1204]: Certificate in file "/var/lib/ipa/ra-agent.pem" issued by CA and saved.`),
			we("2026-11-29T07:41:21Z", Unknown, "ipa1", "Nov 29 07:41:21 ipa1 certmonger[1204]: Wrote to /var/lib/certmonger/requests/20261129074121"),
		},
	},
	{
		name:   "nullmailer-syslog",
		source: "nullmailer-send through syslog to /var/log/mail.log (`Rescanning queue.`, `Starting delivery, n message(s) in queue.`, `Starting delivery: host: … protocol: smtp file: …`, `smtp: Succeeded:`/`smtp: Failed:`, `Sent file.`, `Delivery complete, n message(s) remain.`): nullmailer-send(8); the message shapes from memory of Debian mail.log lines",
		why:    "`smtp: Failed:` is the protocol's result, not a level; host: names the relay, a peer; the queue file's name is a Unix time and a pid, not the record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "nas01", "Nov 29 07:41:16 nas01 nullmailer[812]: Rescanning queue."),
			we("2026-11-29T07:41:16Z", Unknown, "nas01", "Nov 29 07:41:16 nas01 nullmailer[812]: Starting delivery, 1 message(s) in queue."),
			we("2026-11-29T07:41:16Z", Unknown, "nas01", "Nov 29 07:41:16 nas01 nullmailer[812]: Starting delivery: host: smtp.example.net protocol: smtp file: 1795938075.4120"),
			we("2026-11-29T07:41:17Z", Unknown, "nas01", "Nov 29 07:41:17 nas01 nullmailer[812]: smtp: Failed: 451 4.7.1 Greylisted, please try again later"),
			we("2026-11-29T07:41:17Z", Unknown, "nas01", "Nov 29 07:41:17 nas01 nullmailer[812]: Delivery complete, 1 message(s) remain."),
		},
	},
	{
		name:   "incrond-syslog",
		source: "incron's daemon through syslog to /var/log/cron (`starting service (version x, built on …)`, `loading system tables`, `loading user tables`, `table for invalid user u found (ignored)`, `ready to process filesystem events`, and cron-like `(table::watch) CMD (command)` lines): incrond(8), incrontab(5); the message shapes from memory of incron's logging in Debian bug reports",
		why:    "a build date inside the start message is not the record's time; the cron-like `(user) CMD (…)` is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "files1", "Nov 29 07:41:16 files1 incrond[812]: starting service (version 0.5.12, built on Jan 10 2024 12:00:00)"),
			we("2026-11-29T07:41:16Z", Unknown, "files1", "Nov 29 07:41:16 files1 incrond[812]: loading system tables"),
			we("2026-11-29T07:41:16Z", Unknown, "files1", "Nov 29 07:41:16 files1 incrond[812]: table for invalid user www-data found (ignored)"),
			we("2026-11-29T07:41:16Z", Unknown, "files1", "Nov 29 07:41:16 files1 incrond[812]: ready to process filesystem events"),
			we("2026-11-29T07:42:03Z", Unknown, "files1", "Nov 29 07:42:03 files1 incrond[812]: (system::upload) CMD (/usr/local/bin/ingest.sh /srv/upload/orders-41207.csv)"),
		},
	},

	// Network devices and firewalls, as a collector or the device's own CLI keeps them.
	{
		name:   "junos-explicit-priority",
		source: "Junos messages file with `explicit-priority` (`timestamp message-source: %FACILITY-severity-TAG: text`, the facility a Junos code such as INTERACT, DAEMON, the severity a number): Juniper 'Interpreting Messages Generated in Standard Format' and 'Including Priority Information in System Log Messages'",
		why:    "the severity digit between the facility code and the tag is the level; two blanks before the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ex4300-01", "Nov 29 07:41:16  ex4300-01 mgd[4120]: %INTERACT-6-UI_CMDLINE_READ_LINE: User 'alice', command 'configure private '"),
			we("2026-11-29T07:41:31Z", Notice, "ex4300-01", "Nov 29 07:41:31  ex4300-01 mgd[4120]: %INTERACT-5-UI_COMMIT: User 'alice' requested 'commit' operation (comment: vlan 412 for shop)"),
			we("2026-11-29T07:41:33Z", Info, "ex4300-01", "Nov 29 07:41:33  ex4300-01 mgd[4120]: %INTERACT-6-UI_COMMIT_PROGRESS: Commit operation in progress: commit complete"),
			we("2026-11-29T07:42:02Z", Warn, "ex4300-01", "Nov 29 07:42:02  ex4300-01 mib2d[1412]: %DAEMON-4-SNMP_TRAP_LINK_DOWN: ifIndex 526, ifAdminStatus up(1), ifOperStatus down(2), ifName ge-0/0/12"),
			we("2026-11-29T07:42:10Z", Error, "ex4300-01", "Nov 29 07:42:10  ex4300-01 chassisd[1388]: %DAEMON-3-CHASSISD_FRU_OFFLINE_NOTICE: Taking FPC 1 offline: Error"),
		},
	},
	{
		name:   "checkpoint-gaia-messages",
		source: "Check Point Gaia's /var/log/messages (syslogd writing the year after the clock: `Mmm dd HH:mm:ss yyyy host prog[pid]: msg`; xpand's `Configuration changed from localhost by user admin by the service dbset`, clish's command audit): Check Point sk Gaia administration guide 'System Logging'; the layout from memory of Check Point CheckMates threads",
		why:    "a year between the clock and the host; clish's `cmd by admin:` and a command's md5 are no levels or times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gw-01", "Nov 29 07:41:16 2026 gw-01 xpand[6412]: Configuration changed from localhost by user admin by the service dbset"),
			we("2026-11-29T07:41:20Z", Unknown, "gw-01", "Nov 29 07:41:20 2026 gw-01 sshd[4120]: Accepted password for admin from 10.20.0.31 port 51234 ssh2"),
			we("2026-11-29T07:41:22Z", Unknown, "gw-01", "Nov 29 07:41:22 2026 gw-01 clish[4188]: User admin logged in with ReadWrite permission"),
			we("2026-11-29T07:41:25Z", Unknown, "gw-01", "Nov 29 07:41:25 2026 gw-01 clish[4188]: cmd by admin: Processing : set static-route 10.50.0.0/16 nexthop gateway address 10.20.0.1 on (cmd md5: 3f2c1a7e9b3d4c5e8f1a2b7c9d0e4f61)"),
		},
	},
	{
		name:   "nftables-log-kernlog",
		source: "nftables `log prefix \"…\"` rules in the kernel log as rsyslog stores it (`Mmm dd HH:mm:ss host kernel: [uptime] prefix IN=… OUT=… MAC=… SRC=… DST=… … PROTO=…`): nft(8) 'LOG STATEMENT'; wiki.nftables.org 'Logging traffic'",
		why:    "the rule's prefix after the uptime is a word of the message; SRC and DST are peers; no level is written",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "fw02", "Nov 29 07:41:16 fw02 kernel: [41207.412345] nft-drop-in: IN=ens18 OUT= MAC=52:54:00:12:34:56:52:54:00:ab:cd:ef:08:00 SRC=203.0.113.41 DST=198.51.100.7 LEN=60 TOS=0x00 PREC=0x00 TTL=51 ID=41207 DF PROTO=TCP SPT=51234 DPT=23 WINDOW=64240 RES=0x00 SYN URGP=0"),
			we("2026-11-29T07:41:18Z", Unknown, "fw02", "Nov 29 07:41:18 fw02 kernel: [41209.118002] nft-accept-ssh: IN=ens18 OUT= MAC=52:54:00:12:34:56:52:54:00:ab:cd:ef:08:00 SRC=10.20.0.31 DST=10.20.0.2 LEN=60 TOS=0x10 PREC=0x00 TTL=64 ID=4120 DF PROTO=TCP SPT=40412 DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0"),
			we("2026-11-29T07:41:21Z", Unknown, "fw02", "Nov 29 07:41:21 fw02 kernel: [41212.500100] nft-drop-in: IN=ens18 OUT= MAC=52:54:00:12:34:56:52:54:00:ab:cd:ef:86:dd SRC=2001:0db8:0041:0000:0000:0000:0000:0007 DST=2001:0db8:0001:0000:0000:0000:0000:0002 LEN=80 TC=0 HOPLIMIT=57 FLOWLBL=41207 PROTO=TCP SPT=51234 DPT=3389 WINDOW=64800 RES=0x00 SYN URGP=0"),
			we("2026-11-29T07:41:25Z", Unknown, "fw02", "Nov 29 07:41:25 fw02 kernel: [41216.004000] nft-fwd-reject: IN=ens19 OUT=ens18 MAC=52:54:00:aa:bb:cc:52:54:00:dd:ee:ff:08:00 SRC=10.30.0.41 DST=198.51.100.80 LEN=84 TOS=0x00 PREC=0x00 TTL=63 ID=812 DF PROTO=ICMP TYPE=8 CODE=0 ID=4120 SEQ=1"),
		},
	},
	{
		name:   "gobgpd-json",
		source: "GoBGP's daemon on stderr (logrus JSON by default, --log-plain for text: `{\"Key\":peer,\"State\":…,\"Topic\":\"Peer\",\"level\":\"info\",\"msg\":\"Peer Up\",\"time\":RFC 3339 with the local offset}`): gobgpd --help (--log-level, --log-plain); osrg/gobgp docs 'Getting Started'; the keys from memory of gobgpd output",
		why:    "the local offset in the time is converted to UTC; Key names a BGP neighbour, a peer, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","msg":"gobgpd started","time":"2026-11-29T08:41:16+01:00"}`),
			we("2026-11-29T07:41:16Z", Info, "", `{"Topic":"Config","level":"info","msg":"Finished reading the config file","time":"2026-11-29T08:41:16+01:00"}`),
			we("2026-11-29T07:41:21Z", Info, "", `{"Key":"10.20.0.2","State":"BGP_FSM_OPENCONFIRM","Topic":"Peer","level":"info","msg":"Peer Up","time":"2026-11-29T08:41:21+01:00"}`),
			we("2026-11-29T07:43:02Z", Warn, "", `{"Code":4,"Data":"","Key":"10.20.0.3","Subcode":0,"Topic":"Peer","level":"warning","msg":"sent notification","time":"2026-11-29T08:43:02+01:00"}`),
			we("2026-11-29T07:43:02Z", Info, "", `{"Key":"10.20.0.3","Reason":{"Type":9},"State":"BGP_FSM_ESTABLISHED","Topic":"Peer","level":"info","msg":"Peer Down","time":"2026-11-29T08:43:02+01:00"}`),
		},
	},
	{
		name:   "isc-dhcrelay-syslog",
		source: "ISC dhcrelay through syslog (`Internet Systems Consortium DHCP Relay Agent x.y.z`, `Listening on LPF/if/mac`, `Sending on   LPF/if/mac`, `Forwarded BOOTREQUEST for mac to server`, `Forwarded BOOTREPLY for mac to client`): dhcrelay(8); the message shapes from memory of ISC DHCP's common startup banner and relay lines",
		why:    "the banner and the padded `Sending on   LPF/…` line carry no level; MAC addresses and servers are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "rtr-3", "Nov 29 07:41:16 rtr-3 dhcrelay[812]: Internet Systems Consortium DHCP Relay Agent 4.4.3-P1"),
			we("2026-11-29T07:41:16Z", Unknown, "rtr-3", "Nov 29 07:41:16 rtr-3 dhcrelay[812]: Listening on LPF/eth1/52:54:00:ab:cd:ef"),
			we("2026-11-29T07:41:16Z", Unknown, "rtr-3", "Nov 29 07:41:16 rtr-3 dhcrelay[812]: Sending on   LPF/eth1/52:54:00:ab:cd:ef"),
			we("2026-11-29T07:41:40Z", Unknown, "rtr-3", "Nov 29 07:41:40 rtr-3 dhcrelay[812]: Forwarded BOOTREQUEST for 52:54:00:12:34:56 to 10.20.0.5"),
			we("2026-11-29T07:41:40Z", Unknown, "rtr-3", "Nov 29 07:41:40 rtr-3 dhcrelay[812]: Forwarded BOOTREPLY for 52:54:00:12:34:56 to 10.30.0.41"),
		},
	},
	{
		name:   "portsentry-syslog",
		source: "PortSentry through syslog (`adminalert: Psionic PortSentry … is starting.`, `adminalert: Going into listen mode on TCP port: n`, `attackalert: Connect from host: h/ip to TCP port: n`, `attackalert: Host ip has been blocked via wrappers with string: \"…\"`): portsentry's README.install ('Logging'); the message shapes from memory of Debian portsentry lines",
		why:    "adminalert and attackalert are PortSentry's message classes, not syslog levels; the scanning host is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "bastion", "Nov 29 07:41:16 bastion portsentry[812]: adminalert: Psionic PortSentry 1.2 is starting."),
			we("2026-11-29T07:41:16Z", Unknown, "bastion", "Nov 29 07:41:16 bastion portsentry[812]: adminalert: Going into listen mode on TCP port: 23"),
			we("2026-11-29T07:43:02Z", Unknown, "bastion", "Nov 29 07:43:02 bastion portsentry[812]: attackalert: Connect from host: 203.0.113.41/203.0.113.41 to TCP port: 23"),
			we("2026-11-29T07:43:02Z", Unknown, "bastion", `Nov 29 07:43:02 bastion portsentry[812]: attackalert: Host 203.0.113.41 has been blocked via wrappers with string: "ALL: 203.0.113.41"`),
			we("2026-11-29T07:43:05Z", Unknown, "bastion", "Nov 29 07:43:05 bastion portsentry[812]: attackalert: Host: 203.0.113.41/203.0.113.41 is already blocked Ignoring"),
		},
	},
	{
		name:   "arubaos-show-log",
		source: "ArubaOS mobility controller `show log system` / `show log errorlog` (`Mmm dd HH:mm:ss  :msgid:  <LEVEL> |process|  msg`, LEVEL one of EMER ALER CRIT ERRS WARN NOTI INFO DBUG, APs named inside the process field): ArubaOS Syslog Messages reference guide (message IDs and severities); the shape from memory of controller CLI output",
		why:    "a six-digit message id between colons, then an abbreviated level in angle brackets; an AP named in the process field is a managed device, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "Nov 29 07:41:16  :303022:  <WARN> |AP ap-lobby@10.20.8.21 nanny|  Reboot Reason: AP rebooted Sat Nov 28 23:10:02 UTC 2026; Unexpected watchdog reset"),
			we("2026-11-29T07:41:18Z", Warn, "", "Nov 29 07:41:18  :311002:  <WARN> |AP ap-lobby@10.20.8.21 sapd|  Rebooting: SAPD: Reboot requested by controller"),
			we("2026-11-29T07:42:01Z", Notice, "", "Nov 29 07:42:01  :106012:  <NOTI> |stm|  AP ap-lobby: up"),
			we("2026-11-29T07:42:30Z", Error, "", "Nov 29 07:42:30  :199802:  <ERRS> |authmgr|  radius_handler.c, radius_server_unreachable:412: RADIUS server nps-1 (10.20.0.8) is unreachable"),
		},
	},
	{
		name:   "fortios-execute-log-display",
		source: "FortiOS `execute log display` after `execute log filter` (a count header, then numbered rows `n: date=yyyy-MM-dd time=HH:mm:ss eventtime=… tz=\"+hhmm\" logid=… level=\"…\" …`, devname left out, a blank line after each): Fortinet Document Library 'execute log display' and 'Log message fields' (date, time, eventtime, tz, level)",
		why:    "a row number before date= and time=, written in the device's local time with the tz field beside it; level=\"information\" is info",
		entries: []worldEntry{
			wskip("3 logs found.", "3 logs returned.", ""),
			we("2026-11-29T06:41:16Z", Info, "", `1: date=2026-11-29 time=07:41:16 eventtime=1795938076412345678 tz="+0100" logid="0100032001" type="event" subtype="system" level="information" vd="root" logdesc="Admin login successful" user="admin" ui="ssh(10.20.0.31)" method="ssh" srcip=10.20.0.31 dstip=10.20.0.1 action="login" status="success" msg="Administrator admin logged in successfully from ssh(10.20.0.31)"`, ""),
			we("2026-11-29T06:41:40Z", Alert, "", `2: date=2026-11-29 time=07:41:40 eventtime=1795938100118000000 tz="+0100" logid="0100032002" type="event" subtype="system" level="alert" vd="root" logdesc="Admin login failed" user="root" ui="ssh(203.0.113.41)" method="ssh" srcip=203.0.113.41 dstip=198.51.100.7 action="login" status="failed" reason="name_invalid" msg="Administrator root login failed from ssh(203.0.113.41) because of invalid user name"`, ""),
			we("2026-11-29T06:42:02Z", Notice, "", `3: date=2026-11-29 time=07:42:02 eventtime=1795938122004000000 tz="+0100" logid="0101037141" type="event" subtype="vpn" level="notice" vd="root" logdesc="IPsec tunnel statistics" msg="IPsec tunnel statistics" action="tunnel-stats" remip=198.51.100.80 locip=198.51.100.7 tunnelid=41207 tunneltype="ipsec" vpntunnel="to-branch"`, ""),
		},
	},

	// Big-data and distributed platforms.
	{
		name:   "hadoop-mapreduce-job-client",
		source: "the Hadoop MapReduce job client on the console (`yarn jar …`: log4j's console pattern `yy/MM/dd HH:mm:ss LEVEL logger: msg`, the job's progress, a failed attempt's error and stack, the counters block over indented lines): Hadoop's log4j.properties (the console appender); MapReduce tutorial 'Example: WordCount v1.0' (job output)",
		why:    "a two-digit year first; job and attempt ids carry the cluster's start time in milliseconds; an attempt's error and the counters run over several lines",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO client.DefaultNoHARMFailoverProxyProvider: Connecting to ResourceManager at rm1.example.net/10.20.0.11:8032"),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 INFO mapreduce.JobSubmitter: number of splits:12"),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 INFO mapreduce.Job: Running job: job_1795600041207_0041"),
			we("2026-11-29T07:41:29Z", Info, "", "26/11/29 07:41:29 INFO mapreduce.Job:  map 0% reduce 0%"),
			we("2026-11-29T07:42:03Z", Info, "",
				"26/11/29 07:42:03 INFO mapreduce.Job: Task Id : attempt_1795600041207_0041_m_000003_0, Status : FAILED",
				"Error: java.io.IOException: Spill failed",
				"\tat org.apache.hadoop.mapred.MapTask$MapOutputBuffer.checkSpillException(MapTask.java:1562)",
				"\tat org.apache.hadoop.mapred.MapTask$MapOutputBuffer.collect(MapTask.java:1091)"),
			we("2026-11-29T07:42:40Z", Info, "",
				"26/11/29 07:42:40 INFO mapreduce.Job: Counters: 54",
				"\tFile System Counters",
				"\t\tFILE: Number of bytes read=0",
				"\t\tHDFS: Number of bytes read=41207412",
				"\tJob Counters ",
				"\t\tFailed map tasks=1"),
		},
	},
	{
		name:   "zookeeper-audit-log",
		source: "ZooKeeper's audit log (audit.enable=true, the Log4jAuditLogger through log4j `%d{ISO8601} %p %c{2}: %m%n`, the message tab-separated key=value pairs: session, user, ip, operation, znode, znode_type, acl, result): ZooKeeper Administrator's Guide 'ZooKeeper audit logs'",
		why:    "a comma-millisecond ISO time and the logger's two-part name; the client's ip is a peer; result=failure is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.1Z", Info, "", "2026-11-29 07:41:16,100 INFO audit.Log4jAuditLogger: user=zookeeper\toperation=serverStart\tresult=success"),
			we("2026-11-29T07:41:20.412Z", Info, "", "2026-11-29 07:41:20,412 INFO audit.Log4jAuditLogger: session=0x10041207a3b0001\tuser=10.20.0.31,zkcli\tip=10.20.0.31\toperation=create\tznode=/shop/config\tznode_type=persistent\tresult=success"),
			we("2026-11-29T07:41:22.5Z", Info, "", "2026-11-29 07:41:22,500 INFO audit.Log4jAuditLogger: session=0x10041207a3b0001\tuser=10.20.0.31,zkcli\tip=10.20.0.31\toperation=setAcl\tznode=/shop/config\tacl=world:anyone:r\tresult=success"),
			we("2026-11-29T07:41:25.004Z", Info, "", "2026-11-29 07:41:25,004 INFO audit.Log4jAuditLogger: session=0x20041207a3b0007\tuser=10.20.0.32\tip=10.20.0.32\toperation=delete\tznode=/shop/locks/lock-0000000412\tresult=failure"),
		},
	},
	{
		name:   "ceph-radosgw",
		source: "Ceph's RADOS gateway log /var/log/ceph/ceph-client.rgw.<name>.log (Ceph's `yyyy-MM-ddTHH:mm:ss.SSS+zzzz thread level msg`, the level a debug level; the request markers `====== starting new request req=… =====` and `====== req done … ======`, and the beast frontend's access line): Ceph docs 'Ceph Object Gateway Config Reference' (rgw_frontends beast, log_to_file); the access-line shape from memory of ceph-users threads",
		why:    "the debug level after the thread id: 1 is debug, 0 is info, -1 an error; the beast access line's bracketed time and client are part of the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.002Z", Info, "", "2026-11-29T07:41:15.002+0000 7f3ea2f1c880  0 framework: beast"),
			we("2026-11-29T07:41:15.004Z", Info, "", "2026-11-29T07:41:15.004+0000 7f3ea2f1c880  0 starting handler: beast"),
			we("2026-11-29T07:41:16.412Z", Debug, "", "2026-11-29T07:41:16.412+0000 7f3e9a1b2700  1 ====== starting new request req=0x7f3e8c0f2650 ====="),
			we("2026-11-29T07:41:16.414Z", Debug, "", "2026-11-29T07:41:16.414+0000 7f3e9a1b2700  1 ====== req done req=0x7f3e8c0f2650 op status=0 http_status=200 latency=0.002000012s ======"),
			we("2026-11-29T07:41:16.414Z", Debug, "", `2026-11-29T07:41:16.414+0000 7f3e9a1b2700  1 beast: 0x7f3e8c0f2650: 10.20.0.31 - alice [29/Nov/2026:07:41:16.412 +0000] "GET /shop-assets/logo.png HTTP/1.1" 200 4120 - "aws-cli/2.15.0" - latency=0.002000012s`),
			we("2026-11-29T07:41:18.9Z", Error, "", "2026-11-29T07:41:18.900+0000 7f3e991b0700 -1 req 41208 0.000000000s s3:get_obj ERROR: failed to get obj attrs, obj=shop-assets:missing.png ret=-2"),
		},
	},
	{
		name:   "metaflow-run",
		source: "Metaflow's `python flow.py run` console (a banner and validation lines, then `yyyy-MM-dd HH:mm:ss.SSS Workflow starting (run-id n):` and per task `yyyy-MM-dd HH:mm:ss.SSS [run/step/task (pid n)] msg`): Netflix/metaflow#7 and #1672; hongbo-miao/hongbomiao.com#37368",
		why:    "a zone-less time with milliseconds; the run id is a Unix time in microseconds, not the record's time; the bracketed run/step/task is no level",
		entries: []worldEntry{
			wskip("Metaflow 2.12.30 executing ShopFlow for user:alice", "Validating your flow...", "    The graph looks good!", "Running pylint...", "    Pylint not found, so extra checks are disabled."),
			we("2026-11-29T07:41:16.412Z", Unknown, "", "2026-11-29 07:41:16.412 Workflow starting (run-id 1795938076398412):"),
			we("2026-11-29T07:41:16.69Z", Unknown, "", "2026-11-29 07:41:16.690 [1795938076398412/start/1 (pid 4120)] Task is starting."),
			we("2026-11-29T07:41:18.004Z", Unknown, "", "2026-11-29 07:41:18.004 [1795938076398412/start/1 (pid 4120)] Loading 41207 orders"),
			we("2026-11-29T07:41:19.118Z", Unknown, "", "2026-11-29 07:41:19.118 [1795938076398412/start/1 (pid 4120)] Task finished successfully."),
			we("2026-11-29T07:41:24.801Z", Unknown, "", "2026-11-29 07:41:24.801 Done!"),
		},
	},
	{
		name:   "mlflow-server",
		source: "`mlflow server` on the console (MLflow's own `yyyy/MM/dd HH:mm:ss LEVEL logger: msg`, Alembic's time-less `INFO  [alembic.runtime.migration] msg` while it migrates the store, gunicorn's `[yyyy-MM-dd HH:mm:ss +zzzz] [pid] [LEVEL] msg`): MLflow docs 'Tracking Server'; gunicorn docs 'Settings' (access and error log); the layouts from memory of mlflow issue threads",
		why:    "three layouts in one stream; Alembic's lines have a level and no time of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 INFO mlflow.store.db.utils: Creating initial MLflow database tables..."),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 INFO mlflow.store.db.utils: Updating database tables"),
			we("", Info, "", "INFO  [alembic.runtime.migration] Context impl SQLiteImpl."),
			we("", Info, "", "INFO  [alembic.runtime.migration] Will assume non-transactional DDL."),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29 07:41:17 +0000] [4120] [INFO] Starting gunicorn 23.0.0"),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29 07:41:17 +0000] [4120] [INFO] Listening at: http://127.0.0.1:5000 (4120)"),
			we("2026-11-29T07:41:40Z", Warn, "", "2026/11/29 07:41:40 WARNING mlflow.utils.requirements_utils: Detected one or more mismatches between the model's dependencies and the current Python environment:"),
		},
	},
	{
		name:   "hive-beeline-console",
		source: "Beeline against HiveServer2 (connection banner lines, then the server's operation log echoed as `LEVEL  : msg` with the level padded to five, no time): Hive docs 'HiveServer2 Clients' (Beeline) and hive.server2.logging.operation.enabled; the echo shape from memory of Beeline sessions",
		why:    "a padded level before a colon opens each line; the query id embeds a compile time, which is not the record's time",
		entries: []worldEntry{
			wskip("Connecting to jdbc:hive2://hs2.example.net:10000/default", "Connected to: Apache Hive (version 3.1.3)", "Driver: Hive JDBC (version 3.1.3)", "Transaction isolation: TRANSACTION_REPEATABLE_READ"),
			we("", Info, "", "INFO  : Compiling command(queryId=hive_20261129074116_3f2c1a7e-9b3d-4c5e-8f1a-2b7c9d0e4f61): SELECT count(*) FROM shop.orders"),
			we("", Info, "", "INFO  : Semantic Analysis Completed (retrial = false)"),
			we("", Info, "", "INFO  : Completed compiling command(queryId=hive_20261129074116_3f2c1a7e-9b3d-4c5e-8f1a-2b7c9d0e4f61); Time taken: 0.412 seconds"),
			we("", Warn, "", "WARN  : Hive-on-MR is deprecated in Hive 2 and may not be available in the future versions. Consider using a different execution engine (i.e. spark, tez) or using Hive 1.X releases."),
			we("", Error, "", "ERROR : FAILED: Execution Error, return code 2 from org.apache.hadoop.hive.ql.exec.mr.MapRedTask"),
		},
	},
	{
		name:   "yunikorn-scheduler",
		source: "Apache YuniKorn's scheduler pod (zap's console encoder: `ISO time\\tLEVEL\\tlogger\\tfile:line\\tmsg\\t{json fields}`, named loggers such as shim.scheduler and core.scheduler.partition): YuniKorn docs 'Logging' (log.level, named loggers); the shape from memory of yunikorn-k8shim issue threads",
		why:    "tab-separated columns: time, upper-case level, a dotted logger, a source location; the JSON fields after the message are part of it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "2026-11-29T07:41:16.412Z\tINFO\tshim.scheduler\tcmd/shim/main.go:71\tStarting scheduler\t{\"name\": \"yunikorn\"}"),
			we("2026-11-29T07:41:16.530Z", Info, "", "2026-11-29T07:41:16.530Z\tINFO\tcore.scheduler.partition\tscheduler/partition.go:150\tcreating partition\t{\"partitionName\": \"[mycluster]default\", \"rmID\": \"mycluster\"}"),
			we("2026-11-29T07:41:40.118Z", Warn, "", "2026-11-29T07:41:40.118Z\tWARN\tshim.cache.task\tcache/task.go:544\ttask failed\t{\"appID\": \"spark-41207\", \"taskID\": \"3f2c1a7e-9b3d-4c5e-8f1a-2b7c9d0e4f61\", \"reason\": \"pod rejected\"}"),
			we("2026-11-29T07:41:41.004Z", Error, "", "2026-11-29T07:41:41.004Z\tERROR\tcore.scheduler.application\tobjects/application.go:1012\tapplication rejected\t{\"appID\": \"spark-41207\", \"error\": \"queue root.sandbox is not a leaf\"}"),
		},
	},
	{
		name:   "jupyterhub",
		source: "JupyterHub's console (traitlets' `[L yyyy-MM-dd HH:mm:ss.SSS App module:line] msg`, L one of D I W E C) with configurable-http-proxy's `HH:mm:ss.SSS [ConfigProxy] level: msg` between: JupyterHub docs 'Troubleshooting' (log excerpts); configurable-http-proxy README (log levels)",
		why:    "a one-letter level before the date in brackets; the proxy's lines have a clock and no date, so they are on the clock's day",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "[I 2026-11-29 07:41:16.412 JupyterHub app:3354] Running JupyterHub version 5.2.1"),
			we("2026-11-29T07:41:16.530Z", Info, "", "[I 2026-11-29 07:41:16.530 JupyterHub app:3384] Using Authenticator: nativeauthenticator.nativeauthenticator.NativeAuthenticator-1.3.0"),
			we("2026-11-29T07:41:17.004Z", Info, "", "07:41:17.004 [ConfigProxy] info: Proxying http://*:8000 to (no default)"),
			we("2026-11-29T07:41:40.118Z", Warn, "", "[W 2026-11-29 07:41:40.118 JupyterHub base:412] Failed login for alice"),
			we("2026-11-29T07:42:03.22Z", Error, "", "[E 2026-11-29 07:42:03.220 JupyterHub user:1002] Unhandled error starting carol's server: Spawner failed to start [status=1]"),
		},
	},
	{
		name:   "kube-scheduler-klog",
		source: "kube-scheduler as `kubectl logs -n kube-system kube-scheduler-<node>` prints it (klog's `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg`, structured messages with quoted key=value pairs): Kubernetes docs 'System Logs' (klog header) and 'Structured logging'",
		why:    "a level letter glued to a year-less month and day; pod and node names in the message are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Info, "", "I1129 07:41:16.412345       1 serving.go:386] Generated self-signed cert in-memory"),
			we("2026-11-29T07:41:16.918204Z", Warn, "", "W1129 07:41:16.918204       1 authentication.go:368] No authentication-kubeconfig provided in order to lookup requestheader-client-ca-file in configmap/extension-apiserver-authentication in kube-system, so request-header client certificate authentication won't work."),
			we("2026-11-29T07:41:17.004411Z", Info, "", `I1129 07:41:17.004411       1 leaderelection.go:254] attempting to acquire leader lease kube-system/kube-scheduler...`),
			we("2026-11-29T07:42:03.11822Z", Error, "", `E1129 07:42:03.118220       1 schedule_one.go:1004] "Error scheduling pod; retrying" err="0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod." pod="shop/api-7d9f8c6b5-x2k4p"`),
		},
	},

	// Desktop platforms' own text logs.
	{
		name:   "vmware-tools-vmsvc",
		source: "VMware Tools / open-vm-tools' file handler (/var/log/vmware-vmsvc-root.log, vmware-vmtoolsd-root.log: `[ISO time with Z] [   level] [domain] msg`, the level right-aligned in eight columns: message, warning, info, debug, critical): open-vm-tools tools.conf example (handlers and levels); vmware/open-vm-tools#493 and #503, flatcar/Flatcar#142",
		why:    "a right-aligned GLib level in brackets; GLib's message level is a notice",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Notice, "", "[2026-11-29T07:41:16.412Z] [ message] [vmsvc] Log caching is enabled with maxCacheEntries=4096."),
			we("2026-11-29T07:41:16.413Z", Info, "", "[2026-11-29T07:41:16.413Z] [    info] [vmtoolsd] CmdLine: \"/usr/bin/vmtoolsd\""),
			we("2026-11-29T07:41:16.414Z", Debug, "", "[2026-11-29T07:41:16.414Z] [   debug] [vmsvc] RpcIn: successfully created vsocket connection 7."),
			we("2026-11-29T07:41:46.5Z", Warn, "", "[2026-11-29T07:41:46.500Z] [ warning] [guestinfo] GetDiskInfo: ERROR: Partition name buffer too small"),
			we("2026-11-29T07:41:50Z", Critical, "", "[2026-11-29T07:41:50.000Z] [critical] [vmsvc] VMTools_LoadConfig: Error loading tools.conf: Key file contains line '[logging' which is not a key-value pair, group, or comment"),
		},
	},
	{
		name:   "docker-desktop-backend",
		source: "Docker Desktop's backend log on Windows (%LOCALAPPDATA%\\Docker\\log\\host\\com.docker.backend.exe.log: `[ISO time with 100 ns and Z][component][L] msg`, L one of I W E, newer versions without the level bracket): docker/for-win#13277, #13040 and #14804; docker/desktop-linux#102",
		why:    "two bracketed fields glued to the time; the letter in the third bracket is the level, and a line without it has none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4123457Z", Info, "", "[2026-11-29T07:41:16.412345700Z][com.docker.backend.exe][I] starting backend"),
			we("2026-11-29T07:41:16.5201184Z", Info, "", "[2026-11-29T07:41:16.520118400Z][com.docker.backend.exe.ipc][I] (3f2c1a7e) 46c5db2e-BackendAPI S<-C Go-http-client/1.1 GET /forwards/list"),
			we("2026-11-29T07:41:20.0041Z", Warn, "", "[2026-11-29T07:41:20.004100000Z][com.docker.backend.exe][W] WSL distro docker-desktop is not running, retrying in 2s"),
			we("2026-11-29T07:41:31.1182Z", Error, "", "[2026-11-29T07:41:31.118200000Z][com.docker.backend.exe.apiproxy][E] error proxying request: open //./pipe/dockerBackendApiServer: The system cannot find the file specified."),
			we("2026-11-29T07:41:32.2Z", Unknown, "", "[2026-11-29T07:41:32.200000000Z][com.docker.backend.exe.ipc] (fc875e1b-133) 8da5180f-otelmgr C->S BackendAPI GET /backend/state"),
		},
	},
	{
		name:   "karabiner-elements",
		source: "Karabiner-Elements' logs on macOS (/var/log/karabiner/core_service.log, ~/.local/share/karabiner/log/console_user_server.log: spdlog's `[yyyy-MM-dd HH:mm:ss.SSS] [level] [logger] msg`): karabiner-elements.pqrs.org 'Log files'; the layout from memory of pqrs-org/Karabiner-Elements issue threads",
		why:    "spdlog's bracketed level after the bracketed time, then the logger's name in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "[2026-11-29 07:41:16.412] [info] [core_service] version 15.3.0"),
			we("2026-11-29T07:41:16.530Z", Info, "", "[2026-11-29 07:41:16.530] [info] [core_service] device_grabber: grab device: Apple Internal Keyboard / Trackpad (device_id:4294968412)"),
			we("2026-11-29T07:41:40.118Z", Warn, "", "[2026-11-29 07:41:40.118] [warning] [core_service] virtual_hid_device_service_client: virtual_hid_keyboard is not ready"),
			we("2026-11-29T07:41:41.004Z", Error, "", "[2026-11-29 07:41:41.004] [error] [console_user_server] configuration error: json parse error at line 41"),
		},
	},
	{
		name:   "windows-panther-setupact",
		source: "Windows Setup's C:\\$WINDOWS.~BT\\Sources\\Panther\\setupact.log (`yyyy-MM-dd HH:mm:ss, Level                 COMPONENT  msg`, Level Info, Warning or Error padded to twenty-two columns, components such as MOUPG, SP, CONX): Microsoft Learn 'Windows Setup log files and event logs'",
		why:    "a comma after the zone-less time, then the padded level word; the component is a short capital tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16, Info                  MOUPG  SetupHost::Initialize: CmdLine = [/Install /Media /InstallFile C:\\$WINDOWS.~BT\\Sources\\Install.esd]"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17, Info                  SP     CSetupPlatform::Initialize: Initializing setup platform"),
			we("2026-11-29T07:41:40Z", Warn, "", "2026-11-29 07:41:40, Warning               CONX   Appraiser: driver package oem41.inf is not migrated"),
			we("2026-11-29T07:41:52Z", Error, "", "2026-11-29 07:41:52, Error                 SP     Operation failed: Add [1] application sys drivers. Error: 0x80070005[gle=0x00000005]"),
		},
	},
	{
		name:   "exchange-setup-log",
		source: "Exchange Server's C:\\ExchangeSetupLogs\\ExchangeSetup.log (`[MM/dd/yyyy HH:mm:ss.ffff] [depth] msg`, `[WARNING]` and `[ERROR]` after the depth for warnings and errors): Microsoft Learn 'Exchange Server setup logs'; the layout from memory of setup logs pasted in Microsoft Q&A threads",
		why:    "a US date with four fraction digits and a nesting depth in brackets; a bracketed WARNING or ERROR after the depth is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.0412Z", Unknown, "", "[11/29/2026 07:41:16.0412] [0] Starting Microsoft Exchange Server 2019 Setup"),
			we("2026-11-29T07:41:16.0412Z", Unknown, "", "[11/29/2026 07:41:16.0412] [0] **********************************************"),
			we("2026-11-29T07:41:17.0118Z", Unknown, "", "[11/29/2026 07:41:17.0118] [1] Active Directory session settings for 'Get-ExchangeServer' are: View Entire Forest: 'True', Configuration Domain Controller: 'dc01.corp.example.test'"),
			we("2026-11-29T07:41:20.0004Z", Warn, "", "[11/29/2026 07:41:20.0004] [1] [WARNING] Setup will prepare the organization for Exchange Server 2019 by using 'Setup /PrepareAD'."),
			we("2026-11-29T07:41:52.5Z", Error, "", "[11/29/2026 07:41:52.5000] [1] [ERROR] The following error was generated when \"$error.Clear(); Install-ExchangeCertificate\" was run: \"The certificate is not valid for Exchange Server usage.\"."),
		},
	},
	{
		name:   "wsus-softwaredistribution-log",
		source: "WSUS server's C:\\Program Files\\Update Services\\LogFiles\\SoftwareDistribution.log (tab-separated `yyyy-MM-dd HH:mm:ss.SSS UTC\\tLevel\\tprocess.thread\\tClass.Method\\tmsg`, a stack trace on the lines after an error): from memory of SoftwareDistribution.log excerpts in WSUS troubleshooting threads",
		why:    "a UTC time, then the level word in its own tab column; a stack trace below an error belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "2026-11-29 07:41:16.412 UTC\tInfo\tWsusService.12\tCatalogSyncAgentCore.ExecuteSyncProtocol\tServer ID is 3f2c1a7e-9b3d-4c5e-8f1a-2b7c9d0e4f61"),
			we("2026-11-29T07:41:17.004Z", Info, "", "2026-11-29 07:41:17.004 UTC\tInfo\tWsusService.12\tCatalogSyncAgentCore.ExecuteSyncProtocol\tThis is a replica server: False"),
			we("2026-11-29T07:41:40.118Z", Warn, "", "2026-11-29 07:41:40.118 UTC\tWarning\tw3wp.7\tSoapUtilities.CreateException\tThrowException: actor = https://wsus01.corp.example.test:8531/ClientWebService/client.asmx, ErrorCode=InvalidCookie"),
			we("2026-11-29T07:42:03.22Z", Error, "",
				"2026-11-29 07:42:03.220 UTC\tError\tWsusService.12\tCatalogSyncAgent.UpdateSyncResultAndGenerateReportEvent\tCatalogSyncThreadProc: Sync failed: WebException: The underlying connection was closed: An unexpected error occurred on a send.",
				"   at System.Net.HttpWebRequest.GetResponse()",
				"   at Microsoft.UpdateServices.ServerSync.ServerSyncCompressionProxy.GetWebResponse(WebRequest webRequest)"),
		},
	},

	// Syslog as parser test suites shape it.
	{
		name:   "rfc5424-param-less-sd",
		source: "RFC 5424 §6.3 (SD-ELEMENT = \"[\" SD-ID *(SP SD-PARAM) \"]\": an element may carry no parameter; registered SD-IDs without @ and private ones with it), shaped as the structured-data vectors of syslog parser test suites",
		why:    "structured data of bare element names, one or several, before the message; the PRI gives the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Notice, "app01.example.net", "<165>1 2026-11-29T07:41:16.412Z app01.example.net shop 4120 ORD [exampleSDID@32473] order 41207 accepted"),
			we("2026-11-29T07:41:17Z", Error, "app01.example.net", "<163>1 2026-11-29T07:41:17Z app01.example.net shop 4120 ORD [exampleSDID@32473][timeQuality] payment gateway unreachable"),
			we("2026-11-29T06:41:18.5Z", Info, "app01.example.net", "<166>1 2026-11-29T07:41:18.5+01:00 app01.example.net shop 4120 - [origin] retrying in 412 ms"),
		},
	},
	{
		name:   "syslog-json-payload",
		source: "JSON log records carried as syslog messages (an application's JSON line under RFC 5424 and RFC 3164 headers, as syslog parser test suites pair a header with a structured payload); the table's rule that a record carried whole writes the event's level, and a PRI gives it otherwise",
		why:    "the JSON's own level over the PRI's fixed severity; a JSON without a level leaves the PRI's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Error, "web-3", `<14>1 2026-11-29T07:41:16.412Z web-3 api 812 - - {"level":"error","msg":"upstream timeout","route":"/api/orders"}`),
			we("2026-11-29T07:41:17Z", Warn, "web-3", `<14>Nov 29 07:41:17 web-3 api[812]: {"level":"warn","msg":"slow query","ms":412}`),
			we("2026-11-29T07:41:18Z", Error, "web-3", `<11>Nov 29 07:41:18 web-3 api[812]: {"msg":"worker exited","code":1}`),
		},
	},
	{
		name:   "rfc3164-unpadded-hour",
		source: "RFC 3164 §4.1.2 (TIMESTAMP `Mmm dd hh:mm:ss`, the hour two digits) against senders that write the hour without its zero, as the lenient-timestamp vectors of syslog parser test suites shape them; padded lines between",
		why:    "a one-digit hour in the header is still the record's clock; the host follows it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "cam-gate-2", "<30>Nov 29 7:41:16 cam-gate-2 streamd[412]: client 10.20.9.41 connected"),
			we("2026-11-29T07:41:40Z", Warn, "cam-gate-2", "<28>Nov 29 7:41:40 cam-gate-2 streamd[412]: frame drop 4% on channel 2"),
			we("2026-11-29T10:02:03Z", Info, "cam-gate-2", "<30>Nov 29 10:02:03 cam-gate-2 streamd[412]: client 10.20.9.41 disconnected"),
		},
	},
	{
		name:   "rfc3164-long-dotted-tag",
		source: "RFC 3164 §4.1.3 (the TAG alphanumeric and at most 32 characters) against senders with reverse-DNS program names far longer, with and without a pid, as tag-length vectors of syslog parser test suites shape them",
		why:    "a tag over 32 characters with dots and a hyphen is still the program after the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "app01", "<134>Nov 29 07:41:16 app01 com.example.inventory.ReconcilerWorkerService[4120]: reconciled 41 SKUs"),
			we("2026-11-29T07:41:17Z", Error, "app01", "<131>Nov 29 07:41:17 app01 org.example.payments.SettlementBatchJob-nightly[4188]: batch 41207 failed"),
			we("2026-11-29T07:41:18Z", Notice, "app01", "<133>Nov 29 07:41:18 app01 net.example.very.long.application.name.beyond.the.limit: started without a pid"),
		},
	},
	{
		name:   "rfc5424-utf8-sd-and-msg",
		source: "RFC 5424 §6.3.3 (PARAM-VALUE is UTF-8) and §6.4 (MSG-UTF8 opens with a BOM), shaped as the UTF-8 vectors of syslog parser test suites: non-ASCII parameter values, a BOM-led message, a message in Japanese",
		why:    "multi-byte characters inside quoted parameters and after a BOM do not move the header's fields",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "kiosk-7", `<14>1 2026-11-29T07:41:16.412Z kiosk-7 checkout 812 PAY [pay@32473 customer="Zoë Müller" city="Zürich"] paiement accepté`),
			we("2026-11-29T07:41:17Z", Notice, "kiosk-7", "<13>1 2026-11-29T07:41:17Z kiosk-7 checkout 812 PAY - \ufeffreçu imprimé pour la commande 41207"),
			we("2026-11-29T07:41:18Z", Error, "kiosk-7", `<11>1 2026-11-29T07:41:18Z kiosk-7 checkout 812 PAY [pay@32473 reason="カード拒否"] 決済に失敗しました`),
		},
	},
}

func TestFresh23Formats(t *testing.T) { assertTable(t, fresh23Cases) }

// TestFresh23Score logs the twenty-third fresh figure, for logs trawl was never tuned on:
// go test ./parse -run TestFresh23Score -v
func TestFresh23Score(t *testing.T) {
	checkScore(t, "fresh23 formats", fresh23Cases, [worldNumFields]float64{94.1, 93.7, 94.4, 96.9})
}
