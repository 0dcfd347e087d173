package parse

import "testing"

// The six-hundred-and-sixty-fourth fresh table: web analytics, ad servers and event-tracking
// pipelines as their operators paste them into issues, shapes no earlier table holds. Each family is
// one product's documented or observed output: Plausible CE's Elixir Logger lines (a time of day,
// `[level]`, a GenServer crash report over several lines); PostHog's Django containers through
// structlog's ConsoleRenderer (`ISO-Z [warning  ] event [logger] pid=… tid=…`) and its
// plugin-server's pino JSON (`level` label, epoch-millisecond `time`, `hostname`); Snowplow's Scala
// Stream Collector on logback's default pattern (a time of day, `[thread] LEVEL logger - msg`, a
// stack under an ERROR); RudderStack's rudder-server on zap's tab-separated console encoder under
// docker-compose's `backend_1        | ` prefix; Countly server's `ISO-Z: LEVEL<TAB>[module]<TAB>`
// log; Jitsu 2's ingest container, logrus's `ERRO[yyyy-MM-dd HH:mm:ss]` lines interleaved with
// librdkafka's `%3|epoch.ms|FAIL|client|` lines; Prebid Server's glog lines.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`matomo`, `piwik`, `matomo:archive`, `core:archive`, `plausible`,
// `plausible analytics`, `plausible-1`, `plausible_`, `Ch.Connection`, `Clickhousex`,
// `Mint.TransportError`, `umami`, `umami-software`, `posthog`, `posthog.apps`, `AXES:`,
// `pid=16 tid`, `[warning  ]`, `[info     ]`, `[MAIN]`, `Launchpad`, `plugin-server`,
// `posthog-plugin`, `capture-rs`, `revive`, `adserver`, `ad-server`, `openx`, `snowplow`,
// `snowplowanalytics`, `stream-collector`, `scala-stream`, `KinesisSink`, `default-dispatcher`,
// `rudderstack`, `rudder-server`, `rudderlabs`, `embeddedAppHandler`, `jobsdb`, `backend_1`,
// `jitsu`, `jitsu `, `jitsucom`, `jitsu-v2`, `bulker`, `bulkerapp`, `ERRO[`, `|FAIL|`, `%3|`,
// `[singleton]`, `countly`, `countly-server`, `countly/api`, `[jobs:`, `[db:write]`, `Z: INFO`,
// `Z: ERROR`, `prebid`, `pbs_light`, `Error from bidder`, `openrtb`, `goatcounter`, `shynet`,
// `ackee`, `fathom`, `pirsch`, `swetrix`, `openreplay`, `openpanel`, `growthbook`, `aptabase`,
// `divolte`, `google analytics`, `ga4`, `goaccess`, `awstats`, `webalizer`, `mixpanel`,
// `amplitude`, `snuba`). None of Plausible, PostHog's server containers, Snowplow's collector,
// rudder-server, Countly's server log, Jitsu or Prebid Server is in any table: `posthog` matches only
// PostHog's mobile SDKs (fresh564, fresh619), `rudderlabs` only RudderStack's React Native SDK
// (fresh536), `countly` only mobile SDKs, `snowplow` only a list of products left out, `jitsu` only
// Fujitsu; `[warning  ]` and `[info     ]` are structlog's padding as other products print it, `ERRO[`
// is logrus as other products print it, `%3|` and `|FAIL|` librdkafka inside other products, `Z: INFO`
// another product's glued colon, `default-dispatcher` other Akka applications. Left out as measured
// already: Matomo's file log (fresh125; `core:archive` prints the same `LEVEL [datetime] [id]` shape),
// PostHog's and RudderStack's mobile SDKs, GoAccess, AWStats. Left out as not confirmed by any
// search: Revive Adserver's debug.log (no pasted line found), Umami (no log shape of its own beyond
// Next.js and Prisma), GoatCounter's server log, Snowplow Enrich's fs2 lines; Jitsu's rotor
// (`yyyy-MM-dd HH:mm:ss.SSSZ INFO  [component]: msg`, jitsucom/jitsu issue #1063) was confirmed but
// left for a later table. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Plausible's Logger and the Snowplow collector's logback print a time of day
// only: it is on the clock's day. PostHog's structlog, rudder-server's zap and Countly end their ISO
// times in Z; pino's `time` is epoch milliseconds and librdkafka's the epoch seconds with
// milliseconds; logrus's bracketed time in Jitsu has no zone and is taken as UTC; glog's month-day
// has no year, so it is in 2026. Levels only where the line marks one: Logger's `[info]`
// `[warning]` `[error]`, structlog's padded bracket, pino's `level` label, logback's and zap's and
// Countly's level words, logrus's four letters, librdkafka's syslog digit after `%` (3, error), glog's
// letter; no level from a message word (`failed`, `Error from bidder`, `Launchpad failure`). The
// host is the record's host field: only pino's `hostname` (the container id); the compose service
// prefix, Countly's module tags, Kafka brokers, bidders, Redis and MongoDB peers are no hosts. A
// record that spans lines is one entry: Plausible's GenServer crash report, PostHog's traceback
// under a structlog error, the collector's stack under a logback ERROR.
//
// The shapes come from the issue threads each case names, found with the search tool (corpora
// "issues"); the traceback under a structlog line rests partly on memory of structlog's
// ConsoleRenderer, and the source says so. Hosts, ids, addresses, users and messages are invented,
// and every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong would carry a
// gap that says what it does not read, and it would stay in the score.
//
// Its first figure, scored at commit 717472f before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 717472f with no change to trawl's code (only this file and table_test.go's list), 8 of
// 8 families fully right over 39 records; there is no gap.

