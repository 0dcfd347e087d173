package parse

import "testing"

// The two-hundred-and-fifty-eighth fresh table, written on 2026-12-05: observability agents' and log
// shippers' own output in modes no earlier table holds. Each family is one product's documented or
// observed output: Fluentd's text log with the configuration dump it writes at start-up and the
// indented, stamped backtrace lines under a warning; Fluent Bit run on a terminal with the counter
// output (`epoch,count (total = N)` lines between its own log lines, a `caught signal` line with no
// level); Vector's own logs through the internal_logs source and a console sink with the JSON codec
// (the level nested in metadata, the host key); Telegraf's `--test` mode (the log on stderr in UTC
// and then local time, the metrics on stdout as `> ` and line protocol); the OpenTelemetry
// Collector's console log in local time with a zap stack trace under an error; the Datadog Agent's
// agent.log with `log_format_rfc3339: true`; the Splunk universal forwarder's introspection
// resource_usage.log (JSON with a `MM-dd-yyyy HH:mm:ss.SSS ±zzzz` datetime); `elastic-agent install`
// on a terminal (progress lines, ECS JSON records glued after the progress dots); `rsyslogd -N1`'s
// config validation output.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`fluent-bit`, `fluent bit`, `fluentbit`, `fluentd`, `td-agent`, `vector`, `telegraf`,
// `promtail`, `alloy`, `otelcol`, `opentelemetry`, `otel`, `filebeat`, `elastic-agent`,
// `elastic agent`, `datadog`, `dd-agent`, `datadog-agent`, `splunkd`, `splunk`, `rsyslog`,
// `syslog-ng`, `nxlog`, `nxlog-ce`, `[CORE|`, `logstash`, `logstash.agent`, `timeMillis`,
// `loggerName`, `beats`, `metricbeat`, `auditbeat`, `fleet`, `cribl`, `grafana-agent`,
// `using configuration file`, `suppressed same stacktrace`, `spawn command to main`,
// `adding match pattern`, `init worker0`, `try_flush'`, `password xxxxxx`, `</ROOT>`, `ROOT>`,
// `<match`, `<source>`, `out_counter`, `(total =`, `total = `, `caught signal`, `internal_logs`,
// `"source_type":"internal_logs"`, `"metadata":{`, `module_path`, `vector::app`, `Internal log [`,
// `vector validate`, `> cpu,`, `--test`, `Outputs are not used in testing`, `Tags enabled`,
// `Unable to open /var/log/telegraf`, `(*retrySender)`, `exporterhelper.(`, `not retryable`,
// `Rejecting data`, `queue_sender.go`, `go.opentelemetry.io/collector`, `ResourceLog #`,
// `+0100\tinfo`, `log_format_rfc3339`, `rfc3339`, `| CORE |`, `UTC | CORE`, `+01:00 | CORE`,
// `resource_usage`, `introspection`, `PerProcess`, `"datetime":"`, `"datetime":"11-`,
// `log_level":"INFO`, `splunkd_server`, `Enrolling Elastic Agent`, `Copying files`, `enroll`,
// `enroll_cmd`, `Elastic Agent successfully`, `Service Started`, `config validation run`,
// `End of config validation`, `rsyslogd: version`, `rsyslog.com/e/2207`, `master config`, `-N1`,
// `[inspect`, `Extracted`). Fluentd is in holdout (its text log, single lines), fresh88 (its JSON
// log) and as an output in fresh15, fresh19 and fresh149; the configuration dump and the stamped
// backtrace are in none. Fluent Bit is in holdout (its log), fresh88 (the journal), fresh146 and as
// outputs in fresh15, fresh19, fresh67, fresh149 and fresh172; the counter output is in none. Vector
// is in fresh12 (its text log), fresh88 (`--log-format json`), fresh50 and fresh160 and as sinks in
// fresh15, fresh67, fresh149 and fresh172; the internal_logs events are in none. Telegraf is in
// holdout (its logfile), fresh88 (the journal and the structured log), fresh160 (compose) and
// fresh57 (line protocol from outputs.file); `--test` is in none. The collector is in fresh11 (its
// console log in UTC, no stack trace), fresh79 (the debug exporter), fresh88 (JSON and the journal),
// fresh160 and fresh172; the console log with a stack trace is in none. The Datadog Agent is in
// fresh5 (agent.log with `UTC`), fresh88 (other files, JSON and syslog mode) and fresh149; the
// RFC 3339 option is in none. The universal forwarder is in fresh5, fresh66 and fresh88; its
// introspection JSON is in none. Elastic Agent is in fresh36 (its ndjson); the install command's
// output is in none. rsyslogd's own messages are in fresh10, fresh13, fresh37 and fresh90; `-N1`'s
// output is in none. Left out: NXLog (its log is in fresh13, and no page found showed NXLog Agent
// 6's own log line, which was not to be guessed), Promtail's `--inspect` diff blocks (the record
// boundaries of its interleaved stage blocks are not clear from the sources), Logstash's JSON log
// (log4j2's JSON layout is measured in fresh_test, fresh58 and fresh89). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Fluentd's `+0900`, the collector's `+0100`, the Datadog Agent's `+01:00`,
// Telegraf's `-05:00` and the forwarder's `-0500` are converted; Fluent Bit's bracketed time has no
// zone and is taken as UTC; the counter's time is the epoch with microseconds at the head of its
// line, Telegraf's metric time the nanosecond epoch at the end of it. Levels only where the line
// marks one: Fluentd's `[warn]:`, Fluent Bit's padded bracket (its `[engine] caught signal` line has
// none), Vector's metadata.level, Telegraf's `I!`/`W!`/`E!` letters, zap's level column, the Datadog
// Agent's level column, the forwarder's log_level, ECS's log.level; rsyslogd's `error during
// parsing` and the install command's progress lines mark none. The host is the record's host field:
// Vector's host key (the host Vector runs on) and Telegraf's host tag on a metric; the host=mon-02 in
// Telegraf's `Tags enabled` message and the addresses in messages are not hosts. A record that spans
// lines is one entry: Fluentd's configuration dump from `<ROOT>` to `</ROOT>`, a warning with the
// indented stamped backtrace lines (or `suppressed same stacktrace`) that follow it, the collector's
// error with its stack.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 30e307a before any rule for it: level 78.9 %, time 93.3 %, host 93.3 %, records 91.1 %.
// That is the macro figure (micro: level 79.4 %, time 90.5 %, host 90.5 %, records 87.3 %), in a
// worktree at 30e307a with no change to trawl's code (only this file and table_test.go's list), 6 of
// 9 families fully right (Fluentd's dump and backtrace, Fluent Bit's counter, the collector's stack,
// the Datadog Agent's RFC 3339 log, the forwarder's introspection JSON, rsyslogd -N1); the gaps are
// Vector's nested metadata.level, Telegraf's `> ` line-protocol metrics joined to the log line
// before them, and the level of the ECS records glued after elastic-agent's progress dots with the
// closing lines joined to the last of them.

