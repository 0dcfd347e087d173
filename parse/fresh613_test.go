package parse

import "testing"

// The six-hundred-and-thirteenth fresh table: web application frameworks' server logs, a further
// pass: the development and production servers of web frameworks in many languages as their
// consoles and files show them, shapes no earlier table holds. Each family is one framework's
// documented or observed output: JFinal's dev-mode action report (a blank line, a dashed title
// with the time, labelled `Url`/`Controller`/`Method`/`Interceptor`/`Parameter` lines, a closing
// row of dashes); a mORMot 2 server's TSynLog file (a header, then `yyyymmdd hhnnsszz`, a thread
// character and a padded level word); Marten's development request log (`Started "GET /…" at
// … UTC…`, indented details, `Completed with "200" in …ms`); Eleventy's `--serve` console (`[11ty]`
// lines, no time); Play 1.x's `play run` console (`HH:mm:ss,SSS LEVEL ~ msg` under a tilde
// banner); ThinkJS 3's think-logger console (`[ISO] [pid] [LEVEL] - msg`, a Node stack under an
// ERROR); redbean's verbose log (a level letter glued to the year, then `tool/net/redbean.c:line
// (topic)`); TurboGears 2 under `gearbox serve` (a time of day, `WARNI` for a warning cut to five
// letters, a Python warning's source line under it).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`jfinal`, `JFinal action report`, `action report`, `ActionReporter`,
// `mormot`, `TSynLog`, `synopse`, `marten`, `Started "GET`, `Completed with "`, `eleventy`,
// `[11ty]`, `play!`, `play 1`, `playframework`, `INFO  ~`, `WARN  ~`, `ERROR ~`, `Listening for
// HTTP on port`, `is now started !`, `thinkjs`, `8360`, `] [INFO] - ` after a pid, `[INFO]
// [default] - `, `redbean`, `redbean.c`, `(srvr)`, `fullmoon`, `turbogears`, `gearbox`,
// `tg.configuration`, `WARNI [`, `suave`, `Smooth! Suave`, `INF] `, `egg.js`, `egg started`,
// `midway`, `[-/`, `solon`, `bridgetown`, `jetzig`, `http.zig`, `happyx`, `gotham`, `trillium`,
// `pavex`, `nickel`, `lagom`, `wagtail`, `nicegui`, `fuelphp`, `mezzio`, `spiral`, `reactphp`,
// `kelp`, `happstack`, `spock`, `zio-http`, `tapir`, `http-kit`, `mochiweb`, `biff`, `saturn`,
// `websharper`, `carter`, `fastendpoints`, `aleph`, `grape`, `camping`, `goravel`, `dmvc`,
// `loggerpro`, `kohana`, `--- ERROR:`, `nette`, `tracy`, `fat-free`, `dotnetnuke`, `orchard`,
// `umbraco`, `web.py`, `tryton`, `frappe`, `masonite`, `streamlit`, `gradio`, `bokeh`, `nutz`,
// `http4k`, `athena`, `amber`, `nancy`, `qwik`, `solidstart`, `vinxi`, `goyave`, `clack`,
// `restinio`, `pistache`, `proxygen`, `ulib`, `hypnotoad`, `cutelyst`, `treefrog`, `finatra`,
// `leptos`, `kitura`, `hummingbird`, `grails`, `wicket`, `vaadin`, `seaside`, `teapot`, `cppcms`,
// `web2py`, `scalatra`, `ihp`, `blazor`, `litestar`, `sinatra`, `opium`, `poem`, `revel`,
// `adonis`, `sails`, `sveltekit`, `nitrogen`, `zotonic`, `giraffe`, `servicestack`, `elysia`,
// `jooby`, `ratpack`, `blacksheep`, `emmett`, `robyn`, `reflex`, `pylons`, `nameko`, `webman`,
// `thinkphp`, `gorilla`, `macaron`, `fasthttp`, `feathers`, `total.js`, `serverpod`, `vweb`,
// `ambiorix`, `sailor`, `luminus`, `chicago boss`, `pedestal`, `middleman`, `padrino`, `eliom`,
// `tapestry`, `actframework`, `armeria`, `cask`, `finch`, and the frameworks already measured:
// `rocket`, `actix`, `axum`, `loco`, `salvo`, `vapor`, `ktor`, `micronaut`, `quarkus`, `helidon`,
// `javalin`, `dropwizard`, `struts`, `vert.x`, `mojolicious`, `dancer`, `yesod`, `scotty`,
// `servant`, `kemal`, `lucky`, `jester`, `prologue`, `vibe.d`, `drogon`, `crow`, `oat++`, `kore`,
// `genie`, `plumber`, `shiny`, `hunchentoot`, `lapis`, `openresty`, `dream`, `phoenix`, `cowboy`,
// `rails`, `puma`, `webrick`, `hanami`, `roda`, `django`, `werkzeug`, `flask`, `uvicorn`,
// `hypercorn`, `gunicorn`, `sanic`, `tornado`, `bottle`, `cherrypy`, `starlette`, `pyramid`,
// `waitress`, `laravel`, `symfony`, `cakephp`, `codeigniter`, `yii`, `slim`, `phalcon`,
// `next.js`, `nuxt`, `remix`, `astro`, `vite`, `nestjs`, `fastify`, `koa`, `hapi`, `meteor`,
// `loopback`, `hono`, `gin`, `echo`, `fiber`, `buffalo`, `beego`, `iris`, `aspnet`, `kestrel`,
// `akka`, `http4s`, `spring boot`, `tomcat`, `jetty`, `undertow`, `laminas`, `zend`, `swoole`,
// `roadrunner`, `frankenphp`, `workerman`, `hyperf`, `hertz`, `kratos`, `go-zero`, `goframe`,
// `starman`, `plack`, `catalyst`, `odoo`, `zope`, `aiohttp`, `twisted`, `quart`). None of JFinal,
// mORMot, Marten, Eleventy, Play 1.x, ThinkJS, redbean or TurboGears is in any table (`INFO  ~`
// and `WARNI [` match only airflow's alembic lines without a time; `ERROR ~` only Nextflow's;
// `marten` nothing). Left out as measured already or the same shape as a measured one: Suave
// (Serilog's `[HH:mm:ss INF]` console), Egg.js and Midway (egg-logger's `[-/ip/-/Nms GET /]`
// context logger), Kohana, Nette's Tracy, Fat-Free, DotNetNuke, Orchard Core, Umbraco, web.py,
// Tryton, Frappe, Streamlit, Gradio, Bokeh, DelphiMVCFramework's LoggerPro, and the frameworks of
// fresh507 and the earlier web tables. Left out as not confirmed by any search: Solon, Jetzig,
// Bridgetown's exception block, Gotham, Trillium. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). JFinal's title time, mORMot's stamp, ThinkJS's ISO time and redbean's
// time carry no zone and are taken as UTC; Marten's says UTC. mORMot's last two digits are
// hundredths (07411612 is 07:41:16.12). Play 1.x and TurboGears write a time of day only: it is
// on the clock's day. Eleventy's lines, Marten's running banner and `Completed with` lines, and
// TurboGears' unstamped `Starting HTTP server on` line have no time of their own. Levels only
// where the line marks one: mORMot's info/debug/warn/ERROR word, Play's and TurboGears' padded
// words (`WARNI` is Warn), ThinkJS's bracketed word, redbean's leading letter (I, W); JFinal's
// reports, Marten's and Eleventy's lines carry none. No family has a host field: mORMot's
// `Host=` is in the unscored header, not in any record; redbean's client address, JFinal's
// controller and the database servers named in messages are no hosts. A record that spans lines
// is one entry: JFinal's report with its labelled lines and closing dashes, Marten's Started line
// with its indented details, ThinkJS's ERROR with its Node stack, TurboGears' warning with its
// source line. The blank lines before JFinal's reports and after Marten's banner and TurboGears'
// warning, mORMot's header and Play's tilde banner are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages" and find_string); where a search did not
// confirm a detail the source says "from memory" (Eleventy's Writing, Watching and Server lines;
// redbean's W letter). Hosts, ids, addresses, users and messages are invented, and every time is
// in late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0064dd7 before any rule for it: level 85.4 %, time 72.9 %, host 97.9 %, records 83.3 %.
// That is the macro figure (micro: level 87.5 %, time 77.5 %, host 97.5 %, records 87.5 %), in a
// worktree at 0064dd7 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are JFinal's report (its dashed title's time is not read and
// its labelled lines are split off), mORMot's compact `yyyymmdd hhnnsszz` stamp (not read as a
// time), redbean's level letter glued to the year (not read as a level), and TurboGears'
// unstamped `Starting HTTP server on` line (joined to the stamped record above it).

