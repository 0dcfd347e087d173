package parse

import "testing"

// The sixty-first fresh table, written on 2026-12-01: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the earlier fresh tables, compared by
// product and by file or mode and not only by name, so that its score is again an honest figure
// for logs trawl has never been tuned on. Its theme is network appliances and syslog test vectors,
// a third pass after fresh48 and fresh54 (appliances) and fresh3 and fresh57 (syslog edge cases):
// the second-tier vendors and the other modes of big ones that no earlier table holds, and the
// RFC 3164 and RFC 5424 shapes that syslog parsers' own test suites feed them. It has six parts.
// The first is firewalls, IPS, DDoS and TLS appliances (NETSCOUT Arbor Edge Defense in CEF and
// LEEF, Arbor Sightline's alert notifications, an A10 vThunder WAF in CEF with no header, Broadcom's
// SSL Visibility Appliance, Topsec's TOS in its WELF-like key=value, Trellix (McAfee) Network
// Security Platform's syslog forwarders, the Catalyst 6500 FWSM and Aviatrix's controller and
// gateways). The second is load balancers and wireless (the Cisco ACE module, the Avi Vantage
// controller's events in both header shapes and its service engines' application logs in RFC
// 5424, a Ruijie AP's uptime-stamped WLAN buffer). The third is switches, routers, time and
// console servers (ADTRAN AOS' event history, a Cisco CBS350 sending remote syslog, a Dell
// N-series in BSD mode, Spectracom SecureSync and an Opengear console server). The fourth is power,
// management cards and printers (Raritan PX3, ServerTech Sentry, a CyberPower RMCARD, Cisco CIMC,
// HP LaserJet Enterprise's security event logging and a Zebra printer's syslog file). The fifth is
// storage and backup (Dell PowerStore's audit, Dell Avamar's MCS events, Cohesity's cluster and
// API audits, a Buffalo TeraStation, Tintri VMstore, Cisco HyperFlex, a Pure FlashArray and Qumulo's
// audit log). The sixth is syslog parsers' test suites, each family the shapes one suite feeds its
// parser, written anew (influxdata/go-syslog's RFC 5424 and RFC 3164 machines, rsyslog's
// pmrfc3164 testbench, syslog-ng's msgparse unit test, syslog-loose, the Rust syslog_rfc5424 crate,
// the OpenTelemetry stanza syslogtest data, Beats' syslog processor and the Python
// syslog-rfc5424-parser): a NILVALUE-only message, a BOM, SD escapes, IPv6 and container-id
// hosts, fractions and offsets, octet counting, a bare PRI before the tag, hosts with a slash or an
// at sign. Where a product is already in an earlier table (Cisco Small Business switches, Dell
// N-series, Ruijie, the HP JetDirect print server), the family here is another mode, model or
// file of it that no earlier table holds, and source says so.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own (a NILVALUE, an uptime, a sender that writes
// none), the written clock read as UTC when the format writes no zone, a year-less date in the
// table's year, levels only where the source puts them (a PRI, a mnemonic's digit or letter, a
// bracketed or column level word, a pri= field; a CEF or LEEF severity, a fault severity or an
// alert's importance is no level, and where a product writes both a PRI and a level word the
// lines here keep them agreeing), "" host when the record names none (a client, a peer, a
// destination host, a device in a field is no host; the writer's own name in the header, or in
// the field the product names itself in, as fw= of a WELF line, is), and a multi-line record as
// one entry.
//
// The lines were written for this table in the layout each product really uses. Many layouts come
// from the sample events in splunk/splunk-connect-for-syslog's tests (A10 vThunder, SSL
// Visibility, NSP, FWSM, Aviatrix, ACE, Avi, Dell N-series, Spectracom, CIMC, PowerStore, Avamar,
// Cohesity, Buffalo, Tintri, HyperFlex, Qumulo), others from manuals and threads the search found
// (HP's security event logging white paper, Zebra's SGD syslog page, a ServerTech PDU manual, a
// Ruijie community thread, the NETSCOUT AED Splunk add-on, the Sentinel Pure Storage parser) and
// the parser suites from their test files and READMEs (go-syslog's machine_test.go, rsyslog's
// pmrfc3164 tests, syslog-ng's test_msgparse.c, syslog-loose's README, the stanza syslogtest data,
// Beats' syslog processor docs); the rest is from memory, and each source says which. Hosts, ids
// and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run; a family trawl still gets wrong carries
// a gap that says what it does not read, and it stays in the score. The table is a measurement,
// never to be tuned on: no parser rule is to be written from it, or it stops being one.
//
// Its first figure, scored once at commit 67a3de8 before any rule was written from it: level 99.0 %,
// time 98.4 %, host 89.3 %, records 100.0 % (macro), 34 of 42 families fully right.
//
// go test ./parse -run Fresh61 -v

