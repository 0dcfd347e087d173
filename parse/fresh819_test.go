package parse

import "testing"

// The eight-hundred-and-nineteenth fresh table: cluster managers and high availability, the logs
// the HA layer itself writes. Each family is one product's file or syslog stream: OpenSAF's syslog
// lines (logtrace's two-letter priority prefix NO/ER/WA/IN after the tag) and OpenSAF's own trace
// file (a `%b %e %k:%M:%S.usec` time with a space-padded hour, the daemon's name, `[pid:file:line]`
// and the same two-letter column, `>>`/`<<` for function entry and exit); Fujitsu PRIMECLUSTER
// RMS's switchlog (`timestamp: (code, n): TYPE: text` closed by a `: ====` line), its Wizard Tools
// application log (resource and state before the time, `: ====` at the end of the line) and its
// program logs such as bmlog (`timestamp: file: line:` with ERROR only on errors); Red Hat Cluster
// Manager 1.x (clumanager, Kimberlite) syslog with the severity in angle brackets after the tag;
// Oracle Solaris Cluster's rgmd and pmfd through syslog (a dotted tag with no pid, then
// `[ID n daemon.level]`); OpenAIS aisexec under RHEL 5 cman (padded subsystem tags `[CLM  ]`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `pacemaker`, `corosync`, `keepalived`, `heartbeat`, `ucarp`, `drbd`,
// `engine_A`, `Veritas`, `VCS `, `hawk`, `failover cluster`, `cluster.log`, `pcsd`, `crmd`,
// `pacemaker-controld`, `stonith`, `fenced`, `sbd`, `booth`, `cman`, `rgmanager`, `clurgmgrd`,
// `haproxy`, `vrrp`, `carp`, `Keepalived_vrrp`, `lrmd`, `pengine`, `attrd`, `cib`, `linstor`,
// `drbdadm`, `serviceguard`, `cmcld`, `hacmp`, `PowerHA`, `clstrmgr`, `hacmp.out`,
// `Oracle Clusterware`, `crsd`, `ohasd`, `ocssd`, `SafeKit`, `lifekeeper`, `openais`, `aisexec`,
// `totem`, `[TOTEM`, `QNetd`, `corosync-qnetd`, `glusterd`, `ctdb`, `repmgr`, `patroni`, `stolon`,
// `pg_auto_failover`, `orchestrator`, `MaxScale`, `masterha`, `sentinel`, `vip-manager`,
// `conntrackd`, `Nomad`, `consul`, `zookeeper`, `windows cluster`, `RHCS`, `ricci`, `clusvcadm`,
// `pcmk`, `crm_mon`, `hastd`, `pfsync`, `wackamole`, `ldirectord`, `ipvsadm`, `piranha`,
// `Evidian`, `SIOS`, `Starwind`, `csync2`, `ocfs2`, `o2cb`, `dlm_controld`, `gfs2`, `pve-ha`,
// `ha-manager`, `ganeti`, `xapi`, `xhad`, `xha.log`, `ovirt-ha-agent`, `sanlock`, `wdmd`,
// `ha-log`, `ha_logd`, `ocf_log`, `crmsh`, `ExpressCluster`, `PRIMECLUSTER`, `FJSV`, `switchlog`,
// `hvdisp`, `(BM,`, `Solaris Cluster`, `Cluster.RGM`, `rgmd`, `daemon.notice]`, `SAMP`,
// `RecoveryRM`, `vcha`, `pgpool`, `garbd`, `Galera`, `opensaf`, `osaf`, `osafimmnd`, `amfd`,
// `LOG_NO`, `clusvcmgrd`, `cluquorumd`, `clumanager`, `Kimberlite`, `cubrid`, `master_heartbeat`,
// `failover.vrrp`, `middlewared`, `metadata_cache`, `mysqlrouter`, `AlwaysOn`, `qdevice`,
// `Stratus`, `everRun`. The theme's usual products (Pacemaker and corosync at any level,
// keepalived, heartbeat, ucarp, DRBD, VCS engine_A, hawk, the Windows failover cluster log,
// Serviceguard, PowerHA, Clusterware, Proxmox HA, XenServer's xha.log, the database failover
// managers) are all measured already, so they were left out; OpenSAF, PRIMECLUSTER, clumanager,
// Solaris Cluster's rgmd and OpenAIS match no table (`amfd` only Open5GS, `osaf` only ProSafe,
// `Solaris Cluster` only its command log, `[TOTEM` only corosync's). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Every family writes local time with no zone, taken as UTC; the year-less
// syslog and OpenSAF trace dates are in 2026 (the trace's `%k` hour is space-padded: ` 7:41`).
// Levels only where the line marks one: OpenSAF's two-letter column (NO Notice, ER Error, WA Warn,
// IN Info, TR and the `>>`/`<<` entry/exit markers of the trace category Trace), PRIMECLUSTER's
// message type (NOTICE, WARNING, ERROR, FATAL ERROR as Critical, DEBUG), the program log's ERROR
// word in its own field (its trace lines carry none), clumanager's `<info>`-style word, Solaris's
// `daemon.level`; OpenAIS's lines carry none. The host is the record's syslog host field; OpenSAF's
// trace file and the three PRIMECLUSTER files write no host (the RMS resource names and the node
// names inside messages are not the record's host). The switchlog's record is its message line and
// the `: ====` line that closes it; every other record is one line.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from memory"
// (Solaris Cluster's rgmd lines, OpenAIS's lines, OpenSAF's syslog header around the prefix).
// Hosts, ids, addresses, users and messages are invented, and every time is in late November 2026.
// The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read,
// and it stays in the score.
//
// Its first figure, scored at commit 7f43fec before any rule for it: level 75.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 73.5 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 7f43fec with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are both OpenSAF's levels: the two-letter priority (NO, ER, WA,
// IN) opening a syslog message is not read, nor the trace file's two-letter column (TR, NO, WA,
// `>>`, `<<`) after `[pid:file:line]`, so all nine OpenSAF records come out Unknown.

