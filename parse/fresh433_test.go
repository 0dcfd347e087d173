package parse

import "testing"

// The four-hundred-and-thirty-third fresh table, written on 2026-12-06: the labelled datasets'
// domains, a twentieth pass (OpenStack, HPC, Windows, Linux, Mac): other components, versions
// and settings of those same products, in shapes no earlier table holds. Each family is one
// product's documented or observed output: python-novaclient's `nova server-migration-list` (a
// prettytable with Created At and Updated At and no host of its own); MUNGE's `unmunge` report run on each node (eleven labelled lines with
// no separator, ENCODE_TIME with an offset and the epoch in parentheses); PowerShell's
// `Get-ScheduledTaskInfo` over CIM sessions in Format-List (LastRunTime in the en-US culture,
// PSComputerName); Win32_ReliabilityRecords exported with Export-Csv (a quoted cell with line
// breaks inside it); fatrace's `-t` time of day with microseconds; LVM's `lvs` with lv_time (a
// numeric offset after the time); macOS `codesign -dvv` over a folder of apps (a key=value block
// a binary, Timestamp= in CFDateFormatter's medium style with a narrow no-break space before PM).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`Total jobs:`, `mapred job`, `UsedContainers`, `Package Identity`,
// `Install Time`, `Get-Packages`, `SPInstallHistory`, `Install Date`, `Installations:`,
// `softwareupdate --history`, `Display Name`, `LocalLog`, `dumpsys connectivity`, `dumpsys wifi`,
// `NetworkRequestInfo`, `telephony.registry`, `short-unix`, `short-iso-precise`,
// `__REALTIME_TIMESTAMP`, `LogTimeFormat`, `rfc5424_ms`, `timestamp-output`, `PDH-CSV`, `typeperf`,
// `inotifywait`, `zkServer.sh[`, `zookeeper[`, `===> `, `LastRunTime`, `cmd=open`,
// `FSNamesystem.audit`, `modificationTime`, `Container Report`, `who -u`, `systeminfo`,
// `System Boot Time`, `[U=`, `apptainer`, `singularity`, `lv_time`, `DDEBUG`, `pacman`, `[ALPM]`,
// `monotonic`, `MachineName`, `fatrace`, `opensnoop`, `quarantine`, `klist`, `dism`, `httpd[`,
// `OP_ADD`, `<RECORD>`, `JobSummary`, `submitTime=`, `Counters: `, `Ivy Default Cache`, `octavia`,
// `user_log_format`, `message list`, `migration list`, `"levelno"`, `/dev/kmsg`, `,-;`, `atop`,
// `ATOP -`, `eslogger`, `global_seq_num`, `ndjson`, `sysadminctl`, `Camera service`,
// `media.camera`, `requestAudioFocus`, `dumpsys audio`, `HH:mm:ss:SSS`, `socklog`, `svlogd`,
// `{sec}t`, `{msec}t`, `usec}t`, `msec_frac`, `Get-ScheduledTaskInfo`, `ScheduledTask`,
// `NextRunTime`, `LastTaskResult`, `PSComputerName`, `InitialDetectionTime`, `Get-MpThreat`,
// `ReliabilityRecords`, `Reliability`, `TimeGenerated`, `Get-ComputerRestorePoint`,
// `sinfo --long`, `sinfo -l`, `squeue --long`, `JOBID PARTITION`, `NODELIST`, `submission_time`,
// `QDate`, `spack`, `reventlog`, `xcat`, `lvs `, `lv_host`, `kdiag`, `Kerberos Diagnostics`,
// `Hostname = `, `TestDFSIO`, `Date & time:`, `{uc}t`, `[R:`, `[C:`, `Z 26/11/29`,
// `Setting default log level`, `-v monotonic`, `batterystats`, `dumpsys alarm`, `dumpsys power`,
// `dumpsys notification`, `Dest Compute`, `Source Compute`, `server-migration`, `ENCODE_HOST`,
// `unmunge`, `httpd: [`, `logger -t httpd`, `NIOServerCnxnFactory)`, `QuorumPeerConfig)`,
// `(org.apache.zookeeper`, `pbsnodes`, `getAllServiceState`, `Executable=`, `TeamIdentifier`,
// `codesign`). Nova's
// migrations are in fresh131 and others as libvirt and journal lines during a migration; the
// server-migration-list table is in none. MUNGE is in fresh159 (munged's log), where unmunge's
// report was left out as not found in a stored source; the flux admin guide shows it. The
// ScheduledTasks cmdlets and Win32_ReliabilityRecords are in none (Reliability only in other
// products' words, TimeGenerated in event-log exports). fatrace and lv_time are in none. codesign is
// in fresh119 as a word inside a unified-log message, and `Executable=` in fresh292 in another
// product's line; codesign's own block is in none. Left out as measured already: `mapred job -list`,
// DISM's package list, the install histories of macOS, Android's dumpsys services (connectivity,
// wifi, audio, camera, alarm, power, notification), journalctl's short-unix, short-iso-precise and
// export, Slurm's LogTimeFormat, `sinfo --long` and `squeue --long`, Open MPI's
// --timestamp-output, typeperf's PDH-CSV, inotifywait, ZooKeeper under systemd and under Kafka's
// layout, HDFS's audit log, oev, TestDFSIO and WebHDFS listings, YARN's container report,
// Apptainer's debug lines, atop, eslogger, socklog/svlogd, Apache's ErrorLogFormat and LogFormat
// time variants. Hadoop's `hadoop kdiag` (KDiag.java's `== title ==` sections, untimed `key = value`
// lines, `WARNING:`/`ERROR:` lines and a log4j console line, the only clock a java.util.Date in
// the first title; in no table) was written as an eighth family and scored in the first run
// (level 18/19, time 17/19, host 17/19, records 17/19: no time read from the title, no host from
// `Hostname =`, an untimed line joined to the log4j line before it), then taken out before the
// commit: read again in one source its `Default Realm = …` line starts an entry the first pass
// joined, so TestRepeatedLinesReadAlike fails on it, and repeatKnown may take no new family. The
// table holds 7 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Nova's Created At is zone-less and taken as UTC. unmunge's
// ENCODE_TIME is converted from -0500 (the epoch beside it is the same instant). LastRunTime,
// TimeGenerated and codesign's Timestamp= are en-US local times with no zone, taken as UTC.
// fatrace's time of day is on the clock's day. lvs's CTime is converted from +0100. Levels only
// where the line marks one, and none of these does: a migration's status, unmunge's STATUS, LastTaskResult and fatrace's access letters are no levels. The host is the
// record's host field: ENCODE_HOST's name (the node that encoded and
// decoded), PSComputerName, the CSV's ComputerName; a migration's source and destination computes,
// a snapshot's origin and a signing team are not hosts. A record that spans lines is one entry: an
// unmunge report, a Format-List block with the blank line after it, a CSV row whose quoted message
// spans lines, a codesign block.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 47333ad before any rule for it: level 76.2 %, time 57.1 %, host 71.4 %, records 57.1 %.
// That is the macro figure (micro: level 73.9 %, time 60.9 %, host 69.6 %, records 60.9 %), in a
// worktree at 47333ad with no change to trawl's code (only this file and table_test.go's list), 4 of
// 7 families fully right (the migration table, the scheduled-task blocks, the reliability CSV and
// fatrace); the gaps are unmunge's report as one record, lvs's indented rows joined to their
// heading, and codesign's block with its Timestamp= line. With KDiag in, the first run gave level
// 78.5 %, time 61.2 %, host 73.7 %, records 61.2 % over 8 families.

