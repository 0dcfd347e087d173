package parse

import "testing"

// The eight-hundred-and-first fresh table: legacy Unix daemons in their classic file formats.
// Each family is one daemon's own log as it writes it: HDB (BNU) UUCP's per-system uucico log
// (`user system (M/D-H:MM:SS,pid,seq) STATUS (detail)`) and its .Admin/xferstats transfer log;
// the Solaris (SVR4) LP print service's /var/lp/logs/requests, a block per request under a `=`
// separator line with a ctime and a zone; xinetd's own log file (log_type FILE, a
// `yy/mm/dd@hh:mm:ss:` stamp before START/EXIT/FAIL); INN's innfeed through syslog (peer:cxn
// and `ME` statistics lines); the SVR4 mail package's SMTP LOG file (smtpd and smtpsched,
// `MM/DD HH:MM:SS prog  msg`); the SVR4 maillog surrogate logger (`date` output with a zone, then
// `from -> to  (info)`); sendmail's sm-msp-queue and STARTTLS lines on FreeBSD's syslogd.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `innd`, `nnrpd`, `INN `, `innfeed`, `uucico`, `uucp`, `uuxqt`,
// `uustat`, `SUCCEEDED (call`, `(11/29-`, `xferstats`, `bytes/sec`, `cups`, `page_log`, `lpd`,
// `lpd[`, `lpd-errs`, `lprng`, `checkpc`, `lpsched`, `/var/lp`, `lpNet`, `lp.requests`, `= lp`,
// `lp-`, `lpstat`, `ypserv`, `ypbind`, `rpc.yppasswdd`, `ypxfr`, `rpc.nisd`, `nis+`, `automount`,
// `automountd`, `automount[`, `amd[`, `amd `, `am-utils`, `]/info:`, `]/warn`, `hlfsd`, `rwhod`,
// `rwho`, `ruptime`, `xinetd`, `START: `, `START: ftp pid`, `EXIT: `, `/29@`, `@07:`, `tcpd`,
// `refused connect`, `safe_finger`, `wu-ftpd`, `wuftpd`, `xferlog`, `proftpd`, `pure-ftpd`,
// `vsftpd`, `ncftpd`, `ftpd[`, `in.ftpd`, `sendmail`, `sm-mta`, `sm-msp-queue`, `STARTTLS=client`,
// `STARTTLS=`, `stat=Sent`, `801593`, `Q-ID`, `mailq`, `mqueue (`, `=== CONNECT`, `>>> EHLO`,
// `<<< 220`, `sendmail -X`, `smrsh`, `smail`, `Received FROM:`, `smtpsched`, `smtplog`,
// `maillog -o`, `exim`, `qmail`, `postfix`, `identd`, `fingerd`, `talkd`, `in.telnetd`,
// `rlogind`, `rexecd`, `rshd`, `comsat`, `in.comsat`, `portmap`, `rpcbind`, `rpc.statd`,
// `rpc.mountd`, `bootparamd`, `rpc.rusersd`, `rstatd`, `sprayd`, `walld`, `nfslogd`, `cnews`,
// `news.notice`, `innwatch`, `ctlinnd`, `nntpsend`, `expire.log`, `news.daily`, `innreport`,
// `control.log`, `leafnode`, `fetchnews`, `texpire`, `slrnpull`, `suck`, `rnews`, `batcher`,
// `diablo`, `nntpcache`, `HylaFAX`, `xferfaxlog`, `mgetty`, `diald`, `a2ps`, `pac `, `UUCP`.
// Measured already and left out: Taylor UUCP's Log and Stats, amd's own log file, ypserv and
// rpc.yppasswdd through syslog, xinetd through syslog, INN's news log and innd/nnrpd in syslog,
// RHEL's spooler file, the xferlog layout of every FTP daemon, CUPS' logs, LPRng's accounting
// file, sendmail's maillog, -X trace file and mailq listing, Vixie cron's `(11/29-…)` log.
// `innfeed`, `xferstats`, `SUCCEEDED (call`, `lpsched`, `/var/lp`, `/29@`, `sm-msp-queue`,
// `STARTTLS=client`, `smtpsched` and `maillog -o` match nothing; `smtplog` and `START: ftp pid`
// match only a grep list and xinetd's syslog line. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Year-less times (HDB UUCP's M/D-H:MM:SS and M/D-H:MM:SS in xferstats, the
// SVR4 SMTP LOG's MM/DD, syslog's Mmm dd) are in 2026; xinetd's two-digit year 26 is 2026; the
// LP requests log's ctime carries MST (-07:00) and the maillog's `date` EST (-05:00), converted.
// No line of this table marks a level: UUCP's SUCCEEDED/FAILED/OK status words, xinetd's
// START/EXIT/FAIL, innfeed's and sendmail's message words are message text, and the syslog lines
// carry no PRI, so every record is Unknown. The host is the record's host field: only the syslog
// lines have one (news1 for innfeed, bsd1 for sendmail); UUCP's remote system, the LP printer
// (`z`), xinetd's `from=` address, SMTP peers and sendmail's relay= are peers or queues, no host,
// so those records have "". Each LP request (a `=` line and its letter lines) is one record;
// every other record is one line.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory" (HDB UUCP's per-system log with commas, xinetd's file stamp, innfeed's lines, the
// sendmail submission lines). Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table
// was first run, and none was changed after it; a family trawl still gets wrong carries a gap that
// says what it does not read, and it stays in the score.

