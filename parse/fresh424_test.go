package parse

import "testing"

// The four-hundred-and-twenty-fourth fresh table, written on 2026-12-06: server daemons' logs in
// their default files, a further pass (mail, DNS, DHCP, FTP, LDAP, print and file-sharing servers),
// shapes no earlier table holds. Each family is one product's documented or observed output:
// pyftpdlib's own logger on a multi-process server with its stderr kept in a file (the
// `[L yyyy-mm-dd HH:MM:SS pid]` prefix, an exception's traceback indented under its line);
// ftp-cloudfs on pyftpdlib 1.x, each message written twice (pyftpdlib's `[L yy-mm-dd HH:MM:SS]` and
// ftp-cloudfs' `[pid] yyyy-mm-dd HH:MM:SS,mmm - LEVEL -`); WsgiDAV 4's default logger (a bare time
// of day with milliseconds, the padded level name and a colon, the request summary with its own
// bracketed date); Acrylic DNS Proxy's AcrylicDebug.txt (a local time with milliseconds and a
// bracketed level letter I W E); NetIQ eDirectory's ndstrace.log (a thread id and a trace tag
// before a bracketed date whose hour is not padded); DSPAM's system.log (a bare epoch, then the
// class letter, sender, signature and subject, tab-separated); Open DHCP Server's log file (a
// `[dd-Mon-yy HH:MM:SS]` stamp with a two-digit year, the version header and its blank line at the
// top of a new file); LPRng's accounting file (quoted `'-X…'` options, the time inside `'-t…'`,
// yearless on jobstart and jobend lines and a full ctime on the others).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`pyftpdlib`, `FTP session opened`, `[I 20`, `logged in.`,
// `concurrency model`, `cloudfs`, `ftp-cloudfs`, `[I 15-`, `[I 26-`, `wsgidav`, `Multi-Status`,
// `elap=`, `acrylic`, `AcrylicDebug`, `TDnsResolver`, `] [I] `, `ndstrace`, `edirectory`,
// `LDAP: [`, `DoBind on`, `SYNC: [`, `Bind name`, `dspam`, `dspam/system.log`, `Quarantined`,
// `bogofilter`, `opendhcp`, `Open DHCP`, `DualServer`, `allotted`, `Lease Status URL`, `-Nov-26`,
// `lprng`, `jobstart`, `filestart`, `'-t`, `-kcfA`, `grommunio`, `gromox`, `cerberus`, `xlight`,
// `ws_ftp`, `serviio`, `ushare`, `rainloop`, `snappymail`, `qpopper`, `tpop3d`, `popa3d`, `ipop3d`,
// `uw-imap`, `modoboa`, `timingstats`, `ntpctl`, `p910nd`, `ippserver`, `hmailserver`, `procmail`,
// `mailman`, `clamd`, `rspamd`, `dnscrypt`, `technitium`, `kea-leases`, `serv-u`, `filezilla`,
// `ganesha`, `page_log`, `loopstats`, `w32time`, `netatalk`, `openafs`, `seafile`, `pure-ftpd`,
// `glftpd`, `cyrus`, `courier`, `opensmtpd`, `sympa`, `dovecot`, `unbound`, `knot`, `maradns`,
// `pihole`, `adguard`, `wu-ftpd`, `crushftp`, `proftpd`, `vsftpd`, `xferlog`, `slapd`, `389-ds`,
// `opendj`, `cups`, `samba`, `rsyncd`, `mdaemon`, `kerio`, `smartermail`, `icewarp`, `axigen`,
// `kopano`, `xmail`, `msmtp`, `getmail`, `blocky`, `gdnsd`, `yadifa`, `smartdns`, `mosdns`,
// `dhcp6s`, `coredhcp`, `dibbler`, `udhcpd`, `bftpd`, `sftpgo`, `lldap`, `kanidm`, `glauth`,
// `nslcd`, `papercut`, `pappl`, `cups-pdf`, `hylafax`, `ksmbd`, `resilio`, `minidlna`,
// `filebrowser`, `apacheds`, `stubby`, `roundcube`, `sogo`, `communigate`). pyftpdlib, ftp-cloudfs,
// WsgiDAV, Acrylic DNS Proxy, eDirectory's ndstrace, DSPAM and Open DHCP Server are in none
// (edirectory appears only as a word in other products' lines; `FTP session opened` is ProFTPD's,
// `[I 20` Tornado's and Jupyter's, `allotted` an F5 message, `SYNC: [` and `Bind name` other
// products' text). LPRng is in fresh303 only as a grepped name; its accounting file is in none
// (`jobstart` elsewhere is Spark's and a batch system's word). Left out as measured already or
// unsettled: grommunio's gromox logs and Cerberus FTP (no page settled their lines), the NTP
// daemons' own files (ntpd's logfile, the ntpstats and chrony's logs are all in earlier tables),
// PaperCut's server.log (fresh209 left it out for the same want), hMailServer, Roundcube, SOGo,
// CommuniGate, Kea, ISC dhcpd, CUPS and Samba in the shapes of the tables named above. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). pyftpdlib's, ftp-cloudfs', Acrylic's, ndstrace's, Open DHCP's and LPRng's
// times are local and carry no zone, so they are taken as UTC; WsgiDAV's logger writes only a time
// of day (on the clock's day), and its request summary carries the same second with a date, either
// accepted; pyftpdlib 1.x's `26-11-29` is year, month and day; DSPAM's first column is epoch
// seconds; Open DHCP's `29-Nov-26` is day, month and two-digit year; LPRng's jobstart and jobend
// times have no year (2026). Levels only where the line marks one: pyftpdlib's letter in the prefix
// (D I W E), ftp-cloudfs' level name, WsgiDAV's padded level name, Acrylic's bracketed letter;
// ndstrace's LDAP and SYNC tags are trace options, DSPAM's class letter is a verdict, and `[WARN]`
// inside a subject is message text, so those lines have none, nor have Open DHCP's and LPRng's. No
// line of these families carries a host field of its record: the client addresses of pyftpdlib,
// ftp-cloudfs, WsgiDAV and Acrylic, the peer server named in an ndstrace SYNC line, the client's
// hostname in parentheses after an Open DHCP MAC address and LPRng's -H and -h (the host the job
// came from) are no hosts. A record that spans lines is one entry: pyftpdlib's line with the
// traceback indented under it, Open DHCP's version header with its blank line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit eb87c08 before any rule for it: level 96.9 %, time 93.8 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 98.2 %, time 94.5 %, host 100.0 %, records 100.0 %), in a
// worktree at eb87c08 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right (pyftpdlib, ftp-cloudfs, WsgiDAV, Acrylic, ndstrace and Open DHCP); the
// gaps are the level trawl takes from `[WARN]` inside DSPAM's subject column, and the `'-t…'` times
// of LPRng's jobstart, jobend and fileend lines.

