package parse

import "testing"

// The four-hundred-and-eighty-fifth fresh table: application loggers' layouts, another pass, in
// the default and commonly configured output of logging libraries across languages, shapes no
// earlier table holds. Each family is one library's documented or source-read output: Microsoft
// Enterprise Library's Logging Application Block writing a flat file (the default forty-dash header
// and footer around the default TextFormatter template, `Timestamp:` to `Extended Properties:`, the
// Exception Handling block's message over several lines); Akka.NET 1.5's StandardOutLogger
// (`[LEVEL][MM/dd/yyyy HH:mm:ss.fffZ][Thread NNNN][source] msg`, a `Cause:` and its stack under an
// ERROR); Apache Commons Logging's SimpleLog with showdatetime (`yyyy/MM/dd HH:mm:ss:SSS zzz [LEVEL]
// Name - msg`, as Apache HttpClient 4's logging guide sets it up, a Throwable glued after ` <…>`);
// hapi's good-console reporter (`YYMMDD/HHmmss.SSS, [event,tags] data`); Padrino's own logger
// writing production.log (`  LEVEL - dd/Mon/yyyy HH:mm:ss msg`, the Rack bench lines, an
// exception's backtrace indented by one blank); Phalcon 5's Logger with its default Line formatter
// (`[ISO 8601 with offset][LEVEL] msg`); OpenCV's own logger (`[ WARN:0@0.219] global file:line
// func msg`, no time, only seconds since start); Go's github.com/google/logger (`INFO : ` before
// Go's log date with microseconds and the short file).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`helidon`, `Thread[nioEventLoopGroup`, `scribe`, `outr`, `napier`,
// `zlogger`, `Enterprise Library`, `EnterpriseLibrary`, `Priority: -1`, `Machine: `, `App Domain`,
// `Win32 ThreadId`, `Extended Properties`, `Timestamp: 11`, `Severity: Error`, `Information: 0 :`,
// `akka`, `akka.net`, `[Thread 0`, `Thread 0`, `logbook`, `record.channel`, `] INFO: Generic`,
// `Generic:`, `daiquiri`, `seelog`, `go-logging`, `▶`, `beego`, `[I] [`, `golog`, `kataras`,
// `simple_logger`, `slog-term`, `fern`, `flexi_logger`, `tracer`, `<info>`, `consola`, `signale`,
// `nestjs`, `[Nest]`, `log4r`, `TwP`, `CodeIgniter`, `-->`, `yii`, `[error][`, `cakephp`,
// `laminas`, `ERR (3)`, `log4php`, `TTCC`, `lager`, `log4cplus`, `log4cpp`, `Boost.Log`, `boost`,
// `poco`, `easylogging`, `plog`, `emilk`, `uptime`, `zlog`, `rxi`, `log.c`, `g3log`, `quill`,
// `nanolog`, `fmtlog`, `kala13x`, `opencv`, `global cap_`, `VIDEOIO`, `[ WARN:0`, `[DEBUG:0`,
// `:INFO:oejs`, `:INFO :`, `SimpleLog`, `SimpleLogger`, `simplelog`, `commons.logging`,
// `commons-logging`, `apache commons`, `jcl`, `[INFO] Main -`, `tinylog`, `minlog`, `kryonet`,
// `monad-logger`, `@(main:`, `logzero`, `odoo`, `kivy`, `n=ansible`, `google/logger`,
// `INFO : 2026`, `INFO : `, `WARN : `, `Logging before logger.Init`, `log4go`, `EROR`, `DEBG`,
// `ngaut`, `pingcap/log`, `tidb`, `apex/log`, `apsdehal`, `phuslu`, `stdr`, `"level"=0`,
// `fast_log`, `TermLogger`, `WriteLogger`, `spdlog-rs`, `log4rs`, `paris`, `log15`, `xlog`,
// `zerolog`, `gommon`, `echo`, `buffalo`, `revel`, `INFO  2026`, `electron-log`, `good-console`,
// `[log,`, `, [log`, `/HHmmss`, `meteor`, `(1)?`, `strapi`, `padrino`, `hanami`, `delayed_job`,
// `[Worker(host:`, ` - 29/Nov`, ` - 200 OK`, `-- Starting`, `phalcon`, `+00:00][ERROR]`,
// `+00:00][`, `+01:00][`, `][ERROR] `, `][INFO] `, `kohana`, ` --- ERROR`, `typo3`, `XCGLogger`,
// `SwiftyBeaver`, `CocoaLumberjack`, `💚`, `hydra`, `][__main__][`, `] - `, `deepspeed`,
// `[INFO] [config.py`, `transformers`, `>> loading`, `configuration_utils`, `absl`, `pytest`,
// `live log`, `Captured log`, `cherrypy`, `ENGINE Bus`, `plone`, `[Zope`, `prefect`, `| prefect`,
// `dask`, `distributed.scheduler`, `twiggy`, `eliot`, `pyramid`, `waitress`, `INFO:waitress`,
// `bottle`, `web.py`, `falcon`, `tornado`, `[I 26`, `[W 26`, `[I 2026`, `huey`, `rq.worker`,
// `rq worker`, `dramatiq`, `apscheduler`, `Scheduler started`, `pywsgi`, `gevent`, `scrapy`,
// `[scrapy`, `paramiko`, `salt`, `[salt.`, `locust`, `INFO/locust`, `phoenix`, `Plug.Logger`,
// `logger_file_backend`, `[INFO] `). None of Enterprise Library's flat file, Akka.NET's
// StandardOutLogger, Commons Logging's SimpleLog, good-console, Padrino's logger, Phalcon's Line
// formatter, OpenCV's logger or google/logger is in any table (`akka` matches the JVM Akka's and
// other products' lines, `Severity: Error` Windows event dumps, `SimpleLog` only SLF4J's
// SimpleLogger, `, [log` other products, `+01:00][` Kibana's `[ISO][INFO ][logger]`, `INFO : `
// other products' ` : INFO : ` columns). Left out as held already: Helidon, scribe, Napier, ZLogger,
// logbook (fresh109's Zipline), daiquiri, seelog, go-logging, beego, golog, simple_logger,
// slog-term, flexi_logger, consola, signale, NestJS, log4r, the logging gem, CodeIgniter, Yii,
// CakePHP, Laminas, lager, log4cplus, log4cpp, Boost.Log, Poco, easylogging++, plog, emilk's loguru,
// zlog, g3log, Quill, NanoLog, Jetty's StdErrLog, SLF4J's SimpleLogger, tinylog, MinLog, Yesod's
// monad-logger, logzero, Odoo, Kivy, Ansible, log4go, log15, electron-log, Meteor, Strapi, Hanami,
// delayed_job, Kohana, TYPO3, XCGLogger, SwiftyBeaver, CocoaLumberjack, Hydra, DeepSpeed,
// transformers, absl, pytest's live log, CherryPy, Zope, Prefect, Dask, waitress, Tornado, huey, RQ,
// Dramatiq, APScheduler, Scrapy, Salt, Locust, Phoenix. Left out as not confirmed by any search:
// log4php's TTCC and pattern layouts (the versions disagree on the date and the NDC column),
// good-console's request id column, fast_log, kala13x's slog, fmtlog. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Enterprise Library's {timestamp} is the entry's UTC time in the en-US
// general format (`11/29/2026 7:41:16 AM`); Akka.NET's ends in Z; SimpleLog's zone abbreviation is
// converted (CET, +01:00); good-console's `261129/074116.523` is UTC (Moment's utc default);
// Padrino's `29/Nov/2026 07:41:16` and google/logger's Go date have no zone and are read as UTC;
// Phalcon's offset is converted (+01:00); OpenCV's lines have no time (`0@0.219` is a thread number
// and seconds since the first line). Levels only where the line marks one: Enterprise Library's
// `Severity:` (Information, Warning, Error, Critical), Akka.NET's first bracket (WARNING is Warn),
// SimpleLog's bracketed word (FATAL is Critical), good-console's level tag of a log event
// (`[log,info]`, `[log,warn]`) and its `[error]` event (ops and response events carry none),
// Padrino's right-justified word, Phalcon's second bracket (NOTICE is Notice), OpenCV's padded word
// in the bracket, google/logger's tag before the colon (FATAL is Critical). The host is the
// record's host field: only Enterprise Library's `Machine:`; Akka's actor paths and
// `akka.tcp://…@node:port` addresses, the HTTP peers in SimpleLog's messages, the hapi instance URL,
// the database and API addresses in messages and OpenCV's devices are no hosts. A record that spans
// lines is one entry: an Enterprise Library block from its header dashes to its footer dashes, an
// Akka.NET ERROR with its `Cause:` and stack, a SimpleLog ERROR with its glued stack and the blank
// line println adds, good-console's error event with its stack, Padrino's exception with its
// backtrace.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages") and find_string. Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 30769f0 before any rule for it: level 91.9 %, time 75.0 %, host 87.5 %, records 87.5 %.
// That is the macro figure (micro: level 93.0 %, time 74.4 %, host 90.7 %, records 90.7 %), in a
// worktree at 30769f0 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are Enterprise Library's block (the `Machine:` host is not read,
// the footer dashes start a new record and the exception message's inner rule cuts the block, losing
// its `Severity:`), good-console's `YYMMDD/HHmmss.SSS,` time and its level tags inside
// `[log,info]`, and Padrino's date after the right-justified level, which trawl leaves unread.

