package parse

import "testing"

// The four-hundred-and-seventy-third fresh table: the labelled datasets' domains, a twenty-fifth
// pass (the kinds of systems public labelled log datasets draw from: HDFS, Hadoop, Spark,
// ZooKeeper, BGL/HPC supercomputers, Thunderbird, Windows CBS, Linux syslog, Android, HealthApp,
// Apache, Proxifier, OpenSSH, OpenStack, macOS), with products and outputs of those domains that no
// earlier table holds. Each family is one product's documented or observed output: Open vSwitch's
// `ovsdb-tool show-log -m` on a Neutron compute node (OpenStack); macOS' `diskutil activity` (the
// Disk Arbitration events with `Time=yyyyMMdd-HH:mm:ss.ffff` last); Spark Structured Streaming's
// file sink log `_spark_metadata/N` (a `v1` line, then one JSON object per output file); the OAR
// batch scheduler's `oarstat -f` job blocks (HPC); libssh's own stderr log (`[date time, N]
// function:  msg`, the SSH domain beside OpenSSH); Psiphon's tunnel-core notices (JSON lines, the
// Proxifier domain of proxy and tunnel clients); PowerShell's `Get-WindowsPackage -Online` list of
// CBS packages (Windows servicing); Apache Ant's ProfileLogger (a java.util.Date after each target's
// and task's `started` and `finished`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `kms-audit`, `OK[op=`, `kms`, `OPERATION=`, `RMAuditLogger`,
// `Log4jAuditLogger`, `zookeeper_audit`, `operation=create`, `Svr;Log`, `pbs_server`, `pbs_mom`,
// `;0002;`, `condor`, `(pid:`, `setupapi`, `Section start`, `>>>  `, `MSI (s)`, `MPLog`, `netlogon`,
// `SamLogon`, `DhcpSrvLog`, `sudo.log`, `TTY=pts`, `-v long`, `logcat-long`, `modsec`,
// `--a1b2c3d4-A--`, `nifi`, `o.a.n.`, `mod_jk`, `init_jk`, `privoxy`, `sockd`, `3proxy`,
// `tinyproxy`, `ccproxy`, `dropbear`, `stack.sh`, `jamf`, `munki`, `ManagedSoftwareUpdate`,
// `install.log`, `installd`, `HealthApp`, `Step_LSC`, `Proxifier`, `open through proxy`,
// `thunderbird`, `OP_ADD`, `FSCK started`, `Last contact`, `Submitted At`, `oozie`, `ambari`,
// `MainThread agent`, `made progress`, `livy`, `zeppelin`, `zkTxnLogToolkit`, `LogFormatter`,
// `SnapshotFormatter`, `ctime = `, `sinfo`, `tracejob`, `bhist`, `bjobs`, `qacct`, `ipmitool`,
// `ipmi-sel`, `nvidia-smi`, `lctl dk`, `ptlrpc`, `opensm`, `mmhealth`, `ReportingEvents`,
// `MpCmdRun`, `Get-HotFix`, `setuperr`, `CheckSUR`, `utmpdump`, `coredumpctl`, `list-timers`,
// `am_proc_start`, `tracing_mark_write`, `solr`, `QTime`, `cassandra`, `flink`, `geode`,
// `couchdb`, `karaf`, `derby`, `jmeter`, `doris`, `sing-box`, `xray`, `v2ray`, `clash`, `mihomo`,
// `frpc`, `gost`, `hysteria`, `cntlm`, `Bootstrapped`, `putty`, `Win32-OpenSSH`, `winscp`,
// `CREATE_IN_PROGRESS`, `cloud-init`, `proxy-server`, `ovs-vswitchd`, `fs_usage`, `powermetrics`,
// `spindump`, `softwareupdate`, `ZOO_INFO@`, `ZOO_`, `kazoo`, `listDirectives`, `Iteration#`,
// `Bytes Already Moved`, `PreferredBlockSize`, `Last-Health-Update`, `YARN top`,
// `LoggingPodStatusWatcher`, `Application status for`, `ConsoleReporter`, `-- Gauges`, `sdiag`,
// `ReservationName`, `broker.info`, `flux`, `flux jobs`, `flux job`, `eventlog`, `clush`, `xcat`,
// `01CREAT`, `changelog`, `beegfs`, `UCX  `, `ucx`, `NCCL`, `libfabric`, `Date of Last Cleanup`,
// `AnalyzeComponentStore`, `MoSetup`, `MOUPG`, `NetSetup`, `NetpDoDomainJoin`, `GPSVC(`, `gpsvc`,
// `mrt.log`, `Malicious Software Removal`, `Debug line with all properties`, `RSYSLOG_DebugFormat`,
// `with-unit`, `logread`, `system_app_crash`, `MOVE_TO_FOREGROUND`, `ApplicationExitInfo`,
// `exit-info`, `suexec`, `ScriptLog`, `%% [`, `penalty:`, `sshguard`, `moduli`, `ovsdb-tool`,
// `ovsdb`, `show-log`, `record 1:`, `table Open_vSwitch`, `Open_vSwitch`, `swift list`,
// `n=ansible`, `fsck_apfs`, `launchd.log`, `<Notice>:`, `airportd`, `socketfilterfw`,
// `usagestats`, `ACTIVITY_RESUMED`, `dncp_block`, `genstamp=`, `jhist`, `JOB_SUBMITTED`,
// `Start-Time :`, `racadm`, `lclog`, `SeqNumber`, `ras-mc-ctl`, `mcelog`, `Hardware event`, `qfe`,
// `Get-WUHistory`, `PSWindowsUpdate`, `Burn v3`, `i001:`, `Setup: [`, `DirectX.log`, `infinst`,
// `MpSigStub`, `faillock`, `pam_tally`, `busctl`, `dbus-monitor`, `signal time=`, `impstats`,
// `pstats`, `bluetooth_manager`, `Wake Lock Log`, `cloudstack`, `logid:`, `storm`, `IgniteKernal`,
// `qpid`, `BRK-1001`, `Kettle`, `flume`, `knox`, `gateway-audit`, `ranger`, `usersync`, `redsocks`,
// `stunnel`, `socat`, `ngrok`, `chisel`, `tlog`, `sudoreplay`, `TSID=`, `swift-recon`,
// `Starting reconnaissance`, `os-net-config`, `starting up libvirt`, `cinder-manage`,
// `DiskAppeared`, `DiskArbitration`, `DAVolumeName`, `Time=2026`, `praudit`, `header,`,
// `--style compact`, `NSLog`, `diskbalancer`, `TestDFSIO`, `NNBench`, `sparkapplication`,
// `zkSnapShotToolkit`, `Configuration data as of`, `Usage reported in`, `sreport`, `pbs_rstat`,
// `badmin`, `bacct`, `oarstat`, `oar`, `Job_Id:`, `assigned_hostnames`, `submissionTime`,
// `cobalt`, `loadleveler`, `llq`, `apptainer`, `build-date`, `easybuild`, `ModuleUsageTracking`,
// `ondemand`, `qmaster`, `|W|`, `|worker|`, `SetupDiag`, `winget`, `WsusService`,
// `SoftwareDistribution.log`, `Sessions.xml`, `Get-ImageInfo`, `Get-WindowsPackage`,
// `PackageName`, `PackageState`, `InstallTime :`, `Install Time :`, `MPDetection`, `logrotate state`,
// `ulogd`, `lastcomm`, `short-unix`, `json-seq`, `faillog`, `aptitude`, `update-alternatives`,
// `apport`, `telephony.registry`, `sensorservice`, `nowRTC`, `enqueueClockTime`, `Drop box contents`,
// `update_attempter`, `update_engine`, `Last ANR`, `RESET:TIME`, `gadgetbridge`, `androidaps`,
// `xdrip`, `nightscout`, `fuseki`, `guacamole`, `svn log`, `svnserve`, `squidguard`, `e2guardian`,
// `dansguardian`, `apt-cacher`, `mitmproxy`, `fiddler`, `denyhosts`, `gitolite`, `alarm-history`,
// `state transition`, `nettop`, `kMDItem`, `stat -x`, `top -l`, `notarytool`, `createdDate`,
// `WALPrettyPrinter`, `at write timestamp`, `HFilePrettyPrinter`, `/Put/vlen=`, `ozone`,
// `_spark_metadata`, `batchTimestampMs`, `modificationTime`, `isDir`, `blockReplication`,
// `re-submitting`, `authenticated: id=`, `go-zookeeper`, `procrun`, `Commons Daemon`,
// `ProfileLogger`, `TimestampedLogger`, `Target init`, `: started Sun`, `finished Sun`,
// `timeStamp,elapsed`, `compactionhistory`, `sstablemetadata`, `rotatelogs`, `netbeans`,
// `cacheadmin`, `noticeType`, `showUser`, `ListeningSocksProxyPort`, `psiphon`, `obfs4proxy`,
// `lyrebird`, `snowflake`, `netskope`, `stAgentSvc`, `zscaler`, `cowrie`, `endlessh`, `libssh`,
// `ssh_server_connection_callback`, `ssh_analyze_banner`, `ssh_connect`, `paramiko`, `thr=`,
// `rally`, `ASLMessageID`. None of ovsdb-tool's show-log, diskutil activity, the `_spark_metadata`
// sink log, oarstat, libssh's stderr log, Psiphon's notices, Get-WindowsPackage or Ant's
// ProfileLogger is in any table (`modificationTime` matches grep lists and the fsimage and YARN
// `ModificationTime` columns, `Job_Id:` Ray's `:job_id:` lines, `submissionTime` only grep lists,
// `PackageName` other products, `libssh` and `ssh_connect` Zeek's, OpenCanary's and paramiko's
// lines, `Time=2026` other products' key=value pairs).
//
// Left out as measured already (the grep found the shape): Hadoop's KMS audit and TestDFSIO,
// YARN's RM audit and `-- Gauges` console reports, ZooKeeper's audit log, C client, txn and snapshot
// dumpers and go-zookeeper's lines, PBS, HTCondor, LSF, Grid Engine's qmaster messages, Flux's
// eventlog, Lustre's changelog, UCX, Lmod's tracking, setupapi, MSI, MPLog, DHCP, netlogon,
// DirectX.log, Burn, PSWindowsUpdate, wmic qfe, WSUS' SoftwareDistribution.log, dism
// /get-packages, rsyslog's debug format, aptitude, faillock, usagestats and exit-info dumps,
// suexec, ScriptLog, squidGuard, apt-cacher-ng, obfs4proxy, endlessh, gitolite, paramiko, Jena
// Fuseki, notarytool, swift-recon and the honeypots. Left out as not confirmed by any search: the
// servicing stack's Sessions.xml, DISM's /AnalyzeComponentStore and /Get-ImageInfo reports, YARN
// top and `hdfs cacheadmin -listDirectives`. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). ovsdb-tool prints its records' times zone-less (UTC); the schema record 0
// has none. diskutil's `Time=` is the Mac's zone-less local clock, read as UTC, with four fraction
// digits. A sink-log line's time is its modificationTime in epoch milliseconds. An oarstat block's
// time is its submissionTime or startTime (either is accepted; a Waiting job has only the first),
// zone-less. libssh's bracketed date is zone-less local time. Psiphon's timestamp is UTC with Z,
// and BuildInfo's buildDate is no record time. Get-WindowsPackage's InstallTime is the en-US
// 12-hour local time with no zone. Ant's java.util.Date carries its zone abbreviation (CET,
// +01:00). Levels only where the line marks one: libssh's priority digit (1 warn, 2 info, 3 debug,
// 4 trace) and Psiphon's noticeType where it is Info or Error; OVS, diskutil, the sink log,
// oarstat, Get-WindowsPackage and Ant carry none (Running, Waiting, Staged, SecurityUpdate and
// `BUILD SUCCESSFUL` are states). The host is the record's host field, and none of these has one:
// an OVS system-id, a volume name, the NameNode in an hdfs:// path, OAR's assigned_hostnames (the
// job's compute nodes), the SSH server libssh talks to and Psiphon's server address are no hosts.
// A record that spans lines is one entry: an ovsdb record with its indented table lines, an oarstat
// job block, a Get-WindowsPackage block, Ant's `BUILD SUCCESSFUL` with its `Total time:` line;
// Ant's indented `    [task] …` lines are records of their own with no time. The header lines
// (diskutil's `***Begin monitoring…`, the sink log's `v1`, Ant's `Buildfile:`) are fed but not
// scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"; find_string and read_file); where a search
// did not confirm a part of a layout the source says "from memory". Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit ff42eb7 before any rule for it: level 84.2 %, time 69.2 %, host 97.7 %, records 94.3 %.
// That is the macro figure (micro: level 80.4 %, time 76.5 %, host 96.1 %, records 90.2 %), in a
// worktree at ff42eb7 with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (ovsdb-tool's show-log and Get-WindowsPackage); the gaps are diskutil's
// `Time=` after a `Comment=` pair, the sink log's epoch-millisecond modificationTime, oarstat's
// `submissionTime =` line inside a job block, libssh's priority digit (read as notice or info),
// Psiphon's noticeType Info and Error as levels, and Ant's task lines joined to their `started`
// record with `Total time:` split from `BUILD SUCCESSFUL`.

