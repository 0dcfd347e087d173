package parse

import "testing"

// The five-hundred-and-eightieth fresh table: network appliances at a collector, a twelfth pass —
// firewalls, load balancers, switches, routers, VPN and Wi-Fi gear as their syslog reaches rsyslog,
// syslog-ng or a SIEM's file, shapes no earlier table holds. Each family is one product's documented
// or observed output: Cisco ISE's CISE_Alarm lines (a category name for a tag, the severity word
// after it); the Verizon Fios G3100's firewall log (`yyyy Mmm dd HH:mm:ss info kernel:[FW] IPTABLES
// …`); Pulse Connect Secure's events as RFC 5424 with the app name `PulseSecure:` and three nil
// fields before the appliance's own stamp; a Cisco Small Business switch's bare `<PRI>%FAC-L-MNEM:`
// kept by syslog-ng behind its own time and the sender's address; a Cisco IOS switch's sequence
// numbered, zoned line kept the same way; NetMotion Mobility's RFC 5424 records carried in
// structured data; the Nomadix Access Gateway's AAA log (`host INFO AAA: 4207 …`); OpenNHRP, the
// DMVPN daemon of a router, in a plain BSD file.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `unifi`, `ubiquiti`, `edgeos`, `mikrotik`, `routeros`, `pfsense`,
// `filterlog`, `opnsense`, `fortigate`, `fortinet`, `palo alto`, `panos`, `juniper`, `junos`, `srx`,
// `sophos`, `sonicwall`, `watchguard`, `firebox`, `check point`, `checkpoint`, `f5`, `big-ip`,
// `bigip`, `netscaler`, `citrix`, `haproxy`, `aruba`, `arubaos`, `ruckus`, `smartzone`, `meraki`,
// `cisco ios`, `%LINK-3`, `nx-os`, `nxos`, `arista`, `%SYS-5`, `extreme`, `exos`, `brocade`,
// `procurve`, `hp 2530`, `comware`, `h3c`, `huawei`, `vrp`, `zyxel`, `omada`, `tp-link`, `draytek`,
// `netgear`, `barracuda`, `forcepoint`, `stormshield`, `cisco wlc`, `airos`, `firepower`, `ftd`,
// `cambium`, `mist`, `kemp`, `loadmaster`, `a10`, `thunder`, `radware`, `alteon`, `pulse secure`,
// `ivanti`, `aviatrix`, `versa`, `silverpeak`, `velocloud`, `zscaler`, `untangle`, `ipfire`,
// `endian`, `smoothwall`, `kerio`, `openwrt`, `dd-wrt`, `allied telesis`, `sr os`, `timos`,
// `ios-xr`, `IOS XR`, `onyx`, `mellanox`, `omniswitch`, `sonic`, `cisco ise`, `clearpass`,
// `infoblox`, `bluecat`, `gigamon`, `riverbed`, `peplink`, `teltonika`, `rutos`, `hillstone`,
// `sangfor`, `ruijie`, `cyberoam`, `cloudgen`, `vyos`, `cumulus`, `dell os10`, `os10`, `fortiweb`,
// `fortianalyzer`, `imperva`, `nsx`, `vmware nsx`, `avi`, `cisco sd-wan`, `viptela`, `wlc`, `ASA-`,
// `FTD-`, `%SEC-6`, `%LINEPROTO`, `sshd`, `asuswrt`, `merlin`, `firewalla`, `keenetic`, `clearos`,
// `zeroshell`, `freshtomato`, `tomato`, `gargoyle`, `openmptcp`, `9800`, `catalyst`, `aos-cx`,
// `aruba cx`, `ftos`, `force10`, `powerconnect`, `edgeswitch`, `fastpath`, `fastiron`, `icx`,
// `lancom`, `securepoint`, `clavister`, `ciena`, `saos`, `moxa`, `opengear`, `cradlepoint`,
// `pica8`, `picos`, `blue coat`, `proxysg`, `screenos`, `netscreen`, `hirschmann`, `westermo`,
// `scalance`, `mguard`, `adtran`, `netvanta`, `calix`, `lantronix`, `avocent`, `fxos`, `cisco aci`,
// `apic`, `eero`, `gl.inet`, `glinet`, `sophos red`, `frr`, `bird`, `keepalived`, `ironport`,
// `wsa`, `skyhigh`, `mcafee web`, `cisco umbrella`, `forescout`, `arbor`, `sr linux`, `srlinux`,
// `unleashed`, `mimosa`, `airmax`, `sg350`, `cbs350`, `sf300`, `linksys`, `synology srm`, `srm`,
// `fritz`, `sierra`, `airlink`, `digi`, `ipcop`, `loadbalancer.org`, `array networks`,
// `fortiswitch`, `fortiap`, `fortiproxy`, `enterasys`, `extremewireless`, `ubnt`, `%DOT11`,
// `%CAPWAP`, `nginx plus`, `envoy`, `traefik`, `caddy`, `squid`, `strongswan`, `charon`,
// `libreswan`, `pluto`, `hostapd`, `dnsmasq`, `chrony`, `ntpd`, `radiusd`, `freeradius`, `tacacs`,
// `tac_plus`, `teldat`, `netopia`, `billion`, `zxr10`, `raisecom`, `dcn `, `eltex`, `snr-`,
// `dlink`, `d-link`, `trendnet`, `edimax`, `aerohive`, `hiveos`, `xirrus`, `meru`, `engenius`,
// `grandstream`, `gwn`, `voss`, `yamaha`, `rtx`, `seil`, `fitelnet`, `apresia`, `vyatta`, `astaro`,
// `cisco pix`, `%PIX-`, `netasq`, `sidewinder`, `tippingpoint`, `intrushield`, `coyote`, `zxtm`,
// `stingray`, `pulse vtm`, `edgenexus`, `jetnexus`, `zevenet`, `skudonet`, `relayd`, `pflog`,
// `cisco ace`, `softether`, `zerotier`, `pritunl`, `ocserv`, `racoon`, `isakmpd`, `xl2tpd`,
// `pptpd`, `accel-ppp`, `sstp`, `coovachilli`, `chilli`, `packetfence`, `nodogsplash`, `wifidog`,
// `openwisp`, `mojo`, `nebula`, `eap245`, `ubios`, `udm`, `cloud key`, `fortiextender`, `sd-wan`,
// `gateprotect`, `genua`, `phion`, `bintec`, `funkwerk`, `auerswald`, `openbsd`, `ipfw`,
// `ipfilter`, `ipf`, `nftables`, `ulogd`, `shorewall`, `firehol`, `ufw`, `firewalld`, `csf`, `lfd`,
// `fail2ban`, `sshguard`, `crowdsec`, `m0n0wall`, `ntopng`, `pmacct`, `softflowd`, `nfdump`,
// `olfeo`, `ubika`, `denyall`, `cato`, `nozomi`, `gatewatcher`, `aioniq`, `wallix`, `arista ndr`,
// `awake`, `vectra`, `darktrace`, `extrahop`, `corelight`, `menlo`, `netskope`, `efficientip`,
// `solidserver`, `rohde`, `systancia`, `fortinac`, `claroty`, `nuage`, `open mesh`, `openmesh`,
// `fortiadc`, `fortimail`, `fortiddos`, `fortisandbox`, `fortiauthenticator`, `fortimanager`,
// `fortiedr`, `fortisiem`, `barracuda waf`, `kona`, `akamai`, `cloudflare`, `f5 asm`, `awaf`,
// `advanced waf`, `silverline`, `deep discovery`, `tipping`, `mcafee ns`, `trellix`,
// `cisco stealthwatch`, `stealthwatch`, `lancope`, `|Lancope|`, `StealthWatch[`, `flow collector`,
// `cisco firesight`, `sourcefire`, `snort`, `suricata`, `zeek`, `netwitness`, `qradar`, `leef`,
// `cef:`, `arcsight`, `cambium cnpilot`, `cnmaestro`, `epmp`, `siklu`, `ceragon`, `aviat`, `radwin`,
// `infinet`, `ligowave`, `deliberant`, `zoneflex`, `zonedirector`, `aruba instant`, `iap`,
// `airwave`, `prime infrastructure`, `dna center`, `meraki mr`, `SMASSLVPN`, `E-Class`, `RStat`,
// `Spectralink`, `0090.7a`, `redborder`, `incident-create`, `astra`, `W3x`, `NN43001`, `Aventail`,
// `sma 1000`, `CISE_Alarm`, `CISE_`, `ntopng: [`, `Threshold Cross`, `[Engaged]`, `Ntop.cpp`,
// `maltrail`, `|Maltrail|`, `ccx-client`, `EAP-Assoc`, `PulseSecure:`, `PulseSecure: - - -`,
// `CONN_DELINK`, `Recordtype=`, `tunneltype`, `CLIENT_ORCH`, `|Ubiquiti|`, `CPPM_`, `%DOT1X-5`,
// `SESSION_MGR`, `APMGR`, `%CLIENT_EXCLUSION`, `AIOS`, `nbox`, `nprobe`, `%AUTHMGR`, `%EWLC`,
// `wncd`, `%DMI-5`, `%LLDP`, `IPTABLES Obound`, `kernel:[FW]`, `G3100`, `fios`, `<189>: `, `>: sw`,
// `CEF:0|Aruba`, `SWPORT`, `2SWPORT`, `LOCKPORTACTIVE`, `%HSRP`, `s_id =`, `syslog@9`, `CEST: %`,
// the pattern `%FAC-L-MNEMONIC` and the patterns `address <PRI>%` and `address <PRI>seq: seq: `,
// `sslva`, `ssl visibility`, `tetration`, `layer7`, `netmotion`, `nmreporting`, `nm_pool_status`,
// `LocalityServer`, `nomadix`, `AAA_Authentication`, `antlabs`, `4ipnet`, `aptilo`, `PTP800`,
// `auth_login;`, `Alarm Cleared Name=`, `ssi_mipishere`, `nortel vpn`, `SNAS`, `tEvtLgMgr`,
// `contivity`, `cloudgenix`, `instant on`, `orbi`, `ipvs`, `exinda`, `elfiq`, `xroads`, `ecessa`,
// `inseego`, `digi ix`, `ix20`, `univerge`, `buffalo`, `ovs-vswitchd`, `exabgp`, `gobgp`,
// `openbgpd`, `conntrackd`, `radvd`, `lldpd`, `mstpd`, `sniproxy`, `sslh`, `stunnel`, `tinyproxy`,
// `miniupnpd`, `igmpproxy`, `pimd`, `opennhrp`, `mwan3`, `zebra`, `ospfd`, `vrrpd`, `ucarp`.
// None of CISE_Alarm, the G3100's `kernel:[FW] IPTABLES` log, `PulseSecure: - - -`, a switch's
// `<PRI>%…` or an IOS `<PRI>seq: seq:` line kept behind a collector's address, NetMotion's
// `nm_*@11912` records, the Nomadix AAA log or OpenNHRP is in any table. Cisco ISE, Pulse Secure,
// Cisco IOS and the Small Business switches are measured in other outputs (CISE_ session records,
// `PulseSecure: yyyy-MM-dd` in BSD syslog, IOS and sg350 lines with their own headers);
// `netmotion`, `nomadix`, `stealthwatch` and `lancope` match only earlier tables' lists of greps.
// Left out as measured already: ntopng's syslog alerts, Aruba controllers' CEF, ClearPass, UniFi
// CEF, the Broadcom SSL Visibility appliance, the Nortel VPN Router (Contivity), the SMA E-Class
// log, Spectralink handsets, the IOS double header, Maltrail, Citrix ADC, Zscaler NSS tunnels.
// Left out as not confirmed by any search: Stealthwatch's LEEF alarms (only a parser's regex, and
// its alarmSev word has no agreed level), the Nortel SNAS / VPN Gateway alarm lines (the message
// is documented, the syslog header is not), Astra/InfiNet and Digi IX logs. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Zone-less collector and device stamps (ISE, the G3100, the syslog-ng
// headers, Nomadix, OpenNHRP) are read as UTC, a date without a year in 2026; Pulse Secure's
// RFC 5424 header time carries +01:00, and the appliance's own zone-less local stamp after the
// three dashes is also accepted, read as UTC; the IOS line's collector stamp and its own `CET`
// time are both accepted; NetMotion's header ends in Z and the DateHour in its structured data is
// not the record's. Levels only where the line marks one: ISE's word after CISE_Alarm, the G3100's
// `info` after the time, the PRI's severity digit (Pulse Secure, NetMotion, the SMB switch, the IOS
// line, where the `-W-` letter or the `-6-` digit agrees with it), Nomadix's INFO; OpenNHRP's
// lines mark none. The host is the record's host field: the ISE node, Pulse's RFC 5424 hostname
// (not its node name or the client address), the sender address syslog-ng wrote, NetMotion's
// hostname (not DeviceName), the gateway's name; the G3100 writes none; NAD, NAS, NBMA and
// subscriber addresses are peers. No family here writes a multi-line record.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); OpenNHRP's layout did not come from a
// search and its source says "from memory" (ISE's INFO alarm word is from memory too). Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 0e434ad before any rule for it: level 75.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 74.3 %, time 100.0 %, host 100.0 %, records 100.0 %), in
// a worktree at 0e434ad with no change to trawl's code (only this file and table_test.go's list),
// 6 of 8 families fully right; the gaps are the G3100's level word between its year-first time and
// `kernel:[FW]`, which trawl does not read, and the Small Business switch's level, neither the raw
// PRI's severity digit left in the message after syslog-ng's header nor the letter of the `%FAC-L-`
// tag glued to it being read.

