package parse

import "testing"

// The three-hundred-and-twenty-sixth fresh table, written on 2026-12-06: network operating systems'
// syslog as a central collector stores it in 2025-2026 firmware, a further pass over message kinds,
// zones and header variants no earlier table holds. Each family is one product's documented or
// observed output: Arista EOS with `logging format timestamp traditional timezone` and no year (a
// US zone abbreviation after the clock, the local date a day behind UTC) kept raw with its PRI;
// Junos OS Evolved's remote syslog, whose host field carries the node name (`host-re0`,
// `host-fpc0`, `host-re1`), with the FPC's own evo- processes; Nokia SR Linux forwarding to a remote
// server with rsyslog's traditional forward template (a BSD header over the `subsystem|pid|tid|seq|L:`
// body, Linux facilities' lines among them); Nokia SR OS with `no log-prefix` (the header's address,
// then a lone ` : ` before the sequence number); NX-OS with `logging timestamp microseconds` sent
// without an origin id (`<PRI>: yyyy Mmm dd HH:mm:ss.uuuuuu UTC:`) and ACL-log flow lines; an IOS XE
// access switch in Australian summer time (`localtime show-timezone year` in AEDT, the origin id and a
// sequence number, the `.` of an unsynchronised clock) carrying CFGLOG, err-disable, DHCP-snooping
// and Smart Licensing kinds; a Huawei S-series switch with `info-center timestamp log short-date` (no
// year, a +08:00 offset glued to the clock) at its log host; PAN-OS IP-Tag logs in the CSV syslog
// format (a log type no earlier table holds, with the high-resolution time near the end); FortiOS
// 7.4's key=value syslog from a unit at +05:30 (a half-hour zone) with SD-WAN and IPsec event kinds.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`arista`, `Ebra`, `traditional timezone`, ` PST `, `%ACL-`, `IPACCESS`, `junos`,
// `juniper`, `evolved`, `evo-`, `-re0 `, `-fpc0 `, `aftman`, `relay-eventd`, `master-eventd`,
// `srlinux`, `sr linux`, `sr_linux`, `sr_bgp_mgr: `, `TraditionalForward`, `nokia`, `SR OS`,
// `sros`, `TMNX:`, `log-prefix`, ` : 32 Base`, `Base SYSTEM-`, `tmnxStateChange`, `USER-MINOR`,
// `nx-os`, `nxos`, `UTC: %` with a six-digit fraction, `microseconds`, `ACLLOG`, `ACLLOG_FLOW`,
// `ios xe`, `iosxe`, `AEDT`, `AEST`, `CFGLOG`, `ERR_DISABLE`, `DHCP_SNOOPING`, `SMART_LIC`,
// `SEC_LOGIN`, `huawei`, `vrp`, `short-date`, `format-date`, `info-center timestamp`, `loghost`,
// `%%01` after a year-less clock, `palo alto`, `pan-os`, `panos`, `IPTAG`, `iptag`, `XML-API`,
// `high-res`, `fortigate`, `fortios`, `tz="+05`, `+0530`, `0113022923`, `sdwan`, and for what was
// left out `mikrotik`, `routeros`, `unifi`, `ubiquiti`, `suricata`, `check point`, `checkpoint`,
// `cp_log_export`, `logrhythm`). Arista EOS is in seven families (fresh3, fresh37, fresh69, fresh75,
// fresh87, fresh154, fresh281): its traditional time with a year and a zone
// (arista-eos-fqdn-year-timezone) is fresh69's, the zone without the year in none. Junos is in some
// forty families; a `-re0` host appears only as a host literally named so (fresh69's
// interactive-commands file, fresh77's Huawei `-RE0` router); Junos Evolved's node-suffixed hosts are
// in none (fresh306 left them out when the documentation's example was cut off; this pass found the
// prose that states the rule). SR Linux is in fresh37 (the local file with `local6|NOTI`) and
// fresh165 (RFC 5424 to a remote server); the traditional forward template in none. SR OS is in
// fresh7, fresh54, fresh138 and fresh281; fresh54's remote lines carry the default `TMNX:` prefix,
// the empty prefix in none. NX-OS is in some fifteen families with whole seconds or milliseconds;
// microseconds in none. IOS and IOS XE are in dozens of families with UTC, CET and EST; AEDT in
// none, and the CFGLOG, err-disable, DHCP-snooping and Smart Licensing kinds in none. Huawei's date
// loghost stamp is fresh2's, fresh138's and fresh212's, format-date fresh154's and iso fresh54's;
// short-date with its offset in none. PAN-OS is in some thirty families (every CSV type but IP-Tag,
// CEF, LEEF, the XML API); IPTAG in none. FortiOS key=value is in a dozen families at +0000 and
// +0100 (FortiManager at +0500 in fresh19); a half-hour zone and the sdwan subtype in none (fresh301
// holds the SD-WAN SLA log on the console, not the event log). Left out as measured already:
// MikroTik RouterOS (its BSD, ISO, CEF, prefixed and default remote forms, the holdout and fresh54 to fresh145),
// UniFi (device syslog with MAC and firmware, UDM kernel firewall, Network 9's CEF and fw syslog),
// Check Point (Log Exporter syslog, CEF, LEEF, Splunk, the space-date form and two relays, Gaia's
// messages). Left out for want of a page that settled the lines in the time given: Check Point Log
// Exporter's json, generic and logrhythm formats, Huawei's `DST` suffix after the offset (the
// reference says a time stamp may carry DST information, but shows no line). The table holds 9
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). EOS' `Nov 28 23:41:16 PST` has no year (2026) and is converted from -08:00;
// Junos Evolved's and SR Linux's BSD headers, SR OS' header and PAN-OS' header carry no zone and are
// the devices' UTC clocks; NX-OS' microseconds and IOS XE's milliseconds are kept, AEDT is +11:00
// and converted, as is Huawei's +08:00 and FortiOS' date and time with tz="+0530"; FortiOS'
// eventtime (nanoseconds) and PAN-OS' high-resolution time are the same instants and either is
// accepted. Levels only where the line marks one: the PRI (every family here sends one, and the
// mnemonic's digit in EOS', NX-OS', IOS XE's and Huawei's lines agrees with it), SR Linux's letter
// after the sequence number; PAN-OS' Register and FortiOS' `status="down"` are no levels. The host is
// the record's host field: EOS' and Huawei's name after the time, Junos Evolved's node-suffixed name
// as written, SR Linux's header name, SR OS' address in the header, the IOS XE origin id, PAN-OS'
// header name, FortiOS' devname; NX-OS sends no origin id, so its lines have none, and the tagged
// address, ACL flow addresses, peers, users' sources and SR OS' `management` router name are not
// hosts. Each record is one line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 70f329d before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 70f329d with no change to trawl's code (only this file and table_test.go's list), 9 of
// 9 families fully right; there are no gaps: the zone after EOS' clock, AEDT, the offset glued to
// Huawei's short date, the half-hour tz=, the microseconds, the node-suffixed hosts, SR OS' lone
// colon, SR Linux's letter behind a BSD header and the IPTAG row are all read as the format says.

