package parse

import "testing"

// The three-hundred-and-ninety-first fresh table, written on 2026-11-29: storage systems' logs, in
// the files, outputs and settings no earlier table holds. Each family is one product's documented or
// observed output: the GlusterFS fuse client's mount log with the volfile graph it dumps at mount
// (`Final graph:` between two ruled lines, numbered volume lines); Ceph's ceph-crash agent in the
// journal (Python's default `LEVEL:ceph-crash:msg` behind the syslog header, a crash id with its
// own time in the message); OpenZFS' arcstat run with an interval (a header line, then rows whose
// only time is the time of day); MinIO's `mc watch` (the event time in brackets, a padded size,
// the S3 event type and the object's URL); LVM2's `vgcfgrestore --list` (an indented block an
// archive, its time in Backup Time); SPDK's iscsi_tgt application log (a bracketed zone-less time
// with microseconds, `file.c:line:func: *LEVEL*:`); Samba's log.smbd around a panic
// (smb_panic_log's ruled lines, the PANIC line and log_stack_trace's BACKTRACE frames, each under
// its debug header); mdadm's mdcheck run by mdcheck_continue.service with the md driver's lines in
// Debian 12's /var/log/syslog (rsyslog's RFC 3339 file format with a local offset, logger's tag
// root).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`ceph`, `ceph-crash`, `ceph-crash:`, `pinging cluster`, `[dashboard`, `audit [`,
// `cluster [`, `ceph_volume`, `op-osd`, `dump_historic`, `rbd-nbd`, `cephfs-mirror`,
// `glusterfs`, `glusterd`, `gluster volume`, `MSGID`, `Final graph`, `fuse-bridge`,
// `glusterfs:`, `mnt-`, `zed`, `zpool`, `zpool events`, `zpool history`, `zpool iostat`,
// `sysevent.fs.zfs`, `dbgmsg`, `arcstat`, `arc_summary`, `spa_load`, `zfs send`, `zrepl`,
// `sanoid`, `syncoid`, `minio`, `mc admin`, `mc admin trace`, `mc watch`, `ObjectCreated`,
// `DeploymentID`, `truenas`, `middlewared`, `audit.query`, `drbd`, `drbdsetup`, `events2`,
// `peer-device`, `LINSTOR`, `lvm`, `lvcreate`, `dmeventd`, `lvmpolld`, `lvmlockd`, `pvscan`,
// `vgcfgrestore`, `Backup Time`, `creation_host`, `mdadm`, `mdadm:`, `DegradedArray`,
// `mdcheck`, `data-check`, `raid-check`, `mismatch_cnt`, `multipath`, `multipathd`, `iscsi`, `iscsid`,
// `targetcli`, `tgtd`, `LIO`, `istgt`, `ctld[`, `spdk`, `spdk_app`, `iscsi_tgt`, `app.c:`,
// `*NOTICE*`, `*ERROR*`, `nfsd`, `rpc.mountd`, `ganesha`, `ganesha.nfsd`, `nfsdcld`,
// `exportfs`, `samba`, `smbd`, `log.smbd`, `smb_panic`, `fault.c`, `INTERNAL ERROR: Signal`,
// `BACKTRACE`, `winbind`, `ctdb`, `btrbk`, `snapper`, `tw_cli`, `storcli`, `juicefs`,
// `xrootd`, `irods`, `mmfs`). Ceph is in many tables (fresh6, fresh46, fresh65, fresh73,
// fresh222, fresh332 and others: daemons, crash ls and info, the cluster and audit logs, the
// dashboard's request lines); the ceph-crash agent's own log is in none. GlusterFS is in fresh_,
// fresh46, fresh73 and fresh153 (brick, glustershd, gsyncd, eventsd, cmd_history); the fuse
// client's graph dump is in none. ZFS's zed, zpool events and history, dbgmsg, zfs send and
// sanoid are in fresh2, fresh46, fresh153, fresh250 and fresh254; arcstat is in none. MinIO is in
// fresh46, fresh153 and others (server JSON, audit, mc admin trace); mc watch is in none. LVM2 is
// in fresh22 and fresh153 (dmeventd, -vvvv); the archive listing is in none. iSCSI targets are in
// fresh46, fresh153 and fresh273 (LIO, tgtd, target restore) and SPDK in fresh332 only as the
// Ceph NVMe-oF gateway's subsystem name; SPDK's own application log is in none. Samba is in many
// tables (log.smbd, winbindd, nmbd, JSON audit, full_audit); the panic and its backtrace are in
// none. mdadm is in fresh18, fresh46, fresh179 and fresh254 (the monitor's syslog, stdout and
// mail); mdcheck is in none. Left out as measured already: DRBD and LINSTOR (fresh30, fresh46,
// fresh153, fresh298), multipathd (fresh21, fresh46, fresh153), NFS-Ganesha (fresh5,
// fresh273), the kernel NFS server and rpc.mountd (fresh46, fresh73), TrueNAS (fresh145, fresh254,
// fresh273), snapper (fresh30), tw_cli (fresh105). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The Gluster client's `[yyyy-MM-dd HH:mm:ss.uuuuuu +0000]` carries its
// offset; the graph dump between the ruled lines has no time. The journal's BSD date has no year
// (2026), and the crash id's time in ceph-crash's message is the crash's, not the record's.
// arcstat's rows carry a time of day only, so they are on the clock's day. mc watch's bracketed
// time is the event's, in UTC with milliseconds. vgcfgrestore's Backup Time is ctime() with no
// zone, taken as UTC; the archive file's `-1473620182` is rand(), no time. SPDK's and Samba's
// bracketed times have no zone and are taken as UTC. rsyslog's file format carries a +01:00 offset,
// converted; the kernel's printk seconds inside are no clock. Levels only where the line marks one:
// the Gluster letter after the time (I W E), Python's level before `:ceph-crash:`, SPDK's
// `*NOTICE*` and `*ERROR*`, Samba's debug level after the comma (0 is Error, as in the earlier
// Samba families); arcstat, mc watch, the archive listing and rsyslog's file format mark none. The
// host is the record's host field: the journal header's and rsyslog's host names only; Gluster's
// remote-host, the client addresses in SPDK's login line and Samba's panic line, and the MinIO
// endpoint in mc watch's URL are no hosts. A record that spans lines is one entry: Gluster's graph
// dump from `Final graph:` to its closing rule, an archive's block, each Samba header with its
// indented lines (BACKTRACE's frames too).
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7016e33 before any rule for it: level 81.0 %, time 85.7 %, host 89.9 %, records 83.9 %.
// That is the macro figure (micro: level 81.4 %, time 90.7 %, host 93.0 %, records 88.4 %), in a
// worktree at 7016e33 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are the Gluster client's graph dump, LVM2's archive listing and
// the level of SPDK's lines.