var fresh580Cases = []worldCase{
	{
		name:   "cisco-ise-cise-alarm-severity-word",
		source: "Cisco ISE remote logging target, the CISE_Alarm category (`Mmm dd HH:mm:ss node CISE_Alarm WARN: Alarm Name: Key=value; …`), as rsyslog's default file template keeps it: elastic/integrations issue #8177 (CISE_Alarm WARN samples: Queue Link Error, Profiler SNMP Request Failure), splunk/splunk-connect-for-syslog PRs #552 and #2609, ExabeamLabs parser `CISE_Alarm ({event_category}[^:]+):` found with find_string; the INFO alarm is from memory",
		why:    "the tag is a fixed category name, not a program with a pid; the severity is the word after it, then a colon; the node is the host; `Server=` and `NAS IP Address=` in the message are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "ise-pan01", `Nov 29 07:41:16 ise-pan01 CISE_Alarm WARN: Queue Link Error: Message=From ise-psn02.corp.example.net To ise-pan01.corp.example.net; Cause={tls_alert;"unknown ca"}`),
			we("2026-11-29T07:42:03Z", Warn, "ise-pan01", "Nov 29 07:42:03 ise-pan01 CISE_Alarm WARN: Profiler SNMP Request Failure : Server=ise-psn02; NAD Address=10.61.4.18; Error Message=Request timed out."),
			we("2026-11-29T07:44:51Z", Warn, "ise-psn02", "Nov 29 07:44:51 ise-psn02 CISE_Alarm WARN: EAP Connection Timeout: Server=ise-psn02; NAS IP Address=10.61.4.22; Details=EAP session timed out : client did not answer the supplicant request"),
			we("2026-11-29T07:47:30Z", Info, "ise-pan01", "Nov 29 07:47:30 ise-pan01 CISE_Alarm INFO: Configuration Changed: Admin=netadmin; Object Type=NetworkDevice; Object Name=acc-sw-114"),
		},
	},
	{
		name:   "verizon-fios-g3100-firewall-year-first",
		source: "Verizon Fios G3100 router firewall log as the router's own log page and remote log hold it (`yyyy Mmm dd HH:mm:ss level kernel:[FW] IPTABLES <rule> <Allow|Drop> IN=… OUT=… SRC=… DST=…`): amiracle/homemonitor issue #20 (samples pulled from the router's firewall log)",
		why:    "the year comes before a month name and a padded day; the level word (info) follows the time; there is no host; MAC= and the netfilter fields carry no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026 Nov 29 07:41:16 info kernel:[FW] IPTABLES Obound Allow IN=br1 OUT=eth4.untag0 MAC=b8:f8:53:1c:20:01:3c:22:fb:19:a0:4e:08:00 SRC=192.168.1.23 DST=203.0.113.80 LEN=60 TOS=0x00 PREC=0x00 TTL=63 ID=41822 DF PROTO=TCP SPT=51544 DPT=443 WINDOW=64240 RES=0x00 SYN URGP=0 MARK=0x3000"),
			we("2026-11-29T07:41:19Z", Info, "", "2026 Nov 29 07:41:19 info kernel:[FW] IPTABLES remoteGUI Drop IN=eth4.untag0 OUT= MAC=b8:f8:53:1c:20:00:00:1b:17:22:90:41:08:00 SRC=198.51.100.77 DST=100.64.12.9 LEN=40 TOS=0x00 PREC=0x00 TTL=241 ID=5511 PROTO=TCP SPT=41234 DPT=443 WINDOW=1024 RES=0x00 SYN URGP=0 MARK=0x8000000"),
			we("2026-11-29T07:42:05Z", Info, "", "2026 Nov 29 07:42:05 info kernel:[FW] IPTABLES Obound Allow IN=br1 OUT=eth4.untag0 MAC=b8:f8:53:1c:20:01:8c:85:90:4b:11:d2:08:00 SRC=192.168.1.41 DST=192.0.2.53 LEN=72 TOS=0x00 PREC=0x00 TTL=63 ID=0 DF PROTO=UDP SPT=53011 DPT=53 LEN=52 MARK=0x3000"),
			we("2026-11-29T07:44:38Z", Info, "", "2026 Nov 29 07:44:38 info kernel:[FW] IPTABLES remoteGUI Drop IN=eth4.untag0 OUT= MAC=b8:f8:53:1c:20:00:00:1b:17:22:90:41:08:00 SRC=203.0.113.201 DST=100.64.12.9 LEN=44 TOS=0x00 PREC=0x00 TTL=238 ID=17730 PROTO=TCP SPT=60112 DPT=8443 WINDOW=1025 RES=0x00 SYN URGP=0 MARK=0x8000000"),
		},
	},
	{
		name:   "pulse-secure-rfc5424-nil-fields-inner-stamp",
		source: "Ivanti/Pulse Connect Secure event log sent as RFC 5424 (`<PRI>1 ISO±hh:mm host PulseSecure: - - - yyyy-MM-dd HH:mm:ss - node - [client] user(realm)[roles] - msg`: the app name keeps its colon, then nil procid, msgid and structured data): elastic/integrations issues #2546 and #8858",
		why:    "the header time has an offset; the appliance's own zone-less local stamp of the same moment follows the three dashes (read as UTC by the rules), either accepted; the PRI's severity digit is the level; the header hostname is the host, the node name and the client address in the message are not",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T08:41:16Z", Info, "pcs-vpn01.corp.example.net", "<174>1 2026-11-29T08:41:16+01:00 pcs-vpn01.corp.example.net PulseSecure: - - - 2026-11-29 08:41:16 - pcs-vpn01 - [198.51.100.23] mheller(Corp-Realm)[] - Primary authentication successful for mheller/Corp-Realm from 198.51.100.23"),
			we("2026-11-29T07:41:18Z|2026-11-29T08:41:18Z", Info, "pcs-vpn01.corp.example.net", "<174>1 2026-11-29T08:41:18+01:00 pcs-vpn01.corp.example.net PulseSecure: - - - 2026-11-29 08:41:18 - pcs-vpn01 - [198.51.100.23] mheller(Corp-Realm)[Staff] - Host Checker policy 'HC_Baseline' passed on host '198.51.100.23' address '3C-22-FB-19-A0-4E' for user 'mheller'."),
			we("2026-11-29T07:43:02Z|2026-11-29T08:43:02Z", Warn, "pcs-vpn01.corp.example.net", "<172>1 2026-11-29T08:43:02+01:00 pcs-vpn01.corp.example.net PulseSecure: - - - 2026-11-29 08:43:02 - pcs-vpn01 - [203.0.113.58] tkowal(Corp-Realm)[] - Login failed using auth server Corp-AD (Active Directory).  Reason: Failed"),
			we("2026-11-29T07:58:40Z|2026-11-29T08:58:40Z", Info, "pcs-vpn01.corp.example.net", "<174>1 2026-11-29T08:58:40+01:00 pcs-vpn01.corp.example.net PulseSecure: - - - 2026-11-29 08:58:40 - pcs-vpn01 - [198.51.100.23] mheller(Corp-Realm)[Staff][7c1e40a2d9] - Session timed out for mheller/Corp-Realm (session:sid7c1e40a2d95b11f0a3c4f2d18e6b90c1000000000) due to inactivity (last access at 08:26:12 2026/11/29). Idle session identified during routine system scan."),
		},
	},
	{
		name:   "cisco-smb-switch-headerless-pri-in-message",
		source: "Cisco Small Business (Sx300/Sx350-class) switch sending a bare `<PRI>%[unit]FAC-L-MNEMONIC: msg` with no time and no host; syslog-ng stores it behind its own time and the sender's address, the PRI left in the message (`Mmm dd HH:mm:ss 10.163.8.120 <188>%2SWPORT-W-LOCKPORTACTIVE: …`): syslog-ng/syslog-ng issue #4125",
		why:    "the collector's time and the sender's address are the header; the raw PRI sits glued to the switch's `%` tag; the level letter in `-W-` (I N W E) agrees with the PRI's severity digit; a stack-unit digit may sit between `%` and the facility",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "10.163.8.120", "Nov 29 07:41:16 10.163.8.120 <188>%2SWPORT-W-LOCKPORTACTIVE: A packet with source MAC 3c:22:fb:41:22:07 tried to access through port gi5 which is locked"),
			we("2026-11-29T07:41:40Z", Warn, "10.163.8.120", "Nov 29 07:41:40 10.163.8.120 <188>%LINK-W-Down:  gi1/0/12"),
			we("2026-11-29T07:41:44Z", Info, "10.163.8.120", "Nov 29 07:41:44 10.163.8.120 <190>%LINK-I-Up:  gi1/0/12"),
			we("2026-11-29T07:43:02Z", Info, "10.163.8.121", "Nov 29 07:43:02 10.163.8.121 <190>%AAA-I-CONNECT: New http connection for user netops, source 10.163.0.15 destination 10.163.8.121  ACCEPTED"),
			we("2026-11-29T07:44:19Z", Notice, "10.163.8.121", "Nov 29 07:44:19 10.163.8.121 <189>%COPY-N-TRAP: The copy operation was completed successfully"),
		},
		gap: "the level is not read: neither the severity digit of the raw PRI left in the message after the collector's time and address, nor the letter in the switch's `%FAC-L-MNEMONIC` tag glued to it",
	},
	{
		name:   "cisco-ios-syslog-ng-relay-ip-pri-in-message",
		source: "Cisco IOS switch with `service sequence-numbers` and `service timestamps log datetime localtime show-timezone`, stored by syslog-ng behind its own time and the sender's address, the PRI, both sequence numbers and the device's zoned time left in the message (`Mmm dd HH:mm:ss 172.25.0.1 <190>1807987: 1807982: Mmm dd HH:mm:ss CEST: %SEC-6-IPACCESSLOGP: …`): syslog-ng/syslog-ng issue #4125",
		why:    "two times of one record: the collector's zone-less one (read as UTC) and the device's own with a zone abbreviation (CET, +01:00), either accepted; the two sequence numbers are no times; the level is the digit in %FAC-N- (and the PRI's); the host is the sender's address",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:15Z", Info, "172.25.0.1", "Nov 29 08:41:16 172.25.0.1 <190>2210344: 2210339: Nov 29 08:41:15 CET: %SEC-6-IPACCESSLOGP: list vlan20-IN denied udp 10.20.7.41(137) -> 10.20.7.255(137), 1 packet"),
			we("2026-11-29T08:42:03Z|2026-11-29T07:42:02Z", Notice, "172.25.0.1", "Nov 29 08:42:03 172.25.0.1 <189>2210345: 2210340: Nov 29 08:42:02 CET: %SYS-5-CONFIG_I: Configured from console by netops on vty0 (10.20.0.9)"),
			we("2026-11-29T08:42:31Z|2026-11-29T07:42:30Z", Error, "172.25.0.1", "Nov 29 08:42:31 172.25.0.1 <187>2210346: 2210341: Nov 29 08:42:30 CET: %LINK-3-UPDOWN: Interface GigabitEthernet1/0/7, changed state to down"),
			we("2026-11-29T08:42:32Z|2026-11-29T07:42:31Z", Notice, "172.25.0.1", "Nov 29 08:42:32 172.25.0.1 <189>2210347: 2210342: Nov 29 08:42:31 CET: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet1/0/7, changed state to down"),
		},
	},
	{
		name:   "netmotion-mobility-rfc5424-structured-data",
		source: "NetMotion (Absolute) Mobility VPN server's syslog export, RFC 5424 with the record in structured data (`<29>1 ISO.mmmZ host nmreporting.exe pid PoolStatus [nm_pool_status@11912 …]`, `LocalityServer - - [nm_MobilityAnalyticsAppData@11912 …]`): splunk/splunk-connect-for-syslog tests/test_netmotion.py, after NetMotion Diagnostics help 'exporting'",
		why:    "the PRI's severity digit is the level (29: daemon.notice); the header time ends in Z; the DateHour bucket inside the structured data is not the record's time; the header hostname is the host, DeviceName in the data is not",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "nm-mob01", `<29>1 2026-11-29T07:41:16.204Z nm-mob01 nmreporting.exe 7596 PoolStatus [nm_pool_status@11912 d_count="31" d_count_android="9" d_count_ios="14" d_count_mac="3" d_count_win="5" d_license_avail="169" d_license_tot="200" pool_name="field-ops" rep_disabled="0"]`),
			we("2026-11-29T07:41:17.53Z", Notice, "nm-mob01", `<29>1 2026-11-29T07:41:17.530Z nm-mob01 LocalityServer - - [nm_MobilityAnalyticsAppData@11912 MobilityPID="02C4A9E17F3B6D2100505995A41C007" DeviceName="TRK-0412" UserName="r.okafor" PhoneNumber="5550142" CurrentCarrier="ExampleTel" AppName="DispatchApp" AppType="User" Bytes="2204518" DateHour="2026-11-29T07:00:00.000Z"]`),
			we("2026-11-29T07:46:16.198Z", Notice, "nm-mob01", `<29>1 2026-11-29T07:46:16.198Z nm-mob01 nmreporting.exe 7596 PoolStatus [nm_pool_status@11912 d_count="34" d_count_android="10" d_count_ios="15" d_count_mac="3" d_count_win="6" d_license_avail="166" d_license_tot="200" pool_name="field-ops" rep_disabled="0"]`),
			we("2026-11-29T07:47:02.011Z", Notice, "nm-mob02", `<29>1 2026-11-29T07:47:02.011Z nm-mob02 LocalityServer - - [nm_MobilityAnalyticsAppData@11912 MobilityPID="02C4A9E17F3B6D2100505995A41C019" DeviceName="AMB-07" UserName="j.lindqvist" PhoneNumber="5550177" CurrentCarrier="ExampleTel" AppName="msedge" AppType="User" Bytes="88123" DateHour="2026-11-29T07:00:00.000Z"]`),
		},
	},
	{
		name:   "nomadix-ag-aaa-log",
		source: "Nomadix Access Gateway (AG 2500/3100/5000) AAA log sent to the syslog server assigned to AAA logging (`Mmm dd HH:mm:ss gateway-name INFO AAA: code AAA_Message subscriber-MAC [expiry]`): Nomadix Access Gateway User Guide, Quick Reference Guide 'Sample AAA Log' (found with the pages search)",
		why:    "the gateway's name is the host; the type word INFO after it is the level; `AAA:` and a four-digit log code follow; the subscriber's MAC and the remaining time (`2 hrs 0 min`) are no host and no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "nomad-lobby.example-hotel.com", "Nov 29 07:41:16 nomad-lobby.example-hotel.com INFO AAA: 4106 AAA_lookupAdded_in_memory_table_pending 3C:22:FB:19:A0:4E"),
			we("2026-11-29T07:41:31Z", Info, "nomad-lobby.example-hotel.com", "Nov 29 07:41:31 nomad-lobby.example-hotel.com INFO AAA: 4207 AAA_AuthenticationSuccessful 3C:22:FB:19:A0:4E 24 hrs 0 min"),
			we("2026-11-29T07:44:09Z", Info, "nomad-lobby.example-hotel.com", "Nov 29 07:44:09 nomad-lobby.example-hotel.com INFO AAA: 4208 AAA_AuthenticationUnsuccessful_Error 8C:85:90:4B:11:D2"),
			we("2026-11-29T07:52:40Z", Info, "nomad-lobby.example-hotel.com", "Nov 29 07:52:40 nomad-lobby.example-hotel.com INFO AAA: 4007 AAA_InterfaceAdded_by_administrator 00:1B:17:22:90:41 72 hrs 0 min"),
			we("2026-11-29T07:58:02Z", Info, "nomad-lobby.example-hotel.com", "Nov 29 07:58:02 nomad-lobby.example-hotel.com INFO AAA: 4006 AAA_InterfaceRemoved_by_administrator 00:1B:17:22:90:41"),
		},
	},
	{
		name:   "opennhrp-dmvpn-hub-syslog",
		source: "OpenNHRP, the DMVPN NHRP daemon of VyOS-style routers, through the router's syslog to rsyslog (`Mmm dd HH:mm:ss router opennhrp[pid]: Adding dynamic …/32 nbma … dev tun0 expires_in …`): from memory",
		why:    "a plain BSD header with a pid; no level marked (no level from the words in the message); NBMA and protocol addresses in the message are peers, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "dmvpn-hub1", "Nov 29 07:41:16 dmvpn-hub1 opennhrp[2211]: Adding dynamic 10.255.0.12/32 nbma 198.51.100.40 dev tun0 expires_in 7200"),
			we("2026-11-29T07:41:16Z", Unknown, "dmvpn-hub1", "Nov 29 07:41:16 dmvpn-hub1 opennhrp[2211]: NL-ARP(tun0) 10.255.0.12 is-at 198.51.100.40"),
			we("2026-11-29T07:43:52Z", Unknown, "dmvpn-spoke7", "Nov 29 07:43:52 dmvpn-spoke7 opennhrp[1904]: Sending Registration Request to 10.255.0.1 (my mtu=0)"),
			we("2026-11-29T07:43:52Z", Unknown, "dmvpn-spoke7", "Nov 29 07:43:52 dmvpn-spoke7 opennhrp[1904]: Received Registration Reply from 10.255.0.1: success"),
			we("2026-11-29T07:49:30Z", Unknown, "dmvpn-hub1", "Nov 29 07:49:30 dmvpn-hub1 opennhrp[2211]: Removing dynamic 10.255.0.19/32 nbma 203.0.113.66 dev tun0 used"),
		},
	},
}

func TestFresh580Formats(t *testing.T) { assertTable(t, fresh580Cases) }
func TestFresh580Score(t *testing.T) {
	checkScore(t, "fresh580 formats", fresh580Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 99.9})
}
