package parse

import "testing"

// The eight-hundred-and-thirty-sixth fresh table: log shippers' own logs, in the layouts the
// shippers really write that no table holds yet. Each family is one shipper's own output:
// Logstash's slowlog (log4j2 brackets, a slowlog.* logger, the pipeline and plugin ids, then a
// Ruby hash); Logstash's own log with log.format json (log4j2's JSON with an epoch in timeMillis);
// AWS for Fluent Bit with the Go CloudWatch plugin (Fluent Bit's bracketed lines mixed with logrus
// lines that carry only seconds since start); Fluentd's own events routed to <label @FLUENT_LOG>
// and printed by out_stdout (the level is the tag fluent.<level>); Fluentd run with -vv (a caller
// column after the level); the LogDNA (Mezmo) agent 2.x in Node (an offset written without its
// sign, and multi-line error dumps); Filebeat 5's libbeat log (a slashed date with microseconds,
// the Go file:line, then the level word); Cribl Stream's own cribl.log (JSON with time, cid,
// channel, level).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `fluent-bit`, `fluentbit`, `fluentd`, `vector`, `filebeat`,
// `elastic-agent`, `metricbeat`, `auditbeat`, `packetbeat`, `winlogbeat`, `heartbeat`,
// `functionbeat`, `journalbeat`, `promtail`, `grafana alloy`, `alloy`, `grafana agent`, `nxlog`,
// `nxlog-ce`, `impstats`, `rsyslogd-pstats`, `@cee:`, `syslog-ng`, `Log statistics`,
// `syslog-ng-ctl`, `logstash`, `logstash.agent`, `logstash.javapipeline`, `pipeline.id`,
// `slowlog`, `slowlog.logstash`, `deprecation.logstash`, `took_in_nanos`, `plugin_params`,
// `timeMillis`, `loggerName`, `loggerName":"logstash`, `logEvent`, `:timestamp=>`, `otelcol`,
// `otelcol-contrib`, `opentelemetry`, `opamp`, `cribl`, `cribl.log`, `"cid"`, `cid":"api`,
// `fluent-package`, `td-agent`, `fluent.warn`, `fluent.info`, `fluent/log.rb`, `log.rb:`,
// `registered output plugin`, `aws-for-fluent-bit`, `amazon-cloudwatch-logs-for-fluent-bit`,
// `[cloudwatch 0]`, `INFO[0000]`, `cloudwatch_logs`, `logspout`, `logagent`, `log-courier`,
// `splunk universal`, `splunkd`, `sc4s`, `datadog-agent`, `observability pipelines`, `logdna`,
// `logdna-agent/`, `logdna_agent`, `mezmo`, `sumologic`, `com.sumologic`, `collector.log`,
// `jvm 1`, `tanuki`, `remote_syslog2`, `honeytail`, `edgedelta`, `stanza`, `observiq`,
// `bindplane`, `graylog-sidecar`, `mdsd`, `newrelic-infra`, `fleet-server`, `minifi`, `beat.go:`,
// `crawler.go`, `INFO Home path:`. Nearly every shipper named is measured already (Fluent Bit's
// bracketed levels, Fluentd's text and JSON logs, Vector's console and JSON, Filebeat 7's tabs and
// 8's NDJSON, Promtail, Alloy, NXLog's internal log, rsyslog's impstats, syslog-ng's stats,
// Logstash's plain log, the OpenTelemetry Collector's zap console, Splunk's files, the Datadog
// agent), so those layouts were left out; the eight here match only grep lists or other layouts
// of the same product (`beat.go:` matches Filebeat 7's tab-separated log, `logEvent` Apple's unified
// log, `fluent/log.rb` one source text, `INFO[0000]` other programs' logrus lines). The table holds
// 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Zone-less times (Logstash's ISO8601 with a comma, Fluent Bit's slashed
// date, Filebeat 5's slashed date) are UTC; Fluentd's out_stdout writes +0100 and its -vv log
// +0900, converted; LogDNA's `0000` is an offset of zero; Logstash's JSON timeMillis is an epoch in
// milliseconds; Cribl writes ISO Z. The Go CloudWatch plugin's logrus lines carry only seconds
// since start (`INFO[0012]`), so they have no time. Levels only where the line marks one:
// Logstash's level column (slowlog's WARN INFO DEBUG TRACE), Logstash JSON's "level", Fluent Bit's
// bracketed level and logrus's INFO WARN ERRO prefix, Fluentd's tag fluent.<level> and its
// [level], LogDNA's [level], Filebeat 5's INFO WARN ERR word after file:line, Cribl's "level". No
// family writes a host of the record: Cribl's "host" key names the destination (a peer), LogDNA's
// `started on NAME` and Filebeat's dial addresses are message text, so every host is "". Records:
// LogDNA's error dump (the `{ Error:` line, its `at` frames and the `meta:` block) is one record;
// every other record is one line.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (Logstash's log4j2 bracket pattern with pipeline and plugin ids, Logstash's
// JSON layout keys, Filebeat 5's libbeat layout, Cribl's cribl.log keys, out_stdout's nanoseconds).
// Hosts, ids, addresses, users and messages are invented, and every time is in late November 2026.
// The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read,
// and it stays in the score.
//
// Its first figure, scored at commit 0abef2f before any rule for it: level 88.2 %, time 100.0 %,
// host 97.1 %, records 100.0 %.
// Those are the micro figures (macro: level 87.5 %, time 100.0 %, host 96.9 %, records 100.0 %), in a
// worktree at 0abef2f with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps: Fluentd's out_stdout level in the tag fluent.<level> is not
// read (all four records Unknown), and the destination's "host" key in a Cribl output error is
// read as the record's host.

