package parse

import "testing"

// The six-hundred-and-eighteenth fresh table: the labelled datasets' domains, a thirty-ninth pass.
// The public labelled log datasets draw from HDFS, Hadoop, Spark, ZooKeeper, BGL and other
// supercomputers, Thunderbird, Windows CBS, Linux syslog, Android, HealthApp, Apache, Proxifier,
// OpenSSH, OpenStack and macOS; this table holds other programs of those systems, in shapes the
// datasets do not hold and no earlier table holds. Each family is one product's documented or
// observed output: v2rayN, the Windows proxy client of the Proxifier kind, in three generations of
// its guiLogs (7.x's NLog line with the level glued to a four-digit fraction, 3.x's dashed banner
// with a time of day in brackets, 5.x's log4net line with `Log1`/`Log2`); Intel HiBench's
// hibench.report, the Hadoop and Spark benchmark summary with a date and time in columns;
// macOSLAPS' pipe-delimited log (`Info|Sun Nov 29, 2026 07:41:16 AM|macOSLAPS|…`); Jamf Setup
// Manager's log file on macOS (`ISO-Z default [category] …`); Setup Your Mac's script log, the
// swiftDialog onboarding script for Jamf Pro (`sym (1.15.2): date time - [TYPE] …`); Apache Toree's
// console log, the Spark kernel for Jupyter (`yy/MM/dd HH:mm:ss [LEVEL] o.a.t.… - …`). A first
// draft held mRemoteNG's log4net log; a later grep found it already in fresh504, and Setup Your Mac
// took its place before the table was scored again.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`kms`, `hadoop-kms`, `zookeeper_audit`, `operation=`, `oozie`,
// `SERVER[`, `knox`, `gateway-audit`, `ambari`, `Controller.py`, `livy`, `flink`, `taskexecutor`,
// `hue`, `WindowsUpdate`, `dism`, `mod_jk`, `jk_`, `privoxy`, `ccproxy`, `pbs`, `torque`, `mmcs`,
// `hbase`, `regionserver`, `HMaster`, `ranger`, `atlas`, `impala`, `impalad`, `glog`, `kudu`,
// `solr`, `zeppelin`, `sqoop`, `hive`, `hiveserver2`, `tez`, `storm`, `nimbus`, `alluxio`,
// `presto`, `trino`, `druid`, `nifi`, `airflow`, `mesos`, `marathon`, `chronos`, `phoenix`,
// `accumulo`, `pig`, `flume`, `ozone`, `hadoop.log`, `spark-history`, `HistoryServer`, `Worker:`,
// `hdfs audit`, `cmd=`, `hdfs-audit`, `fsck`, `balancer`, `journalnode`, `zkfc`,
// `DFSZKFailoverController`, `yarn-timeline`, `timelineserver`, `NodeManager`, `ResourceManager`,
// `exhibitor`, `sparklyr`, `munge`, `munged`, `PFRO`, `ReportingEvents`, `mrt.log`,
// `Malicious Software`, `MPLog`, `netsetup`, `MSI (s)`, `gadgetbridge`, `androidaps`, `openaps`,
// `traffic server`, `diags.log`, `ET_NET`, `suexec`, `forensic`, `3proxy`, `tinyproxy`,
// `redsocks`, `proxychains`, `sockd`, `dante`, `shadowsocks`, `dropbear`, `OpenSSH for Windows`,
// `win32-openssh`, `sshd.log`, `fsck_hfs`, `fsck_apfs`, `jamf`, `munki`, `ManagedSoftwareUpdate`,
// `install.log`, `wifi.log`, `designate`, `masakari`, `aodh`, `gnocchi`, `ceilometer`,
// `loadleveler`, `moab`, `maui`, `lctl`, `flux`, `warewulf`, `ProxyCap`, `sockscap`, `Proxifier`,
// `ipmi`, `mcelog`, `rasdaemon`, `edac`, `xcat`, `conman`, `powerman`, `pdsh`, `genders`, `nhc`,
// `node health check`, `lmod`, `easybuild`, `spack`, `hadoop-aws`, `s3guard`, `hadoop archive`,
// `har://`, `distcp`, `hadoop-streaming`, `streamjob`, `gridmix`, `rumen`, `dynamometer`,
// `hdfs-fuse`, `tajo`, `hama`, `giraph`, `crunch`, `mahout`, `chukwa`, `whirr`, `bigtop`,
// `ozone recon`, `submarine`, `sedona`, `spark-jobserver`, `toree`, `almond`, `koalas`,
// `hyperopt`, `mlflow`, `spark-bench`, `hibench`, `zkweb`, `zkui`, `zoonavigator`, `kazoo`,
// `curator`, `zkpython`, `zk-shell`, `zktop`, `burrow`, `bgl`, `cobalt`, `blue gene`, `ciod`,
// `mmcs_db`, `idoproxy`, `RAS KERNEL`, `thunderbird`, `tbird`, `liberty`, `spirit`, `cbs.log`,
// `cbspersist`, `poqexec`, `TiWorker`, `TrustedInstaller`, `wusa`, `pkgmgr`, `CheckSUR`, `SURT`,
// `sfcdetails`, `healthapp`, `Step_LSC`, `hiH_`, `huawei health`, `mi fit`, `zepp`, `fitbit`,
// `strava`, `garmin`, `apache mina`, `sshd -d`, `PerSourcePenalties`, `sshd-session`,
// `sshd-auth`, `ssh-keyscan`, `ssh-keygen`, `sftp-server`, `internal-sftp`, `scp -v`, `sshfs`,
// `autossh`, `ssh -v`, `OpenSSH_`, ` oar`, `oarexec`, `pvfs`, `orangefs`, `mmfs`, `gpfs`,
// `hwerr`, `ibm.master`, `bgmaster`, `bgq`, `darshan`, `score-p`, `scorep`, `hpctoolkit`,
// `likwid`, `xalt`, `reframe`, `IOR-`, `Began               :`, `mdtest`, `HPL.out`, `hpl`,
// `osu_`, `hpcg`, `nccl-tests`, `elbencho`, `io500`, `DPX`, `WinREAgent`, `ReAgent`, `MoSetup`,
// `BlueBox`, `SetupDiag`, `waasmedic`, `SIH`, `UpdateOrchestrator`, `MUSNotification`,
// `Mini-filter`, `dfsioe`, `terasort`, `teragen`, `TestDFSIO`, `YCSB`, `zkbench`,
// `zk-smoketest`, `jute`, `zxid`, `adjutant`, `storlets`, `solum`, `searchlight`, `karbor`,
// `tricircle`, `qinling`, `congress`, `rally`, `tempest`, `kolla`, `devstack`, `magnum`,
// `manila`, `barbican`, `keystone`, `placement`, `os-brick`, `nova-serialproxy`,
// `neutron-dynamic-routing`, `bgp-dragent`, `trove-guestagent`, `bifrost`, `apacheds`, `geode`,
// `gemfire`, `h2o`, `bookkeeper`, `helix`, `xdmod`, `ondemand`, `Burn v`, `wix`, `utmpdump`,
// `netbeans`, `jmeter`, `*INFO*`, `sling`, `svnserve`, `ofbiz`, `couchdb`, `qdrouterd`, `qpid`,
// `bitvise`, `freesshd`, `cygwin`, `shutdown.log`, `santa`, `santad`, `XProtect`, `mdmclient`,
// `apptainer`, `singularity`, `charliecloud`, `shifter`, `sarus`, `netch`, `v2rayN`, `surge`,
// `mihomo`, `nekoray`, `hysteria`, `sstap`, `accepted tcp:`, `-> direct]`, `xray`, `Log1 - `,
// `Log2 - `, `0-INFO `, `installomator`, `setup manager`, `Setup Your Mac`, `macoslaps`, `lsposed`,
// `scrcpy`, `magisk`, `unattended-upgrades`, `makeflow`, `toil`, `cwltool`, `openwhisk`,
// `ssh-chat`, `sshpiper`, `warpgate`, `freeaps`, `iaps`, `trio`, `mremoteng`, `winscp`,
// `upgrader_default`, `securecrt`, `waydroid`, `adb I `, `[INFO] o.a.t.`, `[INFO] c.i.s.`). Of the
// eight, `v2rayN` and `nekoray` matched only a list of greps in fresh496 and fresh590 (no v2rayN
// family, and no line with `Log1 - `, `Log2 - ` or a level glued to a fraction by a dash);
// `toree` matched only grep lists and lists of what was left out (fresh500, fresh537, fresh547,
// fresh585; no `[INFO] o.a.t.` line in any table); `hibench`, `macoslaps`, `setup manager` and
// `Setup Your Mac` matched nothing. Left out as measured already: mRemoteNG (fresh504), Xray's and
// V2Ray's own access and error logs, NekoRay, the Installomator log, Makeflow's log, OAR, the
// Blue Gene/Q logs, WinREAgent's setupact, H2O's node log, adb's host log, Waydroid's log,
// WinSCP, Win32-OpenSSH, Jamf's jamf.log, the unified log itself. Left out as not confirmed by any search: freeSSHd's log, Trio's and iAPS' log files.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). v2rayN's, HiBench's, macOSLAPS', Setup Your Mac's and Toree's stamps carry no
// zone and are read as UTC; v2rayN 3.x's banner has a time of day only, on the clock's day;
// macOSLAPS' twelve-hour clock is AM here, and the expiry date in its message is not the record's;
// Setup Manager's stamp ends in Z; Toree's year has two digits. Levels only where the line marks
// one: v2rayN 7.x's word glued after the dash, v2rayN 5.x's and Toree's log4net levels,
// macOSLAPS' first field (Info, Warning, Error, Debug), Setup Your Mac's bracketed INFO, WARNING
// and ERROR (its phases, PRE-FLIGHT and the like, mark none), Setup Manager's lower-case Apple
// type (default is Notice, as Apple's Default is in the other tables; error is Error), and
// v2rayN 3.x's banner title `info` (a title that is an exception's message marks none); HiBench's
// rows carry none. The host is the record's host field, and none of these families has one: a
// Spark master named in Toree's message, 127.0.0.1 in v2rayN's, Setup Manager's bracketed
// categories and Setup Your Mac's `sym` (the script's name) are no hosts. A record that spans
// lines is one entry: v2rayN 7.x's stack under a DEBUG, v2rayN 3.x's banner with its exception
// and the two blank lines after it (and a two-line title), v2rayN 5.x's localized stack, Toree's
// Java stack; Setup Your Mac's verbose-debug line is a record of its own. HiBench's header line is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"; find_string for HiBench's printf); where
// a search did not confirm a part the source says "from memory" (Toree's stack under an ERROR)
// or says which part was not seen pasted (Setup Manager's `error` word). Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 8f540bf before any rule for it: level 65.9 %, time 85.7 %, host 98.2 %, records 83.9 %.
// That is the macro figure (micro: level 66.7 %, time 88.9 %, host 97.8 %, records 86.7 %), in a
// worktree at 8f540bf with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are v2rayN 7.x's level glued by a dash to a four-digit fraction,
// which is not read; v2rayN 3.x's dashed banner, whose bracketed time of day and `info` title are
// not read and whose exception and blank lines are split from it; Setup Manager's lower-case
// `default` type word, not read as a level; and Setup Your Mac's verbose-debug line, joined to the
// line before it.

