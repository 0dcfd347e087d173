package parse

import "testing"

// The five-hundred-and-ninety-fourth fresh table: web servers and proxies, a further pass (HTTP
// servers, reverse proxies, API gateways, caches and edges), with shapes no earlier table holds.
// Each family is one product's documented or observed output: websocketd's console (an RFC 1123
// date with a numeric zone, then `| LEVEL  | category   | remote | msg`); MOSN's default log
// (`yyyy-MM-dd HH:mm:ss,SSS [LEVEL] [module] [sub] msg`); Easegress's server log (zap's console
// encoder, an ISO time with a +08:00 offset and tab-separated columns); rust-rpxy's log file
// (tracing's `…Z  INFO msg` and its `<- client -- METHOD uri -- status` access line); SiteMinder
// Web Agent's trace log (bracketed month-first date, time, pid, tid, transaction id, function,
// message) and its error log (`[pid/tid][Day Mon dd yyyy HH:mm:ss][file.cpp:line][LEVEL] msg`);
// Flomesh Pipy's console (`[INF] [listener]`); WebSEAL's message log (the pdmsg header
// `yyyy-MM-dd-HH:mm:ss.SSS+hh:mmI----- 0xID webseald LEVEL …` with the message on the next line).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`lighttpd`, `caddy`, `traefik`, `haproxy`, `envoy`, `nginx`, `apache`, `squid`,
// `varnish`, `kong`, `tyk`, `apisix`, `openresty`, `h2o`, `cherokee`, `hiawatha`, `tengine`,
// `pound`, `trafficserver`, `skipper`, `krakend`, `gloo`, `emissary`, `zuul`,
// `spring cloud gateway`, `pingora`, `fastly`, `cloudflare`, `akamai`, `cloudfront`, `tinyproxy`,
// `privoxy`, `3proxy`, `mitmproxy`, `hitch`, `stunnel`, `sniproxy`, `pomerium`, `oauth2-proxy`,
// `gunicorn`, `uwsgi`, `puma`, `tomcat`, `jetty`, `kestrel`, `yaws`, `thttpd`, `darkhttpd`,
// `civetweb`, `microhttpd`, `nginx unit`, `frankenphp`, `roadrunner`, `hypercorn`, `uvicorn`,
// `waitress`, `cherrypy`, `cheroot`, `litespeed`, `openlitespeed`, `weblogic`, `linkerd`, `istio`,
// `gravitee`, `wso2`, `apigee`, `3scale`, `apicast`, `express gateway`, `sozu`, `ferron`,
// `static-web-server`, `miniserve`, `mosn`, `pipy`, `flomesh`, `ztm`, `fgw`, `easegress`,
// `higress`, `shenyu`, `rpxy`, `rust-rpxy`, `lura`, `kgateway`, `envoy gateway`, `ocelot`,
// `yarp`, `fabio`, `cloudflared`, `ngrok`, `frps`, `inlets`, `zrok`, `sish`, `localtunnel`,
// `websocketd`, `go-httpbin`, `gcore`, `bunnycdn`, `fly-proxy`, `hunchentoot`, `hypnotoad`,
// `starman`, `plack`, `sanic`, `granian`, `litestar`, `robyn`, `mod_jk`, `http_plugin`,
// `ws_common`, `iplanet`, `httperr`, `http.sys`, `webseal`, `webseald`, `isam`, `siteminder`,
// `smagent`, `webagent`, `SmFcc`, `CSm`, `wingate`, `ccproxy`, `mcafee web gateway`, `proxysg`,
// `zscaler`, `| INFO   | server     |`, `| ACCESS |`, `| session    |`, `[conn handler]`,
// `[FATAL] [network]`, `[INF] [listener]`, `supervisor/supervisor.go`,
// `No server name in ClientHello`, `I----- `). None of websocketd, MOSN, Easegress, rust-rpxy,
// Pipy, WebSEAL or SiteMinder's Web Agent is a family of any table (`easegress`, `rpxy` and `pipy`
// are only in other headers' grep lists and left-out notes; `CSm` matches other words; `isam` is
// Nokia's OLT and x265). Left out as measured already: nginx, Apache, lighttpd, Caddy, Traefik,
// HAProxy, Envoy, Squid, Varnish, Kong, Tyk, APISIX, OpenResty, 3scale APIcast, Pingora, Sozu,
// KrakenD, Fabio, Ocelot, YARP, Kestrel, static-web-server, the CDNs' logs (CloudFront, Fastly,
// Akamai, Cloudflare, bunny.net). Left out as not confirmed by any search: go-httpbin's request
// log, WinGate's and CCProxy's logs. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). websocketd's `+0100`, Easegress's `+08:00` and WebSEAL's `+01:00` glued
// to the milliseconds are converted; rust-rpxy's stamp ends in Z; MOSN's, Pipy's and SiteMinder's
// stamps have no zone and are taken as UTC (SiteMinder's trace date is month-first). Levels only
// where the line marks one: websocketd's padded second column, MOSN's first bracket (FATAL is
// Critical), zap's and tracing's level words, Pipy's INF WRN ERR, WebSEAL's NOTICE WARNING ERROR
// after the program name, the Web Agent error log's bracket after the source file; the Web
// Agent's trace log carries none. No family has a host field: websocketd's and rust-rpxy's client
// addresses, MOSN's and Pipy's upstreams, Easegress's peer URLs and the Web Agent's policy server
// are peers, no hosts. A record that spans lines is one entry: WebSEAL's header with its message
// line under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (the Web Agent error log's date prefix, Pipy's WRN and ERR tags). Hosts,
// ids, addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong would carry a gap that says what it does not read, and
// it would stay in the score.
//
// Its first figure, scored at commit c092b93 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at c092b93 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 8 families fully right (36 records); there is no gap: trawl reads every family here.

