package parse

import "testing"

// The five-hundred-and-sixty-ninth fresh table: network appliances at a collector, an eleventh pass
// (firewalls, load balancers, switches, routers, VPN and Wi-Fi gear as their syslog reaches rsyslog,
// syslog-ng or a SIEM's file: headers, PRI, message ids, severity digits and the device's own name),
// shapes no earlier table holds. Ten passes have measured the current vendors nearly to the last,
// so this pass takes the outputs the vendors' own manuals print as their examples, older gear that
// still sits in racks and still writes to a collector: the VxWorks Cisco Aironet access point's
// default syslog (`sysname yyyy/MM/dd HH:mm:ss (Severity): text`) and its EMBLEM form
// (`ip counter: yyyy MMM dd HH:mm:ss TZ ±hh:mm: %APBR-6-MNEMONIC: text`); the Cisco CSS content
// switch's sys.log (`MMM dd HH:mm:ss slot/subslot counter SUBSYSTEM-level: text`, the month in
// capitals); an Avaya (Nortel) ERS 8800/8600 System Messaging Platform log file with the module and
// task before the CPU slot (`VLAN Task=tTrapd No-interface CPU5 [MM/dd/yy HH:mm:ss] VLAN WARNING
// text`); the NETGEAR ProSafe VPN firewall's log (`[Sun, yyyy-MM-dd HH:mm:ss] - TCP Packet -
// Source:…`); the GE MultiNet4 serial server and switch's log file (`<6>Mmm dd HH:mm:ss yyyy ip
// text`, no tag); the ProCurve Secure Access 700wl's session log as a BSD syslogd's debug output
// prints it (`logmsg: pri 36, flags 0, from host, msg Mmm dd HH:mm:ss …`); and the Airgo access
// point's alarm table (a block of `name : value` lines per alarm, a dashed line after each).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`128 technology`, `juniper ssr`, `tmm[`, `forticlient ems`,
// `aviatrix`, `arubaos-cx`, `gargoyle`, `nozomi`, `splice/probe`, `keenetic`, `swlogd`, `timos`,
// `epmp`, `defensepro`, `cnpilot`, `cnmaestro`, `saos`, `unleashed`, `umbrella`, `big-ip`,
// `bigip`, `mcpd`, `01070`, `TMNX`, `srlinux`, `sonic`, `swss`, `orchagent`, `ports: port`,
// `procurve`, `aos-s`, `voss`, `GlobalRouter`, `fastiron`, `icx`, `clavister`, `kerio`, `ipfire`,
// `smoothwall`, `airos`, `mimosa`, `siklu`, `ulogd`, `astaro`, `128T`, `highway`, `cambium`,
// `openbgpd`, `bgpd`, `ovs-vswitchd`, `mikrotik`, `firewall,info`, `edgecore`, `zte`, `netgear`,
// `powerconnect`, `Event|`, `<Info:`, `raslogd`, `%%01`, `Core:@@`, `Ebra`, `RT_FLOW`,
// `%ETHPORT`, `mgmtd`, `onyx`, `SYSTEM_MSG [`, `%UCSM`, `nsx@6876`, `CLIENT_ORCH`, `RP/0/`,
// `mib2d`, `%STP-W`, `awplus`, `0-PPE-0`, `l7log`, `hostapd: ath`, `VCE`, `dlink`, `%LINK-W`,
// `TRAPMGR`, `ubios`, `udapi`, `stahtd`, `wevent`, `mcad`, `xirrus`, `bfdd`, `ospf6d`, `isisd`,
// `vrrpd`, `nhrpd`, `frr`, `watchfrr`, `gobgp`, `exabgp`, `rpki-client`, `tnsr`, `vpp[`,
// `plugin/load`, `vlib`, `f5os`, `msgid=0x`, `priority="`, `firewalla`, `fortinac`, `ntopng`,
// `danos`, `6wind`, `ocnos`, `pica8`, `uisp`, `olfeo`, `ubika`, `skyhigh`, `fortiproxy`,
// `fortimanager`, `aironet`, `APBR`, `EMBLEM`, `(Warning):`, `menlo`, `netscout`, `extrahop`,
// `lancom`, `bintec`, `funkwerk`, `securepoint`, `genua`, `fritz`, `auerswald`, `viprinet`,
// `kemp`, `sangfor`, `huawei usg`, `eudemon`, `secpath`, `dptech`, `nsfocus`, `hillstone`,
// `LOGONSUCCESS`, `POLICYPERMIT`, `audiocodes`, `[S=`, `mediant`, `GS_LOG`, `grandstream`,
// `board 0 line`, `prestige`, `R01m`, `ppp:LCP`, `Packet Trigger`, `RAS:`, `tufin`, `ruijie`,
// `SYS 5 CONFIG`, `PTP800`, `proxim`, `orinoco`, `vxworks`, `engenius`, `reyee`, `edimax`,
// `nuclias`, `trendnet`, `araknis`, `pakedge`, `luxul`, `inteno`, `iopsys`, `turris`, `omada`,
// `symbol`, `ws2000`, `trapeze`, `colubris`, `nortel`, `baystack`, `passport 8600`, `CPU5 [`,
// `Task=`, `tTrapd`, `No-interface`, `cyberoam`, `elfiq`, `xroads`, `equalizer`, `zxtm`,
// `cisco css`, `content services`, `VLANMGR`, `SYSSOFT`, `NETMAN-`, `SNAS`, `UNKN[0x`,
// `packetshaper`, `packeteer`, `Unit Edited`, `netenforcer`, `sandvine`, `sofaware`, `netopia`,
// `westell`, `netvanta`, `redback`, `ma5600`, `tsunami`, `%PIX-`, `SEV=`, `vpn3000`, `RStat`,
// `spectralink`, `BUFFER_EVENT`, `STK0`, `FVS`, `fvs328`, `fwg114`, `UDP Packet`,
// `Inbound Default rule`, `EFW:`, `netdefend`, `PACKET_ALERT`, `CisACS`, `CSCOacs`, `%BACC`,
// `multinet`, `is down.`, `idled out`, `700wl`, `logmsg`, `flags 0, from`, `airgo`,
// `alarm-table`, `log-level :`, `event-id :`, `source-ip :`, `zoneflex`, `scalance`, `sixnet`,
// `wesm`, `rfs4000`). None of the Aironet's `(Warning):` default line or its `%APBR-` EMBLEM line,
// the CSS's `SUBSYSTEM-n:` sys.log, the SMP file's `Task=t… No-interface` prefix, the ProSafe
// `Inbound Default rule` log, the MultiNet4 file, the 700wl's `logmsg: pri` line or the Airgo
// alarm table is in any table (`aironet` matches an IOS family's source, `EMBLEM` the ASA's and
// FTD's EMBLEM lines, `CPU5 [` the ERS 8600 `show log file` layout without the module and task,
// `Task=`, `is down.`, `logmsg` and `source-ip :` other products' lines). Left out as measured
// already: Ruckus SmartZone, ICX and ZoneDirector, Ruijie RGOS, Cambium PTP 800, SpectraLink
// handsets, the WTI console switch, AudioCodes, Grandstream, ZyXEL ZyNOS (CDR and filter lines),
// Clavister and NetDefend, LANCOM, Dell and NETGEAR FASTPATH switches, the ERS 8600 and VOSS
// `show log`, Cisco ACI, NSX-T, VPP, TNSR, F5OS, FRR, Cisco ISE (whose CSCOacs-style layout ACS 5
// shares). Left out as not confirmed by any search: Cambium cnPilot and cnMaestro, EnGenius,
// Turris OS, Coyote Point Equalizer, HP MSM (Colubris), Symbol AP-5131, Huawei MA5600, Netopia;
// Blue Coat PacketShaper's syslog (the KB shows its messages but not the header a collector
// stores); Cisco ACS 4's CisACS lines (the layout names both an address and a name as the host).
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The Aironet's default wall-clock stamp has no zone (UTC); its EMBLEM stamp
// carries the zone name and offset (`PST -08:00`, so 2026 NOV 28 23:41:16 is 07:41:16Z), and an
// EMBLEM line sent before the clock was set has no time at all. The CSS's capital-month date, the
// 700wl's BSD date and the MultiNet4's are year-less or carry the year after the time; the SMP
// file's `[11/29/26 …]` is month-first with a two-digit year; the ProSafe log's `[Sun, 2026-11-29
// …]` and the Airgo's `Sun Nov 29 07:41:16 2026` are zone-less (UTC). Levels only where the line
// marks one: the Aironet's `(Info)`, `(Warning)`, `(Alert)`, `(Fatal)` (fatal is Critical) and the
// digit in `%APBR-n-`; the digit after the CSS subsystem (`VLANMGR-7`); the SMP severity word after
// the category; the PRI of the MultiNet4 and the `pri 36` the syslogd prints for the 700wl;
// the Airgo's `log-level : 2` read as a syslog severity. The ProSafe log's `[Drop]` and
// `[Forward]` are actions, no levels. The host is the record's host field: the Aironet's sysname
// and the EMBLEM line's leading address (the device's own), the MultiNet4's address, the syslogd's
// `from` name, the Airgo's `source-ip` device id; the stations, rogue APs, packet addresses,
// clients and peers in the messages are no hosts, and the CSS, SMP and ProSafe lines carry none. A
// record that spans lines is one entry: each Airgo alarm block with its dashed line. The Airgo's
// CLI prompt line is fed but not scored.
//
// The shapes come from the documentation each case names, found with the search tool (corpus
// "pages": the vendors' manuals as manual sites keep them); no family rests on memory. Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit dc51325 before any rule for it: level 60.0 %, time 87.5 %, host 50.0 %, records 87.5 %.
// That is the macro figure (micro: level 61.8 %, time 91.2 %, host 52.9 %, records 91.2 %), in a
// worktree at dc51325 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right; the gaps are the Aironet's sysname before its wall-clock date and the
// EMBLEM line's leading address, neither read as the host (nor the `%APBR-6-` digit as the level on
// an EMBLEM line with no time), the level digit after the CSS subsystem (`VLANMGR-7:`), the
// syslogd's `logmsg: pri 36, flags 0, from host, msg` prefix (neither the PRI as the level nor the
// `from` name as the host), and the Airgo alarm blocks, cut at `log-level :` instead of
// `event-id :`, so that none of their time, level or host is read.

