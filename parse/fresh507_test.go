package parse

import "testing"

// The five-hundred-and-seventh fresh table: web application frameworks' server logs, the development
// and production servers of web frameworks in many languages as their consoles and files show them,
// shapes no earlier table holds. Each family is one framework's documented or observed output:
// Sails.js's captains-log console (`info: `, `verbose: `, `warn: `, `error: ` before every line and
// no time); Zotonic 1.x's terminal logger (a zone-less date and time, the level word, `site=`, an
// Erlang pid and `[module:function/arity:line] ▸ text="…"`); Zotonic 0.x's lager console (a time of
// day with milliseconds and `[error]`, an error's term continued on the next line); Litestar's
// "standard" formatter (`LEVEL - yyyy-MM-dd HH:mm:ss,mmm - logger - module - message`, a traceback
// under an uncaught exception); Robyn's Python logging in its default basicConfig shape
// (`LEVEL:logger:message`, no time); web2py's Rocket console (a banner, then
// `ERROR:Rocket.Errors.Thread-N:Traceback …` whose frames are separated by blank lines); Serverpod's
// console (a `SERVERPOD version: …, time: …Z` line, `METHOD CALL:` lines, a `FAILED TO LOG SESSION`
// block); Jooby's generated logback (`[yyyy-MM-dd HH:mm:ss,SSS]-[thread] LEVEL logger - msg`, its
// indented `App started with:` summary and a stack under an ERROR).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`sails`, `Sails lifted`, `lifted`, `captains-log`, `zotonic`,
// `z_sites`, `z_module_manager`, `NOTICE  site=`, `▸`, `litestar`, `- litestar`, `robyn`,
// `web2py`, `jooby`, `]-[main]`, `serverpod`, `finatra`, `twitter-server`, `cutelyst`,
// `treefrog`, `cppcms`, `ambiorix`, `aqueduct`, `dx serve`, `dioxus`, `reflex`, `App running at`,
// `masonite`, `scalatra`, `pedestal`, `io.pedestal`, `luminus`, `vaadin`, `wicket`, `tapestry`,
// `blazor`, `giraffe`, `servicestack`, `ihp`, `emmett`, `blacksheep`, `leptos`, `qwik`,
// `solidstart`, `vinxi`, `sveltekit`, `goyave`, `seaside`, `teapot`, `clack`, `vweb`, `sailor`,
// `Chicago Boss`, `nitrogen`, `spider-gazelle`, `action-controller`, `restinio`, `pistache`,
// `proxygen`, `ulib`, `actframework`, `ninjaframework`, `hypnotoad`, `Elysia`, `feathers`,
// `hapi/good`, and the frameworks already measured: `drogon`, `trantor`, `HttpAppFrameworkImpl`,
// `Crow/`, `oatpp`, `wthttp`, `WServer`, `dream.logger`, `meteor`, `I2026`, `nestjs`, `[Nest]`,
// `strapi`, `adonis`, `codeigniter`, ` --> `, `yii`, `cakephp`, `mojolicious`, `dancer`, `core @`,
// `catalyst`, `helidon`, `LoomServer`, `javalin`, `vertx`, `vert.x`, `dropwizard`, `kemal`,
// `lucky`, `jester`, `prologue`, `shelf`, `dart_frog`, `yesod`, `genie`, `vapor`, `codes.vapor`,
// `kitura`, `HeliumLogger`, `hummingbird`, `beego`, `revel`, `buffalo`, `fiber`, `gin`,
// `phoenix`, `play.api`, `AkkaHttpServer`, `PekkoHttpServer`, `ktor`, `micronaut`, `quarkus`,
// `spring`, `sanic`, `Goin' Fast`, `cherrypy`, `ENGINE Bus`, `tornado`, `waitress`, `hypercorn`,
// `granian`, `uvicorn`, `aiohttp`, `quart`, `twisted`, `Site starting`, `django`, `runserver`,
// `flask`, `werkzeug`, `rails`, `puma`, `webrick`, `sinatra`, `hanami`, `laravel`, `artisan`,
// `symfony`, `Web Server ]`, `next.js`, `vite`, `nuxt`, `remix`, `astro`, `angular`, `gatsby`,
// `redwood`, `shiny`, `plumber`, `lapis`, `openresty`, `falcon`, `pyramid`, `bottle`,
// `starlette`, `fastapi`, `koa`, `express`, `morgan`, `+0ms`, `hapi`, `good-console`, `fastify`,
// `loopback`, `rocket`, `Rocket has launched`, `actix`, `axum`, `loco`, `poem`, `salvo`,
// `cowboy`, `yaws`, `scotty`, `servant`, `snap`, `opium`, `ocsigen`, `aspnet`,
// `Microsoft.Hosting.Lifetime`, `INF]`, `grails`, `struts`, `http4s`, `cask`, `ratpack`,
// `hono`, `deno`, `iris`, `kratos`, `go-zero`, `hertz`, `goframe`, `phalcon`, `laminas`, `zend`,
// `drupal`, `wordpress`, `hunchentoot`, `naviserver`, `aolserver`, `nsmain`, `Net::Server`,
// `starman`, `Development Server`, `hyperf`, `workerman`, `swoole`, `frankenphp`, `userver`,
// `tskv`, `kore`, `lwan`, `tntnet`, `crystal`, `vibe`). None of Sails, Zotonic, Litestar,
// Robyn, web2py, Serverpod or Jooby is in any table (`]-[main]` matches nothing; `Rocket` matches
// only Rust's Rocket). Left out as measured already: Django's runserver, Flask and Werkzeug,
// Tornado, Sanic, CherryPy, Twisted, uvicorn, Hypercorn, Granian, aiohttp, Rails, Puma, WEBrick,
// Padrino, Laravel, Symfony's CLI server, CakePHP, CodeIgniter 4, Yii 2, Phalcon, Phoenix, Play,
// Ktor, Micronaut, Quarkus, Spring Boot, Helidon, Javalin, Dropwizard, Vert.x, Kitura, Vapor,
// Gin, Echo, Fiber, Beego, Revel, Buffalo, NestJS, Next.js, Nuxt, Vite, Remix, Meteor, Strapi,
// hapi's good-console, Express with debug and morgan, Rocket, Actix, Drogon, Crow, Oat++, Wt,
// Dream, Kemal, Lucky, Jester, Genie, Mojolicious, Dancer, Hunchentoot. Left out as not confirmed
// by any search: Finatra's logback, TreeFrog's treefrog.log, Cutelyst's server, Chicago Boss,
// Emmett and Ambiorix. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Sails's and Robyn's lines and web2py's Rocket lines carry no time.
// Zotonic 1.x's, Litestar's and Jooby's stamps have no zone and are taken as UTC. Zotonic 0.x's
// lager console has a time of day only: it is on the clock's day. Serverpod's `time:` field and its
// failure block's stamp end in Z; the Dart build date in parentheses on the version line is not the
// record's time. Levels only where the line marks one: Sails's prefix words (verbose is Debug),
// Zotonic's NOTICE/ERROR/INFO/WARNING word, lager's bracketed word, Litestar's and Robyn's and
// web2py's Python level names, Jooby's padded level column; Serverpod's lines carry none
// (`FAILED TO LOG SESSION` is a message). None of these lines has a host field: Zotonic's `site=`
// and Erlang node names, Robyn's bind address, web2py's "please visit" address and Jooby's listen
// address are no hosts. A record that spans lines is one entry: lager's error with its term on the
// next line, Litestar's traceback, web2py's traceback with blank lines between its frames,
// Serverpod's failure block, Jooby's ERROR with its Java stack. web2py's banner is fed but not
// scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 587d8b3 before any rule for it: level 97.5 %, time 97.5 %, host 100.0 %, records 97.5 %.
// That is the macro figure (micro: level 97.6 %, time 97.6 %, host 100.0 %, records 97.6 %), in a
// worktree at 587d8b3 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Serverpod's console, where trawl reads the Dart build date in
// parentheses on the version line instead of its `time:` field, cuts the failure block at its blank
// line, and gives that block the level Info though it marks none.

