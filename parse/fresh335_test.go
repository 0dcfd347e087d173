package parse

import "testing"

// The three-hundred-and-thirty-fifth fresh table, written on 2026-12-06: server daemons' logs as
// people paste them into GitHub issues in 2025-2026, a further pass, with the truncation, wrapping
// and mixed shells that pasting brings, in shapes no earlier table holds. Each family is one
// daemon's documented or observed output as one paste carries it: PostgreSQL's service container
// printed by the GitHub Actions runner at the job's end (`Print service container logs:`, `docker
// logs --details` behind the runner's stamps); MySQL 8.0's long-semaphore-wait warnings with their
// unprefixed lock lines at a +08:00 offset; mongod's JSON log pretty-printed by jq; redis-cli's
// nested SLOWLOG GET reply with its cut arguments; ZooKeeper's zkCli.cmd session copied from a
// cmd.exe window hard-wrapped at 80 columns; Prometheus 3 on Windows under PowerShell 5.1 with
// `2>&1` (the NativeCommandError record around the first stderr line, its CategoryInfo cut to
// `first...last`, every line word-wrapped at 120 columns); etcd under Talos read with `talosctl
// logs etcd` across two nodes; Kafka's service container dying in a GitLab CI job (the runner's
// `probably didn't start properly` block with Docker-stamped container logs); the grafana Helm
// chart's pod read with `kubectl logs --all-containers --prefix` (an init container, the
// k8s-sidecar's Python JSON and Grafana's logfmt).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`Print service container logs`, `##[command]`, `docker logs
// --details`, `Stop and remove container`, `waiting for server to start`, `pg_ctl`, `[MY-012985]`,
// `long semaphore`, `RW-latch`, `Mutex at`, `waiters flag`, `lock var 1`, `sync0sharded`,
// `Diagnostic info printed`, `INNODB MONITOR OUTPUT`, `has waited at`, `"t": {`, `"s": "W"`,
// `{"t":{"$date"`, `"$date"`, `jq .`, `getLog`, `mongosh`, `startupWarnings`, `(integer)`, `1) 1)`,
// `SLOWLOG`, `127.0.0.1:6379>`, `redis-cli`, `more bytes)`, `more arguments)`, `REDIS BUG REPORT`,
// `] 29 Nov 07:41`, `[zk:`, `zkCli`, `CONNECTED)`, `WatchedEvent`, `JLine support`, `Welcome to
// ZooKeeper`, `Client environment:`, `[myid:`, `conhost`, `wrapped`, `NativeCommandError`,
// `CategoryInfo`, `RemoteException`, `At line:1 char:1`, `prometheus.exe`, `level=INFO source=`,
// `Server is ready to receive web requests`, `time=2026-11-29T07:41:16`, `query_log`,
// `"httpRequest"`, `talosctl`, `talos`, `apply request took too long`, `etcdserver/util.go`,
// `embed/etcd.go`, `retry_interceptor`, `slow fdatasync`, ` I | `, `capnslog`, `k3s[`, `Service
// container logs`, `Health check container logs`, `probably didn't start properly`, `waiting for
// TCP connection`, `===> Launching`, `KafkaConfig values`, `Exiting Kafka due to fatal`,
// `controller.listener.names`, `testcontainers`, `Log cleaner thread`, `short-monotonic`,
// `k8s-sidecar`, `grafana-sc-dashboard`, `kiwigrid`, `init-chown-data`, `Starting collector`,
// `[pod/`, `logger=settings`, `Database locked`, `"logger":"context"`, `[11-29|`, `EROR[`,
// `grafana-server`, `format short`, `format iso`, `log stdout`, `.clireq[`, `show errors`,
// `startup-logs`, `mux_h2.c`, `Hot threads`, `"type":"audit"`, `"event.action"`, `bootstrap checks
// failed`, `automatically configured`, `took_millis`, `gc,heap`, `stack traceback:`, `lua entry
// thread aborted`, `nginx: [emerg]`, `nginx -t`, `Proxy Manager`, `pdsh`, `clush`, `docker service
// logs`, `stern`, `Common labels`). PostgreSQL is in many tables, its image's log under `docker
// logs` in fresh40 (with pg_ctl's glued line) and fresh79; behind the Actions runner's stamps in
// none. MySQL's error log is in world_test.go, fresh85, fresh164 and others, MariaDB's `show engine
// innodb status` in fresh168; the MY-012985 warning with its lock lines in none. mongod's JSON is
// in fresh_test.go, fresh52, fresh79, fresh168 and others, getLog in fresh251; pretty-printed over
// many lines in none. Redis' log is in world_test.go and many tables, `redis-cli --cluster create`
// in fresh85, MONITOR in fresh23; the SLOWLOG GET reply in none. zkCli.sh on a terminal is
// fresh41's; the Windows console's hard wraps at 80 columns in none. PowerShell's error records are
// fresh84's (PowerShellGet's own); around a native daemon's stderr in none, and Prometheus 3's slog
// lines are fresh79's under `docker logs -t`. etcd's zap JSON is in fresh_test.go, fresh65 (the
// journal), fresh79 and fresh141, its console encoding in fresh216; behind talosctl's node prefix
// in none. Kafka's images are in fresh163 and fresh168 under compose and Testcontainers; inside
// GitLab's service block in none. Grafana is in fresh79, fresh272 (the console format, the journal)
// and holdout_test.go; the chart's pod through kubectl's prefix with its sidecar's JSON in none.
// Left out as measured already: HAProxy's stdout formats (fresh55, fresh64, fresh330), its `-d`
// debug output (fresh213), `show errors` (fresh39), `show sess` and traces (fresh189);
// Elasticsearch's hot threads (fresh257), its audit JSON (fresh27), bootstrap checks under compose
// (fresh163, fresh186) and the security banner (fresh237); nginx's `-t` and `[emerg]` lines
// (fresh40, fresh90), OpenResty's Lua tracebacks (fresh47, fresh189) and Nginx Proxy Manager
// (fresh6); Prometheus' query log (fresh257); Grafana's console format (fresh272). The table holds
// 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A line behind the Actions runner's stamp or Docker's stamp carries two
// versions of its time, the wrapper's and the daemon's own, and either is accepted; a line whose
// only time is the wrapper's takes it. MySQL's +08:00, mongod's +01:00 and Prometheus' +01:00 are
// converted; the SLOWLOG entry's second field is a unix time; zkCli's zone-less times are UTC.
// Levels only where the line marks one: postgres' LOG, ERROR and FATAL (Critical), initdb's
// `warning:`, MySQL's [Warning] and [ERROR], mongod's s, slog's and zap's level, logfmt's level=,
// the sidecar's "level", Kafka's and ZooKeeper's level words, the GitLab runner's `*** WARNING:`; a
// slowlog entry, a CLI's own line and a runner's header have none. The host is the record's host
// field: the node before talosctl's colon, as pdsh's and isi_for_array's prefixes are in fresh234
// and fresh254; kubectl's pod and container, zkCli's `[myid:server]`, a client address and the
// 172.17.0.3 of a service are not hosts. A record that spans lines is one entry: a postgres ERROR
// with its DETAIL and STATEMENT behind their own stamps, a semaphore warning with its lock lines
// and the blank after them, a jq-printed object, a slowlog entry, a log line cut at column 80 or
// word-wrapped at 120 with its pieces, PowerShell's error record with its At line, `+` and blank
// lines, a zkCli prompt with its answer, a Kafka ERROR with its Docker-stamped stack trace.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 1b98717 before any rule for it: level 72.4 %, time 72.4 %, host 72.4 %, records 79.3 %.
// That is the macro figure (micro: level 71.6 %, time 75.7 %, host 71.6 %, records 71.6 %), in a
// worktree at 1b98717 with no change to trawl's code (only this file and table_test.go's list), 4
// of 9 families fully right (PostgreSQL behind the Actions runner's stamps, MySQL's semaphore
// blocks, mongod's jq-printed objects, the Grafana pod through kubectl's prefix); the gaps are the
// unix time of redis-cli's slowlog entries, zkCli's untimed CLI lines and answers between the
// wrapped log lines, the PowerShell paste swallowed by its prompt line, the level and node behind
// talosctl's prefix, and the GitLab runner's header lines around the Docker-stamped container logs.

