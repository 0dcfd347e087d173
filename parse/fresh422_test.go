package parse

import "testing"

// The four-hundred-and-twenty-second fresh table: web servers and proxies, a further pass. Error
// and console logs of self-hosted reverse proxies, their tunnels and WAFs in configurations no
// earlier table holds. Each family is one product's documented or observed output: Anubis (the
// proof-of-work reverse proxy) as Go slog JSON under a docker compose prefix, and the same read
// back from the journal on a +08:00 machine; BunkerWeb's scheduler with its emoji level names and
// a `%z` offset in brackets; Pangolin's winston console (`ISO+00:00 [level]: msg`) under compose;
// its tunnel client Newt under `docker compose logs -t` (Docker's stamp, then `LEVEL: yyyy/MM/dd
// HH:mm:ss msg`); its relay Gerbil under compose without -t; static-web-server's tracing lines
// (with --log-remote-address) read from the journal; nginx-ui's docker console, where GORM's
// two-line SQL traces, zap's tab-separated console lines, Gin's lines and the bundled nginx's
// access lines meet.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`tinyproxy`, `privoxy`, `dante`, `sockd`, `stunnel`, `mitmproxy`, `krakend`, `frp`,
// `ngrok`, `linkerd`, `nghttpx`, `trafficserver`, `diags.log`, `oauth2-proxy`,
// `nginx proxy manager`, `nginx-proxy-manager`, `› ℹ`, `zoraxy`, `tyk`, `passenger`, `uwsgi`,
// `openlitespeed`, `hiawatha`, `lighttpd`, `h2o`, `pingora`, `sozu`, `polipo`, `3proxy`, `pound`,
// `hitch`, `cherokee`, `angie`, `nginx unit`, `unitd`, `skipper`, `fabio`, `apisix`, `kong`,
// `varnishlog`, `varnishncsa`, `log_forensic`, `envoy`, `traefik`, `caddy`, `haproxy`, `squid`,
// `tomcat`, `jetty`, `iis`, `httperr`, `cloudflared`, `pomerium`, `yaws`, `mongoose`, `monkey`,
// `thttpd`, `webrick`, `puma`, `daphne`, `tornado`, `cherrypy`, `waitress`, `twisted`,
// `hypercorn`, `granian`, `mod_jk`, `store.log`, `mcpd`, `netscaler`, `yarp`, `kestrel`,
// `morgan`, `actix`, `undertow`, `mongrel2`, `werkzeug`, `cloudfront`, `fastly`, `akamai`, `kemp`,
// `bigip`, `lwan`, `kore`, `openresty`, `tengine`, `frankenphp`, `nginx-gateway`, `kgateway`,
// `gloo`, `contour`, `istio`, `ztunnel`, `kamal`, `thruster`, `rathole`, `chisel`, `hysteria`,
// `ferron`, `anubis`, `TecharoHQ`, `bunkerweb`, `[GENERATOR.`, `[ℹ️`, `[⚠️`, `[❌`, `pangolin`,
// `newt`, `gerbil`, `+00:00 [info]:`, `INFO: 20`, `static-web-server`, `static_web_server`,
// `miniserve`, `nginx-ui`, `0xJacky`, `[rows:`, `sablier`, `pingap`, `zrok`, `inlets`, `piko`,
// `] [proxy:error]`, `nginx: 20`). Anubis, BunkerWeb, Pangolin, Gerbil, static-web-server and
// nginx-ui are in no table (`newt` matches only other words); GORM's `[rows:N]` trace is in
// earlier tables under other products, never mixed with zap and Gin in nginx-ui's console. Left
// out as measured already: every product of the list above that an earlier table holds (HAProxy,
// nginx, Apache, Caddy, Traefik, Envoy, Squid, Varnish, Traffic Server, Sōzu, Zoraxy, Pingora and
// the rest); left out for want of a confirmed layout: Ferron, kamal-proxy, Pingap, Sablier,
// miniserve. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Anubis's slog time is RFC 3339 with nanoseconds, in Z under compose and at
// +08:00 on the journal machine, whose journal header is the same instant in local time without a
// zone (taken as UTC, so either is accepted); BunkerWeb's `[2026-11-29 08:41:16 +0100]` is
// converted; Pangolin's `+00:00` is UTC; Newt's own `yyyy/MM/dd HH:mm:ss` and Docker's stamp are
// the same second, either accepted; Gerbil's own stamp is its only time; static-web-server's
// tracing stamp and the journal's are the same second; nginx-ui's container runs at +08:00: the
// nginx access line's `+0800` is converted, while GORM's, zap's and Gin's zone-less local stamps are
// taken as UTC (so they are not the nginx line's instant, as the rules say). Levels only where the
// line marks one: slog's level key, BunkerWeb's emoji names (ℹ️ info, ⚠️ warning, ❌ error, 🐛
// debug, 🚨 critical), winston's `[warn]`, Newt's and Gerbil's `INFO:`-style word, tracing's
// column, zap's column; GORM's trace, Gin's line and the nginx access line carry none. The host
// is the record's host field: the journal header's name; Anubis's `"host"` key is the request's
// HTTP Host and `x-real-ip` a client, no host; a compose service name is no host. A record that
// spans lines is one entry: BunkerWeb's error with its Python traceback, GORM's file:line line
// with its `[ms] [rows:N] SQL` line (each GORM record opens with an empty line, fed and not scored).
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit a5d732f before any rule for it: level 87.5 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 85.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at a5d732f with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right (both Anubis families, Pangolin, Newt, Gerbil, static-web-server in the
// journal and nginx-ui's mixed console); the one gap is BunkerWeb's emoji level names, read as no
// level.

var fresh422Cases = []worldCase{
	{
		name:   "anubis-slog-json-compose",
		source: "Anubis (TecharoHQ/anubis 1.2x) under docker compose: Go slog's JSONHandler with AddSource, one object a line (`time` RFC 3339 with nanoseconds, `level`, a nested `source` object of function/file/line, `msg`, then the request's subsystem, host, method, path, user_agent, accept_language, priority, x-forwarded-for, x-real-ip, challenge, check_result) behind compose's `anubis  | ` prefix: TecharoHQ/anubis issues #1057 and #1523 (pasted lines); the listening and proxy-error lines from memory",
		why:    "a compose prefix before a JSON object; the level key is upper case; `\"host\"` is the HTTP Host of the request and x-real-ip a client, neither the record's host; the nested source.line and the challenge's UUIDv7 are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:02.004817233Z", Info, "", `anubis  | {"time":"2026-11-29T07:41:02.004817233Z","level":"INFO","source":{"function":"main.main","file":"github.com/TecharoHQ/anubis/cmd/anubis/main.go","line":468},"msg":"listening","url":"http://localhost:8923","difficulty":4,"serveRobotsTXT":false,"target":"http://forgejo:3000","version":"v1.22.0"}`),
			we("2026-11-29T07:41:16.171470316Z", Info, "", `anubis  | {"time":"2026-11-29T07:41:16.171470316Z","level":"INFO","source":{"function":"github.com/TecharoHQ/anubis/lib.(*Server).issueChallenge","file":"github.com/TecharoHQ/anubis/lib/anubis.go","line":137},"msg":"new challenge issued","subsystem":"anubis","host":"git.fernhill.example","method":"GET","path":"/marta/quarry/commits/branch/main","user_agent":"Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0","accept_language":"de-DE,de;q=0.8","priority":"u=0, i","x-forwarded-for":"203.0.113.41","x-real-ip":"172.24.0.5","challenge":"019ad2f1-6c3e-7a41-9b2d-4e8f0c1a7d55"}`),
			we("2026-11-29T07:41:19.880214902Z", Error, "", `anubis  | {"time":"2026-11-29T07:41:19.880214902Z","level":"ERROR","source":{"function":"github.com/TecharoHQ/anubis/lib.(*Server).PassChallenge","file":"github.com/TecharoHQ/anubis/lib/anubis.go","line":489},"msg":"challenge failed","subsystem":"anubis","host":"git.fernhill.example","method":"GET","path":"/.within.website/x/cmd/anubis/api/pass-challenge","user_agent":"Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0","accept_language":"de-DE,de;q=0.8","priority":"u=0, i","x-forwarded-for":"203.0.113.41","x-real-ip":"172.24.0.5","check_result":{"name":"bot/generic-browser","rule":"CHALLENGE","weight":10},"challenge":"019ad2f1-6c3e-7a41-9b2d-4e8f0c1a7d55","err":"challenge: error when processing challenge: validate: challenge: user failed challenge: wanted 4 leading zeros but got 00a7c3e1"}`),
			we("2026-11-29T07:41:24.513009871Z", Warn, "", `anubis  | {"time":"2026-11-29T07:41:24.513009871Z","level":"WARN","source":{"function":"github.com/TecharoHQ/anubis/lib.(*Server).maybeReverseProxy","file":"github.com/TecharoHQ/anubis/lib/anubis.go","line":214},"msg":"Proxy error","subsystem":"anubis","host":"git.fernhill.example","method":"GET","path":"/api/v1/repos/search","err":"dial tcp 172.24.0.9:3000: connect: connection refused"}`),
		},
	},
	{
		name:   "anubis-journal-json-local-offset",
		source: "Anubis packaged as anubis@.service and read with journalctl on a machine at +08:00 (the journal's `Mmm dd HH:mm:ss host anubis[pid]: ` in local time, then slog's JSON with a +08:00 offset): AOSC-Dev/aosc-os-abbs PR #11561 (systemctl status of anubis@main with the journal lines); the request line's keys as in TecharoHQ/anubis issue #1523; the DEBUG line from memory",
		why:    "the journal's zone-less local time and slog's +08:00 time are the same instant, either accepted; the journal's name is the host, not the JSON's HTTP host",
		entries: []worldEntry{
			we("2026-11-29T07:41:53.739624417Z|2026-11-29T15:41:53Z", Warn, "edge-02", `Nov 29 15:41:53 edge-02 anubis[28561]: {"time":"2026-11-29T15:41:53.739624417+08:00","level":"WARN","source":{"function":"github.com/TecharoHQ/anubis/lib/policy.ParseConfig","file":"/build/anubis/lib/policy/policy.go","line":121},"msg":"You have specified a Thoth specific check but you have no Thoth client configured. Please read https://anubis.techaro.lol/docs/admin/thoth for more information","check":"asn","settings":{"match":[64500,64511]}}`),
			we("2026-11-29T07:41:53.745374451Z|2026-11-29T15:41:53Z", Info, "edge-02", `Nov 29 15:41:53 edge-02 anubis[28561]: {"time":"2026-11-29T15:41:53.745374451+08:00","level":"INFO","source":{"function":"main.main","file":"/build/anubis/cmd/anubis/main.go","line":468},"msg":"listening","url":"http://localhost:8923","difficulty":4,"serveRobotsTXT":true,"target":"unix:///run/hydra/hydra.sock","version":"1.22.0"}`),
			we("2026-11-29T07:42:07.012377140Z|2026-11-29T15:42:07Z", Info, "edge-02", `Nov 29 15:42:07 edge-02 anubis[28561]: {"time":"2026-11-29T15:42:07.01237714+08:00","level":"INFO","source":{"function":"github.com/TecharoHQ/anubis/lib.(*Server).issueChallenge","file":"/build/anubis/lib/anubis.go","line":137},"msg":"new challenge issued","subsystem":"anubis","host":"hydra.fernhill.example","method":"GET","path":"/build/48211","user_agent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36","accept_language":"zh-CN,zh;q=0.9","priority":"u=0, i","x-forwarded-for":"198.51.100.77","x-real-ip":"127.0.0.1","challenge":"019ad318-0b4c-7e52-8f61-2a9d3c7b1e04"}`),
			we("2026-11-29T07:42:09.300851006Z|2026-11-29T15:42:09Z", Debug, "edge-02", `Nov 29 15:42:09 edge-02 anubis[28561]: {"time":"2026-11-29T15:42:09.300851006+08:00","level":"DEBUG","source":{"function":"github.com/TecharoHQ/anubis/lib.(*Server).PassChallenge","file":"/build/anubis/lib/anubis.go","line":531},"msg":"challenge passed, redirecting to app","subsystem":"anubis","host":"hydra.fernhill.example","elapsedTime":2114,"redir":"/build/48211"}`),
		},
	},
	{
		name:   "bunkerweb-scheduler-emoji-levels",
		gap:    "trawl reads the bracketed `[2026-11-29 08:41:16 +0100]` time and joins the traceback, but no level: the emoji level names in brackets after the pid (`[ℹ️ ]`, `[⚠️ ]`, `[❌]`, `[🐛]`, `[🚨]`) are not read as info, warning, error, debug and critical",
		source: "BunkerWeb 1.6's scheduler read with `docker logs bw-scheduler` in a container with TZ=Europe/Paris (src/common/utils/logger.py in bunkerity/bunkerweb: LOG_FORMAT `%(asctime)s [%(name)s] [%(process)d] [%(levelname)s] - %(message)s`, DATE_FORMAT `[%Y-%m-%d %H:%M:%S %z]`, level names replaced by emoji with addLevelName: 🚨 critical, 🐛 debug, ❌ error, `ℹ️ ` info, `⚠️ ` warning); bunkerity/bunkerweb issue #2347 (GENERATOR.SAVE_CONFIG lines); the traceback after an error from memory",
		why:    "the time with a +0100 offset inside brackets, then the logger's name and the pid in brackets; the level is an emoji in brackets (info and warning padded with a space); a Python traceback belongs to the error above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 08:41:16 +0100] [SCHEDULER] [412] [ℹ️ ] - Scheduler started ..."),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29 08:41:17 +0100] [GENERATOR.SAVE_CONFIG] [433] [ℹ️ ] - Computed 41 core plugins"),
			we("2026-11-29T07:41:17Z", Debug, "", "[2026-11-29 08:41:17 +0100] [GENERATOR.SAVE_CONFIG] [433] [🐛] - Checking if the database is initialized ..."),
			we("2026-11-29T07:41:19Z", Warn, "", "[2026-11-29 08:41:19 +0100] [SCHEDULER] [412] [⚠️ ] - Couldn't get the status of BunkerWeb instance bunkerweb-2:5000, retrying in 5 seconds ..."),
			we("2026-11-29T07:41:24Z", Error, "",
				"[2026-11-29 08:41:24 +0100] [SCHEDULER] [412] [❌] - Exception while sending the configuration to instance bunkerweb-2:5000 :",
				"Traceback (most recent call last):",
				`  File "/usr/share/bunkerweb/scheduler/main.py", line 318, in send_nginx_configs`,
				"    ret = SCHEDULER.send_files(CONFIG_PATH, \"/confs\")",
				"ConnectionRefusedError: [Errno 111] Connection refused"),
			we("2026-11-29T07:41:31Z", Critical, "", "[2026-11-29 08:41:31 +0100] [SCHEDULER] [412] [🚨] - No BunkerWeb instance is reachable, stopping the scheduler"),
		},
	},
	{
		name:   "pangolin-compose-winston",
		source: "Pangolin's server (fosrl/pangolin, Node with winston's console format `YYYY-MM-DDTHH:mm:ss+00:00 [level]: message`) under docker compose's `pangolin  | ` prefix: fosrl/pangolin issue #2375 (a compose log with pangolin, gerbil and newt lines); the error and debug lines from memory",
		why:    "an ISO 8601 time with +00:00 after the compose prefix; the level is a lower-case word in brackets with a colon after it; the site number and the key in the message are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:37Z", Warn, "", "pangolin  | 2026-11-29T07:41:37+00:00 [warn]: handleGetConfigMessage: Site 4 last hole punch is too old, skipping"),
			we("2026-11-29T07:41:42Z", Info, "", "pangolin  | 2026-11-29T07:41:42+00:00 [info]: Handling ping request newt message!"),
			we("2026-11-29T07:41:42Z", Info, "", "pangolin  | 2026-11-29T07:41:42+00:00 [info]: Sticking with previously connected node: Exit Node rQ7vKm2p (3 ms), latency diff = 0.0ms / NaN%."),
			we("2026-11-29T07:41:45Z", Error, "", "pangolin  | 2026-11-29T07:41:45+00:00 [error]: Failed to update exit node hn3x9c: connect ECONNREFUSED 172.18.0.4:3003"),
			we("2026-11-29T07:41:46Z", Debug, "", "pangolin  | 2026-11-29T07:41:46+00:00 [debug]: Verifying resource session for dav.fernhill.example"),
		},
	},
	{
		name:   "newt-compose-docker-timestamps",
		source: "Newt, Pangolin's tunnel client (fosrl/newt), read with `docker compose logs -t`: compose's `newt  | ` prefix, Docker's RFC 3339 nanosecond stamp, then Newt's own `LEVEL: yyyy/MM/dd HH:mm:ss msg`: fosrl/newt issue #100 (the INFO lines), fosrl/pangolin issue #1255 (the failed-connect message); the WARN, ERROR and DEBUG words from memory",
		why:    "the compose prefix, Docker's stamp and Newt's slashed stamp of the same second, either accepted; the level word with a colon between Docker's stamp and Newt's",
		entries: []worldEntry{
			we("2026-11-29T07:44:21.498578348Z|2026-11-29T07:44:21Z", Info, "", "newt  | 2026-11-29T07:44:21.498578348Z INFO: 2026/11/29 07:44:21 Websocket connected"),
			we("2026-11-29T07:44:21.539828344Z|2026-11-29T07:44:21Z", Info, "", "newt  | 2026-11-29T07:44:21.539828344Z INFO: 2026/11/29 07:44:21 Connecting to endpoint: pangolin.fernhill.example"),
			we("2026-11-29T07:44:22.004133871Z|2026-11-29T07:44:22Z", Debug, "", "newt  | 2026-11-29T07:44:22.004133871Z DEBUG: 2026/11/29 07:44:22 Received ping response from 100.89.128.1 in 31.4ms"),
			we("2026-11-29T07:46:02.198107490Z|2026-11-29T07:46:02Z", Warn, "", "newt  | 2026-11-29T07:46:02.198107490Z WARN: 2026/11/29 07:46:02 Periodic ping failed (3 consecutive failures)"),
			we("2026-11-29T07:46:05.228358567Z|2026-11-29T07:46:05Z", Error, "", "newt  | 2026-11-29T07:46:05.228358567Z ERROR: 2026/11/29 07:46:05 Failed to connect: failed to connect to WebSocket: websocket: bad handshake. Retrying in 3s..."),
		},
	},
	{
		name:   "gerbil-compose-plain",
		source: "Gerbil, Pangolin's WireGuard relay with its SNI proxy mappings (fosrl/gerbil), under `docker compose logs` without -t: compose's padded `gerbil    | ` prefix, then `LEVEL: yyyy/MM/dd HH:mm:ss msg`: fosrl/pangolin issue #2375; the WARN and ERROR lines from memory",
		why:    "the level word comes before the slashed date; the address mappings and the WireGuard IP are no times and no host",
		entries: []worldEntry{
			we("2026-11-29T07:44:35Z", Info, "", "gerbil    | INFO: 2026/11/29 07:44:35 Updated 2 proxy mappings: 100.89.128.4:59046 -> 100.89.128.4:59046"),
			we("2026-11-29T07:44:40Z", Info, "", "gerbil    | INFO: 2026/11/29 07:44:40 Cleared 0 sessions for WG IP: 10.20.245.1"),
			we("2026-11-29T07:44:52Z", Warn, "", "gerbil    | WARN: 2026/11/29 07:44:52 Failed to get peer bandwidth for mpk1v0Q3: no such peer"),
			we("2026-11-29T07:45:01Z", Error, "", "gerbil    | ERROR: 2026/11/29 07:45:01 Failed to report peer bandwidth: Post \"http://pangolin:3001/api/v1/gerbil/receive-bandwidth\": dial tcp 172.18.0.3:3001: connect: connection refused"),
		},
	},
	{
		name:   "static-web-server-journal-remote-addr",
		source: "static-web-server 2.3x run by a systemd unit with `-g info --log-remote-address` and read with journalctl (the journal's `Mmm dd HH:mm:ss host static-web-server[pid]: ` before tracing's `yyyy-MM-ddTHH:mm:ss.ffffffZ  LEVEL target: msg`, `incoming request: method=… uri=… remote_addr=…`): static-web-server/static-web-server PRs #542 and #112 (the lines on a terminal); under the journal, and the WARN and ERROR lines, from memory",
		why:    "the journal's time and host, then tracing's stamp of the same second; the level is tracing's padded column; remote_addr is a client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.901636Z|2026-11-29T07:41:16Z", Info, "web3", "Nov 29 07:41:16 web3 static-web-server[812]: 2026-11-29T07:41:16.901636Z  INFO static_web_server::server: server bound to tcp socket [::]:8787"),
			we("2026-11-29T07:41:16.901995Z|2026-11-29T07:41:16Z", Info, "web3", "Nov 29 07:41:16 web3 static-web-server[812]: 2026-11-29T07:41:16.901995Z  INFO static_web_server::server: runtime worker threads: 4"),
			we("2026-11-29T07:41:24.519540Z|2026-11-29T07:41:24Z", Info, "web3", "Nov 29 07:41:24 web3 static-web-server[812]: 2026-11-29T07:41:24.519540Z  INFO static_web_server::handler: incoming request: method=GET uri=/docs/ remote_addr=192.0.2.126:57625"),
			we("2026-11-29T07:41:25.044871Z|2026-11-29T07:41:25Z", Warn, "web3", "Nov 29 07:41:25 web3 static-web-server[812]: 2026-11-29T07:41:25.044871Z  WARN static_web_server::handler: file not found: \"/srv/www/docs/favicon.ico\""),
			we("2026-11-29T07:41:31.700213Z|2026-11-29T07:41:31Z", Error, "web3", "Nov 29 07:41:31 web3 static-web-server[812]: 2026-11-29T07:41:31.700213Z ERROR static_web_server::server: error during server execution: Too many open files (os error 24)"),
		},
	},
	{
		name:   "nginx-ui-docker-console",
		source: "nginx-ui (0xJacky/nginx-ui) in its docker image with TZ=Asia/Shanghai, read with `docker logs`: GORM's trace (log.New with a CRLF prefix and LstdFlags: an empty line, `yyyy/MM/dd HH:mm:ss file.go:line [msg]`, then `[ms] [rows:N] SQL`), zap's console encoder (`yyyy-MM-dd HH:mm:ss`, a tab, LEVEL, a tab, caller, a tab, msg), Gin's `[GIN] yyyy/MM/dd - HH:mm:ss | status | latency | addr | METHOD \"path\"` and the bundled nginx's access line with +0800: 0xJacky/nginx-ui issue #182 (a pasted console); the INFO line from memory",
		why:    "four loggers on one stream: the zone-less local stamps of GORM, zap and Gin are taken as UTC while nginx's +0800 is converted; GORM's two lines are one record and carry no level; zap's level column; Gin's and nginx's client addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T15:40:02Z", Info, "", "2026-11-29 15:40:02\tINFO\tcron/auto_cert.go:21\tAutoCert Worker Started"),
			wskip(""),
			we("2026-11-29T15:41:21Z", Unknown, "",
				"2026/11/29 15:41:21 /home/runner/work/nginx-ui/nginx-ui/query/sites.gen.go:323",
				"[0.051ms] [rows:0] SELECT * FROM `sites` WHERE `sites`.`path` = \"/etc/nginx/sites-available/media.fernhill.example\" AND `sites`.`deleted_at` IS NULL ORDER BY `sites`.`id` LIMIT 1"),
			wskip(""),
			we("2026-11-29T15:41:21Z", Unknown, "",
				"2026/11/29 15:41:21 /home/runner/work/nginx-ui/nginx-ui/model/cert.go:31 record not found",
				"[0.069ms] [rows:0] SELECT * FROM `certs` WHERE `certs`.`filename` = \"media.fernhill.example\" AND `certs`.`deleted_at` IS NULL ORDER BY `certs`.`id` LIMIT 1"),
			we("2026-11-29T15:41:21Z", Warn, "", "2026-11-29 15:41:21\tWARN\tapi/domain.go:129\tcert record not found"),
			we("2026-11-29T15:41:21Z", Unknown, "", `[GIN] 2026/11/29 - 15:41:21 | 200 |    7.402118ms |   198.51.100.201 | GET      "/api/domain/media.fernhill.example"`),
			we("2026-11-29T07:41:21Z", Unknown, "", `198.51.100.201 - - [29/Nov/2026:15:41:21 +0800] "GET /api/domain/media.fernhill.example HTTP/1.1" 200 5087 "http://192.0.2.10:9000/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36" "-"`),
			we("2026-11-29T15:41:29Z", Error, "", "2026-11-29 15:41:29\tERROR\tnginx/nginx.go:48\tnginx: [emerg] unknown directive \"proxy_pas\" in /etc/nginx/sites-enabled/media.fernhill.example:14"),
		},
	},
}

func TestFresh422Formats(t *testing.T) { assertTable(t, fresh422Cases) }
func TestFresh422Score(t *testing.T) {
	checkScore(t, "fresh422 formats", fresh422Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 99.9})
}
