package parse

import "testing"

// The eight-hundred-and-fiftieth fresh table: identity-aware proxies and auth middlewares, in the
// layouts their own logs really have. Each family is one product's output: Tinyauth 4 (zerolog's
// console writer with the caller and a `>` before the message); OpenShift's oauth-proxy (Go's
// standard logger with the file and line, and a discovery response dumped as an indented JSON block
// under its line); the legacy bitly oauth2_proxy's request log (an Apache-like bracketed time with
// +0000 after the client and user, the request's Host as a column) among its standard-logger lines;
// authentik's proxy outpost (proxyv2 JSON with `host` and `vhost` keys, under docker compose's
// service prefix); Jetstack's kube-oidc-proxy (klog's year-less `I1129` header, the client-go
// round-tripper lines at high verbosity); a traefik-forward-auth fork logging through op/go-logging
// (`[02 Jan 2006 15:04:05 MST] func ☕ LEVL id`, ANSI colour around the header, a four-letter level
// cut from the level's name); Authelia 3 (the Node.js server's winston lines, `level: date='<JS
// Date.toString()>' key='value' …`, under compose's prefix); caddy-security (Caddy's JSON with epoch
// `ts` and the `security` logger).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `oauth2-proxy`, `oauth2_proxy`, `oauth-proxy`, `openshift/oauth`,
// `oauthproxy.go`, `provider.go:`, `pomerium`, `pomerium-cli`, `authelia`, `date='`, `authentik`,
// `goauthentik`, `outpost`, `proxyv2`, `akprox`, `vouch`, `oathkeeper`, `ory-oathkeeper`,
// `logrusx`, `ory `, `ory/`, `kratos`, `hydra`, `keto`, `keycloak`, `keycloak-proxy`,
// `gatekeeper`, `gogatekeeper`, `louketo`, `caddy-security`, `authcrunch`, `greenpau`, `authp`,
// `caddy`, `tinyauth`, `steveiliop`, `forward_auth`, `forward-auth`, `forwardauth`,
// `traefik-forward-auth`, `thomseddon`, `traefik`, `nginx-sso`, `Luzifer`, `sso-proxy`,
// `sso_proxy`, `sso-auth`, `buzzfeed`, `bitly`, `kube-oidc-proxy`, `oidc-proxy`, `round_trippers`,
// `kube-rbac-proxy`, `rbac-proxy`, `dex`, `dexidp`, `pinniped`, `mod_auth_openidc`,
// `auth_openidc`, `mellon`, `mod_auth_cas`, `auth_cas`, `lua-resty-openidc`, `openidc.lua`,
// `lemonldap`, `lldap`, `zitadel`, `casdoor`, `casbin`, `teleport`, `boundary`, `cloudflared`,
// `Cloudflare Access`, `identity-aware`, `IAP`, `openziti`, `ziti`, `pritunl-zero`, `warpgate`,
// `glauth`, `gluu`, `shibboleth`, `shibd`, `portier`, `go-oidc`, `vault`, `kanidm`, `keystone`,
// `openresty`, `ingress-nginx`, `auth_request`, `authz`, `ext_authz`, `envoy ext_authz`, `opa`,
// `Shiro`, `Spring Security`, `cas server`, `apereo`, `supertokens`, `cerbos`, `openfga`,
// `spicedb`, `permify`, `rauthy`, `hanko`, `privacyidea`, `linotp`, `nginx-ldap-auth`,
// `ldap-auth`, `skipper`, `wso2`, `forgerock`, `openig`, `identity gateway`, `openam`,
// `pingaccess`, `pingfederate`, `zscaler`, `simplesaml`, `gssapi`, `kong`, `apisix`, `tyk`,
// `gloo`, `ambassador`, `emissary`, `octelium`, `firezone`, `bastillion`, `openunison`,
// `gravitee`, `easyauth`, `entra`, `authproxy`, `Duo`, `knox`, `guacamole`, `ssowat`, `stytch`,
// `ssoready`, `jwt`, `oidc`, `saml`. Left out as measured already: oauth2-proxy 7's three default
// formats (fresh6), Pomerium's zerolog JSON (fresh24), Authelia 4's logrus text and JSON,
// authentik's server and LDAP outpost (fresh200), Vouch's zap JSON (fresh552), Oathkeeper's JSON,
// Keycloak Gatekeeper, Louketo and gogatekeeper (fresh760), mod_auth_openidc and mellon, nginx-ldap-
// auth, lemonldap-ng, Teleport, Boundary, cloudflared, OpenZiti, Warpgate, Pritunl, Dex, Cerbos,
// SpiceDB, OpenFGA, Zitadel, Kong, Tyk, APISIX, Skipper, Knox and Guacamole. `tinyauth` matches
// only fresh596's grep list (its console left out there as unconfirmed), `caddy-security` only
// fresh520's, `oauthproxy.go` is oauth2-proxy 7's bracketed file in fresh6 and fresh453, `date='`,
// `proxyv2`, `akprox`, `kube-oidc-proxy`, `round_trippers`, `thomseddon` and `openshift/oauth`
// match nothing. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Tinyauth's and authentik's times end in Z; Go's standard logger
// (oauth-proxy, oauth2_proxy) writes a zone-less local time, taken as UTC; oauth2_proxy's request
// log writes +0000; klog's `I1129` has no year (2026) and no zone (UTC); the forward-auth fork's
// go-logging header writes the zone abbreviation CET (+01:00), converted; Authelia 3's JavaScript
// date writes GMT+0000 (UTC); caddy-security's ts is epoch seconds. Levels only where the line marks
// one: zerolog's TRC/DBG/INF/WRN/ERR, JSON `level` keys (info, warning, debug, error), klog's letter
// (I W E), go-logging's cut names (DEBU INFO NOTI WARN ERRO CRIT), winston's word before the colon;
// Go's standard logger writes none, so oauth-proxy's and oauth2_proxy's lines are Unknown (a status
// 202, `error redeeming` are no levels). No record carries a host of its own: oauth2_proxy's Host
// column and authentik's `host`/`vhost` are the request's, compose's service prefix names a
// container, client addresses are peers; every host is "". OpenShift oauth-proxy's discovery dump
// is one record with its JSON lines; every other record is one line.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (caddy-security's keys and messages; go-logging's colour codes; Authelia 3's
// startup message). Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first run,
// and none was changed after it; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score.
//
// Its first figure, scored at commit 12101aa before any rule for it: level 100.0 %, time 100.0 %, host 95.8 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 97.1 %, records 100.0 %), in a
// worktree at 12101aa with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is a host: authentik's proxy outpost JSON `host` key (the
// request's Host header, a domain name) is read as the record's host on the line that has no
// method or vhost beside it, while the lines whose `host` is an address:port are read right.

