package parse

import "testing"

// The six-hundred-and-seventy-third fresh table: vector databases and search engines, the outputs of
// theirs that people paste into tickets and that no earlier table holds. Each family is one product's
// documented or observed output: Manticore Search's query log in the plain format (a ctime-style
// date in brackets, then `0.004 sec 0.004 sec [ext2/0/rel 35 (0,20)] [table] query`) and the same
// lines sent to syslog, where `[query]` stands for the date; the Vespa CLI's `vespa log` (a bracketed
// UTC date with microseconds, the host, the lower-case Vespa level, service, component, a TAB, and a
// dequoted stack trace under an error); Vespa's JSON access log (an epoch `time` with milliseconds);
// Milvus's proxy access log (`[yyyy/MM/dd HH:mm:ss.SSS ±hh:mm] [ACCESS] <user: addr> …`); Qdrant
// with `logger.format: json`; a Chroma 0.4 server's lines behind a docker compose column, a logged
// traceback included; Qdrant's console copied from Docker Desktop's log view with its local stamp.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`qdrant`, `milvus`, `weaviate`, `chroma`, `chromadb`, `chroma_`,
// `meilisearch`, `typesense`, `typesense-server`, `raft_server`, `vespa`, `vespa-logfmt`, `logfmt`,
// `Container.com.yahoo`, `com.yahoo`, `configproxy`, `responsesize`, `"duration":`, `manticore`,
// `query_log_format`, `sec [ext`, `[ext2/`, `rel 0 (0,`, `[all/0/rel`, `0.004 sec`, `wall-time`,
// `[query]`, `buddy`, `searchd`, `sphinx`, `quickwit`, `zincsearch`, `zinc`, `sonic`, `(INFO) -`,
// `vald`, `vdaas`, `glg`, `marqo`, `lancedb`, `vearch`, `tantivy`, `bleve`, `pgvector`, `pgvecto`,
// `vectorchord`, `redisearch`, `<search>`, `infinity`, `infiniflow`, `lucene`, `zilliz`,
// `[ACCESS]`, `timeCost`, `paramtable`, `"caller":"`, `storage::content_manager`, `actix_web`,
// `zoekt`, `sourcegraph`, `txtai`, `jina`, `epsilla`, `myscale`, `deeplake`, `solr`, `opensearch`,
// `elasticsearch`, and the compose column `-1  | `). Earlier tables hold Qdrant's console
// (qdrant-server), Milvus's main log (milvus), Weaviate's JSON and text logrus lines, Chroma's
// `LEVEL: [dd-MM-yyyy HH:mm:ss]` server log, Meilisearch's three layouts, Typesense's glog,
// Vespa's TAB-separated vespa.log (vespa-logfile), Manticore's searchd.log and its sphinxql query
// log, Quickwit's console, and Elasticsearch, OpenSearch and Solr many times; none holds Manticore's
// plain or syslog query log, the `vespa log` output, Vespa's access log, Milvus's access log,
// Qdrant's JSON lines or Chroma behind a compose column (`[query]` matches only StarRocks' and
// Doris' audit logs, `responsesize` only HBase, `0.004 sec` other products, `vespa-logfmt` only a
// grep list). Docker Desktop's log view is in fresh163 before ZooKeeper and a Python client, never
// before a Rust tracing line. Left out as measured already: the layouts just named. Left out as not
// confirmed by any search: Vespa's VESPA_LOG_STDOUT stream and vespa-logfmt's own output, Milvus's
// JSON log format, ZincSearch, Vald, Marqo, LanceDB and Vearch; Chroma 1.x's Rust server prints an
// untimed banner only. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Manticore's plain date has no zone and is taken as UTC; the syslog header's
// date has no year (2026). `vespa log` prints UTC; Vespa's access log time is UNIX seconds.
// Milvus's stamp carries its hour offset (+01:00 here) and is converted. Qdrant's JSON timestamp
// ends in Z. Chroma's compose lines have a zone-less date (UTC by the rules). In the Docker Desktop
// copy the view's zone-less local stamp (read as UTC) and Qdrant's Z stamp are both accepted.
// Levels only where the line marks one: Vespa's lower-case level column (info warning error
// debug), Qdrant's `level` key and right-aligned level word, Chroma's padded level name;
// Manticore's query lines, Vespa's and Milvus's access lines carry none (`[ACCESS]` is the log's
// name, a status code is no level, syslog's LOG_INFO is not in the file). The host is the record's
// host field: the syslog header's and `vespa log`'s host column; Vespa's access-log `host` is the
// request's Host header, and the client addresses of Milvus, Qdrant's actix lines and Chroma's
// uvicorn access lines, and the compose service column, are no hosts. A record that spans lines is
// one entry: `vespa log`'s dequoted exception and Chroma's traceback behind the compose column.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages") and find_string; where a search did not
// confirm a layout the source says "from memory" (the syslog framing of Manticore's query lines, the
// keys of Qdrant's JSON object). Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit bd8f4e0 before any rule for it: level 100.0 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 85.7 %, records 100.0 %), in a
// worktree at bd8f4e0 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is the host column of `vespa log`'s output, which trawl does not
// read as the record's host (the date, the level word and the multi-line exception come out right).

