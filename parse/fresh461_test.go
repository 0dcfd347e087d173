package parse

import "testing"

// The four-hundred-and-sixty-first fresh table, written on 2026-12-06: storage systems' and backup
// software's logs in files and outputs no earlier table holds. Each family is one product's
// documented or observed output: restic's DEBUG_LOG file (Go's log stamp, then file:line, function
// and goroutine separated by tabs); `borg prune --list` in borg 1.2 (a `Keeping archive (rule:
// daily #1):` or `Pruning archive (n/m):` column before the archive's name and its weekday-led
// time); glusterd.log with the summaries GlusterFS writes for suppressed repeats (`The message
// "…" repeated N times between [t1] and [t2]`); Bareos' audit log (`dd-Mon HH:mm daemon: Console
// [name] from [addr] cmdline …`); the rbd CLI's stderr (librbd's client log lines with Ceph's ISO
// stamp, a thread id and -1, then rbd's own untimed `rbd: …` lines); pyznap under cron (a yearless
// `Mon dd HH:mm:ss` then `INFO:`/`ERROR:`); NetApp Harvest's poller on its console (zerolog's
// console writer: an RFC 3339 time with an offset, INF/WRN/ERR, `file.go:line >`, key=value
// pairs); rustic's --log-file (RFC 3339 with nanoseconds, `[INFO]`); rustic's console (untimed
// `[INFO]` lines and its backup summary).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`restic`, `restic-debug`, `DEBUG_LOG`, `round_tripper`, `debug.go`, `repository.go`,
// `retry_backend`, `main.main`, `borg`, `borg list`, `Keeping archive`, `Pruning archive`,
// `Would prune`, `rule: daily`, `rc 0`, `vorta`, `rclone`, `Transferred:`, `Transferring:`,
// `Checks:`, `rsync`, `main.c(`, `code 23`, `bacula`, `bareos`, `bareos-fd`, `bacula-fd`, `bconsole`,
// `baculum`, `bvfs`, `llist`, `Termination:`, `Console [`, `] cmdline`, `audit acl`, `ceph`,
// `librbd`, `rbd: `, `rbd: error opening`, `rbd-nbd`, `radosgw`, `ceph-volume`, `gluster`,
// `glusterd`, `MSGID`, `MSGID: 106`, `The message "`, `times between`, `repeated 52`,
// `glusterd-handshake`, `Received mount request`, `statedump`, `DUMP-START`, `glusterfind`,
// `heketi`, `minio`, `DeploymentID`, `API: SYSTEM`, `mc admin logs`, `zpool`, `zfs `, `openzfs`,
// `zed`, `iostat -T`, `sanoid`, `syncoid`, `zrepl`, `zettarepl`, `znapzend`, `pyznap`, `pyznap_`,
// `INFO: Taking snapshot`, `INFO: Starting pyznap`, `zfs-autobackup`, `zfs_autobackup`, `httm`,
// `truenas`, `netapp`, `ontap`, `harvest`, `Poller=`, `poller.go`, `collector.go`,
// `best-fit template`, `veeam`, `Veeam.Archiver`, `<01> Info`, `kasten`, `k10`, `duplicati`,
// `Backup started at`, `duplicacy`, `kopia`, `rustic`, `[INFO] using config`,
// `password is correct`, `backrest`, `autorestic`, `urbackup`, `proxmox-backup`, `amanda`,
// `duplicity`, `rdiff`, `tarsnap`, `timeshift`, `rsnapshot`, `snapcenter`, `commvault`,
// `networker`, `dsmc`, `ANS1`, `juicefs`, `beegfs`, `lustre`, `mmfs`, `seaweedfs`, `moosefs`,
// `lizardfs`, `longhorn`, `drbd`). restic is in fresh46, fresh73, fresh74 and fresh247 (--json,
// -v, rest-server, resticprofile); its DEBUG_LOG file is in none. borg is in fresh46, fresh73 and
// fresh247 (--log-json, create --list, borgmatic); prune's --list lines are in none. GlusterFS's
// glusterd, brick, fuse, shd, eventsd and geo-rep logs are in fresh39, fresh46, fresh73, fresh153
// and others; the suppressed-repeat summary lines are in none. Bareos' director log, traces and
// joblog are in fresh46, fresh73 and fresh408; its audit log is in none. Ceph's daemons, cluster
// log, rbd-mirror and ceph-csi are in many tables (fresh11 to fresh445); the rbd CLI's own stderr
// is in none. ZFS and its snapshot tools (zfs-auto-snapshot, sanoid, syncoid, zrepl, znapzend,
// zettarepl) are in fresh46, fresh73, fresh153 and others; pyznap is in none. NetApp's ONTAP EMS,
// audit, 7-Mode, StorageGRID and Trident are in fresh8, fresh46, fresh153, fresh254 and others;
// Harvest is in none. rustic is in none. Left out as measured already: rclone (text, JSON, syslog,
// its stats block), rsync (client and daemon logs, --out-format, its errors), MinIO (JSON, audit,
// mc admin trace, the console error block), TrueNAS (middlewared, zettarepl, alert.list), Veeam
// (veeamsvc.log, Svc.VeeamBackup.log, session log, syslog), Duplicati (--log-file) and Duplicacy;
// Veeam Kasten and zfs-autobackup were left out because no search confirmed their layouts. The table
// holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). restic's debug stamp, pyznap's `Nov 29 07:41:16` (no year: 2026) and
// Bareos' `29-Nov 07:41` (no year, no seconds) have no zone and are taken as UTC; Harvest's
// +01:00 is converted; rustic's log file writes Z. A summary of GlusterFS's suppressed repeats
// carries the first and the last time of the repeats, either accepted; borg prune's weekday-led
// time is the archive's, not the time the line was written, so those lines have no time of their
// own, like an archive name's date, pyznap's snapshot names, Harvest's zBegin epoch and build date,
// and rustic's snapshot ids. The rbd CLI's `rbd: …` lines and rustic's console carry no time.
// Levels only where the line marks one: Ceph's -1 (error), pyznap's INFO:/WARNING:/ERROR:,
// Harvest's INF/WRN/ERR, rustic's [INFO]/[WARN]/[ERROR], GlusterFS's letter (in a summary, the
// letter of the message it repeats); restic's debug file, borg's prune list, Bareos' audit log
// and rbd's own lines have none, and `failed`, `error` or `rc 0` inside a message are no levels.
// The host is the record's host field: Harvest's `hostname=` in the poller's Init line (the
// machine the poller runs on); a poller name (`Poller=`), a Bareos daemon's resource name
// (`bareos-dir:`), a console's client address, a GlusterFS peer named in a message, a repository
// or REST server address and the host in an archive's name are not hosts. Every line here is a
// record of its own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit be85645 before any rule for it: level 87.0 %, time 77.5 %, host 85.2 %, records 79.6 %.
// That is the macro figure (micro: level 88.9 %, time 79.4 %, host 87.3 %, records 82.5 %), in a
// worktree at be85645 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 9 families fully right (restic's debug file, Bareos' audit log, pyznap, rustic's log file and its
// console); the gaps are borg prune's archive times taken as the line's, GlusterFS's repeat
// summaries joined to the record before them, the rbd CLI's untimed lines joined to librbd's
// stamped line, and the hostname= of Harvest's Init line.