var fresh594Cases = []worldCase{
	{
		name:   "websocketd-console",
		source: "websocketd (joewalnes/websocketd) on its terminal: `Mon, 02 Jan 2006 15:04:05 -0700 | LEVEL  | category   | remote | msg` (RFC 1123 with a numeric zone, the level padded to six, the category to ten): READMEs and tutorials found with find_string (`| INFO   | server     |  | Serving using application   : ./count.sh`, `| INFO   | server     |  | Starting WebSocket server   : ws://…/`)",
		why:    "a day-name RFC 1123 date with a numeric offset, then pipe-separated columns: the padded level word is the second; the remote address of a session is a client, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Sun, 29 Nov 2026 08:41:16 +0100 | INFO   | server     |  | Serving using application   : ./tail-orders.sh"),
			we("2026-11-29T07:41:16Z", Info, "", "Sun, 29 Nov 2026 08:41:16 +0100 | INFO   | server     |  | Serving static content from : /srv/dash/public"),
			we("2026-11-29T07:41:16Z", Info, "", "Sun, 29 Nov 2026 08:41:16 +0100 | INFO   | server     |  | Starting WebSocket server   : ws://dash-07.lan:8090/"),
			we("2026-11-29T07:43:02Z", Debug, "", "Sun, 29 Nov 2026 08:43:02 +0100 | DEBUG  | process    | url:'http://dash-07.lan:8090/' id:'1795938182334510942' remote:'10.31.4.77' command:'./tail-orders.sh' origin:'http://dash-07.lan:8090' pid:'40217' | Process started"),
			we("2026-11-29T07:44:19Z", Error, "", "Sun, 29 Nov 2026 08:44:19 +0100 | ERROR  | session    | url:'http://dash-07.lan:8090/' id:'1795938259120443817' remote:'10.31.4.80' command:'./tail-orders.sh' origin:'http://dash-07.lan:8090' | Could not launch process ./tail-orders.sh (fork/exec ./tail-orders.sh: permission denied)"),
		},
	},
	{
		name:   "mosn-default-log",
		source: "MOSN (mosn/mosn) default log `yyyy-MM-dd HH:mm:ss,SSS [LEVEL] [module] [sub] msg`: mosn/mosn issue #992 (`… 03:07:35,540 [INFO] [server] [conn handler] [add listener] add listener:`, `[FATAL] [network] [listener start] [listen] 0.0.0.0_1001 listen failed`)",
		why:    "a comma before the milliseconds, no zone (UTC); the first bracket is the level, the brackets after it are module tags",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 [INFO] [config] processor added to listener filter"),
			we("2026-11-29T07:41:16.211Z", Info, "", "2026-11-29 07:41:16,211 [INFO] [server] [conn handler] [add listener] add listener: 0.0.0.0:2046"),
			we("2026-11-29T07:41:19.530Z", Warn, "", "2026-11-29 07:41:19,530 [WARN] [upstream] [health check] [session] host 10.40.2.18:20880 check failed, count 3"),
			we("2026-11-29T07:41:21.087Z", Error, "", "2026-11-29 07:41:21,087 [ERROR] [proxy] [downstream] processError=streamConnection, proxyId:4411, reason:no healthy upstream in cluster orders_svc"),
			we("2026-11-29T07:41:22.001Z", Critical, "", "2026-11-29 07:41:22,001 [FATAL] [network] [listener start] [listen] 0.0.0.0_443 listen failed, listen tcp 0.0.0.0:443: bind: address already in use"),
		},
	},
	{
		name:   "easegress-server-console",
		source: "Easegress (easegress-io/easegress) server log, zap's console encoder `ISO-8601 with offset<TAB>LEVEL<TAB>file.go:line<TAB>msg`: easegress-io/easegress PR #378 (README sample `2021-05-17T16:45:38.185+08:00 INFO cluster/config.go:84 etcd config: …`, `INFO supervisor/supervisor.go:180 create system controller …`)",
		why:    "an ISO time with a +08:00 offset and tab-separated columns: the level is the second, then the caller",
		entries: []worldEntry{
			we("2026-11-29T07:41:38.185Z", Info, "", "2026-11-29T15:41:38.185+08:00\tINFO\tcluster/config.go:84\tetcd config: init-cluster:eg-gw-east-1=http://10.60.1.11:2380 cluster-state:new force-new-cluster:false"),
			we("2026-11-29T07:41:39.21Z", Info, "", "2026-11-29T15:41:39.21+08:00\tINFO\tcluster/cluster.go:451\tlease is ready"),
			we("2026-11-29T07:41:39.253Z", Info, "", "2026-11-29T15:41:39.253+08:00\tINFO\tapi/api.go:96\tapi server running in 10.60.1.11:2381"),
			we("2026-11-29T07:42:05.907Z", Warn, "", "2026-11-29T15:42:05.907+08:00\tWARN\tproxy/server.go:212\tserver http://10.60.4.23:9095 is unhealthy, removed from pool checkout-backend"),
			we("2026-11-29T07:42:11.460Z", Error, "", "2026-11-29T15:42:11.46+08:00\tERROR\thttpserver/runtime.go:317\tcheckout-server: listen on :10080 failed: listen tcp :10080: bind: address already in use"),
		},
	},
	{
		name:   "rust-rpxy-log",
		source: "rust-rpxy (junkurihara/rust-rpxy) log file `/var/log/rpxy/…`: tracing's `yyyy-MM-ddTHH:mm:ss.ffffffZ LEVEL msg` with the level right-aligned to five, the access line `<- client:port -- METHOD uri VERSION -- status reason -- …`: junkurihara/rust-rpxy issue #261 (pasted log) and PR #271",
		why:    "an ISO time ending in Z, the level word after it (padded with a leading space for INFO and WARN); the client address in the access line is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402118Z", Info, "", "2026-11-29T07:41:16.402118Z  INFO Start TCP proxy serving with HTTPS request for configured host names"),
			we("2026-11-29T07:41:25.692719Z", Info, "", `2026-11-29T07:41:25.692719Z  INFO  <- 10.77.3.41:53180 -- GET /api/v2/stock?sku=BX-2207 HTTP/1.1 -- 200 OK -- shop.internal.example -> http://10.77.9.12:8080/api/v2/stock?sku=BX-2207 "curl/8.11.1", "" ""`),
			we("2026-11-29T07:42:03.118034Z", Warn, "", "2026-11-29T07:42:03.118034Z  WARN Certificate for media.internal.example expires in 6 days"),
			we("2026-11-29T07:42:17.856275Z", Error, "", "2026-11-29T07:42:17.856275Z ERROR No server name in ClientHello"),
			we("2026-11-29T07:43:00.928451Z", Error, "", "2026-11-29T07:43:00.928451Z ERROR No matching backend app"),
		},
	},
	{
		name:   "siteminder-webagent-trace",
		source: "CA (Broadcom) SiteMinder Web Agent trace log with the date, time, pid, tid, transaction id, function and message fields in brackets: Broadcom knowledge article 50757 ('SiteMinder WebAgent Credential Manager', `[11/09/2010][11:28:22][9398][42][…-24b6-4cd976a6-002a-233d42ba][ProcessAdvancedAuthCredentials][Plugin interface returned SmFailure.]`) and the r6 bookshelf 'Trace Message Data Fields'",
		why:    "a month-first slashed date and the time in brackets of their own, zone-less (UTC); a pid and a tid in brackets; no level column",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[11/29/2026][07:41:16][18822][57][00000000000000000000000044a1070a-4986-69dc4f8e-0039-118f5e2a][CSmFormTemplateCache::GetForm][Serving form template '/siteminderagent/forms/login.fcc' from cache.]"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[11/29/2026][07:41:16][18822][57][00000000000000000000000044a1070a-4986-69dc4f8e-0039-118f5e2a][SmFcc::getCredentials][Success in collecting credentials.]"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[11/29/2026][07:41:17][18822][57][00000000000000000000000044a1070a-4986-69dc4f8e-0039-118f5e2a][ProcessAdvancedAuthCredentials][Plugin interface returned SmFailure.]"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[11/29/2026][07:41:17][18822][57][00000000000000000000000044a1070a-4986-69dc4f8e-0039-118f5e2a][ProcessAdvancedAuthentication][CredentialManager returned SmFailure, end new request.]"),
		},
	},
	{
		name:   "pipy-console",
		source: "Flomesh Pipy (flomesh-io/pipy) on its terminal: `yyyy-MM-dd HH:mm:ss.SSS [LVL] [module] msg` with a three-letter level: Pipy tutorials and ZTM READMEs found with find_string (`2022-01-11 18:56:31 [INF] [config] …`, `2024-07-30 13:53:14.092 [INF] [listener] Listening on TCP port 7777 at 127.0.0.1`); the WRN and ERR tags from memory",
		why:    "a zone-less time (UTC) with milliseconds; the level is a three-letter tag in the first brackets, the module in the second",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.092Z", Info, "", "2026-11-29 07:41:16.092 [INF] [config] Module /proxy.js"),
			we("2026-11-29T07:41:16.093Z", Info, "", "2026-11-29 07:41:16.093 [INF] [listener] Listening on TCP port 8443 at 0.0.0.0"),
			we("2026-11-29T07:41:16.093Z", Info, "", "2026-11-29 07:41:16.093 [INF] [worker] Thread 0 started"),
			we("2026-11-29T07:42:40.517Z", Warn, "", "2026-11-29 07:42:40.517 [WRN] [outbound] Connection to 10.88.5.14:9000 timed out"),
			we("2026-11-29T07:42:44.730Z", Error, "", "2026-11-29 07:42:44.730 [ERR] [pjs] Cannot read property 'headers' of undefined at /proxy.js:38:17"),
		},
	},
	{
		name:   "webseal-msg-log",
		source: "IBM Security Verify Access (Tivoli Access Manager) WebSEAL message log msg__webseald-<instance>.log: the routing-file topic of the ISVA troubleshooting guide (setgetweb.com mirror), and the pdmsg header `yyyy-MM-dd-HH:mm:ss.SSS±hh:mmI----- 0xMSGID program LEVEL comp sub file line 0xthread` with the message id and text on the next line, found with find_string in a TAM installation log (`2013-03-17-20:27:13.770-07:00I----- 0x16B48064 PID#2848 ERROR rgy ad E: …adschema_update.cpp 550 0x00000ad0`, then `HPDRG0100E …`)",
		why:    "a date and time joined by a hyphen, the offset glued to the milliseconds and `I-----` glued to the offset; the level word after the program name; the message line under the header belongs to the same record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.153Z", Notice, "",
				"2026-11-29-08:41:16.153+01:00I----- 0x38CF0011 webseald NOTICE wwa server /build/isva/src/i4w/pdweb/webseald/server/WsServer.cpp 1412 0x7f3a2cffd700",
				"DPWWA0011I Reverse proxy server rp-edge-02 started and ready to accept requests."),
			we("2026-11-29T07:44:52.806Z", Warn, "",
				"2026-11-29-08:44:52.806+01:00I----- 0x38CF0424 webseald WARNING wwa server /build/isva/src/i4w/pdweb/webseald/http/junction/WsJunction.cpp 2207 0x7f3a1effd700",
				"DPWWA0424W Junction server 10.12.8.40:9443 on /claims is not responding; marking it not running."),
			we("2026-11-29T07:45:10.044Z", Error, "",
				"2026-11-29-08:45:10.044+01:00I----- 0x38CF0427 webseald ERROR wwa server /build/isva/src/i4w/pdweb/webseald/http/junction/WsJunction.cpp 2431 0x7f3a1effd700",
				"DPWWA0427E Connection to junction /claims failed: all servers are down."),
		},
	},
	{
		name:   "siteminder-webagent-error",
		source: "CA (Broadcom) SiteMinder Web Agent error log (WebAgent.log): the `[file.cpp:line][LEVEL] msg` part from Broadcom knowledge article 50757 (`[CSmHighLevelAgent.cpp:873][ERROR] HLA: Component reported fatal error: 'Credential Manager'.`); the `[pid/tid][Day Mon dd yyyy HH:mm:ss]` prefix before it from memory",
		why:    "a pid/tid pair, then a day-name date with the year after the day and no zone (UTC), then the source file; the level is the bracketed word after the file",
		entries: []worldEntry{
			we("2026-11-29T07:40:58Z", Info, "", "[18822/140118290577152][Sun Nov 29 2026 07:40:58][CSmHighLevelAgent.cpp:411][INFO] HLA: Agent 'web-claims-agent' initialized, connected to policy server 10.12.1.5."),
			we("2026-11-29T07:41:17Z", Error, "", "[18822/140118223435520][Sun Nov 29 2026 07:41:17][CSmCredentialManager.cpp:235][ERROR] HLA: Analyzer from module 'SM_WAF_HTTP_PLUGIN' returned unknown response code '-1' for component 'Credential Manager'."),
			we("2026-11-29T07:41:17Z", Error, "", "[18822/140118223435520][Sun Nov 29 2026 07:41:17][CSmHighLevelAgent.cpp:873][ERROR] HLA: Component reported fatal error: 'Credential Manager'."),
			we("2026-11-29T07:43:30Z", Warn, "", "[18822/140118290577152][Sun Nov 29 2026 07:43:30][CSmAgentConnection.cpp:602][WARNING] Policy server 10.12.1.6 did not answer within 15 seconds; failing over."),
		},
	},
}

func TestFresh594Formats(t *testing.T) { assertTable(t, fresh594Cases) }
func TestFresh594Score(t *testing.T) {
	checkScore(t, "fresh594 formats", fresh594Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
