package parse

import "testing"

// The four-hundred-and-fifth fresh table, written on 2026-12-06: network appliances at a
// collector, a further pass after fresh54, fresh133, fresh138, fresh154, fresh341, fresh356 and
// fresh400: firewalls, load balancers, switches and a wireless controller whose syslog lands on a
// central rsyslog, syslog-ng or Kiwi, in pairings of a product's wire format and a collector's
// output no earlier table holds. Each family is one product's line in one collector's layout:
// Sophos UTM 9's `yyyy:mm:dd-HH:MM:SS` header cut by rsyslog's RFC 3164 parser into a tag `2026:`
// under RSYSLOG_FileFormat; an AireOS WLC's `name: *task: Mmm dd HH:mm:ss.mmm: %FAC-N-` lines under
// RSYSLOG_FileFormat (the name in the tag position, the sender's address as HOSTNAME); Huawei
// VRP's `Mmm dd yyyy` date parsed by rsyslog (the year read where the hour goes) and written as ISO
// with the collector's +01:00; pfSense's filterlog sent without a host field, written by rsyslog
// with the sender's resolved name; NetScaler's `<PRI> MM/dd/yyyy:HH:mm:ss GMT` datagram kept whole
// by syslog-ng's `flags(no-parse)` behind `$ISODATE $HOST`; Junos SRX's RT_FLOW and RT_SCREEN lines
// and NX-OS's `: yyyy Mmm dd … UTC:` lines in Kiwi Syslog Server's tab-separated file; BIG-IP's
// level word read as PROGRAM and PAN-OS's CSV read as PROGRAM `1,2026/11/29` in syslog-ng's
// format-json output.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`fortigate`, `fortinet`, `logid=`, `devname=`, `palo alto`, `pan-os`, `,TRAFFIC,`,
// `,THREAT,`, `pfsense`, `filterlog`, `opnsense`, `RT_FLOW`, `junos`, `big-ip`, `tmm`, `netscaler`,
// `citrix`, `arista`, `aruba`, `aos-cx`, `mikrotik`, `routeros`, `ubiquiti`, `unifi`, `edgerouter`,
// `sonicwall`, `watchguard`, `firebox`, `check point`, `checkpoint`, `sophos`, `barracuda`,
// `meraki`, `%FTD-`, `firepower`, `nx-os`, `nxos`, `%ETHPORT`, `cisco wlc`, `%APF-`, `extreme`,
// `exos`, `procurve`, `huawei`, `%%01`, `h3c`, `comware`, `ruckus`, `brocade`, `raslog`, `os10`,
// `cumulus`, `kemp`, `loadmaster`, `a10`, `zyxel`, `stormshield`, `vyos`, `nokia`, `fortiweb`,
// `imperva`, `zscaler`, `CISE_`, `infoblox`, `netgear`, `omada`, `mellanox`, `forcepoint`,
// `hillstone`, `sangfor`, `ruijie`, `peplink`, `untangle`, `ipfire`, `viptela`, `velocloud`,
// `riverbed`, `proxysg`, `ironport`, `haproxy`, `spamApTask`, `%LWAPP`, `%CAPWAP`,
// `apfMsConnTask`, `dot1xMsgTask`, `%DOT1X`, `RP/0/`, `junos@2636`, `Event|`, `<NOTI>`,
// `ports: port`, `<Info:`, `info tmm`, `notice mcpd`, `PPE-0`, `@@2`, `devID=`, `NetScreen`,
// `%LINK-W-`, `TRAPMGR`, `user.notice`, `%LOG_LOCAL7`, `%UCSM`, `timezone="`, `msg_id="`,
// `id=firewall`, `box_Firewall`, `tz=+`, `firewall,info`, `WAN_LOCAL`, `Ebra`, `%ASA-`,
// `2026:11:29-`, `SecureNet`, `ulogd`, `unit_hostname`, `"logid":"`, `sequenceId`, `WF ALER`,
// `xpand[`, `CLIENT_ORCH_LOG`, `alteon`, `nsx@6876`, `rfc-strict`, `explicit-priority`,
// `Debug line with all properties`, `fromhost-ip`, `jsonmesg`, `syslogseverity`, `timereported`,
// `"PRIORITY"`, `HOST_FROM`, `chain_hostnames`, `kiwi`, `Local7.Notice`, `rsyslogd-pstats`,
// `LEGACY_MSGHDR`, `"PROGRAM":"warning`, `"PROGRAM":"1,20`, `no-parse`, `RSYSLOG_ForwardFormat`,
// `date-mysql`, `UNIXTIME`, `S_ISODATE`, and the pairings as patterns: an ISO header then
// `2026:11:29-`, an ISO header then an address and `name: *…Task`, an ISO header then a host and
// `%%01`, an ISO header then `filterlog[pid]: N,`, an ISO header then an address and `<PRI>`
// before `MM/dd/2026:`, Kiwi's Facility.Level column before RT_FLOW or before `: 2026`).
// Sophos UTM is in fresh2, fresh114, fresh145 and others as its local files, and on the wire
// through syslog-ng in fresh145; cut by rsyslog's parser in none. AireOS's task lines are in
// fresh3, fresh48, fresh54, fresh114 and fresh299 (on the wire, in the buffer); under rsyslog's ISO
// header with the name as tag in none. Huawei VRP's `%%01` lines are in fresh2, fresh48, fresh54,
// fresh138 and others, behind rsyslog's traditional header with an unparsed offset in fresh212; parsed
// by rsyslog into an ISO header in none. pfSense's filterlog is in fresh6, fresh28, fresh36, fresh57
// and others (RFC 5424, BSD with a host); under rsyslog's ISO header with the sender's name in
// none. NetScaler is in fresh54, fresh114, fresh393 and others (rsyslog's BSD header, DDMMYYYY); the
// whole datagram after syslog-ng's ISO header in none. The SRX's RT_FLOW lines are in fresh27,
// fresh289 and the holdout; NX-OS's lines in fresh3, fresh54, fresh138 and rules_test.go; in Kiwi's
// tab file, none. BIG-IP through syslog-ng's JSON and PAN-OS's CSV split into PROGRAM are in none
// (PAN-OS behind a syslog-ng relay's ISO header is in fresh169). Left out as measured already:
// FortiGate's key=value in every collector, Check Point's Log Exporter, Meraki's epoch header,
// WatchGuard's msg_id lines, SonicWall's id=firewall, MikroTik under Kiwi, rsyslog's DebugFormat
// and jsonmesg, syslog-ng's chained hostnames (a rule of rules_test.go). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). rsyslog's and syslog-ng's ISO headers carry their offset (+00:00, +01:00,
// -05:00) and are converted; where the collector's time and the device's own time are the same
// event both are accepted (UTM's cut stamp, AireOS's and NX-OS's clocks with milliseconds, Kiwi's
// date and the device's header); BSD dates and Kiwi's date have no year (2026) and no zone (UTC);
// the PAN-OS CSV's and BIG-IP's in-message local times carry no zone and are not the record's time.
// Levels only where the line marks one: the digit of Cisco's and Huawei's mnemonics, Kiwi's
// Facility.Level column, a PRI kept in the message, syslog-ng's PRIORITY key, UTM's severity= key;
// filterlog's `block`/`pass`, the openvpn line and pfSense's dhcpd line carry none. The host is the
// collector's host field: rsyslog's HOSTNAME (the sender's address or resolved name when the device
// gave none it could read), syslog-ng's $HOST and its HOST key (not HOST_FROM, the address it came
// from), Kiwi's sender column; a client, peer, pool member or Vserver in the message is none, and a
// device name that sits in the tag position (AireOS) or after a cut stamp (UTM) is not the host
// column.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d01cd4c before any rule for it: level 88.9 %, time 100.0 %, host 88.9 %, records 100.0 %.
// That is the macro figure (micro: level 88.9 %, time 100.0 %, host 88.9 %, records 100.0 %), in a
// worktree at d01cd4c with no change to trawl's code (only this file and table_test.go's list), 8 of
// 9 families fully right; the gap is NetScaler's datagram kept whole by syslog-ng's no-parse, whose
// PRI is followed by a space: neither its level nor the host column before it is read.