var fresh461Cases = []worldCase{
	{
		name:   "restic-debug-log-file",
		source: "restic with `DEBUG_LOG=/tmp/restic-debug.log` (internal/debug/debug.go: a log.Logger with log.LstdFlags, `yyyy/MM/dd HH:mm:ss ` then `dir/file.go:line\\tfunction\\tgoroutine\\tmessage`): restic/restic internal/debug/debug.go and the developer docs' 'Debug Logs'",
		why:    "Go's slashed stamp with no zone; tab-separated position, function and goroutine number (no level); a REST server's URL and address in a message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 main/main.go:98\tmain.main\t1\tmain []string{\"restic\", \"backup\", \"--one-file-system\", \"/srv/www\"}"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 main/main.go:99\tmain.main\t1\trestic 0.17.3 compiled with go1.23.3 on linux/amd64"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 repository/repository.go:614\trepository.(*Repository).LoadIndex\t1\tLoading index"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026/11/29 07:41:19 archiver/archiver.go:402\tarchiver.(*Archiver).save\t61\t/srv/www/shop/index.html target \"/srv/www/shop/index.html\", previous <nil>"),
			we("2026-11-29T07:41:21Z", Unknown, "", "2026/11/29 07:41:21 rest/rest.go:147\trest.(*Backend).Save\t88\tSave <data/7c2e41a9b3>"),
			we("2026-11-29T07:41:24Z", Unknown, "", "2026/11/29 07:41:24 retry/backend_retry.go:71\tretry.(*Backend).retry.func1\t88\tSave(<data/7c2e41a9b3>) returned error, retrying after 1.274s: Post \"https://rest.backup.example.net:8000/web01/data/7c2e41a9b3\": dial tcp 10.20.0.9:8000: connect: connection refused"),
		},
	},
	{
		name:   "borg-prune-list-rules",
		gap:    "trawl takes the archive's weekday-led creation time (`Sun, 2026-11-29 03:00:04`) after the archive name in a `Keeping archive (rule: …):`/`Pruning archive (n/m):` line as the record's time; the line has no time of its own",
		source: "borg 1.2 `borg prune --list --show-rc` on a terminal or in cron mail (`Keeping archive (rule: daily #1):` or `Pruning archive (n/m):` padded to a column, the archive name padded to 36, `Www, yyyy-MM-dd HH:mm:ss [id]`, then `terminating with success status, rc 0`): borgbackup/borg PR #3235, enzingerm/snapborg PR #23, YunoHost-Apps/borg_ynh PR #250, borgbackup/borg issue #3393 (the older `Pruning archive:` form)",
		why:    "the weekday-led time is the archive's creation, not the line's, and the archive name holds another date: no record's time; no level, no host; `rc 0` is no level",
		entries: []worldEntry{
			we("", Unknown, "", "Keeping archive (rule: daily #1):        web01-2026-11-29T03:00:02            Sun, 2026-11-29 03:00:04 [3b8e41c07d2a95f6e1c4b07a9d3e5f2816ab0c4d7e9f1a2b3c5d6e7f8091a2b3]"),
			we("", Unknown, "", "Keeping archive (rule: daily #2):        web01-2026-11-28T03:00:01            Sat, 2026-11-28 03:00:03 [a17c09e5b3d2f4816e0b9c7d5a3f1e2d4c6b8a0917e5d3c1b2a4f6e8d0c9b7a5]"),
			we("", Unknown, "", "Pruning archive (1/3):                   web01-2026-11-21T03:00:02            Sat, 2026-11-21 03:00:05 [5e2d8c1f0a9b7e3d6c4f2a1b0e9d8c7f6a5b4e3d2c1f0a9b8e7d6c5f4a3b2e1d]"),
			we("", Unknown, "", "Keeping archive (rule: weekly #1):       web01-2026-11-22T03:00:01            Sun, 2026-11-22 03:00:03 [0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0]"),
			we("", Unknown, "", "Pruning archive (2/3):                   web01-2026-11-15T03:00:02            Sun, 2026-11-15 03:00:04 [c4b3a2918070f6e5d4c3b2a1908f7e6d5c4b3a2918070f6e5d4c3b2a1908f7e6]"),
			we("", Unknown, "", "Pruning archive (3/3):                   web01-2026-11-08T03:00:01            Sun, 2026-11-08 03:00:06 [9d8c7b6a5f4e3d2c1b0a99887766554433221100ffeeddccbbaa998877665544]"),
			we("", Unknown, "", "terminating with success status, rc 0"),
		},
	},
	{
		name:   "glusterd-log-repeated-message-summary",
		gap:    "trawl joins GlusterFS's suppressed-repeat summary (`The message \"L [MSGID: n] …\" repeated N times between [t1] and [t2]`) to the stamped record before it, so the summary is no record of its own and its quoted level letter and bracketed times are not read",
		source: "GlusterFS 9-11 glusterd.log with its log-flush summaries (`[yyyy-MM-dd HH:mm:ss.uuuuuu +0000] L [MSGID: n] [file.c:line:func] 0-xlator: msg`, and for suppressed repeats `The message \"L [MSGID: n] [file.c:line:func] 0-xlator: msg\" repeated N times between [t1] and [t2]`): gluster/glusterfs issues #2513 (a summary line) and #3170; the Staging-failed message from memory",
		why:    "a summary line starts with prose, its level letter inside the quoted message and two bracketed times at its end; the peer in a Staging message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", "[2026-11-29 07:41:16.204118 +0000] I [MSGID: 106496] [glusterd-handshake.c:969:__server_getspec] 0-management: Received mount request for volume gv-media"),
			we("2026-11-29T07:41:16.204118Z|2026-11-29T07:42:14.87123Z", Info, "", `The message "I [MSGID: 106496] [glusterd-handshake.c:969:__server_getspec] 0-management: Received mount request for volume gv-media" repeated 38 times between [2026-11-29 07:41:16.204118 +0000] and [2026-11-29 07:42:14.871230 +0000]`),
			we("2026-11-29T07:42:15.002781Z", Warn, "", "[2026-11-29 07:42:15.002781 +0000] W [MSGID: 106061] [glusterd-handler.c:3488:glusterd_transport_inet_options_build] 0-glusterd: Failed to get tcp-user-timeout"),
			we("2026-11-29T07:42:15.002781Z|2026-11-29T07:42:27.419006Z", Warn, "", `The message "W [MSGID: 106061] [glusterd-handler.c:3488:glusterd_transport_inet_options_build] 0-glusterd: Failed to get tcp-user-timeout" repeated 4 times between [2026-11-29 07:42:15.002781 +0000] and [2026-11-29 07:42:27.419006 +0000]`),
			we("2026-11-29T07:43:01.37741Z", Error, "", "[2026-11-29 07:43:01.377410 +0000] E [MSGID: 106152] [glusterd-syncop.c:104:gd_collate_errors] 0-glusterd: Staging failed on gfs-node-03. Please check log file for details."),
			we("2026-11-29T07:43:01.37741Z|2026-11-29T07:44:02.510733Z", Error, "", `The message "E [MSGID: 106152] [glusterd-syncop.c:104:gd_collate_errors] 0-glusterd: Staging failed on gfs-node-03. Please check log file for details." repeated 2 times between [2026-11-29 07:43:01.377410 +0000] and [2026-11-29 07:44:02.510733 +0000]`),
		},
	},
	{
		name:   "bareos-audit-log",
		source: "Bareos' director audit log (/var/log/bareos/bareos-audit.log, the Messages resource's `Audit Log`: `dd-Mon HH:mm daemon: Console [name] from [addr] cmdline command`, and `Console [name] from [addr], Audit acl failure acl item`): bareos/bareos issue #2751 (the file) and PR #493, core/src/dird/ua_audit.cc (LogAuditEventCmdline); the acl line's words from memory",
		why:    "a day-month date with no year and no seconds; `bareos-dir:` is the director's resource name, not a host; the console's address in brackets is a client; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "", "29-Nov 07:41 bareos-dir: Console [admin] from [10.20.4.17] cmdline status director"),
			we("2026-11-29T07:41:00Z", Unknown, "", "29-Nov 07:41 bareos-dir: Console [admin] from [10.20.4.17] cmdline list jobs jobstatus=R"),
			we("2026-11-29T07:42:00Z", Unknown, "", "29-Nov 07:42 bareos-dir: Console [default] from [unknown] cmdline update stats days=3"),
			we("2026-11-29T07:43:00Z", Unknown, "", "29-Nov 07:43 bareos-dir: Console [operator] from [::1] cmdline run job=NightlyWeb level=Incremental yes"),
			we("2026-11-29T07:43:00Z", Unknown, "", "29-Nov 07:43 bareos-dir: Console [operator] from [::1], Audit acl failure Job ACL BackupCatalog"),
			we("2026-11-29T07:44:00Z", Unknown, "", "29-Nov 07:44 bareos-dir: Console [admin] from [10.20.4.17] cmdline .bvfs_update jobid=4412"),
		},
	},
	{
		name:   "ceph-rbd-cli-stderr",
		gap:    "trawl joins the rbd CLI's untimed `rbd: …` lines (and its `In some cases useful info is found in syslog` hint) to the librbd line with Ceph's stamp above them, as if they were its continuation",
		source: "the rbd CLI's stderr on a Ceph 17-19 client (librbd's client log lines `yyyy-MM-ddTHH:mm:ss.SSS+0000 thread -1 librbd::Class: msg`, then rbd's own `rbd: error opening image …`, `rbd: sysfs write failed`, `In some cases useful info is found in syslog - try \"dmesg | tail\".`, `rbd: map failed: …`): ceph/ceph-container issue #411 (a `-1 librbd:` line above `rbd: create error:`), ceph/ceph PRs #8944 and #11778 (the map hint and the open error), ceph/ceph-csi issue #2397; the ISO stamp on a client from memory",
		why:    "Ceph's stamp with +0000, a hex thread id and -1 (error) before librbd's class; rbd's own lines have no time and no level and are records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Error, "", "2026-11-29T07:41:16.412+0000 7f3c9e5fd640 -1 librbd::image::OpenRequest: failed to retrieve image id: (2) No such file or directory"),
			we("2026-11-29T07:41:16.413Z", Error, "", "2026-11-29T07:41:16.413+0000 7f3c9cdfa640 -1 librbd::ImageState: 0x55f1d2a3c8e0 failed to open image: (2) No such file or directory"),
			we("", Unknown, "", "rbd: error opening image vm-104-disk-0: (2) No such file or directory"),
			we("", Unknown, "", "rbd: sysfs write failed"),
			we("", Unknown, "", `In some cases useful info is found in syslog - try "dmesg | tail".`),
			we("", Unknown, "", "rbd: map failed: (6) No such device or address"),
		},
	},
	{
		name:   "pyznap-cron-output",
		source: "pyznap 1.6 run from cron (`pyznap snap` and `pyznap send`, its logger printing `Mon dd HH:mm:ss LEVEL: msg` with the local time and no year): yboetz/pyznap issues #42, #66, #81 and #85 (users pasting its output), pyznap's take.py (`strftime('%b %d %H:%M:%S')`); the WARNING line from memory",
		why:    "a yearless BSD-like stamp followed by `INFO:` where a syslog host would stand; snapshot names carry their own dates; the ssh target is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 INFO: Starting pyznap..."),
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 INFO: Taking snapshots..."),
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 INFO: Taking snapshot tank/vm/db01@pyznap_2026-11-29_07:41:16_hourly..."),
			we("2026-11-29T07:41:17Z", Info, "", "Nov 29 07:41:17 INFO: Deleting snapshot tank/vm/db01@pyznap_2026-11-28_06:00:01_hourly..."),
			we("2026-11-29T07:41:18Z", Warn, "", "Nov 29 07:41:18 WARNING: Dataset tank/scratch does not exist..."),
			we("2026-11-29T07:41:25Z", Info, "", "Nov 29 07:41:25 INFO: Updating backup@nas02.example.lan:pool2/vm/db01 with recent snapshot tank/vm/db01@pyznap_2026-11-29_07:41:16_hourly (~412.7M)..."),
			we("2026-11-29T07:41:31Z", Error, "", "Nov 29 07:41:31 ERROR: No common snapshots on backup@nas02.example.lan:pool2/vm/mail, but snapshots exist. Not sending..."),
			we("2026-11-29T07:41:31Z", Info, "", "Nov 29 07:41:31 INFO: Finished successfully..."),
		},
	},
	{
		name:   "netapp-harvest-poller-console",
		gap:    "trawl reads the zerolog console line's time and INF/WRN/ERR but not the `hostname=` pair of Harvest's Init line as the record's host",
		source: "NetApp Harvest 24-25's poller in the foreground (`bin/poller --poller NAME`; zerolog's console writer: `RFC 3339±hh:mm LVL dir/file.go:line > msg key=value …`, levels TRC DBG INF WRN ERR FTL): NetApp/harvest PRs #1254, #2490, #2493 and #2932, issue #1425; the WRN line from memory",
		why:    "an RFC 3339 time with +01:00; a three-letter level; `Poller=` names the cluster being polled, not a host; `hostname=` in the Init line is the poller's machine; a build date and zBegin epoch are no times of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "harvest-vm-02", `2026-11-29T08:41:16+01:00 INF poller/poller.go:221 > Init Poller=ontap-a1 asup=false confPath=conf config=harvest.yml configPath=harvest.yml daemon=false debug=false homePath=/opt/harvest hostname=harvest-vm-02 logLevel=info logPath=/var/log/harvest/ profiling=0 promPort=12990 version="harvest version 25.08.1-1 (commit 4e1c2a9b) (build date 2025-08-12T10:21:33+0000) linux/amd64"`),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+01:00 INF poller/poller.go:245 > started in foreground Poller=ontap-a1 pid=2231"),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29T08:41:18+01:00 INF collector/helpers.go:96 > best-fit template Poller=ontap-a1 collector=ZapiPerf:Volume jitter=none path=conf/zapiperf/cdot/9.8.0/volume.yaml v=9.15.1"),
			we("2026-11-29T07:41:20Z", Info, "", "2026-11-29T08:41:20+01:00 INF collector/collector.go:593 > Collected Poller=ontap-a1 apiMs=1402 bytesRx=211873 collector=ZapiPerf:Volume metrics=28 numCalls=1 pollMs=1403 task=counter zBegin=1795938078598"),
			we("2026-11-29T07:41:48Z", Warn, "", `2026-11-29T08:41:48+01:00 WRN collector/collector.go:452 > target unreachable, entering standby mode (retry in 60s) Poller=ontap-a1 collector=RestPerf:Volume error="Get \"https://10.30.1.20/api/cluster\": dial tcp 10.30.1.20:443: i/o timeout"`),
			we("2026-11-29T07:42:03Z", Error, "", `2026-11-29T08:42:03+01:00 ERR collector/collector.go:397 > plugin [Qtree]:  error="no instances => no api/storage/quota/reports instances on cluster" Poller=ontap-a1 collector=Rest:Qtree`),
		},
	},
	{
		name:   "rustic-log-file-rfc3339",
		source: "rustic 0.7-0.10 with `--log-file` (or `log-file` in rustic.toml): `RFC 3339 UTC with nanoseconds [LEVEL] msg`, levels INFO WARN ERROR: rustic-rs/rustic PR #1133 (RFC 3339 in log files), issues #1396 and #1080 (the file's lines); the WARN and ERROR messages from memory",
		why:    "RFC 3339 with nine fractional digits and Z; the level in brackets after it; a snapshot id and the repository's address are no time and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.148194729Z", Info, "", "2026-11-29T07:41:16.148194729Z [INFO] using config /etc/rustic/rustic.toml"),
			we("2026-11-29T07:41:17.002311407Z", Info, "", "2026-11-29T07:41:17.002311407Z [INFO] repository opendal:s3: password is correct."),
			we("2026-11-29T07:41:17.410882016Z", Info, "", "2026-11-29T07:41:17.410882016Z [INFO] using cache at /var/cache/rustic/4f8a1c2e9d7b3a60e5c1d2f4b6a8e0c3d5f7a9b1c3e5d7f9a1b3c5e7d9f1a3b5"),
			we("2026-11-29T07:41:18.095530122Z", Info, "", "2026-11-29T07:41:18.095530122Z [INFO] using parent 5f7ed4ce"),
			we("2026-11-29T07:41:18.096012884Z", Info, "", `2026-11-29T07:41:18.096012884Z [INFO] starting to backup "/srv/mail"...`),
			we("2026-11-29T07:41:39.771204518Z", Warn, "", `2026-11-29T07:41:39.771204518Z [WARN] error reading "/srv/mail/queue/.lock": Permission denied (os error 13)`),
			we("2026-11-29T07:42:05.318847220Z", Info, "", `2026-11-29T07:42:05.318847220Z [INFO] backup of "/srv/mail" done.`),
			we("2026-11-29T07:42:06.004519733Z", Error, "", "2026-11-29T07:42:06.004519733Z [ERROR] error: lock file is already held by another process"),
		},
	},
	{
		name:   "rustic-console-untimed",
		source: "rustic's console when its output is captured (`rustic backup … 2>&1 | tee`, no progress bars off a terminal): `[LEVEL] msg` lines with no time, then the backup summary on stdout (Files:, Dirs:, Added to the repo:, processed …, snapshot … successfully saved.): rustic-rs/rustic issues #1080, #1396 and #1454",
		why:    "a bracketed level with no time; the summary's lines have neither and are records of their own; the repository's path is no host",
		entries: []worldEntry{
			we("", Info, "", "[INFO] using config /home/kim/.config/rustic/rustic.toml"),
			we("", Info, "", "[INFO] repository local:/mnt/usb-backup/rustic: password is correct."),
			we("", Info, "", "[INFO] using parent 96a8a7c1"),
			we("", Warn, "", `[WARN] error reading "/home/kim/.cache/kwallet/socket": Operation not supported (os error 95)`),
			we("", Unknown, "", "Files:       12 new, 3 changed, 4410 unchanged"),
			we("", Unknown, "", "Dirs:        0 new, 2 changed, 611 unchanged"),
			we("", Unknown, "", "Added to the repo: 41.2 MiB (raw: 118.9 MiB)"),
			we("", Unknown, "", "processed 4425 files, 2.3 GiB"),
			we("", Unknown, "", "snapshot 4c1e9a2b successfully saved."),
			we("", Info, "", `[INFO] backup of "/home/kim" done.`),
		},
	},
}

func TestFresh461Formats(t *testing.T) { assertTable(t, fresh461Cases) }
func TestFresh461Score(t *testing.T) {
	checkScore(t, "fresh461 formats", fresh461Cases, [worldNumFields]float64{86.9, 77.4, 85.1, 79.5})
}
