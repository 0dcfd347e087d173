package parse

import "testing"

// The two-hundred-and-ninety-seventh fresh table, written on 2026-12-05: syslog as the commercial
// Unix systems and the BSDs write it, in shapes no earlier table holds. Each family is one product's
// documented or observed output: SmartOS's /var/adm/messages as its rsyslog writes it (an RFC 3339
// time with microseconds, a host named after the MAC address, a panic's control characters escaped
// as #012#015); OmniOS's illumos syslogd around a panic at shutdown (`[ID 702911 daemon.notice]`, the
// tagless `^Mpanic[cpu3]/thread=…` line that syslogd cuts from the kernel's message, `last message
// repeated 1 time`, the `^MSunOS Release` banner and savecore's `reboot after panic` after the
// reboot); Solaris 11's fmd syslog-msgs agent, whose multi-line SUNW-MSG-ID message syslogd writes as
// one line each with the date and host but no tag; AIX's `errpt -a` for the entries syslogd
// redirects into the error log (LABEL SYSLOG, the syslog line with its PRI in Detail Data) and for
// errlogger's OPMSG; HP-UX's syslog.log with EMS's one-line event notifications (`EMS [pid]:` with a
// blank before the pid); HP-UX's syslog.log with vmunix's kernel messages cut into lines, empty and
// tab-indented ones among them; FreeBSD's newsyslog writing its turned-over line in RFC 5424 (the
// newsyslog.conf flag for it) into a file syslogd writes with -O rfc5424; z/OS Communications
// Server's syslogd with AT-TLS's messages, each carrying its creation time and TCP/IP job name
// before the message id.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`solaris`, `illumos`, `SunOS`, `smartos`, `omnios`, `openindiana`, `[ID n`, `kern.notice`,
// `unix: [ID`, `genunix`, `scsi: [ID`, `702911`, `836849`, `570001`, `540533`, `377184`,
// `ID 100000`, `kern.notice] #012`, `#012#015`, `#015`, `panic[cpu`, `BAD TRAP`, `reboot after
// panic`, `savecore`, `SunOS Release`, `going down on signal`, `last message repeated`,
// `repeated 1 time`, `rsyslogd: -- MARK --`, `fmd`, `fmd: [ID`, `fmdump`, `SUNW-MSG-ID`,
// `TYPE: Fault`, `EVENT-TIME`, `EVENT-ID:`, `REC-ACTION`, `svc.startd`, `AIX`, `errpt`, `errpt -a`,
// `LABEL:`, `IDENTIFIER:`, `Resource Name:`, `Sequence Number:`, `Probable Causes`, `Detail Data`,
// `C6ACA566`, `REDIRECTED`, `SYSLOG MESSAGE`, `OPMSG`, `errlogger`, `ERRLOGGER`, `errdemon`,
// `HP-UX`, `hpux`, `syslog.log`, `vmunix`, `vmunix: `, `EMS`, `EMS [`, `EMS Event`,
// `Event Notification ------`, `Event Monitoring Service`, `resdata`, `resmon`, `Threshold:`,
// `Lost quorum`, `PVLink`, `lunpath`, `Evpd`, `blkno`, `OpenBSD`, `FreeBSD`, `NetBSD`, `DragonFly`,
// `newsyslog`, `logfile turned over`, `first created`, `newsyslog n - -`, `CE_RFC5424`, `syslogc`,
// `z/OS`, `zOS`, `USS`, `BPX`, `BPXF`, `EZZ`, `EZYFT`, `EZD12`, `TTLS`, `AT-TLS`, `/TCPIP`,
// `FSUM`, `QNX`, `slog2`, `slog2info`, `sloginfo`, `Tru64`, `uerf`, `syslog.dated`, `IRIX`,
// `UnixWare`). Solaris and illumos messages with [ID n facility.level] are in fresh9, fresh77,
// fresh90 and fresh242, the pre-msgid file in fresh74, fmdump and fmadm in fresh30, fresh45 and
// fresh225; SmartOS is in fresh101 and fresh225 only as vmadm's bunyan JSON; rsyslog's RFC 3339
// messages file of SmartOS, a panic sequence with its tagless line, and fmd's split message are in
// none. AIX syslogd (facility:priority, `Message forwarded from`) is in fresh10 and fresh28, errpt
// -a in fresh16 and the errpt summary in fresh45; the SYSLOG and OPMSG entries with Detail Data are
// in none. HP-UX syslog.log is in fresh21 (one vmunix line), EMS's event.log blocks in fresh101;
// EMS's syslog line and vmunix's cut lines are in none. FreeBSD's newsyslog turnover is in fresh32
// and OpenBSD's in fresh74 (traditional lines), syslogd -O rfc5424 in fresh67 and fresh225; newsyslog's
// RFC 5424 line is in none. z/OS UNIX syslogd is in fresh101 (sshd, ftpd, pagent); AT-TLS's trace
// prefix is in none. Left out as measured already or not confirmed: QNX slog2info and sloginfo
// (fresh63, fresh155, fresh194), OpenBSD's and NetBSD's messages files (fresh67, fresh74, fresh287),
// IRIX's SYSLOG (its layout could not be confirmed by a search; the search budget ran out before
// QNX's other slog2info options could be looked up). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The BSD dates of illumos, HP-UX and z/OS syslogd have no year (2026) and no
// zone (UTC); SmartOS's rsyslog time carries +00:00, FreeBSD's RFC 5424 times -05:00 and are
// converted; errpt's Date/Time carries a zone name; AT-TLS's `07:41:16` before the message id is the
// same moment as the syslog header and is not scored apart from it. Levels only where the line marks
// one: the facility.level inside illumos' [ID n …], the PRI of RFC 5424, errpt's Type (PERM Error,
// TEMP Warn, INFO Info, as fresh16 reads it; UNKN no level). A line with no [ID] (syslogd's own
// lines, the tagless panic line, fmd's continuation lines, MARK), HP-UX's syslog.log (EMS's `Value:`
// is the monitored resource's value, and syslogd writes no priority) and AT-TLS's message ids (the
// I after EZD1281 is a type letter) give no level. The host is the record's host field: the syslog
// header's, errpt's Node Id; fmd's `HOSTNAME:` names the same host, and the REMOTE address of an
// AT-TLS connection and the client of an sshd message are peers. Each line that syslogd wrote with
// its own date and host is a record of its own, even where a kernel or fmd message was cut into
// several; an errpt -a entry, from its dashed line to the line before the next, is one record.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 819d65e before any rule for it: level 91.7 %, time 87.5 %, host 87.5 %, records 87.5 %.
// That is the macro figure (micro: level 96.4 %, time 94.5 %, host 94.5 %, records 94.5 %), in a
// worktree at 819d65e with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is AIX's errpt -a block (cut at its Date/Time line, the syslog line
// in Detail Data read as a record of its own, Node Id and Type not read), a block fresh16's
// aix-errpt-a still carries as a gap.

