package parse

import "testing"

// The two-hundred-and-sixty-seventh fresh table, written on 2026-12-06: syslog as diverse senders
// really emit it, a fifth pass on syslog, each sender in the file a collector writes it to. Each
// family is one sender's documented or source-confirmed output in one shape: util-linux logger(1)
// writing --rfc3164, --rfc5424 (with timeQuality, with notq, with --id, --msgid, --sd-id and
// --sd-param) and its local header to the /dev/log of a systemd host, as `journalctl -o short`
// shows what journald made of each; BusyBox syslogd -R's datagrams (no host of their own) in the
// per-sender file of an rsyslog collector; NXLog sending Windows events as to_json() inside
// to_syslog_bsd(), in rsyslog's traditional file; the Snare agent's "SYSLOG Alt (RFC5424
// Compatible)" destination format kept raw; Go's log/syslog over UDP with messages that hold
// newlines and tabs, in an Ubuntu 24.04 collector's RSYSLOG_FileFormat file with rsyslog's #012 and
// #011 escapes; syslog4j's BSD messages split into 1024-byte datagrams with its `...` markers;
// logback's SyslogAppender on a host whose name does not resolve (`UNKNOWN_LOCALHOST` in the host
// slot); journald's ForwardToSyslog losing messages to a slow reader, its `Forwarding to syslog
// missed N messages.` notice in Debian 12's /var/log/syslog; rsyslog's omfwd with
// RSYSLOG_ForwardFormat cutting tags longer than 32 characters (`%syslogtag:1:32%`), as the
// receiver keeps the raw messages; syslog-ng's default file template over a flags(no-parse) source.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`logger`, `logger[`, `rfc3164`, `rfc5424`, `timeQuality`, `syncAccuracy`, `notq`,
// `--sd-param`, `--id`, `--msgid`, `: 1 2026-`, `busybox`, `syslogd`, `nxlog`, `to_json`,
// `to_syslog_bsd`, `to_syslog_ietf`, `to_syslog_snare`, `"EventTime"`, `: {"EventTime"`, `snare`,
// `MSWinEventLog`, `\tMSWinEventLog`, `MSWinEventLog#011`, `MSWinEventLog[`, `AgentDevice`,
// `log/syslog`, `#012`, `goroutine`, `#012goroutine`, `syslog4j`, `splitMessage`, `"..."`,
// `logback`, `SyslogAppender`, `UNKNOWN_LOCALHOST`, `ForwardToSyslog`, `Forwarding to syslog`,
// `Forwarding to syslog missed`, `MaxLevelSyslog`, `imuxsock`, `journald`,
// `RSYSLOG_ForwardFormat`, `ForwardFormat`, `syslogtag:1:32`, `sp-if-no-1st-sp`,
// `RSYSLOG_SyslogProtocol23`, `RSYSLOG_TraditionalFileFormat`, `RSYSLOG_FileFormat`, `omfwd`,
// `calendar-server`, `Thumbnailer`, `syslog-ng`, `syslog-protocol`, `no-parse`, `FULLDATE`,
// `2026 Nov 29 07`, `SEQNUM`, `sequenceId`, `ISODATE`, `R_ISODATE`, `HOST_FROM`, `SOURCEIP`, a
// BSD header whose host is followed by another `<PRI>`). logger is in fresh17 (--rfc5424 with
// timeQuality on the wire), fresh37 (notime and nohost), fresh124 (its test suite's wire forms) and
// fresh144 (FreeBSD's logger): what journald makes of logger's own headers is in none. BusyBox
// syslogd's remote datagrams are in fresh41, fresh75 and fresh138 as captured on the wire; the
// collector's file with the sender's address put in is in none. NXLog is in world_test (to_json to a
// file), fresh17 (to_syslog_ietf), fresh19 (to_syslog_bsd with text), fresh57, fresh67, fresh140,
// fresh165, fresh180; JSON inside a BSD header is in none. Snare is in fresh2 (tab-separated with a
// header) and fresh144 (#011 escaped); its Syslog Alt format with `MSWinEventLog[N]:` is in none. Go's
// log/syslog is in fresh17 and fresh228 (the wire) and fresh172 (NewLogger in a traditional file);
// multi-line messages escaped by the collector are in none. syslog4j is in fresh57 (structured
// RFC 5424); its split BSD datagrams are in none. logback's SyslogAppender is in fresh20, fresh206
// and fresh215; UNKNOWN_LOCALHOST is in none. ForwardToSyslog is in fresh19 (the raw datagrams) and
// fresh90; the missed notice in the syslog file is in none. RSYSLOG_ForwardFormat is in fresh3,
// fresh33, fresh103 and fresh172 with tags of 32 characters or fewer; a cut tag is in none. syslog-ng's
// flags(no-parse) is in fresh28 as a relay forwarding RFC 5424; its default file with the device's
// header inside the message is in none. Left out as measured already: syslog-ng's $FULLDATE (the
// line shape is in fresh77's Wazuh family), RSYSLOG_SyslogProtocol23Format in a file (fresh14),
// omfwd's octet-counted frames (fresh57), logger's octet count and stderr echo (fresh124). The
// table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A BSD date has no year (2026) and no zone (UTC); Go's RFC 3339 time keeps
// its +01:00 in rsyslog's RSYSLOG_FileFormat and is converted; journalctl's whole second and the
// RFC 5424 time journald left inside the message are the same instant, either accepted; journald ate
// logger's BSD date, so the journal's is the only one; syslog-ng's no-parse header is the time of
// receipt and the device's own date inside it a second earlier, either accepted, and the Meraki
// epoch inside one of them likewise; NXLog's EventTime and the Snare event's date are the header's
// second. Levels only where the line marks one: a PRI's severity (syslog4j, logback, Snare, the raw
// ForwardFormat lines, the device's own PRI inside syslog-ng's no-parse line), NXLog's JSON Severity;
// rsyslog's traditional and file formats and journalctl's short format print none, and a PRI
// journald stripped is gone. The host is the record's host field: the journal's, the collector's
// sender address where BusyBox and syslog-ng's no-parse source give none of their own, the Windows
// machine's name in the header, the container id logback resolved; logback's `UNKNOWN_LOCALHOST` is
// its placeholder for no name, so that record names no host (as fresh28 holds for the kernel's
// `(none)`). A syslog message is one record: each of syslog4j's split datagrams and each of
// logback's stack-line messages carries its own PRI, time and host and is an entry of its own; a Go
// message's newlines are rsyslog's #012 inside one line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d0cdcdb before any rule for it: level 84.2 %, time 100.0 %, host 92.0 %, records 100.0 %.
// That is the macro figure (micro: level 86.4 %, time 100.0 %, host 90.9 %, records 100.0 %), in a
// worktree at d0cdcdb with no change to trawl's code (only this file and table_test.go's list), 6 of
// 10 families fully right (logger's headers in the journal, BusyBox's remote lines, Snare's Syslog
// Alt, syslog4j's split datagrams, journald's missed notice, the cut ForwardFormat tags); the gaps
// are NXLog's JSON Severity behind a tag with blanks, a Go panic's first word taken for a level,
// logback's UNKNOWN_LOCALHOST taken for a host, and the device's own PRI inside syslog-ng's
// no-parse line.