var fresh391Cases = []worldCase{
	{
		name:   "gluster-fuse-client-final-graph-dump",
		gap:    "trawl joins the untimed graph dump (`Final graph:`, its two ruled lines and the numbered `  N: volume …`/`option …`/`end-volume` lines) to the timed notify line before it, so the dump is no record of its own with no time",
		source: "the GlusterFS 10/11 fuse client's mount log /var/log/glusterfs/<mountpoint>.log (`[yyyy-MM-dd HH:mm:ss.uuuuuu +0000] L [MSGID: n] [file.c:line:func] 0-xlator: msg`, then at mount the volfile graph: `Final graph:`, a ruled line, numbered `  N: volume …`/`option …`/`end-volume` lines, a closing ruled line): gluster/glusterfs issues #3983, #2072, #766 and #2722 (mount logs with the graph), #4308 (the +0000 offset)",
		why:    "a bracketed time with microseconds and an offset, one level letter after it; the graph dump is written with no header, so it is one record with no time and no level; the numbered lines and remote-host are no times and no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Info, "", "[2026-11-29 07:41:16.204811 +0000] I [MSGID: 114020] [client.c:2344:notify] 0-gv0-client-0: parent translators are ready, attempting connect on transport [] "),
			we("2026-11-29T07:41:16.205027Z", Info, "", "[2026-11-29 07:41:16.205027 +0000] I [MSGID: 114020] [client.c:2344:notify] 0-gv0-client-1: parent translators are ready, attempting connect on transport [] "),
			we("", Unknown, "",
				"Final graph:",
				"+------------------------------------------------------------------------------+",
				"  1: volume gv0-client-0",
				"  2:     type protocol/client",
				"  3:     option ping-timeout 42",
				"  4:     option remote-host stor-a.lab.internal",
				"  5:     option remote-subvolume /bricks/b1/gv0",
				"  6:     option transport-type socket",
				"  7: end-volume",
				"  8:  ",
				"  9: volume gv0-client-1",
				" 10:     type protocol/client",
				" 11:     option ping-timeout 42",
				" 12:     option remote-host stor-b.lab.internal",
				" 13:     option remote-subvolume /bricks/b1/gv0",
				" 14:     option transport-type socket",
				" 15: end-volume",
				" 16:  ",
				" 17: volume gv0-replicate-0",
				" 18:     type cluster/replicate",
				" 19:     option afr-pending-xattr gv0-client-0,gv0-client-1",
				" 20:     subvolumes gv0-client-0 gv0-client-1",
				" 21: end-volume",
				" 22:  ",
				"+------------------------------------------------------------------------------+"),
			we("2026-11-29T07:41:16.209913Z", Info, "", "[2026-11-29 07:41:16.209913 +0000] I [rpc-clnt.c:1975:rpc_clnt_reconfig] 0-gv0-client-0: changing port to 49153 (from 0)"),
			we("2026-11-29T07:41:16.213338Z", Info, "", "[2026-11-29 07:41:16.213338 +0000] I [fuse-bridge.c:5298:fuse_init] 0-glusterfs-fuse: FUSE inited with protocol versions: glusterfs 7.24 kernel 7.38"),
			we("2026-11-29T07:41:16.215049Z", Warn, "", "[2026-11-29 07:41:16.215049 +0000] W [MSGID: 108027] [afr-common.c:2889:afr_attempt_readsubvol_set] 0-gv0-replicate-0: no read subvols for /media"),
			we("2026-11-29T07:41:16.215113Z", Error, "", "[2026-11-29 07:41:16.215113 +0000] E [MSGID: 114058] [client-handshake.c:1201:client_query_portmap_cbk] 0-gv0-client-1: failed to get the port number for remote subvolume. Please run 'gluster volume status' on server to see if brick process is running []"),
		},
	},
	{
		name:   "ceph-crash-agent-journal-python-default",
		source: "Ceph's ceph-crash agent (src/ceph-crash.in: `logging.basicConfig(level=logging.INFO)` and `logging.getLogger('ceph-crash')`, so Python's default `LEVEL:ceph-crash:msg`) under systemd read with journalctl: ceph/ceph src/ceph-crash.in, ceph/ceph PR #48808 (the ping at start-up), doc/mgr/crash.rst (the crash dir and the auth names); the message wording from memory",
		why:    "the journal's yearless time and host; Python's level word before `:ceph-crash:`; the crash id's own time in the message is the crash's, not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "stor-01", "Nov 29 07:41:16 stor-01 ceph-crash[1822]: INFO:ceph-crash:pinging cluster to exercise our key"),
			we("2026-11-29T07:41:17Z", Info, "stor-01", "Nov 29 07:41:17 stor-01 ceph-crash[1822]: INFO:ceph-crash:monitoring path /var/lib/ceph/crash, delay 600s"),
			we("2026-11-29T07:51:17Z", Warn, "stor-01", "Nov 29 07:51:17 stor-01 ceph-crash[1822]: WARNING:ceph-crash:post /var/lib/ceph/crash/2026-11-28T22:10:04.118233Z_6f1d2c4e-8a3b-4e71-9c05-d2b8e41a7f30 as client.crash.stor-01 failed: (None, b'', b'[errno 13] RADOS permission denied (error connecting to the cluster)')"),
			we("2026-11-29T08:01:18Z", Info, "stor-01", "Nov 29 08:01:18 stor-01 ceph-crash[1822]: INFO:ceph-crash:post /var/lib/ceph/crash/2026-11-28T22:10:04.118233Z_6f1d2c4e-8a3b-4e71-9c05-d2b8e41a7f30 as client.crash succeeded"),
		},
	},
	{
		name:   "zfs-arcstat-interval-rows",
		source: "OpenZFS' arcstat run with an interval (`arcstat 1`: a header line of right-aligned column names, then one row a second whose first column is `HH:MM:SS`; sizes with K/M/G suffixes, avail may be negative): openzfs/zfs issues #4738, #7922 and #3939 (interval output), PR #10494 (the size and avail columns, a negative avail)",
		why:    "the header carries nothing; each row's only time is a time of day, on the clock's day; counts, percentages and sizes are no times; no level, no host",
		entries: []worldEntry{
			wskip("    time  read  miss  miss%  dmis  dm%  pmis  pm%  mmis  mm%  size     c  avail"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16  1.4K    62      4    58    4     4   21    41    3   58G   64G   7.1G"),
			we("2026-11-29T07:41:17Z", Unknown, "", "07:41:17  2.9K   410     14   402   14     8   40   377   13   58G   64G   6.9G"),
			we("2026-11-29T07:41:18Z", Unknown, "", "07:41:18   988    12      1    12    1     0    0    12    1   59G   64G  -212M"),
			we("2026-11-29T07:41:19Z", Unknown, "", "07:41:19   31K  3.1K      9  3.0K    9    81   38  2.7K    8   59G   64G  -340M"),
		},
	},
	{
		name:   "minio-mc-watch-events",
		source: "MinIO's client `mc watch alias/bucket --recursive` (watchMessage.String: `[%s] ` with the event time, `%6s ` with humanize.IBytes of the size for s3:ObjectCreated:* and blanks otherwise, the event type, the object's URL): minio/mc cmd/watch-main.go, minio/mc issue #2073",
		why:    "the event's time in brackets, UTC with milliseconds; the size is padded or absent; the endpoint's name in the URL is no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[2026-11-29T07:41:16.204Z] 1.2 MiB s3:ObjectCreated:Put https://s3.lab.internal:9000/photos/2026/11/img_4471.jpg"),
			we("2026-11-29T07:41:18.55Z", Unknown, "", "[2026-11-29T07:41:18.550Z]        s3:ObjectAccessed:Get https://s3.lab.internal:9000/photos/2026/11/img_4471.jpg"),
			we("2026-11-29T07:41:21.013Z", Unknown, "", "[2026-11-29T07:41:21.013Z]        s3:ObjectRemoved:Delete https://s3.lab.internal:9000/photos/2026/11/img_4468.jpg"),
			we("2026-11-29T07:42:03.771Z", Unknown, "", "[2026-11-29T07:42:03.771Z]  483 B s3:ObjectCreated:CompleteMultipartUpload https://s3.lab.internal:9000/backups/db/2026-11-29.tar.zst"),
		},
	},
	{
		name:   "lvm2-vgcfgrestore-list-archives",
		gap:    "trawl makes the whole listing one record from the first `  File:` line: the spaces line and the blank line between archive blocks do not end a block, and the `  Backup Time:\tSat Nov 28 22:04:51 2026` ctime under a label is not read as the block's time",
		source: "LVM2's `vgcfgrestore --list vg_data` (one block an archive in /etc/lvm/archive, each line indented by log_print: a line of spaces, then `File:`, `VG name:`, `Description:` and `Backup Time:` with tab-aligned values, the time as ctime() with its newline so a blank line follows): lvm2 lib/format_text/archive.c (_display_archive); the block's layout from memory",
		why:    "labelled lines, one a line: the time is Backup Time's ctime with no zone; the archive name's sequence number and rand() suffix are no times; a block and its blank line are one record; the spaces line between blocks carries nothing",
		entries: []worldEntry{
			wskip("   "),
			we("2026-11-28T22:04:51Z", Unknown, "",
				"  File:\t\t/etc/lvm/archive/vg_data_00040-1473620182.vg",
				"  VG name:    \tvg_data",
				"  Description:\tCreated *before* executing 'lvcreate -L 200G -n lv_media vg_data'",
				"  Backup Time:\tSat Nov 28 22:04:51 2026",
				""),
			wskip("   "),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"  File:\t\t/etc/lvm/archive/vg_data_00041-889103517.vg",
				"  VG name:    \tvg_data",
				"  Description:\tCreated *before* executing 'lvextend -L +20G vg_data/lv_media'",
				"  Backup Time:\tSun Nov 29 07:41:16 2026",
				""),
			wskip("   "),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"  File:\t\t/etc/lvm/backup/vg_data",
				"  VG name:    \tvg_data",
				"  Description:\tCreated *after* executing 'lvextend -L +20G vg_data/lv_media'",
				"  Backup Time:\tSun Nov 29 07:41:16 2026",
				""),
		},
	},
	{
		name:   "spdk-iscsi-tgt-app-log",
		source: "SPDK's iscsi_tgt application on its stderr (`[yyyy-MM-dd HH:mm:ss.uuuuuu] file.c:line:func: *LEVEL*: msg` with NOTICE, WARNING, ERROR, DEBUG; the start-up banner and DPDK's EAL parameters in brackets without a level): spdk/spdk issues #2291 and #2672 (timed lines), #250, #309 and #405 (login, logout and connection lines)",
		why:    "a bracketed time with microseconds and no zone; the level between asterisks after the function; the EAL parameters' bracket holds no time; the initiator's and portal's addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Unknown, "", "[2026-11-29 07:41:16.204811] Starting SPDK v24.09 git sha1 4f1c2e9a / DPDK 24.03.0 initialization..."),
			we("2026-11-29T07:41:16.2049Z", Unknown, "", "[2026-11-29 07:41:16.204900] [ DPDK EAL parameters: iscsi --no-shconf -c 0x3 --huge-unlink --no-telemetry --log-level=lib.eal:6 --log-level=lib.cryptodev:5 --base-virtaddr=0x200000000000 --match-allocations --file-prefix=spdk_pid48211 ]"),
			we("2026-11-29T07:41:16.412077Z", Notice, "", "[2026-11-29 07:41:16.412077] app.c: 919:spdk_app_start: *NOTICE*: Total cores available: 2"),
			we("2026-11-29T07:41:16.49831Z", Notice, "", "[2026-11-29 07:41:16.498310] reactor.c: 990:reactor_run: *NOTICE*: Reactor started on core 1"),
			we("2026-11-29T07:41:22.130514Z", Notice, "", "[2026-11-29 07:41:22.130514] iscsi.c:2261:iscsi_op_login_notify_session_info: *NOTICE*: Login from iqn.1994-05.com.redhat:a41c9e0d7f2 (10.40.2.18) on iqn.2016-06.io.spdk:vmstore1 tgt_node-1 (10.40.2.10:3260,1), ISID=23d000000, TSIH=1, CID=0, HeaderDigest=off, DataDigest=off"),
			we("2026-11-29T07:41:27.006611Z", Error, "", "[2026-11-29 07:41:27.006611] conn.c: 788:iscsi_conn_read_data: *ERROR*: spdk_sock_recv() failed, errno 104: Connection reset by peer"),
			we("2026-11-29T07:41:27.006702Z", Notice, "", "[2026-11-29 07:41:27.006702] conn.c: 463:iscsi_conn_remove: *NOTICE*: Terminating connections(tsih 1): 0"),
		},
	},
	{
		name:   "samba-smbd-panic-backtrace",
		source: "Samba 4.2x's log.smbd around a crash (each DEBUG under its `[yyyy/MM/dd HH:mm:ss.uuuuuu,  L] file:line(func)` header: smb_panic_log's ruled lines, INTERNAL ERROR, the bug-report hint and PANIC, then log_stack_trace's `BACKTRACE: N stack frames:` with one `   #n lib(sym+off) [addr]` line a frame, then smb_panic_s3's panic action): samba lib/util/fault.c (smb_panic_log, log_stack_trace), samba-technical threads of 2022-05 and 2025-06 (logs pasted)",
		why:    "a slashed time with microseconds and the debug level after a comma: 0 is Error; every header with its indented lines is one record, BACKTRACE with all its frames; the client address and pid in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Error, "",
				"[2026/11/29 07:41:16.204811,  0] ../../lib/util/fault.c:178(smb_panic_log)",
				"  ==============================================================="),
			we("2026-11-29T07:41:16.204877Z", Error, "",
				"[2026/11/29 07:41:16.204877,  0] ../../lib/util/fault.c:185(smb_panic_log)",
				"  INTERNAL ERROR: Signal 11: Segmentation fault in smbd (smbd[10.20.7.41]) (client [10.20.7.41]) pid 48211 (4.21.3-Debian-4.21.3+dfsg-6)"),
			we("2026-11-29T07:41:16.204902Z", Error, "",
				"[2026/11/29 07:41:16.204902,  0] ../../lib/util/fault.c:190(smb_panic_log)",
				"  If you are running a recent Samba version, and if you think this problem is not yet fixed in the latest versions, please consider reporting this bug, see https://wiki.samba.org/index.php/Bug_Reporting"),
			we("2026-11-29T07:41:16.204931Z", Error, "",
				"[2026/11/29 07:41:16.204931,  0] ../../lib/util/fault.c:191(smb_panic_log)",
				"  ==============================================================="),
			we("2026-11-29T07:41:16.204955Z", Error, "",
				"[2026/11/29 07:41:16.204955,  0] ../../lib/util/fault.c:193(smb_panic_log)",
				"  PANIC (pid 48211): Signal 11: Segmentation fault in 4.21.3-Debian-4.21.3+dfsg-6"),
			we("2026-11-29T07:41:16.205377Z", Error, "",
				"[2026/11/29 07:41:16.205377,  0] ../../lib/util/fault.c:304(log_stack_trace)",
				"  BACKTRACE: 6 stack frames:",
				"   #0 /lib/x86_64-linux-gnu/libsamba-util.so.0(log_stack_trace+0x2e) [0x7f3c1a2b4e2e]",
				"   #1 /lib/x86_64-linux-gnu/libsamba-util.so.0(smb_panic_log+0x1b5) [0x7f3c1a2b5013]",
				"   #2 /lib/x86_64-linux-gnu/libsamba-util.so.0(smb_panic+0x1c) [0x7f3c1a2b5032]",
				"   #3 /lib/x86_64-linux-gnu/libsamba-util.so.0(+0x10b36) [0x7f3c1a2b4b36]",
				"   #4 /lib/x86_64-linux-gnu/libc.so.6(+0x3c050) [0x7f3c19e5c050]",
				"   #5 /usr/lib/x86_64-linux-gnu/samba/vfs/fruit.so(+0x9d41) [0x7f3c14a1ad41]"),
			we("2026-11-29T07:41:16.205512Z", Error, "",
				"[2026/11/29 07:41:16.205512,  0] ../../source3/lib/util.c:700(smb_panic_s3)",
				"  smb_panic(): calling panic action [/usr/share/samba/panic-action 48211]"),
		},
	},
	{
		name:   "mdadm-mdcheck-continue-rsyslog-fileformat",
		source: "mdadm's misc/mdcheck run by mdcheck_continue.service (`logger -p daemon.info mdcheck continue checking $dev from $start`, `… pause checking $dev at N`, `… finished checking $dev`; without -t, so logger's tag is the user, root) with the md driver's kernel lines beside it, in Debian 12's /var/log/syslog (rsyslog's RSYSLOG_FileFormat: RFC 3339 with microseconds and the local offset, host, tag): mdadm misc/mdcheck and Martin Wilck's 2025 mdcheck patches on linux-raid (the logger calls); the file format and the kernel lines from memory",
		why:    "an RFC 3339 time with a +01:00 offset, converted; the tag is root, not mdcheck; the sync positions (from 1953514496, at 3907028992) and the kernel's printk seconds are no times; no level in the file format",
		entries: []worldEntry{
			we("2026-11-29T00:05:01.204811Z", Unknown, "nas01", "2026-11-29T01:05:01.204811+01:00 nas01 root: mdcheck continue checking /dev/md127 from 1953514496"),
			we("2026-11-29T00:05:01.209337Z", Unknown, "nas01", "2026-11-29T01:05:01.209337+01:00 nas01 root: mdcheck continue checking /dev/md126 from 0"),
			we("2026-11-29T00:05:01.530118Z", Unknown, "nas01", "2026-11-29T01:05:01.530118+01:00 nas01 kernel: [48211.337010] md: data-check of RAID array md127"),
			we("2026-11-29T02:12:44.871502Z", Unknown, "nas01", "2026-11-29T03:12:44.871502+01:00 nas01 kernel: [56074.678394] md: md126: data-check done."),
			we("2026-11-29T02:12:46.004417Z", Unknown, "nas01", "2026-11-29T03:12:46.004417+01:00 nas01 root: mdcheck finished checking /dev/md126"),
			we("2026-11-29T04:05:03.118233Z", Unknown, "nas01", "2026-11-29T05:05:03.118233+01:00 nas01 root: mdcheck pause checking /dev/md127 at 3907028992"),
			we("2026-11-29T04:05:03.20449Z", Unknown, "nas01", "2026-11-29T05:05:03.204490+01:00 nas01 kernel: [62613.470241] md: md127: data-check interrupted."),
		},
	},
}

func TestFresh391Formats(t *testing.T) { assertTable(t, fresh391Cases) }
func TestFresh391Score(t *testing.T) {
	checkScore(t, "fresh391 formats", fresh391Cases, [worldNumFields]float64{89.8, 85.6, 89.8, 83.8})
}
