package parse

import "testing"

// The five-hundred-and-sixty-first fresh table: network appliances at a collector, a tenth pass
// (firewalls, load balancers, switches, routers, VPN and Wi-Fi gear as their syslog reaches rsyslog,
// syslog-ng or a SIEM's file: headers, PRI, message ids, severity digits and the device's own name),
// shapes no earlier table holds. After nine passes the vendors are measured nearly to the last, so
// this pass takes the shapes a SIEM's parser documents as its samples and the outputs around them:
// ADTRAN Bluesocket's Wi-Fi controller syslog (`<PRI>user_tracking: event=…&loglevel=notice&…&`),
// and the same fields under rsyslog's BSD header; Forcepoint (Stonesoft) NGFW's quoted
// `Timestamp="…",LogId="…",NodeId="…"` export, and its Management Client's quoted CSV export; the
// Forefront TMG Firewall log as a SIEM holds it (the server's name first, blank-separated), and its
// own W3C file (`#Fields:` header, tabs); an HP (3Com) Comware switch behind a Kiwi-style collector
// (`[sender-ip] <PRI>Mmm d HH:mm:ss yyyy sysname %%10MOD/5/MNEMONIC(l):- 1 - …`); Cisco IOS ACL
// logging with neither PRI nor host (`%SEC-6-IPACCESSLOGNP: list 99 denied 0 a -> b, 1 packet`).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`stunnel`, `LOG5[`, `LOG3[`, `accel-ppp`, `accel`, `ppp0: connect`,
// `conntrackd`, `(pid=`, `squidguard`, `Request(`, `e2guardian`, `dansguardian`, `*DENIED*`,
// `lldpd`, `packetfence`, `httpd.aaa`, `netbird`, `nebula`, `tinyproxy`, `Connect (file
// descriptor`, `privoxy`, `sockd`, `dante`, `pass(1)`, `3proxy`, `sslh`, `igmpproxy`, `miniupnpd`,
// `zeroshell`, `phoenix contact`, `mguard`, `eltex`, `junose`, `ERX`, `zhone`, `serveriron`,
// `foundry`, `avocent`, `cyclades`, `avi networks`, `oxidized`, `rancid`, `nso`, `ncs[`, `xl2tpd`,
// `pptpd`, `pppoe-server`, `rp-pppoe`, `radvd`, `c-icap`, `havp`, `swos`, `mstpd`, `hsflowd`,
// `softflowd`, `nfacctd`, `pmacct`, `zentyal`, `ipcop`, `nomadix`, `nginx proxy manager`, `[Global`,
// `adguard`, `dnscrypt`, `frps`, `frpc`, `sing-box`, `singbox`, `inbound/tun`, `clash`, `mihomo`,
// `hysteria`, `gost`, `kcptun`, `openziti`, `ziti`, `forescout`, `counteract`, `airdefense`,
// `bradford`, `efficientip`, `solidserver`, `lumeta`, `enterasys dragon`, `wg-easy`, `defguard`,
// `firezone`, `pfblocker`, `zenarmor`, `sensei`, `technitium`, `blocky`, `yggdrasil`, `Pi-hole`,
// `pihole`, `FTL`, `tenda`, `mercusys`, `xiaomi`, `qhora`, `amplifi`, `uisp`, `motorola`, `websense`,
// `vormetric`, `zoraxy`, `naiveproxy`, `trojan`, `udp2raw`, `rathole`, `chisel`, `bluesocket`,
// `loglevel=notice&`, `&loglevel=`, `user_tracking`, `SyslogAlertForwarder`, `niara`,
// `introspect`, `hbgary`, `code green`, `SC-CHPROXY`, `TRAPMGR[`, `Timestamp="`, `LogId=`,
// `SituationId`, `ReceptionTime`, `forefront`, `isa server`, `TMG`, `Establish 0x0`, `topsec`,
// `nsfocus`, `venustech`, `dptech`, `qianxin`, `legendsec`, `fw log`, `fortress`, `zyxel`,
// `cisco vpn`, `sonicpoint`, `enterasys`, `extreme networks`, `bluecoat`, `ssl vpn`, `F5 firepass`,
// `juniper sa`, `silverpeak`, `cyberguard`, `secure computing`, `nokia ipso`, `ipso`, `crossbeam`,
// `netscreen`, `stonegate`, `SEC_LOGIN-SW1`, `indegy`, `Indegy Security`, `fidelis`, `direct2500`,
// `inbound/pass1`, `pass1[`, `scan[`, `barracuda spam`, `CEF:0|`, `Z,192.`, `brightmail`,
// `conduit:`, `(INFO:`, `%%10VTY`, `(l):-`, `] <1`, `VTY_LOG`, `3com`, `IPACCESSLOGNP`). None of
// Bluesocket's `&loglevel=` fields, Forcepoint's `SituationId`/`ReceptionTime` export, the
// `Establish 0x0` TMG line, the `%%10VTY/5/VTY_LOG(l):-` switch line or `IPACCESSLOGNP` is in any
// table (`bluesocket` and `forefront` match only earlier grep lists, `TMG` other words, `3com` and
// `TimeStamp="`/`LogId=` other products' lines). Left out as measured already: stunnel, accel-ppp,
// conntrackd, squidGuard, e2guardian, lldpd, PacketFence, NetBird, tinyproxy, Privoxy, Dante, 3proxy,
// sslh, AdGuard Home, dnscrypt-proxy, frp, sing-box, Clash, Pi-hole, ForeScout, Indegy, Fidelis XPS,
// the Barracuda Spam Firewall, Symantec Messaging Gateway, Niara, the Trellix IPS forwarder, NetScreen,
// CatOS. Left out as not confirmed by any search: Motorola AirDefense, Bradford Network Sentry,
// Nomadix, Ubiquiti AmpliFi. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Bluesocket's PRI line carries no time of its own (the login time inside msg
// is a session's); rsyslog's BSD date has no year (2026). Forcepoint's Timestamp (the engine's) and
// ReceptionTime (the Log Server's) are both the record's and either is accepted, zone-less (UTC);
// the CSV export's creation time is zone-less too. TMG's date and time are UTC in both shapes. The
// 3Com line's BSD date carries the year after the time; IOS's year-less date has milliseconds.
// Levels only where the line marks one: Bluesocket's `loglevel=` (and the PRI that agrees with it),
// the severity digit in `%%10MOD/5/…` (and the PRI), IOS's `%SEC-6-`; Forcepoint's Type
// (Diagnostic, Notification, Alert) is a log class, and TMG's status codes (0x80074e21) are result
// codes, no levels. The host is the record's host field: rsyslog's header name, Forcepoint's NodeId
// and the CSV's Sender column, TMG's computer column, the 3Com sysname (the collector's bracketed
// sender address is the same device's, but the sysname is its own name); Bluesocket's ipaddr= and
// AP names, TMG's and IOS's peers are no hosts. The W3C header and the CSV header row are fed but
// not scored.
//
// The shapes come from the documentation each case names, found with the search tool (corpora
// "docs", "issues", "code", "pages"): Trellix ESM's 'log format and field mapping' samples and
// Microsoft's Forefront TMG log field references; where a search did not confirm a layout the source
// says "from memory" (Bluesocket under rsyslog's header, Forcepoint's CSV export). Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 1be75fe before any rule for it: level 87.5 %, time 100.0 %, host 62.5 %, records 100.0 %.
// That is the macro figure (micro: level 86.2 %, time 100.0 %, host 65.5 %, records 100.0 %), in a
// worktree at 1be75fe with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are Bluesocket's `loglevel=` under an rsyslog header (no PRI to
// fall back on), Forcepoint's `NodeId="…"` and its CSV export's Sender column, and TMG's server name
// in the first column, none of which trawl reads as the level or the host.

