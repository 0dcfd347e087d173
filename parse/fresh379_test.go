package parse

import "testing"

// The three-hundred-and-seventy-ninth fresh table, written on 2026-12-06: times as programs spell
// them, another pass after fresh178, fresh181, fresh183, fresh346 and fresh362, in output shapes no
// earlier table holds. Each family is one program's output as an admin keeps it (a logfile, or a
// status command appended to a file by cron), chosen for where and how it spells its time:
// fetchmail's logfile (an RFC 2822 date with a -0500 offset and a zone name in parentheses late in
// the `poll started`, `poll completed` and `sleeping at` lines, untimed lines between them);
// `chronyc tracking` appended by cron (a ctime-style `Ref time (UTC)` on the third line of a
// thirteen-line block); `timedatectl` appended by cron (a weekday and a zone name, CET beside UTC,
// on labelled lines of a block); `dnf history info` (the C library's %c in en_US, `Sun 29 Nov 2026
// 07:41:16 AM UTC`, on a labelled line of a block with its package list); Samba's `smbstatus -S`
// (`Sun Nov 29 07:41:16 AM 2026 UTC`: a twelve-hour time with the year after AM and a zone name
// last, in a column) and `smbstatus -L` (a ctime at the end of each locked-file row); `ntpq -c rv`
// (NTP-era hex seconds beside `Sun, Nov 29 2026  7:41:16.123`, a space-padded hour, in reftime= and
// clock= of a wrapped key=value block); `ntpdc -c sysinfo` (the same spelling on its `reference
// time:` line).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`fetchmail`, `fetchmail: 6`, `poll started`, `poll completed`,
// `sleeping at`, `querying`, `chronyc`, `Ref time`, `Reference ID`, `timedatectl`,
// `Local time: Sun`, `Universal time:`, `dnf history`, `Begin time`, `Begin rpmdb`,
// `Packages Altered`, `Transaction ID`, `smbstatus`, `Connected at`, `Service      pid`, `ntpq`,
// `reftime=`, `clock=`, `ntpdate`, `sntp`, `rdate`, `w32tm`, `stripchart`, `The current time is`,
// `__REALTIME_TIMESTAMP`, `klist`, `Valid starting`, `renew until`, `krb5kdc`, `authtime`,
// `active (running) since`, `lpstat`, `rpm -qa`, `--last`, `snap changes`, `today at`, `flatpak`,
// `mailq`, `Arrival Time`, `zpool history`, `lstart`, `Processing Initiated`, `lastcomm`,
// `secs Sun`, `offlineimap`, `mbsync`, `Blue Iris`, `obs-websocket`, and before those the products
// of the theme's usual spellings: `errpt`, `db2diag`, `SystemOut`, `UPID`, `slapd`, `condor`,
// `firebird`, `hana`, `cockroach`, `veeam`, `boinc`, `setupapi`, `murmur`, `SAP ASE`, `Aerospike`,
// `foundationdb`, `rethinkdb`, `arangodb`, `sockd`, `stunnel`, `sing-box`, `wsjt`, `dump1090`,
// `peerstats`, `chrome_debug`, `uwsgi`, `SAS System`, `emerge.log`, `MOZ_LOG`, `joblog`,
// `pipewire`, `tinyproxy`, `3proxy`, `frp`, `ngrok`, `GPRMC`, `srcds`, `tuxedo`, `HASP`, `OPCOM`,
// `CAUAJM`, `29Nov2026`, `2026:11:29-`, `DhcpSrvLog`, `SchedLgU`, `robocopy`, `netlogon`, `dfsr`,
// `WindowsUpdate`, `hylafax`, `conntrack`, `ip monitor`, `ausearch`, `aureport`, `short-full`,
// `short-unix`, all found in earlier tables and left out). fetchmail is in fresh18, fresh183 and
// fresh214 through syslog and its verbose console; its logfile's poll lines with the date late are
// in none. chronyc is in fresh142, fresh250, fresh340 and fresh357 (sources, sourcestats, its
// measurements logs); the tracking block in none. dnf history is in fresh250 as the list; the info
// block in none. ntpq is in fresh142 and fresh340 as the peer billboard; rv and ntpdc in none.
// `Connected at` in fresh20 is SmarterMail's; smbstatus and timedatectl are in none. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). fetchmail's -0500 (EST) is converted; chronyc's Ref time is in UTC as its
// label says; timedatectl's Local time (CET, +01:00) and Universal time name the same instant;
// dnf's and smbstatus' UTC is a zone name; smbstatus -L's ctime has no zone and is taken as UTC;
// ntpq's and ntpdc's spelled times are UTC (ntpq prints the NTP timestamp in UTC), the hex before
// them is the same instant in NTP-era seconds. A block's time is the one that dates the record:
// fetchmail's untimed lines have none; chronyc tracking's and ntpdc's only time is the reference
// time; timedatectl's is its local/universal time; dnf's is Begin time (End time is later);
// ntpq's is clock= (reftime= is the last update, earlier). No family writes a level: fetchmail's
// `flushed` and dnf's `Return-Code : Success` are no levels, ntpq's `leap_none, sync_ntp` is clock
// state. No family has a host field: the mail server fetchmail polls, chrony's and ntp's reference
// source and smbstatus' Machine column (the client) are peers. A record that spans lines is one
// entry: a chronyc tracking block, a timedatectl block, a dnf history info block up to its last
// package line, an ntpq rv block with its wrapped lines, an ntpdc sysinfo block; smbstatus' rows
// are one record each, under header lines that are not scored.
//
// The shapes come from the documentation, manual pages and sources each case names; where a search
// did not confirm a layout the source says "from memory". Hosts, ids, addresses, users and messages
// are invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit beb3417 before any rule for it: level 93.8 %, time 35.7 %, host 93.8 %, records 50.0 %.
// That is the macro figure (micro: level 95.7 %, time 52.2 %, host 95.7 %, records 65.2 %), in a
// worktree at beb3417 with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (smbstatus -S and -L); the gaps are fetchmail's `sleeping at` line, the
// blocks of chronyc tracking, dnf history info, ntpq rv and ntpdc sysinfo (cut and untimed), and
// timedatectl's weekday-first times.

