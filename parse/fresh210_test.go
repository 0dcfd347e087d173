package parse

import "testing"

// The two-hundred-and-tenth fresh table, written on 2026-12-05: a Linux server's system logs as
// they sit in /var/log on 2025-2026 installs, in record shapes no earlier table holds. Each family
// is one product's output: dnf 4's dnf.log on RHEL/Rocky/Alma 9 with the transaction table and a
// depsolve error written as one multi-line INFO message; TuneD's tuned.log with a Python
// traceback under an ERROR line; cloud-init's own lines routed through rsyslog on Ubuntu 24.04
// (the `[CLOUDINIT] file.py[LEVEL]:` tag after a high-precision syslog header); cloud-init.log
// with a traceback under a util.py[DEBUG] line; fail2ban 1.x's observer and Increase Ban lines
// (bantime.increment); RHEL's /var/log/messages carrying rsyslog's own imjournal notices; Debian
// 13's journalctl -o short-iso-precise around a unit's OOM-kill failure.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`pacman`, `ALPM`, `rc.log`, `openrc`, `logging started at`, `zypper`, `zypp/history`,
// `|install|`, `y2log`, `dnf.log`, `dnf.rpm`, `dnf5`, `DDEBUG`, `Dependencies resolved`,
// `Transaction Summary`, `Installing:`, `Problem: conflicting`, `nothing provides`, `history.log`,
// `term.log`, `Log started`, `unattended`, `unattended-upgrade-shutdown`, `cloud-init`,
// `Cloud-init v`, `[CLOUDINIT]`, `url_helper`, `ci-info`, `ufw`, `UFW AUDIT`, `audit(`, `AUID=`,
// `node=`, `\x1d`, `ausearch`, `aureport`, `acting as`, `SERIAL_NUM`, `time->`, `firewalld`,
// `INVALID_ZONE`, `tuned.`, `tuned.daemon`, `short-monotonic`, `short-unix`, `short-full`,
// `short-delta`, `with-unit`, `-o export`, `json-seq`, `json-sse`, `json-pretty`, `[s=`,
// `coredump`, `coredumpctl`, `Stack trace of`, `from rpm`, `#012`, `oom-kill`, `Out of memory`,
// `sssd`, `[be[`, `CID#`, `PREVIOUS MESSAGE`, `NetworkManager`, `<info>  [`, `chronyd`,
// `tracking.log`, `fail2ban`, `fail2ban.observer`, `Increase Ban`, `smartd`, `attrlog`, `mdadm`,
// `multipathd`, `dpkg`, `busybox`, `auth.info`, `rsyslog`, `rsyslog.com/e/`, `imjournal`,
// `sshd-session`, `apport`, `ubuntupro`, `rhsm`, `insights-client`, `snapper`, `sudo.log`,
// `logrotate`, `kern  :info`, `%iowait`). Nearly all of the theme's daemons are in earlier tables:
// dnf.log in fresh42, fresh68, fresh84 and holdout_test as single lines, never its transaction
// table or a depsolve error; TuneD in fresh7 as single lines, never a traceback; cloud-init's file
// log in fresh65, fresh111 and others, never its [CLOUDINIT] syslog tag; fail2ban in many tables,
// never the observer's lines or Increase Ban; rsyslog's imjournal notices in fresh37, fresh67 and
// fresh90 (kept here as a different host and version). Left out as measured already: pacman.log,
// OpenRC's rc.log, zypper's history and zypper.log, y2log, apt's history.log and term.log,
// unattended-upgrades, ufw, audit.log in its raw, enriched and node= shapes, ausearch and aureport,
// firewalld's log, journalctl's other output modes, coredump reports, sssd's debug logs,
// NetworkManager, chrony's logs, smartd, mdadm, multipathd. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). dnf's `+0000` is UTC; TuneD's, cloud-init's and fail2ban's comma-millisecond
// times carry no zone and are UTC; the time inside a fail2ban observer line (`bad - <time>`) or in a
// cloud-init `running … at` banner is no record's time of its own, the line's leading time is.
// Levels only where the line marks one: dnf's DDEBUG (Trace, below DEBUG, as earlier tables read
// it), DEBUG and INFO; TuneD's and fail2ban's level columns (fail2ban's NOTICE is Notice);
// cloud-init's `[LEVEL]` after the file name; rsyslog's and the journal's lines carry none. The host
// is the syslog or journal header's host; an address banned by fail2ban is a peer. A record that
// spans lines is one entry: dnf's table and depsolve problem under their INFO line, a traceback
// under its line.
//
// The shapes come from the documentation, sources and issue threads each case names and from
// memory of real lines; hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit fe6bbc4 before any rule for it: level 100.0 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 88.6 %, records 100.0 %), in a
// worktree at fe6bbc4 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is the [CLOUDINIT] syslog tag, whose lines lose their host.

