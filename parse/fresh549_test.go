package parse

import "testing"

// The five-hundred-and-forty-ninth fresh table: application loggers' layouts, another further pass,
// shapes no earlier table holds. Each family is one logging library's default or commonly
// configured output as an application writes it to a file: ThinkPHP 6's File driver (`[ISO time
// with offset][level] msg`) and the same driver with `json` on; QsLog as its upstream writes a line
// (the level right-aligned to five, then an ISO time with milliseconds and no zone) and as
// jellyfin-media-player's copy writes it (a time, then the level padded to five inside `[ … ]`);
// LogTape's default text formatter (`yyyy-MM-dd HH:mm:ss.SSS +00:00 [INF] category·sub: msg`);
// ftail's console and file formatter (a day-first dashed date, the level word, the log target);
// the Ruby lumberjack gem's Writer template (`[:time :severity :progname(:pid)] :message :tags`,
// continuation lines prefixed `> `); DNN Platform's (DotNetNuke's) log4net file
// (`%date [%property{log4net:HostName}][Thread:%thread][%level] %logger - %message`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`minlog`, `logzero`, `coloredlogs`, `log15`, `op/go-logging`,
// `go-logging`, `▶`, `beego`, `flexi_logger`, `simplelog`, `fern`, `log4rs`, `slog-term`,
// `pretty_env_logger`, `spdlog-rs`, `ZLogger`, `NReco`, `Logary`, `log4js`, `signale`, `consola`,
// `npmlog`, `roarr`, `semantic_logger`, `yell`, `log4r`, `KLogger`, `Laminas`, `Zend_Log`,
// `CodeIgniter`, `Yii`, `CakePHP`, `Kohana`, `easylogging`, `loguru`, `zlog`, `rxi`, `g3log`,
// `quill`, `nanolog`, `reckless`, `Boost.Log`, `log4cplus`, `log4cpp`, `lager`, `ERROR REPORT`,
// `Elixir`, `logger_formatter`, `daiquiri`, `logbook`, `jcabi`, `MulticolorLayout`, `logevents`,
// `tinylog`, `picologging`, `charmbracelet`, `seelog`, `logxi`, `jwalterweatherman`, `golog`,
// `phuslu`, `goframe`, `apex/log`, `klog`, `ftail`, `Common.Logging`, `ougai`, `twiggy`,
// `RichHandler`, `absl`, `apsdehal`, `log4go`, `lmittmann`, `simple_logger`, `fast_log`,
// `logforth`, `femme`, `MetroLog`, `Sitecore`, `AzureAppServices`, `electron-log`,
// `simple-node-logger`, `fancy-log`, `logtape`, `LogTape`, `adze`, `loglayer`, `caterpillar`,
// `dry-logger`, `hanami`, `ThinkPHP`, `thinkphp`, `Swoole`, `Workerman`, `Hyperf`, `log4cxx`,
// `wxLog`, `EasyLogger`, `zf_log`, `c-logger`, `log4qt`, `QsLog`, `jellyfin`, `apm_planner`,
// `flatlog`, `ejabberd`, `LoggerFileBackend`, `logger_json`, `Pantheios`, `sc_log`, `kratos`,
// `go-micro`, `labstack`, `gin-gonic`, `[GIN`, `structlog`, `aiologger`, `sanic`, `SimpleLogger`,
// `SimpleConsole`, `DotNetNuke`, `DNN`, `Elmah`, `Lumberjack`, `Lumberjack::`, `bdurand`,
// `unit_of_work`, `> [#`, `tty-logger`, `logger_std_h`, and the fragments `][Thread:`,
// `[ INFO  ]`, `[ WARN  ]`, `+00:00 [INF]`, `13-09-2024`, `+08:00][`, `][info]`, `][error]`,
// `"type":"error"`). None of ThinkPHP, QsLog, LogTape, ftail, the lumberjack gem or DNN is in any
// table: `DNN` matches only oneDNN in a TensorFlow line, `Lumberjack` only CocoaLumberjack and
// rsyslog's ommongodb, `jellyfin` only Jellyfin's server, `[ INFO  ]` only oVirt's setup and ESO's
// EsoRex; `][info]`, `][error]`, `+00:00 [INF]` and `"type":"error"` are other products' lines.
// Left out as measured already: glog, spdlog, Boost.Log, log4cplus, easylogging++, loguru, zlog,
// log4c, quill, NLog, Serilog, log4net's own layouts, ZLogger, NReco, Karambolo, Akka.NET,
// logback, log4j2, JUL, tinylog, MinLog, Python's logging, loguru, structlog, logzero, coloredlogs,
// zap, zerolog, logrus, log15, slog, hclog, go-logging, beego, env_logger, log4rs, fern, flexi_logger,
// simplelog, tracing, winston, pino, bunyan, log4js, tslog, consola, signale, Ruby's Logger,
// semantic_logger, ougai, log4r, yell, Monolog, KLogger, Laminas, CodeIgniter, Yii, CakePHP,
// Phalcon, Analog, lager, OTP's logger and SASL reports, ejabberd. Left out as not confirmed by any
// search: logxi's text formatter, MetroLog's file layout, Logary's text target, Pantheios. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). ThinkPHP's `c` time carries its offset (`+08:00`, so 15:41:16+08:00 is
// 07:41:16Z); its JSON `time` is the same string. QsLog's, ftail's, lumberjack's and DNN's stamps
// have no zone and are read as UTC; ftail's date is day-first (`29-11-2026`); DNN's has a comma
// before the milliseconds. LogTape's carries `+00:00`. Levels only where the line marks one:
// ThinkPHP's `[info]`/`[warning]`/`[error]`/`[debug]`/`[notice]` and its JSON `type`; QsLog's
// TRACE…FATAL (FATAL is Critical); LogTape's TRC DBG INF WRN ERR FTL; ftail's level word after the
// date; lumberjack's severity after the time; DNN's bracketed level. The host is the record's host
// field: only DNN's `[%property{log4net:HostName}]`; ThinkPHP's database address, QsLog's server
// URL, LogTape's peers and lumberjack's progname are no hosts. A record that spans lines is one
// entry: lumberjack's continuation lines (`> …`) and DNN's exception with its stack.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0369b38 before any rule for it: level 87.5 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 91.7 %, time 100.0 %, host 88.9 %, records 100.0 %), in a
// worktree at 0369b38 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are ThinkPHP's JSON lines, whose level under `type` trawl does
// not read, and DNN's log4net file, whose host name in the first bracket after the date trawl does
// not read as the host.

