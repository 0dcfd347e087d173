package parse

import "testing"

// The four-hundred-and-eighty-seventh fresh table: the labelled datasets' domains, a twenty-sixth
// pass (the kinds of systems public labelled log datasets draw from: HDFS, Hadoop, Spark,
// ZooKeeper, BGL/HPC supercomputers, Thunderbird, Windows CBS, Linux syslog, Android, HealthApp,
// Apache, Proxifier, OpenSSH, OpenStack, macOS), with products and outputs of those domains that no
// earlier table holds. Each family is one product's documented or observed output: Warpgate, the
// SSH bastion, in the journal (its own day-first dotted date inside) and on its console (a time of
// day only); sshpiper's sshpiperd (logrus pairs), the SSH proxy; Apache OpenWhisk's controller log
// (bracketed ISO time and level, `#tid_…`, Akka's month-first line among them, a stack under an
// ERROR); Lokinet 0.8's daemon log (the level tag first, `GMT`, an uptime), the Proxifier domain of
// tunnels; LinkedIn's Dr. Elephant (the Hadoop and Spark job tuner, `MM-dd-yyyy` log4j); Hiddify's
// desktop app log (a time of day, a level letter, messages that run on to the next line), a proxy
// client; Metal3's baremetal-operator (zap JSON in front of OpenStack Ironic).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `pmset`, `Entering Sleep`, `DarkWake`, `wifi.log`, `airportd`,
// `fsck_apfs`, `fsck_hfs`, `traffic_server`, `diags.log`, `traffic.out`, `suexec`, `tombstone`,
// `----- pid`, `*** *** ***`, `Build fingerprint`, `redsocks`, `shadowsocks`, `ss-local`,
// `ss-server`, `SparkListener`, `hbase`, `HRegionServer`, `impala`, `hive`, `HiveServer2`,
// `sacct`, `slurmd`, `mpirun`, `orted`, `PMIx`, `mmfs`, `GPFS`, `munge`, `octavia`, `ironic`,
// `amphora`, `tempest`, `os-collect-config`, `autossh`, `OpenSSH_`, `debug1: Reading`,
// `sshguard`, `PFRO`, `WindowsUpdate.log`, `[SR]`, `impstats`, `pstats`, `logrotate`,
// `gadgetbridge`, `conman`, `nhc`, `powerman`, `backupd`, `tmutil`, `Time Machine`, `kafka`,
// `ambari`, `nifi`, `curator`, `exhibitor`, `zkCli`, `apport`, `kdump`, `mcelog`, `EDAC`,
// `rasdaemon`, the OpenStack services by name (`keystone` … `adjutant`), `LogType:`,
// `LogLastModifiedTime`, `commitInfo`, `_delta_log`, `JOB_SUBMITTED`, `jhist`, `baseOffset`,
// `kafka-dump-log`, `boinc`, `[---]`, `xrootd`, `XrootdXeq`, `gridftp`, `globus`, `moab`, `maui`,
// `easybuild`, `build_log.py`, `dcgm`, `hostengine`, `paramiko`, `thr=1`, `teleport`,
// `mitmproxy`, `client connect`, `i2pd`, `ngrok`, `lvl=info`, `cloudflared`, `INF Starting
// tunnel`, `stunnel`, `HKQuantityTypeIdentifier`, `export.xml`, `AndroidAPS`, `xdrip`,
// `nightscout`, `oref0`, `activemq`, `artemis`, `AMQ22`, `airflow`, `knox`, `mesos`, `flume`,
// `[INFO] BUILD`, `maven`, `ozone`, `tez`, `starting up libvirt`, `shutting down, reason`,
// `libvirt`, `launchd.log`, `(gui/501`, `daily.out`, `socketfilterfw`, `Date/Time:`, `bug_type`,
// `ndjson`, `style compact`, `dropbox`, `system_app_crash`, `-v epoch`, `-v monotonic`,
// `-v year`, `-v uid`, `-v zone`, `flutter`, `Parsed arguments`, `ceph`, `taskinstance.py`,
// `rally`, `zuul`, `horizon`, `kolla_set_configs`, `INFO:__main__`, `memcached`,
// `diskimage-builder`, `dib-run-parts`, `polipo`, `chisel`, `hev-socks`, `tun2socks`, `trojan`,
// `naive`, `cvmfs`, `xdmod`, `gmetad`, `gromacs`, `mdrun`, `openfoam`, `rsl.out`, `Timing for
// main`, `apsys`, `pvfs2`, `mfsmaster`, `moosefs`, `gluster`, `warewulf`, `wwctl`, `cmdaemon`,
// `sbatchd`, `mbatchd`, `qmaster`, `batterystats`, `Starting recovery`, `last_log`, `adb.log`,
// `Android Debug Bridge`, `magisk`, `waydroid`, `Loop Report`, `juggluco`, `pulsar`, `druid`,
// `ignite`, `storm`, `guacd`, `guacamole`, `superset`, `kudu`, `pinot`, `kvrocks`, `I2026`,
// `rocketmq`, `skywalking`, `apisix`, `dolphinscheduler`, `iotdb`, `kyuubi`, `celeborn`, `hudi`,
// `ranger`, `qpid`, `apacheds`, `ss5`, `proxychains`, `lantern`, `surge`, `charles`, `fiddler`,
// `dnscrypt`, `warp-svc`, `zscaler`, `forticlient`, `openconnect`, `brook`, `asyncssh`, `sshj`,
// `jsch`, `sshd-core`, `bitvise`, `tectia`, `warpgate`, `containerssh`, `gerrit`, `sshd_log`,
// `sshd -E`, `gpg-agent`, `mosh`, `etserver`, `sshuttle`, `nodepool`, `starlingx`, `sysinv`,
// `juju`, `maas`, `regiond`, `cloudbase`, `pacemaker`, `ovn-`, `xcodebuild`, `installomator`,
// `IntuneMDM`, `nudge`, `lulu`, `supergroup`, `JvmMetrics`, `FileSink`, `clienttrace`, `alluxio`,
// `juicefs`, `seaweedfs`, `cubefs`, `distcp`, `databricks`, `dataproc`, `trino`, `presto`,
// `mlflow`, `dask`, `zoonavigator`, `burrow`, `cmak`, `helix`, `bookkeeper`, `dubbo`,
// `panic(cpu`, `ondemand`, `nginx_stage`, `enroot`, `cryosparc`, `nextflow`, `snakemake`,
// `cromwell`, `mmcs`, `hpcm`, `racadm`, `lclog`, `openbmc`, `leakcanary`, `okhttp`,
// `ReactNativeJS`, `capacitor`, `zepp`, `opentracks`, `openscale`, `fitbit`, `garmin`,
// `withings`, `openwhisk`, `cloudstack`, `fuseki`, `shardingsphere`, `proxyman`, `wingate`,
// `px.py`, `netskope`, `proxycap`, `hiddify`, `lokinet`, `yggdrasil`, `snowflake`, `obfs4`,
// `sshpiper`, `boundary`, `step-ca`, `wolfssh`, `libssh2`, `tinysshd`, `conch`, `ttyd`,
// `shellinabox`, `armada`, `shipyard`, `kayobe`, `sunbeam`, `metal3`, `baremetal-operator`,
// `depnotify`, `swiftdialog`, `outset`, `reposado`, `autopkg`, `parallels`, `vmware.log`,
// `VBox.log`, `fm-mgr`, `kylin`, `azkaban`, `dr-elephant`, `Dr. Elephant`, `org.apache.pig`,
// `chukwa`, `sqoop`, `drill`, `zkfc`, `ZKFailoverController`, `jobcomp`, `JobState=COMPLETED`,
// `cobalt`, `openlava`, `munin`, `ldms`, `nmon`, `appium`, `[Appium]`, `maestro`, `fastlane`,
// `Driving the lane`, `openmrs`, `ca.uhn.fhir`, `hapi`, `mirth`, `orthanc`, `dcm4che`, `openemr`,
// `dhis2`, `CoreSimulator`, `opendirectoryd`, `anka`, `JAMFSoftwareServer`, `websockify`,
// `novncproxy`, `new handler Process`, `skyline`, `px-proxy`, `lsposed`, `xposed`, `kernelsu`,
// `termux`, `netguard`, `rethink`, `sarus`, `charliecloud`, `reframe`, `pdsh`, `ibdiagnet`,
// `ufm`, `shizuku`, `zygisk`, and the chosen shapes' fragments `warpgate::`, `sshpiperd`,
// `#tid_`, `Slf4jLogger`, `[NFO]`, `GMT [+`, `drelephant`, `dr_elephant`, `ElephantRunner`,
// `HiddifyCoreService`, `- [I] `, `baremetalhost`). None of Warpgate, sshpiper, OpenWhisk,
// Lokinet, Dr. Elephant, Hiddify or the baremetal-operator is in any table (`Slf4jLogger` matches
// only other products' lines; `metal3` only a grep list). Left out as measured already: nearly
// every other candidate above, among them macOS' pmset, wifi.log, fsck_apfs and launchd.log,
// Traffic Server, suexec, Android tombstones, ANR traces, adb's log and the logcat formats,
// redsocks, shadowsocks, proxychains, sshuttle, Paramiko, Teleport, Tectia, AsyncSSH, gpg-agent,
// BOINC, xrootd, EasyBuild, DCGM, LSF, Grid Engine, Warewulf, WRF, CVMFS, Apple Health's export,
// AndroidAPS, xDrip, Nightscout, OpenAPS, Gadgetbridge, Guacamole, IoTDB, SkyWalking, Dubbo, Pig,
// Chukwa, the ZKFC, DHIS2, MAAS, CubeFS, nova-novncproxy, Skyline, Px, OpenEMR. Left out as not
// confirmed by any search: StarlingX's sysinv.log, Nodepool's launcher log, Open OnDemand's
// nginx_stage log, openScale's debug log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Warpgate's journal host runs on UTC, so the journal's time and its own
// `29.11.2026 07:41:16` (day-first) are the same second; its console's `07:41:16` and Hiddify's
// `07:41:29.960041` are times of day on the clock's day. sshpiper's and OpenWhisk's times end in
// Z; Akka's `[11/29/2026 07:41:16.130]` is month-first with no zone, read as UTC. Lokinet's stamp
// says GMT and its `[+10.401s]` is an uptime. Dr. Elephant's `11-29-2026` is month-first with no
// zone (UTC). The baremetal-operator's ts is epoch seconds. Levels only where the line marks one:
// Warpgate's padded level word, logrus' level=, OpenWhisk's and Akka's bracketed word, Lokinet's
// NFO WRN ERR DBG, Dr. Elephant's padded word, Hiddify's [I] [W] [E], zap's "level". The host is
// the record's host field: only Warpgate's journal host; the SSH clients and upstreams, the
// akka.tcp address, the `.loki` addresses, the timeline server and the BareMetalHost named by zap's
// `"host"` field (the machine being provisioned, not the writer) are no hosts. A record that spans
// lines is one entry: OpenWhisk's and Dr. Elephant's ERROR with the stack under it, Hiddify's
// messages that run on to a line with no time.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 30769f0 before any rule for it: level 95.0 %, time 100.0 %, host 97.5 %, records 100.0 %.
// That is the macro figure (micro: level 95.6 %, time 100.0 %, host 97.8 %, records 100.0 %), in a
// worktree at 30769f0 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are Lokinet's NFO and DBG level tags, which trawl does not read
// (it reads WRN and ERR), and the baremetal-operator's zap `"host"` field, which names the machine
// being provisioned and which trawl takes as the record's host.

