package parse

import "testing"

// The three-hundred-and-ninth fresh table, written on 2026-12-08: everyday Linux server daemons at
// debug and verbose settings, shapes no earlier table holds. Each family is one product's documented
// or observed output: Squid 6's cache.log with `debug_options ALL,1 11,2` (the `section,level|
// file(line) function:` prefix of debug messages, milliseconds only on them, the HTTP request and
// reply dumps between dashed rules, the indented `current master transaction` line under an
// ERROR); OpenSSH 10's sshd-session with LogVerbose forcing chosen functions' debug messages (the
// `file.c:function():line (bin=…, pid=…)` tag) in BusyBox syslogd's /var/log/messages with its
// `facility.priority` column; Postfix's smtpd at `smtpd_tls_loglevel = 2` (OpenSSL's state lines,
// the alert line with `fatal` in it, the session ticket's epoch) in Debian's mail.log; Dovecot's
// rawlog_dir .out file (every line behind an epoch with microseconds); BIND's `dnstap-read -x` (the
// short line, then the message in hexadecimal on a line of its own); BIND's built-in default_debug
// channel in RHEL's data/named.run after `rndc trace 5` (no time, no category, no severity);
// NetworkManager at TRACE read with `journalctl -o short-monotonic` (uptime in brackets, NM's own
// epoch inside); systemd-networkd run by hand with SYSTEMD_LOG_LEVEL=debug, SYSTEMD_LOG_TIME,
// SYSTEMD_LOG_LOCATION and SYSTEMD_LOG_TID (a weekday, a date and a zone abbreviation, the thread id,
// the source file and line); chronyd -d in the cturra/ntp container read with `docker compose logs
// -t`.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`sshd`, `sshd -d`, `sshd -ddd`, `debug1:`, `debug2:`, `debug3:`, `sshd-session`,
// `LogVerbose`, `(bin=`, `server_request_direct_tcpip`, `User child is on pid`, `auth.debug`,
// `postfix`, `smtpd\[`, `smtp_get`, `name_mask`, `connect to subsystem`, `debug_peer`,
// `tls_loglevel`, `SSL_connect`, `SSL_accept:`, `TLS cipher list`, `Issuing session ticket`, `SSL3
// alert`, `dovecot`, `Debug: `, `auth: Debug`, `imap(`, `mail_debug`, `auth_debug`, `rawlog`,
// `UIDVALIDITY`, `Select completed`, `named\[`, `queries: info`, `query: `, `client @0x`,
// `print-category`, `named.run`, `rndc trace`, `debug 3:`, `debug level is now`, `received control
// channel command`, `UDP request`, `using view`, `dnstap`, `dnstap-read`, `CQ `, `squid`, `kid1|`,
// `cache.log`, `debug_options`, `| 11,2|`, `kid1| 33`, `HTTP Server REQUEST`, `HTTP Server
// RESPONSE`, `current master transaction`, `chrony`, `chronyd`, `chronyd -d`, `tracking.log`,
// `measurements.log`, `cturra`, `Disabled control of system clock`, `ntp  |`, `NetworkManager`,
// `NetworkManager --debug`, `nm-logging`, `<trace>`, `<debug>`, `short-monotonic`, `systemd\[1\]`,
// `SYSTEMD_LOG`, `SYSTEMD_LOG_LEVEL`, `LOG_LOCATION`, `log_level=debug`, `PRIORITY=7`,
// `systemd-networkd`, `networkd`, `DHCPv4 client`, ` CET (`, `udevd`, `udevadm`, `kea-dhcp`,
// `DHCP4_`, `dnsmasq`, `log-queries`, `unbound`, `slapd`, `snmpd`, `cron -x`, `TargetTime`,
// `sec-to-wait`, `haproxy -d`, `clireq`, `rsyslogd -d`, `logrotate -d`). What the brief named is
// measured already in many shapes: sshd at DEBUG3 in auth.log, under -D -e, with -E to a file, in
// `journalctl -o verbose` and through Win32-OpenSSH (fresh30, fresh55, fresh83, fresh219), the ssh
// client's -vv and ssh-agent -d (fresh59, fresh110); Postfix's smtpd -v dialogue, tlsproxy,
// postscreen, postlog and maillog_file (fresh43, fresh55, fresh86 and others); Dovecot's
// log_path, debug_log_path, auth_debug, doveadm -D and its event exporter (fresh68, fresh70,
// fresh86, fresh283); BIND's channels with every print- option, its query log, -g foreground,
// statistics and dnstap-read's short form (holdout, fresh22, fresh41, fresh43, fresh55, fresh86,
// fresh181, fresh227, fresh275); Squid's cache.log at ALL,1 with the kid prefix (fresh_test,
// fresh55); chrony's logfile, its log files and its debug build (holdout, fresh39, fresh41, fresh55,
// fresh261); NetworkManager in syslog, the journal's short-iso-precise, -o cat and JSON (fresh90,
// fresh111, fresh164, fresh266); systemd's own lines in every journal output. What is new here: the
// debug sections of cache.log and their HTTP dumps (fresh189 left them out for want of a source;
// src/debug settles them), LogVerbose's forced tag, the TLS state lines at loglevel 2, Dovecot's
// rawlog, dnstap-read -x, the untimed named.run, NetworkManager under short-monotonic, systemd's
// console log with time and location, and chronyd -d behind compose's and Docker's prefixes. Left
// out as measured already: cronie's -x (fresh282), HAProxy -d (fresh213), rsyslogd -dn and
// logrotate -d (fresh90), dnsmasq's log-queries=extra (fresh64), Kea and Unbound at debug, slapd
// -d. Left out for want of a page that settled the lines: Postfix's loglevel 4 hex dumps (the
// separator between the byte columns), dnstap-read -p's dig-style text (its blank lines), and
// NetworkManager's --debug stderr, which is -o cat's shape (fresh164). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Squid's `2026/11/29 07:41:16.204` is local time with no zone, taken as UTC;
// its debug lines carry milliseconds and its level-1 lines do not; the Date: headers inside its
// dumps are message text. Busybox's `Nov 29 07:52:10` and Postfix's syslog stamp have no year
// (2026). The rawlog's `1795938076.391552` is epoch seconds; the UIDVALIDITY value and the
// envelope's date are message text. dnstap-read's `29-Nov-2026 07:41:16.204` is the time of the
// line and of the hexadecimal line under it. named.run's lines carry no time at all. In
// short-monotonic the bracketed figure is the uptime, not a clock: NetworkManager's own epoch
// inside its line is the only wall time. systemd's `Sun 2026-11-29 08:41:16 CET` is converted from
// CET (+01:00). Docker's RFC 3339 stamp and chronyd's own `Z` stamp are the same second, so either
// is accepted. Levels only where the line marks one: Squid's `N,M|` (a level above 1 is a debug
// message) and its ERROR: prefix, busybox's priority column and OpenSSH's `debugN:`/`error:`
// prefixes, Postfix's `warning:`, NetworkManager's `<trace>`/`<debug>`/`<info>`/`<warn>`; the
// `fatal` inside OpenSSL's alert line, IMAP's NO, BIND's untagged debug lines, systemd's console
// lines (colour is its only marker) and chronyd's lines give none. The host is the record's host
// field: busybox's and Postfix's syslog host, the journal's host; the client and peer addresses,
// the HTTP Host: header, the compose service and the dnstap identity are not hosts. A record that
// spans lines is one entry: Squid's dump from its `REQUEST:` or `RESPONSE:` line to the closing
// rule (the blank lines inside it included) and an ERROR with its indented line; dnstap-read's
// short line with the hexadecimal line under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 761f824 before any rule for it: level 88.9 %, time 97.8 %, host 97.8 %, records 95.6 %.
// That is the macro figure (micro: level 91.8 %, time 98.4 %, host 98.4 %, records 96.7 %), in a
// worktree at 761f824 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 9 families fully right; the gaps are Squid's debug-level column (`11,2|`) and the closing rule of
// its reply dump, which is cut from the dump and put before the ERROR that follows.

