package parse

import "testing"

// The three-hundred-and-thirty-second fresh table, written on 2026-12-06: OpenStack, Ceph and the
// cloud control plane's services in their 2025-2026 releases, a further pass over record kinds and
// options no earlier table holds. Each family is one product's documented or observed output: the
// Ceph NVMe-oF gateway (ceph-nvmeof) in the journal under cephadm's long identifier, its Python
// lines with a bracketed `dd-Mon-yyyy` time; crimson-osd's Seastar log (the level first, a shard in
// brackets); the RADOS gateway's S3 bucket logging in its Journal record type, read back from the
// log bucket with the gateway host's local offset; a Squid monitor's cluster log sent to syslog
// (`mon_cluster_log_to_syslog`) and read from the journal; ovn-controller's ACL log lines for
// neutron's network log, in an OpenStack-on-OpenShift pod's CRI-O file; neutron's Open vSwitch
// agent writing its security-group packet log to `local_output_log_base`; Keystone's CADF
// notifications through oslo.messaging's log driver; DevStack's cinder-volume with LOG_COLOR read
// with `journalctl -a` (ANSI escapes around oslo's fields); a RHOSO nova-api pod's log sidecar read
// with `oc logs --timestamps`; `virsh event --all --loop --timestamp` with the event kinds that run
// over several lines (job-completed, tunable, nic-mac-change, memory-device-size-change).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`nova`, `neutron`, `cinder`, `keystone`, `glance`, `octavia`, `ceph`, `ceph-mon`,
// `ceph-osd`, `radosgw`, `rgw`, `ovn`, `ovsdb`, `ovs-vswitchd`, `ovs|`, `libvirt`, `qemu`,
// `virtqemud`, `virtlogd`, `virtnetworkd`, `placement`, `heat`, `designate`, `manila`, `ironic`,
// `barbican`, `magnum`, `swift`, `horizon`, `kolla`, `openstack-ansible`, `devstack@`, `mistral`,
// `zun`, `aodh`, `ceilometer`, `gnocchi`, `masakari`, `cyborg`, `nvmeof`, `nvme-of`, `grpc.py`,
// `-Nov-2026 `, `spdk`, `nvmf_tgt`, `*NOTICE*`, `crimson`, `seastar`, `shard 0`, `[shard `,
// `DEBUG 2026-11-29`, `INFO  2026`, `bucket logging`, `LoggingType`, `REST.GET`, `REST.PUT`,
// `virsh event`, `event 'lifecycle'`, `job-completed`, `event 'tunable'`, `nic-mac-change`,
// `acl_log`, `verdict=`, `stderr F 2026`, `log_resource_ids`, `action=ACCEPT`, `vm_port`,
// `local_output_log_base`, `oslo.messaging.notification`, `publisher_id`, `event_type`, `cadf`,
// `typeURI`, `eventTime`, `identity.authenticate`, `[00;32m`, `00;36m`, `x1b[01;3`, `oc logs`,
// `nova-api-log`, `syslog-method`, `log_to_syslog`, `cluster_log_to_syslog`, `ceph-mon[`,
// `ceph-crash`). Ceph's daemons are in many tables (fresh6 the OSD, fresh65 and fresh73 the monitor
// and manager, holdout and fresh73 the cluster log, fresh39 the audit log, fresh23 and fresh73 the
// gateway's daemon and ops logs, fresh46 cephadm, fresh153 rbd-mirror and the iSCSI gateway,
// fresh222 cephadm's channel and the crash module); the NVMe-oF gateway, crimson, bucket logging and
// the cluster log through syslog are in none. S3's server access log format is fresh5's (AWS); the
// gateway's Journal record type is in none. OVN's vlog files are fresh68's and fresh80's; the ACL
// log in a CRI file is in none. neutron's agents are fresh68's and fresh80's; the packet log file
// is in none. Keystone's own log and its Apache access are fresh59's and fresh65's; its
// notifications through the log driver are in none. DevStack in the journal is fresh21's without
// colour; the escapes are in none. oslo.log under Kubernetes is fresh110's kuryr (`kubectl logs`
// without stamps); the kubelet's stamps before a nova line are in none. `virsh event --timestamp` is
// fresh65's with one-line lifecycle events; the multi-line kinds are in none. Left out as measured
// already: the OSD under cephadm's `debug ` prefix (fresh73), Ceph's crash reports (fresh153,
// fresh222), the amphora agent and tenant flow logs (fresh102, fresh222), oslo's JSON and journal
// handlers (fresh80, fresh102, fresh222), libvirtd's and the QEMU domain's logs (holdout, fresh5).
// The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The journal's `Nov 29` has no year (2026); crimson's Seastar time, oslo's
// time and the nvmeof gateway's bracketed time carry no zone and are taken as UTC; the bucket log's
// `+0100` is converted; CRI-O's and the kubelet's stamps and the lines' own stamps of the same
// moment are either accepted. Levels only where the line marks one: the gateway's level word,
// Seastar's padded level, vlog's level field, oslo's level word (behind an escape in DevStack's
// colour format); the bucket log, the cluster log through syslog (its severity went to the
// journal's priority field) and virsh's events have none, and verdict=drop, severity=alert,
// action=DROP, outcome failure or "priority": "INFO" inside a message are no levels of their own.
// The host is the record's host field: the journal's host; a client address, a chassis, a compute
// host in a message, publisher_id's host inside a notification and the MACs and addresses of a
// packet are not hosts. A record that spans lines is one entry: a virsh event with its
// parameter lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 70f329d before any rule for it: level 90.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 89.6 %, time 100.0 %, host 100.0 %, records 100.0 %), in
// a worktree at 70f329d with no change to trawl's code (only this file and table_test.go's list), 9
// of 10 families fully right; the gap is the level of the NVMe-oF gateway's lines behind cephadm's
// journal identifier, longer than the tag trawl reads.

