package parse

import "testing"

// The two-hundred-and-forty-seventh fresh table, written on 2026-12-05: backup and file-sync
// tools' logs in shapes no earlier table holds. Each family is one product's documented or
// observed output: resticprofile's --log file (its dated INFO/ERROR lines around restic's untimed
// output); resticprofile under a systemd timer in the journal (restic forget's snapshot table, whose
// rows carry a snapshot's time and host); Back In Time 1.4's syslog lines in the journal (`profile(n)
// :: LEVEL: msg`); Back In Time's takesnapshot_.log (a dated banner, then [I], [C] and [E] lines);
// Time Machine's backupd through `log show` in its default style; rsync with `--out-format='%t %i
// %n%L'` on a terminal (a dated line a file, then rsync's untimed errors and totals);
// proxmox-backup-client's console during a backup; Syncthing 1.x with -logflags=3 (a date and a
// time after the device prefix); Amanda's amdump file (start and end lines with a date, the driver's
// times in seconds since the run began).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`rsync`, `rsync error`, `connect from`, `building file list`, `sent .* bytes`, `Number of
// files:`, `rsnapshot`, `bacula`, `bareos`, `bsmtp`, `restic`, `resticprofile`, `autorestic`, `saved
// in`, `borg`, `borg.archiver`, `Time (start)`, `Deduplicated size`, `borgmatic`, `vorta`, `duplicity`,
// `Backup Statistics`, `StartTime `, `deja`, `veeam`, `lpbcore`, `Session_`, `amanda`, `amdump`,
// `amreport`, `amstatus`, `driver: start time`, `rclone`, `Transferred:`, `syncthing`, `logflags`,
// `stdiscosrv`, `strelaysrv`, `proxmox backup`, `proxmox-backup`, `proxmox-backup-client`, `Starting
// backup:`, `pbs`, `vzdump`, `time machine`, `TimeMachine`, `backupd`, `log show`, `Default     0x0`,
// ` Df `, `rdiff`, `backintime`, `back in time`, `timeshift`, `kopia`, `burp`, `unison`, `lsyncd`,
// `lsyncd[`, `urbackup`, `duplicati`, `zrepl`, `sanoid`, `tarsnap`, `onedrive`, `resilio`,
// `rslsync`, `freefilesync`, `crashplan`). restic is in fresh46, fresh73, fresh74 and others
// (--json, -v, rest-server); resticprofile is in none. rsync's daemon log, client --log-file and
// rsyncd in syslog are fresh73's; an --out-format with %t on a terminal is in none. Syncthing 1.x's
// console with the default -logflags=2 (time only) and 2.x's slog lines are in fresh224 and
// fresh243; -logflags=3 with a date is in none. Amanda's debug files and trace log are fresh46's
// and fresh73's; the amdump file is in none. backupd appears in tables only as an invented syslog
// tag and a launchd line; Time Machine's own unified-log lines are in none. Proxmox Backup Server's
// task log and proxy journal are fresh11's and fresh73's; the client's console is in none. Back In
// Time is in none. Left out as measured already: Bacula and Bareos (director log, job reports,
// syslog, traces, bconsole), borg (--log-json, --list), duplicity's --log-file, Veeam Agent for
// Linux (veeamsvc.log, lpbcore job lines, session log), rclone (text, JSON, syslog), rsnapshot,
// kopia, burp, zrepl, sanoid; rdiff-backup was left out because no search confirmed its log layout.
// The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A journal header and a resticprofile date inside it carry the same time;
// restic's relayed lines, Back In Time's [I]/[C]/[E] lines, rsync's errors and totals, most of the
// proxmox-backup-client console and Amanda's driver lines carry no time of their own: a snapshot
// name (`host/web01/2026-11-29T07:41:16Z`), a previous manifest's date, a snapshot table's Time
// column, a build date and Amanda's seconds since the run began are no record's time.
// proxmox-backup-client's `Starting backup protocol:` and `End Time:` lines and Amanda's `start
// at`/`end at` lines state the time they were written (the client's and the server's clock taken
// as UTC here). Levels only where the line marks one: resticprofile's INFO/ERROR column, restic's
// `error:` prefix (as in the earlier restic table), Back In Time's `INFO:`/`WARNING:`/`ERROR:` and
// its [I] and [E] markers ([C] is a change, no level), log show's Type column (Default is Notice,
// Info, Error), Syncthing's INFO:/WARNING:; `rsync error:` is no level (as in fresh73). The host is
// the journal header's name; a snapshot row's Host column, a client name, a repository address and
// a peer are not hosts. Every line here is a record of its own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit ca35e72 before any rule for it: level 94.1 %, time 91.0 %, host 96.3 %, records 94.4 %.
// That is the macro figure (micro: level 94.1 %, time 90.2 %, host 96.1 %, records 94.1 %), in a
// worktree at ca35e72 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 9 families fully right; the gaps are restic's untimed lines joined to resticprofile's line, Back
// In Time's [C] marker read as critical, a previous manifest's date taken as the time, and
// Amanda's start and end ctimes with a zone name not read.

