package parse

import "testing"

// The four-hundred-and-seventy-fifth fresh table: server daemons in the files their packages write
// by default, another pass (mail, DHCP, directory, VoIP and netboot daemons), shapes no earlier table
// holds. Each family is one product's documented or observed output: dhcpy6d's own log file (Python
// logging with the program name between the time and the level word, a request's fields after `|`);
// ZoneMTA through syslog (npmlog's level word, `info`, `WARN`, `ERR!`, opening the message after a
// pid-less tag) and on its console under Docker (the same npmlog lines with no time at all); WildDuck
// in the journal read under a locale that writes the month in lower case (`nov 29`), npmlog's `sill`,
// `info` and `ERR!` after the tag; uMurmur through syslog (`INFO: `, `WARN: `, `FATAL: ` opening the
// message); Pixiecore through syslog and under Docker (`[DHCP]`, `[TFTP]` service tags, no level);
// IBM Security Directory Server's ibmslapd.log (an ISO time with an offset, then a GLP message id
// whose last letter is the severity).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`hmailserver`, `"SMTPD"`, `filezilla`, `serv-u`, `openfire`,
// `jivesoftware`, `icecast`, `ganesha`, `w32time`, `technitium`, `adguard`, `pihole`, `privoxy`,
// `tinyproxy`, `prosody`, `ejabberd`, `coturn`, `turnserver`, `freeswitch`, `asterisk`, `queue_log`,
// `kamailio`, `opensips`, `3cx`, `rspamd`, `clamd`, `freshclam`, `apcupsd`, `chrony`,
// `measurements.log`, `ntpd`, `slapd`, `389-ds`, `dirsrv`, `opendj`, `krb5kdc`, `freeradius`,
// `radius.log`, `kea-dhcp`, `dnsmasq`, `unbound`, `knot`, `nsd`, `powerdns`, `pdns`, `cups`,
// `page_log`, `squid`, `dovecot`, `exim`, `proftpd`, `vsftpd`, `pure-ftpd`, `xferlog`, `samba`,
// `log.smbd`, `zimbra`, `mailbox.log`, `mdaemon`, `smartermail`, `kerio`, `cyrus`, `opensmtpd`,
// `sendmail`, `qmail`, `courier`, `dhcpsrvlog`, `DhcpSrv`, `dns.log`, `PACKET  `, `cerberus`, `yate`,
// `e2guardian`, `squidguard`, `dante`, `sockd`, `3proxy`, `spamd`, `amavis`, `opendkim`, `postfix`,
// `mosquitto`, `tftpd`, `upsd`, `gpsd`, `ptp4l`, `named`, `dhcpd`, `ntpsec`, `ntp.log`, `haproxy`,
// `stunnel`, `sssd`, `winbind`, `nslcd`, `cupsd`, `lpd`, `hylafax`, `avahi`, `netatalk`, `minidlna`,
// `openldap`, `ziproxy`, `polipo`, `varnish`, `trafficserver`, `envoy`, `sipx`, `kannel`, `ircd`,
// `znc`, `murmur`, `axigen`, `haraka`, `maddy`, `stalwart`, `chasquid`, `apache james`, `mailenable`,
// `xeams`, `zonemta`, `zone-mta`, `wildduck`, `kresd`, `dnscrypt`, `maradns`, `deadwood`, `yadifa`,
// `gdnsd`, `tinydns`, `blocky`, `udhcpd`, `dhcp6s`, `coredhcp`, `dhcpy6d`, `dhcpy6`, `wing ftp`,
// `wftpserver`, `crushftp`, `glftpd`, `bftpd`, `sftpgo`, `titan ftp`, `xlight`, `ncftpd`,
// `muddleftpd`, `apacheds`, `kanidm`, `lldap`, `glauth`, `ibmslapd`, `GLPSRV`, `GLP`,
// `Tivoli Directory`, `Security Directory`, `papercut`, `lprng`, `hplip`, `pykota`, `spoolss`,
// `openntpd`, `timesyncd`, `phc2sys`, `ptpd`, `tlsdate`, `domain time`, ` tor `, `v2ray`, `xray`,
// `clash`, `frps`, `jicofo`, `jitsi`, `janus`, `flexisip`, `rtpengine`, `siproxd`, `sipwitch`,
// `drachtio`, `umurmur`, `uMurmurd`, `mumble`, `ventrilo`, `pixiecore`, `netboot`, `Offering to boot`,
// `[DHCP] `, `npmlog`, `ERR!`, `sill `, `routedns`, `brook`, `freenet`, `hyphanet`, `archiveopteryx`,
// `surgemail`, `scalix`, `lloadd`, `kadmind`, `heimdal`, `mailpit`, `mailhog`, `mailu`). None of
// dhcpy6d, ZoneMTA, WildDuck, uMurmur, Pixiecore or IBM's directory server is in any table (`mumble`
// matches Murmur's own log, mumble-server, and mentions; `ERR!` npm's and lerna's npmlog on a
// terminal and other products' `[ERR!]`; `sill ` npm's; `GLP` only other words). Left out as measured already: Openfire, hMailServer, FileZilla,
// Serv-U, glFTPd, bftpd, CrushFTP, Icecast, Kea, dnsmasq, Unbound, Knot, NSD, PowerDNS, CUPS,
// PaperCut, LPRng, Squid, Privoxy, Tinyproxy, Dante, 3proxy, Asterisk, FreeSWITCH, Kamailio,
// OpenSIPS, sipXecs, Murmur, coturn, chrony, ntpd, ptpd, OpenLDAP, 389-ds, OpenDJ, Heimdal and MIT
// Kerberos (earlier tables). Left out as not confirmed by any search: Wing FTP Server's domain log,
// Ventrilo's server log, GNU SIP Witch's log file, Archiveopteryx's logd file and RouteDNS (its slog
// lines are logfmt, its OpenWrt logread shape already measured). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). dhcpy6d's stamp has no zone and is taken as UTC; the syslog and journal
// stamps have no year (2026) and no zone (UTC), WildDuck's with a lower-case month; ibmslapd.log's
// time carries its +01:00 offset; the console lines of ZoneMTA and Pixiecore carry no time at all,
// so those records have none. Levels only where the line marks one: dhcpy6d's level word after the
// program name; npmlog's word opening the message (`sill` Trace, `info` Info, `WARN` Warn, `ERR!`
// Error); uMurmur's `INFO:`, `WARN:`, `FATAL:` (Critical); the GLP id's last letter (I, W, E);
// Pixiecore's `[DHCP]` and `[TFTP]` are services, no levels. The host is the record's host field:
// the syslog and journal header's; dhcpy6d's program name, ZoneMTA's MX hosts, uMurmur's
// `user@[addr]:port` clients, Pixiecore's MAC and client addresses and the client hostname in a
// dhcpy6d request are no hosts. No family here writes a multi-line record.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); where a search did not
// confirm a layout or a wording the source says "from memory". Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided from
// the format before the table was first run, and none was changed after it; a family trawl still
// gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit ff42eb7 before any rule for it: level 77.5 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 77.8 %, time 100.0 %, host 86.7 %, records 100.0 %), in a
// worktree at ff42eb7 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are dhcpy6d's program name read as the host, npmlog's lower-case
// `info` (and WildDuck's `sill`) after a syslog or journal tag not read as the level, and npmlog's
// `ERR!` opening an untimed console line not read as Error.

