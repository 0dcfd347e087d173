package parse

import "testing"

// The four-hundred-and-fortieth fresh table, written on 2026-12-06: the labelled datasets'
// domains, a twenty-first pass (Apache, OpenStack, Windows, Linux, Mac, ZooKeeper, Hadoop): other
// components, versions and settings of those same products, in shapes no earlier table holds.
// Each family is one product's documented or observed output: Apache's `ab -g` gnuplot TSV (a
// header row, then apr_ctime's `Sun Nov 29 07:41:16 2026` and the epoch seconds in the first two
// columns); OpenStack Swift's `swift-object-info` run over two .data files (a labelled block an
// object, its Timestamp in ISO form with the epoch in parentheses, a blank line before the ring's
// nodes); Windows' `ipconfig /all` (a header block with Host Name, adapter blocks with a blank line
// after their title and Lease Obtained in the long en-US date); PCP's `pmrep -o csv` (a `Time,`
// header, zone-less `yyyy-MM-dd HH:mm:ss` rows) and `pmrep -p` (two header rows, a bare time of
// day before the columns); macOS `pmset -g assertionslog` (a ruled header, yearless `MM/dd
// HH:mm:ss` rows whose Action words are no levels); ZooKeeper's `srvr` four-letter word polled
// in a loop (a nine-line block whose only time is the build date); YARN's `yarn logs
// -show_container_log_info` (a ruled per-container header, LastModificationTime as
// java.util.Date's `EEE MMM dd HH:mm:ss Z yyyy`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`proxy-server`, `/Nov/2026/`, `swift`, `stack event`,
// `CREATE_IN_PROGRESS`, `;Q;`, `;E;`, `pbs_server`, `tracejob`, `zkTxnLogToolkit`, `LogFormatter`,
// `createSession`, `LogLastModifiedTime`, `LogAggregationType`, `dfsadmin`, `Last contact`,
// `setupapi`, `Section start`, `pfirewall`, `utmpdump`, `ausearch`, `type=PROCTITLE`, `pmset`,
// `Entering Sleep`, `install.log`, `installd`, `ssh-keygen`, `Valid: from`, `logcat -v long`,
// `[ 11-29`, `modsecurity`, `mod_security`, `-A--`, `SparkListener`, `suexec`,
// `Log4jAuditLogger`, `RMAuditLogger`, `opensm`, `sacct`, `bhist`, `wevtutil`, `DhcpSrvLog`,
// `Get-WindowsUpdateLog`, `fsck`, `sftp-server`, `debug1:`, `mntr`, `Proxifier`, `HealthApp`,
// `BGL`, `Thunderbird`, `RAS KERNEL`, `Bytes Already Moved`, `Submitted At`, `Start-Time :`,
// `ApplicationMaster host`, `Streaming query made progress`, `LoggingPodStatusWatcher`,
// `creation time:`, `mmfs`, `lctl`, `ptlrpc`, `SubmitTime=`, `sdiag`, `Get-HotFix`, `InstalledOn`,
// `stripchart`, `w32tm`, `schtasks`, `MPLog`, `robocopy`, `Lease Obtained`, `Lease Expires`,
// `Connection-specific`, `measurements.log`, `tracking.log`, `logrotate`, `vmstat`, `iostat`,
// `list-boots`, `list-timers`, `Start-Date`, `tracing_mark_write`, `-v zone`, `-v year`,
// `mod_jk`, `jk_connect`, `ssl_request_log`, `TLS_AES`, `log_forensic`, `sshd.log`,
// `ProgramData`, `compute service list`, `network agent list`, `launched_at`, `cinder-manage`,
// `volume service list`, `Updated At`, `swift-recon`, `Oldest completion`, `swift-object-info`,
// `Object hash`, `powermetrics`, `Sampled system activity`, `wifi.log`, `airportd`, `jamf`,
// `fsck_apfs`, `lresp=`, `ctime = `, ` map 0% reduce`, `Removing file`, `PurgeTxnLog`,
// `zkCleanup`, `structuredLogging`, `"logger":"SparkContext"`, `oiv`, `ModificationTime`,
// `DECRYPT_EEK`, `kms-audit`, `ConMan`, `ubuntu-advantage`, `uaclient`, `sssd`, `(0x0400)`,
// `netlogon`, `SamLogon`, `MSI (s)`, `managedsoftwareupdate`, `munki`, `node history`,
// `Generated at`, `KRL`, `mpm_winnt`, `Current Time:`, `CurrentTime:`, `ServerMPM`, `exit-info`,
// `ApplicationExitInfo`, `freshclam`, `rkhunter`, `lynis`, `cloud-init`, `qacct`, `condor`,
// `pdsh`, `clush`, `mcelog`, `repadmin`, `wbadmin`, `quser`, `LOGON TIME`, `setupact`,
// `Report.wer`, `sadf`, `update-alternatives`, `dropbox`, `firstInstallTime`, `tmutil`,
// `Date/Time:`, `faillock`, `coredumpctl`, `conntrack`, `supergroup`, `flux dmesg`,
// `broker.info`, `style compact`, `CounterSamples`, `Get-Counter`, `zkSnapShotToolkit`,
// `ZNode Details`, `ip -ts`, `ip monitor`, `reltime`, `Local Time is`, `smartctl`, `dfs -ls`,
// `dfs -stat`, `granularity`, `wmic`, `CSName`, `HotFixID`, `Last Successful Sync`, `gpresult`,
// `Get-WUHistory`, `Statistics since`, `lstart`, `full-iso`, `%TT`, `qa --last`,
// `ACTIVITY_RESUMED`, `usagestats`, `pkgutil`, `install-time`, `kMDItem`, `starttime	seconds`,
// `ab -g`, `penalty:`, `sshd -e`, `INFO  ==>`, `startTimeEpoch`, `Spark Command:`,
// `Rolling upgrade`, `Finalize Time`, `sacctmgr`, `TimeStart`, `sinfo -R`, `showq`, `ZOO_INFO`,
// `"starttime"`, `mmhealth`, `pidstat`, `_x86_64_`, `appops`, `lastanr`, `fs_usage`, `nettop`,
// `launchd.log`, `ReservationName`, `flux jobs`, `mpstat`, `aulast`, `pmrep`, `pmdumplog`,
// `dbinfo`, `FSCK started`, `LastModificationTime`, `show_container_log_info`,
// `submit/start at`, `qtime =`, `-v epoch`, `Time,"`, `wall=`, `dumpsys content`,
// `assertionslog`, `PreventUserIdleSystemSleep`, `pmset -g assertions`, `Created     Prevent`,
// `lfs changelog`, `01CREAT`, `bluetooth_manager`, `USB Event`, `Time taken:`, `spark-sql`,
// `list transactions`, `momctl`, `Zookeeper version:`). `ab -g` and `assertionslog` were only
// candidates' names in fresh418, fresh307 and fresh403; their output is in none.
// `show_container_log_info` is named in fresh157 as a table not confirmed; its rows are in none.
// swift-object-info, ipconfig's lease lines, pmrep and the srvr block are in none. Left out as
// measured already: Swift's proxy-server log and swift-recon, Heat's event list, `openstack
// compute service list` and `nova-manage service list` (whose shape `volume service list`
// repeats), PBS's accounting and tracejob, ZooKeeper's txn-log dump, cons, stat and PurgeTxnLog,
// YARN's aggregated log headers, `hdfs dfsadmin -report`, fsck and `dfs -ls`, setupapi, pfirewall,
// utmpdump, ausearch, pmset's sleep log, install.log, `ssh-keygen -L`, logcat's long, year, zone
// and epoch formats, ModSecurity, Spark's event and JSON logs, Slurm's sacct, sacctmgr and sinfo,
// w32tm, sadf, pidstat, mpstat, fs_usage, nettop, Android's dumpsys services. No Android,
// BGL, Thunderbird, HealthApp, Proxifier or OpenSSH shape was left that is in no table, so none
// is here. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). ab's apr_ctime string and ipconfig's Lease Obtained are local times with no
// zone, taken as UTC (ab's epoch column is the same second); Lease Expires is a time to come, not
// the record's. Swift's Timestamp is UTC and the epoch beside it the same instant; a Mtime in user
// metadata is not the record's. pmrep's CSV time has no zone (UTC); `pmrep -p`'s bare time of day
// is on the clock's day; pmset's `11/29 07:41:16` has no year (2026) and no zone. The srvr block's
// `built on 2024-02-12 22:16 UTC` is the build's date, not the record's: the block has no time.
// YARN's LastModificationTime is converted from +0000. Levels only where the line marks one, and
// none of these does: pmset's Created/Released/TimedOut and Swift's `(valid)` are no levels. The
// host is the record's host field: ipconfig's Host Name in its header block (the adapter blocks
// carry none); Swift's Server:Port lines are the object's storage nodes, ab's and pmrep's lines
// name none, the srvr block and the YARN rows none. A record that spans lines is one entry: a
// Swift block with the blank line before its nodes, an ipconfig block from its title to the
// blank line after its fields, a srvr block from `Zookeeper version:` to `Node count:`. Header
// rows (ab's, pmrep's, pmset's, YARN's rulers and column names) are fed with wskip.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 52ed03a before any rule for it: level 77.1 %, time 66.7 %, host 77.1 %, records 58.3 %.
// That is the macro figure (micro: level 75.0 %, time 67.9 %, host 75.0 %, records 60.7 %), in a
// worktree at 52ed03a with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (ab's gnuplot TSV, both pmrep outputs, pmset's assertionslog); the gaps are
// swift-object-info's block cut after its indented lines, ipconfig's header block after a leading
// blank line and its long Lease Obtained date, ZooKeeper's srvr block split line by line, and YARN's
// indented rows joined to the container header before them.

