package parse

import "testing"

// The three-hundred-and-sixty-fourth fresh table, written on 2026-12-06: the domains of the public
// labelled log datasets (LogPAI's loghub: HDFS, Hadoop, Spark, ZooKeeper, OpenStack, BGL,
// Thunderbird, HPC, Linux, Mac, Windows CBS, Android, Apache, OpenSSH), a thirteenth pass after
// fresh16, fresh68, fresh80, fresh102, fresh110, fresh118, fresh127, fresh130, fresh151, fresh305,
// fresh320 and fresh348: other daemons, tools and settings of the same systems, in shapes no
// earlier table holds. Each family is one product's documented or observed output: the pre-Windows
// 10 WindowsUpdate.log (tab-separated date, a time with a colon before the milliseconds, pid, tid
// and component); OpenSSH's `sshd -t` configuration check (untimed `file line N:` diagnostics and
// the terminating line); Zuul's job-output.txt from OpenStack's devstack jobs (a zone-less
// microsecond stamp, ` | `, the node's name for task output); the HDFS NameNode's QuorumJournalManager
// failure (log4j lines, a QuorumException whose per-journal responses follow on lines of their own);
// a Linux pstore oops record read from /sys/fs/pstore (an `Oops#1 Part1` header over kmsg lines with
// `<N>` priorities and uptime stamps); Slurm's `srun -v` option dump on an HPC cluster (untimed
// `srun: ` lines); YARN's `yarn application -status` report (a tab-indented `Key : value` block with
// epoch-millisecond Start-Time and Finish-Time); Apache httpd's htcacheclean with -v (an untimed
// statistics block per run).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`FSCK started`, `fsck`, `LogLastModifiedTime`, `LogAggregationType`, `LoggingPodStatusWatcher`,
// `proxy-server:`, `/Nov/2026/`, `debug1:`, `logrotate`, `rotating pattern`, `pmset`, `DISM`,
// `setupapi`, `WindowsUpdate`, `-v long`, `am_proc_start`, `Server@`, `;Svr;`, `lsb.events`,
// `htcacheclean`, `OpenSSH_9`, `bug_type`, `install.log`, `zkServer`, `dfsadmin`, `distcp`,
// `beeline`, `nova-manage`, `cloud-init`, `keystone`, `ulimit -a for user`, `Application Report`,
// `Application report for`, `Application-Id :`, `livy`, `kazoo`, `go-zookeeper`, `devstack`,
// `tempest`, `|bridge|`, `REQ: curl`, `still logged in`, `apport`, `airportd`, `fsck_hfs`,
// `eventMessage`, `netlogon`, `MSI (s)`, `MPLog`, `setupact`, `w32time`, `dumpstate`, `----- pid`,
// `tombstone`, `qmaster`, `Job submitted from host`, `condor`, `moab`, `mmfs`, `curator`,
// `zkSnapShot`, `kolla`, `rally`, `juju`, `uwsgi`, `xensource`, `utmpdump`, `ASLMessageID`,
// `ReportingEvents`, `NetSetup`, `logcat -v`, `LoadL`, `ipmitool`, `dcgm`, `httpd[`, `apache2[`,
// `Spark Executor Command`, `(CONNECTED)`, `job-output`, `| controller |`, `Runtime: 0:`, `zuul`,
// `sshd-session`, `sshd-auth`, `short-monotonic`, `wevtutil`, `HTTPERR`, `EventTime=`, `LogTimeFormat`,
// `jobcomp`, `QuorumJournalManager`, `QuorumException`, `Got too many exceptions`, `sendEdits`,
// `MpCmdRun`, a tab-led `Agent` column, `Logwatch`, `rkhunter`, `SUBDEBUG`, `Bad configuration
// option`, `terminating, `, `Unsupported option`, `sshd -t`, `ramoops`, `Oops#1`, `Panic#`,
// `defined options`, `LaunchState:`, `AH00526`). Zuul's scheduler log is in an earlier table; its
// job-output.txt is in none. pstore is in earlier tables with a Panic header; an Oops record with
// kmsg priorities is in none. The YARN report's `Application-Id :` block, the legacy tabbed
// WindowsUpdate.log, sshd's config-check diagnostics, the QuorumException's response lines, srun's
// option dump and htcacheclean's statistics are in none. Left out as measured already: almost every
// other candidate above (the grep found each in an earlier table). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). WindowsUpdate.log's local time and Zuul's stamp carry no zone and are taken
// as UTC; pstore's `[  812.334101]` is uptime, no clock; the YARN report's Start-Time and
// Finish-Time are the application's, not the report's, so the report has no time of its own.
// Levels only where the line marks one: log4j's level word, the kmsg `<N>` priority; sshd's,
// srun's, htcacheclean's, Zuul's and WindowsUpdate.log's lines mark none. The host is the record's
// host field: Zuul's node column; the NameNode's journal addresses, the YARN report's AM Host and
// the Tracking-URL's host are not the record's host. A record that spans lines is one entry: the
// QuorumException with its response lines and stack frames, the YARN report, an htcacheclean run.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit afdf59b before any rule for it: level 97.5 %, time 100.0 %, host 92.5 %, records 87.5 %.
// That is the macro figure (micro: level 96.9 %, time 100.0 %, host 90.6 %, records 93.8 %), in a
// worktree at afdf59b with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are the message's `WARNING:` in the legacy WindowsUpdate.log read
// as a level, Zuul's node column as the host, and htcacheclean's statistics block.

