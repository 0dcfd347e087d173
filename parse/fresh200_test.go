package parse

import "testing"

// The two-hundredth fresh table, written on 2026-12-05: identity, access and zero-trust networking
// in 2025-2026, shapes no earlier table holds. Each family is one product's documented or observed
// output: authentik's server request log (structlog JSON whose `host` is the HTTP Host and whose
// `remote` is the client, a zoneless `timestamp`), its worker under `docker compose logs` (the
// service column before celery's task lines) and its LDAP outpost (Go JSON with a `client`); Ory
// Hydra's logrusx text under compose (unquoted `msg=` words, `http_request=map[… host:…]`) and
// Ory Keto's in a terminal, and Ory Oathkeeper's JSON access decisions (`http_host`, level
// `warning`); Teleport's process log with `log.format.output: json` (an offset time, with
// logrus's `INFO[1991]` lines from the Kubernetes proxy between them) and its file audit log
// events.log (`ei`, `code`, `time`, `cluster_name`); Vault's file audit device with its `prefix`
// option set to `@cee: ` and its syslog audit device as rsyslog writes it; Keycloak 26's console
// with `--log-console-json-format=ecs` (`@timestamp` with nanoseconds and an offset, `log.level`,
// `host.hostname`); OpenVPN 2.6's own log file at verb 3 (ISO date and time, no `us=`); strongSwan
// charon's filelog with `time_format = %a, %Y-%m-%d, %H:%M:%S` and `ike_name = yes`; wg-quick's
// untimed `[#]` output in a terminal; and Dex's slog JSON (`logger: format: json`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`authentik`, `authentik.asgi`, `domain_url`, `authentik.root.celery`, `Task started`,
// `authentik.outpost`, `bindDN`, `zitadel`, `kratos`, `Ory Hydra`, `hydra`, `http_request=map`,
// `Ory Keto`, `keto`, `oathkeeper`, `Access request`, `http_host`, `dex`, `dex-slog`, `oauth2-proxy`,
// `oauth2_proxy`, `pomerium`, `teleport`, `"component":"proc`, `INFO[`, `ei":`, `T1000`,
// `boundary`, `server configuration:`, `vault`, `@cee`, `"prefix"`, `audit_log`, `keycloak`,
// `ecs.version`, `log.level`, `host.hostname`, `389`, `ns-slapd`, `conn=`, `freeipa`, `pki-tomcat`,
// `sssd`, `RID#`, `tailscale`, `logtail`, `headscale`, `netbird`, `zerotier`, `openvpn`,
// `openvpn3`, `Peer Connection Initiated`, `MULTI_sva`, `us=`, `strongswan`, `charon`, `swanctl`,
// `charon-cmd`, `time_format`, `%a, %Y`, `wg-quick`, `[#] `, `wireguard`). authentik is in fresh15
// only as the Go router's and the config loader's JSON, not the ASGI request log, the celery worker
// under compose or the LDAP outpost. Ory Kratos's JSON is in fresh83 (which names Hydra only in its
// source); Hydra's and Keto's logrusx text and Oathkeeper are in no table. Teleport is in fresh2
// (its text log), fresh97 (the legacy CSV-like audit log) and fresh150/182 (as a name); its JSON
// process log and its JSON events.log are in none. Vault's audit device is in fresh5 as bare JSON
// lines; neither the `prefix` option nor the syslog device is in any table. Keycloak's default
// JSON, its Quarkus console, its syslog events and its WildFly log are in fresh8, fresh66, fresh79,
// fresh83, fresh89 and fresh149; the ECS JSON format of 26.1 and later is in none. OpenVPN 2.6 is
// in earlier tables with `us=` (verb 4 and above), in the journal, with machine-readable output and
// in the ctime layout of 2.5 and the Windows GUI; its ISO layout at verb 3 is in none. strongSwan's
// filelog is in earlier tables with `%b %e %T` and with milliseconds; a weekday-first, comma-split
// time_format is in none. wg-quick is in fresh66 and fresh150 only in the journal. Dex is in fresh83
// (logrus text) and an earlier table (slog text under kubectl); its slog JSON is in none.
// Left out as measured already: Zitadel (fresh79's logrus text), oauth2-proxy (fresh6), Pomerium
// (fresh24), headscale (fresh14, fresh162), NetBird (fresh15, fresh162), ZeroTier (fresh162),
// tailscaled (fresh12, fresh162), 389-ds's access, errors, audit and security logs, SSSD's debug
// logs, FreeIPA's install, upgrade and healthcheck output and Dogtag's debug log, the WireGuard
// kernel debug, swanctl's output, openvpn3's logs, and Boundary's events and banner (the Vault and
// OpenBao banners are in earlier tables). The table holds 15 families, short of the 20 asked for.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time without a zone is UTC (authentik's Python `timestamp`, OpenVPN's
// and strongSwan's local time); Teleport's `+01:00` and Keycloak's `+01:00` are converted. logrus's
// `INFO[1991]` counts seconds from the process's start: no time of its own. wg-quick's lines carry
// no time. The syslog audit device's line carries the syslog header's time and the audit entry's
// own: either is accepted. Levels only where the line marks one: authentik's, Oathkeeper's,
// Teleport's and Dex's `level` (warning is Warn), Keycloak's `log.level`, logrusx's `level=`,
// logrus's `INFO[`; none for the audit logs (Teleport's `code` suffix and `success`, Vault's
// `error` are fields of an event, not a severity), OpenVPN at verb 3, strongSwan's filelog without
// `log_level` and wg-quick. The host is the record's host field: Keycloak's `host.hostname` and the
// syslog header's host; authentik's `host` (an HTTP Host), its `remote` and the outpost's `client`,
// Hydra's `host:` in its request map, Oathkeeper's `http_host`, Teleport's `addr.remote`, Vault's
// `remote_address`, OpenVPN's peer prefix, strongSwan's peers and the compose service column are
// no host. Each line of these logs is a record of its own (an OpenVPN or charon line whose message
// is indented is still one).
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code"); hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 35a5c5a before any rule for it: level 100.0 %, time 100.0 %, host 96.7 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 96.8 %, records 100.0 %), in a
// worktree at 35a5c5a with no change to trawl's code (only this file and table_test.go's list), 14
// of 15 families fully right. What fails: authentik's structlog lines outside the request log (a
// stage's warning, django.request's error) have their `host` key, the HTTP Host, taken as the
// record's host. No expectation was changed after the first run.

