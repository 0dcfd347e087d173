package parse

import "testing"

// The three-hundred-and-fifty-fifth fresh table, written on 2026-12-10: syslog test vectors, a
// twelfth pass after fresh37, fresh77, fresh124, fresh215, fresh228, fresh287, fresh299, fresh310,
// fresh318, fresh333 and fresh347 (and the syslog corners of fresh3, fresh9, fresh57, fresh61,
// fresh103, fresh144, fresh145, fresh165, fresh172 and fresh206): datagrams and stored lines from
// senders and relays no earlier table holds, each as a raw listener or the device itself writes it
// (one datagram a line unless the datagram carries newlines). Each family is one product's output in
// one shape: the ParticlePapertrail library on a Particle device (RFC 5424 with a PRI fixed at 22,
// the device ID as HOSTNAME, a -05:00 offset from Time.zone(), and the SerialLogHandler's
// `[category] LEVEL: msg` as the message); circuitpython-usyslog with its defaults (a BSD clock
// after the PRI and then the message, with neither host nor tag); RIOT OS's syslog module with its
// file backend (the default entry's kern facility, so the PRI is the bare severity, and the default
// hostname `-`); Syslog.Framework.Logging's RFC 3164 header for ASP.NET Core (the logger's category
// with its dots removed and cut to 32 characters as a tag with no colon, and EF Core's command
// message whose SQL follows a newline in the same datagram); FHEM's Log2Syslog module in its IETF
// format (an RFC 5424 time with no offset, a sequence number as PROCID, FHEM as MSGID and a
// `[version@Log2Syslog …]` element); Concourse's ATC syslog drainer (a build's output sent after the
// build as user.info, the APP-NAME `team/pipeline/job/build/origin`); Google Distributed Cloud
// air-gapped's audit logs in syslog (the forwarder pod as HOSTNAME, a container path with a leading
// slash as APP-NAME, MSGID audit-log and a JSON audit record with its own nanosecond time); bunny.net
// Magic Containers' log forwarding (a +00:00 offset, five NILVALUEs, then the container's line in
// JSON with the runtime's earlier time); and CPAN's Net::Syslog with rfc3164 set (the address the
// sender's hostname resolves to in the host's place, the script's name with its dot as the tag).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive: `test vectors`, `particle` (fresh9: Device OS' serial log handler;
// fresh155: `particle subscribe`; fresh193: other senses), `ParticlePapertrail`, `barakwei`,
// `PapertrailLogHandler`, `papertrail` (fresh19, fresh68, fresh140, fresh182, fresh206, fresh220,
// fresh299, fresh318: remote_syslog2, the Papertrail service and other senders), `<22>1` (fresh19,
// fresh121, fresh165, fresh297, fresh340: other senders with a host and a matching level), `usyslog`,
// `kfricke`, `socketpool`, `circuitpython` (fresh155: its serial console), `micropython` (fresh41,
// fresh57, fresh155, fresh235: its REPL and consoles), `riot` (fresh101: pyterm; fresh155,
// fresh194, fresh235: consoles), `sys_syslog`, `syslog_backend` (fresh124: Boost.Log's backend),
// `/log/sys`, a regexp for a one-digit PRI before VERSION (fresh22, fresh34, fresh105, fresh124,
// fresh165, fresh225: kernels with a host, and fresh124's nil test vectors), `Syslog.Framework`,
// `mguinness`, `Syslog3164Logger`, `Syslog5424v1Logger`, `Microsoft.Extensions.Logging` (its console
// and JSON formatters in many tables), `Executed DbCommand`, `fhem` (fresh42: its log file),
// `Log2Syslog`, `version@`, `contDelimiter`, a regexp for an RFC 5424 time with no offset (fresh24,
// fresh77: other senders), `concourse` (fresh5: lager JSON; fresh53, fresh185: `fly watch`),
// `syslog-drainer`, `atc-syslog-drainer`, `srslog` (fresh9, fresh124, fresh144, fresh215: the
// library's own formats), a regexp for a slash-separated APP-NAME with a build number (none), `gdch`,
// `anthos`, `distributed cloud`, `audit-log-prober`, `logging-prober`, a regexp for an APP-NAME with
// a leading slash (fresh341: OPNsense's `/usr/sbin/cron`), `bunny` (fresh248: bunny.net's CDN raw
// log; fresh305: another sense), `magic container`, a regexp for `+00:00 - - - - - ` (none),
// `Net::Syslog`, `Net::SyslogNg`, `local5` (fresh312: another sender), `<171>` (fresh75: a TA
// series RFC 5424 line), a regexp for a BSD header with an address as host and a `.pl[pid]` tag
// (none)). ParticlePapertrail, circuitpython-usyslog, RIOT's syslog module, Syslog.Framework.Logging,
// FHEM's Log2Syslog, Concourse's drainer, GDC's audit syslog, Magic Containers' forwarding and
// Net::Syslog are in none. Left out as measured already: kfricke's micropython-usyslog on its own
// (a bare `<PRI>msg`, the raw SysLogHandler datagram of fresh228), EMS-ESP's
// mcu-uuid-syslog (fresh57), arcao/Syslog and the ESP projects on it (fresh140, fresh165, fresh228),
// Boost.Log's UDP backend (fresh124), Cloud Foundry's loggregator drains (fresh77, fresh124,
// fresh165), Heroku's Logplex (fresh5, fresh57, fresh130), bunny.net's CDN log
// forwarding (the RFC's own example line with the CDN's pipe log, fresh248's fields). Also left out
// after the search: Clever Cloud's and Upsun's syslog drains (no line layout found), PingDirectory's
// syslog publishers (no line found), Loxone's and Gigaset's remote logging (nothing found). The table
// holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). An RFC 3339 time is converted from its offset (Particle's -05:00, bunny.net's
// +00:00); FHEM's RFC 5424 time has no offset and is taken as UTC though FHEM writes its local time;
// the BSD clocks of circuitpython-usyslog, Syslog.Framework.Logging and Net::Syslog have no year
// (2026) and no zone (UTC). Where a record carries two versions of its own time, either is
// accepted: GDC's header and the audit record's `time`; bunny.net's header (when the line was
// forwarded) and the JSON's `time` (when the container wrote it, seconds earlier). RIOT's thread
// pid, FHEM's sequence number, Concourse's build number and origin id are no times. Levels only
// from what the line marks: the PRI (severity = PRI mod 8) for every family but one: the Particle
// library writes `<22>` whatever the level, and the level name it puts after the category is the
// record's level (as a carried record's level is over a relay's fixed PRI); FHEM's PRI already
// holds the severity it takes from the verbose level and from `error` or `warning` in the text;
// `npm ERR!` in a build's output is no level. The host is the record's host field: Particle's
// device ID, Syslog.Framework.Logging's machine name, FHEM's FQDN, Concourse's configured drainer
// name, GDC's forwarder pod, Net::Syslog's address; RIOT's `-` and bunny.net's NILVALUE leave none,
// circuitpython-usyslog writes none (the first word after its clock is message text), and a user
// identity, a userAgent, a device named in an FHEM event and a category are no hosts. A record that
// spans lines is one entry: EF Core's command message with the SQL lines after it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 03cd259 before any rule for it: level 94.4 %, time 100.0 %, host 91.7 %, records 97.8 %.
// That is the macro figure (micro: level 94.4 %, time 100.0 %, host 91.7 %, records 97.2 %), in a
// worktree at 03cd259 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 9 families fully right (RIOT's file backend with its `-` host, FHEM's offset-less IETF lines,
// Concourse's drainer, GDC's audit syslog, Magic Containers' NIL header and Net::Syslog's address
// host); the gaps are the level name after the Particle library's constant `<22>`, the first word
// after circuitpython-usyslog's bare clock taken for a host, and EF Core's SQL lines cut from their
// Syslog.Framework.Logging datagram.

