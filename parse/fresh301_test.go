package parse

import "testing"

// The three-hundred-and-first fresh table, written on 2026-12-06: network appliances' logs in
// their 2025-2026 firmware, at a collector and on the box, shapes no earlier table holds. Each
// family is one product's documented or observed output: Cisco APIC 6's `moquery -c faultRecord`
// (one `# fault.Record` block of `name : value` lines a fault transition, the `created` time with
// the controller's offset, a second time inside changeSet); the Cisco Nexus 3550-T's API audit log
// as an rsyslog collector files it (`AUDIT: { JSON }` after the BSD header, an escaped slash in a
// value); FortiOS 7.6's `diagnose sys sdwan sla-log` on the console (`Timestamp: ctime, vdom …,
// health-check …` lines); Junos's `show ethernet-switching mac-learning-log` on an EX switch (a
// ctime line, then the indented event under it); gNMIc, the OpenConfig gNMI collector, printing
// `subscribe` responses on a terminal (indented JSON objects, epoch nanoseconds beside the
// collector's local RFC 3339 time, `{"sync-response": true}` between them) and writing them with a
// file output in the event format with split-events (one object a line, the target in
// tags.source); PAN-OS 11's XML API log job read with curl (`type=log&action=get`: pretty-printed
// `<entry>` elements under a job header); NSX 4's manager log through the NSX CLI's `get log-file
// manager.log follow`.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`moquery`, `fault.Record`, `faultRecord`, `subj-[`, `Total Objects shown`,
// `highestSeverity`, `apic`, `3550`, `exablaze`, `EXALINK`, `AUDIT: {`, `set_interface_enable`,
// `sla-log`, `intf-sla-log`, `virtual-wan-link`, `health-check ping`, `packet loss: `,
// `Timestamp: `, `mac-learning-log`, `vlan_name`, `was deleted`, `gnmic`, `gnmi`,
// `subscription-name`, `sync-response`, `split-events`, `<time_generated>`, `<logs count`,
// `<entry logid`, `panxapi`, `type=log`, `get log-file`, `RestRequestImpl`, `nsx comp=`,
// `MaintenanceSyncTimer`, `nsx-manager`, `UTC INFO`, and for what was left out `show cli history`,
// `reload cause`, `install_op`, `firewall-engine-debug`, `csv-output`, `nv config history`,
// `ted.elg`, `reboot-info`, `event-monitor`, `show facility-alarm`, `Despatch Timestamp`,
// `show ns events`, `connection-history`, `show security alarms`, `Alarm Type`, `sflowtool`,
// `ObservedTimestamp`, `mkeventd`, `sonic`, `INFO pmon#`, `nvos`, `applianceName`,
// `sdwanAccCktCosLog`). Cisco ACI's APIC is in fresh13 and later tables as its syslog
// (`%LOG_LOCAL7-6-SYSTEM_MSG [F0532][cleared]…`, the cisco-aci-fabric family); moquery's object
// blocks are in none. The Nexus 3550 is in no table (`3550` is only inside other numbers and a PR
// number, fresh134, fresh175, fresh199, fresh283; fresh61's `audit: {` is Cohesity's cluster_audit
// tag). FortiOS's debug outputs in earlier tables are the flow trace, IKE, fnbamd, SSL VPN, httpsd
// and the HA history; the SD-WAN SLA log is in none. Junos's messages, traceoptions,
// firewall-filter log and `monitor traffic` are earlier tables'; the MAC learning log is in none.
// gNMI appears only in an SR Linux message (fresh37); no table holds a gNMI collector's output.
// PAN-OS is in twenty families (syslog CSV, CEF, LEEF, `show log`, mp-log, the packet diag); the
// XML API's log job result is in none. NSX is in fresh6 as RFC 5424 syslog with `nsx@6876`; the
// manager log as the NSX CLI shows it is in none. Left out as measured already: SONiC-style level
// words (NVIDIA NVOS's `nv show system log file` is sonic-syslog's shape), Cumulus 5's
// `nv show system log file` (rsyslog's precise format), Versa's KVP SD-WAN logs (fresh37, fresh54),
// the SD-WAN Manager's connection-history API (the jq shape of fresh281), sflowtool and the OTel
// collector's debug exporter (fresh142, fresh79), IOS XR's commit list and alarms (fresh45,
// fresh87). Left out for want of a page that settled the lines in the time given: Arista's
// `show event-monitor`, IOS XE's `show facility-alarm status`, NetScaler's `show ns events`, the
// SD-WAN cEdge's `show sdwan control connection-history` table, SRX's
// `show security alarms detail`, NSX Edge's `get load-balancer … health-check-table` (a state
// table, not a log). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). moquery's `created` carries the APIC's +01:00 and is converted; the time in
// changeSet (lastLinkStChg) is the port's, not the record's, and modTs is `never`. The collector's
// BSD header of the 3550-T has no year (2026). FortiOS's ctime, Junos's ctime and PAN-OS's
// `yyyy/MM/dd HH:mm:ss` have no zone and are taken as UTC (the job header's tenq/tdeq/tlast are
// times of day with no date, in the skipped header). gNMIc's `timestamp` is epoch nanoseconds and
// its `time` the same instant in the collector's +01:00; the event format carries the nanoseconds
// only; a sync-response object has no time. NSX's `UTC` after the milliseconds is the zone. Levels
// only where the output marks one: moquery's severity field (X.733: critical Critical, major
// Error, minor and warning Warn), PAN-OS's severity element on its documented syslog scale
// (informational Info, low Notice, medium Warn, high Error, critical Critical), NSX's level word;
// the 3550-T's `"error"` object, FortiOS's `status: down` and Junos's `was deleted` are no levels.
// Hosts: the collector's BSD header (the 3550-T's own name), gNMIc's source (the target the
// notification came from, top-level or in tags), PAN-OS's device_name; the APIC's node-103 inside
// a DN, FortiOS's interface, the peers and clients in messages and NSX's localhost URL are not
// hosts. A record that spans lines is one entry: a moquery block with the blank line after it, the
// mac-learning-log's two lines, an indented gNMIc object, a PAN-OS `<entry>` element down to its
// `</entry>`; the console prompt lines, moquery's count line and the XML job header and trailer
// are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 775c25c before any rule for it: level 75.0 %, time 75.0 %, host 56.2 %, records 75.0 %.
// That is the macro figure (micro: level 75.0 %, time 75.0 %, host 56.2 %, records 75.0 %), in a
// worktree at 775c25c with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (the 3550-T's audit relay, FortiOS's SLA log, Junos's MAC learning log and
// NSX's manager log); the gaps are moquery's object blocks, the PAN-OS XML API's `<entry>`
// elements, and the host in gNMIc's source, top-level and in the event's tags.

