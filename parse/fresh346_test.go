package parse

import "testing"

// The three-hundred-and-forty-sixth fresh table, written on 2026-12-06: times as real programs
// spell them, a further pass after fresh178, fresh181 and fresh183, in products and output shapes
// no earlier table holds. Each family is one program's documented or observed output, chosen for
// the way it spells its time: GNU screen's session log with `logtstamp on` (a two-digit year after
// a month name, `Nov/29/26  7:41:16`, between untimed terminal lines); FlexNet Publisher's lmgrd
// debug log (a time of day with a space-padded hour, the date only in `TIMESTAMP mm/dd/yyyy` lines
// and at the end of the start-up line); Reprise RLM's debug log (a yearless month-first `mm/dd
// HH:MM` with no seconds); HCL Domino's console.log on a server set to day-first dates and a
// 24-hour clock (`29/11/2026 07:41:16`); Zabbix's real-time export of history as NDJSON (epoch
// seconds in `clock` and the nanoseconds apart in `ns`, the host in a nested object); collectd's
// exec plugin protocol as a script prints it (`PUTVAL id interval=10 epoch:value`, `N:` for now,
// `PUTNOTIF severity=… time=epoch`); nmap's verbose console (a zone name at the end of the
// `Starting Nmap` line, `at HH:MM` at the end of the phase lines, elapsed counts and an ETC
// estimate beside them); tcpdump -tt on the `any` device (epoch seconds with microseconds before
// the interface and direction columns); git's reflog file .git/logs/HEAD (epoch seconds then the
// committer's offset, then a tab and the action); svn log (an offset and a weekday date in
// parentheses in a header between separator lines, the message under it).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`screen`, `screenlog`, `logtstamp`, `time-stamp --`, `flexlm`,
// `flexnet`, `lmgrd`, `(MLM)`, `TIMESTAMP 11/`, `DENIED: "`, `(rlm)`, `reprise`, `License server
// started`, `(foundry)`, `domino`, `Router: Transferred`, `29/11/2026`, `DateOrder`, `zabbix`,
// `"clock":`, `item_tags`, `history-syncer`, `collectd`, `PUTVAL`, `PUTNOTIF`, `nmap`, `Starting
// Nmap`, `Initiating`, `Completed SYN`, `elapsed;`, `ETC:`, `tcpdump`, `-tt`, `LINUX_SLL2`,
// `listening on any`, ` In  IP`, `Out IP`, `git reflog`, `logs/HEAD`, `commit (initial)`, `moving
// from`, `subversion`, `svn log`, `| 1 line`). No table holds FlexNet, RLM, Zabbix's export,
// collectd's exec protocol, git's reflog or svn log (the `PUTVAL` and `moving from` hits were other
// things: a Java frame's `putVal`, an Erlang cluster's message). GNU screen's log is in fresh206 (a
// serial console's `screen -L` log with CR line ends); its logtstamp stamp is in none (the other
// `screen` hits are QuickFIX's ScreenLog, ssh-keygen's `-M screen` and the like). Domino is in
// fresh20 as console.log with US dates and a 12-hour clock; its day-first 24-hour spelling is in
// none. Zabbix is in many tables as its server, proxy, agent and Java gateway logs; its export
// files are in none. collectd is in fresh3
// and fresh5 as its logfile plugin and syslog; its exec protocol is in none. nmap is in fresh66 as
// its -oN and -oG files (the host report blocks); the verbose console with its phase, Stats and
// Timing lines is in none, and its host report is left out here. tcpdump is in many tables with
// its default time of day and its delta and dated forms, and in fresh190 under Junos; -tt's epoch
// and the `any` device's interface and direction columns are in none. Subversion is in fresh34,
// fresh118 and fresh305 as svnserve's and mod_dav_svn's logs; svn log is in none. Left out as
// measured already: the PNP4Nagios npcd log (fresh136), Ansible's profile_tasks stamp (fresh53,
// fresh180), faillog, lastlog and utmpdump (fresh317), Serv-U's `29Nov26` (fresh20), the JDK's
// timemillis decoration, Fluent Bit's stdout epoch, varnishlog's Timestamp records and dmesg's
// reltime. Left out for want of a confirmed layout: qmail-qread's `29 Nov 2026 07:41:16 GMT  #inode`
// listing and PNP4Nagios's perfdata spool lines (`DATATYPE::…\tTIMET::epoch\tHOSTNAME::…`), in no
// table either. The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time without a zone is UTC: screen's stamp, lmgrd's and RLM's times,
// Domino's, nmap's `at 08:41` (so not the instant of its CET start line, as the rules say). A time
// of day without a date is on the clock's day (lmgrd). A yearless date is in 2026 (RLM). A zone
// name or offset is converted: nmap's CET, svn's +0100 (r411 falls on 28 November in UTC). An epoch
// is the instant it counts, whatever offset stands beside it (git's +0100 and -0500 are the
// committer's zone, not a shift); Zabbix's `clock` with its `ns` is the time, `clock` alone is
// accepted too ("a|b"). No time where the line has none of its own: untimed terminal lines,
// collectd's `N:`, nmap's `Stats: 0:00:12 elapsed`, its `ETC: 08:42` estimate and `scanned in 34.52
// seconds`, tcpdump's banner lines; a date in a message, a value, a branch name or a version
// (Zabbix's text value, git's branch, svn's message, FlexNet's v11.19.6.0) is not the record's
// time. Levels only where the line marks one: collectd's PUTNOTIF `severity=warning` (Warn) and
// `severity=failure` (Error); none for lmgrd's DENIED, RLM's DENIED, nmap's phases or tcpdump's
// lines. The host is the record's host field: Zabbix's `"host":{"host":…}` and collectd's
// identifier's first part and `host=` (the host the value or notification is of, as a metric's
// host tag is); never a user@client (lmgrd, RLM), a started-on message, a prompt, an e-mail
// domain, a scanned host or a packet's address. A record that spans lines is one entry: nmap's
// `Nmap done:` line with its indented `Raw packets sent:` line; an svn log entry from the separator
// line that opens it through its header, blank line and message; the last separator is a record
// of its own.
//
// The search tool's budget was spent before this table was written, so no layout was confirmed
// by a search. Five were confirmed by running the programs here (screen 4.09 with logtstamp on,
// nmap 7.93 with -v and --stats-every, tcpdump 4.99.3 with -tt -i any, git's reflog, svn log 1.14
// under TZ=CET; nmap's ETC clause is from memory); the other five sources (FlexNet, RLM, Domino's
// day-first spelling, Zabbix's export, collectd's exec protocol) say "from memory". Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 99aef9e before any rule for it: level 100.0 %, time 67.4 %, host 80.0 %, records 92.5 %.
// That is the macro figure (micro: level 100.0 %, time 74.3 %, host 86.5 %, records 95.9 %), in a
// worktree at 99aef9e with no change to trawl's code (only this file and table_test.go's list), 4 of
// 10 families fully right (RLM's debug log, Domino's day-first console.log, tcpdump -tt and git's
// reflog); the gaps are screen's `Nov/29/26` stamp, lmgrd's first line, Zabbix's clock and nested
// host, collectd's PUTVAL epoch and identifier host and PUTNOTIF's whole-second time= and host=,
// nmap's `at HH:MM` at the end of its phase lines, and svn log's entries cut into lines.

