package parse

import "testing"

// The four-hundred-and-seventeenth fresh table, written on 2026-12-06: syslog test vectors, an
// eighteenth pass: senders, relays and stores whose syslog shapes no earlier table holds. Each
// family is one daemon's output in one stored shape: OpenBSD's authpf in a BSD file (`allowing
// addr, user u`, `removed addr, user u - duration N seconds`); am-utils' amd writing its own log
// file with its syslog-mimicking header (`Mmm dd HH:MM:SS host amd[pid]/info:  msg`, the severity
// after a slash, and its own `last message repeated N times`); INN's nnrpd in news.notice (every
// line opening with the reader's host name and address, a client); FreeBSD's bthidd in a
// /var/log/messages written by syslogd -O rfc5424 (a +01:00 offset, Bluetooth addresses in the
// message); FreeBSD's hcsecd run with -d (LOG_PERROR's untimed `hcsecd[pid]: msg` on stderr);
// illumos' in.ndpd through the Solaris syslogd (`[ID n daemon.sev]`, IPv6 addresses and prefixes);
// OpenBSD's ldapd with -v under syslogd -Z (ISO UTC stamps with milliseconds); htpdate read with
// `journalctl -o short-iso` (a `+0100` offset without a colon, a local `%c` time in the message).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`authpf`, `allowing`, `duration`, `am-utils`, `amd[`, `]/info`,
// `]/warn`, `nnrpd`, `innd`, `times user`, `exit articles`, `bthidd`, `outbound session`,
// `hcsecd`, `Link_Key_Request`, `in.ndpd`, `ndpd`, `ldapd`, `accepted connection from`,
// `htpdate`, `Adjusting`, `pwrstatd`, `openhpid`, `openrdate`, `xntpd`, `slowcgi`, `automountd`,
// `altqd`, `wsmoused`, `moused`, `sdpd`, `rad[`, `devd[`, `snmpd[`, `lpd[`, `ftpd[`, and, dropped
// as held already: `socklog`, `svlogd`, `metalog`, `busybox syslogd`, `logread`,
// `RSYSLOG_DebugFormat`, `kiwi`, `nxlog`, `msyslog`, `sysklogd`, `loggen`, `tcpflood`, `sagan`,
// `arcao`, `tasmota`, `logspout`, `logentries`, `winston-syslog`, `srslog`, `syslog4j`,
// `Serilog.Sinks.Syslog`, `NLog.Targets.Syslog`, `fluent-bit`, `logplex`, `loggregator`,
// `portsentry`, `knockd`, `fwknop`, `mgetty`, `smsd`, `lircd`, `hddtemp`, `ypserv`, `innd`
// (fresh101, as one line), `identd`, `hotplugd`, `spamlogd`, `rpki-client`, `acme-client`, `iked`,
// `npfd`, `in.routed`, `SUNW-MSG-ID`). The Solaris `[ID n fac.sev]` header is in earlier tables
// with named and other daemons; in.ndpd is in none. OpenBSD's base daemons are in many tables;
// authpf and ldapd are in none. FreeBSD's syslogd -O rfc5424 is in fresh67, fresh225 and fresh409
// with other senders; bthidd and hcsecd are in none, nor is am-utils' own log file, nor nnrpd, nor
// htpdate. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The BSD header's and amd's yearless times are in 2026 and taken as UTC;
// bthidd's RFC 5424 time is converted from +01:00 and htpdate's journal time from +0100; syslogd
// -Z's time is UTC already; hcsecd's stderr lines carry no time. htpdate's `Set time:` carries the
// new local time in `%c`, which is not the record's time (the journal's is). Levels only where the
// line marks one: amd's `/info:`, `/warn:`, `/error:` after the pid, the RFC 5424 PRI of the bthidd
// lines (daemon.notice 29, daemon.err 27, daemon.crit 26), the `daemon.sev` of Solaris' `[ID]`; the
// BSD files, syslogd -Z's file, short-iso and hcsecd's stderr store no severity, and words in the
// messages (`abnormally`, `rejected`, `failed`, `doesn't exist`) are message text. The host is the
// header's host: amd's own hostname field; the reader's host and address that open every nnrpd
// line, authpf's and ldapd's client addresses, the Bluetooth addresses and the routers' link-local
// addresses are not hosts.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit a5d732f before any rule for it: level 87.5 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 84.2 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at a5d732f with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is am-utils' amd log file: the severity after `amd[pid]/` is not
// read as the level.

