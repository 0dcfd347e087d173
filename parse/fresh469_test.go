package parse

import "testing"

// The four-hundred-and-sixty-ninth fresh table, written on 2026-12-06: server daemons at
// non-default settings, a further pass after fresh404 and fresh424: mail, DNS, web, proxy,
// database and file servers with their log options changed (other timestamp formats, verbosity,
// prefixes and destinations), shapes no earlier table holds. Each family is one product's
// documented or observed output: BIND 9.18 with a file channel set to `print-time iso8601-utc;
// print-category yes; print-severity yes;` and the queries category sent to it; CoreDNS with
// `log . {combined}` and `errors`, read with `docker logs -t`; mongod 8 with
// `systemLog.destination: syslog` (its JSON line behind an rsyslog traditional header) at
// verbosity 1; MySQL 8.4 with `log_output = TABLE`, the general log read back with the mysql
// client's grid; Squid 6 with `access_log … common` (the Apache common layout with the local
// offset of %tl and Squid's `%Ss:%Sh` after it); rsyncd with `log format = %t %a %h %o %f (%l
// bytes). Total %b bytes` in its own log file (the %t time inside rsync's own prefix); Caddy 2.8
// with `format console` to a log file (zap's console encoder: wall-clock time, tab-separated level,
// logger and message, then a JSON object); Dovecot 2.3 with `log_timestamp =
// "%Y-%m-%dT%H:%M:%S%z "`, `mail_debug = yes` and `auth_verbose = yes` in its log_path file.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive: `postlogd`, `maillog_file`, `maillog_file_prefixes`, `tinyproxy`,
// `samba`, `debug syslog format`, `debug hires`, `smbd[`, `prio=Info`, `structured-logging`,
// `pdns_recursor`, `unbound`, `log-time-ascii`, `log-time-iso`, `log-tag-queryreply`,
// `] reply: `, `olcLogFileFormat`, `logfile-format`, `syslog-utc`, `slapd[N]: conn=`, hex-stamped
// slapd lines, `log_timestamp`, `dovecot`, `auth_verbose`, `mail_debug`, an ISO stamp before
// `imap-login:`/`auth:`, an RFC 3339 stamp before a syslog date and `imap-login`, `log_selector`,
// `+millisec`, `exim`, `exim[N]: 20`, `msglog`, `kea`, `kea-dhcp4[N]: INFO`, `legal_log`,
// `has been assigned for`, `vsftpd`, `log_ftp_protocol`, `FTP command`, `dual_log_enable`,
// `proftpd`, `proftpd[N] `, `ExtendedLog`, `DebugLevel`, `caddy`, `handled request`,
// `\tINFO\thttp.log.access`, `time_format`, `memcached`, `auto-negotiating`, `dnsmasq`,
// `dnsmasq[1]`, `log-queries=extra`, `log-queries=proto`, `print-category`, `iso8601-utc`,
// `Z queries: `, `named[N]: dd-Mmm-`, `lighttpd`, `lighttpd[N]: (`, `log-request-handling`,
// `mariadb`, `log_slow_verbosity`, `general_log`, `user_host`, `log_timestamps=SYSTEM`,
// `log_sink_syseventlog`, `mysqld[N]: [`, `squid`, `debug_options`, `%tl`, `:HIER_DIRECT`,
// `HTTP/1.1" 200 N TCP_`, `squid[N]: 17…`, `coredns`, `coredns[N]: [INFO]`, `{combined}`,
// `{common}`, `{>opcode}`, `"QUERY"`, `qr,aa,rd`, `plugin/log`, `mongod[N]: {`, `"s":"I"`,
// `"s":"D1"`, `iso8601-local`, `rsyncd`, `log format =`, `%o %h`, an rsync prefix before a
// second date, `haraka`, `logfmt`, `rspamd`, `log_usec`, `nsd[`, `knotd`, `nsslapd-`,
// `changetype: modify`, `time: 2026…`, `httpd[N]: [`, `apache2[N]: [`, `nginx: yyyy/MM/dd`,
// `httpslog`, `log-format-sd`, `format iso`, `haproxy[N]: addr:port [`, `rewrite:trace`,
// `LogLevel trace8`, `w3c:`, `#Software: Pure`, `Z DHCPDISCOVER`).
// BIND is in fresh11 (named through syslog with its own dd-Mmm-yyyy time) and fresh340 (`named
// -g` with iso8601-tzinfo); a file channel in iso8601-utc with category and severity is in none.
// CoreDNS is in fresh275 (the journal) and fresh338 (crictl logs --timestamps), its `{common}`
// query lines in fresh149, fresh239 and others; `{combined}` with the quoted opcode is in none.
// mongod's JSON is in fresh52, fresh79, fresh85 and others as a file; behind a syslog header in
// none. MySQL's general log is in fresh216 and fresh351 as a file; the TABLE destination in none.
// Squid's native and combined access lines are in fresh34, fresh82, fresh145 and others; the
// common format with its local offset in none. rsyncd is in fresh2, fresh73, fresh424 and others
// with the default log format; a `%t` inside rsync's prefix in none. Caddy is in fresh4, fresh166,
// fresh322 and others as JSON; the console encoder in a file in none. Dovecot's log_timestamp in
// ISO without a zone is in fresh86 and fresh187; with a %z offset in none. Left out as measured
// already: Postfix's maillog_file (fresh43, fresh86), Samba's header lines in the journal
// (fresh295), Kea through syslog and its forensic log (fresh55, fresh156, fresh64), dnsmasq's
// extra query logging, vsftpd's protocol log (fresh64), MySQL's log_timestamps=SYSTEM (fresh85,
// fresh335), Unbound's and NSD's ascii and ISO times, Exim's millisec selector (fresh340). The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). BIND's iso8601-utc time ends in Z; Docker's RFC 3339 stamp is the only time
// of CoreDNS's lines; mongod's `$date` and the rsyslog header are both the record's time, either
// accepted; MySQL's event_time is in the session's time zone, UTC on this server, and has no zone;
// Squid's %tl carries +0100 and Dovecot's %z +0100, both converted; rsyncd's prefix and its %t are
// the same local time without a zone, taken as UTC; Caddy's console time is wall-clock without a
// zone, taken as UTC. Levels only where the line marks one: BIND's severity word after the
// category, CoreDNS's [INFO]/[ERROR], mongod's "s" (I, W, E, D1), Caddy's level column, Dovecot's
// `Info:`/`Debug:`/`Warning:`/`Error:`; MySQL's command_type, Squid's status and rsyncd's lines
// carry none. The host is the record's host field: the rsyslog header's name before mongod; a
// client address (BIND's `client @0x… addr#port`, CoreDNS's remote, Squid's first field, MySQL's
// user_host, rsyncd's %a and %h, Dovecot's rip=) and an HTTP Host (Caddy's "host") are no hosts. A
// record is one line here; the mysql client's prompt, borders, header row and row count are
// header lines, fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit c5fa4ec before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in
// a worktree at c5fa4ec with no change to trawl's code (only this file and table_test.go's list), 8
// of 8 families fully right; there are no gaps: BIND's iso8601-utc channel, CoreDNS's {combined}
// lines behind Docker's stamp, mongod's JSON behind an rsyslog header, MySQL's general_log grid,
// Squid's common format with its offset, rsyncd's doubled time, Caddy's console encoder and
// Dovecot's %z offset are all read as the rules say.

