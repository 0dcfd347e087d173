package parse

import "testing"

// The three-hundred-and-sixty-eighth fresh table, written on 2026-12-06: web servers, proxies and
// load balancers, a further pass, in shapes no earlier table holds. Each family is one product's
// documented or observed output: Zoraxy's monthly log (its own `[time] [title] [system:info]`
// lines mixed with the router's `[router:host-http] [origin:…] [client: …]` request lines);
// gobetween's logrus formatter (a level cut to five letters, so WARNING is `[WARNI]`); Sōzu's own
// log stack on stdout (an RFC 3339 stamp, a nanosecond column, the pid, the padded level, the
// MAIN or worker tag and a tab; access lines with INFO-ACCESS and ERROR-ACCESS); Envoy's
// hot-restarter.py wrapper (Python logging in Envoy's bracketed layout with upper-case level
// names) interleaved with the Envoy children it forks; Envoy's default access log for a
// tcp_proxy listener (`"- - -"` where the request line would be); saved `varnishadm panic.show`
// output (a bare `Panic at:` block, not behind varnishd's manager or the journal); IIS Express's
// console; Ocelot's gateway lines through .NET's Debug logger provider (`Category:Level: msg`);
// Apache httpd's mod_evasive through syslog.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`show errors`, `Total events captured`, `current master transaction`, `mod_log_forensic`,
// `forensic`, `W3SVC`, `W3SVC2,`, `httperr`, `h1.c`, `request-len`, `log-request-header`,
// `format iso`, `format timed`, `New worker`, `varnishlog`, `<< Request`, `<< BeReq`,
// `Timestamp      Start`, `-g raw`, `store.log`, `RELEASE -1`, `OpenLiteSpeed`, `lshttpd`,
// `litespeed`, `traffic_server`, `diags.log`, `ET_NET`, `pound`, `h2o`, `angie`, `nginx unit`,
// `Tengine`, `Caddy`, `http.log.access`, `caddy fmt`, `Envoy`, `traefik`, `Z INF `, `hiawatha`,
// `cherokee`, `mod_security`, `ModSecurity`, `naxsi`, `session_time`, `FREB`, `lighttpd`,
// `lighttpd[`, `errorlog-high-precision`, `nginx: 20`, `http header:`, `$msec`, `show events`,
// `mux_h1`, `START_TIME(%s`, `"- - -"`, `tcp_proxy`, `hot restart`, `hot-restarter`,
// `forking and execing`, `][core] [`, `%j`, `Processing: `, `mgr:info`, `%{cu}t`, `dumpio`,
// `suexec`, `ssl_request`, `jk_connect`, `mod_jk`, `rid#`, `sid#`, `RewriteLog`, `htcacheclean`,
// `mod_evasive`, `evasive`, `Blacklisting address`, `DOSLogDir`, `ssl_crtd`,
// `security_file_certgen`, `kid1|`, `varnishadm`, `panic.show`, `Panic at:`, `Assert error`,
// `(mono)`, `Child has not panicked`, `Child (`, `varnishd[`, `HAProxy`, `httpslog`, `fc_err`,
// `log-format-sd`, `SSL handshake failure`, `dataplaneapi`, `mod_qos`, `stunnel`, `sniproxy`,
// `nginx-proxy`, `pomerium`, `oauth2-proxy`, `skipper`, `pingora`, `sozu`, `MAIN INFO`,
// `INFO-ACCESS`, `ERROR-ACCESS`, `zoraxy`, `[system:`, `[router:`, `gobetween`, `(manager)`,
// `[INFO ] (`, `WARNI`, `yarp`, `Kestrel`, `Ocelot`, `previousRequestId`, `requestId:`,
// `:Information: `, `:Debug: `, `IIS Express`, `IISExpress`, `Request started:`,
// `Request ended:`, `Successfully registered URL`, `Enter 'Q'`, `AH00558`, `keepalived`,
// `ipvsadm`, `stack traceback`, `access_by_lua`, `ngx_lua`, `mod_md`, `h2_session`). Zoraxy,
// gobetween, Sōzu and Ocelot are in no table. Envoy is in many (its default application log, its
// HTTP access log, JSON, Istio's proxy, `%START_TIME(%s)%`, the hot-restart epoch lines of Envoy
// itself); the restarter wrapper's Python log and the tcp_proxy default access line are in none.
// Varnish is in many (varnishlog grouped, raw and JSON, varnishncsa, varnishd in syslog, the
// journal and on stderr with its panic after `Child (n) Panic at:`); panic.show's bare block is in
// none. IIS Express is in fresh115 and fresh314 as its W3C log; its console is in none. Apache
// httpd is in many tables (error log, access log, forensic, dumpio, suexec, mod_jk, rewrite);
// mod_evasive is in none (only its name in a list in fresh82, not its line). Left out as measured
// already: HAProxy (httplog, httpslog, show errors, traces, rings, startup logs), nginx (error log,
// syslog, debug, $msec, stream), Caddy (JSON, console, caddy fmt), Traefik (CLF, JSON, zerolog
// console), Squid (access.log, cache.log with kids, store.log, ssl_crtd), lighttpd (error log,
// request-header debug, high precision, syslog), IIS (W3C, IIS, NCSA, HTTPERR, FREB), Apache
// Traffic Server, OpenLiteSpeed, Pound, H2O, Angie, NGINX Unit, Hiawatha, Cherokee, stunnel,
// sniproxy, Pingora, keepalived. The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Zoraxy's `2006-01-02 15:04:05.000000`, gobetween's `2006-01-02 15:04:05`
// and the restarter's and Envoy's `%Y-%m-%d %T.%e` carry no zone and are taken as UTC; Sōzu's
// stamp ends in Z and its second column is the same instant in epoch nanoseconds, so either is
// accepted; Envoy's %START_TIME% ends in Z; panic.show's `Panic at:` is RFC 1123 in GMT, and its
// `now = … (real)` epoch is the same second, so either is accepted; the mono figure is no clock;
// syslog's `Nov 29 07:41:16` has no year (2026). IIS Express's console and the Debug provider's
// lines have no time. Levels only where the line marks one: Zoraxy's `[system:info]` and
// `[system:error]` (its router lines have none), gobetween's `[INFO ]`, `[WARNI]`, `[ERROR]`,
// `[DEBUG]`, Sōzu's level column (INFO-ACCESS as Info, ERROR-ACCESS as Error), the restarter's
// INFO and WARNING and Envoy's info and warning, the Debug provider's Debug, Information, Warning
// and Error after the category; Envoy's access lines, the panic block, IIS Express and
// mod_evasive's lines have none (a status 503 or a `Panic` is no level). The host is the record's
// host field: the syslog header's name; Zoraxy's `[origin:…]` is the HTTP Host the request was
// for and `[client: …]` the client, Sōzu's and Envoy's addresses are the client and the upstream,
// panic.show's ident is the kernel, and localhost in a URL is no host. A record that spans lines is
// one entry: a panic.show block from `Panic at:` to its last indented line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit afdf59b before any rule for it: level 91.3 %, time 100.0 %, host 100.0 %, records 92.6 %.
// That is the macro figure (micro: level 90.9 %, time 100.0 %, host 100.0 %, records 96.4 %), in a
// worktree at afdf59b with no change to trawl's code (only this file and table_test.go's list), 6 of
// 9 families fully right; the gaps are Zoraxy's `[system:info]`/`[system:error]` level, Sōzu's
// INFO-ACCESS and ERROR-ACCESS levels, and the bare panic.show block cut after its `Panic at:` line.

