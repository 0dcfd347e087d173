package parse

import "testing"

// The fifty-fourth fresh table, written on 2026-12-01: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the earlier fresh tables (fresh_test.go to
// fresh53_test.go), compared by family and by product and not only by name, so that its score is
// again an honest figure for logs trawl has never been tuned on. Its theme is network appliances'
// logs as they reach a syslog server or a collector, a second pass after fresh48: switches, routers,
// firewalls, load balancers, wireless controllers and SD-WAN edges, in the vendors, models and
// output modes no earlier table holds. It has five parts. The first is switches and routers in
// their remote-syslog modes (ExtremeXOS' syslog target, SLX-OS raslogd's structured elements,
// AlliedWare Plus, Ruckus ICX, ArubaOS-Switch, AOS-CX, Nokia SR OS' TMNX lines, a Ubiquiti
// EdgeSwitch, a NETGEAR M4300, a Dell N-series in RFC 5424, NX-OS with its origin-id and its `show logging nvram`, MikroTik's BSD syslog, a
// CloudEngine with ISO timestamps, an SRX cluster's `show log messages`, OPNsense's remote BSD
// target, IOS XR and IOS XE in RFC 5424, Eltex MES in its default and RFC 5424 modes). The second
// is firewalls (FortiGate in CSV mode and through rsyslog's file format, FortiSandbox, FortiProxy,
// WatchGuard in CEF, Check Point's Log Exporter in LEEF, PAN-OS in LEEF, Barracuda CloudGen's
// syslog streaming, the FMC's SFIMS intrusion lines, FTD's `show logging` and its RFC 5424
// timestamps, an ASA with no device timestamp). The third is load balancers (BIG-IP AFM in the
// Splunk format, ASM in ArcSight CEF, F5OS' platform log, a NetScaler sending day-first dates).
// The fourth is wireless and cloud-managed gear (Aruba Instant, AireOS `show logging`, Meraki's
// air marshal and security events). The fifth is SD-WAN edges (Silver Peak EdgeConnect, Versa FlexVNF's KVP logs). Where a
// product is already in an earlier table (ExtremeXOS, SLX, AlliedWare Plus, ICX, ArubaOS-Switch,
// AOS-CX, SR OS, FASTPATH switches, NX-OS, RouterOS, Huawei VRP, Junos, OPNsense, IOS XR, IOS,
// FortiGate, WatchGuard, Check Point, PAN-OS, CloudGen, FTD, ASA, Meraki, BIG-IP, NetScaler,
// ArubaOS, AireOS), the family here is another mode, file or model of it that no earlier table
// holds, and source says so.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own, the written clock read as UTC when the format
// writes no zone, a year-less date in the table's year and a bare time of day on the clock's day,
// levels only where the source puts them (a PRI, a level column, a bracketed severity, a
// structured element's severity, a level= or pri= field, the mnemonic's digit; a CEF or LEEF
// severity, an IPS rule's priority or a level word in free text is no level), "" host when the
// record names none (a peer, a client, an AP, an origin gateway in a field is no host; the
// writer's own name in the header, or in the field the product names its own device in, as the
// FortiGate family of holdout_test.go reads devname, is), and a multi-line record as one entry.
//
// The lines were written for this table in the layout each product really uses. Some layouts were
// checked against public material found by search: AOS-CX's remote lines and ArubaOS-Switch's BSD
// line in elastic/integrations' hpe_aruba_cx test logs, SR OS' syslog format in the Nokia 7750 SR
// System Management Guide, SLX-OS' raslogd sample events in Extreme's SLX-OS 20.5.1 monitoring
// guide, NX-OS' origin-id line in napalm-logs' documentation, the XOS syslog target defaults in the
// ExtremeWare XOS command reference, BIG-IP AFM's key names in an ExabeamLabs parser, Eltex MES'
// default and RFC 5424 messages in a vendor partner's syslog article, Versa's KVP log types in a
// log-pipeline vendor's notes and RouterOS' topics in MikroTik's manual; the rest is from memory of
// real lines, and each source says which. Hosts, ids and messages are invented, and every time is
// in late November 2026. The expectations were decided from the format before the table was first
// run; a family trawl still gets wrong carries a gap that says what it does not read, and it stays
// in the score. The table is a measurement, never to be tuned on: no parser rule is to be written
// from it, or it stops being one.
//
// Its first figure, scored once at commit 80c30a1 before any rule was written from it: level 97.6 %,
// time 97.6 %, host 81.0 %, records 99.4 % (macro), 32 of 42 families fully right.
//
// go test ./parse -run Fresh54 -v

