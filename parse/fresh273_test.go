package parse

import "testing"

// The two-hundred-and-seventy-third fresh table, written on 2026-12-05: file, object and block
// storage daemons' logs in shapes no earlier table holds. Each family is one product's documented or
// observed output: MinIO's `mc admin trace -v` (one block a call, every line behind the node's
// name); SeaweedFS's glog fork with --log_json (one JSON object a line); Garage under systemd, read
// with journalctl (the journal's header around Rust tracing's own line); DRBD 8.4's kernel messages
// in Ubuntu's /var/log/kern.log (`block drbdN:` and `d-con res:` behind the printk uptime);
// open-iscsi's iscsistart with -d (every debug line behind `iscsistart: `, the login keys behind
// `>`); rpc.mountd relayed by rsyslog in RFC 5424 with a +01:00 offset; the kernel NFS server in
// `journalctl -k -o short-monotonic`; Samba's log.smbd at log level 10 with `debug pid` and `debug
// class` (the NDR dumps ndr_print_function_debug writes under one header); Longhorn's share-manager
// pod (logrus lines and NFS-Ganesha's lines in one stream).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`minio`, `mc admin trace`, `REQUEST s3.`, `[Client IP`, `mc admin logs`, `seaweed`, `weed`,
// `weed.*INFO.`, `log_json`, `"ts":"`, `garage`, `garage_`, `garage[`, `drbd`, `drbd `, `d-con`,
// `block drbd`, `targetcli`, `rtslib`, `log.txt`, `iscsid`, `iscsid:`, `iscsid -f`, `iSCSI`,
// `iscsistart`, `open-iscsi`, `multipath`, `multipathd`, `rpc.mountd`, `mountd 1`, `<30>1 `, `nfsd`,
// `nfsd: `, `NFSD: `, `nfsdctl`, `short-monotonic`, `smbd`, `samba`, `ndr_print`, `struct lsa_`,
// `class=rpc_parse`, `middlewared`, `middlewared.log`, `zed`, `zpool events`, `ZFS[`, `zfsd`,
// `devd`, `longhorn`, `instance-manager`, `share-manager`, `ganesha`, `rook`, `osd-prepare`,
// `kubectl-rook-ceph`, `ceph`, `LIO`, `target_core`, `tcmu`, `tgtd`, `linstor`, `time-format iso`,
// `Log file created at`, `Running on machine`).
// MinIO is in fresh7 (the console error block), fresh46 (--json, `mc admin trace` one line a
// call), fresh153 (the audit webhook) and fresh160 (the compose banner); the verbose trace blocks
// are in none. SeaweedFS is in fresh14 (glog) and fresh160 (glog under compose); its JSON mode in
// none. Garage is in fresh33 (tracing on stderr); in the journal in none. DRBD is in fresh30 (DRBD
// 9 in /var/log/messages), fresh46 (events2) and fresh73 (the raw dmesg ring); DRBD 8.4's
// `block drbdN:`/`d-con` prefixes behind a printk uptime inside a syslog line in none. open-iscsi
// is in fresh21 (iscsid through syslog) and fresh73 (iscsiadm's login output); iscsistart's debug
// stderr in none. rpc.mountd is in fresh18 (syslog), fresh64 (foreground) and fresh73 (short-iso
// journal); in RFC 5424 in none. The kernel NFS server is in fresh46 (short-precise); short-monotonic
// in none. Samba's log.smbd and log.winbindd headers are in holdout, fresh41, fresh46, fresh55,
// fresh73, fresh83 and fresh242; an NDR dump under its header in none. Longhorn's instance manager
// and manager are in fresh46; the share manager in none. Left out as measured already: TrueNAS's
// middlewared.log, zettarepl.log, app_lifecycle.log and alert.list (fresh5, fresh46, fresh73,
// fresh254), zed and zpool events in every shape found (fresh2, fresh6, fresh46, fresh73, fresh153,
// fresh204, fresh254), multipathd (fresh21, fresh46, fresh73), LIO and targetctl (fresh46, fresh73),
// Rook's operator and Ceph's daemons (fresh11, fresh39, fresh73, fresh99, fresh222). The table holds
// 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). mc prints a trace's request time in local time with no zone, taken as UTC;
// SeaweedFS's ts is UTC with a Z; Garage's tracing time and the journal's are of the same second,
// either accepted; the kern.log and journal headers have no year (2026); the printk uptime and the
// monotonic journal stamp are times since boot, no clock, so the NFS server's kernel lines have no
// time; the RFC 5424 time is converted from +01:00; Samba's and Ganesha's times have no zone and
// are UTC. Levels only where the line marks one: SeaweedFS's level key, tracing's level word, the
// RFC 5424 PRI, Samba's debug level after the time (0 error, 1 warning, 3 notice, 5 info, 10
// debug), logrus's level=, Ganesha's last `:WORD` (EVENT as Notice); mc's trace, DRBD's kernel
// lines, iscsistart and the kernel NFS server mark none, and `could not`, `failed` or a 4xx status
// in a message are no levels. The host is the record's host field: the journal's and syslog's host,
// RFC 5424's HOSTNAME, Ganesha's third column, the MinIO node before each trace line (its name,
// without the port); a client IP, a Host header, a DRBD peer, a portal and an NFS client are not
// hosts. A record that spans lines is one entry: an mc trace from its [REQUEST] line to the node's
// name alone that ends it, a Samba header with its indented message or NDR dump.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit e26dbc3 before any rule for it: level 88.9 %, time 94.4 %, host 83.3 %, records 88.9 %.
// That is the macro figure (micro: level 90.7 %, time 97.7 %, host 88.4 %, records 95.3 %), in a
// worktree at e26dbc3 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 9 families fully right; the gaps are the blocks of `mc admin trace -v` (cut at its headers, an
// X-Amz-Date read as a time, the next call joined to the response, the node not read as the host)
// and the level and host of Ganesha's lines when they share the share-manager's stream with logrus.