// Its first figure, scored at commit cab9b82 before any rule for it: level 100.0 %, time 75.0 %, host 100.0 %, records 87.5 %.
// That is the macro figure (micro: level 100.0 %, time 73.3 %, host 100.0 %, records 90.0 %), in a
// worktree at cab9b82 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps: HDB UUCP's year-less `(M/D-H:MM:SS,pid,seq)` time in the uucico
// log and its `(M/D-H:MM:SS)` time in xferstats are not read at all, and the Solaris LP requests
// log's one-letter lines are not joined to the `=` separator line of their request.

var fresh801Cases = []worldCase{
	{
		name:   "hdb-uucp-log-uucico",
		source: "HDB (BNU) UUCP's per-system log /var/spool/uucp/.Log/uucico/<system> (`user system (M/D-H:MM:SS,pid,seq) STATUS (detail)`): the status-word shape `root rhino (7/18-09:27-4187) SUCCEEDED (call to rhino)` from NeXTSTEP 3.3 Administration, appendix G 'Annotated uucico Debug Output' (nextop.de); the SVR4/AIX form with seconds and comma-separated pid and sequence from memory",
		why:    "a user and a remote system before a parenthesised month/day-hour:min:sec with no year and no zero on the hour, then pid and sequence after commas; the remote system is a peer; the status word is no level",
		gap:    "the year-less time inside the parentheses after the user and system (`(11/29-7:41:16,4412,0)`, month/day-hour:min:sec with no zero on the hour, then pid and sequence after commas) is not read: every record has no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "uucp hermes (11/29-7:41:16,4412,0) SUCCEEDED (call to hermes )"),
			we("2026-11-29T07:41:18Z", Unknown, "", "uucp hermes (11/29-7:41:18,4412,0) OK (startup tty01 38400 baud)"),
			we("2026-11-29T07:41:19Z", Unknown, "", "dana hermes (11/29-7:41:19,4412,1) REQUEST (kestrel!D.kestrel1a2c --> hermes!D.kestrel1a2c (dana))"),
			we("2026-11-29T07:41:27Z", Unknown, "", "uucp hermes (11/29-7:41:27,4412,2) OK (conversation complete tty01 11)"),
			we("2026-11-29T09:05:02Z", Unknown, "", "uucp osprey (11/29-9:05:02,4630,0) CONN FAILED (NO DEVICES AVAILABLE)"),
		},
	},
	{
		name:   "hdb-uucp-xferstats",
		source: "HDB (BNU) UUCP's /var/spool/uucp/.Admin/xferstats (`system!user M|S (M/D-H:MM:SS) (C,pid,seq) [device] ->|<- bytes / secs`): AIX 5.2 Files Reference 'xferstats File' (`zeus!jim M (10/11-16:10:33) (C,9234,1) [-] -> 1167 / 0.100secs`); SCO OpenServer BNU 'Transfer log' (fields sysname user master time prog procID seqnum device trans rate status)",
		why:    "the system!user pair first, a master/slave letter, then a year-less parenthesised time with no zero on the hour; the C is the program letter, not a level",
		gap:    "the year-less time in parentheses after `system!user M|S` (`(11/29-7:41:19)`, month/day-hour:min:sec with no zero on the hour) is not read: every record has no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Unknown, "", "hermes!dana M (11/29-7:41:19) (C,4412,1) [tty01] -> 2144 / 0.310 secs, 6916 bytes/sec"),
			we("2026-11-29T07:41:24Z", Unknown, "", "hermes!uucp M (11/29-7:41:24) (C,4412,2) [tty01] <- 41207 / 4.820 secs, 8549 bytes/sec"),
			we("2026-11-29T08:12:40Z", Unknown, "", "osprey!news S (11/29-8:12:40) (C,4577,1) [-] <- 188310 / 12.044 secs, 15635 bytes/sec"),
		},
	},
	{
		name:   "solaris-lp-requests-log",
		source: "the Solaris (SVR4) LP print service's /var/lp/logs/requests (a separator `= request-id, uid N, gid N, size N, ctime ZONE yyyy` then one-letter lines z C D F P T t U s v): Oracle 'System Administration Guide: Solaris Printing', History Log Files (docs.oracle.com/cd/E19120-01/open.solaris/819-7761/printref-36)",
		why:    "a block per request: the time sits mid-line in the separator after the id, uid, gid and size, as a ctime with a zone (MST); the letter lines are fields of the same request; the printer in z is a queue, no host",
		gap:    "each request's one-letter lines (`z laser2`, `C 1`, `D …`, `F …`, … `v 2`) are not joined to the `=` separator line that carries the request's time: the separator is an entry of its own (its MST time is read right), the letter lines left outside it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"= laser2-118, uid 1043, gid 10, size 48211, Sun Nov 29 00:41:16 MST 2026",
				"z laser2",
				"C 1",
				"D laser2",
				"F /export/home/dana/report.ps",
				"P 20",
				"T report.ps",
				"t postscript",
				"U dana",
				"s 0x0010",
				"v 2"),
			we("2026-11-29T07:52:03Z", Unknown, "",
				"= laser2-119, uid 0, gid 1, size 2210, Sun Nov 29 00:52:03 MST 2026",
				"z laser2",
				"C 2",
				"D any",
				"F /etc/motd",
				"P 20",
				"T /etc/motd",
				"t simple",
				"U root",
				"s 0x0100",
				"v 2"),
			we("2026-11-29T08:03:47Z", Unknown, "",
				"= plotter-41, uid 1107, gid 14, size 913402, Sun Nov 29 01:03:47 MST 2026",
				"z plotter",
				"C 1",
				"D plotter",
				"F /export/home/ravi/site-plan.hpgl",
				"P 10",
				"T site-plan",
				"t hpgl",
				"U ravi",
				"s 0x0014",
				"v 0"),
		},
	},
	{
		name:   "xinetd-filelog",
		source: "xinetd with `log_type = FILE /var/log/xinetd.log` (its own file: a `yy/mm/dd@hh:mm:ss:` stamp, then START/EXIT/FAIL/USERID and the service with pid=, from=, status=, duration=): xinetd.conf(5) log_type, log_on_success, log_on_failure (Rajpratik71/linux-manPages docs/xinetd.md); the stamp's layout from memory",
		why:    "a two-digit-year slashed date glued to the time with an @ and a colon after it; from= is the client, no host; START/EXIT/FAIL are events, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "26/11/29@07:41:16: START: ftp pid=4120 from=198.51.100.23"),
			we("2026-11-29T07:41:20Z", Unknown, "", "26/11/29@07:41:20: EXIT: ftp status=0 pid=4120 duration=4(sec)"),
			we("2026-11-29T07:42:02Z", Unknown, "", "26/11/29@07:42:02: FAIL: telnet address from=203.0.113.50"),
			we("2026-11-29T07:43:11Z", Unknown, "", "26/11/29@07:43:11: START: rsync pid=4188 from=10.8.1.14"),
		},
	},
	{
		name:   "inn-innfeed-syslog",
		source: "INN's innfeed through syslog at news.notice (`peer:cxn connected`, `peer:cxn checkpoint seconds N offered N accepted N refused N rejected N`, `peer:cxn cxnsleep …`, `ME global seconds …`): the fields counted by INN's innreport_inn.pm and innd/status.c (STATUS: seconds, accepted, refused, rejected); the lines' wording from memory",
		why:    "an RFC 3164 line whose message opens with peer:connection, a word with a colon that is no host and no time; the statistics numbers are no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "news1", "Nov 29 07:41:16 news1 innfeed[2411]: feed.example.net:0 connected"),
			we("2026-11-29T07:46:16Z", Unknown, "news1", "Nov 29 07:46:16 news1 innfeed[2411]: feed.example.net:0 checkpoint seconds 300 offered 1830 accepted 1702 refused 110 rejected 18"),
			we("2026-11-29T07:51:20Z", Unknown, "news1", "Nov 29 07:51:20 news1 innfeed[2411]: feed.example.net:1 cxnsleep non-responsive connection"),
			we("2026-11-29T07:52:01Z", Unknown, "news1", "Nov 29 07:52:01 news1 innfeed[2411]: ME global seconds 645 offered 3412 accepted 3187 refused 201 rejected 24 missing 0 accsize 41207330 rejsize 310442"),
		},
	},
	{
		name:   "svr4-mail-smtp-log",
		source: "the SVR4 mail package's SMTP LOG file (smtpd, smtpsched, smtp: `fprintf(logfile, \"%s %-9.9s  %s\\n\", timestamp, progname, msg)` with timestamp `%02d/%02d %02d:%02d:%02d`): calmsacibis995/usl-svr42 common/cmd/mail/smtp/src/smtplog.c",
		why:    "a month/day with no year before the time, the program name padded to nine columns and two spaces; peers in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29 07:41:16 smtpd      connection from kestrel.example.org"),
			we("2026-11-29T07:41:17Z", Unknown, "", "11/29 07:41:17 smtpd      MAIL FROM:<dana@kestrel.example.org> RCPT TO:<ops@hermes.example.org>"),
			we("2026-11-29T07:45:00Z", Unknown, "", "11/29 07:45:00 smtpsched  scanning /var/spool/smtpq: 3 queued"),
			we("2026-11-29T07:45:02Z", Unknown, "", "11/29 07:45:02 smtp       osprey.example.net: 421 Service not available, closing channel"),
		},
	},
	{
		name:   "svr4-maillog-surrogate",
		source: "the SVR4 mail surrogate logger /usr/lib/mail/maillog (`equivalent to echo \"`date` $1 -> $2  ($3 ...)\" >> /usr/mail/mail.log`, date(1)'s default `Www Mmm dd HH:MM:SS ZZZ yyyy`): calmsacibis995/usl-svr42 common/cmd/mail/maillog.c header comment",
		why:    "date(1)'s default output with a zone abbreviation (EST) first, then return path -> recipient and the surrogate's info in parentheses; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 02:41:16 EST 2026 dana -> ops  (hermes!ops)"),
			we("2026-11-29T07:44:52Z", Unknown, "", "Sun Nov 29 02:44:52 EST 2026 osprey!news -> usenet  (rnews)"),
			we("2026-11-29T08:10:05Z", Unknown, "", "Sun Nov 29 03:10:05 EST 2026 root -> ravi  (ravi)"),
		},
	},
	{
		name:   "sendmail-msp-starttls-freebsd",
		source: "sendmail 8's submission queue runner sm-msp-queue and STARTTLS session lines through FreeBSD's syslogd (`STARTTLS=client, relay=…, version=…, verify=…, cipher=…, bits=…`; `to=…, ctladdr=…, delay=…, mailer=relay, relay=[127.0.0.1] …, stat=Sent (…)`): sendmail Installation and Operation Guide (doc/op) 'Log Levels' and STARTTLS sections; from memory of real lines",
		why:    "RFC 3164 lines whose messages start with KEY=value (STARTTLS=client, AUTH=server) or a queue id; relay= names a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "bsd1", "Nov 29 07:41:16 bsd1 sm-msp-queue[812]: 5ATChGq0000812: to=root, ctladdr=root (0/0), delay=00:00:00, xdelay=00:00:00, mailer=relay, pri=30219, relay=[127.0.0.1] [127.0.0.1], dsn=2.0.0, stat=Sent (5ATChGXm000813 Message accepted for delivery)"),
			we("2026-11-29T07:41:17Z", Unknown, "bsd1", "Nov 29 07:41:17 bsd1 sm-mta[815]: STARTTLS=client, relay=mx2.example.net., version=TLSv1.3, verify=OK, cipher=TLS_AES_256_GCM_SHA384, bits=256/256"),
			we("2026-11-29T07:41:18Z", Unknown, "bsd1", "Nov 29 07:41:18 bsd1 sm-mta[815]: 5ATChGXm000813: to=<ops@example.net>, delay=00:00:02, xdelay=00:00:01, mailer=esmtp, pri=120219, relay=mx2.example.net. [192.0.2.25], dsn=2.0.0, stat=Sent (OK id=4f1c2a)"),
			we("2026-11-29T07:42:40Z", Unknown, "bsd1", "Nov 29 07:42:40 bsd1 sm-mta[827]: STARTTLS=server, relay=[198.51.100.7], version=TLSv1.2, verify=NO, cipher=ECDHE-RSA-AES256-GCM-SHA384, bits=256/256"),
		},
	},
}

func TestFresh801Formats(t *testing.T) { assertTable(t, fresh801Cases) }

func TestFresh801Score(t *testing.T) {
	checkScore(t, "fresh801 formats", fresh801Cases, [worldNumFields]float64{99.9, 74.9, 99.9, 87.4})
}
