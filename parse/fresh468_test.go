package parse

import "testing"

// The four-hundred-and-sixty-eighth fresh table, written on 2026-11-29: the labelled datasets'
// domains, a twenty-fourth pass (HDFS, Hadoop, Spark, ZooKeeper, BGL, HPC, Thunderbird, Windows,
// Linux, Android, HealthApp, Apache, Proxifier, OpenSSH, OpenStack, Mac: other components, versions
// and settings of those same products), in shapes no earlier table holds. Each family is one
// product's output in one shape: macOS `ls -lT` (the full time with seconds and year, the `@` of
// extended attributes); OpenSSH's sftp client in batch mode (`sftp -b`), echoing each command
// behind `sftp> ` and printing `ls -l` the way sftp-common.c's ls_file does (a yearless
// `Mmm dd HH:MM`, numeric owners when the server sends no names); GNU find's `-printf '%T+ %s %p\n'`
// (date and time joined by a `+`, ten fractional digits); Windows cmd.exe's `dir` (the volume and
// directory header, `MM/DD/YYYY  hh:mm AM|PM`, `<DIR>` and grouped sizes, the File(s)/Dir(s)
// footer); Apache httpd 2.4 with `ErrorLogFormat` using `%{c}t` (the compact ISO time in brackets,
// module:level, pid:tid, the `%7F` file(line) only at debug); HDFS's `hdfs dfs -ls -e` (the erasure
// coding policy column between the group and the size); Slurm's squeue with `SLURM_TIME_FORMAT`
// set to a dotted European strftime and the submit time (`%V`) in the output format; Android's
// toybox `ls -l --full-time` over /data/anr (nine fractional digits, the device's `+0100` offset).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`OP_ADD`, `oev`, `ApplicationSummary`, `SparkListener`, `TxnLogToolkit`,
// `zxid 0x`, `tracejob`, `ipmitool`, `sel list`, `wevtutil`, `Start-Date`, `dropbox`, `modsec`,
// `suexec`, `Valid: from`, `CREATE_IN_PROGRESS`, `softwareupdate`, `log_forensic`, `Event[0]`,
// `stack event`, `mmcs`, `Step_LSC`, `mod_jk`, `sshd -T`, `ssh-keygen`, `jobhistory`, `zkCli`,
// `sinfo`, `showq`, `dumpsys`, `install.log`, `DiagnosticReports`, `Log4jAuditLogger`, `lresp`,
// `DECRYPT_EEK`, `RMAuditLogger`, `made progress`, `bhist`, `qacct`, `mmfs`, `mmhealth`, `MOZ_LOG`,
// `MPLog`, `Section start`, `pfirewall`, `WindowsUpdate`, `Current Time:`, `sftp-server`,
// `proxy-server`, `token issue`, `powermetrics`, `sadf`, `cloud-init`, `logcat -v`, `netsh`,
// `setupapi`, `HealthApp`, `Thunderbird`, `Proxifier`, `FSCK started`, `oiv`, `lsSnapshot`,
// `Submitted At`, `ctime = `, `cqstat`, `llq`, `ReservationName`, `InstalledOn`, `LOGON TIME`,
// `vssadmin`, `wbadmin`, `Password last set`, `lastlog`, `faillock`, `list-timers`, `coredumpctl`,
// `firstInstallTime`, `tombstone`, `CurrentTime:`, `%{cu}t`, `%{u}t`, `%{c}t`, `msec_frac`,
// `ScriptLog`, `Win32-OpenSSH`, `kMDItem`, `metasave`, `Iteration#`, `Spark Command:`,
// `WatchedEvent`, `sdiag`, `condor`, `robocopy`, `utmpdump`, `aureport`, `ras-mc-ctl`,
// `usagestats`, `X-Timestamp`, `swift stat`, `EntryType`, `Index Time`, `LevelDisplayName`,
// `ls -lT`, `-lT`, `sftp>`, `sftp`, `%TT`, `%Tm`, `%T+`, `find -printf`, `<DIR>`, `Volume in drive`,
// `Directory of`, `Dir(s)`, `File(s)`, `RS-6-3`, `Replicated `, `dfs -ls -e`, `Found 3 items`,
// `squeue --start`, `SLURM_TIME_FORMAT`, `full-time`, `toybox ls`, `Spark context available`,
// `server event list`, and a regular expression for ten fractional digits and for
// an `ls` line with seconds and a year). Left out as held already: Windows' Get-EventLog table
// (fresh115, fresh466), Apache's `%{msec_frac}t` access format and its ScriptLog (earlier tables),
// sftp-server's log (fresh110 and others), `hdfs dfs -ls` without -e (fresh402's `Found N items`),
// and find's `%t` (rules_test.go); `%{c}t`, `%TT` and SLURM_TIME_FORMAT appear only in the grep
// lists of earlier headers, no family. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Android's `+0100` is converted; a time with no zone is UTC (ls -lT, sftp's listing, find, dir, Apache's
// %{c}t, squeue); sftp's yearless `Nov 29 07:41` is in 2026 and has no seconds; find's ten-digit
// fraction is nanoseconds with a trailing zero; dir's `12:05 AM` is 00:05; squeue's
// `29.11.2026 07:41:16` is day first, and its TIME column (`2:29:07`) is an elapsed time, no clock.
// The dates inside file names (`orders-20261129.csv`, `CbsPersist_20261128230212.log`) are no
// record times. Levels only where the line marks one: Apache's `[module:level]`; the listings have
// none. No family has a host field: the Apache client, squeue's NODELIST and the file owners are no
// hosts. Header and footer lines (`total`, dir's volume header and its File(s)/Dir(s) totals,
// squeue's column header, `Found N items`) are fed unscored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit c5fa4ec before any rule for it: level 100.0 %, time 37.5 %, host 100.0 %, records 97.5 %.
// That is the macro figure (micro: level 100.0 %, time 46.2 %, host 100.0 %, records 97.4 %), in a
// worktree at c5fa4ec with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (sftp's batch listing and Apache's %{c}t error log); the gaps are the times
// of macOS `ls -lT`, find's `%T+`, `hdfs dfs -ls -e`, squeue's dotted day-first column and toybox's
// `ls --full-time`, and dir's File(s)/Dir(s) footer joined to the last file line.