var fresh200Cases = []worldCase{
	{
		name:   "authentik-server-asgi-request-json",
		source: "authentik server's request log (structlog JSON, keys sorted: auth_via, domain_url, event (the path), host (the HTTP Host), level, logger authentik.asgi, method, pid, remote, request_id, runtime, schema_name, scheme, status, timestamp without a zone, user, user_agent): goauthentik/authentik issue #3327 (a compose paste), issue #4110",
		why:    "a JSON request line whose `host` is the request's Host header and `remote` the client: neither is the record's host; the zoneless `timestamp` is UTC",
		gap:    "a line that carries authentik's bound request context without the request's own keys (no `method`, `status`, `runtime`: a stage's warning, django.request's error) has its `host` key (the HTTP Host, auth.corp.example) read as the record's host; the request lines themselves come out right",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Info, "", `{"auth_via": "session", "domain_url": "auth.corp.example", "event": "/api/v3/core/users/me/", "host": "auth.corp.example", "level": "info", "logger": "authentik.asgi", "method": "GET", "pid": 41, "remote": "10.20.0.5", "request_id": "4f1c2a7e9b3d4c1a8e2f0b6d41207ab1", "runtime": 38, "schema_name": "public", "scheme": "https", "status": 200, "timestamp": "2026-11-29T07:41:16.204518", "user": "akadmin", "user_agent": "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"}`),
			we("2026-11-29T07:41:17.018233Z", Info, "", `{"auth_via": "unauthenticated", "domain_url": "auth.corp.example", "event": "/if/flow/default-authentication-flow/", "host": "auth.corp.example", "level": "info", "logger": "authentik.asgi", "method": "GET", "pid": 41, "remote": "203.0.113.61", "request_id": "9d0e4f61a2b34c5d8e6f7a8b9c0d1e2f", "runtime": 22, "schema_name": "public", "scheme": "https", "status": 200, "timestamp": "2026-11-29T07:41:17.018233", "user": "", "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15"}`),
			we("2026-11-29T07:41:19.550901Z", Warn, "", `{"auth_via": "unauthenticated", "domain_url": "auth.corp.example", "event": "Invalid credentials", "host": "auth.corp.example", "level": "warning", "logger": "authentik.stages.password.stage", "pid": 41, "remote": "203.0.113.61", "request_id": "0a1b2c3d4e5f40718293a4b5c6d7e8f9", "schema_name": "public", "timestamp": "2026-11-29T07:41:19.550901", "user": ""}`),
			we("2026-11-29T07:41:24.871002Z", Error, "", `{"domain_url": "auth.corp.example", "event": "Internal Server Error: /api/v3/outposts/instances/", "exception": "Traceback (most recent call last):\n  File \"/ak-root/venv/lib/python3.12/site-packages/django/db/backends/utils.py\", line 105, in _execute\n    return self.cursor.execute(sql, params)\npsycopg.errors.QueryCanceled: canceling statement due to statement timeout", "host": "auth.corp.example", "level": "error", "logger": "django.request", "pid": 41, "remote": "10.20.0.5", "request_id": "7c2e91d441a84b0e9f3a52d6c0e8b177", "schema_name": "public", "timestamp": "2026-11-29T07:41:24.871002"}`),
		},
	},
	{
		name:   "authentik-worker-compose-celery",
		source: "authentik worker's celery task lines as `docker compose logs` shows them (the service column `authentik-worker-1` padded and a `|`, then structlog JSON: event, level, logger authentik.root.celery, pid, task_id, task_name, timestamp without a zone): goauthentik/authentik issue #3327",
		why:    "the compose column before each JSON line is the container, not a host; the level is the JSON's; the zoneless timestamp is UTC",
		entries: []worldEntry{
			we("2026-11-29T07:42:00.089287Z", Info, "", `authentik-worker-1  | {"event": "Task published", "level": "info", "logger": "authentik.root.celery", "pid": 25, "task_id": "3e1d7f20-5b6a-4c3d-a1e2-7f9b0c4d3e21", "task_name": "authentik.policies.reputation.tasks.save_reputation", "timestamp": "2026-11-29T07:42:00.089287"}`),
			we("2026-11-29T07:42:00.094984Z", Info, "", `authentik-worker-1  | {"event": "Task started", "level": "info", "logger": "authentik.root.celery", "pid": 312, "task_id": "3e1d7f20-5b6a-4c3d-a1e2-7f9b0c4d3e21", "task_name": "save_reputation", "timestamp": "2026-11-29T07:42:00.094984"}`),
			we("2026-11-29T07:42:00.117131Z", Info, "", `authentik-worker-1  | {"event": "Task finished", "level": "info", "logger": "authentik.root.celery", "pid": 312, "state": "SUCCESS", "task_id": "3e1d7f20-5b6a-4c3d-a1e2-7f9b0c4d3e21", "task_name": "save_reputation", "timestamp": "2026-11-29T07:42:00.117131"}`),
			we("2026-11-29T07:42:31.660418Z", Warn, "", `authentik-worker-1  | {"event": "Failed to get outpost connection", "exc": "DockerException('Error while fetching server API version')", "level": "warning", "logger": "authentik.outposts.controllers.docker", "pid": 312, "timestamp": "2026-11-29T07:42:31.660418"}`),
		},
	},
	{
		name:   "authentik-ldap-outpost-json",
		source: "authentik's LDAP outpost (Go, logrus JSON with authentik's keys: event, level, logger authentik.outpost.ldap.*, bindDN, baseDN, filter, client, requestId, took-ms, timestamp with a Z): goauthentik/authentik issue #4110 (the Go router's JSON layout) and the outpost's bind and search logs pasted in its LDAP issue threads; from memory of real lines",
		why:    "the LDAP client's address in `client` is a peer, not the host; the time is second-precision with a Z",
		entries: []worldEntry{
			we("2026-11-29T07:43:02Z", Info, "", `{"event":"Starting authentik outpost","hash":"a41b7c2","level":"info","logger":"authentik.outpost","timestamp":"2026-11-29T07:43:02Z","version":"2025.10.2"}`),
			we("2026-11-29T07:43:10Z", Info, "", `{"bindDN":"cn=svc-gitea,ou=users,dc=ldap,dc=corp,dc=example","client":"10.20.4.17","event":"Bind request","level":"info","logger":"authentik.outpost.ldap.binder.direct","requestId":"b3a1f0e2-4c5d-4e6f-8a9b-0c1d2e3f4a5b","timestamp":"2026-11-29T07:43:10Z","took-ms":84}`),
			we("2026-11-29T07:43:10Z", Info, "", `{"baseDN":"ou=users,dc=ldap,dc=corp,dc=example","bindDN":"cn=svc-gitea,ou=users,dc=ldap,dc=corp,dc=example","client":"10.20.4.17","event":"Search request","filter":"(\u0026(objectClass=user)(cn=alice))","level":"info","logger":"authentik.outpost.ldap","requestId":"c4b2a1f3-5d6e-4f70-9b8c-1d2e3f4a5b6c","scope":"Whole Subtree","timestamp":"2026-11-29T07:43:10Z","took-ms":12}`),
			we("2026-11-29T07:43:41Z", Warn, "", `{"bindDN":"cn=mallory,ou=users,dc=ldap,dc=corp,dc=example","client":"10.20.4.90","event":"failed to execute flow","level":"warning","logger":"authentik.outpost.ldap.binder.direct","requestId":"d5c3b2a4-6e7f-4081-ac9d-2e3f4a5b6c7d","timestamp":"2026-11-29T07:43:41Z"}`),
		},
	},
	{
		name:   "ory-hydra-logrusx-text-compose",
		source: "Ory Hydra 2.x with ory/x logrusx's text formatter (the default): `time=… level=… msg=words unquoted audience=… http_request=map[headers:map[…] host:… method:… path:… query:… remote:… scheme:…] service_name=Ory Hydra service_version=v2.…`, under `docker compose up` with its `hydra-1  | ` column: ory/hydra issue #3658 (the 5 minute quickstart), issue #1981, issue #1091",
		why:    "logfmt-like pairs whose values are unquoted and hold spaces, a nested map with the request's `host:` (a Host header, not the record's host); the compose column is no host",
		entries: []worldEntry{
			we("2026-11-29T07:44:16Z", Info, "", `hydra-1  | time=2026-11-29T07:44:16Z level=info msg=No tracer configured - skipping tracing setup audience=application service_name=Ory Hydra service_version=v2.3.0`),
			we("2026-11-29T07:44:30Z", Info, "", `hydra-1  | time=2026-11-29T07:44:30Z level=info msg=started handling request http_request=map[headers:map[accept:application/json accept-encoding:gzip user-agent:Go-http-client/1.1] host:hydra:4445 method:GET path:/admin/oauth2/auth/requests/login query:Value is sensitive and has been redacted. To see the value set config key "log.leak_sensitive_values = true" or environment variable "LOG_LEAK_SENSITIVE_VALUES=true". remote:10.20.0.8:40112 scheme:http] service_name=Ory Hydra service_version=v2.3.0`),
			we("2026-11-29T07:44:30Z", Info, "", `hydra-1  | time=2026-11-29T07:44:30Z level=info msg=completed handling request http_request=map[headers:map[accept:application/json accept-encoding:gzip user-agent:Go-http-client/1.1] host:hydra:4445 method:GET path:/admin/oauth2/auth/requests/login query:Value is sensitive and has been redacted. To see the value set config key "log.leak_sensitive_values = true" or environment variable "LOG_LEAK_SENSITIVE_VALUES=true". remote:10.20.0.8:40112 scheme:http] http_response=map[headers:map[cache-control:private, no-cache, no-store, must-revalidate content-type:application/json; charset=utf-8] size:1432 status:200 text_status:OK took:3.114512ms] service_name=Ory Hydra service_version=v2.3.0`),
			we("2026-11-29T07:44:52Z", Error, "", `hydra-1  | time=2026-11-29T07:44:52Z level=error msg=An error occurred while handling a request audience=application error=map[debug: message:The requested resource could not be found reason:Unable to locate the resource status:Not Found status_code:404] http_request=map[headers:map[accept:application/json user-agent:Go-http-client/1.1] host:hydra:4445 method:GET path:/admin/oauth2/auth/requests/consent query:Value is sensitive and has been redacted. To see the value set config key "log.leak_sensitive_values = true" or environment variable "LOG_LEAK_SENSITIVE_VALUES=true". remote:10.20.0.8:40118 scheme:http] service_name=Ory Hydra service_version=v2.3.0`),
		},
	},
	{
		name:   "ory-keto-logrusx-text",
		source: "Ory Keto (`keto serve` in a terminal) with ory/x logrusx's text formatter: `time=… level=… msg=… audience=application service_name=Ory Keto service_version=…`, the same formatter as Hydra's (ory/hydra issue #3658) and Oathkeeper's older logrus text (ory/oathkeeper issue #158); from memory of real lines",
		why:    "unquoted messages with spaces and colons before `audience=`; `level=warning` and `level=debug`",
		entries: []worldEntry{
			we("2026-11-29T07:45:02Z", Info, "", `time=2026-11-29T07:45:02Z level=info msg=Software quality assurance features are enabled. Learn more at: https://www.ory.sh/docs/ecosystem/sqa audience=application service_name=Ory Keto service_version=v25.4.0`),
			we("2026-11-29T07:45:02Z", Debug, "", `time=2026-11-29T07:45:02Z level=debug msg=loaded namespaces audience=application namespaces=[Document Folder Group User] service_name=Ory Keto service_version=v25.4.0`),
			we("2026-11-29T07:45:03Z", Info, "", `time=2026-11-29T07:45:03Z level=info msg=Starting the read httpd on: 0.0.0.0:4466 audience=application service_name=Ory Keto service_version=v25.4.0`),
			we("2026-11-29T07:45:03Z", Warn, "", `time=2026-11-29T07:45:03Z level=warning msg=No write TLS certificate configured, serving plaintext HTTP/2 audience=application service_name=Ory Keto service_version=v25.4.0`),
		},
	},
	{
		name:   "ory-oathkeeper-json",
		source: "Ory Oathkeeper with `log.format: json` (logrusx JSON: audience, granted, http_host, http_method, http_url, http_user_agent, level, msg, service_name \"ORY Oathkeeper\", service_version, subject, time; an `error` object on a denial): ory/oathkeeper issue #886, issue #158 (the same events in logrus text)",
		why:    "`http_host` is the request's Host, not the record's host; `warning` is Warn; the error object holds a status code that is no level",
		entries: []worldEntry{
			we("2026-11-29T07:46:11.204Z", Info, "", `{"audience":"application","granted":true,"http_host":"api.corp.example","http_method":"GET","http_url":"https://api.corp.example/orders/412","http_user_agent":"curl/8.5.0","level":"info","msg":"Access request granted","service_name":"ORY Oathkeeper","service_version":"v0.40.9","subject":"9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e","time":"2026-11-29T07:46:11.204Z"}`),
			we("2026-11-29T07:46:14.530Z", Warn, "", `{"audience":"application","error":{"debug":"","message":"Access credentials are invalid","reason":"","status":"Unauthorized","status_code":401},"granted":false,"http_host":"api.corp.example","http_method":"POST","http_url":"https://api.corp.example/orders","http_user_agent":"python-requests/2.32.3","level":"warning","msg":"Access request denied","service_name":"ORY Oathkeeper","service_version":"v0.40.9","subject":"","time":"2026-11-29T07:46:14.530Z"}`),
			we("2026-11-29T07:46:14.531Z", Error, "", `{"audience":"application","code":401,"debug":"","details":{},"error":"Access credentials are invalid","level":"error","msg":"An error occurred while handling a request","reason":"","request-id":"","service_name":"ORY Oathkeeper","service_version":"v0.40.9","status":401,"time":"2026-11-29T07:46:14.531Z"}`),
		},
	},
	{
		name:   "teleport-json-process-log-with-logrus",
		source: "Teleport with `teleport.log.format.output: json` (`{\"caller\":…,\"component\":…,\"level\":…,\"message\":…,\"timestamp\":\"…+01:00\"}`), with the Kubernetes proxy's lines still in logrus's default text (`INFO[1991] msg  trace.component=…`) between them: gravitational/teleport issue #17461, issue #9128, issue #4407",
		why:    "JSON lines with an offset time converted to UTC; `warning` is Warn; logrus's `INFO[1991]` counts seconds from the start (no time of its own) and its level is INFO",
		entries: []worldEntry{
			we("2026-11-29T07:47:16Z", Info, "", `{"caller":"service/service.go:4412","component":"proxy:server:1","level":"info","message":"SSH proxy service 17.0.4:v17.0.4-0-g6a2c0f1 is starting on 0.0.0.0:3023.","timestamp":"2026-11-29T08:47:16+01:00"}`),
			we("2026-11-29T07:47:16Z", Debug, "", `{"caller":"service/supervisor.go:370","component":"proc:1","event":"ProxySSHReady","level":"debug","message":"Broadcasting event.","timestamp":"2026-11-29T08:47:16+01:00"}`),
			we("", Info, "", `INFO[1991] Round trip: GET https://kube.teleport.cluster.local/version?timeout=32s, code: 200, duration: 41.2ms tls:version: 304, tls:resume:false, tls:csuite:1301, tls:server:kube.tp.corp.example  trace.component="proxy:proxy:kube"`),
			we("2026-11-29T07:47:52Z", Warn, "", `{"caller":"cache/cache.go:823","component":"proxy:4:cache","level":"warning","message":"Re-init the cache on error: watcher is closed: error reading from server: EOF.","timestamp":"2026-11-29T08:47:52+01:00"}`),
			we("2026-11-29T07:47:55Z", Error, "", `{"caller":"reversetunnel/agent.go:412","component":"proxy:agent:1","level":"error","message":"Failed to create remote tunnel: dial tcp 10.20.0.31:3024: connect: connection refused.","timestamp":"2026-11-29T08:47:55+01:00"}`),
		},
	},
	{
		name:   "teleport-audit-events-log-json",
		source: "Teleport's file audit log (/var/lib/teleport/log/<date>.log, and events.log: one JSON event a line with ei, event, uid, code, time with milliseconds and Z, cluster_name, user, and the event's fields): gravitational/teleport issue #9778 (user.login failures), issue #3751 (session.start), issue #5856",
		why:    "audit events with no level (the code's last letter and `success` are fields of the event) and no host (`addr.remote` is the client, `cluster_name` the cluster); dated the day before the clock",
		entries: []worldEntry{
			we("2026-11-28T21:26:50.649Z", Unknown, "", `{"ei":0,"event":"user.login","uid":"46a96f1e-f415-453b-a670-05c800cb8aaf","code":"T1000W","time":"2026-11-28T21:26:50.649Z","cluster_name":"tp.corp.example","user":"bob","success":false,"error":"invalid username, password or second factor","method":"local","addr.remote":"203.0.113.77:51812"}`),
			we("2026-11-28T21:28:51.628Z", Unknown, "", `{"ei":0,"event":"user.login","uid":"48209e2e-29e9-4337-929f-192cbd3bb9f5","code":"T1000I","time":"2026-11-28T21:28:51.628Z","cluster_name":"tp.corp.example","user":"alice","success":true,"method":"local","addr.remote":"192.0.2.44:50112"}`),
			we("2026-11-28T21:29:04.111Z", Unknown, "", `{"addr.local":"10.20.0.31:3022","addr.remote":"192.0.2.44:51234","cluster_name":"tp.corp.example","code":"T2000I","ei":0,"event":"session.start","login":"root","namespace":"default","server_id":"a54859b4-0eba-4f36-af6a-452cb8379e38","sid":"85eeb0a1-cd2e-11f1-a0bd-125400432332","size":"80:25","time":"2026-11-28T21:29:04.111Z","uid":"b8bd5094-cb9f-4520-8f94-b71865fd9e19","user":"alice"}`),
			we("2026-11-28T21:35:40.902Z", Unknown, "", `{"cluster_name":"tp.corp.example","code":"T2004I","ei":412,"event":"session.end","login":"root","namespace":"default","participants":["alice"],"server_id":"a54859b4-0eba-4f36-af6a-452cb8379e38","sid":"85eeb0a1-cd2e-11f1-a0bd-125400432332","time":"2026-11-28T21:35:40.902Z","uid":"0c5fba22-4f1c-4e3d-9519-0a66db607aed","user":"alice"}`),
		},
	},
	{
		name:   "vault-audit-file-prefix-cee",
		source: "Vault's file audit device enabled with `prefix=\"@cee: \"` (the common `prefix` option: a string written before each JSON entry), for rsyslog's mmjsonparse: developer.hashicorp.com Vault 'File audit device' and 'audit enable' (options file_path, mode, format, prefix), lonegunmanb.github.io essential-vault's translation of it; the entry's keys from fresh5's vault-audit source",
		why:    "a fixed prefix before the JSON object; `error` is a field of the response, not a level; `remote_address` is the client",
		entries: []worldEntry{
			we("2026-11-29T07:48:01.204512Z", Unknown, "", `@cee: {"time":"2026-11-29T07:48:01.204512Z","type":"request","auth":{"client_token":"hmac-sha256:4f1c2a7e","accessor":"hmac-sha256:9b3d4c1a","display_name":"approle","policies":["default","shop-api"],"token_policies":["default","shop-api"],"token_type":"service"},"request":{"id":"5d6e7f80-9102-4132-8b4c-5d6e7f809102","operation":"read","mount_type":"kv","client_token":"hmac-sha256:4f1c2a7e","path":"secret/data/shop/db","remote_address":"10.20.0.41","remote_port":51822}}`),
			we("2026-11-29T07:48:01.206003Z", Unknown, "", `@cee: {"time":"2026-11-29T07:48:01.206003Z","type":"response","auth":{"client_token":"hmac-sha256:4f1c2a7e","accessor":"hmac-sha256:9b3d4c1a","display_name":"approle","policies":["default","shop-api"],"token_type":"service"},"request":{"id":"5d6e7f80-9102-4132-8b4c-5d6e7f809102","operation":"read","mount_type":"kv","path":"secret/data/shop/db","remote_address":"10.20.0.41","remote_port":51822},"response":{"mount_type":"kv","data":{"data":{"password":"hmac-sha256:7a8b9c0d"}}}}`),
			we("2026-11-29T07:48:09.771240Z", Unknown, "", `@cee: {"time":"2026-11-29T07:48:09.771240Z","type":"response","auth":{"client_token":"hmac-sha256:1e2f3a4b","accessor":"hmac-sha256:5c6d7e8f","display_name":"token-ci","policies":["default"],"token_type":"service"},"request":{"id":"6e7f8091-0213-4243-9c5d-6e7f80910213","operation":"update","mount_type":"transit","path":"transit/encrypt/shop","remote_address":"10.20.0.77","remote_port":40220},"error":"1 error occurred:\n\t* permission denied\n\n"}`),
		},
	},
	{
		name:   "vault-audit-syslog-device",
		source: "Vault's syslog audit device (`vault audit enable syslog tag=vault facility=AUTH`) as rsyslog writes it to a file: the traditional header (`Mmm dd HH:mm:ss host vault[pid]:`) before the same JSON entry: developer.hashicorp.com Vault 'audit enable' (device types file, socket, syslog) and 'Syslog audit device'; from memory of real lines",
		why:    "a syslog header whose host is the record's host before a JSON entry that carries its own time to the microsecond: either time is right; no level (the file holds no severity)",
		entries: []worldEntry{
			we("2026-11-29T07:49:10Z|2026-11-29T07:49:10.551203Z", Unknown, "vault02", `Nov 29 07:49:10 vault02 vault[2211]: {"time":"2026-11-29T07:49:10.551203Z","type":"request","auth":{"client_token":"hmac-sha256:2b3c4d5e","accessor":"hmac-sha256:6f708192","display_name":"oidc-alice","policies":["default","ops"],"token_type":"service"},"request":{"id":"7f809102-1324-4354-8d6e-7f8091021324","operation":"list","mount_type":"kv","path":"secret/metadata/ops/","remote_address":"10.20.0.12","remote_port":50311}}`),
			we("2026-11-29T07:49:10Z|2026-11-29T07:49:10.553880Z", Unknown, "vault02", `Nov 29 07:49:10 vault02 vault[2211]: {"time":"2026-11-29T07:49:10.55388Z","type":"response","auth":{"client_token":"hmac-sha256:2b3c4d5e","accessor":"hmac-sha256:6f708192","display_name":"oidc-alice","policies":["default","ops"],"token_type":"service"},"request":{"id":"7f809102-1324-4354-8d6e-7f8091021324","operation":"list","mount_type":"kv","path":"secret/metadata/ops/","remote_address":"10.20.0.12","remote_port":50311},"response":{"mount_type":"kv","data":{"keys":["hmac-sha256:0a1b2c3d"]}}}`),
			we("2026-11-29T07:49:31Z|2026-11-29T07:49:31.004417Z", Unknown, "vault02", `Nov 29 07:49:31 vault02 vault[2211]: {"time":"2026-11-29T07:49:31.004417Z","type":"request","auth":{"token_type":"default"},"request":{"id":"8091a2b3-2435-4465-9e7f-8091a2b32435","operation":"update","mount_type":"userpass","path":"auth/userpass/login/bob","remote_address":"203.0.113.77","remote_port":41022}}`),
		},
	},
	{
		name:   "keycloak26-ecs-json-console",
		source: "Keycloak 26.1+ with `--log-console-output=json --log-console-json-format=ecs` (Quarkus's ECS JSON: @timestamp with nanoseconds and an offset, event.sequence, log.logger, log.level, message, process.thread.name, host.hostname, ecs.version, service.name): keycloak.org 'Configuring logging' and the Red Hat build of Keycloak 26.2 server guide 'Use different JSON format for log handlers' (its sample line)",
		why:    "an ECS object: the time under `@timestamp` (+01:00, nanoseconds), the level under `log.level`, the host under `host.hostname`; a LOGIN_ERROR event's ipAddress is the client",
		entries: []worldEntry{
			we("2026-11-29T07:50:02.539484211Z", Info, "kc-1", `{"@timestamp":"2026-11-29T08:50:02.539484211+01:00","event.sequence":9608,"log.logger":"io.quarkus","log.level":"INFO","message":"Keycloak 26.2.5 on JVM (powered by Quarkus 3.20.1) started in 9.412s. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000.","process.thread.name":"main","process.thread.id":1,"mdc":{},"ndc":"","host.hostname":"kc-1","process.name":"/usr/lib/jvm/jre-21/bin/java","process.pid":1,"data_stream.type":"logs","ecs.version":"1.12.2","service.environment":"prod","service.name":"Keycloak","service.version":"26.2.5"}`),
			we("2026-11-29T07:50:40.118220917Z", Warn, "kc-1", `{"@timestamp":"2026-11-29T08:50:40.118220917+01:00","event.sequence":9644,"log.logger":"org.keycloak.events","log.level":"WARN","message":"type=\"LOGIN_ERROR\", realmId=\"8f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1\", realmName=\"shop\", clientId=\"web\", userId=\"null\", sessionId=\"null\", ipAddress=\"203.0.113.9\", error=\"user_not_found\", auth_method=\"openid-connect\", username=\"mallory\"","process.thread.name":"executor-thread-7","process.thread.id":88,"mdc":{},"ndc":"","host.hostname":"kc-1","process.name":"/usr/lib/jvm/jre-21/bin/java","process.pid":1,"data_stream.type":"logs","ecs.version":"1.12.2","service.environment":"prod","service.name":"Keycloak","service.version":"26.2.5"}`),
			we("2026-11-29T07:51:03.902117004Z", Error, "kc-1", `{"@timestamp":"2026-11-29T08:51:03.902117004+01:00","event.sequence":9671,"log.logger":"org.keycloak.services","log.level":"ERROR","message":"KC-SERVICES0013: Failed authentication: org.keycloak.authentication.AuthenticationFlowException: Invalid user credentials","process.thread.name":"executor-thread-9","process.thread.id":91,"mdc":{},"ndc":"","host.hostname":"kc-1","process.name":"/usr/lib/jvm/jre-21/bin/java","process.pid":1,"data_stream.type":"logs","ecs.version":"1.12.2","service.environment":"prod","service.name":"Keycloak","service.version":"26.2.5"}`),
			we("2026-11-29T07:51:20.004810552Z", Debug, "kc-1", `{"@timestamp":"2026-11-29T08:51:20.004810552+01:00","event.sequence":9690,"log.logger":"org.keycloak.models.sessions.infinispan","log.level":"DEBUG","message":"Removed 3 expired user sessions and 0 expired client sessions in realm 'shop'","process.thread.name":"Timer-0","process.thread.id":42,"mdc":{},"ndc":"","host.hostname":"kc-1","process.name":"/usr/lib/jvm/jre-21/bin/java","process.pid":1,"data_stream.type":"logs","ecs.version":"1.12.2","service.environment":"prod","service.name":"Keycloak","service.version":"26.2.5"}`),
		},
	},
	{
		name:   "openvpn26-iso-logfile-verb3",
		source: "OpenVPN 2.6 server with `--log /var/log/openvpn/server.log` and `verb 3`: 2.6's ISO `yyyy-MM-dd HH:mm:ss` stamp (the `us=` microseconds only from verb 4, as in OpenVPN/ovpn-dco issue #21's 2.6.0 log), then the client instance's `addr:port` or `cn/addr:port` prefix: pfelk/pfelk issue #376 (the 2.6 messages), haugene/docker-transmission-openvpn issue #1086 (the older ctime stamp)",
		why:    "an ISO date and time without a zone (UTC) and without microseconds; a peer address or `cn/address` after it is no host; no level at verb 3",
		entries: []worldEntry{
			we("2026-11-27T07:52:01Z", Unknown, "", "2026-11-27 07:52:01 OpenVPN 2.6.14 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] [DCO]"),
			we("2026-11-27T07:52:10Z", Unknown, "", "2026-11-27 07:52:10 203.0.113.45:51234 TLS: Initial packet from [AF_INET]203.0.113.45:51234, sid=4f1c2a7e 9b3d4c1a"),
			we("2026-11-27T07:52:10Z", Unknown, "", "2026-11-27 07:52:10 203.0.113.45:51234 VERIFY OK: depth=0, CN=alice"),
			we("2026-11-27T07:52:11Z", Unknown, "", "2026-11-27 07:52:11 203.0.113.45:51234 [alice] Peer Connection Initiated with [AF_INET]203.0.113.45:51234"),
			we("2026-11-27T07:52:11Z", Unknown, "", "2026-11-27 07:52:11 alice/203.0.113.45:51234 MULTI_sva: pool returned IPv4=10.8.0.6, IPv6=(Not enabled)"),
			we("2026-11-27T07:52:12Z", Unknown, "", "2026-11-27 07:52:12 alice/203.0.113.45:51234 SENT CONTROL [alice]: 'PUSH_REPLY,route-gateway 10.8.0.1,topology subnet,ping 10,ping-restart 120,ifconfig 10.8.0.6 255.255.255.0,peer-id 0,cipher AES-256-GCM' (status=1)"),
		},
	},
	{
		name:   "strongswan-filelog-weekday-comma-time",
		source: "strongSwan charon filelog with `time_format = %a, %Y-%m-%d, %H:%M:%S` and `ike_name = yes` (`time thread[SUBSYS] <conn|id> msg`): strongswan/strongswan issue #390 (a log in that layout), docs.strongswan.org 'Logger Configuration'",
		why:    "a weekday and commas around an ISO date before the time; the thread and subsystem and the IKE name follow; indented detail lines are records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:53:17Z", Unknown, "", "Sun, 2026-11-29, 07:53:17 14[NET] <gw-gw|1> sending packet: from 10.0.3.100[500] to 10.0.3.200[500] (172 bytes)"),
			we("2026-11-29T07:53:17Z", Unknown, "", "Sun, 2026-11-29, 07:53:17 09[IKE] <gw-gw|1> IKE_SA gw-gw[1] established between 10.0.3.100[gw1.corp.example]...10.0.3.200[gw2.corp.example]"),
			we("2026-11-29T07:53:17Z", Unknown, "", "Sun, 2026-11-29, 07:53:17 09[IKE] <gw-gw|1> scheduling reauthentication in 9934s"),
			we("2026-11-29T07:53:18Z", Unknown, "", "Sun, 2026-11-29, 07:53:18 06[CHD] <gw-gw|1>   SPI 0xc5f602ad, src 10.0.3.200 dst 10.0.3.100"),
			we("2026-11-29T07:53:18Z", Unknown, "", "Sun, 2026-11-29, 07:53:18 06[IKE] <gw-gw|1> CHILD_SA net-net{1} established with SPIs c5f602ad_i 09b7ea2c_o and TS 10.1.0.0/16 === 10.2.0.0/16"),
		},
	},
	{
		name:   "wg-quick-up-terminal",
		source: "`wg-quick up wg0` in a terminal (each command it runs echoed as `[#] command` on stderr, no time): wg-quick(8); fresh150's wg-quick-journal (the same lines in the journal)",
		why:    "untimed lines with a `[#]` marker: no time, no level, no host, one record a line",
		entries: []worldEntry{
			we("", Unknown, "", "[#] ip link add wg0 type wireguard"),
			we("", Unknown, "", "[#] wg setconf wg0 /dev/fd/63"),
			we("", Unknown, "", "[#] ip -4 address add 10.66.0.2/24 dev wg0"),
			we("", Unknown, "", "[#] ip link set mtu 1420 up dev wg0"),
			we("", Unknown, "", "[#] resolvconf -a tun.wg0 -m 0 -x"),
		},
	},
	{
		name:   "dex-slog-json",
		source: "Dex 2.41+ with `logger: format: json` (log/slog's JSONHandler: time with nanoseconds and Z, level in capitals, msg, then the attributes): dexidp/dex's slog change (dex-slog-kubectl's source in an earlier table, text handler) and Go's log/slog JSONHandler documentation",
		why:    "slog's JSON keys `time`, `level` (INFO, WARN, ERROR) and `msg`; an `address` attribute is a listen address, not a host",
		entries: []worldEntry{
			we("2026-11-29T07:55:01.102345678Z", Info, "", `{"time":"2026-11-29T07:55:01.102345678Z","level":"INFO","msg":"listening on","server":"http","address":"0.0.0.0:5556"}`),
			we("2026-11-29T07:55:40.551002113Z", Info, "", `{"time":"2026-11-29T07:55:40.551002113Z","level":"INFO","msg":"login successful","connector_id":"ldap","username":"alice","preferred_username":"","email":"alice@corp.example","groups":["devs"]}`),
			we("2026-11-29T07:55:52.004118207Z", Warn, "", `{"time":"2026-11-29T07:55:52.004118207Z","level":"WARN","msg":"failed to refresh identity","connector_id":"ldap","err":"ldap: no results returned for filter: \"(uid=bob)\""}`),
			we("2026-11-29T07:56:03.880001990Z", Error, "", `{"time":"2026-11-29T07:56:03.88000199Z","level":"ERROR","msg":"failed to parse authorization request","err":"Invalid client_id (\"shop\")."}`),
		},
	},
}

func TestFresh200Formats(t *testing.T) { assertTable(t, fresh200Cases) }

func TestFresh200Score(t *testing.T) {
	checkScore(t, "fresh200 formats", fresh200Cases, [worldNumFields]float64{99.9, 99.9, 96.6, 99.9})
}