var fresh417Cases = []worldCase{
	{
		name:   "openbsd-authpf-bsd-file-session-lines",
		source: "OpenBSD's authpf(8) through syslogd into a BSD file (`Mmm dd HH:MM:SS host authpf[pid]: msg`; authpf.c's syslog(LOG_INFO, \"allowing %s, user %s\"), syslog(LOG_INFO, \"removed %s, user %s - duration %ld seconds\") and syslog(LOG_ERR, \"pfctl exited abnormally\")): OpenBSD src usr.sbin/authpf/authpf.c (rev. 1.130, and the FreeBSD and DragonFly copies) found with the code search; the file's header as syslogd writes it",
		why:    "the user's address after `allowing` is a client, no host; `duration 3642 seconds` is no time; `abnormally` is no level; the BSD file stores no severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gw-lab", "Nov 29 07:41:16 gw-lab authpf[40211]: allowing 10.8.0.23, user nora"),
			we("2026-11-29T07:44:02Z", Unknown, "gw-lab", "Nov 29 07:44:02 gw-lab authpf[40388]: allowing 10.8.0.41, user tomasz"),
			we("2026-11-29T08:41:58Z", Unknown, "gw-lab", "Nov 29 08:41:58 gw-lab authpf[40211]: removed 10.8.0.23, user nora - duration 3642 seconds"),
			we("2026-11-29T08:42:10Z", Unknown, "gw-lab", "Nov 29 08:42:10 gw-lab authpf[40390]: pfctl exited abnormally"),
			we("2026-11-29T09:02:37Z", Unknown, "gw-lab", "Nov 29 09:02:37 gw-lab authpf[40388]: removed 10.8.0.41, user tomasz - duration 4715 seconds"),
		},
	},
	{
		name:   "amutils-amd-own-logfile-slash-severity",
		gap:    "trawl reads amd's time and host but no level: the severity written after the pid with a slash (`amd[2214]/info:`, `/warn:`, `/error:`) is not read, so every line is unknown",
		source: "am-utils' amd with `log_file = /var/log/amd.log` (libamu/xutil.c's show_time_host_and_name: fprintf(\"%15.15s%s %s %s[%ld]/%s \", ctime+4, nsecs, hostname, progname, pid, sev) with sev \"info: \", \"warn: \", \"error:\", \"fatal:\"; real_plog's own `last message repeated %d times` under the last level's header; the messages \"switched to logfile\", \"released controlling tty using setsid()\", \"option \\\"%s\\\" not recognized\", \"Finishing with status %d\"): am-utils libamu/xutil.c (the FreeBSD contrib/amd copy) found with the code search",
		why:    "a syslog-like header written by the daemon itself: the severity after `amd[pid]/`, padded so info and warn leave two blanks; the hostname field is the host; the repeat line carries the last level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "nfsgw", `Nov 29 07:41:16 nfsgw amd[2214]/info:  switched to logfile "/var/log/amd.log"`),
			we("2026-11-29T07:41:16Z", Info, "nfsgw", "Nov 29 07:41:16 nfsgw amd[2214]/info:  released controlling tty using setsid()"),
			we("2026-11-29T07:52:40Z", Error, "nfsgw", `Nov 29 07:52:40 nfsgw amd[2214]/error: option "hrtim" not recognized`),
			we("2026-11-29T07:52:58Z", Error, "nfsgw", "Nov 29 07:52:58 nfsgw amd[2214]/error: last message repeated 3 times"),
			we("2026-11-29T07:53:11Z", Warn, "nfsgw", "Nov 29 07:53:11 nfsgw amd[2214]/warn:  Could not open /dev/null for rw: Permission denied"),
			we("2026-11-29T08:10:45Z", Info, "nfsgw", "Nov 29 08:10:45 nfsgw amd[2214]/info:  Finishing with status 0"),
		},
	},
	{
		name:   "inn-nnrpd-news-notice-reader-first",
		source: "INN's nnrpd through syslog into news.notice (`Mmm dd HH:MM:SS host nnrpd[pid]: reader-host msg`; nnrpd.c's ExitWithStats: L_NOTICE \"%s exit articles %ld groups %ld\", \"%s posts received %ld rejected %ld\", \"%s times user %.3f system %.3f idle %.3f elapsed %.3f\" with the client's host first): InterNetNews inn nnrpd/nnrpd.c (2.x) found with the code search; the `connect - port` and `group` lines from memory",
		why:    "every message opens with the reader's host name and address, a client, not the host; the CPU times and counts are no times; `rejected` is no level; the BSD file stores no severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "news1", "Nov 29 07:41:16 news1 nnrpd[4411]: reader7.example.net (10.20.4.7) connect - port 119"),
			we("2026-11-29T07:41:17Z", Unknown, "news1", "Nov 29 07:41:17 news1 nnrpd[4411]: reader7.example.net group comp.lang.go 12"),
			we("2026-11-29T07:41:58Z", Unknown, "news1", "Nov 29 07:41:58 news1 nnrpd[4411]: reader7.example.net exit articles 12 groups 3"),
			we("2026-11-29T07:41:58Z", Unknown, "news1", "Nov 29 07:41:58 news1 nnrpd[4411]: reader7.example.net posts received 1 rejected 0"),
			we("2026-11-29T07:41:58Z", Unknown, "news1", "Nov 29 07:41:58 news1 nnrpd[4411]: reader7.example.net times user 0.012 system 0.008 idle 41.220 elapsed 41.873"),
		},
	},
	{
		name:   "freebsd-bthidd-rfc5424-bdaddr",
		source: "FreeBSD's bthidd in /var/log/messages written by syslogd -O rfc5424 (`<PRI>1 time+01:00 host bthidd pid - - msg`; client.c's syslog(LOG_NOTICE, \"Opening outbound session for %s (new_device=%d, reconnect_initiate=%d)\"), LOG_CRIT \"Could not create outbound session for %s\", LOG_ERR \"Could not connect to %s. %s (%d)\"): FreeBSD usr.sbin/bluetooth/bthidd/client.c found with the code search; the daemon facility from memory",
		why:    "the PRI's severity is the level (29 notice, 27 err, 26 crit); the time converts from +01:00; the colon-separated Bluetooth address is no time and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Notice, "beastie", "<29>1 2026-11-29T08:41:16.204811+01:00 beastie bthidd 812 - - Opening outbound session for 00:1b:dc:0f:22:e4 (new_device=1, reconnect_initiate=1)"),
			we("2026-11-29T07:41:21.530077Z", Error, "beastie", "<27>1 2026-11-29T08:41:21.530077+01:00 beastie bthidd 812 - - Could not connect to 00:1b:dc:0f:22:e4. Host is down (64)"),
			we("2026-11-29T07:43:02.11894Z", Notice, "beastie", "<29>1 2026-11-29T08:43:02.118940+01:00 beastie bthidd 812 - - Opening outbound session for 00:1b:dc:0f:22:e4 (new_device=0, reconnect_initiate=0)"),
			we("2026-11-29T07:43:02.119301Z", Critical, "beastie", "<26>1 2026-11-29T08:43:02.119301+01:00 beastie bthidd 812 - - Could not create outbound session for 00:1b:dc:0f:22:e4"),
		},
	},
	{
		name:   "freebsd-hcsecd-foreground-perror",
		source: "FreeBSD's hcsecd run with -d (openlog with LOG_PERROR: each syslog() line copied to stderr as `hcsecd[pid]: msg`, no time and no host; hcsecd.c's LOG_DEBUG \"Got Link_Key_Request event from '%s', remote bdaddr %s\", \"Found matching entry, remote bdaddr %s, name '%s', link key %s\", \"Sending Link_Key_Negative_Reply to '%s' for remote bdaddr %s\"): FreeBSD usr.sbin/bluetooth/hcsecd/hcsecd.c and the FreeBSD Handbook's Bluetooth chapter (the hcsecd output sample) found with the code search; the PIN_Code lines from memory",
		why:    "no time, no level and no host anywhere; the Bluetooth address's colon pairs are no time of day; the node name in quotes is no host",
		entries: []worldEntry{
			we("", Unknown, "", "hcsecd[1187]: Got Link_Key_Request event from 'ubt0hci', remote bdaddr 00:1b:dc:0f:22:e4"),
			we("", Unknown, "", "hcsecd[1187]: Found matching entry, remote bdaddr 00:1b:dc:0f:22:e4, name 'Desk keyboard', link key doesn't exist"),
			we("", Unknown, "", "hcsecd[1187]: Sending Link_Key_Negative_Reply to 'ubt0hci' for remote bdaddr 00:1b:dc:0f:22:e4"),
			we("", Unknown, "", "hcsecd[1187]: Got PIN_Code_Request event from 'ubt0hci', remote bdaddr 00:1b:dc:0f:22:e4"),
			we("", Unknown, "", "hcsecd[1187]: Sending PIN_Code_Reply to 'ubt0hci' for remote bdaddr 00:1b:dc:0f:22:e4"),
		},
	},
	{
		name:   "illumos-in-ndpd-msgid-daemon-severity",
		source: "illumos' in.ndpd through the Solaris syslogd into /var/adm/messages (`Mmm dd HH:MM:SS host in.ndpd[pid]: [ID n daemon.sev] msg`): Oracle's System Administration Guide: IP Services, 'in.ndpd Daemon, for Neighbor Discovery' (the daemon and its options); the message texts and ids from memory",
		why:    "the `daemon.warning` inside the [ID] bracket is the level; IPv6 addresses and prefixes with their colons are no times; the routers' link-local addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "omni-r1", "Nov 29 07:41:16 omni-r1 in.ndpd[412]: [ID 886215 daemon.notice] Interface net1 has been removed from kernel. in.ndpd will no longer use it"),
			we("2026-11-29T07:41:19Z", Warn, "omni-r1", "Nov 29 07:41:19 omni-r1 in.ndpd[412]: [ID 202476 daemon.warning] Router fe80::5a8a:5aff:fe12:3401 on net0 advertised prefix 2001:db8:40::/64 with valid lifetime 86400, ours 2592000"),
			we("2026-11-29T07:41:19Z", Error, "omni-r1", "Nov 29 07:41:19 omni-r1 in.ndpd[412]: [ID 137902 daemon.error] incoming_ra: unknown option 38 from fe80::5a8a:5aff:fe12:3401 on net0"),
			we("2026-11-29T07:52:03Z", Warn, "omni-r1", "Nov 29 07:52:03 omni-r1 in.ndpd[412]: [ID 202476 daemon.warning] Router fe80::5a8a:5aff:fe12:3402 on net0 advertised prefix 2001:db8:40::/64 with valid lifetime 0, ours 2592000"),
		},
	},
	{
		name:   "openbsd-ldapd-verbose-syslogd-z",
		source: "OpenBSD's ldapd(8) with -v under syslogd -Z (`yyyy-mm-ddTHH:MM:SS.mmmZ host ldapd[pid]: msg`; conn.c's log_debug(\"accepted connection from %s on fd %d\") and log_debug(\"accepted local connection by uid %d\")): OpenBSD src usr.sbin/ldapd/conn.c found with the code search; syslogd -Z's stamp, `startup` and the bind and close lines from memory",
		why:    "an ISO UTC stamp with milliseconds first, then the host; the client address and the fd number are no host and no time; `failed` is no level; the file stores no severity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "ldap1", "2026-11-29T07:41:16.204Z ldap1 ldapd[7712]: startup"),
			we("2026-11-29T07:41:22.871Z", Unknown, "ldap1", "2026-11-29T07:41:22.871Z ldap1 ldapd[7712]: accepted connection from 10.20.0.14 on fd 12"),
			we("2026-11-29T07:41:22.905Z", Unknown, "ldap1", "2026-11-29T07:41:22.905Z ldap1 ldapd[7712]: failed to bind cn=backup,dc=lab,dc=example: invalid credentials"),
			we("2026-11-29T07:41:23.010Z", Unknown, "ldap1", "2026-11-29T07:41:23.010Z ldap1 ldapd[7712]: accepted local connection by uid 0"),
			we("2026-11-29T07:41:23.114Z", Unknown, "ldap1", "2026-11-29T07:41:23.114Z ldap1 ldapd[7712]: closing connection 12"),
		},
	},
	{
		name:   "htpdate-journal-short-iso-offset",
		source: "htpdate 1.3 run as a daemon (-D) and read with `journalctl -u htpdate -o short-iso` (`yyyy-mm-ddTHH:MM:SS+hhmm host htpdate[pid]: msg`; htpdate.c's printlog(0, \"Adjusting %.3f seconds\"), printlog(0, \"Setting %.3f seconds\"), printlog(0, \"Set time: %s\") with strftime's %c of the new local time): angeloc/htpdate htpdate.c found with the code search; short-iso's `+0100` from memory",
		why:    "the offset has no colon; the `%c` time in the Set time line is the new local clock, not the record's time; the offsets in seconds are no times; no level in short-iso",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "pi4", "2026-11-29T08:41:16+0100 pi4 htpdate[611]: Adjusting 0.214 seconds"),
			we("2026-11-29T08:12:40Z", Unknown, "pi4", "2026-11-29T09:12:40+0100 pi4 htpdate[611]: Setting 1.871 seconds"),
			we("2026-11-29T08:12:40Z", Unknown, "pi4", "2026-11-29T09:12:40+0100 pi4 htpdate[611]: Set time: Sun Nov 29 09:12:41 2026"),
			we("2026-11-29T08:43:05Z", Unknown, "pi4", "2026-11-29T09:43:05+0100 pi4 htpdate[611]: Adjusting -0.107 seconds"),
		},
	},
}

func TestFresh417Formats(t *testing.T) { assertTable(t, fresh417Cases) }
func TestFresh417Score(t *testing.T) {
	checkScore(t, "fresh417 formats", fresh417Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 99.9})
}