var fresh475Cases = []worldCase{
	{
		name:   "dhcpy6d-log-file-pipe-fields",
		gap:    "trawl reads the program name `dhcpy6d` between the time and the level word as the record's host (all six records); the file has no host field",
		source: "dhcpy6d (DHCPv6 server) with `log = on` and `log_file = /var/log/dhcpy6d.log` (Python logging `yyyy-MM-dd HH:mm:ss,SSS dhcpy6d LEVEL msg`, a request's fields after `|`): HenriWahl/dhcpy6d issues #48 (a pasted log) and #66 (the default dhcpy6d.conf), the Docker notes of the same repository (startup lines, found with find_string)",
		why:    "a zone-less date and time with comma milliseconds (UTC by the rules), the program name, then the level word; the client's hostname, MAC and link-local address in the `|` fields are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.501Z", Info, "", "2026-11-29 07:41:16,501 dhcpy6d INFO Starting dhcpy6d daemon..."),
			we("2026-11-29T07:41:16.502Z", Info, "", "2026-11-29 07:41:16,502 dhcpy6d INFO Server DUID: 0001000130a1c2d45254000a1b2c"),
			we("2026-11-29T07:41:16.51Z", Info, "", "2026-11-29 07:41:16,510 dhcpy6d INFO Listening on interfaces: br_lab"),
			we("2026-11-29T07:42:03.118Z", Info, "", "2026-11-29 07:42:03,118 dhcpy6d INFO SOLICIT | transaction: 9c41e7 | answer: normal | client_llip: fe80:0000:0000:0000:5054:00ff:fe3a:77c1 | counter: 1 | duid: 0001000130b2e4f152540003a77c1 | iaid: 003a77c1 | interface: br_lab | mac: 52:54:00:3a:77:c1"),
			we("2026-11-29T07:42:03.121Z", Info, "", "2026-11-29 07:42:03,121 dhcpy6d INFO ADVERTISE | transaction: 9c41e7 | options: [7, 23, 24] | addresses: 2001:0db8:0042:0001:0000:0000:0000:1a07 | client_class: default_br_lab | hostname: printer-3f"),
			we("2026-11-29T07:44:51.93Z", Error, "", "2026-11-29 07:44:51,930 dhcpy6d ERROR Could not write lease to volatile store /var/lib/dhcpy6d/volatile.sqlite: database is locked"),
		},
	},
	{
		name:   "zonemta-syslog-npmlog-words",
		gap:    "npmlog's lower-case `info` opening the message after the pid-less `zone-mta:` tag is not read as the level (five records come out Unknown); only `ERR!` is read",
		source: "ZoneMTA (outbound MTA) run by systemd, its stdout in /var/log/syslog (`MMM d HH:mm:ss host zone-mta: level Component/zone/pid[n] queueid.seq ACTION …`, npmlog's level word first: info, WARN, ERR!): zone-eu/zone-mta issues #139 (a pasted syslog excerpt), #383 and #445 (the QUEUED and ACCEPTED lines); the ERR! line's wording from memory",
		why:    "a BSD syslog header with the host, then npmlog's level word before the component; `Sender/zone1/5128[1]` is a component and pid, the MX and sender domains are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Info, "mx2", `Nov 29 07:41:20 mx2 zone-mta: info Queue/31877 id=k3v9qz1rbm2tw5xa 18f2c0a41b7000a1c4 QUEUED (message-id=<b71e0c2a-4d1f-9e3b-77a0-1c5e2f9d8a64@shop.example.net> from=orders@shop.example.net to=ida.brenner@example.org src=10.20.0.15 subject="Your order 48213" body=18 md5=9f1c2e7a40b3)`),
			we("2026-11-29T07:41:21Z", Info, "mx2", "Nov 29 07:41:21 mx2 zone-mta: info Sender/zone1/5128[1] id=p8d2hs0v7cq4nm1e 18f2c0a41b7000a1c4.001 CONNECTING domain=example.org port=25"),
			we("2026-11-29T07:41:21Z", Info, "mx2", "Nov 29 07:41:21 mx2 zone-mta: info Sender/zone1/5128[1] 18f2c0a41b7000a1c4.001 CONNECTED"),
			we("2026-11-29T07:41:22Z", Info, "mx2", "Nov 29 07:41:22 mx2 zone-mta: info Sender/zone1/5128[1] id=p8d2hs0v7cq4nm1e 18f2c0a41b7000a1c4.001 ACCEPTED from=orders@shop.example.net to=ida.brenner@example.org src=10.20.0.15 mx=mx1.example.org id=p8d2hs0v7cq4nm1e (250 2.0.0 Ok: queued as 4Xk2Lq0bYzz9t)"),
			we("2026-11-29T07:43:05Z", Info, "mx2", `Nov 29 07:43:05 mx2 zone-mta: info Sender/zone1/5128[1] 18f2c0a41c9000b2d1.001 DEFERRED[defer] response="451 4.7.1 Greylisted, please try again later"`),
			we("2026-11-29T07:47:31Z", Error, "mx2", "Nov 29 07:47:31 mx2 zone-mta: ERR! Queue/31877 Failed to store message to the queue: MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017"),
		},
	},
	{
		name:   "zonemta-console-untimed-npmlog",
		source: "ZoneMTA started with `npm start` or under Docker (`docker logs`): npmlog lines with no time at all (`level Component message`): zone-eu/zone-mta issues #171 (a pasted startup) and #383, #399 (ZoneMTA `normally just logs to stdout`); the WARN line's wording from memory",
		why:    "no time on any line: every record has none of its own; npmlog's level word first (info, WARN, ERR!); `SMTP/feeder/1521` is a component and pid",
		entries: []worldEntry{
			we("", Info, "", "info SMTP/feeder SMTP feeder MTA server started listening on port 2525"),
			we("", Info, "", "info QS Queue server started"),
			we("", Info, "", "info API API server started"),
			we("", Info, "", "info Child/default/2207 [4be1f09a7c33d2e81a55] Spawning sender process for default"),
			we("", Warn, "", "WARN Sender/default/2207 [4be1f09a7c33d2e81a55] No IP address available for zone default, using system default"),
			we("", Error, "", "ERR! Queue/2190 Redis connection error: connect ECONNREFUSED 127.0.0.1:6379"),
		},
	},
	{
		name:   "wildduck-journal-lowercase-month",
		gap:    "npmlog's lower-case `info` and `sill` opening the message after `wildduck-server[969]:` are not read as the level (four records come out Unknown); only `ERR!` is read",
		source: "WildDuck (IMAP/POP3 mail server) under systemd, read with journalctl on a machine whose locale writes the month in lower case (`nov 23 18:58:44 host wildduck-server[pid]: level COMPONENT [session] msg`, npmlog's level word first: sill, info, ERR!): zone-eu/wildduck issues #160 (a pasted journal) and #869 (the IMAP session lines); the ERR! line's wording from memory",
		why:    "the journal's short format with a lower-case month; the host is the journal's; npmlog's `sill` is its lowest level (Trace), `ERR!` is Error; the session id in brackets and the client's address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "mailhub", "nov 29 07:41:16 mailhub wildduck-server[969]: info IMAP [wd7kq2mz8xv1] Connection from [::ffff:198.51.100.23]"),
			we("2026-11-29T07:41:16Z", Trace, "mailhub", "nov 29 07:41:16 mailhub wildduck-server[969]: sill IMAP [wd7kq2mz8xv1] C: 2 AUTHENTICATE PLAIN"),
			we("2026-11-29T07:41:17Z", Info, "mailhub", "nov 29 07:41:17 mailhub wildduck-server[969]: info IMAP [wd7kq2mz8xv1] ines.falk authenticated using PLAIN"),
			we("2026-11-29T07:41:17Z", Trace, "mailhub", "nov 29 07:41:17 mailhub wildduck-server[969]: sill IMAP [wd7kq2mz8xv1] New journal listener for 6749b0c21f3a5e0012ab77cd (ines.falk)"),
			we("2026-11-29T07:44:02Z", Error, "mailhub", "nov 29 07:44:02 mailhub wildduck-server[969]: ERR! IMAP [wd7kq2mz8xv1] Failed to process APPEND: MongoServerError: E11000 duplicate key error collection: wildduck.messages"),
		},
	},
	{
		name:   "umurmur-syslog-level-prefix",
		source: "uMurmur (a small Mumble VoIP server) with no `logfile` in umurmur.conf, so syslog (openlog(\"uMurmurd\", LOG_PID, LOG_DAEMON)) writes /var/log/daemon.log: each message opens with `INFO: `, `WARN: `, `DEBUG: ` or `FATAL: `, a client's ` - [session] user@[addr]:port` appended: umurmur/umurmur src/log.c (read with the code search); the messages' wording from memory",
		why:    "a BSD syslog header with the host; the level is the word and colon opening the message (FATAL is Critical); `kasia@[203.0.113.41]:51882` is a client, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "voip1", "Nov 29 07:41:16 voip1 uMurmurd[1432]: INFO: uMurmur version 0.3.1 ('Mumble 1.5.0') started"),
			we("2026-11-29T07:41:16Z", Info, "voip1", "Nov 29 07:41:16 voip1 uMurmurd[1432]: INFO: Bind to [0.0.0.0]:64738"),
			we("2026-11-29T07:42:09Z", Info, "voip1", "Nov 29 07:42:09 voip1 uMurmurd[1432]: INFO: User kasia authenticated - [3] kasia@[203.0.113.41]:51882"),
			we("2026-11-29T07:42:11Z", Warn, "voip1", "Nov 29 07:42:11 voip1 uMurmurd[1432]: WARN: Error decrypting UDP packet from 203.0.113.41:51882"),
			we("2026-11-29T07:55:40Z", Info, "voip1", "Nov 29 07:55:40 voip1 uMurmurd[1432]: INFO: Connection closed: Client disconnected - [3] kasia@[203.0.113.41]:51882"),
			we("2026-11-29T08:02:13Z", Critical, "voip1", "Nov 29 08:02:13 voip1 uMurmurd[2210]: FATAL: bind [0.0.0.0]:64738: Address already in use"),
		},
	},
	{
		name:   "pixiecore-syslog-bracketed-service",
		source: "Pixiecore (proxyDHCP, TFTP and HTTP netboot server, google/netboot) run by systemd, its stderr in /var/log/syslog (`[Init]`, `[DHCP]`, `[TFTP]`, `[HTTP]` before each message, no time and no level of its own): danderson/netboot issue #38 (a pasted run) and danderson/pixiecore issue #21; the syslog wrapping from memory",
		why:    "a BSD syslog header with the host; the bracketed service name is no level; MAC addresses and the booting machine's address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "pxe1", "Nov 29 07:41:16 pxe1 pixiecore[812]: [Init] Starting Pixiecore goroutines"),
			we("2026-11-29T07:43:02Z", Unknown, "pxe1", "Nov 29 07:43:02 pxe1 pixiecore[812]: [DHCP] Got valid request to boot 52:54:00:9e:41:0c (X64)"),
			we("2026-11-29T07:43:02Z", Unknown, "pxe1", "Nov 29 07:43:02 pxe1 pixiecore[812]: [DHCP] Offering to boot 52:54:00:9e:41:0c"),
			we("2026-11-29T07:43:03Z", Unknown, "pxe1", "Nov 29 07:43:03 pxe1 pixiecore[812]: [DHCP] Ignoring packet from 52:54:00:9e:41:0c: packet is DHCPREQUEST, not DHCPDISCOVER"),
			we("2026-11-29T07:43:04Z", Unknown, "pxe1", `Nov 29 07:43:04 pxe1 pixiecore[812]: [TFTP] Sent "52:54:00:9e:41:0c/4" to 192.168.40.77:2071`),
			we("2026-11-29T07:43:06Z", Unknown, "pxe1", `Nov 29 07:43:06 pxe1 pixiecore[812]: [HTTP] Sent file "kernel" to 192.168.40.77:49862`),
		},
	},
	{
		name:   "ibm-sds-ibmslapd-log-message-ids",
		source: "IBM Security Directory Server 6.4 (formerly Tivoli Directory Server) instance log ibmslapd.log under idsslapd-<instance>/logs (an ISO time to the microsecond with the server's offset, then a GLP message id whose last letter is the severity: I, W, E): the GLP ids and texts as idsslapd prints them in IBM's dba-swat setup notes (found with find_string `GLPSRV041I`); the log file's time column from memory",
		why:    "an ISO time with microseconds and a +01:00 offset; the message id's last letter is the level (I Info, W Warn, E Error), as in the IBM MQ and TSM tables; the instance name and suffixes are no host",
		entries: []worldEntry{
			we("2026-11-29T06:41:16.204118Z", Info, "", "2026-11-29T07:41:16.204118+01:00 GLPSRV041I Server starting."),
			we("2026-11-29T06:41:16.377912Z", Warn, "", "2026-11-29T07:41:16.377912+01:00 GLPSRV236W Premium feature activation code could not be loaded. Some features are not available."),
			we("2026-11-29T06:41:16.921305Z", Info, "", "2026-11-29T07:41:16.921305+01:00 GLPSRV200I Initializing primary database and its connections."),
			we("2026-11-29T06:41:18.051440Z", Info, "", "2026-11-29T07:41:18.051440+01:00 GLPCOM003I Non-SSL port initialized to 389."),
			we("2026-11-29T06:58:02.660731Z", Error, "", "2026-11-29T07:58:02.660731+01:00 GLPSRV064E Failed to initialize be_init."),
		},
	},
	{
		name:   "pixiecore-docker-stdout-untimed",
		source: "Pixiecore run in Docker (`docker run … pixiecore boot …`, read with `docker logs`): its lines carry no time and no level, only the service in brackets (`[Init]`, `[DHCP]`, `[TFTP]`): danderson/netboot issue #38 (a pasted run) and danderson/pixiecore issue #21 (the DHCPREQUEST notice)",
		why:    "no time on any line: every record has none of its own and none is borrowed; a bracketed service name is no level; MAC addresses and client addresses are no host",
		entries: []worldEntry{
			we("", Unknown, "", "[Init] Starting Pixiecore goroutines"),
			we("", Unknown, "", "[DHCP] Got valid request to boot 52:54:00:c1:7e:22 (EFI)"),
			we("", Unknown, "", "[DHCP] Offering to boot 52:54:00:c1:7e:22"),
			we("", Unknown, "", `[TFTP] Sent "52:54:00:c1:7e:22/7" to 10.44.0.31:1768`),
			we("", Unknown, "", `[TFTP] clamping blocksize to "10.44.0.31:1769": 1456 -> 1450`),
		},
	},
}

func TestFresh475Formats(t *testing.T) { assertTable(t, fresh475Cases) }
func TestFresh475Score(t *testing.T) {
	checkScore(t, "fresh475 formats", fresh475Cases, [worldNumFields]float64{79.5, 99.9, 87.4, 99.9})
}
