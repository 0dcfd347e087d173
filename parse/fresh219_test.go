package parse

import "testing"

// The two-hundred-and-nineteenth fresh table, written on 2026-12-05: authentication and security
// daemons at verbose settings on 2025-2026 servers, in the record shapes their tools print and no
// earlier table holds. Each family is one product's documented or observed output: sudo 1.9's
// I/O log log.json (a pretty-printed object per session, its time an epoch pair nested in
// "timestamp", the submithost key), sshd-session at LogLevel DEBUG3 read with journalctl -o
// verbose (a header line with the time and cursor, then the indented FIELD=value lines, PRIORITY
// and _HOSTNAME among them), auditd's aureport -l login report and aureport -k key report
// (numbered rows under a banner, a locale date and a time), aulast --proof (a last-style row with
// its proof serials and ausearch query indented under it), MIT Kerberos' kproplog -v (the update
// log's summary, then one indented "Update Entry" block per change with its own time stamp),
// fail2ban 1.1's `fail2ban-client get <jail> banip --with-time` (an address, a tab, the ban's
// start, its duration and its end), and CrowdSec's `cscli alerts list -o raw` (CSV with a
// header, created_at last).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`debug3:`, `debug1:`, `sshd-session`, `sshd-session\[`, `ssh_dispatch`, `sudo_logsrvd`,
// `logsrvd`, `sudoreplay`, `submituser`, `log.json`, `json_pretty`, `iolog`, `type=PROCTITLE`,
// `ausearch`, `aureport`, `Login Report`, `Key Report`, `Summary Report`, `aulast`, `AUID=`,
// `sssd`, `RID#`, `(2026`, `ns-slapd`, ` - ERR - `, ` - NOTICE - `, `krb5kdc`, `krb5kdc\[`,
// `kadmind`, `kadmind\[`, `(Notice)`, `(info): AS_REQ`, `kproplog`, `Update serial`,
// `Getting initial credentials`, `slapd`, `conn=1000 fd`, `SRCH base=`, hex `xxxxxxxx.xxxxxxxx 0x`,
// `samba`, `source4/`, `effective(0`, `class=auth`, `fail2ban`, `fail2ban.filter`, `with-time`,
// `+ 600 = `, `crowdsec`, `LAPI`, `log_format: json`, `clamd`, `clamonacc`, `freshclam`, `AIDE`,
// `report_format`, `lynis`, `Performing test ID`, `pam_unix`, `pam_sss`, `pam_faillock`,
// `jsonserver_session`, `wsgi:error`, `pki-tomcat`, `_HOSTNAME=`, `[s=`,
// `"SYSLOG_IDENTIFIER":"sshd`). sudo is in fresh55 (sudo-json-syslog: a CEE object behind a syslog
// header; sudoreplay -l) and fresh83 (the sudoers logfile, sudo_logsrvd's text eventlog, the debug
// file); the I/O log's log.json is in none. sshd at DEBUG3 is in fresh55 (auth.log) and fresh83 (the
// -E file), sshd-session in journald's short formats in fresh156 and others; journalctl -o
// verbose is in earlier tables for other units, never for sshd's debug lines. auditd's ausearch
// and aureport are in fresh64, fresh150, fresh156 and fresh210 (raw, interpreted, csv, text,
// the authentication report); the login and key reports and aulast are in none. MIT Kerberos'
// krb5kdc, kadmind, kpropd and KRB5_TRACE lines are in fresh_test, fresh23, fresh38, fresh55,
// fresh83 and fresh136; kproplog is in none. fail2ban's log, journal and client status are in
// fresh11, fresh64, fresh150, fresh156 and fresh210; banip --with-time is in none. CrowdSec's
// agent log, bouncer log and the human alerts table are in fresh12, fresh140, fresh142, fresh150;
// the raw CSV is in none. Left out as measured already: OpenLDAP's stats lines (syslog, journal,
// the 2.4 and 2.6 hex stderr prefixes: fresh55, fresh79, fresh83, holdout, world_test), SSSD's debug
// logs (fresh83, fresh136 and the rule tables), 389-ds's errors, access, audit and security logs
// (fresh4, fresh64, fresh200), FreeIPA's wsgi lines and upgrade log (fresh23, fresh83), Samba AD's
// log.samba and JSON audit (fresh41, fresh55, fresh64, fresh83, fresh160), ClamAV and freshclam
// (fresh28, fresh36, fresh70, fresh150), AIDE's reports (fresh150), Lynis' log (fresh15), PAM
// modules' lines (fresh55, fresh83 and many more). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). log.json's time is its timestamp.seconds and .nanoseconds; journalctl -o
// verbose's is its header's (the t= cursor field is the same instant in hex microseconds);
// aureport's rows carry a MM/DD/YYYY date and a time; aulast's row carries the login's day and
// minute without a year (2026), the ausearch query under it is not the record's time; kproplog's
// entry carries "Update time stamp" in ctime form, its summary is a header; banip --with-time's
// record time is the ban's start, not its end; the CSV's created_at is the alert's time. Levels
// only where the line marks one: journald's PRIORITY=7 is debug (sshd's own debug3: prefix says
// the same); no other family has a level (a "no" in aureport's success column is no level). The
// host is the record's host field: log.json's submithost, the journal's _HOSTNAME; aureport's and
// aulast's host column is the remote address of the login, a peer, and the fail2ban and CrowdSec
// addresses are the banned sources, so those records have none. A record that spans lines is one
// entry: log.json's object, the journal's field block, aulast's proof lines, a kproplog entry.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where the search found only the
// product's manual page without a sample, the case says "from memory" for the layout. Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit c8fa566 before any rule for it: level 87.5 %, time 70.8 %, host 75.0 %, records 87.5 %.
// That is the macro figure (micro: level 88.9 %, time 74.1 %, host 77.8 %, records 88.9 %), in a
// worktree at c8fa566 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are sudo's log.json (the nanoseconds and submithost keys),
// aulast's reboot row (no time) and kproplog's indented entries (joined to the summary).

