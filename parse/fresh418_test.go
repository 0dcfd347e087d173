package parse

import "testing"

// The four-hundred-and-eighteenth fresh table, written on 2026-12-06: the labelled datasets'
// domains, an eighteenth pass (OpenStack, Hadoop, HDFS, HPC, Linux, Windows, Mac): other
// components, versions and settings of those same products, in shapes no earlier table holds.
// Each family is one product's documented or observed output: python-openstackclient's
// `openstack compute service list` (cliff's bordered table, the service's Host column and nova's
// zone-less `Updated At` with microseconds); the older `nova-manage service list` (space-aligned
// columns, `:-)`/`XXX` states, `Updated_At` as `yyyy-mm-dd HH:MM:SS`); Hadoop's `hadoop key list
// -metadata` against a KMS (one key a line, `created:` as java.util.Date's toString with its zone
// word); `hdfs dfsadmin -rollingUpgrade query` (the status block with `Start Time: <Date> (=epoch
// ms)`); Slurm's `sacctmgr show transactions` (a dashed table, ISO time without zone first); bcc's
// `tcplife -T` (a bare `HH:MM:SS` first, addresses and ports after it); WMIC's `wmic /node:… os get
// csname,lastbootuptime` (a CIM_DATETIME `yyyymmddHHMMSS.ffffff±UUU` whose offset is in minutes,
// the CSName column naming the machine); macOS `sysctl kern.boottime kern.sleeptime
// kern.waketime` (`{ sec = N, usec = N }` then the same instant as a ctime string).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`Iteration#`, `Bytes Already Moved`, `balancer`, `ApplicationSummary`,
// `appMasterHost`, `structured log`, `"ts":"`, `cZxid`, `ctime = `, `mntr`, `zk_version`,
// `Zookeeper version`, `sacct`, `sacctmgr`, `show transactions`, `Transactions`, `scontrol show`,
// `SubmitTime=`, `qstat -f`, `Configuration data as of`, `Section start`, `setupapi`, `MSI (s)`,
// `msiexec`, `pfirewall`, `WindowsUpdate.log`, `ReportingEvents`, `AGENT_INSTALLING`, `Start-Date:`,
// `apt/history`, `cloud-init`, `unattended-upgrade`, `Xorg`, `(II)`, `----- pid`, `tombstone`,
// `modsecurity`, `-A--`, `mod_log_forensic`, `suexec`, `ssl_request`, `jk_connect`, `mod_jk`,
// `proxy-server`, `AUTH_`, `CREATE_IN_PROGRESS`, `install.log`, `installd`, `softwareupdate`,
// `wifi.log`, `airportd`, `debug1:`, `ssh -v`, `ssh-keygen`, `Valid: from`, `KRL`, `Generated at`,
// `genstamp=`, `clienttrace`, `DECRYPT_EEK`, `JvmMetrics`, `Hostname=`, `Time: 17`, `numInputRows`,
// `Batch: `, `bhist`, `Submitted from host`, `Job submitted from host`, `qacct`, `CREAT `,
// `changelog`, `ganglia`, `gmetad`, `Original Install Date`, `stripchart`, `netlogon`, `SamLogon`,
// `PACKET  `, `Robocopy`, `transcript`, `vmstat`, `iostat`, `conntrack`, `impstats`, `loopstats`,
// `tracking.log`, `dumpstate`, `Starting recovery`, `update_attempter`, `AH00558`, `moduli`,
// `Sieve next`, `swift-recon`, `Updated At`, `updated_at`, `Binary           | Host`,
// `| nova-compute`, `nova-scheduler |`, `nova-conductor`, `compute service list`, `ovs-vswitchd`,
// `bug_type`, `tmutil`, `MPLog`, `gstat`, `FSCK started`, `Node Http Address`, `Submitted At`,
// `RMAuditLogger`, `OPERATION=`, `tini -s`, `setLogLevel`, `LOGON TIME`, `Statistics since`,
// `netsetup`, `Malicious Software Removal`, `MpCmdRun`, `SrtTrail`, `utmpdump`, `Active: active`,
// `rkhunter`, `AIDE`, `lynis`, `snapper`, `Scrub started`, `zpool history`, `SUBDEBUG`, `[  OK  ]`,
// `LaunchState`, `fastboot`, `sched_switch`, `CurrentTime:`, `ssh-copy-id`, `socketfilterfw`,
// `<Notice>:`, `kMDItem`, `sntp`, `<stdout>:`, `job_stats`, `mmhealth`, `easybuild`, `ConMan`,
// `xinetd`, `Last-Health-Update`, `Start-Time :`, `AM Host`, `RestSubmissionClient`, `Event[0]`,
// `TimeCreated  :`, `Last Run Time`, `repadmin`, `still logged in`, `ip monitor`, `lightdm`,
// `apport`, `SystemTime=`, `LevelDisplayName`, `EventTime=`, `Report.wer`, `ASLMessageID`, `ab -g`,
// `gnuplot`, `getevent`, `JOB_NEW`, `JOB_FINISH`, `(pid:`, `badmin`, `created: `, `key list`,
// `key list -metadata`, `Listing keys for KeyProvider`, `ping -D`, `strace`, `execsnoop`,
// `tcplife`, `TX_KB`, `bcc`, `httpfs`, `directory.info`, `dumpio`, `-v zone`, `Panther`,
// `SoftwareDistribution`, `winget`, `DiagOutputDir`, `slaves.sh`, `workers.sh`, `Finalize Time`,
// `Rolling upgrade`, `kern.boottime`, `LastBootUpTime`, `+060`, `wmic /node`, `HotFixID`,
// `Get-HotFix`, `lstart`, `baremetal`, `node history`, `ondemand`, `nginx_stage`). OpenStack's
// cliff tables are in fresh402 (`server event list`) and elsewhere; the compute service list with
// its Host column is in none, nor nova-manage's `:-)` listing. Hadoop's KMS is in fresh13, fresh56,
// fresh112 and fresh370 as its audit log; `hadoop key list` is in none. HDFS's dfsadmin is in
// fresh402 and earlier (-report, the balancer); the rolling-upgrade query is in none. Slurm's
// sacct, sacctmgr show event, scontrol and sinfo are in fresh221, fresh360, fresh410 and others;
// sacctmgr's transaction table is in none. bcc's execsnoop is in fresh178; tcplife in none. WMIC is
// in fresh_test.go and fresh183 for other classes; a CIM_DATETIME with a minute offset behind
// /node: is in none. sysctl's kern.boottime is in none. Left out as measured already: ZooKeeper
// (its four-letter words, zkCli's stat, the audit log, the Bitnami console, zkServer.sh status),
// Spark (start-all.sh behind slaves.sh's prefixes in fresh163, the REST submission client in
// fresh300), WinGet's DiagOutputDir log (fresh22), Get-HotFix (fresh134, fresh370), Windows'
// ReportingEvents.log (fresh16), ab's gnuplot file (fresh320), sshd's moduli and ssh-keygen -M
// (fresh320). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). nova's `Updated At` and nova-manage's `Updated_At` have no zone (UTC);
// java.util.Date's `Sun Nov 29 07:41:16 UTC 2026` carries its zone word; the rolling-upgrade block's
// Date string and the epoch milliseconds after it are the same instant, either accepted; sacctmgr's
// `2026-11-29T07:41:16` has no zone; tcplife's `07:41:16` has no date and is on the clock's day;
// WMIC's `20261129084116.500000+060` is local time 60 minutes east of UTC, converted; sysctl's
// `{ sec, usec }` and its ctime string (the Mac kept in UTC) are the same instant, either accepted.
// No family marks a level: `XXX` (a service down), `Remove Users` and `<NOT FINALIZED>` are words of
// the output, not levels. The host is the record's host field: the service list's Host column (the
// machine the service runs on), WMIC's CSName; the KMS's URL, tcplife's addresses and sacctmgr's
// Where are no hosts. A record that spans lines is one entry: the rolling-upgrade status from
// `Rolling upgrade is in progress:` to its Finalize Time line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit a5d732f before any rule for it: level 100.0 %, time 87.5 %, host 62.5 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 85.7 %, host 60.7 %, records 100.0 %), in a
// worktree at a5d732f with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (Hadoop's key list, the HDFS rolling-upgrade block, sacctmgr's
// transactions, tcplife and sysctl's kern.boottime); the gaps are the host column of the OpenStack
// compute service list, the time and host of nova-manage's space-aligned service list, and WMIC's
// CSName column.