var fresh297Cases = []worldCase{
	{
		name:   "smartos-var-adm-messages-rsyslog-panic",
		source: "SmartOS's global zone /var/adm/messages as its rsyslog writes it (`yyyy-MM-ddTHH:mm:ss.uuuuuu+00:00 host tag: [ID n facility.level] msg`, the host named after the MAC address, control characters escaped as #ooo so the panic's leading newline and carriage return read #012#015, rsyslogd's own `-- MARK --`, savecore's `reboot after panic` after the reboot): TritonDataCenter/smartos-live issues #268, #294, #536, #728 and #935 (messages files pasted around panics), #494 (savecore's line)",
		why:    "an RFC 3339 time with microseconds and an offset before the host; the facility.level inside [ID n …] is the level; #012#015 are escaped control characters, no line break; the stack line's hex address is no time; the MARK line has no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "00-25-90-3e-7a-c2", "2026-11-29T07:41:16.204118+00:00 00-25-90-3e-7a-c2 mac: [ID 435574 kern.info] NOTICE: ixgbe1 link up, 10000 Mbps, full duplex"),
			we("2026-11-29T07:41:18.560231Z", Notice, "00-25-90-3e-7a-c2", "2026-11-29T07:41:18.560231+00:00 00-25-90-3e-7a-c2 nfs: [ID 664466 kern.notice] NFS server nas-b not responding still trying"),
			we("2026-11-29T07:58:02.311907Z", Unknown, "00-25-90-3e-7a-c2", "2026-11-29T07:58:02.311907+00:00 00-25-90-3e-7a-c2 rsyslogd: -- MARK --"),
			we("2026-11-29T08:06:44.118402Z", Notice, "00-25-90-3e-7a-c2", "2026-11-29T08:06:44.118402+00:00 00-25-90-3e-7a-c2 unix: [ID 836849 kern.notice] #012#015panic[cpu5]/thread=fffffe00f61b4c20: "),
			we("2026-11-29T08:06:44.118409Z", Notice, "00-25-90-3e-7a-c2", `2026-11-29T08:06:44.118409+00:00 00-25-90-3e-7a-c2 genunix: [ID 683410 kern.notice] BAD TRAP: type=e (#pf Page fault) rp=fffffe00f61b4880 addr=28 occurred in module "zfs" due to a NULL pointer dereference`),
			we("2026-11-29T08:06:44.118413Z", Notice, "00-25-90-3e-7a-c2", "2026-11-29T08:06:44.118413+00:00 00-25-90-3e-7a-c2 unix: [ID 100000 kern.notice] #012"),
			we("2026-11-29T08:06:44.118417Z", Notice, "00-25-90-3e-7a-c2", "2026-11-29T08:06:44.118417+00:00 00-25-90-3e-7a-c2 genunix: [ID 655072 kern.notice] fffffe00f61b49a0 zfs:zio_done+3c4 ()"),
			we("2026-11-29T08:12:31.004218Z", Error, "00-25-90-3e-7a-c2", `2026-11-29T08:12:31.004218+00:00 00-25-90-3e-7a-c2 savecore: [ID 570001 auth.error] reboot after panic: BAD TRAP: type=e (#pf Page fault) rp=fffffe00f61b4880 addr=28 occurred in module "zfs" due to a NULL pointer dereference`),
		},
	},
	{
		name:   "omnios-syslogd-shutdown-panic-sequence",
		source: "OmniOS's illumos syslogd writing /var/adm/messages around a panic at shutdown (`Mmm dd HH:mm:ss host tag[pid]: [ID n facility.level] msg`; [ID 702911 …] for daemons logging through a bare %s format; syslogd's own `going down on signal 15` with no [ID]; the kernel's `\\n\\rpanic[cpu]/thread=…` cut at its newline by formatsys into an empty `unix: [ID 836849 kern.notice] ` line and a line holding only the host and `^Mpanic…`, the carriage return written as ^M; `last message repeated 1 time` from set_flush_msg; the `^MSunOS Release` banner and savecore's `reboot after panic` after the reboot): omniosorg/illumos-omnios issue #632 (the messages file pasted), illumos-gate usr/src/cmd/syslogd/syslogd.c (formatsys, set_flush_msg, writemsg)",
		why:    "a line with the host and no tag after a kernel line cut at its newline; ^M is a written control character; the level is the facility.level inside [ID n …], and syslogd's own lines and the tagless line have none; the repeat line says `1 time`",
		entries: []worldEntry{
			we("2026-11-29T07:40:58Z", Notice, "omni-nfs2", "Nov 29 07:40:58 omni-nfs2 snmpd[702]: [ID 702911 daemon.notice] Received TERM or STOP signal...  shutting down..."),
			we("2026-11-29T07:40:58Z", Unknown, "omni-nfs2", "Nov 29 07:40:58 omni-nfs2 last message repeated 1 time"),
			we("2026-11-29T07:41:00Z", Unknown, "omni-nfs2", "Nov 29 07:41:00 omni-nfs2 syslogd: going down on signal 15"),
			we("2026-11-29T07:41:05Z", Notice, "omni-nfs2", "Nov 29 07:41:05 omni-nfs2 genunix: [ID 672855 kern.notice] syncing file systems..."),
			we("2026-11-29T07:41:05Z", Notice, "omni-nfs2", "Nov 29 07:41:05 omni-nfs2 genunix: [ID 904073 kern.notice]  done"),
			we("2026-11-29T07:41:07Z", Notice, "omni-nfs2", "Nov 29 07:41:07 omni-nfs2 unix: [ID 836849 kern.notice] "),
			we("2026-11-29T07:41:07Z", Unknown, "omni-nfs2", "Nov 29 07:41:07 omni-nfs2 ^Mpanic[cpu3]/thread=fffffe0f4c2e1c40: "),
			we("2026-11-29T07:41:07Z", Notice, "omni-nfs2", `Nov 29 07:41:07 omni-nfs2 genunix: [ID 335743 kern.notice] BAD TRAP: type=e (#pf Page fault) rp=fffffe0f4c2e18a0 addr=10 occurred in module "xhci" due to a NULL pointer dereference`),
			we("2026-11-29T07:47:55Z", Notice, "omni-nfs2", "Nov 29 07:47:55 omni-nfs2 genunix: [ID 540533 kern.notice] ^MSunOS Release 5.11 Version omnios-r151054-8e1d2f3a4b 64-bit"),
			we("2026-11-29T07:48:40Z", Error, "omni-nfs2", `Nov 29 07:48:40 omni-nfs2 savecore: [ID 570001 auth.error] reboot after panic: BAD TRAP: type=e (#pf Page fault) rp=fffffe0f4c2e18a0 addr=10 occurred in module "xhci" due to a NULL pointer dereference`),
		},
	},
	{
		name:   "solaris11-fmd-syslog-msgs-split-lines",
		source: "Solaris 11's fmd syslog-msgs agent in /var/adm/messages: the agent puts one multi-line message (`SUNW-MSG-ID: id, TYPE: Fault|Repair, VER: 1, SEVERITY: sev` then EVENT-TIME, PLATFORM/CSN/HOSTNAME, SOURCE/REV, EVENT-ID, DESC, AUTO-RESPONSE, IMPACT, REC-ACTION lines) behind `fmd: [ID n daemon.error]` (daemon.notice for a repair) into the log driver, and syslogd's formatsys cuts it at each newline, every piece written with the date and host and no tag: illumos-gate usr/src/cmd/fm/modules/common/syslog-msgs/syslog.c (syslog_emit, the priority chosen in syslog_recv) and usr/src/cmd/syslogd/syslogd.c (formatsys); Oracle 'Writing Device Drivers', 'Message IDs and Dictionary Files' (the message's lines); the ZFS and FMD texts from memory",
		why:    "each line has its own date and host and is its own record; `EVENT-TIME:` and `DESC:` are no tags nor hosts; EVENT-TIME's ctime is the same moment; only the first line carries [ID … daemon.error], and SEVERITY: Major is fmd's diagnosis, not the line's level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "sol11-db02", "Nov 29 07:41:16 sol11-db02 fmd: [ID 377184 daemon.error] SUNW-MSG-ID: ZFS-8000-FD, TYPE: Fault, VER: 1, SEVERITY: Major"),
			we("2026-11-29T07:41:16Z", Unknown, "sol11-db02", "Nov 29 07:41:16 sol11-db02 EVENT-TIME: Sun Nov 29 07:41:16 UTC 2026"),
			we("2026-11-29T07:41:16Z", Unknown, "sol11-db02", "Nov 29 07:41:16 sol11-db02 PLATFORM: SPARC-T8-1, CSN: AK00412337, HOSTNAME: sol11-db02"),
			we("2026-11-29T07:41:16Z", Unknown, "sol11-db02", "Nov 29 07:41:16 sol11-db02 SOURCE: zfs-diagnosis, REV: 1.0"),
			we("2026-11-29T07:41:16Z", Unknown, "sol11-db02", "Nov 29 07:41:16 sol11-db02 EVENT-ID: 5b1e0c7a-93d2-4f61-a8e0-2c4d7b9f1e36"),
			we("2026-11-29T07:41:16Z", Unknown, "sol11-db02", "Nov 29 07:41:16 sol11-db02 DESC: The number of I/O errors associated with ZFS device 'c0t5000CCA0A1B2C3D4d0' in pool 'dbpool' exceeded acceptable levels."),
			we("2026-11-29T07:41:16Z", Unknown, "sol11-db02", "Nov 29 07:41:16 sol11-db02 AUTO-RESPONSE: The device has been offlined and marked as faulted. An attempt will be made to activate a hot spare if available."),
			we("2026-11-29T07:41:16Z", Unknown, "sol11-db02", "Nov 29 07:41:16 sol11-db02 IMPACT: Fault tolerance of the pool may be compromised."),
			we("2026-11-29T07:41:16Z", Unknown, "sol11-db02", "Nov 29 07:41:16 sol11-db02 REC-ACTION: Use 'fmadm faulty' to provide a more detailed view of this event. Run 'zpool status -lx' for more information."),
			we("2026-11-29T09:02:47Z", Notice, "sol11-db02", "Nov 29 09:02:47 sol11-db02 fmd: [ID 377184 daemon.notice] SUNW-MSG-ID: FMD-8000-4M, TYPE: Repair, VER: 1, SEVERITY: Minor"),
			we("2026-11-29T09:02:47Z", Unknown, "sol11-db02", "Nov 29 09:02:47 sol11-db02 EVENT-TIME: Sun Nov 29 09:02:47 UTC 2026"),
			we("2026-11-29T09:02:47Z", Unknown, "sol11-db02", "Nov 29 09:02:47 sol11-db02 DESC: All faults associated with an event id have been addressed."),
		},
	},
	{
		name:   "aix-errpt-a-syslog-redirected-opmsg",
		source: "AIX `errpt -a` over entries of two kinds: those syslogd puts into the error log through an `errlog` action in /etc/syslog.conf (LABEL SYSLOG, Type UNKN, Class S, Resource Name syslog, Description MESSAGE REDIRECTED FROM SYSLOG, the syslog line with its PRI under Detail Data's SYSLOG MESSAGE) and errlogger's operator messages (LABEL OPMSG, Type TEMP, Class O, Resource Name OPERATOR, the text under MESSAGE FROM ERRLOGGER COMMAND): errpt2logstash.pl (an errnotify method: the SYSLOG label, `[MESSAGE REDIRECTED FROM SYSLOG]`, errpt -l seq -a), IBM Documentation 'errlogger Command'; the block's fields as in fresh16; the SYSLOG identifier, the Failure Causes and the indented Recommended Actions from memory",
		why:    "a block opened by a dashed line is one record; its time is Date/Time with a zone name, its host Node Id, its level Type (TEMP Warn, UNKN none); the PRI-led syslog line inside Detail Data is part of the block, not a record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "aixweb03",
				"---------------------------------------------------------------------------",
				"LABEL:          SYSLOG",
				"IDENTIFIER:     C6ACA566",
				"",
				"Date/Time:       Sun Nov 29 07:41:16 UTC 2026",
				"Sequence Number: 7712",
				"Machine Id:      00C8E2F14C00",
				"Node Id:         aixweb03",
				"Class:           S",
				"Type:            UNKN",
				"WPAR:            Global",
				"Resource Name:   syslog",
				"",
				"Description",
				"MESSAGE REDIRECTED FROM SYSLOG",
				"",
				"Probable Causes",
				"NOT APPLICABLE",
				"",
				"Failure Causes",
				"NOT APPLICABLE",
				"",
				"        Recommended Actions",
				"        NONE",
				"",
				"Detail Data",
				"SYSLOG MESSAGE",
				"<35>Nov 29 07:41:16 sshd[9830442]: error: PAM: Authentication failure for root from 198.51.100.23"),
			we("2026-11-29T07:52:40Z", Warn, "aixweb03",
				"---------------------------------------------------------------------------",
				"LABEL:          OPMSG",
				"IDENTIFIER:     AA8AB241",
				"",
				"Date/Time:       Sun Nov 29 07:52:40 UTC 2026",
				"Sequence Number: 7713",
				"Machine Id:      00C8E2F14C00",
				"Node Id:         aixweb03",
				"Class:           O",
				"Type:            TEMP",
				"WPAR:            Global",
				"Resource Name:   OPERATOR",
				"",
				"Description",
				"OPERATOR NOTIFICATION",
				"",
				"User Causes",
				"ERRLOGGER COMMAND",
				"",
				"        Recommended Actions",
				"        REVIEW DETAILED DATA",
				"",
				"Detail Data",
				"MESSAGE FROM ERRLOGGER COMMAND",
				"patching window opened for change CHG0041877"),
			we("2026-11-29T07:58:03Z", Unknown, "aixweb03",
				"---------------------------------------------------------------------------",
				"LABEL:          SYSLOG",
				"IDENTIFIER:     C6ACA566",
				"",
				"Date/Time:       Sun Nov 29 07:58:03 UTC 2026",
				"Sequence Number: 7714",
				"Machine Id:      00C8E2F14C00",
				"Node Id:         aixweb03",
				"Class:           S",
				"Type:            UNKN",
				"WPAR:            Global",
				"Resource Name:   syslog",
				"",
				"Description",
				"MESSAGE REDIRECTED FROM SYSLOG",
				"",
				"Probable Causes",
				"NOT APPLICABLE",
				"",
				"Failure Causes",
				"NOT APPLICABLE",
				"",
				"        Recommended Actions",
				"        NONE",
				"",
				"Detail Data",
				"SYSLOG MESSAGE",
				"<27>Nov 29 07:58:03 srcmstr: 0513-089 The httpdlite Subsystem was terminated abnormally"),
		},
	},
	{
		name:   "hpux-syslog-ems-notification-lines",
		source: "HP-UX 11i's /var/adm/syslog/syslog.log with the Event Monitoring Service's syslog notifications (one line each: `EMS [pid]: ------ EMS Event Notification ------  Value: \"SEV (n)\" for Resource: \"/resource/path\"  (Threshold:  >= \" 3\")  Execute the following command to obtain event details:  /opt/resmon/bin/resdata -R id -r /resource/path -n id -a`, blanks runs kept): HP 'Using the Event Monitoring Service' (the syslog notify option, an abnormal event logged at an error priority), the hp-ems snmptt page on nagios-wiki.de (the resource, request id and notify id resdata takes); the line's layout from memory of real syslog.log files",
		why:    "the tag has a blank before its pid; `Value:` is the monitored resource's value and syslogd writes no priority, so no level; the request and notification ids are no times; the host is the header's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "hpux01", `Nov 29 07:41:16 hpux01 EMS [3112]: ------ EMS Event Notification ------   Value: "CRITICAL (5)" for Resource: "/storage/events/disks/default/0_0_0_2_0.1.0"     (Threshold:  >= " 3")    Execute the following command to obtain event details:   /opt/resmon/bin/resdata -R 203948034 -r /storage/events/disks/default/0_0_0_2_0.1.0 -n 203948033 -a`),
			we("2026-11-29T07:44:02Z", Unknown, "hpux01", `Nov 29 07:44:02 hpux01 EMS [3112]: ------ EMS Event Notification ------   Value: "MAJORWARNING (3)" for Resource: "/system/events/ia64_corrected/memory"     (Threshold:  >= " 3")    Execute the following command to obtain event details:   /opt/resmon/bin/resdata -R 203948040 -r /system/events/ia64_corrected/memory -n 203948038 -a`),
			we("2026-11-29T07:58:40Z", Unknown, "hpux01", `Nov 29 07:58:40 hpux01 EMS [3112]: ------ EMS Event Notification ------   Value: "SERIOUS (4)" for Resource: "/adapters/events/FC_adapter/0_2_1_0"     (Threshold:  >= " 3")    Execute the following command to obtain event details:   /opt/resmon/bin/resdata -R 203948051 -r /adapters/events/FC_adapter/0_2_1_0 -n 203948049 -a`),
		},
	},
	{
		name:   "hpux-syslog-vmunix-cut-kernel-lines",
		source: "HP-UX 11i v3's /var/adm/syslog/syslog.log with the kernel's messages under `vmunix:`, a message of several lines written as several syslog lines (SCSI's read error with its tab-indented `blkno:` line and an empty `vmunix: ` line, LVM's lost quorum with the PV list line, the lunpath Evpd inquiry message after its `class : lunpath, instance n` line): HP-UX syslogd(1M); the lines from memory of real syslog.log files",
		why:    "each vmunix line has its own date and host and is its own record, an empty or tab-indented one too; `dev: b 31 0x062000` and the block numbers are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "hpux02", "Nov 29 07:41:16 hpux02 vmunix: LVM: VG 64 0x020000: PVLink 31 0x062000 Failed! The PV is still accessible."),
			we("2026-11-29T07:41:18Z", Unknown, "hpux02", "Nov 29 07:41:18 hpux02 vmunix: SCSI: Read error -- dev: b 31 0x062000, errno: 126, resid: 8192,"),
			we("2026-11-29T07:41:18Z", Unknown, "hpux02", "Nov 29 07:41:18 hpux02 vmunix: \tblkno: 1048576, sectno: 2097152, offset: 536870912, bcount: 8192."),
			we("2026-11-29T07:41:18Z", Unknown, "hpux02", "Nov 29 07:41:18 hpux02 vmunix: "),
			we("2026-11-29T07:41:20Z", Unknown, "hpux02", "Nov 29 07:41:20 hpux02 vmunix: LVM: VG 64 0x020000: Lost quorum."),
			we("2026-11-29T07:41:20Z", Unknown, "hpux02", "Nov 29 07:41:20 hpux02 vmunix: This may block configuration changes and I/Os. In order to reestablish quorum at least 1 of the following PVs (represented by current link) must become available:"),
			we("2026-11-29T07:41:20Z", Unknown, "hpux02", "Nov 29 07:41:20 hpux02 vmunix: <31 0x062000>"),
			we("2026-11-29T07:41:22Z", Unknown, "hpux02", "Nov 29 07:41:22 hpux02 vmunix: class : lunpath, instance 12"),
			we("2026-11-29T07:41:22Z", Unknown, "hpux02", "Nov 29 07:41:22 hpux02 vmunix: Evpd inquiry page 83h/80h failed or the current page 83h/80h data do not match the previous known page 83h/80h data on LUN id 0x0 probed beneath the target path (class = tgtpath, instance = 5) The lun path is (class = lunpath, instance 12).Run 'scsimgr replace_wwid' command to validate the change"),
		},
	},
	{
		name:   "freebsd-newsyslog-rfc5424-turnover-line",
		source: "FreeBSD 14's /var/log/messages written by syslogd -O rfc5424 and rotated by newsyslog with the entry's RFC 5424 flag, followed with `tail -F` across two rotations: newsyslog's log_trim writes `<14>1 yyyy-MM-ddTHH:mm:ss±hh:mm host newsyslog pid - - logfile turned over` with the reason (` due to size>NK`, ` due to -F request`) and no fraction of a second, syslogd's lines carry microseconds: freebsd-src usr.sbin/newsyslog/newsyslog.c (log_trim with CE_RFC5424, DAYTIME_RFC5424_LEN, do_entry's reasons), usr.sbin/syslogd/syslogd.c as in fresh225; the flag's letter (T) and syslogd's restart line from memory",
		why:    "an RFC 5424 line with a -05:00 offset and no fraction next to ones with microseconds; the PRI gives the level; the FQDN after the time is the host; `size>1000K` is no time",
		entries: []worldEntry{
			we("2026-11-29T07:00:00Z", Info, "fbsd14-mx.example.org", "<14>1 2026-11-29T02:00:00-05:00 fbsd14-mx.example.org newsyslog 61234 - - logfile turned over due to size>1000K"),
			we("2026-11-29T07:00:00.412077Z", Info, "fbsd14-mx.example.org", "<46>1 2026-11-29T02:00:00.412077-05:00 fbsd14-mx.example.org syslogd - - - restart"),
			we("2026-11-29T07:01:12.880213Z", Info, "fbsd14-mx.example.org", "<22>1 2026-11-29T02:01:12.880213-05:00 fbsd14-mx.example.org postfix/smtpd 71220 - - connect from unknown[203.0.113.40]"),
			we("2026-11-29T07:01:13.004518Z", Warn, "fbsd14-mx.example.org", "<20>1 2026-11-29T02:01:13.004518-05:00 fbsd14-mx.example.org postfix/smtpd 71220 - - warning: hostname mail.example.net does not resolve to address 203.0.113.40"),
			we("2026-11-29T07:30:00Z", Info, "fbsd14-mx.example.org", "<14>1 2026-11-29T02:30:00-05:00 fbsd14-mx.example.org newsyslog 61301 - - logfile turned over due to -F request"),
			we("2026-11-29T07:30:00.358802Z", Info, "fbsd14-mx.example.org", "<46>1 2026-11-29T02:30:00.358802-05:00 fbsd14-mx.example.org syslogd - - - restart"),
		},
	},
	{
		name:   "zos-syslogd-attls-trace-prefix",
		source: "z/OS Communications Server's syslogd writing AT-TLS's messages (tag `TTLS[pid]:`, then the message's creation time `HH:mm:ss` and the owning TCP/IP job name before the EZD message id: EZD1281I Map, EZD1283I Event, EZD1286I Error, EZD1284I Flow at trace level FLOW): IBM z/OS Communications Server IP Messages Volume 2 (EZB, EZD), EZD1284I ('The message creation time and owning TCP/IP job name of the process creating the message are included in the syslog trace prior to the message ID'); the other messages' fields from memory",
		why:    "a BSD header, then a second time of day of the same moment and a job name before the message id; the I after the id is a type letter, no level; LOCAL and REMOTE are the connection's ends, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "MVSA", "Nov 29 07:41:16 MVSA TTLS[83886142]: 07:41:16 TCPIP    EZD1281I TTLS Map   CONNID: 0000A41C LOCAL: 10.60.4.5..21 REMOTE: 10.60.8.17..51234 JOBNAME: FTPD1 USERID: FTPSRV TYPE: InBound STATUS: Enabled RULE: FTP_Server_Rule ACTIONS: gAct1 eAct_FTP cAct1"),
			we("2026-11-29T07:41:16Z", Unknown, "MVSA", "Nov 29 07:41:16 MVSA TTLS[83886142]: 07:41:16 TCPIP    EZD1283I TTLS Event GRPID: 00000003 ENVID: 00000005 CONNID: 0000A41C RC:    0 Connection Init"),
			we("2026-11-29T07:41:17Z", Unknown, "MVSA", "Nov 29 07:41:17 MVSA TTLS[83886142]: 07:41:17 TCPIP    EZD1286I TTLS Error GRPID: 00000003 ENVID: 00000005 CONNID: 0000A41C LOCAL: 10.60.4.5..21 REMOTE: 10.60.8.17..51234 JOBNAME: FTPD1 USERID: FTPSRV RULE: FTP_Server_Rule RC:  402 Initial Handshake"),
			we("2026-11-29T07:41:17Z", Unknown, "MVSA", "Nov 29 07:41:17 MVSA TTLS[83886142]: 07:41:17 TCPIP    EZD1284I TTLS Flow GRPID: 00000003 ENVID: 00000005 CONNID: 0000A41C RC:    0 Call GSK_SECURE_SOCKET_CLOSE - 000000503A18F310"),
		},
	},
}

func TestFresh297Formats(t *testing.T) { assertTable(t, fresh297Cases) }
func TestFresh297Score(t *testing.T) {
	checkScore(t, "fresh297 formats", fresh297Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