var fresh247Cases = []worldCase{
	{
		name:   "resticprofile-log-file",
		source: "resticprofile with `--log file` (its own lines `yyyy/MM/dd HH:mm:ss LEVEL msg`, the level padded to five, around restic's untimed output copied in): creativeprojects/resticprofile PR #343 (a --log file pasted) and issue #203 (the console's `profile 'x': starting 'backup'`); the ERROR line's wording from memory",
		why:    "resticprofile's dated lines and restic's undated ones in one file: restic's lines are records of their own with no time, restic's `error:` line is an error",
		gap:    "restic's untimed lines `open repository` and `repository 4c1e9a07 opened (version 2, compression level auto)` are joined to the dated `INFO  profile 'nas': starting 'backup'` line before them instead of being records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 INFO  using configuration file: /etc/resticprofile/profiles.yaml"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 INFO  profile 'nas': starting 'backup'"),
			we("", Unknown, "", "open repository"),
			we("", Unknown, "", "repository 4c1e9a07 opened (version 2, compression level auto)"),
			we("", Error, "", "error: open /srv/share/finance/ledger.lock: permission denied"),
			we("2026-11-29T07:43:02Z", Error, "", "2026/11/29 07:43:02 ERROR backup on profile 'nas': exit status 3"),
		},
	},
	{
		name:   "resticprofile-journal-forget",
		source: "resticprofile run by its systemd timer (resticprofile-forget@profile-root.service), its and restic's output in the journal (journalctl -u, short format; the console's `yyyy/MM/dd HH:mm:ss msg` without a level; restic forget's snapshot table `ID Time Host Tags`): creativeprojects/resticprofile issue #284 (journalctl output pasted) and issue #203",
		why:    "the journal's host and time, not the snapshot table's Host and Time columns; resticprofile's own date inside the journal line",
		entries: []worldEntry{
			we("2026-11-29T03:00:12Z", Unknown, "bk-srv3", "Nov 29 03:00:12 bk-srv3 systemd[1]: Starting resticprofile forget for profile root in /etc/resticprofile/profiles.yaml..."),
			we("2026-11-29T03:00:12Z", Unknown, "bk-srv3", "Nov 29 03:00:12 bk-srv3 resticprofile[881204]: 2026/11/29 03:00:12 profile 'root': starting 'forget'"),
			we("2026-11-29T03:00:14Z", Unknown, "bk-srv3", "Nov 29 03:00:14 bk-srv3 resticprofile[881204]: 14 snapshots"),
			we("2026-11-29T03:00:14Z", Unknown, "bk-srv3", "Nov 29 03:00:14 bk-srv3 resticprofile[881204]: ID        Time                 Host        Tags"),
			we("2026-11-29T03:00:14Z", Unknown, "bk-srv3", "Nov 29 03:00:14 bk-srv3 resticprofile[881204]: 7d3e90c1  2026-11-02 02:00:07  files-04    daily"),
			we("2026-11-29T03:00:15Z", Unknown, "bk-srv3", "Nov 29 03:00:15 bk-srv3 resticprofile[881204]: remove 1 snapshots:"),
		},
	},
	{
		name:   "backintime-journal",
		source: "Back In Time 1.4 and later in the journal (SYSLOG_IDENTIFIER backintime, the message `profile name(id) :: LEVEL: msg`): bit-team/backintime PR #1486 ('Correct SYSLOG_IDENTIFIER', journal lines pasted), issue #1643 and PR #1644 (reading the log with journalctl)",
		why:    "the level after the profile and `::`, not at the head of the message; the profile's name holds spaces and parentheses",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "lap-ines", "Nov 29 07:41:16 lap-ines backintime[10655]: Main profile(1) :: INFO: Lock"),
			we("2026-11-29T07:41:16Z", Info, "lap-ines", "Nov 29 07:41:16 lap-ines backintime[10655]: Main profile(1) :: INFO: Take a new snapshot. Profile: 1 Main profile"),
			we("2026-11-29T07:42:38Z", Warn, "lap-ines", `Nov 29 07:42:38 lap-ines backintime[10655]: Main profile(1) :: WARNING: Command "rsync --recursive --times --devices --specials --hard-links --human-readable -s --links --perms --executability --group --owner --info=progress2 --no-inc-recursive --delete --delete-excluded" returns 23`),
			we("2026-11-29T07:42:40Z", Error, "lap-ines", "Nov 29 07:42:40 lap-ines backintime[10655]: Main profile(1) :: ERROR: Failed to take snapshot 20261129-074116-512."),
			we("2026-11-29T08:00:01Z", Info, "lap-ines", `Nov 29 08:00:01 lap-ines backintime[11020]: offsite(2) :: INFO: Profile "offsite" is not scheduled to run now.`),
		},
	},
	{
		name:   "backintime-takesnapshot-log",
		source: "Back In Time's snapshot log (~/.local/share/backintime/takesnapshot_.log: a `========== Take snapshot (profile n): ctime ==========` banner, then `[I]` info, `[C]` change and `[E]` error lines without a time): bit-team/backintime issues #435 and #1222 (snapshot logs pasted), PR #1644 (the FAQ on log files)",
		why:    "one dated banner, then untimed lines that must not take its time; [I] and [E] are levels, [C] marks a changed file",
		gap:    "the change marker `[C]` in `[C] >f.st...... home/ines/.bashrc` is read as level critical: it marks a changed file, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "========== Take snapshot (profile 1): Sun Nov 29 07:41:16 2026 =========="),
			we("", Info, "", "[I] Take snapshot (rsync: BACKINTIME: >f.st...... home/ines/.bashrc)"),
			we("", Unknown, "", "[C] >f.st...... home/ines/.bashrc"),
			we("", Error, "", `[E] Error: rsync: [sender] send_files failed to open "/home/ines/.cache/mozilla/lock": Permission denied (13)`),
			we("", Info, "", "[I] Save config file"),
		},
	},
	{
		name:   "timemachine-log-show",
		source: "Time Machine's backupd read with `log show --predicate 'subsystem == \"com.apple.TimeMachine\"' --info` in the default style (a column header, then `yyyy-MM-dd HH:mm:ss.ffffff±hhmm thread Type activity pid ttl process: (library) [subsystem:category] msg`, Type Default, Info, Debug, Error, Fault): eclecticlight.co 'Time Machine: 2 What it writes in the log' and 'Time Machine in Sonoma: How to check backing up' (the backupd messages); the column layout as in earlier log show tables",
		why:    "a +0100 offset to convert; the Type column is the level (Default as Notice); a backup's name holding a date and time is not the record's time",
		entries: []worldEntry{
			wskip("Timestamp                       Thread     Type        Activity             PID    TTL  "),
			we("2026-11-29T07:41:16.204118Z", Notice, "", `2026-11-29 08:41:16.204118+0100 0x3c1f2    Default     0x0                  512    0    backupd: [com.apple.TimeMachine:TMLogInfo] Starting backup with mode "automatic backup"`),
			we("2026-11-29T07:41:18.551907Z", Notice, "", "2026-11-29 08:41:18.551907+0100 0x3c1f2    Default     0x0                  512    0    backupd: [com.apple.TimeMachine:TMLogInfo] Backing up 1 volumes to TM-Office (/dev/disk5s2,TMBackupOptions(rawValue: 257)): /Volumes/TM-Office"),
			we("2026-11-29T07:41:19.007215Z", Info, "", "2026-11-29 08:41:19.007215+0100 0x3c2a0    Info        0x0                  512    0    backupd: (TimeMachine) [com.apple.TimeMachine:TMLogInfo] Found 812 files (64.2 MB) needing backup"),
			we("2026-11-29T07:43:02.880412Z", Error, "", `2026-11-29 08:43:02.880412+0100 0x3c2a0    Error       0x0                  512    0    backupd: (TimeMachine) [com.apple.TimeMachine:TMLogError] Failed to copy /Users/ines/Library/Mail/V10/MailData/Envelope Index, error: Error Domain=NSPOSIXErrorDomain Code=1 "Operation not permitted"`),
			we("2026-11-29T07:43:05.120554Z", Notice, "", "2026-11-29 08:43:05.120554+0100 0x3c1f2    Default     0x0                  512    0    backupd: [com.apple.TimeMachine:TMLogInfo] Completed backup: 2026-11-29-084305.backup"),
		},
	},
	{
		name:   "rsync-out-format-time",
		source: "rsync 3.2 on a terminal or in a cron mail with `--out-format='%t %i %n%L'` (%t the `yyyy/MM/dd HH:mm:ss` date, then the itemized change and the name; rsync's own errors and the closing totals without a date): rsync(1) --out-format and rsyncd.conf(5) log format escapes; the output lines from memory",
		why:    "a dated line a file, then rsync's untimed error, totals and exit line: records of their own with no time; `rsync error:` is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 >f+++++++++ srv/www/index.html"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 cd+++++++++ srv/www/assets/"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 >f.st...... srv/www/assets/app.js"),
			we("", Unknown, "", `rsync: [sender] send_files failed to open "/srv/www/private/tls.key": Permission denied (13)`),
			we("", Unknown, "", "sent 48,211 bytes  received 1,204 bytes  32,943.33 bytes/sec"),
			we("", Unknown, "", "total size is 912,044  speedup is 18.46"),
			we("", Unknown, "", "rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1338) [sender=3.2.7]"),
		},
	},
	{
		name:   "proxmox-backup-client-console",
		source: "proxmox-backup-client backup on a terminal (`Starting backup: type/id/time`, `Client name:`, `Starting backup protocol: ctime`, `Downloading previous manifest (ctime)`, `Upload directory … as x.pxar.didx`, the archive's totals, `Duration:`, `End Time: ctime`): from memory of real runs (Proxmox Backup Server docs, 'Backup Client Usage')",
		why:    "only the protocol's start and the end time are the lines' times; the snapshot name's time, the previous manifest's date and the repository address are not; no level, no host",
		gap:    "the previous manifest's date in `Downloading previous manifest (Sat Nov 28 07:40:58 2026)` is taken as the record's time: the line has none",
		entries: []worldEntry{
			we("", Unknown, "", "Starting backup: host/web01/2026-11-29T07:41:16Z"),
			we("", Unknown, "", "Client name: web01"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Starting backup protocol: Sun Nov 29 07:41:16 2026"),
			we("", Unknown, "", "Downloading previous manifest (Sat Nov 28 07:40:58 2026)"),
			we("", Unknown, "", "Upload directory '/etc' to 'backup@pbs@192.0.2.40:8007:store1' as etc.pxar.didx"),
			we("", Unknown, "", "etc.pxar: had to backup 2.41 MiB of 18.77 MiB (compressed 612.3 KiB) in 1.32 s (average 1.82 MiB/s)"),
			we("2026-11-29T07:41:21Z", Unknown, "", "End Time: Sun Nov 29 07:41:21 2026"),
		},
	},
	{
		name:   "syncthing-v1-logflags-date",
		source: "Syncthing 1.x started with `-logflags=3` (Go log flags date and time: `[prefix] yyyy/MM/dd HH:mm:ss LEVEL: msg`, the prefix `start` or the device ID's first five characters): syncthing(1) -logflags; the default-flag console lines of fresh224; from memory of real lines with the date",
		why:    "a date and time after a bracketed prefix; the build date in the banner and the peer's address are no time and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Info, "", `[start] 2026/11/29 07:41:15 INFO: syncthing v1.29.7 "Gold Grasshopper" (go1.23.11 linux-amd64) builder@github.syncthing.net 2026-06-03 14:12:44 UTC`),
			we("2026-11-29T07:41:16Z", Info, "", "[7QWEN] 2026/11/29 07:41:16 INFO: My ID: 7QWENXB-K3PLD2A-RM4TYVQ-H8CZ5NE-WJ2GXUF-6BQRT9S-LPDE3KM-V7NZC4A"),
			we("2026-11-29T07:41:17Z", Warn, "", "[7QWEN] 2026/11/29 07:41:17 WARNING: Failed to exchange Hello messages with 2RTYUIO-Q9WLKDM-4XZBNVC-P8HJTRE-K3MFQ7S-WD2LXGA-N6YVUBE-R5CTJKP at 192.0.2.55:22000-10.8.0.4:41822/tcp-client: EOF"),
			we("2026-11-29T07:41:21Z", Info, "", `[7QWEN] 2026/11/29 07:41:21 INFO: Completed initial scan of sendreceive folder "Photos" (pho-k2x9q)`),
		},
	},
	{
		name:   "amanda-amdump-file",
		source: "Amanda's amdump file in the logdir (amdump.1 of the last run: `amdump: start at ctime with zone`, the planner's and driver's lines with the driver's `time <seconds since start>`, `amdump: end at …`): amanda(8) and amdump(8) (the amdump file amstatus reads); from memory of real files",
		why:    "start and end lines carry a date with a zone name; the driver's `time 841.233` is seconds since the start, no time of day; a datestamp is the run's name",
		gap:    "the ctime with a zone name after `start at` and `end at` (`amdump: start at Sun Nov 29 01:00:01 UTC 2026`, `amdump: end at Sun Nov 29 01:22:40 UTC 2026`) is not read: time comes out empty",
		entries: []worldEntry{
			we("2026-11-29T01:00:01Z", Unknown, "", "amdump: start at Sun Nov 29 01:00:01 UTC 2026"),
			we("", Unknown, "", "amdump: datestamp 20261129"),
			we("", Unknown, "", "planner: pid 5120 executable /usr/lib/amanda/planner version 3.5.4"),
			we("", Unknown, "", "driver: start time 0.014 inparallel 10 bandwidth 80000 diskspace 0  dir OBSOLETE datestamp 20261129010001 driver: drain-ends tapeq FIRST big-dumpers sssS"),
			we("", Unknown, "", "driver: result time 841.233 from dumper0: DONE 00-00001 3123456 3123456 801 [sec 800.912 kb 3123456 kps 3899.8 ]"),
			we("2026-11-29T01:22:40Z", Unknown, "", "amdump: end at Sun Nov 29 01:22:40 UTC 2026"),
		},
	},
}

func TestFresh247Formats(t *testing.T) { assertTable(t, fresh247Cases) }
func TestFresh247Score(t *testing.T) {
	checkScore(t, "fresh247 formats", fresh247Cases, [worldNumFields]float64{94.0, 90.9, 96.2, 94.3})
}