var fresh468Cases = []worldCase{
	{
		name:   "macos-ls-lt-full-time-xattr",
		gap:    "trawl reads no time from macOS `ls -lT` lines: the `Nov 29 07:41:16 2026` after the size (BSD -T, seconds and then the year, behind a mode that may end in `@`) is not read",
		source: "macOS (BSD) `ls -lT /var/log` (-T: the complete time, month, day, hour, minute, second and year, instead of the six-months rule; `@` after the mode when the file has extended attributes): ls(1) of macOS, from memory",
		why:    "the time has seconds and the year after it, no zone; the `@` glued to the mode; the size before the month is no time; no level, no host",
		entries: []worldEntry{
			wskip("total 24816"),
			we("2026-11-27T18:14:05Z", Unknown, "", "drwxr-xr-x   4 root  wheel       128 Nov 27 18:14:05 2026 DiagnosticMessages"),
			we("2026-11-29T07:40:59Z", Unknown, "", "-rw-r--r--@  1 root  wheel    524288 Nov 29 07:40:59 2026 shutdown_monitor.log"),
			we("2026-11-29T06:02:40Z", Unknown, "", "-rw-r-----   1 root  admin     41022 Nov 29 06:02:40 2026 system.log"),
			we("2026-11-29T07:41:16Z", Unknown, "", "-rw-r--r--   1 root  admin   8123456 Nov 29 07:41:16 2026 install.log"),
			we("2026-11-28T23:59:58Z", Unknown, "", "-rw-r--r--   1 root  wheel     12288 Nov 28 23:59:58 2026 fsck_apfs.log"),
		},
	},
	{
		name:   "openssh-sftp-batch-ls-l",
		source: "OpenSSH's sftp client run with `sftp -b batchfile` (each command echoed as `sftp> cmd`; `ls -l` formatted by sftp-common.c ls_file, `%s %3u %-8.8s %-8.8s %8llu %s %s` with `%b %d %H:%M` for files within six months, numeric owner and group when the server sends no names): the ls layout confirmed by the comment 'example from openssh sftp server' in rclone/rclone vendor/github.com/pkg/sftp/server_unix.go; the batch echo and ls_file's format string from memory",
		why:    "a yearless `Nov 29 07:41` with no seconds; the echoed `sftp> ` command lines carry nothing; a date inside a file name is no time; owners (also numeric) are no hosts",
		entries: []worldEntry{
			we("", Unknown, "", "sftp> cd /srv/exports"),
			we("", Unknown, "", "sftp> ls -l"),
			we("2026-11-29T07:41:00Z", Unknown, "", "-rw-r--r--   1 etl      etl       4829113 Nov 29 07:41 orders-20261129.csv"),
			we("2026-11-29T06:58:00Z", Unknown, "", "-rw-r--r--   1 etl      etl        931204 Nov 29 06:58 refunds-20261129.csv"),
			we("2026-11-28T23:15:00Z", Unknown, "", "drwxr-xr-x   2 etl      etl          4096 Nov 28 23:15 archive"),
			we("2026-11-29T07:42:00Z", Unknown, "", "-rw-------   1 1004     1004          512 Nov 29 07:42 .upload.lock"),
			we("", Unknown, "", "sftp> get orders-20261129.csv"),
		},
	},
	{
		name:   "linux-find-printf-tplus-size-path",
		gap:    "trawl reads no time from find's `%T+` stamp `2026-11-29+07:41:16.4821094530` at the line's start: the date and time joined by a `+` (with ten fractional digits) are not read",
		source: "GNU findutils `find /var/log -type f -mmin -180 -printf '%T+ %s %p\\n'` (%T+ is the modification time as `YYYY-MM-DD+HH:MM:SS.nnnnnnnnnn`, the date and time joined by a plus and ten fractional digits): find(1) -printf, from memory",
		why:    "a `+` between the date and the time; ten fractional digits (nanoseconds and a trailing zero); a filesystem with whole seconds gives `.0000000000`; the size is no time; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482109453Z", Unknown, "", "2026-11-29+07:41:16.4821094530 18433 /var/log/auth.log"),
			we("2026-11-29T07:40:02.118830211Z", Unknown, "", "2026-11-29+07:40:02.1188302110 904112 /var/log/syslog"),
			we("2026-11-29T06:25:01Z", Unknown, "", "2026-11-29+06:25:01.0000000000 2210 /var/log/apt/history.log"),
			we("2026-11-29T07:39:44.905517702Z", Unknown, "", "2026-11-29+07:39:44.9055177020 67108864 /var/log/journal/5c1e9a0b7d2f4c3a8e61b0d94f27a1c3/system.journal"),
		},
	},
	{
		name:   "windows-cmd-dir-listing-ampm",
		gap:    "dir's indented `3 File(s) … bytes` and `2 Dir(s) … bytes free` footer lines are joined to the last file line instead of standing apart (the times, 12-hour AM/PM included, are right)",
		source: "Windows cmd.exe `dir C:\\Windows\\Logs\\CBS` in an en-US locale (volume label and serial header, ` Directory of path`, each entry `MM/DD/YYYY  hh:mm AM|PM` then `<DIR>` or a size grouped with commas, the File(s) and Dir(s) footer): from memory",
		why:    "a 12-hour clock with AM/PM and no seconds; `12:05 AM` is just after midnight; the grouped size and the digits in a file name are no times; the header and footer lines are fed unscored",
		entries: []worldEntry{
			wskip(" Volume in drive C has no label.", " Volume Serial Number is 5A3C-91F2", "", ` Directory of C:\Windows\Logs\CBS`, ""),
			we("2026-11-29T07:41:00Z", Unknown, "", "11/29/2026  07:41 AM    <DIR>          ."),
			we("2026-11-29T07:41:00Z", Unknown, "", "11/29/2026  07:41 AM    <DIR>          .."),
			we("2026-11-29T07:41:00Z", Unknown, "", "11/29/2026  07:41 AM        12,483,102 CBS.log"),
			we("2026-11-28T23:02:00Z", Unknown, "", "11/28/2026  11:02 PM         4,194,304 CbsPersist_20261128230212.log"),
			we("2026-11-29T00:05:00Z", Unknown, "", "11/29/2026  12:05 AM           318,440 FilterList.log"),
			wskip("               3 File(s)     16,995,846 bytes", "               2 Dir(s)  118,223,114,240 bytes free"),
		},
	},
	{
		name:   "apache-errorlogformat-compact-c-time",
		source: "Apache httpd 2.4 with `ErrorLogFormat \"[%{c}t] [%-m:%l] [pid %P:tid %T] %7F: %E: [client\\ %a] %M% ,\\ referer\\ %{Referer}i\"` (%{c}t the compact ISO 8601 time without microseconds, %7F the source file and line only at LogLevel debug): httpd.apache.org core documentation, ErrorLogFormat (the %{c}t, %{cu}t and %7F items and the example format); from memory of real lines",
		why:    "the compact `[2026-11-29 07:41:16]` with no zone; the level after the module in `[core:error]`; the errno `(13)` and the AH codes are no times or levels; the client is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "", "[2026-11-29 07:41:16] [core:error] [pid 4211:tid 139872201164352] (13)Permission denied: [client 10.20.3.14:52218] AH00035: access to /reports/ denied (filesystem path '/srv/www/reports') because search permissions are missing on a component of the path"),
			we("2026-11-29T07:41:20Z", Warn, "", "[2026-11-29 07:41:20] [ssl:warn] [pid 4198:tid 139872318461824] AH01909: shop.example.net:443:0 server certificate does NOT include an ID which matches the server name"),
			we("2026-11-29T07:41:22Z", Notice, "", "[2026-11-29 07:41:22] [mpm_event:notice] [pid 4198:tid 139872318461824] AH00489: Apache/2.4.62 (Unix) OpenSSL/3.0.15 configured -- resuming normal operations"),
			we("2026-11-29T07:41:22Z", Notice, "", "[2026-11-29 07:41:22] [core:notice] [pid 4198:tid 139872318461824] AH00094: Command line: '/usr/sbin/httpd -D FOREGROUND'"),
			we("2026-11-29T07:41:31Z", Error, "", "[2026-11-29 07:41:31] [proxy_fcgi:error] [pid 4213:tid 139872184378944] [client 10.20.3.19:40672] AH01071: Got error 'Primary script unknown', referer: https://shop.example.net/cart"),
			we("2026-11-29T07:41:33Z", Debug, "", "[2026-11-29 07:41:33] [authz_core:debug] [pid 4213:tid 139872184378944] mod_authz_core.c(843): [client 10.20.3.19:40672] AH01628: authorization result: granted (no authenticator)"),
		},
	},
	{
		name:   "hdfs-dfs-ls-e-ec-policy-column",
		gap:    "trawl reads no time from `hdfs dfs -ls -e` lines: the `2026-11-29 07:41` after the size is not read when the erasure coding policy column (`RS-6-3-1024k`, `Replicated`) stands between the group and the size",
		source: "HDFS 3.x `hdfs dfs -ls -e /data/ec` (FsShell's Ls with -e: the erasure coding policy, `Replicated` for replicated files, in a column between the group and the size; `Found N items` first; the modification time `yyyy-MM-dd HH:mm`): Hadoop FileSystemShell documentation (ls -e), from memory",
		why:    "an extra column (RS-6-3-1024k, Replicated) before the size; the time has no seconds and no zone; `-` as a directory's replication; the policy's digits and the size are no times; no level, no host",
		entries: []worldEntry{
			wskip("Found 4 items"),
			we("2026-11-28T22:17:00Z", Unknown, "", "-rw-r--r--   3 alice supergroup Replicated            0 2026-11-28 22:17 /data/ec/_SUCCESS"),
			we("2026-11-29T07:40:00Z", Unknown, "", "drwxr-xr-x   - alice supergroup RS-6-3-1024k          0 2026-11-29 07:40 /data/ec/_temporary"),
			we("2026-11-29T07:41:00Z", Unknown, "", "-rw-r--r--   1 alice supergroup RS-6-3-1024k  805306368 2026-11-29 07:41 /data/ec/part-00000.parquet"),
			we("2026-11-29T07:41:00Z", Unknown, "", "-rw-r--r--   1 alice supergroup RS-6-3-1024k  791138304 2026-11-29 07:41 /data/ec/part-00001.parquet"),
		},
	},
	{
		name:   "slurm-squeue-time-format-dotted-submit",
		gap:    "trawl reads no time from squeue's column `29.11.2026 05:12:09`: a day-first dotted date (SLURM_TIME_FORMAT `%d.%m.%Y %H:%M:%S`) in the middle of a table row is not read",
		source: "Slurm's squeue with `SLURM_TIME_FORMAT='%d.%m.%Y %H:%M:%S'` (a strftime for every time Slurm's clients print) and `-o '%.10i %.9P %.12j %.8u %.2t %.20V %.10M %R'` (%V the submit time, %M the time used, %R the nodes or the pending reason): squeue(1) and the SLURM_TIME_FORMAT environment variable, from memory",
		why:    "the submit time day first with dots, no zone; the TIME column is an elapsed time, no clock; the NODELIST is no host; the column header is fed unscored; no level",
		entries: []worldEntry{
			wskip("     JOBID PARTITION         NAME     USER ST          SUBMIT_TIME       TIME NODELIST(REASON)"),
			we("2026-11-29T05:12:09Z", Unknown, "", "     48211       gpu    train-llm     nora  R  29.11.2026 05:12:09    2:29:07 gn[07-08]"),
			we("2026-11-29T07:38:51Z", Unknown, "", "     48240       cpu   vasp-relax     omar PD  29.11.2026 07:38:51       0:00 (Resources)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "     48243       cpu      cp2k-md     omar PD  29.11.2026 07:41:16       0:00 (Priority)"),
			we("2026-11-28T22:47:30Z", Unknown, "", "     48102     debug      jupyter     lena  R  28.11.2026 22:47:30    8:53:46 cn031"),
		},
	},
	{
		name:   "android-toybox-ls-full-time-anr",
		gap:    "trawl reads no time from toybox's `ls -l --full-time` lines: the full-iso `2026-11-29 08:41:16.482109453 +0100` after the size is not read",
		source: "Android's toybox `adb shell ls -l --full-time /data/anr` (--full-time is -l with the full-iso style `yyyy-MM-dd HH:MM:SS.nnnnnnnnn ±hhmm`, in the device's zone), the ANR files named after their own time: toybox ls.c (--full-time, --time-style=full-iso), from memory",
		why:    "nine fractional digits and a +0100 offset without a colon after the time; the name's own date-time (`anr_2026-11-29-08-41-16-482`) is no record time; owner `system` is no host; no level",
		entries: []worldEntry{
			wskip("total 1840"),
			we("2026-11-29T07:41:16.482109453Z", Unknown, "", "-rw------- 1 system system  184213 2026-11-29 08:41:16.482109453 +0100 anr_2026-11-29-08-41-16-482"),
			we("2026-11-29T06:58:03.117004211Z", Unknown, "", "-rw------- 1 system system  221840 2026-11-29 07:58:03.117004211 +0100 anr_2026-11-29-07-58-03-117"),
			we("2026-11-28T22:13:47.900231566Z", Unknown, "", "-rw------- 1 system system  176502 2026-11-28 23:13:47.900231566 +0100 anr_2026-11-28-23-13-47-900"),
			we("2026-11-29T07:41:17.004512340Z", Unknown, "", "-rw------- 1 system system 1302528 2026-11-29 08:41:17.004512340 +0100 dumptrace_Qm7rXk"),
		},
	},
}

func TestFresh468Formats(t *testing.T) { assertTable(t, fresh468Cases) }
func TestFresh468Score(t *testing.T) {
	checkScore(t, "fresh468 formats", fresh468Cases, [worldNumFields]float64{99.9, 37.4, 99.9, 97.4})
}