var fresh210Cases = []worldCase{
	{
		name:   "dnf-log-transaction-table",
		source: "dnf 4's /var/log/dnf.log on RHEL/Rocky/Alma 9 (`yyyy-MM-ddTHH:mm:ss+hhmm LEVEL msg`; the resolved transaction is logged at INFO as one message whose table and summary run on the lines after, with no time): dnf's logging.py and base.py (output.list_transaction); from memory of real dnf.log files",
		why:    "a table of `=` rules, package rows and section titles under an INFO line belongs to it; DDEBUG is dnf's level below DEBUG",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Trace, "", "2026-11-29T07:41:16+0000 DDEBUG Command: dnf -y install nginx"),
			we("2026-11-29T07:41:16Z", Trace, "", "2026-11-29T07:41:16+0000 DDEBUG Installroot: /"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29T07:41:17+0000 DEBUG Base command: install"),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29T07:41:18+0000 INFO Dependencies resolved."),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29T07:41:18+0000 INFO ================================================================================",
				" Package              Arch      Version                    Repository      Size",
				"================================================================================",
				"Installing:",
				" nginx                x86_64    2:1.20.1-20.el9_5.1        appstream       36 k",
				"Installing dependencies:",
				" nginx-core           x86_64    2:1.20.1-20.el9_5.1        appstream      567 k",
				" nginx-filesystem     noarch    2:1.20.1-20.el9_5.1        appstream      8.4 k",
				"Transaction Summary",
				"================================================================================",
				"Install  3 Packages"),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29T07:41:18+0000 INFO Total download size: 611 k"),
		},
	},
	{
		name:   "dnf-log-depsolve-problem",
		source: "dnf 4's /var/log/dnf.log when the depsolve fails (`INFO Error: ` with the solver's ` Problem: …` and `  - nothing provides …` lines after it, no time on them): dnf's cli.py (depsolve error output); from memory of real dnf.log files on EPEL hosts",
		why:    "the solver's problem lines, indented with dashes, belong to the INFO line before them",
		entries: []worldEntry{
			we("2026-11-29T08:02:40Z", Trace, "", "2026-11-29T08:02:40+0000 DDEBUG Command: dnf install htop-doc"),
			we("2026-11-29T08:02:43Z", Info, "", "2026-11-29T08:02:43+0000 INFO Error: ",
				" Problem: conflicting requests",
				"  - nothing provides libhwloc.so.15()(64bit) needed by htop-doc-3.3.0-4.el9.noarch from epel",
				"  - nothing provides htop = 3.3.0-4.el9 needed by htop-doc-3.3.0-4.el9.noarch from epel"),
			we("2026-11-29T08:02:43Z", Info, "", "2026-11-29T08:02:43+0000 INFO (try to add '--skip-broken' to skip uninstallable packages or '--nobest' to use not only best candidate packages)"),
			we("2026-11-29T08:02:43Z", Trace, "", "2026-11-29T08:02:43+0000 DDEBUG Cleaning up."),
		},
	},
	{
		name:   "tuned-log-traceback",
		source: "TuneD's /var/log/tuned/tuned.log (Python logging `%(asctime)s %(levelname)-8s %(name)s: %(message)s`, an exception's traceback on the lines after its ERROR line): redhat-performance/tuned tuned/logs.py and daemon/controller.py; from memory of real lines",
		why:    "a Python traceback under a padded ERROR line is one record; padded level column",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16,123 INFO     tuned.daemon.application: TuneD: 2.24.1, kernel: 5.14.0-503.14.1.el9_5.x86_64"),
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29 07:41:16,402 INFO     tuned.daemon.daemon: starting tuning"),
			we("2026-11-29T07:41:17.004Z", Error, "", "2026-11-29 07:41:17,004 ERROR    tuned.daemon.controller: Failed to switch profile: Cannot load profile(s) 'throughput-performanc': Profile 'throughput-performanc' not found",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3.9/site-packages/tuned/daemon/controller.py", line 241, in switch_profile`,
				"    self._daemon.set_profile(profile_name, manual)",
				`  File "/usr/lib/python3.9/site-packages/tuned/daemon/daemon.py", line 288, in set_profile`,
				"    raise TunedException(errstr)",
				"tuned.exceptions.TunedException: Cannot load profile(s) 'throughput-performanc': Profile 'throughput-performanc' not found"),
			we("2026-11-29T07:41:17.011Z", Warn, "", "2026-11-29 07:41:17,011 WARNING  tuned.plugins.plugin_cpu: your CPU doesn't support MSR_IA32_ENERGY_PERF_BIAS, ignoring CPU energy performance bias"),
		},
	},
	{
		name:   "cloudinit-syslog-tag",
		source: "cloud-init's syslog handler (`[CLOUDINIT] %(filename)s[%(levelname)s]: %(message)s`, its default log_cfgs) written by Ubuntu 24.04's rsyslog in RSYSLOG_FileFormat to /var/log/syslog: cloud-init's config/cloud.cfg.d/05_logging.cfg and docs 'Logging'; from memory of real lines",
		why:    "a bracketed tag where the program name goes; the level is in brackets after the source file name; the banner's date inside the message is the same moment",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Debug, "web01", "2026-11-29T07:41:16.204518+00:00 web01 [CLOUDINIT] util.py[DEBUG]: Cloud-init v. 24.4-0ubuntu1~24.04.2 running 'init-local' at Sun, 29 Nov 2026 07:41:16 +0000. Up 4.81 seconds."),
			we("2026-11-29T07:41:16.331902Z", Debug, "web01", "2026-11-29T07:41:16.331902+00:00 web01 [CLOUDINIT] stages.py[DEBUG]: Using distro class <class 'cloudinit.distros.ubuntu.Distro'>"),
			we("2026-11-29T07:41:19.870144Z", Warn, "web01", "2026-11-29T07:41:19.870144+00:00 web01 [CLOUDINIT] url_helper.py[WARNING]: Calling 'http://169.254.169.254/latest/api/token' failed [0/1s]: request error [HTTPConnectionPool(host='169.254.169.254', port=80): Read timed out. (read timeout=1.0)]"),
			we("2026-11-29T07:41:21.002761Z", Error, "web01", "2026-11-29T07:41:21.002761+00:00 web01 [CLOUDINIT] cc_scripts_user.py[ERROR]: Failed to run module scripts_user (scripts in /var/lib/cloud/instance/scripts)"),
		},
	},
	{
		name:   "cloudinit-log-traceback",
		source: "cloud-init's /var/log/cloud-init.log (`%(asctime)s - %(filename)s[%(levelname)s]: %(message)s`, util.logexc writing the traceback on the lines after a DEBUG line): cloud-init's config/cloud.cfg.d/05_logging.cfg and cloudinit/util.py logexc; from memory of real lines",
		why:    "a traceback under a util.py[DEBUG] line is one record; the WARNING before it is its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.991Z", Warn, "", "2026-11-29 07:41:20,991 - subp.py[WARNING]: Failed running /var/lib/cloud/instance/scripts/part-001 [1]"),
			we("2026-11-29T07:41:20.992Z", Debug, "", "2026-11-29 07:41:20,992 - util.py[DEBUG]: Failed running /var/lib/cloud/instance/scripts/part-001 [1]",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3/dist-packages/cloudinit/subp.py", line 445, in runparts`,
				"    subp(prefix + [exe_path], capture=False)",
				`  File "/usr/lib/python3/dist-packages/cloudinit/subp.py", line 295, in subp`,
				"    raise ProcessExecutionError(",
				"cloudinit.subp.ProcessExecutionError: Unexpected error while running command."),
			we("2026-11-29T07:41:21.002Z", Warn, "", "2026-11-29 07:41:21,002 - cc_scripts_user.py[WARNING]: Failed to run module scripts_user (scripts in /var/lib/cloud/instance/scripts)"),
			we("2026-11-29T07:41:21.31Z", Debug, "", "2026-11-29 07:41:21,310 - handlers.py[DEBUG]: finish: modules-final/config-scripts_user: FAIL: running config-scripts_user with frequency once-per-instance"),
		},
	},
	{
		name:   "fail2ban-observer",
		source: "fail2ban 1.x's /var/log/fail2ban.log with bantime.increment (`%(asctime)s %(name)-24s[%(process)d]: %(levelname)-7s %(message)s`; the observer's `Found <ip>, bad - <time>, <n> # -> <m>, Ban` lines and the actions' `Increase Ban <ip> (<n> # <duration> -> <until>)`): fail2ban's server/observer.py and actions.py; from memory of real lines",
		why:    "a second time in the message (the failure's time, the ban's end) is not the record's; the banned address is a peer; NOTICE level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", "2026-11-29 07:41:16,118 fail2ban.filter         [812]: INFO    [sshd] Found 203.0.113.58 - 2026-11-29 07:41:15"),
			we("2026-11-29T07:41:16.201Z", Info, "", "2026-11-29 07:41:16,201 fail2ban.observer       [812]: INFO    [sshd] Found 203.0.113.58, bad - 2026-11-29 07:41:15, 2 # -> 3, Ban"),
			we("2026-11-29T07:41:16.377Z", Notice, "", "2026-11-29 07:41:16,377 fail2ban.actions        [812]: NOTICE  [sshd] Increase Ban 203.0.113.58 (3 # 4:00:00 -> 2026-11-29 11:41:16)"),
			we("2026-11-29T11:41:16.402Z", Notice, "", "2026-11-29 11:41:16,402 fail2ban.actions        [812]: NOTICE  [sshd] Unban 203.0.113.58"),
		},
	},
	{
		name:   "rsyslog-imjournal-messages",
		source: "RHEL 9's /var/log/messages (RSYSLOG_TraditionalFileFormat) with rsyslogd's own imjournal and startup notices (`[origin software=\"rsyslogd\" …]`, `[v8.2310.0-4.el9 try https://www.rsyslog.com/e/2177 ]`): rsyslog docs 'imjournal' and its error-message pages; from memory of real lines",
		why:    "rsyslog's own lines carry a bracketed version and URL or origin block at the end; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "db02", `Nov 29 07:41:16 db02 rsyslogd[1022]: [origin software="rsyslogd" swVersion="8.2310.0-4.el9" x-pid="1022" x-info="https://www.rsyslog.com"] start`),
			we("2026-11-29T07:41:16Z", Unknown, "db02", "Nov 29 07:41:16 db02 rsyslogd[1022]: imjournal: No statefile exists, /var/lib/rsyslog/imjournal.state will be created (ignore if this is first run): No such file or directory [v8.2310.0-4.el9 try https://www.rsyslog.com/e/2040 ]"),
			we("2026-11-29T08:13:02Z", Unknown, "db02", "Nov 29 08:13:02 db02 rsyslogd[1022]: imjournal: journal files changed, reloading...  [v8.2310.0-4.el9 try https://www.rsyslog.com/e/0 ]"),
			we("2026-11-29T09:00:44Z", Unknown, "db02", "Nov 29 09:00:44 db02 rsyslogd[1022]: imjournal: 41822 messages lost due to rate-limiting (20000 allowed within 600 seconds)"),
		},
	},
	{
		name:   "journal-oom-unit-failure",
		source: "Debian 13's journalctl -o short-iso-precise --utc (systemd 257: `yyyy-MM-ddTHH:mm:ss.ffffff+00:00 host ident[pid]: msg`) around a unit killed by the kernel OOM killer (`A process of this unit has been killed by the OOM killer.`, `Failed with result 'oom-kill'.`, `Consumed …s CPU time, … memory peak.`): systemd's src/core/unit.c and service.c; journalctl(1) --output",
		why:    "systemd's unit lines with the unit name before a colon; a `-- Boot` separator carries nothing; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Unknown, "app03", "2026-11-29T07:41:16.204117+00:00 app03 kernel: Out of memory: Killed process 4120 (java) total-vm:8412344kB, anon-rss:3912004kB, file-rss:812kB, shmem-rss:0kB, UID:997 pgtables:8120kB oom_score_adj:0"),
			we("2026-11-29T07:41:16.311904Z", Unknown, "app03", "2026-11-29T07:41:16.311904+00:00 app03 systemd[1]: billing.service: A process of this unit has been killed by the OOM killer."),
			we("2026-11-29T07:41:16.402218Z", Unknown, "app03", "2026-11-29T07:41:16.402218+00:00 app03 systemd[1]: billing.service: Main process exited, code=killed, status=9/KILL"),
			we("2026-11-29T07:41:16.402390Z", Unknown, "app03", "2026-11-29T07:41:16.402390+00:00 app03 systemd[1]: billing.service: Failed with result 'oom-kill'."),
			we("2026-11-29T07:41:16.402611Z", Unknown, "app03", "2026-11-29T07:41:16.402611+00:00 app03 systemd[1]: billing.service: Consumed 2min 41.318s CPU time, 3.8G memory peak, 0B memory swap peak."),
		},
	},
}

func TestFresh210Formats(t *testing.T) { assertTable(t, fresh210Cases) }
func TestFresh210Score(t *testing.T) {
	checkScore(t, "fresh210 formats", fresh210Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
