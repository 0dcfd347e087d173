package parse

import "testing"

// The two-hundred-and-twenty-sixth fresh table, written on 2026-12-05: application logs written by the
// logging libraries of Python, Ruby, Node.js, .NET and PHP under the format settings people choose.
// Each family is one library under a configured shape, not its default: Python logging with a
// bracketed `%d/%m/%Y %I:%M:%S %p` datefmt, `%(levelname)-8s` and `%(name)s:%(lineno)d`; Python
// logging with a time-of-day datefmt, `%(msecs)03d` and `%(relativeCreated)d`; the logging
// cookbook's `%(relativeCreated)6d %(threadName)s` layout with no clock time at all; structlog's
// KeyValueRenderer with an ISO TimeStamper; loguru's `{time:YYYY-MM-DD at HH:mm:ss} | {level} |
// {message}`; gunicorn's access_log_format written as json.dumps beside its error log; gunicorn's
// logfmt access format as `heroku logs` shows it; winston's printf `${timestamp} [${label}]
// ${level}: ${message}` with a stack; winston's timestamp()+simple() with the time in the trailing
// JSON; NestJS 11's ConsoleLogger with json: true (epoch-millisecond timestamp); the .NET simple
// console formatter with a dated TimestampFormat in its two-line shape, and with SingleLine and a
// bracketed time of day; Serilog's output template with an offset and a MachineName enricher;
// NLog's layout with ${machinename}; Monolog's LineFormatter under Laravel 11 with an ISO dateFormat
// and inline line breaks; Rails 8's tagged logger on STDOUT (request-id tag, no time or level).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`celery`, `gunicorn`, `structlog`, `loguru`, `sidekiq`, `puma`, `pino`, `winston`,
// `nestjs`, `bunyan`, `serilog`, `nlog`, `monolog`, `laravel`, `runserver`, `django`, `rails`,
// `relativeCreated`, `Microsoft.Hosting.Lifetime`, `info: `, `systemd formatter`, `%I:%M:%S %p`,
// ` AM `, ` PM `, `MainProcess`, `ForkPoolWorker`, `TID-`, `pid=`, `RequestId`, `[Nest]`,
// `local.INFO`, `local.ERROR`, `production.ERROR`, `event=`, `uvicorn`, `Puma starting`,
// `SourceContext`, `{Timestamp`, `| INFO     |`, `level=info`, `timestamp='`, `event='`, ` at 07:`,
// `"lvl":`, `INFO (`, `"level":"log"`, ` on web`, `| info |`, `info: Server`, `"timestamp":"2026`,
// `EventId`, `"LogLevel":"Information"`, `INF] (`, `.INFO: `, `Started GET`, `%(t)s`,
// `"response_code"`, `KeyValueRenderer`, `ConsoleRenderer`, `ConsoleLogger`, `machinename`,
// `|Info|`, `TimestampFormat`, `SingleLine`, `app[web.1]`). Every product here is in earlier tables
// by name, in other shapes: Python logging with `%I:%M:%S %p` in fresh119, fresh152 and fresh158
// (other layouts), relativeCreated only in fresh201's grep list; structlog's KeyValueRenderer and
// `timestamp='…'` only in rules_test; loguru in its default `| INFO     |` shape; gunicorn's text
// access and error logs (the json.dumps access format and the logfmt one are in none); winston's
// JSON and its `info: ` simple line without the trailing timestamp; NestJS's `[Nest] pid -` text
// (its json: true object is in none); .NET's two-line `info: Category[0]` without a timestamp
// prefix; Serilog's `[HH:mm:ss INF]`; NLog's `|`-separated layouts; Laravel's `[Y-m-d H:i:s]
// production.ERROR:` (an ISO dateFormat and the local channel are in none); Rails' `I, [… #pid]
// INFO -- : [tag]` lines (the bare tagged STDOUT lines of Rails 8 production are in none). Left out
// as measured already: Celery's worker lines, Sidekiq 7's text and JSON (`"lvl":`), Puma's boot
// lines, pino-pretty's `INFO (pid on host)`, Bunyan's CLI output, Django runserver's request log.
// The table holds 16 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time with an offset (gunicorn's `+0100`, Serilog's `+01:00`, Monolog's
// `+01:00`) is converted; a time of day alone (Python's `%H:%M:%S`, .NET's `[HH:mm:ss]`) is on
// worldNow's day; `%I:%M:%S %p` is read as 12-hour (12:03 AM is 00:03, 01:05 PM is 13:05);
// NestJS's timestamp is epoch milliseconds; winston's simple() line carries its time in the trailing
// JSON object, which is the record's own. The cookbook's relativeCreated layout and gunicorn's
// logfmt line without a router prefix carry no clock time, and relativeCreated (milliseconds since
// start) is not one. Rails 8's Started line carries `at 2026-11-29 07:41:16 +0000`, the moment it
// was written, and that is taken as its time; the Processing and Completed lines under the same tag
// carry none. Levels only where the layout puts one: levelname, structlog's level='info', loguru's
// and winston's level, Nest's "level" (log is Info, fatal is Critical), .NET's info/warn/fail/crit,
// Serilog's u3, NLog's level, Monolog's level_name; gunicorn's access lines and Rails 8's tagged
// lines have none. The host is the record's host field: Serilog's MachineName and NLog's
// ${machinename} columns; a client address, an X-Forwarded-For, a dyno name (web.1) and a URL's
// host are not hosts. A record that spans lines is one entry: a Python traceback, winston's
// errors({stack: true}) stack, .NET's two-line record and its exception lines, a Serilog exception,
// Monolog's [stacktrace] block.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit ec8f310 before any rule for it: level 95.6 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 95.4 %, time 100.0 %, host 87.7 %, records 100.0 %), in a
// worktree at ec8f310 with no change to trawl's code (only this file and table_test.go's list), 12 of
// 16 families fully right; the gaps are loguru's SUCCESS (read as Notice where the table wants Info),
// NestJS's "level":"log", and the machine-name host columns of Serilog and NLog. loguru's SUCCESS is
// taken as Info because loguru places it (25) among the info-class levels below WARNING (30).

