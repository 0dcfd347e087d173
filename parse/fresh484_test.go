package parse

import "testing"

// The four-hundred-and-eighty-fourth fresh table: web servers and proxies, another pass: HTTP
// servers and the frameworks that carry their own server, and a forward proxy, in the shapes their
// logs take when people paste them into tickets, none of them in an earlier table. Each family is
// one product's documented or observed output: Crow's CerrLogHandler (`(date time) [INFO    ] msg`,
// GMT); Drogon's trantor logger (`yyyyMMdd HH:mm:ss.uuuuuu UTC tid LEVEL msg - File.cc:line`);
// Oat++'s DefaultLogger (` I |date time ticks| tag:msg`); Wt's built-in wthttpd
// (`[2026-Nov-29 07:41:16.204] pid - [info] "…"`, with `[access]` lines); elazarl/goproxy's verbose
// context log (`[001] INFO: …`); Workerman's workerman.log (`date time pid:N msg`, a PHP exception
// with its stack); go-macaron's Logger middleware as Gogs prints it (`[Macaron] date time: Started …`);
// GoFrame v2's ghttp server through glog (`[INFO] {traceid}`, an access line with no level, an ERRO
// with its `Stack:`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `caddy`, `traefik`, `envoy`, `haproxy`, `nginx`, `apache`, `lighttpd`,
// `varnish`, `kong`, `tyk`, `krakend`, `openresty`, `h2o`, `hiawatha`, `cherokee`, `tengine`,
// `litespeed`, `openlitespeed`, `traffic server`, `trafficserver`, `pound`, `skipper`, `oathkeeper`,
// `gunicorn`, `uwsgi`, `puma`, `unicorn`, `tomcat`, `jetty`, `undertow`, `iis`, `kestrel`, `zuul`,
// `spring cloud gateway`, `apisix`, `gloo`, `emissary`, `ambassador`, `contour`, `istio`,
// `linkerd`, `nginx unit`, `unitd`, `privoxy`, `tinyproxy`, `polipo`, `3proxy`, `dante`,
// `mitmproxy`, `varnishncsa`, `varnishlog`, `cloudfront`, `elb`, `alb`, `application gateway`,
// `front door`, `frontdoor`, `akamai`, `fastly`, `cloudflare`, `api gateway`, `mongrel2`,
// `thttpd`, `mini_httpd`, `monkey`, `yaws`, `cowboy`, `webrick`, `hypercorn`, `uvicorn`, `daphne`,
// `waitress`, `tornado`, `twisted`, `busybox`, `civetweb`, `mongoose`, `goaccess`, `pingora`, `sozu`,
// `ocelot`, `yarp`, `gravitee`, `wso2`, `TID: [`, `apigee`, `fabio`, `nuster`, `hitch`, `stunnel`,
// `ghostunnel`, `oauth2-proxy`, `pomerium`, `authelia`, `frp`, `ngrok`, `cloudflared`, `inlets`,
// `sish`, `lwan`, `swag`, `nginx proxy manager`, `zeus`, `resin`, `glassfish`, `payara`, `wildfly`,
// `jboss`, `weblogic`, `websphere`, `liberty`, `nghttpx`, `squid`, `ziproxy`, `e2guardian`,
// `c-icap`, `wwwoffle`, `apt-cacher`, `acng`, `squid-deb-proxy`, `cntlm`, `souin`, `express
// gateway`, `express-gateway`, `api umbrella`, `easegress`, `ferron`, `kamal-proxy`, `pingap`,
// `gobetween`, `vulcand`, `althttpd`, `darkhttpd`, `webfsd`, `bozohttpd`, `naviserver`,
// `aolserver`, `passenger`, `age/Cor`, `granian`, `swoole`, `mojo`, `sanic`, `starman`, `plackup`,
// `agoo`, `iodine`, `facil.io`, `pitchfork`, `falcon`, `kemal`, `vapor`, `vibe.d`, `jester`,
// `httpbeast`, `poem`, `salvo`, `armeria`, `http4k`, `ratpack`, `beego`, `[I] [`, `[martini]`,
// `[negroni]`, `[GIN]`, `fiber`, `go-chi`, `labstack`, `runserver`, `php -S`, `http-server`,
// `actix_web`, and the eight chosen: `crow`, `Crow/`, `[INFO    ]`, `[WARNING ]`, `server is
// running at`, `drogon`, `trantor`, `HttpAppFrameworkImpl`, ` UTC 1234`, `oatpp`, `oat++`, ` I |`,
// ` D |`, `wthttp`, `WServer`, `[2026-Nov-29`, `goproxy`, `elazarl`, `[001] INFO`, `INFO: Got
// request`, `workerman`, `Workerman[`, `pid:`, `macaron`, `[Macaron]`, `Started GET / for`,
// `goframe`, `gogf`, `[INFO] pid[`, `http server started listening`, `[ERRO] {`. None of the eight
// is in any table: `crow` matches only CrowdSec, CrowdStrike and "crowd"; `[INFO    ]` and
// `[WARNING ]` only Salt's and other products' bracketed levels; ` I |` only Rook's, XtreemFS's,
// YADIFA's and Intune's bars; `pid:` only messages; `WServer` only macOS's WindowServer; `[ERRO]`
// only other Go and Erlang loggers. Left out as measured already (the greps above found them):
// nginx, Apache, Caddy, Traefik, Envoy, HAProxy, Varnish, Squid, Traffic Server, Kong, Tyk, KrakenD,
// APISIX, Gravitee, WSO2, Skipper, Sōzu, Pingora, Ocelot, YARP, gobetween, lighttpd, H2O, Hiawatha,
// Cherokee, Tengine, Angie, LiteSpeed, IIS and its HTTPERR log, Tomcat, Jetty, Undertow, Kestrel,
// Puma, Unicorn, Passenger, Gunicorn, uWSGI, Uvicorn, Granian, Swoole, Mojolicious, Beego, Iris,
// Gin, Fiber, martini, negroni, CherryPy, the caching proxies (Squid, Privoxy, Tinyproxy, Polipo,
// apt-cacher-ng) and the CDN and cloud load-balancer logs; no cache and no API gateway was left
// that no table holds. Left out for want of a confirmed layout: Express Gateway, Easegress, API
// Umbrella, iodine (facil.io), Pitchfork, sish. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Crow's stamp is GMT by default; Drogon's says UTC; Oat++'s text time is the
// writer's local time with no zone (taken as UTC) and its ticks are the same instant in epoch
// microseconds, either accepted; Wt's `2026-Nov-29` stamp, goproxy's slashed stamp (Go's log
// package), Workerman's, Macaron's and GoFrame's stamps carry no zone and are taken as UTC; Macaron's
// `[Static] Serving` line has no time of its own. Levels only where the line marks one: Crow's
// padded bracket, Drogon's padded word after the thread id, Oat++'s letter before the bar, Wt's
// bracketed type (its `[access]` type is no severity), goproxy's INFO: and WARN: after the session,
// GoFrame's four letters; Workerman's and Macaron's lines carry none, and neither does GoFrame's
// access line. The host is the record's host field, and none of these families writes one: Crow's
// and Wt's client ip:port, goproxy's request targets, Workerman's pid and GoFrame's Host header
// (`api.shop.example:8000`) are no hosts. A record that spans lines is one entry: Workerman's PHP
// exception with its `Stack trace:` lines, GoFrame's ERRO with its `Stack:` frames.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); where a search did not
// confirm a layout the source says "from memory". Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 30769f0 before any rule for it: level 95.0 %, time 97.5 %, host 97.5 %, records 95.0 %.
// That is the macro figure (micro: level 95.5 %, time 97.7 %, host 97.7 %, records 95.5 %), in a
// worktree at 30769f0 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are Workerman's exception class name `Error:` after the `pid:N`
// column, which trawl reads as a level, and Macaron's time-less `[Static] Serving` line, which trawl
// joins to the timed line above it.

