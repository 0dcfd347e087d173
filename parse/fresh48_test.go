package parse

import "testing"

// The forty-eighth fresh table, written on 2026-12-01: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the earlier fresh tables (fresh_test.go to
// fresh47_test.go), compared by family and by product and not only by name, so that its score is
// again an honest figure for logs trawl has never been tuned on. Its theme is network appliances and
// security devices as their logs land on a syslog collector or are downloaded from the device, in
// the models, firmware lines and log modes the earlier tables lack. It has five parts. The first is
// firewalls and UTMs (Sophos XG on SFOS 18, SonicOS in ArcSight CEF, WatchGuard Fireware in LEEF,
// a Zyxel USG FLEX's `show logging entries`, Check Point's `fw log` and its Log Exporter in CEF,
// Untangle NG Firewall's event syslog, the Barracuda Web Security Gateway, UniFi Network 9's `fw`
// lines, PAN-OS `show log traffic`, a D-Link DFL's log, a Digi TransPort's FWLOG.TXT and FortiWAN's
// View Log). The second is switches, routers and industrial devices (Comware and Huawei USG remote
// syslog, Huawei VRP `display logbuffer`, Enterasys EOS, a Moxa EDS event log export, Cisco IOS
// `show archive log config all`, a TP-Link Archer's system log and a Peplink Balance's event log).
// The third is wireless controllers (Ruckus ZoneDirector, AireOS `show msglog` and `show traplog`,
// ArubaOS `show audit-trail`). The fourth is load balancers, WAFs and DDoS and IDS appliances
// (Citrix ADC's AppFW in CEF, Radware DefensePro, Imperva Cloud WAF's SIEM files, NGINX App
// Protect, FortiDDoS, Trend Micro Deep Discovery Inspector). The fifth is NAC, proxies and mail
// gateways (Forescout CounterACT, Cisco ISE's ADE.log and iseLocalStore.log, ProxySG's event log,
// the WSA's W3C access log, Forcepoint Web Security's cloud CSV and on-premises LEEF, the Secure
// Email Gateway's syslog push, Cisco Umbrella's proxy and IPS CSV files and Mimecast's SIEM
// key=value log). Where a product is already in an earlier table (Sophos, SonicWall, WatchGuard,
// Zyxel, Check Point, Barracuda, UniFi, PAN-OS, D-Link, Fortinet, H3C/HPE Comware, Huawei, Extreme,
// Cisco IOS, TP-Link, Ruckus, AireOS, ArubaOS, NetScaler, Radware, Imperva, Forcepoint, Cisco ISE,
// ProxySG, Cisco WSA and ESA, Umbrella), the family here is another model, firmware line, file or
// mode of it that no earlier table holds, and source says so.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own, the written clock read as UTC when the format
// writes no zone, a year-less date in the table's year and a bare time of day on the clock's day,
// levels only where the source puts them (the product's own scale at the place it puts it: a PRI,
// a <facility.level> pair, a level column or the mnemonic's digit; a CEF or LEEF severity, an
// event's "High" or "Critical" rating or a level word in free text is no level), "" host when the
// record names none (a peer, a client, an AP, a policy's origin address in a key=value field or a
// product label is no host; the writer's own name in its place is), and a multi-line record as one
// entry.
//
// The lines were written for this table in the layout each product really uses. Some layouts were
// checked against public material found by search: SFOS 18's key=value syslog in a collector's
// sample record, Forescout's `NAC Policy Log:` and Mimecast's, Imperva Cloud WAF's, Trend Micro
// DDI's, Forcepoint LEEF's and Citrix AppFW's fields in ExabeamLabs parser definitions, Forcepoint
// Web Security's CSV columns in elastic/integrations' forcepoint_web README, the UniFi `fw` lines in
// Azure/Azure-Sentinel issue #11770, Umbrella's IPS log format on docs.umbrella.com, the D-Link
// DFL-500, Digi TransPort WR44 and FortiWAN manuals' log format pages, a Peplink manual's event log
// sample and Untangle's `uvm[0]` syslog tag in untangle/ngfw_src pull requests; the rest is from
// memory of real lines, and each source says which. Hosts, ids and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table
// was first run; a family trawl still gets wrong carries a gap that says what it does not read, and
// it stays in the score. The table is a measurement, never to be tuned on: no parser rule is to be
// written from it, or it stops being one.
//
// Its first figure, scored once at commit 80c5fa8 before any rule was written from it: level 91.7 %,
// time 91.3 %, host 89.9 %, records 95.2 % (macro), 34 of 42 families fully right.
//
// go test ./parse -run Fresh48 -v

