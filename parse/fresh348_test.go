package parse

import "testing"

// The three-hundred-and-forty-eighth fresh table, written on 2026-12-06: the domains of the public
// labelled log datasets (LogPAI's loghub: HDFS, Hadoop, Spark, ZooKeeper, OpenStack, BGL,
// Thunderbird, HPC, Linux, Mac, Windows CBS, Android, HealthApp, Apache, Proxifier, OpenSSH), a
// twelfth pass after fresh16, fresh68, fresh80, fresh102, fresh110, fresh118, fresh127, fresh130,
// fresh151, fresh305 and fresh320: other versions, other daemons and tools of the same systems and
// other settings than the earlier passes hold, in shapes no earlier table holds. Each family is one
// product's documented or observed output: Px, the NTLM/Kerberos proxy helper that Windows users
// put between their applications and a corporate proxy as they would Proxifier, with its --debug
// file (process name, thread name, a bare epoch and the caller chain before the message); HDFS's
// native C++ client libhdfs++ with its default stderr logger (a padded level and component in
// brackets, a ctime-like date, the thread id and the source file); os-net-config as TripleO ran it
// on OpenStack nodes (a bracketed slashed date on a 12-hour clock with AM/PM); .NET for Apache
// Spark's console logger (an ISO 8601 UTC time with seven fractional digits, the machine name, the
// level word, an Exception level whose stack trace follows on indented lines) among the JVM
// DotnetRunner's Spark log4j lines; syslog-ng's configuration syntax-error report (a header, the
// numbered source context with `N---->` markers and a caret line, two blank lines and the
// documentation and contact lines) before the corrected daemon's stamped notices; Apache httpd
// 2.2's error log with mod_whatkilledus' crash report (ctime-stamped `pid N mod_whatkilledus`
// lines without a level, the request dumped on a line of its own); Win32-OpenSSH's early sshd.log
// (a pid and a time of day with a colon before the milliseconds, no date); ZooKeeper's C client
// shell cli_mt (the client library's ZOO_INFO lines among the shell's own untimed watcher and
// completion output and its Stat dump); xDrip4iOS, the diabetes app's trace file (a local time
// with four fractional digits, the app version and build number, a category padded to thirty).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`genotrance`, `px.exe`, `px-proxy`, `MainProcess:`, `process_request_thread`, `do_curl`,
// `Curl info`, `Sent header =>`, `easyhash`, `cntlm`, `NTLM`, `libhdfspp`, `libhdfs++`,
// `Thread id =`, `[FileSystem`, `[RPC `, `[WARN  ]`, `hdfsBuilderConnect`, `os-net-config`,
// `os_net_config`, `Using config file at`, `tripleo`, ` AM] [`, ` PM] [`, `Microsoft.Spark`,
// `dotnet-spark`, `DotnetRunner`, `DotnetBackend`, `JvmBridge`, `ConfigurationService`,
// `[Exception]`, `Running application hooks`, `syslog-ng starting up`, `Error parsing config`,
// `----->`, `syslog-ng documentation`, `Syslog connection accepted`, `whatkilledus`,
// `mod_backtrace`, `end of report`, `request_rec`, `Win32-OpenSSH`, `sshd -E`, `rsyslogd.c:`,
// `rsconf.c:`, `main thread`, `cli_mt`, `cli_st`, `SESSION_EVENT`, `Got a new session id`,
// `ZOO_INFO`, `value_len`, `ephemeralOwner`, `cZxid`, `xdrip`, `xdriptrace`, `xDrip-NSLog`,
// `xdripswift`, `CGMG7`, `NightscoutSyncManager`, `Dexcom`, `HealthApp`, `Proxifier`,
// `ghostunnel`, `opening pipe`, `socat`, `spiped`, `wingate`, `ccproxy`, `fiddler`,
// `Signal-Android`, `PersistentLogger`, `gadgetbridge`, `AndroidAPS`, `openaps`, `ResearchKit`,
// `CareKit`, `HealthKit`, `mca: base`, `UCX `, `libfabric:`, `NCCL INFO`, `munge`, `pmcd`,
// `mdtest`, `HPL_pdgesv`, `lctl dk`, `ptlrpc_expire`, `boinc`, `srun: `, `errpt`,
// `IDENTIFIER TIMESTAMP`, `lssvcevents`, `mapred.JobClient`, `Stage-1 map`, `Total MapReduce CPU`,
// `Task completion events`, `tradefed`, `adb_trace`, `TWRP`, `macports`, `:debug:`, `autopkg`,
// `santad`, `fs_usage`, `CheckSUR`, `wbemcore`, `#I022`, `tracefmt`, `DeliveryOptimization`,
// `Commons Daemon`, `autossh`, `os-refresh-config`, `dib-run-parts`, `Latency min/avg/max`).
// Px, libhdfs++, os-net-config, .NET for Apache Spark, mod_whatkilledus, ZooKeeper's C shell and
// xDrip4iOS are in none (the `[FileSystem` hit is a word in fresh40's DISM line, `[RPC ` a rule's
// own line, the ` AM] [` hits other products' bracketed 12-hour stamps, `ConfigurationService` a
// Java class in fresh50, `[Exception]` another product's tag, `end of report` and `request_rec`
// other products' text, the `xdrip` hit xDrip+ for Android in logcat's brief mode (fresh130)).
// syslog-ng is in fresh90 (its stderr notices under -F -e, its journal lines) and fresh172 (the
// -Fedv trace); its configuration syntax-error report is in none. Apache httpd's error log is in
// dozens of tables; the crash report mod_whatkilledus writes into it is in none. Win32-OpenSSH is
// in fresh30 and fresh309 (its dated `pid yyyy-MM-dd HH:mm:ss.SSS` sshd.log and sftp-server.log)
// and fresh134 (its Operational channel); the time-only file of its first releases is in none.
// ZooKeeper's C client log (the ZOO_ lines) is in fresh112 and fresh320; the cli_mt shell's own
// output among them is in none. Left out as measured already: rsyslogd -dn (fresh90), autossh
// (fresh80), ghostunnel (fresh120), Cntlm (fresh68), Signal for Android (fresh311), xDrip+,
// AndroidAPS and Gadgetbridge (fresh130, fresh311, fresh59), Gnocchi (fresh80), Hadoop's job
// client, history and counters (fresh112, fresh122, fresh151, fresh171, fresh315), the HPC runtimes
// and benchmarks (UCX fresh44, libfabric fresh118, srun fresh41 and fresh131, munged fresh6, PCP
// fresh136, mdtest and IOR fresh118, HPL fresh159, lctl dk fresh16, BOINC fresh10), Android's adb
// server log, Trade Federation and TWRP (fresh14, fresh38, fresh302, fresh31), macOS admin tools
// (MacPorts, AutoPkg, Outset fresh119, Santa fresh18, fs_usage fresh101) and Windows servicing's
// neighbours (CheckSUR fresh126, wbemcore.log fresh80, XP's setupapi.log fresh314, tracefmt
// fresh134, Delivery Optimization fresh331). Left out after the search: ZooKeeper's four-letter
// `srvr` answer (a report, no record), ab's verbose trace (its `LOG:` marker is no level the rules
// map). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Px's third field is epoch seconds; libhdfs++'s `%a %b %e %H:%M:%S %Y`,
// os-net-config's, Apache's ctime, ZooKeeper's `yyyy-MM-dd HH:mm:ss,SSS`, syslog-ng's bracketed ISO
// time and xDrip4iOS's `y-MM-dd HH:mm:ss.SSSS` are local times with no zone, taken as UTC;
// os-net-config's `12:00:07 AM` is seven seconds past midnight and `11:52:40 PM` is 23:52:40;
// .NET for Spark's time carries Z; Win32-OpenSSH's `07:43:02:905` is a time of day with no date,
// on the clock's day. The ZooKeeper shell's own lines, syslog-ng's error report and the dumped
// request carry no time; the ctime and mtime in the Stat dump are the znode's, and the reading's
// timeStamp inside an xDrip4iOS message is the reading's, not the record's. Levels only where the
// line marks one: libhdfs++'s bracketed level, os-net-config's, .NET for Spark's level word (its
// Exception is an error), log4j's level word, Apache's bracketed level, OpenSSH's own `error:`
// prefix, ZOO_INFO; Px, xDrip4iOS, mod_whatkilledus, the ZooKeeper shell and syslog-ng's report
// write none (`Error parsing config` and `WinError 10054` are message text). The host is the
// record's host field: .NET for Spark's machine name; a NameNode, a datanode, a proxy, a client
// address, ZooKeeper's `host.name=` in a message and a peripheral's name are no hosts. A record
// that spans lines is one entry: the .NET exception with its stack, syslog-ng's report with its
// context and blank lines, mod_whatkilledus' request line under its `active request` line, the
// shell's answer to `get` from `time = N msec` to the end of its Stat dump.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit aeb7847 before any rule for it: level 92.2 %, time 72.2 %, host 85.6 %, records 89.4 %.
// That is the macro figure (micro: level 90.2 %, time 66.7 %, host 84.3 %, records 88.2 %), in a
// worktree at aeb7847 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 9 families fully right (libhdfs++, os-net-config's 12-hour clock, mod_whatkilledus' report in the
// error log, xDrip4iOS's trace file); the gaps are Px's bare epoch after the process and thread
// names, the machine name and the Exception level of .NET for Spark's console logger, syslog-ng's
// syntax-error report split into a record per line, Win32-OpenSSH's time of day with a colon before
// the milliseconds, and the ZooKeeper shell's untimed lines joined to the library's last ZOO_INFO
// record.

