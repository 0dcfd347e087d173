package parse

import "testing"

// The four-hundred-and-forty-eighth fresh table, written on 2026-12-06: the labelled datasets'
// domains, a twenty-second pass (Spark, Windows, OpenStack, ZooKeeper, Mac, Android, HDFS,
// Linux): other components, versions and settings of those same products, in shapes no earlier
// table holds. Each family is one product's documented or observed output: Spark's GraphiteSink
// caught on the wire with `nc -lk 2003` (Graphite's plaintext `path value epoch`, the time last);
// Windows' `klist` (a LogonId banner, then a tab-indented block a ticket with Start Time in the
// zone-less `M/d/yyyy H:mm:ss (local)`); OpenStack's `openstack volume message list` (Cinder's user
// messages in a cliff table, a Message Level column and a zone-less Created At with microseconds);
// ZooKeeper 3.9's AdminServer `last_snapshot` command polled with curl (a pretty-printed JSON
// object whose only time is an epoch-seconds timestamp); macOS's DTrace `execsnoop -v` (a STRTIME
// column in DTrace's `%Y` form `2026 Nov 29 07:41:16`); Android's `dumpsys vibrator` on Android 11
// (the Previous … vibrations sections, each entry `startTime: yyyy-MM-dd HH:mm:ss.SSS, effect: …`);
// HDFS's `hdfs crypto -listReencryptionStatus` (a TableListing with Submission and Completion
// Times as `yyyy-MM-dd HH:mm:ss,SSS+0000`); systemd's `journalctl --header` (one block a journal
// file, its Head and Tail realtime timestamps with their hex usec in parentheses).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`Last contact`, `dfsadmin -report`, `Start-Time`, `application
// -status`, `Streaming query made progress`, `SparkListener`, `ctime =`, `zkTxnLogToolkit`,
// `createSession`, `lresp=`, `llat=`, `SubmitTime=`, `sdiag`, `tracejob`, `bhist`, `wevtutil`,
// `pfirewall`, `stripchart`, `w32tm`, `last -F`, `list-boots`, `ausearch`, `lastUpdateTime`,
// `dumpstate`, `modsec`, `suexec`, `mod_jk`, `jk_connect`, `Valid: from`, `ssh-keygen`,
// `CREATE_IN_PROGRESS`, `stack event`, `wifi.log`, `fs_usage`, `softwareupdate`, `airportd`, `oiv`,
// `ModificationTime`, `OP_ADD`, `FSCK started`, `FSNamesystem.audit`, `Bytes Already Moved`,
// `dncp_block`, `genstamp=`, `Submitted At`, `JOB_SUBMITTED`, `accessCount=`, `RMAuditLogger`,
// `startTimeEpoch`, `LoggingPodStatusWatcher`, `client token:`, `CsvSink`, `-- Gauges`,
// `Log4jAuditLogger`, `znode_type`, `expire at`, `ReservationName=`, `LastBusyTime`, `flux dmesg`,
// `broker.info`, `pbs_mom;`, `osm_`, `Get-HotFix`, `InstalledOn`, `Original Install Date`, `LOGON
// TIME`, `Last logon`, `robocopy`, `repadmin`, `coredumpctl`, `timedatectl`, `faillock`,
// `Start-Date`, `rpm -qa --last`, `mcelog`, `Hardware event`, `ras-mc-ctl`, `dropbox`,
// `ApplicationExitInfo`, `ACTIVITY_RESUMED`, `Process uptime`, `Restart Time`, `log_forensic`,
// `ErrorLogFormat`, `clash`, `v2ray`, `penalty:`, `sftp-server`, `ProgramData`, `token issue`,
// `vars in`, `ovs-vswitchd`, `running 'modules`, `alarm-history`, `style compact`, `fsck_apfs`,
// `launchd.log`, `daily.out`, `jamf`, `managedsoftwareupdate`, `server-status`,
// `ServerUptimeSeconds`, `CurrentTime:`, `Last-Health-Update`, `Node-State`, `structuredLogging`,
// `NNStarted`, `InitialDetectionTime`, `MPLog`, `utmpdump`, `aureport`, `SUBDEBUG`, `Log started:`,
// `update-alternatives`, `sssd`, `ALPM`, `rkhunter`, `freshclam`, `lynis`, `netlogon`, `SamLogon`,
// `DhcpSrvLog`, `MSI (s)`, `Last Successful Sync`, `myid:`, `map 100%`, `cacheadmin`,
// `dfsrouteradmin`, `kms-audit`, `ScriptLog`, `%% [`, `swift-recon`, `stack.sh`, `devstack`,
// `sockd`, `dante`, `redsocks`, `powermetrics`, `Sampled system activity`, `OpenSSH/Operational`,
// `sshd.log`, `rec[0]`, `octavia`, `amphora`, `conserver`, `[pod/`, `RewriteLog`, `rid#`,
// `cinder-manage`, `Date/Time:`, `socketfilterfw`, `opendirectoryd`, `tracing_mark_write`,
// `diskbalancer`, `Reencryption`, `EZKey`, `Submission Time`, `Counters: `, `submissionTime`,
// `kazoo`, `InstanceID`, `klist`, `Renew Time`, `Kdc Called`, `Cache Flags`, `Cached Tickets`,
// `Kerberos`, `shadow copy set`, `vssadmin`, `Ref time`, `system boot`, `Head realtime`, `Tail
// realtime`, `ActiveEnterTimestamp`, `KERNEL[`, `Begin time`, `zypp`, `today at`, `snap changes`,
// `flatpak`, `action_account_add`, `createTime`, `safe primes`, `moduli`, `sshd-session`, `Message
// Level`, `volume message`, `ppp.log`, `Cluster Utilization`, `START_TIME`, `LogTimeFormat`,
// `JOB_NEW`, `JOB_FINISH`, `all.q:`, `<stdout>:`, `timestamp-output`, `mod_evasive`, `msec_frac`,
// `htcacheclean`, `FileSink`, `JvmMetrics:`, `memUsed_MB`, `graphite`, `GraphiteSink`,
// `jvm.heap.used`, `slurmd: debug`, `srun: `, `][info][gc`, `zookeeper_gc`, `last_snapshot`,
// `Previous Registrations`, `Previous vibrations`, `vibrator`, `execsnoop`, `opensnoop`, `STRTIME`,
// `walltimestamp`, `pbs_rstat`, `eventlog`, `submit userid`, `flux job`, `startedTime`,
// `launchTime`, `Camera service`, `media.camera`, `LOG: header received`, `dumpio`, `last-run`,
// `sysadminctl`). Spark's metrics are in fresh151 (ConsoleSink), fresh320 (CsvSink and Slf4jSink)
// and fresh49 (Hadoop's FileSink); the Graphite plaintext lines are in none. Windows' Kerberos
// tickets, Cinder's user messages, ZooKeeper's last_snapshot, DTrace's execsnoop -v (bcc's
// execsnoop -T is fresh178's), the re-encryption status table and the journal file header are in
// none. The `vibrator` grep found fresh229's Android 14 `dumpsys vibrator_manager` (VibratorManager
// Service's `Recent vibrations:` with `createTime: MM-dd …` entries), seen only after this table's
// first run; Android 11's `dumpsys vibrator` here is the older VibratorService, with section headers
// per usage and a `startTime: yyyy-MM-dd …` entry, in no table, and its gap is the same mechanism. Left out as measured already: the srvr, cons, dump and stat outputs of
// ZooKeeper, vssadmin, dnf history, snap changes, zypper's history, Flux's eventlog, srun's own
// lines, the vibrator-free dumpsys services (sensorservice, telecom, media.camera, account), the
// Swift, Heat and nova-manage outputs, mod_evasive, powermetrics, execsnoop -T. No Proxifier,
// HealthApp, BGL, Thunderbird, Apache httpd or OpenSSH shape was left that a search could confirm
// and no table holds, so none is here. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Graphite's last field is epoch seconds; klist's Start Time is a local time
// with no zone, taken as UTC (End and Renew Time are later, not the ticket's own); Cinder's Created
// At has no zone and is UTC (Guaranteed Until is to come); the last_snapshot timestamp is epoch
// seconds (the snapshot file's modification time, the object's only time); DTrace's `%Y` and the
// vibrator's startTime carry no zone and are taken as UTC; the re-encryption row's time is its
// Submission Time (Completion Time is later), converted from +0000; a journal header's time is its
// Head realtime timestamp (the file's first entry; the Tail is later, as fresh379 took dnf's Begin
// time over its End time). Levels only where the line marks one: Cinder's Message Level column;
// klist's flags, the vibrator's usage and reason, a Status of `Failed` or `Completed` and a journal
// State are no levels. No family has a host field: klist's Kdc Called is the KDC the ticket came
// from (a peer), the vibrator's opPkg is an app, and a Machine ID is no host name. A record that
// spans lines is one entry: a klist ticket from its `#N>` line through Kdc Called and the blank line
// after it, a pretty-printed last_snapshot object from `{` to `}`, a journal header from File path
// to Disk usage and the blank line after it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7e13a53 before any rule for it: level 75.0 %, time 75.0 %, host 87.5 %, records 75.0 %.
// That is the macro figure (micro: level 65.6 %, time 68.8 %, host 75.0 %, records 68.8 %), in a
// worktree at 7e13a53 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (Spark's Graphite lines, klist's tickets, ZooKeeper's last_snapshot,
// execsnoop -v and the re-encryption table); the gaps are the Message Level column of Cinder's
// cliff table, the vibrator dump's sections and entries (all joined to its `Vibrator Service:`
// header), and the journal header's blocks (cut after File path, no time read).