var fresh267Cases = []worldCase{
	{
		name:   "logger-headers-eaten-by-journald-short",
		source: "util-linux logger(1) writing to /dev/log on a systemd host (misc-utils/logger.c: syslog_local_header `<PRI>Mmm dd HH:MM:SS tag[pid]: ` by default, syslog_rfc3164_header `<PRI>Mmm dd HH:MM:SS shorthost tag[pid]: ` with --rfc3164 even on the local socket, syslog_rfc5424_header `<PRI>1 time.usec±hh:mm host tag procid msgid [timeQuality tzKnown=\"1\" isSynced=… syncAccuracy=…][user sd] ` with --rfc5424, notq leaving timeQuality out), read back with `journalctl -o short`: systemd src/journal/journald-syslog.c (syslog_parse_priority, syslog_skip_date for a BSD date only, syslog_parse_identifier taking the first word as the identifier only when it ends in `:`), so the RFC 5424 header and the BSD host stay in MESSAGE and journalctl prints _COMM[_PID]; the joined result from those two sources, no thread seen",
		why:    "journalctl's header gives the time and host; the RFC 5424 header journald left in the message is the same second with microseconds; a `web-3 backup[41220]:` inside the message is no second tag; no level is printed (the PRI was stripped)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "web-3", "Nov 29 07:41:16 web-3 backup[41207]: nightly backup of /srv/shop started"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.204118Z", Unknown, "web-3", `Nov 29 07:41:17 web-3 logger[41211]: 1 2026-11-29T07:41:17.204118+00:00 web-3 alice - - [timeQuality tzKnown="1" isSynced="1" syncAccuracy="41207"] snapshot of /srv/shop taken`),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.880412Z", Unknown, "web-3", `Nov 29 07:41:19 web-3 logger[41215]: 1 2026-11-29T07:41:19.880412+00:00 web-3 backup 41215 BKP [timeQuality tzKnown="1" isSynced="0"][job@32473 name="nightly" files="41207"] upload to the bucket failed: 503`),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.011207Z", Unknown, "web-3", "Nov 29 07:41:20 web-3 logger[41218]: 1 2026-11-29T07:41:20.011207+00:00 web-3 backup - - - retrying upload in 60s"),
			we("2026-11-29T07:41:22Z", Unknown, "web-3", "Nov 29 07:41:22 web-3 logger[41220]: web-3 backup[41220]: upload finished after one retry"),
		},
	},
	{
		name:   "busybox-syslogd-remote-rsyslog-sender-file",
		source: "BusyBox syslogd -R collector:514 on an OpenWrt-style router (sysklogd/syslogd.c: the buffer read from /dev/log sent unmodified and '\\n'-terminated, `<PRI>Mmm dd HH:mm:ss tag[pid]: msg` as musl's syslog() wrote it, no host), received by rsyslog, whose pmrfc3164 finds no host before `tag[pid]:` or `tag:` and puts in the sender's address, and written with RSYSLOG_TraditionalFileFormat to /var/log/remote/%fromhost-ip%.log: busybox syslogd.c (the remote send); rsyslog's file templates; the collector's lines from memory",
		why:    "the host is the address the collector put in; the PRI is not in the file, so no level; the kernel's [ 8412.331207] and crond's pid are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "10.20.0.1", "Nov 29 07:41:16 10.20.0.1 udhcpc[1211]: sending renew to server 10.20.0.254"),
			we("2026-11-29T07:41:17Z", Unknown, "10.20.0.1", "Nov 29 07:41:17 10.20.0.1 dropbear[2210]: Exit before auth from <10.20.0.77:51234>: Max auth tries reached - user 'root'"),
			we("2026-11-29T07:41:18Z", Unknown, "10.20.0.1", "Nov 29 07:41:18 10.20.0.1 kernel: [ 8412.331207] br-lan: port 3(wlan1) entered forwarding state"),
			we("2026-11-29T07:41:19Z", Unknown, "10.20.0.1", "Nov 29 07:41:19 10.20.0.1 netifd: Interface 'wan' has lost the connection"),
			we("2026-11-29T07:41:21Z", Unknown, "10.20.0.1", "Nov 29 07:41:21 10.20.0.1 crond[1030]: USER root pid 4120 cmd /usr/sbin/ntpd -q -p 0.openwrt.pool.ntp.org"),
		},
	},
	{
		name:   "nxlog-to-json-in-bsd-syslog-rsyslog-file",
		source: "NXLog CE's im_msvistalog with `Exec $Message = to_json(); to_syslog_bsd();` sending to rsyslog over om_tcp (the BSD header from $EventTime, $Hostname, $SourceName and the process id, the whole event as JSON in the message), stored with RSYSLOG_TraditionalFileFormat: the gists oerd/4250263 (nxlog -> rsyslog, `Exec $Message = to_json(); to_syslog_bsd();`) and deruke/f791f2ecfedde51caa9dc9bf4ad1e3f0, nxlog-public/contrib guide_configs forwarding-eventlog-in-bsd-syslog-format.conf; the JSON keys as world_test's nxlog-json",
		why:    "a BSD header with the Windows host, then a JSON object: its Severity is the level; EventTime is the header's second and EventReceivedTime is no record time; a SourceName with blanks is the tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "WS-041", `Nov 29 07:41:16 WS-041 Microsoft-Windows-Security-Auditing[636]: {"EventTime":"2026-11-29 07:41:16","Hostname":"WS-041","Keywords":-9214364837600034816,"EventType":"AUDIT_SUCCESS","SeverityValue":2,"Severity":"INFO","EventID":4624,"SourceName":"Microsoft-Windows-Security-Auditing","ProviderGuid":"{54849625-5478-4994-A5BA-3E3B0328C30D}","Version":2,"Task":12544,"OpcodeValue":0,"RecordNumber":884120,"ExecutionProcessID":636,"ExecutionThreadID":4120,"Channel":"Security","Message":"An account was successfully logged on.\r\n\r\nSubject:\r\n\tSecurity ID:\t\tS-1-5-18\r\n\tAccount Name:\t\tWS-041$\r\n\r\nLogon Type:\t\t\t3","Category":"Logon","Opcode":"Info","TargetUserName":"anna","LogonType":"3","IpAddress":"10.20.6.41","EventReceivedTime":"2026-11-29 07:41:17","SourceModuleName":"eventlog","SourceModuleType":"im_msvistalog"}`),
			we("2026-11-29T07:41:18Z", Warn, "WS-041", `Nov 29 07:41:18 WS-041 Microsoft-Windows-Time-Service[1412]: {"EventTime":"2026-11-29 07:41:18","Hostname":"WS-041","Keywords":-9223372036854775808,"EventType":"WARNING","SeverityValue":3,"Severity":"WARNING","EventID":129,"SourceName":"Microsoft-Windows-Time-Service","ProviderGuid":"{06EDCFEB-0FD0-4E53-ACCA-A6F8BBF81BCB}","Version":0,"Task":0,"OpcodeValue":0,"RecordNumber":41207,"ExecutionProcessID":1412,"ExecutionThreadID":2208,"Channel":"System","Message":"NtpClient was unable to set a domain peer to use as a time source because of discovery error. NtpClient will try again in 15 minutes.","Opcode":"Info","EventReceivedTime":"2026-11-29 07:41:19","SourceModuleName":"eventlog","SourceModuleType":"im_msvistalog"}`),
			we("2026-11-29T07:41:20Z", Error, "WS-041", `Nov 29 07:41:20 WS-041 Service Control Manager[652]: {"EventTime":"2026-11-29 07:41:20","Hostname":"WS-041","Keywords":-9187343239835811840,"EventType":"ERROR","SeverityValue":4,"Severity":"ERROR","EventID":7034,"SourceName":"Service Control Manager","ProviderGuid":"{555908D1-A6D7-4695-8E1E-26931D2012F4}","Version":0,"Task":0,"OpcodeValue":0,"RecordNumber":41208,"ExecutionProcessID":652,"ExecutionThreadID":4188,"Channel":"System","Message":"The Backup Agent service terminated unexpectedly.  It has done this 3 time(s).","Opcode":"Info","param1":"Backup Agent","param2":"3","EventReceivedTime":"2026-11-29 07:41:21","SourceModuleName":"eventlog","SourceModuleType":"im_msvistalog"}`),
		},
	},
	{
		name:   "snare-syslog-alt-rfc5424-compatible",
		source: "the Snare Enterprise Agent for Windows with a destination in the \"SYSLOG Alt (RFC5424 Compatible)\" format (`<PRI>Mmm DD HH:MM:SS Hostname EventType[Criticality]:` then the event's tab-separated tokens: log name, Snare counter, date time, event id, source, user, SID type, event type, computer, category, strings, event log counter), kept as received by a raw-capturing collector: Prophecy International's Snare Agent documentation ('Destination Configuration' formats; 'Appendix A - Windows Event Output Format' for the tokens; the telemetry events' format page for the Syslog Alt header `<EventType>[<SeverityLevel>]:`); the Windows event's tokens after the colon in that header from memory",
		why:    "the criticality in brackets after MSWinEventLog is no pid and no level; the PRI set for the objective is the level; the event's own date is the header's second; the computer's full name is no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "WS-041", "<13>Nov 29 07:41:16 WS-041 MSWinEventLog[1]:Security\t884120\tSun Nov 29 07:41:16 2026\t4624\tMicrosoft-Windows-Security-Auditing\tCORP\\anna\tN/A\tSuccess Audit\tWS-041.corp.example.org\tLogon\t\tAn account was successfully logged on.    Subject:   Security ID:  S-1-5-18   Account Name:  WS-041$   Logon Type:  3   New Logon:   Account Name:  anna   Source Network Address: 10.20.6.41\t884120"),
			we("2026-11-29T07:41:17Z", Warn, "WS-041", "<12>Nov 29 07:41:17 WS-041 MSWinEventLog[3]:Security\t884121\tSun Nov 29 07:41:17 2026\t4625\tMicrosoft-Windows-Security-Auditing\tN/A\tN/A\tFailure Audit\tWS-041.corp.example.org\tLogon\t\tAn account failed to log on.    Subject:   Security ID:  S-1-0-0   Account For Which Logon Failed:   Account Name:  bob   Failure Reason:  Unknown user name or bad password.   Source Network Address: 10.20.6.44\t884121"),
			we("2026-11-29T07:41:20Z", Error, "FS02", "<11>Nov 29 07:41:20 FS02 MSWinEventLog[4]:System\t41201\tSun Nov 29 07:41:20 2026\t7034\tService Control Manager\tN/A\tN/A\tError\tFS02.corp.example.org\tNone\t\tThe Backup Agent service terminated unexpectedly.  It has done this 3 time(s).\t41201"),
		},
	},
	{
		name:   "go-log-syslog-udp-multiline-rsyslog-fileformat",
		gap:    "trawl takes the word `panic:` opening a Go message in rsyslog's file (`ordersvc[4120]: panic: runtime error: …#012goroutine 41 [running]:…`) for a critical level, where the line marks none",
		source: "a Go service logging through log/syslog's Dial(\"udp\", …) (netConn.writeString: `<PRI>RFC3339-time host tag[pid]: msg` with the sender's +01:00, a newline added only when the message lacks one, embedded newlines sent as they are), received by rsyslog 8.2312 on Ubuntu 24.04 with its default control-character escaping (#012 for a newline, #011 for a tab) and written with RSYSLOG_FileFormat to /var/log/remote/app-7.log: Go's log/syslog source (syslog.go); rsyslog's $EscapeControlCharactersOnReceive and reserved templates; the lines from memory",
		why:    "one physical line a message: a multi-line query and a panic's stack behind #012 and #011; the RFC 3339 time's offset converted; goroutine numbers, line numbers and +0x offsets are no times; no level in the file",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "app-7", "2026-11-29T08:41:16+01:00 app-7 ordersvc[4120]: listening on :8443"),
			we("2026-11-29T07:41:19Z", Unknown, "app-7", "2026-11-29T08:41:19+01:00 app-7 ordersvc[4120]: slow query (4.1s):#012  SELECT id, status, total#012  FROM orders#012  WHERE customer_id = $1 AND created_at > now() - interval '30 days'"),
			we("2026-11-29T07:41:27Z", Unknown, "app-7", "2026-11-29T08:41:27+01:00 app-7 ordersvc[4120]: panic: runtime error: index out of range [3] with length 3#012#012goroutine 41 [running]:#012runtime/debug.Stack()#012#011/usr/local/go/src/runtime/debug/stack.go:26 +0x5e#012main.(*server).handle.func1()#012#011/src/ordersvc/server.go:88 +0x7f#012panic({0x8a4c20?, 0xc0001a2018?})#012#011/usr/local/go/src/runtime/panic.go:785 +0x132#012main.(*server).handle(0xc000132000, {0x9c1e80, 0xc0001e4000}, 0xc0001b6000)#012#011/src/ordersvc/server.go:102 +0x2e5"),
			we("2026-11-29T07:41:31Z", Unknown, "app-7", "2026-11-29T08:41:31+01:00 app-7 ordersvc[4120]: recovered, serving again"),
		},
	},
	{
		name:   "syslog4j-bsd-split-datagrams-raw",
		source: "syslog4j (the graylog2 fork's SyslogIF.info/error over UDP: AbstractSyslogMessageProcessor.createSyslogHeader `<PRI>MMM dd HH:mm:ss localName `, the ident prefixed as `ident: `, AbstractSyslog.write splitting a message longer than maxMessageLength 1024 into datagrams that each carry the same header, the first ending in SPLIT_MESSAGE_END_TEXT_DEFAULT `...`, the next starting with SPLIT_MESSAGE_BEGIN_TEXT_DEFAULT `...`), kept one datagram a line by a collector writing %rawmsg%: graylog-labs/syslog4j-graylog2 AbstractSyslog.java, AbstractSyslogMessageProcessor.java and SyslogConstants",
		why:    "each split datagram has its own PRI, time and host and is a record of its own; `...` where a tag would be is no tag; the invoice numbers are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "app-03", "<14>Nov 29 07:41:16 app-03 billing: export batch 4120 queued (150 invoices)"),
			we("2026-11-29T07:41:19Z", Error, "app-03", `<11>Nov 29 07:41:19 app-03 billing: ledger rejected export batch 4120 (HTTP 409, 150 invoices already booked): ["INV-412070","INV-412071","INV-412072","INV-412073","INV-412074","INV-412075","INV-412076","INV-412077","INV-412078","INV-412079","INV-412080","INV-412081","INV-412082","INV-412083","INV-412084","INV-412085","INV-412086","INV-412087","INV-412088","INV-412089","INV-412090","INV-412091","INV-412092","INV-412093","INV-412094","INV-412095","INV-412096","INV-412097","INV-412098","INV-412099","INV-412100","INV-412101","INV-412102","INV-412103","INV-412104","INV-412105","INV-412106","INV-412107","INV-412108","INV-412109","INV-412110","INV-412111","INV-412112","INV-412113","INV-412114","INV-412115","INV-412116","INV-412117","INV-412118","INV-412119","INV-412120","INV-412121","INV-412122","INV-412123","INV-412124","INV-412125","INV-412126","INV-412127","INV-412128","INV-412129","INV-412130","INV-412131","INV-412132","INV-412133","INV-412134","INV-412135","INV-412136","INV-412137","INV-412138","INV-412139"...`),
			we("2026-11-29T07:41:19Z", Error, "app-03", `<11>Nov 29 07:41:19 app-03 ...,"INV-412140","INV-412141","INV-412142","INV-412143","INV-412144","INV-412145","INV-412146","INV-412147","INV-412148","INV-412149","INV-412150","INV-412151","INV-412152","INV-412153","INV-412154","INV-412155","INV-412156","INV-412157","INV-412158","INV-412159","INV-412160","INV-412161","INV-412162","INV-412163","INV-412164","INV-412165","INV-412166","INV-412167","INV-412168","INV-412169","INV-412170","INV-412171","INV-412172","INV-412173","INV-412174","INV-412175","INV-412176","INV-412177","INV-412178","INV-412179","INV-412180","INV-412181","INV-412182","INV-412183","INV-412184","INV-412185","INV-412186","INV-412187","INV-412188","INV-412189","INV-412190","INV-412191","INV-412192","INV-412193","INV-412194","INV-412195","INV-412196","INV-412197","INV-412198","INV-412199","INV-412200","INV-412201","INV-412202","INV-412203","INV-412204","INV-412205","INV-412206","INV-412207","INV-412208","INV-412209","INV-412210","INV-412211","INV-412212","INV-412213","INV-412214","INV-412215","I...`),
			we("2026-11-29T07:41:19Z", Error, "app-03", `<11>Nov 29 07:41:19 app-03 ...NV-412216","INV-412217","INV-412218","INV-412219"]`),
			we("2026-11-29T07:41:24Z", Info, "app-03", "<14>Nov 29 07:41:24 app-03 billing: batch 4120 moved to the retry queue"),
		},
	},
	{
		name:   "logback-syslogappender-unknown-localhost",
		source: "logback's ch.qos.logback.classic.net.SyslogAppender (facility USER, suffixPattern `[%thread] %logger %msg`, stack lines sent as messages of their own after a tab) in a container whose name does not resolve, so SyslogStartConverter.getLocalHostname() catches the UnknownHostException and writes `UNKNOWN_LOCALHOST` in the header, and a second replica whose name resolved to its container id; the datagrams kept raw by the collector: logback's SyslogStartConverter (\"Could not determine local host name\", return \"UNKNOWN_LOCALHOST\"), logback manual 'SyslogAppender'",
		why:    "UNKNOWN_LOCALHOST is logback's placeholder for no name: those records name no host; the container id is the other replica's host; the PRI is the level; a thread in brackets is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "<14>Nov 29 07:41:16 UNKNOWN_LOCALHOST [main] com.example.shop.Application Started Application in 6.412 seconds (process running for 7.1)"),
			we("2026-11-29T07:41:18Z", Warn, "", "<12>Nov 29 07:41:18 UNKNOWN_LOCALHOST [http-nio-8080-exec-2] com.example.shop.PaymentClient payment provider slow: 4120 ms"),
			we("2026-11-29T07:41:19Z", Error, "", "<11>Nov 29 07:41:19 UNKNOWN_LOCALHOST [http-nio-8080-exec-7] com.example.shop.OrderService order 41207 failed"),
			we("2026-11-29T07:41:19Z", Error, "", "<11>Nov 29 07:41:19 UNKNOWN_LOCALHOST \tjava.net.SocketTimeoutException: Read timed out"),
			we("2026-11-29T07:41:22Z", Info, "4f1c2a7e9b3d", "<14>Nov 29 07:41:22 4f1c2a7e9b3d [main] com.example.shop.Application Started Application in 5.877 seconds (process running for 6.4)"),
		},
	},
	{
		name:   "journald-forward-missed-debian-syslog",
		source: "systemd-journald with ForwardToSyslog=yes on Debian 12, rsyslog's imuxsock reading /run/systemd/journal/syslog too slowly for a chatty service: journald counts the datagrams it could not send (EAGAIN) and reports them with its driver message `Forwarding to syslog missed %u messages.` (journald-syslog.c server_maybe_warn_forward_syslog_missed), which reaches /var/log/syslog in RSYSLOG_TraditionalFileFormat with the service's lines: openbmc/openbmc issues #3299 and #3520, syslog-ng/syslog-ng issue #314 and PR #316, librescoot/librescoot issue #15 (the notice among other lines)",
		why:    "journald's notice is a record like the others, with its time and host; the count is no time; no level in the file",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "app01", "Nov 29 07:41:16 app01 shop-worker[4120]: job 41207 picked up by worker 3"),
			we("2026-11-29T07:41:16Z", Unknown, "app01", "Nov 29 07:41:16 app01 shop-worker[4120]: job 41207: fetching 412 order lines"),
			we("2026-11-29T07:41:46Z", Unknown, "app01", "Nov 29 07:41:46 app01 systemd-journald[312]: Forwarding to syslog missed 4120 messages."),
			we("2026-11-29T07:41:46Z", Unknown, "app01", "Nov 29 07:41:46 app01 shop-worker[4120]: job 41212 done in 0.8s"),
			we("2026-11-29T07:42:16Z", Unknown, "app01", "Nov 29 07:42:16 app01 systemd-journald[312]: Forwarding to syslog missed 412 messages."),
		},
	},
	{
		name:   "rsyslog-forwardformat-tag-cut-at-32",
		source: "rsyslog's omfwd with template RSYSLOG_ForwardFormat (`<%PRI%>%TIMESTAMP:::date-rfc3339% %HOSTNAME% %syslogtag:1:32%%msg:::sp-if-no-1st-sp%%msg%`), whose `:1:32` keeps only the first 32 characters of a tag, so a longer tag loses its `]:` or more, as the receiving rsyslog keeps the messages raw (%rawmsg%): rsyslog's reserved templates (the definition as fresh3 and fresh172 quote it); the desktop's tags from memory",
		why:    "the PRI is the level and the host follows the RFC 3339 time; a tag cut in its pid or its name is still no host; a tag of exactly 32 characters keeps its colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Info, "ws-12", "<30>2026-11-29T07:41:16.204811+00:00 ws-12 gnome-shell-calendar-server[2214 Unable to connect to the calendar data server: Timeout was reached"),
			we("2026-11-29T07:41:17.55012Z", Error, "ws-12", "<27>2026-11-29T07:41:17.550120+00:00 ws-12 systemd-networkd-wait-online[612 Timeout occurred while waiting for network connectivity."),
			we("2026-11-29T07:41:18.004117Z", Info, "ws-12", "<30>2026-11-29T07:41:18.004117+00:00 ws-12 org.freedesktop.thumbnails.Thumb Failed to load plugin libtumbler-raw.so: cannot open shared object file"),
			we("2026-11-29T07:41:19.120044Z", Info, "ws-12", "<30>2026-11-29T07:41:19.120044+00:00 ws-12 NetworkManager-dispatcher[1180]: req:1 'up' [wlp3s0], \"/etc/NetworkManager/dispatcher.d/01-ifupdown\": complete: process succeeded"),
			we("2026-11-29T07:41:20.330071Z", Info, "ws-12", "<86>2026-11-29T07:41:20.330071+00:00 ws-12 gdm-session-worker[2011]: pam_unix(gdm-password:session): session opened for user anna(uid=1000) by anna(uid=0)"),
		},
	},
	{
		name:   "syslog-ng-no-parse-source-default-file",
		source: "syslog-ng with a network source in flags(no-parse) and use-dns(no) (the whole datagram, its own `<PRI>` included, put into MESSAGE unchanged; HOST the sender's address; the time that of receipt), written by a file() destination with the default template `${DATE} ${HOST} ${MSGHDR}${MESSAGE}` (no program, so no MSGHDR): syslog-ng/syslog-ng discussion #4854 (flags(no-parse) puts the entire incoming message into $MSG; a Meraki `<134>1 epoch.nanos host urls …` line stored with its PRI), fresh28's relay of the same source; the devices' lines from memory",
		why:    "syslog-ng's date and the sender's address first, then the device's untouched datagram: its PRI is the only level; its own date a second earlier and the Meraki epoch are the record's time too; the device's name inside is no host field of the file",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:16Z", Info, "10.20.0.9", "Nov 29 07:41:17 10.20.0.9 <30>Nov 29 07:41:16 ap-12 hostapd: wlan0: STA 74:ac:b9:41:20:07 IEEE 802.11: associated"),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:18Z", Warn, "10.20.0.9", "Nov 29 07:41:19 10.20.0.9 <28>Nov 29 07:41:18 ap-12 hostapd: wlan1: STA 4f:1c:2a:7e:9b:41 IEEE 802.1X: authentication failed - EAP type: 25 (PEAP)"),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:20.41207Z", Info, "10.20.0.14", "Nov 29 07:41:21 10.20.0.14 <134>1 1795938080.412070000 mx-branch7 urls src=10.20.4.17:51234 dst=93.184.215.14:443 mac=4F:1C:2A:7E:9B:41 request: UNKNOWN https://cdn.example.net/"),
			we("2026-11-29T07:41:24Z|2026-11-29T07:41:23Z", Error, "10.20.0.9", "Nov 29 07:41:24 10.20.0.9 <27>Nov 29 07:41:23 ap-12 netifd: Interface 'wan' has lost the connection"),
		},
	},
}

func TestFresh267Formats(t *testing.T) { assertTable(t, fresh267Cases) }
func TestFresh267Score(t *testing.T) {
	checkScore(t, "fresh267 formats", fresh267Cases, [worldNumFields]float64{97.4, 99.9, 99.9, 99.9})
}
