package parse

import "testing"

// The three-hundred-and-seventy-eighth fresh table, written on 2026-12-10: hosts as programs place
// them, another pass, in products and output shapes no earlier table holds. Each family is one
// program's documented or observed output, chosen for where it writes the host of a record: Heka's
// LogOutput with the RstEncoder (a block of `:Key: value` lines, the host in `:Hostname:`, the level
// a syslog digit in `:Severity:`, behind Go's log stamp); Capistrano 2's logger (the level as a run
// of stars, the host in `[out :: host]` and `[host]`); three of Ansible's community stdout callbacks,
// counter_enabled (`ok: 2/3 [host]`), unixy (`  host done | stdout: …`) and selective (`  * host`
// padded into a dashed column); Greenplum's gpssh (`[ mdw]` right-aligned beside `[sdw1]`); Salt's
// rawfile_json event returner (the minion in data.id, the time in `_stamp`); Filebeat 7's debug
// `Publish event:` record (the event's indented JSON over many lines, its host in host.name).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`fabric`, `] out:`, `] run:`, `teleport`, `tsh ssh`, `pssh`,
// `parallel-ssh`, `telegraf`, `host=web`, `PUTVAL`, `collectd`, `rubydebug`, `"host" =>`,
// `pacemaker`, `RSYSLOG_DebugFormat`, `HOSTNAME: '`, `rundeck`, `capistrano`, `sshkit`, `[out ::`,
// `kamal`, `gnu parallel`, `--tag`, `nagios`, `SERVICE ALERT`, `mcollective`, `ansible`, `logcli`,
// `{host="`, `fluentd`, `swarm`, `service logs`, `salt`, `salt-ssh`, `salt-call`, `rawfile`, `_stamp`,
// `clush`, `clustershell`, `pdsh`, `dshbak`, `xdsh`, `knife`, `chef`, `bolt`, `Finished on`,
// `sensu`, `graylog`, `gelf`, `logstash`, `vector`, `filebeat`, `Publish event`, `fluent-bit`,
// `wevtutil`, `Computer:`, `UPID:`, `proxmox`, `pvesh`, `wazuh`, `ossec`, `talosctl`, `hubble`,
// `print-node-name`, `lxc monitor`, `juju`, `buildkite`, `certname`, `puppetdb`, `falco`,
// `MSWinEventLog`, `snare`, `kiwi`, `sourcetype`, `datadog`, `log_plays`, `==> /var`, `opentsdb`,
// `LogType:`, `kubectl get events`, `corosync`, `vagrant`, `psexec`, `munin`, `cacti`, `ns_1@`,
// `couchdb@`, `-[INFO]:-`, `gpstart`, `gpssh`, `[sdw`, `sdw1`, `greenplum`, `hazelcast`,
// `HOSTNAME:`, `db2diag`, `qacct`, `|worker|`, `gridengine`, `vertica`, `unixy`, `counter_enabled`,
// `ok: 1/`, `selective`, `tentakel`, `mpssh`, `orgalorg`, `deployer`, `riemann`, `:host "`, `heka`,
// `:Hostname:`, `RstEncoder`, `flume`, `LoggerSink`, `zabbix`, `itemid`, `host.name: Str`,
// `ResourceLog #`, `nxlog`, `checkmk`, `NCCL INFO`, `xymon`, `status.dat`, `promtail`, `loki.echo`).
// No table holds Heka's RstEncoder, Capistrano 2's logger, the counter_enabled, unixy or selective
// callbacks, gpssh, the rawfile_json returner or Filebeat's Publish event record. Heka is in fresh144
// only as the name of an rsyslog decoder in Mozilla's lua_sandbox tests; Capistrano is in fresh179
// and fresh180 as Capistrano 3's SSHKit formatters; Greenplum is in fresh186 and others as its
// utilities' logs (`gpstart:mdw:gpadmin-[INFO]:-`), never gpssh's output; Salt is in fresh53,
// fresh180, fresh288 and others (its CLI outputs, salt-call, the job cache), never the events file;
// Filebeat is in several tables as its own start-up and monitoring lines, never a published event;
// Ansible is in many (ad-hoc, default playbook output, the jsonl callback, ARA), never these three
// callbacks. Left out as measured already: Fabric 1's `[host] out:`, pssh, pdsh and clush, Teleport
// (left out of fresh220 for want of a layout), Vagrant, Riemann (fresh47), Flume's LoggerSink
// (fresh363), the OpenTelemetry collector's debug exporter (fresh79), NCCL (fresh10), Couchbase's
// ns_1@ (fresh6), Grid Engine's messages file and qacct. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Heka's print stamp `2026/11/29 07:41:17` (no zone) and the message's
// `:Timestamp:` (Go's time.String() in UTC) are both the record's time, either accepted; the
// Capistrano task line's `2026-11-29 07:41:16` has no zone and is taken as UTC; Salt's `_stamp` has
// no zone and is UTC, and minion_start's ctime inside the data is the same moment, either accepted;
// a Filebeat Publish event record carries the log line's time and the event's @timestamp, either
// accepted. Ansible's callbacks and gpssh write no time; Salt's 20-digit jid and Filebeat's offset
// are no times. Levels only where the line marks one: Heka's `:Severity:` digit (7 Debug, 6 Info,
// 3 Error), Capistrano's stars (`  *` DEBUG, ` **` INFO; its TRACE lines carry no mark and give
// none), Filebeat's level column. Ansible's ok, changed, failed, fatal, FAILED!!! and UNREACHABLE!,
// and Salt's success:false and retcode, are results, not levels. The host is the record's host:
// Heka's `:Hostname:`, Capistrano's `[out :: host]` and `[host]`, the bracketed host of
// counter_enabled (not the `-> delegate`), unixy's first word, selective's `* host` column, the
// recap lines' host, gpssh's bracket without its padding, Salt's data.id, Filebeat's host.name. A
// banner, a task line, a play line naming a group, Capistrano's servers: list and Salt's job-new
// event (several minions) have no host. A record that spans lines is one entry: a Heka block from
// its stamp line to its blank line, selective's failed host line with its message under it, the
// Filebeat debug line with its JSON event.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit beb3417 before any rule for it: level 65.9 %, time 67.4 %, host 35.2 %, records 64.3 %.
// That is the macro figure (micro: level 62.1 %, time 65.2 %, host 34.8 %, records 56.1 %), in a
// worktree at beb3417 with no change to trawl's code (only this file and table_test.go's list), 0 of
// 8 families fully right; the gaps are the Heka block (its lines not joined, so no host or level,
// and a level from a message word), Capistrano 2's stars and its indented lines joined to the task
// line, the host of counter_enabled's `[host]` after a counter and its fatal read as Critical,
// unixy's and selective's result lines joined to their task lines and their hosts unread, gpssh's
// bracketed host, Salt's `_stamp` and data.id, and Filebeat's host.name inside the published event.