var fresh273Cases = []worldCase{
	{
		name:   "minio-mc-admin-trace-verbose-blocks",
		gap:    "trawl does not hold a verbose trace together: the node-prefixed lines after `[REQUEST …]` (method and path, Proto:, Host:, Content-Length:) come out as records of their own, the compact `X-Amz-Date: 20261129T074116Z` header starts a record with a time, and the next call's `[REQUEST …]` line is joined to the response block before it; the `minio1:9000 ` node before every line is not read as the host",
		source: "MinIO's `mc admin trace -v ALIAS` (traceMessage.String in minio/mc cmd/admin-trace.go: every line begins with the node's name and a space; `[REQUEST s3.API] [yyyy-MM-ddTHH:mm:ss.SSS] [Client IP: addr]`, the method and path, Proto, Host and the other request headers, the body, `[RESPONSE] [time] [ Duration … TTFB … ↑ …  ↓ … ]`, the status, the response headers, the body, and the node's name alone to close): minio/mc cmd/admin-trace.go and PR #3612 (the client IP in the verbose REQUEST line)",
		why:    "one S3 call is a block of lines all behind `minio1:9000 `; the request's zone-less local time is the record's (the response's is later); the Host header and the client IP are no hosts, the node is; HTTP 404 is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "minio1",
				"minio1:9000 [REQUEST s3.PutObject] [2026-11-29T07:41:16.204] [Client IP: 10.20.0.41]",
				"minio1:9000 PUT /backups/db/2026-11-29.tar.zst",
				"minio1:9000 Proto: HTTP/1.1",
				"minio1:9000 Host: s3.example.net",
				"minio1:9000 Content-Length: 4194304",
				"minio1:9000 X-Amz-Date: 20261129T074116Z",
				"minio1:9000 User-Agent: MinIO (linux; amd64) minio-go/v7.0.81 mc/RELEASE.2026-10-02T19-35-28Z",
				"minio1:9000 <BLOB>",
				"minio1:9000 [RESPONSE] [2026-11-29T07:41:16.251] [ Duration 47.102ms TTFB 46.981ms ↑ 4.0 MiB  ↓ 0 B ]",
				"minio1:9000 200 OK",
				`minio1:9000 ETag: "9b2cf535f27731c974343645a3985328"`,
				"minio1:9000 X-Amz-Request-Id: 187C1A2B3D4E5F60",
				"minio1:9000 ",
				"minio1:9000 "),
			we("2026-11-29T07:41:17.012Z", Unknown, "minio1",
				"minio1:9000 [REQUEST s3.HeadObject] [2026-11-29T07:41:17.012] [Client IP: 10.20.0.41]",
				"minio1:9000 HEAD /backups/db/2026-11-28.tar.zst",
				"minio1:9000 Proto: HTTP/1.1",
				"minio1:9000 Host: s3.example.net",
				"minio1:9000 X-Amz-Date: 20261129T074117Z",
				"minio1:9000 ",
				"minio1:9000 [RESPONSE] [2026-11-29T07:41:17.013] [ Duration 811µs TTFB 790.112µs ↑ 93 B  ↓ 0 B ]",
				"minio1:9000 404 Not Found",
				"minio1:9000 X-Minio-Error-Code: NoSuchKey",
				"minio1:9000 ",
				"minio1:9000 "),
		},
	},
	{
		name:   "seaweedfs-glog-log-json",
		source: "SeaweedFS's glog fork with --log_json (weed/glog/glog_json.go formatJSON: `{\"ts\":RFC 3339 nano in UTC,\"level\":INFO|WARNING|ERROR|FATAL,\"file\":…,\"line\":N,\"msg\":…}` one object a line, newlines in the message escaped): seaweedfs/seaweedfs weed/glog/glog_json.go",
		why:    "the ts key with a trimmed fraction; the level key's WARNING and FATAL; addresses and a volume id in msg are no host and no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204412Z", Info, "", `{"ts":"2026-11-29T07:41:16.204412Z","level":"INFO","file":"master_server.go","line":133,"msg":"current: 10.20.4.11:9333 peers:10.20.4.12:9333,10.20.4.13:9333"}`),
			we("2026-11-29T07:41:17.4022Z", Warn, "", `{"ts":"2026-11-29T07:41:17.4022Z","level":"WARNING","file":"volume_grpc_client_to_master.go","line":79,"msg":"heartbeat to 10.20.4.11:9333 error: rpc error: code = Unavailable desc = connection refused"}`),
			we("2026-11-29T07:41:19.000412Z", Error, "", `{"ts":"2026-11-29T07:41:19.000412Z","level":"ERROR","file":"store.go","line":318,"msg":"load volume 41 from /data: volume 41 has 2 replicas, expected 3"}`),
			we("2026-11-29T07:41:21.5Z", Critical, "", `{"ts":"2026-11-29T07:41:21.5Z","level":"FATAL","file":"filer.go","line":207,"msg":"filer store leveldb3: open /data/filerldb3: resource temporarily unavailable\ngoroutine 1 [running]:\nmain.main()"}`),
		},
	},
	{
		name:   "garage-systemd-journal-tracing",
		source: "Garage 1.x run by the systemd unit of its documentation (`garage server` with its stderr in the journal, read with journalctl: the classic `Mmm dd HH:mm:ss host garage[pid]: ` header, then Rust tracing's default line `RFC 3339 UTC µs  LEVEL target: msg`): Garage docs 'Cookbook: Starting Garage with systemd'; the tracing layout as in fresh33's garage-tracing; the journal paste from memory",
		why:    "the journal's host and yearless time around tracing's own time of the same second; the level is tracing's word; the node ids and peer addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Unknown, "s3-b", "Nov 29 07:41:15 s3-b systemd[1]: Started garage.service - Garage Data Store."),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204412Z", Info, "s3-b", "Nov 29 07:41:16 s3-b garage[812]: 2026-11-29T07:41:16.204412Z  INFO garage_net::netapp: Connected to 10.20.0.12:3901, negotiating handshake..."),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.018733Z", Info, "s3-b", "Nov 29 07:41:17 s3-b garage[812]: 2026-11-29T07:41:17.018733Z  INFO garage_block::resync: Resync block 3f1c9e0a2b7d4c58: fetching absent but needed block (refcount > 0)"),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.500117Z", Warn, "s3-b", "Nov 29 07:41:20 s3-b garage[812]: 2026-11-29T07:41:20.500117Z  WARN garage_rpc::system: Could not ping node 5e2a9c41b7d3f081: Timeout"),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:21.002118Z", Error, "s3-b", "Nov 29 07:41:21 s3-b garage[812]: 2026-11-29T07:41:21.002118Z ERROR garage_block::resync: Error when resyncing 3f1c9e0a2b7d4c58: Could not reach quorum of 2. 1 of 3 request succeeded, others returned errors"),
		},
	},
	{
		name:   "drbd84-kernlog-printk-uptime",
		source: "DRBD 8.4's kernel messages in Ubuntu's /var/log/kern.log (rsyslog's traditional `Mmm dd HH:mm:ss host kernel: ` before the printk uptime in brackets, then `block drbdN: msg` for a device and `d-con res: msg` for a connection, state changes as `conn( A -> B )`): LINBIT DRBD 8.4 User's Guide ('Checking DRBD status', the kernel log); from memory of real lines",
		why:    "the syslog time and host; the bracketed uptime after `kernel:` is time since boot, not the record's; the peer's state words (Primary, NetworkFailure) are no levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "nas-a", "Nov 29 07:41:16 nas-a kernel: [  412.204412] d-con r0: Handshake successful: Agreed network protocol version 101"),
			we("2026-11-29T07:41:16Z", Unknown, "nas-a", "Nov 29 07:41:16 nas-a kernel: [  412.301117] block drbd0: role( Secondary -> Primary )"),
			we("2026-11-29T07:41:18Z", Unknown, "nas-a", "Nov 29 07:41:18 nas-a kernel: [  414.002117] d-con r0: PingAck did not arrive in time."),
			we("2026-11-29T07:41:18Z", Unknown, "nas-a", "Nov 29 07:41:18 nas-a kernel: [  414.002233] d-con r0: peer( Secondary -> Unknown ) conn( Connected -> NetworkFailure ) pdsk( UpToDate -> DUnknown )"),
			we("2026-11-29T07:41:19Z", Unknown, "nas-a", "Nov 29 07:41:19 nas-a kernel: [  415.118402] block drbd0: new current UUID 8C2F1A9B3D4E5F61:5D0B7E22A91C4F08:0000000000000004:0000000000000000"),
		},
	},
	{
		name:   "iscsistart-debug-stderr",
		source: "open-iscsi's iscsistart with -d (the initramfs login helper's debug output on stderr: every line `iscsistart: msg`, the login PDU's keys as `iscsistart: >    Key=Value`, no time, no level): open-iscsi/open-iscsi issues #241 and #121 (pasted iscsistart -d output)",
		why:    "no time, no level and no host anywhere; `could not read` is a message, not a level; the portal address and the target name are no hosts; each line is its own record",
		entries: []worldEntry{
			we("", Unknown, "", "iscsistart: in ctldev_open"),
			we("", Unknown, "", "iscsistart: created NETLINK_ISCSI socket..."),
			we("", Unknown, "", "iscsistart: InitiatorName=iqn.2004-10.com.ubuntu:01:5e2a9c41b7d3"),
			we("", Unknown, "", "iscsistart: TargetName=iqn.2003-01.org.linux-iscsi.san-a.x8664:sn.7c1f0e92a4b1"),
			we("", Unknown, "", "iscsistart: could not read username in: 5"),
			we("", Unknown, "", "iscsistart: sending login PDU with current stage 0, next stage 1, transit 0x80, isid 0x00023d000001 exp_statsn 0"),
			we("", Unknown, "", "iscsistart: >    InitiatorName=iqn.2004-10.com.ubuntu:01:5e2a9c41b7d3"),
			we("", Unknown, "", "iscsistart: >    SessionType=Normal"),
			we("", Unknown, "", "iscsistart: Connection1:0 to [target: iqn.2003-01.org.linux-iscsi.san-a.x8664:sn.7c1f0e92a4b1, portal: 10.20.5.10,3260] through [iface: default] is operational now"),
		},
	},
	{
		name:   "rpc-mountd-rfc5424-relay",
		source: "nfs-utils' rpc.mountd on an NFS server whose rsyslog forwards to a central rsyslog that stores RSYSLOG_SyslogProtocol23Format (`<PRI>1 RFC 3339 µs±hh:mm host rpc.mountd pid - - msg`: mount requests authenticated or refused, an export it cannot serve): rpc.mountd(8); rsyslog's RSYSLOG_SyslogProtocol23Format template; from memory of real lines",
		why:    "RFC 5424's PRI is the level (daemon.notice, daemon.warning, daemon.err); the time is converted from +01:00; HOSTNAME is the host and the client address in the message is not",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204412Z", Notice, "nfs01", "<29>1 2026-11-29T08:41:16.204412+01:00 nfs01 rpc.mountd 1187 - - authenticated mount request from 10.20.0.41:771 for /srv/exports/home (/srv/exports/home)"),
			we("2026-11-29T07:41:19.311008Z", Warn, "nfs01", "<28>1 2026-11-29T08:41:19.311008+01:00 nfs01 rpc.mountd 1187 - - refused mount request from 10.20.9.7 for /srv/exports/home (/srv/exports/home): unmatched host"),
			we("2026-11-29T07:41:22.900117Z", Error, "nfs01", "<27>1 2026-11-29T08:41:22.900117+01:00 nfs01 rpc.mountd 1187 - - Cannot export /srv/exports/scratch, possibly unsupported filesystem or fsid= required"),
			we("2026-11-29T07:42:01.004Z", Notice, "nfs01", "<29>1 2026-11-29T08:42:01.004+01:00 nfs01 rpc.mountd 1187 - - authenticated unmount request from 10.20.0.41:902 for /srv/exports/home (/srv/exports/home)"),
		},
	},
	{
		name:   "nfsd-kernel-journal-short-monotonic",
		source: "the kernel NFS server's messages (NFSD's client tracking and grace period, a client's bad state id, sunrpc's socket error) as `journalctl -k -o short-monotonic` prints them (`[seconds.micro] host kernel: msg`, the monotonic clock only): journalctl(1) -o short-monotonic; from memory of real lines",
		why:    "the only stamp is time since boot, so no time; the journal's host after it; the NFS client address in a message is no host",
		entries: []worldEntry{
			we("", Unknown, "nfs01", "[ 1204.204412] nfs01 kernel: NFSD: Using nfsdcld client tracking operations."),
			we("", Unknown, "nfs01", "[ 1204.204533] nfs01 kernel: NFSD: starting 90-second grace period (net f0000000)"),
			we("", Unknown, "nfs01", "[ 1294.310004] nfs01 kernel: NFSD: client 10.20.0.41 testing state ID with incorrect client ID"),
			we("", Unknown, "nfs01", "[ 1811.002117] nfs01 kernel: rpc-srv/tcp: nfsd: got error -104 when sending 240 bytes - shutting down socket"),
		},
	},
	{
		name:   "samba-smbd-debug10-ndr-dump",
		source: "Samba's log.smbd with `log level = 10`, `debug pid = yes`, `debug uid = yes` and `debug class = yes` (the header `[yyyy/MM/dd HH:mm:ss.uuuuuu, lvl, pid=N, effective(uid, gid), real(uid, gid), class=name] file:line(func)`; ndr_print_function_debug's dump of an RPC call's in and out structures, indented seven spaces and deeper, under one header): librpc/ndr/ndr.c (ndr_print_function_debug); samba-technical threads pasting lsa_LookupNames3, winreg_CreateKey and wbint dumps",
		why:    "Samba's debug level after the time (1 warning, 3 notice, 10 debug); the NDR dump's lines, with `:` and `*` columns and quoted names, belong to the header above them; 'nas-a' inside the dump is a server name in the call, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Debug, "",
				"[2026/11/29 07:41:16.204118, 10, pid=5120, effective(0, 0), real(0, 0), class=smb2] ../../source3/smbd/smb2_server.c:3412(smbd_smb2_request_dispatch)",
				"  smbd_smb2_request_dispatch: opcode[SMB2_OP_IOCTL] mid = 9"),
			we("2026-11-29T07:41:16.204412Z", Warn, "",
				"[2026/11/29 07:41:16.204412,  1, pid=5120, effective(0, 0), real(0, 0), class=rpc_parse] ../../librpc/ndr/ndr.c:484(ndr_print_function_debug)",
				"       srvsvc_NetShareGetInfo: struct srvsvc_NetShareGetInfo",
				"          in: struct srvsvc_NetShareGetInfo",
				"              server_unc               : *",
				"                  server_unc               : 'nas-a'",
				"              share_name               : 'projects'",
				"              level                    : 0x000003ec (1004)"),
			we("2026-11-29T07:41:16.205001Z", Warn, "",
				"[2026/11/29 07:41:16.205001,  1, pid=5120, effective(0, 0), real(0, 0), class=rpc_parse] ../../librpc/ndr/ndr.c:484(ndr_print_function_debug)",
				"       srvsvc_NetShareGetInfo: struct srvsvc_NetShareGetInfo",
				"          out: struct srvsvc_NetShareGetInfo",
				"              info                     : *",
				"                  info                     : union srvsvc_NetShareInfo(case 1004)",
				"                  info1004                 : *",
				"                      info1004: struct srvsvc_NetShareInfo1004",
				"                          comment                  : *",
				"                              comment                  : 'Project shares'",
				"              result                   : WERR_OK"),
			we("2026-11-29T07:41:16.2053Z", Notice, "",
				"[2026/11/29 07:41:16.205300,  3, pid=5120, effective(0, 0), real(0, 0), class=smb2] ../../source3/smbd/smb2_server.c:4012(smbd_smb2_request_error_ex)",
				"  smbd_smb2_request_error_ex: smbd_smb2_request_error_ex: idx[1] status[NT_STATUS_NO_MORE_FILES] || at ../../source3/smbd/smb2_query_directory.c:184"),
		},
	},
	{
		name:   "longhorn-share-manager-ganesha",
		gap:    "Ganesha's lines between logrus lines get their day-first time but neither the level of their last `:WORD` column (`:EVENT :`, `:WARN :`) nor the host of their third ` : ` column (the share-manager pod's hostname); the logrus lines are right",
		source: "Longhorn's share-manager pod for an RWX volume as `kubectl logs` prints it (longhorn-share-manager's logrus text `time=\"RFC 3339\" level=… msg=\"…\"` with the volume's fields, and NFS-Ganesha's own lines on the same stdout, `dd/MM/yyyy HH:mm:ss : epoch <hex> : <host> : ganesha.nfsd-<pid>[<thread>] <function> :<COMPONENT> :<LEVEL> :msg`): longhorn/longhorn-share-manager; NFS-Ganesha's log layout as in fresh5's nfs-ganesha; the interleaving from memory",
		why:    "two layouts in one stream: logrus's time and level=, no host; Ganesha's day-first zone-less date, its host in the third ` : ` column (the pod's hostname) and its level the last `:WORD`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="Starting NFS server" encrypted=false volume=pvc-7c1f0e92-a4b1-4d3e-9f08-5e2a9c41b7d3`),
			we("2026-11-29T07:41:17Z", Notice, "share-manager-pvc-7c1f0e92-a4b1-4d3e-9f08-5e2a9c41b7d3", "29/11/2026 07:41:17 : epoch 6749cb3d : share-manager-pvc-7c1f0e92-a4b1-4d3e-9f08-5e2a9c41b7d3 : ganesha.nfsd-27[main] nfs_start :NFS STARTUP :EVENT :-------------------------------------------------"),
			we("2026-11-29T07:41:17Z", Notice, "share-manager-pvc-7c1f0e92-a4b1-4d3e-9f08-5e2a9c41b7d3", "29/11/2026 07:41:17 : epoch 6749cb3d : share-manager-pvc-7c1f0e92-a4b1-4d3e-9f08-5e2a9c41b7d3 : ganesha.nfsd-27[main] nfs_start :NFS STARTUP :EVENT :             NFS SERVER INITIALIZED"),
			we("2026-11-29T07:41:18Z", Warn, "share-manager-pvc-7c1f0e92-a4b1-4d3e-9f08-5e2a9c41b7d3", "29/11/2026 07:41:18 : epoch 6749cb3d : share-manager-pvc-7c1f0e92-a4b1-4d3e-9f08-5e2a9c41b7d3 : ganesha.nfsd-27[svc_4] nfs4_op_open :NFS4 :WARN :Open with a layout hint, ignored"),
			we("2026-11-29T07:41:19Z", Info, "", `time="2026-11-29T07:41:19Z" level=info msg="Exported volume" export=/export/pvc-7c1f0e92-a4b1-4d3e-9f08-5e2a9c41b7d3 volume=pvc-7c1f0e92-a4b1-4d3e-9f08-5e2a9c41b7d3`),
			we("2026-11-29T07:41:44Z", Error, "", `time="2026-11-29T07:41:44Z" level=error msg="Failed to refresh the lease" error="context deadline exceeded" volume=pvc-7c1f0e92-a4b1-4d3e-9f08-5e2a9c41b7d3`),
		},
	},
}

func TestFresh273Formats(t *testing.T) { assertTable(t, fresh273Cases) }
func TestFresh273Score(t *testing.T) {
	checkScore(t, "fresh273 formats", fresh273Cases, [worldNumFields]float64{88.8, 94.3, 83.2, 88.8})
}
