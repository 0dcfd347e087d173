package parse

import "testing"

// The five-hundred-and-twenty-seventh fresh table: storage and backup software, another pass
// (backup servers and agents, NAS systems, object-store clients, software-defined block storage and
// Kubernetes backup and replication operators), shapes no earlier table holds. Each family is one
// product's documented or observed output: Greyhole's greyhole.log (`M d HH:mm:ss LEVEL action:
// text`, the level word where a syslog host would stand); Box Backup's bbackupd log file (a
// zone-less `yyyy-MM-dd HH:mm:ss` and a bracketed level padded to ten) and bbstored in syslog (the
// level word written into the message, none for INFO); Vitastor's OSD in the journal (`[OSD n]` and
// `[PG pool/num]` prefixes, no level); CasaOS's services in syslog (casaos-message-bus's Echo access
// JSON with its own `time` and an HTTP `host`, casaos's plain lines); s5cmd's console output (no
// time at all, `ERROR "command": message`); Kanister's controller (logrus JSON with sorted keys,
// `hostname` the operator pod, `time` last); VolSync's controller manager (zap's tab-separated
// console lines, a Go stack under an ERROR).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `bacula`, `bareos`, `amanda`, `veeam`, `commvault`, `netbackup`,
// `duplicati`, `restic`, `borg`, `kopia`, `urbackup`, `burp`, `duplicity`, `rsnapshot`,
// `proxmox-backup`, `proxmox backup`, `arcserve`, `acronis`, `backup exec`, `beremote`, `dsmerror`,
// `dsmsched`, `spectrum protect`, `nakivo`, `cohesity`, `rubrik`, `backuppc`, `bvckup`, `cobian`,
// `macrium`, `areca`, `relax-and-recover`, `rear`, `timeshift`, `deja-dup`, `back in time`,
// `backintime`, `vorta`, `rclone`, `syncthing`, `unison`, `lsyncd`, `csync2`, `drbd`, `gluster`,
// `ceph`, `minio`, `seaweedfs`, `garage`, `lizardfs`, `moosefs`, `zed`, `truenas`, `middlewared`,
// `synology`, `qnap`, `unraid`, `openmediavault`, `nextcloud`, `owncloud`, `seafile`, `resilio`,
// `rslsync`, `freefilesync`, `rsyncd`, `zrepl`, `sanoid`, `syncoid`, `znapzend`, `longhorn`, `rook`,
// `openebs`, `portworx`, `ontap`, `storagegrid`, `swift`, `arq`, `carbon copy`, `bombich`,
// `superduper`, `chronosync`, `bztransmit`, `backupd`, `duplicacy`, `velero`, `kasten`, `tgtd`,
// `iscsid`, `multipathd`, `targetcli`, `smbd`, `ganesha`, `alluxio`, `juicefs`, `beegfs`, `lustre`,
// `tahoe`, `ipfs`, `storj`, `tarsnap`, `bup`, `pgbackrest`, `barman`, `wal-g`, `rman`, `xtrabackup`,
// `mydumper`, `pg_probackup`, `zfs send`, `mutagen`, `ctdb`, `nfsd`, `rpc.mountd`, `autofs`, `vdo`,
// `stratis`, `lvm`, `mdadm`, `smartd`, `openzfs`, `btrfs`, `snapper`, `bcache`, `nbd`, `sheepdog`,
// `scality`, `cloudian`, `wasabi`, `backblaze`, `s3cmd`, `s3fs`, `goofys`, `mountpoint-s3`,
// `rustic`, `bupstash`, `zbackup`, `elkarbackup`, `dirvish`, `box backup`, `boxbackup`, `bbackupd`,
// `bbstored`, `storeBackup`, `obnam`, `cyberduck`, `crashplan`, `carbonite`, `idrive`, `spideroak`,
// `hyper backup`, `hyperbackup`, `synobackup`, `active backup`, `snapraid`, `mergerfs`, `greyhole`,
// `stablebit`, `drivepool`, `xigmanas`, `nas4free`, `rockstor`, `openfiler`, `readynas`, `drobo`,
// `mycloud`, `casaos`, `zimaos`, `quobyte`, `weka`, `isilon`, `onefs`, `powerscale`, `3par`,
// `nimble`, `purity`, `equallogic`, `compellent`, `storwize`, `hitachi`, `netapp`, `data domain`,
// `ddboost`, `avamar`, `networker`, `nsrd`, `dpm`, `errlog`, `CBEngine`, `MSDPM`, `MARS agent`,
// `wbadmin`, `windows server backup`, `zerto`, `datto`, `storagecraft`, `shadowprotect`,
// `unitrends`, `novabackup`, `iperius`, `rapid recovery`, `appassure`, `retrospect`, `Altaro`,
// `syncovery`, `sftpgo`, `starwind`, `Storage Spaces`, `kadalu`, `democratic`, `topolvm`,
// `piraeus`, `mayastor`, `io-engine`, `linstor`, `spdk`, `vitastor`, `vitastor-osd`, `V-16-`,
// `engine_A`, `vxconfigd`, `infoscale`, `data protector`, `sesam`, `stornext`, `ltfs`, `mhvtl`,
// `ddrescue`, `robocopy`, `btrbk`, `rdiff-backup`, `borgmatic`, `resticprofile`, `autorestic`,
// `backrest`, `plakar`, `k8up`, `volsync`, `kanister`, `kubestash`, `corso`, `osync`, `goodsync`,
// `syncback`, `synctoy`, `pydio`, `syncany`, `git-annex`, `rustfs`, `ozone`, `cubefs`, `leofs`,
// `riak`, `openio`, `versity`, `s3proxy`, `zenko`, `cloudserver`, `renterd`, `kubo`, `orangefs`,
// `xtreemfs`, `ambry`, `s5cmd`, `cleversafe`, and the fragments `read_smb_spool`, `INFO daemon:`,
// `Samba spool`, `[NOTICE]  `, `NOTICE:  `, `RaidFile`, `[OSD `, `[PG `, `subop`, `blockstore
// metadata`, `casaos-message-bus`, `message_bus`, `CatNetCardState`, `helper.sh`, `latency_human`,
// `remote_ip`, `ERROR "cp`, `given object not found`, `"ActionSet"`, `"LogKind"`, `Pod_Out`,
// `controllers.ReplicationSource`, `ReplicationSource`). None of Greyhole, Box Backup, Vitastor,
// CasaOS, s5cmd, Kanister or VolSync is in any table: `[NOTICE]  `, `NOTICE:  `, `[PG ` and
// `ReplicationSource` match other products' lines, `"ActionSet"` a WAF audit record's rule field,
// and `latency_human` and `remote_ip` Echo's access line on its own (fresh12, fresh209), never
// wrapped in a syslog header with a host of its own as CasaOS writes it. Left out as measured
// already: Bacula, Bareos, Amanda, Veeam, Commvault, NetBackup, Duplicati, restic, Borg, Kopia,
// UrBackup, Burp, rsnapshot, Proxmox Backup Server, Spectrum Protect, rclone, Syncthing, DRBD,
// GlusterFS, Ceph, MinIO, SeaweedFS, Garage, TrueNAS, Synology, QNAP, Nextcloud, Seafile, LINSTOR,
// Mayastor, SPDK, Veritas InfoScale, Robocopy, the DPM and MARS agents' errlogs, and fresh502's
// goofys, LeoFS, git-annex, MEGAcmd, Cyberduck and Cryptomator. Left out as not confirmed by any
// search: SuperDuper!'s and Carbon Copy Cloner's logs, Cobian Reflector's log, Retrospect's
// operations log, osync's log, storeBackup's log and Backblaze's bztransmit logs. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Greyhole's `M d HH:mm:ss` and the BSD syslog headers have no year: 2026.
// Box Backup's log file writes local time with no zone, read as UTC. CasaOS's message bus puts
// Echo's RFC 3339 `time` inside a syslog line: the syslog time and the JSON time of the same moment
// are both accepted. Kanister's `time` key and VolSync's leading stamp end in Z. s5cmd writes no
// time: every record has Time 0, and the date inside an object key is none of its own. Levels only
// where the line marks one: Greyhole's level word (CRITICAL is Critical), Box Backup's `[NOTICE]`
// brackets and the `NOTICE: `/`WARNING: `/`ERROR: `/`FATAL: ` words bbstored writes before its
// syslog message (FATAL is Critical; its INFO messages carry no word and get none), s5cmd's `ERROR`,
// logrus's `level` key (Kanister logs a failed launch at info, and info it is), zap's second field.
// Vitastor's and CasaOS's lines carry none. The host is the record's host field: the syslog host
// (vault01, pvecn07, homebox) and Kanister's `hostname` key (the operator pod). Greyhole's level
// word and action, Box Backup's store address, Vitastor's `[OSD 3]` and etcd addresses, CasaOS's
// JSON `host` (the Host header of a local request), s5cmd's S3 `host id`, Kanister's job `Pod` and
// `cluster_name`, and VolSync's namespace/name are no hosts. A record that spans lines is one
// entry: VolSync's ERROR with the Go stack under it.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"): Greyhole's Log.php and Box Backup's Logging.cpp and
// BoxTime.cpp read with the code search, Kanister's pasted controller lines found with find_string,
// and pasted logs in the Vitastor, CasaOS, s5cmd and VolSync issue threads; no family rests on
// memory alone, though bbstored's syslog header (the usual BSD one), s5cmd's plain `cp`/`rm`
// lines, Kanister's error-level line and VolSync's JSON context fields are from memory, as their
// sources say. Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run,
// and none was changed after it.
//
// Its first figure, scored at commit 79e5bf4 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 79e5bf4 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 8 families fully right over 39 records; there is no gap: trawl already reads every family here.

