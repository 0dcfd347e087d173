package parse

import "testing"

// The four-hundred-and-fourth fresh table, written on 2026-12-06: server daemons' logs at
// non-default settings (debug levels, custom formats, verbose modes of common daemons), shapes no
// earlier table holds. Each family is one product's documented or observed output: pppd with
// `debug logfile /var/log/ppp-debug.log` (the logfile copy has no time, no tag: `sent [LCP ConfReq
// …]` and `rcvd […]` packet lines); mongod 4.2 with `--timeStampFormat ctime` and `-vvv` (a
// yearless weekday-first time with milliseconds, the D1-D3 verbosity marks); supervisord with
// `loglevel=debug` (a child's output copied into supervisord.log as `DEBG 'name' stdout output:`
// with the output on the lines after it); Tor with `LogMessageDomains 1` and `Log debug file`
// (the `{NET}` domain after the bracketed severity); autofs's automount in the foreground with
// debugging (`automount -f -d`: untimed lines on stderr); OpenVPN 2.6 at `verb 5` with `--log`
// (the R/W packet characters written before the next line's stamp); PostgreSQL 16 at
// `log_min_messages = debug5` with an empty log_line_prefix (the level word first, no time, the
// STATEMENT: line under an ERROR); Redis with `syslog-enabled yes` and `loglevel debug` in Debian's
// rsyslog RFC 3339 file format on a host at +01:00 (the message without Redis's own pid, role,
// time and mark).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`stunnel`, `LOG7[`, `LOG5[`, `machine-readable`, `openvpn`,
// `RwRw`, `WRWR`, `suppress-timestamps`, `print-time`, `iso8601-utc`, `named[`, `queries: info`,
// `exim`, `Exim version`, `exim -d`, `+timestamp`, `cups`, `d [29/Nov`, `haproxy`, `clireq`,
// `accept(0`, `|h1|`, `openldap`, `slapd`, `conn=1`, `0x7f` after a hex stamp, `[debug] conn`,
// `{NET}`, `LogMessageDomains`, `privoxy`, `mosquitto`, `log_timestamp_format`, `New connection
// from`, `samba`, `smbd`, `effective(0`, `class=auth`, `unbound`, `log-time-ascii`, `chrony`,
// `measurements`, `peerstats`, `loopstats`, `kea`, `DHCP4_`, `lighttpd`, `rqst:`, `memcached`,
// `auto-negotiating`, `squid`, `kid1|`, `rsyslogd`, `dnsmasq`, `query[A]`, `log-queries=extra`,
// `varnish`, `<< Request`, `caddy`, `traefik`, `vsftpd`, `FTP command`, `proftpd`, `TraceLog`,
// `<command:`, `dovecot`, `auth: Debug`, `mail_debug`, `verbose_ssl`, `SSL: where`, `redis`,
// `redis-server[`, `. Client closed`, `valkey`, `log-format logfmt`, `role=master`, `trace5`,
// `trace8`, `nginx`, `[debug]`, `pppd`, `[LCP`, `sent [`, `rcvd [LCP`, `mongod`, `"s":"D`,
// `$date":"Sun`, ` D3 `, `D3 NETWORK`, `I  NETWORK`, `I NETWORK`, `ctime`, `supervisord`, `DEBG`,
// `stdout output:`, `automount`, `handle_packet`, `handle_packet_missing`, `autofs`, `postgresql`,
// `blockState`, `StartTransaction`, `CommitTransaction`, `log_line_prefix = ''`, `LOCATION:`,
// `opensmtpd`, `smtpd -d`, `>>> 220`, `smtp: 0x`, `amanda`, `thd-0x`, `bacula-dir:`,
// `ganesha`, `F_DBG`, `slurmctld`, `debug5`, `LogTimeFormat`, `php-fpm`, `fpm_`, `keepalived`,
// `------<`, `Global definitions`, `xinetd`, `@07:41`, `svlogd`, `xrdp`, `monit`, `] debug    :`,
// `coturn`, `new-log-timestamp`, `tinyproxy`, `3proxy`, `sockd`, `dropbear`, `radvd`, `] radvd (`,
// `ptp4l`, `gpsd:`, `dnsdist`, `knotd`, `kresd`, `[plan`, `lldpd`, `smartd`, `DHCPDISCOVER from`).
// pppd is in fresh101, fresh103, fresh116 and others through syslog; its packet lines (`[LCP`)
// are in none, and its own logfile copy in none. mongod's text log is in world_test.go, fresh181
// and rules_test (`I NETWORK`, iso8601 stamps) and its JSON in fresh251 and others; the ctime stamp
// and 4.2's two-letter D1-D5 marks are in none. supervisord is in fresh127, fresh160 and a dozen
// more, DEBG in fresh5, fresh8, fresh46, fresh96, fresh106 and fresh127; the child output copied
// under `'name' stdout output:` is in rules_test's own lines only, in no table. Tor is in fresh97
// and fresh139 (`[debug]` lines); the message domains are in none. automount is in fresh18 and
// fresh312 through syslog and the journal; its foreground debug output is in none. OpenVPN is in
// two dozen tables (verb 4 in fresh227, machine-readable output in fresh173); verb 5's packet
// characters are in none. PostgreSQL's DEBUG lines are in several tables behind a prefix; with an
// empty prefix, and StartTransaction's debug5 lines, in none. Redis is through the journal in
// fresh36 and fresh164 with its own stamp in the message; with syslog-enabled (the bare message) in
// none. Left out as measured already: stunnel's debug (fresh5), Exim's debug output (fresh86),
// HAProxy -d (fresh213), OpenSMTPD -d -v (fresh64), Amanda's debug files (fresh46), Squid's
// debug sections and Postfix's TLS loglevel (fresh309), dnsmasq in the foreground, xrdp (fresh10),
// svlogd's stamps (fresh10 and others), Valkey's logfmt (fresh146). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). pppd's logfile, automount's stderr and PostgreSQL's unprefixed stderr carry
// no time; mongod's ctime `Sun Nov 29 07:41:16.204` and Tor's `Nov 29 07:41:16.000` have no year
// (2026) and no zone (UTC); supervisord's `2026-11-29 07:41:16,204` has no zone; OpenVPN's stamp has
// no zone and follows the packet characters on the same line; rsyslog's RFC 3339 time is converted
// from +01:00. Levels only where the line marks one: mongod's I, W, E and D1-D3, supervisord's DEBG
// and INFO, Tor's bracketed severity, PostgreSQL's level word (LOG is Info); pppd, automount,
// OpenVPN's log file and Redis's syslog message mark none. The host is the record's host field:
// rsyslog's host column; a client address (mongod's `connection accepted from`, OpenVPN's
// `name/addr:port` instance, Redis's `Accepted addr`), a peer's IP address in pppd's IPCP lines and an
// NFS server in a mount line are not hosts. A record that spans lines is one entry: supervisord's
// copied output with the lines after it, PostgreSQL's ERROR with its STATEMENT line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d01cd4c before any rule for it: level 85.0 %, time 97.5 %, host 97.5 %, records 92.9 %.
// That is the macro figure (micro: level 86.3 %, time 98.0 %, host 98.0 %, records 94.1 %), in a
// worktree at d01cd4c with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (pppd's logfile, supervisord's copied output, Tor's domains, automount's
// stderr, Redis through rsyslog); the gaps are mongod's severity column after a ctime stamp, a long
// run of OpenVPN's packet characters before its stamp, and PostgreSQL's STATEMENT line under an
// ERROR with no prefix.

