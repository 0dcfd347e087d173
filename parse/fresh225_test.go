package parse

import "testing"

// The two-hundred-and-twenty-fifth fresh table, written on 2026-12-05: macOS, the BSDs and the
// other Unixes as their admins read them in 2025-2026, shapes no earlier table holds. Each family is
// one product's documented or observed output: macOS `log show` in its default style behind the
// `Skipping info and debug messages` notice, with a local offset west of UTC and a message that runs
// onto further lines; OpenBSD's `tcpdump -n -e -ttt -r /var/log/pflog` (OpenBSD's -ttt prints the
// day and month, and pf's `rule N/(match)` and anchor rules); the same command on FreeBSD, where
// -ttt prints the delta from the line before (no time of day at all); FreeBSD 14 syslogd -O rfc5424
// writing a file (the priority kept, microseconds and a colon offset); Solaris 11's per-service SMF
// log with the year in its `[ yyyy Mmm dd … ]` brackets and the method's output between them;
// illumos `fmdump -eV` ereport detail (a year and nanoseconds, then an indented nvlist, one record);
// the Solaris console under `boot -m verbose` (`Mmm dd HH:MM:SS/N:` with an SMF sequence number,
// the `[ fmri starting (…) ]` lines, an ERROR whose method line follows); PowerHA SystemMirror's
// /var/hacmp/adm/cluster.log (AIX's facility:priority after the host).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`log show`, `log stream`, `style syslog`, `style compact`, `Thread     Type`,
// `Skipping info`, `Log      - Default`, `Filtering the log data`, `Ty Process`, `Signpost`,
// `install.log`, `installd`, `wifi.log`, `launchd`, `jamf`, `sysadminctl`, `softwareupdate`,
// `mdmclient`, `rfc5424`, `FreeBSD`, `OpenBSD`, `NetBSD`, `authlog`, `sshd-session`, `doas`,
// `pflog`, `pflogd`, `tcpdump`, `tcpdump -n -e`, `(match)`, `rule 1/(match)`, `anchor`,
// `00:00:00.0`, `filterlog`, `OPNsense`, `pfSense`, `sequenceId`, `illumos`, `Solaris`, `smf`,
// `svc.startd`, `Executing start method`, `[ 2026 Nov`, `fmdump`, `fmdump -e`, `nvlist version`,
// `ereport`, `errpt`, `AIX`, `LABEL:`, `Date/Time:`, `hacmp`, `EVENT START`,
// `PowerHA SystemMirror for AIX`, `caa:`, `praudit`, `smtp connected`, `fprintlog`). macOS' log show
// default style is in fresh3, fresh119, fresh129 (with the column header and the closing counts):
// the `Skipping info and debug messages` notice, a west-of-UTC offset and a message continued on
// further lines are in none. pf logs are in fresh8 as `tcpdump -tttt` (a full date) and NetBSD's
// npflog in another: OpenBSD's month-day -ttt and anchor rules and FreeBSD's delta -ttt are in none.
// FreeBSD's -O rfc5424 is in fresh144 as a forwarded datagram; the file syslogd writes (kernel with
// a nil procid, an offset with a colon) is in none. The SMF service log is in fresh30 without a
// year; Solaris 11's year form and the method's own output are in none. fmdump is in fresh30 and
// fresh45 as the fault log summary; -eV ereport detail is in none. The `boot -m verbose` console is
// in none. PowerHA is in fresh45 as hacmp.out; cluster.log is in none. Left out as measured already:
// install.log, wifi.log, launchd.log, log show json/ndjson/compact/syslog styles, filterlog CSV in
// every form found, OpenBSD's authlog and messages, errpt -a. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). log show's offset (-0800) and FreeBSD's (+01:00) are converted; the times of
// tcpdump, fmdump, SMF and the console are local times without a zone, taken as UTC. FreeBSD's
// tcpdump -ttt prints only the time since the line before, which is no time of the record's own, so
// those records have none; the SMF `[ … starting … ]` console lines and a method's output have none
// either. Levels only where the line marks one: log show's Type column (Default is Notice, Error,
// Fault Critical), the RFC 5424 priority, cluster.log's user:notice, the console's `ERROR:` marker
// from svc.startd; pf logs, SMF logs and fmdump have none (block and pass are actions, an ereport a
// class). The host is the record's host field: the RFC 5424 hostname and cluster.log's node; an
// interface (`on em0`), an address in a packet, a detector's device path or a pool are not hosts,
// and log show, tcpdump, fmdump and SMF logs have no host. A record that spans lines is one entry:
// a log show message continued, an fmdump -eV ereport with its nvlist, the console's ERROR with its
// `Method … failed` line and svc.startd's two-line console copy.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit ec8f310 before any rule for it: level 83.6 %, time 96.1 %, host 96.1 %, records 92.3 %.
// That is the macro figure (micro: level 82.1 %, time 94.9 %, host 94.9 %, records 89.7 %), in a
// worktree at ec8f310 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are log show's Type column, an SMF method's output line and the
// console's misconfigured line.

