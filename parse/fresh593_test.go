package parse

import "testing"

// The five-hundred-and-ninety-third fresh table: application loggers' layouts, a further pass, in
// the default and commonly configured output of logging libraries as applications write them to
// files or stderr, shapes no earlier table holds. Each family is one library's documented,
// source-read or observed output: Go's pion/logging as a WebRTC server prints it (`scope LEVEL: `
// before the time, a dated line for INFO, WARNING and ERROR and a time of day with a `file.go:N:`
// caller for DEBUG and TRACE); ONNX Runtime's default C++ logging sink (`yyyy-MM-dd
// HH:mm:ss.fffffffff [W:onnxruntime:, file.cc:N function] msg`); libwebsockets 4's C log emit
// (`[yyyy/MM/dd HH:mm:ss:ffff] N: msg`, the fraction after a colon, one letter for the level); an
// ASP.NET Boilerplate application's log4net file (`%-5level %date [%-5.5thread] %-40.40logger -
// msg`, an exception under an ERROR); MODX's xPDO error log in PHP (`[date time] (ERROR @ file :
// line) msg`); Node.js tracer with its default format (`ISO+0100 <info> file.js:N (method) msg`);
// ZeroC Ice's C++ file logger (`--`, `-!` and `!!` markers before a `MM/dd/yy` date, continuation
// lines indented three blanks); the Fat-Free Framework's PHP Log class (`date('r') [client] msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`tinylog`, `charmbracelet`, `ERRO `, `DEBU `, `go-logging`, `▶`,
// `log15`, `INFO [`, `flexi_logger`, `slog-term`, `log4rs`, `simplelog`, `tracer`, `<info>`,
// `semantic_logger`, `klogger`, `[info] `, `codeigniter`, ` --> `, `yii`, `][error][`, `laminas`,
// `zend`, `INFO (6)`, `cakephp`, `boost.log`, `[0x0000`, `easylogging`, `plog`, `main@`, `loguru`,
// `(   0.`, `zlog`, `g3log`, `lager`, `rxi`, `consola`, `signale`, `npmlog`, `log4js`, `logbook`,
// `Generic:`, `structlog`, `twisted`, `seelog`, `log4cplus`, `log4cpp`, `quill`, `nanolog`,
// `reckless`, `elixir`, `erlang logger`, `logger_formatter`, `ougai`, `log4r`, `logging gem`,
// `hanami`, `minlog`, `kryo`, `sequenceNumber`, `log4j:event`, `slf4j-simple`, `SimpleLogger`,
// `scribe`, `coloredlogs`, `daiquiri`, `logzero`, `[I 26`, `RichHandler`, `sanic`, `golog`,
// `tint`, `log4go`, `logxi`, `beego`, `[I] [`, `goframe`, `gogf`, `kratos`, `logforth`, `defmt`,
// `└─`, `AzureAppServices`, `[Information]`, `nreco`, `Information: 0 :`, `metrolog`,
// `loglevel`, `electron-log`, `console-stamp`, `yell`, `kohana`, `--- ERROR`, `joomla`,
// `typo3`, `craft`, `poco`, `wxLog`, `log4cxx`, `pjsua`, `pjsip`, `freerdp`, `com.freerdp`,
// `wlog`, `flatlog`, `logger_json`, `request_id=F`, `LoggerFileBackend`, `ZLogger`, `phuslu`,
// `apex/log`, `lmittmann`, `caterpillar`, `bristol`, `ololog`, `dry-logger`, `roarr`, `bole`,
// `helidon`, `dropwizard`, `akka://`, `play.api`, `klogging`, `kivy`, `[INFO   ]`,
// `tendermint`, `I[20`, `cometbft`, `btclog`, `[INF] PEER`, `[INF] LTND`, `gofiber`,
// `"level"=0`, `stdr`, `ngaut`, `capnslog`, ` I | `, `loggo`, `juju`, `pion`, `ice WARNING`,
// `ice INFO:`, `pc INFO:`, `galene`, `nsqd`, `[nsqd]`, `grpclog`, `grpc-go`, `INFO: [core]`,
// `[core]`, `Channel #`, `tauri`, `][INFO]`, `AbpModuleManager`, `abp`, `Abp.`,
// `aspnetboilerplate`, `boilerplate`, `[1    ]`, `orchard`, `meteor`, `I2026`, `strapi`,
// `homebridge`, `delayed_job`, `Worker(host:`, `shoryuken`, `sneakers`, `prestashop`,
// `*ERROR*`, `opencart`, `sugarcrm`, `suitecrm`, `[FATAL]`, `modx`, `xpdo`, `(ERROR @`,
// `dolibarr`, `glpi`, `freshrss`, `libwebsockets`, `lws`, `lws_`, `] N: `, `] W: `,
// `NOTICE: libwebsockets`, `rcutils`, `zeroc`, `icegrid`, `ice.trace`, `Ice.`, `-! `, `!! `,
// `fastdds`, `RTPS_`, `mongoc`, `mongo-c-driver`, `libcamera`, `onnx`, `onnxruntime`,
// `:onnxruntime:`, `[W:onnx`, `tensorrt`, `[TRT]`, `mxnet`, `CRASH REPORT====`, `crash.log`,
// `vernemq`, `pyramid`, `Trac[`, `mailman`, `deluge`, `(Object.<anonymous>)`, ` <warn> `,
// `> server.js:`, `uptime kuma`, `uptime-kuma`, `structured-logger`, `wthttp`, `[info] "`,
// `drogon`, `trantor`, `muduo`, `crow`, `oatpp`, `userver`, `tskv`, `mavsdk`, `|Info ]`,
// `liferay`, `ofbiz`, `|I|`, `fat-free`, `fatfree`, `F3 `, `+0000 [`, `[error] [application]`,
// `[error] [system`, `processwire`, `horde`, `kermit`, `Log4Net`). None of pion/logging, ONNX
// Runtime, libwebsockets, ASP.NET Boilerplate, MODX, tracer, ZeroC Ice's logger or Fat-Free's Log
// is in any table (`pion`, `onnxruntime`, `libwebsockets`, `AbpModuleManager`, `modx`, `icegrid`
// and `fatfree` match nothing; `tracer` only other products' tracer loggers and words; `ice
// WARNING` only a Redis line's words and `ice INFO:` only OpenHarmony's `Device info:`; `galene`
// only Galène's own Go log lines; `-! ` and `!! ` no line of this shape; `zeroc` only zeroconf;
// `onnx` only a model name; `] W: ` only another product's bracketed line; `F3 ` and `+0000 [`
// other products' lines). Left out as held already: the loggers and products listed as measured
// in fresh485, fresh524 and fresh549 (MinLog, logzero, coloredlogs, log15, go-logging, beego,
// flexi_logger, simplelog, fern, log4rs, slog-term, ZLogger, NReco, log4js, signale, consola,
// npmlog, roarr, semantic_logger, yell, log4r, KLogger, Laminas, CodeIgniter, Yii 1 and 2,
// CakePHP, Kohana, easylogging++, loguru, zlog, g3log, Quill, NanoLog, Boost.Log, log4cplus,
// log4cpp, log4cxx, lager, flatlog, logger_json, LoggerFileBackend, Kivy, Meteor, Strapi,
// delayed_job, Helidon, Poco, wxLog, console-stamp, electron-log), Tendermint 0.34, nsqd, the
// muduo, Drogon/trantor, oatpp, Wt, Crow and userver loggers, MAVSDK, pjsua, FreeRDP's WLog, Fast
// DDS, TensorRT, SuiteCRM, FreshRSS, OFBiz, Liferay, Dolibarr, GLPI, PrestaShop, OpenCart,
// ProcessWire, Horde, grpc-go's `INFO: [core]` lines. Left out as not confirmed by any search:
// the MongoDB C driver's log handler; left out unsearched for time: Kotlin's Klogging. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). pion's dated lines are Go's log.LstdFlags (local, no zone, read as UTC)
// and its DEBUG and TRACE lines a time of day only (the clock's day). ONNX Runtime's nine-digit,
// libwebsockets' ten-thousandths (`07:41:16:5120` is 07:41:16.5120), ABP's log4net `,mmm`, MODX's
// bracketed and Ice's `11/29/26 HH:mm:ss.fff` stamps have no zone and are read as UTC. tracer's
// `+0100` and Fat-Free's RFC 2822 `+0100` are converted. Levels only where the line marks one:
// pion's word after the scope (TRACE is Trace, WARNING Warn); ONNX Runtime's letter inside the
// bracket (V is Trace, I W E); libwebsockets' letter before the colon (N is Notice); ABP's padded
// word first; MODX's word before ` @ `; tracer's `<info>`, `<warn>` and the like; Ice's `--`
// (trace), `-!` (warning) and `!!` (error) markers; Fat-Free's lines carry none (a message's
// `Error` is a word of it). The host is the record's host field, and none of these has one:
// pion's candidate addresses, the lws port, Kestrel's listening address, Ice's local and remote
// addresses, the IceGrid registry and Fat-Free's client and forwarded addresses are peers or
// endpoints. A record that spans lines is one entry: ABP's exception with its `   at` frames under
// an ERROR; Ice's warning and trace with their three-blank continuation lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory alone. Hosts,
// ids, addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit c092b93 before any rule for it: level 62.7 %, time 83.3 %, host 95.8 %, records 93.8 %.
// That is the macro figure (micro: level 59.0 %, time 79.5 %, host 94.9 %, records 92.3 %), in a
// worktree at c092b93 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right; the gaps are pion's DEBUG and TRACE lines (a time of day after the scope
// and level word), which trawl joins to the line before; ONNX Runtime's level letter inside
// `[W:onnxruntime:, …]`, which it does not read; libwebsockets' one-letter level and its
// ten-thousandths after a colon, which it drops; Ice's `--` trace marker, read as no level; and a
// Fat-Free line whose message word `Error` trawl takes for a level.

