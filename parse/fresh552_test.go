package parse

import "testing"

// The five-hundred-and-fifty-second fresh table: web servers and proxies, a further pass: forward
// and reverse proxies, an auth proxy in front of nginx and an HTTP server library, in the shapes
// their logs take when people paste them into tickets, none of them in an earlier table. Each
// family is one product's documented or observed output: proxy.py's default log format
// (`date time,ms - pid:N [I] module.func:line - msg`, its access lines and a traceback under an
// `[E]`); lets-proxy2 on a terminal (the config loader's zap JSON lines with an epoch `ts`, then
// zap's tab-separated console lines), its own log file (with `dpanic` lines) and its container read
// with `docker logs -t` (Docker's stamp before Go's net/http lines and zap's); lets-proxy v1's
// logrus text at +03:00 between Go's zone-less local lines; proxydetox's tracing lines with the
// uptime timer; Erlang/OTP inets httpd's ErrorLog (`[29/Nov/2026:08:41:16 +0100] access to … failed
// for …, reason: …`, a wrapped `~p` term); Vouch Proxy's zap JSON with its per-request line.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `nginx`, `apache`, `httpd`, `haproxy`, `envoy`, `traefik`, `varnish`,
// `squid`, `lighttpd`, `traffic server`, `trafficserver`, `traffic.out`, `diags.log`, `kong`, `tyk`,
// `krakend`, `apisix`, `openresty`, `h2o`, `cherokee`, `hiawatha`, `thttpd`, `monkey`, `pound`,
// `hitch`, `stunnel`, `skipper`, `pomerium`, `oauth2-proxy`, `oathkeeper`, `gloo`, `emissary`,
// `contour`, `istio`, `linkerd`, `nuster`, `tengine`, `angie`, `freenginx`, `lwan`, `mongoose`,
// `civetweb`, `cloudfront`, `fastly`, `akamai`, `front door`, `frontdoor`, `elb`, `alb`,
// `tinyproxy`, `privoxy`, `polipo`, `3proxy`, `dante`, `ziproxy`, `modsecurity`, `websphere`,
// `iis`, `jetty`, `undertow`, `gunicorn`, `uwsgi`, `puma`, `unicorn`, `passenger`, `kestrel`,
// `cowboy`, `yaws`, `nghttpx`, `pingora`, `sozu`, `zuul`, `spring cloud gateway`, `gravitee`,
// `wso2`, `3scale`, `express gateway`, `ambassador`, `mercure`, `frps`, `frpc`, `ngrok`,
// `cloudflared`, `bunkerweb`, `nginx proxy manager`, `varnishncsa`, `varnishlog`,
// `openlitespeed`, `litespeed`, `caddy`, `darkhttpd`, `mini_httpd`, `busybox`, `webfs`, `resin`,
// `glassfish`, `wildfly`, `pingap`, `zoraxy`, `goaccess`, `bfe`, `bfe_`, `sws`,
// `static-web-server`, `miniserve`, `ferron`, `rpxy`, `nginx unit`, `swag`, `apache2`, `mod_jk`,
// `tomcat`, `gorouter`, `fabio`, `vulcand`, `nginx-ingress`, `ingress-nginx`, `haproxy-ingress`,
// `kgateway`, `higress`, `easegress`, `lura`, `gatus`, `janus`, `webhookd`, `bunny`, `bunnycdn`,
// `keycdn`, `cdn77`, `stackpath`, `edgio`, `limelight`, `cloudflare`, `mojolicious`, `mojo`,
// `hypnotoad`, `starman`, `plack`, `thin`, `webrick`, `falcon`, `iodine`, `agoo`, `roadrunner`,
// `frankenphp`, `swoole`, `workerman`, `Development Server`, `php -S`, `http.server`,
// `http-server`, `live-server`, `vite`, `hypercorn`, `uvicorn`, `granian`, `waitress`, `daphne`,
// `tornado`, `werkzeug`, `cherrypy`, `twisted`, `naviserver`, `aolserver`, `roxen`, `boa`,
// `abyss`, `xitami`, `g-wan`, `gwan`, `kore`, `drogon`, `trantor`, `crow`, `pistache`, `oat++`,
// `oatpp`, `libmicrohttpd`, `poco`, `uwebsockets`, `phoenix`, `inets`, `warp`, `actix`, `rocket`,
// `tower_http`, `[GIN]`, `gin-debug`, `fiber`, `mitmproxy`, `charles`, `fiddler`, `gobetween`,
// `crossroads`, `seesaw`, `apache shenyu`, `shenyu`, `ocelot`, `yarp`, `apigee`, `apigateway`,
// `api gateway`, `zuplo`, `incapsula`, `imperva`, `sucuri`, `apt-cacher`, `apt-cacher-ng`,
// `acng`, `squid-deb`, `lancache`, `souin`, `gost`, `glider`, `clash`, `v2ray`, `xray`,
// `proxy.py`, `smokescreen`, `cntlm`, `px-proxy`, `genotrance`, `wwwoffle`, `proxychains`,
// `redbird`, `http-proxy`, `hipache`, `nginx ui`, `nginx-ui`, `cloud cdn`, `azure cdn`,
// `datastream`, `helidon`, `open liberty`, `messages.log`, `tomee`, `netty`, `vert.x`, `vertx`,
// `quarkus`, `micronaut`, `ktor`, `javalin`, `dropwizard`, `grizzly`, `armeria`, `finagle`,
// `akka-http`, `http4s`, `sanic`, `fastapi`, `starlette`, `bottle`, `aiohttp`, `gevent`,
// `meinheld`, `bjoern`, `mod_wsgi`, `express`, `morgan`, `koa`, `hapi`, `fastify`, `pino`,
// `nestjs`, `deno`, `fly.io`, `flyctl`, `heroku`, `heroku[router]`, `at=info method=`, `vercel`,
// `netlify`, `ghostunnel`, `sslh`, `vouch`, `authelia`, `rathole`, `chisel`, `zrok`,
// `localtunnel`, `sish`, `athens`, `gomods`, `INFO[`, `http-method=`, `incoming request`,
// `handler: GET`, `traffic control`, `traffic_ops`, `traffic router`, `qtype=`, `trafficcontrol`,
// `grove`, `bozohttpd`, `relayd`, `openbsd httpd`, `althttpd`, `quark`, `uhttpd`, `goahead`,
// `httperr`, `application gateway`, `tmm[`, `big-ip`, `netscaler`, `kemp`, `fortiweb`,
// `trickster`, `dockergen`, `docker-gen`, `nginx-proxy`, `dataplaneapi`, `dragonfly`, `godoxy`,
// `kamal-proxy`, `hoverfly`, `olric`, `vcap_request_id`, `[RTR`, `ConfigProxy`,
// `configurable-http-proxy`, `saucelabs`, `forwarder[`, `[proxy] [`, `config-file=`, and the
// eight chosen: `proxy.py`, `pid:`, `lets-proxy`, `rekby`, `tlslistener`, `cert_manager`,
// `TLS handshake error`, `have no certificate`, `Temporary skip domain`, `dpanic`, `proxydetox`,
// `paclib`, `find_proxy`, `] access to`, `access to /`, `failed for 10`, `server crash for`,
// `reporting error:`, `mod_log`, `CaptureWriter`, `avgLatency`. None of the eight is in any table:
// `pid:` matches only other products' messages and prefixes; `TLS handshake error` only other Go
// servers; `dpanic` only other zap users; `inets` only IIS's inetsrv paths; `vouch` only grep lists
// and "voucher"; `mod_log` only Apache's mod_log_config and ProFTPD. Left out as measured already:
// every product of the list above that an earlier table holds (nginx, Apache, Caddy, Traefik, Envoy,
// HAProxy, Varnish, Squid, Traffic Server, Traffic Control, Kong, Tyk, the CDN and cloud
// load-balancer logs, the Python, Ruby, PHP, Java, Rust, Go and C++ servers, Athens, whose
// `INFO[7:41AM]:` lines an earlier table holds, configurable-http-proxy, Cloud Foundry's router
// lines, Sauce Labs' Forwarder inside Sauce Connect, Px, Cntlm, ghostunnel). Left out for want of
// a confirmed layout: Smokescreen, Trickster, Pingap, Ferron, kamal-proxy. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). proxy.py's `2026-11-29 07:41:16,204` has no zone and is taken as UTC;
// zap's JSON `ts` is epoch seconds and its console time ends in Z; under `docker logs -t` Docker's
// stamp and the line's own time of the same second are both accepted; lets-proxy v1's logrus
// `+03:00` is converted, while Go's `2026/11/29 10:41:03` beside it is local time with no zone and
// is taken as UTC (so it is not the logrus line's instant, as the rules say); proxydetox's
// `44.155919000s` is seconds since start, so its records have no time; inets' `+0100` is
// converted. Levels only where the line marks one: proxy.py's bracketed letter (I W E), zap's
// level key and column (dpanic is Critical), logrus's level=, tracing's padded column; Go's
// net/http lines and inets' error log carry none (`reporting error:` is the message). The host is
// the record's host field, and none of these lines has one: the access lines' clients and
// upstreams, the handshake's client, the `domain` field, Vouch's `host` key (the request's HTTP
// Host) and `ipPort`, the address after `failed for` are peers or names in the message. A record
// that spans lines is one entry: proxy.py's `[E]` with its Python traceback, an inets reason term
// that `~p` wrapped onto an indented line; proxydetox's indented lines are records of their own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory. Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit a457dc5 before any rule for it: level 97.5 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 97.8 %, time 100.0 %, host 100.0 %, records 100.0 %), in
// a worktree at a457dc5 with no change to trawl's code (only this file and table_test.go's list),
// 7 of 8 families fully right; the gap is inets' `reporting error:` line, whose message words
// trawl reads as an error level though the line marks none.