var fresh433Cases = []worldCase{
	{
		name:   "openstack-nova-server-migration-list-table",
		source: "python-novaclient's `nova server-migration-list <server>` (microversion 2.23+, the in-progress live migrations of one server printed with utils.print_list as a prettytable: Id, Source Node, Dest Node, Source Compute, Dest Compute, Dest Host, Status, Server UUID, Created At, Updated At, then the six memory and disk byte counters; nova's zone-less `yyyy-MM-ddTHH:mm:ss.ffffff` times): python-novaclient shell.py do_server_migration_list; openstack/nova api_samples os-migrations migrations-get.json.tpl (the field values)",
		why:    "a pipe-bordered row with two times: Created At is when the migration record was made, Updated At a later change, so the row's time is the first; a migration names a source and a destination compute, neither the row's host; `running` is a state; the byte counters are no epochs",
		entries: []worldEntry{
			wskip("+------+-------------+------------+----------------+--------------+-----------+-----------+--------------------------------------+----------------------------+----------------------------+--------------------+------------------------+------------------------+------------------+----------------------+----------------------+",
				"| Id   | Source Node | Dest Node  | Source Compute | Dest Compute | Dest Host | Status    | Server UUID                          | Created At                 | Updated At                 | Total Memory Bytes | Processed Memory Bytes | Remaining Memory Bytes | Total Disk Bytes | Processed Disk Bytes | Remaining Disk Bytes |",
				"+------+-------------+------------+----------------+--------------+-----------+-----------+--------------------------------------+----------------------------+----------------------------+--------------------+------------------------+------------------------+------------------+----------------------+----------------------+"),
			we("2026-11-29T07:41:16Z", Unknown, "", "| 4417 | cmp-r03n11  | cmp-r05n02 | cmp-r03n11     | cmp-r05n02   | 10.40.5.2 | running   | 3f8a1c2e-7b4d-4e19-a6c0-5d2e8f1b9a73 | 2026-11-29T07:41:16.000000 | 2026-11-29T07:42:03.000000 | 17179869184        | 6442450944             | 10737418240            | 0                | 0                    | 0                    |"),
			we("2026-11-29T07:43:40Z", Unknown, "", "| 4418 | cmp-r03n11  | cmp-r05n04 | cmp-r03n11     | cmp-r05n04   | 10.40.5.4 | preparing | 9c1e4b7a-2d6f-4a83-b5e0-1f7c3a9d2e64 | 2026-11-29T07:43:40.000000 | 2026-11-29T07:43:41.000000 | 8589934592         | 0                      | 8589934592             | 42949672960      | 0                    | 42949672960          |"),
			we("2026-11-29T07:44:02Z", Unknown, "", "| 4419 | cmp-r03n11  | -          | cmp-r03n11     | -            | -         | queued    | b2d7e9f1-4c3a-4e8b-9f06-7a1c2e3d4b58 | 2026-11-29T07:44:02.000000 | 2026-11-29T07:44:02.000000 | 0                  | 0                      | 0                      | 0                | 0                    | 0                    |"),
			wskip("+------+-------------+------------+----------------+--------------+-----------+-----------+--------------------------------------+----------------------------+----------------------------+--------------------+------------------------+------------------------+------------------+----------------------+----------------------+"),
		},
	},
	{
		name:   "hpc-munge-unmunge-credential-report",
		gap:    "trawl does not read an unmunge report as one record: it cuts the first report after its STATUS line and joins the next reports' STATUS lines to the lines before them, so ENCODE_TIME's `2026-11-29 02:41:16 -0500 (1795938076)` and ENCODE_HOST's name never reach the record that starts at STATUS",
		source: "MUNGE's `unmunge` report as admins run it on each compute node to check the daemon and the clock (`ssh cnNN 'munge -n | unmunge'` in a loop): one labelled line a field, values aligned in a column, STATUS, ENCODE_HOST `name (address)`, ENCODE_TIME and DECODE_TIME as `yyyy-MM-dd HH:mm:ss ±hhmm (epoch)`, TTL, CIPHER, MAC, ZIP, UID, GID, LENGTH, and nothing between one report and the next: flux-framework/flux-docs admin guide (the munge spot check pasted from a cluster); the failed STATUS wording from memory",
		why:    "an eleven-line report with no separator is one record from its STATUS line; the time is ENCODE_TIME with a -0500 offset (its epoch in parentheses is the same instant); ENCODE_HOST is the node that made and read the credential; `Success (0)` and `Expired credential (15)` are statuses, no level; UID 1000 and TTL 300 are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "cn01",
				"STATUS:          Success (0)",
				"ENCODE_HOST:     cn01 (10.60.1.1)",
				"ENCODE_TIME:     2026-11-29 02:41:16 -0500 (1795938076)",
				"DECODE_TIME:     2026-11-29 02:41:16 -0500 (1795938076)",
				"TTL:             300",
				"CIPHER:          aes128 (4)",
				"MAC:             sha256 (5)",
				"ZIP:             none (0)",
				"UID:             hpcadm (1000)",
				"GID:             hpcadm (1000)",
				"LENGTH:          0"),
			we("2026-11-29T07:52:40Z", Unknown, "cn02",
				"STATUS:          Success (0)",
				"ENCODE_HOST:     cn02 (10.60.1.2)",
				"ENCODE_TIME:     2026-11-29 02:52:40 -0500 (1795938760)",
				"DECODE_TIME:     2026-11-29 02:52:40 -0500 (1795938760)",
				"TTL:             300",
				"CIPHER:          aes128 (4)",
				"MAC:             sha256 (5)",
				"ZIP:             none (0)",
				"UID:             hpcadm (1000)",
				"GID:             hpcadm (1000)",
				"LENGTH:          0"),
			we("2026-11-29T08:03:05Z", Unknown, "cn03",
				"STATUS:          Expired credential (15)",
				"ENCODE_HOST:     cn03 (10.60.1.3)",
				"ENCODE_TIME:     2026-11-29 03:03:05 -0500 (1795939385)",
				"DECODE_TIME:     2026-11-29 03:03:05 -0500 (1795939385)",
				"TTL:             300",
				"CIPHER:          aes128 (4)",
				"MAC:             sha256 (5)",
				"ZIP:             none (0)",
				"UID:             hpcadm (1000)",
				"GID:             hpcadm (1000)",
				"LENGTH:          0"),
		},
	},
	{
		name:   "windows-get-scheduledtaskinfo-cimsession-list",
		source: "Windows PowerShell's ScheduledTasks module across machines (`Get-ScheduledTask -TaskPath '\\Corp\\' -CimSession ws-fin-07,ws-fin-09 | Get-ScheduledTaskInfo | Format-List`: one block a task, LastRunTime, LastTaskResult, NextRunTime, NumberOfMissedRuns, TaskName, TaskPath, PSComputerName, the times in the en-US culture with AM/PM, a blank line after each block): from memory",
		why:    "a labelled block is one record; LastRunTime is its time (`11/29/2026 7:41:16 AM`, no zone), NextRunTime a forecast after it; PSComputerName is the machine the task ran on; LastTaskResult 2147942402 is an HRESULT, no level and no epoch",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "ws-fin-07",
				"LastRunTime        : 11/29/2026 7:41:16 AM",
				"LastTaskResult     : 0",
				"NextRunTime        : 11/29/2026 8:41:16 AM",
				"NumberOfMissedRuns : 0",
				"TaskName           : InventorySync",
				"TaskPath           : \\Corp\\",
				"PSComputerName     : ws-fin-07",
				""),
			we("2026-11-29T03:00:02Z", Unknown, "ws-fin-07",
				"LastRunTime        : 11/29/2026 3:00:02 AM",
				"LastTaskResult     : 2147942402",
				"NextRunTime        : 11/30/2026 3:00:00 AM",
				"NumberOfMissedRuns : 1",
				"TaskName           : NightlyExport",
				"TaskPath           : \\Corp\\",
				"PSComputerName     : ws-fin-07",
				""),
			we("2026-11-29T07:38:51Z", Unknown, "ws-fin-09",
				"LastRunTime        : 11/29/2026 7:38:51 AM",
				"LastTaskResult     : 0",
				"NextRunTime        : 11/29/2026 8:38:51 AM",
				"NumberOfMissedRuns : 0",
				"TaskName           : InventorySync",
				"TaskPath           : \\Corp\\",
				"PSComputerName     : ws-fin-09",
				""),
		},
	},
	{
		name:   "windows-reliabilityrecords-export-csv",
		source: "Windows' Reliability Monitor records read through CIM and saved as CSV (`Get-CimInstance Win32_ReliabilityRecords | Select-Object TimeGenerated,ComputerName,SourceName,EventIdentifier,ProductName,Message | Export-Csv -NoTypeInformation`, then the file read back: a quoted header, every value quoted, TimeGenerated in the en-US culture, an event message with line breaks kept inside its quotes): the Win32_ReliabilityRecords class properties from memory",
		why:    "a quoted CSV row whose first cell is the time (no zone) and whose ComputerName cell is the machine; Application Error's message spans lines inside one quoted cell, so the row is one record; `time stamp: 0x6740a1c2` and the fault bucket are no times; no level column",
		entries: []worldEntry{
			wskip(`"TimeGenerated","ComputerName","SourceName","EventIdentifier","ProductName","Message"`),
			we("2026-11-29T07:41:16Z", Unknown, "WS-FIN-07.corp.example.com", `"11/29/2026 7:41:16 AM","WS-FIN-07.corp.example.com","Microsoft-Windows-WindowsUpdateClient","19","2026-11 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5070311)","Installation Successful: Windows successfully installed the following update: 2026-11 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5070311)"`),
			we("2026-11-29T08:02:44Z", Unknown, "WS-FIN-07.corp.example.com",
				`"11/29/2026 8:02:44 AM","WS-FIN-07.corp.example.com","Application Error","1000","OUTLOOK.EXE","Faulting application name: OUTLOOK.EXE, version: 16.0.18129.20116, time stamp: 0x6740a1c2`,
				`Faulting module name: mso20win32client.dll, version: 0.0.0.0, time stamp: 0x673f2e10`,
				`Exception code: 0xc0000005`,
				`Fault offset: 0x00000000001f3a2e`,
				`Faulting process id: 0x2F1C`,
				`Faulting application path: C:\Program Files\Microsoft Office\root\Office16\OUTLOOK.EXE"`),
			we("2026-11-29T08:05:10Z", Unknown, "WS-FIN-07.corp.example.com", `"11/29/2026 8:05:10 AM","WS-FIN-07.corp.example.com","MsiInstaller","11707","Contoso Expense Client","Product: Contoso Expense Client -- Installation completed successfully."`),
		},
	},
	{
		name:   "linux-fatrace-t-time-of-day",
		source: "fatrace with `-t` (fanotify events system-wide, each line `HH:MM:SS.uuuuuu comm(pid): TYPES path`, the types a run of R W O C D letters, the time of day from localtime and no date): fatrace(1) (-t, --timestamp; twice for epoch seconds); the line layout from memory",
		why:    "a time of day with microseconds and no date is on the clock's day; `rsyslogd(812)` is a process and pid, the letters after the colon are access types, no level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Unknown, "", "07:41:16.204811 rsyslogd(812): W /var/log/syslog"),
			we("2026-11-29T07:41:16.311042Z", Unknown, "", "07:41:16.311042 nginx(1902): RO /srv/www/shop/index.html"),
			we("2026-11-29T07:41:16.311519Z", Unknown, "", "07:41:16.311519 nginx(1902): C /srv/www/shop/index.html"),
			we("2026-11-29T07:41:17.020377Z", Unknown, "", "07:41:17.020377 logrotate(48811): D /var/log/nginx/access.log.8.gz"),
			we("2026-11-29T07:41:17.118204Z", Unknown, "", "07:41:17.118204 cron(733): RO /etc/crontab"),
		},
	},
	{
		name:   "linux-lvm-lvs-lv-time-offset",
		gap:    "trawl joins every lvs row to the heading above it (the rows' two-space indent is read as a continuation), so no row is a record of its own and the CTime cell `2026-11-29 08:41:16 +0100` is never a row's time",
		source: "LVM2's `lvs -o lv_name,vg_name,lv_attr,lv_size,origin,lv_time` (space-aligned columns under a heading indented by two spaces, CTime in the report's default `%Y-%m-%d %T %z`, local time with its numeric offset, an empty Origin cell for a plain volume): lvs(8) and lvmreport(7) (lv_time, report/time_format in lvm.conf); the column heading from memory",
		why:    "the last cell is the volume's creation time with a +0100 offset; `<40.00g` and the attribute string are no times; a snapshot's origin is a volume name, no host; no level",
		entries: []worldEntry{
			wskip("  LV                 VG     Attr       LSize   Origin CTime                    "),
			we("2026-11-02T09:14:07Z", Unknown, "", "  root               vg_sys -wi-ao---- <40.00g        2026-11-02 10:14:07 +0100"),
			we("2026-11-02T09:14:09Z", Unknown, "", "  var                vg_sys -wi-ao----  60.00g        2026-11-02 10:14:09 +0100"),
			we("2026-11-29T07:41:16Z", Unknown, "", "  var_snap_20261129  vg_sys swi-a-s---   8.00g var    2026-11-29 08:41:16 +0100"),
			we("2026-11-29T07:52:03Z", Unknown, "", "  pgdata             vg_db  -wi-ao---- 500.00g        2026-11-29 08:52:03 +0100"),
		},
	},
	{
		name:   "macos-codesign-dvv-signing-timestamp",
		gap:    "trawl does not join a codesign block: each key=value line from Executable= on is a record of its own, so the block's time on the Timestamp= line (`Nov 29, 2026 at 7:41:16\u202fAM`, CFDateFormatter's medium style with `at` and a narrow no-break space) is not the block's time",
		source: "macOS 15's `codesign -dvv` over a folder of apps (`for a in /Applications/*.app; do codesign -dvv \"$a\"; done 2>&1`: Executable=, Identifier=, Format=, CodeDirectory, Signature size, three Authority= lines, Timestamp= from the secure timestamp in CFDateFormatter's medium style with `at` and a narrow no-break space before AM/PM, Info.plist entries, TeamIdentifier, Runtime Version, Sealed Resources, Internal requirements): from memory",
		why:    "a block of key=value lines from Executable= is one record; Timestamp= is its time (`Nov 29, 2026 at 7:41:16\u202fAM`, no zone); `v=20500`, the flags and the Runtime Version are no times; the team in Authority= is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Executable=/Applications/Ledgerly.app/Contents/MacOS/Ledgerly",
				"Identifier=net.example.ledgerly",
				"Format=app bundle with Mach-O universal (x86_64 arm64)",
				"CodeDirectory v=20500 size=1874 flags=0x10000(runtime) hashes=47+7 location=embedded",
				"Signature size=9032",
				"Authority=Developer ID Application: Example Works Ltd (K7Q2M9X4PD)",
				"Authority=Developer ID Certification Authority",
				"Authority=Apple Root CA",
				"Timestamp=Nov 29, 2026 at 7:41:16\u202fAM",
				"Info.plist entries=34",
				"TeamIdentifier=K7Q2M9X4PD",
				"Runtime Version=15.0.0",
				"Sealed Resources version=2 rules=13 files=1287",
				"Internal requirements count=1 size=208"),
			we("2026-11-28T16:05:52Z", Unknown, "",
				"Executable=/Applications/Notewise.app/Contents/MacOS/Notewise",
				"Identifier=org.example.notewise",
				"Format=app bundle with Mach-O thin (arm64)",
				"CodeDirectory v=20500 size=962 flags=0x10000(runtime) hashes=19+7 location=embedded",
				"Signature size=8987",
				"Authority=Developer ID Application: Notewise Labs GmbH (R3T8B6W2LC)",
				"Authority=Developer ID Certification Authority",
				"Authority=Apple Root CA",
				"Timestamp=Nov 28, 2026 at 4:05:52\u202fPM",
				"Info.plist entries=29",
				"TeamIdentifier=R3T8B6W2LC",
				"Runtime Version=14.5.0",
				"Sealed Resources version=2 rules=13 files=412",
				"Internal requirements count=1 size=204"),
		},
	},
}

func TestFresh433Formats(t *testing.T) { assertTable(t, fresh433Cases) }
func TestFresh433Score(t *testing.T) {
	checkScore(t, "fresh433 formats", fresh433Cases, [worldNumFields]float64{76.1, 57.0, 71.3, 57.0})
}
