package parse

import "testing"

// The two-hundred-and-eighty-seventh fresh table, written on 2026-12-06: syslog test vectors, a
// sixth pass after fresh37, fresh77, fresh124, fresh215 and fresh228 (and the syslog corners of
// fresh3, fresh9, fresh57, fresh61, fresh144, fresh145 and fresh172): the edge cases the RFCs and
// parsers' suites name, here as real senders and relays write them and in shapes no earlier table
// holds. Each family is one product's output in one shape: NetBSD syslogd's -v output, both the
// names glued before the BSD date (-vv) and the numbers glued before an RFC 5424 time in its
// syslog-protocol file format (-v -o syslog: no PRI, no version, relayed times kept as sent with
// one- and two-digit fractions and offsets of +05:45 and -08:00, several SD elements with escaped
// quotes and brackets); nginx's error and access logs sent with `nohostname` (the tag straight
// after the BSD date, nginx's own slashed time inside); a RELP session's client stream as tcpflow
// saves it (octet-counted RELP frames, the open frame's offers on three lines); the Logstash syslog
// output in rfc5424 mode wrapping a whole RFC 5424 line it received raw (two headers); the
// OpenTelemetry Collector's syslog exporter with enable_octet_counting over TCP (RFC3339Nano times
// of none to nine fraction digits, NILVALUE hosts, the default PRI 165, a record with no MSG); and
// the Graylog syslog output plugin (wizecore) in its structured format (the relay as HOSTNAME, the
// source as MSGID, every field in one `all@0` element) and its plain format (the source as host,
// Graylog's facility name, some of two words, as the tag, a dash and two blanks).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`test vectors`, `syslogd -v`, `-v -v`, `LogFacPri`, `<daemon.info>`, `<auth.info>`,
// `<auth.notice>`, `<auth.`, `<mail.`, `<cron.`, `<syslog.`, `<kern.`, `<3.6>`, `<4.6>`, `<10.6>`,
// regexps for `<fac.pri>` glued to a date (`<[a-z0-9]+\.[a-z0-9]+>[A-Z][a-z]{2} ` and
// `<[0-9]+\.[0-9]+>20..-`: none), `netbsd`, `-o syslog`, `-o rfc5424`, `syslogd -o`,
// `bsd output format`, `sysklogd`, `troglobit`, `rfc5424-stored-without-pri`, `nohostname`,
// `ngx_syslog`, `syslog:server`, `error_log`, `nginx: 20`, `relp`, `librelp`, `omrelp`, `imrelp`,
// `relp_version`, `commands=syslog`, ` syslog 1`, `tcpflow`, `syslogexporter`, `exporter.syslog`,
// `enable_octet_counting`, `octet_counting`, `otelcol`, `LOGSTASH`, `logstash-output-syslog`,
// `output-syslog`, `LOGSTASH - - - <`, regexps for two headers (`<N>1 … <N>1 `: none; `<N>1 … <N>`
// fresh28 only), `all@0`, `gl2_`, `graylog2-plugin-output-syslog`, `wizecore`, `runit-service`,
// `graylog unknown`, `syslog4j`, `system daemon`, `security/authorization`, `+05:45`, `-08:00`,
// `HAProxy format local|short|timed|iso|priority`, `OpenBSD -h`, `<N>Mmm dd hh:mm:ss - ` (a dash
// for the host: fresh24, so the collector's RFC 3164 form was left out), `CISE_`, `time-format`).
// NetBSD's default bsd format, authlog, blocklistd, npflog and syslog-sign blocks are in fresh67,
// fresh74, fresh101 and fresh124, and FreeBSD's -v digits in fresh10, fresh77 and fresh254 and its
// names after the date in fresh2; NetBSD's -v and -vv, glued before the date, and its
// syslog-protocol file are in none (sysklogd 2's RFC 5424 file, fresh57, has no -v prefix). nginx
// through syslog is in fresh34, fresh67 and fresh133, always with a host; with nohostname in none.
// RELP is in none. Logstash's syslog output is in fresh19 (rfc3164 and rfc5424 on their own) and
// fresh77 (issue #36's line-codec double header); its rfc5424 header around an RFC 5424 line is in
// none (fresh28 holds syslog-ng's no-parse relay around a BSD line). The OpenTelemetry Collector's
// syslog exporter and the Graylog syslog output plugin are in none. Left out as measured already:
// HAProxy's log formats (fresh55, fresh64, fresh173, fresh248), OpenBSD's hostless forwarding and
// dashes for hosts (fresh24, fresh144), FreeBSD's -O formats (fresh67, fresh144), Junos'
// time-format (fresh37), Cisco ISE's segments, BOMs, NILVALUE vectors, fraction widths and far
// offsets as parsers' own vectors (fresh3 to fresh228). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A BSD date has no year (2026) and no zone (UTC); an RFC 5424 time is
// converted from its offset. Levels come from what the line marks: NetBSD's `<facility.priority>`
// names or digits (the files carry no PRI), the PRI elsewhere (for a RELP frame, the PRI of the
// syslog message it carries); a level word in nginx's text agrees with its PRI, and Graylog's
// `level="6"` parameter with its PRI. Where two headers wrap one record, the outer header is the
// record's (its host; its PRI, Logstash's configured user.notice), as fresh28 has it, and the two
// times are two versions of the record's time; Graylog's header time (when it sent the record) and
// the `timestamp=` parameter (when it received it) are two versions too. The host is the header's
// HOSTNAME: none where nginx leaves it out or the exporter writes `-`; Graylog's own name in its
// structured format (the source is in MSGID), the source in its plain format; HTTP Host values,
// clients and peers are not hosts. A RELP frame is one record, the open frame with its offers on
// three lines; open and close frames carry no time, level or host.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d356449 before any rule for it: level 69.2 %, time 100.0 %, host 87.5 %, records 97.9 %.
// That is the macro figure (micro: level 64.9 %, time 100.0 %, host 86.5 %, records 97.3 %), in a
// worktree at d356449 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (nginx with nohostname, the Logstash double header, the OpenTelemetry
// exporter's octet-counted frames, both Graylog formats); the gaps are NetBSD's -v and -vv pairs
// glued before the date (no level; in the syslog-protocol file no host either) and the RELP stream
// (the open frame's offer lines, and the PRI behind a RELP header not read as the level).