var fresh552Cases = []worldCase{
	{
		name:   "proxy-py-default-log-format",
		source: "proxy.py (abhinavsingh/proxy.py) on stderr with its DEFAULT_LOG_FORMAT `%(asctime)s - pid:%(process)d [%(levelname)-.1s] %(module)s.%(funcName)s:%(lineno)d - %(message)s` and its access-log formats (`{client_ip}:{client_port} - {request_method} {server_host}:{server_port}{request_path} - {response_code} {response_reason} - {response_bytes} bytes - {connection_time_ms}ms`): proxy/common/constants.py (found with find_string); abhinavsingh/proxy.py issues #909 and #920 (access logs)",
		why:    "Python's comma before the milliseconds; `pid:8211` before a one-letter level in brackets (I W E); the client and upstream in the access line are peers, no host; a logged exception carries its traceback",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 - pid:8211 [I] plugins.load:85 - Loaded plugin proxy.http.proxy.HttpProxyPlugin"),
			we("2026-11-29T07:41:16.206Z", Info, "", "2026-11-29 07:41:16,206 - pid:8211 [I] listener.listen:78 - Listening on 127.0.0.1:8899"),
			we("2026-11-29T07:41:16.219Z", Info, "", "2026-11-29 07:41:16,219 - pid:8211 [I] pool.setup:105 - Started 4 acceptors in threadless (local) mode"),
			we("2026-11-29T07:41:22.518Z", Info, "", "2026-11-29 07:41:22,518 - pid:8214 [I] server.access_log:384 - 127.0.0.1:51822 - CONNECT pypi.corp-mirror.example:443 - 48213 bytes - 1204.51ms"),
			we("2026-11-29T07:41:23.007Z", Info, "", "2026-11-29 07:41:23,007 - pid:8214 [I] server.access_log:384 - 127.0.0.1:51830 - GET deb.corp-mirror.example:80/debian/dists/bookworm/InRelease - 200 OK - 162880 bytes - 311.72ms"),
			we("2026-11-29T07:41:24.130Z", Warn, "", "2026-11-29 07:41:24,130 - pid:8215 [W] server.connect_upstream:612 - Unable to connect with upstream 10.9.0.4:3128 due to [Errno 111] Connection refused"),
			we("2026-11-29T07:41:25.771Z", Error, "",
				"2026-11-29 07:41:25,771 - pid:8215 [E] handler.handle_readables:270 - Exception while receiving from client connection with reason ConnectionResetError(104, 'Connection reset by peer')",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3/dist-packages/proxy/http/handler.py", line 266, in handle_readables`,
				"    data = self.work.recv(self.flags.client_recvbuf_size)",
				"ConnectionResetError: [Errno 104] Connection reset by peer"),
		},
	},
	{
		name:   "lets-proxy2-console-startup-json",
		source: "lets-proxy2 (rekby/lets-proxy2) run on a terminal: the config loader's zap JSON lines (`{\"level\":\"info\",\"ts\":epoch.frac,\"caller\":…,\"msg\":…}`) before the logger is set up, then zap's console encoder (`ISO-Z<TAB>level<TAB>file.go:N<TAB>msg<TAB>{fields}`): rekby/lets-proxy2 issue #202 (a pasted console)",
		why:    "two encodings of one logger in one stream: epoch seconds with a fraction in JSON, then an ISO time in Z and a lower-case level column; the ACME directory URL and the domain field are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.506Z", Info, "", `{"level":"info","ts":1795938076.506,"caller":"cmd/config.go:76","msg":"Read config","config_file":"config.tom[l]"}`),
			we("2026-11-29T07:41:16.515Z", Info, "", `{"level":"info","ts":1795938076.515,"caller":"cmd/config.go:182","msg":"Parse config file","config_file":"default"}`),
			we("2026-11-29T07:41:16.516Z", Info, "", "2026-11-29T07:41:16.516Z\tinfo\tcmd/log.go:71\tInitialize log on level\t{\"level\": \"info\"}"),
			we("2026-11-29T07:41:16.516Z", Info, "", "2026-11-29T07:41:16.516Z\tinfo\tcmd/main.go:110\tStartAutoRenew program version\t{\"version\": \"Version: 'v0.31.0', Os: 'linux', Arch: 'amd64'\"}"),
			we("2026-11-29T07:41:16.517Z", Info, "", "2026-11-29T07:41:16.517Z\tinfo\tcmd/main.go:125\tAcme directory\t{\"url\": \"https://acme-v02.api.letsencrypt.org/directory\"}"),
			we("2026-11-29T07:41:18.042Z", Warn, "", "2026-11-29T07:41:18.042Z\twarn\tacme_client_manager/client_manager.go:139\tCan't get acme account, retry\t{\"error\": \"Post \\\"https://acme-v02.api.letsencrypt.org/acme/new-acct\\\": dial tcp: lookup acme-v02.api.letsencrypt.org: i/o timeout\"}"),
		},
	},
	{
		name:   "lets-proxy2-log-file-dpanic",
		source: "lets-proxy2's own log file (log/lets-proxy2.log, zap's console encoder: `ISO-Z<TAB>level<TAB>file.go:N<TAB>msg<TAB>{json fields}`, levels debug info warn error dpanic): rekby/lets-proxy2 issue #134 (a grepped log file with two dpanic lines)",
		why:    "a tab-separated zap line; dpanic is Critical; the `domain` field names a certificate's domain, no host",
		entries: []worldEntry{
			we("2026-11-29T07:42:03.851Z", Debug, "", "2026-11-29T07:42:03.851Z\tdebug\tcert_manager/manager.go:190\tGet certificate\t{\"connection_id\": \"5b0f2c1e-8d3a-4e6b-9c71-2a4f0d8e6b13\", \"domain\": \"shop.harbourlights.example (punycode:shop.harbourlights.example)\"}"),
			we("2026-11-29T07:42:03.857Z", Critical, "", "2026-11-29T07:42:03.857Z\tdpanic\tcert_manager/cert-state.go:51\tMust be cert exactly one: cert or last error. Cert set as nil.\t{\"connection_id\": \"5b0f2c1e-8d3a-4e6b-9c71-2a4f0d8e6b13\", \"domain\": \"shop.harbourlights.example (punycode:shop.harbourlights.example)\", \"cert_name\": \"harbourlights.example.ecdsa\", \"certificate\": \"tls nil\"}"),
			we("2026-11-29T07:42:03.857Z", Critical, "", "2026-11-29T07:42:03.857Z\tdpanic\tcert_manager/manager.go:924\tPanic handled\t{\"connection_id\": \"5b0f2c1e-8d3a-4e6b-9c71-2a4f0d8e6b13\", \"domain\": \"shop.harbourlights.example (punycode:shop.harbourlights.example)\", \"panic\": \"runtime error: invalid memory address or nil pointer dereference\"}"),
			we("2026-11-29T07:42:04.120Z", Error, "", "2026-11-29T07:42:04.120Z\terror\tcert_manager/manager.go:260\tCan't issue certificate\t{\"connection_id\": \"5b0f2c1e-8d3a-4e6b-9c71-2a4f0d8e6b13\", \"domain\": \"shop.harbourlights.example (punycode:shop.harbourlights.example)\", \"error\": \"acme: authorization error for shop.harbourlights.example: 403 urn:ietf:params:acme:error:unauthorized\"}"),
			we("2026-11-29T07:42:09.004Z", Info, "", "2026-11-29T07:42:09.004Z\tinfo\tcert_manager/manager.go:302\tCertificate issued\t{\"domain\": \"www.harbourlights.example (punycode:www.harbourlights.example)\", \"cert_name\": \"harbourlights.example.ecdsa\"}"),
		},
	},
	{
		name:   "lets-proxy2-docker-timestamps",
		source: "lets-proxy2 in a container read with `docker logs -t` (Docker's RFC 3339 stamp with nanoseconds, then either Go's net/http `yyyy/MM/dd HH:mm:ss http: TLS handshake error from …` or zap's console line): rekby/lets-proxy2 issue #215 (a pasted `docker logs -t`)",
		why:    "Docker's stamp and the line's own time of the same second, either accepted; Go's log line carries no level; the handshake's client address is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:26.614210787Z|2026-11-29T07:41:26Z", Unknown, "", "2026-11-29T07:41:26.614210787Z 2026/11/29 07:41:26 http: TLS handshake error from 10.66.66.2:47137: have no certificate for domain"),
			we("2026-11-29T07:41:26.72798394Z|2026-11-29T07:41:26.727Z", Info, "", "2026-11-29T07:41:26.727983940Z 2026-11-29T07:41:26.727Z\tinfo\tcert_manager/manager.go:158\tDomain name normalization\t{\"connection_id\": \"07c1d2e3-f4a5-4b6c-8d7e-9f0a1b2c3d4e\", \"original\": \"\", \"domain\": \" (punycode:)\", \"error\": \"idna: invalid label \\\"\\\"\"}"),
			we("2026-11-29T07:41:26.728008897Z|2026-11-29T07:41:26.727Z", Info, "", "2026-11-29T07:41:26.728008897Z 2026-11-29T07:41:26.727Z\tinfo\ttlslistener/tlslistenershandler.go:234\tTLS Handshake\t{\"connection_id\": \"07c1d2e3-f4a5-4b6c-8d7e-9f0a1b2c3d4e\", \"error\": \"have no certificate for domain\"}"),
			we("2026-11-29T07:41:26.728014409Z|2026-11-29T07:41:26Z", Unknown, "", "2026-11-29T07:41:26.728014409Z 2026/11/29 07:41:26 http: TLS handshake error from 10.66.66.2:47138: have no certificate for domain"),
			we("2026-11-29T07:42:40.311502117Z|2026-11-29T07:42:40.311Z", Warn, "", "2026-11-29T07:42:40.311502117Z 2026-11-29T07:42:40.311Z\twarn\tcert_manager/manager.go:287\tDomain is not allowed\t{\"connection_id\": \"91a0b3c4-d5e6-4f70-8192-a3b4c5d6e7f8\", \"domain\": \"scan.invalid-host.example (punycode:scan.invalid-host.example)\"}"),
		},
	},
	{
		name:   "lets-proxy-v1-logrus-go-log",
		source: "lets-proxy v1 (rekby/lets-proxy) on a +03:00 server: logrus's text formatter (`time=\"RFC3339±hh:mm\" level=… msg=\"…\"`) interleaved with Go's net/http `yyyy/MM/dd HH:mm:ss http: TLS handshake error from …` lines in local time: rekby/lets-proxy issue #41 (a pasted console)",
		why:    "logrus's quoted time with an offset is converted; Go's log line is local time with no zone (taken as UTC, so not the logrus line's instant); logrus's level= key; Go's line has no level",
		entries: []worldEntry{
			we("2026-11-29T10:41:03Z", Unknown, "", "2026/11/29 10:41:03 http: TLS handshake error from 198.51.100.63:50878: Can't obtain acme certificate"),
			we("2026-11-29T07:41:03Z", Debug, "", `time="2026-11-29T10:41:03+03:00" level=debug msg="Haven't certificate for 'kvartira.example.ru' in memory cache"`),
			we("2026-11-29T07:41:03Z", Debug, "", `time="2026-11-29T10:41:03+03:00" level=debug msg="Certificate cache path key: 'certificates\\kvartira.example.ru.key', cert: 'certificates\\kvartira.example.ru.crt'"`),
			we("2026-11-29T07:41:03Z", Info, "", `time="2026-11-29T10:41:03+03:00" level=info msg="Have no certificate/key in cert-dir for domain 'kvartira.example.ru'"`),
			we("2026-11-29T07:41:03Z", Info, "", `time="2026-11-29T10:41:03+03:00" level=info msg="Temporary skip domain: 'kvartira.example.ru'"`),
			we("2026-11-29T10:41:03Z", Unknown, "", "2026/11/29 10:41:03 http: TLS handshake error from 198.51.100.63:50877: Domain temporary skipped"),
			we("2026-11-29T07:41:58Z", Error, "", `time="2026-11-29T10:41:58+03:00" level=error msg="Can't get certificate for domain 'kvartira.example.ru': acme: Error 400 - urn:acme:error:connection - Could not connect to kvartira.example.ru"`),
		},
	},
	{
		name:   "proxydetox-tracing-uptime",
		source: "proxydetox (kiron1/proxydetox, a PAC-evaluating Negotiate/Kerberos proxy helper) with debug logging: Rust tracing-subscriber's fmt layer with the uptime timer (`  secs.nanoss LEVEL span: target: msg key=value`): kiron1/proxydetox issue #351 (a pasted debug log)",
		why:    "the seconds since start are no time of day: every record has none; the level column is padded to five; the upstream proxy, the peer and the uri are no host; each indented line is a record of its own",
		entries: []worldEntry{
			we("", Info, "", "   0.000912406s  INFO proxydetox: proxydetox 0.9.2 listening on 127.0.0.1:3128"),
			we("", Debug, "", "  44.155919000s DEBUG find_proxy: paclib::engine: return=HTTP proxy.corp.example:3131 uri=www.gstatic.com:443 duration=4.453134ms"),
			we("", Debug, "", "  44.167216914s DEBUG run: proxydetoxlib::server: peer connected peer=127.0.0.1:58548"),
			we("", Debug, "", "  44.192711442s DEBUG run: proxydetoxlib::server: peer disconnected peer=127.0.0.1:58548"),
			we("", Warn, "", "  52.300417118s  WARN run: proxydetoxlib::auth: no Kerberos credentials found, continuing without Proxy-Authorization"),
			we("", Error, "", "  61.204118560s ERROR run: proxydetoxlib::server: client error: HTTP error: connection closed before message completed peer=127.0.0.1:58602"),
		},
	},
	{
		name:   "erlang-inets-httpd-error-log",
		source: "Erlang/OTP inets httpd's ErrorLog (mod_log / mod_disk_log: `[dd/Mon/yyyy:HH:mm:ss ±hhmm] access to URI failed for RemoteHost, reason: ~p`, `server crash for …`, `reporting error: …`; the date from httpd_util:custom_date/0 in local time with its offset): OTP lib/inets/src/http_server/mod_log.erl and httpd_util.erl (read with find_string); erlang.org inets mod_log documentation",
		why:    "an access-log style date with an offset, converted; no level; `failed for 10.20.4.17` names the client, no host; a long Erlang term printed with ~p wraps onto an indented line of the same record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `[29/Nov/2026:08:41:16 +0100] access to /favicon.ico failed for 10.20.4.17, reason: "httpd_file: Can't open/srv/inets/htdocs/favicon.ico"`),
			we("2026-11-29T07:41:20Z", Unknown, "", `[29/Nov/2026:08:41:20 +0100] access to /secure/reports failed for 10.20.4.23, reason: "Authentication Required"`),
			we("2026-11-29T07:43:02Z", Unknown, "", "[29/Nov/2026:08:43:02 +0100] server crash for 10.20.4.31, reason: {badmatch,{error,closed}}"),
			we("2026-11-29T07:44:10Z", Unknown, "", "[29/Nov/2026:08:44:10 +0100] reporting error: httpd_request_handler: Max header size exceeded"),
			we("2026-11-29T07:45:31Z", Unknown, "",
				"[29/Nov/2026:08:45:31 +0100] access to /esi/shop_api:checkout failed for 10.20.4.17, reason: {'EXIT',{undef,[{shop_api,checkout,[{env,[{remote_addr,\"10.20.4.17\"}]},[]],",
				"                                                       []}]}}"),
		},
		gap: "the words `reporting error:` after the bracketed date are read as an error level, though the line marks none",
	},
	{
		name:   "vouch-proxy-zap-json-epoch",
		source: "Vouch Proxy (vouch/vouch-proxy, the nginx auth_request companion) with logLevel debug: zap's production JSON with `ts` in epoch seconds and its per-request line `|302|   137.28µs /login` carrying statusCode, latency, ipPort, method, host and path: vouch/vouch-proxy issue #101 (a pasted log), PR #33",
		why:    "epoch seconds with a fraction in `ts`; the level key; the `host` key is the request's HTTP Host and `ipPort` the client: neither is the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"level":"info","ts":1795938076.204,"msg":"starting Vouch","version":"v0.41.0","buildtime":"2026-10-02T11:04:18Z","uname":"Linux","buildhost":"builder","branch":"master","semver":"v0.41.0","listen":"http://0.0.0.0:9090","tls":false,"document_root":"","oauth.provider":"oidc"}`),
			we("2026-11-29T07:41:33.409Z", Debug, "", `{"level":"debug","ts":1795938093.409,"msg":"redirecting to oauthURL https://sso.harbourlights.example/oauth2/default/v1/authorize?client_id=0oa4vouch7demo&redirect_uri=https%3A%2F%2Fvouch.harbourlights.example%2Fauth&response_type=code&scope=openid+email&state=Zk3q"}`),
			we("2026-11-29T07:41:33.41Z", Info, "", `{"level":"info","ts":1795938093.410,"msg":"|302|   137.28µs /login","statusCode":302,"request":4,"latency":0.00013728,"avgLatency":0.000112914,"ipPort":"127.0.0.1:36396","method":"GET","host":"vouch.harbourlights.example","path":"/login","referer":""}`),
			we("2026-11-29T07:41:40.022Z", Warn, "", `{"level":"warn","ts":1795938100.022,"msg":"no jwt found in request"}`),
			we("2026-11-29T07:41:40.031Z", Error, "", `{"level":"error","ts":1795938100.031,"msg":"/auth Invalid Session State: expected Zk3q got Mx81"}`),
		},
	},
}

func TestFresh552Formats(t *testing.T) { assertTable(t, fresh552Cases) }
func TestFresh552Score(t *testing.T) {
	checkScore(t, "fresh552 formats", fresh552Cases, [worldNumFields]float64{97.4, 99.9, 99.9, 99.9})
}
