package parse

import "testing"

// The three-hundred-and-twenty-second fresh table, written on 2026-12-08: everyday server daemons
// (nginx, PostgreSQL, Redis, MySQL, HAProxy, Caddy, Traefik, Mosquitto, RabbitMQ, memcached) as the
// container runtimes hand their output back, in shapes no earlier table holds. Each family is one
// daemon read through one runtime's command or file: nginx under `docker logs --details` without
// -t (the container's env and label attributes, URL-escaped and sorted, before every line, and no
// time but the line's own); PostgreSQL 17 in the pod log file CRI-O's conmon writes on a node at
// +01:00 (every line of one write under the same local stamp, an error with its DETAIL, STATEMENT
// and the statement's own continuation lines); Redis 7.4 in a pod read with `podman pod logs -t`
// (each container's short id, then podman's -05:00 time padded to nanoseconds, then Redis's own
// line); MySQL 8.4's statefulset read with `kubectl logs -l … --prefix --timestamps`; HAProxy 3.0
// with `log stdout format raw` under `docker compose logs -t --no-color` (its httplog lines' accept
// date is not the emission time); Caddy 2's JSON on stderr in the pod log file containerd writes
// (RFC 3339 with the fraction's trailing zeros trimmed); Traefik 3 behind kubectl's prefix and
// time, its console log and its CLF access line; Mosquitto 2 under `docker compose logs
// --no-color` without -t (the epoch seconds after the column the only time); RabbitMQ 4's two
// containers read with `podman logs -n -t` (the container's name, podman's -08:00 time, RabbitMQ's
// own time); memcached 1.6 with -vv under `docker logs -t` (Docker's stamp the only time).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`nginx`, `postgres`, `redis`, `mysql`, `haproxy`, `caddy`, `traefik`, `mosquitto`,
// `rabbitmq`, `memcached`, `docker logs --details`, `--details`, `attrsByteSlice`, `SITE=`,
// `TIER=`, `com.example.owner`, `web+team`, `podman pod logs`, `podman logs -n`, `--names`,
// `stderr F 2026-11-29 07`, `+01:00 stderr`, `+01:00 stdout`, `-05:00 1:`, `-08:00 2026-11-29 07`,
// `stderr F {`, `stdout F {`, `/var/log/pods`, `/var/log/containers`, `lb-1  |`, `haproxy-1`,
// `mqtt-1`, `mosquitto-1`, `[pod/mysql`, `/mysql]`, `[pod/traefik`, `/traefik]`, `rabbit-1 2026`,
// `rabbit-2`, `slab class`, `perslab`, `Z <2`, `Z >2`, `server listening (auto-negotiate)`,
// `auto-negotiating`, `RETURNING`, `is not formatted; run`, `handled request`,
// `tls.cache.maintenance`, `Peer discovery`, `missed heartbeats`, `Switching to dedicated user`,
// `MY-013829`, `MY-010055`, `Layer7 wrong status`, `has no server available`, `exceeded timeout`,
// `QoS 1)`, `Connecting to MASTER`, `Error condition on socket for SYNC`). Each daemon is in many
// tables, and each runtime shape in some, but no daemon here in the shape it is given: `docker logs
// --details` is in fresh149 only with -t and slog text (fresh164 left it out without attributes);
// nginx under Docker is in fresh40 (bare) and fresh79 (-t). The CRI file is in holdout_test.go,
// fresh149 (containerd's partial lines, Spring Boot, slog JSON), fresh239 (kube-apiserver) and the
// rules and formats tables, every stamp in Z; none holds CRI-O's local offset (grepped as digits, an
// offset and ` stdout|stderr F|P `), and PostgreSQL is under Docker and kubectl
// (fresh79) and compose (fresh168), never in a pod's file. `podman pod logs` and `podman logs -n`
// are in none (fresh149 holds `podman logs -t` of one container); Redis is under Docker, kubectl and
// compose (fresh79, fresh164), RabbitMQ under Docker and compose (fresh79, fresh164). MySQL under
// kubectl is in none (fresh79, fresh177, fresh234 hold Docker and compose); HAProxy under compose
// is in none (fresh79 holds `docker logs -t` of its master lines, fresh82 and fresh218 its raw
// httplog bare); Caddy's JSON is under kubectl in fresh79, never in containerd's file; Traefik 3 is
// under Docker and compose (fresh79, fresh177), never behind kubectl's prefix; Mosquitto is under
// `docker logs -t` in fresh79, never in compose's column; memcached -vv is bare (fresh_test.go) and
// in the journal (fresh85), never under Docker. The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Where a runtime's stamp and the daemon's own time are both on a line, either
// is accepted: they are two readings of the record's time (HAProxy's accept date and Traefik's CLF
// time are the request's start, seconds before Docker's or the kubelet's stamp, and still the
// record's). CRI-O's +01:00, podman's -05:00 and -08:00 are converted; nginx's, HAProxy's and
// PostgreSQL's zone-less or UTC times are UTC; Mosquitto's epoch seconds and Caddy's float epoch are
// read as written. A line with neither (nginx's entrypoint under --details without -t) has no time.
// Levels only where the line marks one: nginx's [notice] and [error] and its entrypoint script's
// `info:`, PostgreSQL's LOG (Info), ERROR and FATAL (Critical), Redis's `*` (Notice) and `#` (Warn),
// MySQL's [Note] and [System] (Notice), [Warning], [ERROR], HAProxy's [NOTICE], [WARNING], [ALERT],
// Caddy's level key, Traefik's INF WRN ERR, RabbitMQ's bracketed word; Docker's attributes, CRI's
// stream and F tag, memcached's `<27`, `>27` and Mosquitto's lines mark none. No record here has a
// host: a container's id or name, a compose service, a pod and container in kubectl's brackets, an
// env value (SITE=shop.example.org), a replica's or source's address, an Erlang node and an HTTP
// Host are not the record's host. A record that spans lines is one entry: PostgreSQL's ERROR with
// its DETAIL, its STATEMENT and the statement's continuation lines, each behind CRI-O's header;
// RabbitMQ's two-line message, written with its header on each line, is two records.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d13dd9c before any rule for it: level 90.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 90.1 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at d13dd9c with no change to trawl's code (only this file and table_test.go's list), 9 of
// 10 families fully right; the gap is the level of Redis's lines behind `podman pod logs`' container
// id: its `*` and `#` marks are not read once a 12-hex id leads the line.

