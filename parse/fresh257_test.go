package parse

import "testing"

// The two-hundred-and-fifty-seventh fresh table, written on 2026-12-06: search engines' and
// time-series databases' own logs and reports as their admins read them, shapes no earlier table
// holds. Each family is one product's documented or observed output: Elasticsearch's
// `GET _nodes/hot_threads` report (one block a node: the `::: {node}…` line, `Hot threads at`, the
// busiest threads with their stack samples); OpenSearch Dashboards' legacy JSON in the journal
// (`journalctl -u opensearch-dashboards`, the level a word anywhere in the tags, response records
// with empty tags); Manticore Search's query.log in the sphinxql format (each query behind a
// `/* date conn … real … wall … found … */` comment, JSON requests logged as sent over several lines,
// warnings in a trailing comment, `/* DONE */` lines of query_log_commands); InfluxDB 1.3/1.4's
// influxd.log (the old zap text encoder: `[I] RFC 3339 msg key=value` with a one-letter level in
// brackets, the `[httpd]` access lines between); Prometheus 2's query log (query_log_file: one JSON
// object a query, the keys sorted, `ts` last after params holding the query's own start and end);
// Alertmanager's `amtool alert query` table; vmagent with `-loggerTimezone=America/New_York` (the
// tab-separated lib/logger lines with a -0500 offset); carbon-c-relay 3 writing to a logfile with
// `-l` (`[local time] (MSG)|(ERR) msg` and the untimed configuration dump after its start line);
// go-carbon's go-carbon.log in zapwriter's mixed encoding (`[ISO time+0100] LEVEL [logger] msg
// {json}`); graphite-web's exception.log (`yyyy-MM-dd,HH:mm:ss.mmm :: msg` with a comma between date
// and time, a Python traceback under each record).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`elasticsearch`, `opensearch`, `hot_threads`, `Hot threads at`, `snapshots sharing`,
// `cpu usage by thread`, `busiestThreads`, `opensearch-dashboards[`, `"listening","info"`,
// `"type":"response"`, `solr`, `meilisearch`, `typesense`, `manticore`, `searchd`, `sphinx`,
// `query_log_format`, `sphinxql`, ` conn `, `wall 0.`, `found 0`, `influx`, `[I] 20`,
// `GOMAXPROCS set to`, `service=httpd`, `service=shard-precreation`, `engine=tsm1`, `[httpd]`,
// `kapacitor`, `prometheus`, `thanos`, `query_log_file`, `"ruleGroup"`, `"httpRequest":{"clientIP"`,
// `evalTotalTime`, `amtool`, `Starts At`, `alertmanager`, `victoriametrics`, `vmagent`, `vmselect`,
// `loggerTimezone`, `remotewrite`, `questdb`, `timescale`, `graphite`, `carbon`, `carbon-c-relay`,
// `relay hostname`, `(MSG)`, `(ERR)`, `go-carbon`, `zapwriter`, `[persister]`, `[carbonserver]`,
// `whisper`, `graphite-web`, `exception.log`, `rendering.log`, ` :: `, `Exception Caught`,
// `twistd`, `Log opened`, `+0000 [`, `procrun`, `backend_type`, `jsonlog`).
// Elasticsearch is in many tables (its server, slow, deprecation, audit, GC and JSON logs, the
// reset-password tool, `_cat/health`); the hot-threads report is in none. OpenSearch Dashboards'
// legacy JSON is fresh21's, read bare with the level the first tag; in the journal, with the level
// after another tag and response records, it is in none. Manticore's searchd.log is fresh6's; its
// query.log is in none. InfluxDB 1.x's logfmt log (with `[httpd]` lines), its JSON log, 2's logfmt
// and docker entrypoint and 3 Core are earlier tables'; 1.3/1.4's `[I]` text log is in none.
// Prometheus' own logs (go-kit, slog text and JSON, docker) and Alertmanager's logs are earlier
// tables'; the query log and amtool's table are in none (fresh43's query_log_file is MariaDB's).
// VictoriaMetrics' tab-separated log is fresh8's and fresh79's (in UTC), its JSON fresh52's; vmagent
// and a -loggerTimezone offset are in none. Graphite's carbon console.log is fresh8's; carbon-c-relay,
// go-carbon and graphite-web are in none. Left out as measured already: Solr (holdout, fresh42,
// fresh62, fresh82, fresh112, fresh127), Meilisearch (fresh13, fresh52, fresh141), Typesense
// (fresh12), QuestDB (fresh6), TimescaleDB (fresh160, fresh179), Thanos (fresh14, fresh141), Twisted
// logs like carbon's under twistd (fresh2, fresh30). The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The hot-threads block's time is its `Hot threads at` line; the journal's
// time and OpenSearch Dashboards' @timestamp are the same second; Manticore's `Sun Nov 29
// 07:41:16.204 2026`, carbon-c-relay's bracketed local time and graphite-web's comma-joined time
// carry no zone and are taken as UTC; vmagent's -0500 and go-carbon's +0100 are converted; a
// Prometheus query-log record's time is `ts` (params' start and end are the times the query asked
// about, not the record's); an amtool row's time is its `Starts At`. Levels only where the line
// marks one: the tags' level word (info, warning, error; a response's empty tags give none),
// influxd's [I] [W] [E], vmagent's level column, carbon-c-relay's (MSG) as Info and (ERR) as
// Error, go-carbon's INFO WARN ERROR. The hot-threads report, Manticore's query log (its
// `/*warning=…*/` is the warning text the query returned), the Prometheus query log, amtool's table
// (a State is no level) and graphite-web's exception.log have none. The host is the record's host
// field: the journal header's name; an Elasticsearch node's name and publish address in braces
// identify the node, which earlier tables read as no host (fresh43); the clients in Manticore's
// comment, influxd's `[httpd]` line, the query log's httpRequest and the HTTP Host header in the
// dashboards' response are not hosts, nor carbon-c-relay's `relay hostname =` in its configuration
// dump, a metric path or a summary. A record that spans lines is one entry: a node's hot-threads
// block up to the next `:::` line, a JSON request Manticore logged over several lines, carbon-c-relay's
// start line with the configuration dump under it, a graphite-web record with its traceback.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 30e307a before any rule for it: level 91.4 %, time 90.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 88.7 %, time 94.3 %, host 100.0 %, records 100.0 %), in a
// worktree at 30e307a with no change to trawl's code (only this file and table_test.go's list), 8 of
// 10 families fully right; the gaps are the time of Elasticsearch's hot-threads block (on its second
// line) and carbon-c-relay's `(MSG)` marker as a level.

