package parse

import "testing"

// The sixty-seventh fresh table, written on 2026-12-01: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the earlier fresh tables, compared by
// product and by file or mode and not only by name, so that its score is again an honest figure
// for logs trawl has never been tuned on. Its theme is syslog as it is really stored on Linux and
// BSD log hosts and the odd lines such files hold, and the files other collectors store: a pass
// after the many earlier tables that took rsyslog's and syslog-ng's templates, sysklogd, busybox,
// the journal's output modes, the relayed host shapes, the repeat and mark lines, octet-counted
// captures, Kiwi's default file, NXLog's JSON and syslog outputs, Fluent Bit's and fluentd's
// default files, Vector's console and logfmt, Logstash's syslog outputs and rubydebug, and
// logcli's default output. It has six parts. The first is the distributions' other default files
// (SUSE's /var/log/warn, localmessages and SuSEfirewall2's firewall file, Debian's debug and
// mail.warn files, GNU inetutils' syslogd, Arch's syslog-ng crit.log, Alpine's syslog-ng
// messages, Ubuntu 24.04's precise kern.log, RHEL 9's imjournal lines, a relay's whole-second
// times in RSYSLOG_FileFormat, and the "Message from syslogd@" wall text caught on a terminal).
// The second is the BSDs (FreeBSD's syslogd -O syslog files and console.log, OpenBSD's default
// messages with the /bsd tag, NetBSD's with /netbsd). The third is a central rsyslog's relayed
// lines (senders as IPv6 addresses, a repeated host, an empty or missing tag, tags with slashes,
// dots and dashes, a BOM before the message). The fourth is Windows-side and hosted syslog stores
// (Visual Syslog Server's file and its clipboard copy, NXLog's raw_event of Windows events in an
// om_file, Papertrail's archive TSV and its CLI's output). The fifth is the Loki stack (promtail
// -dry-run and its own log, Alloy's loki.echo, logcli's jsonl and raw outputs, Grafana Explore's
// downloaded .txt). The sixth is other collectors' stored formats (Logstash's plain line codec
// and its json_lines of an ECS syslog event, Fluent Bit's template and csv files, Vector's csv
// and gelf codecs, Graylog's CSV export, Cribl Stream's filesystem JSON and the OpenTelemetry
// Collector's file exporter). Where a product is already in an earlier table (rsyslog,
// syslog-ng, FreeBSD's and OpenBSD's syslogd, NetBSD, Papertrail, NXLog, Loki's logcli, Alloy,
// Logstash, Fluent Bit, Vector, Graylog), the family here is another file, output or mode of it
// that no earlier table holds, and source says so.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own (a message body a collector kept without its
// header, a kernel uptime), the written clock read as UTC when the format writes no zone, a
// year-less date in the table's year, "a|b" for a line that carries two times of its own (a
// collector's stamp and the device's, a generated and a received time), levels only where the
// source puts them (a PRI, a severity word or number in its column or field, a label named level,
// a daemon's own level marker; a level word in free text is no level), "" host when the record
// names none (a peer address, a client, a collector's upstream is no host; the host field of the
// header or record is, whatever its shape), and a multi-line record (a CSV row whose quoted
// message spans lines, a wall message and the line under it) as one entry.
//
// The lines were written for this table in the layout each product really uses, from the public
// material each source names (found by search: documentation, source files and issue threads
// pasting real output), and from memory where a source says so; hosts, ids and messages are
// invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score. The table is a measurement, never to be
// tuned on: no parser rule is to be written from it, or it stops being one.
//
// Its first figure, scored once at commit fccb7ce before any rule was written from it: level 82.9 %,
// time 91.7 %, host 68.3 %, records 93.5 % (macro), 26 of 42 families fully right. (The run
// itself gave level 82.3 % and 25 families: one expectation, OpenSSH's own `error:` prefix taken
// for free text, was a mistake about the format, set right as earlier tables have it and scored
// again; no other expectation was changed.)
//
// go test ./parse -run Fresh67 -v