var fresh569Cases = []worldCase{
	{
		name:   "cisco-aironet-vxworks-default-wallclock",
		source: "Cisco Aironet 350/1200 access points on VxWorks firmware, the default syslog format (`sysname time (severity): description`, the wall-clock time `YYYY/MM/DD HH:MM:SS`, severities Info, Warning, Alert, Fatal) as a collector that keeps the message text stores it: Cisco Aironet 1200 Series Access Point Software Configuration Guide OL-2159-05 and the Aironet Software Configuration Guide for VxWorks, Appendix C 'Event Log Messages' (Message Formats, Table C-1)",
		why:    "the device's sysname first, then a slashed zone-less date and the severity word in parentheses before a colon; station and rogue-AP MAC addresses are no hosts",
		gap:    "the sysname before the slashed wall-clock date is not read as the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ap1200-lobby", "ap1200-lobby 2026/11/29 07:41:16 (Info): Ethernet Link Restored"),
			we("2026-11-29T07:42:03Z", Warn, "ap1200-lobby", "ap1200-lobby 2026/11/29 07:42:03 (Warning): Lost Authentication with Parent 0040.96b2.7c10"),
			we("2026-11-29T07:43:40Z", Alert, "ap1200-lobby", "ap1200-lobby 2026/11/29 07:43:40 (Alert): Possible rogue AP 0012.17c4.9a21 detected: Reason Not running 802.1X"),
			we("2026-11-29T07:45:12Z", Critical, "ap1200-lobby", "ap1200-lobby 2026/11/29 07:45:12 (Fatal): Rebooting System due to SNMP command"),
		},
	},
	{
		name:   "cisco-aironet-vxworks-emblem-zone-offset",
		source: "Cisco Aironet VxWorks access points with 'Should Syslog Messages use the Cisco EMBLEM Format' set (`ipaddress Counter: [yyyy mmm dd hh:mm:ss TimeZone +/-hh:mm]: %APBR-SEVERITY-MNEMONIC: text`, the timestamp only once the wall clock is set): Cisco Aironet 1200 Series Access Point Software Configuration Guide OL-2159-05 and the VxWorks guide, Appendix C 'Cisco Emblem Format' and Table C-1 (STA_ASSOC_OK, LOSS_ETHERNET_ACTION, LOSS_ETHERNET_RESTORED, DDP_ROGUEAP)",
		why:    "the device's own address and a counter, then a year-first date with the month in capitals, a zone name and its offset (PST -08:00); the level is the digit in %APBR-n-; a line sent before the clock was set has no time",
		gap:    "the device's own address before the counter (`10.20.7.31 85:`) is not read as the host, and on the line sent before the clock was set the digit in `%APBR-6-` is not read as the level",
		entries: []worldEntry{
			we("", Info, "10.20.7.31", "10.20.7.31 84: %APBR-6-STA_ASSOC_OK: [ap350-lab2] Station [jnoor]0007.50ab.11f0 Associated"),
			we("2026-11-29T07:41:16Z", Info, "10.20.7.31", "10.20.7.31 85: 2026 NOV 28 23:41:16 PST -08:00: %APBR-6-STA_ASSOC_OK: [ap350-lab2] Station [wkovacs]0007.50ab.cd2a Associated"),
			we("2026-11-29T07:42:05Z", Warn, "10.20.7.31", "10.20.7.31 86: 2026 NOV 28 23:42:05 PST -08:00: %APBR-4-LOSS_ETHERNET_ACTION: Ethernet Link Lost. Attempting to re-establish link to primary network"),
			we("2026-11-29T07:42:09Z", Info, "10.20.7.31", "10.20.7.31 87: 2026 NOV 28 23:42:09 PST -08:00: %APBR-6-LOSS_ETHERNET_RESTORED: Ethernet Link Restored"),
			we("2026-11-29T07:44:51Z", Alert, "10.20.7.31", "10.20.7.31 88: 2026 NOV 28 23:44:51 PST -08:00: %APBR-1-DDP_ROGUEAP: Possible rogue AP 0012.17c4.9a21 detected: Reason Authentication timed out"),
		},
	},
	{
		name:   "cisco-css-sys-log-capital-month",
		source: "Cisco CSS 11500 content services switch (load balancer) sys.log (`MMM dd HH:mm:ss slot/subslot counter SUBSYSTEM-level: message`, the month in capitals, and the undeliverable-message header `… 1/1 2712813 SYSSOFT-4` before `Communications- QUEUE FULL- …`): Cisco Content Services Switch Administration Guide OL-5647-02, chapter 4 'Interpreting sys.log Log Messages' and 'Interpreting Undeliverable Messages'",
		why:    "a year-less date with the month in capitals, then the slot/subslot and a message counter (no time), then the subsystem and its level digit (VLANMGR-7 is debug); no host",
		gap:    "the level digit after the subsystem (`VLANMGR-7:`, behind the slot/subslot and the counter) is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "NOV 29 07:41:16 1/1 3107 NETMAN-5: Enterprise:Service Transition:web-b2 -> down"),
			we("2026-11-29T07:41:49Z", Notice, "", "NOV 29 07:41:49 1/1 3108 NETMAN-5: Enterprise:Service Transition:web-b2 -> alive"),
			we("2026-11-29T07:42:03Z", Debug, "", "NOV 29 07:42:03 5/1 3109 VLANMGR-7: Receive STP BPDU on bPort 3, vlan 12, ingressLp 0x1f02 from 0011.22aa.bb01"),
			we("2026-11-29T07:43:27Z", Warn, "", "NOV 29 07:43:27 1/1 3110 SYSSOFT-4: Communications- QUEUE FULL- Ipv4arp: Internal Messages Dropped"),
			we("2026-11-29T07:44:10Z", Error, "", "NOV 29 07:44:10 1/1 3111 SECURITY-3: Login failed for user netops from 10.20.0.41 via ssh"),
		},
	},
	{
		name:   "avaya-ers8800-smp-log-file-module-task",
		source: "Avaya (Nortel) Ethernet Routing Switch 8800/8600 System Messaging Platform log file (`<Module ID><Task><NP info><CPU slot><Time stamp><Category><Severity>` then the text, e.g. `VLAN Task=tTrapd No-interface CPU5 [MM/dd/yy HH:mm:ss] VLAN WARNING Link Down`): Avaya ERS 8800/8600 Troubleshooting (July 2013), 'System Messaging Platform: Log message format'",
		why:    "the module and task and interface columns before the CPU slot, then a bracketed month-first date with a two-digit year; the severity word after the category is the level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "SW Task=tCpuTask No-interface CPU5 [11/29/26 07:41:16] SW INFO System boot"),
			we("2026-11-29T07:41:40Z", Warn, "", "VLAN Task=tTrapd No-interface CPU5 [11/29/26 07:41:40] VLAN WARNING Link Down(2/7)"),
			we("2026-11-29T07:42:12Z", Info, "", "IP Task=tOspf No-interface CPU5 [11/29/26 07:42:12] IP INFO OSPF neighbor 10.40.0.2 state changed to Full"),
			we("2026-11-29T07:43:05Z", Info, "", "SNMP Task=tSnmpd No-interface CPU6 [11/29/26 07:43:05] SNMP INFO Sending Cold-Start Trap"),
			we("2026-11-29T07:44:31Z", Error, "", "CPU Task=tMainTask No-interface CPU5 [11/29/26 07:44:31] CPU ERROR Standby CPU in slot 6 not responding"),
		},
	},
	{
		name:   "netgear-prosafe-vpn-firewall-log",
		source: "NETGEAR ProSafe VPN firewalls (FVS328, FVL328, FWG114P) firewall log as sent and shown (`[Day, yyyy-MM-dd HH:mm:ss] - PKT_TYPE - Source:ip,port ,INF - Destination:ip,port[SERVICE] ,INF [ACTION] - [DESCRIPTION]`): NETGEAR FVS328 and FWG114P Reference Manuals, Appendix 'Firewall Log Formats' (Outbound and Inbound Log)",
		why:    "a weekday and an ISO date in brackets (zone-less, UTC); [Drop] and [Forward] are firewall actions, no levels; the packet addresses are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[Sun, 2026-11-29 07:41:16] - TCP Packet - Source:198.51.100.23,51822 ,WAN - Destination:192.168.10.20,443[HTTPS] ,LAN [Drop] - [Inbound Default rule match]"),
			we("2026-11-29T07:41:20Z", Unknown, "", "[Sun, 2026-11-29 07:41:20] - UDP Packet - Source:203.0.113.9,5060 ,WAN - Destination:192.168.10.1,5060 ,LAN [Drop] - [Inbound Default rule match]"),
			we("2026-11-29T07:42:02Z", Unknown, "", "[Sun, 2026-11-29 07:42:02] - ICMP Packet [Echo Request] - Source:192.168.10.41,LAN - Destination:192.0.2.53,WAN [Forward] - [Outbound Default rule match]"),
			we("2026-11-29T07:42:37Z", Unknown, "", "[Sun, 2026-11-29 07:42:37] - TCP Packet - Source:192.168.10.41,49711 ,LAN - Destination:198.51.100.80,80[HTTP] ,WAN [Forward] - [Outbound Rule(2) match]"),
		},
	},
	{
		name:   "ge-multinet4-log-file-pri-year",
		source: "GE MultiNet4 multi-port serial server and managed switch, its Events > Logs > Files log (`<PRI>Mmm dd HH:mm:ss yyyy ip-address text`, no tag): GE MultiNet4 Instruction Manual, 4.3 'Events: Logs: Files' (its example lines `Ethernet port E2 is down.`, `User 'manager' logged in.`, `… idled out.`)",
		why:    "a PRI, a BSD date with the year after the time, then the device's own address and free text with no tag; the PRI gives the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.30.1.2", "<6>Nov 29 07:41:16 2026 10.30.1.2 Ethernet port E3 is down."),
			we("2026-11-29T07:41:21Z", Info, "10.30.1.2", "<6>Nov 29 07:41:21 2026 10.30.1.2 Ethernet port E3 is up."),
			we("2026-11-29T07:44:02Z", Info, "10.30.1.2", "<6>Nov 29 07:44:02 2026 10.30.1.2 User 'manager' logged in."),
			we("2026-11-29T08:14:02Z", Info, "10.30.1.2", "<6>Nov 29 08:14:02 2026 10.30.1.2 User 'manager' idled out."),
		},
	},
	{
		name:   "procurve-700wl-session-log-syslogd-debug",
		source: "HP ProCurve Secure Access 700wl session logging to a BSD syslogd run in debug mode (`logmsg: pri N, flags 0, from host, msg Mmm dd HH:mm:ss` added by the server, then the 700wl's session fields or `SESSION: …` text): ProCurve Secure Access 700wl Series Management and Configuration Guide (2005-12), 'Viewing the Session Logs' (The Session Log Entry Format)",
		why:    "the syslogd's `logmsg:` prefix with the PRI as a number and the sender's name after `from`, then a year-less date; the session's start counter, client MACs and addresses are no times and no hosts",
		gap:    "the syslogd's debug prefix `logmsg: pri 36, flags 0, from host, msg` is not read: neither the PRI number as the level nor the `from` name as the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "sa700-core", "logmsg: pri 36, flags 0, from sa700-core, msg Nov 29 07:41:16 SESSION: Successful login mac: 00:30:65:41:da:56, sat: 00:0f:20:7c:11:02, Name 10.40.0.3, slot/port 1/4, 10.40.2.17 wkovacs"),
			we("2026-11-29T07:43:02Z", Warn, "sa700-core", "logmsg: pri 36, flags 0, from sa700-core, msg Nov 29 07:43:02 91284410 112 00:30:65:41:da:56 tcp 10.40.2.17:51822 198.51.100.80:443 10.40.2.17:51822 198.51.100.80:443 18233 4410 wkovacs"),
			we("2026-11-29T07:44:40Z", Warn, "sa700-core", "logmsg: pri 36, flags 0, from sa700-core, msg Nov 29 07:44:40 SESSION: - logon denied for mac: 00:1c:b3:09:4e:21, sat: 00:0f:20:7c:11:02, Name 10.40.0.3, slot/port 1/6, guest17"),
			we("2026-11-29T07:46:09Z", Warn, "sa700-core", "logmsg: pri 36, flags 0, from sa700-core, msg Nov 29 07:46:09 91284577 64 00:30:65:41:da:56 udp 10.40.2.17:5353 224.0.0.251:5353 10.40.2.17:5353 224.0.0.251:5353 412 0 wkovacs"),
		},
	},
	{
		name:   "airgo-ap-alarm-table-blocks",
		source: "Airgo Networks access point CLI `system(show)> alarm-table` (one block per alarm: `event-id :`, `log-level :`, `log-time : Ddd Mmm d HH:mm:ss yyyy`, `module :`, `source-ip :` with the AP's device id, `description :`, then a dashed line): Airgo Access Point Installation and User Guide 3.2.1, Appendix D 'Alarms'",
		why:    "each alarm is a block of padded `name : value` lines closed by a dashed line: one record; log-time (ctime order, zone-less) is its time; log-level 2 read as a syslog severity; source-ip holds the AP's device id, its host",
		gap:    "the alarm blocks are cut at the `log-level :` line instead of at `event-id :` (the first event-id line stands alone, each later one ends the block before), so the block's log-time is not its record's time, and `log-level : 2` and `source-ip :` are not read as the level and the host",
		entries: []worldEntry{
			wskip("system(show)> alarm-table"),
			we("2026-11-29T07:41:16Z", Critical, "AP_00-0A-F5-1C-44-07",
				"event-id    : 211",
				"log-level   : 2",
				"log-time    : Sun Nov 29 07:41:16 2026",
				"module      : WSM",
				"source-ip   : AP_00-0A-F5-1C-44-07",
				"description : Device ID AP_00-0A-F5-1C-44-07 radio 2 is enabled, its operational state is 2 operating on 36",
				"--------------------------------------------------------------------------------"),
			we("2026-11-29T07:48:52Z", Critical, "AP_00-0A-F5-1C-44-07",
				"event-id    : 212",
				"log-level   : 2",
				"log-time    : Sun Nov 29 07:48:52 2026",
				"module      : WSM",
				"source-ip   : AP_00-0A-F5-1C-44-07",
				"description : Device Id AP_00-0A-F5-1C-44-07 radio 1 disabled",
				"--------------------------------------------------------------------------------"),
			we("2026-11-29T08:02:10Z", Critical, "AP_00-0A-F5-1C-51-3A",
				"event-id    : 213",
				"log-level   : 2",
				"log-time    : Sun Nov 29 08:02:10 2026",
				"module      : Discovery",
				"source-ip   : AP_00-0A-F5-1C-51-3A",
				"description : Discovered new node AP_00-0A-F5-1C-51-3A at 10.50.3.22",
				"--------------------------------------------------------------------------------"),
		},
	},
}

func TestFresh569Formats(t *testing.T) { assertTable(t, fresh569Cases) }
func TestFresh569Score(t *testing.T) {
	checkScore(t, "fresh569 formats", fresh569Cases, [worldNumFields]float64{59.9, 87.4, 49.9, 87.4})
}