var fresh54Cases = []worldCase{

	// Switches and routers: their remote-syslog modes and the CLI views no earlier table holds.
	{
		name:   "extreme-exos-remote-syslog",
		source: "ExtremeXOS with a syslog log target (`configure log target syslog <ip> format … event-name condition`): `<PRI>Mmm dd HH:mm:ss host <Sev:component.condition> msg`, the severity cut to four letters (Crit Erro Warn Noti Info): the ExtremeWare XOS Command Reference page on 'configure log target format' (defaults for syslog targets: seconds, mmm-dd, severity on, priority on) found by search; the lines from memory. EXOS `show log` is an earlier table's",
		why:    "a PRI and a BSD header, then EXOS' own bracketed four-letter severity and event name before the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "x460g2-core", "<134>Nov 29 07:41:16 x460g2-core <Info:vlan.msgs.portLinkStateUp> Slot-1: Port 1:12 link UP at speed 1 Gbps and full-duplex"),
			we("2026-11-29T07:41:18Z", Warn, "x460g2-core", "<132>Nov 29 07:41:18 x460g2-core <Warn:vlan.msgs.portLinkStateDown> Slot-1: Port 1:14 link down"),
			we("2026-11-29T07:41:19Z", Info, "x460g2-core", "<134>Nov 29 07:41:19 x460g2-core <Info:AAA.authPass> Login passed for user netops through ssh (10.20.0.5)"),
			we("2026-11-29T07:41:20Z", Notice, "x460g2-core", "<133>Nov 29 07:41:20 x460g2-core <Noti:FDB.MACTracking.MACMove> The MAC address f2:4c:1a:22:07:9b on VLAN \"data\" has moved from port 1:12 to port 1:16"),
			we("2026-11-29T07:41:22Z", Error, "x460g2-core", "<131>Nov 29 07:41:22 x460g2-core <Erro:HAL.Sys.PowerFail> Slot-2: Power supply 2 has failed"),
		},
	},
	{
		name:   "extreme-slx-raslogd-syslog",
		gap:    "the level in raslogd's structured element (`[severity@1588 value=\"INFO|WARNING|ERROR\"]`) inside a BSD line with no PRI is not read: every record comes out Unknown",
		source: "Extreme SLX-OS (SLX 9150/9540) RASLog and audit records as a syslog server receives them from raslogd (`Mmm dd HH:mm:ss switch raslogd: [log@1588 value=\"RASLOG|AUDIT\"][timestamp@1588 value=\"ISO\"][msgid@1588 …][severity@1588 value=\"INFO\"]…[swname@1588 …] BOM text`, RFC 5424-style SD elements inside a BSD line): Extreme SLX-OS 20.5.1 Monitoring Configuration Guide 'sample syslog events captured at the syslog server', found by search; the lines written for this table. Brocade FOS' raslogd audit syslog is an earlier table's",
		why:    "a BSD header, then bracketed SD elements: the severity element is the level and the timestamp element repeats the time with microseconds; the text follows a byte-order mark",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204512Z", Info, "slx9150-leaf1", `Nov 29 07:41:16 slx9150-leaf1 raslogd: [log@1588 value="RASLOG"][timestamp@1588 value="2026-11-29T07:41:16.204512"][msgid@1588 value="NSM-1001"][seqnum@1588 value="4411"][attr@1588 value=" SW/0 | Active | DCE | WWN 10:00:50:eb:1a:22:07:9b"][severity@1588 value="INFO"][swname@1588 value="slx9150-leaf1"][arg0@1588 value="Ethernet 0/12" desc="Interface name"] `+"\ufeff"+`Interface Ethernet 0/12 is online.`),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.011873Z", Warn, "slx9150-leaf1", `Nov 29 07:41:18 slx9150-leaf1 raslogd: [log@1588 value="RASLOG"][timestamp@1588 value="2026-11-29T07:41:18.011873"][msgid@1588 value="FW-1424"][seqnum@1588 value="4412"][attr@1588 value=" SW/0 | Active | DCE | WWN 10:00:50:eb:1a:22:07:9b"][severity@1588 value="WARNING"][swname@1588 value="slx9150-leaf1"][arg0@1588 value="Power supply" desc="Contributing factor"] `+"\ufeff"+`Switch status changed from HEALTHY to MARGINAL: Power supply.`),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.118302Z", Info, "slx9150-leaf1", `Nov 29 07:41:20 slx9150-leaf1 raslogd: [log@1588 value="AUDIT"][timestamp@1588 value="2026-11-29T07:41:20.118302"][tz@1588 value="GMT"][msgid@1588 value="DCM-1006"][severity@1588 value="INFO"][class@1588 value="DCMCFG"][user@1588 value="netops"][role@1588 value="admin"][ip@1588 value="10.20.0.5"][interface@1588 value="ssh"][application@1588 value="cli"][swname@1588 value="slx9150-leaf1"][arg0@1588 value="database commit transaction" desc="Event Name"][arg1@1588 value="Succeeded" desc="Command status"] `+"\ufeff"+`Event: database commit transaction, Status: Succeeded, User command: "configure config interface Ethernet 0/12 description uplink-spine2".`),
			we("2026-11-29T07:41:22Z|2026-11-29T07:41:22.730044Z", Error, "slx9150-leaf1", `Nov 29 07:41:22 slx9150-leaf1 raslogd: [log@1588 value="RASLOG"][timestamp@1588 value="2026-11-29T07:41:22.730044"][msgid@1588 value="HIL-1404"][seqnum@1588 value="4414"][severity@1588 value="ERROR"][swname@1588 value="slx9150-leaf1"][arg0@1588 value="2" desc="Fan unit"] `+"\ufeff"+`Fan 2 faulted.`),
		},
	},
	{
		name:   "alliedware-plus-remote-syslog",
		source: "Allied Telesis AlliedWare Plus `log host` output as a collector keeps the raw message (`<PRI>Mmm dd HH:mm:ss host PROGRAM[pid]: msg`, program names in capitals such as NSM, IMI, EPSR, HSL): Allied Telesis 'Logging Feature Overview and Configuration Guide' (log host); the lines from memory. AW+ `show log` is an earlier table's",
		why:    "an RFC 3164 line whose only level is the PRI; the capitalised program is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "awplus-core", "<190>Nov 29 07:41:16 awplus-core NSM[1432]: Port up notification received for port1.0.12"),
			we("2026-11-29T07:41:17Z", Notice, "awplus-core", "<189>Nov 29 07:41:17 awplus-core IMI[1418]: SSH server: user netops logged in from 10.20.0.5"),
			we("2026-11-29T07:41:19Z", Warn, "awplus-core", "<188>Nov 29 07:41:19 awplus-core EPSR[1502]: EPSR ring-hq: ring state changed from Complete to Failed"),
			we("2026-11-29T07:41:21Z", Error, "awplus-core", "<187>Nov 29 07:41:21 awplus-core HSL[1390]: Power supply PSU2 has failed"),
		},
	},
	{
		name:   "ruckus-icx-remote-syslog",
		source: "Ruckus ICX (FastIron) remote syslog as the collector keeps it (`<PRI>Mmm dd HH:mm:ss host Category: msg`, Category such as System, Security, STP): Ruckus FastIron Monitoring Configuration Guide 'Syslog'; the lines from memory. ICX `show logging` with its level letter is an earlier table's",
		why:    "the PRI is the only level; the category word after the host is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "icx7150-c12p", "<190>Nov 29 07:41:16 icx7150-c12p System: Interface ethernet 1/1/5, state up"),
			we("2026-11-29T07:41:18Z", Warn, "icx7150-c12p", "<188>Nov 29 07:41:18 icx7150-c12p System: Interface ethernet 1/1/6, state down"),
			we("2026-11-29T07:41:19Z", Notice, "icx7150-c12p", "<189>Nov 29 07:41:19 icx7150-c12p Security: SSH login by netops from src IP 10.20.0.5 from src MAC f24c.1a22.079b to PRIVILEGED EXEC mode using RSA as Server Host Key."),
			we("2026-11-29T07:41:21Z", Critical, "icx7150-c12p", "<186>Nov 29 07:41:21 icx7150-c12p System: Stack unit 2 Power supply 1 is down"),
		},
	},
	{
		name:   "arubaos-switch-remote-syslog",
		source: "HPE ArubaOS-Switch (ProVision, 2930/3810) remote syslog (`<PRI>Mmm dd HH:mm:ss switch-ip event-number module:  msg`, the switch's address as the host): the BSD sample in elastic/integrations' hpe_aruba_cx test-aruba-bsd.log found by search; the lines written for this table. ArubaOS-Switch's `show logging` event log is an earlier table's",
		why:    "an IP address as the host, then the five-digit event number and the module before two spaces; the PRI is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.20.0.3", "<14>Nov 29 07:41:16 10.20.0.3 00076 ports:  port 12 is now on-line"),
			we("2026-11-29T07:41:18Z", Warn, "10.20.0.3", "<12>Nov 29 07:41:18 10.20.0.3 00077 ports:  port 14 is now off-line"),
			we("2026-11-29T07:41:19Z", Notice, "10.20.0.3", "<13>Nov 29 07:41:19 10.20.0.3 03361 auth:  User 'netops' logged in from 10.20.0.5 to SSH session"),
			we("2026-11-29T07:41:21Z", Error, "10.20.0.3", "<11>Nov 29 07:41:21 10.20.0.3 00068 chassis:  Internal power supply 2 failed"),
		},
	},
	{
		name:   "aruba-cx-remote-syslog",
		source: "HPE Aruba Networking AOS-CX remote syslog as the collector stores it (`RFC 3339 time with offset host daemon[pid]: Event|id|LOG_LEVEL|AMM|slot|msg`): elastic/integrations hpe_aruba_cx test-aruba-cx-6000.log, found by search; the lines written for this table. AOS-CX `show events` and `show accounting log` are earlier tables'",
		why:    "a local time with its offset; the LOG_INFO/LOG_WARN/LOG_CRIT column between pipes is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.22873Z", Info, "6300-dist-2", "2026-11-29T02:41:16.228730-05:00 6300-dist-2 intfd[718]: Event|403|LOG_INFO|AMM|1/1|Link status for interface 1/1/11 is up"),
			we("2026-11-29T07:41:17.402113Z", Info, "6300-dist-2", "2026-11-29T02:41:17.402113-05:00 6300-dist-2 log-proxyd[762]: Event|5209|LOG_INFO|AMM|1/1|User netops logged in from 10.20.0.5 through SSH session."),
			we("2026-11-29T07:41:19.066044Z", Warn, "6300-dist-2", "2026-11-29T02:41:19.066044-05:00 6300-dist-2 hpe-mstpd[3588]: Event|2007|LOG_WARN|AMM|1/1|Port 1/1/14 disabled - BPDU received on protected port"),
			we("2026-11-29T07:41:21.819004Z", Critical, "6300-dist-2", "2026-11-29T02:41:21.819004-05:00 6300-dist-2 systemd-coredump[4411]: Event|1201|LOG_CRIT|AMM|-|ospfv2d crashed due to signal:6"),
		},
	},
	{
		name:   "nokia-sros-remote-syslog",
		source: "Nokia SR OS event log sent to a syslog destination (`<PRI>Mmm dd HH:mm:ss source-ip TMNX: seq router APPLICATION-SEVERITY-EventName-id [subject]:  msg`, SR OS severities mapped onto syslog: major critical, minor error, warning warning, cleared info): Nokia 7750 SR System Management Guide 'Syslog', found by search; the lines written for this table. SR OS' memory and file logs are an earlier table's",
		why:    "the router's address as the host, the TMNX prefix, then the application, the SR OS severity and the event in one dashed word; the PRI carries the mapped severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "10.20.0.1", "<188>Nov 29 07:41:16 10.20.0.1 TMNX: 4411 Base SNMP-WARNING-linkDown-2004 [Port 1/1/3]:  Interface 1/1/3 is not operational"),
			we("2026-11-29T07:41:18Z", Error, "10.20.0.1", "<187>Nov 29 07:41:18 10.20.0.1 TMNX: 4412 Base BGP-MINOR-tBgpNgBackwardTransition-2010 [Peer 1: 192.0.2.2]:  VR 1: Group ebgp-transit: Peer 192.0.2.2: moved from higher state ESTABLISHED to lower state IDLE due to event TCP_CONN_CLOSED"),
			we("2026-11-29T07:41:20Z", Warn, "10.20.0.1", "<188>Nov 29 07:41:20 10.20.0.1 TMNX: 4413 Base SNMP-WARNING-linkup-2005 [Port 1/1/3]:  Interface 1/1/3 is operational"),
			we("2026-11-29T07:41:22Z", Info, "10.20.0.1", "<190>Nov 29 07:41:22 10.20.0.1 TMNX: 4414 Base CHASSIS-CLEARED-tmnxEqPowerSupplyInputFailureClear-2051 [Power Supply 2]:  Power supply 2 input failure cleared"),
		},
	},
	{
		name:   "ubiquiti-edgeswitch-syslog",
		source: "Ubiquiti EdgeSwitch (FASTPATH-based) remote syslog (`<PRI>Mmm dd HH:mm:ss ip-stackunit COMPONENT[thread]: file.c(line) seq %% msg`): the FASTPATH message layout as a Dell PowerConnect CLI guide describes it, found by search; the EdgeSwitch lines from memory. Dell's FASTPATH switches are an earlier table's; the EdgeSwitch is not",
		why:    "the host is the switch's address glued by a dash to its stack unit; the component, the source file and a sequence number come before %%",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.20.0.4", "<190>Nov 29 07:41:16 10.20.0.4-1 TRAPMGR[238043632]: traputil.c(721) 4411 %% Link Up: 0/12"),
			we("2026-11-29T07:41:18Z", Warn, "10.20.0.4", "<188>Nov 29 07:41:18 10.20.0.4-1 DOT1S[238051824]: dot1s_sm.c(1201) 4412 %% Topology change detected on port 0/3, instance 0"),
			we("2026-11-29T07:41:19Z", Notice, "10.20.0.4", "<189>Nov 29 07:41:19 10.20.0.4-1 USER_MGR[238060016]: user_mgr.c(2131) 4413 %% User netops logged in from 10.20.0.5 via HTTPS"),
			we("2026-11-29T07:41:21Z", Error, "10.20.0.4", "<187>Nov 29 07:41:21 10.20.0.4-1 POE[238068208]: poe_api.c(845) 4414 %% PoE power budget exceeded, port 0/21 not powered"),
		},
	},
	{
		name:   "cisco-nxos-remote-syslog",
		source: "Cisco NX-OS remote syslog with `logging origin-id hostname` (`<PRI>host: yyyy Mmm dd HH:mm:ss TZ: %FAC-SEV-MNEMONIC: msg`, system messages carrying the `%$ VDC-1 %$` marker): napalm-logs documentation 'Cisco NX-OS' (the origin-id line), found by search; the lines written for this table. NX-OS' logfile and accounting log are earlier tables'",
		why:    "the host glued to the PRI with a colon, then a year-first date with its zone; the mnemonic's digit and the PRI agree",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "leaf-101.dc1", "<189>leaf-101.dc1: 2026 Nov 29 07:41:16 UTC: %ETHPORT-5-IF_UP: Interface Ethernet1/12 is up in mode access"),
			we("2026-11-29T07:41:18Z", Error, "leaf-101.dc1", "<187>leaf-101.dc1: 2026 Nov 29 07:41:18 UTC: %ETHPORT-3-IF_DOWN_LINK_FAILURE: Interface Ethernet1/14 is down (Link failure)"),
			we("2026-11-29T07:41:19Z", Info, "leaf-101.dc1", "<190>leaf-101.dc1: 2026 Nov 29 07:41:19 UTC: %AUTHPRIV-6-SYSTEM_MSG: pam_unix(dcos_sshd:session): session opened for user netops by (uid=0) - dcos_sshd[24411]"),
			we("2026-11-29T07:41:21Z", Critical, "leaf-101.dc1", `<186>leaf-101.dc1: 2026 Nov 29 07:41:21 UTC: %$ VDC-1 %$ %SYSMGR-2-SERVICE_CRASHED: Service "bgp" (PID 4411) hasn't caught signal 11 (core will be saved).`),
		},
	},
	{
		name:   "cisco-nxos-show-logging-nvram",
		source: "Cisco NX-OS `show logging nvram` (the messages of severity 0-2 kept across reloads: `yyyy Mmm dd HH:mm:ss host %$ VDC-1 %$ %FAC-SEV-MNEMONIC: msg`): Cisco Nexus System Management Configuration Guide 'Displaying and Clearing Log Files'; the lines from memory. `show logging logfile` is an earlier table's",
		why:    "a year-first date, the switch, the VDC marker, then the mnemonic whose digit is the level",
		entries: []worldEntry{
			wskip("leaf-101# show logging nvram"),
			we("2026-11-29T07:38:02Z", Critical, "leaf-101", `2026 Nov 29 07:38:02 leaf-101 %$ VDC-1 %$ %SYSMGR-2-SERVICE_CRASHED: Service "bgp" (PID 4411) hasn't caught signal 11 (core will be saved).`),
			we("2026-11-29T07:38:05Z", Error, "leaf-101", `2026 Nov 29 07:38:05 leaf-101 %$ VDC-1 %$ %SYSMGR-3-HEARTBEAT_FAILURE: Service "ospf" sent SIGABRT for not setting heartbeat for last 4 periods. Last heartbeat 91.06 secs ago.`),
			we("2026-11-29T07:41:16Z", Critical, "leaf-101", "2026 Nov 29 07:41:16 leaf-101 %$ VDC-1 %$ %PLATFORM-2-PS_FAIL: Power supply 2 failed or shut down (Serial number DTM2126011Z)"),
			we("2026-11-29T07:41:30Z", Alert, "leaf-101", "2026 Nov 29 07:41:30 leaf-101 %$ VDC-1 %$ %PLATFORM-1-PFM_ALERT: Fan module 3 removed, system will shut down in 120 seconds"),
		},
	},
	{
		name:   "mikrotik-routeros-bsd-syslog",
		source: "MikroTik RouterOS remote logging action with bsd-syslog=yes and syslog-severity=auto (`<PRI>Mmm dd HH:mm:ss identity topics msg`, the PRI taken from the severity topic): MikroTik RouterOS manual 'Log' (topics, actions), found by search; the header from memory. RouterOS' plain remote lines and `/log print` are earlier tables'",
		why:    "the router's identity after the BSD date; the PRI is the level and agrees with the severity topic",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "MikroTik-hq", "<30>Nov 29 07:41:16 MikroTik-hq system,info,account user netops logged in from 10.20.0.5 via winbox"),
			we("2026-11-29T07:41:17Z", Info, "MikroTik-hq", "<30>Nov 29 07:41:17 MikroTik-hq firewall,info input: in:ether1 out:(unknown 0), src-mac 02:11:22:33:44:55, proto TCP (SYN), 203.0.113.45:51240->198.51.100.10:8291, len 60"),
			we("2026-11-29T07:41:18Z", Warn, "MikroTik-hq", "<28>Nov 29 07:41:18 MikroTik-hq dhcp,warning dhcp-lan offering lease 10.20.4.254 for f2:4c:1a:22:07:9b without success"),
			we("2026-11-29T07:41:20Z", Error, "MikroTik-hq", "<27>Nov 29 07:41:20 MikroTik-hq ipsec,error phase1 negotiation failed due to time up 198.51.100.10[500]<=>203.0.113.80[500]"),
		},
	},
	{
		name:   "huawei-ce-vrp8-iso-timestamp",
		source: "Huawei CloudEngine switches (VRP8) with `info-center timestamp log iso` sending to a log host (`<PRI>yyyy-MM-ddTHH:mm:ss.SSS±hh:mm host %%01MODULE/severity/BRIEF(l):CID=0x…;text (params)`): Huawei CloudEngine configuration guide 'Information Center' (timestamp formats); the lines from memory. VRP's default-date output and `display logbuffer` are earlier tables'",
		why:    "an ISO time with its offset in place of the VRP date; the digit between the slashes is the level, as the PRI",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Critical, "CE6881-leaf1", "<186>2026-11-29T08:41:16.204+01:00 CE6881-leaf1 %%01IFNET/2/linkDown_active(l):CID=0x80fe0001-alarmID=0x08520003;The interface status changes. (ifName=10GE1/0/12, AdminStatus=UP, OperStatus=DOWN, Reason=The physical link is down, mainIfname=10GE1/0/12)"),
			we("2026-11-29T07:41:18.51Z", Info, "CE6881-leaf1", "<190>2026-11-29T08:41:18.510+01:00 CE6881-leaf1 %%01OSPF/6/NBR_CHANGE_E(l):CID=0x80790001;Neighbor changes event: neighbor status changed. (ProcessId=1, NbrIpAddr=10.0.0.2, NbrEvent=HelloReceived, NbrPreviousState=Down, NbrCurrentState=Init)"),
			we("2026-11-29T07:41:19.733Z", Notice, "CE6881-leaf1", `<189>2026-11-29T08:41:19.733+01:00 CE6881-leaf1 %%01SHELL/5/CMDRECORD(s):CID=0x80cb000c;Recorded command information. (Task=VT0, Ip=10.20.0.5, VpnName=, User=netops, AuthenticationMethod="Local-user", Command="display interface brief", Result=Success)`),
			we("2026-11-29T07:41:21.002Z", Error, "CE6881-leaf1", "<187>2026-11-29T08:41:21.002+01:00 CE6881-leaf1 %%01DEVM/3/hwPowerFail_active(l):CID=0x80fa0010-alarmID=0x08130014;A power module experienced a partial failure. (EntPhysicalIndex=16842753, EntPhysicalName=PWR2, EntityTrapFaultID=136966)"),
		},
	},
	{
		name:   "junos-srx-cluster-show-log-messages",
		gap:    "the blank line, the `node1:` header and the rule of dashes between the nodes' outputs are joined to the last message of node0 instead of being left out of it",
		source: "Junos `show log messages` on an SRX chassis cluster (the output of each node under a `nodeN:` line and a rule of dashes; Junos' two spaces between the time and the host): Juniper 'Chassis Cluster User Guide for SRX Series' (operational commands run on both nodes); the lines from memory. Junos' messages file, its structured and year-millisecond modes are earlier tables'",
		why:    "node headers and dashed rules are no records; each node's lines name their own node as the host",
		entries: []worldEntry{
			wskip("{primary:node0}", "netops@srx-hq> show log messages | last 2", "node0:", "--------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Unknown, "srx-hq-n0", "Nov 29 07:41:16  srx-hq-n0 chassisd[2234]: CHASSISD_SNMP_TRAP7: SNMP trap generated: Power Supply failed (jnxContentsContainerIndex 2, jnxContentsL1Index 1, jnxContentsL2Index 0, jnxContentsL3Index 0, jnxContentsDescr PEM 1, jnxOperatingState/Temp 6)"),
			we("2026-11-29T07:41:18Z", Unknown, "srx-hq-n0", "Nov 29 07:41:18  srx-hq-n0 jsrpd[2411]: JSRPD_SET_INTF_MON_FAILURE: Interface monitoring failed on interface ge-0/0/3"),
			wskip("", "node1:", "--------------------------------------------------------------------------"),
			we("2026-11-29T07:41:17Z", Unknown, "srx-hq-n1", "Nov 29 07:41:17  srx-hq-n1 mgd[5512]: UI_COMMIT: User 'netops' requested 'commit' operation (comment: none)"),
			we("2026-11-29T07:41:19Z", Unknown, "srx-hq-n1", "Nov 29 07:41:19  srx-hq-n1 sshd[5530]: Accepted publickey for netops from 10.20.0.5 port 51234 ssh2"),
		},
	},
	{
		name:   "opnsense-filterlog-remote-bsd",
		source: "OPNsense remote logging target in BSD (RFC 3164) format as the collector keeps the raw message (`<PRI>Mmm dd HH:mm:ss fqdn program[pid]: msg`; filterlog's CSV with OPNsense's 32-hex rule label): OPNsense docs 'Logging' (remote targets, transport and RFC 5424 option); the lines from memory. OPNsense's local RFC 5424 files and pfSense's filterlog are earlier tables'",
		why:    "a BSD header with the firewall's FQDN; the PRI is the only level; the CSV's addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "fw-hq.example.lan", "<134>Nov 29 07:41:16 fw-hq.example.lan filterlog[4411]: 80,,,02f4bab031b57d1e30553ce08e0ec131,vtnet0,match,block,in,4,0x0,,243,54321,0,none,6,tcp,44,203.0.113.45,198.51.100.10,51234,23,0,S,4411,,1024,,mss"),
			we("2026-11-29T07:41:18Z", Info, "fw-hq.example.lan", "<38>Nov 29 07:41:18 fw-hq.example.lan sshd[5512]: Accepted keyboard-interactive/pam for root from 10.20.0.5 port 51234 ssh2"),
			we("2026-11-29T07:41:20Z", Notice, "fw-hq.example.lan", "<29>Nov 29 07:41:20 fw-hq.example.lan configd.py[331]: [8e6a41c2-7d3f-4b21-9a0e-5c1f2e3d4a5b] Reloading filter"),
			we("2026-11-29T07:41:22Z", Warn, "fw-hq.example.lan", "<4>Nov 29 07:41:22 fw-hq.example.lan kernel: arp: 10.20.4.17 moved from f2:4c:1a:22:07:9b to f2:4c:1a:22:07:9c on vtnet1"),
		},
	},
	{
		name:   "cisco-iosxr-rfc5424",
		source: "Cisco IOS XR 7.x with `logging format rfc5424` (`<PRI>1 ISO-time host app pid - - node:proc[pid]: %CATEGORY-GROUP-SEV-MNEMONIC : msg`): Cisco IOS XR System Monitoring Configuration Guide 'Syslog in RFC 5424 format'; the lines from memory. IOS XR's BSD relay lines and `show logging` buffer are earlier tables'",
		why:    "an RFC 5424 header in front of IOS XR's node-prefixed message; the PRI and the mnemonic's digit agree",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Error, "xr-pe1", "<187>1 2026-11-29T07:41:16.204Z xr-pe1 ifmgr 207 - - RP/0/RP0/CPU0:ifmgr[207]: %PKT_INFRA-LINK-3-UPDOWN : Interface HundredGigE0/0/0/3, changed state to Down"),
			we("2026-11-29T07:41:16.31Z", Notice, "xr-pe1", "<189>1 2026-11-29T07:41:16.310Z xr-pe1 bgp 1084 - - RP/0/RP0/CPU0:bgp[1084]: %ROUTING-BGP-5-ADJCHANGE : neighbor 192.0.2.2 Down - Interface flap (VRF: default) (AS: 64511)"),
			we("2026-11-29T07:41:19.877Z", Notice, "xr-pe1", "<189>1 2026-11-29T07:41:19.877Z xr-pe1 config 65793 - - RP/0/RP0/CPU0:config[65793]: %MGBL-CONFIG-6-DB_COMMIT : Configuration committed by user 'netops'. Use 'show configuration commit changes 1000000412' to view the changes."),
		},
	},
	{
		name:   "cisco-iosxe-rfc5424",
		source: "Cisco IOS XE 17 with `logging trap syslog-format rfc5424` (`<PRI>1 ISO-time host - - - - seq: *Mmm dd HH:mm:ss.mmm TZ: %FAC-SEV-MNEMONIC: msg`, the device's own sequence number and clock kept in the message): Cisco IOS XE System Management Configuration Guide 'Syslog RFC 5424'; the lines from memory. IOS' BSD, origin-id and relayed forms are earlier tables'",
		why:    "an RFC 5424 header, then IOS' own sequence number and time: two versions of the same instant",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Error, "c9300-core.example.net", "<187>1 2026-11-29T07:41:16.204Z c9300-core.example.net - - - - 4411: *Nov 29 07:41:16.204 UTC: %LINK-3-UPDOWN: Interface GigabitEthernet1/0/12, changed state to down"),
			we("2026-11-29T07:41:17.205Z", Notice, "c9300-core.example.net", "<189>1 2026-11-29T07:41:17.205Z c9300-core.example.net - - - - 4412: *Nov 29 07:41:17.205 UTC: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet1/0/12, changed state to down"),
			we("2026-11-29T07:41:20.918Z", Notice, "c9300-core.example.net", "<189>1 2026-11-29T07:41:20.918Z c9300-core.example.net - - - - 4413: *Nov 29 07:41:20.918 UTC: %SYS-5-CONFIG_I: Configured from console by netops on vty0 (10.20.0.5)"),
		},
	},
	{
		name:   "eltex-mes-default-syslog",
		source: "Eltex MES 23xx/33xx/35xx switches' remote syslog in the default format (`<PRI>%FACILITY-L-MNEMONIC: msg`, no timestamp and no host; L a severity letter): the default-format sample in a vendor partner's article on MES syslog (noorano.net), found by search; the lines written for this table",
		why:    "a PRI glued to the mnemonic: no time and no host of the record's own; the PRI is the level",
		entries: []worldEntry{
			we("", Info, "", "<190>%LINK-I-Up:  gi1/0/12"),
			we("", Warn, "", "<188>%LINK-W-Down:  gi1/0/14"),
			we("", Info, "", "<190>%STP-I-PORTSTATUS: gi1/0/12 of instance 0: STP status Forwarding"),
			we("", Notice, "", "<189>%AAA-N-CONNECT: New ssh connection for user netops, source 10.20.0.5 destination 10.20.0.2  ACCEPTED"),
		},
	},
	{
		name:   "eltex-mes-rfc5424-origin-id",
		source: "Eltex MES switches with `logging origin-id hostname|ip` (an RFC 5424 header: `<PRI>1 ISO-time±hh:mm origin FACILITY - MNEMONIC - msg`): the origin-id samples in the same article (noorano.net), found by search; the lines written for this table",
		why:    "an RFC 5424 header whose app-name is the facility and whose msgid is the mnemonic; a local offset; the origin is the host, a name or the switch's address",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "mes2428-acc1", "<190>1 2026-11-29T10:41:16+03:00 mes2428-acc1 LINK - Up - gi1/0/12"),
			we("2026-11-29T07:41:18Z", Warn, "mes2428-acc1", "<188>1 2026-11-29T10:41:18+03:00 mes2428-acc1 LINK - Down - gi1/0/14"),
			we("2026-11-29T07:41:19Z", Notice, "10.20.0.2", "<189>1 2026-11-29T10:41:19+03:00 10.20.0.2 AAA - CONNECT - New ssh connection for user netops, source 10.20.0.5 destination 10.20.0.2  ACCEPTED"),
		},
	},

	{
		name:   "netgear-m4300-syslog",
		source: "NETGEAR M4300/M4250 managed switches (FASTPATH-derived firmware) remote syslog (`<PRI> MMM dd HH:mm:ss ip-stackunit COMPONENT[thread]: file.c(line) seq %% msg`, an upper-case month after a blank): NETGEAR M4300 CLI Command Reference 'logging host'; the lines from memory. Dell's FASTPATH switches are an earlier table's; NETGEAR's are not",
		why:    "a blank after the PRI and an upper-case month; the host is the switch's address glued by a dash to its stack unit; the PRI is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.20.0.6", "<190> NOV 29 07:41:16 10.20.0.6-1 TRAPMGR[159711312]: traputil.c(721) 2201 %% Link Up: 1/0/12"),
			we("2026-11-29T07:41:18Z", Warn, "10.20.0.6", "<188> NOV 29 07:41:18 10.20.0.6-1 TRAPMGR[159711312]: traputil.c(721) 2202 %% Link Down: 1/0/14"),
			we("2026-11-29T07:41:19Z", Notice, "10.20.0.6", "<189> NOV 29 07:41:19 10.20.0.6-2 CLI_WEB[168034512]: cli_web_util.c(1733) 2203 %% User netops logged in via SSH from 10.20.0.5"),
		},
	},
	{
		name:   "dell-n-series-rfc5424",
		source: "Dell EMC PowerSwitch N1500/N3000 with `logging protocol 1` (RFC 5424 messages with the time zone and sub-second time instead of the FASTPATH RFC 3164 line: `<PRI>1 ISO-time ip-stackunit COMPONENT thread - - file.c(line) seq %% msg`): the N1500 Administrator Guide's 'logging protocol' page found by search (RFC 5424 with time zone and sub-second stamps); the header fields from memory. The RFC 3164 FASTPATH line is an earlier table's",
		why:    "an RFC 5424 header whose host is the switch's address glued to its stack unit, the component as app-name and the thread as procid",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "10.20.0.2", "<190>1 2026-11-29T07:41:16.204+00:00 10.20.0.2-1 TRAPMGR 0x812a40 - - traputil.c(611) 1342 %% Link Up: Gi1/0/7"),
			we("2026-11-29T07:41:17.81Z", Warn, "10.20.0.2", "<188>1 2026-11-29T07:41:17.810+00:00 10.20.0.2-1 DOT1S 0x81f2c0 - - dot1s_txrx.c(412) 1343 %% Topology change detected on port Gi1/0/12, instance 0"),
			we("2026-11-29T07:41:20.05Z", Error, "10.20.0.2", "<187>1 2026-11-29T07:41:20.050+00:00 10.20.0.2-2 BOXSERV 0x80aa10 - - boxs_api.c(1290) 1344 %% Power supply 2 failure on unit 2"),
		},
	},

	// Firewalls: other output formats, other Fortinet products and the CLI views of FTD.
	{
		name:   "fortigate-csv-syslog",
		source: "FortiOS with `config log syslogd setting / set format csv` (the key=value fields separated by commas: `<PRI>date=yyyy-MM-dd,time=HH:mm:ss,devname=\"…\",devid=\"…\",eventtime=ns,tz=\"±hhmm\",logid=…,type=…,subtype=…,level=\"…\",…`): FortiOS CLI Reference 'config log syslogd setting' (format default|csv|cef|rfc5424), found by search; the lines from memory. FortiOS' default key=value and CEF are earlier tables'",
		why:    "commas instead of spaces between the pairs; level= is the level, as the PRI; devname is the writer's name; eventtime repeats the time in nanoseconds",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204512345Z", Notice, "FGT100F-dc", `<189>date=2026-11-29,time=07:41:16,devname="FGT100F-dc",devid="FG100FTK22004411",eventtime=1795938076204512345,tz="+0000",logid="0000000013",type="traffic",subtype="forward",level="notice",vd="root",srcip=10.20.4.17,srcport=51234,srcintf="port1",srcintfrole="lan",dstip=93.184.215.14,dstport=443,dstintf="wan1",dstintfrole="wan",sessionid=44110,proto=6,action="close",policyid=12,service="HTTPS",trandisp="snat",transip=198.51.100.10,transport=12044,duration=4,sentbyte=1840,rcvdbyte=4112`),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.018802000Z", Info, "FGT100F-dc", `<190>date=2026-11-29,time=07:41:17,devname="FGT100F-dc",devid="FG100FTK22004411",eventtime=1795938077018802000,tz="+0000",logid="0100032001",type="event",subtype="system",level="information",vd="root",logdesc="Admin login successful",sn="1795938077",user="netops",ui="https(10.20.0.5)",method="https",srcip=10.20.0.5,dstip=10.20.0.1,action="login",status="success",reason="none",profile="super_admin",msg="Administrator netops logged in successfully from https(10.20.0.5)"`),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.440100000Z", Alert, "FGT100F-dc", `<185>date=2026-11-29,time=07:41:19,devname="FGT100F-dc",devid="FG100FTK22004411",eventtime=1795938079440100000,tz="+0000",logid="0419016384",type="utm",subtype="ips",eventtype="signature",level="alert",vd="root",severity="critical",srcip=203.0.113.45,srcport=51240,dstip=198.51.100.20,dstport=443,sessionid=44131,action="dropped",proto=6,service="HTTPS",policyid=3,attack="Apache.Log4j.Error.Log.Remote.Code.Execution",attackid=51006,ref="http://www.fortinet.com/ids/VID51006",msg="applications3: Apache.Log4j.Error.Log.Remote.Code.Execution"`),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:21.903000000Z", Warn, "FGT100F-dc", `<188>date=2026-11-29,time=07:41:21,devname="FGT100F-dc",devid="FG100FTK22004411",eventtime=1795938081903000000,tz="+0000",logid="0101037131",type="event",subtype="vpn",level="warning",vd="root",logdesc="IPsec ESP",msg="IPsec ESP",action="error",remip=203.0.113.80,locip=198.51.100.10,remport=4500,locport=4500,outintf="wan1",vpntunnel="br-tunnel",status="esp_error",error_num="Received ESP packet with unknown SPI."`),
		},
	},
	{
		name:   "fortigate-kv-rsyslog-fileformat",
		source: "FortiOS' default key=value syslog (no header of its own) as rsyslog writes it with RSYSLOG_FileFormat (`RFC 3339 time with microseconds sender-ip date=… time=… devname=… eventtime=… tz=… level=… …`): rsyslog's documentation (RSYSLOG_FileFormat template); the FortiOS fields from memory. FortiOS' key=value payload alone is holdout_test.go's",
		why:    "the collector's own time and the sender's address before FortiOS' fields: three versions of the same instant; level= is the level; the header host is the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z|2026-11-29T07:41:16Z|2026-11-29T07:41:16.201234567Z", Notice, "10.20.0.1", `2026-11-29T07:41:16.204811+00:00 10.20.0.1 date=2026-11-29 time=07:41:16 devname="FGT60F-br2" devid="FGT60FTK2309A411" eventtime=1795938076201234567 tz="+0000" logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip=10.30.4.17 srcport=51234 srcintf="internal" srcintfrole="lan" dstip=93.184.215.14 dstport=443 dstintf="wan1" dstintfrole="wan" sessionid=88120 proto=6 action="close" policyid=4 service="HTTPS" duration=12 sentbyte=2210 rcvdbyte=9120`),
			we("2026-11-29T07:41:18.007402Z|2026-11-29T07:41:18Z|2026-11-29T07:41:18.004411000Z", Warn, "10.20.0.1", `2026-11-29T07:41:18.007402+00:00 10.20.0.1 date=2026-11-29 time=07:41:18 devname="FGT60F-br2" devid="FGT60FTK2309A411" eventtime=1795938078004411000 tz="+0000" logid="0100022932" type="event" subtype="system" level="warning" vd="root" logdesc="Link monitor status warning" name="wan-health" interface="wan1" probeproto="ping" msg="Link Monitor changed state from alive to dead, protocol: ping."`),
			we("2026-11-29T07:41:20.512330Z|2026-11-29T07:41:20Z|2026-11-29T07:41:20.509900000Z", Info, "10.20.0.1", `2026-11-29T07:41:20.512330+00:00 10.20.0.1 date=2026-11-29 time=07:41:20 devname="FGT60F-br2" devid="FGT60FTK2309A411" eventtime=1795938080509900000 tz="+0000" logid="0102043039" type="event" subtype="user" level="information" vd="root" logdesc="Authentication logon" srcip=10.30.4.21 user="bert" authserver="ldap-hq" action="auth-logon" status="logon" msg="User bert added to auth logon"`),
		},
	},
	{
		name:   "fortisandbox-kv",
		source: "FortiSandbox remote syslog (`<PRI>date=yyyy-MM-dd time=HH:mm:ss tz=\"…\" logid=\"…\" type=\"event|alert\" subtype=\"…\" pri=\"information|warning|alert\" devname=\"…\" devid=\"…\" … msg=\"…\"`): FortiSandbox Log Reference (log header fields); the lines from memory. No earlier table holds FortiSandbox",
		why:    "pri= is FortiSandbox's level, as the PRI; devname is the writer's own name",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "FSA3000F-hq", `<190>date=2026-11-29 time=07:41:16 tz="UTC" logid="0106000001" type="event" subtype="system" pri="information" devname="FSA3000F-hq" devid="FSA3KF3R26000441" user="netops" ui="GUI(10.20.0.5)" action="login" status="success" reason="none" msg="User netops login successful from GUI(10.20.0.5)"`),
			we("2026-11-29T07:41:19Z", Alert, "FSA3000F-hq", `<185>date=2026-11-29 time=07:41:19 tz="UTC" logid="0201000004" type="alert" subtype="malware-detection" pri="alert" devname="FSA3000F-hq" devid="FSA3KF3R26000441" jobid=3711204411 fname="invoice-4411.docm" ftype="docm" fsize=48211 rating="High Risk" malware="MSOffice/Agent.4411!tr" srcip=10.20.4.33 dstip=198.51.100.201 submit_by="FGT100F-dc" msg="File invoice-4411.docm was rated High Risk"`),
			we("2026-11-29T07:41:22Z", Warn, "FSA3000F-hq", `<188>date=2026-11-29 time=07:41:22 tz="UTC" logid="0103000015" type="event" subtype="system" pri="warning" devname="FSA3000F-hq" devid="FSA3KF3R26000441" msg="Disk usage on /data is 91%, above the threshold of 90%"`),
		},
	},
	{
		name:   "fortiproxy-kv",
		source: "FortiProxy 7.x remote syslog in the default format (FortiOS-style `<PRI>date= time= devname= devid= eventtime= tz= logid= type= subtype= level= …`, http-transaction traffic logs): FortiProxy CLI Reference 'config log syslogd setting', found by search; the fields from memory. No earlier table holds FortiProxy",
		why:    "the local date and time with tz=\"+0100\" converted to UTC, eventtime in nanoseconds; level= is the level; devname the writer's name",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.412345678Z", Notice, "FPX400G-hq", `<189>date=2026-11-29 time=08:41:16 devname="FPX400G-hq" devid="FPX4HGTB26000412" eventtime=1795938076412345678 tz="+0100" logid="0000000010" type="traffic" subtype="http-transaction" level="notice" vd="root" srcip=10.20.4.17 srcport=51234 dstip=93.184.215.14 dstport=443 sessionid=221044 proto=6 action="accept" policyid=7 httpmethod="GET" url="https://www.example.org/" hostname="www.example.org" httpcode=200 sentbyte=1840 rcvdbyte=18234`),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.100200300Z", Warn, "FPX400G-hq", `<188>date=2026-11-29 time=08:41:18 devname="FPX400G-hq" devid="FPX4HGTB26000412" eventtime=1795938078100200300 tz="+0100" logid="0316013056" type="utm" subtype="webfilter" eventtype="ftgd_blk" level="warning" vd="root" policyid=7 sessionid=221051 user="bert" srcip=10.20.4.41 dstip=198.51.100.77 hostname="games.example.com" url="https://games.example.com/" action="blocked" cat=20 catdesc="Games" msg="URL belongs to a category with warnings enabled"`),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.700000000Z", Info, "FPX400G-hq", `<190>date=2026-11-29 time=08:41:20 devname="FPX400G-hq" devid="FPX4HGTB26000412" eventtime=1795938080700000000 tz="+0100" logid="0100032003" type="event" subtype="system" level="information" vd="root" logdesc="Admin logout successful" user="netops" ui="https(10.20.0.5)" action="logout" status="success" msg="Administrator netops logged out from https(10.20.0.5)"`),
		},
	},
	{
		name:   "watchguard-fireware-cef",
		source: "WatchGuard Fireware 12 with the syslog format set to CEF (`<PRI>Mmm dd HH:mm:ss FireboxName CEF:0|WatchGuard|XTM|version|msg_id|name|severity|rt=… src=… …`): Fireware Help 'Configure Syslog Server settings' (Syslog, IBM LEEF, CEF); the extension from memory. Fireware's native syslog and its LEEF format are earlier tables'",
		why:    "the PRI is the level; the CEF severity is no level; the Firebox's name is the header host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "FB-M390", "<134>Nov 29 07:41:16 FB-M390 CEF:0|WatchGuard|XTM|12.10.4.B685616|3000-0148|Allowed|1|rt=Nov 29 2026 07:41:16 src=10.20.4.17 spt=51234 dst=93.184.215.14 dpt=443 proto=TCP deviceInboundInterface=1-Trusted deviceOutboundInterface=0-External act=Allow cs1Label=policy cs1=HTTPS-proxy.Out-00 cn1Label=duration cn1=4"),
			we("2026-11-29T07:41:17Z", Info, "FB-M390", "<134>Nov 29 07:41:17 FB-M390 CEF:0|WatchGuard|XTM|12.10.4.B685616|3000-0148|Denied|5|rt=Nov 29 2026 07:41:17 src=203.0.113.45 spt=51240 dst=198.51.100.10 dpt=23 proto=TCP deviceInboundInterface=0-External act=Deny cs1Label=policy cs1=Unhandled External Packet-00 reason=default"),
			we("2026-11-29T07:41:19Z", Warn, "FB-M390", "<132>Nov 29 07:41:19 FB-M390 CEF:0|WatchGuard|XTM|12.10.4.B685616|1AFF-0028|IPS match|7|rt=Nov 29 2026 07:41:19 src=203.0.113.45 spt=51241 dst=198.51.100.20 dpt=443 proto=TCP act=Drop cs2Label=signature cs2=WEB Apache Log4j Remote Code Execution -1.1 cn2Label=signature_id cn2=1133451"),
			we("2026-11-29T07:41:20Z", Notice, "FB-M390", "<133>Nov 29 07:41:20 FB-M390 CEF:0|WatchGuard|XTM|12.10.4.B685616|3E00-0002|Management user login|3|rt=Nov 29 2026 07:41:20 suser=netops src=10.20.0.5 msg=Management user netops@Firebox-DB from 10.20.0.5 logged in"),
		},
	},
	{
		name:   "checkpoint-log-exporter-leef",
		source: "Check Point Log Exporter with format leef (`<PRI>Mmm dd HH:mm:ss log-server LEEF:2.0|Check Point|product|1.0|action|^|cat=…^devTime=epoch^…`, the attribute delimiter named in the header): Check Point R81 Logging and Monitoring Administration Guide 'Log Exporter' (formats syslog, cef, leef, json), and the LEEF field names (devTime, origin, sev, attack) in an ExabeamLabs parser found by search; the lines written for this table. The exporter's syslog and CEF formats are earlier tables'",
		why:    "LEEF 2.0 with a caret delimiter; sev= is the event's rating and no level; the PRI is; origin names the gateway, a peer of the log server",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "cp-mgmt", `<134>Nov 29 07:41:16 cp-mgmt LEEF:2.0|Check Point|VPN-1 & FireWall-1|1.0|Accept|^|cat=Accept^devTime=1795938076^src=10.20.4.17^dst=93.184.215.14^srcPort=51234^service=443^proto=6^origin=10.20.0.1^originsicname=CN\=gw-hq,O\=cp-mgmt..7x1c2d^rule_name=Allow web^ifdir=outbound^ifname=eth1^layer_name=Network^product=VPN-1 & FireWall-1`),
			we("2026-11-29T07:41:18Z", Info, "cp-mgmt", `<134>Nov 29 07:41:18 cp-mgmt LEEF:2.0|Check Point|VPN-1 & FireWall-1|1.0|Drop|^|cat=Drop^devTime=1795938078^src=203.0.113.45^dst=198.51.100.10^srcPort=51240^service=23^proto=6^origin=10.20.0.1^rule_name=Cleanup rule^ifdir=inbound^ifname=eth2^product=VPN-1 & FireWall-1`),
			we("2026-11-29T07:41:20Z", Info, "cp-mgmt", `<134>Nov 29 07:41:20 cp-mgmt LEEF:2.0|Check Point|SmartDefense|1.0|Prevent|^|cat=Prevent^devTime=1795938080^sev=4^src=203.0.113.45^dst=198.51.100.20^srcPort=51241^service=443^proto=6^origin=10.20.0.1^attack=Apache Log4j Remote Code Execution^protection_id=asm_dynamic_prop_CVE_2021_44228^confidence_level=5^performanceImpact=2^product=SmartDefense`),
		},
	},
	{
		name:   "panos-leef",
		source: "PAN-OS syslog server profile with the custom LEEF log format Palo Alto publishes for QRadar (`<PRI>Mmm dd HH:mm:ss firewall LEEF:1.0|Palo Alto Networks|PAN-OS Syslog Integration|version|action|cat=TRAFFIC|ReceiveTime=yyyy/MM/dd HH:mm:ss|…|devTime=Mmm dd yyyy HH:mm:ss GMT|…`, pipe-separated attributes): Palo Alto Networks 'Syslog field descriptions' and its QRadar integration note; the lines from memory. PAN-OS CSV, IETF, CEF, mp-log and the CLI views are earlier tables'",
		why:    "the firewall's PRI and BSD header, then LEEF with pipes between the attributes; the threat's severity attribute is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "PA-3220-hq", `<14>Nov 29 07:41:16 PA-3220-hq LEEF:1.0|Palo Alto Networks|PAN-OS Syslog Integration|10.2.10|allow|cat=TRAFFIC|ReceiveTime=2026/11/29 07:41:16|SerialNumber=013201004411|Type=TRAFFIC|Subtype=end|devTime=Nov 29 2026 07:41:16 GMT|src=10.20.4.17|dst=93.184.215.14|srcPostNAT=198.51.100.10|dstPostNAT=93.184.215.14|RuleName=allow-web|usrName=acme\anna|Application=ssl|VirtualSystem=vsys1|SourceZone=trust|DestinationZone=untrust|IngressInterface=ethernet1/2|EgressInterface=ethernet1/1|SessionID=44110|srcPort=51234|dstPort=443|proto=tcp|action=allow|totalBytes=5952|dstBytes=4112|srcBytes=1840|elapsedTime=4`),
			we("2026-11-29T07:41:18Z", Warn, "PA-3220-hq", `<12>Nov 29 07:41:18 PA-3220-hq LEEF:1.0|Palo Alto Networks|PAN-OS Syslog Integration|10.2.10|reset-both|cat=THREAT|ReceiveTime=2026/11/29 07:41:18|SerialNumber=013201004411|Type=THREAT|Subtype=vulnerability|devTime=Nov 29 2026 07:41:18 GMT|src=203.0.113.45|dst=198.51.100.20|RuleName=inbound-web|Application=web-browsing|VirtualSystem=vsys1|SourceZone=untrust|DestinationZone=dmz|SessionID=44131|srcPort=51240|dstPort=443|proto=tcp|action=reset-both|Miscellaneous="shop.example.org/search"|ThreatID=Apache Log4j Remote Code Execution Vulnerability(91991)|URLCategory=any|sev=5|Severity=critical|Direction=client-to-server`),
			we("2026-11-29T07:41:20Z", Notice, "PA-3220-hq", `<13>Nov 29 07:41:20 PA-3220-hq LEEF:1.0|Palo Alto Networks|PAN-OS Syslog Integration|10.2.10|general|cat=SYSTEM|ReceiveTime=2026/11/29 07:41:20|SerialNumber=013201004411|Type=SYSTEM|Subtype=auth|devTime=Nov 29 2026 07:41:20 GMT|VirtualSystem=|EventID=auth-success|Object=|Module=general|sev=3|Severity=informational|Description=authenticated for user 'netops'.   auth profile 'ldap-admins', vsys 'shared', server profile 'ldap-hq', server address '10.20.0.10', From: 10.20.0.5.`),
		},
	},
	{
		name:   "barracuda-cloudgen-syslog-streaming",
		gap:    "the box name glued by a slash to the log file's name in the host position (`cgf-hq/box_Firewall_Activity:`), repeated after the level word, is not read as the host",
		source: "Barracuda CloudGen Firewall syslog streaming (`<PRI>Mmm dd HH:mm:ss box/logfile:  Level    box message`, the box name and the log file joined by a slash, the box's level word padded to a column): Barracuda Campus 'How to Configure Syslog Streaming'; the lines from memory. The CloudGen's box_Firewall_Activity.log file is an earlier table's",
		why:    "the box name glued by a slash to the log file's name in the host position; the padded level word (Info, Warning, Error) is the level, as the PRI",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "cgf-hq", "<134>Nov 29 07:41:16 cgf-hq/box_Firewall_Activity:  Info     cgf-hq Remove: type=FWD|proto=UDP|srcIF=p1|srcIP=10.20.4.17|srcPort=53211|srcMAC=f2:4c:1a:22:07:9b|dstIP=10.20.0.53|dstPort=53|dstService=domain|dstIF=p2|rule=LAN-2-DNS|info=Normal Operation|srcNAT=10.20.4.17|dstNAT=10.20.0.53|duration=31|count=1|receivedBytes=120|sentBytes=60"),
			we("2026-11-29T07:41:17Z", Info, "cgf-hq", "<134>Nov 29 07:41:17 cgf-hq/box_Firewall_Activity:  Info     cgf-hq Block: type=FWD|proto=TCP|srcIF=p4|srcIP=203.0.113.45|srcPort=51240|dstIP=198.51.100.10|dstPort=23|dstService=telnet|rule=BLOCKALL|info=Block by Rule"),
			we("2026-11-29T07:41:18Z", Warn, "cgf-hq", "<132>Nov 29 07:41:18 cgf-hq/box_Control_daemon:  Warning  cgf-hq Failed to resolve update server dl.example.net, retrying in 60 seconds"),
			we("2026-11-29T07:41:20Z", Error, "cgf-hq", "<131>Nov 29 07:41:20 cgf-hq/srv_S1_VPN_VPN:  Error    cgf-hq IKE[203.0.113.80] phase 1 negotiation failed: no proposal chosen"),
		},
	},
	{
		name:   "cisco-fmc-sfims-intrusion",
		source: "Cisco Secure Firewall Management Center intrusion-event syslog alerts (`<PRI>Mmm dd HH:mm:ss device SFIMS: [gid:sid:rev] \"message\" [Impact: …] From \"device\" at Www Mmm dd HH:mm:ss yyyy UTC [Classification: …] [Priority: n] {proto} src:port->dst:port`): FMC Configuration Guide 'Configuring Syslog Alerting for Intrusion Events'; the lines from memory. FTD's %FTD-1-430001 intrusion syslog is an earlier table's",
		why:    "the PRI is the level; the rule's [Priority: n] is no level; the time is repeated with the weekday and the year after 'at'",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Alert, "ftd-hq", `<185>Nov 29 07:41:16 ftd-hq SFIMS: [1:58722:3] "SERVER-WEBAPP Apache Log4j logging remote code execution attempt" [Impact: Potentially Vulnerable] From "ftd-hq" at Sun Nov 29 07:41:16 2026 UTC [Classification: Attempted User Privilege Gain] [Priority: 1] {tcp} 203.0.113.45:51240->198.51.100.20:443`),
			we("2026-11-29T07:41:18Z", Alert, "ftd-hq", `<185>Nov 29 07:41:18 ftd-hq SFIMS: [1:2019401:4] "ET POLICY Vulnerable Java Version 1.8.x Detected" [Impact: Unknown] From "ftd-hq" at Sun Nov 29 07:41:18 2026 UTC [Classification: Potential Corporate Privacy Violation] [Priority: 1] {tcp} 10.20.4.17:51234->93.184.215.14:80`),
			we("2026-11-29T07:41:21Z", Warn, "ftd-br2", `<188>Nov 29 07:41:21 ftd-br2 SFIMS: [129:12:2] "(stream_tcp) TCP small segment threshold exceeded" [Impact: Unknown] From "ftd-br2" at Sun Nov 29 07:41:21 2026 UTC [Classification: Potentially Bad Traffic] [Priority: 2] {tcp} 10.30.4.21:50022->198.51.100.77:443`),
		},
	},
	{
		name:   "cisco-ftd-show-logging",
		source: "Cisco Secure Firewall Threat Defense `show logging` (the LINA buffer in the diagnostic CLI: a settings header, then `Mmm dd yyyy HH:mm:ss: %FTD-sev-id: msg`): Cisco Secure Firewall Threat Defense Command Reference 'show logging'; the lines from memory. FTD's remote syslog and the ASA's buffer are earlier tables'",
		why:    "the settings block is no record; the buffered lines carry a year and the mnemonic's digit as the level, and no host",
		entries: []worldEntry{
			wskip("> show logging",
				"Syslog logging: enabled",
				"    Facility: 20",
				"    Timestamp logging: enabled",
				"    Hide Username logging: enabled",
				"    Standby logging: disabled",
				"    Debug-trace logging: disabled",
				"    Console logging: disabled",
				"    Monitor logging: disabled",
				"    Buffer logging: level debugging, 4414 messages logged",
				"    Trap logging: level informational, facility 20, 4414 messages logged",
				"    Permit-hostdown logging: disabled"),
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 2026 07:41:16: %FTD-6-302013: Built inbound TCP connection 44110 for outside:203.0.113.45/51240 (203.0.113.45/51240) to dmz:10.20.8.20/443 (198.51.100.20/443)"),
			we("2026-11-29T07:41:17Z", Warn, "", `Nov 29 2026 07:41:17: %FTD-4-106023: Deny tcp src outside:203.0.113.45/51241 dst dmz:10.20.8.21/23 by access-group "CSM_FW_ACL_" [0x97aa021a, 0x0]`),
			we("2026-11-29T07:41:18Z", Error, "", "Nov 29 2026 07:41:18: %FTD-3-710003: TCP access denied by ACL from 203.0.113.45/51242 to outside:198.51.100.10/22"),
			we("2026-11-29T07:41:20Z", Info, "", "Nov 29 2026 07:41:20: %FTD-6-302014: Teardown TCP connection 44110 for outside:203.0.113.45/51240 to dmz:10.20.8.20/443 duration 0:00:04 bytes 5952 TCP FINs from outside"),
		},
	},
	{
		name:   "cisco-ftd-rfc5424-timestamp",
		source: "Cisco FTD managed by an FMC whose Platform Settings > Syslog enable the RFC 5424 timestamp (`<PRI>yyyy-MM-ddTHH:mm:ssZ device : %FTD-sev-id: msg`): FMC Device Configuration Guide 'Configure Syslog Logging for Threat Defense Devices' (timestamp format); the lines from memory. FTD's legacy `Mmm dd yyyy` timestamp is an earlier table's",
		why:    "an ISO time right after the PRI, the device name, a colon with a space before it; the PRI and the mnemonic's digit agree",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ftd-hq", "<166>2026-11-29T07:41:16Z ftd-hq : %FTD-6-430003: DeviceUUID: 5f1c2a70-cd11-11f0-9e2f-0a1b2c3d4e5f, AccessControlRuleAction: Allow, SrcIP: 10.20.4.17, DstIP: 93.184.215.14, SrcPort: 51234, DstPort: 443, Protocol: tcp, IngressInterface: inside, EgressInterface: outside, ACPolicy: HQ-Policy, AccessControlRuleName: allow-web, ConnectionDuration: 4, InitiatorBytes: 1840, ResponderBytes: 4112"),
			we("2026-11-29T07:41:17Z", Warn, "ftd-hq", `<164>2026-11-29T07:41:17Z ftd-hq : %FTD-4-106023: Deny udp src inside:10.20.4.33/51877 dst outside:198.51.100.201/6881 by access-group "CSM_FW_ACL_" [0x97aa021a, 0x0]`),
			we("2026-11-29T07:41:19Z", Alert, "ftd-hq", "<161>2026-11-29T07:41:19Z ftd-hq : %FTD-1-430001: DeviceUUID: 5f1c2a70-cd11-11f0-9e2f-0a1b2c3d4e5f, SrcIP: 203.0.113.45, DstIP: 198.51.100.20, SrcPort: 51240, DstPort: 443, Protocol: tcp, IngressInterface: outside, EgressInterface: dmz, IntrusionPolicy: Balanced Security and Connectivity, SignatureID: 58722, Message: SERVER-WEBAPP Apache Log4j logging remote code execution attempt, Classification: Attempted User Privilege Gain, Priority: 1, InlineResult: Blocked"),
		},
	},
	{
		name:   "cisco-asa-default-no-timestamp",
		source: "Cisco ASA with its defaults (`logging timestamp` and `logging device-id` off) as rsyslog stores it: the collector's BSD time and the sender's address, then `%ASA-sev-id: msg`: Cisco ASA Series Syslog Messages 'About the ASA syslog message format'; the lines from memory. The ASA with its own timestamp and device id, in RFC 5424 and in its buffer are earlier tables'",
		why:    "the collector's time and the firewall's address are the only time and host; the mnemonic's digit is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.20.0.1", "Nov 29 07:41:16 10.20.0.1 %ASA-6-302013: Built outbound TCP connection 88410 for outside:93.184.215.14/443 (93.184.215.14/443) to inside:10.20.4.17/51234 (198.51.100.10/12044)"),
			we("2026-11-29T07:41:17Z", Warn, "10.20.0.1", `Nov 29 07:41:17 10.20.0.1 %ASA-4-106023: Deny tcp src outside:203.0.113.45/51240 dst inside:10.20.0.1/23 by access-group "outside_access_in" [0x0, 0x0]`),
			we("2026-11-29T07:41:19Z", Notice, "10.20.0.1", "Nov 29 07:41:19 10.20.0.1 %ASA-5-111008: User 'netops' executed the 'write memory' command."),
			we("2026-11-29T07:41:21Z", Critical, "10.20.0.1", "Nov 29 07:41:21 10.20.0.1 %ASA-2-106001: Inbound TCP connection denied from 203.0.113.45/51241 to 198.51.100.10/445 flags SYN  on interface outside"),
		},
	},

	// Load balancers and application delivery controllers.
	{
		name:   "f5-afm-splunk-kv",
		source: "F5 BIG-IP AFM network firewall events to a log destination in the Splunk format (comma-separated `key=\"value\"` pairs: date_time=\"Mmm dd yyyy HH:mm:ss\", bigip_mgmt_ip, context_name, acl_policy_name, acl_rule_name, action, hostname, source_ip, dest_ip …; no syslog header): BIG-IP Network Firewall 'Local Logging and Remote High-Speed Logging' and the AFM key names in an ExabeamLabs parser (device_vendor, acl_policy_type, date_time) found by search; the lines written for this table. ASM's key=value and APM's logs are earlier tables'",
		why:    "a month-day-year date inside a quoted key at the start; hostname= is the BIG-IP's own name; the action is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "bigip1.example.net", `date_time="Nov 29 2026 07:41:16",bigip_mgmt_ip="10.20.0.5",context_name="/Common/vs_web_443",context_type="Virtual Server",dest_ip="198.51.100.20",dest_port="443",device_product="Advanced Firewall Module",device_vendor="F5",device_version="16.1.4.1",drop_reason="",errdefs_msgno="23003137",errdefs_msg_name="Network Event",flow_id="0000000000000000",hostname="bigip1.example.net",ip_protocol="TCP",partition_name="Common",route_domain="0",source_ip="10.20.4.17",source_port="51234",vlan="/Common/external",acl_policy_name="/Common/afm_web",acl_policy_type="Enforced",acl_rule_name="allow_https",action="Accept"`),
			we("2026-11-29T07:41:18Z", Unknown, "bigip1.example.net", `date_time="Nov 29 2026 07:41:18",bigip_mgmt_ip="10.20.0.5",context_name="/Common/vs_web_443",context_type="Virtual Server",dest_ip="198.51.100.20",dest_port="23",device_product="Advanced Firewall Module",device_vendor="F5",device_version="16.1.4.1",drop_reason="Policy",errdefs_msgno="23003137",errdefs_msg_name="Network Event",flow_id="0000000000000000",hostname="bigip1.example.net",ip_protocol="TCP",partition_name="Common",route_domain="0",source_ip="203.0.113.45",source_port="51240",vlan="/Common/external",acl_policy_name="/Common/afm_web",acl_policy_type="Enforced",acl_rule_name="deny_rest",action="Drop"`),
			we("2026-11-29T07:41:20Z", Unknown, "bigip1.example.net", `date_time="Nov 29 2026 07:41:20",bigip_mgmt_ip="10.20.0.5",context_name="/Common/global",context_type="Global",dest_ip="198.51.100.10",dest_port="161",device_product="Advanced Firewall Module",device_vendor="F5",device_version="16.1.4.1",drop_reason="Policy",errdefs_msgno="23003137",errdefs_msg_name="Network Event",flow_id="0000000000000000",hostname="bigip1.example.net",ip_protocol="UDP",partition_name="Common",route_domain="0",source_ip="203.0.113.50",source_port="40222",vlan="/Common/external",acl_policy_name="/Common/afm_global",acl_policy_type="Enforced",acl_rule_name="reject_snmp",action="Reject"`),
		},
	},
	{
		name:   "f5-asm-arcsight-cef",
		source: "F5 BIG-IP ASM / Advanced WAF remote logging profile in the ArcSight format (`<PRI>Mmm dd HH:mm:ss bigip ASM:CEF:0|F5|ASM|version|signature id|name|severity|dvchost=… dvc=… cs1=policy … act=… rt=Mmm dd yyyy HH:mm:ss …`): F5 techdocs 'About logging profiles' (ArcSight, Splunk and remote storage types); the extension from memory. ASM's Splunk key=value format is an earlier table's",
		why:    "ASM: glued to CEF:0; the PRI is the level and the CEF severity is not; rt= repeats the time with the year",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "bigip1.example.net", "<134>Nov 29 07:41:16 bigip1.example.net ASM:CEF:0|F5|ASM|16.1.4|200021010|Cross Site Scripting (XSS)|5|dvchost=bigip1.example.net dvc=10.20.0.5 cs1=/Common/asm_shop cs1Label=policy_name cs2=/Common/vs_shop_443 cs2Label=http_class_name externalId=4411520913827601234 act=blocked cn1=0 cn1Label=response_code src=203.0.113.45 spt=51240 dst=198.51.100.20 dpt=443 requestMethod=GET app=HTTPS cs5=N/A cs5Label=x_forwarded_for_header_value rt=Nov 29 2026 07:41:16 deviceExternalId=0 cs4=Cross Site Scripting (XSS) cs4Label=attack_type cs6=N/A cs6Label=geo_location request=/shop/search.php?q=%3Cscript%3E"),
			we("2026-11-29T07:41:18Z", Info, "bigip1.example.net", "<134>Nov 29 07:41:18 bigip1.example.net ASM:CEF:0|F5|ASM|16.1.4|200010034|SQL-Injection|8|dvchost=bigip1.example.net dvc=10.20.0.5 cs1=/Common/asm_shop cs1Label=policy_name cs2=/Common/vs_shop_443 cs2Label=http_class_name externalId=4411520913827601235 act=blocked cn1=0 cn1Label=response_code src=203.0.113.46 spt=51300 dst=198.51.100.20 dpt=443 requestMethod=POST app=HTTPS rt=Nov 29 2026 07:41:18 cs4=SQL-Injection cs4Label=attack_type request=/shop/login.php"),
			we("2026-11-29T07:41:21Z", Warn, "bigip1.example.net", "<132>Nov 29 07:41:21 bigip1.example.net ASM:CEF:0|F5|ASM|16.1.4|Brute Force Attack|Brute Force Attack started|7|dvchost=bigip1.example.net dvc=10.20.0.5 cs1=/Common/asm_shop cs1Label=policy_name act=alerted src=203.0.113.47 dst=198.51.100.20 rt=Nov 29 2026 07:41:21 msg=Brute force attack detected on login URL /shop/login.php"),
		},
	},
	{
		name:   "f5os-platform-log",
		source: "F5OS-A (rSeries appliances) platform log as `show system logging` and the remote log server receive it (`RFC 3339 time host daemon[pid]: priority=\"Info\" version=1.0 msgid=0x… msg=\"…\" key=value …`): F5OS-A Administration Guide 'Logging' (host logs, remote servers); the lines from memory. BIG-IP's own logs are earlier tables'; the F5OS platform layer's are not",
		why:    "an RFC 3339 time with its offset; the quoted priority= field is the level; the msgid is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Info, "appliance-1", `2026-11-29T07:41:16.204512+00:00 appliance-1 lacpd[8]: priority="Info" version=1.0 msgid=0x305000000000002 msg="LACP partner detected" interface="1.0" lag="lag-uplink"`),
			we("2026-11-29T07:41:18.01103Z", Warn, "appliance-1", `2026-11-29T07:41:18.011030+00:00 appliance-1 platform-hal[12]: priority="Warning" version=1.0 msgid=0x301000000000012 msg="PSU input voltage out of range" psu="psu-2" voltage="178V"`),
			we("2026-11-29T07:41:20.733401Z", Error, "appliance-1", `2026-11-29T07:41:20.733401+00:00 appliance-1 tenant-deployment[7]: priority="Err" version=1.0 msgid=0x402000000000007 msg="Tenant failed to reach running state" tenant="bigip-prod" state="failed"`),
			we("2026-11-29T07:41:22.1Z", Notice, "appliance-1", `2026-11-29T07:41:22.100000+00:00 appliance-1 authd[5]: priority="Notice" version=1.0 msgid=0x501000000000001 msg="User logged in" user="netops" from="10.20.0.5" interface="webui"`),
		},
	},
	{
		name:   "citrix-adc-remote-syslog-ddmmyyyy",
		source: "NetScaler (Citrix ADC) audit syslog action with `-dateFormat DDMMYYYY -timeZone LOCAL_TIME`, as rsyslog stores it from the NSIP (`Mmm dd HH:mm:ss NSIP dd/MM/yyyy:HH:mm:ss  ns-name 0-PPE-0 : partition MODULE EVENT id 0 : msg`, no zone after the device's time): NetScaler docs 'Configuring audit logging' (dateFormat MMDDYYYY|DDMMYYYY|YYYYMMDD, timeZone); the lines from memory. The ADC's own /var/log/ns.log with month-first GMT dates is an earlier table's",
		why:    "a day-first device date after the collector's header; the NSIP is the header host; the module and event words are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "10.20.0.30", `Nov 29 07:41:16 10.20.0.30 29/11/2026:07:41:16  ns-vpx1 0-PPE-0 : default SSLVPN LOGIN 4411 0 : Context anna@203.0.113.45 - SessionId: 12 - User anna - Client_ip 203.0.113.45 - Nat_ip "Mapped Ip" - Vserver 198.51.100.20:443 - Browser_type "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" - SSLVPN_client_type ICA - Group(s) "staff"`),
			we("2026-11-29T07:41:18Z", Unknown, "10.20.0.30", "Nov 29 07:41:18 10.20.0.30 29/11/2026:07:41:18  ns-vpx1 0-PPE-0 : default EVENT DEVICEDOWN 4412 0 :  Device \"server_svc_web2\" - State DOWN"),
			we("2026-11-29T07:41:20Z", Unknown, "10.20.0.30", `Nov 29 07:41:20 10.20.0.30 29/11/2026:07:41:20  ns-vpx1 0-PPE-0 : default UI CMD_EXECUTED 4413 0 : User nsroot - Remote_ip 10.20.0.5 - Command "save ns config" - Status "Success"`),
		},
	},

	// Wireless controllers and cloud-managed wireless.
	{
		name:   "aruba-instant-syslog",
		source: "HPE Aruba Instant (IAP virtual controller) syslog (`<PRI>Mmm dd HH:mm:ss yyyy ap-ip process[pid]: <message-id> <LEVL> AP:name <ip mac> msg`, levels EMER ALRT CRIT ERRS WARN NOTI INFO DBUG): Aruba Instant User Guide 'Configuring Syslog Servers' and the Instant syslog message reference; the lines from memory. ArubaOS 8 controllers' syslog is an earlier table's; Instant APs are not",
		why:    "a year after the BSD clock, the AP's address as the host; the bracketed four-letter level after the message id, as the PRI",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "10.20.5.11", "<189>Nov 29 07:41:16 2026 10.20.5.11 stm[3344]: <501080> <NOTI> AP:iap-lobby-1 <10.20.5.11 d8:c7:c8:aa:bb:cc> Deauth to sta: f2:4c:1a:22:07:9b: Ageout AP 10.20.5.11-d8:c7:c8:aa:bb:cc-iap-lobby-1 Sapcp Ageout (internal ageout)"),
			we("2026-11-29T07:41:17Z", Info, "10.20.5.11", "<190>Nov 29 07:41:17 2026 10.20.5.11 stm[3344]: <501095> <INFO> AP:iap-lobby-1 <10.20.5.11 d8:c7:c8:aa:bb:cc> Assoc request @ 07:41:17.204512: f2:4c:1a:22:07:9c (SN 412): AP 10.20.5.11-d8:c7:c8:aa:bb:cc-iap-lobby-1"),
			we("2026-11-29T07:41:19Z", Warn, "10.20.5.11", "<188>Nov 29 07:41:19 2026 10.20.5.11 cli[4411]: <341004> <WARN> AP:iap-lobby-1 <10.20.5.11 d8:c7:c8:aa:bb:cc> Send user_sync to master failed, retry 3"),
			we("2026-11-29T07:41:21Z", Error, "10.20.5.12", "<187>Nov 29 07:41:21 2026 10.20.5.12 sapd[2211]: <311020> <ERRS> AP:iap-floor2-3 <10.20.5.12 d8:c7:c8:aa:bb:dd> Radio 1: channel 44 is blocked by radar, moving to channel 149"),
		},
	},
	{
		name:   "cisco-wlc-aireos-show-logging",
		source: "Cisco AireOS WLC `show logging` (the logging settings, then the buffered messages `*task: Mmm dd HH:mm:ss.SSS: %FACILITY-SEV-MNEMONIC: file.c:line msg` with no year and no host): Cisco Wireless Controller Command Reference 'show logging'; the lines from memory. AireOS' syslog, `show msglog` and `show traplog` are earlier tables'",
		why:    "the settings block is no record; each message starts with the task name and a star, then a year-less clock with milliseconds; the mnemonic's digit is the level",
		entries: []worldEntry{
			wskip("(Cisco Controller) >show logging",
				"Logging to buffer :",
				"- Logging of system messages to buffer :",
				" - Effective Logging Level.......................... errors",
				"- Number of system messages logged.................. 4414",
				"Logging to syslog :",
				"- Syslog facility................................ local0",
				"- Logging of system messages to syslog :",
				" - Effective Logging Level.......................... errors",
				"- Number of remote syslog hosts.................... 1",
				"  - Host 0....................................... 10.20.0.40",
				"System Messages:"),
			we("2026-11-29T07:41:16.204Z", Error, "", "*spamApTask4: Nov 29 07:41:16.204: %CAPWAP-3-ECHO_ERR: capwap_ac_sm.c:7393 Did not receive heartbeat reply; AP: d8:c7:c8:aa:bb:cc"),
			we("2026-11-29T07:41:18.51Z", Error, "", "*emWeb: Nov 29 07:41:18.510: %AAA-3-AUTHENTICATE_FAIL: aaa.c:2883 Authentication failed for user netops from 10.20.0.5"),
			we("2026-11-29T07:41:20.002Z", Critical, "", "*apfReceiveTask: Nov 29 07:41:20.002: %APF-2-CLIENT_EXCLUDED: apf_ms.c:6010 Client f2:4c:1a:22:07:9b was excluded because of 802.1X authentication failures"),
		},
	},
	{
		name:   "meraki-airmarshal-events",
		source: "Cisco Meraki syslog 'air marshal events' type (`<PRI>1 epoch.ns device airmarshal_events type=rogue_ssid_detected|ssid_spoofing_detected ssid='…' bssid='…' … channel='…' rssi='…'`): documentation.meraki.com 'Syslog Event Types and Log Samples'; the lines from memory. Meraki's flows, urls, firewall and events types are earlier tables'",
		why:    "a Unix time with nanoseconds in place of an RFC 5424 date; the AP's name is the host; the detected BSSIDs are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512345Z", Info, "MR46_lobby", "<134>1 1795938076.204512345 MR46_lobby airmarshal_events type=rogue_ssid_detected ssid='FreeWiFi' bssid='02:18:5A:11:22:33' src='02:18:5A:11:22:33' dst='FF:FF:FF:FF:FF:FF' wired_mac='02:18:5A:11:22:30' vlan_id='0' channel='11' rssi='38' fc_type='0' fc_subtype='5'"),
			we("2026-11-29T07:41:19.5Z", Info, "MR46_lobby", "<134>1 1795938079.500000000 MR46_lobby airmarshal_events type=ssid_spoofing_detected ssid='acme-corp' vap='0' bssid='0A:22:33:44:55:66' src='0A:22:33:44:55:66' dst='FF:FF:FF:FF:FF:FF' channel='36' rssi='51' fc_type='0' fc_subtype='8'"),
		},
	},
	{
		name:   "meraki-security-event-ids",
		source: "Cisco Meraki MX syslog 'security events' type (`<PRI>1 epoch.ns device security_event ids_alerted|security_filtering_file_scanned … timestamp=epoch.us … message: …`): documentation.meraki.com 'Syslog Event Types and Log Samples'; the lines from memory. Meraki's flows, urls, firewall, events and air marshal types are elsewhere",
		why:    "the epoch after the version is the time; timestamp= repeats it; the IDS priority= is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512345Z|2026-11-29T07:41:16.201Z", Info, "MX85_hq", "<134>1 1795938076.204512345 MX85_hq security_event ids_alerted signature=1:58722:3 priority=1 timestamp=1795938076.201000 dhost=F2:4C:1A:22:07:9B direction=ingress protocol=tcp/ip src=203.0.113.45:51240 dst=10.20.8.20:443 decision=blocked message: SERVER-WEBAPP Apache Log4j logging remote code execution attempt"),
			we("2026-11-29T07:41:18.77Z|2026-11-29T07:41:18.768Z", Info, "MX85_hq", "<134>1 1795938078.770000000 MX85_hq security_event security_filtering_file_scanned url=http://dl.example.net/setup.exe src=10.20.4.33:51877 dst=198.51.100.201:80 mac=F2:4C:1A:22:07:9C name='W32.4411.Trojan' sha256=9f2b4c1a7d3e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4 disposition=malicious action=block timestamp=1795938078.768000"),
			we("2026-11-29T07:41:21.05Z|2026-11-29T07:41:21.049Z", Info, "MX85_hq", "<134>1 1795938081.050000000 MX85_hq security_event ids_alerted signature=1:2019401:4 priority=3 timestamp=1795938081.049000 shost=F2:4C:1A:22:07:9B direction=egress protocol=tcp/ip src=10.20.4.17:51234 dst=93.184.215.14:80 decision=allowed message: ET POLICY Vulnerable Java Version 1.8.x Detected"),
		},
	},

	// SD-WAN edges.
	{
		name:   "silverpeak-edgeconnect-syslog",
		source: "HPE Aruba EdgeConnect (Silver Peak) appliance remote syslog (`Mmm dd HH:mm:ss appliance process[pid]: [process.LEVEL]: msg`, the level in capitals inside the bracket) as the collector stores it: Silver Peak Appliance Manager Operator's Guide 'Logging' (remote log receivers, facilities); the lines from memory. No earlier table holds EdgeConnect",
		why:    "the bracketed process name and capitalised level after the tag: the level is NOTICE, WARNING, ERR or INFO",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "ec-branch-01", "Nov 29 07:41:16 ec-branch-01 mgmtd[4411]: [mgmtd.NOTICE]: AAA: user netops logged in from 10.20.0.5 via https"),
			we("2026-11-29T07:41:18Z", Warn, "ec-branch-01", "Nov 29 07:41:18 ec-branch-01 tunneld[2231]: [tunneld.WARNING]: Tunnel to_hq_mpls state changed from Up - Active to Down (loss 100%)"),
			we("2026-11-29T07:41:19Z", Info, "ec-branch-01", "Nov 29 07:41:19 ec-branch-01 alarmd[1902]: [alarmd.INFO]: Raised alarm: Tunnel to_hq_mpls is down (seq 4411, severity MAJOR)"),
			we("2026-11-29T07:41:21Z", Error, "ec-branch-01", "Nov 29 07:41:21 ec-branch-01 sysd[1201]: [sysd.ERR]: Power supply 2 failure detected"),
		},
	},
	{
		name:   "versa-flexvnf-kvp",
		gap:    "the appliance's own name in the KVP log's applianceName= pair is not read as the host",
		source: "Versa Networks FlexVNF / Versa Analytics log export in KVP format (`ISO time±hhmm logType, applianceName=…, tenantName=…, key=value, …`, log types accessLog, idpLog, urlfLog, flowIdLog): a log-pipeline vendor's notes on Versa SD-WAN KVP parsing (the log types) found by search; the fields from memory. No earlier table holds Versa",
		why:    "a compact offset after the time, the log type and comma-separated pairs; applianceName is the writer's own name; an IDP severity= is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "Branch-01", "2026-11-29T07:41:16+0000 accessLog, applianceName=Branch-01, tenantName=Acme, flowId=33622785, flowCookie=1795938076, sourceIPv4Address=10.20.4.17, destinationIPv4Address=93.184.215.14, sourcePort=51234, destinationPort=443, tenantId=2, protocolIdentifier=6, action=allow, ruleName=Allow-Web, fromZone=trust, toZone=untrust, sentOctets=1840, recvdOctets=4112"),
			we("2026-11-29T07:41:18Z", Unknown, "Branch-01", "2026-11-29T07:41:18+0000 idpLog, applianceName=Branch-01, tenantName=Acme, flowId=33622790, flowCookie=1795938078, sourceIPv4Address=203.0.113.45, destinationIPv4Address=10.20.8.20, sourcePort=51240, destinationPort=443, protocolIdentifier=6, signatureId=1058722, signatureMsg=Apache Log4j logging remote code execution attempt, threatSeverity=critical, idpAction=reset"),
			we("2026-11-29T07:41:20Z", Unknown, "Branch-01", "2026-11-29T07:41:20+0000 urlfLog, applianceName=Branch-01, tenantName=Acme, flowId=33622794, sourceIPv4Address=10.20.4.41, destinationIPv4Address=198.51.100.77, httpUrl=games.example.com/, urlCategory=games, urlReputation=trustworthy, action=block, urlfProfile=Corp-URLF"),
		},
	},
}

func TestFresh54Formats(t *testing.T) { assertTable(t, fresh54Cases) }

func TestFresh54Score(t *testing.T) {
	checkScore(t, "fresh54 formats", fresh54Cases, [worldNumFields]float64{97.5, 99.9, 95.1, 99.3})
}
