package parse

import "testing"

// The five-hundred-and-forty-fifth fresh table: network appliances at a collector, a ninth pass
// (firewalls, load balancers, switches, routers, VPN and Wi-Fi gear as their syslog reaches rsyslog,
// syslog-ng or a SIEM's file: headers, PRI, message ids, severity digits and the device's own name),
// shapes no earlier table holds. After eight passes the vendors are measured nearly to the last, so
// this pass takes product outputs whose line shape is still in no table: the Cisco Web Security
// Appliance's proxylogs over syslog (`proxylogs: Info: PROX_AUTH : id : [pid] …`); tacppd's event
// log (`[yyyy/MM/dd-WW-HH:mm:ss] NAS … go Up`); an Asuswrt-Merlin router's log as a collector's
// viewer copies it, facility.level glued to the date (`Daemon.InfoNov 29 …`); F5 BIG-IP LTM's
// IP-Intelligence records (`info tmm[pid]: 23003142 "",…` quoted CSV); a switch's CLI command
// accounting (`CMD_ACCT:user@addr:` padded with blanks); the Tunneldigger L2TP broker under procd
// and logread (`daemon.err python[pid]: [INFO/tunneldigger.broker] …`); Firewall Builder's netfilter
// prefix (`RULE 4 -- DENY IN=…`); a Technicolor gateway's WAN drops with the PRI kept
// (`<4>… kernel: [uptime] Security warning-packet drop:IN=…`).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`sophos`, `watchguard`, `firebox`, `sonicwall`, `check point`,
// `checkpoint`, `junos`, `srx`, `aruba`, `AOS-CX`, `ruckus`, `meraki`, `big-ip`, `netscaler`, `kemp`,
// `zyxel`, `draytek`, `vigor`, `omada`, `netgear`, `nx-os`, `nexus`, `ios-xr`, `huawei`, `%%01`,
// `comware`, `h3c`, `arista`, `exos`, `icx`, `os10`, `cumulus`, `vyos`, `pfsense`, `opnsense`,
// `filterlog`, `barracuda`, `stormshield`, `forcepoint`, `firepower`, `%FTD`, `zscaler`, `infoblox`,
// `a10`, `radware`, `alteon`, `pulse secure`, `ivanti`, `fortiap`, `clearpass`, `cambium`,
// `mikrotik`, `unifi`, `openwrt`, `dd-wrt`, `allied telesis`, `omniswitch`, `timos`, `mellanox`,
// `velocloud`, `silver peak`, `peplink`, `teltonika`, `hillstone`, `sangfor`, `untangle`, `ipfire`,
// `endian`, `smoothwall`, `airos`, `procurve`, `mist`, `ruijie`, `zte`, `tnsr`, `strongswan`,
// `charon`, `libreswan`, `softether`, `pritunl`, `ocserv`, `hostapd`, `cisco ise`, `freeradius`,
// `wlc`, `AireOS`, `catalyst center`, `viptela`, `fortiweb`, `cyberoam`, `edgeswitch`, `edgeos`,
// `jetstream`, `grandstream`, `asuswrt`, `merlin`, `fritz`, `sonic`, `swss.rec`, `ovs-vswitchd`,
// `frr`, `bird`, `keepalived`, `aviatrix`, `fortiswitch`, `umbrella`, `lancom`, `bintec`,
// `keenetic`, `gigamon`, `riverbed`, `proxysg`, `bluecoat`, `ironport`, `wsa`, `screenos`,
// `brocade`, `avaya`, `aerohive`, `smartzone`, `openwisp`, `nodogsplash`, `opennds`, `zerotier`,
// `headscale`, `traefik`, `envoy`, `nsx`, `seesaw`, `katran`, `loxilb`, `metallb`, `octavia`,
// `kismet`, `the dude`, `vpp`, `ovn`, `gobgp`, `exabgp`, `gluetun`, `shadowsocks`, `v2ray`,
// `openconnect`, `vpnc`, `siklu`, `ceragon`, `modsecurity`, `coraza`, `kerio`, `clavister`,
// `cradlepoint`, `westermo`, `moxa`, `hirschmann`, `scalance`, `d-link`, `trendnet`, `netscout`,
// `arbor`, `corero`, `imperva`, `gl.inet`, `turris`, `firewalla`, `adtran`, `calix`, `ciena`,
// `cnos`, `enos`, `rackswitch`, `apic`, `%LOG_LOCAL7`, `netskope`, `xirrus`, `meru`, `proxim`,
// `capsman`, `tacacs`, `tac_plus`, `cisco asa`, `sourcefire`, `ulogd`, `iptables`, `nftables`,
// `firewalld`, `FINAL_REJECT`, `filter_IN_public`, `shorewall`, `Shorewall:`, `ufw`, `fail2ban`,
// `crowdsec`, `sshguard`, `sg300`, `sf300`, `cbs350`, `cisco small business`, `rv340`, `rv320`,
// `fastpath`, `traputil`, `%% Link`, `TRAPMGR`, `aos-s`, `unleashed`, `zonedirector`, `vdx`,
// `netiron`, `qfx`, `srlinux`, `ocnos`, `vsx`, `fortinac`, `fortiproxy`, `fortiadc`, `ace firewall`,
// `cisco ace`, `%ACE-`, `fwsm`, `vpn 3000`, `RPT=`, `pix`, `aironet`, `genugate`, `sidewinder`,
// `nortel`, `vgw`, `infranet`, `starent`, `symbol ap`, `enterasys`, `tippingpoint`, `metaip`,
// `firepass`, `intrushield`, `packetshaper`, `sslva`, `ssldata`, `FPC Slot`, `JSERVICES`,
// `[Root]system`, ` - ive - `, `raslogd`, `CSCOacs`, `UC_CALLMANAGER`, `<NOTI>`, `IOSXE-6-PLATFORM`,
// `cpp_cp`, `LOGLOGIC`, `AlertPriority`, `SystemEventDaoImpl`, `NSXMGR`, `vcmd`, `VCD:`,
// `Original Address`, `<inform-`, `[HUB`, `Begin Logfile`, `Info: Version`, `Info: 1`,
// `remotelogger`, `notice tmm`, `info tmm`, `01070638`, `SYSLOG, length`, `Facility local`,
// `%VEM_MGR`, `1000v`, `proxylogs`, `PROX_AUTH`, `PROX_`, `tacppd`, `go Up`, `Daemon.InfoJan`,
// `Daemon.Info`, `User.Warning`, `wlceventd`, `23003142`, `IP-Intelligence`, `CMD_ACCT`,
// `tunneldigger`, `daemon.err python`, `[INFO/`, `fwbuilder`, `RULE 1 --`, `-- DENY`,
// `-- ACCEPT`, `technicolor`, `Security warning`, `zone_wan`, `vuurmuur`, `knockd`, `fwknop`). None
// of proxylogs' `PROX_AUTH`, tacppd, the glued `Daemon.InfoNov`, `23003142` IP-Intelligence
// records, `CMD_ACCT`, Tunneldigger, Firewall Builder's `RULE n -- ACTION` or the Technicolor
// `Security warning-packet drop:` prefix is in any table. The products around them are: the WSA's
// access log over syslog (fresh12's `ACCESS_LOGS: Info:`) and AsyncOS log-file headers (fresh128),
// Asuswrt-Merlin's own syslog and `wlceventd` (fresh140, fresh28), BIG-IP's `info tmm` and mcpd
// lines (fresh69, holdout), logread's ctime shape (many OpenWrt tables), Shorewall's and firewalld's
// netfilter prefixes (fresh14, fresh90) and Technicolor Homeware's logread (fresh137): each family
// here is a shape those do not hold. Left out as measured already: tcpdump's syslog decode
// (fresh144, fresh363), the Nexus at QRadar (fresh538), CatOS, Brocade's raslogd, genugate, the
// Juniper MX `(FPC Slot …)` lines, Pulse Secure's ` - ive - `, Cisco ACS, the LogLogic forwarder,
// NSX-V Manager, HP Virtual Connect, ENOS RackSwitch, the Broadcom SSL Visibility Appliance, APIC's
// `%LOG_LOCAL7`, the IOS-XE QFP firewall. Left out as not confirmed by any search: Cisco Nexus
// 1000V's `%VEM_MGR` lines (and their NX-OS shape is measured), Cisco RV routers, Vuurmuur. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The BSD headers have no year (2026) and are read as UTC; logread's ctime
// carries the year; tacppd's stamp is a slashed date, a two-digit weekday (01 for Sunday) and the
// time, all in brackets; the glued `Daemon.InfoNov 29 07:44:57` is a BSD date after the
// facility.level word; F5's mcpd message quotes a time of its own that is not the record's; the
// kernel's uptime in brackets is no time. Levels only where the line marks one: the PRI's severity
// (WSA, F5, CMD_ACCT's local1.notice, Technicolor's kern.warning `<4>`), AsyncOS' `Info:` and
// `Warning:`, F5's level word before the program, the word after the dot in `Daemon.Info`,
// `User.Warning`, `User.Notice`, `Daemon.Err`, and the Python level in Tunneldigger's brackets
// (logread's `daemon.err` is procd's label for every stderr line, not the record's level); tacppd
// and Firewall Builder's lines carry none (DENY, ACCEPT and REJECT are actions). The host is the
// record's host field: the BSD header's name or address; the WSA's client address, tacppd's NAS
// names, the router's DHCP clients and MAC addresses, F5's virtual server name and client
// addresses, the operator's `user@address` after CMD_ACCT, Tunneldigger's listen address and
// netfilter's SRC= and DST= are no hosts, and logread and tacppd have none. Every record is one
// line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code"): IBM QRadar's DSM sample event messages (the WSA's
// proxylogs, BIG-IP LTM's IP-Intelligence and mcpd lines), tacppd's user guide, a pastebin tcpdump
// of CMD_ACCT lines, gnuton/asuswrt-merlin.ng issue #321, wlanslovenija/tunneldigger issue #171 and
// the Technicolor firewall hook's log prefix; one family, Firewall Builder's prefix, rests on memory
// and its source says so. Hosts, ids, addresses, users and messages are invented, and every time is
// in late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0369b38 before any rule for it: level 77.1 %, time 75.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 71.4 %, time 71.4 %, host 85.7 %, records 100.0 %), in a
// worktree at 0369b38 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are tacppd's bracketed stamp with a weekday between the date and
// the time (no time), the facility.level word glued to the month name that hides the whole header
// (no level, time or host), and Tunneldigger's Python level in brackets, which trawl passes over for
// logread's `daemon.err`.

