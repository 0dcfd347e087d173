package parse

import "testing"

// The three-hundred-and-forty-seventh fresh table, written on 2026-12-09: syslog test vectors, an
// eleventh pass after fresh37, fresh77, fresh124, fresh215, fresh228, fresh287, fresh299, fresh310,
// fresh318 and fresh333 (and the syslog corners of fresh3, fresh9, fresh57, fresh61, fresh144,
// fresh145, fresh165, fresh172 and fresh206): datagrams as libraries, gateways, appliances and
// forwarders really emit them to a collector, each as a raw listener writes it (one datagram a
// line unless the datagram itself carries newlines), in shapes no earlier table holds. Each family
// is one product's output in one shape: DCMTK's oflog (its bundled log4cplus) SysLogAppender
// configured with a host and no ident, so the RFC 5424 APP-NAME is empty and two blanks follow the
// host, the logger's name stands as MSGID and SimpleLayout's `LEVEL - msg` is the MSG; flexi_logger's
// SyslogWriter with SyslogLineHeader::Rfc5424 (argv[0], a path, as APP-NAME, a millisecond time with
// a +01:00 offset, the record's key-value pairs as a `[log_kv …]` element with no enterprise
// number); BeyondInsight's Event Forwarder in its newline-delimited syslog format (`<0>`, an RFC 3339
// time with no VERSION, the console's address, then one `Key: value` line after another in the same
// datagram); Apache APISIX's syslog plugin (a fixed `<46>` for syslog.info, nginx's $host, the
// request's Host, in the HOSTNAME field, the worker's pid, and the full log JSON whose
// server.hostname names the gateway); Trellix ESM's event forwarding of its own logs (`<PRI>`, an
// ISO time with a tenth of a second and Z, the ESM's address, then seven semicolon-separated
// fields opening with an epoch); tinylog 2.7's SyslogWriter with no identification and its default
// format (`<PRI>: ` and then a two-line rendering, so every datagram spans two lines); Meshtastic
// firmware's remote syslog (its fork of arcao/Syslog: RFC 5424 with a NIL time, the thread's name
// as APP-NAME, a BOM and the uptime in seconds in brackets); and Apache NiFi's PutSyslog with a
// Message Version set (a VERSION, a time with a +0100 offset written without a colon, the host, and
// then the body with no APP-NAME, PROCID, MSGID or structured data at all).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive: `test vectors`, `dcmtk`, `dcmtk.apps`, `oflog`, `log4cplus`,
// `SysLogAppender` (fresh17, fresh20, fresh116, fresh172, fresh206, fresh215: log4j's, logback's,
// log4net's and log4cpp's appenders), `appendRemote`, `storescp` (fresh44, fresh107, fresh268:
// DCMTK's console and file logs), a regexp for an RFC 5424 header with an empty APP-NAME before a
// numeric PROCID (none), `flexi_logger` (fresh11, fresh24: its file formats), `log_kv`,
// `SyslogLineHeader`, a regexp for a path as APP-NAME (fresh341: OPNsense's `/usr/sbin/cron`),
// `beyondinsight`, `beyondtrust` (fresh75: the PRA appliance's `BG[pid]` lines), `Event Forwarder`,
// `Agent Desc`, `Workgroup ID`, `RefType`, `retina`, `Event Severity:` (fresh204: another product),
// `apisix` (fresh160: its CLI in docker logs; fresh259: file-logger's full log JSON), `<46>1`
// (fresh61, fresh144, fresh297, fresh341: other senders), `rfc5424.lua`, `sls-logger`,
// `logservice` (other senses), `apisix_latency` (fresh259), `trellix esm` (fresh3: its SonicOS
// mapping page named as a source), `mcafee` (fresh61, fresh75, fresh121, fresh154, fresh165: NSP,
// Firewall Enterprise, Web Gateway, ePO), `Local ESM`, `ESM_IP`, `nitroNormID`, `NGCP`, a regexp
// for `.dZ address epoch;` (none), `tinylog` (fresh12, fresh325: its file formats),
// `SyslogWriter`, `identification`, a regexp for `<PRI>: ` (fresh6, fresh75, fresh77, fresh124,
// fresh145, fresh326: Cisco NX-OS, UCS and FXOS lines with a year after the colon), `meshtastic`
// (fresh26: its serial log), `rsyslog_server`, `arcao` (fresh140, fresh165, fresh228: the
// library's own shapes and ESPHome's component), a regexp for `BOM[digits]: ` (none), `nifi`
// (its own logs in many tables), `PutSyslog`, `ListenSyslog`, `hostname(true)`, a regexp for
// `<PRI>1 time±hhmm ` (fresh19, fresh25, fresh287: Logstash's and others' headers with every field
// present)). DCMTK's remote syslog, flexi_logger's syslog writer, BeyondInsight's forwarder, the
// APISIX syslog plugin, Trellix ESM's forwarding, tinylog's syslog writer, Meshtastic's syslog
// and NiFi's PutSyslog are in none. Left out as measured already: log4cpp's RemoteSyslogAppender
// and Poco's RemoteSyslogChannel (fresh116), jobec's rfc5424-logging-handler (fresh18), the
// arcao/Syslog library's IETF line on its own (fresh140, fresh228), Logstash's line codec before a
// relayed datagram (fresh77) and its syslog output (fresh19, fresh287), the OpenTelemetry
// exporter's octet counting (fresh287), Logpresso's PRI glued to JSON (fresh172), the relayed
// double headers (fresh77, fresh267). Also left out after the search: the npm `rsyslog` package
// before 1.1.0 (its missing SD field named in its changelog, the rest of its header not found),
// APISIX's sls-logger (the same product and header as its syslog plugin), Trellix ESM's CEF and
// SEF forwarding (the same forwarder), Crestron's audit log over remote syslog and Gira's
// HomeServer (no header layout found). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). An RFC 3339 or ISO time is converted from its offset (+01:00 for
// flexi_logger's host, NiFi's +0100 written without a colon); DCMTK, APISIX, BeyondInsight and
// Trellix write UTC with Z; tinylog's `yyyy-MM-dd HH:mm:ss` has no zone and is taken as UTC;
// Meshtastic's NIL time leaves the record with none, and its bracketed uptime is no clock. Where a
// record carries two versions of its own time, either is accepted: APISIX's header (written when
// the request is logged) and the JSON's start_time in epoch milliseconds; Trellix's header and the
// epoch opening its fields; BeyondInsight's forwarding time and the agent's `Event Date:` (no
// zone, UTC). Levels only from what the datagram marks: the PRI (severity = PRI mod 8), so
// BeyondInsight's `<0>` is Emergency and APISIX's fixed `<46>` Info; SimpleLayout's level word and
// tinylog's `INFO:` agree with their PRIs. The host is the record's host field: the header's
// HOSTNAME (DCMTK's fully qualified name, flexi_logger's, Meshtastic's device name, NiFi's), the
// address BeyondInsight and Trellix put in the host's place; APISIX's HOSTNAME holds the request's
// Host header, which is no host, and the gateway's own name is the JSON's server.hostname (as in
// fresh259); a `Source Host:`, a client address, a logger's name, a thread's name and a device
// group are no hosts. A record that spans lines is one entry: a BeyondInsight datagram from its
// `<0>` line to its last `Key: value` line, a tinylog datagram's two lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit aeb7847 before any rule for it: level 100.0 %, time 100.0 %, host 87.5 %, records 75.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 87.1 %, records 77.4 %), in a
// worktree at aeb7847 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (DCMTK's empty APP-NAME, flexi_logger's writer, Trellix ESM's forwarding,
// Meshtastic's NIL time and NiFi's header without its app fields); the gaps are BeyondInsight's
// newline-delimited datagram, which is cut at its dated `Key: value` lines, the request's Host in
// APISIX's HOSTNAME taken for the host over the JSON's server.hostname, and tinylog's two-line
// datagram, whose `LEVEL: message` line is cut from it.

