package parse

import "testing"

// The four-hundred-and-seventy-fourth fresh table: network appliances at a collector, a fifth
// further pass (firewalls, routers, switches, load balancers, wireless controllers, VPN
// concentrators as their syslog arrives at a collector's file), shapes no earlier table holds. Each
// family is one product's documented or observed output: LANCOM LCOS's firewall notifications
// (`PACKET_ALERT:` and `PACKET_INFO:` under a PRI and the router's name); an HPE (3Com) MSR router's
// Comware 5 logfile with NAT user logs (`%@seq%Mmm d HH:mm:ss:ms yyyy host USERLOG/7/NAT: …`); Nokia
// SR OS's NAT flow logging to syslog (`<PRI>Mmm dd HH:mm:ss ip NOK: seq NAT [MDA n/n]: …`); a Trapeze
// MSS wireless switch's log buffer (Juniper WLC, D-Link DWS-1008, Enterasys RoamAbout: `FACILITY
// Mmm dd HH:mm:ss.ms SEVERITY TAG: msg`); the Nortel VPN Router's (Contivity's) system log (`HH:mm:ss
// tEvtLgMgr 0 : MODULE [n] msg`); Network Safety's NetNAT colon records behind a collector's header
// (`pr:int:srcip:srcport:dstip:dstport:prot`, addresses in hex); RELIANOID Enterprise Edition v8's
// syslog (RFC 3339 microseconds and an offset, `kernel`, `pound`, `zproxy` and `Keepalived_vrrp`);
// Junos `show log messages` on an MX with millisecond times and an FPC's relayed lines (`host fpc2
// Ukern …`, no tag colon).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`sophos`, `device_name=`, `log_id=`, `watchguard`, `firebox`,
// `sonicwall`, `sn=`, `devname=`, `fortigate`, `palo alto`, `TRAFFIC,end`, `check point`,
// `checkpoint`, `RT_FLOW`, `filterlog`, `opnsense`, `barracuda`, `forcepoint`, `stonesoft`,
// `hillstone`, `huawei`, `%%01`, `h3c`, `comware`, `zyxel`, `cyberoam`, `untangle`, `endian`,
// `ipfire`, `smoothwall`, `kerio`, `stormshield`, `%FTD-`, `meraki`, `edgerouter`, `mikrotik`,
// `routeros`, `vyos`, `draytek`, `omada`, `aruba`, `ruckus`, `smartzone`, `spamApTask`, `exos`,
// `ICX`, `arista`, `junos`, `nokia`, `SR OS`, `VRP`, `OS10`, `cumulus`, `big-ip`, `netscaler`,
// `a10`, `kemp`, `loadmaster`, `pulse`, `ivanti`, `array networks`, `zscaler`, `cisco ise`,
// `clearpass`, `unifi`, `cambium`, `allied telesis`, `netgear`, `d-link`, `omniswitch`, `onyx`,
// `nx-os`, `IOS XR`, `voss`, `riverbed`, `silver peak`, `viptela`, `peplink`, `cradlepoint`,
// `teltonika`, `astaro`, `gigamon`, `infoblox`, `proxysg`, `imperva`, `fortiweb`, `radware`,
// `aerohive`, `openwrt`, `dd-wrt`, `procurve`, `netgate`, `sonic`, `edgecore`, `lancom`, `lcos`,
// `bintec`, `elmeg`, `sys="SecureNet"`, `securepoint`, `gateprotect`, `clavister`, `EFW:`,
// `RV340`, `cisco rv`, `airos`, `mimosa`, `engenius`, `grandstream`, `gwn`, `fortiswitch`,
// `fortiap`, `aos-cx`, `NetScreen`, `screenos`, `gaia`, `sangfor`, `venustech`, `topsec`,
// `nsfocus`, `dptech`, `ruijie`, `zte`, `maipu`, `raisecom`, `redback`, `ciena`, `adtran`,
// `calix`, `zhone`, `moxa`, `hirschmann`, `westermo`, `scalance`, `phoenix contact`, `perle`,
// `avaya`, `enterasys`, `brocade`, `fastiron`, `serveriron`, `powerconnect`, `force10`, `pica8`,
// `ocnos`, `quagga`, `frr`, `loadbalancer.org`, `fortiadc`, `piolink`, `array apv`, `xirrus`,
// `meru`, `mojo`, `strongswan`, `libreswan`, `pluto[`, `openswan`, `racoon`, `softether`,
// `[HUB "`, `ocserv`, `accel-ppp`, `xl2tpd`, `pptpd`, `pritunl`, `zerotier`, `firezone`,
// `headscale`, `firewalla`, `gl.inet`, `zeroshell`, `clearos`, `nethserver`, `ipcop`, `m0n0wall`,
// `vyatta`, `SEV=`, `RPT=`, `vpn 3000`, `- ive -`, `vp_time`, `avi-se`, `jetnexus`, `zevenet`,
// `skudonet`, `equalizer`, `coyote`, `secui`, `ahnlab`, `fritz`, `aleos`, `contivity`, `nortel`,
// `tEvtLgMgr`, `CSFW`, `Rule[OVERRIDE`, `Nortel VPN`, `tnsr`, `6wind`, `fatpipe`, `talari`,
// `isakmpd`, `iked`, `sg350`, `pfblockerng`, `mwan3`, `keepalived`, `ldirectord`, `gobgp`,
// `exabgp`, `hostapd`, `openwisp`, `netscout`, `corero`, `fortinac`, `fortiproxy`, `junos space`,
// `terminattr`, `F0532`, `UCSM`, `128T`, `CBW`, `nuclias`, `NXC`, `trapeze`, `RoamAbout`,
// `DWS-1008`, `Juniper WLC`, `RingMaster`, `show log buffer`, `bluesocket`, `mobility express`,
// `KMD_`, `NCP Secure`, `CSCOacs`, `CISE_`, `STK0`, ` %% `, `FASTPATH`, `PACKET_ALERT`,
// `PACKET_INFO`, `port filter`, `%@`, `USERLOG`, `USERLOG/`, `Operator 8`, `Data flow created`,
// `TMNX`, `NOK:`, `NAT [`, `NAT [MDA`, `FPC Slot`, `JSERVICES`, `alternate-format`, `relay-eventd`,
// `fpc2 `, `Ukern`, `netnat`, `safety.net`, `relianoid`, `noid-`, `zproxy`, `[WL,`,
// `secAccUserConnEventLog`, `applianceName=`, `swss#`, `SLX`, `sr_linux`, `logportalauth`,
// `client-orch-sm`, `hotspot,account`, `nov/29`, `/log print`, `sequenceId`, `DNSBL-python`).
// None of LANCOM's PACKET_ALERT syslog, the MSR logfile's `%@seq%` NAT user log, SR OS's NAT flow
// log, Trapeze MSS, the Nortel VPN Router, NetNAT or RELIANOID is in any table (LANCOM is in
// fresh128 only as its vpn-status trace; SR OS is in fresh54, fresh326 and others with its event
// log, not its NAT flow log; `USERLOG` hits are Kemp's userlog paths; `%@` hits are macOS format
// strings and Envoy's). Junos is in many tables; an FPC's relayed `fpc2 Ukern` line is in none.
// Left out as measured already: Sophos, SonicWall, FortiGate and the Fortinet family, PAN-OS,
// Check Point, Juniper SRX, ScreenOS and MX service cards, Cisco ASA, FTD, IOS, NX-OS, IOS XR,
// WLC and the VPN 3000, Aruba, Ruckus, Meraki, UniFi, MikroTik, OPNsense and pfSense, Zyxel,
// WatchGuard, Huawei and H3C's information center, the FASTPATH switches (Netgear, Planet, Dell
// N-series), SONiC, Versa, Pulse/Ivanti, SMA 100, Avi, edgeNEXUS, ZEVENET's farmguardian, SoftEther.
// Left out as not confirmed by any search: Cisco ACS's CSCOacs_ lines (besides, ISE's shape is in
// fresh tables), Cisco Business Wireless, D-Link Nuclias, NCP's Secure Enterprise Server, the
// Nortel VPN Gateway's alarm lines, Coyote Point's Equalizer. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The BSD stamps of LANCOM, SR OS, NetNAT's collector, Trapeze and Junos have
// no year (2026) and no zone (UTC; SR OS writes local time, here a router kept in UTC). The MSR
// logfile's `Nov 29 07:41:16:072 2026` has its milliseconds after a colon and the year last;
// the session times in brackets inside a NAT record are not the record's. The Nortel VPN Router's
// log has a time of day only: it is on the clock's day. RELIANOID's stamps carry +01:00 and are
// converted. Levels only where the line marks one: the PRI of LANCOM and SR OS, the digit in
// MSR's `USERLOG/7/NAT` and `SHELL/5/…`, Trapeze's severity word after the time; the Nortel
// router's bracketed number is an event class, not a severity, and NetNAT, RELIANOID and Junos's
// file lines carry none. The host is the record's host field: the router's name after LANCOM's
// stamp, MSR's sysname after the year, SR OS's own address after its stamp, the name the collector
// wrote before NetNAT's record, RELIANOID's and Junos's host after the stamp; `fpc2` is a
// component, the hex addresses, `[MDA 2/1]`, `{fileserver}` and the rules' peers are no hosts;
// Trapeze's buffer and the Nortel log have none. A record that spans lines is one entry: none of
// these products writes one in the lines chosen.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit ff42eb7 before any rule for it: level 96.9 %, time 100.0 %, host 96.9 %, records 100.0 %.
// That is the macro figure (micro: level 97.0 %, time 100.0 %, host 97.0 %, records 100.0 %), in a
// worktree at ff42eb7 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is the MSR logfile's digest with a blank in it (`IFNET/4/LINK
// UPDOWN:`), after which trawl reads neither the level digit nor the sysname.

