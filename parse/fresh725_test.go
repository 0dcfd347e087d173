package parse

import "testing"

// The seven-hundred-and-twenty-fifth fresh table: filesystems, FUSE mounts and tape storage, the
// outputs people paste when a mount hangs or a tape will not load, shapes no earlier table holds.
// Each family is one product's documented or observed output: blobfuse2's own log file (a
// ctime-style stamp with `UTC` before the year, `blobfuse2[pid] : [mount path] LOG_INFO [file.go
// (line)]: msg`) and the same lines through syslog; s3fs-fuse run in the foreground (an ISO stamp
// in Z, then `[INF]`, `[WAN]`, `[ERR]`, `[CRT]`, `[DBG]` and a nesting indent before
// `file.cpp:func(line)`); CryFS on a terminal (spdlog's `[yyyy-MM-dd HH:mm:ss.fff] [Log] [info]`
// after its untimed banner); gocryptfs with `-fg -nosyslog -fusedebug` (its untimed start-up lines,
// then go-fuse's Go-log `yyyy/MM/dd HH:mm:ss Dispatch …`/`Serialize …` lines, whose attributes
// carry epoch seconds); bcachefs' kernel lines in the journal (a multi-line message indented under
// the prefix) and bcachefs-tools' mount helper on a terminal (`[INFO  src/commands/mount.rs:162]`,
// no time); and the debug log of Bareos' mtx-changer script, the tape changer glue it took over from
// Bacula (`yyyyMMdd-HH:mm:ss msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`blobfuse2`, `blobfuse`, `LOG_INFO [`, `LOG_TRACE [`,
// `: blobfuse2[`, `azure-storage-fuse`, `s3fs`, `s3fs.cpp`, `[INF] `, `[WAN] `, `[CRT] `,
// `s3fs_init`, `curl.cpp`, `cryfs`, `[Log] [`, `gocryptfs`, `go-fuse`, `Dispatch `, `Serialize `,
// `Filesystem mounted and ready`, `bcachefs`, `mounting version`, `mount.rs`, `mtx-changer`,
// `Parms: `, `Doing mtx`, `mtx.log`, `ntfs-3g`, `integrated FUSE`, `mergerfs`, `btape`,
// `btrbk`, `mhvtl`, `vtltape`, `fuse-overlayfs`, `sshfs`, `mountpoint-s3`, `mountpoint_s3`,
// `geesefs`, `encfs`, `bindfs`, `squashfuse`, `rar2fs`, `archivemount`, `objectivefs`, `catfs`,
// `zectl`, `ZEVENT`, `zfs-zed`, `dbgmsg`, `zpool history`, `ltfs`, `LTFS1`, `gluster`,
// `glusterfs`, `rclone`, `bacula`, `bareos`, `JobId`, `btrfs`, `znapzend`, `pyznap`, `bees`,
// `ceph-fuse`, `juicefs`, `s3ql`, `goofys`, `gcsfuse`). None of blobfuse2, s3fs, CryFS,
// gocryptfs, bcachefs or mtx-changer is a case of any table: `blobfuse2` and `s3fs` match only the
// grep lists and left-out notes of earlier tables (fresh153 left s3fs' foreground log out because
// its stamp was not confirmed; here s3fs_logger.cpp confirms it), `[INF] `, `[WAN] `, `[CRT] `,
// `[Log] [`, `Dispatch `, `Serialize ` and `Parms: ` other products' lines. Left out as measured
// already: ZFS's zed, zpool events and history and the dbgmsg ring, btrfs' kernel lines, rclone,
// Bacula's and Bareos' daemons and job logs, LTFS, GlusterFS, ceph-fuse, JuiceFS, S3QL, goofys,
// gcsfuse, Mountpoint for Amazon S3, znapzend, pyznap. Left out after the search: ntfs-3g's and
// mergerfs' syslog lines (no pasted line found), btape's console (no time, no level, no clear
// record), btrbk's transaction log (not confirmed). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). blobfuse2's file stamp names its zone (`UTC`); its syslog form and the
// journal's bcachefs lines carry the syslog date without a year (2026). s3fs' stamp ends in Z.
// CryFS's spdlog stamp, go-fuse's Go-log stamp and mtx-changer's `date +%Y%m%d-%H:%M:%S` stamp have
// no zone and are taken as UTC. gocryptfs' start-up lines and everything bcachefs-tools' mount
// helper prints have no time. Levels only where the line marks one: blobfuse2's LOG_TRACE,
// LOG_DEBUG, LOG_INFO, LOG_WARNING and LOG_ERR, s3fs' bracketed three-letter tags ([CRT] is
// critical, [WAN] warning), spdlog's bracketed word after `[Log]`, the mount helper's bracketed
// word before the source path; go-fuse's lines, gocryptfs' start-up lines, the kernel's bcachefs
// lines, `mount:` and `bcachefs (dev): error reading …` lines and mtx-changer's lines carry none.
// The host is the record's host field: only the syslog and journal host; blobfuse2's mount path,
// its storage account's endpoint, s3fs' bucket URL and the changer's device paths are no hosts. A
// record that spans lines is one entry: bcachefs' version-upgrade message with its indented
// further lines. CryFS's banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 77.4 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 77.1 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are all levels: blobfuse2's LOG_ word after a syslog tag (read
// in its own file's layout, not after `blobfuse2[pid]:`), s3fs' `[WAN]` tag for warning, and
// bcachefs-tools' `[INFO  src/…:line]` bracket, whose level word trawl does not read.