var fresh527Cases = []worldCase{
	{
		name:   "greyhole-log-file",
		source: "Greyhole's greyhole.log (its includes/Log.php: `date(\"M d H:i:s\")`, the level name DEBUG INFO WARN ERROR CRITICAL, then the current action and a colon: `M d HH:mm:ss LEVEL action: text`): gboudreau/Greyhole includes/Log.php, read with the code search",
		why:    "a syslog-like date with no year and no host: the level word stands where a syslog host would; the action (`daemon`, `write`, `fsck`) is no host and no tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 INFO daemon: Greyhole (version 0.15.24) daemon started."),
			we("2026-11-29T07:41:17Z", Debug, "", "Nov 29 07:41:17 DEBUG read_smb_spool: Processing Samba spool..."),
			we("2026-11-29T07:41:19Z", Info, "", "Nov 29 07:41:19 INFO write: Now working on task ID 184223: write Photos/2026/11/IMG_4471.HEIC"),
			we("2026-11-29T07:41:20Z", Warn, "", "Nov 29 07:41:20 WARN write:   Warning! Drive /mnt/hdd3/gh is more than 95% full; it will not receive new file copies."),
			we("2026-11-29T07:42:02Z", Error, "", "Nov 29 07:42:02 ERROR fsck: Failed to create a copy of Documents/taxes/2025.pdf on /mnt/hdd2/gh: No space left on device"),
			we("2026-11-29T07:42:05Z", Critical, "", "Nov 29 07:42:05 CRITICAL daemon: Can't connect to the database at localhost: Connection refused"),
		},
	},
	{
		name:   "box-backup-bbackupd-log-file",
		source: "Box Backup's bbackupd with `LogFile` set in bbackupd.conf (lib/common/Logging.cpp FileLogger::Log: `FormatTime(now, includeDate)` in local time, then the level in brackets padded to ten, `[NOTICE]  `, `[WARNING] `, `[ERROR]   `; lib/common/BoxTime.cpp FormatTime: `yyyy-MM-dd HH:mm:ss`): boxbackup/boxbackup, read with the code search",
		why:    "a zone-less date and time (UTC by the rules); a bracketed level word padded with blanks; FATAL is Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026-11-29 07:41:16 [NOTICE]  Box Backup Client v0.13.0 starting, account 0x0000a3f1"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO]    Loaded configuration from /etc/boxbackup/bbackupd.conf"),
			we("2026-11-29T07:51:16Z", Notice, "", "2026-11-29 07:51:16 [NOTICE]  Beginning scan of local files"),
			we("2026-11-29T07:51:19Z", Warn, "", "2026-11-29 07:51:19 [WARNING] Failed to read file /home/jonas/.local/share/keyrings/login.keyring: Permission denied (13)"),
			we("2026-11-29T07:51:40Z", Error, "", "2026-11-29 07:51:40 [ERROR]   Failed to connect to store at vault01.backup.example:2201: Connection refused"),
			we("2026-11-29T07:52:00Z", Critical, "", "2026-11-29 07:52:00 [FATAL]   Unable to open key file /etc/boxbackup/bbackupd/0000a3f1-FileEncKeys.raw"),
		},
	},
	{
		name:   "box-backup-bbstored-syslog",
		source: "Box Backup's bbstored logging to syslog (lib/common/Logging.cpp Syslog::Log: openlog with the program name and LOG_PID, the message prefixed `NOTICE: `, `WARNING: `, `ERROR: `, `FATAL: `, an INFO message with no prefix): boxbackup/boxbackup, read with the code search; the syslog line around it is the usual BSD one",
		why:    "a BSD syslog time and host; the level is the word the daemon writes before its message; an INFO message carries no word, so no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "vault01", "Nov 29 07:41:16 vault01 bbstored[1402]: NOTICE: Box Backup Store Server v0.13.0 starting"),
			we("2026-11-29T07:41:17Z", Unknown, "vault01", "Nov 29 07:41:17 vault01 bbstored[1402]: Starting housekeeping for account 0x0000a3f1"),
			we("2026-11-29T07:45:02Z", Warn, "vault01", "Nov 29 07:45:02 vault01 bbstored[1733]: WARNING: Account 0x0000a3f1 is over its soft limit (1022 MB used of 1000 MB)"),
			we("2026-11-29T07:45:09Z", Error, "vault01", "Nov 29 07:45:09 vault01 bbstored[1733]: ERROR: Failed to open RaidFile /srv/bbstore/backup/0000a3f1/o01/o2f.rfw: No such file or directory"),
			we("2026-11-29T07:46:00Z", Critical, "vault01", "Nov 29 07:46:00 vault01 bbstored[1812]: FATAL: Could not bind to 0.0.0.0:2201: Address already in use"),
		},
	},
	{
		name:   "vitastor-osd-journal",
		source: "Vitastor's OSD under systemd (the unit's identifier `vitastor-osdN[pid]`, the OSD's own lines with `[OSD n]` and `[PG pool/num]` prefixes, no time and no level of their own): vitalif/vitastor issues #139 (a journal excerpt) and #51 (the OSD's console lines)",
		why:    "a BSD syslog time and host around lines with no level; `[PG 1/12]` is a pool and PG number, not a date; `[OSD 3]` and the etcd addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "pvecn07", "Nov 29 07:41:16 pvecn07 vitastor-osd3[2514]: Reading blockstore metadata"),
			we("2026-11-29T07:41:18Z", Unknown, "pvecn07", `Nov 29 07:41:18 pvecn07 vitastor-osd3[2514]: [OSD 3] reporting to etcd at ["10.20.0.11:2379", "10.20.0.12:2379", "10.20.0.13:2379"] every 5 seconds`),
			we("2026-11-29T07:41:19Z", Unknown, "pvecn07", "Nov 29 07:41:19 pvecn07 vitastor-osd3[2514]: [PG 1/12] Got object list from OSD 5: 418 object versions (418 of them stable)"),
			we("2026-11-29T07:41:19Z", Unknown, "pvecn07", "Nov 29 07:41:19 pvecn07 vitastor-osd3[2514]: [PG 1/12] is active (418 objects)"),
			we("2026-11-29T07:43:02Z", Unknown, "pvecn07", "Nov 29 07:43:02 pvecn07 vitastor-osd3[2514]: read subop to 3000000000014:2c40000 v0 failed locally: retval = -5 (expected 0)"),
		},
	},
	{
		name:   "casaos-services-syslog",
		source: "CasaOS's services in /var/log/syslog: casaos-message-bus's Echo access line (`{\"time\":…,\"remote_ip\":…,\"host\":\"127.0.0.1:port\",…,\"latency_human\":…}`) and casaos's own plain lines, each after a BSD syslog header: IceWhaleTech/CasaOS issues #1630 and #1495",
		why:    "the syslog time and the JSON `time` of the same moment (either accepted); the syslog host is the host, the JSON `host` is the HTTP Host header of a local request; `status` 500 is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.058496723Z", Unknown, "homebox", `Nov 29 07:41:16 homebox casaos-message-bus[1064]: {"time":"2026-11-29T07:41:16.058496723Z","id":"","remote_ip":"127.0.0.1","host":"127.0.0.1:41873","method":"POST","uri":"/v2/message_bus/event/casaos/casaos:file:operate","user_agent":"Go-http-client/1.1","status":200,"error":"","latency":1004557,"latency_human":"1.004557ms","bytes_in":53,"bytes_out":199}`),
			we("2026-11-29T07:41:20Z", Unknown, "homebox", "Nov 29 07:41:20 homebox casaos[633]: /bin/bash -c source /usr/share/casaos/shell/helper.sh ;CatNetCardState enp3s0"),
			we("2026-11-29T07:41:24Z|2026-11-29T07:41:24.601220014Z", Unknown, "homebox", `Nov 29 07:41:24 homebox casaos-message-bus[1064]: {"time":"2026-11-29T07:41:24.601220014Z","id":"","remote_ip":"127.0.0.1","host":"127.0.0.1:41873","method":"POST","uri":"/v2/message_bus/event/local-storage/local-storage:disk:added","user_agent":"Go-http-client/1.1","status":500,"error":"source local-storage is not registered","latency":312044,"latency_human":"312.044µs","bytes_in":211,"bytes_out":64}`),
			we("2026-11-29T07:41:25Z", Unknown, "homebox", "Nov 29 07:41:25 homebox casaos[633]: /bin/bash -c source /usr/share/casaos/shell/helper.sh ;CatNetCardState enp3s0"),
		},
	},
	{
		name:   "s5cmd-console-output",
		source: "s5cmd's console output (one line per operation, `cp src dst`, `rm url`, and `ERROR \"command\": message` for a failed one; no time): peak/s5cmd issues #461 and #875 (the ERROR lines); the plain `cp` and `rm` lines from memory",
		why:    "no time at all: every record has Time 0 (a date inside an object key is no time of the record); the ERROR word before the quoted command is the level; the S3 `host id:` is no host",
		entries: []worldEntry{
			we("", Unknown, "", "cp photos/IMG_0812.jpg s3://family-archive/photos/IMG_0812.jpg"),
			we("", Unknown, "", "cp backups/db-2026-11-29.sql.zst s3://vault-ops/db/db-2026-11-29.sql.zst"),
			we("", Error, "", `ERROR "cp photos/IMG_0813.jpg s3://family-archive/photos/IMG_0813.jpg": AccessDenied: Access Denied status code: 403, request id: 7Q3M9TZK1BVN4XPA, host id: c3RvcmFnZS1ob3N0LWlkLWV4YW1wbGU=`),
			we("", Error, "", `ERROR "cp s3://family-archive/videos/* /mnt/restore/videos/": no object found`),
			we("", Unknown, "", "rm s3://family-archive/tmp/upload-41.part"),
		},
	},
	{
		name:   "kanister-controller-logrus-json",
		source: "Kanister's controller (logrus JSON with sorted keys: `ActionSet`, `File`, `Function`, `Line`, `cluster_name`, `hostname`, `level`, `msg`, `time`; datapath lines with `LogKind`, `Phase`, `Pod`, `Pod_Out`): kanisterio/kanister examples/pgo/README.md (pasted controller lines), issue #2873; the error-level line's function and line from memory",
		why:    "the time is the last key, RFC 3339 with nanoseconds; `hostname` is the operator pod, the record's host; the job `Pod` and `cluster_name` are no host; `level` is info even for a failure message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.181426288Z", Info, "kanister-kanister-operator-6f9c7d8b5-x2lqp", `{"ActionSet":"backup-7qkfd","File":"pkg/controller/controller.go","Function":"github.com/kanisterio/kanister/pkg/controller.(*Controller).onAddActionSet","Line":226,"cluster_name":"5c1e9a40-3b7d-4e1f-9a2c-61d0f8e4b7a3","hostname":"kanister-kanister-operator-6f9c7d8b5-x2lqp","level":"info","msg":"Created ActionSet","time":"2026-11-29T07:41:16.181426288Z"}`),
			we("2026-11-29T07:41:21.34019081Z", Info, "kanister-kanister-operator-6f9c7d8b5-x2lqp", `{"ActionSet":"backup-7qkfd","Container":"container","File":"pkg/output/stream.go","Function":"github.com/kanisterio/kanister/pkg/output.splitLines","Line":46,"LogKind":"datapath","Phase":"dumpToObjectStore","Pod":"kanister-job-m4wzt","Pod_Out":"pg_dump: dumping contents of table \"public.orders\"","cluster_name":"5c1e9a40-3b7d-4e1f-9a2c-61d0f8e4b7a3","hostname":"kanister-kanister-operator-6f9c7d8b5-x2lqp","level":"info","msg":"","time":"2026-11-29T07:41:21.34019081Z"}`),
			we("2026-11-29T07:42:40.907113502Z", Info, "kanister-kanister-operator-6f9c7d8b5-x2lqp", `{"ActionSet":"backup-9xtrn","File":"pkg/controller/controller.go","Function":"github.com/kanisterio/kanister/pkg/controller.(*Controller).handleActionSet","Line":408,"cluster_name":"5c1e9a40-3b7d-4e1f-9a2c-61d0f8e4b7a3","error":"could not fetch object name: shopdb, namespace: shop, group: apps, version: v1, resource: statefulsets: statefulsets.apps \"shopdb\" not found","hostname":"kanister-kanister-operator-6f9c7d8b5-x2lqp","level":"info","msg":"Failed to launch Action backup-9xtrn:","time":"2026-11-29T07:42:40.907113502Z"}`),
			we("2026-11-29T07:42:41.002004511Z", Error, "kanister-kanister-operator-6f9c7d8b5-x2lqp", `{"ActionSet":"backup-9xtrn","File":"pkg/controller/controller.go","Function":"github.com/kanisterio/kanister/pkg/controller.(*Controller).logAndErrorEvent","Line":655,"cluster_name":"5c1e9a40-3b7d-4e1f-9a2c-61d0f8e4b7a3","error":"statefulsets.apps \"shopdb\" not found","hostname":"kanister-kanister-operator-6f9c7d8b5-x2lqp","level":"error","msg":"Error","time":"2026-11-29T07:42:41.002004511Z"}`),
		},
	},
	{
		name:   "volsync-controller-zap-console",
		source: "VolSync's controller manager (controller-runtime's zap console encoder: `ISO-Z<TAB>LEVEL<TAB>logger<TAB>msg<TAB>{json}`, an ERROR followed by its Go stack, function lines and tab-led file:line lines): backube/volsync issue #722 (a pasted controller log: the INFO line and the stack); the JSON context's fields from memory",
		why:    "tab-separated fields after an ISO time in Z; the level word is the second field; the stack under an ERROR belongs to it; the namespace/name in the JSON context is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.793Z", Info, "", "2026-11-29T07:41:16.793Z\tINFO\tcontrollers.ReplicationSource\tNamespace does not indicate volsync privileged movers are allowed, will assume privileged movers are not allowed\t{\"replicationsource\": {\"name\":\"photos-src\",\"namespace\":\"media\"}, \"method\": \"Restic\"}"),
			we("2026-11-29T07:41:16.801Z", Debug, "", "2026-11-29T07:41:16.801Z\tDEBUG\tcontrollers.ReplicationSource\tcreated snapshot\t{\"replicationsource\": {\"name\":\"photos-src\",\"namespace\":\"media\"}, \"method\": \"Restic\", \"snapshot\": \"volsync-photos-src-src\"}"),
			we("2026-11-29T07:42:05.118Z", Error, "",
				"2026-11-29T07:42:05.118Z\tERROR\tcontrollers.ReplicationSource\tunable to create mover job\t{\"replicationsource\": {\"name\":\"photos-src\",\"namespace\":\"media\"}, \"method\": \"Restic\", \"error\": \"Secret \\\"restic-photos\\\" not found\"}",
				"github.com/backube/volsync/controllers/mover/restic.(*Mover).ensureJob",
				"\t/workspace/controllers/mover/restic/mover.go:412",
				"github.com/backube/volsync/controllers.(*rsMachine).Synchronize",
				"\t/workspace/controllers/replicationsource_controller.go:264",
				"github.com/backube/volsync/controllers/statemachine.doSynchronizingState",
				"\t/workspace/controllers/statemachine/machine.go:102"),
			we("2026-11-29T07:43:16.440Z", Info, "", "2026-11-29T07:43:16.440Z\tINFO\tcontrollers.ReplicationSource\tjob completed\t{\"replicationsource\": {\"name\":\"photos-src\",\"namespace\":\"media\"}, \"method\": \"Restic\", \"job\": \"volsync-src-photos-src\"}"),
		},
	},
}

func TestFresh527Formats(t *testing.T) { assertTable(t, fresh527Cases) }
func TestFresh527Score(t *testing.T) {
	checkScore(t, "fresh527 formats", fresh527Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