var fresh67Cases = []worldCase{

	// The distributions' other default files, and the odd lines a local syslog daemon writes.
	{
		name:   "suse-rsyslog-var-log-warn",
		source: "SUSE Linux Enterprise 15 / openSUSE Leap rsyslog's /var/log/warn (`*.warning` in /etc/rsyslog.conf, written in RSYSLOG_FileFormat: an RFC 3339 time with microseconds and the local offset, the host, the tag): the SUSE Administration Guide's 'System log files' and rsyslog's RSYSLOG_FileFormat template; from memory of real lines. No earlier table holds SUSE's warn file",
		why:    "a +01:00 offset converted to UTC; a kernel line keeps its uptime bracket after the tag, which is no time of the record; OpenSSH's own error: prefix is its level, the kernel's EXT4-fs warning words are not",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "sles15-db", "2026-11-29T08:41:16.204118+01:00 sles15-db kernel: [ 4120.553011] EXT4-fs warning (device sdb1): ext4_dx_add_entry:2563: Directory (ino: 1310721) index full, reach max htree level :2"),
			we("2026-11-29T07:41:17.881302Z", Error, "sles15-db", "2026-11-29T08:41:17.881302+01:00 sles15-db sshd[4120]: error: kex_exchange_identification: Connection closed by remote host"),
			we("2026-11-29T07:41:19.004511Z", Unknown, "sles15-db", "2026-11-29T08:41:19.004511+01:00 sles15-db systemd[1]: wickedd-dhcp6.service: Main process exited, code=exited, status=1/FAILURE"),
			we("2026-11-29T07:41:20.5Z", Unknown, "sles15-db", "2026-11-29T08:41:20.500000+01:00 sles15-db smartd[1201]: Device: /dev/sda [SAT], 8 Currently unreadable (pending) sectors"),
		},
	},
	{
		name:   "suse-rsyslog-localmessages",
		source: "SUSE's rsyslog /var/log/localmessages (the local0 to local7 facilities, `local0,local1.* -/var/log/localmessages` and the like in SUSE's /etc/rsyslog.conf, RSYSLOG_FileFormat): SUSE Administration Guide 'System log files'; from memory of real lines. No earlier table holds the localmessages file",
		why:    "haproxy's own accept date inside its message is not the record's time; a script's tag with a dot and no pid; the header's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.310042Z", Unknown, "sles15-lb", `2026-11-29T08:41:16.310042+01:00 sles15-lb haproxy[2210]: 10.20.0.57:51234 [29/Nov/2026:08:41:16.301] fe_https~ be_app/app2 0/0/1/8/9 200 1532 - - ---- 12/12/0/0/0 0/0 "GET /health HTTP/1.1"`),
			we("2026-11-29T07:41:18.000412Z", Unknown, "sles15-lb", "2026-11-29T08:41:18.000412+01:00 sles15-lb backup.sh: nightly dump of /srv/data finished in 412 s"),
			we("2026-11-29T07:41:19.7711Z", Unknown, "sles15-lb", `2026-11-29T08:41:19.771100+01:00 sles15-lb slapd[1877]: conn=1042 op=3 SRCH base="dc=example,dc=org" scope=2 deref=0 filter="(uid=anna)"`),
			we("2026-11-29T07:41:21.019Z", Unknown, "sles15-lb", "2026-11-29T08:41:21.019000+01:00 sles15-lb haproxy[2210]: Server be_app/app3 is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", check duration: 0ms. 2 active and 0 backup servers left."),
		},
	},
	{
		name:   "suse-sfw2-var-log-firewall",
		source: "SUSE Linux Enterprise 12 with SuSEfirewall2: rsyslog's `:msg, contains, \"SFW2\" -/var/log/firewall` in RSYSLOG_FileFormat, the kernel's netfilter LOG lines with their uptime bracket and the SFW2-IN… prefix: SuSEfirewall2(8) and SUSE's rsyslog.conf; from memory of real lines. No earlier table holds SuSEfirewall2's file",
		why:    "every line a kernel line: the header's precise time with its offset is the record's, the bracketed uptime is not; netfilter's KEY=value fields hold no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "sles12-fw", "2026-11-29T08:41:16.204118+01:00 sles12-fw kernel: [ 4120.553011] SFW2-INext-DROP-DEFLT IN=eth0 OUT= MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=203.0.113.9 DST=10.20.0.5 LEN=60 TOS=0x00 PREC=0x00 TTL=51 ID=41207 DF PROTO=TCP SPT=51234 DPT=23 WINDOW=29200 RES=0x00 SYN URGP=0 OPT (020405B40402080A)"),
			we("2026-11-29T07:41:17.99102Z", Unknown, "sles12-fw", "2026-11-29T08:41:17.991020+01:00 sles12-fw kernel: [ 4121.339902] SFW2-INext-ACC-TCP IN=eth0 OUT= MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=10.20.0.7 DST=10.20.0.5 LEN=60 TOS=0x00 PREC=0x00 TTL=64 ID=3321 DF PROTO=TCP SPT=51811 DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0"),
			we("2026-11-29T07:41:19.000204Z", Unknown, "sles12-fw", "2026-11-29T08:41:19.000204+01:00 sles12-fw kernel: [ 4122.348510] SFW2-INext-DROP-DEFLT IN=eth0 OUT= MAC= SRC=fe80:0000:0000:0000:5054:00ff:fe9e:3310 DST=ff02:0000:0000:0000:0000:0000:0000:00fb LEN=123 TC=0 HOPLIMIT=255 FLOWLBL=0 PROTO=UDP SPT=5353 DPT=5353 LEN=83"),
		},
	},
	{
		name:   "debian-rsyslog-var-log-debug",
		source: "Debian 11 rsyslog's /var/log/debug (`*.=debug;auth,authpriv.none;mail.none -/var/log/debug` in the stock /etc/rsyslog.conf, RSYSLOG_TraditionalFileFormat): Debian's rsyslog.conf and rsyslog.conf(5); from memory of real lines. No earlier table holds Debian's debug file",
		why:    "debug-priority lines with no priority written: no level, even where nslcd's text says DEBUG; a kernel line with its uptime",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "deb11", "Nov 29 07:41:16 deb11 kernel: [ 4120.553011] usb 1-1.2: ep 0x81 - rounding interval to 64 microframes, ep desc says 80 microframes"),
			we("2026-11-29T07:41:17Z", Unknown, "deb11", "Nov 29 07:41:17 deb11 nslcd[640]: [8b4567] <passwd=\"anna\"> DEBUG: ldap_simple_bind_s(\"uid=anna,ou=people,dc=example,dc=org\",\"***\") (uri=\"ldap://ldap.example.org\")"),
			we("2026-11-29T07:41:18Z", Unknown, "deb11", "Nov 29 07:41:18 deb11 named[733]: client @0x7f3a2c0b9168 10.20.0.9#53114 (deb.debian.org): query: deb.debian.org IN A +E(0)K (10.20.0.2)"),
			we("2026-11-29T07:41:19Z", Unknown, "deb11", "Nov 29 07:41:19 deb11 dhclient[812]: DHCPREQUEST for 10.20.0.57 on ens18 to 10.20.0.1 port 67"),
		},
	},
	{
		name:   "debian-rsyslog-mail-warn",
		source: "Debian rsyslog's /var/log/mail.warn (`mail.warn -/var/log/mail.warn` in the stock /etc/rsyslog.conf, traditional format) as Postfix and Dovecot fill it: Debian's rsyslog.conf; Postfix's msg_warn/msg_error/msg_fatal prefixes (postconf(5), MAILLOG_README); from memory of real lines. Postfix's mail.log is an earlier table's; mail.warn is in none",
		why:    "Postfix's own `warning:`, `error:` and `fatal:` prefixes after the tag are its level; Dovecot's `Warning:` likewise",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "mx1", "Nov 29 07:41:16 mx1 postfix/smtpd[4120]: warning: hostname 203-0-113-9.example.net does not resolve to address 203.0.113.9: Name or service not known"),
			we("2026-11-29T07:41:17Z", Error, "mx1", "Nov 29 07:41:17 mx1 postfix/smtp[4133]: error: open database /etc/postfix/sasl_passwd.db: No such file or directory"),
			we("2026-11-29T07:41:18Z", Warn, "mx1", "Nov 29 07:41:18 mx1 dovecot: imap-login: Warning: Auth process not responding, delayed sending initial response (greeting): user=<>, rip=10.20.0.7, lip=10.20.0.25"),
			we("2026-11-29T07:41:19Z", Critical, "mx1", "Nov 29 07:41:19 mx1 postfix/postdrop[4188]: fatal: unable to connect to the maildrop queue: No such file or directory"),
		},
	},
	{
		name:   "inetutils-syslogd-messages",
		source: "GNU inetutils syslogd (Debian's inetutils-syslogd package) writing /var/log/messages in the traditional layout, with its own restart line under the tag `syslogd (GNU inetutils 2.5)`: the GNU inetutils manual 'syslogd invocation' and inetutils' syslogd.c; from memory of real lines. No earlier table holds inetutils' syslogd",
		why:    "a tag with blanks and parentheses still follows the host; the other lines are plain traditional lines",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "deb-gw", "Nov 29 07:41:16 deb-gw syslogd (GNU inetutils 2.5): restart"),
			we("2026-11-29T07:41:17Z", Unknown, "deb-gw", "Nov 29 07:41:17 deb-gw kernel: [ 4120.553011] e1000e 0000:00:19.0 eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx"),
			we("2026-11-29T07:41:18Z", Unknown, "deb-gw", "Nov 29 07:41:18 deb-gw dnsmasq[812]: query[A] deb.debian.org from 10.20.0.57"),
			we("2026-11-29T07:41:20Z", Unknown, "deb-gw", "Nov 29 07:41:20 deb-gw sshd[4120]: Accepted publickey for anna from 10.20.0.7 port 51234 ssh2: ED25519 SHA256:q1Zx4f1c2a7e9b3d"),
		},
	},
	{
		name:   "arch-syslog-ng-crit-log",
		source: "Arch Linux's syslog-ng package and its /etc/syslog-ng/syslog-ng.conf (`destination d_crit { file(\"/var/log/crit.log\"); }` with `filter f_crit { level(crit); }`), the default template, kernel lines from /dev/kmsg without the uptime bracket: the ArchWiki 'Syslog-ng' page and Arch's packaged syslog-ng.conf; from memory of real lines. Arch's everything.log is an earlier table's; crit.log is in none",
		why:    "kernel lines with no uptime, [Hardware Error] brackets and a coredump line: the header's time and host only, no level written",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "arch01", "Nov 29 07:41:16 arch01 kernel: mce: [Hardware Error]: Machine check events logged"),
			we("2026-11-29T07:41:17Z", Unknown, "arch01", "Nov 29 07:41:17 arch01 kernel: nvme nvme0: controller is down; will reset: CSTS=0xffffffff, PCI_STATUS=0x10"),
			we("2026-11-29T07:41:18Z", Unknown, "arch01", "Nov 29 07:41:18 arch01 systemd-coredump[4120]: Process 3981 (firefox) of user 1000 dumped core."),
			we("2026-11-29T07:41:19Z", Unknown, "arch01", "Nov 29 07:41:19 arch01 kernel: BTRFS critical (device nvme0n1p2): corrupt leaf: root=5 block=412041216 slot=7, invalid inode generation"),
		},
	},
	{
		name:   "alpine-syslog-ng-messages",
		source: "Alpine Linux with the syslog-ng package instead of busybox syslogd (`rc-update add syslog-ng`, the packaged /etc/syslog-ng/syslog-ng.conf writing /var/log/messages in the default template), syslog-ng's own start line and OpenSSH 9.8's sshd-session tag: the Alpine wiki 'Syslog-ng' and syslog-ng's admin guide; from memory of real lines. Busybox's syslogd on Alpine is an earlier table's; syslog-ng's file on Alpine is in none",
		why:    "syslog-ng's internal line with its quoted version, a busybox crond line, a tag with a dash; no level written",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "alpine-01", "Nov 29 07:41:16 alpine-01 syslog-ng[2012]: syslog-ng starting up; version='4.8.1'"),
			we("2026-11-29T07:41:16Z", Unknown, "alpine-01", "Nov 29 07:41:16 alpine-01 crond[2201]: crond (busybox 1.37.0) started, log level 8"),
			we("2026-11-29T07:41:18Z", Unknown, "alpine-01", "Nov 29 07:41:18 alpine-01 sshd-session[4120]: Accepted publickey for anna from 10.20.0.7 port 51234 ssh2: ED25519 SHA256:q1Zx4f1c2a7e9b3d"),
			we("2026-11-29T07:41:19Z", Unknown, "alpine-01", "Nov 29 07:41:19 alpine-01 kernel: eth0: renamed from veth4b1c2a7"),
		},
	},
	{
		name:   "ubuntu24-rsyslog-kern-log",
		source: "Ubuntu 24.04's rsyslog /var/log/kern.log (`kern.* -/var/log/kern.log` in 50-default.conf, the high-precision RSYSLOG_FileFormat Ubuntu now ships, kernel lines read by imklog without the uptime bracket), with UFW's and AppArmor's lines: Ubuntu's rsyslog packaging and ufw-framework(8); from memory of real lines. kern.log in the traditional layout is an earlier table's; the precise one of 24.04 is in none",
		why:    "an RFC 3339 time with microseconds and +00:00; UFW's [UFW BLOCK] bracket is no level; an audit line carries its own epoch time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "ub24", "2026-11-29T07:41:16.204118+00:00 ub24 kernel: [UFW BLOCK] IN=ens3 OUT= MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=203.0.113.9 DST=10.20.0.5 LEN=44 TOS=0x00 PREC=0x00 TTL=241 ID=54321 PROTO=TCP SPT=51234 DPT=23 WINDOW=1024 RES=0x00 SYN URGP=0"),
			we("2026-11-29T07:41:17.50023Z|2026-11-29T07:41:17.496Z", Unknown, "ub24", `2026-11-29T07:41:17.500230+00:00 ub24 kernel: audit: type=1400 audit(1795938077.496:412): apparmor="DENIED" operation="open" class="file" profile="snap.firefox.firefox" name="/proc/4120/cgroup" pid=4120 comm="firefox" requested_mask="r" denied_mask="r" fsuid=1000 ouid=1000`),
			we("2026-11-29T07:41:18.010044Z", Unknown, "ub24", "2026-11-29T07:41:18.010044+00:00 ub24 kernel: EXT4-fs (vda1): re-mounted 7f3c2a41-5b6a-4c3d-a1e2-7f9b0c4d3e21 r/w. Quota mode: none."),
			we("2026-11-29T07:41:19.3Z", Unknown, "ub24", "2026-11-29T07:41:19.300000+00:00 ub24 kernel: [UFW AUDIT] IN= OUT=ens3 SRC=10.20.0.5 DST=91.189.91.157 LEN=76 TOS=0x00 PREC=0x00 TTL=64 ID=41207 DF PROTO=UDP SPT=41234 DPT=123 LEN=56"),
		},
	},
	{
		name:   "rhel9-rsyslog-imjournal-messages",
		source: "RHEL 9's rsyslog reading the journal through imjournal into /var/log/messages (traditional layout), with imjournal's own notices (`imjournal: journal files changed, reloading...`, `imjournal: N messages lost due to rate-limiting`) and kernel lines without the uptime: rsyslog's imjournal documentation and Red Hat's 'Configuring logging' guide; from memory of real lines. RHEL's secure, cron and maillog are earlier tables'; imjournal's lines are in none",
		why:    "rsyslogd's bracketed [v8… try https://…] suffix is no time; NetworkManager's <info> is its level and its bracketed epoch a second time of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "rhel9", "Nov 29 07:41:16 rhel9 rsyslogd[1201]: imjournal: journal files changed, reloading...  [v8.2310.0-4.el9 try https://www.rsyslog.com/e/0 ]"),
			we("2026-11-29T07:41:17Z", Unknown, "rhel9", "Nov 29 07:41:17 rhel9 kernel: XFS (dm-2): Metadata corruption detected at xfs_dinode_verify+0x4c4/0x5a0 [xfs], inode 0x4120 dinode"),
			we("2026-11-29T07:41:18Z", Unknown, "rhel9", "Nov 29 07:41:18 rhel9 systemd[1]: Started dnf-makecache.service - dnf makecache."),
			we("2026-11-29T07:41:19Z", Unknown, "rhel9", "Nov 29 07:41:19 rhel9 rsyslogd[1201]: imjournal: 412 messages lost due to rate-limiting (20000 allowed within 600 seconds)"),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.2041Z", Info, "rhel9", "Nov 29 07:41:20 rhel9 NetworkManager[812]: <info>  [1795938080.2041] dhcp4 (ens192): state changed new lease, address=10.20.0.57"),
		},
	},
	{
		name:   "rsyslog-fileformat-relayed-whole-seconds",
		source: "a Debian 12 central rsyslog writing RSYSLOG_FileFormat (Debian 12's default high-precision template), where its own and the journal's lines carry microseconds and the relayed RFC 3164 senders' stamps, having none, come out with no fraction at all: rsyslog's property replacer (date-rfc3339 prints secfrac only when the time has one) and rsyslog.conf(5); from memory of real lines. RSYSLOG_FileFormat is an earlier table's; the mix of precisions in one file is in none",
		why:    "an RFC 3339 time with and without a fraction in the same file, each line's host its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "log01", `2026-11-29T07:41:16.204118+00:00 log01 rsyslogd: [origin software="rsyslogd" swVersion="8.2302.0" x-pid="812" x-info="https://www.rsyslog.com"] rsyslogd was HUPed`),
			we("2026-11-29T07:41:17Z", Unknown, "nas-2", "2026-11-29T07:41:17+00:00 nas-2 smbd[2210]: Failed to fetch record!"),
			we("2026-11-29T07:41:18Z", Unknown, "ap-3", "2026-11-29T07:41:18+00:00 ap-3 hostapd: wlan0: STA 52:54:00:9e:33:10 IEEE 802.11: associated"),
			we("2026-11-29T07:41:19.000412Z", Unknown, "log01", "2026-11-29T07:41:19.000412+00:00 log01 systemd[1]: Started logrotate.service - Rotate log files."),
		},
	},
	{
		name:   "syslogd-wall-message-capture",
		source: "the broadcast a syslog daemon writes to logged-in terminals for `*.emerg :omusrmsg:*` (rsyslog's RSYSLOG_WallFmt: CR LF BEL `Message from syslogd@HOST at Mmm dd HH:mm:ss ...` CR LF, then a blank and the tag and message), kept in a terminal transcript: rsyslog's built-in templates and FreeBSD's syslogd.c (the same `Message from syslogd@` text), found by search; the transcript from memory",
		why:    "the host and a year-less time inside the banner sentence; the indented tag and message under it belong to the same record; no level is written",
		gap:    "the host inside the banner sentence (`Message from syslogd@web-07 at Nov 29 07:41:16 ...`) is not read as the host; the time and the two-line record are",
		entries: []worldEntry{
			wskip(""),
			we("2026-11-29T07:41:16Z", Unknown, "web-07", "Message from syslogd@web-07 at Nov 29 07:41:16 ...", " kernel:[ 4120.553011] watchdog: BUG: soft lockup - CPU#3 stuck for 22s! [kworker/3:1:812]"),
			wskip(""),
			we("2026-11-29T07:41:19Z", Unknown, "web-07", "Message from syslogd@web-07 at Nov 29 07:41:19 ...", " kernel:[ 4123.101224] Kernel panic - not syncing: softlockup: hung tasks"),
			wskip(""),
			we("2026-11-29T07:42:05Z", Unknown, "db-02", "Message from syslogd@db-02 at Nov 29 07:42:05 ...", " systemd[1]: Caught <SEGV>, dumped core as pid 4120."),
		},
	},

	// The BSDs: syslogd's other output format and files, and the kernel's tags.
	{
		name:   "freebsd-syslogd-O-syslog-file",
		source: "FreeBSD 12+ syslogd run with `-O syslog` (syslogd_flags in rc.conf): every file line is RFC 5424 with its PRI (`<PRI>1 time-with-microseconds-and-offset FQDN app procid msgid SD msg`), the host an FQDN, its own `last message repeated N times` under app syslogd with the previous line's PRI: FreeBSD's usr.sbin/syslogd/syslogd.c (fprintlog_rfc5424, fprintlog_successive), read by search; the lines written for this table. The -v -v layout and newsyslog's turnover are earlier tables'; -O syslog files are in none",
		why:    "a PRI at the start of a file line gives the level; the RFC 5424 HOSTNAME field, an FQDN, is the host; nginx's own time after the header is the same moment; a remote sender's structured data",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "fbsd14.example.net", "<38>1 2026-11-29T07:41:16.204118+00:00 fbsd14.example.net sshd 4120 - - Accepted publickey for anna from 10.20.0.7 port 51234 ssh2: ED25519 SHA256:q1Zx4f1c2a7e9b3d"),
			we("2026-11-29T07:41:46.881302Z", Info, "fbsd14.example.net", "<38>1 2026-11-29T07:41:46.881302+00:00 fbsd14.example.net syslogd - - - last message repeated 3 times"),
			we("2026-11-29T07:41:47.50023Z", Info, "fbsd14.example.net", "<6>1 2026-11-29T07:41:47.500230+00:00 fbsd14.example.net kernel - - - pid 4131 (php-fpm), jid 0, uid 80: exited on signal 11 (core dumped)"),
			we("2026-11-29T07:41:49.750021Z|2026-11-29T07:41:49Z", Error, "fbsd14.example.net", `<187>1 2026-11-29T07:41:49.750021+00:00 fbsd14.example.net nginx 901 - - 2026/11/29 07:41:49 [error] 901#100112: *4120 open() "/usr/local/www/nginx/favicon.ico" failed (2: No such file or directory), client: 10.20.0.7`),
			we("2026-11-29T07:41:50.1Z", Notice, "jail-web.example.net", `<13>1 2026-11-29T07:41:50.100000+00:00 jail-web.example.net backup.sh 4188 - [timeQuality tzKnown="1" isSynced="1"] snapshot zroot/www@nightly created`),
		},
	},
	{
		name:   "freebsd-var-log-console-log",
		source: "FreeBSD's /var/log/console.log (the `console.info /var/log/console.log` line uncommented in /etc/syslog.conf): what reaches the console during boot, rc(8)'s `Starting …` lines included, logged under the kernel tag: FreeBSD's syslog.conf and the Handbook's 'Configuring System Logging'; from memory of real lines. FreeBSD's messages, security and newsyslog lines are earlier tables'; console.log is in none",
		why:    "rc's messages under the kernel tag, each with the header's time and host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14", "Nov 29 07:41:16 fbsd14 kernel: Setting hostname: fbsd14.example.net."),
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14", "Nov 29 07:41:16 fbsd14 kernel: Starting devd."),
			we("2026-11-29T07:41:17Z", Unknown, "fbsd14", "Nov 29 07:41:17 fbsd14 kernel: em0: link state changed to UP"),
			we("2026-11-29T07:41:18Z", Unknown, "fbsd14", "Nov 29 07:41:18 fbsd14 kernel: Starting sshd."),
			we("2026-11-29T07:41:19Z", Unknown, "fbsd14", "Nov 29 07:41:19 fbsd14 kernel: Mounting late filesystems:."),
		},
	},
	{
		name:   "openbsd-var-log-messages-default",
		source: "OpenBSD's syslogd in its default layout (no -Z): /var/log/messages with the kernel's lines under the `/bsd:` tag, syslogd's own `start`/`restart`, savecore's line at boot: OpenBSD syslogd(8) and syslog.conf(5); from memory of real lines. OpenBSD's -Z ISO layout and authlog are earlier tables'; the default messages file is in none",
		why:    "a tag that is a path with a slash; the host before it; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "obsd76", "Nov 29 07:41:16 obsd76 syslogd[34112]: start"),
			we("2026-11-29T07:41:16Z", Unknown, "obsd76", "Nov 29 07:41:16 obsd76 /bsd: em0 at pci1 dev 0 function 0 \"Intel 82574L\" rev 0x00: msi, address 52:54:00:12:34:56"),
			we("2026-11-29T07:41:17Z", Unknown, "obsd76", "Nov 29 07:41:17 obsd76 savecore: no core dump"),
			we("2026-11-29T07:41:19Z", Unknown, "obsd76", "Nov 29 07:41:19 obsd76 /bsd: em0: watchdog timeout -- resetting"),
			we("2026-11-29T07:42:01Z", Unknown, "obsd76", "Nov 29 07:42:01 obsd76 syslogd[34112]: restart"),
		},
	},
	{
		name:   "netbsd-var-log-messages",
		source: "NetBSD 10's syslogd in its default bsd output format (-o bsd): /var/log/messages with the kernel's lines under the `/netbsd:` tag, each carrying the kernel's own bracketed uptime with seven decimals: NetBSD syslogd(8) (the -o option) and dmesg's timestamps since NetBSD 8; from memory of real lines. NetBSD's signed syslog is an earlier table's; its messages file is in none",
		why:    "the /netbsd tag and a bracketed uptime that is no time of the record; Postfix's warning: prefix is its level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "nbsd10", "Nov 29 07:41:16 nbsd10 syslogd[412]: restart"),
			we("2026-11-29T07:41:17Z", Unknown, "nbsd10", "Nov 29 07:41:17 nbsd10 /netbsd: [ 4120.5530112] wm0: link state UP (was DOWN)"),
			we("2026-11-29T07:41:18Z", Unknown, "nbsd10", "Nov 29 07:41:18 nbsd10 sshd[1733]: Accepted publickey for anna from 10.20.0.7 port 51234 ssh2: ED25519 SHA256:q1Zx4f1c2a7e9b3d"),
			we("2026-11-29T07:41:19Z", Warn, "nbsd10", "Nov 29 07:41:19 nbsd10 postfix/postqueue[2011]: warning: Mail system is down -- accessing queue directly"),
		},
	},

	// A central rsyslog's relayed lines: the host, tag and message shapes senders really produce.
	{
		name:   "rsyslog-relay-ipv6-senders",
		source: "a central rsyslog with DNS resolution off (`net.enableDNS=\"off\"`), writing RSYSLOG_TraditionalFileFormat, where senders whose message carries no host name get their source address as HOSTNAME, IPv6 addresses included (global, ULA and link-local): rsyslog's imudp/imtcp and the fromhost-ip property documentation; from memory of real lines. rsyslog's odd host names are an earlier table's; hosts as IPv6 addresses are in none",
		why:    "the field after the time is the host even when it is an IPv6 address full of colons; the tag follows it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "2001:db8:40::17", "Nov 29 07:41:16 2001:db8:40::17 dnsmasq-dhcp[812]: DHCPREPLY(br-lan) 2001:db8:40::5a 00:01:00:01:2a:b4:c3:d2:52:54:00:9e:33:10 kiosk-3"),
			we("2026-11-29T07:41:17Z", Unknown, "fd00:20::1", "Nov 29 07:41:17 fd00:20::1 charon[2210]: 12[IKE] CHILD_SA net-net{7} established with SPIs c3f1a2b4_i 0d9e8f71_o and TS 10.20.0.0/24 === 10.30.0.0/24"),
			we("2026-11-29T07:41:18Z", Unknown, "2001:db8:40::2a:1", "Nov 29 07:41:18 2001:db8:40::2a:1 kernel: [ 4120.553011] br0: port 2(eth1) entered forwarding state"),
			we("2026-11-29T07:41:19Z", Unknown, "10.20.0.5", "Nov 29 07:41:19 10.20.0.5 ntpd[901]: kernel reports TIME_ERROR: 0x41: Clock Unsynchronized"),
			we("2026-11-29T07:41:20Z", Unknown, "fe80::5054:ff:fe12:3456", "Nov 29 07:41:20 fe80::5054:ff:fe12:3456 avahi-daemon[640]: Registering new address record for fd00:20::17 on br0.*."),
		},
	},
	{
		name:   "rsyslog-relay-repeated-host",
		source: "a central rsyslog's traditional file holding lines from OpenWrt and embedded senders that put their host name into the message after the header's host, so the name appears twice, and from a UPS card relayed by address with its own name after it: rsyslog's pmrfc3164 parser notes on malformed senders and OpenWrt logd's remote format; from memory of real lines. No earlier table holds the doubled host",
		why:    "the header's host field is the host, the repeated or second name after it is part of the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "ap-3", "Nov 29 07:41:16 ap-3 ap-3 hostapd: wlan0: STA 52:54:00:9e:33:10 IEEE 802.11: authenticated"),
			we("2026-11-29T07:41:17Z", Unknown, "ap-3", "Nov 29 07:41:17 ap-3 ap-3 dnsmasq-dhcp[1412]: DHCPACK(br-lan) 10.20.0.57 52:54:00:9e:33:10 kiosk-3"),
			we("2026-11-29T07:41:18Z", Unknown, "cam-07", "Nov 29 07:41:18 cam-07 cam-07 rtspd[88]: stream 2 started"),
			we("2026-11-29T07:41:19Z", Unknown, "10.20.0.9", "Nov 29 07:41:19 10.20.0.9 ups-1 upsd[233]: UPS [ups1] on battery"),
		},
	},
	{
		name:   "rsyslog-relay-empty-tag",
		source: "a central rsyslog's traditional file holding lines from senders with an empty tag (a lone colon after the host), with no tag at all, and with a Cisco sequence number where the tag goes: rsyslog's pmrfc3164 documentation and Cisco's `service sequence-numbers` output; from memory of real lines. rsyslog's no-tag template is an earlier table's; empty and missing tags from senders are in none",
		why:    "the host still follows the time when no tag does; the Cisco line carries its own stamp and its mnemonic's severity digit",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "cam-07", "Nov 29 07:41:16 cam-07 : motion detected on channel 2"),
			we("2026-11-29T07:41:17Z", Unknown, "printer-2f", "Nov 29 07:41:17 printer-2f toner low (black), 412 pages left"),
			we("2026-11-29T07:41:18Z", Unknown, "ups-1", "Nov 29 07:41:18 ups-1 : [ups1] battery test passed"),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.204Z", Error, "10.20.0.3", "Nov 29 07:41:20 10.20.0.3 412: *Nov 29 07:41:20.204: %LINK-3-UPDOWN: Interface GigabitEthernet1/0/12, changed state to down"),
		},
	},
	{
		name:   "rsyslog-relay-tags-slashes-dots",
		source: "a central rsyslog's traditional file with the tag shapes real senders use: Postfix's service/daemon, a GNOME D-Bus name with dots, FreeBSD cron's full path, a session binary with dashes, php-fpm with its version: rsyslog's syslogtag/programname documentation (the tag ends at the first colon or bracket); from memory of real lines. No earlier table holds these tags together on one relay",
		why:    "the tag's slashes, dots and dashes do not move the host; php-fpm's [WARNING] after the tag is its level; libinput's error in free text is none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mx1", "Nov 29 07:41:16 mx1 postfix/smtpd[4120]: connect from mail-ej1-f41.google.com[209.85.218.41]"),
			we("2026-11-29T07:41:17Z", Unknown, "ws-12", "Nov 29 07:41:17 ws-12 org.gnome.Shell.desktop[2210]: libinput error: event7 - Logitech USB Receiver: client bug: event processing lagging behind by 31ms, your system is too slow"),
			we("2026-11-29T07:41:18Z", Unknown, "fbsd14", "Nov 29 07:41:18 fbsd14 /usr/sbin/cron[812]: (root) CMD (/usr/libexec/atrun)"),
			we("2026-11-29T07:41:19Z", Unknown, "ws-12", "Nov 29 07:41:19 ws-12 gnome-session-binary[1990]: Entering running state"),
			we("2026-11-29T07:41:20Z", Warn, "web-07", "Nov 29 07:41:20 web-07 php-fpm8.2[901]: [WARNING] [pool www] child 4131 exited on signal 11 (SIGSEGV) after 412.204118 seconds from start"),
		},
	},
	{
		name:   "rsyslog-relay-bom-in-msg",
		source: "a central rsyslog writing RSYSLOG_TraditionalFileFormat for RFC 5424 senders that put the UTF-8 BOM RFC 5424 §6.4 asks for before MSG: the BOM survives right after the tag: RFC 5424 §6.4, rsyslog's pmrfc5424 (it keeps the BOM in msg); from memory of real lines. BOMs in RFC 5424 wire lines are earlier tables'; the BOM left after a traditional header is in none",
		why:    "an invisible U+FEFF between the tag and the message changes neither the time nor the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "app01", "Nov 29 07:41:16 app01 shopd[4120]: \ufeffcheckout 4411 paid in 812 ms"),
			we("2026-11-29T07:41:17Z", Unknown, "app01", "Nov 29 07:41:17 app01 shopd[4120]: \ufeffpayment provider timeout, retrying (attempt 2)"),
			we("2026-11-29T07:41:18Z", Unknown, "WIN-FS01", "Nov 29 07:41:18 WIN-FS01 Microsoft-Windows-Security-Auditing[4]: \ufeffAn account failed to log on."),
			we("2026-11-29T07:41:19Z", Unknown, "app02", "Nov 29 07:41:19 app02 worker[777]: \ufeffjob 4120 finished"),
		},
	},

	// Windows-side and hosted syslog stores.
	{
		name:   "visualsyslog-server-file",
		source: "Visual Syslog Server for Windows (MaxBelkov/visualsyslog) storing every message in its file: TSyslogMessage::ToString writes source address, the received RFC 3164 date, the host name parsed from the message, facility and priority words (two empty fields when the message had no PRI), the tag and the message, TAB-separated, ending in CR LF: visualsyslog's source/syslog.cpp, read by search; the lines written for this table. No earlier table holds Visual Syslog Server",
		why:    "the priority word in the fifth column is the level; the host is the host name column, not the sender's address in the first; a message with no PRI and no host leaves those columns empty",
		gap:    "the host name column after the source address and the date (`10.20.0.1<TAB>Nov 29 07:41:16<TAB>fw01<TAB>local0<TAB>info…`) is not read as the host, the CR ending each line is dropped from the record's raw text, and the line with empty facility and priority columns gets Notice",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "fw01", "10.20.0.1\tNov 29 07:41:16\tfw01\tlocal0\tinfo\tfilterlog[4120]\t5,,,1000000103,igb0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,60,203.0.113.9,10.20.0.5,51234,23,0,S\r"),
			we("2026-11-29T07:41:17Z", Warn, "ups-1", "10.20.0.9\tNov 29 07:41:17\tups-1\tdaemon\twarning\tupsmon[233]\tUPS ups1@localhost on battery\r"),
			we("2026-11-29T07:41:18Z", Error, "nas-2", "10.20.0.5\tNov 29 07:41:18\tnas-2\tkern\terr\tkernel\tata3.00: failed command: READ FPDMA QUEUED\r"),
			we("2026-11-29T07:41:19Z", Notice, "dhcp-1", "10.20.0.2\tNov 29 07:41:19\tdhcp-1\tdaemon\tnotice\tdhcpd[812]\tDHCPACK on 10.20.0.57 to 52:54:00:9e:33:10 (kiosk-3) via eth1\r"),
			we("2026-11-29T07:41:20Z", Unknown, "", "10.20.0.7\tNov 29 07:41:20\t\t\t\tprinter\ttoner low (black)\r"),
		},
	},
	{
		name:   "visualsyslog-clipboard-copy",
		source: "Visual Syslog Server's Copy of selected messages (TSyslogMessage::ToStringClipboard: the date first, then the source address, host, facility, priority, tag and message, TAB-separated), pasted into a text file: visualsyslog's source/syslog.cpp, read by search; the lines written for this table. No earlier table holds Visual Syslog Server",
		why:    "the same columns as the file with the date and the address swapped: the date starts the line, the level is the priority word, the host the third column",
		gap:    "the host name column after the date and the source address is not read as the host, and the CR ending each line is dropped from the record's raw text (the date and the priority word are read)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "fw01", "Nov 29 07:41:16\t10.20.0.1\tfw01\tlocal0\tinfo\tfilterlog[4120]\t5,,,1000000103,igb0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,60,203.0.113.9,10.20.0.5,51234,23,0,S\r"),
			we("2026-11-29T07:41:18Z", Error, "nas-2", "Nov 29 07:41:18\t10.20.0.5\tnas-2\tkern\terr\tkernel\tata3.00: failed command: READ FPDMA QUEUED\r"),
			we("2026-11-29T07:41:21Z", Critical, "nas-2", "Nov 29 07:41:21\t10.20.0.5\tnas-2\tdaemon\tcrit\tmdadm[1201]\tFail event detected on md device /dev/md0, component device /dev/sdc1\r"),
		},
	},
	{
		name:   "nxlog-msvistalog-om-file-raw-event",
		source: "NXLog Community Edition's im_msvistalog routed to om_file with no conversion, so each line is the input's $raw_event (`$EventTime $Hostname $Severity $EventID $Message`, the event time in local time without a zone, NXLog's normalized severity words): NXLog CE Reference Manual, im_msvistalog fields ($raw_event) and om_file; from memory of real lines. NXLog's JSON, its syslog outputs and its own log are earlier tables'; the raw_event file is in none",
		why:    "a date and time with no zone, the Windows host, NXLog's severity word, then the event id and the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "WIN-DC01", "2026-11-29 07:41:16 WIN-DC01 INFO 7036 The Windows Update service entered the running state."),
			we("2026-11-29T07:41:17Z", Warn, "WIN-DC01", "2026-11-29 07:41:17 WIN-DC01 WARNING 1014 Name resolution for the name wpad.example.org timed out after none of the configured DNS servers responded."),
			we("2026-11-29T07:41:18Z", Error, "WIN-APP02", "2026-11-29 07:41:18 WIN-APP02 ERROR 1000 Faulting application name: shopsvc.exe, version: 4.1.2.0, time stamp: 0x6741a2b4"),
			we("2026-11-29T07:41:19Z", Critical, "WIN-APP02", "2026-11-29 07:41:19 WIN-APP02 CRITICAL 41 The system has rebooted without cleanly shutting down first. This error could be caused if the system stopped responding, crashed, or lost power unexpectedly."),
		},
	},
	{
		name:   "papertrail-archive-tsv",
		source: "Papertrail's permanent log archives (daily .tsv.gz files: id, generated_at, received_at, source_id, source_name, source_ip, facility_name, severity_name, program, message, TAB-separated, the times with a numeric offset): a public script splitting the archive's columns, found by search, and Papertrail's 'Permanent log archives' help page with its example row, from memory; the lines written for this table. Papertrail's sender formats are earlier tables'; its archive is in none",
		why:    "generated and received times with a -0800 offset (either is the record's); the severity word column is the level; source_name is the host, not source_ip",
		gap:    "the 19-digit event id in the first column is taken as epoch nanoseconds (a time in April 2025) instead of the generated_at and received_at columns with their -0800 offset, and the source_name column is not read as the host; the severity word column is read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "web-07", "1744211630419431424\t2026-11-28 23:41:16 -0800\t2026-11-28 23:41:16 -0800\t4120211\tweb-07\t203.0.113.17\tAuth\tInfo\tsshd\tAccepted publickey for deploy from 10.20.0.5 port 51234 ssh2"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:18Z", Error, "web-07", "1744211634661318656\t2026-11-28 23:41:17 -0800\t2026-11-28 23:41:18 -0800\t4120211\tweb-07\t203.0.113.17\tLocal7\tError\tnginx\t2026/11/29 07:41:17 [error] 901#901: *4120 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.20.0.7"),
			we("2026-11-29T07:41:19Z", Warn, "db-02", "1744211642848600064\t2026-11-28 23:41:19 -0800\t2026-11-28 23:41:19 -0800\t4120388\tdb-02\t203.0.113.21\tDaemon\tWarning\tpostgres\t[4120-1] WARNING:  there is no transaction in progress"),
			we("2026-11-29T07:41:20Z", Notice, "worker-3", "1744211646975795200\t2026-11-28 23:41:20 -0800\t2026-11-28 23:41:20 -0800\t4120412\tworker-3\t203.0.113.40\tUser\tNotice\tapp/worker.1\tjob 4120 finished in 41 s"),
		},
	},
	{
		name:   "papertrail-cli-output",
		source: "the papertrail gem's command-line client (`papertrail -f 'sshd OR nginx'`, default output: the received time as `%b %e %X`, the system name, `program:` and the message): papertrail/papertrail-cli README and its Event#to_s; from memory of real lines. No earlier table holds the CLI's output",
		why:    "a year-less time with a space-padded day, then the source's name as the host and the program; no level is printed but nginx's own [error] inside its line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "web-07", "Nov 29 07:41:16 web-07 sshd: Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2"),
			we("2026-11-29T07:41:17Z", Error, "web-07", "Nov 29 07:41:17 web-07 nginx: 2026/11/29 07:41:17 [error] 901#901: *4120 upstream timed out (110: Connection timed out) while reading response header from upstream"),
			we("2026-11-29T07:41:19Z", Unknown, "worker-3", "Nov 29 07:41:19 worker-3 app/worker.1: job 4120 finished in 41 s"),
		},
	},

	// The Loki stack: what Promtail, Alloy, logcli and Grafana print or save of syslog streams.
	{
		name:   "promtail-dry-run-syslog-target",
		source: "Promtail run with -dry-run on a syslog scrape target (the client config dumped first, then each entry as `time<TAB>{labels}<TAB>line`, the time as 2006-01-02T15:04:05.999999999-0700, the labels relabelled from __syslog_message_hostname and __syslog_message_severity, the line the message body only): grafana/loki issues #1900 and #3955 and a blog post on testing Promtail pipelines pasting real -dry-run output, Promtail's 'Scraping' docs for the syslog labels, found by search; the lines written for this table. No earlier table holds Promtail",
		why:    "a numeric offset without a colon; the host and level labels (go-syslog's severity names such as informational) are the record's host and level; the dumped client config is no record",
		gap:    "the host label in the braces between the time and the line (`{host=\"web-07\", job=\"syslog\", level=\"informational\"}`) is not read as the host; the time and the level label are",
		entries: []worldEntry{
			wskip("Clients configured:", "----------------------", "url: http://loki:3100/loki/api/v1/push", "batchwait: 1s", "batchsize: 1048576", "follow_redirects: false", "enable_http2: false", "backoff_config:", "  min_period: 500ms", "  max_period: 5m0s", "  max_retries: 10", "timeout: 10s", "tenant_id: \"\"", "drop_rate_limited_batches: false", ""),
			we("2026-11-29T07:41:16.204118Z", Info, "web-07", "2026-11-29T07:41:16.204118+0000\t{host=\"web-07\", job=\"syslog\", level=\"informational\"}\tAccepted publickey for deploy from 10.20.0.5 port 51234 ssh2"),
			we("2026-11-29T07:41:17.5Z", Warn, "ups-1", "2026-11-29T07:41:17.5+0000\t{host=\"ups-1\", job=\"syslog\", level=\"warning\"}\tUPS ups1@localhost on battery"),
			we("2026-11-29T07:41:18.0012Z", Error, "nas-2", "2026-11-29T07:41:18.0012+0000\t{host=\"nas-2\", job=\"syslog\", level=\"error\"}\tata3.00: failed command: READ FPDMA QUEUED"),
			we("2026-11-29T07:41:19Z", Notice, "web-07", "2026-11-29T07:41:19+0000\t{host=\"web-07\", job=\"syslog\", level=\"notice\"}\tpam_unix(sudo:session): session opened for user root(uid=0) by anna(uid=1000)"),
		},
	},
	{
		name:   "promtail-syslog-target-own-log",
		source: "Promtail's own log (go-kit logfmt: level= first, then ts=, caller=, msg= and fields) while running a syslog target and pushing to Loki: grafana/loki issues on the syslog target ('error parsing syslog stream', 'final error sending batch'), found by search; from memory of real lines. No earlier table holds Promtail's own log",
		why:    "level= before ts=; the client's `host=loki:3100` is its upstream, no host of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118316Z", Info, "", `level=info ts=2026-11-29T07:41:16.204118316Z caller=server.go:351 http=[::]:9080 grpc=[::]:35123 msg="server listening on addresses"`),
			we("2026-11-29T07:41:16.30021533Z", Info, "", `level=info ts=2026-11-29T07:41:16.30021533Z caller=syslogtarget.go:108 msg="starting syslog target" listen_address=0.0.0.0:1514 job=syslog`),
			we("2026-11-29T07:41:17.881302114Z", Warn, "", `level=warn ts=2026-11-29T07:41:17.881302114Z caller=syslogtarget.go:127 msg="error parsing syslog stream" err="expecting a version value in the range 1-999 [col 4]"`),
			we("2026-11-29T07:41:19.004511907Z", Error, "", `level=error ts=2026-11-29T07:41:19.004511907Z caller=client.go:430 component=client host=loki:3100 msg="final error sending batch" status=429 tenant= error="server returned HTTP status 429 Too Many Requests (429): Ingestion rate limit exceeded for user fake"`),
		},
	},
	{
		name:   "alloy-loki-echo",
		source: "Grafana Alloy's loki.echo component behind loki.source.syslog: Alloy's own logfmt log (ts=, level=, component_path=, component_id=) with each entry as `receiver=… entry=\"line\" labels=\"{…}\"`, and the syslog source's parse warnings: Alloy's loki.echo and loki.source.syslog reference pages, found by search; the line layout from memory of Alloy's echo.go. Alloy's own log is an earlier table's; loki.echo's entries are in none",
		why:    "Alloy's ts= and level= are the record's; the entry's labels inside a quoted string name the stream's host, not the record's writer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118316Z", Info, "", `ts=2026-11-29T07:41:16.204118316Z level=info component_path=/ component_id=loki.echo.debug receiver=loki.echo.debug entry="Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2" labels="{host=\"web-07\", job=\"syslog\"}"`),
			we("2026-11-29T07:41:17.500230066Z", Info, "", `ts=2026-11-29T07:41:17.500230066Z level=info component_path=/ component_id=loki.echo.debug receiver=loki.echo.debug entry="UPS ups1@localhost on battery" labels="{host=\"ups-1\", job=\"syslog\"}"`),
			we("2026-11-29T07:41:18.9Z", Warn, "", `ts=2026-11-29T07:41:18.9Z level=warn msg="error parsing syslog stream" component_path=/ component_id=loki.source.syslog.lan err="expecting a priority value within angle brackets [col 0]"`),
		},
	},
	{
		name:   "loki-logcli-query-jsonl",
		source: "Grafana Loki's logcli query with --output=jsonl (one JSON object a line with labels, line and timestamp) over a syslog stream whose lines are message bodies: Grafana Loki docs 'LogCLI' (--output default|raw|jsonl); from memory of real lines. logcli's default output is an earlier table's; jsonl is in none",
		why:    "the timestamp member is the record's time; labels.host is the stream's host as in the default output; the line holds no time of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "web-07", `{"labels":{"host":"web-07","job":"syslog"},"line":"Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2","timestamp":"2026-11-29T07:41:16.204118Z"}`),
			we("2026-11-29T07:41:17.5Z", Unknown, "ups-1", `{"labels":{"host":"ups-1","job":"syslog"},"line":"UPS ups1@localhost on battery","timestamp":"2026-11-29T07:41:17.5Z"}`),
			we("2026-11-29T07:41:18.0012Z", Unknown, "nas-2", `{"labels":{"host":"nas-2","job":"syslog"},"line":"ata3.00: failed command: READ FPDMA QUEUED","timestamp":"2026-11-29T07:41:18.0012Z"}`),
		},
	},
	{
		name:   "loki-logcli-query-raw",
		source: "Grafana Loki's logcli query with --output=raw (only the stored line) over a Promtail syslog target stream, which keeps the message body without the syslog header: Grafana Loki docs 'LogCLI' and Promtail's syslog receiver docs (the message content is the line unless use_rfc5424_message is set); from memory of real lines. logcli's default output is an earlier table's; raw is in none",
		why:    "bodies without a header have no time and no host of their own; nginx's own line inside one keeps its own time and [error]; a kernel uptime is no time",
		gap:    "after nginx's timed `2026/11/29 07:41:17 [error] …` line, the untimed message bodies that follow (`pam_unix(sudo:session): …`, `[ 4120.553011] ata3.00: …`) are joined to it as continuation lines instead of being records of their own",
		entries: []worldEntry{
			we("", Unknown, "", "Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2"),
			we("2026-11-29T07:41:17Z", Error, "", "2026/11/29 07:41:17 [error] 901#901: *4120 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.20.0.7"),
			we("", Unknown, "", "pam_unix(sudo:session): session opened for user root(uid=0) by anna(uid=1000)"),
			we("", Unknown, "", "[ 4120.553011] ata3.00: failed command: READ FPDMA QUEUED"),
		},
	},
	{
		name:   "grafana-explore-download-txt",
		source: "Grafana Explore's Download logs as .txt (downloadLogsModelAsTxt: the meta items as `Label: JSON value` lines, two blank lines, then each row as the time formatted YYYY-MM-DD HH:mm:ss.SSS, a TAB and the line) over a Loki syslog stream: grafana/grafana public/app/features/inspector/utils/download.ts, read by search; the lines written for this table. No earlier table holds Grafana's download",
		why:    "the meta header (common labels, line limit) is no record; each row's time has milliseconds and no zone; the common host label is in the header, not in the rows",
		entries: []worldEntry{
			wskip(`Common labels: {"host":"web-07","job":"syslog","service_name":"syslog"}`, `Line limit: "1000 (4 returned)"`, `Total bytes processed: "1.52 kB"`, "", ""),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19.000\tpam_unix(sudo:session): session opened for user root(uid=0) by anna(uid=1000)"),
			we("2026-11-29T07:41:18.412Z", Unknown, "", "2026-11-29 07:41:18.412\tpam_unix(sudo:auth): authentication failure; logname=anna uid=1000 euid=0 tty=/dev/pts/0 ruser=anna rhost=  user=anna"),
			we("2026-11-29T07:41:17.004Z", Unknown, "", "2026-11-29 07:41:17.004\tConnection closed by authenticating user root 203.0.113.9 port 51234 [preauth]"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29 07:41:16.204\tAccepted publickey for deploy from 10.20.0.5 port 51234 ssh2"),
		},
	},

	// Other collectors' stored formats.
	{
		name:   "logstash-plain-codec-event-to-s",
		source: "Logstash's file (or kafka, tcp) output with the plain/line codec and no format, which writes Event#toString: `@timestamp host message`; here the syslog input in legacy mode (ecs_compatibility => disabled: host is the sender's address, message the body after the header, or the whole datagram when the input's grok failed): logstash-plugins/logstash-output-kafka issue #64 quoting the written line, elastic/logstash issue #5089 (Event#to_s), found by search; the lines written for this table. Logstash's syslog outputs, rubydebug and own log are earlier tables'; the plain codec's line is in none",
		why:    "an ISO time, then the host field, then the message; an RFC 5424 datagram the input could not parse keeps its PRI and its own time inside the message",
		gap:    "the host field after the ISO time (`2026-11-29T07:41:16.000Z 10.20.0.5 Accepted …`) is not read as the host, and the PRI of the RFC 5424 datagram kept inside the message (`10.20.0.1 <134>1 2026-…`) gives no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "10.20.0.5", "2026-11-29T07:41:16.000Z 10.20.0.5 Accepted publickey for deploy from 10.20.0.7 port 51234 ssh2"),
			we("2026-11-29T07:41:17Z", Unknown, "10.20.0.9", "2026-11-29T07:41:17.000Z 10.20.0.9 UPS ups1@localhost on battery"),
			we("2026-11-29T07:41:18.412Z|2026-11-29T07:41:18.4Z", Info, "10.20.0.1", "2026-11-29T07:41:18.412Z 10.20.0.1 <134>1 2026-11-29T07:41:18.400Z fw01.example.net filterlog 4120 - - 5,,,1000000103,igb0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,60,203.0.113.9,10.20.0.5,51234,23,0,S"),
			we("2026-11-29T07:41:19Z", Unknown, "10.20.0.5", "2026-11-29T07:41:19.000Z 10.20.0.5 pam_unix(sudo:session): session opened for user root(uid=0) by anna(uid=1000)"),
		},
	},
	{
		name:   "logstash-json-lines-syslog-ecs",
		source: "Logstash 8's file output (default json_lines codec) of events from the syslog input in ECS mode (host.hostname and host.ip, log.syslog.priority, log.syslog.severity.name such as Informational, process.name and pid, event.original with the datagram): the Logstash syslog input plugin reference (ECS field mapping) and the syslog_pri filter's severity labels; from memory of real lines. Logstash's plain log and the legacy severity_label event are earlier tables'; the ECS event is in none",
		why:    "@timestamp is the time; the nested log.syslog.severity.name is the level; host.hostname is the host, not host.ip",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "web-07", `{"@timestamp":"2026-11-29T07:41:16.000Z","service":{"type":"system"},"host":{"hostname":"web-07","ip":"10.20.0.5"},"event":{"original":"<38>Nov 29 07:41:16 web-07 sshd[4120]: Accepted publickey for deploy from 10.20.0.7 port 51234 ssh2"},"log":{"syslog":{"priority":38,"facility":{"code":4,"name":"security/authorization"},"severity":{"code":6,"name":"Informational"}}},"process":{"name":"sshd","pid":4120},"message":"Accepted publickey for deploy from 10.20.0.7 port 51234 ssh2","@version":"1"}`),
			we("2026-11-29T07:41:17Z", Warn, "ups-1", `{"@timestamp":"2026-11-29T07:41:17.000Z","service":{"type":"system"},"host":{"hostname":"ups-1","ip":"10.20.0.9"},"event":{"original":"<28>Nov 29 07:41:17 ups-1 upsmon[233]: UPS ups1@localhost on battery"},"log":{"syslog":{"priority":28,"facility":{"code":3,"name":"system"},"severity":{"code":4,"name":"Warning"}}},"process":{"name":"upsmon","pid":233},"message":"UPS ups1@localhost on battery","@version":"1"}`),
			we("2026-11-29T07:41:18Z", Error, "nas-2", `{"@timestamp":"2026-11-29T07:41:18.000Z","service":{"type":"system"},"host":{"hostname":"nas-2","ip":"10.20.0.5"},"event":{"original":"<3>Nov 29 07:41:18 nas-2 kernel: ata3.00: failed command: READ FPDMA QUEUED"},"log":{"syslog":{"priority":3,"facility":{"code":0,"name":"kernel"},"severity":{"code":3,"name":"Error"}}},"process":{"name":"kernel"},"message":"ata3.00: failed command: READ FPDMA QUEUED","@version":"1"}`),
		},
	},
	{
		name:   "fluent-bit-out-file-template-default",
		source: "Fluent Bit's file output with Format template and its default Template `{time} {message}` ({time} the record's time as epoch seconds with a fraction), fed by the syslog input with the syslog-rfc3164 parser: Fluent Bit manual, outputs 'File' (template format), found by search; the lines written for this table. Fluent Bit's out_file and plain formats are earlier tables'; the template format is in none",
		why:    "an epoch time with six decimals, then only the message body: no host, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "1795938076.000000 Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2"),
			we("2026-11-29T07:41:17Z", Unknown, "", "1795938077.000000 UPS ups1@localhost on battery"),
			we("2026-11-29T07:41:18Z", Unknown, "", "1795938078.000000 ata3.00: failed command: READ FPDMA QUEUED"),
		},
	},
	{
		name:   "fluent-bit-out-file-csv",
		source: "Fluent Bit's file output with Format csv (`time,\"value1\",\"value2\",…`: the record's epoch time first, then each value quoted in the record's key order) fed by the syslog input with the syslog-rfc3164 parser (pri, host, ident, pid, message): Fluent Bit manual, outputs 'File' (csv format) and parsers.conf's syslog-rfc3164, found by search; the lines written for this table. No earlier table holds Fluent Bit's csv file",
		why:    "an epoch time first; the quoted PRI (38 = auth.info) is the level and the quoted host value the host",
		gap:    "the quoted PRI and host values after the epoch time (`1795938076.000000,\"38\",\"web-07\",…`) are not read as the level and the host; the epoch time is",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "web-07", `1795938076.000000,"38","web-07","sshd","4120","Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2"`),
			we("2026-11-29T07:41:17Z", Warn, "ups-1", `1795938077.000000,"28","ups-1","upsmon","233","UPS ups1@localhost on battery"`),
			we("2026-11-29T07:41:18Z", Error, "nas-2", `1795938078.000000,"3","nas-2","kernel","","ata3.00: failed command: READ FPDMA QUEUED"`),
		},
	},
	{
		name:   "vector-file-sink-csv-codec",
		source: "Vector's file sink with `encoding.codec = \"csv\"` and `encoding.csv.fields = [\"timestamp\", \"hostname\", \"appname\", \"severity\", \"message\"]` behind the syslog source (severity as Vector's syslog names: info, warning, err, notice): Vector's 'CSV' codec and 'syslog' source reference; from memory of real lines. Vector's console JSON, logfmt and demo sources are earlier tables'; the csv codec is in none",
		why:    "an RFC 3339 time column, the host column, then the severity word column; a message with a comma is quoted",
		gap:    "the host and severity columns of the CSV line (`time,web-07,sshd,info,…`) are not read as the host and the level; the time column is",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "web-07", "2026-11-29T07:41:16.204118Z,web-07,sshd,info,Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2"),
			we("2026-11-29T07:41:17Z", Warn, "ups-1", "2026-11-29T07:41:17Z,ups-1,upsmon,warning,UPS ups1@localhost on battery"),
			we("2026-11-29T07:41:18.001Z", Error, "nas-2", `2026-11-29T07:41:18.001Z,nas-2,kernel,err,"ata3.00: cmd 60/08:00:00:00:00/00:00:00:00:00/40 tag 0 ncq dma 4096 in, res 40/00:00:00:00:00/00:00:00:00:00/00 Emask 0x4 (timeout)"`),
			we("2026-11-29T07:41:19Z", Notice, "web-07", `2026-11-29T07:41:19Z,web-07,sudo,notice,"    anna : TTY=pts/0 ; PWD=/home/anna ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx"`),
		},
	},
	{
		name:   "vector-file-sink-gelf-codec",
		source: "Vector's file sink with `encoding.codec = \"gelf\"` behind the syslog source: GELF 1.1 JSON with host, short_message and an epoch timestamp, the other fields prefixed with an underscore in Vector's sorted key order (_appname, _facility, _procid, _severity, _source_ip, _source_type): Vector's 'GELF' codec reference and the GELF 1.1 specification; from memory of real lines. GELF from other senders is an earlier table's; Vector's gelf file is in none",
		why:    "an epoch timestamp with a fraction; host is the host; the _severity word field is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "web-07", `{"_appname":"sshd","_facility":"auth","_procid":4120,"_severity":"info","_source_ip":"10.20.0.5","_source_type":"syslog","host":"web-07","short_message":"Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2","timestamp":1795938076.204118,"version":"1.1"}`),
			we("2026-11-29T07:41:17Z", Warn, "ups-1", `{"_appname":"upsmon","_facility":"daemon","_procid":233,"_severity":"warning","_source_ip":"10.20.0.9","_source_type":"syslog","host":"ups-1","short_message":"UPS ups1@localhost on battery","timestamp":1795938077.0,"version":"1.1"}`),
			we("2026-11-29T07:41:18.001Z", Error, "nas-2", `{"_appname":"kernel","_facility":"kern","_severity":"err","_source_ip":"10.20.0.5","_source_type":"syslog","host":"nas-2","short_message":"ata3.00: failed command: READ FPDMA QUEUED","timestamp":1795938078.001,"version":"1.1"}`),
		},
	},
	{
		name:   "graylog-search-csv-export",
		source: "Graylog 5/6's search result export to CSV (the message table's fields, by default timestamp, source and message, every value quoted, a header row first; a message with newlines keeps them inside its quotes): Graylog documentation 'Export search results'; from memory of real lines. Graylog's server log and GELF are earlier tables'; the CSV export is in none",
		why:    "the header row is no record; the ISO timestamp column is the time and source the host; a Java exception's quoted lines are one record; Cisco's mnemonic digit inside a message is its level",
		gap:    "the quoted source column after the timestamp (`\"2026-…Z\",\"web-07\",\"sshd[4120]: …\"`) is not read as the host, and the Cisco mnemonic's severity digit inside the quoted message (`%LINK-3-UPDOWN`) gives no level; the times and the multi-line row are read",
		entries: []worldEntry{
			wskip(`"timestamp","source","message"`),
			we("2026-11-29T07:41:16.204Z", Unknown, "web-07", `"2026-11-29T07:41:16.204Z","web-07","sshd[4120]: Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2"`),
			we("2026-11-29T07:41:17.5Z", Unknown, "fw01", `"2026-11-29T07:41:17.500Z","fw01","filterlog[4120]: 5,,,1000000103,igb0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,60,203.0.113.9,10.20.0.5,51234,23,0,S,412,,64240,,mss;sackOK;TS;nop;wscale"`),
			we("2026-11-29T07:41:18.001Z", Error, "10.20.0.3", `"2026-11-29T07:41:18.001Z","10.20.0.3","412: *Nov 29 07:41:18.001: %LINK-3-UPDOWN: Interface GigabitEthernet1/0/12, changed state to down"`),
			we("2026-11-29T07:41:19.25Z", Unknown, "app01", `"2026-11-29T07:41:19.250Z","app01","java.lang.IllegalStateException: cart is empty`,
				"\tat com.example.shop.Cart.checkout(Cart.java:88)",
				`	at com.example.shop.web.CartController.post(CartController.java:41)"`),
		},
	},
	{
		name:   "cribl-stream-syslog-filesystem-ndjson",
		source: "Cribl Stream's Filesystem destination in JSON format behind its Syslog source (each event one JSON line: _raw with the datagram, _time in epoch seconds, appname, facility and facilityName, host, message, procid, severity and severityName): Cribl docs 'Syslog Source' (the parsed fields) and 'Filesystem/NFS Destination'; from memory of real lines. No earlier table holds Cribl",
		why:    "_time in epoch seconds is the time; severityName is the level; host is the host; _raw repeats the datagram with its own time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "web-07", `{"_raw":"<38>Nov 29 07:41:16 web-07 sshd[4120]: Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2","_time":1795938076,"appname":"sshd","facility":4,"facilityName":"auth","host":"web-07","message":"Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2","procid":"4120","severity":6,"severityName":"info"}`),
			we("2026-11-29T07:41:17Z", Warn, "ups-1", `{"_raw":"<28>Nov 29 07:41:17 ups-1 upsmon[233]: UPS ups1@localhost on battery","_time":1795938077,"appname":"upsmon","facility":3,"facilityName":"daemon","host":"ups-1","message":"UPS ups1@localhost on battery","procid":"233","severity":4,"severityName":"warning"}`),
			we("2026-11-29T07:41:18Z", Critical, "nas-2", `{"_raw":"<26>Nov 29 07:41:18 nas-2 mdadm[1201]: Fail event detected on md device /dev/md0","_time":1795938078,"appname":"mdadm","facility":3,"facilityName":"daemon","host":"nas-2","message":"Fail event detected on md device /dev/md0","procid":"1201","severity":2,"severityName":"crit"}`),
		},
	},
	{
		name:   "otel-collector-file-exporter-syslog",
		source: "the OpenTelemetry Collector's file exporter (OTLP JSON, one export batch a line: resourceLogs, scopeLogs, logRecords with timeUnixNano, observedTimeUnixNano, severityNumber and severityText, the body and the syslog receiver's attributes such as hostname and appname) behind the syslog receiver at a low rate, one record a batch: opentelemetry-collector-contrib's fileexporter and syslogreceiver READMEs; from memory of real lines. The stanza syslog test vectors are an earlier table's; the file exporter's lines are in none",
		why:    "times in nanoseconds as strings (the record's and the observed one), severityText is the level, the hostname attribute deep in a key/value list is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204118Z", Info, "web-07", `{"resourceLogs":[{"resource":{},"scopeLogs":[{"scope":{},"logRecords":[{"timeUnixNano":"1795938076000000000","observedTimeUnixNano":"1795938076204118000","severityNumber":9,"severityText":"info","body":{"stringValue":"<38>Nov 29 07:41:16 web-07 sshd[4120]: Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2"},"attributes":[{"key":"appname","value":{"stringValue":"sshd"}},{"key":"hostname","value":{"stringValue":"web-07"}},{"key":"proc_id","value":{"stringValue":"4120"}},{"key":"priority","value":{"intValue":"38"}},{"key":"facility","value":{"intValue":"4"}},{"key":"message","value":{"stringValue":"Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2"}}],"traceId":"","spanId":""}]}]}]}`),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.5Z", Warn, "ups-1", `{"resourceLogs":[{"resource":{},"scopeLogs":[{"scope":{},"logRecords":[{"timeUnixNano":"1795938077000000000","observedTimeUnixNano":"1795938077500000000","severityNumber":13,"severityText":"warning","body":{"stringValue":"<28>Nov 29 07:41:17 ups-1 upsmon[233]: UPS ups1@localhost on battery"},"attributes":[{"key":"appname","value":{"stringValue":"upsmon"}},{"key":"hostname","value":{"stringValue":"ups-1"}},{"key":"proc_id","value":{"stringValue":"233"}},{"key":"priority","value":{"intValue":"28"}},{"key":"facility","value":{"intValue":"3"}},{"key":"message","value":{"stringValue":"UPS ups1@localhost on battery"}}],"traceId":"","spanId":""}]}]}]}`),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.0012Z", Error, "nas-2", `{"resourceLogs":[{"resource":{},"scopeLogs":[{"scope":{},"logRecords":[{"timeUnixNano":"1795938078000000000","observedTimeUnixNano":"1795938078001200000","severityNumber":17,"severityText":"err","body":{"stringValue":"<3>Nov 29 07:41:18 nas-2 kernel: ata3.00: failed command: READ FPDMA QUEUED"},"attributes":[{"key":"appname","value":{"stringValue":"kernel"}},{"key":"hostname","value":{"stringValue":"nas-2"}},{"key":"priority","value":{"intValue":"3"}},{"key":"facility","value":{"intValue":"0"}},{"key":"message","value":{"stringValue":"ata3.00: failed command: READ FPDMA QUEUED"}}],"traceId":"","spanId":""}]}]}]}`),
		},
	},
	{
		name:   "telegraf-inputs-syslog-json-file",
		source: "Telegraf's syslog input written by the file output with data_format = \"json\" and omit_hostname = true (name syslog, tags appname, facility, hostname, severity, source; fields facility_code, severity_code, message, procid, version and the message's own time as nanoseconds; the metric's timestamp in epoch seconds, taken when the message was received): Telegraf's inputs.syslog README (metric schema) and the JSON output data format; from memory of real lines. Telegraf's syslog metrics in line protocol and its syslog output are earlier tables'; the JSON file is in none",
		why:    "two times, the metric's epoch seconds and fields.timestamp in nanoseconds; tags.severity is the level and tags.hostname the host, not tags.source",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204118Z", Info, "web-07", `{"fields":{"facility_code":4,"message":"Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2","procid":"4120","severity_code":6,"timestamp":1795938076204118000,"version":1},"name":"syslog","tags":{"appname":"sshd","facility":"auth","hostname":"web-07","severity":"info","source":"10.20.0.5"},"timestamp":1795938076}`),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.5Z", Warn, "ups-1", `{"fields":{"facility_code":3,"message":"UPS ups1@localhost on battery","procid":"233","severity_code":4,"timestamp":1795938077500000000,"version":1},"name":"syslog","tags":{"appname":"upsmon","facility":"daemon","hostname":"ups-1","severity":"warning","source":"10.20.0.9"},"timestamp":1795938077}`),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.0012Z", Error, "nas-2", `{"fields":{"facility_code":0,"message":"ata3.00: failed command: READ FPDMA QUEUED","severity_code":3,"timestamp":1795938078001200000,"version":1},"name":"syslog","tags":{"appname":"kernel","facility":"kern","hostname":"nas-2","severity":"err","source":"10.20.0.5"},"timestamp":1795938078}`),
		},
	},
}

func TestFresh67Formats(t *testing.T) { assertTable(t, fresh67Cases) }

func TestFresh67Score(t *testing.T) {
	checkScore(t, "fresh67 formats", fresh67Cases, [worldNumFields]float64{94.7, 96.3, 78.4, 93.4})
}
