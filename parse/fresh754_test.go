package parse

import "testing"

// The seven-hundred-and-fifty-fourth fresh table: host security and intrusion detection agents'
// own log files and outputs. Each family is one agent's output in a layout no earlier table holds:
// Sophos Protection for Linux's component logs (milliseconds since the process started, a bracketed
// zone-less ISO time, a right-aligned level and a `<>` before the message); the Linux Kernel Runtime
// Guard's messages through `dmesg -x -T` (facility and level columns, a ctime in brackets) and
// through rsyslog's high-precision RFC 3339 file with an offset; fail2ban 0.8's own log file and its
// logtarget = SYSLOG lines (the logger name padded before a colon, no pid); Open Source Tripwire's
// syslog summary after a check (a compact report time inside the message); pspy's process snooping
// output (a slashed date, `CMD:` and `FS:` events); auditbeat 7's own log file (tab-separated, an
// ISO time with a +hhmm offset).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `osquery`, `osqueryd`, `osqueryd[`, `falco`, `falco-exporter`,
// `falco-talon`, `falco-driver-loader`, `wazuh`, `ossec`, `ossec-analysisd`, `wazuh-modulesd`,
// `wazuh-agent`, `wazuh-db`, `wazuh-remoted`, `wazuh-authd`, `wodle`, `Alert Level:`, `crowdsec`,
// `cscli`, `cs-firewall`, `fail2ban`, `fail2ban.actions`, `fail2ban.actions:`, `relativeCreated`,
// `aide`, `tripwire`, `twreport`, `TWReport`, `Integrity Check Complete`, `rkhunter`, ` rkhunter: `,
// `chkrootkit`, `clamav`, `clamd`, `freshclam`, `clamonacc`, `clamav-unofficial-sigs`, `lynis`,
// `auditbeat`, `[auditd]`, `audit_linux`, `tetragon`, `tracee`, `tracee-ebpf`, `sysdig`,
// `kubearmor`, `karmor`, `samhain`, `maldet`, `sagan`, `psad`, `tiger`, `logwatch`, `logcheck`,
// `snoopy`, `maltrail`, `sshguard`, `denyhosts`, `portsentry`, `usbguard`, `fapolicyd`, `apparmor`,
// `selinux`, `sysmon`, `Linux-Sysmon`, `velociraptor`, `kolide`, `fleet`, `elastic endpoint`,
// `sentinelone`, `sentinelctl`, `crowdstrike`, `falcon`, `mdatp`, `defender`, `eset`, `lslog`,
// `kesl`, `kesl-control`, `kaspersky`, `trellix`, `mcafee`, `ds_agent`, `deep security`, `cbagentd`,
// `cbdaemon`, `ir_agent`, `rapid7`, `qualys`, `sophos`, `sophos-spl`, `sophos_managementagent`,
// `managementagent`, `sophos_threat_detector`, `savlog`, `savd`, `fsav`, `imunify360`,
// `defence360`, `bitninja`, `cxs`, `comodo`, `elkeid`, `afick`, `integrit`, `unhide`, `lkrg`,
// `LKRG`, `p_lkrg`, `kern  :`, `pspy`, `CMD: UID`, `threatstack`, `lacework`, `uptycs`, `jamf
// protect`, `cis-cat`, `endgame`. Nearly every agent of the theme is measured already (osquery's
// glog, results and journal lines; Falco's text, JSON and metrics; Wazuh's and OSSEC's ossec.log,
// alerts, archives and API logs; CrowdSec, fail2ban 0.9+ in every target, AIDE, Tripwire's twprint
// report, rkhunter in its log and in syslog, chkrootkit, ClamAV, Lynis, auditbeat's events,
// Tetragon, Tracee, sysdig, KubeArmor), so they were left out; Sophos Protection for Linux, LKRG,
// pspy, fail2ban 0.8's `name: LEVEL` layout, Tripwire's syslog summary and auditbeat's own log match
// no table (`kern  :` matches dmesg -x families of other kernels' messages, `sophos` other Sophos
// products, `auditbeat` only its event NDJSON and grep lists). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Sophos's bracketed ISO time, dmesg's ctime and fail2ban's file time carry
// no zone and are taken as UTC; rsyslog's +01:00 and auditbeat's +0100 are converted; year-less
// syslog dates are in 2026; Tripwire's compact report name (yyyyMMddHHmmss, the time the check
// began) is part of the message, not the record's time. Levels only where the line marks one:
// Sophos's level column (DEBUG, INFO, WARN, ERROR), dmesg -x's level column (notice, warn, err,
// crit), fail2ban 0.8's level word after the logger's colon (INFO, WARNING, ERROR), auditbeat's
// level column; LKRG's word after `LKRG: ` is its own level, printed at the kernel level its
// source gives it (ALERT at KERN_CRIT so Critical, ALIVE Notice, ISSUE Warn, FAULT Error, WATCH
// Info), as dmesg -x shows; Tripwire's and pspy's lines carry none. The host is the record's host
// field: rsyslog's and syslog's hostname; Sophos, dmesg, pspy, fail2ban's file and auditbeat's log
// write none. Every record is one line.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory" (Tripwire's syslog summary, dmesg -x -T's columns, pspy's FS events, fail2ban 0.8's
// padding of short logger names, auditbeat 7's file time). Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 9a0f1b1 before any rule for it: level 81.8 %, time 100.0 %,
// host 100.0 %, records 100.0 %.
// Those are the micro figures (macro: level 81.2 %, time 100.0 %, host 100.0 %, records 100.0 %),
// in a worktree at 9a0f1b1 with no change to trawl's code (only this file and table_test.go's
// list), 6 of 8 families fully right; the gaps are both levels: LKRG's own level word in an
// rsyslog kernel line is read by its name (ALERT as Alert, FAULT as Critical, ALIVE not at all)
// rather than by the kernel level its source prints it at, and fail2ban 0.8's syslog lines lose
// their level word when the logger name in the tag slot is padded with spaces before its colon.