var fresh326Cases = []worldCase{
	{
		name:   "arista-eos-remote-traditional-timezone-no-year",
		source: "Arista EOS with `logging format timestamp traditional timezone` (no `year`) sending to a collector that keeps the datagram (`<PRI>Mmm dd HH:mm:ss TZ host Agent: %FACILITY-SEV-MNEMONIC: msg`): the arista.eos eos_logging_global module's documentation (the traditional timestamp's `timezone` and `year` switches), napalm-logs 'Arista EOS' (the remote layout); the zone after the clock as in fresh154's year-and-zone family; the ACL and AAA mnemonics from memory",
		why:    "a zone abbreviation between the clock and the host with no year: PST puts the local date a day behind UTC; the PRI and the mnemonic's digit agree; the ACL line's addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "leaf-c4", "<189>Nov 28 23:41:16 PST leaf-c4 Ebra: %LINEPROTO-5-UPDOWN: Line protocol on Interface Ethernet7 (to srv-r12), changed state to down"),
			we("2026-11-29T07:41:16Z", Info, "leaf-c4", "<190>Nov 28 23:41:16 PST leaf-c4 Acl: %ACL-6-IPACCESS: list MGMT-IN Management1 Filter tcp 203.0.113.45(51234) -> 10.40.0.4(22)"),
			we("2026-11-29T07:41:19Z", Notice, "leaf-c4", "<189>Nov 28 23:41:19 PST leaf-c4 Bgp: %BGP-5-ADJCHANGE: peer 10.40.255.1 (VRF default AS 65100) old state Established event Stop new state Idle"),
			we("2026-11-29T07:41:27Z", Warn, "leaf-c4", "<188>Nov 28 23:41:27 PST leaf-c4 Aaa: %AAA-4-EXEC_AUTHZ_FAILED: User ops-ro failed authorization to execute command 'configure session'"),
		},
	},
	{
		name:   "junos-evolved-remote-node-suffixed-hosts",
		source: "Junos OS Evolved (PTX10000) sending to a remote host: by default the node name is appended to the host name in each message (`ptxhost-re0`), the backup RE's and the FPCs' messages relayed by relay-eventd to master-eventd on the primary, `alternate-format` moving the node name onto the process instead: Juniper 'Overview of System Logging' (the Junos OS Evolved section); napalm-logs 'Junos' (`<PRI>Mmm dd HH:mm:ss host process[pid]: TAG: msg`); the FPC's evo-aftmand-bt process and the remote lines from memory",
		why:    "the host field is the switch's name with `-re0`, `-fpc0` or `-re1` after it, taken as written; the PRI gives the level; peers' addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "ptx10k-pe1-re0", "<28>Nov 29 07:41:16 ptx10k-pe1-re0 mib2d[14412]: SNMP_TRAP_LINK_DOWN: ifIndex 1021, ifAdminStatus up(1), ifOperStatus down(2), ifName et-0/0/12"),
			we("2026-11-29T07:41:16Z", Error, "ptx10k-pe1-fpc0", "<27>Nov 29 07:41:16 ptx10k-pe1-fpc0 evo-aftmand-bt[9912]: [Error] Port et-0/0/12: remote fault detected, link down (pfe 0, asic 1)"),
			we("2026-11-29T07:41:19Z", Notice, "ptx10k-pe1-re0", "<29>Nov 29 07:41:19 ptx10k-pe1-re0 rpd[11877]: BGP_NEIGHBOR_STATE_CHANGED: BGP peer 10.40.255.9 (Internal AS 65100) changed state from Established to Idle (event HoldTime) (instance master)"),
			we("2026-11-29T07:41:33Z", Info, "ptx10k-pe1-re1", "<30>Nov 29 07:41:33 ptx10k-pe1-re1 chassisd[8812]: CHASSISD_SNMP_TRAP10: SNMP trap generated: FRU power on (jnxFruContentsIndex 7, jnxFruL1Index 1, jnxFruL2Index 0, jnxFruL3Index 0, jnxFruName FPC: FPC-PTX10K-LC1201 @ 0/*/*, jnxFruType 3, jnxFruSlot 0)"),
			we("2026-11-29T07:42:01Z", Notice, "ptx10k-pe1-re0", "<189>Nov 29 07:42:01 ptx10k-pe1-re0 mgd[30117]: UI_COMMIT: User 'netops' requested 'commit' operation (comment: CHG-9120 raise hold-time)"),
		},
	},
	{
		name:   "nokia-srlinux-remote-traditional-forward",
		source: "Nokia SR Linux 24.x forwarding to a remote server with rsyslog's RSYSLOG_TraditionalForwardFormat instead of the default RFC 5424 (`<PRI>Mmm dd HH:mm:ss host sr_app: subsystem|pid|tid|seq|L: msg`, Linux facilities' lines such as sshd's among them): Nokia SR Linux 24.3 Configuration Basics 'Logging' (rsyslogd, the RFC 5424 default, the rsyslog templates for forwarding to remote servers); the body as in fresh37 and fresh165; the template's layout from memory",
		why:    "a BSD header over SR Linux's pipe-separated body: the letter after the sequence number is the level, as the PRI is; an sshd line among them has only its PRI; the peer in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "leaf-c3", "<182>Nov 29 07:41:16 leaf-c3 sr_lldp_mgr: lldp|3411|3411|00612|I: LLDP remote peer added on interface ethernet-1/49: System spine-c1 with chassis ID 1A:4F:22:FF:00:00, port ethernet-1/3"),
			we("2026-11-29T07:41:19Z", Notice, "leaf-c3", "<181>Nov 29 07:41:19 leaf-c3 sr_bgp_mgr: bgp|4221|4240|00913|N: In network-instance default, the BGP session with VR default (Router): Peer 10.40.255.1 moved from higher state ESTABLISHED to lower state IDLE due to event TCP SOCKET ERROR"),
			we("2026-11-29T07:41:25Z", Info, "leaf-c3", "<86>Nov 29 07:41:25 leaf-c3 sshd[30411]: Accepted publickey for admin from 10.40.0.9 port 51234 ssh2: ED25519 SHA256:q3Vx0mT7kRb2cJwN8fLh1dYs4aPzEo6uGiK9Cn5WvXe"),
			we("2026-11-29T07:41:31Z", Warn, "leaf-c3", "<180>Nov 29 07:41:31 leaf-c3 sr_linux_mgr: linux|2210|2210|00482|W: Memory utilization on ram module 1 is above 70%, current usage 74%"),
			we("2026-11-29T07:41:40Z", Error, "leaf-c3", "<179>Nov 29 07:41:40 leaf-c3 sr_chassis_mgr: chassis|1877|1877|00233|E: Interface ethernet-1/12 is now down for reason: port-oper-down"),
		},
	},
	{
		name:   "nokia-sros-syslog-empty-log-prefix",
		source: "Nokia SR OS (7750 SR) sending an event log to a syslog destination with `no log-prefix` (`<PRI>MMM DD HH:MM:SS source-ip : seq vrtr-name APPLICATION-SEVERITY-EventName-id [subject]:  msg`, the prefix's place left empty before its colon): Nokia 7750 SR 22.7 System Management Guide 'Syslog implementation overview' (the format, the `TMNX` default, the no-log-prefix and custom-prefix examples, SR OS severities mapped onto syslog's); 7705 SAR System Management Guide 'log-prefix'; the USER cli_user_login event from memory",
		why:    "a lone ` : ` where the tag would be; the address in the header is the host; the PRI carries the mapped severity (major is critical, minor error, warning warning); `management` is a router instance, not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "10.40.0.1", "<188>Nov 29 07:41:16 10.40.0.1 : 5120 Base SYSTEM-WARNING-tmnxStateChange-2009 [CHASSIS]:  Status of Card 2 changed administrative state: inService, operational state: outOfService"),
			we("2026-11-29T07:41:16Z", Critical, "10.40.0.1", "<186>Nov 29 07:41:16 10.40.0.1 : 5121 Base CHASSIS-MAJOR-tmnxEqCardRemoved-2003 [Card 2]:  Class IO Module : removed"),
			we("2026-11-29T07:41:40Z", Error, "10.40.0.1", "<187>Nov 29 07:41:40 10.40.0.1 : 5122 management USER-MINOR-cli_user_login-2001 [netops]:  User netops from 10.40.0.9 logged in"),
			we("2026-11-29T07:43:02Z", Error, "10.40.0.1", "<187>Nov 29 07:43:02 10.40.0.1 : 5123 Base CHASSIS-MINOR-tmnxEqCardInserted-2002 [Card 2]:  Class IO Module : inserted"),
		},
	},
	{
		name:   "cisco-nxos-remote-microseconds-no-origin",
		source: "Cisco NX-OS 10.x with `logging timestamp microseconds` and no `logging origin-id` sending to a collector that keeps the datagram (`<PRI>: yyyy Mmm dd HH:mm:ss.uuuuuu UTC: %FAC-SEV-MNEMONIC: msg`), ACL logging's flow lines among them: napalm-logs 'Cisco NX-OS' (the remote layout with an origin id), fresh77's NX-OS line without one; `logging timestamp microseconds` and the ACLLOG fields from memory",
		why:    "a colon straight after the PRI and no host; six fractional digits before the zone word; the ACL flow line's addresses, MACs and interfaces are no hosts or times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204511Z", Notice, "", "<189>: 2026 Nov 29 07:41:16.204511 UTC: %ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface Ethernet1/21 is down (Link failure)"),
			we("2026-11-29T07:41:16.209874Z", Notice, "", "<189>: 2026 Nov 29 07:41:16.209874 UTC: %ETH_PORT_CHANNEL-5-PORT_DOWN: port-channel21: Ethernet1/21 is down"),
			we("2026-11-29T07:41:18.733012Z", Info, "", `<190>: 2026 Nov 29 07:41:18.733012 UTC: %ACLLOG-6-ACLLOG_NEW_FLOW: Src IP: 10.40.8.21, Dst IP: 10.40.0.4, Src MAC: 5254.0012.3401, Dst MAC: 0022.bdf8.19ff, Src Port: 51234, Dst Port: 22, Src Intf: Ethernet1/7, Protocol: "TCP"(6), ACL Name: MGMT-IN, ACE Action: Deny, Appl Intf: Vlan40, Hit-count: 1`),
			we("2026-11-29T07:41:21.000457Z", Critical, "", "<186>: 2026 Nov 29 07:41:21.000457 UTC: %VPC-2-PEER_KEEP_ALIVE_RECV_FAIL: In domain 40, VPC peer keep-alive receive has failed"),
		},
	},
	{
		name:   "cisco-iosxe-origin-id-aedt-year-kinds",
		source: "a Catalyst 9300 on IOS XE 17.12 in Sydney (`clock timezone AEST 10`, `clock summer-time AEDT recurring`, `service timestamps log datetime msec localtime show-timezone year`, `logging origin-id hostname`, `service sequence-numbers`) sending to a collector that keeps the datagram (`<PRI>seq: host: [.]Mmm dd yyyy HH:mm:ss.mmm AEDT: %FAC-SEV-MNEMONIC: msg`): Cisco IOS command reference 'service timestamps' (msec, localtime, show-timezone); Cisco IOS XE 'Configuring System Message Logs' (origin identifier, sequence numbers, the `.` of a clock not authoritative); the CFGLOG, err-disable, DHCP-snooping and Smart Licensing texts from memory",
		why:    "Australian summer time, eleven hours ahead, so the local clock reads 18:41 for 07:41 UTC; a leading `.` marks a clock that has lost its NTP peer; the origin id is the host; the digit is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "acc-sw07", "<189>2211: acc-sw07: Nov 29 2026 18:41:16.204 AEDT: %PARSER-5-CFGLOG_LOGGEDCMD: User:netops  logged command:interface GigabitEthernet1/0/14"),
			we("2026-11-29T07:41:19.88Z", Warn, "acc-sw07", "<188>2212: acc-sw07: Nov 29 2026 18:41:19.880 AEDT: %PM-4-ERR_DISABLE: bpduguard error detected on Gi1/0/14, putting Gi1/0/14 in err-disable state"),
			we("2026-11-29T07:41:22.01Z", Warn, "acc-sw07", "<188>2213: acc-sw07: .Nov 29 2026 18:41:22.010 AEDT: %DHCP_SNOOPING-4-DHCP_SNOOPING_ERRDISABLE_WARNING: DHCP Snooping received 31 DHCP packets on interface Gi1/0/22"),
			we("2026-11-29T07:42:05.331Z", Info, "acc-sw07", "<190>2214: acc-sw07: Nov 29 2026 18:42:05.331 AEDT: %SMART_LIC-6-AGENT_REG_SUCCESS: Smart Agent for Licensing Registration with the Cisco Smart Software Manager or satellite for udi PID:C9300-48P,SN:FOC2611X0AB"),
		},
	},
	{
		name:   "huawei-s-series-loghost-short-date-offset",
		source: "a Huawei S5735 (VRP V200R022) with `info-center timestamp log short-date` and `clock timezone BJ add 08:00:00` sending to its log host (`<PRI>Mmm dd HH:mm:ss+08:00 host %%01MODULE/severity/BRIEF(l)[n]:text`): Huawei 'info-center timestamp' command reference (date, short-date without the year, format-date, boot; time zone and DST information carried unless without-timezone), Huawei information-center log format (TimeStamp with the offset, `%%01`, the (l) flag and count); the lines from memory",
		why:    "no year, and the +08:00 offset glued to the clock: 15:41 Beijing is 07:41 UTC; the digit between the slashes and the PRI agree; the source address in the ARP alarm is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "S5735-ACC07", `<189>Nov 29 15:41:16+08:00 S5735-ACC07 %%01SHELL/5/CMDRECORD(s)[31]:Recorded command information. (Task=VT0, Ip=10.40.0.9, VpnName=, User=netops, AuthenticationMethod="Local-user", Command="interface GigabitEthernet0/0/14")`),
			we("2026-11-29T07:41:20Z", Warn, "S5735-ACC07", "<188>Nov 29 15:41:20+08:00 S5735-ACC07 %%01MSTP/4/PORT_STATE_DISCARDING(l)[32]:The port has been set to discarding state. (ProcessID=0, InstanceID=0, PortID=14, PortIndex=14, PortName=GigabitEthernet0/0/14)"),
			we("2026-11-29T07:41:23Z", Warn, "S5735-ACC07", "<188>Nov 29 15:41:23+08:00 S5735-ACC07 %%01SECE/4/ARP_SIP_SPEED_LIMIT_ALARM(l)[33]:The arp packet speed with source ip 10.40.7.77 exceeds the speed-limit value configured 30."),
			we("2026-11-29T07:42:05Z", Info, "S5735-ACC07", "<190>Nov 29 15:42:05+08:00 S5735-ACC07 %%01IFNET/6/LINK_STATE_UP(l)[34]:The line protocol IP on the interface GigabitEthernet0/0/14 has entered the UP state."),
		},
	},
	{
		name:   "panos-iptag-csv-syslog",
		source: "PAN-OS 10.2/11.x IP-Tag logs forwarded in the default BSD syslog format (`<PRI>Mmm dd HH:mm:ss host FUTURE_USE,Receive Time,Serial,IPTAG,Subtype,FUTURE_USE,Generate Time,Virtual System,Source IP,Tag Name,Event ID,Repeat Count,Timeout,Data Source Name,Data Source Type,Data Source Subtype,Sequence Number,Action Flags,DG Hierarchy 1-4,Virtual System Name,Device Name,Virtual System ID,High Resolution Timestamp,Cluster Name`): PAN-OS 10.2 Administrator's Guide 'IP-Tag Log Fields'; Strata Logging Service 'IPtag' (Register and Unregister, the XMLAPI / XML-API data source); the subtype's value from memory",
		why:    "the header's time, two slashed times in the CSV and a high-resolution time with +00:00 near its end, one instant; the header's name is the host (Device Name repeats it); Register is an event, no level; the tagged address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.412Z", Info, "PA-3410-HQ", "<14>Nov 29 07:41:16 PA-3410-HQ 1,2026/11/29 07:41:16,024101004120,IPTAG,0,2817,2026/11/29 07:41:16,vsys1,10.40.7.77,quarantine,Register,1,3600,XMLAPI,XML-API,Unknown,7312090,0x0,0,0,0,0,,PA-3410-HQ,1,2026-11-29T07:41:16.412+00:00,"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.090Z", Info, "PA-3410-HQ", "<14>Nov 29 07:41:17 PA-3410-HQ 1,2026/11/29 07:41:17,024101004120,IPTAG,0,2817,2026/11/29 07:41:17,vsys1,10.40.7.81,quarantine,Register,1,3600,XMLAPI,XML-API,Unknown,7312091,0x0,0,0,0,0,,PA-3410-HQ,1,2026-11-29T07:41:17.090+00:00,"),
			we("2026-11-29T08:41:16Z|2026-11-29T08:41:16.418Z", Info, "PA-3410-HQ", "<14>Nov 29 08:41:16 PA-3410-HQ 1,2026/11/29 08:41:16,024101004120,IPTAG,0,2817,2026/11/29 08:41:16,vsys1,10.40.7.77,quarantine,Unregister,1,0,XMLAPI,XML-API,Unknown,7312140,0x0,0,0,0,0,,PA-3410-HQ,1,2026-11-29T08:41:16.418+00:00,"),
		},
	},
	{
		name:   "fortios74-kv-half-hour-zone-sdwan-events",
		source: "FortiOS 7.4 on a FortiGate in Bangalore (`set timezone` Asia/Kolkata) sending its default key=value syslog straight after the PRI (`<PRI>date=yyyy-MM-dd time=HH:mm:ss devname=\"…\" devid=\"…\" eventtime=ns tz=\"+0530\" logid=\"…\" type=\"event\" subtype=\"sdwan|vpn\" level=\"…\" …`): Fortinet FortiOS Log Message Reference (the header fields, eventtime and tz), as in the holdout's and fresh212's FortiGate families; the sdwan and vpn log ids and their fields from memory",
		why:    "a half-hour zone: 13:11 local with tz=\"+0530\" is 07:41 UTC, and eventtime in nanoseconds is the same instant; level= and the PRI agree; devname is the host; status=\"down\" and the peer's address are no level or host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.412345678Z", Notice, "FGT200F-BLR", `<189>date=2026-11-29 time=13:11:16 devname="FGT200F-BLR" devid="FG200FT924904120" eventtime=1795938076412345678 tz="+0530" logid="0113022923" type="event" subtype="sdwan" level="notice" vd="root" logdesc="SD-WAN SLA notification" eventtype="SLA" healthcheck="HC_dc1" slatargetid=1 interface="wan1" status="down" latency="0.000" jitter="0.000" packetloss="100.000" msg="Health Check SLA status."`),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.004120833Z", Notice, "FGT200F-BLR", `<189>date=2026-11-29 time=13:11:17 devname="FGT200F-BLR" devid="FG200FT924904120" eventtime=1795938077004120833 tz="+0530" logid="0113022925" type="event" subtype="sdwan" level="notice" vd="root" logdesc="SD-WAN status" eventtype="Service" serviceid=1 service="dc-apps" seq="2,1" msg="Service prioritized by SLA will be redirected in sequence order."`),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:21.871002214Z", Notice, "FGT200F-BLR", `<189>date=2026-11-29 time=13:11:21 devname="FGT200F-BLR" devid="FG200FT924904120" eventtime=1795938081871002214 tz="+0530" logid="0101037138" type="event" subtype="vpn" level="notice" vd="root" logdesc="IPsec connection status changed" msg="IPsec connection status change" action="tunnel-down" remip=198.51.100.20 locip=203.0.113.4 remport=500 locport=500 outintf="wan1" cookies="8b5d0a1c22f04e11/41207ac3b9d10e55" user="N/A" group="N/A" useralt="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="to-dc1" tunnelip=N/A tunnelid=2014567 tunneltype="ipsec" duration=86213 sentbyte=41207734 rcvdbyte=98011206 nextstat=0`),
			we("2026-11-29T07:41:44Z|2026-11-29T07:41:44.100000001Z", Warn, "FGT200F-BLR", `<188>date=2026-11-29 time=13:11:44 devname="FGT200F-BLR" devid="FG200FT924904120" eventtime=1795938104100000001 tz="+0530" logid="0100022932" type="event" subtype="system" level="warning" vd="root" logdesc="Outbound connection to FortiGuard failed" msg="FortiGuard service unreachable over wan1, retrying via wan2"`),
		},
	},
}

func TestFresh326Formats(t *testing.T) { assertTable(t, fresh326Cases) }
func TestFresh326Score(t *testing.T) {
	checkScore(t, "fresh326 formats", fresh326Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
