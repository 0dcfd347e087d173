package parse

import "testing"

// The three-hundred-and-seventy-third fresh table, written on 2026-12-06: mail and DNS servers' own
// logs in shapes and settings no earlier table holds. Each family is one product's documented or
// observed output: BIND's `dnstap-read -y` (one YAML document a dnstap frame, `---` between them);
// NSD with `log-time-iso: yes` (an ISO time with a ±hh:mm offset) and NSD with `log-time-ascii: no`
// (the epoch in brackets); dnsdist's structured logging on its default text backend (logfmt-like
// key="value" pairs, the time in ts= with a compact +0100 offset); OpenDKIM read with `journalctl
// -o short-iso-precise`; rspamd's console log under `docker logs -t`; the official Dovecot image's
// stderr log under `docker logs -t`; Postfix read with `journalctl -o verbose` on a CET machine.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`postfix`, `exim`, `dovecot`, `sendmail`, `opendkim`, `opendkim[`, `rspamd`, `rspamd.log`,
// `rspamd_task_write_log`, `(normal)`, `named`, `bind9`, `dnstap-read`, `dnstap-read -y`,
// `query_time: !!timestamp`, `!!timestamp`, `identity:`, `unbound`, `unbound[`, `unbound[1:0]`,
// `pdns`, `powerdns`, `pdns_server`, `pdns-recursor`, `prio=`, `subsystem=`, `dnsdist`,
// `setStructuredLogging`, `knot`, `knotd`, `+0100 info`, `dnsmasq`, `query[`, `coredns`, `nsd[`,
// `] nsd`, `log-time-iso`, `nsd-control`, `postqueue`, `arrival_time`, `mailq`, `-Queue ID-`,
// `postcat`, `qshape`, `exim -bp`, `exinext`, `exim_dumpdb`, `first failed`, `eximstats`,
// `exipick`, `log_timezone`, `doveadm`, `log errors`, `imap-login: Info`, `dovecot/dovecot`,
// `event_exporter`, `imap_command_finished`, `_TRANSPORT=syslog`, `SYSLOG_IDENTIFIER=postfix`,
// `stalwart`, `haraka`, `maddy`, `chasquid`, `qmail`, `courier`, `cyrus`, `zimbra`, `hmailserver`,
// `mdaemon`, `kerio`, `opensmtpd`, `smtp-in`, `technitium`, `querylog.json`, `FTL`, `kdig`,
// `knotc`, `unbound-control`, `rndc`, `named-checkzone`, `loaded serial`, `LogAction`,
// `Packet from`, `sogo`, `axigen`, `communigate`, `iredapd`, `postfwd`, `openarc`, `nextdns`,
// `dnsproxy`). BIND's dnstap-read is in fresh22, fresh43 and fresh309 (the short line, -x with hex);
// its YAML documents are in none. NSD is in fresh5 and others as the default `[yyyy-MM-dd
// HH:mm:ss.mmm] nsd[pid]: level: msg` and through syslog; log-time-iso and the epoch form are in
// none. dnsdist is in fresh17, fresh86, fresh275, fresh282 and fresh312 (its classic console and
// syslog lines); structured logging is in none (PowerDNS Recursor's structured lines with an epoch
// ts= are in fresh227, so the Recursor and the Authoritative server's shape were left out). OpenDKIM
// is in fresh14, fresh187 and fresh283 through syslog; the journal's short-iso-precise in none.
// rspamd is in fresh2, fresh64, fresh283 and others as its own file and systemd console; under
// Docker's stamps in none. Dovecot is in many tables (syslog, log_path, ISO log_timestamp, the
// event exporter, doveadm); the image's stderr under Docker's stamps in none. Postfix is in many
// (syslog, journal JSON in fresh283, postlogd, mailq, postqueue -j); `journalctl -o verbose` with a
// zone abbreviation in none. Left out as measured already: Knot DNS's own log (fresh5, fresh275),
// Unbound's ascii, ISO and epoch logs (fresh55, fresh64, fresh160, fresh227, fresh275), PowerDNS
// (fresh13, fresh227, fresh275, fresh351), Exim's logs and tools (fresh55, fresh64, fresh86,
// fresh187, fresh283, fresh340), Sendmail (fresh55, fresh351), dnsmasq, CoreDNS, Technitium, Pi-hole
// and AdGuard Home. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). dnstap-read's `!!timestamp` is ISO 8601 in UTC to the second, and a
// response's document carries its query's time and its own, either accepted; NSD's ISO time is
// converted from +01:00, its bracketed number is epoch seconds; dnsdist's ts= is converted from
// +0100; the journal's short-iso-precise from +01:00 and -o verbose's CET header to UTC (the
// SYSLOG_TIMESTAMP field is the sender's local time without a zone, so it is not the record's
// instant); Docker's stamp and the daemon's own zone-less time (UTC in the container) are the same
// record's time, either accepted. Levels only where the line marks one: NSD's level word after the
// pid, dnsdist's prio=, Dovecot's `Info:`/`Error:` after the process, the journal's PRIORITY=;
// OpenDKIM's lines, rspamd's console lines and dnstap documents have none (SERVFAIL, `bad signature`
// and `(no action)` are message text). The host is the record's host field: dnstap's identity (the
// name the server writes into every frame, its hostname by default), the journal's host column and
// _HOSTNAME; a query or response address, rip=, client.address= and an rspamd ip: are peers. A
// record that spans lines is one entry: a dnstap YAML document from its first line (or its `---`)
// to the next, a -o verbose block from its header to the next header.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit c6de9a4 before any rule for it: level 100.0 %, time 87.5 %, host 87.5 %, records 87.5 %.
// That is the macro figure (micro: level 100.0 %, time 87.5 %, host 87.5 %, records 87.5 %), in a
// worktree at c6de9a4 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right (both NSD settings, dnsdist's structured lines, OpenDKIM and Postfix in the
// journal, rspamd and Dovecot under Docker's stamps); the gap is dnstap-read's YAML documents,
// which trawl cuts into one record a line, so neither their time nor their identity is read.

