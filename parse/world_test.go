package parse

import "testing"

// The real-world table of issue 11: log families trawl was not written against, each with a few
// lines written for this table in the layout the daemon really uses (learned from its
// documentation and public issue threads, named in source), and what each record really carries:
// its time in UTC, its level and its host.
//
// The rules of the expectations:
//   - time: RFC 3339 in UTC; "" when the record has no time of its own (an uptime, a file with no
//     times): such an entry must have Time 0, never a neighbour's time or the time of reading. A
//     time without a zone is taken as UTC (StreamOptions.Location is UTC here); a zone abbreviation
//     or offset is converted (CEST +02:00, EST -05:00, IST +05:30). A date without a year is in
//     2026, and a time of day without a date is on the clock's day (worldNow). "a|b" accepts
//     either, for a line that carries two versions of its own time (a syslog header around a
//     daemon's own line).
//   - level: the level column or marker where the source puts it, mapped onto Level; syslog
//     severity digits 0-7 map emergency..debug, fatal is Critical, PostgreSQL LOG is Info, JUL
//     SEVERE is Error. A line with no level gives Unknown: no level from a word of the message.
//   - host: the host field of the record ("" when it has none); a peer, a client or an HTTP Host
//     header named in the message is not the record's host.
//   - record: a multi-line record (stack trace, slow-query block, two-line JUL record) is one
//     entry, and lines that are records of their own are not joined to the one before.
//
// TestWorldFormats reports every mismatch; TestWorldScore logs the macro accuracy, the progress
// figure of issue 11, and fails below its floor: go test ./parse -run TestWorldScore -v