var fresh346Cases = []worldCase{
	{
		name:   "gnu-screen-logtstamp-session-log",
		gap:    "trawl reads no time from screen's stamp `-- 0:bash -- time-stamp -- Nov/29/26  7:41:16 --`: the month-name, day and two-digit year `Nov/29/26` with the space-padded hour after it, between the `--` markers, is not read",
		source: "GNU screen's window log (screenlog.N, `deflog on`) with `logtstamp on`: after the window has been quiet for `logtstamp after` seconds screen writes its default stamp `-- %n:%t -- time-stamp -- %M/%d/%y %c:%s --` (window number and title, month name, two-digit year, %c's space-padded hour); observed with screen 4.09.00 (`-- 0:bash -- time-stamp -- Dec/06/26  5:10:48 --`); the terminal's carriage returns left out",
		why:    "a two-digit year after a month name and a day, `Nov/29/26`; the hour padded with a space; the terminal lines between the stamps carry no time; no level, and the prompt's machine name is no host field",
		entries: []worldEntry{
			we("", Unknown, "", "alice@build01:~/src/shop$ go test ./cart/..."),
			we("", Unknown, "", "ok  \texample.org/shop/cart\t4.120s"),
			we("2026-11-29T07:41:16Z", Unknown, "", "-- 0:bash -- time-stamp -- Nov/29/26  7:41:16 --"),
			we("", Unknown, "", "alice@build01:~/src/shop$ git pull --rebase"),
			we("", Unknown, "", "Already up to date."),
			we("2026-11-29T08:02:11Z", Unknown, "", "-- 0:bash -- time-stamp -- Nov/29/26  8:02:11 --"),
			we("", Unknown, "", "alice@build01:~/src/shop$ ssh db02"),
			we("2026-11-29T10:15:40Z", Unknown, "", "-- 2:ssh db02 -- time-stamp -- Nov/29/26 10:15:40 --"),
		},
	},
	{
		name:   "flexnet-lmgrd-debug-log-timestamp-lines",
		gap:    "the first line ` 7:41:16 (lmgrd) -----…` gets no time: a time of day with a leading space before `(lmgrd)` and a rule of dashes is not read on the file's first line, though the same stamp is read on every line after it",
		source: "FlexNet Publisher's lmgrd debug log (`lmgrd -c license.lic -l +/var/log/lmgrd.log`: each line `H:MM:SS (daemon) message` with the hour padded by a space and no date; the date only in the periodic `(daemon) TIMESTAMP mm/dd/yyyy` lines and at the end of the start-up line `started on host (linux) (mm/dd/yyyy)`; vendor daemon lines `OUT: \"feature\" user@host`, `IN:`, `DENIED: … (reason (-4,342))`): from memory",
		why:    "a time of day with a leading space and no date, on the clock's day; the version 11.19.6.0, the ports and the error code (-4,342) are no times; DENIED is no level; lic01 in a message and alice@ws-14 are no host fields",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", " 7:41:16 (lmgrd) -----------------------------------------------"),
			we("2026-11-29T07:41:16Z", Unknown, "", " 7:41:16 (lmgrd) FlexNet Licensing (v11.19.6.0 build 306001 x64_lsb) started on lic01 (linux) (11/29/2026)"),
			we("2026-11-29T07:41:16Z", Unknown, "", " 7:41:16 (lmgrd) License file(s): /opt/flexlm/licenses/site.lic"),
			we("2026-11-29T07:41:16Z", Unknown, "", " 7:41:16 (lmgrd) lmgrd tcp-port 27000"),
			we("2026-11-29T07:41:16Z", Unknown, "", " 7:41:16 (lmgrd) Started MLM (internet tcp_port 41207 pid 2214)"),
			we("2026-11-29T07:41:17Z", Unknown, "", " 7:41:17 (MLM) Server started on lic01 for:\tMATLAB\t\tSIMULINK"),
			we("2026-11-29T08:02:11Z", Unknown, "", ` 8:02:11 (MLM) OUT: "MATLAB" alice@ws-14`),
			we("2026-11-29T08:05:40Z", Unknown, "", ` 8:05:40 (MLM) DENIED: "SIMULINK" bob@ws-22  (Licensed number of users already reached. (-4,342))`),
			we("2026-11-29T09:30:02Z", Unknown, "", ` 9:30:02 (MLM) IN: "MATLAB" alice@ws-14`),
			we("2026-11-29T10:41:17Z", Unknown, "", "10:41:17 (lmgrd) TIMESTAMP 11/29/2026"),
		},
	},
	{
		name:   "rlm-license-server-debug-log",
		source: "Reprise License Manager's debug log (rlm -dlog, the rlm server's and each ISV server's lines `mm/dd HH:MM (isv) message`: no year and no seconds; `OUT: product version by user@host`, `IN:`, `DENIED:` with the reason on a line of its own with the same stamp): from memory",
		why:    "a yearless month-first date with hours and minutes only (2026, seconds zero); the copyright years 2006-2024, the version 15.2BL2 and the ports are no times; no level; lic02 in a message and alice@ws-14 are no host fields",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "", "11/29 07:41 (rlm) RLM License Server Version 15.2BL2"),
			we("2026-11-29T07:41:00Z", Unknown, "", "11/29 07:41 (rlm) Copyright (C) 2006-2024, Reprise Software, Inc. All rights reserved."),
			we("2026-11-29T07:41:00Z", Unknown, "", "11/29 07:41 (rlm) License server started on lic02"),
			we("2026-11-29T07:41:00Z", Unknown, "", "11/29 07:41 (rlm) Using TCP/IP port 5053"),
			we("2026-11-29T07:41:00Z", Unknown, "", "11/29 07:41 (rlm) Starting ISV servers:"),
			we("2026-11-29T07:41:00Z", Unknown, "", "11/29 07:41 (rlm)     ... foundry on port 41208"),
			we("2026-11-29T07:42:00Z", Unknown, "", `11/29 07:42 (foundry) RLM License Server Version 15.2BL2 for ISV "foundry"`),
			we("2026-11-29T08:02:00Z", Unknown, "", "11/29 08:02 (foundry) OUT: nuke_i v12.0 by alice@ws-14 (handle: 4a)"),
			we("2026-11-29T08:05:00Z", Unknown, "", "11/29 08:05 (foundry) DENIED: nuke_r v12.0 to bob@ws-22"),
			we("2026-11-29T08:05:00Z", Unknown, "", "11/29 08:05 (foundry)     License server does not support this product (-18)"),
			we("2026-11-29T09:30:00Z", Unknown, "", "11/29 09:30 (foundry) IN: nuke_i v12.0 by alice@ws-14 (handle: 4a)"),
		},
	},
	{
		name:   "domino-console-log-day-first-24-hour",
		source: "HCL Domino's IBM_TECHNICAL_SUPPORT/console.log on a server whose notes.ini sets DateOrder=DMY, DateSeparator=/ and ClockType=24_HOUR (`[pid:vt-tid] dd/MM/yyyy HH:mm:ss   text`, three blanks where a 12-hour clock writes AM or PM): the layout as in fresh20's console.log; the day-first and 24-hour spelling from memory",
		why:    "a day-first slashed date (29/11/2026, 30/11/2026) and a 24-hour clock after a bracketed process and thread id; no level; HUB01/EXAMPLE and MAIL02 in messages are peers and names, no host fields",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[1C2F:0002-7F3A] 29/11/2026 07:41:16   Server started on physical node MAIL02"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[1C2F:0002-7F3A] 29/11/2026 07:41:17   Router: Internet SMTP host mail02 in domain example.org"),
			we("2026-11-29T07:52:03Z", Unknown, "", "[1C44:0004-6B10] 29/11/2026 07:52:03   SMTP Server: 10.20.3.14 connected"),
			we("2026-11-29T07:52:04Z", Unknown, "", "[1C44:0004-6B10] 29/11/2026 07:52:04   SMTP Server: Message 00412B3A (MessageID: <4120.mail@shop.example>) received"),
			we("2026-11-29T08:10:45Z", Unknown, "", "[1D01:0002-41C0] 29/11/2026 08:10:45   Replicator: Finished replicating with server HUB01/EXAMPLE"),
			we("2026-11-30T00:00:01Z", Unknown, "", "[1C2F:0002-7F3A] 30/11/2026 00:00:01   Router: Transferred 12 messages to HUB01/EXAMPLE via NRPC"),
		},
	},
	{
		name:   "zabbix-realtime-export-history-ndjson",
		gap:    "neither field of the export object is read: `clock` (epoch seconds, with `ns` apart) gives no time, and the host comes out as the nested host object's display `name` (Web server 01, Database 02) instead of its technical `host` (web01, db02)",
		source: "Zabbix 6.0's real-time export (ExportDir, ExportType=history: history-history-syncer-N.ndjson, one object a line with host {host, name}, groups, item_tags, itemid, name, clock (epoch seconds), ns (the nanoseconds of that second), value and type 0 float, 3 unsigned, 4 text): from memory",
		why:    "the time is epoch seconds with its nanoseconds in a field apart (clock alone accepted); the host is the nested host object's technical name; a date inside a text value and the item's numbers are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345678Z|2026-11-29T07:41:16Z", Unknown, "web01", `{"host":{"host":"web01","name":"Web server 01"},"groups":["Linux servers"],"item_tags":[{"tag":"component","value":"cpu"}],"itemid":45123,"name":"Load average (1m avg)","clock":1795938076,"ns":412345678,"value":0.41,"type":0}`),
			we("2026-11-29T07:41:17.00000412Z|2026-11-29T07:41:17Z", Unknown, "web01", `{"host":{"host":"web01","name":"Web server 01"},"groups":["Linux servers"],"item_tags":[{"tag":"component","value":"memory"}],"itemid":45130,"name":"Available memory","clock":1795938077,"ns":4120,"value":6214311936,"type":3}`),
			we("2026-11-29T07:41:20Z", Unknown, "db02", `{"host":{"host":"db02","name":"Database 02"},"groups":["Databases","Linux servers"],"item_tags":[{"tag":"component","value":"backup"}],"itemid":51877,"name":"Last backup status","clock":1795938080,"ns":0,"value":"OK: full backup finished 2026-11-29 02:00:41, 41.2 GB","type":4}`),
			we("2026-11-29T07:41:21.25Z|2026-11-29T07:41:21Z", Unknown, "db02", `{"host":{"host":"db02","name":"Database 02"},"groups":["Databases"],"item_tags":[],"itemid":51880,"name":"Replication lag","clock":1795938081,"ns":250000000,"value":12,"type":3}`),
		},
	},
	{
		name:   "collectd-exec-putval-putnotif",
		gap:    "PUTVAL's `epoch:value` after the options is not read as the time and PUTNOTIF's whole-second `time=1795938090` is not either (its fractional `time=1795938101.25` is); neither the identifier's host part `web01/…` nor PUTNOTIF's `host=web01` is read as the host (PUTNOTIF's severity= is read)",
		source: "collectd's exec plugin protocol as a script prints it on a terminal (the lines collectd reads from its stdout: `PUTVAL host/plugin-instance/type-instance [interval=N] time:value[:value…]` with time epoch seconds, possibly fractional, or N for now; `PUTNOTIF [severity=failure|warning|okay] [time=epoch] [host=…] [plugin=…] … message=…`): collectd-exec(5) and collectd-unixsock(5), from memory",
		why:    "the time is an epoch before the values, joined by a colon; `N:` is no time; the identifier's first part and host= are the host; PUTNOTIF's severity is its level; a value that looks like an epoch is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "web01", `PUTVAL "web01/exec-nginx/gauge-active_connections" interval=10 1795938076:412`),
			we("2026-11-29T07:41:16Z", Unknown, "web01", `PUTVAL "web01/exec-nginx/derive-requests" interval=10 1795938076:918273`),
			we("", Unknown, "web01", `PUTVAL "web01/exec-nginx/gauge-waiting" interval=10 N:17`),
			we("2026-11-29T07:41:22.412Z", Unknown, "web01", "PUTVAL web01/exec-backup/gauge-last_success interval=60.000 1795938082.412:1795851601"),
			we("2026-11-29T07:41:30Z", Warn, "web01", `PUTNOTIF severity=warning time=1795938090 host=web01 plugin=exec plugin_instance=nginx type=gauge type_instance=active_connections message="active connections 412 above 400"`),
			we("2026-11-29T07:41:41.25Z", Error, "web01", `PUTNOTIF host=web01 severity=failure time=1795938101.25 plugin=exec plugin_instance=backup message="last successful backup is 24 hours old"`),
		},
	},
	{
		name:   "nmap-verbose-console-phases",
		gap:    "the zone-less `at 08:41` at the end of nmap's `Initiating PHASE at HH:MM` and `Completed PHASE at HH:MM, N.NNs elapsed (…)` lines is not read as a time on the clock's day (the start line's `at 2026-11-29 08:41 CET` is)",
		source: "nmap's console with -v (and --stats-every): `Starting Nmap V ( https://nmap.org ) at yyyy-MM-dd HH:mm ZONE`, `Initiating PHASE at HH:mm`, `Completed PHASE at HH:mm, N.NNs elapsed (…)`, `Stats: H:MM:SS elapsed; …` with `PHASE Timing: About N% done; ETC: HH:mm (H:MM:SS remaining)`, `Nmap done: … scanned in N seconds` with the indented `Raw packets sent:` line; observed with nmap 7.93 under TZ=CET (the ETC clause from memory); the host report (fresh66's) left out",
		why:    "a zone name at the end of the start line (CET, so 07:41 UTC); `at 08:41` at the end of a phase line has no zone (08:41 UTC); the elapsed counts and the ETC estimate are no times; no level, and the scanned host is no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "", "Starting Nmap 7.95 ( https://nmap.org ) at 2026-11-29 08:41 CET"),
			we("", Unknown, "", "NSE: Loaded 157 scripts for scanning."),
			we("2026-11-29T08:41:00Z", Unknown, "", "Initiating SYN Stealth Scan at 08:41"),
			we("", Unknown, "", "Scanning web01.example.org (10.20.0.5) [1000 ports]"),
			we("", Unknown, "", "Discovered open port 443/tcp on 10.20.0.5"),
			we("", Unknown, "", "Stats: 0:00:12 elapsed; 0 hosts completed (1 up), 1 undergoing SYN Stealth Scan"),
			we("", Unknown, "", "SYN Stealth Scan Timing: About 41.20% done; ETC: 08:42 (0:00:17 remaining)"),
			we("2026-11-29T08:41:00Z", Unknown, "", "Completed SYN Stealth Scan at 08:41, 21.40s elapsed (1000 total ports)"),
			we("2026-11-29T08:41:00Z", Unknown, "", "Initiating Service scan at 08:41"),
			we("2026-11-29T08:42:00Z", Unknown, "", "Completed Service scan at 08:42, 12.03s elapsed (2 services on 1 host)"),
			we("", Unknown, "",
				"Nmap done: 1 IP address (1 host up) scanned in 34.52 seconds",
				"           Raw packets sent: 1184 (52.080KB) | Rcvd: 1003 (40.124KB)"),
		},
	},
	{
		name:   "tcpdump-tt-any-interface",
		source: "tcpdump 4.99 with -tt -n -i any on a terminal (stderr's banner lines, then `epoch.uuuuuu ifname In|Out|B|M  PROTO …` with the interface padded to five and the direction to three for the LINUX_SLL2 link type): observed with tcpdump 4.99.3 (`1796551879.438945 lo    In  IP 127.0.0.1.41964 > 127.0.0.1.53: …`)",
		why:    "epoch seconds with microseconds first; the interface and direction columns after it; TCP's `TS val 41207412`, sequence numbers and DNS ids are no times; the banners carry no time; no level, and no address is a host field",
		entries: []worldEntry{
			we("", Unknown, "", "tcpdump: data link type LINUX_SLL2"),
			we("", Unknown, "", "tcpdump: verbose output suppressed, use -v[v]... for full protocol decode"),
			we("", Unknown, "", "listening on any, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 262144 bytes"),
			we("2026-11-29T07:41:16.204118Z", Unknown, "", "1795938076.204118 eth0  Out IP 10.20.0.5.41964 > 10.20.0.2.53: 30840+ A? repo.example.org. (34)"),
			we("2026-11-29T07:41:16.205331Z", Unknown, "", "1795938076.205331 eth0  In  IP 10.20.0.2.53 > 10.20.0.5.41964: 30840 1/0/0 A 10.20.1.40 (50)"),
			we("2026-11-29T07:41:16.205902Z", Unknown, "", "1795938076.205902 eth0  Out IP 10.20.0.5.51234 > 10.20.1.40.443: Flags [S], seq 2419803221, win 64240, options [mss 1460,sackOK,TS val 41207412 ecr 0,nop,wscale 7], length 0"),
			we("2026-11-29T07:41:16.206544Z", Unknown, "", "1795938076.206544 eth0  In  IP 10.20.1.40.443 > 10.20.0.5.51234: Flags [S.], seq 902211450, ack 2419803222, win 65160, options [mss 1460,sackOK,TS val 88120014 ecr 41207412,nop,wscale 7], length 0"),
			we("2026-11-29T07:41:17.412004Z", Unknown, "", "1795938077.412004 eth0  B   ARP, Request who-has 10.20.0.1 tell 10.20.0.9, length 46"),
			we("2026-11-29T07:41:18.000412Z", Unknown, "", "1795938078.000412 docker0 Out IP6 fe80::42:acff:fe11:2 > ff02::2: ICMP6, router solicitation, length 16"),
		},
	},
	{
		name:   "git-reflog-file-epoch-offset",
		source: "git's reflog file read with `cat .git/logs/HEAD` (`old-sha new-sha Name <email> epoch ±hhmm<TAB>action: message`, one line a HEAD move: clone, commit, commit (amend), checkout, pull, reset); observed with git 2.x here (`… Alice Moreau <alice@example.org> 1795938076 +0100^Icommit (initial): first import`)",
		why:    "the time is epoch seconds; the offset after it is the committer's zone and does not shift the instant (+0100, and -0500 after a move); the dates in a branch name and in a commit message are no times; no level; the e-mail's domain is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "0000000000000000000000000000000000000000 4f1c2a7e9b3d5c6e8a0f1b2c3d4e5f6a7b8c9d0e Alice Moreau <alice@example.org> 1795938076 +0100\tclone: from https://git.example.org/shop/api.git"),
			we("2026-11-29T07:52:03Z", Unknown, "", "4f1c2a7e9b3d5c6e8a0f1b2c3d4e5f6a7b8c9d0e 9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5 Alice Moreau <alice@example.org> 1795938723 +0100\tcommit: cart: read two-digit years in coupon dates"),
			we("2026-11-29T07:57:00Z", Unknown, "", "9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5 9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5 Alice Moreau <alice@example.org> 1795939020 +0100\tcheckout: moving from main to fix/tz-2026-11-28"),
			we("2026-11-29T08:10:45Z", Unknown, "", "9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5 1b2c3d4e5f60718293a4b5c6d7e8f9012a3b4c5d Alice Moreau <alice@example.org> 1795939845 +0100\tcommit (amend): cart: keep the offset of 2026-11-28T23:00:00-0800"),
			we("2026-11-29T08:15:12Z", Unknown, "", "1b2c3d4e5f60718293a4b5c6d7e8f9012a3b4c5d 5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80 Alice Moreau <alice@example.org> 1795940112 -0500\tpull --rebase origin main: Fast-forward"),
		},
	},
	{
		name:   "svn-log-offset-weekday-date",
		gap:    "an svn log entry is cut into pieces: the separator line, the `rN | author | date | N lines` header with the blank line under it, and each paragraph of the message come out as records of their own, so the entry's record has no time (the header's `08:41:16 +0100 (Sun, 29 Nov 2026)` is read right on its own line)",
		source: "Subversion's `svn log` (each entry: a line of 72 dashes, `rN | author | yyyy-MM-dd HH:mm:ss ±hhmm (Www, dd Mmm yyyy) | N line(s)`, a blank line, the message; one more line of dashes after the last entry; the time in the client's zone); observed with svn 1.14 under TZ=CET",
		why:    "an offset and then a day-first weekday date in parentheses in the header's third field; 00:12:40 +0100 is the day before in UTC; an entry from its opening separator through its message is one record; the date in a message and the revision numbers are no times; the author is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"------------------------------------------------------------------------",
				"r412 | alice | 2026-11-29 08:41:16 +0100 (Sun, 29 Nov 2026) | 1 line",
				"",
				"cart: read two-digit years in coupon dates"),
			we("2026-11-28T23:12:40Z", Unknown, "",
				"------------------------------------------------------------------------",
				"r411 | bob | 2026-11-29 00:12:40 +0100 (Sun, 29 Nov 2026) | 3 lines",
				"",
				"Revert r409: it broke the nightly export of 28/11/2026.",
				"",
				"See SHOP-4120."),
			we("2026-11-28T17:05:09Z", Unknown, "",
				"------------------------------------------------------------------------",
				"r410 | carol | 2026-11-28 18:05:09 +0100 (Sat, 28 Nov 2026) | 1 line",
				"",
				"Tag release 4.12.0"),
			we("", Unknown, "", "------------------------------------------------------------------------"),
		},
	},
}

func TestFresh346Formats(t *testing.T) { assertTable(t, fresh346Cases) }
func TestFresh346Score(t *testing.T) {
	checkScore(t, "fresh346 formats", fresh346Cases, [worldNumFields]float64{99.9, 67.3, 79.9, 92.4})
}
