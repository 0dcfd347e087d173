package parse

import "testing"

// The four-hundred-and-fifty-fourth fresh table, written on 2026-11-29: application loggers'
// layouts, yet another pass, in custom configurations no earlier table holds. Each family is one
// logger's output as a program configures it: glog 0.7 with a prefix formatter installed through
// InstallPrefixFormatter (`[SEVERITY] [yyyymmdd hh:mm:ss.uuuuuu] [ tid] [file:line] msg`, the full
// severity name in brackets, a FATAL check failure with its `*** Check failure stack trace: ***`
// frames); NLog's pipe layout with `${level:format=TriLetter}` (Trc Dbg Inf Wrn Err Ftl between
// pipes) and an exception's ToString on the lines after the message; spdlog with `[%D %r]` (a
// two-digit-year US date and a twelve-hour clock whose midnight hour spdlog's to12h leaves as 00);
// zap's production JSON with `EncodeTime = zapcore.RFC3339TimeEncoder` (whole seconds and a +01:00
// offset, a dpanic level, an HTTP host field); a Serilog file sink with `{Level:w4}` (the
// lower-case four-letter names info dbug warn eror verb fatl) after a time with a ` +01:00` offset;
// log4j2 with `%sn` first (the event's sequence number before the date); logback with `%rEx` (the
// root cause printed first, each wrapping exception after it on a `Wrapped by: ` line); Python
// logging with `stack_info=True` (a `Stack (most recent call last):` block after the message, after
// the traceback when both are asked for); pino-pretty with a logger name (`(name/pid on host)`) and
// its indented property and error lines; log4net's internal debugging written to a trace file
// (`log4net: `, `log4net:WARN `, `log4net:ERROR ` prefixes, an exception under an error line).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive: `glog`, `InstallPrefixFormatter`, `PrefixFormatter`, `[FATAL] [2026`,
// `(INFO|WARNING|ERROR)2026` as a pattern, `Check failure stack trace`, `nlog`, `TriLetter`,
// `|Inf|`, `|Wrn|`, ` (Inf|Wrn|Err|Dbg|Trc|Ftl) ` as a pattern, `withexception`, `processtime`,
// `spdlog`, `%r]`, `%D`, ` AM] [`, `[dd/dd/dd hh:mm:ss AM]` as a pattern, `00:04:31 AM`, `zap`,
// `RFC3339TimeEncoder`, `"ts":"2026-11-29T08`, a `"ts":"…±hh:mm"` pattern, `zapdriver`, `ecszap`,
// `serilog`, `Level:w4`, `Level:w3`, ` eror [`, ` fatl [`, `eror`, `dbug`, `fatl`, `log4j2`, `%sn`,
// `Sequence`, a `N yyyy-MM-dd HH:mm:ss.SSS LEVEL` pattern, `level{length=1}`, `logback`,
// `rootException`, `%rEx`, `Wrapped by`, `stack_info`, `Stack (most recent`, `created)f`,
// `relativeCreated`, `RichHandler`, `pino-pretty`, `levelFirst`, `(name/pid on ` and `(pid on host)`
// as patterns, `/4411 on`, `log4net`, `log4net:`, `log4net:ERROR`, `log4net:WARN`, `Internal.Debug`,
// `LogLog`, `ABSOLUTE`, `charmbracelet`, `tint`, `level=INFO+`). glog's default prefix (with and
// without the year) is in many tables; a custom prefix formatter's output is in none (fresh97's
// `[FATAL] [2026-…]` is ROS 2's). NLog's one-letter level is fresh429's, its CsvLayout fresh396's;
// TriLetter is in none. spdlog's default and README patterns are held; `%D %r` is in none (the
// ` AM] [` lines of fresh26, fresh81, fresh181 and fresh348 are Homebridge's, balena's and
// os-net-config's). zap's JSON with float, millisecond and nanosecond epochs and ISO 8601 (fresh186)
// is held; RFC3339TimeEncoder's whole seconds with a colon offset are in none. Serilog's u3, u4,
// t3 and `{Timestamp:u}` are held; w4 in none (fresh396 grepped `Level:w` and left it). log4j2's
// named dates, CSV layout and one-letter level are held; `%sn` in none. logback's `%rEx` is in
// fresh5, fresh25 and fresh78 (Dropwizard's `! ` lines, James' file) without a wrapped cause; the
// `Wrapped by:` lines are in none. Python's tracebacks are in many tables; stack_info's block is in
// none. pino-pretty's `(pid on host)` is in fresh5 and fresh72; with a name before the pid in none.
// log4net's PatternLayout, XmlLayout and NDC columns are fresh42's, fresh358's and fresh429's; its
// internal debug lines are in none. Left out as held already: Python's `%(created)f` (fresh96),
// log4net's and log4j's %d{ABSOLUTE} (fresh17, fresh158 and others), charmbracelet/log (fresh2),
// tint (fresh72), slog's default handler behind log's flags (fresh396) and its custom levels
// (fresh146, fresh203, fresh252), pino-pretty's levelFirst and UTC offset (fresh72, fresh158),
// winston's cli(), logstash() and twelve-hour formats (fresh252, fresh396, fresh429). The table holds
// 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). glog's custom prefix, NLog's longdate, spdlog's `%D %r`, log4j2's,
// logback's and Python's stamps carry no zone and are taken as UTC; spdlog's `26` is 2026, its
// `11:58:02 PM` is 23:58 and its `00:04:31 AM` is 00:04 (to12h leaves hour 0 as 00); zap's and
// Serilog's +01:00 are converted; pino-pretty's `+0000` is UTC; log4net's internal lines carry no
// time. Levels only where the line marks one: glog's bracketed severity name (FATAL is Critical),
// NLog's three letters (Ftl is Critical), spdlog's level name (critical is Critical), zap's "level"
// (dpanic is Critical), Serilog's four lower-case letters (verb is Trace, eror Error, fatl
// Critical), log4j2's, logback's and Python's level names, pino-pretty's level word (FATAL is
// Critical), log4net's internal prefix (the bare `log4net: ` is LogLog's debug prefix, `:WARN` and
// `:ERROR` the others). The host is the record's host field: pino-pretty's `on api-7` (pino's
// hostname); zap's "host" key here is the request's HTTP Host and the upstream and remote addresses
// are peers, no hosts. A record that spans lines is one entry: glog's check failure with its stack
// frames, NLog's and Serilog's exception lines, log4j2's throwable, logback's root cause and its
// `Wrapped by:` causes with their frames, Python's traceback and stack blocks, pino-pretty's
// property and err lines, log4net's error with the exception it reports.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7e13a53 before any rule for it: level 88.3 %, time 100.0 %, host 90.0 %, records 93.8 %.
// That is the macro figure (micro: level 86.8 %, time 100.0 %, host 90.6 %, records 94.3 %), in a
// worktree at 7e13a53 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 10 families fully right (NLog's TriLetter pipes, spdlog's `%D %r`, zap's RFC 3339 JSON, log4j2's
// `%sn` and Python's stack_info block); the gaps are glog's check-failure frames under a custom
// prefix, Serilog's `fatl`, logback's `Wrapped by:` lines, the host in pino-pretty's
// `(name/pid on host)` and log4net's internal prefixes with the exception under its error line.

