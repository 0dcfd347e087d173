package parse

import "testing"

// The three-hundred-and-eighteenth fresh table, written on 2026-12-08: syslog test vectors, a
// ninth pass after fresh37, fresh77, fresh124, fresh215, fresh228, fresh287, fresh299 and fresh310
// (and the syslog corners of fresh3, fresh9, fresh57, fresh61, fresh144, fresh145, fresh165 and
// fresh172): forwarded forms that relays write for the hosted log services they ship to, and header
// variants of a relay's own output, in shapes no earlier table holds. Each family is one product's
// output in one shape: rsyslog shipping to Datadog with its documented DatadogFormat template (the
// API key, a blank, then an RFC 5424 header whose VERSION is rsyslog's protocol-version, 0 for a BSD
// message, and a `[metas ddsource=… ddtags=…]` element); rsyslog shipping to New Relic's TCP endpoint
// (the 40-character license key before the PRI, a local +01:00 offset, a relayed RFC 5424 message
// with its SD element and its BOM kept in %msg%); rsyslog shipping to Logz.io with the
// logzFormatFileTagName template (the token in brackets before the PRI and a `[type=…]` element with
// no SD-ID enterprise part and an unquoted value, an imfile line carrying nginx's own time);
// rsyslog shipping to Logentries (Rapid7) token-based (a UUID, then the host and the tag, no PRI
// and no time); syslog-ng shipping to Sematext with the token inside a format-json payload (an RFC
// 5424 header whose PROCID is empty for the kernel, so two blanks); an Aiven service's logs sent to
// Coralogix through Aiven's custom logline (a JSON object with no time, the PRI as a string under
// `pri_text`, the message not JSON-escaped); a Splunk heavy forwarder's syslog output (the default
// `<13>` glued to the event's host, the Apache event's own time inside); and openSUSE's syslogd
// with the showpri patch run with -S (a priority digit and a facility letter glued before the host
// with a colon, `6E:host`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`test vectors`, `datadog`, `DatadogFormat`, `ddsource` (fresh4, fresh58, fresh99, fresh158:
// JSON keys), `ddtags` (fresh99, fresh180: JSON keys), `metas` (other words only), `intake.logs`,
// `10516`, `new relic`, `newrelic` (fresh38, fresh88, fresh135: the agents' own logs), `nr-data`,
// `NRAL`, `license key`, `logz.io`, `logzio`, `listener.logz`, `[type=` (fresh169: a WAF's own
// bracket), `logentries`, `insightops`, `rapid7` (fresh33, fresh205: other products), `sematext`,
// `logsene`, `logsene-app-token`, `coralogix`, `private_key`, `company_id`, `pri_text`,
// `subsystem_name`, `aiven` (fresh165: journalpump's own RFC 5424; fresh168, fresh206: other
// senses), `splunk` (many tables: HEC, SC4S, the forwarders' own logs), `outputs.conf`,
// `syslogSourceType`, `NO_PRI` (fresh289: another sense), `heavy forwarder`, `showpri`, `5Q:`, a
// regexp for a digit and a facility letter glued before the host (`[0-7][A-Y]:host`: none), a regexp
// for a PRI glued to a host name (`"<N>name ` then a non-date: fresh37's `<6>shop-worker 4.1.2`
// only, a headerless line), `sysklogd` (its 2.x RFC 5424 file and -v in fresh57, fresh287 and
// others), `mezmo`, `logdna`, `logtail`, `betterstack`, `sumo`, `loggly`, `papertrail`, `convox`,
// `fastly`, `>0 20` (fresh77: a bare version 0), `protocol-version`, `- -  ` (fresh14: rsyslog's
// own RFC 5424 with the doubled blank; fresh165, fresh292: other senders')). Datadog and New
// Relic are in fresh88, fresh135, fresh180 and others as their agents' and SDKs' own logs and
// Datadog's archive; the relays' lines with the key before the PRI are in none. Logz.io, Logentries, Sematext and Coralogix are in none.
// Splunk's HEC, SC4S and forwarder logs are measured; the forwarder's syslog output is in none.
// sysklogd 1.4 is in several tables in its default file format; the showpri -S code is in none.
// Left out as measured already: Loggly's `[TOKEN@41058 tag=…]` and Sumo Logic's `[TOKEN@41123]`
// (fresh19, fresh34), and with them Mezmo's `[logdna@48950 key=…]` and Better Stack's
// `[logtail@11993 source_token=…]` (the same token-as-SD-element shape), Papertrail (fresh19,
// fresh67, fresh299), Fastly's classic format (fresh36), rsyslog's own RFC 5424 templates with the
// doubled blank (fresh14), version 0 on its own (fresh77), Python's SysLogHandler with a NUL
// (fresh17, fresh165, so Sematext's `<PRI>TOKEN:message` from Python was left out). Also left out
// after the search: Fastly's loggly and logplex line formats and Convox's syslog resource (their
// exact layouts not confirmed). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). An RFC 3339 time is converted from its offset (+01:00 for the New Relic
// and Sematext senders); a BSD date has no year (2026) and no zone (UTC); an Apache time carries
// its offset (-05:00 on one host). Where a line carries two versions of its own time (rsyslog's
// header over an nginx access line read by imfile), either is accepted. The Logentries and
// Coralogix lines carry no time at all. Levels come from what the line marks: the PRI (severity =
// PRI mod 8), also where it is written as the string under Coralogix's `pri_text` key; Splunk's
// `<13>` is the forwarder's configured priority and the record's only mark, so Notice, as fresh287
// takes Logstash's configured user.notice; the showpri code's digit is the priority (5 notice, 6
// info, 4 warning, 3 err). A token, an API key, a license key, `[type=…]`, `ddsource`, `ddtags`,
// `company_id` and PostgreSQL's `LOG:` (which agrees with its PRI) give no other level; Logentries'
// lines mark none. The host is the header's host field wherever the prefix puts it: after the key
// or token, after the Logentries UUID, after Splunk's `<13>`, after the showpri code's colon;
// Coralogix's `hostname` key; an API key, a token, a client address in an access line, an
// `app_name` and a `ddsource` are no hosts. Every record is one line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Keys, tokens, hosts, ids, addresses, users and messages are invented,
// and every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong carries a gap
// that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d13dd9c before any rule for it: level 37.5 %, time 100.0 %, host 12.5 %, records 100.0 %.
// That is the macro figure (micro: level 36.4 %, time 100.0 %, host 12.1 %, records 100.0 %), in a
// worktree at d13dd9c with no change to trawl's code (only this file and table_test.go's list), 1 of
// 8 families fully right (Sematext's syslog-ng JSON with the empty PROCID); the gaps are the header
// after a leading key or token (Datadog's API key, New Relic's license key, Logz.io's bracketed
// token: level and host lost, the time read), the host after Logentries' UUID, the Coralogix
// envelope's nested hostname and its pri_text PRI, the host glued to Splunk's `<13>`, and the
// showpri code left in the host with its digit not read as the level.

