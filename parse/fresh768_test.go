package parse

import "testing"

// The seven-hundred-and-sixty-eighth fresh table: macOS and iOS logs trawl's tables did not have
// yet. Each family is one product's or tool's output: SuperDuper!'s copy log (a bare 12-hour time
// of day between pipes, then the level word); Reposado's repo_sync log (a year-less `%b %d
// %H:%M:%S` time, no level); Time Machine's backupd through `log stream --style compact` (the
// two-letter type column); mdmclient through `log show --style syslog` (a microsecond time with a
// -zzzz offset, `localhost` in the host slot); macOS tcpdump with `-k` (pktap metadata in
// parentheses after a time of day); macOS `dmesg` (the kernel's buffer printed with no times);
// DEPNotify's command file /var/tmp/depnotify.log (Command: and Status: lines with no times); and
// Homebrew's build logs ~/Library/Logs/Homebrew/<formula>/01.configure (Ruby's Time.now with an
// offset, a blank line, the command and its arguments one a line, then the tool's output).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `log show`, `log stream`, `system.log`, `install.log`, `wifi.log`,
// `fsck_apfs`, `fsck_msdos`, `fsck_exfat`, `jetsam`, `.ips`, `bug_type`, `mdmclient`,
// `localhost mdmclient`, `ManagedClient`, `launchd`, `idevicesyslog`, `Xcode`, `backupd`,
// `com.apple.backupd`, `TMLogInfo`, `tmutil`, `homebrew`, `brew`, `Logs/Homebrew`, `01.configure`,
// `Filtering the log data`, `softwareupdated`, `powerd`, `kernel[0]`, `syslogd[`, `Incident
// Identifier`, `airportd`, `corecaptured`, `sysdiagnose`, `DiagnosticReports`, `opendirectoryd`,
// `configd`, `mDNSResponder`, `micromdm`, `kandji`, `mosyle`, `addigy`, `airwatch`, `hubcli`,
// `nudge`, `outset`, `depnotify`, `installomator`, `escrow`, `cfgutil`, `ARDAgent`, `devicectl`,
// `tunnelblick`, `little snitch`, `lulu`, `karabiner`, `hammerspoon`, `yabai`, `skhd`,
// `parallels`, `vmware.log`, `AutoUpdate`, `Microsoft AutoUpdate`, `keystone`,
// `GoogleSoftwareUpdate`, `backblaze`, `bzlogs`, `carbon copy`, `bombich`, `superduper`, `arq`,
// `sparkle`, `fastlane`, `carthage`, `XCTest`, `startosinstall`, `mdatp`, `falcon`,
// `sentinelone`, `jamf connect`, `hdiejectd`, `displaypolicyd`, `shutdown_monitor`,
// `DiagnosticMessages`, `alf.log`, `socketfilterfw`, `lima`, `orbstack`, `nix-daemon`,
// `crashplan`, `wdutil`, `mobileactivationd`, `usbmuxd`, `palera1n`, `checkra1n`, `sysadminctl`,
// `CoreSimulator`, `reposado`, `repo_sync`, `macos-dmesg`, `nettop`, `pktap`, `proc Safari`,
// `eslogger`. Nearly every Apple log and tool named is measured already (log show and log stream
// in their default, compact, syslog, json and ndjson styles, system.log, install.log, wifi.log,
// fsck_apfs and fsck_hfs, jetsam and the other .ips kinds, launchd.log, idevicesyslog, Xcode's
// console, Intune's MDM daemon, Time Machine through log show's default style, Homebrew's console
// and brew doctor), so they were left out; SuperDuper!, Reposado, DEPNotify and Homebrew's build
// log files match only grep lists, and no table holds backupd through the compact style, mdmclient
// through the syslog style, tcpdump's pktap metadata or macOS's untimed dmesg. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). SuperDuper!'s and tcpdump's times of day have no date and are on the
// clock's day; SuperDuper!'s 12-hour time with AM/PM is read as such (07:41:16 AM is 07:41:16).
// Reposado's year-less dates are in 2026. The compact style's time has no zone and is taken as UTC;
// the syslog style's -zzzz offset (+0100) and Homebrew's Time.now offset (+0100) are converted.
// dmesg and DEPNotify's lines carry no time, and neither do the lines of a Homebrew build log after
// its first. Levels only where the line marks one: SuperDuper!'s level word (Info, Warning, Error),
// the compact style's type (Df Default is Notice, I Info, E Error); Reposado, the syslog style
// (which prints no type), tcpdump, dmesg, DEPNotify and Homebrew's build logs carry none. The host
// is the record's host field: the syslog style's `localhost`; tcpdump's interface and process are no
// host; no other family writes one. A Homebrew build log file is one record from its time line to
// its end (the blank lines, the command, its arguments and the tool's output); every other record
// is one line.
//
// The shapes come from the sources each case names; the search tool (corpora "docs", "issues",
// "code", "pages") did not turn up a pasted line for any of these products, so each source says
// "from memory" for the layout, except the compact style's, which another table's source
// (macos-log-compact) documents. Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table
// was first run, and none was changed after it; a family trawl still gets wrong carries a gap that
// says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 6f898b1 before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 83.9 %, host 100.0 %, records 100.0 %), in a
// worktree at 6f898b1 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is a time: SuperDuper!'s 12-hour time of day with AM/PM
// between pipes is not read, so its five records get no time.