var fresh368Cases = []worldCase{
	{
		name:   "zoraxy-monthly-log-system-and-router",
		source: "Zoraxy's log file (log/zr_2026-11.log): src/mod/info/logger/logger.go (`[2006-01-02 15:04:05.000000] [title] [system:info|system:error] msg`, `: err` appended to an error) and trafficlog.go (`[time] [router:class] [origin:host] [client: ip] [useragent: ua] METHOD uri status`) in tobychui/zoraxy; tobychui/zoraxy issues #292 and #648 (the monthly file, the viewer's Warning/Error filter)",
		why:    "a bracketed zone-less time with microseconds; the level is the word after `system:`; the router lines have no level, and `[origin:…]` is the HTTP Host, `[client: …]` the client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Info, "", "[2026-11-29 07:41:16.204518] [internal] [system:info] Starting Zoraxy v3.2.9"),
			we("2026-11-29T07:41:16.881034Z", Info, "", "[2026-11-29 07:41:16.881034] [proxy-config] [system:info] Loaded 14 reverse proxy rules from conf/proxy"),
			we("2026-11-29T07:41:17.002219Z", Error, "", "[2026-11-29 07:41:17.002219] [acme] [system:error] Certificate renew failed for files.lakeview.example: acme: error: 429 :: POST :: https://acme-v02.api.letsencrypt.org/acme/new-order :: urn:ietf:params:acme:error:rateLimited"),
			we("2026-11-29T07:41:22.415907Z", Unknown, "", "[2026-11-29 07:41:22.415907] [router:host-http] [origin:cloud.lakeview.example] [client: 198.51.100.23] [useragent: Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0] GET /index.php/apps/files/ 200"),
			we("2026-11-29T07:41:22.730112Z", Unknown, "", "[2026-11-29 07:41:22.730112] [router:host-websocket] [origin:cloud.lakeview.example] [client: 198.51.100.23] [useragent: Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0] GET /push/ws 101"),
			we("2026-11-29T07:41:25.006441Z", Unknown, "", "[2026-11-29 07:41:25.006441] [router:host-http] [origin:git.lakeview.example] [client: 203.0.113.61] [useragent: git/2.47.1] POST /tove/infra.git/git-upload-pack 502"),
		},
	},
	{
		name:   "gobetween-logrus-five-letter-level",
		source: "gobetween's logrus formatter (src/logging/log.go in yyyar/gobetween: `%s [%-5.5s] (%s): %s` with the time as `2006-01-02 15:04:05`, the level upper-cased and cut to five letters, the logger's name in parentheses); the messages from memory",
		why:    "a zone-less time; the level is cut to five letters, so logrus's WARNING is `[WARNI]`; the name in parentheses is a component, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO ] (main): gobetween v0.8.0"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO ] (manager): Initializing..."),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO ] (server): Creating 'pg-primary': 0.0.0.0:5433 weight static ping"),
			we("2026-11-29T07:41:19Z", Warn, "", "2026-11-29 07:41:19 [WARNI] (healthcheck/worker): Healthcheck for 10.30.1.13:5432 failed: dial tcp 10.30.1.13:5432: i/o timeout"),
			we("2026-11-29T07:41:19Z", Debug, "", "2026-11-29 07:41:19 [DEBUG] (scheduler): Backend 10.30.1.13:5432 marked down, 1 of 2 live"),
			we("2026-11-29T07:41:24Z", Error, "", "2026-11-29 07:41:24 [ERROR] (proxy): Could not connect to backend 10.30.1.13:5432: dial tcp 10.30.1.13:5432: connect: connection refused"),
		},
	},
	{
		name:   "sozu-stdout-main-worker-access",
		gap:    "trawl reads INFO, WARN and ERROR in Sōzu's level column but not its access levels: `INFO-ACCESS` and `ERROR-ACCESS` between the pid and the worker tag give no level",
		source: "Sōzu's own log stack on stdout (command/src/logging/logs.rs in sozu-proxy/sozu: `{now} {precise_time} {pid} {level} {tag}\\t` before each message; display.rs: the RFC 3339 `…T…Z` stamp with microseconds, levels `INFO `, `WARN `, `ERROR`, `INFO-ACCESS `, `ERROR-ACCESS`, the access context `[session request cluster backend]`, the five durations, `[tags]`, ` | message`); sozu-proxy/sozu issue #256; the precise_time column as epoch nanoseconds, the tag names and protocol words from memory",
		why:    "an RFC 3339 stamp and an epoch-nanosecond column of the same instant, then the pid; the level is padded and may be INFO-ACCESS or ERROR-ACCESS; MAIN or WRK-nn is a process tag; the addresses are client and backend",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.004512Z|2026-11-29T07:41:16.004512338Z", Info, "", "2026-11-29T07:41:16.004512Z 1795938076004512338 4102 INFO  MAIN\tstarting up sozu 1.1.0, pid 4102"),
			we("2026-11-29T07:41:16.118204Z|2026-11-29T07:41:16.118204771Z", Info, "", "2026-11-29T07:41:16.118204Z 1795938076118204771 4102 INFO  MAIN\tlaunching 2 workers"),
			we("2026-11-29T07:41:16.301877Z|2026-11-29T07:41:16.301877105Z", Info, "", "2026-11-29T07:41:16.301877Z 1795938076301877105 4117 INFO  WRK-00\tworker 0 up and running"),
			we("2026-11-29T07:41:21.552019Z|2026-11-29T07:41:21.552019644Z", Info, "", "2026-11-29T07:41:21.552019Z 1795938081552019644 4117 INFO-ACCESS  WRK-00\t[01JDY8K3P6W2T4Q9R7M5N1B3C8 01JDY8K3P7A9D2F4H6J8K0L2M4 cluster-web web-1] 198.51.100.23:51844 10.40.8.21:8080 3ms/412μs/2ms/310μs/402μs 812 5120 [user-agent=curl/8.5.0] None HTTPS www.lakeview.example GET /healthz 200"),
			we("2026-11-29T07:41:24.090311Z|2026-11-29T07:41:24.090311902Z", Error, "", "2026-11-29T07:41:24.090311Z 1795938084090311902 4118 ERROR-ACCESS WRK-01\t[01JDY8K7C2E4G6J8M0P2R4T6V8 01JDY8K7C3F5H7K9N1Q3S5U7W9 cluster-api -] 203.0.113.77:40210 - 31ms/-/-/1ms/- 402 0 [] None HTTP api.lakeview.example POST /v2/orders 503 | no backend available"),
			we("2026-11-29T07:41:25.770128Z|2026-11-29T07:41:25.770128053Z", Warn, "", "2026-11-29T07:41:25.770128Z 1795938085770128053 4118 WARN  WRK-01\tbackend api-2 at 10.40.8.34:8080 failed to connect 3 times, marking it down"),
			we("2026-11-29T07:41:26.002114Z|2026-11-29T07:41:26.002114560Z", Error, "", "2026-11-29T07:41:26.002114Z 1795938086002114560 4102 ERROR MAIN\tcould not load certificate for api.lakeview.example: invalid PEM"),
		},
	},
	{
		name:   "envoy-hot-restarter-python-and-children",
		source: "Envoy's restarter/hot-restarter.py (envoyproxy/envoy: Python logging with LOG_FORMAT `[%(asctime)s.%(msecs)03d][%(process)d][%(levelname)s][core] [%(filename)s:%(lineno)d] %(message)s`, DATE_FORMAT `%Y-%m-%d %H:%M:%S`, to stdout; messages `starting hot-restarter with target:`, `forking and execing new child process at epoch N`, `forked new child process with PID=N`, `got SIGHUP`, `got SIGCHLD`, `PID=N exited with code=N`, `PID=N was killed with signal=N`); docs/root/operations/hot_restarter.rst; the children's lines in Envoy's default `[%Y-%m-%d %T.%e][%t][%l][%n] [%g:%#] %v`; the line numbers from memory",
		why:    "the wrapper writes Envoy's bracketed layout with Python's upper-case INFO and WARNING, the children lower-case info and warning; zone-less times; the bracketed numbers are a pid or a thread, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.011Z", Info, "", "[2026-11-29 07:41:16.011][2207][INFO][core] [hot-restarter.py:203] starting hot-restarter with target: /etc/envoy/start_envoy.sh"),
			we("2026-11-29T07:41:16.012Z", Info, "", "[2026-11-29 07:41:16.012][2207][INFO][core] [hot-restarter.py:180] forking and execing new child process at epoch 0"),
			we("2026-11-29T07:41:16.014Z", Info, "", "[2026-11-29 07:41:16.014][2207][INFO][core] [hot-restarter.py:190] forked new child process with PID=2209"),
			we("2026-11-29T07:41:16.240Z", Info, "", "[2026-11-29 07:41:16.240][2209][info][main] [source/server/server.cc:432] initializing epoch 0 (base id=0, hot restart version=11.104)"),
			we("2026-11-29T07:52:40.501Z", Info, "", "[2026-11-29 07:52:40.501][2207][INFO][core] [hot-restarter.py:120] got SIGHUP"),
			we("2026-11-29T07:52:40.502Z", Info, "", "[2026-11-29 07:52:40.502][2207][INFO][core] [hot-restarter.py:180] forking and execing new child process at epoch 1"),
			we("2026-11-29T07:52:41.118Z", Warn, "", "[2026-11-29 07:52:41.118][2861][warning][main] [source/server/server.cc:921] there is no configured limit to the number of allowed active downstream connections"),
			we("2026-11-29T08:07:41.701Z", Info, "", "[2026-11-29 08:07:41.701][2207][INFO][core] [hot-restarter.py:150] PID=2209 exited with code=0"),
			we("2026-11-29T08:09:02.330Z", Warn, "", "[2026-11-29 08:09:02.330][2207][WARNING][core] [hot-restarter.py:159] PID=2861 was killed with signal=9"),
		},
	},
	{
		name:   "envoy-tcp-proxy-default-access-log",
		source: "Envoy's default access log format (`[%START_TIME%] \"%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%\" %RESPONSE_CODE% %RESPONSE_FLAGS% %BYTES_RECEIVED% %BYTES_SENT% %DURATION% %RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% \"%REQ(X-FORWARDED-FOR)%\" \"%REQ(USER-AGENT)%\" \"%REQ(X-REQUEST-ID)%\" \"%REQ(:AUTHORITY)%\" \"%UPSTREAM_HOST%\"`) on a tcp_proxy listener, where the HTTP operators print `-`: Envoy's access log usage docs; the TCP rendering from memory",
		why:    "an ISO time in brackets ending in Z; `\"- - -\"` stands where the request line would be, the response code is 0, the flags UF and UH are no levels; the upstream address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120Z", Unknown, "", `[2026-11-29T07:41:16.120Z] "- - -" 0 - 518 4211 30005 - "-" "-" "-" "-" "10.30.1.12:5432"`),
			we("2026-11-29T07:41:19.004Z", Unknown, "", `[2026-11-29T07:41:19.004Z] "- - -" 0 UF,URX 0 0 1002 - "-" "-" "-" "-" "10.30.1.13:5432"`),
			we("2026-11-29T07:41:21.377Z", Unknown, "", `[2026-11-29T07:41:21.377Z] "- - -" 0 UH 0 0 0 - "-" "-" "-" "-" "-"`),
			we("2026-11-29T07:41:22.910Z", Unknown, "", `[2026-11-29T07:41:22.910Z] "- - -" 0 - 2261 188932 912 - "-" "-" "-" "-" "10.30.1.12:5432"`),
		},
	},
	{
		name:   "varnishadm-panic-show-saved",
		gap:    "trawl cuts a bare panic.show block after its first line `Panic at: <RFC 1123 date>`: the `Assert error in …`/`Wrong turn at …` line, the indented condition, version, ident, now, Backtrace with its frames and thread lines are not joined to it",
		source: "`varnishadm panic.show` output appended to a file by a cron job before `panic.clear` (the block `Panic at: <RFC 1123 GMT>`, `Assert error in f(), file line n:`, the indented Condition, version, ident, `now = m (mono), e (real)`, Backtrace and its indented frames, thread), and its reply when nothing panicked: varnishcache/varnish-cache issues #2104, #2779, #3006 and #3086; `Child has not panicked or panic has been cleared` from memory",
		why:    "the block starts at `Panic at:` with an RFC 1123 date in GMT and runs to its last indented line; the real epoch inside is the same second, the mono figure is no clock; the ident's kernel is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.880133Z", Unknown, "",
				"Panic at: Sun, 29 Nov 2026 07:41:19 GMT",
				"Assert error in ObjIterate(), cache/cache_obj.c line 203:",
				"  Condition((oc->stobj->stevedore) != NULL) not true.",
				"version = varnish-7.6.1 revision 5c7a1e0b3d9f4a26c8e1b7d0f2a4c6e8b0d2f4a6, vrt api = 20.1",
				"ident = Linux,6.1.0-27-amd64,x86_64,-jnone,-sdefault,-sdefault,-hcritbit,epoll",
				"now = 88213.550912 (mono), 1795938079.880133 (real)",
				"Backtrace:",
				"  0x55c1d6a4b3e2: /usr/sbin/varnishd(+0x5b3e2) [0x55c1d6a4b3e2]",
				"  0x55c1d6ad81c5: /usr/sbin/varnishd(VAS_Fail+0x45) [0x55c1d6ad81c5]",
				"  0x55c1d6a7e0d9: /usr/sbin/varnishd(ObjIterate+0x1a9) [0x55c1d6a7e0d9]",
				"thread = (cache-worker)"),
			we("", Unknown, "", "Child has not panicked or panic has been cleared"),
			we("2026-11-29T09:12:03Z|2026-11-29T09:12:03.114902Z", Unknown, "",
				"Panic at: Sun, 29 Nov 2026 09:12:03 GMT",
				"Wrong turn at cache/cache_req_fsm.c:1142:",
				"  Unknown req step",
				"version = varnish-7.6.1 revision 5c7a1e0b3d9f4a26c8e1b7d0f2a4c6e8b0d2f4a6, vrt api = 20.1",
				"ident = Linux,6.1.0-27-amd64,x86_64,-jnone,-sdefault,-sdefault,-hcritbit,epoll",
				"now = 93657.785680 (mono), 1795943523.114902 (real)",
				"Backtrace:",
				"  0x55c1d6a4b3e2: /usr/sbin/varnishd(+0x5b3e2) [0x55c1d6a4b3e2]",
				"  0x55c1d6ad8047: /usr/sbin/varnishd(VAS_Fail+0x47) [0x55c1d6ad8047]",
				"thread = (cache-worker)"),
		},
	},
	{
		name:   "iis-express-console",
		source: "iisexpress.exe run from a command prompt (`iisexpress /site:ShopWeb`): the start-up lines, `Enter 'Q' to stop IIS Express`, then one `Request started:` and one `Request ended: … with HTTP status N.N` line a request; from memory",
		why:    "no time, no level and no host anywhere; a request's started and ended lines are two records; localhost in a URL is no host",
		entries: []worldEntry{
			we("", Unknown, "", "Starting IIS Express ..."),
			we("", Unknown, "", `Successfully registered URL "http://localhost:44380/" for site "ShopWeb" application "/"`),
			we("", Unknown, "", `Registration completed for site "ShopWeb"`),
			we("", Unknown, "", "IIS Express is running."),
			we("", Unknown, "", "Enter 'Q' to stop IIS Express"),
			we("", Unknown, "", `Request started: "GET" http://localhost:44380/`),
			we("", Unknown, "", `Request ended: "http://localhost:44380/" with HTTP status 200.0`),
			we("", Unknown, "", `Request started: "GET" http://localhost:44380/favicon.ico`),
			we("", Unknown, "", `Request ended: "http://localhost:44380/favicon.ico" with HTTP status 404.0`),
		},
	},
	{
		name:   "ocelot-debug-provider-category-level",
		source: "Ocelot API gateway lines through Microsoft.Extensions.Logging's Debug provider (Visual Studio's output window or a debugger: `Category:Level: message`, Ocelot's `requestId: …, previousRequestId: …, message: …`): thangchung/GrpcJsonTranscoder issue #7, ThreeMammals/Ocelot issue #271",
		why:    "no time; the level word follows the category after a colon (Debug, Information, Warning, Error); the downstream service and localhost in a URL are no host",
		entries: []worldEntry{
			we("", Info, "", "Microsoft.AspNetCore.Hosting.Diagnostics:Information: Request starting HTTP/1.1 GET http://localhost:5100/gateway/orders/42 - - -"),
			we("", Debug, "", "Ocelot.Errors.Middleware.ExceptionHandlerMiddleware:Debug: requestId: 0HN8Q2L5V7K1C:00000003, previousRequestId: no previous request id, message: ocelot pipeline started"),
			we("", Debug, "", "Ocelot.DownstreamRouteFinder.Middleware.DownstreamRouteFinderMiddleware:Debug: requestId: 0HN8Q2L5V7K1C:00000003, previousRequestId: no previous request id, message: Upstream url path is /gateway/orders/42"),
			we("", Info, "", "Ocelot.RateLimit.Middleware.ClientRateLimitMiddleware:Information: requestId: 0HN8Q2L5V7K1C:00000003, previousRequestId: no previous request id, message: EndpointRateLimiting is not enabled for /api/orders/{id}"),
			we("", Warn, "", "Ocelot.Requester.Middleware.HttpRequesterMiddleware:Warning: requestId: 0HN8Q2L5V7K1C:00000003, previousRequestId: no previous request id, message: Error Code: ConnectionToDownstreamServiceError Message: Error connecting to downstream service, exception: System.Net.Http.HttpRequestException: Connection refused (orders-svc:8080) errors found in HttpRequesterMiddleware. Setting error response for request path:/api/orders/42, request method: GET"),
			we("", Error, "", "Ocelot.Errors.Middleware.ExceptionHandlerMiddleware:Error: requestId: 0HN8Q2L5V7K1C:00000004, previousRequestId: no previous request id, message: Exception caught in global error handler, exception message: Object reference not set to an instance of an object."),
			we("", Info, "", "Microsoft.AspNetCore.Hosting.Diagnostics:Information: Request finished HTTP/1.1 GET http://localhost:5100/gateway/orders/42 - 502 0 - 3021.4412ms"),
		},
	},
	{
		name:   "apache-mod-evasive-syslog",
		source: "Apache httpd's mod_evasive reporting a block through syslog (`host mod_evasive[pid]: Blacklisting address a.b.c.d: possible DoS attack.`, each httpd child with its own pid) in rsyslog's traditional file format: Atomicorp wiki HIDS rule 60205, the mod_evasive README (reports via email and syslog)",
		why:    "a yearless syslog time and the host field; the blocked address (IPv4 or IPv6) is the client, and the message carries no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "web01", "Nov 29 07:41:16 web01 mod_evasive[2211]: Blacklisting address 203.0.113.45: possible DoS attack."),
			we("2026-11-29T07:41:16Z", Unknown, "web01", "Nov 29 07:41:16 web01 mod_evasive[2214]: Blacklisting address 203.0.113.46: possible DoS attack."),
			we("2026-11-29T07:43:02Z", Unknown, "web01", "Nov 29 07:43:02 web01 mod_evasive[2290]: Blacklisting address 2001:db8:4f::17: possible DoS attack."),
			we("2026-11-29T07:58:40Z", Unknown, "web01", "Nov 29 07:58:40 web01 mod_evasive[2317]: Blacklisting address 198.51.100.9: possible DoS attack."),
		},
	},
}

func TestFresh368Formats(t *testing.T) { assertTable(t, fresh368Cases) }
func TestFresh368Score(t *testing.T) {
	checkScore(t, "fresh368 formats", fresh368Cases, [worldNumFields]float64{96.7, 99.9, 99.9, 92.5})
}
