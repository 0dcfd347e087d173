package parse

import "testing"

// The three-hundred-and-sixty-first fresh table, written on 2026-12-06: levels as programs spell
// and place them, a further pass, in product shapes no earlier table holds: level words, letters
// and glyphs in places earlier tables do not measure, from game clients, Chinese-community bot
// frameworks, a self-hosting proxy's Node back end, a build tool and git under a Chinese locale.
// Each family is one product's documented or observed output: Path of Exile's logs/Client.txt
// (the level inside one bracket before the `Client` tag and the process id, `[CRIT Client 27614]`,
// after a counter of milliseconds and a hex hash); MaaAssistantArknights' asst.log (a three-letter
// level in brackets before the `[Px…]` process and `[Tx…]` thread brackets); Koishi 4's console
// through reggol (one letter in brackets between the clock and the logger's name, a stack aligned
// under the message); mirai-console's terminal (one letter and a slash glued to an identity with a
// space in it, `I/Bot 2914820057:`); Yunzai-Bot's log4js console as pm2 keeps it in its out file
// (the level cut to four letters, `[ERRO]`, inside a colour escape that wraps the product tag, the
// clock and the level); Nginx Proxy Manager's back end in `docker logs` (signale: a padded scope in
// brackets, `›`, a glyph and then the level word, `⚠  warning`); NoneBot 2's default loguru sink
// (a yearless date, `[SUCCESS]`, the logger's name and a bar); Apache Ant's javac task (the level
// after the right-aligned `[javac]` tag and a file and line, `Note:`); git's stderr under
// LANG=zh_CN.UTF-8 in a build script's log (`警告：`, `错误：`, `致命错误：` with a full-width colon).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`path of exile`, `client.txt`, `[INFO Client`, `[DEBUG Client`,
// `Client 1]`, `LOG FILE OPENING`, `MaaAssistant`, `][INF][`, `][TRC][`, `][WRN][`, `[INF][Px`,
// `[Px`, `[Tx`, `koishi`, `[I] app`, `reggol`, a date and clock before `[I]`/`[W]`/`[E]`/`[D]`,
// `mirai`, `I/Bot`, `I/main`, `yunzai`, `[Yunzai`, `karin`, `][ERRO]`, `][DEBU]`, `][TRAC]`,
// `[ERRO]`, `[DEBU]`, `pm2`, `-out.log`, `[MARK]`, `proxy manager`, `› ℹ`, `⬤`, `[Setup    ]`,
// `[Global`, `signale`, `nonebot`, `[SUCCESS]`, a yearless date before `[LEVEL] name |`,
// `uvicorn |`, `[javac]`, `[mkdir]`, `Buildfile:`, `BUILD FAILED`, `Note: Some input files`,
// `正克隆到`, `警告：`, `错误：`, `致命错误：`, `提示：`, `failed to push some refs`,
// `[remote rejected]`, `remote: error`, `Cloning into`). Path of Exile, MaaAssistantArknights,
// Koishi, mirai, Yunzai-Bot, NoneBot, Ant and git's Chinese messages are in none. `LOG FILE OPENING`
// in fresh245 is a syslog file's words, `[Px` in fresh115 and fresh9 is WDS's `[WDSPXE]` and PX4's
// `[px4]`, `[I] app` in fresh162 is Pi-hole's `[i] Applying`; `[SUCCESS]` is in fresh179, fresh226
// (Loguru's bar layout, read as Info) and others as outcomes, never after a yearless date; `pm2`
// tables hold pm2's own prefixed lines, not a log4js colour escape; `[ERRO]` in fresh120 and others
// is a padded bracket after a full date, not log4js' cut level after a clock; Nginx Proxy Manager is
// in fresh6 as its proxy hosts' nginx access logs, its Node back end in none; `remote: error` in
// fresh5 is another product's relay. Left out after the grep or for want of a layout that could be
// confirmed: GlassFish's server.log in Japanese (its ODL and uniform formatters write Level.getName,
// never the translated name, so `[情報]` is not real), apt's term.log in French (a run is one record
// with no level, as fresh84 measures it), ioBroker (fresh26, fresh249), Bedrock's server (fresh108),
// Pleroma and Phoenix's `request_id=… [info]` (fresh72, fresh104), Vaultwarden's fern brackets
// (fresh7), fly logs (fresh27), Heroku's `at=info` (fresh5), Checkmk's `[20]` (fresh6), Tarantool's
// `I>` (fresh7), SQL Anywhere's `I.` (fresh117), Gitea's `[I]` (holdout), Python's `…Warning:`
// categories (fresh263), the GPFS, Tuxedo, OpenEdge and SAP HANA letters (fresh3, fresh20, fresh7,
// fresh192), and RPCS3's and Lagrange's logs (no thread found to fix their shape). The table holds 9
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Client.txt, asst.log, Koishi's and mirai's stamps and Nginx Proxy Manager's
// US date with a 12-hour clock carry no zone and are taken as UTC; NoneBot's `MM-dd HH:mm:ss` has no
// year (2026); Yunzai-Bot's `hh:mm:ss.SSS` is log4js' 24-hour clock with no date, on the clock's day;
// Ant's output and git's stderr carry no time at all. Client.txt's second field (milliseconds since
// the client started) and its hex hash are no times. Levels only where the line marks one, mapped
// onto Level: INFO, INF, I, Info and info Info; DEBUG, DEBU, DBG, D, debug and signale's ⬤ debug
// Debug; TRC, TRAC and mirai's V (verbose) Trace; WARN, WRN, W, WARNING, warning and 警告 Warn;
// ERROR, ERRO, ERR, E, error, 错误 and remote: error Error; CRIT Critical and git's 致命错误
// (fatal) Critical, as the rules read fatal; SUCCESS and signale's ✔ success Info, as fresh226 reads
// Loguru's; javac's Note Notice, as fresh345 reads a note. A colour escape is no level of its own:
// the bracketed word it wraps is. `nginx: [emerg]` inside a Nginx Proxy Manager warning is the
// message's, `! [remote rejected]` is a push result and `1 error` a count; an Ant target name, the
// Buildfile line, `BUILD FAILED` and git's progress lines carry no level. No record names its host:
// a login or instance server, a device's address, a QQ number and a repository's host are peers. A
// record that spans lines is one entry: Koishi's error with its aligned stack, mirai's error with
// its exception and tab-indented frames, Yunzai-Bot's error with the Node stack log4js prints after
// it, Nginx Proxy Manager's warning with the command output under it and its error with the stack,
// NoneBot's error with its traceback, a javac diagnostic with its source line, caret and
// symbol/location lines under the same `[javac]` tag, and Ant's `BUILD FAILED` with the line that
// says why.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", find_string, read_file); where a search did
// not confirm a layout the source says "from memory". Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 03cd259 before any rule for it: level 80.7 %, time 79.6 %, host 90.7 %, records 87.4 %.
// That is the macro figure (micro: level 75.0 %, time 78.1 %, host 85.9 %, records 81.2 %), in a
// worktree at 03cd259 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 9 families fully right (MaaAssistantArknights' asst.log, Koishi's console, mirai's terminal); the
// gaps are the LOG word of Client.txt's opening line, the clock behind Yunzai-Bot's colour escape
// and tag, signale's ✔ success, NoneBot's [SUCCESS] read as Notice, Ant's untimed task lines joined
// into one record, and git's Chinese level words with their full-width colon.

