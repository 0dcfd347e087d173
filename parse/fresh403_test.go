package parse

import "testing"

// The four-hundred-and-third fresh table, written on 2026-12-05: macOS logs as people paste them,
// shapes no earlier table holds. Each family is one product's documented or observed output: the
// ASL `syslog` command with the -T time formats its source defines (`utc.3`, `sec`, `local.6`) in
// the std format, its `-F raw` with a -T utc time inside the Time pair, and its `-F xml` dicts;
// `installer -dumplog` on a terminal (the dump log's `Mmm dd HH:mm:ss  installer[pid] <Level>:`
// lines with an empty host among the untimed `installer:` progress lines, one glued behind a `#`
// progress mark); macOS 15's /var/log/install.log with its untimed `Last Log repeated N times`
// lines; an Intel Mac's kernel panic report as the "Panic Report" dialog and the .panic file show it.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`log show`, `log stream`, `Timestamp                       Thread`, `Filtering the log
// data`, `Log      - Default`, `Activity - Create`, `syslog style`, `compact`, `ndjson`,
// `install.log`, `installd`, `Installer[`, `softwareupdated`, `dumplog`, `  installer[`,
// `Last Log repeated`, `wifi.log`, `airportd`, `wdutil`, `asl`, `syslog -F`, `syslog -T`, `-F xml`,
// `ASLMessageID</key>`, `<key>Sender`, `UTC mbp`, `Z host sender[pid]`, `epoch host sender[pid]`,
// `ASL Sender`, `DiagnosticMessages`, `com.apple.message.domain`, `system.log`, `kernel[0]`,
// `<Notice>`, `com.apple.xpc.launchd`, `launchd`, `Incident Identifier`, `Date/Time:`,
// `Translated Report`, `Crashed Thread`, `Exception Codes`, `Termination Reason`, `spindump`,
// `Sampling process`, `Analysis of sampling`, `Hang Report`, `Microstackshots`, `cpu_resource`,
// `Panic Report`, `panic(cpu`, `panicString`, `Anonymous UUID`, `Kernel Extensions in backtrace`,
// `mach_kernel`, `pmset`, `assertionslog`, `PreventUserIdleSystemSleep`, `Sleep/Wake`, `powerd[`,
// `shutdown_monitor`, `JetsamEvent`, `DiagnosticReports`, `opendirectoryd`, `mDNSResponder`,
// `tccd`, `kextd`, `syspolicyd`, `fdesetup`, `macos`, `darwin`).
// The ASL store is in fresh20 (`syslog -F raw` with an epoch Time), fresh101 (`syslog` std with its
// default local time) and fresh43/world (system.log); std with a utc, sec or local.6 time, raw with
// a utc Time and the xml dicts are in none. install.log is in fresh (2026 `±hh` lines), the
// installer's -verboseR in fresh80; the dump log on a terminal and the `Last Log repeated` lines in
// none. Panic reports are in fresh49 (iOS panic-full .ips JSON); the text .panic of an Intel Mac in
// none. Left out as measured already: `log show` in its default, compact, syslog, json and ndjson
// styles with their headers and statistics footers (fresh3, fresh119, fresh129, fresh225, fresh307),
// launchd.log (fresh3), wifi.log (fresh2), appfirewall.log (fresh20), secure.log (fresh74),
// opendirectoryd.log (fresh80), pmset -g log (fresh14), spindump and .hang reports (fresh110), the
// legacy and translated crash reports (fresh12, fresh291), resource .ips (fresh49, fresh113),
// Console.app's copy (fresh21). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). ASL's `utc` time ends in Z; `sec` is epoch seconds; `local.6` is ctime's
// `Mmm dd HH:mm:ss` and microseconds with no zone and no year (2026, taken as UTC); raw's Time with
// -T utc and its TimeNanoSec are one instant, either accepted; the xml dicts' Time is epoch seconds
// (-T sec). The dump log's `Mmm dd HH:mm:ss` has no year; install.log's `-08` is an offset of hours
// only; the panic report's `Sun Nov 29 07:41:16 2026` carries no zone and is taken as UTC (the
// kernel's build date in `Kernel version:` is not the record's time). Levels only where the line
// marks one: ASL's `<Level>` word and its Level digit (5 Notice, 4 Warning, 3 Error, 6 Info), the
// dump log's `<Info>`/`<Notice>`; the `installer:` lines, install.log and the panic report have none
// (the word panic in a report is no level). The host is the record's host field: ASL's host column
// and its Host key, install.log's host; the dump log's host column is empty (two spaces), and a
// launchd job named in `(label[pid])` is a referenced process, no host. A record that spans lines is
// one entry: an xml `<dict>` through its `</dict>`, a panic report from `Anonymous UUID:` through its
// last line; an untimed `Last Log repeated 2 times` is a record of its own (no time of its own), as
// syslog's `last message repeated` line is.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d01cd4c before any rule for it: level 65.4 %, time 81.1 %, host 56.1 %, records 74.6 %.
// That is the macro figure (micro: level 71.4 %, time 82.9 %, host 62.9 %, records 71.4 %), in a
// worktree at d01cd4c with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (the std lines with a local.6 time, the Intel panic report); the gaps are
// the level after launchd's pid-less `(label)`, the host after a leading epoch, raw ASL's [Level N]
// and [Host h] beside a utc Time, the whole of the xml dicts, and the untimed lines (installer's
// `installer:` progress, install.log's `Last Log repeated`) joined to the timed record before them.

