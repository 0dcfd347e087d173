package parse

import "testing"

// The two-hundred-and-ninety-eighth fresh table, written on 2026-12-05: high-availability clusters
// and failover managers, their verbose and transition logs, in shapes no earlier table holds. Each
// family is one product's documented or observed output: Pacemaker 2.1's detail log
// (/var/log/pacemaker/pacemaker.log) with the lines its resource agents write into the same file
// through ocf_log (`Mmm dd HH:mm:ss  Agent(instance)[pid]:    LEVEL: msg`, the host left empty);
// sbd in the journal, its servants' lines behind a right-aligned servant name or the device path
// (`sbd[pid]:     pcmk:   notice: fn: msg`); Linux-HA Heartbeat 2's own ha-log file (cluster-glue's
// `entity[pid]: yyyy/MM/dd_HH:mm:ss level: msg`, a shell agent's line with a tab after its tag);
// Heartbeat 3 in haresources mode through syslog (`heartbeat: [pid]: level: msg` beside harc,
// mach_down, ResourceManager and IPaddr2); Veritas Cluster Server 3.5's engine_A.log with its
// pre-4.0 severity tags (`TAG_B yyyy/MM/dd HH:mm:ss VCS:n:msg`); LINBIT's drbd-reactor with its
// promoter plugin in the journal (`LEVEL [drbd_reactor::plugin::promoter] msg`); `drbdadm status`
// (one indented block a resource); `patronictl history` (a boxed table, a Timestamp column with an
// offset, the first timeline without one); `pg_autoctl show events --json` (pg_auto_failover's
// monitor events, pretty-printed, each event an object with an `eventtime` and an offset);
// Cybertec's vip-manager 3/4 in the journal (zap's console encoder with tabs and a `+0300` offset,
// an ERROR's Go stack cut into journal lines of their own).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`pacemaker`, `pacemaker.log`, `pacemaker-controld`, `pacemaker-execd`, `pacemaker-fenced`,
// `pacemaker-attrd`, `log_execute`, `log_finished`, `executing - rsc`, `IPaddr2`, `ocf_log`, `ocf:`,
// `(vip)`, `send_arp`, `Adding inet address`, `crm_mon`, `pcs status`, `stonith_admin`, `crmd[`,
// `lrmd`, `pengine`, `cib[`, `stonith-ng`, `PE_CALC`, `corosync`, `TOTEM`, `QUORUM`, `votequorum`,
// `corosync-quorumtool`, `Quorum information`, `qdevice`, `corosync-qnetd`, `knet_`, `sbd`,
// `servant`, `inquisitor`, `pcmk:`, `open_any_device`, `header_get`, `heartbeat[`, `heartbeat: [`,
// `ha-log`, `ha_logd`, `2026/11/29_`, `harc`, `mach_down`, `ResourceManager`, `nice_failback`,
// `Late heartbeat`, `is dead`, `keepalived`, `Keepalived_vrrp`, `vrrp`, `ucarp`, `carp`, `drbd`,
// `drbdadm`, `drbdsetup`, `drbd-reactor`, `drbd_reactor`, `promoter`, `role:Secondary`,
// `disk:UpToDate`, `peer-disk:`, `replication:SyncSource`, `linstor`, `VCS `, `VCS:`, `engine_A`,
// `V-16-`, `V-16-1`, `TAG_`, `Had[`, `hashadow`, `vxfen`, `veritas`, `patroni`, `patronictl`,
// `patronictl history`, `no recovery target`, `New Leader`, `repmgr`, `pg_auto_failover`,
// `pg_autoctl show`, `show events`, `eventtime`, `goalstate`, `reportedstate`, `stolon`,
// `vip-manager`, `vip_manager`, `must be up`, `state is false`, `PatroniLeaderChecker`,
// `orchestrator`, `masterha`, `MHA`, `maxscale`, `mariadbmon`, `galera`, `wsrep`, `pgpool`,
// `STANDING FOR`, `sentinel`, `switch-master`, `ctdb`, `booth`, `ldirectord`, `hacmp`, `powerha`,
// `clusterware`, `CRS-`, `pve-ha`, `ha-manager`, `rgmanager`, `clurgmgrd`, `serviceguard`, `cmcld`,
// `lifekeeper`, `opensvc`, `sanlock`, `ovirt-ha`, `HADRProvider`, `ha_dr`, `SAPHana`, `{-1}`,
// `[Verbose]`, `DiagnosticVerbose`, `[=== `, `kea-dhcp4.ha`, `HA_STATE`, `kube-vip`). Pacemaker's
// detail log is in holdout (its own daemons' lines) and its syslog lines in fresh65, pcs and
// crm_mon output in fresh250; the agents' ocf_log lines inside the detail log, with no host, are in
// none. sbd is in no table. Heartbeat appears only as one RFC 5424 line forwarded by a
// Loadbalancer.org appliance (fresh103); its ha-log file and the haresources syslog stream are in
// none. VCS's 4.0+ engine_A.log (`VCS ERROR V-16-1-…`) is in fresh153; the pre-4.0 TAG_ lines are
// in none. DRBD's kernel lines are in fresh30, fresh73 and fresh273, events2 in fresh46, LINSTOR in
// fresh153 (whose header left drbd-reactor out, its layout not found then); drbd-reactor and
// `drbdadm status` are in none. Patroni is in fresh_test (text), fresh85 (JSON) and fresh168
// (`patronictl list` around a switchover); `patronictl history` is in none. pg_auto_failover's
// pg_autoctl log is in fresh15 and its monitor in the journal in fresh271; the events as JSON are in
// none. vip-manager is in none. Left out as measured already: keepalived (holdout, fresh65,
// fresh162), corosync (holdout, fresh65), ucarp (fresh29), repmgr (fresh7, fresh85), MHA (fresh180),
// MaxScale (fresh5), pgpool-II (fresh5), Redis and Valkey Sentinel (fresh23, fresh85), CTDB
// (fresh30), PowerHA (fresh45, fresh225), Oracle Clusterware (fresh39), Proxmox's HA stack (fresh65,
// fresh222), SAP HANA traces with the HA/DR hook (fresh5 and fresh192 hold the trace shape), Kea's
// HA hook (Kea's layout is in fresh86 and others); Windows Server 2016's cluster.log channel
// prefixes and Proxmox's `ha-manager status` because no search confirmed their layout. The table
// holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The syslog, journal and detail-log dates have no year (2026) and no zone
// (UTC), and so have Heartbeat's `2026/11/29_07:41:16` (cluster-glue writes local time) and VCS's
// engine log; patronictl's Timestamp column and pg_autoctl's eventtime carry +01:00 and are
// converted; vip-manager's zap time carries +0300, the journal's header around it the same clock
// with no zone, so either is accepted (the journal's taken as UTC), and the stack lines' only time is
// the journal's. Levels only where the line marks one: the detail log's level word after the
// function, the agent's INFO/WARNING/ERROR after its tag, sbd's right-aligned level after the
// servant (the servant name or device path is no level), cluster-glue's info/notice/WARN/ERROR/CRIT
// (CRIT is Critical), VCS's tags as its agent developer's guide maps them (TAG_A critical, TAG_B
// error, TAG_C warning, TAG_D note, TAG_E information), drbd-reactor's level word, zap's level; the
// status blocks, tables and JSON events carry none (a `goalstate` or `connection:StandAlone` is a
// state, not a level). The host is the record's host field: the detail log's and journal's host
// name; an agent's line in the detail log has none (two blanks where the host would be), nor have
// ha-log, engine_A.log, drbdadm's, patronictl's and pg_autoctl's output; a system, node or peer
// named in a message, patronictl's New Leader and pg_autoctl's nodehost (the node's connection
// address, the subject of the monitor's event) are not hosts. A record that spans lines is one
// entry: a resource's block in `drbdadm status` with its indented device and peer lines and the
// blank line after it, one event object of pg_autoctl's JSON from its `{` to its `}`; every journal
// line of vip-manager's Go stack has its own header and is a record of its own; the table's rules
// and brackets are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 775c25c before any rule for it: level 86.7 %, time 96.7 %, host 96.7 %, records 93.3 %.
// That is the macro figure (micro: level 87.9 %, time 98.5 %, host 98.5 %, records 97.0 %), in a
// worktree at 775c25c with no change to trawl's code (only this file and table_test.go's list), 8 of
// 10 families fully right; the gaps are VCS 3.5's TAG_ severity tags (no level read) and the
// brackets of pg_autoctl's pretty-printed JSON array (the `[` line takes the first event object, the
// `]` line is joined to the last).