var fresh545Cases = []worldCase{
	{
		name:   "cisco-wsa-proxylogs-info-word",
		source: "Cisco Web Security Appliance (IronPort AsyncOS) proxylogs pushed over syslog (`<PRI>Mmm dd HH:mm:ss host proxylogs: Level: PROX_MNEMONIC : id : [pid] msg`): IBM QRadar DSM guide, 'Cisco IronPort sample event message' (found with the docs search); the Warning word from memory of AsyncOS' levels",
		why:    "a BSD header, the `proxylogs:` tag, then AsyncOS' own level word with a colon (it agrees with the PRI); the client address in brackets is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "wsa-edge1", "<38>Nov 29 07:41:16 wsa-edge1 proxylogs: Info: PROX_AUTH : 48213 : [31877] Basic Authentication failed for IP: (10.20.8.14)"),
			we("2026-11-29T07:41:18Z", Info, "wsa-edge1", "<38>Nov 29 07:41:18 wsa-edge1 proxylogs: Info: PROX_AUTH : 48214 : [31877] Basic Authentication failed for IP: (10.20.8.31)"),
			we("2026-11-29T07:41:25Z", Warn, "wsa-edge1", "<36>Nov 29 07:41:25 wsa-edge1 proxylogs: Warning: PROX_AUTH : 48220 : [31877] Authentication realm ADREALM1 unreachable, trying next realm in sequence"),
			we("2026-11-29T07:42:03Z", Info, "wsa-edge1", "<38>Nov 29 07:42:03 wsa-edge1 proxylogs: Info: PROX_AUTH : 48231 : [31902] Basic Authentication failed for IP: (10.20.9.7)"),
		},
	},
	{
		name:   "tacppd-event-log-weekday-stamp",
		source: "tacppd, the TACACS+ server for routers and access servers, its event log (`[yyyy/MM/dd-WW-HH:mm:ss] msg`, the day of the week between the date and the time): tacppd User Guide, 'Events in tacppd' (tacppd.sourceforge.net, found with the docs search)",
		why:    "a slashed date, a two-digit weekday and the time glued with dashes in brackets; the NAS names and addresses in the message are peers, not the record's host; no level",
		gap:    "the bracketed `yyyy/MM/dd-WW-HH:mm:ss` stamp (a weekday between the date and the time) is not read: no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026/11/29-01-07:41:16] Server terminal now listen at port 2222"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[2026/11/29-01-07:41:17] Server tacacs now listen at port 10049"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[2026/11/29-01-07:41:18] Server netflow now listen at port 12001"),
			we("2026-11-29T07:41:31Z", Unknown, "", "[2026/11/29-01-07:41:31] NAS 10.61.4.21 (bras-north) go Up"),
			we("2026-11-29T07:52:09Z", Unknown, "", "[2026/11/29-01-07:52:09] NAS 10.61.4.28 (as07) go Down"),
		},
	},
	{
		name:   "asuswrt-merlin-collector-table-glued-facility",
		source: "an ASUS router on Asuswrt-Merlin logging to a syslog server whose viewer copies the facility.level column glued to the date (`Daemon.InfoMmm dd HH:mm:ss host prog[pid]: msg`), as pasted into gnuton/asuswrt-merlin.ng issue #321",
		why:    "the facility.level word is glued to the month name with no blank: the level is the word after the dot, the date follows it; the router's own name is the host; MAC addresses and client names are no hosts",
		gap:    "the facility.level word glued to the month name (`Daemon.InfoNov 29 …`) hides the whole header: no level, no time and no host",
		entries: []worldEntry{
			we("2026-11-29T07:44:57Z", Info, "rt-ax86u-3f20", "Daemon.InfoNov 29 07:44:57 rt-ax86u-3f20 dnsmasq-dhcp[14505]: DHCPACK(br0) 192.168.50.70 2c:9f:fb:8a:11:44 harbour-cam"),
			we("2026-11-29T07:44:57Z", Warn, "rt-ax86u-3f20", "User.WarningNov 29 07:44:57 rt-ax86u-3f20 kernel: 2C:9F:FB:8A:11:44 not mesh client, can't update it's ip"),
			we("2026-11-29T07:44:58Z", Info, "rt-ax86u-3f20", "Daemon.InfoNov 29 07:44:58 rt-ax86u-3f20 dnsmasq-dhcp[14505]: DHCPREQUEST(br0) 192.168.50.70 2c:9f:fb:8a:11:44"),
			we("2026-11-29T08:01:23Z", Notice, "rt-ax86u-3f20", "User.NoticeNov 29 08:01:23 rt-ax86u-3f20 wlceventd: wlceventd_proc_event(505): wl0.1: Auth A4:DA:22:6E:09:5D, status: Successful (0)"),
			we("2026-11-29T08:03:40Z", Error, "rt-ax86u-3f20", "Daemon.ErrNov 29 08:03:40 rt-ax86u-3f20 ovpn-server1[2211]: TLS Error: TLS handshake failed"),
		},
	},
	{
		name:   "f5-ltm-ip-intelligence-csv",
		source: "F5 BIG-IP LTM at a collector (`<PRI>Mmm dd HH:mm:ss host level tmm[pid]: msg`), its IP-Intelligence hits as a numeric id then quoted CSV, and mcpd's `01070638:5:` monitor line: IBM QRadar DSM guide, 'F5 Networks BIG-IP LTM sample event messages' (found with the docs search)",
		why:    "the level word sits between the host and the program; the IP-Intelligence record is a bare number and quoted comma-separated fields (the virtual server's host name and the client addresses are no hosts)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "bigip-edge2", `<134>Nov 29 07:41:16 bigip-edge2 info tmm[1286]: 23003142 "","10.40.2.15","portal.example.net","","","","Virtual Server","/Common/vs_portal_https","/Common/ipi_all","198.51.100.73","10.40.8.20","51544","443","/Common/vlan_ext","TCP","0","scanners,spam_sources","Accept","","","","","","","","","","","0000000000000000"`),
			we("2026-11-29T07:41:19Z", Warn, "bigip-edge2", `<132>Nov 29 07:41:19 bigip-edge2 warning tmm[1286]: 23003142 "","10.40.2.15","portal.example.net","","","","Virtual Server","/Common/vs_portal_https","/Common/ipi_all","203.0.113.201","10.40.8.20","40022","443","/Common/vlan_ext","TCP","0","botnets,windows_exploits","Drop","","","","","","","","","","","0000000000000000"`),
			we("2026-11-29T07:42:02Z", Notice, "bigip-edge2", "<133>Nov 29 07:42:02 bigip-edge2 notice mcpd[5281]: 01070638:5: Pool member /Common/10.40.8.21:443 monitor status down. [ /Common/https_head: down; last error: /Common/https_head: Unable to connect @2026/11/29 07:42:01. ]"),
			we("2026-11-29T07:42:33Z", Info, "bigip-edge2", `<134>Nov 29 07:42:33 bigip-edge2 info tmm1[1286]: 23003142 "","10.40.2.15","portal.example.net","","","","Virtual Server","/Common/vs_portal_https","/Common/ipi_all","192.0.2.66","10.40.8.20","58810","443","/Common/vlan_ext","TCP","0","tor_proxy","Accept","","","","","","","","","","","0000000000000000"`),
		},
	},
	{
		name:   "switch-cmd-acct-at-collector",
		source: "a switch's CLI command accounting sent to a syslog server (`<PRI>Mmm dd HH:mm:ss addr CMD_ACCT:user@client:` padded with blanks, then the command), as tcpdump showed it arriving (local1.notice): pastebin.com/HskAQirf (found with the docs search; the switch's make is not named there)",
		why:    "the header host is the switch's address; the user@address after CMD_ACCT is the operator's client, no host; the blanks after the tag are part of the message; PRI 141 is local1.notice",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "10.20.4.209", `<141>Nov 29 07:41:16 10.20.4.209 CMD_ACCT:netops@10.20.5.157:                             snmp-server community sec-name "v2_read"`),
			we("2026-11-29T07:41:16Z", Notice, "10.20.4.209", "<141>Nov 29 07:41:16 10.20.4.209 CMD_ACCT:netops@10.20.5.157:                             interface 1/0/12"),
			we("2026-11-29T07:41:17Z", Notice, "10.20.4.209", "<141>Nov 29 07:41:17 10.20.4.209 CMD_ACCT:netops@10.20.5.157:                             no shutdown"),
			we("2026-11-29T07:43:52Z", Notice, "10.20.4.211", "<141>Nov 29 07:43:52 10.20.4.211 CMD_ACCT:ines@10.20.5.160:                               write memory"),
		},
	},
	{
		name:   "tunneldigger-broker-logread-python-level",
		source: "the Tunneldigger L2TP broker (Freifunk/wlan slovenija gateways) on OpenWrt, read with logread: procd hands its stderr to syslog as daemon.err, and the broker's Python logger writes `[LEVEL/logger] msg` (`Www Mmm dd HH:mm:ss yyyy daemon.err python[pid]: [INFO/tunneldigger.broker] …`): wlanslovenija/tunneldigger issue #171",
		why:    "logread's ctime with the year; `daemon.err` is procd's label for any stderr line, the record's own level is the Python level in brackets; no host in logread; the client UUIDs and the listen address are no hosts",
		gap:    "logread's `daemon.err` is taken for the level, not the Python level in brackets after the tag (`[INFO/tunneldigger.broker]`, `[WARNING/…]`)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Sun Nov 29 07:41:16 2026 daemon.err python[4795]: [INFO/tunneldigger.broker] Initializing the tunneldigger broker."),
			we("2026-11-29T07:41:16Z", Info, "", "Sun Nov 29 07:41:16 2026 daemon.err python[4795]: [INFO/tunneldigger.broker] Listening on 192.0.2.44:8942."),
			we("2026-11-29T07:41:22Z", Info, "", "Sun Nov 29 07:41:22 2026 daemon.err python[4795]: [INFO/tunneldigger.broker] Creating tunnel (c2:11:7a:5e:90:3b:6d:4e:0f:21) with id 100."),
			we("2026-11-29T07:41:22Z", Info, "", "Sun Nov 29 07:41:22 2026 daemon.err python[4795]: [INFO/tunneldigger.tunnel] Set tunnel 100 MTU to 1446."),
			we("2026-11-29T07:44:05Z", Warn, "", "Sun Nov 29 07:44:05 2026 daemon.err python[4795]: [WARNING/tunneldigger.broker] Protocol error: invalid cookie from 198.51.100.61:39710."),
			we("2026-11-29T07:46:51Z", Error, "", "Sun Nov 29 07:46:51 2026 daemon.err python[4795]: [ERROR/tunneldigger.hooks] Hook script failed with return code 1."),
		},
	},
	{
		name:   "fwbuilder-iptables-rule-prefix",
		source: "an iptables script compiled by Firewall Builder, its LOG rules with the default prefix `RULE <n> -- <ACTION> ` on netfilter kernel lines as a collector stores them (`Mmm dd HH:mm:ss host kernel: RULE 4 -- DENY IN=… SRC=…`); from memory (Firewall Builder's log prefix option `RULE %N -- %A `)",
		why:    "a BSD header then the kernel tag; DENY and ACCEPT are actions, not levels; SRC= and DST= are peers; one line shows the kernel's uptime in brackets, which is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "fw-core1", "Nov 29 07:41:16 fw-core1 kernel: RULE 4 -- DENY IN=eth0 OUT= MAC=52:54:00:12:7a:01:00:1d:aa:41:20:7a:08:00 SRC=198.51.100.7 DST=10.0.0.5 LEN=60 TOS=0x00 PREC=0x00 TTL=52 ID=4411 DF PROTO=TCP SPT=51822 DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0"),
			we("2026-11-29T07:41:18Z", Unknown, "fw-core1", "Nov 29 07:41:18 fw-core1 kernel: RULE 12 -- ACCEPT IN=eth1 OUT=eth0 MAC=52:54:00:12:7a:02:3c:52:82:11:22:33:08:00 SRC=10.0.1.23 DST=203.0.113.80 LEN=52 TOS=0x00 PREC=0x00 TTL=63 ID=20117 DF PROTO=TCP SPT=40544 DPT=443 WINDOW=502 RES=0x00 SYN URGP=0"),
			we("2026-11-29T07:41:21Z", Unknown, "fw-core1", "Nov 29 07:41:21 fw-core1 kernel: [812347.500120] RULE 0 -- DENY IN=eth0 OUT= MAC=52:54:00:12:7a:01:00:1d:aa:41:20:7a:08:00 SRC=203.0.113.99 DST=10.0.0.5 LEN=40 TOS=0x00 PREC=0x00 TTL=241 ID=54321 PROTO=TCP SPT=43117 DPT=3389 WINDOW=1024 RES=0x00 SYN URGP=0"),
			we("2026-11-29T07:41:30Z", Unknown, "fw-core1", "Nov 29 07:41:30 fw-core1 kernel: RULE 7 -- REJECT IN=eth0 OUT= MAC=52:54:00:12:7a:01:00:1d:aa:41:20:7a:08:00 SRC=192.0.2.14 DST=10.0.0.6 LEN=78 TOS=0x00 PREC=0x00 TTL=57 ID=0 DF PROTO=UDP SPT=5353 DPT=161 LEN=58"),
		},
	},
	{
		name:   "technicolor-gateway-netfilter-drop-prefix",
		source: "a Technicolor (Homeware) gateway's WAN drop logging, its firewall hook's `--log-prefix \"Security warning-packet drop:\" --log-level 4` (found with the code search), sent to a collector that keeps the PRI (`<4>Mmm dd HH:mm:ss host kernel: [uptime] Security warning-packet drop:IN=…`)",
		why:    "PRI 4 is kern.warning; `Security warning` is the prefix's words, not a level of its own (it agrees); the uptime in brackets is no time; SRC= is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "tg799vac", "<4>Nov 29 07:41:16 tg799vac kernel: [ 8123.441201] Security warning-packet drop:IN=pppoe-wan OUT= MAC= SRC=203.0.113.9 DST=192.0.2.150 LEN=44 TOS=0x00 PREC=0x00 TTL=243 ID=54321 PROTO=TCP SPT=48712 DPT=23 WINDOW=1024 RES=0x00 SYN URGP=0"),
			we("2026-11-29T07:41:19Z", Warn, "tg799vac", "<4>Nov 29 07:41:19 tg799vac kernel: [ 8126.102338] Security warning-packet drop:IN=pppoe-wan OUT= MAC= SRC=198.51.100.240 DST=192.0.2.150 LEN=40 TOS=0x00 PREC=0x00 TTL=239 ID=7781 PROTO=TCP SPT=51004 DPT=8080 WINDOW=65535 RES=0x00 SYN URGP=0"),
			we("2026-11-29T07:42:44Z", Warn, "tg799vac", "<4>Nov 29 07:42:44 tg799vac kernel: [ 8211.870054] Security warning-packet drop:IN=pppoe-wan OUT= MAC= SRC=192.0.2.201 DST=192.0.2.150 LEN=132 TOS=0x00 PREC=0x00 TTL=50 ID=3310 DF PROTO=UDP SPT=53413 DPT=1900 LEN=112"),
		},
	},
}

func TestFresh545Formats(t *testing.T) { assertTable(t, fresh545Cases) }
func TestFresh545Score(t *testing.T) {
	checkScore(t, "fresh545 formats", fresh545Cases, [worldNumFields]float64{77.0, 74.9, 87.4, 99.9})
}
