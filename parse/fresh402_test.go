package parse

import "testing"

// The four-hundred-and-second fresh table, written on 2026-12-06: the labelled datasets' domains,
// a sixteenth pass (HDFS, Hadoop, Spark, ZooKeeper, BGL, HPC, Thunderbird, Windows CBS, Linux,
// Android, HealthApp, Apache, Proxifier, OpenSSH, OpenStack, Mac), in other components and settings
// of those products that no earlier table holds. Each family is one product's documented or
// observed output: DISM's `/Get-Packages /Format:Table` (the servicing stack's package table, the
// list form being in fresh45); pdsh running `uptime` across compute nodes (each line behind the
// node's name); python-openstackclient's `openstack server event list` table; `who -u` on a Linux
// login node; `hdfs dfs -stat "%y %n %b %u:%g"`; `mapred job -list` with its epoch StartTime column
// after the client's log4j line; OpenSSH's sshd run by runit as `sshd -D -e` with its stderr logged
// by `svlogd -tt` (no syslog header, no facility); macOS `system_profiler SPInstallHistoryDataType`.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive: `Iteration#`, `Bytes Already Moved`, `LogLastModifiedTime`,
// `LogAggregationType`, `LoggingPodStatusWatcher`, `zkTxnLogToolkit`, `createSession`, `opensm`,
// `osm_`, `0x02 ->`, `ReportingEvents`, `AGENT_DETECTION`, `ssl_request_log`, `SSL_PROTOCOL`,
// `job-output`, `zuul`, `pmset`, `DarkWake`, `data_app_crash`, `log_forensic`, `tombstone`,
// `debug1: Reading configuration`, `last -F`, `still logged in`, `HealthApp`, `Step_LSC`,
// `Proxifier`, `open through proxy`, `OP_ADD`, `accessCount`, `FSCK started by`,
// `ApplicationSummary`, `JOB_SUBMITTED`, `Streaming query made progress`, `WatchedEvent`,
// `zk_version`, `ibm.mmcs`, `bgmaster`, `jobcomp`, `Log statistics`, `SrtTrail`, `CheckSUR`,
// `pfirewall`, `update-alternatives`, `rkhunter`, `lynis`, `sssd`, `apport`, `tracing_mark_write`,
// `----- pid`, `rewrite:trace`, `sftp-server`, `object-server`, `object-replicator`, `tempest`,
// `stack.sh`, `Microstackshots`, `daily.out`, `Disk Utility`, `socketfilterfw`, `Last contact`,
// `DISM Provider Store`, `short-unix`, `-v tag`, `-D -e`, `msec}t`, `{uc}t`, `[R:`,
// `"levelname": "`, `FluentFormatter`, `LogTimeFormat`, `fs_usage`, `Sampled system activity`,
// `vmstat`, `iostat`, `top - `, `ApplicationMaster RPC port`, `cZxid`, `auth.info sshd`,
// `proxy_fcgi`, `httpd: [`, `Cloud-init v.`, `Starting recovery`, `Install Time :`,
// `Package Identity`, `Packages listing`, `Format:Table`, `LastBusyTime`, `NodeName=`,
// `style syslog`, `[  OK  ]`, `Found 3 items`, `Time taken:`, `Client port found`, `Display Name`,
// `pidcat`, `dumpio`, `Never logged in`, `tracejob`, `CREATE_IN_PROGRESS`, `Submitted At`,
// `File System Counters`, `JvmMetrics`, `ausearch`, `aureport`, `realUid=`, `startTimeEpoch`,
// `utmpdump`, `btmp begins`, `ssh:notty`, `who -u`, `who -a`, `dfs -stat`, `Total jobs:`,
// `mapred job -list`, `server event list`, `| Start Time`, `pdsh` with `load average`, `svlogd`,
// `svlogd -tt`, `Install Date:`, `SPInstallHistory`). Nearly every product of the theme is in
// earlier tables; what was kept is the command or setting no table holds: DISM's package list
// (fresh45) but not its table; pdsh's prefix (fresh329 and others) but never over uptime; `hdfs
// dfs -ls` (fresh122) but not -stat; sshd behind svlogd -tt only through socklog's
// `facility.level:` (fresh10), never sshd's own stderr; `Install Date:` only in Windows'
// systeminfo (fresh370). Left out as measured already: the HDFS balancer, YARN aggregated logs,
// zkTxnLogToolkit and zkCli's stat, OpenSM, Windows ReportingEvents, CheckSUR and SrtTrail, pmset,
// Android exit-info and dropbox, Apache's forensic, dumpio and rewrite traces, Heat's event list,
// Spark's History REST and spark-sql CLI, HealthApp and Proxifier (world, fresh151 and later).
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). DISM's `11/29/2026 7:41 AM`, who's `2026-11-29 07:41`, the OpenStack
// table's `2026-11-29T07:41:16.000000`, -stat's %y and system_profiler's `11/29/26, 7:41 AM` carry
// no zone and are taken as UTC; uptime's `07:41:16` is a clock time on the clock's day; mapred's
// StartTime is epoch milliseconds; svlogd's -tt stamp is UTC. Levels only where the line marks one:
// the log4j level of mapred's client line, sshd's `error:` prefix; the tables, listings, uptime and
// plain sshd lines carry none. The host is the record's host field: the node's name pdsh puts
// before each line; who's `(10.20.0.5)`, the AM's tracking URL, the ResourceManager address and
// sshd's `from 10.…` are clients or peers, not hosts. A record that spans lines is one entry: a
// system_profiler block from its name line to the blank line after its Install Date; the table's
// borders and header rows are fed and not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (this pass had little time for searches, so most do). Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit d01cd4c before any rule for it: level 79.2 %, time 57.3 %, host 66.7 %, records 75.0 %.
// That is the macro figure (micro: level 81.5 %, time 55.6 %, host 66.7 %, records 77.8 %), in a
// worktree at d01cd4c with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (the OpenStack event table, who -u, -stat and sshd behind svlogd -tt); the
// gaps are the Install Time column of DISM's table, pdsh's node prefix and uptime's bare clock, the
// rows of `mapred job -list` joined to the client's log line, and system_profiler's install blocks
// joined to their heading.