var fresh664Cases = []worldCase{
	{
		name:   "plausible-ce-elixir-logger",
		source: "Plausible Analytics (community edition) container output, Elixir's Logger console `HH:mm:ss.SSS [level] msg`, a GenServer crash report spanning lines: plausible/community-edition issue #147, plausible/analytics issues #3449, #323 and #2900",
		why:    "a time of day with milliseconds and no date (the clock's day); the level word in brackets; `#PID<0.4214.0>` is no time; a GenServer crash with its `** (…)` reason and module lines is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "07:41:16.204 [info] Running PlausibleWeb.Endpoint with Bandit 1.5.7 at :::8000 (http)"),
			we("2026-11-29T07:41:16.911Z", Warn, "", "07:41:16.911 [warning] Ch.Connection (#PID<0.3125.0>) is slow to answer: ping took 1204ms"),
			we("2026-11-29T07:41:21.377Z", Error, "", "07:41:21.377 [error] Ch.Connection (#PID<0.3127.0>) failed to connect: ** (Mint.TransportError) connection refused"),
			we("2026-11-29T07:41:44.020Z", Error, "",
				"07:41:44.020 [error] GenServer Plausible.Site.Cache.Warmer.All terminating",
				"** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2311ms.",
				"    (ecto_sql 3.12.1) lib/ecto/adapters/sql.ex:1096: Ecto.Adapters.SQL.raise_sql_call_error/1",
				"    (plausible 0.0.1) lib/plausible/cache/warmer.ex:94: Plausible.Cache.Warmer.handle_info/2",
				"Last message: :refresh_all"),
			we("2026-11-29T07:42:03.655Z", Info, "", "07:42:03.655 [info] Sent 202 in 3ms"),
		},
	},
	{
		name:   "posthog-django-structlog-console",
		source: "PostHog's Django web and worker containers, structlog's ConsoleRenderer (`ISO-Z [level padded to 9] event [logger] pid=… tid=…`): PostHog/posthog issue #15117; the traceback printed under an error line from memory of structlog's ConsoleRenderer",
		why:    "an ISO time with microseconds and Z; the level word padded inside brackets; `[posthog.apps]` is a logger, `pid=` and `tid=` numbers no time; a traceback under an error is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.232791Z", Warn, "", "2026-11-29T07:41:16.232791Z [warning  ] Skipping async migrations setup. This is unsafe in production! [posthog.apps] pid=16 tid=140321988212544"),
			we("2026-11-29T07:41:16.239757Z", Info, "", "2026-11-29T07:41:16.239757Z [info     ] AXES: BEGIN LOG                [axes.apps] pid=16 tid=140321988212544"),
			we("2026-11-29T07:41:19.504118Z", Debug, "", "2026-11-29T07:41:19.504118Z [debug    ] celery_task_started            [posthog.celery] pid=31 tid=140321955641088 task_id=9c2e41f0-5d1b-4a77-b3c8-2f0e6a1d7c55 task_name=posthog.tasks.calculate_cohort"),
			we("2026-11-29T07:41:22.871004Z", Error, "",
				"2026-11-29T07:41:22.871004Z [error    ] Failed to fetch instance status [posthog.api.instance_status] pid=16 tid=140321912604416",
				"Traceback (most recent call last):",
				`  File "/code/posthog/api/instance_status.py", line 58, in list`,
				"    redis_alive = is_redis_alive()",
				"redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused."),
			we("2026-11-29T07:41:25.006620Z", Info, "", "2026-11-29T07:41:25.006620Z [info     ] request_finished               [django_structlog.middlewares.request] pid=16 tid=140321912604416 code=200 request=GET /_health ip=10.42.0.17"),
		},
	},
	{
		name:   "posthog-plugin-server-pino",
		source: "PostHog's plugin-server (Node, pino JSON: `level` as a label, `time` in epoch milliseconds, `pid`, `hostname`, `msg` led by `[MAIN]`): PostHog/posthog issues #29706 and #15464",
		why:    "epoch milliseconds under `time`; the level label under `level`; the container id under `hostname` is the record's host; an escaped stack inside `error` stays one line",
		entries: []worldEntry{
			we("2026-11-29T07:50:02.118Z", Info, "b71e09c4a2f3", `{"level":"info","time":1795938602118,"pid":52,"hostname":"b71e09c4a2f3","msg":"[MAIN] ⚡ Starting plugin server"}`),
			we("2026-11-29T07:50:02.85Z", Info, "b71e09c4a2f3", `{"level":"info","time":1795938602850,"pid":52,"hostname":"b71e09c4a2f3","batchSize":0,"msg":"[MAIN] 🔁 session_batch_manager_flushing"}`),
			we("2026-11-29T07:50:05.003Z", Warn, "b71e09c4a2f3", `{"level":"warn","time":1795938605003,"pid":52,"hostname":"b71e09c4a2f3","topic":"events_plugin_ingestion","msg":"[MAIN] ⚠️ consumer lag above threshold"}`),
			we("2026-11-29T07:50:05.41Z", Error, "b71e09c4a2f3", `{"level":"error","time":1795938605410,"pid":52,"hostname":"b71e09c4a2f3","error":"Error: connect ECONNREFUSED 10.42.0.9:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)","msg":"[MAIN] 💥 Launchpad failure!"}`),
		},
	},
	{
		name:   "snowplow-scala-stream-collector-logback",
		source: "Snowplow's Scala Stream Collector on logback's default console pattern (`HH:mm:ss.SSS [thread] LEVEL logger{36} - msg`, the level padded to five, a stack under an error): snowplow/snowplow issue #1682",
		why:    "a time of day with milliseconds and no date (the clock's day); the thread in brackets before the level; the shortened logger `c.s.s.c.s.sinks.KinesisSink` is no host; a stack trace under an ERROR is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.156Z", Info, "", "07:41:16.156 [scala-stream-collector-akka.actor.default-dispatcher-3] INFO  c.s.s.c.s.sinks.KinesisSink - Stream sp-raw-good exists and is active"),
			we("2026-11-29T07:41:16.402Z", Info, "", "07:41:16.402 [scala-stream-collector-akka.actor.default-dispatcher-5] INFO  c.s.s.c.s.ScalaCollector$ - REST interface bound to /0.0.0.0:8080"),
			we("2026-11-29T07:43:51.077Z", Warn, "", "07:43:51.077 [pool-1-thread-2] WARN  c.s.s.c.s.sinks.KinesisSink - Retrying all failed records (attempt 2 of 10)"),
			we("2026-11-29T07:43:52.610Z", Error, "",
				"07:43:52.610 [pool-1-thread-2] ERROR c.s.s.c.s.sinks.KinesisSink - Writing 118 records to sp-raw-good failed",
				"com.amazonaws.services.kinesis.model.ProvisionedThroughputExceededException: Rate exceeded for shard shardId-000000000003 in stream sp-raw-good",
				"\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1712)",
				"\tat com.amazonaws.services.kinesis.AmazonKinesisClient.executePutRecords(AmazonKinesisClient.java:2330)"),
			we("2026-11-29T07:43:55.004Z", Debug, "", "07:43:55.004 [scala-stream-collector-akka.actor.default-dispatcher-9] DEBUG c.s.s.c.s.sinks.KinesisSink - Writing 64 Thrift records to Kinesis stream sp-raw-good"),
		},
	},
	{
		name:   "rudder-server-zap-compose",
		source: "RudderStack's rudder-server (zap's console encoder: `ISO-Z<TAB>LEVEL<TAB>pkg/file.go:line<TAB>msg`) under docker-compose's `backend_1        | ` prefix: rudderlabs/rudder-server issues #1390 and #641",
		why:    "the compose service prefix comes first and is no host; tab-separated ISO time with Z, level word and caller; `127.0.0.1:8125` in the message is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.646Z", Info, "", "backend_1        | 2026-11-29T07:41:16.646Z\tINFO\tapphandlers/embeddedAppHandler.go:53\tClearing DB false"),
			we("2026-11-29T07:41:16.651Z", Info, "", "backend_1        | 2026-11-29T07:41:16.651Z\tINFO\tjobsdb/jobsdb.go:603\tConnected to gw DB"),
			we("2026-11-29T07:41:16.652Z", Error, "", "backend_1        | 2026-11-29T07:41:16.652Z\tERROR\tstats/stats.go:175\twrite udp 127.0.0.1:40112->127.0.0.1:8125: write: connection refused"),
			we("2026-11-29T07:41:18.203Z", Warn, "", "backend_1        | 2026-11-29T07:41:18.203Z\tWARN\tbackend-config/backend-config.go:212\tError fetching config from backend: Get \"https://api.rudderstack.example/workspaceConfig\": context deadline exceeded"),
			we("2026-11-29T07:41:18.755Z", Info, "", "backend_1        | 2026-11-29T07:41:18.755Z\tINFO\tarchiver/archiver.go:49\t[Archiver]: No gw_journal records found to archive"),
		},
	},
	{
		name:   "countly-server-api-log",
		source: "Countly server's api and dashboard logs (api/utils/log.js: `ISO-Z: LEVEL<TAB>[module:sub]<TAB>msg`, levels DEBUG INFO WARN ERROR): Countly/countly-server issues #1356, #850 and #5777",
		why:    "an ISO time with Z and a colon glued to it; the level word after it; `[jobs:job]` and `[db:write]` are module tags; the JSON arguments carry no time of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.881Z", Info, "", "2026-11-29T07:41:16.881Z: INFO\t[jobs:job]\tReplacing jobs api:clearTokens ({\"status\":0,\"name\":\"api:clearTokens\"})"),
			we("2026-11-29T07:41:16.916Z", Info, "", "2026-11-29T07:41:16.916Z: INFO\t[jobs:handle]\tStarting job handle in 2714"),
			we("2026-11-29T07:41:21.609Z", Error, "", "2026-11-29T07:41:21.609Z: ERROR\t[db:read]\tError reading plugins {\"name\":\"findOne\",\"args\":[{\"_id\":\"plugins\"},{\"projection\":{}}]} MongoServerSelectionError: connect ECONNREFUSED 10.40.2.11:27017"),
			we("2026-11-29T07:41:23.040Z", Warn, "", "2026-11-29T07:41:23.040Z: WARN\t[push:api]\tNo credentials configured for app 6a1f0c2e8b9d4e7f1a2b3c4d"),
			we("2026-11-29T07:41:24.302Z", Debug, "", "2026-11-29T07:41:24.302Z: DEBUG\t[api:request]\tRequest /i?app_key=f3a91c&device_id=ab12-77cd&begin_session=1 took 14 ms"),
		},
	},
	{
		name:   "jitsu-bulker-ingest-logrus-librdkafka",
		source: "Jitsu 2 ingest/bulker container as `docker logs` prints it: logrus text lines (`ERRO[yyyy-MM-dd HH:mm:ss] [component] msg`) interleaved with librdkafka's own lines (`%3|epoch.ms|FAC|client| [thrd:…]: msg`, the syslog severity after `%`): jitsucom/jitsu issue #1207 (pasted with the compose prefix, left out here)",
		why:    "logrus's four-letter level glued to a bracketed zone-less time (UTC); librdkafka's syslog digit and epoch seconds with milliseconds; `bulkerapp#producer-1` and `kafka:9092` are a client and a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:50:01Z", Info, "", "INFO[2026-11-29 07:50:01] [repository] Loaded 14 streams-with-destinations from http://console:3000/api/admin/export/streams-with-destinations "),
			we("2026-11-29T07:50:02.85Z", Error, "", "%3|1795938602.850|FAIL|bulkerapp#producer-1| [thrd:kafka:9092/bootstrap]: kafka:9092/bootstrap: Connect to ipv4#172.20.0.7:9092 failed: Connection refused (after 0ms in state CONNECT)"),
			we("2026-11-29T07:50:02Z", Error, "", "ERRO[2026-11-29 07:50:02] [producer] Producer error: kafka:9092/bootstrap: Connect to ipv4#172.20.0.7:9092 failed: Connection refused (after 0ms in state CONNECT) "),
			we("2026-11-29T07:50:05.003Z", Error, "", "%3|1795938605.003|FAIL|bulkerapp#producer-1| [thrd:kafka:9092/bootstrap]: kafka:9092/bootstrap: Connect to ipv4#172.20.0.7:9092 failed: Connection refused (after 1ms in state CONNECT, 1 identical error(s) suppressed)"),
			we("2026-11-29T07:50:09Z", Warn, "", "WARN[2026-11-29 07:50:09] [streams-with-destinations] Attempt #2 Error loading repository from datasource: context deadline exceeded "),
		},
	},
	{
		name:   "prebid-server-glog",
		source: "Prebid Server (Go) on glog (`Lmmdd HH:mm:ss.uuuuuu threadid file:line] msg`, L one of I W E F): prebid/prebid-server pull request #530 and issue #1652",
		why:    "glog's level letter glued to a month-day with no year (2026); microseconds; the padded thread id is no time; bidder names and status codes are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", "I1129 07:41:16.204118       1 main.go:61] Main starting"),
			we("2026-11-29T07:41:16.398522Z", Info, "", "I1129 07:41:16.398522       1 server.go:89] Admin server starting on: :6060"),
			we("2026-11-29T07:44:02.258090Z", Warn, "", "W1129 07:44:02.258090       1 bidder.go:253] Error from bidder pubmatic. Ignoring all bids: HTTP status: 500"),
			we("2026-11-29T07:44:09.771302Z", Warn, "", "W1129 07:44:09.771302       1 bidder.go:253] Error from bidder appnexus. Ignoring all bids: Invalid AdUnit: VIDEO media type with no video data"),
			we("2026-11-29T07:45:30.004417Z", Error, "", "E1129 07:45:30.004417       1 currency_rates.go:98] Error updating conversion rates: Get \"https://cdn.jsdelivr.example/gh/prebid/currency-file@1/latest.json\": dial tcp: lookup cdn.jsdelivr.example: no such host"),
		},
	},
}

func TestFresh664Formats(t *testing.T) { assertTable(t, fresh664Cases) }
func TestFresh664Score(t *testing.T) {
	checkScore(t, "fresh664 formats", fresh664Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