var fresh593Cases = []worldCase{
	{
		name:   "pion-logging-scope-level-prefix",
		gap:    "the DEBUG and TRACE lines, whose time of day follows the scope and level word (`ice DEBUG: 07:41:16.402218 agent.go:395: …`), are not read as records of their own: trawl joins them to the INFO line before, so their time and level are lost",
		source: "Pion's default logger in a Go WebRTC server (pion/logging DefaultLeveledLogger: `scope LEVEL: ` as the log.Logger prefix, then `yyyy/MM/dd HH:mm:ss msg` for INFO, WARNING and ERROR, and `HH:mm:ss.uuuuuu file.go:N: msg` for DEBUG and TRACE): pion/webrtc issues #2125 and #428 (pasted `ice TRACE: 12:08:22.882136 agent.go:593: …`, `ice WARNING: 2022/02/16 12:08:23 …`, `pc INFO: …`), jech/galene issue #176",
		why:    "the scope and the level word come before the time; the debug and trace lines carry a time of day with microseconds only (the clock's day) and a `file.go:N:` caller; candidate addresses and the TURN server are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "pc INFO: 2026/11/29 07:41:16 signaling state changed to have-remote-offer"),
			we("2026-11-29T07:41:16.402218Z", Debug, "", `ice DEBUG: 07:41:16.402218 agent.go:395: Started agent: isControlling? false, remoteUfrag: "Qm7vTz2kLp", remotePwd: "b81kXw0aRj4nYc6tUe2sHd9f"`),
			we("2026-11-29T07:41:16.604871Z", Trace, "", "ice TRACE: 07:41:16.604871 agent.go:593: pinging all candidates"),
			we("2026-11-29T07:41:16Z", Warn, "", "ice WARNING: 2026/11/29 07:41:16 Failed to ping without candidate pairs. Connection is not possible yet."),
			we("2026-11-29T07:41:17Z", Info, "", "ice INFO: 2026/11/29 07:41:17 Setting new connection state: Checking"),
			we("2026-11-29T07:41:47Z", Error, "", "turnc ERROR: 2026/11/29 07:41:47 Fail to refresh permissions: all retransmissions failed for 9f3c2a1be04d77a5c1e0b2d4"),
		},
	},
	{
		name:   "onnxruntime-default-logger-letter-level",
		source: "ONNX Runtime's default logging sink on stderr, as an application embedding it (Python, Node or C++) prints it (`yyyy-MM-dd HH:mm:ss.fffffffff [L:onnxruntime:logid, file.cc:N function] msg`, L one of V I W E F, nine fractional digits on Linux): microsoft/onnxruntime issue #23027, k2-fsa/sherpa-onnx issue #163, audeering/audonnx issue #46, RVC-Project/Retrieval-based-Voice-Conversion-WebUI issue #2299 (pasted lines)",
		why:    "a zone-less time with nanoseconds (UTC by the rules); the level is the letter before `:onnxruntime:` inside the bracket; `session_state.cc:1168` is a source line, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117836Z", Info, "", "2026-11-29 07:41:16.204117836 [I:onnxruntime:, inference_session.cc:1661 Initialize] Initializing session."),
			we("2026-11-29T07:41:16.318540221Z", Warn, "", "2026-11-29 07:41:16.318540221 [W:onnxruntime:, session_state.cc:1168 VerifyEachNodeIsAssignedToAnEp] Some nodes were not assigned to the preferred execution providers which may or may not have an negative impact on performance. e.g. ORT explicitly assigns shape related ops to CPU to improve perf."),
			we("2026-11-29T07:41:16.318561907Z", Warn, "", "2026-11-29 07:41:16.318561907 [W:onnxruntime:, session_state.cc:1170 VerifyEachNodeIsAssignedToAnEp] Rerunning with verbose output on a non-minimal build will show node assignments."),
			we("2026-11-29T07:41:16.902310475Z", Trace, "", "2026-11-29 07:41:16.902310475 [V:onnxruntime:, session_state.cc:1122 VerifyEachNodeIsAssignedToAnEp]  Node(s) placed on [CUDAExecutionProvider]. Number of nodes: 412"),
			we("2026-11-29T07:41:19.077154390Z", Error, "", `2026-11-29 07:41:19.077154390 [E:onnxruntime:, sequential_executor.cc:516 ExecuteKernel] Non-zero status code returned while running Conv node. Name:'/encoder/conv_in/Conv' Status Message: CUDA error cudaErrorMemoryAllocation:out of memory`),
		},
	},
	{
		name:   "libwebsockets-bracket-time-letter-level",
		source: "libwebsockets 4.x's default log emit to stderr from an application linking it (`[yyyy/MM/dd HH:mm:ss:ffff] L: function: msg`, the fraction in ten-thousandths after a colon, L one of E W N I D): warmcat/libwebsockets issues #3414, #2680 and #3252 (pasted start-up logs)",
		why:    "a slashed date in brackets with a colon before the four-digit fraction; the level is one letter before a colon (N is notice); `[wsi|0|pipe]` is an object tag, and the bound port and vhost are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.5120Z", Notice, "", "[2026/11/29 07:41:16:5120] N: lws_create_context: LWS: 4.3.3-unknown, NET CLI SRV H1 H2 WS ConMon IPv6-absent"),
			we("2026-11-29T07:41:16.5124Z", Info, "", "[2026/11/29 07:41:16:5124] I: lws_create_context: Event loop: poll"),
			we("2026-11-29T07:41:16.5131Z", Notice, "", "[2026/11/29 07:41:16:5131] N: __lws_lc_tag:  ++ [wsi|0|pipe] (1)"),
			we("2026-11-29T07:41:16.5138Z", Warn, "", "[2026/11/29 07:41:16:5138] W: rops_pt_init_destroy_netlink: netlink bind failed"),
			we("2026-11-29T07:41:16.5142Z", Error, "", "[2026/11/29 07:41:16:5142] E: lws_socket_bind: ERROR on binding fd 9 to port 7681 (-1 98)"),
			we("2026-11-29T07:41:16.5147Z", Debug, "", "[2026/11/29 07:41:16:5147] D: _realloc: size 4096: pt_serv_buf"),
		},
	},
	{
		name:   "aspnetboilerplate-log4net-level-first",
		source: "an ASP.NET Boilerplate application's App_Data/Logs/Logs.txt (its template's log4net.config: `%-5level %date [%-5.5thread] %-40.40logger - %message%newline`, the logger cut from the left to forty; an exception's ToString under an ERROR): aspnetboilerplate/aspnetboilerplate issues #4004 and #2028 (pasted Logs.txt lines)",
		why:    "the level word padded to five comes before a zone-less date with a comma before the milliseconds (UTC by the rules); the thread padded inside brackets; the logger truncated from the left; the exception and its `   at` frames belong to the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "DEBUG 2026-11-29 07:41:16,204 [1    ] Abp.Modules.AbpModuleManager             - Loading Abp modules..."),
			we("2026-11-29T07:41:16.391Z", Debug, "", "DEBUG 2026-11-29 07:41:16,391 [1    ] Abp.Modules.AbpModuleManager             - Found 17 ABP modules in total."),
			we("2026-11-29T07:41:18.912Z", Info, "", "INFO  2026-11-29 07:41:18,912 [1    ] Microsoft.Hosting.Lifetime               - Now listening on: http://[::]:21021"),
			we("2026-11-29T07:42:03.117Z", Warn, "", "WARN  2026-11-29 07:42:03,117 [14   ] Mvc.ExceptionHandling.AbpExceptionFilter - Current user did not login to the application!"),
			we("2026-11-29T07:42:05.640Z", Error, "",
				"ERROR 2026-11-29 07:42:05,640 [9    ] Mvc.ExceptionHandling.AbpExceptionFilter - There is no entity Order with id = 88213!",
				"Abp.Domain.Entities.EntityNotFoundException: There is no entity Order with id = 88213!",
				"   at Abp.Domain.Repositories.AbpRepositoryBase`2.GetAsync(TPrimaryKey id)",
				"   at Harbour.Shop.Orders.OrderAppService.GetAsync(EntityDto`1 input) in C:\\build\\src\\Harbour.Shop.Application\\Orders\\OrderAppService.cs:line 58",
				"   at Abp.Authorization.AuthorizationInterceptor.InternalInterceptAsynchronous[TResult](IInvocation invocation)"),
		},
	},
	{
		name:   "modx-xpdo-error-log",
		source: "MODX Revolution's core/cache/logs/error.log written by xPDO's log() (`[yyyy-MM-dd HH:mm:ss] (LEVEL @ file : line) msg`, MODX 2 without the ` : line`; levels FATAL ERROR WARN INFO DEBUG): modxcms/Tagger issue #140 and Bruno17/MIGX issue #387 (MODX 3 lines), modx-pro/pdoTools issue #179 and modxcms/revolution issue #10147 (MODX 2 lines)",
		why:    "a zone-less bracketed time (UTC by the rules); the level word opens the parenthesis before ` @ `; the PHP file and its line number are no time and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "", "[2026-11-29 07:41:16] (ERROR @ /var/www/harbour/core/vendor/xpdo/xpdo/src/xPDO/xPDO.php : 667) Could not load class: ShopOrderItem from mysql.shoporderitem"),
			we("2026-11-29T07:41:16Z", Error, "", "[2026-11-29 07:41:16] (ERROR @ /var/www/harbour/core/vendor/xpdo/xpdo/src/xPDO/xPDO.php : 1268) Problem getting service shop, instance of class Shop, from path /var/www/harbour/core/components/shop/model/"),
			we("2026-11-29T07:41:22Z", Warn, "", "[2026-11-29 07:41:22] (WARN @ /var/www/harbour/core/src/Revolution/modParser.php : 545) Could not find snippet with name pdoMenuCached."),
			we("2026-11-29T07:43:05Z", Error, "", "[2026-11-29 07:43:05] (ERROR @ /manager/index.php) Could not load class: galAlbum from gallery.galalbum."),
		},
	},
	{
		name:   "tracer-node-default-format",
		source: "the Node.js tracer package with its default console config (lib/console.js: format `{{timestamp}} <{{title}}> {{file}}:{{line}} ({{method}}) {{message}}`, dateformat `isoDateTime`, so `yyyy-mm-dd'T'HH:MM:ss` and the local offset `+0100`; methods log trace debug info warn error fatal): baryon/tracer lib/console.js (read with read_file), and application configs found with the code search",
		why:    "an ISO time with a colon-less offset (converted); the level is the lower-case word in angle brackets; `orders.js:132` and `(Timeout._onTimeout)` are the caller, no time and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+0100 <info> app.js:27 (Server.<anonymous>) listening on port 3000"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29T08:41:17+0100 <debug> db.js:14 (Pool.<anonymous>) pool created with 10 connections to pg-main:5432"),
			we("2026-11-29T07:41:59Z", Warn, "", "2026-11-29T08:41:59+0100 <warn> auth.js:88 (verifyToken) token for user 4411 expires in 30 s"),
			we("2026-11-29T07:42:22Z", Error, "", "2026-11-29T08:42:22+0100 <error> orders.js:132 (Timeout._onTimeout) payment service did not answer after 5000 ms"),
		},
	},
	{
		name:   "zeroc-ice-logger-file",
		source: "a ZeroC Ice server's Ice.LogFile, written by Ice's LoggerI (`-- ` for a trace, `-! ` for a warning, `!! ` for an error, then IceUtil::Time::toDateTime `MM/dd/yy HH:mm:ss.fff`, the Ice.ProgramName prefix, `warning: ` or `error: ` or the trace category; continuation lines indented three blanks): zeroc-ice/ice cpp/src/Ice/LoggerI.cpp (read with read_file), zeroc-ice/ice PR #3637 and issue #539 (pasted `-! 03/06/25 09:43:45.329 icegridnode: warning: …`)",
		why:    "a two-digit-year month-first date after a two-character marker that is the level (`--` trace, `-!` warning, `!!` error); a connection warning with its exception over indented lines is one entry; the local and remote addresses are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Trace, "", "-- 11/29/26 07:41:16.204 orderserver: Network: listening for tcp connections at 0.0.0.0:10000"),
			we("2026-11-29T07:41:16.207Z", Trace, "",
				"-- 11/29/26 07:41:16.207 orderserver: Network: published endpoints for object adapter `Orders':",
				"   tcp -h 10.4.2.17 -p 10000"),
			we("2026-11-29T07:41:16.331Z", Warn, "", "-! 11/29/26 07:41:16.331 orderserver: warning: could not reach IceGrid registry 'IceGrid/Locator -t -e 1.1:tcp -h registry1 -p 4061': connection refused"),
			we("2026-11-29T07:43:02.118Z", Warn, "",
				"-! 11/29/26 07:43:02.118 orderserver: warning: connection exception:",
				"   ConnectionI.cpp:1573: Ice::ConnectionLostException:",
				"   connection lost: recv() returned zero",
				"   local address = 10.4.2.17:10000",
				"   remote address = 10.4.2.31:52114"),
			we("2026-11-29T07:43:09.550Z", Error, "", "!! 11/29/26 07:43:09.550 orderserver: error: Ice.ThreadPool.Server: failed to accept connection: too many open files"),
		},
	},
	{
		name:   "fatfree-log-rfc2822-remote-addr",
		gap:    "a level is taken from the message word `Error` after the client address (`500 Internal Server Error: …`), where the line marks none",
		source: "a Fat-Free Framework (F3) application's log written with `new Log('app.log')` and write() (lib/log.php: `date('r')`, then ` [REMOTE_ADDR]` or ` [REMOTE_ADDR (X-Forwarded-For)]`, then the text): bcosca/fatfree lib/log.php and f3-factory/fatfree-core F3/Log.php (found with the code search), fatfreeframework.com/log",
		why:    "an RFC 2822 date with a weekday and an offset (converted); the bracketed client address and the forwarded one are peers, no host; no level (`Error` in a message is a word of it)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun, 29 Nov 2026 08:41:16 +0100 [198.51.100.23] login ok for user mara.k"),
			we("2026-11-29T07:41:19Z", Unknown, "", "Sun, 29 Nov 2026 08:41:19 +0100 [198.51.100.23] cart 5521: coupon WINTER26 applied"),
			we("2026-11-29T07:42:03Z", Unknown, "", "Sun, 29 Nov 2026 08:42:03 +0100 [10.0.3.7 (203.0.113.90)] webhook from payment provider: status=failed order=88213"),
			we("2026-11-29T07:42:05Z", Unknown, "", "Sun, 29 Nov 2026 08:42:05 +0100 [10.0.3.7 (203.0.113.90)] 500 Internal Server Error: PDOException SQLSTATE[HY000] [2002] Connection refused"),
		},
	},
}

func TestFresh593Formats(t *testing.T) { assertTable(t, fresh593Cases) }
func TestFresh593Score(t *testing.T) {
	checkScore(t, "fresh593 formats", fresh593Cases, [worldNumFields]float64{92.6, 95.7, 95.7, 93.7})
}