var fresh258Cases = []worldCase{
	{
		name:   "fluentd-config-dump-stacktrace-text",
		source: "Fluentd 1.17 (fluent-package 5) writing its text log /var/log/fluent/fluentd.log on a host at +0900: `yyyy-MM-dd HH:mm:ss +zzzz [level]: msg`, the configuration dumped at start-up as `using configuration file: <ROOT>` with the indented config up to `</ROOT>`, and a flush warning followed by the backtrace, each frame written by Log#dump_stacktrace as two spaces, the same time and level, then the frame (or `suppressed same stacktrace` when it repeats): ppc64le/build-scripts PR #95 (a `docker logs` of the dump), fluent/fluentd PR #1386 and oss-gate/workshop issue #1847 (start-up lines), fluentd's lib/fluent/log.rb dump_stacktrace and posts quoting td-agent.log (the stamped frames); the worker lines from memory",
		why:    "a spaced +0900 offset; the dump's config lines and `</ROOT>` belong to the `using configuration file` line; each backtrace frame repeats the time and `[warn]: #0` behind two spaces and belongs to the warning above it; the next_retry_time inside a message is no record time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29 16:41:16 +0900 [info]: init supervisor logger path="/var/log/fluent/fluentd.log" rotate_age=nil rotate_size=nil`),
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29 16:41:16 +0900 [info]: parsing config file is succeeded path="/etc/fluent/fluentd.conf"`),
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29 16:41:16 +0900 [info]: gem 'fluent-plugin-elasticsearch' version '5.4.3'`),
			we("2026-11-29T07:41:16Z", Info, "",
				"2026-11-29 16:41:16 +0900 [info]: using configuration file: <ROOT>",
				"  <system>",
				"    log_level info",
				"  </system>",
				"  <source>",
				"    @type forward",
				"    @id in_forward",
				"    port 24224",
				`    bind "0.0.0.0"`,
				"  </source>",
				`  <match app.**>`,
				"    @type elasticsearch",
				"    @id es_out",
				`    host "es-07.example.net"`,
				"    port 9200",
				`    user "fluentd"`,
				"    password xxxxxx",
				"    <buffer>",
				"      flush_interval 5s",
				"    </buffer>",
				"  </match>",
				"</ROOT>"),
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29 16:41:16 +0900 [info]: starting fluentd-1.17.1 pid=3120 ruby="3.2.6"`),
			we("2026-11-29T07:41:17Z", Info, "", `2026-11-29 16:41:17 +0900 [info]: #0 starting fluentd worker pid=3127 ppid=3120 worker=0`),
			we("2026-11-29T07:41:17Z", Info, "", `2026-11-29 16:41:17 +0900 [info]: #0 fluentd worker is now running worker=0`),
			we("2026-11-29T07:42:09Z", Warn, "",
				`2026-11-29 16:42:09 +0900 [warn]: #0 [es_out] failed to flush the buffer. retry_times=0 next_retry_time=2026-11-29 16:42:10 +0900 chunk="6445f1c2a7e9b3d41c2a8e7f0b6d4120" error_class=Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure error="could not push logs to Elasticsearch cluster ({:host=>\"es-07.example.net\", :port=>9200, :scheme=>\"http\", :user=>\"fluentd\", :password=>\"obfuscated\"}): Connection refused - connect(2) for 10.20.0.41:9200 (Errno::ECONNREFUSED)"`,
				"  2026-11-29 16:42:09 +0900 [warn]: #0 /opt/fluent/lib/ruby/gems/3.2.0/gems/fluent-plugin-elasticsearch-5.4.3/lib/fluent/plugin/out_elasticsearch.rb:1146:in `rescue in send_bulk'",
				"  2026-11-29 16:42:09 +0900 [warn]: #0 /opt/fluent/lib/ruby/gems/3.2.0/gems/fluent-plugin-elasticsearch-5.4.3/lib/fluent/plugin/out_elasticsearch.rb:1108:in `send_bulk'",
				"  2026-11-29 16:42:09 +0900 [warn]: #0 /opt/fluent/lib/ruby/gems/3.2.0/gems/fluentd-1.17.1/lib/fluent/plugin/output.rb:1225:in `try_flush'",
				"  2026-11-29 16:42:09 +0900 [warn]: #0 /opt/fluent/lib/ruby/gems/3.2.0/gems/fluentd-1.17.1/lib/fluent/plugin/output.rb:1538:in `flush_thread_run'"),
			we("2026-11-29T07:42:10Z", Warn, "",
				`2026-11-29 16:42:10 +0900 [warn]: #0 [es_out] failed to flush the buffer. retry_times=1 next_retry_time=2026-11-29 16:42:12 +0900 chunk="6445f1c2a7e9b3d41c2a8e7f0b6d4120" error_class=Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure error="could not push logs to Elasticsearch cluster ({:host=>\"es-07.example.net\", :port=>9200, :scheme=>\"http\", :user=>\"fluentd\", :password=>\"obfuscated\"}): Connection refused - connect(2) for 10.20.0.41:9200 (Errno::ECONNREFUSED)"`,
				"  2026-11-29 16:42:10 +0900 [warn]: #0 suppressed same stacktrace"),
			we("2026-11-29T07:42:14Z", Warn, "", `2026-11-29 16:42:14 +0900 [warn]: #0 [es_out] retry succeeded. chunk_id="6445f1c2a7e9b3d41c2a8e7f0b6d4120"`),
		},
	},
	{
		name:   "fluent-bit-out-counter-terminal",
		source: "Fluent Bit 3.2 run on a terminal as `fluent-bit -i cpu -o counter -f 1` and read back from `2>&1 | tee` (the banner left out): its own log lines `[yyyy/MM/dd HH:mm:ss] [level] [component] msg`, the counter output's `printf(\"%f,%lu (total = %\"PRIu64\")\\n\", flb_time_to_double(&tm), cnt, total)` lines, and on Ctrl-C the engine's `[engine] caught signal (SIGINT)` line with no level bracket: docs.fluentbit.io 'Counter' (the `[TIMESTAMP, NUMBER_OF_RECORDS_NOW] (total = …)` output), fluent/fluent-bit plugins/out_counter/counter.c (the %f stamp), fluent/fluent-bit issue threads pasting the SIGINT shutdown (`service will shutdown in max 5 seconds`, `service has stopped (0 pending tasks)`)",
		why:    "the counter's only time is the epoch with microseconds before the comma; the count and total are no times; the signal line has a time and no level; the bracketed time has no zone",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026/11/29 07:41:16] [ info] [fluent bit] version=3.2.2, commit=a59c867924, pid=4120"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026/11/29 07:41:16] [ info] [storage] ver=1.5.2, type=memory, sync=normal, checksum=off, max_chunks_up=128"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026/11/29 07:41:16] [ info] [sp] stream processor started"),
			we("2026-11-29T07:41:17.204433Z", Unknown, "", "1795938077.204433,1 (total = 1)"),
			we("2026-11-29T07:41:18.204287Z", Unknown, "", "1795938078.204287,1 (total = 2)"),
			we("2026-11-29T07:41:19.204512Z", Unknown, "", "1795938079.204512,2 (total = 4)"),
			we("2026-11-29T07:41:20Z", Unknown, "", "[2026/11/29 07:41:20] [engine] caught signal (SIGINT)"),
			we("2026-11-29T07:41:20Z", Warn, "", "[2026/11/29 07:41:20] [ warn] [engine] service will shutdown in max 5 seconds"),
			we("2026-11-29T07:41:20Z", Info, "", "[2026/11/29 07:41:20] [ info] [input] pausing cpu.0"),
			we("2026-11-29T07:41:20.204398Z", Unknown, "", "1795938080.204398,1 (total = 5)"),
			we("2026-11-29T07:41:21Z", Info, "", "[2026/11/29 07:41:21] [ info] [engine] service has stopped (0 pending tasks)"),
		},
	},
	{
		name:   "vector-internal-logs-console-json",
		source: "Vector 0.51 with an internal_logs source wired to a console sink with `encoding.codec = \"json\"` (each of Vector's own log events as one object, keys sorted: the event's fields, host, message, metadata {kind, level, module_path, target}, pid, source_type \"internal_logs\", timestamp RFC 3339 µs): vector.dev 'Internal logs' source reference (host_key, pid_key) and 'Monitoring and observing Vector', vectordotdev/vector PR #24218 (console output of the source) and issue #9704 (the metadata object)",
		why:    "the level is nested in metadata.level; the host key is the host Vector runs on; component_id and the error's URL are no hosts; pid is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.318804Z", Info, "edge-log-02", `{"arch":"x86_64","debug":"false","host":"edge-log-02","message":"Vector has started.","metadata":{"kind":"event","level":"INFO","module_path":"vector::app","target":"vector::app"},"pid":1893,"revision":"8c5f1a2 2026-11-10 14:12:09.112233440","source_type":"internal_logs","timestamp":"2026-11-29T07:41:16.318804Z","version":"0.51.1"}`),
			we("2026-11-29T07:41:16.319022Z", Info, "edge-log-02", "{\"host\":\"edge-log-02\",\"message\":\"API is disabled, enable by setting `api.enabled` to `true` and use commands like `vector top`.\",\"metadata\":{\"kind\":\"event\",\"level\":\"INFO\",\"module_path\":\"vector::app\",\"target\":\"vector::app\"},\"pid\":1893,\"source_type\":\"internal_logs\",\"timestamp\":\"2026-11-29T07:41:16.319022Z\"}"),
			we("2026-11-29T07:41:44.020117Z", Warn, "edge-log-02", `{"component_id":"loki_out","component_kind":"sink","component_type":"loki","error":"Server responded with an error: 503 Service Unavailable","host":"edge-log-02","internal_log_rate_limit":true,"message":"Retrying after error.","metadata":{"kind":"event","level":"WARN","module_path":"vector::sinks::util::retries","target":"vector::sinks::util::retries"},"pid":1893,"source_type":"internal_logs","timestamp":"2026-11-29T07:41:44.020117Z"}`),
			we("2026-11-29T07:42:31.877104Z", Error, "edge-log-02", `{"component_id":"loki_out","component_kind":"sink","component_type":"loki","error":"Server responded with an error: 400 Bad Request","error_code":"failed_request","error_type":"request_failed","host":"edge-log-02","internal_log_rate_limit":true,"message":"Service call failed. No retries or retries exhausted.","metadata":{"kind":"event","level":"ERROR","module_path":"vector_common::internal_event::service","target":"vector_common::internal_event::service"},"pid":1893,"source_type":"internal_logs","stage":"sending","timestamp":"2026-11-29T07:42:31.877104Z"}`),
		},
	},
	{
		name:   "telegraf-test-mode-stderr-stdout",
		gap:    "trawl joins the `> measurement,tags fields epoch` metric lines to the log line before them (`I! Tags enabled: host=mon-02`) as continuation lines, so no metric line is a record of its own and none gets its trailing nanosecond epoch as the time or its host tag as the host",
		source: "`telegraf --config /etc/telegraf/telegraf.conf --test 2>&1` run as a user on a host at -05:00 with `log_with_timezone = \"local\"` (the log on stderr: the lines before the logger is set up in UTC, `E! Unable to open <logfile> (…), using stderr`, then local time with an offset, one-letter levels; the gathered metrics on stdout as `> ` and InfluxDB line protocol, host tag included, nanosecond epoch last): influxdata/telegraf issue #12744 (a --test run with the logfile error and local offsets) and PR #2332 (`> cpu,cpu=cpu0,host=…` lines), influxdata/docs-v2 PR #3382 (--test flags); the `Loading config` line before the logger from memory",
		why:    "two zones in one run; a metric line's time is the trailing nanosecond epoch and its host the host tag; the host=mon-02 in `Tags enabled` is message text; used_percent and load values are no times",
		entries: []worldEntry{
			we("2026-11-29T12:41:16Z", Info, "", "2026-11-29T12:41:16Z I! Loading config: /etc/telegraf/telegraf.conf"),
			we("2026-11-29T12:41:16Z", Error, "", "2026-11-29T12:41:16Z E! Unable to open /var/log/telegraf/telegraf.log (open /var/log/telegraf/telegraf.log: permission denied), using stderr"),
			we("2026-11-29T12:41:16Z", Info, "", "2026-11-29T07:41:16-05:00 I! Starting Telegraf 1.32.3 brought to you by InfluxData the makers of InfluxDB"),
			we("2026-11-29T12:41:16Z", Info, "", "2026-11-29T07:41:16-05:00 I! Loaded inputs: cpu disk mem system"),
			we("2026-11-29T12:41:16Z", Warn, "", "2026-11-29T07:41:16-05:00 W! Outputs are not used in testing mode!"),
			we("2026-11-29T12:41:16Z", Info, "", "2026-11-29T07:41:16-05:00 I! Tags enabled: host=mon-02"),
			we("2026-11-29T12:41:17Z", Unknown, "mon-02", "> cpu,cpu=cpu-total,host=mon-02 usage_guest=0,usage_guest_nice=0,usage_idle=97.74436090225564,usage_iowait=0.2506265664160401,usage_irq=0,usage_nice=0,usage_softirq=0,usage_steal=0,usage_system=0.5012531328320802,usage_user=1.5037593984962405 1795956077000000000"),
			we("2026-11-29T12:41:17Z", Unknown, "mon-02", "> disk,device=sda1,fstype=ext4,host=mon-02,mode=rw,path=/ free=40213225472i,inodes_free=2561014i,inodes_total=3276800i,inodes_used=715786i,total=66355564544i,used=25081667584i,used_percent=38.41184307734618 1795956077000000000"),
			we("2026-11-29T12:41:17Z", Unknown, "mon-02", "> mem,host=mon-02 available=6214311936i,available_percent=77.0974406571011,total=8060211200i,used=1845899264i,used_percent=22.9012345679 1795956077000000000"),
			we("2026-11-29T12:41:17Z", Unknown, "mon-02", "> system,host=mon-02 load1=0.41,load15=0.22,load5=0.3,n_cpus=4i,n_unique_users=1i,n_users=1i 1795956077000000000"),
		},
	},
	{
		name:   "otelcol-console-error-stacktrace-local-offset",
		source: "otelcol-contrib 0.86 with the default console log (zap: `yyyy-MM-ddTHH:mm:ss.SSS±hhmm<TAB>level<TAB>caller<TAB>msg<TAB>{fields}` in the host's local time) on a host at +0100, an error-level line followed by zap's stack trace (function lines, each with a tab-indented file:line): open-telemetry/opentelemetry-collector-contrib issue #30271 (a +0100 error line with its stack) and #1860, open-telemetry/opentelemetry-collector issue #9219",
		why:    "a +hhmm offset with no colon is converted; the stack's function and file lines belong to the error; the dropped_items count and the file lines' numbers are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T08:41:16.204+0100\tinfo\tservice@v0.86.0/telemetry.go:84\tSetting up own telemetry..."),
			we("2026-11-29T07:41:16.519Z", Info, "", "2026-11-29T08:41:16.519+0100\tinfo\tservice@v0.86.0/service.go:161\tEverything is ready. Begin running and processing data."),
			we("2026-11-29T07:41:31.882Z", Error, "",
				"2026-11-29T08:41:31.882+0100\terror\texporterhelper/retry_sender.go:145\tExporting failed. The error is not retryable. Dropping data.\t{\"kind\": \"exporter\", \"data_type\": \"metrics\", \"name\": \"prometheusremotewrite/mimir\", \"error\": \"Permanent error: Permanent error: remote write returned HTTP status 400 Bad Request; err = %!w(<nil>): out of order sample\", \"dropped_items\": 412}",
				"go.opentelemetry.io/collector/exporter/exporterhelper.(*retrySender).send",
				"\tgo.opentelemetry.io/collector/exporter@v0.86.0/exporterhelper/retry_sender.go:145",
				"go.opentelemetry.io/collector/exporter/exporterhelper.(*metricsSenderWithObservability).send",
				"\tgo.opentelemetry.io/collector/exporter@v0.86.0/exporterhelper/metrics.go:176",
				"go.opentelemetry.io/collector/exporter/exporterhelper.(*queueSender).start.func1",
				"\tgo.opentelemetry.io/collector/exporter@v0.86.0/exporterhelper/queue_sender.go:124",
				"go.opentelemetry.io/collector/exporter/exporterhelper/internal.(*boundedMemoryQueue).Start.func1",
				"\tgo.opentelemetry.io/collector/exporter@v0.86.0/exporterhelper/internal/bounded_memory_queue.go:52"),
			we("2026-11-29T07:41:46.003Z", Warn, "", "2026-11-29T08:41:46.003+0100\twarn\tbatchprocessor@v0.86.0/batch_processor.go:258\tSender failed\t{\"kind\": \"processor\", \"name\": \"batch\", \"pipeline\": \"metrics\", \"error\": \"sending queue is full\"}"),
		},
	},
	{
		name:   "datadog-agent-log-format-rfc3339",
		source: "the Datadog Agent 7's /var/log/datadog/agent.log with `log_format_rfc3339: true` on a host at +01:00 (`time.RFC3339` of the local time in place of `2006-01-02 15:04:05 MST`, then ` | CORE | LEVEL | (file:line in func) | msg`; a Python check's line carries `check:id | (file.py:line) |`): DataDog/datadog-agent PR #5697 and issue #7054 (the option), pkg/util/log/slog/formatters/date.go (GetLogDateFormat returns time.RFC3339), DataDog/saluki issue #1373; the check and forwarder lines from memory",
		why:    "an RFC 3339 time with +01:00 before the pipe-separated columns; the level is the third column; the check id and the traceback inside the JSON message are no times or levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+01:00 | CORE | INFO | (pkg/collector/scheduler/scheduler.go:83 in Enter) | Scheduling check cpu with an interval of 15s"),
			we("2026-11-29T07:41:18Z", Warn, "", "2026-11-29T08:41:18+01:00 | CORE | WARN | (pkg/collector/python/datadog_agent.go:131 in LogMessage) | postgres:9c1f2a7e4b3d8e51 | (postgres.py:612) | Unable to collect statement metrics because pg_stat_statements extension is not loaded in database 'shop'"),
			we("2026-11-29T07:41:31Z", Error, "", `2026-11-29T08:41:31+01:00 | CORE | ERROR | (pkg/collector/worker/check_logger.go:71 in Error) | check:disk | Error running check: [{"message": "[Errno 13] Permission denied: '/run/user/1000/doc'", "traceback": "Traceback (most recent call last):\n  File \"/opt/datadog-agent/embedded/lib/python3.12/site-packages/datadog_checks/base/checks/base.py\", line 1300, in run\n    self.check(instance)\nPermissionError: [Errno 13] Permission denied: '/run/user/1000/doc'\n"}]`),
			we("2026-11-29T07:41:46Z", Info, "", `2026-11-29T08:41:46+01:00 | CORE | INFO | (pkg/forwarder/transaction/transaction.go:433 in internalProcess) | Successfully posted payload to "https://7-62-1-app.agent.datadoghq.eu/api/v1/check_run", the agent will only log transaction success every 500 transactions`),
		},
	},
	{
		name:   "splunkuf-introspection-resource-usage",
		source: "the Splunk universal forwarder 9.3's $SPLUNK_HOME/var/log/introspection/resource_usage.log with the introspection_generator_addon enabled on it (every 600 s; one JSON object a line: datetime `MM-dd-yyyy HH:mm:ss.SSS ±zzzz`, log_level, component PerProcess|Hostwide|IOStats, data): Splunk docs 'About Splunk Enterprise platform instrumentation' and 'Configure platform instrumentation' (the files, the forwarder's interval), a Splunk .conf talk on Splunk's own log files found with find_string (its 'Introspection log example' of PerProcess and Hostwide lines); the data keys beyond that example from memory",
		why:    "the time is a month-first date with a -0500 offset in the datetime key; log_level gives the level; pid, elapsed, instance_guid and the counters are no times; no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"datetime":"11-29-2026 02:41:16.204 -0500","log_level":"INFO","component":"PerProcess","data":{"pid":"2214","ppid":"1","status":"R","t_count":"62","mem_used":"204.512","pct_memory":"1.27","page_faults":"0","pct_cpu":"0.40","normalized_pct_cpu":"0.10","elapsed":"86412.0000","process":"splunkd","args":"-p 8089 _internal_launch_under_systemd","process_type":"splunkd_server"}}`),
			we("2026-11-29T07:41:16.206Z", Info, "", `{"datetime":"11-29-2026 02:41:16.206 -0500","log_level":"INFO","component":"Hostwide","data":{"mem":"15890.332","mem_used":"6120.441","swap":"2048.000","swap_used":"0.000","pg_paged_out":"0","pg_swapped_out":"0","forks":"41","runnable_process_count":"2","normalized_load_avg_1min":"0.11","cpu_user_pct":"3.02","cpu_system_pct":"1.21","cpu_idle_pct":"95.52","cpu_count":4,"virtual_cpu_count":4,"splunk_version":"9.3.2","os_name":"Linux","instance_guid":"7F1C2A7E-9B3D-41C2-A8E7-0B6D41207AB1","instance_type":"forwarder","cpu_arch":"x86_64"}}`),
			we("2026-11-29T07:51:16.203Z", Info, "", `{"datetime":"11-29-2026 02:51:16.203 -0500","log_level":"INFO","component":"PerProcess","data":{"pid":"2214","ppid":"1","status":"S","t_count":"61","mem_used":"205.004","pct_memory":"1.27","page_faults":"0","pct_cpu":"0.20","normalized_pct_cpu":"0.05","elapsed":"87012.0000","process":"splunkd","args":"-p 8089 _internal_launch_under_systemd","process_type":"splunkd_server"}}`),
			we("2026-11-29T07:51:16.207Z", Info, "", `{"datetime":"11-29-2026 02:51:16.207 -0500","log_level":"INFO","component":"IOStats","data":{"device":"sda","mount_point":"/","reads_ps":"0.00","writes_ps":"4.10","reads_kb_ps":"0.00","writes_kb_ps":"41.77","avg_service_ms":"0.42","cpu_pct":"0.21","interval":600}}`),
		},
	},
	{
		name:   "elastic-agent-install-enroll-console",
		gap:    "trawl takes the @timestamp of an ECS JSON record glued after progress text (`Enrolling Elastic Agent with Fleet....{…}`, `.........{…}`) but not its `\"log.level\"`, and joins the untimed closing lines (`Successfully enrolled the Elastic Agent.`, `Elastic Agent has been successfully installed.`) to the last JSON record",
		source: "`sudo ./elastic-agent install --url=… --enrollment-token=… -n` of Elastic Agent 8.11 read back from `| tee` (the progress lines `Copying files…… DONE`, `Installing service.... DONE`, then enroll_cmd.go's ECS JSON records, the first glued after `Enrolling Elastic Agent with Fleet....` and later ones after more progress dots, then the closing lines): elastic/elastic-agent PR #3207 (a test's install and enroll output) and issue #4084, Security-Onion-Solutions/securityonion-image PR #785 (the install output of later progress bars); the closing `Successfully enrolled` and `has been successfully installed` lines from memory",
		why:    "progress lines have no time and no level; a JSON record glued after progress dots carries its @timestamp and log.level; the enrollment URL is no host",
		entries: []worldEntry{
			we("", Unknown, "", "Installing in non-interactive mode."),
			we("", Unknown, "", "Copying files................................................... DONE"),
			we("", Unknown, "", "Installing service.... DONE"),
			we("", Unknown, "", "Starting service... DONE"),
			we("", Unknown, "", "Elastic Agent successfully installed, starting enrollment."),
			we("2026-11-29T07:41:16.204Z", Info, "", `Enrolling Elastic Agent with Fleet....{"log.level":"info","@timestamp":"2026-11-29T07:41:16.204Z","log.origin":{"file.name":"cmd/enroll_cmd.go","file.line":494},"message":"Starting enrollment to URL: https://fleet.example.net:443/","ecs.version":"1.6.0"}`),
			we("2026-11-29T07:41:27.881Z", Warn, "", `..................{"log.level":"warn","@timestamp":"2026-11-29T07:41:27.881Z","log.origin":{"file.name":"cmd/enroll_cmd.go","file.line":520},"message":"Remote server is not ready to accept connections, will retry in a moment.","ecs.version":"1.6.0"}`),
			we("2026-11-29T07:41:31.550Z", Info, "", `.........{"log.level":"info","@timestamp":"2026-11-29T07:41:31.550Z","log.origin":{"file.name":"cmd/enroll_cmd.go","file.line":475},"message":"Successfully triggered restart on running Elastic Agent.","ecs.version":"1.6.0"}`),
			we("", Unknown, "", "Successfully enrolled the Elastic Agent."),
			we("", Unknown, "", "Elastic Agent has been successfully installed."),
		},
	},
	{
		name:   "rsyslogd-n1-config-validation",
		source: "`rsyslogd -N1` run twice by hand, first with a broken include and then fixed (rsyslogd's messages on stderr as `rsyslogd: msg [v8.x try https://www.rsyslog.com/e/N ]`, the run's version line and `End of config validation run. Bye.`): rsyslog/rsyslog issues #5147, #1129 and #79, openSUSE/supportutils issue #103",
		why:    "no time, level or host anywhere; `error during parsing` and `run failed with error -2207` are message words, not levels; the version 8.2412.0 and the error numbers are no dates",
		entries: []worldEntry{
			we("", Unknown, "", "rsyslogd: version 8.2412.0, config validation run (level 1), master config /etc/rsyslog.conf"),
			we("", Unknown, "", "rsyslogd: error during parsing file /etc/rsyslog.d/40-relay.conf, on or before line 9: invalid character ')' in object definition - is there an invalid escape sequence somewhere? [v8.2412.0 try https://www.rsyslog.com/e/2207 ]"),
			we("", Unknown, "", "rsyslogd: could not interpret master config file '/etc/rsyslog.conf'. [v8.2412.0 try https://www.rsyslog.com/e/2207 ]"),
			we("", Unknown, "", "rsyslogd: run failed with error -2207 (see rsyslog.h or try https://www.rsyslog.com/e/2207 to learn what that number means)"),
			we("", Unknown, "", "rsyslogd: version 8.2412.0, config validation run (level 1), master config /etc/rsyslog.conf"),
			we("", Unknown, "", "rsyslogd: End of config validation run. Bye."),
		},
	},
}

func TestFresh258Formats(t *testing.T) { assertTable(t, fresh258Cases) }
func TestFresh258Score(t *testing.T) {
	checkScore(t, "fresh258 formats", fresh258Cases, [worldNumFields]float64{93.2, 93.2, 93.2, 91})
}
