package parse

import "testing"

// The five-hundred-and-forty-second fresh table: monitoring and observability agents' own logs,
// another pass: the log lines that metrics, log and alerting agents write about themselves, not
// what they ship, in shapes no earlier table holds. Each family is one product's documented or
// observed output: ElastAlert run from a shell (Python's basicConfig `LEVEL:logger:message`, no
// time at all, a Traceback under an ERROR); the Nagios Cross-Platform Agent's ncpa_listener.log
// (`yyyy-MM-dd HH:mm:ss,SSS pid LEVEL msg`, a Traceback under an ERROR) and its Windows service
// log (`[pid] yyyy/MM/dd HH:mm:ss.SSS msg`, every line of an exception dump with its own prefix);
// Nagflux's log file (`yyyy-MM-dd HH:mm:ss Level: msg`) and its older console (`Level: msg`, no
// time); logstash-forwarder's stderr file (Go's `yyyy/MM/dd HH:mm:ss.µµµµµµ msg`, no level);
// the NetXMS agent's nxagentd.log (a dotted date, `*I*`, `*W*`, `*E*`, `*D*`, a tag padded to 19
// in brackets); statsite on a console (syslog's LOG_PERROR copy `statsite[pid]: msg`, nothing
// else).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`zabbix`, `nagios`, `icinga`, `telegraf`, `collectd`, `prometheus`, `grafana`,
// `fluent bit`, `fluent-bit`, `fluentbit`, `fluentd`, `vector`, `datadog`, `new relic`,
// `newrelic`, `filebeat`, `metricbeat`, `heartbeat`, `logstash`, `jaeger`, `otelcol`,
// `opentelemetry`, `alertmanager`, `netdata`, `munin`, `monit`, `sensu`, `checkmk`, `check_mk`,
// `promtail`, `loki`, `carbon`, `graphite`, `statsd`, `riemann`, `zipkin`, `snmptrapd`, `cacti`,
// `nrpe`, `pandora`, `falco`, `influx`, `kapacitor`, `chronograf`, `uptime kuma`, `uptime-kuma`,
// `gatus`, `smokeping`, `cortex`, `thanos`, `mimir`, `splunk`, `nxlog`, `syslog-ng`, `graylog`,
// `apm-server`, `pyroscope`, `tempo`, `bosun`, `scollector`, `xymon`, `hobbit`, `opennms`,
// `librenms`, `shinken`, `centreon`, `ops agent`, `stackdriver`, `cloudwatch`,
// `amazon-cloudwatch`, `sematext`, `instana`, `dynatrace`, `oneagent`, `appdynamics`,
// `elastic agent`, `elastic-agent`, `alloy`, `grafana agent`, `grafana-agent`,
// `victoriametrics`, `vmagent`, `vmalert`, `signoz`, `node_exporter`, `blackbox_exporter`,
// `snmp_exporter`, `pushgateway`, `nsca`, `gearmand`, `mod_gearman`, `naemon`, `sysdig`,
// `apm agent`, `skywalking`, `pinpoint`, `elastalert`, `cabot`, `healthchecks`, `zenoss`,
// `observium`, `glpi`, `wazuh`, `ossec`, `osquery`, `sflow`, `pmacct`, `ntopng`, `nfdump`,
// `smartd`, `sar `, `sysstat`, `atop`, `glances`, `conky`, `scrutiny`, `statping`, `beszel`,
// `uptimerobot`, `opsgenie`, `pagerduty`, `karma`, `kube-state-metrics`, `cadvisor`,
// `heapster`, `metrics-server`, `kiali`, `hubble`, `pixie`, `coroot`, `parca`, `openobserve`,
// `quickwit`, `clickhouse`, `hyperdx`, `uptrace`, `highlight`, `sentry`, `glitchtip`, `errbit`,
// `airbrake`, `rollbar`, `honeybadger`, `bugsnag`, `scout`, `skylight`, `stackify`, `logz`,
// `loggly`, `papertrail`, `remote_syslog`, `logdna`, `mezmo`, `logentries`, `le_agent`,
// `sumologic`, `sumo logic`, `collector.log`, `fluentd-ui`, `td-agent`, `rsyslog`,
// `journalbeat`, `auditbeat`, `packetbeat`, `winlogbeat`, `functionbeat`, `kafka-exporter`,
// `postgres_exporter`, `mysqld_exporter`, `redis_exporter`, `jmx_exporter`, `jolokia`, `hawtio`,
// `nagflux`, `pnp4nagios`, `histou`, `thruk`, `livestatus`, `mk_livestatus`, `nagvis`,
// `adagios`, `opsview`, `op5`, `groundwork`, `ganglia`, `gmond`, `gmetad`, `rrdcached`,
// `rrdtool`, `mrtg`, `prtg`, `whatsup`, `solarwinds`, `orion`, `zoho`, `site24x7`,
// `manageengine`, `opmanager`, `checkly`, `pingdom`, `statuscake`, `monitis`, `circonus`,
// `reconnoiter`, `wavefront`, `tanzu observability`, `lightstep`, `honeycomb`, `refinery`,
// `otel-collector`, `opamp`, `beyla`, `grafana beyla`, `pyrra`, `sloth`, `kthxbye`, `promxy`,
// `trickster`, `m3db`, `m3coordinator`, `timescaledb`, `questdb`, `opentsdb`, `kairosdb`,
// `druid`, `pinot`, `tdengine`, `taosd`, `greptime`, `iotdb`, `netflow`, `goflow`,
// `elastiflow`, `akvorado`, `vflow`, `otel.javaagent`, `javaagent`, `dd.trace`,
// `datadog.trace`, `pmcd`, `pmlogger`, `pmie`, `Performance Co-Pilot`, `netxms`, `nxagentd`,
// `*I*`, `flume`, `lifecycleSupervisor`, `INFO:elastalert`, `categraf`, ` I! `, `diamond`,
// `[MainThread]`, `ncpa`, `ncpa_listener`, `nsclient`, `NSClient++`, `monitorix`, `glowroot`,
// `heka`, `VictoriaMetrics/app`, `VictoriaMetrics/lib`, `alerta`, `prometheus-msteams`,
// `msteams`, `data prepper`, `dataprepper`, `nightingale`, `n9e`, `hertzbeat`, `logspout`,
// `co.elastic.apm`, `elastic-apm`, `statsite`, `gostatsd`, `brubeck`, `sidecar`,
// `collector-sidecar`, `pdagent`, `snmpd`, `net-snmp`, `collectl`, `hyperic`,
// `logstash-forwarder`, `lumberjack`, `oncall`, `hawkular`, `Registrar:`, `zabbix_agent2`,
// `uwsgi`). None of ElastAlert, Nagflux, logstash-forwarder, the NetXMS agent or statsite is in
// any table; `ncpa` is only in fresh518's list of grepped strings, no family of it; `lumberjack`
// matches only CocoaLumberjack and rsyslog's lumberjack level names, and `Registrar:` only Flexisip.
// Left out as measured already: Zabbix, Nagios and Icinga, Telegraf, collectd, Prometheus and
// its exporters, Grafana and its agents, Fluent Bit, Fluentd, Vector, the Datadog, New Relic,
// Dynatrace, AppDynamics and Instana agents, the Beats, Logstash, Jaeger, the OpenTelemetry
// collector and Java agent, Netdata, Munin, Monit, Sensu, Checkmk, Loki, Graphite's carbon,
// StatsD, Riemann, PCP's pmcd, Flume, VictoriaMetrics, Wazuh, Splunk, NXLog, syslog-ng, Graylog.
// Left out as not confirmed by any search: Categraf, Opsview, PagerDuty's pdagent, Hyperic's agent
// and Brubeck. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). ElastAlert's console lines, Nagflux's old console and statsite's console
// copy carry no time: they expect none, and the `from 2026-11-29 07:26 UTC to …` or `next run at:
// …` inside an ElastAlert message is no time of the record. NCPA's, Nagflux's,
// logstash-forwarder's and the NetXMS agent's stamps have no zone and are taken as UTC; NetXMS
// writes a dotted year-first date, NCPA's service log a slashed one after the bracketed pid.
// Levels only where the line marks one: ElastAlert's INFO WARNING ERROR before the first colon,
// NCPA's level word after the pid, Nagflux's `Info:` `Debug:` `Warn:` `Critical:` (Critical),
// NetXMS's `*I*` `*W*` `*E*` `*D*`; NCPA's service log, logstash-forwarder and statsite carry
// none (`starting logging at level ERROR` is a message), nor does NetXMS's `Log file opened`
// line. No family has a host field: ElastAlert's and logstash-forwarder's Elasticsearch and
// Logstash servers, NCPA's bind address, Nagflux's InfluxDB and NetXMS's server address are
// peers; `statsite[14]` is a program and pid. A record that spans lines is one entry: the
// Traceback under ElastAlert's `ERROR:root:` line and under NCPA's ERROR; the lines of NCPA's
// Windows exception dump each carry their own prefix and are records of their own. The blank
// line NetXMS writes before `Log file opened` is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory, only
// ElastAlert's `ERROR:root:` Traceback record, as its source says. Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 9282ae9 before any rule for it: level 90.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 90.5 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 9282ae9 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is the NetXMS agent's level letter between asterisks (`*I*`,
// `*W*`, `*E*`, `*D*`), which trawl does not read, leaving those records with no level.