var fresh561Cases = []worldCase{
	{
		name:   "adtran-bluesocket-pri-ampersand-fields",
		source: "ADTRAN Bluesocket vWLAN/BSC controller syslog (`<PRI>log_source: event=…&loglevel=…&obj=…&ipaddr=…&name=…&msg=…&`, no date and no host): Trellix ESM 'AdTran Bluesocket log format and field mapping' (its log sample, found with the docs search)",
		why:    "a PRI glued to the log source, then ampersand-joined fields with the level in loglevel=; no time of the record's own (the login time inside msg is a session's, not the record's); no host",
		entries: []worldEntry{
			we("", Notice, "", "<133>user_tracking: event=user_login_successful&loglevel=notice&obj=user&ipaddr=10.40.2.17&name=guest-7731&msg=user: guest-7731, role id: 4, role name: Visitor, vlan id: 120, vlan name: Guest, mac: 3C:22:FB:19:A0:4E, ip: 10.40.2.17, hostname: , login time: 2026-11-29 07:41:16&"),
			we("", Info, "", "<134>user_tracking: event=user_roaming&loglevel=info&obj=user&ipaddr=10.40.2.17&name=guest-7731&msg=user: guest-7731 moved from AP lobby-ap-02 to AP lobby-ap-05&"),
			we("", Warn, "", "<132>auth: event=user_login_failed&loglevel=warning&obj=user&ipaddr=10.40.2.58&name=mkovacs&msg=user: mkovacs, reason: invalid credentials, server: radius-2&"),
			we("", Notice, "", "<133>user_tracking: event=user_logout_successful&loglevel=notice&obj=user&ipaddr=10.40.2.17&name=guest-7731&msg=user: guest-7731, role id: 4, role name: Visitor, mac: 3C:22:FB:19:A0:4E, ip: 10.40.2.17, login time: 2026-11-29 07:41:16, session duration: 0 hour, 42 minutes, 8 seconds, tl. bytes in:18233410, tl. bytes out: 2210934&"),
		},
	},
	{
		name:   "adtran-bluesocket-rsyslog-stored",
		source: "ADTRAN Bluesocket controller syslog as rsyslog's default file template stores it (a BSD date and the controller's name before the same `log_source: event=…&loglevel=…&` fields, the PRI dropped): the field layout from Trellix ESM 'AdTran Bluesocket log format and field mapping'; the collector's header around it from memory",
		why:    "a year-less BSD date and the controller's name, then the level inside loglevel=; the client's ipaddr= and the AP names in msg are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "bsc-hq1", "Nov 29 07:41:16 bsc-hq1 user_tracking: event=user_login_successful&loglevel=notice&obj=user&ipaddr=10.41.6.90&name=tpereira&msg=user: tpereira, role id: 2, role name: Staff, vlan id: 30, vlan name: Corp, mac: 8C:85:90:4B:11:D2, ip: 10.41.6.90&"),
			we("2026-11-29T07:42:03Z", Warn, "bsc-hq1", "Nov 29 07:42:03 bsc-hq1 ap_mgmt: event=ap_down&loglevel=warning&obj=ap&ipaddr=10.41.0.44&name=floor3-ap-07&msg=AP floor3-ap-07 lost contact with controller&"),
			we("2026-11-29T07:42:31Z", Error, "bsc-hq1", "Nov 29 07:42:31 bsc-hq1 auth: event=radius_server_unreachable&loglevel=err&obj=server&ipaddr=10.41.1.5&name=radius-1&msg=no response from RADIUS server after 3 retries&"),
			we("2026-11-29T07:43:10Z", Info, "bsc-hq1", "Nov 29 07:43:10 bsc-hq1 ap_mgmt: event=ap_up&loglevel=info&obj=ap&ipaddr=10.41.0.44&name=floor3-ap-07&msg=AP floor3-ap-07 connected, firmware 4.3.2&"),
		},
	},
	{
		name:   "forcepoint-ngfw-quoted-key-export",
		source: "Forcepoint (Stonesoft) NGFW Log Server export as a SIEM stores it (`Timestamp=\"yyyy-MM-dd HH:mm:ss\",LogId=\"…\",NodeId=\"ip\",Facility=\"…\",Type=\"…\",…,ReceptionTime=\"…\",SenderType=\"Firewall\",SituationId=\"…\"`): Trellix ESM 'Forcepoint Next Generation Firewall log format and field mapping' (its log sample, found with the docs search)",
		why:    "comma-joined quoted Key=\"value\" pairs; Timestamp (the engine's) and ReceptionTime (the Log Server's) are both the record's, zone-less (UTC by the rules); NodeId is the engine node's own address; Type is a log class (Diagnostic, Notification, Alert), not a severity, so no level",
		gap:    "the engine node's address in `NodeId=\"…\"` among the quoted comma-joined pairs is not read as the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:17Z", Unknown, "10.60.0.2", `Timestamp="2026-11-29 07:41:16",LogId="2210443817",NodeId="10.60.0.2",Facility="Cluster protocol",Type="Diagnostic",Event="Cluster protocol event",CompId="148",InfoMsg="p0 load: 5 (passed: 88231 netload_factor: 2 all: 176402 p: 21",ReceptionTime="2026-11-29 07:41:17",SenderType="Firewall",SituationId="2011",Situation="System_Cluster-Protocol-Event",EventId="6402913387150001"`),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20Z", Unknown, "10.60.0.2", `Timestamp="2026-11-29 07:41:20",LogId="2210443902",NodeId="10.60.0.2",Facility="Packet filtering",Type="Notification",Event="Connection discarded",Action="Discard",Src="198.51.100.77",Dst="10.60.12.8",Protocol="6",SrcPort="51873",DstPort="3389",RuleId="2097180.1",ReceptionTime="2026-11-29 07:41:20",SenderType="Firewall",SituationId="70019",Situation="Connection_Discarded",EventId="6402913387150044"`),
			we("2026-11-29T07:41:58Z|2026-11-29T07:41:59Z", Unknown, "10.60.0.3", `Timestamp="2026-11-29 07:41:58",LogId="1833120477",NodeId="10.60.0.3",Facility="Management",Type="Alert",Event="Policy installed",InfoMsg="Policy Branch-FW-2026 installed by admin jnoor",ReceptionTime="2026-11-29 07:41:59",SenderType="Firewall",SituationId="78006",Situation="System_Policy-Installed",EventId="6402913387150101"`),
		},
	},
	{
		name:   "forefront-tmg-firewall-log-at-siem",
		source: "Microsoft Forefront TMG (ISA Server) Firewall service log as a SIEM's file holds it (computer date time IP-protocol source destination original-client source-network destination-network action status rule application … connection ids, one line, blank-separated): Trellix ESM 'McAfee Firewall Enterprise (Legacy) log format and field mapping' (its log sample, found with the docs search); the fields and their UTC time from Microsoft's 'Firewall log fields' (learn.microsoft.com, Forefront TMG)",
		why:    "the TMG server's name first, then a zone-less date and time (UTC); the client and destination addresses with ports are no hosts; status codes such as 0x80074e21 are no levels",
		gap:    "the TMG server's name in the first column, before the date, is not read as the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "TMG-EDGE01", "TMG-EDGE01 2026-11-29 07:41:16 TCP 10.20.4.31:51544 203.0.113.40:443 10.20.4.31 Internal External Establish 0x0 Allow-Web-Access HTTPS 0 0 0 0 - - - - 418822 1904417"),
			we("2026-11-29T07:41:19Z", Unknown, "TMG-EDGE01", "TMG-EDGE01 2026-11-29 07:41:19 TCP 10.20.4.31:51544 203.0.113.40:443 10.20.4.31 Internal External Terminate 0x80074e21 Allow-Web-Access HTTPS 4412 4412 91230 91230 3127 3127 - - 418822 1904417"),
			we("2026-11-29T07:41:22Z", Unknown, "TMG-EDGE01", "TMG-EDGE01 2026-11-29 07:41:22 UDP 10.20.7.9:61002 192.0.2.53:53 10.20.7.9 Internal External Denied 0xc004000d Default-rule DNS 0 0 0 0 - - - - 418830 1904431"),
			we("2026-11-29T07:41:30Z", Unknown, "TMG-EDGE01", "TMG-EDGE01 2026-11-29 07:41:30 TCP 198.51.100.23:40112 10.20.0.10:25 198.51.100.23 External Perimeter Establish 0x0 Publish-SMTP SMTP 0 0 0 0 - - - - 418835 1904440"),
		},
	},
	{
		name:   "forefront-tmg-w3c-firewall-file",
		source: "Microsoft Forefront TMG's own Firewall log file in W3C extended format (ISALOG_yyyyMMdd_FWS_000.w3c: `#Software`, `#Version`, `#Date`, `#Fields: computer date time IP protocol source destination …`, then tab-separated records): the field names and the UTC time from Microsoft's 'Firewall log fields' and 'Firewall Log Fields' (learn.microsoft.com, Forefront TMG); the header lines' exact wording from memory",
		why:    "a W3C header block fed but not scored; tab-separated fields with the server's name first and a zone-less date and time (UTC in the W3C format); no level",
		entries: []worldEntry{
			wskip("#Software: Microsoft Forefront Threat Management Gateway",
				"#Version: 1.0",
				"#Date: 2026-11-29 07:40:00",
				"#Fields: computer\tdate\ttime\tIP protocol\tsource\tdestination\toriginal client IP\tsource network\tdestination network\taction\tstatus\trule\tapplication protocol"),
			we("2026-11-29T07:41:16Z", Unknown, "TMG-BR02", "TMG-BR02\t2026-11-29\t07:41:16\tTCP\t10.30.2.14:50233\t93.184.216.34:80\t10.30.2.14\tInternal\tExternal\tEstablished\t0x0\tAllow-Web-Access\tHTTP"),
			we("2026-11-29T07:41:17Z", Unknown, "TMG-BR02", "TMG-BR02\t2026-11-29\t07:41:17\tUDP\t10.30.2.20:53112\t10.30.0.2:53\t10.30.2.20\tInternal\tLocal Host\tDenied\t0xc004000d\tDefault rule\tDNS"),
			we("2026-11-29T07:41:25Z", Unknown, "TMG-BR02", "TMG-BR02\t2026-11-29\t07:41:25\tTCP\t10.30.2.14:50233\t93.184.216.34:80\t10.30.2.14\tInternal\tExternal\tClosed\t0x80074e20\tAllow-Web-Access\tHTTP"),
		},
	},
	{
		name:   "hp-3com-switch-kiwi-sender-bracket",
		source: "HP (3Com) Comware switch syslog as a Kiwi-style collector's file stores it (`[sender-ip] <PRI>Mmm d HH:mm:ss yyyy sysname %%10MODULE/sev/MNEMONIC(l):- unit - msg`): Trellix ESM 'Hewlett-Packard 3Com Switches log format and field mapping' (its log sample, found with the docs search)",
		why:    "the collector's bracketed sender address before the PRI; a BSD date with the year after the time; the switch's sysname is the host; the digit between the slashes is the severity (5 notice, 4 warning, 6 info, 3 error)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "sw4500-core", "[10.8.0.21] <189>Nov 29 07:41:16 2026 sw4500-core %%10VTY/5/VTY_LOG(l):- 1 - TELNET user netops in group admins failed to login from 10.8.3.77(5c26-0a4b-19ee) on Vty0."),
			we("2026-11-29T07:41:40Z", Warn, "sw4500-core", "[10.8.0.21] <188>Nov 29 07:41:40 2026 sw4500-core %%10IFNET/4/UPDOWN(l):- 1 - Line protocol on the interface GigabitEthernet1/0/17 is DOWN"),
			we("2026-11-29T07:41:52Z", Info, "sw4500-acc3", "[10.8.0.33] <190>Nov 29 07:41:52 2026 sw4500-acc3 %%10SHELL/6/SHELL_CMD(l):- 1 - -IPAddr=10.8.3.77-User=netops; Command is display interface brief"),
			we("2026-11-29T07:42:05Z", Error, "sw4500-acc3", "[10.8.0.33] <187>Nov 29 07:42:05 2026 sw4500-acc3 %%10DEV/3/FAN_FAILED(l):- 1 - Fan 2 failed"),
		},
	},
	{
		name:   "cisco-ios-acl-log-siem-no-header",
		source: "Cisco IOS ACL logging as Trellix ESM's parser takes it (`Mmm dd HH:mm:ss.mmm: %SEC-6-IPACCESSLOGNP: list n denied proto src -> dst, n packet`, no PRI and no host): Trellix ESM 'Cisco IOS log format and field mapping' (its log sample, found with the docs search)",
		why:    "a year-less date with milliseconds and a colon, then the %FACILITY-SEVERITY-MNEMONIC tag whose digit is the level; the addresses around `->` are peers, not the host; no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", "Nov 29 07:41:16.118: %SEC-6-IPACCESSLOGNP: list 99 denied 0 10.9.3.4 -> 10.9.0.1, 1 packet"),
			we("2026-11-29T07:41:18.402Z", Info, "", "Nov 29 07:41:18.402: %SEC-6-IPACCESSLOGP: list 101 denied tcp 198.51.100.200(48812) -> 10.9.0.1(22), 1 packet"),
			we("2026-11-29T07:41:20.007Z", Info, "", "Nov 29 07:41:20.007: %SEC-6-IPACCESSLOGDP: list 120 permitted icmp 10.9.3.4 -> 10.9.0.1 (8/0), 1 packet"),
			we("2026-11-29T07:42:31.650Z", Notice, "", "Nov 29 07:42:31.650: %SYS-5-CONFIG_I: Configured from console by netops on vty0 (10.9.3.4)"),
		},
	},
	{
		name:   "forcepoint-ngfw-csv-export-file",
		source: "Forcepoint (Stonesoft) NGFW Management Client's CSV log export (a quoted header row of field names, then one quoted row per record with Creation Time, Sender, Facility, Type, Event, …): from memory; the field names as in Trellix ESM 'Forcepoint Next Generation Firewall log format and field mapping'",
		why:    "a quoted CSV header fed but not scored; the creation time zone-less (UTC by the rules); the Sender column is the engine node, the record's host; Type is a log class, no level",
		gap:    "the Sender column of the quoted CSV export (named by its header row) is not read as the host",
		entries: []worldEntry{
			wskip(`"Creation Time","Sender","Facility","Type","Event","Src Addrs","Dst Addrs","Service","Action","Information message"`),
			we("2026-11-29T07:41:16Z", Unknown, "fw-branch-node1", `"2026-11-29 07:41:16","fw-branch-node1","Packet Filtering","Notification","Connection allowed","10.70.4.12","10.70.0.25","HTTPS","Allow",""`),
			we("2026-11-29T07:41:22Z", Unknown, "fw-branch-node1", `"2026-11-29 07:41:22","fw-branch-node1","Packet Filtering","Notification","Connection discarded","203.0.113.91","10.70.0.25","RDP","Discard",""`),
			we("2026-11-29T07:42:40Z", Unknown, "fw-branch-node2", `"2026-11-29 07:42:40","fw-branch-node2","Cluster Daemon","Diagnostic","Node online","","","","","Node 2 changed state to online"`),
		},
	},
}

func TestFresh561Formats(t *testing.T) { assertTable(t, fresh561Cases) }
func TestFresh561Score(t *testing.T) {
	checkScore(t, "fresh561 formats", fresh561Cases, [worldNumFields]float64{99.9, 99.9, 62.4, 99.9})
}