var fresh355Cases = []worldCase{
	{
		name:   "particle-papertrail-loghandler-udp",
		source: "barakwei/ParticlePapertrail's PapertrailLogHandler on a Particle device (src/papertrail.cpp: `<22>1 %s %s %s - - - %s` with Time.format(TIME_FORMAT_ISO8601_FULL), the system name, the device ID by default, and the app name, then the SerialLogHandler's `[category] LEVEL: msg` built in logMessage with levelName(); the PRI a constant 22 whatever the level), as a collector writing raw lines stores the datagrams: barakwei/ParticlePapertrail src/papertrail.cpp, src/papertrail.h and README ('Logging format'); the -05:00 offset of a device with Time.zone(-5) from memory of Time.format",
		why:    "the PRI is always mail.info, and the level name after the bracketed category is the record's level; a -05:00 offset; the 24-hex device ID is the host; the category is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "e00fce68d1a2b3c4e5f60718", "<22>1 2026-11-29T02:41:16-05:00 e00fce68d1a2b3c4e5f60718 greenhouse-ctl - - - [app] INFO: soil moisture bed 2: 41%"),
			we("2026-11-29T07:41:21Z", Warn, "e00fce68d1a2b3c4e5f60718", "<22>1 2026-11-29T02:41:21-05:00 e00fce68d1a2b3c4e5f60718 greenhouse-ctl - - - [app] WARN: valve 3 slow to close (2140 ms)"),
			we("2026-11-29T07:41:26Z", Error, "e00fce68d1a2b3c4e5f60718", "<22>1 2026-11-29T02:41:26-05:00 e00fce68d1a2b3c4e5f60718 greenhouse-ctl - - - [app] ERROR: SHT31 read failed, i2c status -3"),
			we("2026-11-29T07:42:03Z", Info, "e00fce68d1a2b3c4e5f60718", "<22>1 2026-11-29T02:42:03-05:00 e00fce68d1a2b3c4e5f60718 greenhouse-ctl - - - [system] INFO: Cloud connected"),
		},
	},
	{
		name:   "circuitpython-usyslog-no-host-no-tag",
		gap:    "trawl reads the first word after a BSD clock as the host when neither host nor tag follows the clock (`<14>Nov 29 07:41:16 BME280 21.4C …` gives the host BME280, `soil probe …` the host soil); only a first word ending in a colon (`wifi:`) is left as a tag",
		source: "ageagainstthemachine/circuitpython-usyslog (a fork of kfricke/micropython-usyslog for CircuitPython's socketpool) with its defaults, include_timestamp=True and no hostname or tag: _build_message joins only the header parts it has, so a datagram is `<PRI>Mmm dd hh:mm:ss msg` (the day space-padded, the clock time.localtime() of the board's RTC) with nothing between the clock and the message; facility F_USER: usyslog.py and README in that repository, as a collector writing raw lines stores the datagrams",
		why:    "a BSD clock with neither host nor tag after it: the first word of the message is no host; user facility, so 14, 12 and 11 are info, warning and error; no year and no zone",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "<14>Nov 29 07:41:16 BME280 21.4C 48.2%RH 1012.6hPa"),
			we("2026-11-29T07:41:46Z", Info, "", "<14>Nov 29 07:41:46 wifi: connected to garden-ap, rssi -61"),
			we("2026-11-29T07:42:16Z", Warn, "", "<12>Nov 29 07:42:16 soil probe 2 reading out of range: 1023"),
			we("2026-11-29T07:42:31Z", Error, "", "<11>Nov 29 07:42:31 MQTT publish failed: [Errno 116] ETIMEDOUT"),
		},
	},
	{
		name:   "riot-syslog-file-backend",
		source: "RIOT OS's syslog module (sys/syslog) with CONFIG_SYSLOG_BACKEND_FILE, each message appended as one line to /log/sys/log.0 on the board's VFS and read back off the flash: syslog.c's default formatter `<%d>%d TIME %s %s %pid - - msg` with the default entry (facility LOG_KERN, so the PRI is the severity alone; ident RIOT_APPLICATION; the sending thread's pid as PROCID), CONFIG_SYSLOG_HOSTNAME's default `-`, and the RTC's time as `%d-%02d-%02dT%02d:%02d:%02dZ`: RIOT-OS/RIOT sys/syslog/syslog.c, formatter.h, formatter_fmt.c, backend_file.c and Kconfig",
		why:    "a one-digit PRI (kern facility); the HOSTNAME is `-`, so the application's name after it is no host; the thread pid and the NIL MSGID and SD are no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "<6>1 2026-11-29T07:41:16Z - soil_probe 4 - - sht3x: 21.4 C 48.2 %RH"),
			we("2026-11-29T07:41:16Z", Notice, "", "<5>1 2026-11-29T07:41:16Z - soil_probe 4 - - sample buffer 75% full, flushing"),
			we("2026-11-29T07:41:46Z", Warn, "", "<4>1 2026-11-29T07:41:46Z - soil_probe 6 - - gcoap: no response for mid 51233"),
			we("2026-11-29T07:42:16Z", Error, "", "<3>1 2026-11-29T07:42:16Z - soil_probe 4 - - vfs: write /data/samples.bin failed (-28)"),
		},
	},
	{
		name:   "dotnet-syslog-framework-rfc3164",
		gap:    "the SQL lines of EF Core's `Executed DbCommand` datagram (`SELECT …`, `FROM …`, `WHERE …`, carried after a newline in the same message) are not joined to its `<134>Nov 29 … ORDERS-API-02 MicrosoftEntityFrameworkCoreData` line: each becomes a record of its own with no level and no host",
		source: "Syslog.Framework.Logging (mguinness/syslog-framework-logging, a Microsoft.Extensions.Logging provider) with HeaderType Rfc3164, FacilityType Local0 and UseUtc: Syslog3164Logger.FormatMessage writes `<{priority}>{now:MMM dd HH:mm:ss} {host} {tag} {message}`, the tag being the logger's category with dots and underscores removed and cut to 32 characters, with no colon after it, and the host Environment.MachineName: src/Syslog.Framework.Logging/SyslogLogger.cs, SyslogLoggerProvider.cs and README in that repository; EF Core's `Executed DbCommand` message, whose SQL follows a newline in the same datagram, from memory",
		why:    "a tag glued from the category's words, cut mid-word at 32 characters, and no colon before the message; an upper-case Windows machine name as the host; a datagram carrying newlines (EF Core's SQL) is one record; the PRI is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ORDERS-API-02", "<134>Nov 29 07:41:16 ORDERS-API-02 MicrosoftHostingLifetime Now listening on: http://[::]:8080"),
			we("2026-11-29T07:41:16Z", Info, "ORDERS-API-02", "<134>Nov 29 07:41:16 ORDERS-API-02 MicrosoftHostingLifetime Application started. Press Ctrl+C to shut down."),
			we("2026-11-29T07:41:19Z", Info, "ORDERS-API-02",
				"<134>Nov 29 07:41:19 ORDERS-API-02 MicrosoftEntityFrameworkCoreData Executed DbCommand (38ms) [Parameters=[@__id_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']",
				"SELECT TOP(1) [o].[Id], [o].[CustomerId], [o].[Status], [o].[Total]",
				"FROM [Orders] AS [o]",
				"WHERE [o].[Id] = @__id_0"),
			we("2026-11-29T07:41:22Z", Warn, "ORDERS-API-02", "<132>Nov 29 07:41:22 ORDERS-API-02 OrdersApiServicesPaymentGateway Payment provider answered 429, retrying in 2s (attempt 2 of 5)"),
			we("2026-11-29T07:41:27Z", Error, "ORDERS-API-02", `<131>Nov 29 07:41:27 ORDERS-API-02 MicrosoftAspNetCoreServerKestrel Connection id "0HN8KQ2D4VB7R", Request id "0HN8KQ2D4VB7R:00000004": An unhandled exception was thrown by the application.`),
		},
	},
	{
		name:   "fhem-log2syslog-ietf",
		source: "FHEM's 93_Log2Syslog module as a sender (`define <name> Log2Syslog <host> ident:<ident> event:<regexp> fhem:<regexp>`, logFormat IETF, its default): Log2Syslog_setpayload writes `<PRI>1 DATE\"T\"TIME FQDN IDENT_event|IDENT_fhem SEQNO FHEM [version@Log2Syslog version=\"…\"] msg`, the date and time taken from the event or the FHEM log line (local time with no offset, milliseconds when the log has them), the PROCID a running sequence number, facility 5 and the severity from the log line's verbose level (notice for an event), set to error or warning when the text holds those words; an event's message is the device's name and its event, a log line's `verbose: text`: mhop/fhem-mirror fhem/FHEM/93_Log2Syslog.pm (setprival, setpayload, eventlog, fhemlog) and its commandref (a collector's raw print of such lines)",
		why:    "an RFC 5424 time with no offset, with milliseconds on log lines; the sequence number as PROCID and FHEM as MSGID are no pid and no time; an SD-ID with a name after @; the device that opens an event is no host; the PRI is the level",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z", Notice, "fhem.home.example", `<45>1 2026-11-29T08:41:16 fhem.home.example Haus_event 2201 FHEM [version@Log2Syslog version="4.8.5"] Aussen temperature: 3.4`),
			we("2026-11-29T08:41:16Z", Notice, "fhem.home.example", `<45>1 2026-11-29T08:41:16 fhem.home.example Haus_event 2202 FHEM [version@Log2Syslog version="4.8.5"] Aussen humidity: 87`),
			we("2026-11-29T08:41:19.382Z", Notice, "fhem.home.example", `<45>1 2026-11-29T08:41:19.382 fhem.home.example Haus_fhem 2203 FHEM [version@Log2Syslog version="4.8.5"] 3: HMLAN1 connected`),
			we("2026-11-29T08:41:24.907Z", Error, "fhem.home.example", `<43>1 2026-11-29T08:41:24.907 fhem.home.example Haus_fhem 2204 FHEM [version@Log2Syslog version="4.8.5"] 1: PERL ERROR: Illegal division by zero at ./FHEM/99_myUtils.pm line 88.`),
			we("2026-11-29T08:41:31.015Z", Warn, "fhem.home.example", `<44>1 2026-11-29T08:41:31.015 fhem.home.example Haus_fhem 2205 FHEM [version@Log2Syslog version="4.8.5"] 2: CUL_HM Thermostat_Bad warning: battery low`),
		},
	},
	{
		name:   "concourse-atc-syslog-drainer",
		source: "Concourse's ATC syslog drainer (`--syslog-address`, `--syslog-transport`, `--syslog-hostname` whose default is atc-syslog-drainer): after a build finishes each of its log events is sent as `<14>1 time hostname team/pipeline/job/build/origin - - - payload` (user.info for every line, the event's epoch second as RFC 3339 in the web node's zone, newlines, returns and NULs in the payload turned into blanks), as a collector writing raw lines stores them: concourse/concourse atc/syslog/syslog.go (getSyslogFormatter) and atc/syslog/drainer.go (the tag); concourse/docs issue #488 (what collectors receive); the flag's default from memory",
		why:    "an APP-NAME of five slash-separated parts, over RFC 5424's 48 characters when the names are long; the build number and the step's origin id are no pid and no time; a payload whose newline became a trailing blank, an ANSI colour sequence and `npm ERR!` are message text; the PRI is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "atc-syslog-drainer", "<14>1 2026-11-29T07:41:16Z atc-syslog-drainer main/orders-api/unit-test/118/6a3f0c2e - - - Cloning into '/tmp/build/get'... "),
			we("2026-11-29T07:41:18Z", Info, "atc-syslog-drainer", "<14>1 2026-11-29T07:41:18Z atc-syslog-drainer main/orders-api/unit-test/118/7b41d9a5 - - - ok  \tgithub.com/example/orders/internal/store\t0.412s "),
			we("2026-11-29T07:41:19Z", Info, "atc-syslog-drainer", "<14>1 2026-11-29T07:41:19Z atc-syslog-drainer main/orders-api/unit-test/118/7b41d9a5 - - - \x1b[32mPASS\x1b[0m internal/store (0.41s) "),
			we("2026-11-29T07:52:40Z", Info, "atc-syslog-drainer", "<14>1 2026-11-29T07:52:40Z atc-syslog-drainer platform-team/payments-service-release/integration-tests/2041/0c9e5b17 - - - npm ERR! code ELIFECYCLE "),
		},
	},
	{
		name:   "gdc-airgapped-audit-syslog",
		source: "Google Distributed Cloud (GDC) air-gapped's audit logs exported in syslog form to an operator's SIEM: RFC 5424 with the documented fields pri (46), hostname (the component that sent it, the anthos-audit-logs-forwarder pod), ident (a container path with a leading slash), pid, msgid audit-log, extradata and message (the audit record as JSON with its own nanosecond `time`, auditID, user.identity, resource, action, description, userAgent, response, _gdch_org, _gdch_service): cloud.google.com/distributed-cloud/hosted/docs/latest/gdch/platform-application/pa-ao-operations/audit-syslog; the header's timestamp precision and a NIL extradata from memory",
		why:    "an APP-NAME beginning with a slash; a JSON audit record with its own nanosecond time after the structured data, either time accepted; the user's identity and the userAgent are no host; the forwarder pod is the host; the PRI is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z|2026-11-29T07:41:16.408613207Z", Info, "anthos-audit-logs-forwarder-7xq2m", `<46>1 2026-11-29T07:41:16.412Z anthos-audit-logs-forwarder-7xq2m /logging-prober-sidecar 1 audit-log - {"time":"2026-11-29T07:41:16.408613207Z","auditID":"3c9d0e41-7b2a-4f6e-9d18-5a0c2b7e4f91","user":{"identity":"audit-log-writer"},"resource":"52118","action":"-","description":"prober check of the syslog export","userAgent":"audit-log-prober","response":"-","_gdch_org":"-","_gdch_service":"audit-log-prober"}`),
			we("2026-11-29T07:41:58.730Z|2026-11-29T07:41:58.726004518Z", Info, "anthos-audit-logs-forwarder-7xq2m", `<46>1 2026-11-29T07:41:58.730Z anthos-audit-logs-forwarder-7xq2m /iam-audit-sidecar 1 audit-log - {"time":"2026-11-29T07:41:58.726004518Z","auditID":"b81f2c07-4d3e-4a95-8e60-1f7a9c2d5b48","user":{"identity":"fatima.okafor@ops.example"},"resource":"projectrolebindings/billing-viewer","action":"create","description":"role binding created in project billing","userAgent":"kubectl/v1.31.2","response":"201","_gdch_org":"org-finance","_gdch_service":"iam"}`),
			we("2026-11-29T07:42:07.105Z|2026-11-29T07:42:07.101377260Z", Info, "anthos-audit-logs-forwarder-q4d8z", `<46>1 2026-11-29T07:42:07.105Z anthos-audit-logs-forwarder-q4d8z /storage-audit-sidecar 1 audit-log - {"time":"2026-11-29T07:42:07.10137726Z","auditID":"5e0a9d13-c26f-4b7e-a834-92d1f6e0c7ab","user":{"identity":"svc-backup@org-finance"},"resource":"buckets/ledger-archive","action":"delete","description":"object deletion denied by retention policy","userAgent":"gdcloud/1.14.0","response":"403","_gdch_org":"org-finance","_gdch_service":"object-storage"}`),
		},
	},
	{
		name:   "bunny-magic-containers-syslog",
		source: "bunny.net Magic Containers' log forwarding to a syslog endpoint over UDP or TCP: `<134>1 RFC3339-microseconds+00:00 - - - - - {\"log\":…,\"time\":…}`, every header field after the time NIL and the container's line wrapped in JSON with the runtime's own time: docs.bunny.net/magic-containers/log-forwarding (the format and its one example); ractive/hoppy PR #29 (a receiver for these streams, which notes the platform has no other way to read logs)",
		why:    "a +00:00 offset with microseconds; five NILVALUEs, so no host; the JSON's time (when the container wrote the line) is seconds before the header's (when it was forwarded), and either is the record's own; the PRI is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:44.21553Z|2026-11-29T07:41:39.102847Z", Info, "", `<134>1 2026-11-29T07:41:44.215530+00:00 - - - - - {"log":"listening on 0.0.0.0:3000","time":"2026-11-29T07:41:39.102847Z"}`),
			we("2026-11-29T07:41:44.217004Z|2026-11-29T07:41:40.55192Z", Info, "", `<134>1 2026-11-29T07:41:44.217004+00:00 - - - - - {"log":"GET /api/quotes?from=EUR 200 4.1ms","time":"2026-11-29T07:41:40.551920Z"}`),
			we("2026-11-29T07:42:05.880133Z|2026-11-29T07:42:01.009378Z", Info, "", `<134>1 2026-11-29T07:42:05.880133+00:00 - - - - - {"log":"redis ping took 812ms","time":"2026-11-29T07:42:01.009378Z"}`),
		},
	},
	{
		name:   "perl-net-syslog-rfc3164",
		source: "CPAN's Net::Syslog 0.04 (`Net::Syslog->new(Name => …, Facility => 'local5', rfc3164 => 1)->send($msg, Priority => …)`): with rfc3164 set a datagram is `<PRI>Mmm d HH:MM:SS ADDR Name[pid]: msg`, the day space-padded, the clock the sender's localtime(), and in the host's place the IPv4 address the sender's own hostname resolves to (inet_ntoa of gethostbyname(hostname)); the default priority is error, so an unset send is local5.err, 171: Net/Syslog.pm 0.04 (new, send and its POD), as a collector writing raw lines stores the datagrams",
		why:    "an IPv4 address where the host name goes; the script's name with its dot as the tag; local5's PRIs 171 to 174 give the level; no year and no zone on the clock",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.20.30.41", "<174>Nov 29 07:41:16 10.20.30.41 nightly-dump.pl[40211]: starting dump of ledger to /srv/backup/ledger-20261129.sql.gz"),
			we("2026-11-29T07:44:02Z", Notice, "10.20.30.41", "<173>Nov 29 07:44:02 10.20.30.41 nightly-dump.pl[40211]: ledger dumped, 2.4 GiB in 166 s"),
			we("2026-11-29T07:44:03Z", Warn, "10.20.30.41", "<172>Nov 29 07:44:03 10.20.30.41 nightly-dump.pl[40211]: rsync to backup02 slow: 11.2 MB/s"),
			we("2026-11-29T07:44:09Z", Error, "10.20.30.41", "<171>Nov 29 07:44:09 10.20.30.41 nightly-dump.pl[40211]: rotation of /srv/backup failed: Permission denied"),
		},
	},
}

func TestFresh355Formats(t *testing.T) { assertTable(t, fresh355Cases) }
func TestFresh355Score(t *testing.T) {
	checkScore(t, "fresh355 formats", fresh355Cases, [worldNumFields]float64{99.9, 99.9, 91.6, 97.7})
}
