package parse

import "testing"

// The seventh fresh table, written on 2026-11-29: log families that are in none of world_test.go
// (the tuning table), holdout_test.go and the first six fresh tables (fresh_test.go to
// fresh6_test.go), compared by family and not only by name, so that its score is again an honest
// figure for logs trawl has never been tuned on. It is weighted toward what an on-call engineer
// meets on mainstream software: message brokers, CI agents, container runtimes, cloud agents,
// databases and caches, mail, VPN, identity providers, backup tools, monitoring agents, language
// runtimes' default loggers, desktop applications, network appliances, HPC services and Linux
// system files.
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own, the written clock read as UTC when the format
// writes no zone, levels only where the source puts them and mapped from the daemon's own scale,
// "" host when the record names none, and a multi-line record as one entry.
//
// The lines were written for this table in the layout each program really uses, learned from its
// documentation and public issue threads (named in source); hosts, ids and messages are
// invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score. The table is a measurement, never to be tuned
// on: no parser rule is to be written from it, or it stops being one.
//
// go test ./parse -run Fresh7 -v

var fresh7Cases = []worldCase{
	// Message brokers and job servers.
	{
		name:   "rocketmq-broker",
		source: "Apache RocketMQ broker's ~/logs/rocketmqlogs/broker.log (logback `%d{yyy-MM-dd HH:mm:ss,GMT+8} %p %t - %m%n`: no milliseconds and no zone written, the level, the thread, a dash): apache/rocketmq distribution/conf/rmq.broker.logback.xml; apache/rocketmq issues quoting broker.log",
		why:    "a plain time without fraction, the bare level word, then the thread before ` - `; the written clock is read as UTC",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO main - The broker[broker-a, 10.20.0.5:10911] boot success. serializeType=JSON and name server is 10.20.0.4:9876"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 INFO BrokerControllerScheduledThread1 - register broker[0]to name server 10.20.0.4:9876 OK"),
			we("2026-11-29T07:41:19Z", Warn, "", "2026-11-29 07:41:19 WARN PullMessageThread_4 - the consumer group[cg-orders] not online, disable pull"),
			we("2026-11-29T07:41:21Z", Error, "", "2026-11-29 07:41:21 ERROR StoreScheduledThread1 - physic disk maybe full soon, so reclaim space, 0.91"),
		},
	},
	{
		name:   "tibco-ems",
		source: "TIBCO Enterprise Message Service server log (tibemsd.log: `yyyy-MM-dd HH:mm:ss.SSS msg`, no level column): TIBCO EMS User's Guide, 'Server Log' and logfile parameter; TIBCO community threads quoting tibemsd.log",
		why:    "a plain time with milliseconds and then the message: no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "", "2026-11-29 07:41:16.123 Server is active."),
			we("2026-11-29T07:41:17.402Z", Unknown, "", "2026-11-29 07:41:17.402 Accepted connection from 10.20.0.31:51234 user 'orders-svc' client id 'orders-7'."),
			we("2026-11-29T07:41:19.004Z", Unknown, "", "2026-11-29 07:41:19.004 Connection from user 'orders-svc' at 10.20.0.31:51234 terminated: connection lost."),
		},
	},
	{
		name:   "gearmand",
		source: "Gearman job server gearmand --log-file (`LEVEL yyyy-MM-dd HH:mm:ss.uuuuuu [ thread ] msg`, the level right-aligned before the time: FATAL ERROR WARNING NOTICE INFO DEBUG): gearman/gearmand libgearman-server/log.cc; gearman/gearmand issues quoting gearmand.log",
		why:    "the level comes first, padded to the right, before a microsecond time; the thread name sits padded in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "NOTICE 2026-11-29 07:41:16.000000 [  main ] Initializing Gear on port 4730 with SSL: false"),
			we("2026-11-29T07:41:16.402117Z", Info, "", "  INFO 2026-11-29 07:41:16.402117 [  main ] Starting up with pid 4120, verbose is set to INFO"),
			we("2026-11-29T07:41:19.004112Z", Warn, "", "WARNING 2026-11-29 07:41:19.004112 [  proc ] worker 10.20.0.31:51234 timed out on job H:queue-01:412"),
			we("2026-11-29T07:41:21.5Z", Error, "", "ERROR 2026-11-29 07:41:21.500000 [   io ] closing connection due to previous errno error -> libgearman-server/io.cc:218"),
		},
	},

	// CI and cloud agents.
	{
		name:   "azure-pipelines-agent-diag",
		source: "Azure Pipelines agent (and the GitHub Actions runner built from it) diagnostic logs _diag/Agent_*.log and Worker_*.log (`[yyyy-MM-dd HH:mm:ssZ LEVEL Component] msg`, levels VERB INFO WARN ERR): microsoft/azure-pipelines-agent src/Agent.Sdk/Util/HostTraceListener; microsoft/azure-pipelines-agent issues quoting _diag logs",
		why:    "the time, a Z, the level and the component share one bracket; ERR is Error; an exception's lines belong to its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16Z INFO AgentProcess] Agent package linux-x64."),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29 07:41:17Z INFO MessageListener] Connecting to the Agent Server..."),
			we("2026-11-29T07:41:19Z", Warn, "", "[2026-11-29 07:41:19Z WARN VisualStudioServices] Attempt 2 of GET request to https://dev.azure.com/example/_apis/connectionData failed (Socket Error: TryAgain)."),
			we("2026-11-29T07:41:21Z", Error, "",
				"[2026-11-29 07:41:21Z ERR  JobServerQueue] System.Net.Http.HttpRequestException: Connection refused (dev.azure.com:443)",
				" ---> System.Net.Sockets.SocketException (111): Connection refused",
				"   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)"),
		},
	},
	{
		name:   "aws-ecs-agent",
		source: "Amazon ECS container agent's /var/log/ecs/ecs-agent.log (logfmt from its logger: `level=... time=RFC3339 msg=\"...\" module=file.go`, levels debug info warn error crit): aws/amazon-ecs-agent agent/logger; aws/amazon-ecs-agent issues quoting ecs-agent.log",
		why:    "logfmt with level= before time=; the time is RFC 3339 in UTC",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `level=info time=2026-11-29T07:41:16Z msg="Loading configuration" module=agent.go`),
			we("2026-11-29T07:41:17Z", Info, "", `level=info time=2026-11-29T07:41:17Z msg="Registered container instance with cluster!" module=client.go`),
			we("2026-11-29T07:41:19Z", Warn, "", `level=warn time=2026-11-29T07:41:19Z msg="Error getting message from ws backend" module=communication_client.go error="websocket: close 1006 (abnormal closure): unexpected EOF"`),
			we("2026-11-29T07:41:21Z", Error, "", `level=error time=2026-11-29T07:41:21Z msg="Error pulling image" module=docker_client.go image="example/web:412" error="toomanyrequests: Rate exceeded"`),
		},
	},
	{
		name:   "aws-codedeploy-agent",
		source: "AWS CodeDeploy agent's /var/log/aws/codedeploy-agent/codedeploy-agent.log (Ruby logger through the agent: `yyyy-MM-ddTHH:mm:ss LEVEL  [codedeploy-agent(pid)]: msg`, no zone written): AWS CodeDeploy User Guide, 'View log data for CodeDeploy EC2/On-Premises deployments'; aws/aws-codedeploy-agent issues quoting the log",
		why:    "an ISO time without fraction or zone, a padded level, then the program and pid in brackets with a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16 INFO  [codedeploy-agent(4120)]: On Premises config file does not exist or not readable"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29T07:41:17 INFO  [codedeploy-agent(4120)]: [Aws::CodeDeployCommand::Client 200 0.41 0 retries] poll_host_command(host_identifier:\"arn:aws:ec2:eu-west-1:123456789012:instance/i-0412abcd\")"),
			we("2026-11-29T07:41:19Z", Warn, "", "2026-11-29T07:41:19 WARN  [codedeploy-agent(4120)]: InstanceAgent::Plugins::CodeDeployPlugin::CommandPoller: Cannot reach InstanceService: Aws::CodeDeployCommand::Errors::ThrottlingException - Rate exceeded"),
			we("2026-11-29T07:41:21Z", Error, "", "2026-11-29T07:41:21 ERROR [codedeploy-agent(4120)]: InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Error during perform: InstanceAgent::Plugins::CodeDeployPlugin::ScriptError - Script at specified location: scripts/start.sh run as user root failed with exit code 1"),
		},
	},

	// Container runtimes and virtualization.
	{
		name:   "lxc-log",
		source: "LXC's container log /var/log/lxc/<name>.log and lxc-start -o (`prog name yyyyMMddHHmmss.SSS LEVEL    category - file:function:line - msg`, the time in UTC, levels TRACE DEBUG INFO NOTICE WARN ERROR CRIT ALERT FATAL): lxc/lxc src/lxc/log.c; lxc/lxc issues #1457 and #1712 quoting container logs",
		why:    "the tool and container names come first, then a compact yyyyMMddHHmmss.SSS time with no separators, then the padded level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "lxc-start web01 20261129074116.123 INFO     confile - ../src/lxc/confile.c:set_config_idmaps:2273 - Read uid map: type u nsid 0 hostid 100000 range 65536"),
			we("2026-11-29T07:41:16.402Z", Debug, "", "lxc-start web01 20261129074116.402 DEBUG    cgfsng - ../src/lxc/cgroups/cgfsng.c:cgfsng_monitor_create:1355 - The monitor process uses \"lxc.monitor.web01\" as cgroup"),
			we("2026-11-29T07:41:16.5Z", Warn, "", "lxc-start web01 20261129074116.500 WARN     cgfsng - ../src/lxc/cgroups/cgfsng.c:fchowmodat:1611 - No such file or directory - Failed to fchownat(42, memory.oom.group, 1000000000, 0, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW )"),
			we("2026-11-29T07:41:17.004Z", Error, "", "lxc-start web01 20261129074117.004 ERROR    start - ../src/lxc/start.c:start:2201 - No such file or directory - Failed to exec \"/sbin/init\""),
		},
	},
	{
		name:   "firecracker",
		source: "Firecracker microVM monitor log (--log-path with --show-level: `yyyy-MM-ddTHH:mm:ss.nnnnnnnnn [instance-id:thread:LEVEL] msg`, levels Error Warn Info Debug Trace, no zone written): firecracker-microvm/firecracker docs/logger.md; firecracker issues quoting the log",
		why:    "an ISO time with nanoseconds and no zone; the instance id, the thread and the level share one bracket",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456789Z", Info, "", "2026-11-29T07:41:16.123456789 [vm-0412:main:INFO] Running Firecracker v1.10.1"),
			we("2026-11-29T07:41:16.402117331Z", Info, "", "2026-11-29T07:41:16.402117331 [vm-0412:fc_api:INFO] The API server received a Put request on \"/machine-config\"."),
			we("2026-11-29T07:41:19.004112331Z", Warn, "", "2026-11-29T07:41:19.004112331 [vm-0412:fc_vmm:WARN] Failed to write to tap: Os { code: 11, kind: WouldBlock, message: \"Resource temporarily unavailable\" }"),
			we("2026-11-29T07:41:21.5Z", Error, "", "2026-11-29T07:41:21.500000000 [vm-0412:fc_vmm:ERROR] Failed to trigger balloon statistics update: Device not activated"),
		},
	},

	// Databases, caches and object stores.
	{
		name:   "tarantool",
		source: "Tarantool's log (`yyyy-MM-dd HH:mm:ss.SSS [pid] cord/fiber-id/fiber-name L> msg`, L in F S E C W I V D): Tarantool docs, 'Logs' (log.level and the plain format); tarantool/tarantool issues quoting the log",
		why:    "a bracketed pid, a cord/fiber path, then a one-letter level followed by `>`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16.123 [4120] main/103/interactive I> Tarantool 3.2.1-0-g5f1c2a7e9 Linux-x86_64-RelWithDebInfo"),
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29 07:41:16.402 [4120] main/103/interactive I> instance uuid 3f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1"),
			we("2026-11-29T07:41:19.004Z", Warn, "", "2026-11-29 07:41:19.004 [4120] main/117/applier/replicator@10.20.5.12:3301 W> too long WAL write: 1 rows at LSN 4120: 0.612 sec"),
			we("2026-11-29T07:41:21.5Z", Error, "", "2026-11-29 07:41:21.500 [4120] main/117/applier/replicator@10.20.5.12:3301 E> ER_NO_SUCH_USER: User 'replicator' is not found"),
		},
	},
	{
		name:   "sap-ase-errorlog",
		source: "SAP ASE (Sybase) server errorlog (`engine:family:spid:subid:yyyy/MM/dd HH:mm:ss.hh source  msg`, a hundredths fraction, no level column: severity is a number in the message): SAP ASE Troubleshooting and Error Messages Guide, 'Error log format'; SAP community threads quoting the errorlog",
		why:    "four colon-joined ids glued to a slashed date with a two-digit fraction; `kernel` or `server` is the source, not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.12Z", Unknown, "", "00:0006:00000:00000:2026/11/29 07:41:16.12 kernel  Using config area from primary master device."),
			we("2026-11-29T07:41:16.4Z", Unknown, "", "00:0006:00000:00000:2026/11/29 07:41:16.40 kernel  SySAM: Using licenses from: /opt/sap/SYSAM-2_0/licenses"),
			we("2026-11-29T07:41:19Z", Unknown, "", "00:0002:00000:00412:2026/11/29 07:41:19.00 server  Error: 1105, Severity: 17, State: 4"),
			we("2026-11-29T07:41:19.01Z", Unknown, "", "00:0002:00000:00412:2026/11/29 07:41:19.01 server  Can't allocate space for object 'syslogs' in database 'master' because 'logsegment' segment is full/has no free extents."),
		},
	},
	{
		name:   "informix-online-log",
		source: "IBM Informix online.log (message log: `HH:mm:ss  msg` on each line, with a ctime date line written at startup and at each change of day): IBM Informix Administrator's Guide, 'The message log'; IBM support notes quoting online.log",
		why:    "most records write only a time of day, on the day the last date line gave (the clock's day here); the date line is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16  IBM Informix Dynamic Server Started."),
			we("2026-11-29T07:41:17Z", Unknown, "", "07:41:17  Checkpoint Completed:  duration was 0 seconds."),
			we("2026-11-29T07:43:02Z", Unknown, "", "07:43:02  Logical Log 412 Complete, timestamp: 0x5f1c2a7."),
		},
	},
	{
		name:   "openedge-db-log",
		source: "Progress OpenEdge database log <db>.lg (`[yyyy/MM/dd@HH:mm:ss.SSS±hhmm] P-pid T-tid S name num: (msgnum) msg`, S = I informational, W warning, F fatal): OpenEdge Data Management: Database Administration, 'OpenEdge database log file' (Table 16-1)",
		why:    "an @ between date and time, milliseconds glued to a +0100 offset, all in brackets; the severity is one letter after the process and thread ids",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "[2026/11/29@08:41:16.123+0100] P-4120       T-140412 I BROKER  0: (333)   Multi-user session begin."),
			we("2026-11-29T07:41:16.402Z", Info, "", "[2026/11/29@08:41:16.402+0100] P-4120       T-140412 I BROKER  0: (5644)  Started for 20931 using TCP IPV4 address 0.0.0.0, pid 4120."),
			we("2026-11-29T07:41:19.004Z", Warn, "", "[2026/11/29@08:41:19.004+0100] P-4131       T-140419 W SRV     1: (4043)  Unable to respond to remote client, usernum 41."),
			we("2026-11-29T07:41:21.5Z", Critical, "", "[2026/11/29@08:41:21.500+0100] P-4133       T-140421 F ABL    12: (1124)  Wrong dbkey in block. Found 412, should be 4120 in area 7."),
		},
	},
	{
		name:   "repmgr",
		source: "repmgr and repmgrd log (`[yyyy-MM-dd HH:mm:ss] [LEVEL] msg`, levels DEBUG INFO NOTICE WARNING ERROR ALERT CRIT EMERG, DETAIL and HINT lines as records of their own): repmgr docs, 'repmgrd logging' and log_level; EnterpriseDB/repmgr issues quoting repmgrd output",
		why:    "a bracketed plain time and a bracketed level word",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "[2026-11-29 07:41:16] [NOTICE] repmgrd (repmgrd 5.4.1) starting up"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] [INFO] connecting to database \"host=db02 user=repmgr dbname=repmgr connect_timeout=2\""),
			we("2026-11-29T07:41:19Z", Warn, "", "[2026-11-29 07:41:19] [WARNING] unable to ping \"host=db01 user=repmgr dbname=repmgr connect_timeout=2\""),
			we("2026-11-29T07:41:21Z", Error, "", "[2026-11-29 07:41:21] [ERROR] unable to reconnect to node \"db01\" (ID: 1) after 6 attempts"),
		},
	},
	{
		name:   "minio-console-error",
		source: "MinIO server's console error report (a block of `API:`, `Time: HH:mm:ss UTC MM/dd/yyyy`, `DeploymentID:`, `Error:` and numbered stack lines, no level column): minio/minio issues quoting server output ('API: SYSTEM()' blocks); MinIO docs, 'Logging'",
		why:    "the record starts with an API: line and its time is on the next line, clock first and a US date after the zone; the indented stack belongs to the block",
		gap:    "a block that opens with an API: line is not kept as one record, and its `Time: HH:mm:ss UTC MM/dd/yyyy` line is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"API: SYSTEM()",
				"Time: 07:41:16 UTC 11/29/2026",
				"DeploymentID: 3f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1",
				"Error: Read failed. Insufficient number of drives online (*errors.errorString)",
				"       4: internal/logger/logger.go:259:logger.LogIf()",
				"       3: cmd/erasure-healing.go:412:cmd.(*erasureObjects).healObject()"),
			we("2026-11-29T07:41:19Z", Unknown, "",
				"API: PutObject(bucket=backups, object=db/2026-11-29.tar.zst)",
				"Time: 07:41:19 UTC 11/29/2026",
				"DeploymentID: 3f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1",
				"RequestID: 1870A4F1C2A7E9B3",
				"RemoteHost: 10.20.0.31",
				"Error: Storage resources are insufficient for the write operation (cmd.InsufficientWriteQuorum)",
				"       2: cmd/erasure-object.go:1204:cmd.erasureObjects.putObject()"),
			we("2026-11-29T07:41:21Z", Unknown, "",
				"API: SYSTEM()",
				"Time: 07:41:21 UTC 11/29/2026",
				"DeploymentID: 3f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1",
				"Error: Marking http://10.20.5.13:9000/data1 offline temporarily; caused by Post \"http://10.20.5.13:9000/minio/storage/data1/v59/readall\": dial tcp 10.20.5.13:9000: connect: connection refused (*fmt.wrapError)"),
		},
	},

	// Mail, VPN and identity.
	{
		name:   "spamd-logfile",
		source: "SpamAssassin spamd logging to a file (spamd -s /var/log/spamd.log: `Www Mmm dd HH:mm:ss yyyy [pid] level: msg`, levels dbg info warn error): spamd(1p) --syslog option; Mail::SpamAssassin::Logger::File; spamassassin users list threads quoting spamd.log",
		why:    "a ctime date with the year after the clock, a bracketed pid, then a lower-case level and a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Sun Nov 29 07:41:16 2026 [4120] info: spamd: server started on IO::Socket::IP [127.0.0.1]:783 (running version 4.0.1)"),
			we("2026-11-29T07:41:17Z", Info, "", "Sun Nov 29 07:41:17 2026 [4131] info: spamd: connection from localhost [127.0.0.1]:51234 to port 783, fd 5"),
			we("2026-11-29T07:41:18Z", Info, "", "Sun Nov 29 07:41:18 2026 [4131] info: spamd: result: Y 7 - BAYES_99,HTML_MESSAGE,RDNS_NONE scantime=0.4,size=2314,user=amavis,uid=110,required_score=5.0,rhost=localhost,raddr=127.0.0.1,rport=51234,mid=<20261129074117.4120@example.net>,autolearn=no"),
			we("2026-11-29T07:41:21Z", Warn, "", "Sun Nov 29 07:41:21 2026 [4131] warn: dns: no callback for id 41204, ignored, packet on next debug line"),
		},
	},
	{
		name:   "hmailserver",
		source: "hMailServer's logs\\hmailserver_yyyy-mm-dd.log (tab-separated, quoted: `\"TYPE\"<TAB>thread<TAB>session<TAB>\"yyyy-MM-dd HH:mm:ss.SSS\"<TAB>\"ip\"<TAB>\"msg\"`, the type SMTPD SMTPC POP3D IMAPD APPLICATION; APPLICATION lines have no session and ip): hMailServer documentation, 'Logging'; hMailServer forum threads quoting the log",
		why:    "the first column is the protocol, not a level; the time is quoted inside tab-separated columns; the client ip is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "", "\"APPLICATION\"\t4120\t\"2026-11-29 07:41:16.123\"\t\"hMailServer: Service started.\""),
			we("2026-11-29T07:41:17.402Z", Unknown, "", "\"SMTPD\"\t4131\t41\t\"2026-11-29 07:41:17.402\"\t\"198.51.100.4\"\t\"RECEIVED: EHLO mail.example.net\""),
			we("2026-11-29T07:41:17.41Z", Unknown, "", "\"SMTPD\"\t4131\t41\t\"2026-11-29 07:41:17.410\"\t\"198.51.100.4\"\t\"SENT: 250-mx01.example.com[nl]250-SIZE 20480000[nl]250 AUTH LOGIN\""),
			we("2026-11-29T07:41:19.004Z", Unknown, "", "\"SMTPC\"\t4133\t42\t\"2026-11-29 07:41:19.004\"\t\"203.0.113.25\"\t\"SENT: MAIL FROM:<ops@example.com>\""),
		},
	},
	{
		name:   "mailman3",
		source: "GNU Mailman 3 core logs (var/logs/mailman.log, smtp.log, vette.log: `Mmm dd HH:mm:ss yyyy (pid) msg`, no level column): Mailman 3 docs, 'Logging' ([logging.*] sections, default format `%(asctime)s (%(process)d) %(message)s` with datefmt `%b %d %H:%M:%S %Y`)",
		why:    "a month-name date with the year after the clock, then a pid in parentheses; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 2026 (4120) Master started"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Nov 29 07:41:17 2026 (4131) ACCEPT: <20261129074117.4120@example.net>"),
			we("2026-11-29T07:41:18Z", Unknown, "", "Nov 29 07:41:18 2026 (4133) <20261129074117.4120@example.net> smtp to ops@lists.example.com for 41 recips, completed in 0.412 seconds"),
			we("2026-11-29T07:41:21Z", Unknown, "", "Nov 29 07:41:21 2026 (4133) HOLD: ops@lists.example.com post from bob@example.org held, message-id=<5f1c2a7e@example.org>: Post by non-member to a members-only list"),
		},
	},
	{
		name:   "softether-vpn",
		source: "SoftEther VPN Server's security and server logs (server_log/vpn_yyyyMMdd.log and security_log/<HUB>/sec_yyyyMMdd.log: `yyyy-MM-dd HH:mm:ss.SSS [HUB \"name\"] msg`, no level column, local time): SoftEther VPN manual, '3.10 Logging Service'; SoftEtherVPN/SoftEtherVPN issues quoting vpn_*.log",
		why:    "a plain time with milliseconds, then a bracketed hub name with a quoted word; no level, and the client in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "", "2026-11-29 07:41:16.123 SoftEther VPN Server Service Started."),
			we("2026-11-29T07:41:17.402Z", Unknown, "", "2026-11-29 07:41:17.402 [HUB \"VPN\"] Connection \"CID-412\": Successfully authenticated as user \"alice\"."),
			we("2026-11-29T07:41:17.41Z", Unknown, "", "2026-11-29 07:41:17.410 [HUB \"VPN\"] Session \"SID-ALICE-[L2TP]-41\": The new session \"SID-ALICE-[L2TP]-41\" has been created. (IP address: 198.51.100.4, Port number: 1701, Physical underlying protocol: \"Legacy VPN - L2TP/IPsec\")"),
			we("2026-11-29T07:41:21.5Z", Unknown, "", "2026-11-29 07:41:21.500 [HUB \"VPN\"] Connection \"CID-413\": User authentication failed. The user name that has been provided was \"admin\", from 203.0.113.9."),
		},
	},
	{
		name:   "apereo-cas-audit",
		source: "Apereo CAS server log with the Inspektr audit trail (log4j2 `%d %p [%c] - <%m>%n`, each audit record a block of WHO/WHAT/ACTION/APPLICATION/WHEN/CLIENT IP ADDRESS/SERVER IP ADDRESS between rules of `=`): Apereo CAS docs, 'Audits' and 'Logging'; apereo/cas user-list threads quoting cas.log",
		why:    "an audit record runs over ten lines, from `<Audit trail record BEGIN` to the closing `>`, with a second time on its WHEN line; it is one record",
		gap:    "the audit block is split at its WHEN: line (which writes a date) instead of running to the closing `>`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "",
				"2026-11-29 07:41:16,123 INFO [org.apereo.inspektr.audit.support.Slf4jLoggingAuditTrailManager] - <Audit trail record BEGIN",
				"=============================================================",
				"WHO: alice",
				"WHAT: [UsernamePasswordCredential(username=alice, source=null, customFields={})]",
				"ACTION: AUTHENTICATION_SUCCESS",
				"APPLICATION: CAS",
				"WHEN: Sun Nov 29 07:41:16 UTC 2026",
				"CLIENT IP ADDRESS: 198.51.100.4",
				"SERVER IP ADDRESS: 10.20.0.5",
				"=============================================================",
				"",
				">"),
			we("2026-11-29T07:41:19.004Z", Info, "",
				"2026-11-29 07:41:19,004 INFO [org.apereo.inspektr.audit.support.Slf4jLoggingAuditTrailManager] - <Audit trail record BEGIN",
				"=============================================================",
				"WHO: audit:unknown",
				"WHAT: [UsernamePasswordCredential(username=admin, source=null, customFields={})]",
				"ACTION: AUTHENTICATION_FAILED",
				"APPLICATION: CAS",
				"WHEN: Sun Nov 29 07:41:19 UTC 2026",
				"CLIENT IP ADDRESS: 203.0.113.9",
				"SERVER IP ADDRESS: 10.20.0.5",
				"=============================================================",
				"",
				">"),
			we("2026-11-29T07:41:21.5Z", Warn, "", "2026-11-29 07:41:21,500 WARN [org.apereo.cas.authentication.PolicyBasedAuthenticationManager] - <Authentication has failed. Credentials may be incorrect or CAS cannot find authentication handler that supports [admin] of type [UsernamePasswordCredential].>"),
		},
	},
	{
		name:   "duo-authproxy",
		source: "Duo Authentication Proxy's log/authproxy.log (Twisted logging with Duo's observer: `yyyy-MM-ddTHH:mm:ss.uuuuuu±hhmm [namespace#level] msg`, levels debug info warn error critical): Duo docs, 'Duo Authentication Proxy Reference' (Logging); Duo knowledge base articles quoting authproxy.log",
		why:    "an ISO time with microseconds and a +0000 offset, then a bracket holding the logger namespace and the level after a #",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Info, "", "2026-11-29T07:41:16.123456+0000 [duoauthproxy.lib.log#info] Duo Security Authentication Proxy 6.4.2 - Init Complete"),
			we("2026-11-29T07:41:17.402117Z", Info, "", "2026-11-29T07:41:17.402117+0000 [duoauthproxy.lib.log#info] Sending request from 10.20.0.12 to radius_server_auto"),
			we("2026-11-29T07:41:19.004112Z", Warn, "", "2026-11-29T08:41:19.004112+0100 [duoauthproxy.lib.log#warn] Primary credentials rejected for alice"),
			we("2026-11-29T07:41:21.5Z", Error, "", "2026-11-29T07:41:21.500000+0000 [duoauthproxy.lib.log#error] Failed Duo login for 'bob': connection to api-4120abcd.duosecurity.com timed out"),
		},
	},
	{
		name:   "freeipa-install-log",
		source: "FreeIPA's /var/log/ipaserver-install.log and ipaclient-install.log (ipapython log_mgr: `yyyy-MM-ddTHH:mm:ssZ LEVEL msg`, levels DEBUG INFO WARNING ERROR, a traceback logged at DEBUG before the error): FreeIPA docs, 'Troubleshooting installation'; freeipa/freeipa ipapython/ipa_log_manager.py LOGGING_FORMAT_FILE",
		why:    "an ISO time with Z and no fraction, then the level word; the traceback lines belong to the DEBUG record that opens them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29T07:41:16Z DEBUG Logging to /var/log/ipaserver-install.log"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16Z INFO Checking DNS domain example.com, please wait ..."),
			we("2026-11-29T07:41:19Z", Warn, "", "2026-11-29T07:41:19Z WARNING The host name idm01.example.com does not resolve to 10.20.0.9"),
			we("2026-11-29T07:41:21Z", Debug, "",
				"2026-11-29T07:41:21Z DEBUG Traceback (most recent call last):",
				"  File \"/usr/lib/python3.12/site-packages/ipaserver/install/service.py\", line 686, in start_creation",
				"    run_step(full_msg, method)",
				"RuntimeError: CA did not start in 300.0s"),
			we("2026-11-29T07:41:21Z", Error, "", "2026-11-29T07:41:21Z ERROR CA did not start in 300.0s"),
		},
	},

	// Backup tools.
	{
		name:   "barman",
		source: "Barman's /var/log/barman/barman.log (Python logging `%(asctime)s [%(process)s] %(name)s %(levelname)s: %(message)s`): Barman docs, 'Configuration' (log_file, log_level); EnterpriseDB/barman barman/cli.py and issues quoting barman.log",
		why:    "a comma-millisecond time, a bracketed pid, the logger name, then the level word with a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16,123 [4120] barman.wal_archiver INFO: Found 2 xlog segments from streaming for pg-main. Archive all segments in one run."),
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29 07:41:16,402 [4120] barman.wal_archiver INFO: Archiving segment 1 of 2 from streaming: pg-main/00000001000000410000002A"),
			we("2026-11-29T07:41:19.004Z", Warn, "", "2026-11-29 07:41:19,004 [4131] barman.server WARNING: Check 'replication slot' failed for server 'pg-main'"),
			we("2026-11-29T07:41:21.5Z", Error, "", "2026-11-29 07:41:21,500 [4133] barman.server ERROR: Check 'WAL archive' failed for server 'pg-main'"),
		},
	},
	{
		name:   "rsnapshot",
		source: "rsnapshot's logfile (`[yyyy-MM-ddTHH:mm:ss] msg`, the commands it runs and `/usr/bin/rsnapshot daily: ERROR: ...` or `WARNING: ...` lines from print_err and print_warn): rsnapshot(1) and rsnapshot.conf logfile/loglevel; rsnapshot/rsnapshot rsnapshot-program.pl (log_msg, log_err)",
		why:    "a bracketed ISO time with no fraction or zone; ERROR: and WARNING: after the program prefix are its markers, a plain command line has no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29T07:41:16] /usr/bin/rsnapshot daily: started"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29T07:41:16] echo 4120 > /var/run/rsnapshot.pid"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[2026-11-29T07:41:17] /usr/bin/rsync -a --delete --numeric-ids --relative --delete-excluded root@db01.example.com:/etc/ /backup/daily.0/db01/"),
			we("2026-11-29T07:43:02Z", Error, "", "[2026-11-29T07:43:02] /usr/bin/rsnapshot daily: ERROR: /usr/bin/rsync returned 255 while processing root@db01.example.com:/etc/"),
		},
	},
	{
		name:   "veeam-backup-svc",
		source: "Veeam Backup & Replication service and job logs (%ProgramData%\\Veeam\\Backup\\Svc.VeeamBackup.log and Job.*.log: `[dd.MM.yyyy HH:mm:ss] <thread> Level    msg`, levels Info Warning Error): Veeam KB1832 'How to collect logs'; Veeam forum threads quoting Svc.VeeamBackup.log",
		why:    "a bracketed day-first dotted date, a padded thread id in angle brackets, then a capitalised padded level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[29.11.2026 07:41:16] <01> Info     Starting job [Nightly SQL] session 3f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1"),
			we("2026-11-29T07:41:17Z", Info, "", "[29.11.2026 07:41:17] <41> Info     [ProxyDetector] Proxy [vbr-proxy-01] selected for VM [sql-01]"),
			we("2026-11-29T07:41:19Z", Warn, "", "[29.11.2026 07:41:19] <41> Warning  [CBT] Changed block tracking is disabled for VM [sql-01], a full scan will be performed"),
			we("2026-11-29T07:43:02Z", Error, "", "[29.11.2026 07:43:02] <41> Error    Failed to create VM snapshot. Error: An error occurred while saving the snapshot: Failed to quiesce the virtual machine. (System.Exception)"),
		},
	},

	// Monitoring agents and status pages.
	{
		name:   "munin-update",
		source: "Munin master's /var/log/munin/munin-update.log (Log::Log4perl `%d [%p] %m`: `yyyy/MM/dd HH:mm:ss [LEVEL] msg`, levels DEBUG INFO WARN ERROR FATAL): Munin guide, 'Log files'; munin-monitoring/munin lib/Munin/Master/Logger.pm",
		why:    "a slashed date, then the level word in square brackets; the node named in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] Starting munin-update"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] starting work in 4120 for web01.example.com/10.20.0.7:4949."),
			we("2026-11-29T07:41:19Z", Warn, "", "2026/11/29 07:41:19 [WARN] Service df on web01.example.com/10.20.0.7:4949 returned no data for label _dev_sda1"),
			we("2026-11-29T07:41:21Z", Error, "", "2026/11/29 07:41:21 [ERROR] Failed to connect to node db01.example.com:4949/tcp : Connection refused"),
		},
	},
	{
		name:   "cacti-log",
		source: "Cacti's log/cacti.log (cacti_log(): `yyyy-MM-dd HH:mm:ss - CATEGORY: msg`, the category SYSTEM POLLER SPINE CMDPHP AUTH, no level column): Cacti docs, 'Cacti Logs'; Cacti/cacti lib/functions.php cacti_log and issues quoting cacti.log",
		why:    "a plain time, a dash, then an upper-case category with a colon that is not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 - SYSTEM STATS: Time:4.1234 Method:spine Processes:1 Threads:4 Hosts:41 HostsPerProcess:41 DataSources:812 RRDsProcessed:412"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 - AUTH LOGIN: User 'admin' authenticated via Local authentication, IP Address: 10.20.0.5"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 - SYSTEM BOOST STATS: Time:0.41 RRDUpdates:812"),
		},
	},
	{
		name:   "uptime-kuma",
		source: "Uptime Kuma's server output (src/util.ts log: `ISO time with the local offset [MODULE] LEVEL: msg`, levels DEBUG INFO WARN ERROR): louislam/uptime-kuma server/util-server and src/util.ts; louislam/uptime-kuma issues quoting docker logs",
		why:    "an ISO time with a +01:00 offset, then the module in brackets and the level word with a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+01:00 [SERVER] INFO: Welcome to Uptime Kuma"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29T08:41:17+01:00 [SERVER] INFO: Listening on 3001"),
			we("2026-11-29T07:41:19Z", Warn, "", "2026-11-29T08:41:19+01:00 [MONITOR] WARN: Monitor #4 'api': Failing: connect ECONNREFUSED 10.20.0.7:443 | Interval: 60 seconds | Type: http | Down Count: 0 | Resend Interval: 0"),
			we("2026-11-29T07:41:21Z", Error, "", "2026-11-29T08:41:21+01:00 [DB] ERROR: SQLITE_BUSY: database is locked"),
		},
	},

	// Language runtimes' default loggers.
	{
		name:   "julia-logging",
		source: "Julia's default ConsoleLogger (Base.CoreLogging: `[ Level: msg` for one line, `┌ Level: msg`, `│   key = value` and `└ @ Module file:line` for a record with fields, no time): Julia manual, 'Logging'; JuliaLang/julia base/logging/ConsoleLogger.jl",
		why:    "no time at all; the box-drawing prefix holds the level word; the │ and └ lines belong to the ┌ record",
		gap:    "the │ and └ lines of a ┌ record are not joined to it",
		entries: []worldEntry{
			we("", Info, "", "[ Info: Precompiling Plots [91a5bcdd-55d7-5caf-9e0b-520d859cae80]"),
			we("", Warn, "",
				"┌ Warning: `Threads.@spawn` tasks may run on any thread",
				"│   nthreads = 8",
				"└ @ Main ~/jobs/etl.jl:41"),
			we("", Error, "",
				"┌ Error: request failed",
				"│   url = \"https://api.example.org/v1/orders\"",
				"│   status = 503",
				"└ @ Main ~/jobs/etl.jl:88"),
			we("", Debug, "", "┌ Debug: cache hit", "│   key = \"orders/4120\"", "└ @ Main ~/jobs/etl.jl:12"),
		},
	},
	{
		name:   "r-logger",
		source: "R's logger package default layout (layout_simple: `LEVEL [yyyy-MM-dd HH:mm:ss] msg`, levels FATAL ERROR WARN SUCCESS INFO DEBUG TRACE): daroczig/logger README and ?layout_simple",
		why:    "the level word first, then a bracketed local time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "INFO [2026-11-29 07:41:16] Loaded 4120 rows from sales-2026-11.csv"),
			we("2026-11-29T07:41:17Z", Debug, "", "DEBUG [2026-11-29 07:41:17] model matrix is 4120 x 41"),
			we("2026-11-29T07:41:19Z", Warn, "", "WARN [2026-11-29 07:41:19] 12 rows dropped with missing region"),
			we("2026-11-29T07:41:21Z", Error, "", "ERROR [2026-11-29 07:41:21] could not connect to warehouse: timeout after 30s"),
		},
	},
	{
		name:   "crystal-log",
		source: "Crystal's standard Log with the default ShortFormat (`yyyy-MM-ddTHH:mm:ss.uuuuuuZ LEVEL - source: msg`, the severity right-aligned to six characters): Crystal API docs, Log::ShortFormat; crystal-lang/crystal src/log/format.cr",
		why:    "an ISO UTC time with microseconds, then a right-aligned level, a dash and the log source with a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Info, "", "2026-11-29T07:41:16.123456Z   INFO - app: Listening on http://0.0.0.0:3000"),
			we("2026-11-29T07:41:17.402117Z", Debug, "", "2026-11-29T07:41:17.402117Z  DEBUG - app.db: SELECT * FROM orders WHERE id = $1 -- 4120"),
			we("2026-11-29T07:41:19.004112Z", Warn, "", "2026-11-29T07:41:19.004112Z   WARN - app.http: slow request GET /orders took 2.41s"),
			we("2026-11-29T07:41:21.5Z", Error, "", "2026-11-29T07:41:21.500000Z  ERROR - app.db: Error connecting to 'postgres://db01:5432/app': Connection refused"),
		},
	},
	{
		name:   "clojure-timbre",
		source: "Clojure's Timbre default output (default-output-fn: `ISO time in UTC hostname LEVEL [ns:line] - msg`, then a stack trace on the following lines): taoensso/timbre README and default-output-fn; taoensso/timbre issues quoting output",
		why:    "the host name sits between the time and the level; a stack trace belongs to the error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "web-01", "2026-11-29T07:41:16.123Z web-01 INFO [app.core:12] - Starting server on port 3000"),
			we("2026-11-29T07:41:17.402Z", Debug, "web-01", "2026-11-29T07:41:17.402Z web-01 DEBUG [app.db:41] - Pool started with 8 connections"),
			we("2026-11-29T07:41:19.004Z", Warn, "web-01", "2026-11-29T07:41:19.004Z web-01 WARN [app.http:77] - Slow request /orders 2410ms"),
			we("2026-11-29T07:41:21.5Z", Error, "web-01",
				"2026-11-29T07:41:21.500Z web-01 ERROR [app.db:88] - Query failed",
				"clojure.lang.ExceptionInfo: connection refused {:host \"10.20.0.31\"}",
				"\tat app.db$query.invokeStatic(db.clj:88)",
				"\tat app.db$query.invoke(db.clj:84)"),
		},
	},
	{
		name:   "dart-logging",
		source: "Dart's package:logging with the onRecord listener its README shows (`${record.level.name}: ${record.time}: ${record.message}`, levels FINEST FINER FINE CONFIG INFO WARNING SEVERE SHOUT, DateTime.toString as `yyyy-MM-dd HH:mm:ss.uuuuuu`): pub.dev/packages/logging README; dart-lang/core pkgs/logging",
		why:    "the level word first with a colon, then a local time with microseconds and another colon; SEVERE is Error, FINE is Debug",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Info, "", "INFO: 2026-11-29 07:41:16.123456: Server listening on port 8080"),
			we("2026-11-29T07:41:17.402117Z", Debug, "", "FINE: 2026-11-29 07:41:17.402117: cache miss for /orders/4120"),
			we("2026-11-29T07:41:19.004112Z", Warn, "", "WARNING: 2026-11-29 07:41:19.004112: retrying request to api.example.org (attempt 2)"),
			we("2026-11-29T07:41:21.5Z", Error, "", "SEVERE: 2026-11-29 07:41:21.500: Unhandled exception: SocketException: Connection refused (OS Error: Connection refused, errno = 111), address = db01, port = 5432"),
		},
	},
	{
		name:   "node-debug",
		source: "Node's debug module writing to a non-TTY stream (`ISO time in UTC namespace msg`, no level; a TTY gets a coloured `namespace msg +Nms` instead): debug-js/debug README ('Output streams', DEBUG_HIDE_DATE); debug src/node.js formatArgs",
		why:    "an ISO UTC time, then a colon-joined namespace that is not a level; no level at all",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "", "2026-11-29T07:41:16.123Z app:server listening on port 3000"),
			we("2026-11-29T07:41:17.402Z", Unknown, "", "2026-11-29T07:41:17.402Z express:router dispatching GET /orders/4120"),
			we("2026-11-29T07:41:19.004Z", Unknown, "", "2026-11-29T07:41:19.004Z app:db query failed, retrying in 500ms: ECONNRESET"),
		},
	},
	{
		name:   "play-framework",
		source: "Play Framework's default production logback.xml (`%date [%level] from %logger in %thread - %message%n%xException`): Play docs, 'Configuring logging' (default configuration); playframework/playframework logback-play-default.xml",
		why:    "a comma-millisecond time, the level in brackets, then `from logger in thread -`; an exception's lines belong to its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16,123 [INFO] from play.api.Play in main - Application started (Prod) (no global state)"),
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29 07:41:16,402 [INFO] from play.core.server.AkkaHttpServer in main - Listening for HTTP on /0.0.0.0:9000"),
			we("2026-11-29T07:41:19.004Z", Warn, "", "2026-11-29 07:41:19,004 [WARN] from play.filters.hosts.AllowedHostsFilter in application-akka.actor.default-dispatcher-7 - Host not allowed: 10.20.0.5:9000"),
			we("2026-11-29T07:41:21.5Z", Error, "",
				"2026-11-29 07:41:21,500 [ERROR] from application in application-akka.actor.default-dispatcher-9 - ",
				"",
				"! @8e2f0b6d4 - Internal server error, for (GET) [/orders/4120] ->",
				" ",
				"play.api.UnexpectedException: Unexpected exception[SQLException: Connection is not available, request timed out after 30000ms.]",
				"\tat play.api.http.HttpErrorHandlerExceptions$.throwableToUsefulException(HttpErrorHandler.scala:358)"),
		},
	},

	// Desktop applications and Windows servers.
	{
		name:   "firefox-moz-log",
		source: "Firefox and Thunderbird MOZ_LOG output with the timestamp option (`yyyy-MM-dd HH:mm:ss.uuuuuu UTC - [Process pid: Thread]: L/module msg`, L in E W I D V): Firefox source docs, 'Gecko Logging' (MOZ_LOG, timestamp); mozilla bugzilla attachments quoting HTTP logs",
		why:    "a microsecond time with the word UTC, then the process and thread in brackets, then one level letter glued to the module by a slash",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Debug, "", "2026-11-29 07:41:16.123456 UTC - [Parent 4120: Main Thread]: D/nsHttp nsHttpChannel::Init [this=7f1c2a7e9b00]"),
			we("2026-11-29T07:41:16.402117Z", Info, "", "2026-11-29 07:41:16.402117 UTC - [Parent 4120: Socket Thread]: I/nsSocketTransport nsSocketTransport::InitiateSocket TRR=0 api.example.org:443"),
			we("2026-11-29T07:41:19.004112Z", Warn, "", "2026-11-29 07:41:19.004112 UTC - [Child 4131: Main Thread]: W/nsHttp HttpChannelChild::OnStopRequest [this=7f1c2a7e9c40 status=804b0014]"),
			we("2026-11-29T07:41:21.5Z", Error, "", "2026-11-29 07:41:21.500000 UTC - [Parent 4120: Socket Thread]: E/nsHttp nsHttpTransaction::Close [this=7f1c2a7e9d80 reason=804b0014]"),
		},
	},
	{
		name:   "vscode-log",
		source: "Visual Studio Code's log files (main.log, exthost.log, window renderer.log: `yyyy-MM-dd HH:mm:ss.SSS [level] msg`, levels trace debug info warning error): VS Code docs, 'Logging' (Developer: Open Logs Folder); microsoft/vscode issues quoting exthost.log",
		why:    "a plain time with milliseconds and a lower-case level in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16.123 [info] Extension host with pid 4120 started"),
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29 07:41:16.402 [info] ExtensionService#_doActivateExtension vscode.git, startup: false, activationEvent: 'onStartupFinished'"),
			we("2026-11-29T07:41:19.004Z", Warn, "", "2026-11-29 07:41:19.004 [warning] [ms-python.python]: Cannot register 'python.venvPath'. This property is already registered."),
			we("2026-11-29T07:41:21.5Z", Error, "", "2026-11-29 07:41:21.500 [error] Error: connect ECONNREFUSED 127.0.0.1:41204"),
		},
	},
	{
		name:   "steam-content-log",
		source: "the Steam client's logs/content_log.txt and connection_log.txt (`[yyyy-MM-dd HH:mm:ss] msg`, local time, no level): Valve Steam support, 'Steam client log files'; ValveSoftware/steam-for-linux issues quoting content_log.txt",
		why:    "a bracketed plain time without fraction; no level and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] AppID 570 state changed : Update Required,"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[2026-11-29 07:41:17] AppID 570 update started : download 0/412843008, store 0/0, reuse 0/0, delta 0/0, stage 0/0"),
			we("2026-11-29T07:43:02Z", Unknown, "", "[2026-11-29 07:43:02] AppID 570 state changed : Fully Installed,"),
		},
	},
	{
		name:   "windows-nps-ias",
		source: "Windows Network Policy Server accounting log in IAS format (%SystemRoot%\\System32\\LogFiles\\IN*.log: comma-separated ComputerName, ServiceName, Record-Date MM/dd/yyyy, Record-Time, Packet-Type, User-Name, ... ; local time, no level): Microsoft Learn, 'Interpret NPS Database Format Log Files' and 'IAS-formatted log files'",
		why:    "comma-separated: the NPS server's name first (the record's host), the service, then a US date and a time in separate columns",
		gap:    "the packet-type column after the time is read as a fraction of a second, and the NPS server's name in the first column is not read as the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "NPS01", `NPS01,IAS,11/29/2026,07:41:16,1,alice,EXAMPLE\alice,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,311 1 10.20.0.9 11/20/2026 09:12:44 412,,,,,,,,,,,,,,,,,,,,`),
			we("2026-11-29T07:41:16Z", Unknown, "NPS01", `NPS01,IAS,11/29/2026,07:41:16,2,,EXAMPLE\alice,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,Wireless Staff,,,,,,,,,,,,,,,,,,,,`),
			we("2026-11-29T07:41:19Z", Unknown, "NPS01", `NPS01,IAS,11/29/2026,07:41:19,3,,EXAMPLE\bob,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,Wireless Staff,,,,,,,,,,,,,,,,,,,16,,`),
		},
	},

	// Network and security appliances and services.
	{
		name:   "nokia-sros",
		source: "Nokia SR OS event log as a memory or file log shows it (`seq yyyy/MM/dd HH:mm:ss.hh TZ SEVERITY: APPLICATION #event-id router subject \"msg\"`, severities CRITICAL MAJOR MINOR WARNING INDETERMINATE CLEARED mapped to syslog as crit, err, warning, notice, info): Nokia 7750 SR System Management Guide, 'Event and Accounting Logs' (log event format, syslog severity mapping)",
		why:    "a sequence number before a slashed date with hundredths and a zone word; the severity word follows (MAJOR is Error, MINOR is Warn, WARNING is Notice)",
		gap:    "the SR OS severities MINOR and MAJOR are not read, and WARNING is read as Warn, not as the notice SR OS maps it to",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.12Z", Warn, "", `4120 2026/11/29 07:41:16.12 UTC MINOR: SNMP #2004 Base 1/1/1 "Interface 1/1/1 is not operational"`),
			we("2026-11-29T07:41:17.4Z", Notice, "", `4121 2026/11/29 07:41:17.40 UTC WARNING: SNMP #2005 Base 1/1/1 "Interface 1/1/1 is operational"`),
			we("2026-11-29T07:41:19Z", Error, "", `4122 2026/11/29 07:41:19.00 UTC MAJOR: BGP #2001 Base Peer 1: 10.20.255.2 "VR 1: Group ibgp: Peer 10.20.255.2: moved from higher state ESTABLISHED to lower state IDLE due to event HOLDTIME"`),
			we("2026-11-29T07:41:21Z", Critical, "", `4123 2026/11/29 08:41:21.00 CET CRITICAL: CHASSIS #2001 Base Card 2 "Class IOM : removed"`),
		},
	},
	{
		name:   "stormshield-sns",
		source: "Stormshield Network Security firewall logs as sent by syslog or read in /log (key=value pairs: `id=firewall time=\"yyyy-MM-dd HH:mm:ss\" fw=\"name\" tz=+hhmm startime=... pri=N ...`, pri the syslog severity): Stormshield SNS 'Description of Audit logs' guide (l_filter, l_alarm, l_system fields)",
		why:    "key=value with the local time quoted in time=, its offset in tz= and the firewall's name in fw= (the record's host); pri= is the syslog severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "SN310-A", `id=firewall time="2026-11-29 08:41:16" fw="SN310-A" tz=+0100 startime="2026-11-29 08:41:16" pri=5 confid=01 slotlevel=2 ruleid=12 srcif="Ethernet0" srcifname="out" ipproto=tcp proto=https src=198.51.100.4 srcport=51234 dst=10.20.0.5 dstport=443 action=pass logtype="filter"`),
			we("2026-11-29T07:41:19Z", Warn, "SN310-A", `id=firewall time="2026-11-29 08:41:19" fw="SN310-A" tz=+0100 startime="2026-11-29 08:41:19" pri=4 confid=01 srcif="Ethernet0" ipproto=tcp proto=ssh src=203.0.113.9 srcport=51240 dst=10.20.0.5 dstport=22 action=block msg="Port scan" class=protocol classification=0 alarmid=28 logtype="alarm"`),
			we("2026-11-29T07:41:21Z", Alert, "SN310-A", `id=firewall time="2026-11-29 08:41:21" fw="SN310-A" tz=+0100 startime="2026-11-29 08:41:21" pri=1 service=ha msg="HA link lost with peer SN310-B" logtype="system"`),
		},
	},
	{
		name:   "busybox-syslogd",
		source: "BusyBox syslogd's /var/log/messages on routers and embedded boards (`Mmm dd HH:mm:ss host facility.level tag[pid]: msg`, the facility and level written after the host unless built small): BusyBox sysklogd/syslogd.c (timestamp_and_log: `%s %.64s %s %s`); OpenWrt and Buildroot forum threads quoting /var/log/messages",
		why:    "after the host a facility.level word gives the level (info, warn, err, notice); the tag follows it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "router", "Nov 29 07:41:16 router syslog.info syslogd started: BusyBox v1.36.1"),
			we("2026-11-29T07:41:17Z", Info, "router", "Nov 29 07:41:17 router daemon.info dnsmasq[812]: query[A] api.example.org from 192.168.1.41"),
			we("2026-11-29T07:41:19Z", Warn, "router", "Nov 29 07:41:19 router authpriv.warn dropbear[1204]: Bad password attempt for 'root' from 203.0.113.9:51234"),
			we("2026-11-29T07:41:21Z", Error, "router", "Nov 29 07:41:21 router kern.err kernel: [ 4120.412345] mtd: partition \"rootfs_data\" extends beyond the end of device \"spi0.0\""),
		},
	},
	{
		name:   "vaultwarden",
		source: "Vaultwarden's log (fern dispatch: `[yyyy-MM-dd HH:mm:ss.SSS][target][LEVEL] msg`, levels TRACE DEBUG INFO WARN ERROR, local time): dani-garcia/vaultwarden src/main.rs init_logging; Vaultwarden wiki, 'Logging' and 'Fail2Ban setup'",
		why:    "three bracket groups glued together: the time, the Rust module path and the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "[2026-11-29 07:41:16.123][start][INFO] Rocket has launched from http://0.0.0.0:80"),
			we("2026-11-29T07:41:17.402Z", Info, "", "[2026-11-29 07:41:17.402][request][INFO] POST /identity/connect/token"),
			we("2026-11-29T07:41:19.004Z", Error, "", "[2026-11-29 07:41:19.004][vaultwarden::api::identity][ERROR] Username or password is incorrect. Try again. IP: 203.0.113.9. Username: alice@example.com."),
			we("2026-11-29T07:41:21.5Z", Warn, "", "[2026-11-29 07:41:21.500][vaultwarden::api::core::two_factor][WARN] Invalid TOTP code! Server time: 2026-11-29 07:41:21 UTC IP: 203.0.113.9"),
		},
	},

	// HPC and scientific computing.
	{
		name:   "xrootd",
		source: "XRootD server log (xrootd.log: `yyMMdd HH:mm:ss pid Component: msg`, a six-digit date; configuration echo lines `=====> directive` with no time): XRootD 'Xrd/XRootd Configuration Reference' (logging); xrootd/xrootd issues quoting xrootd.log",
		why:    "a compact yyMMdd date and a time of day, then a pid; the configuration echo line has no time of its own and is a record of its own",
		gap:    "a configuration echo line with no time (`=====> directive`) is joined to the record before it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "261129 07:41:16 4120 Starting on Linux 6.8.0-49-generic"),
			we("", Unknown, "", "=====> xrd.port 1094"),
			we("2026-11-29T07:41:17Z", Unknown, "", "261129 07:41:17 4131 XrootdXeq: alice.4120:41@client.example.org pub IP46 login as alice"),
			we("2026-11-29T07:41:19Z", Unknown, "", "261129 07:41:19 4131 ofs_open: alice.4120:41@client.example.org Unable to open /store/run412/data.root; no such file or directory"),
		},
	},
	{
		name:   "easybuild",
		source: "EasyBuild's build log (easybuild-<name>-<version>-<stamp>.log: `== yyyy-MM-dd HH:mm:ss,SSS file.py:line LEVEL msg`, levels DEBUG INFO WARNING ERROR): EasyBuild docs, 'Logging'; easybuilders/easybuild-framework easybuild/tools/build_log.py",
		why:    "a `==` marker before a comma-millisecond time, then the Python source file and line, then the level word",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "== 2026-11-29 07:41:16,123 main.py:412 INFO This is EasyBuild 4.9.4 (framework: 4.9.4, easyblocks: 4.9.4) on host node041."),
			we("2026-11-29T07:41:17.402Z", Debug, "", "== 2026-11-29 07:41:17,402 easyblock.py:4120 DEBUG Adding extra modules to MODULEPATH: /apps/modules/all"),
			we("2026-11-29T07:41:19.004Z", Warn, "", "== 2026-11-29 07:41:19,004 build_log.py:267 WARNING Checksum verification for GROMACS-2024.4.tar.gz skipped: no checksum provided"),
			we("2026-11-29T07:41:21.5Z", Error, "", "== 2026-11-29 07:41:21,500 build_log.py:226 ERROR EasyBuild encountered an error (at easybuild/tools/run.py:588 in check_async_cmd): cmd \"make -j 16\" exited with exit code 2"),
		},
	},
	{
		name:   "nvidia-fabricmanager",
		source: "NVIDIA Fabric Manager's /var/log/fabricmanager.log (`[Mmm dd yyyy HH:mm:ss] [LEVEL] [tid N] msg`, levels INFO WARNING ERROR): NVIDIA Fabric Manager User Guide, 'Logging'; NVIDIA developer forum threads quoting fabricmanager.log",
		why:    "a bracketed month-name date with the year before the clock, then the level and thread id in their own brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[Nov 29 2026 07:41:16] [INFO] [tid 4120] Fabric Manager version 550.127.05 is running with the following configuration options"),
			we("2026-11-29T07:41:17Z", Info, "", "[Nov 29 2026 07:41:17] [INFO] [tid 4131] Successfully configured all the available GPUs and NVSwitches to route NVLink traffic."),
			we("2026-11-29T07:41:19Z", Warn, "", "[Nov 29 2026 07:41:19] [WARNING] [tid 4133] NVSwitch port 12 on device 3 is down"),
			we("2026-11-29T07:41:21Z", Error, "", "[Nov 29 2026 07:41:21] [ERROR] [tid 4133] detected NVSwitch fatal error 12028 on fid 0 switch id 3 link 12"),
		},
	},

	// Linux system files.
	{
		name:   "systemd-boot-log",
		source: "/var/log/boot.log as plymouth or the distribution's boot-log service saves systemd's console status (`[  OK  ] Started unit - Description.`, `         Starting ...`, `[FAILED] Failed to start ...` followed by a `See 'systemctl status ...'` hint; no times): systemd docs, systemd-system.conf ShowStatus=; Red Hat and Ubuntu threads quoting /var/log/boot.log",
		why:    "no times at all; the status in brackets is no level; the See-hint line belongs to the FAILED record before it",
		entries: []worldEntry{
			we("", Unknown, "", "[  OK  ] Started systemd-journald.service - Journal Service."),
			we("", Unknown, "", "         Starting systemd-udev-trigger.service - Coldplug All udev Devices..."),
			we("", Unknown, "",
				"[FAILED] Failed to start nfs-server.service - NFS server and services.",
				"See 'systemctl status nfs-server.service' for details."),
			we("", Unknown, "", "[  OK  ] Reached target multi-user.target - Multi-User System."),
		},
	},
	{
		name:   "tuned-log",
		source: "TuneD's /var/log/tuned/tuned.log (Python logging `%(asctime)s %(levelname)-8s %(name)s: %(message)s`): tuned(8) and tuned-main.conf; redhat-performance/tuned tuned/logs.py",
		why:    "a comma-millisecond time, a level padded to eight, then the dotted logger name with a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16,123 INFO     tuned.daemon.application: dynamic tuning is globally disabled"),
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29 07:41:16,402 INFO     tuned.profiles.loader: loading profile: virtual-guest"),
			we("2026-11-29T07:41:19.004Z", Warn, "", "2026-11-29 07:41:19,004 WARNING  tuned.plugins.plugin_sysctl: reapplying system sysctl"),
			we("2026-11-29T07:41:21.5Z", Error, "", "2026-11-29 07:41:21,500 ERROR    tuned.utils.commands: Executing cpupower error: Error setting perf-bias value on CPU 0"),
		},
	},
	{
		name:   "rhsm-log",
		source: "Red Hat Subscription Manager's /var/log/rhsm/rhsm.log (`%(asctime)s [%(levelname)s] %(cmd_name)s:%(process)d:%(threadName)s @%(filename)s:%(lineno)d - %(message)s`): candlepin/subscription-manager src/rhsm/logutil.py; Red Hat knowledge base articles quoting rhsm.log",
		why:    "a comma-millisecond time, the level in brackets, then command:pid:thread and @file:line before ` - `; a traceback belongs to its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16,123 [INFO] subscription-manager:4120:MainThread @connection.py:412 - Connection built: host=subscription.rhsm.redhat.com port=443 handler=/subscription auth=identity_cert ca_dir=/etc/rhsm/ca/ insecure=False"),
			we("2026-11-29T07:41:16.402Z", Debug, "", "2026-11-29 07:41:16,402 [DEBUG] rhsmcertd-worker:4131:MainThread @cert_sorter.py:201 - Product status: valid products: 479 unlicensed products: 0"),
			we("2026-11-29T07:41:19.004Z", Warn, "", "2026-11-29 07:41:19,004 [WARNING] rhsmcertd-worker:4131:MainThread @entcertlib.py:139 - Removing expired entitlement certificate 4120412041204120"),
			we("2026-11-29T07:41:21.5Z", Error, "",
				"2026-11-29 07:41:21,500 [ERROR] subscription-manager:4133:MainThread @managercli.py:182 - Error during registration: Unable to reach the server at subscription.rhsm.redhat.com:443/subscription",
				"Traceback (most recent call last):",
				"  File \"/usr/lib64/python3.9/site-packages/subscription_manager/managercli.py\", line 1204, in _do_command",
				"    consumer = self._register_consumer(name, facts, owner_key, environment_ids, activation_keys)",
				"requests.exceptions.ConnectionError: [Errno 111] Connection refused"),
		},
	},
	// Media, chat and security scanners.
	{
		name:   "icecast-error-log",
		source: "Icecast 2 error.log (`[yyyy-MM-dd  HH:mm:ss] LEVL module/function msg`, two spaces between date and clock, four-letter levels EROR WARN INFO DBUG): Icecast docs, 'Config file: Logging' (loglevel); xiph/icecast-server src/logging.c and issues quoting error.log",
		why:    "a bracketed date with two spaces before the clock, then a four-letter level (EROR is Error, DBUG is Debug) and a module/function path",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29  07:41:16] INFO main/main Icecast 2.4.4 server started"),
			we("2026-11-29T07:41:17Z", Debug, "", "[2026-11-29  07:41:17] DBUG source/source_main listener count on /live.ogg now 41"),
			we("2026-11-29T07:41:19Z", Warn, "", "[2026-11-29  07:41:19] WARN connection/_handle_source_request Source (/live.ogg) already in use"),
			we("2026-11-29T07:41:21Z", Error, "", "[2026-11-29  07:41:21] EROR connection/connection_setup_sockets Could not create listener socket on port 8000 bind 0.0.0.0"),
		},
	},
	{
		name:   "openfire",
		source: "Openfire XMPP server's logs/openfire.log (log4j2 `%d{yyyy.MM.dd HH:mm:ss.SSS} %-5p [%t]: %c - %m%n`): igniterealtime/Openfire distribution/src/lib/log4j2.xml; Ignite Realtime community threads quoting openfire.log",
		why:    "a dotted yyyy.MM.dd date, a padded level, the thread in brackets with a colon, then the logger before ` - `; a stack trace belongs to its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026.11.29 07:41:16.123 INFO  [main]: org.jivesoftware.openfire.XMPPServer - Openfire 4.9.0 [Nov 29, 2026, 7:41:16 AM]"),
			we("2026-11-29T07:41:17.402Z", Info, "", "2026.11.29 07:41:17.402 INFO  [main]: org.jivesoftware.openfire.spi.ConnectionListener[socket_c2s-legacyMode] - Started."),
			we("2026-11-29T07:41:19.004Z", Warn, "", "2026.11.29 07:41:19.004 WARN  [socket_c2s-thread-4]: org.jivesoftware.openfire.net.StanzaHandler - Closing session due to incorrect hostname in stream header. Host: chat.example.org. Connection: NIOConnection{peer: /198.51.100.4:51234}"),
			we("2026-11-29T07:41:21.5Z", Error, "",
				"2026.11.29 07:41:21.500 ERROR [TaskEngine-pool-7]: org.jivesoftware.database.DbConnectionManager - Unable to get a connection from the database pool",
				"java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30004ms.",
				"\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)"),
		},
	},
	{
		name:   "gvmd",
		source: "Greenbone Vulnerability Manager's gvmd.log (GLib logging through gvm-libs: `domain  module:LEVEL:yyyy-MM-dd HHhMM.SS zone:pid: msg`, levels DEBUG INFO MESSAGE WARNING CRITICAL): gvm-libs base/logging.c (time format `%Y-%m-%d %Hh%M.%S %Z`); greenbone/gvmd issues and Greenbone community threads quoting gvmd.log",
		why:    "a domain and module before the level, then a time written `07h41.16` with a zone word, then the pid; GLib's MESSAGE is Notice",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "md   main:MESSAGE:2026-11-29 07h41.16 UTC:4120:    Greenbone Vulnerability Manager version 23.10.0 (DB revision 256)"),
			we("2026-11-29T07:41:17Z", Info, "", "md manage:   INFO:2026-11-29 07h41.17 UTC:4131: osp_scanner_feed_version: No feed version available yet. OSPd OpenVAS is still starting"),
			we("2026-11-29T07:41:19Z", Warn, "", "md manage:WARNING:2026-11-29 07h41.19 UTC:4133: Failed to connect to /run/ospd/ospd-openvas.sock"),
			we("2026-11-29T07:41:21Z", Critical, "", "md   main:CRITICAL:2026-11-29 07h41.21 UTC:4133: gvmd: database is wrong version"),
		},
	},
}

// TestFresh7Formats reports every field that comes out wrong on a family without a gap.
func TestFresh7Formats(t *testing.T) { assertTable(t, fresh7Cases) }

// TestFresh7Score logs the seventh fresh figure, for logs trawl was never tuned on, and holds its
// floor: go test ./parse -run TestFresh7Score -v
func TestFresh7Score(t *testing.T) {
	checkScore(t, "fresh7 formats", fresh7Cases, [worldNumFields]float64{98.9, 97.4, 97.4, 94.2})
}