var fresh378Cases = []worldCase{
	{
		name:   "heka-logoutput-rstencoder-blocks",
		gap:    "trawl ends the record at the bare `2026/11/29 07:41:17 ` stamp line: the RstEncoder block's `:Timestamp:`, `:Hostname:`, `:Severity:` … `:Fields:` lines are not joined to it, so `:Hostname:` is not read as the host nor `:Severity: N` as the level; and hekad's own `Plugin 'TcpInput' error: …` line is given Error from a word of its message",
		source: "Mozilla Heka 0.10's LogOutput with the RstEncoder (plugins/log_output.go: `log.Print` of the encoded bytes, so Go's `yyyy/MM/dd HH:mm:ss ` stamp and a newline before them; plugins/rst_encoder.go: `:Timestamp:` as Go's time.String() in UTC, `:Type:`, `:Hostname:`, `:Pid:`, `:Uuid:`, `:Logger:`, `:Payload:`, `:EnvVersion:`, `:Severity:` as a number, `:Fields:` with `    | name:\"…\" value_type:…` lines, a blank line at the end), hekad's own Go log lines between: mozilla-services/heka plugins/rst_encoder.go, plugins/log_output.go, PR #1005; issue #517 (severity numbers are RFC 5424's)",
		why:    "one message is a block of `:Key: value` lines behind an empty-stamped line; `:Hostname:` names the host the message came from; `:Severity:` is a syslog digit; `:Timestamp:` and the stamp of the print are the record's time; `:Pid: 0` and value_integer are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:09Z", Unknown, "", "2026/11/29 07:41:09 Input started: TcpInput"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:16.204118Z", Debug, "web-07.example.net",
				"2026/11/29 07:41:17 ",
				":Timestamp: 2026-11-29 07:41:16.204118 +0000 UTC",
				":Type: logfile",
				":Hostname: web-07.example.net",
				":Pid: 0",
				":Uuid: 3f0c9a1e-5b7d-4c2e-a8f1-6d0e2b9c7a14",
				":Logger: app_worker",
				":Payload: worker 3 drained queue mail-out (412 messages)",
				":EnvVersion: ",
				":Severity: 7",
				":Fields:",
				`    | name:"queue" value_string:"mail-out"`,
				"    | name:\"drained\" value_integer:412",
				""),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:17.880431Z", Error, "db-02.example.net",
				"2026/11/29 07:41:18 ",
				":Timestamp: 2026-11-29 07:41:17.880431 +0000 UTC",
				":Type: syslog",
				":Hostname: db-02.example.net",
				":Pid: 2214",
				":Uuid: 8b21e4c0-7f3a-4d95-b0c6-1e9a5f2d3c87",
				":Logger: rsyslog",
				":Payload: could not receive data from client: Connection reset by peer",
				":EnvVersion: ",
				":Severity: 3",
				":Fields:",
				`    | name:"programname" value_string:"postgres"`,
				`    | name:"syslogfacility" value_integer:3`,
				""),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:20.5Z", Info, "web-09.example.net",
				"2026/11/29 07:41:21 ",
				":Timestamp: 2026-11-29 07:41:20.5 +0000 UTC",
				":Type: heartbeat",
				":Hostname: web-09.example.net",
				":Pid: 3120",
				":Uuid: c4d7a902-2e3f-4b58-9a1c-6e0d8f2b4a15",
				":Logger: hekad",
				":Payload: alive",
				":EnvVersion: ",
				":Severity: 6",
				""),
			we("2026-11-29T07:41:24Z", Unknown, "", "2026/11/29 07:41:24 Plugin 'TcpInput' error: read tcp 10.8.0.4:5565->10.8.0.19:40122: connection reset by peer"),
		},
	},
	{
		name:   "capistrano2-logger-stars-out-prefix",
		gap:    "trawl reads no level from Capistrano's stars (`  *` DEBUG, ` **` INFO), joins every indented line under a timed `  * … executing `task'` line to it (the `  * executing`, `servers:`, `[host] executing command`, ` ** [out :: host]` and `command finished` lines), and reads no host from `[out :: host]` or `[host]`",
		source: "Capistrano 2.15's logger on a terminal (lib/capistrano/logger.rb: the level as a right-aligned run of stars, `***` IMPORTANT, ` **` INFO, `  *` DEBUG, three spaces for TRACE, a `[prefix]` before the message; the `executing `task'` formatter puts `Time.now.strftime('%Y-%m-%d %T')` in front on a TTY; command output as ` ** [out :: host] line`, `    [host] executing command`, `    servers: [...]`, `    command finished in Nms`): capistrano/capistrano lib/capistrano/logger.rb; issue #1406 and PR #213 (pasted runs)",
		why:    "the stars are Capistrano's level (DEBUG one, INFO two); the TRACE lines carry no mark; a local time without zone only on task lines; the host in `[out :: host]` and `[host]`; the servers: list names several hosts and is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "  * 2026-11-29 07:41:16 executing `deploy:restart'"),
			we("", Debug, "", `  * executing "sudo -p 'sudo password: ' systemctl restart unicorn-shop"`),
			we("", Unknown, "", `    servers: ["app-01.shop.example", "app-02.shop.example"]`),
			we("", Unknown, "app-01.shop.example", "    [app-01.shop.example] executing command"),
			we("", Unknown, "app-02.shop.example", "    [app-02.shop.example] executing command"),
			we("", Info, "app-02.shop.example", " ** [out :: app-02.shop.example] unicorn-shop: master process 4120 re-executed"),
			we("", Info, "app-01.shop.example", " ** [out :: app-01.shop.example] unicorn-shop: master process 3318 re-executed"),
			we("", Unknown, "", "    command finished in 1412ms"),
			we("2026-11-29T07:41:19Z", Debug, "", "  * 2026-11-29 07:41:19 executing `deploy:cleanup'"),
		},
	},
	{
		name:   "ansible-counter-enabled-host-counters",
		gap:    "trawl reads no host from the bracket after a counter (`ok: 2/3 [web-02]`, `changed: 1/3 [web-01]`, `fatal: 3/3 [web-03]:`) nor from the recap's `host   : ok=…` lines, and reads the task result `fatal:` as Critical",
		source: "Ansible with `stdout_callback = community.general.counter_enabled` (plugins/callback/counter_enabled.py: banners `TASK n/N [name]` padded with stars, results `ok: i/N [host]`, `changed: i/N [host]`, `ok: i/N [host -> delegate]`, `fatal: i/N [host]: UNREACHABLE! => {…}`, the recap `%-26s : ok=…` with colorize's `%s=%-4s`), no colour (not a TTY), 79 columns: ansible-collections/community.general plugins/callback/counter_enabled.py; alikins/ansible_collections README",
		why:    "the host in brackets after a counter `2/3`, the counter no time; `-> delegate` names the delegate, not the host; fatal, ok and changed are results, not levels; banners and blank lines carry no host",
		entries: []worldEntry{
			wskip(""),
			we("", Unknown, "", "PLAY [webservers] **************************************************************"),
			wskip(""),
			we("", Unknown, "", "TASK 1/3 [Gathering Facts] *****************************************************"),
			we("", Unknown, "web-01", "ok: 1/3 [web-01]"),
			we("", Unknown, "web-02", "ok: 2/3 [web-02]"),
			we("", Unknown, "web-03", `fatal: 3/3 [web-03]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: ssh: connect to host 10.30.4.13 port 22: Connection timed out", "unreachable": true}`),
			wskip(""),
			we("", Unknown, "", "TASK 2/3 [Install nginx] *******************************************************"),
			we("", Unknown, "web-01", "changed: 1/3 [web-01]"),
			we("", Unknown, "web-02", "ok: 2/3 [web-02 -> repo-cache-01]"),
			wskip(""),
			we("", Unknown, "", "PLAY RECAP *********************************************************************"),
			we("", Unknown, "web-01", "web-01                     : ok=3    changed=1    unreachable=0    failed=0    rescued=0    ignored=0   "),
			we("", Unknown, "web-03", "web-03                     : ok=0    changed=0    unreachable=1    failed=0    rescued=0    ignored=0   "),
		},
	},
	{
		name:   "ansible-unixy-host-first-results",
		gap:    "trawl joins each indented `  host ok|done|failed …` result line to the task line above it (`Gathering Facts...`, `Install nginx...`, `… (via handler)... `) and the recap lines to `- Play recap -`, so no result is a record of its own and no host is read from its first word",
		source: "Ansible with `stdout_callback = community.general.unixy` (plugins/callback/unixy.py: `Executing playbook f`, `- play on hosts: h -`, `task...`, each result indented two spaces as `host ok|done|failed|skipped|unreachable` with ` | msg: …`, ` | stdout: …`, ` | stderr: …` appended, `handler (via handler)... `, the recap `  %-26s : ok=…`): ansible-collections/community.general plugins/callback/unixy.py",
		why:    "the host is the first word of an indented result line; done and failed are results, not levels; the play line names an inventory group, no host; a task line has none",
		entries: []worldEntry{
			we("", Unknown, "", "Executing playbook site.yml"),
			wskip(""),
			we("", Unknown, "", "- Deploy web tier on hosts: webservers -"),
			we("", Unknown, "", "Gathering Facts..."),
			we("", Unknown, "web-01", "  web-01 ok"),
			we("", Unknown, "web-02", "  web-02 ok"),
			we("", Unknown, "", "Install nginx..."),
			we("", Unknown, "web-01", "  web-01 done"),
			we("", Unknown, "web-02", "  web-02 failed | msg: No package matching 'nginx-extras' is available"),
			we("", Unknown, "", "Check nginx config..."),
			we("", Unknown, "web-01", "  web-01 done | stderr: nginx: the configuration file /etc/nginx/nginx.conf syntax is ok"),
			we("", Unknown, "", "restart nginx (via handler)... "),
			we("", Unknown, "web-01", "  web-01 done"),
			wskip(""),
			we("", Unknown, "", "- Play recap -"),
			we("", Unknown, "web-01", "  web-01                     : ok=4    changed=2    unreachable=0    failed=0    rescued=0    ignored=0   "),
			we("", Unknown, "web-02", "  web-02                     : ok=2    changed=0    unreachable=0    failed=1    rescued=0    ignored=0   "),
		},
	},
	{
		name:   "ansible-selective-star-host-columns",
		gap:    "trawl joins the `  * host   - changed=… ----` lines (and a failed one's indented message) to the `# task ****` banner above them, and reads no host from the STATS lines `host    : ok=n\\tchanged=n…`",
		source: "Ansible with `stdout_callback = community.general.selective` and nocolor (plugins/callback/selective.py: only print_action-tagged or failed tasks, the others one `.` each with no newline, `# task ****` to 120 columns, `  * host` padded to 40 then `- changed=X -- msg` and dashes, or `- FAILED!!!` with a long msg on indented lines below, `# STATS` with `host    : ok=n\\tchanged=n\\t…` lines): ansible-collections/community.general plugins/callback/selective.py",
		why:    "the host after `  * ` in a dashed column line; FAILED!!! is a result, not a level; a long message on the indented lines under it belongs to it; the dots of skipped tasks carry nothing",
		entries: []worldEntry{
			we("", Unknown, "", ".."),
			we("", Unknown, "", "# Render nginx site config ************************************************************************************************"),
			we("", Unknown, "web-01", "  * web-01                                  - changed=True --  -------------------------------------------------------------------"),
			we("", Unknown, "web-02", "  * web-02                                  - changed=False --  ------------------------------------------------------------------"),
			we("", Unknown, "", "..."),
			we("", Unknown, "", "# Reload nginx ************************************************************************************************************"),
			we("", Unknown, "web-02",
				"  * web-02                                  - FAILED!!! -----------------------------------------------------------------",
				"    Unable to reload service nginx: Job for nginx.service failed because the control process exited with error code."),
			wskip(""),
			we("", Unknown, "", "# STATS *******************************************************************************************************************"),
			we("", Unknown, "web-01", "web-01    : ok=5\tchanged=2\tfailed=0\tunreachable=0\trescued=0\tignored=0"),
			we("", Unknown, "web-02", "web-02    : ok=4\tchanged=0\tfailed=1\tunreachable=0\trescued=0\tignored=0"),
		},
	},
	{
		name:   "greenplum-gpssh-padded-bracket-hosts",
		gap:    "trawl reads no host from gpssh's bracketed prefix, neither `[sdw1] ` nor the padded `[ mdw] `",
		source: "Greenplum's gpssh with `-f hostfile -e 'cmd'` (each host echoes the command and prefixes each output line with `[host] `, the names right-aligned to the longest inside the brackets, `[ mdw]` beside `[sdw1]`): gpssh pastes in public Greenplum install notes (find_string `[sdw2] `: `[sdw1] date`, `[ mdw] date`, `[sdw2] mkdir -p ~/data/primary`); gpssh -e from memory",
		why:    "the host is the bracketed prefix, padded with a leading space; the command's output (a df table) carries no time and no level",
		entries: []worldEntry{
			we("", Unknown, "sdw1", "[sdw1] df -h /data"),
			we("", Unknown, "sdw1", "[sdw1] Filesystem      Size  Used Avail Use% Mounted on"),
			we("", Unknown, "sdw1", "[sdw1] /dev/sdb1       3.5T  2.2T  1.3T  63% /data"),
			we("", Unknown, "mdw", "[ mdw] df -h /data"),
			we("", Unknown, "mdw", "[ mdw] Filesystem      Size  Used Avail Use% Mounted on"),
			we("", Unknown, "mdw", "[ mdw] /dev/sdb1       1.8T  412G  1.4T  23% /data"),
			we("", Unknown, "sdw2", "[sdw2] df -h /data"),
			we("", Unknown, "sdw2", "[sdw2] df: '/data': No such file or directory"),
		},
	},
	{
		name:   "salt-rawfile-json-event-return",
		gap:    "trawl reads neither `_stamp` (a zone-less ISO time nested in the event's data object) as the time nor data.id as the host of a rawfile_json event line",
		source: "Salt's rawfile_json returner as the master's event_return (salt/returners/rawfile_json.py: one `json.dumps(event)` a line, default /var/log/salt/events; each event `{\"tag\": …, \"data\": {…, \"_stamp\": isoformat UTC without zone}}`, the minion id under data.id on ret, auth and minion_start events, a job's new event with tgt and minions and no id): saltstack/salt salt/returners/rawfile_json.py; the event keys from memory",
		why:    "the host is the minion id in data.id; `_stamp` is the time (no zone: UTC); the 20-digit jid is the job's id, no time; success:false and retcode are no level; a job's new event names several minions and has no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.210447Z", Unknown, "", `{"tag": "salt/job/20261129074116204118/new", "data": {"jid": "20261129074116204118", "tgt_type": "glob", "tgt": "web-*", "user": "sudo_ops", "fun": "state.apply", "arg": ["nginx"], "minions": ["web-01", "web-02"], "missing": [], "_stamp": "2026-11-29T07:41:16.210447"}}`),
			we("2026-11-29T07:41:38.904112Z", Unknown, "web-01", `{"tag": "salt/job/20261129074116204118/ret/web-01", "data": {"cmd": "_return", "id": "web-01", "success": true, "return": {"pkg_|-nginx_|-nginx_|-installed": {"result": true, "changes": {}, "comment": "All specified packages are already installed", "duration": 41.2}}, "retcode": 0, "jid": "20261129074116204118", "fun": "state.apply", "fun_args": ["nginx"], "out": "highstate", "_stamp": "2026-11-29T07:41:38.904112"}}`),
			we("2026-11-29T07:41:40.117356Z", Unknown, "web-02", `{"tag": "salt/job/20261129074116204118/ret/web-02", "data": {"cmd": "_return", "id": "web-02", "success": false, "return": {"service_|-nginx_|-nginx_|-running": {"result": false, "changes": {}, "comment": "Job for nginx.service failed because the control process exited with error code.", "duration": 512.7}}, "retcode": 2, "jid": "20261129074116204118", "fun": "state.apply", "fun_args": ["nginx"], "out": "highstate", "_stamp": "2026-11-29T07:41:40.117356"}}`),
			we("2026-11-29T07:42:01.002841Z", Unknown, "web-05", `{"tag": "salt/auth", "data": {"result": true, "act": "pend", "id": "web-05", "pub": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAr7Qk\n-----END PUBLIC KEY-----", "_stamp": "2026-11-29T07:42:01.002841"}}`),
			we("2026-11-29T07:42:03.517208Z|2026-11-29T07:42:03Z", Unknown, "web-05", `{"tag": "minion_start", "data": {"data": "Minion web-05 started at Sun Nov 29 07:42:03 2026", "id": "web-05", "cmd": "_minion_event", "pretag": null, "tag": "minion_start", "_stamp": "2026-11-29T07:42:03.517208"}}`),
		},
	},
	{
		name:   "filebeat7-debug-publish-event-host-name",
		gap:    "trawl reads the level, the time and the whole multi-line record, but no host: `\"name\": \"web-04\"` inside the JSON event's `host` object, on the lines after `Publish event: {`, is not read as the host",
		source: "Filebeat 7.17 run with `-e -d publish` (libbeat's console logger: `ISO8601 time\\tLEVEL\\t[selector]\\tfile.go:line\\tmsg`, the processors' `Publish event: ` followed by the event as indented JSON over many lines, its host in host.name and agent.hostname): elastic/elastic-agent issues #2033 and #1955 (the same Publish event message in 8.x's JSON); the 7.x text layout from memory",
		why:    "a DEBUG record whose message is a multi-line JSON event: its host.name is the host, its @timestamp the event's own time beside the log line's; the offset and version are no times; other records of Filebeat's own carry no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.498Z", Debug, "", "2026-11-29T07:41:16.498Z\tDEBUG\t[harvester]\tlog/log.go:107\tEnd of file reached: /var/log/app/worker.log; Backoff now."),
			we("2026-11-29T07:41:16.512Z|2026-11-29T07:41:15.871Z", Debug, "web-04",
				"2026-11-29T07:41:16.512Z\tDEBUG\t[processors]\tprocessing/processors.go:203\tPublish event: {",
				`  "@timestamp": "2026-11-29T07:41:15.871Z",`,
				`  "@metadata": {`,
				`    "beat": "filebeat",`,
				`    "type": "_doc",`,
				`    "version": "7.17.25"`,
				`  },`,
				`  "log": {`,
				`    "offset": 48211,`,
				`    "file": {`,
				`      "path": "/var/log/app/worker.log"`,
				`    }`,
				`  },`,
				`  "message": "payment worker 4 picked batch 7731 (12 items)",`,
				`  "input": {`,
				`    "type": "log"`,
				`  },`,
				`  "host": {`,
				`    "name": "web-04"`,
				`  },`,
				`  "agent": {`,
				`    "type": "filebeat",`,
				`    "version": "7.17.25",`,
				`    "hostname": "web-04",`,
				`    "ephemeral_id": "5e2d8c41-0a7f-4b93-9c16-3d8e7f0a2b54",`,
				`    "id": "b9f1c0e2-6a3d-4f85-8e27-1c4b9d0e3a76",`,
				`    "name": "web-04"`,
				`  },`,
				`  "ecs": {`,
				`    "version": "1.12.0"`,
				`  }`,
				`}`),
			we("2026-11-29T07:41:46.004Z", Info, "", "2026-11-29T07:41:46.004Z\tINFO\t[monitoring]\tlog/log.go:184\tNon-zero metrics in the last 30s\t{\"monitoring\": {\"metrics\": {\"filebeat\": {\"events\": {\"added\": 12, \"done\": 12}}, \"libbeat\": {\"output\": {\"events\": {\"acked\": 12, \"batches\": 1, \"total\": 12}}}}}}"),
		},
	},
}

func TestFresh378Formats(t *testing.T) { assertTable(t, fresh378Cases) }
func TestFresh378Score(t *testing.T) {
	checkScore(t, "fresh378 formats", fresh378Cases, [worldNumFields]float64{65.8, 67.3, 35.1, 64.2})
}
