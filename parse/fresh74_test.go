package parse

import "testing"

// The seventy-fourth fresh table, written on 2026-12-01: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the earlier fresh tables, compared by
// family and by product and not only by name, so that its score is again an honest figure for
// logs trawl has never been tuned on. Its theme is the files a Unix server's syslog daemon writes
// per facility and per program, as an operator finds them under /var/log (or /var/adm) on a
// machine without journald or beside it. It has five parts. The first is Debian's and Ubuntu's
// rsyslog files in the traditional and the high-precision templates (auth.log with su, login and
// sudo, kern.log with a soft lockup's trace, mail.err, daemon.log, cron.log, user.log, Debian
// 11's messages, sensord's readings and whoopsie in syslog, and sysvinit's bootlogd file on
// Devuan). The second is RHEL's, Rocky's, SUSE's and Alpine's (shadow-utils and pam_faillock in
// /var/log/secure, INN in spooler, CentOS 5's initlog boot.log and RHEL 6's console boot.log,
// kdumpctl in messages, wickedd, chronyd and NetworkManager in SUSE's RFC 3339 files, BusyBox
// syslogd's messages with crond, sshd and chronyd). The third is the BSDs (FreeBSD's auth.log,
// cron, lpd-errs, xferlog, maillog with dma, devd.log, and its messages with ntpd and its own
// dhclient; OpenBSD's authlog with doas, daemon and a turned-over messages; NetBSD's authlog;
// DragonFly's messages with dntpd). The fourth is the commercial Unixes (Solaris 7's messages
// without message ids, Solaris 10's /var/log/syslog with sendmail, Solaris 11's authlog, HP-UX's
// mail.log). The fifth is macOS before unified logging (secure.log and ppp.log). Each file is
// written with the programs that really write there, a repeated-message line and the daemons'
// own start and restart lines where the file has them. Where a program is already in an earlier
// table (sshd, sudo, su, cron, chronyd, ntpd, dhclient, NetworkManager, sendmail, postfix,
// dovecot, the kernel, BusyBox syslogd, newsyslog), the family here is another file, template or
// operating system's variant of it that no earlier table holds, and source says so.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own, the written clock read as UTC when the format
// writes no zone, a year-less date in the table's year and a bare time of day on the clock's day,
// levels only where the source puts them (a facility.level word or column, Solaris' `[ID n
// facility.level]`, a daemon's own level word or letter at its place: Postfix's `fatal:`,
// Dovecot's `Error:`, NetworkManager's `<warn>`, PulseAudio's `W:`; a level word in free text is
// no level, and an init script's `[ ok ]` or `[  OK  ]` is a status, not a level), "" host when
// the record names none (a peer, a client, a device or a process name is no host; the writer's
// own name after the time is), and a multi-line record as one entry; a kernel trace that syslog
// wrote a header on every line of is one record a line.
//
// The lines were written for this table in the layout each file really has, from the public
// material each source names where the search tool found it (the socklog Solaris readme, the
// Solaris administration guide, FreeBSD's dma(8), openSUSE/wicked PR #271, the ossec doas
// decoders, a Debian syslog.conf) and otherwise from memory of real lines (each source says
// which); hosts, ids and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run; a family trawl still
// gets wrong carries a gap that says what it does not read, and it stays in the score. The table
// is a measurement, never to be tuned on: no parser rule is to be written from it, or it stops
// being one.
//
// Its first figure, scored once at commit 2e56215 before any rule was written from it: level 96.8 %,
// time 100.0 %, host 100.0 %, records 100.0 % (macro), 38 of 42 families fully right.
//
// go test ./parse -run Fresh74 -v