var fresh484Cases = []worldCase{
	{
		name:   "crow-cpp-cerr-logger",
		source: "Crow (CrowCpp) C++ HTTP server's default CerrLogHandler (`(yyyy-MM-dd HH:mm:ss) [LEVEL   ] msg`, the level padded to eight inside the brackets, the time in GMT unless CROW_USE_LOCALTIMEZONE; request and response lines `Request: ip:port 0xconn HTTP/1.1 METHOD url`, `Response: 0xconn url status keepalive`): CrowCpp/Crow include/crow/logging.h and docs/guides/logging.md (code search); pasted console output found with find_string (`[INFO    ] Request:`)",
		why:    "a bracketed date and time in parentheses, GMT; the padded level word in brackets; the client's ip:port and the connection pointer are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "(2026-11-29 07:41:16) [INFO    ] Crow/1.2.1 server is running at http://0.0.0.0:18080 using 4 threads"),
			we("2026-11-29T07:41:16Z", Info, "", "(2026-11-29 07:41:16) [INFO    ] Call `app.loglevel(crow::LogLevel::Warning)` to hide Info level logs."),
			we("2026-11-29T07:41:23Z", Info, "", "(2026-11-29 07:41:23) [INFO    ] Request: 10.0.4.21:51734 0x7f3c1c000b70 HTTP/1.1 POST /api/orders"),
			we("2026-11-29T07:41:23Z", Error, "", "(2026-11-29 07:41:23) [ERROR   ] An uncaught exception occurred: database is locked"),
			we("2026-11-29T07:41:23Z", Info, "", "(2026-11-29 07:41:23) [INFO    ] Response: 0x7f3c1c000b70 /api/orders 500 0"),
			we("2026-11-29T07:41:24Z", Debug, "", "(2026-11-29 07:41:24) [DEBUG   ] Cannot match rules /favicon.ico."),
			we("2026-11-29T07:41:31Z", Warn, "", "(2026-11-29 07:41:31) [WARNING ] upload rejected: body of 9437184 bytes exceeds the 8 MiB limit"),
		},
	},
	{
		name:   "drogon-trantor-logger",
		source: "Drogon's trantor logger on stdout or in its log file (`yyyyMMdd HH:mm:ss.uuuuuu UTC tid LEVEL msg - File.cc:line`, the level padded to six, DEBUG and TRACE lines with `[function]` before the message; `UTC` unless display_local_time is on): drogonframework/drogon PR #1513; pasted lines found with find_string (`UTC 136888 WARN  SIGTERM signal received. - HttpAppFrameworkImpl.cc:172`, `UTC 1 ERROR`)",
		why:    "a compact yyyyMMdd date, microseconds and the word UTC; the thread id before the padded level word; `- File.cc:line` at the end is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", "20261129 07:41:16.204118 UTC 31207 INFO  Start to run... - HttpAppFrameworkImpl.cc:577"),
			we("2026-11-29T07:41:16.204530Z", Debug, "", "20261129 07:41:16.204530 UTC 31207 DEBUG [createDbClients] Create 4 postgres connections to db shop - DbClientManager.cc:96"),
			we("2026-11-29T07:41:19.550871Z", Error, "", "20261129 07:41:19.550871 UTC 31210 ERROR connection to server at \"10.0.4.30\", port 5432 failed: Connection refused - PgConnection.cc:204"),
			we("2026-11-29T07:41:21.003402Z", Warn, "", "20261129 07:41:21.003402 UTC 31209 WARN  No handler found for /v2/carts/88 (GET) - HttpControllersRouter.cc:452"),
			we("2026-11-29T07:47:02.877310Z", Warn, "", "20261129 07:47:02.877310 UTC 31207 WARN  SIGTERM signal received. - HttpAppFrameworkImpl.cc:172"),
		},
	},
	{
		name:   "oatpp-default-logger",
		source: "Oat++ DefaultLogger on stdout (` P |yyyy-MM-dd HH:mm:ss ticks| tag:message`, one priority letter V D I W E before the first bar, the local time then the system clock's microseconds since the epoch): oatpp/oatpp issue #1045 (`OATPP_LOGd(\"MyApp\", \"Server running on port %s\", …)`), src/oatpp/base/Log.cpp; pasted lines found with find_string (` I |2023-05-18 17:07:39 1684400859864378| MyApp:Server running on port 8000`)",
		why:    "the priority letter before a bar; a zone-less time (UTC by the rules) and the same instant as epoch microseconds, either accepted; `MyApp:` is a tag, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.412803Z", Info, "", " I |2026-11-29 07:41:16 1795938076412803| MyApp:Server running on port 8000"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.015220Z", Debug, "", " D |2026-11-29 07:41:17 1795938077015220| UserController:GET /users/42 -> 200"),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.730114Z", Warn, "", " W |2026-11-29 07:41:19 1795938079730114| UserService:search took 812 ms for q='harbour'"),
			we("2026-11-29T07:41:23Z|2026-11-29T07:41:23.101957Z", Error, "", " E |2026-11-29 07:41:23 1795938083101957| AppComponent:database connection failed: unable to open database file"),
		},
	},
	{
		name:   "wt-wthttp-log",
		source: "Wt's built-in wthttpd logging to stderr (`[yyyy-Mon-dd HH:mm:ss.fff] pid [session] [type] \"message\"`, `-` when no session, types info warning error debug secure and access, the access line `\"wthttp: ip   METHOD url HTTP/1.1 status bytes\"`): Wt's WLogger; pasted console output found with find_string (`WServer/wthttp: initializing built-in wthttpd`, `[access] \"wthttp: 127.0.0.1   GET / HTTP/1.1 200 2103\"`)",
		why:    "a year-first date with an English month name in brackets, zone-less (UTC); the level word in brackets after the pid and the session; an access line carries no severity; the client ip is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `[2026-Nov-29 07:41:16.204] 4120 - [info] "config: reading Wt config file: /etc/wt/wt_config.xml (location = './shopfront.wt')"`),
			we("2026-11-29T07:41:16.205Z", Info, "", `[2026-Nov-29 07:41:16.205] 4120 - [info] "WServer/wthttp: initializing built-in wthttpd"`),
			we("2026-11-29T07:41:16.219Z", Info, "", `[2026-Nov-29 07:41:16.219] 4120 - [info] "wthttp: started server: http://0.0.0.0:9090"`),
			we("2026-11-29T07:41:22.630Z", Info, "", `[2026-Nov-29 07:41:22.630] 4120 [/ gD3kq9XzT1mVw7Lp] [info] "Wt: session created (#sessions = 1)"`),
			we("2026-11-29T07:41:22.631Z", Unknown, "", `[2026-Nov-29 07:41:22.631] 4120 - [access] "wthttp: 10.0.4.21   GET /catalog HTTP/1.1 200 2311"`),
			we("2026-11-29T07:41:22.644Z", Warn, "", `[2026-Nov-29 07:41:22.644] 4120 [/ gD3kq9XzT1mVw7Lp] [warning] "WApplication: setTitle(): title is empty"`),
			we("2026-11-29T07:41:29.118Z", Error, "", `[2026-Nov-29 07:41:29.118] 4120 [/ gD3kq9XzT1mVw7Lp] [error] "Wt: error during event handling: no such table: cart_items"`),
		},
	},
	{
		name:   "goproxy-verbose-ctx-log",
		source: "elazarl/goproxy with proxy.Verbose = true (Go's log package with its default flags, then `[NNN] INFO: msg` or `[NNN] WARN: msg`, the session number masked to three digits): elazarl/goproxy ctx.go (ProxyCtx.Printf, Logf, Warnf; code search); the messages `Got request`, `Sending request`, `Received response`, `Accepting CONNECT to` from memory",
		why:    "a slashed date and time with no zone (UTC); a three-digit session in brackets, then INFO: or WARN:; the request's target host is no host of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [001] INFO: Got request /status.json status.example.org GET http://status.example.org/status.json"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [001] INFO: Sending request GET http://status.example.org/status.json"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [001] INFO: Received response 200 OK"),
			we("2026-11-29T07:41:17Z", Info, "", "2026/11/29 07:41:17 [002] INFO: Running 0 CONNECT handlers"),
			we("2026-11-29T07:41:17Z", Info, "", "2026/11/29 07:41:17 [002] INFO: Accepting CONNECT to cdn.example.net:443"),
			we("2026-11-29T07:41:47Z", Warn, "", "2026/11/29 07:41:47 [002] WARN: Error copying to client: readfrom tcp 10.0.4.9:8080->10.0.4.21:52001: write: broken pipe"),
		},
	},
	{
		name:   "workerman-log-file",
		source: "Workerman's own log file (Worker::$logFile, workerman.log: `yyyy-MM-dd HH:mm:ss pid:N msg`, a Throwable logged whole with its `Stack trace:` lines): walkor/workerman Worker::log (`date('Y-m-d H:i:s') . ' ' . 'pid:' . posix_getpid() . ' ' . $msg`, found with find_string), walkor/workerman issue #47 and PR #764",
		why:    "a zone-less date and time (UTC); `pid:N` is the process, no host; no level (DEBUG mode and Error: are words of the message); an exception's stack lines belong to the record above them",
		gap:    "the exception's class name `Error:` after the `pid:N` column is read as a level word (Workerman writes no level)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 pid:2201 Workerman[start.php] start in DEBUG mode"),
			we("2026-11-29T07:52:03Z", Unknown, "", "2026-11-29 07:52:03 pid:2201 Workerman[start.php] reloading"),
			we("2026-11-29T08:03:44Z", Unknown, "",
				"2026-11-29 08:03:44 pid:2216 Error: Call to undefined method app\\model\\Order::total() in /var/www/shop/app/controller/OrderController.php:41",
				"Stack trace:",
				"#0 /var/www/shop/vendor/workerman/webman-framework/src/App.php(336): app\\controller\\OrderController->index(Object(support\\Request))",
				"#1 /var/www/shop/vendor/workerman/workerman/Connection/TcpConnection.php(646): Webman\\App->onMessage(Object(Workerman\\Connection\\TcpConnection), Object(support\\Request))",
				"#2 {main}"),
			we("2026-11-29T08:03:44Z", Unknown, "", "2026-11-29 08:03:44 pid:2201 worker[webman:2216] exit with status 250"),
			we("2026-11-29T08:15:30Z", Unknown, "", "2026-11-29 08:15:30 pid:2201 Workerman[start.php] has been stopped"),
		},
	},
	{
		name:   "macaron-logger-middleware",
		source: "go-macaron's Logger middleware as Gogs prints it (`[Macaron] yyyy-MM-dd HH:mm:ss: Started METHOD path for ip`, `Completed METHOD path status text in duration`; the Static middleware's `[Macaron] [Static] Serving path` with no time): pasted Gogs and Gitea console output found with find_string (`[Macaron] 20`)",
		why:    "the product tag before a zone-less date (UTC) and a colon; the client ip is no host; a Static line has no time of its own; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[Macaron] 2026-11-29 07:41:16: Started GET /user/login for 10.0.4.21"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[Macaron] 2026-11-29 07:41:16: Completed GET /user/login 200 OK in 4.812ms"),
			we("", Unknown, "", "[Macaron] [Static] Serving /css/gogs.min.css"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[Macaron] 2026-11-29 07:41:18: Started POST /user/login for 10.0.4.21"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[Macaron] 2026-11-29 07:41:18: Completed POST /user/login 302 Found in 61.07ms"),
		},
	},
	{
		name:   "goframe-ghttp-server-log",
		source: "GoFrame v2's ghttp server through glog (`yyyy-MM-dd HH:mm:ss.SSS [LEVL] {traceid} msg`, levels DEBU INFO NOTI WARN ERRO CRIT; the access line `status \"METHOD scheme host url proto\" seconds, ip, \"referer\", \"agent\"` with no level; an error line with `Stack:` and numbered frames under it): goframe.org 'senior-logging' docs and net/ghttp/ghttp_server_log.go (handleAccessLog's format); pasted startup lines found with find_string (`[INFO] pid[57888]: http server started listening on [:8199]`); the stack's layout from memory",
		why:    "a zone-less time with milliseconds (UTC); a four-letter level in brackets before a trace id in braces; the access line has no level and its `api.shop.example:8000` is the request's Host header, no host; the stack belongs to the ERRO above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 [INFO] pid[31880]: http server started listening on [:8000]"),
			we("2026-11-29T07:41:16.205Z", Info, "", "2026-11-29 07:41:16.205 [INFO] {6a1f0c2e9b8d7a5c4e3f2a1b0c9d8e7f} swagger ui is serving at address: http://127.0.0.1:8000/swagger/"),
			we("2026-11-29T07:41:19.417Z", Unknown, "", `2026-11-29 07:41:19.417 {8c2d1e0f3a4b5c6d7e8f9a0b1c2d3e4f} 200 "GET http api.shop.example:8000 /v1/orders?page=2 HTTP/1.1" 0.014, 10.0.4.21, "", "curl/8.5.0"`),
			we("2026-11-29T07:41:22.903Z", Error, "",
				`2026-11-29 07:41:22.903 [ERRO] {9e3f2d1c0b4a5968778695a4b3c2d1e0} 500 "POST http api.shop.example:8000 /v1/orders HTTP/1.1" 0.031, 10.0.4.21, "", "curl/8.5.0", -1, "exception recovered: insert order: Error 1062 (23000): Duplicate entry 'A-7741' for key 'orders.uniq_no'", ""`,
				"Stack:",
				"1.  shop/internal/logic/order.(*sOrder).Create",
				"    /app/internal/logic/order/order.go:88",
				"2.  shop/internal/controller/order.(*cOrder).Create",
				"    /app/internal/controller/order/order.go:27"),
			we("2026-11-29T07:41:25.660Z", Warn, "", "2026-11-29 07:41:25.660 [WARN] {1b2c3d4e5f60718293a4b5c6d7e8f901} cache miss storm: 120 keys expired within 1s"),
		},
	},
}

func TestFresh484Formats(t *testing.T) { assertTable(t, fresh484Cases) }

func TestFresh484Score(t *testing.T) {
	checkScore(t, "fresh484 formats", fresh484Cases, [worldNumFields]float64{97.4, 99.9, 99.9, 99.9})
}