var fresh301Cases = []worldCase{
	{
		name:   "cisco-apic-moquery-fault-record",
		gap:    "trawl does not read a `# fault.Record` block as one record: the `# fault.Record` line and the id, affected, cause, changeSet and childAction lines come out as records of their own (changeSet's lastLinkStChg time taken for its line's time), and from `code` on each block runs into the next one down to its childAction line, so the entries start at `code` with the `created` time but no level (`severity : major` is not read)",
		source: "Cisco APIC 6.0/6.1 `moquery -c faultRecord` in the APIC's bash (a `Total Objects shown: N` line, then per object `# fault.Record` and one `name : value` line per property, the name padded to a column, a blank line after each object; fault.Record's properties ack, affected, cause, changeSet, childAction, code, created, delegated, descr, dn `subj-[affected]/rec-N`, domain, highestSeverity, ind, lc, modTs, occur, orig/prev severity, rule, severity, status, type): learnduty.com 'Cisco ACI Fault Instance, Fault Delegate and Fault Record' (a moquery fault.Inst block with `created : …+01:00`), the cobra SDK's model reference cobra.model.fault.Record (the properties); the record block's property order from memory",
		why:    "a block of padded `name : value` lines is one record; `created` with the APIC's +01:00 is its time, the lastLinkStChg time inside changeSet is not, modTs is `never`; severity is the level (major, minor, critical, warning); node-103 inside a DN is no host",
		entries: []worldEntry{
			wskip("Total Objects shown: 4", ""),
			we("2026-11-29T07:41:16.141Z", Error, "",
				"# fault.Record",
				"id               : 4294974411",
				"affected         : topology/pod-1/node-103/sys/phys-[eth1/27]/phys",
				"cause            : interface-physical-down",
				"changeSet        : lastLinkStChg (New: 2026-11-29T08:41:16.087+01:00), operSt (New: down), operStQual (New: link-failure)",
				"childAction      : ",
				"code             : F1678",
				"created          : 2026-11-29T08:41:16.141+01:00",
				"delegated        : no",
				"descr            : Port is down, reason:link-failure(connected), used by:EPG",
				"dn               : subj-[topology/pod-1/node-103/sys/phys-[eth1/27]/phys]/rec-4294974411",
				"domain           : access",
				"highestSeverity  : major",
				"ind              : state-transition",
				"lc               : raised",
				"modTs            : never",
				"occur            : 1",
				"origSeverity     : major",
				"prevSeverity     : major",
				"rn               : rec-4294974411",
				"rule             : ethpm-if-port-down-fabric",
				"severity         : major",
				"status           : ",
				"type             : communications",
				""),
			we("2026-11-29T07:44:02.518Z", Warn, "",
				"# fault.Record",
				"id               : 4294974418",
				"affected         : topology/pod-1/node-104/sys/phys-[eth1/49]/phys",
				"cause            : threshold-crossed",
				"changeSet        : cRCLast:12",
				"childAction      : ",
				"code             : F3140",
				"created          : 2026-11-29T08:44:02.518+01:00",
				"delegated        : no",
				"descr            : TCA: CRC errors on eth1/49 crossed the minor threshold in the last 15 minutes",
				"dn               : subj-[topology/pod-1/node-104/sys/phys-[eth1/49]/phys]/rec-4294974418",
				"domain           : infra",
				"highestSeverity  : minor",
				"ind              : state-transition",
				"lc               : raised",
				"modTs            : never",
				"occur            : 1",
				"origSeverity     : minor",
				"prevSeverity     : minor",
				"rn               : rec-4294974418",
				"rule             : tca-rmon-egress-crc-errors-last",
				"severity         : minor",
				"status           : ",
				"type             : operational",
				""),
			we("2026-11-29T07:52:40.006Z", Critical, "",
				"# fault.Record",
				"id               : 4294974436",
				"affected         : topology/pod-1/protpaths-103-104/pathep-[vpc-esx-07]",
				"cause            : oper-state-change",
				"changeSet        : operSt (New: down)",
				"childAction      : ",
				"code             : F2705",
				"created          : 2026-11-29T08:52:40.006+01:00",
				"delegated        : no",
				"descr            : vPC peer-link Po12 between node 103 and node 104 is down",
				"dn               : subj-[topology/pod-1/protpaths-103-104/pathep-[vpc-esx-07]]/rec-4294974436",
				"domain           : access",
				"highestSeverity  : critical",
				"ind              : state-transition",
				"lc               : raised",
				"modTs            : never",
				"occur            : 1",
				"origSeverity     : critical",
				"prevSeverity     : critical",
				"rn               : rec-4294974436",
				"rule             : vpc-peer-link-down",
				"severity         : critical",
				"status           : ",
				"type             : communications",
				""),
			we("2026-11-29T08:03:11.73Z", Warn, "",
				"# fault.Record",
				"id               : 4294974452",
				"affected         : uni/tn-shop/ap-web/epg-frontend/node-103/stpathatt-[eth1/27]/nwissues",
				"cause            : configuration-failed",
				"changeSet        : configQual:invalid-path, configSt:failed-to-apply, debugMessage:invalid-path: the EPG's domain does not hold this interface;",
				"childAction      : ",
				"code             : F0467",
				"created          : 2026-11-29T09:03:11.730+01:00",
				"delegated        : yes",
				"descr            : Configuration failed for EPG frontend on node 103 eth1/27 due to Invalid Path Configuration",
				"dn               : subj-[uni/tn-shop/ap-web/epg-frontend/node-103/stpathatt-[eth1/27]/nwissues]/rec-4294974452",
				"domain           : tenant",
				"highestSeverity  : warning",
				"ind              : modification",
				"lc               : raised",
				"modTs            : never",
				"occur            : 2",
				"origSeverity     : warning",
				"prevSeverity     : warning",
				"rn               : rec-4294974452",
				"rule             : fv-nw-issues-config-failed",
				"severity         : warning",
				"status           : ",
				"type             : config",
				""),
		},
	},
	{
		name:   "cisco-nexus3550t-audit-json-relay",
		source: "the Cisco Nexus 3550-T (and 3550-H Hydra) audit log of configuration changes sent to a remote syslog server and filed by rsyslog's traditional template (`Mmm dd HH:mm:ss host AUDIT: { \"username\": …, \"method\": …, \"params\": { … }, \"result\": true }`, an `\"error\"` object in place of result when the call failed, the API's JSON escaping `/` as `\\/`): exablaze.com docs 'System Logs' for the 3550-T and the 3550-H (the audit message and its fields); the error object's members from memory",
		why:    "a BSD header without a PID, then the tag AUDIT and a JSON object with spaces inside its braces; an `\"error\"` member and `\"enable\": false` are no levels; the header's name is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "NX3550T-LD4-01", `Nov 29 07:41:16 NX3550T-LD4-01 AUDIT: { "username": "netops", "method": "set_interface_enable", "params": { "interface": "ethernet13", "enable": false }, "result": true }`),
			we("2026-11-29T07:41:19Z", Unknown, "NX3550T-LD4-01", `Nov 29 07:41:19 NX3550T-LD4-01 AUDIT: { "username": "netops", "method": "set_interface_speed", "params": { "interface": "ethernet13", "speed": 10000 }, "result": true }`),
			we("2026-11-29T07:42:05Z", Unknown, "NX3550T-LD4-01", `Nov 29 07:42:05 NX3550T-LD4-01 AUDIT: { "username": "ztp-svc", "method": "set_interface_ip", "params": { "interface": "management", "address": "10.40.1.21\/24" }, "result": true }`),
			we("2026-11-29T07:42:31Z", Unknown, "NX3550T-LD4-01", `Nov 29 07:42:31 NX3550T-LD4-01 AUDIT: { "username": "netops", "method": "set_patch", "params": { "source": "ethernet7", "destination": "ethernet99" }, "error": { "code": -32602, "message": "Invalid params: unknown interface ethernet99" } }`),
		},
	},
	{
		name:   "fortios76-sdwan-sla-log-console",
		source: "FortiOS 7.6 `diagnose sys sdwan sla-log <health-check> <member-seq>` on the CLI (earlier `diagnose sys virtual-wan-link sla-log`): the ten-minute SLA history, one `Timestamp: Ddd Mmm dd HH:MM:SS yyyy, vdom V, health-check H, interface: I, status: up|down, latency: n, jitter: n, packet loss: n%.` line a probe: Fortinet docs 'SLA logging' (6.4 administration guide), 'SLA monitoring using the REST API' (6.4.7, 7.0.2) and 'REST API to monitor SD-WAN SLAs for ADVPN shortcuts 6.4.5'",
		why:    "a ctime after `Timestamp: ` with no zone (UTC); `status: down` and `packet loss: 100.000%` are no levels; the interface is no host; the prompt line is fed, not scored",
		entries: []worldEntry{
			wskip("FGT-BR07 (root) # diagnose sys sdwan sla-log HC_dns 1"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Timestamp: Sun Nov 29 07:41:16 2026, vdom root, health-check HC_dns, interface: wan1, status: up, latency: 4.812, jitter: 0.391, packet loss: 0.000%."),
			we("2026-11-29T07:41:17Z", Unknown, "", "Timestamp: Sun Nov 29 07:41:17 2026, vdom root, health-check HC_dns, interface: wan1, status: up, latency: 4.907, jitter: 0.402, packet loss: 0.000%."),
			we("2026-11-29T07:41:18Z", Unknown, "", "Timestamp: Sun Nov 29 07:41:18 2026, vdom root, health-check HC_dns, interface: wan1, status: up, latency: 61.550, jitter: 28.114, packet loss: 2.000%."),
			we("2026-11-29T07:41:19Z", Unknown, "", "Timestamp: Sun Nov 29 07:41:19 2026, vdom root, health-check HC_dns, interface: wan1, status: down, latency: 0.000, jitter: 0.000, packet loss: 100.000%."),
		},
	},
	{
		name:   "junos-ex-mac-learning-log",
		source: "Junos `show ethernet-switching mac-learning-log` on an EX/QFX switch (the event log of learned and deleted MAC addresses: a `Ddd Mmm dd HH:MM:SS yyyy` line, then `vlan_name V mac M was learned|deleted`): Juniper's command reference 'show ethernet-switching mac-learning-log' (QFX Series, Junos 13.2; the fields Date and Time, vlan_name, MAC, Deleted | Added) and the SRX 'Monitoring Ethernet Switching' page; the two-line layout with the indented event from memory",
		why:    "a ctime alone on its line with no zone (UTC), the event indented under it: two lines one record; `was deleted` is no level; no host",
		entries: []worldEntry{
			wskip("netops@ex4400-idf3> show ethernet-switching mac-learning-log"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Sun Nov 29 07:41:16 2026",
				"  vlan_name v110-voice mac 3c:52:82:1a:7e:04 was learned"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Sun Nov 29 07:41:16 2026",
				"  vlan_name v120-data mac 9c:eb:e8:41:07:2d was learned"),
			we("2026-11-29T07:43:02Z", Unknown, "",
				"Sun Nov 29 07:43:02 2026",
				"  vlan_name v120-data mac 9c:eb:e8:41:07:2d was deleted"),
			we("2026-11-29T07:43:05Z", Unknown, "",
				"Sun Nov 29 07:43:05 2026",
				"  vlan_name v130-print mac 00:1b:a9:6f:22:10 was learned"),
		},
	},
	{
		name:   "gnmic-subscribe-stdout-indented-json",
		gap:    "each indented object is one record with its time, but `\"source\": \"spine-01\"`, the target the notification came from, is not read as the host",
		source: "gNMIc 0.4x `gnmic --config gnmic.yaml subscribe --name if-oper` printing Subscribe responses on a terminal (each notification an indented JSON object: source the target's name, subscription-name, timestamp epoch nanoseconds, time the same instant as a Go time in the collector's zone, updates with a capitalised `Path` and values; a sync response as `{\"sync-response\": true}`): openconfig/gnmic pkg/formatters/msg.go (notificationRspMsg, syncResponseMsg) and docs/cmd/subscribe.md; the two-space indentation from memory",
		why:    "a JSON object spread over many indented lines is one record; epoch nanoseconds and an RFC 3339 time at +01:00 say the same instant; source names the switch the notification came from; the sync-response object has no time and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456789Z", Unknown, "spine-01",
				"{",
				`  "source": "spine-01",`,
				`  "subscription-name": "if-oper",`,
				`  "timestamp": 1795938076123456789,`,
				`  "time": "2026-11-29T08:41:16.123456789+01:00",`,
				`  "updates": [`,
				"    {",
				`      "Path": "interfaces/interface[name=Ethernet1/1]/state/oper-status",`,
				`      "values": {`,
				`        "interfaces/interface/state/oper-status": "UP"`,
				"      }",
				"    },",
				"    {",
				`      "Path": "interfaces/interface[name=Ethernet1/2]/state/oper-status",`,
				`      "values": {`,
				`        "interfaces/interface/state/oper-status": "UP"`,
				"      }",
				"    }",
				"  ]",
				"}"),
			we("", Unknown, "",
				"{",
				`  "sync-response": true`,
				"}"),
			we("2026-11-29T07:42:21.907311204Z", Unknown, "spine-01",
				"{",
				`  "source": "spine-01",`,
				`  "subscription-name": "if-oper",`,
				`  "timestamp": 1795938141907311204,`,
				`  "time": "2026-11-29T08:42:21.907311204+01:00",`,
				`  "updates": [`,
				"    {",
				`      "Path": "interfaces/interface[name=Ethernet1/2]/state/oper-status",`,
				`      "values": {`,
				`        "interfaces/interface/state/oper-status": "DOWN"`,
				"      }",
				"    }",
				"  ]",
				"}"),
			we("2026-11-29T07:42:22.016550871Z", Unknown, "spine-02",
				"{",
				`  "source": "spine-02",`,
				`  "subscription-name": "if-oper",`,
				`  "timestamp": 1795938142016550871,`,
				`  "time": "2026-11-29T08:42:22.016550871+01:00",`,
				`  "updates": [`,
				"    {",
				`      "Path": "interfaces/interface[name=Ethernet1/31]/state/oper-status",`,
				`      "values": {`,
				`        "interfaces/interface/state/oper-status": "LOWER_LAYER_DOWN"`,
				"      }",
				"    }",
				"  ]",
				"}"),
		},
	},
	{
		name:   "gnmic-file-output-event-split-lines",
		gap:    "the epoch-nanosecond timestamp is read, but the target in the nested tags (`\"tags\":{…,\"source\":\"leaf-03\",…}`) is not read as the host",
		source: "gNMIc 0.4x in collector mode with a file output (`type: file`, `format: event`, `split-events: true`, multiline off): one event object a line, `name` the subscription, `timestamp` epoch nanoseconds, `tags` the path keys as elem_key plus source (the target) and subscription-name, `values` keyed by the keyless xpath, or `deletes`; Go's JSON with map keys sorted: openconfig/gnmic docs/user_guide/outputs/file_output.md, docs/user_guide/event_processors/intro.md (the event format) and pkg/formatters/event.go (EventMsg, tagsFromGNMIPath)",
		why:    "epoch nanoseconds are the only time; the host is tags.source, nested and not first; counters in values (in-errors) and a BGP session state IDLE are no levels; a delete event carries deletes instead of values",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118823Z", Unknown, "leaf-03", `{"name":"if-counters","timestamp":1795938076204118823,"tags":{"interface_name":"Ethernet1/1","source":"leaf-03","subscription-name":"if-counters"},"values":{"/interfaces/interface/state/counters/in-errors":"0","/interfaces/interface/state/counters/in-octets":"918273645501"}}`),
			we("2026-11-29T07:41:16.204118823Z", Unknown, "leaf-03", `{"name":"if-counters","timestamp":1795938076204118823,"tags":{"interface_name":"Ethernet1/2","source":"leaf-03","subscription-name":"if-counters"},"values":{"/interfaces/interface/state/counters/in-errors":"17","/interfaces/interface/state/counters/in-octets":"40022871930"}}`),
			we("2026-11-29T07:41:44.550192007Z", Unknown, "leaf-04", `{"name":"bgp-neighbors","timestamp":1795938104550192007,"tags":{"neighbor_neighbor-address":"10.0.0.9","network-instance_name":"default","protocol_identifier":"BGP","protocol_name":"BGP","source":"leaf-04","subscription-name":"bgp-neighbors"},"values":{"/network-instances/network-instance/protocols/protocol/bgp/neighbors/neighbor/state/session-state":"IDLE"}}`),
			we("2026-11-29T07:41:49.001845112Z", Unknown, "leaf-04", `{"name":"bgp-neighbors","timestamp":1795938109001845112,"tags":{"network-instance_name":"default","protocol_identifier":"BGP","protocol_name":"BGP","source":"leaf-04","subscription-name":"bgp-neighbors"},"deletes":["/network-instances/network-instance[name=default]/protocols/protocol[identifier=BGP][name=BGP]/bgp/neighbors/neighbor[neighbor-address=10.0.0.13]"]}`),
		},
	},
	{
		name:   "panos-xmlapi-log-job-pretty-xml",
		gap:    "trawl does not read an `<entry>` element as one record: records start at every `<receive_time>` and `<time_generated>` line, the job header runs into the first entry's first child lines and each entry's tail into the next one's `<domain>` (the last into the trailer), and neither `<severity>` is read as the level nor `<device_name>` as the host",
		source: "PAN-OS 11.1 XML API log retrieval read with curl (`/api/?type=log&log-type=system&nlogs=4`, then `type=log&action=get&job-id=N`): the response as the firewall returns it, indented, a `<job>` header with tenq/tdeq/tlast times of day, then `<logs count progress>` and one `<entry logid=…>` element a log with one child element a line (receive_time, serial, seqno, type, subtype, time_generated `yyyy/MM/dd HH:mm:ss`, dg_hier_level_1-4, device_name, eventid, module, severity, opaque): PaloAltoNetworks/pan-os-python's test fixture of a CONFIG log job response, several projects' fixtures of SYSTEM log entries found by find_string, PAN-OS 10.1 'System Log Fields' (the fields and severities); the system entry's element order from memory",
		why:    "an XML element over two dozen lines is one record, under a header and above a trailer that are no records; time_generated with no zone is its time (receive_time the same second); severity on PAN-OS's scale is the level; device_name is the host; the admin's address in opaque is a client",
		entries: []worldEntry{
			wskip(`<response status="success"><result>`,
				"  <job>",
				"    <tenq>07:42:30</tenq>",
				"    <tdeq>07:42:30</tdeq>",
				"    <tlast>07:42:30</tlast>",
				"    <status>FIN</status>",
				"    <id>41</id>",
				"  </job>",
				"  <log>",
				`    <logs count="4" progress="100">`),
			we("2026-11-29T07:41:16Z", Warn, "pa-edge-01",
				`      <entry logid="7419203887420031491">`,
				"        <domain>1</domain>",
				"        <receive_time>2026/11/29 07:41:16</receive_time>",
				"        <serial>013201028841</serial>",
				"        <seqno>88120</seqno>",
				"        <actionflags>0x0</actionflags>",
				"        <is-logging-service>no</is-logging-service>",
				"        <type>SYSTEM</type>",
				"        <subtype>general</subtype>",
				"        <config_ver>0</config_ver>",
				"        <time_generated>2026/11/29 07:41:16</time_generated>",
				"        <dg_hier_level_1>0</dg_hier_level_1>",
				"        <dg_hier_level_2>0</dg_hier_level_2>",
				"        <dg_hier_level_3>0</dg_hier_level_3>",
				"        <dg_hier_level_4>0</dg_hier_level_4>",
				"        <device_name>pa-edge-01</device_name>",
				"        <vsys_id>0</vsys_id>",
				"        <eventid>auth-fail</eventid>",
				"        <fmt>0</fmt>",
				"        <id>0</id>",
				"        <module>general</module>",
				"        <severity>medium</severity>",
				"        <opaque>failed authentication for user 'svc-backup'. Reason: Invalid username/password. From: 10.20.30.44.</opaque>",
				"      </entry>"),
			we("2026-11-29T07:41:22Z", Info, "pa-edge-01",
				`      <entry logid="7419203887420031492">`,
				"        <domain>1</domain>",
				"        <receive_time>2026/11/29 07:41:22</receive_time>",
				"        <serial>013201028841</serial>",
				"        <seqno>88121</seqno>",
				"        <actionflags>0x0</actionflags>",
				"        <is-logging-service>no</is-logging-service>",
				"        <type>SYSTEM</type>",
				"        <subtype>general</subtype>",
				"        <config_ver>0</config_ver>",
				"        <time_generated>2026/11/29 07:41:22</time_generated>",
				"        <dg_hier_level_1>0</dg_hier_level_1>",
				"        <dg_hier_level_2>0</dg_hier_level_2>",
				"        <dg_hier_level_3>0</dg_hier_level_3>",
				"        <dg_hier_level_4>0</dg_hier_level_4>",
				"        <device_name>pa-edge-01</device_name>",
				"        <vsys_id>0</vsys_id>",
				"        <eventid>auth-success</eventid>",
				"        <fmt>0</fmt>",
				"        <id>0</id>",
				"        <module>general</module>",
				"        <severity>informational</severity>",
				"        <opaque>User netops logged in via Web from 10.20.30.41 using https</opaque>",
				"      </entry>"),
			we("2026-11-29T07:41:57Z", Error, "pa-edge-01",
				`      <entry logid="7419203887420031497">`,
				"        <domain>1</domain>",
				"        <receive_time>2026/11/29 07:41:57</receive_time>",
				"        <serial>013201028841</serial>",
				"        <seqno>88126</seqno>",
				"        <actionflags>0x0</actionflags>",
				"        <is-logging-service>no</is-logging-service>",
				"        <type>SYSTEM</type>",
				"        <subtype>ha</subtype>",
				"        <config_ver>0</config_ver>",
				"        <time_generated>2026/11/29 07:41:57</time_generated>",
				"        <dg_hier_level_1>0</dg_hier_level_1>",
				"        <dg_hier_level_2>0</dg_hier_level_2>",
				"        <dg_hier_level_3>0</dg_hier_level_3>",
				"        <dg_hier_level_4>0</dg_hier_level_4>",
				"        <device_name>pa-edge-01</device_name>",
				"        <vsys_id>0</vsys_id>",
				"        <eventid>link-monitor-fail</eventid>",
				"        <fmt>0</fmt>",
				"        <id>0</id>",
				"        <module>general</module>",
				"        <severity>high</severity>",
				"        <opaque>HA Group 2: Link monitor group uplinks failed: ethernet1/3 is down</opaque>",
				"      </entry>"),
			we("2026-11-29T07:42:09Z", Critical, "pa-edge-01",
				`      <entry logid="7419203887420031499">`,
				"        <domain>1</domain>",
				"        <receive_time>2026/11/29 07:42:09</receive_time>",
				"        <serial>013201028841</serial>",
				"        <seqno>88128</seqno>",
				"        <actionflags>0x0</actionflags>",
				"        <is-logging-service>no</is-logging-service>",
				"        <type>SYSTEM</type>",
				"        <subtype>hw</subtype>",
				"        <config_ver>0</config_ver>",
				"        <time_generated>2026/11/29 07:42:09</time_generated>",
				"        <dg_hier_level_1>0</dg_hier_level_1>",
				"        <dg_hier_level_2>0</dg_hier_level_2>",
				"        <dg_hier_level_3>0</dg_hier_level_3>",
				"        <dg_hier_level_4>0</dg_hier_level_4>",
				"        <device_name>pa-edge-01</device_name>",
				"        <vsys_id>0</vsys_id>",
				"        <eventid>fan-failed</eventid>",
				"        <fmt>0</fmt>",
				"        <id>0</id>",
				"        <module>general</module>",
				"        <severity>critical</severity>",
				"        <opaque>Fan tray 1 failed; dataplane temperature rising</opaque>",
				"      </entry>"),
			wskip("    </logs>",
				"  </log>",
				"</result></response>"),
		},
	},
	{
		name:   "nsx-manager-get-log-file-manager-log",
		source: "VMware NSX 4.2 Manager's manager.log read in the NSX CLI with `get log-file manager.log follow` (`yyyy-MM-dd HH:mm:ss.SSS UTC LEVEL thread Class - user [nsx comp=\"nsx-manager\" subcomp=\"manager\"] msg`, `-` or SYSTEM for the user): Broadcom's NSX CLI Guide 'get log-file <log-file-arg> follow' (its manager.log example) and NSX 4.0/4.1 'Log Messages and Error Codes' (the log files get log-file shows)",
		why:    "the zone word UTC after the milliseconds; the level word after it; a thread name, a class and `- SYSTEM` before the bracketed comp/subcomp; localhost in a URL and an edge node named in a message are no hosts; the CLI prompt is fed, not scored",
		entries: []worldEntry{
			wskip("nsx-mgr-01> get log-file manager.log follow"),
			we("2026-11-29T07:41:16.292Z", Info, "", `2026-11-29 07:41:16.292 UTC INFO http-nio-127.0.0.1-7440-exec-12 RestRequestImpl - - [nsx comp="nsx-manager" subcomp="manager"] URL : https://localhost:15671/api/queues?columns=name,messages Entity Body : <{Accept=[application/json]}> method: GET`),
			we("2026-11-29T07:41:16.314Z", Info, "", `2026-11-29 07:41:16.314 UTC INFO increment-barrier-timer RealizationStateBarrierServiceImpl - SYSTEM [nsx comp="nsx-manager" subcomp="manager"] Incremented realization state barrier number to 48211`),
			we("2026-11-29T07:41:19.005Z", Warn, "", `2026-11-29 07:41:19.005 UTC WARN TransportNodeStatusPoller TransportNodeStatusServiceImpl - SYSTEM [nsx comp="nsx-manager" subcomp="manager"] Transport node edge-node-02 reported tunnel status DOWN for 2 of 6 tunnels`),
			we("2026-11-29T07:41:21.77Z", Error, "", `2026-11-29 07:41:21.770 UTC ERROR pool-34-thread-3 LbServiceRealizationImpl - SYSTEM [nsx comp="nsx-manager" subcomp="manager"] Realization of load balancer service lb-shop-t1 failed on edge cluster ec-prod: edge node capacity exceeded`),
		},
	},
}

func TestFresh301Formats(t *testing.T) { assertTable(t, fresh301Cases) }
func TestFresh301Score(t *testing.T) {
	checkScore(t, "fresh301 formats", fresh301Cases, [worldNumFields]float64{74.9, 74.9, 56.1, 74.9})
}
