package parse

import "testing"

// The three-hundred-and-eighty-fifth fresh table, written on 2026-12-06: databases' logs, another
// pass, in the consoles and files of the tools around the servers, shapes no earlier table holds.
// Each family is one product's documented or observed output: mongostat 100.x with --discover (a
// row per member, the member in the host column, a yearless `Nov 29 07:41:16.123` in the last
// column); mongotop's blocks (a header row whose last column is an RFC 3339 time with the local
// offset, one row per namespace under it); Elasticsearch Rally's ~/.rally/logs/rally.log (`date
// time,ms ActorAddr-(T|:port)/PID:n logger LEVEL msg`, `-not-actor-` in the actor's place) and
// its actor system's internal log (thespian: `date time.us pNNN lvl  msg`, levels `dbg`, `I`,
// `Warn`, `ERR`); the Elasticsearch low-level Java REST client's `tracer` logger under Spring
// Boot's console pattern (a `curl -iX` line and the response as `# ` lines, one message);
// Chronograf's logrus text on stderr; Percona Backup for MongoDB's pbm-agent read with journalctl
// (the journal line around pbm's own `RFC 3339 +0000 L [event] msg`); `redis-cli
// --latency-history` (untimed summary lines).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`mongostat`, `qrw`, `insert query update`, `rs0 PRI`, `mongotop`, `total    read`,
// `mongoimport`, `mongodump`, `writing admin`, `done dumping`, `mongosh`, `mongosync`, `mongos`,
// `mongo-tools`, `Compass`, `MONITOR`, `"SET"`, `[0 127`, `redis-cli`, `redis-cli --cluster`,
// `cluster check`, `latency-history`, `samples) --`, `bigkeys`, `redis-benchmark`, `ACL LOG`,
// `age-seconds`, `SLOWLOG`, `BUG REPORT`, `+sdown`, `sentinel-1`, `redis-sentinel`, `valkey`,
// `keydb`, `dragonfly`, `garnet`, `kvrocks`, `esrally`, `rally`, `ActorAddr`, `osbenchmark`,
// `elasticsearch-java`, `RestClient`, `curl -iX`, `curl -X`, `# HTTP/1.1`, `tracer`,
// `elasticsearch-py`, `opensearch-py`, `Hot threads`, `_cat/`, `elasticdump`, `curator`,
// `opensearch-dashboards`, `securityadmin`, `chronograf`, `component=server`, `kapacitor`,
// `influxd-ctl`, `influx_inspect`, `influxdb3`, `lvl=info`, `[httpd]`, `[I] 20`, `telegraf`,
// `pbm-agent`, `pbm `, `Percona Backup`, `[pitr]`, `psmdb`, `mongodb-agent`, `clickhouse-backup`,
// `clickhouse-keeper`, `send_logs_level`, `<Debug> executeQuery`, `Row 1:`,
// `event_time_microseconds`, `date_time_utc`, `BaseDaemon`, `cockroach debug`, `merge-logs`,
// `n1> `, `node starting at`, `⋮`, `"t":"17`, `tidb`, `tikv`, `tiup`, `dumpling`,
// `tidb-lightning`, `GENERAL_LOG`, `# Time:`, `+08:00] [INFO]`, `neo4j`, `neo4j-admin`,
// `cypher-shell`, `neo4j.log`, `query.log`, `foundationdb`, `fdbserver`, `fdbmonitor`, `fdbcli`,
// `fdbbackup`, `Severity="`, `"Machine"`, `etcd`, `etcdctl`, `etcdutl`, `etcd-dump`, `raft2026`,
// `aerospike`, `GMT: INFO`, `rethinkdb`, `couchdb`, `ns_server:`, `arangodb`, `questdb`,
// `scylla-manager`, `ReaperApplication`, `auto-negotiating`, `immudb`, `ferretdb`, `edgedb`).
// MongoDB's server logs, mongosh, mongodump, mongosync, the automation agent and `pbm logs` are in
// fresh168, fresh176, fresh186, fresh251, fresh271 and others; mongostat, mongotop and pbm-agent in
// the journal are in none. Redis' log, MONITOR, SLOWLOG, the crash report and `redis-cli --cluster`
// are in world_test.go, fresh85, fresh216 and others; --latency-history is in none. Rally and its
// thespian log, the Java client's tracer and Chronograf are in none. Left out as measured already:
// ClickHouse's server, client, keeper, backup and Vertical rows (fresh23, fresh28, fresh49,
// fresh201, fresh251, fresh343), CockroachDB's crdb-v1/v2, merge-logs and start banner (fresh160,
// fresh168, fresh186), TiDB, TiKV, PD and TiUP (fresh139, fresh186), Neo4j's logs (fresh2, fresh39,
// fresh52, fresh85), InfluxDB 1/2/3 and Kapacitor (fresh257 and others), FoundationDB's XML trace
// and fdbmonitor (fresh6, fresh36, fresh85), etcd's capnslog, zap and etcdctl (fresh186, fresh286,
// fresh370), Aerospike, RethinkDB, CouchDB, Couchbase. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). mongostat's `Nov 29 07:41:16.123` has no year (2026) and no zone (UTC);
// mongotop's `2026-11-29T02:41:17-05:00` is converted; Rally's and thespian's zone-less stamps and
// Spring Boot's `Z` are UTC; Chronograf's logrus time is RFC 3339 Z; the journal's header and
// pbm's `+0000` stamp are both the record's time, so either is accepted; redis-cli's latency lines
// have no time (the `15.01 seconds range` is a span). Levels only where the line marks one:
// Rally's level word after the logger, thespian's `dbg`/`I`/`Warn`/`ERR`, Spring Boot's TRACE,
// logrus' level=, pbm's letter; mongostat, mongotop and redis-cli mark none. The host is the
// record's host field: mongostat's host column (the member the row measures, its name without the
// port), the journal header's name; Rally's ActorAddr port, a Chronograf remote_addr, the
// Elasticsearch URL in the curl line and pbm's `[replset/host:port]` are no record host (pbm's node
// is named in the message, the journal's host is the writer). A record that spans lines is one
// entry: a mongotop block (the header row, its namespace rows and the blank line after), Rally's
// logged traceback, the tracer's curl line with its `# ` response lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7016e33 before any rule for it: level 84.4 %, time 75.0 %, host 81.2 %, records 84.4 %.
// That is the macro figure (micro: level 87.5 %, time 81.2 %, host 84.4 %, records 90.6 %), in a
// worktree at 7016e33 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (Rally's rally.log, Chronograf, pbm-agent in the journal, redis-cli's
// latency history); the gaps are mongostat's time and host columns, mongotop's timed header rows
// as record starts, thespian's level spellings, and the tracer's curl body over several lines.