var fresh219Cases = []worldCase{
	{
		name:   "sudo-iolog-log-json",
		source: "sudo 1.9's I/O log directory (iolog_dir, /var/log/sudo-io/<seq>/log.json since 1.9.4: a pretty-printed object with timestamp{seconds,nanoseconds}, columns, lines, command, runargv, runuser, submitcwd, submithost, submituser, ttyname), three sessions' files read one after another: sudo-project/sudo docs sudoers.man (iolog), sudo_logsrvd.man; the eventlog JSON keys as sudo_eventlog.h names them; the object layout from memory",
		why:    "a multi-line JSON object per record whose time is an epoch pair nested in an inner object; submithost is the host key; the command and cwd carry no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118331Z", Unknown, "bastion1",
				`{`,
				`    "timestamp": {`,
				`        "seconds": 1795938076,`,
				`        "nanoseconds": 204118331`,
				`    },`,
				`    "columns": 132,`,
				`    "command": "/usr/bin/journalctl",`,
				`    "lines": 41,`,
				`    "runargv": [`,
				`        "journalctl",`,
				`        "-u",`,
				`        "sshd"`,
				`    ],`,
				`    "runuser": "root",`,
				`    "submitcwd": "/home/alice",`,
				`    "submithost": "bastion1",`,
				`    "submituser": "alice",`,
				`    "ttyname": "/dev/pts/2"`,
				`}`),
			we("2026-11-29T07:43:58.017733095Z", Unknown, "bastion1",
				`{`,
				`    "timestamp": {`,
				`        "seconds": 1795938238,`,
				`        "nanoseconds": 17733095`,
				`    },`,
				`    "columns": 80,`,
				`    "command": "/usr/bin/systemctl",`,
				`    "lines": 24,`,
				`    "runargv": [`,
				`        "systemctl",`,
				`        "restart",`,
				`        "sssd"`,
				`    ],`,
				`    "runuser": "root",`,
				`    "submitcwd": "/root",`,
				`    "submithost": "bastion1",`,
				`    "submituser": "bob",`,
				`    "ttyname": "/dev/pts/4"`,
				`}`),
			we("2026-11-29T08:12:05.5Z", Unknown, "db07",
				`{`,
				`    "timestamp": {`,
				`        "seconds": 1795939925,`,
				`        "nanoseconds": 500000000`,
				`    },`,
				`    "columns": 200,`,
				`    "command": "/usr/bin/psql",`,
				`    "lines": 50,`,
				`    "runargv": [`,
				`        "psql"`,
				`    ],`,
				`    "runuser": "postgres",`,
				`    "submitcwd": "/var/lib/pgsql",`,
				`    "submithost": "db07",`,
				`    "submituser": "carol",`,
				`    "ttyname": "/dev/pts/0"`,
				`}`),
		},
	},
	{
		name:   "sshd-session-journal-verbose-debug3",
		source: "OpenSSH 9.8/9.9 sshd-session at LogLevel DEBUG3 read with `journalctl -u sshd -o verbose` (a header `Dow YYYY-MM-DD HH:MM:SS.ffffff TZ [s=…;i=…;b=…;m=…;t=…;x=…]` then four-space-indented FIELD=value lines: PRIORITY, SYSLOG_FACILITY, SYSLOG_IDENTIFIER, SYSLOG_PID, MESSAGE, _HOSTNAME, …): journalctl(1) OUTPUT OPTIONS (verbose); sshd_config(5) LogLevel; the field layout from memory",
		why:    "a record of many lines, its time in the header line, its level in PRIORITY=7 and its host in _HOSTNAME; the debug3 MESSAGE and the client address inside are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Debug, "bastion1",
				"Sun 2026-11-29 07:41:16.204118 UTC [s=3f8a1c0e9b7d4e2fa6c5b1d0e9f8a7b6;i=1b3f2;b=7c2e9a41d05b4f3e8a6d1c0b9e8f7a65;m=2b41c7d05;t=661656b121c56;x=5e1d9c7a3b2f4e60]",
				"    _TRANSPORT=syslog",
				"    PRIORITY=7",
				"    SYSLOG_FACILITY=4",
				"    SYSLOG_IDENTIFIER=sshd-session",
				"    SYSLOG_PID=48211",
				"    SYSLOG_TIMESTAMP=Nov 29 07:41:16 ",
				"    MESSAGE=debug3: mm_request_send: entering, type 26 [preauth]",
				"    _PID=48211",
				"    _UID=0",
				"    _COMM=sshd-session",
				"    _EXE=/usr/libexec/openssh/sshd-session",
				"    _SYSTEMD_UNIT=sshd.service",
				"    _HOSTNAME=bastion1"),
			we("2026-11-29T07:41:16.21993Z", Debug, "bastion1",
				"Sun 2026-11-29 07:41:16.219930 UTC [s=3f8a1c0e9b7d4e2fa6c5b1d0e9f8a7b6;i=1b3f3;b=7c2e9a41d05b4f3e8a6d1c0b9e8f7a65;m=2b41cb4c1;t=661656b125a1a;x=8d04b2e6c1a9f735]",
				"    _TRANSPORT=syslog",
				"    PRIORITY=7",
				"    SYSLOG_FACILITY=4",
				"    SYSLOG_IDENTIFIER=sshd-session",
				"    SYSLOG_PID=48211",
				"    SYSLOG_TIMESTAMP=Nov 29 07:41:16 ",
				"    MESSAGE=debug2: userauth_pubkey: valid user alice querying public key ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK9x [preauth]",
				"    _PID=48211",
				"    _UID=0",
				"    _COMM=sshd-session",
				"    _EXE=/usr/libexec/openssh/sshd-session",
				"    _SYSTEMD_UNIT=sshd.service",
				"    _HOSTNAME=bastion1"),
			we("2026-11-29T07:41:17.001245Z", Info, "bastion1",
				"Sun 2026-11-29 07:41:17.001245 UTC [s=3f8a1c0e9b7d4e2fa6c5b1d0e9f8a7b6;i=1b3f4;b=7c2e9a41d05b4f3e8a6d1c0b9e8f7a65;m=2b428a9d8;t=661656b1e461d;x=0c7e5a3d9b1f2846]",
				"    _TRANSPORT=syslog",
				"    PRIORITY=6",
				"    SYSLOG_FACILITY=10",
				"    SYSLOG_IDENTIFIER=sshd-session",
				"    SYSLOG_PID=48211",
				"    SYSLOG_TIMESTAMP=Nov 29 07:41:17 ",
				"    MESSAGE=Accepted publickey for alice from 203.0.113.45 port 52214 ssh2: ED25519 SHA256:Zq4mT0cV8yW1nP3sK6hJ9dR2fX5bL7aE0uG4iO8tYwM",
				"    _PID=48211",
				"    _UID=0",
				"    _COMM=sshd-session",
				"    _EXE=/usr/libexec/openssh/sshd-session",
				"    _SYSTEMD_UNIT=sshd.service",
				"    _HOSTNAME=bastion1"),
			we("2026-11-29T07:41:17.388012Z", Debug, "bastion1",
				"Sun 2026-11-29 07:41:17.388012 UTC [s=3f8a1c0e9b7d4e2fa6c5b1d0e9f8a7b6;i=1b3f5;b=7c2e9a41d05b4f3e8a6d1c0b9e8f7a65;m=2b42e8788;t=661656b242cec;x=f2a6c8e0d4b19357]",
				"    _TRANSPORT=syslog",
				"    PRIORITY=7",
				"    SYSLOG_FACILITY=4",
				"    SYSLOG_IDENTIFIER=sshd-session",
				"    SYSLOG_PID=48214",
				"    SYSLOG_TIMESTAMP=Nov 29 07:41:17 ",
				"    MESSAGE=debug1: server_input_channel_req: channel 0 request pty-req reply 1",
				"    _PID=48214",
				"    _UID=1001",
				"    _COMM=sshd-session",
				"    _EXE=/usr/libexec/openssh/sshd-session",
				"    _SYSTEMD_UNIT=sshd.service",
				"    _HOSTNAME=bastion1"),
		},
	},
	{
		name:   "aureport-login-report",
		source: "auditd 4's `aureport -l -i` (a blank line, 'Login Report', a rule of '=', the column line `# date time auid host term exe success event`, a rule, then numbered rows `N. MM/DD/YYYY HH:MM:SS auid host term exe yes|no serial`): aureport(8) (-l, --login; -i); aulast(8) SEE ALSO; row layout from memory",
		why:    "a banner written once, then numbered rows with a slashed month-first date; the host column is the login's remote address, a peer, and success 'no' is no level",
		entries: []worldEntry{
			wskip("", "Login Report", "============================================", "# date time auid host term exe success event", "============================================"),
			we("2026-11-29T07:41:17Z", Unknown, "", "1. 11/29/2026 07:41:17 alice 203.0.113.45 sshd /usr/sbin/sshd yes 48812"),
			we("2026-11-29T07:52:40Z", Unknown, "", "2. 11/29/2026 07:52:40 (invalid user) 198.51.100.77 sshd /usr/sbin/sshd no 48977"),
			we("2026-11-29T08:03:11Z", Unknown, "", "3. 11/29/2026 08:03:11 bob 10.14.2.30 sshd /usr/sbin/sshd yes 49102"),
			we("2026-11-29T09:15:02Z", Unknown, "", "4. 11/29/2026 09:15:02 root ? /dev/tty1 /usr/bin/login yes 49560"),
		},
	},
	{
		name:   "aureport-key-report",
		source: "auditd 4's `aureport -k -i` (a blank line, 'Key Report', rules around `# date time key success exe auid event`, then numbered rows): aureport(8) (-k, --key); the key names from audit.rules(7) -k; row layout from memory",
		why:    "the same banner-and-rows shape with another column set: a rule key and an executable after the time, an auid name near the end",
		entries: []worldEntry{
			wskip("", "Key Report", "===============================================", "# date time key success exe auid event", "==============================================="),
			we("2026-11-29T07:44:02Z", Unknown, "", "1. 11/29/2026 07:44:02 sudoers-change yes /usr/bin/visudo alice 48901"),
			we("2026-11-29T07:44:02Z", Unknown, "", "2. 11/29/2026 07:44:02 sudoers-change yes /usr/bin/visudo alice 48902"),
			we("2026-11-29T08:20:35Z", Unknown, "", "3. 11/29/2026 08:20:35 sshd-config no /usr/bin/vim bob 49317"),
			we("2026-11-29T10:02:59Z", Unknown, "", "4. 11/29/2026 10:02:59 kerberos-keytab yes /usr/sbin/kadmin.local root 50288"),
		},
	},
	{
		name:   "aulast-proof",
		source: "auditd's aulast --proof (last-style rows `user tty host Dow Mon dd HH:MM - HH:MM  (hh:mm)`, each followed by indented `audit event proof serial numbers: …` and `Session data can be found with this search: ausearch --start … --end … --session N`): aulast(8) (--proof: 'Print out the audit event serial numbers used to determine the preceding line of the report … an ausearch query is printed'); the row and proof text from memory",
		why:    "a three-line record whose time is the row's login day and minute with no year; the ausearch query inside carries other times, and the host column is the remote address",
		entries: []worldEntry{
			we("2026-11-29T06:58:00Z", Unknown, "",
				"reboot   system boot  6.12.0-55.el10.x86_64 Sun Nov 29 06:58 - 10:40  (03:42)",
				"    audit event proof serial numbers: 48001, 0, 50412",
				"    Session data can be found with this search: ausearch --start 11/29/2026 06:58:12 --end 11/29/2026 10:40:03"),
			we("2026-11-29T07:41:00Z", Unknown, "",
				"alice    pts/2        203.0.113.45     Sun Nov 29 07:41 - 08:02  (00:21)",
				"    audit event proof serial numbers: 48812, 48815, 49010",
				"    Session data can be found with this search: ausearch --start 11/29/2026 07:41:17 --end 11/29/2026 08:02:40 --session 12"),
			we("2026-11-29T08:03:00Z", Unknown, "",
				"bob      pts/4        10.14.2.30       Sun Nov 29 08:03 - 08:47  (00:44)",
				"    audit event proof serial numbers: 49102, 49106, 49388",
				"    Session data can be found with this search: ausearch --start 11/29/2026 08:03:11 --end 11/29/2026 08:47:29 --session 14"),
		},
	},
	{
		name:   "kproplog-verbose-entries",
		gap:    "the tab-indented `\tUpdate Entry` lines are taken as continuation lines of the summary written before them, so no entry starts at any of them: every entry's record is lost, and with it its time (`\t   Update time stamp : Sun Nov 29 07:41:16 2026`)",
		source: "MIT Kerberos 1.21 `kproplog -v` on the primary KDC (a summary: 'Kerberos update log (/var/lib/krb5kdc/principal.ulog)', 'Update log dump :', tab-indented 'Log version # :', 'Log state :', 'Entry block size :', 'Number of entries :', 'First serial # :', 'Last serial # :', 'First time stamp :', 'Last time stamp :'; then per change a tab-indented 'Update Entry' and its 'Update serial # :', 'Update operation :', 'Update principal :', 'Update size :', 'Update committed :', 'Update time stamp :' ctime, 'Attributes changed :' lines): kproplog(8) (MIT Kerberos man pages on manpages.ubuntu.com, man.freebsd.org, docs.oracle.com); the field labels from memory",
		why:    "a summary block written once, then multi-line entries whose time is a ctime-form value on a labelled line inside the block; the principal is no host",
		entries: []worldEntry{
			wskip("",
				"Kerberos update log (/var/lib/krb5kdc/principal.ulog)",
				"Update log dump :",
				"\tLog version # : 1",
				"\tLog state : Stable",
				"\tEntry block size : 2048",
				"\tNumber of entries : 3",
				"\tFirst serial # : 1207",
				"\tLast serial # : 1209",
				"\tFirst time stamp : Sun Nov 29 07:41:16 2026",
				"\tLast time stamp : Sun Nov 29 08:20:51 2026",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"\tUpdate Entry",
				"\t   Update serial # : 1207",
				"\t   Update operation : Add",
				"\t   Update principal : carol@EXAMPLE.TEST",
				"\t   Update size : 452",
				"\t   Update committed : True",
				"\t   Update time stamp : Sun Nov 29 07:41:16 2026",
				"\t   Attributes changed : 12",
				""),
			we("2026-11-29T07:58:03Z", Unknown, "",
				"\tUpdate Entry",
				"\t   Update serial # : 1208",
				"\t   Update operation : Add",
				"\t   Update principal : host/web4.example.test@EXAMPLE.TEST",
				"\t   Update size : 498",
				"\t   Update committed : True",
				"\t   Update time stamp : Sun Nov 29 07:58:03 2026",
				"\t   Attributes changed : 12",
				""),
			we("2026-11-29T08:20:51Z", Unknown, "",
				"\tUpdate Entry",
				"\t   Update serial # : 1209",
				"\t   Update operation : Delete",
				"\t   Update principal : dave@EXAMPLE.TEST",
				"\t   Update size : 264",
				"\t   Update committed : True",
				"\t   Update time stamp : Sun Nov 29 08:20:51 2026",
				"\t   Attributes changed : 0"),
		},
	},
	{
		name:   "fail2ban-client-banip-with-time",
		source: "fail2ban 1.1's `fail2ban-client get sshd banip --with-time` (one line per banned address: `ip \\tYYYY-MM-DD HH:MM:SS + bantime = YYYY-MM-DD HH:MM:SS`): fail2ban/fail2ban PR #2315 (get <JAIL> banip), issue #3548 (quoting `banip [<SEP>|--with-time]`); the line layout from memory",
		why:    "two datetimes on a line, the ban's start first and its end after the bantime: the record's time is the start; the address is the banned source, no host",
		entries: []worldEntry{
			we("2026-11-29T07:52:41Z", Unknown, "", "198.51.100.77 \t2026-11-29 07:52:41 + 600 = 2026-11-29 08:02:41"),
			we("2026-11-29T08:14:09Z", Unknown, "", "203.0.113.190 \t2026-11-29 08:14:09 + 3600 = 2026-11-29 09:14:09"),
			we("2026-11-29T09:30:55Z", Unknown, "", "192.0.2.44 \t2026-11-29 09:30:55 + 86400 = 2026-11-30 09:30:55"),
		},
	},
	{
		name:   "crowdsec-cscli-alerts-raw",
		source: "CrowdSec 1.6's `cscli alerts list -o raw` (CSV with a header `id,scope,value,reason,country,as,decisions,created_at`; decisions as `type:count`, created_at last in RFC 3339): docs.crowdsec.net cscli_alerts_list (-o human|json|raw); the column list from memory",
		why:    "a CSV header written once, then rows whose only time is the last column; the value column is the attacking address, no host",
		entries: []worldEntry{
			wskip("id,scope,value,reason,country,as,decisions,created_at"),
			we("2026-11-29T07:52:40Z", Unknown, "", "4412,Ip,198.51.100.77,crowdsecurity/ssh-bf,NL,64500 EXAMPLE-TRANSIT,ban:1,2026-11-29T07:52:40Z"),
			we("2026-11-29T08:14:08Z", Unknown, "", "4413,Ip,203.0.113.190,crowdsecurity/ssh-slow-bf,US,64501 EXAMPLE-HOSTING,ban:1,2026-11-29T08:14:08Z"),
			we("2026-11-29T09:30:54Z", Unknown, "", "4414,Range,192.0.2.0/24,crowdsecurity/http-probing,DE,64502 EXAMPLE-CLOUD,ban:1,2026-11-29T09:30:54Z"),
		},
	},
}

func TestFresh219Formats(t *testing.T) { assertTable(t, fresh219Cases) }
func TestFresh219Score(t *testing.T) {
	checkScore(t, "fresh219 formats", fresh219Cases, [worldNumFields]float64{87.4, 87.4, 87.4, 87.4})
}