var fresh361Cases = []worldCase{
	{
		name:   "path-of-exile-client-txt",
		gap:    "trawl reads the word LOG right after the clock in the untagged `***** LOG FILE OPENING *****` line as PostgreSQL's LOG level (Info); that line marks no level",
		source: "Path of Exile's logs/Client.txt (`yyyy/MM/dd HH:mm:ss <milliseconds since start> <hex hash> [LEVEL Client <pid>] msg`, levels INFO DEBUG WARN CRIT, the untagged `***** LOG FILE OPENING *****` line when the client starts, area and chat lines after ` : `): brandondong/POE-LiveSplit-Component issue #11, BanditTech/WingmanReloaded issues #91 and #172, yznpku/LabCompass issue #71 (INFO and DEBUG lines pasted); the WARN and CRIT lines as third-party Client.txt parsers match them (find_string `[WARN Client`, `[CRIT Client`)",
		why:    "the level is the first word inside a bracket that also holds the `Client` tag and the pid; a millisecond counter and a hex hash stand between the clock and it; the login and instance servers are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 ***** LOG FILE OPENING *****"),
			we("2026-11-29T07:41:22Z", Info, "", "2026/11/29 07:41:22 5830468 2d1f [INFO Client 27614] Connected to ams02.login.pathofexile.com in 31ms."),
			we("2026-11-29T07:41:40Z", Debug, "", "2026/11/29 07:41:40 5848125 e61 [DEBUG Client 27614] Got Instance Details from login server"),
			we("2026-11-29T07:41:40Z", Info, "", "2026/11/29 07:41:40 5848140 10e [INFO Client 27614] Connecting to instance server at 198.51.100.72:6112"),
			we("2026-11-29T07:41:43Z", Info, "", "2026/11/29 07:41:43 5851437 bb3 [INFO Client 27614] : You have entered Clearfell."),
			we("2026-11-29T07:41:43Z", Warn, "", "2026/11/29 07:41:43 5851515 64a60fe5 [WARN Client 27614] [AUDIO] Sound bank Audio/Sound Effects/Environment/Swamp_Loop02.bank could not be opened"),
			we("2026-11-29T07:41:45Z", Critical, "", `2026/11/29 07:41:45 5853296 4915b749 [CRIT Client 27614] Texture "Art/2DItems/Currency/CurrencyRerollRare.dds" failed to load: not found in the bundle index`),
		},
	},
	{
		name:   "maa-core-asst-log",
		source: "MaaAssistantArknights' debug/asst.log (MaaCore's logger: `[yyyy-MM-dd HH:mm:ss.SSS][LVL][Px<pid>][Tx<tid>] msg`, levels TRC DBG INF WRN ERR, function scopes as `func | enter` and `func | leave, N ms`): MaaAssistantArknights/MaaAssistantArknights issue #17004 (an asst.log pasted, TRC and INF lines); the DBG, WRN and ERR lines from memory",
		why:    "a three-letter level in the second bracket, then the process and the thread in brackets of their own; a local clock with no zone; the emulator's adb address is a device, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Trace, "", "[2026-11-29 07:41:16.204][TRC][Px30412][Tx18872] MaaCore Process Start"),
			we("2026-11-29T07:41:16.205Z", Trace, "", "[2026-11-29 07:41:16.205][TRC][Px30412][Tx18872] asst::ResourceLoader::load | enter"),
			we("2026-11-29T07:41:17.118Z", Info, "", "[2026-11-29 07:41:17.118][INF][Px30412][Tx18872] asst::Assistant::set_instance_option | key 2 value 1"),
			we("2026-11-29T07:41:17.530Z", Debug, "", `[2026-11-29 07:41:17.530][DBG][Px30412][Tx20344] asst::Assistant::append_task | type: Fight params: {"stage":"1-7","times":3}`),
			we("2026-11-29T07:41:19.902Z", Warn, "", "[2026-11-29 07:41:19.902][WRN][Px30412][Tx20344] asst::Controller::screencap | screencap failed, retry 1 of 3"),
			we("2026-11-29T07:41:22.907Z", Error, "", "[2026-11-29 07:41:22.907][ERR][Px30412][Tx20344] asst::AdbController::connect | connect to 127.0.0.1:16384 failed"),
			we("2026-11-29T07:41:22.908Z", Trace, "", "[2026-11-29 07:41:22.908][TRC][Px30412][Tx20344] asst::AdbController::connect | leave, 5790 ms"),
		},
	},
	{
		name:   "koishi-reggol-console",
		source: "Koishi 4's console through its logger reggol (`yyyy-MM-dd HH:mm:ss [L] name message`, L one of I W E D, an error's stack printed under it with every line aligned at the message's column): koishijs/koishi issue #943 (a warning from `market` with its indented stack), koishijs/koishi-android issue #12 (`[I] app` lines with their stamps), koishijs/koishi issue #676 (a `[W] diagnostic` line); the D line from memory",
		why:    "one letter in brackets between the clock and the logger's name; the stack lines start with spaces and no stamp; the bot's id in brackets is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [I] app Koishi/4.18.7"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [I] loader apply plugin group:basic"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 [I] server server listening at http://127.0.0.1:5140"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026-11-29 07:41:17 [W] diagnostic plugin analytics is missing required service database"),
			we("2026-11-29T07:41:23Z", Error, "",
				"2026-11-29 07:41:23 [E] market AxiosError: timeout of 30000ms exceeded",
				"                            at RedirectableRequest.handleRequestTimeout (/srv/koishi/node_modules/axios/dist/node/axios.cjs:3245:16)",
				"                            at RedirectableRequest.emit (node:events:519:28)",
				"                            at Timeout.<anonymous> (/srv/koishi/node_modules/follow-redirects/index.js:221:12)"),
			we("2026-11-29T07:41:31Z", Debug, "", `2026-11-29 07:41:31 [D] adapter-onebot [2914820057] receive {"post_type":"meta_event","meta_event_type":"heartbeat","interval":5000}`),
		},
	},
	{
		name:   "mirai-console-terminal",
		source: "mirai-console's terminal frontend (mirai's PlatformLogger: `yyyy-MM-dd HH:mm:ss L/identity: message`, L one of V D I W E, identities such as `main`, `Bot 123456789`, `Net 123456789`): mamoe/mirai-console issue #228 (a terminal session and a log pasted), mamoe/mirai's PlatformLogger doc comment (the line's regex and its `V/Bot 123456789: Send:` example); the W and E lines and the exception under the error from memory",
		why:    "one letter and a slash glued to an identity that holds a space and the bot's QQ number, then a colon; V is verbose; a Java stack under an error belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 I/main: Backend: version 2.16.0, built on 2023-11-16 17:02:25."),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 I/main: 5 plugin(s) enabled."),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29 07:41:18 I/Bot 2914820057: Logging in..."),
			we("2026-11-29T07:41:18Z", Trace, "", "2026-11-29 07:41:18 V/Net 2914820057: Send: wtlogin.login"),
			we("2026-11-29T07:41:19Z", Warn, "", "2026-11-29 07:41:19 W/Net 2914820057: Connection to 203.0.113.46:8080 lost, switching server"),
			we("2026-11-29T07:41:25Z", Error, "",
				"2026-11-29 07:41:25 E/Bot 2914820057: Exception in coroutine <unnamed> of Bot 2914820057",
				"net.mamoe.mirai.network.LoginFailedException: Error(bot=Bot(2914820057), code=45, title=禁止登录, message=当前上网环境异常，请更换网络环境或在常用设备上登录或稍后再试。, errorInfo=)",
				"\tat net.mamoe.mirai.internal.network.components.SsoProcessorImpl$SlowLoginImpl.doLogin(SsoProcessor.kt:486)",
				"\tat net.mamoe.mirai.internal.network.components.SsoProcessorImpl$SlowLoginImpl$doLogin$1.invokeSuspend(SsoProcessor.kt)"),
		},
	},
	{
		name:   "yunzai-log4js-pm2-out-ansi",
		gap:    "trawl reads no time from `ESC[32m[Yunzai-Bot][07:41:16.204][INFO]ESC[39m msg`: the clock of day in the second bracket, after the colour escape and the `[Yunzai-Bot]` tag, is not found (the four-letter level in the third bracket is read)",
		source: "Yunzai-Bot v3 (and its Miao and TRSS forks) run under pm2: the log4js console appender's pattern `%[[Yunzai-Bot][%d{hh:mm:ss.SSS}][%4.4p]%] %m`, so each line of ~/.pm2/logs/Yunzai-Bot-out.log opens with the level's colour escape, the product tag, the clock and the level cut to four letters (TRAC DEBU INFO WARN ERRO FATA MARK), the colour closed with ESC[39m before the message: Le-niao/Yunzai-Bot issue #482 (lib/config/log.js's pattern), the same pattern in forks' log.js found with find_string `[%d{hh:mm:ss.SSS}][%4.4p]`; log4js' colour table (green 32, cyan 36, yellow 33, red 91, closed by 39) as layouts.js spells it; pm2's out file and the messages from memory",
		why:    "a colour escape before the first bracket and another after the level; the level is four letters, ERRO and DEBU; a clock with no date is on the clock's day; an Error's stack printed under it is part of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "\x1b[32m[Yunzai-Bot][07:41:16.204][INFO]\x1b[39m Yunzai-Bot 启动中..."),
			we("2026-11-29T07:41:18.517Z", Debug, "", "\x1b[36m[Yunzai-Bot][07:41:18.517][DEBU]\x1b[39m 加载插件 [example] 用时 12ms"),
			we("2026-11-29T07:41:19.002Z", Info, "", "\x1b[32m[Yunzai-Bot][07:41:19.002][INFO]\x1b[39m 加载定时任务[3个]"),
			we("2026-11-29T07:41:20.330Z", Warn, "", "\x1b[33m[Yunzai-Bot][07:41:20.330][WARN]\x1b[39m [Redis] 未设置密码，建议在 config/config/redis.yaml 中配置"),
			we("2026-11-29T07:41:23.871Z", Error, "",
				"\x1b[91m[Yunzai-Bot][07:41:23.871][ERRO]\x1b[39m Error: connect ECONNREFUSED 127.0.0.1:6379",
				"    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)"),
		},
	},
	{
		name:   "nginx-proxy-manager-backend-signale",
		gap:    "signale's `› ✔  success` after the scope is not read as a level (Unknown), while `ℹ  info`, `⬤  debug`, `⚠  warning` and `✖  error` are",
		source: "Nginx Proxy Manager 2.x's Node back end in `docker logs` (signale with scopes: `[M/D/YYYY] [h:mm:ss AM|PM] [Scope    ] › <glyph>  <level>  msg`, glyphs ℹ info, ⬤ debug, ⚠ warning, ✖ error, ✔ success, the scope padded to nine; a failed command's output and the Node stack under a warning): getumbrel/umbrel-apps issue #3418 (`[IP Ranges] › ℹ  info` and `[SSL      ]` lines), hassio-addons/app-nginx-proxy-manager issue #691 (`› ⬤  debug     CMD:` and a `› ⚠  warning   CommandError:` with the command's output and stack under it); the ✖ error and ✔ success lines from memory of signale's defaults",
		why:    "a US date and a 12-hour clock in two brackets; the level is a glyph and a padded word after the scope and `›`; `nginx: [emerg]` is inside the message; the lines under a warning or an error are part of it",
		entries: []worldEntry{
			we("2026-11-28T23:58:03Z", Info, "", "[11/28/2026] [11:58:03 PM] [Global   ] › ℹ  info      Using Sqlite: /data/database.sqlite"),
			we("2026-11-29T07:41:16Z", Info, "", "[11/29/2026] [7:41:16 AM] [Migrate  ] › ℹ  info      Current database version: 20240427161436"),
			we("2026-11-29T07:41:16Z", Debug, "", `[11/29/2026] [7:41:16 AM] [Global   ] › ⬤  debug     CMD: /usr/sbin/nginx -t -g "error_log off;"`),
			we("2026-11-29T07:41:17Z", Warn, "",
				`[11/29/2026] [7:41:17 AM] [Nginx    ] › ⚠  warning   Nginx test failed: nginx: [emerg] host not found in upstream "wiki.lan:3000" in /data/nginx/proxy_host/7.conf:58`,
				"nginx: configuration file /etc/nginx/nginx.conf test failed"),
			we("2026-11-29T07:41:20Z", Error, "",
				`[11/29/2026] [7:41:20 AM] [SSL      ] › ✖  error     Error: Command failed: certbot renew --non-interactive --quiet --config "/etc/letsencrypt.ini" --preferred-challenges "dns,http" --disable-hook-validation`,
				"    at ChildProcess.exithandler (node:child_process:422:12)",
				"    at ChildProcess.emit (node:events:519:28)"),
			we("2026-11-29T07:41:22Z", Info, "", "[11/29/2026] [7:41:22 AM] [IP Ranges] › ✔  success   IP Ranges fetched and saved"),
		},
	},
	{
		name:   "nonebot2-loguru-default-sink",
		gap:    "`[SUCCESS]` after the yearless date is read as Notice, not as Info as fresh226 reads Loguru's SUCCESS in its bar layout",
		source: "NoneBot 2's default loguru sink (`MM-DD HH:mm:ss [LEVEL] logger | message`, levels TRACE DEBUG INFO SUCCESS WARNING ERROR CRITICAL, uvicorn's lines through the same sink, a traceback printed after the record): zhenxun-org/zhenxun_bot issues #211 and #60, chingkingm/honkai_mys issue #39, nonebot/nonebot2 issue #20; the WARNING line from memory",
		why:    "a date with no year, the level word in brackets, then the logger's name and a bar; SUCCESS sits between INFO and WARNING; a traceback belongs to the error above it; a bar inside the message is the adapter's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "11-29 07:41:16 [SUCCESS] nonebot | NoneBot is initializing..."),
			we("2026-11-29T07:41:16Z", Info, "", "11-29 07:41:16 [INFO] nonebot | Current Env: prod"),
			we("2026-11-29T07:41:16Z", Debug, "", `11-29 07:41:16 [DEBUG] nonebot | Succeeded to load adapter "OneBot V11"`),
			we("2026-11-29T07:41:17Z", Warn, "", `11-29 07:41:17 [WARNING] nonebot | Plugin "nonebot_plugin_status" declares no metadata`),
			we("2026-11-29T07:41:17Z", Error, "",
				`11-29 07:41:17 [ERROR] nonebot | Failed to import "nonebot_plugin_wordcloud"`,
				"Traceback (most recent call last):",
				`  File "/srv/bot/.venv/lib/python3.12/site-packages/nonebot/plugin/manager.py", line 176, in load_plugin`,
				"    module = importlib.import_module(name)",
				"ModuleNotFoundError: No module named 'jieba'"),
			we("2026-11-29T07:41:18Z", Info, "", "11-29 07:41:18 [INFO] uvicorn | Uvicorn running on http://127.0.0.1:8080 (Press CTRL+C to quit)"),
			we("2026-11-29T07:41:23Z", Info, "", "11-29 07:41:23 [INFO] nonebot | OneBot V11 | Bot 2914820057 connected"),
		},
	},
	{
		name:   "ant-javac-task-output",
		gap:    "trawl joins Ant's untimed output from the `compile:` target line through `    [javac] 2 warnings` into one record, so the `[mkdir]` and `[javac]` lines, each javac diagnostic, the `Note:` line and the counts are no records of their own and their levels are lost; and it cuts `BUILD FAILED` from the build file's line under it that says why",
		source: "Apache Ant 1.10 building with its javac task in a CI job (no clock; each task's output behind its right-aligned `[task]` tag, javac's `file:line: warning:` and `error:` diagnostics with the source line, the caret and the symbol and location lines under them, `warning: [options]` and `Note:` lines, the `N error`/`N warnings` counts, target names on lines of their own, `BUILD FAILED` with the build file's line): Ant runs pasted in public notes and READMEs found with find_string `    [javac] 1 warning` (a shock-client build, an OpenJDK 7 langtools build, a GridDB JDBC build, a MultiFoto CI failure with its `symbol:`/`location:` lines)",
		why:    "the level comes after the `[javac]` tag and, for a diagnostic, after its file and line; the diagnostic's next lines carry the same tag and belong to it; Note is javac's note; counts, targets and BUILD FAILED carry no level; no time anywhere",
		entries: []worldEntry{
			we("", Unknown, "", "Buildfile: /home/ci/ledger/build.xml"),
			wskip(""),
			we("", Unknown, "", "compile:"),
			we("", Unknown, "", "    [mkdir] Created dir: /home/ci/ledger/build/classes"),
			we("", Unknown, "", "    [javac] Compiling 118 source files to /home/ci/ledger/build/classes"),
			we("", Warn, "", "    [javac] warning: [options] source value 8 is obsolete and will be removed in a future release"),
			we("", Warn, "",
				"    [javac] /home/ci/ledger/src/org/example/ledger/Posting.java:88: warning: [removal] Integer(int) in Integer has been deprecated and marked for removal",
				"    [javac]         Integer cents = new Integer(raw);",
				"    [javac]                         ^"),
			we("", Error, "",
				"    [javac] /home/ci/ledger/src/org/example/ledger/Import.java:41: error: cannot find symbol",
				"    [javac]         CsvReader r = new CsvReader(in);",
				"    [javac]         ^",
				"    [javac]   symbol:   class CsvReader",
				"    [javac]   location: class Import"),
			we("", Notice, "", "    [javac] Note: Some input files use unchecked or unsafe operations."),
			we("", Unknown, "", "    [javac] 1 error"),
			we("", Unknown, "", "    [javac] 2 warnings"),
			wskip(""),
			we("", Unknown, "",
				"BUILD FAILED",
				"/home/ci/ledger/build.xml:63: Compile failed; see the compiler error output for details."),
		},
	},
	{
		name:   "git-stderr-zh-cn-build-log",
		gap:    "git's zh_CN level words with a full-width colon at the start of a line (`警告：`, `错误：`, `致命错误：`) are not read as levels, and the ` ! [remote rejected]` result line is joined to the `To …` line above it",
		source: "git 2.4x's stderr under LANG=zh_CN.UTF-8 as a build script tees it into its log (git's zh_CN catalogue: `警告：` for warning, `错误：` for error, `致命错误：` for fatal, each with a full-width colon; `正克隆到 '…'...` for Cloning into; the remote's own `remote: error:` lines and the `! [remote rejected]` push result untranslated): find_string hits for `致命错误：不是 git 仓库` (a CMake build log and tools matching git's localized stderr), `错误：无法推送一些引用到` (pushes pasted in Chinese notes, with `remote: error:` and `! [remote rejected]` lines above it) and `致命错误：无法访问`; the `警告：您似乎克隆了一个空仓库。` line from memory",
		why:    "the level is a Chinese word with a full-width colon at the start of the line; 致命错误 is fatal; the relayed `remote: error:` is the remote's error; the repository's host is a peer; no time",
		entries: []worldEntry{
			we("", Unknown, "", "正克隆到 'third_party/protobuf'..."),
			we("", Critical, "", "致命错误：无法访问 'https://git.example.cn/mirror/protobuf.git/'：Could not resolve host: git.example.cn"),
			we("", Unknown, "", "正克隆到 'third_party/fmt'..."),
			we("", Warn, "", "警告：您似乎克隆了一个空仓库。"),
			we("", Critical, "", "致命错误：不是 git 仓库（或者任何父目录）：.git"),
			we("", Error, "", "remote: error: refusing to update checked out branch: refs/heads/main"),
			we("", Unknown, "", "To git.example.cn:ops/ledger.git"),
			we("", Unknown, "", " ! [remote rejected] main -> main (branch is currently checked out)"),
			we("", Error, "", "错误：无法推送一些引用到 'git.example.cn:ops/ledger.git'"),
		},
	},
}

func TestFresh361Formats(t *testing.T) { assertTable(t, fresh361Cases) }
func TestFresh361Score(t *testing.T) {
	checkScore(t, "fresh361 formats", fresh361Cases, [worldNumFields]float64{85.6, 79.5, 90.6, 87.3})
}
