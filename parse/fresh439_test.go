package parse

import "testing"

// The four-hundred-and-thirty-ninth fresh table, written on 2026-12-06: syslog test vectors, a
// twenty-first pass: senders, relays and stores whose syslog shapes no earlier table holds. Each
// family is one daemon's output in one stored shape: smtp-gated (the transparent SMTP proxy) in
// Debian's /var/log/mail.log (its `NEW (n/m) on=…, src=…, ident=, dst=…, id=epoch.pid` and
// `CLOSE by=…` lines); the iSCSI Enterprise Target's ietd in a file written by rsyslog's
// RSYSLOG_FileFormat (RFC 3339 microseconds and a +01:00 offset, no pid after the tag); IET's kernel
// module iscsi_trgt read with `dmesg -T` (a bracketed ctime-style stamp, no host); the OpenAFS
// client's kernel messages in Ubuntu's /var/log/kern.log (`afs: Lost contact with file server …`
// after the kernel's `[uptime]`); afsd's stdout in the journal read with `journalctl -o
// short-precise`; rinetd's own log file (rd_log's tab-separated line with a trailing space after
// its zone-less stamp) and the same with `logcommon` (a faked Common Log Format line with two
// spaces before the offset); wd_keepalive read with `journalctl -o short-iso` (a `+0100` offset
// without a colon); the BSD rpc.rquotad in a FreeBSD /var/log/messages written by `syslogd -O
// rfc5424`.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`smtp-gated`, `SCAN:CLEAN`, `SESSION TAKEOVER`, `ident=` (fresh22,
// fresh52, fresh85, fresh133, fresh277, fresh367, other products), `NEW (` (fresh61, fresh243,
// fresh338, other products), `ietd`, `iscsi_trgt`, `CHAP initiator`, `Dropping key`, `server
// socket` (other products only), `Registered io type`, `Abort Task`, `iqn.` (other products'
// initiator names), `[Sun Nov 29` (dmesg -T, other senders), `openafs` (fresh102's FileLog and
// BosLog, the server's own files), `afsd`, `afs: `, `Lost contact` (fresh121, another product),
// `All AFS daemons`, `rinetd`, `rinetd-services`, `done-local-closed`, `done-remote-closed`,
// `wd_keepalive`, `watchdog keepalive`, `watchdog now set`, `hardware watchdog identity`,
// `watchdog[`, `rquotad`, `rpc.rquotad`, `RQUOTAPROG`, `svc_run returned`, `short-precise`,
// `short-iso`, `+0100 `, and, looked at and left: `greylistd`, `bcrelay`, `dhcp-helper`, `l2tpns`,
// `sysrqd`, `mcstransd`, `etckeeper`, `debsums`, `warnquota`, `bitlbee`, `micro_inetd`, `pound`
// (fresh18, fresh82, fresh103, fresh368, fresh422), `ctdbd` (fresh30), `oddjobd` (fresh35),
// `fapolicyd` (fresh32), `metalog`, `socklog`, `svlogd`, `ulogd`, `tinyproxy`, `privoxy`, `3proxy`,
// `sockd`, `mcelog`, `rasdaemon`, `winbindd`, `lldpd`, `apcupsd`, `upsmon`, `pure-ftpd`, `xinetd`,
// all held already). The rsyslog file format, dmesg -T, Ubuntu's kern.log, the journal's
// short-precise and short-iso outputs and FreeBSD's RFC 5424 file are in earlier tables with other
// senders; smtp-gated, ietd, iscsi_trgt, the OpenAFS client and afsd, rinetd, wd_keepalive and
// rpc.rquotad are in none (greylistd, smtp-gated, ietd, l2tpns, wd_keepalive, rquotad, sysrqd and
// afsd appear only in fresh432's list of grepped names). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The BSD headers of mail.log and kern.log and the journal's short-precise
// time are yearless (2026) and taken as UTC; rsyslog's RFC 3339 time and FreeBSD's RFC 5424 time
// are converted from +01:00, short-iso's `+0100` and rinetd's faked `[… +0100]` likewise; dmesg
// -T's `[Sun Nov 29 07:40:57 2026]` and rinetd's own `29/Nov/2026:07:41:16 ` carry no zone and are
// UTC. The kernel's `[81234.567890]` is seconds since boot, no clock; smtp-gated's session
// `id=1795938076.4121` is the session's start and pid, not a time with a fraction, and the header
// gives the record's time. Levels only where the line marks one: the RFC 5424 PRI of the
// rpc.rquotad lines (daemon.err 27); the BSD files, rsyslog's file format, dmesg -T, the journal's
// short outputs and rinetd's files store no severity, and rinetd's faked `200`, ietd's `unable to`,
// afsd's `Can't mount` and the kernel's `Lost contact` are message text. The host is the header's
// host; smtp-gated's src= and dst=, ietd's initiator name, iscsi_trgt's sid, the AFS file server and
// cell, and rinetd's client, bind and target addresses are clients, peers and ids, not hosts; dmesg
// and rinetd's files have no host.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 52ed03a before any rule for it: level 100.0 %, time 88.9 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 92.5 %, host 100.0 %, records 100.0 %), in a
// worktree at 52ed03a with no change to trawl's code (only this file and table_test.go's list), 8 of
// 9 families fully right; the one gap is rinetd's logcommon stamp, whose +0100 after two spaces
// inside the brackets is not read as the stamp's zone.