var fresh385Cases = []worldCase{
	{
		name:   "mongostat-discover-host-time-column",
		gap:    "trawl reads neither the time nor the host of a mongostat row: the yearless `Nov 29 07:41:16.123` in the last column is not read as the time, and the `host:port` in the first (host) column under the header row is not read as the host",
		source: "mongostat (mongo-tools 100.x) with --discover: a header row of column names (host … conn set repl time), then one row per member with the member's host:port first and the sample time last: jira.mongodb.org TOOLS-1315 (the --discover --all example) and SERVER-10407, mongodb/mongo-tools PR #32 (TOOLS-290, the date added to the time column); the `Nov 29 07:41:16.123` spelling from memory",
		why:    "the host column names the member each row measures; the time is the last column, yearless and zone-less; `*0`, `208|0`, `0|0` and sizes are no times; the header row carries nothing",
		entries: []worldEntry{
			wskip("                   host insert query update delete getmore command dirty  used flushes vsize   res qrw  arw net_in net_out conn  set repl                time"),
			we("2026-11-29T07:41:16.123Z", Unknown, "db-a1.example.net", "db-a1.example.net:27017    *0   118     42     *0      12   208|0  1.4% 78.0%       0 3.12G 1.48G 0|0  1|0  71.3k    402k   38  rs0  PRI Nov 29 07:41:16.123"),
			we("2026-11-29T07:41:16.129Z", Unknown, "db-a2.example.net", "db-a2.example.net:27017   *41   *0    *17     *0       0    11|0  1.1% 77.6%       0 3.09G 1.44G 0|0  1|0  2.41k   68.9k   21  rs0  SEC Nov 29 07:41:16.129"),
			we("2026-11-29T07:41:16.131Z", Unknown, "db-a3.example.net", "db-a3.example.net:27017   *40   *0    *17     *0       0     9|0  1.2% 77.9%       0 3.10G 1.45G 0|0  1|0  2.13k   67.0k   20  rs0  SEC Nov 29 07:41:16.131"),
			we("2026-11-29T07:41:17.124Z", Unknown, "db-a1.example.net", "db-a1.example.net:27017    *0   131     39     *0       9   197|0  1.4% 78.0%       1 3.12G 1.48G 0|0  2|0  74.8k    417k   38  rs0  PRI Nov 29 07:41:17.124"),
		},
	},
	{
		name:   "mongotop-iso-offset-blocks",
		gap:    "trawl joins every mongotop block to the first one and reads no time: the RFC 3339 `-05:00` time at the end of the `ns total read write` header row neither starts a record nor gives it its time",
		source: "mongotop (mongo-tools) default output: every interval a blank line, a header row `ns total read write <RFC 3339 time with the local offset>`, then one right-aligned row per namespace with milliseconds: mongodb/docs PR #2096 (the 2.8 example output), prisma/dataguide PR #316 (the mongotop.<timestamp> column)",
		why:    "a block is one record: its time is the last column of its header row (-05:00 converted), the namespace rows under it have none; `0ms` and `412ms` are durations",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Unknown, "",
				"                      ns    total    read    write    2026-11-29T02:41:17-05:00",
				"          shop.orders      412ms   301ms    111ms",
				"        shop.sessions       38ms     0ms     38ms",
				"      admin.system.roles      0ms     0ms      0ms",
				"          local.oplog.rs      0ms     0ms      0ms",
				""),
			we("2026-11-29T07:41:18Z", Unknown, "",
				"                      ns    total    read    write    2026-11-29T02:41:18-05:00",
				"          shop.orders      377ms   290ms     87ms",
				"        shop.sessions       41ms     0ms     41ms",
				"      admin.system.roles      0ms     0ms      0ms",
				"          local.oplog.rs      0ms     0ms      0ms",
				""),
		},
	},
	{
		name:   "esrally-benchmark-log-actor-addr",
		source: "Elasticsearch Rally's ~/.rally/logs/rally.log (`yyyy-MM-dd HH:mm:ss,SSS ActorAddr-(T|:port)/PID:n logger LEVEL msg`, `-not-actor-/PID:n` outside the actor system, an exception's traceback on the following lines): elastic/rally issues #1856 and #839, elastic/rally PR #1965; the traceback layout from memory",
		why:    "the actor address `(T|:41267)` and PID come between the time and the logger; the level word follows the logger; a logged traceback belongs to its line; `,725` is milliseconds",
		entries: []worldEntry{
			we("2026-11-29T07:41:02.114Z", Info, "", "2026-11-29 07:41:02,114 -not-actor-/PID:30412 esrally.rally INFO Rally version [2.13.0]"),
			we("2026-11-29T07:41:02.131Z", Debug, "", "2026-11-29 07:41:02,131 -not-actor-/PID:30412 esrally.rally DEBUG Command line: /home/ops/.venv/bin/esrally race --track=nyc_taxis --target-hosts=10.30.4.11:9200 --pipeline=benchmark-only"),
			we("2026-11-29T07:41:16.725Z", Info, "", "2026-11-29 07:41:16,725 ActorAddr-(T|:41267)/PID:30431 esrally.actor INFO Worker[1] is about to start."),
			we("2026-11-29T07:41:16.733Z", Warn, "", "2026-11-29 07:41:16,733 ActorAddr-(T|:38815)/PID:30418 esrally.driver.driver WARNING Cluster [default] reported yellow health; continuing because --on-error=continue."),
			we("2026-11-29T07:41:48.209Z", Error, "",
				"2026-11-29 07:41:48,209 ActorAddr-(T|:41267)/PID:30431 esrally.driver.driver ERROR Could not execute schedule",
				"Traceback (most recent call last):",
				`  File "/home/ops/.venv/lib/python3.12/site-packages/esrally/driver/driver.py", line 2211, in __call__`,
				"    total_ops, total_ops_unit, request_meta_data = await execute_single(runner, self.es, params, self.on_error)",
				"elastic_transport.ConnectionTimeout: Connection timed out"),
		},
	},
	{
		name:   "esrally-thespian-internal-log",
		gap:    "trawl reads thespian's `ERR` but not its other level spellings after the `pNNN` pid: `dbg`, `I` and `Warn` give no level",
		source: "the thespian actor system's internal log that Rally starts (actor-system-internal.log: `yyyy-MM-dd HH:mm:ss.ffffff pPID lvl  msg`, the level as `dbg` or `I` padded to four): elastic/rally issues #1575 and #298; the `Warn` and `ERR` spellings from memory",
		why:    "a microsecond time with no zone; `p16669` is a pid; the short level after it (dbg, I, Warn, ERR); ActorAddr-(T|:1900) in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:01.887899Z", Debug, "", "2026-11-29 07:41:01.887899 p30410 dbg  actualTransmit of TransportIntent(ActorAddr-(T|:1900)-pending-ExpiresIn_0:04:59.999802-<class 'thespian.system.messages.admin.QueryExists'>-quit_0:04:59.999787)"),
			we("2026-11-29T07:41:02.450322Z", Info, "", "2026-11-29 07:41:02.450322 p30416 I    Starting Actor esrally.racecontrol.BenchmarkActor at ActorAddr-(T|:38815) (parent ActorAddr-(T|:1900), admin ActorAddr-(T|:1900))"),
			we("2026-11-29T07:41:47.004118Z", Warn, "", "2026-11-29 07:41:47.004118 p30416 Warn Transmit attempt from ActorAddr-(T|:38815) to ActorAddr-(T|:41267) timed out, returning PoisonPacket"),
			we("2026-11-29T07:41:47.010554Z", Error, "", "2026-11-29 07:41:47.010554 p30416 ERR  Actor esrally.driver.driver.Worker @ ActorAddr-(T|:41267) exited with code 1"),
		},
	},
	{
		name:   "elasticsearch-lowlevel-tracer-spring",
		gap:    "trawl cuts the tracer's message where the curl line's `-d '…'` body runs onto the next line: the body's own line, the closing `'` and the `# ` response lines after them are not joined to the Spring Boot line (the same `# ` lines right after a one-line curl are joined)",
		source: "the Elasticsearch low-level Java REST client's `tracer` logger at TRACE (RequestLogger: a `curl -iX METHOD 'url'` line with the body as `-d '…'`, then the response as `# HTTP/1.1 200 OK`, `# header: value`, `#` and `# body` lines in the same message) under Spring Boot 3's console pattern (`yyyy-MM-ddTHH:mm:ss.SSSXXX LEVEL pid --- [app] [thread] logger : msg`): from memory",
		why:    "one message with embedded newlines: the response's `# ` lines belong to the curl line; the URL's host is the cluster, no record host; TRACE is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "2026-11-29T07:41:16.412Z  INFO 4121 --- [catalog-sync] [           main] c.e.catalog.SearchIndexer                : Reindexing 3 documents into products-v7"),
			we("2026-11-29T07:41:16.530Z", Trace, "",
				"2026-11-29T07:41:16.530Z TRACE 4121 --- [catalog-sync] [/O dispatcher 1] tracer                                   : curl -iX GET 'http://es-data-2.internal:9200/_cluster/health?pretty'",
				"# HTTP/1.1 200 OK",
				"# X-elastic-product: Elasticsearch",
				"# content-type: application/json",
				"#",
				"# {\"cluster_name\":\"catalog\",\"status\":\"green\",\"number_of_nodes\":3,\"active_shards\":42}"),
			we("2026-11-29T07:41:16.604Z", Trace, "",
				"2026-11-29T07:41:16.604Z TRACE 4121 --- [catalog-sync] [/O dispatcher 2] tracer                                   : curl -iX POST 'http://es-data-2.internal:9200/products-v7/_bulk?pretty' -d '{\"index\":{\"_id\":\"sku-88123\"}}",
				"{\"name\":\"trail shoe\",\"price\":89.5}",
				"'",
				"# HTTP/1.1 200 OK",
				"# content-type: application/json",
				"#",
				"# {\"took\":14,\"errors\":false,\"items\":[{\"index\":{\"_id\":\"sku-88123\",\"status\":201}}]}"),
			we("2026-11-29T07:41:16.611Z", Warn, "", "2026-11-29T07:41:16.611Z  WARN 4121 --- [catalog-sync] [/O dispatcher 2] org.elasticsearch.client.RestClient      : request [POST http://es-data-2.internal:9200/products-v7/_bulk] returned 1 warnings: [299 Elasticsearch-8.19.0 \"[ignore_throttled] parameter is deprecated\"]"),
		},
	},
	{
		name:   "chronograf-logrus-server",
		source: "Chronograf 1.10 on stderr (logrus text: `time=\"RFC 3339\" level=info msg=\"…\" component=server`, the request lines `msg=Response: … method=GET remote_addr=\"addr:port\" response_time=… status=200`): from memory",
		why:    "logrus' time= and level=; remote_addr is the client, no host; response_time is a duration",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="Reporting usage stats" component=usage freq=24h reporting_addr="https://usage.influxdata.com" stats="os,arch,version,cluster_id,uptime"`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="Serving chronograf at http://[::]:8888" component=server`),
			we("2026-11-29T07:41:22Z", Info, "", `time="2026-11-29T07:41:22Z" level=info msg="Response: OK" component=server method=GET remote_addr="10.40.2.77:51834" response_time="2.417ms" status=200`),
			we("2026-11-29T07:41:23Z", Error, "", `time="2026-11-29T07:41:23Z" level=error msg="Error message Unable to connect to source 2: Get \"http://influx-01.internal:8086/ping\": dial tcp 10.40.1.5:8086: connect: connection refused" component=server http_status=400`),
			we("2026-11-29T07:41:24Z", Warn, "", `time="2026-11-29T07:41:24Z" level=warning msg="Unable to get source 3 for user alice: source not found" component=server`),
		},
	},
	{
		name:   "pbm-agent-journal-letter",
		source: "Percona Backup for MongoDB's pbm-agent run by its systemd unit and read with journalctl (the journal line, then pbm's own `yyyy-MM-ddTHH:mm:ss.SSS+0000 L [event] msg` with one letter D I W E F): percona/percona-backup-mongodb PR #441 (the letter layout, via fresh271), percona/percona-server-mongodb-operator PR #1288 (pbm-agent's stderr); the journal form from memory",
		why:    "the journal's time and pbm's +0000 stamp are the same instant; the letter after the stamp is the level; `[pitr]` and `[backup/2026-11-29T07:30:00Z]` are events, the latter's time no record time; the journal header names the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.000Z", Info, "mongo-rs0-b", "Nov 29 07:41:16 mongo-rs0-b pbm-agent[1893]: 2026-11-29T07:41:16.000+0000 I [pitr] created chunk 2026-11-29T07:31:16 - 2026-11-29T07:41:16. Next chunk creation scheduled to begin at ~2026-11-29 07:51:16.402 +0000 UTC"),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.000Z", Debug, "mongo-rs0-b", "Nov 29 07:41:19 mongo-rs0-b pbm-agent[1893]: 2026-11-29T07:41:19.000+0000 D [backup/2026-11-29T07:30:00Z] wait for cluster status"),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:21.000Z", Warn, "mongo-rs0-b", "Nov 29 07:41:21 mongo-rs0-b pbm-agent[1893]: 2026-11-29T07:41:21.000+0000 W [agentCheckup] storage is not configured"),
			we("2026-11-29T07:41:24Z|2026-11-29T07:41:24.000Z", Error, "mongo-rs0-b", "Nov 29 07:41:24 mongo-rs0-b pbm-agent[1893]: 2026-11-29T07:41:24.000+0000 E [pitr] streaming oplog: get backup start TS: run out of tries"),
		},
	},
	{
		name:   "redis-cli-latency-history-untimed",
		source: "`redis-cli --latency-history -i 15` (one summary line per interval: `min: N, max: N, avg: F (N samples) -- F seconds range`): redis.io/docs latency monitoring and redis-cli pages; from memory",
		why:    "no time, level or host anywhere; `15.01 seconds range` is a span, no time; each line is a record",
		entries: []worldEntry{
			we("", Unknown, "", "min: 0, max: 1, avg: 0.14 (1362 samples) -- 15.01 seconds range"),
			we("", Unknown, "", "min: 0, max: 3, avg: 0.17 (1355 samples) -- 15.00 seconds range"),
			we("", Unknown, "", "min: 0, max: 41, avg: 0.62 (1289 samples) -- 15.01 seconds range"),
			we("", Unknown, "", "min: 0, max: 2, avg: 0.15 (1360 samples) -- 15.00 seconds range"),
		},
	},
}

func TestFresh385Formats(t *testing.T) { assertTable(t, fresh385Cases) }
func TestFresh385Score(t *testing.T) {
	checkScore(t, "fresh385 formats", fresh385Cases, [worldNumFields]float64{84.3, 74.9, 81.1, 84.3})
}
