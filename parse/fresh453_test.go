package parse

import "testing"

// The four-hundred-and-fifty-third fresh table, written on 2026-12-06: web servers and proxies, yet
// another pass, in output shapes no earlier table holds. Each family is one product's documented or
// observed output: Caddy 2's JSON encoder with `time_format common_log` and `time_local` (the ts key
// a CLF date with the server's -0500 offset); Traefik 3's default `common` log written to a file
// with its colours left on (zerolog's console writer: grey time, coloured level, cyan field names);
// the nginx-proxy image read with `docker logs`, forego's `name.1 | ` prefix over nginx's error log,
// its vhost access format and docker-gen's Go log lines; mod_jk's JkLogFile with a
// JkRequestLogFormat (`%w %V %T` request lines under the stamp, among the [pid:tid] [level] lines);
// HAProxy with a custom log-format that opens with `%trl` (a local CLF time with its offset, no
// brackets) to stdout; Emissary-ingress's Envoy with its `ACCESS [%START_TIME%] …` access format
// among Envoy's own lines; Squid 6's cache.log with a crashing security_file_certgen helper whose
// untimed stderr lines land between Squid's own; varnishncsa with -c and -b and a strftime time
// before the vxid and the side letter.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive, fixed strings: `nginx`, `apache`, `httpd`, `haproxy`, `envoy`, `traefik`,
// `caddy`, `squid`, `varnish`, `iis`, `lighttpd`, `tinyproxy`, `privoxy`, `Crunch:`, `e2guardian`,
// `dansguardian`, `*DENIED*`, `3proxy`, `mod_jk`, `jk_`, `JkLogStampFormat`, `JkRequestLogFormat`,
// `jk_handler`, `modsec_audit`, `-A--`, `stack traceback`, `lua entry thread aborted`,
// `"ts":"29/Nov`, `"ts":"Sun`, `common_log`, `level_format`, `wall_nano`, `rfc1123`, `traffic.out`,
// `diags.log`, `ET_NET`, `h41m`, `trafficserver`, `krakend`, `tyk`, `time="Nov`, `oauth2-proxy`,
// `oauthproxy.go`, `hiawatha`, `mux_h2.c`, `[01|h2`, `show trace`, `sink stderr`, `show events`,
// `startup-logs`, `haproxy version is`, `%trl`, `.123 -0500]`, `httpslog`, `ssl_fc`, `hitch`,
// `{core}`, `pound`, `sozu`, `mitmdump`, `zoraxy`, `skipper`, `kong`, `started_at`, `sockd`,
// `dante`, `sing-box`, `frps`, `[I] [`, `chisel`, `gost`, `cloudflared`, `litespeed`, `h2o`,
// `civetweb`, `cherokee`, `lwan`, `monkey`, `"time_stamp"`, `libmodsecurity`, `Envoy proxy is ready`,
// `via_upstream`, `ACCESS [`, `emissary`, `diagd`, `kuma`, `bytes, received:`, `LogMonitor`,
// `<Source>`, `TimeCreated`, `\x1b[90m`, `[0m`, `forego`, `dockergen`, `docker-gen`, `nginx.1`,
// `TCP_MISS:HIER`, `Processing Configuration File`, `security_file_certgen`, `helperOpenServers`,
// `Hlpr`, `svlogd`, `condition block`, `daemon.err lighttpd`, `uhttpd`, `varnishtest`, `pingora`).
// Caddy's JSON is in many tables (unix seconds, unix nano, wall_milli, iso8601 local, renamed keys,
// the transform encoder's common_log line); a JSON ts in common_log layout is in none. Traefik 3's
// console log is in fresh189 (`traefik3-console-debug-caller-with-clf-access`) without colour, and the colour codes only in the
// rules' own lines (formats_test); Traefik with its colours in a table is in none. nginx-proxy's
// forego multiplexing is in none. mod_jk's own log is in fresh3 (`mod-jk`, with %Q milliseconds);
// its request lines are in none. HAProxy's custom log-formats are in many tables; one opening with
// an unbracketed %trl time is in none. Emissary is in fresh33 (logrus and diagd lines); its Envoy
// ACCESS lines are in none. Squid's cache.log is in many tables; a helper's untimed stderr between
// its lines is in none. Left out as measured already: Apache Traffic Server's error.log (fresh80),
// HAProxy's trace rings (fresh189), frp (fresh29), IIS under LogMonitor (fresh134), lighttpd's
// strftime access log (fresh82), Tyk, KrakenD, hiawatha, tinyproxy, privoxy, 3proxy, e2guardian,
// Dante, sing-box, OpenLiteSpeed, Pound and sozu (their tables). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Caddy's and HAProxy's CLF dates carry -0500 and are converted; nginx's,
// docker-gen's, Envoy's and Squid's zone-less times are taken as UTC; Envoy's START_TIME is UTC
// with a Z; mod_jk's ctime-like stamp and varnishncsa's strftime time have no zone (UTC). forego's own `starting …` lines and the
// helper's stderr lines carry no time. Levels only where the line marks one: Caddy's level key,
// zerolog's three letters (INF DBG WRN ERR) inside the colour codes, nginx's [notice]/[error],
// mod_jk's [info]/[error], Envoy's [info]/[warning], Squid's WARNING:/FATAL: after `kid1|` (FATAL is
// Critical); mod_jk's request lines, docker-gen's lines, HAProxy's and Envoy's access lines have
// none, and a 503 or `SC--` is no level. No family carries a host field: Caddy's request host,
// nginx-proxy's vhost first on its access line, mod_jk's %V, Envoy's :authority and upstream host
// are HTTP hosts or peers. Every line is its own record; the helper's untimed line between Squid's
// lines is a record of its own, not a continuation.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7e13a53 before any rule for it: level 94.9 %, time 94.9 %, host 94.9 %, records 89.7 %.
// That is the macro figure (micro: level 93.0 %, time 93.0 %, host 93.0 %, records 86.0 %), in a
// worktree at 7e13a53 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right (Caddy's common_log ts, Traefik's coloured file, mod_jk's request lines,
// HAProxy's leading %trl, Emissary's ACCESS lines, varnishncsa's -c/-b lines); the gaps are
// nginx-proxy's vhost access line behind forego's prefix, joined to the line before, and Squid's
// helper stderr lines, joined as continuations of Squid's timed lines.