var fresh309Cases = []worldCase{
	{
		name:   "squid6-cache-log-debug-sections-http-dumps",
		gap:    "trawl reads no level from Squid's `section,level|` column, so the `kid1| 11,2| file.cc(line) function:` debug lines come out unknown; and in the reply dump (`HTTP Server RESPONSE:`, `---------`, the status and header lines, one blank line, `----------`) the blank line ends the record and the closing `----------` rule is put in front of the next line, so the ERROR after it gets no entry of its own (its entry starts at the rule)",
		source: "Squid 6's cache.log with `debug_options ALL,1 11,2`: squid-cache/squid src/debug/Stream.h (the debugs() macro writes `section,level| ` and Here()'s `file(line) function: ` before messages above level 1, Debug::Extra's newline and four blanks), src/debug/debug.cc (writeToStream's `time kidN| body`, debugLogTime's local `%Y/%m/%d %H:%M:%S` with `.%03d` only when the message's level is above 1, CurrentCodeContextDetail after level 0-1 messages), src/http.cc (sendRequest's `HTTP Server REQUEST:\\n---------\\n` buffer `\\n----------`, the request ending in its own blank line); the reply dump's layout and the ERROR's wording from memory; the CR at the end of each header line is left out here (the stream strips a trailing CR)",
		why:    "a slashed local date with milliseconds on debug lines and without on the ERROR; `11,2|` is section 11 at debug level 2; a dump with blank lines inside is one record up to its rule; Date: and Host: headers are message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "2026/11/29 07:41:16.204 kid1| 11,2| client_side.cc(1371) parseHttpRequest: HTTP Client conn4417 local=10.8.0.4:3128 remote=10.8.1.55:50412 FD 21 flags=1"),
			we("2026-11-29T07:41:16.211Z", Debug, "", "2026/11/29 07:41:16.211 kid1| 11,2| http.cc(2417) sendRequest: HTTP Server conn4418 local=10.8.0.4:41876 remote=203.0.113.80:80 HIER_DIRECT FD 23 flags=1"),
			we("2026-11-29T07:41:16.211Z", Debug, "",
				"2026/11/29 07:41:16.211 kid1| 11,2| http.cc(2418) sendRequest: HTTP Server REQUEST:",
				"---------",
				"GET /debian/dists/trixie/InRelease HTTP/1.1",
				"If-Modified-Since: Sat, 28 Nov 2026 20:14:02 GMT",
				"User-Agent: Debian APT-HTTP/1.3 (3.0.3)",
				"Host: mirror.example.net",
				"Via: 1.1 proxy01 (squid/6.12)",
				"X-Forwarded-For: 10.8.1.55",
				"Cache-Control: max-age=0",
				"Connection: keep-alive",
				"",
				"",
				"----------"),
			we("2026-11-29T07:41:16.262Z", Debug, "",
				"2026/11/29 07:41:16.262 kid1| 11,2| http.cc(750) processReplyHeader: HTTP Server RESPONSE:",
				"---------",
				"HTTP/1.1 304 Not Modified",
				"Date: Sun, 29 Nov 2026 07:41:16 GMT",
				"Server: Apache",
				"ETag: \"1d5c-62f1a0b7c4e80\"",
				"",
				"----------"),
			we("2026-11-29T07:41:19Z", Error, "",
				"2026/11/29 07:41:19 kid1| ERROR: failure while accepting a TLS connection on conn4431 local=10.8.0.4:3129 remote=10.8.1.77:50112 FD 27 flags=1: SQUID_TLS_ERR_ACCEPT+TLS_LIB_ERR=A000418+TLS_IO_ERR=1",
				"    current master transaction: master1198"),
		},
	},
	{
		name:   "openssh10-logverbose-busybox-messages",
		source: "OpenSSH 10.0's sshd-session in an Alpine bastion with `LogLevel VERBOSE` and `LogVerbose serverloop.c:server_request_direct_tcpip():*`, through BusyBox syslogd's /var/log/messages (`Mmm dd HH:MM:SS host facility.priority tag[pid]: msg`): openssh log.c (sshlogv's forced tag `%.48s:%.48s():%d (bin=%s, pid=%ld)`, do_log's `debug1:`/`error:` prefixes and LOG_DEBUG/LOG_ERR priorities), sshd_config(5) LogVerbose; an SSH-bastion audit test found with find_string (its repository not shown) quoting busybox lines with that tag under OpenSSH 10; the error line's wording from memory",
		why:    "busybox's `auth.debug`/`auth.info`/`auth.err` column gives the level; the forced tag's `():417` and `pid=4813` are no times; the host is syslog's; the addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:52:10Z", Info, "bastion-3f", `Nov 29 07:52:10 bastion-3f auth.info sshd-session[4811]: Connection from 198.51.100.23 port 50412 on 172.18.0.8 port 2222 rdomain ""`),
			we("2026-11-29T07:52:10Z", Info, "bastion-3f", "Nov 29 07:52:10 bastion-3f auth.info sshd-session[4811]: Accepted publickey for tunnel from 198.51.100.23 port 50412 ssh2: ED25519 SHA256:Qm3n7pXc2v9LrT0aYbK4sWf8hJd1eGu6ZoNiCqVxEtA"),
			we("2026-11-29T07:52:10Z", Info, "bastion-3f", "Nov 29 07:52:10 bastion-3f auth.info sshd-session[4811]: User child is on pid 4813"),
			we("2026-11-29T07:52:11Z", Debug, "bastion-3f", "Nov 29 07:52:11 bastion-3f auth.debug sshd-session[4813]: debug1: serverloop.c:server_request_direct_tcpip():417 (bin=sshd-session, pid=4813): originator 127.0.0.1 port 65535, target 10.30.4.21 port 22"),
			we("2026-11-29T07:52:14Z", Debug, "bastion-3f", "Nov 29 07:52:14 bastion-3f auth.debug sshd-session[4813]: debug1: serverloop.c:server_request_direct_tcpip():417 (bin=sshd-session, pid=4813): originator 127.0.0.1 port 65535, target 10.30.4.99 port 22"),
			we("2026-11-29T07:52:14Z", Info, "bastion-3f", "Nov 29 07:52:14 bastion-3f auth.info sshd-session[4813]: Received request from 198.51.100.23 port 50412 to connect to host 10.30.4.99 port 22, but the request was denied."),
			we("2026-11-29T07:52:31Z", Error, "bastion-3f", "Nov 29 07:52:31 bastion-3f auth.err sshd-session[4813]: error: connect_to 10.30.4.21 port 22: failed."),
		},
	},
	{
		name:   "postfix-smtpd-tls-loglevel-2-maillog",
		source: "Postfix smtpd with `smtpd_tls_loglevel = 2` in Debian's /var/log/mail.log (rsyslog's traditional format): `initializing the server-side TLS engine`, `setting up TLS connection from`, `host[addr]: TLS cipher list \"…\"`, OpenSSL's info-callback state lines `SSL_accept:…` and `SSL3 alert write:fatal:handshake failure`, `Issuing session ticket, key expiration: epoch`, the `warning: TLS library problem:` line: Michael Prokop's 'Postfix failing with no shared cipher' (found in the pages corpus), serverfault question 927877, and mail-log pastes with the session-ticket line found with find_string",
		why:    "OpenSSL's state strings after the tag; `fatal` inside the alert string is no level, warning: is; the ticket's expiry epoch is no time; the client's name and address are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mx2", "Nov 29 07:41:16 mx2 postfix/smtpd[30412]: initializing the server-side TLS engine"),
			we("2026-11-29T07:41:16Z", Unknown, "mx2", "Nov 29 07:41:16 mx2 postfix/smtpd[30412]: setting up TLS connection from mail-out.example.com[203.0.113.45]"),
			we("2026-11-29T07:41:16Z", Unknown, "mx2", `Nov 29 07:41:16 mx2 postfix/smtpd[30412]: mail-out.example.com[203.0.113.45]: TLS cipher list "aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH"`),
			we("2026-11-29T07:41:16Z", Unknown, "mx2", "Nov 29 07:41:16 mx2 postfix/smtpd[30412]: SSL_accept:before SSL initialization"),
			we("2026-11-29T07:41:16Z", Unknown, "mx2", "Nov 29 07:41:16 mx2 postfix/smtpd[30412]: SSL_accept:SSLv3/TLS read client hello"),
			we("2026-11-29T07:41:16Z", Unknown, "mx2", "Nov 29 07:41:16 mx2 postfix/smtpd[30412]: SSL_accept:TLSv1.3 write encrypted extensions"),
			we("2026-11-29T07:41:16Z", Unknown, "mx2", "Nov 29 07:41:16 mx2 postfix/smtpd[30412]: mail-out.example.com[203.0.113.45]: Issuing session ticket, key expiration: 1795941676"),
			we("2026-11-29T07:41:16Z", Unknown, "mx2", "Nov 29 07:41:16 mx2 postfix/smtpd[30412]: Anonymous TLS connection established from mail-out.example.com[203.0.113.45]: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256"),
			we("2026-11-29T07:41:22Z", Unknown, "mx2", "Nov 29 07:41:22 mx2 postfix/smtpd[30415]: SSL3 alert write:fatal:handshake failure"),
			we("2026-11-29T07:41:22Z", Warn, "mx2", "Nov 29 07:41:22 mx2 postfix/smtpd[30415]: warning: TLS library problem: error:0A0000C1:SSL routines::no shared cipher:../ssl/statem/statem_srvr.c:2220:"),
		},
	},
	{
		name:   "dovecot-rawlog-dir-out-file",
		source: "Dovecot 2.3/2.4 with `rawlog_dir = /var/log/dovecot/rawlog/%u`, the post-login IMAP session's .out file read with cat (`yyyyMMdd-HHmmss.pid.n.out`, every line written behind `%ld.%06u ` of the ioloop time): doc.dovecot.org 'Rawlog' (rawlog_dir, the .in and .out files), dovecot/core src/lib/iostream-rawlog.c (rawlog_write_timestamp, the unbuffered writer stamping each line, iostream_rawlog_create's prefix); the IMAP replies from memory",
		why:    "epoch seconds with microseconds first; IMAP's NO is a response, no level; UIDVALIDITY's number, the envelope's date and the `(0.001 + 41.695 secs)` timings are message text; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.391552Z", Unknown, "", "1795938076.391552 a1 OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES MULTIAPPEND UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY LITERAL+ NOTIFY SPECIAL-USE] Logged in"),
			we("2026-11-29T07:41:16.402907Z", Unknown, "", "1795938076.402907 * 42 EXISTS"),
			we("2026-11-29T07:41:16.402907Z", Unknown, "", "1795938076.402907 * OK [UIDVALIDITY 1795000112] UIDs valid"),
			we("2026-11-29T07:41:16.40312Z", Unknown, "", "1795938076.403120 a2 OK [READ-WRITE] Select completed (0.002 + 0.000 + 0.001 secs)."),
			we("2026-11-29T07:41:17.520448Z", Unknown, "", `1795938077.520448 * 42 FETCH (UID 1877 FLAGS (\Seen) ENVELOPE ("Sat, 28 Nov 2026 22:10:04 +0100" "Re: rota for December" (("Nora Lind" NIL "nora" "example.org")) (("Nora Lind" NIL "nora" "example.org")) (("Nora Lind" NIL "nora" "example.org")) (("Ana Ruiz" NIL "ana" "example.com")) NIL NIL "<8c2e41f0@example.com>" "<a71b93d2@example.org>"))`),
			we("2026-11-29T07:41:20.000112Z", Unknown, "", "1795938080.000112 + idling"),
			we("2026-11-29T07:42:01.733902Z", Unknown, "", "1795938121.733902 * 43 EXISTS"),
			we("2026-11-29T07:42:01.901455Z", Unknown, "", "1795938121.901455 a4 OK Idle completed (0.001 + 41.695 + 41.694 secs)."),
			we("2026-11-29T07:42:02.118034Z", Unknown, "", "1795938122.118034 a5 NO [TRYCREATE] Mailbox doesn't exist: Archive/2025 (0.001 + 0.000 secs)."),
		},
	},
	{
		name:   "bind-dnstap-read-x-hex-line",
		source: "BIND 9.18's `dnstap-read -x /var/named/data/dnstap.bin` (each message's short line `dd-Mon-yyyy HH:mm:ss.mmm CQ|RQ|RR|CR addr:port ->|<- addr:port UDP nb name/class/type`, then print_hex's message in hexadecimal on a line of its own): isc-projects/bind9 bin/tools/dnstap-read.c (main's -x branch, print_dtdata, print_hex with isc_hex_totext), dnstap-read(1); the short line as in fresh22 (the BIND ARM); the messages encoded for this table",
		why:    "a BIND day-month-year time; the hexadecimal line under the short line belongs to it and carries nothing; the addresses are peers; CQ/CR are message types, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "",
				"29-Nov-2026 07:41:16.204 CQ 10.0.3.41:53211 -> 10.0.0.53:53 UDP 56b www.example.net/IN/A",
				"5A3C0120000100000000000103777777076578616D706C65036E6574000001000100002904D000000000000C000A00083F9A0C61D27E4B18"),
			we("2026-11-29T07:41:16.206Z", Unknown, "",
				"29-Nov-2026 07:41:16.206 RQ 10.0.0.53:40933 -> 198.51.100.53:53 UDP 56b www.example.net/IN/A",
				"91E20010000100000000000103777777076578616D706C65036E6574000001000100002904D000008000000C000A0008B70E5D2C94A1F036"),
			we("2026-11-29T07:41:16.231Z", Unknown, "",
				"29-Nov-2026 07:41:16.231 RR 10.0.0.53:40933 <- 198.51.100.53:53 UDP 60b www.example.net/IN/A",
				"91E28410000100010000000103777777076578616D706C65036E65740000010001C00C000100010000012C0004C000025000002904D0000080000000"),
			we("2026-11-29T07:41:16.232Z", Unknown, "",
				"29-Nov-2026 07:41:16.232 CR 10.0.3.41:53211 <- 10.0.0.53:53 UDP 60b www.example.net/IN/A",
				"5A3C81A0000100010000000103777777076578616D706C65036E65740000010001C00C000100010000012C0004C000025000002904D0000000000000"),
		},
	},
	{
		name:   "bind-rhel-named-run-default-debug",
		source: "BIND 9.18 on RHEL 9 after `rndc trace 5`: RHEL's named.conf routes default_debug to `file \"data/named.run\"; severity dynamic;` with no print-time, print-category or print-severity, so each debug message is written bare: the ARM's logging statement (the built-in default_debug channel; the print- options off by default), lib/ns/client.c (ns_client_log's `client @0x… addr#port (name): msg`, `using view '%s'` at debug 5, `request is not signed` and `recursion available` at debug 3); the control-channel and debug-level lines and RHEL's named.conf from memory",
		why:    "no time, no category, no severity on any line; `@0x7f3c2c01e168` is a pointer and `#53211` a port; the client is a peer, no host",
		entries: []worldEntry{
			we("", Unknown, "", "received control channel command 'trace 5'"),
			we("", Unknown, "", "debug level is now 5"),
			we("", Unknown, "", "client @0x7f3c2c01e168 10.0.3.41#53211: UDP request"),
			we("", Unknown, "", "client @0x7f3c2c01e168 10.0.3.41#53211: using view '_default'"),
			we("", Unknown, "", "client @0x7f3c2c01e168 10.0.3.41#53211: request is not signed"),
			we("", Unknown, "", "client @0x7f3c2c01e168 10.0.3.41#53211: recursion available"),
			we("", Unknown, "", "client @0x7f3c2c01e168 10.0.3.41#53211 (www.example.net): query: www.example.net IN A +E(0)K (10.0.0.53)"),
			we("", Unknown, "", "fetch: www.example.net/A"),
		},
	},
	{
		name:   "networkmanager-trace-journal-short-monotonic",
		source: "NetworkManager 1.48 after `nmcli general logging level TRACE domains ALL`, read with `journalctl -u NetworkManager -o short-monotonic` (`[%5llu.%06llu] host ident[pid]: msg`, the uptime in seconds): systemd's logs-show.c (output_timestamp_monotonic), NetworkManager's nm-logging.c (MESSAGE_FMT `%s%-7s [%ld.%04ld] %s`: the level tag padded to seven, then its own epoch with four decimals); the messages from memory",
		why:    "the bracketed uptime is no clock; NM's epoch inside the line is the record's only wall time; `<trace>` is trace; the device id in brackets is no time; the host is the journal's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2045Z", Trace, "web07", "[259213.204811] web07 NetworkManager[812]: <trace> [1795938076.2045] platform-linux: event-notification: RTM_NEWLINK, flags 0, seq 0: 2: eth0 <UP,LOWER_UP;broadcast,multicast,up,running,lowerup> mtu 1500"),
			we("2026-11-29T07:41:16.2049Z", Debug, "web07", "[259213.205160] web07 NetworkManager[812]: <debug> [1795938076.2049] device[8c1f2a7d39e0b654] (eth0): carrier: link connected"),
			we("2026-11-29T07:41:16.2051Z", Info, "web07", "[259213.205388] web07 NetworkManager[812]: <info>  [1795938076.2051] device (eth0): carrier: link connected"),
			we("2026-11-29T07:41:16.3187Z", Debug, "web07", "[259213.318902] web07 NetworkManager[812]: <debug> [1795938076.3187] dhcp4 (eth0): received ACK of 10.20.5.44 from 10.20.5.1"),
			we("2026-11-29T07:41:16.319Z", Info, "web07", "[259213.319217] web07 NetworkManager[812]: <info>  [1795938076.3190] dhcp4 (eth0): state changed new lease, address=10.20.5.44"),
			we("2026-11-29T07:41:21.0007Z", Warn, "web07", "[259218.000944] web07 NetworkManager[812]: <warn>  [1795938081.0007] dhcp6 (eth0): request timed out"),
		},
	},
	{
		name:   "systemd-networkd-console-log-time-location-tid",
		source: "systemd 256's systemd-networkd run by hand on a host in Europe/Berlin with `SYSTEMD_LOG_LEVEL=debug SYSTEMD_LOG_TARGET=console SYSTEMD_LOG_TIME=1 SYSTEMD_LOG_LOCATION=1 SYSTEMD_LOG_TID=1`: systemd src/basic/log.c write_to_console (format_timestamp's `%a %Y-%m-%d %H:%M:%S` and zone, a blank, `(tid) `, `file:line: `, the object's prefix, the message; no level written), systemd(1) ENVIRONMENT (SYSTEMD_LOG_TIME, SYSTEMD_LOG_LOCATION, SYSTEMD_LOG_TID); the messages and line numbers from memory",
		why:    "a weekday, date, time and CET with no offset; `(40213)` is the thread id and `…networkd-link.c:1789:` a source line, neither a time; no level on the console; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun 2026-11-29 08:41:16 CET (40213) src/libsystemd/sd-bus/sd-bus.c:272: Bus bus-api-network: changing state UNSET → OPENING"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun 2026-11-29 08:41:16 CET (40213) src/network/networkd-manager.c:651: Enumeration completed"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun 2026-11-29 08:41:16 CET (40213) src/network/networkd-link.c:1789: eth0: Configuring with /etc/systemd/network/20-wired.network."),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun 2026-11-29 08:41:16 CET (40213) src/libsystemd-network/sd-dhcp-client.c:1521: eth0: DHCPv4 client: DISCOVER"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun 2026-11-29 08:41:17 CET (40213) src/libsystemd-network/sd-dhcp-client.c:1688: eth0: DHCPv4 client: OFFER from 10.20.5.1"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun 2026-11-29 08:41:17 CET (40213) src/network/networkd-dhcp4.c:903: eth0: DHCPv4 address 10.20.5.44/24, gateway 10.20.5.1 acquired from 10.20.5.1"),
			we("2026-11-29T07:41:18Z", Unknown, "", "Sun 2026-11-29 08:41:18 CET (40213) src/network/networkd-link.c:1402: eth1: Could not bring up interface, ignoring: Operation not permitted"),
		},
	},
	{
		name:   "chronyd-cturra-ntp-compose-logs-timestamps",
		source: "the cturra/ntp image (assets/startup.sh: `exec /usr/sbin/chronyd -u chrony -d -x -L ${LOG_LEVEL}`, chronyd's messages on stderr behind its gmtime `yyyy-MM-ddTHH:mm:ssZ`) read with `docker compose logs -t ntp` (the service's name padded and a pipe, then Docker's RFC 3339 nanosecond stamp): cturra/docker-ntp assets/startup.sh and PR #42 (LOG_LEVEL), issue #79 (a compose file with TZ set); chronyd(8) -d and -x; oxidecomputer/omicron PR #4118 (chronyd -d's lines); the compose prefix as in fresh255",
		why:    "a compose service name and a pipe (no host), Docker's stamp and chronyd's Z stamp of the same second; the ppm figures and the source address are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811302Z|2026-11-29T07:41:16Z", Unknown, "", "ntp  | 2026-11-29T07:41:16.204811302Z 2026-11-29T07:41:16Z chronyd version 4.6.1 starting (+CMDMON +NTP +REFCLOCK +RTC +PRIVDROP -SCFILTER +SIGND +ASYNCDNS +NTS +SECHASH +IPV6 -DEBUG)"),
			we("2026-11-29T07:41:16.205233118Z|2026-11-29T07:41:16Z", Unknown, "", "ntp  | 2026-11-29T07:41:16.205233118Z 2026-11-29T07:41:16Z Disabled control of system clock"),
			we("2026-11-29T07:41:16.205391006Z|2026-11-29T07:41:16Z", Unknown, "", "ntp  | 2026-11-29T07:41:16.205391006Z 2026-11-29T07:41:16Z Initial frequency -11.204 ppm"),
			we("2026-11-29T07:41:22.318840571Z|2026-11-29T07:41:22Z", Unknown, "", "ntp  | 2026-11-29T07:41:22.318840571Z 2026-11-29T07:41:22Z Selected source 162.159.200.123 (time.cloudflare.com)"),
			we("2026-11-29T07:43:31.002117934Z|2026-11-29T07:43:31Z", Unknown, "", "ntp  | 2026-11-29T07:43:31.002117934Z 2026-11-29T07:43:31Z Can't synchronise: no selectable sources (1 unreachable sources)"),
		},
	},
}

func TestFresh309Formats(t *testing.T) { assertTable(t, fresh309Cases) }
func TestFresh309Score(t *testing.T) {
	checkScore(t, "fresh309 formats", fresh309Cases, [worldNumFields]float64{88.8, 97.7, 97.7, 95.5})
}