var fresh487Cases = []worldCase{
	{
		name:   "warpgate-journal-day-first",
		source: "Warpgate, the SSH/HTTPS/MySQL bastion, as a systemd service read with journalctl (BSD journal line `Mmm dd HH:mm:ss host warpgate[pid]: `, then its tracing line `dd.MM.yyyy HH:mm:ss  LEVEL target: msg key=value`, spans as `SSH{session=…}:`): Eugeny/russh issue #599 and warp-tech/warpgate issue #1377",
		why:    "the journal's time and Warpgate's own day-first dotted date of the same second (the host runs on UTC); the level word padded to five after two blanks; the journal's host; the target's `::` path and the SSH span are no time and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "bastion1", "Nov 29 07:41:16 bastion1 warpgate[31877]: 29.11.2026 07:41:16  INFO warpgate::commands::run: Warpgate version=v0.17.0"),
			we("2026-11-29T07:41:16Z", Info, "bastion1", `Nov 29 07:41:16 bastion1 warpgate[31877]: 29.11.2026 07:41:16  INFO warpgate::config: Using config: "/etc/warpgate/warpgate.yaml"`),
			we("2026-11-29T07:41:17Z", Info, "bastion1", "Nov 29 07:41:17 bastion1 warpgate[31877]: 29.11.2026 07:41:17  INFO warpgate::commands::run: Accepting SSH connections on 10.40.0.9:2222"),
			we("2026-11-29T07:41:17Z", Debug, "bastion1", "Nov 29 07:41:17 bastion1 warpgate[31877]: 29.11.2026 07:41:17 DEBUG warpgate::commands::run: Database cleaned up, next in 60480s"),
			we("2026-11-29T07:52:03Z", Info, "bastion1", "Nov 29 07:52:03 bastion1 warpgate[31877]: 29.11.2026 07:52:03  INFO SSH{session=4c7e19a2-0b5d-4f3e-9a61-d2c80f7e5b14}: warpgate_protocol_ssh::client: Client session closed"),
			we("2026-11-29T07:52:03Z", Error, "bastion1", "Nov 29 07:52:03 bastion1 warpgate[31877]: 29.11.2026 07:52:03 ERROR warpgate_protocol_ssh::server: Session failed error=Connection reset by peer (os error 104)"),
		},
	},
	{
		name:   "warpgate-console-time-of-day",
		source: "Warpgate 0.5-0.7 run in the foreground or in Docker (its console: `HH:mm:ss  LEVEL msg key=value`, a time of day only, the level padded to five, a dashed banner around the listeners): warp-tech/warpgate issues #868 and #257",
		why:    "a time of day with no date (the clock's day); the level word after it; the listening addresses and the request URL's host are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16  INFO Warpgate version=0.7.4"),
			we("2026-11-29T07:41:16Z", Info, "", `07:41:16  INFO Using config: "/etc/warpgate.yaml" (users: 3, targets: 5, roles: 2)`),
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16  INFO Accepting SSH connections on 0.0.0.0:2222"),
			we("2026-11-29T07:41:16Z", Debug, "", "07:41:16 DEBUG Database cleaned up, next in 60480s"),
			we("2026-11-29T07:41:29Z", Info, "", "07:41:29  INFO HTTP: Request method=GET url=https://10.40.0.9:8888/@warpgate status=200 OK"),
			we("2026-11-29T07:42:02Z", Warn, "", `07:42:02  WARN Failed to authenticate username="ines:db-replica" credentials=password`),
		},
	},
	{
		name:   "sshpiper-logrus",
		source: "sshpiper's sshpiperd, the SSH reverse proxy, on its container's stderr (logrus' text formatter: `time=\"RFC 3339\" level=… msg=\"…\"`): tg123/sshpiper issues #119 and #85",
		why:    "the time, level and message are logfmt pairs; the downstream client and the upstream address in the message are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", `time="2026-11-29T07:41:16Z" level=debug msg="connection accepted: 10.244.3.17:40122"`),
			we("2026-11-29T07:41:16Z", Debug, "", `time="2026-11-29T07:41:16Z" level=debug msg="downstream 10.244.3.17:40122 is sending public key auth"`),
			we("2026-11-29T07:41:17Z", Info, "", `time="2026-11-29T07:41:17Z" level=info msg="ssh connection pipe created 10.244.3.17:40122 -> 10.108.41.9:22"`),
			we("2026-11-29T07:44:50Z", Info, "", `time="2026-11-29T07:44:50Z" level=info msg="connection from 10.244.3.17:40122 closed reason: ssh: disconnect, reason 11: disconnected by user"`),
			we("2026-11-29T07:45:12Z", Error, "", `time="2026-11-29T07:45:12Z" level=error msg="cannot create upstream for 10.244.3.21:51830 with public key auth: dial tcp 10.108.77.3:22: connect: connection refused"`),
		},
	},
	{
		name:   "openwhisk-controller-log",
		source: "Apache OpenWhisk's controller log (controller0_logs.log or the pod's stdout: `[ISO-Z] [LEVEL] [#tid_…] [Component] msg`, the transaction id and the component optional; Akka's own `[LEVEL] [MM/dd/yyyy HH:mm:ss.SSS] [thread] [source] msg` line among them; a stack under an error): apache/openwhisk issues #4067 and PR #4516, apache/openwhisk-deploy-kube issues #722 and #235, apache/openwhisk-devtools issue #93",
		why:    "an ISO time in Z inside brackets, then the level in brackets; `#tid_sid_unknown` is a transaction id; Akka's line puts the level first and a month-first slashed date second (no zone: UTC); the `at` lines belong to the ERROR above them; the akka.tcp address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.302Z", Info, "", "[2026-11-29T07:41:16.302Z] [INFO] Slf4jLogger started"),
			we("2026-11-29T07:41:16.130Z", Info, "", "[INFO] [11/29/2026 07:41:16.130] [main] [StatsDExtension(akka://kamon)] Starting the Kamon(StatsD) extension"),
			we("2026-11-29T07:41:17.754Z", Info, "", "[2026-11-29T07:41:17.754Z] [INFO] Remoting started; listening on addresses :[akka.tcp://controller-actor-system@10.244.1.52:2552]"),
			we("2026-11-29T07:41:18.040Z", Warn, "", "[2026-11-29T07:41:18.040Z] [WARN] Failed to attach the instrumentation because the Kamon Bundle is not present on the classpath"),
			we("2026-11-29T07:41:20.505Z", Info, "", "[2026-11-29T07:41:20.505Z] [INFO] [#tid_sid_unknown] [Config] environment set value for kafka.hosts"),
			we("2026-11-29T07:43:02.818Z", Info, "", "[2026-11-29T07:43:02.818Z] [INFO] [#tid_Qm7sVf2LkD9xWb4nR1aTy8cE3hJ6pZ0u] POST /api/v1/namespaces/_/actions/thumbnail blocking=true&result=true"),
			we("2026-11-29T07:43:05.221Z", Error, "",
				"[2026-11-29T07:43:05.221Z] [ERROR] [#tid_Qm7sVf2LkD9xWb4nR1aTy8cE3hJ6pZ0u] [ActionsApi] failed to invoke action: java.util.concurrent.TimeoutException: Futures timed out after [60 seconds]",
				"\tat scala.concurrent.impl.Promise$DefaultPromise.ready(Promise.scala:259)",
				"\tat akka.dispatch.BatchingExecutor$BlockableBatch.run(BatchingExecutor.scala:90)",
				"\tat akka.dispatch.TaskInvocation.run(AbstractDispatcher.scala:40)"),
		},
	},
	{
		name:   "lokinet-0.8-log",
		source: "Lokinet 0.8's daemon log on its console or log file (`[LVL] [name](tid) yyyy-MM-dd HH:mm:ss.SSS GMT [+uptime] file:line msg`, three-letter levels NFO, WRN, ERR, DBG): oxen-io/lokinet issue #1221; the same layout inside the journal in Botspot/pi-apps issue #378",
		why:    "the level tag comes first; `[lokinet](656)` is a name and a thread id; the time says GMT; `[+10.401s]` is the uptime, no time; the `.loki` addresses are peers",
		gap:    "Lokinet's three-letter level tags NFO and DBG at the head of the line are not read as Info and Debug (WRN and ERR are)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.936Z", Info, "", "[NFO] [lokinet](656) 2026-11-29 07:41:16.936 GMT [+10.401s] ev/ev_libuv.cpp:731       created 4 threads for TUN event queue"),
			we("2026-11-29T07:41:17.415Z", Info, "", "[NFO] [lokinet](656) 2026-11-29 07:41:17.415 GMT [+10.880s] handlers/tun.cpp:821       default:q7dkw3fzr1yx8nboe6h4umpacjt5sgi9lv0e2rbx1o4kcnwg7ymo.loki set lokitun0 to have address 10.67.0.1"),
			we("2026-11-29T07:41:18.002Z", Warn, "", "[WRN] [lokinet](656) 2026-11-29 07:41:18.002 GMT [+11.467s] tuntap:151                Can't destroy the interface"),
			we("2026-11-29T07:41:18.466Z", Error, "", "[ERR] [lokinet](656) 2026-11-29 07:41:18.466 GMT [+11.931s] service/context.cpp:145    default failed to start"),
			we("2026-11-29T07:41:19.120Z", Debug, "", "[DBG] [lokinet](657) 2026-11-29 07:41:19.120 GMT [+12.585s] router/router.cpp:1104     tick: 3 paths built, 11 routers known"),
		},
	},
	{
		name:   "dr-elephant-log",
		source: "LinkedIn's Dr. Elephant, the Hadoop and Spark job tuner, its logs/elephant/dr_elephant.log (log4j `MM-dd-yyyy HH:mm:ss LEVEL [thread] class : msg`, the level padded to five, a Java stack under an ERROR): linkedin/dr-elephant issues #645, #329 and #516",
		why:    "a month-first dashed date with the year; the level word after it; the application id and the timeline server's host in the messages are no host; the `at` lines belong to the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "11-29-2026 07:41:16 INFO  [Thread-10] com.linkedin.drelephant.ElephantRunner : Dr.elephant has started"),
			we("2026-11-29T07:41:16Z", Info, "", "11-29-2026 07:41:16 INFO  [Thread-10] com.linkedin.drelephant.analysis.HDFSContext : HDFS BLock size: 134217728"),
			we("2026-11-29T07:41:17Z", Info, "", "11-29-2026 07:41:17 INFO  [Thread-10] com.linkedin.drelephant.ElephantRunner : Backfill is not enabled"),
			we("2026-11-29T07:42:29Z", Error, "",
				"11-29-2026 07:42:29 ERROR [dr-el-executor-thread-1] com.linkedin.drelephant.ElephantRunner : java.lang.Exception: No executor information available.",
				"        at com.linkedin.drelephant.spark.heuristics.UnifiedMemoryHeuristic$Evaluator.<init>(UnifiedMemoryHeuristic.scala:89)",
				"        at com.linkedin.drelephant.analysis.AnalyticJob.getAnalysis(AnalyticJob.java:265)",
				"        at java.lang.Thread.run(Thread.java:750)"),
			we("2026-11-29T07:42:29Z", Warn, "", "11-29-2026 07:42:29 WARN  [dr-el-executor-thread-1] com.linkedin.drelephant.ElephantRunner : Add analytic job id [application_1795930012345_0042] into the second retry list."),
		},
	},
	{
		name:   "hiddify-app-log",
		source: "Hiddify's desktop app log (app.log in the portable data folder: `HH:mm:ss.ffffff - [L] Logger: msg`, one-letter levels I W E, a message that runs on to the next lines): hiddify/hiddify-app issues #1948 and #2328",
		why:    "a time of day with microseconds and no date (the clock's day); the level letter in brackets after a dash; a line that carries no time of its own (`Canceld`, `ProxyFailure.serviceNotRunning()`) continues the record above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:29.960041Z", Info, "", "07:41:29.960041 - [I] HiddifyCoreService: Hiddify-core setup done"),
			we("2026-11-29T07:41:29.960041Z", Info, "", "07:41:29.960041 - [I] bootstrap: initializing [system tray]"),
			we("2026-11-29T07:41:29.961042Z", Error, "",
				"07:41:29.961042 - [E] HiddifyCoreService: status",
				"Canceld"),
			we("2026-11-29T07:41:29.961042Z", Info, "", "07:41:29.961042 - [I] ConnectionNotifier: connection status: DISCONNECTED"),
			we("2026-11-29T07:41:29.962041Z", Warn, "",
				"07:41:29.962041 - [W] SystemTrayNotifier: error getting active proxy",
				"ProxyFailure.serviceNotRunning()"),
			we("2026-11-29T07:41:29.988272Z", Info, "", "07:41:29.988272 - [I] bootstrap: bootstrap took [5522ms]"),
		},
	},
	{
		name:   "metal3-baremetal-operator-zap",
		source: "Metal3's baremetal-operator, the Kubernetes front end to OpenStack Ironic, in its zap JSON production encoder (`{\"level\":…,\"ts\":epoch.fraction,\"logger\":…,\"msg\":…, fields}`): metal3-io/baremetal-operator issues #393 and #834, metal3-io/cluster-api-provider-metal3 issue #44",
		why:    "the time is epoch seconds with a fraction in ts; `\"host\":\"worker-2\"` names the BareMetalHost being provisioned, not the machine that wrote the record, so there is no host; the Ironic endpoint is a peer",
		gap:    "the zap field `host`, which names the BareMetalHost being provisioned, is taken as the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.771Z", Info, "", `{"level":"info","ts":1795938076.771,"logger":"cmd","msg":"Go Version: go1.22.7"}`),
			we("2026-11-29T07:41:17.128Z", Info, "", `{"level":"info","ts":1795938077.128,"logger":"baremetalhost_ironic","msg":"ironic settings","endpoint":"http://172.22.0.2:6385/v1/","inspectorEndpoint":"http://172.22.0.2:5050/v1/","deployKernelURL":"http://172.22.0.2:6180/images/ironic-python-agent.kernel"}`),
			we("2026-11-29T07:42:08.8Z", Info, "", `{"level":"info","ts":1795938128.8,"logger":"baremetalhost_ironic","msg":"provisioning image to host","host":"worker-2","state":"deploying"}`),
			we("2026-11-29T07:42:08.823Z", Info, "", `{"level":"info","ts":1795938128.823,"logger":"baremetalhost","msg":"saving host status","Request.Namespace":"metal3","Request.Name":"worker-2","provisioningState":"provisioning","operational status":"OK"}`),
			we("2026-11-29T07:43:23.878Z", Error, "", `{"level":"error","ts":1795938203.878,"logger":"controller","msg":"Reconciler error","reconcilerGroup":"metal3.io","reconcilerKind":"BareMetalHost","controller":"baremetalhost","name":"worker-3","namespace":"metal3","error":"action \"registering\" failed: failed to validate BMC access: Host not registered","errorVerbose":"Host not registered\naction \"registering\" failed\ngithub.com/metal3-io/baremetal-operator/controllers/metal3%2eio.(*BareMetalHostReconciler).Reconcile\n\t/workspace/controllers/metal3.io/baremetalhost_controller.go:232"}`),
		},
	},
}

func TestFresh487Formats(t *testing.T) { assertTable(t, fresh487Cases) }
func TestFresh487Score(t *testing.T) {
	checkScore(t, "fresh487 formats", fresh487Cases, [worldNumFields]float64{94.9, 99.9, 97.4, 99.9})
}