var fresh439Cases = []worldCase{
	{
		name:   "smtp-gated-debian-mail-log-new-close",
		source: "smtp-gated 1.4 (transparent SMTP proxy) through syslog in Debian's /var/log/mail.log: `NEW (active/per-host) on=local:port, src=client:port, ident=, dst=server:port, id=epoch.pid`, `SCAN:CLEAN size=…, time=…, src=…, ident=`, `CLOSE by=client|server rcv=…, trns=…, rcpts=…, auth=…, time=…, src=…, ident=`, `SESSION TAKEOVER: src=…, ident=, trns=…, reason=…`: searched the pages and code corpora (only the PLD spec file smtp-gated.spec and a logwatch module's note on its src= addresses came back); the line layout from memory",
		why:    "a BSD header with no severity; the session id `1795938076.4121` is an epoch and a pid, not a time with a fraction; src= and dst= are the SMTP client and server, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gw1", "Nov 29 07:41:16 gw1 smtp-gated[4121]: NEW (1/0) on=10.0.0.1:25, src=10.0.3.44:51822, ident=, dst=203.0.113.25:25, id=1795938076.4121"),
			we("2026-11-29T07:41:18Z", Unknown, "gw1", "Nov 29 07:41:18 gw1 smtp-gated[4121]: SCAN:CLEAN size=18244, time=1, src=10.0.3.44, ident="),
			we("2026-11-29T07:41:18Z", Unknown, "gw1", "Nov 29 07:41:18 gw1 smtp-gated[4121]: CLOSE by=client rcv=5/12, trns=1, rcpts=2, auth=0, time=2, src=10.0.3.44, ident="),
			we("2026-11-29T07:42:03Z", Unknown, "gw1", "Nov 29 07:42:03 gw1 smtp-gated[4188]: NEW (3/3) on=10.0.0.1:25, src=10.0.3.61:40112, ident=, dst=198.51.100.14:25, id=1795938123.4188"),
			we("2026-11-29T07:42:03Z", Unknown, "gw1", "Nov 29 07:42:03 gw1 smtp-gated[4188]: SESSION TAKEOVER: src=10.0.3.61, ident=, trns=0, reason=host connection limit exceeded"),
		},
	},
	{
		name:   "ietd-rsyslog-fileformat-offset-no-pid",
		source: "the iSCSI Enterprise Target's ietd through syslog (openlog without LOG_PID: the tag `ietd:` alone) stored by rsyslog's RSYSLOG_FileFormat (`RFC 3339 time with microseconds and offset, host, tag, msg`): ietd(8)'s DIAGNOSTICS (\"unable to create server socket (%s)!\", \"Dropping key (%s=%s)\", \"session %#Lx not found?\", manpages.org/ietd/8); the CHAP line and the `10 1 6` after the socket error from memory",
		why:    "a +01:00 offset to convert; no pid after the tag; the initiator's iqn name with its colons and the hex session id are no times and no host; `unable to` is no level",
		entries: []worldEntry{
			we("2026-11-29T07:40:58.110224Z", Unknown, "san1", "2026-11-29T08:40:58.110224+01:00 san1 ietd: unable to create server socket (Address family not supported by protocol) 10 1 6!"),
			we("2026-11-29T07:41:22.91844Z", Unknown, "san1", "2026-11-29T08:41:22.918440+01:00 san1 ietd: CHAP initiator auth.: No valid user/pass combination for initiator iqn.1993-08.org.debian:01:5e2a9c0b71d4 found"),
			we("2026-11-29T07:41:23.002117Z", Unknown, "san1", "2026-11-29T08:41:23.002117+01:00 san1 ietd: Dropping key (X-com.example.Heartbeat=30)"),
			we("2026-11-29T07:43:05.771902Z", Unknown, "san1", "2026-11-29T08:43:05.771902+01:00 san1 ietd: session 0x23d0000001c0200 not found?"),
		},
	},
	{
		name:   "iscsi-trgt-dmesg-human-time",
		source: "IET's kernel module iscsi_trgt read with `dmesg -T` (util-linux: `[Www Mmm dd HH:mm:ss yyyy] msg` in local time): the module's banner `iSCSI Enterprise Target Software - version …`, `iscsi_trgt: Registered io type fileio|blockio|nullio`, the task-management line `iscsi_trgt: Abort Task (01) issued on tid:1 lun:0 by sid:… (Function Complete)`: searched the pages corpus without a hit; from memory",
		why:    "a bracketed ctime-style stamp with the year last and no zone (UTC); no host and no level; tid:, lun: and the 15-digit sid are no times",
		entries: []worldEntry{
			we("2026-11-29T07:40:57Z", Unknown, "", "[Sun Nov 29 07:40:57 2026] iSCSI Enterprise Target Software - version 1.4.20.3"),
			we("2026-11-29T07:40:57Z", Unknown, "", "[Sun Nov 29 07:40:57 2026] iscsi_trgt: Registered io type fileio"),
			we("2026-11-29T07:40:57Z", Unknown, "", "[Sun Nov 29 07:40:57 2026] iscsi_trgt: Registered io type blockio"),
			we("2026-11-29T07:41:31Z", Unknown, "", "[Sun Nov 29 07:41:31 2026] iscsi_trgt: Abort Task (01) issued on tid:1 lun:0 by sid:281475899523072 (Function Complete)"),
			we("2026-11-29T07:41:31Z", Unknown, "", "[Sun Nov 29 07:41:31 2026] iscsi_trgt: Logical Unit Reset (05) issued on tid:1 lun:0 by sid:281475899523072 (Function Complete)"),
		},
	},
	{
		name:   "openafs-client-kern-log-lost-contact",
		source: "the OpenAFS client's kernel module (libafs) in Ubuntu's /var/log/kern.log (`Mmm dd HH:mm:ss host kernel: [uptime] afs: msg`): `afs: Lost contact with file server ADDR in cell CELL` and `afs: file server ADDR in cell CELL is back up` (stuff.mit.edu SIPB guide 'Lost Contact With File Server'; lists.openafs.org openafs-devel 2005-09 \"Lost contact with file server\" problems); the `(code -1) (all multi-homed ip addresses down for the server)` tails, the busy-volume and byte-range-lock lines from memory",
		why:    "the kernel's uptime after the BSD header is no clock; the file server's address, the cell and the volume id are peers and ids, not the host; `Lost contact` is no level",
		entries: []worldEntry{
			we("2026-11-29T07:52:10Z", Unknown, "ws12", "Nov 29 07:52:10 ws12 kernel: [81234.567890] afs: Lost contact with file server 10.40.2.11 in cell corp.example (code -1) (all multi-homed ip addresses down for the server)"),
			we("2026-11-29T07:52:40Z", Unknown, "ws12", "Nov 29 07:52:40 ws12 kernel: [81264.601122] afs: Waiting for busy volume 536870918 (user.kim) in cell corp.example"),
			we("2026-11-29T07:53:31Z", Unknown, "ws12", "Nov 29 07:53:31 ws12 kernel: [81315.004518] afs: file server 10.40.2.11 in cell corp.example is back up (code 0) (multi-homed address; other same-host interfaces may still be down)"),
			we("2026-11-29T07:55:02Z", Unknown, "ws12", "Nov 29 07:55:02 ws12 kernel: [81406.220391] afs: byte-range locks only enforced for processes on this machine (pid 20411 (evolution), user 1000)."),
		},
	},
	{
		name:   "openafs-afsd-journal-short-precise",
		source: "OpenAFS's afsd started by openafs-client.service, its printf to stdout caught by the journal and read with `journalctl -u openafs-client -o short-precise` (`Mmm dd HH:mm:ss.uuuuuu host afsd[pid]: afsd: msg`, the program's own `afsd: ` prefix inside the message): afsd.c's printf(\"%s: All AFS daemons started.\\n\", rn) found with find_string in the OpenAFS source, and an Ubuntu forum paste of `afsd: All AFS daemons started.` then `afsd: Can't mount AFS on /afs(22)`; the home-cell line and systemd's unit lines from memory",
		why:    "microseconds in a yearless journal stamp; the tag and then the program's own `afsd:` prefix; `Can't mount` and systemd's `status=1/FAILURE` are no levels; the cell is no host",
		entries: []worldEntry{
			we("2026-11-29T07:40:49.118402Z", Unknown, "ws14", "Nov 29 07:40:49.118402 ws14 systemd[1]: Starting openafs-client.service - OpenAFS client..."),
			we("2026-11-29T07:40:49.530118Z", Unknown, "ws14", "Nov 29 07:40:49.530118 ws14 afsd[1187]: afsd: My home cell is 'corp.example'"),
			we("2026-11-29T07:40:51.204811Z", Unknown, "ws14", "Nov 29 07:40:51.204811 ws14 afsd[1187]: afsd: All AFS daemons started."),
			we("2026-11-29T07:40:51.23395Z", Unknown, "ws14", "Nov 29 07:40:51.233950 ws14 afsd[1187]: afsd: Can't mount AFS on /afs(16)"),
			we("2026-11-29T07:40:51.240017Z", Unknown, "ws14", "Nov 29 07:40:51.240017 ws14 systemd[1]: openafs-client.service: Control process exited, code=exited, status=1/FAILURE"),
		},
	},
	{
		name:   "rinetd-own-logfile-tab-separated",
		source: "rinetd 0.7x's own log file (`logfile /var/log/rinetd.log`): rd_log() in log.c writes strftime(\"%d/%b/%Y:%H:%M:%S \") in local time with no zone, then tab-separated client address, bind address and port, target address and port, bytes in, bytes out and the result (`done-local-closed`, `done-remote-closed`, `denied`, `not-allowed`, `local-connect-failed -`): rinetd's log.c and log.h read with find_string and read_file in the code corpus (the repository not named by the index), rinetd(8) 0.73",
		why:    "an Apache-style stamp with no zone (UTC) and a trailing space before the first tab; the byte counts and ports are no times; the client, bind and target addresses are no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "29/Nov/2026:07:41:16 \t10.0.3.44\t0.0.0.0\t8080\t10.1.1.9\t80\t1822\t40211\tdone-local-closed"),
			we("2026-11-29T07:41:19Z", Unknown, "", "29/Nov/2026:07:41:19 \t10.0.3.51\t0.0.0.0\t8080\t10.1.1.9\t80\t655\t128004\tdone-remote-closed"),
			we("2026-11-29T07:41:23Z", Unknown, "", "29/Nov/2026:07:41:23 \t198.51.100.77\t0.0.0.0\t2222\t10.1.1.12\t22\t0\t0\tdenied"),
			we("2026-11-29T07:41:40Z", Unknown, "", "29/Nov/2026:07:41:40 \t10.0.3.44\t0.0.0.0\t8080\t10.1.1.9\t80\t0\t0\tlocal-connect-failed -"),
		},
	},
	{
		name:   "rinetd-logcommon-faked-clf",
		source: "rinetd with `logcommon` (rd_log()'s faked Common Log Format: `a.b.c.d - - [%s %c%.2d%.2d] \"GET /rinetd-services/bindaddr/port/toaddr/port/result HTTP/1.0\" 200 bytesout - - - bytesin`, where the strftime string already ends in a space, so two spaces stand before the offset): rinetd's log.c read with read_file in the code corpus",
		why:    "two spaces inside the brackets before a +0100 offset to convert; the request and the 200 are faked (no level from them); the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `10.0.3.44 - - [29/Nov/2026:08:41:16  +0100] "GET /rinetd-services/0.0.0.0/8080/10.1.1.9/80/done-local-closed HTTP/1.0" 200 40211 - - - 1822`),
			we("2026-11-29T07:41:19Z", Unknown, "", `10.0.3.51 - - [29/Nov/2026:08:41:19  +0100] "GET /rinetd-services/0.0.0.0/8080/10.1.1.9/80/done-remote-closed HTTP/1.0" 200 128004 - - - 655`),
			we("2026-11-29T07:41:23Z", Unknown, "", `198.51.100.77 - - [29/Nov/2026:08:41:23  +0100] "GET /rinetd-services/0.0.0.0/2222/10.1.1.12/22/denied HTTP/1.0" 200 0 - - - 0`),
		},
	},
	{
		name:   "wd-keepalive-journal-short-iso",
		source: "the watchdog package's wd_keepalive under systemd, read with `journalctl -u wd_keepalive -o short-iso` (`yyyy-MM-ddTHH:mm:ss+hhmm host tag[pid]: msg`): keepalive.c's log_message(LOG_NOTICE, \"starting watchdog keepalive daemon (%d.%d):\") and log_message(LOG_INFO, \" int=%d alive=%s realtime=%s\") found with find_string, and a `systemctl status wd_keepalive` paste with `watchdog now set to 30 seconds` and `hardware watchdog identity: Software Watchdog`; the colon-less offset of short-iso from memory",
		why:    "an ISO time with a +0100 offset written without a colon; the journal's short-iso shows no priority; the 60 seconds and the version are no times",
		entries: []worldEntry{
			we("2026-11-29T07:40:51Z", Unknown, "edge3", "2026-11-29T08:40:51+0100 edge3 systemd[1]: Starting watchdog keepalive daemon..."),
			we("2026-11-29T07:40:51Z", Unknown, "edge3", "2026-11-29T08:40:51+0100 edge3 wd_keepalive[489]: starting watchdog keepalive daemon (5.16):"),
			we("2026-11-29T07:40:51Z", Unknown, "edge3", "2026-11-29T08:40:51+0100 edge3 wd_keepalive[489]: int=1 alive=/dev/watchdog realtime=yes"),
			we("2026-11-29T07:40:51Z", Unknown, "edge3", "2026-11-29T08:40:51+0100 edge3 wd_keepalive[489]: watchdog now set to 60 seconds"),
			we("2026-11-29T07:40:52Z", Unknown, "edge3", "2026-11-29T08:40:52+0100 edge3 wd_keepalive[489]: hardware watchdog identity: iTCO_wdt"),
			we("2026-11-29T07:40:52Z", Unknown, "edge3", "2026-11-29T08:40:52+0100 edge3 systemd[1]: Started watchdog keepalive daemon."),
		},
	},
	{
		name:   "freebsd-rpc-rquotad-rfc5424-file",
		source: "the BSD rpc.rquotad (openlog(\"rpc.rquotad\", LOG_CONS|LOG_PID, LOG_DAEMON); syslog(LOG_ERR, \"unable to register (RQUOTAPROG, RQUOTAVERS, %s)\", from_inetd ? \"(inetd)\" : \"udp\"), LOG_ERR \"couldn't create udp service.\" and \"svc_run returned\") in a FreeBSD /var/log/messages written by `syslogd -O rfc5424` (`<PRI>1 time+01:00 host app pid - - msg`): rquotad.c read with find_string in the code corpus; the RFC 5424 file shape as fresh417 took it",
		why:    "the PRI's severity is the level (27 daemon.err); the time converts from +01:00; `(RQUOTAPROG, RQUOTAVERS, udp)` is message text",
		entries: []worldEntry{
			we("2026-11-29T07:40:44.501277Z", Error, "nfs2", "<27>1 2026-11-29T08:40:44.501277+01:00 nfs2 rpc.rquotad 1022 - - unable to register (RQUOTAPROG, RQUOTAVERS, udp)"),
			we("2026-11-29T07:41:02.00391Z", Error, "nfs2", "<27>1 2026-11-29T08:41:02.003910+01:00 nfs2 rpc.rquotad 1058 - - couldn't create udp service."),
			we("2026-11-29T07:41:02.004417Z", Error, "nfs2", "<27>1 2026-11-29T08:41:02.004417+01:00 nfs2 rpc.rquotad 1064 - - unable to register (RQUOTAPROG, RQUOTAVERS, (inetd))"),
			we("2026-11-29T07:47:15.88262Z", Error, "nfs2", "<27>1 2026-11-29T08:47:15.882620+01:00 nfs2 rpc.rquotad 1071 - - svc_run returned"),
		},
	},
}

func TestFresh439Formats(t *testing.T) { assertTable(t, fresh439Cases) }
func TestFresh439Score(t *testing.T) {
	checkScore(t, "fresh439 formats", fresh439Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
