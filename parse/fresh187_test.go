package parse

import "testing"

// The hundred-and-eighty-seventh fresh table, written on 2026-12-05: mail, chat and messaging
// servers' own logs as admins read them. Each family is one mail, chat or telephony server's log in
// a shape no earlier table holds: Synapse's structured TerseJsonFormatter output (an epoch time
// with two decimals) and Synapse through the journal with Python's bare `LEVEL:logger:` format;
// Mattermost's plain console (`info  [time +01:00] msg   caller=…`) and Mattermost 4's zap JSON
// inside a syslog line; Asterisk's full log with `pjsip set logger on` (each SIP message written
// under its VERBOSE line, an SDP body after a blank line inside it) and with logger.conf's
// `dateformat = %F %T.%3q`; Kamailio's JSON log engine (`--log-engine=json`, with and without a
// JSON log prefix) and Kamailio's container start-up, whose `Listening on` and `Aliases:` blocks
// come before its rank-and-pid lines; FreeSWITCH's freeswitch.log with sofia's SIP trace (`recv …
// bytes from udp/[…] at HH:MM:SS.ffffff:` and the message under it, indented, between dashed
// rules); Exim's exigrep output (a message's mainlog lines together, a blank line after each
// message, `+++ … has not completed +++` above an unfinished one) and Exim through syslog with
// `syslog_timestamp = false`; ejabberd's lager log at debug level (`route` with its tab-indented
// `from`, `to` and `packet` lines); a mautrix-python Matrix bridge's log with a traceback; Mailman
// 3's web front end (HyperKitty and Postorius under Django, `LEVEL asctime pid logger msg`) with a
// traceback; Prosody's mod_log_json sink and its plain stdout sink (a source column that widens
// after a long module name); Postfix's submission and smtps services by their master.cf
// syslog_name on a RHEL host; the Nextcloud Talk signaling server through the journal as Debian's
// rsyslog stores it; Dovecot's log_path file with `log_timestamp = "%Y-%m-%d %H:%M:%S "` and an
// auth process's panic, its raw backtrace and the master's fatal line.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`synapse`, `TerseJson`, `"namespace":`, `INFO:synapse`, `matrix-synapse[`, `mattermost`,
// `caller="`, `"ts":17959`, `platform[`, `rocket`, `➔`, `I2026112`, `asterisk`, `res_pjsip_logger`,
// `<--- Received`, `VERBOSE[`, `] VERBOSE`, `dateformat`, `%3q`, `kamailio`, `"logprefix"`, `{
// "time":`, `log_engine`, `Listening on`, `Aliases:`, `freeswitch`, `siptrace`, `bytes from udp`,
// `exim`, `exigrep`, `has not completed`, `syslog_timestamp`, `exim[`, `ejabberd`, `[debug] <0.`,
// `from {jid`, `I(<0.`, `INFO REPORT`, `mautrix`, `@mau.`, `[INFO@`, `mailman`, `hyperkitty`,
// `postorius`, `mailman-web`, `django.request`, `Uncaught runner`, `prosody`, `mod_log_json`,
// `"datetime":`, `portmanager`, `postfix`, `postscreen`, `postlog`, `submission/smtpd`,
// `smtps/smtpd`, `syslog_name`, `spreed`, `signaling[`, `natsclient`, `dovecot`, `doveadm`, `Raw
// backtrace`, `Panic:`, `log_timestamp`, `rspamd`, `log_usec`, `log_severity`, `amavis`, `spamd`,
// `opendkim`, `opendmarc`, `haraka`, `timestamps=true`, `stalwart`, `opensmtpd`, `sendmail`,
// `sm-mta`, `courier`, `zimbra`, `mailbox.log`, `exchange`, `MSGTRK`, `MessageTrace`, `dendrite`,
// `jitsi`, `jibri`, `jigasi`, `zulip`, `collate`). Synapse's homeserver.log layout is holdout's
// (fresh20's synapse is WSO2's, another product); its JSON formatter and the journal's bare Python
// format are in none. Mattermost's JSON file log is fresh5's, its desktop app fresh91's and rtcd
// fresh92's; its plain console and 4.x's zap JSON are in none. Asterisk's full log is holdout's and
// fresh181's, its CLI console fresh92's, its security log (where dateformat was measured)
// fresh51's; the SIP messages of its pjsip logger and the full log with an ISO dateformat are in
// none. Kamailio's syslog and stderr lines are fresh2's and fresh44's; its JSON engine and the
// listening banner in none. FreeSWITCH's log is holdout's; sofia's SIP trace in it is in none.
// Exim's mainlog, rejectlog, paniclog, msglog, `-bp`, debug output and syslog with its own time are
// in world_test.go, fresh5, fresh13, fresh38, fresh55, fresh64, fresh86 and fresh164; exigrep's
// output and syslog without the time are in none. ejabberd's OTP-logger file is fresh5's (`+00:00
// [info] <pid>@module:function/arity:line`); the lager layout before it, with its tab-indented
// continuation lines, is in none. No table holds a mautrix bridge, HyperKitty, Postorius or
// mailman-web (Mailman 2's and 3's core logs are fresh22's and fresh7's). Prosody's file log is
// fresh10's; its JSON sink and stdout sink are in none. Postfix through syslog is in many tables
// (postscreen, postlogd's maillog_file, multi-instance syslog_names, long queue ids); the
// submission and smtps services' names as master.cf sets them are in none. The signaling server's
// bare container output is fresh51's; its journal lines with a host and a time are in none.
// Dovecot's log_path file with the default and the `T` ISO timestamps, its syslog lines, its debug
// file and doveadm's error list are in world_test.go, fresh38, fresh68 and fresh86; the
// space-separated ISO log_timestamp and a panic with its raw backtrace are in none. Left out as
// measured already: rspamd (fresh2, fresh64, fresh70, fresh173), Amavis, spamd, OpenDKIM,
// OpenDMARC, Haraka (default and logfmt), Stalwart (two shapes), OpenSMTPD, Sendmail, Courier,
// Zimbra's mailbox.log with its stack trace and its other logs, Exchange's tracking, protocol and
// agent logs, Dendrite's logrus lines, Jitsi's JVB, Jicofo and Jibri, Zulip, Rocket.Chat's pino
// JSON and Meteor's console. Left out for want of a page that settled the lines: rspamd's
// log_severity, Haraka's `timestamps` prefix on its default format, Asterisk's JSON log format,
// Exchange Online's message trace table and historical search CSV, Postfix's collate tool,
// Pigeonhole's per-user sieve log, and Rocket.Chat's `SERVER RUNNING` box (whether its lines are
// one record is a judgement).
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC), a zone-less time read as UTC, an offset converted (Mattermost's +01:00),
// epoch seconds as the instants they are (Synapse's two decimals, zap's seven), a syslog date
// without a year in 2026, a time of day without a date on the clock's day (sofia's `at
// 07:41:16.112871`, inside a log whose own lines are on that day too). Where one line carries two
// versions of its own time (a syslog header around zap's `ts`, Kamailio's `time` beside the
// prefix's `ts`), either is accepted ("a|b"). Levels only where the line marks one: Synapse's and
// zap's level fields, Python's `INFO:`, `[INFO@…]` and `ERROR ` at the line's start, Mattermost's
// padded level word, Asterisk's level word before the thread id (VERBOSE is Debug, as Asterisk's
// own syslog map makes it LOG_DEBUG), Kamailio's JSON level and its level word after rank and pid,
// FreeSWITCH's bracketed level, lager's and Prosody's level words, Postfix's `warning:`, `error:`
// and `fatal:` (fatal is Critical), the signaling server's `WARNING:` after its file and line (as
// fresh51 reads it), Dovecot's `Debug:`, `Info:`, `Warning:`, `Error:`, `Panic:` and `Fatal:`
// (panic and fatal Critical). None from Exim's `<=`, `=>`, `->`, `==`, `**` and `Completed`,
// `rejected`, `failed`, `Fatal response`, a SIP status or an exception's name in a message. The
// host is the syslog header's (the RHEL and Debian hosts' names); a Matrix server name, a user's
// domain, a SIP URI, a list's address, a node name, a peer or a container's IP in a message is no
// host, and no family carries a host field of its own. A record that spans lines is one entry: a
// pjsip logger line with the SIP message under it (through its blank line and its SDP body),
// sofia's trace with its dashed rules and indented message, Kamailio's `Listening on` and
// `Aliases:` with their indented lines, lager's `route` with its tab-indented lines, and the
// tracebacks under mautrix's and mailman-web's error lines; every other line is a record of its
// own, the blank lines between exigrep's messages and after Kamailio's banner are fed but not
// scored, and so is exigrep's `+++` line, a header above a message and no record.
//
// The shapes come from the documentation, issue threads and sources each case names, found with
// the search tool (corpora "issues", "code", "docs", "pages"); hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0c21cd8 before any rule for it: level 91.9 %, time 98.2 %, host 98.2 %, records 96.5 %.
// That is the macro figure (micro: level 90.7 %, time 97.9 %, host 97.9 %, records 95.9 %), in the
// working tree (git status showed no file modified but this one and table_test.go's list), 15 of
// 19 families fully right; TestTablesWellFormed and TestRepeatedLinesReadAlike rejected no family.
// Right from the start: both Synapse families, both Mattermost families, the pjsip logger's SIP
// messages with their inner blank line and SDP body, the ISO dateformat, Kamailio's JSON engine
// and its start-up banner, Exim without its own time, lager's continuation lines, both Prosody
// sinks (the widening source column included), mailman-web's traceback, Postfix's two-slash tags
// and Dovecot's panic. What fails: mautrix's `[LEVEL@logger]` level is not read; sofia's SIP
// trace blocks are joined to the FreeSWITCH line above them, so their `at` times are lost;
// exigrep's `+++ … has not completed +++` line is joined to the message above it; and the
// signaling server's `WARNING:` is missed behind a syslog header though read without one. No
// expectation was changed after the first run.
//
// go test ./parse -run Fresh187 -v

var fresh187Cases = []worldCase{
	// Matrix: Synapse's structured JSON, Synapse through the journal, a mautrix bridge.
	{
		name:   "synapse-terse-json-formatter",
		source: "Synapse with a log config whose formatter is `synapse.logging.TerseJsonFormatter` (one JSON object a line: `log`, `namespace`, `level`, `time` as epoch seconds rounded to two decimals, then the record's extra attributes such as `request`, and `exc_type`/`exc_value` under an exception): matrix-org/synapse docs 'Structured Logging', issue #8683 (a terse JSON line of synapse.access.http), PR #8607, synapse/logging/_terse_json.py",
		why:    "a fractional epoch time in the middle of the object; the level is a field; a federation peer's server name and a user's Matrix domain are not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.12Z", Info, "", `{"log":"Synapse now listening on TCP port 8008","namespace":"synapse.app.homeserver","level":"INFO","time":1795938076.12,"request":"sentinel"}`),
			we("2026-11-29T07:41:17.43Z", Info, "", `{"log":"10.20.0.7 - 8008 - {@ana:example.org} Processed request: 0.031sec/0.001sec (0.004sec, 0.000sec) (0.002sec/0.019sec/6) 1422B 200 \"GET /_matrix/client/v3/sync?timeout=30000&since=s4120_77 HTTP/1.1\" \"Element/1.11.84\" [0 dbevts]","namespace":"synapse.access.http.8008","level":"INFO","time":1795938077.43,"request":"GET-412"}`),
			we("2026-11-29T07:41:20.05Z", Warn, "", `{"log":"Error fetching keys from matrix.remote.example: RequestTimedOutError 504: Timeout waiting for response from remote server","namespace":"synapse.crypto.keyring","level":"WARNING","time":1795938080.05,"request":"PUT-413"}`),
			we("2026-11-29T07:41:23.9Z", Error, "", `{"log":"Failed to send transaction to matrix.remote.example","namespace":"synapse.federation.sender.per_destination_queue","level":"ERROR","time":1795938083.9,"request":"federation_transaction_transmission_loop-88","exc_type":"HttpResponseException","exc_value":"502: Bad Gateway"}`),
		},
	},
	{
		name:   "synapse-journal-python-basic-format",
		source: "Synapse on Debian logging to the journal through a handler with no formatter of its own, so Python's BASIC_FORMAT `%(levelname)s:%(name)s:%(message)s`, as rsyslog stores it in /var/log/syslog (`Mmm dd HH:mm:ss host matrix-synapse[pid]: INFO:synapse.access.https.8443:…`): matrix-org/synapse issue #15612",
		why:    "the syslog header's host and time; Python's level name glued to the logger name by a colon, right after the tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "matrix01", `Nov 29 07:41:16 matrix01 matrix-synapse[14705]: INFO:synapse.access.http.8008:10.20.0.7 - 8008 - {@ana:example.org} Processed request: 0.003sec/0.000sec (0.001sec, 0.000sec) (0.000sec/0.001sec/2) 512B 200 "GET /_matrix/client/v3/devices HTTP/1.1" "Element/1.11.84" [0 dbevts]`),
			we("2026-11-29T07:41:17Z", Info, "matrix01", "Nov 29 07:41:17 matrix01 matrix-synapse[14705]: INFO:synapse.handlers.device:Updating device list for @bob:example.org (3 devices)"),
			we("2026-11-29T07:41:19Z", Warn, "matrix01", "Nov 29 07:41:19 matrix01 matrix-synapse[14705]: WARNING:synapse.http.matrixfederationclient:{PUT-418} [matrix.remote.example] Request failed: PUT matrix-federation://matrix.remote.example/_matrix/federation/v1/send/1795938079: ConnectError: connection refused"),
			we("2026-11-29T07:41:22Z", Error, "matrix01", "Nov 29 07:41:22 matrix01 matrix-synapse[14705]: ERROR:synapse.storage.background_updates:Error doing update populate_stats_process_rooms"),
		},
	},
	{
		name:   "mautrix-python-bridge-log",
		source: "a mautrix-python Matrix bridge (mautrix-telegram, mautrix-facebook) logging to its file or stdout with the default formatter `[%(asctime)s] [%(levelname)s@%(name)s] %(message)s` and Python's traceback under an exception: mautrix/docs issue #72, mautrix/telegram issues #571 and #424",
		why:    "the bracketed comma-millisecond time, then the level glued to the logger name by `@`; a traceback belongs to the line above it; the homeserver and bot addresses in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.186Z", Info, "", "[2026-11-29 07:41:16,186] [INFO@mau.init] Initializing mautrix-telegram 0.15.2"),
			we("2026-11-29T07:41:16.412Z", Debug, "", "[2026-11-29 07:41:16,412] [DEBUG@mau.as] Starting appservice web server on 127.0.0.1:29317"),
			we("2026-11-29T07:41:17.09Z", Debug, "", "[2026-11-29 07:41:17,090] [DEBUG@mau.as.api.bot] req #12: GET https://matrix.example.org/_matrix/client/versions?user_id=@telegrambot:example.org None"),
			we("2026-11-29T07:41:17.094Z", Error, "",
				"[2026-11-29 07:41:17,094] [ERROR@mau.mx] Connection to homeserver failed, retrying in 10 seconds",
				"Traceback (most recent call last):",
				`  File "/opt/mautrix-telegram/.venv/lib/python3.11/site-packages/mautrix/bridge/matrix.py", line 231, in wait_for_connection`,
				"    self.versions = await self.az.intent.versions()",
				"                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
				`  File "/opt/mautrix-telegram/.venv/lib/python3.11/site-packages/mautrix/api.py", line 271, in _send`,
				"    raise make_request_error(",
				"mautrix.errors.request.MUnknownToken: Invalid access token passed."),
			we("2026-11-29T07:41:27.101Z", Warn, "", "[2026-11-29 07:41:27,101] [WARNING@mau.portal] Failed to get full chat info for -1001412070412: FloodWaitError"),
			we("2026-11-29T07:41:30Z", Critical, "", "[2026-11-29 07:41:30,000] [CRITICAL@mau.init] Unexpected error in main event loop"),
		},
	},
	// Mattermost: the plain console, and 4.x's zap JSON inside a syslog line.
	{
		name:   "mattermost-console-plain-offset",
		source: "the Mattermost server's console with LogSettings.ConsoleJson false (the level word padded to five, the time in brackets with the server's offset, the message padded to a column, then caller= and the fields): mattermost/mattermost PR #33431 (example logs)",
		why:    "the level word comes before the bracketed time; an offset to convert; key=value fields after a padded message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.052Z", Info, "", `info  [2026-11-29 08:41:16.052 +01:00] Server is initializing...                     caller="platform/service.go:180" go_version=go1.24.3`),
			we("2026-11-29T07:41:16.061Z", Debug, "", `debug [2026-11-29 08:41:16.061 +01:00] Advanced logging config not provided for logging caller="platform/config.go:183"`),
			we("2026-11-29T07:41:16.904Z", Info, "", `info  [2026-11-29 08:41:16.904 +01:00] Starting Server...                            caller="app/server.go:1133"`),
			we("2026-11-29T07:41:19.377Z", Warn, "", `warn  [2026-11-29 08:41:19.377 +01:00] Failed to send push notification              caller="app/notification_push.go:412" error="context deadline exceeded" user_id=5f1c2a7e9b3d4c1a8e2f0b6d41`),
			we("2026-11-29T07:41:23.904Z", Error, "", `error [2026-11-29 08:41:23.904 +01:00] Failed to ping DB                             caller="sqlstore/store.go:292" error="dial tcp 10.20.0.31:5432: connect: connection refused" retry_in=10s`),
		},
	},
	{
		name:   "mattermost-4-zap-json-syslog",
		source: "Mattermost 4.x (the `platform` binary) under systemd writing zap's JSON encoder (`{\"level\":…,\"ts\":epoch,\"caller\":…,\"msg\":…}`) to the journal, as rsyslog stores it: mattermost/mattermost issue #8733",
		why:    "a syslog header around a JSON object whose ts is epoch seconds with seven decimals: either time is the record's; the level is zap's field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.2765896Z", Info, "chat01", `Nov 29 07:41:16 chat01 platform[15808]: {"level":"info","ts":1795938076.2765896,"caller":"commands/server.go:75","msg":"Current working directory is /opt/mattermost"}`),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.2807157Z", Info, "chat01", `Nov 29 07:41:16 chat01 platform[15808]: {"level":"info","ts":1795938076.2807157,"caller":"app/server.go:100","msg":"Starting Server..."}`),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.0418832Z", Warn, "chat01", `Nov 29 07:41:17 chat01 platform[15808]: {"level":"warn","ts":1795938077.0418832,"caller":"app/email_batching.go:92","msg":"Email batching is enabled but SMTP is not configured"}`),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.5100412Z", Error, "chat01", `Nov 29 07:41:18 chat01 platform[15808]: {"level":"error","ts":1795938078.5100412,"caller":"app/plugin.go:120","msg":"Failed to start up plugins","error":"mkdir /opt/mattermost/plugins: permission denied"}`),
		},
	},
	// Asterisk: the full log with the pjsip logger's SIP messages, and with an ISO dateformat.
	{
		name:   "asterisk-full-pjsip-logger-sip-messages",
		source: "Asterisk's /var/log/asterisk/full after `pjsip set logger on` (logger.conf's default dateformat `%b %e %T`; each SIP message written under `[date] VERBOSE[tid][callid] res_pjsip_logger.c: <--- Received SIP request (N bytes) from UDP:addr --->` or `<--- Transmitting SIP response …`, the message's lines as they are, a blank line after it; other lines `[date] LEVEL[tid]: file:line function: msg`): public tools parsing the full log's SIP messages (forgetdev/asterism's sip package, an Asterisk SIP log monitor's block marker), a public VoIP troubleshooting guide quoting `VERBOSE[2152] res_pjsip_logger.c: <--- Transmitting SIP request`; Asterisk's main/syslog.c (VERBOSE is LOG_DEBUG)",
		why:    "the SIP message under a VERBOSE line is that record's, through its blank line and an SDP body after an inner blank line; VERBOSE is Debug; SIP URIs and addresses are peers, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "",
				"[Nov 29 07:41:16] VERBOSE[4120] res_pjsip_logger.c: <--- Received SIP request (472 bytes) from UDP:203.0.113.50:5060 --->",
				"OPTIONS sip:pbx01.example.org SIP/2.0",
				"Via: SIP/2.0/UDP 203.0.113.50:5060;branch=z9hG4bK7a41c2e0;rport",
				"From: <sip:monitor@203.0.113.50>;tag=88f1c0",
				"To: <sip:pbx01.example.org>",
				"Call-ID: 4f1c2a7e9b3d@203.0.113.50",
				"CSeq: 102 OPTIONS",
				"Max-Forwards: 70",
				"Content-Length: 0",
				""),
			we("2026-11-29T07:41:16Z", Debug, "",
				"[Nov 29 07:41:16] VERBOSE[4120] res_pjsip_logger.c: <--- Transmitting SIP response (561 bytes) to UDP:203.0.113.50:5060 --->",
				"SIP/2.0 200 OK",
				"Via: SIP/2.0/UDP 203.0.113.50:5060;rport=5060;received=203.0.113.50;branch=z9hG4bK7a41c2e0",
				"Call-ID: 4f1c2a7e9b3d@203.0.113.50",
				"From: <sip:monitor@203.0.113.50>;tag=88f1c0",
				"To: <sip:pbx01.example.org>;tag=z9hG4bK7a41c2e0",
				"CSeq: 102 OPTIONS",
				"Server: Asterisk PBX 20.10.0",
				"Content-Length:  0",
				""),
			we("2026-11-29T07:41:18Z", Notice, "", "[Nov 29 07:41:18] NOTICE[4131]: res_pjsip/pjsip_distributor.c:676 log_failed_request: Request 'REGISTER' from '<sip:1042@pbx01.example.org>' failed for '198.51.100.71:5080' (callid: 9b3d4c1a8e2f) - Failed to authenticate"),
			we("2026-11-29T07:41:20Z", Debug, "",
				"[Nov 29 07:41:20] VERBOSE[4140][C-00000031] res_pjsip_logger.c: <--- Received SIP request (903 bytes) from UDP:10.20.6.41:5060 --->",
				"INVITE sip:2002@pbx01.example.org SIP/2.0",
				"Via: SIP/2.0/UDP 10.20.6.41:5060;branch=z9hG4bK-41207c2a;rport",
				`From: "Ana" <sip:1001@pbx01.example.org>;tag=5d6e7f80`,
				"To: <sip:2002@pbx01.example.org>",
				"Call-ID: 1c2a7e9b-3d4c@10.20.6.41",
				"CSeq: 1 INVITE",
				"Contact: <sip:1001@10.20.6.41:5060>",
				"Content-Type: application/sdp",
				"Content-Length: 156",
				"",
				"v=0",
				"o=- 41207 41207 IN IP4 10.20.6.41",
				"s=-",
				"c=IN IP4 10.20.6.41",
				"t=0 0",
				"m=audio 40120 RTP/AVP 8 0 101",
				"a=rtpmap:101 telephone-event/8000",
				""),
			we("2026-11-29T07:41:20Z", Debug, "", `[Nov 29 07:41:20] VERBOSE[4140][C-00000031] pbx.c: Executing [2002@from-internal:1] Dial("PJSIP/1001-00000012", "PJSIP/2002,30") in new stack`),
		},
	},
	{
		name:   "asterisk-full-iso-dateformat-millis",
		source: "Asterisk's full log with logger.conf's `dateformat = %F %T.%3q` (the documented ISO date with milliseconds, as FreePBX-built systems set an ISO dateformat; VERBOSE lines `[date] VERBOSE[tid][callid] file: msg`, the others `[date] LEVEL[tid][callid]: file:line function: msg`): docs.asterisk.org 'Logging Configuration' (dateformat, use_callids), the sample logger.conf, an lnav format for the full log with fractional seconds; Asterisk's main/syslog.c",
		why:    "an ISO date with milliseconds in the brackets; the level word before the thread id, VERBOSE as Debug; a Fatal in an ERROR message is not the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "[2026-11-29 07:41:16.204] VERBOSE[4120] asterisk.c: Asterisk Ready."),
			we("2026-11-29T07:41:17.33Z", Debug, "", `[2026-11-29 07:41:17.330] VERBOSE[4188][C-00000042] pbx.c: Executing [*97@from-internal:1] Answer("PJSIP/1003-0000002a", "") in new stack`),
			we("2026-11-29T07:41:18.902Z", Warn, "", "[2026-11-29 07:41:18.902] WARNING[4188][C-00000042]: app_voicemail.c:6112 leave_voicemail: No entry in voicemail config file for '1003'"),
			we("2026-11-29T07:41:21.015Z", Error, "", "[2026-11-29 07:41:21.015] ERROR[4120]: res_pjsip_outbound_registration.c:847 handle_registration_response: Fatal response '403' received from 'sip:sip.carrier.example' on registration attempt to 'sip:4930224120@sip.carrier.example', stopping outbound registration"),
			we("2026-11-29T07:41:23.12Z", Debug, "", "[2026-11-29 07:41:23.120] DEBUG[4201][C-00000042]: res_rtp_asterisk.c:7412 ast_rtp_read: (0x7f3c1a4b2d00) RTP 10.20.6.43:40124 -- Received packet with SSRC 0x5f1c2a7e"),
		},
	},
	// Kamailio: the JSON log engine, and the container's start-up banner.
	{
		name:   "kamailio-json-log-engine",
		source: "Kamailio 5.8/6.0 with `--log-engine=json:M` writing to stderr (`{ \"time\": \"RFC 3339 with nanoseconds\", \"idx\": …, \"pid\": …, \"level\": \"…\", \"module\": …, \"file\": …, \"line\": …, \"function\": …, \"message\": … }`), and with the `p` flag and a JSON log_prefix adding callid and `ts` ($TV(Sn)) fields: kamailio/kamailio issue #4203, the core cookbook's 'log engine' CLI parameter and PR #2848",
		why:    "a JSON object with blanks after its braces and colons; the level is a field (NOTICE, WARNING); on prefixed lines a second, epoch version of the same time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118356Z", Info, "", `{ "time": "2026-11-29T07:41:16.204118356Z", "idx": 1, "pid": 4120, "level": "INFO", "module": "core", "file": "main.c", "line": 3006, "function": "main", "message": "processes (including 2 control processes): 20" }`),
			we("2026-11-29T07:41:17.412305118Z|2026-11-29T07:41:17.412305Z", Debug, "", `{ "time": "2026-11-29T07:41:17.412305118Z", "idx": 7, "pid": 4127, "level": "DEBUG", "module": "core", "file": "core/receive.c", "line": 128, "function": "sip_check_fline", "callid": "4b1e2a7c@10.20.6.7", "srcip": "10.20.6.7", "ts": 1795938077.412305, "message": "first line indicates a SIP request" }`),
			we("2026-11-29T07:41:18.900012004Z|2026-11-29T07:41:18.900012Z", Notice, "", `{ "time": "2026-11-29T07:41:18.900012004Z", "idx": 7, "pid": 4127, "level": "NOTICE", "module": "acc", "file": "acc.c", "line": 282, "function": "acc_log_request", "callid": "4b1e2a7c@10.20.6.7", "srcip": "10.20.6.7", "ts": 1795938078.900012, "message": "ACC: transaction answered: method=INVITE;code=200;reason=OK" }`),
			we("2026-11-29T07:41:20.000771230Z", Warn, "", `{ "time": "2026-11-29T07:41:20.000771230Z", "idx": 0, "pid": 4120, "level": "WARNING", "module": "core", "file": "core/socket_info.c", "line": 1315, "function": "fix_hostname", "message": "could not rev. resolve 10.40.0.12" }`),
			we("2026-11-29T07:41:22.31907702Z", Error, "", `{ "time": "2026-11-29T07:41:22.319077020Z", "idx": 9, "pid": 4129, "level": "ERROR", "module": "tm", "file": "t_fwd.c", "line": 1549, "function": "t_send_branch", "message": "sending request on branch 0 failed" }`),
		},
	},
	{
		name:   "kamailio-container-listening-banner",
		source: "Kamailio in a container (`kamailio -DD -E`): the `Listening on` and `Aliases:` blocks printed at start-up, each socket indented under its heading, a blank line, then the stderr log lines ` rank(pid) LEVEL: <module> [file:line]: function(): msg` with the rank right-aligned in two columns: kamailio/kamailio issue #4523 (docker logs), issue #1920",
		why:    "a heading with its indented lines is one record with no time; ` 0(27) WARNING:` opens with a blank but is a record of its own; a container's alias name is no host",
		entries: []worldEntry{
			we("", Unknown, "",
				"Listening on ",
				"             udp: 172.20.0.4:5060",
				"             tcp: 172.20.0.4:5060",
				"             tls: 172.20.0.4:5061 advertise 203.0.113.20:5061"),
			we("", Unknown, "",
				"Aliases: ",
				"             tcp: 5c1a8e2f0b6d:5060",
				"             udp: 5c1a8e2f0b6d:5060"),
			wskip(""),
			we("", Warn, "", " 0(27) WARNING: tls [tls_init.c:807]: tls_h_mod_init_f(): openssl bug #1491 (crash/mem leaks on low memory) workaround enabled (on low memory tls operations will fail preemptively) with free memory thresholds 204800 and 102400 bytes"),
			we("", Info, "", " 0(27) INFO: <core> [main.c:3006]: main(): processes (including 2 control processes): 20"),
			we("", Error, "", "16(43) ERROR: tls [tls_server.c:1329]: tls_h_read_f(): protocol level error"),
			we("", Error, "", "16(43) ERROR: tls [tls_server.c:1333]: tls_h_read_f(): source IP: 198.51.100.140"),
		},
	},
	// FreeSWITCH: sofia's SIP trace among freeswitch.log's lines.
	{
		name:   "freeswitch-sofia-siptrace-log",
		gap:    "sofia's trace blocks (`recv 1104 bytes from udp/[10.20.6.41]:5060 at 07:41:16.112871:` and `send 352 bytes to udp/[10.20.6.41]:5060 at 07:41:16.113502:`, each with its dashed rules and indented SIP lines) are joined to the `[DEBUG] sofia.c:10314 … Access Granted.` line above them instead of being records of their own, so neither block's `at HH:MM:SS.ffffff` time is read",
		source: "FreeSWITCH 1.10's /var/log/freeswitch/freeswitch.log with `sofia global siptrace on` (the log's own lines `yyyy-MM-dd HH:mm:ss.ffffff idle% [LEVEL] file:line msg`, a channel's lines behind its uuid; sofia's trace written without them: `recv N bytes from udp/[addr]:port at HH:MM:SS.ffffff:` or `send N bytes to …`, then the message indented by three blanks between two dashed rules): 2600hz's FreeSWITCH scripts README (sipify.sh: the debug log does not carry the call-id on the SIP lines), the FreeSWITCH book's REGISTER trace, a public guide's `recv 1745 bytes from udp/[…]:5060 at 02:05:50.220956:` trace, a log ingester stripping FreeSWITCH's colour codes from `recv … at 23:59:12:`",
		why:    "a trace record's time is the time of day after `at` on the log's day; its dashed rules and indented SIP lines (an inner `   ` line before the SDP) are its own; a uuid before a channel's line is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.110214Z", Debug, "", `2026-11-29 07:41:16.110214 97.93% [DEBUG] sofia.c:10314 IP 10.20.6.41 Approved by acl "domains[]". Access Granted.`),
			we("2026-11-29T07:41:16.112871Z", Unknown, "",
				"recv 1104 bytes from udp/[10.20.6.41]:5060 at 07:41:16.112871:",
				"   ------------------------------------------------------------------------",
				"   INVITE sip:2002@10.20.0.5 SIP/2.0",
				"   Via: SIP/2.0/UDP 10.20.6.41:5060;branch=z9hG4bK-524287-1---41207c2a;rport",
				"   Max-Forwards: 70",
				"   Contact: <sip:1001@10.20.6.41:5060>",
				"   To: <sip:2002@10.20.0.5>",
				`   From: "Ana" <sip:1001@10.20.0.5>;tag=5d6e7f80`,
				"   Call-ID: 9b3d4c1a8e2f0b6d@10.20.6.41",
				"   CSeq: 1 INVITE",
				"   Content-Type: application/sdp",
				"   Content-Length: 160",
				"   ",
				"   v=0",
				"   o=- 41207 1 IN IP4 10.20.6.41",
				"   s=-",
				"   c=IN IP4 10.20.6.41",
				"   t=0 0",
				"   m=audio 40120 RTP/AVP 8 0 101",
				"   ------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16.113502Z", Unknown, "",
				"send 352 bytes to udp/[10.20.6.41]:5060 at 07:41:16.113502:",
				"   ------------------------------------------------------------------------",
				"   SIP/2.0 100 Trying",
				"   Via: SIP/2.0/UDP 10.20.6.41:5060;branch=z9hG4bK-524287-1---41207c2a;rport=5060",
				`   From: "Ana" <sip:1001@10.20.0.5>;tag=5d6e7f80`,
				"   To: <sip:2002@10.20.0.5>",
				"   Call-ID: 9b3d4c1a8e2f0b6d@10.20.6.41",
				"   CSeq: 1 INVITE",
				"   User-Agent: FreeSWITCH",
				"   Content-Length: 0",
				"   ------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16.120334Z", Notice, "", "2026-11-29 07:41:16.120334 97.93% [NOTICE] switch_channel.c:1142 New Channel sofia/internal/1001@10.20.0.5 [5f1c2a7e-8a3b-4c1d-9e2f-0a1b2c3d4e5f]"),
			we("2026-11-29T07:41:16.130112Z", Info, "", "5f1c2a7e-8a3b-4c1d-9e2f-0a1b2c3d4e5f 2026-11-29 07:41:16.130112 97.93% [INFO] mod_dialplan_xml.c:639 Processing Ana <1001>->2002 in context default"),
			we("2026-11-29T07:41:46.402117Z", Warn, "", "2026-11-29 07:41:46.402117 97.90% [WARNING] sofia_reg.c:1767 SIP auth failure (REGISTER) on sofia profile 'internal' for [1042@10.20.0.5] from ip 198.51.100.71"),
		},
	},
	// Exim: exigrep's output, and Exim through syslog without its own time.
	{
		name:   "exim-exigrep-output",
		source: "`exigrep <pattern> /var/log/exim4/mainlog` (Exim's utility: the mainlog lines of each matching message together, a blank line after each message, and `+++ <id> has not completed +++` above a message that has no Completed line yet): Exim specification ch. 'Exim utilities' (exigrep), a public MCollective Exim agent README quoting exigrep's output",
		why:    "every mainlog line is a record with its own time; the flags <= => -> == are no levels; the blank lines and the +++ line are fed, not records; a message's earlier line after a later message's lines keeps its own time",
		entries: []worldEntry{
			we("2026-11-29T07:40:02Z", Unknown, "", "2026-11-29 07:40:02 1tGa7e-000Ab1-2C <= alerts@example.org H=app01.example.org [10.20.0.41] P=esmtp S=4120 id=20261129074002.4120@app01.example.org"),
			we("2026-11-29T07:40:03Z", Unknown, "", `2026-11-29 07:40:03 1tGa7e-000Ab1-2C => ops@example.com R=dnslookup T=remote_smtp H=mx.example.com [198.51.100.25] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 2.0.0 Ok: queued as 4Nf3Qk1mzR"`),
			we("2026-11-29T07:40:03Z", Unknown, "", "2026-11-29 07:40:03 1tGa7e-000Ab1-2C -> oncall@example.com R=dnslookup T=remote_smtp H=mx.example.com [198.51.100.25] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes"),
			we("2026-11-29T07:40:03Z", Unknown, "", "2026-11-29 07:40:03 1tGa7e-000Ab1-2C Completed"),
			wskip(""),
			wskip("+++ 1tGa3x-0009Zz-7Q has not completed +++"),
			we("2026-11-29T07:31:44Z", Unknown, "", `2026-11-29 07:31:44 1tGa3x-0009Zz-7Q <= <> R=1tGa3w-0009Zy-5P U=Debian-exim P=local S=6120 T="Mail delivery failed: returning message to sender"`),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29 07:41:18 1tGa3x-0009Zz-7Q == bounce-41@example.net R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'example.net'"),
			wskip(""),
		},
	},
	{
		name:   "exim-syslog-without-timestamp-maillog",
		source: "Exim with `log_file_path = syslog` and `syslog_timestamp = false` (the mainlog's and rejectlog's lines without Exim's own time, behind the syslog header), in a RHEL host's /var/log/maillog: Exim specification ch. 'Log files' (Logging to syslog) and the main options syslog_timestamp, syslog_pid",
		why:    "the syslog header's host and time only; the message id and flags follow the tag directly; a rejected RCPT is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mx2", "Nov 29 07:41:16 mx2 exim[48200]: SMTP connection from [203.0.113.9]:50122 I=[192.0.2.25]:25 (TCP/IP connection count = 3)"),
			we("2026-11-29T07:41:16Z", Unknown, "mx2", "Nov 29 07:41:16 mx2 exim[48200]: 1tGaB0-000CdE-2b <= ana@example.org H=(client.example.org) [203.0.113.9]:50122 I=[192.0.2.25]:25 P=esmtpsa A=dovecot_plain:ana@example.org S=3120 id=20261129074116.4120@client.example.org"),
			we("2026-11-29T07:41:17Z", Unknown, "mx2", `Nov 29 07:41:17 mx2 exim[48231]: 1tGaB0-000CdE-2b => bob@example.net R=dnslookup T=remote_smtp H=mx.example.net [198.51.100.25] C="250 OK id=1tGaB1-0004Qr-0z"`),
			we("2026-11-29T07:41:17Z", Unknown, "mx2", "Nov 29 07:41:17 mx2 exim[48231]: 1tGaB0-000CdE-2b Completed"),
			we("2026-11-29T07:41:19Z", Unknown, "mx2", "Nov 29 07:41:19 mx2 exim[48240]: H=(win-4120) [198.51.100.90]:61022 I=[192.0.2.25]:25 F=<spam@example.biz> rejected RCPT <ana@example.org>: Sender verify failed"),
		},
	},
	// XMPP: ejabberd's lager log, Prosody's JSON and stdout sinks.
	{
		name:   "ejabberd-lager-debug-continuation",
		source: "ejabberd 16.x-18.x's /var/log/ejabberd/ejabberd.log through lager (`yyyy-MM-dd HH:mm:ss.SSS [level] <pid>@module:function:line msg`, no offset, and at loglevel 5 the router's `route` with its `from`, `to` and `packet` terms on tab-indented lines): processone/ejabberd issue #1625, a public ejabberd debugging walk-through (tail -f ejabberd.log with loglevel 5)",
		why:    "a millisecond time without an offset; the level in brackets; tab-indented Erlang terms belong to the line above; JIDs and a node's addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 [info] <0.512.0>@ejabberd_listener:accept:302 (<0.4120.0>) Accepted connection 203.0.113.9:51234 -> 10.20.0.12:5222"),
			we("2026-11-29T07:41:16.713Z", Debug, "",
				"2026-11-29 07:41:16.713 [debug] <0.4121.0>@ejabberd_router:do_route:343 route",
				"\tfrom {jid,<<\"ana\">>,<<\"xmpp.example.org\">>,<<\"phone\">>,<<\"ana\">>,<<\"xmpp.example.org\">>,<<\"phone\">>}",
				"\tto {jid,<<\"ana\">>,<<\"xmpp.example.org\">>,<<>>,<<\"ana\">>,<<\"xmpp.example.org\">>,<<>>}",
				"\tpacket {xmlel,<<\"iq\">>,[{<<\"type\">>,<<\"get\">>},{<<\"id\">>,<<\"ping41\">>}],[{xmlel,<<\"ping\">>,[{<<\"xmlns\">>,<<\"urn:xmpp:ping\">>}],[]}]}"),
			we("2026-11-29T07:41:17.002Z", Warn, "", "2026-11-29 07:41:17.002 [warning] <0.4125.0>@ejabberd_c2s:process_auth_result:452 (tls|<0.4125.0>) Failed c2s PLAIN authentication for bob@xmpp.example.org from 198.51.100.4: Invalid username or password"),
			we("2026-11-29T07:41:19.44Z", Error, "", "2026-11-29 07:41:19.440 [error] <0.388.0>@ejabberd_s2s_out:handle_info:691 Closing s2s connection: xmpp.example.org -> conference.remote.example (remote server not found)"),
		},
	},
	{
		name:   "prosody-mod-log-json",
		source: "Prosody with mod_log_json's sink (`{ to = \"json\", filename = \"/var/log/prosody/prosody.json\" }`: one JSON object a line with args, datetime, level, message and source, the message left unformatted with its arguments in args): prosody-modules' mod_log_json documentation",
		why:    "a second-precision UTC datetime field; the level a lower-case field; a JID in args is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"args":[],"datetime":"2026-11-29T07:41:16Z","level":"info","message":"Client connected","source":"c2s55d1e4f0"}`),
			we("2026-11-29T07:41:17Z", Info, "", `{"args":["ana@xmpp.example.org/phone"],"datetime":"2026-11-29T07:41:17Z","level":"info","message":"Authenticated as %s","source":"c2s55d1e4f0"}`),
			we("2026-11-29T07:41:17Z", Debug, "", `{"args":["<iq type='get' id='ping41'>"],"datetime":"2026-11-29T07:41:17Z","level":"debug","message":"Received[c2s]: %s","source":"c2s55d1e4f0"}`),
			we("2026-11-29T07:41:19Z", Warn, "", `{"args":["conference.remote.example"],"datetime":"2026-11-29T07:41:19Z","level":"warn","message":"Failed in all attempts to connect to %s","source":"s2sout55e0a2b0"}`),
			we("2026-11-29T07:41:21Z", Error, "", `{"args":["mod_http_upload"],"datetime":"2026-11-29T07:41:21Z","level":"error","message":"Error initializing module '%s': storage not writable","source":"upload.xmpp.example.org:http_upload"}`),
		},
	},
	{
		name:   "prosody-stdout-console-sink",
		source: "Prosody logging to the console or stdout sink without timestamps (`name`, padded to a source column of 20 that widens for good to #name+2 when a longer name comes, the level, a tab, the message), as a container or a foreground run prints it: Prosody's core/loggingmanager.lua (log_sink_types.stdout), yaxim-org/yaxim issue #121 (the console's columns), jitsi/docker-jitsi-meet PR #1526",
		why:    "no time at all; the level word after a padded source column, which widens after a long module name; every line is its own record",
		entries: []worldEntry{
			we("", Info, "", "startup             info\tHello and welcome to Prosody version 0.12.4"),
			we("", Info, "", "portmanager         info\tActivated service 'c2s' on [::]:5222, [*]:5222"),
			we("", Info, "", "c2s55d1e4f0         info\tClient connected"),
			we("", Warn, "", "conference.xmpp.example.org:muc_mam  warn\tArchive query for room standup@conference.xmpp.example.org exceeded the page limit"),
			we("", Debug, "", "c2s55d1e4f0                          debug\tReceived[c2s]: <iq type='get' id='ping41'>"),
			we("", Error, "", "s2sout55e0a2b0                       error\tCould not connect to conference.remote.example: connection refused"),
		},
	},
	// Mailman 3's web front end.
	{
		name:   "mailman-web-hyperkitty-postorius-log",
		source: "Mailman 3's web front end (mailman-web: HyperKitty and Postorius under Django) logging to /var/log/mailman3/web/mailman-web.log with the verbose formatter of their example settings (`%(levelname)s %(asctime)s %(process)d %(name)s %(message)s`), a Django traceback under an error: HyperKitty's and Postorius' example_project/settings.py (LOGGING, formatter verbose)",
		why:    "the level word first, then a comma-millisecond time and a pid; a traceback belongs to the ERROR line; the list's address in a URL is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "INFO 2026-11-29 07:41:16,204 4120 hyperkitty.lib.incoming Adding email <20261129074112.4120@app01.example.org> to list dev@lists.example.org"),
			we("2026-11-29T07:41:18.33Z", Warn, "", "WARNING 2026-11-29 07:41:18,330 4121 django.request Not Found: /mailman3/lists/nosuch.lists.example.org/"),
			we("2026-11-29T07:41:21.902Z", Error, "",
				"ERROR 2026-11-29 07:41:21,902 4121 django.request Internal Server Error: /hyperkitty/list/dev@lists.example.org/thread/4F1C2A7E9B3D4C1A8E2F0B6D41/",
				"Traceback (most recent call last):",
				`  File "/opt/mailman/venv/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner`,
				"    response = get_response(request)",
				`  File "/opt/mailman/venv/lib/python3.11/site-packages/django/db/backends/base/base.py", line 275, in ensure_connection`,
				"    self.connect()",
				"django.db.utils.OperationalError: connection to server at \"10.20.0.31\", port 5432 failed: Connection refused"),
			we("2026-11-29T07:41:25.011Z", Info, "", "INFO 2026-11-29 07:41:25,011 4120 postorius.views.list Subscription request from carol@example.net to dev@lists.example.org is pending moderator approval"),
		},
	},
	// Postfix's submission services, the signaling server and Dovecot, through syslog and log_path.
	{
		name:   "postfix-submission-smtps-syslog-names",
		source: "Postfix on RHEL 9 (/var/log/maillog, rsyslog's traditional layout) with master.cf's submission and smtps services setting `-o syslog_name=postfix/submission` and `-o syslog_name=postfix/smtps`, so the tag carries two slashes; long queue ids (enable_long_queue_ids); `warning:` and `fatal:` from msg_warn and msg_fatal: postfix.org master(5) and the stock master.cf, MAILLOG_README, postconf(5) enable_long_queue_ids",
		why:    "a tag with two slashes before the pid; Postfix's warning: and fatal: are levels (fatal Critical); a client's name and address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mx1", "Nov 29 07:41:16 mx1 postfix/submission/smtpd[4120]: connect from client.example.org[203.0.113.7]"),
			we("2026-11-29T07:41:17Z", Unknown, "mx1", "Nov 29 07:41:17 mx1 postfix/submission/smtpd[4120]: 4NxYz17Qk2zNbb: client=client.example.org[203.0.113.7], sasl_method=PLAIN, sasl_username=ana@example.org"),
			we("2026-11-29T07:41:19Z", Warn, "mx1", "Nov 29 07:41:19 mx1 postfix/smtps/smtpd[4131]: warning: unknown[198.51.100.77]: SASL LOGIN authentication failed: UGFzc3dvcmQ6"),
			we("2026-11-29T07:41:19Z", Unknown, "mx1", "Nov 29 07:41:19 mx1 postfix/smtps/smtpd[4131]: lost connection after AUTH from unknown[198.51.100.77]"),
			we("2026-11-29T07:41:22Z", Critical, "mx1", "Nov 29 07:41:22 mx1 postfix/submission/smtpd[4140]: fatal: no SASL authentication mechanisms"),
			we("2026-11-29T07:41:23Z", Warn, "mx1", "Nov 29 07:41:23 mx1 postfix/master[1190]: warning: process /usr/libexec/postfix/smtpd pid 4140 exit status 1"),
		},
	},
	{
		name:   "spreed-signaling-syslog",
		source: "the Nextcloud Talk signaling server (strukturag/nextcloud-spreed-signaling) run by its systemd unit on Debian, its Go log lines (`file.go:line: msg`, no time of its own, warnings written with a WARNING: prefix) stored by rsyslog behind the journal's header: strukturag/nextcloud-spreed-signaling issue #615 (the server's lines), sunweaver/nextcloud-high-performance-backend-setup issue #129 (the unit under journalctl). fresh51 holds the same lines bare, from a container",
		why:    "the syslog header gives the host and the time; the source file and line then come first; WARNING: after them is the server's level marking, as fresh51 reads it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "talk1", "Nov 29 07:41:16 talk1 signaling[1503]: main.go:133: Starting up version 2.0.2/go1.23.4 as pid 1503"),
			we("2026-11-29T07:41:16Z", Unknown, "talk1", "Nov 29 07:41:16 talk1 signaling[1503]: natsclient.go:108: Connection established to nats://localhost:4222 (NDZQ4BDXW5F7L2GM3KAQVH6RTC4YJ2PE7XNU6SB1OVW5MZ8LIRK3TQA)"),
			we("2026-11-29T07:41:16Z", Warn, "talk1", "Nov 29 07:41:16 talk1 signaling[1503]: grpc_common.go:167: WARNING: No GRPC server certificate and/or key configured, running unencrypted"),
			we("2026-11-29T07:41:17Z", Unknown, "talk1", "Nov 29 07:41:17 talk1 signaling[1503]: mcu_janus.go:292: Connected to Janus WebRTC Server 1.2.4 by Meetecho s.r.l."),
			we("2026-11-29T07:41:20Z", Unknown, "talk1", "Nov 29 07:41:20 talk1 signaling[1503]: client.go:282: Client from 203.0.113.61 has RTT of 38 ms (38.211904ms)"),
		},
	},
	{
		name:   "dovecot-log-path-iso-space-panic",
		source: "Dovecot 2.3's own log file (log_path = /var/log/dovecot.log) with `log_timestamp = \"%Y-%m-%d %H:%M:%S \"`, auth_debug on, and an auth process's panic (`Panic: file …: line …: assertion failed`), its `Error: Raw backtrace:` on one line and the master's `Fatal: … killed with signal 6 (core dumped)`: doc.dovecot.org 'Logging' (log_path, log_timestamp), a public GSSAPI debugging paste of dovecot.log with such a panic",
		why:    "a space-separated ISO time set by log_timestamp; the service, then Dovecot's level word and a colon; Panic and Fatal are Critical; the raw backtrace is one line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 imap-login: Info: Login: user=<ana@example.org>, method=PLAIN, rip=203.0.113.7, lip=10.20.0.25, mpid=4120, TLS, session=<Kq7GZD0+bB9xy4Qo>"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 07:41:17 auth: Debug: gssapi(bob@EXAMPLE.ORG,203.0.113.9,<Lm3x2yB9Kq7GZD0a>): Negotiated security layer"),
			we("2026-11-29T07:41:17Z", Critical, "", "2026-11-29 07:41:17 auth: Panic: file auth-request.c: line 743 (auth_request_is_disabled_master_user): assertion failed: (request->requested_login_user != NULL)"),
			we("2026-11-29T07:41:17Z", Error, "", "2026-11-29 07:41:17 auth: Error: Raw backtrace: /usr/lib/dovecot/libdovecot.so.0(backtrace_append+0x42) [0x7f3c1a4b2d02] -> /usr/lib/dovecot/libdovecot.so.0(backtrace_get+0x1e) [0x7f3c1a4b2e1e] -> /usr/lib/dovecot/libdovecot.so.0(i_panic+0) [0x7f3c1a45f1c0] -> dovecot/auth(auth_request_is_disabled_master_user+0x5d) [0x55d1e4f0a41d]"),
			we("2026-11-29T07:41:18Z", Warn, "", "2026-11-29 07:41:18 imap-login: Warning: Auth connection closed with 1 pending requests (max 0 secs, pid=4122, EOF)"),
			we("2026-11-29T07:41:18Z", Critical, "", "2026-11-29 07:41:18 auth: Fatal: master: service(auth): child 4124 killed with signal 6 (core dumped)"),
		},
	},
}

func TestFresh187Formats(t *testing.T) { assertTable(t, fresh187Cases) }

func TestFresh187Score(t *testing.T) {
	checkScore(t, "fresh187 formats", fresh187Cases, [worldNumFields]float64{98.1, 98.1, 98.1, 97.3})
}
