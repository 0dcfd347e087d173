package parse

import "testing"

// The four-hundred-and-twenty-sixth fresh table, written on 2026-12-06: the labelled datasets'
// domains, a nineteenth pass (HDFS, Hadoop, OpenStack, Windows, Linux, Android, Mac, HPC): other
// components, versions and settings of those same products, in shapes no earlier table holds.
// Each family is one product's documented or observed output: `hdfs lsSnapshottableDir` (the
// ls-like listing SnapshottableDirectoryStatus.print writes, a `yyyy-MM-dd HH:mm` time between
// the length and the snapshot count); `hadoop dtutil print` of a token file (a File: line, a
// header and a dashed rule, then one token a line with its max date in Java's SHORT,SHORT
// `11/29/26, 7:41 AM`); python-barbicanclient's `openstack secret list` (cliff's bordered table,
// Created with a +00:00 offset and an Expiration column that is None or a second time); the
// Windows STIG's ADSI local-account check (`Write-Host $user.Name $lastLogin $enabled`: a name,
// the LastLogin date in the en-US culture with AM/PM or the word Never, True or False); toybox's
// `ls -l /data/anr` on an Android device (a `yyyy-MM-dd HH:mm` mtime and a file name carrying its
// own time to the millisecond); coreutils' `stat -c '%y %n'` over /var/log (nanoseconds and a
// numeric offset after a space); macOS `tmutil listlocalsnapshots /` (the snapshot's time in its
// name as `yyyy-MM-dd-HHmmss`); Moab's `showq` (its active, eligible and blocked sections, each
// job row with a yearless `Sun Nov 29 07:41:16` after a REMAINING or WCLIMIT duration).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`kolla_set_configs`, `INFO:__main__`, `Loading config file at`,
// `style compact`, `Spark Executor Command`, `Launch Command`, `PFRO`,
// `Group Policy was applied`, `Last Cleanup`, `Last Successful Sync`, `Modify:`, `full-iso`,
// `Update Time :`, `Local Time is`, `Last mount time`, `Last password change`,
// `firstInstallTime`, `installationDate`, `opendirectoryd`, `token issue`, `oiv`, `Delimited`,
// `dncp_block`, `genstamp=`, `JvmMetrics`, `Hostname=`, `Attached GPUs`, `snap changes`,
// `nvidia-smi`, `srun --label`, `lastUpdateTime`, `lastTimeUsed`, `lsSnapshottableDir`,
// `lsSnapshot`, `Snapshottable`, `snapshotDiff`, `PurgeTxnLog`, `Removing file:`, `beegfs`,
// `ipmitool`, `| Asserted`, `ipmi-sel`, `HTTPERR`, `s-reason`, `DhcpSrvLog`, `IAS,`,
// `vssadmin`, `Originating Machine`, `wbadmin`, `Version identifier`, `sudoreplay`, `TSID=`,
// `lastcomm`, `atq`, `time-format=iso`, `Log started`, `term.log`, `|install|`, `zypp`,
// `faillog`, `granularity`, `alarm-history`, `Creation Time`, `%% [`, `ScriptLog`,
// `ssl_engine_log`, `listlocalsnapshots`, `localsnapshot`, `TimeMachine`,
// `com.apple.TimeMachine`, `Snapshots for disk`, `tmutil`, `ppp.log`, `profiles show`,
// `cacheadmin`, `dtutil`, `Token kind`, `Exp date`, `condor_history`, `ReservationName`,
// `squeue --start`, `SCHEDNODES`, `START_TIME`, `-v nsec`, `bluetooth_manager`, `{cu}t`,
// `[remote `, `eventMessage`, `json-pretty`, `Secret href`, `secret list`, `barbican`,
// `Message Level`, `-- Gauges`, `t,value`, `CsvSink`, `EntryType`, `Get-EventLog`,
// `Last logon`, `LastLogon`, `Get-LocalUser`, `Write-Host`, `WinNT://`, `Never True`,
// `Never False`, `lresp=`, `expire at`, `Last Modified`, `updated_time`, `swift list`,
// `anr_20`, `/data/anr`, `-rw------- 1 system`, `stat -c`, `lslogins`, `showq`,
// `active jobs`, `eligible jobs`, `page_log`, `xferlog`, `@40000000`, `multilog`).
// HDFS's `dfs -ls`, `-stat` and oiv are in fresh122, fresh402 and fresh320; lsSnapshottableDir is
// in none. Hadoop's delegation tokens are in fresh328 (the Kerberos debug output, none of its
// dates the record's); dtutil's table is in none. Barbican is in fresh80 and fresh332 as its API
// log; the secret list is in none. The STIG's ADSI loop, Get-LocalUser and `Last logon` are in
// none. /data/anr is in several tables as the ANR files themselves and `anr_…` once inside a
// logcat message (fresh129); toybox's listing of the directory is in none. coreutils' full-iso is
// in fresh187 (`ls --time-style=full-iso`); stat's %y is in none. Time Machine is in fresh247
// (backupd in `log show`); tmutil's snapshot names are in none. Moab is in no table (`active
// jobs` only inside an sshd message in fresh68). Left out as measured already: kolla's start-up
// lines (fresh222, fresh359), Spark's executor stderr header, metrics sinks and REST client
// (fresh62, fresh151, fresh300, fresh320), Windows' HTTPERR, DHCP, NPS, vssadmin and wbadmin
// (fresh134 and later), IPMI SEL listings, BeeGFS, sudoreplay, lastcomm, atq, apt's term.log,
// zypper's history, faillog, Gnocchi measures, Aodh history, mod_cgi's ScriptLog, ZooKeeper's
// PurgeTxnLog and four-letter words; `squeue --start` was dropped because its START_TIME is a
// forecast, not a time the record has. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). lsSnapshottableDir's and toybox's `2026-11-29 07:41`, dtutil's
// `11/29/26, 7:41 AM`, the STIG's `11/29/2026 7:41:16 AM`, tmutil's `2026-11-29-074116` and the
// anr file name's `2026-11-29-07-41-16-201` carry no zone and are taken as UTC; `12:15 AM` is
// 00:15 and `11:02:40 PM` 23:02:40; stat's `+0100` is converted; showq's `Sun Nov 29 07:41:16`
// has no year (2026). A toybox line carries two versions of its file's time (the minute mtime and
// the name's millisecond), so either is accepted. dtutil's Exp date is the token's max date, the
// one time its row carries; barbican's Created is the secret's time and its Expiration, when set,
// is not. None of these outputs marks a level: ACTIVE, Running, Idle, True and False are states.
// None has a host field: the secret href's host is the API endpoint, dtutil's Service is the
// service the token is for, a Moab job row names no node. A record is one line; the tables'
// borders, header rows, dashed rules, `total` lines and showq's section summaries are fed and not
// scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit eb87c08 before any rule for it: level 97.9 %, time 60.4 %, host 97.9 %, records 95.8 %.
// That is the macro figure (micro: level 96.6 %, time 62.1 %, host 96.6 %, records 93.1 %), in a
// worktree at eb87c08 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (dtutil's token table, barbican's secret list, stat's %y lines and
// Moab's showq); the gaps are the zone-less minute time inside ls-like rows (lsSnapshottableDir
// and toybox's listing, whose anr_ file name's time is not read either), the time inside tmutil's
// snapshot names, and an untimed STIG row after timed ones joined to the row before.

