package parse

import "testing"

// The hundred-and-fourteenth fresh table, written on 2026-12-01: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the earlier fresh tables (fresh_test.go to
// fresh113_test.go), compared by family and by product and not only by name, so that its score is
// again an honest figure for logs trawl has never been tuned on. Its theme is network appliances
// and security devices, a sixth pass: their own log files, CLI show-log output and debug modes that
// no earlier table holds. It has six parts. The first is firewalls and packet filters (ipfilter's
// ipmon packet and NAT/state logs, Kerio Control's security and config logs, Sophos UTM's
// reverse-proxy log, Check Point's vpnd.elg, Firepower's pigtail, ulogd's own daemon log, PAN-OS's
// mp-log useridd.log). The second is intrusion sensors (Suricata's legacy drop.log and dns.log,
// Zeek's weird, ssh and capture_loss logs, Snort 2's alert_csv). The third is load balancers and
// ADCs (BIG-IP ASM's bd.log, NetScaler's nsconmsg -d event and aaad.debug). The fourth is VPN and
// wireless (Junos kmd traceoptions, OpenVPN's management-interface log, AireOS debug client,
// hostapd -t debug output and hostapd_cli's event lines). The fifth is switches and routers
// (StarOS show logs and show snmp trap history, ZXR10 alarm lines and show logging alarm, IOS's
// EEM history and DAI log, AOS-CX show debug buffer, D-Link DGS show log, Junos jdhcpd
// traceoptions and escript.log, Juniper SSR's highway log, GoBGP's text log, BIRD 1.6's log file,
// ip -t monitor, lldpd and OpenBGPD in the foreground). The sixth is management and access control
// (vManage's server log, PacketFence's packetfence.log, ThousandEyes' te-agent.log). Where a product
// is already in an earlier table (ipmon's neighbours, Kerio Control's filter log, Sophos UTM, Check
// Point's fwd/cpd/cpm/cpwd .elg, FTD, ulogd's LOGEMU, PAN-OS's ms.log/configd.log, Suricata, Zeek,
// Snort, BIG-IP ASM, NetScaler, Junos, OpenVPN, AireOS, hostapd, AOS-CX, D-Link, GoBGP's JSON,
// BIRD 2, lldpd's syslog, OpenBGPD's syslog, Cisco SD-WAN vEdge, PacketFence), the family here is
// another file, version or mode of it that no earlier table holds, and source says so.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own, the written clock read as UTC when the format
// writes no zone, a year-less date in the table's year and a bare time of day on the clock's day,
// levels only where the source puts them (the product's own scale at the place it puts it; a level
// word in free text is no level), "" host when the record names none (a peer, a client, a device,
// a station, a worker or a process name is no host; the writer's own name in its place is), and a
// multi-line record as one entry.
//
// The lines were written for this table in the layout each product really uses, mostly from
// memory of real lines (each source says so; the ZXR10 alarm handling manual's examples were
// looked up, and what they showed is named); hosts, ids and messages are invented, and every time
// is in late November 2026. Written quickly, with several CLI outputs recalled rather than read, it
// may carry a few layouts that are close to but not exactly the product's. The expectations were
// decided from the format before the table was first run; a family trawl still gets wrong carries
// a gap that says what it does not read, and it stays in the score. The table is a measurement,
// never to be tuned on: no parser rule is to be written from it, or it stops being one.
//
// Its first figure, scored once at commit 6e5a00a before any rule was written from it: level 82.9 %,
// time 81.0 %, host 88.1 %, records 97.6 % (macro), 28 of 42 families fully right.
//
// go test ./parse -run Fresh114 -v

