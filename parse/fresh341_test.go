package parse

import "testing"

// The three-hundred-and-forty-first fresh table, written on 2026-12-06: network appliances' and
// routers' syslog as it reaches a collector from small-office and carrier gear in 2025-2026, in
// message kinds and collector shapes no earlier table holds. Each family is one product's
// documented or observed output as one collector keeps it: OPNsense 26.x's remote target over TCP
// in RFC 5424 (a path as APP-NAME, `[meta sequenceId]`, and cron's MAIL line whose LF ends the
// frame before its closing parenthesis) as a listener writes the stream line by line; pfSense's BSD
// datagrams without a hostname in VictoriaLogs, read back with LogsQL's query API (one JSON object
// a log, `_time`, `_stream`, `remote_ip` and the parser's `level`); a Zyxel USG FLEX's VRPT syslog in
// VictoriaLogs, whose RFC 3164 parser takes `src="addr` up to the port's colon as the app_name and
// leaves the rest of the pair in `_msg`; MikroTik RouterOS 7's bsd-syslog lines in syslog-ng 4's
// `$(format-json --scope rfc3164 --scope nv-pairs --key ISODATE)` file (the topics as PROGRAM, the
// router's local time in DATE and ISODATE); a UniFi OS gateway (UCG-Ultra) in Fluent Bit's syslog
// input and stdout `json_lines` (an epoch `date`, the PRI as `pri`); EdgeOS 2's PPPoE, OSPF and
// firewall lines in rsyslog's RSYSLOG_FileFormat on a collector at -06:00; DrayTek Vigor's datagrams
// (`Vigor:` where the host goes) in rsyslog's traditional file with the sender's address put in the
// host column; SonicOS 7's header-less key=value syslog in Kiwi Syslog Server's tab-separated file
// on a server at +01:00; Nokia SR OS (7750 SR) events in rsyslog's RSYSLOG_SyslogProtocol23Format
// file (APP-NAME TMNX, the nil fields and the message's own leading blank).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`mikrotik`, `routeros`, `rb5009`, `netwatch`, `"PROGRAM":"system`, `"PROGRAM":"firewall`,
// `opnsense`, `pfsense`, `filterlog`, `,carp,`, `sshguard`, `Attack from`, `Blocking "`,
// `Successful login for user`, `/usr/sbin/cron`, `MAIL (`, `mailed `, `mailed 37`,
// `sequenceId`, `healthcheck`, `edgeos`, `edgerouter`, `pppd\[`, `LCP terminated by peer`, `AdjChg`,
// `unifi`, `ubnt`, `ubiquiti`, `DHCPACK(br`, `DHCPDISCOVER(br`, `DHCPOFFER(br`, `reporter_fail`,
// `ace_reporter`, `omada`, `tp-link`, `tplink`, `draytek`, `vigor`, `Vigor:`, `Load-Balance`,
// `[IPsec]`, `[WUI]`, `zyxel`, `usg flex`, `ZyWALL`, `ob_mac`, `Security Policy Control`,
// `Match default rule`, `has logged in from`, `proto "others"`, `sonicwall`, `sonicos`,
// `id=firewall`, `SSL VPN zone`, `Geo IP`, `IPS Detection Alert`, `Gateway Anti-Virus`,
// `Local0.Alert`, `kiwi`, `watchguard`, `fireware`, `nokia`, `7750`, `sr os`, `timos`, `TMNX -`,
// `TMNX - - -`, `sapPortStateChange`, `ssiSaveConfig`, `tmnxEqPortSFP`, `cli_user_logout`,
// `ericsson`, `router 6000`, `ipos`, `victoria`, `vlogscli`, `"_stream"`, `"_msg"`,
// `facility_keyword`, `"remote_ip":"`, `"app_name"`, `format-json`, `format-json --scope rfc3164`,
// `scope everything`, `WEEK_DAY_NAME`, `S_ISODATE`, `"ISODATE":"`, `"HOST_FROM"`,
// `"FACILITY":"daemon"`, `"source_type":"syslog"`, `"appname":`, `"ident":"`, `"pri":"`,
// `fluent-bit`, `logcli`, `graylog`, `fromhost`, `RSYSLOG_FileFormat`, `RSYSLOG_SyslogProtocol23`,
// `octet`). Every product of the brief is in earlier tables, in the shapes their sources name:
// RouterOS remote, bsd-syslog, ISO 8601, CEF, `/log print`, REST and CAPsMAN (holdout, fresh6 to
// fresh294); OPNsense's local and remote RFC 5424 and BSD, configd, unbound, log views, firmware
// log and API (fresh6 to fresh289); pfSense's filterlog in BSD, RFC 5424, clog and its other logs
// (holdout, fresh36 to fresh133); EdgeOS' kernel file, wire, show log and show vpn log (fresh8,
// fresh15, fresh57, fresh87); UniFi's AP, switch, USG, UDM, CEF, fw-tagged and event-list shapes;
// DrayTek's raw datagram (fresh14); Zyxel's VRPT datagram, CEF and `show logging entries` (fresh6,
// fresh48, fresh75); SonicOS' default, custom id, local time, CEF, CSV export and raw PRI (fresh3 to
// fresh289); Nokia SR OS' memory log, remote syslog with and without prefix and commit history
// (fresh7, fresh54, fresh138, fresh281, fresh326). None of them is in an earlier table through the
// collector it is given here, and none of the earlier tables holds OPNsense's split cron line,
// VictoriaLogs' query output, or syslog-ng's JSON of RouterOS' topics. Left out: WatchGuard
// Fireware (native, serial, LEEF, CEF, Traffic Monitor and Kiwi shapes in fresh3 to fresh289),
// TP-Link Omada (the controller's syslog is fresh294's; the ER605 gateway's own datagram was not
// confirmed), and Ericsson's Router 6000 (IPOS: no layout confirmed in a stored source, as fresh154
// and fresh306 found). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). OPNsense's +01:00 is converted; VictoriaLogs' `_time` is UTC (its RFC 3164
// parser dates a yearless stamp in the current year and its -syslog.timezone, UTC here); syslog-ng's
// ISODATE carries +01:00 and DATE the same clock with no zone, taken as UTC, so either is accepted;
// Fluent Bit's `date` is epoch seconds and its kept `time` a yearless BSD stamp of the same second;
// RSYSLOG_FileFormat's -06:00 is converted; the traditional file's yearless date is in 2026; Kiwi's
// date column is the server's +01:00 clock with no zone, SonicOS' time= is UTC, so either is
// accepted. Levels only where the line marks one: the PRI of a raw or RFC 5424 line, VictoriaLogs'
// `level` (its name for the PRI's severity), syslog-ng's PRIORITY, Fluent Bit's `pri`, Kiwi's
// Facility.Level column (with SonicOS' pri= agreeing); rsyslog's traditional and FileFormat files
// keep none, so EdgeOS' and DrayTek's lines have none, and SR OS' MINOR or WARNING inside the event
// name gives way to the PRI (the mapping of fresh54 and fresh326: major critical, minor error,
// warning warning). The host is the record's host field: the RFC 5424 HOSTNAME, VictoriaLogs'
// `hostname`, or, where the datagram had none, its `remote_ip` (the sender, as rsyslog puts the
// sender in its host column); syslog-ng's HOST (HOST_FROM is the relay's view of the same box),
// Fluent Bit's `host`, rsyslog's host column, Kiwi's host column. A client, a peer, a firewall's WAN
// address in fw=, a stream label, a DHCP client's name and a router instance are no hosts. A record
// that spans lines is one entry: OPNsense's cron MAIL message with the `)` its LF pushed to a line
// of its own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (the search budget ran out part-way, so more of them than usual are).
// Hosts, ids, addresses, users and messages are invented, and every time is in late November 2026.
// The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read,
// and it stays in the score.
//
// Its first figure, scored at commit 99aef9e before any rule for it: level 100.0 %, time 100.0 %, host 88.9 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 87.5 %, records 100.0 %), in
// a worktree at 99aef9e with no change to trawl's code (only this file and table_test.go's list), 8
// of 9 families fully right; the one gap is the host of pfSense's header-less datagrams in
// VictoriaLogs' query output, named only by its `remote_ip` key.

