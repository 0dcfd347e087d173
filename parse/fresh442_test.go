package parse

import "testing"

// The four-hundred-and-forty-second fresh table, written on 2026-12-06: server daemons' logs in
// their default files, yet another pass (mail, DHCP, RADIUS and print servers at versions and
// settings no table holds). Each family is one product's documented or observed output:
// smtp4dev 3.12's stdout (Serilog's console sink with a bare `[INF]` level and no time) and its
// `logs` directory (Serilog's file sink, a local time with milliseconds and an offset, an
// exception's lines under its record); Dovecot's LDA writing its own log_path (the default
// `%b %d %H:%M:%S ` log_timestamp before `lda(user)<pid><session>: Level:`); Radiator at Trace 4
// (a `Packet dump:` DEBUG line with the `*** Received from`, Code, Identifier, Authentic and
// tab-indented Attributes lines and the blank line after them) and with LogMicroseconds (the
// microseconds after the ctime year); ISC dhcpd in the foreground in a container read with `docker
// logs -t` (Docker's stamp before dhcpd's untimed banner and DHCP lines); FreeRADIUS 3.2's
// `radiusd -X` read with `docker logs -t` (each request line and attribute line stamped by
// Docker); PaperCut Print Logger's daily CSV (its banner and column header, then one row a job).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`smtp4dev`, `Serilog`, `[INF] `, `INF]`, `mailhog`, `mailpit`, `lda(`,
// `lmtp(`, `)<`, `dovecot-lda`, `imap-login: Info`, `sieve:`, `radiator`, `LogMicroseconds`,
// `Packet dump`, `Code:       `, `Received Access-Request`, `Sent Access-Accept`, `freeradius`,
// `Radius.log`, `radsecproxy`, `Acct-Session-Id`, `DHCPDISCOVER from`, `Z DHCPDISCOVER`,
// `dhcpd.leases`, `binding state`, `kea-legal`, `has been assigned`, `[kea-dhcp`, `DHCP4_`,
// `DhcpV6SrvLog`, `Solicit,`, `dnsmasq: `, `papercut`, `Print Logger`, `Time,User`,
// `Document Name`, `page_log`, `cups-pdf`, `lprng`, `ipp-usb`, `hylafax`, `xferfaxlog`, `tinyproxy`,
// `privoxy`, `Crunch:`, `sockd[`, `3proxy`, `e2guardian`, `squidguard`, `store.log`, `RELEASE -1`,
// `referer.log`, `useragent.log`, `Starting Squid`, `redsocks`, `shadowsocks`, `cntlm`, `nghttpx`,
// `bluecoat`, `ganesha.nfsd`, `afpd[`, `netatalk`, `ksmbd`, `openafs`, `seafile`, `rsyncd`, `>f+++`,
// `prefix timestamp`, `effective(`, `389ds`, `"local_time"`, `conn=`, `0x7f`, `instanceName`,
// `threadID=`, `slapd`, `lldap`, `kanidm`, `glauth`, `opendj`, `apacheds`, `lloadd`, `changetype`,
// `sssd`, `chronyd version`, `ntpd-rs`, `ptp4l`, `gpsd:`, `ntp engine ready`, `set local clock`,
// `w32time`, `loopstats`, `starting BIND`, `iso8601-utc`, `log-time-iso`, `prio=`, `unbound[`,
// `] nsd[`, `zone file parsed`, `technitium`, `pihole`, `blocky`, `dnscrypt`, `serv-u`,
// `crushftp`, `filezilla`, `OK LOGIN`, `FTP command:`, `(?@`, `proftpd[`, `SystemLog`,
// `ExtendedLog`, `mod_tls`, `mod_sftp`, `sftpgo`, `xferlog`, `vsftpd`, `pure-ftpd`). smtp4dev and
// PaperCut Print Logger are in none (PaperCut is in fresh303 as NG/MF's tab-delimited print log, a
// different product and file). Dovecot is in many tables through syslog, its own log files and its
// event exporter; `lda(` is in none. Radiator is in fresh20 (its log file at the default trace) and
// fresh270's list; the Trace 4 packet dump and LogMicroseconds are in none. ISC dhcpd's untimed
// foreground lines are in earlier tables; under Docker's stamps in none. FreeRADIUS' `radiusd -X`
// is in earlier tables bare and under a compose prefix; under Docker's stamps in none. Left out as
// measured already: the proxies (Squid's cache, store, referrer and useragent logs, tinyproxy,
// Privoxy, Dante, 3proxy, redsocks, Cntlm, nghttpx, Blue Coat), the file-sharing daemons (Samba,
// Netatalk, NFS-Ganesha, ksmbd, OpenAFS, Seafile, rsyncd), the LDAP servers (OpenLDAP, 389-ds,
// Ping/UnboundID, lldap, Kanidm, GLAuth, OpenDJ), the NTP daemons (chrony, ntpd-rs, ptp4l, gpsd,
// OpenNTPD, w32time), the DNS servers (BIND, Unbound, NSD, Knot, Technitium, Pi-hole, Blocky) and
// the FTP servers (Serv-U, CrushFTP, FileZilla, vsftpd, Pure-FTPd, ProFTPD, SFTPGo), every shape a
// fragment grep found in the tables named there. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). smtp4dev's console lines carry no time; its file lines carry a +01:00
// offset, converted; Dovecot's log_timestamp has no year (2026) and no zone; Radiator's ctime has
// no zone, and LogMicroseconds' six digits after the year are the second's fraction; Docker's RFC
// 3339 stamp is the only time of dhcpd's and radiusd's lines (the copyright years, the lease count
// and the request number are no times); PaperCut Print Logger's Time column has no zone. Levels
// only where the line marks one: smtp4dev's `[INF]`/`[WRN]`/`[ERR]`, Dovecot's `Info:`/`Warning:`
// /`Error:`, Radiator's level word (DEBUG, INFO, NOTICE, WARNING, ERR); dhcpd, `radiusd -X` and the
// Print Logger write none, and Access-Reject or `Login incorrect` are message text. The host is the
// record's host field, and none of these writes one: the client address of a DHCP or RADIUS packet,
// the NAS, the print server in a printer's UNC name and the client workstation are peers. A record
// that spans lines is one entry: smtp4dev's exception with its inner exception and frames,
// Radiator's packet dump from `Packet dump:` to the blank line after its attributes.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 52ed03a before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 90.6 %, host 100.0 %, records 100.0 %), in a
// worktree at 52ed03a with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Radiator's LogMicroseconds fraction after the year.