var fresh373Cases = []worldCase{
	{
		name:   "bind-dnstap-read-yaml-documents",
		gap:    "trawl does not read a YAML document stream as records: each line of a dnstap-read -y document (`type: MESSAGE`, `---`, `identity:`, the indented message lines) is cut into a record of its own, so the `query_time: !!timestamp` time and the `identity:` host are not given to the document's first line",
		source: "BIND 9.18/9.20 `dnstap-read -y /var/named/data/dnstap.bin` (print_yaml in bin/tools/dnstap-read.c: `---` before every document but the first, `type: MESSAGE`, `identity:`, `version:`, `message:` with `type:`, `query_time: !!timestamp` and `response_time: !!timestamp` from isc_time_formatISO8601, `message_size: Nb`, socket family and protocol, quoted addresses, ports, then the message as `query_message_data:`/`response_message_data:` in the YAML master style and as `query_message: |` text): isc-projects/bind9 bin/tools/dnstap-read.c (print_yaml); the layout of the message data from memory",
		why:    "one YAML document is one record, the next begins at `---`; the time is the `!!timestamp` of query_time (a response also carries response_time, either accepted); identity names the server; the addresses, ports, id and serial are no times or hosts; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "ns1.example.net",
				"type: MESSAGE",
				"identity: ns1.example.net",
				"version: bind9",
				"message:",
				"  type: CLIENT_QUERY",
				"  query_time: !!timestamp 2026-11-29T07:41:16Z",
				"  message_size: 45b",
				"  socket_family: INET",
				"  socket_protocol: UDP",
				`  query_address: "10.20.3.14"`,
				`  response_address: "10.20.0.53"`,
				"  query_port: 52218",
				"  response_port: 53",
				"  query_message_data:",
				"    opcode: QUERY",
				"    status: NOERROR",
				"    id: 41822",
				"    flags: rd ad",
				"    QUESTION: 1",
				"    ANSWER: 0",
				"    AUTHORITY: 0",
				"    ADDITIONAL: 1",
				"    QUESTION_SECTION:",
				"      - shop.example.org. IN A",
				"  query_message: |",
				"    ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 41822",
				"    ;; flags: rd ad; QUESTION: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1",
				"    ;; QUESTION SECTION:",
				"    ;shop.example.org.\t\tIN\tA"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:17Z", Unknown, "ns1.example.net",
				"---",
				"type: MESSAGE",
				"identity: ns1.example.net",
				"version: bind9",
				"message:",
				"  type: RESOLVER_RESPONSE",
				"  query_time: !!timestamp 2026-11-29T07:41:16Z",
				"  response_time: !!timestamp 2026-11-29T07:41:17Z",
				"  message_size: 112b",
				"  socket_family: INET",
				"  socket_protocol: UDP",
				`  query_address: "10.20.0.53"`,
				`  response_address: "203.0.113.40"`,
				"  query_port: 39114",
				"  response_port: 53",
				"  query_zone: example.org.",
				"  response_message_data:",
				"    opcode: QUERY",
				"    status: NOERROR",
				"    id: 5120",
				"    flags: qr aa",
				"    QUESTION: 1",
				"    ANSWER: 1",
				"    AUTHORITY: 0",
				"    ADDITIONAL: 0",
				"    QUESTION_SECTION:",
				"      - shop.example.org. IN A",
				"    ANSWER_SECTION:",
				"      - shop.example.org. 300 IN A 203.0.113.71",
				"  response_message: |",
				"    ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 5120",
				"    ;; flags: qr aa; QUESTION: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0",
				"    ;; QUESTION SECTION:",
				"    ;shop.example.org.\t\tIN\tA",
				"    ;; ANSWER SECTION:",
				"    shop.example.org.\t300\tIN\tA\t203.0.113.71"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:17Z", Unknown, "ns1.example.net",
				"---",
				"type: MESSAGE",
				"identity: ns1.example.net",
				"version: bind9",
				"message:",
				"  type: CLIENT_RESPONSE",
				"  query_time: !!timestamp 2026-11-29T07:41:16Z",
				"  response_time: !!timestamp 2026-11-29T07:41:17Z",
				"  message_size: 61b",
				"  socket_family: INET",
				"  socket_protocol: UDP",
				`  query_address: "10.20.3.14"`,
				`  response_address: "10.20.0.53"`,
				"  query_port: 52218",
				"  response_port: 53",
				"  response_message_data:",
				"    opcode: QUERY",
				"    status: NOERROR",
				"    id: 41822",
				"    flags: qr rd ra",
				"    QUESTION: 1",
				"    ANSWER: 1",
				"    AUTHORITY: 0",
				"    ADDITIONAL: 0",
				"    QUESTION_SECTION:",
				"      - shop.example.org. IN A",
				"    ANSWER_SECTION:",
				"      - shop.example.org. 300 IN A 203.0.113.71",
				"  response_message: |",
				"    ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 41822",
				"    ;; flags: qr rd ra; QUESTION: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0",
				"    ;; QUESTION SECTION:",
				"    ;shop.example.org.\t\tIN\tA",
				"    ;; ANSWER SECTION:",
				"    shop.example.org.\t300\tIN\tA\t203.0.113.71"),
			we("2026-11-29T07:41:22Z", Unknown, "ns1.example.net",
				"---",
				"type: MESSAGE",
				"identity: ns1.example.net",
				"version: bind9",
				"message:",
				"  type: CLIENT_QUERY",
				"  query_time: !!timestamp 2026-11-29T07:41:22Z",
				"  message_size: 40b",
				"  socket_family: INET6",
				"  socket_protocol: TCP",
				`  query_address: "2001:db8:20::31"`,
				`  response_address: "2001:db8:20::53"`,
				"  query_port: 40672",
				"  response_port: 53",
				"  query_message_data:",
				"    opcode: QUERY",
				"    status: NOERROR",
				"    id: 2207",
				"    flags: rd",
				"    QUESTION: 1",
				"    ANSWER: 0",
				"    AUTHORITY: 0",
				"    ADDITIONAL: 0",
				"    QUESTION_SECTION:",
				"      - lab.example.org. IN SOA",
				"  query_message: |",
				"    ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 2207",
				"    ;; flags: rd; QUESTION: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0",
				"    ;; QUESTION SECTION:",
				"    ;lab.example.org.\t\tIN\tSOA"),
		},
	},
	{
		name:   "nsd-log-time-iso-offset",
		source: "NSD 4.8+ with `log-time-iso: yes` in nsd.conf (log_file in util.c: strftime `%Y-%m-%dT%H:%M:%S`, `.%3.3d` milliseconds, the `%z` offset with a colon put in, then `ident[pid]: level: msg`): NLnetLabs/nsd util.c (log_file), NLnetLabs/nsd issue #383 (the option named as the answer to a request for ISO 8601 times)",
		why:    "an ISO time with milliseconds and a +01:00 offset, converted to UTC; the level word after `nsd[pid]: `; serials and addresses are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "", "2026-11-29T08:41:16.204+01:00 nsd[2201]: notice: nsd starting (NSD 4.12.0)"),
			we("2026-11-29T07:41:16.391Z", Info, "", "2026-11-29T08:41:16.391+01:00 nsd[2203]: info: zone shop.example.org. serial 2026112903 is updated to 2026112904"),
			we("2026-11-29T07:41:17.012Z", Warn, "", "2026-11-29T08:41:17.012+01:00 nsd[2204]: warning: xfrd: zone lab.example.org: bad transfer 0 from 10.20.0.9"),
			we("2026-11-29T07:41:19.55Z", Error, "", "2026-11-29T08:41:19.550+01:00 nsd[2204]: error: xfrd: zone lab.example.org: cannot connect to 10.20.0.9@53: Connection refused"),
		},
	},
	{
		name:   "nsd-log-time-ascii-off-epoch",
		source: "NSD with `log-time-ascii: no` in nsd.conf (log_file in util.c: `[%d] %s[%d]: %s: %s` with time(NULL), the ident, the pid and the level word): NLnetLabs/nsd util.c (log_file); nsd.conf(5) log-time-ascii",
		why:    "the epoch seconds in brackets are the time; the level word after the pid; the zone serial is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "[1795938076] nsd[2201]: notice: nsd starting (NSD 4.12.0)"),
			we("2026-11-29T07:41:16Z", Info, "", "[1795938076] nsd[2203]: info: zone shop.example.org. serial 2026112903 is updated to 2026112904"),
			we("2026-11-29T07:41:20Z", Warn, "", "[1795938080] nsd[2204]: warning: xfrd: zone lab.example.org: max retry, disable notifies"),
			we("2026-11-29T07:42:21Z", Error, "", "[1795938141] nsd[2201]: error: cannot open /var/lib/nsd/lab.example.org.zone: Permission denied"),
		},
	},
	{
		name:   "dnsdist-structured-logging-default-backend",
		source: "dnsdist 2.x with structured logging on its default backend (one line of key=\"value\" pairs on stderr: msg, subsystem, level, prio Alert..Debug, ts as `yyyy-MM-ddTHH:mm:ss+zzzz`, then the entry's own keys such as frontend.address and backend.name): dnsdist.org 'Structured logging dictionary' (the default backend and its example line)",
		why:    "no stamp before the pairs: the time is ts= with a compact +0100 offset; prio= is the level (level=\"0\" is a detail level, no severity); client and backend addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `msg="Raised send buffer size" subsystem="setup" level="0" prio="Info" ts="2026-11-29T08:41:16+0100" frontend.address="0.0.0.0:53" network.send_buffer_size="4194304"`),
			we("2026-11-29T07:41:16Z", Info, "", `msg="Added downstream server" subsystem="setup" level="0" prio="Info" ts="2026-11-29T08:41:16+0100" backend.name="rec1" backend.address="10.20.0.53:53"`),
			we("2026-11-29T07:41:41Z", Warn, "", `msg="Marking downstream server as down" subsystem="healthcheck" level="0" prio="Warning" ts="2026-11-29T08:41:41+0100" backend.name="rec2" backend.address="10.20.0.54:53"`),
			we("2026-11-29T07:42:03Z", Error, "", `msg="Error while reading a query from a TCP client" subsystem="tcp" level="0" prio="Error" ts="2026-11-29T08:42:03+0100" client.address="198.51.100.23:40112" error="Connection reset by peer"`),
		},
	},
	{
		name:   "opendkim-journal-short-iso-precise",
		source: "OpenDKIM 2.11 under systemd read with `journalctl -u opendkim -o short-iso-precise` (an ISO time with microseconds and a ±hh:mm offset, the host, `opendkim[pid]: QUEUEID: msg`): journalctl(1) output modes; OpenDKIM's messages as in opendkim(8) and mail.log pastes; from memory",
		why:    "the journal's ISO time with microseconds and +01:00; the host column; the queue id and `s= d=` pairs are no hosts; `bad signature` is message text, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Unknown, "mx1", "2026-11-29T08:41:16.204811+01:00 mx1 opendkim[918]: OpenDKIM Filter v2.11.0 starting (args: -x /etc/opendkim.conf)"),
			we("2026-11-29T07:41:18.550031Z", Unknown, "mx1", "2026-11-29T08:41:18.550031+01:00 mx1 opendkim[918]: 4QzK8w1Fr2z9xL: DKIM-Signature field added (s=nov2026, d=example.org)"),
			we("2026-11-29T07:41:21.002114Z", Unknown, "mx1", "2026-11-29T08:41:21.002114+01:00 mx1 opendkim[918]: 4QzK8y0Tb7z1pM: s=selector1 d=partner.example.net SSL error:02000068:rsa routines::bad signature"),
			we("2026-11-29T07:41:21.002390Z", Unknown, "mx1", "2026-11-29T08:41:21.002390+01:00 mx1 opendkim[918]: 4QzK8y0Tb7z1pM: bad signature data"),
		},
	},
	{
		name:   "rspamd-docker-logs-timestamps",
		source: "rspamd 3.x in the rspamd/rspamd container with console logging, read with `docker logs -t` (Docker's RFC 3339 nanosecond stamp, then rspamd's `yyyy-MM-dd HH:mm:ss #pid(process) <uid>; module; function: msg`, the task log line `rspamd_task_write_log: id: <…>, qid: <…>, ip: …, (default: F (no action): [score/threshold] [symbols])`): rspamd.com logging documentation (the log format), the task line as in fresh2/fresh283; the container from memory",
		why:    "Docker's stamp first, rspamd's zone-less time of the same second inside; `#23(normal)` and `<2d7f4e>` are a pid and a tag, `ip:` a peer; no level word",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811215Z|2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16.204811215Z 2026-11-29 07:41:16 #1(main) <8c1e4a>; main; main: rspamd 3.11.1 is loading configuration, build id: release"),
			we("2026-11-29T07:41:17.118207554Z|2026-11-29T07:41:17Z", Unknown, "", "2026-11-29T07:41:17.118207554Z 2026-11-29 07:41:17 #23(normal) <2d7f4e>; task; rspamd_task_write_log: id: <20261129074117.1A2B@shop.example.net>, qid: <4QzK8w1Fr2z9xL>, ip: 198.51.100.23, from: <news@shop.example.net>, (default: F (no action): [1.40/15.00] [MIME_GOOD(-0.10){text/plain;},DMARC_POLICY_ALLOW(-0.50){shop.example.net;none;}]), len: 4211, time: 87.210ms, dns req: 14, digest: <a1b2c3d4e5f60718293a4b5c6d7e8f90>, rcpts: <lee@example.org>, mime_rcpts: <lee@example.org>"),
			we("2026-11-29T07:41:20.550031907Z|2026-11-29T07:41:20Z", Unknown, "", "2026-11-29T07:41:20.550031907Z 2026-11-29 07:41:20 #23(normal) <9a1b2c>; lua; ratelimit.lua:422: cannot get ratelimit for user lee@example.org: Connection refused"),
			we("2026-11-29T07:41:21.002114003Z|2026-11-29T07:41:21Z", Unknown, "", "2026-11-29T07:41:21.002114003Z 2026-11-29 07:41:21 #1(main) <8c1e4a>; main; rspamd_worker_monitored_on_change: monitored object rspamd.com has become unavailable"),
		},
	},
	{
		name:   "dovecot-image-stderr-docker-logs-t",
		source: "the official dovecot/dovecot 2.4 image (log_path = /dev/stderr, so Dovecot's default log_timestamp `%b %d %H:%M:%S ` starts each line), read with `docker logs -t` (Docker's RFC 3339 nanosecond stamp first): Dovecot documentation (log_path, log_timestamp); the image's configuration from memory",
		why:    "Docker's stamp, then Dovecot's yearless time of the same second; the level word follows the process (`imap-login: Info:`, `imap(lee)<52><…>: Error:`); rip= and lip= are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811215Z|2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16.204811215Z Nov 29 07:41:16 master: Info: Dovecot v2.4.1-4 (7d8c0e5759) starting up for imap, lmtp, submission"),
			we("2026-11-29T07:41:19.118207554Z|2026-11-29T07:41:19Z", Info, "", "2026-11-29T07:41:19.118207554Z Nov 29 07:41:19 imap-login: Info: Login: user=<lee>, method=PLAIN, rip=10.20.3.14, lip=10.20.0.25, mpid=52, TLS, session=<Xq4pZmUlQsHAqAEU>"),
			we("2026-11-29T07:41:25.550031907Z|2026-11-29T07:41:25Z", Info, "", "2026-11-29T07:41:25.550031907Z Nov 29 07:41:25 imap-login: Info: Login aborted: Connection closed (auth failed, 3 attempts in 14 secs) (auth_failed): user=<nora>, method=PLAIN, rip=10.20.3.19, lip=10.20.0.25, TLS, session=<b2Yk1pUl1MHAqAET>"),
			we("2026-11-29T07:41:31.002114003Z|2026-11-29T07:41:31Z", Error, "", "2026-11-29T07:41:31.002114003Z Nov 29 07:41:31 imap(lee)<52><Xq4pZmUlQsHAqAEU>: Error: Mailbox INBOX: mmap(size=204800) failed with file /srv/mail/lee/dovecot.index.cache: Cannot allocate memory"),
		},
	},
	{
		name:   "postfix-journalctl-verbose-cet",
		source: "Postfix 3.7 on a Debian machine in Europe/Berlin read with `journalctl -u postfix@-.service -o verbose` (the `Day yyyy-MM-dd HH:mm:ss.ffffff CET [s=…;i=…;b=…;m=…;t=…;x=…]` header, then indented FIELD=value lines: _HOSTNAME, PRIORITY, SYSLOG_FACILITY=2, SYSLOG_IDENTIFIER=postfix/smtpd, SYSLOG_TIMESTAMP in local time, MESSAGE): journalctl(1) output modes and systemd.journal-fields(7); the field order from memory",
		why:    "the header's time has a zone abbreviation (CET, +01:00); SYSLOG_TIMESTAMP is the same instant in local time without a zone; PRIORITY is the level (6 info, 4 warning, 2 for Postfix's fatal:); _HOSTNAME is the host; the client in MESSAGE is a peer; a block to the next header is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Info, "mx1",
				"Sun 2026-11-29 08:41:16.204811 CET [s=5e2a7c1d9b3f4e60a1c2d3e4f5a6b7c8;i=1b2f4;b=9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6;m=2a7c1f03;t=6464783a2f10b;x=7c8d9e0f1a2b3c4d]",
				"    _BOOT_ID=9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6",
				"    _MACHINE_ID=41c7e2d9a0b84f6e9c1d3a5b7e9f0a12",
				"    _HOSTNAME=mx1",
				"    _TRANSPORT=syslog",
				"    PRIORITY=6",
				"    SYSLOG_FACILITY=2",
				"    SYSLOG_IDENTIFIER=postfix/smtpd",
				"    SYSLOG_PID=3310",
				"    SYSLOG_TIMESTAMP=Nov 29 08:41:16 ",
				"    MESSAGE=connect from mail.partner.example.net[198.51.100.23]",
				"    _PID=3310",
				"    _UID=107",
				"    _GID=113",
				"    _COMM=smtpd",
				"    _SYSTEMD_UNIT=postfix@-.service"),
			we("2026-11-29T07:41:16.311940Z", Warn, "mx1",
				"Sun 2026-11-29 08:41:16.311940 CET [s=5e2a7c1d9b3f4e60a1c2d3e4f5a6b7c8;i=1b2f5;b=9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6;m=2a7c3884;t=6464783a4b08c;x=8d9e0f1a2b3c4d5e]",
				"    _BOOT_ID=9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6",
				"    _MACHINE_ID=41c7e2d9a0b84f6e9c1d3a5b7e9f0a12",
				"    _HOSTNAME=mx1",
				"    _TRANSPORT=syslog",
				"    PRIORITY=4",
				"    SYSLOG_FACILITY=2",
				"    SYSLOG_IDENTIFIER=postfix/smtpd",
				"    SYSLOG_PID=3310",
				"    SYSLOG_TIMESTAMP=Nov 29 08:41:16 ",
				"    MESSAGE=warning: hostname mail.partner.example.net does not resolve to address 198.51.100.23: Name or service not known",
				"    _PID=3310",
				"    _UID=107",
				"    _GID=113",
				"    _COMM=smtpd",
				"    _SYSTEMD_UNIT=postfix@-.service"),
			we("2026-11-29T07:41:17.020577Z", Info, "mx1",
				"Sun 2026-11-29 08:41:17.020577 CET [s=5e2a7c1d9b3f4e60a1c2d3e4f5a6b7c8;i=1b2f6;b=9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6;m=2a7ce4b1;t=6464783af6cb1;x=9e0f1a2b3c4d5e6f]",
				"    _BOOT_ID=9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6",
				"    _MACHINE_ID=41c7e2d9a0b84f6e9c1d3a5b7e9f0a12",
				"    _HOSTNAME=mx1",
				"    _TRANSPORT=syslog",
				"    PRIORITY=6",
				"    SYSLOG_FACILITY=2",
				"    SYSLOG_IDENTIFIER=postfix/smtpd",
				"    SYSLOG_PID=3310",
				"    SYSLOG_TIMESTAMP=Nov 29 08:41:17 ",
				"    MESSAGE=NOQUEUE: reject: RCPT from unknown[198.51.100.23]: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [198.51.100.23]; from=<billing@partner.example.net> to=<lee@example.org> proto=ESMTP helo=<mail.partner.example.net>",
				"    _PID=3310",
				"    _UID=107",
				"    _GID=113",
				"    _COMM=smtpd",
				"    _SYSTEMD_UNIT=postfix@-.service"),
			we("2026-11-29T07:41:40.882013Z", Critical, "mx1",
				"Sun 2026-11-29 08:41:40.882013 CET [s=5e2a7c1d9b3f4e60a1c2d3e4f5a6b7c8;i=1b2f7;b=9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6;m=2a8418c5;t=6464785229f25;x=0f1a2b3c4d5e6f70]",
				"    _BOOT_ID=9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6",
				"    _MACHINE_ID=41c7e2d9a0b84f6e9c1d3a5b7e9f0a12",
				"    _HOSTNAME=mx1",
				"    _TRANSPORT=syslog",
				"    PRIORITY=2",
				"    SYSLOG_FACILITY=2",
				"    SYSLOG_IDENTIFIER=postfix/cleanup",
				"    SYSLOG_PID=3324",
				"    SYSLOG_TIMESTAMP=Nov 29 08:41:40 ",
				"    MESSAGE=fatal: open /etc/postfix/header_checks.pcre: No such file or directory",
				"    _PID=3324",
				"    _UID=107",
				"    _GID=113",
				"    _COMM=cleanup",
				"    _SYSTEMD_UNIT=postfix@-.service"),
		},
	},
}

func TestFresh373Formats(t *testing.T) { assertTable(t, fresh373Cases) }
func TestFresh373Score(t *testing.T) {
	checkScore(t, "fresh373 formats", fresh373Cases, [worldNumFields]float64{99.9, 87.4, 87.4, 87.4})
}
