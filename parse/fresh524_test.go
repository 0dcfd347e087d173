package parse

import "testing"

// The five-hundred-and-twenty-fourth fresh table: application loggers' layouts, a further pass, in
// the default and commonly configured output of logging libraries across languages as applications
// write them to files, shapes no earlier table holds. Each family is one library's source-read or
// documented output: log4c's "dated" layout in C (`yyyyMMdd HH:mm:ss.SSS`, the priority padded to
// eight, the category glued to `- `, NOTICE and CRIT among the priorities); Scala's airframe-log
// with its PlainSourceCodeLogFormatter (a `+0900` offset glued to the milliseconds, the lower-case
// level right-aligned to five, `[logger]`, `  - (File.scala:N)` after the message, a stack trace
// under an error); Rust's ftlog with its default format (an hour-only `+08` offset, the log
// thread's latency `0ms` and, for a rate-limited call, the dropped count before the level); Rust's
// stderrlog with module names and millisecond timestamps (`module: ISO+01:00 - LEVEL - msg`);
// Karambolo.Extensions.Logging.File's default text (`info: Category[EventId] @ ` and the local
// "o" time on the first line, the message padded by six blanks under it, an exception after it);
// Go's ozzo-log with its DefaultFormatter and a call-stack depth (`RFC3339 [Level][category] msg`
// with bare `file.go:N` frame lines under every record); Node.js tslog 4's default pretty template
// (`yyyy.MM.dd HH:mm:ss:SSS`, tabs around the level and the file path, an Error's name, `error
// stack:` and bullet frames under an ERROR); PHP's Analog with its default file handler (`machine -
// date - level - message`, the server's address first and a syslog-style digit for the level).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`dramatiq`, `[PID `, `MainProcess]`, `locust`, `/INFO/`,
// `watermill`, `[watermill]`, `goframe`, `gogf`, `stderrlog`, `+00:00 - INFO - `, ` - INFO - `,
// `AzureAppServices`, `[Information] `, `Diagnostics`, `ghost`, `ignition`, `log4c`, `"log4c`,
// `log4c_`, `log4c.`, `log4c/`, `log4crc`, `layout_type_dated`, `mycat`, `mycat-`, `20261129 07`,
// `flatlog`, `when=`, `zf_log`, `zf_`, ` 4411  4412 I`, `@main.c:`, `negroni`, `[negroni]`,
// `huey`, `huey.consumer`, `karambolo`, `AddFile`, `] @ 20`, ` @ 2026`, `ougai`, `webrick`,
// `twisted`, `[-] `, `sanic`, `kratos`, `scrapy`, `Spider opened`, `node-red`, ` - [info] `,
// `zigbee2mqtt`, `z2m`, `express:router`, `log4cxx`, `Log opened`, `emqx`, `logger_json`,
// `femme`, `pretty_env_logger`, `logforth`, `ftlog`, `+08 0ms`, `0ms INFO`, ` 0ms `, `tklog`,
// `tracing-logfmt`, `show_module_names`, `+01:00 - INFO - `, ` - WARN - `, `: 2026-11-29T`,
// `airframe`, `wvlet`, `LogSupport`, `PlainSourceCodeLogFormatter`, `SourceCodeLogFormatter`,
// `+0000  INFO [`, `  - (`, `.scala:`, `finagle`, `twitter-server`, `INF [2026`, `logstage`,
// `izumi`, `faust`, `[^Worker]`, `kopf`, `kopf.`, `dagster`, ` - dagster - `, `luigi`,
// `supybot`, `limnoria`, `<6>Microsoft`, `sitecore`, `ManagedPoolThread`, `console-stamp`,
// `[LOG]`, `npmlog`, `Falcon`, `[oid=`, `socketry`, `dry-logger`, `dry_logger`, `PEAR`,
// `pear log`, `mediawiki`, `matomo`, `roundcube`, `aixlog`, `EasyLogger`, `elog`, `mongooseim`,
// `Quarkus`, `Ktor`, `Micronaut`, `coloredlogs`, `wxLog`, `wxwidgets`, `tslog`, `2026.11.29 07`,
// `\tINFO\t/`, `:204\tINFO`, `error stack:`, `analog`, `analog.txt`, `Analog::`, ` - 3 - `,
// ` - 6 - `, an `IP - yyyy-MM-dd HH:mm:ss - N - ` pattern, `ozzo`, `[Error][`, `[Info][`,
// `[Warning][`, `][app`, an `ISO±hh:mm [Level][category]` pattern, `jwalterweatherman`, `jww`,
// `logutils`, `@sapphire`, `ololog`, `signale`, `fmtlog`, `TIMESTAMP_ISO`, `hclog`, `glog-rs`,
// `log-mdc`, `quicklog`, `sloggers`, `slog-async`, `paperclip`, `NReco`, `Sentinel`). None of
// log4c, airframe-log, ftlog, stderrlog, Karambolo's file logger, ozzo-log, tslog or Analog is in
// any table (`stderrlog` matches only other products' StderrLogger and StdErrLog; `log4c` only
// log4cplus, log4cpp, log4cxx and log4cl; `tslog` only words like `evntslog`; `analog` only
// ALSA's `Analog` sinks and `analogue`; `error stack:` only MPICH's abort; the `[Error][`,
// `[Info][` and `[Warning][` lines are other products' with no ISO time before them). Left out as
// held already:
// dramatiq, Locust, Watermill, GoFrame, Negroni, Huey, Ougai, WEBrick, Twisted, Sanic, Kratos,
// Scrapy, Node-RED, Zigbee2MQTT, debug's `express:router`, log4cxx, EMQX, logger_json, Faust,
// kopf, Dagster, Luigi, Sitecore, console-stamp, npmlog, socketry's console, dry-logger, PEAR Log,
// MediaWiki, Matomo, Roundcube, aixlog, EasyLogger, hclog, logutils, signale, fmtlog, Quarkus,
// Ktor, Micronaut, coloredlogs, wxLog; flatlog, whose `when=ISO level=… pid=<…> at=m:f/a:N`
// line is MongooseIM's in fresh30; zf_log, whose `MM-dd HH:mm:ss.SSS pid tid L` context is
// logcat's threadtime shape (world_test.go); stderrlog without module names, whose
// `ISO+01:00 - INFO - msg` line is Icinga Web 2's in fresh136 (so the module-prefixed variant
// here). tslog's `yyyy.MM.dd HH:mm:ss:SSS` time is in fresh104 with a thread and a `Class.method:N
// - ` column; its tab-separated level, file path and error block are in none. Left out as not
// confirmed by any search: Limnoria's log file. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). log4c's dated layout formats with gmtime, so its zone-less time is UTC;
// Analog's date is gmdate, UTC; tslog's pretty time is UTC by default. airframe-log's `+0900`,
// ftlog's `+08`, stderrlog's and Karambolo's `+01:00` and ozzo-log's `-05:00` are converted.
// Levels only where the line marks one: log4c's priority word (CRIT is critical, NOTICE notice),
// airframe-log's lower-case name, ftlog's word after the latency column (and after the dropped
// count), stderrlog's word between ` - `, Karambolo's four-letter word (`fail` is error), ozzo-log's
// bracketed word (Warning is warn), tslog's word between tabs (FATAL is critical), Analog's digit
// mapped as syslog severities (1 alert, 3 error, 4 warn, 5 notice, 6 info, 7 debug). The host is
// the record's host field: only Analog's machine address, the server's own $_SERVER['SERVER_ADDR']
// and not a client's; categories, logger and module names, thread names, file paths, broker and
// database addresses and URLs in messages are no hosts. A record that spans lines is one entry:
// airframe-log's and Karambolo's exceptions, Karambolo's padded message line, ozzo-log's call-stack
// frames (under every record, an Info too), tslog's error block.
//
// The shapes come from the sources and documentation each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages", find_string and the file look-ups); no family rests on
// memory. Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit deac384 before any rule for it: level 87.5 %, time 87.5 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 86.0 %, time 88.4 %, host 86.0 %, records 100.0 %), in a
// worktree at deac384 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are Karambolo's time after ` @ ` at the end of the first line,
// which trawl does not read (its records come out with no time), and Analog's machine address and
// level digit, neither of which trawl reads (host empty, level unknown).