var fresh473Cases = []worldCase{
	{
		name:   "openvswitch-ovsdb-tool-show-log-m",
		source: "Open vSwitch's `ovsdb-tool show-log -m /etc/openvswitch/conf.db` on a Neutron compute node (each transaction `record N: yyyy-MM-dd HH:mm:ss.SSS \"comment\"`, the comment the ovs-vsctl command line when there is one, then with -m one indented `table T insert row …:` or `table T row … (…):` line per changed row, a blank line between records; record 0 is the schema with no time): OVS notes and Neutron debugging write-ups found with find_string (`record 0: \"Open_vSwitch\" schema, version=\"7.12.1\"`, `record 1: 2015-11-17 14:31:55.892 \"ovs-vsctl: ovs-vsctl --no-wait init\"`); ovsdb-tool(1)",
		why:    "a record's own date and time after `record N:`, zone-less (ovsdb-tool prints UTC); the schema record has no time; the indented table lines belong to the record above; system-id and bridge names are no host; no level",
		entries: []worldEntry{
			we("", Unknown, "",
				`record 0: "Open_vSwitch" schema, version="8.5.1", cksum="1093487233 27206"`,
				""),
			we("2026-11-29T07:41:16.208Z", Unknown, "",
				`record 1: 2026-11-29 07:41:16.208 "ovs-vsctl: ovs-vsctl --no-wait -- init -- set Open_vSwitch . db-version=8.5.1"`,
				"        table Open_vSwitch insert row 5c1e2a7b:",
				""),
			we("2026-11-29T07:41:16.311Z", Unknown, "",
				`record 2: 2026-11-29 07:41:16.311 "ovs-vsctl: ovs-vsctl --no-wait set Open_vSwitch . ovs-version=3.3.0 "external-ids:system-id=\"cmp-fra2-07\"" "system-type=\"rocky\"" "system-version=\"9.5\"""`,
				"        table Open_vSwitch row 5c1e2a7b (5c1e2a7b):",
				""),
			we("2026-11-29T07:42:03.774Z", Unknown, "",
				`record 3: 2026-11-29 07:42:03.774 "ovs-vsctl: ovs-vsctl --timeout=10 -- --may-exist add-br br-int -- set Bridge br-int datapath_type=system fail_mode=secure"`,
				`        table Port insert row "br-int" (8f2d41c0):`,
				`        table Interface insert row "br-int" (3a9b7e15):`,
				`        table Bridge insert row "br-int" (d60c4f88):`,
				"        table Open_vSwitch row 5c1e2a7b (5c1e2a7b):",
				""),
			we("2026-11-29T07:42:09.120Z", Unknown, "",
				"record 4: 2026-11-29 07:42:09.120",
				`        table Interface row "br-int" (3a9b7e15):`,
				""),
			we("2026-11-29T07:44:51.067Z", Unknown, "",
				`record 5: 2026-11-29 07:44:51.067 "ovs-vsctl: ovs-vsctl --timeout=10 -- --may-exist add-port br-int tap4c2e81d0-9a -- set Interface tap4c2e81d0-9a external-ids:iface-id=4c2e81d0-9a37-4f1b-b6d2-0e5a7c3f9b12 external-ids:attached-mac=fa:16:3e:41:7d:02"`,
				`        table Port insert row "tap4c2e81d0-9a" (b71c0e93):`,
				`        table Interface insert row "tap4c2e81d0-9a" (e2a40d57):`,
				`        table Bridge row "br-int" (d60c4f88):`),
		},
	},
	{
		name:   "macos-diskutil-activity-time-suffix",
		gap:    "the `Time=yyyyMMdd-HH:mm:ss.ffff` stamp at the end of the line is not read when a `Comment=Approving` pair stands before it (DiskMountApproval, DiskUnmountApproval): those records come out with no time",
		source: "macOS `diskutil activity` on a terminal (Disk Arbitration events `***EventName ('bsdname', DAVolumePath = '…', DAVolumeKind = '…', DAVolumeName = '…') [Comment=…] Time=yyyyMMdd-HH:mm:ss.ffff`, `***DAIdle (no DADiskRef) Time=…`): diskutil(8); parsers and their test lines found with find_string (`***DiskAppeared ('disk4', DAVolumePath = 'file:///Volumes/…', DAVolumeKind = 'hfs', DAVolumeName = 'Time Machine Backups') Time=20220108-20:22:05.1438`, `***DiskMountApproval (…) Comment=Approving Time=20221231-16:38:26.6327`); the opening `***Begin monitoring DiskArbitration activity` line from memory",
		why:    "the time is last on the line, glued after `Time=` as yyyyMMdd-HH:mm:ss with four fraction digits, zone-less (the Mac's local clock, read as UTC); disk and volume names are no host; no level",
		entries: []worldEntry{
			wskip("***Begin monitoring DiskArbitration activity"),
			we("2026-11-29T07:41:16.0412Z", Unknown, "", "***DAIdle (no DADiskRef) Time=20261129-07:41:16.0412"),
			we("2026-11-29T07:41:16.512Z", Unknown, "", "***DiskAppeared ('disk4', DAVolumePath = '<null>', DAVolumeKind = '<null>', DAVolumeName = '<null>') Time=20261129-07:41:16.5120"),
			we("2026-11-29T07:41:16.5237Z", Unknown, "", "***DiskAppeared ('disk4s2', DAVolumePath = '<null>', DAVolumeKind = 'apfs', DAVolumeName = 'Field Backup') Time=20261129-07:41:16.5237"),
			we("2026-11-29T07:41:16.5301Z", Unknown, "", "***DiskMountApproval ('disk4s2', DAVolumePath = '<null>', DAVolumeKind = 'apfs', DAVolumeName = 'Field Backup') Comment=Approving Time=20261129-07:41:16.5301"),
			we("2026-11-29T07:41:16.7915Z", Unknown, "", "***DiskDescriptionChanged ('disk4s2', DAVolumePath = 'file:///Volumes/Field%20Backup/') Time=20261129-07:41:16.7915"),
			we("2026-11-29T07:43:02.2268Z", Unknown, "", "***DiskUnmountApproval ('disk4s2', DAVolumePath = 'file:///Volumes/Field%20Backup/', DAVolumeKind = 'apfs', DAVolumeName = 'Field Backup') Comment=Approving Time=20261129-07:43:02.2268"),
			we("2026-11-29T07:43:02.9804Z", Unknown, "", "***DiskDisappeared ('disk4s2', DAVolumePath = '<null>', DAVolumeKind = 'apfs', DAVolumeName = 'Field Backup') Time=20261129-07:43:02.9804"),
		},
	},
	{
		name:   "spark-structured-streaming-file-sink-metadata-log",
		gap:    "the epoch-millisecond `modificationTime` of each SinkFileStatus JSON line is not read as its time: every record comes out with none",
		source: "Spark Structured Streaming's file sink log `<output>/_spark_metadata/<batchId>` read with `hdfs dfs -cat` (FileStreamSinkLog: a `v1` version line, then one SinkFileStatus JSON object a line with path, size, isDir, modificationTime in epoch milliseconds, blockReplication, blockSize, action): apache/spark PRs #12435 and #28904, FileStreamSinkLogSuite's expected text; pasted metadata files found with find_string (`\"modificationTime\":1616075186000,\"blockReplication\":1`)",
		why:    "each JSON line is one output file; its modificationTime (epoch ms) is its time; size and blockSize are no times; the NameNode in the hdfs:// path is no host; `v1` opens each batch file and is not scored; no level",
		entries: []worldEntry{
			wskip("v1"),
			we("2026-11-29T07:41:16.512Z", Unknown, "", `{"path":"hdfs://nn1.lake.example.net:8020/warehouse/clickstream/dt=2026-11-29/part-00000-7d1e4c2a-93b0-4f6e-a8d1-5c2e9f0b7a41.c000.snappy.parquet","size":48211,"isDir":false,"modificationTime":1795938076512,"blockReplication":3,"blockSize":134217728,"action":"add"}`),
			we("2026-11-29T07:41:16.538Z", Unknown, "", `{"path":"hdfs://nn1.lake.example.net:8020/warehouse/clickstream/dt=2026-11-29/part-00001-7d1e4c2a-93b0-4f6e-a8d1-5c2e9f0b7a41.c000.snappy.parquet","size":51907,"isDir":false,"modificationTime":1795938076538,"blockReplication":3,"blockSize":134217728,"action":"add"}`),
			we("2026-11-29T07:41:16.574Z", Unknown, "", `{"path":"hdfs://nn1.lake.example.net:8020/warehouse/clickstream/dt=2026-11-29/part-00002-7d1e4c2a-93b0-4f6e-a8d1-5c2e9f0b7a41.c000.snappy.parquet","size":39650,"isDir":false,"modificationTime":1795938076574,"blockReplication":3,"blockSize":134217728,"action":"add"}`),
			wskip("v1"),
			we("2026-11-29T07:42:16.204Z", Unknown, "", `{"path":"hdfs://nn1.lake.example.net:8020/warehouse/clickstream/dt=2026-11-29/part-00000-0b93f5e1-2c47-48aa-9e6d-31f7a8c4d250.c000.snappy.parquet","size":45188,"isDir":false,"modificationTime":1795938136204,"blockReplication":3,"blockSize":134217728,"action":"add"}`),
			we("2026-11-29T07:42:16.229Z", Unknown, "", `{"path":"hdfs://nn1.lake.example.net:8020/warehouse/clickstream/dt=2026-11-29/part-00001-0b93f5e1-2c47-48aa-9e6d-31f7a8c4d250.c000.snappy.parquet","size":47733,"isDir":false,"modificationTime":1795938136229,"blockReplication":3,"blockSize":134217728,"action":"add"}`),
		},
	},
	{
		name:   "hpc-oar-oarstat-full-job-blocks",
		gap:    "the indented `submissionTime = yyyy-MM-dd HH:mm:ss` (and `startTime =`) line inside a `Job_Id: N` block is not read as the block's time: each job's block is one record, but with no time",
		source: "the OAR batch scheduler's `oarstat -f` (Grid'5000 and other OAR clusters: `Job_Id: N` then indented `key = value` lines, job_array_id through events, submissionTime, startTime and scheduledStart as `yyyy-MM-dd HH:mm:ss`, assigned_hostnames joined with `+`, a blank line between jobs): oarstat output pasted in two projects' documentation found with find_string (`submissionTime = 2012-05-01 18:53:32`, a Waiting job with only submissionTime and scheduledStart); oar.imag.fr wiki 'oarstat vs REST API'; oarsub(1)",
		why:    "each job's block is one record; its time is the submission (or start) time, zone-less (the frontend's clock, read as UTC); walltime 4:0:0 is a duration; assigned_hostnames are the compute nodes the job runs on, no record's host; state Running or Waiting is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:18Z", Unknown, "",
				"Job_Id: 41207",
				"    job_array_id = 41207",
				"    job_array_index = 1",
				"    name = relax-md",
				"    project = chem-md",
				"    owner = mnadeau",
				"    state = Running",
				`    wanted_resources = -l "{type = 'default'}/network_address=2/core=16,walltime=4:0:0" `,
				"    types = ",
				"    dependencies = ",
				"    assigned_resources = 1041+1042+1043+1044+1057+1058+1059+1060",
				"    assigned_hostnames = dahu-12.grenoble.example.org+dahu-13.grenoble.example.org",
				"    queue = default",
				"    command = ./run_md.sh",
				"    launchingDirectory = /home/mnadeau/md/relax",
				"    stdout_file = OAR.41207.stdout",
				"    stderr_file = OAR.41207.stderr",
				"    jobType = PASSIVE",
				"    properties = (cluster='dahu') AND desktop_computing = 'NO'",
				"    reservation = None",
				"    walltime = 4:0:0",
				"    submissionTime = 2026-11-29 07:41:16",
				"    startTime = 2026-11-29 07:41:18",
				"    cpuset_name = mnadeau_41207",
				"    initial_request = oarsub -p \"cluster='dahu'\" -l nodes=2/core=16,walltime=4 ./run_md.sh",
				"    message = R=32,W=4:0:0,J=B,P=chem-md (Karma=0.012,quota_ok)",
				"    scheduledStart = 2026-11-29 07:41:18",
				"    resubmit_job_id = 0",
				"    events = ",
				""),
			we("2026-11-29T07:44:02Z", Unknown, "",
				"Job_Id: 41208",
				"    job_array_id = 41208",
				"    job_array_index = 1",
				"    name = ",
				"    project = chem-md",
				"    owner = tbrevard",
				"    state = Waiting",
				`    wanted_resources = -l "{type = 'default'}/network_address=1/gpu=1,walltime=1:30:0" `,
				"    types = ",
				"    dependencies = ",
				"    assigned_resources = ",
				"    assigned_hostnames = ",
				"    queue = default",
				"    command = ./train.sh --epochs 40",
				"    launchingDirectory = /home/tbrevard/surrogate",
				"    stdout_file = OAR.41208.stdout",
				"    stderr_file = OAR.41208.stderr",
				"    jobType = PASSIVE",
				"    properties = ((gpu_model='A100') AND desktop_computing = 'NO') AND drain='NO'",
				"    reservation = None",
				"    walltime = 1:30:0",
				"    submissionTime = 2026-11-29 07:44:02",
				"    cpuset_name = tbrevard_41208",
				"    initial_request = oarsub -p \"gpu_model='A100'\" -l host=1/gpu=1,walltime=1:30 ./train.sh --epochs 40",
				"    message = R=8,W=1:30:0,J=B,P=chem-md (Karma=0.207,quota_ok)",
				"    scheduledStart = 2026-11-29 08:12:40",
				"    resubmit_job_id = 0",
				"    events = ",
				""),
			we("2026-11-29T07:47:39Z|2026-11-29T07:47:40Z", Unknown, "",
				"Job_Id: 41211",
				"    job_array_id = 41211",
				"    job_array_index = 1",
				"    name = mesh-conv",
				"    project = default",
				"    owner = lhaddad",
				"    state = Running",
				`    wanted_resources = -l "{type = 'default'}/network_address=1/core=4,walltime=0:30:0" `,
				"    types = ",
				"    dependencies = ",
				"    assigned_resources = 1102+1103+1104+1105",
				"    assigned_hostnames = dahu-31.grenoble.example.org",
				"    queue = default",
				"    command = ./convert.sh mesh-0412",
				"    launchingDirectory = /home/lhaddad/meshes",
				"    stdout_file = OAR.41211.stdout",
				"    stderr_file = OAR.41211.stderr",
				"    jobType = PASSIVE",
				"    properties = desktop_computing = 'NO'",
				"    reservation = None",
				"    walltime = 0:30:0",
				"    submissionTime = 2026-11-29 07:47:39",
				"    startTime = 2026-11-29 07:47:40",
				"    cpuset_name = lhaddad_41211",
				"    initial_request = oarsub -l core=4,walltime=0:30 ./convert.sh mesh-0412",
				"    message = R=4,W=0:30:0,J=B (Karma=0.000,quota_ok)",
				"    scheduledStart = 2026-11-29 07:47:40",
				"    resubmit_job_id = 0",
				"    events = "),
		},
	},
	{
		name:   "libssh-stderr-log-verbosity",
		gap:    "libssh's priority digit after the comma in the bracket (`[date time, N]`) is not read as its level: 2 (info) and 3 (debug) come out notice and 4 (trace) info; only 1 comes out warn",
		source: "a program built on libssh with its log verbosity raised (ssh_options_set SSH_OPTIONS_LOG_VERBOSITY) and no log callback, so libssh's ssh_log_stderr writes `[yyyy/MM/dd HH:mm:ss.uuuuuu, N] function:  message` (local time, N the priority: 1 SSH_LOG_WARN, 2 SSH_LOG_INFO, 3 SSH_LOG_DEBUG, 4 SSH_LOG_TRACE): libssh src/log.c (current_timestring and ssh_log_stderr, found with find_string) and include/libssh/libssh.h",
		why:    "a slashed date with microseconds in brackets, zone-less (UTC by the rules); the number after the comma is libssh's priority and the only level mark (1 warn, 2 info, 3 debug, 4 trace); the server's address and banner are a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412305Z", Info, "", "[2026/11/29 07:41:16.412305, 2] ssh_connect:  libssh 0.11.1 (c) 2003-2024 Aris Adamantiadis, Andreas Schneider and libssh contributors. Distributed under the LGPL, please refer to COPYING file for information about your rights, using threading threads_pthread"),
			we("2026-11-29T07:41:16.418842Z", Info, "", "[2026/11/29 07:41:16.418842, 2] ssh_socket_connect:  Nonblocking connection socket: 5"),
			we("2026-11-29T07:41:16.431077Z", Debug, "", "[2026/11/29 07:41:16.431077, 3] ssh_socket_pollcallback:  Received POLLOUT in connecting state"),
			we("2026-11-29T07:41:16.447520Z", Info, "", "[2026/11/29 07:41:16.447520, 2] ssh_analyze_banner:  Analyzing banner: SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13.5"),
			we("2026-11-29T07:41:16.463119Z", Debug, "", "[2026/11/29 07:41:16.463119, 3] ssh_packet_socket_callback:  packet: read type 20 [len=1084,padding=6,comp=1077,payload=1077]"),
			we("2026-11-29T07:41:16.463402Z", Trace, "", "[2026/11/29 07:41:16.463402, 4] ssh_packet_process:  Dispatching handler for packet type 20"),
			we("2026-11-29T07:41:16.590114Z", Warn, "", "[2026/11/29 07:41:16.590114, 1] ssh_known_hosts_read_entries:  Failed to open the known_hosts file '/home/ines/.ssh/known_hosts': No such file or directory"),
			we("2026-11-29T07:41:47.002871Z", Warn, "", "[2026/11/29 07:41:47.002871, 1] ssh_socket_exception_callback:  Socket error: disconnected"),
		},
	},
	{
		name:   "psiphon-tunnel-core-notices-jsonl",
		gap:    "the `noticeType` key is not read as the level where it is Info or Error (NoticeInfo, NoticeError): those notices come out with no level",
		source: "Psiphon's ConsoleClient (psiphon-tunnel-core) notices on stderr or in its rotating notices file, one JSON object a line with Go's sorted keys `data`, `noticeType`, `showUser`, `timestamp` (UTC, RFC 3339 with milliseconds); NoticeInfo and NoticeError write noticeType Info and Error with data.message, other notices are typed events (BuildInfo, ListeningSocksProxyPort, ConnectedServer, Tunnels): Psiphon-Labs/psiphon-tunnel-core psiphon/notice.go and README (found with the code search)",
		why:    "the timestamp key is the time; BuildInfo's buildDate is the binary's date, no record time; noticeType Info and Error are the notice's level, the other notice types carry none; the server's ipAddress and region are a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402Z", Unknown, "", `{"data":{"buildDate":"2026-11-02T09:14:27Z","buildRepo":"https://github.com/Psiphon-Labs/psiphon-tunnel-core.git","buildRev":"5e41c8a7","goVersion":"go1.23.4","gomobileVersion":"","values":{}},"noticeType":"BuildInfo","showUser":false,"timestamp":"2026-11-29T07:41:16.402Z"}`),
			we("2026-11-29T07:41:16.419Z", Info, "", `{"data":{"message":"Config: using existing data root directory /home/ines/.psiphon"},"noticeType":"Info","showUser":false,"timestamp":"2026-11-29T07:41:16.419Z"}`),
			we("2026-11-29T07:41:16.433Z", Unknown, "", `{"data":{"port":1080},"noticeType":"ListeningSocksProxyPort","showUser":false,"timestamp":"2026-11-29T07:41:16.433Z"}`),
			we("2026-11-29T07:41:18.907Z", Error, "", `{"data":{"message":"fetch remote server list failed: Get \"https://s3.example.com/psiphon/server_list_compressed\": context deadline exceeded"},"noticeType":"Error","showUser":false,"timestamp":"2026-11-29T07:41:18.907Z"}`),
			we("2026-11-29T07:41:19.664Z", Unknown, "", `{"data":{"ipAddress":"203.0.113.48","protocol":"OSSH","region":"NL"},"noticeType":"ConnectedServer","showUser":false,"timestamp":"2026-11-29T07:41:19.664Z"}`),
			we("2026-11-29T07:41:19.702Z", Unknown, "", `{"data":{"count":1},"noticeType":"Tunnels","showUser":false,"timestamp":"2026-11-29T07:41:19.702Z"}`),
		},
	},
	{
		name:   "windows-get-windowspackage-online-list",
		source: "PowerShell's DISM module `Get-WindowsPackage -Online` in its default list (per CBS package a block of `PackageName  :`, `PackageState :`, `ReleaseType  :`, `InstallTime  : M/d/yyyy h:mm:ss AM` with DISM's whole-minute time, blocks separated by a blank line): pasted outputs found with find_string (`PackageState : Installed`, `InstallTime  : 5/15/2025 7:34:00 PM`); Microsoft Learn's DismPackageInfo structure. `dism /online /get-packages` (fresh45) is a different output with its own labels",
		why:    "each package's block is one record whose time is InstallTime on its fourth line, the machine's en-US 12-hour local time with no zone (read as UTC); the version numbers in PackageName are no times; Installed, Staged and SecurityUpdate are states and kinds, no level; no host",
		entries: []worldEntry{
			wskip(""),
			we("2026-11-29T07:38:00Z", Unknown, "",
				"PackageName  : Package_for_ServicingStack_5125~31bf3856ad364e35~amd64~~19041.5125.1.4",
				"PackageState : Installed",
				"ReleaseType  : Update",
				"InstallTime  : 11/29/2026 7:38:00 AM",
				""),
			we("2026-11-29T07:44:00Z", Unknown, "",
				"PackageName  : Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.5131.1.12",
				"PackageState : Installed",
				"ReleaseType  : SecurityUpdate",
				"InstallTime  : 11/29/2026 7:44:00 AM",
				""),
			we("2026-11-29T07:44:00Z", Unknown, "",
				"PackageName  : Package_for_DotNetRollup_481~31bf3856ad364e35~amd64~~10.0.9290.1",
				"PackageState : Installed",
				"ReleaseType  : Update",
				"InstallTime  : 11/29/2026 7:44:00 AM",
				""),
			we("2026-11-20T14:02:00Z", Unknown, "",
				"PackageName  : Microsoft-Windows-LanguageFeatures-Basic-de-de-Package~31bf3856ad364e35~amd64~~10.0.19041.5011",
				"PackageState : Installed",
				"ReleaseType  : OnDemandPack",
				"InstallTime  : 11/20/2026 2:02:00 PM",
				""),
			we("2026-11-29T07:44:00Z", Unknown, "",
				"PackageName  : Package_for_KB5046823~31bf3856ad364e35~amd64~~19041.5131.1.1",
				"PackageState : Staged",
				"ReleaseType  : Update",
				"InstallTime  : 11/29/2026 7:44:00 AM",
				""),
		},
	},
	{
		name:   "apache-ant-profilelogger-cet",
		gap:    "a task's own indented `    [mkdir] …` or `    [javac] …` line is joined to the `task: started …` record above it instead of standing as an untimed record of its own, and `Total time: N seconds` is split from the `BUILD SUCCESSFUL` line it is printed with",
		source: "Apache Ant 1.10 run with `-logger org.apache.tools.ant.listener.ProfileLogger` (per target and per task `%n%s: started %s` and `%n%s: finished %s (%d)` with java.util.Date's `EEE MMM dd HH:mm:ss zzz yyyy` and the milliseconds taken, targets named `Target x`, the tasks' own output still DefaultLogger's `    [task] msg`, `BUILD SUCCESSFUL` and `Total time:` at the end), here on a machine in CET: apache/ant src/main/org/apache/tools/ant/listener/ProfileLogger.java (read with read_file); the `Buildfile:` line and the task lines from DefaultLogger",
		why:    "a java.util.Date with its zone abbreviation (CET, +01:00) after `started` or `finished`; the number in parentheses is milliseconds taken, no time; each started and finished line is a record, and a task's own `    [mkdir] …` line is a record with no time of its own; the build result is one untimed two-line record; no level (a javac `warning:` is the compiler's text); no host",
		entries: []worldEntry{
			wskip("Buildfile: /home/ines/src/harbour/build.xml", ""),
			we("2026-11-29T07:41:16Z", Unknown, "", "Target init: started Sun Nov 29 08:41:16 CET 2026", ""),
			we("2026-11-29T07:41:16Z", Unknown, "", "mkdir: started Sun Nov 29 08:41:16 CET 2026"),
			we("", Unknown, "", "    [mkdir] Created dir: /home/ines/src/harbour/build/classes", ""),
			we("2026-11-29T07:41:16Z", Unknown, "", "mkdir: finished Sun Nov 29 08:41:16 CET 2026 (4)", ""),
			we("2026-11-29T07:41:16Z", Unknown, "", "Target init: finished Sun Nov 29 08:41:16 CET 2026 (9)", ""),
			we("2026-11-29T07:41:16Z", Unknown, "", "Target compile: started Sun Nov 29 08:41:16 CET 2026", ""),
			we("2026-11-29T07:41:16Z", Unknown, "", "javac: started Sun Nov 29 08:41:16 CET 2026"),
			we("", Unknown, "", "    [javac] Compiling 14 source files to /home/ines/src/harbour/build/classes", ""),
			we("2026-11-29T07:41:18Z", Unknown, "", "javac: finished Sun Nov 29 08:41:18 CET 2026 (2114)", ""),
			we("2026-11-29T07:41:18Z", Unknown, "", "Target compile: finished Sun Nov 29 08:41:18 CET 2026 (2131)", ""),
			we("", Unknown, "", "BUILD SUCCESSFUL", "Total time: 2 seconds"),
		},
	},
}

func TestFresh473Formats(t *testing.T) { assertTable(t, fresh473Cases) }
func TestFresh473Score(t *testing.T) {
	checkScore(t, "fresh473 formats", fresh473Cases, [worldNumFields]float64{84.1, 69.1, 97.6, 94.2})
}