var fresh469Cases = []worldCase{
	{
		name:   "bind918-file-channel-iso8601-utc-category-severity",
		source: "BIND 9.18 named.conf `logging { channel main { file \"/var/log/named/main.log\" versions 5 size 20m; print-time iso8601-utc; print-category yes; print-severity yes; severity info; }; category queries { main; }; category default { main; }; … }`: the channel options from pastebin EU0s6mC0 and 78pkGyj0 and chigh's BIND logging gist (print-time, print-category, print-severity), the ARM's print-time values (iso8601, iso8601-utc, local) and the query line `client @0x… addr#port (name): query: name IN type flags (server)` from memory",
		why:    "an ISO time in UTC with milliseconds, then the category and the severity word, each with a colon; the client's address and port after @0x… are no host; `+E(0)K` and the serial are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:02.118Z", Notice, "", "2026-11-29T07:41:02.118Z general: notice: all zones loaded"),
			we("2026-11-29T07:41:02.119Z", Notice, "", "2026-11-29T07:41:02.119Z general: notice: running"),
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29T07:41:16.402Z queries: info: client @0x7f3a2c00a168 10.20.1.5#53412 (api.example.org): query: api.example.org IN A +E(0)K (10.20.0.53)"),
			we("2026-11-29T07:41:16.517Z", Info, "", "2026-11-29T07:41:16.517Z queries: info: client @0x7f3a2c01b2d8 10.20.1.9#40112 (mail.example.org): query: mail.example.org IN MX +E(0) (10.20.0.53)"),
			we("2026-11-29T07:41:18.030Z", Info, "", "2026-11-29T07:41:18.030Z security: info: client @0x7f3a2c02c448 198.51.100.23#2231 (internal.example.org): query (cache) 'internal.example.org/A/IN' denied (allow-query-cache did not match)"),
			we("2026-11-29T07:41:19.771Z", Warn, "", "2026-11-29T07:41:19.771Z dnssec: warning: validating example.net/DNSKEY: verify failed due to bad signature (keyid=40112): RRSIG has expired"),
			we("2026-11-29T07:41:21.004Z", Info, "", "2026-11-29T07:41:21.004Z xfer-out: info: client @0x7f3a2c03d5b8 10.20.0.54#41882 (example.org): transfer of 'example.org/IN': AXFR-style IXFR started: TSIG xfer-key (serial 2026112903)"),
			we("2026-11-29T07:41:22.611Z", Error, "", "2026-11-29T07:41:22.611Z resolver: error: broken trust chain resolving 'www.example.net/AAAA/IN': 192.0.2.53#53"),
		},
	},
	{
		name:   "coredns-log-combined-docker-logs-timestamps",
		source: "CoreDNS 1.12 in Docker with a Corefile `. { log . {combined}; errors; forward . 10.20.0.1 }`, read with `docker logs -t`: the log plugin's {common} layout `{remote}:{port} - {>id} \"{type} {class} {name} {proto} {size} {>do} {>bufsize}\" {rcode} {>rflags} {rsize} {duration}` and {combined} adding the quoted {>opcode} (coredns.io/plugins/log, the FreeBSD coredns-log(7) page), its untimed `[INFO]`/`[ERROR]` prefix from plugin/pkg/log behind Docker's RFC 3339 nanosecond stamp; the errors plugin's line from memory",
		why:    "Docker's stamp is the only time; CoreDNS's bracketed level after it; the client's address and port, the query id and the duration are no host and no time; the opcode in quotes at the end",
		entries: []worldEntry{
			we("2026-11-29T07:41:02.118204417Z", Unknown, "", "2026-11-29T07:41:02.118204417Z .:53"),
			we("2026-11-29T07:41:02.118297530Z", Unknown, "", "2026-11-29T07:41:02.118297530Z CoreDNS-1.12.1"),
			we("2026-11-29T07:41:02.118311962Z", Info, "", "2026-11-29T07:41:02.118311962Z [INFO] plugin/reload: Running configuration SHA512 = 4c2f9a1e7b3d5c8e0f6a2b4d9c1e3f5a7b8c0d2e4f6a8b1c3d5e7f9a0b2c4d6e8f1a3b5c7d9e0f2a4b6c8d1e3f5a7b9c0d2e4f6a8b0c"),
			we("2026-11-29T07:41:16.402118733Z", Info, "", `2026-11-29T07:41:16.402118733Z [INFO] 10.20.1.5:53412 - 4711 "A IN api.example.org. udp 41 false 512" NOERROR qr,rd,ra 98 0.000812s "QUERY"`),
			we("2026-11-29T07:41:16.517440190Z", Info, "", `2026-11-29T07:41:16.517440190Z [INFO] 10.20.1.9:40112 - 18822 "AAAA IN nosuch.example.org. udp 46 true 1232" NXDOMAIN qr,rd,ra 118 0.031207s "QUERY"`),
			we("2026-11-29T07:41:18.030021877Z", Info, "", `2026-11-29T07:41:18.030021877Z [INFO] 10.20.0.54:41882 - 0 "SOA IN example.org. udp 29 false 512" NOTIMP qr 29 0.000042s "NOTIFY"`),
			we("2026-11-29T07:41:21.604310558Z", Error, "", "2026-11-29T07:41:21.604310558Z [ERROR] plugin/errors: 2 shop.example.net. A: read udp 172.18.0.3:41822->10.20.0.1:53: i/o timeout"),
			we("2026-11-29T07:41:21.604512003Z", Info, "", `2026-11-29T07:41:21.604512003Z [INFO] 10.20.1.5:53418 - 30517 "A IN shop.example.net. udp 45 false 512" SERVFAIL qr,rd 45 2.001934s "QUERY"`),
		},
	},
	{
		name:   "mongod8-systemlog-destination-syslog-rsyslog",
		source: "mongod 8.0 with `systemLog: { destination: syslog, verbosity: 1 }` and rsyslog's traditional file format: each structured JSON log line (`{\"t\":{\"$date\":…},\"s\":…,\"c\":…,\"id\":…,\"ctx\":…,\"msg\":…,\"attr\":…}`) is the syslog message behind `Mmm dd HH:mm:ss host mongod[pid]: `: mongodb/laravel-mongodb issue #3435 (mongod's syslog carrying the JSON and its own time), mongodb docs 'Log Messages' (the s values F E W I D1-D5); from memory of the rsyslog header",
		why:    "the rsyslog header's yearless time and host, the JSON's `$date` with milliseconds and +00:00 inside; \"s\" is the level (D1 a debug level); the remote address in attr is a client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.412Z", Info, "db-mongo-02", `Nov 29 07:41:16 db-mongo-02 mongod[2231]: {"t":{"$date":"2026-11-29T07:41:16.412+00:00"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"10.20.1.5:53412","isLoadBalanced":false,"uuid":{"uuid":{"$uuid":"5d2c9a1e-7f3b-4e8d-9a61-0c4b2e7f1a93"}},"connectionId":118,"connectionCount":12}}`),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.455Z", Debug, "db-mongo-02", `Nov 29 07:41:16 db-mongo-02 mongod[2231]: {"t":{"$date":"2026-11-29T07:41:16.455+00:00"},"s":"D1", "c":"REPL",     "id":21401,   "ctx":"ReplCoord-4","msg":"Scheduling heartbeat","attr":{"target":"db-mongo-03:27017","when":{"$date":"2026-11-29T07:41:18.455Z"}}}`),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.208Z", Info, "db-mongo-02", `Nov 29 07:41:17 db-mongo-02 mongod[2231]: {"t":{"$date":"2026-11-29T07:41:17.208+00:00"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn118","msg":"Slow query","attr":{"type":"command","ns":"shop.orders","command":{"find":"orders","filter":{"status":"open"},"$db":"shop"},"planSummary":"COLLSCAN","docsExamined":48211,"nreturned":12,"durationMillis":412}}`),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.031Z", Warn, "db-mongo-02", `Nov 29 07:41:19 db-mongo-02 mongod[2231]: {"t":{"$date":"2026-11-29T07:41:19.031+00:00"},"s":"W",  "c":"NETWORK",  "id":4615610, "ctx":"conn121","msg":"Failed to check socket connectivity","attr":{"error":{"code":6,"codeName":"HostUnreachable","errmsg":"Connection reset by peer"}}}`),
			we("2026-11-29T07:41:22Z|2026-11-29T07:41:22.870Z", Error, "db-mongo-02", `Nov 29 07:41:22 db-mongo-02 mongod[2231]: {"t":{"$date":"2026-11-29T07:41:22.870+00:00"},"s":"E",  "c":"REPL",     "id":21426,   "ctx":"conn124","msg":"Error in heartbeat","attr":{"target":"db-mongo-03:27017","response":{"code":6,"codeName":"HostUnreachable","errmsg":"Error connecting to db-mongo-03:27017 :: caused by :: Connection refused"}}}`),
		},
	},
	{
		name:   "mysql84-general-log-table-client-grid",
		source: "MySQL 8.4 with `general_log = ON` and `log_output = TABLE`, read back in the mysql client with `SELECT event_time, user_host, thread_id, server_id, command_type, CONVERT(argument USING utf8mb4) AS argument FROM mysql.general_log …` (the table's columns event_time TIMESTAMP(6), user_host `user[user] @ host [addr]`, thread_id, server_id, command_type, argument): MySQL reference manual 'Selecting General Query Log and Slow Query Log Output Destinations' and 'The General Query Log'; the client's grid from memory",
		why:    "a timestamp with microseconds and no zone inside a `| … |` grid; user_host names the client, no host; the command type is no level; the prompt, borders, header row and row count carry nothing",
		entries: []worldEntry{
			wskip("mysql> SELECT event_time, user_host, thread_id, server_id, command_type, CONVERT(argument USING utf8mb4) AS argument FROM mysql.general_log WHERE event_time >= '2026-11-29 07:41:00' ORDER BY event_time;",
				"+----------------------------+-------------------------------+-----------+-----------+--------------+-----------------------------------------------------------+",
				"| event_time                 | user_host                     | thread_id | server_id | command_type | argument                                                  |",
				"+----------------------------+-------------------------------+-----------+-----------+--------------+-----------------------------------------------------------+"),
			we("2026-11-29T07:41:16.482913Z", Unknown, "", "| 2026-11-29 07:41:16.482913 | app[app] @  [10.20.1.5]       |        41 |         1 | Connect      | app@10.20.1.5 on shop using SSL/TLS                       |"),
			we("2026-11-29T07:41:16.483551Z", Unknown, "", "| 2026-11-29 07:41:16.483551 | app[app] @  [10.20.1.5]       |        41 |         1 | Query        | SET autocommit=0                                          |"),
			we("2026-11-29T07:41:16.490127Z", Unknown, "", "| 2026-11-29 07:41:16.490127 | app[app] @  [10.20.1.5]       |        41 |         1 | Query        | SELECT id, total FROM orders WHERE customer_id = 40112    |"),
			we("2026-11-29T07:41:17.002846Z", Unknown, "", "| 2026-11-29 07:41:17.002846 | report[report] @  [10.20.1.9] |        42 |         1 | Init DB      | analytics                                                 |"),
			we("2026-11-29T07:41:17.114020Z", Unknown, "", "| 2026-11-29 07:41:17.114020 | app[app] @  [10.20.1.5]       |        41 |         1 | Quit         |                                                           |"),
			wskip("+----------------------------+-------------------------------+-----------+-----------+--------------+-----------------------------------------------------------+",
				"5 rows in set (0.00 sec)"),
		},
	},
	{
		name:   "squid6-access-log-common-local-offset",
		source: "Squid 6 with `access_log daemon:/var/log/squid/access.log common` (the built-in `logformat common %>a %[ui %[un [%tl] \"%rm %ru HTTP/%rv\" %>Hs %<st %Ss:%Sh`, %tl the local time with its offset) on a proxy at +01:00: squid-cache.org Doc/config/logformat (the built-in common format), the Squid FAQ's common log file format (debian-user-portuguese archive), the Squid code docs' Log::Format::HttpdCommon",
		why:    "the Apache common layout with a +0100 offset, converted; the first field is the client; the CONNECT target and `TCP_MISS:HIER_DIRECT` are no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `10.20.1.5 - - [29/Nov/2026:08:41:16 +0100] "GET http://deb.example.org/debian/dists/trixie/InRelease HTTP/1.1" 200 15230 TCP_REFRESH_UNMODIFIED:HIER_DIRECT`),
			we("2026-11-29T07:41:17Z", Unknown, "", `10.20.1.9 - anna [29/Nov/2026:08:41:17 +0100] "CONNECT api.example.net:443 HTTP/1.1" 200 6120 TCP_TUNNEL:HIER_DIRECT`),
			we("2026-11-29T07:41:17Z", Unknown, "", `10.20.1.5 - - [29/Nov/2026:08:41:17 +0100] "GET http://deb.example.org/debian/pool/main/c/curl/curl_8.14.1-2_amd64.deb HTTP/1.1" 200 318204 TCP_HIT:HIER_NONE`),
			we("2026-11-29T07:41:19Z", Unknown, "", `10.20.1.12 - - [29/Nov/2026:08:41:19 +0100] "GET http://blocked.example.com/ HTTP/1.1" 403 3912 TCP_DENIED:HIER_NONE`),
			we("2026-11-29T07:41:22Z", Unknown, "", `10.20.1.9 - anna [29/Nov/2026:08:41:22 +0100] "POST http://upload.example.org/api/v2/files HTTP/1.1" 503 4120 TCP_MISS_ABORTED:HIER_DIRECT`),
		},
	},
	{
		name:   "rsyncd-log-format-percent-t-own-logfile",
		source: "rsync 3.4 daemon with `log file = /var/log/rsyncd.log`, `transfer logging = yes` and `log format = %t %a %h %o %f (%l bytes). Total %b bytes` (rsync's own `yyyy/MM/dd HH:mm:ss [pid] ` prefix on every line, then the format's %t of the same second): pastebin tzHT4ifU (that log format), gist filipecifali/09cdcdde (`%t: host %h (%a) …`), RsyncProject rsync daemon-parm.txt (the default `%o %h [%a] %m (%u) %f %l`), fajran's rsync-to-xferlog gist (the prefix, `rsync on … from … (addr)` and `sent … bytes  received … bytes  total size …` lines)",
		why:    "two copies of the same zone-less local time on a transfer line, the prefix first; the pid in brackets; the client's address and name are no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 [4120] connect from backup01.lan (10.20.1.5)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 [4120] rsync on photos/2026/ from anna@backup01.lan (10.20.1.5)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 [4120] building file list"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 [4120] 2026/11/29 07:41:17 10.20.1.5 backup01.lan send 2026/IMG_0412.jpg (4820113 bytes). Total 4821001 bytes"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026/11/29 07:41:18 [4120] 2026/11/29 07:41:18 10.20.1.5 backup01.lan send 2026/IMG_0413.jpg (3918207 bytes). Total 3919011 bytes"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026/11/29 07:41:18 [4120] sent 8740012 bytes  received 412 bytes  total size 8738320"),
			we("2026-11-29T07:41:21Z", Unknown, "", "2026/11/29 07:41:21 [4131] auth failed on module photos from nas02.lan (10.20.1.31): password mismatch"),
		},
	},
	{
		name:   "caddy28-format-console-log-file",
		source: "Caddy 2.8 with a site block `log { output file /var/log/caddy/access.log; format console }` and a global `log { output file /var/log/caddy/caddy.log; format console }`: zap's console encoder as Caddy configures it (wall-clock `yyyy/MM/dd HH:mm:ss.SSS` time, then level, logger name and message separated by tabs, then the fields as one JSON object), the access logger http.log.access.log0 and its `handled request` message; caddyserver.com docs 'log' (format console) and from memory of the console lines",
		why:    "a slashed wall-clock time without zone, a tab, the level word in capitals; the request's host, remote_ip and client_ip are HTTP Host and client, no host; duration is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:02.118Z", Info, "", "2026/11/29 07:41:02.118\tINFO\tusing config from file\t{\"file\": \"/etc/caddy/Caddyfile\"}"),
			we("2026-11-29T07:41:02.131Z", Info, "", "2026/11/29 07:41:02.131\tINFO\ttls.cache.maintenance\tstarted background certificate maintenance\t{\"cache\": \"0xc000412a80\"}"),
			we("2026-11-29T07:41:16.402Z", Info, "", "2026/11/29 07:41:16.402\tINFO\thttp.log.access.log0\thandled request\t{\"request\": {\"remote_ip\": \"10.20.1.5\", \"remote_port\": \"53412\", \"client_ip\": \"10.20.1.5\", \"proto\": \"HTTP/2.0\", \"method\": \"GET\", \"host\": \"shop.example.org\", \"uri\": \"/api/cart\", \"headers\": {\"User-Agent\": [\"curl/8.14.1\"], \"Accept\": [\"*/*\"]}, \"tls\": {\"resumed\": false, \"version\": 772, \"cipher_suite\": 4865, \"proto\": \"h2\", \"server_name\": \"shop.example.org\"}}, \"bytes_read\": 0, \"user_id\": \"\", \"duration\": 0.012311, \"size\": 512, \"status\": 200, \"resp_headers\": {\"Content-Type\": [\"application/json\"], \"Server\": [\"Caddy\"]}}"),
			we("2026-11-29T07:41:19.771Z", Error, "", "2026/11/29 07:41:19.771\tERROR\thttp.log.error\tdial tcp 10.20.0.41:8080: connect: connection refused\t{\"request\": {\"remote_ip\": \"10.20.1.9\", \"remote_port\": \"40112\", \"client_ip\": \"10.20.1.9\", \"proto\": \"HTTP/1.1\", \"method\": \"POST\", \"host\": \"shop.example.org\", \"uri\": \"/api/checkout\"}, \"duration\": 0.001402, \"status\": 502, \"err_id\": \"k2v8p1qz7\", \"err_trace\": \"reverseproxy.statusError (reverseproxy.go:1373)\"}"),
			we("2026-11-29T07:41:19.772Z", Error, "", "2026/11/29 07:41:19.772\tERROR\thttp.log.access.log0\thandled request\t{\"request\": {\"remote_ip\": \"10.20.1.9\", \"remote_port\": \"40112\", \"client_ip\": \"10.20.1.9\", \"proto\": \"HTTP/1.1\", \"method\": \"POST\", \"host\": \"shop.example.org\", \"uri\": \"/api/checkout\"}, \"bytes_read\": 218, \"user_id\": \"\", \"duration\": 0.001402, \"size\": 0, \"status\": 502, \"resp_headers\": {\"Server\": [\"Caddy\"]}}"),
			we("2026-11-29T07:41:21.004Z", Warn, "", "2026/11/29 07:41:21.004\tWARN\ttls\tstapling OCSP\t{\"error\": \"no OCSP stapling for [shop.example.org]: no OCSP server specified in certificate\", \"identifiers\": [\"shop.example.org\"]}"),
		},
	},
	{
		name:   "dovecot23-log-timestamp-iso-offset-mail-debug",
		source: "Dovecot 2.3 with `log_path = /var/log/dovecot.log`, `log_timestamp = \"%Y-%m-%dT%H:%M:%S%z \"` (a strftime format; the default is `%b %d %H:%M:%S `), `mail_debug = yes` and `auth_verbose = yes`, on a server at +01:00: each line `service(user)<pid><session>: Level: msg` after the time: dovecot docs settings (log_timestamp, mail_debug, auth_verbose) from memory; the Info/Debug/Warning/Error prefixes and the login and logout lines from memory of real logs",
		why:    "an ISO time with a +0100 offset without colon, converted; the level word with a colon after the service prefix; rip= and lip= are client and local addresses, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+0100 imap-login: Info: Login: user=<anna@example.org>, method=PLAIN, rip=10.20.1.5, lip=10.20.0.25, mpid=4120, TLS, session=<Xk3pQ2bL9uAKFAEF>"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29T08:41:16+0100 imap(anna@example.org)<4120><Xk3pQ2bL9uAKFAEF>: Debug: Effective uid=5000, gid=5000, home=/var/vmail/example.org/anna"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29T08:41:16+0100 imap(anna@example.org)<4120><Xk3pQ2bL9uAKFAEF>: Debug: Namespace inbox: type=private, prefix=, sep=/, inbox=yes, hidden=no, list=yes, subscriptions=yes location=maildir:~/Maildir"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29T08:41:17+0100 auth: Info: passwd-file(bruno@example.org,10.20.1.9,<q8Lr0c2Zk9wKFAEJ>): unknown user"),
			we("2026-11-29T07:41:19Z", Warn, "", "2026-11-29T08:41:19+0100 imap(anna@example.org)<4120><Xk3pQ2bL9uAKFAEF>: Warning: Maildir /var/vmail/example.org/anna/Maildir/.Sent: Expunged message reappeared, giving a new UID (old uid=4812, file=1795938077.M412P4120.mail1,S=2231,W=2290:2,S)"),
			we("2026-11-29T07:41:20Z", Error, "", "2026-11-29T08:41:20+0100 lmtp(carl@example.org)<4131><Yb7hN3cQz2VmEAAA1vCLdw>: Error: msgid=<20261129074120.41a2@example.net>: save failed to INBOX: Quota exceeded (mailbox for user is full)"),
			we("2026-11-29T07:41:21Z", Info, "", "2026-11-29T08:41:21+0100 imap(anna@example.org)<4120><Xk3pQ2bL9uAKFAEF>: Info: Disconnected: Logged out in=412 out=8120 deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0"),
		},
	},
}

func TestFresh469Formats(t *testing.T) { assertTable(t, fresh469Cases) }
func TestFresh469Score(t *testing.T) {
	checkScore(t, "fresh469 formats", fresh469Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