var fresh225Cases = []worldCase{
	{
		name:   "macos-log-show-skipping-info-west-offset",
		source: "macOS 15 `log show --last 30m --predicate 'process == \"mDNSResponder\"'` in the default style (the filter notice, `Skipping info and debug messages, pass --info and/or --debug to include.`, the `Timestamp Thread Type Activity PID TTL` header, rows with a local offset): log(1) man page (--style default, --info, --debug); the header and row layout as in fresh129's macOS cases; the skipping notice and a message's continuation lines printed raw, from memory",
		why:    "two notice lines and a column header before the first row; an offset of -0800 moves the day; Default, Error and Fault in the Type column; an error message whose text runs onto two further lines is one record",
		entries: []worldEntry{
			wskip(`Filtering the log data using "process == "mDNSResponder""`,
				"Skipping info and debug messages, pass --info and/or --debug to include.",
				"Timestamp                       Thread     Type        Activity             PID    TTL  "),
			we("2026-11-29T07:41:16.204518Z", Notice, "", "2026-11-28 23:41:16.204518-0800 0x2f41c    Default     0x0                  412    0    mDNSResponder: [com.apple.mDNSResponder:Default] [R48211] DNSServiceQueryRecord START -- qname: <mask.hash: 'k2Vd1Q=='>, qtype: AAAA, flags: 0x15000, interface index: 0, client pid: 4120 (Safari)"),
			we("2026-11-29T07:41:16.391022Z", Notice, "", "2026-11-28 23:41:16.391022-0800 0x2f41c    Default     0x0                  412    0    mDNSResponder: [com.apple.mDNSResponder:Default] [R48211->Q30712] Question for <mask.hash: 'k2Vd1Q=='> (AAAA) assigned DNS service 61"),
			we("2026-11-29T07:41:17.008113Z", Error, "",
				"2026-11-28 23:41:17.008113-0800 0x2f44a    Error       0x0                  412    0    mDNSResponder: [com.apple.mDNSResponder:Default] [Q30712] Query failed with error -65554:",
				"    server: 10.0.8.53:53",
				"    reason: no response after 3 attempts"),
			we("2026-11-29T07:41:18.770540Z", Critical, "", "2026-11-28 23:41:18.770540-0800 0x2f44a    Fault       0x0                  412    0    mDNSResponder: [com.apple.mDNSResponder:Default] mDNS_Execute: ResponseRecords list corrupt, resetting cache"),
			we("2026-11-29T07:41:21.102931Z", Notice, "", "2026-11-28 23:41:21.102931-0800 0x2f41c    Default     0x0                  412    0    mDNSResponder: [com.apple.mDNSResponder:Default] [R48211] DNSServiceQueryRecord STOP -- qname: <mask.hash: 'k2Vd1Q=='>, qtype: AAAA, duration: 4.898s"),
		},
	},
	{
		name:   "openbsd-pflog-tcpdump-ttt-month-day",
		source: "OpenBSD 7.x `tcpdump -n -e -ttt -r /var/log/pflog` (OpenBSD's tcpdump -ttt prints the day and month with microseconds; pf's header `rule N/(match) action dir on if:` and `rule N.anchor.M/(match)` for an anchored rule): pflogd(8) and pflog(4) (`tcpdump -n -e -ttt -r /var/log/pflog`, `tcpdump -n -e -ttt -i pflog0`); OpenBSD tcpdump(8) -ttt and the packet layout, from memory",
		why:    "a year-less month-day time with microseconds and no host; pf's rule, an anchored rule and block/pass are no level; the interface after `on` is not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Unknown, "", "Nov 29 07:41:16.204518 rule 2/(match) block in on em0: 203.0.113.41.53122 > 10.0.2.15.22: S 1829455001:1829455001(0) win 65535 <mss 1460,nop,wscale 6,sackOK,timestamp 991204 0> (DF)"),
			we("2026-11-29T07:41:16.880041Z", Unknown, "", "Nov 29 07:41:16.880041 rule 11/(match) pass out on em1: 10.0.2.15.38817 > 192.0.2.53.53: 4471+ A? cdn.example.org.(33) (DF)"),
			we("2026-11-29T07:41:19.002377Z", Unknown, "", "Nov 29 07:41:19.002377 rule 1.relayd.0/(match) pass in on em0: 203.0.113.9.40112 > 10.0.2.20.443: S 771204113:771204113(0) win 64240 <mss 1460,sackOK,timestamp 4120 0,nop,wscale 7> (DF)"),
			we("2026-11-29T07:41:23.511902Z", Unknown, "", "Nov 29 07:41:23.511902 rule 5/(match) block in on em0: 192.0.2.77 > 10.0.2.15: icmp: echo request (id:0cee seq:0) [icmp cksum ok] (ttl 52, id 4120, len 84)"),
		},
	},
	{
		name:   "freebsd-pflog-tcpdump-ttt-delta",
		source: "FreeBSD 14 `tcpdump -n -e -ttt -r /var/log/pflog` (tcpdump.org's -ttt: the delta from the previous line as hh:mm:ss.uuuuuu, the first line 00:00:00.000000; pf's `rule N/M(match): action dir on if:`): tcpdump(1) -ttt on tcpdump.org and FreeBSD; pflogd(8) display example; the rule header as in fresh8's pflog-tcpdump",
		why:    "the leading clock is a delta from the line before, not a time of day: the records have no time of their own; no level, no host",
		entries: []worldEntry{
			we("", Unknown, "", "00:00:00.000000 rule 4/0(match): block in on vtnet0: 203.0.113.41.53122 > 10.0.2.15.22: Flags [S], seq 1829455001, win 65535, options [mss 1460,nop,wscale 6,sackOK,TS val 991204 ecr 0], length 0"),
			we("", Unknown, "", "00:00:02.517204 rule 4/0(match): block in on vtnet0: 203.0.113.41.53122 > 10.0.2.15.22: Flags [S], seq 1829455001, win 65535, options [mss 1460,nop,wscale 6,sackOK,TS val 993721 ecr 0], length 0"),
			we("", Unknown, "", "00:00:00.000311 rule 9/0(match): pass out on vtnet0: 10.0.2.15.38817 > 192.0.2.53.53: 4471+ A? pkg.example.org. (33)"),
			we("", Unknown, "", "00:01:14.880452 rule 2/0(match): block in on vtnet1: 192.0.2.77 > 10.0.2.15: ICMP echo request, id 3310, seq 0, length 64"),
		},
	},
	{
		name:   "freebsd14-syslogd-O-rfc5424-file",
		source: "FreeBSD 14 syslogd -O rfc5424 writing /var/log/messages and auth.log (fprintlog_rfc5424: `<pri>1 `, strftime %FT%T.uuuuuu%z with a colon put into the offset, hostname, app-name, procid, msgid and structured data as `-` when empty): freebsd-src usr.sbin/syslogd/syslogd.c fprintlog_rfc5424; syslogd(8) -O",
		why:    "the priority is kept in the file; a +01:00 offset with microseconds; the kernel has a nil procid; the host is the fourth field, the client address in sshd's message is not",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Info, "fbsd14", "<38>1 2026-11-29T08:41:16.204518+01:00 fbsd14 sshd 4120 - - Accepted publickey for alice from 10.0.8.31 port 51544 ssh2: ED25519 SHA256:3q0Vd1Qk2Vd1QZxYw9Lr4T7pB2mN8sJ5aC1eH6uF0gE"),
			we("2026-11-29T07:41:17.011902Z", Error, "fbsd14", "<3>1 2026-11-29T08:41:17.011902+01:00 fbsd14 kernel - - - pid 5512 (node), jid 0, uid 1001: exited on signal 11 (core dumped)"),
			we("2026-11-29T07:41:18.300017Z", Notice, "fbsd14", "<13>1 2026-11-29T08:41:18.300017+01:00 fbsd14 alice 5530 - - zfs scrub of tank finished by hand"),
			we("2026-11-29T07:41:19.480113Z", Warn, "fbsd14", "<28>1 2026-11-29T08:41:19.480113+01:00 fbsd14 ntpd 811 - - leapsecond file ('/var/db/ntpd.leap-seconds.list'): will expire in less than 9 days"),
			we("2026-11-29T07:41:20.000551Z", Info, "fbsd14", "<30>1 2026-11-29T08:41:20.000551+01:00 fbsd14 devd 602 - - Executing '/etc/rc.d/dhclient quietstart em0'"),
		},
	},
	{
		name:   "solaris11-smf-service-log-with-year",
		source: "Oracle Solaris 11.4 per-instance SMF log /var/svc/log/<fmri>.log written by svc.startd (`[ yyyy Mmm dd HH:MM:SS msg ]`, the year added after Solaris 10, with the start method's own stdout and stderr between the bracketed lines): Oracle Solaris 11.4 'Booting and Shutting Down' (boot information in /var/svc/log); svc.startd(1M); the year form from memory",
		why:    "a year before the month inside `[ … ]`; the method's output lines carry no time and are records of their own; no level, no host",
		gap:    "the start method's output line (`ntpd: …`) under `[ 2026 Nov 29 … Executing start method … ]` is joined to that record instead of standing as one of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[ 2026 Nov 29 07:41:16 Enabled. ]"),
			we("2026-11-29T07:41:16Z", Unknown, "", `[ 2026 Nov 29 07:41:16 Executing start method ("/lib/svc/method/svc-ntp start"). ]`),
			we("", Unknown, "", "ntpd: /etc/inet/ntp.conf: server 10.0.8.123 not reachable, continuing"),
			we("2026-11-29T07:41:17Z", Unknown, "", `[ 2026 Nov 29 07:41:17 Method "start" exited with status 0. ]`),
			we("2026-11-29T09:02:44Z", Unknown, "", "[ 2026 Nov 29 09:02:44 Stopping because service disabled. ]"),
			we("2026-11-29T09:02:44Z", Unknown, "", "[ 2026 Nov 29 09:02:44 Executing stop method (:kill). ]"),
		},
	},
	{
		name:   "illumos-fmdump-eV-ereport",
		source: "illumos and Solaris `fmdump -eV` (the error log in full: a `TIME CLASS` header, then each ereport's `Mmm dd yyyy HH:MM:SS.nnnnnnnnn class` line and its nvlist, `nvlist version: 0`, indented `name = value` pairs, an embedded detector nvlist closed by `(end detector)`, __ttl and __tod): fmdump(8) on illumos.org, smartos.org and tribblix.org (-e, -V); the -V layout from memory, the blank line between ereports left out",
		why:    "the verbose form has a year and nanoseconds, unlike the summary; each ereport with its indented nvlist is one record; the class names no level and a pool or device path is no host",
		entries: []worldEntry{
			wskip("TIME                           CLASS"),
			we("2026-11-29T07:41:16.204518337Z", Unknown, "",
				"Nov 29 2026 07:41:16.204518337 ereport.fs.zfs.checksum",
				"nvlist version: 0",
				"        class = ereport.fs.zfs.checksum",
				"        ena = 0x3e8f1c2a5b700c01",
				"        detector = (embedded nvlist)",
				"        nvlist version: 0",
				"                version = 0x0",
				"                scheme = zfs",
				"                pool = 0x6b1f0e2d3c4a5b69",
				"                vdev = 0x2f1e0d9c8b7a6954",
				"        (end detector)",
				"        pool = tank",
				"        vdev_path = /dev/dsk/c2t1d0s0",
				"        zio_offset = 0x1a2b3c000",
				"        __ttl = 0x1",
				"        __tod = 0x6929a35c 0xc30c6c1"),
			we("2026-11-29T07:41:16.204611002Z", Unknown, "",
				"Nov 29 2026 07:41:16.204611002 ereport.fs.zfs.data",
				"nvlist version: 0",
				"        class = ereport.fs.zfs.data",
				"        ena = 0x3e8f1c2a5b700c01",
				"        pool = tank",
				"        zio_err = 0x32",
				"        __ttl = 0x1",
				"        __tod = 0x6929a35c 0xc30d4fa"),
			we("2026-11-29T07:44:02.918004117Z", Unknown, "",
				"Nov 29 2026 07:44:02.918004117 ereport.io.pciex.rc.ce-msg",
				"nvlist version: 0",
				"        class = ereport.io.pciex.rc.ce-msg",
				"        ena = 0x51c2d3e4f5060001",
				"        detector = (embedded nvlist)",
				"        nvlist version: 0",
				"                version = 0x0",
				"                scheme = dev",
				"                device-path = /pci@0,0/pci8086,2f08@3",
				"        (end detector)",
				"        rc-status = 0x87",
				"        __ttl = 0x1",
				"        __tod = 0x6929a402 0x36b8c395"),
		},
	},
	{
		name:   "solaris-boot-m-verbose-console",
		source: "Solaris and illumos console during `boot -m verbose` (svc.startd printing `[ fmri starting (description) ]` and `Mmm dd HH:MM:SS/N: fmri starting` with a sequence after a slash; a failed method as `Mmm dd HH:MM:SS/N ERROR: svc:/fmri:` with the `Method \"…\" failed with exit status N.` line under it, and syslog's copy `Mmm dd HH:MM:SS svc.startd[N]: svc:/fmri:` likewise on two lines; `[ fmri misconfigured (see 'svcs -x' for details) ]`): a Solaris 10 System Administration Guide translation at os.pc004.com (boot -m verbose example); svc.startd(1M) logging levels",
		why:    "a year-less time glued to `/N` before the colon; the bracketed starting lines have no time; an ERROR and its method line are one record, svc.startd's console copy and its line another; no host",
		gap:    "the `[ network/smtp:sendmail misconfigured (see 'svcs -x' for details) ]` line is joined to svc.startd's two-line console copy before it",
		entries: []worldEntry{
			we("", Unknown, "", "[ system/filesystem/local:default starting (Local filesystem mounts) ]"),
			we("", Unknown, "", "[ network/smtp:sendmail starting (sendmail SMTP mail transfer agent) ]"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16/50: system/system-log:default starting"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16/51: network/inetd:default starting"),
			we("2026-11-29T07:41:18Z", Error, "",
				"Nov 29 07:41:18/47 ERROR: svc:/network/smtp:sendmail:",
				`Method "/lib/svc/method/smtp-sendmail start" failed with exit status 95.`),
			we("2026-11-29T07:41:18Z", Unknown, "",
				"Nov 29 07:41:18 svc.startd[9]: svc:/network/smtp:sendmail:",
				`Method "/lib/svc/method/smtp-sendmail start" failed with exit status 95.`),
			we("", Unknown, "", "[ network/smtp:sendmail misconfigured (see 'svcs -x' for details) ]"),
		},
	},
	{
		name:   "powerha-cluster-log",
		source: "IBM PowerHA SystemMirror 7.2/7.3 /var/hacmp/adm/cluster.log (AIX syslogd's `Mmm dd HH:MM:SS node facility:priority` then `PowerHA SystemMirror for AIX: EVENT START: event args` and `EVENT COMPLETED: event args rc`): IBM PowerHA SystemMirror documentation 'cluster.log file'; the facility:priority after the host as AIX syslogd writes it (fresh45's aix-syslogd); the line from memory",
		why:    "AIX's facility:priority word between the host and the message gives the level; the node name is the host; an event's name and a return code are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "aixnode1", "Nov 29 07:41:16 aixnode1 user:notice PowerHA SystemMirror for AIX: EVENT START: node_up aixnode1"),
			we("2026-11-29T07:41:19Z", Notice, "aixnode1", "Nov 29 07:41:19 aixnode1 user:notice PowerHA SystemMirror for AIX: EVENT COMPLETED: node_up aixnode1 0"),
			we("2026-11-29T07:41:20Z", Notice, "aixnode1", "Nov 29 07:41:20 aixnode1 user:notice PowerHA SystemMirror for AIX: EVENT START: node_up_complete aixnode1"),
			we("2026-11-29T07:41:22Z", Notice, "aixnode1", "Nov 29 07:41:22 aixnode1 user:notice PowerHA SystemMirror for AIX: EVENT COMPLETED: node_up_complete aixnode1 0"),
			we("2026-11-29T07:47:35Z", Notice, "aixnode2", "Nov 29 07:47:35 aixnode2 user:notice PowerHA SystemMirror for AIX: EVENT START: config_too_long 360 /usr/es/sbin/cluster/events/rg_move.rp"),
		},
	},
}

func TestFresh225Formats(t *testing.T) { assertTable(t, fresh225Cases) }
func TestFresh225Score(t *testing.T) {
	checkScore(t, "fresh225 formats", fresh225Cases, [worldNumFields]float64{96, 96, 96, 92.2})
}
