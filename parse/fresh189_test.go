package parse

import "testing"

// The hundred-and-eighty-ninth fresh table, written on 2026-12-05: web servers and reverse proxies
// in documented but non-default configurations, 2025-2026 versions, as operators find their files.
// Each family is one server's or proxy's output in a shape a setting, a debug switch, a CLI or a
// companion tool gives it: Traefik v3's own log as JSON in a local zone with the caller of debug
// level, and its console at debug level (`LVL caller > msg`, the caller on every line) with the CLF
// access log on the same stdout; an Envoy text access log whose custom format opens with
// `%START_TIME(%s.%3f)% %HOSTNAME%`; HAProxy 3's stats socket (`show sess all`, one session a block
// of indented lines under its accept date, and plain `show sess`, one undated line each), a server
// state file saved with `show servers state`, and a `log-format` that opens with `%H`; varnishlog
// grouped by request (the fetch nested at `**`/`--`) and by session (three levels, the session's
// SessOpen epoch its time), and varnishlog-json's NDJSON (the time an epoch in a `timeline` array);
// Tomcat 10's catalina.out with the StuckThreadDetectionValve (a `java.lang.Throwable` and its
// frames under the WARNING, a JDK 21 short date in the message); `kong start --vv` (`[verbose]` and
// `[debug]` lines, then an untimed `Error: ` with the message and Lua's traceback under it); Apache
// Traffic Server's traffic.out with debug tags (`[ET_NET n] DEBUG: <file:line (func)> (tag)`) and
// the untimed header dumps HttpSM writes between them; lighttpd's error log with
// `server.errorlog-high-precision` (nanoseconds) and logged request and response headers, each line
// with its own prefix; Caddy 2's default logger with renamed JSON keys and an iso8601 local time,
// and its console encoder with the same time; an nginx JSON log_format built on `$msec` and
// `$hostname`; OpenResty's error.log with an `init_worker_by_lua error:` traceback and a `module
// '…' not found:` search list.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`traefik`, `"message":"Provider`, `"caller":"github.com/traefik`, `DBG github.com`, `>
// Service selected`, `genericCLF`, `envoy`, `HOSTNAME%`, `START_TIME(%s`, `haproxy`, `show sess`,
// `proto=tcpv4`, `conn_retries=`, `show servers state`, `srv_op_state`, `be_id be_name`,
// `log-format "%H`, `show events`, `startup-logs`, `varnishlog`, `**  << BeReq`, `<< Session`,
// `SessOpen`, `varnishlog-json`, `"timeline"`, `varnishncsa`, `StuckThreadDetection`,
// `notifyStuckThread`, `clearReferencesThreads`, `Stack trace of thread`, `kong`, `[verbose]`,
// `[verbose] Kong`, `could not start Kong`, `Run with --v`, `traffic_server`, `[ET_NET`, `DIAG: <`,
// `+++++++++ Incoming`, `State Machine Id`, `lighttpd`, `rqst: `, `errorlog-high-precision`, a
// nine-digit fraction before `: (`, `caddy`, `time_key`, `iso8601`, `openresty`,
// `init_worker_by_lua error`, `package.preload`, `set_by_lua`, `lua entry thread`, `stack
// traceback`, `coroutine 0`, `$msec`, `"hostname":"`, `nginx`, `[debug]`, `http proxy header`,
// `escape=json`, `squid`, `kid1|`, `master transaction`, `jetty`, `oejs`, `:INFO :`,
// `ErrorLogFormat`, `%{u}t`, `%{cu}t`, `%{c}t`, `:trace`, `forensic`, `ForensicLog`, `HTTPERR`,
// `h2o`, `angie`, `freenginx`, `catalina`, `localhost_access_log`, `begin:msec`). Traefik v3's
// console at info level (world_test.go's traefik-v3, the journal, `docker logs -t` and compose
// forms of fresh160, fresh79 and fresh177), v2's logrus JSON (fresh173) and the CLF and JSON access
// logs (fresh4, fresh64, fresh82) are earlier tables'; v3's zerolog JSON and the debug console with
// its caller are in none. Envoy's default and JSON access logs, its tcp_proxy log, Istio's, and its
// application log in three layouts are earlier tables'; a text format with an epoch START_TIME and
// %HOSTNAME% is in none (fresh173's epoch START_TIME is inside yggdrasil's JSON). HAProxy's syslog,
// stderr, tcplog, httplog, ISO, RFC 5424, JSON and `ms_ltime` log formats and `show errors` and
// `show stat` are earlier tables'; `show sess`, `show sess all`, the server state file and a
// log-format opening with %H are in none. varnishlog's default vxid grouping and `-g raw`,
// varnishncsa and varnishd's syslog are earlier tables' (fresh4, fresh55, fresh38, fresh82,
// world_test.go); `-g request` with a nested fetch, `-g session` and varnishlog-json are in none.
// Tomcat's catalina.out, its localhost log and its access valves in many patterns are earlier
// tables', the WebappClassLoaderBase leak warnings with their one-blank frames (fresh166, fresh177)
// and a printStackTrace after a JUL line (fresh176) too; the stuck-thread valve's lines are in
// none. Kong's error.log, its file-log plugin and its compose start-up are earlier tables'
// (fresh14, fresh47, fresh160); the CLI's own `--vv` output and its `Error: ` traceback are in
// none. Traffic Server's diags.log, error.log and squid.log are earlier tables' (fresh3, fresh80,
// fresh82, rules_test.go's `[ET_NET 2] WARNING:` line); traffic.out's debug lines with location and
// tag and the header dumps are in none. lighttpd's error log, its syslog form, the older
// request-header dump (`fd: 7 request-len: 86` with the raw headers under one prefix) and the
// FastCGI stderr lines are earlier tables'; high-precision times and the per-line `fd:N rqst: `
// prefix are in none. Caddy's epoch JSON, `wall_milli` JSON, default console, journal and docker
// forms are earlier tables'; renamed keys and an iso8601 local time in either encoder are in none.
// nginx JSON access logs with `$time_iso8601` and `escape=json` are earlier tables' (fresh27,
// fresh158, fresh177), `$msec` only in text formats (fresh158, fresh60); JSON with `$msec` and
// `$hostname` is in none. OpenResty's `lua entry thread aborted` with its traceback and `coroutine
// 0:` (fresh47) and Kong's `init_by_lua` traceback under compose (fresh160) are earlier tables';
// `init_worker_by_lua error` and a module search list are in none. Left out as measured already in
// the shapes the documentation gives: nginx's error log at debug level with its multi-line `http
// proxy header:` dump (fresh55), Apache 2.4's ErrorLogFormat variants (`%{cu}t`, `%{uc}t` with
// request and connection lines, and others: fresh55, fresh79, fresh151, fresh156, fresh173,
// world_test.go; the trace levels: fresh38, fresh64, fresh82) and mod_log_forensic (fresh28,
// fresh151), Squid 6's cache.log with `kidN|` and `current master transaction:` (fresh_test) and
// its access log in the squid, combined, referrer, useragent, ICAP and strftime formats, Jetty 12's
// StdErr appender with its stack traces (fresh_test), its request logs and `mvn jetty:run`, IIS's
// HTTPERR log in many forms, H2O's error and access logs, Angie's and FreeNGINX's error logs, and
// Tomcat's access valve with `%{begin:msec}t`. Left out for want of a page that settled the lines
// or their reading: Traefik v3.6's `genericCLF` access format (it is Apache's combined format, an
// earlier shape), varnishncsa's `-j` JSON (what an empty `%b` becomes under -j), HAProxy's trace
// output in rings (`[00|h2|1|mux_h2.c:…]`, its digit a trace verbosity, no severity), `show servers
// state`'s sibling `show info` (its `Release_date:` is no record time), Squid's debug_options lines
// with `N,M|` section and level (no public output found), Traffic Server's DIAG lines without
// location, Apache's new `%{m}t` millisecond ErrorLogFormat item (in httpd's trunk in 2026, not
// found in a 2.4 release), and Jetty 12's request log with a custom time format.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC), a zone-less time read as UTC (HAProxy's accept dates and `%tr`, lighttpd,
// Tomcat, Kong, Traffic Server), an offset converted (Traefik's +01:00 and -05:00, Caddy's +0100
// without a colon, the +0000 of Traefik's CLF access line), epoch seconds as the instants they are
// (Envoy's and nginx's three decimals, Varnish's six in a Timestamp Start or SessOpen record or in
// varnishlog-json's `timeline`), a date without a year in 2026 (Traffic Server's `[Nov 29 …]`). One
// HAProxy session was accepted on 2026-11-28, the day before the clock's. A time inside a message
// is never the record's: Traefik's `built on` date, Tomcat's `(since [11/29/26, 7:42 AM])` (with
// JDK 21's narrow no-break space), a Date header in a varnishlog group or in varnishlog-json (the
// origin's clock), the hex epoch inside HAProxy's unique id. Untimed lines have no time: HAProxy's
// `show sess` lines and the server state file's rows (ages and durations are no clock), Kong's
// `Error: ` record, Traffic Server's header dumps. Levels only where the line marks one: zerolog's
// `level` field and its INF, DBG, WRN, ERR; Tomcat's INFO and WARNING; Kong's bracketed words,
// `verbose` read as Debug (Kong's log.lua ranks it between debug and info, below the default), and
// its `Error: ` label as Error (Kong's own marker for the failure, not nginx's `[emerg]` quoted in
// the message under it); Traffic Server's DEBUG, NOTE (Notice) and WARNING; Caddy's level in
// capitals, under `severity` where the key was renamed; nginx's and OpenResty's bracketed words.
// None for access lines (Traefik's CLF, Envoy, HAProxy, nginx's JSON), Varnish, HAProxy's socket
// outputs and lighttpd, whose error log writes no level. The host is the line's field naming the
// writing machine: Envoy's %HOSTNAME%, HAProxy's %H, nginx's `$hostname`; an :authority or Host
// header (`"host":"$host"` included), a client, a backend or upstream address, a Via header's node,
// a router, a SNI name or a server name in a message is no host. A record that spans lines is one
// entry: a `show sess all` block with its indented lines, a varnishlog group from its first `<<`
// line down to its blank line (the nested transactions in it, since varnishlog prints them as one
// group), Tomcat's Throwable and frames under the valve's WARNING, Kong's `Error: ` with its
// message and traceback, a Traffic Server header dump down to its blank line (a record of its own,
// with no time, not part of the timed DEBUG line above it, since HttpSM writes it straight to
// stderr with no prefix), OpenResty's traceback and module search list under their error lines;
// every other line is a record of its own, each lighttpd header line included (lighttpd writes each
// with the full prefix), and the state file's version line and column header are fed but not
// scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit e265eef before any rule for it: level 98.1 %, time 81.5 %, host 87.0 %, records 84.6 %.
// That is the macro figure (micro: level 97.4 %, time 88.5 %, host 87.2 %, records 88.5 %), in the
// working tree (git status showed no file modified but this one and table_test.go's list), 11 of 18
// families fully right; TestTablesWellFormed and TestRepeatedLinesReadAlike rejected no family.
// Right from the start: both Traefik families (the caller, the offsets, the CLF line between),
// HAProxy's `show sess all` blocks and accept dates, its undated `show sess` lines and state file
// rows, Tomcat's stuck-thread WARNING with its Throwable, lighttpd's nanoseconds and per-line
// headers, both Caddy encoders with the renamed keys and iso8601 times, nginx's `$msec` and
// `$hostname` (its `host` field left alone), and OpenResty's traceback and module search list. What
// fails: the host name opening Envoy's and HAProxy's lines is not read; varnishlog groups are cut
// into a record a line and keep no time (neither the Timestamp Start nor the SessOpen epoch is
// read); varnishlog-json's timeline epoch is not read; Kong's `Error: ` is cut from its message and
// traceback; Traffic Server's header dumps are joined to the debug line above them. No expectation
// was changed after the first run.
//
// go test ./parse -run Fresh189 -v