var fresh507Cases = []worldCase{
	{
		name:   "sails-captains-log-lift",
		source: "Sails.js `sails lift` through captains-log (each line `level: message`, levels silly verbose info debug warn error, no time): balderdashy/sails PR #2478 and issue #2081, sharepointoscar/MEANS issue #7 (a pasted `sails lift --verbose`)",
		why:    "the level is a word and a colon at the start of the line; no time, no host; `verbose` is Debug",
		entries: []worldEntry{
			we("", Info, "", "info: Starting app..."),
			we("", Debug, "", "verbose: Loading app config..."),
			we("", Warn, "", "warn: `sails.config.express` is deprecated; use `sails.config.http` instead."),
			we("", Debug, "", "verbose: blueprints hook loaded successfully."),
			we("", Info, "", "info: Server lifted in `/srv/harbour-api`"),
			we("", Error, "", "error: Server doesn't seem to be starting."),
		},
	},
	{
		name:   "zotonic-terminal-logger",
		source: "Zotonic 1.x started with `zotonic debug` (`yyyy-MM-dd HH:mm:ss LEVEL  site=… <pid> [module:function/arity:line] ▸ text=\"…\" key=value…`): zotonic/zotonic issue #3673 (pasted lines)",
		why:    "a zone-less date and time, then the level word in capitals; `site=` and the Erlang pid are no host; `do_start_site/1:730` is a function and line, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", `2026-11-29 07:41:16 NOTICE  site=harbour <0.512.0> [z_sites_manager:do_start_site/1:730] ▸ text="Site starting" in=zotonic_core action=starting`),
			we("2026-11-29T07:41:17Z", Info, "", `2026-11-29 07:41:17 INFO  site=harbour <0.540.0> [z_module_manager:start_child/4:1402] ▸ text="Module started" in=zotonic_core module=mod_admin`),
			we("2026-11-29T07:41:18Z", Warn, "", `2026-11-29 07:41:18 WARNING  site=harbour <0.561.0> [z_db:ensure_database/2:1180] ▸ text="Database schema is behind" in=zotonic_core version=14`),
			we("2026-11-29T07:41:19Z", Error, "", `2026-11-29 07:41:19 ERROR  site=quayside <0.588.0> [z_sites_manager:do_start_site/1:753] ▸ text="Site start failed" result=error reason="{quayside,{\"no such file or directory\",\"quayside.app\"}}" in=zotonic_core`),
		},
	},
	{
		name:   "zotonic-lager-console",
		source: "Zotonic 0.x in its debug shell, lager's console format (`HH:mm:ss.SSS [level] msg`, an error's Erlang term continued on the next line): zotonic/zotonic issues #2112 and #2343",
		why:    "a time of day with milliseconds and no date (the clock's day); the bracketed lower-case level; the node name `zotonic@…` in the message is no host; the continuation line belongs to the error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "07:41:16.204 [info] Application mod_admin started on node 'zotonic@kiln'"),
			we("2026-11-29T07:41:16.911Z", Notice, "", `07:41:16.911 [notice] Site "harbour" started`),
			we("2026-11-29T07:41:20.118Z", Warn, "", "07:41:20.118 [warning] Dispatch rule for 'page' overruled by mod_harbour"),
			we("2026-11-29T07:41:22.834Z", Error, "",
				"07:41:22.834 [error] Error in process <0.1765.0> on node zotonic@kiln with exit value:",
				`{{badmatch,{error,running}},[{mod_harbour,event,2,[{file,"/opt/zotonic/apps/mod_harbour/src/mod_harbour.erl"},{line,57}]},{z_transport,incoming_postback_event,6,[{file,"/opt/zotonic/apps/zotonic_mod_wires/src/support/z_transport.erl"},{line,127}]}]}`),
			we("2026-11-29T07:41:22.836Z", Error, "", "07:41:22.836 [error] gen_server 'z_module_manager$harbour' terminated with reason: {badmap,undefined}"),
		},
	},
	{
		name:   "litestar-standard-formatter",
		source: "Litestar 2's LoggingConfig with its `standard` formatter (`%(levelname)s - %(asctime)s - %(name)s - %(module)s - %(message)s`, an uncaught exception logged with its traceback): litestar-org discussion #3482, docs.litestar.dev usage/logging and the litestar.logging.config source page",
		why:    "the level word first, then ` - ` and a zone-less time with a comma before the milliseconds; the traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120Z", Info, "", "INFO - 2026-11-29 07:41:16,120 - litestar - app - harbour api ready, 14 route handlers"),
			we("2026-11-29T07:41:18.452Z", Debug, "", "DEBUG - 2026-11-29 07:41:18,452 - litestar - berths - fetching berth 77 for quay 4"),
			we("2026-11-29T07:41:19.003Z", Warn, "", "WARNING - 2026-11-29 07:41:19,003 - litestar - auth - token for user 1184 expires in 30 s"),
			we("2026-11-29T07:41:20.771Z", Error, "",
				"ERROR - 2026-11-29 07:41:20,771 - litestar - config - Uncaught exception (connection_type=http, path=/berths/77):",
				"Traceback (most recent call last):",
				`  File "/srv/harbour/.venv/lib/python3.12/site-packages/litestar/middleware/_internal/exceptions/middleware.py", line 159, in __call__`,
				"    await self.app(scope, receive, capture_response_started)",
				`  File "/srv/harbour/app/berths.py", line 42, in get_berth`,
				"    return berths[berth_id]",
				"KeyError: 77"),
			we("2026-11-29T07:41:21.015Z", Info, "", "INFO - 2026-11-29 07:41:21,015 - litestar - app - shutting down"),
		},
	},
	{
		name:   "robyn-python-logging",
		source: "Robyn (Python with an Actix core) run with `python app.py` or `robyn app.py`: Python's basicConfig shape `LEVEL:logger:message`, no time, actix_server's lines through the same logger, a plain `Starting dev server...`: sparckles/Robyn PRs #877 and #479, issue #342 (pasted consoles)",
		why:    "the level word glued to the logger name by colons, no time; the bind address 0.0.0.0:8080 is no host; a plain line has no level",
		entries: []worldEntry{
			we("", Unknown, "", "Starting dev server..."),
			we("", Info, "", "INFO:robyn.logger:SERVER IS RUNNING IN VERBOSE/DEBUG MODE. Set --log-level to WARN to run in production mode."),
			we("", Info, "", "INFO:robyn.logger:Robyn version: 0.72.1"),
			we("", Debug, "", "DEBUG:robyn.server:The number of workers is 2"),
			we("", Info, "", "INFO:actix_server.builder:starting 2 workers"),
			we("", Warn, "", "WARNING:robyn.logger:Route /quays/{id} shadows /quays/new"),
			we("", Error, "", "ERROR:robyn.logger:Error in route handler GET /berths/77: KeyError: 77"),
		},
	},
	{
		name:   "web2py-rocket-console",
		source: "web2py 2.x/3.x started with `python web2py.py` (its banner, then Rocket's errors through Python logging `ERROR:Rocket.Errors.Thread-N:…`, a traceback whose lines are separated by blank lines): web2py/web2py issues #2113 and #2116 (pasted consoles)",
		why:    "no time; the level word and the logger name before the message; the traceback with blank lines between its frames is one record; the banner's address is no host",
		entries: []worldEntry{
			wskip("web2py Web Framework",
				"Created by Massimo Di Pierro, Copyright 2007-2026",
				"Version 3.0.11-stable+timestamp.2026.11.02.09.14.22",
				"Database drivers available: sqlite3, pymysql, imaplib",
				"",
				"please visit:",
				"        http://192.168.40.12:8000/",
				`use "kill -SIGTERM 21873" to shutdown the web2py server`,
				""),
			we("", Error, "",
				"ERROR:Rocket.Errors.Thread-3:Traceback (most recent call last):",
				"",
				`  File "/srv/web2py/gluon/packages/dal/../../rocket3.py", line 1288, in run`,
				"    self.run_app(conn)",
				"",
				`  File "/srv/web2py/gluon/rocket3.py", line 1601, in build_environ`,
				"    request = self.read_request_line(sock_file)",
				"",
				"ConnectionResetError: [Errno 104] Connection reset by peer",
				""),
			we("", Error, "", `ERROR:Rocket.Errors.Thread-3:Tried to send "500 Server Error" to client but received socket error`),
			we("", Warn, "", "WARNING:web2py.app.harbour:session file for 10.0.4.31 could not be locked, retrying"),
			we("", Error, "", `ERROR:Rocket.Errors.Thread-7:Tried to send "500 Server Error" to client but received socket error`),
		},
	},
	{
		name:   "serverpod-console",
		source: "Serverpod started with `dart bin/main.dart` (`SERVERPOD version: …, dart: … on \"…\", time: yyyy-MM-dd HH:mm:ss.ffffffZ`, then `mode: …` lines, `METHOD CALL:` lines, and a `FAILED TO LOG SESSION` block with its Dart stack): serverpod/serverpod issues #1795, #974 and #996 (pasted consoles)",
		why:    "the version line's `time:` is the record's time, the Dart build date in parentheses is not; the failure block with its stack and `LOG ERRORS` is one record; no level",
		gap:    "the Dart build date in parentheses on the version line is read as its time instead of the `time:` field; the failure block is cut at its blank line (`LOG ERRORS` and what follows become a new entry), and the block is given the level Info though it marks none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.032153Z", Unknown, "", `SERVERPOD version: 2.9.1, dart: 3.8.1 (stable) (Tue Nov 10 11:02:13 2026 +0000) on "linux_x64", time: 2026-11-29 07:41:16.032153Z`),
			we("", Unknown, "", "mode: development, role: monolith, logging: normal, serverId: default"),
			we("", Unknown, "", "METHOD CALL: berth.list duration: 3ms numQueries: 2 authenticatedUser: 1184"),
			we("2026-11-29T07:43:02.118204Z", Unknown, "",
				"2026-11-29 07:43:02.118204Z FAILED TO LOG SESSION",
				"CALL: berth.reserve duration: 2ms numQueries: 2 authenticatedUser: null",
				"CALL error: null",
				"#0      ListIterator.moveNext (dart:_internal/iterable.dart:338:7)",
				"#1      LogManager.finalizeSessionLog (package:serverpod/src/server/log_manager.dart:399:43)",
				"<asynchronous suspension>",
				"",
				"LOG ERRORS",
				"Concurrent modification during iteration: Instance(length:2) of '_GrowableList'.",
				"#0      ListIterator.moveNext (dart:_internal/iterable.dart:338:7)"),
			we("", Unknown, "", "METHOD CALL: quay.status duration: 1ms numQueries: 1 authenticatedUser: null"),
		},
	},
	{
		name:   "jooby-logback-startup",
		source: "a Jooby 2/3 app with the logback.xml its starter generates (`[%d{yyyy-MM-dd HH:mm:ss,SSS}]-[%thread] %-5level %logger - %msg`, the indented `App started with:` summary, an ERROR with the Java stack): a course text running a Jooby service (found with find_string `]-[main] INFO`, `Service started with:`, `PID:`, `netty {port: 8080, …}`); the error handler's `GET /path 500 Server Error` message from memory",
		why:    "a bracketed zone-less time glued to the bracketed thread by a dash; the padded level column; the listen address is no host; the stack belongs to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.083Z", Info, "", "[2026-11-29 07:41:16,083]-[main] INFO  harbour.App - App started with:"),
			we("2026-11-29T07:41:16.085Z", Info, "", "[2026-11-29 07:41:16,085]-[main] INFO  harbour.App -     PID: 74003"),
			we("2026-11-29T07:41:16.085Z", Info, "", "[2026-11-29 07:41:16,085]-[main] INFO  harbour.App -     netty {port: 8080, ioThreads: 16, workerThreads: 128, bodyBufferSize: 16384, maxRequestSize: 10485760}"),
			we("2026-11-29T07:41:16.088Z", Info, "", "[2026-11-29 07:41:16,088]-[main] INFO  harbour.App -     http://localhost:8080/"),
			we("2026-11-29T07:41:19.240Z", Warn, "", "[2026-11-29 07:41:19,240]-[worker-1-3] WARN  harbour.BerthController - berth 77 requested by user 1184 is not on quay 4"),
			we("2026-11-29T07:41:19.512Z", Error, "",
				"[2026-11-29 07:41:19,512]-[worker-1-3] ERROR harbour.App - GET /berths/77 500 Server Error",
				"java.lang.IllegalStateException: berth 77 has no quay",
				"\tat harbour.BerthController.get(BerthController.java:42)",
				"\tat io.jooby.internal.handler.DefaultHandler.apply(DefaultHandler.java:28)",
				"\tat java.base/java.lang.Thread.run(Thread.java:1583)"),
		},
	},
}

func TestFresh507Formats(t *testing.T) { assertTable(t, fresh507Cases) }
func TestFresh507Score(t *testing.T) {
	checkScore(t, "fresh507 formats", fresh507Cases, [worldNumFields]float64{97.4, 97.4, 99.9, 97.4})
}