var fresh403Cases = []worldCase{
	{
		name:   "macos-asl-syslog-t-utc-subsec-std",
		gap:    "trawl reads no level from `<Notice>` when launchd's referenced job before it has no pid, `com.apple.xpc.launchd[1] (com.example.syncagent) <Notice>:` (with `(label[pid])` it reads it)",
		source: "the `syslog` command of OS X 10.8-10.11 with `-T utc.3` in its std format (`time host sender[pid] (refproc[refpid]) <Level>: message`, the utc time `yyyy-MM-dd HH:mm:ss.fffZ`): Apple's libasl asl_msg.c, _asl_time_string (utc, the `.N` sub-second digits) and asl_format_message (MFMT_STD, the refproc part, _asl_level_string), read in ravynsoft/ravynos lib/libasl/asl_msg.c; syslog(1) on unix.com (-T format)",
		why:    "a date and a clock with milliseconds and a Z before the host; the level in angle brackets after the sender; launchd's `(label[pid])` names a job, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Notice, "mbp-ops", "2026-11-29 07:41:16.412Z mbp-ops kernel[0] <Notice>: IOThunderboltSwitch<0>(0x0)::listenerCallback - Thunderbolt HPD packet for route = 0x0 port = 11 unplug = 0"),
			we("2026-11-29T07:41:18.004Z", Error, "mbp-ops", "2026-11-29 07:41:18.004Z mbp-ops com.apple.xpc.launchd[1] (com.example.syncagent[4120]) <Error>: Service exited with abnormal code: 78"),
			we("2026-11-29T07:41:18.011Z", Notice, "mbp-ops", "2026-11-29 07:41:18.011Z mbp-ops com.apple.xpc.launchd[1] (com.example.syncagent) <Notice>: Service only ran for 2 seconds. Pushing respawn out by 8 seconds."),
			we("2026-11-29T07:41:20.250Z", Warn, "mbp-ops", "2026-11-29 07:41:20.250Z mbp-ops Mail[812] <Warning>: CoreData: Ignoring exception while saving the message store"),
		},
	},
	{
		name:   "macos-asl-syslog-t-sec-std",
		gap:    "trawl reads the leading epoch and the `<Level>` but no host: the word after a bare ten-digit epoch, `1795938076 mbp-ops kernel[0] <Notice>:`, is not read as the host",
		source: "the `syslog` command with `-T sec` in its std format (epoch seconds where the date would be, then `host sender[pid] <Level>: message`): Apple's libasl asl_msg.c, _asl_time_string (`sec`/`raw` print the tick) and asl_format_message (MFMT_STD), read in ravynsoft/ravynos lib/libasl/asl_msg.c",
		why:    "a bare ten-digit epoch opens the line; the host after it; the level in angle brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "mbp-ops", "1795938076 mbp-ops kernel[0] <Notice>: AirPort: Link Up on en0"),
			we("2026-11-29T07:41:17Z", Error, "mbp-ops", "1795938077 mbp-ops sandboxd[142] <Error>: ([4133]) Shop(4133) deny network-outbound 10.20.0.9:443"),
			we("2026-11-29T07:41:21Z", Warn, "mbp-ops", "1795938081 mbp-ops com.apple.backupd[4140] <Warning>: Waiting for index to be ready (101)"),
			we("2026-11-29T07:41:25Z", Info, "mbp-ops", "1795938085 mbp-ops sharingd[318] <Info>: 07:41:25.112 : Scanning mode Contacts Only"),
		},
	},
	{
		name:   "macos-asl-syslog-t-local-usec-std",
		source: "the `syslog` command with `-T local.6` (or `-F std.6`) in its std format (ctime's `Mmm dd HH:mm:ss` and six sub-second digits, no year and no zone, then `host sender[pid] <Level>: message`): Apple's libasl asl_msg.c, _asl_time_string (`lcl`/`local` with nanobuf) and asl_format_message (`std.N` sets `lcl.N`), read in ravynsoft/ravynos lib/libasl/asl_msg.c",
		why:    "a yearless BSD clock with microseconds glued to it; the host and `<Level>` after the sender",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.41207Z", Notice, "mbp-ops", "Nov 29 07:41:16.412070 mbp-ops kernel[0] <Notice>: en0: BSSID changed to 3c:22:fb:10:7a:41"),
			we("2026-11-29T07:41:16.530118Z", Error, "mbp-ops", "Nov 29 07:41:16.530118 mbp-ops configd[53] <Error>: dhcp: [en0] DHCP REQUEST timed out"),
			we("2026-11-29T07:41:19.004551Z", Notice, "mbp-ops", "Nov 29 07:41:19.004551 mbp-ops configd[53] <Notice>: network changed: v4(en0+:10.20.0.37) DNS+ Proxy+ SMB"),
		},
	},
	{
		name:   "macos-asl-syslog-raw-t-utc",
		gap:    "trawl reads the time but neither the level nor the host of a raw ASL line whose Time pair holds a utc date, `[Time 2026-11-29 07:41:16Z] … [Level 5] … [Host mbp-ops]`: [Level N] and [Host h] are not read",
		source: "the `syslog -F raw -T utc` output (the raw `[Key value]` pairs with the Time value formatted by -T as `yyyy-MM-dd HH:mm:ssZ` instead of epoch seconds; TimeNanoSec, Level 0-7, Host, Sender, Facility, Message): Apple's libasl asl_msg.c, asl_msg_to_string_raw (the Time key passed through _asl_time_string), read in ravynsoft/ravynos lib/libasl/asl_msg.c",
		why:    "the time is a bracketed pair whose value holds a space; the level a digit in [Level N]; the host the [Host h] pair",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.41207Z", Notice, "mbp-ops", "[ASLMessageID 518201] [Time 2026-11-29 07:41:16Z] [TimeNanoSec 412070000] [Level 5] [PID 0] [UID 0] [GID 0] [ReadGID 80] [Host mbp-ops] [Sender kernel] [Facility kern] [Message Sandbox: Shop(4133) deny(1) file-read-data /Users/kim/Library/Mail]"),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.0041Z", Error, "mbp-ops", "[ASLMessageID 518202] [Time 2026-11-29 07:41:18Z] [TimeNanoSec 4100000] [Level 3] [PID 1] [UID 0] [GID 0] [ReadGID 80] [Host mbp-ops] [Sender com.apple.xpc.launchd] [Facility com.apple.xpc.launchd] [Message (com.example.syncagent[4120]) Service exited with abnormal code: 78]"),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.25Z", Warn, "mbp-ops", "[ASLMessageID 518203] [Time 2026-11-29 07:41:20Z] [TimeNanoSec 250000000] [Level 4] [PID 812] [UID 501] [GID 20] [ReadUID 501] [Host mbp-ops] [Sender Mail] [Facility com.apple.mail] [Message CoreData: Ignoring exception while saving the message store]"),
		},
	},
	{
		name:   "macos-asl-syslog-f-xml-dicts",
		gap:    "trawl reads nothing of `syslog -F xml`: the `<dict>` blocks are joined to the plist header as one record, and the Time, Level and Host values on the `<string>` line after their `<key>` are not read",
		source: "the `syslog -F xml -T sec` output (a plist array; each message a tab-indented `<dict>` with one `<key>` line and one `<string>` line a key, the Time in epoch seconds): Apple's libasl asl_msg.c, asl_format_message (MFMT_XML) and asl_string.c, asl_string_append_xml_tag (the two tabs and the tag), read in ravynsoft/ravynos; the plist header and footer lines from memory",
		why:    "one record is some twenty lines; the time, level and host are values on the line after their keys",
		entries: []worldEntry{
			wskip(`<?xml version="1.0" encoding="UTF-8"?>`,
				`<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">`,
				`<plist version="1.0">`,
				`<array>`),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.41207Z", Notice, "mbp-ops",
				"\t<dict>",
				"\t\t<key>ASLMessageID</key>",
				"\t\t<string>518201</string>",
				"\t\t<key>Time</key>",
				"\t\t<string>1795938076</string>",
				"\t\t<key>TimeNanoSec</key>",
				"\t\t<string>412070000</string>",
				"\t\t<key>Level</key>",
				"\t\t<string>5</string>",
				"\t\t<key>PID</key>",
				"\t\t<string>0</string>",
				"\t\t<key>Host</key>",
				"\t\t<string>mbp-ops</string>",
				"\t\t<key>Sender</key>",
				"\t\t<string>kernel</string>",
				"\t\t<key>Facility</key>",
				"\t\t<string>kern</string>",
				"\t\t<key>Message</key>",
				"\t\t<string>AppleUSBHostController::powerStateWillChangeTo: from 3 to 4</string>",
				"\t</dict>"),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.0041Z", Error, "mbp-ops",
				"\t<dict>",
				"\t\t<key>ASLMessageID</key>",
				"\t\t<string>518202</string>",
				"\t\t<key>Time</key>",
				"\t\t<string>1795938078</string>",
				"\t\t<key>TimeNanoSec</key>",
				"\t\t<string>4100000</string>",
				"\t\t<key>Level</key>",
				"\t\t<string>3</string>",
				"\t\t<key>PID</key>",
				"\t\t<string>4120</string>",
				"\t\t<key>Host</key>",
				"\t\t<string>mbp-ops</string>",
				"\t\t<key>Sender</key>",
				"\t\t<string>syncagent</string>",
				"\t\t<key>Facility</key>",
				"\t\t<string>user</string>",
				"\t\t<key>Message</key>",
				"\t\t<string>upload of batch 77 failed: The network connection was lost.</string>",
				"\t</dict>"),
			wskip(`</array>`,
				`</plist>`),
		},
	},
	{
		name:   "macos-installer-dumplog-terminal",
		gap:    "trawl joins installer's untimed `installer: …` progress line to the dump line before it (`Nov 29 07:41:16  installer[4120] <Notice>: …`) instead of keeping it a record of its own",
		source: "`sudo installer -dumplog -pkg file.pkg -target /` on a terminal (the install log dumped to stderr as `Mmm dd HH:mm:ss  installer[pid] <Level>: msg` with an empty host field, between installer's untimed `installer: …` progress lines; a `#` progress mark written without a newline glued before a dump line; the `**** Summary Information ****` table as dump lines): Installomator/Installomator PRs #3299 and #1954 (pasted runs), installer(8) (-dumplog)",
		why:    "two spaces where the host would be; `<Info>` and `<Notice>` are the levels; the `installer:` lines carry no time and no level; a line opening `#Nov 29` still carries its time",
		entries: []worldEntry{
			we("", Unknown, "", "installer: Package name is Contoso VPN Agent"),
			we("", Unknown, "", "installer: Installing at base path /"),
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16  installer[4120] <Info>: Current Path: /usr/bin/sudo"),
			we("2026-11-29T07:41:16Z", Notice, "", "Nov 29 07:41:16  installer[4120] <Notice>: PackageKit: Enqueuing install with framework-specified quality of service (utility)"),
			we("", Unknown, "", "installer: Preparing for installation…....."),
			we("2026-11-29T07:41:18Z", Info, "", "#Nov 29 07:41:18  installer[4120] <Info>: PackageKit: Registered bundle file:///Applications/Contoso%20VPN.app/ for uid 0"),
			we("2026-11-29T07:41:19Z", Notice, "", "Nov 29 07:41:19  installer[4120] <Notice>: Running install actions"),
			we("2026-11-29T07:41:19Z", Notice, "", "Nov 29 07:41:19  installer[4120] <Notice>: **** Summary Information ****"),
			we("2026-11-29T07:41:19Z", Notice, "", "Nov 29 07:41:19  installer[4120] <Notice>:   Operation      Elapsed time"),
			we("2026-11-29T07:41:19Z", Notice, "", "Nov 29 07:41:19  installer[4120] <Notice>:      script      2.41 seconds"),
			we("", Unknown, "", "installer: The install was successful."),
		},
	},
	{
		name:   "macos15-install-log-last-log-repeated",
		gap:    "trawl joins the untimed `Last Log repeated 2 times` line to the install.log record before it instead of keeping it a record of its own",
		source: "macOS 14/15 /var/log/install.log (`yyyy-MM-dd HH:mm:ss±hh host process[pid]: msg`, and an untimed `Last Log repeated N times` line where the logger folded repeats): Installomator/Installomator PRs #2758 and #2048 (install.log pasted under a label's output)",
		why:    "an offset of hours only that moves the date; an untimed repeat line between timed records is a record of its own with no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "studio-kim", "2026-11-28 23:41:16-08 studio-kim installer[24885]: Product archive /Volumes/Contoso Installer/Contoso.pkg trustLevel=350"),
			we("2026-11-29T07:41:16Z", Unknown, "studio-kim", "2026-11-28 23:41:16-08 studio-kim installer[24885]: -[IFDInstallController(Private) _buildInstallPlanReturningError:]: location = file://localhost"),
			we("", Unknown, "", "Last Log repeated 2 times"),
			we("2026-11-29T07:41:17Z", Unknown, "studio-kim", "2026-11-28 23:41:17-08 studio-kim installer[24885]: Authorization is being checked, waiting until authorization arrives."),
			we("", Unknown, "", "Last Log repeated 3 times"),
			we("2026-11-29T07:41:19Z", Unknown, "studio-kim", "2026-11-28 23:41:19-08 studio-kim installd[1031]: PackageKit: Adding client PKInstallDaemonClient pid=24885, uid=0 (/usr/sbin/installer)"),
		},
	},
	{
		name:   "macos-intel-kernel-panic-report-text",
		source: "an Intel Mac's kernel panic report as the Panic Report dialog and /Library/Logs/DiagnosticReports/Kernel_*.panic show it (10.9-10.15: `Anonymous UUID:`, a blank line, the ctime-style date with the year, `*** Panic Report ***`, `panic(cpu N caller 0x…): \"…\"@file:line`, the backtrace, `Kernel Extensions in backtrace:`, `BSD process name…`, `Mac OS version:` with the build on the next line, `Kernel version:`, `System model name:`, the uptime lines): openzfsonosx/spl issue #13, codykrieger/gfxCardStatus issue #302, machyve/xhyve issue #5, ansible/ansible issue #5007",
		why:    "one report of some thirty lines with blank lines inside is one record; its time is the zone-less `Sun Nov 29 07:41:16 2026` line, not the kernel's build date; the word panic is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Anonymous UUID:       7C2E91A4-5B3D-4F6E-8A1C-2D9E0B7F3A61",
				"",
				"Sun Nov 29 07:41:16 2026",
				"",
				"*** Panic Report ***",
				`panic(cpu 2 caller 0xffffff8012a3c5f1): "zalloc: zone map exhausted while allocating from zone kalloc.32, likely due to memory leak in zone kalloc.32 (1984M, 48211232 elements allocated)"@/BuildRoot/Library/Caches/com.apple.xbs/Sources/xnu/xnu-6153.141.2/osfmk/kern/zalloc.c:3669`,
				"Backtrace (CPU 2), Frame : Return Address",
				"0xffffff9213e4b6c0 : 0xffffff8012a6e2c6 ",
				"0xffffff9213e4b710 : 0xffffff8012b9f4a1 ",
				"0xffffff9213e4b750 : 0xffffff8012b90f1e ",
				"0xffffff9213e4b7a0 : 0xffffff7f94c1b2e8 ",
				"      Kernel Extensions in backtrace:",
				"         com.example.driver.netfilter(2.4.1)[0B1C2D3E-4F50-3612-8A7B-9C0D1E2F3A4B]@0xffffff7f94c10000->0xffffff7f94c2ffff",
				"",
				"BSD process name corresponding to current thread: kernel_task",
				"Boot args: keepsyms=1",
				"",
				"Mac OS version:",
				"19H2026",
				"",
				"Kernel version:",
				"Darwin Kernel Version 19.6.0: Tue Nov 17 20:05:11 PST 2026; root:xnu-6153.141.2~1/RELEASE_X86_64",
				"Kernel UUID: 4E8A1C2D-3B5F-3E6A-9D70-1F2E3A4B5C6D",
				"Kernel slide:     0x0000000012600000",
				"Kernel text base: 0xffffff8012800000",
				"__HIB  text base: 0xffffff8012700000",
				"System model name: MacBookPro15,1 (Mac-937A206F2EE63C01)",
				"System shutdown begun: NO",
				"",
				"System uptime in nanoseconds: 412070881234",
				""),
			we("2026-11-29T09:12:40Z", Unknown, "",
				"Anonymous UUID:       7C2E91A4-5B3D-4F6E-8A1C-2D9E0B7F3A61",
				"",
				"Sun Nov 29 09:12:40 2026",
				"",
				"*** Panic Report ***",
				"panic(cpu 0 caller 0xffffff8012b2d8a0): Kernel trap at 0xffffff7f94c1b2f0, type 14=page fault, registers:",
				"CR0: 0x0000000080010033, CR2: 0x0000000000000018, CR3: 0x000000001b7a2000, CR4: 0x00000000003626e0",
				"RAX: 0x0000000000000000, RBX: 0xffffff8031a4c800, RCX: 0x0000000000000001, RDX: 0x0000000000000000",
				"Fault CR2: 0x0000000000000018, Error code: 0x0000000000000000, Fault CPU: 0x0, PL: 0, VF: 1",
				"",
				"Backtrace (CPU 0), Frame : Return Address",
				"0xffffff92140f3a10 : 0xffffff8012a6e2c6 ",
				"0xffffff92140f3a60 : 0xffffff8012b9f4a1 ",
				"",
				"BSD process name corresponding to current thread: syncagent",
				"",
				"Mac OS version:",
				"19H2026",
				"",
				"System uptime in nanoseconds: 5484210773311",
				""),
		},
	},
}

func TestFresh403Formats(t *testing.T) { assertTable(t, fresh403Cases) }
func TestFresh403Score(t *testing.T) {
	checkScore(t, "fresh403 formats", fresh403Cases, [worldNumFields]float64{65.3, 81.0, 56.0, 74.5})
}
