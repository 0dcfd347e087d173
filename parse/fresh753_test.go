package parse

import "testing"

// The seven-hundred-and-fifty-third fresh table: logging libraries of less common languages as
// their default or documented formatters write them. Each family is one library's or tool's
// output: Haskell's Stack with --verbose (RIO's log function: a local time with microseconds, a
// colon, the level in brackets and a call-site `@(…)` at the end); Dart's build_runner (untimed
// `[INFO]`, `[WARNING]`, `[SEVERE]` lines, a SEVERE record with a blank line and a Dart stack
// under it); Penpot's Clojure backend (a bracketed time, a level letter, the namespace and
// key="value" hints); Perl's Log::Handler (`%T [%L] %m`, a year-less syslog-style time and the
// upper-case level names of the eight syslog levels); Lua's rxi/log.lua written to its log file
// (the level padded to six inside the bracket before os.date()'s ctime); OCaml's Lwt_log on a
// channel with the template its documentation shows (`$(date).$(milliseconds) [$(level)]
// $(message)`); Erlang's logi default layout (time, bracketed level, the node name@host, the pid
// and the module:function:line); F#'s Expecto console (a bracketed time of day and a three-letter
// level, `<Expecto>` at the end, a failed test's message and frame under it).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `elixir`, `erlang`, `PROGRESS REPORT`, `SASL`, `katip`,
// `monad-logger`, `co-log`, `ocaml`, `Logs.info`, `Logs_fmt`, `nim`, `chronicles`, `std.log`,
// `zig`, `crystal`, `julia`, `@info`, `[ Info:`, `┌ Warning`, `└ @`, `futile`, `log4perl`,
// `Mojo::Log`, `lualogging`, `dart`, `flutter`, `scribe`, `timbre`, `taoensso`, `fable`, `raku`,
// `rakudo`, `Log::Async`, `hslogger`, `log-warper`, `cardano`, `octez`, `mirage`, `Dream`,
// `nimbus`, `nwaku`, `tigerbeetle`, `invidious`, `shiny-server`, `rstudio`, `log4r`, `lgr`,
// `dancer2`, `core @`, `prosody`, `neovim`, `koreader`, `build_runner`, `Generating build script`,
// `[SEVERE]`, `metabase`, `riemann`, `penpot`, `] I app.`, `hint=`, `datomic`, `expecto`,
// `EXPECTO`, `Logary`, `Log::Minimal`, `Log::Handler`, `Log::Any`, `Log::Contextual`,
// `Log::Report`, `hypnotoad`, `lwt_log`, `Lwt`, `dolog`, `easy_logging`, `INF 2026`,
// `Crystal::Log`, `Log.setup`, `ExUnit`, `Nerves`, `RingLogger`, `LoggerJSON`, `logger_formatter`,
// `=SUPERVISOR REPORT`, `erl_crash`, `nonode@nohost`, `logi_`, `lager`, `rebar3`, `metals`,
// `airframe`, `wvlet`, `rxi`, `log.lua`, `[INFO  Sun`, `INFO  07:`, `stack --verbose`,
// `@(stack`, `@(src/`, `haskell-language-server`, `zls`, `ghostty`, `semgrep`, `nitter`,
// `serverpod`, `aqueduct`, `liquidsoap`, `mldonkey`, `glpi`, `fusioninventory`, `foswiki`,
// `unison`, `koha`, `athena`, `Cro::`, `pony`, `gleam`, `lfe`. Nearly every library of the theme
// is measured already (Elixir's Logger with and without $node, Erlang's logger and SASL reports,
// lager, katip, monad-logger, co-log, hslogger, Logs, Dream, Mirage, Nim's std/logging and
// chronicles, Zig's std.log, Crystal's Log, Julia's ConsoleLogger, R's logger, futile.logger,
// log4r and lgr, Log4perl, Mojo::Log, Log::Minimal, lualogging, Dart's logging, scribe, timbre,
// mulog, Raku's Log::Async, airframe-log, Metals), so they were left out; Stack's RIO lines,
// build_runner, Penpot, Log::Handler, rxi's log.lua, Lwt_log, logi and Expecto match nothing or
// only other products (`rxi` is its C log.c, `log.lua` is Kong's, `Lwt` an OCaml compiler error,
// `nonode@nohost` Elixir and CouchDB). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Stack, Penpot, logi and rxi's ctime write a local time without a zone,
// taken as UTC; Log::Handler's and Lwt_log's syslog-style dates have no year and are in 2026;
// Expecto writes only a time of day, on the clock's day; build_runner writes no time at all, so
// its records have none. Levels where the line marks one: RIO's [debug] [info] [warn] [error],
// build_runner's [INFO] [WARNING] [SEVERE] (SEVERE is Error, as JUL's), Penpot's letters (D I W
// E), Log::Handler's names (NOTICE and CRITICAL among them), log.lua's padded names (TRACE to
// FATAL, fatal is Critical), Lwt_log's lower-case names (notice, warning, fatal), logi's syslog
// names, Expecto's DBG INF ERR. The host is the record's host field: only logi writes one, the
// node name@host, whose host is the part after @ (as Elixir's $node in fresh232); Penpot's
// `uri=` database address, Stack's paths and every other name in a message are no host. A
// build_runner SEVERE with its blank line and Dart frames, and an Expecto failure with its message
// and frame, are one record each.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (Log::Handler's default time format and layout, Lwt_log's date rendering and
// level names). Hosts, ids, paths, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run,
// and none was changed after it; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score.
//
// Its first figure, scored at commit 9a0f1b1 before any rule for it: level 100.0 %, time 100.0 %, host 87.5 %, records 97.5 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 87.2 %, records 97.4 %), in a
// worktree at 9a0f1b1 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps: logi's node name@host after the bracketed severity gives no
// host, and build_runner's SEVERE record ends at its blank line, leaving the exception and its Dart
// frames out of it.

