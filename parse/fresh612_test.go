package parse

import "testing"

// The six-hundred-and-twelfth fresh table: storage and backup software, another further pass
// (backup servers and agents, NAS and SAN systems, object stores, replication and sync tools: their
// service logs, job logs and reports), shapes no earlier table holds. Each family is one product's
// documented or observed output: snapraid-runner's log file (Python logging with a level padded
// and cut to six, and two levels of its own, OUTPUT and OUTERR, for snapraid's stdout and stderr;
// a traceback under a failed e-mail); backupninja's backupninja.log (a yearless `Mmm dd HH:mm:ss`,
// then the message type as a capitalised word and a colon where a syslog host would stand);
// IPFS Cluster 0.10's console (go-log v1's colour layout with the colours gone: a time of day, the
// level cut to five — WARNI —, the facility right-aligned to ten and a colon, the Go file:line at
// the end) and IPFS Cluster 1.x in the journal (go-log v2's tab-separated zap line with a local
// time and a `+0100` offset inside a BSD journal line, the REST API's access line with a third
// stamp); RustFS's server log in text (`date time.micro LEVEL [target] [file:line]
// [thread:ThreadId(n)] msg`, an S3 XML error body on the lines under an ERROR) and in JSON (its
// obs crate's tracing JSON with a `+08:00` offset and the message inside `fields`); NAUbackup's
// VmBackup.py for XenServer/XCP-ng (`yyyy-MM-dd-(HH:mm:ss) - msg`); Mike Galvin's Hyper-V Backup
// Utility (a config block, then `date time [LEVEL] (VM:name) msg`, INFO, SUCCESS and ERROR, an
// export error from Hyper-V over several lines).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by
// a fragment of its line first: `kopia`, `restic`, `borg`, `duplicati`, `bacula`,
// `bareos`, `amanda`, `urbackup`, `veeam`, `commvault`, `netbackup`, `arcserve`, `acronis`,
// `rclone`, `syncthing`, `unison`, `lsyncd`, `rsnapshot`, `rdiff-backup`, `duplicity`,
// `duplicacy`, `minio`, `seaweedfs`, `garage`, `ceph`, `glusterfs`, `lizardfs`, `moosefs`,
// `beegfs`, `lustre`, `zed`, `truenas`, `middlewared`, `openmediavault`, `synology`, `qnap`,
// `unraid`, `drbd`, `longhorn`, `openebs`, `rook`, `velero`, `stash`, `k8up`, `zrepl`, `sanoid`,
// `syncoid`, `znapzend`, `backuppc`, `burp`, `rear`, `clonezilla`, `partclone`, `timeshift`,
// `back in time`, `backintime`, `deja-dup`, `vorta`, `pika`, `borgmatic`, `autorestic`,
// `resticprofile`, `rustic`, `bupstash`, `bup`, `zbackup`, `msp360`, `cloudberry`, `arq`,
// `backblaze`, `crashplan`, `code42`, `idrive`, `seafile`, `ccnet`, `resilio`, `onedrive`,
// `insync`, `juicefs`, `swift`, `leofs`, `zenko`, `storj`, `tahoe`, `ipfs`, `ambry`, `xigmanas`,
// `rockstor`, `ganesha`, `targetcli`, `tgtd`, `scst`, `multipathd`, `iscsid`, `ontap`, `isilon`,
// `dsmsched`, `dsmerror`, `spectrum protect`, `gpfs`, `mmfs`, `backup exec`, `nakivo`, `altaro`,
// `zerto`, `rubrik`, `cohesity`, `druva`, `unitrends`, `shadowprotect`, `macrium`, `ltfs`,
// `csync2`, `osync`, `freefilesync`, `syncbackpro`, `goodsync`, `robocopy`, `rest-server`,
// `wal-g`, `pgbackrest`, `barman`, `pg_probackup`, `xtrabackup`, `mydumper`, `proxmox-backup`,
// `proxmox backup`, `vzdump`, `kasten`, `k10`, `portworx`, `storpool`, `linstor`, `piraeus`,
// `ceph-csi`, `trilio`, `cloudcasa`, `trident`, `nutanix`, `starwind`, `datacore`, `open-e`,
// `quobyte`, `weka`, `s5cmd`, `azcopy`, `gsutil`, `wbadmin`, `MARS agent`, `cbengine`,
// `azure file sync`, `storage gateway`, `datasync`, `megasync`, `megacmd`, `pcloud`, `tresorit`,
// `nextcloud desktop`, `nextcloudcmd`, `owncloudcmd`, `mutagen`, `syncany`, `git-annex`,
// `datalad`, `perkeep`, `camlistore`, `btrbk`, `snapper`, `snapraid`, `mergerfs`, `drivepool`,
// `bcache`, `mdadm`, `smartd`, `zmanda`, `atempo`, `vprotect`, `vinchin`, `hycu`, `iperius`,
// `cobian`, `aomei`, `rbd-mirror`, `geo-replication`, `openio`, `cloudian`, `scality`, `rustfs`,
// `versitygw`, `ozone`, `lakefs`, `storagegrid`, `cubefs`, `chubaofs`, `curvefs`, `alluxio`,
// `fastdfs`, `orangefs`, `xtreemfs`, `saunafs`, `rozofs`, `daos`, `hyper backup`,
// `active backup`, `kubestr`, `stork`, `democratic-csi`, `topolvm`, `mayastor`, `jiva`, `cstor`,
// `s3fs`, `goofys`, `mountpoint-s3`, `gcsfuse`, `blobfuse`, `sshfs`, `davfs`, `zfs send`,
// `tcmu-runner`, `stratisd`, `gfs2`, `o2cb`, `dlm_controld`, `powerpath`, `naviseccli`, `3par`,
// `tintri`, `qumulo`, `storwize`, `purity`, `pydio`, `filerun`, `superduper`, `chronosync`,
// `backupninja`, `backup-manager`, `backup2l`, `rsbackup`, `mondoarchive`, `plakar`, `backrest`,
// `obnam`, `attic`, `netatalk`, `afpd`, `dbgmsg`, `kanister`, `tarsnap`, `kubo`, `ipfs-cluster`,
// `s3cmd`, `sftpgo`, `ocis`, `winscp`, `riak`, `xen orchestra`, `xo-server`, `litestream`,
// `litefs`, `openafs`, `BosLog`, `maestral`, `ethersphere`, `walrus`, `rsync-time-backup`,
// `resticker`, `zerobyte`, `rescuezilla`, `s3gw`, `pve-zsync`, `filebrowser`, `snapraid-runner`,
// `VmBackup`, `NAUbackup`, `Hyper-V Backup`, `HyperV-Backup`, and the fragments `[OUTPUT]`,
// `[OUTERR]`, `Run started`, `>>>> starting action`, `<<<< finished action`, `FINISHED: `,
// `restapilog`, `ipfshttp`, `crdt: `, `pintracker`, `update_checker`, `ThreadId(`, `rustfs_obs`,
// `threadName`, `-(01:`, `***WARNING`, `(VM:`, `[SUCCESS] (VM`, `Running with the following
// config ---`. None of snapraid-runner, backupninja, IPFS Cluster, RustFS, NAUbackup's VmBackup
// or the Hyper-V Backup Utility is in any table: `rustfs` matches only the grep lists of fresh502
// and fresh527, `VmBackup` only xo-server's `xo:backups:VmBackup` logger name (fresh103),
// `***WARNING` Abaqus's message file, and `Run started`, `FINISHED: `, `ThreadId(` and
// `threadName` other products' lines. Left out as measured already: every product above with a
// hit that is a case of its own (restic, Borg, Kopia, Duplicati, Bacula, Bareos, Veeam, rclone,
// Syncthing, MinIO, Ceph, SeaweedFS, Garage, TrueNAS, Synology, DRBD, Kubo, Xen Orchestra,
// Maestral, LiteFS, OpenAFS, stratisd, tcmu-runner, File Browser, S3QL, Greyhole, goofys and the
// rest). Left out as not confirmed by any search: Swarm Bee's newer logr lines (only its older
// logrus text was found, a shape earlier tables hold) and backup-manager's syslog lines. IPFS
// Cluster and RustFS hold two families each because each writes two shapes no table holds. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). snapraid-runner's asctime, RustFS's text stamp, VmBackup's
// `2026-11-29-(01:00:02)` and the Hyper-V utility's stamp have no zone and are taken as UTC;
// backupninja's `Nov 29 01:00:02` has no year (2026); IPFS Cluster 0.10's console has a time of
// day only, on the clock's day. IPFS Cluster 1.x in the journal carries the journal's zone-less
// local time and its own time with a `+0100` offset: either is accepted (the zone-less one read
// as UTC, so an hour apart), and the REST API's access line adds its own `[29/Nov/2026:08:14:00
// +0100]` of the same second. RustFS's JSON `timestamp` carries `+08:00`. Levels only where the
// line marks one: snapraid-runner's bracketed level (OUTPUT and OUTERR are its own levels 15 and
// 25, naming the snapraid stream a line came from, not a severity: Unknown), backupninja's
// `Info:`, `Warning:`, `Error:` and `Fatal:` (Fatal is Critical), go-log's INFO, WARNI (cut from
// WARNING) and ERROR, zap's INFO, WARN and ERROR, RustFS's level word and `level` key, the Hyper-V
// utility's bracketed INFO, ERROR and SUCCESS (SUCCESS is Info, as loguru's SUCCESS is in earlier
// tables); VmBackup's lines carry none (`***WARNING` and `***ERROR` begin its message text, after
// the ` - ` separator). The host is the record's host field: only the journal's (pinbox).
// RustFS's thread names and S3 request ids, IPFS Cluster's peer ids and the client address of its
// access line, VmBackup's `running on xen07` and the Hyper-V utility's `(VM:erp-sql01)` and its
// config block's `Hostname:` line are no hosts. A record that spans lines is one entry:
// snapraid-runner's traceback under `Failed to send email`, RustFS's XML error body under its
// ERROR line, the Hyper-V utility's three-line export error. The Hyper-V utility's config block is
// fed but not scored.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "code" and "issues", find_string and read_file): snapraid-runner's setup_logger and
// backupninja's logmsg/printmsg read with read_file, IPFS Cluster's go-log v1 format string found
// with find_string in its logging.go, and pasted logs in the IPFS Cluster, RustFS, VmBackup and
// Hyper-V Backup Utility issue threads; no family rests on memory alone, though RustFS's INFO and
// WARN spellings in its text log, and the wording of the messages, are from memory, as the sources
// say. Hosts, ids, addresses, users and messages are invented, and every time is in late November
// 2026. The expectations were decided from the format before the table was first run, and none
// was changed after it; a family trawl still gets wrong carries a gap that says what it does not
// read, and it stays in the score.
//
// Its first figure, scored at commit 6b818f1 before any rule for it: level 97.9 %, time 87.5 %, host 100.0 %, records 97.5 %.
// That is the macro figure (micro: level 97.6 %, time 88.1 %, host 100.0 %, records 97.6 %), in a
// worktree at 6b818f1 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right over 42 records; the gaps are RustFS's XML error body, whose untimed lines
// are not joined to the ERROR line above them, VmBackup's `yyyy-MM-dd-(HH:mm:ss)` stamp, which trawl
// does not read at all, and the Hyper-V Backup Utility's `[SUCCESS]`, which trawl reads as Notice.

