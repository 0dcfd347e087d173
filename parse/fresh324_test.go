package parse

import "testing"

// The three-hundred-and-twenty-fourth fresh table, written on 2026-12-09: everyday daemons (mail,
// web, ssh, cron, the firewall) on OpenBSD, FreeBSD, NetBSD, illumos and AIX, as their own files,
// their control tools and syslog hold them in 2025-2026, in shapes no earlier table holds. Each
// family is one product's documented or observed output: OpenBSD spamd run with -v, its
// greylisting lines in /var/log/daemon (`addr: connected (n/m), lists: …`, `(GREY) addr: <from> ->
// <to>`, `addr: disconnected after n seconds.`); spamdb(8)'s pipe-separated listing of
// /var/db/spamd (GREY and WHITE entries with their first, pass and expire epochs, a SPAMTRAP
// address with none); OpenSMTPD's `smtpctl show queue` (one envelope a line, pipe-separated, its
// creation, expiry and last-try epochs, a last try of 0, an empty bounce sender `@`); OpenBSD
// httpd with `log syslog` on a host at +01:00 (each access line in /var/log/daemon behind the
// syslog header, the virtual server's name first); `pfctl -t bruteforce -T show -v` on a table with
// counters (an address line, then its `Cleared:` ctime and six counter lines); FreeBSD's
// `ipfw -t show` (the rule number, the counters and each rule's last-match ctime, blank for a rule
// never matched); NetBSD 10's `blocklistctl dump -a` with npf (tab-separated, the address cut to
// fifteen characters, a yyyy/mm/dd time or `never`); illumos' atq (the rank, `Mmm d, yyyy HH:MM`
// and the job's file name, the epoch of the same minute); AIX's atq (`user.epoch.queue` and a date
// with the zone's abbreviation before the year).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`spamd`, `spamdb`, `spamlogd`, `GREY|`, `WHITE|`, `SPAMTRAP`, `TRAPPED|`, `(GREY)`,
// `greytrap`, `spamd-white`, `connected (`, `disconnected after`, `opensmtpd`, `smtpctl`,
// `show queue`, `|inet4|`, `|pending|`, `|mta|`, `mailq`, `smtp connected`, `smtpd[`, `httpd[`,
// `log syslog`, `log style`, ` active), `, `/Nov/2026:`, `pfctl`, `-T show`, `Cleared:`,
// `In/Block`, `In/Match`, `Out/Pass`, `pflog`, `block in on`, `ipfw`, `ipfw -t`, `ipfw show`,
// `check-state`, `keep-state`, `table(port`, `blacklistd`, `blocklistd`, `blacklistctl`,
// `blocklistctl`, `ma:port`, `nfail`, `last access`, `npfctl`, `npflog`, `atq`, `at -l`, `atjobs`,
// `Execution Date`, `root.17`, `CST 2026`, `EST 2026`, `/var/cron/log`, `/var/adm/cron`,
// `Cron Job with pid`, `(root) CMD`, `errpt`, `aix`, `solaris`, `illumos`, `openbsd`, `freebsd`,
// `netbsd`). OpenBSD spamd is in none (the `spamd` of fresh7, fresh41 and fresh55 is
// SpamAssassin's, the other hits are rspamd); spamdb and smtpctl in none (OpenSMTPD's syslog lines
// are in fresh6, fresh64, fresh182 and fresh225, its foreground debug in fresh64; Postfix's,
// sendmail's and Exim's queue listings in fresh23 and fresh55). OpenBSD httpd's access.log file is
// in fresh30 and its error.log in fresh45; the access lines through syslog in none. pf's log
// through tcpdump is in fresh8 and fresh225, pfctl's table listings in none; ipfw's kernel log
// lines are in fresh22, its `show` listing in none. blocklistd's and blacklistd's syslog lines are
// in fresh90, fresh101, fresh124 and fresh287; blocklistctl's dump in none. The cron logs of
// illumos, Solaris and AIX are in fresh30, fresh45 and fresh101; no table holds an at queue
// listing. Left out as measured already: OpenBSD's pflog through tcpdump in its three time forms
// (fresh8, fresh225), OpenNTPD (fresh17, fresh74, fresh142), NSD's and Unbound's log files (fresh2,
// fresh38, fresh64), relayd (fresh13), newsyslog's turnover lines (fresh74, fresh297), Solaris' SMF
// logs and msgid lines (fresh9, fresh30, fresh225, fresh297), AIX's syslogd and errpt (fresh10,
// fresh16, fresh242, fresh297). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The BSD syslog headers have no year (2026); httpd's host is at +01:00, so its
// header's zone-less `08:41:16` is taken as UTC while the access line's `[29/Nov/2026:08:41:16
// +0100]` is 07:41:16Z, and either is accepted. A spamdb entry's time is its first epoch (when the
// tuple or address was first seen), its pass and expire epochs later instants; a SPAMTRAP entry has
// none. An smtpctl envelope's time is its creation epoch; the expiry, the last try (0 when none was
// made) and the seconds in `pending|n` are not. pfctl's and ipfw's ctime and blocklistctl's
// yyyy/mm/dd are local times without a zone on hosts kept in UTC; an ipfw rule never matched and a
// blocklistctl entry showing `never` have no time. illumos' atq date and the epoch naming the job
// are the same minute; AIX's atq writes the epoch in the job's name and the local time with `EST`
// (-05:00), the same instant. No line here carries a level: block, deny, BLACK, a 502 status and
// `Network error` are words of the message. The host is the record's host field: the syslog
// header's name (mx1, www1); httpd's `www.example.org` is a virtual server, spamd's and the
// listings' addresses are peers, a spamd HELO name is the client's, and the AIX job's `root.` is its
// owner. A record that spans lines is one entry: pfctl's address line with its Cleared and counter
// lines. The column headings of blocklistctl and illumos' atq are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d13dd9c before any rule for it: level 71.7 %, time 48.9 %, host 60.6 %, records 66.7 %.
// That is the macro figure (micro: level 74.4 %, time 53.5 %, host 65.1 %, records 69.8 %), in a
// worktree at d13dd9c with no change to trawl's code (only this file and table_test.go's list), 3 of
// 9 families fully right (spamd's daemon log, httpd's access lines through syslog, ipfw -t show);
// the gaps are the epochs inside spamdb's and smtpctl's pipe-separated lines, the rows that open
// with blanks in pfctl's, blocklistctl's and illumos' atq listings (taken as continuations of the
// record before), pfctl's Cleared time on a record's second line, and AIX's job name read as a host.

