package parse

import "testing"

// The three-hundred-and-seventy-sixth fresh table, written on 2026-12-06: application loggers of
// less common languages and runtimes in their default and configured layouts, shapes no earlier
// table holds. Each family is one product's documented or observed output: a Zig program's
// GeneralPurposeAllocator leak reports on stderr (`error(gpa): memory address 0x… leaked:` with
// its frames, source excerpts and carets); Common Lisp's log4cl with its :sane console layout
// (`<LEVEL> [HH:MM:SS] package file (function) - msg`); Raku's Log::Async with its default
// formatter (an RFC 3339 time with an offset, the thread id in parentheses, a lower-case level);
// Raku's Log::Dispatch with its default lines (a zone-less time, the level right-aligned to nine
// characters in brackets, an optional source name in brackets); Tcl's toclbox log module with its
// default header (`[yyyyMMdd HHmmss] [LEVEL] [pkg] `); Tcl's slog package (`ISO time - LEVEL -
// msg`); Nim's std/logging ConsoleLogger with the `[$time] - $levelname: ` format its
// documentation shows (a bare clock); Perl's Log::Log4perl in :easy mode with easy_init's default
// `%d %m%n` layout (no level) and a Data::Dumper structure logged across lines.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`elixir`, `erlang`, `REPORT====`, `+00:00 info:`, `GenServer`, `terminating`, `katip`,
// `co-log`, `colog`, `ThreadId`, `hslogger`, `haskell`, `ocaml`, `Logs_fmt`, `ocaml-logs`,
// `ocsigen`, `eliom`, `opium`, `nim`, `chronicles`, `nimbus`, `INF 2026`, `] - INFO:`,
// `] - ERROR:`, `] - WARN:`, `crystal`, `zig`, `std.log`, `warning(`, `error(gpa)`, `leaked:`,
// `memory address`, `GeneralPurposeAllocator`, `dlang`, `std.logger`, `dart`, `package:logging`,
// `package:logger`, `PrettyPrinter`, `💡`, `julia`, `┌ `, `└ @`, `[ Info:`, `LoggingExtras`,
// `futile`, `log4perl`, `easy_init`, `$VAR1`, `Loaded settings`, `Log::Dispatch`, `Mojo::Log`,
// `lualogging`, `lapis`, `luvit`, `fennel`, `prosody`, `c2s`, `lsp.log`, `vim/lsp`, `[START][`,
// `timbre`, `swift-log`, `StreamLogHandler`, `[ INFO ]`, `vapor`, `log4cl`, `cl-user`,
// `<INFO> [`, `<WARN> [`, `<ERROR> [`, `<DEBUG> [`, `raku`, `Log::Async`, `(1) info:`,
// `(4) debug:`, `[     INFO]`, `tcllib`, `tcl`, `toclbox`, `[global]`, `[notice] '`,
// `] [INFO] [`, `[20261129 `, `slog::`, `shages`, ` - INFO  - `, `PharoDebug`, `pharo`,
// `Smalltalk`, `THERE_BE_DRAGONS`, `gleam`, `lfe`). Elixir's Logger (fresh47, fresh104 and
// others), Erlang's logger_formatter single-line template and its reports, katip (fresh11 text,
// fresh47 JSON), hslogger (fresh104), OCaml's Logs_fmt (fresh29, fresh47), Crystal's Log (fresh7),
// Nim's FileLogger verboseFmtStr (fresh47) and chronicles (fresh106), Zig's std.log default logFn
// (fresh47), D's std.logger (fresh47), Dart's package:logging (fresh7), Julia's ConsoleLogger
// (fresh7), R's loggers (fresh7, fresh104), Log4perl's PatternLayout and SimpleLayout (fresh7,
// fresh104), LuaLogging (fresh104), Neovim's Lua lsp.log (fresh98), Prosody (fresh10), timbre
// (fresh7) and swift-log (fresh8, fresh104) are measured already and left out. The GPA leak report,
// log4cl, Raku, toclbox, slog, Nim's ConsoleLogger with a bare clock and Log4perl's easy_init
// layout are in none (fresh129's `leaked:` is another product; fresh132's and fresh17's ` - INFO  - `
// lines are log4j's with a comma time and a thread). Left out as unconfirmed: Pharo's
// PharoDebug.log (no search confirmed its layout) and co-log's rich message. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A Zig leak report has no time; log4cl's and Nim's bare `HH:MM:SS` is on the
// clock's day; Log::Async's time is converted from +01:00; Log::Dispatch's, toclbox's compact
// `yyyyMMdd HHmmss`, slog's ISO time and Log4perl's `yyyy/MM/dd HH:mm:ss` carry no zone and are
// taken as UTC. Levels only where the line marks one: Zig's `error(gpa):` and `info(scope):`,
// log4cl's `<LEVEL>`, Log::Async's lower-case word (fatal is Critical), Log::Dispatch's bracketed
// padded word (NOTICE is Notice, CRITICAL Critical), toclbox's bracketed tag, slog's padded word
// between dashes, Nim's level name after ` - `; Log4perl's easy_init layout writes none, and a
// `rejected` or `failed` inside a message is no level. None of these writes a host: a Lisp package,
// a Raku thread id or source name, a Tcl package and a URL's host in a message are not hosts. A
// record that spans lines is one entry: a leak report with its frames (each a path line, the
// source line and its caret) and the blank line after it, a Data::Dumper dump under its Log4perl
// line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit c6de9a4 before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 93.8 %.
// That is the macro figure (micro: level 100.0 %, time 88.9 %, host 100.0 %, records 94.4 %), in a
// worktree at c6de9a4 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are the Zig leak report's later frames and log4cl's bare clock
// after its `<LEVEL>`.