var fresh836Cases = []worldCase{
	{
		name:   "logstash-slowlog-filters-ruby-hash",
		source: "Logstash's slowlog (logs/logstash-slowlog-plain.log, loggers slowlog.logstash.<type>.<plugin>, thresholds slowlog.threshold.warn/info/debug/trace as the level): elastic/logstash PR #6128 and issue #6476 (took_in_millis), LogStash::Logging::SlowLogger#as_data on rubydoc.info (plugin_params, took_in_nanos, took_in_millis, event as JSON); the log4j2 pattern `[%d{ISO8601}][%-5p][%-25c]%notEmpty{[%X{pipeline.id}]}%notEmpty{[%X{plugin.id}]} %m%n` from memory",
		why:    "a comma before the milliseconds and no zone; the level column padded inside brackets; the logger, pipeline and plugin id brackets; a Ruby hash whose event JSON holds the event's own @timestamp, which is not the record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Warn, "", `[2026-11-29T07:41:16,204][WARN ][slowlog.logstash.filters.grok][main][7d1e4c9a02b5] {"plugin_params"=>{"match"=>{"message"=>"%{COMBINEDAPACHELOG}"}, "id"=>"7d1e4c9a02b5"}, "took_in_nanos"=>2418330117, "took_in_millis"=>2418, "event"=>"{\"message\":\"198.51.100.23 - - [29/Nov/2026:07:41:13 +0000] \\\"GET /catalog/item/8812 HTTP/1.1\\\" 200 5120\",\"@timestamp\":\"2026-11-29T07:41:13.786Z\",\"@version\":\"1\"}"}`),
			we("2026-11-29T07:41:21.877Z", Info, "", `[2026-11-29T07:41:21,877][INFO ][slowlog.logstash.filters.ruby][main][enrich-geo] {"plugin_params"=>{"path"=>"/etc/logstash/ruby/enrich.rb", "id"=>"enrich-geo"}, "took_in_nanos"=>612004873, "took_in_millis"=>612, "event"=>"{\"message\":\"login ok user=pkowalczyk\",\"@timestamp\":\"2026-11-29T07:41:21.260Z\"}"}`),
			we("2026-11-29T07:41:30.015Z", Debug, "", `[2026-11-29T07:41:30,015][DEBUG][slowlog.logstash.filters.dissect][ingest-fw][fw-dissect] {"plugin_params"=>{"mapping"=>{"message"=>"%{ts} %{+ts} %{host} %{rest}"}, "id"=>"fw-dissect"}, "took_in_nanos"=>312550402, "took_in_millis"=>312, "event"=>"{\"message\":\"Nov 29 07:41:29 edge-fw-02 kernel: DROP IN=eth1\",\"@timestamp\":\"2026-11-29T07:41:29.702Z\"}"}`),
			we("2026-11-29T07:41:31.440Z", Trace, "", `[2026-11-29T07:41:31,440][TRACE][slowlog.logstash.filters.mutate][main][3fa09c11e7d4] {"plugin_params"=>{"lowercase"=>["user"], "id"=>"3fa09c11e7d4"}, "took_in_nanos"=>104877213, "took_in_millis"=>104, "event"=>"{\"message\":\"session closed\",\"@timestamp\":\"2026-11-29T07:41:31.330Z\"}"}`),
		},
	},
	{
		name:   "logstash-json-log-format-timemillis",
		source: "Logstash started with --log.format json (log.format: json in logstash.yml): log4j2's JSON layout through Logstash's own serializer, `{\"level\":…,\"loggerName\":…,\"timeMillis\":…,\"thread\":…,\"logEvent\":{\"message\":…,…}}`; the Filebeat logstash module's fields (logstash.log.log_event, logstash.log.thread) in the docs corpus; the key names and order from memory",
		why:    "the time is only an epoch in milliseconds (timeMillis); the level is an upper-case word in \"level\"; the message sits inside logEvent",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", `{"level":"INFO","loggerName":"logstash.agent","timeMillis":1795938076123,"thread":"Api Webserver","logEvent":{"message":"Successfully started Logstash API endpoint","port":9600,"ssl_enabled":false}}`),
			we("2026-11-29T07:41:17.48Z", Warn, "", `{"level":"WARN","loggerName":"logstash.outputs.elasticsearch","timeMillis":1795938077480,"thread":"Ruby-0-Thread-9: /usr/share/logstash/vendor/bundle/jruby/3.1.0/gems/logstash-output-elasticsearch-11.22.9-java/lib/logstash/outputs/elasticsearch/http_client/pool.rb:213","logEvent":{"message":"Attempted to resurrect connection to dead ES instance, but got an error","url":"https://es-data-4.example.internal:9200/","exception":"LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError"}}`),
			we("2026-11-29T07:41:49.902Z", Error, "", `{"level":"ERROR","loggerName":"logstash.javapipeline","timeMillis":1795938109902,"thread":"[ingest-fw]-pipeline-manager","logEvent":{"message":"Pipeline error","pipeline_id":"ingest-fw","exception":"Java::JavaNet::BindException","reason":"Address already in use"}}`),
			we("2026-11-29T07:42:03.311Z", Debug, "", `{"level":"DEBUG","loggerName":"org.logstash.execution.PeriodicFlush","timeMillis":1795938123311,"thread":"[main]-flusher","logEvent":{"message":"Pushing flush onto pipeline."}}`),
		},
	},
	{
		name:   "aws-for-fluent-bit-go-cloudwatch-logrus-elapsed",
		source: "AWS for Fluent Bit with the Go CloudWatch plugin (aws/amazon-cloudwatch-logs-for-fluent-bit): Fluent Bit's `[yyyy/MM/dd HH:mm:ss] [ info] [component] msg` lines mixed with the plugin's logrus lines `INFO[0000] [cloudwatch 0] plugin parameter … = '…'`: aws/amazon-cloudwatch-logs-for-fluent-bit issue #160; fluent/fluent-bit PR #8832",
		why:    "Fluent Bit's lines carry a zone-less slashed time and a right-aligned level; the logrus lines carry only seconds since start in brackets, so they have no time of their own, but a level prefix",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026/11/29 07:41:16] [ info] [engine] started (pid=1)"),
			we("", Info, "", "INFO[0000] [cloudwatch 0] plugin parameter log_group_name = '/eks/prod-west/application'"),
			we("", Info, "", "INFO[0000] [cloudwatch 0] plugin parameter auto_create_group = 'true'"),
			we("2026-11-29T07:41:27Z", Warn, "", "[2026/11/29 07:41:27] [ warn] [engine] failed to flush chunk '1-1795938081.204511.flb', retry in 7 seconds: task_id=2, input=tail.0 > output=cloudwatch.0 (out_id=0)"),
			we("", Error, "", "ERRO[0011] [cloudwatch 0] PutLogEvents API call failed: ThrottlingException: Rate exceeded for logStreamName checkout-api/web"),
		},
	},
	{
		name:   "fluentd-fluent-log-label-out-stdout",
		source: "Fluentd's own log events (tag fluent.<level>) routed to `<label @FLUENT_LOG>` and printed by out_stdout (`time tag: json`): fluent/fluentd issue #485 and PR #1405 (log events tagged fluent.<LOG_LEVEL>, the @FLUENT_LOG label), fluent/fluentd-docs PR #349 (out_stdout's `2015-05-02 12:12:17 +0900 tag: {…}`, with sub-seconds in v1); the nanoseconds from memory",
		why:    "a local time with nanoseconds and a +0100 offset; the level is the tag's last part (fluent.info, fluent.warn, fluent.error), no level column; the JSON holds only the message and worker",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204312098Z", Info, "", `2026-11-29 08:41:16.204312098 +0100 fluent.info: {"pid":2241,"ppid":2233,"worker":0,"message":"starting fluentd worker pid=2241 ppid=2233 worker=0"}`),
			we("2026-11-29T07:41:16.988104511Z", Info, "", `2026-11-29 08:41:16.988104511 +0100 fluent.info: {"worker":0,"message":"fluentd worker is now running worker=0"}`),
			we("2026-11-29T07:41:44.013877200Z", Warn, "", `2026-11-29 08:41:44.013877200 +0100 fluent.warn: {"retry_times":1,"next_retry_time":"2026-11-29 08:41:46 +0100","chunk":"61e8a9c3f0b2d4e5a6b7c8d9e0f1a2b3","error":"#<Errno::ECONNREFUSED: Connection refused - connect(2) for 10.42.7.19:24224>","worker":0,"message":"failed to flush the buffer. retry_times=1 next_retry_time=2026-11-29 08:41:46 +0100 chunk=\"61e8a9c3f0b2d4e5a6b7c8d9e0f1a2b3\" error_class=Errno::ECONNREFUSED"}`),
			we("2026-11-29T07:42:30.500021004Z", Error, "", `2026-11-29 08:42:30.500021004 +0100 fluent.error: {"worker":0,"message":"unexpected error while checking flushed chunks. ignored. plugin_id=\"object:8c4\" error_class=RuntimeError error=\"buffer space has too many data\""}`),
		},
	},
	{
		name:   "fluentd-vv-caller-prefix",
		source: "Fluentd 1.17 run with -vv, its text log `yyyy-MM-dd HH:mm:ss +zzzz [level]: fluent/log.rb:NNN:level: msg` (a caller column after the level): oss-gate/workshop issue #1847 (`fluentd -c ./fluent/fluent.conf -vv`)",
		why:    "the level in brackets, then the caller file:line:method that repeats the level; a +0900 offset",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 16:41:16 +0900 [info]: fluent/log.rb:362:info: init supervisor logger path=nil rotate_age=nil rotate_size=nil"),
			we("2026-11-29T07:41:16Z", Trace, "", "2026-11-29 16:41:16 +0900 [trace]: fluent/log.rb:319:trace: registered output plugin 'forward'"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 16:41:17 +0900 [debug]: fluent/log.rb:341:debug: No fluent logger for internal event"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026-11-29 16:41:17 +0900 [warn]: fluent/log.rb:383:warn: define <match fluent.**> to capture fluentd logs in top level is deprecated. Use <label @FLUENT_LOG> instead"),
		},
	},
	{
		name:   "logdna-agent2-node-unsigned-offset",
		source: "the LogDNA (Mezmo) agent 2.x in Node (/var/log/logdna-agent.log or its console: `yyyy-MM-dd HH:mm:ss 0000 [level] msg`, the offset without a sign, an error object dumped over several lines with its `at` frames and `meta:` block): logdna/logdna-agent PR #195",
		why:    "an offset written as four digits with no sign; the level in brackets; `started on NAME (ADDR)` is message text, not a host field; an error dump is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 0000 [info] logdna-agent/2.2.1 started on ingest-07.example.net (10.40.2.17)"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 0000 [info] streaming /var/log/nginx: 6 file(s)"),
			we("2026-11-29T07:41:19Z", Error, "",
				"2026-11-29 07:41:19 0000 [error] { Error: Sending the buffered lines to the ingestion endpoint failed.",
				"    at process.nextTick (/usr/lib/logdna-agent/node_modules/@logdna/logger/lib/logger.js:731:19)",
				"    at process._tickCallback (internal/process/next_tick.js:180:9)",
				"  meta: ",
				"   { actual: 'Request failed with status code 401',",
				"     code: 401,",
				"     retrying: false,",
				"     attempts: 1 } }"),
			we("2026-11-29T07:41:48Z", Warn, "", "2026-11-29 07:41:48 0000 [warn] /var/log/app/billing-worker.log: file truncated, reading from the start"),
		},
	},
	{
		name:   "filebeat5-libbeat-shortfile-level",
		source: "Filebeat 5.x's own log (libbeat 5 logp: Go's log with date, microseconds and short file name, then the level word INFO WARN ERR CRIT DBG, `yyyy/MM/dd HH:mm:ss.ffffff file.go:NNN: LEVEL msg`) from memory; the messages (Home path, Loading Prospectors, Non-zero metrics) as in elastic/beats issue #42216's later layout",
		why:    "a slashed date with microseconds and no zone; the Go file:line before the level word; ERR for error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204511Z", Info, "", "2026/11/29 07:41:16.204511 beat.go:267: INFO Home path: [/usr/share/filebeat] Config path: [/etc/filebeat] Data path: [/var/lib/filebeat] Logs path: [/var/log/filebeat]"),
			we("2026-11-29T07:41:16.209033Z", Info, "", "2026/11/29 07:41:16.209033 crawler.go:34: INFO Loading Prospectors: 2"),
			we("2026-11-29T07:41:16.301877Z", Warn, "", "2026/11/29 07:41:16.301877 prospector_log.go:183: WARN File /var/log/app/payments.log is a symlink and will be skipped"),
			we("2026-11-29T07:41:17.004112Z", Error, "", "2026/11/29 07:41:17.004112 single.go:140: ERR Connecting error publishing events (retrying): dial tcp 10.20.0.5:5044: getsockopt: connection refused"),
			we("2026-11-29T07:41:46.211870Z", Info, "", "2026/11/29 07:41:46.211870 logp.go:230: INFO Non-zero metrics in the last 30s: filebeat.harvester.open_files=2 filebeat.harvester.running=2 libbeat.publisher.published_events=118"),
		},
	},
	{
		name:   "cribl-stream-cribl-log-json",
		source: "Cribl Stream's own log ($CRIBL_HOME/log/cribl.log and worker logs: one JSON object a line with time (ISO Z), cid (api, w0…), channel, level, message and the context's keys) from memory; Cribl's internal logs as described in spalushi-cribl/docs-md-content products/stream/4.7/monitoring/index.md (Internal Logs and Metrics)",
		why:    "ISO Z time in \"time\"; the level lower-case in \"level\"; \"host\" in an output's error is the destination, a peer, not the record's host",
		gap:    "the \"host\" key of an output:splunk_lb connection error (the destination 10.30.1.12) is read as the record's host, though Cribl's log writes no host of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"time":"2026-11-29T07:41:16.204Z","cid":"api","channel":"ConfigHelper","level":"info","message":"loading config","path":"/opt/cribl/local/cribl/outputs.yml"}`),
			we("2026-11-29T07:41:18.77Z", Warn, "", `{"time":"2026-11-29T07:41:18.770Z","cid":"w2","channel":"output:splunk_lb","level":"warn","message":"connection error","host":"10.30.1.12","port":9997,"error":"connect ECONNREFUSED 10.30.1.12:9997"}`),
			we("2026-11-29T07:41:19.003Z", Error, "", `{"time":"2026-11-29T07:41:19.003Z","cid":"w2","channel":"output:s3_archive","level":"error","message":"failed to upload file","bucket":"cribl-archive-eu","error":{"message":"Access Denied","stack":"AccessDenied: Access Denied\n    at Request.extractError (/opt/cribl/bin/cribl.js:14:2241)"}}`),
			we("2026-11-29T07:41:45.612Z", Debug, "", `{"time":"2026-11-29T07:41:45.612Z","cid":"w0","channel":"input:in_syslog","level":"debug","message":"new connection","remoteAddress":"192.0.2.44","remotePort":51544}`),
		},
	},
}

func TestFresh836Formats(t *testing.T) { assertTable(t, fresh836Cases) }

func TestFresh836Score(t *testing.T) {
	checkScore(t, "fresh836 formats", fresh836Cases, [worldNumFields]float64{99.9, 99.9, 96.8, 99.9})
}