var fresh322Cases = []worldCase{
	{
		name:   "nginx-docker-logs-details-env-labels",
		source: "the official nginx image started with `--log-opt env=SITE,TIER --log-opt labels=com.example.owner` and read with `docker logs --details` and no -t: each line led by the log attributes as `key=value` pairs, keys sorted, both sides URL query-escaped (a space as +), joined by commas, then one space: moby/moby api/server/httputils/write_log_stream.go (attrsByteSlice) and moby/moby#21889; the entrypoint's lines, nginx's error log on stderr and the image's `main` access format as in fresh40 and fresh79 (docker-library/nginx's entrypoint scripts and nginx.conf)",
		why:    "Docker's attributes look like logfmt but carry no time, level or host (SITE's value is a site name, no host); without -t the entrypoint's lines have no time, nginx's lines only their own",
		entries: []worldEntry{
			we("", Unknown, "", "SITE=shop.example.org,TIER=edge,com.example.owner=web+team /docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh"),
			we("", Info, "", "SITE=shop.example.org,TIER=edge,com.example.owner=web+team 10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf"),
			we("", Unknown, "", "SITE=shop.example.org,TIER=edge,com.example.owner=web+team /docker-entrypoint.sh: Configuration complete; ready for start up"),
			we("2026-11-29T07:41:16Z", Notice, "", `SITE=shop.example.org,TIER=edge,com.example.owner=web+team 2026/11/29 07:41:16 [notice] 1#1: using the "epoll" event method`),
			we("2026-11-29T07:41:16Z", Notice, "", "SITE=shop.example.org,TIER=edge,com.example.owner=web+team 2026/11/29 07:41:16 [notice] 1#1: start worker processes"),
			we("2026-11-29T07:41:22Z", Unknown, "", `SITE=shop.example.org,TIER=edge,com.example.owner=web+team 172.18.0.1 - - [29/Nov/2026:07:41:22 +0000] "GET /cart HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0" "-"`),
			we("2026-11-29T07:41:25Z", Error, "", `SITE=shop.example.org,TIER=edge,com.example.owner=web+team 2026/11/29 07:41:25 [error] 29#29: *7 open() "/usr/share/nginx/html/favicon.ico" failed (2: No such file or directory), client: 172.18.0.1, server: localhost, request: "GET /favicon.ico HTTP/1.1", host: "shop.example.org", referrer: "https://shop.example.org/cart"`),
		},
	},
	{
		name:   "postgres17-crio-pod-log-cet-offset",
		source: "the postgres:17 image in a pod on a CRI-O node whose zone is Europe/Berlin, its file /var/log/pods/shop_orders-db-0_<uid>/postgres/0.log: conmon's CRI line `yyyy-MM-ddTHH:mm:ss.nnnnnnnnn±hh:mm stream F|P line`, the time from localtime_r with nine digits and the node's offset, one stamp for every line of one write: containers/conmon src/ctr_logging.c (write_k8s_log, set_k8s_timestamp); opentelemetry.io blog 'Introducing the new container log parser' (CRI-O's `%Y-%m-%dT%H:%M:%S.%9N%:z` against containerd's); PostgreSQL's default `%m [%p] ` prefix on stderr as in fresh79 and fresh168",
		why:    "CRI-O's +01:00 stamp and PostgreSQL's UTC time are one instant; the ERROR, its DETAIL, its STATEMENT and the statement's unprefixed continuation lines, each behind the same CRI header, are one record; stderr and F are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.330127771Z", Unknown, "", "2026-11-29T08:41:16.330127771+01:00 stdout F PostgreSQL Database directory appears to contain a database; Skipping initialization"),
			we("2026-11-29T07:41:16.418Z|2026-11-29T07:41:16.418233509Z", Info, "", `2026-11-29T08:41:16.418233509+01:00 stderr F 2026-11-29 07:41:16.418 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432`),
			we("2026-11-29T07:41:16.431Z|2026-11-29T07:41:16.431870224Z", Info, "", "2026-11-29T08:41:16.431870224+01:00 stderr F 2026-11-29 07:41:16.431 UTC [1] LOG:  database system is ready to accept connections"),
			we("2026-11-29T07:41:58.702Z|2026-11-29T07:41:58.70311452Z", Error, "",
				`2026-11-29T08:41:58.703114520+01:00 stderr F 2026-11-29 07:41:58.702 UTC [214] ERROR:  duplicate key value violates unique constraint "invoices_number_key"`,
				"2026-11-29T08:41:58.703114520+01:00 stderr F 2026-11-29 07:41:58.702 UTC [214] DETAIL:  Key (number)=(INV-2026-11-0412) already exists.",
				"2026-11-29T08:41:58.703114520+01:00 stderr F 2026-11-29 07:41:58.702 UTC [214] STATEMENT:  INSERT INTO invoices (number, customer_id, total)",
				"2026-11-29T08:41:58.703114520+01:00 stderr F \tVALUES ('INV-2026-11-0412', 5531, 240.00)",
				"2026-11-29T08:41:58.703114520+01:00 stderr F \tRETURNING id"),
			we("2026-11-29T07:42:03.118Z|2026-11-29T07:42:03.118402771Z", Critical, "", `2026-11-29T08:42:03.118402771+01:00 stderr F 2026-11-29 07:42:03.118 UTC [233] FATAL:  role "reporting" does not exist`),
			we("2026-11-29T07:46:16.531Z|2026-11-29T07:46:16.532118004Z", Info, "", "2026-11-29T08:46:16.532118004+01:00 stderr F 2026-11-29 07:46:16.531 UTC [27] LOG:  checkpoint starting: time"),
		},
	},
	{
		name:   "redis74-podman-pod-logs-timestamps-ids",
		source: "`podman pod logs -t cache` on a host at -05:00, the pod holding a Redis 7.4 primary and a replica on port 6380, the journald log driver: each line led by the container's id cut to 12 characters and a space, then podman's LogTimeFormat `2006-01-02T15:04:05.000000000Z07:00` in the local zone (the journal's microseconds padded with zeros), then the line: containers/podman libpod/logs/log.go (LogLine.String, options.Multi), podman-container-tools/podman issues #4962 and #13261 (ids, not names, before each line) and #27691 (the padded local time); Redis's `pid:role dd Mon yyyy HH:mm:ss.SSS mark msg` as in fresh79 and fresh164",
		why:    "a hex container id before the time; podman's -05:00 time and Redis's zone-less UTC time are one instant; `*` is Notice and `#` Warn; the replica's and primary's addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.202Z|2026-11-29T07:41:16.203118Z", Notice, "", "4c1e9a7f2b3d 2026-11-29T02:41:16.203118000-05:00 1:C 29 Nov 2026 07:41:16.202 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo"),
			we("2026-11-29T07:41:16.205Z|2026-11-29T07:41:16.206442Z", Notice, "", "4c1e9a7f2b3d 2026-11-29T02:41:16.206442000-05:00 1:M 29 Nov 2026 07:41:16.205 * Ready to accept connections tcp"),
			we("2026-11-29T07:41:16.612Z|2026-11-29T07:41:16.612904Z", Notice, "", "9e0b3d5a1c7f 2026-11-29T02:41:16.612904000-05:00 1:S 29 Nov 2026 07:41:16.612 * Connecting to MASTER 127.0.0.1:6379"),
			we("2026-11-29T07:41:16.613Z|2026-11-29T07:41:16.613377Z", Notice, "", "9e0b3d5a1c7f 2026-11-29T02:41:16.613377000-05:00 1:S 29 Nov 2026 07:41:16.613 * MASTER <-> REPLICA sync started"),
			we("2026-11-29T07:41:16.613Z|2026-11-29T07:41:16.61402Z", Notice, "", "4c1e9a7f2b3d 2026-11-29T02:41:16.614020000-05:00 1:M 29 Nov 2026 07:41:16.613 * Replica 127.0.0.1:6380 asks for synchronization"),
			we("2026-11-29T07:41:16.613Z|2026-11-29T07:41:16.614087Z", Notice, "", "4c1e9a7f2b3d 2026-11-29T02:41:16.614087000-05:00 1:M 29 Nov 2026 07:41:16.613 * Full resync requested by replica 127.0.0.1:6380"),
			we("2026-11-29T07:43:02.118Z|2026-11-29T07:43:02.11866Z", Warn, "", "9e0b3d5a1c7f 2026-11-29T02:43:02.118660000-05:00 1:S 29 Nov 2026 07:43:02.118 # Error condition on socket for SYNC: Connection refused"),
		},
	},
	{
		name:   "mysql84-kubectl-label-prefix-timestamps",
		source: "`kubectl logs -n db -l app.kubernetes.io/name=mysql --prefix --timestamps` over a mysql:8.4 statefulset's two pods: `[pod/<pod>/<container>] `, the kubelet's RFC 3339 nanosecond time, then the entrypoint's `yyyy-MM-dd HH:mm:ss+00:00 [Note] [Entrypoint]: msg` or mysqld's error log (`ISO Z thread [Label] [MY-n] [Subsystem] msg`): geerlingguy/ansible-for-kubernetes issue #75 and wercker/stern issue #145 (`-l … --prefix --timestamps`), kubernetes/kubernetes issue #44812; MySQL's lines as in fresh79 and fresh234; the messages from memory",
		why:    "two pods' prefixes interleaved; the kubelet's time and MySQL's are one instant; [Note] and [System] are Notice; the pod, the replication source and the unresolved client address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.402118337Z|2026-11-29T07:41:15Z", Notice, "", "[pod/mysql-0/mysql] 2026-11-29T07:41:15.402118337Z 2026-11-29 07:41:15+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'"),
			we("2026-11-29T07:41:16.802113944Z|2026-11-29T07:41:16.80192Z", Notice, "", "[pod/mysql-0/mysql] 2026-11-29T07:41:16.802113944Z 2026-11-29T07:41:16.801920Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.4.7) starting as process 1"),
			we("2026-11-29T07:41:17.210334501Z|2026-11-29T07:41:17.210102Z", Warn, "", "[pod/mysql-0/mysql] 2026-11-29T07:41:17.210334501Z 2026-11-29T07:41:17.210102Z 0 [Warning] [MY-013829] [Server] Missing data directory for ICU regular expressions: /usr/lib64/mysql/private/."),
			we("2026-11-29T07:41:18.120771032Z|2026-11-29T07:41:18.120503Z", Notice, "", "[pod/mysql-1/mysql] 2026-11-29T07:41:18.120771032Z 2026-11-29T07:41:18.120503Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.4.7'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."),
			we("2026-11-29T07:43:05.338904117Z|2026-11-29T07:43:05.338611Z", Warn, "", "[pod/mysql-1/mysql] 2026-11-29T07:43:05.338904117Z 2026-11-29T07:43:05.338611Z 57 [Warning] [MY-010055] [Server] IP address '10.42.3.17' could not be resolved: Name or service not known"),
			we("2026-11-29T07:44:12.551870302Z|2026-11-29T07:44:12.551604Z", Error, "", "[pod/mysql-0/mysql] 2026-11-29T07:44:12.551870302Z 2026-11-29T07:44:12.551604Z 88 [ERROR] [MY-010584] [Repl] Replica I/O for channel '': Error connecting to source 'repl@mysql-1.mysql.db.svc.cluster.local:3306'. This was attempt 3/86400, with a delay of 60 seconds between attempts. Message: Can't connect to MySQL server on 'mysql-1.mysql.db.svc.cluster.local:3306' (111), Error_code: MY-002003"),
		},
	},
	{
		name:   "haproxy30-compose-logs-t-raw-httplog",
		source: "HAProxy 3.0 with `log stdout format raw local0` and `option httplog` in a compose service `lb`, read with `docker compose logs -t --no-color lb`: compose v2's `lb-1  | ` column, Docker's RFC 3339 nanosecond time, then the master's `[LEVEL]  (pid) : msg` lines (no time of their own) or the httplog line (`client:port [dd/Mon/yyyy:HH:mm:ss.SSS] frontend backend/server Tq/Tw/Tc/Tr/Ta status bytes … \"request\"`): ZoeyVid/docker-socket-proxy issue #110 (the stdout raw config), haproxy/haproxy issue #2706 (NOTICE, WARNING and ALERT carry no time in containers), docs.docker.com 'docker compose logs' (--timestamps, --no-color); the lines as in fresh79 and fresh82",
		why:    "the service column then Docker's time; an httplog line's accept date is the request's start, seconds before Docker's stamp on a slow request, and either is the record's; [NOTICE], [WARNING], [ALERT] are levels; the client and servers are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.011204338Z", Notice, "", "lb-1  | 2026-11-29T07:41:16.011204338Z [NOTICE]   (1) : haproxy version is 3.0.12-5c1d4a3"),
			we("2026-11-29T07:41:16.014590117Z", Notice, "", "lb-1  | 2026-11-29T07:41:16.014590117Z [NOTICE]   (1) : New worker (8) forked"),
			we("2026-11-29T07:41:16.014688203Z", Notice, "", "lb-1  | 2026-11-29T07:41:16.014688203Z [NOTICE]   (1) : Loading success."),
			we("2026-11-29T07:41:21.337801902Z|2026-11-29T07:41:21.318Z", Unknown, "", `lb-1  | 2026-11-29T07:41:21.337801902Z 172.19.0.1:55310 [29/Nov/2026:07:41:21.318] fe_http be_app/app1 0/0/2/16/18 200 1742 - - ---- 2/2/0/0/0 0/0 "GET /api/orders/4120 HTTP/1.1"`),
			we("2026-11-29T07:41:23.902443187Z", Warn, "", `lb-1  | 2026-11-29T07:41:23.902443187Z [WARNING]  (8) : Server be_app/app2 is DOWN, reason: Layer7 wrong status, code: 503, info: "Service Unavailable", check duration: 3ms. 1 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.`),
			we("2026-11-29T07:41:25.120338411Z|2026-11-29T07:41:20.102Z", Unknown, "", `lb-1  | 2026-11-29T07:41:25.120338411Z 172.19.0.1:55322 [29/Nov/2026:07:41:20.102] fe_http be_app/app1 0/0/1/-1/5018 502 209 - - SH-- 1/1/0/0/0 0/0 "POST /api/checkout HTTP/1.1"`),
			we("2026-11-29T07:41:29.470118552Z", Warn, "", `lb-1  | 2026-11-29T07:41:29.470118552Z [WARNING]  (8) : Server be_app/app1 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 0 active and 0 backup servers left. 1 sessions active, 0 requeued, 0 remaining in queue.`),
			we("2026-11-29T07:41:29.470201336Z", Alert, "", "lb-1  | 2026-11-29T07:41:29.470201336Z [ALERT]    (8) : backend 'be_app' has no server available!"),
		},
	},
	{
		name:   "caddy2-containerd-pod-log-json-stderr",
		source: "the caddy:2.10 image in a pod on a containerd node in UTC, its file /var/log/pods/web_caddy-7f9c6d5b8-vx2lq_<uid>/caddy/0.log: containerd's CRI line with Go's RFC3339Nano (the fraction's trailing zeros trimmed, `Z`), `stderr F`, then Caddy's zap JSON (level, ts as epoch seconds with a float fraction, logger, msg, the access log's request object): opentelemetry.io blog 'Introducing the new container log parser' (containerd's `%Y-%m-%dT%H:%M:%S.%L%z`), kubernetes/design-proposals 'CRI container logging'; caddyserver.com 'Logging' (the JSON keys); containerd's trimming from memory",
		why:    "containerd's stamp has a fraction of two to nine digits; ts and the stamp are one instant; the level key is the level, stderr none; the request's host and remote_ip are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.1019983Z|2026-11-29T07:41:16.1022041Z", Info, "", `2026-11-29T07:41:16.1022041Z stderr F {"level":"info","ts":1795938076.1019983,"msg":"adapted config to JSON","adapter":"caddyfile"}`),
			we("2026-11-29T07:41:16.1023471Z|2026-11-29T07:41:16.10254Z", Warn, "", `2026-11-29T07:41:16.10254Z stderr F {"level":"warn","ts":1795938076.1023471,"msg":"Caddyfile input is not formatted; run 'caddy fmt --overwrite' to fix inconsistencies","adapter":"caddyfile","file":"/etc/caddy/Caddyfile","line":3}`),
			we("2026-11-29T07:41:16.109115Z|2026-11-29T07:41:16.109338402Z", Info, "", `2026-11-29T07:41:16.109338402Z stderr F {"level":"info","ts":1795938076.109115,"logger":"tls.cache.maintenance","msg":"started background certificate maintenance","cache":"0xc000532480"}`),
			we("2026-11-29T07:41:16.1098862Z|2026-11-29T07:41:16.11Z", Info, "", `2026-11-29T07:41:16.11Z stderr F {"level":"info","ts":1795938076.1098862,"msg":"serving initial configuration"}`),
			we("2026-11-29T07:41:22.4828265Z|2026-11-29T07:41:22.4830177Z", Info, "", `2026-11-29T07:41:22.4830177Z stderr F {"level":"info","ts":1795938082.4828265,"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"10.42.0.1","remote_port":"52114","client_ip":"10.42.0.1","proto":"HTTP/1.1","method":"GET","host":"shop.example.org","uri":"/products?page=2","headers":{"User-Agent":["Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"],"Accept":["text/html"]}},"bytes_read":0,"user_id":"","duration":0.004118772,"size":18211,"status":200,"resp_headers":{"Server":["Caddy"],"Content-Type":["text/html; charset=utf-8"]}}`),
			we("2026-11-29T07:41:25.8999324Z|2026-11-29T07:41:25.90014Z", Error, "", `2026-11-29T07:41:25.90014Z stderr F {"level":"error","ts":1795938085.8999324,"logger":"http.log.error.log0","msg":"dial tcp 10.43.12.7:8080: connect: connection refused","request":{"remote_ip":"10.42.0.1","remote_port":"52130","client_ip":"10.42.0.1","proto":"HTTP/1.1","method":"POST","host":"shop.example.org","uri":"/api/cart","headers":{"Content-Type":["application/json"]}},"duration":0.001204,"status":502,"err_id":"q3v8m1x0k","err_trace":"reverseproxy.statusError (reverseproxy.go:1373)"}`),
		},
	},
	{
		name:   "traefik3-kubectl-label-prefix-timestamps",
		source: "`kubectl logs -n traefik -l app.kubernetes.io/name=traefik --prefix --timestamps` over two Traefik 3.5 replicas: the prefix, the kubelet's time, then Traefik's default console log (zerolog without colours: `RFC 3339 to the second LVL msg key=value`, INF WRN ERR) or its default access log in CLF (`addr - user [dd/Mon/yyyy:HH:mm:ss ±zzzz] \"request\" status size \"referer\" \"agent\" count \"router\" \"server URL\" Nms`): traefik/traefik issue #10577 (v3's console lines), doc.traefik.io 'Access Logs' (the CLF fields), wercker/stern issue #145; the messages from memory",
		why:    "two replicas' prefixes; the kubelet's time and Traefik's are one instant, the access line's bracketed time the request's start; INF WRN ERR are levels; the router, the server URL and the client are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.208114332Z|2026-11-29T07:41:16Z", Info, "", "[pod/traefik-6d8f7c9b54-2xkqp/traefik] 2026-11-29T07:41:16.208114332Z 2026-11-29T07:41:16Z INF Traefik version 3.5.4 built on 2026-10-30T13:02:11Z version=3.5.4"),
			we("2026-11-29T07:41:16.214990871Z|2026-11-29T07:41:16Z", Info, "", "[pod/traefik-6d8f7c9b54-2xkqp/traefik] 2026-11-29T07:41:16.214990871Z 2026-11-29T07:41:16Z INF Starting provider *crd.Provider"),
			we("2026-11-29T07:41:17.530119204Z|2026-11-29T07:41:17Z", Warn, "", "[pod/traefik-6d8f7c9b54-r7m4w/traefik] 2026-11-29T07:41:17.530119204Z 2026-11-29T07:41:17Z WRN No endpoints found for service namespace=shop providerName=kubernetescrd serviceName=cart servicePort=8080"),
			we("2026-11-29T07:41:22.004511873Z|2026-11-29T07:41:21Z", Unknown, "", `[pod/traefik-6d8f7c9b54-r7m4w/traefik] 2026-11-29T07:41:22.004511873Z 10.42.0.1 - - [29/Nov/2026:07:41:21 +0000] "GET /api/stock?sku=88412 HTTP/1.1" 200 812 "-" "curl/8.11.1" 412 "shop-api-websecure@kubernetescrd" "http://10.42.2.31:8080" 3ms`),
			we("2026-11-29T07:41:31.118770004Z|2026-11-29T07:41:31Z", Error, "", `[pod/traefik-6d8f7c9b54-2xkqp/traefik] 2026-11-29T07:41:31.118770004Z 2026-11-29T07:41:31Z ERR error="kubernetes service not found: shop/cart-v2" ingress=shop-web namespace=shop providerName=kubernetescrd`),
		},
	},
	{
		name:   "mosquitto2-compose-logs-epoch-column",
		source: "the eclipse-mosquitto:2.0 image as compose service `mqtt` with `log_dest stdout` and `log_type all`, read with `docker compose logs --no-color mqtt` without -t: compose v2's `mqtt-1  | ` column, then Mosquitto's `epoch seconds: msg` (no level written; a subscription's topic on its own tab-led line with its own epoch): eclipse-mosquitto/mosquitto issues #3181 and #1609 (docker logs of 2.0 and 1.6), home-assistant/core issue #68511 (the SUBSCRIBE and topic lines), docs.docker.com 'docker compose logs'",
		why:    "the only time is the epoch after the service column; every line is its own record, the tab-led topic line too; the clients' addresses and ids are no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "mqtt-1  | 1795938076: mosquitto version 2.0.22 starting"),
			we("2026-11-29T07:41:16Z", Unknown, "", "mqtt-1  | 1795938076: Config loaded from /mosquitto/config/mosquitto.conf."),
			we("2026-11-29T07:41:16Z", Unknown, "", "mqtt-1  | 1795938076: Opening ipv4 listen socket on port 1883."),
			we("2026-11-29T07:41:16Z", Unknown, "", "mqtt-1  | 1795938076: mosquitto version 2.0.22 running"),
			we("2026-11-29T07:41:29Z", Unknown, "", "mqtt-1  | 1795938089: New connection from 172.20.0.6:48210 on port 1883."),
			we("2026-11-29T07:41:29Z", Unknown, "", "mqtt-1  | 1795938089: New client connected from 172.20.0.6:48210 as zigbee2mqtt_4f1a (p2, c1, k60, u'z2m')."),
			we("2026-11-29T07:41:30Z", Unknown, "", "mqtt-1  | 1795938090: Received SUBSCRIBE from zigbee2mqtt_4f1a"),
			we("2026-11-29T07:41:30Z", Unknown, "", "mqtt-1  | 1795938090: \tzigbee2mqtt/bridge/request/# (QoS 1)"),
			we("2026-11-29T07:42:31Z", Unknown, "", "mqtt-1  | 1795938151: Client zigbee2mqtt_4f1a has exceeded timeout, disconnecting."),
		},
	},
	{
		name:   "rabbitmq4-podman-logs-names-timestamps",
		source: "`podman logs -n -t rabbit-1 rabbit-2` on a host at -08:00, two RabbitMQ 4.1 containers with the k8s-file driver: with more than one container each line is led by the container's name (with -n) and a space, then podman's LogTimeFormat in the local zone (conmon's nanoseconds), then RabbitMQ's console line `yyyy-MM-dd HH:mm:ss.ffffff+00:00 [level] <pid> msg`, a two-line message written with the header on each line: containers/podman libpod/logs/log.go (options.UseName, CName), podman-container-tools/podman issue #4962 (--names); rabbitmq.com/docs/logging ('Log Entry Format') and fresh238 (the header on every line); the messages from memory",
		why:    "a container name before podman's -08:00 time, the previous evening locally; RabbitMQ's +00:00 time is the same instant; the bracketed word is the level; rabbit@rabbit-1 and the AMQP peers are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.214277Z|2026-11-29T07:41:16.214502337Z", Notice, "", "rabbit-1 2026-11-28T23:41:16.214502337-08:00 2026-11-29 07:41:16.214277+00:00 [notice] <0.254.0> Logging: configured log handlers are now ACTIVE"),
			we("2026-11-29T07:41:17.400671Z|2026-11-29T07:41:17.400913002Z", Info, "", "rabbit-1 2026-11-28T23:41:17.400913002-08:00 2026-11-29 07:41:17.400671+00:00 [info] <0.646.0> Ready to start client connection listeners"),
			we("2026-11-29T07:41:19.022104Z|2026-11-29T07:41:19.02241733Z", Info, "", "rabbit-2 2026-11-28T23:41:19.022417330-08:00 2026-11-29 07:41:19.022104+00:00 [info] <0.230.0> Peer discovery: configured backend: rabbit_peer_discovery_classic_config"),
			we("2026-11-29T07:41:19.63088Z|2026-11-29T07:41:19.631207118Z", Warn, "", "rabbit-2 2026-11-28T23:41:19.631207118-08:00 2026-11-29 07:41:19.630880+00:00 [warning] <0.230.0> Could not auto-cluster with node rabbit@rabbit-1: {badrpc,nodedown}"),
			we("2026-11-29T07:41:25.117902Z|2026-11-29T07:41:25.118204773Z", Info, "", "rabbit-1 2026-11-28T23:41:25.118204773-08:00 2026-11-29 07:41:25.117902+00:00 [info] <0.1183.0> accepting AMQP connection 10.89.0.7:44120 -> 10.89.0.3:5672"),
			we("2026-11-29T07:41:40.509012Z|2026-11-29T07:41:40.50933124Z", Error, "", "rabbit-2 2026-11-28T23:41:40.509331240-08:00 2026-11-29 07:41:40.509012+00:00 [error] <0.1207.0> closing AMQP connection <0.1207.0> (10.89.0.7:44166 -> 10.89.0.4:5672):"),
			we("2026-11-29T07:41:40.509012Z|2026-11-29T07:41:40.50933124Z", Error, "", "rabbit-2 2026-11-28T23:41:40.509331240-08:00 2026-11-29 07:41:40.509012+00:00 [error] <0.1207.0> missed heartbeats from client, timeout: 60s"),
		},
	},
	{
		name:   "memcached16-docker-logs-t-vv",
		source: "the memcached:1.6 image run with -vv and read with `docker logs -t`: Docker's RFC 3339 nanosecond time, then memcached's untimed stderr (the slab-class table at start, `<fd server listening`, `<fd` for what a client sent, `>fd` for the reply, `fd:` for connection events): docker-library/memcached issues #25 and #30 and PR #54 (the -vv start output), GoogleCloudPlatform/ops-agent issue #561; moby's rfc3339NanoFixed (write_log_stream.go)",
		why:    "Docker's time is the only time; `<27` and `>27` are file descriptors, not a syslog priority; the slab table's numbers are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.004118772Z", Unknown, "", "2026-11-29T07:41:16.004118772Z slab class   1: chunk size        96 perslab   10922"),
			we("2026-11-29T07:41:16.00413309Z", Unknown, "", "2026-11-29T07:41:16.004133090Z slab class   2: chunk size       120 perslab    8738"),
			we("2026-11-29T07:41:16.004671205Z", Unknown, "", "2026-11-29T07:41:16.004671205Z <26 server listening (auto-negotiate)"),
			we("2026-11-29T07:41:21.330118204Z", Unknown, "", "2026-11-29T07:41:21.330118204Z <27 new auto-negotiating client connection"),
			we("2026-11-29T07:41:21.330402117Z", Unknown, "", "2026-11-29T07:41:21.330402117Z 27: Client using the ascii protocol"),
			we("2026-11-29T07:41:21.33051788Z", Unknown, "", "2026-11-29T07:41:21.330517880Z <27 get cart:5531"),
			we("2026-11-29T07:41:21.330540331Z", Unknown, "", "2026-11-29T07:41:21.330540331Z >27 END"),
			we("2026-11-29T07:41:21.331020004Z", Unknown, "", "2026-11-29T07:41:21.331020004Z <27 set cart:5531 0 900 212"),
			we("2026-11-29T07:41:21.331110498Z", Unknown, "", "2026-11-29T07:41:21.331110498Z >27 STORED"),
			we("2026-11-29T07:41:49.002931876Z", Unknown, "", "2026-11-29T07:41:49.002931876Z <27 connection closed."),
		},
	},
}

func TestFresh322Formats(t *testing.T) { assertTable(t, fresh322Cases) }
func TestFresh322Score(t *testing.T) {
	checkScore(t, "fresh322 formats", fresh322Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
