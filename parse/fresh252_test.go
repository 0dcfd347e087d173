package parse

import "testing"

// The two-hundred-and-fifty-second fresh table, written on 2026-12-05: Rust, Go and Node.js
// services' default loggers in their pretty, compact and development modes, in shapes no earlier
// table holds. Each family is one logger's documented or observed output with one option set:
// tracing-subscriber's Pretty formatter with `.without_time()` and thread names; env_logger with
// millisecond stamps and a message of several lines (its format_indent); log4rs with a UTC date,
// the zone word and the thread name in its pattern; slog's TextHandler with a local offset and
// custom levels (INFO+2); zerolog's ConsoleWriter with TimeFormat RFC 3339 on a +01:00 host and the
// caller before `>`; zap's development encoder on a -0500 host with a named logger and its stack
// traces; logrus's TTY layout with FullTimestamp and a +01:00 offset; hclog with a multi-line
// value (`key=` and `  | ` lines); `bunyan -o short`; the debug
// module on a colour terminal (`namespace msg +Nms`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`tracing-subscriber`, `tracing_subscriber`, `on tokio-runtime`, `    on `, `with_thread`,
// `at src/main.rs`, `env_logger`, `Z INFO  `, `Z INFO ] `, `[INFO  `, `RUST_LOG`, `log4rs`,
// `+00:00 INFO `, `+01:00 INFO `, `slog`, `TextHandler`, `source=/`, `level=INFO+`, `WARN+`,
// `DEBUG-4`, `"source":{"function"`, `2026/11/29 07:41:16 INFO `, `zerolog`, `ConsoleWriter`,
// `AM INF`, `PM INF`, `Z INF `, `+01:00 INF `, `INF main.go`, `go:42 > `, `zap`, `\tINFO\t`,
// `\tERROR\t`, `\tWARN\t`, `+0100\tINFO\t`, `+0000\tINFO`, `\tDPANIC`, `main.main()`, `\n\t/`,
// `logrus`, `INFO[0000]`, `INFO[0`, `WARN[0`, `ERRO[0`, `INFO[2026`, `INFO[2026-11-29 `,
// `INFO[2026-11-29T08`, `INFO   [`, `WARNING[`, `hclog`, `=\n  | `, `  | `, `pino`, `pino-pretty`,
// `] INFO (`, `+0100] INFO (`, `+0000] (`, `INFO [2026`, `bunyan`, `]  INFO: `, `-o short`,
// `winston`, `info:    `, `Z info: `, `"level":"info","message"`, `DEBUG=`, `debug namespace`,
// ` +0ms`, ` +12ms`, `+1ms`, `express:router`, `\[2m`).
// Every product here is in earlier tables in other shapes: tracing-subscriber's Pretty formatter
// with a time is fresh4's, its full, compact, JSON and uptime layouts are in many; env_logger's
// default line is in many, its indented continuation lines in none; log4rs's default pattern,
// a YAML pattern and its JSON encoder are in fresh2, fresh59 and fresh72, a UTC pattern with the
// zone word in none; slog's TextHandler and JSONHandler are in many, custom level offsets in a
// TextHandler line only as DEBUG-4 in others; zerolog's console with a kitchen clock and with
// RFC 3339 in UTC are in many, with an offset and the caller in none; zap's development encoder
// with +0100 is in fresh_test and others, a -0500 one with a named logger and stack traces in
// none; logrus's TTY layout with elapsed seconds and with a full UTC stamp are in earlier tables,
// with an offset in none; hclog's lines are in many, its multi-line values in none; bunyan's long
// CLI output is fresh5's, `-o short` is in none; the debug module's non-TTY lines are in earlier tables, its colour `+Nms` lines in
// none. pino-pretty was left out: its SYS:standard, levelFirst and default layouts are all in
// earlier tables (fresh5, fresh72, fresh104, fresh107, fresh161). winston's format.simple() was
// written, scored in the first run, and taken out after it: fresh72 already holds it (its family
// name clashed; the greps above had missed it); winston's cli format is fresh94's. The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). tracing's Pretty formatter without its timer and the
// debug module's colour lines carry no time (debug's +Nms is the gap since that namespace's last
// line, not a clock); bunyan's short layout carries a UTC time of day and no date, so it is on
// worldNow's day. Levels only where the line marks one: slog's INFO+2 is an Info level two steps up
// (slog names a level between INFO and WARN so), zerolog's INF/WRN/ERR, logrus's four-letter
// tags; the debug module has no level. No family
// here has a host field: a thread name, a logger or namespace name, a peer address is no host. A
// record that spans lines is one entry: the Pretty event with its `at`/`in` lines and blank line,
// env_logger's indented continuation, zap's stack trace, hclog's `key=` block with its `  | `
// lines and the keys' line after it, bunyan's indented fields and error stack.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 41e0b4d before any rule for it: level 92.0 %, time 92.0 %, host 92.0 %, records 90.0 %.
// That is the macro figure of the 10 families (micro: level 90.5 %, time 90.5 %, host 90.5 %,
// records 88.1 %), in a worktree at 41e0b4d with no change to trawl's code (only this file and
// table_test.go's list), 9 of 10 families fully right (with winston's simple() the first run
// scored 92.7 %, 92.7 %, 92.7 %, 90.9 % over 11); the gap is the record boundaries of the debug module's colour lines.
// One expectation was corrected before that first run, from a misreading of hclog's source: after
// the `  | ` lines of a multi-line value hclog writes two blanks and then the remaining key=value
// pairs on the same line, not a line of two blanks alone.