var fresh335Cases = []worldCase{
	{
		name:   "postgres-gha-stop-containers-service-log",
		source: "a GitHub Actions job's raw log at its end (every line behind the runner's `yyyy-MM-ddTHH:mm:ss.fffffffZ`), where the runner's Stop containers step prints `Print service container logs: <name>`, runs `##[command]/usr/bin/docker logs --details <id>` (the service's lines, each after the one blank that --details puts before a line with no attributes) and then `Stop and remove container: <name>`: actions/runner ContainerOperationProvider.cs (`Print service container logs: {container.ContainerDisplayName}` then DockerLogs), public job logs of a postgres16 service quoting these lines with initdb's chatter and the server's `%m [%p] ` lines (found with find_string); the postgres image's log_line_prefix from docker-library/postgres",
		why:    "a postgres line carries the runner's stamp from when the log was printed and postgres' own earlier time: either is accepted; initdb's and the runner's untimed lines take the runner's stamp; the DETAIL and STATEMENT lines, each behind its own runner stamp, belong to the ERROR above them; FATAL is Critical, LOG Info, initdb's `warning:` Warn",
		entries: []worldEntry{
			we("2026-11-29T07:43:05.2214187Z", Unknown, "", `2026-11-29T07:43:05.2214187Z Print service container logs: 6f1d0c4b2a9e47d38e5b71c2a0f9d3e6_postgres17_4b9e21`),
			we("2026-11-29T07:43:05.2219903Z", Unknown, "", `2026-11-29T07:43:05.2219903Z ##[command]/usr/bin/docker logs --details 9a3f7c2e18b64d05f1c9e7a2b4d6081f3e5c7a9b1d2f4e6a8c0b3d5f7e9a1c2b`),
			we("2026-11-29T07:43:05.2338411Z", Warn, "", `2026-11-29T07:43:05.2338411Z  initdb: warning: enabling "trust" authentication for local connections`),
			we("2026-11-29T07:43:05.2339087Z", Unknown, "", `2026-11-29T07:43:05.2339087Z  The files belonging to this database system will be owned by user "postgres".`),
			we("2026-11-29T07:43:05.2341552Z|2026-11-29T07:40:12.406Z", Info, "", `2026-11-29T07:43:05.2341552Z  2026-11-29 07:40:12.406 UTC [1] LOG:  database system is ready to accept connections`),
			we("2026-11-29T07:43:05.2342208Z|2026-11-29T07:40:21.730Z", Critical, "", `2026-11-29T07:43:05.2342208Z  2026-11-29 07:40:21.730 UTC [74] FATAL:  role "root" does not exist`),
			we("2026-11-29T07:43:05.2343015Z|2026-11-29T07:41:48.117Z", Error, "",
				`2026-11-29T07:43:05.2343015Z  2026-11-29 07:41:48.117 UTC [88] ERROR:  duplicate key value violates unique constraint "invoices_number_key"`,
				`2026-11-29T07:43:05.2343562Z  2026-11-29 07:41:48.117 UTC [88] DETAIL:  Key (number)=(INV-2026-04417) already exists.`,
				`2026-11-29T07:43:05.2344190Z  2026-11-29 07:41:48.117 UTC [88] STATEMENT:  INSERT INTO invoices (number, customer_id, total) VALUES ('INV-2026-04417', 3312, 129.90)`),
			we("2026-11-29T07:43:05.2345027Z|2026-11-29T07:42:55.903Z", Info, "", `2026-11-29T07:43:05.2345027Z  2026-11-29 07:42:55.903 UTC [62] LOG:  checkpoint starting: immediate force wait`),
			we("2026-11-29T07:43:05.2411628Z", Unknown, "", `2026-11-29T07:43:05.2411628Z Stop and remove container: 6f1d0c4b2a9e47d38e5b71c2a0f9d3e6_postgres17_4b9e21`),
		},
	},
	{
		name:   "mysql80-innodb-long-semaphore-wait-blocks",
		source: "MySQL 8.0's error log with log_timestamps=SYSTEM on a server at +08:00 (`yyyy-MM-ddTHH:mm:ss.ffffff+08:00 thread [Prio] [MY-code] [Subsystem] msg`) when InnoDB's error monitor reports `[Warning] [MY-012985] [InnoDB] A long semaphore wait:` followed, without a prefix, by `--Thread N has waited at file line N for N seconds the semaphore:` and the mutex or RW-latch lines (`Mutex at 0x…, Mutex NAME created file:line, lock var 1`; `S-lock on RW-latch at 0x… created in file f line n`, `a writer (thread id N) has reserved it in mode exclusive`, `number of readers 0, waiters flag 1, lock_word: 0`, `Last time read locked …`, `Last time write locked …`), a blank line after each: chesslablab/chess-data issue #38 (8.4's MY-012985 block), AzuraCast/AzuraCast issue #4019 and visiblevc/wordpress-starter issue #64 (the blocks under compose), a public error log of 8.0.26 at +08:00 (found with find_string)",
		why:    "a +08:00 offset to convert; a warning's `--Thread` and lock lines and the blank after them are one record; the thread ids, `line 592` and `for 241 seconds` are no times; [Warning] and [ERROR] are the levels, [MY-…] and [InnoDB] not",
		entries: []worldEntry{
			we("2026-11-29T07:38:02.551907Z", Error, "", `2026-11-29T15:38:02.551907+08:00 0 [ERROR] [MY-013129] [Server] A message intended for a client cannot be sent there as no client-session is attached. Therefore, we're sending the information to the error-log instead: MY-001158 - Got an error reading communication packets`),
			we("2026-11-29T07:41:16.204117Z", Warn, "",
				`2026-11-29T15:41:16.204117+08:00 0 [Warning] [MY-012985] [InnoDB] A long semaphore wait:`,
				`--Thread 140118622553792 has waited at p_s.cc line 592 for 241 seconds the semaphore:`,
				`Mutex at 0x7f6c1e83a540, Mutex TRX_SYS created trx0sys.cc:565, lock var 1`,
				``),
			we("2026-11-29T07:41:16.204903Z", Warn, "",
				`2026-11-29T15:41:16.204903+08:00 0 [Warning] [MY-012985] [InnoDB] A long semaphore wait:`,
				`--Thread 140118605768448 has waited at lock0lock.cc line 3213 for 241 seconds the semaphore:`,
				`S-lock on RW-latch at 0x7f6c1e8903c0 created in file sync0sharded_rw.h line 80`,
				`a writer (thread id 140118622553792) has reserved it in mode exclusive`,
				`number of readers 0, waiters flag 1, lock_word: 0`,
				`Last time read locked in file lock0lock.cc line 3213`,
				`Last time write locked in file ../../../mysql-8.0.44/storage/innobase/handler/p_s.cc line 590`,
				``),
			we("2026-11-29T07:41:46.207514Z", Warn, "",
				`2026-11-29T15:41:46.207514+08:00 0 [Warning] [MY-012985] [InnoDB] A long semaphore wait:`,
				`--Thread 140118622553792 has waited at p_s.cc line 592 for 271 seconds the semaphore:`,
				`Mutex at 0x7f6c1e83a540, Mutex TRX_SYS created trx0sys.cc:565, lock var 1`,
				``),
			we("2026-11-29T07:42:03.118204Z", Warn, "", `2026-11-29T15:42:03.118204+08:00 412 [Warning] [MY-010055] [Server] IP address '10.20.3.41' could not be resolved: Name or service not known`),
		},
	},
	{
		name:   "mongod7-log-tail-jq-pretty",
		source: "mongod 7.0's structured log with `systemLog.timeStampFormat: iso8601-local` on a server at +01:00 (one JSON object a line: t as {\"$date\": …}, s, c, id, ctx, msg, attr, tags) read with `tail -n 4 /var/log/mongodb/mongod.log | jq` for an issue: jq's pretty print, two blanks of indent, one key a line, each object from `{` to `}`: mongodb.com/docs 'Log Messages' (the field order and the same entry pretty-printed for readability), mongodb/laravel-mongodb issue #3435 and log2timeline/plaso issue #4210 (raw lines); the jq paste and the REPL message from memory",
		why:    `each object is one record over many lines; its time is t.$date with a +01:00 offset; s is the severity (W, I, E); the filter's $date, the $clusterTime's $timestamp, durationMillis and the remote address are no times and no host`,
		entries: []worldEntry{
			wskip(`$ tail -n 4 /var/log/mongodb/mongod.log | jq`),
			we("2026-11-29T07:38:41.902Z", Warn, "",
				`{`,
				`  "t": {`,
				`    "$date": "2026-11-29T08:38:41.902+01:00"`,
				`  },`,
				`  "s": "W",`,
				`  "c": "CONTROL",`,
				`  "id": 22120,`,
				`  "ctx": "initandlisten",`,
				`  "msg": "Access control is not enabled for the database. Read and write access to data and configuration is unrestricted",`,
				`  "tags": [`,
				`    "startupWarnings"`,
				`  ]`,
				`}`),
			we("2026-11-29T07:41:16.204Z", Info, "",
				`{`,
				`  "t": {`,
				`    "$date": "2026-11-29T08:41:16.204+01:00"`,
				`  },`,
				`  "s": "I",`,
				`  "c": "NETWORK",`,
				`  "id": 22943,`,
				`  "ctx": "listener",`,
				`  "msg": "Connection accepted",`,
				`  "attr": {`,
				`    "remote": "10.20.3.14:51874",`,
				`    "isLoadBalanced": false,`,
				`    "uuid": {`,
				`      "uuid": {`,
				`        "$uuid": "5d0c2a9e-41f7-4b83-9e1a-7c6d2f0b8a13"`,
				`      }`,
				`    },`,
				`    "connectionId": 4182,`,
				`    "connectionCount": 37`,
				`  }`,
				`}`),
			we("2026-11-29T07:41:18.071Z", Info, "",
				`{`,
				`  "t": {`,
				`    "$date": "2026-11-29T08:41:18.071+01:00"`,
				`  },`,
				`  "s": "I",`,
				`  "c": "COMMAND",`,
				`  "id": 51803,`,
				`  "ctx": "conn4182",`,
				`  "msg": "Slow query",`,
				`  "attr": {`,
				`    "type": "command",`,
				`    "ns": "shop.orders",`,
				`    "appName": "orders-api",`,
				`    "command": {`,
				`      "find": "orders",`,
				`      "filter": {`,
				`        "status": "open",`,
				`        "placedAt": {`,
				`          "$lt": {`,
				`            "$date": "2026-11-28T23:00:00.000Z"`,
				`          }`,
				`        }`,
				`      },`,
				`      "sort": {`,
				`        "placedAt": -1`,
				`      },`,
				`      "limit": 50,`,
				`      "lsid": {`,
				`        "id": {`,
				`          "$uuid": "b3e1f7a2-0c94-4d5e-8a61-2f9c7d4b0e58"`,
				`        }`,
				`      },`,
				`      "$clusterTime": {`,
				`        "clusterTime": {`,
				`          "$timestamp": {`,
				`            "t": 1795938076,`,
				`            "i": 4`,
				`          }`,
				`        },`,
				`        "signature": {`,
				`          "hash": {`,
				`            "$binary": {`,
				`              "base64": "AAAAAAAAAAAAAAAAAAAAAAAAAAA=",`,
				`              "subType": "0"`,
				`            }`,
				`          },`,
				`          "keyId": 0`,
				`        }`,
				`      },`,
				`      "$db": "shop"`,
				`    },`,
				`    "planSummary": "COLLSCAN",`,
				`    "keysExamined": 0,`,
				`    "docsExamined": 418220,`,
				`    "nreturned": 50,`,
				`    "queryHash": "7C1E9A04",`,
				`    "planCacheKey": "B2D40F61",`,
				`    "numYields": 418,`,
				`    "reslen": 61204,`,
				`    "protocol": "op_msg",`,
				`    "durationMillis": 1866`,
				`  }`,
				`}`),
			we("2026-11-29T07:41:20.515Z", Error, "",
				`{`,
				`  "t": {`,
				`    "$date": "2026-11-29T08:41:20.515+01:00"`,
				`  },`,
				`  "s": "E",`,
				`  "c": "REPL",`,
				`  "id": 21235,`,
				`  "ctx": "ReplCoord-3",`,
				`  "msg": "Initial sync attempt failed",`,
				`  "attr": {`,
				`    "attemptsLeft": 9,`,
				`    "error": "HostUnreachable: error connecting to db3.shop.internal:27017 :: caused by :: Connection refused"`,
				`  }`,
				`}`),
		},
	},
	{
		name:   "redis74-cli-slowlog-get-reply",
		gap:    "trawl cuts the entries right but reads no time: the unix time on each entry's `   2) (integer) 1795938076` line is not read as the record's time",
		source: "redis-cli against Redis 7.4 (`127.0.0.1:6379> SLOWLOG GET 3`), the nested reply pasted from the terminal: each entry `N) 1) (integer) id`, `2) (integer) <unix time>`, `3) (integer) <microseconds>`, `4)` the arguments (an argument over 128 bytes cut to `… (N more bytes)`, past 32 arguments the last shown as `… (N more arguments)`, the indexes right-aligned to the widest), `5)` the client's addr:port, `6)` the client name, nested items indented under the first: redis.io 'SLOWLOG GET' (the six fields), redis/jedis issue #2076 and RedisLabs/redislabs-docs PR #1754 (pasted replies); redis-cli's cliFormatReplyTTY and slowlog.c's cut markers from memory",
		why:    "an entry is one record over its indented lines; its time is the unix time of its second field; the id, the microseconds, the JSON's `updated` and the client's address are no times and no host; no level; the prompt line is not scored",
		entries: []worldEntry{
			wskip(`127.0.0.1:6379> SLOWLOG GET 3`),
			we("2026-11-29T07:41:16Z", Unknown, "",
				`1) 1) (integer) 8812`,
				`   2) (integer) 1795938076`,
				`   3) (integer) 1204711`,
				`   4) 1) "KEYS"`,
				`      2) "session:*"`,
				`   5) "10.20.3.14:51874"`,
				`   6) ""`),
			we("2026-11-29T07:40:19Z", Unknown, "",
				`2) 1) (integer) 8811`,
				`   2) (integer) 1795938019`,
				`   3) (integer) 48210`,
				`   4) 1) "SET"`,
				`      2) "cart:88213"`,
				`      3) "{\"items\":[{\"sku\":\"A-1049\",\"qty\":2},{\"sku\":\"B-2210\",\"qty\":1},{\"sku\":\"C-0007\",\"qty\":4}],\"updated\":\"2026-11-29T07:39:58Z\",\"coupon\":... (1042 more bytes)"`,
				`      4) "EX"`,
				`      5) "86400"`,
				`   5) "10.20.3.19:40672"`,
				`   6) "orders-api"`),
			we("2026-11-29T07:39:50Z", Unknown, "",
				`3) 1) (integer) 8810`,
				`   2) (integer) 1795937990`,
				`   3) (integer) 31877`,
				`   4)  1) "UNLINK"`,
				`       2) "sess:40112"`,
				`       3) "sess:40113"`,
				`       4) "sess:40114"`,
				`       5) "sess:40115"`,
				`       6) "sess:40116"`,
				`       7) "sess:40117"`,
				`       8) "sess:40118"`,
				`       9) "sess:40119"`,
				`      10) "sess:40120"`,
				`      11) "sess:40121"`,
				`      12) "sess:40122"`,
				`      13) "sess:40123"`,
				`      14) "sess:40124"`,
				`      15) "sess:40125"`,
				`      16) "sess:40126"`,
				`      17) "sess:40127"`,
				`      18) "sess:40128"`,
				`      19) "sess:40129"`,
				`      20) "sess:40130"`,
				`      21) "sess:40131"`,
				`      22) "sess:40132"`,
				`      23) "sess:40133"`,
				`      24) "sess:40134"`,
				`      25) "sess:40135"`,
				`      26) "sess:40136"`,
				`      27) "sess:40137"`,
				`      28) "sess:40138"`,
				`      29) "sess:40139"`,
				`      30) "sess:40140"`,
				`      31) "sess:40141"`,
				`      32) "... (10 more arguments)"`,
				`   5) "10.20.3.22:58110"`,
				`   6) "session-gc"`),
		},
	},
	{
		name:   "zookeeper38-zkcli-cmd-80-column-wrap",
		gap:    "the pieces of a log line cut at column 80 are joined right, but the CLI's untimed lines are joined to the log record above them: `Welcome to ZooKeeper!`, `JLine support is enabled`, and after the session line the blank, the `WATCHER::` notification and the `[zk: …]` prompts for `ls` (with its answer) and `get -s`; the `get -s` answer is then cut into records of its own, its JSON line dated by the controller's epoch-millisecond `timestamp` and its `ctime =` and `mtime =` lines by the znode's times, the last running on through the `quit` prompt",
		source: "ZooKeeper 3.8's zkCli.cmd in a Windows cmd.exe window 80 columns wide, the session copied from the console with every longer line hard-wrapped at column 80 (the client's log lines `yyyy-MM-dd HH:mm:ss,SSS [myid:…] - LEVEL [thread:Class@line] - msg` cut mid-word, `Welcome to ZooKeeper!`, `JLine support is enabled`, the watcher's `WATCHER::` notification, the `[zk: host:port(CONNECTED) n]` prompts with their answers): a public Kafka-on-Windows walkthrough pasting a zkCli.cmd session wrapped at 80 columns (found with find_string), apache/zookeeper PR #822 (the watcher), the client's log layout as in fresh41",
		why:    "a log line cut at column 80 is one record with its pieces, wherever the cut falls (in a class name, in the middle of `30000`); the CLI's own lines and each prompt with its answer are records without time or level; `[myid:host:2181]` names the server the client talks to, a peer; the build date, the ctime in the answer and the controller's epoch milliseconds are no times",
		entries: []worldEntry{
			wskip(`C:\apache-zookeeper-3.8.4-bin\bin>zkCli.cmd -server zk1.corp.example:2181`,
				`Connecting to zk1.corp.example:2181`),
			we("2026-11-29T07:41:16.204Z", Info, "",
				`2026-11-29 07:41:16,204 [myid:] - INFO  [main:o.a.z.Environment@98] - Client env`,
				`ironment:zookeeper.version=3.8.4-9316c2a7a97e1666d8f4593f34dd6fc36ecc436c, built`,
				` on 2024-02-12 22:16 UTC`),
			we("2026-11-29T07:41:16.206Z", Info, "",
				`2026-11-29 07:41:16,206 [myid:] - INFO  [main:o.a.z.Environment@98] - Client env`,
				`ironment:host.name=ZKADM-WS07.corp.example`),
			we("2026-11-29T07:41:16.207Z", Info, "",
				`2026-11-29 07:41:16,207 [myid:] - INFO  [main:o.a.z.Environment@98] - Client env`,
				`ironment:java.io.tmpdir=C:\Users\SVC-ZK~1\AppData\Local\Temp\`),
			we("2026-11-29T07:41:16.207Z", Info, "",
				`2026-11-29 07:41:16,207 [myid:] - INFO  [main:o.a.z.Environment@98] - Client env`,
				`ironment:user.dir=C:\apache-zookeeper-3.8.4-bin\bin`),
			we("2026-11-29T07:41:16.311Z", Info, "",
				`2026-11-29 07:41:16,311 [myid:] - INFO  [main:o.a.z.ZooKeeper@637] - Initiating `,
				`client connection, connectString=zk1.corp.example:2181 sessionTimeout=30000 watc`,
				`her=org.apache.zookeeper.ZooKeeperMain$MyWatcher@6d4b1c02`),
			we("", Unknown, "", `Welcome to ZooKeeper!`),
			we("2026-11-29T07:41:16.402Z", Info, "",
				`2026-11-29 07:41:16,402 [myid:zk1.corp.example:2181] - INFO  [main-SendThread(zk`,
				`1.corp.example:2181):o.a.z.ClientCnxn$SendThread@1177] - Opening socket connecti`,
				`on to server zk1.corp.example/10.40.2.11:2181.`),
			we("", Unknown, "", `JLine support is enabled`),
			we("2026-11-29T07:41:16.418Z", Info, "",
				`2026-11-29 07:41:16,418 [myid:zk1.corp.example:2181] - INFO  [main-SendThread(zk`,
				`1.corp.example:2181):o.a.z.ClientCnxn$SendThread@1011] - Socket connection estab`,
				`lished, initiating session, client: /10.40.7.22:53118, server: zk1.corp.example/`,
				`10.40.2.11:2181`),
			we("2026-11-29T07:41:16.447Z", Info, "",
				`2026-11-29 07:41:16,447 [myid:zk1.corp.example:2181] - INFO  [main-SendThread(zk`,
				`1.corp.example:2181):o.a.z.ClientCnxn$SendThread@1452] - Session establishment c`,
				`omplete on server zk1.corp.example/10.40.2.11:2181, session id = 0x1000a3f2c7e00`,
				`04, negotiated timeout = 30000`,
				``),
			we("", Unknown, "",
				`WATCHER::`,
				``,
				`WatchedEvent state:SyncConnected type:None path:null zxid: -1`),
			we("", Unknown, "",
				`[zk: zk1.corp.example:2181(CONNECTED) 0] ls /brokers/ids`,
				`[1, 2, 3]`),
			we("", Unknown, "",
				`[zk: zk1.corp.example:2181(CONNECTED) 1] get -s /controller`,
				`{"version":2,"brokerid":2,"timestamp":"1795937882118","kraftControllerEpoch":-1}`,
				`cZxid = 0x4000000f2`,
				`ctime = Sun Nov 29 07:38:02 UTC 2026`,
				`mZxid = 0x4000000f2`,
				`mtime = Sun Nov 29 07:38:02 UTC 2026`,
				`pZxid = 0x4000000f2`,
				`cversion = 0`,
				`dataVersion = 0`,
				`aclVersion = 0`,
				`ephemeralOwner = 0x2000b1c94d10017`,
				`dataLength = 80`,
				`numChildren = 0`),
			we("", Unknown, "", `[zk: zk1.corp.example:2181(CONNECTED) 2] quit`),
			we("2026-11-29T07:42:03.118Z", Info, "",
				`2026-11-29 07:42:03,118 [myid:] - INFO  [main:o.a.z.ZooKeeper@1232] - Session: 0`,
				`x1000a3f2c7e0004 closed`),
			we("2026-11-29T07:42:03.119Z", Info, "",
				`2026-11-29 07:42:03,119 [myid:] - INFO  [main-EventThread:o.a.z.ClientCnxn$Event`,
				`Thread@569] - EventThread shut down for session: 0x1000a3f2c7e0004`),
			we("2026-11-29T07:42:03.122Z", Info, "",
				`2026-11-29 07:42:03,122 [myid:] - INFO  [main:o.a.z.u.ServiceUtils@45] - Exiting`,
				` JVM with code 0`),
		},
	},
	{
		name:   "prometheus3-windows-powershell51-native-stderr",
		gap:    "the whole paste comes out as one record from the `PS C:\\…>` prompt line: PowerShell's NativeCommandError record (`prometheus.exe : time=…` with its `At line:`, `+` and blank lines) and every later slog line are joined to the prompt, so no slog line starts a record of its own (the one record takes the first line's time and level); read without the prompt, the pieces word-wrapped at 120 columns (`version=\"(…)\"`, `build_context=…`) come out as records of their own, one dated by the build date",
		source: "Prometheus 3 for Windows started in Windows PowerShell 5.1 with `.\\prometheus.exe --config.file=prometheus.yml 2>&1` and pasted from the console: Prometheus writes its slog lines (`time=RFC 3339 ms with the local offset level=INFO source=file:line msg=… key=value`) on stderr, PowerShell turns the first stderr line into a NativeCommandError record (`prometheus.exe : <line>`, `At line:1 char:1`, the command under a `+` with `~` under it, `+ CategoryInfo : NotSpecified: (<first 15>...<last 15>:String) [], RemoteException`, `+ FullyQualifiedErrorId : NativeCommandError`, a line of one blank) and prints the later lines bare, every line word-wrapped at the 120-column buffer with its blank kept at the end: public pastes of NativeCommandError records around native programs' first stderr line (git's LF warning, node and python, found with find_string, the git one showing the 120-column word wrap), prometheus/prometheus docs/migration.md (3.0's slog format with a +02:00 time); the Windows tsdb messages from memory",
		why:    "the first line wrapped in PowerShell's error record is one record with its At line, `+` and blank lines; a line word-wrapped at 120 columns is one record with its continuation; times with +01:00 are converted; level= is the level; the build date and the block ids are no times; no host",
		entries: []worldEntry{
			wskip(`PS C:\prometheus-3.7.3.windows-amd64> .\prometheus.exe --config.file=prometheus.yml 2>&1`),
			we("2026-11-29T07:41:16.204Z", Info, "",
				`prometheus.exe : time=2026-11-29T08:41:16.204+01:00 level=INFO source=main.go:1589 msg="No time or size retention was `,
				`set so using the default time retention" duration=15d`,
				`At line:1 char:1`,
				`+ .\prometheus.exe --config.file=prometheus.yml 2>&1`,
				`+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~`,
				`    + CategoryInfo          : NotSpecified: (time=2026-11-29...n" duration=15d:String) [], RemoteException`,
				`    + FullyQualifiedErrorId : NativeCommandError`,
				` `),
			we("2026-11-29T07:41:16.205Z", Info, "",
				`time=2026-11-29T08:41:16.205+01:00 level=INFO source=main.go:1633 msg="Starting Prometheus Server" mode=server `,
				`version="(version=3.7.3, branch=HEAD, revision=0a41f0000705c69ab8e0f9a723fc73e39ed62b07)"`),
			we("2026-11-29T07:41:16.205Z", Info, "",
				`time=2026-11-29T08:41:16.205+01:00 level=INFO source=main.go:1638 msg="operational information" `,
				`build_context="(go=go1.25.3, platform=windows/amd64, user=root@4c1d7e0a9b2f, date=20251020-14:52:13, `,
				`tags=builtinassets,stringlabels)" host_details=(windows) fd_limits=N/A vm_limits=N/A`),
			we("2026-11-29T07:41:16.219Z", Info, "",
				`time=2026-11-29T08:41:16.219+01:00 level=INFO source=web.go:661 msg="Start listening for connections" component=web `,
				`address=0.0.0.0:9090`),
			we("2026-11-29T07:41:16.231Z", Warn, "",
				`time=2026-11-29T08:41:16.231+01:00 level=WARN source=db.go:1046 msg="Removed tmp directory left over from a crashed `,
				`compaction" component=tsdb dir=data\01KB3T7Q4M2E9R6V1X8C5N0HJD.tmp-for-creation`),
			we("2026-11-29T07:41:16.874Z", Info, "", `time=2026-11-29T08:41:16.874+01:00 level=INFO source=main.go:1519 msg="Server is ready to receive web requests."`),
			we("2026-11-29T09:00:04.118Z", Error, "",
				`time=2026-11-29T10:00:04.118+01:00 level=ERROR source=db.go:1111 msg="compaction failed" component=tsdb `,
				`err="reloadBlocks: delete obsolete block 01KB2YH6D0S8W3F1Q7T5Z9C4ME: rename data\01KB2YH6D0S8W3F1Q7T5Z9C4ME `,
				`data\01KB2YH6D0S8W3F1Q7T5Z9C4ME.tmp-for-deletion: The process cannot access the file because it is being used by another `,
				`process."`),
		},
	},
	{
		name:   "talosctl-logs-etcd-node-prefix",
		source: "etcd 3.6 on Talos Linux read with `talosctl -n talos-cp-1,talos-cp-2 logs etcd --tail 3` (each line led by the node it came from and a colon, then etcd's zap JSON: level, ts RFC 3339 µs Z, caller, msg, fields): siderolabs/talos issue #5794 (a pasted `talos-cp-1: {\"level\":\"warn\",…}` stream of apply-request warnings), etcd-io/etcd issues #17855 and #12094 (the trace and apply lines' fields)",
		why:    `the node before the colon is the host, as pdsh's and isi_for_array's prefixes are; ts is the time and level the level; the trace's start and end, took and duration are no times`,
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204311Z", Warn, "talos-cp-1", `talos-cp-1: {"level":"warn","ts":"2026-11-29T07:41:16.204311Z","caller":"etcdserver/util.go:170","msg":"apply request took too long","took":"312.882917ms","expected-duration":"100ms","prefix":"read-only range ","request":"key:\"/registry/health\" ","response":"range_response_count:0 size:6"}`),
			we("2026-11-29T07:41:16.204402Z", Info, "talos-cp-1", `talos-cp-1: {"level":"info","ts":"2026-11-29T07:41:16.204402Z","caller":"traceutil/trace.go:172","msg":"trace[1408837215] range","detail":"{range_begin:/registry/health; range_end:; response_count:0; response_revision:88412; }","duration":"313.02391ms","start":"2026-11-29T07:41:15.891379Z","end":"2026-11-29T07:41:16.204402Z","steps":["trace[1408837215] 'agreement among raft nodes before linearized reading'  (duration: 312.84513ms)"],"step_count":1}`),
			we("2026-11-29T07:41:19.880127Z", Warn, "talos-cp-1", `talos-cp-1: {"level":"warn","ts":"2026-11-29T07:41:19.880127Z","caller":"wal/wal.go:805","msg":"slow fdatasync","took":"1.482193716s","expected-duration":"1s"}`),
			we("2026-11-29T07:41:17.530066Z", Warn, "talos-cp-2", `talos-cp-2: {"level":"warn","ts":"2026-11-29T07:41:17.530066Z","caller":"rafthttp/probing_status.go:82","msg":"prober found high clock drift","round-tripper-name":"ROUND_TRIPPER_RAFT_MESSAGE","remote-peer-id":"8e9e05c52164694d","clock-drift":"1.204118311s","rtt":"2.11403ms"}`),
			we("2026-11-29T07:41:18.002913Z", Info, "talos-cp-2", `talos-cp-2: {"level":"info","ts":"2026-11-29T07:41:18.002913Z","caller":"mvcc/kvstore_compaction.go:72","msg":"finished scheduled compaction","compact-revision":88107,"took":"41.880512ms","hash":2811094530,"current-db-size-bytes":41943040,"current-db-size":"42 MB","current-db-size-in-use-bytes":18874368,"current-db-size-in-use":"19 MB"}`),
			we("2026-11-29T07:41:21.774501Z", Error, "talos-cp-2", `talos-cp-2: {"level":"error","ts":"2026-11-29T07:41:21.774501Z","caller":"etcdserver/server.go:2409","msg":"failed to save v2 store snapshot","error":"write /var/lib/etcd/member/snap/0000000000000009-0000000000058a21.snap.tmp: no space left on device"}`),
		},
	},
	{
		name:   "gitlab-ci-kafka-service-didnt-start-block",
		gap:    "the GitLab runner's header lines are cut wrong: `Health check error:` is split from the error line under it, and the untimed `Service container logs:` and the closing `*********` are joined to the Docker-stamped line before them (the last `dialing` line, the Kafka ERROR's stack trace)",
		source: "a GitLab CI job with `services: [apache/kafka:4.1.0]` on the Docker executor, the job log pasted from the web view when the service dies: the runner's `Waiting for services to be up and running (timeout 30 seconds)...`, `*** WARNING: Service <container> probably didn't start properly.`, `Health check error:` with the error, `Health check container logs:` and `Service container logs:`, each followed by that container's log read with Docker's timestamps (RFC 3339 nanoseconds before every line), and `*********` to close: gitlab-org/gitlab-runner executors/docker/services.go (waitForServiceContainer, readContainerLogs with Timestamps: true), public job logs of docker:dind services quoting the block and the wait-for-service helper's `waiting for TCP connection to … on […]...` and `dialing …` lines (found with find_string); the apache/kafka image's `===> User` and `===> Launching ...` lines from terascope/teraslice issue #4233",
		why:    "the runner's lines have no time; Docker's stamp is the time of each container line, and on a Kafka line Kafka's own bracketed time of the same millisecond is accepted too; the runner's `*** WARNING:` is a warning; the Java stack trace, each line behind its own Docker stamp, belongs to the ERROR above it; the 172.17.0.3 addresses are the service's, not a host field",
		entries: []worldEntry{
			we("", Unknown, "", `Waiting for services to be up and running (timeout 30 seconds)...`),
			we("", Warn, "", `*** WARNING: Service runner-t3ysxkzq-project-41207-concurrent-0-5d0b1c9e2f4a7b38-apache__kafka-0 probably didn't start properly.`),
			we("", Unknown, "",
				`Health check error:`,
				`service "runner-t3ysxkzq-project-41207-concurrent-0-5d0b1c9e2f4a7b38-apache__kafka-0-wait-for-service" timeout`),
			we("", Unknown, "", `Health check container logs:`),
			we("2026-11-29T07:42:01.881412039Z", Unknown, "", `2026-11-29T07:42:01.881412039Z waiting for TCP connection to 172.17.0.3 on [9092 9093]...`),
			we("2026-11-29T07:42:01.881690702Z", Unknown, "", `2026-11-29T07:42:01.881690702Z dialing 172.17.0.3:9093...`),
			we("2026-11-29T07:42:01.881757013Z", Unknown, "", `2026-11-29T07:42:01.881757013Z dialing 172.17.0.3:9092...`),
			we("", Unknown, "", `Service container logs:`),
			we("2026-11-29T07:41:58.004117311Z", Unknown, "", `2026-11-29T07:41:58.004117311Z ===> User`),
			we("2026-11-29T07:41:58.009412876Z", Unknown, "", `2026-11-29T07:41:58.009412876Z uid=1000(appuser) gid=1000(appuser) groups=1000(appuser)`),
			we("2026-11-29T07:41:58.015730442Z", Unknown, "", `2026-11-29T07:41:58.015730442Z ===> Configuring ...`),
			we("2026-11-29T07:42:01.322905517Z", Unknown, "", `2026-11-29T07:42:01.322905517Z ===> Launching ... `),
			we("2026-11-29T07:42:02.933418207Z|2026-11-29T07:42:02.933Z", Info, "", `2026-11-29T07:42:02.933418207Z [2026-11-29 07:42:02,933] INFO Registered kafka:type=kafka.Log4jController MBean (kafka.utils.Log4jControllerRegistration$)`),
			we("2026-11-29T07:42:03.551774013Z|2026-11-29T07:42:03.551Z", Error, "",
				`2026-11-29T07:42:03.551774013Z [2026-11-29 07:42:03,551] ERROR Exiting Kafka due to fatal exception (kafka.Kafka$)`,
				`2026-11-29T07:42:03.551802455Z java.lang.IllegalArgumentException: requirement failed: controller.listener.names must contain at least one value appearing in the 'listeners' configuration when running the KRaft controller role`,
				"2026-11-29T07:42:03.551809164Z \tat scala.Predef$.require(Predef.scala:337)",
				"2026-11-29T07:42:03.551814993Z \tat kafka.server.KafkaConfig.validateValues(KafkaConfig.scala:1012)",
				"2026-11-29T07:42:03.551820381Z \tat kafka.server.KafkaConfig.<init>(KafkaConfig.scala:905)",
				"2026-11-29T07:42:03.551826040Z \tat kafka.Kafka$.buildServer(Kafka.scala:71)",
				"2026-11-29T07:42:03.551831228Z \tat kafka.Kafka$.main(Kafka.scala:90)",
				"2026-11-29T07:42:03.551836517Z \tat kafka.Kafka.main(Kafka.scala)"),
			we("", Unknown, "", `*********`),
		},
	},
	{
		name:   "grafana-helm-pod-all-containers-prefix",
		source: "the grafana Helm chart's pod (kube-prometheus-stack) read with `kubectl logs -n monitoring deploy/kps-grafana --all-containers --prefix`: each line led by `[pod/<pod>/<container>] `, the init container init-chown-data's busybox chown error, the kiwigrid k8s-sidecar dashboard sidecar's Python JSON (`{\"time\": \"…+00:00\", \"msg\": …, \"level\": \"INFO\"}` with blanks after the colons), then Grafana's own logfmt (`logger=… t=RFC 3339 ns level=… msg=…`, context keys before t on some lines): grafana/helm-charts issues #527 (the sidecar's JSON lines and Grafana's `Database locked, sleeping then retrying`), #2517 and #18 (the sidecar), fresh149 for kubectl's prefix; the chown line from memory",
		why:    "kubectl's pod/container prefix is no host; the sidecar's time is in \"time\" with +00:00 and its level is \"INFO\" or \"WARNING\"; Grafana's time is t= wherever it stands, its level level=; `compiled=` is the build time, remote_addr a client; the init container's chown line has no time and no level",
		entries: []worldEntry{
			we("", Unknown, "", `[pod/kps-grafana-6c8d9b7f4-x2k9q/init-chown-data] chown: /var/lib/grafana/csv: Operation not permitted`),
			we("2026-11-29T07:41:16.204311Z", Info, "", `[pod/kps-grafana-6c8d9b7f4-x2k9q/grafana-sc-dashboard] {"time": "2026-11-29T07:41:16.204311+00:00", "msg": "Starting collector", "level": "INFO"}`),
			we("2026-11-29T07:41:21.330478Z", Info, "", `[pod/kps-grafana-6c8d9b7f4-x2k9q/grafana-sc-dashboard] {"time": "2026-11-29T07:41:21.330478+00:00", "msg": "Working on ADDED configmap monitoring/kps-node-exporter-full", "level": "INFO"}`),
			we("2026-11-29T07:46:21.418062Z", Warn, "", `[pod/kps-grafana-6c8d9b7f4-x2k9q/grafana-sc-dashboard] {"time": "2026-11-29T07:46:21.418062+00:00", "msg": "Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProtocolError('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))': /api/v1/namespaces/monitoring/configmaps?labelSelector=grafana_dashboard%3D1&watch=True", "level": "WARNING"}`),
			we("2026-11-29T07:41:17.118402311Z", Info, "", `[pod/kps-grafana-6c8d9b7f4-x2k9q/grafana] logger=settings t=2026-11-29T07:41:17.118402311Z level=info msg="Starting Grafana" version=12.3.0 commit=8e1f0a2c9b4d branch=HEAD compiled=2026-11-04T09:12:44Z`),
			we("2026-11-29T07:41:19.640215870Z", Info, "", `[pod/kps-grafana-6c8d9b7f4-x2k9q/grafana] logger=sqlstore.transactions t=2026-11-29T07:41:19.64021587Z level=info msg="Database locked, sleeping then retrying" error="database is locked" retry=0 code="database is locked"`),
			we("2026-11-29T07:41:22.007731402Z", Error, "", `[pod/kps-grafana-6c8d9b7f4-x2k9q/grafana] logger=provisioning.dashboard type=file name=sidecarProvider t=2026-11-29T07:41:22.007731402Z level=error msg="failed to load dashboard from " file=/tmp/dashboards/kps-node-exporter-full.json error="invalid character '}' looking for beginning of object key string"`),
			we("2026-11-29T07:41:30.551120907Z", Info, "", `[pod/kps-grafana-6c8d9b7f4-x2k9q/grafana] logger=context userId=1 orgId=1 uname=admin t=2026-11-29T07:41:30.551120907Z level=info msg="Request Completed" method=GET path=/api/live/ws status=-1 remote_addr=10.42.0.1 time_ms=1 duration=1.161ms size=0 referer= handler=/api/live/ws status_source=server`),
		},
	},
}

func TestFresh335Formats(t *testing.T) { assertTable(t, fresh335Cases) }
func TestFresh335Score(t *testing.T) {
	checkScore(t, "fresh335 formats", fresh335Cases, [worldNumFields]float64{83.4, 72.3, 83.4, 79.2})
}