var fresh819Cases = []worldCase{
	{
		name:   "opensaf-syslog-two-letter-prefix",
		source: "OpenSAF logtrace.c `_logtrace_log`: vsyslog(priority, \"%s %s\", prefix_name[priority], format) with prefix_name `EM AL CR ER WA NO IN DB …` (berndj/opensaf osaf/libs/core/common/logtrace.c); the syslog header around it (year-less date, host, `osafamfd[pid]:`) from memory",
		why:    "an RFC 3164 line whose message starts with OpenSAF's two-letter priority (NO, ER, WA, IN): the level is that column, not a word of the message",
		gap:    "OpenSAF's two-letter priority (NO, ER, WA, IN) opening the message after the `osafxxx[pid]:` tag is not read as the level: every record comes out Unknown",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "SC-1", "Nov 29 07:41:16 SC-1 osafamfd[412]: NO Node 'PL-3' left the cluster"),
			we("2026-11-29T07:41:16Z", Error, "SC-1", "Nov 29 07:41:16 SC-1 osafamfnd[433]: ER safComp=DB,safSu=SU1,safSg=2N,safApp=DBApp Faulted due to:csiSetcallbackTimeout Recovery is:nodeFailfast"),
			we("2026-11-29T07:41:18Z", Warn, "SC-1", "Nov 29 07:41:18 SC-1 osafimmnd[398]: WA MDS Send Failed to service:IMMD rc:2"),
			we("2026-11-29T07:41:21Z", Info, "SC-1", "Nov 29 07:41:21 SC-1 osafrded[377]: IN Peer up on node 0x2020f"),
		},
	},
	{
		name:   "opensaf-trace-file-padded-hour",
		source: "OpenSAF logtrace.c `output()`: strftime `%b %e %k:%M:%S`, then `%s.%06ld %s ` (usec, ident) and `[%d:%s:%04u] %s %s` (pid, file, line, prefix_name[priority + category]: `… TR T1 … T8 >> <<`): berndj/opensaf osaf/libs/core/common/logtrace.c",
		why:    "a year-less date with a space-padded hour (`%k`: ` 7:41`) and microseconds, the daemon's name (no host), `[pid:file:line]`, then a two-letter level column where `>>`/`<<` mark trace entry and exit",
		gap:    "the two-letter level column after `[pid:file:line]` (TR, NO, WA, and the `>>`/`<<` trace markers) is not read: every record comes out Unknown (the padded-hour time is read right)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482113Z", Trace, "", "Nov 29  7:41:16.482113 osafamfd [412:main.cc:0611] >> initialize "),
			we("2026-11-29T07:41:16.48227Z", Trace, "", "Nov 29  7:41:16.482270 osafamfd [412:role.cc:0375] TR Current role: ACTIVE"),
			we("2026-11-29T07:41:16.510008Z", Notice, "", "Nov 29  7:41:16.510008 osafamfd [412:ndfsm.cc:0781] NO Node 'PL-3' left the cluster"),
			we("2026-11-29T07:41:17.004519Z", Warn, "", "Nov 29  7:41:17.004519 osafamfd [412:imm.cc:1905] WA saImmOiRtObjectUpdate_2 of 'safSu=SU1,safSg=2N,safApp=DBApp' failed with 6, retrying"),
			we("2026-11-29T07:41:17.120002Z", Trace, "", "Nov 29  7:41:17.120002 osafamfd [412:main.cc:0641] << initialize: rc=1"),
		},
	},
	{
		name:   "primecluster-rms-switchlog",
		source: "PRIMECLUSTER RMS with Wizard Tools Configuration and Administration Guide 4.6, F.7.1 switchlog message format (`timestamp: (err_code, err_number): msg_type: msg_text: msg_end`, timestamp `yyyy-mm-dd hh:mm:ss.xxx`, types NOTICE WARNING ERROR FATAL ERROR, msg_end `====` after the text's newline): software.fujitsu.com j2503-f-07-01",
		why:    "a millisecond time glued to a colon, the component code and number in parentheses, then the message type; each message is closed by a `: ====` line that belongs to it; FATAL ERROR is Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.213Z", Notice, "", "2026-11-29 07:41:16.213: (SWT, 25): NOTICE: The userApplication app_db is brought Online on host nodeb2RMS because of a switch request.", ": ===="),
			we("2026-11-29T07:41:19.870Z", Warn, "", "2026-11-29 07:41:19.870: (WLT, 1): WARNING: Cluster host nodea1RMS is no longer in communication with host nodeb2RMS.", ": ===="),
			we("2026-11-29T07:41:22.004Z", Error, "", "2026-11-29 07:41:22.004: (DET, 4): ERROR: app_db_Fsystem0: detector reported Faulted state", "    mount point /srv/db is not mounted", ": ===="),
			we("2026-11-29T07:41:25.551Z", Critical, "", "2026-11-29 07:41:25.551: (BM, 49): FATAL ERROR: RMS has failed to start!", ": ===="),
		},
	},
	{
		name:   "primecluster-wizard-application-log",
		source: "PRIMECLUSTER RMS with Wizard Tools Configuration and Administration Guide 4.6, F.7.2 (`resource_name: state: timestamp: msg_type: msg_text: msg_end`, state online/offline/PreCheck or empty for DEBUG, types DEBUG NOTICE WARNING ERROR FATAL ERROR, `====` on the same line): software.fujitsu.com j2503-f-07-02",
		why:    "the time is the third field, after an RMS resource name and a state (neither is a host), and the message type follows it; `====` ends the line",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.408Z", Notice, "", "app_db_Cmdline0: online: 2026-11-29 07:41:20.408: NOTICE: start script /opt/dbsvc/bin/start.sh returned 0: ===="),
			we("2026-11-29T07:41:20.411Z", Debug, "", "app_db_Fsystem0: : 2026-11-29 07:41:20.411: DEBUG: checking mount of /srv/db on /dev/mapper/vg_db-lv_data: ===="),
			we("2026-11-29T07:41:31.090Z", Warn, "", "app_db_Gls0: offline: 2026-11-29 07:41:31.090: WARNING: takeover address 192.0.2.41 still answers on sha0: ===="),
			we("2026-11-29T07:41:33.762Z", Error, "", "app_db_Cmdline0: PreCheck: 2026-11-29 07:41:33.762: ERROR: check script /opt/dbsvc/bin/check.sh exited with 2: ===="),
		},
	},
	{
		name:   "primecluster-rms-program-log",
		source: "PRIMECLUSTER RMS with Wizard Tools Configuration and Administration Guide 4.6, F.7.3 program log message format (bmlog and `<program>log`: trace prefix `timestamp: file: line:`, error prefix `timestamp: file: line: ERROR`): software.fujitsu.com j2503-f-07-03",
		why:    "a millisecond time, the C++ source file and line as colon-separated fields, then ERROR only on error lines; trace lines carry no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.256Z", Unknown, "", "2026-11-29 07:41:16.256: det_generic.C: 756: Return from GdCheck"),
			we("2026-11-29T07:41:16.257Z", Unknown, "", "2026-11-29 07:41:16.257: det_generic.C: 790: reporting state Online of app_db_Fsystem0 to bm"),
			we("2026-11-29T07:41:18.431Z", Error, "", "2026-11-29 07:41:18.431: bm_comm.C: 1422: ERROR cannot send heartbeat to nodeb2RMS: Connection timed out"),
			we("2026-11-29T07:41:18.502Z", Unknown, "", "2026-11-29 07:41:18.502: det_generic.C: 773: Call to GdGetAttribute"),
		},
	},
	{
		name:   "redhat-clumanager-angle-severity",
		source: "Red Hat Cluster Manager 1.x (clumanager/Kimberlite) syslog entries `May 31 20:42:06 clu2 clusvcmgrd[992]: <info> Service Manager starting` (timestamp, cluster system, subsystem, severity level, description): WTI NPS installation guide, chapter 3 Cluster Software Installation and Configuration, page 66 (pages corpus)",
		why:    "RFC 3164 whose message opens with the severity word in angle brackets (`<info>`, `<notice>`, `<warning>`, `<err>`): the level is that word",
		entries: []worldEntry{
			we("2026-11-29T07:42:06Z", Info, "hacl2", "Nov 29 07:42:06 hacl2 clusvcmgrd[1188]: <info> Service Manager starting"),
			we("2026-11-29T07:49:38Z", Notice, "hacl2", "Nov 29 07:49:38 hacl2 clulog[1402]: <notice> stop_service.ksh notice: Stopping service webstore"),
			we("2026-11-29T07:50:12Z", Warn, "hacl2", "Nov 29 07:50:12 hacl2 cluquorumd[1120]: <warning> Initiating cluster stop"),
			we("2026-11-29T07:51:02Z", Error, "hacl2", "Nov 29 07:51:02 hacl2 cluquorumd[1120]: <err> updateMyTimestamp: unable to update status block."),
		},
	},
	{
		name:   "solaris-cluster-rgmd-syslog",
		source: "Oracle Solaris Cluster daemons through Solaris syslog (`Cluster.RGM.global.rgmd: [ID n daemon.notice] resource group … state on node … change to RG_ONLINE`, `Cluster.PMF.pmfd`): from memory",
		why:    "a dotted tag with no pid (Cluster.RGM.global.rgmd), then Solaris's `[ID n facility.level]`: the level is the level after the dot",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "phys-orca1", "Nov 29 07:41:16 phys-orca1 Cluster.RGM.global.rgmd: [ID 529407 daemon.notice] resource group nfs-rg state on node phys-orca1 change to RG_ONLINE"),
			we("2026-11-29T07:41:16Z", Notice, "phys-orca1", "Nov 29 07:41:16 phys-orca1 Cluster.RGM.global.rgmd: [ID 443746 daemon.notice] resource nfs-hasp-rs state on node phys-orca1 change to R_ONLINE"),
			we("2026-11-29T07:43:02Z", Error, "phys-orca1", "Nov 29 07:43:02 phys-orca1 Cluster.RGM.global.rgmd: [ID 938318 daemon.error] Method <hastorageplus_monitor_start> failed on resource <nfs-hasp-rs> in resource group <nfs-rg> [exit code <1>, time used: 0% of timeout <90 seconds>]"),
			we("2026-11-29T07:43:05Z", Warn, "phys-orca1", "Nov 29 07:43:05 phys-orca1 Cluster.PMF.pmfd: [ID 887656 daemon.warning] Process: tag=\"nfs-rg,nfs-rs,0.svc\", cmd=\"/usr/lib/nfs/nfsd\", Failed to stay up."),
		},
	},
	{
		name:   "openais-aisexec-padded-service-tags",
		source: "OpenAIS aisexec under RHEL 5 cman through syslog (`openais[pid]: [TOTEM] …`, `[CLM  ]`, `[SYNC ]`, `[CMAN ]` with the service name padded to five letters): from memory",
		why:    "RFC 3164 whose message opens with a bracketed, space-padded service tag: no level anywhere",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "rh5node1", "Nov 29 07:41:16 rh5node1 openais[2741]: [TOTEM] entering GATHER state from 12. "),
			we("2026-11-29T07:41:18Z", Unknown, "rh5node1", "Nov 29 07:41:18 rh5node1 openais[2741]: [CLM  ] CLM CONFIGURATION CHANGE "),
			we("2026-11-29T07:41:18Z", Unknown, "rh5node1", "Nov 29 07:41:18 rh5node1 openais[2741]: [CLM  ] Members Left: "),
			we("2026-11-29T07:41:18Z", Unknown, "rh5node1", "Nov 29 07:41:18 rh5node1 openais[2741]: [SYNC ] This node is within the primary component and will provide service. "),
			we("2026-11-29T07:41:19Z", Unknown, "rh5node1", "Nov 29 07:41:19 rh5node1 openais[2741]: [CMAN ] cman killed by node 2 because we rejoined the cluster without a full restart "),
		},
	},
}

func TestFresh819Formats(t *testing.T) { assertTable(t, fresh819Cases) }

func TestFresh819Score(t *testing.T) {
	checkScore(t, "fresh819 formats", fresh819Cases, [worldNumFields]float64{74.9, 99.9, 99.9, 99.9})
}