var fresh524Cases = []worldCase{
	{
		name:   "log4c-dated-layout",
		source: "log4c 1.2's \"dated\" layout (src/log4c/layout_type_dated.c: `%04d%02d%02d %02d:%02d:%02d.%03ld %-8s %s- %s` from gmtime, the priority padded to eight, the category glued to `- `; priority names FATAL ALERT CRIT ERROR WARN NOTICE INFO DEBUG TRACE): the vendored copy in ADLINK-IST/opensplice examples/utilities/logging/log4c-1.2.1 and QbitQuantum/Basics' layout_type_dated_local.c, found with the code search",
		why:    "a compact yyyyMMdd date, a space, a time with milliseconds (UTC, gmtime); the priority word padded to eight columns; `mqbridge.net-` is the category, no host; NOTICE and CRIT are levels of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "20261129 07:41:16.204 INFO     mqbridge.main- starting mqbridge 2.3.1 (pid 3817)"),
			we("2026-11-29T07:41:16.219Z", Debug, "", "20261129 07:41:16.219 DEBUG    mqbridge.config- read /etc/mqbridge/bridge.rc: 4 topic maps"),
			we("2026-11-29T07:41:17.502Z", Notice, "", "20261129 07:41:17.502 NOTICE   mqbridge.net- connected to broker 10.20.0.15:1883 as client bridge-07"),
			we("2026-11-29T07:41:22.880Z", Warn, "", "20261129 07:41:22.880 WARN     mqbridge.net- keepalive not answered (1 of 3)"),
			we("2026-11-29T07:41:31.007Z", Error, "", "20261129 07:41:31.007 ERROR    mqbridge.spool- sqlite3_step: database is locked"),
			we("2026-11-29T07:41:31.010Z", Critical, "", "20261129 07:41:31.010 CRIT     mqbridge.spool- spool full (65536 messages), dropping new messages"),
		},
	},
	{
		name:   "airframe-log-plain-source-formatter",
		source: "Scala's airframe-log with LogFormatter.PlainSourceCodeLogFormatter on a file handler (`yyyy-MM-dd HH:mm:ss.SSS+HHMM` in the JVM's zone, the lower-case level name right-aligned to five, `[leafLoggerName]`, the message, two blanks, `- (File.scala:line)`, a Throwable's printStackTrace lines under it): wvlet/airframe airframe-log/src/main/scala/wvlet/log/LogFormat.scala, jvm/.../LogTimestampFormatter.scala and LogLevel.scala (read with the file look-up)",
		why:    "a space-separated time with a +0900 offset glued to the milliseconds; the lower-case level right-aligned (` info`, ` warn`, `error`); the source location after the message is no time; the exception's lines belong to the error above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 16:41:16.204+0900  info [OrderService] Accepted order 7731 for tenant kitaura  - (OrderService.scala:58)"),
			we("2026-11-29T07:41:16.377Z", Debug, "", "2026-11-29 16:41:16.377+0900 debug [InventoryClient] GET /v1/stock/sku-40221 -> 200 in 41 ms  - (InventoryClient.scala:112)"),
			we("2026-11-29T07:41:18.09Z", Warn, "", "2026-11-29 16:41:18.090+0900  warn [RetryPolicy] Retrying payment capture (attempt 2/5) after 400 ms  - (RetryPolicy.scala:37)"),
			we("2026-11-29T07:41:19.512Z", Error, "",
				"2026-11-29 16:41:19.512+0900 error [PaymentGateway] Capture failed for order 7731  - (PaymentGateway.scala:204)",
				"java.net.SocketTimeoutException: Read timed out",
				"\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
				"\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)",
				"\tat example.shop.PaymentGateway.capture(PaymentGateway.scala:198)"),
			we("2026-11-29T07:41:20.004Z", Info, "", "2026-11-29 16:41:20.004+0900  info [OrderService] Order 7731 moved to state PAYMENT_PENDING  - (OrderService.scala:91)"),
		},
	},
	{
		name:   "ftlog-default-latency-column",
		source: "Rust's ftlog with its default format to a FileAppender (`yyyy-MM-dd HH:mm:ss.SSS+HH`, the log-thread latency `0ms`, for a rate-limited call the count of dropped messages, the level, the thread name, `[file:line]`, the message): nonconvextech/ftlog README.md (\"Default Log Format\", \"Log with interval\")",
		why:    "the local hour offset `+08` glued to the milliseconds; `0ms` and the dropped count `17` stand between the time and the level; `tokio-runtime-worker` is a thread, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.19Z", Info, "", "2026-11-29 15:41:16.190+08 0ms INFO main [src/main.rs:41] quote gateway 0.9.4 listening on 0.0.0.0:7001"),
			we("2026-11-29T07:41:16.402Z", Debug, "", "2026-11-29 15:41:16.402+08 0ms DEBUG tokio-runtime-worker [src/feed/depth.rs:118] subscribed to 24 depth streams"),
			we("2026-11-29T07:41:17.883Z", Warn, "", "2026-11-29 15:41:17.883+08 3ms WARN tokio-runtime-worker [src/feed/depth.rs:203] book gap on XBTEUR: seq 88412907 -> 88412911, resyncing"),
			we("2026-11-29T07:41:21.004Z", Info, "", "2026-11-29 15:41:21.004+08 0ms 17 INFO tokio-runtime-worker [src/risk.rs:66] exposure check ok: 3 venues, net 0.42 XBT"),
			we("2026-11-29T07:41:25.551Z", Error, "", "2026-11-29 15:41:25.551+08 0ms ERROR main [src/order/router.rs:152] send to venue north failed: connection reset by peer (os error 104)"),
		},
	},
	{
		name:   "stderrlog-module-names-millis",
		source: "Rust's stderrlog with show_module_names(true) and Timestamp::Millisecond, stderr redirected to a file (`target: ` first, then chrono's `%Y-%m-%dT%H:%M:%S%.3f%:z - `, then `LEVEL - msg`): cardoe/stderrlog-rs src/lib.rs (the Log impl, read with the file look-up); konradmalik/tow src/logs.rs sets the same timestamp (code search)",
		why:    "the module path and a colon come before the time; an ISO time with a +01:00 offset; the level between ` - ` separators; `pkgsync::fetch` is a module, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "pkgsync: 2026-11-29T08:41:16.204+01:00 - INFO - mirror sync started for 3 repositories"),
			we("2026-11-29T07:41:16.731Z", Debug, "", "pkgsync::fetch: 2026-11-29T08:41:16.731+01:00 - DEBUG - GET https://mirror.example.net/debian/dists/trixie/InRelease -> 304"),
			we("2026-11-29T07:41:19.09Z", Warn, "", "pkgsync::verify: 2026-11-29T08:41:19.090+01:00 - WARN - signing key 7A3F9C21 expires in 12 days"),
			we("2026-11-29T07:41:24.518Z", Error, "", "pkgsync::fetch: 2026-11-29T08:41:24.518+01:00 - ERROR - pool/main/libf/libfoo/libfoo1_2.4-1_amd64.deb: checksum mismatch, will retry"),
			we("2026-11-29T07:41:24.52Z", Trace, "", "pkgsync::state: 2026-11-29T08:41:24.520+01:00 - TRACE - wrote state file /var/lib/pkgsync/state.json (2 KiB)"),
		},
	},
	{
		name:   "karambolo-file-logger-default",
		source: "Karambolo.Extensions.Logging.File 3.x with its default FileLogEntryTextBuilder (`lvl: Category[EventId] @ ` and the local time with DateTimeOffset's \"o\" format on the first line, the message padded by six blanks on the next, an exception's ToString unpadded after it; levels trce dbug info warn fail crit; the EventId printed through ToString, its name when it has one): adams85/filelogger source/FileLogger/FileLogEntryTextBuilder.cs (read with the file look-up) and README.md",
		why:    "a two-line record: the level word and the time (seven fractional digits, +01:00) on the first line, the padded message under it; `fail` is an error; the exception's lines belong to the record; the localhost URL in a message is no host",
		gap:    "the time after ` @ ` at the end of the first line (`info: Category[EventId] @ 2026-11-29T08:41:16.2041733+01:00`) is not read: every record comes out with no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2041733Z", Info, "",
				"info: Microsoft.Hosting.Lifetime[ListeningOnAddress] @ 2026-11-29T08:41:16.2041733+01:00",
				"      Now listening on: http://localhost:5080"),
			we("2026-11-29T07:41:16.2113045Z", Info, "",
				"info: Microsoft.Hosting.Lifetime[0] @ 2026-11-29T08:41:16.2113045+01:00",
				"      Application started. Press Ctrl+C to shut down."),
			we("2026-11-29T07:41:17.0452218Z", Warn, "",
				"warn: Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware[FailedToDeterminePort] @ 2026-11-29T08:41:17.0452218+01:00",
				"      Failed to determine the https port for redirect."),
			we("2026-11-29T07:41:18.3307461Z", Debug, "",
				"dbug: Harbor.Shop.Cache.RedisCartCache[0] @ 2026-11-29T08:41:18.3307461+01:00",
				"      cache miss for key cart:5521"),
			we("2026-11-29T07:41:19.7764090Z", Error, "",
				"fail: Harbor.Shop.Orders.OrderController[0] @ 2026-11-29T08:41:19.7764090+01:00",
				"      Order 7731 could not be saved",
				"Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.",
				" ---> Npgsql.PostgresException (0x80004005): 23505: duplicate key value violates unique constraint \"ix_orders_number\"",
				"   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)",
				"   at Harbor.Shop.Orders.OrderController.Create(OrderRequest request) in /src/Harbor.Shop/Orders/OrderController.cs:line 64"),
		},
	},
	{
		name:   "ozzo-log-default-callstack",
		source: "Go's go-ozzo/ozzo-log with a FileTarget, the DefaultFormatter (`time.RFC3339 [Level][category] msg`) and Logger.CallStackDepth = 2 with a CallStackFilter, each kept frame appended as `\\nfile:line`; levels Emergency Alert Critical Error Warning Notice Info Debug: go-ozzo/ozzo-log README.md (\"Message Formatting\", \"Logging Call Stacks\") and logger.go (DefaultFormatter, GetCallStack), read with the file look-up",
		why:    "an RFC 3339 time with a -05:00 offset and no fraction; the level word and the category glued in two brackets; the call-stack lines (bare `path.go:line`) belong to the record above them, even under an Info",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"2026-11-29T02:41:16-05:00 [Info][app] shipd 1.8.0 starting, config /etc/shipd/shipd.json",
				"/home/ci/go/src/shipd/cmd/shipd/main.go:57"),
			we("2026-11-29T07:41:16Z", Notice, "",
				"2026-11-29T02:41:16-05:00 [Notice][app.carriers] carrier parcelnord enabled (rate limit 20/s)",
				"/home/ci/go/src/shipd/carriers/registry.go:88",
				"/home/ci/go/src/shipd/cmd/shipd/main.go:71"),
			we("2026-11-29T07:41:22Z", Debug, "",
				"2026-11-29T02:41:22-05:00 [Debug][app.http] POST /v2/shipments 201 12ms",
				"/home/ci/go/src/shipd/http/middleware.go:43",
				"/home/ci/go/src/shipd/http/server.go:119"),
			we("2026-11-29T07:41:25Z", Warn, "",
				"2026-11-29T02:41:25-05:00 [Warning][app.carriers.parcelnord] label request slow: 4.2s for shipment SH-20931",
				"/home/ci/go/src/shipd/carriers/parcelnord/label.go:132",
				"/home/ci/go/src/shipd/shipments/service.go:210"),
			we("2026-11-29T07:41:31Z", Error, "",
				"2026-11-29T02:41:31-05:00 [Error][app.db] insert tracking event: pq: deadlock detected",
				"/home/ci/go/src/shipd/store/tracking.go:77",
				"/home/ci/go/src/shipd/shipments/service.go:244"),
			we("2026-11-29T07:41:40Z", Critical, "",
				"2026-11-29T02:41:40-05:00 [Critical][app.queue] work queue full (10000 jobs), rejecting new shipments",
				"/home/ci/go/src/shipd/queue/queue.go:61",
				"/home/ci/go/src/shipd/http/shipments.go:88"),
		},
	},
	{
		name:   "tslog-v4-pretty-default",
		source: "Node.js tslog 4 with its default pretty template and stylePrettyLogs: false, stdout appended to a file (`{{yyyy}}.{{mm}}.{{dd}} {{hh}}:{{MM}}:{{ss}}:{{ms}}\\t{{logLevelName}}\\t{{filePathWithLine}}{{nameWithDelimiterPrefix}}\\t`, UTC by default; an Error argument printed with the default prettyErrorTemplate `\\n{{errorName}} {{errorMessage}}\\nerror stack:\\n` and frames `  • {{fileName}}\\t{{method}}\\n\\t{{filePathWithLine}}`): fullstack-build/tslog BaseLogger defaults, found with find_string in bundled copies of tslog's dist/BaseLogger.js; CHANGELOG.md",
		why:    "a dotted date and a colon before the milliseconds (UTC); the level word between tabs; the file path and line is no time; the error's name, `error stack:` and the bullet frames belong to the ERROR above them; FATAL is critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026.11.29 07:41:16:204\tINFO\t/dist/server.js:34\tlistening on port 8443"),
			we("2026-11-29T07:41:16.391Z", Debug, "", "2026.11.29 07:41:16:391\tDEBUG\t/dist/db/pool.js:52\tpool ready: 10 connections to db-primary:5432"),
			we("2026-11-29T07:41:18.022Z", Warn, "", "2026.11.29 07:41:18:022\tWARN\t/dist/routes/upload.js:77\tupload of 48 MB exceeds soft limit of 32 MB for user 4411"),
			we("2026-11-29T07:41:19.53Z", Error, "",
				"2026.11.29 07:41:19:530\tERROR\t/dist/routes/orders.js:120\tcould not load order 7731 ",
				"Error connect ECONNREFUSED 10.20.0.31:6379",
				"error stack:",
				"  • orders.js\tOrderRepo.load",
				"\t/dist/routes/orders.js:118",
				"  • orders.js\tRouter.getOrder",
				"\t/dist/routes/orders.js:41"),
			we("2026-11-29T07:41:21.004Z", Critical, "", "2026.11.29 07:41:21:004\tFATAL\t/dist/server.js:61\tuncaught exception in worker 3, shutting down"),
		},
	},
	{
		name:   "analog-php-default-file",
		source: "PHP's Analog logger with its default file handler (`machine - date - level - message`, `%s - %s - %d - %s`, the machine $_SERVER['SERVER_ADDR'], the date gmdate('Y-m-d H:i:s'), the level a syslog-style digit 0 URGENT … 7 DEBUG): jbroadway/analog lib/Analog/Analog.php and README.md (read with the file look-up)",
		why:    "the machine's address first is the record's own host field, no client; a zone-less UTC date and time between ` - `; the level is a digit 0-7 (3 error, 6 info, 1 alert)",
		gap:    "the machine's address before the first ` - ` is not read as the host, and the syslog-style level digit between ` - ` separators after the time (`- 3 -`) is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.0.4.21", "10.0.4.21 - 2026-11-29 07:41:16 - 6 - user 4411 signed in from the mobile app"),
			we("2026-11-29T07:41:16Z", Debug, "10.0.4.21", "10.0.4.21 - 2026-11-29 07:41:16 - 7 - cart 5521 loaded from session in 3 ms"),
			we("2026-11-29T07:41:19Z", Warn, "10.0.4.21", "10.0.4.21 - 2026-11-29 07:41:19 - 4 - coupon NOV26 used after its expiry by user 4411"),
			we("2026-11-29T07:41:23Z", Error, "10.0.4.21", "10.0.4.21 - 2026-11-29 07:41:23 - 3 - payment provider returned HTTP 502 for order 7731"),
			we("2026-11-29T07:41:30Z", Notice, "10.0.4.21", "10.0.4.21 - 2026-11-29 07:41:30 - 5 - order 7731 paid by bank transfer, awaiting confirmation"),
			we("2026-11-29T07:42:05Z", Alert, "10.0.4.21", "10.0.4.21 - 2026-11-29 07:42:05 - 1 - mail queue stuck: 312 messages older than one hour"),
		},
	},
}

func TestFresh524Formats(t *testing.T) { assertTable(t, fresh524Cases) }
func TestFresh524Score(t *testing.T) {
	checkScore(t, "fresh524 formats", fresh524Cases, [worldNumFields]float64{87.4, 87.4, 87.4, 99.9})
}