var fresh405Cases = []worldCase{
	{
		name:   "sophos-utm-rsyslog-fileformat-split-stamp",
		source: "Sophos UTM 9 sending remote syslog with its own `yyyy:mm:dd-HH:MM:SS host prog[pid]: id=\"…\" severity=\"…\" sys=… sub=…` header (ossec/ossec-hids PR #1794 on the non-standard stamp, elastic/integrations PR #2034 and elastic/beats PR #28638 on the header with a host), received by rsyslog and written with RSYSLOG_FileFormat: rsyslog's RFC 3164 parser finds no date and no host, keeps the sender's address as HOSTNAME and takes `2026:` as the tag, as rsyslog/rsyslog issue #5148 shows it for another unparsed date (a tag `12:` cut from the clock); the split of UTM's stamp from memory of that parser",
		why:    "rsyslog's ISO time with microseconds and +00:00, then the sender's address; UTM's own stamp is cut into a tag `2026:` and `11:29-07:41:16`; severity=\"info\" is the level and an openvpn line without it has none; the UTM's name after the cut stamp is not the collector's host column",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204115Z|2026-11-29T07:41:16Z", Info, "10.60.0.1", `2026-11-29T07:41:16.204115+00:00 10.60.0.1 2026: 11:29-07:41:16 utm-gw01 ulogd[5211]: id="2001" severity="info" sys="SecureNet" sub="packetfilter" name="Packet dropped" action="drop" fwrule="60001" initf="eth1" srcmac="00:1a:8c:10:2b:3c" dstmac="00:50:56:a1:4e:7f" srcip="198.51.100.23" dstip="203.0.113.10" proto="6" length="60" tos="0x00" prec="0x00" ttl="52" srcport="51442" dstport="3389" tcpflags="SYN"`),
			we("2026-11-29T07:41:18.771402Z|2026-11-29T07:41:18Z", Info, "10.60.0.1", `2026-11-29T07:41:18.771402+00:00 10.60.0.1 2026: 11:29-07:41:18 utm-gw01 httpproxy[4102]: id="0001" severity="info" sys="SecureWeb" sub="http" name="http access" action="pass" method="GET" srcip="10.60.4.27" dstip="192.0.2.80" user="" statuscode="200" cached="0" profile="REF_DefaultHTTPProfile (Default Web Filter Profile)" size="5120" request="0x9a1c3e00" url="http://updates.example.net/feed.xml" referer="" error="" authtime="0" dnstime="412" cattime="188" avscantime="0" fullreqtime="20931" device="0" auth="0" ua="curl/8.5.0" exceptions="" category="105" reputation="neutral" categoryname="Business"`),
			we("2026-11-29T07:41:21.090377Z|2026-11-29T07:41:21Z", Unknown, "10.60.0.1", "2026-11-29T07:41:21.090377+00:00 10.60.0.1 2026: 11:29-07:41:21 utm-gw01 openvpn[6120]: vpn-anna/203.0.113.77:51022 MULTI_sva: pool returned IPv4=10.242.2.10, IPv6=(Not enabled)"),
			we("2026-11-29T07:41:24.515980Z|2026-11-29T07:41:24Z", Info, "10.60.0.1", `2026-11-29T07:41:24.515980+00:00 10.60.0.1 2026: 11:29-07:41:24 utm-gw01 ulogd[5211]: id="2002" severity="info" sys="SecureNet" sub="packetfilter" name="Packet accepted" action="accept" fwrule="14" initf="eth0" outitf="eth1" srcip="10.60.4.27" dstip="192.0.2.53" proto="17" length="71" tos="0x00" prec="0x00" ttl="63" srcport="40112" dstport="53"`),
		},
	},
	{
		name:   "aireos-wlc-rsyslog-fileformat-name-as-tag",
		source: "a Cisco AireOS 8.10 WLC sending `WLC-name: *task: Mmm dd HH:mm:ss.mmm: %FAC-SEV-MNEMONIC: file.c:line msg` (no syslog date and no host field of its own; LogZilla's Cisco WLC app page and Cisco's 'Syslog Server Configuration on Wireless LAN Controllers'), received by rsyslog and written with RSYSLOG_FileFormat: with no date and a colon after the name, rsyslog keeps the sender's address as HOSTNAME and the WLC's name becomes the tag (rsyslog/rsyslog issue #5134 on HOSTNAME falling back to the sender); the task names and mnemonics from memory",
		why:    "rsyslog's ISO reception time and the WLC's yearless clock with milliseconds are the same event (either accepted); the severity digit in %DOT1X-3- is the level; the WLC name in the tag position is no host column; client MACs, AP MACs and 1x_auth_pae.c:3001 are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.519044Z|2026-11-29T07:41:16.512Z", Error, "10.30.0.5", "2026-11-29T07:41:16.519044+00:00 10.30.0.5 wlc-campus01: *dot1xMsgTask: Nov 29 07:41:16.512: %DOT1X-3-MAX_EAP_RETRIES: 1x_auth_pae.c:3001 Max EAP identity request retries (3) exceeded for client 3c:22:fb:0a:11:72"),
			we("2026-11-29T07:41:17.051230Z|2026-11-29T07:41:17.044Z", Info, "10.30.0.5", "2026-11-29T07:41:17.051230+00:00 10.30.0.5 wlc-campus01: *apfMsConnTask_2: Nov 29 07:41:17.044: %APF-6-USER_NAME_CREATED: apf_ms.c:6128 Username entry (anna.k) created for mobile, username length = 6"),
			we("2026-11-29T07:41:19.936611Z|2026-11-29T07:41:19.930Z", Warn, "10.30.0.5", "2026-11-29T07:41:19.936611+00:00 10.30.0.5 wlc-campus01: *spamApTask3: Nov 29 07:41:19.930: %CAPWAP-4-DISC_INTF_ERR2: capwap_ac_sm.c:2146 Ignoring discovery request received on a wrong VLAN (20) on interface (1) from AP 70:10:5c:3e:8a:41"),
			we("2026-11-29T07:41:22.309174Z|2026-11-29T07:41:22.301Z", Notice, "10.30.0.5", "2026-11-29T07:41:22.309174+00:00 10.30.0.5 wlc-campus01: *emWeb: Nov 29 07:41:22.301: %AAA-5-AAA_AUTH_ADMIN_USER: aaa.c:2982 Authentication succeeded for admin user 'netops' on 10.30.1.14"),
		},
	},
	{
		name:   "huawei-vrp-rsyslog-fileformat-year-parsed",
		source: "a Huawei S-series switch (VRP 5/8) with `info-center timestamp log date` (`<PRI>Mmm dd yyyy HH:mm:ss host %%01MODULE/sev/DIGEST(l)[n]:text`: napalm-automation/napalm-logs PR #253, wazuh/wazuh issue #185 on the year after the day), received by rsyslog, whose RFC 3164 date parser takes a four-digit `hour` as the year (the Cisco case), and written with RSYSLOG_FileFormat in a collector at +01:00: rsyslog's zone-less reading and its `sp-if-no-1st-sp` space after the tag's colon from memory of rsyslog's datetime.c and its templates",
		why:    "the device's zone-less date becomes rsyslog's ISO time with the collector's +01:00 (no fraction: a BSD date has none); the switch's name is the host; the digit between slashes is the level; a `NeighborChangeTime=2026-11-29 08:41:23` inside the message is no second time of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "core-sw01", "2026-11-29T08:41:16+01:00 core-sw01 %%01IFNET/4/LINK_STATE(l)[12]: The line protocol IP on the interface Vlanif20 has entered the DOWN state."),
			we("2026-11-29T07:41:19Z", Notice, "core-sw01", `2026-11-29T08:41:19+01:00 core-sw01 %%01SHELL/5/CMDRECORD(s)[13]: Recorded command information. (Task=VT0, Ip=10.50.0.9, VpnName=, User=netops, AuthenticationMethod="Local-user", Command="display interface brief")`),
			we("2026-11-29T07:41:23Z", Error, "core-sw01", "2026-11-29T08:41:23+01:00 core-sw01 %%01OSPF/3/NBR_DOWN_REASON(l)[14]: Neighbor state left full or changed to Down. (ProcessId=1, NeighborRouterId=10.50.255.2, NeighborAreaId=0, NeighborInterface=Vlanif20, NeighborDownImmediate reason=Neighbor Down Due to Inactivity, NeighborDownPrimeReason=Interface Parameter Mismatch, NeighborChangeTime=2026-11-29 08:41:23)"),
			we("2026-11-29T07:41:30Z", Notice, "core-sw01", "2026-11-29T08:41:30+01:00 core-sw01 %%01SSH/5/SSH_USER_LOGIN(l)[15]: The SSH user succeeded in logging in. (ServiceType=stelnet, UserName=netops, UserAddress=10.50.0.9, LocalAddress=10.50.0.1, VPNInstanceName=_public_.)"),
		},
	},
	{
		name:   "pfsense-filterlog-rsyslog-fileformat-no-hostname",
		source: "pfSense 2.5-2.7 with the default BSD log message format, which forwards `<PRI>Mmm dd HH:mm:ss filterlog[pid]: csv` with no host field (wazuh/wazuh issue #8235, utmstack/UTMStack issue #1852, pfelk/pfelk issues #246 and #461), received by rsyslog and written with RSYSLOG_FileFormat: `filterlog[61223]:` is no host name, so rsyslog writes the sender's resolved name (rsyslog/rsyslog issue #5134), then the tag and a space before the CSV; the filterlog CSV fields from pfSense's filter log format, from memory",
		why:    "the BSD date read in a UTC collector and written as ISO without a fraction; the host column is the name rsyslog resolved for the sender; `match,block,in` and `pass` are actions, no levels; the addresses, ports, rule tracker 1000000103 and sequence numbers are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "pf-branch07", "2026-11-29T07:41:16+00:00 pf-branch07 filterlog[61223]: 5,,,1000000103,igb1,match,block,in,4,0x0,,242,54321,0,none,6,tcp,44,198.51.100.61,203.0.113.2,48812,8443,0,S,2913377412,,1025,,mss"),
			we("2026-11-29T07:41:17Z", Unknown, "pf-branch07", "2026-11-29T07:41:17+00:00 pf-branch07 filterlog[61223]: 74,,,1764011210,igb0,match,pass,out,4,0x0,,63,40311,0,DF,17,udp,76,10.70.8.41,192.0.2.53,53118,53,56"),
			we("2026-11-29T07:41:19Z", Unknown, "pf-branch07", "2026-11-29T07:41:19+00:00 pf-branch07 filterlog[61223]: 6,,,1000000105,igb1,match,block,in,6,0x00,0x00000,255,UDP,17,73,fe80::8a2:1cff:fe33:4d1a,ff02::fb,5353,5353,73"),
			we("2026-11-29T07:41:22Z", Unknown, "pf-branch07", "2026-11-29T07:41:22+00:00 pf-branch07 dhcpd[40512]: DHCPACK on 10.70.8.41 to 3c:22:fb:0a:11:72 (anna-laptop) via igb0"),
		},
	},
	{
		name:   "netscaler-syslog-ng-no-parse-isodate",
		source: "NetScaler (Citrix ADC) 13/14 audit syslog with `-dateFormat MMDDYYYY -timeZone GMT_TIME` (`<PRI> MM/dd/yyyy:HH:mm:ss GMT ns-name 0-PPE-0 : partition MODULE EVENT id 0 : msg`, a space after the PRI: splunk/splunk-connect-for-syslog issues #1778 and #2777, fluent/fluentd issue #2329), received by syslog-ng with `flags(no-parse)` and written with `template(\"$ISODATE $HOST $MSG\\n\")`: the whole datagram, PRI included, is $MSG and $HOST is the sender's address (syslog-ng/syslog-ng issue #1972 for no-parse); the PRI kept in the message from memory of syslog-ng's documentation",
		why:    "syslog-ng's ISO time and the ADC's US-ordered `11/29/2026:07:41:16 GMT` are the same second; the PRI inside the message is the record's severity (134 info, 129 alert, 133 notice); `0-PPE-0`, session ids and the Start/End times inside a CONN_TERMINATE are no record times; the client and Vserver addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.8.0.20", `2026-11-29T07:41:16+00:00 10.8.0.20 <134> 11/29/2026:07:41:16 GMT ns-adc02 0-PPE-0 : default SSLVPN LOGIN 552301 0 : Context jkowal@198.51.100.90 - SessionId: 4410 - User jkowal - Client_ip 198.51.100.90 - Nat_ip "Mapped Ip" - Vserver 203.0.113.30:443 - Browser_type "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" - SSLVPN_client_type ClientlessVPN - Group(s) "vpn-staff"`),
			we("2026-11-29T07:41:18Z", Info, "10.8.0.20", "2026-11-29T07:41:18+00:00 10.8.0.20 <134> 11/29/2026:07:41:18 GMT ns-adc02 0-PPE-0 : default TCP CONN_TERMINATE 552302 0 :  Source 10.8.12.40:443 - Destination 198.51.100.90:51770 - Start Time 11/29/2026:07:40:02 GMT - End Time 11/29/2026:07:41:18 GMT - Total_bytes_send 48211 - Total_bytes_recv 3312"),
			we("2026-11-29T07:41:20Z", Alert, "10.8.0.20", `2026-11-29T07:41:20+00:00 10.8.0.20 <129> 11/29/2026:07:41:20 GMT ns-adc02 0-PPE-0 : default EVENT DEVICEDOWN 552303 0 :  Device "server_svc_api3" - State DOWN`),
			we("2026-11-29T07:41:25Z", Notice, "10.8.0.20", `2026-11-29T07:41:25+00:00 10.8.0.20 <133> 11/29/2026:07:41:25 GMT ns-adc02 0-PPE-0 : default UI CMD_EXECUTED 552304 0 :  User nsroot - Remote_ip 10.8.9.14 - Command "show lb vserver vs_api" - Status "Success"`),
		},
	},
	{
		name:   "srx-rt-flow-kiwi-tab-file",
		source: "Junos SRX security logs in stream mode with `format syslog` (`Mmm dd HH:mm:ss host RT_FLOW: RT_FLOW_SESSION_CREATE|DENY|CLOSE: …`, and RT_SCREEN's `TCP port scan!` line: Juniper's 'Information Provided in Session Log Entries for SRX Series' and the RTLOG/FLOW system log references) stored by SolarWinds Kiwi Syslog Server's default log file (`yyyy-MM-dd HH:mm:ss<TAB>Facility.Level<TAB>sender<TAB>message`, the sender resolved to its name, the message after the PRI kept whole); Kiwi's columns as fresh400 cites them; the session fields' order from memory",
		why:    "Kiwi's date and the SRX's yearless BSD date are the same second; Kiwi's User.Info column is the level; the sender column and the header's host agree; the many slash-separated addresses and ports, `0x0` and `-1` are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "srx-dc1", "2026-11-29 07:41:16\tUser.Info\tsrx-dc1\tNov 29 07:41:16 srx-dc1 RT_FLOW: RT_FLOW_SESSION_CREATE: session created 10.1.20.31/51822->203.0.113.80/443 0x0 junos-https 198.51.100.7/41002->203.0.113.80/443 0x0 source rule nat-out N/A N/A 6 allow-web trust untrust 58412 N/A(N/A) reth1.0 UNKNOWN UNKNOWN UNKNOWN N/A N/A -1 N/A N/A N/A"),
			we("2026-11-29T07:41:17Z", Info, "srx-dc1", "2026-11-29 07:41:17\tUser.Info\tsrx-dc1\tNov 29 07:41:17 srx-dc1 RT_FLOW: RT_FLOW_SESSION_DENY: session denied 198.51.100.12/51234->203.0.113.25/22 0x0 junos-ssh 6(0) deny-all untrust trust UNKNOWN UNKNOWN N/A(N/A) reth0.0 No policy deny 0 N/A N/A -1 N/A N/A N/A"),
			we("2026-11-29T07:41:46Z", Info, "srx-dc1", "2026-11-29 07:41:46\tUser.Info\tsrx-dc1\tNov 29 07:41:46 srx-dc1 RT_FLOW: RT_FLOW_SESSION_CLOSE: session closed TCP FIN: 10.1.20.31/51822->203.0.113.80/443 0x0 junos-https 198.51.100.7/41002->203.0.113.80/443 0x0 source rule nat-out N/A N/A 6 allow-web trust untrust 58412 14(1822) 22(31077) 30 UNKNOWN UNKNOWN N/A(N/A) reth1.0 UNKNOWN N/A N/A -1 N/A N/A N/A"),
			we("2026-11-29T07:42:03Z", Warn, "srx-dc1", "2026-11-29 07:42:03\tUser.Warning\tsrx-dc1\tNov 29 07:42:03 srx-dc1 RT_SCREEN: RT_SCREEN_TCP: TCP port scan! source: 198.51.100.77:40112, destination: 203.0.113.25:23, zone name: untrust, interface name: reth0.0, action: drop"),
		},
	},
	{
		name:   "nxos-kiwi-tab-file-leading-colon",
		source: "Cisco NX-OS 9.3/10.x (`<PRI>: yyyy Mmm dd HH:mm:ss[.mmm] ZONE: %FAC-SEV-MNEMONIC: text`, a colon right after the PRI and the year first: splunk/splunk-connect-for-syslog PR #517 'Cisco NX Syslog with 4 digit year prefix') stored by Kiwi Syslog Server's default tab-separated file with the sender's address (no name in NX-OS's message, no DNS lookup), the message after the PRI kept whole; the mnemonics from memory",
		why:    "Kiwi's date and the switch's own `2026 Nov 29 07:41:18.204 UTC` (with milliseconds, either accepted) are the same event; Kiwi's Local7.Notice and the digit in %ETHPORT-5- agree (Local7.Critical with %PLATFORM-2-); the message opens with `: ` and a year; Ethernet1/12 and port-channel20 are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "10.2.0.11", "2026-11-29 07:41:16\tLocal7.Notice\t10.2.0.11\t: 2026 Nov 29 07:41:16 UTC: %ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface Ethernet1/12 is down (Link failure)"),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.204Z", Notice, "10.2.0.11", "2026-11-29 07:41:18\tLocal7.Notice\t10.2.0.11\t: 2026 Nov 29 07:41:18.204 UTC: %ETH_PORT_CHANNEL-5-PORT_DOWN: port-channel20: Ethernet1/12 is down"),
			we("2026-11-29T07:41:40Z", Notice, "10.2.0.11", "2026-11-29 07:41:40\tLocal7.Notice\t10.2.0.11\t: 2026 Nov 29 07:41:40 UTC: %VSHD-5-VSHD_SYSLOG_CONFIG_I: Configured from vty by netops on 10.2.9.14@pts/0"),
			we("2026-11-29T07:42:11Z", Critical, "10.2.0.11", "2026-11-29 07:42:11\tLocal7.Critical\t10.2.0.11\t: 2026 Nov 29 07:42:11 UTC: %PLATFORM-2-PS_FAIL: Power supply 2 failed or shut down (Serial number LIT2391Q0KD)"),
		},
	},
	{
		name:   "bigip-syslog-ng-format-json-level-as-program",
		source: "F5 BIG-IP remote syslog (`<PRI>Mmm dd HH:mm:ss host level prog[pid]: msgid:sev: text`, the level word where the program goes) received by syslog-ng and written with `$(format-json --scope rfc5424 --scope nv-pairs --key ISODATE)`: the level word becomes PROGRAM and LEGACY_MSGHDR, the real program opens MESSAGE, RAWMSG keeps the datagram, ISODATE carries the collector's offset, HOST_FROM the sender's address: syslog-ng/syslog-ng issue #3535 (a BIG-IP line through that template); the tmm, mcpd and pam_audit texts from memory",
		why:    "one JSON object a line; ISODATE's +01:00 is converted to UTC and DATE and RAWMSG's BSD dates are the same local time; PRIORITY is the level (the PROGRAM `warning` says the same); HOST is the record's host, HOST_FROM the address it came from; the `@2026/11/29 08:41:19` and `start=\"Sun Nov 29 08:41:22 2026\"` inside the messages are no record times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "bigip-ext02", `{"SOURCE":"s_net","RAWMSG":"<132>Nov 29 08:41:16 bigip-ext02 warning tmm1[19410]: 01260013:4: SSL Handshake failed for TCP 198.51.100.44:51720 -> 203.0.113.60:443","PROGRAM":"warning","PRIORITY":"warning","MESSAGE":"tmm1[19410]: 01260013:4: SSL Handshake failed for TCP 198.51.100.44:51720 -> 203.0.113.60:443","LEGACY_MSGHDR":"warning ","ISODATE":"2026-11-29T08:41:16+01:00","HOST_FROM":"10.5.0.12","HOST":"bigip-ext02","FACILITY":"local0","DATE":"Nov 29 08:41:16"}`),
			we("2026-11-29T07:41:19Z", Notice, "bigip-ext02", `{"SOURCE":"s_net","RAWMSG":"<133>Nov 29 08:41:19 bigip-ext02 notice mcpd[6112]: 01070638:5: Pool /Common/pool_web member /Common/10.5.20.14:8080 monitor status down. [ /Common/http: down; last error: /Common/http: Response Code: 503 (Service Unavailable) @2026/11/29 08:41:19. ]  [ was up for 12hrs:3mins:41sec ]","PROGRAM":"notice","PRIORITY":"notice","MESSAGE":"mcpd[6112]: 01070638:5: Pool /Common/pool_web member /Common/10.5.20.14:8080 monitor status down. [ /Common/http: down; last error: /Common/http: Response Code: 503 (Service Unavailable) @2026/11/29 08:41:19. ]  [ was up for 12hrs:3mins:41sec ]","LEGACY_MSGHDR":"notice ","ISODATE":"2026-11-29T08:41:19+01:00","HOST_FROM":"10.5.0.12","HOST":"bigip-ext02","FACILITY":"local0","DATE":"Nov 29 08:41:19"}`),
			we("2026-11-29T07:41:22Z", Info, "bigip-ext02", `{"SOURCE":"s_net","RAWMSG":"<86>Nov 29 08:41:22 bigip-ext02 info sshd(pam_audit)[21544]: 01070417:6: AUDIT - user netops - RAW: sshd(pam_audit): user=netops(netops) partition=[All] level=Administrator tty=ssh host=10.5.9.14 attempts=1 start=\"Sun Nov 29 08:41:22 2026\".","PROGRAM":"info","PRIORITY":"info","MESSAGE":"sshd(pam_audit)[21544]: 01070417:6: AUDIT - user netops - RAW: sshd(pam_audit): user=netops(netops) partition=[All] level=Administrator tty=ssh host=10.5.9.14 attempts=1 start=\"Sun Nov 29 08:41:22 2026\".","LEGACY_MSGHDR":"info ","ISODATE":"2026-11-29T08:41:22+01:00","HOST_FROM":"10.5.0.12","HOST":"bigip-ext02","FACILITY":"authpriv","DATE":"Nov 29 08:41:22"}`),
			we("2026-11-29T07:41:27Z", Error, "bigip-ext02", `{"SOURCE":"s_net","RAWMSG":"<131>Nov 29 08:41:27 bigip-ext02 err tmm[19410]: 01010028:3: No members available for pool /Common/pool_api","PROGRAM":"err","PRIORITY":"err","MESSAGE":"tmm[19410]: 01010028:3: No members available for pool /Common/pool_api","LEGACY_MSGHDR":"err ","ISODATE":"2026-11-29T08:41:27+01:00","HOST_FROM":"10.5.0.12","HOST":"bigip-ext02","FACILITY":"local0","DATE":"Nov 29 08:41:27"}`),
		},
	},
	{
		name:   "panos-syslog-ng-format-json-csv-as-program",
		source: "PAN-OS 10/11 BSD-format syslog (`<PRI>Mmm dd HH:mm:ss host 1,yyyy/MM/dd HH:mm:ss,serial,TYPE,subtype,…`) received by syslog-ng and written with `$(format-json --scope rfc3164 --scope nv-pairs --exclude DATE --key ISODATE)`: syslog-ng's parser takes `1,2026/11/29` as PROGRAM and LEGACY_MSGHDR and the rest of the CSV, from the clock on, as MESSAGE: syslog-ng/syslog-ng issue #3214 (a PAN-OS SYSTEM line through that template); the TRAFFIC and SYSTEM columns from PAN-OS's syslog field descriptions, from memory",
		why:    "one JSON object a line; ISODATE's -05:00 is converted to UTC, while the CSV's `2026/11/29 02:41:16` local times carry no zone and are no UTC instant; PRIORITY is the level (a SYSTEM row sent at warning); HOST is the firewall, HOST_FROM its address; session ids, serials and byte counts are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "pa-3220-edge", `{"SOURCE":"s_udp","PROGRAM":"1,2026/11/29","PRIORITY":"info","MESSAGE":"02:41:16,013201004567,TRAFFIC,end,2817,2026/11/29 02:41:16,10.9.14.22,192.0.2.110,203.0.113.5,192.0.2.110,allow-web-out,,,ssl,vsys1,trust,untrust,ethernet1/2,ethernet1/1,fwd-siem,2026/11/29 02:41:16,381205,1,52114,443,40112,443,0x41c,tcp,allow,9120,1844,7276,22,2026/11/29 02:40:58,17,computer-and-internet-info,,7351202208,0x0,10.0.0.0-10.255.255.255,United States,,11,11,tcp-fin,0,0,0,0,,pa-3220-edge,from-policy","LEGACY_MSGHDR":"1,2026/11/29 ","ISODATE":"2026-11-29T02:41:16-05:00","HOST_FROM":"10.9.0.2","HOST":"pa-3220-edge","FACILITY":"user"}`),
			we("2026-11-29T07:41:19Z", Info, "pa-3220-edge", `{"SOURCE":"s_udp","PROGRAM":"1,2026/11/29","PRIORITY":"info","MESSAGE":"02:41:19,013201004567,TRAFFIC,drop,2817,2026/11/29 02:41:19,198.51.100.71,203.0.113.5,0.0.0.0,0.0.0.0,deny-inbound,,,not-applicable,vsys1,untrust,trust,ethernet1/1,,fwd-siem,2026/11/29 02:41:19,0,1,40512,3389,0,0,0x0,tcp,deny,66,66,0,1,2026/11/29 02:41:19,0,any,,7351202231,0x0,Netherlands,10.0.0.0-10.255.255.255,,1,0,policy-deny,0,0,0,0,,pa-3220-edge,from-policy","LEGACY_MSGHDR":"1,2026/11/29 ","ISODATE":"2026-11-29T02:41:19-05:00","HOST_FROM":"10.9.0.2","HOST":"pa-3220-edge","FACILITY":"user"}`),
			we("2026-11-29T07:41:40Z", Warn, "pa-3220-edge", `{"SOURCE":"s_udp","PROGRAM":"1,2026/11/29","PRIORITY":"warning","MESSAGE":"02:41:40,013201004567,SYSTEM,auth,2817,2026/11/29 02:41:40,,auth-fail,,0,0,general,medium,failed authentication for user 'admin'.  Reason: Invalid username/password. From: 10.9.3.14.,7351202260,0x0,0,0,0,0,,pa-3220-edge","LEGACY_MSGHDR":"1,2026/11/29 ","ISODATE":"2026-11-29T02:41:40-05:00","HOST_FROM":"10.9.0.2","HOST":"pa-3220-edge","FACILITY":"user"}`),
			we("2026-11-29T07:42:05Z", Info, "pa-3220-edge", `{"SOURCE":"s_udp","PROGRAM":"1,2026/11/29","PRIORITY":"info","MESSAGE":"02:42:05,013201004567,SYSTEM,general,2817,2026/11/29 02:42:05,,general,,0,0,general,informational,User netops logged in via Web from 10.9.3.14 using https,7351202277,0x0,0,0,0,0,,pa-3220-edge","LEGACY_MSGHDR":"1,2026/11/29 ","ISODATE":"2026-11-29T02:42:05-05:00","HOST_FROM":"10.9.0.2","HOST":"pa-3220-edge","FACILITY":"user"}`),
		},
	},
}

func TestFresh405Formats(t *testing.T) { assertTable(t, fresh405Cases) }
func TestFresh405Score(t *testing.T) {
	checkScore(t, "fresh405 formats", fresh405Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