var fresh379Cases = []worldCase{
	{
		name:   "fetchmail-logfile-poll-lines-rfc2822-late",
		gap:    "trawl reads the RFC 2822 date after ` at ` in the `poll started` and `poll completed` lines but not in `fetchmail: sleeping at Sun, 29 Nov 2026 02:41:19 -0500 (EST) for 300 seconds`: that line gets no time",
		source: "fetchmail 6.4 run as a daemon with `set logfile` (fetchmail.c and driver.c: `%s querying %s (protocol %s) at %s: poll started`, `... poll completed`, `sleeping at %s for %d seconds`, the date from rfc822timestamp() as `Www, dd Mon yyyy HH:MM:SS ±hhmm (ZONE)`; `%d messages for %s at %s (%d octets).`, `reading message %s@%s:%d of %d (%d header octets) flushed`): fetchmail(1) and its source, from memory",
		why:    "the only time is an RFC 2822 date with a -0500 offset and a zone name late in the line; untimed lines between carry no time of their own; the polled server is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "fetchmail: 6.4.38 querying mail.example.net (protocol IMAP) at Sun, 29 Nov 2026 02:41:16 -0500 (EST): poll started"),
			we("", Unknown, "", "fetchmail: Trying to connect to 203.0.113.25/993...connected."),
			we("", Unknown, "", "fetchmail: 2 messages for nora at mail.example.net (20411 octets)."),
			we("", Unknown, "", "fetchmail: reading message nora@mail.example.net:1 of 2 (15022 header octets) flushed"),
			we("", Unknown, "", "fetchmail: reading message nora@mail.example.net:2 of 2 (5389 header octets) flushed"),
			we("2026-11-29T07:41:19Z", Unknown, "", "fetchmail: 6.4.38 querying mail.example.net (protocol IMAP) at Sun, 29 Nov 2026 02:41:19 -0500 (EST): poll completed"),
			we("2026-11-29T07:41:19Z", Unknown, "", "fetchmail: sleeping at Sun, 29 Nov 2026 02:41:19 -0500 (EST) for 300 seconds"),
		},
	},
	{
		name:   "chronyc-tracking-blocks-ref-time",
		gap:    "trawl cuts each `chronyc tracking` block into one record a line and reads no time from its `Ref time (UTC)  : Sun Nov 29 07:41:16 2026` line: the block is not joined to its `Reference ID` line and the ctime-form Ref time is not its time",
		source: "`chronyc tracking` appended to a file by cron (client.c process_cmd_tracking: `Reference ID    : %R (%s)`, `Stratum`, `Ref time (UTC)  : %T` with the ctime-style `Www Mon dd HH:MM:SS yyyy`, System time, Last offset, RMS offset, Frequency, Residual freq, Skew, Root delay, Root dispersion, Update interval, Leap status): chronyc(1) 'tracking', from memory",
		why:    "a thirteen-line labelled block is one record; its time is on the third line in ctime form under a (UTC) label; the seconds, ppm and the hex reference id are no times; the reference source is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Reference ID    : 0A140001 (ntp1.example.net)",
				"Stratum         : 3",
				"Ref time (UTC)  : Sun Nov 29 07:41:16 2026",
				"System time     : 0.000012345 seconds fast of NTP time",
				"Last offset     : -0.000004211 seconds",
				"RMS offset      : 0.000021907 seconds",
				"Frequency       : 12.345 ppm slow",
				"Residual freq   : -0.001 ppm",
				"Skew            : 0.021 ppm",
				"Root delay      : 0.012345678 seconds",
				"Root dispersion : 0.000987654 seconds",
				"Update interval : 64.2 seconds",
				"Leap status     : Normal"),
			we("2026-11-29T07:42:20Z", Unknown, "",
				"Reference ID    : 0A140001 (ntp1.example.net)",
				"Stratum         : 3",
				"Ref time (UTC)  : Sun Nov 29 07:42:20 2026",
				"System time     : 0.000008120 seconds slow of NTP time",
				"Last offset     : +0.000003904 seconds",
				"RMS offset      : 0.000020011 seconds",
				"Frequency       : 12.341 ppm slow",
				"Residual freq   : +0.000 ppm",
				"Skew            : 0.019 ppm",
				"Root delay      : 0.012344912 seconds",
				"Root dispersion : 0.000912406 seconds",
				"Update interval : 64.5 seconds",
				"Leap status     : Normal"),
		},
	},
	{
		name:   "timedatectl-status-blocks-cet",
		source: "`timedatectl` (status) appended to a file by cron on a host in Europe/Berlin (systemd's timedatectl.c print_status_info: right-aligned labels `Local time:`, `Universal time:`, `RTC time:` with `Www yyyy-mm-dd HH:MM:SS ZONE`, `Time zone: Area/City (ABBR, +hhmm)`, synchronized, NTP service, RTC in local TZ): timedatectl(1), from memory",
		why:    "a weekday before an ISO date and a zone name after it; the local CET line and the UTC line are the same instant; the RTC line has no zone; `+0100` in the zone line is no time; a block is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"               Local time: Sun 2026-11-29 08:41:16 CET",
				"           Universal time: Sun 2026-11-29 07:41:16 UTC",
				"                 RTC time: Sun 2026-11-29 07:41:16",
				"                Time zone: Europe/Berlin (CET, +0100)",
				"System clock synchronized: yes",
				"              NTP service: active",
				"          RTC in local TZ: no"),
			we("2026-11-29T07:42:16Z", Unknown, "",
				"               Local time: Sun 2026-11-29 08:42:16 CET",
				"           Universal time: Sun 2026-11-29 07:42:16 UTC",
				"                 RTC time: Sun 2026-11-29 07:42:16",
				"                Time zone: Europe/Berlin (CET, +0100)",
				"System clock synchronized: yes",
				"              NTP service: active",
				"          RTC in local TZ: no"),
		},
	},
	{
		name:   "dnf-history-info-begin-time-blocks",
		gap:    "trawl cuts the second `dnf history info` block after its `Transaction ID : 42` line and reads no time from either block: `Begin time     : Sun 29 Nov 2026 07:41:16 AM UTC` (weekday, day-first date, twelve-hour AM/PM and a zone name after a label) is not read",
		source: "`dnf history info 41..42` on Fedora 41 (dnf 4's cli/commands/history.py: `Transaction ID :`, `Begin time     :` and `End time       :` through dnf.util.normalize_time, time.strftime('%c') of the C library, `Www dd Mon yyyy HH:MM:SS AM ZONE` in en_US; Begin rpmdb, End rpmdb, User, Return-Code, Releasever, Command Line, Comment, `Packages Altered:` with indented lines): dnf(8) 'History command', from memory",
		why:    "a weekday, a day-first date and a twelve-hour time with AM and a zone name on a labelled line; End time is later and carries an elapsed count; rpmdb hashes and versions are no times; a block up to its package lines is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Transaction ID : 41",
				"Begin time     : Sun 29 Nov 2026 07:41:16 AM UTC",
				"Begin rpmdb    : 5c1d9e0a7b3f4e21a8c6d2b9f0e4a7c3b1d5e9f2a6c0b4d8e3f7a1c5b9d2e6f0",
				"End time       : Sun 29 Nov 2026 07:41:58 AM UTC (42 seconds)",
				"End rpmdb      : 8e2f6a0c4b9d3e7f1a5c9b2d6e0f4a8c3b7d1e5f9a2c6b0d4e8f3a7c1b5d9e2f",
				"User           : root <root>",
				"Return-Code    : Success",
				"Releasever     : 41",
				"Command Line   : upgrade -y openssl",
				"Comment        : ",
				"Packages Altered:",
				"    Upgrade  openssl-1:3.2.2-3.fc41.x86_64      @updates",
				"    Upgrade  openssl-libs-1:3.2.2-3.fc41.x86_64 @updates",
				"    Upgraded openssl-1:3.2.2-1.fc41.x86_64      @@System",
				"    Upgraded openssl-libs-1:3.2.2-1.fc41.x86_64 @@System"),
			we("2026-11-29T19:05:40Z", Unknown, "",
				"Transaction ID : 42",
				"Begin time     : Sun 29 Nov 2026 07:05:40 PM UTC",
				"Begin rpmdb    : 8e2f6a0c4b9d3e7f1a5c9b2d6e0f4a8c3b7d1e5f9a2c6b0d4e8f3a7c1b5d9e2f",
				"End time       : Sun 29 Nov 2026 07:05:49 PM UTC (9 seconds)",
				"End rpmdb      : 2a6c0e4b8d3f7a1c5e9b2d6f0a4c8e3b7d1f5a9c2e6b0d4f8a3c7e1b5d9f2a6c",
				"User           : kim <kim>",
				"Return-Code    : Success",
				"Releasever     : 41",
				"Command Line   : install htop",
				"Comment        : ",
				"Packages Altered:",
				"    Install htop-3.3.0-4.fc41.x86_64 @fedora"),
		},
	},
	{
		name:   "smbstatus-shares-connected-at-am-year-zone",
		source: "Samba 4.19's `smbstatus -S` (utils/status.c traverse_connections: Service, pid, Machine, `Connected at` from timestring() as `Www Mon dd HH:MM:SS AM yyyy ZONE`, Encryption, Signing, under a header and a dashed rule): smbstatus(1), from memory",
		why:    "a twelve-hour time with the year after AM and a zone name last, in the fourth column; the pid is no time; the Machine column is the client, no host; the header lines are not scored",
		entries: []worldEntry{
			wskip("",
				"Service      pid     Machine       Connected at                     Encryption   Signing     ",
				"---------------------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Unknown, "", "IPC$         23114   10.20.3.14    Sun Nov 29 07:41:16 AM 2026 UTC  -            -           "),
			we("2026-11-29T07:41:18Z", Unknown, "", "projects     23114   10.20.3.14    Sun Nov 29 07:41:18 AM 2026 UTC  -            -           "),
			we("2026-11-29T13:02:51Z", Unknown, "", "scans        24007   10.20.3.61    Sun Nov 29 01:02:51 PM 2026 UTC  -            partial(AES-128-CMAC)"),
		},
	},
	{
		name:   "smbstatus-locked-files-ctime-last",
		source: "Samba 4.19's `smbstatus -L` (utils/status.c print_share_mode: Pid, User(ID), DenyMode, Access, R/W, Oplock, SharePath, Name, then the open time as a ctime-style `Www Mon dd HH:MM:SS yyyy` last, under `Locked files:` and a header): smbstatus(1), from memory",
		why:    "each row's time is last, after the path and file name; the pid, uid and hex access mask are no times; the header lines are not scored",
		entries: []worldEntry{
			wskip("Locked files:",
				"Pid          User(ID)   DenyMode   Access      R/W        Oplock           SharePath   Name   Time",
				"--------------------------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:20Z", Unknown, "", "23114        1000       DENY_NONE  0x120089    RDONLY     LEASE(RWH)       /srv/projects   q4/report.odt   Sun Nov 29 07:41:20 2026"),
			we("2026-11-29T07:41:22Z", Unknown, "", "23114        1000       DENY_WRITE 0x12019f    RDWR       LEASE(RW)        /srv/projects   q4/budget.ods   Sun Nov 29 07:41:22 2026"),
			we("2026-11-29T13:02:55Z", Unknown, "", "24007        1004       DENY_NONE  0x100081    RDONLY     NONE             /srv/scans   .   Sun Nov 29 13:02:55 2026"),
		},
	},
	{
		name:   "ntpq-rv-clock-hex-and-weekday",
		gap:    "trawl cuts the first `ntpq -c rv` block after its `associd=` line and joins the rest, the second block included, to it; it reads neither `clock=eeb6559c.1f7ced91  Sun, Nov 29 2026  7:41:16.123` nor reftime= (a weekday, a comma, month-day-year and a space-padded hour)",
		source: "ntp 4.2.8's `ntpq -c rv` appended by cron (the system variables as wrapped `key=value, ` lines: associd/status with the decoded status words, version=, leap, stratum, precision, rootdelay, rootdisp, refid, `reftime=` and `clock=` as NTP-era hex seconds.fraction then `Www, Mon dd yyyy HH:MM:SS.mmm` with a space-padded hour, peer, tc, mintc, offset, frequency, jitters): ntpq(1) 'rv', from memory",
		why:    "two times in one block: reftime= (the last update) and clock= (now, the record's time), each as NTP hex beside a weekday date with a space-padded hour; the offsets, delays and the version's date are no times; a wrapped block is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "",
				`associd=0 status=0615 leap_none, sync_ntp, 1 event, clock_sync,`,
				`version="ntpd 4.2.8p18@1.4062-o Sat Nov  1 12:00:00 UTC 2025 (1)",`,
				`processor="x86_64", system="Linux/6.8.0-49-generic", leap=00, stratum=3,`,
				`precision=-24, rootdelay=12.345, rootdisp=3.210, refid=10.20.0.1,`,
				`reftime=eeb6557a.12345678  Sun, Nov 29 2026  7:40:42.071,`,
				`clock=eeb6559c.1f7ced91  Sun, Nov 29 2026  7:41:16.123, peer=41226, tc=6,`,
				`mintc=3, offset=-0.123456, frequency=-12.345, sys_jitter=0.045678,`,
				`clk_jitter=0.012, clk_wander=0.003`),
			we("2026-11-29T07:42:44.501Z", Unknown, "",
				`associd=0 status=0615 leap_none, sync_ntp, 1 event, clock_sync,`,
				`version="ntpd 4.2.8p18@1.4062-o Sat Nov  1 12:00:00 UTC 2025 (1)",`,
				`processor="x86_64", system="Linux/6.8.0-49-generic", leap=00, stratum=3,`,
				`precision=-24, rootdelay=12.351, rootdisp=3.188, refid=10.20.0.1,`,
				`reftime=eeb655d2.0a3d70a3  Sun, Nov 29 2026  7:42:10.040,`,
				`clock=eeb655f4.8041893f  Sun, Nov 29 2026  7:42:44.501, peer=41226, tc=6,`,
				`mintc=3, offset=0.087211, frequency=-12.339, sys_jitter=0.041112,`,
				`clk_jitter=0.011, clk_wander=0.002`),
		},
	},
	{
		name:   "ntpdc-sysinfo-reference-time",
		gap:    "trawl cuts each `ntpdc -c sysinfo` block into one record a line and reads no time from `reference time:       eeb6557a.12345678  Sun, Nov 29 2026  7:40:42.071`",
		source: "ntp 4.2.8's `ntpdc -c sysinfo` appended by cron (ntpdc_ops.c sysinfo: `system peer:`, `system peer mode:`, `leap indicator:`, `stratum:`, `precision:`, `root distance:`, `root dispersion:`, `reference ID:`, `reference time:` as NTP hex then `Www, Mon dd yyyy HH:MM:SS.mmm`, `system flags:`, `jitter:`, `stability:`, `broadcastdelay:`, `authdelay:`): ntpdc(1) 'sysinfo', from memory",
		why:    "the only time is the reference time, NTP hex beside a weekday date with a space-padded hour, on the ninth line of a labelled block; the system peer is no host; a block is one record",
		entries: []worldEntry{
			we("2026-11-29T07:40:42.071Z", Unknown, "",
				"system peer:          10.20.0.1",
				"system peer mode:     client",
				"leap indicator:       00",
				"stratum:              3",
				"precision:            -24",
				"root distance:        0.01234 s",
				"root dispersion:      0.00321 s",
				"reference ID:         [10.20.0.1]",
				"reference time:       eeb6557a.12345678  Sun, Nov 29 2026  7:40:42.071",
				"system flags:         auth ntp kernel stats ",
				"jitter:               0.000045 s",
				"stability:            0.000 ppm",
				"broadcastdelay:       -0.050000 s",
				"authdelay:            0.000000 s"),
			we("2026-11-29T07:42:10.04Z", Unknown, "",
				"system peer:          10.20.0.1",
				"system peer mode:     client",
				"leap indicator:       00",
				"stratum:              3",
				"precision:            -24",
				"root distance:        0.01235 s",
				"root dispersion:      0.00318 s",
				"reference ID:         [10.20.0.1]",
				"reference time:       eeb655d2.0a3d70a3  Sun, Nov 29 2026  7:42:10.040",
				"system flags:         auth ntp kernel stats ",
				"jitter:               0.000041 s",
				"stability:            0.000 ppm",
				"broadcastdelay:       -0.050000 s",
				"authdelay:            0.000000 s"),
		},
	},
}

func TestFresh379Formats(t *testing.T) { assertTable(t, fresh379Cases) }
func TestFresh379Score(t *testing.T) {
	checkScore(t, "fresh379 formats", fresh379Cases, [worldNumFields]float64{93.7, 48.1, 93.7, 49.9})
}
