package parse

import "testing"

// The three-hundred-and-forty-ninth fresh table, written on 2026-12-06: firewalls and UTM
// appliances as a syslog collector stores them, a further pass after fresh133, fresh212, fresh289
// and fresh341, in message kinds and collector shapes no earlier table holds. Each family is one
// product's documented or observed output in the format it really sends (key=value, structured
// data, CEF, LEEF, CSV, pipe-separated values) behind one collector's header: Stormshield SNS 4's
// RFC 5424 datagrams (APP-NAME asqd, serverd, routerd; `id=firewall time=… tz=+0100 … pri=n …
// logtype=…`) in syslog-ng's default file template with ISO dates; Junos SRX security-intelligence
// and advanced-anti-malware events (RT_SECINTEL, RT_AAMW) in sd-syslog, kept by rsyslog's
// RSYSLOG_SyslogProtocol23Format; PAN-OS CORRELATION rows (the correlation engine's CSV) in
// rsyslog's traditional file; FortiOS with `set format csv` in Kiwi Syslog Server's tab-separated
// file; FortiOS with `set format cef` in rsyslog's traditional file, where rsyslog's RFC 3164 parser
// takes `CEF:` for the tag and writes `CEF: 0|Fortinet|…`; WatchGuard Fireware's IBM LEEF in
// rsyslog's RSYSLOG_FileFormat, written `LEEF: 1.0|WatchGuard|…` the same way; Barracuda CloudGen
// Firewall 8's syslog streaming (`host host/box_Firewall_Activity:  Info     host …`, the audit
// log's pipe row with an epoch first, the NGFW service's state lines, `Internal` for debug) in
// RSYSLOG_FileFormat; Hillstone StoneOS with `serial(vsys)` where the host goes, which rsyslog does
// not take for a host name, in RSYSLOG_FileFormat; Check Point's Log Exporter in CEF in
// RSYSLOG_FileFormat (`CEF: 0|Check Point|…`, rt= in epoch milliseconds).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`fortigate`, `fortios`, `fortianalyzer`, `pan-os`, `paloalto`, `palo
// alto`, `check point`, `checkpoint`, `cp_log`, `sophos`, `xg firewall`, `utm`, `watchguard`,
// `firebox`, `sonicwall`, `sonicos`, `junos`, `srx`, `RT_FLOW`, `RT_SCREEN`, `RT_UTM`, `RT_SECINTEL`,
// `RT_AAMW`, `AAMW`, `SECINTEL`, `APPTRACK`, `threat-severity`, `feed-name`, `verdict-number`,
// `malware-info`, `sample-sha256`, `ftd`, `firepower`, `%FTD`, `430003`, `FirstPacketSecond`,
// `barracuda`, `Barracuda|`, `srcIF=`, `srv_S1`, `box_Firewall_audit`, `State:          REM`,
// `cofsd`, `stormshield`, `netasq`, `id=firewall`, `id=firewall time="`, `startime=`, `slotlevel=`,
// `alarmid=`, `logtype="connection"`, `logtype="alarm"`, `asqd`, `serverd`, `routerd`,
// `hillstone`, `HillstoneNetworks#`, `Traffic@FLOW`, `huawei`, `SECLOG`, `SESSION_TEARDOWN`,
// `SrcZoneName`, `secpath`, `h3c`, `forcepoint`, `stonegate`, `sangfor`, `topsec`, `cyberoam`,
// `kerio`, `zyxel`, `untangle`, `opnsense`, `pfsense`, `meraki`, `CEF:0|` with each vendor,
// `LEEF:1.0|` and `LEEF:2.0|` with each vendor, `CEF: 0|`, `LEEF: 1.0|`, `LEEF: 2.0`,
// `FTNTFGTlevel`, `date=2026-11-29,time=`, `,devname=`, `Local7.Notice`, `Local7.Info`,
// `CORRELATION`, `CORRELATION,`, `compromised-host`, `rt=17959`, `originsicname`,
// `RSYSLOG_SyslogProtocol23`, `ForwardFormat`, `wazuh`, `archives.log`, `nxlog`, `graylog`,
// `"@version":"1"`, `"timestamp","source","message"`, `fromhost-ip`). Every product is in earlier
// tables, in the shapes their sources name: Stormshield's key=value raw (fresh7); SRX RT_FLOW,
// RT_IDP, RT_UTM, RT_SCREEN, WELF and traceoptions (holdout to fresh289); PAN-OS TRAFFIC, THREAT,
// SYSTEM, CONFIG, USERID, HIPMATCH, GLOBALPROTECT, DECRYPTION, IPTAG and AUTH CSV, CEF and LEEF
// (fresh43 to fresh289); FortiOS key=value in eight ways, CSV raw (fresh54), CEF raw (fresh43) and
// JSON; WatchGuard's native, serial, CEF and LEEF (raw, fresh48 and fresh54), Traffic Monitor and
// Kiwi shapes; Barracuda CloudGen's activity file, box logs, syslog streaming without the host
// before `box/logfile:` (fresh54) and a Sentinel row; Hillstone's own log and its datagram with the
// PRI kept (fresh19, fresh174); Check Point's Log Exporter in syslog, CEF, LEEF, Splunk and two
// relays. None holds Stormshield in RFC 5424, an SRX security-intelligence or anti-malware event,
// a PAN-OS CORRELATION row, FortiOS' CSV in Kiwi's file, a CEF or LEEF line as rsyslog rewrites it
// (`CEF: 0|`, `LEEF: 1.0|`), Barracuda's audit row or NGFW state lines, or Hillstone's datagram in
// rsyslog's file with the sender's address for its host. Left out as measured already: Cisco FTD
// (syslog, EMBLEM, RFC 5424 stamps, eStreamer and relays in fresh4 to fresh289), Sophos Firewall
// and UTM (device standard and central reporting formats, relays, Splunk and Central SIEM),
// SonicOS (default, custom id, CEF, CSV export, Fluent Bit, Kiwi); left out for want of a
// confirmed layout: Huawei USG's SECLOG session logs and H3C SecPath's `Field(id)=value;` session
// logs. The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). syslog-ng's ISO date and the RFC 5424 stamps carry +01:00 and are converted;
// Stormshield's time= with tz=+0100 is the same instant, and startime= is the connection's start,
// not the record's; the SRX anti-malware event's `timestamp="Sun Nov 29 07:41:02 2026"` is the time
// the cloud reported the sample, not the record's. rsyslog's traditional file writes a yearless
// stamp (2026) and RSYSLOG_FileFormat the parsed BSD stamp with the collector's +00:00; the PAN-OS
// firewall, the Barracuda box, the Hillstone and the FortiGate sending CEF keep UTC, so their own
// times (the CSV's receive and generated times, the audit row's epoch, FTNTFGTeventtime in
// nanoseconds, Check Point's rt in epoch milliseconds) are the same instant, either accepted where
// they differ in precision; Kiwi's zone-less date is the UTC server's clock, the FortiGate's CSV
// date=/time= are in +0100 with tz= and eventtime= in nanoseconds, one instant. Levels only where
// the line marks one: Stormshield's pri= (5 Notice, 4 Warn, 1 Alert, as fresh7 reads it; serverd's
// lines have none); the PRI kept by SyslogProtocol23 (14 Info, 11 Error, 165 Notice); the
// CORRELATION row's severity column, read as PAN-OS maps its severities onto syslog (critical 2,
// high 3, medium 4), as the SYSTEM row's severity is read in fresh133 and fresh212; Kiwi's
// Facility.Level (agreeing with FortiOS' level=); FTNTFGTlevel in the CEF extension (the CEF
// severity column is a rating); Barracuda's padded level word (Info, Warning, and Internal, its
// debug level, sent with PRI 15); none for WatchGuard's LEEF (sev= is a rating), Check Point's CEF
// (Unknown) and Hillstone's stored lines (the PRI is gone). The host is the record's host field:
// the collector's host column where the device named itself (syslog-ng's HOST, which is also fw=;
// RFC 5424's HOSTNAME; the BSD host rsyslog keeps), Kiwi's sender column, and the sender's address
// where rsyslog found no host name (Hillstone's `2512042160004471(root)` is not one, by rsyslog's
// rule); never a client's hostname= in an anti-malware event, an http-host=, a dhost=, a Device
// Name column repeating the header, a source user or a peer address. Each record is one line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit aeb7847 before any rule for it: level 80.0 %, time 100.0 %, host 88.9 %, records 100.0 %.
// That is the macro figure (micro: level 78.4 %, time 100.0 %, host 89.2 %, records 100.0 %), in a
// worktree at aeb7847 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 9 families fully right (Stormshield's RFC 5424 in syslog-ng's file, the SRX security-intelligence
// and anti-malware events, PAN-OS' CORRELATION rows, FortiOS' CSV in Kiwi's file, WatchGuard's LEEF
// and Check Point's CEF as rsyslog rewrites them); the gaps are FTNTFGTlevel in FortiOS' CEF
// extension, Barracuda's padded `Info` and `Internal` level words after its `box/logfile:` tag, and
// the sender's address in rsyslog's host column before Hillstone's `serial(vsys)`.
//
// go test ./parse -run Fresh349 -v

