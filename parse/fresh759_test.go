package parse

import "testing"

// The seven-hundred-and-fifty-ninth fresh table: caches', CDNs' and reverse proxies' logs in
// layouts the other tables do not measure. Each family is one product's output: Fastly's Viceroy
// (the local Compute server: a year-less `Mmm dd HH:mm:ss.SSS` and a padded level); varnishtest's
// VTC log (verbosity stars, a component column and relative time marks, no clock time); nginx's
// limit_req and limit_conn rejections in error.log (the *cid, and an HTTP `host:` at the end);
// Caddy 1's process log (Go's `yyyy/MM/dd HH:mm:ss [LEVEL]` between untimed banner lines); Squid's
// negotiate_kerberos_auth helper on stderr in cache.log (`file(line): pid=N :yyyy/MM/dd
// HH:mm:ss| prog: LEVEL: msg`); Samba's ntlm_auth helper in Squid's cache.log (a two-line Samba
// debug record with a debug level); `haproxy -c` config checks (`[LEVEL]   (pid) : msg`, no
// time); NGINX Agent 2 (logrus text `time="…" level=… msg="…"`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `varnish`, `varnishlog`, `varnishncsa`, `squid`, `cache.log`,
// `traffic server`, `trafficserver`, `diags.log`, `caddy`, `traefik`, `envoy`, `lighttpd`,
// `openresty`, `h2o`, `haproxy`, `pound`, `nuster`, `kong`, `VCL_`, `ReqURL`, `varnishd`,
// `TCP_MISS`, `kid1`, `[ET_NET`, `DIAG:`, `http.log.access`, `entryPoint`, `upstream_cluster`,
// `[source/`, `stunnel`, `hitch`, `sozu`, `pingora`, `apisix`, `tengine`, `angie`, `skipper`,
// `nghttpx`, `mitmproxy`, `privoxy`, `polipo`, `tinyproxy`, `3proxy`, `ziproxy`, `memcached`,
// `fastly`, `cloudfront`, `akamai`, `cloudflare`, `bunny`, `e2guardian`, `c-icap`, `squidguard`,
// `ufdbguard`, `kemp`, `litespeed`, `cherokee`, `hiawatha`, `mongoose`, `linkerd`, `contour`,
// `gloo`, `istio`, `mosn`, `bfe`, `vulcand`, `fabio`, `sniproxy`, `tyk`, `krakend`, `zuul`,
// `store.log`, `SWAPOUT`, `Manager {0x`, `Slow Request`, `h41m`, `traffic_ops`, `traffic router`,
// `nutcracker`, `twemproxy`, `dynomite`, `predixy`, `mcrouter`, `codis`, `envoy-gateway`,
// `dataplaneapi`, `Panic at`, `Child (`, `<< Request`, `varnishtest`, `**** v1`, `vtc`,
// `gobetween`, `zevenet`, `relianoid`, `crossroads`, `Activating privacy`, `[cache:0x`,
// `certmagic`, `New worker`, `security_file_certgen`, `negotiate_kerberos`, `kerberos`,
// `ntlm_auth`, `basic_ldap_auth`, `source3`, `souin`, `olric`, `wwwoffle`, `StartUTC`,
// `application_log_config`, `lib/core/proxy.c`, `bluecoat`, `ProxySG`, `zscaler`, `IronPort`,
// `TMG`, `websense`, `fortiproxy`, `storeid`, `cache_peer`, `Store rebuilding`, `debug_options`,
// `kid1| N,N|` (as a regular expression), `varnishreload`, `Message from VCC`, `vcl.load`,
// `zone_sync`, `limit_req`, `limiting requests`, `viceroy`, `wrangler`, `log-tail`, `keycdn`,
// `show errors`, `show events`, `LoadBalancerLogEntry`, `FrontDoor`, `Z INF `, `cloudflared`,
// `sslh`, `NGINX Agent`, `nginx-agent`. Nearly every product of the theme is measured already
// (Varnish's grouped varnishlog, varnishncsa, panics and journal; Squid's cache.log, access.log,
// store.log, ICAP and certgen helpers; Traffic Server's diags, manager, error and squid logs;
// Caddy 2, Traefik, Envoy, lighttpd, OpenResty's *cid, H2O, HAProxy's startup lines, Pound,
// Nuster), so they were left out; Viceroy, varnishtest, nginx's limit_req lines, Caddy 1,
// negotiate_kerberos_auth, ntlm_auth and NGINX Agent match nothing, and `haproxy -c` is measured
// for its config-check output (untimed bracketed levels ending in an untimed verdict). The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Viceroy's year-less date is in 2026; no line carries a zone or offset
// except NGINX Agent's RFC 3339 `Z`; zone-less times are UTC. varnishtest's `dT` marks and
// per-line seconds are relative to the test's start, `haproxy -c`, Caddy 1's banner lines and
// ntlm_auth's continuation carry no time, so those records have none. Levels only where the line
// marks one: Viceroy's padded level word, nginx's bracketed level, Caddy 1's [INFO]/[WARNING]/
// [ERROR] tag, the helper's INFO:/WARNING:/ERROR: word after its program name, Samba's debug
// level after the time (0 error, 1 warning, 3 notice), HAProxy's [NOTICE]/[WARNING]/[ALERT]
// (alert is Alert), NGINX Agent's level=; varnishtest's stars are verbosity, not severity, and
// Caddy 1's banner lines carry none. No family writes a host of its own: nginx's `host:` and
// `server:` are the request's Host header and virtual server, the clients and peers are peers.
// ntlm_auth's record is two lines (the Samba header and its indented message); every other record
// is one line.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (Caddy 1's log lines, negotiate_kerberos_auth's, ntlm_auth's in cache.log,
// `haproxy -c`'s and NGINX Agent's). Hosts, ids, addresses, users and messages are invented, and
// every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong carries a
// gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 9a0f1b1 before any rule for it: level 95.0 %, time 82.5 %,
// host 95.0 %, records 92.5 %. That is the macro figure (micro: level 94.1 %, time 82.4 %, host
// 94.1 %, records 91.2 %), in a worktree at 9a0f1b1 with no change to trawl's code (only this file
// and table_test.go's list), 6 of 8 families fully right; the gaps: Caddy 1's untimed banner lines
// are joined to the timed line before them, and negotiate_kerberos_auth's time after its
// `file.cc(line): pid=N :` prefix is not read.