var fresh542Cases = []worldCase{
	{
		name:   "elastalert-console-basicconfig",
		source: "ElastAlert (and ElastAlert 2) run from a shell with Python's logging.basicConfig default `%(levelname)s:%(name)s:%(message)s` (loggers elastalert, root, apscheduler.scheduler; `Queried rule … from … to …: n / n hits`): YelpArchive/elastalert issues #893, #557, #440, #1010 and #3083 (pasted consoles); the `ERROR:root:` line with a Traceback under it from memory",
		why:    "no time at all: the `from … UTC to … UTC` and `next run at:` inside the message are not the record's; the level word before the first colon; a Traceback under `ERROR:root:` is one record",
		entries: []worldEntry{
			we("", Info, "", "INFO:elastalert:Starting up"),
			we("", Info, "", "INFO:elastalert:Queried rule sshd-brute-force from 2026-11-29 07:26 UTC to 2026-11-29 07:41 UTC: 0 / 0 hits"),
			we("", Info, "", "INFO:elastalert:Ran sshd-brute-force from 2026-11-29 07:26 UTC to 2026-11-29 07:41 UTC: 0 query hits (0 already seen), 0 matches, 0 alerts sent"),
			we("", Warn, "", `WARNING:apscheduler.scheduler:Execution of job "ElastAlerter.handle_rule_execution (trigger: interval[0:01:00], next run at: 2026-11-29 07:42:38 UTC)" skipped: maximum number of running instances reached (1)`),
			we("", Info, "", "INFO:elastalert:Background configuration change check run at 2026-11-29 07:43 UTC"),
			we("", Error, "",
				"ERROR:root:Traceback (most recent call last):",
				`  File "/opt/elastalert/elastalert/elastalert.py", line 1421, in alert`,
				"    return self.send_alert(matches, rule, alert_time=alert_time, retried=retried)",
				`  File "/opt/elastalert/elastalert/alerts.py", line 512, in alert`,
				"    raise EAException(\"Error posting to Slack: %s\" % e)",
				"EAException: Error posting to Slack: 404 Client Error: Not Found for url: https://hooks.example.net/services/T0/B0/xyz"),
		},
	},
	{
		name:   "ncpa-listener-log-pid-level",
		source: "Nagios Cross-Platform Agent 2.x /usr/local/ncpa/var/log/ncpa_listener.log (Python logging `%(asctime)s %(process)d %(levelname)s %(message)s`, a Traceback under an ERROR): NagiosEnterprises/ncpa issues #281 and #365 (pasted logs)",
		why:    "a zone-less time with a comma before the milliseconds, then the pid, then the level word; the Traceback lines belong to the ERROR; the bind address 0.0.0.0:5693 is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.453Z", Info, "", "2026-11-29 07:41:12,453 21877 INFO started"),
			we("2026-11-29T07:41:12.454Z", Info, "", "2026-11-29 07:41:12,454 21877 INFO Using SSL version TLSv1_2"),
			we("2026-11-29T07:41:12.620Z", Error, "",
				"2026-11-29 07:41:12,620 21877 ERROR [Errno 98] Address already in use: ('0.0.0.0', 5693)",
				"Traceback (most recent call last):",
				`  File "ncpa_listener.py", line 78, in run`,
				`  File "/usr/local/lib/python2.7/site-packages/gevent/baseserver.py", line 347, in serve_forever`,
				"error: [Errno 98] Address already in use: ('0.0.0.0', 5693)"),
			we("2026-11-29T07:41:12.621Z", Info, "", "2026-11-29 07:41:12,621 21877 INFO stopped"),
			we("2026-11-29T07:42:03.118Z", Info, "", "2026-11-29 07:42:03,118 21940 INFO started"),
		},
	},
	{
		name:   "ncpa-windows-service-log-pid-prefix",
		source: "NCPA on Windows, the pywin32 service host's win32service_ncpalistener.log (`[ppppp] yyyy/MM/dd HH:mm:ss.SSS msg`, an exception dump written line by line under the same prefix): NagiosEnterprises/ncpa issue #357 (pasted log)",
		why:    "a bracketed zero-padded pid before a slashed zone-less date; every line carries its own prefix, so each is a record; `at level ERROR` is a message, not the line's level",
		entries: []worldEntry{
			we("2026-11-29T07:40:22.977Z", Unknown, "", "[04120] 2026/11/29 07:40:22.977 starting logging at level ERROR"),
			we("2026-11-29T07:40:24.523Z", Unknown, "", "[04120] 2026/11/29 07:40:24.523 Python exception encountered:"),
			we("2026-11-29T07:40:24.523Z", Unknown, "", "[04120] 2026/11/29 07:40:24.523     Internal Message: cannot import service module"),
			we("2026-11-29T07:40:24.539Z", Unknown, "", "[04120] 2026/11/29 07:40:24.539     Type => <type 'exceptions.IOError'>"),
			we("2026-11-29T07:40:24.539Z", Unknown, "", `[04120] 2026/11/29 07:40:24.539     Value => [Errno 13] Permission denied: 'C:\\Program Files (x86)\\Nagios\\NCPA\\var\\ncpa.db'`),
		},
	},
	{
		name:   "nagflux-log-file-level-colon",
		source: "Nagflux 0.4's log (kdar/factorlog with `%{Date} %{Time} %{Severity}: %{Message}`, severities Debug Info Warn Error Critical; `[Log] LogFile`): Griesbacher/nagflux issues #55, #54 and #30 (pasted logs)",
		why:    "a zone-less date and time to the second, then a capitalised level word and a colon; `Critical` maps to Critical; the InfluxDB address is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:35:51Z", Info, "", "2026-11-29 07:35:51 Info: Started Nagflux v0.4.1"),
			we("2026-11-29T07:35:51Z", Debug, "", "2026-11-29 07:35:51 Debug: Using Config: /etc/nagflux/config.gcfg"),
			we("2026-11-29T07:35:53Z", Warn, "", "2026-11-29 07:35:53 Warn: Could not create database:nagflux_perf"),
			we("2026-11-29T07:35:55Z", Critical, "", "2026-11-29 07:35:55 Critical: InfluxDB Database(nagflux_perf) does not exists and Nagflux was not able to create it"),
			we("2026-11-29T07:35:58Z", Info, "", "2026-11-29 07:35:58 Info: Nagios Spoolfile Folder: /var/spool/naemon/perfdata"),
			we("2026-11-29T07:36:03Z", Debug, "", "2026-11-29 07:36:03 Debug: Reading file: /var/spool/naemon/perfdata/1795938963.perfdata.service"),
		},
	},
	{
		name:   "nagflux-console-no-time",
		source: "Nagflux 0.3 started by hand with `LogFile = \"\"` (stdout, the factorlog format without the date: `Severity: msg`): Griesbacher/nagflux issue #26 (pasted output)",
		why:    "no time of its own: every record expects none; the level word before the colon; `1m0s` and `( 0/2 )` are no times",
		entries: []worldEntry{
			we("", Info, "", "Info: Started Nagflux v0.3.0"),
			we("", Info, "", "Info: Is InfluxDB running: true"),
			we("", Info, "", "Info: Could not detect livestatus version, waiting for 1m0s 2 times( 0/2 )..."),
			we("", Info, "", "Info: Livestatus version: 1.5.0p7"),
			we("", Warn, "", "Warn: Could not detect livestatus type, with version: 1.5.0p7. Asuming Nagios"),
		},
	},
	{
		name:   "logstash-forwarder-err-go-micros",
		source: "logstash-forwarder 0.4 (Go's log package with Lmicroseconds, written to /var/log/logstash-forwarder/logstash-forwarder.err by the init script: `yyyy/MM/dd HH:mm:ss.µµµµµµ msg`): elastic/logstash-forwarder issues #444, #526 and #254 (pasted logs)",
		why:    "a slashed zone-less date with microseconds; no level; the Logstash server in `Connecting to [10.20.30.40]:5043 (logs.example.net)` is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102233Z", Unknown, "", "2026/11/29 07:41:16.102233 Launching harvester on new file: /var/log/shop/checkout.log"),
			we("2026-11-29T07:41:16.118904Z", Unknown, "", "2026/11/29 07:41:16.118904 Connecting to [10.20.30.40]:5043 (logs.example.net)"),
			we("2026-11-29T07:41:16.240117Z", Unknown, "", "2026/11/29 07:41:16.240117 Connected to 10.20.30.40"),
			we("2026-11-29T07:41:21.278648Z", Unknown, "", "2026/11/29 07:41:21.278648 Registrar: processing 7 events"),
			we("2026-11-29T07:41:38.611302Z", Unknown, "", "2026/11/29 07:41:38.611302 Read error looking for ack: read tcp 10.20.30.40:5043: i/o timeout"),
		},
	},
	{
		name:   "netxms-agent-log-star-level",
		source: "NetXMS agent's nxagentd.log (libnetxms log.cpp: FormatLogTimestamp `%Y.%m.%d %H:%M:%S` plus `.%03d`, then `*I* [`, `*W* [`, `*E* [`, `*D* [`, the tag padded to 19 and `] msg`; a blank line and `<time> Log file opened (rotation policy N, max size N)` on open): the source found with find_string",
		why:    "a dotted year-first zone-less date with milliseconds; the level is the letter between asterisks; the bracketed padded tag is no host; the server address is a peer; the `Log file opened` line has no level",
		entries: []worldEntry{
			wskip(""),
			we("2026-11-29T07:41:16.004Z", Unknown, "", "2026.11.29 07:41:16.004 Log file opened (rotation policy 2, max size 16777216)"),
			we("2026-11-29T07:41:16.011Z", Info, "", "2026.11.29 07:41:16.011 *I* [startup            ] Core agent version 5.1.3"),
			we("2026-11-29T07:41:16.142Z", Warn, "", `2026.11.29 07:41:16.142 *W* [subagents          ] Subagent "ORACLE" cannot be loaded (libclntsh.so.21.1: cannot open shared object file)`),
			we("2026-11-29T07:41:16.390Z", Debug, "", "2026.11.29 07:41:16.390 *D* [comm.listener      ] Listening on 0.0.0.0:4700"),
			we("2026-11-29T07:41:19.877Z", Error, "", "2026.11.29 07:41:19.877 *E* [comm.cs            ] Cannot connect to server 10.40.2.15:4703 (Connection refused)"),
		},
	},
	{
		name:   "statsite-console-ident-pid",
		source: "statsite run in the foreground (syslog with LOG_PERROR: the copy on stderr is `statsite[pid]: msg`, no time, no level): statsite/statsite issue #187 (pasted console); issue #255 (log_facility)",
		why:    "no time, no level and no host: `statsite[14]:` is the program and its pid; `':::8125'` is no time",
		entries: []worldEntry{
			we("", Unknown, "", "statsite[14]: Starting statsite."),
			we("", Unknown, "", "statsite[14]: Listening on tcp ':::8125'"),
			we("", Unknown, "", "statsite[14]: Listening on udp ':::8125'."),
			we("", Unknown, "", "statsite[14]: Streaming command exited with status 2"),
			we("", Unknown, "", "statsite[14]: Received signal [Terminated]! Exiting..."),
		},
	},
}

func TestFresh542Formats(t *testing.T) { assertTable(t, fresh542Cases) }
func TestFresh542Score(t *testing.T) {
	checkScore(t, "fresh542 formats", fresh542Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
