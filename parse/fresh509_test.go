package parse

import "testing"

// The five-hundred-and-ninth fresh table: monitoring and observability agents' own logs, the lines
// the tracing and APM agents inside an application write about themselves (their start, their
// configuration, the exporter or collector they cannot reach), as people attach them to tickets;
// shapes no earlier table holds. Each family is one product's documented or observed output: the
// OpenTelemetry Java agent's console (`[otel.javaagent yyyy-MM-dd HH:mm:ss:SSS Z] [thread] LEVEL
// logger - msg`, an exporter's exception under its ERROR); Datadog's Java tracer (the same layout
// under the tag `dd.trace`); Datadog's Go tracer through Go's standard log (`yyyy/MM/dd HH:mm:ss
// Datadog Tracer vX LEVEL: msg`); the Elastic APM Java agent (`yyyy-MM-dd HH:mm:ss,SSS [thread]
// LEVEL logger - msg`, a stack under an ERROR); Glowroot (`yyyy-MM-dd HH:mm:ss.SSS LEVEL logger -
// msg`, its `location stack trace` under the `entering … main()` line); the New Relic Java agent
// (`ISO,SSS±hhmm [pid tid] com.newrelic LEVEL: msg`); the New Relic PHP agent (`… ±hhmm (pid tid)
// level: msg`); the New Relic Ruby agent (`[time ±hhmm hostname (pid)] LEVEL : msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`telegraf`, `prometheus`, `node_exporter`, `grafana`, `alloy`,
// `fluentd`, `fluent bit`, `fluent-bit`, `fluentbit`, `logstash`, `filebeat`, `metricbeat`,
// `heartbeat`, `packetbeat`, `auditbeat`, `winlogbeat`, `vector`, `otel`, `opentelemetry`,
// `otelcol`, `jaeger`, `zipkin`, `datadog`, `newrelic`, `new relic`, `newrelic-infra`, `zabbix`,
// `nagios`, `nrpe`, `icinga`, `collectd`, `statsd`, `netdata`, `munin`, `sensu`, `checkmk`,
// `check_mk`, `splunk`, `nxlog`, `syslog-ng`, `promtail`, `loki`, `tempo`, `mimir`, `thanos`,
// `cortex`, `vmagent`, `victoriametrics`, `influxdb`, `kapacitor`, `chronograf`, `apm-server`,
// `elastic-agent`, `fleet`, `sysdig`, `dynatrace`, `oneagent`, `appdynamics`, `instana`,
// `signalfx`, `sumo`, `logicmonitor`, `prtg`, `glances`, `monit`, `scollector`, `bosun`,
// `diamond`, `heka`, `cribl`, `td-agent`, `graylog`, `sidecar`, `wazuh`, `ossec`, `osquery`,
// `pushgateway`, `alertmanager`, `blackbox`, `snmp_exporter`, `google-fluentd`, `ops-agent`,
// `ops agent`, `mdsd`, `azure monitor`, `amagent`, `cloudwatch`, `x-ray`, `xray`, `refinery`,
// `pyroscope`, `parca`, `coroot`, `beyla`, `skywalking`, `pinpoint`, `naemon`, `centreon`,
// `shinken`, `librenms`, `cacti`, `observium`, `smokeping`, `uptime kuma`, `uptime-kuma`, `gatus`,
// `statping`, `scrutiny`, `riemann`, `carbon`, `graphite`, `heapster`, `kube-state-metrics`,
// `metrics-server`, `cadvisor`, `sematext`, `logz`, `axiom`, `seq`, `kibana`, `zabbix_agent`,
// `I! `, `E! `, `W! `, `D! `, `netdata INFO`, `[ info]`, `[info]:`, `| CORE |`, `CORE |`,
// `TailReader`, `information/`, `SERVICE ALERT`, `wazuh-agentd`, `ossec-agentd`, `agent #0`,
// `Z I!`, `vector::`, `javaagent`, `otel.javaagent`, `opentelemetry-javaagent`,
// `io.opentelemetry.javaagent`, `dd.trace`, `datadog.trace`, `dd-trace`, `dd-java-agent`,
// `JMXFetch`, `ddtrace`, `Datadog Tracer`, `Datadog Tracer v`, `DATADOG TRACER`, `co.elastic.apm`,
// `elastic-apm-agent`, `elasticapm`, `elastic apm`, `apm-agent-java`, `StartupInfo`,
// `AgentPackagePath`, `glowroot`, `org.glowroot`, `UI listening on`, `jolokia`, `com.newrelic`,
// ` com.newrelic INFO:`, `NewRelic`, `New Relic Agent`, `newrelic_agent.log`, `php_agent.log`,
// `newrelic-daemon`, `newrelic-php`, `(301 301)`, `APPINFO`, `reply preamble`, `Starting the New
// Relic agent`, `newrelic_rpm`, `NewRelic::Agent`, `] INFO : `, `| jvm 1`, `sentry`, `relay::`,
// `opbeat`, `Honeybadger`, `raygun`, `bugsnag`, `rollbar`, `stackify`, `scout_apm`, `scout apm`,
// `AppOptics`, `solarwinds`, `lightstep`, `wavefront`, `honeycomb`, `hound`). None of the
// OpenTelemetry Java agent, Datadog's Java or Go tracer, the Elastic APM Java agent, Glowroot, or
// New Relic's Java, PHP or Ruby agent is in any table: `opentelemetry` matches only the Collector,
// the Operator and SDK-instrumented applications, `datadog` only the Datadog Agent and its
// process, security and system-probe agents, the mobile SDKs and log archives, `newrelic` only the
// infrastructure agent, the Android agent and syslog forwarding, `elastic apm` only APM Server,
// `javaagent` only JVM argument lists and Aeron's agent, `StartupInfo` other Java applications,
// `APPINFO` other products and `] INFO : ` other loggers. Left out as measured already: the
// Telegraf, Prometheus and exporter, Grafana, Alloy, Promtail, Loki, Tempo, Mimir, Fluentd, Fluent
// Bit, Logstash, Beats, Elastic Agent, Vector, OpenTelemetry Collector, Jaeger, Datadog Agent, New
// Relic infrastructure agent, Zabbix, Nagios, Icinga, collectd, Netdata, Munin, Sensu, Checkmk,
// Splunk forwarder, NXLog, syslog-ng, Wazuh, OSSEC, osquery, X-Ray daemon, CloudWatch agent,
// SkyWalking OAP and Pyroscope logs. Left out to keep one product an output: the New Relic PHP
// daemon's own Go log (`yyyy/MM/dd HH:mm:ss.ffffff (pid) Info: …`, chatwork/dockerfiles PR #170),
// kept as a spare. Left out as not confirmed by any search in the time: the SkyWalking Java
// agent's skywalking-api.log, Parca's, Beyla's and Coroot's agents. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The OpenTelemetry and Datadog Java agents write the JVM's offset after the
// time (`+0100`, `-0500`) and put the milliseconds after a colon (`08:41:16:360`); New Relic's Java
// agent writes a colon-less offset after a comma and the milliseconds (`02:41:18,869-0500`), its
// PHP agent the offset after a blank (`08:41:20.118 +0100`), its Ruby agent the offset inside the
// bracket (`09:41:09 +0200`): each is converted. Datadog's Go tracer (Go's log), the Elastic APM
// Java agent and Glowroot write zone-less stamps, taken as UTC. A second time inside a message
// (Datadog's configuration JSON's `date`, the Go tracer's `first occurrence: 29 Nov 26 07:42 UTC`,
// Glowroot's build time, APM Server's build date) is never the record's. Levels only where the
// line marks one: the level word after the thread (OpenTelemetry, Datadog Java, Elastic), after the
// time padded to five (Glowroot), after `Datadog Tracer vX` with a colon, after `com.newrelic` with
// a colon, the PHP agent's lower-case `warning:`, the Ruby agent's `INFO :`. The host is the
// record's host field: only the Ruby agent writes one (the host name before the pid in its
// bracket); the collector, agent, APM Server and OTLP endpoints (localhost:8126,
// collector.newrelic.com, otel-gw.obs.svc) and Glowroot's bind address are peers, not hosts. A
// record that spans lines is one entry: the OpenTelemetry exporter's ERROR and the Elastic APM
// agent's ERROR with the Java exception and frames under them, and Glowroot's `entering … main()`
// with its `location stack trace`.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); no family rests on
// memory alone. Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 587d8b3 before any rule for it: level 100.0 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 85.4 %, records 100.0 %), in a
// worktree at 587d8b3 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is the New Relic Ruby agent's host name, which sits between the
// offset and the `(pid)` inside the opening bracket and which trawl does not read.