var fresh754Cases = []worldCase{
	{
		name:   "sophos-spl-component-log",
		source: "Sophos Protection for Linux logs (`<Time since proc start (ms)> [Log time] <LOG LEVEL> [Thread ID] <Logger> <> <Message>`, `180688  [2023-09-15T14:17:40.125]    INFO [9263606720] SulDownloaderSDDS3 <> SUS Request was successful`; levels DEBUG, SUPPORT, INFO, WARN, ERROR): docs.sophos.com …/SophosProtectionLinux/ServerProtectionAgentLogs/",
		why:    "a milliseconds-since-start counter first (no time), then the zone-less ISO time in brackets, the level right-aligned, a thread id in brackets and `<>` before the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.125Z", Info, "", "180688  [2026-11-29T07:41:16.125]    INFO [9263606720] SulDownloaderSDDS3 <> SUS Request was successful"),
			we("2026-11-29T07:41:16.540Z", Debug, "", "181103  [2026-11-29T07:41:16.540]   DEBUG [9263606720] SulDownloaderSDDS3 <> Checking package ServerProtectionLinux-Plugin-AV against suite"),
			we("2026-11-29T07:42:02.018Z", Warn, "", "226581  [2026-11-29T07:42:02.018]    WARN [9263604112] managementagent <> Policy ALC-1 has no update cache configured"),
			we("2026-11-29T07:42:30.907Z", Error, "", "255470  [2026-11-29T07:42:30.907]   ERROR [9263611288] mcs_router <> Failed to connect to mcs.central.example.net:443: timed out"),
		},
	},
	{
		name:   "lkrg-dmesg-decode-ctime",
		source: "LKRG's messages (`LKRG: ALERT: DETECT: Task: real_cred pointer corruption for pid …, name …`): lkrg-org/lkrg issue #485 and #172; their kernel levels from src/modules/print_log/p_lkrg_print_log.h (`printk(KERN_CRIT P_LKRG_SIGNATURE \"ALERT: \" …)`, ALIVE at KERN_NOTICE, FAULT at KERN_ERR, ISSUE at KERN_WARNING); `dmesg -x -T`'s `facility:level : [ctime]` columns from memory",
		why:    "dmesg's facility and level columns padded to six before the bracketed ctime; the level is the column (crit), not LKRG's word ALERT in the message",
		entries: []worldEntry{
			we("2026-11-29T07:40:02Z", Notice, "", "kern  :notice: [Sun Nov 29 07:40:02 2026] LKRG: ALIVE: Loading LKRG"),
			we("2026-11-29T07:40:03Z", Warn, "", "kern  :warn  : [Sun Nov 29 07:40:03 2026] LKRG: ISSUE: [kretprobe] register_kretprobe() for <ovl_dentry_is_whiteout> failed! [err=-2]"),
			we("2026-11-29T07:40:04Z", Notice, "", "kern  :notice: [Sun Nov 29 07:40:04 2026] LKRG: ALIVE: LKRG initialized successfully"),
			we("2026-11-29T07:41:52Z", Critical, "", "kern  :crit  : [Sun Nov 29 07:41:52 2026] LKRG: ALERT: DETECT: Task: cred pointer corruption for pid 41822, name pkexec"),
			we("2026-11-29T07:41:52Z", Critical, "", "kern  :crit  : [Sun Nov 29 07:41:52 2026] LKRG: ALERT: BLOCK: Task: Killing pid 41822, name pkexec"),
		},
	},
	{
		name:   "lkrg-rsyslog-rfc3339-offset",
		source: "LKRG's kernel messages in rsyslog's high-precision file (`2025-04-12T23:21:52.049503+02:00 machine kernel: LKRG: ALERT: DETECT: Task: Stack base invalid for pid …, name preload`): lkrg-org/lkrg issue #172; their levels from src/modules/print_log/p_lkrg_print_log.h",
		why:    "an RFC 3339 time with microseconds and +01:00, the host, `kernel:`; the only level is LKRG's word after `LKRG: ` (ALERT printed at KERN_CRIT, ALIVE notice, FAULT err)",
		gap:    "LKRG's own level word after `LKRG: ` is not mapped by its source's printk levels: ALERT is read as Alert (LKRG prints it at KERN_CRIT, Critical), FAULT as Critical (KERN_ERR, Error), and ALIVE gives Unknown (KERN_NOTICE, Notice)",
		entries: []worldEntry{
			we("2026-11-29T07:40:02.118204Z", Notice, "bastion01", "2026-11-29T08:40:02.118204+01:00 bastion01 kernel: LKRG: ALIVE: Loading LKRG"),
			we("2026-11-29T07:41:52.049503Z", Critical, "bastion01", "2026-11-29T08:41:52.049503+01:00 bastion01 kernel: LKRG: ALERT: DETECT: Task: Stack base invalid for pid 51230, name updatedb"),
			we("2026-11-29T07:41:52.049524Z", Critical, "bastion01", "2026-11-29T08:41:52.049524+01:00 bastion01 kernel: LKRG: ALERT: BLOCK: Task: Killing pid 51230, name updatedb"),
			we("2026-11-29T07:45:10.300871Z", Error, "bastion01", "2026-11-29T08:45:10.300871+01:00 bastion01 kernel: LKRG: FAULT: Can't create database for kernel modules"),
		},
	},
	{
		name:   "fail2ban08-log-file-name-colon",
		source: "fail2ban 0.8's own log file (`2014-04-28 14:16:02,840 fail2ban.actions: WARNING [nginx-req-limit] Ban 95.211.117.202`, `2010-05-03 08:40:02,410 fail2ban.actions: WARNING [courierimap] 118.129.167.99 already banned`): pasted in several public pages found by find_string; the padding of shorter logger names (`%(name)-16s: %(levelname)-6s`) from memory",
		why:    "no pid: the logger name is padded to sixteen and followed by a colon, then the level word; a comma before the milliseconds",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.840Z", Info, "", "2026-11-29 07:41:16,840 fail2ban.server : INFO   Changed logging target to /var/log/fail2ban.log for Fail2ban v0.8.6"),
			we("2026-11-29T07:41:17.102Z", Info, "", "2026-11-29 07:41:17,102 fail2ban.jail   : INFO   Jail 'ssh' started"),
			we("2026-11-29T07:52:03.551Z", Warn, "", "2026-11-29 07:52:03,551 fail2ban.actions: WARNING [ssh] Ban 203.0.113.41"),
			we("2026-11-29T08:02:03.917Z", Warn, "", "2026-11-29 08:02:03,917 fail2ban.actions: WARNING [ssh] Unban 203.0.113.41"),
			we("2026-11-29T08:05:40.007Z", Error, "", "2026-11-29 08:05:40,007 fail2ban.actions.action: ERROR  iptables -I INPUT -p tcp --dport ssh -j fail2ban-ssh returned 200"),
		},
	},
	{
		name:   "fail2ban08-logtarget-syslog",
		source: "fail2ban 0.8 with logtarget = SYSLOG (`.... fail2ban.actions: WARNING [dovecot] Ban 95.48.84.XXX` in the receiving syslog, found by find_string); the syslog header and the padded logger names from memory",
		why:    "the logger name stands where the tag goes, with no pid and, for short names, spaces before the colon; the level word follows it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "mx01", "Nov 29 07:41:16 mx01 fail2ban.server : INFO   Changed logging target to SYSLOG for Fail2ban v0.8.11"),
			we("2026-11-29T07:41:17Z", Info, "mx01", "Nov 29 07:41:17 mx01 fail2ban.jail   : INFO   Jail 'postfix' started"),
			we("2026-11-29T07:55:29Z", Warn, "mx01", "Nov 29 07:55:29 mx01 fail2ban.actions: WARNING [postfix] Ban 198.51.100.7"),
			we("2026-11-29T07:55:31Z", Warn, "mx01", "Nov 29 07:55:31 mx01 fail2ban.actions: WARNING [postfix] 198.51.100.7 already banned"),
		},
	},
	{
		name:   "tripwire-syslog-twreport-summary",
		source: "Open Source Tripwire with SYSLOGREPORTING=true, one summary line per check (`tripwire[pid]: Integrity Check Complete: TWReport <host> <yyyyMMddHHmmss> V:n S:n A:n R:n C:n L:n M:n H:n`): from memory (no search confirmed it)",
		why:    "a standard RFC 3164 header; inside the message the report's name carries a compact time of the check's start, which is not the record's time; no level",
		entries: []worldEntry{
			we("2026-11-28T07:57:44Z", Unknown, "web01", "Nov 28 07:57:44 web01 tripwire[2988]: Integrity Check Complete: TWReport web01 20261128074103 V:0 S:0 A:0 R:0 C:0 L:0 M:0 H:0"),
			we("2026-11-29T07:58:02Z", Unknown, "web01", "Nov 29 07:58:02 web01 tripwire[3121]: Integrity Check Complete: TWReport web01 20261129074116 V:3 S:100 A:1 R:0 C:2 L:0 M:0 H:0"),
			we("2026-11-29T09:12:30Z", Unknown, "web01", "Nov 29 09:12:30 web01 tripwire[4410]: Integrity Check Complete: TWReport web01 20261129090511 V:1 S:66 A:0 R:0 C:1 L:0 M:0 H:0"),
		},
	},
	{
		name:   "pspy-process-snoop",
		source: "pspy's output (`2023/03/14 17:34:01 CMD: UID=0     PID=2068   | /bin/sh -c /var/opt/backupsrv.sh`): pasted in many public write-ups found by find_string; the `FS:` event line from memory",
		why:    "Go's log date with slashes; `CMD:` with padded UID and PID columns and a pipe before the command line; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:01Z", Unknown, "", "2026/11/29 07:41:01 CMD: UID=0     PID=2067   | /usr/sbin/CRON -f "),
			we("2026-11-29T07:41:01Z", Unknown, "", "2026/11/29 07:41:01 CMD: UID=0     PID=2068   | /bin/sh -c /opt/maint/rotate-keys.sh "),
			we("2026-11-29T07:41:02Z", Unknown, "", "2026/11/29 07:41:02 FS:                 OPEN | /etc/shadow"),
			we("2026-11-29T07:41:05Z", Unknown, "", "2026/11/29 07:41:05 CMD: UID=1001  PID=2091   | /usr/bin/python3 /home/deploy/sync.py --full "),
		},
	},
	{
		name:   "auditbeat7-own-log-file",
		source: "auditbeat 7's own log file (/var/log/auditbeat/auditbeat, the libbeat file logger: ISO time with a +hhmm offset, level, optional [logger], caller, message, tab-separated; e.g. `auditd/audit_linux.go` callers): the layout from memory of libbeat 7's logs",
		why:    "tab-separated columns; the time carries a +0100 offset without a colon; an optional bracketed logger name between the level and the caller",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29T08:41:16.123+0100\tINFO\tinstance/beat.go:665\tHome path: [/usr/share/auditbeat] Config path: [/etc/auditbeat] Data path: [/var/lib/auditbeat] Logs path: [/var/log/auditbeat]"),
			we("2026-11-29T07:41:16.412Z", Info, "", "2026-11-29T08:41:16.412+0100\tINFO\t[auditd]\tauditd/audit_linux.go:307\tauditd status before adding rules: enabled=1 failure=1 pid=0 rate_limit=0 backlog_limit=8192 lost=0 backlog=0"),
			we("2026-11-29T07:41:16.455Z", Warn, "", "2026-11-29T08:41:16.455+0100\tWARN\t[auditd]\tauditd/audit_linux.go:334\tauditd is being used by another process pid=812"),
			we("2026-11-29T07:41:20.901Z", Error, "", "2026-11-29T08:41:20.901+0100\tERROR\tpipeline/output.go:100\tFailed to connect to backoff(elasticsearch(https://es01.example.org:9200)): Get \"https://es01.example.org:9200\": dial tcp 10.30.0.5:9200: connect: connection refused"),
		},
	},
}

func TestFresh754Formats(t *testing.T) { assertTable(t, fresh754Cases) }
func TestFresh754Score(t *testing.T) {
	checkScore(t, "fresh754 formats", fresh754Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 99.9})
}
