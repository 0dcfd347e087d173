package parse

import "testing"

// The two-hundred-and-twelfth fresh table, written on 2026-12-05: network appliances' and network
// operating systems' logs as a central syslog server stores them in 2025-2026, a new pass. Each
// family is a vendor's line behind the relay's own header: Cisco IOS XE 17 with `logging origin-id
// hostname` and `service sequence-numbers` under rsyslog's RSYSLOG_FileFormat (a high-precision
// reception time, the sender's address, then the message counter, the device's name, the sequence
// number and the device's own clock with its year); NX-OS 10 with `logging timestamp milliseconds`
// under syslog-ng's `$ISODATE $HOST $MSG`; ASA 9.22 with `logging device-id hostname` and a year in
// its timestamp wrapped by an RFC 5424 relay (rsyslog's RSYSLOG_SyslogProtocol23Format forward,
// stored raw); SonicOS 7's key=value (pri= and a quoted UTC time=) under rsyslog's traditional
// template; FortiOS 7.6 (date/time in the device's zone, tz=, eventtime in nanoseconds, level=)
// under RSYSLOG_FileFormat; Huawei VRP with the year and a +08:00 offset in its own header under
// rsyslog's traditional template (a timestamp written twice); PAN-OS 11's CSV SYSTEM and TRAFFIC
// rows (a severity column, a high-resolution time at the end) under syslog-ng's ISO template;
// WatchGuard Fireware 12's serial and parenthesised ISO time under the traditional template.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`origin-id`, `sequence-numbers`, `emblem`, `%FTD-`, `junos@2636`, `RT_FLOW`, `Ebra`,
// `eventtime=`, `LEEF:`, `PAN-OS`, `CheckPoint`, `sn=`, `Sophos`, `log_component`, `msg_id="`,
// `firewall,info`, `RouterOS`, `U7-`, `UniFi`, `AOS-CX`, `hpe-restd`, `Event|`, `%%01`, `VRP`,
// `tmm1[`, `01260013`, `NetScaler`, `0-PPE-`, `filterlog`, `EXOS`, `show-timezone`, `NX-OS`,
// `%ETHPORT`, `IOS XE`, `service timestamps`, `,SYSTEM,general`, `device_name=`, `) firewall:
// msg_id`, `M470`, `ASA-6-302013`, `<166>1 `, `+08:00 HUAWEI`, `+08:00 CE-`, `%%01IFNET`,
// `LOG_INFO|`, `LOG_WARN`, `id=firewall`, `pri=4`, `: 2026 Nov 29`, `2026 Nov 29 07`, `UTC:
// %ETHPORT`, `remote-log-format`, `%LINK-3-UPDOWN`, `tz="+0100"`, `log_component=`). Every vendor
// here is in earlier tables (fresh133 holds most of them); what is new is the relay around the line:
// IOS XE's origin-id between counters is fresh145's with a PRI and no relay header, here behind an
// RFC 3339 reception time and the sender's address; NX-OS's year-first stamp is in fresh124 and
// fresh133 behind a BSD header, never with milliseconds behind syslog-ng's ISO date; ASA lines
// behind an RFC 5424 header with NIL fields are in none; SonicOS's key=value is in fresh3, fresh37
// and fresh133 with its PRI, not behind rsyslog's file header; FortiOS with tz= is in several,
// here with the reception time's fraction and the device's clock an hour ahead; Huawei's `%%01`
// lines are in fresh2, fresh54, fresh138 and fresh154, none with a +08:00 offset after the time;
// PAN-OS's SYSTEM CSV is in formats_test, fresh27, fresh77, fresh133 and fresh169, none behind
// syslog-ng's ISO header with the 11.x high-resolution column; WatchGuard's parenthesised time is
// in fresh133, not behind a relay's header with the sender's address. Left out for want of time to
// settle the lines: FTD 7.6 with EMBLEM, Junos 24's structured-data through a traditional template,
// Arista EOS, Check Point, Sophos Firewall, MikroTik RouterOS 7.18's remote-log-format, UniFi,
// AOS-CX, Extreme, F5 BIG-IP 17, NetScaler 14, OPNsense/pfSense filterlog. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC); "a|b" where a line carries the relay's time and the device's own (the
// relay's reception time with its fraction, the device's clock with its year, zone or offset, an
// eventtime or a high-resolution column); Huawei's `15:41:16+08:00` and FortiOS's `08:41:16` with
// tz="+0100" are converted. Levels only where the source puts them: the mnemonic's digit (IOS XE,
// NX-OS, ASA), the RFC 5424 PRI (agreeing with ASA's digit), SonicOS's pri= digit, FortiOS's
// level=, Huawei's digit between slashes, PAN-OS's severity column (a TRAFFIC row has none);
// WatchGuard's line and a stored BSD header carry none. The host is the host field of the record:
// the relay's header host (the sender's address or name as the relay wrote it), even where the
// device names itself after it (IOS's origin-id, ASA's device-id, FortiOS's devname, Huawei's
// name, WatchGuard's name); fw= in SonicOS's line is an address of the firewall's interface, and
// a src, dst, user or peer is no host. No family here writes a record over several lines.
//
// The shapes come from the documentation and issue threads each case names, found with the search
// tool (corpora "docs", "issues", "code", "pages"); hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and one was changed after it, as a slip of writing and not to match
// trawl: FortiOS's third record says level="alert" and its expectation had been written as Warn; it
// is Alert, as the line says (the first figure below is scored with Alert). A family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit fe6bbc4 before any rule for it: level 79.2 %, time 100.0 %, host 75.0 %, records 100.0 %.
// That is the macro figure (micro: level 79.3 %, time 100.0 %, host 75.9 %, records 100.0 %), in a
// worktree at fe6bbc4 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are NX-OS's stamp and PAN-OS's CSV behind syslog-ng's ISO header.