var worldCases = []worldCase{
	{
		name:   "nats",
		source: "nats-server logger `[pid] yyyy/MM/dd HH:mm:ss.ffffff [LVL] msg`: nats-io/nats-server PR #1303, nats-io/nats-site PR #147, nats-nui/nui issue #47",
		why:    "a pid in brackets before a slashed date; the level is a three-letter tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.624334Z", Info, "", "[4171] 2026/11/29 07:41:16.624334 [INF] Starting nats-server"),
			we("2026-11-29T07:41:16.624501Z", Debug, "", "[4171] 2026/11/29 07:41:16.624501 [DBG]   Go build: go1.23.4"),
			we("2026-11-29T07:41:16.631877Z", Warn, "", "[4171] 2026/11/29 07:41:16.631877 [WRN] Plaintext passwords detected, use nkeys or bcrypt"),
			we("2026-11-29T07:41:17.002113Z", Error, "", "[4171] 2026/11/29 07:41:17.002113 [ERR] 10.4.0.12:6222 - rid:7 - Error trying to connect to route (attempt 3): dial tcp 10.4.0.12:6222: connect: connection refused"),
		},
	},
	{
		name:   "openstack-nova",
		source: "OpenStack nova logs aggregated with their file name first: logpai/logparser benchmark settings (OpenStack: `<Logrecord> <Date> <Time> <Pid> <Level> <Component> [<ADDR>] <Content>`)",
		why:    "the rotated file's name, with a date and time of its own, comes first: the record's time is the second one",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.008Z", Info, "", `nova-api.log.1.2026-11-29_08:12:40 2026-11-29 07:41:16.008 25746 INFO nova.osapi_compute.wsgi.server [req-3f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11 6a0c1d5e2f3b4a59 9b8e7d6c5f4a3b21 - - -] 10.11.10.1 "GET /v2/9b8e7d6c5f4a3b21/servers/detail HTTP/1.1" status: 200 len: 1893 time: 0.2477829`),
			we("2026-11-29T07:41:16.311Z", Warn, "", `nova-compute.log.1.2026-11-29_08:12:40 2026-11-29 07:41:16.311 2931 WARNING nova.compute.manager [req-8d22c0e1-5b6a-4c3d-a1e2-7f9b0c4d3e21 - - - - -] [instance: b9000564-fe1a-409b-b8cc-1e88b294cd1d] Instance is paused unexpectedly. Ignore.`),
			we("2026-11-29T07:41:17.02Z", Error, "", `nova-compute.log.1.2026-11-29_08:12:40 2026-11-29 07:41:17.020 2931 ERROR nova.compute.manager [req-8d22c0e1-5b6a-4c3d-a1e2-7f9b0c4d3e21 - - - - -] [instance: b9000564-fe1a-409b-b8cc-1e88b294cd1d] Failed to allocate network(s)`),
		},
	},
	{
		name:   "openstack-oslo",
		source: "oslo.log logging_context_format_string `%(asctime)s.%(msecs)03d %(process)d %(levelname)s %(name)s [%(request_id)s …] %(message)s`: openstack-k8s-operators/nova-operator issue #434",
		why:    "a pid between the time and the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", `2026-11-29 07:41:16.123 1432 INFO neutron.agent.securitygroups_rpc [req-51c0e2a3-9f8d-4b7c-8e6f-1a2b3c4d5e6f - - - - -] Refresh firewall rules`),
			we("2026-11-29T07:41:16.14Z", Debug, "", `2026-11-29 07:41:16.140 1432 DEBUG oslo_concurrency.lockutils [-] Lock "refresh_firewall" acquired by "neutron.agent.linux.iptables_firewall.refresh" :: waited 0.000s inner /usr/lib/python3/dist-packages/oslo_concurrency/lockutils.py:386`),
			we("2026-11-29T07:41:17.901Z", Error, "", `2026-11-29 07:41:17.901 1432 ERROR neutron.agent.dhcp.agent [req-9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b - - - - -] Unable to reload_allocations dhcp for 3c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f.: oslo_messaging.exceptions.MessagingTimeout: Timed out waiting for a reply to message ID 4f2d`),
		},
	},
	{
		name:   "android-logcat",
		source: "adb logcat -v threadtime (the default) `MM-dd HH:mm:ss.SSS pid tid P tag: msg`: developer.android.com/tools/logcat; AOSP logcat.cpp help text",
		why:    "no year; one priority letter after the pid and tid columns (V D I W E F); the '--------- beginning of main' banner carries nothing",
		entries: []worldEntry{
			we("", Unknown, "", "--------- beginning of main"),
			we("2026-11-29T07:41:16.811Z", Debug, "", "11-29 07:41:16.811  1702  2395 D WindowManager: printFreezingDisplayLogs: timeout=false app=null"),
			we("2026-11-29T07:41:16.845Z", Info, "", "11-29 07:41:16.845  1702  1820 I ActivityManager: Start proc 8812:com.example.mail/u0a134 for service {com.example.mail/com.example.mail.SyncService}"),
			we("2026-11-29T07:41:17.102Z", Warn, "", "11-29 07:41:17.102  8812  8812 W System.err: java.io.FileNotFoundException: /data/user/0/com.example.mail/cache/msg-4411 (No such file or directory)"),
			we("2026-11-29T07:41:17.34Z", Error, "", "11-29 07:41:17.340   633   633 E SurfaceFlinger: Failed to find layer (Splash Screen com.example.mail#0) in layer parent (no-parent)."),
			we("2026-11-29T07:41:18.002Z", Critical, "", "11-29 07:41:18.002  8812  8840 F libc    : Fatal signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0 in tid 8840 (SyncThread), pid 8812 (example.mail)"),
		},
	},
	{
		name:   "hdfs",
		source: "Hadoop HDFS log4j `yyMMdd HHmmss thread LEVEL class: msg`: logpai/logparser benchmark settings (HDFS: `<Date> <Time> <Pid> <Level> <Component>: <Content>`)",
		why:    "a compact yyMMdd HHmmss date; the third number is a thread id, not milliseconds",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "261129 074116 148 INFO dfs.DataNode$PacketResponder: Received block blk_-4811023945523407216 of size 67108864 from /10.250.7.33"),
			we("2026-11-29T07:41:16Z", Info, "", "261129 074116 35 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.250.7.33:50010 is added to blk_-4811023945523407216 size 67108864"),
			we("2026-11-29T07:41:17Z", Warn, "", "261129 074117 2207 WARN dfs.DataNode$DataXceiver: 10.250.7.33:50010:Got exception while serving blk_3022541789334521877 to /10.250.11.4:"),
		},
	},
	{
		name:   "hadoop-mapreduce",
		source: "Hadoop 2 MapReduce log4j `yyyy-MM-dd HH:mm:ss,SSS LEVEL [thread] class: msg`: logpai/logparser benchmark settings (Hadoop)",
		why:    "the thread in brackets after the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.978Z", Info, "", "2026-11-29 07:41:16,978 INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Created MRAppMaster for application appattempt_1795900000000_0042_000001"),
			we("2026-11-29T07:41:17.41Z", Warn, "", "2026-11-29 07:41:17,410 WARN [LeaseRenewer:hdfs@nn1.example.org:8020] org.apache.hadoop.hdfs.LeaseRenewer: Failed to renew lease for [DFSClient_NONMAPREDUCE_1537864556_1] for 30 seconds.  Will retry shortly ..."),
			we("2026-11-29T07:41:18.002Z", Error, "", "2026-11-29 07:41:18,002 ERROR [RMCommunicator Allocator] org.apache.hadoop.mapreduce.v2.app.rm.RMContainerAllocator: ERROR IN CONTACTING RM."),
		},
	},
	{
		name:   "spark",
		source: "Spark default log4j.properties `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n`: logpai/logparser benchmark settings (Spark)",
		why:    "a two-digit year first (yy/MM/dd); a stack trace belongs to the entry above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO executor.CoarseGrainedExecutorBackend: Registered signal handlers for [TERM, HUP, INT]"),
			we("2026-11-29T07:41:16Z", Warn, "", "26/11/29 07:41:16 WARN storage.BlockManager: Block rdd_2_0 already exists on this machine; not re-adding it"),
			we("2026-11-29T07:41:18Z", Error, "",
				"26/11/29 07:41:18 ERROR executor.Executor: Exception in task 3.0 in stage 1.0 (TID 7)",
				"java.lang.OutOfMemoryError: Java heap space",
				"\tat java.util.Arrays.copyOf(Arrays.java:3236)",
				"\tat org.apache.spark.util.collection.PartitionedPairBuffer.growArray(PartitionedPairBuffer.scala:102)"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 INFO executor.Executor: Finished task 4.0 in stage 1.0 (TID 8). 2087 bytes result sent to driver"),
		},
	},
	{
		name:   "windows-cbs",
		source: "Windows 7 CBS.log (C:\\Windows\\Logs\\CBS) `yyyy-MM-dd HH:mm:ss, Level  Component  msg`: logpai/logparser benchmark settings (Windows: `<Date> <Time>, <Level>  <Component>  <Content>`)",
		why:    "the level is a padded word after a comma; a CSI line carries a second time in its message that is not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29 07:41:16, Info                  CBS    Loaded Servicing Stack v6.1.7601.23505 with Core: C:\Windows\winsxs\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_6.1.7601.23505_none_681aa442f6fed7f0\cbscore.dll`),
			we("2026-11-29T07:41:17Z", Info, "", `2026-11-29 07:41:17, Info                  CSI    00000001@2026/11/29:07:41:17.455 WcpInitialize (wcp.dll version 0.0.0.6) called (stack @0x7fef5a1b5ed @0x7fef5d06b3c)`),
			we("2026-11-29T07:41:18Z", Warn, "", `2026-11-29 07:41:18, Warning               CBS    Failed to get next element [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]`),
			we("2026-11-29T07:41:19Z", Error, "", `2026-11-29 07:41:19, Error                 CBS    Failed to process single phase execution. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]`),
		},
	},
	{
		name:   "cisco-asa-syslog",
		source: "Cisco ASA with `logging timestamp` and `logging device-id hostname`, as a syslog server stores it: Cisco ASA FAQ 116149 (302013/302014); ASA syslog messages guide",
		why:    "the year after the day; the host before a lone ' : '; the level is the digit in %ASA-N-",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "fw01", "Nov 29 2026 07:41:16 fw01 : %ASA-6-302013: Built inbound TCP connection 4411 for outside:198.51.100.7/51822 (198.51.100.7/51822) to inside:10.10.4.20/443 (203.0.113.10/443)"),
			we("2026-11-29T07:41:17Z", Warn, "fw01", `Nov 29 2026 07:41:17 fw01 : %ASA-4-106023: Deny tcp src outside:203.0.113.99/40211 dst inside:10.10.4.21/22 by access-group "outside_in" [0x51013f5d, 0x0]`),
			we("2026-11-29T07:41:18Z", Error, "fw01", "Nov 29 2026 07:41:18 fw01 : %ASA-3-710003: TCP access denied by ACL from 192.0.2.14/5213 to outside:203.0.113.10/23"),
			we("2026-11-29T07:41:19Z", Critical, "fw01", "Nov 29 2026 07:41:19 fw01 : %ASA-2-106001: Inbound TCP connection denied from 192.0.2.200/4455 to 10.10.4.30/80 flags SYN  on interface outside"),
		},
	},
	{
		name:   "cisco-asa-rfc5424-time",
		source: "ASA 9.10+ `logging timestamp rfc5424`: `<PRI>yyyy-MM-ddTHH:mm:ssZ host : %ASA-…`: Cisco ASA Series Syslog Messages, 'What's New' sample",
		why:    "a PRI and an ISO time but no RFC 5424 version digit; the host then ' : '",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "fw02", "<166>2026-11-29T07:41:16Z fw02 : %ASA-6-110002: Failed to locate egress interface for UDP from inside:10.1.1.5/5353 to 224.0.0.251/5353"),
			we("2026-11-29T07:41:17Z", Warn, "fw02", "<164>2026-11-29T07:41:17Z fw02 : %ASA-4-733100: [ Scanning] drop rate-1 exceeded. Current burst rate is 12 per second, max configured rate is 10; Current average rate is 9 per second, max configured rate is 5; Cumulative total count is 5550"),
			we("2026-11-29T07:41:18Z", Error, "fw02", "<163>2026-11-29T07:41:18Z fw02 : %ASA-3-305006: regular translation creation failed for icmp src inside:10.1.1.9 dst outside:198.51.100.1 (type 8, code 0)"),
		},
	},
	{
		name:   "cisco-asa-buffer",
		source: "ASA `show logging` buffer with `logging timestamp` and no device-id: Cisco ASA CLI configuration guide, 'Monitoring the Logs'",
		why:    "the colon after the time ends the header: there is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "Nov 29 2026 07:41:16: %ASA-5-111008: User 'admin' executed the 'write memory' command."),
			we("2026-11-29T07:41:17Z", Info, "", "Nov 29 2026 07:41:17: %ASA-6-302014: Teardown TCP connection 4411 for outside:198.51.100.7/51822 to inside:10.10.4.20/443 duration 0:00:01 bytes 5121 TCP FINs"),
			we("2026-11-29T07:41:18Z", Warn, "", "Nov 29 2026 07:41:18: %ASA-4-419002: Received duplicate TCP SYN from outside:198.51.100.7/51822 to inside:10.10.4.20/443 with different initial sequence number."),
		},
	},
	{
		name:   "cisco-ios",
		source: "Cisco IOS `service sequence-numbers` and `service timestamps log datetime msec [show-timezone]`: Cisco IE 3000 and Catalyst 9500 configuration guides, 'System Log Message Format'",
		why:    "a sequence number before the time; '*' marks an unsynchronised clock; no year; the severity digit in %FAC-N-MNEMONIC",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Notice, "", "000412: *Nov 29 07:41:16.123: %SYS-5-CONFIG_I: Configured from console by admin on vty0 (10.20.0.5)"),
			we("2026-11-29T07:41:18.95Z", Error, "", "000413: *Nov 29 07:41:18.950: %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down"),
			we("2026-11-29T07:41:19.951Z", Notice, "", "000414: *Nov 29 07:41:19.951: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/1, changed state to down"),
			we("2026-11-29T07:41:21.004Z", Info, "", "000415: Nov 29 07:41:21.004 UTC: %SEC-6-IPACCESSLOGP: list 110 denied tcp 198.51.100.9(40112) -> 10.20.0.1(22), 1 packet"),
		},
	},
	{
		name:   "cisco-ios-origin-id",
		source: "Cisco IOS sending to a syslog server with `logging origin-id hostname` and sequence numbers: Cisco IOS XE 'Configuring System Message Logs' (origin identifier)",
		why:    "the PRI, a sequence number and the device's own name before its time; without origin-id no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Notice, "edge-rtr2", "<189>1207: edge-rtr2: *Nov 29 07:41:16.123: %SYS-5-CONFIG_I: Configured from console by netops on vty0 (10.20.0.5)"),
			we("2026-11-29T07:41:18.95Z", Error, "edge-rtr2", "<187>1208: edge-rtr2: Nov 29 07:41:18.950 UTC: %LINK-3-UPDOWN: Interface TenGigabitEthernet1/0/4, changed state to down"),
			we("2026-11-29T07:41:19.951Z", Notice, "", "<189>88: *Nov 29 07:41:19.951: %LINEPROTO-5-UPDOWN: Line protocol on Interface Vlan20, changed state to up"),
		},
	},
	{
		name:   "squid-access",
		source: "Squid native access.log `%ts.%03tu %6tr %>a %Ss/%03>Hs %<st %rm %ru %[un %Sh/%<a %mt`: squid-cache.org/Doc/config/logformat; src/log/FormatSquidNative.cc",
		why:    "epoch seconds with milliseconds first; no level (TCP_DENIED/403 is a result code)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.049Z", Unknown, "", "1795938076.049   5006 10.0.0.7 TCP_MISS/200 2413 GET http://example.org/ - HIER_DIRECT/93.184.216.34 text/html"),
			we("2026-11-29T07:41:16.31Z", Unknown, "", "1795938076.310     12 10.0.0.9 TCP_HIT/200 18211 GET http://cdn.example.net/app.js - HIER_NONE/- application/javascript"),
			we("2026-11-29T07:41:17.992Z", Unknown, "", "1795938077.992    310 10.0.0.7 TCP_DENIED/403 3945 CONNECT blocked.example.com:443 - HIER_NONE/- text/html"),
		},
	},
	{
		name:   "auditd",
		source: "Linux audit /var/log/audit/audit.log `type=T msg=audit(epoch.ms:serial): …`: auditd.conf(5); elastic/integrations issue #10853",
		why:    "the time is epoch seconds inside msg=audit(…); hostname= in a record names the remote peer, not this host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.588Z", Unknown, "", `type=SYSCALL msg=audit(1795938076.588:4686): arch=c000003e syscall=59 success=yes exit=0 a0=55d0c4e1a2b0 a1=55d0c4e1a3f0 a2=55d0c4e19010 a3=8 items=2 ppid=2201 pid=2240 auid=1000 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts1 ses=4 comm="cat" exe="/usr/bin/cat" key="shadow-read"`),
			we("2026-11-29T07:41:17.012Z", Unknown, "", `type=USER_LOGIN msg=audit(1795938077.012:4690): pid=2251 uid=0 auid=1000 ses=5 msg='op=login id=1000 exe="/usr/sbin/sshd" hostname=198.51.100.23 addr=198.51.100.23 terminal=/dev/pts/2 res=success'`),
			we("2026-11-29T07:41:18.441Z", Unknown, "", `type=SERVICE_START msg=audit(1795938078.441:4695): pid=1 uid=0 auid=4294967295 ses=4294967295 msg='unit=logrotate comm="systemd" exe="/usr/lib/systemd/systemd" hostname=? addr=? terminal=? res=success'`),
		},
	},
	{
		name:   "auditd-node",
		source: "auditd with `name_format = hostname`, each record starting `node=<host>`: auditd.conf(5) name_format; slackhq/go-audit issue #119; elastic/integrations issue #10853",
		why:    "the host is the node= pair before type=",
		entries: []worldEntry{
			we("2026-11-29T07:41:19.101Z", Unknown, "web01", `node=web01 type=USER_AUTH msg=audit(1795938079.101:4701): pid=2290 uid=0 auid=4294967295 ses=4294967295 msg='op=PAM:authentication grantors=? acct="oracle" exe="/usr/sbin/sshd" hostname=203.0.113.9 addr=203.0.113.9 terminal=ssh res=failed'`),
			we("2026-11-29T07:41:20.433Z", Unknown, "web01", `node=web01 type=ANOM_ABEND msg=audit(1795938080.433:4705): auid=1000 uid=1000 gid=1000 ses=4 pid=2301 comm="python3" exe="/usr/bin/python3.12" sig=11 res=1`),
		},
	},
	{
		name:   "jvm-xlog-time",
		source: "JDK unified logging `-Xlog:gc:file=gc.log:time,pid,tags`: JEP 158; `java -Xlog:help` decorators",
		why:    "a bracketed ISO time with a +hhmm offset; without the level decorator the line has no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.647Z", Unknown, "", "[2026-11-29T08:41:16.647+0100][32376][gc] Using G1"),
			we("2026-11-29T07:41:17.012Z", Unknown, "", "[2026-11-29T08:41:17.012+0100][32376][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->4M(256M) 3.113ms"),
			we("2026-11-29T07:41:19.44Z", Unknown, "", "[2026-11-29T08:41:19.440+0100][32376][gc] GC(1) Pause Young (Concurrent Start) (Metadata GC Threshold) 61M->9M(256M) 5.208ms"),
		},
	},
	{
		name:   "jvm-xlog-default",
		source: "JDK unified logging default decorators uptime,level,tags: JEP 158; gist buzztaiki/cc29d6ea (GCViewer's supported configurations)",
		why:    "seconds since the JVM started are not a time of day: no time; the level is the second bracket",
		entries: []worldEntry{
			we("", Info, "", "[0.011s][info][gc] Using G1"),
			we("", Info, "", "[0.213s][info][gc] GC(0) Pause Young (Concurrent Start) (Metadata GC Threshold) 21M->5M(248M) 4.217ms"),
			we("", Warn, "", `[3.884s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 0k, detached.`),
		},
	},
	{
		name:   "postgresql-cest",
		source: "PostgreSQL `log_line_prefix = '%m [%p] '`, log_timezone Europe/Berlin: postgresql.org/docs/current/runtime-config-logging.html (log_line_prefix, message severity levels)",
		why:    "a zone abbreviation after the time (CEST is +02:00); LOG is Info, FATAL is Critical; a statement on several lines is one entry",
		entries: []worldEntry{
			we("2026-07-14T07:41:16.123Z", Info, "", "2026-07-14 09:41:16.123 CEST [2811] LOG:  checkpoint starting: time"),
			we("2026-07-14T07:41:18.904Z", Info, "", "2026-07-14 09:41:18.904 CEST [2811] LOG:  checkpoint complete: wrote 27 buffers (0.2%); 0 WAL file(s) added, 0 removed, 0 recycled; write=2.710 s, sync=0.013 s, total=2.781 s"),
			we("2026-07-14T07:41:19.22Z", Critical, "", `2026-07-14 09:41:19.220 CEST [3120] FATAL:  password authentication failed for user "report"`),
			we("2026-07-14T07:41:20.002Z", Info, "",
				"2026-07-14 09:41:20.002 CEST [3301] LOG:  duration: 2012.553 ms  statement: SELECT id, total",
				"\t  FROM orders",
				"\t WHERE placed_at > now() - interval '1 day';"),
		},
	},
	{
		name:   "postgresql-est",
		source: "PostgreSQL `log_line_prefix = '%m [%p] %q%u@%d '`, log_timezone America/New_York: postgresql.org/docs/current/runtime-config-logging.html",
		why:    "EST is -05:00; user@db sits between the pid and the level, and is absent for background processes; DETAIL and STATEMENT lines, each with the prefix, belong to the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.12Z", Error, "",
				`2026-11-29 02:41:16.120 EST [4410] app@shop ERROR:  duplicate key value violates unique constraint "orders_pkey"`,
				"2026-11-29 02:41:16.120 EST [4410] app@shop DETAIL:  Key (id)=(7731) already exists.",
				"2026-11-29 02:41:16.120 EST [4410] app@shop STATEMENT:  INSERT INTO orders (id, total) VALUES (7731, 12.50);"),
			we("2026-11-29T07:41:16.355Z", Warn, "", "2026-11-29 02:41:16.355 EST [4410] app@shop WARNING:  there is no transaction in progress"),
			we("2026-11-29T07:41:17.001Z", Info, "", `2026-11-29 02:41:17.001 EST [4398] LOG:  automatic vacuum of table "shop.public.orders": index scans: 1`),
		},
	},
	{
		name:   "mysql8-error",
		source: "MySQL 8.0 error log (log_sink_internal) `time thread [Prio] [MY-code] [Subsystem] msg`: dev.mysql.com/doc/refman/8.0/en/error-log-format.html",
		why:    "the level is the first bracket after the thread id; [MY-…] and [Server] are not levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402117Z", Warn, "", "2026-11-29T07:41:16.402117Z 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed."),
			we("2026-11-29T07:41:17.881093Z", Error, "", "2026-11-29T07:41:17.881093Z 12 [ERROR] [MY-010584] [Repl] Replica SQL for channel '': Worker 1 failed executing transaction 'ANONYMOUS' at source log binlog.000042, end_log_pos 4411; Error 'Duplicate entry '8812' for key 'orders.PRIMARY'' on query. Default database: 'shop'., Error_code: MY-001062"),
			we("2026-11-29T07:41:18.000912Z", Warn, "", "2026-11-29T07:41:18.000912Z 0 [Warning] [MY-011810] [Server] Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory."),
		},
	},
	{
		name:   "mysql55-error",
		source: "MySQL 5.5 error log `yyMMdd H:mm:ss [Level] msg` with a space-padded hour: dev.mysql.com/doc/refman/5.5/en/error-log.html",
		why:    "a compact two-digit-year date and a space-padded hour; InnoDB lines carry no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "261129  7:41:16 [Warning] Using unique option prefix 'myisam-recover' is error-prone and can break in the future. Please use the full name 'myisam-recover-options' instead."),
			we("2026-11-29T07:41:16Z", Unknown, "", "261129  7:41:16  InnoDB: Completed initialization of buffer pool"),
			we("2026-11-29T07:41:17Z", Error, "", "261129  7:41:17 [ERROR] /usr/sbin/mysqld: Table './shop/sessions' is marked as crashed and should be repaired"),
		},
	},
	{
		name:   "mysql-slowlog",
		source: "MySQL 8.0 slow query log, a record from `# Time:` to the next: dev.mysql.com/doc/refman/8.0/en/slow-query-log.html",
		why:    "a record of several lines that starts with a header line; the client host in User@Host is not the log's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Unknown, "",
				"# Time: 2026-11-29T07:41:16.123456Z",
				"# User@Host: shop[shop] @ app3 [10.0.3.13]  Id:    42",
				"# Query_time: 2.004183  Lock_time: 0.000112 Rows_sent: 1  Rows_examined: 481220",
				"SET timestamp=1795938076;",
				"SELECT COUNT(*) FROM orders WHERE status = 'open';"),
			we("2026-11-29T07:41:19.870021Z", Unknown, "",
				"# Time: 2026-11-29T07:41:19.870021Z",
				"# User@Host: report[report] @ localhost []  Id:    57",
				"# Query_time: 5.310044  Lock_time: 0.000087 Rows_sent: 12  Rows_examined: 1900312",
				"SET timestamp=1795938079;",
				"SELECT customer_id, SUM(total) FROM orders GROUP BY customer_id ORDER BY 2 DESC LIMIT 12;"),
		},
	},
	{
		name:   "haproxy-syslog",
		source: "HAProxy httplog through syslog: docs.haproxy.org configuration 'HTTP log format'; haproxy/haproxy issue #1560 ([WARNING] inside syslog lines)",
		why:    "the record's time is the syslog header's (the bracketed accept date is when the request began); HAProxy's own [WARNING] tag after the program is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "lb1", `Nov 29 07:41:16 lb1 haproxy[2841]: 10.0.0.5:51234 [29/Nov/2026:07:41:15.990] http-in~ web/web2 0/0/1/12/13 200 512 - - ---- 3/3/0/0/0 0/0 "GET /health HTTP/1.1"`),
			we("2026-11-29T07:41:17Z", Unknown, "lb1", `Nov 29 07:41:17 lb1 haproxy[2841]: 10.0.0.8:40022 [29/Nov/2026:07:41:16.999] http-in~ web/<NOSRV> 0/-1/-1/-1/1 503 217 - - SC-- 1/1/0/0/0 0/0 "GET /api/cart HTTP/1.1"`),
			we("2026-11-29T07:41:18Z", Warn, "lb1", "Nov 29 07:41:18 lb1 haproxy[2841]: [WARNING]  (2841) : Server web/web2 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 1 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue."),
		},
	},
	{
		name:   "haproxy-stderr",
		source: "HAProxy 2.4+ master-worker stderr `[LEVEL]  (pid) : msg`, no time: haproxytech/kubernetes-ingress issue #571; haproxy/haproxy issue #2990",
		why:    "no time at all: the entries must say so rather than borrow one",
		entries: []worldEntry{
			we("", Notice, "", "[NOTICE]   (1) : haproxy version is 2.8.5-aaba8d0"),
			we("", Notice, "", "[NOTICE]   (1) : New worker (8) forked"),
			we("", Warn, "", `[WARNING]  (8) : Server be_app/app2 is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. 1 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.`),
			we("", Alert, "", "[ALERT]    (8) : backend 'be_app' has no server available!"),
		},
	},
	{
		name:   "haproxy-stderr-legacy",
		source: "HAProxy ≤ 2.3 stderr `[LEVEL] ddd/HHMMSS (pid) : msg`, ddd being tm_yday (day of the year from 0): haproxy src/log.c and standard.c (Alert, Warning); helm/charts issue #17752",
		why:    "a day of the year counted from 0 (332 is Nov 29 in 2026) and a compact HHMMSS; the year is the clock's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "[NOTICE] 332/074116 (1) : New worker #1 (8) forked"),
			we("2026-11-29T07:41:17Z", Warn, "", `[WARNING] 332/074117 (8) : Server be_app/app2 is DOWN, reason: Layer7 wrong status, code: 500, info: "Internal Server Error", check duration: 4ms. 1 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.`),
			we("2026-11-29T07:41:18Z", Alert, "", "[ALERT] 332/074118 (8) : backend 'be_app' has no server available!"),
		},
	},
	{
		name:   "apache24-error",
		source: "Apache httpd 2.4 default ErrorLogFormat for threaded MPMs: httpd.apache.org/docs/2.4/mod/core.html#errorlogformat; tstack/lnav PR #709",
		why:    "ctime with microseconds and the year last; the level after the module and a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Notice, "", "[Sun Nov 29 07:41:16.123456 2026] [mpm_event:notice] [pid 1021:tid 140230112343872] AH00489: Apache/2.4.58 (Ubuntu) configured -- resuming normal operations"),
			we("2026-11-29T07:41:17.500201Z", Error, "", "[Sun Nov 29 07:41:17.500201 2026] [proxy_fcgi:error] [pid 1433:tid 140229901051584] [client 198.51.100.17:50422] AH01071: Got error 'Primary script unknown'"),
			we("2026-11-29T07:41:18.004417Z", Warn, "", "[Sun Nov 29 07:41:18.004417 2026] [core:warn] [pid 1021:tid 140230112343872] AH00045: child process 1433 still did not exit, sending a SIGTERM"),
		},
	},
	{
		name:   "apache22-error",
		source: "Apache httpd 2.2 error_log `[ctime] [level] msg`: logpai/logparser benchmark settings (Apache)",
		why:    "ctime in brackets, then the bare level in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "[Sun Nov 29 07:41:16 2026] [notice] Digest: generating secret for digest authentication ..."),
			we("2026-11-29T07:41:17Z", Error, "", "[Sun Nov 29 07:41:17 2026] [error] [client 203.0.113.41] File does not exist: /var/www/html/favicon.ico"),
			we("2026-11-29T07:41:18Z", Warn, "", "[Sun Nov 29 07:41:18 2026] [warn] RSA server certificate is a CA certificate (BasicConstraints: CA == TRUE !?)"),
		},
	},
	{
		name:   "nginx-error",
		source: "nginx error_log `yyyy/MM/dd HH:mm:ss [level] pid#tid: *cid msg`: nginx.org/en/docs/ngx_core_module.html#error_log",
		why:    "a slashed date; the trailing host: \"…\" is the request's Host header, not the log's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026/11/29 07:41:16 [notice] 1#1: start worker processes"),
			we("2026-11-29T07:41:17Z", Error, "", `2026/11/29 07:41:17 [error] 31#31: *5122 open() "/usr/share/nginx/html/wp-login.php" failed (2: No such file or directory), client: 203.0.113.77, server: _, request: "GET /wp-login.php HTTP/1.1", host: "shop.example.org"`),
			we("2026-11-29T07:41:18Z", Warn, "", `2026/11/29 07:41:18 [warn] 31#31: *5130 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/3/01/0000000013 while reading upstream, client: 10.0.0.4, server: shop.example.org, request: "GET /export.csv HTTP/1.1", upstream: "http://127.0.0.1:8080/export.csv", host: "shop.example.org"`),
			we("2026-11-29T07:41:19Z", Critical, "", "2026/11/29 07:41:19 [crit] 31#31: *5133 SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: 198.51.100.3, server: 0.0.0.0:443"),
		},
	},
	{
		name:   "zookeeper",
		source: "ZooKeeper 3.4 log4j `%d{ISO8601} - %-5p [%t:%C{1}@%L] - %m%n`: logpai/logparser benchmark settings (Zookeeper)",
		why:    "' - ' around a padded level; an exception trace continues the WARN above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.747Z", Info, "", "2026-11-29 07:41:16,747 - INFO  [QuorumPeer[myid=2]/0.0.0.0:2181:FastLeaderElection@597] - Notification: 2 (n.leader), 0x300000011 (n.zxid), 0x2 (n.round), LOOKING (n.state), 3 (n.sid), 0x3 (n.peerEPoch), LOOKING (my state)"),
			we("2026-11-29T07:41:17.11Z", Warn, "",
				"2026-11-29 07:41:17,110 - WARN  [RecvWorker:3:QuorumCnxManager$RecvWorker@762] - Connection broken for id 3, my id = 2, error =",
				"java.io.EOFException",
				"\tat java.io.DataInputStream.readInt(DataInputStream.java:392)",
				"\tat org.apache.zookeeper.server.quorum.QuorumCnxManager$RecvWorker.run(QuorumCnxManager.java:747)"),
			we("2026-11-29T07:41:17.112Z", Error, "", "2026-11-29 07:41:17,112 - ERROR [LearnerHandler-/10.10.34.13:40122:LearnerHandler@562] - Unexpected exception causing shutdown while sock still open"),
		},
	},
	{
		name:   "kafka",
		source: "Apache Kafka server.log, config/log4j.properties `[%d] %p %m (%c)%n`",
		why:    "the whole time in brackets, the level after it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "[2026-11-29 07:41:16,123] INFO [KafkaServer id=1] started (kafka.server.KafkaServer)"),
			we("2026-11-29T07:41:17.45Z", Warn, "", "[2026-11-29 07:41:17,450] WARN [ReplicaFetcher replicaId=1, leaderId=3, fetcherId=0] Error in response for fetch request (type=FetchRequest, replicaId=1, maxWait=500, minBytes=1, maxBytes=10485760) (kafka.server.ReplicaFetcherThread)"),
			we("2026-11-29T07:41:18.002Z", Error, "", "[2026-11-29 07:41:18,002] ERROR [Controller id=1 epoch=7] Controller 1 epoch 7 failed to change state for partition orders-3 from OfflinePartition to OnlinePartition (state.change.logger)"),
		},
	},
	{
		name:   "elasticsearch",
		source: "Elasticsearch 7.x plain server log `[%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n`: elastic.co/guide/en/elasticsearch/reference/7.17/logging.html",
		why:    "an ISO time with a comma before the milliseconds; the level is the padded second bracket; the node name is a cluster member's name, not a host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "[2026-11-29T07:41:16,123][INFO ][o.e.n.Node               ] [es-data-2] started"),
			we("2026-11-29T07:41:17.88Z", Warn, "", "[2026-11-29T07:41:17,880][WARN ][o.e.m.j.JvmGcMonitorService] [es-data-2] [gc][young][1201][88] duration [1.2s], collections [1]/[1.4s], total [1.2s]/[4.9s], memory [2.1gb]->[1.3gb]/[4gb], all_pools {[young] [812mb]->[0b]/[0b]}"),
			we("2026-11-29T07:41:19.004Z", Error, "", "[2026-11-29T07:41:19,004][ERROR][o.e.b.ElasticsearchUncaughtExceptionHandler] [es-data-2] fatal error in thread [elasticsearch[es-data-2][search][T#3]], exiting"),
		},
	},
	{
		name:   "mongodb-legacy",
		source: "mongod 3.0-4.2 `<timestamp> <severity> <component> [<context>] <message>`, iso8601-local: mongodb.com/docs/v3.4/reference/log-messages",
		why:    "an offset without a colon (+0100); the severity is one letter (F E W I D)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29T08:41:16.123+0100 I NETWORK  [listener] connection accepted from 10.0.2.15:51234 #12 (3 connections now open)"),
			we("2026-11-29T07:41:16.13Z", Info, "", `2026-11-29T08:41:16.130+0100 I NETWORK  [conn12] received client metadata from 10.0.2.15:51234 conn12: { driver: { name: "PyMongo", version: "3.12.0" } }`),
			we("2026-11-29T07:41:17.002Z", Warn, "", "2026-11-29T08:41:17.002+0100 W STORAGE  [initandlisten] Detected unclean shutdown - /data/db/mongod.lock is not empty."),
			we("2026-11-29T07:41:17.95Z", Error, "", "2026-11-29T08:41:17.950+0100 E QUERY    [conn12] Plan executor error during find command: FAILURE, status: OperationFailed: Sort operation used more than the maximum 33554432 bytes of RAM."),
		},
	},
	{
		name:   "redis",
		source: "Redis log `pid:role dd MMM yyyy HH:mm:ss.SSS c msg`, c in . - * # for debug verbose notice warning: redis src/server.c serverLogRaw; Filebeat redis module fields; gist jgould22/f42ad756",
		why:    "the day before the month name; the level is one symbol after the time (verbose is syslog's info)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.101Z", Warn, "", "1:C 29 Nov 2026 07:41:16.101 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo"),
			we("2026-11-29T07:41:16.104Z", Notice, "", "1:M 29 Nov 2026 07:41:16.104 * Running mode=standalone, port=6379."),
			we("2026-11-29T07:41:16.104Z", Warn, "", "1:M 29 Nov 2026 07:41:16.104 # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition."),
			we("2026-11-29T07:41:17.31Z", Notice, "", "1:M 29 Nov 2026 07:41:17.310 * Ready to accept connections tcp"),
			we("2026-11-29T07:41:21.552Z", Info, "", "1:M 29 Nov 2026 07:41:21.552 - Accepted 10.0.0.9:40122"),
		},
	},
	{
		name:   "journal-short-iso",
		source: "journalctl -o short-iso (systemd before 249 prints +hhmm): journalctl(1) OUTPUT OPTIONS",
		why:    "an ISO time with an offset, then the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "web1", "2026-11-29T08:41:16+0100 web1 sshd[1234]: Accepted publickey for deploy from 198.51.100.4 port 50522 ssh2: ED25519 SHA256:2m1Kq0x9VbJtWq1cN3aS5yZ8pLr4uT6eH7gF0dC9bA1"),
			we("2026-11-29T07:41:16Z", Unknown, "web1", "2026-11-29T08:41:16+0100 web1 systemd[1]: Started session-44.scope - Session 44 of User deploy."),
			we("2026-11-29T07:41:17Z", Unknown, "web1", "2026-11-29T08:41:17+0100 web1 kernel: nf_conntrack: nf_conntrack: table full, dropping packet"),
		},
	},
	{
		name:   "journal-short-precise",
		source: "journalctl -o short-precise: journalctl(1); NetworkManager's own `<level>  [epoch]` prefix, NetworkManager.conf(5) [logging]",
		why:    "microseconds on a syslog time with no year; NetworkManager puts its level in angle brackets after the tag, and an epoch after it that is not the record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Unknown, "web2", "Nov 29 07:41:16.123456 web2 kernel: usb 2-1: new SuperSpeed USB device number 3 using xhci_hcd"),
			we("2026-11-29T07:41:16.200001Z", Unknown, "web2", "Nov 29 07:41:16.200001 web2 systemd-udevd[412]: sdb: Process '/usr/bin/unshare -m /usr/bin/snap auto-import --mount=/dev/sdb' failed with exit code 1."),
			we("2026-11-29T07:41:17.004312Z", Info, "web2", "Nov 29 07:41:17.004312 web2 NetworkManager[801]: <info>  [1795938077.0043] device (wlp2s0): state change: activated -> deactivating (reason 'user-requested', sys-iface-state: 'managed')"),
		},
	},
	{
		name:   "rsyslog-fileformat",
		source: "rsyslog RSYSLOG_FileFormat (high-precision, the Debian 12 default): rsyslog.com doc 'Templates', reserved template names",
		why:    "an RFC 3339 time with microseconds and +hh:mm, then the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Unknown, "db1", "2026-11-29T08:41:16.123456+01:00 db1 systemd[1]: Starting apt-daily-upgrade.service - Daily apt upgrade and clean activities..."),
			we("2026-11-29T07:41:16.90012Z", Unknown, "db1", "2026-11-29T08:41:16.900120+01:00 db1 kernel: [831204.112233] EXT4-fs (nvme0n1p2): re-mounted 3c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f r/w. Quota mode: none."),
			we("2026-11-29T07:41:18.000004Z", Unknown, "db1", "2026-11-29T08:41:18.000004+01:00 db1 systemd[1]: apt-daily-upgrade.service: Deactivated successfully."),
		},
	},
	{
		name:   "rfc5424",
		source: "RFC 5424 §6; rsyslog/rsyslog issue #4965 (two spaces where a field is empty); NILVALUE '-' for HOSTNAME",
		why:    "the PRI severity; the HOSTNAME field, none when it is '-'; a doubled space must not shift the fields",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.003Z", Notice, "app7.example.net", `<165>1 2026-11-29T07:41:16.003Z app7.example.net billing - BILL42 [meta@32473 seq="18" region="eu"] invoice batch 2211 queued`),
			we("2026-11-29T07:41:17Z", Critical, "edge-gw2", "<34>1 2026-11-29T08:41:17.000+01:00 edge-gw2 su - ID47 - 'su root' failed for alice on /dev/pts/8"),
			we("2026-11-29T07:41:18.089148Z", Info, "logsvc-7c9d5f-q2x8z", "<30>1 2026-11-29T07:41:18.089148+00:00 logsvc-7c9d5f-q2x8z [database]:  8 - - DB service name resolution completed, costs 480 us"),
			we("2026-11-29T07:41:19Z", Info, "", "<14>1 2026-11-29T07:41:19Z - cron 4120 - - job 88 finished"),
		},
	},
	{
		name:   "rfc3164-host",
		source: "RFC 3164 §4.1 with PRI, as a relay or `logger --rfc3164 -n` sends it: RFC 3164; rsyslog pmrfc3164",
		why:    "PRI severity (34 is auth.crit, 13 user.notice, 86 authpriv.info) and the host after the time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Critical, "bastion2", "<34>Nov 29 07:41:16 bastion2 su: 'su root' failed for alice on /dev/pts/3"),
			we("2026-11-29T07:41:17Z", Notice, "bastion2", "<13>Nov 29 07:41:17 bastion2 logger: backup finished in 42s"),
			we("2026-11-29T07:41:18Z", Info, "bastion2", "<86>Nov 29 07:41:18 bastion2 sshd[9921]: pam_unix(sshd:session): session opened for user alice(uid=1001) by (uid=0)"),
		},
	},
	{
		name:   "rfc3164-nohost",
		source: "RFC 3164 messages as written to /dev/log, with no HOSTNAME: RFC 3164 §4.1.2; tenzir/tenzir PR #4225; StephenWakely/syslog-loose PR #5",
		why:    "a tag ending in ':' or '[pid]:' right after the time is not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "<30>Nov 29 07:41:16 dnsmasq[812]: query[A] api.example.org from 10.0.0.31"),
			we("2026-11-29T07:41:17Z", Warn, "", "<28>Nov 29 07:41:17 dnsmasq[812]: failed to access /etc/dnsmasq.d/extra.conf: Permission denied"),
			we("2026-11-29T07:41:18Z", Info, "", "<6>Nov 29 07:41:18 kernel: [  812.004411] wlan0: associated"),
		},
	},
	{
		name:   "bgl",
		source: "Blue Gene/L RAS log `label epoch yyyy.MM.dd node yyyy-MM-dd-HH.mm.ss.ffffff node RAS component LEVEL msg`: logpai/logparser benchmark settings (BGL)",
		why:    "the dotted time is the machine's wall clock (-08:00) and the epoch before it the same instant; the written time wins, read as every zone-less time is (UTC in this table), so that it agrees with the machines' other logs; the node location is the host; an alert label in the first column is not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.647238Z", Info, "R12-M0-N4-C:J07-U01", "- 1795966876 2026.11.29 R12-M0-N4-C:J07-U01 2026-11-29-07.41.16.647238 R12-M0-N4-C:J07-U01 RAS KERNEL INFO 3 ddr error(s) detected and corrected on rank 0, symbol 17, bit 5"),
			we("2026-11-29T07:41:17.012877Z", Warn, "R12-M0-N4-C:J07-U01", "- 1795966877 2026.11.29 R12-M0-N4-C:J07-U01 2026-11-29-07.41.17.012877 R12-M0-N4-C:J07-U01 RAS KERNEL WARNING total of 12 ddr error(s) detected and corrected over 281 seconds"),
			we("2026-11-29T07:41:19.334104Z", Critical, "R23-M1-NB-C:J03-U11", "KERNDTLB 1795966879 2026.11.29 R23-M1-NB-C:J03-U11 2026-11-29-07.41.19.334104 R23-M1-NB-C:J03-U11 RAS KERNEL FATAL data TLB error interrupt"),
		},
	},
	{
		name:   "thunderbird",
		source: "Thunderbird supercomputer syslog `label epoch yyyy.MM.dd node MMM dd HH:mm:ss node/node tag: msg`: logpai/logparser benchmark settings (Thunderbird)",
		why:    "the syslog time is the wall clock (-08:00) and the epoch before it the same instant; the written time wins, as in bgl; an alert category (ECC) in the first column is not a level; the node is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "dn412", "- 1795966876 2026.11.29 dn412 Nov 29 07:41:16 dn412/dn412 crond[4021]: (root) CMD (run-parts /etc/cron.hourly)"),
			we("2026-11-29T07:41:17Z", Unknown, "dn412", "- 1795966877 2026.11.29 dn412 Nov 29 07:41:17 dn412/dn412 sshd[4033]: Accepted publickey for root from 10.100.4.2 port 40112 ssh2"),
			we("2026-11-29T07:41:19Z", Unknown, "cn1042", "ECC 1795966879 2026.11.29 cn1042 Nov 29 07:41:19 cn1042/cn1042 kernel: EDAC k8 MC0: general bus error: participating processor(local node response), time-out(no timeout) memory transaction type(generic read), mem or i/o(mem access), cache level(generic)"),
		},
	},
	{
		name:   "hpc",
		source: "LANL HPC event log `logid node component state epoch flag msg`: logpai/logparser benchmark settings (HPC)",
		why:    "the time is the epoch in the fifth column; the first number is a record id; the node is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "node-128", `460231 node-128 unix.hw state_change.unavailable 1795938076 1 Component State Change: Component "scsi2" is in the unavailable state (HWID=4410)`),
			we("2026-11-29T07:41:17Z", Unknown, "node-128", "460232 node-128 action start 1795938077 1 clusterAddMember  (command 2481)"),
			we("2026-11-29T07:41:19Z", Unknown, "gige7", "460233 gige7 gige.link link.errors 1795938079 1 Link error on broadcast tree Interconnect-1T00:00:2:0"),
			// A level word in the message is text; so is a time-like address in a sentence after the epoch.
			we("2026-11-29T07:41:20Z", Unknown, "gige7", "460234 gige7 gige.server boot 1795938080 1 boot (command 2481) Error: Command Aborted: SYSTEM shutdown"),
			we("2026-11-29T07:41:21Z", Unknown, "node-70", "460235 node-70 boot_cmd new 1795938081 1 risBoot command Error: Command Aborted"),
			we("2026-11-29T07:41:22Z", Unknown, "node-33", "460236 node-33 node.niff niff 1795938082 1 NIFF: node node-33 detected a failed network connection on network 5.6.224.0 via interface alt0"),
		},
	},
	{
		name:   "proxifier",
		source: "Proxifier log `[MM.dd HH:mm:ss] program - msg`: logpai/logparser benchmark settings (Proxifier)",
		why:    "month.day with no year; 'error :' inside the message is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[11.29 07:41:16] chrome.exe - proxy.corp.example:5070 open through proxy proxy.corp.example:5070 HTTPS"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[11.29 07:41:17] chrome.exe - proxy.corp.example:5070 close, 1203 bytes (1.17 KB) sent, 3321 bytes (3.24 KB) received, lifetime 00:01"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[11.29 07:41:18] OneDrive.exe *64 - login.live.com:443 error : Could not connect through proxy proxy.corp.example:5070 - Proxy server cannot establish a connection with the target, status code 403"),
		},
	},
	{
		name:   "sshd-syslog",
		source: "OpenSSH through rsyslog, Debian /var/log/auth.log: logpai/logparser benchmark settings (OpenSSH)",
		why:    "sshd prefixes the text of what it logs at LOG_ERR with 'error: ' (OpenSSH's log.c), so that prefix is its level; other lines carry none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "bastion", "Nov 29 07:41:16 bastion sshd[24200]: Invalid user admin from 203.0.113.9 port 52144"),
			we("2026-11-29T07:41:16Z", Unknown, "bastion", "Nov 29 07:41:16 bastion sshd[24200]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.9"),
			we("2026-11-29T07:41:18Z", Unknown, "bastion", "Nov 29 07:41:18 bastion sshd[24200]: Failed password for invalid user admin from 203.0.113.9 port 52144 ssh2"),
			we("2026-11-29T07:41:19Z", Error, "bastion", "Nov 29 07:41:19 bastion sshd[24200]: error: maximum authentication attempts exceeded for invalid user admin from 203.0.113.9 port 52144 ssh2 [preauth]"),
		},
	},
	{
		name:   "cron-syslog",
		source: "cron through rsyslog, Debian /var/log/syslog (RSYSLOG_TraditionalFileFormat): cron(8)",
		why:    "the traditional syslog file line: time, host, tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:01Z", Unknown, "web1", "Nov 29 07:41:01 web1 CRON[4241]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)"),
			we("2026-11-29T07:41:01Z", Unknown, "web1", "Nov 29 07:41:01 web1 CRON[4242]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)"),
			we("2026-11-29T07:41:02Z", Unknown, "web1", "Nov 29 07:41:02 web1 CRON[4241]: pam_unix(cron:session): session closed for user root"),
		},
	},
	{
		name:   "varnish-syslog",
		source: "varnishd through syslog: varnishd(1) (the manager logs child events to syslog)",
		why:    "a day of the month padded with a space (Nov  3)",
		entries: []worldEntry{
			we("2026-11-03T07:41:16Z", Unknown, "cache1", "Nov  3 07:41:16 cache1 varnishd[812]: Child (815) Started"),
			we("2026-11-03T07:41:16Z", Unknown, "cache1", "Nov  3 07:41:16 cache1 varnishd[812]: Child (815) said Child starts"),
			we("2026-11-03T07:41:20Z", Unknown, "cache1", "Nov  3 07:41:20 cache1 varnishd[812]: Child (815) not responding to CLI, killed it."),
		},
	},
	{
		name:   "zeek-conn",
		source: "Zeek conn.log TSV, ts first as epoch seconds with microseconds: docs.zeek.org/en/master/logs/conn.html",
		why:    "tab-separated, an epoch with microseconds first; read without its #fields header, as a tail sees it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Unknown, "", "1795938076.123456\tCk3Qw01ZaYb7mPq2e\t10.0.0.5\t51234\t93.184.216.34\t443\ttcp\tssl\t0.402211\t1211\t5840\tSF\t-\t-\t0\tShADadFf\t14\t1943\t12\t6472\t-"),
			we("2026-11-29T07:41:17.009871Z", Unknown, "", "1795938077.009871\tCv8Ln42PxQd1rTs6w\t10.0.0.5\t5353\t224.0.0.251\t5353\tudp\tdns\t-\t-\t-\tS0\t-\t-\t0\tD\t1\t73\t0\t0\t-"),
		},
	},
	{
		name:   "suricata-eve",
		source: "Suricata EVE JSON: docs.suricata.io/en/latest/output/eve/eve-json-format.html; suricata.yaml sensor-name, written as \"host\"",
		why:    "event_type \"alert\" and alert.severity are not log levels; a time with +hhmm; the sensor's name under host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Unknown, "ids01", `{"timestamp":"2026-11-29T08:41:16.123456+0100","flow_id":1837262911128812,"in_iface":"eth1","event_type":"alert","src_ip":"203.0.113.50","src_port":44122,"dest_ip":"10.0.0.20","dest_port":22,"proto":"TCP","alert":{"action":"allowed","gid":1,"signature_id":2001219,"rev":20,"signature":"ET SCAN Potential SSH Scan","category":"Attempted Information Leak","severity":2},"host":"ids01"}`),
			we("2026-11-29T07:41:17.004211Z", Unknown, "ids01", `{"timestamp":"2026-11-29T08:41:17.004211+0100","flow_id":98122113341221,"in_iface":"eth1","event_type":"dns","src_ip":"10.0.0.31","src_port":53122,"dest_ip":"10.0.0.2","dest_port":53,"proto":"UDP","dns":{"type":"query","id":4411,"rrname":"api.example.org","rrtype":"A","tx_id":0},"host":"ids01"}`),
			we("2026-11-29T07:41:18.5Z", Unknown, "ids01", `{"timestamp":"2026-11-29T08:41:18.500000+0100","event_type":"stats","stats":{"uptime":3601,"decoder":{"pkts":81234122}},"host":"ids01"}`),
		},
	},
	{
		name:   "openvpn",
		source: "OpenVPN --log file with its ctime prefix `Www Mmm dd HH:mm:ss yyyy msg`: openvpn(8) --log, --suppress-timestamps",
		why:    "ctime with the year after the time; 'built on Nov 17 2026' later in the line is not the record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 OpenVPN 2.6.8 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] built on Nov 17 2026"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 TCP/UDP: Preserving recently used remote address: [AF_INET]198.51.100.200:1194"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026 198.51.100.77:52011 TLS: Initial packet from [AF_INET]198.51.100.77:52011, sid=9a1c2b3d 4e5f6a7b"),
		},
	},
	{
		name:   "go-log",
		source: "Go's log package with LstdFlags `yyyy/MM/dd HH:mm:ss msg`; net/http logs a handler panic and its stack in one call: pkg.go.dev/log; net/http server.go (conn.serve)",
		why:    "no level (panic and error are message words); the goroutine dump is part of the entry",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 http: TLS handshake error from 198.51.100.31:40122: EOF"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 listening on :8443"),
			we("2026-11-29T07:41:18Z", Unknown, "",
				"2026/11/29 07:41:18 http: panic serving 10.0.0.7:51022: runtime error: invalid memory address or nil pointer dereference",
				"goroutine 41 [running]:",
				"net/http.(*conn).serve.func1()",
				"\t/usr/local/go/src/net/http/server.go:1947 +0xbe"),
		},
	},
	{
		name:   "python-logging",
		source: "Python logging with `%(asctime)s - %(name)s - %(levelname)s - %(message)s`: docs.python.org/3/howto/logging.html (the Formatter example)",
		why:    "level between ' - ' separators; a traceback is part of the ERROR entry",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16,123 - billing.worker - INFO - picked job 8812"),
			we("2026-11-29T07:41:16.48Z", Warn, "", "2026-11-29 07:41:16,480 - billing.worker - WARNING - retrying charge for order 1142 (attempt 2)"),
			we("2026-11-29T07:41:17.002Z", Error, "",
				"2026-11-29 07:41:17,002 - billing.worker - ERROR - charge failed for order 1142",
				"Traceback (most recent call last):",
				`  File "/srv/billing/worker.py", line 88, in charge`,
				"    resp = gateway.charge(order)",
				"ConnectionError: gateway timed out"),
			we("2026-11-29T07:41:17.01Z", Critical, "", "2026-11-29 07:41:17,010 - billing.worker - CRITICAL - giving up on order 1142"),
		},
	},
	{
		name:   "python-basicconfig",
		source: "logging.basicConfig() BASIC_FORMAT `%(levelname)s:%(name)s:%(message)s`: docs.python.org/3/library/logging.html#logging.basicConfig",
		why:    "no time at all; the level first",
		entries: []worldEntry{
			we("", Warn, "", "WARNING:root:config file not found, using defaults"),
			we("", Info, "", "INFO:urllib3.connectionpool:Starting new HTTPS connection (1): api.example.org:443"),
			we("", Error, "", "ERROR:billing:charge failed"),
		},
	},
	{
		name:   "django-runserver",
		source: "Django development server, django.server logger `[{server_time}] {message}`: docs.djangoproject.com/en/5.1/ref/logging/#django-server",
		why:    "dd/MMM/yyyy HH:mm:ss in brackets; the status code is not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `[29/Nov/2026 07:41:16] "GET /admin/ HTTP/1.1" 302 0`),
			we("2026-11-29T07:41:17Z", Unknown, "", `[29/Nov/2026 07:41:17] "GET /static/admin/css/base.css HTTP/1.1" 200 21207`),
			we("2026-11-29T07:41:18Z", Unknown, "", `[29/Nov/2026 07:41:18] "POST /api/orders/ HTTP/1.1" 500 145`),
		},
	},
	{
		name:   "django-verbose",
		source: "Django docs' 'verbose' formatter `{levelname} {asctime} {module} {process:d} {thread:d} {message}`: docs.djangoproject.com/en/5.1/topics/logging/#examples",
		why:    "the level before the time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Warn, "", "WARNING 2026-11-29 07:41:16,123 log 4120 140181520754432 Not Found: /favicon.ico"),
			we("2026-11-29T07:41:17.45Z", Error, "", "ERROR 2026-11-29 07:41:17,450 log 4120 140181520754432 Internal Server Error: /api/orders/"),
			we("2026-11-29T07:41:18.002Z", Info, "", "INFO 2026-11-29 07:41:18,002 views 4120 140181520754432 order 8812 created"),
		},
	},
	{
		name:   "ruby-logger",
		source: "Ruby Logger::Formatter `%s, [%s #%d] %5s -- %s: %s` (Rails' default before tagged logging): ruby-doc.org Logger::Formatter",
		why:    "a one-letter level, the ISO time in brackets with the pid, the level word again; a second time inside the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Info, "", `I, [2026-11-29T07:41:16.123456 #1234]  INFO -- : Started GET "/" for 10.0.0.1 at 2026-11-29 07:41:16 +0000`),
			we("2026-11-29T07:41:16.130001Z", Info, "", "I, [2026-11-29T07:41:16.130001 #1234]  INFO -- : Processing by HomeController#index as HTML"),
			we("2026-11-29T07:41:16.200873Z", Warn, "", "W, [2026-11-29T07:41:16.200873 #1234]  WARN -- : Cache miss for views/home/index"),
			we("2026-11-29T07:41:16.48812Z", Error, "", "E, [2026-11-29T07:41:16.488120 #1234] ERROR -- : ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within 5.000 seconds (waited 5.001 seconds); all pooled connections were in use)"),
			we("2026-11-29T07:41:17Z", Critical, "", "F, [2026-11-29T07:41:17.000000 #1234] FATAL -- : SignalException (SIGTERM)"),
		},
	},
	{
		name:   "logback-default",
		source: "Logback's basic console pattern `%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n`: logback.qos.ch/manual/layouts.html",
		why:    "a time of day with no date: the date is the clock's; a stack trace continues the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "07:41:16.123 [main] INFO  com.example.shop.Application - Started Application in 3.412 seconds (process running for 3.9)"),
			we("2026-11-29T07:41:17.5Z", Warn, "", "07:41:17.500 [http-nio-8080-exec-3] WARN  com.example.shop.web.CartController - cart 8812 not found"),
			we("2026-11-29T07:41:18.004Z", Error, "",
				"07:41:18.004 [http-nio-8080-exec-4] ERROR com.example.shop.web.ErrorHandler - unhandled exception",
				"java.lang.IllegalStateException: stock below zero for sku 1142",
				"\tat com.example.shop.stock.Stock.take(Stock.java:57)",
				"\tat com.example.shop.web.CartController.checkout(CartController.java:88)"),
		},
	},
	{
		name:   "spring-boot3",
		source: "Spring Boot 3 default log format `yyyy-MM-dd'T'HH:mm:ss.SSSXXX LEVEL pid --- [app] [thread] logger : msg`: docs.spring.io/spring-boot/reference/features/logging.html",
		why:    "an ISO time with +hh:mm, a right-aligned level, a pid and '---'",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29T08:41:16.123+01:00  INFO 4120 --- [shop] [           main] c.e.shop.ShopApplication                 : Started ShopApplication in 2.981 seconds (process running for 3.4)"),
			we("2026-11-29T07:41:17.501Z", Warn, "", "2026-11-29T08:41:17.501+01:00  WARN 4120 --- [shop] [nio-8080-exec-2] o.s.web.servlet.PageNotFound             : No mapping for GET /favicon.ico"),
			we("2026-11-29T07:41:18.003Z", Error, "", "2026-11-29T08:41:18.003+01:00 ERROR 4120 --- [shop] [nio-8080-exec-3] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception"),
		},
	},
	{
		name:   "tomcat-catalina",
		source: "Tomcat OneLineFormatter `dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method msg`: tomcat.apache.org/tomcat-9.0-doc/logging.html",
		why:    "day, month name and year joined by '-'; JUL's SEVERE is Error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "29-Nov-2026 07:41:16.123 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [3412] milliseconds"),
			we("2026-11-29T07:41:17.5Z", Warn, "", "29-Nov-2026 07:41:17.500 WARNING [http-nio-8080-exec-2] org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [212] milliseconds."),
			we("2026-11-29T07:41:18.004Z", Error, "", "29-Nov-2026 07:41:18.004 SEVERE [main] org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start. Full details will be found in the appropriate container log file"),
		},
	},
	{
		name:   "jul-simpleformatter",
		source: "java.util.logging.SimpleFormatter's two-line default (older Tomcat catalina.out and Jenkins): jenkinsci/jenkins PR #4859; jenkinsci/maven-hpi-plugin PR #177",
		why:    "the time on the first line, the level starting the second: one entry of two lines; a 12-hour clock with an unpadded hour",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"Nov 29, 2026 7:41:16 AM org.apache.coyote.AbstractProtocol start",
				`INFO: Starting ProtocolHandler ["http-nio-8080"]`),
			we("2026-11-29T07:41:17Z", Info, "",
				"Nov 29, 2026 7:41:17 AM org.apache.catalina.startup.Catalina start",
				"INFO: Server startup in 3412 ms"),
			we("2026-11-29T07:41:18Z", Error, "",
				"Nov 29, 2026 7:41:18 AM org.apache.catalina.core.StandardWrapperValve invoke",
				"SEVERE: Servlet.service() for servlet [jsp] in context with path [] threw exception"),
		},
	},
	{
		name:   "jenkins",
		source: "Jenkins SupportLogFormatter `yyyy-MM-dd HH:mm:ss.SSS+zzzz [id=N]<TAB>LEVEL<TAB>class#method: msg`: jenkinsci/jenkins-test-harness PR #70; jenkinsci/maven-hpi-plugin PR #177",
		why:    "tab-separated level after a thread id; an offset without a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16.123+0000 [id=31]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Started initialization"),
			we("2026-11-29T07:41:19.004Z", Warn, "", "2026-11-29 07:41:19.004+0000 [id=47]\tWARNING\thudson.model.UpdateCenter#updateDefaultSite: Upgrading Jenkins. Failed to update the default Update Site 'default'. Plugin upgrades may fail."),
			we("2026-11-29T07:41:20.45Z", Error, "", "2026-11-29 07:41:20.450+0000 [id=24]\tSEVERE\thudson.util.BootFailure#publish: Failed to initialize Jenkins"),
		},
	},
	{
		name:   "iis-w3c",
		source: "IIS W3C extended log (u_ex*.log, times in UTC): learn.microsoft.com IIS 'W3C Logging'; allinurl/goaccess issue #1199",
		why:    "#-directive header lines first; data lines start with a date and a time; the status is not a level",
		entries: []worldEntry{
			wskip(
				"#Software: Microsoft Internet Information Services 10.0",
				"#Version: 1.0",
				"#Date: 2026-11-29 07:41:16",
				"#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 10.0.0.40 GET /default.aspx - 443 - 198.51.100.12 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 31"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 10.0.0.40 POST /api/login - 443 - 198.51.100.12 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) https://intranet.example.org/ 401 1 2148074254 15"),
		},
	},
	{
		name:   "windows-firewall",
		source: "Windows Firewall pfirewall.log (W3C-like, #Fields header, local time): learn.microsoft.com 'Configure Windows Firewall logging'",
		why:    "DROP and ALLOW are actions, not levels",
		entries: []worldEntry{
			wskip(
				"#Version: 1.5",
				"#Software: Microsoft Windows Firewall",
				"#Time Format: Local",
				"#Fields: date time action protocol src-ip dst-ip src-port dst-port size tcpflags tcpsyn tcpack tcpwin icmptype icmpcode info path"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 DROP TCP 203.0.113.5 10.0.0.40 51822 3389 52 S 1211221 0 64240 - - - RECEIVE"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 ALLOW UDP 10.0.0.40 10.0.0.2 60112 53 0 - - - - - - - SEND"),
		},
	},
	{
		name:   "traefik-v3",
		source: "Traefik v3 default log (zerolog console writer) `time LVL msg key=value`: traefik/traefik issue #10577",
		why:    "a three-letter level after an ISO time; a second time inside the message is not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16Z INF Traefik version 3.2.1 built on 2026-11-20T10:00:00Z version=3.2.1"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16Z INF Starting provider *file.Provider"),
			we("2026-11-29T07:41:18Z", Warn, "", "2026-11-29T07:41:18Z WRN A new release of Traefik has been found: 3.2.2. Please consider updating."),
			we("2026-11-29T07:41:19Z", Error, "", `2026-11-29T07:41:19Z ERR Error while starting server error="accept tcp [::]:443: use of closed network connection" entryPointName=websecure`),
		},
	},
	{
		name:   "caddy",
		source: "Caddy 2 JSON logs (zap), float epoch ts: caddyserver.com/docs/logging",
		why:    "request.host is the HTTP Host header, not a machine",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Info, "", `{"level":"info","ts":1795938076.123456,"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"198.51.100.4","remote_port":"50122","client_ip":"198.51.100.4","proto":"HTTP/2.0","method":"GET","host":"shop.example.org","uri":"/","headers":{"User-Agent":["curl/8.5.0"]}},"bytes_read":0,"user_id":"","duration":0.0012,"size":5120,"status":200,"resp_headers":{"Server":["Caddy"]}}`),
			we("2026-11-29T07:41:17.5Z", Error, "", `{"level":"error","ts":1795938077.5,"logger":"http.log.error","msg":"dial tcp 127.0.0.1:9000: connect: connection refused","request":{"remote_ip":"198.51.100.4","host":"shop.example.org","uri":"/api"},"duration":0.0009,"status":502,"err_id":"a1b2c3d4e","err_trace":"reverseproxy.statusError (reverseproxy.go:1269)"}`),
			we("2026-11-29T07:41:18.25Z", Warn, "", `{"level":"warn","ts":1795938078.25,"logger":"tls","msg":"stapling OCSP","error":"no OCSP stapling for [shop.example.org]: no OCSP server specified in certificate","identifiers":["shop.example.org"]}`),
		},
	},
	{
		name:   "envoy-access",
		source: "Envoy default access log format `[%START_TIME%] \"%REQ(:METHOD)% …\" %RESPONSE_CODE% %RESPONSE_FLAGS% …`: envoyproxy.io docs, access log 'Default format string'",
		why:    "the ISO time in brackets; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "", `[2026-11-29T07:41:16.123Z] "GET /api/v1/items HTTP/1.1" 200 - 0 5120 12 10 "198.51.100.4" "curl/8.5.0" "5f1c2a7e-8a3b-4c1d-9e2f-0a1b2c3d4e5f" "api.example.org" "10.0.1.20:8080"`),
			we("2026-11-29T07:41:17.004Z", Unknown, "", `[2026-11-29T07:41:17.004Z] "POST /api/v1/orders HTTP/2" 503 UF 412 91 1001 - "198.51.100.4" "okhttp/4.12.0" "6a2d3b8f-9b4c-4d2e-8f3a-1b2c3d4e5f60" "api.example.org" "10.0.1.21:8080"`),
		},
	},
	{
		name:   "envoy-app",
		source: "Envoy application log default `[%Y-%m-%d %T.%e][%t][%l][%n] [%g:%#] %v`: envoyproxy/envoy issue #33819; envoy --log-format docs",
		why:    "time, thread, level and logger each in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "[2026-11-29 07:41:16.123][1][info][main] [source/server/server.cc:932] starting main dispatch loop"),
			we("2026-11-29T07:41:16.34Z", Warn, "", "[2026-11-29 07:41:16.340][1][warning][config] [source/common/config/grpc_stream.h:163] StreamAggregatedResources gRPC config stream to xds_cluster closed: 14, upstream connect error or disconnect/reset before headers. reset reason: connection failure"),
			we("2026-11-29T07:41:17.002Z", Critical, "", "[2026-11-29 07:41:17.002][14][critical][backtrace] [./source/server/backtrace.h:104] Caught Segmentation fault, suspect faulting address 0x0"),
		},
	},
	{
		name:   "coredns",
		source: "CoreDNS log and errors plugins on stdout `[LEVEL] msg`, no time: coredns.io/plugins/log, coredns.io/plugins/errors",
		why:    "a bracketed level and no time",
		entries: []worldEntry{
			we("", Info, "", "[INFO] plugin/reload: Running configuration SHA512 = 4c1b7f3e0d2a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d"),
			we("", Info, "", `[INFO] 10.244.1.7:51234 - 4242 "A IN api.example.org. udp 33 false 512" NOERROR qr,rd,ra 60 0.000412s`),
			we("", Error, "", "[ERROR] plugin/errors: 2 api.example.org. A: read udp 10.244.0.3:50122->10.0.0.2:53: i/o timeout"),
			we("", Warn, "", "[WARNING] No files matching import glob pattern: custom/*.override"),
		},
	},
	{
		name:   "etcd-capnslog",
		source: "etcd ≤ 3.4 capnslog `yyyy-MM-dd HH:mm:ss.ffffff L | pkg: msg`: etcd-io/etcd issue #10594; bitnami/charts issue #5953",
		why:    "one level letter between the time and ' | ' (N is notice)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Info, "", "2026-11-29 07:41:16.123456 I | etcdmain: etcd Version: 3.4.27"),
			we("2026-11-29T07:41:16.130112Z", Notice, "", "2026-11-29 07:41:16.130112 N | etcdmain: the server is already initialized as member before, starting as etcd member..."),
			we("2026-11-29T07:41:17.552301Z", Warn, "", `2026-11-29 07:41:17.552301 W | etcdserver: read-only range request "key:\"/registry/pods/default/\" " with result "range_response_count:12 size:48211" took too long (211.412ms) to execute`),
			we("2026-11-29T07:41:18.004411Z", Error, "", "2026-11-29 07:41:18.004411 E | rafthttp: failed to dial 8e9e05c52164694d on stream MsgApp v2 (peer 8e9e05c52164694d failed to find local node 3a57933972cb5131)"),
		},
	},
	{
		name:   "consul-hclog",
		source: "HashiCorp go-hclog `time [LEVEL]  name: msg key=value` (Consul agent): github.com/hashicorp/go-hclog README",
		why:    "the level in brackets after an ISO time, padded with spaces",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29T07:41:16.123Z [INFO]  agent: Consul agent running!"),
			we("2026-11-29T07:41:16.48Z", Warn, "", "2026-11-29T07:41:16.480Z [WARN]  agent.server.raft: heartbeat timeout reached, starting election: last-leader-addr= last-leader-id="),
			we("2026-11-29T07:41:17.002Z", Error, "", `2026-11-29T07:41:17.002Z [ERROR] agent.anti_entropy: failed to sync remote state: error="No cluster leader"`),
			we("2026-11-29T07:41:17.1Z", Debug, "", `2026-11-29T07:41:17.100Z [DEBUG] agent.router.manager: Rebalanced servers, new active server: number_of_servers=3 active_server="c2.dc1 (Addr: tcp/10.0.0.12:8300) (DC: dc1)"`),
		},
	},
	{
		name:   "vault-hclog",
		source: "HashiCorp go-hclog with a local offset (Vault server log): github.com/hashicorp/go-hclog README; developer.hashicorp.com/vault/docs/commands/server (log format)",
		why:    "an ISO time with +hhmm; [TRACE] is Trace",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29T08:41:16.123+0100 [INFO]  core: vault is unsealed"),
			we("2026-11-29T07:41:16.56Z", Trace, "", "2026-11-29T08:41:16.560+0100 [TRACE] core: found new active node information, refreshing"),
			we("2026-11-29T07:41:18.002Z", Error, "", `2026-11-29T08:41:18.002+0100 [ERROR] core: failed to acquire lock: error="context deadline exceeded"`),
		},
	},
	{
		name:   "dockerd-journal",
		source: "dockerd (logrus text) under systemd, as /var/log/syslog shows it: docs.docker.com/engine/daemon/logs",
		why:    "a logfmt line behind a syslog header: level= is not at the first byte; the header's time and the daemon's own are both the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.123456789Z", Info, "node3", `Nov 29 07:41:16 node3 dockerd[912]: time="2026-11-29T07:41:16.123456789Z" level=info msg="Loading containers: start."`),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.980112311Z", Warn, "node3", `Nov 29 07:41:16 node3 dockerd[912]: time="2026-11-29T07:41:16.980112311Z" level=warning msg="Your kernel does not support cgroup blkio weight"`),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.410009871Z", Error, "node3", `Nov 29 07:41:17 node3 dockerd[912]: time="2026-11-29T07:41:17.410009871Z" level=error msg="Handler for POST /v1.43/containers/create returned error: No such image: shop/api:9.9"`),
		},
	},
	{
		name:   "containerd",
		source: "containerd logrus text format (/var/log/containerd.log on Kubernetes nodes): containerd docs, config [debug] format",
		why:    "logfmt from the first byte with a quoted time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456789Z", Info, "", `time="2026-11-29T07:41:16.123456789Z" level=info msg="starting containerd" revision=5c5b6f2c7f1e version=v1.7.20`),
			we("2026-11-29T07:41:16.2Z", Warn, "", `time="2026-11-29T07:41:16.200000000Z" level=warning msg="failed to load plugin io.containerd.snapshotter.v1.zfs" error="path /var/lib/containerd/io.containerd.snapshotter.v1.zfs must be a zfs filesystem to be used with the zfs snapshotter: skip plugin"`),
			we("2026-11-29T07:41:17.002Z", Error, "", `time="2026-11-29T07:41:17.002000000Z" level=error msg="failed to pull image" image="registry.example.org/shop/api:1.4" error="not found"`),
		},
	},
	{
		name:   "klog",
		source: "klog/glog header `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg`: github.com/kubernetes/klog README; google/glog PR #1007",
		why:    "a level letter glued to a month-day with no year",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Info, "", `I1129 07:41:16.123456    2231 server.go:416] "Kubelet version" kubeletVersion="v1.30.4"`),
			we("2026-11-29T07:41:16.300112Z", Warn, "", "W1129 07:41:16.300112    2231 feature_gate.go:246] setting GA feature gate ServerSideApply=true. It will be removed in a future release."),
			we("2026-11-29T07:41:17.881002Z", Error, "", `E1129 07:41:17.881002    2231 kubelet.go:2900] "Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"`),
			we("2026-11-29T07:41:18.000001Z", Critical, "", `F1129 07:41:18.000001    2231 server.go:302] "Failed to run kubelet" err="failed to run Kubelet: misconfiguration: kubelet cgroup driver: \"systemd\" is different from docker cgroup driver: \"cgroupfs\""`),
		},
	},
	{
		name:   "gitlab-json",
		source: "GitLab application_json.log: docs.gitlab.com/ee/administration/logs/#application_jsonlog",
		why:    "severity and time keys",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", `{"severity":"INFO","time":"2026-11-29T07:41:16.123Z","correlation_id":"01JDXQ7Z3W1N8R5C2K4V6B9M0P","meta.caller_id":"Projects::ImportService","message":"Import of project shop/api started"}`),
			we("2026-11-29T07:41:17.45Z", Error, "", `{"severity":"ERROR","time":"2026-11-29T07:41:17.450Z","correlation_id":"01JDXQ80AA2B3C4D5E6F7G8H9J","exception.class":"Gitlab::Git::CommandError","exception.message":"4:Deadline Exceeded.","message":"Failed to fetch repository"}`),
		},
	},
	{
		name:   "mosquitto-epoch",
		source: "Mosquitto with log_timestamp and the default format: epoch seconds and a colon: home-assistant/addons issue #1349; emoncms/emoncms issue #903",
		why:    "epoch seconds followed by ':'",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "1795938076: mosquitto version 2.0.18 starting"),
			we("2026-11-29T07:41:16Z", Unknown, "", "1795938076: Opening ipv4 listen socket on port 1883."),
			we("2026-11-29T07:41:17Z", Unknown, "", "1795938077: New connection from 10.0.0.41:51822 on port 1883."),
			we("2026-11-29T07:41:17Z", Unknown, "", "1795938077: New client connected from 10.0.0.41:51822 as sensor-hall-2 (p2, c1, k60, u'sensors')."),
		},
	},
	{
		name:   "mosquitto-iso",
		source: "Mosquitto log_timestamp_format %Y-%m-%dT%H:%M:%S: mosquitto.conf(5); fabtesta/synology-surveillance-api-motion-mqtt-gifs issue #7",
		why:    "an ISO time without zone followed by ':'",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16: mosquitto version 2.0.18 running"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29T07:41:17: New connection from 10.0.0.41:51822 on port 1883."),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29T07:41:17: Client <unknown> closed its connection."),
		},
	},
	{
		name:   "exim-mainlog",
		source: "Exim mainlog `yyyy-MM-dd HH:mm:ss msgid flag address …`: exim.org spec, chapter 'Log files'",
		why:    "the compact date-time inside id= is a Message-ID, not the record's time; H= names the peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 1vGzXk-000AbC-7Q <= alice@example.org H=mail.example.org [192.0.2.10] P=esmtps X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S=2345 id=20261129074115.GA412@example.org"),
			we("2026-11-29T07:41:17Z", Unknown, "", `2026-11-29 07:41:17 1vGzXk-000AbC-7Q => bob <bob@example.net> R=dnslookup T=remote_smtp H=mx1.example.net [198.51.100.25] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 2.0.0 Ok: queued as 4Y2Zb31x"`),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 1vGzXk-000AbC-7Q Completed"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 H=(scanner) [203.0.113.66] F=<spam@bad.example> rejected RCPT <bob@example.org>: relay not permitted"),
		},
	},
	{
		name:   "postfix",
		source: "Postfix through syslog (/var/log/mail.log): postfix.org MAILLOG_README",
		why:    "the program name has a slash (postfix/smtpd)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mx1", "Nov 29 07:41:16 mx1 postfix/smtpd[4242]: connect from unknown[192.0.2.44]"),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", "Nov 29 07:41:16 mx1 postfix/smtpd[4242]: 4Y2Zb31xQ7z9tR: client=unknown[192.0.2.44]"),
			we("2026-11-29T07:41:17Z", Unknown, "mx1", "Nov 29 07:41:17 mx1 postfix/qmgr[811]: 4Y2Zb31xQ7z9tR: from=<alerts@example.org>, size=4211, nrcpt=1 (queue active)"),
			we("2026-11-29T07:41:18Z", Unknown, "mx1", "Nov 29 07:41:18 mx1 postfix/smtp[4250]: 4Y2Zb31xQ7z9tR: to=<ops@example.net>, relay=mx.example.net[198.51.100.25]:25, delay=1.9, delays=0.1/0.01/0.8/1, dsn=2.0.0, status=sent (250 2.0.0 OK)"),
		},
	},
	{
		name:   "dovecot-syslog",
		source: "Dovecot through syslog: mail-in-a-box/mailinabox issue #218; mailcow/mailcow issue #740",
		why:    "the program without a pid; rip= and lip= are addresses, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mx1", "Nov 29 07:41:16 mx1 dovecot: imap-login: Login: user=<bob@example.org>, method=PLAIN, rip=198.51.100.61, lip=10.0.0.25, mpid=31022, TLS, session=<kJ3x2yB9Kq7GZD0+>"),
			we("2026-11-29T07:41:20Z", Unknown, "mx1", "Nov 29 07:41:20 mx1 dovecot: imap(bob@example.org)<31022><kJ3x2yB9Kq7GZD0+>: Disconnected: Logged out in=312 out=8812 deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0"),
		},
	},
	{
		name:   "dovecot-logfile",
		source: "Dovecot log_path file, log_timestamp \"%b %d %H:%M:%S \", `service: Level: msg`: doc.dovecot.org admin_manual/logging; mail-in-a-box/mailinabox issue #1945",
		why:    "a syslog-like time but no host: the service name and its Info:/Warning:/Error: prefix follow the time on every line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 imap-login: Info: Login: user=<bob@example.org>, method=PLAIN, rip=198.51.100.61, lip=10.0.0.25, mpid=31022, TLS, session=<kJ3x2yB9Kq7GZD0+>"),
			we("2026-11-29T07:41:17Z", Warn, "", "Nov 29 07:41:17 auth: Warning: auth client 0 disconnected with 1 pending requests: EOF"),
			we("2026-11-29T07:41:18Z", Error, "", "Nov 29 07:41:18 imap(bob@example.org)<31022><kJ3x2yB9Kq7GZD0+>: Error: Mailbox INBOX: UID=8812: read(/var/mail/bob/cur/1795938078.M1P4.mx1) failed: Permission denied"),
			we("2026-11-29T07:41:20Z", Info, "", "Nov 29 07:41:20 imap(bob@example.org)<31022><kJ3x2yB9Kq7GZD0+>: Info: Logged out in=312 out=8812"),
		},
	},
	{
		name:   "fail2ban",
		source: "fail2ban.log `%(asctime)s %(name)-24s[%(process)d]: %(levelname)-7s %(message)s`: fail2ban/fail2ban issue #1879; fail2ban.conf logtarget",
		why:    "the level after the padded logger and pid; a time inside the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16,123 fail2ban.filter         [1234]: INFO    [sshd] Found 203.0.113.9 - 2026-11-29 07:41:16"),
			we("2026-11-29T07:41:18.501Z", Notice, "", "2026-11-29 07:41:18,501 fail2ban.actions        [1234]: NOTICE  [sshd] Ban 203.0.113.9"),
			we("2026-11-29T07:41:19.002Z", Warn, "", "2026-11-29 07:41:19,002 fail2ban.actions        [1234]: WARNING [sshd] 203.0.113.9 already banned"),
			we("2026-11-29T07:41:20.33Z", Error, "", "2026-11-29 07:41:20,330 fail2ban.filter         [1234]: ERROR   Unable to open /var/log/auth.log"),
		},
	},
	{
		name:   "dmesg",
		source: "dmesg default `[seconds.micro] msg`, time since boot: dmesg(1); ARM-software/devlib PR #376",
		why:    "seconds since boot are no time of day; the kernel's build date in the banner is not the record's time; 'error' in the text is no level",
		entries: []worldEntry{
			we("", Unknown, "", "[    0.000000] Linux version 6.8.0-49-generic (buildd@lcy02-amd64-103) (x86_64-linux-gnu-gcc-13 (Ubuntu 13.2.0-23ubuntu4) 13.2.0, GNU ld (GNU Binutils for Ubuntu) 2.42) #49-Ubuntu SMP PREEMPT_DYNAMIC Mon Nov  2 02:06:24 UTC 2026 (Ubuntu 6.8.0-49.49-generic 6.8.12)"),
			we("", Unknown, "", "[   12.345678] usb 1-1: new high-speed USB device number 2 using xhci_hcd"),
			we("", Unknown, "", "[ 4121.004411] EXT4-fs error (device sda1): ext4_find_entry:1455: inode #2: comm ls: reading directory lblock 0"),
		},
	},
	{
		name:   "dmesg-ctime",
		source: "dmesg -T (--ctime) `[Www Mmm dd HH:mm:ss yyyy] msg`: dmesg(1)",
		why:    "ctime in brackets at the start",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026] usb 1-1: new high-speed USB device number 2 using xhci_hcd"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[Sun Nov 29 07:41:17 2026] e1000e 0000:00:1f.6 eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: None"),
		},
	},
	{
		name:   "dmesg-decode",
		source: "dmesg -x (--decode) `facility:level : [uptime] msg`: dmesg(1); ARM-software/devlib PR #376",
		why:    "the level is the second colon field, padded; the uptime is no time",
		entries: []worldEntry{
			we("", Info, "", "kern  :info  : [   12.345678] usb 1-1: new high-speed USB device number 2 using xhci_hcd"),
			we("", Warn, "", `kern  :warn  : [   13.002113] ACPI Warning: SystemIO range 0x0000000000000428-0x000000000000042F conflicts with OpRegion 0x0000000000000400-0x000000000000047F (\PMIO) (20230628/utaddress-204)`),
			we("", Error, "", "kern  :err   : [ 4121.004411] EXT4-fs error (device sda1): ext4_find_entry:1455: inode #2: comm ls: reading directory lblock 0"),
			we("", Info, "", "daemon:info  : [   15.100000] systemd[1]: Started systemd-journald.service - Journal Service."),
		},
	},
	{
		name:   "uwsgi",
		source: "uWSGI request logging `[pid: N|app: N|req: N/N] addr () {…} [ctime] METHOD uri => generated …`: uwsgi-docs.readthedocs.io 'Formatting uWSGI requests logs'; lxc/lxc issue #1786",
		why:    "the ctime sits in the middle of the line, after the client address",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "*** Starting uWSGI 2.0.24 (64bit) on [Sun Nov 29 07:41:16 2026] ***"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[pid: 4120|app: 0|req: 1/1] 10.0.0.4 () {44 vars in 812 bytes} [Sun Nov 29 07:41:17 2026] GET /api/health => generated 15 bytes in 3 msecs (HTTP/1.1 200) 2 headers in 79 bytes (1 switches on core 0)"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[pid: 4121|app: 0|req: 1/2] 10.0.0.4 () {44 vars in 830 bytes} [Sun Nov 29 07:41:18 2026] POST /api/orders => generated 21 bytes in 412 msecs (HTTP/1.1 500) 2 headers in 91 bytes (1 switches on core 0)"),
		},
	},
	{
		name:   "gunicorn",
		source: "Gunicorn error log `[%(asctime)s] [%(process)d] [%(levelname)s] %(message)s`, datefmt `[%Y-%m-%d %H:%M:%S %z]`: docs.gunicorn.org settings; gunicorn/glogging.py",
		why:    "a space before a +hhmm offset inside the brackets; CRITICAL; a traceback continues the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 08:41:16 +0100] [4120] [INFO] Starting gunicorn 22.0.0"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 08:41:16 +0100] [4120] [INFO] Listening at: http://0.0.0.0:8000 (4120)"),
			we("2026-11-29T07:41:47Z", Critical, "", "[2026-11-29 08:41:47 +0100] [4120] [CRITICAL] WORKER TIMEOUT (pid:4125)"),
			we("2026-11-29T07:41:47Z", Error, "",
				"[2026-11-29 08:41:47 +0100] [4125] [ERROR] Error handling request /api/export",
				"Traceback (most recent call last):",
				`  File "/srv/app/.venv/lib/python3.12/site-packages/gunicorn/workers/sync.py", line 135, in handle`,
				"    self.handle_request(listener, req, client, addr)",
				"SystemExit: 1"),
		},
	},
	{
		name:   "php-fpm",
		source: "php-fpm error_log `[dd-MMM-yyyy HH:mm:ss] LEVEL: msg`: php/php-src PR #1311; Novik/ruTorrent issue #1987",
		why:    "day-month name-year in brackets; the level word and a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "[29-Nov-2026 07:41:16] NOTICE: fpm is running, pid 4120"),
			we("2026-11-29T07:41:16Z", Notice, "", "[29-Nov-2026 07:41:16] NOTICE: ready to handle connections"),
			we("2026-11-29T07:41:20Z", Warn, "", "[29-Nov-2026 07:41:20] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it"),
			we("2026-11-29T07:41:22Z", Error, "", "[29-Nov-2026 07:41:22] ERROR: unable to bind listening socket for address '/run/php/php8.2-fpm.sock': Address already in use (98)"),
		},
	},
	{
		name:   "filebeat-host-object",
		source: "Filebeat/ECS documents with a nested host object: elastic.co ECS field reference, host.name",
		why:    "host.name nested as {\"host\":{\"name\":…}}; log.level nested",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Error, "web7", `{"@timestamp":"2026-11-29T07:41:16.123Z","log":{"level":"error","logger":"shop.api"},"message":"payment provider timeout","host":{"name":"web7","hostname":"web7","os":{"family":"debian"}},"agent":{"type":"filebeat","version":"8.15.0"}}`),
			we("2026-11-29T07:41:17.5Z", Info, "web7", `{"@timestamp":"2026-11-29T07:41:17.500Z","log":{"level":"info","logger":"shop.api"},"message":"order 8812 created","host":{"name":"web7","hostname":"web7"}}`),
		},
	},
	{
		name:   "osquery-results",
		source: "osquery results log (osqueryd.results.log): osquery.readthedocs.io deployment/logging; Filebeat osquery module fields (host_identifier, unix_time, calendar_time)",
		why:    "hostIdentifier names the host; unixTime and calendarTime give the time; action is not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "db-03", `{"name":"pack_incident-response_listening_ports","hostIdentifier":"db-03","calendarTime":"Sun Nov 29 07:41:16 2026 UTC","unixTime":1795938076,"epoch":0,"counter":12,"numerics":false,"columns":{"address":"0.0.0.0","pid":"811","port":"5432","protocol":"6"},"action":"added"}`),
			we("2026-11-29T07:41:17Z", Unknown, "db-03", `{"name":"pack_incident-response_listening_ports","hostIdentifier":"db-03","calendarTime":"Sun Nov 29 07:41:17 2026 UTC","unixTime":1795938077,"epoch":0,"counter":13,"numerics":false,"columns":{"address":"127.0.0.1","pid":"902","port":"6379","protocol":"6"},"action":"removed"}`),
		},
	},
	{
		name:   "osquery-status",
		source: "osquery status log as JSON (filesystem/TLS logger), severity from glog: 0 INFO, 1 WARNING, 2 ERROR, 3 FATAL: osquery.readthedocs.io deployment/logging ('Status logs are generated by the Glog logging framework')",
		why:    "severity is glog's 0-3 scale, not syslog's 0-7: 0 is Info, 1 is Warn",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "db-03", `{"hostIdentifier":"db-03","calendarTime":"Sun Nov 29 07:41:16 2026 UTC","unixTime":"1795938076","severity":"0","filename":"scheduler.cpp","line":"83","message":"Executing scheduled query pack_it_processes: SELECT * FROM processes","version":"5.13.1"}`),
			we("2026-11-29T07:41:17Z", Warn, "db-03", `{"hostIdentifier":"db-03","calendarTime":"Sun Nov 29 07:41:17 2026 UTC","unixTime":"1795938077","severity":"1","filename":"watcher.cpp","line":"287","message":"osqueryd worker (4121) stopping: Maximum sustainable CPU utilization limit exceeded: 12","version":"5.13.1"}`),
		},
	},
	{
		name:   "winlogbeat6",
		source: "Winlogbeat 6.x on a Windows Event Collector shipping ForwardedEvents (computer_name, level \"Information\"): elastic.co/guide/en/beats/winlogbeat/6.8/exported-fields-eventlog.html",
		why:    "computer_name is the machine the event happened on; beat.hostname is only the collector that shipped it; level is a word such as Information",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "WIN-DC01.corp.example.org", `{"@timestamp":"2026-11-29T07:41:16.123Z","beat":{"name":"WEC01","hostname":"WEC01","version":"6.8.23"},"computer_name":"WIN-DC01.corp.example.org","event_id":4625,"level":"Information","log_name":"ForwardedEvents","source_name":"Microsoft-Windows-Security-Auditing","message":"An account failed to log on."}`),
			we("2026-11-29T07:41:17.002Z", Warn, "WIN-DC01.corp.example.org", `{"@timestamp":"2026-11-29T07:41:17.002Z","beat":{"name":"WEC01","hostname":"WEC01","version":"6.8.23"},"computer_name":"WIN-DC01.corp.example.org","event_id":1014,"level":"Warning","log_name":"ForwardedEvents","source_name":"Microsoft-Windows-DNS-Client","message":"Name resolution for the name wpad timed out after none of the configured DNS servers responded."}`),
		},
	},
	{
		name:   "nxlog-json",
		source: "NXLog im_msvistalog with to_json() (EventTime, Hostname, Severity): docs.nxlog.co, Windows Event Log fields",
		why:    "capitalised keys; a zone-less EventTime",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "WIN-APP02", `{"EventTime":"2026-11-29 07:41:16","Hostname":"WIN-APP02","Keywords":-9214364837600034816,"EventType":"ERROR","SeverityValue":4,"Severity":"ERROR","EventID":1000,"SourceName":"Application Error","Channel":"Application","Message":"Faulting application name: shop.exe, version: 4.1.0.0, time stamp: 0x6745a1b2"}`),
			we("2026-11-29T07:41:17Z", Info, "WIN-APP02", `{"EventTime":"2026-11-29 07:41:17","Hostname":"WIN-APP02","Keywords":-9187343239835811840,"EventType":"INFO","SeverityValue":2,"Severity":"INFO","EventID":7036,"SourceName":"Service Control Manager","Channel":"System","Message":"The Windows Update service entered the running state."}`),
		},
	},
	{
		name:   "journal-json",
		source: "journalctl -o json (_HOSTNAME, PRIORITY, __REALTIME_TIMESTAMP): systemd.journal-fields(7)",
		why:    "the time in microseconds as a string; PRIORITY is a syslog severity; a klog header inside MESSAGE is not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Error, "node4", `{"__REALTIME_TIMESTAMP":"1795938076123456","_HOSTNAME":"node4","PRIORITY":"3","SYSLOG_IDENTIFIER":"kubelet","_PID":"2231","MESSAGE":"E1129 07:41:16.123401    2231 pod_workers.go:1298] \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\"\""}`),
			we("2026-11-29T07:41:17.000001Z", Info, "node4", `{"__REALTIME_TIMESTAMP":"1795938077000001","_HOSTNAME":"node4","PRIORITY":"6","SYSLOG_IDENTIFIER":"systemd","_PID":"1","MESSAGE":"Started kubelet.service - kubelet: The Kubernetes Node Agent."}`),
		},
	},
	{
		name:   "pino",
		source: "pino default JSON (numeric level, time in ms, hostname): getpino.io docs (API, levels)",
		why:    "numeric levels 30/50; epoch milliseconds",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "api-5d9c7b6f4-x2k8p", `{"level":30,"time":1795938076123,"pid":88,"hostname":"api-5d9c7b6f4-x2k8p","reqId":"req-1","msg":"request completed","responseTime":4.2}`),
			we("2026-11-29T07:41:17.45Z", Error, "api-5d9c7b6f4-x2k8p", `{"level":50,"time":1795938077450,"pid":88,"hostname":"api-5d9c7b6f4-x2k8p","reqId":"req-2","err":{"type":"Error","message":"connect ECONNREFUSED 10.0.0.9:5432"},"msg":"db unavailable"}`),
		},
	},
	{
		name:   "apt-history",
		source: "apt /var/log/apt/history.log blocks `Start-Date: yyyy-MM-dd  HH:mm:ss` … `End-Date:`: mvo5/unattended-upgrades PR #40; PackageKit/PackageKit PR #104",
		why:    "a record of several lines that starts with a header line; two spaces between the date and the time; End-Date inside the block is no new record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Start-Date: 2026-11-29  07:41:16",
				"Commandline: apt-get -y upgrade",
				"Upgrade: openssl:amd64 (3.0.13-0ubuntu3.4, 3.0.13-0ubuntu3.5), libssl3t64:amd64 (3.0.13-0ubuntu3.4, 3.0.13-0ubuntu3.5)",
				"End-Date: 2026-11-29  07:41:31",
				""),
			we("2026-11-29T07:52:02Z", Unknown, "",
				"Start-Date: 2026-11-29  07:52:02",
				"Commandline: apt install jq",
				"Requested-By: deploy (1001)",
				"Install: jq:amd64 (1.7.1-3build1), libjq1:amd64 (1.7.1-3build1, automatic)",
				"End-Date: 2026-11-29  07:52:04"),
		},
	},
	{
		name:   "dpkg",
		source: "dpkg.log `yyyy-MM-dd HH:mm:ss action …`: dpkg(1) --log",
		why:    "a leading date and time, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 startup archives unpack"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 upgrade openssl:amd64 3.0.13-0ubuntu3.4 3.0.13-0ubuntu3.5"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 status half-configured openssl:amd64 3.0.13-0ubuntu3.5"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 status installed openssl:amd64 3.0.13-0ubuntu3.5"),
		},
	},
	{
		name:   "pacman",
		source: "pacman.log `[ISO time with offset] [PACMAN|ALPM|ALPM-SCRIPTLET] msg`: pacman.conf(5) LogFile; wiki.archlinux.org/title/Pacman",
		why:    "the bracketed word after the time is the writer, not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29T08:41:16+0100] [PACMAN] Running 'pacman -Syu'"),
			we("2026-11-29T07:41:20Z", Unknown, "", "[2026-11-29T08:41:20+0100] [ALPM] upgraded linux (6.11.9.arch1-1 -> 6.12.1.arch1-1)"),
			we("2026-11-29T07:41:21Z", Unknown, "", "[2026-11-29T08:41:21+0100] [ALPM-SCRIPTLET] ==> Building image from preset: /etc/mkinitcpio.d/linux.preset: 'default'"),
		},
	},
	{
		name:   "supervisord",
		source: "supervisord log `%(asctime)s %(levelname)s %(message)s` (CRIT, WARN, INFO, DEBG): supervisord.org/logging.html",
		why:    "CRIT is Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Critical, "", "2026-11-29 07:41:16,000 CRIT Supervisor is running as root.  Privileges were not dropped because no user is specified in the config file."),
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16,123 INFO spawned: 'worker' with pid 4120"),
			we("2026-11-29T07:41:17.13Z", Info, "", "2026-11-29 07:41:17,130 INFO success: worker entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)"),
			we("2026-11-29T07:41:20.002Z", Warn, "", "2026-11-29 07:41:20,002 WARN exited: worker (exit status 1; not expected)"),
		},
	},
	{
		name:   "nagios",
		source: "Nagios Core nagios.log `[epoch] msg`: DataDog/dd-agent issue #732; NagiosEnterprises/nagioscore issue #484",
		why:    "epoch seconds in brackets; CRITICAL and DOWN are check states of the host named in the message, which is not the log's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[1795938076] SERVICE ALERT: web1;HTTP;CRITICAL;SOFT;1;HTTP CRITICAL - Socket timeout after 10 seconds"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[1795938077] HOST ALERT: db2;DOWN;SOFT;1;PING CRITICAL - Packet loss = 100%"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[1795938078] Auto-save of retention data completed successfully."),
		},
	},
	{
		name:   "healthapp",
		source: "HealthApp (Android) `yyyyMMdd-HH:mm:ss:SSS|component|pid|msg`: logpai/logparser benchmark settings (HealthApp)",
		why:    "a compact date glued to the time by '-', milliseconds after a colon, fields split by '|'",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.606Z", Unknown, "", "20261129-07:41:16:606|Step_LSC|30002312|onStandStepChanged 4121"),
			we("2026-11-29T07:41:16.611Z", Unknown, "", "20261129-07:41:16:611|Step_StandReportReceiver|30002312|onReceive action: android.intent.action.SCREEN_ON"),
			we("2026-11-29T07:41:17.002Z", Unknown, "", "20261129-07:41:17:002|Step_ExtSDM|30002312|calculateCaloriesWithCache totalCalories=81211"),
		},
	},
	{
		name:   "mac-syslog",
		source: "macOS ≤ 10.11 /var/log/system.log: logpai/logparser benchmark settings (Mac); jzdziarski/littleflocker issue #19 (indented continuation, 'last message repeated')",
		why:    "an ASL notice continues on tab-indented lines; the 'last message repeated' line has a time but no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mbp-anna", "Nov 29 07:41:16 mbp-anna kernel[0]: AppleThunderboltNHIType2::prePCIWake - power up complete - took 2 us"),
			we("2026-11-29T07:41:16Z", Unknown, "mbp-anna",
				"Nov 29 07:41:16 mbp-anna syslogd[47]: Configuration Notice:",
				"\tASL Module \"com.apple.cdscheduler\" claims selected messages.",
				"\tThose messages may not appear in standard system log files or in the ASL database."),
			we("2026-11-29T07:41:17Z", Unknown, "mbp-anna", "Nov 29 07:41:17 mbp-anna com.apple.xpc.launchd[1] (com.apple.quicklook.ThumbnailsAgent[4120]): Service exited with abnormal code: 1"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Nov 29 07:41:17 --- last message repeated 2 times ---"),
		},
	},
	{
		name:   "macos-logshow",
		source: "macOS `log show --style syslog`: wazuh/wazuh issue #17201",
		why:    "India's +0530 offset; two spaces before the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Unknown, "localhost", "2026-11-29 13:11:16.123456+0530  localhost sudo[5734]: (libsystem_info.dylib) Created Activity ID: 0x24336, Description: Retrieve Group by ID"),
			we("2026-11-29T07:41:16.310277Z", Unknown, "localhost", "2026-11-29 13:11:16.310277+0530  localhost sudo[5734]:     alice : TTY=ttys001 ; PWD=/Users/alice ; USER=root ; COMMAND=/usr/bin/log show --last 5m"),
			we("2026-11-29T07:41:17.002101Z", Unknown, "localhost", "2026-11-29 13:11:17.002101+0530  localhost loginwindow[199]: -[SessionAgentNotificationCenter sendBSDNotification:forUserID:] | sending BSD notification com.apple.sessionagent.screenIsUnlocked for user 501"),
		},
	},
	{
		name:   "chromium",
		source: "Chrome/Chromium/Electron debug log `[pid:tid:MMdd/HHmmss.uuuuuu:LEVEL:file(line)] msg`: support.google.com/chrome/a/answer/6271282; tinyspeck/sleuth PR #61; qutebrowser/qutebrowser issue #2519",
		why:    "month-day and a compact time inside the bracketed prefix, no year; the level is the fourth colon field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Error, "", "[4120:4133:1129/074116.123456:ERROR:gpu_init.cc(523)] Passthrough is not supported, GL is egl, ANGLE is"),
			we("2026-11-29T07:41:17.500001Z", Warn, "", "[4120:4120:1129/074117.500001:WARNING:policy_logger.cc(157)] Policy SyncDisabled is not supported on this platform"),
			we("2026-11-29T07:41:18.004411Z", Info, "", `[4142:1:1129/074118.004411:INFO:CONSOLE(12)] "Service worker registered", source: https://app.example.org/sw.js (12)`),
		},
	},
	{
		name:   "bash-history",
		source: "bash ~/.bash_history with HISTTIMEFORMAT set: a '#' comment line holding the epoch seconds before each command: bash(1) HISTFILE and HISTTIMEFORMAT ('the history comment character … followed immediately by a digit are interpreted as timestamps')",
		why:    "the epoch line and the command after it are one record; a command has no level and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "#1795938076", "sudo systemctl restart nginx"),
			we("2026-11-29T07:41:20Z", Unknown, "", "#1795938080", "journalctl -u nginx --since '10 min ago'"),
			we("2026-11-29T07:42:01Z", Unknown, "", "#1795938121", "grep -i error /var/log/nginx/error.log | tail"),
		},
	},
	{
		name:   "journal-verbose",
		source: "journalctl -o verbose: a header line with the time in full and the cursor in brackets, then every field indented as KEY=value: journalctl(1) --output=verbose; systemd.journal-fields(7) (PRIORITY 0-7 as syslog, _HOSTNAME)",
		why:    "one record per header line; the level is the PRIORITY field and the host the _HOSTNAME field of the indented lines",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Error, "web3",
				"Sun 2026-11-29 07:41:16.123456 UTC [s=8a1e0f5c2b1d4c8f9e0a1b2c3d4e5f60;i=1f2;b=6c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f;m=3b9aca0;t=5f1c2a7e9b3d4;x=9e0a1b2c3d4e5f60]",
				"    _BOOT_ID=6c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f",
				"    _TRANSPORT=syslog",
				"    PRIORITY=3",
				"    SYSLOG_FACILITY=4",
				"    SYSLOG_IDENTIFIER=sshd",
				"    _PID=4120",
				"    _HOSTNAME=web3",
				"    MESSAGE=error: kex_exchange_identification: Connection closed by remote host"),
			we("2026-11-29T07:41:17.000412Z", Info, "web3",
				"Sun 2026-11-29 07:41:17.000412 UTC [s=8a1e0f5c2b1d4c8f9e0a1b2c3d4e5f60;i=1f3;b=6c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f;m=3b9aca1;t=5f1c2a7e9b3d5;x=9e0a1b2c3d4e5f61]",
				"    _TRANSPORT=stdout",
				"    PRIORITY=6",
				"    SYSLOG_IDENTIFIER=nginx",
				"    _HOSTNAME=web3",
				"    MESSAGE=nginx: the configuration file /etc/nginx/nginx.conf syntax is ok"),
		},
	},
	{
		name:   "multilog-tai64n",
		source: "daemontools multilog / runit svlogd -t: each line prefixed with '@' and a TAI64N label, 2^62 + 10 + the Unix seconds then the nanoseconds, in hexadecimal: cr.yp.to/daemontools/multilog.html and tai64n.html; smarden.org/runit/svlogd.8",
		why:    "the time is a hexadecimal TAI64N label; the service's own line follows with no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412331Z", Unknown, "", "@400000006b0bd7261893abf8 starting nginx: listening on 0.0.0.0:80"),
			we("2026-11-29T07:41:17.412331Z", Unknown, "", "@400000006b0bd7271893abf8 accepted connection from 10.0.0.31"),
			we("2026-11-29T07:41:20.412331Z", Unknown, "", "@400000006b0bd72a1893abf8 worker 3 exited with status 0"),
		},
	},
	{
		name:   "openldap-26",
		source: "OpenLDAP 2.5/2.6 slapd debug output (-d 256, docker logs) `%08x.%08x %p msg`: seconds and nanoseconds in hexadecimal, then the thread: bitnami/containers issue #80745",
		why:    "the time is hexadecimal seconds and nanoseconds; the banner's build date and the thread address are not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412331Z", Unknown, "", "6b0bd71c.1893abf8 0x7a33d7285740 @(#) $OpenLDAP: slapd 2.6.9 (Mar  4 2026 08:54:14) $"),
			we("2026-11-29T07:41:17.412331Z", Unknown, "", "6b0bd71d.1893abf8 0x7a33d7285740 slapd starting"),
			we("2026-11-29T07:41:20.412331Z", Unknown, "", `6b0bd720.1893abf8 0x7a31563fe6c0 conn=1000 op=0 BIND dn="cn=admin,dc=example,dc=org" method=128`),
		},
	},
	{
		name:   "gelf-json",
		source: "GELF 1.1 messages stored one per line (Graylog's GELF payload specification: version, host, short_message, timestamp in epoch seconds, level 'the standard syslog level'); Docker's gelf driver",
		why:    "level is a syslog severity here, told by short_message; host is the sender",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.5Z", Error, "web3", `{"version":"1.1","host":"web3","short_message":"upstream timed out","timestamp":1795938076.5,"level":3,"_container_name":"nginx"}`),
			we("2026-11-29T07:41:17Z", Info, "web3", `{"version":"1.1","host":"web3","short_message":"GET /healthz 200","timestamp":1795938077,"level":6,"_container_name":"nginx"}`),
		},
	},
	{
		name:   "monolog-json",
		source: "PHP Monolog JsonFormatter (Laravel, Symfony): message, context, level (100 DEBUG … 600 EMERGENCY), level_name, channel, datetime: seldaek/monolog doc/01-usage.md and Logger constants",
		why:    "the level number is Monolog's own scale, and level_name says the same in a word",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412331Z", Error, "", `{"message":"Payment gateway timeout","context":{"order":4120},"level":400,"level_name":"ERROR","channel":"app","datetime":"2026-11-29T07:41:16.412331+00:00","extra":{}}`),
			we("2026-11-29T07:41:17Z", Notice, "", `{"message":"User logged in","context":{},"level":250,"level_name":"NOTICE","channel":"security","datetime":"2026-11-29T07:41:17.000000+00:00","extra":{}}`),
		},
	},
	{
		name:   "tornado",
		source: "Tornado LogFormatter `[%(levelname)1.1s %(asctime)s %(module)s:%(lineno)d] %(message)s`, datefmt `%y%m%d %H:%M:%S`: tornado/log.py",
		why:    "a one-letter level in the bracket before a yyMMdd date",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[I 261129 07:41:16 web:2348] 200 GET /api/health (10.0.0.4) 1.21ms"),
			we("2026-11-29T07:41:17Z", Warn, "", "[W 261129 07:41:17 web:2348] 404 GET /favicon.ico (10.0.0.4) 0.88ms"),
			we("2026-11-29T07:41:18Z", Error, "", "[E 261129 07:41:18 web:2348] 500 POST /api/orders (10.0.0.4) 412.55ms"),
		},
	},
	{
		name:   "jupyter",
		source: "Jupyter Server log `[L yyyy-MM-dd HH:mm:ss.SSS App] msg`: jupyter-server/jupyter_server PR #169",
		why:    "a one-letter level in the bracket before an ISO-like time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "[I 2026-11-29 07:41:16.123 ServerApp] Jupyter Server 2.14.2 is running at:"),
			we("2026-11-29T07:41:17.5Z", Warn, "", "[W 2026-11-29 07:41:17.500 ServerApp] 404 GET /api/kernels/4c1f2e4d (10.0.0.4) 2.10ms referer=None"),
			we("2026-11-29T07:41:18.002Z", Error, "", "[E 2026-11-29 07:41:18.002 ServerApp] Uncaught exception GET /api/contents (10.0.0.4)"),
		},
	},
}

// TestWorldFormats reports every field that comes out wrong, per family.
func TestWorldFormats(t *testing.T) { assertTable(t, worldCases) }

// TestWorldScore logs the progress figure of issue 11 (run it with -v) and holds its floor.
func TestWorldScore(t *testing.T) {
	checkScore(t, "real-world formats (issue 11)", worldCases, [worldNumFields]float64{99.5, 99.5, 99.5, 99.5})
}