var fresh61Cases = []worldCase{

	// Firewalls, IPS, DDoS and TLS appliances.
	{
		name:   "netscout-aed-cef-leef-syslog",
		source: "NETSCOUT Arbor Edge Defense (and Arbor APS) syslog notifications in CEF or LEEF (`<PRI>Mmm dd HH:mm:ss host CEF:0|NETSCOUT|Arbor Edge Defense|ver|Blocked Host|name|sev|ext` or `LEEF:2.0|…|^|key=value^…`), the Blocked Host alert type: nikt0/Splunk_TA_netscout_aed README (syslog format CEF or LEEF, the legacy format unsupported); the extension keys from memory. No earlier table holds an Arbor product",
		why:    "a CEF or LEEF payload after a BSD header; the PRI gives the level and the CEF severity is none; epoch-millisecond start and end fields are no record time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "aed-edge01", `<14>Nov 29 07:41:16 aed-edge01 CEF:0|NETSCOUT|Arbor Edge Defense|6.11.0.0|Blocked Host|Blocked Host|5|act=Blocked src=203.0.113.77 dst=198.51.100.10 dpt=443 proto=TCP cs1Label=Protection Group cs1=Web Servers cs2Label=Blocking Reason cs2=Botnet Prevention cnt=412 start=1795938060000 end=1795938076000`),
			we("2026-11-29T07:41:19Z", Warn, "aed-edge01", `<12>Nov 29 07:41:19 aed-edge01 CEF:0|NETSCOUT|Arbor Edge Defense|6.11.0.0|Blocked Host|Blocked Host|8|act=Blocked src=192.0.2.55 dst=198.51.100.12 dpt=53 proto=UDP cs1Label=Protection Group cs1=DNS Resolvers cs2Label=Blocking Reason cs2=DNS Authentication cnt=9820 start=1795938064000 end=1795938079000`),
			we("2026-11-29T07:41:22Z", Info, "aed-edge01", "<14>Nov 29 07:41:22 aed-edge01 LEEF:2.0|NETSCOUT|Arbor Edge Defense|6.11.0.0|Blocked Host|^|cat=Blocked Host^src=198.51.100.201^dst=198.51.100.14^dstPort=22^proto=TCP^sev=2^reason=Outbound Threat Filter^count=37"),
		},
	},
	{
		name:   "netscout-sightline-alert-syslog",
		source: "NETSCOUT Arbor Sightline (formerly Peakflow SP) alert notifications to a syslog destination (`<PRI>Mmm dd HH:mm:ss leader pfsp: <alert type> alert #id … start yyyy-MM-dd HH:mm:ss UTC, … importance n, …`): from memory of real lines; the wording of the alert text is approximate",
		why:    "the PRI gives the level; the alert's start time and its importance inside the text are no record time and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "sp-leader01", "<11>Nov 29 07:41:16 sp-leader01 pfsp: DoS Host Detection alert #88412 started at 2026-11-29 07:40:58 UTC, host 198.51.100.24, signatures (TCP SYN, Total Traffic), impact 1.42 Gbps/2.11 Mpps, importance 2 (High), managed objects (\"Customer-A\")"),
			we("2026-11-29T07:41:40Z", Warn, "sp-leader01", "<12>Nov 29 07:41:40 sp-leader01 pfsp: DoS Profiled Router alert #88413 started at 2026-11-29 07:41:31 UTC, router edge-rtr-2 interface xe-0/0/3, direction incoming, impact 812.4 Mbps, importance 1 (Medium)"),
			we("2026-11-29T07:44:02Z", Notice, "sp-leader01", "<13>Nov 29 07:44:02 sp-leader01 pfsp: DoS Host Detection alert #88412 is now done, duration 3 minutes, max impact 1.58 Gbps/2.40 Mpps, importance 2 (High)"),
		},
	},
	{
		name:   "a10-vthunder-waf-cef",
		source: "A10 vThunder (ACOS) WAF events in CEF sent with only a PRI before the payload (`<PRI> CEF:0|A10|vThunder|ver|WAF|name|sev|rt=Mmm dd yyyy HH:mm:ss src=… dhost=… msg=…`): splunk/splunk-connect-for-syslog tests/test_a10.py. A10's `show log` buffer is an earlier table's; this is its WAF CEF mode",
		why:    "no syslog header at all: a PRI, a blank and the CEF header; the event time is the rt= field with the year; dhost is the protected site, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `<6> CEF:0|A10|vThunder|5.2.1-P9|WAF|session-id|2|rt=Nov 29 2026 07:41:16 src=203.0.113.18 spt=51522 dst=10.40.1.20 dpt=80 dhost=shop.example.net cs1=waf_shop cs2=1 act=learn cs3=learn app=HTTP requestMethod=GET cn1=0 request=/cart/ msg=New session created: Id\=7731`),
			we("2026-11-29T07:41:18Z", Warn, "", `<4> CEF:0|A10|vThunder|5.2.1-P9|WAF|sqlia-check|5|rt=Nov 29 2026 07:41:18 src=198.51.100.61 spt=40112 dst=10.40.1.20 dpt=80 dhost=shop.example.net cs1=waf_shop cs2=1 act=deny cs3=active app=HTTP requestMethod=GET cn1=403 request=/search?q\=1%27%20OR%201\=1 msg=SQL injection attack detected`),
			we("2026-11-29T07:41:21Z", Notice, "", `<5> CEF:0|A10|vThunder|5.2.1-P9|WAF|bot-check|3|rt=Nov 29 2026 07:41:21 src=192.0.2.90 spt=33810 dst=10.40.1.20 dpt=443 dhost=shop.example.net cs1=waf_shop cs2=1 act=allow cs3=active app=HTTPS requestMethod=GET cn1=200 request=/robots.txt msg=Bad bot user-agent matched`),
		},
	},
	{
		name:   "broadcom-sslva-ssldata",
		source: "Broadcom (Blue Coat) SSL Visibility Appliance session log over syslog (`<PRI>Mmm dd HH:mm:ss host ssldata[pid]: [A:code] epoch client:port -> server:port TLSver cipher sni rule:n action Status(0xn)`): splunk/splunk-connect-for-syslog tests/test_broadcom_sslva.py",
		why:    "a BSD line whose message starts with a bracketed code and an epoch of the session (the same second); the PRI gives the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "sslva-dc1", "<166>Nov 29 07:41:16 sslva-dc1 ssldata[3934]: [A:81000064] 1795938076 10.20.4.15:49307 -> 198.51.100.80:443 TLS1.2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 www.example.org rule:6 resign Success(0x0)"),
			we("2026-11-29T07:41:17Z", Info, "sslva-dc1", "<166>Nov 29 07:41:17 sslva-dc1 ssldata[3934]: [A:81000064] 1795938077 10.20.4.22:51820 -> 203.0.113.30:443 TLS1.3 TLS_AES_128_GCM_SHA256 bank.example.com rule:2 cut Success(0x0)"),
			we("2026-11-29T07:41:19Z", Warn, "sslva-dc1", "<164>Nov 29 07:41:19 sslva-dc1 ssldata[3934]: [A:8100006a] 1795938079 10.20.4.31:40220 -> 192.0.2.44:8443 TLS1.0 TLS_RSA_WITH_AES_128_CBC_SHA legacy.example.net rule:9 reject Failed(0x2c)"),
		},
	},
	{
		name:   "topsec-tos-welf",
		source: "Topsec TOS firewalls (NGFW4000 series) syslog in their WELF-like key=value (`id=tos time=\"yyyy-MM-dd HH:mm:ss\" fw=name pri=n type=… recorder=… msg=…`), sent with a PRI and no header: from memory of real lines. Stormshield's and the SRX's WELF lines are earlier tables'",
		why:    "key=value with the time quoted in time=, the firewall's own name in fw= (the record's host) and the severity in pri=",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "NGFW4000-HQ", `<134>id=tos time="2026-11-29 07:41:16" fw=NGFW4000-HQ pri=6 type=mgmt_cmd user=superman src=10.8.0.5 op="network interface feth1 shutdown" result=0 recorder=config msg="null"`),
			we("2026-11-29T07:41:18Z", Notice, "NGFW4000-HQ", `<133>id=tos time="2026-11-29 07:41:18" fw=NGFW4000-HQ pri=5 type=pf recorder=FW-NAT src=10.20.0.31 dst=198.51.100.4 sport=51515 dport=443 proto=tcp rule=accept msg="null"`),
			we("2026-11-29T07:41:21Z", Error, "NGFW4000-HQ", `<131>id=tos time="2026-11-29 07:41:21" fw=NGFW4000-HQ pri=3 type=system recorder=ha msg="HA peer heartbeat lost on feth5"`),
		},
	},
	{
		name:   "trellix-nsp-syslog-forwarders",
		source: "Trellix (McAfee) Network Security Platform Manager's syslog forwarders (`<PRI> Mmm dd HH:mm:ss host SyslogAlertForwarder|SyslogAuditLogForwarder|SyslogACLLogForwarder|SyslogFaultForwarder: key=\"value\" …`, a blank after the PRI): splunk/splunk-connect-for-syslog tests/test_mcafee_nsp.py. Trellix NX and Skyhigh's web gateway are earlier tables'; NSP is not",
		why:    "a blank between the PRI and the BSD date; the forwarder's name as the tag; quoted key=value with attack_time, audit_time and fault_time in UTC, the alert's attack time a second version of its time; severity= is a field, not the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "nsp-mgr01", `<38> Nov 29 07:41:16 nsp-mgr01 SyslogAuditLogForwarder: audit_action="User Login" audit_result="succeeded" audit_time="2026-11-29 07:41:16 UTC" user="netsec" category="User Activity" audit_domain="Corp" detail_comment="N/A" detail_delta="N/A"`),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:12Z", Warn, "nsp-mgr01", `<36> Nov 29 07:41:19 nsp-mgr01 SyslogAlertForwarder: domain="Corp" alertid="6845473495895751102" alert_type="Signature" app_protocol="HTTP" confidence="High" attack_count="1" attackid="0x40289d00" attack_name="HTTP: Apache Struts OGNL Injection" severity="High" alert_signature="N/A" attack_time="2026-11-29 07:41:12 UTC" category="Exploit" dest_ip="10.40.1.20" dest_port="8080" device_name="nsp-ips-01" direction="Inbound" src_ip="203.0.113.66" src_port="40110" result="Blocked"`),
			we("2026-11-29T07:41:22Z", Info, "nsp-mgr01", `<38> Nov 29 07:41:22 nsp-mgr01 SyslogACLLogForwarder: acl_action="DROP" description="" policy="Edge Firewall Policy" rule_id="4" admin_domain="Corp" direction="Inbound" dest_ip="10.40.1.21" dest_port="3389" interface="1A-1B" acl_protocol="tcp" sensor_name="nsp-ips-01" src_ip="192.0.2.71" src_port="51022"`),
			we("2026-11-29T07:41:25Z", Error, "nsp-mgr01", `<35> Nov 29 07:41:25 nsp-mgr01 SyslogFaultForwarder: Fault : dvc="Manager" description="The Manager is unable to connect to the Update Server." admin_domain="Corp:" fault_component="UpdateServer" fault_name="Update Server Connectivity Error" fault_source="Generated by Manager" fault_time="2026-11-29 07:41:25 UTC" fault_type="raised" severity="Critical"`),
		},
	},
	{
		name:   "cisco-fwsm-syslog",
		source: "Cisco Catalyst 6500 Firewall Services Module syslog with `logging timestamp` and the device name (`<PRI> Mmm dd yyyy HH:mm:ss host : %FWSM-sev-id: msg`, a blank before the colon): splunk/splunk-connect-for-syslog tests/test_cisco_fwsm.py. The ASA's and PIX-era FTD lines are earlier tables'; the FWSM is not",
		why:    "a blank after the PRI, a year in the device's own timestamp, the host followed by a lone colon, and the mnemonic's digit as the severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "fwsm-dc1", "<166> Nov 29 2026 07:41:16 fwsm-dc1 : %FWSM-6-106100: access-list outside-in permitted tcp outside/203.0.113.9(51234) -> inside/10.1.2.3(443) hit-cnt 1 (first hit) [0xe0ba389d, 0x0]"),
			we("2026-11-29T07:41:18Z", Warn, "fwsm-dc1", "<164> Nov 29 2026 07:41:18 fwsm-dc1 : %FWSM-4-106023: Deny tcp src outside:198.51.100.7/40112 dst inside:10.1.2.9/3389 by access-group \"outside-in\" [0x0, 0x0]"),
			we("2026-11-29T07:41:20Z", Error, "fwsm-dc1", "<163> Nov 29 2026 07:41:20 fwsm-dc1 : %FWSM-3-710003: TCP access denied by ACL from 192.0.2.4/51000 to outside:10.1.0.1/22"),
			we("2026-11-29T07:41:23Z", Alert, "fwsm-dc1", "<161> Nov 29 2026 07:41:23 fwsm-dc1 : %FWSM-1-105005: (Primary) Lost Failover communications with mate on interface failover"),
		},
	},
	{
		name:   "aviatrix-controller-gateway-syslog",
		source: "Aviatrix controller and gateways' remote syslog (`<PRI> yyyy-MM-ddTHH:mm:ss.ffffff+00:00 host tag: AviatrixKeyword: …`, a blank after the PRI; cloudxd, kernel, avx-gw-state-sync, avx-nfq and perfmon.py tags): splunk/splunk-connect-for-syslog tests/test_aviatrix.py and AviatrixSystems/Docs HowTos/AviatrixLogging.rst",
		why:    "a blank after the PRI before an ISO time with microseconds; a kernel line's uptime and a second clock inside the message; the FQDN filter's [CRIT] agrees with its PRI",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204311Z", Notice, "avx-controller", "<13> 2026-11-29T07:41:16.204311+00:00 avx-controller cloudxd: AviatrixTunnelStatusChange: src_gw=transit-euw1(AWS eu-west-1) dst_gw=198.51.100.40(NA NA) old_state=Up new_state=Down"),
			we("2026-11-29T07:41:17.880122Z", Notice, "spoke-app1", "<13> 2026-11-29T07:41:17.880122+00:00 spoke-app1 kernel: [88412.113208] AvxRl gw1 D:IN=eth0 OUT=eth0 MAC=02:bd:e5:4f:d0:e2:02:d8:14:81:fc:48:08:00 SRC=10.60.1.7 DST=10.70.2.9 LEN=60 TOS=0x00 PREC=0x00 TTL=63 ID=45312 DF PROTO=TCP SPT=44102 DPT=5432 WINDOW=64240 RES=0x00 SYN URGP=0"),
			we("2026-11-29T07:41:19.002431Z|2026-11-29T07:41:19Z", Notice, "spoke-app1", "<13> 2026-11-29T07:41:19.002431+00:00 spoke-app1 /usr/local/bin/avx-gw-state-sync[1168]: 2026/11/29 07:41:19 AviatrixGwMicrosegPacket: POLICY=54ea65c4-313e-4b3d-8db3-1ecc4f0981db SRC_MAC=16:06:11:d7:a1:11 DST_MAC=16:54:ec:50:09:17 IP_SZ=84 SRC_IP=10.60.1.7 DST_IP=10.70.2.9 PROTO=ICMP SRC_PORT=0 DST_PORT=0 DATA=0x ACT=DENY ENFORCED=true"),
			we("2026-11-29T07:41:21.315006Z", Critical, "spoke-egress1", "<10> 2026-11-29T07:41:21.315006+00:00 spoke-egress1 avx-nfq: AviatrixFQDNRule2[CRIT]nfq_ssl_handle_client_hello() L#281  Gateway=spoke-egress1 S_IP=10.60.1.12 D_IP=203.0.113.140 hostname=updates.example.com state=NO_MATCH  drop_reason=NOT_WHITELISTED"),
			we("2026-11-29T07:41:24.371791Z", Notice, "spoke-app1", "<13> 2026-11-29T07:41:24.371791+00:00 spoke-app1 perfmon.py: AviatrixGwSysStats: timestamp=2026-11-29T07:41:24.371791 name=spoke-app1 cpu_idle=71 memory_free=414640 memory_available=1222000 memory_total=1871644 disk_total=16197524 disk_free=10982084"),
		},
	},

	// Load balancers and wireless.
	{
		name:   "cisco-ace-syslog",
		source: "Cisco ACE (Application Control Engine) module and appliance syslog with `logging timestamp` and the device address (`<PRI> Mmm dd yyyy HH:mm:ss ip: %ACE-sev-id: msg`): splunk/splunk-connect-for-syslog tests/test_cisco_ace.py; the message ids from memory of the ACE system message guide. No earlier table holds the ACE",
		why:    "a blank after the PRI, a year in the device's timestamp, an IP address glued to a colon as the host, and the mnemonic's digit as the severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "10.30.0.2", "<163> Nov 29 2026 07:41:16 10.30.0.2: %ACE-3-251010: Health probe failed for server 10.30.1.21 on port 8080, server reply timeout"),
			we("2026-11-29T07:41:17Z", Info, "10.30.0.2", "<166> Nov 29 2026 07:41:17 10.30.0.2: %ACE-6-302022: Built TCP connection 0x2a41 for vlan120:203.0.113.9/51515 (203.0.113.9/51515) to vlan200:10.30.1.22/8080 (10.30.0.50/443)"),
			we("2026-11-29T07:41:20Z", Notice, "10.30.0.2", "<165> Nov 29 2026 07:41:20 10.30.0.2: %ACE-5-111008: User 'admin' executed the 'no inservice' command."),
			we("2026-11-29T07:41:22Z", Warn, "10.30.0.2", "<164> Nov 29 2026 07:41:22 10.30.0.2: %ACE-4-442001: Health probe PROBE_HTTP detected rserver web3 (interface vlan200) in serverfarm SF_WEB changed state to DOWN"),
		},
	},
	{
		name:   "avi-controller-events-syslog",
		source: "Avi Vantage (NSX Advanced Load Balancer) controller's system and config events to a syslog alert action (`<PRI>yyyy-MM-dd HH:mm:ss,SSS host Avi-Controller - - - LEVEL [object: reason: …] At yyyy-MM-dd HH:mm:ss+00:00 event … ` or a JSON body): splunk/splunk-connect-for-syslog tests/test_avi_vantage.py; avinetworks.com/docs 'syslog formats'. No earlier table holds Avi",
		why:    "a PRI glued to a date with a comma and milliseconds, then the host, an 'Avi-Controller - - -' run and a level column; the event's own time inside the text is a second version of it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z|2026-11-29T07:41:15Z", Info, "avi-ctrl01", `<46>2026-11-29 07:41:16,204 avi-ctrl01 Avi-Controller - - - INFO [vs-shop: reason: Syslog for System Events occured] At 2026-11-29 07:41:15+00:00 event VS_UP occurred on object vs-shop in tenant admin as Virtual Service vs-shop is up`),
			we("2026-11-29T07:41:19.877Z|2026-11-29T07:41:19Z", Info, "avi-ctrl01", `<46>2026-11-29 07:41:19,877 avi-ctrl01 Avi-Controller - - - INFO [netops: reason: Syslog for Config Events occured] {"level": "ALERT_LOW", "timestamp": "2026-11-29 07:41:19", "obj_name": "netops", "tenant_uuid": "admin", "summary": "Syslog for Config Events occured", "reason": "threshold_exceeded", "events": [{"obj_type": "USER", "event_id": "USER_LOGIN", "module": "CONFIG", "report_timestamp": "2026-11-29 07:41:19"}]}`),
			we("2026-11-29T07:41:24.530Z|2026-11-29T07:41:23Z", Warn, "avi-ctrl01", `<44>2026-11-29 07:41:24,530 avi-ctrl01 Avi-Controller - - - WARNING [pool-web: reason: Syslog for System Events occured] At 2026-11-29 07:41:23+00:00 event POOL_DOWN occurred on object pool-web in tenant admin as Pool pool-web is down`),
		},
	},
	{
		name:   "avi-controller-events-bracketed",
		source: "Avi Vantage controller events to a syslog server with the older bracketed header and no host (`<PRI>[yyyy-MM-dd HH:mm:ss,SSS: Avi-Controller: LEVEL: ] [object: reason: …] At … event …`): splunk/splunk-connect-for-syslog tests/test_avi_vantage.py (test_avi_event_no_host)",
		why:    "the date, the sender and the level inside one bracket straight after the PRI; no host anywhere",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z|2026-11-29T07:41:15Z", Info, "", `<46>[2026-11-29 07:41:16,204: Avi-Controller: INFO: ] [vs-shop: reason: Syslog for System Events occured] At 2026-11-29 07:41:15+00:00 event VS_UP occurred on object vs-shop in tenant admin as Virtual Service vs-shop is up`),
			we("2026-11-29T07:41:24.530Z|2026-11-29T07:41:23Z", Warn, "", `<44>[2026-11-29 07:41:24,530: Avi-Controller: WARNING: ] [pool-web: reason: Syslog for System Events occured] At 2026-11-29 07:41:23+00:00 event POOL_DOWN occurred on object pool-web in tenant admin as Pool pool-web is down`),
			we("2026-11-29T07:41:31.002Z|2026-11-29T07:41:30Z", Info, "", `<46>[2026-11-29 07:41:31,002: Avi-Controller: INFO: ] [netops: reason: Syslog for Config Events occured] At 2026-11-29 07:41:30+00:00 event USER_AUTHORIZED_BY_RULE occurred on object netops in tenant admin as User netops was authorized by mapping rule user is member of groups "[\"lb-admins\"]"`),
		},
	},
	{
		name:   "avi-se-application-log-rfc5424",
		source: "Avi Vantage service engines' application (and DNS) logs streamed as RFC 5424 (`<PRI>1 time host vs-name 0 log-id - \"key\":value,…`, the JSON body without its braces): splunk/splunk-connect-for-syslog tests/test_avi_vantage.py (test_avi_event_rfc5424)",
		why:    "RFC 5424 whose APP-NAME is the virtual service and MSGID the log id, no SD, and a brace-less JSON run as the message; the PRI gives the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.550629Z", Info, "avi-ctrl01", `<134>1 2026-11-29T07:41:16.550629Z avi-ctrl01 vs-dns 0 711603 - "adf":1,"virtualservice":"virtualservice-70fda850-75a8-4f0d-b973-5d2460a7b53d","vs_ip":"198.51.100.53","client_ip":"203.0.113.74","client_src_port":20032,"client_dest_port":53,"start_timestamp":"2026-11-29T07:41:16.550629Z","report_timestamp":"2026-11-29T07:41:16.550629Z","significant_log":["ADF_CLIENT_DNS_FAILED_GS_DOWN"],"dns_fqdn":"app.gslb.example.net","dns_qtype":"DNS_RECORD_A","protocol":"PROTOCOL_UDP","vs_name":"vs-dns"`),
			we("2026-11-29T07:41:18.104002Z", Info, "avi-ctrl01", `<134>1 2026-11-29T07:41:18.104002Z avi-ctrl01 vs-shop 0 711604 - "adf":0,"virtualservice":"virtualservice-1eda07e5-33f2-457f-92ec-a6b3d95992e1","vs_ip":"198.51.100.80","client_ip":"203.0.113.9","client_src_port":51515,"client_dest_port":443,"start_timestamp":"2026-11-29T07:41:18.061002Z","report_timestamp":"2026-11-29T07:41:18.104002Z","method":"GET","uri_path":"/api/cart","response_code":502,"server_ip":"10.30.1.22","total_time":43,"vs_name":"vs-shop"`),
		},
	},
	{
		name:   "ruijie-ap-wlan-uptime-log",
		source: "a Ruijie (RG-AP) access point's log buffer with uptime stamps (`dd:hh:mm:ss: %MODULE-sev-MNEMONIC: msg`, e.g. %WLAN-6-80211N and %WLAN-6-OUTPUT STA join lines): the Ruijie community thread 'Wireless Common STA Syslog'. Ruijie RGOS switches' BSD and RFC 5424 syslog are earlier tables'; the AP's uptime-stamped buffer is not",
		why:    "an uptime in days:hours:minutes:seconds is no time; the mnemonic's digit is the level; no host",
		gap:    "a mnemonic that starts with digits (%WLAN-6-80211N) yields no level; %WLAN-6-OUTPUT and the others do",
		entries: []worldEntry{
			we("", Info, "", "00:01:10:49: %WLAN-6-80211N: BSSID(0a1b.b120.6fa1) receives auth frame from STA(3c22.fb41.2077): RSSI(48)."),
			we("", Info, "", "00:01:10:49: %WLAN-6-OUTPUT: STA(3c22.fb41.2077) actives in BSSID(0a1b.b120.6fa1): Assoc succeed."),
			we("", Info, "", "00:01:11:02: %WLAN-6-80211N: STA(3c22.fb41.2077) leaves BSSID(0a1b.b120.6fa1): STA disassoc, reason code(3)."),
			we("", Error, "", "00:01:12:30: %LINK-3-UPDOWN: Interface GigabitEthernet 0/1, changed state to down."),
			we("", Notice, "", "00:01:12:30: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet 0/1, changed state to down."),
		},
	},

	// Switches, routers, time and console servers.
	{
		name:   "adtran-aos-event-history",
		source: "ADTRAN AOS (NetVanta routers and switches) `show event-history` (`yyyy.MM.dd HH:mm:ss SUBSYSTEM.subtype message`): from memory of real lines. No earlier table holds ADTRAN",
		why:    "a date with dots between year, month and day; the subsystem word before the message is no level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026.11.29 07:41:16 INTERFACE_STATUS.eth 0/1 changed state to up"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026.11.29 07:41:19 PPP.NEGOTIATION ppp 1: LCP up"),
			we("2026-11-29T07:41:22Z", Unknown, "", "2026.11.29 07:41:22 OSPF.ADJACENCY Neighbor 10.250.0.2 on ppp 1 changed state to FULL"),
			we("2026-11-29T07:41:40Z", Unknown, "", "2026.11.29 07:41:40 SIP.STACK REGISTER for 5551001@voice.example.net failed: 403 Forbidden"),
		},
	},
	{
		name:   "cisco-cbs350-remote-syslog",
		source: "Cisco Business 350 (and Small Business 350) switches sending remote syslog (`<PRI>Mmm dd HH:mm:ss host %FACILITY-L-MNEMONIC: msg`, L a severity letter: F A C E W N I D, two blanks after the colon on link lines): from memory of real lines. The Small Business `show logging` buffer is an earlier table's; the remote syslog mode is not",
		why:    "the PRI and the mnemonic's letter agree; a W, an I, an N and an E letter",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "cbs350-core", "<188>Nov 29 07:41:16 cbs350-core %LINK-W-Down:  gi1/0/5"),
			we("2026-11-29T07:41:19Z", Info, "cbs350-core", "<190>Nov 29 07:41:19 cbs350-core %LINK-I-Up:  gi1/0/5"),
			we("2026-11-29T07:41:21Z", Info, "cbs350-core", "<190>Nov 29 07:41:21 cbs350-core %STP-I-PORTSTATUS: gi1/0/5: STP status Forwarding"),
			we("2026-11-29T07:41:30Z", Notice, "cbs350-core", "<189>Nov 29 07:41:30 cbs350-core %AAA-N-CONNECT: User CLI session for user netops over ssh , source 10.8.0.5 destination  10.8.0.2 ACCEPTED"),
			we("2026-11-29T07:41:44Z", Error, "cbs350-core", "<187>Nov 29 07:41:44 cbs350-core %POE-E-PDOVERLOAD: Port gi1/0/12 power overload, PoE power was turned off"),
		},
	},
	{
		name:   "dell-n-series-bsd-syslog",
		source: "Dell EMC PowerSwitch N-series (FASTPATH-based) remote syslog in its BSD mode (`<PRI> Mmm dd HH:mm:ss ip-unit COMPONENT[task]: file.c(line) seq %% LEVEL msg`, a blank after the PRI): splunk/splunk-connect-for-syslog tests/test_dell_emc_networking.py. The N-series in RFC 5424 is an earlier table's; its BSD mode is not",
		why:    "a blank after the PRI; the switch's address with its stack unit appended as the host; a level word (NOTE, INFO, WARN, ERROR) after the %% that agrees with the PRI",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "10.40.0.2", "<189> Nov 29 07:41:16 10.40.0.2-1 CMDLOGGER[emWeb]: cmd_logger_api.c(83) 41233 %% NOTE CLI:10.40.9.5:netops:User  logged in"),
			we("2026-11-29T07:41:18Z", Info, "10.40.0.2", "<190> Nov 29 07:41:18 10.40.0.2-1 UNITMGR[emWeb]: unitmgr.c(6905) 41234 %% INFO Configuration propagation successful for config type 0"),
			we("2026-11-29T07:41:21Z", Notice, "10.40.0.2", "<189> Nov 29 07:41:21 10.40.0.2-1 TRAPMGR[trapTask]: traputil.c(721) 41235 %% NOTE 'startup-config' has changed."),
			we("2026-11-29T07:41:25Z", Warn, "10.40.0.2", "<188> Nov 29 07:41:25 10.40.0.2-1 TRAPMGR[trapTask]: traputil.c(721) 41236 %% WARN Link Down: Te1/0/12"),
		},
	},
	{
		name:   "spectracom-securesync-syslog",
		source: "Spectracom (Orolia) SecureSync time server's syslog as it arrives, with no time and often no host (`<PRI>HOSTNAME: [subsystem] msg`, and the Linux daemons' `<PRI>tag[pid]: msg`): splunk/splunk-connect-for-syslog tests/test_spectracom_ntp.py. No earlier table holds Spectracom",
		why:    "no timestamp at all; the device's name glued to a colon straight after the PRI is the host; the PAM and apache lines carry neither host nor time",
		gap:    "a device name glued to a colon straight after the PRI with no time (`<190>SSYNC-DC1: [system] …`) is not read as the host",
		entries: []worldEntry{
			we("", Info, "SSYNC-DC1", "<190>SSYNC-DC1: [system] Log daemon has been restarted (LOGD)"),
			we("", Error, "", "<35>PAM-tacplus[12023]: auth failed: 2"),
			we("", Info, "", `<86>apache2: pam_succeed_if(httpd:auth): requirement "user ingroup root" not met by user "jdoe"`),
			we("", Warn, "SSYNC-DC1", "<188>SSYNC-DC1: [gps] GNSS receiver lost lock, entering holdover"),
		},
	},
	{
		name:   "opengear-console-server-syslog",
		source: "an Opengear console server (OM/IM series, Linux-based) sending remote syslog (`<PRI>Mmm dd HH:mm:ss host tag[pid]: msg`, portmanager's serial-port lines and sshd): from memory of real lines; the portmanager wording is approximate. No earlier table holds Opengear",
		why:    "BSD lines from a console server; the PRI gives the level; the serial port's label is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "om2248-dc1", "<86>Nov 29 07:41:16 om2248-dc1 sshd[4121]: Accepted publickey for netops from 10.8.0.5 port 50122 ssh2: ED25519 SHA256:qk3Zl0a1VQ"),
			we("2026-11-29T07:41:17Z", Notice, "om2248-dc1", "<29>Nov 29 07:41:17 om2248-dc1 portmanager[811]: Port 12 (core-sw-1): user netops connected via SSH"),
			we("2026-11-29T07:41:45Z", Warn, "om2248-dc1", "<28>Nov 29 07:41:45 om2248-dc1 portmanager[811]: Port 12 (core-sw-1): DCD dropped, device disconnected"),
			we("2026-11-29T07:42:10Z", Error, "om2248-dc1", "<27>Nov 29 07:42:10 om2248-dc1 infod[655]: cellular modem wwan0 failed to register on network"),
		},
	},

	// Power, management cards and printers.
	{
		name:   "raritan-px3-syslog",
		source: "a Raritan PX3 intelligent PDU sending its event log to syslog (`<PRI>Mmm dd HH:mm:ss host message`, event texts such as sensor threshold assertions and outlet switching with quoted names): from memory of the PX3 event log wording; no tag after the host. No earlier table holds Raritan",
		why:    "a BSD header and no tag; the quoted sensor, inlet and outlet names are no host; the PRI gives the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "px3-r12a", "<13>Nov 29 07:41:16 px3-r12a User 'admin' from host '10.8.0.4' logged in."),
			we("2026-11-29T07:41:20Z", Warn, "px3-r12a", "<12>Nov 29 07:41:20 px3-r12a Sensor 'RMS Current' on inlet 'I1' asserted 'above upper warning'."),
			we("2026-11-29T07:41:31Z", Notice, "px3-r12a", "<13>Nov 29 07:41:31 px3-r12a Outlet 'web-04' (5) has been switched off by user 'admin' from host '10.8.0.4'."),
			we("2026-11-29T07:42:05Z", Critical, "px3-r12a", "<10>Nov 29 07:42:05 px3-r12a Sensor 'RMS Current' on inlet 'I1' asserted 'above upper critical'."),
		},
	},
	{
		name:   "servertech-sentry-syslog",
		source: "a Server Technology (Sentry) switched PDU's RFC 3164 syslog (`<PRI>Mmm dd HH:mm:ss host TYPE: [user: ]message`, the type heading one of AUTH, POWER, CONFIG, EVENT): the PT22 installation and operations manual, 'Logging' (manualshelf); the message texts from memory. No earlier table holds ServerTech",
		why:    "the event type heading sits where a tag would; the PRI gives the level; the outlet name in parentheses is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "pdu-r12b", "<14>Nov 29 07:41:16 pdu-r12b AUTH: admn: Login from 10.8.0.4 via SSH"),
			we("2026-11-29T07:41:22Z", Notice, "pdu-r12b", "<13>Nov 29 07:41:22 pdu-r12b POWER: admn: Outlet .AA5 (web-04) turned Off"),
			we("2026-11-29T07:41:30Z", Info, "pdu-r12b", "<14>Nov 29 07:41:30 pdu-r12b CONFIG: admn: Syslog HostIP2 set to 10.8.0.21"),
			we("2026-11-29T07:42:01Z", Warn, "pdu-r12b", "<12>Nov 29 07:42:01 pdu-r12b EVENT: Infeed .AA load 18.2 amps over the high threshold of 16.0 amps"),
		},
	},
	{
		name:   "cyberpower-rmcard-syslog",
		source: "a CyberPower RMCARD205/305 UPS network management card's syslog (`<PRI>Mmm dd HH:mm:ss host UPS: message`): from memory of real lines; the message texts are approximate. No earlier table holds CyberPower",
		why:    "a UPS card's BSD line; the PRI gives the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "ups-room1", "<12>Nov 29 07:41:16 ups-room1 UPS: Utility power failure. UPS is running on battery power."),
			we("2026-11-29T07:41:46Z", Info, "ups-room1", "<14>Nov 29 07:41:46 ups-room1 UPS: Utility power restored."),
			we("2026-11-29T07:42:10Z", Error, "ups-room1", "<11>Nov 29 07:42:10 ups-room1 UPS: The battery test failed. Replace the battery."),
			we("2026-11-29T07:43:00Z", Info, "ups-room1", "<14>Nov 29 07:43:00 ups-room1 System: User admin logged in from 10.8.0.4 via Web."),
		},
	},
	{
		name:   "cisco-cimc-syslog",
		source: "Cisco UCS C-series Integrated Management Controller (CIMC) remote syslog (`<PRI> Mmm dd HH:mm:ss ZONE: %CIMC-sev-MNEMONIC: [code][severity][cause][dn] msg`, no host): splunk/splunk-connect-for-syslog tests/test_cisco_cimc.py and Cisco Live TECUCC-3000. UCS Manager is an earlier table's; the standalone CIMC is not",
		why:    "a blank after the PRI, a zone abbreviation glued to a colon after the clock (UTC, and CST converted), no host; the mnemonic's digit is the level and agrees with the fault's bracketed severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "<190> Nov 29 07:41:16 UTC: %CIMC-6-LOG_CAPACITY: [F0461][info][log-capacity][sys/rack-unit-1/mgmt/log-SEL-0] Log capacity on Management Controller on server 1/7 is very-low"),
			we("2026-11-29T07:41:18Z", Warn, "", "<188> Nov 29 07:41:18 UTC: %CIMC-4-PSU_REDUNDANCY_FAIL: [F0743][warning][psu-redundancy-fail][sys/rack-unit-1/psu-2] Power Supply redundancy is lost : Reseat or replace Power Supply"),
			we("2026-11-29T07:41:20Z", Critical, "", "<186> Nov 29 01:41:20 CST: %CIMC-2-EQUIPMENT_INOPERABLE: [F0174][critical][equipment-inoperable][sys/rack-unit-1/board/cpu-1] Processor 1 is inoperable"),
		},
	},
	{
		name:   "hp-laserjet-security-event-syslog",
		source: "HP LaserJet Enterprise and PageWide Enterprise enhanced security event logging (`<PRI> devicetype: summary; time=\"yyyy-Mmm-dd hh:mm AM|PM (UTC±hh:mm)\" user=… source_IP=… outcome=… interface=…`, no syslog header): the 'HP Security Event Logging Messaging Reference' white paper, 'Syslog message format' (manualshelf). The JetDirect print server's `host printer: status` lines are an earlier table's; this is the FutureSmart security log",
		why:    "no header time and no host: the record's only time is the quoted time= with a twelve-hour clock and a UTC offset in parentheses; the PRI gives the level",
		gap:    "the quoted time= with a PM clock and a +01:00 offset after `scanner:` yields no time (the AM lines with -05:00 after `printer:` are read)",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Info, "", `<134> printer: Device Administrator Password modified; time="2026-Nov-29 02:41 AM (UTC-05:00)" user="admin" source_IP="10.8.0.7" outcome=success interface=Wired`),
			we("2026-11-29T07:43:00Z", Warn, "", `<132> printer: Sign-in failed; time="2026-Nov-29 02:43 AM (UTC-05:00)" user="guest" source_IP="10.8.0.9" outcome=failure interface=Wired`),
			we("2026-11-29T12:05:00Z", Info, "", `<134> scanner: Scan job sent to email; time="2026-Nov-29 01:05 PM (UTC+01:00)" user="j.doe" source_IP="N/A" outcome=success interface=Control Panel`),
		},
	},
	{
		name:   "zebra-printer-syslog-file",
		source: "a Zebra label printer's local syslog report (device.syslog.save_local_file, E:SYSLOG.TXT: `Mmm dd HH:mm:ss: [Category][Severity][0xCODE] message`): Zebra's SGD reference, 'device.syslog.configuration' (docs.zebra.com). No earlier table holds a Zebra printer",
		why:    "a BSD date with a colon glued to the seconds, then bracketed category, severity word and code; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16: [Power][Informational][0X14] Power On"),
			we("2026-11-29T07:41:19Z", Info, "", "Nov 29 07:41:19: [Print][Informational][0XF] PQ Job Completed"),
			we("2026-11-29T07:42:03Z", Warn, "", "Nov 29 07:42:03: [Media][Warning][0X5] Ribbon Low"),
			we("2026-11-29T07:43:30Z", Error, "", "Nov 29 07:43:30: [Head][Error][0X2] Head Open"),
		},
	},

	// Storage and backup appliances.
	{
		name:   "dell-powerstore-audit-syslog",
		source: "Dell PowerStore's audit events over syslog (`<PRI>Mmm dd HH:mm:ss node [pid]: yyyy-MM-ddTHH:mm:ss node PSid pid@serial Category [PowerStore_audit_event@1139 id=… user=… …] msg`, the tag only a bracketed pid): splunk/splunk-connect-for-syslog tests/test_dell_powerstore.py. No earlier table holds PowerStore",
		why:    "an empty tag with only a bracketed pid; a zone-less ISO time of the audit event inside, a second version of the header's time; an RFC 5424-style SD element in the middle of a BSD message",
		entries: []worldEntry{
			we("2026-11-29T07:41:24Z|2026-11-29T07:41:17Z", Info, "PS-CL01-B", `<110>Nov 29 07:41:24 PS-CL01-B [358]: 2026-11-29T07:41:17 PS-CL01-B PSb8ad27c26647 358@HM3CTZ3 Authentication [PowerStore_audit_event@1139 id="2341" user="admin" resource_type="login_session" action="None" client_ip="10.8.0.4" appliance="PS-CL01" status="success"] User "admin" logged in successfully.`),
			we("2026-11-29T07:41:44Z|2026-11-29T07:41:31Z", Info, "PS-CL01-B", `<110>Nov 29 07:41:44 PS-CL01-B [358]: 2026-11-29T07:41:31 PS-CL01-B PSb8ad27c26647 358@HM3CTZ3 Service [PowerStore_audit_event@1139 id="2347" user="root" resource_type="unknown" action="not applicable" client_ip="not applicable" appliance="PS-CL01" status="success"] User root executed the service script command [/cyc_host/cyc_service/bin/svc_diag list --hardware] from PS-CL01-A via shell.`),
			we("2026-11-29T07:42:05Z|2026-11-29T07:41:49Z", Info, "PS-CL01-B", `<110>Nov 29 07:42:05 PS-CL01-B [358]: 2026-11-29T07:41:49 PS-CL01-B PSb8ad27c26647 358@HM3CTZ3 Config [PowerStore_audit_event@1139 id="2351" user="admin" resource_type="system_health_check" action="create" client_ip="10.8.0.4" appliance="PS-CL01" status="failed"] Failed to perform system health check on ps-cl01.`),
		},
	},
	{
		name:   "dell-avamar-msc-syslog",
		source: "Dell Avamar's MCS event syslog (`<PRI> Mmm dd HH:mm:ss host: <Code> n <Type> TYPE <Severity> … <Category> … <User> … <HwSource> host <Summary> … <key> value …`, a blank after the PRI and the host glued to a colon): splunk/splunk-connect-for-syslog tests/test_dell_avamar.py. No earlier table holds Avamar",
		why:    "angle-bracketed keys after a colon-terminated host; the PRI gives the level and agrees with <Type>; a createtime with a zone abbreviation is the backup's, not the record's",
		gap:    "the host glued to a colon after a blank-prefixed BSD date (`<141> Mmm dd HH:mm:ss avamar01: <Code> …`) is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "avamar01", `<141> Nov 29 07:41:16 avamar01: <Code> 22555 <Type> AUDIT <Severity> PROCESS <Category> SECURITY <User> backupadmin@corp <HwSource> avamar01 <Summary> Changed backup expiration. <path> /clients/Prod/Windows/fs01.corp.example.com <createtime> 2026-11-28 01:32:09 CST <plugin> 3001 <labelnum> 388 <expiration> 2026-11-30`),
			we("2026-11-29T07:41:30Z", Warn, "avamar01", `<140> Nov 29 07:41:30 avamar01: <Code> 22621 <Type> WARNING <Severity> PROCESS <Category> APPLICATION <User> MCUser <HwSource> avamar01 <Summary> Backup completed with exceptions. <client> fs01.corp.example.com <group> Nightly-Win <exceptions> 12`),
			we("2026-11-29T07:41:52Z", Error, "avamar01", `<139> Nov 29 07:41:52 avamar01: <Code> 22637 <Type> ERROR <Severity> PROCESS <Category> APPLICATION <User> MCUser <HwSource> avamar01 <Summary> Backup failed. <client> db02.corp.example.com <group> Nightly-SQL <error> 10007 client timed out`),
		},
	},
	{
		name:   "cohesity-cluster-audit-syslog",
		source: "Cohesity DataProtect cluster's cluster_audit and dataprotection_events streams over syslog (`<PRI>Mmm dd HH:mm:ss host stream: {\"Timestamp\" : \"ISO Z\", …}`, JSON with a blank before every colon): splunk/splunk-connect-for-syslog tests/test_cohesity.py. No earlier table holds Cohesity",
		why:    "a JSON body after a BSD header, its Timestamp a second version of the record's time with milliseconds; the PRI gives the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:15.512Z", Info, "cohesity-c1", `<14>Nov 29 07:41:16 cohesity-c1 cluster_audit: {"Timestamp" : "2026-11-29T07:41:15.512Z", "AttributeMap" : {}, "EntityType" : "Access Token", "EntityId" : "svc-backup", "EntityName" : "svc-backup", "User" : "", "Domain" : "local", "Action" : "Create", "Description" : "@local attempted to generate new access token for user svc-backup on domain local from 10.8.0.4 failed with error Invalid Username or Password specified.", "ClusterInfo" : "ClusterName: cohesity-c1, ClusterId: 4471902231"}`),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:18.204Z", Info, "cohesity-c1", `<14>Nov 29 07:41:19 cohesity-c1 dataprotection_events: {"EventMessage" : "Expiring backup run", "Timestamp" : "2026-11-29T07:41:18.204Z", "ClusterInfo" : {"ClusterId" : "4471902231", "ClusterName" : "cohesity-c1"}, "EventType" : "kBackup", "EnvironmentType" : "kVMware", "BackupJobName" : "vm-gold", "BackupJobId" : "582", "TaskId" : "509872", "AttributeMap" : {}}`),
		},
	},
	{
		name:   "cohesity-api-audit-syslog",
		source: "Cohesity's api_audit stream over syslog with an ISO header time (`<PRI>yyyy-MM-ddTHH:mm:ss.fff+00:00 host api_audit[pid]: {\"username\":…,\"requestTimestamp\":epoch-ms,…}`): splunk/splunk-connect-for-syslog tests/test_cohesity.py (testdata_api_audit)",
		why:    "an RFC 3339 time in a BSD header; compact JSON whose epoch-millisecond requestTimestamp is the same instant",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "cohesity-c1", `<14>2026-11-29T07:41:16.204+00:00 cohesity-c1 api_audit[4412]: {"username":"admin","domain":"LOCAL","method":"GET","urlPath":"/v2/data-protect/protection-groups","requestTimestamp":1795938076204,"statusCode":200,"responseTime":156705634}`),
			we("2026-11-29T07:41:18.731Z", Info, "cohesity-c1", `<14>2026-11-29T07:41:18.731+00:00 cohesity-c1 api_audit[4412]: {"username":"svc-report","domain":"CORP","method":"POST","urlPath":"/v2/access-tokens","requestTimestamp":1795938078731,"statusCode":401,"responseTime":48211093}`),
		},
	},
	{
		name:   "buffalo-terastation-nasapi",
		source: "a Buffalo TeraStation NAS's nasapi syslog, with no host (`<PRI>Mmm dd HH:mm:ss nasapi[pid] - log - function - LEVEL- msg`): splunk/splunk-connect-for-syslog tests/test_buffalo.py. No earlier table holds Buffalo",
		why:    "the tag straight after the time with no host and no colon; a level word glued to a dash in a dash-separated run that agrees with the PRI",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "<134>Nov 29 07:41:16 nasapi[19090] - log - set_config - INFO- success"),
			we("2026-11-29T07:41:20Z", Info, "", "<134>Nov 29 07:41:20 nasapi[19090] - log - get_share_list - INFO- success"),
			we("2026-11-29T07:41:33Z", Error, "", "<131>Nov 29 07:41:33 nasapi[19090] - log - set_user - ERROR- user j.doe already exists"),
		},
	},
	{
		name:   "tintri-vmstore-syslog",
		source: "Tintri VMstore's syslog (`<PRI>ISO host : Scrubbed@ ISO±hh:mm tomcat: [thread,class] LEVEL : CATEGORY:CODE: [id] msg#012[Severity:…, Facility:LOCAL6]`): splunk/splunk-connect-for-syslog tests/test_tintri.py. No earlier table holds Tintri",
		why:    "an ISO header time glued to the PRI, a lone colon after the host, a second version of the time with a negative offset after 'Scrubbed@', a level column that agrees with the PRI, and an escaped newline (#012) kept in the line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204311Z|2026-11-29T07:41:15.998812Z", Info, "tintri-vm01", "<182>2026-11-29T07:41:16.204311+00:00 tintri-vm01 : Scrubbed@ 2026-11-29T02:41:15.998812-05:00 tomcat: [https-jsse-nio-443-exec-3,com.tintri.log.LogBase] INFO : USER:AUDIT:LOG-AUDIT-0012: [358970] Login [POST /api/v310/session/login#012[Severity:INFO , Facility:LOCAL6]"),
			we("2026-11-29T07:41:19.880102Z|2026-11-29T07:41:19.700004Z", Warn, "tintri-vm01", "<180>2026-11-29T07:41:19.880102+00:00 tintri-vm01 : Scrubbed@ 2026-11-29T02:41:19.700004-05:00 tomcat: [https-jsse-nio-443-exec-8,com.tintri.log.LogBase] WARN : USER:AUDIT:LOG-AUDIT-0083: [358971] Reset credentials [POST /api/v310/userAccount/reset#012[Severity:WARNING , Facility:LOCAL6]"),
		},
	},
	{
		name:   "cisco-hyperflex-syslog",
		source: "Cisco HyperFlex (HX Data Platform) controller VMs' syslog (`<PRI>Mmm dd HH:mm:ss.SSS host hx-component: msg`, with hx-ssl-access carrying an access-log line, hx-audit-rest a minutes:seconds clock, hx-device-connector a JSON trace): splunk/splunk-connect-for-syslog tests/test_cisco_hyperflex.py. No earlier table holds HyperFlex",
		why:    "milliseconds on a BSD clock; an access-log time with an offset inside the message as a second version; a partial mm:ss.SSS clock that is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.524Z|2026-11-29T07:41:16Z", Notice, "hx-node1", `<13>Nov 29 07:41:16.524 hx-node1 hx-ssl-access: - - [29/Nov/2026:08:41:16 +0100] "GET /coreapi/v1/clusters/4471902231:7730/alarms HTTP/1.1" 200 2 "-" "Go-http-client/1.1"`),
			we("2026-11-29T07:41:17.102Z", Notice, "hx-node1", "<13>Nov 29 07:41:17.102 hx-node1 hx-audit-rest: 41:17.101 - PERFORMANCE TRACE - HxSvcMgrClient.getHxClusterIdentifier -> 4 ms"),
			we("2026-11-29T07:41:18.310Z", Notice, "hx-node2", `<13>Nov 29 07:41:18.310 hx-node2 hx-device-connector: 433   Running job task        {"traceId": "AS44b5d3f67f8b7d1911a2615bde31b566", "jobName": "duracell:health"}`),
		},
	},
	{
		name:   "pure-flasharray-purity-syslog",
		source: "a Pure Storage FlashArray (Purity//FA) sending alerts and audit records to a syslog server (`<PRI>Mmm dd HH:mm:ss ctN purity.alert|purity.audit: msg`): the purity.alert selector of Azure-Sentinel's Pure Storage parsers; the message bodies from memory and approximate. No earlier table holds Pure Storage",
		why:    "a dotted tag (purity.alert) after the controller's name; the PRI gives the level; component names and alert ids are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "fa-x70-ct0", "<12>Nov 29 07:41:16 fa-x70-ct0 purity.alert: ID 31415 code 12 warning hardware CH0.BAY7: Drive is not functioning properly"),
			we("2026-11-29T07:41:40Z", Info, "fa-x70-ct0", "<14>Nov 29 07:41:40 fa-x70-ct0 purity.audit: ID 88120 user pureuser command purevol snap --suffix nightly vol-sql01 from 10.8.0.4"),
			we("2026-11-29T07:42:02Z", Critical, "fa-x70-ct1", "<10>Nov 29 07:42:02 fa-x70-ct1 purity.alert: ID 31416 code 40 critical replication pod-dr1: Replication link to array fa-x70-dr is down"),
		},
	},
	{
		name:   "qumulo-audit-rfc5424",
		source: "Qumulo Core's audit log over syslog in RFC 5424 (`<PRI>1 ISO host qumulo - - - client,\"user\",protocol,operation,status,file-id,\"path\",\"path2\"`): splunk/splunk-connect-for-syslog tests/test_qumulo.py. No earlier table holds Qumulo",
		why:    "RFC 5424 with every header field after APP-NAME a NILVALUE and a CSV audit record as the message; the client address in the CSV is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.063248Z", Info, "qumulo-n1", `<134>1 2026-11-29T07:41:16.063248Z qumulo-n1 qumulo - - - 10.8.0.5,"admin",api,fs_read_metadata,ok,2,"/",""`),
			we("2026-11-29T07:41:17.441002Z", Info, "qumulo-n2", `<134>1 2026-11-29T07:41:17.441002Z qumulo-n2 qumulo - - - 10.20.4.31,"CORP\svc_backup",smb2,fs_write_data,ok,144018,"/projects/render/a.bin",""`),
			we("2026-11-29T07:41:19.002113Z", Info, "qumulo-n1", `<134>1 2026-11-29T07:41:19.002113Z qumulo-n1 qumulo - - - 10.20.4.40,"j.doe",nfs3,fs_rename,access_denied,88231,"/projects/render/old","/projects/render/new"`),
		},
	},

	// Syslog parsers' test suites: the shapes each one feeds its parser, written anew.
	{
		name:   "go-syslog-rfc5424-machine-vectors",
		source: "influxdata/go-syslog's RFC 5424 machine test cases (rfc5424/machine_test.go: the all-NILVALUE `<1>1 - - - - - -`, the README's `[ex@32473 iut=\"3\"]` entry, fractions to six digits with offsets, IPv6 and FQDN hosts, PARAM-VALUE escapes of `\\\"`, `\\\\` and `\\]`, a BOM before MSG): lines written anew in those shapes",
		why:    "a message of NILVALUEs only (no time, no host); an IPv6 address as HOSTNAME; a -07:00 offset with a six-digit fraction; escaped quote, backslash and bracket inside SD; a BOM",
		entries: []worldEntry{
			we("", Alert, "", "<1>1 - - - - - -"),
			we("2026-11-29T07:41:16.003Z", Notice, "mymach.example.it", `<165>1 2026-11-29T07:41:16.003Z mymach.example.it e - 1 [ex@32473 iut="3"] An application event log entry...`),
			we("2026-11-29T14:41:16.000003Z", Notice, "2001:db8:0:3::17", "<29>1 2026-11-29T07:41:16.000003-07:00 2001:db8:0:3::17 ntpd 2112 - - time reset +0.27 s"),
			we("2026-11-29T06:41:17.5Z", Info, "gw.example.net", `<14>1 2026-11-29T07:41:17.5+01:00 gw.example.net app 77 ID12 [meta@32473 path="C:\\temp\\[x\]" quote="say \"hi\""] done`),
			we("2026-11-29T07:41:18Z", Critical, "host.example.org", "<34>1 2026-11-29T07:41:18Z host.example.org su - ID47 - \ufeff'su root' failed for lonvick on /dev/pts/8"),
		},
	},
	{
		name:   "go-syslog-rfc3164-machine-vectors",
		source: "influxdata/go-syslog's RFC 3164 machine test cases (rfc3164/machine_test.go and example_test.go: `<34>Jan 12 06:30:00 xxx apache_server: …`, the WithRFC3339 option's `<28>yyyy-MM-ddTHH:mm:ss+02:00 host app[pid]: …`, messages with no tag): lines written anew in those shapes",
		why:    "a BSD header before an access-log line with its own time; an RFC 3339 time with a +02:00 offset in a BSD header; sudo's double blank after the tag; a message with no tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Critical, "web-3", `<34>Nov 29 07:41:16 web-3 apache_server: 198.51.100.23 - - [29/Nov/2026:07:41:16 +0000] "GET /index.html HTTP/1.1" 200 3412`),
			we("2026-11-29T07:41:18Z", Warn, "host-7", "<28>2026-11-29T09:41:18+02:00 host-7 app[23410]: rfc3339 stamp in a bsd header"),
			we("2026-11-29T07:41:20Z", Notice, "host-7", "<85>Nov 29 07:41:20 host-7 sudo:  netops : TTY=pts/0 ; PWD=/home/netops ; USER=root ; COMMAND=/usr/bin/id"),
			we("2026-11-29T07:41:22Z", Info, "host-7", "<14>Nov 29 07:41:22 host-7 no tag here at all"),
		},
	},
	{
		name:   "rsyslog-pmrfc3164-testbench",
		source: "rsyslog's testbench for pmrfc3164's options (tests/pmrfc3164-AtSignsInHostname*.sh, pmrfc3164-defaultTag.sh, hostname-with-slash-pmrfc3164.sh: `<129>Mar 10 01:00:00 Hostn@me2 tag:  msgnum:2`, `<129>… Hostname1  msgnum:1`, `<167>… hostname1/hostname2 test: msgnum:0`): lines written anew in those shapes",
		why:    "hosts with a slash and an at sign (accepted with permit.slashesinhostname and permit.AtSignsInHostname); a missing tag leaving two blanks; a tag without a colon; PRI 129 and 167",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "hostname1/hostname2", "<167>Nov 29 07:41:16 hostname1/hostname2 test: msgnum:0"),
			we("2026-11-29T07:41:17Z", Alert, "Hostname1", "<129>Nov 29 07:41:17 Hostname1  msgnum:1"),
			we("2026-11-29T07:41:18Z", Alert, "Hostn@me2", "<129>Nov 29 07:41:18 Hostn@me2 tag:  msgnum:2"),
			we("2026-11-29T07:41:19Z", Alert, "Hostname3", "<129>Nov 29 07:41:19 Hostname3 tag msgnum:3"),
		},
	},
	{
		name:   "syslog-ng-msgparse-unit-vectors",
		source: "syslog-ng's message-parsing unit tests (tests/unit/test_msgparse.c: `<15> openvpn[2499]: PTHREAD support initialized` with no time or host, ISO stamps in BSD headers, Cisco lines with a sequence number and a starred clock, RFC 5424 with SD): lines written anew in those shapes",
		why:    "a PRI, a blank and a tag with no time and no host; an ISO time with a +01:00 offset in a BSD header; a Cisco sequence number and host before a starred clock with milliseconds; RFC 5424 with an SD element",
		entries: []worldEntry{
			we("", Debug, "", "<15> openvpn[2499]: PTHREAD support initialized"),
			we("2026-11-29T07:41:16.156Z", Debug, "mymachine", "<7>2026-11-29T08:41:16.156+01:00 mymachine evntslog: event log entry written by the test"),
			we("2026-11-29T07:41:19.411Z", Notice, "core-rtr", "<189>29: core-rtr: *Nov 29 07:41:19.411: %SYS-5-CONFIG_I: Configured from console by vty0 (10.0.0.1)"),
			we("2026-11-29T07:41:20.156Z", Debug, "mymachine.example.com", `<7>1 2026-11-29T07:41:20.156Z mymachine.example.com evntslog - ID47 [exampleSDID@0 iut="3" eventSource="Application" eventID="1011"] An application event log entry`),
		},
	},
	{
		name:   "syslog-loose-vectors",
		source: "syslog-loose (the Rust crate behind Vector's parse_syslog) and its tests and README (RFC 5424 tried first, then RFC 3164: `<13>Feb 13 20:07:26 74794bfb6795 root[8539]: i am foobar`, rsyslogd's origin SD with a NILVALUE host, ISO stamps in 3164 headers): lines written anew in those shapes",
		why:    "a container id as the host; RFC 5424 with a NILVALUE host and an origin SD; an ISO stamp with an offset in a BSD header",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "74794bfb6795", "<13>Nov 29 07:41:16 74794bfb6795 root[8539]: i am foobar"),
			we("2026-11-29T07:41:17.002Z", Info, "", `<46>1 2026-11-29T07:41:17.002Z - rsyslogd - - [origin software="rsyslogd" swVersion="8.2410.0" x-pid="1" x-info="https://www.rsyslog.com"] start`),
			we("2026-11-29T07:41:18.123Z", Info, "edge-1", "<190>2026-11-29T07:41:18.123+00:00 edge-1 dnsmasq[301]: query[A] example.net from 10.0.0.9"),
			we("2026-11-29T07:41:20Z", Warn, "cache-2", "<12>Nov 29 07:41:20 cache-2 nginx: upstream timed out (110: Connection timed out) while reading response header from upstream"),
		},
	},
	{
		name:   "rust-syslog-rfc5424-crate-tests",
		source: "the Rust syslog_rfc5424 crate's tests (parse_5424_no_structured_data with its BOM, the CROND `[meta sequenceId=\"29\"]` vector, several SD elements, an empty SD element with no MSG): lines written anew in those shapes",
		why:    "a cron facility PRI (78); an -08:00 offset with a two-digit fraction; an SD element without parameters and no message; a BOM",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.614Z", Info, "host01", `<78>1 2026-11-29T07:41:16.614Z host01 CROND 10391 - [meta sequenceId="29"] some_message`),
			we("2026-11-29T15:41:17.52Z", Notice, "ubuntu-vm", `<29>1 2026-11-29T07:41:17.52-08:00 ubuntu-vm ntpd 1742 - [meta sequenceId="1" sysUpTime="37" language="EN"][origin ip="192.0.2.8"] ntpd started`),
			we("2026-11-29T07:41:18Z", Notice, "host01", "<165>1 2026-11-29T07:41:18.000000+00:00 host01 app - - [empty@1]"),
			we("2026-11-29T07:41:19.003Z", Critical, "mymachine.example.com", "<34>1 2026-11-29T07:41:19.003Z mymachine.example.com su - ID47 - \ufeff'su root' failed for lonvick on /dev/pts/8"),
		},
	},
	{
		name:   "otel-stanza-syslogtest-vectors",
		source: "the OpenTelemetry collector's stanza syslog parser test data (pkg/stanza/operator/parser/syslog/syslogtest/data.go: the SecureAuth RFC 5424 vector with an IP host, octet-counted framing, RFC 3164 with a configured location): lines written anew in those shapes",
		why:    "an octet count before the PRI; an IPv4 address as HOSTNAME; an RFC 3164 line read in UTC",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.693Z", Info, "10.2.0.132", `209 <86>1 2026-11-29T07:41:16.693Z 10.2.0.132 SecureAuth0 23108 ID52020 [SecureAuth@27389 UserHostAddress="10.2.0.132" Realm="SecureAuth0" UserID="Tester2" PEN="27389"] Found the user for retrieving user's profile`),
			we("2026-11-29T07:41:17Z", Critical, "mymachine", "<34>Nov 29 07:41:17 mymachine su: 'su root' failed for lonvick on /dev/pts/8"),
			we("2026-11-29T07:41:18.693Z", Info, "10.2.0.132", "<86>1 2026-11-29T07:41:18.693Z 10.2.0.132 SecureAuth0 23108 ID52020 - Found the user for retrieving user's profile"),
		},
	},
	{
		name:   "elastic-beats-syslog-processor-vectors",
		source: "Beats' syslog processor and its tests (libbeat/processors/syslog: `<13>Oct 11 22:14:15 test-host this is the message`, the same with `su[1024]:`, the RFC 5424 evntslog vector with two SD elements, format auto): lines written anew in those shapes",
		why:    "a BSD line with a host and no tag; the same with a tag; RFC 5424 with two SD elements; an offset of -05:00 with one fraction digit",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "test-host", "<13>Nov 29 07:41:16 test-host this is the message"),
			we("2026-11-29T07:41:17Z", Notice, "test-host", "<13>Nov 29 07:41:17 test-host su[1024]: this is the message"),
			we("2026-11-29T07:41:18.003Z", Notice, "mymachine.example.com", `<165>1 2026-11-29T07:41:18.003Z mymachine.example.com evntslog 1024 ID47 [exampleSDID@32473 iut="3" eventSource="Application" eventID="1011"][examplePriority@32473 class="high"] this is the message`),
			we("2026-11-29T07:41:19.5Z", Info, "test-host", "<14>1 2026-11-29T02:41:19.5-05:00 test-host app 1 - - offset of minus five hours"),
		},
	},
	{
		name:   "python-syslog-rfc5424-parser-tests",
		source: "EasyPost's syslog-rfc5424-parser (Python) tests (a load balancer health-check line behind `[origin x-service=…][meta sequenceId=…]`, escaped SD values, SD with no message and a NILVALUE host): lines written anew in those shapes. EasyPost's formatter is an earlier table's; its parser's vectors are not",
		why:    "two SD elements before an access-log message with an epoch; an SD value with escaped bracket, quote and backslash; SD and no MSG with NILVALUE host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "lb-host-3", `<29>1 2026-11-29T07:41:16Z lb-host-3 SVCPROXY prg - [origin x-service="shop"][meta sequenceId="7"] 127.0.0.1 - - 1795938076 "GET /health HTTP/1.1" 200 175 "-" "hacheck 0.9.1" 20812 127.0.0.1:40150 1199`),
			we("2026-11-29T07:41:17.123456Z", Info, "lb-host-3", `<190>1 2026-11-29T07:41:17.123456+00:00 lb-host-3 web 31 - [meta escaped="a\]b\"c\\d"] message with escaped sd`),
			we("2026-11-29T07:41:18Z", Notice, "", `<13>1 2026-11-29T07:41:18Z - - - - [foo@1234 bar="baz"]`),
		},
	},
}

func TestFresh61Formats(t *testing.T) { assertTable(t, fresh61Cases) }

func TestFresh61Score(t *testing.T) {
	checkScore(t, "fresh61 formats", fresh61Cases, [worldNumFields]float64{98.9, 98.3, 89.2, 99.9})
}