var fresh402Cases = []worldCase{
	{
		name:   "windows-dism-get-packages-format-table",
		gap:    "trawl keeps each table row as its own record but reads no time from it: the Install Time `11/29/2026 7:41 AM` in the last ` | ` column (a US date with a 12-hour clock, no seconds) is not read",
		source: "`Dism /Online /Get-Packages /Format:Table` on Windows 11 24H2 (DISM's banner, `Packages listing:`, then a table with ` | ` separators and dashed rules: Package Identity, State, Release Type, Install Time as `M/d/yyyy h:mm AM`): learn.microsoft.com 'DismPackageInfo structure' (the InstallTime field), tekkigurus.com 'Using DISM /Get-Packages for Windows Image Inspection'; the table's layout from memory",
		why:    "a table row whose time is the last column, a US date with a 12-hour clock and no seconds or zone; the package version (26100.2314.1.10) is no time; no level, no host",
		entries: []worldEntry{
			wskip("",
				"Deployment Image Servicing and Management tool",
				"Version: 10.0.26100.1150",
				"",
				"Image Version: 10.0.26100.2314",
				"",
				"Packages listing:",
				"",
				"------------------------------------------------------------------------------------ | ------------- | --------------- | -------------------",
				"Package Identity                                                                     | State         | Release Type    | Install Time       ",
				"------------------------------------------------------------------------------------ | ------------- | --------------- | -------------------"),
			we("2026-11-29T07:41:00Z", Unknown, "", "Package_for_RollupFix~31bf3856ad364e35~amd64~~26100.2314.1.10                       | Installed     | Security Update | 11/29/2026 7:41 AM "),
			we("2026-11-29T07:43:00Z", Unknown, "", "Package_for_ServicingStack_2305~31bf3856ad364e35~amd64~~26100.2305.1.1               | Installed     | Update          | 11/29/2026 7:43 AM "),
			we("2026-11-29T08:02:00Z", Unknown, "", "Package_for_DotNetRollup_481~31bf3856ad364e35~amd64~~10.0.9294.1                    | Install Pending | Update        | 11/29/2026 8:02 AM "),
			we("2026-11-28T21:15:00Z", Unknown, "", "Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~en-US~10.0.26100.2314 | Installed  | Language Pack   | 11/28/2026 9:15 PM "),
			wskip("", "The operation completed successfully."),
		},
	},
	{
		name:   "hpc-pdsh-uptime-node-prefix",
		gap:    "trawl reads no time from uptime's bare clock `07:41:16` after pdsh's `cn02: ` prefix (the node name is the host since the forty-ninth session)",
		source: "pdsh 2.34 over ssh (`pdsh -w cn[01-04] uptime`: each node's output line behind `node: `, procps' uptime `HH:MM:SS up N days, H:MM, N users, load average: a, b, c`; ssh's own failure behind the node's name too): pdsh(1) and uptime(1), from memory",
		why:    "the node's name before the colon is the host of the line; uptime's clock time is on the clock's day; `up 9 days,  3:12` and the load averages are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "cn02", "cn02:  07:41:16 up 9 days,  3:12,  0 users,  load average: 31.87, 31.94, 31.90"),
			we("2026-11-29T07:41:16Z", Unknown, "cn01", "cn01:  07:41:16 up 9 days,  3:14,  1 user,  load average: 0.02, 0.05, 0.01"),
			we("2026-11-29T07:41:17Z", Unknown, "cn03", "cn03:  07:41:17 up 41 min,  0 users,  load average: 12.40, 9.77, 5.02"),
			we("", Unknown, "cn04", "cn04: ssh: connect to host cn04 port 22: No route to host"),
		},
	},
	{
		name:   "openstack-server-event-list-table",
		source: "python-openstackclient's `openstack server event list <server>` (cliff's table: `+---+` borders, Request ID, Server ID, Action, Start Time as nova's `yyyy-MM-ddTHH:mm:ss.ffffff` with no zone): docs.openstack.org python-openstackclient 'server event' (pike, train, latest), Huawei Cloud ECS API 'NovaShowServerAction' (the start_time format); the table's layout from memory",
		why:    "a pipe-bordered row with the time in the last cell and no zone; the request and server UUIDs are no times; no level, no host",
		entries: []worldEntry{
			wskip("+------------------------------------------+--------------------------------------+---------------+----------------------------+",
				"| Request ID                               | Server ID                            | Action        | Start Time                 |",
				"+------------------------------------------+--------------------------------------+---------------+----------------------------+"),
			we("2026-11-29T07:52:40Z", Unknown, "", "| req-7c1d9e2f-3a4b-4c5d-8e6f-0a1b2c3d4e5f | 4e8a1c2b-9d3f-4a6e-b7c8-2f1e0d9c8b7a | live-migration | 2026-11-29T07:52:40.000000 |"),
			we("2026-11-29T07:41:16Z", Unknown, "", "| req-3b9e1c2a-7f4d-4e8a-b0c1-5d6e7f8a9b0c | 4e8a1c2b-9d3f-4a6e-b7c8-2f1e0d9c8b7a | reboot        | 2026-11-29T07:41:16.000000 |"),
			we("2026-11-28T22:03:09Z", Unknown, "", "| req-0f9e8d7c-6b5a-4f3e-9d2c-1b0a9f8e7d6c | 4e8a1c2b-9d3f-4a6e-b7c8-2f1e0d9c8b7a | create        | 2026-11-28T22:03:09.000000 |"),
			wskip("+------------------------------------------+--------------------------------------+---------------+----------------------------+"),
		},
	},
	{
		name:   "linux-who-u-logged-in",
		source: "coreutils `who -u` on a login node (name, line, login time `yyyy-MM-dd HH:MM` in the ISO style, idle `.`/`old`/`HH:MM`, pid, the remote address in parentheses): who(1), from memory",
		why:    "a login time with no seconds and no zone; the idle column (00:05) and the pid are no times; the address in parentheses is a client, not the host",
		entries: []worldEntry{
			we("2026-11-28T22:10:00Z", Unknown, "", "root     tty1         2026-11-28 22:10  old          901"),
			we("2026-11-29T07:41:00Z", Unknown, "", "alice    pts/0        2026-11-29 07:41 00:05        2240 (10.20.0.5)"),
			we("2026-11-29T07:52:00Z", Unknown, "", "bkumar   pts/1        2026-11-29 07:52   .          2391 (10.20.0.17)"),
		},
	},
	{
		name:   "hdfs-dfs-stat-format",
		source: "Hadoop 3.3's `hdfs dfs -stat \"%y %n %b %u:%g\" /data/etl/2026-11-29/*` (%y the modification time as `yyyy-MM-dd HH:mm:ss` in UTC, %n the name, %b the length, owner:group): Hadoop FileSystem Shell guide 'stat', from memory",
		why:    "a zone-less time first, then a file name holding a date of its own (part-2026-11-29); the byte count is no epoch; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 _SUCCESS 0 etl:supergroup"),
			we("2026-11-29T07:41:09Z", Unknown, "", "2026-11-29 07:41:09 part-2026-11-29-00000.parquet 134217728 etl:supergroup"),
			we("2026-11-29T07:41:12Z", Unknown, "", "2026-11-29 07:41:12 part-2026-11-29-00001.parquet 98122410 etl:supergroup"),
		},
	},
	{
		name:   "hadoop-mapred-job-list-epoch",
		gap:    "trawl joins `Total jobs:N`, the tab-separated header and every job row to the client's log4j line before them: the rows are not records of their own, and their 13-digit epoch StartTime is not read",
		source: "Hadoop 3's `mapred job -list` (the client's console log4j line `yyyy-MM-dd HH:mm:ss,SSS LEVEL logger: msg`, then `Total jobs:N`, a tab-separated header and one row a job with StartTime in epoch milliseconds and the AM's tracking URL): Hadoop MapReduce Commands Guide 'job', from memory",
		why:    "the client's log line is a record with its own time and level; each job row's time is the 13-digit epoch in its fourth column; the job id's 1795900000000 is the RM's start, not the row's time; the URL names the AM, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.412Z", Info, "", "2026-11-29 07:41:20,412 INFO client.DefaultNoHARMFailoverProxyProvider: Connecting to ResourceManager at rm01.example.org/10.20.0.11:8032"),
			wskip("Total jobs:2",
				"                  JobId\t     JobName\t      State\t  StartTime\t     UserName\t       Queue\t  Priority\t UsedContainers\t RsvdContainers\t  UsedMem\t  RsvdMem\t  NeededMem\t    AM info"),
			we("2026-11-29T07:41:16.123Z", Unknown, "", " job_1795900000000_0042\t   wordcount\t    RUNNING\t1795938076123\t        alice\t     default\t    NORMAL\t              3\t              0\t    3072M\t       0M\t     3072M\thttp://rm01.example.org:8088/proxy/application_1795900000000_0042/"),
			we("2026-11-29T07:40:02.877Z", Unknown, "", " job_1795900000000_0041\t  terasort-b\t       PREP\t1795938002877\t          etl\t         etl\t      HIGH\t              1\t              0\t    2048M\t       0M\t     2048M\thttp://rm01.example.org:8088/proxy/application_1795900000000_0041/"),
		},
	},
	{
		name:   "openssh-sshd-runit-svlogd-tt",
		source: "OpenSSH 9.x's sshd run by runit (`exec sshd -D -e`, so log lines go to stderr with no ident or pid) and logged by `svlogd -tt` (a `yyyy-MM-dd_HH:MM:SS.xxxxx` UTC stamp before each line; sshd's `error:` prefix at LogLevel ERROR): runit svlogd(8) -tt and sshd(8) -e, from memory",
		why:    "svlogd's underscore-joined UTC stamp with five fractional digits; no syslog header, so no host; `error:` marks the level and plain lines carry none; `from 10.…` is a client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.41234Z", Unknown, "", "2026-11-29_07:41:16.41234 Server listening on 0.0.0.0 port 22."),
			we("2026-11-29T07:41:22.90817Z", Unknown, "", "2026-11-29_07:41:22.90817 Accepted publickey for alice from 10.20.0.5 port 51234 ssh2: ED25519 SHA256:Qm7rXk2v8p1qzW3hd0r3cA9b4e6f1a2c5d7e8f0b1c3d4e5"),
			we("2026-11-29T07:41:40.00521Z", Error, "", "2026-11-29_07:41:40.00521 error: kex_exchange_identification: Connection closed by remote host"),
			we("2026-11-29T07:41:51.77310Z", Unknown, "", "2026-11-29_07:41:51.77310 Connection closed by authenticating user root 203.0.113.44 port 40112 [preauth]"),
		},
	},
	{
		name:   "macos-system-profiler-install-history",
		gap:    "trawl joins every install block to the `Installations:` heading before it: a block is not cut at its indented `Name:` line, and its `Install Date: 11/29/26, 7:41 AM` (two-digit year, comma, 12-hour clock) is not read as its time",
		source: "macOS 15's `system_profiler SPInstallHistoryDataType` (an `Installations:` heading, then per install an indented `Name:` line, a blank line, and `Version:`, `Source:`, `Install Date: M/d/yy, h:mm AM` lines, a blank line after each block): system_profiler(8), from memory",
		why:    "a block of labelled lines is one record, its time the Install Date with a two-digit year, a comma and a 12-hour clock and no zone; the version (15.1.1, 5281) is no time; no level, no host",
		entries: []worldEntry{
			wskip("Installations:", ""),
			we("2026-11-29T07:41:00Z", Unknown, "",
				"    macOS Sequoia 15.1.1:",
				"",
				"      Version: 15.1.1",
				"      Source: Apple",
				"      Install Date: 11/29/26, 7:41 AM",
				""),
			we("2026-11-29T08:02:00Z", Unknown, "",
				"    XProtectPlistConfigData:",
				"",
				"      Version: 5281",
				"      Source: Apple",
				"      Install Date: 11/29/26, 8:02 AM",
				""),
			we("2026-11-28T21:15:00Z", Unknown, "",
				"    Xcode:",
				"",
				"      Version: 16.1",
				"      Source: 3rd Party",
				"      Install Date: 11/28/26, 9:15 PM",
				""),
		},
	},
}

func TestFresh402Formats(t *testing.T) { assertTable(t, fresh402Cases) }
func TestFresh402Score(t *testing.T) {
	checkScore(t, "fresh402 formats", fresh402Cases, [worldNumFields]float64{79.1, 57.2, 79.1, 74.9})
}
