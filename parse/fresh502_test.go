package parse

import "testing"

// The five-hundred-and-second fresh table: storage and backup software, a further pass (NAS and
// SAN systems, object stores, backup servers and agents, replication and sync tools in their own
// log files), shapes no earlier table holds. Each family is one product's documented or observed
// output: goofys, the S3 FUSE file system, in the foreground (`yyyy/MM/dd HH:mm:ss.ffffff
// logger.LEVEL msg`, the AWS SDK's request dump under an s3.DEBUG line) and in the background through
// syslog (the same `logger.LEVEL msg` with no time of its own, tagged `/usr/sbin/goofys[pid]`);
// LeoFS's storage node logs (`[E]`, the Erlang node, a local time with its offset, Unix seconds,
// module:function/arity and line, tab-separated, an error term pretty-printed on tab-led lines);
// git-annex's --debug lines (a bracketed nanosecond time, `(Utility.Process) process [pid] read:
// git […]`); MEGAcmd 2's megacmdserver.log (`yyyy-MM-dd_HH-mm-ss.ffffff cmd|sdk LEVEL msg
// [file.cpp:line]`) and MEGAcmd 1's server in the journal (`[API:err: HH:mm:ss] msg`); Cyberduck's
// cyberduck.log with its HTTP transcript loggers and a stack under an ERROR; Cryptomator's logback
// file (a time of day only, WebDAV request and response dumps over several lines).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `bacula`, `bareos`, `amanda`, `restic`, `borg`, `duplicati`, `rclone`,
// `syncthing`, `minio`, `ceph`, `gluster`, `truenas`, `synology`, `qnap`, `netapp`, `veeam`,
// `commvault`, `netbackup`, `kopia`, `urbackup`, `backuppc`, `rsnapshot`, `lsyncd`, `unison`,
// `nextcloud`, `seafile`, `seaweed`, `garage`, `swift`, `leofs`, `tahoe`, `moosefs`, `lizardfs`,
// `beegfs`, `lustre`, `drbd`, `zed`, `sanoid`, `syncoid`, `zrepl`, `znapzend`, `proxmox-backup`,
// `duplicacy`, `rest-server`, `velero`, `longhorn`, `openebs`, `rook`, `k8up`, `burp`, `rear`,
// `clonezilla`, `timeshift`, `backintime`, `deja`, `duplicity`, `rdiff-backup`, `dsmerror`,
// `spectrum protect`, `networker`, `avamar`, `data domain`, `openmediavault`, `unraid`, `xigmanas`,
// `targetcli`, `tgtd`, `multipathd`, `juicefs`, `s3fs`, `goofys`, `tarsnap`, `borgmatic`,
// `autorestic`, `resticprofile`, `resilio`, `csync2`, `freefilesync`, `owncloud`, `insync`,
// `megacmd`, `mega-cmd`, `zfs`, `iscsid`, `Arq`, `cloudberry`, `msp360`, `acronis`, `storj`, `sia`,
// `ipfs`, `wasabi`, `backblaze`, `snapraid`, `mergerfs`, `btrbk`, `snapper`, `bup`, `zbackup`,
// `restic-rest`, `cyberduck`, `winscp`, `filezilla`, `Hyper Backup`, `Active Backup`, `lvm`,
// `mdadm`, `smartd`, `nfs`, `samba`, `ganesha`, `ctdb`, `autofs`, `OpenZFS`, `cohesity`, `rubrik`,
// `Nakivo`, `Altaro`, `Arcserve`, `Retrospect`, `Macrium`, `Carbonite`, `crashplan`, `idrive`,
// `pcloud`, `sync.com`, `tresorit`, `box drive`, `onedrive`, `google drive`, `dropbox`,
// `sharepoint`, `backup exec`, `storage spaces`, `nutanix`, `isilon`, `onefs`, `purity`, `3par`,
// `compellent`, `equallogic`, `storeonce`, `powerprotect`, `druva`, `zerto`, `hitachi`, `xtremio`,
// `storwize`, `ds8000`, `nimble`, `datacore`, `starwind`, `freenas`, `openio`, `cloudian`,
// `scality`, `ozone`, `alluxio`, `cubefs`, `chubaofs`, `curve`, `weka`, `quobyte`, `orangefs`,
// `xtreemfs`, `filecoin`, `lotus`, `perkeep`, `camlistore`, `git-annex`, `osync`, `bvckup`,
// `syncback`, `goodsync`, `rsyncd`, `rsync`, `b2sdk`, `b2_cli`, `leo_storage`, `leo_gateway`,
// `retrospect`, `mountain-duck`, `drive_fs`, `DriveFS`, `megasync`, `icedrive`, `filen`, `koofr`,
// `jottacloud`, `rustic`, `bupstash`, `plakar`, `restique`, `vorta`, `pika`, `urbackupsrv`,
// `elkarbackup`, `bacularis`, `amandad`, `dumpdates`, `xtrabackup`, `pgbackrest`, `barman`,
// `wal-g`, `walg`, `mydumper`, `mariabackup`, `pg_probackup`, `pgbackweb`, `databasus`,
// `mongodump`, `etcdctl snapshot`, `kasten`, `k10`, `stash`, `trilio`, `portworx`, `stork`,
// `ondat`, `storageos`, `linstor`, `piraeus`, `mayastor`, `csi-driver`, `democratic-csi`,
// `topolvm`, `harvester`, `ceph-csi`, `nfs-provisioner`, `iscsi-csi`, `cloudserver`, `werelogs`,
// `zenko`, `rustfs`, `versitygw`, `s3proxy`, `backrest`, `pydio`, `sftpgo`, `syncovery`,
// `cryptomator`, `mutagen`, `zsync`, `kubo`, `dsmsched`, `ANS1`, `main.INFO`, `s3.DEBUG`,
// `fuse.DEBUG`, `git annex`, `annex`, `Utility.Process`, `b2 `, `ch.cyberduck`, `MEGAcmd`,
// `MEGAsync`, `jotta`, `drivefs`, `Drive File Stream`, `seadrive`, `icloud`,
// `nfs-ganesha`, `partclone`, `fsarchiver`, `rustic_core`, `conserve`, `rockstor`,
// `relax-and-recover`, `back in time`, `arq backup`, `arqagent`, `hexos`, `openfiler`, `ctera`,
// `panzura`, `nasuni`, `hammerspace`, `versity`, `eon`, `napp-it`, `omv`, `mmfs`, `gpfs`,
// `storage scale`, `powerstore`, `infinidat`, `vast data`, `ddn`, `scst`, `open-e`, `jovian`,
// `asustor`, `terramaster`, `exos`, `powerscale`, `unity`, `vnx`, `symmetrix`, `powermax`,
// `primera`, `alletra`, `storage virtualize`, `svc_`, `oceanstor`, `huawei`, `ontap`, `ems`,
// `nfsd`, `o.c.common`, `KO ✘`, `ambry`, `riak_cs`, `stanchion`, `riak cs`, `storagegrid`,
// `dell ecs`, `s3server`, `req_id`, `bucketd`, `vaultd`, `arsenal`, `kadalu`, `curvefs`,
// `dragonfly`, `tikv`, `3fs`, `hdfs`, `arq`, `@127.0.0.1`. None of goofys, LeoFS, git-annex's debug
// lines, MEGAcmd, Cyberduck or Cryptomator is in any table (`main.INFO` matches only Magento's
// Monolog channel, `fuse.DEBUG` a line of another product, `annex` only rule cases about PostgreSQL,
// `@127.0.0.1` CouchDB's node name, which that table scores as no host). Left out as measured
// already, most of the field: Bacula, Bareos, Amanda, restic, rustic, Borg, Kopia, Duplicati,
// Duplicacy, rclone, Syncthing, MinIO, Ceph, Gluster, TrueNAS, Synology, QNAP, NetApp ONTAP, Veeam,
// Commvault, NetBackup, Spectrum Protect (dsmsched, ANS codes), UrBackup, BackupPC, rsnapshot,
// lsyncd, Unison, Nextcloud, Seafile, SeaweedFS, Garage, Swift, MooseFS, LizardFS, BeeGFS, Lustre,
// GPFS, DRBD, ZFS's zed, sanoid, zrepl, znapzend, btrbk, Back In Time, Déjà Dup, ReaR, Proxmox
// Backup Server, Velero, Longhorn, Rook, SFTPGo, Rockstor. Left out as not confirmed by any search:
// the Backblaze B2 CLI's debug log, Scality CloudServer's werelogs JSON (its time field), s3proxy's
// own logback pattern, Mutagen's daemon log; Plakar was confirmed but its console lines carry no
// time and are no log file. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). goofys's foreground stamp, git-annex's bracketed stamp and Cyberduck's
// stamp have no zone and are taken as UTC; MEGAcmd 2 writes UTC (gmtime) with dashes between hour,
// minute and second; Cryptomator's and MEGAcmd 1's times of day are on the clock's day, and the
// journal's time and MEGAcmd 1's own time are the same second; LeoFS's local time carries its
// offset (+0900) and the Unix seconds after it are the same second, either accepted. Levels only
// where the line marks one: goofys's LEVEL after the logger name and the dot (WARNING is Warn,
// FATAL is Critical), LeoFS's `[I]`, `[W]`, `[E]`, MEGAcmd 2's short level after `cmd`/`sdk`,
// MEGAcmd 1's `err`/`warn` inside the bracket, Cyberduck's and Cryptomator's padded level words;
// git-annex's debug lines carry none (`(Utility.Process)` is a module, `ExitFailure 128` a
// result). The host is the record's host field: only the syslog and journal headers'; LeoFS's
// Erlang node name (`storage_3@10.40.2.13`), S3 endpoints, WebDAV hosts and manager nodes are no
// hosts. A record that spans lines is one entry: goofys's SDK request dump (its X-Amz-Date header
// and the blank line included), LeoFS's pretty-printed error term, Cyberduck's and Cryptomator's
// stacks, Cryptomator's WebDAV response dump with its Date header.
//
// The shapes come from the sources, documentation and issue threads each case names, found with
// the search tool (corpora "docs", "issues", "code", "pages") and read_file; where a search did not
// confirm a detail the source says "from memory" (MEGAcmd 1's `warn` level word). Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit bb8946e before any rule for it: level 87.5 %, time 100.0 %, host 100.0 %, records 97.9 %.
// That is the macro figure (micro: level 89.7 %, time 100.0 %, host 100.0 %, records 97.4 %), in a
// worktree at bb8946e with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are goofys's SDK request dump, split at its
// `X-Amz-Date: 20261129T074117Z` header line as if that began a new record, and MEGAcmd 1's level
// word inside the bracket after the journal tag (`[API:err: 07:41:16]`), which trawl does not read.

