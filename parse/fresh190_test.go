package parse

import "testing"

// The hundred-and-ninetieth fresh table, written on 2026-12-05: network appliances' local logs
// as their CLIs and their management APIs show them, 2025-2026 firmware.
// Each family is one appliance's or controller's own view of its log in a shape no earlier table
// holds: Junos 24's packet-forwarding firewall-filter log as `show firewall log` prints it (a
// table of times of day, newest first, under a `Log :` title and a column header) and as `show
// firewall log detail` prints it (two lines a packet, `Time of Log:` with the router's zone
// abbreviation), and `monitor traffic interface` (a tcpdump line with `In`/`Out` after the time,
// under Junos's banner); the Cisco Meraki Dashboard API's network event log, its organization's
// configuration change log, its API request log and its MX security events, each written out one
// object a line with `jq -c`; FortiOS 7.6's IKE debug with the console timestamp on and the
// `V=root:0:` VDOM prefix; and Check Point R82's `cpwd_admin list`, whose rows carry the start time
// of each daemon as `[HH:mm:ss] d/M/yyyy`.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`fortigate`, `fortios`, `PAN-OS`, `panos`, `IOS XE`, `IOS-XE`, `nx-os`, `nxos`, `%ASA-`,
// `%FTD-`, `junos`, `RT_FLOW`, `Arista`, `mikrotik`, `routeros`, `unifi`, `sophos`, `SFOS`, `check
// point`, `checkpoint`, `R82`, `BIG-IP`, `tmm`, `aruba`, `AOS-CX`, `meraki`, `pfsense`, `opnsense`,
// `filterlog`, `watchguard`, `fireware`, `sonicwall`, `sonicos`, `huawei`, `VRP`, `zyxel`, `show
// log`, `show logging`, `logdesc=`, `devname=`, `show firewall log`, `Filter    Action`, `Time of
// Log`, `monitor traffic`, `Listening on ge-`, `cli history`, `show agent`, `reload cause`,
// `boot-history`, `Boot ID`, `occurredAt`, `deviceName`, `adminName`, `operationId`, `"ts":"`,
// `csc.log`, `ike V=`, `ike 0:`, `console timestamp`, `negotiation result`, `cpwd_admin`,
// `START_TIME`, `SF-IMS`, `sftunneld`, `show log threat`, `show log userid`, `reboot-info`,
// `log.0.txt`, `unifi-core`, `firewall-engine-debug`, `install_op`, `show install log`,
// `event-monitor`, `kdebug`, `fwk.elg`, `liveinstall`, `WebTrends`, `show logging process`,
// `show events`, `ubios`, `show logging onboard`, `RT_SCREEN`, `execute log filter`, `trace_id=`,
// `id=65308`, `show chassis`, `Login Time`). Appliances have had many passes: Junos's messages
// file, structured syslog, traceoptions, `show system commit`, `show chassis alarms` and SRX flow
// logs are earlier tables', its firewall-filter log buffer and `monitor traffic` are in none.
// Meraki's syslog roles (events, flows, urls, ids-alerts, airmarshal, security events) and its
// webhooks (fresh154) are earlier tables'; the Dashboard API's event, change, request and
// security-event lists are in none (fresh154's webhook names occurredAt only in its source).
// FortiOS's IKE debug with the console timestamp is fresh36's in the 6.x/7.0 form `ike 0:name:N:`;
// 7.6's `ike V=root:0:name:N:` with the VDOM is in none. Check Point's cpwd.elg is fresh87's; the
// `cpwd_admin list` table is in none. Left out for want of a page that settled the lines in the
// time given: NX-OS 10's `show cli history`, Arista EOS's `show reload cause full` and `show agent
// logs`, Aruba CX 10's `show boot-history`, Sophos SFOS 21's /log/csc.log, Huawei VRP's `display
// reboot-info`, IOS XE 17's `show install log`, FTD 7.6's `system support firewall-engine-debug`,
// UniFi OS's unifi-core log, and PAN-OS 11.2's `show log … csv-output equal yes`; FTD's
// /ngfw/var/log/messages with SF-IMS is fresh114's and fresh69's. The table holds nine families,
// fewer than the twenty asked, for the time the search allowed.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC); a time of day with no date (Junos's `show firewall log` and `monitor
// traffic`) is on the clock's day, since nothing in the output dates it; a zone abbreviation is
// converted (Junos's CET, +01:00); a zone-less date and time is UTC (FortiOS's console timestamp,
// cpwd_admin's start times, read day first as Check Point writes them); the API's times are RFC
// 3339 in UTC with microseconds. Levels: none of these outputs writes one. Junos's filter action
// (A, D, R), Meraki's Snort `priority`, an API `responseCode` and cpwd_admin's STAT column are not
// levels. Hosts: Meraki's network events name the device that logged the event in `deviceName`,
// which is the record's host; a client's name, MAC or IP is not, nor the `host` field of an API
// request (the HTTP host the call went to, api.meraki.com), nor a network's name or URL. Junos's
// and FortiOS's addresses are peers; cpwd_admin's COMMAND is a program. A record that spans lines
// is one entry: `show firewall log detail`'s two lines a packet. The title, column headers and
// Junos's `monitor traffic` banner are fed but not scored.
//
// The shapes come from the documentation and threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); the search gave the command pages and field lists
// (Junos's `show firewall log` fields, the Meraki endpoints and their parameters) but few sample
// lines, so the column spacing, the `monitor traffic` banner, the APIs' key order and cpwd_admin's
// row layout are also from memory of real output; hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit fdf1c79 before any rule for it: level 100.0 %, time 88.9 %, host 88.9 %, records 88.9 %.
// That is the macro figure (micro: level 100.0 %, time 88.2 %, host 88.2 %, records 91.2 %), 6 of 9
// families fully right. What fails: the second line of Junos's `show firewall log detail` is not
// joined to its first; Meraki's `deviceName` is not read as the host; cpwd_admin's bracketed time
// before a day-first date is not read. No expectation was changed after the first run.
//
// go test ./parse -run Fresh190 -v