var fresh549Cases = []worldCase{
	{
		name:   "thinkphp6-file-driver-iso-offset",
		source: "ThinkPHP 6/8's think\\log\\driver\\File (config `time_format` 'c', `format` '[%s][%s] %s', one line per message, every message of a request stamped with the time of the batched write): topthink/framework's File driver (found with find_string), the default config/log.php of ThinkPHP 6 apps (`'format' => '[%s][%s] %s'`); top-think/framework issue #3073 (all records of a request share one time); the `[code]message[file:line]` shape of a reported exception from memory",
		why:    "an ISO time with a +08:00 offset glued to the level bracket; lower-case level words in brackets; the database address in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29T15:41:16+08:00][info] order 20261129-4471 paid by uid=10482, amount 238.00"),
			we("2026-11-29T07:41:16Z", Warn, "", "[2026-11-29T15:41:16+08:00][warning] coupon C-88213 already expired for uid=10482"),
			we("2026-11-29T07:41:16Z", Debug, "", "[2026-11-29T15:41:16+08:00][debug] cache miss: goods_detail_9917"),
			we("2026-11-29T07:43:02Z", Error, "", "[2026-11-29T15:43:02+08:00][error] [2002]SQLSTATE[HY000] [2002] Connection refused[/www/wwwroot/shop/vendor/topthink/think-orm/src/db/PDOConnection.php:797]"),
			we("2026-11-29T07:43:02Z", Notice, "", "[2026-11-29T15:43:02+08:00][notice] retrying order sync for store 17 via 10.20.3.14:3306"),
		},
	},
	{
		name:   "thinkphp6-file-driver-json",
		gap:    "the level under the JSON key `type` (\"info\", \"warning\", \"error\") is not read",
		source: "ThinkPHP 6/8's File driver with `'json' => true` in config/log.php (each message written as a JSON object of time, type and msg): the `json` and `json_options` keys of the File driver's config (found with find_string in topthink/framework and in apps' config/log.php); the object's keys from memory",
		why:    "a JSON line whose level is under `type` and whose time is an ISO string with an offset",
		entries: []worldEntry{
			we("2026-11-29T07:44:10Z", Info, "", `{"time":"2026-11-29T15:44:10+08:00","type":"info","msg":"refund R-30211 accepted for order 20261129-4471"}`),
			we("2026-11-29T07:44:10Z", Warn, "", `{"time":"2026-11-29T15:44:10+08:00","type":"warning","msg":"stock for sku 9917-BLK below threshold: 3"}`),
			we("2026-11-29T07:44:12Z", Error, "", `{"time":"2026-11-29T15:44:12+08:00","type":"error","msg":"[0]Call to a member function getData() on null[/www/wwwroot/shop/app/controller/Refund.php:88]"}`),
		},
	},
	{
		name:   "qslog-upstream-level-first",
		source: "QsLog 2.0 (Razvan Petru's simple Qt logger) as its upstream writes a line: Logger::Helper::writeToLog `QString(\"%1 %2 %3\").arg(levelName, 5).arg(now.toString(\"yyyy-MM-ddThh:mm:ss.zzz\")).arg(buffer)`, level names TRACE DEBUG INFO WARN ERROR FATAL: ArduPilot/apm_planner QsLog/QsLog.cpp (found with the code search)",
		why:    "the level first, right-aligned to five (` INFO`, ` WARN`), then a zone-less ISO time with milliseconds; FATAL is Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", " INFO 2026-11-29T07:41:16.204 Loading settings from /home/ines/.config/groundstation/settings.ini"),
			we("2026-11-29T07:41:16.377Z", Debug, "", "DEBUG 2026-11-29T07:41:16.377 SerialLink::open /dev/ttyUSB0 at 57600 baud"),
			we("2026-11-29T07:41:19.021Z", Warn, "", " WARN 2026-11-29T07:41:19.021 Heartbeat timeout on link 1, vehicle 3"),
			we("2026-11-29T07:41:22.650Z", Error, "", "ERROR 2026-11-29T07:41:22.650 Failed to write parameter RTL_ALT: no ack after 3 tries"),
			we("2026-11-29T07:41:25.118Z", Critical, "", "FATAL 2026-11-29T07:41:25.118 Terrain database corrupt, aborting"),
		},
	},
	{
		name:   "qslog-jellyfin-bracketed-level",
		source: "QsLog as jellyfin-media-player's external/qslog writes a line (`QString(\"%1 [ %2 ] %3\")` of `yyyy-MM-dd hh:mm:ss`, the level name padded to five: `INFO `, `WARN `, `DEBUG`, `ERROR`): jellyfin/jellyfin-media-player external/qslog/QsLog.cpp (found with the code search)",
		why:    "a zone-less date and time without fractions, then the level padded inside `[ … ]`; the server URL is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [ INFO  ] Starting media player 1.11.1 on Linux x86_64"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 [ DEBUG ] Loaded config from /home/ines/.local/share/mediaplayer/mediaplayer.conf"),
			we("2026-11-29T07:41:18Z", Warn, "", "2026-11-29 07:41:18 [ WARN  ] Display mode switching unsupported on this platform"),
			we("2026-11-29T07:41:21Z", Error, "", "2026-11-29 07:41:21 [ ERROR ] Failed to load https://media.example.net/web/index.html: Host unreachable"),
		},
	},
	{
		name:   "logtape-default-text-formatter",
		source: "LogTape's defaultTextFormatter for the file and stream sinks (`yyyy-MM-dd HH:mm:ss.SSS +00:00 [INF] category·subcategory: message`, levels TRC DBG INF WRN ERR FTL): dahlia/logtape docs/manual/formatters.md (found with the code search)",
		why:    "a date and time with milliseconds and a `+00:00` offset after a blank; a three-letter level in brackets; the category joined with `·`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120Z", Info, "", "2026-11-29 07:41:16.120 +00:00 [INF] checkout·http: Listening on port 8080"),
			we("2026-11-29T07:41:16.433Z", Debug, "", "2026-11-29 07:41:16.433 +00:00 [DBG] checkout·db: Pool created with 10 connections"),
			we("2026-11-29T07:41:17.902Z", Warn, "", `2026-11-29 07:41:17.902 +00:00 [WRN] checkout·payments: Retrying charge "ch_7Fq2" after 502 from 10.8.1.20`),
			we("2026-11-29T07:41:19.015Z", Error, "", `2026-11-29 07:41:19.015 +00:00 [ERR] checkout·payments: Charge "ch_7Fq2" failed: card_declined`),
			we("2026-11-29T07:41:20.300Z", Critical, "", "2026-11-29 07:41:20.300 +00:00 [FTL] checkout·db: Connection pool exhausted, shutting down"),
		},
	},
	{
		name:   "ftail-console-day-first",
		source: "ftail (a Rust `log` implementation) console and file channels' DefaultFormatter (`{datetime} {level} {target} {args}`, the default datetime day-first `dd-mm-yyyy HH:MM:SS` in local time): tjardoo/ftail src/formatters/default.rs, src/writer.rs and the crate documentation's console example in src/lib.rs (found with the code search)",
		why:    "a day-first dashed date; the level word after the time, then the log target (a module path), then the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "29-11-2026 07:41:16 INFO feedsync Starting sync of 14 feeds"),
			we("2026-11-29T07:41:16Z", Debug, "", "29-11-2026 07:41:16 DEBUG feedsync::http GET https://news.example.org/rss.xml"),
			we("2026-11-29T07:41:17Z", Trace, "", "29-11-2026 07:41:17 TRACE feedsync::parse 38 items, 2 new"),
			we("2026-11-29T07:41:18Z", Warn, "", "29-11-2026 07:41:18 WARN feedsync::http Feed https://blog.example.com/atom returned 304 twice"),
			we("2026-11-29T07:41:20Z", Error, "", "29-11-2026 07:41:20 ERROR feedsync::store Failed to write feeds.db: database is locked"),
		},
	},
	{
		name:   "lumberjack-gem-writer-template",
		source: "the Ruby lumberjack gem's Device::Writer (DEFAULT_FIRST_LINE_TEMPLATE `[:time :severity :progname(:pid)] :message :tags`, DEFAULT_ADDITIONAL_LINES_TEMPLATE a newline then `> :message`, tags as `[name:value]`): bdurand/lumberjack lib/lumberjack/device/writer.rb and template.rb (found with find_string); the millisecond ISO time without zone and the severity padded to five from memory",
		why:    "a bracket of a zone-less ISO time, the severity, the progname and pid; a multi-line message continues on `> ` lines that belong to the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29T07:41:16.204 INFO  billing(4127)] Invoice INV-20931 issued [account_id:8812]"),
			we("2026-11-29T07:41:16.388Z", Debug, "", "[2026-11-29T07:41:16.388 DEBUG billing(4127)] Loaded 3 price rules"),
			we("2026-11-29T07:41:17.051Z", Warn, "", "[2026-11-29T07:41:17.051 WARN  billing(4127)] Tax rate missing for region NL-ZH, using default"),
			we("2026-11-29T07:41:19.733Z", Error, "",
				"[2026-11-29T07:41:19.733 ERROR billing(4127)] Payment gateway rejected capture",
				"> Stripe::CardError: Your card was declined.",
				"> /srv/billing/app/services/capture.rb:41:in `call'",
				"> /srv/billing/app/jobs/capture_job.rb:12:in `perform'"),
			we("2026-11-29T07:41:20.002Z", Critical, "", "[2026-11-29T07:41:20.002 FATAL billing(4127)] Could not reconnect to Redis, exiting"),
		},
	},
	{
		name:   "dnn-log4net-hostname-thread",
		gap:    "the host name in the first bracket after the log4net date (`[WEB-DNN-02][Thread:7]`) is not read as the record's host",
		source: "DNN Platform (DotNetNuke) Portals/_default/Logs/*.log.resources written through DotNetNuke.log4net.config (`%date [%property{log4net:HostName}][Thread:%thread][%level] %logger - %message%newline`, exceptions with their stack on the lines below): the config as DNN documents and tutorials quote it (found with find_string; a DNN log analyzer module's `_Log4NetPattern`)",
		why:    "a log4net date with a comma before the milliseconds; the machine's host name in the first bracket; `[Thread:14]`; the level in brackets; a stack trace belongs to the record above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "WEB-DNN-02", "2026-11-29 07:41:16,204 [WEB-DNN-02][Thread:7][INFO] DotNetNuke.Web.Common.Internal.DotNetNukeHttpApplication - Application Started"),
			we("2026-11-29T07:41:18.911Z", Warn, "WEB-DNN-02", "2026-11-29 07:41:18,911 [WEB-DNN-02][Thread:14][WARN] DotNetNuke.Services.Search.SearchEngineScheduler - Search indexing skipped for portal 3: index locked"),
			we("2026-11-29T07:41:22.530Z", Error, "WEB-DNN-02",
				"2026-11-29 07:41:22,530 [WEB-DNN-02][Thread:22][ERROR] DotNetNuke.Services.Exceptions.Exceptions - System.NullReferenceException: Object reference not set to an instance of an object.",
				"   at Contoso.Modules.Events.View.Page_Load(Object sender, EventArgs e) in C:\\Build\\Events\\View.ascx.cs:line 58",
				"   at System.Web.UI.Control.OnLoad(EventArgs e)"),
			we("2026-11-29T07:41:30.006Z", Critical, "WEB-DNN-02", "2026-11-29 07:41:30,006 [WEB-DNN-02][Thread:5][FATAL] DotNetNuke.Data.SqlDataProvider - Unable to open database connection to SQL-CLUSTER-1"),
		},
	},
}

func TestFresh549Formats(t *testing.T) { assertTable(t, fresh549Cases) }
func TestFresh549Score(t *testing.T) {
	checkScore(t, "fresh549 formats", fresh549Cases, [worldNumFields]float64{87.4, 99.9, 87.4, 99.9})
}