var fresh474Cases = []worldCase{
	{
		name:   "lancom-lcos-packet-alert-syslog",
		source: "LANCOM LCOS firewall SYSLOG notifications (`PACKET_ALERT: Dst: ip:port {name}, Src: ip:port {name} (PROTO): reason`, and with the filter's SYSLOG flag a `PACKET_INFO: matched filter: … exceeded limit: … actions: …;` message after it): LCOS reference manual 7.60 'Firewall > SYSLOG notifications' (lancom-systems.de, found with the pages search); the PRI and the router's name in front as a collector keeps the raw datagram, from memory",
		why:    "a PRI and a BSD stamp, then the router's name and an upper-case tag; `{fileserver}` is a resolved station name, no host; the PRI's severity is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "lc-1793va", "<164>Nov 29 07:41:16 lc-1793va PACKET_ALERT: Dst: 192.168.40.10:445 {fileserver}, Src: 10.0.0.37:52114 {} (TCP): port filter"),
			we("2026-11-29T07:41:16Z", Info, "lc-1793va", "<166>Nov 29 07:41:16 lc-1793va PACKET_INFO: matched filter: DENY-SMB-GUEST exceeded limit: more than 0 packets transmitted or received on a connection actions: drop; block source address for 1 minutes; send syslog message;"),
			we("2026-11-29T07:42:03Z", Warn, "lc-1793va", "<164>Nov 29 07:42:03 lc-1793va PACKET_ALERT: Dst: 203.0.113.4:23 {}, Src: 198.51.100.77:40211 {} (TCP): port filter"),
			we("2026-11-29T07:44:51Z", Notice, "lc-1793va", "<165>Nov 29 07:44:51 lc-1793va PACKET_ALERT: Dst: 192.168.40.1:0 {lc-1793va}, Src: 198.51.100.12:0 {} (ICMP): denial of service: ping of death"),
		},
	},
	{
		name:   "hpe-msr-logfile-nat-userlog",
		gap:    "when the digest after the level digit holds a blank (`IFNET/4/LINK UPDOWN:`, as Comware 5 writes it), trawl reads neither the level digit nor the sysname before it: that record comes out with no level and no host",
		source: "an HPE (H3C/3Com) MSR router on Comware 5 with NAT user logging to the information center, `more logfile/logfile.log` (`%@seq%Mmm d HH:mm:ss:ms yyyy sysname MODULE/level/DIGEST: proto; inside:port--->outside:port; dst:port; [start-end]; Operator n: reason`): HP MSR Router Series Layer 3 - IP Services Configuration Guide (V5) 'NAT logs' and the 3Com MSR 50 configuration manual (found with the pages search); one record per line, as the manual's wrapped example is read, from memory",
		why:    "`%@1204%` is a sequence before the month; the milliseconds follow a colon and the year comes after the time; the digit in `USERLOG/7/NAT` is the level (debug); the session's bracketed start and end times are not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.072Z", Debug, "msr3620-edge", "%@1204%Nov 29 07:41:16:072 2026 msr3620-edge USERLOG/7/NAT: TCP; 192.168.10.24:51544--->203.0.113.5:12288; 198.51.100.80:443; [2026/11/29 07:41:15-0000/00/00 00:00:00]; Operator 8: Data flow created"),
			we("2026-11-29T07:41:22.310Z", Debug, "msr3620-edge", "%@1205%Nov 29 07:41:22:310 2026 msr3620-edge USERLOG/7/NAT: UDP; 192.168.10.31:5353--->203.0.113.5:12301; 192.0.2.53:53; [2026/11/29 07:41:21-2026/11/29 07:41:22]; Operator 1: Normal over"),
			we("2026-11-29T07:42:05.904Z", Notice, "msr3620-edge", "%@1206%Nov 29 07:42:05:904 2026 msr3620-edge SHELL/5/LOGIN: netops logged in from 10.1.1.5"),
			we("2026-11-29T07:43:40.118Z", Warn, "msr3620-edge", "%@1207%Nov 29 07:43:40:118 2026 msr3620-edge IFNET/4/LINK UPDOWN: GigabitEthernet0/1 link status is DOWN"),
		},
	},
	{
		name:   "nokia-sros-nat-flow-log-syslog",
		source: "Nokia SR OS (7750 SR) NAT flow logging on an ISA to a syslog destination, RFC 3164 (`<PRI>MMM DD HH:MM:SS system-ip log-prefix: seq NAT [MDA n/n]: msg`, the default prefix replaced by `NOK`): Nokia 7750 SR Multiservice ISA and ESA Guide 'Syslog flow log' (infocenter.nokia.com, found with the pages search); the message text from memory",
		why:    "the host field is the router's own address; `NOK:` is the configured log prefix, `10412` the sequence and `[MDA 2/1]` the ISA, none of them a host or a time; the PRI's severity is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "192.0.2.10", "<150>Nov 29 07:41:16 192.0.2.10 NOK: 10412 NAT [MDA 2/1]: SADD TCP 100.64.18.23:51544 -> 203.0.113.40:4410 to 198.51.100.80:443 router Base nat-policy cgn-pol1"),
			we("2026-11-29T07:41:17Z", Info, "192.0.2.10", "<150>Nov 29 07:41:17 192.0.2.10 NOK: 10413 NAT [MDA 2/1]: SADD UDP 100.64.18.57:40001 -> 203.0.113.40:4622 to 192.0.2.53:53 router Base nat-policy cgn-pol1"),
			we("2026-11-29T07:41:48Z", Info, "192.0.2.10", "<150>Nov 29 07:41:48 192.0.2.10 NOK: 10414 NAT [MDA 2/1]: SDEL UDP 100.64.18.57:40001 -> 203.0.113.40:4622 to 192.0.2.53:53 router Base nat-policy cgn-pol1"),
			we("2026-11-29T07:43:02Z", Info, "192.0.2.10", "<150>Nov 29 07:43:02 192.0.2.10 NOK: 10415 NAT [MDA 2/2]: SADD ICMP 100.64.20.9:17 -> 203.0.113.41:1033 to 198.51.100.1:0 router Base nat-policy cgn-pol2"),
		},
	},
	{
		name:   "trapeze-mss-log-buffer",
		source: "a Trapeze MSS wireless LAN switch (sold as the Juniper WLC, D-Link DWS-1008 and Enterasys RoamAbout Switch) `show log buffer` (each message: facility, date, severity, tag, message): D-Link DWS-1008 User's Manual and Enterasys RoamAbout RBT-8100 specifications, 'Configuring and Managing the System Log > Log Message Components' (found with the pages search); the exact layout `FACILITY Mmm dd HH:mm:ss.ms SEVERITY TAG: msg` from memory",
		why:    "the facility word comes before the stamp; no year; the severity word after the time is the level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Notice, "", "AP Nov 29 07:41:16.412 NOTICE AP_STATE_UP: AP 7 (ap-lib-2f) is up, serial 0881200413, port 12"),
			we("2026-11-29T07:41:20.038Z", Info, "", "SM Nov 29 07:41:20.038 INFO SM_CLIENT_ASSOC: Client 00:1c:b3:4a:22:91 associated with SSID campus-staff on AP 7 radio 2"),
			we("2026-11-29T07:41:31.905Z", Error, "", "AAA Nov 29 07:41:31.905 ERROR AAA_RADIUS_TIMEOUT: RADIUS server radius-a (10.8.0.20) did not respond for user ines.varga"),
			we("2026-11-29T07:42:10.002Z", Warn, "", "AP Nov 29 07:42:10.002 WARNING AP_RADAR_DETECT: Radar detected on AP 4 radio 1 channel 52, moving to channel 36"),
		},
	},
	{
		name:   "nortel-vpn-router-system-log",
		source: "the Nortel VPN Router (Contivity) system log (`HH:mm:ss task cpu : module [code] msg`, tasks tEvtLgMgr, tObjMgr, tHttpdTask; CSFW firewall rule matches): Nortel VPN Router Troubleshooting NN46110-602, 'Status and logging > System log' (found with the pages search); the Security module's session lines from memory",
		why:    "a time of day only (the clock's day); `tEvtLgMgr 0 :` is a task and a CPU number; `[12]` is an event class, not a severity, so no level; the addresses in the rule are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 tEvtLgMgr 0 : CSFW [12] Rule[OVERRIDE 4]Firewall: [192.0.2.77:50112-10.0.18.40:443, tcp], action: Drop"),
			we("2026-11-29T07:41:19Z", Unknown, "", "07:41:19 tEvtLgMgr 0 : Security [11] Session: IPSEC[ines.varga] attempting login"),
			we("2026-11-29T07:41:20Z", Unknown, "", "07:41:20 tEvtLgMgr 0 : Security [11] Session: IPSEC[ines.varga]:412 authenticated using LDAP"),
			we("2026-11-29T07:42:44Z", Unknown, "", "07:42:44 tObjMgr 1 : Config [03] Admin admin changed filter profile Branch-Filter"),
			we("2026-11-29T07:43:05Z", Unknown, "", "07:43:05 tEvtLgMgr 0 : CSFW [12] Rule[DEFAULT 7]Firewall: [198.51.100.9:40112-10.0.18.1:22, tcp], action: Drop"),
		},
	},
	{
		name:   "netnat-colon-records-collector",
		source: "Network Safety's NetNAT event and volume logs (`pr:int:srcip:srcport:dstip:dstport:prot`, colon-delimited, IP addresses as 32-bit hex, LOCAL2.INFO), 'your syslog daemon will add the date and time, and the name of the NAT': safety.net NetNAT manual, 'Syslog Event and Volume Logs' (found with the pages search); the collector's traditional file layout from memory",
		why:    "the collector's BSD stamp and the NAT's name, then a record of colon-separated fields whose hex addresses (CB00710A) and ports are no times; no level (the file has no PRI)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "netnat-gw", "Nov 29 07:41:16 netnat-gw pr:ether1:C6336407:51544:CB00710A:80:6"),
			we("2026-11-29T07:41:18Z", Unknown, "netnat-gw", "Nov 29 07:41:18 netnat-gw pr:ether1:C633644D:40211:CB00710A:25:6"),
			we("2026-11-29T07:42:30Z", Unknown, "netnat-gw", "Nov 29 07:42:30 netnat-gw pr:ether1:C0000235:1029:CB00710B:53:17"),
			we("2026-11-29T07:43:02Z", Unknown, "netnat-gw", "Nov 29 07:43:02 netnat-gw pr:ether1:C6336409:0:CB00710A:0:1"),
		},
	},
	{
		name:   "relianoid-ee-v8-syslog",
		source: "RELIANOID Load Balancer Enterprise Edition v8 system logs (`<RFC 3339 with microseconds and offset> <hostname> <subsystem>: <message>`: kernel netfilter white/black-list lines, pound/zproxy with `[WAF,…]`, keepalived): relianoid.com knowledge base 'System | Logs | Show' (found with the pages search)",
		why:    "an ISO stamp with microseconds and +01:00 (converted to UTC); the kernel's uptime in brackets is no time; `[WL,office_smtp,mail-relay]` and the backends are no hosts; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.257768Z", Unknown, "noid-ee-01", "2026-11-29T08:41:16.257768+01:00 noid-ee-01 kernel: [1279318.848199] [WL,branch_vpn,ops-jump] IN=eth1 OUT= MAC=aa:bb:cc:dd:31:07:aa:bb:cc:dd:52:9e:08:00 SRC=10.10.64.9 DST=10.10.64.30 LEN=60 TOS=0x00 PREC=0x00 TTL=63 ID=48211 DF PROTO=TCP SPT=51944 DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0"),
			we("2026-11-29T07:41:17.383463Z", Unknown, "noid-ee-01", "2026-11-29T08:41:17.383463+01:00 noid-ee-01 pound: shop-80, [WAF,service legacy-api, backend 10.10.80.14:8080,] ModSecurity: Access denied with code 403 (phase 2). Matched \"Operator `Within' with parameter `GET HEAD' against variable `REQUEST_METHOD'\""),
			we("2026-11-29T07:41:20.004117Z", Unknown, "noid-ee-01", "2026-11-29T08:41:20.004117+01:00 noid-ee-01 zproxy: [f:shop-443][svc:web][bk:10.10.80.12:8080] backend 10.10.80.12:8080 response timeout, marked down"),
			we("2026-11-29T07:41:25.511902Z", Unknown, "noid-ee-01", "2026-11-29T08:41:25.511902+01:00 noid-ee-01 Keepalived_vrrp[2211]: (VI_1) Entering MASTER STATE"),
		},
	},
	{
		name:   "junos-mx-fpc-relayed-millisecond",
		source: "Junos `show log messages` on an MX with millisecond times, an FPC's messages relayed to the routing engine with the component in the tag's place and no colon (`Mmm dd HH:mm:ss.SSS host fpc2 Ukern …`) beside the daemons' own lines (`chassisd[pid]: TAG: msg`): Juniper 'System Logging Overview' (the Junos OS Evolved section's `show log messages` example, found with the docs search)",
		why:    "milliseconds and no year; the host after the stamp; `fpc2` is the line card, no host; no level (no explicit-priority)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.959Z", Unknown, "mx480-core", "Nov 29 07:41:16.959 mx480-core chassisd[5290]: CHASSISD_IFDEV_DETACH_FPC: ifdev_detach_fpc(2)"),
			we("2026-11-29T07:41:57.900Z", Unknown, "mx480-core", "Nov 29 07:41:57.900 mx480-core fpc3 Ukern event counter Sock_rx init delayed"),
			we("2026-11-29T07:41:58.114Z", Unknown, "mx480-core", "Nov 29 07:41:58.114 mx480-core fpc2 [EA[0:0]]: Reset complete for MQSS 0"),
			we("2026-11-29T07:42:40.312Z", Unknown, "mx480-core", "Nov 29 07:42:40.312 mx480-core mgd[8812]: UI_COMMIT: User 'netops' requested 'commit' operation (comment: fpc2 maintenance)"),
		},
	},
}

func TestFresh474Formats(t *testing.T) { assertTable(t, fresh474Cases) }
func TestFresh474Score(t *testing.T) {
	checkScore(t, "fresh474 formats", fresh474Cases, [worldNumFields]float64{96.8, 99.9, 96.8, 99.9})
}