var fresh418Cases = []worldCase{
	{
		name:   "openstack-compute-service-list-host-updated-at",
		gap:    "trawl reads the Updated At cell's time but no host: the cliff table's `Host` column (named in the bordered header row) is not read as the row's host",
		source: "python-openstackclient's `openstack compute service list` (cliff's `+---+` bordered table: ID, Binary, Host, Zone, Status, State, Updated At as nova's zone-less `yyyy-MM-ddTHH:mm:ss.ffffff`): openstack-k8s-operators/openstack-operator PR #135 (a pasted listing)",
		why:    "a pipe-bordered row whose Host cell names the machine the service runs on; the service UUID is no time; the last cell is the time, no zone; `down` is a state, no level",
		entries: []worldEntry{
			wskip("+--------------------------------------+----------------+-------------+----------+---------+-------+----------------------------+",
				"| ID                                   | Binary         | Host        | Zone     | Status  | State | Updated At                 |",
				"+--------------------------------------+----------------+-------------+----------+---------+-------+----------------------------+"),
			we("2026-11-29T07:41:16Z", Unknown, "ctl-a01", "| 3c9e1f24-8b7a-4d52-9e06-1a2b3c4d5e6f | nova-conductor | ctl-a01     | internal | enabled | up    | 2026-11-29T07:41:16.000000 |"),
			we("2026-11-29T07:41:12Z", Unknown, "ctl-a01", "| 7d0f2a35-9c8b-4e63-8f17-2b3c4d5e6f70 | nova-scheduler | ctl-a01     | internal | enabled | up    | 2026-11-29T07:41:12.000000 |"),
			we("2026-11-29T07:41:09Z", Unknown, "cmp-r07n14", "| a1b2c3d4-0e9f-4a87-b6c5-d4e3f2a1b0c9 | nova-compute   | cmp-r07n14  | az-east  | enabled | up    | 2026-11-29T07:41:09.000000 |"),
			we("2026-11-29T06:12:47Z", Unknown, "cmp-r07n15", "| e5f6a7b8-1c2d-4e3f-9a0b-c1d2e3f4a5b6 | nova-compute   | cmp-r07n15  | az-east  | enabled | down  | 2026-11-29T06:12:47.000000 |"),
			wskip("+--------------------------------------+----------------+-------------+----------+---------+-------+----------------------------+"),
		},
	},
	{
		name:   "openstack-nova-manage-service-list-smiley",
		source: "nova-manage's `service list` (Essex/Folsom: space-aligned Binary, Host, Zone, Status, State as `:-)` or `XXX`, Updated_At as `yyyy-mm-dd HH:MM:SS` with no zone): nii-cloud/dodai-deploy issue #18 (a pasted listing)",
		why:    "columns separated by runs of spaces; the Host column names the service's machine; the smiley and XXX are states, no level; the time last, no zone",
		entries: []worldEntry{
			wskip("Binary           Host                                 Zone             Status     State Updated_At"),
			we("2026-11-29T07:41:16Z", Unknown, "ctl1.lab.example.net", "nova-scheduler   ctl1.lab.example.net                 nova             enabled    :-)   2026-11-29 07:41:16"),
			we("2026-11-29T07:41:14Z", Unknown, "ctl1.lab.example.net", "nova-cert        ctl1.lab.example.net                 nova             enabled    :-)   2026-11-29 07:41:14"),
			we("2026-11-29T07:41:11Z", Unknown, "cn03.lab.example.net", "nova-compute     cn03.lab.example.net                 nova             enabled    :-)   2026-11-29 07:41:11"),
			we("2026-11-29T05:58:40Z", Unknown, "cn04.lab.example.net", "nova-compute     cn04.lab.example.net                 nova             enabled    XXX   2026-11-29 05:58:40"),
		},
	},
	{
		name:   "hadoop-key-list-metadata-kms",
		source: "Hadoop's `hadoop key list -metadata -provider kms://http@kms1:9600/kms` (KeyShell: a `Listing keys for KeyProvider: …` line, then `name : ` and KeyProvider.Metadata's toString `cipher: …, length: …, description: …, created: <java.util.Date>, version: N, attributes: [k=v]`): hadoop-kms docs (KMS client configuration); the line layout from memory",
		why:    "the line's only time is `created:` as java.util.Date's toString with the UTC zone word, inside a comma list; the header names the KMS, no host; the key length and version are no times",
		entries: []worldEntry{
			we("", Unknown, "", "Listing keys for KeyProvider: KMSClientProvider[http://kms1.corp.example.org:9600/kms/v1/]"),
			we("2026-11-29T07:41:16Z", Unknown, "", "finance_ez : cipher: AES/CTR/NoPadding, length: 256, description: null, created: Sun Nov 29 07:41:16 UTC 2026, version: 1, attributes: [key.acl.name=finance_ez]"),
			we("2026-11-26T00:00:00Z", Unknown, "", "hr_ez : cipher: AES/CTR/NoPadding, length: 128, description: hr zone, created: Thu Nov 26 00:00:00 UTC 2026, version: 3, attributes: [key.acl.name=hr_ez]"),
			we("2026-11-29T06:58:03Z", Unknown, "", "tmp_scratch : cipher: AES/CTR/NoPadding, length: 128, description: null, created: Sun Nov 29 06:58:03 UTC 2026, version: 1, attributes: null"),
		},
	},
	{
		name:   "hdfs-dfsadmin-rolling-upgrade-query",
		source: "HDFS's `hdfs dfsadmin -rollingUpgrade query` (DFSAdmin prints `QUERY rolling upgrade ...`, then `Rolling upgrade is in progress:` and RollingUpgradeInfo's toString: `  Block Pool ID: …`, `     Start Time: <java.util.Date> (=epoch ms)`, `  Finalize Time: <NOT FINALIZED>`): HDFS Rolling Upgrade docs; the block's lines from memory",
		why:    "the status is one record over four lines; Start Time's Date string and the epoch milliseconds after it are one instant; the block pool id carries the namespace's creation epoch and an address, no time of this record",
		entries: []worldEntry{
			we("", Unknown, "", "QUERY rolling upgrade ..."),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.123Z", Unknown, "",
				"Rolling upgrade is in progress:",
				"  Block Pool ID: BP-1731224905-10.20.0.11-1731224905512",
				"     Start Time: Sun Nov 29 07:41:16 UTC 2026 (=1795938076123)",
				"  Finalize Time: <NOT FINALIZED>"),
		},
	},
	{
		name:   "hpc-slurm-sacctmgr-show-transactions",
		source: "Slurm's `sacctmgr show transactions` (a right-aligned table: Time as `yyyy-MM-ddTHH:mm:ss` with no zone, Action, Actor, Where, Info, a dashed rule under the header, long cells cut with `+`): Slurm::Sacctmgr::Transaction on metacpan (the entity); the columns from memory",
		why:    "the ISO time without zone first, right-aligned; `Remove Users` is an action, no level; Where names a user or an association, no host",
		entries: []worldEntry{
			wskip("               Time       Action      Actor                Where                 Info ",
				"------------------- ------------ ---------- -------------------- -------------------- "),
			we("2026-11-29T07:39:51Z", Unknown, "", "2026-11-29T07:39:51    Add Users       root                alice  admin_level='None' "),
			we("2026-11-29T07:39:51Z", Unknown, "", "2026-11-29T07:39:51 Add Associa+       root C = hpc1   A = phys+ default_account='ph+ "),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16 Modify Asso+       root  (user='alice' AND+        maxjobs=64 "),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026-11-29T07:41:20 Remove Users      slurm                  bob                      "),
		},
	},
	{
		name:   "linux-bcc-tcplife-wallclock",
		source: "bcc's tools/tcplife.py run with -T (a `TIME` column as `%H:%M:%S`, then PID, COMM, LADDR, LPORT, RADDR, RPORT, TX_KB, RX_KB and MS): iovisor/bcc tools/tcplife_example.txt and tcplife.py; from memory",
		why:    "a bare time of day first, on the clock's day; the local and remote addresses are peers, no host; the ports, kilobytes and milliseconds are no times",
		entries: []worldEntry{
			wskip("TIME     PID   COMM       LADDR           LPORT RADDR           RPORT TX_KB RX_KB MS"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 22597 curl       10.20.3.14      46644 10.20.7.2       443       0     4 41.72"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 1818  sshd       10.20.3.14      22    10.20.9.31      51822     5     3 812.40"),
			we("2026-11-29T07:41:19Z", Unknown, "", "07:41:19 30411 postgres   127.0.0.1       5432  127.0.0.1       40116     1     0 0.23"),
			we("2026-11-29T07:41:21Z", Unknown, "", "07:41:21 22610 wget       10.20.3.14      46652 10.20.7.2       80      151     0 1204.55"),
		},
	},
	{
		name:   "windows-wmic-node-os-lastbootuptime",
		source: "WMIC run against several machines (`wmic /node:\"ws-0412\",\"ws-0417\",\"ws-0420\" os get csname,lastbootuptime`: properties as columns in name order, CIM_DATETIME `yyyymmddHHMMSS.ffffff±UUU` with the UTC offset in minutes): Microsoft Learn 'CIM_DATETIME' and 'WMIC'; the layout from memory",
		why:    "CSName is the machine that answers; the CIM time is local with its offset in minutes (+060 CET, -300 EST, +000), converted; no level",
		entries: []worldEntry{
			wskip("CSName   LastBootUpTime             "),
			we("2026-11-29T07:41:16.5Z", Unknown, "WS-0412", "WS-0412  20261129084116.500000+060  "),
			we("2026-11-27T22:16:40Z", Unknown, "WS-0417", "WS-0417  20261127171640.000000-300  "),
			we("2026-11-29T06:58:03.125Z", Unknown, "WS-0420", "WS-0420  20261129065803.125000+000  "),
		},
	},
	{
		name:   "macos-sysctl-kern-boottime",
		source: "macOS `sysctl kern.boottime kern.sleeptime kern.waketime` (each a `struct timeval` printed as `{ sec = N, usec = N } ` then the same instant as ctime's `Sun Nov 29 07:41:16 2026` in local time): sysctl(8) on macOS; from memory",
		why:    "the epoch seconds with microseconds and the ctime string are one instant (the Mac kept in UTC), either accepted; the name before the colon is a sysctl, no host",
		entries: []worldEntry{
			we("2026-11-27T22:16:40.204117Z|2026-11-27T22:16:40Z", Unknown, "", "kern.boottime: { sec = 1795817800, usec = 204117 } Fri Nov 27 22:16:40 2026"),
			we("2026-11-29T06:58:03.871220Z|2026-11-29T06:58:03Z", Unknown, "", "kern.sleeptime: { sec = 1795935483, usec = 871220 } Sun Nov 29 06:58:03 2026"),
			we("2026-11-29T07:39:51.016402Z|2026-11-29T07:39:51Z", Unknown, "", "kern.waketime: { sec = 1795937991, usec = 16402 } Sun Nov 29 07:39:51 2026"),
		},
	},
}

func TestFresh418Formats(t *testing.T) { assertTable(t, fresh418Cases) }
func TestFresh418Score(t *testing.T) {
	checkScore(t, "fresh418 formats", fresh418Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 99.9})
}
