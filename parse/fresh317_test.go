package parse

import "testing"

// The three-hundred-and-seventeenth fresh table, written on 2026-12-08: a Linux server's /var/log
// files and the listings read beside them, a further pass, with the odd records real servers
// produce (a kernel WARN splat, an RCU stall, segfault reports split into fragments, systemd's stop
// timeout, rsyslog's own messages in their old numbered form, cron jobs' output, login records), in
// shapes no earlier table holds. Each family is one product's documented or observed output:
// util-linux 2.40's `dmesg --json` (one pretty-printed object a kernel record, the raw PRI number
// and the uptime as a bare number) around a NETDEV WATCHDOG splat; `dmesg --time-format iso` on a
// server at +01:00 through an RCU stall report (tab-led lines after `rcu: `); Debian 13's
// `journalctl -k -o short-iso-precise` with kernel 6.12's segfault reports, two of them written at
// once so that their `in lib[…]` and `likely on CPU` continuations land as records of their own,
// beside `traps:` and split-lock lines; rsyslog 8.16's own messages in an Ubuntu 16.04 ESM host's
// /var/log/syslog (the numbered tags `rsyslogd-2007:`, `rsyslogd-2177:`, `rsyslogd0:` and the
// ctime of the next retry inside the message); cronie's crond run with -s on RHEL 9, its jobs'
// output in /var/log/cron as `CMDOUT (…)`; dcron 4.5 writing its own log file with -L (`Mmm dd
// HH:MM:SS host crond: msg`, no pid); systemd 252 on RHEL 9 in /var/log/messages through a stop
// timeout and unit-file warnings; audit-userspace's aulastlog under the C locale (a two-digit
// year); util-linux's lastlog2 -s (the PAM service after the time).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`/dev/kmsg`, `,-;`, `dmesg --json`, `dmesg -J`, `"dmesg":`, `"pri":`, `jsonwrt`,
// `cut here`, `end trace`, `RIP: 0010`, `EFLAGS`, `NETDEV WATCHDOG`, `Detected Tx Unit Hang`,
// `time-format iso`, `time-format=iso`, `rcu:`, `rcu_preempt`, `rcu_sched`, `detected stalls`,
// `NMI backtrace`, `Sending NMI`, `soft lockup`, `blocked for more than`, `hung_task`, `segfault
// at`, `likely on CPU`, `traps:`, `general protection`, `split lock`, `x86/split lock`,
// `Code: `, `kauditd_printk_skb`, `callbacks suppressed`, `invoked oom-killer`, `oom_reaper`,
// `Tasks state`, `pgtables_bytes`, `][ T`, `PRINTK_CALLER`, `rsyslogd-`, `rsyslogd-2`,
// `next retry is`, `rsyslog.com/e/2007`, `e/2177`, `imuxsock begins to drop`, `imuxsock lost`,
// `rsyslogd0`, `x-pid`, `HUPed`, `origin=core`, `rsyslog-stats`, `impstats`, `rsyslogd -N`,
// `main thread    :`, `Debug line with all properties`, `imkmsg`, `KeepKernelTimestamp`,
// `cronie`, `CMDOUT`, `CMDEND`, `CROND[`, `(root) CMD`, `dcron`, `dillon's cron daemon`, `FILE
// /var/spool`, `crontabs/root USER`, `USER root pid`, `cmd run-parts`, `systemd-cron`,
// `stop-sigterm`, `State '`, `Killing process`, `Failed with result`, `Start request repeated`,
// `status=203/EXEC`, `Unknown key name`, `Unknown key`, `Unknown lvalue`, `is marked executable`,
// `Consumed`, `memory peak`, `CPU time`, `aulast`, `aulastlog`, `proof serial`, `lastlog`,
// `lastlog2`, `Never logged in`, `faillock`, `faillog`, `utmpdump`, `wtmpdb`, `still running`,
// `apport`, `ProblemType`, `mcelog`, `rasdaemon`, `pstore`, `vmcore`, `kdump-tools`,
// `makedumpfile`, `audit[`, `BPF prog-id`, `#012#012`, `dumped core`, `coredumpctl`, `░░`,
// `pam_google_authenticator`, `pam_u2f`, `sshd -E`, `sshd-session`). The kernel's oops, OOM and
// hung-task reports are in fresh74 (kern.log), fresh164 (dmesg -T), fresh231 (the journal) and
// fresh43/fresh67; dmesg's other layouts are in world_test.go, fresh105, fresh175, fresh204 (-x
// with --time-format iso) and rules_test.go; none holds `dmesg --json`, an RCU stall or the split
// segfault fragments. rsyslog's own messages are in fresh37, fresh90, fresh210 and fresh258 in
// their current `rsyslogd:`/`rsyslogd[pid]:` form; the numbered tags of 8.16 and older are in
// none. cronie is in fresh55, fresh90 and fresh282, with no CMDOUT line; dcron in none (busybox's
// crond, a different program, is). systemd's stop-timeout sequence and its unit-file warnings are
// in none (fresh210 holds an OOM-killed unit in the journal). aulast is in fresh219 and shadow's
// lastlog in fresh150; aulastlog and lastlog2 in none. Left out as measured already: audit2why
// (fresh156), aureport (fresh219, ausearch_test.go), pam_faillock and faillock (fresh55, fresh74,
// fresh83), utmpdump (fresh151), apport's log (fresh27), mcelog, rasdaemon, pstore, the journal's
// catalog lines, systemd-coredump. The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). dmesg's JSON `"time"` is seconds since boot, no clock, so those records
// have no time; its `"pri"` is the raw PRI (facility × 8 + severity) and its severity is the level
// (4 warning, 3 error, 6 info, 28 a daemon's warning). `dmesg --time-format iso` writes a comma
// before the microseconds and the +01:00 offset, converted. The journal's short-iso-precise time
// and host head every fragment. rsyslog's `next retry is Sun Nov 29 07:42:46 2026` is a later
// instant, not the record's time; cron's jobs' output in CMDOUT's parentheses is message text (its
// `ERROR:` no level, its `main.c(1338)` no time). aulastlog's `%x %T` under the C locale is
// `11/29/26 07:41:16`, a two-digit year and no zone (UTC); lastlog2's time carries +0100 between
// the clock and the year, and the service follows it. Levels only where the line marks one: dmesg
// JSON's pri; no syslog file, journal short line, cron log or listing here carries one. The host
// is the record's host field: the syslog and journal headers' name, dcron's header name; the From
// columns of aulastlog and lastlog2 are where the user came from, peers, and the listings have no
// host. Each listing's heading is fed but not scored; a JSON object from its brace (`{` or `},{`)
// to its last key is one record, the closing `}`, `]` and `}` joined to the last.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 9c92aea before any rule for it: level 87.7 %, time 86.7 %, host 88.9 %, records 88.9 %.
// That is the macro figure (micro: level 84.4 %, time 84.4 %, host 85.9 %, records 85.9 %), in a
// worktree at 9c92aea with no change to trawl's code (only this file and table_test.go's list), 6 of
// 9 families fully right; the gaps are dmesg --json's objects (the whole document one entry, no
// pri read), the `INFO:` of an RCU stall line taken as a level, and lastlog2's row whose cut tty
// holds a space.