var fresh376Cases = []worldCase{
	{
		name:   "zig-gpa-leak-report",
		gap:    "trawl cuts a leak report after its first frame: the second frame's `path:line:col: 0xaddr in fn (exe)` line, with its source line and caret, is not joined to the `error(gpa): memory address … leaked:` record",
		source: "a Zig program with std.heap.GeneralPurposeAllocator (DebugAllocator) reporting leaks at deinit through std.log's default logFn (`error(gpa): memory address 0x… leaked: `, then per frame `path:line:col: 0xaddr in fn (exe)`, the source line and a caret under the column, a blank line after each report), with the program's own `info(scope):`/`warning(scope):` lines before: lightpanda-io/zig-js-runtime issue #181, Snektron/vulkan-zig issue #162, foxnne/aftersun issue #7",
		why:    "no time anywhere; the level word with a scope in parentheses; a leak report's frame, source and caret lines belong to it, and the next `error(gpa):` starts a new record",
		entries: []worldEntry{
			we("", Info, "", "info(sync): fetched 412 objects from the index at /srv/mirror/index.json"),
			we("", Warn, "", "warning(sync): 3 objects skipped after a checksum mismatch"),
			we("", Error, "",
				"error(gpa): memory address 0x7f3c2a1c0020 leaked: ",
				"/home/ines/src/mirror/src/index.zig:88:41: 0x10417b2 in loadEntry (mirror)",
				"        const entry = try alloc.create(Entry);",
				"                                        ^",
				"/home/ines/src/mirror/src/index.zig:41:33: 0x1042a10 in load (mirror)",
				"            try self.loadEntry(line);",
				"                                ^",
				"/home/ines/src/mirror/src/main.zig:22:19: 0x1043c55 in main (mirror)",
				"    try index.load(path);",
				"                  ^",
				""),
			we("", Error, "",
				"error(gpa): memory address 0x7f3c2a1c4000 leaked: ",
				"/usr/lib/zig/std/array_list.zig:457:67: 0x1039e04 in ensureTotalCapacityPrecise (mirror)",
				"                const new_memory = try self.allocator.alignedAlloc(T, alignment, new_capacity);",
				"                                                                  ^",
				"/home/ines/src/mirror/src/index.zig:52:36: 0x1042c31 in load (mirror)",
				"            try self.names.ensureTotalCapacity(count);",
				"                                   ^",
				""),
		},
	},
	{
		name:   "log4cl-sane-console",
		gap:    "trawl reads the `<LEVEL>` but no time: the bare clock `[07:41:16]` after it is not read as a time on the clock's day",
		source: "Common Lisp's log4cl with `(log:config :sane)` on the console (`<LEVEL> [HH:MM:SS] package file (function) - msg`, levels FATAL ERROR WARN INFO DEBUG TRACE): lem-project/lem PR #1158 (a `<INFO> [21:16:15] lem-core lem.lisp (lem) - Starting Lem` line)",
		why:    "the level in angle brackets first, then a bare clock with no date (the clock's day); the Lisp package, file and function in parentheses are no host and no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "<INFO> [07:41:16] shelf-core main.lisp (start-server) - Listening on 127.0.0.1:4242"),
			we("2026-11-29T07:41:19Z", Warn, "", "<WARN> [07:41:19] shelf-core db.lisp (open-pool) - pool exhausted, waiting 250 ms for a connection"),
			we("2026-11-29T07:41:22Z", Error, "", "<ERROR> [07:41:22] shelf-core handlers.lisp (handle-upload) - upload 7731 rejected: body exceeds 8 MiB"),
			we("2026-11-29T07:41:23Z", Debug, "", `<DEBUG> [07:41:23] shelf-core cache.lisp (cache-get) - miss for key "cover/7731"`),
		},
	},
	{
		name:   "raku-log-async-default",
		source: "Raku's Log::Async with `logger.send-to($*ERR)` and its default formatter (`{ $m<when> } ({$m<THREAD>.id}) { $m<level>.lc }: { $m<msg> }`: DateTime.now with microseconds and the local offset, the thread id, levels trace debug info warning error fatal): bduggan/raku-log-async lib/Log/Async.rakumod",
		why:    "an RFC 3339 time with a +01:00 offset, a thread id in parentheses, then a lower-case level word and a colon; fatal is Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", "2026-11-29T08:41:16.204118+01:00 (1) info: listening on 0.0.0.0:3000"),
			we("2026-11-29T07:41:16.530912Z", Debug, "", "2026-11-29T08:41:16.530912+01:00 (4) debug: cache warm-up loaded 2204 keys"),
			we("2026-11-29T07:41:17.112407Z", Warn, "", "2026-11-29T08:41:17.112407+01:00 (5) warning: slow query on orders took 1.82s"),
			we("2026-11-29T07:41:18.000331Z", Error, "", "2026-11-29T08:41:18.000331+01:00 (4) error: payment gateway answered 502 for order 88213"),
			we("2026-11-29T07:41:18.004106Z", Critical, "", "2026-11-29T08:41:18.004106+01:00 (1) fatal: cannot reopen /var/lib/shop/queue.db, giving up"),
		},
	},
	{
		name:   "raku-log-dispatch-default",
		source: "Raku's Log::Dispatch with its default message lines (`<date-time> [<padded level>] [<source name if present>] <message line>`: fmt-timestamp `YYYY-MM-DD HH:MM:SS`, the level left-padded to nine characters, levels TRACE DEBUG INFO NOTICE WARNING ERROR CRITICAL ALERT EMERGENCY): vrurg/raku-Log-Dispatch docs/md/Log/Dispatch/Msg.md",
		why:    "a zone-less time, then the level right-aligned in brackets (`[     INFO]`), then an optional source name in brackets; NOTICE and CRITICAL are levels of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [     INFO] [Ledger::Server] accepting connections on port 7420"),
			we("2026-11-29T07:41:17Z", Notice, "", "2026-11-29 07:41:17 [   NOTICE] [Ledger::Sync] replica ledger-b caught up at batch 90412"),
			we("2026-11-29T07:41:18Z", Debug, "", "2026-11-29 07:41:18 [    DEBUG] flushing 14 pending journal records"),
			we("2026-11-29T07:41:20Z", Warn, "", "2026-11-29 07:41:20 [  WARNING] [Ledger::Sync] replica ledger-c is 41 batches behind"),
			we("2026-11-29T07:41:21Z", Critical, "", "2026-11-29 07:41:21 [ CRITICAL] [Ledger::Store] journal file checksum mismatch at offset 0x1f400"),
		},
	},
	{
		name:   "toclbox-tcl-log",
		source: "Tcl's toclbox log module (namespace ::toclbox::log, its default `-header \"[%Y%m%d %H%M%S] [%lvl%] [%pkg%] \"` and `-tags {1 CRITICAL 2 ERROR 3 WARN 4 NOTICE 5 INFO 6 DEBUG 7 TRACE}`), found by code search; the lines from memory of that header",
		why:    "a compact `yyyyMMdd HHmmss` date in brackets with no zone, then the level tag and the calling package in brackets; the package is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[20261129 074116] [INFO] [mqtt] Connected to broker at mqtt.example.net:1883"),
			we("2026-11-29T07:41:17Z", Notice, "", "[20261129 074117] [NOTICE] [mqtt] Subscribed to sensors/+/temperature"),
			we("2026-11-29T07:41:19Z", Warn, "", "[20261129 074119] [WARN] [relay] Message from sensors/attic/temperature dropped, payload not a number"),
			we("2026-11-29T07:41:22Z", Error, "", "[20261129 074122] [ERROR] [relay] Could not forward to http://10.40.2.17:8086/write: connection refused"),
			we("2026-11-29T07:41:22Z", Debug, "", "[20261129 074122] [DEBUG] [relay] Retry 1 scheduled in 5000 ms"),
		},
	},
	{
		name:   "tcl-slog-console",
		source: "the Tcl slog package (`slog::info msg` and the like print `yyyy-MM-ddTHH:mm:ss - LEVEL - msg`, the level padded to five characters, levels DEBUG INFO WARN ERROR): shages/slog README.md",
		why:    "an ISO time with no zone and no fraction, then the padded level word between ` - ` separators",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16 - INFO  - Reading netlist top_core.v"),
			we("2026-11-29T07:41:18Z", Debug, "", "2026-11-29T07:41:18 - DEBUG - 18422 cells, 412 nets in module top_core"),
			we("2026-11-29T07:41:21Z", Warn, "", "2026-11-29T07:41:21 - WARN  - Net clk_div2 has no driver, tying low"),
			we("2026-11-29T07:41:25Z", Error, "", "2026-11-29T07:41:25 - ERROR - Timing constraint file constraints.sdc not found"),
		},
	},
	{
		name:   "nim-consolelogger-time-fmtstr",
		source: "Nim's std/logging ConsoleLogger created with `newConsoleLogger(fmtStr = \"[$time] - $levelname: \")` as the module documentation's example shows (`$time` is HH:mm:ss, level names DEBUG INFO NOTICE WARN ERROR FATAL): nim-lang.org docs std/logging; from memory",
		why:    "a bare clock in brackets with no date (the clock's day), then ` - ` and the level name with a colon; FATAL is Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[07:41:16] - INFO: feedsync 0.9.2 starting with 6 feeds"),
			we("2026-11-29T07:41:17Z", Notice, "", "[07:41:17] - NOTICE: feed https://news.example.org/rss.xml moved, following redirect"),
			we("2026-11-29T07:41:19Z", Warn, "", "[07:41:19] - WARN: feed blog-archive returned 0 items"),
			we("2026-11-29T07:41:20Z", Error, "", "[07:41:20] - ERROR: could not parse feed podcasts: unexpected end of XML at line 412"),
			we("2026-11-29T07:41:20Z", Critical, "", "[07:41:20] - FATAL: database feeds.sqlite is locked, exiting"),
		},
	},
	{
		name:   "log4perl-easy-init-dumper",
		source: "Perl's Log::Log4perl in :easy mode with `Log::Log4perl->easy_init($INFO)` (the default layout `%d %m%n`, %d as `yyyy/MM/dd HH:mm:ss`, no level written), a Data::Dumper structure logged with INFO across lines: Log::Log4perl documentation (Easy Mode); from memory",
		why:    "a slashed zone-less time and no level at all; a dumped hash's lines under the log line belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 Starting nightly import for tenant acme"),
			we("2026-11-29T07:41:17Z", Unknown, "",
				"2026/11/29 07:41:17 Loaded settings: $VAR1 = {",
				"          'batch' => 500,",
				"          'retries' => 3,",
				"          'source' => 'sftp://ingest.example.net/drop/acme'",
				"        };"),
			we("2026-11-29T07:41:29Z", Unknown, "", "2026/11/29 07:41:29 Imported 4120 rows, 3 rejected (see rejects-20261129.csv)"),
			we("2026-11-29T07:41:29Z", Unknown, "", "2026/11/29 07:41:29 Finished in 13.2s"),
		},
	},
}

func TestFresh376Formats(t *testing.T) { assertTable(t, fresh376Cases) }
func TestFresh376Score(t *testing.T) {
	checkScore(t, "fresh376 formats", fresh376Cases, [worldNumFields]float64{99.9, 87.4, 99.9, 93.7})
}
