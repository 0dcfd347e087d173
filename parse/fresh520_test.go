package parse

import "testing"

// The five-hundred-and-twentieth fresh table: web servers and proxies, yet another pass: a CDN's
// request router and its monitor, an API gateway, dev-server and test proxies, HTTP mock servers
// and a traffic shadowing tool, shapes no earlier table holds. Each family is one product's
// documented or observed output: Apache Traffic Control's Traffic Router access.log (an epoch with
// three decimals, then `qtype=HTTP chi=… rtype=… pssc=… rurl=…` pairs, and the DNS events beside
// them); Traffic Control's Go services through lib/go-log (Traffic Monitor's
// `LEVEL: file.go:N: RFC3339Nano: msg`); 3scale APIcast's OpenResty error log (`[lua] file.lua:N:
// func():` lines and a Lua `module not found` error with its tab-indented `no file` lines);
// http-proxy-middleware's `[HPM]` console lines; mountebank's console (`info: [mb:2525] …`);
// Toxiproxy 2.5+'s zerolog JSON; GoReplay's `--verbose --debug` output (`[DEBUG][PID n][epoch-ns]
// [elapsed ms]` with the captured request under its EMITTER line); WireMock standalone's
// `--verbose` console (a zone-less stamp, then multi-line request blocks).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `nginx`, `apache`, `caddy`, `traefik`, `haproxy`, `envoy`, `varnish`,
// `squid`, `lighttpd`, `kong`, `tyk`, `h2o`, `openresty`, `cherokee`, `hiawatha`, `trafficserver`,
// `traffic server`, `pound`, `tinyproxy`, `privoxy`, `3proxy`, `polipo`, `nginx unit`, `unitd`,
// `gunicorn`, `uwsgi`, `puma`, `jetty`, `IIS`, `cloudfront`, `fastly`, `akamai`, `skipper`,
// `pomerium`, `oauth2-proxy`, `krakend`, `gloo`, `apisix`, `zuul`, `spring cloud gateway`,
// `emissary`, `ambassador`, `contour`, `ingress-nginx`, `f5`, `netscaler`, `sniproxy`, `mongrel2`,
// `thttpd`, `mini_httpd`, `darkhttpd`, `monkey`, `lwan`, `nghttpx`, `tengine`, `angie`, `sozu`,
// `pingora`, `hitch`, `stunnel`, `nuster`, `yaws`, `cowboy`, `mongoose`, `civetweb`, `boa`,
// `openlitespeed`, `litespeed`, `tomcat`, `undertow`, `wildfly`, `resin`, `glassfish`, `weblogic`,
// `kestrel`, `webrick`, `thin`, `unicorn`, `passenger`, `modsecurity`, `mitmproxy`, `fiddler`,
// `ziproxy`, `wwwoffle`, `yarp`, `ocelot`, `gravitee`, `wso2`, `apigee`, `apicast`, `express
// gateway`, `fabio`, `vulcand`, `uhttpd`, `goahead`, `naviserver`, `aolserver`, `tntnet`,
// `cloudflared`, `ngrok`, `frp`, `inlets`, `rathole`, `zoraxy`, `bunkerweb`, `coraza`, `naxsi`,
// `nginx proxy manager`, `bunnycdn`, `keycdn`, `application gateway`, `front door`, `httperr`,
// `freb`, `traffic_server`, `diags.log`, `cache.log`, `varnishlog`, `access.log`, `easegress`,
// `higress`, `shenyu`, `datapower`, `mulesoft`, `heroku`, `at=info method`, `[GIN]`, `[GIN-debug]`,
// `gofiber`, `fiber`, `middleware.Logger`, `labstack`, `remote_ip`, `werkzeug`, `runserver`,
// `uvicorn`, `hypercorn`, `daphne`, `waitress`, `tornado`, `cherrypy`, `sanic`, `aiohttp`,
// `morgan`, `http-server`, `browser-sync`, `browsersync`, `[Browsersync]`, `webpack-dev-server`,
// `[webpack-dev-server]`, `[wds]`, `[vite]`, `hmr update`, `page reload`, `Development Server`,
// `php-fpm`, `bandit`, `warp`, `kemal`, `shelf`, `logRequests`, `reactor.netty`, `vert.x`,
// `vertx`, `helidon`, `quarkus`, `micronaut`, `falcon`, `iodine`, `agoo`, `bluecoat`, `proxysg`,
// `websense`, `e2guardian`, `dansguardian`, `cntlm`, `xray`, `v2ray`, `gost`, `kemp`, `avi `,
// `janus`, `fusio`, `zuplo`, `api gateway`, `elb`, `app engine`, `vercel`, `netlify`, `wrangler`,
// `wrangler dev`, `[wrangler:`, `[wrangler:inf]`, `[mf:inf]`, `mf:`, `fly.io`, `imperva`,
// `incapsula`, `sucuri`, `cdn77`, `limelight`, `edgio`, `jigsaw`, `mod_jk`, `htcacheclean`,
// `souin`, `gobetween`, `zevenet`, `linkerd`, `kuma`, `actix`, `rocket`, `axum`, `tower_http`,
// `on_response`, `Outcome: Success`, `Matched:`, `hyper`, `amplify`, `Plug.Logger`, `phoenix`,
// `ring`, `pedestal`, `yesod`, `servant`, `vapor`, `[ INFO ]`, `perfect`, `kitura`, `swifter`,
// `civet`, `crow`, `drogon`, `oat++`, `oatpp`, `pistache`, `restbed`, `cpp-httplib`, `beast`,
// `proxygen`, `wangle`, `seastar`, `seastar httpd`, `nodejs`, `fastify`, `koa`, `hapi`, `nestjs`,
// `restify`, `loopback`, `sails`, `[HPM]`, `http-proxy-middleware`, `Proxy created`, `Proxy
// rewrite rule`, `Error occurred while proxying`, `ng serve`, `angular`, `next.js`, `nuxt`,
// `ready - started server`, `▲ Next`, `Local:`, `astro`, `remix`, `sveltekit`, `parcel`,
// `esbuild`, `live-server`, `nodemon`, `pm2`, `hugo`, `hugo server`, `jekyll`, `gatsby`, `Server
// running at`, `GET /`, `EdgeStartTimestamp`, `httpRequest`, `quark`, `althttpd`, `relayd`,
// `openbsd`, `bozohttpd`, `webfsd`, `nostromo`, `nhttpd`, `kore`, `busybox httpd`, `zxtm`,
// `stingray`, `forensic`, `traffic router`, `traffic_router`, `traffic ops`, `traffic_ops`,
// `trafficops`, `traffic monitor`, `traffic_monitor`, `trafficcontrol`, `Traffic Control`,
// `lib/go-log`, `qtype=`, `chi=`, `phn=`, `rtype=`, `rurl=`, `astats`, `WARNING: `, `goproxy`,
// `martian`, `mercure`, `nchan`, `roadrunner`, `frankenphp`, `workerman`, `open liberty`,
// `openliberty`, `payara`, `workerd`, `miniflare`, `pangolin`, `newt`, `spin up`, `fermyon`,
// `weborf`, `mbedhttp`, `libmicrohttpd`, `microhttpd`, `libevhtp`, `evhtp`, `onion`,
// `h2load`, `nghttp2`, `squidguard`, `httptoolkit`, `hoverfly`, `wiremock`, `Request received`,
// `Request received:`, `Matched response definition`, `Verbose logging enabled`, `Received request
// to /mappings`, `mountebank`, `[mb:`, `taking orders`, `Open for business`, `Ready on http`,
// `toxiproxy`, `toxic`, `BandwidthToxic`, `Started proxy`, `Accepted client`, `goreplay`, `gor `,
// `gor --`, `[PPID`, `[DEBUG][PID`, `[EMITTER]`, `Listening for traffic`, `apicast`, `3scale`,
// `threescale`, `[lua]`, `build_policy_chain`, `[ERROR] Error`, `✘ [ERROR]`, `gatekeeper`,
// `louketo`, `keycloak gatekeeper`, `Oathkeeper`, `authelia`, `authentik`, `vouch`,
// `caddy-security`, `vegeta`. None of Traffic Control's
// Traffic Router or Go services, APIcast, http-proxy-middleware, mountebank, Toxiproxy, GoReplay
// or WireMock is in any table (`rurl=` matches only OpenBSD's pfctl, `astats` the same, `rtype=`
// DNS and firewall lines, `Started proxy` and `Accepted client` other products, `[lua]` nginx and
// Kong lines). Left out as measured already: nearly every web server, proxy, gateway, CDN and web
// framework above (nginx, Apache, Caddy, Traefik, HAProxy, Envoy, Varnish, Squid, Traffic Server,
// Kong, Tyk, KrakenD, APISIX, ShenYu, the AWS, Cloudflare, Fastly, Akamai, bunny.net logs and the
// frameworks' dev servers); Cloudflare's wrangler, whose `[wrangler:inf]` dev-server lines were
// found and confirmed but whose product a table (fresh431) already measures. Left out as not
// confirmed by any search: Hoverfly's log lines, GoAhead's log, Miniflare 2's `[mf:inf]` lines;
// Browsersync (confirmed, but a third family with no time) was kept aside. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Traffic Router's first field is an epoch in seconds with milliseconds;
// lib/go-log writes an RFC 3339 time in UTC with nanoseconds (trailing zeros dropped) after the
// level word and the source file; APIcast's `yyyy/MM/dd HH:mm:ss` and WireMock's
// `yyyy-MM-dd HH:mm:ss.SSS` have no zone and are taken as UTC; Toxiproxy's `time` ends in Z;
// GoReplay's time is the third bracket, epoch nanoseconds (the fourth an elapsed time in ms).
// http-proxy-middleware's and mountebank's console lines, and GoReplay's bare `Version:` line,
// carry no time: they must have none. Levels only where the line marks one: lib/go-log's `DEBUG:`
// `INFO:` `WARNING:` `ERROR:`, nginx's bracketed word (notice, debug, info, warn, error),
// winston's `info:` `warn:` `debug:` before mountebank's bracket, Toxiproxy's `level` (trace
// among them), GoReplay's `[DEBUG]`; Traffic Router's events, `[HPM]` lines (an error among them
// is a message, not a level) and WireMock's lines carry none. No family has a host field of its
// own: Traffic Router's `chi` and `rurl` cache, the monitored caches, nginx's `host: "…"` (the
// Host header), `localhost:3000` and the targets, imposters' `[http:4545 …]`, Toxiproxy's `host`
// (its API's bind address), `proxy`, `upstream` and `client`, the captured requests' Host headers
// and WireMock's clients are peers or addresses, never the record's host. A record that spans
// lines is one entry: APIcast's warn with its `no file` lines, GoReplay's EMITTER line with the
// captured request under it, WireMock's `Request received:` and `/mappings` blocks (blank lines
// and all).
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); where a search did not
// confirm a detail the source says "from memory" (mountebank's request and debug lines,
// Toxiproxy's startup keys and upstream error, WireMock's blank lines). Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit deac384 before any rule for it: level 100.0 %, time 90.6 %, host 100.0 %, records 93.8 %.
// That is the macro figure (micro: level 100.0 %, time 92.3 %, host 100.0 %, records 94.9 %), in a
// worktree at deac384 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is GoReplay's debug output, whose epoch nanoseconds in the third
// bracket trawl does not read as the time and whose captured request lines it splits off the
// EMITTER record.