var fresh332Cases = []worldCase{
	{
		name:   "ceph-nvmeof-gateway-journal-bracket-day-month",
		source: "ceph-nvmeof (the Ceph 19/20 NVMe-oF gateway) deployed by cephadm and read with journalctl (the BSD header with cephadm's identifier `ceph-<fsid>-nvmeof-<pool>-<group>-<host>-<suffix>[pid]`, then the gateway's Python logging `[dd-Mon-yyyy HH:MM:SS] LEVEL file.py:line (pid): msg`): ceph/ceph-nvmeof issue #1934 (a journal paste) and PR #1946, PR #355 (the log files under /var/log/ceph); the state.py line from memory",
		why:    "a long container identifier as the tag; a bracketed day-month-year time of the same second; the level word after it; `(2)` is the gateway's pid; the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ceph-stor-03", "Nov 29 07:41:16 ceph-stor-03 ceph-5c0e7a2e-8d41-11f1-9a3c-52540019ab7e-nvmeof-rbdpool-gwgroup-a-ceph-stor-03-qhxzme[48211]: [29-Nov-2026 07:41:16] INFO grpc.py:4601 (2): Received request to list IO stats for namespaces with nsid: 0, subsystem: nqn.2016-06.io.spdk:cnode7, context: <grpc._server._Context object at 0x7f3c1a2b4e80>, client address: IPv4 10.40.2.18:51874"),
			we("2026-11-29T07:41:16Z", Warn, "ceph-stor-03", "Nov 29 07:41:16 ceph-stor-03 ceph-5c0e7a2e-8d41-11f1-9a3c-52540019ab7e-nvmeof-rbdpool-gwgroup-a-ceph-stor-03-qhxzme[48211]: [29-Nov-2026 07:41:16] WARNING grpc.py:8157 (2): No CLI version specified, can't check version compatibility"),
			we("2026-11-29T07:41:19Z", Info, "ceph-stor-03", "Nov 29 07:41:19 ceph-stor-03 ceph-5c0e7a2e-8d41-11f1-9a3c-52540019ab7e-nvmeof-rbdpool-gwgroup-a-ceph-stor-03-qhxzme[48211]: [29-Nov-2026 07:41:19] INFO grpc.py:1312 (2): Received request to add namespace using RBD image rbdpool/vm-disk-0412 to nqn.2016-06.io.spdk:cnode7, ana group 2, no_auto_visible: False, context: <grpc._server._Context object at 0x7f3c1a2b5d60>, client address: IPv4 10.40.2.18:51880"),
			we("2026-11-29T07:41:20Z", Error, "ceph-stor-03", "Nov 29 07:41:20 ceph-stor-03 ceph-5c0e7a2e-8d41-11f1-9a3c-52540019ab7e-nvmeof-rbdpool-gwgroup-a-ceph-stor-03-qhxzme[48211]: [29-Nov-2026 07:41:20] ERROR grpc.py:1388 (2): Failure adding namespace to nqn.2016-06.io.spdk:cnode7: Namespace limit of 256 reached for subsystem"),
			we("2026-11-29T07:41:31Z", Info, "ceph-stor-03", "Nov 29 07:41:31 ceph-stor-03 ceph-5c0e7a2e-8d41-11f1-9a3c-52540019ab7e-nvmeof-rbdpool-gwgroup-a-ceph-stor-03-qhxzme[48211]: [29-Nov-2026 07:41:31] INFO state.py:1024 (2): Update complete (411 -> 412)"),
		},
	},
	{
		name:   "crimson-osd-seastar-shard-log",
		source: "crimson-osd (Ceph 20 Tentacle's Seastar OSD) in its OSD log (Seastar's logger: `LEVEL yyyy-MM-dd HH:mm:ss,SSS [shard N:group] logger - msg`, the level padded to five; the peering lines behind `pg_epoch N pg[…]`): ceph/ceph PRs #68306, #41644 and #44333 (teuthology's ceph-osd.N.log pasted); the level mapping from ceph/ceph PR #28674 (doc/dev/crimson.rst); the start-up and heartbeat messages from memory",
		why:    "the level first and padded, then a date with a comma before the milliseconds and no zone; `[shard 1:main]` is a reactor shard; pg_epoch 412, 409'2211 versions, les/c/f ranges and the heartbeat's own ISO times later in the line are not the record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "INFO  2026-11-29 07:41:16,204 [shard 0:main] osd - get_early_config: set --thread-affinity 1 --cpuset 0-5"),
			we("2026-11-29T07:41:18.911Z", Info, "", "INFO  2026-11-29 07:41:18,911 [shard 0:main] osd - start: osd.7 booting with fsid 9f2c4e1a-6b3d-4c8e-a7f0-1d5b2e9c3a64"),
			we("2026-11-29T07:41:22.057Z", Debug, "", "DEBUG 2026-11-29 07:41:22,057 [shard 1:main] osd -  pg_epoch 412 pg[5.1c( v 409'2211 (0'0,409'2211] local-lis/les=410/411 n=88 ec=301/301 lis/c=410/398 les/c/f=411/399/0 sis=410) [7,2,4] r=0 lpr=410 pi=[398,410)/1 crt=409'2211 lcod 408'2210 mlcod 0'0 active+recovering  PGRecovery::start_recovery_ops: 3 ops started"),
			we("2026-11-29T07:41:30.118Z", Warn, "", "WARN  2026-11-29 07:41:30,118 [shard 2:main] osd - heartbeat_check: no reply from osd.4 since back 2026-11-29T07:41:09.880512+0000 front 2026-11-29T07:41:09.880512+0000 (oldest deadline 2026-11-29T07:41:29.880512+0000)"),
			we("2026-11-29T07:41:33.642Z", Error, "", "ERROR 2026-11-29 07:41:33,642 [shard 0:main] osd - handle_osd_map: osd.7 marked down in epoch 414 while still running, restarting boot"),
		},
	},
	{
		name:   "radosgw-bucket-logging-journal-records",
		source: "the RADOS gateway's S3 bucket logging (Ceph 20 Tentacle; `LoggingType` Journal: `owner bucket [%d/%b/%Y:%H:%M:%S %z] op key size version-id etag`, the time from localtime_r on the gateway host) read back from the log bucket with `aws s3 cp s3://ledger-logs/<object> -`: ceph/ceph src/rgw/rgw_bucket_logging.cc (log_record, the short record's fields); docs.ceph.com radosgw 'Bucket Logging'; the op names REST.PUT.OBJECT and REST.DELETE.OBJECT from memory",
		why:    "the time is the bracketed `[29/Nov/2026:08:41:16 +0100]` in the gateway host's zone; the size, version id and etag after the key are no times, nor a key named for a date; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "fin-team ledgers [29/Nov/2026:08:41:16 +0100] REST.PUT.OBJECT 2026/q4/ledger-0412.parquet 48213377 kVd3QpZ0xN7sE2bT9wYhGm4cRf1uLa8J 0cc175b9c0f1b6a831c399e269772661"),
			we("2026-11-29T07:41:19Z", Unknown, "", "fin-team ledgers [29/Nov/2026:08:41:19 +0100] REST.DELETE.OBJECT 2026/q3/ledger-0330.parquet - 3sHj8Kq1Zr6Wm0Py5TbN2cXeVa7LdFg4 -"),
			we("2026-11-29T07:42:05Z", Unknown, "", "fin-team ledgers [29/Nov/2026:08:42:05 +0100] REST.PUT.OBJECT exports/2026/11/28/trades.csv 209715200 - 5f3b8c1e9a2d4f6b7c0e1a3d5b7f9c2e-4"),
			we("2026-11-29T07:43:51Z", Unknown, "", "fin-team ledgers [29/Nov/2026:08:43:51 +0100] REST.PUT.OBJECT manifests/latest.json 1822 Pq7Xw2Rt5Yu8Io1As4Df6Gh9Jk3Lz0Mn 9e107d9d372bb6826bd81d3542a419d6"),
		},
	},
	{
		name:   "ceph-mon-cluster-log-to-syslog-journal",
		source: "a Ceph 19.2 (Squid) monitor from Proxmox VE 9's packages with `mon_cluster_log_to_syslog = true`, read with `journalctl -u ceph-mon@pve-b` (the BSD header, then LogEntry::log_to_syslog's `name rank seq : msg`, the cluster log's severity only in the syslog priority): ceph/ceph src/common/LogEntry.cc (log_to_syslog, `%s %s %llu : %s`); the messages from memory",
		why:    "the entity's name and rank (`mon.pve-b mon.1`, `osd.12 osd.12`) and the cluster log's sequence before ` : `; the severity went to the journal's priority field, not the text, so no level; `HEALTH`, `failed` and `degraded` are message words",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "pve-b", "Nov 29 07:41:16 pve-b ceph-mon[1822]: mon.pve-b mon.1 48211 : Health check failed: 1 osds down (OSD_DOWN)"),
			we("2026-11-29T07:41:17Z", Unknown, "pve-b", "Nov 29 07:41:17 pve-b ceph-mon[1822]: osd.12 osd.12 3311 : Monitor daemon marked osd.12 down, but it is still running"),
			we("2026-11-29T07:41:22Z", Unknown, "pve-b", "Nov 29 07:41:22 pve-b ceph-mon[1822]: mon.pve-b mon.1 48214 : Health check update: Degraded data redundancy: 2211/66330 objects degraded (3.333%), 41 pgs degraded (PG_DEGRADED)"),
			we("2026-11-29T07:42:40Z", Unknown, "pve-b", "Nov 29 07:42:40 pve-b ceph-mon[1822]: mon.pve-b mon.1 48229 : Health check cleared: OSD_DOWN (was: 1 osds down)"),
			we("2026-11-29T07:43:02Z", Unknown, "pve-b", "Nov 29 07:43:02 pve-b ceph-mon[1822]: mon.pve-b mon.1 48233 : Cluster is now healthy"),
		},
	},
	{
		name:   "ovn-controller-acl-log-cri-file",
		source: "OVN 24.09/25.03's ovn-controller in an OpenStack-on-OpenShift (RHOSO 18) ovn-controller pod, its container log read from the node's CRI-O file /var/log/pods/…/ovn-controller/0.log (`RFC 3339 ns+00:00 stderr F ` then vlog's console pattern `yyyy-MM-ddTHH:mm:ssZ|seq|module|LEVEL|msg` without milliseconds), with neutron's network log ACL lines `acl_log(ovn_pinctrl0)|INFO|name=\"neutron-<log id>\", verdict=…, severity=…, direction=…: flow`: openstack/neutron doc/source/admin/config-logging.rst (ML2/OVN 'Understanding the logging'); ovn-kubernetes/ovn-kubernetes issue #4242 (an ovn-controller CRI file); canonical/lxd issue #12933 (ovn-controller.log)",
		why:    "CRI-O's stamp with nanoseconds and +00:00 and vlog's whole-second stamp of the same moment, either accepted; vlog's level after the module; `severity=alert` is the ACL's configured severity inside the message and `verdict=drop` no level; MACs and addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.283102447Z|2026-11-29T07:41:16Z", Info, "", `2026-11-29T07:41:16.283102447+00:00 stderr F 2026-11-29T07:41:16Z|00412|acl_log(ovn_pinctrl0)|INFO|name="neutron-7c1e0b4d-92a6-4f3e-b8d1-5a0c2e9f4b17", verdict=allow, severity=info, direction=to-lport: icmp,vlan_tci=0x0000,dl_src=fa:16:3e:4b:0c:91,dl_dst=fa:16:3e:a2:17:5d,nw_src=10.0.0.41,nw_dst=192.168.50.12,nw_tos=0,nw_ecn=0,nw_ttl=63,nw_frag=no,icmp_type=8,icmp_code=0`),
			we("2026-11-29T07:41:18.901554210Z|2026-11-29T07:41:18Z", Info, "", `2026-11-29T07:41:18.901554210+00:00 stderr F 2026-11-29T07:41:18Z|00413|acl_log(ovn_pinctrl0)|INFO|name="neutron-7c1e0b4d-92a6-4f3e-b8d1-5a0c2e9f4b17", verdict=drop, severity=alert, direction=from-lport: tcp,vlan_tci=0x0000,dl_src=fa:16:3e:a2:17:5d,dl_dst=fa:16:3e:4b:0c:91,nw_src=192.168.50.12,nw_dst=10.0.0.77,nw_tos=0,nw_ecn=0,nw_ttl=64,nw_frag=no,tp_src=40122,tp_dst=3306,tcp_flags=syn`),
			we("2026-11-29T07:41:21.044871903Z|2026-11-29T07:41:21Z", Info, "", "2026-11-29T07:41:21.044871903+00:00 stderr F 2026-11-29T07:41:21Z|00414|binding|INFO|Claiming lport 2f8d1c6a-0b4e-4d7a-9e3f-61c5a8b2d0e4 for this chassis."),
			we("2026-11-29T07:41:27.610392058Z|2026-11-29T07:41:27Z", Warn, "", "2026-11-29T07:41:27.610392058+00:00 stderr F 2026-11-29T07:41:27Z|00415|reconnect|WARN|ssl:ovsdbserver-sb.openstack.svc:6642: connection dropped (Connection reset by peer)"),
		},
	},
	{
		name:   "neutron-ovs-firewall-log-output-file",
		source: "neutron's Open vSwitch agent (2025.1/2025.2) with the `log` extension and `[network_log] local_output_log_base` set: the security-group log driver's WatchedFileHandler with oslo's ContextFormatter and logging_default_format_string (`time.ms pid LEVEL logger [-] msg`), each packet-in logged at INFO as `action=… project_id=… log_resource_ids=[…] vm_port=… pkt=<os-ken packet repr>`, an unknown cookie at WARNING: openstack/neutron neutron/services/logapi/drivers/openvswitch/ovs_firewall_log.py (setup_logging, packet_in_handler) and doc/source/admin/config-logging.rst (the event's fields)",
		why:    "oslo's default format with `[-]` for no request; the packet's repr carries csum, identification, seq and a TCP ts_val of ten digits that reads like an epoch and is none; action=DROP is no level; the addresses and MACs are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 3311 INFO neutron.services.logapi.drivers.openvswitch.ovs_firewall_log [-] action=ACCEPT project_id=5e0c7a1b9d2f4e6a8c3b1d0f7a9e2c4b log_resource_ids=['4d2a9c1e-7b3f-4e8a-a0d6-1c5f9b2e7a30'] vm_port=b71f0c3e-2a9d-4c6b-8e1f-3d7a5c0b9e24 pkt=ethernet(dst='fa:16:3e:5c:21:0a',ethertype=2048,src='fa:16:3e:9b:44:e7'), ipv4(csum=41872,dst='10.0.0.14',flags=2,header_length=5,identification=52211,offset=0,option=None,proto=6,src='172.24.4.33',tos=0,total_length=60,ttl=63,version=4), tcp(ack=0,bits=2,csum=30211,dst_port=22,offset=10,option=[TCPOptionMaximumSegmentSize(kind=2,length=4,max_seg_size=1460), TCPOptionSACKPermitted(kind=4,length=2), TCPOptionTimestamps(kind=8,length=10,ts_ecr=0,ts_val=1795912250), TCPOptionNoOperation(kind=1,length=1), TCPOptionWindowScale(kind=3,length=3,shift_cnt=7)],seq=2881406127,src_port=51544,urgent=0,window_size=64240)"),
			we("2026-11-29T07:41:18.557Z", Info, "", "2026-11-29 07:41:18.557 3311 INFO neutron.services.logapi.drivers.openvswitch.ovs_firewall_log [-] action=DROP project_id=5e0c7a1b9d2f4e6a8c3b1d0f7a9e2c4b log_resource_ids=['4d2a9c1e-7b3f-4e8a-a0d6-1c5f9b2e7a30', '91c0e5b7-3d2a-4f6e-8b1c-0a7d9e2f4c58'] vm_port=b71f0c3e-2a9d-4c6b-8e1f-3d7a5c0b9e24 pkt=ethernet(dst='fa:16:3e:5c:21:0a',ethertype=2048,src='fa:16:3e:9b:44:e7'), ipv4(csum=17518,dst='10.0.0.14',flags=2,header_length=5,identification=61044,offset=0,option=None,proto=1,src='172.24.4.33',tos=0,total_length=84,ttl=63,version=4), icmp(code=0,csum=23772,data=echo(data=None,id=4411,seq=1),type=8)"),
			we("2026-11-29T07:41:21.776Z", Warn, "", "2026-11-29 07:41:21.776 3311 WARNING neutron.services.logapi.drivers.openvswitch.ovs_firewall_log [-] Unknown cookie=11904529013662718453 packet_in pkt=ethernet(dst='fa:16:3e:5c:21:0a',ethertype=2048,src='fa:16:3e:0d:7e:19'), ipv4(csum=52810,dst='10.0.0.14',flags=2,header_length=5,identification=3307,offset=0,option=None,proto=17,src='10.0.0.9',tos=0,total_length=76,ttl=64,version=4), udp(csum=41230,dst_port=123,src_port=38811,total_length=56)"),
			we("2026-11-29T07:41:40.019Z", Info, "", "2026-11-29 07:41:40.019 3311 INFO neutron.services.logapi.drivers.openvswitch.ovs_firewall_log [-] action=ACCEPT project_id=5e0c7a1b9d2f4e6a8c3b1d0f7a9e2c4b log_resource_ids=['4d2a9c1e-7b3f-4e8a-a0d6-1c5f9b2e7a30'] vm_port=e40a1c7d-9b3e-4f2a-8d6c-5b0e7a1f3c92 pkt=ethernet(dst='fa:16:3e:71:c8:02',ethertype=2048,src='fa:16:3e:9b:44:e7'), ipv4(csum=8891,dst='10.0.0.23',flags=2,header_length=5,identification=40127,offset=0,option=None,proto=17,src='172.24.4.33',tos=0,total_length=61,ttl=63,version=4), udp(csum=12077,dst_port=53,src_port=60412,total_length=41)"),
		},
	},
	{
		name:   "keystone-cadf-oslo-messaging-log-driver",
		source: "Keystone 2025.2 with `[oslo_messaging_notifications] driver = log` and notification_format = cadf: oslo.messaging's LogDriver logs each notification's JSON on the logger `oslo.messaging.notification.<event_type>` at the notification's priority, so it lands in keystone.log as an oslo line (`time.ms pid LEVEL logger [context] msg`): openstack/oslo.messaging oslo_messaging/notify/_impl_log.py (LogDriver, LOGGER_BASE); the CADF payload's keys (typeURI, eventTime, action, outcome, initiator, target, observer, reason) and keystone's Unauthorized warning from memory",
		why:    "oslo's time and level before a JSON notification whose eventTime (+0000) and timestamp repeat the moment; the JSON's \"priority\": \"INFO\" and \"outcome\": \"failure\" are no levels of their own; initiator.host.address is the client and publisher_id's `identity.<host>` is inside the message, no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.527Z", Warn, "", "2026-11-29 07:41:16.527 27 WARNING keystone.server.flask.application [None req-8a1d6f0e-3b2c-4e7a-9c5d-1f0b2e4a6c83 - - - - - -] Authorization failed. The request you have made requires authentication. from 10.20.4.77: keystone.exception.Unauthorized: The request you have made requires authentication."),
			we("2026-11-29T07:41:16.532Z", Info, "", `2026-11-29 07:41:16.532 27 INFO oslo.messaging.notification.identity.authenticate [None req-8a1d6f0e-3b2c-4e7a-9c5d-1f0b2e4a6c83 - - - - - -] {"message_id": "0f6b2a1c-9e3d-4c7a-b5e8-2d1f0a9c4b63", "publisher_id": "identity.keystone-api-7d9f8c5b4-x2k4p", "event_type": "identity.authenticate", "priority": "INFO", "payload": {"typeURI": "http://schemas.dmtf.org/cloud/audit/1.0/event", "id": "6a2e9f1b-4c0d-4b7e-8a3f-1d5c7e9b2a40", "eventTime": "2026-11-29T07:41:16.529871+0000", "action": "authenticate", "eventType": "activity", "outcome": "failure", "observer": {"typeURI": "service/security", "id": "openstack:8c1d3e5f-7a9b-4c2d-9e0f-1a3b5c7d9e21"}, "initiator": {"typeURI": "service/security/account/user", "host": {"address": "10.20.4.77", "agent": "openstacksdk/4.5.0 keystoneauth1/5.11.0 python-requests/2.32.4 CPython/3.12.3"}, "user_id": "c3f1a9e7b5d24f08a6e2c4b1d9f7e3a5", "id": "openstack:2b7d9f1e-3a5c-4e8b-9d0f-6c1a3e5b7d92"}, "target": {"typeURI": "service/security/account/user", "id": "openstack:4e6a8c0d-2f1b-4d3e-a5c7-9b1d3f5e7a08"}, "requestPath": "/v3/auth/tokens", "reason": {"reasonCode": "401", "reasonType": "Unauthorized"}}, "timestamp": "2026-11-29 07:41:16.530412"}`),
			we("2026-11-29T07:41:19.204Z", Info, "", `2026-11-29 07:41:19.204 27 INFO oslo.messaging.notification.identity.authenticate [None req-1e7c3a9f-5b2d-4f0e-8c6a-3d9b1f7e5c20 - - - - - -] {"message_id": "7d3f1b9e-2c5a-4e8d-a1f0-6b4c2e9d7a15", "publisher_id": "identity.keystone-api-7d9f8c5b4-x2k4p", "event_type": "identity.authenticate", "priority": "INFO", "payload": {"typeURI": "http://schemas.dmtf.org/cloud/audit/1.0/event", "id": "9c1e3a5b-7d0f-4b2e-8a6c-2e4f6a8c0d13", "eventTime": "2026-11-29T07:41:19.201955+0000", "action": "authenticate", "eventType": "activity", "outcome": "success", "observer": {"typeURI": "service/security", "id": "openstack:8c1d3e5f-7a9b-4c2d-9e0f-1a3b5c7d9e21"}, "initiator": {"typeURI": "service/security/account/user", "host": {"address": "10.20.4.77", "agent": "openstacksdk/4.5.0 keystoneauth1/5.11.0 python-requests/2.32.4 CPython/3.12.3"}, "user_id": "c3f1a9e7b5d24f08a6e2c4b1d9f7e3a5", "id": "openstack:2b7d9f1e-3a5c-4e8b-9d0f-6c1a3e5b7d92"}, "target": {"typeURI": "service/security/account/user", "id": "openstack:4e6a8c0d-2f1b-4d3e-a5c7-9b1d3f5e7a08"}, "requestPath": "/v3/auth/tokens"}, "timestamp": "2026-11-29 07:41:19.202600"}`),
			we("2026-11-29T07:42:03.880Z", Info, "", `2026-11-29 07:42:03.880 28 INFO oslo.messaging.notification.identity.project.updated [None req-4b0d2f6a-8c1e-4a3d-9f7b-5e2c0a8d6b41 c3f1a9e7b5d24f08a6e2c4b1d9f7e3a5 a7e9c1b3d5f24e6a8c0b2d4f6e8a1c3b - default default] {"message_id": "2a8c4e6f-0b1d-4f3a-9c5e-7d9f1b3a5c27", "publisher_id": "identity.keystone-api-7d9f8c5b4-x2k4p", "event_type": "identity.project.updated", "priority": "INFO", "payload": {"typeURI": "http://schemas.dmtf.org/cloud/audit/1.0/event", "id": "5e7a9c1d-3f2b-4e6a-8c0d-1b3f5d7e9a26", "eventTime": "2026-11-29T07:42:03.877314+0000", "action": "updated.project", "eventType": "activity", "outcome": "success", "observer": {"typeURI": "service/security", "id": "openstack:8c1d3e5f-7a9b-4c2d-9e0f-1a3b5c7d9e21"}, "initiator": {"typeURI": "service/security/account/user", "host": {"address": "10.20.4.81", "agent": "python-openstackclient"}, "user_id": "c3f1a9e7b5d24f08a6e2c4b1d9f7e3a5", "project_id": "a7e9c1b3d5f24e6a8c0b2d4f6e8a1c3b", "id": "openstack:2b7d9f1e-3a5c-4e8b-9d0f-6c1a3e5b7d92"}, "target": {"id": "openstack:e1b3d5f7-9a2c-4e6b-8d0f-3a5c7e9b1d48", "typeURI": "data/security/project"}, "resource_info": "e1b3d5f79a2c4e6b8d0f3a5c7e9b1d48"}, "timestamp": "2026-11-29 07:42:03.878120"}`),
		},
	},
	{
		name:   "devstack-cinder-volume-journal-color-escapes",
		source: "a DevStack (2025.2) cinder-volume under its unit devstack@c-vol with LOG_COLOR=True, read with `journalctl -a -u devstack@c-vol` (the journal's header, then oslo.log's line in DevStack's colour format strings: the level's colour before the level word, `\\x1b[01;36m` before the request ids, `\\x1b[00;36m` before project and user, `\\x1b[01;35m` before the instance, `\\x1b[00;33m{{(pid=N) func path:line}}\\x1b[00m` after DEBUG lines, the exception prefix `ERROR name \\x1b[01;35m…\\x1b[00m`): a DevStack-generated cinder.conf and oslo-config-generator's warnings quoting logging_context_format_string, logging_default_format_string, logging_debug_format_suffix and logging_exception_prefix with their escapes (found by search); oslo.log's ColorHandler colours (DEBUG 00;32, INFO 00;36, WARNING 01;33, ERROR 01;31) from memory",
		why:    "an ANSI colour escape sits between the journal's `cinder-volume[pid]: ` and the level word; the journal's header gives time and host; `{{(pid=…) …:2871}}` is no time; each traceback line is its own journal entry with the exception prefix's ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "devstack-ctl", "Nov 29 07:41:16 devstack-ctl cinder-volume[88123]: \x1b[00;32mDEBUG cinder.volume.manager [\x1b[01;36mNone req-5d1e3c7a-9b0f-4e2d-8a6c-2f4b1e0d9c73 \x1b[00;36mNone None\x1b[00;32m] \x1b[01;35m\x1b[00;32mNotifying Schedulers of capabilities ...\x1b[00m \x1b[00;33m{{(pid=88123) _publish_service_capabilities /opt/stack/cinder/cinder/volume/manager.py:2871}}\x1b[00m"),
			we("2026-11-29T07:41:19Z", Info, "devstack-ctl", "Nov 29 07:41:19 devstack-ctl cinder-volume[88123]: \x1b[00;36mINFO cinder.volume.flows.manager.create_volume [\x1b[01;36mNone req-0a9c4e2b-7d1f-4b3a-9e6c-8f2d0b4a6c15 \x1b[00;36madmin admin\x1b[00;36m] \x1b[01;35m\x1b[00;36mVolume volume-3f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11 (3f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11): created successfully\x1b[00m"),
			we("2026-11-29T07:41:44Z", Warn, "devstack-ctl", "Nov 29 07:41:44 devstack-ctl cinder-volume[88123]: \x1b[01;33mWARNING cinder.volume.drivers.lvm [\x1b[01;36mNone req-7b3e1d9a-5c2f-4a0e-8d6b-1f9c3e5a7b24 \x1b[00;36madmin admin\x1b[01;33m] \x1b[01;35m\x1b[01;33mUnable to delete due to existing snapshot for volume: volume-3f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11\x1b[00m"),
			we("2026-11-29T07:41:44Z", Error, "devstack-ctl", "Nov 29 07:41:44 devstack-ctl cinder-volume[88123]: \x1b[01;31mERROR cinder.volume.manager [\x1b[01;36mNone req-7b3e1d9a-5c2f-4a0e-8d6b-1f9c3e5a7b24 \x1b[00;36madmin admin\x1b[01;31m] \x1b[01;35m\x1b[01;31mUnable to delete busy volume.\x1b[00m"),
			we("2026-11-29T07:41:44Z", Error, "devstack-ctl", "Nov 29 07:41:44 devstack-ctl cinder-volume[88123]: ERROR cinder.volume.manager \x1b[01;35m\x1b[00mTraceback (most recent call last):"),
			we("2026-11-29T07:41:44Z", Error, "devstack-ctl", "Nov 29 07:41:44 devstack-ctl cinder-volume[88123]: ERROR cinder.volume.manager \x1b[01;35m\x1b[00mcinder.exception.VolumeIsBusy: deleting volume volume-3f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11 that has snapshot"),
		},
	},
	{
		name:   "nova-api-log-sidecar-oc-logs-timestamps",
		source: "a RHOSO 18 (openstack-k8s-operators) nova-api pod whose nova-api-log sidecar tails /var/log/nova/nova-api.log, read with `oc logs --timestamps nova-api-0 -c nova-api-log` as must-gather keeps it (the kubelet's RFC 3339 nanosecond stamp, then the oslo line; nova.api.openstack.requestlog's access messages under httpd): openstack-k8s-operators/nova-operator PRs #799 (the nova-api-log container), #599 (the sidecar for services under a web server) and #781 (must-gather's pod logs); the messages from memory",
		why:    "two stamps: the kubelet's when tail printed the line and oslo's when nova wrote it, a few milliseconds apart, either accepted; oslo's level word after its pid; the client address, microversion 2.96 and `time: 0.412733` are no host and no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.214877523Z|2026-11-29T07:41:16.211Z", Info, "", `2026-11-29T07:41:16.214877523Z 2026-11-29 07:41:16.211 14 INFO nova.api.openstack.requestlog [None req-6b2f0d1c-8e3a-4f7b-9c1d-2e5a7b0c4f18 4b1e0c2d9f3a4e6b8c7d1a0f2e9b3c5d 9c2f7e1a3b5d4c0e8f6a2b9d1c3e5f70 - default default] 10.128.2.41 "GET /v2.1/servers/detail?all_tenants=True" status: 200 len: 18321 microversion: 2.96 time: 0.412733`),
			we("2026-11-29T07:41:19.849102334Z|2026-11-29T07:41:19.846Z", Warn, "", "2026-11-29T07:41:19.849102334Z 2026-11-29 07:41:19.846 14 WARNING nova.api.openstack.compute.server_external_events [None req-1c7e9a3b-5d0f-4e2a-8b6c-4f1d3b5e7a90 0e2c4a6b8d1f4e3a9c5b7d9f1a3c5e7b 8a0c2e4b6d9f4a1c3e5b7d9f0a2c4e6b - default default] Dropping event network-vif-plugged:7d0e5b3a-1c9f-4e2d-8a6b-0f3c5e7a9b14 for unknown instance 1c9b7d5e-3a1f-4c2e-9b0d-8e6a4c2f0b37"),
			we("2026-11-29T07:41:22.107554120Z|2026-11-29T07:41:22.103Z", Error, "", "2026-11-29T07:41:22.107554120Z 2026-11-29 07:41:22.103 15 ERROR nova.api.openstack.wsgi [None req-9e1b3d5f-7a2c-4e0b-8d6f-1c3e5a7b9d02 4b1e0c2d9f3a4e6b8c7d1a0f2e9b3c5d 9c2f7e1a3b5d4c0e8f6a2b9d1c3e5f70 - default default] Unexpected exception in API method: nova.exception.CellTimeout: Timeout waiting for response from cell"),
			we("2026-11-29T07:41:22.108001876Z|2026-11-29T07:41:22.104Z", Info, "", `2026-11-29T07:41:22.108001876Z 2026-11-29 07:41:22.104 15 INFO nova.api.openstack.requestlog [None req-9e1b3d5f-7a2c-4e0b-8d6f-1c3e5a7b9d02 4b1e0c2d9f3a4e6b8c7d1a0f2e9b3c5d 9c2f7e1a3b5d4c0e8f6a2b9d1c3e5f70 - default default] 10.128.2.41 "GET /v2.1/os-hypervisors/detail" status: 500 len: 216 microversion: 2.96 time: 60.018834`),
		},
	},
	{
		name:   "virsh-event-multiline-kinds-timestamp",
		source: "libvirt 11.x `virsh event --all --loop --timestamp` on a nova compute host during a live migration and a resize (each event `yyyy-MM-dd HH:mm:ss.SSS+0000: event 'type' for domain 'name': …` from virTimeStringNowRaw; job-completed's and tunable's typed parameters on tab-indented lines, nic-mac-change's and memory-device-size-change's fields on unindented `key: value` lines, all under the one stamp): libvirt tools/virsh-domain-event.c (virshEventPrintf, virshEventJobCompletedPrint, virshEventTunablePrint, virshEventNICMACChangePrint, virshEventMemoryDeviceSizeChangePrint)",
		why:    "one stamp an event even when the event's text runs over several lines: the tab-indented `\\ttime_elapsed: 8123` lines and the bare `alias: net0`, `oldMAC: …` lines belong to the event above; data_processed 1722155218 reads like an epoch and is a byte count; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "", "2026-11-29 07:41:16.412+0000: event 'lifecycle' for domain 'instance-0000a41c': Suspended Migrated"),
			we("2026-11-29T07:41:24.870Z", Unknown, "",
				"2026-11-29 07:41:24.870+0000: event 'job-completed' for domain 'instance-0000a41c':",
				"\toperation: 5",
				"\ttime_elapsed: 8123",
				"\ttime_elapsed_net: 8117",
				"\tdowntime: 43",
				"\tsetup_time: 12",
				"\tdata_total: 8590327808",
				"\tdata_processed: 1722155218",
				"\tdata_remaining: 0",
				"\tmemory_bps: 224113245",
				"\tmemory_iteration: 4"),
			we("2026-11-29T07:41:24.902Z", Unknown, "", "2026-11-29 07:41:24.902+0000: event 'lifecycle' for domain 'instance-0000a41c': Stopped Migrated"),
			we("2026-11-29T07:42:03.118Z", Unknown, "",
				"2026-11-29 07:42:03.118+0000: event 'tunable' for domain 'instance-0000b207':",
				"\tcputune.vcpupin0: 4-7",
				"\tcputune.vcpupin1: 4-7",
				"\tcputune.emulatorpin: 0-1"),
			we("2026-11-29T07:42:40.551Z", Unknown, "",
				"2026-11-29 07:42:40.551+0000: event 'nic-mac-change' for domain 'instance-0000b207':",
				"alias: net0",
				"oldMAC: fa:16:3e:21:7c:0d",
				"newMAC: fa:16:3e:9a:52:e4"),
			we("2026-11-29T07:43:12.006Z", Unknown, "",
				"2026-11-29 07:43:12.006+0000: event 'memory-device-size-change' for domain 'instance-0000b207':",
				"alias: virtiomem0",
				"size: 4194304"),
			we("2026-11-29T07:43:15.330Z", Unknown, "", "2026-11-29 07:43:15.330+0000: event 'agent-lifecycle' for domain 'instance-0000b207': state: 'connected' reason: 'channel event'"),
		},
	},
}

func TestFresh332Formats(t *testing.T) { assertTable(t, fresh332Cases) }
func TestFresh332Score(t *testing.T) {
	checkScore(t, "fresh332 formats", fresh332Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
