package parse

import "testing"

// The three-hundred-and-fifty-eighth fresh table, written on 2026-12-09: application loggers'
// default and common layouts across languages, a further pass after fresh72, fresh226, fresh252,
// fresh339 and the others of that theme, in shapes no earlier table holds. Each family is one
// logger's or framework's documented or source-read output: gookit/slog's default TextFormatter
// (`[2006/01/02T15:04:05.000] [channel] [LEVEL] [file.go:N,Func] msg data extra`, the empty data
// and extra leaving two trailing blanks); go-zero's logx in its default JSON encoding (alphabetical
// keys, `@timestamp` with a +08:00 offset, the periodic `"level":"stat"` lines, goctl's untimed
// `Starting server at` line between them); Rust's tracing-bunyan-formatter behind tracing-actix-web
// (bunyan's v/name/msg/level/hostname/pid/time core, `[HTTP REQUEST - START]`, `- EVENT]` and
// `- END]` with elapsed_milliseconds); tracing-tree's HierarchicalLayer with indent lines, thread
// ids and names and targets (`1:main └┐span`, `├─ LEVEL target msg`, a span field printed with
// {:#?} over `│` lines); egg-logger's context logger in an Egg.js app's `<app>-web.log`
// (`[userId/ip/traceId/Nms METHOD url]`, an error written as `nodejs.XError:` with its stack, its
// own properties, `pid:` and `hostname:` lines and a blank line); Moleculer 0.14's console logger
// with the "full" formatter (`[ISO] LEVEL nodeID/MODULE: msg`, an Error printed by util.inspect
// with its stack and properties); a discord.py 2 bot's log file with the library's documented
// `[{asctime}] [{levelname:<8}] {name}: {message}` (chained tracebacks with blank lines inside,
// the gateway's heartbeat warning with a `Loop thread traceback`); Hutch's HutchFormatter
// (`ISO8601Z pid LEVEL -- msg`, the Logger error handler's `backtrace:` record over bare frame
// lines); Nette Tracy's exception.log (`[Y-m-d H-i-s]` with dashes in the time, ` @  url  @@
// exception--…html`, a reused BlueScreen file named for an older minute); log4net's XmlLayout (one
// `<log4net:event>` a line, a local +01:00 timestamp with seven fractional digits, the machine in
// the log4net:HostName property, an exception's lines inside <log4net:exception>).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive: `zap`, `zerolog`, `slog`, `logrus`, `tracing`, `env_logger`, `log4rs`,
// `pino`, `winston`, `bunyan`, `structlog`, `loguru`, `serilog`, `nlog`, `log4net`, `monolog`,
// `elixir`, `gookit`, `[application] [`, `2026/11/29T`, `go-zero`, `zeromicro`, `logx`,
// `"content":`, `"level":"stat"`, `shedding_stat`, `p2c - conn`, `usage.go:61`, `loghandler.go`,
// `[HTTP] 200`, `tracing-bunyan`, `tracing_bunyan`, `bunyan-formatter`, `[HTTP REQUEST`, `[SPAN`,
// `elapsed_milliseconds`, `tracing_actix_web`, `"v":0`, `tracing-tree`, `tracing_tree`,
// `RUSTC_LOG`, `┐`, `├─ `, `1:main`, `egg`, `egg-logger`, `nodejs.`, `-web.log`,
// `common-error.log`, `[-/127.0.0.1/`, `moleculer`, `ServiceBroker`, `/BROKER:`, `/REGISTRY:`,
// `discord`, `discord.client`, `discord.gateway`, `discord.app_commands`, `static token`,
// `] [INFO    ] `, `] [WARNING ] `, `[INFO    ]`, `hutch`, `shoryuken`, `sneakers`, `karafka`,
// `Z <pid> INFO -- ` as a pattern, `TID-`, `Processor failed`, `tracy`, `nette`, `@@  `, `H-i-s`,
// `exception--`, `BlueScreen`, `log4net:event`, `log4net:message`, `log4net:data`,
// `log4net:HostName`, `XmlLayout`, `log4j:event`, `tinylog`, `YamlLayout`, `loggerFqcn:`,
// `level_value`, `lumberjack`, `yell`, `semantic_logger`, `Task #PID<`, `QUERY OK`, `oban`,
// `job:stop`, `$time $metadata`, `roarr`, `Logfile created on`, `swoole`, `KLogger`, `Joomla`).
// gookit/slog, go-zero, tracing-bunyan-formatter, tracing-tree, egg-logger, Moleculer, discord.py,
// Hutch and Tracy are in no earlier table. log4net is in fresh42, fresh94, fresh95, fresh232,
// fresh353 and rules_test as PatternLayout text (fresh232 with the HostName property in a column);
// its XmlLayout events are in none (NLog's and log4j's log4j:event XML is fresh72's). Left out as
// held already: Shoryuken's Pretty formatter (`ISO8601Z pid TID-x context LEVEL:` is Sidekiq 5's
// shape in fresh127 and fresh246), roarr (rules_test), Ruby Logger's `# Logfile created on` header
// (rules_test), Swoole's log (fresh120), KLogger (fresh28, fresh157), Joomla's log (fresh34),
// tinylog (fresh12, fresh325, fresh347), Log4j2's JsonLayout instant and logback 1.3's `--`
// (fresh_test, fresh177 and others), Elixir's console lines, Ecto's QUERY OK blocks, Oban's JSON and
// `Task #PID<` reports (fresh47, fresh104, fresh165, fresh285). Log4j2's YamlLayout was considered
// and left out as too rare for this theme. The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). gookit/slog's `2026/11/29T07:41:16.204`, egg-logger's `,204`, discord.py's
// and Tracy's stamps carry no zone and are taken as UTC (Tracy's `07-41-16` is a time of day with
// dashes); go-zero's +08:00 and log4net's +01:00 are converted; bunyan's time, Moleculer's and
// Hutch's are UTC with Z. Tracy's `exception--2026-11-29--07-41--hash.html` names the BlueScreen
// file, written when the exception was first seen: it is not the record's time. goctl's `Starting
// server at` line and every tracing-tree line carry no time. Levels only where the line marks one:
// gookit's `[WARNING]` and `[NOTICE]`, go-zero's level key (`stat` is a statistics line that logx
// writes only at the info level, so Info), bunyan's numbers (30 info, 40 warn, 50 error),
// tracing-tree's level word after `├─`, egg's, Moleculer's, discord.py's and Hutch's level words,
// log4net's level attribute; tracing-tree's span lines, goctl's line and Tracy's lines have none
// (Tracy's level is the file's name, exception.log, not in the line). The host is the record's host
// field: bunyan's hostname, egg-logger's `hostname:` line in an error record, log4net's
// log4net:HostName; Moleculer's nodeID names a broker node (hostname-pid by default), not a host;
// http.host and http.client_ip in bunyan's span, the client address in egg's context bracket and
// go-zero's access line, the RabbitMQ server Hutch connects to and the URL in Tracy's line are no
// hosts. A record that spans lines is one entry: egg's error block with its blank line, Moleculer's
// inspected Error, discord.py's tracebacks (a chained one with its blank lines, the heartbeat
// warning's loop traceback), Hutch's backtrace record, a tracing-tree span line with its `│`
// lines, log4net's event with the exception's lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 03cd259 before any rule for it: level 95.0 %, time 90.0 %, host 88.0 %, records 96.0 %.
// That is the macro figure (micro: level 95.1 %, time 93.4 %, host 91.8 %, records 95.1 %), in a
// worktree at 03cd259 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 10 families fully right (gookit/slog, tracing-bunyan-formatter, Moleculer, discord.py and Hutch);
// the gaps are go-zero's `"level":"stat"`, tracing-tree's `│` lines under a span, egg-logger's error
// block after its stack (and so its `hostname:` line), Tracy's `H-i-s` time and log4net's
// log4net:HostName property.