var fresh520Cases = []worldCase{
	{
		name:   "atc-traffic-router-access-log",
		source: "Apache Traffic Control's Traffic Router access.log (`epoch.mmm qtype=HTTP chi=… rhi=… url=\"…\" cqhm=… cqhv=… rtype=… rloc=\"…\" rdtl=… rerr=\"…\" rgb=\"…\" pssc=… ttms=… rurl=\"…\" rurls=\"…\" uas=\"…\" rh=\"…\"`, DNS events `qtype=DNS chi=… ttms=… xn=… fqdn=… type=… class=… ttl=… rcode=… rtype=… rloc=… rdtl=… rerr=… ans=\"…\"`): apache/trafficcontrol docs/source/admin/traffic_router.rst and HTTPAccessEventBuilder with its tests (found with find_string `qtype=HTTP chi=`), lib/go-log's Eventf (`%.3f %s`)",
		why:    "an epoch in seconds with three decimals opens the line; chi is the client and rurl's edge cache the redirect target, no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "", `1795938076.412 qtype=HTTP chi=203.0.113.45 rhi=- url="http://video.demo1.cdn.example/live/ch12/index.m3u8" cqhm=GET cqhv=HTTP/1.1 rtype=GEO rloc="52.37,4.89" rdtl=- rerr="-" rgb="-" pssc=302 ttms=2 rurl="http://edge-ams-03.video.demo1.cdn.example/live/ch12/index.m3u8" rurls="-" uas="AppleCoreMedia/1.0.0.22A3354" rh="-"`),
			we("2026-11-29T07:41:18.905Z", Unknown, "", `1795938078.905 qtype=DNS chi=198.51.100.7 rhi=- ttms=0 xn=48211 fqdn=edge.video.demo1.cdn.example. type=A class=IN ttl=30 rcode=NOERROR rtype=CZ rloc="52.37,4.89" rdtl=- rerr="-" ans="192.0.2.31 192.0.2.32"`),
			we("2026-11-29T07:41:19.118Z", Unknown, "", `1795938079.118 qtype=HTTP chi=192.0.2.200 rhi=10.9.0.4 url="http://img.demo2.cdn.example/thumbs/8812.jpg" cqhm=GET cqhv=HTTP/1.1 rtype=DS_MISS rloc="-" rdtl=DS_NOT_FOUND rerr="-" rgb="-" pssc=404 ttms=1 rurl="-" rurls="-" uas="Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0" rh="-"`),
			we("2026-11-29T07:41:23.66Z", Unknown, "", `1795938083.660 qtype=HTTP chi=203.0.113.91 rhi=- url="http://video.demo1.cdn.example/vod/harbour/seg_0041.ts" cqhm=GET cqhv=HTTP/1.1 rtype=ERROR rloc="-" rdtl=- rerr="No cache found for delivery service demo1-video" rgb="-" pssc=503 ttms=4 rurl="-" rurls="-" uas="ExoPlayerLib/2.19.1" rh="-"`),
		},
	},
	{
		name:   "atc-traffic-monitor-go-log",
		source: "Apache Traffic Control's Go services (Traffic Monitor's traffic_monitor.log, Traffic Ops' traffic_ops.log) through lib/go-log: the prefix `DEBUG: `, `INFO: `, `WARNING: ` or `ERROR: `, Go's Lshortfile `file.go:N: `, then the UTC RFC 3339 time with nanoseconds and `: msg`: apache/trafficcontrol lib/go-log/log.go (read with read_file)",
		why:    "the level word and a source file come before the time; RFC3339Nano drops trailing zeros of the fraction; cache names in messages are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117733Z", Info, "", "INFO: traffic_monitor.go:127: 2026-11-29T07:41:16.204117733Z: Starting Traffic Monitor 8.0.2"),
			we("2026-11-29T07:41:16.90102Z", Info, "", "INFO: towrap.go:310: 2026-11-29T07:41:16.90102Z: logged in to Traffic Ops https://to.cdn.example:443 as tm-monitor"),
			we("2026-11-29T07:41:17.055018112Z", Debug, "", "DEBUG: manager.go:211: 2026-11-29T07:41:17.055018112Z: monitor config poll: 184 caches, 3 monitors, 27 delivery services"),
			we("2026-11-29T07:41:19.5533071Z", Warn, "", "WARNING: health.go:151: 2026-11-29T07:41:19.5533071Z: cache edge-ams-03 marked unavailable: loadavg 31.20 exceeds threshold 25.00"),
			we("2026-11-29T07:41:23.018347912Z", Error, "", `ERROR: cache.go:343: 2026-11-29T07:41:23.018347912Z: polling cache edge-ams-07: Get "http://edge-ams-07.cdn.example/_astats?application=&inf.name=bond0": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`),
		},
	},
	{
		name:   "apicast-openresty-error-log",
		source: "Red Hat 3scale APIcast's gateway log on stderr (OpenResty's error log `yyyy/MM/dd HH:mm:ss [level] pid#tid: *conn [lua] file.lua:N: func(): msg`, a Lua `module … not found:` error with its tab-indented `no file` lines inside one record): 3scale/APIcast issues #203, #347 and #1559, PR #1497",
		why:    "a slashed zone-less date (UTC by the rules); the bracketed nginx level; `1#1` and `*11` are pid#tid and a connection, no time; `host: \"…\"` is the request's Host header, no host; the `no file` lines belong to the warn above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", `2026/11/29 07:41:16 [notice] 1#1: using the "epoll" event method`),
			we("2026-11-29T07:41:16Z", Debug, "", "2026/11/29 07:41:16 [debug] 23#23: *2 [lua] env.lua:86: fetch(): env: APICAST_SERVICES_LIST = 41,57"),
			we("2026-11-29T07:41:17Z", Info, "", "2026/11/29 07:41:17 [info] 23#23: *3 [lua] remote_v2.lua:198: call(): loading configuration for service 41 from https://acme-admin.3scale.example, context: ngx.timer"),
			we("2026-11-29T07:41:18Z", Warn, "",
				"2026/11/29 07:41:18 [warn] 23#23: *4 [lua] configuration.lua:74: build_policy_chain(): failed to load policy: rate_limit_headers version: builtin err: module 'init' not found:",
				"\tno file '/opt/app-root/src/src/apicast/policy/rate_limit_headers/builtin/init.lua'",
				"\tno file '/opt/app-root/src/src/apicast/policy/rate_limit_headers/init.lua', context: ngx.timer"),
			we("2026-11-29T07:41:20Z", Error, "", `2026/11/29 07:41:20 [error] 23#23: *11 [lua] proxy.lua:184: error_no_match(): no rules matched for service 41, client: 10.128.4.19, server: _, request: "GET /v2/orders HTTP/1.1", host: "orders-staging.apps.example"`),
		},
	},
	{
		name:   "http-proxy-middleware-hpm-console",
		source: "http-proxy-middleware 2.x in a Node dev server's console (`[HPM] Proxy created: <context>  -> <target>`, `[HPM] Proxy rewrite rule created: \"…\" ~> \"…\"`, `[HPM] Subscribed to http-proxy events: …`, `[HPM] Error occurred while trying to proxy request <path> from <host> to <target> (CODE) (<url>)`): chimurai/http-proxy-middleware's logger.info call (found with find_string `[HPM] Proxy created:`), issues zhaoluting/front-end-designer #5, ly525/blog #304, ossn/fixme #100",
		why:    "no time and no level marker (the error line is a message, not a level); `localhost:3000` and the target are peers, no host",
		entries: []worldEntry{
			we("", Unknown, "", "[HPM] Proxy created: /api  -> http://localhost:5000"),
			we("", Unknown, "", `[HPM] Proxy rewrite rule created: "^/api" ~> ""`),
			we("", Unknown, "", "[HPM] Subscribed to http-proxy events:  [ 'error', 'close' ]"),
			we("", Unknown, "", "[HPM] Error occurred while trying to proxy request /api/orders/77 from localhost:3000 to http://localhost:5000 (ECONNREFUSED) (https://nodejs.org/api/errors.html#errors_common_system_errors)"),
			we("", Unknown, "", "[HPM] Error occurred while trying to proxy request /api/cart?session=9f2c from localhost:3000 to http://localhost:5000 (ECONNRESET) (https://nodejs.org/api/errors.html#errors_common_system_errors)"),
		},
	},
	{
		name:   "mountebank-console",
		source: "mountebank's console (winston's `level: [protocol:port name] msg`, levels debug info warn error; `now taking orders`, `Open for business...`, `Ciao for now`): READMEs and client tests that paste it (found with find_string `[mb:2525]`); the request line `::ffff:addr:port => GET /path` and the debug line from memory",
		why:    "no time; the winston level word before a colon opens the line; `[mb:2525]` and `[http:4545 payments-stub]` are an imposter's protocol and port, no host; the client address is a peer",
		entries: []worldEntry{
			we("", Info, "", "info: [mb:2525] mountebank v2.9.1 now taking orders - point your browser to http://localhost:2525/ for help"),
			we("", Warn, "", "warn: [mb:2525] Running with --allowInjection set. See http://localhost:2525/docs/security for security info"),
			we("", Info, "", "info: [mb:2525] PUT /imposters"),
			we("", Info, "", "info: [http:4545 payments-stub] Open for business..."),
			we("", Info, "", "info: [http:4545 payments-stub] ::ffff:10.20.3.44:53112 => GET /v1/payments/8812"),
			we("", Debug, "", `debug: [http:4545 payments-stub] ::ffff:10.20.3.44:53112 <= {"statusCode":200,"headers":{"Content-Type":"application/json"},"body":"{\"id\":8812,\"state\":\"settled\"}"}`),
			we("", Info, "", "info: [http:4545 payments-stub] Ciao for now"),
		},
	},
	{
		name:   "toxiproxy-zerolog-json",
		source: "Toxiproxy 2.5+ server logs (zerolog JSON: `level`, the proxy's fields `name`, `proxy`, `upstream`, `client`, or a toxic's `component`, `method`, `caller`, then `time` in seconds and `message`): Shopify/toxiproxy PR #437 (pasted server output), PR #413 and #358 (the `Started proxy` and API-server fields in the older logrus text); the startup line's JSON keys and the upstream error from memory",
		why:    "a JSON line with a `time` in Z and a `level` including trace; the `host` key is the API's bind address and proxy, upstream and client are peers: no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","host":"0.0.0.0","port":"8474","version":"2.9.0","time":"2026-11-29T07:41:16Z","message":"Starting Toxiproxy HTTP server"}`),
			we("2026-11-29T07:41:17Z", Info, "", `{"level":"info","name":"catalog_api","proxy":"[::]:18081","upstream":"catalog.internal:8080","time":"2026-11-29T07:41:17Z","message":"Started proxy"}`),
			we("2026-11-29T07:41:19Z", Info, "", `{"level":"info","name":"catalog_api","client":"10.42.0.17:51822","proxy":"[::]:18081","upstream":"catalog.internal:8080","time":"2026-11-29T07:41:19Z","message":"Accepted client"}`),
			we("2026-11-29T07:41:23Z", Trace, "", `{"level":"trace","component":"BandwidthToxic","method":"Pipe","toxic_type":"bandwidth","addr":"0xc0003a41c0","caller":"bandwidth.go:52","time":"2026-11-29T07:41:23Z","message":"BandwidthToxic was interrupted during writing data"}`),
			we("2026-11-29T07:41:31Z", Error, "", `{"level":"error","name":"catalog_api","client":"10.42.0.17:51830","upstream":"catalog.internal:8080","error":"dial tcp 10.43.12.9:8080: connect: connection refused","time":"2026-11-29T07:41:31Z","message":"Unable to open connection to upstream"}`),
		},
	},
	{
		name:   "goreplay-verbose-debug",
		source: "GoReplay (gor) 0.16 run with `--verbose --debug` (`[DEBUG][PID n][epoch-ns][elapsed ms] msg`, an `[EMITTER] input:` line followed by the captured payload's meta line and HTTP request, a bare `Version:` line): probelabs/goreplay issue #409 (pasted output), #1224 (the payload's meta line)",
		gap:    "the epoch nanoseconds in the third bracket after `[DEBUG][PID n]` are not read as the record's time (it gets none), and the captured request's lines under an `[EMITTER] input:` line are split off from it instead of kept in its record",
		why:    "the time is the third bracket, epoch nanoseconds; the fourth is an elapsed time in ms (the first one an epoch in ms); the captured request's lines belong to the EMITTER record and its Host header is no host; the bare Version line has no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117733Z", Debug, "", "[DEBUG][PID 4127][1795938076204117733][1795938076204.117733ms] Listening for traffic on: :8080"),
			we("", Unknown, "", "Version: 0.16.1"),
			we("2026-11-29T07:41:19.913402211Z", Debug, "",
				"[DEBUG][PID 4127][1795938079913402211][3709.284478ms] [EMITTER] input: 1 8f3c2a91d04e7b6c5a1f0e9d8c7b6a5f4e3d2c1b 1795938079911208000",
				"GET /api/orders?page=2 HTTP/1.1",
				"Host: shop.example",
				"User-Agent: curl/8.5.0",
				"Accept: */*"),
			we("2026-11-29T07:41:23.01877512Z", Debug, "",
				"[DEBUG][PID 4127][1795938083018775120][3105.372909ms] [EMITTER] input: 1 a71e0b3c9d2f4e5a6b7c8d9e0f1a2b3c4d5e6f70 1795938083016950000",
				"POST /api/cart HTTP/1.1",
				"Host: shop.example",
				"Content-Type: application/json",
				"Content-Length: 27",
				"",
				`{"sku":"HB-4471","qty":2}`),
		},
	},
	{
		name:   "wiremock-standalone-verbose",
		source: "WireMock standalone run with `--verbose` (ConsoleNotifier: `yyyy-MM-dd HH:mm:ss.SSS msg`, a multi-line message printed whole: `Request received:` with the request, the matched stub and the response; `Received request to /mappings with body {…}`): wiremock/wiremock src/main/java/com/github/tomakehurst/wiremock/common/ConsoleNotifier.java (read with read_file), issue #912 and PR #586; the exact blank lines of the request block from memory",
		why:    "a zone-less local stamp with milliseconds (UTC by the rules) and no level word; the request's client address and its Host header are no host; every line of a request block belongs to its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.201Z", Unknown, "", "2026-11-29 07:41:16.201 Verbose logging enabled"),
			we("2026-11-29T07:41:18.64Z", Unknown, "",
				"2026-11-29 07:41:18.640 Received request to /mappings with body {",
				`  "request" : {`,
				`    "urlPath" : "/api/v2/accounts/4471",`,
				`    "method" : "GET"`,
				"  },",
				`  "response" : {`,
				`    "status" : 200,`,
				`    "bodyFileName" : "account-4471.json"`,
				"  }",
				"}"),
			we("2026-11-29T07:41:19.532Z", Unknown, "",
				"2026-11-29 07:41:19.532 Request received:",
				"10.20.3.44 - GET /api/v2/accounts/4471",
				"",
				"Host: [localhost:8080]",
				"Accept: [application/json]",
				"User-Agent: [okhttp/4.12.0]",
				"",
				"Matched response definition:",
				"{",
				`  "status" : 200,`,
				`  "bodyFileName" : "account-4471.json"`,
				"}",
				"",
				"Response:",
				"HTTP/1.1 200",
				"Content-Type: [application/json]",
				"Matched-Stub-Id: [5b7e0c12-9a4d-4f3e-8b21-6c0d9e8f7a13]"),
			we("2026-11-29T07:41:22.004Z", Unknown, "",
				"2026-11-29 07:41:22.004 Request received:",
				"10.20.3.44 - GET /api/v2/accounts/4472",
				"",
				"Host: [localhost:8080]",
				"Accept: [application/json]",
				"",
				"Matched response definition:",
				"(no response definition configured)",
				"",
				"Response:",
				"HTTP/1.1 404"),
		},
	},
}

func TestFresh520Formats(t *testing.T) { assertTable(t, fresh520Cases) }
func TestFresh520Score(t *testing.T) {
	checkScore(t, "fresh520 formats", fresh520Cases, [worldNumFields]float64{99.9, 90.5, 99.9, 93.7})
}