var fresh424Cases = []worldCase{
	{
		name:   "pyftpdlib-multiprocess-stderr-file",
		source: "pyftpdlib 1.5/2.0 run as a MultiprocessFTPServer with its stderr kept in a file (pyftpdlib/log.py: LogFormatter's PREFIX_MPROC `[%(levelname)1.1s %(asctime)s %(process)s]`, TIME_FORMAT `%Y-%m-%d %H:%M:%S` from time.strftime in local time, an exception's text joined after a newline and every newline replaced by a newline and four spaces; log.debug's `[debug] ` prefix); the session lines `addr:port-[user] FTP session opened (connect)`, `USER 'u' logged in.`, `RETR path completed=1 bytes=N seconds=N`: giampaolo/pyftpdlib log.py, cloudfs/ftp-cloudfs issue #46, giampaolo/pyftpdlib issue #238",
		why:    "the level letter and a zone-less date inside one bracket with the worker's pid; the client `addr:port-[user]` is no host; the traceback's lines are indented by the formatter and belong to the error line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[I 2026-11-29 07:41:16 2211] >>> starting FTP server on 0.0.0.0:2121, pid=2211 <<<"),
			we("2026-11-29T07:41:16Z", Info, "", "[I 2026-11-29 07:41:16 2211] concurrency model: multi-process"),
			we("2026-11-29T07:41:16Z", Info, "", "[I 2026-11-29 07:41:16 2211] masquerade (NAT) address: None"),
			we("2026-11-29T07:41:22Z", Info, "", "[I 2026-11-29 07:41:22 2240] 10.30.4.17:50122-[] FTP session opened (connect)"),
			we("2026-11-29T07:41:22Z", Info, "", "[I 2026-11-29 07:41:22 2240] 10.30.4.17:50122-[ingest] USER 'ingest' logged in."),
			we("2026-11-29T07:41:23Z", Debug, "", "[D 2026-11-29 07:41:23 2240] [debug] call: _on_dtp_connection() (<pyftpdlib.handlers.FTPHandler object at 0x7f3a9c2b1d60>)"),
			we("2026-11-29T07:41:23Z", Info, "", "[I 2026-11-29 07:41:23 2240] 10.30.4.17:50122-[ingest] RETR /srv/ftp/exports/batch-1129.csv completed=1 bytes=48211 seconds=0.004"),
			we("2026-11-29T07:41:31Z", Error, "",
				"[E 2026-11-29 07:41:31 2241] unhandled exception in instance <pyftpdlib.handlers.DTPHandler object at 0x7f3a9c2b2e80>",
				"    Traceback (most recent call last):",
				"      File \"/usr/lib/python3/dist-packages/pyftpdlib/ioloop.py\", line 345, in handle_read_event",
				"        self.handle_read()",
				"    ConnectionResetError: [Errno 104] Connection reset by peer"),
			we("2026-11-29T07:41:40Z", Info, "", "[I 2026-11-29 07:41:40 2240] 10.30.4.17:50122-[ingest] FTP session closed (disconnect)."),
		},
	},
	{
		name:   "ftp-cloudfs-pyftpdlib1-doubled-lines",
		source: "ftp-cloudfs (an FTP front end to OpenStack Swift on pyftpdlib 1.x) run in the foreground with its log file on the same stream: each message written twice, once by pyftpdlib 1.x's LogFormatter (`[L yy-mm-dd HH:MM:SS]`, the two-digit year first) and once by ftp-cloudfs' own handler (`[pid] yyyy-mm-dd HH:MM:SS,mmm - LEVEL - msg`), its keystone DEBUG lines only in the second: cloudfs/ftp-cloudfs issue #46 (a server log pasted with both shapes), pyftpdlib's LogFormatter as in giampaolo/pyftpdlib log.py",
		why:    "`26-11-29` is year, month and day; the pid in brackets before the second shape's date is no time; each handler's line is a record of its own; the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[I 26-11-29 07:41:16] >>> starting FTP server on 10.30.5.9:2021, pid=30412 <<<"),
			we("2026-11-29T07:41:16.257Z", Info, "", "[30412] 2026-11-29 07:41:16,257 - INFO - >>> starting FTP server on 10.30.5.9:2021, pid=30412 <<<"),
			we("2026-11-29T07:41:16Z", Info, "", "[I 26-11-29 07:41:16] poller: <class 'pyftpdlib.ioloop.Epoll'>"),
			we("2026-11-29T07:41:16.258Z", Info, "", "[30412] 2026-11-29 07:41:16,258 - INFO - poller: <class 'pyftpdlib.ioloop.Epoll'>"),
			we("2026-11-29T07:41:21Z", Info, "", "[I 26-11-29 07:41:21] 10.30.4.17:57327-[] FTP session opened (connect)"),
			we("2026-11-29T07:41:21.355Z", Info, "", "[30412] 2026-11-29 07:41:21,355 - INFO - 10.30.4.17:57327-[] FTP session opened (connect)"),
			we("2026-11-29T07:41:21.433Z", Debug, "", "[30415] 2026-11-29 07:41:21,433 - DEBUG - keystone authurl='https://keystone.example.net:5000/v3' username=u'ingest' tenant_name=u'media'"),
			we("2026-11-29T07:41:24Z", Info, "", "[I 26-11-29 07:41:24] 10.30.4.17:57327-[ingest] FTP session closed (disconnect)."),
			we("2026-11-29T07:41:24.019Z", Info, "", "[30412] 2026-11-29 07:41:24,019 - INFO - 10.30.4.17:57327-[ingest] FTP session closed (disconnect)."),
		},
	},
	{
		name:   "wsgidav4-default-logger-request-summary",
		source: "WsgiDAV 4's default logging (default_conf.py: DEFAULT_LOGGER_DATE_FORMAT `%H:%M:%S`, DEFAULT_LOGGER_FORMAT `%(asctime)s.%(msecs)03d - %(levelname)-8s: %(message)s`, verbose 3) and the request summary of wsgidav_app.py's start_response wrapper (`{addr} - {user} - [{time}] \"{method} {path}\" {extra} -> {status}`, extra as depth=, length=, elap=N.NNNsec, user `(anonymous)` when none): mar10/wsgidav default_conf.py and wsgidav_app.py, mar10/wsgidav issue #259; util.get_log_time's `%Y-%m-%d %H:%M:%S` from memory",
		why:    "a time of day with no date (the clock's day); the level name padded to eight before a colon; the summary's bracketed date is the same second; the client address and the user are no host",
		entries: []worldEntry{
			we("2026-11-29T07:40:58.204Z", Info, "", "07:40:58.204 - INFO    : WsgiDAV/4.3.3 Python/3.12.7 Linux-6.8.0-49-generic-x86_64-with-glibc2.39"),
			we("2026-11-29T07:40:58.219Z", Warn, "", "07:40:58.219 - WARNING : Share '/public' will allow anonymous write access."),
			we("2026-11-29T07:40:58.232Z", Info, "", "07:40:58.232 - INFO    : Serving on http://0.0.0.0:8080 ..."),
			we("2026-11-29T07:41:16.512Z|2026-11-29T07:41:16Z", Info, "", `07:41:16.512 - INFO    : 10.30.4.41 - nora - [2026-11-29 07:41:16] "PROPFIND /team/specs" depth=1, elap=0.014sec -> 207 Multi-Status`),
			we("2026-11-29T07:41:17.003Z|2026-11-29T07:41:17Z", Info, "", `07:41:17.003 - INFO    : 10.30.4.41 - nora - [2026-11-29 07:41:17] "PUT /team/specs/q4-plan.odt" length=48211, elap=0.061sec -> 201 Created`),
			we("2026-11-29T07:41:19.877Z|2026-11-29T07:41:19Z", Info, "", `07:41:19.877 - INFO    : 10.30.4.58 - (anonymous) - [2026-11-29 07:41:19] "LOCK /team/specs/q4-plan.odt" length=229, depth=0, elap=0.003sec -> 423 Locked`),
			we("2026-11-29T07:41:21.440Z", Error, "", "07:41:21.440 - ERROR   : Caught DAVError(403 Forbidden): Write access denied for share '/archive'"),
		},
	},
	{
		name:   "acrylic-dns-proxy-debug-txt",
		source: "Acrylic DNS Proxy 2.x's AcrylicDebug.txt, written when the debug log is enabled (FileTracerAgent.pas RenderTrace: FormatDateTime('yyyy-MM-dd HH:mm:ss.zzz', Now) in local time, then ` [I] `, ` [W] ` or ` [E] ` and the message, CRLF; TDnsResolver's messages about requests from clients and responses from the upstream servers): the Acrylic sources' FileTracerAgent.pas and its Readme (the `Binding to IPv4 address … failed with Windows Sockets error code 10048` text); the request and response messages from memory",
		why:    "a zone-less local time with milliseconds; the bracketed letter after it is the level; client addresses with ports and the query's bracketed fields are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.004Z", Info, "", "2026-11-29 07:41:16.004 [I] Acrylic DNS Proxy version 2.2.1 is starting."),
			we("2026-11-29T07:41:16.021Z", Info, "", "2026-11-29 07:41:16.021 [I] TDnsResolver.Execute: Listening on IPv4 address 127.0.0.1 and port 53."),
			we("2026-11-29T07:41:16.027Z", Warn, "", "2026-11-29 07:41:16.027 [W] TDnsResolver.Execute: Binding to IPv6 address ::1 and port 53 failed with Windows Sockets error code 10048."),
			we("2026-11-29T07:41:22.318Z", Info, "", "2026-11-29 07:41:22.318 [I] TDnsResolver.HandleDnsRequestForIPv4Udp: Request ID 41817 received from client 127.0.0.1:61842 [OC=0;RD=1;QDC=1;Q[1]=updates.example.org;T[1]=A]."),
			we("2026-11-29T07:41:22.319Z", Info, "", "2026-11-29 07:41:22.319 [I] TDnsResolver.HandleDnsRequestForIPv4Udp: Request ID 41817 forwarded to server 1 (9.9.9.9:53 UDP)."),
			we("2026-11-29T07:41:22.351Z", Info, "", "2026-11-29 07:41:22.351 [I] TDnsResolver.HandleDnsResponse: Response ID 41817 received from server 1 [OC=0;RC=0;TC=0;RD=1;RA=1;AA=0;QDC=1;ANC=2;NSC=0;ARC=0;Q[1]=updates.example.org;T[1]=A;A[1]=updates.example.org>CNAME>cdn.example.net;A[2]=cdn.example.net>A>203.0.113.44]."),
			we("2026-11-29T07:41:31.115Z", Error, "", "2026-11-29 07:41:31.115 [E] TDnsResolver.HandleDnsResponse: Response ID 41990 from server 2 could not be parsed: message truncated at offset 512."),
		},
	},
	{
		name:   "edirectory-ndstrace-log-file",
		source: "NetIQ eDirectory 9's ndstrace with `ndstrace file on` writing /var/opt/novell/eDirectory/log/ndstrace.log (the trace-line prefixes of iMonitor's Trace Configuration page: thread id, the option tag such as LDAP or SYNC with a colon, the time stamp in brackets `[yyyy/mm/dd h:mm:ss.mmm]` with the hour not padded; the LDAP server's connection and bind lines): eDirectory iMonitor 'Trace Configuration' help (Time Stamp, Thread ID, Option Tag), ldapwiki 'Ndstrace', NetIQ Cool Solutions 'The many faces of DSTrace' (ndstrace and its log file); the line layout from memory",
		why:    "a thread id and a trace tag before the date; an unpadded hour; the tag is a trace option, no level; the connection handles (0x…), the client address and the partner server's name are no time and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2968271616 LDAP: [2026/11/29 7:41:16.204] New TLS connection 0x5a3c100 from 10.40.2.31:51422, monitor = 0x7f1c2e1ff700, index = 4"),
			we("2026-11-29T07:41:16.211Z", Unknown, "", "2968271616 LDAP: [2026/11/29 7:41:16.211] DoBind on connection 0x5a3c100"),
			we("2026-11-29T07:41:16.212Z", Unknown, "", "2968271616 LDAP: [2026/11/29 7:41:16.212] Bind name : cn=svc-portal,ou=svc,o=acme, version : 3, authentication : simple"),
			we("2026-11-29T07:41:16.219Z", Unknown, "", `2968271616 LDAP: [2026/11/29 7:41:16.219] Sending operation result 0:"":"" to connection 0x5a3c100`),
			we("2026-11-29T07:41:20.031Z", Unknown, "", "2955688704 SYNC: [2026/11/29 7:41:20.031] Start updating inbound sync from server <.CN=edir02.OU=servers.O=acme.T=ACME-TREE.>."),
			we("2026-11-29T07:41:20.466Z", Unknown, "", "2955688704 SYNC: [2026/11/29 7:41:20.466] End sync of partition <[Root]> All processed = YES."),
		},
	},
	{
		name:   "dspam-system-log-tabs",
		gap:    "trawl takes Warn from `[WARN]` at the start of the subject column (the fifth tab-separated field, after the epoch, the class letter, the sender and the signature) of the W line: a word inside a column of the message is read as the level of a file that writes none",
		source: "DSPAM 3.10's system.log under its Home (SystemLog on; dspam.c writes `%ld\\t%c\\t%s\\t%s\\t%s\\t%f\\t%s\\t%s\\t%s\\n`: time(NULL), the class letter, the sender, the signature, the subject, the processing time, the user, the status and the Message-ID): the DSPAM sources' dspam.c (the system.log block), munin's dspam_activity plugin (the file's default path /var/spool/dspam/system.log)",
		why:    "a bare epoch first and tab-separated columns; the class letter (I S W M) is a verdict, no level; `[WARN]` in a subject is text; the processing time 0.021436 is no time; the sender's domain is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "1795938076\tI\t<billing@vendor.example>\t4f2a9c1d318257124812\tInvoice 2026-1183 for November\t0.021436\tnora\tDelivered\t<20261129074115.4411@vendor.example>"),
			we("2026-11-29T07:41:19Z", Unknown, "", "1795938079\tS\t<promo@deals.example>\t4f2a9c1f318257364990\tYou have (1) pending reward\t0.018877\tnora\tQuarantined\t<a81c0d3e9b@deals.example>"),
			we("2026-11-29T07:41:42Z", Unknown, "", "1795938102\tW\t<alerts@monitor.example>\t4f2a9c36318258872201\t[WARN] disk /srv at 91%\t0.004102\tops\tDelivered\t<monitor-5521-1795938101@monitor.example>"),
			we("2026-11-29T07:42:20Z", Unknown, "", "1795938140\tM\t<promo@deals.example>\t4f2a9c1f318257364990\tYou have (1) pending reward\t0.011250\tnora\tRetrained\t<a81c0d3e9b@deals.example>"),
		},
	},
	{
		name:   "opendhcp-server-logfile",
		source: "Open DHCP Server 1.80 on Linux with LogLevel=All and a LogFileName with strftime codes (opendhcpd.cpp logThread: `[%d-%b-%y %X]` from localtime, then the message; a new file opens with the version string and a blank line; logDHCPMess' `Host %s (%s) allotted %s for %u seconds`, `renewed`, `BOOTP Host %s (%s) allotted %s`, `DHCP discover for %s (%s) from interface %s received`, `Lease Status URL: http://…`, `Listening On: …`): the Open DHCP Server sources (opendhcpd.cpp), its manual (Edison 3)",
		why:    "day, month name and a two-digit year in brackets with no zone; the version header and its blank line have no time; the client's MAC and its hostname in parentheses are no host",
		entries: []worldEntry{
			we("", Unknown, "", "Open DHCP Server Version 1.80 Linux Build 1054", ""),
			we("2026-11-29T07:41:16Z", Unknown, "", "[29-Nov-26 07:41:16] Lease Status URL: http://10.50.0.2:6789"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[29-Nov-26 07:41:16] Listening On: 10.50.0.2"),
			we("2026-11-29T07:41:21Z", Unknown, "", "[29-Nov-26 07:41:21] DHCP discover for 3c:52:82:1a:9f:04 (lab-pc-17) from interface 10.50.0.2 received"),
			we("2026-11-29T07:41:22Z", Unknown, "", "[29-Nov-26 07:41:22] Host 3c:52:82:1a:9f:04 (lab-pc-17) allotted 10.50.0.117 for 36000 seconds"),
			we("2026-11-29T07:41:58Z", Unknown, "", "[29-Nov-26 07:41:58] Host 3c:52:82:1a:9f:11 (printer-2f) renewed 10.50.0.131 for 36000 seconds"),
			we("2026-11-29T07:42:05Z", Unknown, "", "[29-Nov-26 07:42:05] BOOTP Host 00:1b:21:7c:44:e0 () allotted 10.50.0.201"),
		},
	},
	{
		name:   "lprng-accounting-file-quoted-options",
		gap:    "trawl reads no time from the `'-t…'` option of the jobstart and jobend lines (the yearless `'-tNov 29 07:41:16'` at the end of the line) nor from the fileend line's `'-tSun Nov 29 07:41:49 2026'` after `'-b12' '-c0' '-Ff'`; the start, filestart and end lines' ctime is read",
		source: "LPRng 3.8's accounting file (printcap :af= naming a file, :as=`jobstart $H $n $P $k $b $t` and :ae=`jobend …`; the filters' start, filestart, fileend and end lines with -p pid, -k control file, -n user, -h host, -P printer, -c, -F, -b and -t; jobstart and jobend's -t without year, the others' a full ctime): LPRng Reference Manual 'Accounting File' (18.3) and 'Accounting Information' (18.2), Lire's documentation of the LPRng account log",
		why:    "every field a quoted `'-X…'` option; the time is the value of `'-t…'`, yearless on jobstart and jobend; -b byte and page counts and -p pids are no times; -H and -h name the host the job came from, not the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "jobstart '-Hws-114.lab.example' '-nmarta' '-Plaser3' '-kcfA117ws-114.lab.example' '-b48211' '-tNov 29 07:41:16'"),
			we("2026-11-29T07:41:16Z", Unknown, "", "start '-p30211' '-kcfA117ws-114.lab.example' '-nmarta' '-hws-114.lab.example' '-Plaser3' '-c0' '-Fo' '-tSun Nov 29 07:41:16 2026'"),
			we("2026-11-29T07:41:17Z", Unknown, "", "filestart '-p30214' '-kcfA117ws-114.lab.example' '-nmarta' '-hws-114.lab.example' '-Plaser3' '-c0' '-Ff' '-tSun Nov 29 07:41:17 2026'"),
			we("2026-11-29T07:41:49Z", Unknown, "", "fileend '-p30214' '-kcfA117ws-114.lab.example' '-nmarta' '-hws-114.lab.example' '-Plaser3' '-b12' '-c0' '-Ff' '-tSun Nov 29 07:41:49 2026'"),
			we("2026-11-29T07:41:50Z", Unknown, "", "end '-p30211' '-kcfA117ws-114.lab.example' '-nmarta' '-hws-114.lab.example' '-Plaser3' '-b12' '-c0' '-Fo' '-tSun Nov 29 07:41:50 2026'"),
			we("2026-11-29T07:41:50Z", Unknown, "", "jobend '-Hws-114.lab.example' '-nmarta' '-Plaser3' '-kcfA117ws-114.lab.example' '-b48211' '-tNov 29 07:41:50'"),
		},
	},
}

func TestFresh424Formats(t *testing.T) { assertTable(t, fresh424Cases) }
func TestFresh424Score(t *testing.T) {
	checkScore(t, "fresh424 formats", fresh424Cases, [worldNumFields]float64{96.8, 93.7, 99.9, 99.9})
}