var fresh190Cases = []worldCase{
	// Junos 24: the firewall-filter log buffer of the packet forwarding engine, and monitor traffic.
	{
		name:   "junos24-show-firewall-log-table",
		source: "Junos `show firewall log` (the `log` action of a firewall filter term writes a packet summary to a buffer in the Packet Forwarding Engine; the command prints it newest first under `Log :` and a header `Time Filter Action Interface Protocol Src Addr Dest Addr`, the time a time of day only, the action a letter A/D/R): juniper.net 'show firewall log' (Output Fields: Time of Log, Filter, Filter action, Name of interface, Name of protocol, Source address, Destination address), juniper.net 'Firewall Filter Logging Actions' (log versus syslog)",
		why:    "rows of a table whose only time is a time of day, newest first, on the clock's day; the title and header are no records; the action letter D is no level; the addresses are peers",
		entries: []worldEntry{
			wskip("Log :",
				"Time      Filter    Action Interface           Protocol        Src Addr                         Dest Addr"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16  pfe       D      ge-0/0/1.0          TCP             203.0.113.45                     10.20.0.3"),
			we("2026-11-29T07:41:14Z", Unknown, "", "07:41:14  protect-re D     ge-0/0/1.0          UDP             198.51.100.23                    10.20.0.3"),
			we("2026-11-29T07:40:58Z", Unknown, "", "07:40:58  pfe       A      ge-0/0/2.0          ICMP            10.20.5.7                        10.20.0.1"),
			we("2026-11-29T07:40:31Z", Unknown, "", "07:40:31  protect-re R     ge-0/0/1.0          TCP             192.0.2.77                       10.20.0.3"),
		},
	},
	{
		name:   "junos24-show-firewall-log-detail-two-lines",
		gap:    "the second line of each packet (`Name of protocol: TCP, Packet Length: 60, Source address: …`) is cut into a record of its own instead of joined to its `Time of Log:` line: all three records wrong; the CET time, the absent level and host are right",
		source: "Junos `show firewall log detail` (each logged packet two lines: `Time of Log: yyyy-MM-dd HH:mm:ss ZONE, Filter: name, Filter action: accept|discard|reject, Name of interface: ifl` and `Name of protocol: P, Packet Length: N, Source address: a:port, Destination address: a:port`, the zone the router's abbreviation): juniper.net 'show firewall log' (List of Sample Output: show firewall log detail; Output Fields 'Time of Log')",
		why:    "a two-line record whose second line starts with `Name of protocol:`; its time carries a CET abbreviation to convert; discard and reject are actions, not levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Time of Log: 2026-11-29 08:41:16 CET, Filter: protect-re, Filter action: discard, Name of interface: ge-0/0/1.0",
				"Name of protocol: TCP, Packet Length: 60, Source address: 203.0.113.45:51234, Destination address: 10.20.0.3:22"),
			we("2026-11-29T07:41:09Z", Unknown, "",
				"Time of Log: 2026-11-29 08:41:09 CET, Filter: pfe, Filter action: accept, Name of interface: ge-0/0/2.0",
				"Name of protocol: ICMP, Packet Length: 84, Source address: 10.20.5.7, Destination address: 10.20.0.1"),
			we("2026-11-29T07:40:52Z", Unknown, "",
				"Time of Log: 2026-11-29 08:40:52 CET, Filter: protect-re, Filter action: reject, Name of interface: ge-0/0/1.0",
				"Name of protocol: UDP, Packet Length: 76, Source address: 198.51.100.23:40112, Destination address: 10.20.0.3:161"),
		},
	},
	{
		name:   "junos24-monitor-traffic-interface",
		source: "Junos `monitor traffic interface ge-0/0/1 no-resolve` (tcpdump underneath: a banner `verbose output suppressed, use <detail> or <extensive> for full protocol decode`, `Address resolution is OFF.`, `Listening on ge-0/0/1, capture size 96 bytes` and a blank line, then one line a packet `HH:mm:ss.micro  In|Out IP a.port > b.port: …`): juniper.net 'monitor traffic' (its sample output), Juniper KB threads quoting the banner",
		why:    "a time of day with microseconds and then the direction word In or Out; the banner lines and the blank line are no records; the packets' addresses are peers",
		entries: []worldEntry{
			wskip("verbose output suppressed, use <detail> or <extensive> for full protocol decode",
				"Address resolution is OFF.",
				"Listening on ge-0/0/1, capture size 96 bytes",
				""),
			we("2026-11-29T07:41:16.204118Z", Unknown, "", "07:41:16.204118  In IP 203.0.113.45.51234 > 10.20.0.3.22: Flags [S], seq 3311022107, win 64240, options [mss 1460,sackOK,TS val 18822 ecr 0,nop,wscale 7], length 0"),
			we("2026-11-29T07:41:16.20463Z", Unknown, "", "07:41:16.204630 Out IP 10.20.0.3.22 > 203.0.113.45.51234: Flags [S.], seq 902211450, ack 3311022108, win 65160, options [mss 1460,sackOK,TS val 7711 ecr 18822,nop,wscale 7], length 0"),
			we("2026-11-29T07:41:17.002031Z", Unknown, "", "07:41:17.002031  In IP 198.51.100.23 > 10.20.0.1: ICMP echo request, id 4511, seq 1, length 64"),
			we("2026-11-29T07:41:17.002211Z", Unknown, "", "07:41:17.002211 Out IP 10.20.0.1 > 198.51.100.23: ICMP echo reply, id 4511, seq 1, length 64"),
		},
	},

	// Cisco Meraki: the Dashboard API's logs, one object a line (`jq -c '.events[]'` and `jq -c '.[]'`).
	{
		name:   "meraki-api-network-events-ndjson",
		gap:    "the `deviceName` field (`\"deviceName\":\"AP-Lobby-01\"`, `MS-IDF2`, `MX-HQ`) is not read as the host: empty on all four lines; the occurredAt time, the absent level and the records are right",
		source: "Cisco Meraki Dashboard API GET /networks/{networkId}/events (getNetworkEvents: `{\"message\":…,\"pageStartAt\":…,\"pageEndAt\":…,\"events\":[{\"occurredAt\",\"networkId\",\"type\",\"description\",\"clientId\",\"clientDescription\",\"clientMac\",\"category\",\"deviceSerial\",\"deviceName\",\"ssidNumber\",\"eventData\"}]}`), written out with `jq -c '.events[]'`: the Meraki Python SDK and the Pulumi and Ansible cisco.meraki networks_events_info docs (deviceSerial, deviceName, clientMac filters), panoramicdata Meraki.Api INetworksEvents",
		why:    "the time is occurredAt with microseconds; the device that logged the event is deviceName, the record's host; the client's description and MAC are not; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118203Z", Unknown, "AP-Lobby-01", `{"occurredAt":"2026-11-29T07:41:16.118203Z","networkId":"L_6428351912","type":"association","description":"802.11 association","clientId":"k3f9a21","clientDescription":"laptop-jdoe","clientMac":"3c:22:fb:10:4e:71","category":"80211","deviceSerial":"Q3AB-7KZ2-PL4C","deviceName":"AP-Lobby-01","ssidNumber":2,"ssidName":"Corp","eventData":{"radio":"1","vap":"2","channel":"36","rssi":"41","aid":"1881312277"}}`),
			we("2026-11-29T07:41:19.550417Z", Unknown, "AP-Lobby-01", `{"occurredAt":"2026-11-29T07:41:19.550417Z","networkId":"L_6428351912","type":"wpa_auth","description":"WPA authentication","clientId":"k3f9a21","clientDescription":"laptop-jdoe","clientMac":"3c:22:fb:10:4e:71","category":"wpa","deviceSerial":"Q3AB-7KZ2-PL4C","deviceName":"AP-Lobby-01","ssidNumber":2,"ssidName":"Corp","eventData":{"radio":"1","vap":"2","aid":"1881312277"}}`),
			we("2026-11-29T07:42:03.009815Z", Unknown, "MS-IDF2", `{"occurredAt":"2026-11-29T07:42:03.009815Z","networkId":"L_6428351912","type":"port_status","description":"Port status change","clientId":null,"clientDescription":null,"clientMac":"","category":"ports","deviceSerial":"Q2HP-3MNR-88TD","deviceName":"MS-IDF2","eventData":{"port":"12","old":"100fdx","new":"down"}}`),
			we("2026-11-29T07:44:40.771342Z", Unknown, "MX-HQ", `{"occurredAt":"2026-11-29T07:44:40.771342Z","networkId":"L_6428351912","type":"vpn_connectivity_change","description":"VPN connectivity changed","clientId":null,"clientDescription":null,"clientMac":"","category":"site_to_site_vpn","deviceSerial":"Q2PN-9WXA-71GC","deviceName":"MX-HQ","eventData":{"peer_contact":"203.0.113.9:51820","connectivity":"false","vpn_type":"site-to-site"}}`),
		},
	},
	{
		name:   "meraki-api-configuration-changes-ndjson",
		source: "Cisco Meraki Dashboard API GET /organizations/{organizationId}/configurationChanges (getOrganizationConfigurationChanges: an array of `{\"ts\",\"adminName\",\"adminEmail\",\"adminId\",\"networkName\",\"networkId\",\"networkUrl\",\"ssidName\",\"ssidNumber\",\"page\",\"label\",\"oldValue\",\"newValue\"}`), written out with `jq -c '.[]'`: the Meraki Dashboard API reference and the Python SDK's organizations module",
		why:    "the time is `ts` in the middle of nothing else time-like; the network's name and dashboard URL (with its shard host name) are no host; old and new values are JSON strings inside strings; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.77412Z", Unknown, "", `{"ts":"2026-11-29T07:41:16.774120Z","adminName":"Jane Roe","adminEmail":"jroe@example.org","adminId":"212406","networkName":"Branch-Lyon","networkId":"L_6428351912","networkUrl":"https://n312.meraki.com/Branch-Lyon-wi/n/Xy12Ab/manage/configure/ssids","ssidName":"Corp","ssidNumber":2,"page":"via API","label":"PUT /api/v1/networks/L_6428351912/wireless/ssids/2","oldValue":"{\"enabled\":false}","newValue":"{\"enabled\":true}"}`),
			we("2026-11-29T07:52:40.301877Z", Unknown, "", `{"ts":"2026-11-29T07:52:40.301877Z","adminName":"Sam Poe","adminEmail":"spoe@example.org","adminId":"318802","networkName":"HQ","networkId":"L_6428351900","networkUrl":"https://n312.meraki.com/HQ-appliance/n/Pq77Rs/manage/configure/firewall","ssidName":null,"ssidNumber":null,"page":"Firewall","label":"Layer 3 outbound rules","oldValue":"[{\"policy\":\"allow\",\"protocol\":\"any\"}]","newValue":"[{\"policy\":\"deny\",\"protocol\":\"tcp\",\"destPort\":\"23\"},{\"policy\":\"allow\",\"protocol\":\"any\"}]"}`),
			we("2026-11-28T21:03:11.006512Z", Unknown, "", `{"ts":"2026-11-28T21:03:11.006512Z","adminName":"Jane Roe","adminEmail":"jroe@example.org","adminId":"212406","networkName":null,"networkId":null,"networkUrl":null,"ssidName":null,"ssidNumber":null,"page":"Organization settings","label":"Login IP ranges","oldValue":"","newValue":"203.0.113.0/24"}`),
		},
	},
	{
		name:   "meraki-api-requests-ndjson",
		source: "Cisco Meraki Dashboard API GET /organizations/{organizationId}/apiRequests (getOrganizationApiRequests: an array of `{\"adminId\",\"method\",\"host\",\"path\",\"queryString\",\"userAgent\",\"ts\",\"responseCode\",\"sourceIp\",\"version\",\"operationId\"}`), written out with `jq -c '.[]'`: the Meraki Dashboard API reference and the Python SDK's organizations module",
		why:    "a `host` key that is the HTTP host the call went to (api.meraki.com), not the record's host; the time is `ts`; a 429 or 404 responseCode is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.302Z", Unknown, "", `{"adminId":"212406","method":"GET","host":"api.meraki.com","path":"/api/v1/organizations/812734/devices/statuses","queryString":"perPage=1000","userAgent":"python-meraki/1.53.0 inventory-sync","ts":"2026-11-29T07:41:16.302Z","responseCode":200,"sourceIp":"203.0.113.45","version":1,"operationId":"getOrganizationDevicesStatuses"}`),
			we("2026-11-29T07:41:16.488Z", Unknown, "", `{"adminId":"212406","method":"GET","host":"api.meraki.com","path":"/api/v1/networks/L_6428351912/events","queryString":"productType=wireless&perPage=1000","userAgent":"python-meraki/1.53.0 inventory-sync","ts":"2026-11-29T07:41:16.488Z","responseCode":429,"sourceIp":"203.0.113.45","version":1,"operationId":"getNetworkEvents"}`),
			we("2026-11-29T07:43:02.019Z", Unknown, "", `{"adminId":"318802","method":"PUT","host":"n312.meraki.com","path":"/api/v1/networks/L_6428351900/appliance/firewall/l3FirewallRules","queryString":"","userAgent":"Terraform/1.9.8 meraki/1.1.0","ts":"2026-11-29T07:43:02.019Z","responseCode":200,"sourceIp":"198.51.100.23","version":1,"operationId":"updateNetworkApplianceFirewallL3FirewallRules"}`),
			we("2026-11-29T07:44:10.871Z", Unknown, "", `{"adminId":"318802","method":"DELETE","host":"api.meraki.com","path":"/api/v1/devices/Q2HP-3MNR-88TD/switch/ports/12","queryString":"","userAgent":"Terraform/1.9.8 meraki/1.1.0","ts":"2026-11-29T07:44:10.871Z","responseCode":404,"sourceIp":"198.51.100.23","version":1,"operationId":null}`),
		},
	},
	{
		name:   "meraki-api-appliance-security-events-ndjson",
		source: "Cisco Meraki Dashboard API GET /networks/{networkId}/appliance/security/events (getNetworkApplianceSecurityEvents: IDS alerts `{\"ts\",\"eventType\":\"IDS Alert\",\"deviceMac\",\"clientMac\",\"srcIp\",\"destIp\",\"protocol\",\"priority\",\"classification\",\"blocked\",\"message\",\"signature\",\"sigSource\",\"ruleId\"}` and AMP `File Scanned` events with clientName, uri, fileHash, disposition and action), written out with `jq -c '.[]'`: the Meraki Dashboard API reference and the Python SDK's appliance module",
		why:    "the time is `ts`; Snort's `priority` is a string digit that is no syslog severity; the client's name, MAC and IP, the download URI's host and the device MAC are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.551208Z", Unknown, "", `{"ts":"2026-11-29T07:41:16.551208Z","eventType":"IDS Alert","deviceMac":"e0:55:3d:10:22:9a","clientMac":"3c:22:fb:10:4e:71","srcIp":"203.0.113.45:51234","destIp":"10.20.0.5:443","protocol":"tcp/ip","priority":"1","classification":"4","blocked":true,"message":"SERVER-WEBAPP Java expression injection attempt","signature":"1:58722:3","sigSource":"","ruleId":"meraki:intrusion/snort/GID/1/SID/58722"}`),
			we("2026-11-29T07:44:02.110934Z", Unknown, "", `{"ts":"2026-11-29T07:44:02.110934Z","eventType":"File Scanned","clientName":"laptop-jdoe","clientMac":"3c:22:fb:10:4e:71","clientIp":"10.20.5.7","srcIp":"203.0.113.80","destIp":"10.20.5.7","protocol":"http","uri":"http://downloads.example.net/tools/setup.exe","canonicalName":"W32.Generic:Gen.26h1","destinationPort":80,"fileHash":"4f1c2a7e9b3d4c1a0e8f6d5b4a3c2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d","fileType":"MS_EXE","fileSizeBytes":183104,"disposition":"Malicious","action":"Blocked"}`),
			we("2026-11-29T07:49:30.004417Z", Unknown, "", `{"ts":"2026-11-29T07:49:30.004417Z","eventType":"IDS Alert","deviceMac":"e0:55:3d:10:22:9a","clientMac":"","srcIp":"198.51.100.23:40112","destIp":"10.20.0.5:22","protocol":"tcp/ip","priority":"3","classification":"33","blocked":false,"message":"INDICATOR-SCAN SSH brute force login attempt","signature":"1:19559:7","sigSource":"","ruleId":"meraki:intrusion/snort/GID/1/SID/19559"}`),
		},
	},

	// FortiOS 7.6: the IKE daemon's debug with the console timestamp and the VDOM prefix.
	{
		name:   "fortios76-debug-ike-vdom-prefix-console-timestamp",
		source: "FortiOS 7.4/7.6 `diagnose debug console timestamp enable`, `diagnose vpn ike log filter name hq-vpn`, `diagnose debug application ike -1`, `diagnose debug enable` (each line `yyyy-MM-dd HH:mm:ss ike V=<vdom>:<vrf>:<tunnel>:<serial>: message`, the V= VDOM prefix replacing 7.0's `ike 0:`): Fortinet Community technical tips on IKEv2 negotiation debugs for 7.4 and later, docs.fortinet.com 'Troubleshooting IPsec VPN' (diagnose debug application ike)",
		why:    "a zone-less console timestamp before the daemon name and its colon-separated VDOM prefix; the peers' addresses and the tunnel are no host; `negotiation timeout` is a message, not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 ike V=root:0:hq-vpn:1871: sent IKE msg (SA_INIT): 10.20.0.1:500->203.0.113.9:500, len=588, vrf=0, id=8b5d0a1c22f04e11/0000000000000000"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 ike V=root:0:hq-vpn:1871: initiator received SA_INIT response"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 ike V=root:0:hq-vpn:1871: sent IKE msg (AUTH): 10.20.0.1:4500->203.0.113.9:4500, len=336, vrf=0, id=8b5d0a1c22f04e11/6e11d20a9c4b7f03, msg_id=1"),
			we("2026-11-29T07:41:47Z", Unknown, "", "2026-11-29 07:41:47 ike V=root:0:hq-vpn:1871: negotiation timeout, deleting"),
			we("2026-11-29T07:41:47Z", Unknown, "", "2026-11-29 07:41:47 ike V=root:0:hq-vpn: connection expiring due to phase1 down"),
		},
	},

	// Check Point R82: the watchdog's process table.
	{
		name:   "checkpoint-r82-cpwd-admin-list",
		source: "Check Point R81.20/R82 `cpwd_admin list` (a header `APP PID STAT #START START_TIME MON COMMAND`, then one row a monitored daemon, its START_TIME `[HH:mm:ss] d/M/yyyy`, STAT E for executing or T for terminated): Check Point sk97638 and the R82 CLI Reference Guide 'cpwd_admin list'",
		why:    "a table whose rows carry a time in brackets before a day-first date; the header is no record; STAT is no level; the command column is a program, not a host",
		entries: []worldEntry{
			wskip("APP        PID    STAT  #START  START_TIME             MON  COMMAND"),
			we("2026-11-27T03:12:44Z", Unknown, "", "CPD        4312   E     1       [03:12:44] 27/11/2026  Y    cpd"),
			we("2026-11-27T03:12:51Z", Unknown, "", "FWD        4519   E     1       [03:12:51] 27/11/2026  N    fwd"),
			we("2026-11-29T07:41:16Z", Unknown, "", "CPM        5127   E     2       [07:41:16] 29/11/2026  Y    /opt/CPsuite-R82/fw1/scripts/cpm.sh -s"),
			we("2026-11-27T03:13:20Z", Unknown, "", "CPVIEWD    5530   E     1       [03:13:20] 27/11/2026  N    cpviewd"),
		},
	},
}

func TestFresh190Formats(t *testing.T) { assertTable(t, fresh190Cases) }

func TestFresh190Score(t *testing.T) {
	checkScore(t, "fresh190 formats", fresh190Cases, [worldNumFields]float64{99.9, 99.9, 88.8, 88.8})
}