var fresh212Cases = []worldCase{
	{
		name:   "cisco-iosxe17-rsyslog-fileformat-origin-id-seq",
		source: "Cisco IOS XE 17 with `service sequence-numbers`, `service timestamps log datetime msec show-timezone year` and `logging origin-id hostname` (`<PRI>counter: origin: seq: Mmm dd yyyy HH:mm:ss.mmm UTC: %FAC-SEV-MNEMONIC:`: Cisco IOS XE 'Configuring System Message Logs'; Elastic cisco_ios issues on origin-id and counters), stored by rsyslog's RSYSLOG_FileFormat (`%TIMESTAMP:::date-rfc3339% %HOSTNAME% %syslogtag%%msg%`): with no RFC 3164 time in the datagram rsyslog writes its reception time and the sender's address, and the counter becomes the tag",
		why:    "an RFC 3339 reception time with microseconds and the sender's address before the counter, the device's name, the sequence number and the device's clock with year and zone; the level is the mnemonic's digit",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.208311Z|2026-11-29T07:41:16.204Z", Error, "10.20.0.1", "2026-11-29T07:41:16.208311+00:00 10.20.0.1 1843: rtr-core1: 001204: Nov 29 2026 07:41:16.204 UTC: %LINK-3-UPDOWN: Interface GigabitEthernet1/0/12, changed state to down"),
			we("2026-11-29T07:41:17.209877Z|2026-11-29T07:41:17.205Z", Notice, "10.20.0.1", "2026-11-29T07:41:17.209877+00:00 10.20.0.1 1844: rtr-core1: 001205: Nov 29 2026 07:41:17.205 UTC: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet1/0/12, changed state to down"),
			we("2026-11-29T07:42:03.554102Z|2026-11-29T07:42:03.55Z", Warn, "10.20.0.1", "2026-11-29T07:42:03.554102+00:00 10.20.0.1 1845: rtr-core1: 001206: Nov 29 2026 07:42:03.550 UTC: %SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: admin] [Source: 203.0.113.45] [localport: 22] [Reason: Login Authentication Failed] at 07:42:03 UTC Sun Nov 29 2026"),
			we("2026-11-29T07:44:10.871520Z|2026-11-29T07:44:10.867Z", Notice, "10.20.0.1", "2026-11-29T07:44:10.871520+00:00 10.20.0.1 1846: rtr-core1: 001207: Nov 29 2026 07:44:10.867 UTC: %DMI-5-CONFIG_I: R0/0: dmiauthd: Configured from NETCONF/RESTCONF by netops, transaction-id 48812"),
		},
	},
	{
		name:   "nxos10-syslog-ng-isodate-msec",
		source: "Cisco NX-OS 10 with `logging timestamp milliseconds` (`<PRI>: yyyy Mmm dd HH:mm:ss.mmm UTC: %FAC-SEV-MNEMONIC: msg`: Cisco Nexus 9000 NX-OS System Management Configuration Guide 10.x, 'Configuring System Message Logging'), stored by syslog-ng with `template(\"$ISODATE $HOST $MSG\\n\")` (no RFC 3164 time in the datagram, so $ISODATE is the reception time): syslog-ng/syslog-ng issue #3535 on Cisco lines and the syslog-ng blog on parsing Cisco logs",
		why:    "syslog-ng's ISO date and the sender's address before NX-OS's year-first stamp with milliseconds; the level is the mnemonic's digit (5 notice, 3 error, 2 critical)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204Z", Notice, "10.20.0.5", "2026-11-29T07:41:16+00:00 10.20.0.5 2026 Nov 29 07:41:16.204 UTC: %ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface Ethernet1/12 is down (Link failure)"),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.611Z", Notice, "10.20.0.5", "2026-11-29T07:41:19+00:00 10.20.0.5 2026 Nov 29 07:41:19.611 UTC: %BGP-5-ADJCHANGE:  bgp- [8123] (default) neighbor 10.30.0.2 Down - holdtimer expired"),
			we("2026-11-29T07:42:40Z|2026-11-29T07:42:40.018Z", Error, "10.20.0.5", "2026-11-29T07:42:40+00:00 10.20.0.5 2026 Nov 29 07:42:40.018 UTC: %DAEMON-3-SYSTEM_MSG: error: maximum authentication attempts exceeded for invalid user admin from 203.0.113.77 port 40112 ssh2 [preauth] - dcos_sshd[28811]"),
			we("2026-11-29T07:45:02Z|2026-11-29T07:45:02.331Z", Critical, "10.20.0.5", "2026-11-29T07:45:02+00:00 10.20.0.5 2026 Nov 29 07:45:02.331 UTC: %PLATFORM-2-FAN_REMOVED: Fan module 3 (Serial number FOX2611Q7RZ) Fan3(sys_fan3) removed"),
		},
	},
	{
		name:   "asa922-behind-rfc5424-relay",
		source: "Cisco ASA 9.22 with `logging timestamp` (year after the day) and `logging device-id hostname` (`Mmm dd yyyy HH:mm:ss host : %ASA-sev-id: msg`: Cisco ASA Series Syslog Messages, 'Syslog Message Format'; microsoft/OMS-Agent-for-Linux PR #233 on the year and the ` : ` after the host), forwarded by an rsyslog relay with RSYSLOG_SyslogProtocol23Format (RFC 5424 header, HOSTNAME the sender's address, NIL app, procid, msgid and structured data; microsoft/azure-docs PR #128177 on rsyslog's NIL hyphens) and stored raw",
		why:    "an RFC 5424 header with NIL fields wrapping the ASA's own RFC 3164 line with its year; the PRI (local4) and the ASA's digit agree",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.208Z|2026-11-29T07:41:16Z", Info, "10.20.0.9", "<166>1 2026-11-29T07:41:16.208Z 10.20.0.9 - - - - Nov 29 2026 07:41:16 fw-dmz : %ASA-6-302013: Built inbound TCP connection 88123 for outside:203.0.113.45/51234 (203.0.113.45/51234) to dmz:10.20.9.10/443 (192.0.2.10/443)"),
			we("2026-11-29T07:41:18.51Z|2026-11-29T07:41:18Z", Warn, "10.20.0.9", `<164>1 2026-11-29T07:41:18.510Z 10.20.0.9 - - - - Nov 29 2026 07:41:18 fw-dmz : %ASA-4-106023: Deny tcp src outside:203.0.113.77/40112 dst dmz:10.20.9.11/3389 by access-group "outside_in" [0x0, 0x0]`),
			we("2026-11-29T07:41:21.004Z|2026-11-29T07:41:21Z", Error, "10.20.0.9", "<163>1 2026-11-29T07:41:21.004Z 10.20.0.9 - - - - Nov 29 2026 07:41:21 fw-dmz : %ASA-3-710003: TCP access denied by ACL from 203.0.113.77/40118 to outside:192.0.2.1/22"),
			we("2026-11-29T07:43:02.77Z|2026-11-29T07:43:02Z", Notice, "10.20.0.9", "<165>1 2026-11-29T07:43:02.770Z 10.20.0.9 - - - - Nov 29 2026 07:43:02 fw-dmz : %ASA-5-111008: User 'netops' executed the 'write memory' command."),
		},
	},
	{
		name:   "sonicos7-keyvalue-rsyslog-traditional",
		source: "SonicOS 7's syslog in the default format (`id=firewall sn=… time=\"yyyy-MM-dd HH:mm:ss UTC\" fw=… pri=N c=… m=… msg=\"…\" n=… src=ip:port:zone dst=…`: splunk/splunk-connect-for-syslog issue #1367; SonicWall 'SonicOS 7 Log Events reference'), stored by rsyslog's RSYSLOG_TraditionalFileFormat: the datagram has no RFC 3164 time or host, so rsyslog writes its own time and the sender's address, and `id=firewall` becomes the tag",
		why:    "a BSD file header, then the firewall's quoted UTC time; pri= is the syslog severity digit (1 alert, 4 warning, 5 notice, 6 info); fw= is an interface address, src and dst peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.20.0.7", `Nov 29 07:41:16 10.20.0.7 id=firewall sn=2CB8ED6A1F40 time="2026-11-29 07:41:16 UTC" fw=203.0.113.2 pri=6 c=262144 m=98 msg="Connection Opened" n=41822 src=10.20.5.7:51234:X0 dst=203.0.113.80:443:X1 proto=tcp/https`),
			we("2026-11-29T07:41:20Z", Notice, "10.20.0.7", `Nov 29 07:41:20 10.20.0.7 id=firewall sn=2CB8ED6A1F40 time="2026-11-29 07:41:20 UTC" fw=203.0.113.2 pri=5 c=8 m=1080 msg="Administrator login allowed" n=412 usr="netops" src=10.20.4.41:0:X0 dst=10.20.0.7:443:X0`),
			we("2026-11-29T07:41:33Z", Warn, "10.20.0.7", `Nov 29 07:41:33 10.20.0.7 id=firewall sn=2CB8ED6A1F40 time="2026-11-29 07:41:33 UTC" fw=203.0.113.2 pri=4 c=32 m=24 msg="Administrator login denied due to bad credentials" n=88 usr="admin" src=203.0.113.77:40112:X1 dst=203.0.113.2:443:X1`),
			we("2026-11-29T07:42:01Z", Alert, "10.20.0.7", `Nov 29 07:42:01 10.20.0.7 id=firewall sn=2CB8ED6A1F40 time="2026-11-29 07:42:01 UTC" fw=203.0.113.2 pri=1 c=32 m=82 msg="Possible port scan detected" n=19 src=203.0.113.77:40118:X1 dst=203.0.113.2:22:X1 note="TCP scanned port list, 22, 23, 80, 443"`),
		},
	},
	{
		name:   "fortios76-rsyslog-fileformat-tz",
		source: "FortiOS 7.6 key=value syslog (`date=yyyy-MM-dd time=HH:mm:ss devname=\"…\" devid=\"…\" eventtime=<ns> tz=\"+hhmm\" logid=\"…\" type=\"…\" subtype=\"…\" level=\"…\"`: Fortinet 'FortiOS 7.6 Log Message Reference', log header fields), stored by rsyslog's RSYSLOG_FileFormat (no RFC 3164 header in the datagram, so the reception time and the sender's address): syslog-ng/syslog-ng issue #3535 on FortiOS's headerless datagrams",
		why:    "the relay's reception time with milliseconds, then the device's date and time an hour ahead with tz=\"+0100\" and eventtime in nanoseconds; level= is the level; devname is the device's name after the relay's address",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.211Z|2026-11-29T07:41:16.204118Z|2026-11-29T07:41:16Z", Info, "10.20.0.3", `2026-11-29T07:41:16.211+00:00 10.20.0.3 date=2026-11-29 time=08:41:16 devname="fgt-hq" devid="FG100FTK24001234" eventtime=1795938076204118000 tz="+0100" logid="0100032001" type="event" subtype="system" level="information" vd="root" logdesc="Admin login successful" user="netops" ui="https(10.20.4.41)" method="https" srcip=10.20.4.41 dstip=10.20.0.3 action="login" status="success" profile="super_admin" msg="Administrator netops logged in successfully from https(10.20.4.41)"`),
			we("2026-11-29T07:41:18.93Z|2026-11-29T07:41:18.925401Z|2026-11-29T07:41:18Z", Notice, "10.20.0.3", `2026-11-29T07:41:18.930+00:00 10.20.0.3 date=2026-11-29 time=08:41:18 devname="fgt-hq" devid="FG100FTK24001234" eventtime=1795938078925401000 tz="+0100" logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip=10.20.5.7 srcport=51234 srcintf="port2" dstip=203.0.113.80 dstport=443 dstintf="wan1" sessionid=7712044 proto=6 action="close" policyid=12 service="HTTPS" duration=31 sentbyte=4120 rcvdbyte=88211`),
			we("2026-11-29T07:41:33.402Z|2026-11-29T07:41:33.398012Z|2026-11-29T07:41:33Z", Alert, "10.20.0.3", `2026-11-29T07:41:33.402+00:00 10.20.0.3 date=2026-11-29 time=08:41:33 devname="fgt-hq" devid="FG100FTK24001234" eventtime=1795938093398012000 tz="+0100" logid="0100032002" type="event" subtype="system" level="alert" vd="root" logdesc="Admin login failed" user="admin" ui="ssh(203.0.113.77)" method="ssh" srcip=203.0.113.77 dstip=10.20.0.3 action="login" status="failed" reason="passwd_invalid" msg="Administrator admin login failed from ssh(203.0.113.77) because of invalid password"`),
			we("2026-11-29T07:43:02.118Z|2026-11-29T07:43:02.110334Z|2026-11-29T07:43:02Z", Error, "10.20.0.3", `2026-11-29T07:43:02.118+00:00 10.20.0.3 date=2026-11-29 time=08:43:02 devname="fgt-hq" devid="FG100FTK24001234" eventtime=1795938182110334000 tz="+0100" logid="0101037124" type="event" subtype="vpn" level="error" vd="root" logdesc="IPsec phase 1 error" msg="IPsec phase 1 error" action="negotiate" remip=203.0.113.9 locip=203.0.113.2 remport=500 locport=500 outintf="wan1" vpntunnel="branch-lyon" status="negotiate_error" reason="peer SA proposal not match local policy"`),
		},
	},
	{
		name:   "huawei-vrp-offset-behind-rsyslog",
		source: "Huawei VRP (CloudEngine) info-center with `info-center timestamp log date` and a time zone (`Mmm dd yyyy HH:mm:ss+hh:mm host %%01MODULE/sev/DIGEST(l)[n]:text`: Huawei CloudEngine 'Log Reference', information format), stored by rsyslog's RSYSLOG_TraditionalFileFormat, which writes its own time and the sender's address before the device's header (the year breaks RFC 3164 parsing)",
		why:    "the relay's BSD time and address, then the device's own date with its year and a +08:00 offset (the same instant); the level is the digit between slashes (4 warning, 5 notice, 3 error)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "10.20.1.2", "Nov 29 07:41:16 10.20.1.2 Nov 29 2026 15:41:16+08:00 CE-AGG1 %%01IFNET/4/LINK_STATE(l)[12]:The line protocol IP on the interface 10GE1/0/3 has entered the DOWN state."),
			we("2026-11-29T07:41:40Z", Notice, "10.20.1.2", `Nov 29 07:41:40 10.20.1.2 Nov 29 2026 15:41:40+08:00 CE-AGG1 %%01SHELL/5/CMDRECORD(s)[13]:Recorded command information. (Task=VT0, Ip=10.20.4.41, VpnName=, User=netops, AuthenticationMethod="Local-user", Command="display interface brief", Result=Success)`),
			we("2026-11-29T07:42:05Z", Error, "10.20.1.2", "Nov 29 07:42:05 10.20.1.2 Nov 29 2026 15:42:05+08:00 CE-AGG1 %%01BGP/3/STATE_CHG_UPDOWN(l)[14]:The status of the peer 10.30.0.2 changed from ESTABLISHED to IDLE. (InstanceName=Public, StateChangeReason=Hold Timer Expired)"),
		},
	},
	{
		name:   "panos11-csv-syslog-ng-isodate",
		source: "PAN-OS 11.1 syslog in the default BSD format, SYSTEM and TRAFFIC rows (`FUTURE_USE,Receive Time,Serial,Type,Subtype,…` with the SYSTEM row's severity column and, since 10.0, the high-resolution timestamp column): Palo Alto Networks 'PAN-OS 11.1 Syslog Field Descriptions' (System Log Fields, Traffic Log Fields); stored by syslog-ng with `template(\"$ISODATE $HOST $MSG\\n\")`",
		why:    "syslog-ng's ISO date and the firewall's name, then slashed CSV times; SYSTEM's severity column (informational, critical) is the level, a TRAFFIC row has none; the high-resolution time at the end of a SYSTEM row",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204Z", Info, "pa-edge1", `2026-11-29T07:41:16+00:00 pa-edge1 1,2026/11/29 07:41:16,013201004512,SYSTEM,auth,2817,2026/11/29 07:41:16,,auth-success,netops,,0,0,general,informational,"authenticated for user 'netops'.   auth profile 'local', vsys 'shared', From: 10.20.4.41.",7431201,0x0,0,0,0,0,,pa-edge1,0,0,2026-11-29T07:41:16.204+00:00`),
			we("2026-11-29T07:41:18Z", Unknown, "pa-edge1", "2026-11-29T07:41:18+00:00 pa-edge1 1,2026/11/29 07:41:18,013201004512,TRAFFIC,end,2817,2026/11/29 07:41:18,10.20.5.7,203.0.113.80,192.0.2.20,203.0.113.80,allow-web,,,ssl,vsys1,trust,untrust,ethernet1/2,ethernet1/1,fwd-panorama,2026/11/29 07:41:18,551204,1,51234,443,40112,443,0x41c,tcp,allow,92331,4120,88211,71,2026/11/29 07:40:47,31,computer-and-internet-info,,7431202,0x8000000000000000,10.0.0.0-10.255.255.255,United States,,38,33,tcp-fin,0,0,0,0,,pa-edge1,from-policy"),
			we("2026-11-29T07:44:50Z|2026-11-29T07:44:50.771Z", Critical, "pa-edge1", `2026-11-29T07:44:50+00:00 pa-edge1 1,2026/11/29 07:44:50,013201004512,SYSTEM,ha,2817,2026/11/29 07:44:50,,state-change,,,0,0,general,critical,"HA Group 1: Moved from state Active to state Non-Functional",7431240,0x0,0,0,0,0,,pa-edge1,0,0,2026-11-29T07:44:50.771+00:00`),
		},
	},
	{
		name:   "watchguard-fireware12-relay-serial",
		source: "WatchGuard Fireware 12 syslog (`<PRI>Mmm dd HH:mm:ss name serial (yyyy-MM-ddTHH:mm:ss) process: msg_id=\"xxxx-xxxx\" …`: WatchGuard 'Fireware Log Catalog' and Help Center 'Syslog Log Message Format'), stored by rsyslog's RSYSLOG_TraditionalFileFormat with the sender's address (`$PreserveFQDN`, no DNS), which replaces the device's name in the header and keeps the rest",
		why:    "the relay's BSD header with the sender's address, then the box's serial and its own ISO time in parentheses; no level anywhere (msg_id is an id); the name after the serial is not there, the address is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "10.20.0.4", `Nov 29 07:41:16 10.20.0.4 801002AA1234 (2026-11-29T07:41:16) firewall: msg_id="3000-0148" Allow 1-Trusted 0-External tcp 10.20.5.7 203.0.113.80 51234 443 offset 8 A 12345 (Outgoing-proxy-00)`),
			we("2026-11-29T07:41:21Z", Unknown, "10.20.0.4", `Nov 29 07:41:21 10.20.0.4 801002AA1234 (2026-11-29T07:41:21) firewall: msg_id="3000-0148" Deny 0-External Firebox tcp 203.0.113.77 203.0.113.4 40112 22 offset 10 S 2211440 (Unhandled External Packet-00)`),
			we("2026-11-29T07:42:44Z", Unknown, "10.20.0.4", `Nov 29 07:42:44 10.20.0.4 801002AA1234 (2026-11-29T07:42:44) admd: msg_id="3100-0002" Authentication of Firebox-DB user [admin@Firebox-DB] from 203.0.113.77 was rejected, password is incorrect`),
		},
	},
}

func TestFresh212Formats(t *testing.T) { assertTable(t, fresh212Cases) }
func TestFresh212Score(t *testing.T) {
	checkScore(t, "fresh212 formats", fresh212Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