var fresh324Cases = []worldCase{
	{
		name:   "openbsd-spamd-verbose-greylist-daemon-log",
		source: "OpenBSD spamd(8) run with -v (spamd_flags=\"-v -G 25:4:864\") in greylisting mode, logging to LOG_DAEMON and so to /var/log/daemon: spamd.c's `%s: connected (%d/%d)%s%s` (clients and blacklisted clients, `, lists:` and the list names), the verbose `(%s) %s: %s -> %s` with GREY or BLACK, the DATA header lines `%s: %s` for From:, To: and Subject:, closecon's `%s: disconnected after %lld seconds.%s%s`: OpenBSD libexec/spamd/spamd.c (syslog_r calls) and grey.c",
		why:    "the client's address then a colon opens every message, no host; `(GREY)` and `(BLACK)` are spamd's verdicts, no level; the syslog header's name is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mx1", "Nov 29 07:41:16 mx1 spamd[41822]: 198.51.100.7: connected (4/1)"),
			we("2026-11-29T07:41:19Z", Unknown, "mx1", "Nov 29 07:41:19 mx1 spamd[41822]: (GREY) 198.51.100.7: <alice@example.net> -> <bob@example.org>"),
			we("2026-11-29T07:41:19Z", Unknown, "mx1", "Nov 29 07:41:19 mx1 spamd[41822]: 198.51.100.7: disconnected after 3 seconds."),
			we("2026-11-29T07:41:22Z", Unknown, "mx1", "Nov 29 07:41:22 mx1 spamd[41822]: 192.0.2.77: connected (5/2), lists: nixspam"),
			we("2026-11-29T07:41:30Z", Unknown, "mx1", "Nov 29 07:41:30 mx1 spamd[41822]: (BLACK) 192.0.2.77: <promo@bulk.example> -> <info@example.org>"),
			we("2026-11-29T07:41:34Z", Unknown, "mx1", "Nov 29 07:41:34 mx1 spamd[41822]: 192.0.2.77: Subject: Your invoice 88213 is ready"),
			we("2026-11-29T07:48:01Z", Unknown, "mx1", "Nov 29 07:48:01 mx1 spamd[41822]: 192.0.2.77: disconnected after 399 seconds. lists: nixspam"),
		},
	},
	{
		name:   "openbsd-spamdb-pipe-listing",
		gap:    "trawl reads no time from spamdb's pipe-separated entries: the first-seen epoch after the addresses (`|1795938079|` in `GREY|ip|helo|from|to|first|pass|expire|…`, `|1795930000|` after WHITE's empty fields) is not read, so every GREY and WHITE entry comes out with no time",
		source: "OpenBSD spamdb(8) run with no arguments (print_entry: `GREY|ip|helo|from|to|first|pass|expire|bcount|pcount`, `WHITE|ip|||first|pass|expire|bcount|pcount`, `SPAMTRAP|address`, epochs as %lld; a new greylist entry's pass and expire are first plus the grey expiry, a whitelisted one's expire the scan time plus 36 days): OpenBSD usr.sbin/spamdb/spamdb.c 1.36 and libexec/spamd/grey.c (greyupdate, greyscan)",
		why:    "no stamp, three epochs on a line: the first is when the entry began, pass and expire are later; the HELO name and the addresses are peers; a SPAMTRAP entry carries no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z", Unknown, "", "GREY|198.51.100.7|mail.example.net|<alice@example.net>|<bob@example.org>|1795938079|1795952479|1795952479|1|0"),
			we("2026-11-29T05:26:40Z", Unknown, "", "WHITE|203.0.113.25|||1795930000|1795931690|1799042150|3|0"),
			we("", Unknown, "", "SPAMTRAP|<trap@example.org>"),
			we("2026-11-29T08:00:00Z", Unknown, "", "GREY|198.51.100.61|[198.51.100.61]|<>|<sales@example.org>|1795939200|1795953600|1795953600|1|0"),
			we("2026-11-28T07:30:00Z", Unknown, "", "WHITE|192.0.2.10|||1795851000|1795852610|1799038200|14|9"),
		},
	},
	{
		name:   "opensmtpd-smtpctl-show-queue",
		gap:    "trawl reads no time from smtpctl's pipe-separated envelope lines: the creation epoch in the eighth field (`|1795938076|` after the 16-hex-digit id, the source, agent, flags and three addresses) is not read, so every envelope comes out with no time",
		source: "OpenSMTPD 7.x's `smtpctl show queue` (also what mailq prints), one envelope a line from show_queue_envelope: `%016x|src|agent|flags|sender|rcpt|dest|creation|creation+ttl|lasttry|retry|runstate|errline` with src inet4, inet6 or local, agent mta, mda or bounce, runstate `pending|seconds to the next try` or `inflight|seconds since the last`, the sender written `%s@%s` (a bounce's empty sender as `@`): OpenBSD usr.sbin/smtpd/smtpctl.c 1.176 (show_queue_envelope, do_show_queue)",
		why:    "pipe-separated with a 16-hex-digit envelope id first; the creation epoch is the time, the expiry, the last try (0 for none) and the pending seconds are not; the relay's 452 reply is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "3c1f9a0e8b27d4f1|inet4|mta|auth|alice@example.org|bob@mail.example.net|bob@mail.example.net|1795938076|1796283676|1795938676|3|pending|1184|Network error on destination MXs"),
			we("2026-11-29T07:55:01Z", Unknown, "", "5a0e7c4d19f2b3a8|local|mda||root@mx1.example.org|root@mx1.example.org|kim@mx1.example.org|1795938901|1796284501|0|0|pending|0|"),
			we("2026-11-29T08:15:00Z", Unknown, "", "b7d21e05c4a9f360|local|bounce||@|postmaster@example.org|postmaster@example.org|1795940100|1796285700|1795940160|1|inflight|4|"),
			we("2026-11-29T07:00:00Z", Unknown, "", "e0a4b6c2d8f1937b|inet6|mta||carol@example.org|dave@mx.example.com|dave@mx.example.com|1795935600|1796281200|1795937400|5|pending|1500|452 4.2.2 Mailbox full"),
		},
	},
	{
		name:   "openbsd-httpd-log-syslog-plus-one-hour",
		source: "OpenBSD httpd(8) with `log syslog` in httpd.conf on a host at +01:00: server_sendlog passes each access line to vlog(LOG_INFO) instead of the logger, so syslogd writes it to /var/log/daemon behind its header; the line is server_log_http's common style `%s %s - %s [%s] \"%s %s%s%s%s%s\" %03d %zu` (server name, client, user, strftime `%d/%b/%Y:%H:%M:%S %z` in local time, the request, status, length): OpenBSD usr.sbin/httpd/server.c (server_sendlog, server_log) and server_http.c (server_log_http); httpd.conf(5) `log syslog`",
		why:    "the syslog header's local time has no zone and the access line's bracketed time carries +0100: two versions of one instant; the virtual server's name and the client are no host, the header's name is; a 502 is no level",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16Z", Unknown, "www1", `Nov 29 08:41:16 www1 httpd[61204]: www.example.org 198.51.100.7 - - [29/Nov/2026:08:41:16 +0100] "GET /index.html HTTP/1.1" 200 5120`),
			we("2026-11-29T08:41:17Z|2026-11-29T07:41:17Z", Unknown, "www1", `Nov 29 08:41:17 www1 httpd[61204]: www.example.org 198.51.100.7 - - [29/Nov/2026:08:41:17 +0100] "GET /css/site.css HTTP/1.1" 304 0`),
			we("2026-11-29T08:41:40Z|2026-11-29T07:41:40Z", Unknown, "www1", `Nov 29 08:41:40 www1 httpd[61204]: files.example.org 2001:db8:77::15 - kim [29/Nov/2026:08:41:40 +0100] "GET /private/report.pdf HTTP/1.1" 200 884211`),
			we("2026-11-29T08:42:03Z|2026-11-29T07:42:03Z", Unknown, "www1", `Nov 29 08:42:03 www1 httpd[61204]: www.example.org 203.0.113.50 - - [29/Nov/2026:08:42:03 +0100] "POST /cgi-bin/feedback?lang=en HTTP/1.1" 502 0`),
		},
	},
	{
		name:   "openbsd-pfctl-table-show-verbose-counters",
		gap:    "trawl joins the whole listing into one record with no time: an address line opening with pfctl's three blanks (`   203.0.113.9`) is taken as a continuation of the record before instead of a record's start, and the `\\tCleared:     Sun Nov 29 07:41:16 2026` ctime on a record's second line is not read as its time",
		source: "OpenBSD 7.7's `pfctl -t bruteforce -T show -v` on a table declared `table <bruteforce> persist counters`: print_astats writes print_addrx's `%c %c%s` (three blanks before a plain address, `/len` for a network), then `\\tCleared:     ` and ctime(3) in local time, then for a table with counters `\\t%-12s [ Packets: %-18llu Bytes: %-18llu ]` for In/Block, In/Match, In/Pass, Out/Block, Out/Match, Out/Pass: OpenBSD sbin/pfctl/pfctl_table.c 1.91 (print_astats, print_addrx, stats_text)",
		why:    "one entry is eight lines and its only time is the Cleared ctime on its second line; the address line opening it has none; the counters are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"   198.51.100.7",
				"\tCleared:     Sun Nov 29 07:41:16 2026",
				"\tIn/Block:    [ Packets: 14                 Bytes: 840                ]",
				"\tIn/Match:    [ Packets: 0                  Bytes: 0                  ]",
				"\tIn/Pass:     [ Packets: 0                  Bytes: 0                  ]",
				"\tOut/Block:   [ Packets: 0                  Bytes: 0                  ]",
				"\tOut/Match:   [ Packets: 0                  Bytes: 0                  ]",
				"\tOut/Pass:    [ Packets: 0                  Bytes: 0                  ]"),
			we("2026-11-29T07:12:40Z", Unknown, "",
				"   203.0.113.9",
				"\tCleared:     Sun Nov 29 07:12:40 2026",
				"\tIn/Block:    [ Packets: 212                Bytes: 12720              ]",
				"\tIn/Match:    [ Packets: 0                  Bytes: 0                  ]",
				"\tIn/Pass:     [ Packets: 0                  Bytes: 0                  ]",
				"\tOut/Block:   [ Packets: 0                  Bytes: 0                  ]",
				"\tOut/Match:   [ Packets: 0                  Bytes: 0                  ]",
				"\tOut/Pass:    [ Packets: 0                  Bytes: 0                  ]"),
			we("2026-11-29T06:58:03Z", Unknown, "",
				"   2001:db8:4411::17",
				"\tCleared:     Sun Nov 29 06:58:03 2026",
				"\tIn/Block:    [ Packets: 9                  Bytes: 720                ]",
				"\tIn/Match:    [ Packets: 0                  Bytes: 0                  ]",
				"\tIn/Pass:     [ Packets: 0                  Bytes: 0                  ]",
				"\tOut/Block:   [ Packets: 0                  Bytes: 0                  ]",
				"\tOut/Match:   [ Packets: 0                  Bytes: 0                  ]",
				"\tOut/Pass:    [ Packets: 0                  Bytes: 0                  ]"),
			we("2026-11-28T23:05:00Z", Unknown, "",
				"   192.0.2.0/24",
				"\tCleared:     Sat Nov 28 23:05:00 2026",
				"\tIn/Block:    [ Packets: 1871               Bytes: 101034             ]",
				"\tIn/Match:    [ Packets: 0                  Bytes: 0                  ]",
				"\tIn/Pass:     [ Packets: 0                  Bytes: 0                  ]",
				"\tOut/Block:   [ Packets: 0                  Bytes: 0                  ]",
				"\tOut/Match:   [ Packets: 0                  Bytes: 0                  ]",
				"\tOut/Pass:    [ Packets: 0                  Bytes: 0                  ]"),
		},
	},
	{
		name:   "freebsd-ipfw-t-show-last-match",
		source: "FreeBSD 14's `ipfw -t show` (show_static_rule: `%05u ` rule number, pr_u64's `%*llu ` packet and byte counters at the widest value's width, with -t the last match as ctime(3) without its newline and a blank, or for a rule never matched `%*s` of one blank at ctime's width 24, then the rule's text): freebsd/freebsd-src sbin/ipfw/ipfw2.c (show_static_rule, pr_u64); the rules as rc.firewall and blocklistd-helper's ipfw branch write them",
		why:    "the rule number and two counters come before the ctime; a rule never matched has blanks where the time goes and no time; allow and deny are actions, no level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "00100  8211  1052044 Sun Nov 29 07:41:16 2026 allow ip from any to any via lo0"),
			we("", Unknown, "", "00200     0        0                         deny ip from any to 127.0.0.0/8"),
			we("2026-11-29T07:41:17Z", Unknown, "", "00300 41822 31204410 Sun Nov 29 07:41:17 2026 check-state :default"),
			we("2026-11-29T07:40:58Z", Unknown, "", "00400   612    36720 Sun Nov 29 07:40:58 2026 allow tcp from any to me 22 setup keep-state :default"),
			we("2026-11-29T07:39:44Z", Unknown, "", "02022    17     1020 Sun Nov 29 07:39:44 2026 deny tcp from table(port22) to any dst-port 22"),
			we("2026-11-29T07:41:16Z", Unknown, "", "65535  3307   198420 Sun Nov 29 07:41:16 2026 deny ip from any to any"),
		},
	},
	{
		name:   "netbsd-blocklistctl-dump-all-npf",
		gap:    "trawl takes a row whose right-aligned address opens with blanks (`   198.51.100.7/32:22\\t1f\\t3/3\\t2026/11/29 07:41:16`) as a continuation: the three such rows are joined to the heading and the `never` row to the IPv6 row before it, so those rows' yyyy/mm/dd times are lost; only the row whose cut IPv6 address fills the column from its first character is read as a record of its own",
		source: "NetBSD 10's `blocklistctl dump -a` with npf: the heading `%*.*s/ma:port\\tid\\tnfail\\t%s` (address at width 15), then per entry `%15.15s/%s:%s\\t` (the address right-aligned and cut to fifteen characters without -w), the rule id npfctl's `OK %x` left after blocklistd strips `OK ` (empty for an embryonic entry), `count/nfail`, and fmttime's `%Y/%m/%d %H:%M:%S` in local time, or `never` when the entry's duration is -1: freebsd/freebsd-src contrib/blocklist/bin/blacklistctl.c 1.23 and blocklistctl.c, support.c (fmttime), run.c (run_change) and libexec/blocklistd-helper (npf add); NetBSD blocklistctl(8)",
		why:    "tab-separated columns with a right-aligned address first; the slashed date without a zone is the last access; an IPv6 address cut at fifteen characters and a mask and port after it are no time; `never` is no time; no level, no host",
		entries: []worldEntry{
			wskip("        address/ma:port\tid\tnfail\tlast access"),
			we("2026-11-29T07:41:16Z", Unknown, "", "   198.51.100.7/32:22\t1f\t3/3\t2026/11/29 07:41:16"),
			we("2026-11-29T07:29:51Z", Unknown, "", "    203.0.113.9/32:22\t22\t5/3\t2026/11/29 07:29:51"),
			we("2026-11-29T07:52:08Z", Unknown, "", "    192.0.2.144/32:587\t\t1/3\t2026/11/29 07:52:08"),
			we("2026-11-29T06:58:03Z", Unknown, "", "2001:db8:77:4a1/64:22\t23\t3/3\t2026/11/29 06:58:03"),
			we("", Unknown, "", "      192.0.2.0/24:22\t2b\t4/3\tnever"),
		},
	},
	{
		name:   "illumos-atq-ranked-queue",
		source: "illumos' atq(1) as root (printqueue's heading, then per job printrank's `%3d%-5s`, printdate's `%3s %2d, %4d %02d:%02d` padded by `%-21.18s` in local time, `%-10s ` owner, `%-14s ` the spool file's name `epoch.queue`, `  %c` the queue and five blanks before the job name from the spool file's `: jobname:` line; ranks restart for each queue): illumos-gate usr/src/cmd/cron/atq.c",
		why:    "a rank before a `Nov 29, 2026 13:00` date with a comma; the job's file name is the epoch of the same minute; a later `Dec  1` pads the day; no level, no host",
		entries: []worldEntry{
			wskip(" Rank\t  Execution Date     Owner      Job            Queue   Job Name"),
			we("2026-11-29T13:00:00Z", Unknown, "", "  1st   Nov 29, 2026 13:00   root       1795957200.a     a     stdin"),
			we("2026-11-29T22:30:00Z", Unknown, "", "  2nd   Nov 29, 2026 22:30   oper       1795991400.a     a     rotate-logs.sh"),
			we("2026-12-01T03:15:00Z", Unknown, "", "  3rd   Dec  1, 2026 03:15   root       1796094900.a     a     zfs-scrub"),
			we("2026-11-29T11:58:00Z", Unknown, "", "  1st   Nov 29, 2026 11:58   oper       1795953480.b     b     stdin"),
		},
	},
	{
		name:   "aix-atq-user-epoch-zone",
		source: "AIX 7's atq (at -l) as root on a host in America/New_York: per job the spool file's name `user.epoch.queue` from /var/spool/cron/atjobs, a tab, and the run time as `Www Mmm dd HH:MM:SS ZZZ yyyy`: unixcook.com old-unix-docs/aix-test/exam (an AIX certification guide, chapter 14 'The cron Daemon and crontab') (`root.915213600.a        Fri Jan  1 12:00:00 CST 1999`); AIX at command reference (at -l); the tab from memory",
		why:    "the owner and the epoch in the job's name, then a ctime-like date with EST between the clock and the year: the same instant; the user before the dot is no host; no level",
		entries: []worldEntry{
			we("2026-11-29T09:00:00Z", Unknown, "", "root.1795942800.a\tSun Nov 29 04:00:00 EST 2026"),
			we("2026-11-29T13:00:00Z", Unknown, "", "root.1795957200.a\tSun Nov 29 08:00:00 EST 2026"),
			we("2026-11-29T19:00:00Z", Unknown, "", "oracle.1795978800.a\tSun Nov 29 14:00:00 EST 2026"),
			we("2026-11-30T11:00:00Z", Unknown, "", "backup.1796036400.a\tMon Nov 30 06:00:00 EST 2026"),
		},
	},
}

func TestFresh324Formats(t *testing.T) { assertTable(t, fresh324Cases) }
func TestFresh324Score(t *testing.T) {
	checkScore(t, "fresh324 formats", fresh324Cases, [worldNumFields]float64{82.7, 59.9, 82.7, 77.7})
}