var fresh613Cases = []worldCase{
	{
		name:   "jfinal-action-report-dev-mode",
		source: "JFinal in dev mode (`devMode = true`) printing its action report to the console for every request (ActionReporter: a blank line, `JFinal action report -------- yyyy-MM-dd HH:mm:ss ------------------------------`, then `Url         : `, `Controller  : `, `Method      : `, `UrlPara     : `, `Interceptor : `, `Parameter   : ` and a closing row of 80 dashes): jfinal/jfinal com/jfinal/core/ActionReporter.java (found with find_string), a pasted console in a user's repository showing the block after SLF4J's warnings; jfinal/jfinal PR #106",
		why:    "a report block whose only time is inside a dashed title line; the labelled lines and the dashed closing row belong to that record; a blank line before each block; no level",
		gap:    "the time inside the dashed title `JFinal action report -------- yyyy-MM-dd HH:mm:ss ----…` is not read, and the labelled `Url         :`, `Controller  :` lines and the closing row of dashes are split off the title as records of their own",
		entries: []worldEntry{
			wskip(""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"JFinal action report -------- 2026-11-29 07:41:16 ------------------------------",
				"Url         : GET /order/show",
				"Controller  : com.harbour.shop.OrderController.(OrderController.java:1)",
				"Method      : show",
				"UrlPara     : 4471",
				"Interceptor : com.harbour.shop.AuthInterceptor.(AuthInterceptor.java:1)",
				"--------------------------------------------------------------------------------"),
			wskip(""),
			we("2026-11-29T07:41:19Z", Unknown, "",
				"JFinal action report -------- 2026-11-29 07:41:19 ------------------------------",
				"Url         : POST /order/save",
				"Controller  : com.harbour.shop.OrderController.(OrderController.java:1)",
				"Method      : save",
				"Interceptor : com.harbour.shop.AuthInterceptor.(AuthInterceptor.java:1)",
				"              com.jfinal.plugin.activerecord.tx.Tx.(Tx.java:1)",
				"Parameter   : order.qty=3  order.sku=HL-0042  ",
				"--------------------------------------------------------------------------------"),
			wskip(""),
			we("2026-11-29T07:42:03Z", Unknown, "",
				"JFinal action report -------- 2026-11-29 07:42:03 ------------------------------",
				"Url         : GET /",
				"Controller  : com.harbour.shop.IndexController.(IndexController.java:1)",
				"Method      : index",
				"--------------------------------------------------------------------------------"),
		},
	},
	{
		name:   "mormot2-tsynlog-server-file",
		source: "a mORMot 2 REST/HTTP server's TSynLog file (a three-line header with the executable, `Host=… User=… Freq=…` and `TSynLog 2.x … <ISO time>`, a blank line, then `yyyymmdd hhnnsszz  <thread char> <level padded to 6> text`, zz being hundredths; levels info debug trace warn ERROR, `+`/`-` method enter and leave, SQL, http, srvr…): unitybase/ub-pub's log viewer parser (found with find_string: `20210727 08260933  $ SQL`, `20220916 14490144  ! auth`, the header line `TSynLog 2.0.4068 x64MMs 2022-09-30T16:52:57` and the level codes), synopse/mORMot2 src/core/mormot.core.log.pas",
		why:    "a compact `yyyymmdd hhnnsszz` stamp whose last two digits are hundredths; a thread character before the level word; the header's Host= is no record's host",
		entries: []worldEntry{
			wskip("/opt/harbour/bin/harbourd 2.3.9112 (2026-11-20 14:02:11)",
				"Host=api01 User=harbour CPU=8*0-25-1281 OS=Ubuntu 24.04=Linux-6.8.0-49-generic Wow64=0 Freq=1000000",
				"TSynLog 2.3.9112 x64MMs 2026-11-29T07:41:16",
				""),
			we("2026-11-29T07:41:16.12Z", Info, "", "20261129 07411612  ! info  SetThreadName 7f3a1c2b4740=Main"),
			we("2026-11-29T07:41:16.48Z", Debug, "", "20261129 07411648  ! debug mormot.rest.http.server.TRestHttpServer(7f3a1c0e2d80) Create: bind port 8888 using THttpAsyncServer"),
			we("2026-11-29T07:41:19.04Z", Warn, "", `20261129 07411904  " warn  mormot.net.async.THttpAsyncServer(7f3a1c0e3a40) OnRead: closing connection #41 after 30000 ms of inactivity`),
			we("2026-11-29T07:41:22.77Z", Error, "", `20261129 07412277  " ERROR mormot.db.sql.postgres.TSqlDBPostgresConnection(7f3a1b9c1f00) Connect: could not connect to server harbour-db port 5432`),
			we("2026-11-29T07:41:23.05Z", Info, "", "20261129 07412305  ! info  TRestServerDB(7f3a1c0e1b20) Shutdown: 3 sessions closed"),
		},
	},
	{
		name:   "marten-dev-request-log",
		source: "Marten (Crystal) development server's request log since the development log revamp (`Marten running on http://127.0.0.1:8000 (Press CTRL+C to quit)…`, then `Started \"VERB /path\" at yyyy-MM-dd HH:mm:ss UTC…` with indented `Data:`, `Query params:`, `Routed to:`, `Executing query:`, `Rendering template:` lines, then `Completed with \"status\" in N.NNms`): martenframework/marten issue #255",
		why:    "the time is in the middle of the Started line (with UTC); the indented detail lines belong to the Started record; the Completed line and the running banner carry no time of their own; no level",
		entries: []worldEntry{
			we("", Unknown, "", "Marten running on http://127.0.0.1:8000 (Press CTRL+C to quit)…"),
			wskip(""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				`Started "GET /books/42" at 2026-11-29 07:41:16 UTC…`,
				`    Query params: { "tab" => "reviews" }`,
				"    Routed to: Books::DetailHandler",
				"    Executing query: SELECT * FROM books_book WHERE id = ? LIMIT 1",
				"    Rendering template: books/detail.html",
				"    Rendered template: books/detail.html"),
			we("", Unknown, "", `Completed with "200" in 41.87ms`),
			we("2026-11-29T07:41:19Z", Unknown, "",
				`Started "POST /books/42/reviews" at 2026-11-29 07:41:19 UTC…`,
				`    Data: { "rating" => "4", "body" => "Slow start, great ending" }`,
				"    Routed to: Books::ReviewCreateHandler",
				"    Executing query: INSERT INTO books_review (book_id, rating, body) VALUES (?, ?, ?)"),
			we("", Unknown, "", `Completed with "302" in 18.05ms`),
		},
	},
	{
		name:   "eleventy-serve-console",
		source: "Eleventy (11ty) `npx @11ty/eleventy --serve` on a terminal (every line prefixed `[11ty] `: `Writing … from … (engine)`, `Wrote N files in S seconds (Nms each, vX)`, `Watching…`, `Server at http://localhost:8080/`): 11ty/buildawesome issue #2629 (a pasted `[11ty] Wrote 20 files in 0.09 seconds (4.5ms each, v2.0.0-canary.16)`), 11ty/dev-server issue #83; the Writing, Watching and Server lines from memory",
		why:    "a bracketed product tag and no time or level on any line; `0.41 seconds` and the version are no times",
		entries: []worldEntry{
			we("", Unknown, "", "[11ty] Writing ./_site/index.html from ./src/index.njk"),
			we("", Unknown, "", "[11ty] Writing ./_site/posts/harbour-lights/index.html from ./src/posts/harbour-lights.md (liquid)"),
			we("", Unknown, "", "[11ty] Wrote 22 files in 0.41 seconds (18.6ms each, v3.0.0)"),
			we("", Unknown, "", "[11ty] Watching…"),
			we("", Unknown, "", "[11ty] Server at http://localhost:8080/"),
		},
	},
	{
		name:   "play1-console-tilde",
		source: "Play Framework 1.x (`play run`, its log4j pattern `%d{ABSOLUTE} %-5p ~ %m%n`: a time of day with a comma before the milliseconds, the level padded to five, then ` ~ `; the `~` banner lines before it): Heroku Dev Center's Play 1 article (a pasted `heroku logs`), several READMEs pasting `play run` output (found with find_string `INFO  ~ Application`)",
		why:    "a time of day only (the clock's day); the padded level word before a lone tilde; the tilde banner is fed but not scored",
		entries: []worldEntry{
			wskip("~ play! 1.7.1, https://www.playframework.com",
				"~ framework ID is prod",
				"~",
				"~ Ctrl+C to stop",
				"~"),
			we("2026-11-29T07:41:16.953Z", Info, "", "07:41:16,953 INFO  ~ Starting /srv/harbour-shop"),
			we("2026-11-29T07:41:17.011Z", Info, "", "07:41:17,011 INFO  ~ Application is precompiled"),
			we("2026-11-29T07:41:18.448Z", Warn, "", "07:41:18,448 WARN  ~ You're running Play! in DEV mode"),
			we("2026-11-29T07:41:19.406Z", Info, "", "07:41:19,406 INFO  ~ Connected to jdbc:postgresql://db01.harbour.internal/shop"),
			we("2026-11-29T07:41:19.538Z", Info, "", "07:41:19,538 INFO  ~ Listening for HTTP on port 9000 ..."),
			we("2026-11-29T07:42:03.117Z", Error, "", "07:42:03,117 ERROR ~ Cannot send the order confirmation to ines@harbour.example: Connection refused"),
		},
	},
	{
		name:   "thinkjs3-think-logger-console",
		source: "ThinkJS 3's think-logger console adapter (`[yyyy-MM-ddTHH:mm:ss.SSS] [pid] [LEVEL] - msg`, a zone-less ISO time, the worker's pid, the level in brackets; startup lines `Server running at …`, request lines `GET /path 200 Nms`): thinkjs/thinkjs issue #1344 (a pasted console), issue #796, issue #887 (a Node error with its stack)",
		why:    "a zone-less ISO time in brackets (UTC by the rules); a pid in brackets before the bracketed level; a Node stack under an ERROR belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.078Z", Info, "", "[2026-11-29T07:41:16.078] [4120] [INFO] - Server running at http://127.0.0.1:8360"),
			we("2026-11-29T07:41:16.079Z", Info, "", "[2026-11-29T07:41:16.079] [4120] [INFO] - ThinkJS version: 3.2.15"),
			we("2026-11-29T07:41:16.080Z", Info, "", "[2026-11-29T07:41:16.080] [4120] [INFO] - Workers: 2"),
			we("2026-11-29T07:41:22.311Z", Info, "", "[2026-11-29T07:41:22.311] [4121] [INFO] - GET /api/orders?page=2 200 38ms"),
			we("2026-11-29T07:41:23.902Z", Warn, "", "[2026-11-29T07:41:23.902] [4121] [WARN] - order 4471 has no shipping address"),
			we("2026-11-29T07:41:24.517Z", Error, "",
				"[2026-11-29T07:41:24.517] [4122] [ERROR] - Error: connect ECONNREFUSED 10.20.4.15:3306",
				"    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)"),
		},
	},
	{
		name:   "redbean-verbose-log",
		source: "redbean (Cosmopolitan's single-file web server, Lua/Fullmoon apps) run with `-v` (`<L>yyyy-MM-ddTHH:mm:ss:tool/net/redbean.c:<line> (<topic>) msg`, the level letter glued to the year; topics srvr, req, rsp, lua): a pasted verbose log in a redbean Ruby/Rack guide and janusxr's README (found with find_string `(srvr) listen http://`); the W letter from memory",
		why:    "a one-letter level glued to an ISO date without zone; the source file and line after the time; the client address in a req line is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "I2026-11-29T07:41:16:tool/net/redbean.c:7283 (srvr) listen http://127.0.0.1:8080"),
			we("2026-11-29T07:41:21Z", Info, "", `I2026-11-29T07:41:21:tool/net/redbean.c:6320 (req) received 10.20.4.31:53982 HTTP11 GET http://harbour.example:8080/api/stock "" "curl/8.11.0"`),
			we("2026-11-29T07:41:22Z", Info, "", "I2026-11-29T07:41:22:tool/net/redbean.c:3359 (lua) running /.init.lua"),
			we("2026-11-29T07:41:27Z", Warn, "", "W2026-11-29T07:41:27:tool/net/redbean.c:5120 (rsp) 404 not found /favicon.ico"),
		},
	},
	{
		name:   "turbogears-gearbox-serve",
		source: "TurboGears 2 served by `gearbox serve` with the quickstarted development.ini logging (`%(asctime)s,%(msecs)03d %(levelname)-5.5s [%(name)s] %(message)s`, datefmt `%H:%M:%S`: a time of day, the level cut or padded to five letters, so `WARNI`; Python warnings printed with their source line under them and a blank line): Tracim's README pasting `./bin/run.sh` output (found with find_string `INFO  [gearbox]`)",
		why:    "a time of day only (the clock's day); `WARNI` is a warning cut to five letters; the warning's indented source line belongs to it; the server's unstamped `Starting HTTP server on …` line is a record of its own with no time",
		gap:    "the unstamped `Starting HTTP server on …` line after a stamped record is joined to that record instead of standing as a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.982Z", Info, "", "07:41:16,982 INFO  [gearbox] Starting subprocess with file monitor"),
			we("2026-11-29T07:41:17.646Z", Warn, "",
				"07:41:17,646 WARNI [py.warnings] /srv/harbour/venv/lib/python3.12/site-packages/tw2/core/middleware.py:9: DeprecationWarning: pkg_resources is deprecated as an API.",
				"  import pkg_resources"),
			wskip(""),
			we("2026-11-29T07:41:17.862Z", Info, "", "07:41:17,862 INFO  [gearbox] Starting server in PID 20417."),
			we("", Unknown, "", "Starting HTTP server on http://0.0.0.0:8080"),
			we("2026-11-29T07:41:31.204Z", Info, "", "07:41:31,204 INFO  [harbour.controllers.root] Rendering index for user ines"),
			we("2026-11-29T07:41:33.870Z", Error, "", "07:41:33,870 ERROR [harbour.lib.mailer] could not deliver the notification to ops@harbour.example"),
		},
	},
}

func TestFresh613Formats(t *testing.T) { assertTable(t, fresh613Cases) }
func TestFresh613Score(t *testing.T) {
	checkScore(t, "fresh613 formats", fresh613Cases, [worldNumFields]float64{97.8, 85.3, 97.8, 83.2})
}