var fresh298Cases = []worldCase{
	{
		name:   "pacemaker21-detail-log-ocf-agent-lines",
		source: "Pacemaker 2.1's detail log /var/log/pacemaker/pacemaker.log (`Mmm dd HH:mm:ss host daemon [pid] (function) \\tlevel: msg`) with the resource agents' ocf_log lines written into the same file (`Mmm dd HH:mm:ss  Agent(instance)[pid]:    LEVEL: msg`, the date format ending in a blank and no host): ClusterLabs/resource-agents issue #1726 (an IPaddr2 start in pacemaker.log), ClusterLabs/pacemaker PR #2115 (detail-log lines), resource-agents' ocf.py (HA_DATEFMT `%b %d %T `, the Agent(instance)[pid] tag)",
		why:    "the daemons' lines carry the host, the agents' lines two blanks and no host; the level is a word after the function in parentheses or after the agent's tag; 10.20.0.100/24 and call ids are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "pcmk-a", "Nov 29 07:41:16 pcmk-a pacemaker-controld  [1842] (te_rsc_command) \tnotice: Initiating start operation web_vip_start_0 locally on pcmk-a | action 12"),
			we("2026-11-29T07:41:16Z", Info, "pcmk-a", "Nov 29 07:41:16 pcmk-a pacemaker-execd     [1839] (log_execute) \tinfo: executing - rsc:web_vip action:start call_id:41"),
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16  IPaddr2(web_vip)[20417]:    INFO: Adding inet address 10.20.0.100/24 with broadcast address 10.20.0.255 to device ens192"),
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16  IPaddr2(web_vip)[20417]:    INFO: Bringing device ens192 up"),
			we("2026-11-29T07:41:17Z", Info, "", "Nov 29 07:41:17  IPaddr2(web_vip)[20417]:    INFO: /usr/libexec/heartbeat/send_arp  -i 200 -r 5 -p /run/resource-agents/send_arp-10.20.0.100 ens192 10.20.0.100 auto not_used not_used"),
			we("2026-11-29T07:41:17Z", Info, "pcmk-a", "Nov 29 07:41:17 pcmk-a pacemaker-execd     [1839] (log_finished) \tinfo: web_vip start (call 41, PID 20417) exited with status 0 (execution time 1.204s)"),
			we("2026-11-29T07:41:48Z", Warn, "", "Nov 29 07:41:48  Filesystem(pg_fs)[20533]:    WARNING: Couldn't find device [/dev/drbd/by-res/pgdata/0]. Expected /dev/??? to exist"),
			we("2026-11-29T07:41:48Z", Error, "", "Nov 29 07:41:48  Filesystem(pg_fs)[20533]:    ERROR: Couldn't mount device [/dev/drbd/by-res/pgdata/0] as /var/lib/pgsql"),
			we("2026-11-29T07:41:48Z", Info, "pcmk-a", "Nov 29 07:41:48 pcmk-a pacemaker-execd     [1839] (log_finished) \tinfo: pg_fs start (call 44, PID 20533) exited with status 1 (execution time 312ms)"),
			we("2026-11-29T07:41:48Z", Error, "pcmk-a", "Nov 29 07:41:48 pcmk-a pacemaker-controld  [1842] (log_executor_event) \terror: Result of start operation for pg_fs on pcmk-a: error (Couldn't mount device [/dev/drbd/by-res/pgdata/0] as /var/lib/pgsql) | graph action confirmed; call=44 key=pg_fs_start_0 rc=1"),
		},
	},
	{
		name:   "sbd-journal-servant-prefixes",
		source: "sbd (STONITH block device) 1.5 in the journal (`sbd[pid]: %8s: fn: msg` for the inquisitor, `sbd[pid]: %8s: %8s: fn: msg` for a servant: `pcmk`, `cluster` or the device path before the right-aligned level): MicrosoftDocs/SupportArticles-docs troubleshoot-sbd-issues-rhel.md (`sbd[n]:  warning: open_any_device:` and `   error:`), MicrosoftDocs/azure-docs PR #83080 (a device servant's `…lun-1:    error: header_get:` and the inquisitor's `Servant … is outdated`); the pcmk and cluster servants' names from memory",
		why:    "the level is right-aligned in eight columns after the tag or after a servant's name or device path; the device path with its colons and `pcmk:` are no level; the journal's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "sles-n2", "Nov 29 07:41:16 sles-n2 sbd[1834]:   notice: main: Doing flush + writing 'b' to sysrq on timeout"),
			we("2026-11-29T07:41:16Z", Notice, "sles-n2", "Nov 29 07:41:16 sles-n2 sbd[1836]: /dev/disk/by-id/scsi-36001405a7c3e19d2b4f8:   notice: servant_md: Monitoring slot 2 on disk /dev/disk/by-id/scsi-36001405a7c3e19d2b4f8"),
			we("2026-11-29T07:41:16Z", Notice, "sles-n2", "Nov 29 07:41:16 sles-n2 sbd[1837]:     pcmk:   notice: servant_pcmk: Monitoring Pacemaker health"),
			we("2026-11-29T07:41:16Z", Notice, "sles-n2", "Nov 29 07:41:16 sles-n2 sbd[1838]:  cluster:   notice: servant_cluster: Monitoring unknown cluster health"),
			we("2026-11-29T07:41:17Z", Info, "sles-n2", "Nov 29 07:41:17 sles-n2 sbd[1837]:     pcmk:     info: notify_parent: Not notifying parent: state transient (2)"),
			we("2026-11-29T07:52:03Z", Error, "sles-n2", "Nov 29 07:52:03 sles-n2 sbd[1836]: /dev/disk/by-id/scsi-36001405a7c3e19d2b4f8:    error: header_get: Unable to read header from device 5"),
			we("2026-11-29T07:52:03Z", Warn, "sles-n2", "Nov 29 07:52:03 sles-n2 sbd[1835]:  warning: inquisitor_child: Servant /dev/disk/by-id/scsi-36001405a7c3e19d2b4f8 is outdated (age: 4)"),
			we("2026-11-29T07:52:05Z", Warn, "sles-n2", "Nov 29 07:52:05 sles-n2 sbd[1835]:  warning: inquisitor_child: Latency: No liveness for 4 s exceeds threshold of 3 s (healthy servants: 0)"),
		},
	},
	{
		name:   "heartbeat2-ha-log-file",
		source: "Linux-HA Heartbeat 2.1's own log file (ha.cf `logfile /var/log/ha-log`): cluster-glue's cl_direct_log writes `entity[pid]: yyyy/MM/dd_HH:mm:ss level: msg` with ha_timestamp's local time and the level names EMERG ALERT CRIT ERROR WARN notice info debug (ClusterLabs/cluster-glue lib/clplumbing/cl_log.c); crmd, pengine and lrmd log through the same call; a shell agent's ha_log line with a tab after its tag (as resource-agents' ocf.py formatter writes `tag:\\t` before the date) from memory",
		why:    "an underscore joins the slashed date to the clock; no zone (UTC), no host; the level is the word after the time, WARN and CRIT in capitals; `rsc:web_vip:12` and `(7)` are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "heartbeat[3684]: 2026/11/29_07:41:16 WARN: node lb-a: is dead"),
			we("2026-11-29T07:41:16Z", Info, "", "heartbeat[3684]: 2026/11/29_07:41:16 info: Link lb-a:eth1 dead."),
			we("2026-11-29T07:41:16Z", Notice, "", "crmd[3702]: 2026/11/29_07:41:16 notice: crmd_ha_status_callback: Status update: Node lb-a now has status [dead] (DC=true)"),
			we("2026-11-29T07:41:17Z", Info, "", "crmd[3702]: 2026/11/29_07:41:17 info: do_state_transition: State transition S_IDLE -> S_POLICY_ENGINE [ input=I_PE_CALC cause=C_FSA_INTERNAL origin=abort_transition_graph ]"),
			we("2026-11-29T07:41:17Z", Warn, "", "pengine[3710]: 2026/11/29_07:41:17 WARN: unpack_rsc_op: Processing failed op web_vip_monitor_10000 on lb-a: not running (7)"),
			we("2026-11-29T07:41:18Z", Info, "", "lrmd[3699]: 2026/11/29_07:41:18 info: rsc:web_vip:12: start"),
			we("2026-11-29T07:41:18Z", Info, "", "IPaddr2[4150]:\t2026/11/29_07:41:18 INFO: ip -f inet addr add 10.20.0.100/24 brd 10.20.0.255 dev eth0"),
			we("2026-11-29T07:41:19Z", Error, "", "crmd[3702]: 2026/11/29_07:41:19 ERROR: process_lrm_event: LRM operation haproxy_start_0 (call=14, rc=1, cib-update=40, confirmed=true) unknown error"),
			we("2026-11-29T07:41:25Z", Critical, "", "heartbeat[3684]: 2026/11/29_07:41:25 CRIT: Cluster node lb-a returning after partition."),
		},
	},
	{
		name:   "heartbeat3-haresources-syslog",
		source: "Heartbeat 3.0 in haresources (v1) mode through syslog: cluster-glue's cl_direct_log hands syslog `[pid]: level: msg` under the ident `heartbeat` (so `heartbeat: [pid]: info: …`), beside the harc, mach_down, ResourceManager and IPaddr2 scripts' `tag[pid]: level: msg`: ClusterLabs/cluster-glue lib/clplumbing/cl_log.c; a failover pasted at qastack.mx/server/361291 (the scripts' lines around a takeover)",
		why:    "the daemon's pid in brackets after `heartbeat: `, then the level; the scripts' tags carry the pid; `lb-a` and `IPaddr2::10.20.0.100/24/eth0` in messages are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "lb-b", "Nov 29 07:41:16 lb-b heartbeat: [2811]: WARN: node lb-a: is dead"),
			we("2026-11-29T07:41:16Z", Info, "lb-b", "Nov 29 07:41:16 lb-b heartbeat: [2811]: info: Dead node lb-a gave up resources."),
			we("2026-11-29T07:41:16Z", Info, "lb-b", "Nov 29 07:41:16 lb-b heartbeat: [2811]: info: Link lb-a:eth1 dead."),
			we("2026-11-29T07:41:17Z", Info, "lb-b", "Nov 29 07:41:17 lb-b harc[4120]: info: Running /etc/ha.d//rc.d/status status"),
			we("2026-11-29T07:41:17Z", Info, "lb-b", "Nov 29 07:41:17 lb-b mach_down[4151]: info: Taking over resource group IPaddr2::10.20.0.100/24/eth0"),
			we("2026-11-29T07:41:17Z", Info, "lb-b", "Nov 29 07:41:17 lb-b ResourceManager[4177]: info: Acquiring resource group: lb-a IPaddr2::10.20.0.100/24/eth0 haproxy"),
			we("2026-11-29T07:41:17Z", Info, "lb-b", "Nov 29 07:41:17 lb-b IPaddr2[4210]: INFO: Resource is stopped"),
			we("2026-11-29T07:41:18Z", Error, "lb-b", "Nov 29 07:41:18 lb-b ResourceManager[4177]: ERROR: Return code 1 from /etc/init.d/haproxy"),
			we("2026-11-29T07:41:18Z", Info, "lb-b", "Nov 29 07:41:18 lb-b heartbeat: [2811]: info: mach_down takeover complete."),
		},
	},
	{
		name:   "vcs35-engine-log-tags",
		gap:    "trawl reads the time but no level: the pre-4.0 severity tag `TAG_A`…`TAG_E` that starts each engine_A.log line is not read as critical, error, warning, notice and info",
		source: "Veritas Cluster Server 3.5's /var/VRTSvcs/log/engine_A.log before the 4.0 message format (`TAG_x yyyy/MM/dd HH:mm:ss VCS:msgid:msg`; agent messages `VCS:msgid:Type:Resource:EntryPoint:msg`): a VCS monitoring guide at pacs.sjt.med.br ('Reviewing the VERITAS Cluster Server (VCS) Error Message Logs', the format and examples), Cluster Server 4.1 Agent Developer's Guide 'Mapping of Log Tags (Pre-VCS 4.0) to Log Severities' (TAG_A critical … TAG_E information, TAG_F–Z debug)",
		why:    "the severity tag comes first, before a slashed date; `VCS:10205:` is a message id, no time; the systems named in messages are no hosts; the file has no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "TAG_E 2026/11/29 07:41:16 VCS:10077:received new cluster membership"),
			we("2026-11-29T07:41:16Z", Notice, "", "TAG_D 2026/11/29 07:41:16 VCS:10322:System sol-b (Node '1') changed state from RUNNING to FAULTED"),
			we("2026-11-29T07:41:17Z", Error, "", "TAG_B 2026/11/29 07:41:17 VCS:10205:Group oracle_sg is faulted on system sol-b"),
			we("2026-11-29T07:41:20Z", Warn, "", "TAG_C 2026/11/29 07:41:20 VCS:10307:Resource ora_lsnr (Owner: unknown, Group: oracle_sg) is offline on sol-a (Not initiated by VCS)"),
			we("2026-11-29T07:41:22Z", Notice, "", "TAG_D 2026/11/29 07:41:22 VCS:10301:Initiating Online of Resource ora_ip (Owner: unknown, Group: oracle_sg) on System sol-a"),
			we("2026-11-29T07:42:05Z", Error, "", "TAG_B 2026/11/29 07:42:05 VCS:13027:Mount:ora_mnt:monitor:Mount point /u01/oradata is not mounted"),
			we("2026-11-29T07:42:31Z", Critical, "", "TAG_A 2026/11/29 07:42:31 VCS:11016:had: could not allocate memory for the group table"),
		},
	},
	{
		name:   "drbd-reactor-promoter-journal",
		source: "LINBIT drbd-reactor 1.x with its promoter plugin in the journal (`drbd-reactor[pid]: LEVEL [module::path] msg`, the Rust log levels ERROR WARN INFO DEBUG before the module in brackets): LINBIT/drbd-reactor issues #8 (promoter lines in journalctl) and #1, LINBIT/linbit-documentation issue #28 (the older drbdd's `WARN [drbdd::plugin::promoter]`)",
		why:    "the level word right after the tag, the module path with `::` in brackets after it; `0ms` and the resource's options are no times; the journal's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "linstor-a", "Nov 29 07:41:16 linstor-a drbd-reactor[731]: INFO [drbd_reactor] started plugins: promoter, prometheus"),
			we("2026-11-29T07:41:16Z", Warn, "linstor-a", "Nov 29 07:41:16 linstor-a drbd-reactor[731]: WARN [drbd_reactor::plugin::promoter] resource 'pgdata': DRBD option 'on-no-quorum' should be 'io-error', but is 'suspend-io'"),
			we("2026-11-29T07:41:19Z", Debug, "linstor-a", "Nov 29 07:41:19 linstor-a drbd-reactor[731]: DEBUG [drbd_reactor::events] events2: change resource name:pgdata may_promote:yes promotion_score:10102"),
			we("2026-11-29T07:41:19Z", Info, "linstor-a", "Nov 29 07:41:19 linstor-a drbd-reactor[731]: INFO [drbd_reactor::plugin::promoter] promoter: resource 'pgdata' may promote after 0ms"),
			we("2026-11-29T07:41:19Z", Info, "linstor-a", "Nov 29 07:41:19 linstor-a drbd-reactor[731]: INFO [drbd_reactor::plugin::promoter] promoter: starting 'drbd-services@pgdata.target'"),
			we("2026-11-29T07:41:27Z", Error, "linstor-a", "Nov 29 07:41:27 linstor-a drbd-reactor[731]: ERROR [drbd_reactor::plugin::promoter] promoter: could not start 'drbd-services@pgdata.target', stopping it again"),
		},
	},
	{
		name:   "drbdadm-status-resource-blocks",
		source: "DRBD 9's `drbdadm status` (each resource: a `name role:…` line, the local disk indented two blanks, each peer connection indented two and its peer disk four, a blank line between resources): LINBIT/drbd-reactor issue #1 (drbdadm status pasted from three nodes); the syncing peer's `done:` and `suspended:quorum` from memory",
		why:    "no time, no level, no host; a resource's indented lines and the blank line after it are one record; `disk:UpToDate`, `quorum:no` and the peer names are states and peers",
		entries: []worldEntry{
			we("", Unknown, "",
				"pgdata role:Primary",
				"  disk:UpToDate",
				"  db-b role:Secondary",
				"    peer-disk:UpToDate",
				"  db-c role:Secondary",
				"    replication:SyncSource peer-disk:Inconsistent done:41.27",
				""),
			we("", Unknown, "",
				"linstor_db role:Secondary",
				"  disk:UpToDate quorum:no",
				"  db-b connection:Connecting",
				"  db-c connection:StandAlone",
				""),
			we("", Unknown, "",
				"nfs_export role:Secondary suspended:quorum",
				"  disk:Outdated quorum:no blocked:upper",
				"  db-b connection:Connecting",
				"  db-c role:Primary",
				"    peer-disk:UpToDate",
				""),
		},
	},
	{
		name:   "patronictl-history-table-offset",
		source: "Patroni 3/4's `patronictl history` (a `+----+` box: TL, LSN, Reason, Timestamp with the history file's mtime as ISO 8601 with microseconds and the node's offset, New Leader since 2.1.1; the first timeline's Timestamp and leader are empty): patroni/patroni issues #1879 and #2009, PR #2032 (the New Leader column)",
		why:    "each row is a record timed by its Timestamp column (+01:00, converted); the first row has no time; the LSN is a byte position, no epoch; New Leader is a member, no host; the rules are fed, not scored",
		entries: []worldEntry{
			wskip("+----+-----------+------------------------------+----------------------------------+------------+",
				"| TL |       LSN | Reason                       | Timestamp                        | New Leader |",
				"+----+-----------+------------------------------+----------------------------------+------------+"),
			we("", Unknown, "", "|  1 | 117440672 | no recovery target specified |                                  |            |"),
			we("2026-11-21T09:14:02.771020Z", Unknown, "", "|  2 | 184549536 | no recovery target specified | 2026-11-21T10:14:02.771020+01:00 | pg-b       |"),
			we("2026-11-27T14:02:44.318207Z", Unknown, "", "|  3 | 251658400 | no recovery target specified | 2026-11-27T15:02:44.318207+01:00 | pg-c       |"),
			we("2026-11-29T07:41:16.507113Z", Unknown, "", "|  4 | 318767264 | no recovery target specified | 2026-11-29T08:41:16.507113+01:00 | pg-a       |"),
			wskip("+----+-----------+------------------------------+----------------------------------+------------+"),
		},
	},
	{
		name:   "pg-autoctl-show-events-json",
		source: "pg_auto_failover 2.x `pg_autoctl show events --json` (the monitor's events as a pretty-printed JSON array, four-blank indent, keys nodeid, eventid, groupid, nodehost, nodename, nodeport, eventtime with microseconds and the monitor's offset, goalstate, description, formationid, reportedlsn, reportedstate, reportedrepstate, candidatepriority, replicationquorum): hapostgres/pg_auto_failover docs/ref/pg_autoctl_show_events.rst (the example output)",
		why:    "one event object over sixteen lines is one record timed by eventtime (+01:00, converted); nodehost is the node's connection address, the subject of the monitor's event, no host; goalstate and reportedstate are states, no level; the array's brackets are fed, not scored",
		entries: []worldEntry{
			wskip("["),
			we("2026-11-29T07:41:16.204117Z", Unknown, "",
				"    {",
				`        "nodeid": 1,`,
				`        "eventid": 41,`,
				`        "groupid": 0,`,
				`        "nodehost": "10.30.0.11",`,
				`        "nodename": "pgaf-a",`,
				`        "nodeport": 5432,`,
				`        "eventtime": "2026-11-29T08:41:16.204117+01:00",`,
				`        "goalstate": "demoted",`,
				`        "description": "Setting goal state of node 1 \"pgaf-a\" (10.30.0.11:5432) to demoted after the node failed to report to the monitor for 20s.",`,
				`        "formationid": "default",`,
				`        "reportedlsn": "0/5A000148",`,
				`        "reportedstate": "primary",`,
				`        "reportedrepstate": "quorum",`,
				`        "candidatepriority": 50,`,
				`        "replicationquorum": true`,
				"    },"),
			we("2026-11-29T07:41:16.311842Z", Unknown, "",
				"    {",
				`        "nodeid": 2,`,
				`        "eventid": 42,`,
				`        "groupid": 0,`,
				`        "nodehost": "10.30.0.12",`,
				`        "nodename": "pgaf-b",`,
				`        "nodeport": 5432,`,
				`        "eventtime": "2026-11-29T08:41:16.311842+01:00",`,
				`        "goalstate": "prepare_promotion",`,
				`        "description": "Setting goal state of node 2 \"pgaf-b\" (10.30.0.12:5432) to prepare_promotion after node 1 \"pgaf-a\" (10.30.0.11:5432) became unhealthy.",`,
				`        "formationid": "default",`,
				`        "reportedlsn": "0/5A000148",`,
				`        "reportedstate": "secondary",`,
				`        "reportedrepstate": "quorum",`,
				`        "candidatepriority": 50,`,
				`        "replicationquorum": true`,
				"    },"),
			we("2026-11-29T07:41:19.020551Z", Unknown, "",
				"    {",
				`        "nodeid": 2,`,
				`        "eventid": 45,`,
				`        "groupid": 0,`,
				`        "nodehost": "10.30.0.12",`,
				`        "nodename": "pgaf-b",`,
				`        "nodeport": 5432,`,
				`        "eventtime": "2026-11-29T08:41:19.020551+01:00",`,
				`        "goalstate": "wait_primary",`,
				`        "description": "New state is reported by node 2 \"pgaf-b\" (10.30.0.12:5432): \"wait_primary\"",`,
				`        "formationid": "default",`,
				`        "reportedlsn": "0/5A0002D8",`,
				`        "reportedstate": "wait_primary",`,
				`        "reportedrepstate": "async",`,
				`        "candidatepriority": 50,`,
				`        "replicationquorum": true`,
				"    }"),
			wskip("]"),
		},
	},
	{
		name:   "vip-manager-zap-journal-offset",
		source: "Cybertec vip-manager 3/4 in the journal (zap's console encoder: `yyyy-MM-ddTHH:mm:ss.SSS+hhmm\\tLEVEL\\tmsg`, an ERROR followed by its Go stack, which journald stores one line a record under the same header): cybertec-postgresql/vip-manager issues #308 (`IP address … is down, must be down` with +0300) and #336 (the ERROR and the stack lines in journalctl); `Configuring address` from memory",
		why:    "the journal's header is the node's local clock with no zone, zap's time the same clock with +0300, so either is accepted; each stack line is its own journal record with the header's time and no level; 10.30.0.100/24 and 127.0.0.1:8008 are no hosts",
		entries: []worldEntry{
			we("2026-11-29T10:41:06Z|2026-11-29T07:41:06.977Z", Info, "pg-b", "Nov 29 10:41:06 pg-b vip-manager[5520]: 2026-11-29T10:41:06.977+0300\tINFO\tIP address 10.30.0.100/24 is down, must be down"),
			we("2026-11-29T10:41:16Z|2026-11-29T07:41:16.978Z", Info, "pg-b", "Nov 29 10:41:16 pg-b vip-manager[5520]: 2026-11-29T10:41:16.978+0300\tINFO\tIP address 10.30.0.100/24 is down, must be up"),
			we("2026-11-29T10:41:16Z|2026-11-29T07:41:16.981Z", Info, "pg-b", "Nov 29 10:41:16 pg-b vip-manager[5520]: 2026-11-29T10:41:16.981+0300\tINFO\tConfiguring address 10.30.0.100/24 on ens192"),
			we("2026-11-29T10:42:18Z|2026-11-29T07:42:18.668Z", Error, "pg-b", "Nov 29 10:42:18 pg-b vip-manager[5520]: 2026-11-29T10:42:18.668+0300\tERROR\tpatroni REST API error:Get \"http://127.0.0.1:8008/leader\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"),
			we("2026-11-29T10:42:18Z", Unknown, "pg-b", "Nov 29 10:42:18 pg-b vip-manager[5520]: github.com/cybertec-postgresql/vip-manager/checker.(*PatroniLeaderChecker).GetChangeNotificationStream"),
			we("2026-11-29T10:42:18Z", Unknown, "pg-b", "Nov 29 10:42:18 pg-b vip-manager[5520]: \t/home/runner/work/vip-manager/vip-manager/checker/patroni_leader_checker.go:61"),
			we("2026-11-29T10:42:28Z|2026-11-29T07:42:28.671Z", Info, "pg-b", "Nov 29 10:42:28 pg-b vip-manager[5520]: 2026-11-29T10:42:28.671+0300\tINFO\tIP address 10.30.0.100/24 is up, must be up"),
		},
	},
}

func TestFresh298Formats(t *testing.T) { assertTable(t, fresh298Cases) }
func TestFresh298Score(t *testing.T) {
	checkScore(t, "fresh298 formats", fresh298Cases, [worldNumFields]float64{89.9, 99.9, 99.9, 99.9})
}