var fresh252Cases = []worldCase{
	{
		name:   "tracing-pretty-without-time",
		source: "tracing-subscriber's Pretty formatter built with `.pretty().without_time().with_thread_names(true)` (each event indented by two, the level right-aligned in five, target and message with `, field: value`, then `    at file:line on thread`, one `    in span with fields` line a span, and a blank line): tokio-rs/tracing PR #1067 (pretty.rs: the `at`, `on` thread and `in` lines); docs.rs tracing-subscriber fmt::format::Pretty; the untimed event from memory",
		why:    "no time at all: every record must come out with time 0, never a neighbour's; a record runs from its indented level line over its at/in lines to the blank line; the thread after `on` is no host",
		entries: []worldEntry{
			we("", Info, "",
				"   INFO relayd::server: listening, addr: 0.0.0.0:7400",
				"    at src/server.rs:52 on main",
				""),
			we("", Debug, "",
				"  DEBUG relayd::conn: handshake done, peer: 10.20.3.17:51844, proto: \"h2\"",
				"    at src/conn.rs:118 on tokio-runtime-worker",
				"    in relayd::conn::accept with peer: 10.20.3.17:51844",
				""),
			we("", Warn, "",
				"   WARN relayd::upstream: upstream slow, elapsed_ms: 1830, upstream: \"store-b\"",
				"    at src/upstream.rs:77 on tokio-runtime-worker",
				"    in relayd::upstream::forward with route: \"/v2/blobs\"",
				"    in relayd::conn::accept with peer: 10.20.3.17:51844",
				""),
			we("", Error, "",
				"  ERROR relayd::upstream: upstream refused, error: Connection refused (os error 111)",
				"    at src/upstream.rs:91 on tokio-runtime-worker",
				""),
		},
	},
	{
		name:   "env-logger-millis-indented",
		source: "env_logger 0.11 with `Builder::format_timestamp_millis()` (`[RFC 3339 ms Z LEVEL target] msg`, the level padded to five) and its default format_indent(Some(4)): a message of several lines goes on indented by four blanks: docs.rs env_logger fmt::Builder (format_timestamp_millis, format_indent); from memory of real lines",
		why:    "a bracketed RFC 3339 stamp with milliseconds; the lines indented by four after a record are its message, not records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.208Z", Info, "", "[2026-11-29T07:41:16.208Z INFO  quarry::config] loaded /etc/quarry/quarry.toml"),
			we("2026-11-29T07:41:16.233Z", Warn, "",
				"[2026-11-29T07:41:16.233Z WARN  quarry::config] deprecated keys in /etc/quarry/quarry.toml:",
				"    storage.cache_mb (use storage.cache.size)",
				"    http.bind (use http.listen)"),
			we("2026-11-29T07:41:17.051Z", Error, "",
				"[2026-11-29T07:41:17.051Z ERROR quarry::index] failed to open index segment 0042:",
				"    Io(Os { code: 2, kind: NotFound, message: \"No such file or directory\" })",
				"    path: /var/lib/quarry/idx/0042.seg"),
			we("2026-11-29T07:41:17.060Z", Debug, "", "[2026-11-29T07:41:17.060Z DEBUG quarry::index] rebuilding segment 0042 from wal, 1884 entries"),
		},
	},
	{
		name:   "log4rs-utc-zone-thread",
		source: "log4rs with a console appender whose pattern is `{d(%Y-%m-%d %H:%M:%S%.3f %Z)(utc)} {l} [{T}] {t} - {m}{n}` (the date in UTC with chrono's %Z, the level unpadded, the thread name in brackets, the target): docs.rs log4rs encode::pattern (the `d` formatter's timezone argument `utc`, `T` the thread name); from memory of real lines",
		why:    "a space-separated date with the zone word UTC after the time; the thread name in brackets and the target are neither host nor level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29 07:41:16.402 UTC INFO [main] tollgate::app - tollgate 0.9.3 starting, config /srv/tollgate/log4rs.yaml"),
			we("2026-11-29T07:41:16.517Z", Debug, "", "2026-11-29 07:41:16.517 UTC DEBUG [tokio-runtime-worker] tollgate::pool - opened 8 connections to 10.40.2.9:5432"),
			we("2026-11-29T07:41:19.880Z", Warn, "", "2026-11-29 07:41:19.880 UTC WARN [tokio-runtime-worker] tollgate::limits - client 203.0.113.44 over quota, 120 req/min"),
			we("2026-11-29T07:41:21.004Z", Error, "", "2026-11-29 07:41:21.004 UTC ERROR [tokio-runtime-worker] tollgate::pool - connection reset by 10.40.2.9:5432, reconnecting"),
		},
	},
	{
		name:   "slog-text-offset-custom-levels",
		source: "Go log/slog's TextHandler (`time=RFC 3339 ms with the local offset level=LEVEL msg=... key=value`) on a host at +01:00, with custom levels between the named ones, which slog prints as the nearest lower name plus an offset (`INFO+2`, `DEBUG-4`): pkg.go.dev log/slog (Level.String: \"INFO+2\"); from memory of real lines",
		why:    "the offset +01:00 is converted; INFO+2 is an Info level with an offset, not an unknown word; group keys (req.method) are fields",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", "time=2026-11-29T08:41:16.118+01:00 level=INFO msg=\"listening\" addr=:9300 pid=2231"),
			we("2026-11-29T07:41:16.950Z", Info, "", "time=2026-11-29T08:41:16.950+01:00 level=INFO+2 msg=\"request finished\" req.method=GET req.path=/v1/items status=200 dur=3.2ms"),
			we("2026-11-29T07:41:17.004Z", Debug, "", "time=2026-11-29T08:41:17.004+01:00 level=DEBUG msg=\"cache miss\" key=items:page:4"),
			we("2026-11-29T07:41:18.771Z", Warn, "", "time=2026-11-29T08:41:18.771+01:00 level=WARN msg=\"retrying\" req.method=POST req.path=/v1/orders attempt=2"),
			we("2026-11-29T07:41:19.302Z", Error, "", "time=2026-11-29T08:41:19.302+01:00 level=ERROR msg=\"upstream failed\" err=\"dial tcp 10.8.1.40:443: i/o timeout\""),
		},
	},
	{
		name:   "zerolog-console-rfc3339-offset-caller",
		source: "zerolog's ConsoleWriter{NoColor: true, TimeFormat: time.RFC3339} with `.Caller()` on a host at +01:00 (the default PartsOrder: time, level as three letters, the caller followed by ` >`, the message, sorted key=value fields): github.com/rs/zerolog README ('Pretty logging', ConsoleWriter; 'Add file and line number'); from memory of real lines",
		why:    "an RFC 3339 time with an offset and no fraction; the three-letter level; a caller path and `>` between the level and the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+01:00 INF cmd/gatewayd/main.go:61 > gateway started addr=:8443 version=2.4.1"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29T08:41:16+01:00 DBG internal/route/table.go:140 > routes loaded count=37"),
			we("2026-11-29T07:41:22Z", Warn, "", "2026-11-29T08:41:22+01:00 WRN internal/auth/jwks.go:88 > jwks refresh slow elapsed=2.41s issuer=https://id.example.net"),
			we("2026-11-29T07:41:25Z", Error, "", "2026-11-29T08:41:25+01:00 ERR internal/route/proxy.go:212 > proxy error error=\"dial tcp 10.12.0.31:8080: connect: connection refused\" route=/billing"),
		},
	},
	{
		name:   "zap-development-named-stacktrace",
		source: "zap.NewDevelopment() with a named logger on a host in America/New_York (the development console encoder: ISO 8601 ms time with the offset as -0500, the level in capitals, the logger name, the caller, the message, the fields as JSON, tab-separated; a stack trace of `function` / `\\tfile:line` lines under every WARN and above): uber-go/zap issue #739 (the development output with its main.main / runtime.main trace); zap NewDevelopmentConfig docs",
		why:    "-0500 without a colon is converted; tab columns with the logger name before the caller; the stack trace lines (a function, then a tab-indented path) belong to the record before them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.301Z", Info, "", "2026-11-29T02:41:16.301-0500\tINFO\tledger\tcmd/ledger/main.go:47\tserver started\t{\"addr\": \":7070\", \"shards\": 4}"),
			we("2026-11-29T07:41:16.355Z", Debug, "", "2026-11-29T02:41:16.355-0500\tDEBUG\tledger.store\tstore/shard.go:93\tshard opened\t{\"shard\": 2, \"path\": \"/var/lib/ledger/s2\"}"),
			we("2026-11-29T07:41:18.912Z", Warn, "",
				"2026-11-29T02:41:18.912-0500\tWARN\tledger.store\tstore/compact.go:58\tcompaction behind\t{\"shard\": 2, \"pending\": 14}",
				"github.com/acme/ledger/store.(*Shard).maybeCompact",
				"\t/src/ledger/store/compact.go:58",
				"github.com/acme/ledger/store.(*Shard).loop",
				"\t/src/ledger/store/shard.go:131"),
			we("2026-11-29T07:41:19.470Z", Error, "",
				"2026-11-29T02:41:19.470-0500\tERROR\tledger\tcmd/ledger/main.go:88\treplication failed\t{\"peer\": \"10.30.1.5:7071\", \"error\": \"context deadline exceeded\"}",
				"main.(*server).replicate",
				"\t/src/ledger/cmd/ledger/main.go:88",
				"main.main",
				"\t/src/ledger/cmd/ledger/main.go:52",
				"runtime.main",
				"\t/usr/local/go/src/runtime/proc.go:272"),
		},
	},
	{
		name:   "logrus-tty-fulltimestamp-offset",
		source: "logrus's TextFormatter on a terminal with FullTimestamp: true and the default time.RFC3339 TimestampFormat on a host at +01:00 (`LEVL[RFC 3339 with offset] message padded to 44 fields`, the level cut to four letters: DEBU INFO WARN ERRO), as pasted from a terminal without its colours: github.com/sirupsen/logrus README (Formatters: TextFormatter, FullTimestamp); from memory of real lines",
		why:    "the time inside brackets right after a four-letter level, with an offset; ERRO and DEBU are the cut forms of error and debug",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "INFO[2026-11-29T08:41:16+01:00] agent registered                              agent_id=ag-7731 pool=linux-amd64"),
			we("2026-11-29T07:41:17Z", Debug, "", "DEBU[2026-11-29T08:41:17+01:00] polling for jobs                              interval=5s"),
			we("2026-11-29T07:41:29Z", Warn, "", "WARN[2026-11-29T08:41:29+01:00] job lease about to expire                     job=build-55120 remaining=9s"),
			we("2026-11-29T07:41:31Z", Error, "", "ERRO[2026-11-29T08:41:31+01:00] job failed                                    error=\"exit status 2\" job=build-55120"),
		},
	},
	{
		name:   "hclog-multiline-value",
		source: "go-hclog's text logger when an argument's value holds newlines (`msg:` then `\\n  key=\\n`, every line of the value prefixed `  | `, then two blanks before the next key=value on that same last line), as Nomad and Vault print a plugin's stderr: hashicorp/go-hclog intlogger.go (writeIndent with \"  | \"); the rest of the line hclog's usual `RFC 3339 ms Z [LEVEL]  name: msg: k=v`",
		why:    "a record goes on over a `  key=` line, its `  | ` lines and the line of the keys after them; the lines of a panic inside the value are no records",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "2026-11-29T07:41:16.412Z [INFO]  agent: starting plugin: path=/opt/nomad/plugins/nfs-csi args=[\"/opt/nomad/plugins/nfs-csi\", \"serve\"]"),
			we("2026-11-29T07:41:17.020Z", Error, "",
				"2026-11-29T07:41:17.020Z [ERROR] agent.plugin: plugin process exited:",
				"  stderr=",
				"  | panic: runtime error: invalid memory address or nil pointer dereference",
				"  | [signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x9c3e2a]",
				"  | goroutine 1 [running]:",
				"   path=/opt/nomad/plugins/nfs-csi pid=30412"),
			we("2026-11-29T07:41:17.021Z", Warn, "", "2026-11-29T07:41:17.021Z [WARN]  agent: restarting plugin: name=nfs-csi attempt=2"),
			we("2026-11-29T07:41:18.300Z", Debug, "", "2026-11-29T07:41:18.300Z [DEBUG] agent.plugin: plugin started: path=/opt/nomad/plugins/nfs-csi pid=30455"),
		},
	},
	{
		name:   "bunyan-cli-short",
		source: "`bunyan -o short` on a bunyan log (`HH:mm:ss.SSSZ LEVEL name: msg`, the level right-aligned in five, extra fields and an error's stack on lines indented by four after it): bunyan(1) man page ('-o short', node-bunyan 2.0.5 on manpages.ubuntu.com); from memory for the stack lines",
		why:    "a UTC time of day with no date (on worldNow's day); no hostname in this layout; indented field and stack lines belong to the record before them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.104Z", Info, "", "07:41:16.104Z  INFO basket: listening (port=8080)"),
			we("2026-11-29T07:41:18.662Z", Warn, "",
				"07:41:18.662Z  WARN basket: slow upstream (upstream=pricing, ms=2210)",
				"    route: /api/basket/42"),
			we("2026-11-29T07:41:19.502Z", Error, "",
				"07:41:19.502Z ERROR basket: payment call failed",
				"    Error: connect ECONNREFUSED 10.0.6.21:443",
				"        at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)"),
			we("2026-11-29T07:41:20.011Z", Debug, "", "07:41:20.011Z DEBUG basket: retry scheduled (attempt=2, delayMs=500)"),
		},
	},
	{
		name:   "debug-tty-colour-ms",
		source: "the debug npm module with DEBUG=* on a colour terminal, captured with its escapes (`  ESC[3c;1mnamespace ESC[0mmsg ESC[3cm+NmsESC[0m`, 256-colour codes as 38;5;N; the `+Nms` is the time since that namespace's last line; a non-TTY stream gets an ISO date instead): debug-js/debug src/node.js formatArgs (useColors branch); debug-js/debug PR #408 (per-namespace millisecond timer); debug README",
		why:    "no time and no level in any line: the +Nms gap is no clock, a namespace ending in :error is no level; colour escapes around the namespace",
		gap:    "trawl reads every line after the first as a continuation of it (each starts with two blanks before the colour escape), so the five lines come out as one record: entries 1-4 start no record of their own",
		entries: []worldEntry{
			we("", Unknown, "", "  \x1b[38;5;26;1mkiosk:server \x1b[0mlistening on 0.0.0.0:4000 \x1b[38;5;26m+0ms\x1b[0m"),
			we("", Unknown, "", "  \x1b[38;5;41;1mkiosk:db \x1b[0mconnecting to 10.0.3.4:5432 \x1b[38;5;41m+0ms\x1b[0m"),
			we("", Unknown, "", "  \x1b[38;5;41;1mkiosk:db \x1b[0mpool ready (size 10) \x1b[38;5;41m+87ms\x1b[0m"),
			we("", Unknown, "", "  \x1b[38;5;166;1mkiosk:error \x1b[0mtemplate receipt.hbs missing, using default \x1b[38;5;166m+2s\x1b[0m"),
			we("", Unknown, "", "  \x1b[38;5;26;1mkiosk:server \x1b[0mGET /health 200 \x1b[38;5;26m+1m\x1b[0m"),
		},
	},
}

func TestFresh252Formats(t *testing.T) { assertTable(t, fresh252Cases) }
func TestFresh252Score(t *testing.T) {
	checkScore(t, "fresh252 formats", fresh252Cases, [worldNumFields]float64{91.9, 91.9, 91.9, 89.9})
}
