package parse

import "testing"

// The five-hundred-and-thirty-eighth fresh table: network appliances at a collector, an eighth pass
// (firewalls, load balancers, switches, routers, VPN and Wi-Fi gear as their syslog reaches rsyslog,
// syslog-ng or a SIEM's file: headers, PRI, message ids, severity digits and the device's own name),
// shapes no earlier table holds. After seven passes the common vendors are measured; this pass takes
// the shapes SIEM vendors document as their parsers' samples. Each family is one product's documented
// output: Cisco AireOS WLC syslog (`<PRI>wlc: *task: Mmm dd HH:mm:ss.mmm: #LWAPP-4-…: file.c:line`);
// Juniper NSM's comma-separated log export behind a BSD header; Corero (Top Layer) IPS lines as a
// Windows collector stores them (`MM-dd-yyyy HH:mm:ss ip auth.warn IPS5500: id=…`); the Avaya (Nortel)
// VPN Gateway's `SSL: Informational SSL VPN …`; Juniper Steel-Belted Radius' tab-separated
// `AgentDevice=JuniperSBR` records; NetFort LANGuardian's `event[n]: sen_id=…`; the Passport 8000's
// syslog (`<PRI>device [MM/dd/yy HH:mm:ss] CAT SEVERITY msg`); Cisco Nexus at QRadar (`host : yyyy Mmm
// dd HH:mm:ss.mmm CET: %AUTHPRIV-3-…`).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`fortigate`, `palo alto`, `junos`, `check point`, `sonicwall`,
// `watchguard`, `pfsense`, `opnsense`, `sophos`, `barracuda`, `zyxel`, `draytek`, `mikrotik`,
// `routeros`, `unifi`, `edgerouter`, `aruba`, `ruckus`, `meraki`, `cisco wlc`, `nx-os`, `ios-xr`,
// `arista`, `big-ip`, `netscaler`, `a10`, `kemp`, `loadmaster`, `brocade`, `exos`, `procurve`, `os10`,
// `huawei`, `comware`, `h3c`, `ruijie`, `omada`, `netgear`, `fortiswitch`, `fortiap`, `cambium`,
// `mist`, `firepower`, `stormshield`, `forcepoint`, `hillstone`, `sangfor`, `cyberoam`, `untangle`,
// `ipfire`, `smoothwall`, `vyos`, `endian`, `kerio`, `zscaler`, `umbrella`, `versa`, `silver peak`,
// `velocloud`, `viptela`, `riverbed`, `allied telesis`, `omniswitch`, `timos`, `mellanox`, `cumulus`,
// `pica8`, `openwrt`, `dd-wrt`, `peplink`, `cradlepoint`, `teltonika`, `moxa`, `hirschmann`,
// `westermo`, `scalance`, `array networks`, `pulse secure`, `ivanti`, `cisco ise`, `clearpass`,
// `freeradius`, `aerohive`, `fortiweb`, `fortimail`, `imperva`, `radware`, `avaya`, `lancom`,
// `bintec`, `tnsr`, `flows src=`, `type=association`, `U7PG2`, `U6-`, `,v6.`, `<501093>`,
// `CLIENT_ORCH_LOG`, `%LINK-W-`, `%LINK-I-`, `00076 ports`, `@@`, `junos@2636`, `%ETHPORT-5`,
// `Event|`, `devID=`, `SSLLOG`, `PPE-0`, `unit_hostname`, `Vigor`, `msg_id=`, `AP-STA`, `%DOT11`,
// `%CAPWAP`, `%LWAPP`, `%AUTHMGR`, `%COPY-I`, `%INIT-I`, `%2SWLNK`, `sg300`, `sf300`, `wanguard`,
// `ingate`, `siparator`, `luxul`, `araknis`, `netmotion`, `top layer`, `toplayer`, `tropos`,
// `enterasys xsr`, `extremeware`, `juniper dx`, `redback ase`, `niksun`, `nortel ethernet routing`,
// `switched firewall`, `nortel vpn gateway`, `hipath`, `wireless services module`, `cisco css`,
// `catos`, `cisco nac`, `clean access`, `juniper idp`, `juniper nsm`, `20010101`, `steel-belted`,
// `JuniperSBR`, `AgentDevice=JuniperSBR`, `AgentLogFile`, `corero`, `IPS5500`, `auth.warn`,
// `Local7.Info`, `kiwi`, `languardian`, `netfort`, `sen_id=`, `niara`, `SyslogAlertForwarder`,
// `passport`, `SNMP INFO`, `#LWAPP`, `*CDP Main`, `spam_api`, `SSL VPN`, `avaya vpn`, `Vpn="`,
// `SSL: Informational`, `AUTHPRIV-3`, `-SW1-`, `arbor-networks-aps`, `DBFW`, `Code Green`). None of
// the WLC's `*task: … #FAC-N-` lines, NSM's export, Corero, the VPN Gateway's `SSL: Informational`,
// SBR's AgentDevice records or LANGuardian is in any table (`corero` and `nortel vpn gateway` only in
// grep lists; `SSL VPN` only other products' words). The Passport 8000 is in fresh128 only as the ERS
// 8600's `show log file` (`CPUn [date] …`), not its syslog with the device name after the PRI; NX-OS
// is in many tables, its `host : yyyy Mmm dd … CET: %AUTHPRIV-3-` at QRadar in none. Left out as
// measured already: CatOS's `%SEC_LOGIN-SW1-` (fresh465), Arbor Pravail (fresh488), Oracle Database
// Firewall (fresh472), Niara, Code Green and the Trellix IPS forwarder (fresh534), Contivity
// (fresh474). Left out as not confirmed by any search: Cisco CSS, Cisco NAC, Juniper DX, Enterasys
// XSR, the HiPath controller (no sample line found), Top Layer under its own name. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Year-less BSD headers are in 2026 and read as UTC; the WLC's task stamp has no
// year either. NSM's time received and time generated, SBR's Date=/Time= and the Nexus' own CET stamp
// (an hour ahead) are versions of the record's time next to the header's, and either is accepted.
// Corero's collector date is month-first with a year; the Passport's is `MM/dd/yy`. Levels only where
// the line marks one: the PRI's severity digit, the WLC's and the Nexus' `-N-` digit, Corero's
// `auth.warn` word, the VPN Gateway's `Informational`, the Passport's INFO, WARNING, ERROR (they agree
// with the PRI); SBR's `<13>` is user.notice. The host is the record's host field: the WLC's name
// before the colon, the NSM's and Corero's sender address, the header host, the Passport's name after
// the PRI, LANGuardian's appliance name; NSM's device columns, cip=/sip=, SrcIp=/TunIP=,
// Nas-IP-Address, host= (a web site) and sshd's client are no hosts. Every record is one line.
//
// The shapes come from the documentation each case names (Trellix ESM's log-format pages and IBM
// QRadar's DSM sample event messages), found with the search tool (corpus "docs"); none rests on
// memory alone. Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does not
// read, and it stays in the score.
//
// Its first figure, scored at commit 9282ae9 before any rule for it: level 100.0 %, time 100.0 %, host 75.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 72.4 %, records 100.0 %), in a
// worktree at 9282ae9 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are two hosts trawl does not read: the sender's address a Windows
// collector writes between its time and Corero's `auth.warn`, and the Passport's name between the
// PRI and its bracketed date.