var fresh454Cases = []worldCase{
	{
		name:   "glog07-install-prefix-formatter-bracketed",
		gap:    "trawl cuts the FATAL record after its first line: the `*** Check failure stack trace: ***` line and the `    @     0x… function` frame lines under a custom-prefix glog line are not joined to it",
		source: "glog 0.7 with a custom prefix installed through google::InstallPrefixFormatter (a formatter writing `[` GetLogSeverityName `] [` yyyymmdd ` ` hh:mm:ss.usec `] [` setw(5) thread id `] [` basename:line `] `, the stream's fill '0' set by glog): google/glog issue #578 and PR #554 (the custom prefix), a CustomGlogPrefixFormatter::MyPrefixFormatter found in the code corpus; the `*** Check failure stack trace: ***` block as glog writes it after a failed CHECK, from memory",
		why:    "the full severity name in brackets before a compact yyyymmdd date; the thread id padded with blanks inside brackets; a FATAL check failure with its frame lines is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482113Z", Info, "", "[INFO] [20261129 07:41:16.482113] [ 4411] [main.cc:57] tile server 3.2.0 listening on 0.0.0.0:7600"),
			we("2026-11-29T07:41:18.009871Z", Warn, "", "[WARNING] [20261129 07:41:18.009871] [ 4425] [cache.cc:212] evicting 1280 tiles: resident set 3.9 GiB over the 3.5 GiB limit"),
			we("2026-11-29T07:41:19.771402Z", Error, "", "[ERROR] [20261129 07:41:19.771402] [ 4425] [fetch.cc:88] upstream 10.40.2.17:9000 returned 503 for z=14 x=8841 y=5377"),
			we("2026-11-29T07:41:20.000315Z", Info, "", "[INFO] [20261129 07:41:20.000315] [ 4411] [stats.cc:31] served=1842 hits=1710 misses=132 p99=41ms"),
			we("2026-11-29T07:41:22.118004Z", Critical, "",
				"[FATAL] [20261129 07:41:22.118004] [ 4431] [store.cc:140] Check failed: fd >= 0 open /var/lib/tiles/z14.mbtiles: Permission denied",
				"*** Check failure stack trace: ***",
				"    @     0x7f3a9c2b4e1d  google::LogMessageFatal::~LogMessageFatal()",
				"    @     0x55e1d0a4c7f2  tiles::Store::Open()",
				"    @     0x55e1d0a3b115  main"),
		},
	},
	{
		name:   "nlog-pipes-triletter-level-exception",
		source: "NLog 5 with `${longdate}|${level:format=TriLetter}|${logger}|${message}${onexception:${newline}${exception:format=tostring}}` (LevelLayoutRenderer's LevelFormat.TriLetter: Trc Dbg Inf Wrn Err Ftl): NLog's LevelLayoutRenderer source (the Name, FirstCharacter, Ordinal, FullName and TriLetter cases), NLog/NLog PR #2034 (the level format option), the NLog wiki's SimpleLayout page (the default pipe layout); the three letters' spelling from memory",
		why:    "a title-case three-letter level between pipes; longdate's four fractional digits; an exception's ToString on the lines after the message belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4821Z", Info, "", "2026-11-29 07:41:16.4821|Inf|Acme.Billing.InvoiceJob|Invoice run 2026-11 started for 412 accounts"),
			we("2026-11-29T07:41:16.5177Z", Debug, "", "2026-11-29 07:41:16.5177|Dbg|Acme.Billing.TaxClient|GET https://tax.internal.example/v2/rates?region=DE took 38 ms"),
			we("2026-11-29T07:41:17.0032Z", Warn, "", "2026-11-29 07:41:17.0032|Wrn|Acme.Billing.InvoiceJob|Account 88213 has no billing address; using the contract address"),
			we("2026-11-29T07:41:18.229Z", Error, "",
				"2026-11-29 07:41:18.2290|Err|Acme.Billing.PdfExporter|Invoice export failed for account 88240",
				`System.IO.IOException: The process cannot access the file 'D:\invoices\2026-11\88240.pdf' because it is being used by another process.`,
				"   at System.IO.FileStream.ValidateFileHandle(SafeFileHandle fileHandle)",
				`   at Acme.Billing.PdfExporter.Write(Invoice invoice) in C:\build\src\Billing\PdfExporter.cs:line 112`),
			we("2026-11-29T07:41:19.9001Z", Critical, "", "2026-11-29 07:41:19.9001|Ftl|Acme.Billing.Host|Unhandled exception in the scheduler loop; shutting down"),
			we("2026-11-29T07:41:19.912Z", Trace, "", "2026-11-29 07:41:19.9120|Trc|Acme.Billing.Host|Flushing 3 targets"),
		},
	},
	{
		name:   "spdlog-short-date-twelve-hour-clock",
		source: "spdlog 1.x with `set_pattern(\"[%D %r] [%n] [%l] %v\")` (%D `MM/DD/YY`, %r the 12-hour clock `hh:MM:SS AM|PM`, %n the logger, %l the level name trace debug info warning error critical): gabime/spdlog wiki 'Custom formatting' (the pattern flags table); spdlog's pattern_formatter (ampm and to12h, `tm_hour > 12 ? tm_hour - 12 : tm_hour`, so hour 0 prints as 00)",
		why:    "a two-digit year after month and day; a twelve-hour clock with AM/PM, 11:58 PM the evening before and 00:04 AM after midnight; the level name in brackets after the logger's",
		entries: []worldEntry{
			we("2026-11-28T23:58:02Z", Info, "", "[11/28/26 11:58:02 PM] [world] [info] autosave wrote 1204 entities in 84 ms"),
			we("2026-11-29T00:04:31Z", Warn, "", "[11/29/26 00:04:31 AM] [net] [warning] peer 7 resent frame 118190 three times"),
			we("2026-11-29T07:41:16Z", Info, "", "[11/29/26 07:41:16 AM] [net] [info] listening on udp 0.0.0.0:27015"),
			we("2026-11-29T07:41:16Z", Debug, "", "[11/29/26 07:41:16 AM] [net] [debug] peer 4 handshake ok, rtt 38 ms"),
			we("2026-11-29T07:41:19Z", Error, "", "[11/29/26 07:41:19 AM] [net] [error] peer 9 dropped: checksum mismatch in frame 118204"),
			we("2026-11-29T07:41:21Z", Critical, "", "[11/29/26 07:41:21 AM] [world] [critical] tick took 912 ms (budget 50 ms); stopping the simulation"),
		},
	},
	{
		name:   "zap-production-json-rfc3339-offset",
		source: "zap's NewProductionConfig with `EncoderConfig.EncodeTime = zapcore.RFC3339TimeEncoder` on a host at +01:00 (keys level, ts, caller, msg, stacktrace; the time as `2006-01-02T15:04:05Z07:00`, whole seconds): uber-go/zap discussion #1129 (that configuration), uber-go/zap PR #786 (RFC3339TimeEncoder in the production config's benchmark), zapcore's encoder list",
		why:    "ts is an RFC 3339 string with whole seconds and a +01:00 offset; dpanic is a level; a \"host\" key holding the request's HTTP Host and the upstream and remote addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","ts":"2026-11-29T08:41:16+01:00","caller":"server/main.go:88","msg":"gateway listening","addr":":8443","version":"1.14.2"}`),
			we("2026-11-29T07:41:19Z", Warn, "", `{"level":"warn","ts":"2026-11-29T08:41:19+01:00","caller":"upstream/pool.go:203","msg":"upstream slow","upstream":"10.40.3.8:9090","latency":1.8421}`),
			we("2026-11-29T07:41:20Z", Error, "", `{"level":"error","ts":"2026-11-29T08:41:20+01:00","caller":"upstream/pool.go:221","msg":"upstream failed","upstream":"10.40.3.8:9090","error":"dial tcp 10.40.3.8:9090: connect: connection refused","stacktrace":"gateway/upstream.(*Pool).call\n\t/src/gateway/upstream/pool.go:221\nmain.main\n\t/src/gateway/main.go:97"}`),
			we("2026-11-29T07:41:25Z", Info, "", `{"level":"info","ts":"2026-11-29T08:41:25+01:00","caller":"server/access.go:40","msg":"request","method":"GET","path":"/v1/routes","status":200,"host":"api.example.net","remote":"10.40.1.4:51822","duration":0.0041}`),
			we("2026-11-29T07:41:27Z", Critical, "", `{"level":"dpanic","ts":"2026-11-29T08:41:27+01:00","caller":"route/table.go:64","msg":"duplicate route id","id":"r-2291","stacktrace":"gateway/route.(*Table).Add\n\t/src/gateway/route/table.go:64\nmain.main\n\t/src/gateway/main.go:112"}`),
		},
	},
	{
		name:   "serilog-file-level-w4-lowercase-offset",
		source: "a Serilog file sink with outputTemplate `{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} {Level:w4} [{SourceContext}] {Message:lj}{NewLine}{Exception}` (w4: the lower-case four-letter names verb dbug info warn eror fatl): serilog's LevelOutputFormat (its lower-case level map, found in the code corpus in several copies), serilog-sinks-file's outputTemplate",
		why:    "the level as four lower-case letters after a time with a ` +01:00` offset (eror is error, fatl fatal, verb verbose); an exception's lines after the message belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482Z", Info, "", "2026-11-29 08:41:16.482 +01:00 info [Acme.Shop.Startup] Now listening on: http://0.0.0.0:5080"),
			we("2026-11-29T07:41:16.911Z", Debug, "", "2026-11-29 08:41:16.911 +01:00 dbug [Acme.Shop.Cart.CartService] Cart 7c1e loaded with 3 lines in 12 ms"),
			we("2026-11-29T07:41:18.004Z", Warn, "", "2026-11-29 08:41:18.004 +01:00 warn [Acme.Shop.Payments.PspClient] PSP answered 429; retrying in 2 s"),
			we("2026-11-29T07:41:20.377Z", Error, "",
				"2026-11-29 08:41:20.377 +01:00 eror [Acme.Shop.Orders.OrderController] Order 55102 could not be placed",
				"System.InvalidOperationException: Stock for SKU 'BK-2291' went negative",
				"   at Acme.Shop.Orders.OrderService.PlaceAsync(Order order) in /src/Acme.Shop/Orders/OrderService.cs:line 77",
				"   at Acme.Shop.Orders.OrderController.Post(OrderDto dto) in /src/Acme.Shop/Orders/OrderController.cs:line 41"),
			we("2026-11-29T07:41:21.002Z", Trace, "", "2026-11-29 08:41:21.002 +01:00 verb [Acme.Shop.Cache.RedisCache] GET cart:7c1e hit"),
			we("2026-11-29T07:41:22.61Z", Critical, "", "2026-11-29 08:41:22.610 +01:00 fatl [Acme.Shop.Program] Host terminated unexpectedly"),
		},
	},
	{
		name:   "log4j2-sequence-number-first",
		source: "log4j2 PatternLayout `%sn %d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%t] %c{1.} - %msg%n%throwable` (sn / sequenceNumber, an event counter, first on the line): the log4j2 Pattern Layout manual's converter list and log4j's SequenceNumberPatternConverter javadoc; the line from memory",
		why:    "a bare counter before the date is no time and no pid; a zone-less time; the padded level; a throwable's lines belong to its line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "1042 2026-11-29 07:41:16.204 INFO  [main] c.a.l.Bootstrap - Starting ledger service 4.1.0"),
			we("2026-11-29T07:41:16.733Z", Debug, "", "1043 2026-11-29 07:41:16.733 DEBUG [main] c.a.l.c.PoolConfig - pool size 16, idle timeout 600000 ms"),
			we("2026-11-29T07:41:17.05Z", Warn, "", "1044 2026-11-29 07:41:17.050 WARN  [pool-2-thread-1] c.a.l.s.Reconciler - 14 entries unmatched after pass 1"),
			we("2026-11-29T07:41:17.918Z", Error, "",
				"1045 2026-11-29 07:41:17.918 ERROR [pool-2-thread-3] c.a.l.s.Reconciler - Batch 2291 aborted",
				"java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30004ms.",
				"\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
				"\tat com.acme.ledger.store.LedgerStore.write(LedgerStore.java:141)"),
			we("2026-11-29T07:41:18.002Z", Info, "", "1046 2026-11-29 07:41:18.002 INFO  [main] c.a.l.Main - Ledger service ready in 1.8 s"),
		},
	},
	{
		name:   "logback-rex-root-cause-first-wrapped-by",
		source: "logback with `%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n%rEx` (RootCauseFirstThrowableProxyConverter: the innermost cause first with its frames, then each wrapping exception on a `Wrapped by: ` line with its own): qos-ch/logback RootCauseFirstThrowableProxyConverter.java and the logback.qos.ch xref of it; the `Wrapped by: ` prefix (CoreConstants.WRAPPED_BY) from memory",
		why:    "logback's ISO8601 is a comma-millisecond time with no zone; after an ERROR line the root cause, then `Wrapped by:` lines, each with tab-indented frames, are all one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO  [main] c.a.inventory.InventoryApplication - Started InventoryApplication in 4.212 seconds"),
			we("2026-11-29T07:41:19.877Z", Error, "",
				"2026-11-29 07:41:19,877 ERROR [http-nio-8080-exec-4] c.a.inventory.api.StockController - Reservation 7f2c failed",
				"java.net.SocketTimeoutException: Read timed out",
				"\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)",
				"\tat com.acme.inventory.client.WarehouseClient.reserve(WarehouseClient.java:88)",
				`Wrapped by: org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://warehouse.internal:8081/reserve": Read timed out`,
				"\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:915)",
				"\tat com.acme.inventory.client.WarehouseClient.reserve(WarehouseClient.java:91)",
				"Wrapped by: com.acme.inventory.ReservationException: warehouse unreachable for reservation 7f2c",
				"\tat com.acme.inventory.service.StockService.reserve(StockService.java:64)",
				"\tat com.acme.inventory.api.StockController.reserve(StockController.java:39)"),
			we("2026-11-29T07:41:20.012Z", Warn, "", "2026-11-29 07:41:20,012 WARN  [scheduling-1] c.a.inventory.sync.Resync - 3 SKUs out of sync with the warehouse"),
			we("2026-11-29T07:41:20.53Z", Debug, "", "2026-11-29 07:41:20,530 DEBUG [scheduling-1] c.a.inventory.sync.Resync - next run at 07:46:20"),
		},
	},
	{
		name:   "python-logging-stack-info-block",
		source: "Python logging with `format='%(asctime)s %(levelname)-8s %(name)s: %(message)s'` and calls passing `stack_info=True` (Formatter.format appends the traceback, then `Stack (most recent call last):` and the frames of traceback.print_stack): python-checkins r86467 (stack_info added to logging), CPython PR #7424 (the documentation: the stack block mimics `Traceback (most recent call last):`), aws-lambda-powertools' findCaller copy writing the header",
		why:    "a `Stack (most recent call last):` header and its File/code lines after a WARNING line are part of it; after an ERROR the traceback and then the stack block; levelname padded to eight",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO     scheduler: loaded 42 jobs from /etc/scheduler/jobs.d"),
			we("2026-11-29T07:41:17.88Z", Warn, "",
				"2026-11-29 07:41:17,880 WARNING  scheduler.runner: job 'nightly-export' overran its slot by 312 s",
				"Stack (most recent call last):",
				`  File "/opt/scheduler/bin/scheduler", line 8, in <module>`,
				"    sys.exit(main())",
				`  File "/opt/scheduler/lib/scheduler/runner.py", line 214, in run_due`,
				`    log.warning("job %r overran its slot by %d s", job.name, overrun, stack_info=True)`),
			we("2026-11-29T07:41:18.002Z", Debug, "", "2026-11-29 07:41:18,002 DEBUG    scheduler.db: pool checkout 3 ms"),
			we("2026-11-29T07:41:19.45Z", Error, "",
				"2026-11-29 07:41:19,450 ERROR    scheduler.runner: job 'mail-digest' failed",
				"Traceback (most recent call last):",
				`  File "/opt/scheduler/lib/scheduler/runner.py", line 198, in run_job`,
				"    job.func()",
				"ConnectionRefusedError: [Errno 111] Connection refused",
				"Stack (most recent call last):",
				`  File "/opt/scheduler/lib/scheduler/runner.py", line 203, in run_job`,
				`    log.error("job %r failed", job.name, exc_info=True, stack_info=True)`),
			we("2026-11-29T07:41:20.001Z", Critical, "", "2026-11-29 07:41:20,001 CRITICAL scheduler: giving up after 5 failed jobs"),
		},
	},
	{
		name:   "pino-pretty-name-pid-on-hostname",
		gap:    "trawl reads the time and the level but no host from pino-pretty's `(billing/4411 on api-7)`: with a logger name and a slash before the pid, the host after ` on ` is not read",
		source: "pino with `name: 'billing'` piped through `pino-pretty --translateTime 'UTC:yyyy-mm-dd HH:MM:ss.l o'` (`[time] LEVEL (name/pid on hostname): msg`, extra properties on indented `key: value` lines, an err object with its stack indented below): pinojs/pino-pretty Readme (the `(42 on foo)` metadata, --translateTime and its default `yyyy-mm-dd HH:MM:ss.l o`); the name/pid join and the err block from memory",
		why:    "the time in brackets with a +0000 offset; the logger name and pid before ` on ` and the host; indented property and error lines belong to the line above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "api-7", "[2026-11-29 07:41:16.204 +0000] INFO (billing/4411 on api-7): server listening on 0.0.0.0:3000"),
			we("2026-11-29T07:41:17.033Z", Warn, "api-7",
				"[2026-11-29 07:41:17.033 +0000] WARN (billing/4411 on api-7): retrying webhook delivery",
				"    attempt: 3",
				`    endpoint: "https://hooks.example.org/invoice"`),
			we("2026-11-29T07:41:18.51Z", Error, "api-7",
				"[2026-11-29 07:41:18.510 +0000] ERROR (billing/4411 on api-7): charge failed",
				"    err: {",
				`      "type": "Error",`,
				`      "message": "card declined",`,
				`      "stack":`,
				"          Error: card declined",
				"              at Charge.run (/srv/billing/src/charge.js:41:11)",
				"              at process.processTicksAndRejections (node:internal/process/task_queues:105:5)",
				"    }"),
			we("2026-11-29T07:41:19.002Z", Debug, "api-7", "[2026-11-29 07:41:19.002 +0000] DEBUG (billing/4411 on api-7): cache warm: 812 plans"),
			we("2026-11-29T07:41:20.1Z", Critical, "api-7", "[2026-11-29 07:41:20.100 +0000] FATAL (billing/4411 on api-7): heap limit reached, exiting"),
		},
	},
	{
		name:   "log4net-internal-debug-trace-file",
		gap:    "trawl reads no level from log4net's internal prefixes (`log4net: ` debug, `log4net:WARN `, `log4net:ERROR `), and the untimed `log4net:ERROR` line's reported exception (the `System.…Exception:` line and its `   at` frames) is not joined to it",
		source: "log4net 2.0 with `log4net.Internal.Debug=true` and a TextWriterTraceListener file (LogLog's lines: the prefixes `log4net: ` for debug, `log4net:WARN ` and `log4net:ERROR `, no time; an error's exception written after it): Apache log4net SDK 'LogLog Prefix Property' (the three prefixes); the configurator's messages from memory",
		why:    "no time on any line; the prefix is LogLog's severity (the bare `log4net: ` its debug one); an ERROR's reported exception and its frames belong to it",
		entries: []worldEntry{
			we("", Debug, "", `log4net: log4net assembly [log4net, Version=2.0.17.0, Culture=neutral, PublicKeyToken=669e0ddf0bb1aa2a]. Loaded from [C:\Program Files\Acme\Sync\log4net.dll]. (.NET Runtime [4.0.30319.42000] on Microsoft Windows NT 10.0.20348.0)`),
			we("", Debug, "", `log4net: XmlConfigurator: configuring repository [log4net-default-repository] using file [C:\Program Files\Acme\Sync\Acme.Sync.exe.config]`),
			we("", Debug, "", "log4net: Configuring Repository [log4net-default-repository]"),
			we("", Warn, "", "log4net:WARN XmlHierarchyConfigurator: Unable to set property [maxSizeRollBackup] on object [log4net.Appender.RollingFileAppender]: property not found"),
			we("", Error, "",
				"log4net:ERROR XmlHierarchyConfigurator: Could not create Appender [RollingFile] of type [log4net.Appender.RollingFileAppender]. Reported error follows.",
				`System.UnauthorizedAccessException: Access to the path 'C:\ProgramData\Acme\Sync\logs\sync.log' is denied.`,
				"   at System.IO.__Error.WinIOError(Int32 errorCode, String maybeFullPath)",
				"   at log4net.Appender.FileAppender.OpenFile(String fileName, Boolean append)"),
			we("", Debug, "", "log4net: Created Appender [Console]"),
		},
	},
}

func TestFresh454Formats(t *testing.T) { assertTable(t, fresh454Cases) }
func TestFresh454Score(t *testing.T) {
	checkScore(t, "fresh454 formats", fresh454Cases, [worldNumFields]float64{93.2, 99.9, 89.9, 97.9})
}