var fresh618Cases = []worldCase{
	{
		name:   "v2rayn7-nlog-guilogs-four-digit-fraction",
		source: "v2rayN 6.x/7.x guiLogs\\<date>.txt (NLog `yyyy-MM-dd HH:mm:ss.ffff-LEVEL message`, the level glued to a four-digit fraction by a dash; an exception's stack under a DEBUG record whose message starts with `   at`): 2dust/v2rayN issues #9452, #5247 and #7743",
		why:    "a zone-less time with four fraction digits and the level glued after a dash; the stack lines under the DEBUG record belong to it; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2193Z", Info, "", `2026-11-29 07:41:16.2193-INFO v2rayN start up | v2rayN - V7.16.4 - 2026/11/18 | D:\Apps\v2rayN-windows-64\v2rayN.exe`),
			we("2026-11-29T07:42:17.5581Z", Info, "", "2026-11-29 07:42:17.5581-INFO UpdateTaskRunSubscription"),
			we("2026-11-29T07:43:02.0447Z", Debug, "", "2026-11-29 07:43:02.0447-DEBUG CoreHandler,Failed to run Core, please check the prompt information"),
			we("2026-11-29T07:43:02.0447Z", Debug, "",
				"2026-11-29 07:43:02.0447-DEBUG    at ServiceLib.Manager.CoreManager.RunProcessNormal(String fileName, CoreInfo coreInfo, String configPath, Boolean displayLog) in /home/runner/work/v2rayN/v2rayN/v2rayN/ServiceLib/Manager/CoreManager.cs:line 281",
				"   at ServiceLib.Manager.CoreManager.RunProcess(CoreInfo coreInfo, String configPath, Boolean displayLog, Boolean mayNeedSudo) in /home/runner/work/v2rayN/v2rayN/v2rayN/ServiceLib/Manager/CoreManager.cs:line 244"),
			we("2026-11-29T07:44:18.7302Z", Info, "", "2026-11-29 07:44:18.7302-INFO UpdateTaskRunGeo"),
			we("2026-11-29T07:59:40.1186Z", Info, "", "2026-11-29 07:59:40.1186-INFO MyAppExitAsync Begin"),
		},
	},
	{
		name:   "v2rayn3-guilogs-dashed-title-banner",
		gap:    "the time of day in the dashed banner's brackets (`info[07:41:16]`) is not read, nor the `info` title as the level, and the exception and the blank lines under the banner (and a title's second line) are not joined to it",
		source: "v2rayN 3.x guiLogs (Utils.SaveLog: a banner of 32 dashes, the title, `[HH:mm:ss]`, 32 dashes; then the exception's text; then a blank line and a line of one blank; the title is `info` for SaveLog(message), or an exception's own message, which may span two lines): 2dust/v2rayN issues #1630 and #1254",
		why:    "a time of day only (the clock's day) inside a dashed banner; `info` as the banner's title marks an info record, an exception's message as the title marks none; the exception and the two blank lines belong to the banner above; a title of two lines puts the time on the second line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"--------------------------------info[07:41:16]--------------------------------",
				"System.Exception: v2rayN start up v2rayN - V3.29 - 2026/11/20",
				"",
				" "),
			we("2026-11-29T07:41:21Z", Info, "",
				"--------------------------------info[07:41:21]--------------------------------",
				"System.Exception: WebserverB Request 127.0.0.1",
				"",
				" "),
			we("2026-11-29T07:43:05Z", Unknown, "",
				"--------------------------------Index was out of range. Must be non-negative and less than the size of the collection.",
				"Parameter name: index[07:43:05]--------------------------------",
				"System.ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection.",
				"Parameter name: index",
				"   at System.ThrowHelper.ThrowArgumentOutOfRangeException(ExceptionArgument argument, ExceptionResource resource)",
				"   at v2rayN.Handler.StatisticsHandler.UpdateServerStat()",
				"   at v2rayN.Handler.StatisticsHandler.Run()",
				"",
				" "),
			we("2026-11-29T07:44:50Z", Info, "",
				"--------------------------------info[07:44:50]--------------------------------",
				"System.Exception: UpdateSubscriptionProcess: 2 subscriptions updated",
				"",
				" "),
		},
	},
	{
		name:   "v2rayn5-guilogs-log4net-log1-log2",
		source: "v2rayN 4.x/5.x guiLogs (log4net `yyyy-MM-dd HH:mm:ss,fff [thread] LEVEL  Log1 - message`, Log1 for INFO, Log2 for DEBUG with the exception's stack, localized `   在 ` frames on a Chinese Windows): 2dust/v2rayN issues #2514, #3648, #2131 and #2169",
		why:    "a zone-less time with a comma, the thread in brackets, the level padded to five, the logger `Log1`/`Log2`; a localized stack belongs to the DEBUG record above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.106Z", Info, "", `2026-11-29 07:41:16,106 [1] INFO  Log1 - v2rayN start up | v2rayN - V5.39 - 2026/11/14 | E:\Tools\v2rayN-Core\v2rayN.exe`),
			we("2026-11-29T07:41:17.048Z", Info, "", "2026-11-29 07:41:17,048 [4] INFO  Log1 - UpdateTaskRun"),
			we("2026-11-29T07:43:29.381Z", Debug, "", "2026-11-29 07:43:29,381 [1] DEBUG Log2 - 输入字符串的格式不正确。"),
			we("2026-11-29T07:43:29.391Z", Debug, "",
				"2026-11-29 07:43:29,391 [1] DEBUG Log2 - System.FormatException: 输入字符串的格式不正确。",
				"   在 System.Number.StringToNumber(String str, NumberStyles options, NumberBuffer& number, NumberFormatInfo info, Boolean parseDecimal)",
				"   在 System.Number.ParseInt32(String s, NumberStyles style, NumberFormatInfo info)",
				"   在 v2rayN.Utils.ToInt(Object obj)"),
			we("2026-11-29T07:45:02.216Z", Info, "", "2026-11-29 07:45:02,216 [12] INFO  Log1 - geosite"),
		},
	},
	{
		name:   "hibench-report-summary",
		source: "Intel HiBench report/hibench.report (workload_functions.sh: `printf \"%-12s %-10s %-8s %-20s %-20s %-20s %-20s\\n\"` with Type, `date +%F`, `date +%T`, input size, duration, throughput and throughput per node; a header line first): the script found with find_string (`Throughput(bytes/s)`), a setup guide's expected output, Intel-bigdata/HiBench docs/run-hadoopbench.md",
		why:    "a table row: a workload name, then a zone-less local date and time in columns (read as UTC), then sizes and durations that are no times; the header is fed but not scored; no level, no host",
		entries: []worldEntry{
			wskip("Type         Date       Time     Input_data_size      Duration(s)          Throughput(bytes/s)  Throughput/node     "),
			we("2026-11-29T07:41:16Z", Unknown, "", "HadoopWordcount 2026-11-29 07:41:16 32877                24.108               1363                 454                 "),
			we("2026-11-29T07:43:02Z", Unknown, "", "ScalaSparkWordcount 2026-11-29 07:43:02 32877                15.377               2138                 712                 "),
			we("2026-11-29T07:48:51Z", Unknown, "", "HadoopTerasort 2026-11-29 07:48:51 3200000              61.204               52284                17428               "),
			we("2026-11-29T07:55:37Z", Unknown, "", "ScalaSparkKmeans 2026-11-29 07:55:37 19903891             88.715               224357               74785               "),
			we("2026-11-29T08:02:14Z", Unknown, "", "PythonSparkPagerank 2026-11-29 08:02:14 259928               47.930               5423                 1807                "),
		},
	},
	{
		name:   "macoslaps-pipe-delimited-log",
		source: "macOSLAPS (/Library/Logs/macOSLAPS.log and its terminal output: `Level|EEE MMM d, yyyy hh:mm:ss a|macOSLAPS|message`, levels Info, Warning, Error, Debug): joshua-d-miller/macOSLAPS issues #12, #25, #29, #40 and #64",
		why:    "the level word first, then a pipe; a weekday, a month's name, a comma before the year and a twelve-hour clock with AM; the expiry date inside a message is no time of the record; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Info|Sun Nov 29, 2026 07:41:16 AM|macOSLAPS|No Preferred Domain Controller Specified. Continuing..."),
			we("2026-11-29T07:41:16Z", Warn, "", "Warning|Sun Nov 29, 2026 07:41:16 AM|macOSLAPS|There has never been a random password generated for this device. Setting a default expiration date of 01/01/2001 in Active Directory to force a password change..."),
			we("2026-11-29T07:41:17Z", Info, "", "Info|Sun Nov 29, 2026 07:41:17 AM|macOSLAPS|Password Change is required as the LAPS password for ladmin, has expired"),
			we("2026-11-29T07:41:18Z", Info, "", "Info|Sun Nov 29, 2026 07:41:18 AM|macOSLAPS|Password change has been completed for local admin ladmin. New expiration date is Thu Jan 28, 2027 07:41:18 AM"),
			we("2026-11-29T07:41:18Z", Debug, "", "Debug|Sun Nov 29, 2026 07:41:18 AM|macOSLAPS|Keychain does not currently exist. This may be due to the fact that the user account has never been logged into and is only used for elevation..."),
			we("2026-11-29T07:41:19Z", Error, "", "Error|Sun Nov 29, 2026 07:41:19 AM|macOSLAPS|Unable to connect to local directory or change password. Exiting..."),
		},
	},
	{
		name:   "jamf-setup-manager-log-file",
		gap:    "Apple's lower-case `default` type word after the ISO time is not read as a level (the `error` word is)",
		source: "Jamf Setup Manager's log file (/Library/Logs/Setup Manager.log: `yyyy-MM-ddTHH:mm:ssZ type [category] message`, the unified log's type word in lower case, categories general, profile, install, network, jamfpro): jamf/Setup-Manager issues #217 and #209; the `error` type word from the Logger's types (issue #180 names an error entry), not seen pasted",
		why:    "an ISO time in Z, then Apple's log type as a lower-case word (default is Notice, as Apple's Default elsewhere; error is Error), then a bracketed category that is no host; an indented line is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026-11-29T07:41:16Z default [general] runAt: enrollment, runningAt: enrollment, console user: _mbsetupuser"),
			we("2026-11-29T07:41:17Z", Notice, "", "2026-11-29T07:41:17Z default [general] Setup Manager v1.4.7 (671)"),
			we("2026-11-29T07:41:17Z", Notice, "", "2026-11-29T07:41:17Z default [general]   macOS Tahoe 26.1.0 (25B78)"),
			we("2026-11-29T07:41:19Z", Notice, "", "2026-11-29T07:41:19Z default [profile] Detected Profile Installed: Setup Manager (3F2A9C1E-0B4D-4E57-9A61-7C2D8E5F1B03, Computer, MDM)"),
			we("2026-11-29T07:43:52Z", Notice, "", "2026-11-29T07:43:52Z default [install] Installation of kto2210931845.pkg completed"),
			we("2026-11-29T07:44:05Z", Error, "", "2026-11-29T07:44:05Z error [general] MDM detected as unknown"),
		},
	},
	{
		name:   "setup-your-mac-script-log",
		gap:    "the verbose-debug line, whose version parenthesis holds ` | ` and a bullet before the date, is not read as a record of its own: it is joined to the line before",
		source: "Setup Your Mac, the swiftDialog onboarding script for Jamf Pro (its client-side log: `${organizationScriptName} ($scriptVersion): yyyy-MM-dd HH:mm:ss - [TYPE] message`, the type PRE-FLIGHT, INFO, WARNING, ERROR or a phase such as SETUP YOUR MAC DIALOG; in verbose debug mode the version parenthesis grows and a `# # #` line marks the line number): setup-your-mac/Setup-Your-Mac issues #162 (the logging function), #160 and #158",
		why:    "the script's short name and its version in parentheses before a colon and a zone-less date and time (UTC); the bracketed type is the level when it is a level word (INFO, WARNING, ERROR), and marks none when it is a phase (PRE-FLIGHT, SETUP YOUR MAC DIALOG); `sym` is the script, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "sym (1.15.2): 2026-11-29 07:41:16 - [PRE-FLIGHT]      Running as root; continuing"),
			we("2026-11-29T07:41:17Z", Unknown, "", "sym (1.15.2): 2026-11-29 07:41:17 - [PRE-FLIGHT]      Dialog found (2.5.6.4805); proceeding ..."),
			we("2026-11-29T07:41:31Z", Info, "", "sym (1.15.2): 2026-11-29 07:41:31 - [INFO]            Disk Space: 412.8 GB free (83.11% available)"),
			we("2026-11-29T07:43:09Z", Unknown, "", "sym (1.15.2): 2026-11-29 07:43:09 - [SETUP YOUR MAC DIALOG]     Validate Policy Result: 'firefoxinstall' '/Applications/Firefox.app/Contents/Info.plist'"),
			we("2026-11-29T07:44:50Z", Warn, "", "sym (1.15.2): 2026-11-29 07:44:50 - [WARNING]         Unable to validate 'printerdrivers'; marking as failed"),
			we("2026-11-29T07:45:02Z", Error, "", "sym (1.15.2): 2026-11-29 07:45:02 - [ERROR]           Policy 'printerdrivers' exited with code 1"),
			we("2026-11-29T07:45:03Z", Unknown, "", "sym (VERBOSE DEBUG MODE | Dialog: v2.5.6.4805 • Setup Your Mac: v1.15.2): 2026-11-29 07:45:03 - # # # SETUP YOUR MAC VERBOSE DEBUG MODE: Line No. 2291 # # #"),
		},
	},
	{
		name:   "apache-toree-kernel-log",
		source: "Apache Toree, the Spark kernel for Jupyter (formerly IBM Spark Kernel), on the notebook server's console: its log4j layout `yy/MM/dd HH:mm:ss [LEVEL] abbreviated.logger - message`: ibm-et/spark-kernel issue #190 (a pasted startup), jupyter/docker-stacks issue #860; the stack under an ERROR from memory",
		why:    "a two-digit year first (yy/MM/dd), the level in brackets, then a logger abbreviated to initials (`o.a.t.Main$$anon$1`); a Java stack belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 [INFO] o.a.t.Main$$anon$1 - Kernel version: 0.6.0-incubating"),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 [INFO] o.a.t.Main$$anon$1 - Scala version: Some(2.12.18)"),
			we("2026-11-29T07:41:16Z", Debug, "", "26/11/29 07:41:16 [DEBUG] o.a.t.Main$$anon$1 - Registering shutdown hook"),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 [INFO] o.a.t.b.l.StandardComponentInitialization$$anon$1 - Connecting to spark.master spark://sparkmaster-02.lab.example:7077"),
			we("2026-11-29T07:41:19Z", Warn, "", "26/11/29 07:41:19 [WARN] o.a.t.k.p.v.h.CommOpenHandler - Received invalid target for Comm Open: jupyter.widget"),
			we("2026-11-29T07:41:24Z", Error, "",
				"26/11/29 07:41:24 [ERROR] o.a.t.k.i.s.ScalaInterpreter - Failed to initialize Spark session",
				"org.apache.spark.SparkException: Could not connect to master sparkmaster-02.lab.example:7077",
				"\tat org.apache.spark.deploy.client.StandaloneAppClient$ClientEndpoint.tryRegisterAllMasters(StandaloneAppClient.scala:108)",
				"\tat org.apache.spark.SparkContext.<init>(SparkContext.scala:600)"),
		},
	},
}

func TestFresh618Formats(t *testing.T) { assertTable(t, fresh618Cases) }
func TestFresh618Score(t *testing.T) {
	checkScore(t, "fresh618 formats", fresh618Cases, [worldNumFields]float64{78.3, 85.6, 98.1, 83.8})
}