var fresh485Cases = []worldCase{
	{
		name:   "entlib-flat-file-text-formatter",
		gap:    "the `Machine:` line is not read as the record's host; the footer dashes are split from the block (they start the next record), and the Exception Handling message's inner dashed rule cuts the block, so the ERROR's `Severity: Error` below it is lost",
		source: "Microsoft Enterprise Library 5/6 Logging Application Block, a FlatFileTraceListener (or RollingFlatFileTraceListener) with its default header and footer (forty dashes) around the configuration tool's default TextFormatter template (`Timestamp: {timestamp}`, `Message:`, `Category:`, `Priority:`, `EventId:`, `Severity:`, `Title:`, `Machine: {localMachine}`, `App Domain:`, `ProcessId:`, `Process Name:`, `Thread Name:`, `Win32 ThreadId:`, `Extended Properties:`): app.config and fluent-configuration files found with find_string (`Win32 ThreadId:`), blog.aggregatedintelligence.com's token list (2010), and a formatted entry quoted in a log viewer's stub data (`Timestamp: 1/23/2020 8:49:42 AM`, `Severity: Warning`, `Machine: …`)",
		why:    "one Logger.Write is a block from the header dashes to the footer dashes; {timestamp} is the entry's UTC time in the en-US culture's general format (M/d/yyyy h:mm:ss tt); `Severity:` is the level (Information, Warning, Error, Critical); `Machine:` is the record's host; the Exception Handling block's message runs over lines inside the block",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "WEB-ORD-02",
				"----------------------------------------",
				"Timestamp: 11/29/2026 7:41:16 AM",
				"Message: Order 88213 submitted by customer 40177",
				"Category: General",
				"Priority: -1",
				"EventId: 100",
				"Severity: Information",
				"Title:OrderService.Submit",
				"Machine: WEB-ORD-02",
				"App Domain: /LM/W3SVC/2/ROOT-1-134089920761122580",
				"ProcessId: 5120",
				`Process Name: c:\windows\system32\inetsrv\w3wp.exe`,
				"Thread Name: ",
				"Win32 ThreadId:7312",
				"Extended Properties: ",
				"----------------------------------------"),
			we("2026-11-29T07:43:02Z", Warn, "WEB-ORD-02",
				"----------------------------------------",
				"Timestamp: 11/29/2026 7:43:02 AM",
				"Message: Payment gateway answered in 8412 ms, above the 5000 ms threshold",
				"Category: Performance",
				"Priority: 2",
				"EventId: 310",
				"Severity: Warning",
				"Title:PaymentClient.Authorize",
				"Machine: WEB-ORD-02",
				"App Domain: /LM/W3SVC/2/ROOT-1-134089920761122580",
				"ProcessId: 5120",
				`Process Name: c:\windows\system32\inetsrv\w3wp.exe`,
				"Thread Name: ",
				"Win32 ThreadId:6904",
				"Extended Properties: GatewayHost - pay-gw.internal.example",
				"----------------------------------------"),
			we("2026-11-29T07:44:39Z", Error, "WEB-ORD-03",
				"----------------------------------------",
				"Timestamp: 11/29/2026 7:44:39 AM",
				"Message: HandlingInstanceID: 5c0e6f1a-2d43-4b7e-9a1f-0e8d2c4b7a61",
				"An exception of type 'System.Data.SqlClient.SqlException' occurred and was caught.",
				"---------------------------------------------------------------------------------",
				"11/29/2026 07:44:39",
				"Type : System.Data.SqlClient.SqlException, System.Data, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089",
				"Message : Timeout expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.",
				"Source : .Net SqlClient Data Provider",
				"Category: Exceptions",
				"Priority: 0",
				"EventId: 500",
				"Severity: Error",
				"Title:Enterprise Library Exception Handling",
				"Machine: WEB-ORD-03",
				"App Domain: /LM/W3SVC/2/ROOT-1-134089921204418872",
				"ProcessId: 4388",
				`Process Name: c:\windows\system32\inetsrv\w3wp.exe`,
				"Thread Name: ",
				"Win32 ThreadId:2216",
				"Extended Properties: ",
				"----------------------------------------"),
			we("2026-11-29T07:45:10Z", Critical, "WEB-ORD-03",
				"----------------------------------------",
				"Timestamp: 11/29/2026 7:45:10 AM",
				"Message: Order database unreachable for 30 s; orders are queued to MSMQ",
				"Category: General",
				"Priority: 10",
				"EventId: 900",
				"Severity: Critical",
				"Title:OrderStore.Health",
				"Machine: WEB-ORD-03",
				"App Domain: /LM/W3SVC/2/ROOT-1-134089921204418872",
				"ProcessId: 4388",
				`Process Name: c:\windows\system32\inetsrv\w3wp.exe`,
				"Thread Name: HealthProbe",
				"Win32 ThreadId:3140",
				"Extended Properties: ",
				"----------------------------------------"),
		},
	},
	{
		name:   "akkadotnet-stdout-logger",
		source: "Akka.NET 1.5's StandardOutLogger (LogEvent.ToString: `[LEVEL][timestamp][Thread NNNN][LogSource] message`, the level DEBUG INFO WARNING ERROR, the thread id padded to four digits, a `Cause:` line and the exception's stack after the message when the event carries one; 1.5 prints the UTC time as `MM/dd/yyyy HH:mm:ss.fffZ`): akkadotnet/akka.net src/core/Akka/Event/LogEvent.cs, issues #3428 and #2325 (pasted consoles), and a 2023 line quoted in a project found with find_string (`[INFO][08/06/2023 01:25:41.433Z][Thread 0001][remoting (akka://…)]`)",
		why:    "a month-first date with milliseconds and a Z inside the second bracket; the first bracket is the level (WARNING is Warn); `[Thread 0001]` is no time; the actor path and `akka.tcp://…@host:port` addresses are sources and peers, no host; the Cause and its stack belong to the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[INFO][11/29/2026 07:41:16.204Z][Thread 0001][remoting (akka://OrderCluster)] Starting remoting"),
			we("2026-11-29T07:41:16.611Z", Info, "", "[INFO][11/29/2026 07:41:16.611Z][Thread 0001][remoting (akka://OrderCluster)] Remoting started; listening on addresses : [akka.tcp://OrderCluster@ord-node-2:4053]"),
			we("2026-11-29T07:41:17.032Z", Debug, "", "[DEBUG][11/29/2026 07:41:17.032Z][Thread 0007][akka://OrderCluster/system/cluster/core/daemon] Cluster Node [akka.tcp://OrderCluster@ord-node-2:4053] - Starting up..."),
			we("2026-11-29T07:41:24.880Z", Warn, "", "[WARNING][11/29/2026 07:41:24.880Z][Thread 0012][akka.tcp://OrderCluster@ord-node-2:4053/system/endpointManager/reliableEndpointWriter-akka.tcp%3A%2F%2FOrderCluster%40ord-node-1%3A4053-1] Association with remote system akka.tcp://OrderCluster@ord-node-1:4053 has failed; address is now gated for 5000 ms. Reason is: [Disassociated]"),
			we("2026-11-29T07:41:31.447Z", Error, "",
				"[ERROR][11/29/2026 07:41:31.447Z][Thread 0019][akka://OrderCluster/user/orders/order-88213] Error while processing PlaceOrder",
				"Cause: System.InvalidOperationException: Stock reservation for SKU 4411-B was rejected",
				"   at Orders.OrderActor.HandlePlaceOrder(PlaceOrder cmd) in /src/Orders/OrderActor.cs:line 87",
				"   at Akka.Actor.ReceiveActor.ExecutePartialMessageHandler(Object message, PartialAction`1 partialAction)",
				"   at Akka.Actor.ActorCell.ReceiveMessage(Object message)"),
		},
	},
	{
		name:   "commons-logging-simplelog-showdatetime",
		source: "Apache Commons Logging's SimpleLog with `org.apache.commons.logging.simplelog.showdatetime=true` (the setup Apache HttpClient 4's logging guide gives): the default dateTimeFormat `yyyy/MM/dd HH:mm:ss:SSS zzz`, then `[LEVEL] ` and the short log name with ` - `; a Throwable appended as ` <toString()>` with printStackTrace's text glued after it and println's blank line: apache/commons-logging SimpleLog.java log() (found with find_string `buf.append(\"[TRACE] \")`) and its javadoc",
		why:    "a slashed date whose milliseconds follow a colon and whose zone is an abbreviation (CET, +01:00); the bracketed word is the level (FATAL is Critical); `wire` and `PoolingHttpClientConnectionManager` are log names and `api.pay.example` a peer, no host; the stack trace and the blank line after it belong to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "2026/11/29 08:41:16:204 CET [DEBUG] PoolingHttpClientConnectionManager - Connection request: [route: {s}->https://api.pay.example:443][total kept alive: 0; route allocated: 0 of 2; total allocated: 0 of 20]"),
			we("2026-11-29T07:41:16.231Z", Debug, "", `2026/11/29 08:41:16:231 CET [DEBUG] wire - http-outgoing-0 >> "POST /v2/charges HTTP/1.1[\r][\n]"`),
			we("2026-11-29T07:41:16.902Z", Info, "", "2026/11/29 08:41:16:902 CET [INFO] RetryExec - I/O exception (org.apache.http.NoHttpResponseException) caught when processing request to {s}->https://api.pay.example:443: The target server failed to respond"),
			we("2026-11-29T07:41:17.015Z", Warn, "", "2026/11/29 08:41:17:015 CET [WARN] ResponseProcessCookies - Invalid cookie header: \"Set-Cookie: AWSALB=9f2c; Expires=Sun, 06 Dec 2026 07:41:17 GMT; Path=/\". Invalid 'expires' attribute: Sun, 06 Dec 2026 07:41:17 GMT"),
			we("2026-11-29T07:41:47.330Z", Error, "",
				"2026/11/29 08:41:47:330 CET [ERROR] ChargeClient - charge 88213 failed <java.net.SocketTimeoutException: Read timed out>java.net.SocketTimeoutException: Read timed out",
				"\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)",
				"\tat org.apache.http.impl.io.SessionInputBufferImpl.streamRead(SessionInputBufferImpl.java:137)",
				"\tat com.example.billing.ChargeClient.charge(ChargeClient.java:91)",
				""),
			we("2026-11-29T07:41:48.001Z", Critical, "", "2026/11/29 08:41:48:001 CET [FATAL] BillingWorker - giving up after 3 attempts, worker stops"),
		},
	},
	{
		name:   "hapi-good-console",
		gap:    "good-console's `YYMMDD/HHmmss.SSS,` time (261129/074116.523) is not read, nor the level tag inside `[log,info]` and `[log,warn]` (only the `[error]` event's level is)",
		source: "hapi with good and its good-console reporter (`YYMMDD/HHmmss.SSS, [event,tags] data`, Moment in UTC by default; log events as `data: msg`, ops as `memory: NMb, uptime (seconds): N, load: [..]`, errors as `message: …, stack: …`, responses as `instance: method path {query} status (Nms)`), with `color: false`: hapijs/good-console README and lib/index.js, issues #87 and PR #41 (the default format), outmoded/discuss issue #275",
		why:    "a two-digit-year date glued to the clock by a slash with no separators (261129/074116.523) in UTC; the tags in brackets carry the level for log events (info, warn, error), the error event is Error, ops and response events carry none; the instance URL's host is the server's listen address, no host field; the error's stack belongs to its line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.523Z", Info, "", "261129/074116.523, [log,info] data: Server started at http://shop-api-1:8000"),
			we("2026-11-29T07:41:21.090Z", Unknown, "", "261129/074121.090, [response] http://shop-api-1:8000: get /orders/88213 {} 200 (42ms)"),
			we("2026-11-29T07:41:25.311Z", Warn, "", "261129/074125.311, [log,warn] data: cache miss rate 0.41 above 0.25 for catalog"),
			we("2026-11-29T07:41:46.002Z", Unknown, "", "261129/074146.002, [ops] memory: 148Mb, uptime (seconds): 30.41, load: [0.42,0.38,0.31]"),
			we("2026-11-29T07:41:52.774Z", Error, "",
				"261129/074152.774, [error] message: Cannot read properties of undefined (reading 'sku'), stack: TypeError: Cannot read properties of undefined (reading 'sku')",
				"    at handler (/srv/shop-api/lib/routes/orders.js:48:31)",
				"    at exports.Manager.execute (/srv/shop-api/node_modules/@hapi/hapi/lib/toolkit.js:60:29)",
				"    at Request._lifecycle (/srv/shop-api/node_modules/@hapi/hapi/lib/request.js:372:32)"),
		},
	},
	{
		name:   "padrino-logger-production-file",
		source: "Padrino's own logger writing log/production.log with `Padrino::Logger::Config[:production] = { log_level: :debug, stream: :to_file, colorize_logging: false }` (format_message `%s - %s %s`: the level upcased and right-justified to seven, format_datetime `%d/%b/%Y %H:%M:%S` in local time, the stripped message; the Rack logger's bench lines `GET (0.0123s) /path - 200 OK`; `logger.exception` joining the backtrace with a newline and a space): padrino/padrino-framework padrino-core/lib/padrino-core/logger.rb, issues #790, #869 and #1645",
		why:    "the level comes first, padded on the left, before ` - `; the date is day, month name and year with a clock and no zone (UTC by the rules); FATAL is Critical; the exception's frames, each indented by one blank, belong to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "   INFO - 29/Nov/2026 07:41:16 Sequel connected to postgres://shop@db-1/shop_production"),
			we("2026-11-29T07:41:21Z", Debug, "", "  DEBUG - 29/Nov/2026 07:41:21 GET (0.0123s) /orders/88213 - 200 OK"),
			we("2026-11-29T07:41:22Z", Debug, "", "  DEBUG - 29/Nov/2026 07:41:22 POST (0.2271s) /cart/items - 302 Found"),
			we("2026-11-29T07:41:30Z", Warn, "", "   WARN - 29/Nov/2026 07:41:30 Coupon XMAS26 looked up 3 times in 1 s by session 7f2c09"),
			we("2026-11-29T07:41:33Z", Error, "",
				"  ERROR - 29/Nov/2026 07:41:33 Sequel::DatabaseConnectionError - PG::ConnectionBad: connection to server at \"10.20.0.5\", port 5432 failed: Connection refused:",
				" /srv/shop/vendor/bundle/ruby/3.3.0/gems/sequel-5.86.0/lib/sequel/adapters/postgres.rb:252:in `connect'",
				" /srv/shop/vendor/bundle/ruby/3.3.0/gems/sequel-5.86.0/lib/sequel/connection_pool.rb:138:in `make_new'",
				" /srv/shop/app/controllers/orders.rb:14:in `block (2 levels) in <class:Shop>'"),
			we("2026-11-29T07:41:40Z", Critical, "", "  FATAL - 29/Nov/2026 07:41:40 Worker pool exhausted, shutting down"),
		},
	},
	{
		name:   "phalcon5-logger-line-formatter",
		source: "Phalcon 5's Logger with a Stream adapter and its default Line formatter (`[%date%][%level%] %message%`, dateFormat `c`, so an ISO 8601 time with the PHP zone's offset; the level names upper-cased: DEBUG INFO NOTICE WARNING ERROR CRITICAL ALERT EMERGENCY): phalcon/cphalcon's Logger/Formatter/Line.zep and phalcon/phalcon's Line.php (found with find_string `[%date%][%level%] %message%`), the Phalcon 3 API page for Logger\\Formatter\\Line",
		why:    "an ISO time with a +01:00 offset inside the first bracket, the level word inside the second; a request id or an address in the message is no host; NOTICE is Notice and CRITICAL Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29T08:41:16+01:00][INFO] Checkout started for cart 5521 (user 40177)"),
			we("2026-11-29T07:41:17Z", Debug, "", "[2026-11-29T08:41:17+01:00][DEBUG] SELECT `id`, `sku`, `qty` FROM `cart_items` WHERE `cart_id` = :cart_id"),
			we("2026-11-29T07:41:18Z", Notice, "", "[2026-11-29T08:41:18+01:00][NOTICE] Shipping estimate served from cache for zone DE-3"),
			we("2026-11-29T07:41:19Z", Warn, "", "[2026-11-29T08:41:19+01:00][WARNING] Stock for SKU 4411-B below threshold: 3 left"),
			we("2026-11-29T07:41:23Z", Error, "", "[2026-11-29T08:41:23+01:00][ERROR] Payment API returned 502 for order 88213 from 10.20.4.17"),
			we("2026-11-29T07:41:24Z", Critical, "", "[2026-11-29T08:41:24+01:00][CRITICAL] Redis session store unreachable: Connection refused"),
		},
	},
	{
		name:   "opencv-utils-logger",
		source: "OpenCV 4.5.4+'s own logger on stderr (`[LEVEL:thread@seconds] tag file:line function msg`, LEVEL padded to five: ` INFO`, ` WARN`, `DEBUG`, `ERROR`, the thread number and the seconds since the first log line after @, the tag `global` when no other): opencv/opencv issues #19527, #22699, #22738, #23425, #24551 and #24924 (pasted runs with OPENCV_LOG_LEVEL=DEBUG and the default)",
		why:    "no line carries a time: `0@4.448` is a thread number and seconds since start, `(2154321408)` an ioctl number; the padded word after the bracket's opening is the level; `/dev/video0` and the obsensor device are no hosts",
		entries: []worldEntry{
			we("", Debug, "", "[DEBUG:0@0.031] global videoio_registry.cpp:221 VideoBackendRegistry VIDEOIO: Available backends(6): FFMPEG(1000); GSTREAMER(990); INTEL_MFX(980); V4L2(970); CV_IMAGES(960); CV_MJPEG(950)"),
			we("", Info, "", "[ INFO:0@0.032] global videoio_registry.cpp:223 VideoBackendRegistry VIDEOIO: Enabled backends(6, sorted by priority): FFMPEG(1000); GSTREAMER(990); INTEL_MFX(980); V4L2(970); CV_IMAGES(960); CV_MJPEG(950)"),
			we("", Warn, "", "[ WARN:0@0.033] global cap.cpp:268 open VIDEOIO(V4L2): trying capture cameraNum=2 ..."),
			we("", Debug, "", "[DEBUG:0@0.034] global cap_v4l.cpp:1082 tryIoctl VIDEOIO(V4L2:/dev/video2): call ioctl(7, VIDIOC_QUERYCAP(2154321408), ...) => 0    errno=0 (Success)"),
			we("", Warn, "", "[ WARN:0@0.219] global cap_v4l.cpp:982 open VIDEOIO(V4L2:/dev/video2): can't open camera by index"),
			we("", Error, "", "[ERROR:0@0.221] global obsensor_uvc_stream_channel.cpp:158 getStreamChannelGroup Camera index out of range"),
		},
	},
	{
		name:   "google-logger-go",
		source: "github.com/google/logger written to a log file after logger.Init (the severity tags `INFO : `, `WARN : `, `ERROR: `, `FATAL: ` as the prefix of Go's log package with Ldate|Lmicroseconds|Lshortfile: `TAG yyyy/MM/dd HH:mm:ss.uuuuuu file.go:N: msg`, local time): google/logger logger.go",
		why:    "the severity tag comes first, padded to five before a colon, then Go's slashed date with microseconds (a server on UTC) and the short file and line; FATAL is Critical; the file:line is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204113Z", Info, "", "INFO : 2026/11/29 07:41:16.204113 main.go:58: syncagent 2.3.1 starting, state dir /var/lib/syncagent"),
			we("2026-11-29T07:41:16.731940Z", Info, "", "INFO : 2026/11/29 07:41:16.731940 sync.go:102: watching 3 folders"),
			we("2026-11-29T07:41:19.005277Z", Warn, "", "WARN : 2026/11/29 07:41:19.005277 upload.go:77: retrying chunk 12 of reports-2026-11.tar (attempt 2)"),
			we("2026-11-29T07:41:19.882017Z", Error, "", "ERROR: 2026/11/29 07:41:19.882017 upload.go:91: upload failed: Put \"https://files.example.net/v1/objects/reports-2026-11.tar\": dial tcp 203.0.113.40:443: i/o timeout"),
			we("2026-11-29T07:41:20.000412Z", Critical, "", "FATAL: 2026/11/29 07:41:20.000412 main.go:131: cannot open state db: open /var/lib/syncagent/state.db: permission denied"),
		},
	},
}

func TestFresh485Formats(t *testing.T) { assertTable(t, fresh485Cases) }
func TestFresh485Score(t *testing.T) {
	checkScore(t, "fresh485 formats", fresh485Cases, [worldNumFields]float64{91.8, 87.4, 87.4, 87.4})
}
