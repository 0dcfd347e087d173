package parse

import "testing"

// The five-hundred-and-first fresh table: network appliances at a collector, a sixth pass
// (firewalls, routers, switches, load balancers, wireless controllers, VPN concentrators, SD-WAN
// edges as their syslog arrives at a collector's file, and the appliances' own log files), shapes
// no earlier table holds. Each family is one product's documented or observed output: the WiFiDog
// captive-portal gateway of hotspot routers run in the foreground (`[6][Sun Nov 29 07:41:16
// 2026][pid](gateway.c:474) msg`); Nodogsplash, its successor on OpenWrt access points, with the
// same debug layout and `src/` paths; the Contrail (Tungsten Fabric) vRouter agent's flow log at a
// syslog server (a syslog header, then Sandesh's `2026-11-29 Sun 02:41:13:921.098 PST host [Thread
// n, Pid n]: [SYS_INFO]: …`); the Contrail control node's own log file (the same Sandesh stamp, two
// blanks, the host, a category and the `[SYS_…]` level); the Jool NAT64 translator's kernel lines
// at a collector (its own `2026/11/29 7:42:5 (GMT)` inside `kernel: [uptime] Jool: …`, and `Jool
// WARNING (func):`); MLVPN, the multi-link bonding VPN of OpenMPTCProuter, on stderr
// (`yyyy-MM-ddTHH:mm:ss [ DBG/net]`); the P4 software switch bmv2 (`[HH:mm:ss.mmm] [bmv2] [D]
// [thread n] [17.0] [cxt 0] …`, a table lookup's key on the lines under it); the FAUCET OpenFlow
// controller's faucet.log (`Nov 29 07:41:16 faucet.valve INFO     DPID 2 …`).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`velocloud`, `VCE`, `cloudgenix`, `prisma sd-wan`, `citrix sd-wan`,
// `aryaka`, `cato`, `cato networks`, `nsx`, `FIREWALL_PKTLOG`, `dfwpktlogs`, `ovs-vswitchd`,
// `|bridge|`, `opengear`, `digi`, `airlink`, `casa`, `arris`, `cmts`, `allot`, `packetshaper`,
// `exinda`, `sandvine`, `asuswrt`, `tomato`, `turris`, `shorewall`, `pflog`, `(match)`, `ipfw`,
// `ipmon`, `relayd`, `carp`, `bgpd`, `bird`, `raslog`, `[SEC-`, `fabos`, `apfMsConnTask`, `WiNG`,
// `%DOT11-`, `%ACE-`, `nuage`, `edgeswitch`, `bluecat`, `linksys`, `asus`, `synology`,
// `ruggedcom`, `robustel`, `inhand`, `ericsson`, `fiberhome`, `infinera`, `adva`, `ekinops`,
// `audiocodes`, `acme packet`, `sonus`, `ribbon`, `mist`, `Juniper Mist`, `ipfilter`, `npf`,
// `npfd`, `ipsec-tools`, `ntopng`, `sophos red`, `fortiextender`, `silverpeak`, `128T`, `128
// technology`, `ssr`, `openbgpd`, `ospfd`, `iked[`, `iked:`, `sasyncd`, `ifstated`, `relayd[`,
// `pflogd`, `npppd`, `logtype=`, `faucet`, `coova`, `chilli`, `chilli[`, `coovachilli`,
// `nodogsplash`, `opennds`, `ndsctl`, `wifidog`, `wdctl`, `gateway.c`, `fw_iptables`, `[6][`,
// `[7][`, `tinc`, `tincd`, `fastd`, `n2n`, `supernode`, `vpp`, `onos`, `opendaylight`,
// `conntrackd`, `ulogd`, `aironet`, `wsa`, `LEEF:`, `[action:"`, `cloudvision`, `cnos`, `enos`,
// `instant on`, `tp-link`, `technicolor`, `Arista NG`, `fortiddos`, `fortianalyzer`, `ironport`,
// `bird:`, `BIRD `, `bird6`, `ospf6d`, `ripd`, `ldpd`, `eigrpd`, `babeld`, `olsrd`, `batman`,
// `batctl`, `yggdrasil`, `cjdns`, `gobetween`, `seesaw`, `dnsdist`, `pen[`, `sslh`, `stunnel`,
// `tinyproxy`, `haproxy`, `varnish`, `hitch`, `nebula`, `vtun`, `peervpn`, `l2tpns`, `rp-pppoe`,
// `pppoe-server`, `ppp[`, `pppd[`, `radvd`, `dhcrelay`, `igmpproxy`, `miniupnpd`, `udhcpd`,
// `dropbear`, `smcroute`, `pimd`, `mrouted`, `xinetd`, `staros`, `sessmgr`, `[software internal`,
// `sidewinder`, `fac=f_`, `firewall enterprise`, `zeus`, `stingray`, `steelapp`, `traffic
// manager`, `vtm`, `nodefail`, `mpd5`, `mpd:`, `mpd[`, `[L2TP-`, `Bundle: Status`, `flexiwan`,
// `fwagent`, `junose`, `erx`, `tippingpoint`, `intrushield`, `aventail`, `%FWSM-`, `%FW-6`,
// `SESS_AUDIT_TRAIL`, `capsman`, `omniaccess`, `baystack`, `netonix`, `swos`, `alteon`,
// `crossroads`, `xr[`, `snapt`, `aloha`, `cnmaestro`, `open-mesh`, `cloudtrax`, `ecessa`,
// `pluribus`, `packetfence`, `pfqueue`, `zentyal`, `EBox::`, `loxilb`, `opx`, `onie`, `prosafe`,
// `forescout`, `ipso`, `Successful login for user`, `configd`, `netifd`, `odhcpd`, `gluon`,
// `openmptcprouter`, `shadowsocks`, `ubus`, `procd`, `hostapd`, `uhttpd`, `librenms`, `netbox`,
// `oxidized`, `rancid`, `freeradius`, `daloradius`, `ndpi`, `zeek`, `arpwatch`, `vnstat`,
// `darkstat`, `pmacct`, `nfacctd`, `sfacctd`, `softflowd`, `fprobe`, `goflow`, `nfcapd`,
// `ipt_netflow`, `netflow`, `sflow`, `conntrack`, `nprobe`, `libreqos`, `lqosd`, `netbird`,
// `netmaker`, `innernet`, `defguard`, `wg-portal`, `shadowbox`, `outline`, `outline-ss-server`,
// `ss-server`, `op/go-logging`, `twingate`, `cloudflared`, `frps`, `[I] [`, `ziti`, `pfxlog`,
// `the dude`, `openNAC`, `ovn-controller`, `ovn-northd`, `neutron-l3`, `octavia`, `amphora`,
// `contrail`, `tungsten`, `vrouter`, `sandesh`, `[Thread `, `Pid `, `calico`, `felix`,
// `kube-router`, `metallb`, `kube-vip`, `cilium`, `antrea`, `multus`, `whereabouts`,
// `ovs-vsctl`, `glorytun`, `mlvpn`, `engarde`, `speedify`, `fabio`, `sozu`, `skipper`, `ipset`,
// `dnsmasq-dhcp`, `lighttpd`, `ndppd`, `(notice)`, `inadyn`, `nufw`, `nuauth`, `udpxy`,
// `xupnpd`, `ddclient`, `openr`, `Open/R`, `holod`, `bfdd`, `rustybgp`, `zebra`, `lldpd`,
// `ladvd`, `mstpd`, `rstpd`, `ptp4l`, `phc2sys`, `linuxptp`, `wpa_supplicant`, `alfred`,
// `respondd`, `uradvd`, `dnsmasq`, `unbound`, `kea-dhcp`, `dhcpd`, `odhcp6c`, `6relayd`,
// `tayga`, `jool`, `nat64`, `clatd`, `map-e`, `ds-lite`, `xl2tpd`, `pppoe`, `bfe`, `log4go`,
// `] [INFO] (`, `] [WARN] (`, `weave`, `prplmesh`, `easymesh`, `beerocks`, `son_master`,
// `opensync`, `xorp`, `bmx7`, `nanny`, `piranha`, `gargoyle`, `bsdrp`, `extrahop`, `nozomi`,
// `stealthwatch`, `kube-ovn`, `flannel`, `ucentral`, `owgw`, `openwifi`, `rras`, `RASTLS`,
// `rasman`, `RemoteAccess`, `IASLOG`, `clagd`, `ifupdown2`, `arkime`, `moloch`, `e2guardian`,
// `vuurmuur`, `vrmr`, `bmv2`, `simple_switch`, `[bmv2]`, `lfd[`, `csf`, `usteer`, `dawn`,
// `ryu`, `p4runtime`, `fw_log_drop`, `zdebug`, `fw ctl`, `print_pkt_detail`, `trace_id=`,
// `mp-log`, `ikemgr`, `sslmgr`, `dp-monitor`, `useridd`, `varrcvr`, `routed.log`, `ms.log`,
// `devsrvr`, `authd.log`, `kernel: [fw4`, `fwk.elg`, `fwd.elg`, `cpd.elg`, `vpnd.elg`, `[fw4_`,
// `dmesg`, `snmptrapd`, `Timeticks:`, `snmpTrapOID`, `[UDP: [`, `trapd`, `snmptt`, `kamailio`,
// `opensips`, `rtpengine`, `smokeping`, `mtr`, `netdisco`, `pmacctd`, `ipfixcol`, `nfdump`, and
// the shapes themselves: a BSD date with a colon and no host, `Nov 29 07:41:16: `; env_logger's
// `[…Z INFO  crate]` inside a syslog line; a date, a weekday and a time `yyyy-MM-dd Day
// HH:mm:ss:mmm`; `[Day Mmm dd HH:mm:ss yyyy]` at the start of a line; `[HH:mm:ss.mmm] [bmv2]`;
// `T… [ DBG/`). None of WiFiDog, Nodogsplash, the Contrail vRouter agent or control node, Jool,
// MLVPN, bmv2 or FAUCET is in any table (`faucet` is only in fresh377's list of greps, `[6][` and
// `[7][` are other products' bracket runs, `[Thread ` is other products' thread brackets (IBM
// Integration Bus, libhdfs++ and more) and `, Pid ` is in none, `tungsten` is Tungsten Replicator,
// `jool` and `nat64` match nothing). Left out as measured already: the firewalls, routers, switches, load balancers,
// controllers and concentrators of the earlier passes (fresh474's list), OpenWrt's logread and
// hence openNDS and MLVPN under procd, LibreQoS's lqosd (env_logger inside a syslog line, in
// fresh137 and fresh153), BFE (log4go, fresh430), flexiWAN's file logger (`Nov 29 07:41:16: msg`,
// in fresh30, fresh46 and fresh413), TiProxy (TiDB's bracketed layout), Jool's warnings under
// `dmesg -T`, the Check Point, PAN-OS and FortiGate debug outputs, snmptrapd. Left out as not
// confirmed by any search: NuFW's nuauth, Vuurmuur's traffic log, Crossroads XR, pen, prplMesh,
// TIP OpenWiFi's gateway, Nuage VSP. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). WiFiDog's and Nodogsplash's ctime stamps have no zone and are read as UTC.
// The Contrail compute node is kept in PST: the syslog header's zone-less local time (read as UTC)
// and Sandesh's own PST stamp, converted (10:41:13.921098Z), are two versions of the same moment,
// and either is accepted; the control node's Sandesh stamp is in UTC. Jool's collector header and
// its unpadded GMT stamp are the same second; the kernel's uptime in brackets is no time. MLVPN's
// ISO stamp has no zone (UTC); bmv2's time of day is on the clock's day; FAUCET's date has no year
// (2026) and no zone (UTC). Levels only where the line marks one: the syslog digit in WiFiDog's
// and Nodogsplash's first bracket (7 debug, 6 info, 5 notice, 4 warning, 3 error), Sandesh's
// `[SYS_INFO]`, `[SYS_NOTICE]`, `[SYS_WARN]`, `[SYS_ERR]`, Jool's `Jool WARNING (func):` marker
// (its mapping and session lines carry none), MLVPN's padded word in the bracket, bmv2's letter
// (T D I E), FAUCET's padded level name. The host is the record's host field: the compute node
// after the Contrail syslog header, the control node after Sandesh's zone, the router before
// `kernel:`; WiFiDog's and Nodogsplash's clients, the auth server, the requested Host, BGP peers,
// XMPP peers, the NAT64 transport addresses, MLVPN's peer, FAUCET's logger names (`faucet.valve`
// where a host would stand) and its switch names are no hosts, and the standalone outputs have
// none. A record that spans lines is one entry: bmv2's `Looking up key:` with the key and the
// blank line under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (only the category word before the control node's level). Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit bb8946e before any rule for it: level 50.0 %, time 87.5 %, host 75.0 %, records 100.0 %.
// That is the macro figure (micro: level 53.7 %, time 90.2 %, host 78.0 %, records 100.0 %), in a
// worktree at bb8946e with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right; the gaps are the syslog digit in WiFiDog's and Nodogsplash's first
// bracket, which trawl does not read as the level; Sandesh's bracketed `[SYS_…]` level in the
// vRouter agent's flow log; the control node's Sandesh stamp with the weekday between date and
// time, so that its records get no time, no host and no level; and FAUCET's logger name after the
// date, which trawl takes for the host.