var fresh426Cases = []worldCase{
	{
		name:   "hdfs-lssnapshottabledir-listing",
		gap:    "trawl reads no time from an lsSnapshottableDir row: the zone-less minute-precision `2026-11-29 07:41` between the length column and the snapshot count and quota (`drwxr-xr-x 0 hdfs supergroup 0 2026-11-29 07:41 12 65536 /data/warehouse`) is not taken as the record's time",
		source: "HDFS 3's `hdfs lsSnapshottableDir` (LsSnapshottableDir prints SnapshottableDirectoryStatus.print: `d` and the permission, replication, owner and group padded to the widest, length, the modification time as SimpleDateFormat `yyyy-MM-dd HH:mm`, snapshot count, snapshot quota, path): apache/hadoop hadoop-hdfs-client SnapshottableDirectoryStatus.java and hadoop-hdfs tools/snapshot/LsSnapshottableDir.java",
		why:    "an ls-like row with a minute-precision time and no zone between the length and two counts; the snapshot quota 65536 and the zero replication are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "", "drwxr-xr-x 0 hdfs supergroup 0 2026-11-29 07:41 12 65536 /data/warehouse"),
			we("2026-11-28T23:02:00Z", Unknown, "", "drwxr-x--- 0 hive hadoop     0 2026-11-28 23:02  3 65536 /user/hive/warehouse/sales.db"),
			we("2026-11-29T06:15:00Z", Unknown, "", "drwxrwxr-x 0 etl  hadoop     0 2026-11-29 06:15  0 65536 /staging/ingest"),
		},
	},
	{
		name:   "hadoop-dtutil-print-token-file",
		source: "Hadoop 3's `hadoop dtutil print <file>` (DtFileOperations.printTokenFile: `File: path`, then printCredentials' `%-24s %-20s %-15s %-12s %s` header Token kind, Service, Renewer, Exp date, URL enc token, a rule of 80 dashes, one token a line with formatDate(id.getMaxDate()) through DateFormat.getDateTimeInstance(SHORT, SHORT), which Java 11's CLDR data writes `11/29/26, 7:41 AM` in en_US): apache/hadoop hadoop-common security/token/DtFileOperations.java; the Java 11 date form from memory",
		why:    "a two-digit year and a 12-hour clock with AM/PM after a comma, wider than its 12-character column; 12:15 AM is 00:15; a host:port service and a long base64url token beside it are no times",
		entries: []worldEntry{
			wskip("File: /tmp/etl-nightly.dt",
				"Token kind               Service              Renewer         Exp date     URL enc token",
				"--------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:00Z", Unknown, "", "HDFS_DELEGATION_TOKEN    ha-hdfs:prodns       yarn            11/29/26, 7:41 AM JAAEZXRsMQR5YXJuAIoBk7xQ2a6KAZPgXN2uAY4CPhSP3jzL3rT1Yb0hVx9nQk4K7y2mUhVIREZTX0RFTEVHQVRJT05fVE9LRU4OaGEtaGRmczpwcm9kbnM"),
			we("2026-11-29T20:02:00Z", Unknown, "", "kms-dt                   10.20.4.11:9600      yarn            11/29/26, 8:02 PM IgAEZXRsMQR5YXJuAIoBk72b4E6KAZPhp-ROjgGXFJ2kqL0mXc8wN1fTz6yHbR5aQ3oPBmttcy1kdA8xMC4yMC40LjExOjk2MDA"),
			we("2026-11-30T00:15:00Z", Unknown, "", "RM_DELEGATION_TOKEN      10.20.4.5:8032       yarn            11/30/26, 12:15 AM KAAEZXRsMQR5YXJuBHlhcm6KAZO9h0lwigGT4ZPNcI4BDgQUq8Zr2Ty1vWm0dE3xPp9QhGcLs1kTUk1fREVMRUdBVElPTl9UT0tFTg4xMC4yMC40LjU6ODAzMg"),
		},
	},
	{
		name:   "openstack-barbican-secret-list-table",
		source: "python-barbicanclient's `openstack secret list` (cliff's bordered table: Secret href, Name, Created as `yyyy-MM-ddTHH:mm:ss+00:00`, Status, Content types as a Python dict, Algorithm, Bit length, Secret type, Mode, Expiration None or a time): Red Hat OpenStack Platform 13 and 16.1 'Manage secrets with OpenStack Key Manager' (the command's output), openstacksdk key_manager v1 Secret (created_at, expires_at)",
		why:    "Created has a +00:00 offset; an Expiration time after it is the secret's end, not the record's time; the href's host:port is the API endpoint, no host; ACTIVE is a state",
		entries: []worldEntry{
			wskip("+------------------------------------------------------------------------------------+---------------+---------------------------+--------+-----------------------------------------+-----------+------------+-------------+------+---------------------------+", "| Secret href                                                                        | Name          | Created                   | Status | Content types                           | Algorithm | Bit length | Secret type | Mode | Expiration                |", "+------------------------------------------------------------------------------------+---------------+---------------------------+--------+-----------------------------------------+-----------+------------+-------------+------+---------------------------+"),
			we("2026-11-29T07:41:16Z", Unknown, "", "| https://kms.cloud.example.net:9311/v1/secrets/7c1e9a42-5b3d-4f80-a6e2-19d0c4b8f731 | db-master-key | 2026-11-29T07:41:16+00:00 | ACTIVE | {'default': 'application/octet-stream'} | aes       |        256 | symmetric   | cbc  | None                      |"),
			we("2026-11-28T22:10:03Z", Unknown, "", "| https://kms.cloud.example.net:9311/v1/secrets/e2b04d17-93af-4c6e-8b51-70f3a9d2c4e8 | lb-tls-bundle | 2026-11-28T22:10:03+00:00 | ACTIVE | {'default': 'application/pkcs12'}       | None      |       None | opaque      | None | 2026-12-29T00:00:00+00:00 |"),
			we("2026-11-29T06:02:47Z", Unknown, "", "| https://kms.cloud.example.net:9311/v1/secrets/0a9f3c6d-2e18-4b7a-9d05-c1e7f4a28b63 | None          | 2026-11-29T06:02:47+00:00 | ACTIVE | {'default': 'text/plain'}               | aes       |        256 | passphrase  | None | None                      |"),
			wskip("+------------------------------------------------------------------------------------+---------------+---------------------------+--------+-----------------------------------------+-----------+------------+-------------+------+---------------------------+"),
		},
	},
	{
		name:   "windows-stig-adsi-local-users-lastlogin",
		gap:    "the untimed `WDAGUtilityAccount Never False` row that follows the timed rows is joined to `svc-backup 11/28/2026 11:02:40 PM True` as a continuation line instead of starting a record of its own (the `Never` rows before the first timed row stay separate)",
		source: "the Windows Server 2025 and Windows 10/11 STIG check for inactive local accounts (WN25-00-000190 and its predecessors: an ADSI loop over WinNT://COMPUTERNAME's users that sets $lastLogin to 'Never' when empty and ends `Write-Host $user.Name $lastLogin $enabled`, the DateTime written in the en-US culture): stigaview.com WN25-00-000190 (its example `User1 10/31/2015 5:49:56 AM True`)",
		why:    "a name, then a US date with a 12-hour time and AM/PM, then True or False; Never stands for no time; 11:02:40 PM is 23:02:40; True and False are no levels",
		entries: []worldEntry{
			we("", Unknown, "", "Administrator Never False"),
			we("", Unknown, "", "DefaultAccount Never False"),
			we("", Unknown, "", "Guest Never False"),
			we("2026-11-29T07:41:16Z", Unknown, "", "nora 11/29/2026 7:41:16 AM True"),
			we("2026-11-28T23:02:40Z", Unknown, "", "svc-backup 11/28/2026 11:02:40 PM True"),
			we("", Unknown, "", "WDAGUtilityAccount Never False"),
		},
	},
	{
		name:   "android-toybox-ls-l-data-anr",
		gap:    "trawl reads no time from a toybox `ls -l` row: neither the `2026-11-29 07:41` mtime after the mode, owner, group and size columns nor the `anr_2026-11-29-07-41-16-201` file name's dashed date-time-milliseconds is taken",
		source: "`adb shell ls -l /data/anr` on a rooted Android 13-15 device (toybox ls: `total N`, then mode, links, owner, group, size right-aligned, the mtime as `yyyy-MM-dd HH:mm`, the name; ActivityManager names each ANR file anr_yyyy-MM-dd-HH-mm-ss-SSS): the anr_ file names as in fresh129 and the Android 13+ ANR file tables; toybox's time column from memory",
		why:    "two versions of one time on a line: the listing's minute and the file name's dashed time to the millisecond; the size is no time; no level, no host",
		entries: []worldEntry{
			wskip("total 2416"),
			we("2026-11-28T22:19:00Z|2026-11-28T22:19:05.034Z", Unknown, "", "-rw------- 1 system system 1204880 2026-11-28 22:19 anr_2026-11-28-22-19-05-034"),
			we("2026-11-29T06:02:00Z|2026-11-29T06:02:41.877Z", Unknown, "", "-rw------- 1 system system  398112 2026-11-29 06:02 anr_2026-11-29-06-02-41-877"),
			we("2026-11-29T07:41:00Z|2026-11-29T07:41:16.201Z", Unknown, "", "-rw------- 1 system system  412340 2026-11-29 07:41 anr_2026-11-29-07-41-16-201"),
		},
	},
	{
		name:   "linux-coreutils-stat-c-mtime-name",
		source: "GNU coreutils `stat -c '%y %n' /var/log/*.log` on a host at +01:00 (%y, the human-readable modification time `yyyy-MM-dd HH:mm:ss.nnnnnnnnn +hhmm`, then the file name): coreutils stat(1) format sequences; the layout from memory",
		why:    "nanoseconds, then a space and a numeric offset; the times are an hour ahead of UTC, one of them past midnight into the next day; no level, no host",
		entries: []worldEntry{
			we("2026-11-28T22:59:59.467201553Z", Unknown, "", "2026-11-28 23:59:59.467201553 +0100 /var/log/dpkg.log"),
			we("2026-11-28T23:00:01.002981764Z", Unknown, "", "2026-11-29 00:00:01.002981764 +0100 /var/log/alternatives.log"),
			we("2026-11-29T06:25:02.118640331Z", Unknown, "", "2026-11-29 07:25:02.118640331 +0100 /var/log/auth.log"),
			we("2026-11-29T07:41:16.203114872Z", Unknown, "", "2026-11-29 08:41:16.203114872 +0100 /var/log/kern.log"),
		},
	},
	{
		name:   "macos-tmutil-listlocalsnapshots",
		gap:    "trawl reads no time from `com.apple.TimeMachine.2026-11-29-044512.local`: the date dashed to the clock run together as HHmmss, inside a dotted name, is not recognised as a time",
		source: "macOS 12-15 `tmutil listlocalsnapshots /` (a header naming the volume group, then one APFS snapshot a line, `com.apple.TimeMachine.yyyy-MM-dd-HHmmss.local`, the time local and zone-less): sweepformac.com 'How to Find Hidden Time Machine Local Snapshots', apple.stackexchange question 115868, real-world-systems.com tmutil(1); the header line from memory",
		why:    "the only time is inside a dotted name, the date dashed and the clock run together as HHmmss; no level, no host",
		entries: []worldEntry{
			wskip("Snapshots for volume group containing disk /:"),
			we("2026-11-29T04:45:12Z", Unknown, "", "com.apple.TimeMachine.2026-11-29-044512.local"),
			we("2026-11-29T05:45:09Z", Unknown, "", "com.apple.TimeMachine.2026-11-29-054509.local"),
			we("2026-11-29T06:45:17Z", Unknown, "", "com.apple.TimeMachine.2026-11-29-064517.local"),
			we("2026-11-29T07:41:16Z", Unknown, "", "com.apple.TimeMachine.2026-11-29-074116.local"),
		},
	},
	{
		name:   "hpc-moab-showq-sections",
		source: "Moab Workload Manager's `showq` (sections `active jobs---`, `eligible jobs---`, `blocked jobs---`, each with a JOBID USERNAME STATE PROCS REMAINING|WCLIMIT STARTTIME|QUEUETIME header, job rows ending in a yearless `Day Mon DD HH:MM:SS`, a count and utilisation summary, `Total jobs:`): core.sam.pitt.edu 'The MOAB Scheduler' (the commands around it); the layout from memory",
		why:    "a yearless weekday date at the end of a job row, after a duration (23:41:02, 1:02:11:40) that is no time of day; Running and Idle are states; section rules and summaries carry nothing",
		entries: []worldEntry{
			wskip("active jobs------------------------",
				"JOBID              USERNAME      STATE PROCS   REMAINING            STARTTIME",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "", "4412                   nora    Running    64    23:41:02  Sun Nov 29 07:41:16"),
			we("2026-11-29T06:02:40Z", Unknown, "", "4409                  ahmed    Running   128  1:02:11:40  Sun Nov 29 06:02:40"),
			wskip("",
				"2 active jobs          192 of 1024 processors in use by local jobs (18.75%)",
				"                        12 of 64 nodes active      (18.75%)",
				"",
				"eligible jobs----------------------",
				"JOBID              USERNAME      STATE PROCS     WCLIMIT            QUEUETIME",
				""),
			we("2026-11-29T07:50:02Z", Unknown, "", "4415                  lucia       Idle   256  2:00:00:00  Sun Nov 29 07:50:02"),
			wskip("",
				"1 eligible job   ",
				"",
				"blocked jobs-----------------------",
				"JOBID              USERNAME      STATE PROCS     WCLIMIT            QUEUETIME",
				"",
				"",
				"0 blocked jobs   ",
				"",
				"Total jobs:  3"),
		},
	},
}

func TestFresh426Formats(t *testing.T) { assertTable(t, fresh426Cases) }
func TestFresh426Score(t *testing.T) {
	checkScore(t, "fresh426 formats", fresh426Cases, [worldNumFields]float64{97.8, 60.3, 97.8, 95.7})
}