var fresh364Cases = []worldCase{
	{
		name:   "windows-update-log-legacy-tabs",
		gap:    "trawl reads the message's leading `WARNING:` after the tab-separated component column (`AU\tWARNING: Failed to find updates…`) as the level; the line marks none",
		source: "Windows 7/8.1 %windir%\\WindowsUpdate.log written by the Windows Update agent (`yyyy-MM-dd<TAB>HH:mm:ss:mmm<TAB> pid<TAB>tid<TAB>Component<TAB>msg`, local time, no zone): from memory",
		why:    "tab-separated date and time with a colon before the milliseconds; the pid and hex tid columns are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "", "2026-11-29\t07:41:16:123\t 1012\t1a4c\tAgent\t*************"),
			we("2026-11-29T07:41:16.125Z", Unknown, "", "2026-11-29\t07:41:16:125\t 1012\t1a4c\tAgent\t** START **  Agent: Finding updates [CallerId = AutomaticUpdates]"),
			we("2026-11-29T07:41:19.880Z", Unknown, "", "2026-11-29\t07:41:19:880\t 1012\t1a4c\tAgent\t  * Found 0 updates and 84 categories in search; evaluated appl. rules of 1204 out of 1833 deployed entities"),
			we("2026-11-29T07:41:20.004Z", Unknown, "", "2026-11-29\t07:41:20:004\t 1012\t1f30\tAU\t#############"),
			we("2026-11-29T07:41:20.011Z", Unknown, "", "2026-11-29\t07:41:20:011\t 1012\t1f30\tAU\tWARNING: Failed to find updates with error code 8024402C"),
		},
	},
	{
		name:   "openssh-sshd-t-config-check",
		source: "OpenSSH 9.x `sshd -t` on a broken sshd_config (servconf.c's `%s line %d: Deprecated option %s`, `Unsupported option`, `Bad configuration option: %s`, then `%s: terminating, %d bad configuration options`): from memory",
		why:    "untimed diagnostics led by a path and a line number; `line 42` is no time; no level word, no host",
		entries: []worldEntry{
			we("", Unknown, "", "/etc/ssh/sshd_config line 23: Deprecated option UsePrivilegeSeparation"),
			we("", Unknown, "", "/etc/ssh/sshd_config line 42: Unsupported option GSSAPIKexAlgorithms"),
			we("", Unknown, "", "/etc/ssh/sshd_config line 57: Bad configuration option: PermitRootLogn"),
			we("", Unknown, "", "/etc/ssh/sshd_config: terminating, 1 bad configuration options"),
		},
	},
	{
		name:   "openstack-zuul-job-output-node-column",
		gap:    "trawl reads the time but not the host of `stamp | node | text`: the node column between two ` | ` separators is not read as the host",
		source: "Zuul's job-output.txt of an OpenStack devstack job (zuul_stream: `yyyy-MM-dd HH:mm:ss.ffffff | TASK [role : name]`, task output as `stamp | node | text`, `ok: Runtime: H:MM:SS.ffffff`): from memory",
		why:    "a zone-less microsecond stamp then ` | `; the node column after it is the host; TASK lines have no node",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Unknown, "", "2026-11-29 07:41:16.123456 | TASK [devstack : Write a job-specific local.conf]"),
			we("2026-11-29T07:41:17.334210Z", Unknown, "controller", "2026-11-29 07:41:17.334210 | controller | changed"),
			we("2026-11-29T07:41:18.002771Z", Unknown, "", "2026-11-29 07:41:18.002771 | TASK [run devstack]"),
			we("2026-11-29T07:41:18.410032Z", Unknown, "controller", "2026-11-29 07:41:18.410032 | controller | + ./stack.sh:main:236                     :   NOUNSET=True"),
			we("2026-11-29T07:58:02.871455Z", Unknown, "controller", "2026-11-29 07:58:02.871455 | controller | ok: Runtime: 0:16:44.461004"),
		},
	},
	{
		name:   "hdfs-namenode-qjm-quorum-exception",
		source: "the HDFS NameNode with QuorumJournalManager (Hadoop 3 log4j `%d{ISO8601} %p %c: %m%n`; QuorumCall's `Waited N ms (timeout=N ms) for a response for sendEdits`, a QuorumException listing `N successful responses:` and `N exceptions thrown:` one journal a line before the stack frames): from memory",
		why:    "ISO time with a comma; a QuorumException's response lines start with a journal address and are part of the record; the journal addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Warn, "", "2026-11-29 07:41:16,123 WARN org.apache.hadoop.hdfs.qjournal.client.QuorumJournalManager: Waited 6001 ms (timeout=20000 ms) for a response for sendEdits. Succeeded so far: [10.40.2.11:8485]"),
			we("2026-11-29T07:41:30.118Z", Critical, "",
				"2026-11-29 07:41:30,118 FATAL org.apache.hadoop.hdfs.server.namenode.FSEditLog: Error: flush failed for required journal (JournalAndStream(mgr=QJM to [10.40.2.11:8485, 10.40.2.12:8485, 10.40.2.13:8485], stream=QuorumOutputStream starting at txid 48213377))",
				"org.apache.hadoop.hdfs.qjournal.client.QuorumException: Got too many exceptions to achieve quorum size 2/3. 1 successful responses:",
				"10.40.2.11:8485: null [success]",
				"2 exceptions thrown:",
				"10.40.2.12:8485: Call From nn1.hdp.example.org/10.40.2.5 to jn2.hdp.example.org:8485 failed on socket timeout exception",
				"10.40.2.13:8485: Journal disabled until next roll",
				"\tat org.apache.hadoop.hdfs.qjournal.client.QuorumException.create(QuorumException.java:81)",
				"\tat org.apache.hadoop.hdfs.qjournal.client.QuorumCall.rethrowException(QuorumCall.java:305)"),
			we("2026-11-29T07:41:30.124Z", Info, "", "2026-11-29 07:41:30,124 INFO org.apache.hadoop.util.ExitUtil: Exiting with status 1: Error: flush failed for required journal"),
		},
	},
	{
		name:   "linux-pstore-dmesg-oops",
		source: "a Linux pstore record /sys/fs/pstore/dmesg-ramoops-0 after an oops (kmsg_dump: an `Oops#N PartN` header, then kernel lines with the `<N>` console priority and the printk uptime): kernel Documentation/admin-guide/ramoops.rst; the line shapes from memory",
		why:    "a header line of its own; `<4>` is warning and `<1>` alert; `[  812.334101]` is uptime, no clock; no host",
		entries: []worldEntry{
			we("", Unknown, "", "Oops#1 Part1"),
			we("", Info, "", "<6>[  812.301877] usb 1-1.3: USB disconnect, device number 5"),
			we("", Alert, "", "<1>[  812.334101] BUG: kernel NULL pointer dereference, address: 0000000000000040"),
			we("", Alert, "", "<1>[  812.334117] #PF: supervisor read access in kernel mode"),
			we("", Warn, "", "<4>[  812.334190] CPU: 2 PID: 4121 Comm: kworker/2:1 Tainted: G           O      6.8.0-49-generic #49-Ubuntu"),
		},
	},
	{
		name:   "slurm-srun-verbose-options",
		source: "Slurm's `srun -v` on an HPC cluster (the option dump `srun: defined options`, a dashed rule, `srun: name : value` lines, then `srun: jobid N: nodes(N):` and launch lines): from memory",
		why:    "untimed `srun: ` lines; the time-limit value 01:00:00 is no time; `error:` after the program name is Slurm's error marker; node names are no hosts",
		entries: []worldEntry{
			we("", Unknown, "", "srun: defined options"),
			we("", Unknown, "", "srun: -------------------- --------------------"),
			we("", Unknown, "", "srun: nodes               : 4"),
			we("", Unknown, "", "srun: time                : 01:00:00"),
			we("", Unknown, "", "srun: jobid 881203: nodes(4):`cn[041-044]', cpu counts: 32(x4)"),
			we("", Error, "", "srun: error: cn043: task 17: Exited with exit code 1"),
		},
	},
	{
		name:   "yarn-application-status-report",
		source: "Hadoop 3 `yarn application -status <id>` (ApplicationCLI: `Application Report : ` then tab-indented `Key : value` lines, Start-Time and Finish-Time in epoch milliseconds): from memory",
		why:    "one report a record; Start-Time is the application's epoch, not the report's; AM Host and the Tracking-URL's host are not the record's host; no level",
		entries: []worldEntry{
			we("", Unknown, "",
				"Application Report : ",
				"\tApplication-Id : application_1795900000000_0042",
				"\tApplication-Name : wordcount",
				"\tApplication-Type : MAPREDUCE",
				"\tUser : alice",
				"\tQueue : default",
				"\tStart-Time : 1795938076123",
				"\tFinish-Time : 0",
				"\tProgress : 53%",
				"\tState : RUNNING",
				"\tFinal-State : UNDEFINED",
				"\tTracking-URL : http://rm1.hdp.example.org:8088/proxy/application_1795900000000_0042/",
				"\tRPC Port : 40123",
				"\tAM Host : nm-07.hdp.example.org",
				"\tDiagnostics : "),
			we("", Unknown, "",
				"Application Report : ",
				"\tApplication-Id : application_1795900000000_0043",
				"\tApplication-Name : teragen",
				"\tApplication-Type : MAPREDUCE",
				"\tUser : bob",
				"\tQueue : batch",
				"\tStart-Time : 1795938301554",
				"\tFinish-Time : 1795938540902",
				"\tProgress : 100%",
				"\tState : FINISHED",
				"\tFinal-State : SUCCEEDED",
				"\tTracking-URL : http://jhs1.hdp.example.org:19888/jobhistory/job/job_1795900000000_0043",
				"\tRPC Port : 38817",
				"\tAM Host : nm-03.hdp.example.org",
				"\tDiagnostics : "),
		},
	},
	{
		name:   "apache-htcacheclean-verbose-stats",
		gap:    "trawl cuts htcacheclean's untimed statistics block after `Cleaned <path>. Statistics:`: the size, inode, entry and deleted lines are not joined to it",
		source: "Apache httpd 2.4's htcacheclean run with -v (`Cleaned <path>. Statistics:` then size and inode limits, before/after totals and the deleted-entries line, untimed): from memory",
		why:    "an untimed statistics block per run is one record; sizes like 100.0M and counts are no times; no level, no host",
		entries: []worldEntry{
			we("", Unknown, "",
				"Cleaned /var/cache/apache2/mod_cache_disk. Statistics:",
				"size limit 100.0M",
				"inodes limit 0",
				"total size was 167.3M, total size now 99.9M",
				"total inodes was 5120, total inodes now 3046",
				"total entries was 2560, total entries now 1523",
				"1037 entries deleted (0 from future, 12 expired, 1025 fresh)"),
			we("", Unknown, "",
				"Cleaned /var/cache/apache2/mod_cache_disk. Statistics:",
				"size limit 100.0M",
				"inodes limit 0",
				"total size was 103.8M, total size now 99.6M",
				"total inodes was 3122, total inodes now 3004",
				"total entries was 1561, total entries now 1502",
				"59 entries deleted (0 from future, 3 expired, 56 fresh)"),
		},
	},
}

func TestFresh364Formats(t *testing.T) { assertTable(t, fresh364Cases) }
func TestFresh364Score(t *testing.T) {
	checkScore(t, "fresh364 formats", fresh364Cases, [worldNumFields]float64{97.4, 99.9, 92.4, 87.4})
}
