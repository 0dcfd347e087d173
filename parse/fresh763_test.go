package parse

import "testing"

// The seven-hundred-and-sixty-third fresh table: mail filtering and mail security daemons whose own
// logs trawl's tables did not have yet. Each family is one daemon's output: Vipul's Razor client
// (razor-agent.log or the `check[pid]: [ N]` lines it writes to stdout under SpamAssassin -D, a
// year-less time with microseconds and a verbosity number in brackets); PolicyD v2 (cbpolicyd, the
// policy daemon Zimbra ships, its Net::Server log file `[yyyy/mm/dd-HH:MM:SS - pid] [CORE] LEVEL:`);
// ASSP's maillog.txt (a `Mon-dd-yy` date with a two-digit year last, the message id and worker in
// brackets); simscan in a qmail-smtpd multilog (TAI64N labels before `simscan:[qp]:`, tcpserver's
// lines between) and simscan's debug lines on stderr (no time at all); ClamSMTP's clamsmtpd through
// syslog (a tag with no pid, a hex connection id); spamdyke through syslog (a verdict code and
// `from: … to: … origin_ip:` fields); the Gross greylisting daemon through syslog (one-letter keys
// a= d= w= c= s= r= h=).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `rspamd`, `spamd`, `spamassassin`, `amavis`, `clamav-milter`,
// `clamav`, `clamd`, `freshclam`, `opendkim`, `opendmarc`, `mailscanner`, `pmg`, `proxmox mail`,
// `postscreen`, `policyd-spf`, `policyd`, `mailcow`, `sogo`, `mimedefang`, `rejectlog`,
// `reject log`, `haraka`, `assp`, `zimbra`, `X-Spam`, `spamc`, `rspamc`, `dkim`, `dmarc`, `milter`,
// `exim`, `sqlgrey`, `postgrey`, `dspam`, `bogofilter`, `MailWatch`, `maddy`, `stalwart`, `mailu`,
// `iredmail`, `fuglu`, `pyzor`, `razor`, `razor-agent`, `Logging initiated LogDebugLevel`, `spf`,
// `rmilter`, `clamsmtp`, `clamsmtpd`, `scamp`, `maia`, `efa`, `anubis`, `OpenARC`, `dkimproxy`,
// `amavisd-milter`, `p0f`, `sympa`, `courier`, `dovecot`, `postfwd`, `postfwd2`, `policyd-weight`,
// `modoboa`, `scrollout`, `Xeams`, `MagicSpam`, `sagator`, `mailcleaner`, `smtp-gated`, `qpsmtpd`,
// `spamdyke`, `DENIED_RBL_MATCH`, `simscan`, `simscan:[`, `qmail-scanner`, `cbpolicyd`,
// `cluebringer`, `[CORE]`, `maillog.txt`, `[spam found]`, `Worker_1`, `pmg-log-tracker`,
// `pmg-smtp-filter`, `pmgproxy`, `clamav-unofficial-sigs`, `milter-manager`, `smf-spf`,
// `milter-regex`, `spf-milter`, `policy-spf`, `clamassassin`, `gross`, `grossd`, `a=greylist`,
// `mailgraph`, `pflogsumm`, `spamtagger`, `dccifd`, `dccm`, `MDLOG`, `rspamd-mailcow`,
// `spamass-milter`, `mailfromd`, `sanesecurity`, `olefy`. Rspamd (five layouts), spamd,
// SpamAssassin's debug, amavisd (three), clamd, clamav-milter, freshclam, OpenDKIM, OpenDMARC,
// MailScanner, Proxmox Mail Gateway's forward, postscreen, policyd-spf, policyd-weight, postfwd2,
// Mailcow's rspamd, SOGo (three), MIMEDefang's multiplexor, Exim's reject log, Haraka (three),
// postgrey, sqlgrey, milter-greylist, DSPAM, OpenARC, dkimproxy, spamass-milter and Zimbra's logs
// are measured already, so they were left out; `razor` matches only ASP.NET Razor and a Ruby
// server's banner, `assp` only CLASSPATH, `gross` only honcho's source and a trading line, `simscan`,
// `clamsmtp`, `spamdyke`, `cbpolicyd` and `sagator` only grep lists or nothing. Fuglu, pyzord and
// pmg-log-tracker were dropped because no search confirmed their layout. The table holds 8
// families: razor, cbpolicyd, ASSP, simscan (two: its multilog file and its debug stderr),
// clamsmtpd, spamdyke and Gross.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Year-less times (razor, the syslog families) are in 2026; ASSP's two-digit
// year 26 is 2026; cbpolicyd writes no zone and is taken as UTC; a TAI64N label is seconds since
// 1970 plus 2^62+10 (multilog's convention, as tai64nlocal reads it) with nanoseconds, so it is an
// absolute UTC time; simscan's debug lines on stderr carry no time and have none. Levels only where
// the line marks one: cbpolicyd's level word after `[CORE]` (NOTICE, INFO, WARNING, ERROR, DEBUG);
// razor's `[ N]` is its debug verbosity (the number a message needs LogDebugLevel to reach, 1 to 16,
// no severity scale), so its lines carry no level; ASSP, simscan, and the syslog lines written
// without a PRI carry none. The host is the record's host field: the syslog header's host for
// clamsmtpd, spamdyke and Gross; razor's `check` is the program name, ASSP's `m1-…` a message id
// and its worker tag no host, cbpolicyd's `host=` inside the message a client, simscan's and
// tcpserver's addresses peers, so those records have "". Every record is one line.
//
// The shapes come from the sources and threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory". Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 6f898b1 before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 88.6 %, host 100.0 %, records 100.0 %), in a
// worktree at 6f898b1 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is ASSP's time: its `Nov-29-26 07:41:16` date with the
// two-digit year last is not read, so its records have no time.

