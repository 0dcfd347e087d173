package parse

import "testing"

// The three-hundred-and-seventy-seventh fresh table, written on 2026-12-05: network appliances'
// syslog at a collector, a further pass: appliances and firmware no earlier table holds, as rsyslog,
// syslog-ng or a log appliance stores or re-emits them. Each family is one product's documented or
// observed output in one shape: a Black Box A/B network bypass switch (no real-time clock, every
// message stamped `Jan 1 00:00:00`) as rsyslog stores it with its reception time and the raw message,
// and the same switch in rsyslog's traditional file format (the placeholder stamp kept); NethSecurity's
// /var/log/messages with the hotspot's chilli lines that carry no tag (` : msg`) or a doubled tag;
// CoovaChilli instances with their own log ident in syslog-ng's ISO file template; TIBCO LogLogic
// LMI's syslog alerts (fixed <133>, the year after the clock, the appliance's address as host, a
// `%LOGLOGIC-5-05XXYY:` id and quoted Name="Value" pairs); Kaspersky NGFW's system events (bracketed
// pid, level and subsystem after the syslog tag, a numeric code); Kemp 360 Central's exported syslog
// search results (every field in brackets: time, source IP, facility, severity, process id, app name,
// message); VMware NSX for vSphere Manager's system events (the `sysmgr/` tag, an epoch, Name::Value
// pairs separated by `;;`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`edgerouter`, `unifi`, `mikrotik`, `zyxel`, `draytek`, `sophos`, `watchguard`, `sonicwall`,
// `barracuda`, `stormshield`, `hillstone`, `h3c`, `huawei`, `ruckus`, `brocade`, `exos`, `aruba`,
// `alliedware`, `netgear`, `omada`, `cambium`, `kemp`, `loadmaster`, `a10`, `netscaler`, `big-ip`,
// `haproxy`, `radware`, `alteon`, `checkpoint`, `fortigate`, `junos`, `vyos`, `opnsense`,
// `pfsense`, `meraki`, `nx-os`, `arista`, `cumulus`, `forcepoint`, `stonesoft`, `untangle`,
// `ipfire`, `smoothwall`, `peplink`, `teltonika`, `cradlepoint`, `zscaler`, `riverbed`, `lancom`,
// `opengear`, `procurve`, `comware`, `ubiquiti`, `openwrt`, `linksys`, `trendnet`, `bintec`,
// `snapt`, `turris`, `gargoyle`, `loxilb`, `katran`, `seesaw`, `faucet`, `coova`, `chilli`,
// `dedalo`, `nethsecurity`, `nethesis`, `uamdomain`, `CoovaChilli`, `Bypass Switch`, `black box`,
// `zoom`, `SYSLOG[0]`, `[Host `, `bayrs`, `ENTITY_CODE`, `loglogic`, `LOGLOGIC-`, `kaspersky`,
// `NGFW`, `vpp[`, `ngfw/`, `kemp 360`, `360 central`, `nsx`, `sysmgr/`, `genian`, `scalance`,
// `xg2000`, `yamaha`). The Zoom 5354's `SYSLOG[0]: [Host …]` (fresh19), BayRS's `SLOT: SEVERITY:`
// (fresh19), SCALANCE W (fresh19) and PFU's XG2000 (fresh103) were found and left out. Kemp's
// LoadMaster is in earlier tables; Kemp 360 Central's bracketed export is in none. Kaspersky's
// scan engine and mail gateway are in fresh310; its NGFW is in none. NSX is in several tables (its
// edge firewall and DFW lines); the Manager's `sysmgr/` system events are in none. The table holds
// 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The bypass switch has no clock: where the collector writes its reception
// time that is the record's time, where it keeps the switch's `Jan 1 00:00:00` that placeholder is
// the only time the line carries (a yearless date, in 2026). syslog-ng's ISO stamp is converted from
// +01:00; LogLogic's `Nov 29 07:41:16 2026` has the year after the clock; NSX's epoch is the same
// second as its header. Levels only where the line marks one: a PRI kept in the raw message,
// LogLogic's fixed <133> (notice), Kaspersky's `[info]`, Kemp 360's severity column, NSX's
// Severity::INFORMATION|HIGH|CRITICAL; chilli's and the bypass switch's traditional lines carry
// none. The host is the record's host field: the collector's fromhost address or the header's
// hostname, LogLogic's HD_LOGAPP_IP, Kemp 360's Source IP column; a client address, a UAM user's IP
// or ForDeviceIPs are not hosts.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit beb3417 before any rule for it: level 87.5 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 90.3 %, time 100.0 %, host 87.1 %, records 100.0 %), in a
// worktree at beb3417 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are the Source IP bracket of Kemp 360 Central's export (no host)
// and the Severity:: pair of NSX Manager's sysmgr/ events (no level).