var fresh725Cases = []worldCase{
	{
		name:   "blobfuse2-log-file-ctime-utc",
		source: "blobfuse2 (Azure/azure-storage-fuse) with `logging: type: base` writing its own log file (`Www Mmm d HH:mm:ss UTC yyyy : blobfuse2[pid] : [mount path] LOG_LEVEL [file.go (line)]: Component::Func : msg`, levels LOG_TRACE LOG_DEBUG LOG_INFO LOG_WARNING LOG_ERR LOG_CRIT): Azure/azure-storage-fuse issue #1625 (a pasted log file)",
		why:    "a ctime-style stamp with the zone name before the year, then ` : ` separators; the bracketed mount path is no host; the LOG_ word is the level; `(464)` is a source line, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Sun Nov 29 07:41:16 UTC 2026 : blobfuse2[24810] : [/mnt/blobdata] LOG_INFO [mount.go (464)]: mount: Mounting blobfuse2 on /mnt/blobdata"),
			we("2026-11-29T07:41:16Z", Debug, "", "Sun Nov 29 07:41:16 UTC 2026 : blobfuse2[24810] : [/mnt/blobdata] LOG_DEBUG [mount.go (502)]: mount: foreground disabled, child = true"),
			we("2026-11-29T07:41:17Z", Trace, "", "Sun Nov 29 07:41:17 UTC 2026 : blobfuse2[24810] : [/mnt/blobdata] LOG_TRACE [attr_cache.go (106)]: AttrCache::Start : Starting component attr_cache"),
			we("2026-11-29T07:43:02Z", Warn, "", "Sun Nov 29 07:43:02 UTC 2026 : blobfuse2[24810] : [/mnt/blobdata] LOG_WARNING [file_cache.go (1188)]: FileCache::OpenFile : reports/2026-q4.parquet is already open, reusing the local copy"),
			we("2026-11-29T07:43:09Z", Error, "", "Sun Nov 29 07:43:09 UTC 2026 : blobfuse2[24810] : [/mnt/blobdata] LOG_ERR [block_blob.go (1093)]: BlockBlob::ReadBuffer : Failed to download blob reports/2026-q3.parquet [GET https://contosoarchive.blob.core.windows.net/ledger/reports/2026-q3.parquet RESPONSE 404: The specified blob does not exist.]"),
		},
	},
	{
		name:   "blobfuse2-syslog-log-level-word",
		source: "blobfuse2 with `logging: type: syslog` read from /var/log/syslog (the BSD syslog header, the tag `blobfuse2[pid]:`, then `LOG_LEVEL [file.go (line)]: Component::Func : msg`): Azure/azure-storage-fuse issue #1079 (pasted syslog lines) and PR #1310",
		why:    "the syslog host, then the LOG_ word after the tag is the level; the storage endpoint and the account in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "aks-node-07", "Nov 29 07:41:16 aks-node-07 blobfuse2[31877]: LOG_INFO [config.go (372)]: ParseAndValidateConfig : using the following proxy address from the config file:"),
			we("2026-11-29T07:41:16Z", Debug, "aks-node-07", "Nov 29 07:41:16 aks-node-07 blobfuse2[31877]: LOG_DEBUG [config.go (383)]: ParseAndValidateConfig : Getting auth type"),
			we("2026-11-29T07:41:16Z", Info, "aks-node-07", "Nov 29 07:41:16 aks-node-07 blobfuse2[31877]: LOG_INFO [config.go (467)]: ParseAndValidateConfig : Account: contosoarchive, Container: ledger, AccountType: BLOCK, Auth: MSI, Prefix: , Endpoint: https://contosoarchive.blob.core.windows.net/, ListBlock: 10, MD5 : false false, Virtual Directory: true"),
			we("2026-11-29T07:41:17Z", Trace, "aks-node-07", "Nov 29 07:41:17 aks-node-07 blobfuse2[31877]: LOG_TRACE [block_blob.go (173)]: BlockBlob::SetupPipeline : Setting up"),
			we("2026-11-29T07:41:19Z", Warn, "aks-node-07", "Nov 29 07:41:19 aks-node-07 blobfuse2[31877]: LOG_WARNING [libfuse_handler.go (201)]: Libfuse::initFuse : allow-other is not set, only the mounting user can reach /var/lib/kubelet/pods/ledger"),
			we("2026-11-29T07:41:22Z", Error, "aks-node-07", "Nov 29 07:41:22 aks-node-07 blobfuse2[31877]: LOG_ERR [azauth_msi.go (118)]: azAuthMSI::getCredential : Failed to get managed identity token [context deadline exceeded]"),
		},
	},
	{
		name:   "s3fs-foreground-iso-z-level-tag",
		source: "s3fs-fuse run with `-f -o dbglevel=info` (S3fsLog::GetCurrentTime: `%Y-%m-%dT%H:%M:%S` in UTC, `.mmm`, `Z `; GetLevelString `[DBG] [INF] [WAN] [ERR] [CRT]`; the nesting indent; `file.cpp:func(line): msg`): s3fs-fuse/s3fs-fuse src/s3fs_logger.cpp and src/s3fs_logger.h, PR #1540 (timestamps added), issue #510 (pasted foreground output before the timestamps)",
		why:    "an ISO time in Z, then a three-letter level tag in brackets ([WAN] is warning, [CRT] critical); the level change line names two other tags in its message; `(3381)` is a source line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Critical, "", "2026-11-29T07:41:16.204Z [CRT] s3fs_logger.cpp:LowSetLogLevel(240): change debug level from [CRT] to [INF]"),
			we("2026-11-29T07:41:16.205Z", Info, "", "2026-11-29T07:41:16.205Z [INF]     s3fs.cpp:set_mountpoint_attribute(4094): PROC(uid=0, gid=0) - MountPoint(uid=1000, gid=1000, mode=40755)"),
			we("2026-11-29T07:41:16.211Z", Info, "", "2026-11-29T07:41:16.211Z [INF] s3fs.cpp:s3fs_init(3381): init v1.95(commit:6a1d3e2) with OpenSSL, credential-library(built-in)"),
			we("2026-11-29T07:41:16.530Z", Info, "", "2026-11-29T07:41:16.530Z [INF]       curl.cpp:RequestPerform(2311): HTTP response code 200"),
			we("2026-11-29T07:41:16.531Z", Debug, "", "2026-11-29T07:41:16.531Z [DBG] curl_handlerpool.cpp:ReturnHandler(110): Return handler to pool"),
			we("2026-11-29T07:42:03.877Z", Warn, "", "2026-11-29T07:42:03.877Z [WAN] curl.cpp:RequestPerform(2485): ### CURLE_OPERATION_TIMEDOUT"),
			we("2026-11-29T07:42:04.120Z", Error, "", "2026-11-29T07:42:04.120Z [ERR] curl.cpp:RequestPerform(2402): HTTP response code 403, returning EPERM. Body Text: <?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"),
		},
	},
	{
		name:   "cryfs-terminal-spdlog",
		source: "CryFS 0.10/0.11 mounted from a terminal (its untimed banner, then spdlog's `[yyyy-MM-dd HH:mm:ss.fff] [Log] [level] msg`, levels debug info warning error): cryfs/cryfs issues #122 and #367 (pasted terminal output)",
		why:    "a zone-less date and time in brackets (UTC by the rules); `[Log]` is the logger name and the next bracketed word the level; the block id is hex, no time; the banner is fed but not scored",
		entries: []worldEntry{
			wskip("CryFS Version 0.11.4",
				"",
				"Loading config file (this can take some time)...done"),
			we("2026-11-29T07:41:18.102Z", Info, "", "[2026-11-29 07:41:18.102] [Log] [info] Mounting filesystem at /home/ines/Private"),
			we("2026-11-29T07:41:18.260Z", Info, "", "[2026-11-29 07:41:18.260] [Log] [info] Filesystem started."),
			we("2026-11-29T07:55:40.817Z", Warn, "", "[2026-11-29 07:55:40.817] [Log] [warning] Decrypting block 4F1C09A2D7E3B8604AC51E9F2B7D3C18 failed. Was the block modified by an attacker?"),
			we("2026-11-29T07:55:40.818Z", Error, "", "[2026-11-29 07:55:40.818] [Log] [error] Could not load blob 4F1C09A2D7E3B8604AC51E9F2B7D3C18. Is the base directory accessible?"),
			we("2026-11-29T07:55:40.821Z", Error, "", "[2026-11-29 07:55:40.821] [Log] [error] Crashed: Input/output error"),
		},
	},
	{
		name:   "gocryptfs-fg-fusedebug-console",
		source: "gocryptfs run with `-fg -nosyslog -fusedebug` (its untimed start-up lines, then go-fuse's debug lines through Go's log package: `yyyy/MM/dd HH:mm:ss Dispatch N: OP, NodeId: n. …` and `Serialize N: OP code: OK value: …`): rfjakob/gocryptfs issues #290 and #13 (pasted console output)",
		why:    "untimed start-up lines are records with no time; then a slashed zone-less date (UTC by the rules); the A/M/C epoch seconds inside a reply's attributes are file times, not the record's; no level",
		entries: []worldEntry{
			we("", Unknown, "", "Decrypting master key"),
			we("", Unknown, "", "Filesystem mounted and ready."),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 Dispatch 2: LOOKUP, NodeId: 1. names: [Documents] 10 bytes"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 Serialize 2: LOOKUP code: OK value: {NodeId: 4 Generation=0 EntryValid=1.000 AttrValid=1.000 Attr={M040700 SZ=4096 L=3 1000:1000 B8*4096 i0:2228311 A 1795610000.000000000 M 1795610000.000000000 C 1795610000.000000000}}"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 Dispatch 3: GETATTR, NodeId: 4. data: {Fh 0}"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 Dispatch 4: OPENDIR, NodeId: 4."),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 Serialize 4: OPENDIR code: OK value: {Fh 3 }"),
		},
	},
	{
		name:   "bcachefs-kernel-journal-multiline",
		source: "bcachefs' kernel messages read with `journalctl -k` (`Mmm dd HH:mm:ss host kernel: bcachefs (dev): msg`; a message of several lines goes on under the prefix, indented): a bcachefs notes page found with find_string (`kernel: bcachefs (uuid): mounting version 1.3: …`, `alloc_read... done`), koverstreet/bcachefs issue #702 (the version-upgrade message with its indented further lines in dmesg); the journal's indentation of the further lines from memory",
		why:    "the journal's time and host; `(nvme1n1p2)` is a device, no host; the version-upgrade message with its two indented further lines is one entry; version numbers (1.7, 1.13) and the journal sequence are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "nas01", "Nov 29 07:41:16 nas01 kernel: bcachefs (nvme1n1p2): starting version 1.13: inode_has_child_snapshots opts=metadata_replicas=2,data_replicas=2,compression=zstd"),
			we("2026-11-29T07:41:16Z", Unknown, "nas01", "Nov 29 07:41:16 nas01 kernel: bcachefs (nvme1n1p2): recovering from clean shutdown, journal seq 4418207"),
			we("2026-11-29T07:41:16Z", Unknown, "nas01",
				"Nov 29 07:41:16 nas01 kernel: bcachefs (nvme1n1p2): Version upgrade from 1.7: mi_btree_bitmap to 1.13: inode_has_child_snapshots incomplete",
				"                              Doing compatible version upgrade from 1.7: mi_btree_bitmap to 1.13: inode_has_child_snapshots",
				"                                running recovery passes: check_allocations"),
			we("2026-11-29T07:41:17Z", Unknown, "nas01", "Nov 29 07:41:17 nas01 kernel: bcachefs (nvme1n1p2): alloc_read... done"),
			we("2026-11-29T07:41:18Z", Unknown, "nas01", "Nov 29 07:41:18 nas01 kernel: bcachefs (nvme1n1p2): journal_replay... done"),
			we("2026-11-29T07:41:21Z", Unknown, "nas01", "Nov 29 07:41:21 nas01 kernel: bcachefs (nvme1n1p2): done starting filesystem"),
		},
	},
	{
		name:   "bcachefs-tools-mount-helper-console",
		source: "bcachefs-tools' mount helper (`mount -av`, `bcachefs mount -v`; its logger `[LEVEL file:line] msg` with the level padded to five, no time; the untimed `bcachefs (dev): error reading …` superblock probes and util-linux's `mount: dev: error`): koverstreet/bcachefs issue #983, koverstreet/bcachefs-tools issues #509, #250 and #239 (pasted terminal output)",
		why:    "no time anywhere; the bracketed word before the source path is the level; `mount.rs:162` is a file and line, no time; the superblock probe and `mount:` lines carry no level (their `error` is a message word)",
		entries: []worldEntry{
			we("", Info, "", "[INFO  src/commands/mount.rs:162] mounting with params: device: /dev/sdb:/dev/sdc:/dev/sdd, target: /srv/pool, options: degraded"),
			we("", Debug, "", "[DEBUG src/commands/mount.rs:118] scanning block devices for UUID 6c1f0a2e-93b4-4d7a-b8e5-2f0d91c4a7e3"),
			we("", Unknown, "", "bcachefs (/dev/sda1): error reading default superblock: Not a bcachefs superblock (got magic 31d06b00-e831-b0f0-6b01-8dae8a74a732)"),
			we("", Info, "", "[INFO  src/commands/mount.rs:41] mounting filesystem"),
			we("", Unknown, "", "mount: /dev/sdb:/dev/sdc:/dev/sdd: No such file or directory"),
			we("", Error, "", "[ERROR src/commands/mount.rs:250] Mount failed: No such file or directory"),
		},
	},
	{
		name:   "bareos-mtx-changer-debug-log",
		source: "the Bareos mtx-changer script's debug log (the changer script Bareos took over from Bacula), working_dir/mtx.log with debug_log=1 in mtx-changer.conf (its debug(): `echo \"`date +\"%Y%m%d-%H:%M:%S\"` $*\"`: `Parms: ctl cmd slot device drive`, `Doing mtx -f …`, `Device … - not ready, retrying...`): bareos/bareos scripts/mtx-changer.in",
		why:    "a compact date glued to the time by a dash, zone-less (UTC by the rules); slot and drive numbers and device paths are no times and no hosts; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "20261129-07:41:16 Parms: /dev/sg3 loaded 0 /dev/nst0 0"),
			we("2026-11-29T07:41:16Z", Unknown, "", "20261129-07:41:16 Doing mtx -f /dev/sg3 0 -- to find what is loaded"),
			we("2026-11-29T07:41:17Z", Unknown, "", "20261129-07:41:17 Parms: /dev/sg3 load 7 /dev/nst0 0"),
			we("2026-11-29T07:41:17Z", Unknown, "", "20261129-07:41:17 Doing mtx -f /dev/sg3 load 7 0"),
			we("2026-11-29T07:41:49Z", Unknown, "", "20261129-07:41:49 Device /dev/nst0 - not ready, retrying..."),
			we("2026-11-29T07:42:31Z", Unknown, "", "20261129-07:42:31 Parms: /dev/sg3 unload 4 /dev/nst1 1"),
		},
	},
}

func TestFresh725Formats(t *testing.T) { assertTable(t, fresh725Cases) }
func TestFresh725Score(t *testing.T) {
	checkScore(t, "fresh725 formats", fresh725Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
