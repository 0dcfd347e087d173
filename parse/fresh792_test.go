package parse

import "testing"

// The seven-hundred-and-ninety-second fresh table: Go and Rust loggers at the non-default settings
// real programs give them. Each family is one logger with one configuration: logrus's
// TextFormatter with DisableColors and a day-first TimestampFormat (logfmt with `time="29-11-2026
// 07:41:16"`); log/slog's TextHandler with AddSource and a ReplaceAttr that writes time.DateTime
// and names custom levels (TRACE, NOTICE, EMERGENCY); zap's development encoder with a year-less
// TimeEncoderOfLayout and its tab columns and stack traces; zap's production JSON with
// EpochMillisTimeEncoder (a float of milliseconds) and a hostname field; klog v2 with
// -add_dir_header (the caller's directory before the file); tracing-subscriber's pretty format
// with thread names and ids (multi-line records, `at`/`in` lines, a blank line after each);
// tracing-subscriber's compact format with a ChronoLocal timer that writes a local time and its
// offset; env_logger with a custom Builder::format that puts file:line before the time and the
// level in brackets.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `slog`, `AddSource`, `TextHandler`, `JSONHandler`, `ReplaceAttr`,
// `zap`, `zapcore`, `zerolog`, `ConsoleWriter`, `logrus`, `FullTimestamp`, `hclog`, `go-hclog`,
// `klog`, `charmbracelet`, `tracing-subscriber`, `tracing_subscriber`, `ThreadId`, `env_logger`,
// `pretty_env_logger`, `log4rs`, `slog-term`, `fern`, `flexi_logger`, `simplelog`, `pretty`,
// `compact`, `INFO\[`, `stacktrace`, `caller`, `apex`, `log15`, `go-kit`, `logr`, `glog`,
// `seelog`, `tracing-tree`, `spdlog`, `ftail`, `lager`, `tokio-console`, `slog_scope`, `bunyan`,
// `logfmt`, `tint`, `lmittmann`, `humanlog`, `log4go`, `logxi`, `onelog`, `x-cray`,
// `logrus-prefixed`, `][hh:mm:ss][` (as a regular expression), `ChronoLocal`, `uptime()`,
// `with_timer`, `Kitchen`, `02-01-2006`, `EpochMillis`, `EpochNanos`, `add_dir_header`,
// `TimeFormatUnix`, `"@level"`, `without_time`, `with_thread_names`, `LocalTime`,
// `format_timestamp`, `RFC3339Nano`, `ISO8601TimeEncoder`, `time.DateTime`, `time.StampMilli`,
// `CapitalColorLevelEncoder`, `ShortCallerEncoder`, `NoColor`, `PartsOrder`, `FormatLevel`,
// `TimestampFormat`, `DisableColors`, `{d(`, `FullFormat`, `CompactFormat`, `Dispatch`,
// `    at src/… on `, `controller/….go:N]`. Every logger of the theme is measured already at its
// defaults and at many settings (hundreds of families name logrus, zap, zerolog, klog, slog,
// tracing or env_logger), so this table measures settings whose line shape was not found: the
// day-first logrus TimestampFormat (`02-01-2006` matches nothing), slog's time.DateTime with custom
// level names, zap's year-less layout encoder, zap's EpochMillis with a hostname field (only
// EpochNanos and kubectl-prefixed epochs are measured), klog's add_dir_header (no match),
// tracing's pretty format with thread ids, tracing's ChronoLocal offset, env_logger with file:line
// first. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Year-less times (zap's layout `Jan _2 15:04:05.000`, klog's `I1129`) are
// in 2026; times with no zone (logrus's day-first time, slog's time.DateTime, env_logger's
// chrono Local format without an offset) are taken as UTC; tracing's ChronoLocal time carries
// +01:00 and is converted; zap's epoch milliseconds are the instant they count. Levels only where
// the line marks one: logrus's level= word (fatal is Critical), slog's level= value with its
// custom names (TRACE, NOTICE, EMERGENCY), zap's level column and "level" key (fatal is
// Critical), klog's severity letter (I W E F, F is Critical), tracing's level column, env_logger's
// bracketed level; a stack trace's lines are part of the record and carry no level of their own.
// The host is the record's own host field: only zap's production JSON carries one (its "hostname"
// key); every other family writes none, and the peer addresses in messages and fields are no host.
// Multi-line records: zap's development stack traces (the tab-indented frames under the line) and
// tracing's pretty records (the `at` line, the `in` span lines and the blank line after).
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory". Hosts, ids, addresses, users and messages are invented, and every time is
// in late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7bea2d1 before any rule for it: level 100.0 %, time 100.0 %,
// host 100.0 %, records 100.0 %. That is the macro figure (micro: level 100.0 %, time 100.0 %,
// host 100.0 %, records 100.0 %, over 34 records), in a worktree at 7bea2d1 with no change to
// trawl's code (only this file and table_test.go's list), 8 of 8 families fully right; there are
// no gaps: trawl already reads every one of these settings.

