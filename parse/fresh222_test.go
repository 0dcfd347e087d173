package parse

import "testing"

// The two-hundred-and-twenty-second fresh table, written on 2026-12-05: cloud infrastructure services'
// own logs in their 2025-2026 versions, shapes no earlier table holds. Each family is one product's
// documented or observed output: a Kolla container's stdout (kolla_set_configs' Python default
// logging `LEVEL:__main__:msg` between bash xtrace lines, no time); Open vSwitch's syslog target
// (the `ovs|` prefix in a BSD syslog line, with a rate-limit summary); Octavia's amphora tenant flow
// log offloaded to a syslog receiver (project and load balancer ids before an haproxy accept date);
// `ceph log last cephadm` (the cephadm channel with a traceback under an [ERR] entry); the Ceph 19
// mgr log when a module fails to load (`mgr load Traceback` with the traceback's lines unprefixed);
// `ceph crash info` objects printed one after the other (pretty JSON, timestamp and
// utsname_hostname keys); Proxmox VE 9's pve8to9 checklist (PASS/NOTICE/WARN/FAIL prefixes under
// `= … =` section titles, no time); OpenStack-Ansible services in the journal with the container's
// name as host and oslo.log's line inside; oslo.log's journal handler read back as `journalctl -o
// json` (PRIORITY, LOGGER_LEVEL, REQUEST_ID fields, the oslo line in MESSAGE).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`openstack`, `oslo`, `nova`, `neutron`, `cinder`, `glance`, `keystone`, `placement`,
// `octavia`, `ceph`, `cephadm`, `ceph-mgr`, `ceph -w`, `ceph-crash`, `ovs-vswitchd`,
// `ovn-controller`, `ovsdb`, `libvirt`, `virtqemud`, `qemu`, `proxmox`, `pveproxy`, `pvedaemon`,
// `UPID:`, `vdsm`, `ovirt`, `kolla`, `openstack-ansible`, `uwsgi`, `oslo_log.formatters`,
// `JSONFormatter`, `error_summary`, `FluentFormatter`, `vars in`, `microversion:`, `[None req-`,
// `INFO:__main__`, `kolla_set_configs`, `ovs|`, `Dropped N log messages`, `dashboard INFO`,
// `log_channel(`, `pmxcfs`, `: error : `, `starting up libvirt`, `lb_id`, `user_log_format`,
// `eventlet.wsgi.server`, `TASK OK`, `aio1`, `mgr.server`, `Module .* has failed`, `cluster [`,
// `audit [`, `raft|`, `pve-ha-lrm`, `vzdump`, `Traceback`). OpenStack's oslo.log text is in
// world_test and fresh21, fresh59, fresh65, fresh68, fresh80, fresh102, fresh110, fresh130 (files,
// devstack's journal, JSONFormatter objects, uwsgi request lines, a nova traceback): the
// OpenStack-Ansible journal with container hosts and the journal handler's JSON fields are in none.
// Kolla is in fresh151 only as an OpenSearch Dashboards CSV export; the container's
// kolla_set_configs output is in none. Open vSwitch is in fresh5 and fresh68/fresh80 as its log
// file (`ISO|seq|module|LEVEL|msg`); its syslog `ovs|` form is in none. Octavia is in fresh65,
// fresh80, fresh102 as its controller and amphora-agent oslo logs; the tenant flow log is in none.
// Ceph is in fresh5, fresh6, fresh39, fresh46, fresh59, fresh65, fresh73, fresh153 (mon, osd, mgr,
// mds, rgw, the cluster and audit logs, ceph -w, cephadm.log, crash ls): the cephadm channel of
// `ceph log last`, the mgr module-load traceback and `ceph crash info` are in none. Proxmox is in
// many tables as tasks, journals and access logs; pve8to9's checklist is in none. Left out as
// measured already: libvirt's daemon log file and the qemu domain log (fresh5, fresh73 and others),
// vdsm (fresh30, fresh152), ovn-controller and ovn-northd (fresh68, fresh80), uwsgi request lines
// (fresh80). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A syslog header and the line inside it (Octavia's haproxy accept date, the
// oslo line in a journal) both carry the record's time, so either is accepted; the journal's
// __REALTIME_TIMESTAMP microseconds and the oslo time in MESSAGE likewise. Kolla's stdout and the
// pve8to9 checklist carry no time, so their records have none. Levels only where the line marks
// one: Kolla's `INFO:` prefix (the xtrace lines have none), OVS's `|INFO|`, Ceph's [INF]/[WRN]/[ERR]
// and its debug level column (-1 an error, 0 as written by log_channel, 1 debug), pve8to9's PASS
// (Info), NOTICE, WARN and FAIL (Error), oslo's level name and the journal's PRIORITY; the tenant
// flow log and `ceph crash info` have none. The host is the record's host field: the syslog or
// journal header's name (the amphora, the OSA container), the journal's _HOSTNAME, a crash's
// utsname_hostname; a client address, a Ceph entity name such as mgr.stor01.xkqzvd and a
// deployment's daemon name are not hosts. A record that spans lines is one entry: the traceback
// under a cephadm [ERR] entry, the traceback under `mgr load Traceback`, a pretty-printed crash
// object.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 47fa2e5 before any rule for it: level 96.3 %, time 100.0 %, host 88.9 %, records 100.0 %.
// That is the macro figure (micro: level 94.9 %, time 100.0 %, host 92.3 %, records 100.0 %), in a
// worktree at 47fa2e5 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 9 families fully right; the gaps are the crash objects' utsname_hostname and pve8to9's PASS and
// FAIL prefixes.