var fresh763Cases = []worldCase{
	{
		name:   "razor-agent-check-usec-verbosity",
		source: "Vipul's Razor 2 client, Razor2::Logger (`$self->log(2,\"[bootup] Logging initiated LogDebugLevel=$self->{LogDebugLevel} to $self->{LogTo}\")`, the line a strftime `%b %d %H:%M:%S` time with `.usec`, the program name and pid, then `[%2d]` with the message's debug level): Logger.pm and SpamAssassin -D pastes (`Feb 28 10:48:38.385733 check[19464]: [ 2] [bootup] Logging initiated …`), found with find_string",
		why:    "a year-less time with microseconds; `check[pid]:` is the program, no host; the space-padded `[ 2]` is a verbosity number, not a severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.215804Z", Unknown, "", "Nov 29 07:41:16.215804 check[30712]: [ 2] [bootup] Logging initiated LogDebugLevel=9 to file:/var/lib/amavis/.razor/razor-agent.log"),
			we("2026-11-29T07:41:16.216377Z", Unknown, "", "Nov 29 07:41:16.216377 check[30712]: [ 5] computed razorhome=/var/lib/amavis/.razor, conf=/var/lib/amavis/.razor/razor-agent.conf, ident=/var/lib/amavis/.razor/identity-Xk3vR8pQ2w"),
			we("2026-11-29T07:41:16.402119Z", Unknown, "", "Nov 29 07:41:16.402119 check[30712]: [ 8] mail 1.0 e8, orig_email, sig: 5Jq0bT7m1cV_Dx3Ye9oLwKp2A4s-"),
			we("2026-11-29T07:41:17.118640Z", Unknown, "", "Nov 29 07:41:17.118640 check[30712]: [ 3] mail 1 is not known spam."),
			we("2026-11-29T07:41:17.119022Z", Unknown, "", "Nov 29 07:41:17.119022 check[30712]: [ 1] razor-check error: connect2: nextserver: Could not get valid info from Discovery Servers"),
		},
	},
	{
		name:   "cbpolicyd-net-server-log",
		source: "PolicyD v2 (cluebringer) cbpolicyd's own log file through Net::Server (`[%Y/%m/%d-%H:%M:%S - pid] [CORE] LEVEL: msg`): Zimbra's /opt/zimbra/log/cbpolicyd.log in a quota how-to (`[2014/09/08-21:32:39 - 4871] [CORE] INFO: module=Quotas, mode=create, host=…`) and a startup paste (`[CORE] NOTICE: Binding to TCP port 10031`), found with find_string; the WARNING, ERROR and DEBUG words from memory",
		why:    "a slashed date glued to the time with a dash inside brackets, then ` - pid`; the level word follows the `[CORE]` tag; `host=` inside the message is the client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "[2026/11/29-07:41:16 - 4412] [CORE] NOTICE: Binding to TCP port 10031 on host 127.0.0.1 with IPv4"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026/11/29-07:41:16 - 4412] [CORE] INFO: Beginning prefork (4 processes)"),
			we("2026-11-29T07:43:02Z", Info, "", "[2026/11/29-07:43:02 - 4418] [CORE] INFO: module=Quotas, mode=update, host=10.60.2.14, helo=relay2.example.org, from=nadia@example.org, to=tomas@example.net, reason=quota_update, policy=6, quota=3, limit=4, track=Sender:nadia@example.org, counter=MessageCount, quota=18.00/200 (9.0%)"),
			we("2026-11-29T07:43:05Z", Warn, "", "[2026/11/29-07:43:05 - 4418] [CORE] WARNING: module=Greylisting, action=defer, host=203.0.113.77, helo=unknown, from=promo@example.com, to=tomas@example.net, reason=greylisted"),
			we("2026-11-29T07:43:40Z", Error, "", "[2026/11/29-07:43:40 - 4419] [CORE] ERROR: Database query failed: Lost connection to MySQL server during query"),
		},
	},
	{
		name:   "assp-maillog-txt-two-digit-year",
		source: "ASSP (Anti-Spam SMTP Proxy) 2's maillog.txt, mlog() with the default LogDateFormat `MMM-DD-YY hh:mm:ss` (`Mar-09-16 00:00:33 m1-78030-02340 [Worker_1] [URIBL] 74.221.210.19 <…> to: … [spam found] (URIBLcache: fail, …) [subject] -> /usr/local/assp5/spam/2340.eml;`): a shell script's comment and assp.pl's mlog calls, found with find_string; the `[MessageOK]` and admin lines from memory",
		why:    "month-day-two-digit-year joined by dashes; a message id and a worker tag in brackets before the peer address; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov-29-26 07:41:16 m1-52876-03311 [Worker_2] [URIBL] 198.51.100.45 <offers@deals.example> to: ingrid@example.org [spam found] (URIBLcache: fail, deals.example listed in multi.surbl.org) [Last chance: 80% off] -> /usr/local/assp/spam/3311.eml;"),
			we("2026-11-29T07:41:19Z", Unknown, "", "Nov-29-26 07:41:19 m1-52879-03312 [Worker_1] 192.0.2.61 <lena@partner.example> to: ingrid@example.org [MessageOK] [Q4 figures] -> /usr/local/assp/notspam/3312.eml;"),
			we("2026-11-29T07:42:03Z", Unknown, "", "Nov-29-26 07:42:03 m1-52923-03313 [Worker_3] 203.0.113.9 <x7@bulk.example> to: sales@example.org [spam found] (DNSBL: failed, 203.0.113.9 listed in zen.spamhaus.org) [Re: invoice] -> /usr/local/assp/spam/3313.eml;"),
			we("2026-11-29T07:42:30Z", Unknown, "", "Nov-29-26 07:42:30 [Main_Thread] AdminUpdate: MaxErrors changed from '5' to '3' by admin from 10.1.1.20"),
		},
	},
	{
		name:   "simscan-qmail-smtpd-multilog-tai64n",
		source: "simscan in qmail-smtpd's multilog (`@400000006aa8e01a2ad1633c simscan:[210394]:CLEAN (-1.21/9999.00):3.3s:Subject here:198.51.100.224:noreply@bulk.example:export@example.org`, beside `tcpserver: ok …` and `mail recv: pid … qp …`): a log assembler's tests and a setup note (`simscan:[qp]:CLEAN (score/required/max):time:subject:ip:sender:rcpt`), found with find_string; the SPAM REJECT verdict from the same note",
		why:    "a TAI64N label (2^62+10+seconds, nanoseconds) is the only time; simscan's verdict fields are colon-joined; tcpserver's and qmail's lines between; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2Z", Unknown, "", "@400000006b0bd7260bebc200 tcpserver: ok 48211 mx1.example.org:192.0.2.25:25 :198.51.100.88::51730"),
			we("2026-11-29T07:41:19.4Z", Unknown, "", "@400000006b0bd72917d78400 simscan:[48211]:CLEAN (1.84/9.00):2.7104s:Meeting notes:198.51.100.88:paul@partner.example:olga@example.org"),
			we("2026-11-29T07:42:03.6Z", Unknown, "", "@400000006b0bd75523c34600 simscan:[48260]:SPAM REJECT (14.20/9.00):1.9920s:You won:203.0.113.140:win@lotto.example:olga@example.org"),
			we("2026-11-29T07:42:05.8Z", Unknown, "", "@400000006b0bd7572faf0800 tcpserver: end 48260 status 256"),
		},
	},
	{
		name:   "simscan-debug-stderr-untimed",
		source: "simscan with SIMSCAN_DEBUG set, its fprintf(stderr) lines (`simscan:[%d]: starting: work dir: %s`, `simscan: calling spamc`, `simscan: done, execing qmail-queue`, then the `simscan:[25608]:CLEAN (0.00/0.00):3.3011s::(null):…` verdict): simscan.c and a qmail how-to's console paste, found with find_string",
		why:    "no time on any line; `simscan:` is the program, the bracketed number the qmail-smtpd pid; no level",
		entries: []worldEntry{
			we("", Unknown, "", "simscan:[61207]: starting: work dir: /var/qmail/simscan/1764402076.448031.61207"),
			we("", Unknown, "", "simscan: calling clamdscan"),
			we("", Unknown, "", "simscan: calling /usr/bin/spamc  spamc -u rosa@example.org"),
			we("", Unknown, "", "simscan:[61207]:CLEAN (0.40/0.00):1.2057s:hello:(null):mark@example.org:rosa@example.org"),
			we("", Unknown, "", "simscan: done, execing qmail-queue"),
		},
	},
	{
		name:   "clamsmtpd-syslog-no-pid",
		source: "ClamSMTP's clamsmtpd through syslog (`Mar 22 11:14:13 lppostfix300 clamsmtpd: 100004: accepted connection from: 127.0.0.1`, `clamsmtpd: 100001: CLAMAV: couldn't connect to: /var/run/clamav/clamd.ctl: Permission denied`): postfix how-tos and forum pastes, found with find_string; the `from=…, to=…, status=` line from memory",
		why:    "the tag has no pid; a hex connection id follows as its own colon field; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mx3", "Nov 29 07:41:16 mx3 clamsmtpd: 10003A: accepted connection from: 127.0.0.1"),
			we("2026-11-29T07:41:17Z", Unknown, "mx3", "Nov 29 07:41:17 mx3 clamsmtpd: 10003A: from=carla@example.net, to=ops@example.org, status=CLEAN"),
			we("2026-11-29T07:41:44Z", Unknown, "mx3", "Nov 29 07:41:44 mx3 clamsmtpd: 10003B: from=billing@fake-bank.example, to=ops@example.org, status=VIRUS:Win.Trojan.Agent-1187221"),
			we("2026-11-29T07:42:10Z", Unknown, "mx3", "Nov 29 07:42:10 mx3 clamsmtpd: 10003C: CLAMAV: couldn't connect to: /var/run/clamav/clamd.ctl: No such file or directory"),
		},
	},
	{
		name:   "spamdyke-syslog-verdict-fields",
		source: "spamdyke through syslog, one line per recipient: the verdict code (ALLOWED, DENIED_RBL_MATCH, DENIED_GRAYLISTED, DENIED_RDNS_MISSING …) then `from: to: origin_ip: origin_rdns: auth: encryption: reason:` (spamdyke README's Log Messages section, spamdyke.org; a munin plugin's code list); the syslog header from memory",
		why:    "an RFC 3164 header without a PRI; the verdict code is no level; origin_ip and origin_rdns are the peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "qmail01", "Nov 29 07:41:16 qmail01 spamdyke[22871]: ALLOWED from: hana@partner.example to: jonas@example.org origin_ip: 192.0.2.77 origin_rdns: mail.partner.example auth: (unknown) encryption: TLS reason: 250_ok_1764402076_qp_22872"),
			we("2026-11-29T07:41:40Z", Unknown, "qmail01", "Nov 29 07:41:40 qmail01 spamdyke[22903]: DENIED_RBL_MATCH from: sale@cheap.example to: jonas@example.org origin_ip: 203.0.113.201 origin_rdns: (unknown) auth: (unknown) encryption: (none) reason: zen.spamhaus.org"),
			we("2026-11-29T07:42:02Z", Unknown, "qmail01", "Nov 29 07:42:02 qmail01 spamdyke[22917]: DENIED_GRAYLISTED from: news@letters.example to: info@example.org origin_ip: 198.51.100.19 origin_rdns: out19.letters.example auth: (unknown) encryption: (none) reason: (empty)"),
			we("2026-11-29T07:42:31Z", Unknown, "qmail01", "Nov 29 07:42:31 qmail01 spamdyke[22940]: DENIED_RDNS_MISSING from: x@x.example to: info@example.org origin_ip: 198.51.100.230 origin_rdns: (unknown) auth: (unknown) encryption: (none) reason: (empty)"),
		},
	},
	{
		name:   "gross-grossd-syslog-letter-keys",
		source: "Gross (greylisting of suspicious sources) grossd's verdict through syslog, one-letter keys `a=` action (trust, match, greylist, block), `d=` delay in ms, `w=` weight, `c=` client, `s=` sender, `r=` recipient, `h=` helo, `m=` the DNSBL matched: the gross mailing list (lists.utu.fi/pipermail/gross/2015/000313.html, the maintainer's reply); the syslog header and key order from memory",
		why:    "an RFC 3164 header without a PRI; the message is terse letter keys; the action word is no level; c= is the peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mx4", "Nov 29 07:41:16 mx4 grossd[1187]: a=trust d=2 w=0 c=192.0.2.140 s=erik@partner.example r=anna@example.org h=mail.partner.example"),
			we("2026-11-29T07:41:30Z", Unknown, "mx4", "Nov 29 07:41:30 mx4 grossd[1187]: a=greylist d=41 w=1 c=198.51.100.61 s=promo@offers.example r=anna@example.org h=offers.example m=bl.spamcop.net"),
			we("2026-11-29T07:46:32Z", Unknown, "mx4", "Nov 29 07:46:32 mx4 grossd[1187]: a=match d=1 w=0 c=198.51.100.61 s=promo@offers.example r=anna@example.org h=offers.example"),
			we("2026-11-29T07:47:05Z", Unknown, "mx4", "Nov 29 07:47:05 mx4 grossd[1187]: a=block d=88 w=3 c=203.0.113.33 s=a1@spam.example r=anna@example.org h=localhost m=zen.spamhaus.org+2"),
		},
	},
}

func TestFresh763Formats(t *testing.T) { assertTable(t, fresh763Cases) }
func TestFresh763Score(t *testing.T) {
	checkScore(t, "fresh763 formats", fresh763Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
