package parse

import "testing"

// The three-hundred-and-ninety-second fresh table: virtualisation and hypervisors' logs as their
// admins read or export them, shapes no earlier table holds. Each family is one product's
// documented or observed output: vCenter's events through `govc events` (a bracketed ANSIC local
// time and the event's category); libvirt's `virsh qemu-monitor-event --loop` without --timestamp
// (QEMU's own epoch with microseconds after `at`), the same with `--timestamp --pretty` (virsh's
// stamp, then the event's details pretty-printed over lines); `virsh event --all --loop` without
// --timestamp (no time at all, the graphics event's identities on tab-indented lines); Proxmox VE's
// `pvesh get /cluster/log --output-format json-pretty` (Perl's pretty JSON, an epoch time, the
// syslog priority digit and the node); XCP-ng's `xe message-list` (labelled ` ( RO)` blocks, a
// basic ISO time, XenAPI's priority 1-5); XenServer/XCP-ng's HA daemon log /var/log/xha.log (a
// zone's abbreviation and the year after the clock); Incus' `incus monitor --format json` (one
// event a line, the cluster member in "location").
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`vmkernel`, `hostd`, `vpxa`, `vpxd`, `vcenter`, `esxi`, `In(166)`, `In(05)`, `Wa(164)`,
// `Originator@6876`, `vmx|`, `vobd`, `[netCorrelator]`, `fdm`, `clomd`, `vSAN`, `shell.log`,
// `applmgmt`, `vmon`, `eam.log`, `VcListener`, `identity-sts`, `tomcat-http--`, `esxtop`,
// `PDH-CSV`, `govc`, `Get-VIEvent`, `FullFormattedMessage`, `proxmox`, `pveproxy`, `pvedaemon`,
// `pve-firewall`, `policy DROP`, `pvestatd`, `pmxcfs`, `pve-ha-lrm`, `qmeventd`, `spiceproxy`,
// `qemu-server`, `vzdump`, `UPID:`, `TASK OK`, `pvesh`, `cluster/log`, `"pri"`, `proxmox-backup`,
// `starting garbage collection`, `libvirtd`, `virtqemud`, `virtlogd`, `virtlockd`, `virsh event`,
// `event 'lifecycle'`, `for domain '`, `+0000: starting up`, `qemu-system`,
// `qemu-system-x86_64:`, `@179`, `simpletrace`, `qemu-ga`, `xen`, `(XEN)`, `xl dmesg`,
// `xenstored`, `xen-hotplug`, `xenconsoled`, `console/guest`, `qemu-dm`, `xcp`, `xapi`,
// `xensource`, `SMlog`, `message-list`, `( RO)`, `xha`, `[debug] WD`, `hyper-v`, `Hyper-V-VMMS`,
// `Hyper-V-Worker`, `vmms`, `hv_kvp`, `KVP`, `LevelDisplayName`, `wevtutil`, `Event[0]`,
// `Log Name:`, `/Date(`, `virtualbox`, `VBoxSVC`, `VBox.log`, `VBoxHeadless`, `Hardening`,
// `ovirt`, `vdsm`, `(jsonrpc/`, `[api.virt]`, `engine.log`, `ovirt-ha-agent`, `sanlock`, `wdmd`,
// `incus`, `lxd`, `lxd.daemon`, `snap logs`, `lxc`, `lxc.log`, `lxc c1`, `firecracker`,
// `anonymous-instance`, `cloud-hypervisor`, `<vmm>`, `crosvm`, `kata`, `gvisor`, `runsc`,
// `kubevirt`, `virt-handler`, `virt-launcher`, `bhyve`, `nutanix`, `acropolis`, `vagrant`,
// `parallels`, `prl_`, `multipass`, `lima`, `colima`, `vmtoolsd`, `vmsvc`, `[ message]`,
// `opennebula`, `harvester`, `veeam`). Nearly every product is in an earlier table: ESXi's
// vmkernel, hostd, vpxa, fdm, vobd, shell.log and vmx logs, vCenter's vpxd, vmon, sps and audit
// logs, Proxmox's tasks, journal, firewall and access logs, libvirt's daemon and domain logs and
// `virsh event --timestamp`, QEMU's trace, QMP and -msg timestamp output, Xen's xl, console and
// xenstored logs, XAPI's xensource.log and SMlog, Hyper-V's Get-WinEvent table and CSV, VirtualBox's
// VBox.log and hardening log, oVirt's engine, vdsm, HA and imageio logs, Incus' daemon log and
// `incus monitor` in its pretty and YAML forms. The shapes here are in none: govc's events listing,
// qemu-monitor-event's `at epoch.micros` and its pretty details, `virsh event` untimed with its
// tab-indented identities, pvesh's json-pretty cluster log, `xe message-list`, xha.log and
// `incus monitor --format json`. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). govc's ANSIC time is the client's local time with no zone and is taken as
// UTC; qemu-monitor-event's `at 1795938076.412388` is QEMU's epoch with microseconds; virsh's
// `+0000` stamp is UTC; pvesh's "time" is epoch seconds; xe's `20261129T07:41:16Z` is basic ISO
// 8601 in UTC; xha.log's `CET` is +01:00; Incus' timestamp is RFC 3339 with nanoseconds. Levels
// only where the source marks one: govc's category (info, warning, error; `user` is the category
// of a user-logged event, no severity), pvesh's pri as a syslog severity digit, xe's priority (1
// critical, 3 warning, 5 information), xha's bracketed word, Incus' metadata.level on a logging
// event (a lifecycle event has none); virsh's events and QEMU's have none, and `io-error`, `error`
// or `failed` inside a message are no levels. The host is the record's host field: pvesh's "node",
// Incus' "location" (the cluster member that emitted the event); host names inside govc's and xe's
// messages, a VNC client's address and a domain's name are not hosts. A record that spans lines is
// one entry: a pretty-printed details object, a graphics event with its identity lines, a pvesh
// object from `{` to `}`, an xe block with the blank lines after it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7016e33 before any rule for it: level 65.6 %, time 100.0 %, host 75.0 %, records 100.0 %.
// That is the macro figure (micro: level 71.9 %, time 100.0 %, host 78.1 %, records 100.0 %), in a
// worktree at 7016e33 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (govc's events, both qemu-monitor-event shapes, the untimed virsh event
// loop, xha.log); the gaps are pvesh's pri digit and node, xe's priority field, and Incus' location
// and nested metadata.level.

