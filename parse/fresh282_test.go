package parse

import "testing"

// The two-hundred-and-eighty-second fresh table, written on 2026-12-06: everyday Linux server
// daemons' own log files and syslog lines in a further pass, shapes no earlier table holds. Each
// family is one product's documented or observed output: cronie's crond run in the foreground with
// debug flags (`crond -n -x sch,proc`: Debug()'s untimed `[pid] …` lines and log_it's stderr copy
// `log_it: (user pid) EVENT (detail)`); glibc nscd's own logfile at debug-level 3 (`%c - pid: msg`,
// a tab-led request line, the prune pass with epochs in its messages); numad's /var/log/numad.log at
// log level 6 (ctime with `: ` for its newline, a node report whose lines after the first carry no
// time); ksmtuned's DEBUG logfile (`/bin/date`'s 12-hour en_US output with AM/PM and CET); wsdd's
// --shortlog lines in the journal under its upstream unit (`LEVEL: msg` behind the journal's
// header); wsdd run by hand with -v -v (Python logging's `asctime:name LEVEL(pid N): msg`); fcron
// 3.2+ logging to its own file with -y -p (`yyyy-MM-dd HH:mm:ss` then the type padded to five:
// ` INFO`, ` WARN`, `ERROR`); sudo 1.9's logfile with log_format=json (the whole file one JSON
// object, each event a pretty-printed `"accept"`/`"reject"` member).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`cronie`, `anacron`, `fcron`, `CROND[`, `crond[`, `(root) CMD`, `(CRON) INFO`, `log_it:`,
// `tick(`, `cron started`, `GMToff`, `sec-to-wait`, `do_command(`, `child_process(`, `sshd`,
// `debug3`, `debug1:`, `LogLevel VERBOSE`, `penalty:`, `sudo`, `log_year`, `TSID=`,
// `log_format=json`, `"accept": {`, `"submit_time"`, `"server_time"`, `"runargv"`, `"submituser"`,
// `vsftpd`, `xferlog`, `OK LOGIN`, `OK DOWNLOAD`, `DEBUG: Client`, `proftpd`, `TransferLog`,
// `SystemLog`, `mod_ban`, `mod_ctrls`, `controls.log`, `squid`, `cache.log`, `kid1|`, `exception
// location`, `trace[1-8]`, `:trace`, `AH0`, `haproxy`, `chrony`, `measurements.log`,
// `statistics.log`, `tracking.log`, `atd[`, ` atd`, `rsyncd`, `rsync`, `samba`, `smbd`,
// `log.smbd`, `effective(`, `rpc.statd`, `statd`, `sm-notify`, `nfsd`, `mountd`, `auth_unix_ip`,
// `nscd`, `dbg_log`, `handle_request: request`, `GETPWBYNAME`, `pruning`, `numad`, `Registering
// numad`, `MBs_free`, `THP scan`, `ksmtuned`, `KSMCTL`, `start ksm`, ` AM CET `, ` PM CET `,
// `wsdd`, `Probe urn:uuid`, `joined multicast group`, `shortlog`, `  INFO Job`, ` WARN Job`,
// `started for user`, `logfile_path`, `acpid:`, `xinetd`, `keepalived.log`, `pacemaker.log`,
// `(do_state_transition)`, `conntrackd`, `sockd`, `dansguardian`, `NET-SNMP version`, `3proxy`,
// `backuppc`, `uptimed`, `acme.sh`, `apcupsd.status`, `APC      :`, `metalog`, `snapper`, `lynis`,
// `irqbalance`, `Cache domain`, `multipathd`, `upslog`, `[D1]`, `freeradius`, `radacct`,
// `ovs-vswitchd`, `usbguard`, `spamd`, `clamd`, `SelfCheck`, `doveadm log`, `ntpsec`, `389-ds`,
// `slapd`, `logfile-format`, `pdns`, `dnsdist`). What the brief named is measured already:
// cronie's /var/log/cron, journal and PAM lines, anacron's syslog and `-d`, fcron's syslog and its
// old `-f` stderr (`HH:MM:SS msg`), sshd at VERBOSE and DEBUG3 in several shapes, sudo's logfile with and
// without log_host and log_year, its @cee JSON through syslog and its I/O log's log.json, vsftpd's
// log, xferlog and protocol log, ProFTPD's TransferLog, SystemLog, SFTPLog, TLSLog and ExtendedLog,
// Squid's cache.log with the kid prefix, Apache's trace levels per module, HAProxy's log-format with
// its own date, chrony's measurements, statistics, tracking and other logs, atd and rsyncd through
// syslog and rsyncd.log, Samba's log.smbd at several levels, rpc.statd and sm-notify through syslog.
// What is new here: cronie's crond -x stderr is in none (busybox crond's foreground is fresh64's);
// nscd is in fresh29 only through syslog, its logfile in none; numad and ksmtuned are in none;
// wsdd is in none in either shape; fcron's file logger (-p) with its padded type column is in none
// (fresh90 holds only the old `HH:MM:SS msg` console form); sudo's JSON logfile is in none. Left out
// as measured already: keepalived's --log-file and pacemaker.log (the holdout), conntrackd's
// LogFile (fresh10), xinetd's FILE log (fresh8), clamd's LogFile, spamd's -s file, multipathd's
// foreground forms, NUT's debug output (fresh204), FreeRADIUS's detail files (fresh16), Lynis and
// USBGuard's logs. Left out for want of a page that settled the lines in the time given: ProFTPD's
// BanLog and ControlsLog (pr_log_writefile, the shape of the held SFTPLog), nfs-utils daemons in
// the foreground (xlog's untimed `prog: msg`, the shape of busybox crond's), irqbalance's --debug
// topology dump (no record boundary a source settles), acpid's lines (plain syslog). The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). crond's debug lines carry no time: `Target time=1795938120` is the minute
// crond sleeps until, not the line's time, and tick()'s five numbers are counters. nscd's `%c`
// (C.UTF-8: `Www Mmm dd HH:MM:SS yyyy`), numad's ctime and fcron's and wsdd's stamps have no zone and
// are taken as UTC; the epochs in nscd's prune messages (its `time`, an entry's `timeout`) are
// message text. ksmtuned's `Sun Nov 29 08:41:16 AM CET 2026` is converted from CET (+01:00), and
// `12:41:16 PM` is 11:41:16 UTC. sudo's JSON event carries its time three times (submit_time and
// server_time as seconds and nanoseconds, their iso8601 cut to the second): each is accepted. Levels
// only where the line marks one: wsdd's level word before the colon or the `(pid`, fcron's type
// column; cronie's `INFO` is log_it's event name (the slot of CMD and STARTUP, as fresh74 reads it),
// and nscd, numad, ksmtuned and sudo's JSON write none. The host is the record's host field: the
// journal's host for wsdd's shortlog, sudo's `submithost`; the addresses in wsdd's and nscd's lines
// are peers and keys. A record that spans lines is one entry: numad's node report (its timed
// `Nodes:` line with the Min and Node lines after it; the blank line numad writes before it ends the
// record above), a sudo JSON event from its `"accept": {` line to its closing brace; the `{` that
// opens sudo's file and the `}` that closes it are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d356449 before any rule for it: level 87.5 %, time 87.5 %, host 87.5 %, records 87.5 %.
// That is the macro figure (micro: level 95.2 %, time 95.2 %, host 95.2 %, records 95.2 %), in a
// worktree at d356449 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right (crond's untimed debug lines, nscd's logfile, numad's node report, ksmtuned's
// 12-hour CET date, both wsdd shapes and fcron's type column); the gap is sudo's JSON logfile, read
// as one record from the file's opening brace to its end.