var fresh318Cases = []worldCase{
	{
		name:   "datadog-rsyslog-apikey-before-pri-metas-sd",
		source: "rsyslog shipping to Datadog with the DatadogFormat template of Datadog's 'Rsyslog' integration page (`$template DatadogFormat,\"<DATADOG_API_KEY> <%pri%>%protocol-version% %timestamp:::date-rfc3339% %HOSTNAME% %app-name% - - [metas ddsource=\\\"<MY_SOURCE_NAME>\\\" ddtags=\\\"env:dev,<KEY:VALUE>\\\"] %msg%\\n\"`, to intake.logs.datadoghq.com:10516; the same template in the page's French, Japanese and Korean translations and in Convox's `rack resources info` example), the stream as a TLS-terminating relay writes it one message a line; rsyslog's pmrfc3164 sets protocol-version 0 for a BSD message (rsyslog source: setProtocolVersion(pMsg, MSG_LEGACY_PROTOCOL), MSG_LEGACY_PROTOCOL 0) and a BSD message's %msg% keeps the blank after the tag's colon (the reason rsyslog's own file templates use sp-if-no-1st-sp), from memory",
		why:    "a 32-hex API key and a blank before the PRI; VERSION 0 for local BSD messages, 1 for a relayed RFC 5424 one; `- -` written by the template; a `[metas …]` element whose ddsource and ddtags are no level and no host; two blanks before a BSD message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482311Z", Info, "web-07", `9b2e4f7a1c3d5e6f8a0b2c4d6e8f0a1b <38>0 2026-11-29T07:41:16.482311+00:00 web-07 sshd - - [metas ddsource="linux" ddtags="env:prod,team:payments"]  Accepted publickey for deploy from 10.20.3.14 port 51234 ssh2: ED25519 SHA256:Zm9vYmFyYmF6cXV4cXV1eA`),
			we("2026-11-29T07:41:18.903177Z", Error, "web-07", `9b2e4f7a1c3d5e6f8a0b2c4d6e8f0a1b <27>0 2026-11-29T07:41:18.903177+00:00 web-07 shop-api - - [metas ddsource="linux" ddtags="env:prod,team:payments"]  order 41208: capture rejected by provider (code 51)`),
			we("2026-11-29T07:41:21.015522Z", Warn, "web-07", `9b2e4f7a1c3d5e6f8a0b2c4d6e8f0a1b <4>0 2026-11-29T07:41:21.015522+00:00 web-07 kernel - - [metas ddsource="linux" ddtags="env:prod,team:payments"]  [2811042.551203] nvme nvme0: I/O 412 QID 3 timeout, aborting`),
			we("2026-11-29T07:41:24.21Z", Info, "web-07", `9b2e4f7a1c3d5e6f8a0b2c4d6e8f0a1b <134>1 2026-11-29T07:41:24.210Z web-07 billing - - [metas ddsource="linux" ddtags="env:prod,team:payments"] invoice batch 77 exported (412 invoices)`),
		},
	},
	{
		name:   "newrelic-rsyslog-license-key-before-pri",
		source: "rsyslog shipping to New Relic's syslog TCP endpoint (newrelic.syslog.eu.nr-data.net:6514) with the logline the Aiven and UpCloud documentation give for it (`YOUR_LICENSE_KEY <%pri%>%protocol-version% %timestamp:::date-rfc3339% %hostname% %app-name% %procid% %msgid% %structured-data% %msg%`, the key prepended 'so the format matches the built-in Grok pattern'): aiven/devportal 'Remote syslog integration' (New Relic), UpCloud managed-database docs (New Relic), wesley-dean/rsyslog-newrelic-forwarder (the same template without the key in its Dockerfile); rsyslog keeping a relayed RFC 5424 message's BOM in %msg%: rsyslog/rsyslog issue #284; the EU key's `eu01xx…NRAL` shape from memory",
		why:    "a 40-character license key before the PRI; a local +01:00 offset; VERSION 0 and two blanks for BSD messages, a NIL procid for the kernel; a relayed RFC 5424 message with its procid, MSGID, SD element and a BOM before its text",
		entries: []worldEntry{
			we("2026-11-29T07:52:03.118204Z", Info, "app-02", "eu01xx7d3a9c1e5f2b8d4a6c0e9f1b3d5a7cNRAL <30>0 2026-11-29T08:52:03.118204+01:00 app-02 systemd 1 - -  Started apt-daily.service - Daily apt download activities."),
			we("2026-11-29T07:52:07.440918Z", Error, "app-02", "eu01xx7d3a9c1e5f2b8d4a6c0e9f1b3d5a7cNRAL <11>0 2026-11-29T08:52:07.440918+01:00 app-02 checkout 4120 - -  payment capture failed for order 41208: gateway timeout after 30000 ms"),
			we("2026-11-29T07:52:11.002731Z", Error, "app-02", "eu01xx7d3a9c1e5f2b8d4a6c0e9f1b3d5a7cNRAL <3>0 2026-11-29T08:52:11.002731+01:00 app-02 kernel - - -  [912345.120044] Out of memory: Killed process 4120 (java) total-vm:8123456kB, anon-rss:6123456kB, file-rss:0kB"),
			we("2026-11-29T07:52:15.304Z", Info, "app-02", "eu01xx7d3a9c1e5f2b8d4a6c0e9f1b3d5a7cNRAL <134>1 2026-11-29T08:52:15.304+01:00 app-02 billing 2211 INV42 [origin ip=\"10.20.3.31\" software=\"billing\"] \ufeffinvoice batch 78 exported: 412 invoices, 3 skipped"),
		},
	},
	{
		name:   "logzio-rsyslog-bracketed-token-type-sd",
		source: "rsyslog shipping to Logz.io with the logzFormatFileTagName template of Logz.io's rsyslog shipping docs (`$template logzFormatFileTagName,\"[<<LOG-SHIPPING-TOKEN>>] <%pri%>%protocol-version% %timestamp:::date-rfc3339% %HOSTNAME% %app-name% %procid% %msgid% [type=<<TYPE>>] %msg%\\n\"`, an imfile input with `$InputFileTag TYPE:` and `$InputFileSeverity info`, sent to listener.logz.io:5001 over TLS): logzio/logz-docs (rsyslog file shipping), the vladgh.logs Ansible role's README (the same template with `[type=syslog]`), a dotfiles README's rsyslog.conf; the imfile message's protocol-version 0 and facility local0 from memory",
		why:    "a 32-letter token in brackets before the PRI; a `[type=…]` element with a bare SD-ID and an unquoted value; VERSION 0; an imfile line whose nginx time is a second version of the record's time; the access line's client address is no host",
		entries: []worldEntry{
			we("2026-11-29T08:03:27.551907Z|2026-11-29T08:03:27Z", Info, "edge-01", `[uGkDqTzRwLhXsNvBmPcYfJaEoWiKtZrQ] <134>0 2026-11-29T08:03:27.551907+00:00 edge-01 nginx-access - - [type=nginx-access] 10.20.3.14 - - [29/Nov/2026:08:03:27 +0000] "GET /api/v2/cart HTTP/1.1" 200 612 "-" "okhttp/4.12.0"`),
			we("2026-11-29T08:03:28.004113Z|2026-11-29T08:03:28Z", Info, "edge-01", `[uGkDqTzRwLhXsNvBmPcYfJaEoWiKtZrQ] <134>0 2026-11-29T08:03:28.004113+00:00 edge-01 nginx-access - - [type=nginx-access] 10.20.3.19 - - [29/Nov/2026:08:03:28 +0000] "POST /api/v2/orders HTTP/1.1" 201 88 "-" "okhttp/4.12.0"`),
			we("2026-11-29T08:03:31.002118Z", Notice, "edge-01", `[uGkDqTzRwLhXsNvBmPcYfJaEoWiKtZrQ] <85>0 2026-11-29T08:03:31.002118+00:00 edge-01 sudo - - [type=syslog]  deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl reload nginx`),
			we("2026-11-29T08:03:33.410276Z", Info, "edge-01", `[uGkDqTzRwLhXsNvBmPcYfJaEoWiKtZrQ] <30>0 2026-11-29T08:03:33.410276+00:00 edge-01 systemd 1 - [type=syslog]  Reloading nginx.service - A high performance web server and a reverse proxy server...`),
		},
	},
	{
		name:   "logentries-rsyslog-token-host-tag-no-pri",
		gap:    "trawl reads no host from `UUID host tag[pid]: msg`: with a token where the PRI and the date would be, the name after it (db-03, web-11) is not read as the host",
		source: "rsyslog forwarding to Logentries (Rapid7 InsightOps) token-based with `$template Logentries,\"TOKEN %HOSTNAME% %syslogtag%%msg%\\n\"` and `*.* @@data.logentries.com:80;Logentries`, the stream as the receiving end stores it: setup scripts and Docker entrypoints writing /etc/rsyslog.d/logentries.conf and a Chef cookbook's spec ('should set a new template with the token'), found by their template line; Rapid7's own page was not found, so the layout is from those configurations",
		why:    "a UUID token first, then the host and the tag: no PRI and no time; the kernel's uptime in brackets is no time; no level anywhere",
		entries: []worldEntry{
			we("", Unknown, "db-03", "5e2c9a17-4b3d-4f8e-9c1a-7d6b2e0f3a84 db-03 sshd[30412]: Accepted publickey for backup from 10.20.3.40 port 40112 ssh2: ED25519 SHA256:cmVwbGljYXRpb25rZXk"),
			we("", Unknown, "db-03", "5e2c9a17-4b3d-4f8e-9c1a-7d6b2e0f3a84 db-03 CRON[30420]: (root) CMD (/usr/local/bin/pg-backup.sh --incremental)"),
			we("", Unknown, "db-03", "5e2c9a17-4b3d-4f8e-9c1a-7d6b2e0f3a84 db-03 kernel: [1720331.441207] EXT4-fs (nvme1n1p1): mounted filesystem 4f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1 r/w with ordered data mode. Quota mode: none."),
			we("", Unknown, "web-11", "5e2c9a17-4b3d-4f8e-9c1a-7d6b2e0f3a84 web-11 systemd[1]: Starting logrotate.service - Rotate log files..."),
		},
	},
	{
		name:   "sematext-syslog-ng-rfc5424-json-empty-pid",
		source: "syslog-ng shipping to Sematext Logs with the token inside a JSON payload (`template(\"<${PRI}>1 ${ISODATE} ${HOST} ${PROGRAM} ${PID} - - $(format-json --pair message=\\\"$MSG\\\" --pair logsene-app-token=\\\"LOGSENE_APP_TOKEN_GOES_HERE\\\")\\n\")` to logsene-syslog-receiver.sematext.com over TCP): sematext/sematext-docs 'Sematext Syslog-ng Integration'; ${PID} expanding empty for a message without a pid (the kernel's), ${ISODATE} without a fraction and format-json writing its keys sorted, from memory",
		why:    "RFC 5424 with a local +01:00 offset; an empty PROCID leaves two blanks after the kernel's name; the MSG is a JSON object whose token is no host and whose escaped quotes are message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "api-01", `<38>1 2026-11-29T08:41:16+01:00 api-01 sshd 20411 - - {"logsene-app-token":"c7a1e2d4-5b6f-4a8c-9d0e-1f2a3b4c5d6e","message":"Accepted publickey for deploy from 10.20.3.14 port 51234 ssh2"}`),
			we("2026-11-29T07:41:19Z", Warn, "api-01", `<4>1 2026-11-29T08:41:19+01:00 api-01 kernel  - - {"logsene-app-token":"c7a1e2d4-5b6f-4a8c-9d0e-1f2a3b4c5d6e","message":"nvme nvme0: I/O 412 QID 3 timeout, aborting"}`),
			we("2026-11-29T07:41:22Z", Error, "api-01", `<27>1 2026-11-29T08:41:22+01:00 api-01 shop-api 7721 - - {"logsene-app-token":"c7a1e2d4-5b6f-4a8c-9d0e-1f2a3b4c5d6e","message":"order 41208: \"capture\" rejected by provider"}`),
			we("2026-11-29T07:41:25Z", Info, "api-01", `<30>1 2026-11-29T08:41:25+01:00 api-01 systemd 1 - - {"logsene-app-token":"c7a1e2d4-5b6f-4a8c-9d0e-1f2a3b4c5d6e","message":"Started shop-api.service - Shop API."}`),
		},
	},
	{
		name:   "coralogix-aiven-logline-json-unescaped-msg",
		gap:    "trawl reads neither the host nor the level of the Coralogix envelope: `hostname` inside the nested `message` object is not taken as the host, and the PRI written as a string under `pri_text` (134, 30) is not read as a level, in the valid and the broken JSON lines alike",
		source: "an Aiven for PostgreSQL service's logs sent to Coralogix through Aiven's rsyslog integration with the custom logline of the Aiven docs (`{\"fields\": {\"private_key\":\"YOUR_CORALOGIX_KEY\",\"company_id\":\"YOUR_COMPANY_ID\",\"app_name\":\"%app-name%\",\"subsystem_name\":\"programname\"},\"message\": {\"message\":\"%msg%\",\"program_name\":\"programname\",\"pri_text\":\"%pri%\",\"hostname\":\"%HOSTNAME%\"}}`, tls=false to syslogserver.coralogix.com:5142): aiven/devportal 'Remote syslog integration' (the earlier revision, programname written literally; Aiven's limited templating supports %pri%, %msg%, %HOSTNAME% and %app-name% and has no JSON escaping); the node name, app-name and PostgreSQL's message prefix from memory",
		why:    "one JSON object a line with no time anywhere; the PRI is the string under pri_text (134 local0.info, 30 daemon.info); the host is the hostname key; app_name and company_id are no hosts; a message with double quotes breaks the JSON but the record is still one line",
		entries: []worldEntry{
			we("", Info, "pg-billing-1", `{"fields": {"private_key":"6f1d0c2b-8a3e-4b7f-9c5d-2e4a6b8c0d1f","company_id":"41207","app_name":"postgresql-16","subsystem_name":"programname"},"message": {"message":"[17-1] pid=21704,user=avnadmin,db=defaultdb,app=psql,client=10.0.4.7 LOG:  connection authorized: user=avnadmin database=defaultdb SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)","program_name":"programname","pri_text":"134","hostname":"pg-billing-1"}}`),
			we("", Info, "pg-billing-1", `{"fields": {"private_key":"6f1d0c2b-8a3e-4b7f-9c5d-2e4a6b8c0d1f","company_id":"41207","app_name":"postgresql-16","subsystem_name":"programname"},"message": {"message":"[18-1] pid=1412,user=,db=,app=,client= LOG:  checkpoint starting: time","program_name":"programname","pri_text":"134","hostname":"pg-billing-1"}}`),
			we("", Info, "pg-billing-1", `{"fields": {"private_key":"6f1d0c2b-8a3e-4b7f-9c5d-2e4a6b8c0d1f","company_id":"41207","app_name":"postgresql-16","subsystem_name":"programname"},"message": {"message":"[41-1] pid=22811,user=app,db=billing,app=psql,client=10.0.4.7 LOG:  duration: 1523.112 ms  statement: SELECT * FROM "orders" WHERE id = 41208","program_name":"programname","pri_text":"134","hostname":"pg-billing-1"}}`),
			we("", Info, "pg-billing-2", `{"fields": {"private_key":"6f1d0c2b-8a3e-4b7f-9c5d-2e4a6b8c0d1f","company_id":"41207","app_name":"pghoard","subsystem_name":"programname"},"message": {"message":"Basebackup of 'pg-billing' finished in 14.2 s, 3.1 GiB","program_name":"programname","pri_text":"30","hostname":"pg-billing-2"}}`),
		},
	},
	{
		name:   "splunk-forwarder-syslog-output-pri-glued-host",
		gap:    "trawl reads the `<13>` and the Apache time but no host: the name glued to the PRI with no date between (`<13>web-03 10.20.3.14 - - […]`) is not read as the header's host",
		source: "a Splunk heavy forwarder's syslog output (`[syslog:thirdparty]` in outputs.conf, priority left at its default <13>, no timestampformat) forwarding Apache access events, a sourcetype that is not syslog: outputs.conf.spec as quoted in Splunk's REST reference and the terraform-provider-splunk docs ('Data that does not match the rules has a header, potentially a timestamp, and a hostname added to the front of the event'), Splunk 4.0 'Forward in syslog or HTTP formats' (RFC 3164 priority, the payload made RFC 3164 compliant); the header glued to the host with no blank, from memory",
		why:    "`<13>` straight before the event's host, no time in the header; the Apache time (one with -05:00) is the record's time; the configured priority is the only level; the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "web-03", `<13>web-03 10.20.3.14 - - [29/Nov/2026:07:41:16 +0000] "GET /cart HTTP/1.1" 200 5120 "https://shop.example.net/" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"`),
			we("2026-11-29T07:41:19Z", Notice, "web-03", `<13>web-03 10.20.3.19 - anna [29/Nov/2026:07:41:19 +0000] "POST /checkout HTTP/1.1" 302 0 "https://shop.example.net/cart" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"`),
			we("2026-11-29T07:41:23Z", Notice, "web-us-01", `<13>web-us-01 198.51.100.23 - - [29/Nov/2026:02:41:23 -0500] "GET /robots.txt HTTP/1.1" 404 196 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"`),
			we("2026-11-29T07:41:30Z", Notice, "web-03", `<13>web-03 10.20.3.14 - - [29/Nov/2026:07:41:30 +0000] "GET /api/v2/cart HTTP/1.1" 500 731 "https://shop.example.net/cart" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"`),
		},
	},
	{
		name:   "opensuse-sysklogd-showpri-code-before-host",
		gap:    "trawl keeps the showpri code in the host (`6E:sles-db01` for sles-db01) and reads no level from its digit (6 info, 5 notice, 4 warning, 3 err)",
		source: "openSUSE's syslogd package (sysklogd 1.4.1 with sysklogd-1.4.1-showpri.patch) run with -S, writing /var/log/messages: the patch's sysklogd.8 text ('Insert a special code before the hostname in each message … a priority number followed by a letter that indicates the facility', 0-7 and A-Y with A for LOG_KERN, its example with `5Q:` for local0.notice), openSUSE build service (home:dirkmueller:Factory, openSUSE:12.3); the lines written from that description",
		why:    "a BSD date, then the code glued to the host with a colon: its digit is the priority (6 info, 5 notice, 4 warning, 3 err), its letter the facility (E auth, Q local0, A kern, D daemon, J cron); a tag with a path; the kernel's uptime is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "sles-db01", "Nov 29 07:41:16 6E:sles-db01 sshd[4120]: Accepted publickey for oracle from 10.20.3.14 port 51234 ssh2"),
			we("2026-11-29T07:41:18Z", Notice, "sles-db01", "Nov 29 07:41:18 5Q:sles-db01 dbwatch[2211]: tablespace USERS at 91% of its maximum size"),
			we("2026-11-29T07:41:20Z", Warn, "sles-db01", "Nov 29 07:41:20 4A:sles-db01 kernel: [812345.120044] sd 2:0:0:0: [sdb] tag#12 timing out command, waited 180s"),
			we("2026-11-29T07:41:25Z", Error, "sles-db01", "Nov 29 07:41:25 3D:sles-db01 ntpd[1544]: unable to create socket on eth1 (12) for 10.20.3.41#123"),
			we("2026-11-29T07:41:30Z", Info, "sles-db01", "Nov 29 07:41:30 6J:sles-db01 /usr/sbin/cron[30411]: (root) CMD (/usr/lib/sa/sa1 1 1)"),
		},
	},
}

func TestFresh318Formats(t *testing.T) { assertTable(t, fresh318Cases) }
func TestFresh318Score(t *testing.T) {
	checkScore(t, "fresh318 formats", fresh318Cases, [worldNumFields]float64{74.9, 99.9, 49.9, 99.9})
}