var fresh442Cases = []worldCase{
	{
		name:   "smtp4dev-3-12-stdout-untimed",
		source: "smtp4dev 3.12 (rnwood/smtp4dev, .NET 8) on a terminal: Serilog's console sink writes `[LVL] message` with the three-letter level and no time to stdout, the splash box to stderr: rnwood/smtp4dev issue #1996 (the stdout lines pasted) and issue #2006 (the log files next to it); the WRN and ERR lines from memory",
		why:    "a bracketed three-letter level and no time at all; the client address in a received-message line is a peer",
		entries: []worldEntry{
			we("", Info, "", "[INF] smtp4dev version 3.12.0+5c1e9a04b2d7f3e81a6c0d9b4e2f7a1c3d5b8e60"),
			we("", Info, "", "[INF] .NET Core runtime version: .NET 8.0.22"),
			we("", Info, "", "[INF] Using in-memory database for message storage"),
			we("", Info, "", "[INF] SMTP Server is listening on port 25 (::)"),
			we("", Warn, "", "[WRN] TLS mode is None: STARTTLS will not be offered to clients"),
			we("", Info, "", "[INF] Message received. Client address 10.20.3.14, From build@ci.example.org, To qa-team@example.org, SecureConnection: False"),
			we("", Error, "", "[ERR] Relay of message 7d41c2e0-5b9a-4f13-a8e6-2c0f91b3d547 to smtp.example.net:587 failed: Authentication failed"),
		},
	},
	{
		name:   "smtp4dev-logs-dir-serilog-file",
		source: "smtp4dev 3.x's log files in the `logs` directory of its working directory (Serilog's file sink with its default template `{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj}{NewLine}{Exception}`): rnwood/smtp4dev issue #2006 (the file sink written by default) and PR #832 (Serilog); the template from memory of Serilog.Sinks.File",
		why:    "a local time with milliseconds and a +01:00 offset, converted; the level in brackets; an exception's lines belong to the record above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512Z", Info, "", "2026-11-29 08:41:16.512 +01:00 [INF] smtp4dev version 3.12.0+5c1e9a04b2d7f3e81a6c0d9b4e2f7a1c3d5b8e60"),
			we("2026-11-29T07:41:16.977Z", Info, "", "2026-11-29 08:41:16.977 +01:00 [INF] Now listening on: http://[::]:5000"),
			we("2026-11-29T07:41:21.304Z", Info, "", "2026-11-29 08:41:21.304 +01:00 [INF] Message received. Client address 10.20.3.19, From alerts@mon.example.org, To oncall@example.org, SecureConnection: False"),
			we("2026-11-29T07:41:24.088Z", Error, "",
				"2026-11-29 08:41:24.088 +01:00 [ERR] Error in SMTP session with 10.20.3.27",
				"System.IO.IOException: Unable to read data from the transport connection: Connection reset by peer.",
				" ---> System.Net.Sockets.SocketException (104): Connection reset by peer",
				"   at System.Net.Sockets.NetworkStream.Read(Span`1 buffer)",
				"   --- End of inner exception stack trace ---",
				"   at Rnwood.SmtpServer.TcpClientConnectionChannel.ReadLineAsync(Func`1 timeout)"),
			we("2026-11-29T07:41:30.611Z", Warn, "", "2026-11-29 08:41:30.611 +01:00 [WRN] Message 9e2b71c4-0d3f-4a58-b6e1-47c8f2a90d13 exceeded the size limit and was truncated"),
		},
	},
	{
		name:   "dovecot-lda-own-log-path",
		source: "Dovecot 2.3's LDA (dovecot-lda run as Postfix's mailbox_command) writing log_path itself with the default log_timestamp `%b %d %H:%M:%S ` (`Mmm dd HH:mm:ss lda(user)<pid><session>: Level: msg`, Pigeonhole's `sieve: msgid=…: stored mail into mailbox` lines): the `proc(user)<pid><session>: Level:` prefix as in docker-mailserver/docker-mailserver PR #3550 and mailcow/mailcow-dockerized issue #2371; LDA's own log_path file from memory",
		why:    "a yearless time with no host and no program tag: the process name with its user, pid and session id in parentheses and angle brackets, then Dovecot's level word",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 lda(alice@example.org)<48211><Qk3cAm1xKGXTvAAAu9zT7w>: Info: sieve: msgid=<20261129074115.4A1B2C@mx.example.net>: stored mail into mailbox 'INBOX'"),
			we("2026-11-29T07:41:17Z", Info, "", "Nov 29 07:41:17 lda(bob@example.org)<48213><yM4fAn1xKGXVvAAAu9zT7w>: Info: sieve: msgid=<c0ffee12.77@lists.example.com>: stored mail into mailbox 'Lists/announce'"),
			we("2026-11-29T07:41:19Z", Warn, "", "Nov 29 07:41:19 lda(carol@example.org)<48220><aB7hAp1xKGXcvAAAu9zT7w>: Warning: sieve: file storage: Active sieve script symlink /home/carol/.dovecot.sieve is broken: invalid/unknown path to storage (points to sieve/old.sieve)."),
			we("2026-11-29T07:41:19Z", Info, "", "Nov 29 07:41:19 lda(carol@example.org)<48220><aB7hAp1xKGXcvAAAu9zT7w>: Info: msgid=<5511.20261129@shop.example.com>: saved mail to INBOX"),
			we("2026-11-29T07:41:22Z", Error, "", "Nov 29 07:41:22 lda(dave@example.org)<48231><Tt0jAq1xKGXmvAAAu9zT7w>: Error: msgid=<91af@mailer.example.net>: save failed to INBOX: Quota exceeded (mailbox for user is full)"),
		},
	},
	{
		name:   "radiator-trace4-packet-dump",
		source: "Radiator's LogFile at Trace 4 (`Www Mmm d HH:mm:ss yyyy: DEBUG: Packet dump:` then `*** Received from addr port N ....` or `*** Sending to …`, `Code:`, `Identifier:`, `Authentic:` with non-printing bytes as <nnn>, `Attributes:` and tab-indented `Name = value` lines, a blank line after them): Radiator reference manual 'Trace' and its Trace 4 sample; the dump's layout from memory",
		why:    "a ctime date with the year last; the packet dump's lines carry no time and belong to the DEBUG line that opens them; the NAS address is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Debug, "",
				"Sun Nov 29 07:41:18 2026: DEBUG: Packet dump:",
				"*** Received from 10.20.0.9 port 1645 ....",
				"Code:       Access-Request",
				"Identifier: 42",
				"Authentic:  <143>x<3><201>Q<17>:<230><9><12>b<255>K<8><158>q",
				"Attributes:",
				"\tUser-Name = \"alice@example.org\"",
				"\tNAS-IP-Address = 10.20.0.9",
				"\tNAS-Port = 12",
				"\tUser-Password = \"<21><190>n<7><222>Z<4>t<19><250>c<1><133>W<9>e\"",
				""),
			we("2026-11-29T07:41:18Z", Debug, "", "Sun Nov 29 07:41:18 2026: DEBUG: Handling request with Handler 'Realm=example.org', Identifier ''"),
			we("2026-11-29T07:41:18Z", Debug, "", "Sun Nov 29 07:41:18 2026: DEBUG: Deleting session for alice@example.org, 10.20.0.9, 12"),
			we("2026-11-29T07:41:18Z", Debug, "", "Sun Nov 29 07:41:18 2026: DEBUG: Access accepted for alice@example.org"),
			we("2026-11-29T07:41:18Z", Debug, "",
				"Sun Nov 29 07:41:18 2026: DEBUG: Packet dump:",
				"*** Sending to 10.20.0.9 port 1645 ....",
				"Code:       Access-Accept",
				"Identifier: 42",
				"Authentic:  <201>7<12><4>k<250>Q<3><17>x<143><9>:<230>b<255>",
				"Attributes:",
				"\tFramed-IP-Address = 10.20.8.41",
				"\tSession-Timeout = 3600",
				""),
		},
	},
	{
		name:   "radiator-logfile-microseconds",
		gap:    "trawl reads the ctime date to the second but not the six-digit microseconds written after the year (`Sun Nov 29 07:41:16 2026 512044:`): the fraction that stands apart from the time of day is dropped",
		source: "Radiator's LogFile with LogMicroseconds set (`Www Mmm d HH:mm:ss yyyy uuuuuu: LEVEL: message`, the microseconds after the year): Radiator reference manual ('LogMicroseconds', '<Log FILE>'); the line from memory",
		why:    "the second's fraction stands after the year, apart from the time of day; ERR is the error level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512044Z", Notice, "", "Sun Nov 29 07:41:16 2026 512044: NOTICE: Server started: Radiator 4.29 on rad-02"),
			we("2026-11-29T07:41:18.003917Z", Info, "", "Sun Nov 29 07:41:18 2026 003917: INFO: Access rejected for mallory@example.org: Bad Password"),
			we("2026-11-29T07:41:19.870211Z", Warn, "", "Sun Nov 29 07:41:19 2026 870211: WARNING: Duplicate request id 17 received from 10.20.0.11 (10.20.0.11:1812): ignored"),
			we("2026-11-29T07:41:21.440678Z", Error, "", "Sun Nov 29 07:41:21 2026 440678: ERR: Could not connect to LDAP server ldap-01.example.org:636: Connection refused"),
			we("2026-11-29T07:41:22.001533Z", Debug, "", "Sun Nov 29 07:41:22 2026 001533: DEBUG: Handling request with Handler 'Realm=guest.example.org', Identifier 'guests'"),
		},
	},
	{
		name:   "isc-dhcpd-foreground-docker-logs-t",
		source: "ISC dhcpd 4.4 in the foreground in a container (networkboot/dhcpd runs `dhcpd -4 -f -d --no-pid -cf /data/dhcpd.conf`: the untimed banner, Config/Database file lines, `Listening on LPF/…`, `Server starting service.`, DHCPDISCOVER/OFFER/REQUEST/ACK lines) read with `docker logs -t` (Docker's RFC 3339 nanosecond stamp first): networkboot/docker-dhcpd README; the lines from memory of dhcpd's -d output",
		why:    "Docker's stamp is each line's only time; the copyright years, lease counts, MAC and IP addresses are no times; the client's name in parentheses is no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102938475Z", Unknown, "", "2026-11-29T07:41:16.102938475Z Internet Systems Consortium DHCP Server 4.4.3-P1"),
			we("2026-11-29T07:41:16.103012977Z", Unknown, "", "2026-11-29T07:41:16.103012977Z Copyright 2004-2022 Internet Systems Consortium."),
			we("2026-11-29T07:41:16.103044120Z", Unknown, "", "2026-11-29T07:41:16.103044120Z All rights reserved."),
			we("2026-11-29T07:41:16.103071833Z", Unknown, "", "2026-11-29T07:41:16.103071833Z For info, please visit https://www.isc.org/software/dhcp/"),
			we("2026-11-29T07:41:16.104518260Z", Unknown, "", "2026-11-29T07:41:16.104518260Z Config file: /data/dhcpd.conf"),
			we("2026-11-29T07:41:16.104540917Z", Unknown, "", "2026-11-29T07:41:16.104540917Z Database file: /data/dhcpd.leases"),
			we("2026-11-29T07:41:16.109276044Z", Unknown, "", "2026-11-29T07:41:16.109276044Z Wrote 3 leases to leases file."),
			we("2026-11-29T07:41:16.109913581Z", Unknown, "", "2026-11-29T07:41:16.109913581Z Listening on LPF/eth0/02:42:0a:14:00:02/10.20.0.0/24"),
			we("2026-11-29T07:41:16.110155302Z", Unknown, "", "2026-11-29T07:41:16.110155302Z Server starting service."),
			we("2026-11-29T07:41:21.558402916Z", Unknown, "", "2026-11-29T07:41:21.558402916Z DHCPDISCOVER from 52:54:00:7a:41:0c via eth0"),
			we("2026-11-29T07:41:22.559117430Z", Unknown, "", "2026-11-29T07:41:22.559117430Z DHCPOFFER on 10.20.0.57 to 52:54:00:7a:41:0c (kiosk-7) via eth0"),
			we("2026-11-29T07:41:22.561840771Z", Unknown, "", "2026-11-29T07:41:22.561840771Z DHCPREQUEST for 10.20.0.57 (10.20.0.2) from 52:54:00:7a:41:0c (kiosk-7) via eth0"),
			we("2026-11-29T07:41:22.563398012Z", Unknown, "", "2026-11-29T07:41:22.563398012Z DHCPACK on 10.20.0.57 to 52:54:00:7a:41:0c (kiosk-7) via eth0"),
		},
	},
	{
		name:   "freeradius-debug-x-docker-logs-t",
		source: "FreeRADIUS 3.2 in the freeradius/freeradius-server image started with `-X` and read with `docker logs -t` (Docker's stamp, then radiusd's untimed debug lines: the request number in parentheses, `Received Access-Request Id N from addr:port to addr:port length N`, the attributes indented after it, the module lines, `Sent Access-Accept …`, `Finished request`): freeradius/freeradius-server docker README (-X for debugging); the lines from memory of `radiusd -X` output",
		why:    "Docker's stamp is the only time; the request number and the packet id are no times; the NAS and the server addresses are peers; `-X` writes no level on these lines",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402118231Z", Unknown, "", "2026-11-29T07:41:16.402118231Z Listening on auth address * port 1812 bound to server default"),
			we("2026-11-29T07:41:16.402201755Z", Unknown, "", "2026-11-29T07:41:16.402201755Z Ready to process requests"),
			we("2026-11-29T07:41:20.117730941Z", Unknown, "", "2026-11-29T07:41:20.117730941Z (0) Received Access-Request Id 41 from 10.20.0.9:51234 to 10.20.0.2:1812 length 77"),
			we("2026-11-29T07:41:20.117769018Z", Unknown, "", `2026-11-29T07:41:20.117769018Z (0)   User-Name = "alice"`),
			we("2026-11-29T07:41:20.117790446Z", Unknown, "", "2026-11-29T07:41:20.117790446Z (0)   NAS-IP-Address = 10.20.0.9"),
			we("2026-11-29T07:41:20.117911372Z", Unknown, "", "2026-11-29T07:41:20.117911372Z (0) # Executing section authorize from file /etc/freeradius/sites-enabled/default"),
			we("2026-11-29T07:41:20.118604095Z", Unknown, "", "2026-11-29T07:41:20.118604095Z (0) pap: Login attempt with password"),
			we("2026-11-29T07:41:20.118930287Z", Unknown, "", "2026-11-29T07:41:20.118930287Z (0) Sent Access-Accept Id 41 from 10.20.0.2:1812 to 10.20.0.9:51234 length 20"),
			we("2026-11-29T07:41:20.119007410Z", Unknown, "", "2026-11-29T07:41:20.119007410Z (0) Finished request"),
		},
	},
	{
		name:   "papercut-print-logger-daily-csv",
		source: "PaperCut Print Logger (the free Windows print logger, not PaperCut NG/MF) writing its daily CSV under logs\\csv\\daily (a `PaperCut Print Logger : http://www.papercut.com/` banner line, the column header `Time,User,Pages,Copies,Printer,Document Name,Client,Paper Size,Language,Height,Width,Duplex,Grayscale,Size`, one row a job): from memory (the search found only NG/MF's tab-delimited print log)",
		why:    "a zone-less `yyyy-MM-dd HH:mm:ss` in the first CSV column; page and copy counts, the paper height and width and the size are no times; the print server inside the printer's UNC name and the client workstation are no host; no level",
		entries: []worldEntry{
			wskip("PaperCut Print Logger : http://www.papercut.com/",
				"Time,User,Pages,Copies,Printer,Document Name,Client,Paper Size,Language,Height,Width,Duplex,Grayscale,Size"),
			we("2026-11-29T07:41:16Z", Unknown, "", `2026-11-29 07:41:16,alice,3,1,\\PRT-SRV01\HP LaserJet M607 2F,Quarterly-Report.docx,WS-0142,A4,PCL6,29.7cm,21cm,NOT DUPLEX,GRAYSCALE,212 kb`),
			we("2026-11-29T07:42:03Z", Unknown, "", `2026-11-29 07:42:03,bob,12,2,\\PRT-SRV01\Canon iR-ADV C5560 3F,Microsoft Outlook - Memo Style,WS-0187,A4,PostScript,29.7cm,21cm,DUPLEX,NOT GRAYSCALE,4.1 mb`),
			we("2026-11-29T07:44:50Z", Unknown, "", `2026-11-29 07:44:50,carol,1,1,\\PRT-SRV02\Brother HL-L6400DW Lab,invoice-2026-1129.pdf,LAB-PC07,Letter,PCL6,11in,8.5in,NOT DUPLEX,GRAYSCALE,96 kb`),
			we("2026-11-29T07:47:31Z", Unknown, "", `2026-11-29 07:47:31,svc-scan,40,1,\\PRT-SRV01\HP LaserJet M607 2F,"Payroll, November 2026.xlsx",WS-0011,A4,PCL6,29.7cm,21cm,DUPLEX,GRAYSCALE,1.8 mb`),
		},
	},
}

func TestFresh442Formats(t *testing.T) { assertTable(t, fresh442Cases) }
func TestFresh442Score(t *testing.T) {
	checkScore(t, "fresh442 formats", fresh442Cases, [worldNumFields]float64{99.9, 87.4, 99.9, 99.9})
}