var fresh74Cases = []worldCase{

	// Debian's and Ubuntu's rsyslog files.
	{
		name:   "debian-auth-log-su",
		source: "util-linux su(1) in Debian 11's /var/log/auth.log (rsyslog's RSYSLOG_TraditionalFileFormat: `Mmm dd HH:mm:ss host su[pid]: msg`; su's `(to root) user on tty` and `FAILED SU (to root) user on tty` lines beside pam_unix's su and su-l session lines): su(1) and pam_unix(8); Debian's rsyslog.conf (`auth,authpriv.* /var/log/auth.log`); from memory of real lines. Earlier tables hold sshd, pkexec and logind in auth.log and AIX's su, not util-linux su",
		why:    "the host after a year-less time, then su with its pid; `FAILED` in the message is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "deb11-app", "Nov 29 07:41:16 deb11-app su[4410]: (to root) anna on pts/1"),
			we("2026-11-29T07:41:16Z", Unknown, "deb11-app", "Nov 29 07:41:16 deb11-app su[4410]: pam_unix(su-l:session): session opened for user root(uid=0) by anna(uid=1000)"),
			we("2026-11-29T07:44:02Z", Unknown, "deb11-app", "Nov 29 07:44:02 deb11-app su[4410]: pam_unix(su-l:session): session closed for user root"),
			we("2026-11-29T07:45:11Z", Unknown, "deb11-app", "Nov 29 07:45:11 deb11-app su[4501]: pam_unix(su:auth): authentication failure; logname=bernd uid=1001 euid=0 tty=/dev/pts/2 ruser=bernd rhost=  user=root"),
			we("2026-11-29T07:45:13Z", Unknown, "deb11-app", "Nov 29 07:45:13 deb11-app su[4501]: FAILED SU (to root) bernd on pts/2"),
		},
	},
	{
		name:   "ubuntu-auth-log-sudo-precise",
		source: "sudo in Ubuntu 24.04's /var/log/auth.log, whose rsyslog default is the high-precision RSYSLOG_FileFormat (`yyyy-MM-ddTHH:mm:ss.ffffff±hh:mm host sudo: user : TTY=… ; PWD=… ; USER=… ; COMMAND=…`, sudo logging without a pid, the user right-aligned after the colon; pam_unix's sudo session lines; `3 incorrect password attempts` and `user NOT in sudoers`): sudoers(5) LOGGING and Ubuntu's rsyslog.conf; from memory of real lines. sudo's JSON and its own logfile are earlier tables'; this is its plain syslog line under the RFC 3339 template",
		why:    "an RFC 3339 stamp with microseconds and +01:00 converted to UTC; `sudo:` with padding after the colon; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Unknown, "noble-web", "2026-11-29T08:41:16.204512+01:00 noble-web sudo:     anna : TTY=pts/0 ; PWD=/home/anna ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx"),
			we("2026-11-29T07:41:16.206117Z", Unknown, "noble-web", "2026-11-29T08:41:16.206117+01:00 noble-web sudo: pam_unix(sudo:session): session opened for user root(uid=0) by anna(uid=1000)"),
			we("2026-11-29T07:41:17.48123Z", Unknown, "noble-web", "2026-11-29T08:41:17.481230+01:00 noble-web sudo: pam_unix(sudo:session): session closed for user root"),
			we("2026-11-29T07:42:03.118004Z", Unknown, "noble-web", "2026-11-29T08:42:03.118004+01:00 noble-web sudo:    bernd : 3 incorrect password attempts ; TTY=pts/2 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/cat /etc/shadow"),
			we("2026-11-29T07:42:09.550201Z", Unknown, "noble-web", "2026-11-29T08:42:09.550201+01:00 noble-web sudo:    bernd : user NOT in sudoers ; TTY=pts/2 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/id"),
		},
	},
	{
		name:   "debian-auth-log-login-tty",
		source: "shadow's login(1) on the console and a serial line in Debian 11's /var/log/auth.log (traditional template: `login[pid]: ROOT LOGIN  on '/dev/tty1'`, `FAILED LOGIN (n) on '/dev/ttyS0' FOR 'UNKNOWN', Authentication failure`, pam_unix's login lines): login(1) and login.defs(5) (LOG_OK_LOGINS, FAILLOG_ENAB); from memory of real lines. No earlier table holds shadow's login through syslog (macOS's login is another program)",
		why:    "login's quoted tty and user; `ROOT LOGIN` and `FAILED LOGIN` are messages, not levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "deb11-kvm", "Nov 29 07:41:16 deb11-kvm login[1120]: pam_unix(login:session): session opened for user root(uid=0) by LOGIN(uid=0)"),
			we("2026-11-29T07:41:16Z", Unknown, "deb11-kvm", "Nov 29 07:41:16 deb11-kvm login[1120]: ROOT LOGIN  on '/dev/tty1'"),
			we("2026-11-29T07:43:02Z", Unknown, "deb11-kvm", "Nov 29 07:43:02 deb11-kvm login[1301]: pam_unix(login:auth): authentication failure; logname=LOGIN uid=0 euid=0 tty=/dev/ttyS0 ruser= rhost=  user=oper"),
			we("2026-11-29T07:43:05Z", Unknown, "deb11-kvm", "Nov 29 07:43:05 deb11-kvm login[1301]: FAILED LOGIN (1) on '/dev/ttyS0' FOR 'oper', Authentication failure"),
		},
	},
	{
		name:   "debian-kern-log-soft-lockup",
		source: "the kernel's soft-lockup report in Debian 11's /var/log/kern.log (traditional template; rsyslog's imklog writes every line of the report with its own header and the kernel's `[seconds.micro]` uptime: watchdog line, Modules linked in, CPU line, Call Trace and its frames): Debian's rsyslog.conf (`kern.* -/var/log/kern.log`); kernel.org's lockup-watchdogs documentation; from memory of real lines. Ubuntu 24.04's RFC 3339 kern.log is an earlier table's; this is the traditional file with a trace",
		why:    "every line of the trace has a syslog header of its own, so each is a record; the bracketed uptime is no time of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "deb11-hv", "Nov 29 07:41:16 deb11-hv kernel: [412070.118202] watchdog: BUG: soft lockup - CPU#3 stuck for 23s! [kworker/3:1:4410]"),
			we("2026-11-29T07:41:16Z", Unknown, "deb11-hv", "Nov 29 07:41:16 deb11-hv kernel: [412070.118240] Modules linked in: nfsv3 nfs_acl rpcsec_gss_krb5 auth_rpcgss nfsv4 dns_resolver nfs lockd grace fscache netfs bonding"),
			we("2026-11-29T07:41:16Z", Unknown, "deb11-hv", "Nov 29 07:41:16 deb11-hv kernel: [412070.118301] CPU: 3 PID: 4410 Comm: kworker/3:1 Not tainted 5.10.0-33-amd64 #1 Debian 5.10.226-1"),
			we("2026-11-29T07:41:16Z", Unknown, "deb11-hv", "Nov 29 07:41:16 deb11-hv kernel: [412070.118330] Call Trace:"),
			we("2026-11-29T07:41:16Z", Unknown, "deb11-hv", "Nov 29 07:41:16 deb11-hv kernel: [412070.118341]  ? __schedule+0x282/0x870"),
		},
	},
	{
		name:   "debian-mail-err-file",
		source: "Debian 11's /var/log/mail.err (`mail.err /var/log/mail.err` in the stock rsyslog.conf before Debian 12; traditional template): Postfix's fatal: and error: lines and Dovecot's Error: and Fatal: lines, the only severities the file receives: Debian's rsyslog.conf, Postfix's msg(3) severities (fatal is LOG_CRIT), Dovecot's logging documentation; from memory of real lines. Earlier tables hold Postfix's mail.log and Debian's mail.warn; mail.err is another file of the same split",
		why:    "Postfix's `fatal:` (Critical) and `error:`, Dovecot's `Error:` and `Fatal:` after its process name are the daemons' own levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Critical, "mx2", "Nov 29 07:41:16 mx2 postfix/smtpd[4410]: fatal: in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions, specify at least one working instance of: reject_unauth_destination, defer_unauth_destination, reject, defer, defer_if_permit or check_relay_domains"),
			we("2026-11-29T07:41:19Z", Error, "mx2", "Nov 29 07:41:19 mx2 postfix/local[4420]: error: open database /etc/aliases.db: No such file or directory"),
			we("2026-11-29T07:41:22Z", Error, "mx2", "Nov 29 07:41:22 mx2 dovecot: imap(anna)<4431><tH2xk1ArYMQKAAB7>: Error: Mailbox INBOX: open(/var/mail/anna) failed: Permission denied (euid=1000(anna) egid=1000(anna) missing +w perm: /var/mail, dir owned by 0:8 mode=0775)"),
			we("2026-11-29T07:41:25Z", Critical, "mx2", "Nov 29 07:41:25 mx2 dovecot: auth: Fatal: Unknown database driver 'mysql'"),
		},
	},
	{
		name:   "debian-daemon-log-file",
		source: "Debian 11's /var/log/daemon.log (`daemon.* -/var/log/daemon.log` in the stock rsyslog.conf before Debian 12; traditional template) on a workstation: systemd, dbus-daemon, avahi-daemon and ModemManager with its `<info>` level: Debian's rsyslog.conf and a Debian syslog.conf found by the search tool; from memory of real lines. dbus-daemon is in earlier tables in RHEL's messages and with a PRI; daemon.log is a file no earlier table holds",
		why:    "several daemons in one facility file; ModemManager's `<info>` is its own level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "deb11-ws", "Nov 29 07:41:16 deb11-ws systemd[1]: Starting Daily apt download activities..."),
			we("2026-11-29T07:41:16Z", Unknown, "deb11-ws", `Nov 29 07:41:16 deb11-ws dbus-daemon[601]: [system] Activating via systemd: service name='org.freedesktop.PackageKit' unit='packagekit.service' requested by ':1.52' (uid=0 pid=4410 comm="/usr/bin/gdbus call --system --dest org.freedesktop.")`),
			we("2026-11-29T07:41:17Z", Unknown, "deb11-ws", "Nov 29 07:41:17 deb11-ws avahi-daemon[598]: Joining mDNS multicast group on interface enp3s0.IPv4 with address 10.20.0.41."),
			we("2026-11-29T07:41:18Z", Info, "deb11-ws", "Nov 29 07:41:18 deb11-ws ModemManager[702]: <info>  [base-manager] couldn't check support for device '/sys/devices/pci0000:00/0000:00:1f.6': not supported by any plugin"),
		},
	},
	{
		name:   "debian-cron-log-file",
		source: "Debian's /var/log/cron.log (the `cron.* /var/log/cron.log` line uncommented in rsyslog.conf; traditional template): Vixie cron's `CRON[pid]: (user) CMD (command)` and `(user) MAIL (…)`, and the daemon's own `cron[pid]: (CRON) INFO (…)` start lines: cron(8) and a Debian syslog.conf found by the search tool; from memory of real lines. Cron in /var/log/syslog is an earlier table's; cron.log is a file no earlier table holds",
		why:    "`(CRON) INFO` is cron's event name in the slot that also holds CMD, MAIL and STARTUP, not a level; the command in parentheses is free text",
		gap:    "cron's `(CRON) INFO (…)` event word, in the slot that also holds CMD and MAIL, is read as an Info level",
		entries: []worldEntry{
			we("2026-11-29T07:17:01Z", Unknown, "deb11-app", "Nov 29 07:17:01 deb11-app CRON[4410]: (root) CMD (   cd / && run-parts --report /etc/cron.hourly)"),
			we("2026-11-29T07:30:01Z", Unknown, "deb11-app", "Nov 29 07:30:01 deb11-app CRON[4501]: (root) CMD ([ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi)"),
			we("2026-11-29T07:41:16Z", Unknown, "deb11-app", "Nov 29 07:41:16 deb11-app cron[598]: (CRON) INFO (pidfile fd = 3)"),
			we("2026-11-29T07:41:16Z", Unknown, "deb11-app", "Nov 29 07:41:16 deb11-app cron[598]: (CRON) INFO (Running @reboot jobs)"),
			we("2026-11-29T07:45:01Z", Unknown, "deb11-app", "Nov 29 07:45:01 deb11-app CRON[4620]: (anna) MAIL (mailed 212 bytes of output but got status 0x004b from MTA#012)"),
		},
	},
	{
		name:   "debian-user-log-file",
		source: "Debian 11's /var/log/user.log (`user.* -/var/log/user.log`; traditional template): logger(1) lines from scripts (the login name as tag without -t, `-t name --id=$$` with one) and PulseAudio's syslog target with its level letter (`W: [pulseaudio] file.c: msg`, `E: …`): logger(1), pulseaudio(1) --log-target; from memory of real lines. No earlier table holds user.log",
		why:    "logger's tag is a user name or a script name, never a host; PulseAudio's W: and E: letters are its levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "deb11-ws", "Nov 29 07:41:16 deb11-ws anna: backup of /home started"),
			we("2026-11-29T07:48:08Z", Unknown, "deb11-ws", "Nov 29 07:48:08 deb11-ws backup.sh[4410]: rsync of /home finished in 412s, 1204 files sent"),
			we("2026-11-29T07:48:20Z", Warn, "deb11-ws", "Nov 29 07:48:20 deb11-ws pulseaudio[1204]: W: [pulseaudio] module-alsa-card.c: Failed to find a working profile."),
			we("2026-11-29T07:48:20Z", Error, "deb11-ws", "Nov 29 07:48:20 deb11-ws pulseaudio[1204]: E: [pulseaudio] module.c: Failed to load module \"module-alsa-card\" (argument: \"device_id=\"1\" name=\"usb-Generic_USB_Audio-00\" card_name=\"alsa_card.usb\" tsched=yes\"): initialization failed."),
		},
	},
	{
		name:   "debian11-var-log-messages",
		source: "Debian 11's /var/log/messages (`*.=info;*.=notice;*.=warn; auth,authpriv.none; cron,daemon.none; mail,news.none -/var/log/messages`, dropped in Debian 12; traditional template): rsyslogd's own `[origin software=…] start` and `rsyslogd was HUPed` lines after logrotate, and the kernel's boot lines: Debian's rsyslog.conf; from memory of real lines. RHEL's and SUSE's messages are earlier tables'; Debian's is another selection in another template",
		why:    "rsyslogd's start and HUP lines; the kernel's build date inside the message is no time of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "deb11-nas", `Nov 29 07:41:16 deb11-nas rsyslogd: [origin software="rsyslogd" swVersion="8.2102.0" x-pid="512" x-info="https://www.rsyslog.com"] start`),
			we("2026-11-29T07:41:16Z", Unknown, "deb11-nas", "Nov 29 07:41:16 deb11-nas kernel: [    0.000000] Linux version 5.10.0-33-amd64 (debian-kernel@lists.debian.org) (gcc-10 (Debian 10.2.1-6) 10.2.1 20210110, GNU ld (GNU Binutils for Debian) 2.35.2) #1 SMP Debian 5.10.226-1 (2024-10-03)"),
			we("2026-11-29T07:41:16Z", Unknown, "deb11-nas", "Nov 29 07:41:16 deb11-nas kernel: [    2.412070] ata3: SATA link up 6.0 Gbps (SStatus 133 SControl 300)"),
			we("2026-11-29T07:41:20Z", Unknown, "deb11-nas", `Nov 29 07:41:20 deb11-nas rsyslogd: [origin software="rsyslogd" swVersion="8.2102.0" x-pid="512" x-info="https://www.rsyslog.com"] rsyslogd was HUPed`),
		},
	},
	{
		name:   "debian-daemon-log-sensord",
		source: "lm-sensors' sensord in Debian's daemon.log (traditional template: every reading interval a block of `sensord[pid]: Chip: name`, `Adapter: …` and one `label: value` line a sensor, and `Sensor alarm: Chip …` when a limit is crossed): sensord(8); from memory of real lines. No earlier table holds sensord",
		why:    "a block of readings that syslog wrote as one record a line; `Core 0:` is a sensor label, not a host or a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "deb11-srv", "Nov 29 07:41:16 deb11-srv sensord[1204]: Chip: coretemp-isa-0000"),
			we("2026-11-29T07:41:16Z", Unknown, "deb11-srv", "Nov 29 07:41:16 deb11-srv sensord[1204]: Adapter: ISA adapter"),
			we("2026-11-29T07:41:16Z", Unknown, "deb11-srv", "Nov 29 07:41:16 deb11-srv sensord[1204]: Package id 0: 48.0 C"),
			we("2026-11-29T07:41:16Z", Unknown, "deb11-srv", "Nov 29 07:41:16 deb11-srv sensord[1204]: Core 0: 46.0 C"),
			we("2026-11-29T07:46:16Z", Unknown, "deb11-srv", "Nov 29 07:46:16 deb11-srv sensord[1204]: Sensor alarm: Chip coretemp-isa-0000: Core 0: 92.0 C (min = +0.0 C, max = +80.0 C)"),
		},
	},
	{
		name:   "ubuntu-syslog-whoopsie",
		source: "Ubuntu 22.04's /var/log/syslog (traditional template, $RepeatedMsgReduction on) with whoopsie, the crash-report daemon, which puts its own `[HH:MM:SS]` before each message, and rsyslog's `message repeated N times: [ msg]`: whoopsie's source (log.c) and Ubuntu's rsyslog.conf; from memory of real lines. No earlier table holds whoopsie",
		why:    "a bare time of day in brackets after the tag repeats the header's; the repeat line keeps the first message's own time inside its brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "jammy-ws", "Nov 29 07:41:16 jammy-ws whoopsie[1204]: [07:41:16] Using lock path: /var/lock/whoopsie/lock"),
			we("2026-11-29T07:41:16Z", Unknown, "jammy-ws", "Nov 29 07:41:16 jammy-ws whoopsie[1204]: [07:41:16] The default IPv4 route is: /org/freedesktop/NetworkManager/ActiveConnection/1"),
			we("2026-11-29T07:41:16Z", Unknown, "jammy-ws", "Nov 29 07:41:16 jammy-ws whoopsie[1204]: [07:41:16] Not a paid data plan: /org/freedesktop/NetworkManager/ActiveConnection/1"),
			we("2026-11-29T07:41:16Z", Unknown, "jammy-ws", "Nov 29 07:41:16 jammy-ws whoopsie[1204]: [07:41:16] Found usable connection: /org/freedesktop/NetworkManager/ActiveConnection/1"),
			we("2026-11-29T07:41:46Z|2026-11-29T07:41:16Z", Unknown, "jammy-ws", "Nov 29 07:41:46 jammy-ws whoopsie[1204]: message repeated 2 times: [ [07:41:16] Found usable connection: /org/freedesktop/NetworkManager/ActiveConnection/1]"),
		},
	},
	{
		name:   "devuan-bootlogd-var-log-boot",
		source: "sysvinit's bootlogd writing /var/log/boot on Devuan and Debian with sysvinit-core (`Ddd Mmm dd HH:mm:ss yyyy: ` before each console line; the LSB init-functions' `[ ok ]`, `[info]`, `[warn]` and `[FAIL]` markers at the head of the message): bootlogd(8) and /lib/lsb/init-functions (log_success_msg, log_warning_msg, log_failure_msg); from memory of real lines. No earlier table holds bootlogd",
		why:    "a ctime-style date with the year and a colon; LSB's [info], [warn] and [FAIL] are the init scripts' message levels, [ ok ] a success status and no level",
		gap:    "the LSB `[FAIL]` marker after bootlogd's date is not read as an error level (`[info]` and `[warn]` are)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: [ ok ] Starting OpenBSD Secure Shell server: sshd."),
			we("2026-11-29T07:41:16Z", Info, "", "Sun Nov 29 07:41:16 2026: [info] Loading kernel module loop."),
			we("2026-11-29T07:41:17Z", Warn, "", "Sun Nov 29 07:41:17 2026: [warn] Not starting NFS kernel daemon: no exports. ... (warning)."),
			we("2026-11-29T07:41:18Z", Error, "", "Sun Nov 29 07:41:18 2026: [FAIL] Starting NTP server: ntpd failed!"),
		},
	},

	// RHEL's, Rocky's, SUSE's and Alpine's files.
	{
		name:   "rhel-secure-shadow-useradd",
		source: "shadow-utils' groupadd, useradd, passwd, usermod and userdel in Rocky Linux 9's /var/log/secure (`authpriv.* /var/log/secure`, rsyslog's traditional template: `groupadd[pid]: new group: name=…, GID=…`, `useradd[pid]: new user: name=…, UID=…, GID=…, home=…, shell=…, from=/dev/pts/0`): useradd(8), the shadow man pages found by the search tool, RHEL's rsyslog.conf; from memory of real lines. No earlier table holds shadow-utils' account lines",
		why:    "key=value fields after the tag, one record a line; `from=/dev/pts/0` is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "rocky9-db", "Nov 29 07:41:16 rocky9-db groupadd[4410]: group added to /etc/group: name=pgbackup, GID=1002"),
			we("2026-11-29T07:41:16Z", Unknown, "rocky9-db", "Nov 29 07:41:16 rocky9-db groupadd[4410]: new group: name=pgbackup, GID=1002"),
			we("2026-11-29T07:41:16Z", Unknown, "rocky9-db", "Nov 29 07:41:16 rocky9-db useradd[4415]: new user: name=pgbackup, UID=1002, GID=1002, home=/home/pgbackup, shell=/bin/bash, from=/dev/pts/0"),
			we("2026-11-29T07:41:22Z", Unknown, "rocky9-db", "Nov 29 07:41:22 rocky9-db passwd[4421]: pam_unix(passwd:chauthtok): password changed for pgbackup"),
			we("2026-11-29T07:41:30Z", Unknown, "rocky9-db", "Nov 29 07:41:30 rocky9-db usermod[4430]: add 'pgbackup' to group 'wheel'"),
			we("2026-11-29T07:55:02Z", Unknown, "rocky9-db", "Nov 29 07:55:02 rocky9-db userdel[4501]: delete user 'tmpbuild'"),
		},
	},
	{
		name:   "rocky9-secure-pam-faillock",
		source: "pam_faillock's syslog lines in Rocky Linux 9's /var/log/secure beside sshd's (traditional template: `sshd[pid]: pam_faillock(sshd:auth): Consecutive login failures for user root account temporarily locked`, `pam_faillock(sshd:auth): User unknown`): pam_faillock(8); from memory of real lines. The faillock command's tally listing is an earlier table's; these are the module's syslog lines",
		why:    "the module and service in parentheses after the tag; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "rocky9-bastion", "Nov 29 07:41:16 rocky9-bastion sshd[4410]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=198.51.100.9  user=root"),
			we("2026-11-29T07:41:18Z", Unknown, "rocky9-bastion", "Nov 29 07:41:18 rocky9-bastion sshd[4410]: Failed password for root from 198.51.100.9 port 41220 ssh2"),
			we("2026-11-29T07:41:31Z", Unknown, "rocky9-bastion", "Nov 29 07:41:31 rocky9-bastion sshd[4410]: pam_faillock(sshd:auth): Consecutive login failures for user root account temporarily locked"),
			we("2026-11-29T07:42:02Z", Unknown, "rocky9-bastion", "Nov 29 07:42:02 rocky9-bastion sshd[4433]: pam_faillock(sshd:auth): User unknown"),
		},
	},
	{
		name:   "rhel-spooler-innd",
		source: "INN's innd and innxmit at news.crit in RHEL's /var/log/spooler (`uucp,news.crit /var/log/spooler` in the stock rsyslog.conf; traditional template: `innd[pid]: SERVER throttle …`, `innxmit[pid]: peer cant connect …`): RHEL's rsyslog.conf and INN's innd(8) logging; from memory of real lines. No earlier table holds INN or the spooler file",
		why:    "the file holds only crit lines, but the line writes no level; INN's `SERVER` and `ME` are its own subject words, not hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "news1", "Nov 29 07:41:16 news1 innd[2211]: SERVER cant write history: No space left on device"),
			we("2026-11-29T07:41:16Z", Unknown, "news1", "Nov 29 07:41:16 news1 innd[2211]: SERVER throttle No space left on device"),
			we("2026-11-29T07:58:40Z", Unknown, "news1", "Nov 29 07:58:40 news1 innd[2211]: ME cant open /var/spool/news/overview/group.index: Permission denied"),
			we("2026-11-29T08:02:11Z", Unknown, "news1", "Nov 29 08:02:11 news1 innxmit[4410]: news.example.net cant connect Connection refused"),
		},
	},
	{
		name:   "centos5-boot-log-initlog",
		source: "CentOS and RHEL 5's /var/log/boot.log (`local7.* /var/log/boot.log` in syslog.conf; initlog sends each init script's result to sysklogd: `Mmm dd HH:mm:ss host service: Starting service:  succeeded`, `syslog: syslogd startup succeeded`): RHEL 5 initscripts (initlog(8)) and sysklogd's syslog.conf; from memory of real lines. systemd's boot.log is an earlier table's; this is the syslog-written boot.log of the initlog era",
		why:    "the service name as the tag; `failed` and `succeeded` are results in free text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "c5-legacy", "Nov 29 07:41:16 c5-legacy syslog: syslogd startup succeeded"),
			we("2026-11-29T07:41:16Z", Unknown, "c5-legacy", "Nov 29 07:41:16 c5-legacy syslog: klogd startup succeeded"),
			we("2026-11-29T07:41:17Z", Unknown, "c5-legacy", "Nov 29 07:41:17 c5-legacy network: Bringing up loopback interface:  succeeded"),
			we("2026-11-29T07:41:19Z", Unknown, "c5-legacy", "Nov 29 07:41:19 c5-legacy network: Bringing up interface eth1:  failed"),
			we("2026-11-29T07:41:21Z", Unknown, "c5-legacy", "Nov 29 07:41:21 c5-legacy sshd: Starting sshd:  succeeded"),
		},
	},
	{
		name:   "rhel6-boot-log-console",
		source: "RHEL and CentOS 6's /var/log/boot.log (plymouth saves the console of the rc scripts: `Starting sshd: ` then the cursor move and coloured `[  OK  ]` or `[FAILED]` status of initscripts' echo_success, no time, no host): RHEL 6 initscripts' /etc/init.d/functions (echo_success, echo_failure, MOVE_TO_COL); from memory of real lines. No earlier table holds the RHEL 6 console boot.log",
		why:    "ANSI escapes and a status word, nothing else: no time, no level, no host",
		entries: []worldEntry{
			we("", Unknown, "", "Bringing up loopback interface:  \x1b[60G[\x1b[0;32m  OK  \x1b[0;39m]"),
			we("", Unknown, "", "Bringing up interface eth0:  \x1b[60G[\x1b[0;32m  OK  \x1b[0;39m]"),
			we("", Unknown, "", "Starting ntpd: \x1b[60G[\x1b[0;31mFAILED\x1b[0;39m]"),
			we("", Unknown, "", "Starting sshd: \x1b[60G[\x1b[0;32m  OK  \x1b[0;39m]"),
		},
	},
	{
		name:   "rhel9-messages-kdumpctl",
		source: "kdumpctl and systemd's kdump.service lines in RHEL and Rocky 9's /var/log/messages (traditional template: `kdumpctl[pid]: kdump: msg`, the script's own `kdump:` prefix, `Starting kdump: [OK]`): kdumpctl(8) and RHEL's kdump documentation; from memory of real lines. No earlier table holds kdumpctl",
		why:    "a second prefix `kdump:` after the tag is no host; `[OK]` is a status",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "rocky9-app", "Nov 29 07:41:16 rocky9-app systemd[1]: Starting Crash recovery kernel arming..."),
			we("2026-11-29T07:41:19Z", Unknown, "rocky9-app", "Nov 29 07:41:19 rocky9-app kdumpctl[1204]: kdump: kexec: loaded kdump kernel"),
			we("2026-11-29T07:41:19Z", Unknown, "rocky9-app", "Nov 29 07:41:19 rocky9-app kdumpctl[1204]: kdump: Starting kdump: [OK]"),
			we("2026-11-29T07:41:19Z", Unknown, "rocky9-app", "Nov 29 07:41:19 rocky9-app systemd[1]: Finished Crash recovery kernel arming."),
			we("2026-11-29T07:52:40Z", Unknown, "rocky9-app", "Nov 29 07:52:40 rocky9-app kdumpctl[4410]: kdump: No memory reserved for crash kernel"),
		},
	},
	{
		name:   "sles-messages-wickedd-dhcp4",
		source: "SUSE's wicked network daemons in SLES 15's /var/log/messages (rsyslog with SUSE's RSYSLOG_FileFormat: `yyyy-MM-ddTHH:mm:ss.ffffff±hh:mm host wickedd-dhcp4[pid]: ifname: msg`, and wicked's `ifname up` status lines): openSUSE/wicked PR #271 found by the search tool (grep of /var/log/messages); from memory of real lines. An earlier table holds systemd's line about a wickedd unit; wickedd-dhcp4 and wicked's own lines are in none",
		why:    "an RFC 3339 stamp with +01:00; the interface name before a colon is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.020445Z", Unknown, "sles15-app", "2026-11-29T08:41:16.020445+01:00 sles15-app wickedd-dhcp4[1120]: eth0: Request to acquire DHCPv4 lease with UUID 4a1f2e3d-0c11-0300-2a04-000007000000"),
			we("2026-11-29T07:41:16.037019Z", Unknown, "sles15-app", "2026-11-29T08:41:16.037019+01:00 sles15-app wickedd-dhcp4[1120]: eth0: Received offer for 10.20.0.61 from 10.20.0.1"),
			we("2026-11-29T07:41:16.052389Z", Unknown, "sles15-app", "2026-11-29T08:41:16.052389+01:00 sles15-app wickedd-dhcp4[1120]: eth0: Committed DHCPv4 lease with address 10.20.0.61 (lease time 14400 sec, renew in 7200 sec, rebind in 12600 sec)"),
			we("2026-11-29T07:41:16.410228Z", Unknown, "sles15-app", "2026-11-29T08:41:16.410228+01:00 sles15-app wicked[1133]: lo              up"),
			we("2026-11-29T07:41:16.410301Z", Unknown, "sles15-app", "2026-11-29T08:41:16.410301+01:00 sles15-app wicked[1133]: eth0            up"),
		},
	},
	{
		name:   "sles12-messages-chronyd-precise",
		source: "chronyd in SLES 12's /var/log/messages (SUSE's RSYSLOG_FileFormat with microseconds and the offset): chronyd's start, drift and source-selection lines: chronyd(8); from memory of real lines. chronyd's traditional-template syslog and its own log files are earlier tables'; this is its line under the RFC 3339 template",
		why:    "an RFC 3339 stamp; the feature list in parentheses and the drift figure carry no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.41207Z", Unknown, "sles12-db", "2026-11-29T08:41:16.412070+01:00 sles12-db chronyd[1402]: chronyd version 3.2 starting (+CMDMON +NTP +REFCLOCK +RTC +PRIVDROP +SCFILTER +SECHASH +SIGND +ASYNCDNS +IPV6 -DEBUG)"),
			we("2026-11-29T07:41:16.41233Z", Unknown, "sles12-db", "2026-11-29T08:41:16.412330+01:00 sles12-db chronyd[1402]: Frequency -11.412 +/- 0.140 ppm read from /var/lib/chrony/drift"),
			we("2026-11-29T07:41:22.60104Z", Unknown, "sles12-db", "2026-11-29T08:41:22.601040+01:00 sles12-db chronyd[1402]: Selected source 10.20.0.1"),
			we("2026-11-29T07:41:22.60122Z", Unknown, "sles12-db", "2026-11-29T08:41:22.601220+01:00 sles12-db chronyd[1402]: System clock wrong by 1.204512 seconds, adjustment started"),
		},
	},
	{
		name:   "sles-var-log-networkmanager",
		source: "SUSE's /var/log/NetworkManager (SUSE's rsyslog.conf sends `$programname == 'NetworkManager'` and the nm-* helpers to their own file, RSYSLOG_FileFormat): NetworkManager's `<info>`/`<warn>` level and its own `[epoch.micro]` stamp after the tag, nm-dispatcher's lines: SUSE's /etc/rsyslog.conf and NetworkManager.conf(5) [logging]; from memory of real lines. NetworkManager in RHEL's and Arch's messages is an earlier table's; SUSE's own file under the RFC 3339 template is in none",
		why:    "two versions of the record's time (the header's and NetworkManager's epoch); `<warn>` is its level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z|2026-11-29T07:41:16.2041Z", Info, "sled15-lap", "2026-11-29T08:41:16.204512+01:00 sled15-lap NetworkManager[812]: <info>  [1795938076.2041] device (wlan0): state change: config -> ip-config (reason 'none', sys-iface-state: 'managed')"),
			we("2026-11-29T07:41:19.552604Z|2026-11-29T07:41:19.552Z", Warn, "sled15-lap", "2026-11-29T08:41:19.552604+01:00 sled15-lap NetworkManager[812]: <warn>  [1795938079.5520] dhcp4 (wlan0): request timed out"),
			we("2026-11-29T07:41:19.601133Z", Unknown, "sled15-lap", `2026-11-29T08:41:19.601133+01:00 sled15-lap nm-dispatcher[4410]: req:3 'down' [wlan0], "/etc/NetworkManager/dispatcher.d/nfs": complete: failed with Script '/etc/NetworkManager/dispatcher.d/nfs' exited with status 1.`),
		},
	},
	{
		name:   "alpine-messages-busybox-crond",
		source: "BusyBox crond through BusyBox syslogd in Alpine's /var/log/messages (`Mmm dd HH:mm:ss host cron.info crond[pid]: USER root pid n cmd …`, its start line, and syslogd's own `syslogd started: BusyBox v…` and `syslogd exiting`): BusyBox's crond.c and syslogd.c; from memory of real lines. BusyBox crond in the foreground and BusyBox syslogd's other senders are earlier tables'; crond's lines in Alpine's messages are in none",
		why:    "a facility.level word after the host gives the level (cron.info, cron.err, syslog.info)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "alp-edge", "Nov 29 07:41:16 alp-edge syslog.info syslogd started: BusyBox v1.36.1"),
			we("2026-11-29T07:41:16Z", Info, "alp-edge", "Nov 29 07:41:16 alp-edge cron.info crond[2211]: crond (busybox 1.36.1) started, log level 8"),
			we("2026-11-29T07:45:00Z", Info, "alp-edge", "Nov 29 07:45:00 alp-edge cron.info crond[2211]: USER root pid 4410 cmd run-parts /etc/periodic/15min"),
			we("2026-11-29T07:46:00Z", Error, "alp-edge", "Nov 29 07:46:00 alp-edge cron.err crond[2211]: can't change directory to '/home/deploy'"),
			we("2026-11-29T07:50:12Z", Info, "alp-edge", "Nov 29 07:50:12 alp-edge syslog.info syslogd exiting"),
		},
	},
	{
		name:   "alpine-messages-sshd-chronyd",
		source: "OpenSSH's sshd and chronyd through BusyBox syslogd in Alpine's /var/log/messages (`host auth.info sshd[pid]: …`, `daemon.warn chronyd[pid]: …`, logger's `user.notice root: …`): BusyBox syslogd.c and Alpine's wiki on syslog; from memory of real lines. BusyBox syslogd is in earlier tables with dnsmasq and dropbear; sshd and chronyd on Alpine are in none",
		why:    "auth.info, daemon.warn and user.notice after the host are the levels; the user name as logger's tag is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "alp-db", "Nov 29 07:41:16 alp-db auth.info sshd[3011]: Server listening on 0.0.0.0 port 22."),
			we("2026-11-29T07:41:20Z", Info, "alp-db", "Nov 29 07:41:20 alp-db auth.info sshd[3042]: Accepted publickey for root from 10.20.0.5 port 52110 ssh2: ED25519 SHA256:q1Zx4f1c2a7e9b3d0k8L"),
			we("2026-11-29T07:41:22Z", Warn, "alp-db", "Nov 29 07:41:22 alp-db daemon.warn chronyd[2102]: System clock wrong by 3.412070 seconds"),
			we("2026-11-29T07:41:25Z", Notice, "alp-db", "Nov 29 07:41:25 alp-db user.notice root: restic backup started"),
		},
	},

	// The BSDs' files.
	{
		name:   "freebsd-auth-log-su-login",
		source: "FreeBSD 14's /var/log/auth.log (`auth.info;authpriv.info /var/log/auth.log` in the stock syslog.conf; syslogd's BSD lines): FreeBSD su's `su: user to root on /dev/pts/n` and `BAD SU …` (openlog without LOG_PID), login's `ROOT LOGIN (root) ON ttyv0`, sshd: FreeBSD su(1), login(1) and syslog.conf(5); from memory of real lines. Linux su and login are other programs; no earlier table holds FreeBSD's su or login",
		why:    "`su:` without a pid after the host; `BAD SU` is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14-gw", "Nov 29 07:41:16 fbsd14-gw sshd[4401]: Accepted publickey for anna from 10.20.0.5 port 52110 ssh2: ED25519 SHA256:Hk2f8c1d9a4e7b3f0m2P"),
			we("2026-11-29T07:41:20Z", Unknown, "fbsd14-gw", "Nov 29 07:41:20 fbsd14-gw su: anna to root on /dev/pts/0"),
			we("2026-11-29T07:42:40Z", Unknown, "fbsd14-gw", "Nov 29 07:42:40 fbsd14-gw login[1301]: ROOT LOGIN (root) ON ttyv0"),
			we("2026-11-29T07:43:05Z", Unknown, "fbsd14-gw", "Nov 29 07:43:05 fbsd14-gw su: BAD SU bernd to root on /dev/pts/1"),
		},
	},
	{
		name:   "freebsd-var-log-cron",
		source: "FreeBSD's /var/log/cron (`cron.* /var/log/cron`): cron(8) logging under its full path as the tag (`/usr/sbin/cron[pid]: (user) CMD (command)`) for the stock crontab's atrun, save-entropy, newsyslog and adjkerntz: FreeBSD's /etc/crontab and syslog.conf(5); from memory of real lines. Linux's cronie and Vixie cron files are earlier tables'; FreeBSD's cron is in none",
		why:    "a tag that is an absolute path with a pid; the user in parentheses is no host",
		entries: []worldEntry{
			we("2026-11-29T07:40:00Z", Unknown, "fbsd14-gw", "Nov 29 07:40:00 fbsd14-gw /usr/sbin/cron[4410]: (root) CMD (/usr/libexec/atrun)"),
			we("2026-11-29T07:44:00Z", Unknown, "fbsd14-gw", "Nov 29 07:44:00 fbsd14-gw /usr/sbin/cron[4431]: (operator) CMD (/usr/libexec/save-entropy)"),
			we("2026-11-29T08:00:00Z", Unknown, "fbsd14-gw", "Nov 29 08:00:00 fbsd14-gw /usr/sbin/cron[4502]: (root) CMD (newsyslog)"),
			we("2026-11-29T08:01:00Z", Unknown, "fbsd14-gw", "Nov 29 08:01:00 fbsd14-gw /usr/sbin/cron[4511]: (root) CMD (adjkerntz -a)"),
		},
	},
	{
		name:   "freebsd-lpd-errs",
		source: "FreeBSD's /var/log/lpd-errs (`lpr.info /var/log/lpd-errs` in the stock syslog.conf): lpd(8)'s restart line and per-queue errors (`lpd[pid]: queue: msg`): FreeBSD lpd(8) and syslog.conf(5); from memory of real lines. No earlier table holds lpd or lpd-errs",
		why:    "the printer queue name before a colon is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14-ps", "Nov 29 07:41:16 fbsd14-ps lpd[812]: restarted"),
			we("2026-11-29T07:41:50Z", Unknown, "fbsd14-ps", "Nov 29 07:41:50 fbsd14-ps lpd[4410]: lp: connection to printsrv.example.org is down"),
			we("2026-11-29T07:42:20Z", Unknown, "fbsd14-ps", "Nov 29 07:42:20 fbsd14-ps lpd[4410]: lp: job cfA412client7 unprintable: /dev/ulpt0: Device not configured"),
		},
	},
	{
		name:   "freebsd-xferlog-ftpd",
		source: "FreeBSD ftpd(8) with -l -l logging connections, logins and transfers at ftp.info to /var/log/xferlog (`ftp.info /var/log/xferlog` in the stock syslog.conf: `ftpd[pid]: connection from name (addr)`, `ANONYMOUS FTP LOGIN FROM …`, `get /path = n bytes in s seconds`): FreeBSD ftpd(8) -l; from memory of real lines. wu-ftpd's and ProFTPD's own xferlog records are earlier tables'; FreeBSD's syslog-written xferlog is in none",
		why:    "the client's name in the message is a peer, not the host; the seconds of a transfer are no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14-ftp", "Nov 29 07:41:16 fbsd14-ftp ftpd[4410]: connection from client-7.example.org (203.0.113.7)"),
			we("2026-11-29T07:41:17Z", Unknown, "fbsd14-ftp", "Nov 29 07:41:17 fbsd14-ftp ftpd[4410]: ANONYMOUS FTP LOGIN FROM client-7.example.org, guest@"),
			we("2026-11-29T07:41:19Z", Unknown, "fbsd14-ftp", "Nov 29 07:41:19 fbsd14-ftp ftpd[4410]: get /pub/releases/app-4.1.tar.xz = 1048576 bytes in 0.412 seconds"),
			we("2026-11-29T07:43:02Z", Unknown, "fbsd14-ftp", "Nov 29 07:43:02 fbsd14-ftp ftpd[4451]: FTP LOGIN FAILED FROM 198.51.100.9, root"),
		},
	},
	{
		name:   "freebsd-maillog-dma",
		source: "the DragonFly Mail Agent, FreeBSD 14's default local mailer, in /var/log/maillog (`mail.info /var/log/maillog`: `dma[queue-id]: msg`, the bracket holding dma's hex queue id instead of a pid: new mail, queued as, trying delivery, delivery successful or failed): FreeBSD's dma(8) found by the search tool; from memory of real lines. No earlier table holds dma",
		why:    "a hex id with a dot where the pid goes; the envelope addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T08:01:02Z", Unknown, "fbsd14-gw", "Nov 29 08:01:02 fbsd14-gw dma[1f4a2.800d0a000]: new mail from user=root uid=0 envelope_from=<root@fbsd14-gw.example.org>"),
			we("2026-11-29T08:01:02Z", Unknown, "fbsd14-gw", "Nov 29 08:01:02 fbsd14-gw dma[1f4a2.800d0a000]: mail to=<root@fbsd14-gw.example.org> queued as 1f4a2.800d0c000"),
			we("2026-11-29T08:01:02Z", Unknown, "fbsd14-gw", "Nov 29 08:01:02 fbsd14-gw dma[1f4a2.800d0c000]: trying delivery"),
			we("2026-11-29T08:01:02Z", Unknown, "fbsd14-gw", "Nov 29 08:01:02 fbsd14-gw dma[1f4a2.800d0c000]: delivery successful"),
		},
	},
	{
		name:   "freebsd-devd-log",
		source: "FreeBSD 14's /var/log/devd.log (the `!devd` block of the stock syslog.conf, `*.>=notice /var/log/devd.log`): devd(8)'s `Processing event '!system=… subsystem=… type=…'` and `Executing '…'` lines: devd(8), devd.conf(5); from memory of real lines. No earlier table holds devd",
		why:    "a quoted event full of key=value pairs; `!system=USB` is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14-lap", `Nov 29 07:41:16 fbsd14-lap devd[812]: Processing event '!system=USB subsystem=DEVICE type=ATTACH ugen=ugen0.4 cdev=ugen0.4 vendor=0x0781 product=0x5583 devclass=0x00 devsubclass=0x00 sernum="4C530001" release=0x0100 mode=host port=3 parent=ugen0.1'`),
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14-lap", "Nov 29 07:41:16 fbsd14-lap devd[812]: Executing 'service ums quietstart ums0'"),
			we("2026-11-29T07:41:20Z", Unknown, "fbsd14-lap", "Nov 29 07:41:20 fbsd14-lap devd[812]: Processing event '!system=IFNET subsystem=wlan0 type=LINK_UP'"),
		},
	},
	{
		name:   "freebsd-messages-ntpd",
		source: "the reference ntpd in FreeBSD's /var/log/messages (`ntpd[pid]: ntpd 4.2.8p18-a (1): Starting`, its command line, the leap-second file, `Listen normally on …`, `kernel reports TIME_ERROR`, then syslogd's `last message repeated N times` with the host): ntpd(8) and FreeBSD syslogd(8); from memory of real lines. ntpd's own logfile and ntpstats are earlier tables'; its syslog lines on FreeBSD are in none",
		why:    "syslogd's repeat line keeps the host; `TIME_ERROR` is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14-ns", "Nov 29 07:41:16 fbsd14-ns ntpd[1002]: ntpd 4.2.8p18-a (1): Starting"),
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14-ns", "Nov 29 07:41:16 fbsd14-ns ntpd[1002]: Command line: /usr/sbin/ntpd -p /var/db/ntp/ntpd.pid -c /etc/ntp.conf -f /var/db/ntpd.drift -g"),
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14-ns", "Nov 29 07:41:16 fbsd14-ns ntpd[1003]: leapsecond file ('/var/db/ntpd.leap-seconds.list'): good hash signature"),
			we("2026-11-29T07:48:01Z", Unknown, "fbsd14-ns", "Nov 29 07:48:01 fbsd14-ns ntpd[1003]: kernel reports TIME_ERROR: 0x41: Clock Unsynchronized"),
			we("2026-11-29T07:49:31Z", Unknown, "fbsd14-ns", "Nov 29 07:49:31 fbsd14-ns last message repeated 2 times"),
		},
	},
	{
		name:   "freebsd-messages-dhclient",
		source: "FreeBSD's own dhclient (the OpenBSD-derived one, not ISC's) and dhclient-script in /var/log/messages (`dhclient[pid]: DHCPREQUEST on vtnet0 to 255.255.255.255 port 67`, `bound to … -- renewal in n seconds.`, the script's `New IP Address (vtnet0): …`): FreeBSD dhclient(8) and dhclient-script(8); from memory of real lines. ISC dhclient's lines are earlier tables'; FreeBSD's dhclient is another program",
		why:    "the interface in parentheses is no host; the renewal seconds are no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14-gw", "Nov 29 07:41:16 fbsd14-gw dhclient[644]: DHCPREQUEST on vtnet0 to 255.255.255.255 port 67"),
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14-gw", "Nov 29 07:41:16 fbsd14-gw dhclient[644]: DHCPACK from 10.20.0.1"),
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14-gw", "Nov 29 07:41:16 fbsd14-gw dhclient[561]: New IP Address (vtnet0): 10.20.0.44"),
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14-gw", "Nov 29 07:41:16 fbsd14-gw dhclient[562]: New Routers (vtnet0): 10.20.0.1"),
			we("2026-11-29T07:41:16Z", Unknown, "fbsd14-gw", "Nov 29 07:41:16 fbsd14-gw dhclient[644]: bound to 10.20.0.44 -- renewal in 43200 seconds."),
		},
	},
	{
		name:   "openbsd-authlog-doas",
		source: "OpenBSD's /var/log/authlog (`auth.info /var/log/authlog`): doas(1)'s `doas: user ran command … as root from /dir`, `failed auth for user` and `command not permitted for user: cmd` (no pid), su's `BAD SU`, sshd: OpenBSD doas.c and su(1); ossec/ossec-hids PR #1064 (doas decoders) found by the search tool; from memory of real lines. No earlier table holds doas",
		why:    "`doas:` without a pid; the working directory after `from` is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "obsd-fw", "Nov 29 07:41:16 obsd-fw doas: anna ran command pfctl -sr as root from /home/anna"),
			we("2026-11-29T07:41:30Z", Unknown, "obsd-fw", "Nov 29 07:41:30 obsd-fw doas: failed auth for bernd"),
			we("2026-11-29T07:41:34Z", Unknown, "obsd-fw", "Nov 29 07:41:34 obsd-fw doas: command not permitted for bernd: rcctl restart pf"),
			we("2026-11-29T07:42:01Z", Unknown, "obsd-fw", "Nov 29 07:42:01 obsd-fw sshd[51234]: Accepted publickey for anna from 10.20.0.5 port 51220 ssh2: ED25519 SHA256:Pq3r7c2d8a1e5b9f4n6Q"),
			we("2026-11-29T07:43:05Z", Unknown, "obsd-fw", "Nov 29 07:43:05 obsd-fw su: BAD SU bernd to root on /dev/ttyp1"),
		},
	},
	{
		name:   "openbsd-daemon-dhcpleased",
		source: "OpenBSD's /var/log/daemon (`daemon.info /var/log/daemon`) on a 7.x gateway: dhcpleased's lease lines, unwind's forwarder state, slaacd, and syslogd's own `syslogd[pid]: restart`: dhcpleased(8), unwind(8), OpenBSD syslog.conf(5) (unixdigest/openbsd-router-guide PR #9 on the move to dhcpleased, found by the search tool); from memory of real lines. OpenNTPD and relayd are earlier tables'; dhcpleased, unwind and the daemon file are in none",
		why:    "an interface before a colon, an address after `from`: neither is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "obsd-gw", "Nov 29 07:41:16 obsd-gw syslogd[41220]: restart"),
			we("2026-11-29T07:41:18Z", Unknown, "obsd-gw", "Nov 29 07:41:18 obsd-gw dhcpleased[61234]: em0: bound to 203.0.113.44 from 203.0.113.1 (00:0d:b9:4a:11:02)"),
			we("2026-11-29T07:41:19Z", Unknown, "obsd-gw", "Nov 29 07:41:19 obsd-gw slaacd[72110]: em0: adding autoconf address 2001:db8:41:1::2c"),
			we("2026-11-29T07:41:25Z", Unknown, "obsd-gw", "Nov 29 07:41:25 obsd-gw unwind[8812]: forwarder 9.9.9.9: validating -> dead"),
		},
	},
	{
		name:   "openbsd-newsyslog-turnover",
		source: "OpenBSD's /var/log/messages after its midnight rotation: newsyslog(8)'s `logfile turned over` as the first line, syslogd's restart, then the kernel's lines under `/bsd:` (carp state changes): OpenBSD newsyslog(8) and syslogd(8); from memory of real lines. FreeBSD's newsyslog turnover and OpenBSD's default messages are earlier tables'; OpenBSD's newsyslog line and carp under /bsd are in neither",
		why:    "the first line of a rotated file; `/bsd:` is the kernel's tag, not a host",
		entries: []worldEntry{
			we("2026-11-29T00:00:01Z", Unknown, "obsd-fw", "Nov 29 00:00:01 obsd-fw newsyslog[51230]: logfile turned over"),
			we("2026-11-29T00:00:01Z", Unknown, "obsd-fw", "Nov 29 00:00:01 obsd-fw syslogd[41220]: restart"),
			we("2026-11-29T07:41:16Z", Unknown, "obsd-fw", "Nov 29 07:41:16 obsd-fw /bsd: carp0: state transition: BACKUP -> MASTER"),
			we("2026-11-29T07:41:16Z", Unknown, "obsd-fw", "Nov 29 07:41:16 obsd-fw /bsd: carp1: state transition: BACKUP -> MASTER"),
		},
	},
	{
		name:   "netbsd-authlog",
		source: "NetBSD 10's /var/log/authlog (`auth.info /var/log/authlog`; syslogd's default bsd format): sshd's failures, NetBSD su's `su: user to root on /dev/pts/n` and login's `ROOT LOGIN (root) ON constty`: NetBSD syslog.conf(5), su(1) and login(1); from memory of real lines. NetBSD's messages is an earlier table's; its authlog is in none",
		why:    "BSD lines with and without a pid; `invalid user admin` names no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "nbsd10", "Nov 29 07:41:16 nbsd10 sshd[1733]: Invalid user admin from 198.51.100.9 port 40112"),
			we("2026-11-29T07:41:18Z", Unknown, "nbsd10", "Nov 29 07:41:18 nbsd10 sshd[1733]: Failed password for invalid user admin from 198.51.100.9 port 40112 ssh2"),
			we("2026-11-29T07:42:20Z", Unknown, "nbsd10", "Nov 29 07:42:20 nbsd10 su: anna to root on /dev/pts/0"),
			we("2026-11-29T07:44:02Z", Unknown, "nbsd10", "Nov 29 07:44:02 nbsd10 login: ROOT LOGIN (root) ON constty"),
		},
	},
	{
		name:   "dragonfly-messages-dntpd",
		source: "DragonFly BSD's /var/log/messages with dntpd, its own NTP client (`dntpd[pid]: dntpd version 1.0 started`, `issuing offset adjustment: 0.412070s`, `issuing frequency adjustment: -11.412ppm`), and the kernel's lines: dntpd(8) and DragonFly's syslog.conf; from memory of real lines. No earlier table holds DragonFly BSD or dntpd",
		why:    "ordinary BSD lines; the adjustment seconds are no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "dfly01", "Nov 29 07:41:16 dfly01 dntpd[812]: dntpd version 1.0 started"),
			we("2026-11-29T07:42:20Z", Unknown, "dfly01", "Nov 29 07:42:20 dfly01 dntpd[812]: issuing offset adjustment: 0.412070s"),
			we("2026-11-29T07:58:40Z", Unknown, "dfly01", "Nov 29 07:58:40 dfly01 dntpd[812]: issuing frequency adjustment: -11.412ppm"),
			we("2026-11-29T07:59:02Z", Unknown, "dfly01", "Nov 29 07:59:02 dfly01 kernel: em0: link state changed to DOWN"),
		},
	},

	// The commercial Unixes' files.
	{
		name:   "solaris7-messages-no-msgid",
		source: "Solaris 7 and earlier /var/adm/messages, before message ids (`Mmm dd HH:mm:ss host tag: msg`: the kernel as `unix:`, `pseudo:`, login's `ROOT LOGIN /dev/console`, inetd's -t tracing): the socklog readme.solaris page found by the search tool (it shows both the pre-Solaris 8 lines and the `[ID msgid facility.priority]` ones), the Solaris administration guide 'Managing System Messages'; from memory of real lines. Solaris' messages with message ids is an earlier table's; the id-less layout is in none",
		why:    "`unix:` is the kernel's tag, not a host; no level without the [ID] block",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "u10-legacy", "Nov 29 07:41:16 u10-legacy unix: se0 is /pci@1f,0/pci@1,1/ebus@1/se@14,400000"),
			we("2026-11-29T07:41:16Z", Unknown, "u10-legacy", "Nov 29 07:41:16 u10-legacy pseudo: pseudo-device: tod0"),
			we("2026-11-29T07:41:22Z", Unknown, "u10-legacy", "Nov 29 07:41:22 u10-legacy login: ROOT LOGIN /dev/console"),
			we("2026-11-29T07:41:30Z", Unknown, "u10-legacy", "Nov 29 07:41:30 u10-legacy inetd[142]: telnet[4410] from 10.20.0.5 41220"),
		},
	},
	{
		name:   "solaris10-var-log-syslog-sendmail",
		source: "sendmail in Solaris 10's /var/log/syslog (`mail.debug /var/log/syslog` in the stock syslog.conf; message ids on: `sendmail[pid]: [ID 801593 mail.info] queueid: from=…`, the crit `My unqualified host name` line): Solaris syslog.conf(4) and the administration guide's `[ID msgid facility.priority]`; from memory of real lines. Sendmail on Linux and Solaris' /var/adm/messages are earlier tables'; Solaris' mail file is in none",
		why:    "the [ID n mail.level] block after the tag carries the level (mail.info, mail.crit, mail.notice)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "sol10-mx", "Nov 29 07:41:16 sol10-mx sendmail[4410]: [ID 801593 mail.info] sBT7fGa04410: from=root, size=412, class=0, nrcpts=1, msgid=<202611290741.sBT7fGa04410@sol10-mx.example.org>, relay=root@localhost"),
			we("2026-11-29T07:41:17Z", Info, "sol10-mx", "Nov 29 07:41:17 sol10-mx sendmail[4411]: [ID 801593 mail.info] sBT7fGa04410: to=anna@example.org, ctladdr=root (0/1), delay=00:00:01, xdelay=00:00:00, mailer=relay, pri=30412, relay=mail.example.org. [10.20.0.25], dsn=2.0.0, stat=Sent (ok 4410)"),
			we("2026-11-29T07:41:20Z", Critical, "sol10-mx", "Nov 29 07:41:20 sol10-mx sendmail[612]: [ID 702911 mail.crit] My unqualified host name (sol10-mx) unknown; sleeping for retry"),
			we("2026-11-29T07:41:25Z", Notice, "sol10-mx", "Nov 29 07:41:25 sol10-mx sendmail[4420]: [ID 801593 mail.notice] sBT7fPa04420: lost input channel from client-9 [198.51.100.9] to MTA after rcpt"),
		},
	},
	{
		name:   "solaris11-authlog-su",
		source: "Solaris 11's /var/log/authlog (the `auth.notice /var/log/authlog` line uncommented in syslog.conf; message ids on): su's `[ID 366847 auth.notice] 'su root' succeeded for user on /dev/pts/n` and its auth.crit failure, login's ROOT LOGIN: Solaris su(1M) (SYSLOG=YES in /etc/default/su), syslog.conf(4); from memory of real lines. Solaris' messages and sulog are earlier tables'; its authlog is in none",
		why:    "auth.notice and auth.crit in the [ID] block are the levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "sol11-app", "Nov 29 07:41:16 sol11-app su: [ID 366847 auth.notice] 'su root' succeeded for anna on /dev/pts/2"),
			we("2026-11-29T07:41:40Z", Critical, "sol11-app", "Nov 29 07:41:40 sol11-app su: [ID 810491 auth.crit] 'su root' failed for bernd on /dev/pts/3"),
			we("2026-11-29T07:42:05Z", Notice, "sol11-app", "Nov 29 07:42:05 sol11-app login: [ID 644210 auth.notice] ROOT LOGIN /dev/console"),
		},
	},
	{
		name:   "hpux-mail-log-sendmail",
		source: "sendmail in HP-UX 11i's /var/adm/syslog/mail.log (`mail.debug /var/adm/syslog/mail.log` in the stock syslog.conf; BSD lines without message ids: the daemon's start line, a queue id's from= and to= lines, a deferral): HP-UX syslogd(1M) and syslog.conf(4); from memory of real lines. HP-UX's syslog.log is an earlier table's; its mail.log is in none",
		why:    "sendmail's `stat=Deferred` is no level; the relay is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "hpux02", "Nov 29 07:41:16 hpux02 sendmail[1204]: starting daemon (8.13.3): SMTP+queueing@00:30:00"),
			we("2026-11-29T07:41:20Z", Unknown, "hpux02", "Nov 29 07:41:20 hpux02 sendmail[4410]: sBT7fKW04410: from=root, size=318, class=0, nrcpts=1, msgid=<202611290741.sBT7fKW04410@hpux02.example.org>, relay=root@localhost"),
			we("2026-11-29T07:41:21Z", Unknown, "hpux02", "Nov 29 07:41:21 hpux02 sendmail[4411]: sBT7fKW04410: to=oracle@example.org, ctladdr=root (0/3), delay=00:00:01, xdelay=00:00:00, mailer=esmtp, pri=30318, relay=mail.example.org., dsn=4.0.0, stat=Deferred: Connection refused by mail.example.org."),
		},
	},

	// macOS before unified logging.
	{
		name:   "macos-secure-log",
		source: "OS X 10.8-10.11's /var/log/secure.log (asl.conf's `? [= Facility auth] [<= Level info] file secure.log`-era auth file): SecurityServer's authorization lines, authorizationhost, loginwindow's PAM notes and sshd: Apple's asl.conf(5) and forum threads pasting secure.log; from memory of real lines. macOS's system.log and other files are earlier tables'; secure.log is in none",
		why:    "reverse-DNS process names as tags; the authorizing client's path and pid in brackets are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mbp-anna", "Nov 29 07:41:16 mbp-anna com.apple.SecurityServer[58]: Succeeded authorizing right 'system.preferences' by client '/Applications/System Preferences.app' [4410] for authorization created by '/Applications/System Preferences.app' [4410] (100002,0)"),
			we("2026-11-29T07:41:18Z", Unknown, "mbp-anna", "Nov 29 07:41:18 mbp-anna authorizationhost[4412]: Failed to authenticate user <anna> (error: 9)."),
			we("2026-11-29T07:41:30Z", Unknown, "mbp-anna", "Nov 29 07:41:30 mbp-anna loginwindow[96]: in pam_sm_authenticate(): Failed to determine Kerberos principal name."),
			we("2026-11-29T07:42:01Z", Unknown, "mbp-anna", "Nov 29 07:42:01 mbp-anna sshd[4420]: Accepted keyboard-interactive/pam for anna from 10.20.0.5 port 51220 ssh2"),
		},
	},
	{
		name:   "macos-ppp-log",
		source: "macOS's /var/log/ppp.log (pppd and the L2TP/IPSec VPN plugin writing `Ddd Mmm dd HH:mm:ss yyyy : msg` directly, no host, no tag): Apple's ppp project (pppd's logfile option) and forum threads pasting ppp.log; from memory of real lines. FreeBSD's ppp.log and pppd's syslog are earlier tables'; macOS's ppp.log layout is in none",
		why:    "a ctime date with the year and a spaced colon; `failed` and `Success!` are free text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 : publish_entry SCDSet() failed: Success!"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 : pppd 2.4.2 (Apple version 847.200.5) started by anna, uid 501"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 : L2TP connecting to server 'vpn.example.org' (203.0.113.10)..."),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026 : IPSec connection started"),
			we("2026-11-29T07:41:18Z", Unknown, "", "Sun Nov 29 07:41:18 2026 : L2TP connection established."),
		},
	},
}

func TestFresh74Formats(t *testing.T) { assertTable(t, fresh74Cases) }

func TestFresh74Score(t *testing.T) {
	checkScore(t, "fresh74 formats", fresh74Cases, [worldNumFields]float64{96.7, 99.9, 99.9, 99.9})
}