var fresh287Cases = []worldCase{
	{
		name:   "netbsd-syslogd-vv-names-glued-before-bsd-date",
		source: "NetBSD syslogd run with -v -v (syslogd(8): -v logs the facility and priority with each locally written message, numeric once, names twice) in its default bsd output format: format_buffer() builds `<PRI><fac.pri>Mmm dd hh:mm:ss host prog[pid]: msg` and a file line drops only the `<PRI>`, so the names are glued to the date; the host is trimmed of its domain; facility and priority names are the first match in syslog.h's tables (warn, err): NetBSD usr.sbin/syslogd/syslogd.c rev 1.122 (format_buffer, fprintlog, trim_anydomain) and the syslogd(8) man page on man.netbsd.org",
		why:    "`<auth.info>` glued before the BSD date is the level, not a PRI; the date has no year and no zone; su writes no pid",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "nbsd10", "<auth.info>Nov 29 07:41:16 nbsd10 sshd[2207]: Accepted publickey for deploy from 10.20.4.17 port 51234 ssh2: ED25519 SHA256:q1Zr8fJm2Wc0pYtE7xKs9LbN4vHd6GaQ3uRi5oTj8Ck"),
			we("2026-11-29T07:41:19Z", Notice, "nbsd10", "<auth.notice>Nov 29 07:41:19 nbsd10 su: deploy to root on /dev/pts/1"),
			we("2026-11-29T07:42:03Z", Warn, "nbsd10", "<mail.warn>Nov 29 07:42:03 nbsd10 postfix/smtpd[4120]: warning: hostname mx7.example.invalid does not resolve to address 203.0.113.50"),
			we("2026-11-29T07:45:00Z", Info, "nbsd10", "<cron.info>Nov 29 07:45:00 nbsd10 /usr/sbin/cron[5120]: (root) CMD (/usr/libexec/atrun)"),
			we("2026-11-29T07:46:12Z", Error, "nbsd10", "<syslog.err>Nov 29 07:46:12 nbsd10 syslogd[301]: sendto() failed: No route to host"),
		},
	},
	{
		name:   "netbsd-syslogd-v-syslog-protocol-file",
		source: "NetBSD syslogd run with -v -o syslog (syslogd(8): -o syslog selects the syslog-protocol output format): format_buffer() builds `<PRI>1 <fac.pri>TIMESTAMP HOST APP PROCID MSGID SD MSG` and a file line drops the PRI and the version, so the numeric pair is glued to the ISO time; a relayed RFC 5424 time is copied as sent (check_timestamp, from_iso and to_iso), SD elements are kept after check_sd (escapes \\\" \\\\ \\] accepted), a BOM is stripped on input, NILVALUEs are written `-`: NetBSD usr.sbin/syslogd/syslogd.c rev 1.122 (format_buffer, check_timestamp, check_sd, printline_syslogprotocol) and syslogd(8) on man.netbsd.org; the local stamp's microseconds and colon offset from memory",
		why:    "`<16.4>` glued to the time is facility 16 (local0) and severity 4; the relayed times keep their one- and two-digit fractions and +05:45 and -08:00 offsets; several SD elements, one with escaped quotes and a bracket; the host is an FQDN here",
		entries: []worldEntry{
			we("2026-11-29T06:41:16.204811Z", Info, "nbsd10.example.org", "<4.6>2026-11-29T07:41:16.204811+01:00 nbsd10.example.org sshd 2207 - - Accepted publickey for deploy from 10.20.4.17 port 51234 ssh2"),
			we("2026-11-29T06:41:19.880312Z", Notice, "nbsd10.example.org", "<4.5>2026-11-29T07:41:19.880312+01:00 nbsd10.example.org su - - - deploy to root on /dev/pts/1"),
			we("2026-11-29T06:41:17.5Z", Warn, "ktm-gw01", `<16.4>2026-11-29T12:26:17.5+05:45 ktm-gw01 ntpd 912 PEERSTAT [meta sequenceId="12"][origin ip="10.44.0.1" software="ntpd" swVersion="4.2.8p18"] peer 10.44.0.9 event sys_peer`),
			we("2026-11-29T06:41:19.25Z", Warn, "nas-pdx", `<3.4>2026-11-28T22:41:19.25-08:00 nas-pdx storaged 441 QUOTA [quota@18372 vol="data1" note="user \"kim\" over soft limit [90%\]"][origin software="storaged"] quota warning`),
			we("2026-11-29T06:46:12.000731Z", Error, "nbsd10.example.org", "<5.3>2026-11-29T07:46:12.000731+01:00 nbsd10.example.org syslogd 301 - - sendto() failed: No route to host"),
		},
	},
	{
		name:   "nginx-syslog-nohostname-wire",
		source: "nginx 1.9.7+ error_log and access_log with `syslog:server=…,nohostname` (and `tag=shop_access` on one access log), as a collector writing each raw message on a line stores them: ngx_syslog_add_header writes `<PRI>Mmm dd hh:mm:ss tag: ` without the host, the error log's severity is nginx's level minus one under facility local7 (error 187, warn 188, crit 186, notice 189) and the error text keeps nginx's own `yyyy/MM/dd HH:mm:ss [level] pid#tid: ` prefix, the access log's severity is info (190): nginx.org 'Logging to syslog' (nohostname, tag, facility, severity), nginx src/core/ngx_syslog.h (the nohostname flag); the writer's header layout from memory of ngx_syslog.c",
		why:    "no host between the date and the tag, so `nginx:` or `shop_access:` is no host; the error text carries nginx's own time of the same second; client, upstream and HTTP host values are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Error, "", `<187>Nov 29 07:41:17 nginx: 2026/11/29 07:41:17 [error] 4120#4120: *41207 connect() failed (111: Connection refused) while connecting to upstream, client: 10.20.4.17, server: shop.example.net, request: "GET /api/cart HTTP/1.1", upstream: "http://10.20.8.3:8080/api/cart", host: "shop.example.net"`),
			we("2026-11-29T07:41:18Z", Info, "", `<190>Nov 29 07:41:18 nginx: 10.20.4.17 - - [29/Nov/2026:07:41:18 +0000] "GET /api/cart HTTP/1.1" 502 157 "https://shop.example.net/basket" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"`),
			we("2026-11-29T07:41:18Z", Warn, "", `<188>Nov 29 07:41:18 nginx: 2026/11/29 07:41:18 [warn] 4121#4121: *41219 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/7/41/0000004417 while reading upstream, client: 10.20.4.33, server: shop.example.net, request: "GET /media/catalogue.pdf HTTP/1.1", upstream: "http://10.20.8.4:8080/media/catalogue.pdf", host: "shop.example.net"`),
			we("2026-11-29T07:41:19Z", Info, "", `<190>Nov 29 07:41:19 shop_access: 10.20.4.33 - - [29/Nov/2026:07:41:19 +0000] "GET /media/catalogue.pdf HTTP/1.1" 200 4412907 "-" "curl/8.11.0"`),
			we("2026-11-29T07:41:20Z", Critical, "", `<186>Nov 29 07:41:20 nginx: 2026/11/29 07:41:20 [crit] 4120#4120: *41230 SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: 198.51.100.23, server: 0.0.0.0:443`),
			we("2026-11-29T07:41:22Z", Notice, "", `<189>Nov 29 07:41:22 nginx: 2026/11/29 07:41:22 [notice] 4118#4118: signal process started`),
		},
	},
	{
		name:   "librelp-omrelp-client-stream-tcpflow",
		gap:    "trawl does not join the open frame's offer lines (`relp_software=…`, `commands=syslog`) to `1 open 86 relp_version=0`, and reads no level from the PRI of the syslog message behind a RELP header `N syslog LEN ` (the time and host behind it are read)",
		source: "a RELP session from rsyslog's omrelp (librelp) to port 2514, the client's direction as tcpflow saves it: each frame `TXNR SP COMMAND SP DATALEN [SP DATA] LF`, the open frame's offers separated by LF (`relp_version=0`, `relp_software=librelp,version,url`, `commands=syslog`), syslog frames carrying omrelp's default RSYSLOG_ForwardFormat message (`<PRI>rfc3339-time host tag msg`), a close frame with DATALEN 0: rsyslog/librelp doc/relp.md (RELP-FRAME, OFFER = LF FEATURENAME…), apache/nifi RELPFrameProducer and ViaQ/Relp's test helper (librelp's open offers); omrelp's default template and the tcpflow file from memory",
		why:    "a transaction number, a command and an octet count before each message; the open frame is one record over three lines; the syslog frame's PRI, time (converted from +01:00) and host are the record's; open and close carry none",
		entries: []worldEntry{
			we("", Unknown, "",
				"1 open 86 relp_version=0",
				"relp_software=librelp,1.11.0,http://librelp.adiscon.com",
				"commands=syslog"),
			we("2026-11-29T06:41:16.204811Z", Info, "web-03", "2 syslog 117 <86>2026-11-29T07:41:16.204811+01:00 web-03 sshd[2207]: Accepted publickey for deploy from 10.20.4.17 port 51234 ssh2"),
			we("2026-11-29T06:41:17.011942Z", Info, "web-03", "3 syslog 109 <30>2026-11-29T07:41:17.011942+01:00 web-03 systemd[1]: Started session-41.scope - Session 41 of User deploy."),
			we("2026-11-29T06:41:21.530116Z", Error, "web-03", "4 syslog 165 <3>2026-11-29T07:41:21.530116+01:00 web-03 kernel: [ 8812.204113] EXT4-fs error (device sdb1): ext4_find_entry:1455: inode #2: comm rsync: reading directory lblock 0"),
			we("2026-11-29T06:41:24.700412Z", Notice, "web-03", "5 syslog 143 <85>2026-11-29T07:41:24.700412+01:00 web-03 sudo:   deploy : TTY=pts/1 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart shop"),
			we("", Unknown, "", "6 close 0"),
		},
	},
	{
		name:   "logstash-output-syslog-rfc5424-wrapping-rfc5424",
		source: "Logstash's syslog output with rfc => rfc5424 fed by a tcp input (codec line, ecs_compatibility disabled) that does not parse syslog: the output writes `<PRI>1 %{+YYYY-MM-dd'T'HH:mm:ss.SSSZ} sourcehost appname procid msgid SD message` with the defaults user-level notice (13), sourcehost %{host} (the peer's address), LOGSTASH, `-`, `-`, `-`, and the message is the whole RFC 5424 line the device sent: logstash-plugins/logstash-output-syslog lib/logstash/outputs/syslog.rb and its issue #36 (double syslog headers); the tcp input's host field from memory",
		why:    "two RFC 5424 headers: the outer one's time (Joda's +0000) and the device's are two versions of the record's time; the outer PRI and host are the record's, as fresh28 has it; the inner device name is not the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.004Z|2026-11-29T07:41:16.812Z", Notice, "10.20.0.9", `<13>1 2026-11-29T07:41:17.004+0000 10.20.0.9 LOGSTASH - - - <134>1 2026-11-29T08:41:16.812+01:00 fw01.example.net filterlog 4120 - [meta sequenceId="881"] 71,,,02f4bab031b57d1e30553ce08e0ec131,igb1,match,block,in,4,0x0,,64,0,0,DF,6,tcp,60,198.51.100.23,10.20.0.1,51234,22,0,S,1288114521,,64240,,mss;sackOK;TS;nop;wscale`),
			we("2026-11-29T07:41:18.23Z|2026-11-29T07:41:18.101Z", Notice, "10.20.0.9", `<13>1 2026-11-29T07:41:18.230+0000 10.20.0.9 LOGSTASH - - - <131>1 2026-11-29T08:41:18.101+01:00 fw01.example.net openvpn 3301 - [meta sequenceId="882"] server1/198.51.100.41:50412 TLS Error: TLS handshake failed`),
			we("2026-11-29T07:41:19.515Z|2026-11-29T07:41:19.497Z", Notice, "10.20.0.12", `<13>1 2026-11-29T07:41:19.515+0000 10.20.0.12 LOGSTASH - - - <14>1 2026-11-29T07:41:19.497Z nas-02 smbd 2881 - - connect to service backup initially as user kim (uid=1000, gid=1000) (pid 2881)`),
		},
	},
	{
		name:   "otelcol-syslogexporter-octet-counting-tcp",
		source: "the OpenTelemetry Collector contrib syslog exporter (protocol rfc5424, network tcp, enable_octet_counting true) as a raw TCP listener saves its stream: rfc5424_formatter.go writes `<%s>%s %s %s %s %s %s %s%s\\n` from the record's attributes (priority default 165, hostname, appname, proc_id and msg_id default `-`, structured_data rendered with fmt.Sprint per element, message only from the `message` attribute), the time with time.RFC3339Nano in UTC, and the octet count is len(formatted) with its trailing LF: open-telemetry/opentelemetry-collector-contrib exporter/syslogexporter rfc5424_formatter.go and rfc5424_formatter_test.go",
		why:    "an octet count before each frame; RFC3339Nano trims the fraction to nine, four, two, one or no digits; `-` for the host is no host; PRI 165 (local4.notice) is the default for every record without a priority attribute; a record without a message attribute ends after its NILVALUE SD",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412903117Z", Notice, "web-03", "80 <165>1 2026-11-29T07:41:16.412903117Z web-03 checkout 2207 - - order 41207 paid"),
			we("2026-11-29T07:41:16.5Z", Notice, "", "76 <165>1 2026-11-29T07:41:16.5Z - - - - - payment provider answered in 812 ms"),
			we("2026-11-29T07:41:17Z", Error, "web-03", `130 <131>1 2026-11-29T07:41:17Z web-03 checkout 2207 PAY [order@41207 id="41208" amount="19.90"] payment declined: insufficient funds`),
			we("2026-11-29T07:41:17.0401Z", Notice, "web-03", "58 <165>1 2026-11-29T07:41:17.0401Z web-03 checkout 2207 - -"),
			we("2026-11-29T07:41:18.38Z", Notice, "", `172 <165>1 2026-11-29T07:41:18.38Z - - - - [k8s@41207 namespace="shop" pod="checkout-7d9f8b6c5-x2x4q"][otel@41207 trace_id="4bf92f3577b34da6a3ce929d0e0e4736"] GET /healthz 200`),
		},
	},
	{
		name:   "graylog-output-syslog-structured-all-at-0",
		source: "the Graylog syslog output plugin (wizecore/graylog2-plugin-output-syslog, syslog4j) in its structured format: `<PRI>1 time-ms-Z graylog-host unknown - source [all@0 every field of the message as a parameter] message`, the source as MSGID, one SD element with the SD-ID all@0, the PRI from the message's level under facility user: README.md ('structured' example) and StructuredSender.java",
		why:    "the HOSTNAME is the Graylog node that forwards, the source host sits in MSGID; `level=\"6\"` and `timestamp=\"…000Z\"` inside the SD agree with the PRI and are a second version of the time; one long SD element",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.358Z|2026-11-29T07:41:16Z", Info, "graylog-02", `<14>1 2026-11-29T07:41:16.358Z graylog-02 unknown - web-03 [all@0 source="web-03" gl2_source_input="6752a1c4e4b0f1a2b3c4d5e6" level="6" application_name="sshd" process_id="2207" facility="security/authorization" message="Accepted publickey for deploy from 10.20.4.17 port 51234 ssh2" gl2_source_node="3f6c2d1e-8a4b-4c7d-9e0f-1a2b3c4d5e6f" _id="8c1d4e20-cdc1-11f0-9d2a-0242ac120004" timestamp="2026-11-29T07:41:16.000Z"] Accepted publickey for deploy from 10.20.4.17 port 51234 ssh2`),
			we("2026-11-29T07:41:18.911Z|2026-11-29T07:41:18Z", Error, "graylog-02", `<11>1 2026-11-29T07:41:18.911Z graylog-02 unknown - db-02 [all@0 application_name="postgres" source="db-02" level="3" process_id="1884" facility="local0" gl2_source_input="6752a1c4e4b0f1a2b3c4d5e6" message="ERROR:  deadlock detected" _id="8d5b0a31-cdc1-11f0-9d2a-0242ac120004" gl2_source_node="3f6c2d1e-8a4b-4c7d-9e0f-1a2b3c4d5e6f" timestamp="2026-11-29T07:41:18.000Z"] ERROR:  deadlock detected`),
			we("2026-11-29T07:41:21.054Z|2026-11-29T07:41:21Z", Warn, "graylog-02", `<12>1 2026-11-29T07:41:21.054Z graylog-02 unknown - vpn-01 [all@0 level="4" gl2_source_node="3f6c2d1e-8a4b-4c7d-9e0f-1a2b3c4d5e6f" source="vpn-01" facility="security/authorization" message="authentication failed for user kim from 203.0.113.44" timestamp="2026-11-29T07:41:21.000Z" _id="8f02c7b2-cdc1-11f0-9d2a-0242ac120004" gl2_source_input="6752a1c4e4b0f1a2b3c4d5e6"] authentication failed for user kim from 203.0.113.44`),
		},
	},
	{
		name:   "graylog-output-syslog-plain-facility-tag",
		source: "the Graylog syslog output plugin (wizecore/graylog2-plugin-output-syslog) in its plain format: PlainSender writes `Mmm dd HH:mm:ss source facility username ` (each missing field a `-`) and one more blank before the message, the facility being Graylog's name for it (`security/authorization`, `system daemon`, `local0`), syslog4j puts the PRI in front: README.md ('plain' example) and PlainSender.java (appendHeader, appendSyslogTimestamp)",
		why:    "the source is the host; Graylog's facility name stands where a tag would be, with no colon and sometimes two words; then a username or a dash and two blanks; no level but the PRI",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "web-03", "<14>Nov 29 07:41:16 web-03 security/authorization -  Accepted publickey for deploy from 10.20.4.17 port 51234 ssh2"),
			we("2026-11-29T07:41:18Z", Error, "db-02", "<11>Nov 29 07:41:18 db-02 local0 -  ERROR:  deadlock detected"),
			we("2026-11-29T07:41:20Z", Notice, "fw01", "<13>Nov 29 07:41:20 fw01 system daemon -  dhcpd: DHCPACK on 10.20.5.41 to 3c:22:fb:41:07:aa via igb1"),
			we("2026-11-29T07:41:21Z", Warn, "vpn-01", "<12>Nov 29 07:41:21 vpn-01 security/authorization kim  authentication failed for user kim from 203.0.113.44"),
		},
	},
}

func TestFresh287Formats(t *testing.T) { assertTable(t, fresh287Cases) }
func TestFresh287Score(t *testing.T) {
	checkScore(t, "fresh287 formats", fresh287Cases, [worldNumFields]float64{91.6, 99.9, 99.9, 97.8})
}