var fresh768Cases = []worldCase{
	{
		name:   "superduper-copy-log-12h-pipes",
		source: "Shirt Pocket's SuperDuper! copy log (Window > Show Log, ~/Library/Application Support/SuperDuper!/Scheduled Copies/…/Logs): `| hh:mm:ss AM | Level | msg`, a 12-hour time of day between pipes, then Info, Warning or Error; from memory of real logs (the shirt-pocket.com blog describes the log but pastes no line)",
		why:    "no date at all: a bare 12-hour time of day with AM/PM between pipes, then the level word in its own pipe column",
		gap:    "the 12-hour time of day with AM/PM between the leading pipes (`| 07:41:16 AM | Info |`) is not read: every record gets no time, though the line carries 07:41:16 on the clock's day; the level word in the next pipe column is read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "| 07:41:16 AM | Info | SuperDuper!, 3.9 (136), path: /Applications/SuperDuper!.app, Mac OS 15.1 build 24B83 (arm64)"),
			we("2026-11-29T07:41:16Z", Info, "", "| 07:41:16 AM | Info | Started on Sun, Nov 29, 2026 at 7:41 AM"),
			we("2026-11-29T07:41:18Z", Info, "", "| 07:41:18 AM | Info | Source Volume: Macintosh HD, mount: /, device: disk3s1s1, media: APPLE SSD AP0512Z, interconnect: Internal Apple Fabric"),
			we("2026-11-29T07:52:40Z", Warn, "", "| 07:52:40 AM | Warning | Skipped /Users/kmorrow/Library/Mail/V10/MailData/Envelope Index-shm: Permission denied"),
			we("2026-11-29T07:55:03Z", Error, "", "| 07:55:03 AM | Error | ****FAILED****: result was 5, error domain: NSPOSIXErrorDomain, code: 5 (Input/output error) writing /Volumes/Clone-07/Users/kmorrow/Movies/trip.mov"),
		},
	},
	{
		name:   "reposado-repo-sync-log",
		source: "Reposado's repo_sync (the Apple Software Update catalog mirror), its RepoSyncLogFile as reposadolib's print_stdout writes it: `time.strftime('%b %d %H:%M:%S')` then the message; from memory (a code search for reposadocommon found no copy)",
		why:    "a year-less syslog-like date with no host and no program tag: the message follows the time directly",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 Replicating https://swscan.apple.com/content/catalogs/others/index-15-14-13-12-10.16-10.15-10.14-10.13-10.12-10.11-10.10-10.9-mountainlion-lion-snowleopard-leopard.merged-1.sucatalog.gz"),
			we("2026-11-29T07:41:19Z", Unknown, "", "Nov 29 07:41:19 Processing 4212 products..."),
			we("2026-11-29T07:41:20Z", Unknown, "", "Nov 29 07:41:20 Replicating https://swdist.apple.com/content/downloads/41/27/072-38512-A_7HQ2KC9ZP1/w0b5q3k8v2xj/072-38512.English.dist"),
			we("2026-11-29T07:48:02Z", Unknown, "", "Nov 29 07:48:02 Could not replicate https://swdist.apple.com/content/downloads/19/60/062-11409-A_0RJ4DPT71X/MajorOSInfo.pkm: Error 404: Not Found"),
		},
	},
	{
		name:   "timemachine-backupd-log-stream-compact",
		source: "Time Machine's backupd read with `log stream --style compact --predicate 'subsystem == \"com.apple.TimeMachine\"'` (the `Filtering the log data` banner and the `Timestamp               Ty Process[PID:TID]` header, then `yyyy-MM-dd HH:mm:ss.SSS Ty process[pid:tid] [subsystem:category] msg`): the compact layout as the macos-log-compact family's source documents it; backupd's categories (TMLogInfo, TMLogError) from memory",
		why:    "the two-letter type column (Df, I, E) after a zone-less millisecond time; backupd and backupd-helper in the process column",
		entries: []worldEntry{
			wskip(`Filtering the log data using "subsystem == "com.apple.TimeMachine""`, "Timestamp               Ty Process[PID:TID]"),
			we("2026-11-29T07:41:16.204Z", Notice, "", `2026-11-29 07:41:16.204 Df backupd[512:3c1f2] [com.apple.TimeMachine:TMLogInfo] Starting backup with mode "automatic backup"`),
			we("2026-11-29T07:41:19.007Z", Info, "", "2026-11-29 07:41:19.007 I  backupd[512:3c2a0] [com.apple.TimeMachine:TMLogInfo] Found 812 files (64.2 MB) needing backup"),
			we("2026-11-29T07:42:31.55Z", Error, "", "2026-11-29 07:42:31.550 E  backupd[512:3c1f2] [com.apple.TimeMachine:TMLogError] Failed to mount 'smb://tm@nas-07._smb._tcp.local/TM-Office', error: Error Domain=NetFSErrorDomain Code=-6600"),
			we("2026-11-29T07:43:05.12Z", Notice, "", "2026-11-29 07:43:05.120 Df backupd-helper[498:3c0aa] [com.apple.TimeMachine:TMLogInfo] Unmounted '/Volumes/.timemachine/nas-07._smb._tcp.local/6A1F20C4-8B37-4E02-9F4A-1D2C3B4A5E6F/TM-Office'"),
		},
	},
	{
		name:   "mdmclient-log-show-syslog-style",
		source: "mdmclient read with `log show --style syslog --predicate 'process == \"mdmclient\"'` (`yyyy-MM-dd HH:mm:ss.uuuuuu±zzzz  localhost process[pid]: (library) [subsystem:category] msg`, no type column): the syslog style as log(1) prints it; from memory",
		why:    "a microsecond time with a -zzzz offset, two spaces, `localhost` in the host slot, then the process; the syslog style prints no level",
		entries: []worldEntry{
			wskip(`Filtering the log data using "process == "mdmclient""`, "Timestamp                       (process)[PID]"),
			we("2026-11-29T07:41:16.204118Z", Unknown, "localhost", "2026-11-29 08:41:16.204118+0100  localhost mdmclient[4112]: (ManagedClient) [com.apple.ManagedClient:MDMDaemon] Processing server request: DeviceInformation  for: <Device>"),
			we("2026-11-29T07:41:16.402117Z", Unknown, "localhost", "2026-11-29 08:41:16.402117+0100  localhost mdmclient[4112]: (ManagedClient) [com.apple.ManagedClient:HTTPUtil] Attempting to perform MDM request: Acknowledged (DeviceInformation)"),
			we("2026-11-29T07:41:21.930551Z", Unknown, "localhost", "2026-11-29 08:41:21.930551+0100  localhost mdmclient[4112]: (ManagedClient) [com.apple.ManagedClient:MDMDaemon] *** Error: Failed to install profile com.example.wifi.corp: The profile must be a system profile"),
			we("2026-11-29T07:41:22.118442Z", Unknown, "localhost", "2026-11-29 08:41:22.118442+0100  localhost mdmclient[4112]: (ManagedClient) [com.apple.ManagedClient:MDMDaemon] Processing server request: InstalledApplicationList  for: <Device>"),
		},
	},
	{
		name:   "macos-tcpdump-k-pktap-metadata",
		source: "tcpdump on macOS with `-k` (pktap metadata: `(interface, proc name:pid:uuid, svc class, direction, flags)` between the time of day and the packet): Apple's tcpdump(1) man page; from memory",
		why:    "a bare microsecond time of day, then a parenthesized metadata group naming the interface and the sending process before the packet; neither is a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Unknown, "", "07:41:16.123456 (en0, proc Safari:812:3F2A6C1E-7B40-4D8E-9A51-0C6E2B7D4F19, svc BE, out, so) IP 192.168.4.21.52344 > 203.0.113.7.443: Flags [S], seq 3810442117, win 65535, options [mss 1460,nop,wscale 6,nop,nop,TS val 991201 ecr 0,sackOK,eol], length 0"),
			we("2026-11-29T07:41:16.141882Z", Unknown, "", "07:41:16.141882 (en0, proc Safari:812:3F2A6C1E-7B40-4D8E-9A51-0C6E2B7D4F19, svc BE, in, so) IP 203.0.113.7.443 > 192.168.4.21.52344: Flags [S.], seq 2204117, ack 3810442118, win 65160, length 0"),
			we("2026-11-29T07:41:17.002310Z", Unknown, "", "07:41:17.002310 (en0, proc mDNSResponder:402:8C1D2E3F-4A5B-4C6D-8E7F-90A1B2C3D4E5, svc CTL, out, so) IP 192.168.4.21.5353 > 224.0.0.251.5353: 0 PTR (QM)? _airplay._tcp.local. (38)"),
		},
	},
	{
		name:   "macos-dmesg-untimed",
		source: "`sudo dmesg` on macOS (the kernel's message buffer printed as it is, with no time on any line, unlike Linux's [seconds] prefix); from memory",
		why:    "kernel lines with no time, no level and no host; a subsystem word and a colon open most of them",
		entries: []worldEntry{
			we("", Unknown, "", "AppleKeyStore:Sending lock change 0 for handle 100004"),
			we("", Unknown, "", "IOPMrootDomain: idle sleep prevented by 4 assertions, display off"),
			we("", Unknown, "", "Sandbox: mdworker_shared(4412) deny(1) file-read-data /Users/kmorrow/Documents/budget-2027.numbers"),
			we("", Unknown, "", "AMFI: '/Users/kmorrow/bin/tool-07' has no CMS blob?"),
		},
	},
	{
		name:   "depnotify-command-file",
		source: "DEPNotify's command file /var/tmp/depnotify.log, which Jamf or a script appends `Command: Key: value` and `Status: text` lines to and DEPNotify.app follows (the DEPNotify README's command list); from memory",
		why:    "a log file of commands with no time, no level and no host on any line",
		entries: []worldEntry{
			we("", Unknown, "", "Command: MainTitle: Setting up your Mac"),
			we("", Unknown, "", "Command: DeterminateManual: 4"),
			we("", Unknown, "", "Status: Installing Google Chrome..."),
			we("", Unknown, "", "Command: DeterminateManualStep: 1"),
			we("", Unknown, "", "Command: Quit: Your Mac is ready. Error reporting is enabled."),
		},
	},
	{
		name:   "homebrew-build-log-files",
		source: "Homebrew's build logs ~/Library/Logs/Homebrew/<formula>/01.configure, 02.make (Formula#system writes `log.puts Time.now, \"\", cmd, args, \"\"` before the tool's output: Ruby's `yyyy-MM-dd HH:mm:ss +zzzz`, a blank line, the command and each argument on a line, a blank line), read concatenated; from memory",
		why:    "one record per file: Ruby's Time.now with an offset alone on the first line, then blank lines, the command, its arguments one a line and the tool's untimed output",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"2026-11-29 08:41:16 +0100",
				"",
				"./configure",
				"--disable-silent-rules",
				"--prefix=/opt/homebrew/Cellar/libquark/2.4.1",
				"",
				"checking for a BSD-compatible install... /usr/bin/install -c",
				"checking whether build environment is sane... yes",
				"configure: creating ./config.status"),
			we("2026-11-29T07:41:31Z", Unknown, "",
				"2026-11-29 08:41:31 +0100",
				"",
				"make",
				"",
				"/Library/Developer/CommandLineTools/usr/bin/make  all-recursive",
				"Making all in src",
				"  CC       libquark_la-parse.lo"),
		},
	},
}

func TestFresh768Formats(t *testing.T) { assertTable(t, fresh768Cases) }

func TestFresh768Score(t *testing.T) {
	checkScore(t, "fresh768 formats", fresh768Cases, [worldNumFields]float64{99.9, 87.4, 99.9, 99.9})
}
