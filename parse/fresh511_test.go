package parse

import "testing"

// The five-hundred-and-eleventh fresh table: network appliances at a collector, a seventh pass
// (firewalls, load balancers, switches, routers, VPN and Wi-Fi gear as their syslog reaches rsyslog,
// syslog-ng or a SIEM's file, and the control and management planes that run on them), shapes no
// earlier table holds. After six passes the vendors' firewalls, balancers and controllers are
// measured; this pass takes the open network software that switches and routers run or lean on.
// Each family is one product's documented or observed output: the Floodlight OpenFlow controller
// on its console (a time of day only, a level word, `[abbreviated.Logger:thread]`, a Java stack
// under an ERROR); the Lagopus software switch through syslog (a syslog header, then its own
// date(1)-style stamp with a zone and year inside brackets, a padded level and
// `[pid:thread:module]`); NLnet Labs' Routinator RPKI validator through syslog (`[WARN]` and
// `[INFO]` after the tag); NIC Mexico's FORT validator on its console (a year-less date and a
// three-letter level `ERR`, `WRN`, then an optional `[Validation]` tag); the netopeer2 NETCONF
// server run in the foreground (`[INF]: SR: msg`, no time); Tail-f ConfD's foreground verbose log
// (`dd-Mon-yyyy::HH:mm:ss.mmm host confd[pid]: - msg`); BGPalerter's reports.log (winston's ISO
// time with an offset, then `verbose:` and the BGP update as key:value pairs); Cisco pyATS and
// Unicon talking to a switch over NETCONF (`yyyy-MM-ddTHH:mm:ss: %UNICON-INFO: msg`).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`fortigate`, `fortinet`, `palo alto`, `pan-os`, `check point`,
// `checkpoint`, `sonicwall`, `sophos`, `juniper`, `RT_FLOW`, `screenos`, `netscreen`, `mikrotik`,
// `routeros`, `unifi`, `edgerouter`, `ubiquiti`, `pfsense`, `filterlog`, `opnsense`, `watchguard`,
// `firebox`, `barracuda`, `big-ip`, `f5`, `netscaler`, `citrix`, `a10`, `thunder`, `kemp`,
// `loadmaster`, `aruba`, `arubaos`, `aos-cx`, `instant ap`, `cisco wlc`, `apfMsConnTask`,
// `meraki`, `huawei`, `%%01`, `h3c`, `comware`, `arista`, `eos`, `extreme`, `exos`, `voss`,
// `ruckus`, `smartzone`, `ruckus icx`, `dell os10`, `ftos`, `nokia`, `sr os`, `nx-os`, `nxos`,
// `ios xr`, `ios-xr`, `RP/0/`, `zyxel`, `zywall`, `draytek`, `stormshield`, `forcepoint`,
// `stonesoft`, `firepower`, `%FTD-`, `cisco ise`, `CISE_`, `pulse secure`, `ivanti`,
// `connect secure`, `fortiweb`, `fortimail`, `cambium`, `mist`, `tnsr`, `vyos`, `cumulus`,
// `untangle`, `ipfire`, `kerio`, `sangfor`, `hillstone`, `omada`, `tp-link`, `openwrt`,
// `logread`, `dd-wrt`, `ironport`, `proxysg`, `blue coat`, `zscaler`, `infoblox`, `gigamon`,
// `silver peak`, `edgeconnect`, `versa`, `velocloud`, `viptela`, `procurve`, `aruba-os switch`,
// `omniswitch`, `alcatel`, `allied telesis`, `alliedware`, `%AAA-I-`, `netgear`, `clearpass`,
// `globalprotect`, `sonicwall sma`, `radware`, `alteon`, `defensepro`, `array networks`,
// `cisco wsa`, `utm 9`, `ulogd`, `sys="SecureNet"`, `sonic`, `orchagent`, `frr`, `frrouting`,
// `bird`, `quagga`, `pflog`, `keepalived`, `teltonika`, `peplink`, `pepwave`, `cradlepoint`,
// `digi`, `airos`, `mimosa`, `aerohive`, `xirrus`, `meru`, `ruijie`, `rgos`, `zte`, `edgecore`,
// `openbsd`, `loadbalancer.org`, `traefik`, `endian`, `smoothwall`, `clearos`, `zeroshell`,
// `nethserver`, `securepoint`, `lancom`, `lcos`, `bintec`, `fritz`, `cyberoam`, `gajshield`,
// `clavister`, `EFW:`, `nsfocus`, `venustech`, `topsec`, `dptech`, `usg6`, `brocade`,
// `foundry`, `avi networks`, `nsx`, `nsx@6876`, `vshield`, `ericsson`, `redback`, `ciena`,
// `adtran`, `calix`, `dzs`, `enterasys`, `onyx`, `mlnx`, `mgmtd`, `pica8`, `powerconnect`,
// `traputil`, `flexfabric`, `dlink`, `d-link`, `grandstream`, `engenius`, `adguard`, `bluecat`,
// `efficientip`, `imperva`, `incapsula`, `fortiddos`, `arbor`, `netscout`, `ixia`, `riverbed`,
// `steelhead`, `sport[`, `waas`, `mcafee`, `mcafee web gateway`, `mwg`, `skyhigh`, `symantec`,
// `netskope`, `openvpn as`, `openvpn access server`, `stdout#info`, `[OVPN`, `charon`, `pluto`,
// `libreswan`, `strongswan`, `vyatta`, `hostapd`, `wpa_supplicant`, `tanaza`, `sierra`,
// `airlink`, `moxa`, `hirschmann`, `scalance`, `westermo`, `phoenix contact`, `belden`,
// `fortiswitch`, `fortiap`, `fortimanager`, `fortianalyzer`, `fortiproxy`, `fortinac`,
// `fortiauthenticator`, `fortiadc`, `fortisandbox`, `fortiextender`, `opengear`, `lantronix`,
// `avocent`, `cyclades`, `lenovo`, `cnos`, `wing`, `motorola`, `chilli`, `coova`,
// `packetfence`, `softether`, `pritunl`, `tinc`, `zerotier`, `nebula`, `ocserv`, `netextender`,
// `headscale`, `netbird`, `firezone`, `xl2tpd`, `pptpd`, `accel-ppp`, `kea-dhcp`, `pound`,
// `zeus`, `stingray`, `vtm`, `nodefail`, `%ACE-`, `zevenet`, `skudonet`, `relayd`, `shorewall`,
// `%PIX-`, `%FWSM-`, `forefront`, `isa server`, `Microsoft Internet Security`, `fields:
// computer`, `tmg`, `firewalla`, `zentyal`, `ipcop`, `m0n0wall`, `genua`, `openbgpd`, `exabgp`,
// `| reactor`, `gobgp`, `srlinux`, `sr linux`, `drivenets`, `6wind`, `rtbrick`, `docsis`,
// `arris`, `asuswrt`, `wlceventd`, `merlin`, `tomato`, `gargoyle`, `synology srm`, `eero`,
// `linksys`, `TrusGuard`, `ahnlab`, `secui`, `Debug line with all properties`,
// `RSYSLOG_DebugFormat`, `RSYSLOG_`, `kiwi`, `Local7.Info`, `syslog watcher`, `visual syslog`,
// `tftpd`, `prtg`, `whatsup`, `logzilla`, `papertrail`, `log center`, `qulog`, `nxlog`,
// `LEEF:`, `configd`, `check_reload_status`, `system,info`, `ports: port`, `%%10`, `RT_IDP`,
// `RT_UTM`, `RT_SCREEN`, `%DOT1X`, `CLIENT_ORCH`, `ubios`, `udapi`, `deco`, `orbi`, `velop`,
// `sagemcom`, `technicolor`, `gl.inet`, `turris`, `plume`, `astaro`, `umbrella`,
// `tippingpoint`, `intrushield`, `sourcefire`, `evIdsAlert`, `fireeye`, `corero`,
// `stealthwatch`, `lancope`, `vectra`, `darktrace`, `websense`, `iboss`, `lightspeed`,
// `contentkeeper`, `naxsi`, `signal sciences`, `akamai`, `wallarm`, `apic`, `ucsm`, `airwave`,
// `ekahau`, `aironet`, `Dot11Radio`, `mojo`, `ligowave`, `alta labs`, `inseego`, `ncp`, `duo`,
// `twingate`, `cloudflared`, `ngrok`, `frpc`, `frps`, `v2ray`, `xray`, `fs.com`, `planet`,
// `trendnet`, `edimax`, `ocnos`, `arrcus`, `adva`, `ekinops`, `oneos`, `sonus`, `ribbon`,
// `audiocodes`, `acme packet`, `acmepacket`, `avaya`, `mitel`, `cato`, `aryaka`, `talari`,
// `ecessa`, `elfiq`, `xroads`, `perle`, `raritan`, `nodegrid`, `meinberg`, `lantime`,
// `logrhythm`, `securonix`, `exabeam`, `archives.log`, `ossim`, `alienvault`, `fluentd`,
// `out_file`, `snare`, `firewall analyzer`, `eventlog analyzer`, `olfeo`, `gatewatcher`,
// `aioniq`, `ubika`, `denyall`, `rohde`, `wallix`, `systancia`, `%ASA-session`,
// `%FTD-session`, `emblem`, `awake`, `corelight`, `sightline`, `peakflow`, `forticlient`,
// `netwitness`, `vade`, `retarus`, `inwebo`, `harfang`, `tehtris`, `trellix`, `bitdefender`,
// `sandvine`, `procera`, `allot`, `exinda`, `gatekeeper`, `cyberguard`, `secureworks`,
// `cisco umbrella`, `meraki mx`, `nozomi`, `claroty`, `dragos`, `tofino`, `fortigate-`,
// `ubiquiti unifi`, `edgemax`, `control d`, `controld`, `acklio`, `isakmpd`, `technitium`,
// `blocky`, `dnscrypt`, `privoxy`, `3proxy`, `sockd`, `dante`, `crowdsec`, `sshguard`, `rdk`,
// `mod=`, `lvl=`, `iwd`, `connman`, `openwisp`, `radsecproxy`, `eduroam`, `tac_plus`,
// `tacacs`, `tac_plus-ng`, `dent`, `lagopus`, `pox`, `floodlight`, `FloodlightModuleLoader`,
// `n.f.c.m`, `OFSwitchManager`, `dpdk`, `testpmd`, `trex`, `IPVS`, `ldirectord`, `ucarp`,
// `glb`, `glb-director`, `sniproxy`, `traffic server`, `diags.log`, `kismet`, `sing-box`,
// `singbox`, `+0000 20`, `clash`, `mihomo`, `trojan`, `hysteria`, `openvpn3`, `warp-svc`,
// `firewalld`, `firehol`, `ferm`, `apf`, `fwknop`, `knockd`, `psad`, `portsentry`,
// `pfblocker`, `zenarmor`, `sensei`, `danos`, `bgpalerter`, `verbose: type`,
// `aggregator:null`, `routinator`, `[WARN] rsync`, `octorpki`, `rpki-client`, `stayrtr`,
// `gortr`, `krill`, `fort validator`, `fort[`, `fort-validator`, `NICMx/FORT`, `[Validation]`,
// `ERR [`, `WRN: `, `rpki-prover`, `rtrtr`, `dataplaneapi`, `ncs[`, `ncs.log`, `confd[`,
// `<INFO> `, `::07:`, `Tail-f`, `netopeer`, `sysrepo`, `[INF]:`, `[ERR]:`, `SR: `,
// `mainloop.c`, `s_prologue`, `stratum`, `gnmic`, `[gnmic]`, `akvorado`, `elastiflow`,
// `sflow-rt`, `hsflowd`, `ktranslate`, `derper`, `derp:`, `wireguard-go`, `peer(`, `[#] ip`,
// `hamachi`, `freelan`, `libremesh`, `althea`, `gobgp`, `containerlab`, `gns3`, `batfish`,
// `scrapli`, `netmiko`, `napalm`, `pyats`, `unicon`, `%UNICON`, `%NCCLIENT`, `%YANG-`,
// `nginx proxy manager`, `nginx-proxy-manager`, `[Global`, `zoraxy`, `pangolin`, `newt`,
// `portmaster`, `opensnitch`, `eapol_test`, `onos`, `opendaylight`, `karaf`, `ryu`,
// `instantiating app`, `++BGPalerter`). None of Floodlight, Lagopus, Routinator, FORT,
// netopeer2 or sysrepo, Tail-f ConfD, BGPalerter or pyATS and Unicon is in any table (`confd[` is
// Kelsey Hightower's confd, `::07:` the Erlang/OTP reports' day-first stamp, `ERR [` and `WRN: `
// other products' words, `Tail-f` only `tail -f`; `ryu` and `pox` match other words). Left out as
// measured already: the vendors' firewalls, routers, switches, balancers, wireless controllers and
// concentrators of the earlier passes (fresh474's and fresh501's lists), ExaBGP (fresh16), GoBGP
// (fresh114), gNMIc (fresh301), Akvorado (fresh35), derper (fresh141), sniproxy (fresh25), knockd
// (fresh18), fwknopd (fresh33), UCARP (fresh29), tac_plus and tac_plus-ng (fresh142), OpenBSD's
// rpki-client (fresh101), ldirectord on a Loadbalancer.org appliance (fresh103), kube-proxy in
// IPVS mode (fresh286), Clavister (fresh20), Ekinops OneOS (fresh174), the Sekoia-formatted
// Olfeo and UBIKA logs (fresh174). Left out as not confirmed by any search: StayRTR's and GoRTR's
// logs, sFlow-RT's, Zenarmor's engine log, ConfD's confd.log with its `<INFO>` word in front,
// BGPalerter's syslog report (`++BGPalerter-5-hijack:`), Krill's log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Floodlight's console has a time of day only: it is on the clock's day.
// Lagopus' syslog header and its own `[Sun Nov 29 07:41:16 UTC 2026]` are the same second.
// Routinator's and FORT's year-less dates are in 2026 and zone-less (UTC). netopeer2's foreground
// lines carry no time at all. ConfD's day-first `29-Nov-2026::07:41:16.946` has no zone (UTC).
// BGPalerter's stamp carries its offset (+00:00); the `timestamp:` epoch milliseconds inside the
// message are the BGP update's own time, not the record's. pyATS' stamp ends in a colon and has no
// zone (UTC). Levels only where the line marks one: Floodlight's word after the time, Lagopus'
// bracketed `[INFO ]`, `[DEBUG]`, `[ERROR]`, `[FATAL]` (fatal is Critical), Routinator's
// `[INFO]`, `[WARN]`, `[ERROR]`, FORT's `ERR` and `WRN`, netopeer2's `[INF]`, `[WRN]`, `[ERR]`,
// `[DBG]`, BGPalerter's winston word (`verbose` is Debug, as in npm and winston), pyATS'
// `%UNICON-INFO`, `%NCCLIENT-INFO`, `%YANG-INFO` (the level after the facility); ConfD's
// verbose console lines carry none. The host is the record's host field: the syslog header's host
// for Lagopus and Routinator, the word after ConfD's stamp; FORT's `ERR` where a host would stand
// is its level, and Floodlight's DPIDs, the RPKI repositories, BGP peers and next hops, the
// NETCONF clients and pyATS' device names are no hosts. A record that spans lines is one entry:
// Floodlight's ERROR with the exception and the `at` lines under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (only BGPalerter's `info:` alert line). Hosts, ids, addresses, users
// and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d8a4da7 before any rule for it: level 87.5 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 85.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at d8a4da7 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is pyATS' `%UNICON-INFO:` marker, whose level word after the
// logger name trawl does not read, so that its records get no level.