var fresh501Cases = []worldCase{
	{
		name:   "wifidog-gateway-foreground-debug",
		source: "WiFiDog gateway 1.x run in the foreground (`wifidog -f -d 7`), its debug.c writing `[level][ctime][pid](file.c:line) msg` to stderr (the syslog priority digit, ctime's 24 characters, the pid, the source file and line): wifidog/wifidog-gateway issues #23, #256, #296 and #304, and debug.c (`\"[%d][%.24s][%u](%s:%d) \"`, found with find_string)",
		why:    "ctime's weekday, month, day, time and year inside the second bracket (a zone-less local time, read as UTC); the level is the syslog digit in the first bracket; `(gateway.c:474)` is a file and line, no time; the clients' addresses and the auth server are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[6][Sun Nov 29 07:41:16 2026][2318](gateway.c:474) Received connection from 10.42.7.118, spawning worker thread"),
			we("2026-11-29T07:41:16Z", Debug, "", "[7][Sun Nov 29 07:41:16 2026][2318](httpd_thread.c:65) Processing request from 10.42.7.118"),
			we("2026-11-29T07:41:16Z", Info, "", "[6][Sun Nov 29 07:41:16 2026][2318](http.c:118) Captured 10.42.7.118 requesting [http%3A//connectivitycheck.example.net/generate_204] and re-directing them to login page"),
			we("2026-11-29T07:41:22Z", Debug, "", "[7][Sun Nov 29 07:41:22 2026][2318](ping_thread.c:198) Auth Server Says: Pong"),
			we("2026-11-29T07:41:49Z", Error, "", "[3][Sun Nov 29 07:41:49 2026][2318](ping_thread.c:189) An error occurred while reading from auth server: Connection reset by peer"),
			we("2026-11-29T07:42:03Z", Warn, "", "[4][Sun Nov 29 07:42:03 2026][2318](centralserver.c:301) Level 1: Failed to connect to auth server portal.example.net:80 (Connection timed out). Marking it as bad and trying next if possible"),
		},
	},
	{
		name:   "nodogsplash-foreground-debug",
		source: "Nodogsplash 4.x/5.x on an OpenWrt access point run in the foreground (`nodogsplash -f -d 7`; the debug.c it took from WiFiDog, `[level][ctime][pid](src/file.c:line) msg`, with `[5]` for notices): nodogsplash/nodogsplash issue #575",
		why:    "the WiFiDog layout with `src/` paths; `[5]` is notice; MAC addresses and tokens are no times; the client's address and the requested Host in brackets are no host",
		entries: []worldEntry{
			we("2026-11-29T08:02:11Z", Debug, "", "[7][Sun Nov 29 08:02:11 2026][4471](src/http_microhttpd.c:352) access: GET /generate_204"),
			we("2026-11-29T08:02:11Z", Notice, "", "[5][Sun Nov 29 08:02:11 2026][4471](src/client_list.c:134) Adding 192.168.77.140 3c:a6:f6:41:0e:9b token 5d1c08a2 to client list"),
			we("2026-11-29T08:02:11Z", Debug, "", "[7][Sun Nov 29 08:02:11 2026][4471](src/http_microhttpd.c:715) preauthenticated: Requested Host is [ captive.apple.com ]"),
			we("2026-11-29T08:02:40Z", Notice, "", "[5][Sun Nov 29 08:02:40 2026][4471](src/auth.c:402) Authenticating 192.168.77.140 3c:a6:f6:41:0e:9b"),
			we("2026-11-29T08:09:15Z", Error, "", "[3][Sun Nov 29 08:09:15 2026][4471](src/fw_iptables.c:280) iptables command failed(1): 'iptables -t mangle -A ndsOUT -s 192.168.77.140 -m mac --mac-source 3c:a6:f6:41:0e:9b -j MARK --set-mark 0x20000'"),
		},
	},
	{
		name:   "contrail-vrouter-agent-flow-syslog",
		source: "Contrail (Tungsten Fabric) vRouter agent with use_syslog=1 and log_flow=1, its flow messages at the syslog server (`Mmm dd HH:mm:ss host contrail-vrouter-agent[pid]: yyyy-MM-dd Day HH:mm:ss:mmm.uuu ZONE host [Thread n, Pid n]: [SYS_INFO]: FlowLogDataObject: flowdata= [ … ]`): Juniper's Contrail documentation 'Sending Flow Messages to the Contrail System Log' (a pasted line) and the launchpad blueprint flow-messages-syslog; the `%D{%Y-%m-%d %a %H:%M:%S:%Q %Z}` pattern of Contrail's base/logging.cc (found with find_string); here a compute node kept in PST",
		why:    "the syslog header's zone-less local time and Sandesh's own stamp (a weekday after the date, the milliseconds after a colon, a fraction of them, a zone abbreviation) are two versions of the same moment, either accepted; the level is the bracketed SYS_ word; the compute node is the host; setup_time's epoch microseconds and the VM addresses are not the record's",
		gap:    "the bracketed Sandesh level after the thread and pid (`[SYS_INFO]`, `[SYS_NOTICE]`, `[SYS_ERR]`) is not read",
		entries: []worldEntry{
			we("2026-11-29T02:41:13Z|2026-11-29T10:41:13.921098Z", Info, "cmp-r07", "Nov 29 02:41:13 cmp-r07 contrail-vrouter-agent[31877]: 2026-11-29 Sun 02:41:13:921.098 PST cmp-r07 [Thread 140208871651072, Pid 31877]: [SYS_INFO]: FlowLogDataObject: flowdata= [ [ [ flowuuid = 3c0e9a51-77d2-4b8e-a0c4-6f1d2e9b8a17 direction_ing = 1 sourcevn = default-domain:tenant-blue:web-net sourceip = 10.61.4.12 destvn = default-domain:tenant-blue:db-net destip = 10.61.8.20 protocol = 6 sport = 48212 dport = 5432 setup_time = 1795927273921098 vrouter = cmp-r07 ] ] ]"),
			we("2026-11-29T02:41:14Z|2026-11-29T10:41:14.006412Z", Info, "cmp-r07", "Nov 29 02:41:14 cmp-r07 contrail-vrouter-agent[31877]: 2026-11-29 Sun 02:41:14:006.412 PST cmp-r07 [Thread 140208871651072, Pid 31877]: [SYS_INFO]: FlowLogDataObject: flowdata= [ [ [ flowuuid = 9e41d0b2-1c6a-4f37-8d55-2ab7c0e31f96 direction_ing = 0 sourcevn = default-domain:tenant-blue:db-net sourceip = 10.61.8.20 destvn = default-domain:tenant-blue:web-net destip = 10.61.4.12 protocol = 6 sport = 5432 dport = 48212 setup_time = 1795927274006412 vrouter = cmp-r07 ] ] ]"),
			we("2026-11-29T02:44:50Z|2026-11-29T10:44:50.377205Z", Notice, "cmp-r07", "Nov 29 02:44:50 cmp-r07 contrail-vrouter-agent[31877]: 2026-11-29 Sun 02:44:50:377.205 PST cmp-r07 [Thread 140208880043776, Pid 31877]: [SYS_NOTICE]: AgentXmppSession: peer = 10.60.0.11 event = Ready state = Established"),
			we("2026-11-29T02:46:03Z|2026-11-29T10:46:03.512870Z", Error, "cmp-r07", "Nov 29 02:46:03 cmp-r07 contrail-vrouter-agent[31877]: 2026-11-29 Sun 02:46:03:512.870 PST cmp-r07 [Thread 140208880043776, Pid 31877]: [SYS_ERR]: VrouterError: error_message = Flow table full, dropping new flow from 10.61.4.77"),
		},
	},
	{
		name:   "contrail-control-log-file",
		source: "Contrail (Tungsten Fabric) control node's own log file (/var/log/contrail/contrail-control.log: log4cplus's `%D{%Y-%m-%d %a %H:%M:%S:%Q %Z}  %h [Thread %t, Pid %i]: %m`, two blanks before the host): Contrail's base/logging.cc (found with find_string); the `[SYS_…]` level from Juniper's documentation example; the category word before it (BGP, XMPP) from memory",
		why:    "a date with the weekday between it and the time, the milliseconds after a colon and a fraction of them, then UTC; the host after the zone is the control node's; the level is the bracketed SYS_ word; the BGP peer's and the vRouter's addresses are no host",
		gap:    "Sandesh's stamp with the weekday between the date and the time (`2026-11-29 Sun 07:41:16:412.338 UTC`) is not read, so the record has no time; the host after the zone and the bracketed `[SYS_…]` level after the category word are not read either",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412338Z", Notice, "ctl-a1", "2026-11-29 Sun 07:41:16:412.338 UTC  ctl-a1 [Thread 139864221185792, Pid 1408]: BGP [SYS_NOTICE]: BgpPeerState: peer = 10.60.0.1 state = Established last_state = OpenConfirm"),
			we("2026-11-29T07:41:17.030915Z", Info, "ctl-a1", "2026-11-29 Sun 07:41:17:030.915 UTC  ctl-a1 [Thread 139864212793088, Pid 1408]: XMPP [SYS_INFO]: XmppSessionEvent: peer = cmp-r07 address = 10.60.4.7 event = Open"),
			we("2026-11-29T07:43:52.806144Z", Warn, "ctl-a1", "2026-11-29 Sun 07:43:52:806.144 UTC  ctl-a1 [Thread 139864221185792, Pid 1408]: BGP [SYS_WARN]: BgpPeerHoldTimer: peer = 10.60.0.2 hold timer expired, sending NOTIFICATION"),
			we("2026-11-29T07:43:52.811002Z", Error, "ctl-a1", "2026-11-29 Sun 07:43:52:811.002 UTC  ctl-a1 [Thread 139864221185792, Pid 1408]: BGP [SYS_ERR]: BgpPeerClose: peer = 10.60.0.2 reason = Hold Timer Expired flap_count = 3"),
		},
	},
	{
		name:   "jool-nat64-kernel-at-collector",
		source: "Jool 4.x NAT64 translator on a Linux router with --logging-bib and --logging-session, its kernel lines at the syslog server (`Mmm dd HH:mm:ss host kernel: [uptime] Jool: yyyy/M/d H:m:s (GMT) - Mapped v6#port to v4#port (TCP)`, the inner time not zero-padded; `Jool WARNING (function): …`): NICMx/Jool en/logging.md and the bib/session log_info format strings (found with find_string), issues #340 and #410",
		why:    "the collector's zone-less header time; Jool's own GMT stamp without zero padding is the same second; the kernel's uptime in brackets is no time; `Jool WARNING (func):` marks a warning, the mapping lines carry no level; the IPv6 and IPv4 transport addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:40:02Z", Unknown, "nat64-gw2", "Nov 29 07:40:02 nat64-gw2 kernel: [1184228.004511] NAT64 Jool v4.1.12.0 module inserted."),
			we("2026-11-29T07:41:16Z", Unknown, "nat64-gw2", "Nov 29 07:41:16 nat64-gw2 kernel: [1184302.551207] Jool: 2026/11/29 7:41:16 (GMT) - Mapped 2001:db8:41:7::2a#51812 to 192.0.2.14#61027 (TCP)"),
			we("2026-11-29T07:42:05Z", Unknown, "nat64-gw2", "Nov 29 07:42:05 nat64-gw2 kernel: [1184351.090342] Jool: 2026/11/29 7:42:5 (GMT) - Added session 2001:db8:41:7::2a#51812|64:ff9b::cb00:7107#443|192.0.2.14#61027|203.0.113.7#443|TCP"),
			we("2026-11-29T07:44:30Z", Warn, "nat64-gw2", "Nov 29 07:44:30 nat64-gw2 kernel: [1184496.120044] Jool WARNING (send_to_userspace_prepare): joold: Too many sessions deferred! I need to drop some; sorry."),
			we("2026-11-29T08:05:09Z", Unknown, "nat64-gw2", "Nov 29 08:05:09 nat64-gw2 kernel: [1185735.418876] Jool: 2026/11/29 8:5:9 (GMT) - Forgot session 2001:db8:41:7::2a#51812|64:ff9b::cb00:7107#443|192.0.2.14#61027|203.0.113.7#443|TCP"),
		},
	},
	{
		name:   "mlvpn-debug-stderr",
		source: "MLVPN 2.3 (multi-link bonding VPN, the aggregation tunnel of OpenMPTCProuter) run with `--debug -v`, its log.c writing `yyyy-MM-ddTHH:mm:ss [LVL/token] msg` to stderr (levels EMRG ALRT CRIT ` ERR` WARN NOTI INFO ` DBG`, the token after a slash): zehome/MLVPN src/log.c and issue #103",
		why:    "an ISO date and time with no fraction and no zone (read as UTC); the level is padded to four inside the bracket and followed by a subsystem after a slash; the peer's address after `->` is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16 [INFO/config] new password set"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16 [INFO/config] adsl-1 tunnel added"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16 [INFO] created interface `mlvpn0'"),
			we("2026-11-29T07:41:23Z", Info, "", "2026-11-29T07:41:23 [INFO/protocol] lte-2 new connection -> 198.51.100.61:5081"),
			we("2026-11-29T07:41:23Z", Debug, "", "2026-11-29T07:41:23 [ DBG/net] < lte-2 recv 46 bytes (type=0, seq=0, reorder=0)"),
			we("2026-11-29T07:43:02Z", Error, "", "2026-11-29T07:43:02 [ ERR/protocol] adsl-1 authentication failed: bad password"),
		},
	},
	{
		name:   "bmv2-simple-switch-log-console",
		source: "The P4 software switch bmv2 (simple_switch run with `--log-console -L trace`, spdlog's `[HH:mm:ss.mmm] [bmv2] [L] [thread n] msg`, packet lines adding `[packet id] [cxt n]`, a table lookup's key on the lines under it): p4lang/behavioral-model issues #230 and #1058, stratum/stratum issue #21",
		why:    "a time of day with milliseconds and no date (the clock's day); the level is one letter in the third bracket (T D I W E C); `[17.0]` is a packet id, no time; `Looking up key:` with the key lines and the blank line under it is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402Z", Info, "", "[07:41:16.402] [bmv2] [I] [thread 6120] Adding interface veth2 as port 1"),
			we("2026-11-29T07:42:03.118Z", Debug, "", "[07:42:03.118] [bmv2] [D] [thread 6131] [17.0] [cxt 0] Processing packet received on port 1"),
			we("2026-11-29T07:42:03.118Z", Trace, "", "[07:42:03.118] [bmv2] [T] [thread 6131] [17.0] [cxt 0] Applying table 'MyIngress.ipv4_lpm'"),
			we("2026-11-29T07:42:03.118Z", Debug, "",
				"[07:42:03.118] [bmv2] [D] [thread 6131] [17.0] [cxt 0] Looking up key:",
				"* hdr.ipv4.dstAddr    : 0a00020b",
				""),
			we("2026-11-29T07:42:03.119Z", Debug, "", "[07:42:03.119] [bmv2] [D] [thread 6131] [17.0] [cxt 0] Table 'MyIngress.ipv4_lpm': hit with handle 3"),
			we("2026-11-29T07:42:07.530Z", Error, "", "[07:42:07.530] [bmv2] [E] [thread 6131] [18.0] [cxt 0] Checksum 'cksum_ipv4' is not correct"),
		},
	},
	{
		name:   "faucet-openflow-controller-log",
		gap:    "the logger's name `faucet`, one word without a dot, before the padded level column is taken for the host (a dotted logger such as `faucet.valve` is not)",
		source: "FAUCET, the OpenFlow controller of a lab's switches (/var/log/faucet/faucet.log, Python logging's `%b %d %H:%M:%S name levelname-padded-to-8 msg`, loggers faucet and faucet.valve, the switch's DPID and name in the message): faucetsdn/faucet issue #3251 and PR #1299",
		why:    "a syslog-style date with no year and no host (2026, UTC); `faucet.valve` where a host would stand is the logger's name, no host; the level word padded to eight; the switch name and the learned host's addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 faucet INFO     Reloading configuration"),
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 faucet.valve INFO     DPID 2 (0x2) sw-lab-2 Cold start configuring DP"),
			we("2026-11-29T07:41:19Z", Info, "", "Nov 29 07:41:19 faucet.valve INFO     DPID 2 (0x2) sw-lab-2 L2 learned 0e:4b:91:22:7c:05 (L2 type 0x0800, L2 dst ff:ff:ff:ff:ff:ff, L3 src 10.20.0.31, L3 dst 10.20.0.1) Port 7 VLAN 120 (1 hosts total)"),
			we("2026-11-29T07:44:02Z", Warn, "", "Nov 29 07:44:02 faucet.valve WARNING  DPID 2 (0x2) sw-lab-2 Port 9 down"),
			we("2026-11-29T07:45:30Z", Error, "", "Nov 29 07:45:30 faucet ERROR    features_handler: unknown datapath DPID 5 (0x5)"),
		},
	},
}

func TestFresh501Formats(t *testing.T) { assertTable(t, fresh501Cases) }
func TestFresh501Score(t *testing.T) {
	checkScore(t, "fresh501 formats", fresh501Cases, [worldNumFields]float64{74.9, 87.4, 82.4, 99.9})
}