var fresh377Cases = []worldCase{
	{
		name:   "blackbox-bypass-switch-rsyslog-rawmsg",
		source: "Black Box A/B network bypass switches (SW1040A, SW1042A-MM, NBS008A): RFC 3164 messages `Jan 1 00:00:00 [IP address] Bypass Switch: msg` with a constant stamp because the unit has no real-time clock (Black Box manuals, chapter 'Syslog Messages'); stored by rsyslog with a template `%timegenerated:::date-rfc3339% %fromhost-ip% %rawmsg%` (the PRI kept in the raw message): the template from memory",
		why:    "the collector's RFC 3339 reception time first; inside the raw message a PRI and a fake `Jan 1 00:00:00` that is no time of the record; the sender's address twice",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "10.20.0.151", "2026-11-29T07:41:16.204+00:00 10.20.0.151 <14>Jan 1 00:00:00 10.20.0.151 Bypass Switch: Switch has been reset."),
			we("2026-11-29T07:44:52.918Z", Warn, "10.20.0.151", "2026-11-29T07:44:52.918+00:00 10.20.0.151 <12>Jan 1 00:00:00 10.20.0.151 Bypass Switch: SNMP authentication failure."),
			we("2026-11-29T08:02:07.031Z", Notice, "10.20.0.151", "2026-11-29T08:02:07.031+00:00 10.20.0.151 <13>Jan 1 00:00:00 10.20.0.151 Bypass Switch: Switched to B by front panel toggle."),
			we("2026-11-29T08:02:41.660Z", Notice, "10.20.0.151", "2026-11-29T08:02:41.660+00:00 10.20.0.151 <13>Jan 1 00:00:00 10.20.0.151 Bypass Switch: Auto recovery: switched back to A."),
		},
	},
	{
		name:   "blackbox-bypass-switch-traditional-file",
		source: "the same Black Box bypass switch messages (`Jan 1 00:00:00 [IP address] Bypass Switch: msg`, no real-time clock) in rsyslog's RSYSLOG_TraditionalFileFormat, which writes the message's own stamp: Black Box SW1042A-MM and NBS008A manuals ('Syslog Messages'); rsyslog's handling from memory",
		why:    "the only stamp is the switch's constant `Jan  1 00:00:00` (yearless, so 2026-01-01); the address after it is the host; `Bypass` reads as the tag; no level",
		entries: []worldEntry{
			we("2026-01-01T00:00:00Z", Unknown, "10.20.0.152", "Jan  1 00:00:00 10.20.0.152 Bypass Switch: Switch has been reset."),
			we("2026-01-01T00:00:00Z", Unknown, "10.20.0.152", "Jan  1 00:00:00 10.20.0.152 Bypass Switch: Power input 2 is OFF."),
			we("2026-01-01T00:00:00Z", Unknown, "10.20.0.152", "Jan  1 00:00:00 10.20.0.152 Bypass Switch: Rack switched to B by RACK command."),
		},
	},
	{
		name:   "nethsecurity-messages-chilli-untagged",
		source: "NethSecurity (Nethesis' OpenWrt-based firewall) /var/log/messages with the dedalo hotspot's coova-chilli lines: BSD `Mmm dd HH:mm:ss host tag[pid]: msg`, chilli_opt's lines with no ident (`host : msg`) and LOG_PERROR's doubled `chilli[pid]: chilli[pid]: msg`: NethServer/nethsecurity issue #1796 and PRs #1794, #1795",
		why:    "a tag-less line (` : msg`) after the host; a doubled tag; the DHCP and UAM listen addresses are no hosts; yearless, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:45Z", Unknown, "fw-lab.example.lan", "Nov 29 07:41:45 fw-lab.example.lan chilli[11472]: CoovaChilli shutting down"),
			we("2026-11-29T07:41:45Z", Unknown, "fw-lab.example.lan", "Nov 29 07:41:45 fw-lab.example.lan : _sigterm(342): SIGTERM: shutdown"),
			we("2026-11-29T07:41:46Z", Unknown, "fw-lab.example.lan", "Nov 29 07:41:46 fw-lab.example.lan chilli[30117]: chilli[30117]: (Re)processing options [/var/run/chilli.30117.cfg.bin]"),
			we("2026-11-29T07:41:46Z", Unknown, "fw-lab.example.lan", "Nov 29 07:41:46 fw-lab.example.lan : DHCP Listen: 10.77.0.1"),
			we("2026-11-29T07:41:46Z", Unknown, "fw-lab.example.lan", "Nov 29 07:41:46 fw-lab.example.lan : uamdomain portal.example.net"),
			we("2026-11-29T07:41:46Z", Unknown, "fw-lab.example.lan", "Nov 29 07:41:46 fw-lab.example.lan : PID 30141 saving options to /var/run/chilli.30117.cfg.bin"),
		},
	},
	{
		name:   "coova-chilli-logident-syslog-ng-iso",
		source: "CoovaChilli captive-portal gateways run as several instances, each logging under its own ident (the binary's name, `coova-chilli-eth1.1001[pid]: chilli.c: line: msg`): coova/coova-chilli issue #275 and PR #300; stored by a syslog-ng collector with `ts_format(iso)` and the default file template (`$ISODATE $HOST $MSGHDR$MSG`): from memory",
		why:    "an ISO stamp with +01:00; the ident holds dots and a VLAN number; `chilli.c: 5873:` is a source position, no time; username= and IP= name a client, no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "hotspot-gw2", "2026-11-29T08:41:16+01:00 hotspot-gw2 coova-chilli-eth1.1001[2418]: chilli.c: 5873: Successful UAM login from username=guest-17 IP=172.16.1.13"),
			we("2026-11-29T07:41:31Z", Unknown, "hotspot-gw2", "2026-11-29T08:41:31+01:00 hotspot-gw2 coova-chilli-eth1.1002[2422]: chilli.c: 5117: New DHCP request from MAC=02-1A-4C-77-09-E3"),
			we("2026-11-29T07:41:31Z", Unknown, "hotspot-gw2", "2026-11-29T08:41:31+01:00 hotspot-gw2 coova-chilli-eth1.1002[2422]: chilli.c: 5005: Client MAC=02-1A-4C-77-09-E3 assigned IP 172.16.3.58"),
			we("2026-11-29T07:43:02Z", Unknown, "hotspot-gw2", "2026-11-29T08:43:02+01:00 hotspot-gw2 coova-chilli-eth1.1001[2418]: chilli.c: 5511: DHCP Released MAC=02-1A-4C-51-8B-20 IP=172.16.2.201"),
		},
	},
	{
		name:   "loglogic-lmi-syslog-alert",
		source: "TIBCO LogLogic LMI 6.x syslog alerts: `SYSLOG_HEADER LogLogic_ID Common_Alert_Message_Attributes Alert_Specific_Message_Attributes`, the header `<133>` (always local0.notice), `MONTH DATE HH:MM:SS YEAR`, the LMI's IP; the id `%LOGLOGIC-5-05XXYY:`; Name=\"Value\" pairs AlertPriority, AlertType, AlertName, GeneratedBy, ForDevices, ForDeviceIPs, AlertableEventsCount: TIBCO docs 'Format of Syslog Messages', 'SYSLOG HEADER Components', 'LogLogic ID', 'Common Alert Message Attributes'",
		why:    "the year after the clock; the appliance's address after it is the host; <133> is notice whatever AlertPriority says; ForDeviceIPs and GeneratedBy are fields, the devices no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "10.8.1.20", `<133>Nov 29 07:41:16 2026 10.8.1.20 %LOGLOGIC-5-050300: AlertPriority="HIGH" AlertType="MESSAGE_VOLUME_ALERT" AlertName="edge firewalls silent" GeneratedBy="10.8.1.20" ForDevices="fw-edge-01,fw-edge-02" ForDeviceIPs="10.8.4.1,10.8.4.2" AlertableEventsCount="0"`),
			we("2026-11-29T07:45:00Z", Notice, "10.8.1.20", `<133>Nov 29 07:45:00 2026 10.8.1.20 %LOGLOGIC-5-050702: AlertPriority="MEDIUM" AlertType="SYSTEM_ALERT" AlertName="disk usage over 85%" GeneratedBy="10.8.1.20" ForDevices="LogLogic" ForDeviceIPs="10.8.1.20" AlertableEventsCount="1"`),
			we("2026-11-29T08:10:30Z", Notice, "10.8.1.21", `<133>Nov 29 08:10:30 2026 10.8.1.21 %LOGLOGIC-5-051002: AlertPriority="LOW" AlertType="VPN_STATISTICS_ALERT" AlertName="denied VPN connections" GeneratedBy="10.8.1.21" ForDevices="asa-vpn-02" ForDeviceIPs="10.8.6.2" AlertableEventsCount="14"`),
		},
	},
	{
		name:   "kaspersky-ngfw-system-events",
		source: "Kaspersky NGFW 1.0's system events (`Mmm dd HH:mm:ss host process[pid]: [pid] [level] [subsystem] code: text`, the fields after the tag in brackets, the last, the text, not): support.kaspersky.com NGFW 1.0 help, 'System event log format' (301256)",
		why:    "a bracketed pid, a bracketed level word and a bracketed subsystem path after the syslog tag; the numeric code before the text is no time; yearless",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "kngfw-01", "Nov 29 07:41:16 kngfw-01 vpp[2231]: [2231] [info] [ngfw/sessions] 1187: session table resized to 262144 entries"),
			we("2026-11-29T07:41:19Z", Warn, "kngfw-01", "Nov 29 07:41:19 kngfw-01 vpp[2231]: [2231] [warning] [ngfw/ha] 4410: peer 10.60.0.2 heartbeat missed (3 of 5)"),
			we("2026-11-29T07:41:22Z", Error, "kngfw-01", "Nov 29 07:41:22 kngfw-01 vpp[2231]: [2231] [error] [ngfw/ips] 5023: signature database update failed: checksum mismatch"),
			we("2026-11-29T07:41:30Z", Debug, "kngfw-01", "Nov 29 07:41:30 kngfw-01 vpp[2231]: [2231] [debug] [ngfw/routing] 331: route 0.0.0.0/0 via 203.0.113.1 reinstalled"),
		},
	},
	{
		name:   "kemp-360-central-syslog-export",
		gap:    "trawl reads the bracketed time and severity but no host: the second bracket, `[10.30.2.11]` (the Source IP column, the LoadMaster that sent the line), is not read as the host",
		source: "Kemp 360 Central's Log Search Results exported to a file (columns Time Generated (UTC), Source IP of the LoadMaster, Facility, Severity, Process ID, App Name, Message; every field of a line enclosed in brackets): Progress docs, Kemp 360 Central feature description 'Log Search Results'; the time's layout from memory",
		why:    "every field in brackets; the time in UTC without a zone; the severity a word in its own bracket; the Source IP is the LoadMaster that sent the line; the message's addresses are virtual and real servers, no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.30.2.11", "[2026-11-29 07:41:16] [10.30.2.11] [local0] [info] [3120] [l7d] [VS 10.30.9.80:443 opened connection from 198.51.100.23]"),
			we("2026-11-29T07:41:20Z", Warn, "10.30.2.11", "[2026-11-29 07:41:20] [10.30.2.11] [local0] [warning] [2210] [hc] [RS 10.30.5.21:8443 of VS 10.30.9.80:443 failed health check]"),
			we("2026-11-29T07:41:52Z", Error, "10.30.2.12", "[2026-11-29 07:41:52] [10.30.2.12] [daemon] [err] [1874] [ssomgr] [LDAP server 10.30.1.5 unreachable]"),
			we("2026-11-29T07:42:03Z", Notice, "10.30.2.12", "[2026-11-29 07:42:03] [10.30.2.12] [auth] [notice] [990] [sshd] [user bal logged in from 10.30.0.44]"),
		},
	},
	{
		name:   "nsx-v-manager-sysmgr-events",
		gap:    "trawl reads the header's time and host but no level: the `;;Severity::INFORMATION|HIGH|CRITICAL;;` pair (Name::Value with `;;` between pairs) is not read as the level",
		source: "VMware NSX for vSphere 6.x Manager's system events in syslog (`syslog header (timestamp + hostname + sysmgr/)`, the service's epoch, then Name :: Value pairs separated by `;;`: Event ID, Timestamp, Application Name, Application Submodule, Application Profile, Event Code, Severity INFORMATION|LOW|MEDIUM|HIGH|CRITICAL, Message): NSX 6 Administration Guide 'System Events' (pubs.vmware.com, docs.vmware.com); the header's exact spacing from memory",
		why:    "the tag is `sysmgr/`; the epoch after it and Timestamp:: are the same second; the level is the Severity pair deep in the line (INFORMATION Info, HIGH Error, CRITICAL Critical); Event Code and Event ID are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "nsxmgr-01", "Nov 29 07:41:16 nsxmgr-01 sysmgr/ 1795938076 Event ID::4812;;Timestamp::1795938076;;Application Name::edge-7;;Application Submodule::firewall;;Application Profile::default;;Event Code::10007;;Severity::INFORMATION;;Message::Firewall configuration published"),
			we("2026-11-29T07:43:40Z", Error, "nsxmgr-01", "Nov 29 07:43:40 nsxmgr-01 sysmgr/ 1795938220 Event ID::4813;;Timestamp::1795938220;;Application Name::edge-7;;Application Submodule::loadbalancer;;Application Profile::web-pool;;Event Code::10016;;Severity::HIGH;;Message::Pool member 10.90.3.14 is down"),
			we("2026-11-29T07:44:05Z", Critical, "nsxmgr-01", "Nov 29 07:44:05 nsxmgr-01 sysmgr/ 1795938245 Event ID::4814;;Timestamp::1795938245;;Application Name::edge-7;;Application Submodule::system;;Application Profile::default;;Event Code::20019;;Severity::CRITICAL;;Message::Edge appliance heartbeat lost"),
		},
	},
}

func TestFresh377Formats(t *testing.T) { assertTable(t, fresh377Cases) }
func TestFresh377Score(t *testing.T) {
	checkScore(t, "fresh377 formats", fresh377Cases, [worldNumFields]float64{87.4, 99.9, 87.4, 99.9})
}
