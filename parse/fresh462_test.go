package parse

import "testing"

// The four-hundred-and-sixty-second fresh table, written on 2026-12-06: the labelled datasets'
// domains, a twenty-third pass (Proxifier, OpenStack, HDFS, Windows, Mac, Android, Linux): other
// components, versions and settings of those same products, in shapes no earlier table holds. Each
// family is one product's documented or observed output: Proxifier's Proxy Checker test log (each
// line stamped `[mm:ss]`, minutes and seconds only, the proxy's details and an error's advice on
// indented lines after the line that opens them); Gnocchi's `openstack metric measures show` (a
// cliff table of aggregates, the timestamp with a +00:00 offset, the granularity in seconds);
// HDFS's `hdfs dfsadmin -getDatanodeInfo` run over the datanodes in a loop (one untimed line a
// node, an uptime in seconds and two versions); Windows' `bitsadmin /list /allusers /verbose` (a
// banner, then one block a BITS job with CREATION, MODIFICATION and COMPLETION TIME as the local
// `M/d/yyyy h:mm:ss AM`); Windows Update's history read through the COM searcher
// (`QueryHistory(…) | Format-Table Date, Title, ResultCode`, a title that starts `2026-11`); macOS's
// `system_profiler SPApplicationsDataType` (one indented block an application, Last Modified in
// the short `M/d/yy, h:mm AM` form); Android's `dumpsys activity recents` (one `* Recent #N:` block
// a task, its lastActiveTime an elapsedRealtime in milliseconds, no clock); util-linux's `last -i
// --time-format iso` (login and logout in ISO 8601 with the local +01:00 offset, the client
// address in the host column, `still logged in` and the reboot pseudo-user).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`Proxifier`, `Proxy Checker`, `ProxyChecker`, `Testing Started`,
// `Testing Finished`, `Connection to the Proxy Server`, `gnocchi`, `metric measures`, `measures
// show`, `granularity`, `getDatanodeInfo`, `Software version`, `Config version`, `Uptime: `,
// `dfsadmin -report`, `Last contact`, `bitsadmin`, `BITSADMIN`, `CREATION TIME`, `QueryHistory`,
// `Microsoft.Update.Session`, `ResultCode`, `WindowsUpdate`, `Get-HotFix`, `InstalledOn`,
// `SPApplicationsDataType`, `Obtained from`, `Last Modified:`, `Kind: Apple`, `system_profiler`,
// `Applications:`, `lastActiveTime`, `dumpsys activity recents`, `Recent #`, `inactive for`,
// `time-format iso`, `+00:00 - 2026`, `still logged in`, `wtmp begins`, `last -i`, `last -F`,
// `utmpdump`, `lastlog`, `ssh:notty`, and for the shapes left out: `clienttrace`, `RMAuditLogger`,
// `FSNamesystem.audit`, `SparkListener`, `made progress`, `Batch: `, `Spark Command:`, `Parsed
// arguments`, `operation=create`, `zookeeper_audit`, `cZxid`, `zxid 0x`, `SessionTracker dump`,
// `WATCHER::`, `WatchedEvent`, `zookeeper.version=`, `myid:`, `tracejob`, `qacct`, `jobcomp`,
// `pbs_server`, `scontrol show`, `sdiag`, `Submitted from host`, `Job submitted from host`,
// `pbsnodes`, `MCW rank`, `report-bindings`, `mmhealth`, `lctl dk`, `RAS KERNEL`, `mmcs`, `BGL`,
// `Thunderbird`, `tbird`, `HealthApp`, `Step_LSC`, `HKQuantity`, `HealthKit`, `wevtutil`,
// `LevelDisplayName`, `EntryType`, `pfirewall`, `setupapi`, `MSI (s)`, `MPLog`, `DhcpSrvLog`,
// `stripchart`, `robocopy`, `Last Successful Sync`, `System Boot Time`, `LOGON TIME`,
// `Statistics since`, `repadmin`, `Group Policy was applied`, `schtasks`, `driverquery`,
// `pnputil`, `lastWriteTime`, `ssl_request`, `suexec`, `log_forensic`, `mod_jk`, `modsec`,
// `server-status`, `CurrentTime`, `fullstatus`, `cu}t`, `mpm_winnt`, `ssl:warn`, `%{sec}t`,
// `LOG: header received`, `penalty:`, `PerSourcePenalties`, `sftp-server`, `sshd.log`,
// `Win32-OpenSSH`, `debug1:`, `Authenticated to`, `Valid: from`, `ssh-keyscan`, `proxy-server`,
// `swift-recon`, `CREATE_IN_PROGRESS`, `stack event`, `token issue`, `octavia`, `amphora`,
// `node history`, `console log`, `Cloud-init v.`, `install.log`, `wifi.log`, `jamf`, `fsck_apfs`,
// `fsck_hfs`, `pmset -g log`, `softwareupdate --history`, `Sampled system activity`, `daily.out`,
// ` Df `, `localhost kernel[0]`, `kMDItem`, `nettop`, `installationDate`, `listbackups`,
// `dumpsys package`, `firstInstallTime`, `dumpsys alarm`, `dumpsys battery`, `dumpstate`,
// `exit-info`, `ApplicationExitInfo`, `usagestats`, `rec[0]`, `USB Event`, `telephony.registry`,
// `requestAudioFocus`, `dbinfo`, `appops`, `Job history`, `Enable log`, `tombstone`, `----- pid`,
// `__REALTIME_TIMESTAMP`, `ausearch`, `coredumpctl`, `KERNEL[`, `conntrack`, `dbus-monitor`,
// `signal time=`, `ip -ts`, `iw event`, `lastcomm`, `dumpe2fs`, `Last mount time`, `Update Time
// :`, `Scrub started`, `logrotate state`, `lstart`, `%TY`, `ACTIVATES`, `Active: active`,
// `Since: `, `lslogins`, `faillock`, `atq`, `short-monotonic`). Proxifier is in world_test.go, in
// fresh110 and fresh151 as loghub's structured CSV and in fresh181/fresh243 across New Year's Eve,
// always its connection log `[MM.dd HH:mm:ss] program - msg`; its Proxy Checker output is in none.
// Gnocchi is in fresh102, fresh332, fresh348 and fresh426 as gnocchi-metricd's daiquiri log and
// aodh's evaluator; the measures table is in none. `dfsadmin -report` (fresh122, fresh151, fresh157,
// fresh440) and its Last contact are measured; -getDatanodeInfo is in none. No table holds
// bitsadmin, the COM update history, SPApplicationsDataType, the recents dump or `last` in ISO
// form (fresh402's `last`-like lines are `who -u`, and `time-format iso` is dmesg's). Left out as
// measured already: ZooKeeper's four-letter words, zkCli's stat and watch events and the txn log
// toolkit, Spark's console sink, event log and submit banners, the HPC schedulers' job, node and
// accounting outputs, Open MPI's --report-bindings (fresh131), Apache httpd's status, forensic,
// suexec, mod_jk and ssl_request logs, OpenSSH's client -v, session, penalty and Windows logs,
// Android's usagestats, dbinfo, appops, audio and telephony dumps. No BGL, Thunderbird, HealthApp,
// ZooKeeper, Spark, Hadoop, HPC, Apache httpd or OpenSSH shape was left that a search could confirm
// and no table holds, so none is here. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Proxifier's `[41:16]` is minutes and seconds with no hour, so no time of
// day: its lines have no time. Gnocchi's timestamps carry +00:00. getDatanodeInfo's Uptime is a
// duration in seconds, no time. BITS's CREATION TIME is the job's own time (MODIFICATION and
// COMPLETION TIME come later), local with no zone, taken as UTC. The update history's Date is
// zone-less and taken as UTC; the `2026-11` that starts a title, the KB numbers and the build
// `26100.2454` are no times. SPApplications' Last Modified has no zone and no seconds, taken as UTC
// on the minute; the versions are no times. The recents dump's lastActiveTime counts milliseconds
// since boot: the tasks have no time. `last`'s login time is the record's time, converted from
// +01:00 (the logout after the dash is later). Levels: none of these marks a level (BITS's STATE:
// ERROR, the ResultCode 4 and Proxifier's `Test failed.` are outcomes in the message). Hosts: none
// carries the record's host (last's -i column is the client's address; the Proxy Checker's Address
// is the proxy's). A record that spans lines is one entry: the Proxy Checker's line with its indented
// lines, a BITS job's block, an application's block with its blank lines, a recent task's block.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit be85645 before any rule for it: level 75.0 %, time 66.7 %, host 75.0 %, records 66.7 %.
// That is the macro figure (micro: level 85.4 %, time 80.5 %, host 85.4 %, records 80.5 %), in a
// worktree at be85645 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (the Proxy Checker log, the Gnocchi measures table, getDatanodeInfo, the
// update history table, `last` in ISO form); the gaps are bitsadmin's job blocks (cut at every
// `KEY:` line, so CREATION TIME is not the job's time), SPApplicationsDataType's indented
// application blocks and the recents dump's `* Recent #N:` task blocks (both joined to the heading).