var fresh792Cases = []worldCase{
	{
		name:   "go-logrus-textformatter-disablecolors-dayfirst",
		source: "sirupsen/logrus TextFormatter{DisableColors: true, FullTimestamp: true, TimestampFormat: \"02-01-2006 15:04:05\"}: with colors disabled the formatter writes logfmt (`isColored := (f.ForceColors || isTerminal) && !f.DisableColors`, text_formatter.go, and the logfmt sample `time=\"Oct 27 00:44:26\" level=debug msg=…` of the x-cray/logrus-prefixed-formatter README, docs search); the day-first layout string from memory",
		why:    "logfmt with a quoted day-first time `29-11-2026 07:41:16` and no zone; the level is the level= word, fatal is Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="29-11-2026 07:41:16" level=info msg="worker pool started" pool=thumbnails size=8`),
			we("2026-11-29T07:41:19Z", Warn, "", `time="29-11-2026 07:41:19" level=warning msg="queue depth above threshold" depth=1840 queue=resize`),
			we("2026-11-29T07:41:23Z", Error, "", `time="29-11-2026 07:41:23" level=error msg="upload failed" bucket=media-eu2 error="put object: 503 Slow Down" key=u/4471/a9c2.webp`),
			we("2026-11-29T07:41:24Z", Critical, "", `time="29-11-2026 07:41:24" level=fatal msg="cannot open spool directory" error="open /var/spool/thumbs: permission denied"`),
		},
	},
	{
		name:   "go-slog-texthandler-addsource-datetime-custom-levels",
		source: "log/slog TextHandler with HandlerOptions{AddSource: true, Level: LevelTrace, ReplaceAttr: …} where ReplaceAttr formats slog.TimeKey with time.DateTime and renames the custom levels (the pattern of the log/slog example ExampleHandlerOptions_customLevels: LevelTrace -8 `TRACE`, LevelNotice 2 `NOTICE`, LevelEmergency 12 `EMERGENCY`); key order time level source msg from the TextHandler's built-in attributes; the example and the quoted DateTime value from memory",
		why:    "a quoted `2026-11-29 07:41:16` with no zone in time=, the level= value is a custom name (TRACE, NOTICE, EMERGENCY) besides INFO and WARN; source= is a path:line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Trace, "", `time="2026-11-29 07:41:16" level=TRACE source=/srv/inventory/internal/cache/lru.go:112 msg="cache probe" key=sku-4471 hit=false`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29 07:41:16" level=INFO source=/srv/inventory/cmd/inventoryd/main.go:57 msg="listening" addr=:8443 tls=true`),
			we("2026-11-29T07:41:18Z", Notice, "", `time="2026-11-29 07:41:18" level=NOTICE source=/srv/inventory/internal/sync/leader.go:204 msg="became leader" term=19 peers=3`),
			we("2026-11-29T07:41:21Z", Warn, "", `time="2026-11-29 07:41:21" level=WARN source=/srv/inventory/internal/db/pool.go:88 msg="slow query" took=2.31s table=stock_levels`),
			we("2026-11-29T07:41:22Z", Emergency, "", `time="2026-11-29 07:41:22" level=EMERGENCY source=/srv/inventory/internal/db/migrate.go:41 msg="schema checksum mismatch, refusing to start" want=9f2c got=11ab`),
		},
	},
	{
		name:   "go-zap-development-yearless-layout-stacktrace",
		source: "uber-go/zap NewDevelopmentConfig() with EncoderConfig.EncodeTime = zapcore.TimeEncoderOfLayout(\"Jan _2 15:04:05.000\"): the console encoder's tab-separated time, capital level, short caller, message and JSON fields, and the development config's stack traces from Warn up written as lines under the entry; layout and frames from memory",
		why:    "a year-less `Nov 29 07:41:16.204` first, tab columns; a WARN and an ERROR carry Go stack frames (function line, tab-indented file:line) that belong to them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "Nov 29 07:41:16.204\tINFO\tgateway/router.go:64\troute table loaded\t{\"routes\": 42, \"generation\": 7}"),
			we("2026-11-29T07:41:16.377Z", Debug, "", "Nov 29 07:41:16.377\tDEBUG\tgateway/health.go:29\tprobe ok\t{\"upstream\": \"orders-v3\", \"rtt\": \"3.1ms\"}"),
			we("2026-11-29T07:41:17.88Z", Warn, "",
				"Nov 29 07:41:17.880\tWARN\tgateway/upstream.go:131\tupstream slow\t{\"upstream\": \"billing-v2\", \"p99_ms\": 2140}",
				"main.(*upstream).probe",
				"\t/src/gateway/upstream.go:131",
				"main.(*router).tick",
				"\t/src/gateway/router.go:98",
				"main.main",
				"\t/src/gateway/main.go:58",
				"runtime.main",
				"\t/usr/local/go/src/runtime/proc.go:272"),
			we("2026-11-29T07:41:19.012Z", Error, "",
				"Nov 29 07:41:19.012\tERROR\tgateway/upstream.go:152\tupstream removed\t{\"upstream\": \"billing-v2\", \"error\": \"dial tcp 10.30.4.17:7070: i/o timeout\"}",
				"main.(*upstream).evict",
				"\t/src/gateway/upstream.go:152",
				"main.(*router).tick",
				"\t/src/gateway/router.go:101",
				"main.main",
				"\t/src/gateway/main.go:58"),
		},
	},
	{
		name:   "go-zap-production-json-epochmillis-hostname",
		source: "uber-go/zap NewProductionConfig() with EncoderConfig.EncodeTime = zapcore.EpochMillisTimeEncoder (`millis := float64(nanos) / float64(time.Millisecond); enc.AppendFloat64(millis)`, zapcore/encoder.go) and InitialFields {\"hostname\": os.Hostname()}; keys level ts caller msg and the stacktrace key on error from the production config; from memory",
		why:    "the time is a float of milliseconds since the epoch in ts; a hostname key carries the host; level is the lower-case level key, fatal is Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2045Z", Info, "ingest-3", `{"level":"info","ts":1795938076204.5,"caller":"ingest/consumer.go:77","msg":"partition assigned","hostname":"ingest-3","topic":"clicks","partition":12}`),
			we("2026-11-29T07:41:18.25Z", Warn, "ingest-3", `{"level":"warn","ts":1795938078250,"caller":"ingest/consumer.go:140","msg":"consumer lag high","hostname":"ingest-3","topic":"clicks","partition":12,"lag":48211}`),
			we("2026-11-29T07:41:21.75025Z", Error, "ingest-3", `{"level":"error","ts":1795938081750.25,"caller":"ingest/writer.go:63","msg":"batch write failed","hostname":"ingest-3","rows":5000,"error":"clickhouse: code 241 memory limit exceeded","stacktrace":"main.(*writer).flush\n\t/app/ingest/writer.go:63\nmain.(*consumer).run\n\t/app/ingest/consumer.go:152"}`),
			we("2026-11-29T07:41:22.5Z", Critical, "ingest-3", `{"level":"fatal","ts":1795938082500,"caller":"ingest/main.go:41","msg":"cannot recover writer","hostname":"ingest-3","error":"too many consecutive failures: 5"}`),
		},
	},
	{
		name:   "klog-v2-add-dir-header",
		source: "kubernetes/klog with -add_dir_header=true: the caller's directory before the file in the header (`dir := path.Base(path.Dir(file))`, kubernetes/klog PR #74), otherwise the glog header `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg` and klog v2's structured `\"msg\" key=\"value\"`; from the PR and memory",
		why:    "a severity letter glued to a year-less mmdd, then a thread id and `dir/file.go:line]`; F is Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204871Z", Info, "", `I1129 07:41:16.204871   30211 garbagecollector/garbagecollector.go:178] "Synced garbage collector"`),
			we("2026-11-29T07:41:16.993012Z", Info, "", `I1129 07:41:16.993012   30211 machineset/machineset_controller.go:212] "Reconciling" machineSet="fleet-a/workers-7d9f" replicas=5`),
			we("2026-11-29T07:41:18.120044Z", Warn, "", `W1129 07:41:18.120044   30211 machine/machine_controller.go:340] "Node not ready, requeueing" machine="fleet-a/workers-7d9f-k2x8q" after="30s"`),
			we("2026-11-29T07:41:19.455201Z", Error, "", `E1129 07:41:19.455201   30211 machine/machine_controller.go:366] "Failed to delete instance" err="cloud API: 409 Conflict" machine="fleet-a/workers-7d9f-p4l2c"`),
			we("2026-11-29T07:41:20.000314Z", Critical, "", `F1129 07:41:20.000314   30211 app/server.go:95] "Lost leader election" lease="kube-system/fleet-controller"`),
		},
	},
	{
		name:   "rust-tracing-subscriber-pretty-thread-ids",
		source: "tokio-rs/tracing tracing-subscriber fmt().pretty().with_thread_names(true).with_thread_ids(true) (as in Pencilcaseman/zpack src/util/subscriber.rs, code search; the Pretty formatter in tracing-subscriber/src/fmt/format/pretty.rs): an indented RFC 3339 time, the level, the target and the message with its fields, then `at file:line on thread ThreadId(NN)` and one `in span with fields` line per span, and a blank line; the exact `at`/`on`/`in` lines from memory",
		why:    "a multi-line record: the time line is indented by two spaces; the `at`, `in` and blank lines belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204871Z", Info, "",
				"  2026-11-29T07:41:16.204871Z  INFO ledger::sync: starting sync, peers: 3",
				"    at src/sync.rs:88 on main ThreadId(01)",
				""),
			we("2026-11-29T07:41:16.310544Z", Debug, "",
				"  2026-11-29T07:41:16.310544Z DEBUG ledger::sync::peer: handshake done, peer: 10.2.0.7:9400, version: 4",
				"    at src/sync/peer.rs:141 on tokio-runtime-worker ThreadId(03)",
				"    in ledger::sync::peer::connect with peer: 10.2.0.7:9400",
				"    in ledger::sync::run with epoch: 5521",
				""),
			we("2026-11-29T07:41:18.002113Z", Warn, "",
				"  2026-11-29T07:41:18.002113Z  WARN ledger::sync::peer: peer lagging, peer: 10.2.0.7:9400, behind: 140",
				"    at src/sync/peer.rs:203 on tokio-runtime-worker ThreadId(03)",
				"    in ledger::sync::run with epoch: 5521",
				""),
			we("2026-11-29T07:41:19.87Z", Error, "",
				"  2026-11-29T07:41:19.870000Z ERROR ledger::store: compaction aborted, error: No space left on device (os error 28)",
				"    at src/store/compact.rs:77 on compactor ThreadId(05)",
				""),
		},
	},
	{
		name:   "rust-tracing-subscriber-compact-chronolocal-offset",
		source: "tokio-rs/tracing tracing-subscriber fmt().compact().with_timer(ChronoLocal::new(\"%Y-%m-%d %H:%M:%S%.3f %:z\".to_string())) (the Compact formatter of tracing-subscriber/src/fmt/format/mod.rs, code search): the local time with its offset, the level padded to five, the target, the message and fields; the timer's output from memory",
		why:    "the time is local with a separate `+01:00` after a space; the level is a padded column after two spaces",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 08:41:16.204 +01:00  INFO relayd::listener: bound socket addr=0.0.0.0:5683 proto=\"udp\""),
			we("2026-11-29T07:41:16.52Z", Debug, "", "2026-11-29 08:41:16.520 +01:00 DEBUG relayd::session: new session session_id=0x7f3a peer=192.0.2.44:61002"),
			we("2026-11-29T07:41:19.031Z", Warn, "", "2026-11-29 08:41:19.031 +01:00  WARN relayd::session: retransmit limit reached session_id=0x7f3a attempts=4"),
			we("2026-11-29T07:41:20.777Z", Error, "", "2026-11-29 08:41:20.777 +01:00 ERROR relayd::upstream: forward failed error=Connection refused (os error 111) upstream=10.8.1.3:5684"),
		},
	},
	{
		name:   "rust-env-logger-custom-format-file-line-first",
		source: "env_logger Builder::format(|buf, record| writeln!(buf, \"{}:{} {} [{}] - {}\", record.file().unwrap_or(\"?\"), record.line().unwrap_or(0), chrono::Local::now().format(\"%Y-%m-%dT%H:%M:%S\"), record.level(), record.args())) — the Builder::format closure of the env_logger fmt module docs (docs search: `writeln!(buf, \"{}: {}\", record.level(), record.args())`) extended as programs do; this exact format string from memory",
		why:    "the source file and line come first, then a zone-less ISO time, then the level in brackets and ` - ` before the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "src/main.rs:42 2026-11-29T07:41:16 [INFO] - listening on 0.0.0.0:7000"),
			we("2026-11-29T07:41:16Z", Trace, "", "src/handler.rs:118 2026-11-29T07:41:16 [TRACE] - parsed frame len=512 kind=Data"),
			we("2026-11-29T07:41:17Z", Warn, "", "src/handler.rs:131 2026-11-29T07:41:17 [WARN] - client 203.0.113.9:51877 sent oversized frame (70144 bytes), truncating"),
			we("2026-11-29T07:41:21Z", Error, "", "src/db.rs:64 2026-11-29T07:41:21 [ERROR] - sqlite: database is locked (retrying in 250ms)"),
		},
	},
}

func TestFresh792Formats(t *testing.T) { assertTable(t, fresh792Cases) }

func TestFresh792Score(t *testing.T) {
	checkScore(t, "fresh792 formats", fresh792Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