var fresh511Cases = []worldCase{
	{
		name:   "floodlight-openflow-controller-console",
		source: "the Floodlight OpenFlow controller run with `java -jar target/floodlight.jar` (logback's console pattern `HH:mm:ss.SSS LEVEL [abbreviated.Logger:thread] msg`, a Java stack under an ERROR): floodlight/floodlight issues #720 and #489",
		why:    "a time of day with milliseconds and no date (the clock's day); the level word after it; `[n.f.c.i.OFSwitchManager:main]` is a logger and a thread, no host; DPIDs are no times; the exception and its `at` lines belong to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "07:41:16.204 INFO [n.f.c.m.FloodlightModuleLoader:main] Loading modules from src/main/resources/floodlightdefault.properties"),
			we("2026-11-29T07:41:16.980Z", Warn, "", "07:41:16.980 WARN [n.f.r.RestApiServer:main] HTTP enabled; Allowing unsecure access to REST API on port 8080."),
			we("2026-11-29T07:41:19.615Z", Info, "", "07:41:19.615 INFO [n.f.c.i.OFSwitchManager:main] Setting max tables to receive table-miss flow to 0x1 for DPID 00:00:00:00:00:00:00:03"),
			we("2026-11-29T07:41:21.072Z", Debug, "", "07:41:21.072 DEBUG [n.f.l.i.LinkDiscoveryManager:Scheduled-2] Sending LLDP packet out of switch: 00:00:00:00:00:00:00:03, port: 2"),
			we("2026-11-29T07:41:23.447Z", Error, "",
				"07:41:23.447 ERROR [n.f.core.Main:main] Exception in main",
				"net.floodlightcontroller.core.module.FloodlightModuleException: Module net.floodlightcontroller.dhcpserver.DHCPServer not found",
				"\tat net.floodlightcontroller.core.module.FloodlightModuleLoader.traverseDeps(FloodlightModuleLoader.java:313) ~[floodlight.jar:na]",
				"\tat net.floodlightcontroller.core.module.FloodlightModuleLoader.loadModulesFromList(FloodlightModuleLoader.java:287) ~[floodlight.jar:na]",
				"\tat net.floodlightcontroller.core.Main.main(Main.java:61) ~[floodlight.jar:na]"),
		},
	},
	{
		name:   "lagopus-switch-syslog-inner-stamp",
		source: "the Lagopus software OpenFlow switch logging to syslog (`Mmm dd HH:mm:ss host lagopus: [Day Mmm dd HH:mm:ss ZONE yyyy][LEVEL][pid:thread:module]:./file.c:line:function: msg`, the level padded to five in brackets): lagopus/lagopus issues #127 and #44",
		why:    "the syslog header's zone-less time and Lagopus' own stamp with a zone and a year are the same second; the level is the bracket after the inner stamp (FATAL is Critical); `[2648:0x…:lagopus]` is a pid, a thread and a module, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "vsw-edge1", "Nov 29 07:41:16 vsw-edge1 lagopus: [Sun Nov 29 07:41:16 UTC 2026][INFO ][3104:0x00007f2c41a3e740:lagopus]:./mainloop.c:360:s_prologue: lagopus: Starting all the modules."),
			we("2026-11-29T07:41:16Z", Info, "vsw-edge1", "Nov 29 07:41:16 vsw-edge1 lagopus: [Sun Nov 29 07:41:16 UTC 2026][INFO ][3104:0x00007f2c41a3e740:lagopus]:./mainloop.c:546:s_callout_mainloop: lagopus is a go."),
			we("2026-11-29T07:41:17Z", Debug, "vsw-edge1", "Nov 29 07:41:17 vsw-edge1 lagopus: [Sun Nov 29 07:41:17 UTC 2026][DEBUG][3104:0x00007f2c3c84d700:ofp_handler]:./ofp_handler.c:907:s_ofph_thread_main: waiting for the world changes to GLOBAL_STATE_STARTED ..."),
			we("2026-11-29T07:41:19Z", Error, "vsw-edge1", "Nov 29 07:41:19 vsw-edge1 lagopus: [Sun Nov 29 07:41:19 UTC 2026][ERROR][3104:0x00007f2c41a3e740:lagopus]:./load_conf_module.c:28:initialize_internal: Datastore interp error(s)."),
			we("2026-11-29T07:41:19Z", Critical, "vsw-edge1", "Nov 29 07:41:19 vsw-edge1 lagopus: [Sun Nov 29 07:41:19 UTC 2026][FATAL][3104:0x00007f2c41a3e740:lagopus]:./load_conf_module.c:29:initialize_internal: can't load the configuration parameters."),
		},
	},
	{
		name:   "routinator-syslog-bracket-level",
		source: "NLnet Labs' Routinator RPKI validator (0.12+) run by systemd with `log = syslog`, as rsyslog stores it (`Mmm dd HH:mm:ss host routinator[pid]: [LEVEL] msg`, the level in brackets before the message): NLnetLabs/routinator issues #897 and #900; the older level-less lines in #585 and #237",
		why:    "a year-less date (2026) and the host from the syslog header; `[WARN]` after the tag is the level; the rsync:// and https:// repositories in the message are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "rpki01", "Nov 29 07:41:16 rpki01 routinator[3448]: [INFO] Starting a validation run."),
			we("2026-11-29T07:41:42Z", Warn, "rpki01", "Nov 29 07:41:42 rpki01 routinator[3448]: [WARN] rsync://rpki.example.net/repo/ca-17/0/3F2A91C4D07E5B18A6C2E4F0913B7D5A8C6E2F10.mft: stale manifest"),
			we("2026-11-29T07:41:42Z", Warn, "rpki01", "Nov 29 07:41:42 rpki01 routinator[3448]: [WARN] RRDP https://rrdp.example.org/notification.xml: error sending request for url (https://rrdp.example.org/notification.xml): operation timed out"),
			we("2026-11-29T07:41:55Z", Warn, "rpki01", "Nov 29 07:41:55 rpki01 routinator[3448]: [WARN] rsync://rpki.example.net/repo/: rsync error: timeout waiting for daemon connection (code 35) at socket.c(278) [Receiver=3.2.7]"),
			we("2026-11-29T07:43:03Z", Info, "rpki01", "Nov 29 07:43:03 rpki01 routinator[3448]: [INFO] Validation completed. New serial is 4411."),
		},
	},
	{
		name:   "fort-validator-console-three-letter-level",
		source: "NIC Mexico's FORT RPKI validator run in standalone mode with `--log.output=console` (`Mmm dd HH:mm:ss LVL: msg`, or `LVL [Validation]: msg` for the validation log; levels ERR, WRN): NICMx/FORT-validator issues #38, #52 and #110",
		why:    "a year-less date with no host; `ERR` and `WRN` stand where a syslog host would and are the level; `[Validation]` is the log's tag; the TAL paths and repositories are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "", "Nov 29 07:41:16 ERR: /etc/fort/tal/example.tal: None of the URIs of the TAL '/etc/fort/tal/example.tal' yielded a successful traversal."),
			we("2026-11-29T07:41:16Z", Warn, "", "Nov 29 07:41:16 WRN: Validation from TAL '/etc/fort/tal/example.tal' yielded error 110 (Connection timed out); discarding all validation results."),
			we("2026-11-29T07:42:05Z", Error, "", "Nov 29 07:42:05 ERR [Validation]: rsync://rpki.example.net/repo/ca-17/7Hq2VfK0cX1pQ9sL.mft: CRL is stale/expired"),
			we("2026-11-29T07:42:07Z", Warn, "", "Nov 29 07:42:07 WRN [Validation]: rsync://rpki.example.net/repo/ca-17/7Hq2VfK0cX1pQ9sL.cer: Retrying HTTP request 'https://rrdp.example.org/notification.xml' in 5 seconds, 2 attempts remaining."),
		},
	},
	{
		name:   "netopeer2-server-foreground-no-time",
		source: "the netopeer2 NETCONF server run in the foreground with `netopeer2-server -d -v2` (`[LVL]: XX: msg`: the level in brackets, the library's two letters, SR for sysrepo, LN for libnetconf2, NP for netopeer2; no time): CESNET/netopeer2 issues #942 and #591",
		why:    "lines with no time of their own; `[INF]`, `[WRN]`, `[ERR]`, `[DBG]` are the level; `SR:` and `LN:` name a library, not a host; the address bound is no host",
		entries: []worldEntry{
			we("", Info, "", "[INF]: SR: Connection 12 created."),
			we("", Info, "", `[INF]: SR: Session 41 (user "netconf", CID 12) created.`),
			we("", Info, "", `[INF]: SR: Triggering "ietf-netconf-server" "done" event on enabled data.`),
			we("", Warn, "", `[WRN]: SR: Module "ietf-hardware" was not found in sysrepo.`),
			we("", Error, "", `[ERR]: LN: Could not bind "0.0.0.0" port 830 (Permission denied).`),
			we("", Debug, "", "[DBG]: LN: Session 3: thread 1 event new RPC."),
		},
	},
	{
		name:   "confd-foreground-verbose-day-first",
		source: "Tail-f (Cisco) ConfD started with `confd --foreground -c confd.conf --verbose` on a network element (`dd-Mon-yyyy::HH:mm:ss.mmm host confd[pid]: msg`, confd.log's `- msg` lines and the developer log's `devel-…` lines, no level word): discuss.tail-f.com 'Trying to confirm my understanding about init xml files and phased startup' (the phase1 and started lines in the phase0 line's form)",
		why:    "a day-first date with a month name joined to the time by `::` and no zone (UTC); the host after it, then `confd[pid]:`; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.946Z", Unknown, "nc-edge1", "29-Nov-2026::07:41:16.946 nc-edge1 confd[2871]: devel-cdb init files found in ./confd-cdb: aaa_init.xml"),
			we("2026-11-29T07:41:16.947Z", Unknown, "nc-edge1", "29-Nov-2026::07:41:16.947 nc-edge1 confd[2871]: - CDB load: processing file: ./confd-cdb/aaa_init.xml"),
			we("2026-11-29T07:41:17.082Z", Unknown, "nc-edge1", "29-Nov-2026::07:41:17.082 nc-edge1 confd[2871]: - ConfD phase0 started"),
			we("2026-11-29T07:41:18.410Z", Unknown, "nc-edge1", "29-Nov-2026::07:41:18.410 nc-edge1 confd[2871]: - ConfD phase1 started"),
			we("2026-11-29T07:41:18.655Z", Unknown, "nc-edge1", "29-Nov-2026::07:41:18.655 nc-edge1 confd[2871]: - ConfD started"),
		},
	},
	{
		name:   "bgpalerter-reports-log-winston",
		source: "BGPalerter's logs/reports-yyyy-MM-dd.log (winston's file transport: an ISO time with its offset, the level word and a colon, then the BGP message as key:value pairs): nttgin/BGPalerter issue #634 (a pasted tail), issue #516 for the alert text; the `info:` alert line from memory",
		why:    "an ISO time with +00:00 first; `verbose:` is winston's level below info (Debug); the epoch milliseconds in `timestamp:` are the BGP update's time, not the record's; peers and next hops are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:56:01Z", Debug, "", "2026-11-29T07:56:01+00:00 verbose: type:announcement timestamp:1795938961907 prefix:203.0.113.0/24 peer:198.51.100.3 path:[64510,64496,65551] nextHop:198.51.100.3 aggregator:null"),
			we("2026-11-29T07:56:01Z", Debug, "", "2026-11-29T07:56:01+00:00 verbose: type:announcement timestamp:1795938961908 prefix:2001:db8:4400::/40 peer:198.51.100.4 path:[64510,64499,[64500,65551]] nextHop:198.51.100.4 aggregator:null"),
			we("2026-11-29T07:56:02Z", Debug, "", "2026-11-29T07:56:02+00:00 verbose: type:withdrawal timestamp:1795938962114 prefix:192.0.2.0/24 peer:198.51.100.3"),
			we("2026-11-29T07:56:09Z", Info, "", "2026-11-29T07:56:09+00:00 info: AS65551 is announcing 203.0.113.128/25 but this prefix is not in the configured list of announced prefixes"),
		},
	},
	{
		name:   "pyats-unicon-netconf-log",
		source: "Cisco pyATS with Unicon and the yang connector driving a Catalyst switch over NETCONF (Python logging with pyATS' format `yyyy-MM-ddTHH:mm:ss: %LOGGER-LEVEL: msg`, one line per XML line): CiscoTestAutomation/yang PR #75 (example output)",
		why:    "a zone-less ISO time closed by a colon (UTC); the level after the logger in `%UNICON-INFO:`; the device name, the SSH tunnel address and the XML are no hosts; each XML line is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Info, "", "2026-11-29T07:41:19: %YANG-INFO: +++ acc-sw14 netconf logfile /home/ines/runinfo/ncTest_job.2026Nov29_07:41:13.812004/acc-sw14-nc-20261129T074119117.log +++"),
			we("2026-11-29T07:41:31Z", Info, "", "2026-11-29T07:41:31: %UNICON-INFO: Device 'acc-sw14' connection 'netconf' via new SSH tunnel 127.0.0.1:20011"),
			we("2026-11-29T07:41:31Z", Info, "", "2026-11-29T07:41:31: %NCCLIENT-INFO: Connected (version 2.0, client OpenSSH_8.9)"),
			we("2026-11-29T07:41:33Z", Info, "", "2026-11-29T07:41:33: %NCCLIENT-INFO: Authentication (password) successful!"),
			we("2026-11-29T07:41:38Z", Info, "", "2026-11-29T07:41:38: %NCCLIENT-INFO: [host 127.0.0.1 session 0x7f3a9c2e10] Sending:"),
			we("2026-11-29T07:41:38Z", Info, "", `2026-11-29T07:41:38: %NCCLIENT-INFO: <nc:hello xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0">`),
		},
	},
}

func TestFresh511Formats(t *testing.T) { assertTable(t, fresh511Cases) }
func TestFresh511Score(t *testing.T) {
	checkScore(t, "fresh511 formats", fresh511Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