var fresh538Cases = []worldCase{
	{
		name:   "cisco-aireos-wlc-task-hash-mnemonic",
		source: "Cisco AireOS Wireless LAN Controller syslog (`<PRI>WLC-name: *task: Mmm dd HH:mm:ss.mmm: #FACILITY-N-MNEMONIC: file.c:line msg`): Trellix ESM 'Cisco Wireless LAN Controller log format and field mapping' (its log sample, found with the docs search)",
		why:    "the controller's name then a colon right after the PRI; a task name with an asterisk before a year-less time with milliseconds; `#LWAPP-4-` with a hash, the digit is the severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.289Z", Warn, "wlc-core01", "<180>wlc-core01: *CDP Main: Nov 29 07:41:16.289: #LWAPP-4-AP_DUPLEX_MISMATCH: spam_api.c:7755 Duplex mismatch discovered on GigabitEthernet0 (not full duplex), with sw-acc07 GigabitEthernet1/0/14 (full duplex) for AP ap-lobby-02"),
			we("2026-11-29T07:42:03.512Z", Error, "wlc-core01", "<179>wlc-core01: *apfReceiveTask: Nov 29 07:42:03.512: #APF-3-VALIDATE_DOT1X_CLIENT_FAILED: apf_foreignap.c:1512 Failed to validate 802.1X client 3c:22:fb:41:7a:09 on WLAN 3"),
			we("2026-11-29T07:43:21.004Z", Notice, "wlc-core01", "<181>wlc-core01: *spamApTask4: Nov 29 07:43:21.004: #LWAPP-5-AP_REGISTRATION: spam_lrad.c:9803 AP ap-floor3-11 associated, base radio MAC 70:db:98:1c:40:e0"),
			we("2026-11-29T07:44:10.877Z", Info, "wlc-core01", "<182>wlc-core01: *emWeb: Nov 29 07:44:10.877: #CLI-6-CMD_LOG: cli_cmd.c:1288 User nkowalski executed 'config ap name ap-floor3-11 floor-west'"),
		},
	},
	{
		name:   "juniper-nsm-csv-log-export-syslog",
		source: "Juniper Networks Network and Security Manager's syslog log export (a BSD header with the NSM server's address, then comma-separated day id, record id, time received, time generated, domain, version, device name, device IP, category, …, severity): Trellix ESM 'Juniper Networks Network and Security Manager log format and field mapping' (its log sample)",
		why:    "a compact yyyyMMdd day id and two slashed times inside the record after the header's year-less time; the header host is the NSM's address; srx device names and addresses in the columns are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:14Z", Info, "10.20.0.15", "<134>Nov 29 07:41:16 10.20.0.15 20261129, 482113, 2026/11/29 07:41:16, 2026/11/29 07:41:14, global, 0, srx-edge-01, 10.20.1.1, traffic, policy, (NULL), (NULL), 10.30.4.22, 51822, (NULL), (NULL), 203.0.113.40,443, 203.0.113.40, 443, TCP, global, 0, allow-web, firewall, 12, accept, informational, no, details, (NULL), HTTPS, (NULL), 0, 1840, 5521, 7361, 9, 11, 20, 0, no, 0, Not Set, sos"),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:18Z", Info, "10.20.0.15", "<134>Nov 29 07:41:19 10.20.0.15 20261129, 482114, 2026/11/29 07:41:19, 2026/11/29 07:41:18, global, 0, srx-edge-01, 10.20.1.1, config, cmd, (NULL), (NULL), 10.20.0.15, 0, (NULL), (NULL), 10.20.1.1,22, 10.20.1.1, 22, SSH, SYSTEM, 0, unknown, none, 0, 0, informational, no, details, jbarros, file, (NULL), 0, 0, 0, 0, 0, 0, 0, 0, no, 0, Not Set, service"),
			we("2026-11-29T07:42:05Z|2026-11-29T07:42:03Z", Warn, "10.20.0.15", "<132>Nov 29 07:42:05 10.20.0.15 20261129, 482119, 2026/11/29 07:42:05, 2026/11/29 07:42:03, global, 0, srx-dmz-02, 10.20.2.1, screen, syn-flood, untrust, ge-0/0/0.0, 198.51.100.77, 40211, (NULL), (NULL), 10.40.2.10,80, (NULL), (NULL), TCP, global, 0, (NULL), screen, 0, drop, warning, yes, details, (NULL), HTTP, (NULL), 0, 0, 0, 0, 0, 0, 0, 112, no, 0, Not Set, sos"),
		},
	},
	{
		name:   "corero-ips-kiwi-stored-facility-level",
		source: "Corero (Top Layer) IPS 5500 syslog as a Windows collector stores it (`MM-dd-yyyy HH:mm:ss device-ip facility.level IPS5500: id=… pt=… prot=… cip=… sip=… atck=… msg=\"…\"`): Trellix ESM 'Corero IPS log format and field mapping' (its log sample)",
		why:    "a dashed month-first date with a year, then the sender's address, then `auth.warn` whose level word is the severity; cip= and sip= are the attacker and the victim, no hosts",
		gap:    "the sender's address between the collector's time and the facility.level word is not read as the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "10.40.0.9", `11-29-2026 07:41:16 10.40.0.9 auth.warn IPS5500: id=604112 pt=DOS-SYN prot=TCP cip=198.51.100.61 cprt=50432 sip=10.40.2.10 sprt=80 atck=tl-104211 disp=discard ckt=2 src=extern msg="Message: SynFlood - Connection From Malicious Source IP Address"`),
			we("2026-11-29T07:41:40Z", Notice, "10.40.0.9", `11-29-2026 07:41:40 10.40.0.9 auth.notice IPS5500: id=604113 pt=SCAN-TCP prot=TCP cip=203.0.113.8 cprt=61100 sip=10.40.2.11 sprt=22 atck=tl-208801 disp=log ckt=2 src=extern msg="Message: TCP Port Scan Detected"`),
			we("2026-11-29T07:42:02Z", Critical, "10.40.0.9", `11-29-2026 07:42:02 10.40.0.9 auth.crit IPS5500: id=604117 pt=EXPLOIT prot=TCP cip=192.0.2.144 cprt=44871 sip=10.40.2.12 sprt=443 atck=tl-310077 disp=discard ckt=1 src=extern msg="Message: TLS Heartbeat Over-read Attempt Blocked"`),
			we("2026-11-29T07:42:30Z", Info, "10.40.0.9", `11-29-2026 07:42:30 10.40.0.9 auth.info IPS5500: id=604118 pt=POLICY prot=UDP cip=10.40.7.33 cprt=53112 sip=10.40.0.53 sprt=53 atck=tl-000120 disp=pass ckt=3 src=intern msg="Message: DNS Query Rate Threshold Cleared"`),
		},
	},
	{
		name:   "avaya-vpn-gateway-ssl-informational",
		source: "Avaya (Nortel) VPN Gateway syslog (`<PRI>Mmm dd HH:mm:ss host SSL: Informational SSL VPN Event key=\"value\" …`): IBM QRadar DSM guide 'Avaya VPN Gateway sample event messages'",
		why:    "the tag `SSL:` then a severity word before the event name; SrcIp= and TunIP= are the client and its tunnel address, no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "vpngw-01", `<134>Nov 29 07:41:16 vpngw-01 SSL: Informational SSL VPN LoginSucceeded Vpn="1" SrcIp="198.51.100.23" Method="ipsec" User="mtorres" Groups="staff " TunIP="10.147.0.41"`),
			we("2026-11-29T07:52:40Z", Info, "vpngw-01", `<134>Nov 29 07:52:40 vpngw-01 SSL: Informational SSL VPN LoginSucceeded Vpn="2" SrcIp="203.0.113.190" Method="portal" User="aokafor" Groups="contractors " TunIP="10.148.0.17"`),
			we("2026-11-29T08:03:05Z", Info, "vpngw-01", `<134>Nov 29 08:03:05 vpngw-01 SSL: Informational SSL VPN Logout Vpn="1" SrcIp="198.51.100.23" User="mtorres" Reason="logout"`),
			we("2026-11-29T08:10:58Z", Info, "vpngw-01", `<134>Nov 29 08:10:58 vpngw-01 SSL: Informational SSL VPN Logout Vpn="2" SrcIp="203.0.113.190" User="aokafor" Reason="idle timeout"`),
		},
	},
	{
		name:   "juniper-sbr-agentdevice-tabs",
		source: "Juniper Steel-Belted Radius (the AAA server behind VPN concentrators and Wi-Fi controllers) forwarding its accepts and rejects logs by syslog (`<PRI>Mmm dd HH:mm:ss host AgentDevice=JuniperSBR<TAB>AgentLogFile=accepts<TAB>Date=yyyy-MM-dd<TAB>Time=HH:mm:ss<TAB>…`): IBM QRadar DSM guide 'Juniper Steel Belted Radius sample event message'",
		why:    "tab-separated key=value pairs after the header; Date= and Time= are the event's own time (either is accepted); PRI <13> is user.notice; Nas-IP-Address and Calling-Station-Id are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:15Z", Notice, "sbr-aaa01", "<13>Nov 29 07:41:16 sbr-aaa01 AgentDevice=JuniperSBR\tAgentLogFile=accepts\tDate=2026-11-29\tTime=07:41:15\tRADIUS-Client=wlc-core01\tFull-Name=Nadia Kowalski\tUser-Name=nkowalski\tNas-IP-Address=10.20.5.4\tCalling-Station-Id=3c-22-fb-41-7a-09\tNAS-Port-Type=19"),
			we("2026-11-29T07:41:29Z|2026-11-29T07:41:28Z", Notice, "sbr-aaa01", "<13>Nov 29 07:41:29 sbr-aaa01 AgentDevice=JuniperSBR\tAgentLogFile=rejects\tDate=2026-11-29\tTime=07:41:28\tRADIUS-Client=vpngw-01\tUser-Name=jdoe-test\tNas-IP-Address=10.20.6.2\tCalling-Station-Id=203.0.113.77\tNAS-Port-Type=5\tReject-Reason=Invalid password"),
			we("2026-11-29T07:42:11Z|2026-11-29T07:42:10Z", Notice, "sbr-aaa01", "<13>Nov 29 07:42:11 sbr-aaa01 AgentDevice=JuniperSBR\tAgentLogFile=accepts\tDate=2026-11-29\tTime=07:42:10\tRADIUS-Client=vpngw-01\tFull-Name=Marco Torres\tUser-Name=mtorres\tNas-IP-Address=10.20.6.2\tCalling-Station-Id=198.51.100.23\tNAS-Port-Type=5"),
		},
	},
	{
		name:   "netfort-languardian-event-key-values",
		source: "NetFort LANGuardian traffic-monitoring appliance's syslog (`<PRI>Mmm dd HH:mm:ss LANGuardian event[id]: sen_id=… app_id=… src_ip=… dest_ip=… host=… uri=…`): Trellix ESM 'NetFort Technologies LANGuardian log format and field mapping' (its log format and sample)",
		why:    "the appliance's name in the header's host place and `event[n]:` as the tag; host= is the web site visited, src_ip= and dest_ip= are peers: none is the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "LANGuardian", "<134>Nov 29 07:41:16 LANGuardian event[2204]: sen_id=1 app_id=4 src_ip=10.30.4.22 dest_ip=10.30.0.80 host=intranet.corp.example uri=/hr/policies/leave.pdf"),
			we("2026-11-29T07:41:58Z", Info, "LANGuardian", "<134>Nov 29 07:41:58 LANGuardian event[2205]: sen_id=1 app_id=4 src_ip=10.30.4.57 dest_ip=10.30.0.80 host=intranet.corp.example uri=/it/vpn-setup"),
			we("2026-11-29T07:43:12Z", Warn, "LANGuardian", "<132>Nov 29 07:43:12 LANGuardian event[2209]: sen_id=2 app_id=7 src_ip=10.30.6.14 dest_ip=203.0.113.99 host=files.example.net uri=/dl/setup_tool.exe"),
		},
	},
	{
		name:   "nortel-passport-8000-syslog-bracket-date",
		source: "Nortel (Avaya) Passport 8000 / ERS 8600 switch syslog (`<PRI>device [MM/dd/yy HH:mm:ss] CATEGORY SEVERITY msg`): Trellix ESM 'Nortel Networks Passport 8000 Series Switches log format and field mapping' (its log sample)",
		why:    "the switch's name right after the PRI with no time before it; a two-digit-year month-first date in brackets; the severity word after the category word",
		gap:    "the switch's name between the PRI and the bracketed date is not read as the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "pp8600-core1", "<190>pp8600-core1 [11/29/26 07:41:16] SNMP INFO Spanning Tree Topology Change(StgId=1, PortNum=3/14, MacAddr=00:1b:4f:2a:90:11)"),
			we("2026-11-29T07:41:52Z", Info, "pp8600-core1", "<190>pp8600-core1 [11/29/26 07:41:52] SW INFO user rwa connected from 10.20.0.15 via SSH"),
			we("2026-11-29T07:42:30Z", Warn, "pp8600-core1", "<188>pp8600-core1 [11/29/26 07:42:30] HW WARNING Fan tray 2 speed below threshold"),
			we("2026-11-29T07:43:05Z", Error, "pp8600-core1", "<187>pp8600-core1 [11/29/26 07:43:05] SW ERROR Port 4/7 link down (DownReason=remote fault)"),
		},
	},
	{
		name:   "cisco-nexus-host-colon-year-first-zone",
		source: "Cisco Nexus (NX-OS) syslog as QRadar receives it (`<PRI>Mmm dd HH:mm:ss host : yyyy Mmm dd HH:mm:ss.mmm ZONE: %FAC-N-MNEMONIC: msg`): IBM QRadar DSM guide 'Cisco Nexus sample event message' (the PAM authentication sample)",
		why:    "a BSD header, then a lone ` : `, then the switch's own year-first time with a zone word (CET, an hour ahead); the digit in %AUTHPRIV-3- is the severity; the ssh client's address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.206Z", Error, "nx9k-spine1", "<187>Nov 29 07:41:16 nx9k-spine1 : 2026 Nov 29 08:41:16.206 CET: %AUTHPRIV-3-SYSTEM_MSG: pam_aaa:Authentication failed for user ops from 10.9.8.7 - sshd[24117]"),
			we("2026-11-29T07:41:40Z|2026-11-29T07:41:40.551Z", Notice, "nx9k-spine1", "<189>Nov 29 07:41:40 nx9k-spine1 : 2026 Nov 29 08:41:40.551 CET: %ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface Ethernet1/49 is down (Link failure)"),
			we("2026-11-29T07:42:02Z|2026-11-29T07:42:02.090Z", Info, "nx9k-spine1", "<190>Nov 29 07:42:02 nx9k-spine1 : 2026 Nov 29 08:42:02.090 CET: %AUTHPRIV-6-SYSTEM_MSG: pam_unix(sshd:session): session opened for user ops - sshd[24131]"),
			we("2026-11-29T07:43:15Z|2026-11-29T07:43:15.733Z", Warn, "nx9k-spine1", "<188>Nov 29 07:43:15 nx9k-spine1 : 2026 Nov 29 08:43:15.733 CET: %PLATFORM-4-MOD_TEMPMINALRM: Module 1 reported minor temperature alarm"),
		},
	},
}

func TestFresh538Formats(t *testing.T) { assertTable(t, fresh538Cases) }
func TestFresh538Score(t *testing.T) {
	checkScore(t, "fresh538 formats", fresh538Cases, [worldNumFields]float64{99.9, 99.9, 74.9, 99.9})
}