var fresh341Cases = []worldCase{
	{
		name:   "opnsense26-rfc5424-tcp-raw-cron-mail-split",
		source: "OPNsense 26.x's remote logging target over TCP with the RFC 5424 option (syslog-ng's network() driver, LF-framed: `<PRI>1 time±hh:mm fqdn /usr/sbin/cron pid - [meta sequenceId=\"n\"] (user) CMD|MAIL (…)`), kept by a listener that writes the stream as it arrives; cron's `MAIL (mailed 37 bytes of output but got status 0x0001\\n)` for GUI jobs run through `configctl -d`, whose LF ends the line before the `)`: VictoriaMetrics/VictoriaLogs issue #1365 (tcpdump of the RFC 5424 and BSD frames), opnsense/core issues #10246 and #10912; the flock CMD line as in opnsense/core issue #3616",
		why:    "a path as APP-NAME; the SD element before the message; a +01:00 offset; the `)` alone on a line belongs to the MAIL record before it, not to a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:40:58Z", Info, "fw-branch.lan", `<46>1 2026-11-29T08:40:58+01:00 fw-branch.lan syslog-ng 61012 - [meta sequenceId="5119"] syslog-ng starting up; version='4.8.1'`),
			we("2026-11-29T07:41:00Z", Info, "fw-branch.lan", `<78>1 2026-11-29T08:41:00+01:00 fw-branch.lan /usr/sbin/cron 48113 - [meta sequenceId="5120"] (nobody) CMD (/usr/local/sbin/configctl -d -- 'healthcheck healthchecksio')`),
			we("2026-11-29T07:41:00Z", Info, "fw-branch.lan",
				`<78>1 2026-11-29T08:41:00+01:00 fw-branch.lan /usr/sbin/cron 48112 - [meta sequenceId="5121"] (nobody) MAIL (mailed 37 bytes of output but got status 0x0001`,
				`)`),
			we("2026-11-29T07:42:00Z", Info, "fw-branch.lan", `<78>1 2026-11-29T08:42:00+01:00 fw-branch.lan /usr/sbin/cron 48201 - [meta sequenceId="5125"] (root) CMD ((/usr/local/bin/flock -n -E 0 -o /tmp/filter_update_tables.lock /usr/local/opnsense/scripts/filter/update_tables.py) > /dev/null)`),
			we("2026-11-29T07:42:00Z", Info, "fw-branch.lan", `<78>1 2026-11-29T08:42:00+01:00 fw-branch.lan /usr/sbin/cron 48202 - [meta sequenceId="5126"] (nobody) CMD (/usr/local/sbin/configctl -d -- 'healthcheck healthchecksio')`),
			we("2026-11-29T07:42:00Z", Info, "fw-branch.lan",
				`<78>1 2026-11-29T08:42:00+01:00 fw-branch.lan /usr/sbin/cron 48200 - [meta sequenceId="5127"] (nobody) MAIL (mailed 37 bytes of output but got status 0x0001`,
				`)`),
		},
	},
	{
		name:   "pfsense-bsd-nohost-victorialogs-logsql-json",
		gap:    "trawl reads `_time`, `level` and every record but no host: in a JSON object with no `hostname` key, VictoriaLogs' `\"remote_ip\":\"10.20.0.1\"` (the sender's address, the only field naming the firewall) is not read as the host",
		source: "pfSense CE 2.8 remote syslog in the default BSD format, whose datagrams carry no hostname (`<PRI>Mmm dd HH:mm:ss prog[pid]: msg`: utmstack/UTMStack issue #1852, pfelk/pfelk issue #185), received by VictoriaLogs' syslog listener and read back with `curl …/select/logsql/query -d 'query=remote_ip:10.20.0.1'` (one JSON object a log: `_time`, `_stream_id`, `_stream`, `_msg`, then the fields the parser adds, priority, facility_keyword, level, facility, severity, format, app_name, proc_id and remote_ip; a token holding `[` or `:` after the time is taken as the tag, not a hostname): VictoriaMetrics/VictoriaLogs lib/logstorage/syslog_parser.go and app/vlinsert/syslog/syslog_test.go; the order of the keys in the query output and the filterlog CARP and sshguard texts from memory",
		why:    "no hostname field at all: the sender's remote_ip is the only field naming the firewall; `level` is the PRI's severity by name; `_time` is the time; filterlog's CSV, the CARP vhid/advskew numbers and the stream id are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.20.0.1", `{"_time":"2026-11-29T07:41:16Z","_stream_id":"00000000000000003f1c2a7e9b0d4e51a6c8f2d3b4e5a617","_stream":"{app_name=\"filterlog\",proc_id=\"52113\"}","_msg":"5,,,1000000103,igb0,match,block,in,4,0x0,,243,44012,0,none,6,tcp,44,203.0.113.45,198.51.100.20,44321,3389,0,S,3312004411,,1024,,mss","app_name":"filterlog","facility":"16","facility_keyword":"local0","format":"rfc3164","level":"info","priority":"134","proc_id":"52113","remote_ip":"10.20.0.1","severity":"6"}`),
			we("2026-11-29T07:41:17Z", Info, "10.20.0.1", `{"_time":"2026-11-29T07:41:17Z","_stream_id":"00000000000000003f1c2a7e9b0d4e51a6c8f2d3b4e5a617","_stream":"{app_name=\"filterlog\",proc_id=\"52113\"}","_msg":"6,,,1000000105,igb1,match,block,in,6,0x00,0x3e2f1,1,UDP,17,92,fe80::3e22:fbff:fe41:2207,ff02::fb,5353,5353,92","app_name":"filterlog","facility":"16","facility_keyword":"local0","format":"rfc3164","level":"info","priority":"134","proc_id":"52113","remote_ip":"10.20.0.1","severity":"6"}`),
			we("2026-11-29T07:41:18Z", Info, "10.20.0.1", `{"_time":"2026-11-29T07:41:18Z","_stream_id":"00000000000000003f1c2a7e9b0d4e51a6c8f2d3b4e5a617","_stream":"{app_name=\"filterlog\",proc_id=\"52113\"}","_msg":"52,,,1000004721,igb1,match,pass,out,4,0x10,,255,0,0,none,112,carp,56,10.20.0.2,224.0.0.18,advertise,255,1,2,0,1","app_name":"filterlog","facility":"16","facility_keyword":"local0","format":"rfc3164","level":"info","priority":"134","proc_id":"52113","remote_ip":"10.20.0.1","severity":"6"}`),
			we("2026-11-29T07:41:20Z", Notice, "10.20.0.1", `{"_time":"2026-11-29T07:41:20Z","_stream_id":"0000000000000000c7d5e1f20a3b4c6d8e9f0a1b2c3d4e5f","_stream":"{app_name=\"sshguard\",proc_id=\"7712\"}","_msg":"Attack from \"203.0.113.45\" on service SSH with danger 10.","app_name":"sshguard","facility":"4","facility_keyword":"auth","format":"rfc3164","level":"notice","priority":"37","proc_id":"7712","remote_ip":"10.20.0.1","severity":"5"}`),
			we("2026-11-29T07:41:29Z", Warn, "10.20.0.1", `{"_time":"2026-11-29T07:41:29Z","_stream_id":"0000000000000000c7d5e1f20a3b4c6d8e9f0a1b2c3d4e5f","_stream":"{app_name=\"sshguard\",proc_id=\"7712\"}","_msg":"Blocking \"203.0.113.45/32\" for 120 secs (3 attacks in 9 secs, after 1 abuses over 9 secs.)","app_name":"sshguard","facility":"4","facility_keyword":"auth","format":"rfc3164","level":"warning","priority":"36","proc_id":"7712","remote_ip":"10.20.0.1","severity":"4"}`),
			we("2026-11-29T07:42:03Z", Info, "10.20.0.1", `{"_time":"2026-11-29T07:42:03Z","_stream_id":"00000000000000005a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d","_stream":"{app_name=\"php-fpm\",proc_id=\"412\"}","_msg":"/index.php: Successful login for user 'netadmin' from: 10.20.0.5 (Local Database)","app_name":"php-fpm","facility":"4","facility_keyword":"auth","format":"rfc3164","level":"info","priority":"38","proc_id":"412","remote_ip":"10.20.0.1","severity":"6"}`),
		},
	},
	{
		name:   "zyxel-usgflex-victorialogs-logsql-split-tag",
		source: "a Zyxel USG FLEX 200 (ZLD 5.3x) sending its VRPT syslog (`<PRI>Mmm dd HH:mm:ss host src=\"addr:port\" dst=\"addr:port\" msg=\"…\" note=\"…\" user=\"…\" devID=\"…\" cat=\"…\" …`, no program tag) to VictoriaLogs, read back with the LogsQL query API: VictoriaLogs' RFC 3164 parser cuts the tag at the first `[`, `:` or blank, so `src=\"203.0.113.45` becomes app_name (and a stream label) and `_msg` opens with the port and the pair's closing quote: VictoriaMetrics/VictoriaLogs lib/logstorage/syslog_parser.go (parseRFC3164) and app/vlinsert/syslog/syslog_test.go; the VRPT pairs as the earlier Zyxel families cite them (Zyxel USG FLEX Reference Guide, 'Log Descriptions'); the message texts and the key order of the query output from memory",
		why:    "the device's name in `hostname`; the app_name and `_stream` hold half of a quoted address; `_msg` starts with a port number and a stray quote, no time; `level` is the PRI's severity; src, dst and the login address are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "usgflex200", `{"_time":"2026-11-29T07:41:16Z","_stream_id":"00000000000000008e1f2a3b4c5d6e7f8091a2b3c4d5e6f7","_stream":"{app_name=\"src=\\\"203.0.113.45\",hostname=\"usgflex200\"}","_msg":"44321\" dst=\"198.51.100.20:443\" msg=\"Match default rule, DROP\" note=\"ACCESS BLOCK\" user=\"unknown\" devID=\"bc9911aa22cc\" cat=\"Security Policy Control\" class=\"Access Control\" ob=\"0\" ob_mac=\"000000000000\" dir=\"WAN1:ZyWALL\" protoID=6 proto=\"others\"","app_name":"src=\"203.0.113.45","facility":"17","facility_keyword":"local1","format":"rfc3164","hostname":"usgflex200","level":"warning","priority":"140","remote_ip":"10.30.0.1","severity":"4"}`),
			we("2026-11-29T07:41:40Z", Info, "usgflex200", `{"_time":"2026-11-29T07:41:40Z","_stream_id":"0000000000000000a0b1c2d3e4f5061728394a5b6c7d8e9f","_stream":"{app_name=\"src=\\\"10.30.0.5\",hostname=\"usgflex200\"}","_msg":"51022\" dst=\"10.30.0.1:443\" msg=\"Administrator admin has logged in from 10.30.0.5 via HTTPS\" note=\"Account: admin\" user=\"admin\" devID=\"bc9911aa22cc\" cat=\"User\"","app_name":"src=\"10.30.0.5","facility":"17","facility_keyword":"local1","format":"rfc3164","hostname":"usgflex200","level":"info","priority":"142","remote_ip":"10.30.0.1","severity":"6"}`),
			we("2026-11-29T07:42:05Z", Alert, "usgflex200", `{"_time":"2026-11-29T07:42:05Z","_stream_id":"0000000000000000f1e2d3c4b5a6978869504a3b2c1d0e0f","_stream":"{app_name=\"src=\\\"198.51.100.77\",hostname=\"usgflex200\"}","_msg":"80\" dst=\"10.30.4.21:50412\" msg=\"Virus infected - Type: File, Virus name: EICAR-Test-File, File name: eicar.com\" note=\"Anti-Malware Destroy\" user=\"unknown\" devID=\"bc9911aa22cc\" cat=\"Anti-Malware\"","app_name":"src=\"198.51.100.77","facility":"17","facility_keyword":"local1","format":"rfc3164","hostname":"usgflex200","level":"alert","priority":"137","remote_ip":"10.30.0.1","severity":"1"}`),
			we("2026-11-29T07:43:10Z", Warn, "usgflex200", `{"_time":"2026-11-29T07:43:10Z","_stream_id":"00000000000000001a2b3c4d5e6f708192a3b4c5d6e7f809","_stream":"{app_name=\"src=\\\"0.0.0.0\",hostname=\"usgflex200\"}","_msg":"0\" dst=\"0.0.0.0:0\" msg=\"Connectivity check failed on interface wan1, ping to 9.9.9.9\" note=\"none\" user=\"unknown\" devID=\"bc9911aa22cc\" cat=\"Interface\"","app_name":"src=\"0.0.0.0","facility":"17","facility_keyword":"local1","format":"rfc3164","hostname":"usgflex200","level":"warning","priority":"140","remote_ip":"10.30.0.1","severity":"4"}`),
		},
	},
	{
		name:   "routeros7-syslog-ng-format-json-rfc3164",
		source: "MikroTik RouterOS 7 remote action with bsd-syslog=yes, syslog-severity=auto and the default syslog-facility daemon (`<PRI>Mmm dd HH:mm:ss identity topics msg`, the router on CET sending its local clock), received by syslog-ng 4 on a CET host and written with `template(\"$(format-json --scope rfc3164 --scope nv-pairs --key ISODATE)\\n\")`: one JSON object a message, syslog-ng's keys in its reverse order SOURCE, PROGRAM, PRIORITY, MESSAGE, LEGACY_MSGHDR, ISODATE, HOST_FROM, HOST, FACILITY, DATE, the first word after the host (RouterOS' comma-separated topics) taken as PROGRAM: syslog-ng/syslog-ng issues #3535 (the same template's output for BIG-IP lines whose level word lands in PROGRAM) and #3214, #4729 (format-json's keys); RouterOS' header as fresh54 has it (MikroTik manual 'Log'); the topics' texts from memory",
		why:    "ISODATE with +01:00 and DATE with the same clock and no zone; PRIORITY is the level; HOST is the router's identity and HOST_FROM its address; the topics in PROGRAM are no host; `[500]`, `len 60` and `8291` are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T08:41:16Z", Info, "rb5009-core", `{"SOURCE":"s_net","PROGRAM":"system,info,account","PRIORITY":"info","MESSAGE":"user netops logged in from 10.20.0.5 via ssh","LEGACY_MSGHDR":"system,info,account ","ISODATE":"2026-11-29T08:41:16+01:00","HOST_FROM":"10.20.0.1","HOST":"rb5009-core","FACILITY":"daemon","DATE":"Nov 29 08:41:16"}`),
			we("2026-11-29T07:41:19Z|2026-11-29T08:41:19Z", Info, "rb5009-core", `{"SOURCE":"s_net","PROGRAM":"dhcp,info","PRIORITY":"info","MESSAGE":"dhcp-lan assigned 10.20.4.23 for 3C:22:FB:41:22:07 pixel-8","LEGACY_MSGHDR":"dhcp,info ","ISODATE":"2026-11-29T08:41:19+01:00","HOST_FROM":"10.20.0.1","HOST":"rb5009-core","FACILITY":"daemon","DATE":"Nov 29 08:41:19"}`),
			we("2026-11-29T07:41:22Z|2026-11-29T08:41:22Z", Info, "rb5009-core", `{"SOURCE":"s_net","PROGRAM":"firewall,info","PRIORITY":"info","MESSAGE":"input: in:ether1 out:(unknown 0), connection-state:new src-mac 02:11:22:33:44:55, proto TCP (SYN), 203.0.113.45:51240->198.51.100.10:8291, len 60","LEGACY_MSGHDR":"firewall,info ","ISODATE":"2026-11-29T08:41:22+01:00","HOST_FROM":"10.20.0.1","HOST":"rb5009-core","FACILITY":"daemon","DATE":"Nov 29 08:41:22"}`),
			we("2026-11-29T07:41:30Z|2026-11-29T08:41:30Z", Info, "rb5009-core", `{"SOURCE":"s_net","PROGRAM":"interface,info","PRIORITY":"info","MESSAGE":"ether5 link down","LEGACY_MSGHDR":"interface,info ","ISODATE":"2026-11-29T08:41:30+01:00","HOST_FROM":"10.20.0.1","HOST":"rb5009-core","FACILITY":"daemon","DATE":"Nov 29 08:41:30"}`),
			we("2026-11-29T07:41:47Z|2026-11-29T08:41:47Z", Error, "rb5009-core", `{"SOURCE":"s_net","PROGRAM":"ipsec,error","PRIORITY":"err","MESSAGE":"phase1 negotiation failed due to time up 198.51.100.10[500]<=>203.0.113.80[500]","LEGACY_MSGHDR":"ipsec,error ","ISODATE":"2026-11-29T08:41:47+01:00","HOST_FROM":"10.20.0.1","HOST":"rb5009-core","FACILITY":"daemon","DATE":"Nov 29 08:41:47"}`),
			we("2026-11-29T07:45:00Z|2026-11-29T08:45:00Z", Warn, "rb5009-core", `{"SOURCE":"s_net","PROGRAM":"script,warning","PRIORITY":"warning","MESSAGE":"backup upload to 10.20.0.40 failed","LEGACY_MSGHDR":"script,warning ","ISODATE":"2026-11-29T08:45:00+01:00","HOST_FROM":"10.20.0.1","HOST":"rb5009-core","FACILITY":"daemon","DATE":"Nov 29 08:45:00"}`),
		},
	},
	{
		name:   "unifi-gateway-fluent-bit-json-lines",
		source: "a UniFi OS gateway (UCG-Ultra, UniFi Network 9) sending remote syslog (`<PRI>Mmm dd HH:mm:ss name prog[pid]: msg`: dnsmasq-dhcp's DISCOVER/OFFER/REQUEST/ACK, mcad's inform failures, the kernel's rule hits with its uptime) to Fluent Bit's syslog input with the stock `syslog-rfc3164` parser (pri, time, host, ident, pid, message; Time_Keep On) and the stdout output in `json_lines` (the record's epoch as `date` first): Fluent Bit's conf/parsers.conf and stdout documentation, from memory; the gateway's lines from memory of UDM and USG pastes as the earlier UniFi families cite them",
		why:    "an epoch with a fraction in `date` and a yearless BSD `time` of the same second; the PRI number in `pri` is the level (30 daemon.info, 27 daemon.err, 4 kern.warning); `host` is the gateway; the kernel's `[1234567.891011]` is an uptime, a client's name and MAC are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "UCG-Ultra", `{"date":1795938076.0,"pri":"30","time":"Nov 29 07:41:16","host":"UCG-Ultra","ident":"dnsmasq-dhcp","pid":"2514","message":"DHCPDISCOVER(br0) 3c:22:fb:41:22:07"}`),
			we("2026-11-29T07:41:16Z", Info, "UCG-Ultra", `{"date":1795938076.0,"pri":"30","time":"Nov 29 07:41:16","host":"UCG-Ultra","ident":"dnsmasq-dhcp","pid":"2514","message":"DHCPOFFER(br0) 192.168.1.23 3c:22:fb:41:22:07"}`),
			we("2026-11-29T07:41:16Z", Info, "UCG-Ultra", `{"date":1795938076.0,"pri":"30","time":"Nov 29 07:41:16","host":"UCG-Ultra","ident":"dnsmasq-dhcp","pid":"2514","message":"DHCPREQUEST(br0) 192.168.1.23 3c:22:fb:41:22:07"}`),
			we("2026-11-29T07:41:16Z", Info, "UCG-Ultra", `{"date":1795938076.0,"pri":"30","time":"Nov 29 07:41:16","host":"UCG-Ultra","ident":"dnsmasq-dhcp","pid":"2514","message":"DHCPACK(br0) 192.168.1.23 3c:22:fb:41:22:07 pixel-8"}`),
			we("2026-11-29T07:41:20Z", Error, "UCG-Ultra", `{"date":1795938080.0,"pri":"27","time":"Nov 29 07:41:20","host":"UCG-Ultra","ident":"mcad","pid":"2201","message":"ace_reporter.reporter_fail(): initial contact failed #1, url=http://127.0.0.1:8080/inform, rc=7"}`),
			we("2026-11-29T07:41:31Z", Warn, "UCG-Ultra", `{"date":1795938091.0,"pri":"4","time":"Nov 29 07:41:31","host":"UCG-Ultra","ident":"kernel","message":"[1234567.891011] [WAN_IN-3000-D] IN=eth4 OUT=br0 MAC=e4:38:83:0a:0b:0c:00:11:22:33:44:55:08:00 SRC=203.0.113.45 DST=192.168.1.23 LEN=60 TOS=0x00 PREC=0x00 TTL=50 ID=41207 DF PROTO=TCP SPT=44321 DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0 MARK=1a0000"}`),
		},
	},
	{
		name:   "edgeos2-rsyslog-fileformat-central-offset",
		source: "an EdgeRouter 4 on EdgeOS 2.0 (`system syslog host … facility all level info`, rsyslog's traditional forward format, the router's clock on America/Chicago), stored by an rsyslog collector on Central time with RSYSLOG_FileFormat (`%TIMESTAMP:::date-rfc3339% %HOSTNAME% %syslogtag%%msg%`, the BSD stamp given the collector's -06:00): pppd's PPPoE re-dial lines, ospfd's AdjChg and the kernel's `[RULESET-rule-A]IN=` rule hit: rsyslog's documentation of its built-in templates, from memory; EdgeOS' lines as the earlier EdgeOS families cite them (Ubiquiti help 'EdgeRouter - Logging'), from memory",
		why:    "RFC 3339 with -06:00 is converted; the file keeps no PRI, so no level (not even the kernel's); pppd's `local  IP address` with two blanks and the OSPF neighbour are message text, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "er-branch", "2026-11-29T01:41:16-06:00 er-branch pppd[2211]: LCP terminated by peer"),
			we("2026-11-29T07:41:19Z", Unknown, "er-branch", "2026-11-29T01:41:19-06:00 er-branch pppd[2211]: Connection terminated."),
			we("2026-11-29T07:41:25Z", Unknown, "er-branch", "2026-11-29T01:41:25-06:00 er-branch pppd[2211]: local  IP address 203.0.113.77"),
			we("2026-11-29T07:41:25Z", Unknown, "er-branch", "2026-11-29T01:41:25-06:00 er-branch pppd[2211]: remote IP address 198.51.100.1"),
			we("2026-11-29T07:41:31Z", Unknown, "er-branch", "2026-11-29T01:41:31-06:00 er-branch ospfd[1290]: AdjChg: Nbr 10.255.0.2 on eth2:10.0.12.1: Full -> Deleted (InactivityTimer)"),
			we("2026-11-29T07:41:40Z", Unknown, "er-branch", "2026-11-29T01:41:40-06:00 er-branch kernel: [WAN_LOCAL-default-D]IN=pppoe0 OUT= MAC= SRC=203.0.113.45 DST=203.0.113.77 LEN=44 TOS=0x00 PREC=0x00 TTL=243 ID=44012 PROTO=TCP SPT=44321 DPT=8443 WINDOW=1024 RES=0x00 SYN URGP=0"),
		},
	},
	{
		name:   "draytek-vigor-rsyslog-traditional-fromhost",
		source: "a DrayTek Vigor 2927 sending syslog with no hostname (`<PRI>Mmm dd HH:mm:ss Vigor: msg`, the layout of fresh14's DrayTek family) to an rsyslog collector writing RSYSLOG_TraditionalFileFormat: `Vigor:` is no valid hostname, so rsyslog takes it as the tag and puts the sender's address in the host column (rsyslog/rsyslog issue #5134: HOSTNAME falls back to fromhost-ip when the message has none); the filter, VPN dial-up and IKE, and web-admin login texts from memory",
		why:    "the sender's address where the host goes and `Vigor:` as the tag; a yearless date in 2026; no PRI is kept, so no level; the bracketed categories, the 00:00:00 session age and `@S:R=13:1` are message text, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "192.168.1.1", "Nov 29 07:41:16 192.168.1.1 Vigor: [FILTER][Block][WAN1->LAN/RT/VPN, 00:00:00 ][@S:R=13:1, 203.0.113.45:44321->192.168.1.10:3389][TCP][HLen=20, TLen=60, Flag=S, Seq=3312004411, Ack=0, Win=64240]"),
			we("2026-11-29T07:41:20Z", Unknown, "192.168.1.1", "Nov 29 07:41:20 192.168.1.1 Vigor: IKE ==> Send Main Mode 1st packet to 198.51.100.20:500 for profile 2:branch-lyon"),
			we("2026-11-29T07:41:21Z", Unknown, "192.168.1.1", "Nov 29 07:41:21 192.168.1.1 Vigor: [H2L][UP][IPsec][@2:branch-lyon]"),
			we("2026-11-29T07:42:05Z", Unknown, "192.168.1.1", "Nov 29 07:42:05 192.168.1.1 Vigor: Admin account (admin) login from 192.168.1.5 via HTTPS successful"),
			we("2026-11-29T07:42:30Z", Unknown, "192.168.1.1", "Nov 29 07:42:30 192.168.1.1 Vigor: [FILTER][Pass][LAN/RT/VPN->WAN, 00:00:04 ][@S:R=2:1, 192.168.1.23:51022->9.9.9.9:853][TCP][HLen=20, TLen=52, Flag=A, Seq=1120441, Ack=88120417, Win=502]"),
		},
	},
	{
		name:   "sonicos7-kiwi-syslog-tab-file",
		source: "SonicOS 7 (a TZ 370) syslog in its default format, header-less (`id=firewall sn=… time=\"yyyy-MM-dd HH:mm:ss UTC\" fw=… pri=n c=… gcat=n m=… msg=\"…\" …`, as the earlier SonicOS families cite it: SonicWall 'SonicOS 7 Log Events reference'), kept by Kiwi Syslog Server on a Windows host at +01:00 in its default log file (`date time<TAB>Facility.Level<TAB>sender<TAB>message`, the date in the server's clock): Kiwi's file as fresh289's WatchGuard family has it; the SSL VPN, Geo-IP, IPS and GAV messages from memory",
		why:    "Kiwi's zone-less local date and SonicOS' UTC time= of the same instant; Kiwi's Facility.Level is the level and agrees with pri=; Kiwi's sender column is the host, fw= the firewall's WAN address and src/dst with their zones peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T08:41:16Z", Info, "10.30.0.1", "2026-11-29 08:41:16\tLocal0.Info\t10.30.0.1\t"+`id=firewall sn=2CB8ED5A7C31 time="2026-11-29 07:41:16 UTC" fw=203.0.113.30 pri=6 c=1024 gcat=1 m=1080 msg="SSL VPN zone remote user login allowed" n=4120 src=198.51.100.23:51022:X1 dst=203.0.113.30:4433:X1 user="mireille" fw_action="NA"`),
			we("2026-11-29T07:41:22Z|2026-11-29T08:41:22Z", Notice, "10.30.0.1", "2026-11-29 08:41:22\tLocal0.Notice\t10.30.0.1\t"+`id=firewall sn=2CB8ED5A7C31 time="2026-11-29 07:41:22 UTC" fw=203.0.113.30 pri=5 c=32 gcat=3 m=1198 msg="Geo IP Initiator Blocked" n=22031 src=203.0.113.45:44321:X1 dst=203.0.113.30:3389:X1 proto=tcp/3389 fw_action="drop"`),
			we("2026-11-29T07:41:35Z|2026-11-29T08:41:35Z", Alert, "10.30.0.1", "2026-11-29 08:41:35\tLocal0.Alert\t10.30.0.1\t"+`id=firewall sn=2CB8ED5A7C31 time="2026-11-29 07:41:35 UTC" fw=203.0.113.30 pri=1 c=32 gcat=4 m=608 msg="IPS Detection Alert: WEB-ATTACKS Apache Log4j RCE Attempt 1" sid=15004 ipscat="WEB-ATTACKS" ipspri=1 n=311 src=198.51.100.61:33810:X1 dst=10.30.4.21:443:X0 proto=tcp/https fw_action="drop"`),
			we("2026-11-29T07:42:02Z|2026-11-29T08:42:02Z", Warn, "10.30.0.1", "2026-11-29 08:42:02\tLocal0.Warning\t10.30.0.1\t"+`id=firewall sn=2CB8ED5A7C31 time="2026-11-29 07:42:02 UTC" fw=203.0.113.30 pri=4 c=32 gcat=4 m=809 msg="Gateway Anti-Virus Alert: EICAR_Test (Test) blocked." n=88 src=198.51.100.77:80:X1 dst=10.30.4.21:50412:X0 proto=tcp/http fw_action="drop"`),
		},
	},
	{
		name:   "nokia-sros-rsyslog-syslogprotocol23-file",
		source: "Nokia SR OS 24 on a 7750 SR sending its event log to a syslog destination (`<PRI>Mmm dd HH:mm:ss source-ip TMNX: seq router APPLICATION-SEVERITY-EventName-id [subject]:  msg`, as fresh54 and fresh326 cite the 7750 SR System Management Guide), stored by an rsyslog collector with RSYSLOG_SyslogProtocol23Format (`<%PRI%>1 %TIMESTAMP:::date-rfc3339% %HOSTNAME% %APP-NAME% %PROCID% %MSGID% %STRUCTURED-DATA% %msg%`: APP-NAME TMNX from the tag, PROCID, MSGID and SD nil, and a second blank because a BSD message's %msg% keeps its leading one): rsyslog's built-in templates, from memory; the event names from memory",
		why:    "an RFC 5424 line made by the collector from a BSD datagram; the router's address as HOSTNAME is the host; the PRI carries the mapped severity (major critical, minor error, warning warning) over the event name's word; the sequence number after the double blank is no time; `management` is a router instance",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "10.40.0.1", "<188>1 2026-11-29T07:41:16+00:00 10.40.0.1 TMNX - - -  6120 Base SNMP-WARNING-linkDown-2004 [Port 1/1/5]:  Interface 1/1/5 is not operational"),
			we("2026-11-29T07:41:16Z", Error, "10.40.0.1", "<187>1 2026-11-29T07:41:16+00:00 10.40.0.1 TMNX - - -  6121 Base SVCMGR-MINOR-sapPortStateChangeProcessed-2203 [Port 1/1/5]:  The status of all affected SAPs on port 1/1/5 has been updated."),
			we("2026-11-29T07:41:17Z", Critical, "10.40.0.1", "<186>1 2026-11-29T07:41:17+00:00 10.40.0.1 TMNX - - -  6122 Base CHASSIS-MAJOR-tmnxEqPortSFPRemoved-2022 [Port 1/1/5]:  SFF removed"),
			we("2026-11-29T07:43:02Z", Error, "10.40.0.1", "<187>1 2026-11-29T07:43:02+00:00 10.40.0.1 TMNX - - -  6123 management USER-MINOR-cli_user_logout-2002 [netops]:  User netops from 10.40.0.9 logged out"),
			we("2026-11-29T07:44:10Z", Warn, "10.40.0.1", "<188>1 2026-11-29T07:44:10+00:00 10.40.0.1 TMNX - - -  6124 Base SNMP-WARNING-linkup-2005 [Port 1/1/5]:  Interface 1/1/5 is operational"),
		},
	},
}

func TestFresh341Formats(t *testing.T) { assertTable(t, fresh341Cases) }
func TestFresh341Score(t *testing.T) {
	checkScore(t, "fresh341 formats", fresh341Cases, [worldNumFields]float64{99.9, 99.9, 88.8, 99.9})
}