var fresh282Cases = []worldCase{
	{
		name:   "cronie-crond-x-sch-proc-stderr",
		source: "cronie's crond in the foreground with debug flags (`crond -n -x sch,proc`, its stderr kept by a terminal or a container runtime): cron.c's `[pid] cron started`, `[pid] GMToff=N`, `[pid] Target time=N, sec-to-wait=N` and `[pid] tick(min,hour,dom,month,dow) %s %s` (two blanks when both job kinds run), find_jobs' `user [name:uid:gid:...] cmd=\"…\"`, do_command.c's `do_command(cmd, (user,uid,gid))`, `child_process('cmd')` and the grandchild lines, misc.c log_it's stderr copy `log_it: (user pid) EVENT (detail)`: cronie-crond/cronie src/cron.c, src/do_command.c, src/misc.c (DEBUGGING defined in configure.ac)",
		why:    "no time, no level, no host on any line; a bracketed pid opens most; the epoch after Target time is the minute crond waits for, tick()'s numbers are counters; log_it's INFO is an event name",
		entries: []worldEntry{
			we("", Unknown, "", "[4120] cron started"),
			we("", Unknown, "", "log_it: (CRON 4120) INFO (RANDOM_DELAY will be scaled with factor 37% if used.)"),
			we("", Unknown, "", "log_it: (CRON 4120) INFO (running with inotify support)"),
			we("", Unknown, "", "[4120] GMToff=0"),
			we("", Unknown, "", "[4120] Target time=1795938120, sec-to-wait=44"),
			we("", Unknown, "", "[4120] tick(42,7,28,10,0)    "),
			we("", Unknown, "", `user [root:0:0:...] cmd="/usr/local/sbin/rotate-spool --quiet"`),
			we("", Unknown, "", "[4120] do_command(/usr/local/sbin/rotate-spool --quiet, (root,0,0))"),
			we("", Unknown, "", "[4120] main process returning to work"),
			we("", Unknown, "", "[4133] child_process('/usr/local/sbin/rotate-spool --quiet')"),
			we("", Unknown, "", "[4134] grandchild process fork()'ed"),
			we("", Unknown, "", "log_it: (root 4134) CMD (/usr/local/sbin/rotate-spool --quiet)"),
			we("", Unknown, "", "[4133] child reading output from grandchild"),
			we("", Unknown, "", "[4133] got EOF from grandchild"),
			we("", Unknown, "", "[4133] waiting for grandchild #2 to finish"),
			we("", Unknown, "", "[4133] grandchild #4134 finished, status=0000"),
		},
	},
	{
		name:   "nscd-logfile-debug-level",
		source: "glibc's nscd with `logfile /var/log/nscd.log` and `debug-level 3` in nscd.conf: dbg_log writes `strftime(\"%c\") - pid: msg` to the file when debug_level > 0 (nscd/dbg_log.c; the C.UTF-8 locale of cloud images, so `Www Mmm dd HH:MM:SS yyyy`, from memory); connections.c's `handle_request: request received (Version = 2) from PID n` and the tab-led `\\tGETPWBYNAME (key)`, pwdcache.c's `Haven't found \"x\" in user database cache!`, cache.c prune_cache's `pruning %s cache; time %ld`, `considering %s entry \"%s\", timeout %lu` and `remove %s entry \"%s\"`: glibc nscd sources (llvm-project's glibc copy: nscd/dbg_log.c, connections.c, cache.c, pwdcache.c)",
		why:    "a ctime-like stamp, ` - `, the pid and a colon; a tab after the prefix is message text; the epochs in the prune messages are no times of the line; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 - 812: handle_request: request received (Version = 2) from PID 4410"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 - 812: \tGETPWBYNAME (alice)"),
			we("2026-11-29T07:41:16Z", Unknown, "", `Sun Nov 29 07:41:16 2026 - 812: Haven't found "alice" in user database cache!`),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026 - 812: handle_request: request received (Version = 2) from PID 4417"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026 - 812: \tGETAI (db02.corp.example)"),
			we("2026-11-29T07:41:31Z", Unknown, "", "Sun Nov 29 07:41:31 2026 - 812: pruning hosts cache; time 1795938091"),
			we("2026-11-29T07:41:31Z", Unknown, "", `Sun Nov 29 07:41:31 2026 - 812: considering GETAI entry "db02.corp.example", timeout 1795938080`),
			we("2026-11-29T07:41:31Z", Unknown, "", `Sun Nov 29 07:41:31 2026 - 812: remove GETAI entry "db02.corp.example"`),
		},
	},
	{
		name:   "numad-log-node-report",
		source: "numad's /var/log/numad.log with `-l 6` (numad_log: ctime(3) with its newline replaced by `: `, then the message; show_nodes at LOG_INFO writes a blank line, a timed `Nodes: N` line, then `Min CPUs free…`, `Min MBs free…` and one `Node N: MBs_total … MBs_free %6ld, … Distance: … CPUs: list` line a node with fprintf and no time; `Registering numad version %s PID %d`, `Changing THP scan time in %s from %d to %d ms.`, `Advising pid %d %s move from nodes (%s) to nodes (%s)`, `PID %d moved to node(s) %s in %d.%d seconds`): numad.c (numad_log, show_nodes, register_numad_pid, set_thp_scan_sleep_ms, pick_numa_nodes, bind_process_and_migrate_memory)",
		why:    "ctime then a colon; the node report's lines after `Nodes:` have no time and belong to it, and the blank line before it ends the record above; the version string 20150602 and the pids are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: Registering numad version 20150602 PID 1208"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Sun Nov 29 07:41:16 2026: Changing THP scan time in /sys/kernel/mm/transparent_hugepage/khugepaged/scan_sleep_millisecs from 10000 to 1000 ms.",
				""),
			we("2026-11-29T07:41:31Z", Unknown, "",
				"Sun Nov 29 07:41:31 2026: Nodes: 2",
				"Min CPUs free: 1421, Max CPUs: 1682, Avg CPUs: 1551, StdDev: 130.5",
				"Min MBs free: 40213, Max MBs: 58877, Avg MBs: 49545, StdDev: 9332",
				"Node 0: MBs_total 64305, MBs_free  40213, CPUs_total 2400, CPUs_free 1421,  Distance: 10 21  CPUs: 0-11,24-35",
				"Node 1: MBs_total 64507, MBs_free  58877, CPUs_total 2400, CPUs_free 1682,  Distance: 21 10  CPUs: 12-23,36-47"),
			we("2026-11-29T07:41:31Z", Unknown, "", "Sun Nov 29 07:41:31 2026: Advising pid 40112 qemu-kvm move from nodes (0-1) to nodes (1)"),
			we("2026-11-29T07:41:32Z", Unknown, "", "Sun Nov 29 07:41:32 2026: PID 40112 moved to node(s) 1 in 0.41 seconds"),
		},
	},
	{
		name:   "ksmtuned-debug-logfile-date",
		source: "ksmtuned (the bash daemon shipped with qemu-kvm / the ksmtuned package) with `DEBUG=1` and `LOGFILE=/var/log/ksmtuned` in /etc/ksmtuned.conf: debug() writes \"`/bin/date`: $*\"; the start-up `total`, `sleep` and `thres` lines, adjust()'s `committed … free …`, `… > total, start ksm`, `… < thres, boost`, `KSMCTL start npages sleep` and `… < total and free > thres, stop ksm`: the ksmtuned script as quoted in a public walkthrough of /usr/sbin/ksmtuned; date's default format in the service's en_US.UTF-8 locale (glibc 2.29+ date_fmt `%a %b %e %r %Z %Y`) on a host at CET from memory",
		why:    "date(1)'s 12-hour clock with AM/PM, the zone word CET before the year, then a colon; 12:41 PM CET is 11:41 UTC; the memory figures are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 08:41:16 AM CET 2026: total 263966824"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 08:41:16 AM CET 2026: sleep 10"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 08:41:16 AM CET 2026: thres 52793364"),
			we("2026-11-29T07:42:16Z", Unknown, "", "Sun Nov 29 08:42:16 AM CET 2026: committed 224310412 free 31870024"),
			we("2026-11-29T07:42:16Z", Unknown, "", "Sun Nov 29 08:42:16 AM CET 2026: 277103776 > 263966824, start ksm"),
			we("2026-11-29T07:42:16Z", Unknown, "", "Sun Nov 29 08:42:16 AM CET 2026: 31870024 < 52793364, boost"),
			we("2026-11-29T07:42:16Z", Unknown, "", "Sun Nov 29 08:42:16 AM CET 2026: KSMCTL start 300 10"),
			we("2026-11-29T11:41:16Z", Unknown, "", "Sun Nov 29 12:41:16 PM CET 2026: committed 98234112 free 141220880"),
			we("2026-11-29T11:41:16Z", Unknown, "", "Sun Nov 29 12:41:16 PM CET 2026: 151027476 < 263966824 and free > 52793364, stop ksm"),
		},
	},
	{
		name:   "wsdd-shortlog-journal",
		source: "wsdd (the Web Services Dynamic Discovery host daemon beside Samba) under its upstream unit `ExecStart=/usr/bin/wsdd --shortlog --chroot=/run/wsdd $WSDD_PARAMS` with WSDD_PARAMS=\"-v -v\", read with journalctl (--shortlog's `%(levelname)s: %(message)s` behind the journal's `Mmm dd HH:mm:ss host wsdd[pid]: `): christgau/wsdd etc/systemd/wsdd.service and src/wsdd.py (the shortlog format, `joined multicast group`, the `addr:port(if) - - \"Probe urn:uuid:… UDP\" - -` line, `scheduling Hello message via …`), christgau/wsdd issues #15, #49 and #177 (the messages in the long format)",
		why:    "the journal's time and host, then wsdd's own level word and a colon; the client's address and the multicast tuples are peers and message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "nas01", "Nov 29 07:41:16 nas01 wsdd[812]: WARNING: no interface given, using all interfaces"),
			we("2026-11-29T07:41:16Z", Info, "nas01", "Nov 29 07:41:16 nas01 wsdd[812]: INFO: joined multicast group 239.255.255.250 on 192.168.20.5%enp3s0"),
			we("2026-11-29T07:41:16Z", Info, "nas01", "Nov 29 07:41:16 nas01 wsdd[812]: INFO: joined multicast group [ff02::c] on fe80::5a11:22ff:fe33:4455%enp3s0"),
			we("2026-11-29T07:41:16Z", Debug, "nas01", "Nov 29 07:41:16 nas01 wsdd[812]: DEBUG: scheduling Hello message via enp3s0 to ('239.255.255.250', 3702)"),
			we("2026-11-29T07:41:27Z", Info, "nas01", `Nov 29 07:41:27 nas01 wsdd[812]: INFO: 192.168.20.31:55012(enp3s0) - - "Probe urn:uuid:3f9a1c2e-7b4d-4e08-a1c6-5d2e8f0b9a17 UDP" - -`),
			we("2026-11-29T07:41:27Z", Info, "nas01", `Nov 29 07:41:27 nas01 wsdd[812]: INFO: 192.168.20.31:55012(enp3s0) - - "Resolve urn:uuid:0c1d2e3f-4a5b-4c6d-8e7f-90a1b2c3d4e5 UDP" - -`),
		},
	},
	{
		name:   "wsdd-verbose-stderr-default-format",
		source: "wsdd run by hand with `-v -v` on a terminal (src/wsdd.py's logging.basicConfig format `%(asctime)s:%(name)s %(levelname)s(pid %(process)d): %(message)s`: Python's asctime with a comma before the milliseconds, the logger name wsdd, the level glued to `(pid N)`; `no interface given, using all interfaces`, `new address …`, `handling traffic for …`, `joined multicast group …`, `will listen for HTTP traffic on address (…)`, `scheduling Hello message via …`, the Probe line and `incoming message content is b'…'`): christgau/wsdd src/wsdd.py, issues #15, #49 and #177",
		why:    "a zone-less time with milliseconds, a colon, the logger name, then the level glued to `(pid N):`; the tuples with ports and the SOAP body are message text; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Warn, "", "2026-11-29 07:41:16,204:wsdd WARNING(pid 2268): no interface given, using all interfaces"),
			we("2026-11-29T07:41:16.231Z", Debug, "", "2026-11-29 07:41:16,231:wsdd DEBUG(pid 2268): new address 192.168.20.5%enp3s0"),
			we("2026-11-29T07:41:16.231Z", Debug, "", "2026-11-29 07:41:16,231:wsdd DEBUG(pid 2268): handling traffic for 192.168.20.5%enp3s0"),
			we("2026-11-29T07:41:16.232Z", Info, "", "2026-11-29 07:41:16,232:wsdd INFO(pid 2268): joined multicast group 239.255.255.250 on 192.168.20.5%enp3s0"),
			we("2026-11-29T07:41:16.233Z", Debug, "", "2026-11-29 07:41:16,233:wsdd DEBUG(pid 2268): will listen for HTTP traffic on address ('192.168.20.5', 5357)"),
			we("2026-11-29T07:41:16.24Z", Debug, "", "2026-11-29 07:41:16,240:wsdd DEBUG(pid 2268): scheduling Hello message via enp3s0 to ('239.255.255.250', 3702)"),
			we("2026-11-29T07:41:27.518Z", Info, "", `2026-11-29 07:41:27,518:wsdd INFO(pid 2268): 192.168.20.31:55012(enp3s0) - - "Probe urn:uuid:b7e3c1d2-5f4a-4e8b-9c0d-1a2b3c4d5e6f UDP" - -`),
			we("2026-11-29T07:41:27.519Z", Debug, "", `2026-11-29 07:41:27,519:wsdd DEBUG(pid 2268): incoming message content is b'<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:wsa="http://schemas.xmlsoap.org/ws/2004/08/addressing" xmlns:wsd="http://schemas.xmlsoap.org/ws/2005/04/discovery"><soap:Header><wsa:To>urn:schemas-xmlsoap-org:ws:2005:04:discovery</wsa:To><wsa:Action>http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</wsa:Action><wsa:MessageID>urn:uuid:b7e3c1d2-5f4a-4e8b-9c0d-1a2b3c4d5e6f</wsa:MessageID></soap:Header><soap:Body><wsd:Probe><wsd:Types>wsdp:Device</wsd:Types></wsd:Probe></soap:Body></soap:Envelope>'`),
		},
	},
	{
		name:   "fcron-logfile-level-column",
		source: "fcron 3.2+ started with `-y -p /var/log/fcron.log` (no syslog, its own log file: log.c's print_line_prefix writes `%Y-%m-%d %H:%M:%S`, a blank, the type ` INFO`, ` WARN`, `ERROR` or `DEBUG` padded to five, a blank, then the message; explain's `fcron[pid] version started` and `updating configuration from …`, job.c's `Job '…' started for user … (pid …)`, `Job '…' completed`, warn's `Job '…' terminated (exit status: N) (mailing output)` and error's `Job '…' terminated due to signal N`): yo8192/fcron log.c, fcron.c (-y, -p logfile_path) and job.c; fcron(8) synopsis",
		why:    "a zone-less date and time, then the type column right-aligned in five characters (two blanks before INFO and WARN); the pids and exit statuses are no times; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16  INFO fcron[1208] 3.3.1 started"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16  INFO updating configuration from /var/spool/fcron"),
			we("2026-11-29T07:45:00Z", Info, "", "2026-11-29 07:45:00  INFO Job '/usr/local/sbin/rotate-dumps --keep 7' started for user root (pid 1290)"),
			we("2026-11-29T07:45:04Z", Info, "", "2026-11-29 07:45:04  INFO Job '/usr/local/sbin/rotate-dumps --keep 7' completed"),
			we("2026-11-29T07:50:00Z", Info, "", "2026-11-29 07:50:00  INFO Job '/usr/bin/rsync -a /srv/www/ backup01:/srv/www/' started for user www-sync (pid 1311)"),
			we("2026-11-29T07:50:41Z", Warn, "", "2026-11-29 07:50:41  WARN Job '/usr/bin/rsync -a /srv/www/ backup01:/srv/www/' terminated (exit status: 23) (mailing output)"),
			we("2026-11-29T08:00:00Z", Info, "", "2026-11-29 08:00:00  INFO Job '/usr/local/bin/reindex' started for user search (pid 1342)"),
			we("2026-11-29T08:12:00Z", Error, "", "2026-11-29 08:12:00 ERROR Job '/usr/local/bin/reindex' terminated due to signal 9"),
		},
	},
	{
		name:   "sudo-logfile-log-format-json",
		gap:    "trawl reads the file as one record: the `{` that opens it starts an entry that swallows every event member after it (all the lines, no time, no host), so no `    \"accept\": {` or `    \"reject\": {` line starts a record, and the nested submit_time/server_time seconds and nanoseconds and the submithost key are not read",
		source: "sudo 1.9 with `Defaults logfile=/var/log/sudo.json, log_format=json` in a release whose eventlog writes JSON to the logfile, which release first did from memory (lib/eventlog/eventlog.c do_logfile_json: the file is one JSON object, the first event writes `{`, each later one overwrites the closing `\\n}\\n` with a comma; format_json writes the event as a member `\"accept\"`/`\"reject\": {` pretty-printed by sudo_json with four blanks a level: uuid, reason, server_time and submit_time as {seconds, nanoseconds, iso8601 `%Y%m%d%H%M%SZ`, localtime `%h %e %T`}, then eventlog_store_json's submituser, command, runuser, runcwd, ttyname, submithost, submitcwd, runuid, columns, lines, runargv, runenv): sudo-project/sudo lib/eventlog/eventlog.c and lib/util/json.c",
		why:    "one event is a pretty-printed member of a file-wide object: its time is an epoch with nanoseconds nested twice (submit_time and server_time, also cut to the second as iso8601); submithost is the host; columns, lines and uids are no times; the file's own opening and closing braces are no records",
		entries: []worldEntry{
			wskip("{"),
			we("2026-11-29T07:41:16.198004Z|2026-11-29T07:41:16.201114Z|2026-11-29T07:41:16Z", Unknown, "web01",
				`    "accept": {`,
				`        "uuid": "7d4e2a91-3c5b-4f60-8a17-b2c9d0e1f342",`,
				`        "server_time": {`,
				`            "seconds": 1795938076,`,
				`            "nanoseconds": 201114000,`,
				`            "iso8601": "20261129074116Z",`,
				`            "localtime": "Nov 29 07:41:16"`,
				`        },`,
				`        "submit_time": {`,
				`            "seconds": 1795938076,`,
				`            "nanoseconds": 198004000,`,
				`            "iso8601": "20261129074116Z",`,
				`            "localtime": "Nov 29 07:41:16"`,
				`        },`,
				`        "submituser": "alice",`,
				`        "command": "/usr/bin/systemctl",`,
				`        "runuser": "root",`,
				`        "runcwd": "/home/alice",`,
				`        "ttyname": "/dev/pts/0",`,
				`        "submithost": "web01",`,
				`        "submitcwd": "/home/alice",`,
				`        "runuid": 0,`,
				`        "columns": 132,`,
				`        "lines": 43,`,
				`        "runargv": [`,
				`            "systemctl",`,
				`            "reload",`,
				`            "nginx.service"`,
				`        ],`,
				`        "runenv": [`,
				`            "LANG=C.UTF-8",`,
				`            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin",`,
				`            "TERM=xterm-256color",`,
				`            "HOME=/root",`,
				`            "LOGNAME=root",`,
				`            "USER=root",`,
				`            "SUDO_COMMAND=/usr/bin/systemctl reload nginx.service",`,
				`            "SUDO_USER=alice",`,
				`            "SUDO_UID=1000",`,
				`            "SUDO_GID=1000"`,
				`        ]`,
				`    },`),
			we("2026-11-29T07:42:03.402117Z|2026-11-29T07:42:03.405861Z|2026-11-29T07:42:03Z", Unknown, "web01",
				`    "reject": {`,
				`        "uuid": "9e0d3b71-2c4f-4a8e-b1d6-7f5a3c9e2b40",`,
				`        "reason": "command not allowed",`,
				`        "server_time": {`,
				`            "seconds": 1795938123,`,
				`            "nanoseconds": 405861000,`,
				`            "iso8601": "20261129074203Z",`,
				`            "localtime": "Nov 29 07:42:03"`,
				`        },`,
				`        "submit_time": {`,
				`            "seconds": 1795938123,`,
				`            "nanoseconds": 402117000,`,
				`            "iso8601": "20261129074203Z",`,
				`            "localtime": "Nov 29 07:42:03"`,
				`        },`,
				`        "submituser": "bob",`,
				`        "command": "/usr/bin/cat",`,
				`        "runuser": "root",`,
				`        "runcwd": "/srv/app",`,
				`        "ttyname": "/dev/pts/3",`,
				`        "submithost": "web01",`,
				`        "submitcwd": "/srv/app",`,
				`        "runuid": 0,`,
				`        "columns": 80,`,
				`        "lines": 24,`,
				`        "runargv": [`,
				`            "cat",`,
				`            "/etc/shadow"`,
				`        ]`,
				`    },`),
			we("2026-11-29T07:45:30.017342Z|2026-11-29T07:45:30.020551Z|2026-11-29T07:45:30Z", Unknown, "web01",
				`    "accept": {`,
				`        "uuid": "c2f81b07-6d3e-4a95-b0c4-8e7d1f2a3b69",`,
				`        "server_time": {`,
				`            "seconds": 1795938330,`,
				`            "nanoseconds": 20551000,`,
				`            "iso8601": "20261129074530Z",`,
				`            "localtime": "Nov 29 07:45:30"`,
				`        },`,
				`        "submit_time": {`,
				`            "seconds": 1795938330,`,
				`            "nanoseconds": 17342000,`,
				`            "iso8601": "20261129074530Z",`,
				`            "localtime": "Nov 29 07:45:30"`,
				`        },`,
				`        "submituser": "carol",`,
				`        "command": "/usr/bin/journalctl",`,
				`        "runuser": "root",`,
				`        "runcwd": "/home/carol",`,
				`        "ttyname": "/dev/pts/1",`,
				`        "submithost": "web01",`,
				`        "submitcwd": "/home/carol",`,
				`        "runuid": 0,`,
				`        "columns": 100,`,
				`        "lines": 30,`,
				`        "runargv": [`,
				`            "journalctl",`,
				`            "-u",`,
				`            "nginx.service",`,
				`            "--since",`,
				`            "-1h"`,
				`        ]`,
				`    }`),
			wskip("}"),
		},
	},
}

func TestFresh282Formats(t *testing.T) { assertTable(t, fresh282Cases) }
func TestFresh282Score(t *testing.T) {
	checkScore(t, "fresh282 formats", fresh282Cases, [worldNumFields]float64{87.4, 87.4, 87.4, 87.4})
}