var fresh222Cases = []worldCase{
	{
		name:   "kolla-set-configs-container-stdout",
		source: "Kolla images' kolla_start entry point running kolla_set_configs (Python logging's default `LEVEL:__main__:message`, bash `set -x` lines, then `Running command: '…'`) as `docker logs nova_compute` shows it: docs.openstack.org Kolla 'Kolla Images API' (kolla_start, kolla_set_configs, KOLLA_CONFIG_STRATEGY); the line layout from memory",
		why:    "no time anywhere; a level word and a colon before `__main__:`; the xtrace `+`/`++` lines and the final `Running command:` carry no level",
		entries: []worldEntry{
			we("", Unknown, "", "+ sudo -E kolla_set_configs"),
			we("", Info, "", "INFO:__main__:Loading config file at /var/lib/kolla/config_files/config.json"),
			we("", Info, "", "INFO:__main__:Kolla config strategy set to: COPY_ALWAYS"),
			we("", Info, "", "INFO:__main__:Copying /var/lib/kolla/config_files/nova.conf to /etc/nova/nova.conf"),
			we("", Unknown, "", "++ cat /run_command"),
			we("", Unknown, "", "Running command: 'nova-compute'"),
		},
	},
	{
		name:   "ovs-vswitchd-syslog-ovs-prefix",
		source: "Open vSwitch 3.x logging to syslog (`vlog/set syslog:info`, the syslog pattern `ovs|%05N|%c%T|%p|%m`) as rsyslog writes it to /var/log/syslog: ovs-appctl(8) 'Logging Commands' (vlog/set, PATTERN, destinations console, syslog, file); the rate-limit summary `Dropped N log messages in last N seconds` from lib/vlog.c, from memory",
		why:    "a BSD syslog header with the host, then `ovs|` and OVS's own sequence, module and level columns but no time of its own; a rate-limit summary line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "cmp01", "Nov 29 07:41:16 cmp01 ovs-vswitchd: ovs|00042|bridge|INFO|bridge br-int: added interface tap4f1c2a7e-9b on port 18"),
			we("2026-11-29T07:41:17Z", Warn, "cmp01", "Nov 29 07:41:17 cmp01 ovs-vswitchd: ovs|00043|netdev_linux|WARN|tap9b3d4c1a-8e: removing policing failed: No such device"),
			we("2026-11-29T07:41:21Z", Info, "cmp01", "Nov 29 07:41:21 cmp01 ovs-vswitchd: ovs|00044|ofproto_dpif_upcall(handler7)|INFO|Dropped 37 log messages in last 60 seconds (most recently, 4 seconds ago) due to excessive rate"),
			we("2026-11-29T07:41:21Z", Warn, "cmp01", "Nov 29 07:41:21 cmp01 ovs-vswitchd: ovs|00045|ofproto_dpif_upcall(handler7)|WARN|upcall: datapath reached the dynamic limit of 200000 flows."),
			we("2026-11-29T07:41:25Z", Error, "cmp01", "Nov 29 07:41:25 cmp01 ovs-vswitchd: ovs|00046|reconnect|ERR|unix:/var/run/openvswitch/db.sock: no response to inactivity probe after 5 seconds, disconnecting"),
		},
	},
	{
		name:   "octavia-amphora-tenant-flow-syslog",
		source: "Octavia amphora tenant flow log offloaded to a syslog receiver (default [haproxy_amphora] user_log_format `{{ project_id }} {{ lb_id }} %f %ci %cp %t %{+Q}r %ST %B %U %[ssl_c_verify] %{+Q}[ssl_c_s_dn] %b %s %Tt %tsc`, the amphora's hostname in the header): docs.openstack.org octavia 'Octavia Amphora Log Offloading'; Red Hat OpenStack 'Managing Load-balancing service instance logs' (tenant flow log format); HAProxy log-format variables",
		why:    "the syslog header names the amphora; project, load balancer and listener ids precede the client address and haproxy's dd/Mon/yyyy:HH:MM:SS.mmm accept date; a 503 status is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z|2026-11-29T07:41:16Z", Unknown, "amphora-7c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f", `Nov 29 07:41:16 amphora-7c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f haproxy[1204]: 9b8e7d6c5f4a4b21a0c1d5e2f3b4a591 3c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e50 1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b 203.0.113.45 51432 29/Nov/2026:07:41:16.118 "GET /healthz HTTP/1.1" 200 312 88 - "" 5d6e7f8a-9b0c-4d1e-8f2a-3b4c5d6e7f80 8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d 3 ----`),
			we("2026-11-29T07:41:17.902Z|2026-11-29T07:41:17Z", Unknown, "amphora-7c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f", `Nov 29 07:41:17 amphora-7c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f haproxy[1204]: 9b8e7d6c5f4a4b21a0c1d5e2f3b4a591 3c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e50 6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c 198.51.100.23 40218 29/Nov/2026:07:41:17.902 "POST /api/v1/orders HTTP/1.1" 201 1204 2291 0 "/CN=client-07.example.net" 2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d 0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b 41 ----`),
			we("2026-11-29T07:41:19.006Z|2026-11-29T07:41:19Z", Unknown, "amphora-7c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f", `Nov 29 07:41:19 amphora-7c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f haproxy[1204]: 9b8e7d6c5f4a4b21a0c1d5e2f3b4a591 3c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e50 1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b 203.0.113.45 51440 29/Nov/2026:07:41:19.006 "GET /report HTTP/1.1" 503 217 91 - "" 5d6e7f8a-9b0c-4d1e-8f2a-3b4c5d6e7f80 <NOSRV> 0 SC--`),
		},
	},
	{
		name:   "ceph-log-last-cephadm",
		source: "Ceph 19 `ceph log last cephadm` (the cluster log's cephadm channel: `ISO time+0000 entity (rank) seq : cephadm [LVL] msg`, a Python traceback printed under a failed apply): docs.ceph.com cephadm 'Troubleshooting' (ceph log last cephadm); ceph/ceph PR #42838 and PR #50805 (tracebacks during apply spec)",
		why:    "the channel is cephadm, not cluster or audit; an [ERR] entry carries its traceback's lines unprefixed under it, one record; the mgr entity names a daemon, not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", "2026-11-29T07:41:16.204118+0000 mgr.stor01.xkqzvd (mgr.14102) 412 : cephadm [INF] Deploying daemon osd.5 on stor03"),
			we("2026-11-29T07:41:18.551203Z", Warn, "", "2026-11-29T07:41:18.551203+0000 mgr.stor01.xkqzvd (mgr.14102) 415 : cephadm [WRN] unable to calc client keyring client.admin placement PlacementSpec(label='_admin'): Cannot place : No matching hosts for label _admin"),
			we("2026-11-29T07:41:19.004871Z", Error, "",
				"2026-11-29T07:41:19.004871+0000 mgr.stor01.xkqzvd (mgr.14102) 417 : cephadm [ERR] Failed to apply rgw.s3 spec RGWSpec.from_json(yaml.safe_load('''service_type: rgw service_id: s3 placement: count: 2 ''')): cephadm exited with an error code: 1, stderr: Deploy daemon rgw.s3.stor02.qkzvle ...",
				"Traceback (most recent call last):",
				`  File "/usr/share/ceph/mgr/cephadm/serve.py", line 608, in _apply_all_services`,
				"    if self._apply_service(spec):",
				`  File "/usr/share/ceph/mgr/cephadm/serve.py", line 1047, in _apply_service`,
				"    daemon_spec = svc.prepare_create(daemon_spec)",
				"orchestrator._interface.OrchestratorError: cephadm exited with an error code: 1, stderr: Deploy daemon rgw.s3.stor02.qkzvle ..."),
			we("2026-11-29T07:41:46.301422Z", Info, "", "2026-11-29T07:41:46.301422+0000 mgr.stor01.xkqzvd (mgr.14102) 431 : cephadm [INF] Removing orphan daemon mon.stor04..."),
		},
	},
	{
		name:   "ceph-mgr-module-load-traceback",
		source: "Ceph 19 ceph-mgr log (/var/log/ceph/<fsid>/ceph-mgr.<id>.log: `ISO time+0000 thread level message`) when a module fails to construct: `mgr load Failed to construct class in '<module>'`, `mgr load Traceback (most recent call last):` with the traceback's lines unprefixed, `mgr operator() Failed to run module in active mode`, then the MGR_MODULE_ERROR health check: from memory (a search for the traceback line found no thread); the header layout as in fresh73's ceph-mgr-log",
		why:    "a traceback whose first line carries the daemon's prefix and whose frames do not: one record; the debug level column -1 is an error and 1 a debug line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "2026-11-29T07:41:16.204+0000 7f3a2c1e8640  1 mgr[py] Loading python module 'rook'"),
			we("2026-11-29T07:41:16.912Z", Error, "", "2026-11-29T07:41:16.912+0000 7f3a2c1e8640 -1 mgr load Failed to construct class in 'rook'"),
			we("2026-11-29T07:41:16.912Z", Error, "",
				"2026-11-29T07:41:16.912+0000 7f3a2c1e8640 -1 mgr load Traceback (most recent call last):",
				`  File "/usr/share/ceph/mgr/rook/module.py", line 207, in __init__`,
				"    self._k8s_CoreV1_api = client.CoreV1Api()",
				`  File "/usr/share/ceph/mgr/rook/module.py", line 188, in _load_kube_config`,
				"    config.load_incluster_config()",
				"kubernetes.config.config_exception.ConfigException: Service host/port is not set."),
			we("2026-11-29T07:41:16.913Z", Error, "", "2026-11-29T07:41:16.913+0000 7f3a2c1e8640 -1 mgr operator() Failed to run module in active mode ('rook')"),
			we("2026-11-29T07:41:17.02Z", Error, "", "2026-11-29T07:41:17.020+0000 7f3a1f9c2640  0 log_channel(cluster) log [ERR] : Health check failed: Module 'rook' has failed: Service host/port is not set. (MGR_MODULE_ERROR)"),
		},
	},
	{
		name:   "ceph-crash-info-json",
		source: "Ceph 19 `ceph crash info <id>` printed for each new crash in turn (a pretty-printed JSON object: backtrace, ceph_version, crash_id, entity_name, mgr_module, mgr_python_exception, process_name, timestamp, utsname_hostname, utsname_release): docs.ceph.com 'Crash Module' (ceph crash info); the keys from memory",
		why:    "a record that spans lines as a pretty-printed object; its time is the timestamp key (the crash_id repeats it); utsname_hostname is the host; no level key",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "stor01",
				"{",
				`    "backtrace": [`,
				`        "  File \"/usr/share/ceph/mgr/cephadm/module.py\", line 712, in serve\n    serve.serve()",`,
				`        "orchestrator._interface.OrchestratorError: cephadm exited with an error code: 1"`,
				"    ],",
				`    "ceph_version": "19.2.2",`,
				`    "crash_id": "2026-11-29T07:41:16.204118Z_3f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11",`,
				`    "entity_name": "mgr.stor01.xkqzvd",`,
				`    "mgr_module": "cephadm",`,
				`    "mgr_python_exception": "OrchestratorError",`,
				`    "process_name": "ceph-mgr",`,
				`    "timestamp": "2026-11-29T07:41:16.204118Z",`,
				`    "utsname_hostname": "stor01",`,
				`    "utsname_release": "5.14.0-570.el9.x86_64"`,
				"}"),
			we("2026-11-29T08:02:51.660412Z", Unknown, "stor03",
				"{",
				`    "backtrace": [`,
				`        "/lib64/libc.so.6(+0x3e730) [0x7f2b1c43e730]",`,
				`        "(ceph::__ceph_assert_fail(char const*, char const*, int, char const*)+0x1b0) [0x55d0a1c2f4e0]"`,
				"    ],",
				`    "ceph_version": "19.2.2",`,
				`    "crash_id": "2026-11-29T08:02:51.660412Z_8d2c4f1a-7e9b-41ef-9a3c-525400aa0412",`,
				`    "entity_name": "osd.5",`,
				`    "process_name": "ceph-osd",`,
				`    "timestamp": "2026-11-29T08:02:51.660412Z",`,
				`    "utsname_hostname": "stor03",`,
				`    "utsname_release": "5.14.0-570.el9.x86_64"`,
				"}"),
			we("2026-11-29T09:15:07.031977Z", Unknown, "stor02",
				"{",
				`    "ceph_version": "19.2.2",`,
				`    "crash_id": "2026-11-29T09:15:07.031977Z_0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",`,
				`    "entity_name": "client.rgw.s3.stor02.qkzvle",`,
				`    "process_name": "radosgw",`,
				`    "timestamp": "2026-11-29T09:15:07.031977Z",`,
				`    "utsname_hostname": "stor02",`,
				`    "utsname_release": "5.14.0-570.el9.x86_64"`,
				"}"),
		},
	},
	{
		name:   "proxmox-pve8to9-checklist",
		source: "Proxmox VE 9 upgrade checklist `pve8to9 --full` (section titles `= CHECKING … =`, `Checking …..` lines, results prefixed PASS:, INFO:, NOTICE:, SKIP:, WARN:, FAIL:): pve.proxmox.com 'Upgrade from 8 to 9' (pve8to9 checklist script); the prefixes from memory of pve7to8's output",
		why:    "no time; the tool's own result words mark levels (PASS taken as Info, FAIL as Error); section titles and `Checking` lines carry none",
		gap:    "the `PASS:` and `FAIL:` prefixes are not read as levels (Unknown, want Info and Error); NOTICE: and WARN: are read",
		entries: []worldEntry{
			we("", Unknown, "", "= CHECKING VERSION INFORMATION FOR PVE PACKAGES ="),
			we("", Unknown, "", "Checking for package updates.."),
			we("", Info, "", "PASS: all packages up-to-date"),
			we("", Notice, "", "NOTICE: Proxmox VE 9 replaces the ambiguously named 'VM.Monitor' privilege; 2 custom role(s) use it"),
			we("", Warn, "", "WARN: 3 running guest(s) detected - consider migrating or stopping them."),
			we("", Error, "", "FAIL: systemd-boot meta-package installed. This will cause problems on upgrades of other boot-related packages."),
		},
	},
	{
		name:   "openstack-ansible-journal-containers",
		source: "OpenStack-Ansible 2025.1 services logging to the systemd journal inside their LXC containers, read with journalctl on the log host (`Mon dd HH:MM:SS <container hostname> <unit>[pid]: ` before oslo.log's `yyyy-mm-dd HH:MM:SS.mmm pid LEVEL logger [global_req req user project] msg`): docs.openstack.org openstack-ansible (journald logging); the layout from memory",
		why:    "the host is the container's hostname in the header; the oslo line inside carries its own time with milliseconds and the level; the client address in the request line is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z|2026-11-29T07:41:16Z", Info, "aio1-nova-api-container-4f1c2a7e", `Nov 29 07:41:16 aio1-nova-api-container-4f1c2a7e nova-api-wsgi[4120]: 2026-11-29 07:41:16.204 4120 INFO nova.api.openstack.requestlog [None req-8d22c0e1-5b6a-4c3d-a1e2-7f9b0c4d3e21 admin admin] 10.0.3.21 "GET /compute/v2.1/servers/detail" status: 200 len: 1893 microversion: 2.96 time: 0.247118`),
			we("2026-11-29T07:41:17.53Z|2026-11-29T07:41:17Z", Warn, "aio1-neutron-server-container-9b3d4c1a", `Nov 29 07:41:17 aio1-neutron-server-container-9b3d4c1a neutron-server[3311]: 2026-11-29 07:41:17.530 3311 WARNING neutron.plugins.ml2.drivers.ovn.mech_driver.ovsdb.ovsdb_monitor [None req-51c0e2a3-9f8d-4b7c-8e6f-1a2b3c4d5e6f - - - - - -] Hash Ring: Node 3f1c2b9e (host: aio1-neutron-server-container-9b3d4c1a) has not reported in 192 seconds`),
			we("2026-11-29T07:41:18.002Z|2026-11-29T07:41:18Z", Error, "aio1-cinder-api-container-5d6e7f8a", `Nov 29 07:41:18 aio1-cinder-api-container-5d6e7f8a cinder-api[2871]: 2026-11-29 07:41:18.002 2871 ERROR cinder.api.middleware.fault [None req-9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b demo demo] Caught error: <class 'oslo_db.exception.DBConnectionError'> (pymysql.err.OperationalError) (2013, 'Lost connection to MySQL server during query')`),
			we("2026-11-29T07:41:19.311Z|2026-11-29T07:41:19Z", Debug, "aio1-nova-api-container-4f1c2a7e", `Nov 29 07:41:19 aio1-nova-api-container-4f1c2a7e nova-api-wsgi[4120]: 2026-11-29 07:41:19.311 4120 DEBUG oslo_concurrency.lockutils [None req-2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e admin admin] Lock "compute_resources" acquired by "nova.compute.resource_tracker.ResourceTracker._update_available_resource" :: waited 0.000s inner /openstack/venvs/nova-31.0.0/lib/python3.12/site-packages/oslo_concurrency/lockutils.py:405`),
		},
	},
	{
		name:   "oslo-journal-handler-json-export",
		source: "oslo.log with use_journal = True (its OSJournalHandler sends the formatted line as MESSAGE with PRIORITY, SYSLOG_IDENTIFIER, LOGGER_NAME, LOGGER_LEVEL, CODE_FILE, CODE_LINE, CODE_FUNC, THREAD_NAME, PROCESS_NAME and the context's REQUEST_ID, PROJECT_ID, USER_ID), read back with `journalctl -o json -u nova-compute`: docs.openstack.org oslo.log configuration (use_journal); openstack/oslo.log oslo_log/handlers.py (an older copy without the journal handler was read; the field names from memory)",
		why:    "one journal object a line: __REALTIME_TIMESTAMP in microseconds and the oslo time inside MESSAGE; PRIORITY and LOGGER_LEVEL give the level; _HOSTNAME is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z|2026-11-29T07:41:16.204Z", Info, "cmp01", `{"__CURSOR":"s=4f1c2a7e9b3d4c1a;i=1a2b3;b=8e1c2a7f3b9d4c1a;m=2e3f4a5b;t=6487e1c2d3e4f;x=9c0d1e2f","__REALTIME_TIMESTAMP":"1795938076204512","__MONOTONIC_TIMESTAMP":"775201412","_BOOT_ID":"8e1c2a7f3b9d4c1aa8e7f0b6d2c4e6a8","_HOSTNAME":"cmp01","_PID":"2931","_COMM":"nova-compute","_SYSTEMD_UNIT":"nova-compute.service","PRIORITY":"6","SYSLOG_FACILITY":"1","SYSLOG_IDENTIFIER":"nova-compute","LOGGER_NAME":"nova.compute.manager","LOGGER_LEVEL":"INFO","CODE_FILE":"/usr/lib/python3/dist-packages/nova/compute/manager.py","CODE_LINE":"2741","CODE_FUNC":"_build_and_run_instance","THREAD_NAME":"MainThread","PROCESS_NAME":"MainProcess","REQUEST_ID":"req-3f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11","PROJECT_ID":"9b8e7d6c5f4a4b21a0c1d5e2f3b4a591","USER_ID":"6a0c1d5e2f3b4a59b8e7d6c5f4a3b210","MESSAGE":"2026-11-29 07:41:16.204 2931 INFO nova.compute.manager [None req-3f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11 alice demo] [instance: b9000564-fe1a-409b-b8cc-1e88b294cd1d] Took 12.41 seconds to spawn the instance on the hypervisor."}`),
			we("2026-11-29T07:42:03.11893Z|2026-11-29T07:42:03.118Z", Warn, "cmp01", `{"__CURSOR":"s=4f1c2a7e9b3d4c1a;i=1a2c7;b=8e1c2a7f3b9d4c1a;m=2ec1b2a4;t=6487e1c2e0b21;x=1d2e3f4a","__REALTIME_TIMESTAMP":"1795938123118930","__MONOTONIC_TIMESTAMP":"822115830","_BOOT_ID":"8e1c2a7f3b9d4c1aa8e7f0b6d2c4e6a8","_HOSTNAME":"cmp01","_PID":"2931","_COMM":"nova-compute","_SYSTEMD_UNIT":"nova-compute.service","PRIORITY":"4","SYSLOG_FACILITY":"1","SYSLOG_IDENTIFIER":"nova-compute","LOGGER_NAME":"nova.virt.libvirt.driver","LOGGER_LEVEL":"WARNING","CODE_FILE":"/usr/lib/python3/dist-packages/nova/virt/libvirt/driver.py","CODE_LINE":"11403","CODE_FUNC":"_live_migration_monitor","THREAD_NAME":"MainThread","PROCESS_NAME":"MainProcess","MESSAGE":"2026-11-29 07:42:03.118 2931 WARNING nova.virt.libvirt.driver [None req-7f8a9b0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c - - - - - -] [instance: b9000564-fe1a-409b-b8cc-1e88b294cd1d] Migration running for 30 secs, memory 62% remaining (bytes processed=1318245412, remaining=2771236864, total=4295761920); progress has stalled"}`),
			we("2026-11-29T07:43:40.552071Z|2026-11-29T07:43:40.552Z", Error, "cmp01", `{"__CURSOR":"s=4f1c2a7e9b3d4c1a;i=1a2d1;b=8e1c2a7f3b9d4c1a;m=2fd41c07;t=6487e1c2f7a33;x=5e6f7a8b","__REALTIME_TIMESTAMP":"1795938220552071","__MONOTONIC_TIMESTAMP":"919548971","_BOOT_ID":"8e1c2a7f3b9d4c1aa8e7f0b6d2c4e6a8","_HOSTNAME":"cmp01","_PID":"2931","_COMM":"nova-compute","_SYSTEMD_UNIT":"nova-compute.service","PRIORITY":"3","SYSLOG_FACILITY":"1","SYSLOG_IDENTIFIER":"nova-compute","LOGGER_NAME":"nova.compute.manager","LOGGER_LEVEL":"ERROR","CODE_FILE":"/usr/lib/python3/dist-packages/nova/compute/manager.py","CODE_LINE":"9102","CODE_FUNC":"_rollback_live_migration","THREAD_NAME":"MainThread","PROCESS_NAME":"MainProcess","REQUEST_ID":"req-7f8a9b0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c","EXCEPTION_TEXT":"Traceback (most recent call last):\n  File \"/usr/lib/python3/dist-packages/nova/virt/libvirt/driver.py\", line 10977, in _live_migration_operation\n    guest.migrate(...)\nlibvirt.libvirtError: operation failed: migration out job: unexpectedly failed","MESSAGE":"2026-11-29 07:43:40.552 2931 ERROR nova.compute.manager [None req-7f8a9b0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c - - - - - -] [instance: b9000564-fe1a-409b-b8cc-1e88b294cd1d] Live migration failed.: libvirt.libvirtError: operation failed: migration out job: unexpectedly failed"}`),
		},
	},
}

func TestFresh222Formats(t *testing.T) { assertTable(t, fresh222Cases) }
func TestFresh222Score(t *testing.T) {
	checkScore(t, "fresh222 formats", fresh222Cases, [worldNumFields]float64{96.2, 99.9, 99.9, 99.9})
}
