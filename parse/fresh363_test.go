package parse

import "testing"

// The three-hundred-and-sixty-third fresh table, written on 2026-12-10: syslog test vectors, a
// thirteenth pass after fresh37, fresh77, fresh124, fresh215, fresh228, fresh287, fresh299, fresh310,
// fresh318, fresh333, fresh347 and fresh355: syslog messages as collectors and parsers hand them on
// once received, with the fields they add, drop or keep raw, in shapes no earlier table holds. Each
// family is one product's output in one shape: Apache Flume's syslogtcp source into its logger sink
// (the console log4j layout, then `Event: { headers:{Severity=…, Facility=…, host=…, timestamp=…}
// body: HEX text }`, an invalid PRI flagged `flume.syslog.status=Invalid`, a BOM shown as dots);
// Flume's syslog source into a file_roll sink (the bodies alone: no PRI, time or host); the
// jcustenborder Kafka Connect syslog source read with kafka-console-consumer (one JSON object a
// message, an epoch in milliseconds, the severity as a number, the sender's address beside the host);
// Fluentd's in_syslog with the RFC 5424 parser into out_file (`time<TAB>tag<TAB>json`, msgid and
// extradata keys, a +01:00 local offset); Fluentd's own warnings for datagrams in_syslog could not
// parse (an odd PRI, no PRI at all, the raw text quoted); journald's syslog socket read with
// `journalctl -o json` (SYSLOG_RAW kept beside MESSAGE, SYSLOG_TIMESTAMP with its trailing blank);
// the same read with `journalctl -o verbose` (the block under its header, SYSLOG_RAW shown as
// `[N blob data]` when the datagram held a newline); and Apache Camel's syslog data format logged by
// a route (Spring Boot's console line around the SyslogMessage's toString).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive: `test vectors`, `flume` (fresh8: flume.log; fresh77: TestSyslogUtils'
// input lines), `Event: { headers`, `LoggerSink`, `flume.syslog.status`, `keepFields`, `file_roll`,
// `multiport_syslogtcp`, `syslogudp` (fresh20, fresh57, fresh124: other senses), `Event: {` (fresh73,
// fresh97, fresh113, fresh178: other products), `kafka-connect-syslog`, `remote_address` (other
// products), `kafka-console-consumer` (fresh15, fresh360: other payloads), `Kafka Connect` (its own
// worker logs), `"extradata"`, `in_syslog` (fresh19: out_file with the RFC 3164 parser's keys;
// fresh57, fresh77, fresh124, fresh172, fresh299: other shapes), `syslog.local0.info`,
// `syslog.auth.info` (fresh19), `pattern not matched`, `SYSLOG_RAW` (fresh299: grepped only),
// `SYSLOG_TIMESTAMP` (journal exports of other transports), `blob data`, `_TRANSPORT`,
// `SyslogMessage{`, `SyslogMessage` (other senses), `Exchange[ExchangePattern`, `BodyType:`, `camel`
// (fresh5, fresh70, fresh77, fresh89: its own logs and TestSyslog names), `zeek`, `syslog.log`,
// `telegraf`, `severity_code`, `SyslogUdpHandler`, `Sinks.Syslog`, `NLog.Targets.Syslog`,
// `winston-syslog`, `evtsys`, `@[_PID`, `ParseTrusted`, `Message forwarded from`, `socklog`,
// `metalog`, `LogAttribute`, `ListenSyslog`, `FROMHOST:`, `RSYSLOG_DebugFormat`, `"pri"=>`,
// `syslog.0:`, `SeverityNumber: `, `syslogreceiver`, `archives.log`, `Error processing log message`,
// `nc -klu`, `SYSLOG, length`, `Facility auth`, `-O rfc5424`, `no-parse`). Left out as measured
// already: Zeek's syslog.log, Telegraf's syslog input, Monolog's, Serilog's, NLog's and winston's
// syslog senders, evtsys, rsyslog's imuxsock annotations and debug format, AIX's forwarded prefix,
// socklog, metalog, NiFi's ListenSyslog with LogAttribute, Fluent Bit's syslog input, the
// OpenTelemetry Collector's syslog receiver, Wazuh's archives, tcpdump's and tshark's decodes, and
// syslog-ng's no-parse and parse-error lines. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Flume's console stamp and the event's timestamp header (epoch milliseconds)
// are both the record's time, so either is accepted; the file_roll bodies have no time (a kernel's
// uptime in brackets is none); Kafka Connect's date is epoch milliseconds; Fluentd's out_file time
// is converted from +01:00; a Fluentd warning's time is Fluentd's, not the BSD date inside the
// quoted datagram; the journal's __REALTIME_TIMESTAMP is epoch microseconds (SYSLOG_TIMESTAMP, the
// same second without a year, is accepted too); verbose's header carries the time; Camel's line
// carries Spring Boot's time and the message's messageTime, either accepted. Levels only where the
// line marks one: Flume's and Spring Boot's log level (the Severity header and Camel's severity= are
// the carried message's), Kafka Connect's level number as a syslog severity, the priority at the
// end of Fluentd's tag, Fluentd's own [warn], the journal's PRIORITY. The host is the record's host
// field: Kafka Connect's host key (hostname holds the sender's address), Fluentd's host key, the
// journal's _HOSTNAME; a host= header inside Flume's dump, hostname= inside Camel's body and a host
// inside a quoted unparsed datagram belong to the carried message, not to the log line. A record
// that spans lines is one entry: a verbose journal block from its header to the line before the
// next header.
//
// The shapes come from the documentation, sources and issue threads each case names; where a search
// did not confirm a layout the source says "from memory". Hosts, ids, addresses, users and messages
// are invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit afdf59b before any rule for it: level 91.7 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 92.3 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at afdf59b with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Kafka Connect's numeric level key, read on another scale than
// the syslog severity it holds.