var fresh759Cases = []worldCase{
	{
		name:   "fastly-viceroy-local-server",
		source: "Fastly's Viceroy (the local Compute server behind `fastly compute serve`), tracing's compact layout with a year-less local time (`Aug 24 17:09:20.060  WARN no backend definitions found in fastly.toml`, `INFO request{id=0}: handling request GET http://127.0.0.1:7878/`): fastly/compute-starter-kit-javascript-default PR #3",
		why:    "a year-less `Mmm dd HH:mm:ss.SSS`, two spaces, a level word padded to five, then the span `request{id=N}:`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.060Z", Warn, "", "Nov 29 07:41:16.060  WARN no backend definitions found in fastly.toml"),
			we("2026-11-29T07:41:16.071Z", Info, "", "Nov 29 07:41:16.071  INFO Listening on http://127.0.0.1:7676"),
			we("2026-11-29T07:41:22.418Z", Info, "", "Nov 29 07:41:22.418  INFO request{id=0}: handling request GET http://127.0.0.1:7676/catalog/item-4112"),
			we("2026-11-29T07:41:22.433Z", Info, "", "Nov 29 07:41:22.433  INFO request{id=0}: request completed using 3.1 MB of WebAssembly heap"),
			we("2026-11-29T07:41:23.902Z", Error, "", "Nov 29 07:41:23.902 ERROR request{id=1}: Hostcall yielded an error: Unknown backend: origin_b"),
		},
	},
	{
		name:   "varnishtest-vtc-log",
		source: "varnishtest's per-test log (`**** dT    0.000`, `*    top   TEST ./tests/u00009.vtc starting`, `**   s1    Starting server`, `#    top  TEST c00075.vtc FAILED (1.066) exit=2`): varnishcache/varnish-cache issues #4185, #3818 and #2709, Homebrew/homebrew-core issue #86516",
		why:    "the stars are verbosity and the second column a component (top, v1, s1, c1); `dT` carries seconds since the test began, not a clock time: no record has a time or a level",
		entries: []worldEntry{
			we("", Unknown, "", "**** dT    0.000"),
			we("", Unknown, "", "*    top   TEST ./tests/b00412.vtc starting"),
			we("", Unknown, "", "**   top   === varnishtest \"purge of a grace object keeps the stale copy\""),
			we("", Unknown, "", "**   s1    Starting server"),
			we("", Unknown, "", "#    top  TEST ./tests/b00412.vtc FAILED (2.214) exit=2"),
		},
	},
	{
		name:   "nginx-limit-req-limit-conn",
		source: "nginx's error.log when limit_req and limit_conn reject or delay (`yyyy/MM/dd HH:mm:ss [error] pid#tid: *cid limiting requests, excess: 5.000 by zone \"api_limit\", client: …, server: …, request: \"…\"`; delays one level lower, `[warn] … delaying request, excess: 0.412, by zone`): stackengine.dev 'nginx-limiting-requests-excess-zone', nginx mailing list 2013-November/041081; the trailing `host:` from memory",
		why:    "the level in brackets, pid#tid, the connection id *cid; `server:` and `host:` are the virtual server and the request's Host header, not the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "", `2026/11/29 07:41:16 [error] 2210#2210: *88123 limiting requests, excess: 10.420 by zone "api_rl", client: 198.51.100.23, server: api.example.org, request: "POST /v2/orders HTTP/1.1", host: "api.example.org"`),
			we("2026-11-29T07:41:16Z", Warn, "", `2026/11/29 07:41:16 [warn] 2210#2210: *88124 delaying request, excess: 0.376, by zone "api_rl", client: 198.51.100.23, server: api.example.org, request: "GET /v2/orders/4412 HTTP/1.1", host: "api.example.org"`),
			we("2026-11-29T07:41:19Z", Error, "", `2026/11/29 07:41:19 [error] 2211#2211: *88190 limiting connections by zone "per_ip", client: 203.0.113.77, server: dl.example.org, request: "GET /iso/fedora-41.iso HTTP/1.1", host: "dl.example.org"`),
			we("2026-11-29T07:41:20Z", Notice, "", `2026/11/29 07:41:20 [notice] 2209#2209: signal process started`),
		},
	},
	{
		name:   "caddy-v1-process-log",
		source: "Caddy 1's process log on stdout: Go's log package `yyyy/MM/dd HH:mm:ss [LEVEL] msg` lines (some with a `[domain]` after the tag) between untimed banner lines (`Activating privacy features... done.`, the served addresses): caddyserver/caddy issue #1078 (the banner line); the log lines' layout from memory",
		why:    "Go's slashed date and a bracketed level tag; the banner lines have neither time nor level and are records of their own",
		gap:    "the untimed banner lines (`Activating privacy features... done.`, `https://shop.example.org`) are joined to the timed [INFO] line before them as continuation lines, though each is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] [shop.example.org] acme: Obtaining bundled SAN certificate"),
			we("", Unknown, "", "Activating privacy features... done."),
			we("", Unknown, "", "https://shop.example.org"),
			we("2026-11-29T07:41:19Z", Warn, "", "2026/11/29 07:41:19 [WARNING] Sending telemetry: we were too early; waiting 1h0m0s before trying again"),
			we("2026-11-29T07:42:02Z", Error, "", "2026/11/29 07:42:02 [ERROR] proxy: dial tcp 10.8.0.14:9000: connect: connection refused"),
		},
	},
	{
		name:   "squid-negotiate-kerberos-auth-stderr",
		source: "Squid's negotiate_kerberos_auth helper writing to stderr, so into cache.log (with -d: `negotiate_kerberos_auth.cc(LINE): pid=N :yyyy/MM/dd HH:mm:ss| negotiate_kerberos_auth: LEVEL: msg`; its debug() macro puts file, line and pid before LogTime()): from memory",
		why:    "the source file and line and `pid=N :` come before the time; the time ends with `|`; the level word follows the program name",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "negotiate_kerberos_auth.cc(612): pid=4180 :2026/11/29 07:41:16| negotiate_kerberos_auth: INFO: Starting version 3.1.0sq_1.0"),
			we("2026-11-29T07:41:22Z", Debug, "", "negotiate_kerberos_auth.cc(685): pid=4180 :2026/11/29 07:41:22| negotiate_kerberos_auth: DEBUG: Got 'YR YIIG...' from squid (length: 2716)."),
			we("2026-11-29T07:41:22Z", Error, "", "negotiate_kerberos_auth.cc(205): pid=4180 :2026/11/29 07:41:22| negotiate_kerberos_auth: ERROR: gss_accept_sec_context() failed: Unspecified GSS failure.  Minor code may provide more information. Request ticket server HTTP/proxy02.corp.example.org@CORP.EXAMPLE.ORG kvno 7 not found in keytab"),
			we("2026-11-29T07:41:22Z", Warn, "", "negotiate_kerberos_auth.cc(410): pid=4180 :2026/11/29 07:41:22| negotiate_kerberos_auth: WARNING: received type 1 NTLM token"),
		},
	},
	{
		name:   "squid-ntlm-auth-samba-helper",
		source: "Samba's ntlm_auth as Squid's NTLM helper, its debug output in Squid's cache.log (`[yyyy/MM/dd HH:mm:ss.uuuuuu,  N] ../source3/utils/ntlm_auth.c:LINE(manage_squid_request)` then the indented message, e.g. `fgets() failed! dying..... errno=…`): from memory",
		why:    "Samba's bracketed time with microseconds and a debug level after the comma; the message is on the next, indented line and belongs to the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Error, "",
				"[2026/11/29 07:41:16.204118,  0] ../../source3/utils/ntlm_auth.c:1348(manage_squid_request)",
				"  fgets() failed! dying..... errno=1 (Operation not permitted)"),
			we("2026-11-29T07:41:18.551402Z", Warn, "",
				"[2026/11/29 07:41:18.551402,  1] ../../source3/utils/ntlm_auth.c:1116(manage_squid_ntlmssp_request)",
				"  NTLMSSP request with no user name supplied"),
			we("2026-11-29T07:41:19.007310Z", Notice, "",
				"[2026/11/29 07:41:19.007310,  3] ../../source3/utils/ntlm_auth.c:952(ntlm_auth_generate_session_info)",
				"  NTLMSSP OK for user CORP\\jdoe on host WS-4412"),
		},
	},
	{
		name:   "haproxy-config-check",
		source: "`haproxy -c -f /etc/haproxy/haproxy.cfg` output in a deploy log (HAProxy 2.x `[LEVEL]   (pid) : msg`, the level padded, `config : parsing [file:line] : …`, then the untimed verdict `Configuration file is valid`): from memory",
		why:    "a bracketed level padded before the pid in parentheses and no time; the verdict line has neither",
		entries: []worldEntry{
			we("", Notice, "", "[NOTICE]   (41207) : haproxy version is 2.8.11-01c1056"),
			we("", Warn, "", "[WARNING]  (41207) : config : parsing [/etc/haproxy/haproxy.cfg:57] : 'option httplog' not usable with proxy 'be_redis' (needs 'mode http'). Falling back to 'option tcplog'."),
			we("", Alert, "", "[ALERT]    (41207) : config : parsing [/etc/haproxy/haproxy.cfg:81] : unknown keyword 'bakend' out of section."),
			we("", Unknown, "", "Configuration file is valid"),
		},
	},
	{
		name:   "nginx-agent-v2-logrus",
		source: "NGINX Agent 2 (nginx/agent, logrus's text formatter: `time=\"RFC 3339\" level=info msg=\"…\"`): from memory",
		why:    "logrus key=value with a quoted RFC 3339 time in UTC and a level key; no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="NGINX Agent v2.38.0 at 6e7a1c2 with pid 3310 started on edge-cache-04 with ID 9b2f0d1e-4a7c-3b8e-a1f2-0c9d8e7b6a54"`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="Events initializing"`),
			we("2026-11-29T07:41:17Z", Warn, "", `time="2026-11-29T07:41:17Z" level=warning msg="Unable to read process info: open /proc/2209/status: permission denied"`),
			we("2026-11-29T07:41:21Z", Error, "", `time="2026-11-29T07:41:21Z" level=error msg="Error getting nginx stub status: Get \"http://127.0.0.1:8080/api\": dial tcp 127.0.0.1:8080: connect: connection refused"`),
		},
	},
}

func TestFresh759Formats(t *testing.T) { assertTable(t, fresh759Cases) }
func TestFresh759Score(t *testing.T) {
	checkScore(t, "fresh759 formats", fresh759Cases, [worldNumFields]float64{94.9, 94.9, 94.9, 92.4})
}