var fresh392Cases = []worldCase{
	{
		name:   "govc-events-ansic-category",
		source: "govc events (vmware/govmomi govc/events/command.go: `[%s] [%s] %s` with the event's CreatedTime in the client's local time formatted time.ANSIC, the event category from the EventManager, the FullFormattedMessage, `(target=Type name)` after a task event)",
		why:    "a bracketed ANSIC date with the year last and no zone; the category in brackets is the level; host names in the messages are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[Sun Nov 29 07:41:16 2026] [info] Task: Power On virtual machine (target=VirtualMachine web-07)"),
			we("2026-11-29T07:41:18Z", Info, "", "[Sun Nov 29 07:41:18 2026] [info] web-07 on esx-b12.lab.example in DC-East has powered on"),
			we("2026-11-29T07:42:03Z", Warn, "", "[Sun Nov 29 07:42:03 2026] [warning] Alarm 'Host memory usage' on esx-b12.lab.example changed from Green to Yellow"),
			we("2026-11-29T07:43:51Z", Error, "", "[Sun Nov 29 07:43:51 2026] [error] Cannot synchronize host esx-b14.lab.example. Operation timed out."),
			we("2026-11-29T07:44:10Z", Unknown, "", "[Sun Nov 29 07:44:10 2026] [user] Maintenance window 4471 opened by ops@vsphere.local"),
		},
	},
	{
		name:   "virsh-qemu-monitor-event-epoch-at",
		source: "libvirt's `virsh qemu-monitor-event --loop` without --timestamp (`event NAME at seconds.micros for domain 'name': details`, QEMU's own event time, `<null>` for an event without data): libvirt tools/virsh-domain.c; from memory",
		why:    "the only time is QEMU's epoch with microseconds after `at`; the domain's name is no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412388Z", Unknown, "", `event SHUTDOWN at 1795938076.412388 for domain 'web-07': {"guest":true,"reason":"guest-shutdown"}`),
			we("2026-11-29T07:41:16.418002Z", Unknown, "", "event STOP at 1795938076.418002 for domain 'web-07': <null>"),
			we("2026-11-29T07:42:20.002117Z", Unknown, "", `event BLOCK_JOB_READY at 1795938140.002117 for domain 'db-02': {"device":"drive-virtio-disk0","len":10737418240,"offset":10737418240,"speed":0,"type":"mirror"}`),
			we("2026-11-29T07:43:20.731540Z", Unknown, "", `event RTC_CHANGE at 1795938200.731540 for domain 'db-02': {"offset":3600,"qom-path":"/machine/unattached/device[5]"}`),
		},
	},
	{
		name:   "virsh-qemu-monitor-event-timestamp-pretty",
		source: "libvirt's `virsh qemu-monitor-event --loop --timestamp --pretty` (virsh's `yyyy-MM-dd HH:mm:ss.SSS+0000: ` stamp from virTimeStringNowRaw, then `event NAME for domain 'name': ` and the details JSON pretty-printed with two-space indentation): libvirt tools/virsh-domain.c and virsh(1) 'qemu-monitor-event'; from memory",
		why:    "virsh's stamp with +0000; a details object over several lines is one record; the numbers inside are no times",
		entries: []worldEntry{
			we("2026-11-29T07:45:21.118Z", Unknown, "",
				"2026-11-29 07:45:21.118+0000: event BLOCK_JOB_COMPLETED for domain 'db-02': {",
				`  "device": "drive-virtio-disk0",`,
				`  "len": 10737418240,`,
				`  "offset": 10737418240,`,
				`  "speed": 0,`,
				`  "type": "mirror"`,
				"}"),
			we("2026-11-29T07:45:22.004Z", Unknown, "", "2026-11-29 07:45:22.004+0000: event STOP for domain 'db-02': <null>"),
			we("2026-11-29T07:45:24.560Z", Unknown, "",
				"2026-11-29 07:45:24.560+0000: event SHUTDOWN for domain 'db-02': {",
				`  "guest": false,`,
				`  "reason": "host-qmp-quit"`,
				"}"),
		},
	},
	{
		name:   "virsh-event-all-loop-untimed",
		source: "libvirt's `virsh event --all --loop` without --timestamp (`event 'name' for domain 'dom': details`, the graphics event's identities on tab-indented lines in the same buffer, `events received: N` when the loop ends): libvirt tools/virsh-domain-event.c (virshEventLifecyclePrint, virshEventGraphicsPrint, virshEventIOErrorReasonPrint)",
		why:    "no time and no level anywhere; a graphics event with its identity lines is one record; the VNC client's address is no host; `io-error` is an event name",
		entries: []worldEntry{
			we("", Unknown, "", "event 'lifecycle' for domain 'web-07': Started Booted"),
			we("", Unknown, "", "event 'agent-lifecycle' for domain 'web-07': state: 'connected' reason: 'channel event'"),
			we("", Unknown, "",
				"event 'graphics' for domain 'web-07': connect local[IPv4 0.0.0.0 5900] remote[IPv4 10.30.4.22 51544] vnc",
				"\tx509dname=C=GB,O=Example Ops,CN=ops-ws-3",
				"\tsaslUsername=kharris"),
			we("", Unknown, "", "event 'io-error' for domain 'db-02': /var/lib/libvirt/images/db-02.qcow2 (virtio-disk0) pause due to enospc"),
			we("", Unknown, "", "event 'lifecycle' for domain 'db-02': Suspended I/O Error"),
			we("", Unknown, "", "events received: 5"),
		},
	},
	{
		name:   "proxmox-pvesh-cluster-log-json-pretty",
		gap:    "trawl reads the epoch `\"time\" : N` of a Perl-pretty object but neither its level nor its host: the `\"pri\" : 6` syslog severity digit is not read as the level and `\"node\" : \"pve-n2\"` not as the host",
		source: "Proxmox VE 8's `pvesh get /cluster/log --max 3 --output-format json-pretty` (Perl JSON's canonical pretty output: three-space indentation, `\"key\" : value`, the keys sorted; each entry's id, msg, node, pid, pri as a syslog severity digit, tag, time as epoch seconds, uid, user): Proxmox VE API viewer /cluster/log; from memory",
		why:    "an object from `{` to `}` is one record; its time an epoch, its level the pri digit, its host the node; the UPID's hex fields in msg are no times",
		entries: []worldEntry{
			wskip("["),
			we("2026-11-29T07:41:16Z", Info, "pve-n2",
				"   {",
				`      "id" : "3081:6b0bd71c",`,
				`      "msg" : "starting task UPID:pve-n2:00004A1F:0012F3C8:6B0BD71C:qmstart:104:root@pam:",`,
				`      "node" : "pve-n2",`,
				`      "pid" : 18975,`,
				`      "pri" : 6,`,
				`      "tag" : "pvedaemon",`,
				`      "time" : 1795938076,`,
				`      "uid" : 3081,`,
				`      "user" : "root@pam"`,
				"   },"),
			we("2026-11-29T07:43:20Z", Warn, "pve-n1",
				"   {",
				`      "id" : "3082:6b0bd798",`,
				`      "msg" : "VM 131 qmp command failed - VM 131 qmp command 'guest-ping' failed - got timeout",`,
				`      "node" : "pve-n1",`,
				`      "pid" : 2214,`,
				`      "pri" : 4,`,
				`      "tag" : "pvestatd",`,
				`      "time" : 1795938200,`,
				`      "uid" : 3082,`,
				`      "user" : "root@pam"`,
				"   },"),
			we("2026-11-29T07:45:21Z", Error, "pve-n3",
				"   {",
				`      "id" : "3083:6b0bd811",`,
				`      "msg" : "end task UPID:pve-n3:00007C02:00A1B2C3:6B0BD811:vzdump:117:backup@pve: job errors",`,
				`      "node" : "pve-n3",`,
				`      "pid" : 31746,`,
				`      "pri" : 3,`,
				`      "tag" : "pvedaemon",`,
				`      "time" : 1795938321,`,
				`      "uid" : 3083,`,
				`      "user" : "backup@pve"`,
				"   }"),
			wskip("]"),
		},
	},
	{
		name:   "xcpng-xe-message-list-blocks",
		gap:    "trawl reads the `timestamp ( RO): 20261129T07:41:16Z` field and the block but no level: XenAPI's `priority ( RO): N` (1 critical, 3 warning, 5 information) is not read as the level",
		source: "XCP-ng 8.3 / XenServer's `xe message-list` (one block a message: `uuid ( RO)` left-aligned, then name, priority, class, obj-uuid, timestamp and body right-aligned on ` ( RO): `, blank lines between blocks; the timestamp in basic ISO 8601 `yyyyMMddTHH:mm:ssZ`; XenAPI's priority 1 critical to 5 informational): XenAPI message class documentation and xe(1); from memory",
		why:    "a labelled block is one record; the time is the basic ISO timestamp field; priority is the level on XenAPI's scale; the host named in body and obj-uuid are no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"uuid ( RO)               : 6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b",
				"              name ( RO): VM_STARTED",
				"          priority ( RO): 5",
				"             class ( RO): VM",
				"          obj-uuid ( RO): 0b7e44f2-19c8-4a3d-b1e0-6f2a9c5d8e17",
				"         timestamp ( RO): 20261129T07:41:16Z",
				"              body ( RO): VM 'web-07' started on host: xcp-h3 (UUID: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d).",
				"",
				""),
			we("2026-11-29T07:42:40Z", Warn, "",
				"uuid ( RO)               : 1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
				"              name ( RO): HOST_CLOCK_SKEW_DETECTED",
				"          priority ( RO): 3",
				"             class ( RO): Host",
				"          obj-uuid ( RO): 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
				"         timestamp ( RO): 20261129T07:42:40Z",
				"              body ( RO): The clocks of hosts xcp-h3 and xcp-h1 differ by more than 60 seconds.",
				"",
				""),
			we("2026-11-29T07:44:05Z", Critical, "",
				"uuid ( RO)               : 7b6a5c4d-2e1f-4a0b-8c9d-3e4f5a6b7c8d",
				"              name ( RO): HA_HOST_FAILED",
				"          priority ( RO): 1",
				"             class ( RO): Host",
				"          obj-uuid ( RO): 2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b",
				"         timestamp ( RO): 20261129T07:44:05Z",
				"              body ( RO): Server 'xcp-h2' in a High Availability pool has failed"),
		},
	},
	{
		name:   "xenserver-xha-log-zone-year",
		source: "XenServer / XCP-ng's HA daemon log /var/log/xha.log (`Mmm dd HH:mm:ss ZONE yyyy [level] XX: msg`, the zone's abbreviation and the year after the clock, the level word in brackets, a two-letter subsystem such as WD, SC, SM, FH, HB): Citrix support articles pasting xha.log; from memory",
		why:    "the zone's abbreviation then the year after the clock (CET is +01:00); the bracketed word is the level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "Nov 29 08:41:16 CET 2026 [debug] WD: now - settime = 30044 timeout = 75000."),
			we("2026-11-29T07:41:16Z", Info, "", `Nov 29 08:41:16 CET 2026 [info] SC: (script_service_do_query_liveset) reporting "TRUE".`),
			we("2026-11-29T07:41:47Z", Warn, "", "Nov 29 08:41:47 CET 2026 [warn] SM: partition_strategy: the statefile is not accessible, falling back to the heartbeat view."),
			we("2026-11-29T07:41:49Z", Info, "", "Nov 29 08:41:49 CET 2026 [info] FH: Host (2) is removed from the liveset."),
		},
	},
	{
		name:   "incus-monitor-format-json",
		gap:    "trawl reads the top-level timestamp but no host and no nested level: `\"location\"` (the cluster member) is not read as the host, and `metadata.level` one object down is not read as the level",
		source: "Incus 6's `incus monitor --format json` on a cluster (one JSON event a line: type, timestamp RFC 3339 with nanoseconds, metadata with action/source/context for a lifecycle event or level/message/context for a logging event, location the cluster member, project): Incus documentation 'Events' and `incus monitor --help` (--format json|pretty|yaml); from memory",
		why:    "one JSON object a line; location is the member that emitted the event, the host; metadata.level is the level of a logging event, a lifecycle event has none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204187335Z", Unknown, "node2", `{"type":"lifecycle","timestamp":"2026-11-29T07:41:16.204187335Z","metadata":{"action":"instance-started","source":"/1.0/instances/c7","context":{"command":"start"}},"location":"node2","project":"default"}`),
			we("2026-11-29T07:41:16.210554120Z", Info, "node2", `{"type":"logging","timestamp":"2026-11-29T07:41:16.21055412Z","metadata":{"context":{"instance":"c7","instanceType":"container","project":"default","used":"2026-11-29T07:30:02Z"},"level":"info","message":"Started instance"},"location":"node2","project":""}`),
			we("2026-11-29T07:41:19.877301442Z", Warn, "node3", `{"type":"logging","timestamp":"2026-11-29T07:41:19.877301442Z","metadata":{"context":{"err":"context deadline exceeded","member":"node1"},"level":"warning","message":"Failed heartbeat"},"location":"node3","project":""}`),
			we("2026-11-29T07:41:25.003918670Z", Debug, "node1", `{"type":"logging","timestamp":"2026-11-29T07:41:25.00391867Z","metadata":{"context":{"ip":"10.30.4.22:48112","method":"GET","protocol":"tls","url":"/1.0/instances?recursion=1","username":"kharris"},"level":"debug","message":"Handling API request"},"location":"node1","project":""}`),
		},
	},
}

func TestFresh392Formats(t *testing.T) { assertTable(t, fresh392Cases) }
func TestFresh392Score(t *testing.T) {
	checkScore(t, "fresh392 formats", fresh392Cases, [worldNumFields]float64{65.5, 99.9, 74.9, 99.9})
}