var fresh440Cases = []worldCase{
	{
		name:   "apache-ab-gnuplot-tsv-starttime",
		source: "Apache httpd's ab with `-g file` (gnuplot TSV: the header `starttime\\tseconds\\tctime\\tdtime\\tttime\\twait`, then one row a request, apr_ctime's local `Www Mmm dd HH:mm:ss yyyy` and the epoch seconds first): the gnuplot scripts of pwdd/java-server benchmark/plot.p and danmayer/coverband test/benchmarks/graph_bench.sh (`every ::2 using 2:5`, the epoch in column 2, ttime in column 5); the row layout from memory of ab.c",
		why:    "a ctime-style date first, an epoch of the same second in the next tab column, then milliseconds; no level, no host",
		entries: []worldEntry{
			wskip("starttime\tseconds\tctime\tdtime\tttime\twait"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026\t1795938076\t0\t3\t3\t3"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026\t1795938076\t1\t4\t5\t4"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026\t1795938077\t0\t12\t12\t11"),
			we("2026-11-29T07:41:19Z", Unknown, "", "Sun Nov 29 07:41:19 2026\t1795938079\t2\t187\t189\t186"),
		},
	},
	{
		name:   "openstack-swift-object-info-report",
		gap:    "trawl ends the block after its indented `  Object hash:` line: from `Content-Type:` on the block's unindented `Label: value` lines are cut from it and the next `Path:` block is joined to them, so the `Timestamp: 2026-11-29T07:41:16.102340 (1795938076.10234)` line gives no time to the Path record and the second block starts no entry",
		source: "OpenStack Swift's `swift-object-info` over .data files on a storage node (Path with indented Account, Container, Object and Object hash; Content-Type; `Timestamp: ISO (epoch)`; the metadata sections; ETag and Content-Length with `(valid)`; Partition and Hash; a blank line; the ring's `Server:Port Device` lines): from memory (a code search for the tool found only clients' object listings)",
		why:    "a labelled block an object; its Timestamp has microseconds and an epoch in parentheses; a user-metadata Mtime is no record time; the storage nodes' addresses are no host; a blank line inside the block",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.10234Z", Unknown, "",
				"Path: /AUTH_f3a91c/photos/2026/11/beach.jpg",
				"  Account: AUTH_f3a91c",
				"  Container: photos",
				"  Object: 2026/11/beach.jpg",
				"  Object hash: 5d1e0c4b7a9f2e3d6c8b1a0f9e7d4c21",
				"Content-Type: image/jpeg",
				"Timestamp: 2026-11-29T07:41:16.102340 (1795938076.10234)",
				"System Metadata:",
				"  No metadata found",
				"User Metadata:",
				"  X-Object-Meta-Mtime: 1795937410.000000",
				"Other Metadata:",
				"  No metadata found",
				"ETag: 7c1f20ab9e34d58a6b0c2d4e8f1a3b59 (valid)",
				"Content-Length: 482113 (valid)",
				"Partition\t812",
				"Hash     \t5d1e0c4b7a9f2e3d6c8b1a0f9e7d4c21",
				"",
				"Server:Port Device\t10.20.1.11:6200 sdb",
				"Server:Port Device\t10.20.1.12:6200 sdc",
				"Server:Port Device\t10.20.1.14:6200 sdb\t [Handoff]",
				""),
			we("2026-11-29T07:43:02.55871Z", Unknown, "",
				"Path: /AUTH_f3a91c/backups/db-0412.tar.gz",
				"  Account: AUTH_f3a91c",
				"  Container: backups",
				"  Object: db-0412.tar.gz",
				"  Object hash: a0e4b19c6d2f7380e5c1b4a9d8f26e07",
				"Content-Type: application/gzip",
				"Timestamp: 2026-11-29T07:43:02.558710 (1795938182.55871)",
				"System Metadata:",
				"  No metadata found",
				"User Metadata:",
				"  No metadata found",
				"Other Metadata:",
				"  No metadata found",
				"ETag: 0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a (valid)",
				"Content-Length: 91827364 (valid)",
				"Partition\t305",
				"Hash     \ta0e4b19c6d2f7380e5c1b4a9d8f26e07",
				"",
				"Server:Port Device\t10.20.1.12:6200 sdb",
				"Server:Port Device\t10.20.1.13:6200 sdd",
				"Server:Port Device\t10.20.1.11:6200 sdc",
				""),
		},
	},
	{
		name:   "windows-ipconfig-all-lease-blocks",
		gap:    "trawl starts no entry at ipconfig's leading blank line (the header block with `Host Name . . . : WS-0412` is not read as a record of its own with that host), and it reads no time from `Lease Obtained. . . : Sunday, November 29, 2026 7:41:16 AM` (the long en-US date with the weekday and AM/PM after dotted labels)",
		source: "Windows' `ipconfig /all` in the en-US culture (a blank line, `Windows IP Configuration`, the dotted `   Label . . . : value` lines with Host Name; each adapter's title, a blank line, its fields with Lease Obtained and Lease Expires as `dddd, MMMM d, yyyy h:mm:ss tt`): from memory",
		why:    "dotted labels; a long en-US date with AM/PM and no zone; Lease Expires is no record time; Host Name is the host of the header block only; a blank line between an adapter's title and its fields",
		entries: []worldEntry{
			we("", Unknown, "WS-0412",
				"",
				"Windows IP Configuration",
				"",
				"   Host Name . . . . . . . . . . . . : WS-0412",
				"   Primary Dns Suffix  . . . . . . . : corp.example",
				"   Node Type . . . . . . . . . . . . : Hybrid",
				"   IP Routing Enabled. . . . . . . . : No",
				"   WINS Proxy Enabled. . . . . . . . : No",
				"   DNS Suffix Search List. . . . . . : corp.example",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Ethernet adapter Ethernet0:",
				"",
				"   Connection-specific DNS Suffix  . : corp.example",
				"   Description . . . . . . . . . . . : Intel(R) Ethernet Connection (7) I219-LM",
				"   Physical Address. . . . . . . . . : 3C-52-82-1A-7F-40",
				"   DHCP Enabled. . . . . . . . . . . : Yes",
				"   Autoconfiguration Enabled . . . . : Yes",
				"   IPv4 Address. . . . . . . . . . . : 10.40.12.77(Preferred) ",
				"   Subnet Mask . . . . . . . . . . . : 255.255.255.0",
				"   Lease Obtained. . . . . . . . . . : Sunday, November 29, 2026 7:41:16 AM",
				"   Lease Expires . . . . . . . . . . : Monday, November 30, 2026 7:41:16 AM",
				"   Default Gateway . . . . . . . . . : 10.40.12.1",
				"   DHCP Server . . . . . . . . . . . : 10.40.0.10",
				"   DNS Servers . . . . . . . . . . . : 10.40.0.11",
				"   NetBIOS over Tcpip. . . . . . . . : Enabled",
				""),
			we("", Unknown, "",
				"Wireless LAN adapter Wi-Fi:",
				"",
				"   Media State . . . . . . . . . . . : Media disconnected",
				"   Connection-specific DNS Suffix  . : ",
				"   Description . . . . . . . . . . . : Intel(R) Wi-Fi 6 AX201 160MHz",
				"   Physical Address. . . . . . . . . : 40-1C-83-2B-9E-11",
				"   DHCP Enabled. . . . . . . . . . . : Yes",
				"   Autoconfiguration Enabled . . . . : Yes",
				""),
		},
	},
	{
		name:   "linux-pcp-pmrep-csv-output",
		source: "Performance Co-Pilot's `pmrep -o csv -t 10s kernel.all.load mem.util.free` (a `Time,\"metric-instance\",…` header, then `yyyy-MM-dd HH:mm:ss,value,…` rows in local time): from memory",
		why:    "a zone-less date and time before a comma; load averages and a byte count are no times; no level, no host",
		entries: []worldEntry{
			wskip(`Time,"kernel.all.load-1 minute","kernel.all.load-5 minute","kernel.all.load-15 minute","mem.util.free"`),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16,0.12,0.10,0.09,14102332"),
			we("2026-11-29T07:41:26Z", Unknown, "", "2026-11-29 07:41:26,0.25,0.13,0.10,14098120"),
			we("2026-11-29T07:41:36Z", Unknown, "", "2026-11-29 07:41:36,1.02,0.31,0.16,13877004"),
			we("2026-11-29T07:41:46Z", Unknown, "", "2026-11-29 07:41:46,0.86,0.30,0.16,13901544"),
		},
	},
	{
		name:   "linux-pcp-pmrep-p-time-of-day",
		source: "Performance Co-Pilot's `pmrep -p -t 10s kernel.all.load mem.util.free` (two header rows of abbreviated metric and instance names, then rows led by a bare `HH:mm:ss`): from memory",
		why:    "a time of day with no date, on the clock's day; right-aligned columns of values after it; header rows with no time",
		entries: []worldEntry{
			wskip(
				"          k.a.load  k.a.load  k.a.load  m.u.free",
				"          1 minute  5 minute  15 minut          "),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16      0.12      0.10      0.09  14102332"),
			we("2026-11-29T07:41:26Z", Unknown, "", "07:41:26      0.25      0.13      0.10  14098120"),
			we("2026-11-29T07:41:36Z", Unknown, "", "07:41:36      1.02      0.31      0.16  13877004"),
		},
	},
	{
		name:   "macos-pmset-assertionslog",
		source: "macOS `pmset -g assertionslog` (a header `Time Action Type PID(Causing PID) ID Name` over a `====` ruler, then rows `MM/dd HH:mm:ss   Action   AssertionType   pid(causing)   0xID   name`): from memory",
		why:    "a yearless slashed date with no zone; the Action word (Created, Released, TimedOut) is no level; a hex id and a pid with a causing pid in parentheses are no times",
		entries: []worldEntry{
			wskip(
				"Time             Action      Type                          PID(Causing PID)    ID                  Name                                              ",
				"====             ======      ====                          ================    ==                  ====                                              "),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29 07:41:16   Created     PreventUserIdleSystemSleep    412                 0x1a2b000192ef      com.apple.audio.BuiltInSpeakerDevice.context.preventuseridlesleep"),
			we("2026-11-29T07:41:20Z", Unknown, "", "11/29 07:41:20   Released    PreventUserIdleSystemSleep    412                 0x1a2b000192ef      com.apple.audio.BuiltInSpeakerDevice.context.preventuseridlesleep"),
			we("2026-11-29T07:41:22Z", Unknown, "", "11/29 07:41:22   Created     PreventSystemSleep            83(1207)            0x1a2b000192f3      com.apple.backupd.SnapshotCreation"),
			we("2026-11-29T07:41:34Z", Unknown, "", "11/29 07:41:34   TimedOut    PreventUserIdleDisplaySleep   1207                0x1a2b000192e0      Playing video"),
		},
	},
	{
		name:   "zookeeper-srvr-polled-blocks",
		gap:    "trawl splits srvr's nine-line block into nine records: `Latency min/avg/max:`, `Received:`, … `Node count:` are not joined to the `Zookeeper version:` line that starts each poll",
		source: "ZooKeeper 3.8's `srvr` four-letter word polled by a loop (`echo srvr | nc zk1 2181` every 10 s: `Zookeeper version: V-hash, built on yyyy-MM-dd HH:mm UTC`, Latency min/avg/max, Received, Sent, Connections, Outstanding, Zxid, Mode, Node count): from memory",
		why:    "a block with no time of its own: the build date is not the record's; no level, no host; each poll's block is one record",
		entries: []worldEntry{
			we("", Unknown, "",
				"Zookeeper version: 3.8.4-9316c2a7a97e1666d8f4593f34dd6fc36ecc436c, built on 2024-02-12 22:16 UTC",
				"Latency min/avg/max: 0/0.3472/41",
				"Received: 18231",
				"Sent: 18240",
				"Connections: 4",
				"Outstanding: 0",
				"Zxid: 0x20000a1f3",
				"Mode: follower",
				"Node count: 412"),
			we("", Unknown, "",
				"Zookeeper version: 3.8.4-9316c2a7a97e1666d8f4593f34dd6fc36ecc436c, built on 2024-02-12 22:16 UTC",
				"Latency min/avg/max: 0/0.3469/41",
				"Received: 18302",
				"Sent: 18311",
				"Connections: 4",
				"Outstanding: 0",
				"Zxid: 0x20000a21c",
				"Mode: follower",
				"Node count: 413"),
			we("", Unknown, "",
				"Zookeeper version: 3.8.4-9316c2a7a97e1666d8f4593f34dd6fc36ecc436c, built on 2024-02-12 22:16 UTC",
				"Latency min/avg/max: 0/0.3471/41",
				"Received: 18377",
				"Sent: 18385",
				"Connections: 5",
				"Outstanding: 0",
				"Zxid: 0x20000a240",
				"Mode: follower",
				"Node count: 413"),
		},
	},
	{
		name:   "hadoop-yarn-logs-show-container-log-info",
		gap:    "trawl joins the right-aligned rows indented with blanks (`                 stderr   2214   Sun Nov 29 07:41:16 +0000 2026   AGGREGATED`) to the ruled `Container: … on node_port` header before them, so no row is an entry of its own and `EEE MMM dd HH:mm:ss +0000 yyyy` in a row is never read as its time",
		source: "Hadoop 3's `yarn logs -applicationId … -show_container_log_info` (per container `Container: id on node_port`, `LogAggregationType:`, a `====` ruler, the column names LogFile LogLength LastModificationTime LogAggregationType, a ruler, then one row a log file with java.util.Date's `EEE MMM dd HH:mm:ss Z yyyy`): from memory (a code search found LogsCLI's neighbours but not the table; fresh157 names it unconfirmed)",
		why:    "a date with a numeric zone between the time and the year, inside right-aligned columns; the node id in the header is no host of the rows; the log length is no time",
		entries: []worldEntry{
			wskip(
				"Container: container_e05_1795900000000_0042_01_000001 on worker-03.example_45454",
				"LogAggregationType: AGGREGATED",
				"=================================================================================================",
				"                LogFile                 LogLength             LastModificationTime     LogAggregationType",
				"================================================================================================="),
			we("2026-11-29T07:41:16Z", Unknown, "", "                 stderr                      2214   Sun Nov 29 07:41:16 +0000 2026             AGGREGATED"),
			we("2026-11-29T07:41:16Z", Unknown, "", "                 stdout                         0   Sun Nov 29 07:41:16 +0000 2026             AGGREGATED"),
			we("2026-11-29T07:41:17Z", Unknown, "", "                 syslog                     48211   Sun Nov 29 07:41:17 +0000 2026             AGGREGATED"),
			wskip(
				"Container: container_e05_1795900000000_0042_01_000002 on worker-07.example_45454",
				"LogAggregationType: AGGREGATED",
				"=================================================================================================",
				"                LogFile                 LogLength             LastModificationTime     LogAggregationType",
				"================================================================================================="),
			we("2026-11-29T07:42:05Z", Unknown, "", "                 stderr                       318   Sun Nov 29 07:42:05 +0000 2026             AGGREGATED"),
			we("2026-11-29T07:42:09Z", Unknown, "", "                 syslog                    102944   Sun Nov 29 07:42:09 +0000 2026             AGGREGATED"),
		},
	},
}

func TestFresh440Formats(t *testing.T) { assertTable(t, fresh440Cases) }
func TestFresh440Score(t *testing.T) {
	checkScore(t, "fresh440 formats", fresh440Cases, [worldNumFields]float64{77.0, 66.6, 77.0, 58.2})
}