var fresh453Cases = []worldCase{
	{
		name:   "caddy2-json-ts-common-log-time-local",
		source: "Caddy 2's JSON log encoder with `time_format common_log` (Go layout `02/Jan/2006:15:04:05 -0700`) and `time_local` on a server at -05:00: caddyserver/caddy modules/logging/encoders.go (the time_format presets and time_local), caddyserver/caddy issue #5019 (local time in the log file); the access and error fields as Caddy 2.8 writes them, from memory",
		why:    "the ts key is a string in Common Log layout with an offset, not an epoch or ISO time; the level key; request.host is the HTTP host, no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","ts":"29/Nov/2026:02:41:16 -0500","logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"10.20.3.14","remote_port":"51822","client_ip":"10.20.3.14","proto":"HTTP/2.0","method":"GET","host":"shop.example.org","uri":"/api/cart","headers":{"User-Agent":["curl/8.11.0"],"Accept":["*/*"]},"tls":{"resumed":false,"version":772,"cipher_suite":4865,"proto":"h2","server_name":"shop.example.org"}},"bytes_read":0,"user_id":"","duration":0.004127,"size":1834,"status":200,"resp_headers":{"Server":["Caddy"],"Content-Type":["application/json"]}}`),
			we("2026-11-29T07:41:17Z", Warn, "", `{"level":"warn","ts":"29/Nov/2026:02:41:17 -0500","logger":"tls.cache.maintenance","msg":"stapling OCSP","identifiers":["shop.example.org"],"error":"no OCSP stapling for [shop.example.org]: no OCSP server specified in certificate"}`),
			we("2026-11-29T07:41:19Z", Error, "", `{"level":"error","ts":"29/Nov/2026:02:41:19 -0500","logger":"http.log.error.log0","msg":"dial tcp 10.20.3.40:8080: connect: connection refused","request":{"remote_ip":"10.20.3.31","remote_port":"55020","client_ip":"10.20.3.31","proto":"HTTP/2.0","method":"POST","host":"shop.example.org","uri":"/api/checkout","headers":{"Content-Type":["application/json"]}},"duration":0.002204,"status":502,"err_id":"t4kq9w1zx","err_trace":"reverseproxy.statusError (reverseproxy.go:1390)"}`),
			we("2026-11-29T07:41:21Z", Info, "", `{"level":"info","ts":"29/Nov/2026:02:41:21 -0500","logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"10.20.3.19","remote_port":"40718","client_ip":"10.20.3.19","proto":"HTTP/1.1","method":"GET","host":"static.example.org","uri":"/app.js","headers":{"If-None-Match":["\"d41d8c\""]}},"bytes_read":0,"user_id":"","duration":0.000391,"size":0,"status":304,"resp_headers":{"Server":["Caddy"],"Etag":["\"d41d8c\""]}}`),
		},
	},
	{
		name:   "traefik3-common-log-ansi-colour-file",
		source: "Traefik 3's default `log.format=common` (zerolog's ConsoleWriter: RFC 3339 time, three-letter level, caller at DEBUG, message, key=value fields) written to log.filePath with `log.noColor` left at its default false, so the colour codes stay in the file: traefik/traefik PR #11213 (log.noColor: 'When using the format common, disables the colorized output', default false); rs/zerolog console.go (colorize `\\x1b[%dm…\\x1b[0m`, LevelColors: debug 0 uncoloured, info green, warn yellow, error red; grey time, cyan field names); the colours of the error field and the caller from memory",
		why:    "ANSI colour sequences around the time, the level letters and every field name; DBG is uncoloured; the build date inside the first message is not the record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "\x1b[90m2026-11-29T07:41:16Z\x1b[0m \x1b[32mINF\x1b[0m Traefik version 3.2.1 built on 2026-11-12T13:02:11Z \x1b[36mversion=\x1b[0m3.2.1"),
			we("2026-11-29T07:41:16Z", Info, "", "\x1b[90m2026-11-29T07:41:16Z\x1b[0m \x1b[32mINF\x1b[0m Starting provider *docker.Provider \x1b[36mproviderName=\x1b[0mdocker"),
			we("2026-11-29T07:41:17Z", Debug, "", "\x1b[90m2026-11-29T07:41:17Z\x1b[0m DBG \x1b[1mgithub.com/traefik/traefik/v3/pkg/server/configurationwatcher.go:227\x1b[0m\x1b[36m >\x1b[0m Configuration received \x1b[36mconfig=\x1b[0m{\"http\":{},\"tcp\":{},\"udp\":{}} \x1b[36mproviderName=\x1b[0mdocker"),
			we("2026-11-29T07:41:18Z", Warn, "", "\x1b[90m2026-11-29T07:41:18Z\x1b[0m \x1b[33mWRN\x1b[0m Could not find network named \"edge\" for container \"/shop-api\". Maybe you're missing the project's prefix in the label? \x1b[36mcontainer=\x1b[0mshop-api-5f1c9d \x1b[36mproviderName=\x1b[0mdocker \x1b[36mserviceName=\x1b[0mshop-api"),
			we("2026-11-29T07:41:20Z", Error, "", "\x1b[90m2026-11-29T07:41:20Z\x1b[0m \x1b[31mERR\x1b[0m Unable to obtain ACME certificate for domains \x1b[36mACME CA=\x1b[0mhttps://acme-v02.api.letsencrypt.org/directory \x1b[36mdomains=\x1b[0m[\"shop.example.org\"] \x1b[36merror=\x1b[0m\x1b[31m\"unable to generate a certificate for the domains [shop.example.org]: error: one or more domains had a problem\"\x1b[0m \x1b[36mproviderName=\x1b[0mletsencrypt.acme"),
		},
	},
	{
		name:   "nginx-proxy-forego-docker-logs",
		gap:    "trawl joins nginx's vhost access line behind forego's prefix (`nginx.1     | shop.example.org 10.20.3.14 - - [29/Nov/2026:07:41:22 +0000] \"GET …`) to the nginx error line before it: behind the `name.1 | ` prefix the host-first CLF line is not taken as the start of a record, so its time is not read either",
		source: "the nginx-proxy image (nginxproxy/nginx-proxy) read with `docker logs`: forego runs docker-gen and nginx and prefixes each line with the padded process name and `| ` (`forego      | starting nginx.1 on port 5100`, `nginx.1     | ` nginx's error log, `dockergen.1 | ` Go's `yyyy/MM/dd HH:mm:ss` log), nginx's access lines in nginx-proxy's `vhost` log_format (`$host $remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" \"$upstream_addr\"`): nginx-proxy/nginx-proxy issues #1852, #165 and PR #379, nginx-proxy/acme-companion issue #1039; the vhost format's upstream field from memory",
		why:    "a process-name prefix padded to a pipe before each writer's own layout; forego's own lines carry no time; the vhost first on the access line is the HTTP host, no host field",
		entries: []worldEntry{
			we("", Unknown, "", "forego      | starting dockergen.1 on port 5000"),
			we("", Unknown, "", "forego      | starting nginx.1 on port 5100"),
			we("2026-11-29T07:41:16Z", Notice, "", `nginx.1     | 2026/11/29 07:41:16 [notice] 21#21: using the "epoll" event method`),
			we("2026-11-29T07:41:17Z", Unknown, "", "dockergen.1 | 2026/11/29 07:41:17 Generated '/etc/nginx/conf.d/default.conf' from 4 containers"),
			we("2026-11-29T07:41:17Z", Unknown, "", "dockergen.1 | 2026/11/29 07:41:17 Running 'nginx -s reload'"),
			we("2026-11-29T07:41:17Z", Notice, "", "nginx.1     | 2026/11/29 07:41:17 [notice] 21#21: signal 1 (SIGHUP) received from 38, reconfiguring"),
			we("2026-11-29T07:41:22Z", Unknown, "", `nginx.1     | shop.example.org 10.20.3.14 - - [29/Nov/2026:07:41:22 +0000] "GET /api/cart HTTP/1.1" 200 1834 "-" "curl/8.11.0" "172.18.0.5:8080"`),
			we("2026-11-29T07:41:25Z", Error, "", `nginx.1     | 2026/11/29 07:41:25 [error] 34#34: *12 connect() failed (111: Connection refused) while connecting to upstream, client: 10.20.3.19, server: shop.example.org, request: "GET /api/orders HTTP/1.1", upstream: "http://172.18.0.5:8080/api/orders", host: "shop.example.org"`),
		},
	},
	{
		name:   "mod-jk-request-log-format-lines",
		source: "Tomcat Connectors mod_jk's JkLogFile with the default JkLogStampFormat `[%a %b %d %H:%M:%S %Y] ` and a JkRequestLogFormat `%w %V %T` (worker, server name, seconds.microseconds): the request lines carry the stamp and the formatted request only, the others `[pid:tid] [level] function::file (line): msg`: tomcat dev list r559265 and r1647376 (JkLogStampFormat, JkRequestLogFormat docs), a CSDN post listing the JkRequestLogFormat fields; the request line's layout from memory",
		why:    "two shapes under one ctime-like stamp: the request line has no level, and its server name is the virtual host, not this host; `3.011871` is a duration, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[Sun Nov 29 07:41:16 2026] [2214:140245118625600] [info] init_jk::mod_jk.c (3595): mod_jk/1.2.50 initialized"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[Sun Nov 29 07:41:18 2026] lb_shop shop.example.org 0.018422"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[Sun Nov 29 07:41:18 2026] lb_shop shop.example.org 0.004107"),
			we("2026-11-29T07:41:21Z", Error, "", "[Sun Nov 29 07:41:21 2026] [2231:140245092147776] [error] ajp_connect_to_endpoint::jk_ajp_common.c (1142): (node2) cping/cpong after connecting to the backend server failed (errno=110)"),
			we("2026-11-29T07:41:21Z", Error, "", "[Sun Nov 29 07:41:21 2026] [2231:140245092147776] [error] ajp_send_request::jk_ajp_common.c (1721): (node2) connecting to backend failed. Tomcat is probably not started or is listening on the wrong port (errno=110)"),
			we("2026-11-29T07:41:22Z", Unknown, "", "[Sun Nov 29 07:41:22 2026] lb_shop shop.example.org 3.011871"),
		},
	},
	{
		name:   "haproxy-log-format-trl-first-raw",
		source: "HAProxy 2.8/3.0 with `log stdout format raw local0` and a custom `log-format \"%trl %ci:%cp %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %tsc %ac/%fc/%bc/%sc/%rc %{+Q}r\"` on a host at -05:00 (%trl: the request's date in local time, `dd/MMM/yyyy:HH:mm:ss ±hhmm`, printed without brackets): HAProxy configuration manual 8.2.6 (custom log format variables), from memory",
		why:    "a Common Log date with an offset opens the line with no brackets; the timer fields with slashes and `-1` are no times; `SC--` and 503 are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `29/Nov/2026:02:41:16 -0500 10.20.3.14:51822 fe_https~ be_shop/app2 0/0/1/14/15 200 1834 ---- 212/210/3/1/0 "GET /api/cart HTTP/1.1"`),
			we("2026-11-29T07:41:16Z", Unknown, "", `29/Nov/2026:02:41:16 -0500 10.20.3.19:40718 fe_https~ be_shop/app1 0/0/0/9/9 304 211 ---- 212/210/2/1/0 "GET /static/app.js HTTP/1.1"`),
			we("2026-11-29T07:41:19Z", Unknown, "", `29/Nov/2026:02:41:19 -0500 10.20.3.31:55020 fe_https~ be_shop/<NOSRV> -1/-1/-1/-1/0 503 217 SC-- 212/210/0/0/0 "POST /api/checkout HTTP/1.1"`),
			we("2026-11-29T07:41:20Z", Unknown, "", `29/Nov/2026:02:41:20 -0500 10.20.3.14:51830 fe_https~ be_shop/app3 0/0/1/2003/2004 504 198 sH-- 212/210/4/2/0 "GET /api/orders HTTP/1.1"`),
		},
	},
	{
		name:   "emissary-envoy-access-prefix-lines",
		source: "Emissary-ingress 3.x's container log: Envoy's access lines in Emissary's default `envoy_log_format` `ACCESS [%START_TIME%] \"%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%\" %RESPONSE_CODE% %RESPONSE_FLAGS% %BYTES_RECEIVED% %BYTES_SENT% %DURATION% %RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% \"%REQ(X-FORWARDED-FOR)%\" \"%REQ(USER-AGENT)%\" \"%REQ(X-REQUEST-ID)%\" \"%REQ(:AUTHORITY)%\" \"%UPSTREAM_HOST%\"` among Envoy's own `[yyyy-MM-dd HH:mm:ss.fff][tid][level][logger] [file:line] msg` lines: emissary-ingress/emissary PR #1969 (the default format), envoyproxy.io access-log docs (START_TIME); the Envoy lines' messages from memory",
		why:    "the word ACCESS before the bracketed START_TIME; the :authority and upstream host are HTTP host and peer, no host; UF,URX is a response flag, no level; Envoy's bracketed [warning]",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "", `ACCESS [2026-11-29T07:41:16.123Z] "GET /backend/ HTTP/1.1" 200 - 0 47 3 2 "10.20.3.14" "curl/8.11.0" "7b1f0e0c-2a4d-4c7e-9f31-5d8e6a2b9c10" "api.example.org" "10.244.1.17:8080"`),
			we("2026-11-29T07:41:17.412Z", Info, "", "[2026-11-29 07:41:17.412][31][info][upstream] [source/common/upstream/cds_api_helper.cc:32] cds: add 6 cluster(s), remove 1 cluster(s)"),
			we("2026-11-29T07:41:18.907Z", Unknown, "", `ACCESS [2026-11-29T07:41:18.907Z] "POST /backend/orders HTTP/2" 503 UF,URX 512 91 1002 - "10.20.3.19" "python-requests/2.32.3" "c44e0b7a-1f6d-4b2e-8a09-3e5c7d1f2b64" "api.example.org" "10.244.1.18:8080"`),
			we("2026-11-29T07:41:19.006Z", Warn, "", "[2026-11-29 07:41:19.006][31][warning][config] [source/extensions/config_subscription/grpc/grpc_stream.h:193] StreamAggregatedResources gRPC config stream to ads_cluster closed since 1012s ago: 13,"),
			we("2026-11-29T07:41:20.051Z", Unknown, "", `ACCESS [2026-11-29T07:41:20.051Z] "GET /ambassador/v0/check_ready HTTP/1.1" 200 - 0 10 1 1 "-" "kube-probe/1.31" "0f9d2c7e-6b3a-4e18-b5d4-9a7c1e2f3b08" "10.244.1.9:8877" "127.0.0.1:8877"`),
		},
	},
	{
		name:   "squid6-cache-log-certgen-helper-stderr",
		source: "Squid 6's cache.log (`yyyy/MM/dd HH:mm:ss kidN| [WARNING: |FATAL: ]msg`) while its security_file_certgen helpers fail: each helper writes its own untimed stderr line (`/usr/lib/squid/security_file_certgen: Uninitialized SSL certificate database directory: …`) into the same file, between Squid's `helperOpenServers: Starting N/M …`, `WARNING: … #HlprN exited` and `FATAL: … helpers are crashing too rapidly, need help!`: b4tman/docker-squid issue #4, opnsense/core issue #3584; helperOpenServers and the #Hlpr wording from memory",
		why:    "an untimed line from another process between timed lines is a record of its own, not a continuation; the helper writes the same line again; WARNING: and FATAL: after `kid1|` are levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 kid1| Starting Squid Cache version 6.12 for x86_64-pc-linux-gnu..."),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 kid1| helperOpenServers: Starting 5/32 'security_file_certgen' processes"),
			we("", Unknown, "", `/usr/lib/squid/security_file_certgen: Uninitialized SSL certificate database directory: /var/lib/squid/ssl_db. To initialize, run "security_file_certgen -c -s /var/lib/squid/ssl_db".`),
			we("2026-11-29T07:41:16Z", Warn, "", "2026/11/29 07:41:16 kid1| WARNING: security_file_certgen #Hlpr1 exited"),
			we("", Unknown, "", `/usr/lib/squid/security_file_certgen: Uninitialized SSL certificate database directory: /var/lib/squid/ssl_db. To initialize, run "security_file_certgen -c -s /var/lib/squid/ssl_db".`),
			we("2026-11-29T07:41:16Z", Warn, "", "2026/11/29 07:41:16 kid1| WARNING: security_file_certgen #Hlpr2 exited"),
			we("2026-11-29T07:41:16Z", Critical, "", "2026/11/29 07:41:16 kid1| FATAL: The /usr/lib/squid/security_file_certgen -s /var/lib/squid/ssl_db -M 4MB helpers are crashing too rapidly, need help!"),
		},
	},
	{
		name:   "varnishncsa-cb-strftime-vxid-side",
		source: "varnishncsa run with both -c and -b and `-F '%{%Y-%m-%d %H:%M:%S}t %{Varnish:vxid}x %{Varnish:side}x %h %m %U %s %b %D %{Varnish:handling}x'` (%{X}t a strftime layout in the local zone, here UTC; Varnish:side c or b; %D microseconds; handling hit/miss/pass/synth, `-` on a backend line): varnish-cache.org varnishncsa(1) format options, from memory",
		why:    "a zone-less strftime time, then the vxid (a bare number, no time), the side letter (no level), the client or backend address; a `b` line follows its `c` line as a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 32771 b 10.20.4.21 GET /api/cart 200 1834 3912 -"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 32770 c 10.20.3.14 GET /api/cart 200 1834 4127 miss"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 32773 c 10.20.3.19 GET /static/app.js 200 48211 88 hit"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 32775 c 10.20.3.31 POST /api/checkout 503 278 1002311 synth"),
		},
	},
}

func TestFresh453Formats(t *testing.T) { assertTable(t, fresh453Cases) }
func TestFresh453Score(t *testing.T) {
	checkScore(t, "fresh453 formats", fresh453Cases, [worldNumFields]float64{98.3, 98.3, 98.3, 96.8})
}