var fresh753Cases = []worldCase{
	{
		name:   "haskell-stack-rio-verbose",
		source: "Stack's `--verbose` output through RIO's log function (`2015-10-25 13:28:00.359226: [debug] Checking for project config at: … @(stack_…:Stack.Config src/Stack/Config.hs:554:9)`): commercialhaskell/stack issues #1226 and #1227",
		why:    "a local date and time with microseconds closed by a colon, the level in brackets, and the call site `@(package:Module file:line:col)` at the end of the line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.359226Z", Debug, "", "2026-11-29 07:41:16.359226: [debug] Checking for project config at: /home/dana/src/ledger/stack.yaml @(stack-2.15.5-Hq3VbRX:Stack.Config src/Stack/Config.hs:1024:9)"),
			we("2026-11-29T07:41:16.361804Z", Debug, "", "2026-11-29 07:41:16.361804: [debug] Run process: /home/dana/.stack/programs/x86_64-linux/ghc-9.6.6/bin/ghc-9.6.6 --numeric-version @(RIO.Process src/RIO/Process.hs:320:3)"),
			we("2026-11-29T07:41:17.004412Z", Info, "", "2026-11-29 07:41:17.004412: [info] ledger> configure (lib + exe) @(Stack.Build.Execute src/Stack/Build/Execute.hs:1512:7)"),
			we("2026-11-29T07:41:17.118950Z", Warn, "", "2026-11-29 07:41:17.118950: [warn] Ignoring package ledger-cli's lower bound on aeson (>=2.2); using aeson-2.1.2.1 @(Stack.Build.ConstructPlan src/Stack/Build/ConstructPlan.hs:701:5)"),
			we("2026-11-29T07:41:19.640003Z", Error, "", "2026-11-29 07:41:19.640003: [error] Error: [S-7282] Stack failed to execute the build plan. @(Stack.Runners src/Stack/Runners.hs:211:3)"),
		},
	},
	{
		name:   "dart-build-runner-console",
		source: "Dart's build_runner console (`[INFO] Generating build script...`, `[INFO] BuildDefinition:Reading cached asset graph completed, took 96ms`, `[SEVERE] artemis:artemis on lib/$lib$:` then a blank line, the error and Dart frames, `[WARNING] Instance of 'WebEntrypointBuilder' on …`): dart-lang/build issue #910, flutter/flutter issue #69034, comigor/artemis issue #49",
		why:    "untimed lines, each opening with a bracketed level word; SEVERE is Error; a SEVERE record carries a blank line, the exception and its Dart stack frames",
		gap:    "the untimed `[SEVERE] … on lib/….dart:` record ends at its blank line: the `Bad state:` line and the Dart frames (`dart:collection   ListMixin.firstWhere`, `package:… 118:22   …`) under it are not joined to it",
		entries: []worldEntry{
			we("", Info, "", "[INFO] Generating build script..."),
			we("", Info, "", "[INFO] Generating build script completed, took 412ms"),
			we("", Info, "", "[INFO] BuildDefinition:Reading cached asset graph completed, took 88ms"),
			we("", Warn, "", "[WARNING] json_serializable on lib/src/models/invoice.dart: field `dueDate` has no JsonConverter, falling back to toString()"),
			we("", Error, "",
				"[SEVERE] freezed on lib/src/models/account.dart:",
				"",
				"Bad state: No element",
				"dart:collection                                    ListMixin.firstWhere",
				"package:freezed/src/parse_generator.dart 118:22    ParseGenerator._readFields",
				"package:freezed/src/freezed_generator.dart 64:14   FreezedGenerator.generateForAnnotatedElement"),
		},
	},
	{
		name:   "penpot-backend-clojure-log",
		source: "Penpot's Clojure backend on stdout (`[2023-05-30 09:19:02.993] I app.migrations - hint=\"running migrations\", module=:app.migrations/migrations`, `I app.db - hint=\"initialize connection pool\", name=\"main\", uri=\"postgresql://…\"`): penpot/penpot issue #3249",
		why:    "a bracketed date and time with milliseconds, one level letter, the Clojure namespace, a dash and comma-separated key=\"value\" hints; the database uri is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.151Z", Info, "", `[2026-11-29 07:41:16.151] I app.db - hint="initialize connection pool", name="main", uri="postgresql://penpot-db-02/penpot", read-only=false, with-credentials=true, min-size=0, max-size=60`),
			we("2026-11-29T07:41:16.993Z", Info, "", `[2026-11-29 07:41:16.993] I app.migrations - hint="running migrations", module=:app.migrations/migrations`),
			we("2026-11-29T07:41:17.204Z", Debug, "", `[2026-11-29 07:41:17.204] D app.worker.runner - hint="task scheduled", task="file-gc", id="7c1e4b2a-58d3-4f0e-9a61-2b8d0c3e5f71"`),
			we("2026-11-29T07:41:19.480Z", Warn, "", `[2026-11-29 07:41:19.480] W app.email - hint="smtp not configured, emails will be printed", profile-id="3f0a9c2e-11b4-4d7a-8e52-6c9b1d0a7e34"`),
			we("2026-11-29T07:41:22.017Z", Error, "", `[2026-11-29 07:41:22.017] E app.rpc - hint="unexpected error on rpc call", name="get-team-members", cause="java.net.SocketTimeoutException: Read timed out"`),
		},
	},
	{
		name:   "perl-log-handler-default-layout",
		source: "Perl's Log::Handler outputs (`message_layout => \"%T [%L] %m …\"` in the synopsis; levels debug info notice warning error critical alert emergency): metacpan.org Log::Handler and its Ubuntu manpage; the default layout `%T [%L] %m` and %T's `%b %d %H:%M:%S` from memory",
		why:    "a year-less syslog-style time, the upper-case level name in brackets (NOTICE, WARNING, CRITICAL), then the message; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 [INFO] ledger-sync 1.8 started, reading /etc/ledger/sync.conf"),
			we("2026-11-29T07:41:16Z", Debug, "", "Nov 29 07:41:16 [DEBUG] connecting to dbi:Pg:dbname=ledger;host=pg-main-01 as sync"),
			we("2026-11-29T07:41:18Z", Notice, "", "Nov 29 07:41:18 [NOTICE] 412 postings queued for account group EU-7"),
			we("2026-11-29T07:41:21Z", Warn, "", "Nov 29 07:41:21 [WARNING] posting 88214 skipped: currency XBT not configured"),
			we("2026-11-29T07:41:25Z", Critical, "", "Nov 29 07:41:25 [CRITICAL] lost connection to pg-main-01, giving up after 5 retries"),
		},
	},
	{
		name:   "lua-rxi-log-outfile",
		source: "rxi/log.lua written to log.outfile (`string.format(\"[%-6s%s] %s: %s\\n\", nameupper, os.date(), lineinfo, msg)`: the level padded to six, os.date()'s ctime with its year, the short source and line): rxi/log.lua log.lua and README.md",
		why:    "the upper-case level padded to six and glued to a ctime date inside one bracket; then the Lua source file and line before a colon; FATAL is Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Trace, "", "[TRACE Sun Nov 29 07:41:16 2026] main.lua:14: entering love.load"),
			we("2026-11-29T07:41:16Z", Info, "", "[INFO  Sun Nov 29 07:41:16 2026] main.lua:31: window 1280x720, vsync on"),
			we("2026-11-29T07:41:17Z", Debug, "", "[DEBUG Sun Nov 29 07:41:17 2026] src/level.lua:88: loaded map forest-03 (412 tiles)"),
			we("2026-11-29T07:41:19Z", Warn, "", "[WARN  Sun Nov 29 07:41:19 2026] src/audio.lua:52: sound sfx/jump.ogg missing, using silence"),
			we("2026-11-29T07:41:23Z", Critical, "", "[FATAL Sun Nov 29 07:41:23 2026] src/save.lua:120: save file corrupt: unexpected end of input"),
		},
	},
	{
		name:   "ocaml-lwt-log-channel-template",
		source: "OCaml's Lwt_log.channel with the template of its documentation's example (`~template:\"$(date).$(milliseconds) [$(level)] $(message)\"`, levels Debug Info Notice Warning Error Fatal): ocsigen.org Lwt_log 3.3.0 and Lwt_log_core API pages; `$(date)` rendered as `Nov 29 07:41:16` and the lower-case level names from memory",
		why:    "a year-less syslog-style date with milliseconds glued after a period, the lower-case level in brackets; fatal is Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "Nov 29 07:41:16.204 [info] irc-bridge listening on 0.0.0.0:6697"),
			we("2026-11-29T07:41:16.910Z", Notice, "", "Nov 29 07:41:16.910 [notice] joined #ledger-ops as ocamlbot"),
			we("2026-11-29T07:41:18.033Z", Warn, "", "Nov 29 07:41:18.033 [warning] flood limit reached, delaying 3 messages"),
			we("2026-11-29T07:41:20.587Z", Error, "", "Nov 29 07:41:20.587 [error] TLS handshake with irc.example.net failed: Unix.Unix_error(ECONNRESET, \"read\", \"\")"),
			we("2026-11-29T07:41:21.002Z", Critical, "", "Nov 29 07:41:21.002 [fatal] no upstream left, exiting"),
		},
	},
	{
		name:   "erlang-logi-default-layout",
		source: "Erlang's logi logi_builtin_layout_default (`{yyyy}-{MM}-{dd} {HH}:{mm}:{ss}.{SSS} [{SEVERITY}] {NODE} {PID} {MODULE}:{FUNCTION}:{LINE} [{HEADER(KEY=VALUE)}*] {MESSAGE}`, example `2015-10-21 15:06:42.842 [info] nonode@nohost <0.91.0> erl_eval:do_apply:673 [] hello world`): hexdocs.pm logi 0.5.3 logi_builtin_layout_default",
		why:    "a local time with milliseconds, the severity in brackets, then the node name@host (the host is the part after @), the pid, module:function:line and the bracketed headers",
		gap:    "the Erlang node `ledger@db-03` after the bracketed severity is not read as the host (got \"\"): its part after @ is the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.842Z", Info, "db-03", "2026-11-29 07:41:16.842 [info] ledger@db-03 <0.291.0> ledger_sup:init:41 [] supervisor started with 4 children"),
			we("2026-11-29T07:41:17.120Z", Debug, "db-03", "2026-11-29 07:41:17.120 [debug] ledger@db-03 <0.305.0> ledger_sync:handle_info:118 [peer=ledger@db-04] heartbeat sent"),
			we("2026-11-29T07:41:18.775Z", Notice, "db-03", "2026-11-29 07:41:18.775 [notice] ledger@db-03 <0.305.0> ledger_sync:handle_info:131 [peer=ledger@db-04] peer back after 2 missed heartbeats"),
			we("2026-11-29T07:41:20.031Z", Warn, "db-03", "2026-11-29 07:41:20.031 [warning] ledger@db-03 <0.312.0> ledger_store:flush:77 [table=postings] flush took 1840 ms"),
			we("2026-11-29T07:41:22.509Z", Error, "db-03", "2026-11-29 07:41:22.509 [error] ledger@db-03 <0.312.0> ledger_store:write:95 [table=postings] write failed: {aborted,{no_exists,postings}}"),
		},
	},
	{
		name:   "fsharp-expecto-console",
		source: "F#'s Expecto test runner console (`[13:08:37 INF] EXPECTO! 510 tests run in 00:00:00.1449066 for logary – 10 passed, 500 ignored, 0 failed, 0 errored. Success! <Expecto>`; `[16:22:44 ERR] samples/should fail failed in 00:00:00.0002488.` then the message and an indented frame): haf/expecto issues #308 and #24, PR #29",
		why:    "a bracketed time of day without a date and a three-letter level (DBG INF ERR), `<Expecto>` closing the line; a failed test's message and source frame are lines of its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[07:41:16 INF] EXPECTO? Running tests... <Expecto>"),
			we("2026-11-29T07:41:16Z", Debug, "", "[07:41:16 DBG] ledger/posting/balances after transfer starting... <Expecto>"),
			we("2026-11-29T07:41:16Z", Error, "",
				"[07:41:16 ERR] ledger/posting/rejects negative amount failed in 00:00:00.0081234. ",
				"Amounts must be positive. Actual value was -12 but had expected it to be 12.",
				"  /home/dana/src/Ledger.Tests/PostingTests.fs(31,1): Ledger.Tests.PostingTests.tests@31-4.Invoke(Unit _arg1)"),
			we("2026-11-29T07:41:17Z", Info, "", "[07:41:17 INF] EXPECTO! 14 tests run in 00:00:00.4412093 for ledger – 13 passed, 0 ignored, 1 failed, 0 errored. Failed! <Expecto>"),
		},
	},
}

func TestFresh753Formats(t *testing.T) { assertTable(t, fresh753Cases) }
func TestFresh753Score(t *testing.T) {
	checkScore(t, "fresh753 formats", fresh753Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 97.4})
}