var fresh673Cases = []worldCase{
	{
		name:   "manticore-query-log-plain",
		source: "Manticore Search's query.log with `query_log_format = plain` (`[Www Mmm dd HH:mm:ss yyyy] real-time sec wall-time sec [match-mode/filters-count/sort-mode total-matches (offset,limit) @groupby-attr] [table] query`): the Manticore manual, 'Logging' / 'Query logging' (versions 3.5 to 9.3, its plain-format example)",
		why:    "a ctime-style date with the weekday and the year last in brackets; `0.004 sec` timings, `(0,20)` and the match-mode block are no times and no levels; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026] 0.004 sec 0.004 sec [ext2/0/rel 35 (0,20)] [products] wireless headphones"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[Sun Nov 29 07:41:18 2026] 0.021 sec 0.019 sec [ext2/1/rel 412 (0,20) @brand_id] [products] usb-c hub"),
			we("2026-11-29T07:42:03Z", Unknown, "", "[Sun Nov 29 07:42:03 2026] 0.001 sec 0.001 sec [ext2/2/attr- 0 (20,20)] [products_rt] \"noise cancelling\" -refurbished"),
			we("2026-11-29T07:43:40Z", Unknown, "", "[Sun Nov 29 07:43:40 2026] 0.117 sec 0.102 sec [ext2/0/rel 18203 (0,100)] [dist_catalog] cable"),
		},
	},
	{
		name:   "manticore-query-log-syslog",
		source: "Manticore Search with `query_log = syslog`: the query lines go to syslog at LOG_INFO, `prefixed with [query] instead of a timestamp`, in the plain format only (the Manticore manual, 'Logging' / 'Query logging'); the syslog framing as rsyslog writes it to /var/log/syslog and the `searchd[pid]:` tag from memory",
		why:    "a BSD syslog header with the host, then `[query]` where the plain log has its date; the LOG_INFO priority is not in the file: no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "search01", "Nov 29 07:41:16 search01 searchd[2207]: [query] 0.003 sec 0.003 sec [ext2/0/rel 12 (0,20)] [products] usb-c hub"),
			we("2026-11-29T07:41:17Z", Unknown, "search01", "Nov 29 07:41:17 search01 searchd[2207]: [query] 0.015 sec 0.015 sec [ext2/1/rel 87 (0,20) @category_id] [products] mechanical keyboard"),
			we("2026-11-29T07:42:05Z", Unknown, "search01", "Nov 29 07:42:05 search01 searchd[2207]: [query] 0.000 sec 0.000 sec [ext2/0/rel 0 (0,20)] [faq] reset password"),
		},
	},
	{
		name:   "vespa-cli-log-output",
		source: "the Vespa CLI's `vespa log` (client/go/internal/vespa/log.go: LogEntry.Format `[%s] %-8s %-7s %-16s %s\\t%s` with the time as `2006-01-02 15:04:05.000000` in UTC, host, level, service, component, then a TAB and the message; `\\n` and `\\t` dequoted by default, so a logged stack trace spans lines): vespa-engine/vespa log.go and log_test.go, docs.vespa.ai 'vespa log'",
		why:    "a bracketed date with microseconds; the host padded to eight, then the lower-case Vespa level padded to seven, the service and the component; a dequoted exception is one record with its `\\tat` lines",
		gap:    "the host column between the bracketed date and the lower-case level word is not read as the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.905535Z", Info, "vespa-0.vespa-internal", "[2026-11-29 07:41:16.905535] vespa-0.vespa-internal info    container        Container.com.yahoo.container.jdisc.ConfiguredApplication\tSwitching to the latest deployed set of configurations and components. Application config generation: 7"),
			we("2026-11-29T07:41:17.210044Z", Info, "vespa-0.vespa-internal", "[2026-11-29 07:41:17.210044] vespa-0.vespa-internal info    searchnode       searchnode.proton.server.proton\tTransitioning from state 'Initializing' to 'Up' for document type 'article'"),
			we("2026-11-29T07:41:19.502117Z", Warn, "vespa-1.vespa-internal", "[2026-11-29 07:41:19.502117] vespa-1.vespa-internal warning distributor      distributor.distributor.stripe\tBucket 0x4000000000001f2a has 2 replicas out of sync after merge"),
			we("2026-11-29T07:41:23.118390Z", Error, "vespa-0.vespa-internal",
				"[2026-11-29 07:41:23.118390] vespa-0.vespa-internal error   container        Container.com.yahoo.search.handler.SearchHandler\tCould not process query /search/?yql=select+*+from+article+where+embeding+contains+%22x%22",
				"java.lang.IllegalArgumentException: Could not resolve field 'embeding'",
				"\tat com.yahoo.search.yql.YqlParser.resolveField(YqlParser.java:1784)",
				"\tat com.yahoo.search.yql.YqlParser.buildContains(YqlParser.java:1102)"),
			we("2026-11-29T07:41:24.000731Z", Debug, "vespa-cfg.vespa-internal", "[2026-11-29 07:41:24.000731] vespa-cfg.vespa-internal debug   configserver     Container.com.yahoo.vespa.config.server.session.SessionRepository\tSession 7 activated for application default.default"),
		},
	},
	{
		name:   "vespa-access-log-json",
		source: "Vespa's JSON access log (logs/vespa/access/JsonAccessLog.*: one JSON object a line with ip, time as UNIX seconds with a millisecond fraction, duration, responsesize, code, method, uri, version, agent, host (the request's Host header), scheme, port): docs.vespa.ai 'Access Logging'",
		why:    "the time is an epoch number with milliseconds in a `time` key; `host` is the HTTP Host header, not the record's host; `duration` is no time; the status code is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "", `{"ip":"10.1.4.22","time":1795938076.123,"duration":0.012,"responsesize":1843,"code":200,"method":"GET","uri":"/search/?yql=select%20*%20from%20article%20where%20userQuery()&query=rust+tracing","version":"HTTP/1.1","agent":"python-requests/2.32.3","host":"search.corp.example:8080","scheme":"http","port":8080}`),
			we("2026-11-29T07:41:18.407Z", Unknown, "", `{"ip":"10.1.4.23","time":1795938078.407,"duration":0.003,"responsesize":212,"code":200,"method":"POST","uri":"/document/v1/news/article/docid/a-4411","version":"HTTP/1.1","agent":"vespa-feed-client/8.430.12","host":"feed.corp.example:8080","scheme":"http","port":8080}`),
			we("2026-11-29T07:42:03.950Z", Unknown, "", `{"ip":"10.1.4.22","time":1795938123.950,"duration":0.381,"responsesize":377,"code":400,"method":"GET","uri":"/search/?yql=select%20*%20from%20article%20where%20embeding%20contains%20%22x%22","version":"HTTP/1.1","agent":"python-requests/2.32.3","host":"search.corp.example:8080","scheme":"http","port":8080}`),
			we("2026-11-29T07:42:05.001Z", Unknown, "", `{"ip":"10.1.9.5","time":1795938125.001,"duration":10.002,"responsesize":0,"code":504,"method":"POST","uri":"/search/","version":"HTTP/2.0","agent":"Go-http-client/2.0","host":"search.corp.example","scheme":"https","port":443}`),
		},
	},
	{
		name:   "milvus-proxy-access-log",
		source: "Milvus 2.3+'s proxy access log (proxy.accessLog.enable, `formatters.base.format: \"[$time_now] [ACCESS] <$user_name: $user_addr> $method_name-$method_status-$error_code [traceID: $trace_id] [timeCost: $time_cost]\"`, a `query` formatter `$method_status-$method_name … [database: …] [collection: …] [partitions: …] [expr: …]` for Query and Search): milvus.io docs 'Configure Access Logs' (milvus-io/web-content v2.3.x adminGuide/configure_access_logs.md); `$time_now` rendered with internal/proxy/accesslog/info's timeFormat `2006/01/02 15:04:05.000 -07:00` (found with find_string)",
		why:    "a slashed date with milliseconds and an hour offset in brackets; `[ACCESS]` is a log name, not a level; the user's address in angle brackets is a client, not a host; `timeCost` is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[2026/11/29 08:41:16.204 +01:00] [ACCESS] <root: 10.2.0.15:51234> Connect-OK-0 [traceID: 6c1e0f3b9a2d4e57b8c9d0e1f2a3b4c5] [timeCost: 1.204ms]"),
			we("2026-11-29T07:41:16.391Z", Unknown, "", "[2026/11/29 08:41:16.391 +01:00] [ACCESS] <root: 10.2.0.15:51234> OK-Search [traceID: 0b7d2e94c1a35f68e2d4b6a8c0e1f3a5] [timeCost: 12.81ms] [database: default] [collection: kb_chunks] [partitions: []] [expr: lang == \"en\"]"),
			we("2026-11-29T07:41:17.002Z", Unknown, "", "[2026/11/29 08:41:17.002 +01:00] [ACCESS] <ingest: 10.2.0.31:40118> Insert-OK-0 [traceID: 9a4c6e8f0b2d4f61a3c5e7091b3d5f72] [timeCost: 48.3ms]"),
			we("2026-11-29T07:41:19.550Z", Unknown, "", "[2026/11/29 08:41:19.550 +01:00] [ACCESS] <root: 10.2.0.15:51240> Fail-Query [traceID: 4e6a8c0e2f4b6d81c3e5a7092b4d6f83] [timeCost: 0.912ms] [database: default] [collection: kb_chunk] [partitions: []] [expr: id in [1, 2, 3]]"),
		},
	},
	{
		name:   "qdrant-json-log",
		source: "Qdrant 1.12.6+ with `logger.format: json` (QDRANT__LOGGER__FORMAT=json): qdrant/qdrant issue #5347 (JSON logging released in 1.12.6, PR #5602) and qdrant/landing_page PR #1448 (the format option's documentation); the object's keys are tracing-subscriber's JSON formatter's (`timestamp`, `level`, `fields.message`, `target`), from memory",
		why:    "an ISO time in Z in a `timestamp` key, the level word in `level`, the message nested in `fields`; the client address in an actix access message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.580122Z", Info, "", `{"timestamp":"2026-11-29T07:41:16.580122Z","level":"INFO","fields":{"message":"Loading collection: kb_chunks"},"target":"storage::content_manager::toc"}`),
			we("2026-11-29T07:41:16.932871Z", Info, "", `{"timestamp":"2026-11-29T07:41:16.932871Z","level":"INFO","fields":{"message":"Qdrant HTTP listening on 6333"},"target":"qdrant::actix"}`),
			we("2026-11-29T07:41:18.004413Z", Info, "", `{"timestamp":"2026-11-29T07:41:18.004413Z","level":"INFO","fields":{"message":"10.0.3.7 \"POST /collections/kb_chunks/points/query HTTP/1.1\" 200 412 \"-\" \"python-client/1.12.1 python/3.12.7\" 0.004213"},"target":"actix_web::middleware::logger"}`),
			we("2026-11-29T07:41:21.337950Z", Warn, "", `{"timestamp":"2026-11-29T07:41:21.337950Z","level":"WARN","fields":{"message":"Slow search request: 2.41s for collection kb_chunks"},"target":"collection::shards::local_shard"}`),
			we("2026-11-29T07:41:25.101008Z", Error, "", `{"timestamp":"2026-11-29T07:41:25.101008Z","level":"ERROR","fields":{"message":"Error while applying update operation: Wrong input: Vector dimension error: expected dim: 768, got 384"},"target":"collection::update_handler"}`),
		},
	},
	{
		name:   "chroma-compose-server-log",
		source: "a Chroma 0.4 server under docker compose (the image's log config `%(asctime)s %(levelname)-8s %(name)-15s %(message)s`: a zone-less date and time, the level padded to eight, the logger padded to fifteen; the compose column `chroma-server-1      | ` before every line, traceback lines included): chroma-core/chroma issue #910 (a pasted `chroma-server-1      | 2023-07-29 04:53:31 INFO     uvicorn.error   Shutting down`)",
		why:    "the compose service column is no host; a zone-less time (UTC by the rules); the padded level word; a logged traceback, each of its lines behind the same column, is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "chroma-server-1      | 2026-11-29 07:41:16 INFO     uvicorn.error   Started server process [1]"),
			we("2026-11-29T07:41:17Z", Info, "", "chroma-server-1      | 2026-11-29 07:41:17 INFO     chromadb.telemetry.product.posthog Anonymized telemetry enabled. See                     https://docs.trychroma.com/telemetry for more information."),
			we("2026-11-29T07:41:17Z", Info, "", "chroma-server-1      | 2026-11-29 07:41:17 INFO     uvicorn.error   Application startup complete."),
			we("2026-11-29T07:42:03Z", Info, "", `chroma-server-1      | 2026-11-29 07:42:03 INFO     uvicorn.access  172.18.0.1:56012 - "POST /api/v1/collections/3f9e1c2a-5b7d-4e8f-9a0b-1c2d3e4f5a6b/query HTTP/1.1" 200`),
			we("2026-11-29T07:42:40Z", Warn, "", "chroma-server-1      | 2026-11-29 07:42:40 WARNING  chromadb.segment.impl.vector.local_persistent_hnsw Add of existing embedding ID: note-4411"),
			we("2026-11-29T07:43:05Z", Error, "",
				"chroma-server-1      | 2026-11-29 07:43:05 ERROR    chromadb.server.fastapi Collection notes_v2 does not exist.",
				"chroma-server-1      | Traceback (most recent call last):",
				`chroma-server-1      |   File "/chroma/chromadb/server/fastapi/__init__.py", line 87, in catch_exceptions_middleware`,
				"chroma-server-1      | ValueError: Collection notes_v2 does not exist."),
		},
	},
	{
		name:   "qdrant-docker-desktop-copy",
		source: "Qdrant's console (Rust tracing's fmt layer, `yyyy-MM-ddTHH:mm:ss.ffffffZ LEVEL target: msg`, the level right-aligned in five) copied from Docker Desktop's log view with its timestamps shown: the view puts the machine's zone-less local `yyyy-MM-dd HH:mm:ss` first: qdrant/qdrant issue #3926 (a pasted `2024-04-10 14:54:46 2024-04-10T13:54:46.145279Z  INFO actix_web::middleware::logger: …`), here a machine at +01:00",
		why:    "two stamps of the same moment: Docker Desktop's local one has no zone (read as UTC by the rules), Qdrant's ends in Z; either is accepted; the level is the right-aligned word after the second stamp; the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.145279Z", Info, "", `2026-11-29 08:41:16 2026-11-29T07:41:16.145279Z  INFO actix_web::middleware::logger: 192.168.65.1 "POST /collections/faq/points/search HTTP/1.1" 200 66 "-" "python-httpx/0.28.1" 0.004577`),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.179898Z", Info, "", `2026-11-29 08:41:16 2026-11-29T07:41:16.179898Z  INFO actix_web::middleware::logger: 192.168.65.1 "POST /collections/faq/points/search HTTP/1.1" 200 67 "-" "python-httpx/0.28.1" 0.005077`),
			we("2026-11-29T08:41:20Z|2026-11-29T07:41:20.002311Z", Warn, "", "2026-11-29 08:41:20 2026-11-29T07:41:20.002311Z  WARN collection::collection_manager::optimizers: Optimizer 'indexing' took 41.3s for segment 8812, consider increasing max_optimization_threads"),
			we("2026-11-29T08:41:22Z|2026-11-29T07:41:22.640118Z", Error, "", `2026-11-29 08:41:22 2026-11-29T07:41:22.640118Z ERROR qdrant::actix::helpers: Error processing request: Not found: Collection `+"`faq_v2`"+` doesn't exist!`),
		},
	},
}

func TestFresh673Formats(t *testing.T) { assertTable(t, fresh673Cases) }
func TestFresh673Score(t *testing.T) {
	checkScore(t, "fresh673 formats", fresh673Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 99.9})
}