var fresh850Cases = []worldCase{
	{
		name:   "tinyauth4-zerolog-console-caller",
		source: "Tinyauth v4 (tinyauthapp/tinyauth) container logs, zerolog ConsoleWriter without colour and with the caller: `2026-01-30T07:17:59Z INF cmd/root.go:118 > Starting Tinyauth version=v4.1.0`, TRC and WRN lines: tinyauthapp/tinyauth issue #616; the per-request INF line from zerolog_middleware.go and DBG lines: issue #465",
		why:    "an RFC 3339 Z time, zerolog's three-letter level (TRC is Trace), then a caller path with a line number and `>` before the message; key=value fields after it (client_ip, address) are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16Z INF cmd/root.go:118 > Starting Tinyauth version=v4.1.0"),
			we("2026-11-29T07:41:16Z", Warn, "", "2026-11-29T07:41:16Z WRN cmd/root.go:121 > Log level set to trace, this will log sensitive information!"),
			we("2026-11-29T07:41:17Z", Trace, "", `2026-11-29T07:41:17Z TRC internal/bootstrap/app_bootstrap.go:83 > Users dump users=[{"Username":"mira","TotpSecret":""}]`),
			we("2026-11-29T07:41:42Z", Debug, "", "2026-11-29T07:41:42Z DBG internal/middleware/context_middleware.go:110 > No basic auth provided"),
			we("2026-11-29T07:41:42Z", Info, "", "2026-11-29T07:41:42Z INF internal/middleware/zerolog_middleware.go:66 > Request address=10.60.1.18:40412 client_ip=10.60.1.18 latency=1.804ms method=GET path=/api/auth/traefik status=401"),
		},
	},
	{
		name:   "openshift-oauth-proxy-stdlog-discovery-block",
		source: "OpenShift's oauth-proxy sidecar (openshift/oauth-proxy, Go's log with Lshortfile: `2020/04/27 02:57:51 provider.go:117: Defaulting client-id to …`, `oauthproxy.go:200: mapping path …`, `http.go:60: HTTP: listening on 127.0.0.1:4180`, and `provider.go:613: 200 GET https://172.30.0.1/.well-known/oauth-authorization-server {` followed by the indented JSON document): openshift/oauth-proxy issues #172 and #34, opendatahub-io/odh-dashboard issue #1486",
		why:    "Go's standard-logger date and time with no zone, then file:line: and the message, no level; the discovery response's JSON lines under its header line belong to that record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 provider.go:117: Defaulting client-id to system:serviceaccount:ml-serving:model-proxy"),
			we("2026-11-29T07:41:16Z", Unknown, "", `2026/11/29 07:41:16 oauthproxy.go:200: mapping path "/" => upstream "http://localhost:8888/"`),
			we("2026-11-29T07:41:18Z", Unknown, "",
				"2026/11/29 07:41:18 provider.go:627: 200 GET https://172.30.0.1/.well-known/oauth-authorization-server {",
				`  "issuer": "https://oauth-openshift.apps.ocp-lab7.corp.example",`,
				`  "authorization_endpoint": "https://oauth-openshift.apps.ocp-lab7.corp.example/oauth/authorize",`,
				`  "token_endpoint": "https://oauth-openshift.apps.ocp-lab7.corp.example/oauth/token",`,
				`  "scopes_supported": [`,
				`    "user:check-access",`,
				`    "user:info"`,
				`  ]`,
				`}`),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026/11/29 07:41:18 http.go:60: HTTP: listening on 127.0.0.1:4180"),
			we("2026-11-29T07:42:03Z", Unknown, "", "2026/11/29 07:42:03 provider.go:406: authorizer reason: no RBAC policy matched"),
		},
	},
	{
		name:   "bitly-oauth2-proxy-request-log-clf-time",
		source: "the legacy bitly/oauth2_proxy 2.x request log (`127.0.0.1 - user@domain [18/Apr/2017:09:51:10 +0000] host GET upstream \"/path\" HTTP/1.0 \"UA\" 202 0 0.000`) among its standard-logger lines (`2017/04/18 09:51:10 oauthproxy.go:478: 127.0.0.1:27048 error redeeming code missing code`): bitly/oauth2_proxy issue #374",
		why:    "an Apache-like bracketed time with +0000 after the client and the user, then the request's Host as a column (no record host), the upstream or `-`, the status (no level); Go's standard-logger lines with no zone and no level between them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `10.44.0.7 - dana@corp.example [29/Nov/2026:07:41:16 +0000] wiki.corp.example GET - "/oauth2/auth" HTTP/1.1 "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0" 202 0 0.001`),
			we("2026-11-29T07:41:16Z", Unknown, "", `10.44.0.7 - dana@corp.example [29/Nov/2026:07:41:16 +0000] 10.44.3.2:4180 GET 10.44.3.9:8090 "/pages/viewpage.action?pageId=4417" HTTP/1.1 "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0" 200 48213 0.094`),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026/11/29 07:41:20 oauthproxy.go:478: 10.44.0.12:52211 error redeeming code missing code"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026/11/29 07:41:20 oauthproxy.go:319: ErrorPage 500 Internal Error Internal Error"),
		},
	},
	{
		name:   "authentik-proxyv2-outpost-compose-json",
		source: "authentik's embedded proxy outpost (proxyv2, Go) under docker compose v1: `authentik-server_1       | {\"event\":\"/akprox/auth/traefik\",\"host\":…,\"level\":\"info\",\"logger\":\"authentik.outpost.proxyv2.application\",\"method\":\"GET\",\"name\":…,\"request_protocol\":…,\"request_useragent\":…,\"runtime\":\"2.736\",\"size\":74,\"status\":307,\"timestamp\":\"…Z\",\"upstream\":\"\",\"vhost\":…}` and `\"level\":\"warning\"` for `passing to single app mux`: goauthentik/authentik issue #1850",
		gap:    "the proxyv2 JSON's `host` key is read as the record's host (grafana.lab.example) on the `passing to single app mux` line, though it is the request's Host header; the record carries no host",
		why:    "compose's padded service prefix before JSON with sorted keys; `timestamp` with Z; `level` words (warning is Warn); `host` and `vhost` are the request's, not the record's host; status 307 is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", `authentik-server_1       | {"event":"passing to single app mux","host":"grafana.lab.example","level":"warning","logger":"authentik.outpost.proxyv2","timestamp":"2026-11-29T07:41:16Z"}`),
			we("2026-11-29T07:41:16Z", Info, "", `authentik-server_1       | {"event":"/akprox/auth/traefik","host":"10.88.0.14:9000","level":"info","logger":"authentik.outpost.proxyv2.application","method":"GET","name":"Grafana-Forward","request_protocol":"HTTP/1.1","request_useragent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15","runtime":"3.118","size":74,"status":307,"timestamp":"2026-11-29T07:41:16Z","upstream":"","vhost":"grafana.lab.example"}`),
			we("2026-11-29T07:41:19Z", Info, "", `authentik-server_1       | {"event":"/akprox/start","host":"10.88.0.14:9000","level":"info","logger":"authentik.outpost.proxyv2.application","method":"GET","name":"Grafana-Forward","request_protocol":"HTTP/1.1","request_useragent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15","request_username":"theo@lab.example","runtime":"1.204","size":281,"status":302,"timestamp":"2026-11-29T07:41:19Z","upstream":"","vhost":"auth.lab.example"}`),
		},
	},
	{
		name:   "jetstack-kube-oidc-proxy-klog-round-trippers",
		source: "Jetstack's kube-oidc-proxy at --v=10, klog `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg` with client-go's round_trippers.go lines (`I1201 10:53:43.572872       1 round_trippers.go:443] GET https://10.100.0.1:443/apis/… 200 OK in 0 milliseconds`, `Response Headers:`, indented header lines): jetstack/kube-oidc-proxy issue #176; the proxy's own W and E messages from memory",
		why:    "klog's severity letter glued to a year-less MMDD date; pid 1 padded before file:line]; every line, the indented header lines too, is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402118Z", Info, "", "I1129 07:41:16.402118       1 round_trippers.go:443] GET https://10.96.0.1:443/apis/authentication.k8s.io/v1?timeout=32s 200 OK in 1 milliseconds"),
			we("2026-11-29T07:41:16.402133Z", Info, "", "I1129 07:41:16.402133       1 round_trippers.go:449] Response Headers:"),
			we("2026-11-29T07:41:16.402141Z", Info, "", "I1129 07:41:16.402141       1 round_trippers.go:452]     Content-Type: application/json"),
			we("2026-11-29T07:41:17.018840Z", Warn, "", "W1129 07:41:17.018840       1 handlers.go:103] unable to authenticate the request via bearer token: oidc: token is expired (Token Expiry: 2026-11-29 07:40:02 +0000 UTC)"),
			we("2026-11-29T07:41:19.551907Z", Error, "", "E1129 07:41:19.551907       1 proxy.go:226] failed to proxy request to upstream 10.96.0.1:443: context deadline exceeded"),
		},
	},
	{
		name:   "traefik-forward-auth-go-logging-coffee",
		source: "the extoor/traefik-forward-auth fork's logging/logging.go, op/go-logging with `%{color}[%{time:02 Jan 2006 15:04:05 MST}] %{shortfunc} ☕ %{level:.4s} %{id:03x}%{color:reset} %{message}` on stdout; the colour sequences per level (none for INFO, cyan 36 for DEBUG, yellow 33 for WARNING, red 31 for ERROR) from memory of go-logging",
		why:    "a bracketed day-first time with the zone abbreviation CET (+01:00) inside ANSI colour; the function name and a coffee cup before a level cut to four letters (DEBU, WARN, ERRO); a hex sequence number after it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[29 Nov 2026 08:41:16 CET] main ☕ INFO 001\x1b[0m Listening on :4181"),
			we("2026-11-29T07:41:22Z", Debug, "", "\x1b[36m[29 Nov 2026 08:41:22 CET] ServeHTTP ☕ DEBU 002\x1b[0m Handling https://nas.home.example/ from 10.1.4.33"),
			we("2026-11-29T07:41:22Z", Warn, "", "\x1b[33m[29 Nov 2026 08:41:22 CET] ServeHTTP ☕ WARN 003\x1b[0m Invalid cookie: Cookie has expired"),
			we("2026-11-29T07:41:31Z", Error, "", "\x1b[31m[29 Nov 2026 08:41:31 CET] handleCallback ☕ ERRO 004\x1b[0m Code exchange failed with: oauth2: cannot fetch token: 400 Bad Request"),
		},
	},
	{
		name:   "authelia3-node-winston-compose",
		source: "Authelia 3 (the Node.js server) under docker compose: `authelia_1  | debug: date='Tue Oct 30 2018 16:44:47 GMT+0000 (UTC)' method='GET', path='/api/verify' requestId='…' sessionId='…' ip='…' message='…'`, `error:` lines the same: authelia/authelia issue #88; a startup line in the same shape from memory",
		why:    "compose's service prefix, winston's level word and a colon first, then the record's JavaScript Date.toString() in quotes with GMT+0000 (UTC); quoted key='value' fields with a stray comma; ip is a peer, the Host header in a message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "authelia_1  | info: date='Sun Nov 29 2026 07:41:16 GMT+0000 (UTC)' message='Authelia is now listening on port 9091'"),
			we("2026-11-29T07:41:47Z", Debug, "", `authelia_1  | debug: date='Sun Nov 29 2026 07:41:47 GMT+0000 (UTC)' method='GET', path='/api/verify' requestId='0c7e9b1a-4f2d-4d6e-9a31-52b8e0f1c7d4' sessionId='Qm3x9LkT0aVr2NcW_p8sZyE1uH5jDfGb' ip='172.22.0.1' message='Headers = {"host":"auth.home.example","x-forwarded-host":"jellyfin.home.example","x-forwarded-uri":"/web/index.html","x-real-ip":"172.22.0.1"}'`),
			we("2026-11-29T07:41:47Z", Debug, "", "authelia_1  | debug: date='Sun Nov 29 2026 07:41:47 GMT+0000 (UTC)' method='GET', path='/api/verify' requestId='0c7e9b1a-4f2d-4d6e-9a31-52b8e0f1c7d4' sessionId='Qm3x9LkT0aVr2NcW_p8sZyE1uH5jDfGb' ip='172.22.0.1' message='Authentication session Qm3x9LkT0aVr2NcW_p8sZyE1uH5jDfGb was undefined. Resetting.'"),
			we("2026-11-29T07:41:47Z", Error, "", "authelia_1  | error: date='Sun Nov 29 2026 07:41:47 GMT+0000 (UTC)' method='GET', path='/api/verify' requestId='0c7e9b1a-4f2d-4d6e-9a31-52b8e0f1c7d4' sessionId='Qm3x9LkT0aVr2NcW_p8sZyE1uH5jDfGb' ip='172.22.0.1' message='Reply with error 401: No user logged in'"),
		},
	},
	{
		name:   "caddy-security-authp-json",
		source: "greenpau/caddy-security (AuthCrunch) logging through Caddy's zap JSON encoder (`level`, `ts` epoch seconds, `logger`, `msg`, then fields); the `security` logger name and the session_id/request_id/src_ip keys of its login events from memory (greenpau/caddy-security issue #42 names session_id, request_id and the failed-password message, and the IP added in v1.0.12)",
		why:    "a JSON line whose time is a float epoch in seconds (ts) and whose level is a lower-case key; src_ip and src_conn_ip are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"level":"info","ts":1795938076.204,"logger":"security","msg":"provisioning app instance","app":"security"}`),
			we("2026-11-29T07:41:52.317Z", Debug, "", `{"level":"debug","ts":1795938112.317,"logger":"security","msg":"Authentication portal ServeHTTP","session_id":"sNqK4v2Yb8WcLmP0aT7xRdE3","request_id":"a71f3c20-5b9e-4e18-8d42-0f6b1c9e7a35","url":"/auth/login"}`),
			we("2026-11-29T07:41:53.998Z", Warn, "", `{"level":"warn","ts":1795938113.998,"logger":"security","msg":"Password authentication failed. Please retry","session_id":"sNqK4v2Yb8WcLmP0aT7xRdE3","request_id":"c03e88d1-27a4-4b6f-9e5d-61f0a2b4c8e7","src_ip":"198.51.100.73","src_conn_ip":"10.5.0.2"}`),
			we("2026-11-29T07:42:10.45Z", Error, "", `{"level":"error","ts":1795938130.450,"logger":"security","msg":"failed to fetch user profile","realm":"github","error":"Get \"https://api.github.com/user\": context deadline exceeded"}`),
		},
	},
}

func TestFresh850Formats(t *testing.T) { assertTable(t, fresh850Cases) }
func TestFresh850Score(t *testing.T) {
	checkScore(t, "fresh850 formats", fresh850Cases, [worldNumFields]float64{99.9, 99.9, 95.7, 99.9})
}