var fresh347Cases = []worldCase{
	{
		name:   "dcmtk-oflog-syslogappender-remote-empty-ident",
		source: "DCMTK's oflog (its bundled log4cplus 1.1) SysLogAppender with `host` set in logger.cfg and no `ident`: appendRemote writes `<PRI>1 ` (facility | mapped level), the time in `%Y-%m-%dT%H:%M:%S.%qZ` (UTC, milliseconds), the host's fully qualified name, the ident (empty), the pid, the logger's name as MSGID and ` - ` for the structured data, then the layout, by default SimpleLayout's `LEVEL - msg` and a newline: DCMTK/dcmtk oflog/libsrc/syslogap.cc (appendRemote, getSysLogLevel, parseFacility) and oflog/etc/logger.cfg (the logger names dcmtk.apps.<app>, dcmtk.dcmnet); the storescp messages from memory",
		why:    "an RFC 5424 header with an empty APP-NAME, so the host is followed by two blanks and the pid; a dotted logger name as MSGID; the PRI over local2 gives the level (150 info, 148 warning, 147 err) and SimpleLayout's word agrees",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "pacs-gw01.radiology.example.org", "<150>1 2026-11-29T07:41:16.204Z pacs-gw01.radiology.example.org  4412 dcmtk.apps.storescp - INFO - Association Received"),
			we("2026-11-29T07:41:16.211Z", Info, "pacs-gw01.radiology.example.org", "<150>1 2026-11-29T07:41:16.211Z pacs-gw01.radiology.example.org  4412 dcmtk.apps.storescp - INFO - Association Acknowledged (Max Send PDV: 116782)"),
			we("2026-11-29T07:41:17.530Z", Info, "pacs-gw01.radiology.example.org", "<150>1 2026-11-29T07:41:17.530Z pacs-gw01.radiology.example.org  4412 dcmtk.apps.storescp - INFO - Received Store Request (MsgID 1, CT)"),
			we("2026-11-29T07:41:21.086Z", Warn, "pacs-gw01.radiology.example.org", "<148>1 2026-11-29T07:41:21.086Z pacs-gw01.radiology.example.org  4412 dcmtk.dcmnet - WARN - Refusing Association (no acceptable Presentation Contexts)"),
			we("2026-11-29T07:41:33.902Z", Error, "pacs-gw01.radiology.example.org", "<147>1 2026-11-29T07:41:33.902Z pacs-gw01.radiology.example.org  4412 dcmtk.apps.storescp - ERROR - Store SCP Failed: 0006:0317 Peer aborted Association (or never connected)"),
		},
	},
	{
		name:   "flexi-logger-syslog-writer-rfc5424-argv0-log-kv",
		source: "flexi_logger 0.29+'s SyslogWriter with SyslogLineHeader::Rfc5424(msgid) over UDP and the kv feature (`<PRI>1 ` then DeferredNow::format_rfc3339, milliseconds and the local offset, the host, the process name, which is argv[0] unless custom_process_name is set, the pid and the message id, then `[log_kv key=\"value\" …] ` or `- `, then syslog_default_format's bare message): emabee/flexi_logger src/writers/syslog/line.rs, builder.rs, severity.rs (default_mapping) and writer.rs (its test's `<131>1 … JustForTest` expectations)",
		why:    "an APP-NAME that is a path; a structured-data element whose SD-ID has no enterprise number and whose values are the record's key-value pairs; a +01:00 offset converted; the PRI over local3 gives the level (158 info, 156 warning, 155 err)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.207Z", Info, "etl-worker-07", "<158>1 2026-11-29T08:41:16.207+01:00 etl-worker-07 /opt/ingestd/bin/ingestd 30512 Ingest - watching /srv/drop/incoming for new batches"),
			we("2026-11-29T07:41:19.88Z", Info, "etl-worker-07", `<158>1 2026-11-29T08:41:19.880+01:00 etl-worker-07 /opt/ingestd/bin/ingestd 30512 Ingest [log_kv batch_id="4187" rows="48213"] batch loaded into staging`),
			we("2026-11-29T07:41:22.514Z", Warn, "etl-worker-07", `<156>1 2026-11-29T08:41:22.514+01:00 etl-worker-07 /opt/ingestd/bin/ingestd 30512 Ingest [log_kv attempt="2"] upload to s3://warehouse-stage/2026/11/29/ slow, retrying`),
			we("2026-11-29T07:41:30.061Z", Error, "etl-worker-07", "<155>1 2026-11-29T08:41:30.061+01:00 etl-worker-07 /opt/ingestd/bin/ingestd 30512 Ingest - schema check failed for orders_2026_11_29.csv: column 7 (amount) is not numeric"),
		},
	},
	{
		name:   "beyondinsight-event-forwarder-newline-delimited",
		gap:    "trawl ends each datagram's record at its `<0>… Agent Desc:` line: the dated `Event Date:` and `Server Date:` lines (and `Start Time:` with its `GMT-05`) each start a record of their own that takes the `Key: value` lines after them, so one datagram comes out as three or four entries",
		source: "BeyondTrust BeyondInsight's Event Forwarder in its newline-delimited syslog format (`<priority>yyyy-MM-ddTHH:mm:ssZ sender-IP ` and then one `Key: value` field a line, Agent Desc first, in the same datagram; the priority from the event severity and the facility, `<0>` in the samples): docs.beyondtrust.com 'Event Forwarder message fields' and 'Sample syslog output formats in BeyondInsight Event Forwarder'",
		why:    "an RFC 3339 time right after the PRI with no VERSION, the sender's address as the host; a datagram of twenty lines is one record and its `Event Date:`, `Server Date:` and `Start Time:` lines are no new records; `<0>` is Emergency, `Event Severity: 0` and `Source Host:` are fields of the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:39:02Z", Emergency, "10.60.2.15",
				"<0>2026-11-29T07:41:16Z 10.60.2.15 Agent Desc: Application Bus 3.0",
				"Event Date: 2026-11-29 07:39:02",
				"Server Date: 2026-11-29 07:40:55",
				"RefType: 16",
				"Agent ID: retina",
				"Agent Ver: 5.25.2.3215",
				"Category: Processes",
				"Source Host: WIN-FIN-APP04",
				"Event Desc: msiexec",
				"Event Name: Process   5128",
				"OS: Windows,Microsoft,Windows,Server 2022 Standard x64",
				"Event Severity: 0",
				"Source IP: 10.60.14.22",
				"Event Subject: 010.060.014.022",
				"Event Type: 0",
				"User: SYSTEM",
				"Workgroup Desc: BeyondTrust",
				"Workgroup ID: BeyondTrust Workgroup",
				"Workgroup Location: Default Location",
				"Process ID: 5128 (0x1408)",
				"Parent Process ID: 812 (0x32C)",
				"Start Time: 11/29/2026 2:38:57 AM GMT-05"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:40:31Z", Emergency, "10.60.2.15",
				"<0>2026-11-29T07:41:17Z 10.60.2.15 Agent Desc: Application Bus 3.0",
				"Event Date: 2026-11-29 07:40:31",
				"Server Date: 2026-11-29 07:41:02",
				"RefType: 16",
				"Agent ID: retina",
				"Agent Ver: 5.25.2.3215",
				"Category: User",
				"Source Host: WIN-FIN-APP04",
				"Event Desc: Built-in account for administering the computer/domain",
				"Event Name: Administrator",
				"OS: Windows,Microsoft,Windows,Server 2022 Standard x64",
				"Event Severity: 0",
				"Source IP: 10.60.14.22",
				"Event Subject: 010.060.014.022",
				"Event Type: 0",
				"User: WIN-FIN-APP04$",
				"Workgroup Desc: BeyondTrust",
				"Workgroup ID: BeyondTrust Workgroup",
				"Workgroup Location: Default Location"),
			we("2026-11-29T07:42:03Z|2026-11-29T07:41:48Z", Emergency, "10.60.2.15",
				"<0>2026-11-29T07:42:03Z 10.60.2.15 Agent Desc: Application Bus 3.0",
				"Event Date: 2026-11-29 07:41:48",
				"Server Date: 2026-11-29 07:41:59",
				"RefType: 16",
				"Agent ID: retina",
				"Agent Ver: 5.25.2.3215",
				"Category: Processes",
				"Source Host: WIN-HR-DB01",
				"Event Desc: sqlservr",
				"Event Name: Process   2240",
				"OS: Windows,Microsoft,Windows,Server 2019 Datacenter x64",
				"Event Severity: 0",
				"Source IP: 10.60.14.31",
				"Event Subject: 010.060.014.031",
				"Event Type: 0",
				"User: NT SERVICE\\MSSQLSERVER",
				"Workgroup Desc: BeyondTrust",
				"Workgroup ID: BeyondTrust Workgroup",
				"Workgroup Location: Default Location",
				"Process ID: 2240 (0x8C0)",
				"Parent Process ID: 704 (0x2C0)",
				"Start Time: 11/24/2026 11:02:14 PM GMT-05"),
		},
	},
	{
		name:   "apisix-syslog-plugin-rfc5424-request-host",
		gap:    "trawl takes the HOSTNAME field, which APISIX fills with nginx's $host (api.shop.example, img.shop.example, 203.0.113.9: the request's Host), as the host; the gateway's own name in the JSON message's nested `\"server\":{\"hostname\":…}` is not read",
		source: "Apache APISIX 3.x's syslog plugin with no log_format (push_entry calls rfc5424.encode(\"SYSLOG\", \"INFO\", ctx.var.host, \"apisix\", ctx.var.pid, json): `<%d>1 %s %s %s %d - %s %s\\n` with a fixed PRI 46, log-util's get_rfc3339_zulu_timestamp, nginx's $host, the worker's pid and `- -` for MSGID and SD, the MSG log-util's get_full_log as cjson with server.hostname and start_time in epoch milliseconds; batches newline-joined over TCP): apache/apisix apisix/plugins/syslog/init.lua, apisix/utils/rfc5424.lua, apisix/utils/log-util.lua",
		why:    "the HOSTNAME field holds the request's Host (api.shop.example, img.shop.example), an HTTP Host and no host; the gateway's host is the JSON's server.hostname; the header's Zulu time and start_time are two versions of the record's time; `<46>` (syslog.info) is every record's level; the latencies are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.219Z|2026-11-29T07:41:16.204Z", Info, "apisix-5c8d7f9b6-q7wzn", `<46>1 2026-11-29T07:41:16.219Z api.shop.example apisix 47 - - {"upstream":"10.20.4.11:8080","start_time":1795938076204,"client_ip":"10.20.3.14","service_id":"","route_id":"cart-read","apisix_latency":2.0000934600830078,"latency":15.000104904175,"upstream_latency":13,"request":{"url":"http://api.shop.example:9080/cart/7731","headers":{"host":"api.shop.example","user-agent":"okhttp/4.12.0","accept":"application/json"},"method":"GET","size":112,"querystring":{},"uri":"/cart/7731"},"response":{"status":200,"size":802,"headers":{"content-type":"application/json","connection":"close","content-length":"633","server":"APISIX/3.11.0"}},"server":{"hostname":"apisix-5c8d7f9b6-q7wzn","version":"3.11.0"}}`),
			we("2026-11-29T07:41:18.544Z|2026-11-29T07:41:18.541Z", Info, "apisix-5c8d7f9b6-q7wzn", `<46>1 2026-11-29T07:41:18.544Z img.shop.example apisix 48 - - {"upstream":"10.20.4.31:8081","start_time":1795938078541,"client_ip":"203.0.113.77","service_id":"","route_id":"images","apisix_latency":1.0001659393311,"latency":3.0000209808350,"upstream_latency":2,"request":{"url":"http://img.shop.example:9080/p/7731/thumb.webp","headers":{"host":"img.shop.example","user-agent":"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)","accept":"image/webp,*/*"},"method":"GET","size":214,"querystring":{},"uri":"/p/7731/thumb.webp"},"response":{"status":200,"size":18233,"headers":{"content-type":"image/webp","connection":"close","content-length":"17988","server":"APISIX/3.11.0"}},"server":{"hostname":"apisix-5c8d7f9b6-q7wzn","version":"3.11.0"}}`),
			we("2026-11-29T07:41:21.122Z|2026-11-29T07:41:21.121Z", Info, "apisix-5c8d7f9b6-q7wzn", `<46>1 2026-11-29T07:41:21.122Z api.shop.example apisix 47 - - {"start_time":1795938081121,"client_ip":"198.51.100.23","service_id":"","route_id":"checkout","apisix_latency":0.99992752075195,"latency":0.99992752075195,"request":{"url":"http://api.shop.example:9080/checkout","headers":{"host":"api.shop.example","user-agent":"python-requests/2.32.3","content-type":"application/json","content-length":"88"},"method":"POST","size":241,"querystring":{},"uri":"/checkout"},"response":{"status":429,"size":241,"headers":{"content-type":"text/plain; charset=utf-8","connection":"close","server":"APISIX/3.11.0"}},"server":{"hostname":"apisix-5c8d7f9b6-q7wzn","version":"3.11.0"}}`),
			we("2026-11-29T07:41:24.733Z", Info, "apisix-5c8d7f9b6-q7wzn", `<46>1 2026-11-29T07:41:24.733Z 203.0.113.9 apisix 48 - - {"start_time":1795938084733,"client_ip":"203.0.113.58","service_id":"203.0.113.9","apisix_latency":0,"latency":0,"request":{"url":"http://203.0.113.9:9080/.env","headers":{"host":"203.0.113.9","user-agent":"Mozilla/5.0 (compatible; scan/2.0)"},"method":"GET","size":78,"querystring":{},"uri":"/.env"},"response":{"status":404,"size":229,"headers":{"content-type":"text/plain; charset=utf-8","connection":"close","server":"APISIX/3.11.0"}},"server":{"hostname":"apisix-5c8d7f9b6-q7wzn","version":"3.11.0"}}`),
		},
	},
	{
		name:   "trellix-esm-event-forwarding-logs-semicolons",
		source: "Trellix (McAfee) ESM 11.6's event forwarding of its logs in the Syslog (Common Event Format) destination with Source set to Logs (`<#>date_and_time ESM_IP epoch_time;status_flag;user_name;log_category_name;device_group_name;device_name;log_message`, the time with one fractional digit and Z): docs.trellix.com 'Event forwarding formats' and 'Event forwarding'; the PRI value configured on the destination, from memory",
		why:    "an ISO time with a tenth of a second right after the PRI, no VERSION, the ESM's address as the host; the epoch opening the fields is the same second; an empty device group gives `;;`; the PRI gives the level, the status flag does not",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.45.20.3", "<134>2026-11-29T07:41:16.0Z 10.45.20.3 1795938076;0;jmorales;Login;;Local ESM;User logged in from 10.45.7.22"),
			we("2026-11-29T07:41:52Z", Info, "10.45.20.3", "<134>2026-11-29T07:41:52.0Z 10.45.20.3 1795938112;1;jmorales;Policy;Windows Servers;Local Receiver;Policy rollout to 14 data sources completed"),
			we("2026-11-29T07:43:05Z", Info, "10.45.20.3", "<134>2026-11-29T07:43:05.0Z 10.45.20.3 1795938185;0;NGCP;System;;Local ESM;Session timed out for user svc_backup"),
		},
	},
	{
		name:   "tinylog2-syslogwriter-no-identification-two-lines",
		gap:    "trawl ends each datagram's record at its `<PRI>: date [thread] class.method()` line: the `LEVEL: message` line that follows in the same datagram is taken as an untimed record of its own",
		source: "tinylog 2.7's syslog writer (`writer = syslog`, `writer.protocol = udp`, no identification and no format): AbstractSocketWriter.formatMessage writes `<` + (facility << 3) + severity + `>` + identification (empty) + `: ` + the rendered entry, and AbstractFormatPatternWriter's default format `{date} [{thread}] {class}.{method}()\\n{level}: {message}` plus a line separator, so each datagram is two lines: tinylog-org/tinylog tinylog-impl writers/SyslogWriter.java, writers/raw/AbstractSocketWriter.java, writers/raw/SyslogSeverity.java (WARN to WARNING, TRACE to DEBUG), writers/AbstractFormatPatternWriter.java",
		why:    "a PRI then `: ` with no time, host or tag; the rendering's date with no zone is the time; the second line, `LEVEL: message`, belongs to the datagram it came in; the PRI over user gives the level (14 info, 12 warning, 11 err, 15 debug) and the level word agrees; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"<14>: 2026-11-29 07:41:16 [main] com.example.billing.InvoiceJob.run()",
				"INFO: Invoice run 4187 started for 312 customers"),
			we("2026-11-29T07:41:19Z", Warn, "",
				"<12>: 2026-11-29 07:41:19 [pool-2-thread-3] com.example.billing.TaxClient.lookup()",
				"WARN: Tax service answered after 2810 ms, using the cached rate for DE"),
			we("2026-11-29T07:41:24Z", Error, "",
				"<11>: 2026-11-29 07:41:24 [pool-2-thread-1] com.example.billing.PdfRenderer.render()",
				"ERROR: Cannot render invoice 4187-0093: font Liberation Sans missing"),
			we("2026-11-29T07:41:25Z", Debug, "",
				"<15>: 2026-11-29 07:41:25 [main] com.example.billing.InvoiceJob.finish()",
				"DEBUG: 311 of 312 invoices written"),
		},
	},
	{
		name:   "meshtastic-firmware-syslog-nil-time-uptime",
		source: "Meshtastic firmware 2.5+'s remote syslog (config.network.rsyslog_server; its Syslog class, a fork of arcao/Syslog, writes `<PRI>1 - ` then the device name, the app name, ` - - - `, a BOM and `[` + millis()/1000 + `]: ` before the message; RedirectablePrint::log passes the current thread's name as the app name and the level letter as the severity; WiFiAPClient sets defaultPriority(LOGLEVEL_USER) and deviceHostname(getDeviceName())): meshtastic/firmware src/DebugConfiguration.cpp, src/RedirectablePrint.cpp, src/mesh/wifi/WiFiAPClient.cpp; getDeviceName's `short_xxxx` form from memory",
		why:    "RFC 5424 with a NIL time, so no time at all; the bracketed number after the BOM is the uptime in seconds, no clock; the thread's name as APP-NAME; the PRI over user gives the level (14 info, 15 debug, 12 warning, 11 err)",
		entries: []worldEntry{
			we("", Info, "K7RA_4f2a", "<14>1 - K7RA_4f2a Router - - - \ufeff[5123]: Received text msg from=0x9c4e1a20, id=0x5b7a21f3, msg=on my way"),
			we("", Debug, "K7RA_4f2a", "<15>1 - K7RA_4f2a GPS - - - \ufeff[5130]: Took 3 s to get a fix, 9 satellites in view"),
			we("", Warn, "K7RA_4f2a", "<12>1 - K7RA_4f2a Power - - - \ufeff[5188]: Battery low, 3.41 V"),
			we("", Error, "K7RA_4f2a", "<11>1 - K7RA_4f2a mqtt - - - \ufeff[5240]: MQTT connection to mqtt.example.net failed, rc=-2"),
		},
	},
	{
		name:   "nifi-putsyslog-version-without-app-fields",
		source: "Apache NiFi 1.x's PutSyslog with Message Version 1 and Message Timestamp `${now():format(\"yyyy-MM-dd'T'HH:mm:ss.SZ\")}` as its property help suggests (the message built as `<` + priority + `>` + version + ` ` + timestamp + ` ` + hostname + ` ` + body, with no APP-NAME, PROCID, MSGID or structured data; the hostname `${hostname(true)}` by default; a newline only over TCP): apache/nifi nifi-standard-processors PutSyslog.java (onTrigger, the MSG_* property descriptors); the expression language's rendering of `.S` and `Z` (unpadded milliseconds, +0100) from memory",
		why:    "a VERSION and a time but none of the header fields after the host, so the body's first words stand where APP-NAME and PROCID would; an offset with no colon converted; the PRI over local0 gives the level (134 info, 132 warning, 131 err)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "nifi-02.dc1.example.org", "<134>1 2026-11-29T08:41:16.412+0100 nifi-02.dc1.example.org orders-20261129-0741.csv fetched from partner-gw.example.net (48213 bytes)"),
			we("2026-11-29T07:41:17.105Z", Info, "nifi-02.dc1.example.org", "<134>1 2026-11-29T08:41:17.105+0100 nifi-02.dc1.example.org orders-20261129-0741.csv converted to Avro, 1207 records"),
			we("2026-11-29T07:41:21.73Z", Warn, "nifi-02.dc1.example.org", "<132>1 2026-11-29T08:41:21.730+0100 nifi-02.dc1.example.org orders-20261129-0741.csv routed to retry: PutDatabaseRecord timed out after 5 s"),
			we("2026-11-29T07:41:44.268Z", Error, "nifi-02.dc1.example.org", "<131>1 2026-11-29T08:41:44.268+0100 nifi-02.dc1.example.org orders-20261129-0741.csv failed after 3 attempts and was moved to the failure queue"),
		},
	},
}

func TestFresh347Formats(t *testing.T) { assertTable(t, fresh347Cases) }
func TestFresh347Score(t *testing.T) {
	checkScore(t, "fresh347 formats", fresh347Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 74.9})
}