var fresh509Cases = []worldCase{
	{
		name:   "otel-javaagent-console",
		source: "the OpenTelemetry Java agent's own lines on the JVM's console (its simple logger: `[otel.javaagent yyyy-MM-dd HH:mm:ss:SSS Z] [thread] LEVEL logger - msg`, the milliseconds after a colon, the JVM's offset; an exporter's exception printed under the ERROR): find_string hits for `[otel.javaagent 20` (the VersionLogger banner in vendors' setup guides, HttpExporter WARN and ERROR lines with `java.net.ConnectException` under them in a troubleshooting note), open-telemetry/opentelemetry-java-instrumentation PR #121 (VersionLogger)",
		why:    "the `otel.javaagent` tag inside the bracket before the date; `:360` after the seconds is the milliseconds; `+0100` is the offset; the collector's address is a peer; the exception and its frames belong to the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.36Z", Info, "", "[otel.javaagent 2026-11-29 08:41:16:360 +0100] [main] INFO io.opentelemetry.javaagent.tooling.VersionLogger - opentelemetry-javaagent - version: 2.22.0"),
			we("2026-11-29T07:41:18.045Z", Debug, "", "[otel.javaagent 2026-11-29 08:41:18:045 +0100] [main] DEBUG io.opentelemetry.javaagent.tooling.AgentInstaller - Installed 214 instrumenter(s)"),
			we("2026-11-29T07:42:03.547Z", Warn, "", "[otel.javaagent 2026-11-29 08:42:03:547 +0100] [OkHttp http://otel-gw.obs.svc:4318/...] WARN io.opentelemetry.exporter.internal.http.HttpExporter - Failed to export spans. Server responded with HTTP status code 404. Error message: Unable to parse response body, HTTP status message: Not Found"),
			we("2026-11-29T07:42:33.118Z", Error, "",
				"[otel.javaagent 2026-11-29 08:42:33:118 +0100] [OkHttp http://otel-gw.obs.svc:4318/...] ERROR io.opentelemetry.exporter.internal.http.HttpExporter - Failed to export logs. The request could not be executed. Full error message: Failed to connect to otel-gw.obs.svc/10.42.7.19:4318",
				"java.net.ConnectException: Failed to connect to otel-gw.obs.svc/10.42.7.19:4318",
				"\tat okhttp3.internal.connection.RealConnection.connectSocket(RealConnection.kt:297)",
				"\tat okhttp3.internal.connection.RealConnection.connect(RealConnection.kt:207)",
				"\tat okhttp3.internal.connection.ExchangeFinder.findConnection(ExchangeFinder.kt:226)"),
			we("2026-11-29T07:43:00.004Z", Info, "", "[otel.javaagent 2026-11-29 08:43:00:004 +0100] [BatchSpanProcessor_WorkerThread-1] INFO io.opentelemetry.exporter.logging.LoggingSpanExporter - 'GET /orders/{id}' : 6f1c0e2a9b7d4c3e8a5f0b1d2c3e4f5a 1a2b3c4d5e6f7081 SERVER [tracer: io.opentelemetry.tomcat-10.0:2.22.0-alpha]"),
		},
	},
	{
		name:   "dd-trace-java-console",
		source: "Datadog's Java tracer (dd-java-agent) on the JVM's stderr (`[dd.trace yyyy-MM-dd HH:mm:ss:SSS Z] [thread] LEVEL logger - msg`, the startup StatusLogger's `DATADOG TRACER CONFIGURATION {json}`): DataDog/dd-trace-java PRs #1895 (a pasted startup log) and #1660, DataDog/documentation PR #7901",
		why:    "the `dd.trace` tag inside the bracket before the date; the milliseconds after a colon and a `-0500` offset; the JSON configuration's own date is not the record's time; the agent's localhost:8126 is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512Z", Info, "", "[dd.trace 2026-11-29 02:41:16:512 -0500] [main] INFO datadog.trace.agent.jmxfetch.JMXFetch - JMXFetch config: null [] [] [] null null {runtime-id=3b1e7c2a-5d4f-4e0b-9a8c-7f6e5d4c3b2a, service=billing-api} statsd:localhost:8125"),
			we("2026-11-29T07:41:17.203Z", Info, "", `[dd.trace 2026-11-29 02:41:17:203 -0500] [dd-task-scheduler] INFO datadog.trace.agent.core.StatusLogger - DATADOG TRACER CONFIGURATION {"version":"1.44.1~2a8d7c1e","os_name":"Linux","os_version":"6.8.0-49-generic","architecture":"amd64","lang":"jvm","lang_version":"21.0.5","jvm_vendor":"Eclipse Adoptium","enabled":true,"service":"billing-api","agent_url":"http://localhost:8126","agent_error":true,"debug":false,"trace_propagation_style_extract":["datadog","tracecontext"],"runtime_id":"3b1e7c2a-5d4f-4e0b-9a8c-7f6e5d4c3b2a"}`),
			we("2026-11-29T07:41:47.09Z", Warn, "", "[dd.trace 2026-11-29 02:41:47:090 -0500] [dd-trace-processor] WARN datadog.trace.agent.common.writer.ddagent.DDAgentApi - Error while sending 4 (size=3KB) traces to the DD agent. Total: 4, Received: 4, Sent: 0, Failed: 4. java.net.ConnectException: Failed to connect to localhost/127.0.0.1:8126 (Will not log errors for 5 minutes)"),
			we("2026-11-29T07:42:10.655Z", Debug, "", "[dd.trace 2026-11-29 02:42:10:655 -0500] [http-nio-8080-exec-3] DEBUG datadog.trace.agent.core.DDSpan - Finished span (PENDING): DDSpan [ t_id=4412907716522003817, s_id=118273645019283, p_id=0 ] trace=billing-api/servlet.request/GET /invoices"),
			we("2026-11-29T07:43:02.731Z", Error, "", "[dd.trace 2026-11-29 02:43:02:731 -0500] [dd-profiler-recording-scheduler] ERROR com.datadog.profiling.uploader.ProfileUploader - Failed to upload profile: Connection refused (Will not log errors for 5 minutes)"),
		},
	},
	{
		name:   "dd-trace-go-stdlog",
		source: "Datadog's Go tracer (dd-trace-go) through Go's standard log (`yyyy/MM/dd HH:mm:ss Datadog Tracer vX.Y.Z LEVEL: msg`, levels DEBUG INFO WARN ERROR; a rate-limited ERROR ends `N additional messages skipped (first occurrence: dd Mon yy HH:mm ZONE)`): DataDog/dd-trace-go issue #945 (a pasted CONFIGURATION line), Datadog's tracer startup-logs documentation (found with find_string), a Go log bridge's regexp `^Datadog Tracer [0-9v.]+ (DEBUG|INFO|WARN|ERROR): (.*)`",
		why:    "Go's zone-less slashed stamp (UTC by the rules); the level word with a colon after the tracer's name and version; the JSON's date and the skipped-messages time are not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `2026/11/29 07:41:16 Datadog Tracer v1.74.2 INFO: DATADOG TRACER CONFIGURATION {"date":"2026-11-29T07:41:16Z","os_name":"Linux (Unknown Distribution)","os_version":"6.8.0","version":"v1.74.2","lang":"Go","lang_version":"go1.24.10","env":"staging","service":"ledger-sync","agent_url":"http://10.40.0.1:8126/v0.4/traces","agent_error":"","debug":false,"sample_rate":"NaN","runtime_metrics_enabled":false,"architecture":"amd64"}`),
			we("2026-11-29T07:41:16Z", Warn, "", `2026/11/29 07:41:16 Datadog Tracer v1.74.2 WARN: DIAGNOSTICS Unable to reach agent intake: Post "http://10.40.0.1:8126/v0.4/traces": dial tcp 10.40.0.1:8126: connect: connection refused`),
			we("2026-11-29T07:41:58Z", Debug, "", "2026/11/29 07:41:58 Datadog Tracer v1.74.2 DEBUG: Sending payload: size: 3 traces: 3"),
			we("2026-11-29T07:43:16Z", Error, "", `2026/11/29 07:43:16 Datadog Tracer v1.74.2 ERROR: lost 7 traces: Post "http://10.40.0.1:8126/v0.4/traces": dial tcp 10.40.0.1:8126: connect: connection refused, 2 additional messages skipped (first occurrence: 29 Nov 26 07:42 UTC)`),
		},
	},
	{
		name:   "elastic-apm-java-agent",
		source: "the Elastic APM Java agent's own log on the JVM's console (`yyyy-MM-dd HH:mm:ss,SSS [thread] LEVEL logger - msg`, the level padded to five; StartupInfo's banner and configuration lines): elastic/apm-agent-java issues #1625, #1772 and #3428 (pasted startup logs), elastic/elastic-otel-java issue #730",
		why:    "a zone-less stamp with a comma before the milliseconds (UTC by the rules), the thread in brackets, then the padded level; the APM Server's address is a peer; an exception and its frames belong to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.612Z", Info, "", "2026-11-29 07:41:16,612 [main] INFO  co.elastic.apm.agent.configuration.StartupInfo - Starting Elastic APM 1.52.1 as checkout-api on Java 21.0.5 Runtime version: 21.0.5+11-LTS VM version: 21.0.5+11-LTS (Eclipse Adoptium) Linux 6.8.0-49-generic"),
			we("2026-11-29T07:41:16.613Z", Debug, "", "2026-11-29 07:41:16,613 [main] DEBUG co.elastic.apm.agent.configuration.StartupInfo - server_url: 'http://apm.obs.internal:8200' (source: Environment Variables)"),
			we("2026-11-29T07:41:16.614Z", Warn, "", "2026-11-29 07:41:16,614 [main] WARN  co.elastic.apm.agent.configuration.StartupInfo - Detected usage of an old configuration key: 'ignore_urls'. Please use 'transaction_ignore_urls' instead."),
			we("2026-11-29T07:41:27.338Z", Error, "",
				"2026-11-29 07:41:27,338 [elastic-apm-server-reporter] ERROR co.elastic.apm.agent.report.IntakeV2ReportingEventHandler - Error sending data to APM server: Connection refused, response code is -1",
				"java.net.ConnectException: Connection refused",
				"\tat java.base/sun.nio.ch.Net.connect0(Native Method)",
				"\tat java.base/sun.nio.ch.Net.connect(Net.java:589)",
				"\tat co.elastic.apm.agent.report.ApmServerClient.startRequestToUrl(ApmServerClient.java:234)"),
			we("2026-11-29T07:41:57.402Z", Info, "", "2026-11-29 07:41:57,402 [elastic-apm-server-healthcheck] INFO  co.elastic.apm.agent.report.ApmServerHealthChecker - Elastic APM server is available: {  \"build_date\": \"2026-11-12T09:14:03Z\",  \"build_sha\": \"9c41e8a2\",  \"publish_ready\": true,  \"version\": \"8.19.7\"}"),
		},
	},
	{
		name:   "glowroot-agent-log",
		source: "Glowroot's glowroot.log and console lines (`yyyy-MM-dd HH:mm:ss.SSS LEVEL logger - msg`, the level padded to five, the logger `org.glowroot` or abbreviated `o.g.agent.…`; the `entering …main()` line with a `java.lang.Exception: location stack trace` under it): glowroot/glowroot issues #1002, #1047, #783 and #50",
		why:    "a zone-less stamp with a dot before the milliseconds (UTC by the rules); the build time with its own offset in the version line is not the record's; the stack under `entering … main()` belongs to it; the bind address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.597Z", Info, "", "2026-11-29 07:41:16.597 INFO  org.glowroot - Glowroot version: 0.14.4, built 2025-06-02 01:25:31 +0000"),
			we("2026-11-29T07:41:16.6Z", Info, "", "2026-11-29 07:41:16.600 INFO  org.glowroot - Java version: 17.0.13 (Eclipse Adoptium / Linux)"),
			we("2026-11-29T07:41:21.087Z", Info, "",
				"2026-11-29 07:41:21.087 INFO  o.g.agent.impl.BytecodeServiceImpl - entering org.example.reports.ReportServer.main()",
				"java.lang.Exception: location stack trace",
				"        at org.glowroot.agent.impl.BytecodeServiceImpl.enteringMainMethod(BytecodeServiceImpl.java:252)",
				"        at org.glowroot.agent.bytecode.api.Bytecode.enteringMainMethod(Bytecode.java:31)",
				"        at org.example.reports.ReportServer.main(ReportServer.java:44)"),
			we("2026-11-29T07:41:23.33Z", Info, "", "2026-11-29 07:41:23.330 INFO  org.glowroot - UI listening on 127.0.0.1:4000 (to access the UI from remote machines, change the bind address to 0.0.0.0, either in the Glowroot UI under Configuration > Web or directly in the admin.json file, and then restart JVM to take effect)"),
			we("2026-11-29T07:52:40.118Z", Warn, "", "2026-11-29 07:52:40.118 WARN  o.g.agent.impl.Transaction - store threshold exceeded for 1,200 trace entries, further entries will be dropped"),
			we("2026-11-29T08:05:02.884Z", Error, "", "2026-11-29 08:05:02.884 ERROR org.glowroot - Glowroot not started: data dir in use by another jvm process"),
		},
	},
	{
		name:   "newrelic-java-agent-log",
		source: "the New Relic Java agent's newrelic_agent.log and console (`yyyy-MM-ddTHH:mm:ss,SSS±hhmm [pid tid] com.newrelic LEVEL: msg`, levels INFO WARN ERROR): find_string hits for `] com.newrelic INFO:`, `] com.newrelic WARN` and `] com.newrelic ERROR` (pasted agent logs in blog posts and an issue), splitio/java-client PR #103 (the older `Mon d, yyyy` console form)",
		why:    "an ISO date with a comma before the milliseconds and a colon-less offset; the pid and thread in brackets; the level word with a colon after `com.newrelic`; the collector's name is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:18.869Z", Info, "", `2026-11-29T02:41:18,869-0500 [4187 1] com.newrelic INFO: New Relic Agent: Loading configuration file "/opt/newrelic/./newrelic.yml"`),
			we("2026-11-29T07:41:18.972Z", Info, "", "2026-11-29T02:41:18,972-0500 [4187 1] com.newrelic INFO: Using default collector host: collector.newrelic.com"),
			we("2026-11-29T07:41:19.004Z", Info, "", "2026-11-29T02:41:19,004-0500 [4187 1] com.newrelic INFO: New Relic Agent: Writing to log file: /opt/newrelic/logs/newrelic_agent.log"),
			we("2026-11-29T07:47:33.491Z", Warn, "", "2026-11-29T02:47:33,491-0500 [4187 61] com.newrelic WARN: Error sending error data to New Relic: com.newrelic.agent.transport.HttpError: collector.newrelic.com is temporarily unavailable (503)"),
			we("2026-11-29T07:52:08.809Z", Error, "", "2026-11-29T02:52:08,809-0500 [4187 83] com.newrelic ERROR: Tracer Debug: An error occurred calling Transaction.tracerFinished() for class org.example.pay.ChargeHandler : java.lang.NullPointerException"),
		},
	},
	{
		name:   "newrelic-php-agent-log",
		source: "the New Relic PHP agent's php_agent.log or stderr (`yyyy-MM-dd HH:mm:ss.SSS ±hhmm (pid tid) level: msg`, levels error warning info verbose debug): newrelic/newrelic-php-agent issue #387, uselagoon/lagoon-images issue #52, holochain/holochain-rust issue #2118, omega8cc/boa issue #1161",
		why:    "a date and time with milliseconds and an offset after a blank; the pid and thread in parentheses; a lower-case level word with a colon; the daemon's socket path is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.118Z", Info, "", `2026-11-29 08:41:20.118 +0100 (18259 18259) info: New Relic 11.4.0.17 ("zaber" - "1f3c2a9") [daemon='@newrelic'  php='8.3.14' zts=no sapi='fpm-fcgi'  pid=18259 ppid=1 uid=33 euid=33 gid=33 egid=33 backtrace=yes startup=agent os='Linux']`),
			we("2026-11-29T07:41:20.292Z", Warn, "", "2026-11-29 08:41:20.292 +0100 (18259 18259) warning: daemon connect(fd=16 uds=@newrelic) returned -1 errno=ECONNREFUSED. Failed to connect to the newrelic-daemon. Please make sure that there is a properly configured newrelic-daemon running. For additional assistance, please see: https://newrelic.com/docs/php/newrelic-daemon-startup-modes"),
			we("2026-11-29T07:41:25.44Z", Error, "", "2026-11-29 08:41:25.440 +0100 (18261 18261) error: failed to connect to the daemon using a timeout of 0 ms at the path @newrelic"),
			we("2026-11-29T07:42:01.906Z", Info, "", "2026-11-29 08:42:01.906 +0100 (18261 18261) info: Reporting to: https://rpm.newrelic.com/accounts/4410271/applications/918273645"),
			we("2026-11-29T07:44:13.002Z", Error, "", "2026-11-29 08:44:13.002 +0100 (18274 18274) error: APPINFO failure: len=4832 errno=ETIMEDOUT"),
		},
	},
	{
		name:   "newrelic-ruby-agent-log",
		source: "the New Relic Ruby agent's log/newrelic_agent.log (`[yyyy-MM-dd HH:mm:ss ±hhmm hostname (pid)] LEVEL : msg`): code-dot-org/code-dot-org PR #68907 (a pasted agent log), newrelic/node-newrelic issue #612 (the Ruby agent's warnings)",
		why:    "the time with its offset, the writer's host name and the pid all in one bracket; the level word then ` : `; the collector's name is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:09Z", Info, "app-web-07", `[2026-11-29 09:41:09 +0200 app-web-07 (42122)] INFO : Starting the New Relic agent version 9.16.0 in "production" environment.`),
			we("2026-11-29T07:41:09Z", Info, "app-web-07", `[2026-11-29 09:41:09 +0200 app-web-07 (42122)] INFO : To prevent agent startup add a NEW_RELIC_AGENT_ENABLED=false environment variable or modify the "production" section of your newrelic.yml.`),
			we("2026-11-29T07:41:10Z", Info, "app-web-07", "[2026-11-29 09:41:10 +0200 app-web-07 (42122)] INFO : Reading configuration from config/newrelic.yml (/srv/shopfront/releases/20261128T1702)"),
			we("2026-11-29T07:41:12Z", Warn, "app-web-07", "[2026-11-29 09:41:12 +0200 app-web-07 (42122)] WARN : Detected Puma running in cluster mode; deferring agent start until workers fork"),
			we("2026-11-29T07:44:51Z", Error, "app-web-07", "[2026-11-29 09:44:51 +0200 app-web-07 (42188)] ERROR : Error establishing connection with New Relic Service at collector.newrelic.com:443:"),
			we("2026-11-29T07:45:51Z", Debug, "app-web-07", "[2026-11-29 09:45:51 +0200 app-web-07 (42188)] DEBUG : Sending 14 items to metric_data"),
		},
		gap: "the host name between the offset and the `(pid)` inside the opening bracket is not read: the record gets no host",
	},
}

func TestFresh509Formats(t *testing.T) { assertTable(t, fresh509Cases) }

func TestFresh509Score(t *testing.T) {
	checkScore(t, "fresh509 formats", fresh509Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 99.9})
}