var fresh114Cases = []worldCase{

	// Firewalls and packet filters.
	{
		name:   "ipfilter-ipmon-packet-log",
		source: "ipfilter's ipmon writing its own file (`ipmon -aD /var/log/ipflog`, FreeBSD, illumos): `dd/mm/yyyy HH:MM:SS.usec [Nx] iface @group:rule action src,port -> dst,port PR proto len hl tl flags IN|OUT`; ipmon(8) man page; from memory of real lines. No earlier table holds ipfilter",
		why:    "a day-first numeric date with microseconds, an optional repeat count, the interface and rule; b/p/B are block/pass, not levels; the addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Unknown, "", "29/11/2026 07:41:16.204512 em0 @0:3 b 198.51.100.23,51234 -> 10.20.0.5,22 PR tcp len 20 60 -S IN"),
			we("2026-11-29T07:41:16.811004Z", Unknown, "", "29/11/2026 07:41:16.811004 2x em0 @0:3 b 198.51.100.23,51240 -> 10.20.0.5,23 PR tcp len 20 60 -S IN"),
			we("2026-11-29T07:41:19.002317Z", Unknown, "", "29/11/2026 07:41:19.002317 em1 @0:7 p 10.20.0.9,123 -> 192.0.2.1,123 PR udp len 20 76 K-S OUT"),
			we("2026-11-29T07:41:22.450001Z", Unknown, "", "29/11/2026 07:41:22.450001 em0 @0:1 B 203.0.113.50 -> 10.20.0.5 PR icmp len 20 84 icmp echo/0 IN"),
		},
	},
	{
		name:   "ipfilter-ipmon-nat-state-log",
		source: "ipmon's NAT and state records (`ipmon -NS`: `dd/mm/yyyy HH:MM:SS.usec @rule MAP|RDR in <- -> out [dst] PR proto` and `STATE:NEW|EXPIRE|CLOSE src -> dst PR proto [Pkts n Bytes n]`); ipmon(8); from memory. The packet lines are the family above",
		why:    "the same day-first date before NAT and state words; the translated addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.001022Z", Unknown, "", "29/11/2026 07:41:17.001022 @1 MAP 10.20.0.9,51234 <- -> 203.0.113.4,40001 [198.51.100.7,443] PR tcp"),
			we("2026-11-29T07:41:17.001090Z", Unknown, "", "29/11/2026 07:41:17.001090 STATE:NEW 10.20.0.9,51234 -> 198.51.100.7,443 PR tcp"),
			we("2026-11-29T07:46:17.404511Z", Unknown, "", "29/11/2026 07:46:17.404511 STATE:CLOSE 10.20.0.9,51234 -> 198.51.100.7,443 PR tcp Pkts 42 Bytes 18230"),
		},
	},
	{
		name:   "kerio-control-security-log",
		source: "Kerio Control's security.log (`[dd/Mon/yyyy HH:MM:SS] message`: intrusion prevention, anti-spoofing, failed logins): Kerio Control administrator's guide, 'Using the Security log'; from memory of real lines. Kerio Control's filter.log is an earlier table's",
		why:    "a bracketed day/month-name/year time with no zone; no level and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[29/Nov/2026 07:41:16] Intrusion prevention: Packet from 198.51.100.23:51234 to 10.20.0.5:445 (TCP) dropped, rule: \"ET EXPLOIT Possible SMB exploit attempt\" (sid: 2024217)"),
			we("2026-11-29T07:44:02Z", Unknown, "", "[29/Nov/2026 07:44:02] Anti-spoofing: Packet from LAN to WAN, proto:UDP, len:76, 172.16.4.9:123 -> 192.0.2.1:123, dropped"),
			we("2026-11-29T07:52:30Z", Unknown, "", "[29/Nov/2026 07:52:30] Failed login: user jdoe from 10.20.0.41, service Kerio VPN client, reason: bad password"),
		},
	},
	{
		name:   "kerio-control-config-log",
		source: "Kerio Control's config.log (`[dd/Mon/yyyy HH:MM:SS] user - session opened|closed for host ip` and the SQL-like change lines): Kerio Control administrator's guide, 'Using the Config log'; from memory",
		why:    "the same bracketed time; the admin's client address is a peer, not the writer",
		entries: []worldEntry{
			we("2026-11-29T08:02:11Z", Unknown, "", "[29/Nov/2026 08:02:11] admin - session opened for host 10.20.0.5"),
			we("2026-11-29T08:03:40Z", Unknown, "", "[29/Nov/2026 08:03:40] admin - update TrafficRules set Enabled='0' where Name='Allow RDP'"),
			we("2026-11-29T08:05:02Z", Unknown, "", "[29/Nov/2026 08:05:02] admin - session closed for host 10.20.0.5"),
		},
	},
	{
		name:   "sophos-utm-reverseproxy-log",
		gap:    "the Apache error lines' [security2:error] and [proxy_http:error] after the UTM host and tag are not read as levels (Unknown)",
		source: "Sophos UTM 9's /var/log/reverseproxy.log (the WAF: `yyyy:mm:dd-HH:MM:SS host reverseproxy: id=\"0299\" srcip=… statuscode=…` access lines, and Apache error lines with their own bracketed time and [module:level]): Sophos UTM community threads quoting reverseproxy.log; from memory. Sophos UTM's packet-filter and remote syslog are earlier tables'",
		why:    "UTM's colon-separated date with a dash before the time, then the box's own name; an access line has no level, an Apache error line carries [proxy_http:error] and a second copy of its time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "utm01", "2026:11:29-07:41:16 utm01 reverseproxy: id=\"0299\" srcip=\"203.0.113.8\" localip=\"198.51.100.10\" size=\"5123\" user=\"-\" host=\"203.0.113.8\" method=\"GET\" statuscode=\"200\" reason=\"-\" extra=\"-\" exceptions=\"-\" time=\"18342\" url=\"/owa/\" server=\"mail.example.net\" port=\"443\" query=\"\" referer=\"-\" cookie=\"-\" set-cookie=\"-\" uid=\"Y2Fy5n8AAQEAAB2dK4gAAAAE\""),
			we("2026-11-29T07:41:18Z", Error, "utm01", "2026:11:29-07:41:18 utm01 reverseproxy: [security2:error] [pid 4711:tid 3979145024] [client 203.0.113.66:51002] [client 203.0.113.66] ModSecurity: Access denied with code 403 (phase 2). Pattern match at ARGS:id. [id \"950001\"] [hostname \"shop.example.net\"] [uri \"/item\"] [unique_id \"Y2Fy6n8AAQEAABK3Ab0AAAAC\"]"),
			we("2026-11-29T07:42:00Z|2026-11-29T07:42:00.11421Z", Error, "utm01", "2026:11:29-07:42:00 utm01 reverseproxy: [Sun Nov 29 07:42:00.114210 2026] [proxy_http:error] [pid 4711:tid 3978] (111)Connection refused: [client 203.0.113.8:50211] AH01102: error reading status line from remote server 10.20.0.30:443"),
		},
	},
	{
		name:   "checkpoint-vpnd-elg",
		gap:    "the `[vpnd pid tid]@host[dd Mmm H:MM:SS]` frame is not read: no time and no host (the gateway's name after @)",
		source: "Check Point gateway's $FWDIR/log/vpnd.elg (the VPN daemon's debug file, same `[DAEMON pid thread]@host[dd Mmm H:MM:SS] message` frame as fwd.elg): Check Point sk articles on vpn debug; from memory. fwd.elg, cpd.elg, cpm.elg and cpwd.elg are earlier tables'",
		why:    "the gateway's own name after @ and a year-less day-month time in brackets; the VPN peer is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gw-fra02", "[vpnd 4711 4085123904]@gw-fra02[29 Nov 7:41:16] ikev2_sa_established: IKE SA with peer 198.51.100.44 (community Branches) established"),
			we("2026-11-29T07:41:17Z", Unknown, "gw-fra02", "[vpnd 4711 4085123904]@gw-fra02[29 Nov 7:41:17] vpnd_tunnel_report: tunnel 10.20.0.0/16 <-> 10.60.0.0/16 up"),
			we("2026-11-29T07:58:02Z", Unknown, "gw-fra02", "[vpnd 4711 4085123904]@gw-fra02[29 Nov 7:58:02] ikev2_handle_notify: peer 198.51.100.44 sent AUTHENTICATION_FAILED"),
		},
	},
	{
		name:   "cisco-ftd-pigtail",
		gap:    "the `MSGS: MM-dd HH:mm:ss host` prefix of pigtail is not read: no time and no host (the level in [INFO]/[WARN]/[ERROR] is)",
		source: "Firepower Threat Defense's expert-mode `pigtail` (tails the sensor's messages with a source tag: `MSGS: MM-dd HH:mm:ss host SF-IMS[pid]: [tid] daemon:component [LEVEL] message`): Cisco TAC troubleshooting docs for sftunneld; from memory. FTD's show logging, syslog and expert messages are earlier tables'",
		why:    "a source tag and colon before a year-less month-day date, the sensor's own name, then SF-IMS's bracketed level after the component",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ftd01", "MSGS: 11-29 07:41:16 ftd01 SF-IMS[4711]: [4711] sftunneld:sf_ssl [INFO] Connecting to 10.20.0.40:8305"),
			we("2026-11-29T07:41:18Z", Warn, "ftd01", "MSGS: 11-29 07:41:18 ftd01 SF-IMS[4711]: [4712] sftunneld:sf_peers [WARN] Peer 10.20.0.40 heartbeat lost"),
			we("2026-11-29T07:41:20Z", Error, "ftd01", "MSGS: 11-29 07:41:20 ftd01 SF-IMS[4711]: [4711] sftunneld:sf_ssl [ERROR] Connect:SSL handshake failed"),
		},
	},
	{
		name:   "ulogd2-daemon-logfile",
		source: "ulogd 2's own log file (logfile= in ulogd.conf: `ctime-style date <level> file.c:line message`, the level in ulogd's own numbers: 1 debug, 3 info, 5 notice, 7 error, 8 fatal): netfilter.org ulogd source (ulogd.h); from memory of real lines. ulogd's LOGEMU packet file is an earlier table's",
		why:    "a ctime date, then ulogd's <n> on its own scale, which is not syslog's: <7> is an error and <3> is info",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026 <5> ulogd.c:843 building new pluginstance stack: 'log1:NFLOG,base1:BASE,ifi1:IFINDEX,ip2str1:IP2STR,print1:PRINTPKT,emu1:LOGEMU'"),
			we("2026-11-29T07:41:16Z", Info, "", "Sun Nov 29 07:41:16 2026 <3> ulogd.c:1541 initialization finished, entering main loop"),
			we("2026-11-29T07:41:17Z", Error, "", "Sun Nov 29 07:41:17 2026 <7> ulogd_inppkt_NFLOG.c:575 unable to bind to log group 1"),
			we("2026-11-29T07:41:17Z", Critical, "", "Sun Nov 29 07:41:17 2026 <8> ulogd.c:1098 not even a single working plugin stack"),
		},
	},
	{
		name:   "panos-mp-log-useridd",
		source: "PAN-OS management-plane useridd.log (`less mp-log useridd.log`: `yyyy-MM-dd HH:mm:ss.SSS ±zzzz level: message`, levels debug info Warning Error): Palo Alto knowledge base articles on User-ID troubleshooting; from memory. ms.log and configd.log (the panos-mp-log family) are an earlier table's; this is another file of the same directory",
		why:    "a date with milliseconds and a +0000 offset, then the level word with a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 +0000 info: pan_user_id_agent_connect(pan_user_id_agent.c:812): connected to agent uid-agent-01(10.20.0.12:5007)"),
			we("2026-11-29T07:41:18.511Z", Debug, "", "2026-11-29 07:41:18.511 +0000 debug: pan_user_id_process_login(pan_user_id.c:2231): ip 10.20.3.44 user corp\\jdoe vsys vsys1"),
			we("2026-11-29T07:42:02.090Z", Error, "", "2026-11-29 07:42:02.090 +0000 Error: pan_ldap_search(pan_ldap.c:1120): ldap search failed for server 10.20.0.11: Can't contact LDAP server"),
		},
	},

	// Intrusion sensors.
	{
		name:   "suricata-drop-log",
		source: "Suricata's legacy drop.log (the drop output in IPS mode: `MM/dd/yyyy-HH:mm:ss.usec: IN= OUT= SRC=… DST=… PROTO=…` in iptables style): Suricata 4/5 docs (suricata.yaml, drop.log); from memory. eve, fast, http, tls, stats and suricata.log are earlier tables'",
		why:    "a month-first date joined to the time with a dash and ending in a colon; the packet fields are no level and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Unknown, "", "11/29/2026-07:41:16.204512: IN= OUT= SRC=198.51.100.23 DST=10.20.0.5 LEN=60 TOS=0x00 TTL=51 ID=4321 PROTO=TCP SPT=51234 DPT=445 SEQ=123456789 ACK=0 WINDOW=64240 SYN RES=0x00 URGP=0"),
			we("2026-11-29T07:41:19.870044Z", Unknown, "", "11/29/2026-07:41:19.870044: IN= OUT= SRC=10.20.0.9 DST=203.0.113.80 LEN=76 TOS=0x00 TTL=63 ID=0 PROTO=UDP SPT=51822 DPT=123 LEN=56"),
		},
	},
	{
		name:   "suricata-dns-log-legacy",
		source: "Suricata's legacy text dns.log (Suricata 3/4: `MM/dd/yyyy-HH:mm:ss.usec [**] Query|Response TX id [**] name [**] type [**] …`): Suricata 4 docs (dns-log output); from memory",
		why:    "the month-first dashed date before [**]-separated fields; the resolver and the client are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Unknown, "", "11/29/2026-07:41:16.204512 [**] Query TX 3f2a [**] mail.example.net [**] A [**] 10.20.0.9:51234 -> 10.20.0.1:53"),
			we("2026-11-29T07:41:16.205101Z", Unknown, "", "11/29/2026-07:41:16.205101 [**] Response TX 3f2a [**] mail.example.net [**] A [**] TTL 300 [**] 198.51.100.20 [**] 10.20.0.1:53 -> 10.20.0.9:51234"),
			we("2026-11-29T07:41:20.011873Z", Unknown, "", "11/29/2026-07:41:20.011873 [**] Response TX 91c0 [**] nosuch.example.net [**] NXDOMAIN [**] 10.20.0.1:53 -> 10.20.0.9:51300"),
		},
	},
	{
		name:   "zeek-weird-log",
		source: "Zeek's weird.log in the default TSV form (#separator/#fields/#types headers, then epoch.usec ts and tab-separated columns; #close at the end): docs.zeek.org (weird.log); from memory. conn, dns, http, notice and reporter logs are earlier tables'",
		why:    "an epoch with microseconds in the first column; the header and close lines are no records; the peer column names the Zeek worker, not the writer's host",
		entries: []worldEntry{
			wskip("#separator \\x09",
				"#set_separator\t,",
				"#empty_field\t(empty)",
				"#unset_field\t-",
				"#path\tweird",
				"#open\t2026-11-29-07-00-00",
				"#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tname\taddl\tnotice\tpeer\tsource",
				"#types\ttime\tstring\taddr\tport\taddr\tport\tstring\tstring\tbool\tstring\tstring"),
			we("2026-11-29T07:41:16.204512Z", Unknown, "", "1795938076.204512\tCYx1a32vPq3Lr7f1Ca\t10.20.0.9\t51234\t198.51.100.7\t443\tbad_TCP_checksum\t-\tF\tworker-1-1\tTCP"),
			we("2026-11-29T07:41:19.880101Z", Unknown, "", "1795938079.880101\t-\t-\t-\t-\t-\tdns_unmatched_reply\t-\tF\tworker-1-2\tDNS"),
			we("2026-11-29T07:42:03.000417Z", Unknown, "", "1795938123.000417\tCk2Rb11f8Zq4nX0Bwe\t10.20.3.44\t60112\t203.0.113.9\t80\tunknown_HTTP_method\tGETT\tF\tworker-1-1\tHTTP"),
			wskip("#close\t2026-11-29-08-00-00"),
		},
	},
	{
		name:   "zeek-ssh-log",
		source: "Zeek's ssh.log in TSV form (ts uid id.* version auth_success auth_attempts direction client server cipher_alg …): docs.zeek.org (ssh.log); from memory",
		why:    "the epoch first column again, headers skipped; the client and server banners are no host",
		entries: []worldEntry{
			wskip("#separator \\x09",
				"#set_separator\t,",
				"#empty_field\t(empty)",
				"#unset_field\t-",
				"#path\tssh",
				"#open\t2026-11-29-07-00-00",
				"#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tversion\tauth_success\tauth_attempts\tdirection\tclient\tserver\tcipher_alg",
				"#types\ttime\tstring\taddr\tport\taddr\tport\tcount\tbool\tcount\tenum\tstring\tstring\tstring"),
			we("2026-11-29T07:41:16.204512Z", Unknown, "", "1795938076.204512\tCm3Zt92pXbQw0gKx8e\t198.51.100.23\t51234\t10.20.0.5\t22\t2\tF\t6\tINBOUND\tSSH-2.0-libssh2_1.10.0\tSSH-2.0-OpenSSH_9.6\tchacha20-poly1305@openssh.com"),
			we("2026-11-29T07:44:40.118004Z", Unknown, "", "1795938280.118004\tC9fLq21hZrT0mWc3ab\t10.20.0.41\t60022\t10.20.0.5\t22\t2\tT\t1\tINTERNAL\tSSH-2.0-OpenSSH_9.6\tSSH-2.0-OpenSSH_9.6\taes256-gcm@openssh.com"),
		},
	},
	{
		name:   "zeek-capture-loss-log",
		source: "Zeek's capture_loss.log in TSV form (ts ts_delta peer gaps acks percent_lost), written every 15 minutes per worker: docs.zeek.org (capture_loss.log); from memory",
		why:    "an epoch first column; the peer column is the worker's name, not a host of the writer",
		entries: []worldEntry{
			wskip("#separator \\x09",
				"#set_separator\t,",
				"#empty_field\t(empty)",
				"#unset_field\t-",
				"#path\tcapture_loss",
				"#open\t2026-11-29-07-00-00",
				"#fields\tts\tts_delta\tpeer\tgaps\tacks\tpercent_lost",
				"#types\ttime\tinterval\tstring\tcount\tcount\tdouble"),
			we("2026-11-29T07:45:00.000214Z", Unknown, "", "1795938300.000214\t900.000037\tworker-1-1\t12\t48211\t0.024891"),
			we("2026-11-29T07:45:00.000877Z", Unknown, "", "1795938300.000877\t900.000012\tworker-1-2\t0\t50102\t0.0"),
		},
	},
	{
		name:   "snort2-alert-csv",
		source: "Snort 2's alert_csv output in its default field order (timestamp,sig_generator,sig_id,sig_rev,msg,proto,src,srcport,dst,dstport,ethsrc,ethdst,ethlen,tcpflags,tcpseq,tcpack,tcplen,tcpwindow,ttl,tos,id,dgmlen,iplen,icmptype,icmpcode,icmpid,icmpseq): Snort 2.9 manual 'alert_csv'; from memory. Snort 3's alert_csv and Snort 2's fast, full and syslog alerts are earlier tables'",
		why:    "a year-less month/day-time stamp with a trailing space before the first comma; the msg column is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Unknown, "", "11/29-07:41:16.204512 ,1,2100498,7,GPL ATTACK_RESPONSE id check returned root,TCP,198.51.100.7,80,10.20.0.9,51234,00:0C:29:11:22:33,00:50:56:AA:BB:CC,0x5EA,***AP***,0x1A2B3C4D,0x5E6F7A8B,,0xFAF0,58,0,23145,1500,1500,,,,"),
			we("2026-11-29T07:41:19.001100Z", Unknown, "", "11/29-07:41:19.001100 ,1,2019401,4,ET POLICY Vulnerable Java Version 1.8.x Detected,TCP,10.20.3.44,60112,203.0.113.9,80,00:0C:29:44:55:66,00:50:56:AA:BB:CC,0x1B6,***AP***,0x0BADF00D,0x0C0FFEE0,,0xFAF0,63,0,5521,424,424,,,,"),
			we("2026-11-29T07:41:22.870511Z", Unknown, "", "11/29-07:41:22.870511 ,1,384,8,PROTOCOL-ICMP PING,ICMP,203.0.113.50,,10.20.0.5,,00:0C:29:11:22:33,00:50:56:AA:BB:CC,0x62,,,,,,52,0,0,84,84,8,0,4711,1"),
		},
	},

	// Load balancers and ADCs.
	{
		name:   "f5-asm-bd-log",
		source: "BIG-IP ASM's enforcer log /var/log/ts/bd.log (`MODULE|LEVEL|Mmm dd HH:MM:SS.mmm|pid|file:line|message`, levels DEBUG NOTICE WARNING ERR): F5 K-articles on bd.log; from memory. ASM's /var/log/asm, its KV and CEF remote logs are earlier tables'",
		why:    "pipe-separated: a module, the level in its column, then a year-less time with milliseconds",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "", "BD_MISC|NOTICE|Nov 29 07:41:16.204|4711|temp_func.cpp:1234|Policy /Common/shop_waf loaded, 412 signatures active"),
			we("2026-11-29T07:41:18.511Z", Warn, "", "CONFIG|WARNING|Nov 29 07:41:18.511|4711|config_manager.cpp:0873|Account 7 has 2 pending configuration updates"),
			we("2026-11-29T07:41:20.090Z", Error, "", "IO_PLUGIN|ERR|Nov 29 07:41:20.090|4711|io_plugin.cpp:0622|Failed to connect to tmm channel 3, retrying"),
			we("2026-11-29T07:41:21.300Z", Debug, "", "BD_MISC|DEBUG|Nov 29 07:41:21.300|4711|bd_dbg.cpp:0101|ECARD: heartbeat ok"),
		},
	},
	{
		name:   "citrix-adc-nsconmsg-d-event",
		gap:    "the event rows after nsconmsg's header lines are joined to the header block into one record; the ctime date at the end of each row is never read",
		source: "NetScaler's `nsconmsg -K /var/nslog/newnslog -d event` (a few header lines, then `seqno rtime PPE-n message event-time` rows ending in a ctime date): Citrix support articles on nsconmsg; from memory. ns.log and its remote syslog forms are earlier tables'",
		why:    "the time is at the end of each row, after the message; the header lines are no records; the monitored service is a peer",
		entries: []worldEntry{
			wskip("Displaying event information",
				"NetScaler V20 Performance Data",
				"NetScaler NS14.1: Build 25.53.nc, Date: Nov 12 2026, 10:21:33   (64-bit)",
				"",
				"rtime: Relative time between two records in milliseconds",
				"seqno     rtime event-message                                                       event-time"),
			we("2026-11-29T07:41:16Z", Unknown, "", " 1217         0 PPE-0 MonServiceBinding_10.20.0.30:443_(tcp-default) - State DOWN Sun Nov 29 07:41:16 2026"),
			we("2026-11-29T07:41:16Z", Unknown, "", " 1218        12 PPE-0 svc_web30 - State DOWN Sun Nov 29 07:41:16 2026"),
			we("2026-11-29T07:43:02Z", Unknown, "", " 1219    106004 PPE-0 MonServiceBinding_10.20.0.30:443_(tcp-default) - State UP Sun Nov 29 07:43:02 2026"),
		},
	},
	{
		name:   "citrix-adc-aaad-debug",
		source: "NetScaler's /tmp/aaad.debug (`cat /tmp/aaad.debug` while debugging LDAP/RADIUS: a ctime date on its own line, then the source path and line and the message on the next, indented by a space): Citrix support articles on aaad.debug; from memory",
		why:    "each record is two lines, the date line and its message line; the LDAP server is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Sun Nov 29 07:41:16 2026",
				" /home/build/rs_141_25_53_RTM/usr.src/netscaler/aaad/ldap_drv.c[100]: receive_ldap_user_search_event 0-211: received LDAP OK"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Sun Nov 29 07:41:16 2026",
				" /home/build/rs_141_25_53_RTM/usr.src/netscaler/aaad/ldap_common.c[616]: ns_ldap_check_result 0-211: checking LDAP result. Expecting 101 (LDAP_RES_SEARCH_RESULT)"),
			we("2026-11-29T07:41:17Z", Unknown, "",
				"Sun Nov 29 07:41:17 2026",
				" /home/build/rs_141_25_53_RTM/usr.src/netscaler/aaad/naaad.c[3120]: send_reject_with_code 0-211: Rejecting with error code 4009"),
		},
	},

	// VPN and wireless.
	{
		name:   "junos-kmd-traceoptions",
		source: "Junos kmd trace file (`show log kmd` with security ike traceoptions: `[Mmm dd HH:MM:SS]message` with no space after the bracket): Juniper KB articles on IKE debugging on SRX; from memory. Other Junos trace files (bgp, mib2d, flow) are earlier tables'",
		why:    "a year-less time in brackets glued to the message; the IKE peer is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[Nov 29 07:41:16]ikev2_packet_allocate: Allocated packet 3c1a00 from freelist"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[Nov 29 07:41:16]Peer's IKE-ID validation passed. Peer IP: 198.51.100.44"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[Nov 29 07:41:17]IPSec negotiation failed for SA-CFG vpn-branch7 for local:203.0.113.4, remote:198.51.100.44 IKEv2. status: No proposal chosen"),
		},
	},
	{
		name:   "openvpn-management-log",
		gap:    "`>LOG:epoch,flag,message` is not read: no time from the epoch and no level from the I/W/D flag (the N line came out Error, apparently from the word Error in its text)",
		source: "OpenVPN's management interface after `log on` (real-time lines `>LOG:epoch,flags,message`, flags I info, W warning, N non-fatal error, F fatal, D debug): OpenVPN management-notes.txt; from memory. OpenVPN's log file, status files and journal are earlier tables'",
		why:    "an epoch and a one-letter flag on OpenVPN's own scale between commas; the client address is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", ">LOG:1795938076,I,198.51.100.23:51234 TLS: Initial packet from [AF_INET]198.51.100.23:51234, sid=1a2b3c4d 5e6f7a8b"),
			we("2026-11-29T07:41:17Z", Warn, "", ">LOG:1795938077,W,WARNING: 'link-mtu' is used inconsistently, local='link-mtu 1557', remote='link-mtu 1541'"),
			we("2026-11-29T07:41:19Z", Error, "", ">LOG:1795938079,N,198.51.100.23:51234 TLS Error: TLS handshake failed"),
			we("2026-11-29T07:41:30Z", Debug, "", ">LOG:1795938090,D,MANAGEMENT: CMD 'status 3'"),
		},
	},
	{
		name:   "cisco-wlc-aireos-debug-client",
		source: "AireOS controller `debug client <mac>` output (`*task: Mmm dd HH:MM:SS.mmm: mac message`): Cisco 'Understand the Debug Client on Wireless LAN Controllers' document; from memory. AireOS show logging, msglog, traplog and syslog are earlier tables'",
		why:    "a star and the task name with a colon before a year-less time with milliseconds; the client MAC, BSSID and AP name are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "*apfMsConnTask_2: Nov 29 07:41:16.204: 3c:22:fb:11:22:33 Association received from mobile on BSSID 70:10:5c:aa:bb:cf AP ap-floor2-07"),
			we("2026-11-29T07:41:16.210Z", Unknown, "", "*Dot1x_NW_MsgTask_0: Nov 29 07:41:16.210: 3c:22:fb:11:22:33 Sending EAP-Request/Identity to mobile 3c:22:fb:11:22:33 (EAP Id 1)"),
			we("2026-11-29T07:41:16.655Z", Unknown, "", "*apfReceiveTask: Nov 29 07:41:16.655: 3c:22:fb:11:22:33 10.20.40.77 RUN (20) Change state to RUN (20) last state DHCP_REQD (7)"),
		},
	},
	{
		name:   "hostapd-t-debug-stdout",
		source: "hostapd run in the foreground with -d -t (each debug line prefixed by the epoch with microseconds and a colon): hostapd's main.c usage (-t include timestamps in some debug messages); from memory. hostapd's syslog frames are an earlier table's",
		why:    "an epoch.usec and colon open the line; the interface and the station's MAC are no host; debug output writes no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Unknown, "", "1795938076.204512: wlan0: STA 3c:22:fb:11:22:33 IEEE 802.11: authenticated"),
			we("2026-11-29T07:41:16.209877Z", Unknown, "", "1795938076.209877: wlan0: STA 3c:22:fb:11:22:33 IEEE 802.11: associated (aid 3)"),
			we("2026-11-29T07:41:16.251003Z", Unknown, "", "1795938076.251003: wlan0: STA 3c:22:fb:11:22:33 WPA: pairwise key handshake completed (RSN)"),
		},
	},
	{
		name:   "hostapd-cli-events",
		gap:    "`<3>EVENT` is read as a syslog PRI (3 = error) instead of hostapd's own level scale (3 = info)",
		source: "hostapd_cli's interactive/action output of control-interface events (`<n>EVENT args`, n the wpa_debug level: 2 debug, 3 info, 4 warning, 5 error): hostapd's wpa_ctrl.h and wpa_debug.h; from memory",
		why:    "an angle-bracket number that is not a syslog PRI but hostapd's own level; no time and no host",
		entries: []worldEntry{
			we("", Info, "", "<3>AP-STA-CONNECTED 3c:22:fb:11:22:33"),
			we("", Info, "", "<3>EAP-SUCCESS 3c:22:fb:11:22:33"),
			we("", Warn, "", "<4>AP-STA-POSSIBLE-PSK-MISMATCH 3c:22:fb:44:55:66"),
			we("", Info, "", "<3>AP-STA-DISCONNECTED 3c:22:fb:11:22:33"),
		},
	},

	// Switches and routers.
	{
		name:   "cisco-staros-show-logs",
		gap:    "StarOS's `yyyy-Mmm-dd+HH:MM:SS.mmm` time and the severity word inside `[facility id severity]` are not read: no time and no level",
		source: "Cisco StarOS (ASR 5500, VPC) `show logs` (`yyyy-Mmm-dd+HH:MM:SS.mmm [facility event-id severity] [card/cpu/pid <task:inst> file.c:line] [event class] message`): StarOS System Administration Guide, 'Viewing logging configuration and statistics'; from memory. No earlier table holds StarOS",
		why:    "a year-month-name-day date joined to the time by +, then the severity word inside the first bracket",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-Nov-29+07:41:16.204 [cli 30005 info] [5/0/4925 <cli:5004925> _commands_cli.c:1227] [software internal security system critical-info syslog] CLI session started for user admin from 10.20.0.5"),
			we("2026-11-29T07:41:18.511Z", Error, "", "2026-Nov-29+07:41:18.511 [sessmgr 10163 error] [3/0/5061 <sessmgr:12> sessmgr_func.c:9123] [software internal system syslog] Session setup failed for IMSI 001010123456789: no IP address available in pool pgw-pool1"),
			we("2026-11-29T07:41:20.090Z", Warn, "", "2026-Nov-29+07:41:20.090 [diameter 92510 warning] [4/0/6110 <diamproxy:1> diam_peer.c:2210] [software internal system syslog] Peer pcrf-a.example.net:3868 not responding to DWR"),
			we("2026-11-29T07:41:22.000Z", Critical, "", "2026-Nov-29+07:41:22.000 [resmgr 14509 critical] [8/0/3211 <resmgr:1> resmgr_cpu.c:455] [hardware internal system syslog] CPU 3/0 memory usage above critical threshold"),
		},
	},
	{
		name:   "cisco-staros-show-snmp-trap-history",
		source: "StarOS `show snmp trap history` (a count line and a column header, then `Ddd Mmm dd HH:MM:SS yyyy Internal trap notification id (Name) details` rows): StarOS SNMP MIB Reference and admin guide; from memory",
		why:    "a ctime date opens each row; the header lines are no records; the trap name is no level",
		entries: []worldEntry{
			wskip("There are 3 historical trap records (5000 maximum)",
				"",
				"Timestamp                Trap Information",
				"------------------------ ---------------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 Internal trap notification 1099 (ManagerRestart) facility sessmgr instance 12 card 3 cpu 0"),
			we("2026-11-29T07:41:20Z", Unknown, "", "Sun Nov 29 07:41:20 2026 Internal trap notification 1034 (DiameterPeerDown) Diameter peer pcrf-a.example.net down"),
			we("2026-11-29T07:43:02Z", Unknown, "", "Sun Nov 29 07:43:02 2026 Internal trap notification 1035 (DiameterPeerUp) Diameter peer pcrf-a.example.net up"),
		},
	},
	{
		name:   "zte-zxr10-alarm-console",
		source: "ZTE ZXR10 router alarm messages as the console and alarm buffer print them (`HH:MM:SS MM/DD/YYYY UTC alarm n occurred|cleared %TYPE% description sent by board`): ZXR10 Alarm Handling Manual, 'Alarm message' examples (easymanua.ls copy); lines written after them. No earlier table holds ZXR10",
		why:    "the time of day before a month-first date and a UTC zone; the board that sent it is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 11/29/2026 UTC alarm 6 occurred %ENVIRONMENT% Rack fan 2 wrong sent by UPC(MPU) 1"),
			we("2026-11-29T07:51:40Z", Unknown, "", "07:51:40 11/29/2026 UTC alarm 6 cleared %ENVIRONMENT% Rack fan 2 normal sent by UPC(MPU) 1"),
			we("2026-11-29T08:02:11Z", Unknown, "", "08:02:11 11/29/2026 UTC alarm 299 occurred %Board% Remove Device No.3! sent by StackMaster DevId 2"),
		},
	},
	{
		name:   "zte-zxr10-show-logging-alarm",
		gap:    "`An alarm n ID n level n occurred at HH:MM:SS MM/DD/YYYY UTC` is not read: no time and no level on ZXR10's 1-8 scale",
		source: "ZXR10 `show logging alarm` on later releases (`An alarm seq ID id level n occurred at HH:MM:SS MM/DD/YYYY UTC sent by board %TYPE% message`, the level on ZXR10's own 1-8 scale: 1 emergencies … 4 errors, 5 warnings, 6 notifications, 7 informational, 8 debugging): ZXR10 Alarm Handling Manual, 'Default severity level'; the line layout from memory",
		why:    "a level digit on a scale shifted by one from syslog's (6 is a notification, 5 a warning); the time follows 'occurred at'",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "An alarm 36609 ID 37 level 6 occurred at 07:41:16 11/29/2026 UTC sent by MCP 1/20 %LINE-PROTOCOL% Interface gei_1/3 changed to up"),
			we("2026-11-29T07:44:02Z", Warn, "", "An alarm 36610 ID 20010 level 5 occurred at 07:44:02 11/29/2026 UTC sent by MCP 1/20 %OSPF% Neighbor 10.20.255.2 on vlan100 changed state to Down"),
			we("2026-11-29T07:47:30Z", Error, "", "An alarm 36611 ID 300 level 4 occurred at 07:47:30 11/29/2026 UTC sent by MCP 1/20 %Board% Power module 2 abnormal"),
		},
	},
	{
		name:   "cisco-ios-show-event-manager-history",
		source: "Cisco IOS `show event manager history events` (a header row, then `No. Job-Id Proc Status Time-of-Event Event-Type Name` rows; the time printed as `Ddd MmmDD HH:MM:SS yyyy`): Cisco Embedded Event Manager command reference; from memory. IOS show logging, archive log and onboard logs are earlier tables'",
		why:    "the time sits in the middle of a table row, the day glued to the month; the applet name and status are no level",
		entries: []worldEntry{
			wskip("No.  Job Id Proc Status    Time of Event            Event Type          Name"),
			we("2026-11-29T07:41:16Z", Unknown, "", "1    11     Actv success   Sun Nov29 07:41:16 2026  syslog              applet: LINK-DOWN-NOTIFY"),
			we("2026-11-29T07:45:00Z", Unknown, "", "2    12     Actv success   Sun Nov29 07:45:00 2026  timer cron          applet: CONFIG-BACKUP"),
			we("2026-11-29T08:02:11Z", Unknown, "", "3    13     Actv abort     Sun Nov29 08:02:11 2026  cli                 applet: BLOCK-RELOAD"),
		},
	},
	{
		name:   "cisco-ios-show-ip-arp-inspection-log",
		source: "Cisco IOS `show ip arp inspection log` (Dynamic ARP Inspection's log buffer: `Interface Vlan Sender-MAC Sender-IP Num-Pkts Reason Time`, the time `HH:MM:SS zone Ddd Mmm d yyyy`): Catalyst DAI configuration guide; from memory",
		why:    "the time of day with its zone before the weekday and date, at the end of a table row; the sender is a peer",
		entries: []worldEntry{
			wskip("Interface   Vlan  Sender MAC      Sender IP        Num Pkts  Reason       Time",
				"----------  ----  --------------  ---------------  --------  -----------  ----"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Gi1/0/3     10    aabb.cc00.0101  10.20.0.66             12  DHCP Deny    07:41:16 UTC Sun Nov 29 2026"),
			we("2026-11-29T07:44:50Z", Unknown, "", "Gi1/0/17    20    aabb.cc00.0244  10.20.20.9              3  ACL Deny     07:44:50 UTC Sun Nov 29 2026"),
		},
	},
	{
		name:   "aruba-cx-show-debug-buffer",
		source: "AOS-CX `show debug buffer` (`yyyy-mm-dd:HH:MM:SS.usec|daemon|LOG_LEVEL|AMM|slot/unit|MODULE|SUBMODULE|message`): AOS-CX Diagnostics and Supportability Guide, 'debug'; from memory. AOS-CX events, show logging -r, accounting and remote syslog are earlier tables'",
		why:    "a date joined to the time by a colon, pipes between fields, and syslog-style LOG_ level names in the third column",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204539Z", Debug, "", "2026-11-29:07:41:16.204539|lacpd|LOG_DEBUG|AMM|1/1|LACP|LACP_FSM|RX LACPDU on 1/1/49, actor key 1, partner key 1"),
			we("2026-11-29T07:41:16.880102Z", Info, "", "2026-11-29:07:41:16.880102|ospfv2d|LOG_INFO|AMM|1/1|OSPFV2|OSPFV2_ADJ|Neighbor 10.20.255.2 on vlan100 changed state to Full"),
			we("2026-11-29T07:41:19.002300Z", Error, "", "2026-11-29:07:41:19.0023|hpe-mstpd|LOG_ERR|AMM|1/1|MSTP|MSTP_BPDU|BPDU guard violation on 1/1/12"),
		},
	},
	{
		name:   "dlink-dgs-show-log",
		source: "D-Link DGS managed switch `show log` (a column header, then `Index Date Time Level Log-Text` rows, newest first, the level a word with the syslog number in parentheses): DGS-1510/DGS-3000 CLI reference guides; from memory. D-Link's syslog and DFL firewall log are earlier tables'",
		why:    "a table row: an index, an ISO date and time, then INFO(6)/WARN(4)/CRIT(2) in the level column",
		entries: []worldEntry{
			wskip("Index Date       Time     Level    Log Text",
				"----- ---------- -------- -------- ------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Info, "", "12    2026-11-29 07:41:16 INFO(6)  Port 1:3 link up, 1Gbps FULL duplex"),
			we("2026-11-29T07:40:02Z", Warn, "", "11    2026-11-29 07:40:02 WARN(4)  Port 1:3 link down"),
			we("2026-11-29T06:58:44Z", Critical, "", "10    2026-11-29 06:58:44 CRIT(2)  Power 2 failed"),
		},
	},
	{
		name:   "junos-jdhcpd-traceoptions",
		source: "Junos jdhcpd trace file (`show log jdhcpd` with system processes dhcp-service traceoptions: `Mmm dd HH:MM:SS.usec [MSTR][LEVEL] [routing-instance][SERVER|RLY][INET][interface] message`): Juniper KB on DHCP relay troubleshooting; from memory",
		why:    "a year-less time with microseconds, then bracketed tags of which the second is the level (INFO, NOTE, DEBUG, ERR)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204853Z", Info, "", "Nov 29 07:41:16.204853 [MSTR][INFO]  [default:default][SERVER][INET][ge-0/0/1.0] jdhcpd_dhcp_client_discover: DISCOVER from 3c:22:fb:11:22:33"),
			we("2026-11-29T07:41:16.209001Z", Notice, "", "Nov 29 07:41:16.209001 [MSTR][NOTE]  [default:default][SERVER][INET][ge-0/0/1.0] client 3c:22:fb:11:22:33 bound to 10.20.40.77"),
			we("2026-11-29T07:41:20.500012Z", Error, "", "Nov 29 07:41:20.500012 [MSTR][ERR]   [default:default][RLY][INET][ge-0/0/2.0] jdhcpd_relay_forward: server 10.20.0.3 unreachable"),
		},
	},
	{
		name:   "junos-escript-log",
		gap:    "the first word after a year-less time (op, running) is taken as a host, though escript.log writes no host",
		source: "Junos /var/log/escript.log (op and event scripts' processing log, `Mmm dd HH:MM:SS message`): Junos automation scripting guide, 'Tracing op script processing'; from memory",
		why:    "a bare year-less time and the message, no host, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 op script processing begins"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 running op script 'check-bgp.slax'"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Nov 29 07:41:17 op script processing complete"),
		},
	},
	{
		name:   "juniper-ssr-highway-log",
		source: "Juniper Session Smart Router (128T) /var/log/128technology/highway.log (`Mmm dd HH:MM:SS.mmm [THREAD|TAG ] LEVEL (component) message`): SSR documentation on log files; from memory, the exact bracket padding recalled. No earlier table holds the SSR",
		why:    "a year-less time with milliseconds, a bracketed thread tag, then the level word in its place",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "Nov 29 07:41:16.204 [HWMC|RTG ] INFO  (rtgMgr1  ) Adjacency to peer dc1-ssr2 via wan1 is up"),
			we("2026-11-29T07:41:18.511Z", Warn, "", "Nov 29 07:41:18.511 [HWMC|BFD ] WARN  (bfdMgr   ) BFD session 10.20.255.2 went down, reason: detection timeout"),
			we("2026-11-29T07:41:20.090Z", Error, "", "Nov 29 07:41:20.090 [HWMC|DPDK] ERROR (fpm      ) Failed to allocate mbuf on port 2"),
		},
	},
	{
		name:   "gobgpd-logrus-text",
		source: "gobgpd's log to a file or a pipe in logrus' text form (`time=\"RFC3339\" level=info msg=\"…\" Key=… Topic=…`): osrg/gobgp issues quoting it; from memory. gobgpd's JSON log is an earlier table's",
		why:    "logfmt: the time and level are keys; the peer in Key= is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "time=\"2026-11-29T07:41:16Z\" level=info msg=\"Add a peer configuration\" Key=10.20.255.2 Topic=Peer"),
			we("2026-11-29T07:41:22Z", Info, "", "time=\"2026-11-29T07:41:22Z\" level=info msg=\"Peer Up\" Key=10.20.255.2 State=BGP_FSM_OPENCONFIRM Topic=Peer"),
			we("2026-11-29T07:44:02Z", Warn, "", "time=\"2026-11-29T07:44:02Z\" level=warning msg=\"hold timer expired\" Key=10.20.255.2 State=BGP_FSM_ESTABLISHED Topic=Peer"),
			we("2026-11-29T07:44:02Z", Debug, "", "time=\"2026-11-29T07:44:02Z\" level=debug msg=\"state changed\" Key=10.20.255.2 Topic=Peer new=BGP_FSM_IDLE old=BGP_FSM_ESTABLISHED reason=hold-timer-expired"),
		},
	},
	{
		name:   "bird16-logfile",
		source: "BIRD 1.6's own log file (`log \"/var/log/bird.log\" all;`, the default 1.x time format `dd-mm-yyyy HH:MM:SS` then `<LEVEL>`): BIRD 1.6 user's guide (log, timeformat); from memory. BIRD 2's log is an earlier table's",
		why:    "a day-first dashed date and the level in angle brackets (INFO, WARN, ERR, TRACE)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "29-11-2026 07:41:16 <INFO> Started"),
			we("2026-11-29T07:41:22Z", Trace, "", "29-11-2026 07:41:22 <TRACE> upstream1: BGP session established"),
			we("2026-11-29T07:44:02Z", Warn, "", "29-11-2026 07:44:02 <WARN> Kernel dropped some netlink messages, will resync on next scan."),
			we("2026-11-29T07:44:02Z", Error, "", "29-11-2026 07:44:02 <ERR> upstream1: Error: Hold timer expired"),
		},
	},
	{
		name:   "iproute2-ip-monitor-timestamp",
		gap:    "the `Timestamp: ctime usec usec` line's microseconds are not read: the time is cut to the second",
		source: "iproute2 `ip -t monitor all` on a Linux router (each event preceded by `Timestamp: Ddd Mmm dd HH:MM:SS yyyy usec usec` on its own line): ip-monitor(8); from memory. No earlier table holds ip monitor",
		why:    "the time is on a line of its own above each event; the two lines are one record; the neighbour addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Unknown, "",
				"Timestamp: Sun Nov 29 07:41:16 2026 204512 usec",
				"[LINK]3: eth1: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc fq_codel state DOWN group default "),
			we("2026-11-29T07:41:16.205001Z", Unknown, "",
				"Timestamp: Sun Nov 29 07:41:16 2026 205001 usec",
				"[ROUTE]Deleted 10.60.0.0/16 via 10.20.1.1 dev eth1 proto bgp metric 20 "),
			we("2026-11-29T07:41:19.880220Z", Unknown, "",
				"Timestamp: Sun Nov 29 07:41:19 2026 880220 usec",
				"[NEIGH]10.20.0.9 dev eth0 lladdr 3c:22:fb:11:22:33 STALE"),
		},
	},
	{
		name:   "lldpd-foreground-stderr",
		source: "lldpd run in the foreground (`lldpd -d`, its log to stderr: `yyyy-mm-ddTHH:MM:SS [LEVEL/token] message`, levels padded: INFO, WARN, DBG, CRIT): lldpd's src/log.c; from memory. lldpd's syslog is an earlier table's",
		why:    "an ISO time without zone or fraction, then the level and a token together in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16 [ INFO/main] protocol LLDP enabled"),
			we("2026-11-29T07:41:16Z", Warn, "", "2026-11-29T07:41:16 [ WARN/lldpctl] cannot find configuration file for CDP, using defaults"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29T07:41:17 [  DBG/interfaces] eth1 is a physical interface"),
		},
	},
	{
		name:   "openbgpd-foreground-stderr",
		source: "OpenBGPD's bgpd run in the foreground (`bgpd -dv`, messages to stderr with no time and no level): bgpd(8); from memory. bgpd's syslog lines are an earlier table's",
		why:    "bare messages: no time, no level, the neighbour is no host",
		entries: []worldEntry{
			we("", Unknown, "", "startup"),
			we("", Unknown, "", "neighbor 10.20.255.2 (upstream1): state change Idle -> Connect, reason: Start"),
			we("", Unknown, "", "neighbor 10.20.255.2 (upstream1): state change OpenConfirm -> Established, reason: KEEPALIVE message received"),
		},
	},

	// Management and access control.
	{
		name:   "cisco-sdwan-vmanage-server-log",
		gap:    "the vManage node's name in the first bracket after the level is not read as the host",
		source: "Cisco SD-WAN Manager (vManage) /var/log/nms/vmanage-server.log (`dd-Mmm-yyyy HH:mm:ss,SSS zone LEVEL [node] [Class] (thread) |tenant| message`, Java stack traces under an error): Cisco SD-WAN troubleshooting docs quoting vmanage-server.log; from memory. The vEdge's own logs are an earlier table's",
		why:    "a day-month-name-year date with a comma before the milliseconds and a zone word; the vManage node's name in the first bracket; a stack trace is part of its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "vmanage01", "29-Nov-2026 07:41:16,204 UTC INFO  [vmanage01] [DeviceConfigurationHandler] (device-config-3) |default| Pushing template branch-edge to device 10.10.1.11"),
			we("2026-11-29T07:41:18.511Z", Warn, "vmanage01", "29-Nov-2026 07:41:18,511 UTC WARN  [vmanage01] [NetconfClient] (device-config-3) |default| Device 10.10.1.11 slow to respond, retrying"),
			we("2026-11-29T07:41:20.090Z", Error, "vmanage01",
				"29-Nov-2026 07:41:20,090 UTC ERROR [vmanage01] [DeviceConfigurationHandler] (device-config-3) |default| Failed to push configuration to 10.10.1.11",
				"com.viptela.vmanage.server.exception.DeviceConfigurationException: NETCONF session closed",
				"\tat com.viptela.vmanage.server.device.config.NetconfPusher.push(NetconfPusher.java:312)",
				"\tat com.viptela.vmanage.server.device.config.DeviceConfigurationHandler.run(DeviceConfigurationHandler.java:98)"),
		},
	},
	{
		name:   "packetfence-log",
		source: "PacketFence's /usr/local/pf/logs/packetfence.log (`Mmm dd HH:MM:SS host service: component(pid) LEVEL: [mac:…] message (function)`): PacketFence admin guide, 'Logs'; from memory. PacketFence appears in earlier tables only as a source of switch lines",
		why:    "a BSD-style time and the server's own name, then the level after the component and pid; the switch and the MAC are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "pf01", "Nov 29 07:41:16 pf01 packetfence_httpd.aaa: httpd.aaa(4711) INFO: [mac:3c:22:fb:11:22:33] handling radius autz request: from switch_ip => (10.20.0.2), connection_type => Ethernet-EAP, switch_mac => (70:10:5c:aa:bb:01) (pf::radius::authorize)"),
			we("2026-11-29T07:41:16Z", Warn, "pf01", "Nov 29 07:41:16 pf01 packetfence_httpd.aaa: httpd.aaa(4711) WARN: [mac:3c:22:fb:44:55:66] Unable to match MAC address to IP (pf::ip4log::mac2ip)"),
			we("2026-11-29T07:41:19Z", Error, "pf01", "Nov 29 07:41:19 pf01 pfqueue: pfqueue(5120) ERROR: [mac:unknown] Error sending SNMP trap to switch 10.20.0.2 (pf::Switch::Cisco::_setVlan)"),
		},
	},
	{
		name:   "thousandeyes-te-agent-log",
		source: "ThousandEyes Enterprise Agent's /var/log/agent/te-agent.log (`yyyy-MM-dd HH:mm:ss.SSS LEVEL [thread] [logger] {} message`): ThousandEyes docs on agent logs; from memory",
		why:    "a zone-less date with milliseconds, then the level word; the thread id in brackets is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 INFO  [7f3a1c2b4700] [te.agent.AgentMain] {} Agent version 1.190.0 starting"),
			we("2026-11-29T07:41:18.511Z", Warn, "", "2026-11-29 07:41:18.511 WARN  [7f3a1a9f3700] [te.agent.net.NetworkTest] {} Test 412009 target 203.0.113.9 unreachable: 3 of 3 probes lost"),
			we("2026-11-29T07:41:20.090Z", Error, "", "2026-11-29 07:41:20.090 ERROR [7f3a1c2b4700] [te.agent.comm.CollectorClient] {} Failed to post results to c1.thousandeyes.com: connection reset"),
		},
	},
}

func TestFresh114Formats(t *testing.T) { assertTable(t, fresh114Cases) }

func TestFresh114Score(t *testing.T) {
	checkScore(t, "fresh114 formats", fresh114Cases, [worldNumFields]float64{87.6, 85.6, 88, 97.5})
}