var fresh404Cases = []worldCase{
	{
		name:   "pppd-debug-logfile-untimed",
		source: "pppd 2.4/2.5 with `debug` and `logfile /var/log/ppp-debug.log` in /etc/ppp/peers/<provider> (the logfile copy of pppd's messages, written without a time or a tag: `sent [LCP ConfReq id=0x1 <asyncmap 0x0> <magic 0x…>]`, `rcvd […]`, the IPCP addresses): ppp-project/ppp issues #83 and #440 (debug output with sent/rcvd packet lines), #84 (the maintainer suggesting `debug`); the logfile's untimed layout from memory (pppd(8) logfile)",
		why:    "no time, no level, no host on any line; the magic numbers and ids in hex are no times; the peer's IP address is no host",
		entries: []worldEntry{
			we("", Unknown, "", "using channel 41"),
			we("", Unknown, "", "Using interface ppp0"),
			we("", Unknown, "", "Connect: ppp0 <--> /dev/ttyUSB2"),
			we("", Unknown, "", "sent [LCP ConfReq id=0x1 <asyncmap 0x0> <magic 0x4f1c2a9e> <pcomp> <accomp>]"),
			we("", Unknown, "", "rcvd [LCP ConfReq id=0x3 <asyncmap 0x0> <auth chap MD5> <magic 0x7d02b113> <pcomp> <accomp>]"),
			we("", Unknown, "", "sent [LCP ConfAck id=0x3 <asyncmap 0x0> <auth chap MD5> <magic 0x7d02b113> <pcomp> <accomp>]"),
			we("", Unknown, "", "rcvd [LCP ConfAck id=0x1 <asyncmap 0x0> <magic 0x4f1c2a9e> <pcomp> <accomp>]"),
			we("", Unknown, "", "rcvd [IPCP ConfNak id=0x1 <addr 100.71.18.204> <ms-dns1 10.11.12.13> <ms-dns2 10.11.12.14>]"),
			we("", Unknown, "", "local  IP address 100.71.18.204"),
			we("", Unknown, "", "remote IP address 10.64.64.64"),
		},
	},
	{
		name:   "mongod42-ctime-verbose-debug-marks",
		source: "mongod 4.2 with `systemLog.timeStampFormat: ctime` and `-vvv` (`Www Mmm dd HH:mm:ss.SSS S  COMPONENT [context] msg`, the severity I, W, E, F or D1-D5 from 4.2, the component padded to eight): MongoDB manual 3.6 'Log Messages' (timeStampFormat ctime `Wed Dec 31 18:17:54.811`, the severity table), the 4.2 severity marks D1-D5 and the padding from memory",
		why:    "the ctime stamp has a weekday and no year; D1 to D3 are debug; the client address after `connection accepted from` is no host; `#41` and the millisecond counts are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "Sun Nov 29 07:41:16.204 I  NETWORK  [listener] connection accepted from 10.20.4.17:51822 #41 (3 connections now open)"),
			we("2026-11-29T07:41:16.205Z", Debug, "", "Sun Nov 29 07:41:16.205 D1 NETWORK  [conn41] Starting new replication handshake for client 10.20.4.17:51822"),
			we("2026-11-29T07:41:16.207Z", Debug, "", `Sun Nov 29 07:41:16.207 D2 COMMAND  [conn41] run command ledger.$cmd { find: "batches", filter: { state: "open" }, limit: 50, $db: "ledger" }`),
			we("2026-11-29T07:41:16.208Z", Debug, "", "Sun Nov 29 07:41:16.208 D3 STORAGE  [conn41] WT begin_transaction for snapshot id 18822"),
			we("2026-11-29T07:41:16.319Z", Warn, "", "Sun Nov 29 07:41:16.319 W  COMMAND  [conn41] Unable to gather storage statistics for a slow operation due to lock aquire timeout"),
			we("2026-11-29T07:41:17.002Z", Error, "", "Sun Nov 29 07:41:17.002 E  QUERY    [conn41] Plan executor error during find command: FAILURE, status: OperationFailed: Sort exceeded memory limit of 104857600 bytes"),
		},
	},
	{
		name:   "supervisord-loglevel-debug-child-output",
		source: "supervisord 4.2 with `loglevel=debug` in [supervisord] (supervisord.log's `yyyy-MM-dd HH:mm:ss,SSS LEVL msg`; at debug the child's output is copied into the main log as `DEBG 'name' stdout output:` with the output on the lines after it and a blank line after the output's own newline; the dispatcher's `fd N closed, stopped monitoring` lines): supervisor's dispatchers.py (mainlog_level DEBG, `'%(name)r %(channel)s output:\\n%(data)s'`), from memory",
		why:    "a copied output block is one record with its lines and its trailing blank line; a traceback inside it is the child's text; DEBG is debug; the comma before the milliseconds, no zone",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "",
				"2026-11-29 07:41:16,204 DEBG 'ingest-worker' stdout output:",
				"batch 8812 committed: 412 rows in 0.82s",
				"batch 8813 committed: 97 rows in 0.21s",
				""),
			we("2026-11-29T07:41:17.010Z", Debug, "",
				"2026-11-29 07:41:17,010 DEBG 'ingest-worker' stderr output:",
				"Traceback (most recent call last):",
				`  File "/srv/ingest/worker.py", line 88, in commit`,
				"psycopg.errors.DeadlockDetected: deadlock detected",
				""),
			we("2026-11-29T07:41:17.455Z", Debug, "", "2026-11-29 07:41:17,455 DEBG fd 14 closed, stopped monitoring <POutputDispatcher at 140233791 for <Subprocess at 140233552 with name ingest-worker in state RUNNING> (stdout)>"),
			we("2026-11-29T07:41:17.456Z", Info, "", "2026-11-29 07:41:17,456 INFO exited: ingest-worker (exit status 1; not expected)"),
			we("2026-11-29T07:41:18.460Z", Info, "", "2026-11-29 07:41:18,460 INFO spawned: 'ingest-worker' with pid 9217"),
			we("2026-11-29T07:41:18.612Z", Debug, "",
				"2026-11-29 07:41:18,612 DEBG 'ingest-worker' stdout output:",
				"worker 9217 ready, polling queue ingest.batches",
				""),
		},
	},
	{
		name:   "tor-log-message-domains-debug",
		source: "Tor 0.4.8 with `LogMessageDomains 1` and `Log debug file /var/log/tor/debug.log` (`Mmm dd HH:MM:SS.mmm [severity] {DOMAIN} function(): msg`, milliseconds rounded to LogTimeGranularity, one second by default): tor(1) manual (LogMessageDomains, LogTimeGranularity); the layout of the domain in braces from memory",
		why:    "a yearless date with .000 milliseconds; the bracketed severity is the level; `{NET}` is a domain, no level; the relay address in a message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", `Nov 29 07:41:16.000 [notice] {CONFIG} Read configuration file "/etc/tor/torrc".`),
			we("2026-11-29T07:41:16Z", Info, "", `Nov 29 07:41:16.000 [info] {FS} tor_lockfile_lock(): Locking "/var/lib/tor/lock"`),
			we("2026-11-29T07:41:17Z", Debug, "", "Nov 29 07:41:17.000 [debug] {NET} conn_read_callback(): socket 14 wants to read."),
			we("2026-11-29T07:41:17Z", Debug, "", "Nov 29 07:41:17.000 [debug] {CIRC} circuit_receive_relay_cell(): Sending to origin."),
			we("2026-11-29T07:41:18Z", Warn, "", "Nov 29 07:41:18.000 [warn] {OR} connection_or_client_learned_peer_id(): Tried connecting to router at 192.0.2.44:9001 ID=<none>, but RSA + ed25519 identity keys were not as expected."),
		},
	},
	{
		name:   "autofs-automount-foreground-debug",
		source: "autofs 5.1's automount run in the foreground with debugging (`automount -f -d`, or `-f` with `logging = debug` in autofs.conf: messages on stderr with no time and no tag; handle_packet, lookup and mount(nfs) lines): automount(8) (-f, -d) and autofs.conf(5); the untimed stderr layout from memory",
		why:    "no time, no level anywhere; the kernel's token and the request pid are no times; the NFS server in a mount line is no host",
		entries: []worldEntry{
			we("", Unknown, "", "Starting automounter version 5.1.9, master map /etc/auto.master"),
			we("", Unknown, "", "using kernel protocol version 5.05"),
			we("", Unknown, "", "lookup_nss_read_master: reading master file /etc/auto.master"),
			we("", Unknown, "", "handle_packet: type = 3"),
			we("", Unknown, "", "handle_packet_missing_indirect: token 418, name mkovac, request pid 48211"),
			we("", Unknown, "", "attempting to mount entry /home/mkovac"),
			we("", Unknown, "", "mount(nfs): mounted nfs04:/export/home/mkovac on /home/mkovac"),
			we("", Unknown, "", "st_expire: state 1 path /home"),
		},
	},
	{
		name:   "openvpn26-verb5-packet-chars-logfile",
		gap:    "trawl joins `wRwRwrWRwrWRwrWRwr2026-11-29 07:42:16 …` to the line before: behind that eighteen-character run of packet characters the stamp is not found, so the line starts no record (the eight-character runs before it are read)",
		source: "OpenVPN 2.6 server at `verb 5` with `log-append /var/log/openvpn/server.log` and no --suppress-timestamps (each line `yyyy-MM-dd HH:mm:ss msg`; verb 5 writes an R or W for every packet read or written, upper case for the link and lower case for tun, with no newline, so a run of them stands before the next line's stamp): openvpn(8) --verb; futel/asteriskserver issue #189 (openvpn.log 'prepends nontext'); angristan/openvpn-install issue #1479 (the stamp in the log file); the characters' place from memory",
		why:    "packet characters before the stamp on the same line; the stamp has no zone; the `name/addr:port` instance prefix is a client, no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 OpenVPN 2.6.12 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] [DCO]"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 Initialization Sequence Completed"),
			we("2026-11-29T07:41:44Z", Unknown, "", "RWRWRwRW2026-11-29 07:41:44 lap-0417/198.51.100.7:51822 MULTI: Learn: 10.8.0.6 -> lap-0417/198.51.100.7:51822"),
			we("2026-11-29T07:41:44Z", Unknown, "", "RwrWRwrW2026-11-29 07:41:44 lap-0417/198.51.100.7:51822 Data Channel: cipher 'AES-256-GCM', peer-id: 0"),
			we("2026-11-29T07:42:16Z", Unknown, "", "wRwRwrWRwrWRwrWRwr2026-11-29 07:42:16 lap-0417/198.51.100.7:51822 SENT CONTROL [lap-0417]: 'PUSH_REPLY,route-gateway 10.8.0.1,topology subnet,ping 10,ping-restart 120,ifconfig 10.8.0.6 255.255.255.0,peer-id 0,cipher AES-256-GCM' (status=1)"),
		},
	},
	{
		name:   "postgresql16-debug5-empty-prefix",
		gap:    "trawl cuts the `STATEMENT:  …` line off the ERROR before it: with no prefix it starts a record of its own instead of ending its ERROR's record",
		source: "PostgreSQL 16 at `log_min_messages = debug5` with `log_line_prefix = ''` and logging_collector off (stderr: `LEVEL:  msg`, two spaces; DEBUG1-5 all printed as DEBUG; StartTransaction/CommitTransaction's blockState lines at debug5; an ERROR followed by its `STATEMENT:  …` line): PostgreSQL documentation 'Error Reporting and Logging' (log_min_messages, log_line_prefix, the severity levels); the debug5 transaction lines from memory",
		why:    "no time and no host at all; the level word first, LOG is info; STATEMENT: under an ERROR is part of that record; xid/subid/cid numbers are no times",
		entries: []worldEntry{
			we("", Debug, "", "DEBUG:  StartTransaction(1) name: unnamed; blockState: DEFAULT; state: INPROGRESS, xid/subid/cid: 0/1/0"),
			we("", Info, "", "LOG:  statement: UPDATE batches SET settled = true WHERE batch_id = 8812;"),
			we("", Debug, "", "DEBUG:  CommitTransaction(1) name: unnamed; blockState: STARTED; state: INPROGRESS, xid/subid/cid: 48211/1/1"),
			we("", Info, "", "LOG:  duration: 0.412 ms"),
			we("", Error, "",
				`ERROR:  relation "batchs" does not exist at character 15`,
				"STATEMENT:  SELECT * FROM batchs WHERE batch_id = 8813;"),
			we("", Warn, "", "WARNING:  there is no transaction in progress"),
		},
	},
	{
		name:   "redis-syslog-enabled-rsyslog-rfc3339",
		source: "Redis 7.2 with `syslog-enabled yes`, `syslog-ident redis` and `loglevel debug` (serverLogRaw hands syslog the bare message: no pid:role, no time, no mark), stored by Debian 12's rsyslog in its RFC 3339 file format (`yyyy-MM-ddTHH:mm:ss.ffffff±hh:mm host ident[pid]: msg`) on a host at +01:00: redis.conf's syslog-enabled and loglevel comments; the bare message from memory",
		why:    "an RFC 3339 time with microseconds and +01:00 is an hour earlier in UTC; the host column is the host; the client address after Accepted is no host; no level (the file has no priority)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204311Z", Unknown, "cache02", "2026-11-29T08:41:16.204311+01:00 cache02 redis[9120]: Accepted 10.20.4.17:51822"),
			we("2026-11-29T07:41:16.318027Z", Unknown, "cache02", "2026-11-29T08:41:16.318027+01:00 cache02 redis[9120]: Client closed connection id=41 addr=10.20.4.17:51822 laddr=10.20.4.9:6379 fd=9 name= age=0 idle=0 flags=N db=0"),
			we("2026-11-29T07:41:20.001554Z", Unknown, "cache02", "2026-11-29T08:41:20.001554+01:00 cache02 redis[9120]: DB 0: 8812 keys (412 volatile) in 16384 slots HT."),
			we("2026-11-29T07:42:01.882140Z", Unknown, "cache02", "2026-11-29T08:42:01.882140+01:00 cache02 redis[9120]: 100 changes in 60 seconds. Saving..."),
			we("2026-11-29T07:42:01.884902Z", Unknown, "cache02", "2026-11-29T08:42:01.884902+01:00 cache02 redis[9120]: Background saving started by pid 9144"),
		},
	},
}

func TestFresh404Formats(t *testing.T) { assertTable(t, fresh404Cases) }
func TestFresh404Score(t *testing.T) {
	checkScore(t, "fresh404 formats", fresh404Cases, [worldNumFields]float64{97.4, 97.4, 97.4, 92.8})
}