var fresh226Cases = []worldCase{
	{
		name:   "python-logging-dmy-ampm-lineno",
		source: "Python 3.13 logging.Formatter with fmt `[%(asctime)s] %(levelname)-8s %(name)s:%(lineno)d - %(message)s` and datefmt `%d/%m/%Y %I:%M:%S %p` (docs.python.org logging: LogRecord attributes, Formatter datefmt as time.strftime; the logging HOWTO's `%m/%d/%Y %I:%M:%S %p` example); the bracketed layout from memory",
		why:    "a day-first date with a 12-hour clock and AM/PM (12:03 AM is just after midnight, 01:05 PM is afternoon); the level padded to eight columns; name:lineno; a traceback under an ERROR line",
		entries: []worldEntry{
			we("2026-11-29T00:03:09Z", Info, "", "[29/11/2026 12:03:09 AM] INFO     billing.sync:88 - nightly sync started for 3 ledgers"),
			we("2026-11-29T07:41:16Z", Warn, "", "[29/11/2026 07:41:16 AM] WARNING  billing.sync:131 - ledger eu-2 answered slowly (4.8s), retrying batch 7"),
			we("2026-11-29T07:41:18Z", Error, "", "[29/11/2026 07:41:18 AM] ERROR    billing.sync:140 - batch 7 failed after 3 attempts",
				"Traceback (most recent call last):",
				`  File "/srv/billing/billing/sync.py", line 137, in push_batch`,
				"    resp = client.post(url, json=payload, timeout=5)",
				"httpx.ReadTimeout: timed out"),
			we("2026-11-29T13:05:02Z", Debug, "", "[29/11/2026 01:05:02 PM] DEBUG    billing.cache:22 - cache warm: 311 keys in 0.41s"),
		},
	},
	{
		name:   "python-logging-clock-msecs-relative",
		source: "Python logging with fmt `%(asctime)s.%(msecs)03d (+%(relativeCreated)dms) %(levelname)-8s %(name)s:%(lineno)d %(message)s` and datefmt `%H:%M:%S` (docs.python.org logging: LogRecord attributes msecs, relativeCreated); layout from memory",
		why:    "a time of day with no date, milliseconds joined by a dot from %(msecs)03d, then a milliseconds-since-start counter in parentheses that is not a time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "07:41:16.204 (+15321ms) INFO     ingest.worker:54 claimed shard 12 of 64"),
			we("2026-11-29T07:41:16.731Z", Debug, "", "07:41:16.731 (+15848ms) DEBUG    ingest.reader:201 read 5000 rows from s3://bucket-ingest/2026/11/29/part-0012.parquet"),
			we("2026-11-29T07:41:19.05Z", Warn, "", "07:41:19.050 (+18167ms) WARNING  ingest.writer:88 slow flush: 2.3s for 5000 rows"),
			we("2026-11-29T07:42:03.118Z", Critical, "", "07:42:03.118 (+62235ms) CRITICAL ingest.worker:77 shard 12 lease lost, aborting"),
		},
	},
	{
		name:   "python-logging-cookbook-relative-thread",
		source: "Python logging cookbook 'Logging from multiple threads' format `%(relativeCreated)6d %(threadName)s %(message)s`, with %(levelname)s added: docs.python.org/3/howto/logging-cookbook.html; layout from memory",
		why:    "no clock time: the first column is milliseconds since the logging module loaded, right-aligned in six columns; the level after the thread name",
		entries: []worldEntry{
			we("", Info, "", "     2 MainThread INFO scheduler up, 4 workers"),
			we("", Debug, "", "   503 Worker-2 DEBUG picked job 4411"),
			we("", Warn, "", "  1006 Worker-3 WARNING job 4412 retried (1/3)"),
			we("", Error, "", " 12840 Worker-2 ERROR job 4411 failed: connection reset by 10.0.4.17"),
		},
	},
	{
		name:   "structlog-keyvalue-iso",
		source: "structlog 25 KeyValueRenderer(key_order=['timestamp', 'level', 'event']) after TimeStamper(fmt='iso', utc=True) and add_log_level: structlog.org processors (KeyValueRenderer renders `key=repr(value)`, key_order, TimeStamper fmt='iso')",
		why:    "every value is a Python repr in single quotes: the time is timestamp='…Z', the level level='warning'; a host-looking peer value is not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Info, "", "timestamp='2026-11-29T07:41:16.204117Z' level='info' event='order.created' logger='shop.orders' order_id=8812 total=129.9"),
			we("2026-11-29T07:41:16.388902Z", Debug, "", "timestamp='2026-11-29T07:41:16.388902Z' level='debug' event='payment.authorize' logger='shop.payments' order_id=8812 psp='acquirer-b'"),
			we("2026-11-29T07:41:17.912031Z", Warn, "", "timestamp='2026-11-29T07:41:17.912031Z' level='warning' event='stock.low' logger='shop.stock' sku='KB-0042' left=3"),
			we("2026-11-29T07:41:19.002455Z", Error, "", "timestamp='2026-11-29T07:41:19.002455Z' level='error' event='webhook.failed' logger='shop.hooks' peer='hooks.partner.example' status=502"),
		},
	},
	{
		name:   "loguru-custom-at-format",
		gap:    "loguru's SUCCESS level (25, an info-class level) is read as Notice, not Info: `2026-11-29 at 07:41:31 | SUCCESS | crawl finished: 1820 pages`",
		source: "loguru 0.7 logger.add(sink, format='{time:YYYY-MM-DD at HH:mm:ss} | {level} | {message}') (loguru README and docs 'Take the tour' example of a custom format; the tokens from loguru's time formatting table)",
		why:    "the word `at` between the date and the time; the level unpadded between pipes",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 at 07:41:16 | INFO | crawler started with 8 workers"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 at 07:41:17 | DEBUG | fetched https://shop.example.org/p/4411 in 212 ms"),
			we("2026-11-29T07:41:21Z", Warn, "", "2026-11-29 at 07:41:21 | WARNING | robots.txt disallows /cart, skipping 14 urls"),
			we("2026-11-29T07:41:30Z", Error, "", "2026-11-29 at 07:41:30 | ERROR | giving up on https://shop.example.org/p/4498 after 5 retries"),
			we("2026-11-29T07:41:31Z", Info, "", "2026-11-29 at 07:41:31 | SUCCESS | crawl finished: 1820 pages"),
		},
	},
	{
		name:   "gunicorn-json-access-format",
		source: "gunicorn 23 access_log_format = json.dumps({... 'date': '%(t)s', 'status': '%(s)s', ...}) with accesslog='-' and errorlog='-': benoitc/gunicorn issue #2457 (the config in its answer), docs.gunicorn.org settings access_log_format; the error log `[%Y-%m-%d %H:%M:%S %z] [pid] [LEVEL]` from gunicorn's glogging",
		why:    "the access time is a bracketed CLF date inside a JSON string with a +0100 offset; the access objects carry no level; the error log's lines, with the same offset, interleave",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Info, "", "[2026-11-29 08:41:15 +0100] [1] [INFO] Starting gunicorn 23.0.0"),
			we("2026-11-29T07:41:15Z", Info, "", "[2026-11-29 08:41:15 +0100] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)"),
			we("2026-11-29T07:41:16Z", Unknown, "", `{"remote_address": "10.0.4.17", "user_name": "-", "date": "[29/Nov/2026:08:41:16 +0100]", "status": "200", "method": "GET", "url_path": "/api/health", "query_string": "", "protocol": "HTTP/1.1", "response_length": "17", "referer": "-", "user_agent": "kube-probe/1.31", "request_time_seconds": "0.003112"}`),
			we("2026-11-29T07:41:18Z", Unknown, "", `{"remote_address": "10.0.4.22", "user_name": "-", "date": "[29/Nov/2026:08:41:18 +0100]", "status": "404", "method": "POST", "url_path": "/api/v2/orders", "query_string": "dry_run=1", "protocol": "HTTP/1.1", "response_length": "92", "referer": "-", "user_agent": "python-httpx/0.28.1", "request_time_seconds": "0.021870"}`),
			we("2026-11-29T07:41:49Z", Critical, "", "[2026-11-29 08:41:49 +0100] [1] [CRITICAL] WORKER TIMEOUT (pid:9)"),
		},
	},
	{
		name:   "gunicorn-logfmt-heroku",
		source: "gunicorn access_log_format `gunicorn method=%(m)s path=\"%(U)s\" status=%(s)s duration=%(M)sms request_id=%({x-request-id}i)s fwd=\"%({x-forwarded-for}i)s\" user_agent=\"%(a)s\"` as `heroku logs` prints it: heroku/python-getting-started PR #246",
		why:    "the router prefix's ISO time with +00:00 is the record's time; `app[web.1]` is a dyno, not a host; fwd= is a client; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.618296Z", Unknown, "", `2026-11-29T07:41:16.618296+00:00 app[web.1]: gunicorn method=GET path="/" status=200 duration=14ms request_id=5b1e0c2a-7d43-4f8e-9a21-3c6f0d8e4b17 fwd="203.0.113.7" user_agent="Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0"`),
			we("2026-11-29T07:41:17.102554Z", Unknown, "", `2026-11-29T07:41:17.102554+00:00 app[web.1]: gunicorn method=POST path="/signup" status=302 duration=88ms request_id=0e9d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b fwd="198.51.100.23" user_agent="curl/8.11.1"`),
			we("2026-11-29T07:41:20.447019Z", Unknown, "", `2026-11-29T07:41:20.447019+00:00 app[web.2]: gunicorn method=GET path="/static/app.css" status=304 duration=2ms request_id=9c3a1f7e-2b6d-4e8a-b5c4-7d0e1f2a3b4c fwd="203.0.113.7" user_agent="Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0"`),
		},
	},
	{
		name:   "winston-printf-label-stack",
		source: "winston 3 format.combine(label({label: 'orders-api'}), timestamp({format: 'YYYY-MM-DD HH:mm:ss'}), errors({stack: true}), printf(({level, message, label, timestamp, stack}) => `${timestamp} [${label}] ${level}: ${stack || message}`)): winston README (Formats: printf example `${timestamp} [${label}] ${level}: ${message}`), winstonjs/winston issue #1175",
		why:    "a label in brackets between the time and the lowercase level; an error's stack on the lines under it is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [orders-api] info: listening on :3000"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 07:41:17 [orders-api] debug: pool ready (min=2 max=10)"),
			we("2026-11-29T07:41:22Z", Warn, "", "2026-11-29 07:41:22 [orders-api] warn: slow query on orders (1840 ms)"),
			we("2026-11-29T07:41:25Z", Error, "", "2026-11-29 07:41:25 [orders-api] error: Error: connect ECONNREFUSED 10.0.5.9:5432",
				"    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1634:16)",
				"    at Pool.connect (/app/node_modules/pg-pool/index.js:45:11)"),
		},
	},
	{
		name:   "winston-simple-trailing-timestamp",
		source: "winston 3 format.combine(timestamp(), simple()): logform simple() writes `${level}: ${message} ${JSON.stringify(rest)}`, so the timestamp lands in the trailing object (winstonjs/winston issues #1131 and #1112 show the simple() shape; logform README)",
		why:    "the level comes first and the time only in the JSON after the message, with other meta beside it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `info: Server listening {"port":3000,"timestamp":"2026-11-29T07:41:16.204Z"}`),
			we("2026-11-29T07:41:16.731Z", Warn, "", `warn: cache miss ratio high {"ratio":0.41,"timestamp":"2026-11-29T07:41:16.731Z"}`),
			we("2026-11-29T07:41:19.05Z", Error, "", `error: upstream timeout {"service":"inventory","timestamp":"2026-11-29T07:41:19.050Z"}`),
			we("2026-11-29T07:42:03.118Z", Debug, "", `debug: heartbeat {"timestamp":"2026-11-29T07:42:03.118Z"}`),
		},
	},
	{
		name:   "nestjs-consolelogger-json",
		source: "NestJS 11 `new ConsoleLogger({ json: true })`: docs.nestjs.com/techniques/logger (JSON logging), @nestjs/common 11 console-logger.service (printAsJson writes level, pid, timestamp as Date.now(), message, context, stack)",
		why:    "the time is epoch milliseconds in a number; Nest's level names (log is Info); the error's stack is an array inside the same object",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"level":"log","pid":7,"timestamp":1795938076204,"message":"Starting Nest application...","context":"NestFactory"}`),
			we("2026-11-29T07:41:16.731Z", Info, "", `{"level":"log","pid":7,"timestamp":1795938076731,"message":"Mapped {/orders/:id, GET} route","context":"RouterExplorer"}`),
			we("2026-11-29T07:41:19.05Z", Warn, "", `{"level":"warn","pid":7,"timestamp":1795938079050,"message":"Redis reconnecting (attempt 2)","context":"CacheService"}`),
			we("2026-11-29T07:42:03.118Z", Error, "", `{"level":"error","pid":7,"timestamp":1795938123118,"message":"Order 8812 not found","context":"OrdersController","stack":["NotFoundException: Order 8812 not found\n    at OrdersController.findOne (/app/dist/orders/orders.controller.js:41:19)"]}`),
		},
	},
	{
		name:   "dotnet-simpleconsole-dated-two-line",
		source: ".NET 9 AddSimpleConsole(o => { o.TimestampFormat = \"yyyy-MM-dd HH:mm:ss.fff \"; o.UseUtcTimestamp = true; }): learn.microsoft.com 'Console log formatting' (SimpleConsoleFormatterOptions TimestampFormat, UseUtcTimestamp, the two-line layout); the dated prefix on the first line from memory",
		why:    "the timestamp prefix before `info:` on the first line, the message on an indented second line; an exception under fail: continues the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 info: Microsoft.Hosting.Lifetime[14]", "      Now listening on: http://[::]:8080"),
			we("2026-11-29T07:41:16.209Z", Info, "", "2026-11-29 07:41:16.209 info: Microsoft.Hosting.Lifetime[0]", "      Hosting environment: Production"),
			we("2026-11-29T07:41:18.502Z", Warn, "", "2026-11-29 07:41:18.502 warn: Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware[3]", "      Failed to determine the https port for redirect."),
			we("2026-11-29T07:41:22.871Z", Error, "", "2026-11-29 07:41:22.871 fail: Orders.Api.OrderHandler[1001]",
				"      Order 8812 could not be saved",
				"      Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.0.5.9:5432",
				"         at Npgsql.Internal.NpgsqlConnector.Open(NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)"),
		},
	},
	{
		name:   "dotnet-simpleconsole-singleline-clock",
		source: ".NET 8 AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = \"[HH:mm:ss] \"; }): learn.microsoft.com 'Console log formatting' (SingleLine, TimestampFormat); from memory",
		why:    "a bracketed time of day, no date; category and event id inline on one line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[07:41:16] info: Microsoft.Hosting.Lifetime[14] Now listening on: http://localhost:5080"),
			we("2026-11-29T07:41:16Z", Info, "", "[07:41:16] info: Microsoft.Hosting.Lifetime[0] Application started. Press Ctrl+C to shut down."),
			we("2026-11-29T07:41:40Z", Debug, "", "[07:41:40] dbug: Microsoft.EntityFrameworkCore.Database.Command[20101] Executed DbCommand (3ms) [Parameters=[], CommandType='Text', CommandTimeout='30']"),
			we("2026-11-29T07:41:52Z", Critical, "", "[07:41:52] crit: Microsoft.AspNetCore.Server.Kestrel[0] Unable to start Kestrel."),
		},
	},
	{
		name:   "serilog-offset-machinename",
		gap:    "the host is not read: the MachineName column after `[INF]` (web-3 in `2026-11-29 08:41:16.204 +01:00 [INF] web-3 Orders.Api.Program: Starting up`) gives \"\"",
		source: "Serilog 4 WriteTo.Console(outputTemplate: \"{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {MachineName} {SourceContext}: {Message:lj}{NewLine}{Exception}\") with Enrich.WithMachineName(): serilog/serilog-sinks-file issue #238 (the `zzz` template), serilog wiki 'Formatting Output', serilog/serilog issue #1498 (MachineName in a template)",
		why:    "a local time with a +01:00 offset; the u3 level in brackets; the enricher's machine name is the record's host; an exception on the lines below",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "web-3", "2026-11-29 08:41:16.204 +01:00 [INF] web-3 Orders.Api.Program: Starting up"),
			we("2026-11-29T07:41:17.012Z", Debug, "web-3", "2026-11-29 08:41:17.012 +01:00 [DBG] web-3 Orders.Api.Cache: warmed 412 keys"),
			we("2026-11-29T07:41:20.448Z", Warn, "web-3", "2026-11-29 08:41:20.448 +01:00 [WRN] web-3 Orders.Api.PaymentClient: retry 1 after 502 from 10.0.6.14"),
			we("2026-11-29T07:41:23.9Z", Error, "web-3", "2026-11-29 08:41:23.900 +01:00 [ERR] web-3 Orders.Api.OrderHandler: Order 8812 could not be saved",
				"System.TimeoutException: The operation has timed out.",
				"   at Orders.Api.OrderHandler.SaveAsync(Order order) in /src/Orders.Api/OrderHandler.cs:line 57"),
		},
	},
	{
		name:   "nlog-layout-machinename",
		source: "NLog 5 layout `${longdate} ${machinename} ${level:uppercase=true:padding=-5} ${logger:shortName=true} ${message} ${exception:format=tostring}`: nlog-project.org layout renderers (longdate, machinename, level, logger shortName); from memory",
		why:    "longdate's four fraction digits; the machine name after the time is the host; the level padded to five",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2041Z", Info, "APP-SRV-02", "2026-11-29 07:41:16.2041 APP-SRV-02 INFO  InvoiceService Generated invoice INV-2026-11-4471"),
			we("2026-11-29T07:41:17.5519Z", Warn, "APP-SRV-02", "2026-11-29 07:41:17.5519 APP-SRV-02 WARN  MailQueue 14 messages waiting longer than 60s"),
			we("2026-11-29T07:41:19.0083Z", Error, "APP-SRV-02", "2026-11-29 07:41:19.0083 APP-SRV-02 ERROR SmtpSender Send failed System.Net.Mail.SmtpException: Failure sending mail."),
			we("2026-11-29T07:41:20.1102Z", Trace, "APP-SRV-02", "2026-11-29 07:41:20.1102 APP-SRV-02 TRACE SmtpSender reconnect to 10.0.8.25:587"),
		},
	},
	{
		name:   "laravel11-monolog-iso-lineformatter",
		source: "Laravel 11 logging channel with a `tap` that sets Monolog 3 LineFormatter(\"[%datetime%] %channel%.%level_name%: %message% %context% %extra%\\n\", 'Y-m-d\\TH:i:s.uP', true, true): laravel.com/docs/11.x/logging (Customizing Monolog For Channels, tap), Monolog LineFormatter (format, dateFormat, allowInlineLineBreaks); from memory for the exact output",
		why:    "an ISO datetime with microseconds and a +01:00 offset in brackets; the local channel; the exception context with an inline [stacktrace] block over several lines is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Info, "", "[2026-11-29T08:41:16.204117+01:00] local.INFO: Order 8812 placed {\"user_id\":311} []"),
			we("2026-11-29T07:41:17.55012Z", Debug, "", "[2026-11-29T08:41:17.550120+01:00] local.DEBUG: Cache hit catalog:v3 [] []"),
			we("2026-11-29T07:41:19.9Z", Error, "", "[2026-11-29T08:41:19.900000+01:00] local.ERROR: SQLSTATE[HY000] [2002] Connection refused {\"exception\":\"[object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:66)",
				"[stacktrace]",
				"#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(66): PDO->__construct()",
				"#1 {main}",
				"\"} []"),
			we("2026-11-29T07:41:22.31Z", Warn, "", "[2026-11-29T08:41:22.310000+01:00] local.WARNING: Queue payments is 412 jobs behind [] []"),
		},
	},
	{
		name:   "rails8-tagged-stdout",
		source: "Rails 8 production.rb `config.logger = ActiveSupport::TaggedLogging.logger(STDOUT)` and `config.log_tags = [ :request_id ]` (ActiveSupport::Logger's SimpleFormatter writes the message only): guides.rubyonrails.org configuring (log_tags), Rails 8 generated production.rb; from memory for the output",
		why:    "no logger time and no level: only the request-id tag; the Started line's `at … +0000` is its own time, the lines under the same tag carry none; the client address is not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `[6f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11] Started GET "/orders/8812" for 10.0.7.41 at 2026-11-29 07:41:16 +0000`),
			we("", Unknown, "", `[6f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11] Processing by OrdersController#show as HTML`),
			we("", Unknown, "", `[6f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11]   Parameters: {"id" => "8812"}`),
			we("", Unknown, "", `[6f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11] Completed 200 OK in 23ms (Views: 14.2ms | ActiveRecord: 3.1ms (2 queries, 0 cached) | GC: 0.4ms)`),
		},
	},
}

func TestFresh226Formats(t *testing.T) { assertTable(t, fresh226Cases) }
func TestFresh226Score(t *testing.T) {
	checkScore(t, "fresh226 formats", fresh226Cases, [worldNumFields]float64{98.7, 99.9, 93.7, 99.9})
}