var fresh348Cases = []worldCase{
	{
		name:   "px-ntlm-proxy-debug-log",
		gap:    "trawl reads no time from Px's `Process-1: Thread-7 (process_request_thread): 1795938076: /do_CONNECT/do_curl/dprint: msg`: the bare epoch in the third colon-separated field, after the process and thread names, is not read as the time",
		source: "Px (genotrance/px, the NTLM/Kerberos proxy helper for Windows) with --debug: px/debug.py's Debug.print writes `process name: thread name: int(time.time()): /caller's caller/caller/dprint: msg`, handler.py's dprint lines carry the curl handle's SHA-1 easyhash before the message, and log_message passes BaseHTTPRequestHandler's request line through dprint; Python 3.10+ thread names `Thread-N (process_request_thread)` from socketserver.ThreadingMixIn; the lines from memory of that code, no pasted log found",
		why:    "a bare epoch as the third colon-separated field, after a thread name with a space and parentheses; the caller chain is no time; no level, no host (the proxy and the destination are peers)",
		entries: []worldEntry{
			we("2026-11-29T07:40:58Z", Unknown, "", "MainProcess: MainThread: 1795938058: /main/run_pool/dprint: Listening on 127.0.0.1:3128 with 2 workers"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Process-1: Thread-7 (process_request_thread): 1795938076: /do_CONNECT/do_curl/dprint: 9c41e0b7d2a84f6e1b3c5a7d9e0f2a4c6b8d1e3f: Path = login.example.com:443"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Process-1: Thread-7 (process_request_thread): 1795938076: /do_curl/get_destination/dprint: 9c41e0b7d2a84f6e1b3c5a7d9e0f2a4c6b8d1e3f: Proxy = [('proxy.corp.example', 8080)]"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Process-1: Thread-7 (process_request_thread): 1795938076: /do_curl/set_curl_auth/dprint: 9c41e0b7d2a84f6e1b3c5a7d9e0f2a4c6b8d1e3f: Using SSPI to login"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Process-1: Thread-7 (process_request_thread): 1795938077: /do_CONNECT/do_curl/dprint: 9c41e0b7d2a84f6e1b3c5a7d9e0f2a4c6b8d1e3f: SSL connected"),
			we("2026-11-29T07:41:17Z", Unknown, "", `Process-1: Thread-7 (process_request_thread): 1795938077: /log_request/log_message/dprint: "CONNECT login.example.com:443 HTTP/1.1" 200 -`),
			we("2026-11-29T07:41:19Z", Unknown, "", "Process-2: Thread-11 (process_request_thread): 1795938079: /handle/handle_one_request/dprint: 5e2d7a90c1b34f68e2d0a9b7c5e3f1a2d4b6c8e0: [WinError 10054] An existing connection was forcibly closed by the remote host"),
		},
	},
	{
		name:   "libhdfspp-stderr-logger",
		source: "HDFS's native C++ client libhdfs++ with its default StderrLogger (`[LEVEL ][Component   ][%a %b %e %H:%M:%S %Y][Thread id = N][libhdfspp/path:line]    msg`, local time, levels TRACE DEBUG INFO WARN ERROR padded to six, components Unknown RPC BlockReader FileHandle FileSystem padded to twelve): apache/hadoop hadoop-hdfs-native-client libhdfspp/lib/common/logging.cc and logging.h",
		why:    "the level and the component in padded brackets before a ctime-like date without a zone; the thread id and the file:line in brackets; the NameNode and the datanode in the messages are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[INFO  ][FileSystem  ][Sun Nov 29 07:41:16 2026][Thread id = 140213887301440][libhdfspp/lib/fs/filesystem.cc:215]    FileSystemImpl::Connect(0x55e3b2c4d8a0, nn=nn1.hadoop.example.net, port=8020) called"),
			we("2026-11-29T07:41:17Z", Warn, "", "[WARN  ][RPC         ][Sun Nov 29 07:41:17 2026][Thread id = 140213878908736][libhdfspp/lib/rpc/rpc_engine.cc:243]    RpcEngine::RpcCommsError called; status=\"Connection refused\" conn=0x7f8a3c001b20 reqs=2"),
			we("2026-11-29T07:41:19Z", Error, "", "[ERROR ][BlockReader ][Sun Nov 29 07:41:19 2026][Thread id = 140213870516032][libhdfspp/lib/connection/datanodeconnection.cc:55]    Error connecting to datanode 10.40.3.21:9866: Connection timed out"),
			we("2026-11-29T07:41:19Z", Debug, "", "[DEBUG ][FileHandle  ][Sun Nov 29 07:41:19 2026][Thread id = 140213870516032][libhdfspp/lib/fs/filehandle.cc:281]    FileHandleImpl::AsyncPreadSome(0x7f8a3c0044f0, offset=134217728) retrying with 1 bad datanode(s)"),
		},
	},
	{
		name:   "os-net-config-tripleo-ampm",
		source: "os-net-config as TripleO's deploy steps ran it on overcloud nodes (`[%Y/%m/%d %I:%M:%S %p] [LEVEL] msg` from cli.py's configure_logger, levels DEBUG INFO WARNING ERROR, no zone): openstack-archive/os-net-config os_net_config/cli.py; the newer `%(asctime)s.%(msecs)03d LEVEL name.func` layout of os-net-config/os-net-config common.py is not this one",
		why:    "a slashed date on a 12-hour clock: 11:52:40 PM is 23:52:40 and 12:00:07 AM is seven seconds past midnight; the level word in brackets; a Python list in the debug line is no time",
		entries: []worldEntry{
			we("2026-11-28T23:52:40Z", Info, "", "[2026/11/28 11:52:40 PM] [INFO] Using config file at: /etc/os-net-config/config.json"),
			we("2026-11-28T23:52:40Z", Info, "", "[2026/11/28 11:52:40 PM] [INFO] Using mapping file at: /etc/os-net-config/mapping.yaml"),
			we("2026-11-28T23:52:41Z", Debug, "", "[2026/11/28 11:52:41 PM] [DEBUG] network_config JSON: [{'type': 'ovs_bridge', 'name': 'br-ex', 'use_dhcp': False, 'addresses': [{'ip_netmask': '192.0.2.14/24'}], 'members': [{'type': 'interface', 'name': 'nic1', 'primary': True}]}]"),
			we("2026-11-29T00:00:07Z", Warn, "", "[2026/11/29 12:00:07 AM] [WARNING] No mapping for nic3 found, skipping interface"),
			we("2026-11-29T00:00:08Z", Info, "", "[2026/11/29 12:00:08 AM] [INFO] running ifup on interface: br-ex"),
			we("2026-11-29T00:00:09Z", Error, "", "[2026/11/29 12:00:09 AM] [ERROR] Failure(s) occurred when applying configuration"),
		},
	},
	{
		name:   "dotnet-spark-console-logger",
		gap:    "trawl reads the ISO time and the Info and Warn words but not the machine name in the second bracket of `[time] [sparkdrv-02] [Level] [Type] msg` as the host, nor the `[Exception]` level word as an error",
		source: ".NET for Apache Spark (Microsoft.Spark) with no logger configured: ConsoleLoggerService writes `[DateTime.UtcNow:o] [Environment.MachineName] [Level] [Type.Name] msg`, LogException as level Exception with the stack trace after a newline; spark-submit's DotnetRunner logs through Spark's log4j on the same console: dotnet/spark src/csharp/Microsoft.Spark/Services/ConsoleLoggerService.cs; dotnet/spark issues #218, #448 and #606 (console pastes)",
		why:    "an ISO 8601 UTC time with seven fractional digits; the machine name in the second bracket is the host; Info, Warn and Exception as level words; the exception's indented `at` lines belong to it; DotnetRunner's `yy/MM/dd` log4j line has no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Info, "", "26/11/29 07:41:15 INFO DotnetRunner: Port number used by DotnetBackend is 41233"),
			we("2026-11-29T07:41:16.4410327Z", Info, "sparkdrv-02", "[2026-11-29T07:41:16.4410327Z] [sparkdrv-02] [Info] [ConfigurationService] Using port 41233 for connection."),
			we("2026-11-29T07:41:16.4497813Z", Info, "sparkdrv-02", "[2026-11-29T07:41:16.4497813Z] [sparkdrv-02] [Info] [JvmBridge] JvMBridge port is 41233"),
			we("2026-11-29T07:41:21.0072216Z", Warn, "sparkdrv-02", "[2026-11-29T07:41:21.0072216Z] [sparkdrv-02] [Warn] [ConfigurationService] 'DOTNET_WORKER_DIR' environment variable is not set, using the application directory"),
			we("2026-11-29T07:41:23.5120948Z", Error, "sparkdrv-02",
				"[2026-11-29T07:41:23.5120948Z] [sparkdrv-02] [Exception] [JvmBridge] JVM method execution failed: Nonstatic method 'csv' failed for class '22' when called with 1 arguments ([Index=1, Type=String, Value=/data/in/readings.csv], )",
				"   at Microsoft.Spark.Interop.Ipc.JvmBridge.CallJavaMethod(Boolean isStatic, Object classNameOrJvmObjectReference, String methodName, Object[] args)",
				"   at Microsoft.Spark.Sql.DataFrameReader.Csv(String[] paths)",
				"   at ReadingsJob.Program.Main(String[] args) in /src/ReadingsJob/Program.cs:line 31"),
		},
	},
	{
		name:   "syslog-ng-config-syntax-error-report",
		gap:    "trawl cuts syslog-ng's syntax-error report after its `Error parsing config, … in file:L:C-L:C:` line: each numbered context line (`57      destination d_edge {`, `62---->     sourc(s_net);`, the caret line) stands as a record of its own, the two blank lines are joined to the last context line, and the `syslog-ng documentation:` and `contact:` lines are records of their own",
		source: "syslog-ng 4.x started with -F -e on a configuration with a typo, then again after the fix: report_syntax_error in lib/cfg-grammar writes `Error parsing %s, %s in %s:%d:%d-%d:%d:`, cfg-source.c's _print_underlined_source_block the context (`%-8s` line numbers, `N---->` on the offending line, a caret line under it), then a blank line, and `\\nsyslog-ng documentation: …\\ncontact: …`; syslog-ng/syslog-ng issue #2040 (a pasted report); the two URLs from memory. syslog-ng's stamped notices under -F -e are fresh90's",
		why:    "the report is one record of seventeen lines, two of them blank, with no time and no level (`Error parsing` opens the message); the numbered lines and the carets are context; the next run's bracketed zone-less ISO times are the notices' own",
		entries: []worldEntry{
			we("", Unknown, "",
				"Error parsing config, syntax error, unexpected LL_IDENTIFIER in /etc/syslog-ng/syslog-ng.conf:62:5-62:10:",
				"57      destination d_edge {",
				`58          file("/srv/logs/${HOST}/messages" create-dirs(yes) perm(0640));`,
				"59      };",
				"60      ",
				"61      log {",
				"62---->     sourc(s_net);",
				"62---->     ^^^^^",
				"63          destination(d_edge);",
				"64      };",
				"65      ",
				"66      # forwarders",
				`67      destination d_fwd { network("10.40.0.9" port(6514) transport(tls)); };`,
				"",
				"",
				"syslog-ng documentation: https://www.syslog-ng.com/technical-documents/list/syslog-ng-open-source-edition",
				"contact: https://lists.balabit.hu/mailman/listinfo/syslog-ng"),
			we("2026-11-29T07:44:02.118406Z", Unknown, "", "[2026-11-29T07:44:02.118406] syslog-ng starting up; version='4.8.1'"),
			we("2026-11-29T07:44:02.130577Z", Unknown, "", "[2026-11-29T07:44:02.130577] Syslog connection accepted; fd='14', client='AF_INET(10.40.2.17:51344)', local='AF_INET(0.0.0.0:601)'"),
		},
	},
	{
		name:   "httpd-mod-whatkilledus-crash-report",
		source: "Apache httpd 2.2 (EnableExceptionHook on) with mod_whatkilledus, whose crash report goes into the error log as `[ctime] pid N mod_whatkilledus …` lines with no level: `sig N crash`, `active connection: client->server (conn_rec …)`, `active request (request_rec …):` with the request line and headers joined by `|` on the next line, `end of report`; then the parent's notice for the dead child: emptyhammock.com/projects/httpd/diag/legacy_exception_hook.html and IBM's IHS diagnostic page for mod_whatkilledus (example reports)",
		why:    "a ctime with no zone; the report's lines carry no level, Apache's own carry [notice]; the dumped request on its own line belongs to the `active request` line; the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "[Sun Nov 29 07:41:16 2026] [notice] Apache/2.2.34 (Unix) mod_ssl/2.2.34 OpenSSL/1.0.2k-fips configured -- resuming normal operations"),
			we("2026-11-29T07:52:03Z", Unknown, "", "[Sun Nov 29 07:52:03 2026] pid 30412 mod_whatkilledus sig 11 crash"),
			we("2026-11-29T07:52:03Z", Unknown, "", "[Sun Nov 29 07:52:03 2026] pid 30412 mod_whatkilledus active connection: 198.51.100.23:50412->10.10.4.20:443 (conn_rec 7f3a1c0042a0)"),
			we("2026-11-29T07:52:03Z", Unknown, "",
				"[Sun Nov 29 07:52:03 2026] pid 30412 mod_whatkilledus active request (request_rec 7f3a1c00e8b8):",
				"POST /cgi-bin/report.cgi?fmt=pdf HTTP/1.1|Host:reports.example.org|User-Agent:curl/8.5.0|Content-Length:2211"),
			we("2026-11-29T07:52:03Z", Unknown, "", "[Sun Nov 29 07:52:03 2026] pid 30412 mod_whatkilledus end of report"),
			we("2026-11-29T07:52:04Z", Notice, "", "[Sun Nov 29 07:52:04 2026] [notice] child pid 30412 exit signal Segmentation fault (11)"),
		},
	},
	{
		name:   "win32-openssh-early-time-only-log",
		source: "Win32-OpenSSH before 7.9 (0.0.x releases) with SyslogFacility LOCAL0: its win32compat syslog() shim writes sshd.log as `%d %02d:%02d:%02d:%03d %s` from GetCurrentProcessId and GetLocalTime (a pid, a time of day with a colon before the milliseconds, no date), the message keeping OpenSSH's own `error:` prefix: the win32compat syslog.c found with the code search; PowerShell/Win32-OpenSSH issues #1351 and #1415 (users asking for the missing date). The dated layout of later releases is fresh30's",
		why:    "a pid, then a time of day without a date (the clock's day) whose milliseconds follow a colon; `error:` is OpenSSH's level; the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.409Z", Error, "", `2140 07:41:16:409 error: Could not load host key: __PROGRAMDATA__\ssh/ssh_host_ecdsa_key`),
			we("2026-11-29T07:41:16.412Z", Unknown, "", "2140 07:41:16:412 Server listening on 0.0.0.0 port 22."),
			we("2026-11-29T07:41:16.415Z", Unknown, "", "2140 07:41:16:415 Server listening on :: port 22."),
			we("2026-11-29T07:43:02.905Z", Unknown, "", "5172 07:43:02:905 Accepted publickey for svc_sftp from 10.20.4.31 port 52114 ssh2: RSA SHA256:q1XkR7v0bN3mT8yW2cL5pD9hF4sJ6gA1zE0uI3oK7nM"),
			we("2026-11-29T07:43:03.018Z", Unknown, "", "5172 07:43:03:018 Starting session: subsystem 'sftp' for svc_sftp from 10.20.4.31 port 52114 id 0"),
			we("2026-11-29T07:45:11.73Z", Unknown, "", "5172 07:45:11:730 Received disconnect from 10.20.4.31 port 52114:11: disconnected by user"),
		},
	},
	{
		name:   "zookeeper-c-cli-mt-session",
		gap:    "trawl joins the cli_mt shell's untimed lines to the ZOO_INFO record before them: `Watcher SESSION_EVENT state = CONNECTED_STATE`, `Got a new session id: 0x…`, the `get` answer from `time = 3 msec` to the end of its Stat dump and the later `Watcher CHANGED_EVENT …` line become continuation lines of the `session establishment complete` record instead of records of their own",
		source: "ZooKeeper 3.9's C client shell cli_mt (`cli_mt zk1.example.net:2181,…` then `get /ingest/leader`): the client library's log lines on stderr from zk_log.c (`yyyy-MM-dd HH:mm:ss,SSS:pid(0xtid):ZOO_LEVEL@function@line: msg`, local time) and cli.c's own fprintf(stderr) lines: the watcher's `Watcher TYPE state = STATE[ for path P]`, `Got a new session id: 0x…`, my_data_completion's `time = N msec`, `path: rc = N`, ` value_len = N`, the value, `Stat:` and dumpStat's tab-led lines: apache/zookeeper zookeeper-client/zookeeper-client-c/src/cli.c and zk_log.c",
		why:    "ZOO_INFO is the level and the comma time the record's; the shell's own lines carry no time and no level and are records of their own; the answer to `get` (timing, rc, value, Stat dump) is one record whose ctime and mtime are the znode's; `host.name=` in a message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204:4120(0x7f3c1b2a0740):ZOO_INFO@log_env@1250: Client environment:zookeeper.version=zookeeper C client 3.9.2"),
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204:4120(0x7f3c1b2a0740):ZOO_INFO@log_env@1254: Client environment:host.name=build-07"),
			we("2026-11-29T07:41:16.205Z", Info, "", "2026-11-29 07:41:16,205:4120(0x7f3c1b2a0740):ZOO_INFO@zookeeper_init_internal@1303: Initiating client connection, host=zk1.example.net:2181,zk2.example.net:2181,zk3.example.net:2181 sessionTimeout=30000 watcher=0x55d1c2a3b4c5 sessionId=0 sessionPasswd=<null> context=(nil) flags=0"),
			we("2026-11-29T07:41:16.226Z", Info, "", "2026-11-29 07:41:16,226:4120(0x7f3c1a9ff6c0):ZOO_INFO@check_events@2936: session establishment complete on server 10.30.1.11:2181, sessionId=0x1000a2b3c4d0005, negotiated timeout=30000"),
			we("", Unknown, "", "Watcher SESSION_EVENT state = CONNECTED_STATE"),
			we("", Unknown, "", "Got a new session id: 0x1000a2b3c4d0005"),
			we("", Unknown, "",
				"time = 3 msec",
				"/ingest/leader: rc = 0",
				" value_len = 11",
				"worker-03:7",
				"Stat:",
				"\tctime = Sun Nov 29 07:30:44 2026",
				"\tczxid=10000002a",
				"\tmtime=Sun Nov 29 07:41:02 2026",
				"\tmzxid=100000031",
				"\tversion=4\taversion=0",
				"\tephemeralOwner = 0"),
			we("", Unknown, "", "Watcher CHANGED_EVENT state = CONNECTED_STATE for path /ingest/leader"),
		},
	},
	{
		name:   "xdrip4ios-trace-file",
		source: "xDrip4iOS (JohanDegraeve/xdripswift, the open-source CGM app for iPhone) trace file xdriptrace.0.log as sent with an issue report: Trace.swift's trace() writes `timeStamp + \" \" + applicationVersion + \" \" + buildNumber + \" \" + category + \" \" + message`, the time in ConstantsLog.dateFormatNSLog `y-MM-dd HH:mm:ss.SSSS` (the phone's local time), the category padded to thirty characters in ConstantsLog.swift, no level: xdrip/Utilities/Trace.swift and xdrip/Constants/ConstantsLog.swift; the build number 4228 as issue #731 reports one",
		why:    "a zone-less time with four fractional digits, then a version and a build number that are no times; a padded category; the reading's timeStamp inside a message is not the record's; no level, no host (the peripheral is a transmitter)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29 07:41:16.2040 6.3.1 4228 BluetoothPeripheralManager     in didConnect, peripheral name = DXCMq7"),
			we("2026-11-29T07:41:16.9115Z", Unknown, "", "2026-11-29 07:41:16.9115 6.3.1 4228 CGMG7                          received glucose rx message, sequence = 8812, glucose = 142, algorithm state = okay"),
			we("2026-11-29T07:41:17.0468Z", Unknown, "", "2026-11-29 07:41:17.0468 6.3.1 4228 ApplicationDataBgReadings      in addBgReading, calculatedValue = 142.0, timeStamp = 2026-11-29 07:41:12"),
			we("2026-11-29T07:41:17.3302Z", Unknown, "", "2026-11-29 07:41:17.3302 6.3.1 4228 NightscoutSyncManager          in uploadBgReadingsToNightscout, number of readings to upload : 1"),
			we("2026-11-29T07:41:18.0021Z", Unknown, "", "2026-11-29 07:41:18.0021 6.3.1 4228 AlertManager                   in checkAlert, alertKind = high, currentBgReading = 142, no alert needed"),
			we("2026-11-29T07:41:21.557Z", Unknown, "", "2026-11-29 07:41:21.5570 6.3.1 4228 HealthKitManager               in storeBgReadings, storing 1 reading(s) in HealthKit"),
		},
	},
}

func TestFresh348Formats(t *testing.T) { assertTable(t, fresh348Cases) }
func TestFresh348Score(t *testing.T) {
	checkScore(t, "fresh348 formats", fresh348Cases, [worldNumFields]float64{92.1, 83.2, 85.5, 89.3})
}