var fresh257Cases = []worldCase{
	{
		name:   "elasticsearch-hot-threads-report",
		gap:    "trawl keeps each node's block as one record but gives it no time: the `   Hot threads at 2026-11-29T07:41:16.482Z, interval=500ms, …:` line under the untimed `::: {node}…` line is not read as the block's time",
		source: "Elasticsearch 7.17/8.x `GET _nodes/hot_threads` as curl prints it (RestNodesHotThreadsAction: `::: ` and the DiscoveryNode `{name}{id}{ephemeralId}{hostAddress}{address}{roles}{attributes}`, then the node's report indented by three spaces: `Hot threads at ISO time, interval=500ms, busiestThreads=3, ignoreIdleThreads=true:`, a line per busy thread `NN.N% [cpu=…, other=…] (Nms out of 500ms) cpu usage by thread '…'` and its `N/10 snapshots sharing following N elements` with the stack frames): elastic/beats issue #26320 (the node lines and an idle node), elastic/elasticsearch issue #86972 (the cpu/other line), elastic/logstash PR #4653 (a report pasted); the frame prefixes from memory",
		why:    "a node's block is one record whose time is on its second line; the ids, the address, the percentages, `469ms out of 500ms` and the line numbers of frames are no times; no level; the node's name and address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482Z", Unknown, "",
				"::: {es-data-1}{b7Qm2XkaT4uV1nC9pR0sLw}{Jf3aQ8dcR2mWq5E1xYtZ9g}{10.40.2.11}{10.40.2.11:9300}{dhilrstw}{ml.machine_memory=33567432704, xpack.installed=true, transform.node=true, ml.max_jvm_size=17179869184}",
				"   Hot threads at 2026-11-29T07:41:16.482Z, interval=500ms, busiestThreads=3, ignoreIdleThreads=true:",
				"   ",
				"   93.8% [cpu=91.2%, other=2.6%] (469ms out of 500ms) cpu usage by thread 'elasticsearch[es-data-1][search][T#7]'",
				"     6/10 snapshots sharing following 29 elements",
				"       app//org.apache.lucene.search.ConjunctionDISI.doNext(ConjunctionDISI.java:179)",
				"       app//org.elasticsearch.search.query.QueryPhase.executeInternal(QueryPhase.java:162)",
				"       java.base@17.0.9/java.lang.Thread.run(Thread.java:840)",
				"     4/10 snapshots sharing following 22 elements",
				"       app//org.apache.lucene.search.TermScorer.score(TermScorer.java:64)",
				"       java.base@17.0.9/java.lang.Thread.run(Thread.java:840)",
				"   ",
				"   41.0% [cpu=40.7%, other=0.3%] (205ms out of 500ms) cpu usage by thread 'elasticsearch[es-data-1][write][T#2]'",
				"     10/10 snapshots sharing following 18 elements",
				"       app//org.elasticsearch.index.engine.InternalEngine.index(InternalEngine.java:1011)",
				"       java.base@17.0.9/java.lang.Thread.run(Thread.java:840)",
				""),
			we("2026-11-29T07:41:16.479Z", Unknown, "",
				"::: {es-master-1}{Zt4pL0wqSx6Ab3Ck7Dm1Ee}{Hq2rT9vnQ1Kk8Ll4Mm7Nn0}{10.40.2.5}{10.40.2.5:9300}{m}{xpack.installed=true, transform.node=false}",
				"   Hot threads at 2026-11-29T07:41:16.479Z, interval=500ms, busiestThreads=3, ignoreIdleThreads=true:",
				""),
			we("2026-11-29T07:41:16.490Z", Unknown, "",
				"::: {es-data-2}{Pq8wE2rtYu4Io6Pa1Sd3Fg}{Cv5bN7mkLj9Hg2Fd4Sa6Qw}{10.40.2.12}{10.40.2.12:9300}{dhilrstw}{ml.machine_memory=33567432704, xpack.installed=true, transform.node=true, ml.max_jvm_size=17179869184}",
				"   Hot threads at 2026-11-29T07:41:16.490Z, interval=500ms, busiestThreads=3, ignoreIdleThreads=true:",
				"   ",
				"   100.0% [cpu=98.9%, other=1.1%] (500ms out of 500ms) cpu usage by thread 'elasticsearch[es-data-2][generic][T#14]'",
				"     10/10 snapshots sharing following 24 elements",
				"       app//org.apache.lucene.index.SegmentMerger.mergeTerms(SegmentMerger.java:201)",
				"       java.base@17.0.9/java.lang.Thread.run(Thread.java:840)",
				""),
		},
	},
	{
		name:   "opensearch-dashboards-journal-legacy-json",
		source: "OpenSearch Dashboards 2.x under systemd read with `journalctl -u opensearch-dashboards` (BSD journal line, then the legacy JSON it writes when stdout is no terminal: type, @timestamp to the second, tags with the level word among them, pid, message; `type: response` records with method, statusCode, req, res and empty tags): wazuh/wazuh issues #20519 and #23836 (journal pastes, `[\"listening\",\"info\"]`), opensearch-project/OpenSearch-Dashboards issue #5910; the response record's keys from memory of Kibana 7's legacy JSON",
		why:    "the journal's time and @timestamp are the same second; the level is the word info/warning/error wherever it stands in the tags; a response has no level and its remoteAddress and Host header are no hosts; the host is the journal's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "osd-01", `Nov 29 07:41:16 osd-01 opensearch-dashboards[2418]: {"type":"log","@timestamp":"2026-11-29T07:41:16Z","tags":["info","plugins-system"],"pid":2418,"message":"Starting [47] plugins: [usageCollection,opensearchDashboardsUsageCollection,mapsLegacy,share,embeddable,expressions,data,home,dashboard,visualizations,discover,securityDashboards,alertingDashboards,indexManagementDashboards]"}`),
			we("2026-11-29T07:41:18Z", Info, "osd-01", `Nov 29 07:41:18 osd-01 opensearch-dashboards[2418]: {"type":"log","@timestamp":"2026-11-29T07:41:18Z","tags":["listening","info"],"pid":2418,"message":"Server running at https://0.0.0.0:5601"}`),
			we("2026-11-29T07:41:18Z", Info, "osd-01", `Nov 29 07:41:18 osd-01 opensearch-dashboards[2418]: {"type":"log","@timestamp":"2026-11-29T07:41:18Z","tags":["info","http","server","OpenSearchDashboards"],"pid":2418,"message":"http server running at https://0.0.0.0:5601"}`),
			we("2026-11-29T07:41:25Z", Error, "osd-01", `Nov 29 07:41:25 osd-01 opensearch-dashboards[2418]: {"type":"log","@timestamp":"2026-11-29T07:41:25Z","tags":["error","opensearch","data"],"pid":2418,"message":"[ConnectionError]: connect ECONNREFUSED 10.40.2.11:9200"}`),
			we("2026-11-29T07:41:31Z", Warn, "osd-01", `Nov 29 07:41:31 osd-01 opensearch-dashboards[2418]: {"type":"log","@timestamp":"2026-11-29T07:41:31Z","tags":["plugins","securityDashboards","warning"],"pid":2418,"message":"Tenant indices migration failed for .kibana_9281734_analysts"}`),
			we("2026-11-29T07:42:03Z", Unknown, "osd-01", `Nov 29 07:42:03 osd-01 opensearch-dashboards[2418]: {"type":"response","@timestamp":"2026-11-29T07:42:03Z","tags":[],"pid":2418,"method":"get","statusCode":200,"req":{"url":"/api/status","method":"get","headers":{"host":"dashboards.example.internal:5601","user-agent":"curl/8.5.0","accept":"*/*"},"remoteAddress":"10.40.9.7","userAgent":"curl/8.5.0"},"res":{"statusCode":200,"responseTime":41,"contentLength":20},"message":"GET /api/status 200 41ms - 20.0B"}`),
		},
	},
	{
		name:   "manticore-query-log-sphinxql",
		source: "Manticore Search 6.x/9.x /var/log/manticore/query.log with query_log_format = sphinxql, the default (`/* Www Mmm dd HH:mm:ss.mmm yyyy conn N (addr:port) real s wall s [xN] found N */ statement;`, JSON requests logged as sent inside `/*{ … } */`, warnings appended as `/*warning=… */`, query_log_commands' `real s */ command;` and `/* DONE */;` lines): manual.manticoresearch.com 'Query logging' (the sphinxql examples), manticoresoftware/manticoresearch issues #1141 (the warning comment), #1526 (`x2`), #2417 (`/* DONE */`) and #597",
		why:    "the date sits inside a SQL comment with the weekday first and the year after the time, no zone; real, wall and found are no times; a JSON request over several lines is one record; the client address is no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "/* Sun Nov 29 07:41:16.204 2026 conn 14 (10.40.3.21:51842) real 0.002 wall 0.003 found 37 */ SELECT id, title FROM products WHERE MATCH('wireless headphones') LIMIT 0,20 OPTION ranker=proximity;"),
			we("2026-11-29T07:41:17.891Z", Unknown, "", "/* Sun Nov 29 07:41:17.891 2026 conn 14 (10.40.3.21:51842) real 0.011 wall 0.011 x2 found 412 */ SELECT brand_id FROM products WHERE MATCH('headphones') GROUP BY brand_id;"),
			we("2026-11-29T07:41:19.337Z", Unknown, "",
				"/* Sun Nov 29 07:41:19.337 2026 conn 15 (10.40.3.22:40218) real 0.000 wall 0.000 found 3 */ /*{",
				`"table" : "products",`,
				`"query": { "match": { "title": "usb-c hub" } },`,
				`"limit": 5`,
				"} */"),
			we("2026-11-29T07:41:22.015Z", Unknown, "", "/* Sun Nov 29 07:41:22.015 2026 conn 16 (10.40.3.21:51866) real 0.001 wall 0.001 found 9 */ SELECT * FROM products WHERE MATCH('cable') AND tag_ids=7; /*warning=index products: use an explicit ANY()/ALL() around a filter on MVA column */"),
			we("2026-11-29T07:41:24.506Z", Unknown, "", "/* Sun Nov 29 07:41:24.506 2026 conn 17 (10.40.3.23:39004) real 0.000 */ CREATE TABLE products_rt_tmp(title text, price float);"),
			we("2026-11-29T07:41:24.507Z", Unknown, "", "/* Sun Nov 29 07:41:24.507 2026 conn 17 (10.40.3.23:39004) real 0.000 */ /* DONE */;"),
		},
	},
	{
		name:   "influxdb13-bracket-letter-log",
		source: "InfluxDB 1.3/1.4's influxd log as the Debian package's init script writes /var/log/influxdb/influxd.log (the old zap text encoder: `[L] yyyy-MM-ddTHH:mm:ssZ msg key=value`, L one of D I W E, `service=`/`engine=` fields after the message; the HTTP service's `[httpd] addr - user [dd/Mon/yyyy:HH:mm:ss +zzzz] \"request\" status bytes \"referer\" \"agent\" request-id µs` lines between): a docker-compose tutorial pasting influxd 1.2.1's start, an Ubuntu tutorial and a CentOS paste of `systemctl status influxdb` with influxd 1.3.5's lines, influxdata/docs influxd-ctl output (found with find_string); the [W] and [E] messages from memory",
		why:    "a one-letter level in brackets before an RFC 3339 time to the second; `_00012.wal`, `size 10485812` and `1.412318502s` are no times; the [httpd] line's time is in its NCSA brackets, its client and user are no host, and it has no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[I] 2026-11-29T07:41:16Z InfluxDB starting, version 1.4.3, branch 1.4, commit a0c7a1e4b3f2d9e8c6b5a4f3e2d1c0b9a8f7e6d5"),
			we("2026-11-29T07:41:16Z", Info, "", "[I] 2026-11-29T07:41:16Z Go version go1.9.2, GOMAXPROCS set to 8"),
			we("2026-11-29T07:41:17Z", Info, "", "[I] 2026-11-29T07:41:17Z reading file /var/lib/influxdb/wal/telegraf/autogen/41/_00012.wal, size 10485812 engine=tsm1 service=cacheloader"),
			we("2026-11-29T07:41:19Z", Info, "", "[I] 2026-11-29T07:41:19Z Listening on HTTP:[::]:8086 service=httpd"),
			we("2026-11-29T07:41:26Z", Unknown, "", `[httpd] 10.40.5.14 - telegraf [29/Nov/2026:07:41:26 +0000] "POST /write?consistency=any&db=telegraf HTTP/1.1" 204 0 "-" "telegraf" 6b2f0c1e-d3a4-11f1-8001-000000000000 8731`),
			we("2026-11-29T07:44:02Z", Warn, "", "[W] 2026-11-29T07:44:02Z WARN: 91% of max-values-per-tag limit exceeded: (91220/100000), db=telegraf measurement=docker_container_cpu tag=container_name service=store"),
			we("2026-11-29T07:50:00Z", Info, "", "[I] 2026-11-29T07:50:00Z compacted level 1 8 files into 1 files in 1.412318502s engine=tsm1"),
			we("2026-11-29T07:52:10Z", Error, "", "[E] 2026-11-29T07:52:10Z error writing snapshot: open /var/lib/influxdb/data/telegraf/autogen/41/000000213-000000002.tsm.tmp: no space left on device engine=tsm1"),
		},
	},
	{
		name:   "prometheus2-query-log-json",
		source: "Prometheus 2.16-2.55 with `query_log_file` in the global section (one JSON object a query, keys in sorted order: httpRequest for API queries, params with end, query, start and step, ruleGroup for rule evaluations, spanID, stats with timings and samples, ts last): prometheus.io 'Using the Prometheus query log' (prometheus/docs PR #1548), two tutorials quoting the file (found with find_string)",
		why:    "the record's time is ts at the end; params' end and start are the evaluation range the query asked for, a range query's an hour back; the clientIP is no host; the timings are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.131Z", Unknown, "", `{"params":{"end":"2026-11-29T07:41:16.120Z","query":"up{job=\"node\"} == 0","start":"2026-11-29T07:41:16.120Z","step":0},"ruleGroup":{"file":"/etc/prometheus/rules/node.yml","name":"node-availability"},"spanID":"0000000000000000","stats":{"timings":{"evalTotalTime":0.000612433,"resultSortTime":0,"queryPreparationTime":0.000201118,"innerEvalTime":0.000388041,"execQueueTime":0.000018702,"execTotalTime":0.000644918},"samples":{"totalQueryableSamples":14,"peakSamples":14}},"ts":"2026-11-29T07:41:16.131Z"}`),
			we("2026-11-29T07:41:18.402Z", Unknown, "", `{"httpRequest":{"clientIP":"10.40.7.3","method":"GET","path":"/api/v1/query_range"},"params":{"end":"2026-11-29T07:41:15.000Z","query":"sum by (instance) (rate(node_cpu_seconds_total{mode!=\"idle\"}[5m]))","start":"2026-11-29T06:41:15.000Z","step":15},"spanID":"0000000000000000","stats":{"timings":{"evalTotalTime":0.048211907,"resultSortTime":0.000004113,"queryPreparationTime":0.011034782,"innerEvalTime":0.037101450,"execQueueTime":0.000021337,"execTotalTime":0.048297154},"samples":{"totalQueryableSamples":172800,"peakSamples":2880}},"ts":"2026-11-29T07:41:18.402Z"}`),
			we("2026-11-29T07:41:31.128Z", Unknown, "", `{"params":{"end":"2026-11-29T07:41:31.120Z","query":"(node_filesystem_avail_bytes{fstype!=\"tmpfs\"} / node_filesystem_size_bytes) < 0.05","start":"2026-11-29T07:41:31.120Z","step":0},"ruleGroup":{"file":"/etc/prometheus/rules/node.yml","name":"node-disk"},"spanID":"0000000000000000","stats":{"timings":{"evalTotalTime":0.002140553,"resultSortTime":0,"queryPreparationTime":0.000917220,"innerEvalTime":0.001190046,"execQueueTime":0.000011804,"execTotalTime":0.002166911},"samples":{"totalQueryableSamples":96,"peakSamples":48}},"ts":"2026-11-29T07:41:31.128Z"}`),
			we("2026-11-29T07:41:44.760Z", Unknown, "", `{"httpRequest":{"clientIP":"10.40.7.3","method":"POST","path":"/api/v1/query"},"params":{"end":"2026-11-29T07:41:44.000Z","query":"topk(5, count by (__name__) ({__name__=~\".+\"}))","start":"2026-11-29T07:41:44.000Z","step":0},"spanID":"0000000000000000","stats":{"timings":{"evalTotalTime":1.204377812,"resultSortTime":0.000011092,"queryPreparationTime":0.902551370,"innerEvalTime":0.301790143,"execQueueTime":0.000015880,"execTotalTime":1.204420035},"samples":{"totalQueryableSamples":418223,"peakSamples":418223}},"ts":"2026-11-29T07:41:44.760Z"}`),
		},
	},
	{
		name:   "alertmanager-amtool-alert-query",
		source: "Alertmanager's `amtool alert query` in its default simple output (a text/tabwriter table padded by two spaces, each row ending in a tab: Alertname, Starts At as `yyyy-MM-dd HH:mm:ss UTC`, the summary annotation, State; rows sorted by Starts At): prometheus/alertmanager PR #2324 (the State column) and issues #2204 and #2736 (the table pasted)",
		why:    "a header row, then one alert a row; Starts At with a zone abbreviation is its time; the state (active, suppressed) is no level; a target address or a mount point in the summary is no host",
		entries: []worldEntry{
			wskip("Alertname                 Starts At                Summary                                                         State       "),
			we("2026-11-27T09:00:00Z", Unknown, "", "Watchdog                  2026-11-27 09:00:00 UTC                                                                  active      "),
			we("2026-11-28T23:12:05Z", Unknown, "", "PrometheusRuleFailures    2026-11-28 23:12:05 UTC  Prometheus is failing rule evaluations                          suppressed  "),
			we("2026-11-29T06:58:40Z", Unknown, "", "NodeFilesystemAlmostFull  2026-11-29 06:58:40 UTC  Filesystem /var has 4% space left                               active      "),
			we("2026-11-29T07:36:10Z", Unknown, "", "InstanceDown              2026-11-29 07:36:10 UTC  Target 10.40.6.12:9100 of job node has been down for 5 minutes  active      "),
		},
	},
	{
		name:   "vmagent-logger-timezone-offset",
		source: "vmagent started with `-loggerTimezone=America/New_York` (VictoriaMetrics' lib/logger: `time<TAB>level<TAB>caller<TAB>msg`, the time formatted `2006-01-02T15:04:05.000Z0700` in the flag's zone, levels info warn error; logAllFlags' `flag \"name\"=\"value\"` lines with secret flags masked): VictoriaMetrics/VictoriaMetrics lib/logger/formatter.go (-loggerTimezone, formatTimestamp), logger.go and flag.go; the scrape and remote-write messages from memory",
		why:    "a -0500 offset without a colon, so 02:41 local is 07:41 UTC; the caller's line number, the target address and the block size are no times; the target is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T02:41:16.204-0500\tinfo\tVictoriaMetrics/lib/logger/flag.go:12\tbuild version: vmagent-20261121-094512-tags-v1.108.1-0-g3c1d9e7f2a"),
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T02:41:16.204-0500\tinfo\tVictoriaMetrics/lib/logger/flag.go:20\tflag \"loggerTimezone\"=\"America/New_York\""),
			we("2026-11-29T07:41:16.205Z", Info, "", "2026-11-29T02:41:16.205-0500\tinfo\tVictoriaMetrics/lib/logger/flag.go:20\tflag \"remoteWrite.url\"=\"secret\""),
			we("2026-11-29T07:41:16.311Z", Info, "", "2026-11-29T02:41:16.311-0500\tinfo\tVictoriaMetrics/app/vmagent/main.go:146\tstarted vmagent in 0.107 seconds"),
			we("2026-11-29T07:41:31.87Z", Warn, "", "2026-11-29T02:41:31.870-0500\twarn\tVictoriaMetrics/lib/promscrape/scrapework.go:389\tcannot scrape target \"http://10.40.6.12:9100/metrics\" ({instance=\"10.40.6.12:9100\",job=\"node\"}) 1 out of 1 times during -promscrape.suppressScrapeErrorsDelay=0s; the last error: cannot read data: dial tcp4 10.40.6.12:9100: connect: connection refused"),
			we("2026-11-29T07:42:02.518Z", Error, "", "2026-11-29T02:42:02.518-0500\terror\tVictoriaMetrics/app/vmagent/remotewrite/client.go:455\tsending a block with size 48211 bytes to \"1:secret-url\" was rejected (skipping the block): status code 400; response body: unexpected EOF while reading snappy-compressed block"),
		},
	},
	{
		name:   "carbon-c-relay-logfile",
		gap:    "trawl reads the bracketed time, the configuration dump as part of the start line and `(ERR)` as Error, but not `(MSG)`: a `[yyyy-MM-dd HH:mm:ss] (MSG) msg` line gets no level where Info is due",
		source: "carbon-c-relay 3.x run with `-l /var/log/carbon-c-relay/relay.log` (relaylog(): `[yyyy-MM-dd HH:mm:ss]` in local time, then ` (MSG)` for its stdout or ` (ERR)` for its stderr when the stream is no console; the start-up `configuration:` and `parsed configuration follows:` dump written bare under the start line; `reloading worker` followed by the worker numbers on the same line): grobian/carbon-c-relay relay.c (relaylog, hup_handler), issues #224 (the (MSG)/(ERR) logfile), #289 (the v3 configuration dump), #44 and #161 (server OK lines), PR #37 (the prefixes)",
		why:    "a bracketed zone-less time; (MSG) and (ERR) mark stdout and stderr, read as Info and Error; the untimed configuration dump with its blank lines belongs to the start line; `relay hostname =` is a setting in that dump, no host field; the servers' addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"[2026-11-29 07:41:16] (MSG) starting carbon-c-relay v3.7.4 (5e2b9c), pid=3127",
				"configuration:",
				"    relay hostname = relay-01",
				"    workers = 4",
				"    send batch size = 2500",
				"    server queue size = 25000",
				"    server max stalls = 4",
				"    listen backlog = 32",
				"    server connection IO timeout = 600ms",
				"    configuration = /etc/carbon-c-relay.conf",
				"",
				"parsed configuration follows:",
				"listen",
				"    linemode",
				"        2003 proto tcp",
				"    ;",
				"",
				"cluster whisper",
				"    carbon_ch replication 1",
				"        10.40.8.21:2004",
				"        10.40.8.22:2004",
				"    ;",
				"",
				"match *",
				"    send to whisper",
				"    stop",
				"    ;",
				""),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] (MSG) listening on tcp4 0.0.0.0 port 2003"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] (MSG) startup sequence complete"),
			we("2026-11-29T07:52:40Z", Error, "", "[2026-11-29 07:52:40] (ERR) failed to connect() to 10.40.8.22:2004: Connection refused"),
			we("2026-11-29T07:53:11Z", Info, "", "[2026-11-29 07:53:11] (MSG) server 10.40.8.22:2004: OK"),
			we("2026-11-29T08:02:11Z", Info, "", "[2026-11-29 08:02:11] (MSG) reloading config from '/etc/carbon-c-relay.conf'..."),
			we("2026-11-29T08:02:11Z", Info, "", "[2026-11-29 08:02:11] (MSG) reloading worker 2 3 4 5"),
		},
	},
	{
		name:   "go-carbon-zapwriter-mixed",
		source: "go-carbon's /var/log/go-carbon/go-carbon.log with its default [[logging]] encoding = \"mixed\" and encoding-time = \"iso8601\" (lomik/zapwriter's mixed encoder: `[time]` by zap's ISO8601 encoder in the host's zone, the capital level, `[logger]`, the message, then the fields as a JSON object): lomik/zapwriter mixed_encoder.go and config.go, go-graphite/go-carbon README (the [[logging]] section), issues #294 (a `+0200` line) and #339 (`[persister] fail to update metric`); the start-up messages from memory",
		why:    "a bracketed ISO time with a +0100 offset and no colon; the level word after it; the logger in brackets is no host; the JSON's paths and durations are no times; a metric path naming a server is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `[2026-11-29T08:41:16.204+0100] INFO [main] starting go-carbon {"version": "0.17.3"}`),
			we("2026-11-29T07:41:16.206Z", Info, "", `[2026-11-29T08:41:16.206+0100] INFO [tcp] start tcp server {"listen": ":2003"}`),
			we("2026-11-29T07:41:16.207Z", Info, "", `[2026-11-29T08:41:16.207+0100] INFO [carbonserver] starting carbonserver {"listen": "10.40.8.21:8080", "whisperData": "/var/lib/graphite/whisper", "maxGlobs": 100, "scanFrequency": "5m0s"}`),
			we("2026-11-29T07:44:02.771Z", Error, "", `[2026-11-29T08:44:02.771+0100] ERROR [persister] failed to open whisper file {"path": "/var/lib/graphite/whisper/servers/web-04/cpu/total/user.wsp", "error": "Unable to read header: EOF"}`),
			we("2026-11-29T07:44:31.05Z", Warn, "", `[2026-11-29T08:44:31.050+0100] WARN [carbonserver] find failed {"format": "carbonapi_v3_pb", "query": "servers.*.disk.*.usage", "error": "could not expand globs - context deadline exceeded", "runtime_seconds": 10.0004}`),
			we("2026-11-29T07:45:00.001Z", Error, "", `[2026-11-29T08:45:00.001+0100] ERROR [persister] fail to update metric {"path": "/var/lib/graphite/whisper/servers/db-02/load/shortterm.wsp", "error": "Failed to read baseInterval: EOF"}`),
		},
	},
	{
		name:   "graphite-web-exception-log",
		source: "graphite-web 1.1's storage/log/webapp/exception.log (webapp/graphite/logger.py: `%(asctime)s.%(msecs)03d :: %(message)s` with datefmt `%Y-%m-%d,%H:%M:%S`, log.exception's default message `Exception Caught` and the traceback under it): graphite-project/graphite-web webapp/graphite/logger.py; the tracebacks' frames from memory",
		why:    "a comma between the date and the time and ` :: ` before the message; a traceback's lines (File …, line N) belong to the record above; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "",
				"2026-11-29,07:41:16.204 :: Exception Caught",
				"Traceback (most recent call last):",
				`  File "/opt/graphite/webapp/graphite/render/views.py", line 136, in renderView`,
				"    data.extend(evaluateTarget(requestContext, targets))",
				`  File "/opt/graphite/webapp/graphite/render/evaluator.py", line 24, in evaluateTarget`,
				"    result = evaluateTokens(requestContext, tokens, replacements)",
				"graphite.errors.InputParameterError: Invalid function \"summarise\""),
			we("2026-11-29T07:43:50.918Z", Unknown, "",
				"2026-11-29,07:43:50.918 :: Exception Caught",
				"Traceback (most recent call last):",
				`  File "/opt/graphite/webapp/graphite/render/views.py", line 136, in renderView`,
				"    data.extend(evaluateTarget(requestContext, targets))",
				`  File "/opt/graphite/webapp/graphite/functions/safe.py", line 61, in parseTimeOffset`,
				"    raise ValueError(\"Invalid offset unit '%s'\" % unit)",
				"ValueError: Invalid offset unit 'mins'"),
			we("2026-11-29T07:48:05.330Z", Unknown, "",
				"2026-11-29,07:48:05.330 :: Exception Caught",
				"Traceback (most recent call last):",
				`  File "/opt/graphite/webapp/graphite/storage.py", line 192, in fetch`,
				"    result = future.result(timeout=settings.REMOTE_FETCH_TIMEOUT)",
				"concurrent.futures._base.TimeoutError"),
		},
	},
}

func TestFresh257Formats(t *testing.T) { assertTable(t, fresh257Cases) }
func TestFresh257Score(t *testing.T) {
	checkScore(t, "fresh257 formats", fresh257Cases, [worldNumFields]float64{91.3, 89.9, 99.9, 99.9})
}