var fresh363Cases = []worldCase{
	{
		name:   "flume-syslogtcp-logger-sink-event-dump",
		source: "Apache Flume 1.11 with a syslogtcp source and a logger sink, run with -Dflume.root.logger=INFO,console (log4j2 `%d (%t) [%p - %l] %m%n`; LoggerSink logs `Event: ` + EventHelper.dumpEvent: `{ headers:{…} body: ` the first 16 bytes in hex then as text, dots for unprintable bytes, ` }`; SyslogUtils' headers Severity, Facility, host, timestamp and flume.syslog.status=Invalid for a bad PRI): from memory",
		why:    "two stamps of the same event (the console's and the epoch header); INFO is Flume's level, Severity=3 the carried message's; host= is the event's header, not the log line's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z|2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16,204 (SinkRunner-PollingRunner-DefaultSinkProcessor) [INFO - org.apache.flume.sink.LoggerSink.process(LoggerSink.java:95)] Event: { headers:{Severity=6, Facility=4, host=web-17, timestamp=1795938076000} body: 73 73 68 64 5B 32 32 39 31 5D 3A 20 41 63 63 65 sshd[2291]: Acce }"),
			we("2026-11-29T07:41:17.019Z|2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17,019 (SinkRunner-PollingRunner-DefaultSinkProcessor) [INFO - org.apache.flume.sink.LoggerSink.process(LoggerSink.java:95)] Event: { headers:{Severity=3, Facility=16, host=app-23, timestamp=1795938077000} body: EF BB BF 62 69 6C 6C 69 6E 67 5B 38 38 31 32 5D ...billing[8812] }"),
			we("2026-11-29T07:41:19.330Z", Info, "", "2026-11-29 07:41:19,330 (SinkRunner-PollingRunner-DefaultSinkProcessor) [INFO - org.apache.flume.sink.LoggerSink.process(LoggerSink.java:95)] Event: { headers:{Severity=0, flume.syslog.status=Invalid, Facility=0} body: 3C 39 39 39 3E 4E 6F 76 20 32 39 20 30 37 3A 34 <999>Nov 29 07:4 }"),
			we("2026-11-29T07:41:21.880Z|2026-11-29T07:41:21Z", Info, "", "2026-11-29 07:41:21,880 (SinkRunner-PollingRunner-DefaultSinkProcessor) [INFO - org.apache.flume.sink.LoggerSink.process(LoggerSink.java:95)] Event: { headers:{Severity=4, Facility=0, host=nas-31, timestamp=1795938081000} body: 6B 65 72 6E 65 6C 3A 20 5B 38 38 32 31 33 2E 35 kernel: [88213.5 }"),
		},
	},
	{
		name:   "flume-syslog-file-roll-bodies",
		source: "Apache Flume's syslogudp source (keepFields false) into a file_roll sink with the default TEXT serializer: SyslogUtils strips the PRI, the time and the host into headers, so each file line is the body alone: from memory",
		why:    "the collector dropped every header field: no time, no level, no host; a kernel's uptime in brackets is no time",
		entries: []worldEntry{
			we("", Unknown, "", "sshd[2291]: Accepted publickey for deploy from 10.40.9.5 port 51234 ssh2"),
			we("", Unknown, "", "CRON[4410]: (root) CMD (run-parts /etc/cron.hourly)"),
			we("", Unknown, "", "kernel: [88213.504112] nfs: server nas-02 not responding, still trying"),
			we("", Unknown, "", "billing[8812]: invoice 2026-4411 posted for account 77120"),
		},
	},
	{
		name:   "kafka-connect-syslog-console-consumer-json",
		source: "jcustenborder's kafka-connect-syslog source with the JsonConverter and schemas.enable=false, read with kafka-console-consumer (`date` epoch milliseconds, facility and level as numbers, host, message, charset, remote_address as /addr:port, hostname the sender's address): from memory",
		why:    "the time is epoch milliseconds; level is a syslog severity number; host is the record's host, hostname and remote_address the sender's socket",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.000Z", Info, "web-17", `{"date":1795938076000,"facility":4,"host":"web-17","level":6,"message":"sshd[2291]: Accepted publickey for deploy from 10.40.9.5 port 51234 ssh2","charset":"UTF-8","remote_address":"/10.40.2.17:40112","hostname":"10.40.2.17"}`),
			we("2026-11-29T07:41:17.000Z", Error, "app-23", `{"date":1795938077000,"facility":16,"host":"app-23","level":3,"message":"billing[8812]: ledger write failed: disk quota exceeded","charset":"UTF-8","remote_address":"/10.40.2.23:51877","hostname":"10.40.2.23"}`),
			we("2026-11-29T07:41:18.000Z", Warn, "nas-31", `{"date":1795938078000,"facility":0,"host":"nas-31","level":4,"message":"kernel: ata3.00: failed command: READ FPDMA QUEUED","charset":"UTF-8","remote_address":"/10.40.2.31:514","hostname":"10.40.2.31"}`),
		},
	},
	{
		name:   "fluentd-in-syslog-rfc5424-out-file",
		source: "Fluentd 1.16's in_syslog with `<parse> message_format rfc5424 </parse>` and tag syslog, into out_file with its default out_file format (`time<TAB>tag.facility.priority<TAB>json`, the RFC 5424 parser's host, ident, pid, msgid, extradata and message keys; the time written in the server's +01:00 zone): fluentd docs 'syslog Input Plugin' and 'syslog Parser Plugin'; the key list from memory",
		why:    "the time has a +01:00 offset; the level is the last part of the tag (info, err, warning as warn, notice); host is the JSON's host key; extradata holds structured data",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "app-23", "2026-11-29T08:41:16+01:00\tsyslog.local3.info\t{\"host\":\"app-23\",\"ident\":\"billing\",\"pid\":\"8812\",\"msgid\":\"INV\",\"extradata\":\"[meta sequenceId=\\\"41\\\"]\",\"message\":\"invoice 2026-4411 posted\"}"),
			we("2026-11-29T07:41:17Z", Error, "app-23", "2026-11-29T08:41:17+01:00\tsyslog.local3.err\t{\"host\":\"app-23\",\"ident\":\"billing\",\"pid\":\"8812\",\"msgid\":\"LEDGER\",\"extradata\":\"-\",\"message\":\"ledger write failed: disk quota exceeded\"}"),
			we("2026-11-29T07:41:18Z", Warn, "db-04", "2026-11-29T08:41:18+01:00\tsyslog.daemon.warn\t{\"host\":\"db-04\",\"ident\":\"dbsync\",\"pid\":\"-\",\"msgid\":\"-\",\"extradata\":\"[origin ip=\\\"10.40.2.4\\\"][meta sequenceId=\\\"7\\\"]\",\"message\":\"replica lag 41s\"}"),
			we("2026-11-29T07:41:19Z", Notice, "fw-1", "2026-11-29T08:41:19+01:00\tsyslog.auth.notice\t{\"host\":\"fw-1\",\"ident\":\"authd\",\"pid\":\"301\",\"msgid\":\"LOGIN\",\"extradata\":\"-\",\"message\":\"admin login from console\"}"),
		},
	},
	{
		name:   "fluentd-in-syslog-unparsed-warnings",
		source: "Fluentd 1.16's own log (`yyyy-MM-dd HH:mm:ss +zzzz [level]: #N msg key=\"value\"`) when in_syslog cannot parse a datagram: `pattern not matched data=\"…\"` with the raw text quoted (a PRI above 191, no PRI at all): from memory",
		why:    "Fluentd's own time and [warn]; the quoted datagram's date and host are the unparsed message's, not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 +0000 [info]: #0 listening syslog socket on 0.0.0.0:5140 with udp"),
			we("2026-11-29T07:41:19Z", Warn, "", `2026-11-29 07:41:19 +0000 [warn]: #0 pattern not matched data="<999>Nov 29 07:41:19 ups-2 upsd: battery test passed"`),
			we("2026-11-29T07:41:20Z", Warn, "", `2026-11-29 07:41:20 +0000 [warn]: #0 pattern not matched data="Nov 29 07:41:20 cam-4 rtspd: stream 2 opened by 10.40.8.9"`),
			we("2026-11-29T07:41:22Z", Warn, "", `2026-11-29 07:41:22 +0000 [warn]: #0 pattern not matched data="<13>"`),
		},
	},
	{
		name:   "journald-json-syslog-raw",
		source: "journald's syslog socket (/dev/log) read with `journalctl -o json`: _TRANSPORT=syslog, PRIORITY and SYSLOG_FACILITY as strings, SYSLOG_TIMESTAMP with its trailing blank, SYSLOG_RAW kept when MESSAGE differs from the datagram (systemd.journal-fields(7): SYSLOG_RAW), __REALTIME_TIMESTAMP in microseconds, _HOSTNAME: systemd.journal-fields(7), from memory for the key order",
		why:    "the time is epoch microseconds (SYSLOG_TIMESTAMP the same second without a year); PRIORITY is the level; _HOSTNAME is the host; the raw datagram's PRI and date are the same message's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204112Z|2026-11-29T07:41:16Z", Info, "nas-31", `{"__CURSOR":"s=8c1e4a0b2d7f4e1a9c3b5d7e9f1a3c5e;i=4f2a;b=2b7d9e1f3a5c4b6d8e0f1a2b3c4d5e6f;m=1502a7c1;t=64646a2f1c150;x=9a1b2c3d4e5f6a7b","__REALTIME_TIMESTAMP":"1795938076204112","__MONOTONIC_TIMESTAMP":"352495553","_BOOT_ID":"2b7d9e1f3a5c4b6d8e0f1a2b3c4d5e6f","_TRANSPORT":"syslog","PRIORITY":"6","SYSLOG_FACILITY":"3","SYSLOG_IDENTIFIER":"nas-agent","SYSLOG_PID":"912","SYSLOG_TIMESTAMP":"Nov 29 07:41:16 ","SYSLOG_RAW":"<30>Nov 29 07:41:16 nas-agent[912]: scrub of pool tank started\n","MESSAGE":"scrub of pool tank started","_PID":"912","_UID":"0","_GID":"0","_COMM":"nas-agent","_HOSTNAME":"nas-31"}`),
			we("2026-11-29T07:41:18.550031Z|2026-11-29T07:41:18Z", Error, "nas-31", `{"__CURSOR":"s=8c1e4a0b2d7f4e1a9c3b5d7e9f1a3c5e;i=4f2b;b=2b7d9e1f3a5c4b6d8e0f1a2b3c4d5e6f;m=150c6e55;t=64646a2f3d3af;x=1b2c3d4e5f6a7b8c","__REALTIME_TIMESTAMP":"1795938078550031","__MONOTONIC_TIMESTAMP":"352841301","_BOOT_ID":"2b7d9e1f3a5c4b6d8e0f1a2b3c4d5e6f","_TRANSPORT":"syslog","PRIORITY":"3","SYSLOG_FACILITY":"16","SYSLOG_IDENTIFIER":"dbsync","SYSLOG_TIMESTAMP":"Nov 29 07:41:18 ","SYSLOG_RAW":"<131>Nov 29 07:41:18 dbsync: replica lag 41s\u0000","MESSAGE":"replica lag 41s","_PID":"2240","_UID":"998","_GID":"998","_COMM":"dbsync","_HOSTNAME":"nas-31"}`),
		},
	},
	{
		name:   "journalctl-verbose-syslog-raw-blob",
		source: "journald's syslog socket read with `journalctl -o verbose` (the `Day yyyy-MM-dd HH:mm:ss.ffffff ZONE [s=…;i=…;b=…;m=…;t=…;x=…]` header, then indented FIELD=value lines; a value with control characters shown as `[N blob data]`): journalctl(1) output modes and systemd.journal-fields(7); the blob rendering from memory",
		why:    "the header's time; PRIORITY is the level; _HOSTNAME is the host; a block to the next header is one record; SYSLOG_RAW as a blob carries no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.118207Z", Warn, "db-04",
				"Sun 2026-11-29 07:41:20.118207 UTC [s=8c1e4a0b2d7f4e1a9c3b5d7e9f1a3c5e;i=4f31;b=2b7d9e1f3a5c4b6d8e0f1a2b3c4d5e6f;m=151a0c77;t=64646a2f56c3f;x=3c4d5e6f7a8b9c0d]",
				"    _TRANSPORT=syslog",
				"    PRIORITY=4",
				"    SYSLOG_FACILITY=3",
				"    SYSLOG_IDENTIFIER=backupd",
				"    SYSLOG_PID=3310",
				"    SYSLOG_TIMESTAMP=Nov 29 07:41:20 ",
				"    SYSLOG_RAW=[71B blob data]",
				"    MESSAGE=snapshot 2026-11-29 taken with 3 warnings",
				"    _PID=3310",
				"    _COMM=backupd",
				"    _HOSTNAME=db-04"),
			we("2026-11-29T07:41:21.002114Z", Critical, "db-04",
				"Sun 2026-11-29 07:41:21.002114 UTC [s=8c1e4a0b2d7f4e1a9c3b5d7e9f1a3c5e;i=4f32;b=2b7d9e1f3a5c4b6d8e0f1a2b3c4d5e6f;m=1527851a;t=64646a2f63c32;x=4d5e6f7a8b9c0d1e]",
				"    _TRANSPORT=syslog",
				"    PRIORITY=2",
				"    SYSLOG_FACILITY=0",
				"    SYSLOG_IDENTIFIER=kernel",
				"    MESSAGE=raid1: disk sdb failed, continuing on 1 device",
				"    _PID=1",
				"    _COMM=systemd",
				"    _HOSTNAME=db-04"),
		},
	},
	{
		name:   "camel-syslog-dataformat-log-exchange",
		source: "Apache Camel 4 with camel-syslog's SyslogDataFormat unmarshalling netty UDP input, logged by a route's log endpoint under Spring Boot 3.2 (`yyyy-MM-ddTHH:mm:ss.SSSZ  LEVEL pid --- [app] [thread] logger : Exchange[ExchangePattern: InOnly, BodyType: org.apache.camel.component.syslog.SyslogMessage, Body: …]`, the SyslogMessage's toString with facility, severity, remoteAddress, hostname and messageTime): from memory",
		why:    "Spring Boot's level and time; severity=ERR and hostname= belong to the carried message; messageTime is the message's own time, either accepted",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z|2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16.204Z  INFO 1 --- [syslog-ingest] [ntLoopGroup-3-1] route1                                   : Exchange[ExchangePattern: InOnly, BodyType: org.apache.camel.component.syslog.SyslogMessage, Body: SyslogMessage{content='Accepted publickey for deploy from 10.40.9.5 port 51234 ssh2', facility=AUTH, severity=INFO, remoteAddress='/10.40.2.17:40112', localAddress='/10.40.0.5:514', hostname='web-17', messageTime=Sun Nov 29 07:41:16 UTC 2026}]"),
			we("2026-11-29T07:41:17.019Z|2026-11-29T07:41:17Z", Info, "", "2026-11-29T07:41:17.019Z  INFO 1 --- [syslog-ingest] [ntLoopGroup-3-1] route1                                   : Exchange[ExchangePattern: InOnly, BodyType: org.apache.camel.component.syslog.SyslogMessage, Body: SyslogMessage{content='ledger write failed: disk quota exceeded', facility=LOCAL0, severity=ERR, remoteAddress='/10.40.2.23:51877', localAddress='/10.40.0.5:514', hostname='app-23', messageTime=Sun Nov 29 07:41:17 UTC 2026}]"),
			we("2026-11-29T07:41:19.330Z", Warn, "", "2026-11-29T07:41:19.330Z  WARN 1 --- [syslog-ingest] [ntLoopGroup-3-1] o.a.c.c.syslog.SyslogConverter           : Could not parse syslog message <999>Nov 29 07:41:19 ups-2 upsd: battery test passed"),
		},
	},
}

func TestFresh363Formats(t *testing.T) { assertTable(t, fresh363Cases) }
func TestFresh363Score(t *testing.T) {
	checkScore(t, "fresh363 formats", fresh363Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