var fresh448Cases = []worldCase{
	{
		name:   "spark-graphitesink-plaintext-nc-capture",
		source: "Spark's metrics.properties with `*.sink.graphite.class=org.apache.spark.metrics.sink.GraphiteSink`, `*.sink.graphite.prefix=spark` and JvmSource on the driver and executors, the sink's port read with `nc -lk 2003` (Dropwizard's GraphiteReporter writing Graphite's plaintext `metric.path value epoch-seconds` a line): the metrics.properties examples in gists ryan-williams/9bf8ae842e02dbc9ab93 and thiagoavadore/2cb0bd58b253496b7ac51573e342a472, Hadoop's GraphiteSink javadoc (the same plaintext protocol); the metric names from memory",
		why:    "the only time is the epoch seconds at the end of the line; the application id in the path carries a date that is no time; the value before it is a number, not a time; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "spark.app-20261129074052-0012.driver.jvm.heap.used 412350272 1795938076"),
			we("2026-11-29T07:41:16Z", Unknown, "", "spark.app-20261129074052-0012.driver.BlockManager.memory.remainingMem_MB 2004 1795938076"),
			we("2026-11-29T07:41:16Z", Unknown, "", "spark.app-20261129074052-0012.driver.DAGScheduler.stage.runningStages 1 1795938076"),
			we("2026-11-29T07:41:26Z", Unknown, "", "spark.app-20261129074052-0012.1.executor.threadpool.activeTasks 4 1795938086"),
			we("2026-11-29T07:41:26Z", Unknown, "", "spark.app-20261129074052-0012.1.jvm.pools.G1-Old-Gen.usage 0.2117 1795938086"),
			we("2026-11-29T07:41:36Z", Unknown, "", "spark.app-20261129074052-0012.driver.jvm.heap.used 598113504 1795938096"),
		},
	},
	{
		name:   "windows-klist-cached-tickets-blocks",
		source: "Windows' `klist` (tickets) in cmd on a domain member: `Current LogonId is 0:0x…`, `Cached Tickets: (N)`, then per ticket `#N>` with tab-indented Client, Server, KerbTicket Encryption Type, Ticket Flags, Start Time / End Time / Renew Time as `M/d/yyyy H:mm:ss (local)`, Session Key Type, Cache Flags and Kdc Called: Microsoft's klist reference (Windows Server 2008 R2, the fields' meaning) and klist pastes in public write-ups found with find_string (`Kdc Called:`)",
		why:    "a banner, then a block a ticket; the Start Time is the ticket's own time in a zone-less `11/29/2026 7:41:16 (local)` (an unpadded hour); End and Renew Time are later; Kdc Called names the KDC, a peer, not the host",
		entries: []worldEntry{
			wskip("",
				"Current LogonId is 0:0x5c1f2a",
				"",
				"Cached Tickets: (3)",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"#0>\tClient: mhoward @ CORP.EXAMPLE.NET",
				"\tServer: krbtgt/CORP.EXAMPLE.NET @ CORP.EXAMPLE.NET",
				"\tKerbTicket Encryption Type: AES-256-CTS-HMAC-SHA1-96",
				"\tTicket Flags 0x40e10000 -> forwardable renewable initial pre_authent name_canonicalize ",
				"\tStart Time: 11/29/2026 7:41:16 (local)",
				"\tEnd Time:   11/29/2026 17:41:16 (local)",
				"\tRenew Time: 12/6/2026 7:41:16 (local)",
				"\tSession Key Type: AES-256-CTS-HMAC-SHA1-96",
				"\tCache Flags: 0x1 -> PRIMARY ",
				"\tKdc Called: dc02.corp.example.net",
				""),
			we("2026-11-29T07:43:02Z", Unknown, "",
				"#1>\tClient: mhoward @ CORP.EXAMPLE.NET",
				"\tServer: cifs/fs01.corp.example.net @ CORP.EXAMPLE.NET",
				"\tKerbTicket Encryption Type: AES-256-CTS-HMAC-SHA1-96",
				"\tTicket Flags 0x40a50000 -> forwardable renewable pre_authent ok_as_delegate name_canonicalize ",
				"\tStart Time: 11/29/2026 7:43:02 (local)",
				"\tEnd Time:   11/29/2026 17:41:16 (local)",
				"\tRenew Time: 12/6/2026 7:41:16 (local)",
				"\tSession Key Type: AES-256-CTS-HMAC-SHA1-96",
				"\tCache Flags: 0 ",
				"\tKdc Called: dc02.corp.example.net",
				""),
			we("2026-11-29T09:05:47Z", Unknown, "",
				"#2>\tClient: mhoward @ CORP.EXAMPLE.NET",
				"\tServer: HTTP/intranet.corp.example.net @ CORP.EXAMPLE.NET",
				"\tKerbTicket Encryption Type: AES-256-CTS-HMAC-SHA1-96",
				"\tTicket Flags 0x40a10000 -> forwardable renewable pre_authent name_canonicalize ",
				"\tStart Time: 11/29/2026 9:05:47 (local)",
				"\tEnd Time:   11/29/2026 17:41:16 (local)",
				"\tRenew Time: 12/6/2026 7:41:16 (local)",
				"\tSession Key Type: AES-256-CTS-HMAC-SHA1-96",
				"\tCache Flags: 0 ",
				"\tKdc Called: dc01.corp.example.net",
				""),
		},
	},
	{
		name:   "openstack-volume-message-list-cliff-table",
		gap:    "trawl reads each row's Created At and keeps the rows apart but reads no level: the `ERROR` in the Message Level column of a `| … |` cliff table row is not read as the row's level",
		source: "python-openstackclient's `openstack volume message list` (Block Storage v3.3+, Cinder's user messages in cliff's table: ID, Event ID, Resource Type, Resource UUID, Message Level, User Message, Request ID, Created At, Guaranteed Until; Created At as Cinder's zone-less isoformat with microseconds): docs.openstack.org python-openstackclient volume-message, openstacksdk block_storage v3 message (message_level, only ERROR), Cinder's contributor docs 'User Messages'; the column order from memory",
		why:    "a ruled table; the Message Level column is the row's level; Created At has no zone and is the row's time; Guaranteed Until is a time to come; the request id and UUIDs are no times",
		entries: []worldEntry{
			wskip("+--------------------------------------+-----------------------+---------------+--------------------------------------+---------------+---------------------------------------------------------------------------------+------------------------------------------+----------------------------+----------------------------+",
				"| ID                                   | Event ID              | Resource Type | Resource UUID                        | Message Level | User Message                                                                    | Request ID                               | Created At                 | Guaranteed Until           |",
				"+--------------------------------------+-----------------------+---------------+--------------------------------------+---------------+---------------------------------------------------------------------------------+------------------------------------------+----------------------------+----------------------------+"),
			we("2026-11-29T07:41:16.482113Z", Error, "", "| 7e2c41d9-0b5a-4f3e-9c18-2a6d8e0f4b71 | VOLUME_VOLUME_001_002 | VOLUME        | c4a1e8f2-93d7-4b60-a2e5-1f8b0d6c3a94 | ERROR         | schedule allocate volume:Could not find any available weighted backend.         | req-3b9e1f07-62c4-4d8a-b0e3-9a71c5d2e684 | 2026-11-29T07:41:16.482113 | 2026-12-29T07:41:16.482113 |"),
			we("2026-11-29T07:52:40.007921Z", Error, "", "| 19f0a3c6-7d2e-4b85-a41c-6e9b3d0f2c58 | VOLUME_VOLUME_005_011 | VOLUME        | 5b3d9e07-c2a1-4f68-8e4b-0d7a6c1f9e23 | ERROR         | copy image to volume:An error occurred while downloading the image from Glance. | req-f04c7a2e-1b9d-4e63-8a5f-2c0e7d9b4a16 | 2026-11-29T07:52:40.007921 | 2026-12-29T07:52:40.007921 |"),
			we("2026-11-29T08:03:12.660450Z", Error, "", "| a8d6c2f1-4e07-4b93-b5d1-7c3e0a9f6b42 | VOLUME_VOLUME_002_003 | VOLUME        | e1f7b3a0-2d94-4c6e-9f08-b5a2c7d1e360 | ERROR         | attach volume:Could not attach the volume.                                      | req-6c2a9d14-8e3b-4f70-a1d5-0b9e7c3f2a68 | 2026-11-29T08:03:12.660450 | 2026-12-29T08:03:12.660450 |"),
			wskip("+--------------------------------------+-----------------------+---------------+--------------------------------------+---------------+---------------------------------------------------------------------------------+------------------------------------------+----------------------------+----------------------------+"),
		},
	},
	{
		name:   "zookeeper-adminserver-last-snapshot-polled",
		source: "ZooKeeper 3.9's AdminServer `last_snapshot` command read in a loop with `curl -s http://zk2:8080/commands/last_snapshot` (Jackson's pretty printer: `{`, `\"zxid\" : \"0x…\"`, `\"timestamp\" : epoch-seconds`, `\"command\" : \"last_snapshot\"`, `\"error\" : null`, `}`): ZooKeeper's SnapshotInfo (the zxid and the snapshot file's last-modified timestamp) in the code corpus, zookeeperAdmin.md's AdminServer section; the key order and the seconds unit from memory",
		why:    "a multi-line JSON object a poll; its only time is the epoch-seconds timestamp (the snapshot's), repeated while no newer snapshot is taken; the hex zxid is no time",
		entries: []worldEntry{
			we("2026-11-29T07:12:09Z", Unknown, "",
				"{",
				`  "zxid" : "0x50000a41c",`,
				`  "timestamp" : 1795936329,`,
				`  "command" : "last_snapshot",`,
				`  "error" : null`,
				"}"),
			we("2026-11-29T07:12:09Z", Unknown, "",
				"{",
				`  "zxid" : "0x50000a41c",`,
				`  "timestamp" : 1795936329,`,
				`  "command" : "last_snapshot",`,
				`  "error" : null`,
				"}"),
			we("2026-11-29T07:38:40Z", Unknown, "",
				"{",
				`  "zxid" : "0x50001b3f7",`,
				`  "timestamp" : 1795937920,`,
				`  "command" : "last_snapshot",`,
				`  "error" : null`,
				"}"),
		},
	},
	{
		name:   "macos-dtrace-execsnoop-v-strtime",
		source: "DTraceToolkit's execsnoop shipped in macOS /usr/bin (run with `sudo execsnoop -v` where SIP allows DTrace): a header `STRTIME UID PID PPID ARGS`, each row starting with D's `printf(\"%-20Y \", walltimestamp)`, i.e. `yyyy Mon dd HH:mm:ss`: Brendan Gregg's process-execution.d from 'Dynamic Tracing in Oracle Solaris, Mac OS X, and FreeBSD' (yurivict/freebsd-dtrace-scripts, the same `%-20Y` walltimestamp column), DTraceToolkit's execsnoop header; the -v column order from memory",
		why:    "the year first, then an abbreviated month and the day (`2026 Nov 29 07:41:16`), no zone; the uid, pid and ppid columns are no times; no level, no host",
		entries: []worldEntry{
			wskip("STRTIME                UID   PID  PPID ARGS"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026 Nov 29 07:41:16   501 18812   701 /usr/bin/git status --porcelain"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026 Nov 29 07:41:16   501 18813 18812 /usr/libexec/git-core/git-fsmonitor--daemon run"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026 Nov 29 07:41:19     0 18820     1 /usr/libexec/xpcproxy com.apple.mdworker.shared.0F000000-0000-0000-0000-000000000000"),
			we("2026-11-29T07:41:23Z", Unknown, "", "2026 Nov 29 07:41:23   501 18829  9104 /bin/zsh -c brew update --quiet"),
		},
	},
	{
		name:   "android-dumpsys-vibrator-previous-sections",
		gap:    "trawl joins the whole dump to its first line `Vibrator Service:`: the two-space `  Previous … vibrations:` section headers and the four-space `    startTime: 2026-11-29 07:41:16.218, effect: …` entries are taken as continuation lines, so no entry starts at them and no entry's startTime is read",
		source: "Android 11's `adb shell dumpsys vibrator` (VibratorService.dump: the state lines, then `  Previous ring vibrations:`, `  Previous notification vibrations:`, `  Previous alarm vibrations:`, `  Previous vibrations:` and `  Previous external vibrations:`, each entry indented four spaces as VibrationInfo.toString(): `startTime: yyyy-MM-dd HH:mm:ss.SSS, effect: …, originalEffect: …, attrs: …, uid: …, opPkg: …, reason: …`): VibratorService.java and its smali in amog787/FOD-OOS and mwilky/smali-guacamole (the section headers and mStartTimeDebug), a dumpsys vibrator note found with find_string; DEBUG_DATE_FORMAT and the field order from memory",
		why:    "section headers with no time between entries; each entry's startTime with milliseconds and no zone; the uid and the amplitudes are no times; usage and reason words are no levels",
		entries: []worldEntry{
			wskip("Vibrator Service:",
				"  mCurrentVibration=null",
				"  mCurrentExternalVibration=null",
				"  mVibratorUnderExternalControl=false",
				"  mLowPowerMode=false",
				"  mHapticFeedbackIntensity=2",
				"  mNotificationIntensity=2",
				"  mRingIntensity=2",
				""),
			we("", Unknown, "", "  Previous ring vibrations:"),
			we("", Unknown, "", "  Previous notification vibrations:"),
			we("2026-11-29T07:41:16.218Z", Unknown, "", "    startTime: 2026-11-29 07:41:16.218, effect: Waveform{mTimings=[0, 350, 250, 350], mAmplitudes=[0, 255, 0, 255], mRepeat=-1}, originalEffect: Waveform{mTimings=[0, 350, 250, 350], mAmplitudes=[0, -1, 0, -1], mRepeat=-1}, attrs: VibrationAttributes: Usage=NOTIFICATION Audio Usage= USAGE_NOTIFICATION Flags=0, uid: 10187, opPkg: com.example.chat, reason: Notification (com.example.chat 0|com.example.chat|4411|null|10187)"),
			we("", Unknown, "", "  Previous alarm vibrations:"),
			we("", Unknown, "", "  Previous vibrations:"),
			we("2026-11-29T07:42:03.901Z", Unknown, "", "    startTime: 2026-11-29 07:42:03.901, effect: Prebaked{mEffectId=0, mEffectStrength=1, mFallback=true, mFallbackEffect=null}, originalEffect: Prebaked{mEffectId=0, mEffectStrength=1, mFallback=true, mFallbackEffect=null}, attrs: VibrationAttributes: Usage=TOUCH Audio Usage= USAGE_ASSISTANCE_SONIFICATION Flags=0, uid: 1000, opPkg: android, reason: performHapticFeedback"),
			we("2026-11-29T07:42:05.377Z", Unknown, "", "    startTime: 2026-11-29 07:42:05.377, effect: OneShot{mTiming=40, mAmplitude=-1}, originalEffect: OneShot{mTiming=40, mAmplitude=-1}, attrs: VibrationAttributes: Usage=UNKNOWN Audio Usage= USAGE_UNKNOWN Flags=0, uid: 10234, opPkg: com.example.keyboard, reason: vibrate"),
			we("", Unknown, "", "  Previous external vibrations:"),
		},
	},
	{
		name:   "hdfs-crypto-list-reencryption-status-table",
		source: "Hadoop 3's `hdfs crypto -listReencryptionStatus` (CryptoAdmin's TableListing: Zone Name, Status, EZKey Version Name, Submission Time, Is Canceled?, Completion Time, Number of files re-encrypted, Number of failures, Last File Checkpointed; times through Time.formatTime as `yyyy-MM-dd HH:mm:ss,SSSZ`): apache/hadoop TestReencryption.java (the re-encryption status it checks); the table's columns and the time pattern from memory",
		why:    "a header row, then a row a zone with two times: the Submission Time is the row's, the Completion Time later (`N/A` while processing); the key version `ezk-sales@2` and the counts are no times; a Status word is no level",
		entries: []worldEntry{
			wskip("Re-encryption Status of Encryption Zones:",
				"Zone Name      Status      EZKey Version Name  Submission Time               Is Canceled?  Completion Time               Number of files re-encrypted  Number of failures  Last File Checkpointed"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "/data/sales    Completed   ezk-sales@2         2026-11-29 07:41:16,204+0000  false         2026-11-29 07:44:52,671+0000  18342                         0                                         "),
			we("2026-11-29T07:46:03.118Z", Unknown, "", "/data/hr       Processing  ezk-hr@5            2026-11-29 07:46:03,118+0000  false         N/A                           2210                          0                   /data/hr/2026/11/payroll-0412.orc"),
			we("2026-11-29T07:47:39.560Z", Unknown, "", "/warehouse/pii Failed      ezk-pii@3           2026-11-29 07:47:39,560+0000  false         2026-11-29 07:47:58,003+0000  96                            4                                         "),
		},
	},
	{
		name:   "linux-journalctl-header-blocks",
		gap:    "trawl cuts each header block after its `File path:` line (every `Key: value` line becomes a record of its own) and gives the block no time: `Head realtime timestamp: Sun 2026-11-29 06:12:03 UTC (hex)` is not joined to the File path line that starts the block",
		source: "systemd's `journalctl --header` on two journal files (journal_file_print_header: File path, File ID, Machine ID, Boot ID, Sequential number ID, State, Compatible and Incompatible flags, the sizes, Rotate suggested, Head/Tail sequential number, `Head realtime timestamp: Sun 2026-11-29 06:12:03 UTC (hex usec)`, Tail realtime, Tail monotonic, object counts, hash-chain depths, Disk usage): systemd PRs #26265 and #43310 (the header fields); the block's lines and the blank line between files from memory",
		why:    "a long key: value block a journal file; the Head realtime timestamp is the block's time (weekday, date, zone name, the same instant again in hex usec); Tail realtime is later; Tail monotonic is time since boot; the IDs are hex, no times",
		entries: []worldEntry{
			we("2026-11-29T06:12:03Z", Unknown, "",
				"File path: /var/log/journal/8c2f4e19a7b34d05b1e6c93d20f7a851/system@5d1e0c7a92f84b6e8a3f1c0d7b2e9a64-0000000000000001-000661642c04ffab.journal",
				"File ID: 3f9a0c5e71d24b8a96e2d4c1b07f58e3",
				"Machine ID: 8c2f4e19a7b34d05b1e6c93d20f7a851",
				"Boot ID: e41b7d2c09a54f6e8b3c1d0a7f29e658",
				"Sequential number ID: 5d1e0c7a92f84b6e8a3f1c0d7b2e9a64",
				"State: ARCHIVED",
				"Compatible flags: TAIL_ENTRY_BOOT_ID",
				"Incompatible flags: COMPRESSED-ZSTD KEYED-HASH COMPACT",
				"Header size: 272",
				"Arena size: 8388336",
				"Data hash table size: 233016",
				"Field hash table size: 333",
				"Rotate suggested: no",
				"Head sequential number: 1 (1)",
				"Tail sequential number: 4211 (1073)",
				"Head realtime timestamp: Sun 2026-11-29 06:12:03 UTC (661642c04ffab)",
				"Tail realtime timestamp: Sun 2026-11-29 07:38:40 UTC (6616561c46e48)",
				"Tail monotonic timestamp: 1h 28min 29.001s (13c70eda0)",
				"Objects: 12840",
				"Entry objects: 4211",
				"Data objects: 6120",
				"Data hash table fill: 2.6%",
				"Field objects: 58",
				"Field hash table fill: 17.4%",
				"Tag objects: 0",
				"Entry array objects: 2449",
				"Deepest field hash chain: 1",
				"Deepest data hash chain: 2",
				"Disk usage: 8.0M",
				""),
			we("2026-11-29T07:38:40Z", Unknown, "",
				"File path: /var/log/journal/8c2f4e19a7b34d05b1e6c93d20f7a851/system.journal",
				"File ID: a07e3d91c4f25b68e0d1b9c7f3a24e50",
				"Machine ID: 8c2f4e19a7b34d05b1e6c93d20f7a851",
				"Boot ID: e41b7d2c09a54f6e8b3c1d0a7f29e658",
				"Sequential number ID: 5d1e0c7a92f84b6e8a3f1c0d7b2e9a64",
				"State: ONLINE",
				"Compatible flags: TAIL_ENTRY_BOOT_ID",
				"Incompatible flags: COMPRESSED-ZSTD KEYED-HASH COMPACT",
				"Header size: 272",
				"Arena size: 8388336",
				"Data hash table size: 233016",
				"Field hash table size: 333",
				"Rotate suggested: no",
				"Head sequential number: 4212 (1074)",
				"Tail sequential number: 4390 (1126)",
				"Head realtime timestamp: Sun 2026-11-29 07:38:40 UTC (6616561c64b7f)",
				"Tail realtime timestamp: Sun 2026-11-29 07:41:16 UTC (661656b1cc6d2)",
				"Tail monotonic timestamp: 1h 31min 5.784s (145c93f9d)",
				"Objects: 602",
				"Entry objects: 179",
				"Data objects: 344",
				"Data hash table fill: 0.1%",
				"Field objects: 41",
				"Field hash table fill: 12.3%",
				"Tag objects: 0",
				"Entry array objects: 36",
				"Deepest field hash chain: 1",
				"Deepest data hash chain: 1",
				"Disk usage: 8.0M",
				""),
		},
	},
}

func TestFresh448Formats(t *testing.T) { assertTable(t, fresh448Cases) }
func TestFresh448Score(t *testing.T) {
	checkScore(t, "fresh448 formats", fresh448Cases, [worldNumFields]float64{74.9, 74.9, 87.4, 74.9})
}