var fresh358Cases = []worldCase{
	{
		name:   "gookit-slog-default-text-template",
		source: "gookit/slog's default TextFormatter (formatter_text.go DefaultTemplate `[{{datetime}}] [{{channel}}] [{{level}}] [{{caller}}] {{message}} {{data}} {{extra}}`, define.go DefaultTimeFormat `2006/01/02T15:04:05.000`, DefaultChannelName `application`, formatCaller's `file.go:N,Func`; data printed with fmt.Sprint, empty data and extra left as blanks): gookit/slog README and sources; a user's README quoting `[2025/12/30T01:37:54.634] [application] [INFO] [worker.go:17,Run] …`",
		why:    "a slashed date joined to the time by a T, no zone; the channel, the level word (WARNING, NOTICE) and the caller in brackets; `map[…]` data after the message; trailing blanks",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026/11/29T07:41:16.204] [application] [INFO] [main.go:41,main] invsync 2.3.0 starting, config=/etc/invsync/config.yaml  "),
			we("2026-11-29T07:41:16.219Z", Debug, "", "[2026/11/29T07:41:16.219] [application] [DEBUG] [store.go:88,Open] opened state db at /var/lib/invsync/state.db  "),
			we("2026-11-29T07:41:19.873Z", Warn, "", "[2026/11/29T07:41:19.873] [application] [WARNING] [sync.go:132,runOnce] upstream returned a partial page map[page:7 sku_count:412] "),
			we("2026-11-29T07:41:20.004Z", Notice, "", "[2026/11/29T07:41:20.004] [application] [NOTICE] [sync.go:171,runOnce] price list switched to 2026-W49  "),
			we("2026-11-29T07:41:21.530Z", Error, "", "[2026/11/29T07:41:21.530] [application] [ERROR] [push.go:59,pushBatch] push to warehouse API failed: Post \"https://wms.example.net/api/v2/stock\": dial tcp 10.0.9.14:443: i/o timeout map[attempt:3 batch:88] "),
		},
	},
	{
		name:   "go-zero-logx-json-stat-lines",
		source: "go-zero's core/logx in its default JSON encoding (writer.go output/writeJson: the entry map marshalled with sorted keys, vars.go `@timestamp`, caller, content, level, trace, span; the time format `2006-01-02T15:04:05.000Z07:00`; levels info, error, stat, slow, severe; logs.go Stat written only at InfoLevel; stat/usage.go's `CPU: …, MEMORY: …` and load/sheddingstat.go's `shedding_stat` every minute, rest/handler/loghandler.go's `[HTTP] status - METHOD path - addr - agent` with a duration; goctl's main template printing `Starting server at host:port...` with fmt): zeromicro/go-zero sources; go-zero issue #4814; users' pasted `\"level\":\"stat\"` lines",
		why:    "JSON with the time under `@timestamp` at +08:00, the keys in alphabetical order (caller and content before level); `stat` is a level word of logx's own; the untimed fmt line between the JSON lines; the duration is no time and the client address no host",
		entries: []worldEntry{
			we("", Unknown, "", "Starting server at 0.0.0.0:8888..."),
			we("2026-11-29T07:41:16.204Z", Info, "", `{"@timestamp":"2026-11-29T15:41:16.204+08:00","caller":"stat/usage.go:61","content":"CPU: 0m, MEMORY: Alloc=3.1Mi, TotalAlloc=5.4Mi, Sys=14.8Mi, NumGC=3","level":"stat"}`),
			we("2026-11-29T07:41:16.211Z", Info, "", `{"@timestamp":"2026-11-29T15:41:16.211+08:00","caller":"load/sheddingstat.go:61","content":"(order-api) shedding_stat [1m], cpu: 0, total: 14, pass: 14, drop: 0","level":"stat"}`),
			we("2026-11-29T07:41:37.812Z", Info, "", `{"@timestamp":"2026-11-29T15:41:37.812+08:00","caller":"handler/loghandler.go:147","content":"[HTTP] 200 - POST /api/order/create - 10.8.0.21:51634 - okhttp/4.12.0","duration":"18.4ms","level":"info","span":"5c1e0f7a2b9d4e31","trace":"a3f09c2d7e4b1a8c6d5f2e0b9c7a4d13"}`),
			we("2026-11-29T07:41:38.020Z", Error, "", `{"@timestamp":"2026-11-29T15:41:38.020+08:00","caller":"logic/createorderlogic.go:58","content":"insert order failed: Error 1062 (23000): Duplicate entry 'ORD-20261129-0042' for key 'orders.uk_order_no'","level":"error","span":"7d2a9e4c1f0b8a63","trace":"e1b47c20a9d35f68b2c0e7a4d9f16b35"}`),
			we("2026-11-29T07:42:16.205Z", Info, "", `{"@timestamp":"2026-11-29T15:42:16.205+08:00","caller":"stat/metrics.go:210","content":"(order-api) - qps: 0.4/s, drops: 0, avg time: 12.0ms, med: 11.6ms, 90th: 18.4ms, 99th: 18.4ms, 99.9th: 18.4ms","level":"stat"}`),
		},
	},
	{
		name:   "tracing-bunyan-formatter-actix-json",
		source: "Rust's tracing-bunyan-formatter (formatting_layer.rs: the core fields v, name, msg, level as bunyan's 10-50, hostname from gethostname, pid, time as RFC 3339 from now_utc, then target, line, file and the fields; span records `[SPAN NAME - START]` and `- END]`, events in a span prefixed `[SPAN NAME - EVENT]`; storage_layer.rs adding elapsed_milliseconds on close) behind tracing-actix-web's root span: LukeMathWalker/tracing-bunyan-formatter sources and issue #40; users' pasted `[HTTP REQUEST - START]` records",
		why:    "bunyan JSON written by a Rust service: numeric levels, the time with nanoseconds and Z; `hostname` is the pod's name; http.host (the Host header) and http.client_ip are no hosts; elapsed_milliseconds is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118240512Z", Info, "ledger-api-6c9f8b7d54-q2lmx", `{"v":0,"name":"ledger-api","msg":"listening on 0.0.0.0:8000","level":30,"hostname":"ledger-api-6c9f8b7d54-q2lmx","pid":1,"time":"2026-11-29T07:41:16.118240512Z","target":"ledger_api::startup","line":57,"file":"src/startup.rs","workers":4}`),
			we("2026-11-29T07:41:20.553910207Z", Info, "ledger-api-6c9f8b7d54-q2lmx", `{"v":0,"name":"ledger-api","msg":"[HTTP REQUEST - START]","level":30,"hostname":"ledger-api-6c9f8b7d54-q2lmx","pid":1,"time":"2026-11-29T07:41:20.553910207Z","target":"tracing_actix_web::root_span_builder","line":41,"file":"/usr/local/cargo/registry/src/index.crates.io-1949cf8c6b5b557f/tracing-actix-web-0.7.15/src/root_span_builder.rs","http.method":"POST","http.route":"/v1/transfers","http.flavor":"1.1","http.scheme":"http","http.host":"ledger.internal.example:8000","http.client_ip":"10.42.3.17","http.user_agent":"reqwest/0.12.9","http.target":"/v1/transfers","otel.name":"HTTP POST /v1/transfers","otel.kind":"server","request_id":"5b0f6c2e-8d1a-4e7b-9f3c-2a6d1e0b7c45"}`),
			we("2026-11-29T07:41:20.561377009Z", Warn, "ledger-api-6c9f8b7d54-q2lmx", `{"v":0,"name":"ledger-api","msg":"[HTTP REQUEST - EVENT] insufficient funds for debit","level":40,"hostname":"ledger-api-6c9f8b7d54-q2lmx","pid":1,"time":"2026-11-29T07:41:20.561377009Z","target":"ledger_api::routes::transfers","line":88,"file":"src/routes/transfers.rs","account_id":"acc_7Hq2","requested_cents":125000,"available_cents":98012,"http.method":"POST","http.route":"/v1/transfers","http.host":"ledger.internal.example:8000","http.client_ip":"10.42.3.17","request_id":"5b0f6c2e-8d1a-4e7b-9f3c-2a6d1e0b7c45"}`),
			we("2026-11-29T07:41:20.568402114Z", Info, "ledger-api-6c9f8b7d54-q2lmx", `{"v":0,"name":"ledger-api","msg":"[HTTP REQUEST - END]","level":30,"hostname":"ledger-api-6c9f8b7d54-q2lmx","pid":1,"time":"2026-11-29T07:41:20.568402114Z","target":"tracing_actix_web::root_span_builder","line":41,"file":"/usr/local/cargo/registry/src/index.crates.io-1949cf8c6b5b557f/tracing-actix-web-0.7.15/src/root_span_builder.rs","http.method":"POST","http.route":"/v1/transfers","http.host":"ledger.internal.example:8000","http.client_ip":"10.42.3.17","request_id":"5b0f6c2e-8d1a-4e7b-9f3c-2a6d1e0b7c45","http.status_code":422,"otel.status_code":"OK","elapsed_milliseconds":14}`),
			we("2026-11-29T07:41:31.002775431Z", Error, "ledger-api-6c9f8b7d54-q2lmx", `{"v":0,"name":"ledger-api","msg":"outbox relay lost its database connection","level":50,"hostname":"ledger-api-6c9f8b7d54-q2lmx","pid":1,"time":"2026-11-29T07:41:31.002775431Z","target":"ledger_api::outbox","line":112,"file":"src/outbox.rs","error":"error communicating with database: Connection reset by peer (os error 104)","retry_in_ms":2000}`),
		},
	},
	{
		name:   "tracing-tree-hierarchical-thread-prefix",
		gap:    "trawl cuts a span line whose field was printed with {:#?}: the `1:main  │     retries: 3,`, `│     chunk: 250,` and `│ }` lines under `└┐invsync::apply cfg=ApplyCfg {` (and under its `┌┘` line) are not joined to it",
		source: "Rust's tracing-tree HierarchicalLayer with `.with_indent_lines(true).with_indent_amount(2).with_thread_names(true).with_thread_ids(true).with_targets(true)` and no timer (lib.rs: on_event writes the level word, the target, the message and `, key=value` fields; format.rs: the thread id and name prefix, `└┐` on entering a span, `┌┘` on leaving it, `├─` before an event, a span field's extra lines under `│`): davidbarsky/tracing-tree examples/basic.rs and basic.stdout",
		why:    "no time anywhere; a `1:main` thread prefix then the tree glyphs; only events carry a level word; a span field printed over several lines belongs to its span line; host=\"…\" in a span is a field, no host",
		entries: []worldEntry{
			we("", Unknown, "", `1:main └┐invsync::worker shard="eu-1", batch=500`),
			we("", Info, "", "1:main  ├─ INFO invsync worker ready"),
			we("", Unknown, "", `1:main   └┐invsync::fetch source="billing-db", host="pg-replica-2", page=7`),
			we("", Debug, "", "1:main    ├─ DEBUG invsync rows received, count=412"),
			we("", Unknown, "", `1:main   ┌┘invsync::fetch source="billing-db", host="pg-replica-2", page=7`),
			we("", Unknown, "",
				"1:main   └┐invsync::apply cfg=ApplyCfg {",
				"1:main  │     retries: 3,",
				"1:main  │     chunk: 250,",
				"1:main  │ }"),
			we("", Error, "", `1:main    ├─ ERROR invsync write rejected, sku="SKU-88123", status=409`),
			we("", Unknown, "",
				"1:main   ┌┘invsync::apply cfg=ApplyCfg {",
				"1:main  │     retries: 3,",
				"1:main  │     chunk: 250,",
				"1:main  │ }"),
			we("", Warn, "", "1:main  ├─ WARN invsync page skipped, page=8"),
			we("", Unknown, "", `1:main ┌┘invsync::worker shard="eu-1", batch=500`),
		},
	},
	{
		name:   "egg-logger-context-web-log",
		gap:    "trawl ends egg-logger's error record after its stack line: the error's property lines (`errno:`, `code:`, …, `name:`), `pid:` and `hostname:` are not joined to it, so `hostname: shop-web-03` is not read as the record's host",
		source: "Egg.js's `logs/<app>/<app>-web.log` written by egg-logger's context logger (context_logger.js contextFormatter: `date LEVEL pid [userId/ip/traceId/Nms METHOD url] msg`, utils.js's date `yyyy-MM-dd HH:mm:ss,SSS`; formatError writing `nodejs.<name>: message`, the stack after its first line, the error's own properties as `key: JSON`, then `pid:` and `hostname:` lines, and the end of line making a blank line): eggjs/egg-logger lib/utils.js and lib/egg/context_logger.js; eggjs/egg issues #1402 (an error block with pid and hostname) and #4945; a tutorial's `ERROR 2580 [-/127.0.0.1/-/0ms GET /] nodejs.ECONNREFUSEDError` line",
		why:    "a comma before the milliseconds and no zone; a bracket of user, client address, trace id and elapsed ms; an error record of many lines whose `hostname:` line is the host; the client address and the database address are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO 31544 [-/10.0.4.21/-/2ms GET /api/cart] cart loaded, items=3"),
			we("2026-11-29T07:41:17.412Z", Warn, "", "2026-11-29 07:41:17,412 WARN 31546 [u_8812/10.0.4.21/-/38ms POST /api/orders] coupon SPRING26 expired, ignoring"),
			we("2026-11-29T07:41:17.530Z", Info, "", "2026-11-29 07:41:17,530 INFO 31546 [u_8812/10.0.4.21/-/156ms POST /api/orders] order created, id=ORD-20261129-0042"),
			we("2026-11-29T07:41:18.004Z", Error, "shop-web-03",
				"2026-11-29 07:41:18,004 ERROR 31546 [-/10.0.4.33/-/12ms GET /api/stock/sku-88123] nodejs.ECONNREFUSEDError: connect ECONNREFUSED 10.0.9.14:3306",
				"    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1637:16)",
				"errno: -111",
				`code: "ECONNREFUSED"`,
				`syscall: "connect"`,
				`address: "10.0.9.14"`,
				"port: 3306",
				"fatal: true",
				`name: "ECONNREFUSEDError"`,
				"pid: 31546",
				"hostname: shop-web-03",
				""),
			we("2026-11-29T07:41:19.120Z", Info, "", "2026-11-29 07:41:19,120 INFO 31544 [-/10.0.4.40/-/1ms GET /healthz] ok"),
		},
	},
	{
		name:   "moleculer-console-full-formatter",
		source: "Moleculer 0.14's Console logger with the default `full` formatter (src/loggers/formatted.js: `[new Date().toISOString()]`, the level padded to five, `nodeID/MODULE:`, the arguments joined, objects and errors through util.inspect with breakLength Infinity): moleculerjs/moleculer sources; users' pasted start-up lines (`[…Z] INFO  host-pid/BROKER: Moleculer v0.14.x is starting...`); the inspected error's layout from memory",
		why:    "ISO time with Z in brackets; `INFO ` and `WARN ` padded to five; the node ID (hostname-pid by default) names a broker node, no host; an Error argument prints its stack and a `{ … }` block of properties over many lines",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29T07:41:16.204Z] INFO  orders-7f9c4d-1/BROKER: Moleculer v0.14.35 is starting..."),
			we("2026-11-29T07:41:16.207Z", Info, "", "[2026-11-29T07:41:16.207Z] INFO  orders-7f9c4d-1/BROKER: Node ID: orders-7f9c4d-1"),
			we("2026-11-29T07:41:16.481Z", Info, "", "[2026-11-29T07:41:16.481Z] INFO  orders-7f9c4d-1/TRANSPORTER: NATS client v2 is connected."),
			we("2026-11-29T07:41:16.612Z", Info, "", "[2026-11-29T07:41:16.612Z] INFO  orders-7f9c4d-1/BROKER: ✔ ServiceBroker with 3 service(s) started successfully in 402ms."),
			we("2026-11-29T07:41:19.044Z", Warn, "", "[2026-11-29T07:41:19.044Z] WARN  orders-7f9c4d-1/REGISTRY: Node 'billing-5d2a' disconnected unexpectedly."),
			we("2026-11-29T07:41:19.310Z", Error, "",
				"[2026-11-29T07:41:19.310Z] ERROR orders-7f9c4d-1/ORDERS: Charge failed ServiceNotAvailableError: Service 'billing.charge' is not available on 'billing-5d2a' node.",
				"    at ServiceBroker.findNextActionEndpoint (/app/node_modules/moleculer/src/service-broker.js:1195:12)",
				"    at ServiceBroker.call (/app/node_modules/moleculer/src/service-broker.js:1226:21)",
				"    at Service.handler (/app/services/orders.service.js:88:31) {",
				"  code: 404,",
				"  type: 'SERVICE_NOT_AVAILABLE',",
				"  data: { action: 'billing.charge', nodeID: 'billing-5d2a' },",
				"  retryable: true",
				"}"),
			we("2026-11-29T07:41:21.876Z", Debug, "", "[2026-11-29T07:41:21.876Z] DEBUG orders-7f9c4d-1/ORDERS: Order 20261129-0042 queued for retry in 5000ms"),
		},
	},
	{
		name:   "discord-py-bot-log-file",
		source: "a discord.py 2.4 bot writing discord.log with the formatter the library documents and setup_logging uses without colours (`logging.Formatter('[{asctime}] [{levelname:<8}] {name}: {message}', '%Y-%m-%d %H:%M:%S', style='{')`; the client's `logging in using static token`, the gateway's `Shard ID None has connected to Gateway (Session ID: …).`, the command tree's `Ignoring exception in command …` with the traceback, the keep-alive thread's `heartbeat blocked for more than N seconds.` with `Loop thread traceback (most recent call last):`): users' bots quoting the formatter (found with find_string); mishl-dev/Discord-AI-Chatbot issue #119, mategol/PySilon issue #727 (`[INFO    ] discord.client: logging in using static token`); the heartbeat message from memory",
		why:    "a bracketed date and time with no zone, the level padded to eight inside brackets, then the logger's dotted name; a traceback is one record, and a chained one keeps its blank lines and its `The above exception…` line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "[2026-11-29 07:41:16] [WARNING ] discord.client: PyNaCl is not installed, voice will NOT be supported"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] [INFO    ] discord.client: logging in using static token"),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29 07:41:17] [INFO    ] discord.gateway: Shard ID None has connected to Gateway (Session ID: 9c41f0e2b7a35d18e6f4c2a1b0d9e873)."),
			we("2026-11-29T07:41:52Z", Error, "",
				"[2026-11-29 07:41:52] [ERROR   ] discord.app_commands.tree: Ignoring exception in command 'standings'",
				"Traceback (most recent call last):",
				`  File "/usr/local/lib/python3.12/site-packages/discord/app_commands/commands.py", line 858, in _do_call`,
				"    return await self._callback(interaction, **params)  # type: ignore",
				"           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
				`  File "/bot/cogs/league.py", line 41, in standings`,
				"    rows = self.table[season]",
				"           ~~~~~~~~~~^^^^^^^^",
				"KeyError: 'season_2026'",
				"",
				"The above exception was the direct cause of the following exception:",
				"",
				"Traceback (most recent call last):",
				`  File "/usr/local/lib/python3.12/site-packages/discord/app_commands/tree.py", line 1310, in _call`,
				"    await command._invoke_with_namespace(interaction, namespace)",
				`  File "/usr/local/lib/python3.12/site-packages/discord/app_commands/commands.py", line 883, in _invoke_with_namespace`,
				"    return await self._do_call(interaction, transformed_values)",
				"           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
				`  File "/usr/local/lib/python3.12/site-packages/discord/app_commands/commands.py", line 876, in _do_call`,
				"    raise CommandInvokeError(self, e) from e",
				"discord.app_commands.errors.CommandInvokeError: Command 'standings' raised an exception: KeyError: 'season_2026'"),
			we("2026-11-29T07:43:10Z", Warn, "",
				"[2026-11-29 07:43:10] [WARNING ] discord.gateway: Shard ID None heartbeat blocked for more than 10 seconds.",
				"Loop thread traceback (most recent call last):",
				`  File "/bot/main.py", line 88, in <module>`,
				"    bot.run(TOKEN, log_handler=None)",
				`  File "/bot/cogs/league.py", line 67, in refresh_table`,
				"    self.table = build_table(requests.get(FEED_URL, timeout=30).json())"),
			we("2026-11-29T07:43:15Z", Info, "", "[2026-11-29 07:43:15] [INFO    ] discord.gateway: Shard ID None has successfully RESUMED session 9c41f0e2b7a35d18e6f4c2a1b0d9e873."),
		},
	},
	{
		name:   "hutch-consumer-formatter-backtrace",
		source: "Hutch, the Ruby RabbitMQ consumer daemon (lib/hutch/logging.rb HutchFormatter: `#{time.utc.iso8601} #{Process.pid} #{severity} -- #{message}`; broker.rb's connecting, channel, exchange, HTTP API and tracing lines; worker.rb's `message(id): routing key: …, consumer: …, payload: …`; error_handlers/logger.rb writing `message(id): error in consumer '…'`, `message(id): Class - message` and `(['backtrace:'] + ex.backtrace).join(\"\\n\")` as one call): ruby-amqp/hutch sources",
		why:    "ISO 8601 to the second with Z, the pid, the severity word and ` -- `; a backtrace written by one call is one record of bare frame lines; the RabbitMQ server named in a message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16Z 1 INFO -- connecting to rabbitmq (amqp://orders@rabbitmq.internal:5672/orders)"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16Z 1 INFO -- connected to RabbitMQ at rabbitmq.internal as orders"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16Z 1 INFO -- opening rabbitmq channel with pool size 1, abort on exception false"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29T07:41:17Z 1 INFO -- setting up queues"),
			we("2026-11-29T07:41:22Z", Info, "", `2026-11-29T07:41:22Z 1 INFO -- message(6f1d2c9a-3b8e-4f70-a2c5-9e0b1d7f4a36): routing key: order.created, consumer: OrderCreatedConsumer, payload: {"order_id":88123,"total_cents":12950}`),
			we("2026-11-29T07:41:22Z", Error, "", "2026-11-29T07:41:22Z 1 ERROR -- message(6f1d2c9a-3b8e-4f70-a2c5-9e0b1d7f4a36): error in consumer 'OrderCreatedConsumer'"),
			we("2026-11-29T07:41:22Z", Error, "", "2026-11-29T07:41:22Z 1 ERROR -- message(6f1d2c9a-3b8e-4f70-a2c5-9e0b1d7f4a36): ActiveRecord::RecordNotFound - Couldn't find Order with 'id'=88123"),
			we("2026-11-29T07:41:22Z", Error, "",
				"2026-11-29T07:41:22Z 1 ERROR -- backtrace:",
				"/usr/local/bundle/gems/activerecord-8.0.1/lib/active_record/core.rb:253:in 'ActiveRecord::Core::ClassMethods#find'",
				"/app/app/consumers/order_created_consumer.rb:14:in 'OrderCreatedConsumer#process'",
				"/usr/local/bundle/gems/hutch-1.3.1/lib/hutch/worker.rb:77:in 'Hutch::Worker#handle_message'"),
			we("2026-11-29T07:45:03Z", Info, "", "2026-11-29T07:45:03Z 1 INFO -- caught sigterm, stopping hutch..."),
		},
	},
	{
		name:   "nette-tracy-exception-log",
		gap:    "trawl reads no time from Tracy's `[2026-11-29 07-41-16]`: a bracketed date with the time of day written with dashes (H-i-s) is not taken as a time",
		source: "Nette Tracy's log/exception.log (Logger::formatLogLine: `date('[Y-m-d H-i-s]')`, the message with its line breaks folded (`Class: message #code in file:line`, a chain joined with `caused by`), ` @  ` and the request URL or `CLI (PID: n): argv`, ` @@  ` and the BlueScreen file `exception--Y-m-d--H-i--hash.html`, reused when the same exception's hash is seen again): nette/tracy src/Tracy/Logger/Logger.php; users' exception.log lines in issue threads and a parser's test (`[2025-01-16 10-30-52] ParseError: …  @  https://…  @@  exception--…html`)",
		why:    "a bracketed date whose time has dashes (`07-41-16`) and no zone; no level in the line (it is the file's name); the BlueScreen file's name carries an earlier date and minute that is not the record's time; the URL's host is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07-41-16] PDOException: SQLSTATE[HY000] [2002] Connection refused #2002 in /var/www/shop/vendor/nette/database/src/Database/Drivers/PgSqlDriver.php:41  @  https://shop.example.cz/kosik/  @@  exception--2026-11-29--07-41--5c2e8f1a90.html"),
			we("2026-11-29T07:43:02Z", Unknown, "", "[2026-11-29 07-43-02] Nette\\Database\\ConnectionException: SQLSTATE[HY000] [2002] Connection refused #2002 in /var/www/shop/vendor/nette/database/src/Database/Connection.php:77 caused by PDOException: SQLSTATE[HY000] [2002] Connection refused #2002 in /var/www/shop/vendor/nette/database/src/Database/Drivers/PgSqlDriver.php:41  @  https://shop.example.cz/  @@  exception--2026-11-29--07-43--0d7b3c6e21.html"),
			we("2026-11-29T07:45:00Z", Unknown, "", "[2026-11-29 07-45-00] App\\Model\\FeedException: Heureka feed returned HTTP 503 in /var/www/shop/app/Model/FeedGenerator.php:58  @  CLI (PID: 48211): /var/www/shop/bin/console feed:generate --shop=cz  @@  exception--2026-11-29--07-45--a41f9e02bd.html"),
			we("2026-11-29T08:02:37Z", Unknown, "", "[2026-11-29 08-02-37] PDOException: SQLSTATE[HY000] [2002] Connection refused #2002 in /var/www/shop/vendor/nette/database/src/Database/Drivers/PgSqlDriver.php:41  @  https://shop.example.cz/kosik/  @@  exception--2026-11-29--07-41--5c2e8f1a90.html"),
		},
	},
	{
		name:   "log4net-xmllayout-event-lines",
		gap:    "trawl reads the timestamp and level attributes of `<log4net:event>` but no host: the `<log4net:data name=\"log4net:HostName\" value=\"…\" />` property is not read as the record's host",
		source: "log4net 2/3's XmlLayout in a FileAppender (one `<log4net:event logger timestamp level thread domain username>` element a line, the timestamp by XmlConvert in local time with seven fractional digits and the offset, `<log4net:message>`, `<log4net:properties>` with log4net:HostName, log4net:UserName and log4net:Identity, an exception's text in `<log4net:exception>` with its line breaks and `>` escaped): a log4net Log4View formatter's README sample, a Log4NetEventUtils comment and a LogViewer test quoting events (found with find_string), andras.nemes's log.xml excerpt",
		why:    "XML, not text: the time in the timestamp attribute at +01:00, the level in the level attribute, the host in the log4net:HostName data element; an event with an exception spans lines up to `</log4net:event>`; the payment gateway in the exception is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2041187Z", Info, "orders-api-7b9d6c-xk2p4", `<log4net:event logger="Orders.Api.Program" timestamp="2026-11-29T08:41:16.2041187+01:00" level="INFO" thread="1" domain="Orders.Api" username="app"><log4net:message>Orders API 4.2.0 listening on http://[::]:8080</log4net:message><log4net:properties><log4net:data name="log4net:HostName" value="orders-api-7b9d6c-xk2p4" /><log4net:data name="log4net:UserName" value="app" /><log4net:data name="log4net:Identity" value="" /></log4net:properties></log4net:event>`),
			we("2026-11-29T07:41:58.7730412Z", Warn, "orders-api-7b9d6c-xk2p4", `<log4net:event logger="Orders.Api.Services.StockClient" timestamp="2026-11-29T08:41:58.7730412+01:00" level="WARN" thread=".NET TP Worker #3" domain="Orders.Api" username="app"><log4net:message>Stock lookup for SKU-88123 took 2140 ms, serving cached value</log4net:message><log4net:properties><log4net:data name="log4net:HostName" value="orders-api-7b9d6c-xk2p4" /><log4net:data name="log4net:UserName" value="app" /><log4net:data name="log4net:Identity" value="" /></log4net:properties></log4net:event>`),
			we("2026-11-29T07:42:03.551892Z", Error, "orders-api-7b9d6c-xk2p4",
				`<log4net:event logger="Orders.Api.Services.PaymentClient" timestamp="2026-11-29T08:42:03.5518920+01:00" level="ERROR" thread=".NET TP Worker #7" domain="Orders.Api" username="app"><log4net:message>Charge for order 20261129-0042 failed</log4net:message><log4net:properties><log4net:data name="log4net:HostName" value="orders-api-7b9d6c-xk2p4" /><log4net:data name="log4net:UserName" value="app" /><log4net:data name="log4net:Identity" value="" /></log4net:properties><log4net:exception>System.Net.Http.HttpRequestException: Connection refused (pay-gw.corp.local:443)`,
				" ---&gt; System.Net.Sockets.SocketException (111): Connection refused",
				"   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
				"   --- End of inner exception stack trace ---",
				"   at Orders.Api.Services.PaymentClient.ChargeAsync(Order order) in /src/Orders.Api/Services/PaymentClient.cs:line 57</log4net:exception></log4net:event>"),
			we("2026-11-29T07:42:04.0097761Z", Critical, "orders-api-7b9d6c-xk2p4", `<log4net:event logger="Orders.Api.Jobs.OutboxRelay" timestamp="2026-11-29T08:42:04.0097761+01:00" level="FATAL" thread="outbox" domain="Orders.Api" username="app"><log4net:message>Outbox relay stopped after 5 consecutive failures</log4net:message><log4net:properties><log4net:data name="log4net:HostName" value="orders-api-7b9d6c-xk2p4" /><log4net:data name="log4net:UserName" value="app" /><log4net:data name="log4net:Identity" value="" /></log4net:properties></log4net:event>`),
		},
	},
}

func TestFresh358Formats(t *testing.T) { assertTable(t, fresh358Cases) }
func TestFresh358Score(t *testing.T) {
	checkScore(t, "fresh358 formats", fresh358Cases, [worldNumFields]float64{99.9, 89.9, 87.9, 95.9})
}