var fresh189Cases = []worldCase{
	// Traefik v3: its own log as JSON in a local zone, and its console at debug level.
	{
		name:   "traefik3-log-json-local-zone-debug-caller",
		source: "Traefik v3 with `log.format=json`, `log.level=DEBUG` and the container's TZ set to Europe/Paris (zerolog's JSON encoder: `level`, then the context fields such as `providerName`, `entryPointName`, `routerName`, `error`, then `time` as RFC 3339 to the second in the local zone, `caller` on every line once the level is debug, `message` last): traefik/traefik issue #11324 (a 3.2.1 JSON line `{\"level\":\"error\",\"providerName\":\"docker\",\"error\":\"unexpected EOF\",\"time\":\"…+01:00\",\"message\":\"Provider error, retrying in …\"}` and a debug line with `caller`), doc.traefik.io 'Logs' (log.format, log.level)",
		why:    "the time is a field in the middle of the object with a +01:00 offset to convert; the build time in the version message is not the record's; the level is zerolog's field; the caller's path, a router's rule and a provider are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","version":"3.6.2","time":"2026-11-29T08:41:16+01:00","caller":"github.com/traefik/traefik/v3/cmd/traefik/traefik.go:112","message":"Traefik version 3.6.2 built on 2026-11-18T09:12:44Z"}`),
			we("2026-11-29T07:41:16Z", Debug, "", `{"level":"debug","providerName":"docker","time":"2026-11-29T08:41:16+01:00","caller":"github.com/traefik/traefik/v3/pkg/provider/docker/pdocker.go:91","message":"Provider connection established with docker 27.3.1 (API 1.47)"}`),
			we("2026-11-29T07:41:21Z", Error, "", `{"level":"error","providerName":"docker","error":"unexpected EOF","time":"2026-11-29T08:41:21+01:00","caller":"github.com/traefik/traefik/v3/pkg/provider/docker/pdocker.go:102","message":"Provider error, retrying in 412.070307ms"}`),
			we("2026-11-29T07:41:24Z", Warn, "", `{"level":"warn","entryPointName":"websecure","routerName":"shop-health@docker","time":"2026-11-29T08:41:24+01:00","caller":"github.com/traefik/traefik/v3/pkg/server/router/tcp/manager.go:237","message":"No domain found in rule PathPrefix(`+"`/healthz`"+`), the TLS options applied for this router will depend on the SNI of each request"}`),
		},
	},
	{
		name:   "traefik3-console-debug-caller-with-clf-access",
		source: "Traefik v3 with `log.level=DEBUG`, `log.noColor=true`, TZ=America/New_York and the access log on the same stdout (zerolog's console writer: `RFC 3339 time with the local offset  LVL  caller > msg key=value…`, the caller on every line once the level is debug; Go's http.Server errors at DBG from `log/log.go:245`; the access log in Traefik's CLF, whose time is StartUTC): pages found with the search tool quoting `DBG github.com/traefik/traefik/v3/pkg/server/service/loadbalancer/wrr/wrr.go:196 > Service selected by WRR: …` next to a CLF access line, `-04:00 DBG github.com/traefik/traefik/v3/pkg/tls/tlsmanager.go:228 > Serving default certificate for request: \"…\"` and `DBG log/log.go:245 > http: TLS handshake error from …`; traefik/traefik issue #10577 (v3 console lines); doc.traefik.io 'Access Logs' (CLF fields, StartUTC)",
		why:    "a caller path between the three-letter level and ` > `; the zone is -05:00 on Traefik's own lines and +0000 on the access line; the access line has no level; the client, the backend URL, the SNI name and the router are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T02:41:16-05:00 INF github.com/traefik/traefik/v3/cmd/traefik/traefik.go:112 > Traefik version 3.6.2 built on 2026-11-18T09:12:44Z version=3.6.2"),
			we("2026-11-29T07:41:16Z", Debug, "", `2026-11-29T02:41:16-05:00 DBG github.com/traefik/traefik/v3/cmd/traefik/traefik.go:117 > Static configuration loaded [json] {"global":{"checkNewVersion":true},"entryPoints":{"websecure":{"address":":443"}},"providers":{"providersThrottleDuration":"2s","docker":{"watch":true,"endpoint":"unix:///var/run/docker.sock"}},"log":{"level":"DEBUG","noColor":true},"accessLog":{"format":"common"}}`),
			we("2026-11-29T07:41:21Z", Debug, "", `2026-11-29T02:41:21-05:00 DBG github.com/traefik/traefik/v3/pkg/tls/tlsmanager.go:228 > Serving default certificate for request: "legacy.example.org"`),
			we("2026-11-29T07:41:21Z", Debug, "", "2026-11-29T02:41:21-05:00 DBG log/log.go:245 > http: TLS handshake error from 203.0.113.45:42832: remote error: tls: bad certificate"),
			we("2026-11-29T07:41:24Z", Debug, "", "2026-11-29T02:41:24-05:00 DBG github.com/traefik/traefik/v3/pkg/server/service/loadbalancer/wrr/wrr.go:196 > Service selected by WRR: 5f1c2a7e9b3d4c1a"),
			we("2026-11-29T07:41:24Z", Unknown, "", `10.20.0.7 - - [29/Nov/2026:07:41:24 +0000] "GET /api/cart HTTP/1.1" 200 4120 "-" "curl/8.5.0" 41 "shop@docker" "http://172.18.0.5:8080" 12ms`),
			we("2026-11-29T07:41:31Z", Error, "", `2026-11-29T02:41:31-05:00 ERR github.com/traefik/traefik/v3/pkg/provider/docker/pdocker.go:102 > Provider error, retrying in 1.204418377s error="Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?" providerName=docker`),
		},
	},

	// Envoy: a text access log whose custom format opens with an epoch and the proxy's host name.
	{
		name:   "envoy-access-text-epoch-millis-hostname",
		gap:    "the host name `%HOSTNAME%` writes after the epoch (`edge-gw-03`) is not read: host empty on all four lines (a name after a time is read as no host, since a request's id or an upstream cluster stands there as often)",
		source: "Envoy 1.3x with a file access log whose format string is `%START_TIME(%s.%3f)% %HOSTNAME% %DOWNSTREAM_REMOTE_ADDRESS_WITHOUT_PORT% \"%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%\" %RESPONSE_CODE% %RESPONSE_FLAGS% %BYTES_SENT% %DURATION% \"%REQ(:AUTHORITY)%\" \"%UPSTREAM_HOST%\" %UPSTREAM_CLUSTER%\\n` (START_TIME with its `%s` epoch-seconds and `%3f` milliseconds specifiers; HOSTNAME, 'the system hostname'): envoyproxy/envoy docs/root/configuration/observability/access_log/usage.rst (Command Operators: START_TIME's format specifiers and examples, %HOSTNAME%)",
		why:    "an epoch with three decimals opens the line, then the writing proxy's host name: that is the record's host; the :authority, the client, the upstream and the cluster are not; the status and the UF flag are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "edge-gw-03", `1795938076.204 edge-gw-03 203.0.113.45 "GET /api/v2/catalog HTTP/2" 200 - 18412 14 "shop.example.org" "10.20.6.12:8080" catalog_v2`),
			we("2026-11-29T07:41:16.611Z", Unknown, "edge-gw-03", `1795938076.611 edge-gw-03 203.0.113.45 "GET /static/app.3f1c2a.js HTTP/2" 304 - 0 2 "shop.example.org" "10.20.6.14:8080" static`),
			we("2026-11-29T07:41:17.09Z", Unknown, "edge-gw-03", `1795938077.090 edge-gw-03 198.51.100.23 "POST /api/v2/cart HTTP/1.1" 503 UF 91 1003 "shop.example.org" "10.20.6.13:8080" cart_v2`),
			we("2026-11-29T07:41:21.118Z", Unknown, "edge-gw-03", `1795938081.118 edge-gw-03 10.20.0.9 "GET /ready HTTP/1.1" 200 - 5 0 "10.20.0.3:10000" "-" -`),
		},
	},

	// HAProxy 3: the stats socket's session dumps, a saved server state file, a log-format with %H.
	{
		name:   "haproxy3-show-sess-all-blocks",
		source: "HAProxy 3.x's `show sess all` on the stats socket, saved with socat for a bug report (one session a block: `0xADDR: [dd/Mmm/yyyy:HH:mm:ss.micro] id=N proto=tcpv4 source=addr:port`, the accept date in the process's local clock, then lines indented by two blanks: flags, p_con/p_stc…, frontend, backend, server, task with its age, txn, scf/scb, req/res with deeper indented lines): haproxy/haproxy issues #3084 (3.2.4 `show sess all`), #2147 and #1406 (`show sess <id>` and `show sess all` blocks)",
		why:    "a session block is one record of many indented lines; its time is the bracketed accept date with microseconds and no zone (UTC), one of them on the day before the clock's; the age and the timeouts are durations; frontend, backend and server addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:02.118204Z", Unknown, "",
				"0x7f2c9c03a800: [29/Nov/2026:07:41:02.118204] id=41207 proto=tcpv4 source=203.0.113.45:51234",
				"  flags=0x1ce, conn_retries=0, conn_exp=<NEVER> conn_et=0x000 srv_conn=0x55d1c40a2e00, pend_pos=(nil) waiting=0 epoch=0",
				"  p_con=1 p_stc=14 p_req=15 p_res=15 p_prp=15",
				"  frontend=fe_https (id=2 mode=http), listener=https (id=1) addr=10.20.0.3:443",
				"  backend=be_app (id=3 mode=http) addr=10.20.0.3:40112",
				"  server=app2 (id=2) addr=10.20.4.12:8080",
				"  task=0x7f2c9c0a1200 (state=0x00 nice=0 calls=14 rate=0 exp=45s tid=2(1/2) age=14s)",
				"  txn=0x7f2c9c0b4400 flags=0x3000 meth=1 status=-1 req.st=MSG_DONE rsp.st=MSG_RPBEFORE req.f=0x4c rsp.f=0x00",
				"  scf=0x7f2c9c0d3300 flags=0x00000482 ioto=1m state=EST endp=CONN,0x7f2c9c0c1100,0x50404001 sub=1 rex=<NEVER> wex=<NEVER> rto=45s wto=<NEVER>",
				"  scb=0x7f2c9c0d3400 flags=0x0000001b ioto=1m state=EST endp=CONN,0x7f2c9c0c1200,0x50000001 sub=1 rex=45s wex=<NEVER> rto=45s wto=<NEVER>",
				"  req=0x7f2c9c03a820 (f=0x848202 an=0x0 tofwd=-1 total=412)",
				"      an_exp=<NEVER> buf=0x7f2c9c03a828 data=(nil) o=0 p=0 i=0 size=0",
				"  res=0x7f2c9c03a870 (f=0x80000000 an=0x0 tofwd=0 total=0)",
				"      an_exp=<NEVER> buf=0x7f2c9c03a878 data=(nil) o=0 p=0 i=0 size=0"),
			we("2026-11-28T21:14:03.551022Z", Unknown, "",
				"0x7f2c9c118c00: [28/Nov/2026:21:14:03.551022] id=30118 proto=tcpv4 source=10.20.7.41:60322",
				"  flags=0xc4a, conn_retries=0, conn_exp=<NEVER> conn_et=0x000 srv_conn=0x55d1c40a3400, pend_pos=(nil) waiting=0 epoch=0",
				"  p_con=1 p_stc=2 p_req=2 p_res=2 p_prp=2",
				"  frontend=fe_pg (id=5 mode=tcp), listener=pg (id=1) addr=10.20.0.3:5432",
				"  backend=be_pg (id=6 mode=tcp) addr=10.20.0.3:38810",
				"  server=pg1 (id=1) addr=10.20.5.21:5432",
				"  task=0x7f2c9c119a00 (state=0x00 nice=0 calls=88412 rate=0 exp=<NEVER> tid=1(1/1) age=10h27m)",
				"  scf=0x7f2c9c11a000 flags=0x00000000 ioto=<NEVER> state=EST endp=CONN,0x7f2c9c11b100,0x00000001 sub=1 rex=<NEVER> wex=<NEVER> rto=<NEVER> wto=<NEVER>",
				"  scb=0x7f2c9c11a100 flags=0x00000011 ioto=<NEVER> state=EST endp=CONN,0x7f2c9c11b200,0x00000001 sub=1 rex=<NEVER> wex=<NEVER> rto=<NEVER> wto=<NEVER>"),
			we("2026-11-29T07:41:15.902311Z", Unknown, "",
				"0x7f2c9c0f0400: [29/Nov/2026:07:41:15.902311] id=41212 proto=unix_stream source=unix:1",
				"  flags=0x8, conn_retries=0, conn_exp=<NEVER> conn_et=0x000 srv_conn=(nil), pend_pos=(nil) waiting=0 epoch=0",
				"  frontend=GLOBAL (id=0 mode=cli), listener=? (id=1) addr=unix:1",
				"  backend=<NONE> (id=-1 mode=-)",
				"  server=<NONE> (id=-1)",
				"  task=0x7f2c9c0f1800 (state=0x01 nice=-64 calls=2 rate=0 exp=10s tid=0(1/0) age=0s)"),
		},
	},
	{
		name:   "haproxy3-show-sess-one-line-each",
		source: "HAProxy 3.x's plain `show sess` on the stats socket (`echo 'show sess' | socat stdio /run/haproxy/admin.sock`: one session a line, `0xADDR: proto=… src=… fe=… be=… srv=… ts=… epoch=… age=… calls=… rate=… cpu=… lat=… rq[…] rp[…] scf=[…] scb=[…] exp=… rc=… c_exp=`, no date at all): haproxy/haproxy issues #2754 and #2112 (pasted `show sess` output), #663",
		why:    "no time anywhere: age=4s and age=27d21h are durations, exp= a timeout; each line is a record; the source and the server are no host",
		entries: []worldEntry{
			we("", Unknown, "", "0x7f2c9c03a800: proto=tcpv4 src=203.0.113.45:51234 fe=fe_https be=be_app srv=app2 ts=00 epoch=0 age=4s calls=9 rate=1 cpu=0 lat=0 rq[f=848000h,i=0,an=00h,ax=] rp[f=80048000h,i=0,an=00h,ax=] scf=[8,200h,fd=31,rex=,wex=] scb=[8,11h,fd=32,rex=45s,wex=] exp=45s rc=0 c_exp="),
			we("", Unknown, "", "0x7f2c9c118c00: proto=tcpv4 src=10.20.7.41:60322 fe=fe_pg be=be_pg srv=pg1 ts=00 epoch=0 age=27d21h calls=88412 rate=0 cpu=0 lat=0 rq[f=848000h,i=0,an=00h,ax=] rp[f=80048000h,i=0,an=00h,ax=] scf=[10,31200h,fd=38,rex=,wex=] scb=[8,1d201h,fd=39,rex=,wex=] exp= rc=0 c_exp="),
			we("", Unknown, "", "0x7f2c9c120400: proto=tcpv4 src=198.51.100.23:40211 fe=fe_https be=<NONE> srv=<none> ts=00 epoch=0 age=0s calls=2 rate=0 cpu=0 lat=0 rq[f=c4a020h,i=0,an=00h,ax=] rp[f=80008000h,i=0,an=00h,ax=] scf=[8,0h,fd=44,rex=5s,wex=] scb=[8,1h,fd=-1,rex=,wex=] exp=5s rc=0 c_exp="),
			we("", Unknown, "", "0x7f2c9c0f0400: proto=unix_stream src=unix:1 fe=GLOBAL be=<NONE> srv=<none> ts=00 epoch=0 age=0s calls=2 rate=2 cpu=0 lat=0 rq[f=c4c223h,i=0,an=00h,ax=] rp[f=80008002h,i=0,an=00h,ax=] scf=[8,200h,fd=27,rex=10s,wex=] scb=[8,1h,fd=-1,rex=,wex=] exp=10s rc=0 c_exp="),
		},
	},
	{
		name:   "haproxy3-server-state-file",
		source: "HAProxy 3.x's server state file (`server-state-file /var/lib/haproxy/server-state` with `load-server-state-from-file global`, filled before each reload with `echo 'show servers state' | socat stdio /run/haproxy/admin.sock > /var/lib/haproxy/server-state`: a version line `1`, a `# be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state srv_uweight srv_iweight srv_time_since_last_change srv_check_status …` header, then one server a line): HAProxy management guide ('show servers state'), configuration manual ('server-state-file', 'load-server-state-from-file'); haproxy/haproxy issues #985, #576 and #3265",
		why:    "the version and column header are not records; each server line is one, with no time (srv_time_since_last_change is a duration in seconds) and no level (the op and admin states are digits); the server addresses are no host",
		entries: []worldEntry{
			wskip("1",
				"# be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state srv_uweight srv_iweight srv_time_since_last_change srv_check_status srv_check_result srv_check_health srv_check_state srv_agent_state bk_f_forced_id srv_f_forced_id srv_fqdn srv_port srvrecord srv_use_ssl srv_check_port srv_check_addr srv_agent_addr srv_agent_port"),
			we("", Unknown, "", "3 be_app 1 app1 10.20.4.11 2 0 1 1 41207 6 3 4 6 0 0 0 - 8080 - 0 0 - - 0"),
			we("", Unknown, "", "3 be_app 2 app2 10.20.4.12 0 1 1 1 118 8 2 0 6 0 0 0 - 8080 - 0 0 - - 0"),
			we("", Unknown, "", "4 be_static 1 static1 10.20.4.21 2 0 1 1 1795 6 3 2 6 0 0 0 - 80 - 0 0 - - 0"),
			we("", Unknown, "", "6 be_pg 1 pg1 10.20.5.21 2 0 1 1 2409871 6 3 3 6 0 0 0 - 5432 - 0 0 - - 0"),
		},
	},
	{
		name:   "haproxy3-log-format-hostname-first-raw",
		source: "HAProxy 3.x logging to stdout (`log stdout format raw local0`) with a custom `log-format \"%H %ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %tsc %ac/%fc/%bc/%sc/%rc %sq/%bq %{+Q}r %ID\"` and the default `unique-id-format` in hex (`%{+X}o %ci:%cp_%fi:%fp_%Ts_%rt:%pid`), as the container's stdout keeps it: HAProxy configuration manual 8.2.6 'Custom log format' (the variables table: H hostname, tr the request date, ID the unique id), 'unique-id-format'; haproxytechblog 'HAProxy Log Customization'",
		why:    "the machine's host name is the first field and the record's host; the bracketed day/month/year time with milliseconds has no zone (UTC); the hex epoch inside the unique id is not a time to read; the termination state and status are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "lb03", `lb03 203.0.113.45:51234 [29/Nov/2026:07:41:16.204] fe_https~ be_app/app2 0/0/1/12/13 200 4120 ---- 12/10/2/1/0 0/0 "GET /api/cart HTTP/1.1" CB00712D:C822_0A140003:01BB_6B0BD71C_0029:1E2A`),
			we("2026-11-29T07:41:17.09Z", Unknown, "lb03", `lb03 198.51.100.23:40211 [29/Nov/2026:07:41:17.090] fe_https~ be_app/app3 0/0/-1/-1/3003 503 217 SC-- 14/12/3/0/3 0/0 "POST /api/orders HTTP/1.1" C6336417:9D13_0A140003:01BB_6B0BD71D_002A:1E2A`),
			we("2026-11-29T07:41:17.5Z", Unknown, "lb03", `lb03 10.20.0.9:51770 [29/Nov/2026:07:41:17.500] fe_http be_redirect/<NOSRV> 0/-1/-1/-1/0 301 91 LR-- 14/2/0/0/0 0/0 "GET /login HTTP/1.1" 0A140009:CA3A_0A140003:0050_6B0BD71D_002B:1E2A`),
			we("2026-11-29T07:41:21.118Z", Unknown, "lb03", `lb03 203.0.113.45:51290 [29/Nov/2026:07:41:21.118] fe_https~ fe_https/<NOSRV> -1/-1/-1/-1/0 403 192 PR-- 15/13/0/0/0 0/0 "GET /admin/ HTTP/1.1" CB00712D:C85A_0A140003:01BB_6B0BD721_002C:1E2A`),
		},
	},

	// Varnish: varnishlog grouped by request and by session, and varnishlog-json.
	{
		name:   "varnishlog-g-request-nested-bereq",
		gap:    "a grouped transaction is not one record: every `-   Tag` and `--  Tag` line of the group is an entry of its own (23 and 16 in the first group, 14 and 8 in the second; the blank line glued to the last `--  End`), and the `*   << Request  >> 41207` line keeps no time, the `-   Timestamp      Start: 1795938076.204118 …` epoch not being read as the group's (the `--  BerespHeader   Date: …` line gets a time of its own)",
		source: "`varnishlog -g request` (a client request and the backend fetch it caused printed as one group: the request at level one, `*   << Request  >> vxid` and `-   Tag  value` lines, the fetch nested at level two, `**  << BeReq    >> vxid` and `--  Tag  value` lines, one blank line after the whole group; the Timestamp records `Label: epoch.micro since-start since-last`): varnishlog(1) -g and vsl(7); public tooling parsing grouped output (a Varnish ingress controller's test of a `**  << BeReq    >>` block with `--` records); thechangelog/changelog.com PR #518 (varnishlog blocks)",
		why:    "a group is one record of many lines, the nested BeReq with it up to the blank line; its time is the client request's Timestamp Start epoch, not written on its first line; the Date header, BerespStatus 503 and FetchError are no time and no level; the Host header and the Via's node name are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "",
				"*   << Request  >> 41207     ",
				"-   Begin          req 41206 rxreq",
				"-   Timestamp      Start: 1795938076.204118 0.000000 0.000000",
				"-   Timestamp      Req: 1795938076.204118 0.000000 0.000000",
				"-   VCL_use        boot",
				"-   ReqStart       203.0.113.45 51234 a0",
				"-   ReqMethod      GET",
				"-   ReqURL         /api/catalog",
				"-   ReqProtocol    HTTP/1.1",
				"-   ReqHeader      Host: shop.example.org",
				"-   VCL_call       RECV",
				"-   VCL_return     hash",
				"-   VCL_call       MISS",
				"-   VCL_return     fetch",
				"-   Link           bereq 41208 fetch",
				"-   Timestamp      Fetch: 1795938076.216020 0.011902 0.011902",
				"-   RespProtocol   HTTP/1.1",
				"-   RespStatus     200",
				"-   RespReason     OK",
				"-   RespHeader     Via: 1.1 cache01 (Varnish/7.6)",
				"-   Timestamp      Resp: 1795938076.216311 0.012193 0.000291",
				"-   ReqAcct        112 0 112 388 18412 18800",
				"-   End            ",
				"**  << BeReq    >> 41208     ",
				"--  Begin          bereq 41207 fetch",
				"--  VCL_use        boot",
				"--  Timestamp      Start: 1795938076.204301 0.000000 0.000000",
				"--  BereqMethod    GET",
				"--  BereqURL       /api/catalog",
				"--  BereqHeader    Host: shop.example.org",
				"--  BackendOpen    27 default 10.20.6.12 8080 10.20.0.2 41880 connect",
				"--  Timestamp      Bereq: 1795938076.204412 0.000111 0.000111",
				"--  Timestamp      Beresp: 1795938076.215907 0.011606 0.011495",
				"--  BerespProtocol HTTP/1.1",
				"--  BerespStatus   200",
				"--  BerespHeader   Date: Sun, 29 Nov 2026 07:41:16 GMT",
				"--  Timestamp      BerespBody: 1795938076.216002 0.011701 0.000095",
				"--  BereqAcct      186 0 186 241 18412 18653",
				"--  End            ",
				""),
			we("2026-11-29T07:41:17.09Z", Unknown, "",
				"*   << Request  >> 41210     ",
				"-   Begin          req 41209 rxreq",
				"-   Timestamp      Start: 1795938077.090000 0.000000 0.000000",
				"-   Timestamp      Req: 1795938077.090000 0.000000 0.000000",
				"-   ReqStart       198.51.100.23 40211 a0",
				"-   ReqMethod      POST",
				"-   ReqURL         /api/cart",
				"-   VCL_call       PASS",
				"-   VCL_return     fetch",
				"-   Link           bereq 41211 pass",
				"-   RespStatus     503",
				"-   RespReason     Backend fetch failed",
				"-   Timestamp      Resp: 1795938077.093210 0.003210 0.000212",
				"-   End            ",
				"**  << BeReq    >> 41211     ",
				"--  Begin          bereq 41210 pass",
				"--  Timestamp      Start: 1795938077.090120 0.000000 0.000000",
				"--  FetchError     backend cart: fail errno 111 (Connection refused)",
				"--  Timestamp      Beresp: 1795938077.092998 0.002878 0.002878",
				"--  BerespStatus   503",
				"--  BerespReason   Service Unavailable",
				"--  End            ",
				""),
		},
	},
	{
		name:   "varnishlog-g-session-three-levels",
		gap:    "a session group is not one record: every `-   `, `--  ` and `--- ` tag line is an entry of its own, and the `*   << Session  >> 41300` line keeps no time, the epoch in `-   SessOpen       203.0.113.45 51300 a0 10.20.0.2 80 1795938080.611027 23` not being read as the group's",
		source: "`varnishlog -g session` (a client connection and everything it carried as one group: the session at level one with `SessOpen remote-ip port listener local-ip port epoch fd` and `SessClose reason duration`, its requests at level two with `**`/`--`, their fetches at level three with `***`/`---`, one blank line after the group): varnishlog(1) -g, vsl(7) (SessOpen, SessClose); varnishcache/varnish-cache issue #3207 (session groups and `SessOpen … 1580823086.762403 983`), PR #2585",
		why:    "a session group is one record down to its blank line, three nesting levels in it; its time is the session's SessOpen epoch, written on its third line; the requests' later Timestamp epochs are theirs; the addresses and the listener are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.611027Z", Unknown, "",
				"*   << Session  >> 41300     ",
				"-   Begin          sess 0 HTTP/1",
				"-   SessOpen       203.0.113.45 51300 a0 10.20.0.2 80 1795938080.611027 23",
				"-   Link           req 41301 rxreq",
				"-   SessClose      REM_CLOSE 0.421",
				"-   End            ",
				"**  << Request  >> 41301     ",
				"--  Begin          req 41300 rxreq",
				"--  Timestamp      Start: 1795938080.611102 0.000000 0.000000",
				"--  ReqURL         /img/hero.jpg",
				"--  Link           bereq 41302 fetch",
				"--  RespStatus     200",
				"--  Timestamp      Resp: 1795938080.640418 0.029316 0.000184",
				"--  End            ",
				"*** << BeReq    >> 41302     ",
				"--- Begin          bereq 41301 fetch",
				"--- Timestamp      Start: 1795938080.611230 0.000000 0.000000",
				"--- BereqURL       /img/hero.jpg",
				"--- BerespStatus   200",
				"--- Timestamp      BerespBody: 1795938080.640201 0.028971 0.000388",
				"--- End            ",
				""),
			we("2026-11-29T07:41:24.004118Z", Unknown, "",
				"*   << Session  >> 41305     ",
				"-   Begin          sess 0 PROXY",
				"-   SessOpen       0.0.0.0 0 proxy_in 0.0.0.0 0 1795938084.004118 31",
				"-   Proxy          2 198.51.100.23 40290 203.0.113.10 443",
				"-   SessClose      RX_TIMEOUT 10.002",
				"-   End            ",
				""),
		},
	},
	{
		name:   "varnishlog-json-ndjson",
		gap:    "no time is read from any object: the Start epoch inside the `timeline` array (`\"timeline\":[{\"name\":\"Start\",\"timestamp\":1795938076.204118},…]`) is left unread on all three lines (no other time is taken either); the records, the absent level and host are right",
		source: "varnishlog-json (Varnish Software's 2024 logger, `varnishlog, but with a JSON output`: one NDJSON object a transaction with `req`, `resp`, `handling`, a `timeline` array of `{\"name\":…,\"timestamp\":epoch}` from the Timestamp records, `side`, `id`, `vcl`, `client` or `backend`, `storage`, `logs`, `links`): varnish/varnishlog-json README (example output and the JSON structure); docs.varnish-software.com 'JSON Logging'",
		why:    "the record's time is the Start entry's epoch inside the timeline array deep in the object; a Date response header is the origin's clock, not the record's; no level; the Host header, the Via's node and the backend address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "", `{"req":{"headers":{"host":"shop.example.org","user-agent":"curl/8.5.0","accept":"*/*","x-forwarded-for":"203.0.113.45"},"method":"GET","url":"/static/app.3f1c2a.js","proto":"HTTP/1.1","hdrBytes":112,"bodyBytes":0},"resp":{"headers":{"content-type":"application/javascript","date":"Sun, 29 Nov 2026 07:39:18 GMT","age":"118","x-varnish":"41207 41190","via":"1.1 cache01 (Varnish/7.6)"},"proto":"HTTP/1.1","status":200,"reason":"OK","hdrBytes":388,"bodyBytes":48211},"handling":"hit","timeline":[{"name":"Start","timestamp":1795938076.204118},{"name":"Req","timestamp":1795938076.204118},{"name":"Process","timestamp":1795938076.204163},{"name":"Resp","timestamp":1795938076.204301}],"side":"client","id":"41207","vcl":"boot","client":{"rAddr":"203.0.113.45","rPort":51234,"sock":"a0"},"logs":[],"links":[]}`),
			we("2026-11-29T07:41:17.090412Z", Unknown, "", `{"req":{"headers":{"host":"shop.example.org","user-agent":"okhttp/4.12.0","accept-encoding":"gzip","x-forwarded-for":"198.51.100.23","via":"1.1 cache01 (Varnish/7.6)","x-varnish":"41211"},"method":"GET","url":"/api/catalog?page=2","proto":"HTTP/1.1","hdrBytes":241,"bodyBytes":0},"resp":{"headers":{"server":"gunicorn","date":"Sun, 29 Nov 2026 07:41:17 GMT","content-type":"application/json","content-length":"18412"},"proto":"HTTP/1.1","status":200,"reason":"OK","hdrBytes":155,"bodyBytes":18412},"timeline":[{"name":"Start","timestamp":1795938077.090412},{"name":"Fetch","timestamp":1795938077.090466},{"name":"Connected","timestamp":1795938077.090701},{"name":"Bereq","timestamp":1795938077.090744},{"name":"Beresp","timestamp":1795938077.102815},{"name":"BerespBody","timestamp":1795938077.103190}],"side":"backend","id":"41211","vcl":"boot","backend":{"name":"catalog","rAddr":"10.20.6.12","rPort":8080,"connReused":true},"storage":"malloc s0"}`),
			we("2026-11-29T07:41:21.118402Z", Unknown, "", `{"req":{"headers":{"host":"shop.example.org","user-agent":"Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0","cookie":"session=9b3d4c1a"},"method":"POST","url":"/api/cart","proto":"HTTP/2.0","hdrBytes":301,"bodyBytes":87},"resp":{"headers":{"content-type":"text/html; charset=utf-8","retry-after":"5","x-varnish":"41214","via":"1.1 cache01 (Varnish/7.6)"},"proto":"HTTP/2.0","status":503,"reason":"Backend fetch failed","hdrBytes":142,"bodyBytes":278},"handling":"pass","timeline":[{"name":"Start","timestamp":1795938081.118402},{"name":"Req","timestamp":1795938081.118402},{"name":"Fetch","timestamp":1795938081.121977},{"name":"Process","timestamp":1795938081.122003},{"name":"Resp","timestamp":1795938081.122140}],"side":"client","id":"41214","vcl":"boot","client":{"rAddr":"203.0.113.45","rPort":51290,"sock":"a1"},"error":"backend cart: fail errno 111 (Connection refused)","logs":["cart: backend sick"],"links":[{"type":"bereq","id":"41215","reason":"pass"}]}`),
		},
	},

	// Tomcat 10: catalina.out with the StuckThreadDetectionValve.
	{
		name:   "tomcat10-catalina-out-stuck-thread-valve",
		source: "Tomcat 10.1's catalina.out (the default OneLineFormatter `dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method msg`) with `<Valve className=\"org.apache.catalina.valves.StuckThreadDetectionValve\" threshold=\"60\"/>` on the Host: the valve's WARNING `notifyStuckThreadDetected Thread [name] (id=[n]) has been active for [n] milliseconds (since [date]) to serve the same request for [url] …` with the stuck thread's stack as a `java.lang.Throwable` indented by a tab and its frames by two, and its later `notifyStuckThreadCompleted` WARNING: tomcat.apache.org StuckThreadDetectionValve documentation; dbi-services and Atlassian knowledge-base articles on reading these lines; a public parser's tests quoting the detected line and its `java.lang.Throwable` block; a Confluence container issue quoting `\\tjava.lang.Throwable` and `\\t\\tat …` under it",
		why:    "the day-month-year time read as UTC; WARNING is Warn; the Throwable and its frames under the detected line belong to it; the `(since [11/29/26, 7:42 AM])` date inside the message, written with JDK 21's narrow no-break space, is not the record's time; the request URL's host is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "29-Nov-2026 07:41:16.204 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [4120] milliseconds"),
			we("2026-11-29T07:43:17.611Z", Warn, "",
				"29-Nov-2026 07:43:17.611 WARNING [Catalina-utility-2] org.apache.catalina.valves.StuckThreadDetectionValve.notifyStuckThreadDetected Thread [http-nio-8080-exec-7] (id=[41]) has been active for [61,207] milliseconds (since [11/29/26, 7:42\u202fAM]) to serve the same request for [http://shop.example.org:8080/orders/export?month=2026-11] and may be stuck (configured threshold for this StuckThreadDetectionValve is [60] seconds). There is/are [1] thread(s) in total that are monitored by this Valve and may be stuck.",
				"\tjava.lang.Throwable",
				"\t\tat java.base@21.0.5/sun.nio.ch.Net.poll(Native Method)",
				"\t\tat java.base@21.0.5/sun.nio.ch.NioSocketImpl.park(NioSocketImpl.java:191)",
				"\t\tat java.base@21.0.5/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:309)",
				"\t\tat org.postgresql.core.VisibleBufferedInputStream.readMore(VisibleBufferedInputStream.java:161)",
				"\t\tat org.postgresql.jdbc.PgPreparedStatement.executeQuery(PgPreparedStatement.java:134)",
				"\t\tat org.example.shop.OrderExportServlet.doGet(OrderExportServlet.java:88)",
				"\t\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:564)"),
			we("2026-11-29T07:43:20.118Z", Info, "", "29-Nov-2026 07:43:20.118 INFO [http-nio-8080-exec-3] org.apache.catalina.core.ApplicationContext.log shop: Initializing Spring DispatcherServlet 'reports'"),
			we("2026-11-29T07:44:29.002Z", Warn, "", "29-Nov-2026 07:44:29.002 WARNING [Catalina-utility-1] org.apache.catalina.valves.StuckThreadDetectionValve.notifyStuckThreadCompleted Thread [http-nio-8080-exec-7] (id=[41]) was previously reported to be stuck but has completed. It was active for approximately [132,604] milliseconds. There is/are still [0] thread(s) that are monitored by this Valve and may be stuck."),
		},
	},

	// Kong: the CLI's own output under --vv, ending in a failed start.
	{
		name:   "kong3-cli-vv-start-failure",
		gap:    "the failure is cut in three: `Error: ` stands alone (its Error level right), the message under it, `/usr/local/share/lua/5.1/kong/cmd/start.lua:101: nginx: [emerg] bind() to 0.0.0.0:8000 failed (98: Address already in use)`, is an entry of its own (read as Emergency from the quoted `[emerg]`), and `stack traceback:` with its nine tab-indented frames a third; the timed [verbose], [debug] and [warn] lines are right",
		source: "`kong start --vv` on Kong Gateway 3.x (kong/cmd/utils/log.lua: below the info level every line is `os.date(\"%Y/%m/%d %H:%M:%S\") [level] msg`, levels debug < verbose < info < warn < error, warn and above on stderr; kong/cmd/init.lua: on a failure under --v/--vv it writes `Error: ` alone on a line, then Lua's debug.traceback of the error — the message, `stack traceback:` and tab-indented frames): Kong/kong kong/cmd/utils/log.lua and kong/cmd/init.lua; Kong/kong issues #2690, #4334, #7418 (`--vv` start-up output), #4174 and #12418 (`Error:` with its traceback)",
		why:    "the slashed local date (UTC in the container) and Kong's bracketed level; verbose sits between debug and info (Debug); the `Error: ` line opens an untimed record of Kong's own error label that holds the message, nginx's `[emerg]` quoted in it and the traceback; env values and listen addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "2026/11/29 07:41:16 [verbose] Kong: 3.9.0"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026/11/29 07:41:16 [debug] ngx_lua: 10026"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026/11/29 07:41:16 [verbose] no config file found at /etc/kong/kong.conf"),
			we("2026-11-29T07:41:16Z", Debug, "", `2026/11/29 07:41:16 [debug] KONG_PROXY_LISTEN ENV found with "0.0.0.0:8000 reuseport backlog=16384, 0.0.0.0:8443 http2 ssl reuseport backlog=16384"`),
			we("2026-11-29T07:41:17Z", Debug, "", "2026/11/29 07:41:17 [verbose] prefix in use: /usr/local/kong"),
			we("2026-11-29T07:41:17Z", Warn, "", `2026/11/29 07:41:17 [warn] ulimit is currently set to "1024". For better performance set it to at least "4096" using "ulimit -n"`),
			we("2026-11-29T07:41:18Z", Debug, "", "2026/11/29 07:41:18 [verbose] could not start Kong, stopping services"),
			we("2026-11-29T07:41:18Z", Debug, "", "2026/11/29 07:41:18 [verbose] stopped services"),
			we("", Error, "",
				"Error: ",
				"/usr/local/share/lua/5.1/kong/cmd/start.lua:101: nginx: [emerg] bind() to 0.0.0.0:8000 failed (98: Address already in use)",
				"stack traceback:",
				"\t[C]: in function 'error'",
				"\t/usr/local/share/lua/5.1/kong/cmd/start.lua:101: in function 'cmd_exec'",
				"\t/usr/local/share/lua/5.1/kong/cmd/init.lua:31: in function </usr/local/share/lua/5.1/kong/cmd/init.lua:31>",
				"\t[C]: in function 'xpcall'",
				"\t/usr/local/share/lua/5.1/kong/cmd/init.lua:31: in function </usr/local/share/lua/5.1/kong/cmd/init.lua:15>",
				"\t(command line -e):7: in function 'inline_gen'",
				"\tinit_worker_by_lua(nginx.conf:193):44: in function <init_worker_by_lua(nginx.conf:193):43>",
				"\t[C]: in function 'xpcall'",
				"\tinit_worker_by_lua(nginx.conf:193):52: in function <init_worker_by_lua(nginx.conf:193):50>"),
		},
	},

	// Apache Traffic Server: traffic.out with debug tags and its raw header dumps.
	{
		name:   "trafficserver-traffic-out-debug-header-dump",
		gap:    "each untimed DUMP_HEADER block (`+++++++++ Incoming Request +++++++++`, `-- State Machine Id: 41207`, the header lines and the blank line; the same for `+++++++++ Incoming O.S. Response +++++++++`) is joined to the timed `[Nov 29 07:41:21.118] [ET_NET 2] DEBUG: …` line above it instead of standing as a record of its own with no time and no level; the timed lines' times, the [ET_NET n] thread names and DEBUG, NOTE and WARNING are right",
		source: "Apache Traffic Server 9/10's traffic.out with `proxy.config.diags.debug.enabled: 1` and `proxy.config.diags.debug.tags: http|http_hdrs` (Diags::print_va: `[{timestamp}] {thread-name} LEVEL: <file:line (function)> (tag) msg`, the source location shown for debug lines, the thread name `[ET_NET n]` on event threads and `traffic_server` on the main one; HttpSM's DUMP_HEADER writing straight to stderr with fprintf, untimed: `+++++++++ Incoming Request +++++++++`, `-- State Machine Id: n`, the header block and its blank line): apache/trafficserver src/tscore/Diags.cc and proxy/http/HttpSM.cc (DUMP_HEADER); apache/trafficserver issues #11714 and #3730 (debug output in traffic.out); a public walk-through of an ATS transaction quoting `+++++++++ Incoming Request +++++++++` under a DEBUG line",
		why:    "the bracketed month-day time without a year; the thread name in brackets after it is no level; DEBUG, NOTE and WARNING are the levels (Debug, Notice, Warn); a header dump is an untimed record of its own down to its blank line, not part of the debug line above it; the Host header and the client are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "", "[Nov 29 07:41:16.204] traffic_server NOTE: traffic server running"),
			we("2026-11-29T07:41:21.118Z", Debug, "", "[Nov 29 07:41:21.118] [ET_NET 2] DEBUG: <HttpSM.cc:787 (state_read_client_request_header)> (http) [41207] done parsing client request header"),
			we("", Unknown, "",
				"+++++++++ Incoming Request +++++++++",
				"-- State Machine Id: 41207",
				"GET http://cdn.example.net/assets/app.3f1c2a.js HTTP/1.1",
				"Host: cdn.example.net",
				"User-Agent: curl/8.5.0",
				"Accept: */*",
				""),
			we("2026-11-29T07:41:21.119Z", Debug, "", "[Nov 29 07:41:21.119] [ET_NET 2] DEBUG: <HttpTransact.cc:2604 (HandleCacheOpenReadMiss)> (http_trans) [41207] [HandleCacheOpenReadMiss] --- MISS"),
			we("", Unknown, "",
				"+++++++++ Incoming O.S. Response +++++++++",
				"-- State Machine Id: 41207",
				"HTTP/1.1 200 OK",
				"Server: nginx",
				"Date: Sun, 29 Nov 2026 07:41:21 GMT",
				"Content-Type: application/javascript",
				"Content-Length: 48211",
				"Cache-Control: max-age=86400",
				""),
			we("2026-11-29T07:41:22.004Z", Warn, "", "[Nov 29 07:41:22.004] [ET_NET 3] WARNING: connect by disallowed client 192.0.2.77, closing"),
		},
	},

	// lighttpd: the error log with high-precision times and logged request headers.
	{
		name:   "lighttpd-errorlog-high-precision-header-lines",
		source: "lighttpd 1.4.7x with `server.feature-flags += (\"server.errorlog-high-precision\" => \"enable\")` and `debug.log-request-header = \"enable\"`, `debug.log-response-header = \"enable\"` (log.c: `%F %T` then `.` and nine digits of nanoseconds, `: (file.c.line) msg`; log_*_multiline writes every line of a header block with the same prefix, `fd:N rqst: ` or `fd:N resp: `, the block's closing blank line as a prefix alone): lighttpd/lighttpd1.4 src/log.c (log_buffer_timestamp, log_pri_multiline), src/h1.c (`\"fd:%d rqst: \"`), src/configfile.c (server.errorlog-high-precision)",
		why:    "a date, a clock with nanoseconds and a colon; every header line is a record of its own with the same time, the empty `rqst: ` line too; no level; the Host header is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.004118207Z", Unknown, "", "2026-11-29 07:41:16.004118207: (server.c.1939) server started (lighttpd/1.4.76)"),
			we("2026-11-29T07:41:21.118402211Z", Unknown, "", "2026-11-29 07:41:21.118402211: (h1.c.1039) fd:8 rqst: GET /shop/cart.php HTTP/1.1"),
			we("2026-11-29T07:41:21.118402211Z", Unknown, "", "2026-11-29 07:41:21.118402211: (h1.c.1039) fd:8 rqst: Host: www.example.org"),
			we("2026-11-29T07:41:21.118402211Z", Unknown, "", "2026-11-29 07:41:21.118402211: (h1.c.1039) fd:8 rqst: User-Agent: curl/8.5.0"),
			we("2026-11-29T07:41:21.118402211Z", Unknown, "", "2026-11-29 07:41:21.118402211: (h1.c.1039) fd:8 rqst: "),
			we("2026-11-29T07:41:21.120331876Z", Unknown, "", "2026-11-29 07:41:21.120331876: (gw_backend.c.234) establishing connection failed: Connection refused socket: unix:/run/php/php8.2-fpm.sock"),
			we("2026-11-29T07:41:21.120517004Z", Unknown, "", "2026-11-29 07:41:21.120517004: (response.c.132) fd:8 resp: HTTP/1.1 503 Service Unavailable"),
		},
	},

	// Caddy 2: its default logger with renamed JSON keys, and the console encoder with an ISO time.
	{
		name:   "caddy2-json-renamed-keys-iso8601-local",
		source: "Caddy 2.8-2.10 with its default logger configured in the global options (`log { output file /var/log/caddy/caddy.log; format json { time_key \"@timestamp\"; message_key \"message\"; level_key \"severity\"; time_format iso8601; time_local; level_format upper } }`: zap's JSON encoder, key order level, time, logger name, message, then fields; iso8601 is zap's `2006-01-02T15:04:05.000Z0700`; time_local writes the server's zone, here +0100): caddyserver.com/docs/caddyfile/directives/log (the json and console encoders' options: message_key, level_key, time_key, time_format, time_local, level_format)",
		why:    "the time is under a renamed key, local with a +0100 offset and no colon; the level under `severity` in capitals; a root message has no logger key; request>host is the requested site, remote_ip a client: neither is the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"severity":"INFO","@timestamp":"2026-11-29T08:41:16.204+0100","message":"using config from file","file":"/etc/caddy/Caddyfile"}`),
			we("2026-11-29T07:41:16.611Z", Info, "", `{"severity":"INFO","@timestamp":"2026-11-29T08:41:16.611+0100","logger":"http","message":"enabling HTTP/3 listener","addr":":443"}`),
			we("2026-11-29T07:41:17.09Z", Warn, "", `{"severity":"WARN","@timestamp":"2026-11-29T08:41:17.090+0100","logger":"tls","message":"stapling OCSP","error":"no OCSP stapling for [shop.example.org]: no OCSP server specified in certificate","identifiers":["shop.example.org"]}`),
			we("2026-11-29T07:41:21.118Z", Error, "", `{"severity":"ERROR","@timestamp":"2026-11-29T08:41:21.118+0100","logger":"http.log.error","message":"dial tcp 10.30.0.8:8080: connect: connection refused","request":{"remote_ip":"203.0.113.45","remote_port":"51234","client_ip":"203.0.113.45","proto":"HTTP/2.0","method":"GET","host":"shop.example.org","uri":"/api/cart"},"duration":0.001207,"status":502,"err_id":"h4t1207cd","err_trace":"reverseproxy.statusError (reverseproxy.go:1390)"}`),
		},
	},
	{
		name:   "caddy2-console-iso8601-local",
		source: "Caddy 2.8-2.10 with `log { format console { time_format iso8601; time_local } }` in the global options, run under systemd with its stderr to a file (zap's console encoder: time, level, logger name (left out for the root logger), message, then the fields as a JSON object with blanks after colons and commas, all tab-separated): caddyserver.com/docs/caddyfile/directives/log (console encoder, time_format, time_local); caddyserver/caddy issues quoting console lines",
		why:    "an ISO time with milliseconds and a +0100 offset without colon, a tab, then the level in capitals; a root logger's line has one column less; the site name and client in the fields are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T08:41:16.204+0100\tINFO\tusing config from file\t{\"file\": \"/etc/caddy/Caddyfile\"}"),
			we("2026-11-29T07:41:16.611Z", Info, "", "2026-11-29T08:41:16.611+0100\tINFO\thttp.auto_https\tserver is listening only on the HTTPS port but has no TLS connection policies; adding one to enable TLS\t{\"server_name\": \"srv0\", \"https_port\": 443}"),
			we("2026-11-29T07:41:17.09Z", Warn, "", "2026-11-29T08:41:17.090+0100\tWARN\ttls.issuance.acme.acme_client\tHTTP challenge failed\t{\"identifier\": \"shop.example.org\", \"challenge_type\": \"http-01\", \"problem\": {\"type\": \"urn:ietf:params:acme:error:connection\", \"status\": 400}}"),
			we("2026-11-29T07:41:21.118Z", Error, "", "2026-11-29T08:41:21.118+0100\tERROR\thttp.log.error\tdial tcp 10.30.0.8:8080: connect: connection refused\t{\"request\": {\"remote_ip\": \"203.0.113.45\", \"remote_port\": \"51234\", \"client_ip\": \"203.0.113.45\", \"proto\": \"HTTP/2.0\", \"method\": \"GET\", \"host\": \"shop.example.org\", \"uri\": \"/api/cart\"}, \"duration\": 0.001207, \"status\": 502, \"err_id\": \"h4t1207cd\"}"),
		},
	},

	// nginx: a JSON access log_format with $msec and $hostname.
	{
		name:   "nginx-json-log-format-msec-hostname",
		source: "nginx with a JSON access log_format built on $msec and $hostname (`log_format edge escape=json '{\"ts\":$msec,\"hostname\":\"$hostname\",\"client\":\"$remote_addr\",\"host\":\"$host\",\"request\":\"$request\",\"status\":$status,\"bytes\":$body_bytes_sent,\"rt\":$request_time,\"urt\":\"$upstream_response_time\",\"ua\":\"$http_user_agent\"}';`: $msec the epoch with milliseconds unquoted, $hostname the machine's name, $host the request's Host): nginx.org ngx_http_log_module (log_format, escape=json, $msec), ngx_http_core_module ($hostname, $host)",
		why:    "an epoch with three decimals as the first field; `hostname` is the writing machine, the record's host, while `host` is the HTTP Host header and `client` a peer; two upstream times in one field; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "web03", `{"ts":1795938076.204,"hostname":"web03","client":"203.0.113.45","host":"shop.example.org","request":"GET /api/cart HTTP/2.0","status":200,"bytes":4120,"rt":0.013,"urt":"0.012","ua":"Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"}`),
			we("2026-11-29T07:41:17.09Z", Unknown, "web03", `{"ts":1795938077.090,"hostname":"web03","client":"198.51.100.23","host":"shop.example.org","request":"POST /api/orders HTTP/1.1","status":502,"bytes":157,"rt":0.507,"urt":"0.004, 0.503","ua":"okhttp/4.12.0"}`),
			we("2026-11-29T07:41:21.118Z", Unknown, "web03", `{"ts":1795938081.118,"hostname":"web03","client":"10.20.0.9","host":"web03.internal.example.org","request":"GET /nginx_status HTTP/1.1","status":200,"bytes":97,"rt":0.000,"urt":"","ua":"Prometheus/3.1.0"}`),
		},
	},

	// OpenResty: Lua errors in the nginx error log, a traceback and a module search list.
	{
		name:   "openresty-error-log-init-worker-and-module-not-found",
		source: "OpenResty 1.27's logs/error.log (nginx's `yyyy/MM/dd HH:mm:ss [level] pid#tid: *conn msg`): ngx_lua's `init_worker_by_lua error: …` with Lua's `stack traceback:` and tab-indented frames under it, and a `failed to run set_by_lua*: … module 'x' not found:` whose tab-indented `no field package.preload[…]` / `no file '…'` search list runs over the next lines, nginx's `, client: …, server: …, request: …, host: …` context glued to the last one; a `[lua]` warning: openresty/lua-resty-upstream-healthcheck issue #21 (init_worker_by_lua error with its traceback), openresty/lua-resty-dns issue #24 and openresty/lua-nginx-module issue #305 (module not found lists in error.log), openresty/openresty issue #988",
		why:    "the traceback and the module search list belong to the line above them, the last search line carrying nginx's request context; the levels are nginx's bracketed words; the server name and the Host in the context are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026/11/29 07:41:16 [notice] 1#1: openresty/1.27.1.1"),
			we("2026-11-29T07:41:16Z", Error, "",
				"2026/11/29 07:41:16 [error] 7#7: init_worker_by_lua error: /usr/local/openresty/site/lualib/shop/metrics.lua:9: attempt to index field 'shdict' (a nil value)",
				"stack traceback:",
				"\t/usr/local/openresty/site/lualib/shop/metrics.lua:9: in main chunk",
				"\t[C]: in function 'require'",
				"\tinit_worker_by_lua(nginx.conf:31):2: in main chunk"),
			we("2026-11-29T07:41:21Z", Error, "",
				"2026/11/29 07:41:21 [error] 8#8: *3 failed to run set_by_lua*: /etc/nginx/lua/route.lua:4: module 'resty.dns.resolver' not found:",
				"\tno field package.preload['resty.dns.resolver']",
				"\tno file '/usr/local/openresty/site/lualib/resty/dns/resolver.ljbc'",
				"\tno file '/usr/local/openresty/site/lualib/resty/dns/resolver/init.ljbc'",
				"\tno file '/usr/local/openresty/lualib/resty/dns/resolver.ljbc'",
				"\tno file '/usr/local/openresty/site/lualib/resty/dns/resolver.lua'",
				"\tno file '/usr/local/openresty/lualib/resty/dns/resolver.lua'",
				"\tno file '/usr/local/openresty/site/lualib/resty/dns/resolver.so'",
				"\tno file '/usr/local/openresty/lualib/resty/dns/resolver.so'",
				"\tno file '/usr/local/lib/lua/5.1/resty.so', client: 10.20.0.7, server: api.example.org, request: \"GET /v1/route HTTP/1.1\", host: \"api.example.org\""),
			we("2026-11-29T07:41:22Z", Warn, "", `2026/11/29 07:41:22 [warn] 8#8: *5 [lua] ratelimit.lua:57: limit(): rate limit exceeded for 203.0.113.45, client: 203.0.113.45, server: api.example.org, request: "POST /v1/orders HTTP/1.1", host: "api.example.org"`),
		},
	},
}

func TestFresh189Formats(t *testing.T) { assertTable(t, fresh189Cases) }

func TestFresh189Score(t *testing.T) {
	checkScore(t, "fresh189 formats", fresh189Cases, [worldNumFields]float64{98, 81.4, 92.5, 84.5})
}