var fresh48Cases = []worldCase{

	// Firewalls and UTMs: other firmware lines, other output formats and the CLI views of their logs.
	{
		name:   "sophos-sfos18-kv-syslog",
		source: "Sophos XG Firewall on SFOS 18 and earlier, its syslog as a collector stores the raw message (`<PRI>device=\"SFW\" date=yyyy-MM-dd time=HH:mm:ss timezone=\"TZ\" device_name=… log_id=… log_type=… priority=Information …`, no syslog header; priority on Sophos' scale Emergency … Notification, Information, Debug): the record shape from a log collector's stored sample record found by search (device=\"SFW\" date= time= timezone= device_name=\"XG135\" … priority=Information); the other fields from memory. SFOS 19's syslog with its relay header and timestamp= field is an earlier table's",
		why:    "the PRI glued to key=value pairs with no header: the time is split into date=, time= and a timezone= field; device_name is a field, not a header host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `<30>device="SFW" date=2026-11-29 time=07:41:16 timezone="GMT" device_name="XG135" device_id=C1B0A6JC41ZZ207 log_id=010101600001 log_type="Firewall" log_component="Firewall Rule" log_subtype="Allowed" status="Allow" priority=Information duration=0 fw_rule_id=8 policy_type=1 user_name="" in_interface="Port1" out_interface="Port2" src_mac=f2:4c:1a:22:07:9b src_ip=10.20.4.17 src_country_code=R1 dst_ip=93.184.215.14 dst_country_code=USA protocol="TCP" src_port=51234 dst_port=443 tran_src_ip=198.51.100.10 con_id=4411`),
			we("2026-11-29T07:41:18Z", Warn, "", `<28>device="SFW" date=2026-11-29 time=07:41:18 timezone="GMT" device_name="XG135" device_id=C1B0A6JC41ZZ207 log_id=062910617701 log_type="Event" log_component="Firewall Authentication" log_subtype="Authentication" status="Failed" priority=Warning user_name="anna" usergroupname="" auth_client="Web Client" auth_mechanism="Local" reason="Wrong credentials" src_ip=10.20.4.17 message="User anna failed to login to Client Authentication through Local authentication mechanism because of wrong credentials"`),
			we("2026-11-29T07:41:20Z", Notice, "", `<29>device="SFW" date=2026-11-29 time=07:41:20 timezone="GMT" device_name="XG135" device_id=C1B0A6JC41ZZ207 log_id=020804407001 log_type="IDP" log_component="Anomaly" log_subtype="Drop" priority=Notification idp_policy_id=2 fw_rule_id=14 signature_id=58722 signature_msg="SERVER-WEBAPP Apache Log4j logging remote code execution attempt" classification="Attempted User Privilege Gain" rule_priority=1 src_ip=203.0.113.45 dst_ip=198.51.100.20 protocol="TCP" src_port=51240 dst_port=443 platform="Linux" category="Server-Webapp" target="Server"`),
		},
	},
	{
		name:   "sonicwall-sonicos-arcsight-cef",
		source: "SonicOS 7 with the syslog format set to ArcSight (CEF) as an rsyslog relay stores it (`Mmm dd HH:mm:ss host CEF:0|SonicWall|model|firmware|message id|name|severity|cat= gcat= … rt=Mmm dd yyyy HH:mm:ss`): SonicOS 'Log > Syslog' settings (Default, WebTrends, Enhanced, ArcSight); the extension fields from memory of real lines. SonicOS' default enhanced format and the SMA 100's syslog are earlier tables'",
		why:    "the relay's header has no PRI; the CEF severity is the event's importance and no level; rt repeats the header's time with the year",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "nsa2700-hq", "Nov 29 07:41:16 nsa2700-hq CEF:0|SonicWall|NSa 2700|7.1.1-7040|537|Connection Closed|1|cat=1024 gcat=6 smac=f2:4c:1a:22:07:9b src=10.20.4.17 spt=51234 deviceInboundInterface=X0 cs3Label=Source Zone cs3=LAN dmac=00:17:c5:41:22:01 dst=93.184.215.14 dpt=443 deviceOutboundInterface=X1 cs4Label=Destination Zone cs4=WAN proto=6 in=4112 out=1840 rt=Nov 29 2026 07:41:16 cn1Label=Rule cn1=14"),
			we("2026-11-29T07:41:18Z", Unknown, "nsa2700-hq", "Nov 29 07:41:18 nsa2700-hq CEF:0|SonicWall|NSa 2700|7.1.1-7040|1154|Application Control Detection Alert: BitTorrent -- Blocked|5|cat=1024 gcat=3 src=10.20.4.33 spt=51877 deviceInboundInterface=X0 dst=198.51.100.201 dpt=6881 deviceOutboundInterface=X1 proto=6 act=block rt=Nov 29 2026 07:41:18 cs5Label=App cs5=BitTorrent"),
			we("2026-11-29T07:41:21Z", Unknown, "nsa2700-hq", "Nov 29 07:41:21 nsa2700-hq CEF:0|SonicWall|NSa 2700|7.1.1-7040|1080|Successful administrator login|1|cat=32 gcat=2 suser=admin src=10.20.0.5 spt=52011 deviceInboundInterface=X0 dst=10.20.0.1 dpt=443 rt=Nov 29 2026 07:41:21 msg=Web administrator login allowed"),
		},
	},
	{
		name:   "watchguard-fireware-leef",
		source: "WatchGuard Fireware 12 with the syslog format set to IBM LEEF (`<PRI>Mmm dd HH:mm:ss FireboxName LEEF:1.0|WatchGuard|XTM|version|msg_id|tab-separated key=value`): Fireware Help 'Configure Syslog Server settings' (Syslog, IBM LEEF and CEF formats); the attributes from memory of real lines. Fireware's native syslog with the serial number is an earlier table's",
		why:    "the PRI is the level; LEEF's sev= is the event's rating; the attributes are tab-separated, and the Firebox's name is the header host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "FB-M390", "<134>Nov 29 07:41:16 FB-M390 LEEF:1.0|WatchGuard|XTM|12.10.4.B685616|3000-0148|sev=3\tcat=Traffic\tsrc=10.20.4.17\tdst=93.184.215.14\tsrcPort=51234\tdstPort=443\tproto=tcp\tsrcZone=1-Trusted\tdstZone=0-External\tpolicy=HTTPS-proxy.Out-00\taction=Allow\tduration=4"),
			we("2026-11-29T07:41:17Z", Info, "FB-M390", "<134>Nov 29 07:41:17 FB-M390 LEEF:1.0|WatchGuard|XTM|12.10.4.B685616|3000-0148|sev=5\tcat=Traffic\tsrc=203.0.113.45\tdst=198.51.100.10\tsrcPort=51240\tdstPort=23\tproto=tcp\tsrcZone=0-External\tdstZone=Firebox\tpolicy=Unhandled External Packet-00\taction=Deny\treason=default"),
			we("2026-11-29T07:41:20Z", Notice, "FB-M390", "<133>Nov 29 07:41:20 FB-M390 LEEF:1.0|WatchGuard|XTM|12.10.4.B685616|3E00-0002|sev=4\tcat=Event\tusrName=admin\tsrc=10.20.0.5\tmsg=Management user admin@Firebox-DB from 10.20.0.5 logged in"),
		},
	},
	{
		name:   "zyxel-usg-show-logging-entries",
		gap:    "the priority column (warn, alert, notice) after the index and the date is not read as the level",
		source: "Zyxel USG FLEX / ATP (ZLD) CLI `show logging entries` (a column header, then `idx yyyy-MM-dd HH:mm:ss priority category message source destination note`, newest first; priorities emerg alert crit error warn notice info debug): Zyxel USG FLEX CLI Reference Guide 'Logs'; the columns and lines from memory. Zyxel's USG syslog and ZyNOS syslog are earlier tables'",
		why:    "an index before an ISO-like date; the priority column is the level; the source and destination addresses are peers",
		entries: []worldEntry{
			wskip("Router> show logging entries",
				"idx  time                 priority  category          message                                                      source           destination      note"),
			we("2026-11-29T07:41:21Z", Warn, "", "1    2026-11-29 07:41:21  warn      Account           Administrator admin from http/https has failed the login attempt  10.20.0.9        10.20.0.1        Account: admin"),
			we("2026-11-29T07:41:18Z", Alert, "", "2    2026-11-29 07:41:18  alert     Security Policy   priority:1, from WAN to ZyWALL, TCP service telnet, DROP          203.0.113.45:51240  198.51.100.10:23  ACCESS BLOCK"),
			we("2026-11-29T07:41:16Z", Notice, "", "3    2026-11-29 07:41:16  notice    Account           Administrator admin from http/https has logged in Zyxel Device    10.20.0.5        10.20.0.1        Account: admin"),
		},
	},
	{
		name:   "checkpoint-fw-log-cli",
		gap:    "the origin gateway after the action is not read as the host",
		source: "Check Point `fw log -n` on a gateway or the management server (each entry on one line: `ddMmmyyyy H:mm:ss action origin >interface key: value; key: value; …`, the hour unpadded after two spaces): Check Point R81.10 CLI Reference Guide 'fw log' (parameters); the output lines from memory. The gateway's .elg files, fw monitor, zdebug drop, Gaia's messages and the Log Exporter's syslog format are earlier tables'",
		why:    "a day-month-year date with no separators and an unpadded hour; the action is no level; the origin after it is the gateway that logged the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:10Z", Unknown, "gw-hq", "29Nov2026  7:41:10 ctl    gw-hq      >daemon product: Log Update;"),
			we("2026-11-29T07:41:16Z", Unknown, "gw-hq", "29Nov2026  7:41:16 accept gw-hq      >eth1 inzone: Internal; outzone: External; service_id: https; src: 10.20.4.17; dst: 93.184.215.14; proto: tcp; xlatesrc: 198.51.100.10; NAT_rulenum: 3; rule: 12; product: VPN-1 & FireWall-1; service: 443; s_port: 51234; xlatesport: 12044;"),
			we("2026-11-29T07:41:18Z", Unknown, "gw-hq", "29Nov2026  7:41:18 drop   gw-hq      <eth2 inzone: External; outzone: Local; service_id: telnet; src: 203.0.113.45; dst: 198.51.100.10; proto: tcp; rule: 28; product: VPN-1 & FireWall-1; service: 23; s_port: 51240;"),
		},
	},
	{
		name:   "checkpoint-log-exporter-cef",
		source: "Check Point Log Exporter with format cef (`<134>Mmm dd HH:mm:ss log-server CEF:0|Check Point|VPN-1 & FireWall-1|Check Point|Log|service|Unknown|act=… rt=epoch-ms … origin=gateway …`): Check Point R81 Logging and Monitoring Administration Guide 'Log Exporter' (formats syslog, cef, leef, json); the extension fields from memory of real lines. The Log Exporter's syslog format is an earlier table's",
		why:    "the exporter's header host is the writer; origin= names the gateway that logged it; rt repeats the time in epoch milliseconds",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "cp-mgmt", "<134>Nov 29 07:41:16 cp-mgmt CEF:0|Check Point|VPN-1 & FireWall-1|Check Point|Log|https|Unknown|act=Accept deviceDirection=1 rt=1795938076000 spt=51234 dpt=443 cs2Label=Rule Name cs2=Allow web layer_name=Network match_id=12 parent_rule=0 rule_action=Accept ifname=eth1 logid=0 loguid={0x6749a71c,0x0,0x3c11a8c0,0xc0000001} origin=10.20.0.1 originsicname=CN\\=gw-hq,O\\=cp-mgmt..7x1c2d sequencenum=4 version=5 dst=93.184.215.14 inzone=Internal outzone=External product=VPN-1 & FireWall-1 proto=6 service_id=https src=10.20.4.17"),
			we("2026-11-29T07:41:18Z", Info, "cp-mgmt", "<134>Nov 29 07:41:18 cp-mgmt CEF:0|Check Point|VPN-1 & FireWall-1|Check Point|Log|telnet|Unknown|act=Drop deviceDirection=0 rt=1795938078000 spt=51240 dpt=23 cs2Label=Rule Name cs2=Cleanup rule layer_name=Network match_id=28 rule_action=Drop ifname=eth2 origin=10.20.0.1 originsicname=CN\\=gw-hq,O\\=cp-mgmt..7x1c2d version=5 dst=198.51.100.10 inzone=External outzone=Local product=VPN-1 & FireWall-1 proto=6 service_id=telnet src=203.0.113.45"),
			we("2026-11-29T07:41:20Z", Info, "cp-mgmt", "<134>Nov 29 07:41:20 cp-mgmt CEF:0|Check Point|SmartConsole|Check Point|Log|Log In|Unknown|act=Log In rt=1795938080000 suser=admin src=10.20.0.5 origin=10.20.0.2 operation=Log In outcome=Success product=SmartConsole administrator=admin client_ip=10.20.0.5"),
		},
	},
	{
		name:   "untangle-ngfw-syslog",
		source: "Untangle / Arista Edge Threat Management NG Firewall remote syslog of its events (`Mmm dd HH:mm:ss host LEVEL uvm[0]: {JSON event}` as an rsyslog server stores it; the JSON carries its own timeStamp): untangle/ngfw_src pull requests #7, #636 and #642 (events moved to uvm; the default server's tag is uvm[0]); the line layout from memory of real lines",
		why:    "the level word between the host and the uvm[0] tag; the JSON's timeStamp repeats the time with milliseconds; the client and server addresses in it are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204Z", Info, "ngfw", `Nov 29 07:41:16 ngfw INFO  uvm[0]: {"timeStamp":"2026-11-29 07:41:16.204","sessionId":107855241164011,"class":"class com.untangle.app.web_filter.WebFilterEvent","category":"Search Engines","blocked":false,"flagged":false,"ruleId":0,"appName":"web_filter","requestLine":"GET https://www.example.org/search?q=ngfw HTTP/1.1","cClientAddr":"10.20.4.17","sServerAddr":"93.184.215.14"}`),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.007Z", Info, "ngfw", `Nov 29 07:41:18 ngfw INFO  uvm[0]: {"timeStamp":"2026-11-29 07:41:18.007","sessionId":107855241164020,"class":"class com.untangle.uvm.app.SessionEvent","protocol":6,"CClientAddr":"10.20.4.33","CClientPort":51877,"SServerAddr":"198.51.100.201","SServerPort":6881,"policyId":1,"filterPrefix":"BLOCK","bypassed":false}`),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.511Z", Info, "ngfw", `Nov 29 07:41:20 ngfw INFO  uvm[0]: {"timeStamp":"2026-11-29 07:41:20.511","class":"class com.untangle.uvm.event.AdminLoginEvent","login":"admin","local":false,"clientAddr":"10.20.0.5","succeeded":true,"reason":null}`),
		},
	},
	{
		name:   "barracuda-wsg-http-scan",
		source: "Barracuda Web Security Gateway (formerly Web Filter) web log over syslog (`Mmm dd HH:mm:ss host http_scan[pid]: epoch 1 client dst mime client url bytes BYF ALLOWED|BLOCKED CLEAN|VIRUS … domain categories [user] …`, space-separated positional fields) as an rsyslog server stores it: Barracuda Campus 'Syslog and the Barracuda Web Security Gateway'; the fields from memory of real lines. Barracuda's ESG, WAF and CloudGen logs are earlier tables'",
		why:    "a positional record whose first field is an epoch in the header's second; ALLOWED and BLOCKED are actions, VIRUS a verdict, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "bwsg", "Nov 29 07:41:16 bwsg http_scan[4411]: 1795938076 1 10.20.4.17 93.184.215.14 text/html 10.20.4.17 https://www.example.org/ 18234 BYF ALLOWED CLEAN 2 1 0 0 0 (-) 0 - 0 - 0 www.example.org news-and-media,news-and-media [anna] - - 0"),
			we("2026-11-29T07:41:18Z", Unknown, "bwsg", "Nov 29 07:41:18 bwsg http_scan[4411]: 1795938078 1 10.20.4.33 203.0.113.66 application/x-msdownload 10.20.4.33 http://dl.example.net/setup.exe 0 BYF BLOCKED VIRUS 2 1 0 0 1 (Trojan.GenericKD.4411) 0 - 0 - 0 dl.example.net downloads,downloads [bert] - - 0"),
			we("2026-11-29T07:41:20Z", Unknown, "bwsg", "Nov 29 07:41:20 bwsg http_scan[4411]: 1795938080 1 10.20.4.41 198.51.100.77 text/html 10.20.4.41 https://games.example.com/ 0 BYF BLOCKED CLEAN 2 1 0 1 0 (-) 0 - 0 - 0 games.example.com gaming,gaming [carla] - - 0"),
		},
	},
	{
		name:   "unifi-network9-fw-syslog",
		source: "UniFi gateways on UniFi Network 9 / UniFi OS 4, whose firewall hits arrive tagged `fw` instead of `kernel:` (`RFC 3339 time fw [RULE-ACTION-id] DESCR=\"…\" IN= OUT= MAC= SRC= DST= … MARK=`): the raw lines a user quotes in Azure/Azure-Sentinel issue #11770 ('it starts with \"fw\" instead of \"kernel\"'); the UDM's older `kernel: [uptime] [RULE]` form is an earlier table's",
		why:    "an RFC 3339 time with its offset, then the fw tag with no colon and no host before it; SRC and DST are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `2026-11-29T07:41:16+00:00 fw [WAN_LOCAL-D-2147483647] DESCR="[WAN_LOCAL]Block All Traffic" IN=eth4 OUT= MAC=74:ac:b9:41:22:07:00:31:46:0d:22:01:08:00 SRC=203.0.113.45 DST=198.51.100.10 LEN=44 TOS=00 PREC=0x00 TTL=243 ID=54321 PROTO=TCP SPT=51234 DPT=23 WINDOW=1024 RES=0x00 SYN URGP=0 MARK=1a0000`),
			we("2026-11-29T07:41:17Z", Unknown, "", `2026-11-29T07:41:17+00:00 fw [LAN_LOCAL-A-2147483647] DESCR="[LAN_LOCAL]Allow All Traffic" IN=br10 OUT= MAC=74:ac:b9:41:22:07:f2:4c:1a:22:07:9b:08:00 SRC=10.20.10.17 DST=10.20.10.1 LEN=72 TOS=00 PREC=0x00 TTL=64 ID=4411 DF PROTO=UDP SPT=53211 DPT=53 LEN=52 MARK=1a0000`),
			we("2026-11-29T07:41:19Z", Unknown, "", `2026-11-29T07:41:19+00:00 fw [LAN_IN-D-30001] DESCR="[LAN_IN]Block IoT to LAN" IN=br30 OUT=br10 MAC=74:ac:b9:41:22:07:3c:22:fb:41:22:08:08:00 SRC=10.20.30.41 DST=10.20.10.5 LEN=60 TOS=00 PREC=0x00 TTL=63 ID=0 DF PROTO=TCP SPT=41022 DPT=445 WINDOW=64240 RES=0x00 SYN URGP=0 MARK=1a0000`),
		},
	},
	{
		name:   "panos-show-log-traffic",
		source: "PAN-OS CLI `show log traffic` (a three-line column header and a rule of = signs, then each session as three indented lines: time, app, from zone, source port and address; rule, action, to zone, destination port and address; source user, destination user and end reason): from memory of real output. PAN-OS CSV, IETF syslog, CEF, mp-log and `show log system` are earlier tables'",
		why:    "each record spans three lines, the two after the dated one indented; the slashed date and time are the firewall's clock with no zone",
		entries: []worldEntry{
			wskip("admin@PA-3220> show log traffic",
				"Time                App             From            Src Port  Source",
				"Rule                Action          To              Dst Port  Destination",
				"                    Src User        Dst User                  End Reason",
				"==============================================================================="),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"2026/11/29 07:41:16 ssl             trust           51234     10.20.4.17",
				"    allow-web       allow           untrust         443       93.184.215.14",
				"                    corp\\anna                                 tcp-fin"),
			we("2026-11-29T07:41:18Z", Unknown, "",
				"2026/11/29 07:41:18 bittorrent      trust           51877     10.20.4.33",
				"    block-p2p       deny            untrust         6881      198.51.100.201",
				"                    corp\\bert                                 policy-deny"),
			we("2026-11-29T07:41:20Z", Unknown, "",
				"2026/11/29 07:41:20 dns-base        trust           53211     10.20.4.17",
				"    allow-dns       allow           untrust         53        9.9.9.9",
				"                    corp\\anna                                 aged-out"),
		},
	},
	{
		name:   "dlink-dfl-firewall-log",
		source: "D-Link DFL-500 firewall (FortiOS-based) traffic, event and attack logs (`yyyy Mmm dd HH:mm:ss PROTO src:port=>dst:port ACTION`, `yyyy Mmm dd HH:mm:ss Log-Event …`, and the attack log's `Mmm dd HH:mm:ss yyyy Attack … between … and …`): the DFL-500 User's Manual 'Traffic, Event and Attack log message format' pages, found by search. D-Link's DGS switches are in an earlier table; its firewalls are not",
		why:    "a year-first date with a month name; the attack log writes the year after the time and two more times of the attack inside",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026 Nov 29 07:41:16 TCP 10.20.4.17:51234=>93.184.215.14:443 ACCEPT"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026 Nov 29 07:41:17 UDP 203.0.113.45:5060=>198.51.100.10:5060 DENY"),
			we("2026-11-29T07:41:19Z", Unknown, "", "Nov 29 07:41:19 2026 Attack port scan between Sun Nov 29 07:41:02 2026 and Sun Nov 29 07:41:18 2026 from 203.0.113.45 to 198.51.100.10 tcp port 20 to 1024"),
			we("2026-11-29T07:41:21Z", Unknown, "", "2026 Nov 29 07:41:21 Log-Event policy 7 delete successful at 10.20.0.5 by admin"),
		},
	},
	{
		name:   "digi-transport-fwlog",
		source: "Digi TransPort routers' FWLOG.TXT pseudo-file (each logged packet as a block: `----- d-M-yyyy HH:mm:ss ------`, FW LOG with direction, rule line and hits, the addresses, protocol and ports, the rule's text, then a line of dashes): the TransPort WR44 v2 User's Guide 'The FWLOG.TXT File', found by search",
		why:    "a day-month-year time inside a dashed banner opens a multi-line record that a dashed line closes; nothing in it is a level or a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"----- 29-11-2026 07:41:16 ------",
				"FW LOG Dir: IN Line: 11 Hits: 4 IFACE: PPP 1",
				"Source IP: 203.0.113.45 Dest IP: 198.51.100.10 ID: 4411 TTL: 52",
				"PROTO: TCP (6)",
				"Src Port: 51234 Dst Port: TELNET (23)",
				"block in log break end on ppp 1 proto tcp from any to addr-ppp 1 port=23",
				"----------"),
			we("2026-11-29T07:41:18Z", Unknown, "",
				"----- 29-11-2026 07:41:18 ------",
				"FW LOG Dir: IN Line: 7 Hits: 12 IFACE: ETH 0",
				"Source IP: 10.20.4.17 Dest IP: 10.20.4.1 ID: 812 TTL: 64",
				"PROTO: ICMP (1)",
				"pass in log break end on eth 0 proto icmp from 10.20.4.0/24 to addr-eth 0",
				"----------"),
		},
	},
	{
		name:   "fortiwan-view-log",
		source: "Fortinet FortiWAN (the WAN load balancer) Log > View (`yyyy-MM-dd HH:mm:ss TYPE content`, always UTC; types FW, NAT, AR with PROTO= SRC= DST= in tcpdump's address.port form): the FortiWAN Handbook 'View Log' page, found by search. FortiGate, FortiADC, FortiWeb and FortiMail are earlier tables'; FortiWAN is not",
		why:    "an ISO-like UTC time, then a log type such as FW or NAT that is no level; the address.port pairs are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 FW PROTO=6 SRC=203.0.113.45.51234 DST=198.51.100.10.23 ACTION=DENY TOTLEN=60"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 NAT PROTO=17 SRC=10.20.4.17.53211 DST=9.9.9.9.53 NEW_SRC=198.51.100.10"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 AR PROTO=6 SRC=10.20.4.17.51240 DST=93.184.215.14.443 AR=2 TOTLEN=60"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026-11-29 07:41:20 FW PROTO=1 SRC=203.0.113.45 DST=198.51.100.10 ID=4411 TYPE=8 CODE=0 ACTION=DENY TOTLEN=84"),
		},
	},

	// Switches, routers and industrial devices: remote syslog, buffers and exports an earlier table lacks.
	{
		name:   "h3c-comware-remote-syslog",
		source: "H3C Comware 5 switches' info-center log host output as a syslog server receives it (`<PRI>Mmm dd HH:mm:ss yyyy sysname %%10MODULE/severity/MNEMONIC(l|t): msg`, the year after the time): H3C 'Information Center Configuration' guides; from memory of real lines. Comware's `display logbuffer` is an earlier table's",
		why:    "the year after the clock, then the sysname as host; the PRI and the digit between the slashes agree",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "CORE-H3C", "<187>Nov 29 07:41:16 2026 CORE-H3C %%10IFNET/3/PHY_UPDOWN(l): GigabitEthernet1/0/3 link status is DOWN."),
			we("2026-11-29T07:41:18Z", Notice, "CORE-H3C", "<189>Nov 29 07:41:18 2026 CORE-H3C %%10SHELL/5/SHELL_LOGIN(l): netops logged in from 10.20.0.5."),
			we("2026-11-29T07:41:19Z", Warn, "CORE-H3C", "<188>Nov 29 07:41:19 2026 CORE-H3C %%10STP/4/STP_TC_RECV(t): Instance 0's port GigabitEthernet1/0/24 received a topology change notification."),
			we("2026-11-29T07:41:22Z", Info, "CORE-H3C", "<190>Nov 29 07:41:22 2026 CORE-H3C %%10SHELL/6/SHELL_CMD(l): -Task=VTY0-IPAddr=10.20.0.5-User=netops; Command is interface GigabitEthernet1/0/3"),
		},
	},
	{
		name:   "huawei-vrp-display-logbuffer",
		source: "Huawei VRP (AR routers, S-series switches) CLI `display logbuffer` (a block of buffer settings and counters, a blank line, then the records newest first in the information center's `Mmm dd yyyy HH:mm:ss sysname %%01MODULE/severity/BRIEF(type)[n]:text` layout): Huawei AR Configuration Guide 'Information Center' (display logbuffer); from memory of real output. The information center's log file is an earlier table's; this is the CLI view with its header",
		why:    "the settings block before the records carries counters and no time; the records are the information center's layout",
		entries: []worldEntry{
			wskip("<AR-BR1>display logbuffer",
				"Logging buffer configuration and contents : enabled",
				"Allowed max buffer size : 1024",
				"Actual buffer size : 512",
				"Channel number : 4 , Channel name : logbuffer",
				"Dropped messages : 0",
				"Overwritten messages : 0",
				"Current messages : 3",
				""),
			we("2026-11-29T07:41:21Z", Notice, "AR-BR1", `Nov 29 2026 07:41:21 AR-BR1 %%01SHELL/5/CMDRECORD(s)[5]:Recorded command information. (Task=VT0, Ip=10.20.0.5, VpnName=, User=netops, AuthenticationMethod="Local-user", Command="display logbuffer")`),
			we("2026-11-29T07:41:18Z", Warn, "AR-BR1", "Nov 29 2026 07:41:18 AR-BR1 %%01IFPDT/4/IF_STATE(l)[4]:Interface GigabitEthernet0/0/1 has turned into DOWN state."),
			we("2026-11-29T07:41:16Z", Notice, "AR-BR1", "Nov 29 2026 07:41:16 AR-BR1 %%01SHELL/5/LOGIN(l)[3]:The user succeeded in logging in to VTY0. (UserType=SSH, UserName=netops, AuthenticationMethod=\"Local-user\", Ip=10.20.0.5, VpnName=)"),
		},
	},
	{
		name:   "huawei-usg-remote-syslog",
		source: "Huawei USG6000 / HiSecEngine firewalls' log host output (`<PRI>Mmm dd yyyy HH:mm:ss sysname %%01MODULE/severity/BRIEF(l):CID=…;text`, the session and policy logs' key=value lists): Huawei USG6000 'Log Reference' and 'Configuring a Log Host'; from memory of real lines. Huawei VRP's own log file is an earlier table's; the firewall's remote syslog is not",
		why:    "a PRI before a date with the year between the day and the time; the digit after the module agrees with the PRI; time= in the policy log repeats the time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "USG6555E", "<190>Nov 29 2026 07:41:16 USG6555E %%01POLICY/6/POLICYPERMIT(l):CID=0x814f041e;vsys=public, protocol=6, source-ip=10.20.4.17, source-port=51234, destination-ip=93.184.215.14, destination-port=443, time=2026/11/29 07:41:16, source-zone=trust, destination-zone=untrust, application-name=HTTPS, rule-name=allow-web."),
			we("2026-11-29T07:41:18Z", Warn, "USG6555E", "<188>Nov 29 2026 07:41:18 USG6555E %%01ANTIATTACK/4/ATCKDF(l):CID=0x814f0422;AttackType=Port scan attack, SourceInterface=GigabitEthernet1/0/1, SourceIP=203.0.113.45, BeginTime=2026/11/29 07:41:17, EndTime=2026/11/29 07:41:18, Rate=412 packets/sec, Action=discard."),
			we("2026-11-29T07:41:20Z", Notice, "USG6555E", "<189>Nov 29 2026 07:41:20 USG6555E %%01SHELL/5/CMDRECORD(s):CID=0x80cb000b;Recorded command information. (Task=VT0, Ip=10.20.0.5, VpnName=, User=admin, AuthenticationMethod=\"Local-user\", Command=\"display firewall session table\")"),
		},
	},
	{
		name:   "enterasys-eos-syslog",
		source: "Enterasys (Extreme) EOS switches — S-, K-, B-, C- and 7100-series — remote syslog (`<PRI>Mmm dd HH:mm:ss switch-ip Application[instance]message`, the application and its bracketed instance glued to the message): Enterasys 'Configuring System Logging' in the S-Series configuration guide; from memory of real lines. EXOS, VOSS, WiNG and EFA are earlier tables'; EOS is not",
		why:    "the switch's address in the host field; the PRI is the level; the application's [instance] runs into the message with no colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "10.20.0.6", "<165>Nov 29 07:41:16 10.20.0.6 CLI[5]User:admin logged in from 10.20.0.9 (SSH)"),
			we("2026-11-29T07:41:18Z", Warn, "10.20.0.6", "<164>Nov 29 07:41:18 10.20.0.6 STP[1]Port ge.1.12 is now Blocking on SID 0"),
			we("2026-11-29T07:41:20Z", Error, "10.20.0.6", "<163>Nov 29 07:41:20 10.20.0.6 Chassis[1]Power supply 2 in chassis 1 has failed"),
		},
	},
	{
		name:   "moxa-eds-event-log-export",
		source: "Moxa EDS industrial Ethernet switches' Event Log page exported as text (`Index Bootup Date Time System-Startup-Time Event`, the date with slashes and the uptime since boot): Moxa EDS-500E/EDS-G500E user manuals 'Event Log'; from memory of real exports. No earlier table holds Moxa",
		why:    "an index and a boot counter before a slashed date; the uptime after the time is no time of its own",
		entries: []worldEntry{
			wskip("Index  Bootup  Date        Time      System Startup Time  Event"),
			we("2026-11-29T07:41:16Z", Unknown, "", "1      14      2026/11/29  07:41:16  0d0h0m31s            Cold start"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2      14      2026/11/29  07:41:18  0d0h0m33s            Port 3 link on"),
			we("2026-11-29T07:41:40Z", Unknown, "", "3      14      2026/11/29  07:41:40  0d0h0m55s            Turbo Ring topology changed"),
			we("2026-11-29T07:41:52Z", Unknown, "", "4      14      2026/11/29  07:41:52  0d0h1m7s             admin Login Success from 10.20.0.5"),
		},
	},
	{
		name:   "cisco-ios-archive-log-config",
		gap:    "each indented command line is joined to the column header before it instead of being a record of its own",
		source: "Cisco IOS / IOS XE configuration change logger's `show archive log config all` (a header, then one line per logged command: index, session, user@line and the command after a bar, indented by nesting; no times): Cisco IOS 'Configuration Change Notification and Logging'; from memory of real output. IOS syslog, its buffers and show logging history are earlier tables'",
		why:    "lines that start with spaces are each a record of their own, not a continuation; none carries a time",
		entries: []worldEntry{
			wskip("rtr-br1#show archive log config all",
				" idx   sess           user@line      Logged command"),
			we("", Unknown, "", "    1     1        console@console  |logging enable"),
			we("", Unknown, "", "    2     3         netops@vty0     |interface GigabitEthernet0/0/1"),
			we("", Unknown, "", "    3     3         netops@vty0     | shutdown"),
			we("", Unknown, "", "    4     3         netops@vty0     | description uplink to isp-b"),
		},
	},
	{
		name:   "tp-link-archer-system-log",
		source: "TP-Link Archer home routers' System Log as saved from the web UI (`yyyy-MM-dd HH:mm:ss TYPE LEVEL content`, types DHCPD, PPP, SECURITY …, levels INFO NOTICE WARNING ERROR): TP-Link Archer user guides 'System Log'; from memory of real lines. TP-Link's Omada controller log is an earlier table's",
		why:    "a module word and then the level column before the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 DHCPD INFO DHCPS:Recv REQUEST from F2:4C:1A:22:07:9B"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 DHCPD INFO DHCPS:Send ACK to 192.168.0.101"),
			we("2026-11-29T07:41:18Z", Notice, "", "2026-11-29 07:41:18 PPP NOTICE PPPoE connection established, IP 198.51.100.4"),
			we("2026-11-29T07:41:20Z", Warn, "", "2026-11-29 07:41:20 SECURITY WARNING DoS attack: TCP SYN flood from 203.0.113.45"),
		},
	},
	{
		name:   "peplink-balance-event-log",
		source: "Peplink Balance / Pepwave routers' Status > Event Log, downloaded (`Mmm dd HH:mm:ss message`, firewall hits as `Denied CONN=… SRC=… DST=…`, WAN and System events as `WAN: …`, `System: …`): the Balance user manual's firewall Event Logging sample, found by search; the WAN and admin lines from memory. No earlier table holds Peplink",
		why:    "a year-less time then the message: `WAN:` or `System:` after it is a category and not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 WAN: WAN 1 (Fiber) connected (198.51.100.4)"),
			we("2026-11-29T07:41:18Z", Unknown, "", "Nov 29 07:41:18 Denied CONN=Ethernet WAN SRC=203.0.113.45 DST=192.168.50.20 LEN=48 PROTO=TCP SPT=51240 DPT=80"),
			we("2026-11-29T07:41:20Z", Unknown, "", "Nov 29 07:41:20 System: Admin: admin (10.20.0.5) login successful"),
			we("2026-11-29T07:41:24Z", Unknown, "", "Nov 29 07:41:24 WAN: Cellular 1 (Carrier-X) disconnected (No signal)"),
		},
	},

	// Wireless controllers: their remote syslog and the CLI views of their logs.
	{
		name:   "ruckus-zonedirector-syslog",
		source: "Ruckus ZoneDirector (ZD1200, ZD3000) remote syslog as an rsyslog server stores it (`Mmm dd HH:mm:ss ZD-name process: event text` with apmgr, stamgr and webs events such as `AP[name@mac] joins …`, `User[name] joins WLAN[ssid] from AP[…]`): ZoneDirector user guide 'Event and Alarm Types'; from memory of real lines. SmartZone's `@@code,event` syslog is an earlier table's; ZoneDirector's is not",
		why:    "the controller's name is the host; the AP and user names in brackets are peers; there is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "ZD1200-HQ", "Nov 29 07:41:16 ZD1200-HQ apmgr: AP[ap-lobby@24:c9:a1:41:22:07] joins with uptime [38] s and last disconnected reason [AP Restart : power cycle]"),
			we("2026-11-29T07:41:18Z", Unknown, "ZD1200-HQ", "Nov 29 07:41:18 ZD1200-HQ stamgr: User[anna] joins WLAN[corp] from AP[ap-lobby@24:c9:a1:41:22:07]"),
			we("2026-11-29T07:41:21Z", Unknown, "ZD1200-HQ", "Nov 29 07:41:21 ZD1200-HQ webs: Admin[admin] logs in from [10.20.0.5]"),
		},
	},
	{
		name:   "cisco-wlc-aireos-show-msglog",
		source: "Cisco AireOS WLC CLI `show msglog` (the prompt, the message log's severity setting, then the records newest first: `*task: Mmm dd HH:mm:ss.SSS: %FACILITY-SEV-MNEMONIC: file.c:line msg`): Cisco Wireless Controller Command Reference 'show msglog'; from memory of real output. AireOS syslog with the controller's name after the PRI is an earlier table's; the CLI view has no host",
		why:    "the task name before a year-less time with milliseconds; the level is the digit in the mnemonic; the file.c:line is no time",
		entries: []worldEntry{
			wskip("(Cisco Controller) >show msglog", "", "Message Log Severity Level....................... ERROR"),
			we("2026-11-29T07:41:18.5Z", Error, "", "*Dot1x_NW_MsgTask_0: Nov 29 07:41:18.500: %DOT1X-3-MAX_EAP_RETRIES: 1x_auth_pae.c:3125 Max EAP identity request retries (3) exceeded for client 3c:22:fb:41:22:08"),
			we("2026-11-29T07:41:17.004Z", Error, "", "*apfReceiveTask: Nov 29 07:41:17.004: %APF-3-VALIDATE_DOT11_CIPHER_FAILED: apf_80211.c:6024 Cipher validation failed. Cipher Suite:131072 for mobile 3c:22:fb:41:22:09"),
			we("2026-11-29T07:41:16.123Z", Error, "", "*spamApTask4: Nov 29 07:41:16.123: %CAPWAP-3-ECHO_ERR: capwap_ac_sm.c:7412 Did not receive heartbeat reply; AP: 70:10:5c:41:22:07"),
		},
	},
	{
		name:   "cisco-wlc-aireos-show-traplog",
		gap:    "the indented numbered traps are joined to the dashed column header instead of each being a record with its ctime-style time",
		source: "Cisco AireOS WLC CLI `show traplog` (counters, a `Log System Time Trap` header with dashes, then numbered traps newest first: `n Www Mmm dd HH:mm:ss yyyy trap text`): Cisco Wireless Controller Command Reference 'show traplog'; from memory of real output",
		why:    "a trap number before a ctime-style time with the year at the end; a trap's `State: alert` is free text and no level",
		entries: []worldEntry{
			wskip("(Cisco Controller) >show traplog", "",
				"Number of Traps Since Last Reset ............ 4411",
				"Number of Traps Since Log Last Displayed ...... 12", "",
				"Log System Time              Trap",
				"--- ------------------------ -------------------------------------------------"),
			we("2026-11-29T07:41:20Z", Unknown, "", "  0 Sun Nov 29 07:41:20 2026 Client Association: Client MAC:3c:22:fb:41:22:08 Base Radio MAC :70:10:5c:41:22:00 Slot: 1 User Name: unknown Ip Address: unknown Port: 13"),
			we("2026-11-29T07:41:18Z", Unknown, "", "  1 Sun Nov 29 07:41:18 2026 Rogue AP : 9a:11:22:41:22:0f detected on Base Radio MAC : 70:10:5c:41:22:00 Interface no: 0(802.11n(2.4 GHz)) with RSSI: -71 and SNR: 21 and Classification: unclassified, State: alert, RuleClassified : unclassified, Severity Score: 0"),
			we("2026-11-29T07:41:16Z", Unknown, "", "  2 Sun Nov 29 07:41:16 2026 AP Disassociated. Base Radio MAC:70:10:5c:41:22:00"),
		},
	},
	{
		name:   "arubaos-show-audit-trail",
		source: "ArubaOS 6/8 Mobility Controller CLI `show audit-trail` (an `Audit Trail` title, then `Mmm dd HH:mm:ss  process[pid]: USER:user@ip COMMAND:<command > -- command executed successfully`): ArubaOS CLI Reference 'show audit-trail'; from memory of real output. ArubaOS' syslog and `show log` are earlier tables'",
		why:    "a year-less time then a process with its pid and no host; the user@address is a peer",
		entries: []worldEntry{
			wskip("(MC-HQ) #show audit-trail", "", "Audit Trail", "-----------"),
			we("2026-11-29T07:41:16Z", Unknown, "", `Nov 29 07:41:16  cli[4411]: USER:admin@10.20.0.5 COMMAND:<ap-group "lobby" > -- command executed successfully`),
			we("2026-11-29T07:41:18Z", Unknown, "", `Nov 29 07:41:18  cli[4411]: USER:admin@10.20.0.5 COMMAND:<write memory > -- command executed successfully`),
			we("2026-11-29T07:41:20Z", Unknown, "", `Nov 29 07:41:20  httpd[4470]: USER:netops@10.20.0.9 COMMAND:<wlan ssid-profile "corp" essid "corp" > -- command executed successfully`),
		},
	},

	// Load balancers, WAFs, DDoS and IDS appliances.
	{
		name:   "citrix-adc-appfw-cef",
		source: "Citrix ADC (NetScaler) Web App Firewall with CEF logging on, as /var/log/ns.log keeps it (`Mmm dd HH:mm:ss <facility.level> NSIP CEF:0|Citrix|NetScaler|NS13.1|APPFW|APPFW_check|severity|src= spt= method= request= msg= cn1= cn2= cs1=profile cs2=PPE0 cs3=session cs4=ALERT cs5=year act=blocked`): Citrix 'Support for Common Event Format (CEF) logs in the application firewall'; the fields as ExabeamLabs' citrix-appfw parsers name them; from memory of real lines. ns.log's native audit lines are an earlier table's",
		why:    "the <facility.level> pair is the level; cs4=ALERT is the firewall's rating and the CEF severity the event's importance; the NSIP is the header's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.20.0.10", `Nov 29 07:41:16 <local0.info> 10.20.0.10 CEF:0|Citrix|NetScaler|NS13.1|APPFW|APPFW_SQL|6|src=203.0.113.45 spt=51234 method=GET request=https://shop.example.org/item.php?id\=1%27%20or%201\=1 msg=SQL Keyword check failed for field id\="1' or 1\=1" cn1=4411 cn2=773 cs1=pr_shop cs2=PPE0 cs3=Ua3eBlVQx9x5qz4fK cs4=ALERT cs5=2026 act=blocked`),
			we("2026-11-29T07:41:18Z", Info, "10.20.0.10", `Nov 29 07:41:18 <local0.info> 10.20.0.10 CEF:0|Citrix|NetScaler|NS13.1|APPFW|APPFW_STARTURL|6|src=203.0.113.45 spt=51240 method=GET request=https://shop.example.org/admin/config.php msg=Disallow Illegal URL. cn1=4412 cn2=774 cs1=pr_shop cs2=PPE0 cs3=Ua3eBlVQx9x5qz4fK cs4=ALERT cs5=2026 act=blocked`),
			we("2026-11-29T07:41:20Z", Info, "10.20.0.10", `Nov 29 07:41:20 <local0.info> 10.20.0.10 CEF:0|Citrix|NetScaler|NS13.1|APPFW|APPFW_XSS|6|src=10.20.4.17 spt=51877 method=POST request=https://shop.example.org/review msg=Cross-site script check failed for field text\="<script>" cn1=4413 cn2=775 cs1=pr_shop cs2=PPE1 cs3=Zk2mPq8xWw0aQ1b cs4=ALERT cs5=2026 act=not blocked`),
		},
	},
	{
		name:   "radware-defensepro-syslog",
		source: "Radware DefensePro security events over syslog (`<PRI>DefensePro: dd-MM-yyyy HH:mm:ss SEVERITY attack-id category \"attack name\" protocol src sport dst dport physical-port context \"policy\" status packets bandwidth … risk action`): Radware DefensePro User Guide 'Syslog reporting'; from memory of real lines (no page with a line was found by search). Radware's Alteon is an earlier table's; DefensePro is not",
		why:    "the product's label and a colon take the header's place; a day-month-year time; the severity word after it agrees with the PRI; risk words such as high are the attack's rating",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", `<132>DefensePro: 29-11-2026 07:41:16 WARNING 12 Intrusions "SIP-Scanner" UDP 203.0.113.45 5060 198.51.100.20 5060 1 Regular "srv-policy" occur 1 1 N/A 0 N/A low drop FFFFFFFF-FFFF-FFFF-0000-000000004411`),
			we("2026-11-29T07:41:18Z", Critical, "", `<130>DefensePro: 29-11-2026 07:41:18 CRITICAL 405 SynFlood "SYN Flood HTTP" TCP 0.0.0.0 0 198.51.100.20 80 1 Regular "srv-policy" start 41204 118 N/A 0 N/A high drop FFFFFFFF-FFFF-FFFF-0000-000000004412`),
			we("2026-11-29T07:41:52Z", Info, "", `<134>DefensePro: 29-11-2026 07:41:52 INFO 405 SynFlood "SYN Flood HTTP" TCP 0.0.0.0 0 198.51.100.20 80 1 Regular "srv-policy" terminate 1204411 118 N/A 0 N/A high drop FFFFFFFF-FFFF-FFFF-0000-000000004412`),
		},
	},
	{
		name:   "imperva-cloud-waf-siem-cef",
		gap:    "where the request's start= and end= epochs differ, the later end= is taken as the record's time instead of start=",
		source: "Imperva Cloud WAF (Incapsula) SIEM log files in CEF as downloaded from its log API (a `accountId:…|configId:…|checksum:…|format:CEF|startTime:…|endTime:…` header line, then `CEF:0|Incapsula|SIEMintegration|1|1|event|severity| fileId=… sourceServiceName=… start=epoch-ms … end=epoch-ms`): the fields as ExabeamLabs' imperva-incapsula parsers and splunk-connect-for-syslog's Imperva page name them; from memory of real lines. Imperva SecureSphere's CEF is an earlier table's",
		why:    "no syslog header: the request's start= epoch in milliseconds is its time (end= comes later); the CEF severity is the event's rating; the site and the client are peers",
		entries: []worldEntry{
			wskip("accountId:1204411|configId:7654321|checksum:4f2d9c1a0b7e66d3e2a1f0c9b8a7d6e5|format:CEF|startTime:1795938060000|endTime:1795938120000"),
			we("2026-11-29T07:41:16.123Z", Unknown, "", `CEF:0|Incapsula|SIEMintegration|1|1|Normal|0| fileId=42000411234567 sourceServiceName=shop.example.org siteid=7654321 suid=1204411 requestClientApplication=Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0 deviceFacility=fra cs2=true cs2Label=Javascript Support cs3=true cs3Label=CO Support src=203.0.113.45 caIP=203.0.113.45 ccode=DE cn1=200 in=5120 cs6=Chrome cs6Label=clapp ver=TLSv1.3 TLS_AES_128_GCM_SHA256 start=1795938076123 request=shop.example.org/cart requestMethod=GET qstr=p\=1 app=HTTPS act=REQ_PASSED deviceExternalId=33411452762204224 cpt=443 sip=198.51.100.40 spt=443 end=1795938076318`),
			we("2026-11-29T07:41:18.004Z", Unknown, "", `CEF:0|Incapsula|SIEMintegration|1|1|SQL Injection|3| fileId=42000411234567 sourceServiceName=shop.example.org siteid=7654321 suid=1204411 requestClientApplication=sqlmap/1.8 deviceFacility=fra src=198.51.100.66 caIP=198.51.100.66 ccode=NL cn1=403 in=880 start=1795938078004 request=shop.example.org/item.php requestMethod=GET qstr=id\=1%27%20or%201\=1 app=HTTPS act=REQ_BLOCKED deviceExternalId=33411452762204230 cpt=51240 sip=198.51.100.40 spt=443 end=1795938078011 filePermission=2 cs9=SQL Injection cs9Label=Rule name`),
			we("2026-11-29T07:41:20.5Z", Unknown, "", `CEF:0|Incapsula|SIEMintegration|1|1|Bad Bot|3| fileId=42000411234567 sourceServiceName=shop.example.org siteid=7654321 suid=1204411 requestClientApplication=curl/8.5.0 deviceFacility=ams src=203.0.113.90 caIP=203.0.113.90 ccode=US cn1=0 start=1795938080500 request=shop.example.org/ requestMethod=GET app=HTTPS act=REQ_BAD_CLIENT deviceExternalId=33411452762204244 cpt=51877 end=1795938080500`),
		},
	},
	{
		name:   "nginx-app-protect-syslog",
		source: "F5 NGINX App Protect WAF security log in its default format sent to syslog (`<PRI>Mmm dd HH:mm:ss host ASM:attack_type=\"…\",blocking_exception_reason=\"…\",date_time=\"yyyy-MM-dd HH:mm:ss\",…,request_status=\"blocked\",…,severity=\"Critical\",…`): NGINX App Protect docs 'Security Logs' (default format, syslog destination) as mirrored in zilishen/documentation; from memory of real lines. F5 BIG-IP ASM's key=value syslog is an earlier table's; NGINX App Protect is not",
		why:    "the comma-separated quoted pairs after the ASM: tag; severity= is the violation's rating and no level; date_time repeats the header's second",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "nap-edge-01", `<134>Nov 29 07:41:16 nap-edge-01 ASM:attack_type="SQL-Injection",blocking_exception_reason="N/A",date_time="2026-11-29 07:41:16",dest_port="443",ip_client="203.0.113.45",is_truncated="false",method="GET",policy_name="app_protect_default_policy",protocol="HTTPS",request_status="blocked",response_code="0",severity="Critical",sig_cves="",sig_ids="200002147",sig_names="SQL-INJ expressions like \"or 1=1\" (3)",src_port="51234",sub_violations="N/A",support_id="4411882200331144551",threat_campaign_names="N/A",unit_hostname="nap-edge-01",uri="/item",violation_rating="5",vs_name="14-shop.example.org:8-/",outcome="REJECTED",outcome_reason="SECURITY_WAF_VIOLATION",violations="Attack signature detected"`),
			we("2026-11-29T07:41:18Z", Info, "nap-edge-01", `<134>Nov 29 07:41:18 nap-edge-01 ASM:attack_type="N/A",blocking_exception_reason="N/A",date_time="2026-11-29 07:41:18",dest_port="443",ip_client="10.20.4.17",is_truncated="false",method="POST",policy_name="app_protect_default_policy",protocol="HTTPS",request_status="passed",response_code="200",severity="Informational",sig_cves="",sig_ids="",sig_names="",src_port="51877",sub_violations="N/A",support_id="4411882200331144560",threat_campaign_names="N/A",unit_hostname="nap-edge-01",uri="/cart",violation_rating="0",vs_name="14-shop.example.org:8-/",outcome="PASSED",outcome_reason="SECURITY_WAF_OK",violations=""`),
			we("2026-11-29T07:41:20Z", Info, "nap-edge-01", `<134>Nov 29 07:41:20 nap-edge-01 ASM:attack_type="Non-browser Client,Abuse of Functionality",blocking_exception_reason="N/A",date_time="2026-11-29 07:41:20",dest_port="443",ip_client="198.51.100.66",is_truncated="false",method="GET",policy_name="app_protect_default_policy",protocol="HTTPS",request_status="blocked",response_code="0",severity="Error",sig_cves="",sig_ids="",sig_names="",src_port="51240",sub_violations="N/A",support_id="4411882200331144577",threat_campaign_names="N/A",unit_hostname="nap-edge-01",uri="/login",violation_rating="4",vs_name="14-shop.example.org:8-/",outcome="REJECTED",outcome_reason="SECURITY_WAF_VIOLATION",violations="Bot Client Detected"`),
		},
	},
	{
		name:   "fortiddos-kv",
		source: "Fortinet FortiDDoS remote syslog (`<PRI>date=yyyy-MM-dd time=HH:mm:ss tz=\"UTC\" devid=\"FI…\" type=\"attack\" spp=… evecode=… evesubcode=… description=\"…\" dir=… sip=… dip=… dropcount=…`, the FortiOS-style key=value without a header): FortiDDoS Log Reference; from memory of real lines. FortiGate's key=value and CEF forms are earlier tables'; FortiDDoS is not",
		why:    "the PRI glued to date= and time= fields with a tz= of its own; the PRI is the level; sip and dip are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", `<133>date=2026-11-29 time=07:41:16 tz="UTC" devid="FI800B3926004411" type="attack" spp=0 evecode=2 evesubcode=61 description="SYN flood" dir=1 protocol=6 sip=0.0.0.0 dip=198.51.100.20 dport=443 dropcount=41204 subnetid=3 facility=Local0 direction="inbound" spp_name="SPP-Web"`),
			we("2026-11-29T07:41:18Z", Warn, "", `<132>date=2026-11-29 time=07:41:18 tz="UTC" devid="FI800B3926004411" type="attack" spp=0 evecode=2 evesubcode=89 description="Excessive Concurrent Connections Per Source flood" dir=1 protocol=6 sip=203.0.113.45 dip=198.51.100.20 dport=443 dropcount=1204 subnetid=3 facility=Local0 direction="inbound" spp_name="SPP-Web"`),
			we("2026-11-29T07:41:21Z", Info, "", `<134>date=2026-11-29 time=07:41:21 tz="UTC" devid="FI800B3926004411" type="event" subtype="admin" user="admin" ui="GUI(10.20.0.5)" action="login" status="success" msg="User admin logged in successfully from GUI(10.20.0.5)"`),
		},
	},
	{
		name:   "trend-micro-ddi-cef",
		source: "Trend Micro Deep Discovery Inspector syslog in CEF (`<PRI>Mmm dd HH:mm:ss ddi-host CEF:0|Trend Micro|Deep Discovery Inspector|version|id|name|severity|dvc= dvchost= deviceExternalId= devTime=Mmm dd yyyy HH:mm:ss GMT+00:00 …` for detections, rt= on system events): the fields as ExabeamLabs' cef-trendmicro and trendmicro-ddi parsers name them; from memory of real lines. No earlier table holds Deep Discovery",
		why:    "the PRI is the level and the CEF severity the detection's rating; devTime and rt repeat the time with a GMT offset; shost and dhost are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "ddi01", "<132>Nov 29 07:41:16 ddi01 CEF:0|Trend Micro|Deep Discovery Inspector|6.0.1208|20|Malware URL requested - Type 1|6|dvc=10.20.0.40 dvcmac=00:0c:29:41:22:07 dvchost=ddi01 deviceExternalId=6B593E17AFB7-40FBBB28-A4CE0462-A536C9C7 devTime=Nov 29 2026 07:41:16 GMT+00:00 ptype=IDS dhost=dl.example.net dst=203.0.113.66 dpt=80 shost=ws-anna src=10.20.4.17 spt=51234 app=HTTP deviceDirection=1 proto=TCP request=http://dl.example.net/setup.exe act=not blocked cs3Label=Threat Type cs3=Malware"),
			we("2026-11-29T07:41:18Z", Error, "ddi01", "<131>Nov 29 07:41:18 ddi01 CEF:0|Trend Micro|Deep Discovery Inspector|6.0.1208|100119|MALWARE_DETECTION|8|dvc=10.20.0.40 dvchost=ddi01 deviceExternalId=6B593E17AFB7-40FBBB28-A4CE0462-A536C9C7 devTime=Nov 29 2026 07:41:18 GMT+00:00 ptype=IDS dhost=ws-bert dst=10.20.4.33 shost=mail.example.net src=198.51.100.25 fname=invoice.docm fileHash=3C1F2E4D5A6B4C7D8E9F0A1B2C3D4E5F60718293 malName=TROJ_GEN.R002C0DKQ26 act=not blocked"),
			we("2026-11-29T07:41:20Z", Info, "ddi01", "<134>Nov 29 07:41:20 ddi01 CEF:0|Trend Micro|Deep Discovery Inspector|6.0.1208|300102|SYSTEM_EVENT|3|rt=Nov 29 2026 07:41:20 GMT+00:00 dvc=10.20.0.40 dvchost=ddi01 deviceExternalId=6B593E17AFB7-40FBBB28-A4CE0462-A536C9C7 msg=User logged on duser=admin src=10.20.0.5 outcome=success"),
		},
	},

	// NAC, proxies and mail gateways: their syslog, local files and exports.
	{
		name:   "forescout-counteract-syslog",
		source: "Forescout CounterACT (eyeSight/eyeControl) policy syslog as a collector stores it (`<PRI>Mmm dd HH:mm:ss appliance NAC[pid]: NAC Policy Log: Source: ip, Rule: Policy \"…\" , Match: …, Category: …, Details: …, Duration: n`): the fields as ExabeamLabs' counteract-network-alert parser names them; the rest from memory of real lines. No earlier table holds Forescout",
		why:    "the appliance's name is the host; Source: is the endpoint, a peer; the PRI is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "CT-EM01", `<134>Nov 29 07:41:16 CT-EM01 NAC[4411]: NAC Policy Log: Source: 10.20.4.17, Rule: Policy "Corporate Compliance" , Match: Compliant, Category: , Details: Host matches: Antivirus Installed and Running, Duration: 0`),
			we("2026-11-29T07:41:18Z", Notice, "CT-EM01", `<133>Nov 29 07:41:18 CT-EM01 NAC[4411]: NAC Policy Log: Source: 10.20.4.33, Rule: Policy "Corporate Compliance" , Match: Not Compliant, Category: Noncompliant, Details: Host does not match: Windows Updates Installed, Duration: 12`),
			we("2026-11-29T07:41:20Z", Warn, "CT-EM01", `<132>Nov 29 07:41:20 CT-EM01 NAC[4411]: NAC Policy Log: Source: 10.20.30.41, Rule: Policy "Guest Isolation" , Match: Unauthorized, Category: Guest, Details: Host was assigned to VLAN 999 by Assign to VLAN action, Duration: 3`),
		},
	},
	{
		name:   "cisco-ise-ade-log",
		source: "Cisco ISE's ADE-OS log /var/log/ade/ADE.log (`show logging system ade/ADE.log`: rsyslog's high-precision `yyyy-MM-ddTHH:mm:ss.ffffff±hh:mm host process[pid]: …`, ADEAUDIT records with type=, name=, username=): Cisco ISE Administrator Guide 'Troubleshooting: show logging'; from memory of real lines. ISE's remote syslog and ise-psc.log are earlier tables'",
		why:    "an RFC 3339 time with microseconds and offset before the node's name; ADEAUDIT is a record kind and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Unknown, "ise-pan01", "2026-11-29T07:41:16.204117+00:00 ise-pan01 ADEOSShell[4470]: ADEAUDIT 2059, type=USER, name=user login, username=admin, cause=SSH login, adminipaddress=10.20.0.5, interface=SSH, detail=User admin logged in"),
			we("2026-11-29T07:41:18.004411Z", Unknown, "ise-pan01", "2026-11-29T07:41:18.004411+00:00 ise-pan01 ADEOSJAVAAPI[4411]: ADEAUDIT 2030, type=CONFIG_CHANGE, name=ntp server configured, username=admin, cause=configuration changed, adminipaddress=10.20.0.5, interface=CLI, detail=ntp server 10.20.0.2"),
			we("2026-11-29T07:41:20.511002Z", Unknown, "ise-pan01", "2026-11-29T07:41:20.511002+00:00 ise-pan01 debugd[1844]: [4415]: config:network: main.c[252]: Setup is complete"),
		},
	},
	{
		name:   "cisco-ise-localstore-log",
		source: "Cisco ISE's local store of its own syslog messages (`show logging application localStore/iseLocalStore.log`: `yyyy-MM-dd HH:mm:ss.SSS ±hh:mm sequence code SEVERITY Category: text, attr=value, …`, without the CISE_ header the remote syslog adds): Cisco ISE Administrator Guide 'Local Log Settings' and 'Remote syslog collection locations'; from memory of real lines",
		why:    "the zone offset after a space; the severity word after the message code is the level (NOTICE, WARN, ERROR); the device and endpoint addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "", "2026-11-29 07:41:16.204 +00:00 0000004411 5200 NOTICE Passed-Authentication: Authentication succeeded, ConfigVersionId=142, Device IP Address=10.20.0.21, DestinationIPAddress=10.20.0.30, UserName=anna, NetworkDeviceName=sw-floor2, User-Name=anna, NAS-Port-Id=GigabitEthernet1/0/12, AuthenticationMethod=dot1x, SelectedAccessService=Default Network Access"),
			we("2026-11-29T07:41:18.511Z", Notice, "", "2026-11-29 07:41:18.511 +00:00 0000004412 5400 NOTICE Failed-Attempt: Authentication failed, ConfigVersionId=142, Device IP Address=10.20.0.21, UserName=bert, NetworkDeviceName=sw-floor2, FailureReason=24408 User authentication against Active Directory failed since user has entered the wrong password"),
			we("2026-11-29T07:41:20.004Z", Warn, "", "2026-11-29 08:41:20.004 +01:00 0000004413 60187 WARN System-Management: Node ise-psn02 is not reachable from primary administration node, ConfigVersionId=142"),
			we("2026-11-29T07:41:22.7Z", Error, "", "2026-11-29 07:41:22.700 +00:00 0000004414 11040 ERROR RADIUS: Radius request dropped due to duplicate packet, ConfigVersionId=142, Device IP Address=10.20.0.22, NetworkDeviceName=sw-floor3"),
		},
	},
	{
		name:   "bluecoat-proxysg-eventlog",
		source: "Symantec/Blue Coat ProxySG event log as fetched from the Management Console (/eventlog/fetch=…: `yyyy-MM-dd HH:mm:ss±hh:mmZONE \"message\"  0 id:level file.cpp:line`, the offset and the zone glued to the seconds): from memory of real lines. ProxySG's ELFF access log is an earlier table's; the event log is not",
		why:    "the offset and a zone abbreviation glued to the time; the quoted message; the hex event id with its number is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `2026-11-29 07:41:16+00:00UTC "Administrator login, user 'admin', from 10.20.0.5"  0 250017:1 ../auth_mgmt.cpp:412`),
			we("2026-11-29T07:41:18Z", Unknown, "", `2026-11-29 07:41:18+00:00UTC "Health Monitor: CPU utilization is now critical (92%)"  0 1F0004:96 ../health_monitor.cpp:288`),
			we("2026-11-29T07:41:20Z", Unknown, "", `2026-11-29 02:41:20-05:00EST "ICAP service 'av1' health check failed: connection refused"  0 420009:1 ../icap_health.cpp:1144`),
		},
	},
	{
		name:   "cisco-wsa-w3c-access",
		source: "Cisco Secure Web Appliance (WSA) W3C access log as retrieved by FTP/SCP (#Version, #Date, #Fields and #Software headers, then space-separated fields: epoch.ms timestamp, elapsed, client, result/status, bytes, method, URL, user, hierarchy, MIME type, ACL decision tag): Cisco AsyncOS for Cisco Web Security 'W3C Compliant Access Log File'; from memory of real lines. The WSA's access log pushed over syslog is an earlier table's",
		why:    "comment headers that are no records; an epoch with milliseconds as the first field; the client and the origin are peers",
		entries: []worldEntry{
			wskip("#Version: 1.0",
				"#Date: 2026/11/29 07:41:00",
				"#Fields: timestamp x-elapsed-time c-ip x-resultcode-httpstatus sc-bytes cs-method cs-url cs-username x-hierarchy-origin cs-mime-type x-acltag",
				"#Software: AsyncOS for Web 15.2.0-116"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", `1795938076.204 112 10.20.4.17 TCP_MISS/200 18234 GET https://www.example.org/ "CORP\anna@corp" DIRECT/www.example.org text/html DEFAULT_CASE_12-PolicyOne-Identity-NONE-NONE-NONE-DefaultGroup-NONE`),
			we("2026-11-29T07:41:18.011Z", Unknown, "", `1795938078.011 4 10.20.4.33 TCP_DENIED/403 0 GET http://dl.example.net/setup.exe "CORP\bert@corp" NONE/- - BLOCK_AMW_RESP_12-PolicyOne-Identity-NONE-NONE-NONE-DefaultGroup-NONE`),
			we("2026-11-29T07:41:20.5Z", Unknown, "", `1795938080.500 2 10.20.4.41 TCP_DENIED/407 1712 CONNECT tunnel://games.example.com:443/ - NONE/- - OTHER-NONE-NONE-NONE-NONE-NONE-NONE-NONE`),
		},
	},
	{
		name:   "forcepoint-web-cloud-siem-csv",
		source: "Forcepoint Web Security (cloud) SIEM export files, gzip'd CSV with every field quoted (`\"date\",\"time\",\"user\",\"workstation\",\"category\",\"action\",\"risk_class\",\"policy_name\",\"url\",\"connection_ip\",\"destination_ip\",\"source_ip\",…`, UTC, a header row): the default format in elastic/integrations' forcepoint_web README (Forcepoint Log Export SIEM tool); the values from memory. Forcepoint NGFW's CEF is an earlier table's",
		why:    "the date and the time in two quoted columns; the action column (Allowed, Blocked) is no level; the header row is no record",
		entries: []worldEntry{
			wskip(`"Date","Time","User","Workstation","Category","Action","Risk Class","Policy","URL","Connection IP","Destination IP","Source IP","Threat Type","Threat Name","Cloud App Name","Disposition Code","Bytes Sent","Bytes Received"`),
			we("2026-11-29T07:41:16Z", Unknown, "", `"2026-11-29","07:41:16","CORP/anna","ws-anna","News and Media","Allowed","Business Usage","Corp Default","https://www.example.org/","198.51.100.10","93.184.215.14","10.20.4.17","","","","1048","612","18234"`),
			we("2026-11-29T07:41:18Z", Unknown, "", `"2026-11-29","07:41:18","CORP/bert","ws-bert","Malicious Web Sites","Blocked","Security Risk","Corp Default","http://dl.example.net/setup.exe","198.51.100.10","203.0.113.66","10.20.4.33","Malware","Trojan.Generic","","1026","480","0"`),
			we("2026-11-29T07:41:20Z", Unknown, "", `"2026-11-29","07:41:20","CORP/carla","ws-carla","Games","Blocked","Productivity Loss","Corp Default","https://games.example.com/","198.51.100.10","198.51.100.77","10.20.4.41","","","","1028","455","0"`),
		},
	},
	{
		name:   "forcepoint-web-leef",
		source: "Forcepoint Web Security (on-premises, Content Gateway) SIEM integration in LEEF over syslog (`<PRI>Mmm dd HH:mm:ss host LEEF:1.0|Forcepoint|Security|version|transaction:permitted|tab-separated sev= cat= usrName= loginID= src= srcPort= srcBytes= dstBytes= dst= dstPort= proxyStatus-code= … url= logRecordSource=OnPrem`): the fields as ExabeamLabs' forcepoint-proxy parser names them; from memory of real lines",
		why:    "the PRI is the level and LEEF's sev= the transaction's rating; the transaction outcome sits in the event id; the attributes are tab-separated",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "wsg01", "<134>Nov 29 07:41:16 wsg01 LEEF:1.0|Forcepoint|Security|8.5.6|transaction:permitted|sev=1\tcat=News and Media\tusrName=LDAP://dc01 OU=Sales,DC=corp,DC=example/Anna Berg\tloginID=anna\tsrc=10.20.4.17\tsrcPort=51234\tsrcBytes=612\tdstBytes=18234\tdst=93.184.215.14\tdstPort=443\tproxyStatus-code=200\tserverStatus-code=200\tduration=112\tmethod=GET\tdisposition=1048\tcontentType=text/html\treason=-\tpolicy=Super Administrator**Default\trole=8\tuserAgent=Mozilla/5.0\turl=https://www.example.org/\tlogRecordSource=OnPrem"),
			we("2026-11-29T07:41:18Z", Info, "wsg01", "<134>Nov 29 07:41:18 wsg01 LEEF:1.0|Forcepoint|Security|8.5.6|transaction:blocked|sev=7\tcat=Malicious Web Sites\tusrName=LDAP://dc01 OU=Sales,DC=corp,DC=example/Bert Ek\tloginID=bert\tsrc=10.20.4.33\tsrcPort=51877\tsrcBytes=480\tdstBytes=0\tdst=203.0.113.66\tdstPort=80\tproxyStatus-code=403\tserverStatus-code=0\tduration=4\tmethod=GET\tdisposition=1026\tcontentType=-\treason=-\tpolicy=Super Administrator**Default\trole=8\tuserAgent=Mozilla/5.0\turl=http://dl.example.net/setup.exe\tlogRecordSource=OnPrem"),
		},
	},
	{
		name:   "cisco-esa-syslog-push",
		source: "Cisco Secure Email Gateway (IronPort ESA) mail_logs subscription pushed over syslog as a collector receives it (`<PRI>Mmm dd HH:mm:ss mail_logs: Level: text`, no host: the log subscription's name is the tag): Cisco AsyncOS for Email User Guide 'Log Subscriptions' (syslog push); from memory of real lines. The mail_logs text file fetched from the appliance is an earlier table's",
		why:    "a header without a host, then the subscription name and the ESA's own Info:/Warning: level; the PRI agrees",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "<22>Nov 29 07:41:16 mail_logs: Info: New SMTP ICID 8812 interface Data 1 (198.51.100.25) address 203.0.113.45 reverse dns host mail.example.net verified yes"),
			we("2026-11-29T07:41:16Z", Info, "", "<22>Nov 29 07:41:16 mail_logs: Info: MID 4411 ICID 8812 From: <anna@example.net>"),
			we("2026-11-29T07:41:17Z", Info, "", "<22>Nov 29 07:41:17 mail_logs: Info: MID 4411 ICID 8812 RID 0 To: <bob@example.org>"),
			we("2026-11-29T07:41:19Z", Warn, "", "<20>Nov 29 07:41:19 mail_logs: Warning: MID 4411 antivirus positive 'W97M/Downloader'"),
		},
	},
	{
		name:   "cisco-umbrella-proxy-csv",
		source: "Cisco Umbrella proxy (Secure Web Gateway) logs exported to S3 (CSV, every field quoted: `\"yyyy-MM-dd HH:mm:ss\",\"identities\",\"internal ip\",\"external ip\",\"destination ip\",\"content type\",\"verdict\",\"url\",\"referer\",\"user agent\",\"status code\",\"requested size\",\"response size\",\"response body size\",\"sha\",\"categories\",…`, UTC): Umbrella User Guide 'Proxy Log Formats and Versioning'; from memory of real lines. Umbrella's DNS log CSV is an earlier table's",
		why:    "a quoted UTC time as the first CSV field; ALLOWED and BLOCKED are verdicts and no level; the identity and the addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `"2026-11-29 07:41:16","Anna Berg (anna@example.org)","10.20.4.17","198.51.100.10","93.184.215.14","text/html","ALLOWED","https://www.example.org/","","Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0","200","612","18234","18001","","News/Media","","","","","","AD Users","","GET"`),
			we("2026-11-29T07:41:18Z", Unknown, "", `"2026-11-29 07:41:18","Bert Ek (bert@example.org)","10.20.4.33","198.51.100.10","203.0.113.66","application/x-msdownload","BLOCKED","http://dl.example.net/setup.exe","","Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edge/131.0","403","480","1204","0","3c1f2e4d5a6b4c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f","Malware","Trojan.GenericKD","","Malicious","Trojan.GenericKD","95","AD Users","Malware","GET"`),
		},
	},
	{
		name:   "cisco-umbrella-ips-csv",
		source: "Cisco Umbrella IPS logs exported to S3 (CSV, every field quoted: timestamp, identities, identity types, generator id, signature id, signature message, signature list id, severity, attack classification, CVEs, protocol, session id, source ip and port, destination ip and port, action, operation mode, policy resource id, direction, firewall rule id, IPS config type, AWS region; UTC): docs.umbrella.com 'IPS Log Formats', found by search",
		why:    "a quoted UTC time first; the signature's HIGH or MEDIUM severity is the rule's rating and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `"2026-11-29 07:41:16","HQ-Tunnel","Network Tunnels","1","58722","SERVER-WEBAPP Apache Log4j logging remote code execution attempt","1323","HIGH","Attempted User Privilege Gain","cve-2021-44228","TCP","4411882","203.0.113.45","51240","198.51.100.20","443","Would Block","IDS","3658","C2S","245","PROFILE","eu-central-1"`),
			we("2026-11-29T07:41:18Z", Unknown, "", `"2026-11-29 07:41:18","HQ-Tunnel","Network Tunnels","1","2027865","ET INFO Observed DNS Query to .onion proxy Domain","1323","MEDIUM","Potentially Bad Traffic","","UDP","4411890","10.20.4.33","53211","9.9.9.9","53","Blocked","IPS","3658","C2S","245","PROFILE","eu-central-1"`),
		},
	},
	{
		name:   "mimecast-siem-kv",
		source: "Mimecast SIEM logs as the v1 API's getSiemLogs files store them (one event per line, `datetime=yyyy-MM-ddTHH:mm:ss+hhmm|aCode=…|acc=…|key=value|…`, pipe-separated): the fields as ExabeamLabs' mimecast-seg-kv parsers name them (datetime=, aCode=, acc=, Dir=, Act=, Rcpt=, Subject=, MsgId=, IP=); from memory of real lines. No earlier table holds Mimecast",
		why:    "a datetime= key first with a +hhmm offset; acc= is the account code, not a host; Act=Rej is an action",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "datetime=2026-11-29T07:41:16+0000|aCode=fgXhRlIqNPWg2ALz4jpYpQ|acc=C0A0B1|SpamLimit=0|IP=203.0.113.45|Dir=Inbound|Subject=Quarterly report|MsgId=<4411.abc@mail.example.net>|headerFrom=anna@example.net|Sender=anna@example.net|Rcpt=bob@example.org|SpamInfo=[]|Act=Acc|TlsVer=TLSv1.3|Cphr=TLS_AES_256_GCM_SHA384|SpamProcessingDetail={\"spf\":{\"allow\":true}}|SpamScore=0"),
			we("2026-11-29T07:41:18Z", Unknown, "", "datetime=2026-11-29T07:41:18+0000|aCode=Xc2kq9WmQ0uB1TzJ7r5d8A|acc=C0A0B1|IP=198.51.100.66|Dir=Inbound|Sender=noreply@bulk.example.com|Rcpt=nobody@example.org|Act=Rej|RejType=Invalid Recipient Address|Error=Failed Known address verification|RejCode=550|RejInfo=Invalid Recipient"),
			we("2026-11-29T07:41:20Z", Unknown, "", "datetime=2026-11-29T08:41:20+0100|aCode=fgXhRlIqNPWg2ALz4jpYpQ|acc=C0A0B1|AttSize=48211|Act=Acc|AttCnt=1|AttNames=\"invoice.pdf\"|MsgSize=61204|MsgId=<4411.abc@mail.example.net>"),
		},
	},
}

func TestFresh48Formats(t *testing.T) { assertTable(t, fresh48Cases) }

func TestFresh48Score(t *testing.T) {
	checkScore(t, "fresh48 formats", fresh48Cases, [worldNumFields]float64{91.6, 91.2, 89.8, 95.1})
}