var fresh612Cases = []worldCase{
	{
		name:   "snapraid-runner-log-file",
		source: "snapraid-runner's log file (snapraid-runner.py setup_logger: `%(asctime)s [%(levelname)-6.6s] %(message)s`, custom levels OUTPUT=15 and OUTERR=25 for snapraid's stdout and stderr lines, logging.exception's traceback under `Failed to send email`): Chronial/snapraid-runner snapraid-runner.py, read with read_file",
		why:    "a comma before the milliseconds; the level padded to six inside brackets; OUTPUT and OUTERR name a stream, not a severity; the traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T03:00:01.412Z", Info, "", "2026-11-29 03:00:01,412 [INFO  ] Run started"),
			we("2026-11-29T03:00:02.118Z", Unknown, "", "2026-11-29 03:00:02,118 [OUTPUT] Loading state from /var/snapraid/snapraid.content..."),
			we("2026-11-29T03:00:05.233Z", Unknown, "", "2026-11-29 03:00:05,233 [OUTERR] Missing file '/mnt/disk3/media/music/.partial-0412.flac'."),
			we("2026-11-29T03:00:06.001Z", Info, "", "2026-11-29 03:00:06,001 [INFO  ] Diff results: 14 added,  2 removed,  0 moved,  31 modified"),
			we("2026-11-29T03:41:17.64Z", Error, "", "2026-11-29 03:41:17,640 [ERROR ] Command 'snapraid sync' returned non-zero exit status 1."),
			we("2026-11-29T03:41:17.902Z", Error, "",
				"2026-11-29 03:41:17,902 [ERROR ] Failed to send email",
				"Traceback (most recent call last):",
				`  File "/opt/snapraid-runner/snapraid-runner.py", line 108, in finish`,
				"    send_email(is_success)",
				`  File "/opt/snapraid-runner/snapraid-runner.py", line 86, in send_email`,
				"    server = smtplib.SMTP(**smtp)",
				`  File "/usr/lib/python3.12/smtplib.py", line 255, in __init__`,
				"    (code, msg) = self.connect(host, port)",
				"ConnectionRefusedError: [Errno 111] Connection refused"),
		},
	},
	{
		name:   "backupninja-log-file",
		source: "backupninja's /var/log/backupninja.log (src/backupninja.in: logmsg writes `LC_ALL=C date \"+%h %d %H:%M:%S\"` then printmsg's `Type: ` word, types Debug Info Warning Error Fatal Halt; a handler's own `Warning: …` lines passed through; the `FINISHED: n actions run.` summary): phlummox-mirrors/backupninja src/backupninja.in, read with read_file; serverdensity's backupninja plugin regex `(\\w{3} \\d{2} \\d{2}:\\d{2}:\\d{2}) Info: FINISHED:` (code search)",
		why:    "a yearless month-day time; the message type word and a colon stand where a syslog host would, and are the level; Fatal is Critical",
		entries: []worldEntry{
			we("2026-11-29T01:00:02Z", Info, "", "Nov 29 01:00:02 Info: >>>> starting action /etc/backup.d/10.sys (because current time matches everyday at 01)"),
			we("2026-11-29T01:00:09Z", Warn, "", "Nov 29 01:00:09 Warning: The partition table for /dev/sdb could not be saved."),
			we("2026-11-29T01:00:09Z", Warn, "", "Nov 29 01:00:09 Warning: <<<< finished action /etc/backup.d/10.sys: WARNING"),
			we("2026-11-29T01:00:10Z", Info, "", "Nov 29 01:00:10 Info: >>>> starting action /etc/backup.d/90.borg (because current time matches everyday at 01)"),
			we("2026-11-29T01:04:51Z", Critical, "", "Nov 29 01:04:51 Fatal: <<<< finished action /etc/backup.d/90.borg: FAILED"),
			we("2026-11-29T01:04:51Z", Info, "", "Nov 29 01:04:51 Info: FINISHED: 2 actions run. 1 fatal. 0 error. 1 warning."),
		},
	},
	{
		name:   "ipfs-cluster-0.10-golog-console",
		source: "IPFS Cluster 0.10's ipfs-cluster-service on a terminal or in a file (its logging.go overrides go-log v1's colour format: `%{time:15:04:05.000} %{level:5.5s} %{module:10.10s}: %{message} %{shortfile}`, the ANSI colours gone): ipfs-cluster logging.go found with find_string; ipfs-cluster/ipfs-cluster issue #798 (pasted `ERROR       crdt: …` lines)",
		why:    "a time of day only (the clock's day); the level cut to five letters (WARNI); the facility right-aligned to ten before a colon; the Go file:line ends the line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.221Z", Info, "", `07:41:16.221 INFO     service: Initializing. For verbose output run with "-l debug". Please wait... daemon.go:44`),
			we("2026-11-29T07:41:17.93Z", Warn, "", "07:41:17.930 WARNI pintracker: QmVt8rN4yTf2bq1WcJ5oXh3kLs9dPzA7eG6uMnR2cYwBvE: pin is in error state: context deadline exceeded stateless.go:268"),
			we("2026-11-29T07:42:03.335Z", Error, "", "07:42:03.335 ERROR       crdt: error processing new head: failed to get block for QmPq2sX7vB1nLk9dRt4eWm8cHz3yJf6aGu5oNi1KxTbVsD: context deadline exceeded crdt.go:413"),
			we("2026-11-29T07:42:03.336Z", Error, "", "07:42:03.336 ERROR       crdt: error getting delta: context deadline exceeded crdt.go:420"),
			we("2026-11-29T07:42:10.002Z", Info, "", "07:42:10.002 INFO    ipfshttp: IPFS Unpin request succeeded:QmTz4wF8cR2mJx6vBn1sLk7pDq3hYe9uGa5oNi2KtXbVcA ipfshttp.go:518"),
		},
	},
	{
		name:   "ipfs-cluster-service-journal-offset",
		source: "IPFS Cluster 1.x's ipfs-cluster-service as a systemd service read with journalctl (a BSD journal line, then go-log v2's zap console `yyyy-MM-ddTHH:mm:ss.SSS±hhmm<TAB>LEVEL<TAB>logger<TAB>file:line<TAB>msg` in local time; restapilog's Apache-style access line): ipfs-cluster/ipfs-cluster issue #1673 (a pasted journal), NixOS/nixpkgs PR #181382 (the same fields in a terminal)",
		why:    "the journal's zone-less local time and the line's own time with a +0100 offset, an hour apart once the first is read as UTC, either accepted; the access line's bracketed time is a third spelling of the same second; the journal's host; the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T08:14:00Z|2026-11-29T07:14:00.518Z|2026-11-29T07:14:00Z", Info, "pinbox", "Nov 29 08:14:00 pinbox ipfs-cluster-service[2291]: 2026-11-29T08:14:00.518+0100\tINFO\trestapilog\tcommon/api.go:112\t10.8.0.40 - - [29/Nov/2026:08:14:00 +0100] \"POST /pins/ipfs/bafybeigq3xk2n7tjd4lwr6yvmzfh5oapcuse2i7bnwkxrd3lq4tfzmhyve?mode=recursive&name=nightly-snap&replication-max=2&replication-min=1 HTTP/1.1\" 200 431"),
			we("2026-11-29T08:14:20Z|2026-11-29T07:14:20.149Z", Info, "pinbox", "Nov 29 08:14:20 pinbox ipfs-cluster-service[2291]: 2026-11-29T08:14:20.149+0100\tINFO\tcluster\tipfs-cluster@v1.1.4/cluster.go:1610\tpinning bafybeigq3xk2n7tjd4lwr6yvmzfh5oapcuse2i7bnwkxrd3lq4tfzmhyve on [12D3KooWHf3nR8tLq2vXe7cJm5kPz9sAb4dYu6oWi1GxNtBvC]:"),
			we("2026-11-29T08:14:20Z|2026-11-29T07:14:20.181Z", Info, "pinbox", "Nov 29 08:14:20 pinbox ipfs-cluster-service[2291]: 2026-11-29T08:14:20.181+0100\tINFO\tcrdt\tcrdt/consensus.go:231\tnew pin added: bafybeigq3xk2n7tjd4lwr6yvmzfh5oapcuse2i7bnwkxrd3lq4tfzmhyve"),
			we("2026-11-29T08:15:02Z|2026-11-29T07:15:02.904Z", Warn, "pinbox", "Nov 29 08:15:02 pinbox ipfs-cluster-service[2291]: 2026-11-29T08:15:02.904+0100\tWARN\tpintracker\tstateless/stateless.go:412\tbafybeih5r2wq8tnx3kzv7mdl4jcfys6oa9pue1gbtwxkr2nlq7dfzmhyka: unpin operation failed: context canceled"),
			we("2026-11-29T08:17:45Z|2026-11-29T07:17:45.033Z", Error, "pinbox", "Nov 29 08:17:45 pinbox ipfs-cluster-service[2291]: 2026-11-29T08:17:45.033+0100\tERROR\tipfshttp\tipfshttp/ipfshttp.go:672\terror posting to IPFS:Post \"http://127.0.0.1:5001/api/v0/pin/add?arg=bafybeih5r2wq8tnx3kzv7mdl4jcfys6oa9pue1gbtwxkr2nlq7dfzmhyka&progress=true\": context deadline exceeded"),
		},
	},
	{
		name:   "rustfs-server-text-log",
		source: "RustFS's server log in text (`yyyy-MM-dd HH:mm:ss.ffffff LEVEL [target] [file:line] [thread:ThreadId(n)] msg`, an S3 XML error body on the lines under an ERROR): rustfs/rustfs issue #59 (a pasted ERROR with its XML body); the INFO and WARN spellings from memory",
		why:    "a zone-less stamp with microseconds (UTC); the level word after it; `[tokio-runtime-worker:ThreadId(12)]` is a thread, no host; the XML body's lines belong to the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402118Z", Info, "", "2026-11-29 07:41:16.402118 INFO [rustfs::main] [rustfs/src/main.rs:214] [main:ThreadId(1)] RustFS server version 1.0.0-beta.7 started successfully at [::]:9000"),
			we("2026-11-29T07:41:16.977031Z", Warn, "", "2026-11-29 07:41:16.977031 WARN [rustfs_ecstore::disk] [crates/ecstore/src/disk/local.rs:318] [tokio-runtime-worker:ThreadId(7)] disk /data/rustfs2 is not formatted, waiting for peers"),
			we("2026-11-29T07:41:17.503882Z", Error, "",
				`2026-11-29 07:41:17.503882 ERROR [rustfs::update_checker] [rustfs/src/update_checker.rs:119] [tokio-runtime-worker:ThreadId(12)] Version check request failed, status code: 403 Forbidden, response: <?xml version="1.0" encoding="UTF-8"?>`,
				"<Error>",
				"  <Code>AccessDenied</Code>",
				"  <Message>Anonymous access is forbidden for this operation</Message>",
				"  <RequestId>7F3A19C2D04E8B11</RequestId>",
				"</Error>"),
			we("2026-11-29T07:41:18.020456Z", Info, "", "2026-11-29 07:41:18.020456 INFO [rustfs::server::http] [rustfs/src/server/http.rs:402] [tokio-runtime-worker:ThreadId(9)] Console WebUI available at: http://10.20.30.41:9001/rustfs/console/index.html"),
			we("2026-11-29T07:52:40.118903Z", Error, "", "2026-11-29 07:52:40.118903 ERROR [rustfs_ecstore::set_disk] [crates/ecstore/src/set_disk.rs:2291] [tokio-runtime-worker:ThreadId(14)] get_object_info: erasure read quorum not reached for photos/2026/11/raw-0191.dng"),
		},
		gap: "the S3 XML error body on the untimed lines under an ERROR (`<Error>`, `  <Code>…</Code>`, `</Error>`) is not joined to the ERROR line above it: the record ends after its first line",
	},
	{
		name:   "rustfs-obs-json-offset",
		source: "RustFS's obs crate writing tracing JSON to its log directory (`timestamp` with the local offset, `level`, the message inside `fields`, `target`, `filename`, `line_number`, `threadName`, `threadId`): rustfs/rustfs issue #3323 (pasted lines)",
		why:    "an RFC 3339 timestamp with nanoseconds and +08:00; the level key; threadName and threadId are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.068009122Z", Info, "", `{"timestamp":"2026-11-29T15:41:16.068009122+08:00","level":"INFO","fields":{"message":"Init file logging at '/data/rustfs/logs', rotation: hourly, keep 30 files"},"target":"rustfs_obs::telemetry::local","filename":"crates/obs/src/telemetry/local.rs","line_number":283,"threadName":"main","threadId":"ThreadId(1)"}`),
			we("2026-11-29T07:41:17.40255187Z", Warn, "", `{"timestamp":"2026-11-29T15:41:17.402551870+08:00","level":"WARN","fields":{"message":"lock acquire timed out, retrying","resource":"buckets/archive/.metadata","attempt":3},"target":"rustfs_lock::client","filename":"crates/lock/src/client.rs","line_number":157,"threadName":"tokio-runtime-worker","threadId":"ThreadId(6)"}`),
			we("2026-11-29T07:41:19.880312004Z", Error, "", `{"timestamp":"2026-11-29T15:41:19.880312004+08:00","level":"ERROR","fields":{"message":"failed to load bucket metadata","bucket":"archive","error":"read quorum not reached"},"target":"rustfs_ecstore::bucket::metadata_sys","filename":"crates/ecstore/src/bucket/metadata_sys.rs","line_number":611,"threadName":"tokio-runtime-worker","threadId":"ThreadId(11)"}`),
			we("2026-11-29T07:46:02.551907310Z", Debug, "", `{"timestamp":"2026-11-29T15:46:02.551907310+08:00","level":"DEBUG","fields":{"message":"heal scanner cycle finished","objects_scanned":18204,"elapsed_ms":5230},"target":"rustfs_ahm::scanner","filename":"crates/ahm/src/scanner/data_scanner.rs","line_number":944,"threadName":"tokio-runtime-worker","threadId":"ThreadId(4)"}`),
		},
	},
	{
		name:   "naubackup-vmbackup-log",
		source: "NAUbackup's VmBackup.py for XenServer and XCP-ng, its run log as cron mails it (`yyyy-MM-dd-(HH:mm:ss) - msg`, the settings indented under `running with these settings:`, `***WARNING` written into the message): NAUbackup/VmBackup issues #58 and #68 (pasted runs)",
		why:    "a dash and a bracketed time of day glued to the date; no level column (`***WARNING` and `***ERROR` begin the message); `running on xen07` names the pool host in the message, no host field",
		entries: []worldEntry{
			we("2026-11-29T01:00:02Z", Unknown, "", "2026-11-29-(01:00:02) - VmBackup config loaded from: /etc/vmbackup/nightly.cfg"),
			we("2026-11-29T01:00:02Z", Unknown, "", "2026-11-29-(01:00:02) -   backup_dir        = /mnt/nfs-backup/xen07/"),
			we("2026-11-29T01:00:02Z", Unknown, "", "2026-11-29-(01:00:02) - ***WARNING vdi-export dup - remove vm-export=ledger-db"),
			we("2026-11-29T01:00:03Z", Unknown, "", "2026-11-29-(01:00:03) - VmBackup running on xen07 ..."),
			we("2026-11-29T01:14:37Z", Unknown, "", "2026-11-29-(01:14:37) - ***ERROR vm-export failed for web-frontend-02, elapsed 14.6 min"),
		},
	},
	{
		name:   "hyperv-backup-utility-log",
		source: "Mike Galvin's Hyper-V Backup Utility (Digressive/HyperV-Backup-Utility, Hyper-V-Backup.ps1) log file and e-mailed log (a config block under `--- Running with the following config ---` ending in `---`, then `yyyy-MM-dd HH:mm:ss [LEVEL] (VM:name) msg`, levels INFO, SUCCESS, ERROR; Hyper-V's export error over several lines): Digressive/HyperV-Backup-Utility issues #38, #27 and #7",
		why:    "a zone-less date and time (UTC), the level in brackets; `(VM:erp-sql01)` is the VM, no host; the config block's `Hostname:` is no record's host; the export error's lines belong to the ERROR above them",
		entries: []worldEntry{
			wskip("--- Running with the following config ---",
				"Utility Version: 24.08.29",
				"Hostname: HV-NODE03.",
				"Windows Version: 10.0.20348.",
				"No. of VMs: 2.",
				"VMs to backup:",
				"erp-app01",
				"erp-sql01",
				`Backup directory: \\nas02\hyperv-backups.`,
				"Backups to keep: 7 days",
				`Logs directory: C:\scripts\logs.`,
				"---"),
			we("2026-11-28T22:00:04Z", Info, "", "2026-11-28 22:00:04 [INFO] Process started"),
			we("2026-11-28T22:00:05Z", Info, "", "2026-11-28 22:00:05 [INFO] (VM:erp-app01) Attempting to export VM"),
			we("2026-11-28T22:09:41Z", Info, "", "2026-11-28 22:09:41 [SUCCESS] (VM:erp-app01) Backup Successful"),
			we("2026-11-28T22:09:42Z", Info, "", "2026-11-28 22:09:42 [INFO] (VM:erp-sql01) Attempting to export VM"),
			we("2026-11-28T22:31:18Z", Error, "",
				"2026-11-28 22:31:18 [ERROR] (VM:erp-sql01) Failed to copy file during export.",
				`There is not enough space on the disk to perform the copy to '\\nas02\hyperv-backups\erp-sql01'.`,
				"Failed to copy files: There is not enough space on the disk. (0x80070070)."),
			we("2026-11-28T22:31:19Z", Info, "", "2026-11-28 22:31:19 [INFO] Process finished."),
		},
		gap: "the bracketed `[SUCCESS]` level is read as Notice, not Info",
	},
}

func TestFresh612Formats(t *testing.T) { assertTable(t, fresh612Cases) }
func TestFresh612Score(t *testing.T) {
	checkScore(t, "fresh612 formats", fresh612Cases, [worldNumFields]float64{97.8, 99.9, 99.9, 97.4})
}