var fresh502Cases = []worldCase{
	{
		name:   "goofys-foreground-stderr",
		source: "goofys run with -f --debug_s3 --debug_fuse (its logHandle formatter in internal/logger.go: `2006/01/02 15:04:05.000000 logger.LEVEL msg`, loggers main, s3, fuse, logrus levels upper-cased; the aws-sdk request dump is one multi-line message): kahing/goofys internal/logger.go (read with read_file), issues #719 and #332, jacobsa/fuse issue #90",
		why:    "a slashed zone-less date with microseconds; the level is glued to the logger name after a dot (`s3.DEBUG`, `fuse.ERROR`); the SDK's request dump under `s3.DEBUG` belongs to it, X-Amz-Date included",
		gap:    "the `X-Amz-Date: 20261129T074117Z` header line inside the SDK's request dump is taken for the start of a new record, so the dump is split there",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Info, "", "2026/11/29 07:41:16.204518 main.INFO File system has been successfully mounted."),
			we("2026-11-29T07:41:17.011824Z", Debug, "", "2026/11/29 07:41:17.011824 s3.DEBUG HEAD https://s3.eu-central-1.amazonaws.com/media-archive-eu = 200 [eu-central-1]"),
			we("2026-11-29T07:41:17.021733Z", Debug, "",
				"2026/11/29 07:41:17.021733 s3.DEBUG DEBUG: Request s3/HeadObject Details:",
				"---[ REQUEST POST-SIGN ]-----------------------------",
				"HEAD /media-archive-eu/ingest/2026-11/batch-0412.tar HTTP/1.1",
				"Host: s3.eu-central-1.amazonaws.com",
				"User-Agent: aws-sdk-go/1.44.122 (go1.21.5; linux; amd64)",
				"X-Amz-Content-Sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
				"X-Amz-Date: 20261129T074117Z",
				"",
				"-----------------------------------------------------"),
			we("2026-11-29T07:41:19.440915Z", Error, "", "2026/11/29 07:41:19.440915 fuse.ERROR *fuseops.ReadFileOp error: no such file or directory"),
			we("2026-11-29T07:41:20.118002Z", Error, "", "2026/11/29 07:41:20.118002 main.ERROR Unable to access 'media-archive-eu': permission denied"),
			we("2026-11-29T07:41:20.118450Z", Critical, "", "2026/11/29 07:41:20.118450 main.FATAL Unable to mount file system, see syslog for details"),
		},
	},
	{
		name:   "goofys-background-syslog",
		source: "goofys mounted in the background (the default, or from fstab as fuse.goofys): the logrus syslog hook sends the same `logger.LEVEL msg` with no time of its own, tagged with the program path: kahing/goofys internal/logger.go (the timestamp is only written when no syslog hook is set), issues #719 (`/usr/sbin/goofys[10751]: main.INFO …` in /var/log/messages), #76 and #380",
		why:    "a BSD syslog line whose tag is a full path; the level is the word after the logger name and the dot; the host is the syslog header's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "nas-gw2", "Nov 29 07:41:16 nas-gw2 /usr/sbin/goofys[10751]: main.INFO File system has been successfully mounted."),
			we("2026-11-29T07:43:09Z", Error, "nas-gw2", "Nov 29 07:43:09 nas-gw2 /usr/sbin/goofys[10751]: fuse.ERROR *fuseops.RemoveXattrOp error: operation not permitted"),
			we("2026-11-29T07:43:12Z", Error, "nas-gw2", "Nov 29 07:43:12 nas-gw2 /usr/sbin/goofys[10751]: main.ERROR Unable to access 'scans-2026': permission denied"),
			we("2026-11-29T07:50:02Z", Critical, "nas-gw2", "Nov 29 07:50:02 nas-gw2 /usr/sbin/goofys[11820]: main.FATAL Unable to mount file system, see syslog for details"),
		},
	},
	{
		name:   "leofs-storage-tab-log",
		source: "LeoFS storage node's info and error logs (log/app/info.*, error.*: `[L]<TAB>node<TAB>yyyy-MM-dd HH:mm:ss.ffffff ±zzzz<TAB>unix seconds<TAB>module:function/arity<TAB>line<TAB>message`, a long term pretty-printed on tab-led lines): leo-project/leofs issues #541, #871 and PR #1095, leo-project/leo_gateway issue #34",
		why:    "a one-letter level in brackets first; a local time with its offset (+0900), then the same second as Unix seconds; the Erlang node name is a node, not a host field; a pretty-printed error term on tab-led lines is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z|2026-11-29T07:41:16Z", Info, "", "[I]\tstorage_3@10.40.2.13\t2026-11-29 16:41:16.204118 +0900\t1795938076\tleo_object_storage_api:compact_start/1\t210\t[{container,7},{status,compacting}]"),
			we("2026-11-29T07:41:19.551207Z|2026-11-29T07:41:19Z", Warn, "", "[W]\tstorage_3@10.40.2.13\t2026-11-29 16:41:19.551207 +0900\t1795938079\tleo_storage_handler_object:get/3\t151\t[{from,gateway},{method,get},{key,<<\"photos/2026/11/IMG_4410.jpg\">>},{req_id,88120413},{cause,not_found}]"),
			we("2026-11-29T07:43:02.118930Z|2026-11-29T07:43:02Z", Error, "", "[E]\tstorage_3@10.40.2.13\t2026-11-29 16:43:02.118930 +0900\t1795938182\tnull:null\t0\tgen_server leo_object_storage_3 terminated with reason: {timeout,{gen_server,call,[leo_metadata_3,close,30000]}}"),
			we("2026-11-29T07:44:50.007731Z|2026-11-29T07:44:50Z", Error, "",
				"[E]\tstorage_3@10.40.2.13\t2026-11-29 16:44:50.007731 +0900\t1795938290",
				"\tleo_storage_app:after_proc/1\t153",
				"\t[{cause,connection_failure},",
				"\t {error_nodes,['manager_1@10.40.2.2']}]"),
			we("2026-11-29T07:45:31.660402Z|2026-11-29T07:45:31Z", Info, "", "[I]\tstorage_3@10.40.2.13\t2026-11-29 16:45:31.660402 +0900\t1795938331\tleo_object_storage_api:compact_done/1\t244\t[{container,7},{active_size_ratio,92}]"),
		},
	},
	{
		name:   "git-annex-debug-process",
		source: "git-annex run with --debug (or annex.debug=true) under datalad and alone: `[yyyy-MM-dd HH:mm:ss.fffffffff] (Module) process [pid] read|chat|call|feed: git [args]` and `done ExitSuccess`, the fraction's trailing zeros dropped, a debug line glued after a `get <file> ` progress word: datalad/datalad PR #6535 and issues #7371, #6973; G-Node/gogs issue #111",
		why:    "a zone-less bracketed time with up to nine fractional digits, sometimes fewer; the module in parentheses and the pid in `process [41872]` are no level and no time; no level; one line has the command's progress text before its bracketed time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.418203551Z", Unknown, "", `[2026-11-29 07:41:16.418203551] (Utility.Process) process [41872] read: git ["--git-dir=.git","--work-tree=.","--literal-pathspecs","-c","annex.debug=true","show-ref","git-annex"]`),
			we("2026-11-29T07:41:16.42561877Z", Unknown, "", "[2026-11-29 07:41:16.42561877] (Utility.Process) process [41872] done ExitSuccess"),
			we("2026-11-29T07:41:16.431092614Z", Unknown, "", `[2026-11-29 07:41:16.431092614] (Utility.Process) process [41873] chat: git ["--git-dir=.git","--work-tree=.","--literal-pathspecs","-c","annex.debug=true","cat-file","--batch"]`),
			we("2026-11-29T07:41:16.508830115Z", Unknown, "", `get scans/2026-11/plate-0412.tif [2026-11-29 07:41:16.508830115] (Utility.Process) process [41874] read: git ["--git-dir=.git","--work-tree=.","--literal-pathspecs","-c","annex.debug=true","ls-files","--stage","-z","--","scans/2026-11/plate-0412.tif"]`),
			we("2026-11-29T07:41:17.902446031Z", Unknown, "", "[2026-11-29 07:41:17.902446031] (Utility.Process) process [41875] done ExitFailure 128"),
		},
	},
	{
		name:   "megacmd2-server-log-file",
		source: "MEGAcmd 2.x's ~/.megaCmd/megacmdserver.log (MegaCmdLogger::formatLogToStream: a UTC `%04d-%02d-%02d_%02d-%02d-%02d.%06d` stamp, ` cmd ` or ` sdk `, a padded short level CRIT/ERR/WARN/INFO/DBG/DTL, the message, then ` [file.cpp:line]`): meganz/MEGAcmd src/megacmdlogger.cpp (read with read_file), contrib/docs/DEBUG.md, issue #739",
		why:    "a date and time joined by an underscore with dashes between hour, minute and second (UTC); `cmd`/`sdk` is the source, the short level after it (ERR and DBG padded with two blanks); the `[file.cpp:line]` at the end is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Info, "", "2026-11-29_07-41-16.204518 cmd INFO Listening to petitions in /home/ines/.megaCmd/megacmd.socket [comunicationsmanagerfilesockets.cpp:212]"),
			we("2026-11-29T07:41:16.377102Z", Info, "", "2026-11-29_07-41-16.377102 sdk INFO Fetching nodes from the API [megaclient.cpp:13388]"),
			we("2026-11-29T07:41:21.905513Z", Warn, "", `2026-11-29_07-41-21.905513 sdk WARN Sync "/srv/nas/photos" paused: local path not available [syncs.cpp:2871]`),
			we("2026-11-29T07:41:22.010846Z", Error, "", "2026-11-29_07-41-22.010846 cmd ERR  Unable to add sync: local path /srv/nas/photos does not exist [megacmdexecuter.cpp:9210]"),
			we("2026-11-29T07:41:24.118700Z", Debug, "", "2026-11-29_07-41-24.118700 sdk DBG  Transfer (UPLOAD) starting - backup-2026-11-29.tar.zst [transfer.cpp:1184]"),
		},
	},
	{
		name:   "megacmd1-server-journal",
		source: "MEGAcmd 1.x's mega-cmd-server under systemd, read with journalctl (a BSD journal line, then MEGAcmd's own `[API:err: HH:mm:ss] msg` or `[err: HH:mm:ss] msg`): meganz/MEGAcmd issues #922 (journal lines), #774 and #666; the `warn` level word from memory",
		why:    "the level and a time of day share one bracket after the journal's tag (`[API:err: 07:41:16]`); `API:` marks the SDK, not a level; the journal's host",
		gap:    "the level word inside MEGAcmd's bracket after the journal tag (`[API:err: 07:41:16]`, `[err: …]`, `[API:warn: …]`) is not read: every record comes out with no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "tank-nas", "Nov 29 07:41:16 tank-nas mega-cmd-server[2617]: [API:err: 07:41:16] Unable to FileAccess::fopen('/volume1/share/docs/q4-report.xlsx'): sysstat() failed: error code: 0: Success"),
			we("2026-11-29T07:41:16Z", Error, "tank-nas", "Nov 29 07:41:16 tank-nas mega-cmd-server[2617]: [API:err: 07:41:16] Parse error (leavearray)"),
			we("2026-11-29T07:41:40Z", Error, "tank-nas", "Nov 29 07:41:40 tank-nas mega-cmd-server[2617]: [err: 07:41:40] Invalid argument: summary"),
			we("2026-11-29T07:42:05Z", Warn, "tank-nas", "Nov 29 07:42:05 tank-nas mega-cmd-server[2617]: [API:warn: 07:42:05] Transfer failed with a temporary error, retrying in 30 seconds"),
		},
	},
	{
		name:   "cyberduck-log-transcript",
		source: "Cyberduck / Mountain Duck cyberduck.log (log4j `yyyy-MM-dd HH:mm:ss,SSS [thread] LEVEL logger - msg`, the level padded to five; the transcript loggers ch.cyberduck.transcript.request and .response; a stack trace under an ERROR): iterate-ch/cyberduck issue #16468, Cadair/parfive issue #94, iterate-ch/docs cyberduck/support.md",
		why:    "a zone-less date with a comma before the milliseconds; the transfer thread in brackets before the padded level; an HTTP status line in the message is no level; the exception's stack belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 [main] INFO  ch.cyberduck.core.preferences.ApplicationPreferences - Running version 9.1.2 (43027) on Mac OS X 15.1"),
			we("2026-11-29T07:41:18.011Z", Info, "", "2026-11-29 07:41:18,011 [Ke7Qp2Lr-transfer-1] INFO  ch.cyberduck.transcript.request - PUT /archive/2026/invoices-11.zip HTTP/1.1"),
			we("2026-11-29T07:41:18.422Z", Info, "", "2026-11-29 07:41:18,422 [Ke7Qp2Lr-transfer-1] INFO  ch.cyberduck.transcript.response - HTTP/1.1 403 Forbidden"),
			we("2026-11-29T07:41:18.43Z", Warn, "", "2026-11-29 07:41:18,430 [Ke7Qp2Lr-transfer-1] WARN  ch.cyberduck.core.worker.SingleTransferWorker - Retry failed upload of invoices-11.zip (attempt 1 of 3)"),
			we("2026-11-29T07:41:18.437Z", Error, "",
				"2026-11-29 07:41:18,437 [Ke7Qp2Lr-transfer-1] ERROR ch.cyberduck.core.threading.DefaultFailureDiagnostics - Failure uploading invoices-11.zip",
				"ch.cyberduck.core.exception.AccessDeniedException: Access Denied. Please contact your web hosting service provider for assistance.",
				"\tat ch.cyberduck.core.s3.S3ExceptionMappingService.map(S3ExceptionMappingService.java:88)",
				"\tat ch.cyberduck.core.s3.S3WriteFeature$1.call(S3WriteFeature.java:102)",
				"\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)"),
		},
	},
	{
		name:   "cryptomator-logback-time-of-day",
		source: "Cryptomator's log file (~/.local/share/Cryptomator/logs/cryptomator0.log; logback `HH:mm:ss.SSS [thread] LEVEL logger - msg`, abbreviated logger names; the WebDAV LoggingFilter writes a request or response over several lines; a stack trace under an ERROR): cryptomator/cryptomator issues #2570, #839, #678 and #1063",
		why:    "a time of day with no date (the clock's day); the thread in brackets may hold blanks; the WebDAV response's header lines, a Date header included, belong to the record above them, as the stack does to its ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.550Z", Info, "", "07:41:16.550 [main] INFO  o.c.common.settings.SettingsProvider - Settings loaded from /home/ines/.config/Cryptomator/settings.json"),
			we("2026-11-29T07:41:16.559Z", Info, "", "07:41:16.559 [main] INFO  org.cryptomator.common.Environment - cryptomator.logDir: ~/.local/share/Cryptomator/logs"),
			we("2026-11-29T07:41:19.301Z", Debug, "", "07:41:19.301 [JavaFX Application Thread] DEBUG o.cryptomator.ui.fxapp.FxApplication - Main window initialized after 1187ms"),
			we("2026-11-29T07:41:24.642Z", Info, "",
				"07:41:24.642 [etp1842301722-41] INFO  o.c.w.core.filters.LoggingFilter - RESPONSE 17:",
				"207",
				"Content-Length: 2841",
				"Date: Sun, 29 Nov 2026 07:41:24 GMT",
				"Content-Type: text/xml;charset=utf-8"),
			we("2026-11-29T07:41:31.905Z", Error, "",
				"07:41:31.905 [JavaFX Application Thread] ERROR o.c.ui.unlock.UnlockWorkflow - Unlock failed for technical reasons.",
				"java.nio.file.FileSystemException: /mnt/nas/vaults/work/masterkey.cryptomator.bkup: Read-only file system",
				"\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:100)",
				"\tat java.base/sun.nio.fs.UnixFileSystemProvider.copy(UnixFileSystemProvider.java:258)"),
		},
	},
}

func TestFresh502Formats(t *testing.T) { assertTable(t, fresh502Cases) }
func TestFresh502Score(t *testing.T) {
	checkScore(t, "fresh502 formats", fresh502Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 97.8})
}