var fresh317Cases = []worldCase{
	{
		name:   "dmesg-json-netdev-watchdog-splat",
		gap:    "each object is a record now, but its `\"pri\"` number is not read as the level (elsewhere a number under pri is a job's), and the last object takes its own closing `      }` line, which the table leaves to the document",
		source: "util-linux 2.40's `dmesg --json` (sys-utils/dmesg.c print_record: ul_jsonwrt's pretty writer with three-space indents, `{` then `\"dmesg\": [`, each record an object opened by `{` or `},{` with `\"pri\"` as the raw PRI number when -x is not given, `\"time\"` written raw as `%5ld.%06ld` seconds since boot, `\"msg\"`): util-linux/util-linux sys-utils/dmesg.c, issue #2833 (a --json paste) and issue #1495; the WARN splat's lines (cut here, NETDEV WATCHDOG, WARNING: CPU, RIP, end trace) and journald's kmsg overrun line from memory",
		why:    "a pretty-printed JSON array: an object from its brace to its last key is one record; `\"time\":  8120.004511` is an uptime, no clock; `\"pri\": 28` is daemon.warning; the splat's lines are records of their own",
		entries: []worldEntry{
			wskip("{", `   "dmesg": [`),
			we("", Warn, "",
				`      {`,
				`         "pri": 4,`,
				`         "time":  8120.004511,`,
				`         "msg": "------------[ cut here ]------------"`),
			we("", Warn, "",
				`      },{`,
				`         "pri": 4,`,
				`         "time":  8120.004530,`,
				`         "msg": "NETDEV WATCHDOG: eno1 (e1000e): transmit queue 0 timed out 5340 ms"`),
			we("", Warn, "",
				`      },{`,
				`         "pri": 4,`,
				`         "time":  8120.004602,`,
				`         "msg": "WARNING: CPU: 3 PID: 0 at net/sched/sch_generic.c:525 dev_watchdog+0x21f/0x230"`),
			we("", Warn, "",
				`      },{`,
				`         "pri": 4,`,
				`         "time":  8120.004688,`,
				`         "msg": "CPU: 3 UID: 0 PID: 0 Comm: swapper/3 Not tainted 6.12.57+deb13-amd64 #1  Debian 6.12.57-1"`),
			we("", Warn, "",
				`      },{`,
				`         "pri": 4,`,
				`         "time":  8120.004731,`,
				`         "msg": "RIP: 0010:dev_watchdog+0x21f/0x230"`),
			we("", Warn, "",
				`      },{`,
				`         "pri": 4,`,
				`         "time":  8120.005102,`,
				`         "msg": "---[ end trace 0000000000000000 ]---"`),
			we("", Error, "",
				`      },{`,
				`         "pri": 3,`,
				`         "time":  8120.005240,`,
				`         "msg": "e1000e 0000:00:1f.6 eno1: Reset adapter unexpectedly"`),
			we("", Warn, "",
				`      },{`,
				`         "pri": 28,`,
				`         "time":  8120.112904,`,
				`         "msg": "systemd-journald[412]: /dev/kmsg buffer overrun, some messages lost."`),
			we("", Info, "",
				`      },{`,
				`         "pri": 6,`,
				`         "time":  8124.310077,`,
				`         "msg": "e1000e 0000:00:1f.6 eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx"`,
				`      }`,
				`   ]`,
				`}`),
		},
	},
	{
		name:   "dmesg-iso-rcu-stall-report",
		gap:    "trawl takes the `INFO:` after the kernel's `rcu: ` prefix (`rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:`) as the level; a dmesg line printed without -x carries none, the word is the message's",
		source: "`dmesg --time-format iso` (sys-utils/dmesg.c iso_8601_time: ISO_TIMESTAMP_COMMA_T, `yyyy-MM-ddTHH:mm:ss,uuuuuu±hh:mm` in local time, then the message; safe_fwrite prints a tab as it is) on a server at +01:00, through an RCU CPU stall warning (`rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:`, the tab-led per-CPU and `(detected by …)` lines, the NMI backtrace lines, the starved-kthread lines): util-linux/util-linux sys-utils/dmesg.c; the stall report's lines from memory of kernel/rcu/tree_stall.h",
		why:    "a comma before the microseconds and a +01:00 offset (the hour before in UTC); `rcu: ` then a tab opens lines that are records of their own; jiffies, g812345 and softirq counts are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "", "2026-11-29T08:41:16,204118+01:00 rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:"),
			we("2026-11-29T07:41:16.204131Z", Unknown, "", "2026-11-29T08:41:16,204131+01:00 rcu: \t3-...!: (1 GPs behind) idle=b3c4/1/0x4000000000000000 softirq=81234/81235 fqs=5249"),
			we("2026-11-29T07:41:16.20414Z", Unknown, "", "2026-11-29T08:41:16,204140+01:00 rcu: \t(detected by 5, t=21002 jiffies, g=812345, q=4411 ncpus=8)"),
			we("2026-11-29T07:41:16.204152Z", Unknown, "", "2026-11-29T08:41:16,204152+01:00 Sending NMI from CPU 5 to CPUs 3:"),
			we("2026-11-29T07:41:16.20417Z", Unknown, "", "2026-11-29T08:41:16,204170+01:00 NMI backtrace for cpu 3"),
			we("2026-11-29T07:41:16.204188Z", Unknown, "", "2026-11-29T08:41:16,204188+01:00 rcu: rcu_preempt kthread timer wakeup didn't happen for 10502 jiffies! g812345 f0x0 RCU_GP_WAIT_FQS(5) ->state=0x402"),
			we("2026-11-29T07:41:16.204196Z", Unknown, "", "2026-11-29T08:41:16,204196+01:00 rcu: \tPossible timer handling issue on cpu=3 timer-softirq=41207"),
			we("2026-11-29T07:41:16.204205Z", Unknown, "", "2026-11-29T08:41:16,204205+01:00 rcu: rcu_preempt kthread starved for 10503 jiffies! g812345 f0x0 RCU_GP_WAIT_FQS(5) ->state=0x402 ->cpu=3"),
			we("2026-11-29T07:41:16.204213Z", Unknown, "", "2026-11-29T08:41:16,204213+01:00 rcu: \tUnless rcu_preempt kthread gets sufficient CPU time, OOM is now expected behavior."),
		},
	},
	{
		name:   "debian13-journal-kernel-segfault-fragments",
		source: "Debian 13's `journalctl -k -o short-iso-precise` (`yyyy-MM-ddTHH:mm:ss.uuuuuu+00:00 host kernel: msg`) with kernel 6.12's user-space fault reports: `comm[pid]: segfault at … error 4 in lib[offset,base+size] likely on CPU n (core n, socket n)`, the `Code:` line, and when two tasks fault at once their KERN_CONT pieces ` in lib[…]` and ` likely on CPU …` logged as entries of their own; `traps: … general protection fault …`, the split-lock trap: ublue-os/bazzite issue #4270 (journal lines with the fragments), falcosecurity/falco issue #3778 (the `[offset,base+size]` form), pop-os/pop issue #4077 (`Code: Unable to access opcode bytes`); the traps and split-lock lines from memory",
		why:    "each fragment has the journal's own time and host and is a record of its own, though its message starts with a space; the library's offsets and the CPU numbers are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "web05", "2026-11-29T07:41:16.204118+00:00 web05 kernel: php-fpm8.4[51802]: segfault at 18 ip 00007f3a1c2e49b3 sp 00007ffd51c2a7e0 error 4 in libc.so.6[a19b3,7f3a1c243000+165000] likely on CPU 3 (core 3, socket 0)"),
			we("2026-11-29T07:41:16.204161Z", Unknown, "web05", "2026-11-29T07:41:16.204161+00:00 web05 kernel: Code: 48 8b 45 d8 64 48 2b 04 25 28 00 00 00 75 1b 48 83 c4 28 5b 5d 41 5c 41 5d c3 0f 1f 44 00 00 <48> 8b 47 18 48 85 c0 74 d6 48 89 c7 e8 4d ff ff ff eb cc 0f 1f 40"),
			we("2026-11-29T07:41:17.880412Z", Unknown, "web05", "2026-11-29T07:41:17.880412+00:00 web05 kernel: php-fpm8.4[51811]: segfault at 18 ip 00007f3a1c2e49b3 sp 00007ffd51c2a7e0 error 4"),
			we("2026-11-29T07:41:17.880437Z", Unknown, "web05", "2026-11-29T07:41:17.880437+00:00 web05 kernel: php-fpm8.4[51814]: segfault at 18 ip 00007f3a1c2e49b3 sp 00007ffd51c2a6f0 error 4"),
			we("2026-11-29T07:41:17.880459Z", Unknown, "web05", "2026-11-29T07:41:17.880459+00:00 web05 kernel:  in libc.so.6[a19b3,7f3a1c243000+165000]"),
			we("2026-11-29T07:41:17.880471Z", Unknown, "web05", "2026-11-29T07:41:17.880471+00:00 web05 kernel:  likely on CPU 1 (core 1, socket 0)"),
			we("2026-11-29T07:41:17.880483Z", Unknown, "web05", "2026-11-29T07:41:17.880483+00:00 web05 kernel:  in libc.so.6[a19b3,7f3a1c243000+165000]"),
			we("2026-11-29T07:41:17.88049Z", Unknown, "web05", "2026-11-29T07:41:17.880490+00:00 web05 kernel:  likely on CPU 6 (core 2, socket 0)"),
			we("2026-11-29T07:41:18.551027Z", Unknown, "web05", "2026-11-29T07:41:18.551027+00:00 web05 kernel: x86/split lock detection: #AC: ffmpeg/52004 took a split_lock trap at address: 0x55d1c0a3e44c"),
			we("2026-11-29T07:41:19.012774Z", Unknown, "web05", "2026-11-29T07:41:19.012774+00:00 web05 kernel: traps: imgproxy[52117] general protection fault ip:55d1c0a3e44c sp:7ffd4deb9df8 error:0 in imgproxy[2a44c,55d1c0a14000+1c0000]"),
		},
	},
	{
		name:   "rsyslog816-legacy-errno-tags-syslog",
		source: "rsyslog 8.16's own messages in an Ubuntu 16.04 ESM host's /var/log/syslog (RSYSLOG_TraditionalFileFormat; before 8.2x the error number went into the tag: `rsyslogd-2007: action 'action 17' suspended, next retry is <ctime> [v8.16.0 try http://www.rsyslog.com/e/2007 ]`, `rsyslogd-2177: imuxsock begins to drop messages from pid N due to rate-limiting`, `rsyslogd-2177: imuxsock lost N messages from pid N due to rate-limiting`, `rsyslogd0: action … resumed`, `rsyslogd-2359: action … resumed (module …)`): rsyslog/rsyslog issues #1383 and #35, RPi-Distro/repo issue #28, DavidePrincipi/testdoc issue #29",
		why:    "the tag carries a number after a dash, or a bare 0; the ctime after `next retry is` is a later instant, not the record's time; the error number is no level; the host is the header's",
		entries: []worldEntry{
			we("2026-11-29T06:25:07Z", Unknown, "edge-gw", `Nov 29 06:25:07 edge-gw rsyslogd: [origin software="rsyslogd" swVersion="8.16.0" x-pid="812" x-info="http://www.rsyslog.com"] rsyslogd was HUPed`),
			we("2026-11-29T07:41:16Z", Unknown, "edge-gw", "Nov 29 07:41:16 edge-gw rsyslogd-2007: action 'action 17' suspended, next retry is Sun Nov 29 07:42:46 2026 [v8.16.0 try http://www.rsyslog.com/e/2007 ]"),
			we("2026-11-29T07:41:20Z", Unknown, "edge-gw", "Nov 29 07:41:20 edge-gw rsyslogd-2177: imuxsock begins to drop messages from pid 4411 due to rate-limiting"),
			we("2026-11-29T07:41:26Z", Unknown, "edge-gw", "Nov 29 07:41:26 edge-gw rsyslogd-2177: imuxsock lost 812 messages from pid 4411 due to rate-limiting"),
			we("2026-11-29T07:42:46Z", Unknown, "edge-gw", "Nov 29 07:42:46 edge-gw rsyslogd0: action 'action 17' resumed (module 'builtin:ompipe') [v8.16.0 try http://www.rsyslog.com/e/0 ]"),
			we("2026-11-29T07:42:46Z", Unknown, "edge-gw", "Nov 29 07:42:46 edge-gw rsyslogd-2359: action 'action 17' resumed (module 'builtin:ompipe') [v8.16.0 try http://www.rsyslog.com/e/2359 ]"),
		},
	},
	{
		name:   "cronie-crond-s-cmdout-var-log-cron",
		source: "cronie's crond started with -s (CRONDARGS=-s in /etc/sysconfig/crond) on RHEL 9: a job's output goes to syslog line by line as `CROND[pid]: (user) CMDOUT (line)` between the job's CMD and CMDEND lines, in /var/log/cron (traditional format): cronie-crond/cronie src/do_command.c (log_it(usernm, getpid(), \"CMDOUT\", logbuf, 0) under SyslogOutput), cronie-crond/cronie issue #120 (the CMD line)",
		why:    "the job's own words in CMDOUT's parentheses are message text: rsync's `error` and the script's `ERROR:` are no level, `main.c(1338)` and `(code 23)` no time; the user in parentheses is no host",
		entries: []worldEntry{
			we("2026-11-29T03:10:01Z", Unknown, "bkp01", "Nov 29 03:10:01 bkp01 CROND[51819]: (backup) CMD (/usr/local/bin/nightly-rsync.sh)"),
			we("2026-11-29T03:10:04Z", Unknown, "bkp01", `Nov 29 03:10:04 bkp01 CROND[51819]: (backup) CMDOUT (rsync: [sender] link_stat "/srv/media/tmp" failed: No such file or directory (2))`),
			we("2026-11-29T03:10:09Z", Unknown, "bkp01", "Nov 29 03:10:09 bkp01 CROND[51819]: (backup) CMDOUT (rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1338) [sender=3.2.5])"),
			we("2026-11-29T03:10:09Z", Unknown, "bkp01", "Nov 29 03:10:09 bkp01 CROND[51819]: (backup) CMDOUT (ERROR: nightly sync of /srv/media finished with exit 23)"),
			we("2026-11-29T03:10:09Z", Unknown, "bkp01", "Nov 29 03:10:09 bkp01 CROND[51819]: (backup) CMDEND (/usr/local/bin/nightly-rsync.sh)"),
		},
	},
	{
		name:   "dcron-own-logfile-internal-formatter",
		source: "dcron 4.5 (dillon's cron) with `-l info -L /var/log/crond.log`, its internal formatter writing `%b %e %H:%M:%S host crond: msg` (no pid): the start line, `no timestamp found (user … job …)`, `FILE dir/file USER user PID %3d description` for each job run (the command, or `job NAME` for an ID= job), `exit status N from user … …`, `mailing cron output for user … …`: dubiousjim/dcron subs.c (vlog), defs.h (LOGHEADER), database.c (RunJobs), job.c (EndJob, the mailer), main.c (-L); dubiousjim/dcron issue #20 and a cron log sample (`dillon's cron daemon, started with loglevel`, `no timestamp found`)",
		why:    "a syslog-like header written by the daemon itself, with the host and `crond:` but no pid; the job's PID and the exit status are no times or levels",
		entries: []worldEntry{
			we("2026-11-29T06:58:12Z", Unknown, "slack15", "Nov 29 06:58:12 slack15 crond: /usr/sbin/crond 4.5 dillon's cron daemon, started with loglevel info"),
			we("2026-11-29T06:58:12Z", Unknown, "slack15", "Nov 29 06:58:12 slack15 crond: no timestamp found (user root job sys-daily)"),
			we("2026-11-29T07:47:01Z", Unknown, "slack15", "Nov 29 07:47:01 slack15 crond: FILE /var/spool/cron/crontabs/root USER root PID 4411 job sys-hourly"),
			we("2026-11-29T07:50:01Z", Unknown, "slack15", "Nov 29 07:50:01 slack15 crond: FILE /var/spool/cron/crontabs/root USER root PID 4420 /usr/local/sbin/pg-backup.sh"),
			we("2026-11-29T07:50:07Z", Unknown, "slack15", "Nov 29 07:50:07 slack15 crond: exit status 1 from user root /usr/local/sbin/pg-backup.sh"),
			we("2026-11-29T07:50:07Z", Unknown, "slack15", "Nov 29 07:50:07 slack15 crond: mailing cron output for user root /usr/local/sbin/pg-backup.sh"),
		},
	},
	{
		name:   "rhel9-messages-systemd-stop-timeout-unit-warnings",
		source: "systemd 252 on RHEL 9 in /var/log/messages (RSYSLOG_TraditionalFileFormat): a unit file's warnings at daemon-reload (`Configuration file … is marked executable. Please remove executable permission bits. Proceeding anyway.`, `file:line: Unknown key name 'X' in section 'Service', ignoring.`), then a stop that times out (`State 'stop-sigterm' timed out. Killing.`, `Killing process N (comm) with signal SIGKILL.`, `Main process exited, code=killed, status=9/KILL`, `Failed with result 'timeout'.`, `Consumed … CPU time.`): flux-framework/flux-core issue #4158 and systemd/systemd issue #4206 (the stop-timeout sequence), systemd's src/shared/conf-parser.c and unit.c (the two warnings); the `name - description` in Stopping/Stopped from memory",
		why:    "`orders.service:11:` after the tag is a file and line, not a time; `2h 14min 8.412s` is a duration; status=9/KILL and `Failed` are no level; the host is the header's",
		entries: []worldEntry{
			we("2026-11-29T07:38:02Z", Unknown, "app07", "Nov 29 07:38:02 app07 systemd[1]: Configuration file /etc/systemd/system/orders.service is marked executable. Please remove executable permission bits. Proceeding anyway."),
			we("2026-11-29T07:38:02Z", Unknown, "app07", "Nov 29 07:38:02 app07 systemd[1]: /etc/systemd/system/orders.service:11: Unknown key name 'RestartSecs' in section 'Service', ignoring."),
			we("2026-11-29T07:40:16Z", Unknown, "app07", "Nov 29 07:40:16 app07 systemd[1]: Stopping orders.service - Orders API..."),
			we("2026-11-29T07:41:46Z", Unknown, "app07", "Nov 29 07:41:46 app07 systemd[1]: orders.service: State 'stop-sigterm' timed out. Killing."),
			we("2026-11-29T07:41:46Z", Unknown, "app07", "Nov 29 07:41:46 app07 systemd[1]: orders.service: Killing process 51802 (java) with signal SIGKILL."),
			we("2026-11-29T07:41:46Z", Unknown, "app07", "Nov 29 07:41:46 app07 systemd[1]: orders.service: Main process exited, code=killed, status=9/KILL"),
			we("2026-11-29T07:41:46Z", Unknown, "app07", "Nov 29 07:41:46 app07 systemd[1]: orders.service: Failed with result 'timeout'."),
			we("2026-11-29T07:41:46Z", Unknown, "app07", "Nov 29 07:41:46 app07 systemd[1]: Stopped orders.service - Orders API."),
			we("2026-11-29T07:41:46Z", Unknown, "app07", "Nov 29 07:41:46 app07 systemd[1]: orders.service: Consumed 2h 14min 8.412s CPU time."),
		},
	},
	{
		name:   "aulastlog-c-locale-listing",
		source: "audit-userspace's aulastlog run under LANG=C.UTF-8 (the heading `Username Port From Latest`, then per passwd user `%-16s %-12.12s %-26.26s %s`: the terminal and hostname= of the user's last successful USER_LOGIN, the host cut at 26 characters, and strftime `%x %T` after setlocale, or `**Never logged in**`): linux-audit/audit-userspace tools/aulastlog/aulastlog.c",
		why:    "the C locale's %x is MM/DD/YY, a two-digit year, and the time has no zone; the From column is the login's remote host, a peer, cut short; `ssh` is sshd's terminal for a session with no tty",
		entries: []worldEntry{
			wskip("Username         Port         From                       Latest"),
			we("2026-11-28T22:10:03Z", Unknown, "", "root             /dev/tty1    ?                          11/28/26 22:10:03"),
			we("", Unknown, "", "bin                                                      **Never logged in**"),
			we("2026-11-29T07:41:16Z", Unknown, "", "alice            /dev/pts/1   203.0.113.9                11/29/26 07:41:16"),
			we("2026-11-27T14:02:55Z", Unknown, "", "deploy           /dev/pts/2   ci-runner-07.build.example 11/27/26 14:02:55"),
			we("2026-11-29T03:10:02Z", Unknown, "", "svc-backup       ssh          198.51.100.40              11/29/26 03:10:02"),
		},
	},
	{
		name:   "lastlog2-service-column-listing",
		gap:    "trawl reads no time from the row whose eight-column tty holds a space (`web cons`, cockpit's `web console` cut): its `Sun Nov 29 07:58:40 +0100 2026` is missed, while the rows with a one-word tty are read",
		source: "util-linux 2.40's lastlog2 -s on a host at +0100 (pam_lastlog2's database: the heading `Username Port From Latest Service` sized from the first row, then `%-16s %-8.8s %-42s` user, tty and remote host and strftime `%a %b %e %H:%M:%S %z %Y`, padded to 31, then the PAM service): util-linux/util-linux misc-utils/lastlog2.c (print_entry)",
		why:    "the time sits between the columns with the offset before the year and a space-padded day, the PAM service after it; the From column is a peer; cockpit's tty `web console` is cut to eight characters",
		entries: []worldEntry{
			wskip("Username         Port     From                                       Latest                         Service"),
			we("2026-11-29T07:41:16Z", Unknown, "", "alice            pts/1    203.0.113.9                                Sun Nov 29 08:41:16 +0100 2026 sshd"),
			we("2026-11-28T22:10:03Z", Unknown, "", "root             tty1                                                Sat Nov 28 23:10:03 +0100 2026 login"),
			we("2026-11-27T14:02:55Z", Unknown, "", "deploy           pts/2    2001:db8:4411::17                          Fri Nov 27 15:02:55 +0100 2026 sshd"),
			we("2026-11-29T06:58:40Z", Unknown, "", "bob              web cons 10.20.4.19                                 Sun Nov 29 07:58:40 +0100 2026 cockpit"),
			we("2026-11-02T09:12:44Z", Unknown, "", "carol            pts/3    jump01.corp.example                        Mon Nov  2 10:12:44 +0100 2026 sshd"),
		},
	},
}

func TestFresh317Formats(t *testing.T) { assertTable(t, fresh317Cases) }
func TestFresh317Score(t *testing.T) {
	checkScore(t, "fresh317 formats", fresh317Cases, [worldNumFields]float64{88.8, 97.7, 99.9, 98.7})
}