var fresh462Cases = []worldCase{
	{
		name:   "proxifier-proxy-checker-test-log",
		source: "Proxifier's Proxy Checker (Profile > Proxy Servers > Check), its test log copied out of the window: each line `[mm:ss] msg` (minutes and seconds, no hour), `Testing Started.` followed by the proxy's Address, Protocol and Authentication on indented lines, `Starting: Test N: …`, `Test passed.`/`Test failed.`, an error's explanation on indented lines after it, `Testing Finished.`: uku/Unblock-Youku issue #87 (a user's failing check pasted); the passing tests' wording from memory",
		why:    "`[41:16]` has no hour: no time anywhere; the indented lines belong to the line above; `Test failed.` is an outcome, no level; the proxy's address is no host",
		entries: []worldEntry{
			we("", Unknown, "",
				"[41:16] Testing Started.",
				"    Proxy Server",
				"    Address:    10.20.3.5:1080",
				"    Protocol:   SOCKS5",
				"    Authentication: YES"),
			we("", Unknown, "", "[41:16] Starting: Test 1: Connection to the Proxy Server"),
			we("", Unknown, "", "[41:16] IP Address: 10.20.3.5"),
			we("", Unknown, "", "[41:16] Connection established"),
			we("", Unknown, "", "[41:16] Test passed."),
			we("", Unknown, "", "[41:16] Starting: Test 2: Connection through the Proxy Server"),
			we("", Unknown, "", "[41:17] Authentication was successful."),
			we("", Unknown, "", "[41:17] Connection to www.example.org:80 established through the proxy server."),
			we("", Unknown, "", "[41:17] Test passed."),
			we("", Unknown, "", "[41:17] Testing Finished."),
			we("", Unknown, "",
				"[43:02] Testing Started.",
				"    Proxy Server",
				"    Address:    10.20.3.6:3128",
				"    Protocol:   HTTPS",
				"    Authentication: NO"),
			we("", Unknown, "", "[43:02] Starting: Test 1: Connection to the Proxy Server"),
			we("", Unknown, "", "[43:02] IP Address: 10.20.3.6"),
			we("", Unknown, "",
				"[43:23] Could not connect to 10.20.3.6:3128",
				"    A connection attempt failed because the connected party did not properly respond after a period of time.",
				"    Check your network connection and make sure that the proxy server address and port are correct.",
				"    Also the error may indicate that the proxy server is down."),
			we("", Unknown, "", "[43:23] Test failed."),
			we("", Unknown, "", "[43:23] Testing Finished."),
		},
	},
	{
		name:   "openstack-gnocchi-measures-show-table",
		source: "python-gnocchiclient's `openstack metric measures show <metric>` (cliff's bordered table with the columns timestamp, granularity, value; the timestamp ISO 8601 with +00:00, the granularity in seconds as a float, coarse granularities first): Red Hat OpenStack Platform 10 CLI reference 'gnocchi measures show' (the command and its columns); the table's rows from memory",
		why:    "a +00:00 offset in the first cell; the granularity 3600.0 and 300.0 and a long float value are no times; the border and header lines carry nothing",
		entries: []worldEntry{
			wskip("+---------------------------+-------------+--------------------+",
				"| timestamp                 | granularity |              value |",
				"+---------------------------+-------------+--------------------+"),
			we("2026-11-29T06:00:00Z", Unknown, "", "| 2026-11-29T06:00:00+00:00 |      3600.0 | 18.305555555555557 |"),
			we("2026-11-29T07:00:00Z", Unknown, "", "| 2026-11-29T07:00:00+00:00 |      3600.0 |             21.125 |"),
			we("2026-11-29T07:35:00Z", Unknown, "", "| 2026-11-29T07:35:00+00:00 |       300.0 |               23.5 |"),
			we("2026-11-29T07:40:00Z", Unknown, "", "| 2026-11-29T07:40:00+00:00 |       300.0 |              19.75 |"),
			wskip("+---------------------------+-------------+--------------------+"),
		},
	},
	{
		name:   "hdfs-dfsadmin-getdatanodeinfo-loop",
		source: "HDFS 3's `hdfs dfsadmin -getDatanodeInfo <host:ipc_port>` run in a shell loop over the datanodes (DFSAdmin prints the DatanodeLocalInfo as one line `Uptime: seconds, Software version: v, Config version: v`; a failed call is printed `getDatanodeInfo: ` and the exception's message): from memory of DFSAdmin.getDatanodeInfo, not confirmed by a search",
		why:    "no time at all: the uptime is a duration in seconds, the versions 3.3.6 and core-3.0.0,hdfs-1 are no times; the host in the connection error is the peer",
		entries: []worldEntry{
			we("", Unknown, "", "Uptime: 1209613, Software version: 3.3.6, Config version: core-3.0.0,hdfs-1"),
			we("", Unknown, "", "Uptime: 1209588, Software version: 3.3.6, Config version: core-3.0.0,hdfs-1"),
			we("", Unknown, "", "Uptime: 4127, Software version: 3.3.6, Config version: core-3.0.0,hdfs-1"),
			we("", Unknown, "", "getDatanodeInfo: Call From nn1.hadoop.example.net/10.40.0.11 to dn4.hadoop.example.net:9867 failed on connection exception: java.net.ConnectException: Connection refused; For more details see:  http://wiki.apache.org/hadoop/ConnectionRefused"),
		},
	},
	{
		name:   "windows-bitsadmin-list-allusers-verbose",
		gap:    "trawl cuts a BITS job's block at every line: `TYPE: … STATE: … OWNER:`, `PRIORITY:`, `CREATION TIME: 11/29/2026 7:41:16 AM MODIFICATION TIME: …` and the other unindented `KEY: value` lines are records of their own, so the `GUID: {…} DISPLAY: '…'` line that opens the job has no time: CREATION TIME's zone-less `M/d/yyyy h:mm:ss AM` on the block's fourth line is not taken as the job's time",
		source: "Windows' `bitsadmin /list /allusers /verbose` in an elevated prompt (the BITSADMIN banner, then per job: GUID and DISPLAY, TYPE STATE OWNER, PRIORITY FILES BYTES, CREATION TIME and MODIFICATION TIME, COMPLETION TIME, NOTIFY, RETRY DELAY, PROXY, DESCRIPTION, JOB FILES with the transfer lines, NOTIFICATION COMMAND LINE, the owner's integrity level, the Peercaching flags, CUSTOM HEADERS; `Listed N job(s).` last): Microsoft's BITSAdmin tool reference (the /list switch and job states) and the BitsClientJob WMI class (JobCreationTime, JobLastModificationTime, JobCompletionTime); the block's layout from memory",
		why:    "a local `11/29/2026 7:41:16 AM` with no zone; the job's own time is its CREATION TIME, the later ones are not; STATE: ERROR is a state, no level; the URL's host is the server",
		entries: []worldEntry{
			wskip("",
				"BITSADMIN version 3.0",
				"BITS administration utility.",
				"(C) Copyright Microsoft Corp.",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"GUID: {8C2F1A6E-4B7D-4E90-A31C-5D2E8F0B7A14} DISPLAY: 'Microsoft Outlook Offline Address Book 0x1a4e7c2f'",
				"TYPE: DOWNLOAD STATE: TRANSFERRED OWNER: CORP\\nora.lind",
				"PRIORITY: NORMAL FILES: 1 / 1 BYTES: 2883584 / 2883584",
				"CREATION TIME: 11/29/2026 7:41:16 AM MODIFICATION TIME: 11/29/2026 7:41:22 AM",
				"COMPLETION TIME: 11/29/2026 7:41:22 AM ACL FLAGS: ",
				"NOTIFY INTERFACE: UNREGISTERED NOTIFICATION FLAGS: 3",
				"RETRY DELAY: 600 NO PROGRESS TIMEOUT: 1209600 ERROR COUNT: 0",
				"PROXY USAGE: PRECONFIG PROXY LIST: NULL PROXY BYPASS LIST: NULL",
				"DESCRIPTION: ",
				"JOB FILES:",
				"\t2883584 / 2883584 WORKING https://mail.corp.example.net/OAB/4d1e7a90-2b3c/data-412.lzx -> C:\\Users\\nora.lind\\AppData\\Local\\Microsoft\\Outlook\\Offline Address Books\\4d1e7a90\\data-412.lzx",
				"NOTIFICATION COMMAND LINE: none",
				"owner MIC integrity level: MEDIUM",
				"owner elevated ?           false",
				"",
				"Peercaching flags",
				"\tEnable download from peers      :false",
				"\tEnable serving to peers         :false",
				"",
				"CUSTOM HEADERS: NULL",
				""),
			we("2026-11-29T06:58:03Z", Unknown, "",
				"GUID: {E41B7C09-2D5A-4F38-9B6E-0C7A1D3F5E82} DISPLAY: 'AgentSetupJob'",
				"TYPE: DOWNLOAD STATE: ERROR OWNER: NT AUTHORITY\\SYSTEM",
				"PRIORITY: FOREGROUND FILES: 0 / 1 BYTES: 0 / UNKNOWN",
				"CREATION TIME: 11/29/2026 6:58:03 AM MODIFICATION TIME: 11/29/2026 7:12:47 AM",
				"COMPLETION TIME: UNKNOWN ACL FLAGS: ",
				"NOTIFY INTERFACE: UNREGISTERED NOTIFICATION FLAGS: 3",
				"RETRY DELAY: 60 NO PROGRESS TIMEOUT: 1209600 ERROR COUNT: 4",
				"PROXY USAGE: NO_PROXY PROXY LIST: NULL PROXY BYPASS LIST: NULL",
				"ERROR FILE:    http://deploy.corp.example.net/agent/agent-setup-7.4.2.msi -> C:\\ProgramData\\Agent\\agent-setup-7.4.2.msi",
				"ERROR CODE:    0x80190194 - HTTP status 404: The requested URL does not exist on the server.",
				"ERROR CONTEXT: 0x00000005 - The error occurred while the remote file was being processed.",
				"DESCRIPTION: ",
				"JOB FILES:",
				"\t0 / UNKNOWN WORKING http://deploy.corp.example.net/agent/agent-setup-7.4.2.msi -> C:\\ProgramData\\Agent\\agent-setup-7.4.2.msi",
				"NOTIFICATION COMMAND LINE: none",
				"owner MIC integrity level: SYSTEM",
				"owner elevated ?           true",
				"",
				"Peercaching flags",
				"\tEnable download from peers      :false",
				"\tEnable serving to peers         :false",
				"",
				"CUSTOM HEADERS: NULL",
				""),
			we("", Unknown, "", "Listed 2 job(s)."),
		},
	},
	{
		name:   "windows-update-searcher-queryhistory-table",
		source: "Windows Update's history read through the COM API in PowerShell (`$s = (New-Object -ComObject Microsoft.Update.Session).CreateUpdateSearcher(); $s.QueryHistory(0, $s.GetTotalHistoryCount()) | Format-Table Date, Title, ResultCode -AutoSize`: IUpdateHistoryEntry's Date printed in the current culture as `M/d/yyyy h:mm:ss AM`, the Title, the OperationResultCode 2 succeeded, 4 failed): from memory, not confirmed by a search",
		why:    "a zone-less `M/d/yyyy h:mm:ss AM` first; a title that starts with `2026-11`, KB numbers and build numbers are no times; ResultCode 4 is a failure code, no level",
		entries: []worldEntry{
			wskip("",
				"Date                   Title                                                                                                                      ResultCode",
				"----                   -----                                                                                                                      ----------"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/2026 7:41:16 AM  2026-11 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5046617) (26100.2454)                                2"),
			we("2026-11-29T07:12:40Z", Unknown, "", "11/29/2026 7:12:40 AM  Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.421.1503.0) - Current Channel (Broad)          2"),
			we("2026-11-28T03:02:11Z", Unknown, "", "11/28/2026 3:02:11 AM  2026-11 .NET 8.0.11 Security Update for x64 Client (KB5047486)                                                                      4"),
			we("2026-11-27T23:58:03Z", Unknown, "", "11/27/2026 11:58:03 PM Intel Corporation - Display - 32.0.101.6129                                                                                         2"),
		},
	},
	{
		name:   "macos-system-profiler-spapplications",
		gap:    "trawl joins the whole output to the `Applications:` heading: the four-space-indented `Safari:` name line after a blank line is not read as the start of an application's block, so no block is a record of its own and none gets the time of its `Last Modified: 11/29/26, 7:41 AM` (a two-digit year, a comma, no seconds)",
		source: "macOS 15's `system_profiler SPApplicationsDataType` (an `Applications:` heading, then one block an application: its name and a colon indented four spaces, a blank line, the fields indented six (Version, Obtained from, Last Modified in the short `M/d/yy, h:mm AM` form, Kind, Signed by, Location, Get Info String), a blank line): from memory, not confirmed by a search",
		why:    "a two-digit-year short date with a comma and no seconds or zone; versions (18.2, 4.41.105) and the year in a copyright string are no times; the block is one record",
		entries: []worldEntry{
			wskip("Applications:", ""),
			we("2026-11-29T07:41:00Z", Unknown, "",
				"    Safari:",
				"",
				"      Version: 18.2",
				"      Obtained from: Apple",
				"      Last Modified: 11/29/26, 7:41 AM",
				"      Kind: Apple Silicon",
				"      Signed by: Software Signing, Apple Code Signing Certification Authority, Apple Root CA",
				"      Location: /Applications/Safari.app",
				""),
			we("2026-11-28T22:15:00Z", Unknown, "",
				"    Slack:",
				"",
				"      Version: 4.41.105",
				"      Obtained from: Identified Developer",
				"      Last Modified: 11/28/26, 10:15 PM",
				"      Kind: Universal",
				"      Signed by: Developer ID Application: Slack Technologies, Inc. (BQR82RBBHL), Developer ID Certification Authority, Apple Root CA",
				"      Location: /Applications/Slack.app",
				"      Get Info String: Slack 4.41.105 Copyright © 2026 Slack Technologies, LLC",
				""),
			we("2026-11-29T06:02:00Z", Unknown, "",
				"    Xcode:",
				"",
				"      Version: 16.2",
				"      Obtained from: Mac App Store",
				"      Last Modified: 11/29/26, 6:02 AM",
				"      Kind: Universal",
				"      Signed by: Apple Mac OS Application Signing, Apple Worldwide Developer Relations Certification Authority, Apple Root CA",
				"      Location: /Applications/Xcode.app",
				""),
		},
	},
	{
		name:   "android-dumpsys-activity-recents",
		gap:    "trawl joins every task to the dump's header: the two-space-indented `* Recent #N: Task{…}` line after `Recent tasks:` is not read as the start of a record, so the three task blocks run on in the record of `ACTIVITY MANAGER RECENT TASKS (dumpsys activity recents)`",
		source: "Android 13's `adb shell dumpsys activity recents` (the ACTIVITY MANAGER RECENT TASKS header and the recents component, then `Recent tasks:` and one block a task: `* Recent #N: Task{hash #id type=… A=uid:affinity U=0 visible=… mode=… sz=N}`, indented userId/effectiveUid, affinity, intent, activity component, rootWasReset, lastActiveTime=elapsedRealtime ms with `(inactive for Ns)`): aosp-mirror/platform_frameworks_base services/core/java/com/android/server/wm/RecentTasks.java (the dump); Task's dump fields from memory",
		why:    "lastActiveTime=84213377 is milliseconds since boot and `inactive for 3s` a duration: no clock anywhere; uids and the hex flags are no times; each task's block is one record",
		entries: []worldEntry{
			wskip("ACTIVITY MANAGER RECENT TASKS (dumpsys activity recents)",
				"  mRecentsUid=10089",
				"  mRecentsComponent=ComponentInfo{com.android.launcher3/com.android.quickstep.RecentsActivity}",
				"  mFreezeTaskListReordering=false",
				"  mFreezeTaskListReorderingPendingTimeout=false",
				"  mHasVisibleRecentTasks=true",
				"",
				"  Recent tasks:"),
			we("", Unknown, "",
				"  * Recent #0: Task{7c2e1a9 #412 type=standard A=10173:com.example.mail U=0 visible=true visibleRequested=true mode=fullscreen translucent=false sz=1}",
				"    userId=0 effectiveUid=u0a173 mCallingUid=u0a89 mUserSetupComplete=true mCallingPackage=com.android.launcher3 mCallingFeatureId=null",
				"    affinity=10173:com.example.mail",
				"    intent={act=android.intent.action.MAIN cat=[android.intent.category.LAUNCHER] flg=0x10200000 cmp=com.example.mail/.ui.InboxActivity}",
				"    mActivityComponent=com.example.mail/.ui.InboxActivity",
				"    rootWasReset=true mNeverRelinquishIdentity=true mReuseTask=false mLockTaskAuth=LOCK_TASK_AUTH_PINNABLE",
				"    lastActiveTime=84213377 (inactive for 3s)"),
			we("", Unknown, "",
				"  * Recent #1: Task{1f04b6d #409 type=standard A=10144:com.example.maps U=0 visible=false visibleRequested=false mode=fullscreen translucent=true sz=1}",
				"    userId=0 effectiveUid=u0a144 mCallingUid=u0a89 mUserSetupComplete=true mCallingPackage=com.android.launcher3 mCallingFeatureId=null",
				"    affinity=10144:com.example.maps",
				"    intent={act=android.intent.action.MAIN cat=[android.intent.category.LAUNCHER] flg=0x10200000 cmp=com.example.maps/.MapsActivity}",
				"    mActivityComponent=com.example.maps/.MapsActivity",
				"    rootWasReset=true mNeverRelinquishIdentity=true mReuseTask=false mLockTaskAuth=LOCK_TASK_AUTH_PINNABLE",
				"    lastActiveTime=83978102 (inactive for 238s)"),
			we("", Unknown, "",
				"  * Recent #2: Task{a93d05e #398 type=standard A=1000:com.android.settings U=0 visible=false visibleRequested=false mode=fullscreen translucent=true sz=1}",
				"    userId=0 effectiveUid=1000 mCallingUid=u0a89 mUserSetupComplete=true mCallingPackage=com.android.launcher3 mCallingFeatureId=null",
				"    affinity=1000:com.android.settings",
				"    intent={act=android.intent.action.MAIN cat=[android.intent.category.LAUNCHER] flg=0x10200000 cmp=com.android.settings/.Settings}",
				"    mActivityComponent=com.android.settings/.Settings",
				"    rootWasReset=false mNeverRelinquishIdentity=true mReuseTask=false mLockTaskAuth=LOCK_TASK_AUTH_PINNABLE",
				"    lastActiveTime=80411590 (inactive for 3805s)"),
		},
	},
	{
		name:   "linux-util-linux-last-time-format-iso",
		source: "util-linux's `last -i --time-format iso` on a host at +01:00 (user, tty, the remote address with -i, login as ISO 8601 with the local offset, ` - ` and the logout or `still logged in`, the session's length in parentheses; the reboot pseudo-user with `system boot` and the kernel release; a blank line and `wtmp begins …` last): last(1) from util-linux (--time-format notime|short|full|iso); the line's layout from memory",
		why:    "the login time with a +01:00 offset is the record's time, the logout after it is not; the -i column is the client's address (0.0.0.0 for the reboot line), no host; `crash` ends a session, no level",
		entries: []worldEntry{
			we("2026-11-29T07:52:03Z", Unknown, "", "bkovacs  pts/1        10.20.3.19       2026-11-29T08:52:03+01:00   still logged in"),
			we("2026-11-29T07:41:16Z", Unknown, "", "nlind    pts/0        10.20.3.14       2026-11-29T08:41:16+01:00 - 2026-11-29T09:02:44+01:00  (00:21)"),
			we("2026-11-29T07:30:12Z", Unknown, "", "reboot   system boot  0.0.0.0          2026-11-29T08:30:12+01:00   still running"),
			we("2026-11-28T22:05:40Z", Unknown, "", "nlind    pts/0        10.20.3.14       2026-11-28T23:05:40+01:00 - crash                      (09:24)"),
			wskip("", "wtmp begins 2026-11-01T00:00:07+01:00"),
		},
	},
}

func TestFresh462Formats(t *testing.T) { assertTable(t, fresh462Cases) }
func TestFresh462Score(t *testing.T) {
	checkScore(t, "fresh462 formats", fresh462Cases, [worldNumFields]float64{74.9, 66.6, 74.9, 66.6})
}