var fresh349Cases = []worldCase{
	{
		name:   "stormshield-sns4-rfc5424-syslog-ng-iso-file",
		source: "Stormshield SNS 4 sending RFC 5424 (`<PRI>1 time±hh:mm host asqd|serverd|routerd - - - id=firewall time=\"yyyy-MM-dd HH:mm:ss\" fw=\"…\" tz=+hhmm startime=\"…\" [pri=n] … logtype=\"…\"`): elastic/integrations packages/stormshield (_dev/deploy/docker/sample_logs/stormshield.log with the asqd, serverd, routerd and sfctl APP-NAMEs; test-log-families.log with alarm pri=1 and pri=4) and the Sekoia.io Stormshield raw samples (connection, alarm, server, system); stored by syslog-ng's default file template `${ISODATE} ${HOST} ${MSGHDR}${MSG}` (MSGHDR `asqd: ` when PROCID is nil): from memory",
		why:    "syslog-ng's ISO date at +01:00 and time= with tz=+0100 are one instant; startime= is the connection's start; pri= is the level and serverd's lines have none; HOST (= fw=) is the host, modsrc and dstname are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "sns-lyon-edge", `2026-11-29T08:41:16+01:00 sns-lyon-edge asqd: id=firewall time="2026-11-29 08:41:16" fw="sns-lyon-edge" tz=+0100 startime="2026-11-29 08:40:58" pri=5 confid=01 slotlevel=2 ruleid=17 rulename="19c4a07e3b1_4" srcif="Ethernet1" srcifname="in" ipproto=tcp dstif="Ethernet0" dstifname="out" proto=https src=10.40.2.57 srcport=52814 srcportname=ephemeral_fw_tcp dst=198.51.100.140 dstport=443 dstportname=https dstname=portal.example.net dstcontinent="eu" dstcountry="fr" modsrc=203.0.113.18 modsrcport=52814 origdst=198.51.100.140 origdstport=443 ipv=4 sent=18233 rcvd=402115 duration=18.07 action=pass logtype="connection"`),
			we("2026-11-29T07:41:19Z", Unknown, "sns-lyon-edge", `2026-11-29T08:41:19+01:00 sns-lyon-edge serverd: id=firewall time="2026-11-29 08:41:19" fw="sns-lyon-edge" tz=+0100 startime="2026-11-29 08:41:19" error=0 user="admin" address=10.40.0.12 sessionid=7 msg="CONFIG FILTER ACTIVATE" logtype="server"`),
			we("2026-11-29T07:41:23Z", Warn, "sns-lyon-edge", `2026-11-29T08:41:23+01:00 sns-lyon-edge asqd: id=firewall time="2026-11-29 08:41:23" fw="sns-lyon-edge" tz=+0100 startime="2026-11-29 08:41:23" pri=4 confid=01 srcif="Ethernet0" srcifname="out" ipproto=tcp proto=ssh src=203.0.113.201 srcport=40112 srcportname=ephemeral_fw_tcp dst=203.0.113.18 dstport=22 dstportname=ssh dstname=Firewall_out ipv=4 action=block msg="Possible port scan" class=protocol classification=0 alarmid=157 target=dst repeat=2 logtype="alarm"`),
			we("2026-11-29T07:42:02Z", Alert, "sns-lyon-edge", `2026-11-29T08:42:02+01:00 sns-lyon-edge asqd: id=firewall time="2026-11-29 08:42:02" fw="sns-lyon-edge" tz=+0100 startime="2026-11-29 08:42:02" pri=1 confid=01 srcif="Ethernet0" srcifname="out" ipproto=tcp src=203.0.113.201 srcport=40117 srciprep="anonymizer,tor" dst=203.0.113.18 dstport=3389 dstportname=microsoft-ts ipv=4 pktlen=40 action=block msg="Port probe detected" class=protocol classification=0 alarmid=252 sensible=1 target=src repeat=0 logtype="alarm"`),
			we("2026-11-29T07:42:05Z", Notice, "sns-lyon-edge", `2026-11-29T08:42:05+01:00 sns-lyon-edge routerd: id=firewall time="2026-11-29 08:42:05" fw="sns-lyon-edge" tz=+0100 startime="2026-11-29 08:42:05" pri=5 service=routerd msg="The gateway of the router is no longer used for routing router:wan_failover gateway:isp2_gw ipv:4 (203.0.113.1)" logtype="system"`),
		},
	},
	{
		name:   "junos-srx-secintel-aamw-rsyslog-protocol23-file",
		source: "Junos SRX security-intelligence and advanced-anti-malware events in `security log mode stream format sd-syslog` (`<PRI>1 time host RT_SECINTEL - SECINTEL_ACTION_LOG [junos@2636.… category= sub-category= action= … feed-name= …]`, RT_AAMW's AAMW_ACTION_LOG, AAMW_MALWARE_EVENT_LOG with its own `timestamp=\"Thu Jun 23 09:55:38 2016\"` and AAMW_HOST_INFECTED_EVENT_LOG): elastic/integrations packages/juniper_srx data_stream/log/_dev/test/pipeline/test-secintel.log and test-atp.log; kept by rsyslog's RSYSLOG_SyslogProtocol23Format (`<%PRI%>1 %TIMESTAMP:::date-rfc3339% %HOSTNAME% %APP-NAME% %PROCID% %MSGID% %STRUCTURED-DATA% %msg%`): from memory",
		why:    "an RFC 5424 header at +01:00 with milliseconds; the PRI is the level; a structured-data element with hostname=, http-host= and client-ip= that name clients and web hosts, not the SRX; the anti-malware event's own timestamp= is the cloud's time for the sample",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.618Z", Info, "srx345-br07", `<14>1 2026-11-29T08:41:16.618+01:00 srx345-br07 RT_SECINTEL - SECINTEL_ACTION_LOG [junos@2636.1.1.1.2.135 category="secintel" sub-category="Blacklist" action="BLOCK" action-detail="DROP" http-host="N/A" threat-severity="0" source-address="198.51.100.77" source-port="1" destination-address="203.0.113.40" destination-port="40231" protocol-id="1" application="N/A" nested-application="N/A" feed-name="Tor_Exit_Nodes" policy-name="secintel-pol" profile-name="ip-block" username="N/A" roles="N/A" session-id-32="884120" source-zone-name="untrust" destination-zone-name="dmz"]`),
			we("2026-11-29T07:41:19.042Z", Info, "srx345-br07", `<14>1 2026-11-29T08:41:19.042+01:00 srx345-br07 RT_SECINTEL - SECINTEL_ACTION_LOG [junos@2636.1.1.1.2.135 category="secintel" sub-category="CC" action="BLOCK" action-detail="CLOSE REDIRECT MSG" http-host="cdn-update.example.org" threat-severity="10" source-address="10.50.3.21" source-port="51877" destination-address="198.51.100.91" destination-port="80" protocol-id="6" application="HTTP" nested-application="N/A" feed-name="cc_url_data" policy-name="secintel-pol" profile-name="cc-profile" username="N/A" roles="N/A" session-id-32="884177" source-zone-name="trust" destination-zone-name="untrust" occur-count="0"]`),
			we("2026-11-29T07:41:33.207Z", Notice, "srx345-br07", `<165>1 2026-11-29T08:41:33.207+01:00 srx345-br07 RT_AAMW - AAMW_ACTION_LOG [junos@2636.1.1.1.2.135 hostname="downloads.example.net" file-category="executable" verdict-number="8" malware-info="Trojan:Win32/Agent.gen" action="BLOCK" list-hit="N/A" file-hash-lookup="FALSE" source-address="198.51.100.120" source-port="80" destination-address="10.50.3.21" destination-port="51902" protocol-id="6" application="HTTP" nested-application="N/A" policy-name="aamw-pol" username="N/A" roles="N/A" session-id-32="884203" source-zone-name="untrust" destination-zone-name="trust" sample-sha256="d03e5703714cb4207474fff3221043d0d3b5d6afce4025228247bccf4db38135" file-name="setup_x64.exe" url="downloads.example.net/files/setup_x64.exe"]`),
			we("2026-11-29T07:41:35.88Z", Info, "srx345-br07", `<14>1 2026-11-29T08:41:35.880+01:00 srx345-br07 RT_AAMW - AAMW_MALWARE_EVENT_LOG [junos@2636.1.1.1.2.135 timestamp="Sun Nov 29 07:41:02 2026" tenant-id="6e2f0a91c4d84b7fa3c15e92" sample-sha256="d03e5703714cb4207474fff3221043d0d3b5d6afce4025228247bccf4db38135" client-ip="10.50.3.21" verdict-number="8" malware-info="Trojan:Win32/Agent.gen" username="N/A" hostname="ws-0417.corp.example"]`),
			we("2026-11-29T07:41:36.004Z", Error, "srx345-br07", `<11>1 2026-11-29T08:41:36.004+01:00 srx345-br07 RT_AAMW - AAMW_HOST_INFECTED_EVENT_LOG [junos@2636.1.1.1.2.135 timestamp="Sun Nov 29 07:41:02 2026" tenant-id="6e2f0a91c4d84b7fa3c15e92" client-ip="10.50.3.21" hostname="ws-0417.corp.example" status="in_progress" policy-name="aamw-pol" th="7" state="added" reason="malware" message="malware analysis detected host downloaded a malicious_file with score 8, sha256 d03e5703714cb4207474fff3221043d0d3b5d6afce4025228247bccf4db38135"]`),
		},
	},
	{
		name:   "panos-correlation-csv-rsyslog-traditional-file",
		source: "PAN-OS CORRELATION rows from the automated correlation engine (`FUTURE_USE, Receive Time, Serial Number, Type, Content/Threat Type, FUTURE_USE, Generated Time, Source Address, Source User, Virtual System, Category, Severity, Device Group Hierarchy Level 1-4, Virtual System Name, Device Name, Virtual System ID, Object Name, Object ID, Evidence`): docs.paloaltonetworks.com 'Correlated Events Log Fields'; the BSD header as PAN-OS sends it and rsyslog's RSYSLOG_TraditionalFileFormat (`Mmm dd HH:mm:ss host` then the tag `1,2026/11/29` and the rest as sent); the object names and evidence from memory",
		why:    "a yearless header on a firewall kept in UTC; the receive and generated times are the same second; the severity column is the level, mapped as PAN-OS maps it onto syslog (critical 2, high 3, medium 4); the Device Name column repeats the header's host; the source user is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "pa-5220-dc1", `Nov 29 07:41:16 pa-5220-dc1 1,2026/11/29 07:41:16,016401002318,CORRELATION,,,2026/11/29 07:41:16,10.60.8.44,corp\svc-backup,vsys1,compromised-host,medium,0,0,0,0,,pa-5220-dc1,1,beacon-detection,6005,Host repeatedly visited a known malware URL (100 times).`),
			we("2026-11-29T07:43:40Z", Error, "pa-5220-dc1", `Nov 29 07:43:40 pa-5220-dc1 1,2026/11/29 07:43:40,016401002318,CORRELATION,,,2026/11/29 07:43:40,10.60.8.51,corp\mlindqvist,vsys1,compromised-host,high,0,0,0,0,,pa-5220-dc1,1,wildfire-malware-download,6008,"Host downloaded a file WildFire classified as malware, then resolved its command-and-control domain."`),
			we("2026-11-29T07:52:05Z", Critical, "pa-5220-dc1", `Nov 29 07:52:05 pa-5220-dc1 1,2026/11/29 07:52:05,016401002318,CORRELATION,,,2026/11/29 07:52:05,10.60.8.51,corp\mlindqvist,vsys1,compromised-host,critical,0,0,0,0,,pa-5220-dc1,1,exploit-then-c2,6011,Host was targeted by an exploit and then generated command-and-control traffic.`),
		},
	},
	{
		name:   "fortios-csv-format-kiwi-tab-file",
		source: "FortiOS with `config log syslogd setting` / `set format csv` (the key=value pairs joined by commas, no header: `date=yyyy-MM-dd,time=HH:mm:ss,devname=\"…\",devid=\"…\",eventtime=<ns>,tz=\"+hhmm\",logid=…,level=\"…\",…`), as fresh54's raw CSV family has it (FortiOS Log Message Reference), kept by SolarWinds Kiwi Syslog Server's default log file (`date time<TAB>Facility.Level<TAB>sender<TAB>message`) as fresh289's and fresh341's Kiwi families have it; the traffic, admin, VPN and IPS fields from memory",
		why:    "Kiwi's zone-less date (a UTC server), FortiOS' date=/time= at +0100 with tz= and eventtime= in nanoseconds are one instant; Kiwi's Facility.Level is the level and agrees with level=; the sender column is the host (devname is the FortiGate's own name); sn= and sessionid= are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204511234Z", Notice, "10.20.0.3", "2026-11-29 07:41:16\tLocal7.Notice\t10.20.0.3\t"+`date=2026-11-29,time=08:41:16,devname="FGT40F-ANNECY",devid="FGT40FTK2201C7A3",eventtime=1795938076204511234,tz="+0100",logid="0000000013",type="traffic",subtype="forward",level="notice",vd="root",srcip=10.70.1.23,srcport=50412,srcintf="internal",srcintfrole="lan",dstip=198.51.100.61,dstport=443,dstintf="wan1",dstintfrole="wan",srccountry="Reserved",dstcountry="France",sessionid=221904,proto=6,action="close",policyid=4,policytype="policy",service="HTTPS",trandisp="snat",transip=203.0.113.66,transport=50412,appcat="unscanned",duration=12,sentbyte=4411,rcvdbyte=91822,sentpkt=31,rcvdpkt=72`),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.551208Z", Info, "10.20.0.3", "2026-11-29 07:41:19\tLocal7.Info\t10.20.0.3\t"+`date=2026-11-29,time=08:41:19,devname="FGT40F-ANNECY",devid="FGT40FTK2201C7A3",eventtime=1795938079551208000,tz="+0100",logid="0100032001",type="event",subtype="system",level="information",vd="root",logdesc="Admin login successful",sn="1795938079",user="netops",ui="https(10.70.0.5)",method="https",srcip=10.70.0.5,dstip=10.70.0.1,action="login",status="success",reason="none",profile="super_admin",msg="Administrator netops logged in successfully from https(10.70.0.5)"`),
			we("2026-11-29T07:41:27Z|2026-11-29T07:41:27.018802Z", Warn, "10.20.0.3", "2026-11-29 07:41:27\tLocal7.Warning\t10.20.0.3\t"+`date=2026-11-29,time=08:41:27,devname="FGT40F-ANNECY",devid="FGT40FTK2201C7A3",eventtime=1795938087018802000,tz="+0100",logid="0101037124",type="event",subtype="vpn",level="warning",vd="root",logdesc="IPsec phase 1 error",msg="IPsec phase 1 error",action="negotiate",remip=203.0.113.91,locip=203.0.113.66,remport=500,locport=500,outintf="wan1",cookies="8c1e0a77f2d94b31/0000000000000000",user="N/A",group="N/A",useralt="N/A",xauthuser="N/A",xauthgroup="N/A",assignip=N/A,vpntunnel="to-lyon",status="negotiate_error",reason="peer SA proposal not match local policy",peer_notif="NOT-APPLICABLE"`),
			we("2026-11-29T07:41:44Z|2026-11-29T07:41:44.4401Z", Alert, "10.20.0.3", "2026-11-29 07:41:44\tLocal7.Alert\t10.20.0.3\t"+`date=2026-11-29,time=08:41:44,devname="FGT40F-ANNECY",devid="FGT40FTK2201C7A3",eventtime=1795938104440100000,tz="+0100",logid="0419016384",type="utm",subtype="ips",eventtype="signature",level="alert",vd="root",severity="critical",srcip=198.51.100.203,srccountry="Netherlands",dstip=203.0.113.66,dstcountry="France",srcintf="wan1",srcintfrole="wan",dstintf="internal",dstintfrole="lan",sessionid=222017,action="dropped",proto=6,service="HTTPS",policyid=9,attack="Apache.Log4j.Error.Log.Remote.Code.Execution",srcport=44120,dstport=443,direction="outgoing",attackid=51006,profile="default",ref="http://www.fortinet.com/ids/VID51006",incidentserialno=118204771,msg="applications3: Apache.Log4j.Error.Log.Remote.Code.Execution"`),
		},
	},
	{
		name:   "fortios-cef-rsyslog-traditional-cef-space",
		source: "FortiOS with `set format cef` (`<PRI>Mmm dd HH:mm:ss devname CEF:0|Fortinet|Fortigate|ver|logid|type:subtype action|sev|deviceExternalId=… FTNTFGTlogid=… cat=… FTNTFGTlevel=… FTNTFGTeventtime=… …`), stored by rsyslog's RSYSLOG_TraditionalFileFormat, whose RFC 3164 parser ends the tag at and with the first colon (`CEF:`) and whose template puts a space before a message that has none, so the line reads `devname CEF: 0|Fortinet|…`: docs.fortinet.com FortiOS 6.2.12 Log Message Reference 'Traffic log support for CEF' (its example `Dec 27 11:07:55 FGT-A-LOG CEF: 0|Fortinet|Fortigate|v6.0.3|00013|traffic:forward close|3|…`), rsyslog/rsyslog tools/pmrfc3164.c (the TAG loop: colon and SP end it, the colon is part of it); FortiOS 7.4's nanosecond eventtime from memory",
		why:    "`CEF: 0|` with rsyslog's space; a yearless header on a FortiGate kept in UTC and FTNTFGTeventtime in nanoseconds are one instant; FTNTFGTlevel is the level, the CEF severity column (3, 4, 7) a rating; dhost= and the source address are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.412345678Z", Notice, "FGT-201F-HQ", "Nov 29 07:41:16 FGT-201F-HQ CEF: 0|Fortinet|Fortigate|v7.4.5|00013|traffic:forward close|3|deviceExternalId=FG201FTK23008812 FTNTFGTlogid=0000000013 cat=traffic:forward FTNTFGTsubtype=forward FTNTFGTlevel=notice FTNTFGTvd=root FTNTFGTeventtime=1795938076412345678 FTNTFGTtz=+0000 src=10.80.4.17 spt=51234 deviceInboundInterface=port3 FTNTFGTsrcintfrole=lan dst=93.184.215.14 dpt=443 deviceOutboundInterface=port1 FTNTFGTdstintfrole=wan FTNTFGTpoluuid=5d2a9e40-8c1b-51ef-3f2a-7b9c04e1d6a2 externalId=771204 proto=6 act=close FTNTFGTpolicyid=12 FTNTFGTpolicytype=policy app=HTTPS FTNTFGTdstcountry=United States FTNTFGTsrccountry=Reserved FTNTFGTtrandisp=snat sourceTranslatedAddress=203.0.113.9 sourceTranslatedPort=51234 FTNTFGTduration=31 out=4120 in=88211 FTNTFGTsentpkt=33 FTNTFGTrcvdpkt=71"),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.000411Z", Warn, "FGT-201F-HQ", "Nov 29 07:41:18 FGT-201F-HQ CEF: 0|Fortinet|Fortigate|v7.4.5|13056|utm:webfilter ftgd_blk blocked|4|deviceExternalId=FG201FTK23008812 FTNTFGTlogid=0316013056 cat=utm:webfilter FTNTFGTsubtype=webfilter FTNTFGTeventtype=ftgd_blk FTNTFGTlevel=warning FTNTFGTvd=root FTNTFGTeventtime=1795938078000411000 FTNTFGTtz=+0000 FTNTFGTpolicyid=12 externalId=771233 src=10.80.4.22 spt=52018 dst=198.51.100.150 dpt=443 proto=6 act=blocked dhost=casino.example.com request=https://casino.example.com/ FTNTFGTcatdesc=Gambling msg=URL belongs to a denied category in policy"),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:21.5Z", Alert, "FGT-201F-HQ", "Nov 29 07:41:21 FGT-201F-HQ CEF: 0|Fortinet|Fortigate|v7.4.5|32002|event:system login failed|7|deviceExternalId=FG201FTK23008812 FTNTFGTlogid=0100032002 cat=event:system FTNTFGTsubtype=system FTNTFGTlevel=alert FTNTFGTvd=root FTNTFGTeventtime=1795938081500000000 FTNTFGTtz=+0000 FTNTFGTlogdesc=Admin login failed FTNTFGTsn=0 duser=admin FTNTFGTui=ssh(198.51.100.23) FTNTFGTmethod=ssh src=198.51.100.23 dst=10.80.0.1 act=login outcome=failed reason=name_invalid msg=Administrator admin login failed from ssh(198.51.100.23) because of invalid user name"),
			we("2026-11-29T07:42:10Z|2026-11-29T07:42:10.09Z", Info, "FGT-201F-HQ", "Nov 29 07:42:10 FGT-201F-HQ CEF: 0|Fortinet|Fortigate|v7.4.5|44547|event:system cfg-attr|2|deviceExternalId=FG201FTK23008812 FTNTFGTlogid=0100044547 cat=event:system FTNTFGTsubtype=system FTNTFGTlevel=information FTNTFGTvd=root FTNTFGTeventtime=1795938130090000000 FTNTFGTtz=+0000 FTNTFGTlogdesc=Object attribute configured duser=netops FTNTFGTui=GUI(10.80.0.5) act=Edit FTNTFGTcfgtid=1404 FTNTFGTcfgpath=firewall.policy FTNTFGTcfgobj=12 FTNTFGTcfgattr=status[enable->disable] msg=Edit firewall.policy 12"),
		},
	},
	{
		name:   "watchguard-fireware-leef-rsyslog-fileformat-leef-space",
		source: "WatchGuard Fireware 12 with the syslog format set to IBM LEEF (`<PRI>Mmm dd HH:mm:ss FireboxName LEEF:1.0|WatchGuard|XTM|version|msg_id|tab-separated key=value`), as fresh48's family cites it (Fireware Help 'Configure Syslog Server settings'), stored by rsyslog's RSYSLOG_FileFormat (`%TIMESTAMP:::date-rfc3339% %HOSTNAME% %syslogtag%%msg:::sp-if-no-1st-sp%…`): the tag `LEEF:` ends at its colon (rsyslog/rsyslog tools/pmrfc3164.c) and the template adds a space, `LEEF: 1.0|WatchGuard|…`; the attributes from memory",
		why:    "`LEEF: 1.0|` with rsyslog's space; RFC 3339 from a yearless BSD stamp with the collector's +00:00; LEEF's sev= is a rating and the PRI is gone, so no level; the Firebox's name in the host column is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "FB-T45-NANTES", "2026-11-29T07:41:16+00:00 FB-T45-NANTES LEEF: 1.0|WatchGuard|XTM|12.11.4.B702216|3000-0148|sev=3\tcat=Traffic\tsrc=10.90.2.14\tdst=198.51.100.33\tsrcPort=50911\tdstPort=443\tproto=tcp\tsrcZone=1-Trusted\tdstZone=0-External\tpolicy=HTTPS-proxy.Out-00\taction=Allow\tduration=7"),
			we("2026-11-29T07:41:18Z", Unknown, "FB-T45-NANTES", "2026-11-29T07:41:18+00:00 FB-T45-NANTES LEEF: 1.0|WatchGuard|XTM|12.11.4.B702216|3000-0148|sev=5\tcat=Traffic\tsrc=203.0.113.150\tdst=203.0.113.70\tsrcPort=44012\tdstPort=3389\tproto=tcp\tsrcZone=0-External\tdstZone=Firebox\tpolicy=Unhandled External Packet-00\taction=Deny\treason=default"),
			we("2026-11-29T07:41:29Z", Unknown, "FB-T45-NANTES", "2026-11-29T07:41:29+00:00 FB-T45-NANTES LEEF: 1.0|WatchGuard|XTM|12.11.4.B702216|3E00-0002|sev=4\tcat=Event\tusrName=admin\tsrc=10.90.0.5\tmsg=Management user admin@Firebox-DB from 10.90.0.5 logged in"),
			we("2026-11-29T07:42:40Z", Unknown, "FB-T45-NANTES", "2026-11-29T07:42:40+00:00 FB-T45-NANTES LEEF: 1.0|WatchGuard|XTM|12.11.4.B702216|3E00-0003|sev=4\tcat=Event\tusrName=admin\tsrc=10.90.0.5\tmsg=Management user admin@Firebox-DB from 10.90.0.5 logged out"),
		},
	},
	{
		name:   "barracuda-cgf8-streaming-rsyslog-fileformat-host-box-tag",
		gap:    "trawl reads no level from Barracuda's padded level word after the `box/logfile:` tag when it is `Info     ` or `Internal ` (`cgf-br03/box_Firewall_Activity:  Info     cgf-br03 Remove: …`): four of five records come out Unknown; `Warning  ` is read (the times, the audit row's epoch and the host are right)",
		source: "Barracuda CloudGen Firewall 8 syslog streaming (`<PRI>Mmm dd HH:mm:ss box box/logfile:  Level    box message`: the box's name, then the name again joined by a slash to the log file, the level word padded to nine columns; box_Firewall_Activity's pipe-separated keys, box_Firewall_audit's pipe row with an epoch first, srv_S1_NGFW's `State:` lines, srv_S1_URL_Cofsd's `Internal` debug lines with PRI 15): a public syslog-parser test's Barracuda lines found by find_string on `|srcIF=` (the `<14>Mar  4 15:53:03 BAR-NG-VF500 BAR-NG-VF500/box_Firewall_Activity:  Info     BAR-NG-VF500 Remove: type=FWD|…` set with the audit, NGFW and Cofsd lines), the Sekoia.io 'Barracuda CloudGen Firewall' integration page (Activity Log Mode Log-Pipe-Separated-Value-List) and Barracuda Campus 'How to Configure Syslog Streaming'; stored by rsyslog's RSYSLOG_FileFormat (the tag `box/logfile:` ends at its colon): from memory",
		why:    "the box's name in the host column and again before the slash and after the level word; the padded level word is the level (Internal is Barracuda's debug); the audit row's first field is an epoch of the same second; the addresses and MACs are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "cgf-br03", "2026-11-29T07:41:16+00:00 cgf-br03 cgf-br03/box_Firewall_Activity:  Info     cgf-br03 Remove: type=FWD|proto=UDP|srcIF=p1|srcIP=10.110.4.17|srcPort=53211|srcMAC=02:1c:7e:44:a0:19|dstIP=10.110.0.53|dstPort=53|dstService=domain|dstIF=p2|rule=LAN-2-DNS|info=Balanced Session Idle Timeout|srcNAT=10.110.4.17|dstNAT=10.110.0.53|duration=20114|count=1|receivedBytes=124|sentBytes=61|receivedPackets=1|sentPackets=1|user=|protocol=|application=|target=|content=|urlcat="),
			we("2026-11-29T07:41:16Z", Info, "cgf-br03", "2026-11-29T07:41:16+00:00 cgf-br03 cgf-br03/srv_S1_NGFW:  Info     cgf-br03 State:          REM(Balanced Session Idle Timeout,20) FWD UDP 10.110.4.17:53211 () -> 10.110.0.53:53"),
			we("2026-11-29T07:41:16Z", Info, "cgf-br03", "2026-11-29T07:41:16+00:00 cgf-br03 cgf-br03/box_Firewall_audit:  Info     cgf-br03 1795938076|Remove:|FWD|p1|UDP|LAN-2-DNS|10.110.4.17|53211|10.110.0.53|53|domain|2001|Balanced Session Idle Timeout|10.110.4.17|53211|10.110.0.53|53|p2|02:1c:7e:44:a0:19|61|1|124|1|20114|412"),
			we("2026-11-29T07:41:18Z", Debug, "cgf-br03", "2026-11-29T07:41:18+00:00 cgf-br03 cgf-br03/srv_S1_URL_Cofsd:  Internal cgf-br03 cofsd: [0000000] 5 DEBUG OF: Generic HTTP Transfer: 41.07%: Download starts in 83 seconds"),
			we("2026-11-29T07:41:25Z", Warn, "cgf-br03", "2026-11-29T07:41:25+00:00 cgf-br03 cgf-br03/box_Control_daemon:  Warning  cgf-br03 Update server dl.example.net did not answer, retrying in 60 seconds"),
		},
	},
	{
		name:   "hillstone-stoneos-serial-vsys-rsyslog-fileformat-sender-ip",
		gap:    "trawl reads no host from rsyslog's host column when the word after it is not a tag (`2026-11-29T07:41:16+00:00 10.20.0.9 2512042160004471(root) 4424362a HillstoneNetworks#Traffic@FLOW: …`): the sender's address 10.20.0.9 is not taken, and every record comes out with no host (the times are read)",
		source: "Hillstone StoneOS 5.5 traffic logs to a syslog server (`<PRI>Mmm d HH:mm:ss <serial>(<VSYS>) <log id> HillstoneNetworks#Traffic@FLOW: SESSION: …`), as fresh174's family has it from the StoneOS CLI guide's log format page, stored by rsyslog's RSYSLOG_FileFormat: rsyslog/rsyslog tools/pmrfc3164.c takes a host name only from letters, digits, `.`, `_` and `-` followed by a space, so `2512042160004471(root)` is no host name, the sender's address (no reverse record) takes its place and the serial becomes the tag; the session and NAT fields from memory",
		why:    "the sender's address in the host column is the host (the serial with its VSYS sits where the tag goes); RFC 3339 with the collector's +00:00; no level, the PRI being gone; the start and close times inside a session-end line are not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "10.20.0.9", "2026-11-29T07:41:16+00:00 10.20.0.9 2512042160004471(root) 4424362a HillstoneNetworks#Traffic@FLOW: SESSION: 10.120.4.17:51234(ethernet0/2)->198.51.100.7:443(ethernet0/1), Protocol TCP, vr trust-vr, policy 12, user -@-, host -, mac 0000.0000.0000, zone from trust to untrust, session start"),
			we("2026-11-29T07:41:17Z", Unknown, "10.20.0.9", "2026-11-29T07:41:17+00:00 10.20.0.9 2512042160004471(root) 46083623 HillstoneNetworks#Traffic@FLOW: NAT: 10.120.4.18:55120->203.0.113.53:53(UDP), snat to 198.51.100.2:55120, vr trust-vr, user -@UNKNOWN, host -, rule 3"),
			we("2026-11-29T07:41:20Z", Unknown, "10.20.0.9", "2026-11-29T07:41:20+00:00 10.20.0.9 2512042160004471(root) 4424362a HillstoneNetworks#Traffic@FLOW: SESSION: 203.0.113.99:40211(ethernet0/1)->10.120.8.20:22(ethernet0/3), Protocol TCP, vr trust-vr, policy 41, user -@-, host -, mac 0000.0000.0000, zone from untrust to dmz, policy deny"),
			we("2026-11-29T07:41:58Z", Unknown, "10.20.0.9", "2026-11-29T07:41:58+00:00 10.20.0.9 2512042160004471(root) 44243624 HillstoneNetworks#Traffic@FLOW: SESSION: 10.120.4.17:51234->198.51.100.7:443(TCP), application HTTPS, interface ethernet0/1, vr trust-vr, policy 12, user -@-, host -, send packets 41,send bytes 4120,receive packets 38,receive bytes 88120,start time 2026-11-29 07:41:16,close time 2026-11-29 07:41:58,session end,TCP FIN"),
		},
	},
	{
		name:   "checkpoint-log-exporter-cef-rsyslog-fileformat-cef-space",
		source: "Check Point Log Exporter with format cef (`<134>Mmm dd HH:mm:ss log-server CEF:0|Check Point|product|Check Point|Log|service|Unknown|act=… rt=epoch-ms … origin=… originsicname=…`), as fresh48's family cites it (R81 Logging and Monitoring 'Log Exporter'), stored by rsyslog's RSYSLOG_FileFormat with the tag `CEF:` and the space rsyslog puts after it (rsyslog/rsyslog tools/pmrfc3164.c; FortiOS' own CEF example shows the same `CEF: 0|`); the extension fields from memory",
		why:    "`CEF: 0|` with rsyslog's space; RFC 3339 with the collector's +00:00 and rt= in epoch milliseconds are one instant; the CEF severity `Unknown` is no level; the log server in the host column is the host, origin= names the gateway that logged, src/dst are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:40Z", Unknown, "cp-log01", `2026-11-29T07:41:40+00:00 cp-log01 CEF: 0|Check Point|VPN-1 & FireWall-1|Check Point|Log|https|Unknown|act=Accept deviceDirection=1 rt=1795938100000 spt=50714 dpt=443 cs2Label=Rule Name cs2=Allow web layer_name=Network match_id=14 parent_rule=0 rule_action=Accept ifname=eth1 logid=0 loguid={0x6749b3a2,0x0,0x5a13a8c0,0xc0000002} origin=10.130.0.1 originsicname=CN\=gw-bordeaux,O\=cp-mgmt01..9q2kd7 sequencenum=12 version=5 dst=198.51.100.45 inzone=Internal outzone=External product=VPN-1 & FireWall-1 proto=6 service_id=https src=10.130.4.22`),
			we("2026-11-29T07:41:53Z", Unknown, "cp-log01", `2026-11-29T07:41:53+00:00 cp-log01 CEF: 0|Check Point|VPN-1 & FireWall-1|Check Point|Log|microsoft-ds|Unknown|act=Drop deviceDirection=0 rt=1795938113000 spt=49822 dpt=445 cs2Label=Rule Name cs2=Cleanup rule layer_name=Network match_id=31 rule_action=Drop ifname=eth2 origin=10.130.0.1 originsicname=CN\=gw-bordeaux,O\=cp-mgmt01..9q2kd7 version=5 dst=203.0.113.77 inzone=External outzone=Local product=VPN-1 & FireWall-1 proto=6 service_id=microsoft-ds src=198.51.100.188`),
			we("2026-11-29T07:42:31Z", Unknown, "cp-log01", `2026-11-29T07:42:31+00:00 cp-log01 CEF: 0|Check Point|SmartConsole|Check Point|Log|Log In|Unknown|act=Log In rt=1795938151000 suser=jmarchand src=10.130.0.40 origin=10.130.0.2 operation=Log In outcome=Success product=SmartConsole administrator=jmarchand client_ip=10.130.0.40`),
		},
	},
}

func TestFresh349Formats(t *testing.T) { assertTable(t, fresh349Cases) }
func TestFresh349Score(t *testing.T) {
	checkScore(t, "fresh349 formats", fresh349Cases, [worldNumFields]float64{97.7, 99.9, 88.8, 99.9})
}
