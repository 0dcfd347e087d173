package parse

import "testing"

// The hundred-and-eightieth fresh table, written on 2026-12-05: where real logs put the name of
// the machine that wrote or sent a line, and where a name-like word in that place is not one. Each
// family is one product's default or documented layout, chosen for the place of its host rather
// than for its time or level: the prefix of a parallel shell or a remote runner (ClusterShell's
// `node: line` and its own `clush: node:` lines, parallel-ssh's -P prefix and its -i blocks,
// Fabric 1's `[host] out:`, Ansible's ad-hoc `host | CHANGED | rc=0 >>` and its one-line -o form,
// knife ssh's padded host column, GNU parallel's --tag with --nonall, the Salt master's event bus
// whose tags name a minion); keys of shippers and services (Heartbeat 7's agent.hostname and
// observer.hostname beside a monitored url.domain, Metricbeat 7's host.name beside a configured
// agent.name and a service.address, Datadog's log archives' host beside a browser log's
// url_details.host, Google Cloud Logging's compute.googleapis.com/resource_name label beside a
// Cloud Run service, the OpenTelemetry Collector's resource attribute host.name, Monolog 1's
// Logstash @source beside @source_host, evtx_dump's Computer beside a WorkstationName, NXLog's
// Hostname beside MessageSourceAddress, the Kubernetes event exporter's source.host, Logstash 8's
// syslog input with host.hostname and host.ip); and words in the host's place that are no host
// (srun's task labels, kubetail's pod names in brackets, concurrently's and lerna's process and
// package prefixes, MHA's server list, Docker's event actors, Zeek's software.log host that names
// an observed machine).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`clush`, `pssh`, `[SUCCESS]`, `] out:`, `| CHANGED`, `| rc=`, `knife ssh`, `salt/job`,
// `srun -l`, `kubetail`, `concurrently`, `lerna`, `"observer":{`, `agent.hostname`, `"ddtags"`,
// `compute.googleapis.com`, `"key":"host.name"`, `LogstashFormatter`, `monolog_level`,
// `#attributes`, `MessageSourceAddress`, `"involvedObject"`, `"host":{"ip"`, `masterha`,
// `timeNano`, `software_type`, `parallel --tag`), and these were left out because a table already
// measures them in that shape: pdsh's prefix (fresh131), Ansible's log_path and profile_tasks and
// Capistrano's SSHKit (fresh53, fresh179), GELF from Docker and Spring Boot, ECS host.name from
// Filebeat and Winlogbeat 8, Winlogbeat 6's beat.hostname, NXLog's Windows JSON, Splunk HEC,
// Vector's and syslog-ng's host keys, journald's _HOSTNAME in every JSON mode, Wazuh's agent.name,
// osquery's hostIdentifier, Falco, Tetragon, Dovecot's event exporter, logcli's host label, the
// OpenTelemetry Collector's file exporter behind its syslog receiver (fresh67: an empty resource)
// and its debug exporter (fresh79), Serilog's CLEF, CEF's dvchost=, FortiGate's devname=,
// device_name=, rsyslog's %FROMHOST% templates and relays, syslog headers with IPv4, IPv6,
// underscores and domains, Open MPI's and Hydra's bracketed node prefixes, Docker Swarm's
// task@node, `kubectl get events`, `kubectl logs --prefix`, stern, Heroku's and Dokku's
// `app[web.1]:` (one shape), foreman, honcho and pm2 columns, Turborepo's package:task prefix and
// `docker events` in its text form.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC), a zone-less time read as UTC, an offset converted, a time of day without a
// date on the clock's day (parallel-ssh's status lines, Vite's `7:41:17 AM`), epoch seconds,
// milliseconds and nanoseconds read as such; "a|b" where a line carries two versions of its own
// time (an event's eventTime or lastTimestamp and firstTimestamp, a relay's received time beside
// the event's, Docker's time and timeNano, OTLP's time and observed time, a syslog header inside a
// collector's record). Levels only where the line writes one: a level word or bracket of the
// remote line behind a prefix, npmlog's `lerna notice`, `info`, `WARN`, `ERR!`, pino's numbers,
// Monolog's numbers (100 Debug, 200 Info, 250 Notice, 300 Warning, 400 Error), Datadog's status,
// Cloud Logging's severity (DEFAULT none), OTLP's severityText, Windows' numeric Level (0 none, 2
// error, 3 warning, 4 information), NXLog's Severity, Logstash's log.syslog.severity.name,
// Kubernetes' event type (Normal Info, Warning Warn), knife's and GNU parallel's `WARNING:` and
// `Warning:`, srun's `error:`; none for SUCCESS, FAILURE, CHANGED, FAILED, UNREACHABLE, a monitor's
// up or down or an exit code. The host is the machine that wrote or sent the record: the node whose
// output a parallel shell prefixes (also a whole block under Ansible's or parallel-ssh's header
// when the block is that machine's output), the minion that sent a Salt event, the collector's
// host key, the agent's hostname; never the target named in a tool's own status line (clush's
// exit code, parallel-ssh's -P status, Fabric's `run:`, `Executing task` and `Disconnecting from`,
// Ansible's UNREACHABLE, knife's and srun's errors), a pod, container, service, revision, package,
// task label, Docker actor, a monitored URL, a service address, an HTTP server name, a workstation
// or a client address. A Java stack trace is one record with its line above it also when each of
// its lines repeats kubetail's prefix; a command's output under Ansible's and parallel-ssh's
// headers belongs to the header; MHA's replication tree belongs to the empty info line above it;
// every other line is a record of its own.
//
// The shapes come from the issue threads, documentation and sources each case names, found with
// the search tool (corpora "issues", "docs" and "code"); hosts, ids, addresses and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score. The table is a
// measurement, never to be tuned on: no parser rule is to be written from it, or it stops being one.
//
// Its first figure, scored at commit 22c09b1 before any rule was written from it, in the working
// tree (git status showed no file modified but this one and table_test.go's list): level 75.0 %,
// time 79.9 %, host 53.9 %, records 80.8 % (macro), 7 of 26 families fully right.
// TestRepeatedLinesReadAlike rejected the first version of the Lerna family, whose first line
// `lerna notice cli v4.0.0` was read with no level on the first pass and as Notice on later ones;
// the global lerna's real first line `info cli using local version of lerna` was put before it and
// no expectation changed (with the first version, 122 records scored 75.3 / 79.9 / 53.9 / 80.8).
// The host figure is low because the prefixes of the parallel shells and the hosts of five JSON
// layouts are not read; one host is misread, Zeek's observed machines in software.log's host key,
// and one level, parallel-ssh's `[FAILURE]` read as Error.
//
// go test ./parse -run Fresh180 -v

var fresh180Cases = []worldCase{
	// Parallel shells and remote runners: a prefix names the node whose output follows.
	{
		name:   "clush-node-prefixed-output",
		gap:    "clush's `node: ` prefix is not read as the host on a line without a date of its own (`cn004: ssh: …`), and the untimed lines after the timed ones (`cn004: ssh: …`, `clush: cn004: exited with exit code 255`) are joined to the line before as continuation lines",
		source: "ClusterShell's clush without -b (each remote line as `node: line`; clush's own `clush: node: exited with exit code N` on stderr), running `tail -n1` on slurmd's log (`[ISO time] error: …`, `debug:  …`): clustershell/clustershell issues #117 and #224; Slurm's slurmd log as earlier tables read it; from memory of real lines",
		why:    "each remote line keeps its node before a colon, then slurmd's bracketed time and its error: or debug: word; ssh's error for a node is that node's line; clush's own exit line names the node it ran on, not the machine that wrote it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "cn001", "cn001: [2026-11-29T07:41:16.204] launch task StepId=88412.0 request from UID:1001 GID:1001 HOST:10.20.0.2 PORT:41207"),
			we("2026-11-29T07:41:17.511Z", Error, "cn002", "cn002: [2026-11-29T07:41:17.511] error: Unable to register: Unable to contact slurm controller (connect failure)"),
			we("2026-11-29T07:41:18.002Z", Debug, "cn003", "cn003: [2026-11-29T07:41:18.002] debug:  _handle_node_reg_resp: slurmctld sent back 11 TRES."),
			we("", Unknown, "cn004", "cn004: ssh: connect to host cn004 port 22: No route to host"),
			we("", Unknown, "", "clush: cn004: exited with exit code 255"),
		},
	},
	{
		name:   "parallel-ssh-print-mode",
		gap:    "parallel-ssh's status lines `[n] HH:MM:SS [SUCCESS|FAILURE] host` are joined to the prefixed line before them instead of being records with their time of day",
		source: "parallel-ssh (pssh) with -P (each line of a host's output as `host: line` as it arrives, then pssh's status line `[n] HH:MM:SS [SUCCESS|FAILURE] host [Exited with error code N]` when the host is done), running `tail -n1` on nginx's error log: lilydjwg/pssh issues #102 and #65 (status lines), robinbowes/pssh issue #2 (-P prefixes); nginx docs 'error_log'; from memory of real lines",
		why:    "a prefixed line is the remote nginx line with its own slashed time and bracketed level; pssh's status line has only a time of day and names the host it ran on, which is no writer's name",
		entries: []worldEntry{
			we("2026-11-29T07:41:14Z", Error, "web-01", `web-01: 2026/11/29 07:41:14 [error] 812#812: *41207 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.20.0.7, server: shop.example.test, request: "GET /cart HTTP/1.1", upstream: "http://127.0.0.1:8080/cart", host: "shop.example.test"`),
			we("2026-11-29T07:41:16Z", Unknown, "", "[1] 07:41:16 [SUCCESS] web-01"),
			we("2026-11-29T07:41:15Z", Warn, "web-02", `web-02: 2026/11/29 07:41:15 [warn] 790#790: *9121 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/4/12/0000004124 while reading upstream, client: 10.20.0.8, server: shop.example.test, request: "GET /export.csv HTTP/1.1"`),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2] 07:41:16 [SUCCESS] web-02"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[3] 07:41:17 [FAILURE] web-03 Exited with error code 255"),
		},
	},
	{
		name:   "parallel-ssh-inline-mode",
		gap:    "a status line's time of day (`[1] 07:41:16 [SUCCESS] db-01`) is not read, the host after [SUCCESS] or [FAILURE] is not read for its block, the output line under it (`active`) is made a record of its own, and `[FAILURE]` is read as an Error level",
		source: "parallel-ssh (pssh) with -i (each host's status line `[n] HH:MM:SS [SUCCESS|FAILURE] host …` followed by that host's whole stdout, unprefixed), running `systemctl is-active postgresql@16-main`: lilydjwg/pssh issues #102 and #65; pssh(1) --inline; from memory of real lines",
		why:    "the status line heads the block of its host's output, so the block is that host's record with the status line's time of day; a host that timed out has no output and its status line no writer's name",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "db-01", "[1] 07:41:16 [SUCCESS] db-01", "active"),
			we("2026-11-29T07:41:16Z", Unknown, "db-02", "[2] 07:41:16 [FAILURE] db-02 Exited with error code 3", "inactive"),
			we("2026-11-29T07:41:17Z", Unknown, "db-05", "[3] 07:41:17 [SUCCESS] db-05", "active"),
			we("2026-11-29T07:41:19Z", Unknown, "", "[4] 07:41:19 [FAILURE] db-03 Timed out, Killed by signal 9"),
		},
	},
	{
		name:   "fabric1-run-output",
		gap:    "Fabric's `[host] out:` line without a date of its own (the empty one) gets no host, and its `Done.` and `Disconnecting from web-01... done.` after a timed out: line are joined to it",
		source: "Fabric 1.x's default output running a task on two hosts (`[host] Executing task 'name'`, `[host] run: command`, each line of the remote stdout as `[host] out: line`, then `Done.` and `Disconnecting from host... done.`): fabric/fabric issues #384 and #568 (pasted output); from memory of real lines",
		why:    "only the out: lines are the remote machine's output: their host is the bracket's, their time and level the remote nginx line's; the Executing, run:, Done and Disconnecting lines are Fabric's own and name the target of its SSH command",
		entries: []worldEntry{
			we("", Unknown, "", "[web-01] Executing task 'nginx_errors'"),
			we("", Unknown, "", "[web-01] run: tail -n1 /var/log/nginx/error.log"),
			we("2026-11-29T07:41:16Z", Error, "web-01", `[web-01] out: 2026/11/29 07:41:16 [error] 812#812: *41208 connect() failed (111: Connection refused) while connecting to upstream, client: 10.20.0.7, server: shop.example.test, request: "POST /api/orders HTTP/1.1", upstream: "http://127.0.0.1:8080/api/orders"`),
			we("", Unknown, "web-01", "[web-01] out: "),
			we("", Unknown, "", "[web-02] Executing task 'nginx_errors'"),
			we("2026-11-29T07:41:17Z", Critical, "web-02", "[web-02] out: 2026/11/29 07:41:17 [crit] 790#790: *9122 SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: 10.20.0.8, server: 0.0.0.0:443"),
			we("", Unknown, "", "Done."),
			we("", Unknown, "", "Disconnecting from web-01... done."),
		},
	},
	{
		name:   "ansible-adhoc-command-output",
		gap:    "the node before ` | CHANGED | rc=0 >>` and ` | FAILED | rc=3 >>` is not read as the host (empty), and the command's output under that header is made a record of its own instead of joining it",
		source: "`ansible web -m command -a 'systemctl is-active shop-worker'` with the default minimal callback (`host | CHANGED | rc=0 >>`, then stdout, stderr and msg run together, then an empty line; `host | UNREACHABLE! => {…}` indented JSON; `[WARNING]: …` of Ansible's own): ansible/ansible PR #72718, geerlingguy/raspberry-pi-dramble issue #153, ansible/ansible-runner PR #514 (pasted output); from memory of real lines (the FAILED block's `non-zero return code` glued to the output)",
		why:    "a result header and the command's output under it are one record whose host is the node that ran the command; UNREACHABLE is Ansible's own report about a node that wrote nothing; the [WARNING] line is Ansible's own; nothing has a time",
		entries: []worldEntry{
			we("", Warn, "", "[WARNING]: Could not match supplied host pattern, ignoring: web-05"),
			we("", Unknown, "web-01", "web-01 | CHANGED | rc=0 >>", "active", ""),
			we("", Unknown, "web-02", "web-02 | FAILED | rc=3 >>", "inactivenon-zero return code", ""),
			we("", Unknown, "", "web-03 | UNREACHABLE! => {",
				`    "changed": false,`,
				`    "msg": "Failed to connect to the host via ssh: ssh: connect to host web-03 port 22: Connection timed out",`,
				`    "unreachable": true`,
				"}"),
			we("", Unknown, "web-04", "web-04 | CHANGED | rc=0 >>", "active", ""),
		},
	},
	{
		name:   "ansible-adhoc-one-line",
		source: "`ansible all -o -m command -a 'cat /etc/debian_version'` (the oneline callback: `host | CAPTION | rc=N | (stdout) … (stderr) …` with newlines escaped, `host | UNREACHABLE!: msg`): ansible/ansible lib/ansible/plugins/callback/oneline.py; from memory of real lines",
		why:    "one line a host: the node's name first, then the result and the command's output on the same line; UNREACHABLE is Ansible's own report; no time, no level",
		entries: []worldEntry{
			we("", Unknown, "web-01", "web-01 | CHANGED | rc=0 | (stdout) 12.8"),
			we("", Unknown, "db-02", "db-02 | CHANGED | rc=0 | (stdout) 12.8"),
			we("", Unknown, "web-02", "web-02 | FAILED | rc=1 | (stdout)  (stderr) cat: /etc/debian_version: No such file or directory"),
			we("", Unknown, "", "web-03 | UNREACHABLE!: Failed to connect to the host via ssh: ssh: connect to host web-03 port 22: Connection timed out"),
		},
	},
	{
		name:   "knife-ssh-chef-client-log",
		gap:    "knife ssh's fqdn column is not read as the host on the longest name's line, with one blank after it",
		source: "`knife ssh 'role:web' 'tail -n1 /var/log/chef/client.log'` (each remote line after the node's fqdn, padded to the longest name; knife's own `WARNING: Failed to connect to host -- …`), the remote lines in Chef Infra Client's log format `[ISO time with offset] LEVEL: msg`: chef/chef issues #6573 and #10763 (pasted output), chef/chef PR #97; from memory of real lines",
		why:    "the padded fqdn before each line is the node whose log line follows, with Chef's bracketed time and level; knife's WARNING names the node it failed to reach, which wrote nothing",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "web-01.example.test", "web-01.example.test        [2026-11-29T07:41:16+00:00] INFO: Chef Infra Client Run complete in 12.412 seconds"),
			we("2026-11-29T07:41:17Z", Error, "db-primary-01.example.test", "db-primary-01.example.test [2026-11-29T07:41:17+00:00] ERROR: Running exception handlers"),
			we("2026-11-29T07:41:18Z", Warn, "web-02.example.test", "web-02.example.test        [2026-11-29T07:41:18+00:00] WARN: Node web-02.example.test has an empty run list."),
			we("", Warn, "", "WARNING: Failed to connect to web-03.example.test -- Errno::ETIMEDOUT: Connection timed out - connect(2) for 10.20.0.23:22"),
		},
	},
	{
		name:   "gnu-parallel-nonall-tag",
		source: "GNU parallel `--tag --nonall -S web-01,web-02,db-02 tail -n1 /var/log/shop/app.log` (with --nonall, --tag prefixes each output line with the sshlogin and a tab; parallel's own `parallel: Warning: …`): GNU parallel man page (--tag, --onall, --nonall); the remote lines in Python logging's `%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s`; from memory of real lines",
		why:    "the sshlogin before the tab is the machine whose log line follows, with the line's comma-millisecond time and level word; parallel's own warning names a machine it could not query",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Error, "web-01", "web-01\t2026-11-29 07:41:16,204 ERROR [worker-3] shop.payments: gateway timeout after 30s for order 88412"),
			we("2026-11-29T07:41:16.998Z", Info, "web-02", "web-02\t2026-11-29 07:41:16,998 INFO [worker-1] shop.payments: batch 4120 settled"),
			we("", Warn, "", "parallel: Warning: Could not figure out number of cpus on web-03 (). Using 1."),
			we("2026-11-29T07:41:17.511Z", Warn, "db-02", "db-02\t2026-11-29 07:41:17,511 WARNING [MainThread] shop.replica: replication lag 41s"),
		},
	},
	{
		name:   "salt-run-state-event",
		gap:    "the zone-less `_stamp` inside the JSON after a tag and a tab gives no time (only minion_start's sentence with its date does), and the minion named by the return's tag and `id` is not read as the host",
		source: "the Salt master's event bus as `salt-run state.event` prints it without pretty (`tag<TAB>json.dumps(data)`: job publications, minion returns `salt/job/<jid>/ret/<minion>`, salt/auth, minion_start, each with a `_stamp` in UTC without a zone): saltstack/salt issues #50193 and #33247; Salt docs 'Salt Event System'; from memory of real lines",
		why:    "a return and a minion_start are sent by the minion their id names; a job publication and an auth event are the master's own, the minion in them only a target; `_stamp` is the record's time, minion_start's sentence carries the same second",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204991Z", Unknown, "", "salt/job/20261129074116204118/new\t"+`{"jid": "20261129074116204118", "tgt_type": "glob", "tgt": "web-*", "user": "root", "fun": "test.ping", "arg": [], "minions": ["web-01", "web-02"], "missing": [], "_stamp": "2026-11-29T07:41:16.204991"}`),
			we("2026-11-29T07:41:16.451207Z", Unknown, "web-01", "salt/job/20261129074116204118/ret/web-01\t"+`{"cmd": "_return", "id": "web-01", "success": true, "return": true, "retcode": 0, "jid": "20261129074116204118", "fun": "test.ping", "fun_args": [], "_stamp": "2026-11-29T07:41:16.451207"}`),
			we("2026-11-29T07:41:16.502118Z", Unknown, "web-02", "salt/job/20261129074116204118/ret/web-02\t"+`{"cmd": "_return", "id": "web-02", "success": true, "return": true, "retcode": 0, "jid": "20261129074116204118", "fun": "test.ping", "fun_args": [], "_stamp": "2026-11-29T07:41:16.502118"}`),
			we("2026-11-29T07:41:17.004112Z", Unknown, "", "salt/auth\t"+`{"result": true, "act": "accept", "id": "web-03", "pub": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0x4f2d1c0e9b3d4c1a8e2f\n-----END PUBLIC KEY-----", "_stamp": "2026-11-29T07:41:17.004112"}`),
			we("2026-11-29T07:41:17.611204Z|2026-11-29T07:41:17Z", Unknown, "web-03", "minion_start\t"+`{"data": "Minion web-03 started at Sun Nov 29 07:41:17 2026", "cmd": "_minion_event", "pretag": null, "tag": "minion_start", "id": "web-03", "_stamp": "2026-11-29T07:41:17.611204"}`),
		},
	},

	// Words in the host's place that name a task, a pod, a process or a package.
	{
		name:   "slurm-srun-label-output",
		source: "`srun -l` (--label: each task's line after its task number and a colon) running an MPI solver whose ranks log with spdlog's default pattern `[%Y-%m-%d %H:%M:%S.%e] [%l] %v`, and srun's own `srun: error: node: task N: …` lines: ComputationalRadiationPhysics/picongpu issue #198 and desihub/desispec issue #2744 (srun's error lines); Slurm srun(1) --label; spdlog README; from memory of real lines",
		why:    "a task number before the colon is no host; srun's errors name the node the task ran on, which did not write them; a rank's spdlog line keeps its time and level behind the label",
		entries: []worldEntry{
			we("", Unknown, "", "0: rank 0 of 4 on cn001: reading /scratch/anna/run41/input.toml"),
			we("2026-11-29T07:41:16.204Z", Info, "", "1: [2026-11-29 07:41:16.204] [info] rank 1 mesh partition 1: 412881 cells"),
			we("2026-11-29T07:41:18.007Z", Error, "", "3: [2026-11-29 07:41:18.007] [error] rank 3: NaN in pressure field at step 4120"),
			we("", Error, "", "srun: error: cn002: task 3: Exited with exit code 1"),
			we("", Unknown, "", "srun: Job step aborted: Waiting up to 32 seconds for job step to finish."),
			we("", Error, "", "srun: error: cn001: tasks 0-1: Terminated"),
		},
	},
	{
		name:   "kubetail-pod-brackets",
		gap:    "Hibernate's untimed `[pod] Hibernate: select …` line after the stack trace is joined to the error's record (the trace itself is joined right)",
		source: "johanhaleby/kubetail with `-k false` into a file (a preview `Will tail N logs...` and the pod names, then each line as `$(tput sgr0)[pod] line $(tput sgr0)` read by `while read line`, which drops a line's leading tab; TERM=xterm-256color, so sgr0 is ESC(B ESC[m), over two pods of a Spring Boot 3.4 app (its default console pattern): johanhaleby/kubetail's kubetail script and issue #29; Spring Boot docs 'Logging'; from memory of real lines",
		why:    "the bracketed pod name after a colour reset is no host; Spring Boot's ISO time and padded level follow it; a stack trace's lines, each with the pod prefix and without their tab, belong to the error above them; Hibernate's SQL line is a record of its own with no time",
		entries: []worldEntry{
			wskip("Will tail 2 logs...", "\x1b(B\x1b[mweb-7d9f8c6b5-x2k4q\x1b(B\x1b[m", "\x1b(B\x1b[mweb-7d9f8c6b5-p5m2c\x1b(B\x1b[m"),
			we("2026-11-29T07:41:16.204Z", Info, "", "\x1b(B\x1b[m"+`[web-7d9f8c6b5-x2k4q] 2026-11-29T07:41:16.204Z  INFO 1 --- [shop] [           main] c.e.shop.ShopApplication                 : Started ShopApplication in 4.12 seconds (process running for 4.9)`+" \x1b(B\x1b[m"),
			we("2026-11-29T07:41:17.511Z", Warn, "", "\x1b(B\x1b[m"+`[web-7d9f8c6b5-p5m2c] 2026-11-29T07:41:17.511Z  WARN 1 --- [shop] [nio-8080-exec-3] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: 08001`+" \x1b(B\x1b[m"),
			we("2026-11-29T07:41:18.002Z", Error, "",
				"\x1b(B\x1b[m"+`[web-7d9f8c6b5-p5m2c] 2026-11-29T07:41:18.002Z ERROR 1 --- [shop] [nio-8080-exec-3] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception`+" \x1b(B\x1b[m",
				"\x1b(B\x1b[m"+`[web-7d9f8c6b5-p5m2c] org.postgresql.util.PSQLException: Connection to db-primary.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.`+" \x1b(B\x1b[m",
				"\x1b(B\x1b[m"+`[web-7d9f8c6b5-p5m2c] at org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346) ~[postgresql-42.7.4.jar!/:42.7.4]`+" \x1b(B\x1b[m"),
			we("", Unknown, "", "\x1b(B\x1b[m"+`[web-7d9f8c6b5-x2k4q] Hibernate: select o1_0.id,o1_0.total from orders o1_0 where o1_0.settled_at is null`+" \x1b(B\x1b[m"),
		},
	},
	{
		name:   "concurrently-named-prefixes",
		gap:    "Vite's `7:41:17 AM` time of day behind `[web] ` is not read (no time)",
		source: "`concurrently -n api,web \"npm:dev:api\" \"npm:dev:web\"` into a file (each line after `[name] `; concurrently's own `[name] command exited with code N`), the api a Fastify server logging pino JSON (level number, epoch milliseconds, pid, hostname) and the web Vite's dev server (`7:41:17 AM [vite] …` from toLocaleTimeString): open-cli-tools/concurrently issue #336 (pasted output); pino docs; from memory of real lines",
		why:    "the bracketed process name is no host; pino's hostname key names the machine that wrote its line, with its epoch milliseconds and level number; Vite's time of day with AM is on the clock's day",
		entries: []worldEntry{
			we("", Unknown, "", "[api] > shop-api@1.4.0 dev:api"),
			we("", Unknown, "", "[web]   VITE v5.4.11  ready in 412 ms"),
			we("2026-11-29T07:41:16.204Z", Info, "dev-laptop-07", `[api] {"level":30,"time":1795938076204,"pid":4120,"hostname":"dev-laptop-07","msg":"Server listening at http://127.0.0.1:3000"}`),
			we("2026-11-29T07:41:17Z", Unknown, "", "[web] 7:41:17 AM [vite] hmr update /src/App.tsx"),
			we("2026-11-29T07:41:18.511Z", Error, "dev-laptop-07", `[api] {"level":50,"time":1795938078511,"pid":4120,"hostname":"dev-laptop-07","err":{"type":"Error","message":"connect ECONNREFUSED 127.0.0.1:5432","stack":"Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)"},"msg":"database unavailable"}`),
			we("", Unknown, "", "[api] npm run dev:api exited with code 1"),
		},
	},
	{
		name:   "lerna4-run-stream",
		gap:    "npmlog's level words give no level on `info cli …`, `lerna notice`, `lerna info` and `lerna ERR!` (only `lerna WARN` is read)",
		source: "Lerna 4 `lerna run build --stream` from a repository with its own lerna (the global lerna's `info cli using local version of lerna` first, then npmlog lines `lerna notice`, `lerna info`, `lerna WARN`, `lerna ERR!`; each package's output after `package-name: `): lerna/lerna issues #2758 and #2366 (pasted output); npmlog's levels; from memory of real lines",
		why:    "a scoped package name and a colon where a host would be are no host; npmlog's word after `lerna` is the level (notice, info, WARN, ERR!), and the global lerna's first line has its info without the prefix; nothing has a time",
		entries: []worldEntry{
			we("", Info, "", "info cli using local version of lerna"),
			we("", Notice, "", "lerna notice cli v4.0.0"),
			we("", Info, "", `lerna info Executing command in 3 packages: "npm run build"`),
			we("", Unknown, "", "@shop/core: > @shop/core@2.1.0 build /home/ci/shop/packages/core"),
			we("", Unknown, "", "@shop/core: > tsc -p tsconfig.build.json"),
			we("", Unknown, "", "@shop/web: vite v5.4.11 building for production..."),
			we("", Error, "", "lerna ERR! npm run build exited 1 in '@shop/web'"),
			we("", Warn, "", "lerna WARN complete Waiting for 1 child process to exit. CTRL-C to exit immediately."),
		},
	},
	{
		name:   "mha-manager-log",
		source: "MHA for MySQL's manager log (masterha_manager, MHA::ManagerUtil's log dispatcher: `Www Mmm dd HH:mm:ss yyyy - [level] msg`, an error's `[error][file, lnN]`, the replication tree printed under an empty [info] line): yoshinorim/mha4mysql-manager; from memory of real lines",
		why:    "a server's name and address at the start of a message are no host: the manager's log names none; the level is the bracketed word after the dash; the tree's unprefixed lines belong to the empty info line above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Sun Nov 29 07:41:16 2026 - [info] MHA::MasterMonitor version 0.58."),
			we("2026-11-29T07:41:17Z", Info, "", "Sun Nov 29 07:41:17 2026 - [info]   db-02(10.20.0.12:3306)  Version=8.0.36 (oldest major version between slaves) log-bin:enabled"),
			we("2026-11-29T07:41:17Z", Info, "", "Sun Nov 29 07:41:17 2026 - [info] ",
				"db-01(10.20.0.11:3306) (current master)",
				" +--db-02(10.20.0.12:3306)",
				" +--db-03(10.20.0.13:3306)"),
			we("2026-11-29T07:41:20Z", Warn, "", "Sun Nov 29 07:41:20 2026 - [warning] Got error on MySQL select ping: 2006 (MySQL server has gone away)"),
			we("2026-11-29T07:41:26Z", Error, "", "Sun Nov 29 07:41:26 2026 - [error][/usr/share/perl5/vendor_perl/MHA/MasterMonitor.pm, ln427] Error happened on checking configurations.  at /usr/bin/masterha_manager line 50."),
		},
	},
	{
		name:   "docker-events-json",
		source: "`docker events --format '{{json .}}'` on Docker Engine 27 (Type, Action, Actor.ID, Actor.Attributes with a container's name and compose labels, a network's name, a swarm node's name and states, scope, time and timeNano): Docker docs 'docker system events' (--format, the json template); from memory of real lines",
		why:    "an actor's name (a container, a network, a swarm node whose state changed) is no host: the events have none; time and timeNano are both the record's; a health status or an exit code is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204118331Z", Unknown, "", `{"Type":"container","Action":"start","Actor":{"ID":"4f2d1c0e9b3d4c1a8e2f0b6d41207ab15f1c2a7e9b3d4c1a8e2f0b6d41207ab1","Attributes":{"com.docker.compose.project":"shop","com.docker.compose.service":"web","image":"registry.example.test/shop/web:4.2","name":"shop-web-1"}},"scope":"local","time":1795938076,"timeNano":1795938076204118331}`),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.198007112Z", Unknown, "", `{"Type":"network","Action":"connect","Actor":{"ID":"9b3d4c1a8e2f0b6d41207ab15f1c2a7e4f2d1c0e9b3d4c1a8e2f0b6d41207ab1","Attributes":{"container":"4f2d1c0e9b3d4c1a8e2f0b6d41207ab15f1c2a7e9b3d4c1a8e2f0b6d41207ab1","name":"shop_default","type":"bridge"}},"scope":"local","time":1795938076,"timeNano":1795938076198007112}`),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.511204118Z", Unknown, "", `{"Type":"container","Action":"health_status: unhealthy","Actor":{"ID":"0b6d41207ab15f1c2a7e9b3d4c1a8e2f4f2d1c0e9b3d4c1a8e2f0b6d41207ab1","Attributes":{"com.docker.compose.project":"shop","com.docker.compose.service":"worker","image":"registry.example.test/shop/worker:4.2","name":"shop-worker-1"}},"scope":"local","time":1795938078,"timeNano":1795938078511204118}`),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.002113104Z", Unknown, "", `{"Type":"container","Action":"die","Actor":{"ID":"0b6d41207ab15f1c2a7e9b3d4c1a8e2f4f2d1c0e9b3d4c1a8e2f0b6d41207ab1","Attributes":{"com.docker.compose.project":"shop","com.docker.compose.service":"worker","execDuration":"412","exitCode":"137","image":"registry.example.test/shop/worker:4.2","name":"shop-worker-1"}},"scope":"local","time":1795938079,"timeNano":1795938079002113104}`),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:21.550870221Z", Unknown, "", `{"Type":"node","Action":"update","Actor":{"ID":"x2k4q7r2m5p9c1a8e2f0b6d41","Attributes":{"name":"worker-02","state.new":"down","state.old":"ready"}},"scope":"swarm","time":1795938081,"timeNano":1795938081550870221}`),
		},
	},
	{
		name:   "zeek-software-log-json",
		gap:    "software.log's `host` key, a machine the sensor observed, is read as the record's host",
		source: "Zeek's software.log with LogAscii::use_json=T (ts in epoch seconds, host and host_p the machine seen running the software, software_type, name, version.*, unparsed_version): Zeek docs 'software.log' (policy/frameworks/software) and 'Logging' (use_json); from memory of real lines. Zeek's conn, dns, http, notice, ssh, weird, reporter and capture_loss logs are earlier tables'; software.log is in none",
		why:    "the host key names a machine the sensor saw on the wire, not the sensor that wrote the line: the record has no host; ts is epoch seconds with microseconds",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "", `{"ts":1795938076.204118,"host":"10.20.0.7","software_type":"HTTP::BROWSER","name":"Firefox","version.major":133,"version.minor":0,"unparsed_version":"Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"}`),
			we("2026-11-29T07:41:17.511204Z", Unknown, "", `{"ts":1795938077.511204,"host":"10.20.0.5","host_p":22,"software_type":"SSH::SERVER","name":"OpenSSH","version.major":9,"version.minor":2,"version.minor2":1,"version.addl":"Debian-2+deb12u3","unparsed_version":"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3"}`),
			we("2026-11-29T07:41:18.002113Z", Unknown, "", `{"ts":1795938078.002113,"host":"10.20.0.11","host_p":443,"software_type":"HTTP::SERVER","name":"nginx","version.major":1,"version.minor":26,"version.minor2":2,"unparsed_version":"nginx/1.26.2"}`),
			we("2026-11-29T07:41:19.550870Z", Unknown, "", `{"ts":1795938079.55087,"host":"10.20.0.31","software_type":"HTTP::BROWSER","name":"curl","version.major":8,"version.minor":5,"version.minor2":0,"unparsed_version":"curl/8.5.0"}`),
		},
	},

	// Shippers' and services' keys for the sending machine.
	{
		name:   "heartbeat7-event-file",
		source: "Heartbeat 7.17 with the file output (one event a line: @timestamp, @metadata, monitor with type, status, id, name, check_group, timespan and duration, url with domain and full, http, resolve, summary, error, agent with hostname and name, observer.hostname from add_observer_metadata, ecs): elastic/beats issues #33374 and #11737 (pasted events); Elastic docs 'Heartbeat exported fields'; from memory of real lines",
		why:    "the probe's own name is agent.hostname and observer.hostname; url.domain and a resolved address name the monitored target; a monitor's down status and its error are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "probe-ams-1", `{"@timestamp":"2026-11-29T07:41:16.204Z","@metadata":{"beat":"heartbeat","type":"_doc","version":"7.17.25"},"monitor":{"type":"http","status":"up","id":"shop-https","name":"shop https","check_group":"4f2d1c0e-ad1e-11f1-8a2b-0242ac1e0009","ip":"203.0.113.10","timespan":{"gte":"2026-11-29T07:41:16.204Z","lt":"2026-11-29T07:41:46.204Z"},"duration":{"us":41207}},"url":{"scheme":"https","domain":"shop.example.test","port":443,"path":"/health","full":"https://shop.example.test/health"},"http":{"response":{"status_code":200,"mime_type":"application/json","body":{"bytes":15}},"rtt":{"total":{"us":40112}}},"resolve":{"ip":"203.0.113.10","rtt":{"us":1204}},"summary":{"up":1,"down":0},"agent":{"hostname":"probe-ams-1","ephemeral_id":"9b3d4c1a-0b6d-4120-8e2f-41207ab15f1c","id":"5f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1","name":"probe-ams-1","type":"heartbeat","version":"7.17.25"},"observer":{"hostname":"probe-ams-1","ip":["10.30.0.9"],"mac":["02-42-0a-1e-00-09"]},"event":{"dataset":"http"},"ecs":{"version":"1.12.0"}}`),
			we("2026-11-29T07:41:17.511Z", Unknown, "probe-ams-1", `{"@timestamp":"2026-11-29T07:41:17.511Z","@metadata":{"beat":"heartbeat","type":"_doc","version":"7.17.25"},"monitor":{"type":"tcp","status":"down","id":"pg-primary","name":"pg primary","check_group":"5a1c2e7f-ad1e-11f1-8a2b-0242ac1e0009","ip":"10.20.0.11","timespan":{"gte":"2026-11-29T07:41:17.511Z","lt":"2026-11-29T07:41:27.511Z"},"duration":{"us":1812}},"url":{"scheme":"tcp","domain":"db-primary.internal","port":5432,"full":"tcp://db-primary.internal:5432"},"resolve":{"ip":"10.20.0.11","rtt":{"us":880}},"error":{"type":"io","message":"dial tcp 10.20.0.11:5432: connect: connection refused"},"summary":{"up":0,"down":1},"agent":{"hostname":"probe-ams-1","ephemeral_id":"9b3d4c1a-0b6d-4120-8e2f-41207ab15f1c","id":"5f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1","name":"probe-ams-1","type":"heartbeat","version":"7.17.25"},"observer":{"hostname":"probe-ams-1","ip":["10.30.0.9"],"mac":["02-42-0a-1e-00-09"]},"event":{"dataset":"tcp"},"ecs":{"version":"1.12.0"}}`),
			we("2026-11-29T07:41:18.002Z", Unknown, "probe-ams-1", `{"@timestamp":"2026-11-29T07:41:18.002Z","@metadata":{"beat":"heartbeat","type":"_doc","version":"7.17.25"},"monitor":{"type":"icmp","status":"up","id":"gw-icmp","name":"gateway","check_group":"6b2d3f80-ad1e-11f1-8a2b-0242ac1e0009","ip":"10.20.0.1","timespan":{"gte":"2026-11-29T07:41:18.002Z","lt":"2026-11-29T07:41:28.002Z"},"duration":{"us":412}},"url":{"scheme":"icmp","domain":"10.20.0.1","full":"icmp://10.20.0.1"},"icmp":{"requests":1,"rtt":{"us":398}},"summary":{"up":1,"down":0},"agent":{"hostname":"probe-ams-1","ephemeral_id":"9b3d4c1a-0b6d-4120-8e2f-41207ab15f1c","id":"5f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1","name":"probe-ams-1","type":"heartbeat","version":"7.17.25"},"observer":{"hostname":"probe-ams-1","ip":["10.30.0.9"],"mac":["02-42-0a-1e-00-09"]},"event":{"dataset":"icmp"},"ecs":{"version":"1.12.0"}}`),
			we("2026-11-29T07:41:46.21Z", Unknown, "probe-ams-1", `{"@timestamp":"2026-11-29T07:41:46.210Z","@metadata":{"beat":"heartbeat","type":"_doc","version":"7.17.25"},"monitor":{"type":"http","status":"down","id":"shop-https","name":"shop https","check_group":"7c3e4091-ad1e-11f1-8a2b-0242ac1e0009","ip":"203.0.113.10","timespan":{"gte":"2026-11-29T07:41:46.210Z","lt":"2026-11-29T07:42:16.210Z"},"duration":{"us":30004112}},"url":{"scheme":"https","domain":"shop.example.test","port":443,"path":"/health","full":"https://shop.example.test/health"},"http":{"response":{"status_code":503,"mime_type":"text/html","body":{"bytes":162}},"rtt":{"total":{"us":30001007}}},"resolve":{"ip":"203.0.113.10","rtt":{"us":1198}},"error":{"type":"validate","message":"503 Service Unavailable"},"summary":{"up":0,"down":1},"agent":{"hostname":"probe-ams-1","ephemeral_id":"9b3d4c1a-0b6d-4120-8e2f-41207ab15f1c","id":"5f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1","name":"probe-ams-1","type":"heartbeat","version":"7.17.25"},"observer":{"hostname":"probe-ams-1","ip":["10.30.0.9"],"mac":["02-42-0a-1e-00-09"]},"event":{"dataset":"http"},"ecs":{"version":"1.12.0"}}`),
		},
	},
	{
		name:   "metricbeat7-event-file",
		source: "Metricbeat 7.17 with `name: metrics-ams` and the file output (one event a line: @timestamp, @metadata, event with dataset, module and duration, metricset, service.address and type, the module's fields, host from add_host_metadata, agent with hostname and the configured name, error.message when a fetch fails): Elastic docs 'Metricbeat exported fields' and 'Configure the general settings' (name); from memory of real lines",
		why:    "host.name and agent.hostname name the machine; agent.name is the configured beat name, and service.address the monitored server, neither the sender; a failed fetch's error is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "cache-02", `{"@timestamp":"2026-11-29T07:41:16.204Z","@metadata":{"beat":"metricbeat","type":"_doc","version":"7.17.25"},"event":{"dataset":"redis.info","module":"redis","duration":4120771},"metricset":{"name":"info","period":10000},"service":{"address":"127.0.0.1:6379","type":"redis","version":"7.2.4"},"redis":{"info":{"clients":{"connected":41,"blocked":0},"memory":{"used":{"value":412881920}}}},"host":{"name":"cache-02","hostname":"cache-02","architecture":"x86_64","os":{"type":"linux","platform":"debian","version":"12 (bookworm)","family":"debian","name":"Debian GNU/Linux","kernel":"6.1.0-28-amd64","codename":"bookworm"},"id":"4f2d1c0e9b3d4c1a8e2f0b6d41207ab1","containerized":false,"ip":["10.20.0.31"],"mac":["52-54-00-4f-2d-1c"]},"agent":{"hostname":"cache-02","ephemeral_id":"1a8e2f0b-6d41-4207-ab15-f1c2a7e9b3d4","id":"c1a8e2f0-b6d4-4120-8ab1-5f1c2a7e9b3d","name":"metrics-ams","type":"metricbeat","version":"7.17.25"},"ecs":{"version":"1.12.0"}}`),
			we("2026-11-29T07:41:16.211Z", Unknown, "cache-02", `{"@timestamp":"2026-11-29T07:41:16.211Z","@metadata":{"beat":"metricbeat","type":"_doc","version":"7.17.25"},"event":{"dataset":"redis.info","module":"redis","duration":1204118},"metricset":{"name":"info","period":10000},"service":{"address":"127.0.0.1:6380","type":"redis"},"error":{"message":"error fetching Redis info: dial tcp 127.0.0.1:6380: connect: connection refused"},"host":{"name":"cache-02","hostname":"cache-02","architecture":"x86_64","os":{"type":"linux","platform":"debian","version":"12 (bookworm)","family":"debian","name":"Debian GNU/Linux","kernel":"6.1.0-28-amd64","codename":"bookworm"},"id":"4f2d1c0e9b3d4c1a8e2f0b6d41207ab1","containerized":false,"ip":["10.20.0.31"],"mac":["52-54-00-4f-2d-1c"]},"agent":{"hostname":"cache-02","ephemeral_id":"1a8e2f0b-6d41-4207-ab15-f1c2a7e9b3d4","id":"c1a8e2f0-b6d4-4120-8ab1-5f1c2a7e9b3d","name":"metrics-ams","type":"metricbeat","version":"7.17.25"},"ecs":{"version":"1.12.0"}}`),
			we("2026-11-29T07:41:17.511Z", Unknown, "cache-02", `{"@timestamp":"2026-11-29T07:41:17.511Z","@metadata":{"beat":"metricbeat","type":"_doc","version":"7.17.25"},"event":{"dataset":"mysql.status","module":"mysql","duration":8812004},"metricset":{"name":"status","period":10000},"service":{"address":"tcp(db-primary.internal:3306)/?readTimeout=10s&timeout=10s&writeTimeout=10s","type":"mysql"},"mysql":{"status":{"connections":412077,"threads":{"connected":41,"running":3}}},"host":{"name":"cache-02","hostname":"cache-02","architecture":"x86_64","os":{"type":"linux","platform":"debian","version":"12 (bookworm)","family":"debian","name":"Debian GNU/Linux","kernel":"6.1.0-28-amd64","codename":"bookworm"},"id":"4f2d1c0e9b3d4c1a8e2f0b6d41207ab1","containerized":false,"ip":["10.20.0.31"],"mac":["52-54-00-4f-2d-1c"]},"agent":{"hostname":"cache-02","ephemeral_id":"1a8e2f0b-6d41-4207-ab15-f1c2a7e9b3d4","id":"c1a8e2f0-b6d4-4120-8ab1-5f1c2a7e9b3d","name":"metrics-ams","type":"metricbeat","version":"7.17.25"},"ecs":{"version":"1.12.0"}}`),
			we("2026-11-29T07:41:26.204Z", Unknown, "cache-02", `{"@timestamp":"2026-11-29T07:41:26.204Z","@metadata":{"beat":"metricbeat","type":"_doc","version":"7.17.25"},"event":{"dataset":"system.load","module":"system","duration":41207},"metricset":{"name":"load","period":10000},"service":{"type":"system"},"system":{"load":{"1":0.41,"5":0.35,"15":0.3,"cores":4}},"host":{"name":"cache-02","hostname":"cache-02","architecture":"x86_64","os":{"type":"linux","platform":"debian","version":"12 (bookworm)","family":"debian","name":"Debian GNU/Linux","kernel":"6.1.0-28-amd64","codename":"bookworm"},"id":"4f2d1c0e9b3d4c1a8e2f0b6d41207ab1","containerized":false,"ip":["10.20.0.31"],"mac":["52-54-00-4f-2d-1c"]},"agent":{"hostname":"cache-02","ephemeral_id":"1a8e2f0b-6d41-4207-ab15-f1c2a7e9b3d4","id":"c1a8e2f0-b6d4-4120-8ab1-5f1c2a7e9b3d","name":"metrics-ams","type":"metricbeat","version":"7.17.25"},"ecs":{"version":"1.12.0"}}`),
		},
	},
	{
		name:   "datadog-log-archive-jsonl",
		source: "Datadog Log Archives as stored in a bucket (one log a line: _id, date, host, source, service, status, message, attributes, tags; a browser log without a host): Datadog docs 'Log Archives' (archive format) and the Logs API's LogContent (host: 'name of the machine from where the logs are being sent'); from memory of real lines",
		why:    "host is the sending machine; a browser log has none, and its url_details.host is the HTTP host it called; status is the level (error, info, warn, critical)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Error, "web-07", `{"_id":"AZN2x1c0AAB1kQ9nZ3Xk0wAA","date":"2026-11-29T07:41:16.204Z","host":"web-07","source":"nginx","service":"shop-web","status":"error","message":"2026/11/29 07:41:16 [error] 812#812: *41209 open() \"/var/www/shop/public/favicon.svg\" failed (2: No such file or directory), client: 10.20.0.7, server: shop.example.test, request: \"GET /favicon.svg HTTP/1.1\"","attributes":{"http":{"url_details":{"path":"/favicon.svg"}},"network":{"client":{"ip":"10.20.0.7"}}},"tags":["env:prod","source:nginx","service:shop-web"]}`),
			we("2026-11-29T07:41:17.002Z", Info, "worker-03", `{"_id":"AZN2x1c0AAB1kQ9nZ3Xk0wAB","date":"2026-11-29T07:41:17.002Z","host":"worker-03","source":"python","service":"billing","status":"info","message":"invoice batch 4120 settled","attributes":{"logger":{"name":"billing.jobs","thread_name":"MainThread"},"dd":{"trace_id":"4120711822334455","span_id":"881244120"}},"tags":["env:prod","source:python","service:billing"]}`),
			we("2026-11-29T07:41:18.511Z", Warn, "", `{"_id":"AZN2x1c0AAB1kQ9nZ3Xk0wAC","date":"2026-11-29T07:41:18.511Z","source":"browser","service":"shop-frontend","status":"warn","message":"XHR error POST https://api.example.test/v1/cart","attributes":{"http":{"method":"POST","status_code":503,"url":"https://api.example.test/v1/cart","url_details":{"host":"api.example.test","path":"/v1/cart","scheme":"https"}},"view":{"url":"https://shop.example.test/checkout"}},"tags":["env:prod","source:browser","service:shop-frontend"]}`),
			we("2026-11-29T07:41:19.004Z", Critical, "db-02", `{"_id":"AZN2x1c0AAB1kQ9nZ3Xk0wAD","date":"2026-11-29T07:41:19.004Z","host":"db-02","source":"postgresql","service":"shop-db","status":"critical","message":"FATAL:  the database system is in recovery mode","attributes":{"db":{"user":"app","instance":"shop"}},"tags":["env:prod","source:postgresql","service:shop-db"]}`),
		},
	},
	{
		name:   "gcp-logging-gcs-sink-jsonl",
		source: "Google Cloud Logging entries routed by a sink to Cloud Storage (one LogEntry a line, keys in alphabetical order: insertId, jsonPayload or textPayload, labels with compute.googleapis.com/resource_name for a VM's or a GKE node's entries, logName, receiveTimestamp, resource with type and labels, severity, timestamp): Google Cloud docs 'LogEntry' (severity DEFAULT … EMERGENCY) and 'Routing to Cloud Storage'; the Ops Agent's syslog receiver; from memory of real lines",
		why:    "the compute.googleapis.com/resource_name label names the VM or node that sent the entry; a Cloud Run service, its revision, a pod and a container are no host; severity is the level (absent for the agent's syslog line); timestamp is the record's time, the syslog line inside carries the same second",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z|2026-11-29T07:41:16Z", Unknown, "web-07", `{"insertId":"1k4f2d1c0e9b3d4c","jsonPayload":{"message":"Nov 29 07:41:16 web-07 sshd[41207]: Accepted publickey for deploy from 10.20.0.5 port 51234 ssh2: ED25519 SHA256:Qm4tR8yWcLk2pZ0vXn7sJd3eHf6aB1gU9oKiT5rYxE1"},"labels":{"compute.googleapis.com/resource_name":"web-07"},"logName":"projects/shop-prod-4412/logs/syslog","receiveTimestamp":"2026-11-29T07:41:16.611204118Z","resource":{"labels":{"instance_id":"4120553011223344556","project_id":"shop-prod-4412","zone":"europe-west4-a"},"type":"gce_instance"},"timestamp":"2026-11-29T07:41:16.204118Z"}`),
			we("2026-11-29T07:41:17.511Z", Error, "web-07", `{"insertId":"1k4f2d1c0e9b3d4d","jsonPayload":{"message":"payment provider timeout after 30s","order_id":"88412"},"labels":{"compute.googleapis.com/resource_name":"web-07"},"logName":"projects/shop-prod-4412/logs/shop-app","receiveTimestamp":"2026-11-29T07:41:17.902411Z","resource":{"labels":{"instance_id":"4120553011223344556","project_id":"shop-prod-4412","zone":"europe-west4-a"},"type":"gce_instance"},"severity":"ERROR","timestamp":"2026-11-29T07:41:17.511Z"}`),
			we("2026-11-29T07:41:18.002Z", Info, "", `{"insertId":"65a1f2d1c0e9b3d4c1a8e2f0","jsonPayload":{"message":"checkout completed","orderId":"88413"},"labels":{"instanceId":"00f46b9285c5a1e2f3d4c1a0b6d41207ab1f2d1c0e9b3d4c1a8e2f0b6d41207ab15f1c2a7e"},"logName":"projects/shop-prod-4412/logs/run.googleapis.com%2Fstdout","receiveTimestamp":"2026-11-29T07:41:18.210004Z","resource":{"labels":{"configuration_name":"checkout","location":"europe-west4","project_id":"shop-prod-4412","revision_name":"checkout-00042-ziv","service_name":"checkout"},"type":"cloud_run_revision"},"severity":"INFO","timestamp":"2026-11-29T07:41:18.002Z"}`),
			we("2026-11-29T07:41:19.204Z", Warn, "gke-shop-default-pool-4f2d1c0e-x2k4", `{"insertId":"x2k4q7r2m5p9c1a8","jsonPayload":{"logger":"shop.cache","message":"cache miss storm on cart:*"},"labels":{"compute.googleapis.com/resource_name":"gke-shop-default-pool-4f2d1c0e-x2k4","k8s-pod/app":"web","k8s-pod/pod-template-hash":"7d9f8c6b5"},"logName":"projects/shop-prod-4412/logs/stdout","receiveTimestamp":"2026-11-29T07:41:19.611007Z","resource":{"labels":{"cluster_name":"shop","container_name":"app","location":"europe-west4","namespace_name":"shop","pod_name":"web-7d9f8c6b5-x2k4q","project_id":"shop-prod-4412"},"type":"k8s_container"},"severity":"WARNING","timestamp":"2026-11-29T07:41:19.204Z"}`),
		},
	},
	{
		name:   "otel-collector-file-resource-host",
		source: "the OpenTelemetry Collector's file exporter (OTLP JSON, one export batch a line) behind a filelog receiver with the resourcedetection processor's system detector (resource attributes host.name and os.type) and behind an OTLP receiver fed by SDKs (resource attributes service.name, service.instance.id, telemetry.sdk.*, and k8s.* from the k8sattributes processor): opentelemetry-collector-contrib's fileexporter, filelogreceiver and resourcedetectionprocessor READMEs; OpenTelemetry semantic conventions (host.name, server.address); from memory of real lines. The file exporter behind the syslog receiver, with an empty resource, is fresh67's",
		why:    "host.name among the resource's attributes names the machine; a log record's server.address names a peer, and service and Kubernetes attributes are no host; times in nanoseconds (the record's and the observed one); severityText is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z|2026-11-29T07:41:16.31Z", Error, "web-07", `{"resourceLogs":[{"resource":{"attributes":[{"key":"host.name","value":{"stringValue":"web-07"}},{"key":"os.type","value":{"stringValue":"linux"}}]},"scopeLogs":[{"scope":{},"logRecords":[{"timeUnixNano":"1795938076204118000","observedTimeUnixNano":"1795938076310000000","severityNumber":17,"severityText":"ERROR","body":{"stringValue":"order 88412: could not reserve stock"},"attributes":[{"key":"log.file.name","value":{"stringValue":"shop.log"}},{"key":"server.address","value":{"stringValue":"db-02.internal"}}],"traceId":"","spanId":""}]}]}]}`),
			we("2026-11-29T07:41:17.002Z|2026-11-29T07:41:17.31Z", Info, "web-07", `{"resourceLogs":[{"resource":{"attributes":[{"key":"host.name","value":{"stringValue":"web-07"}},{"key":"os.type","value":{"stringValue":"linux"}}]},"scopeLogs":[{"scope":{},"logRecords":[{"timeUnixNano":"1795938077002000000","observedTimeUnixNano":"1795938077310000000","severityNumber":9,"severityText":"INFO","body":{"stringValue":"stock reserved for order 88413"},"attributes":[{"key":"log.file.name","value":{"stringValue":"shop.log"}}],"traceId":"","spanId":""}]}]}]}`),
			we("2026-11-29T07:41:18.511Z|2026-11-29T07:41:18.52Z", Warn, "", `{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"checkout"}},{"key":"service.instance.id","value":{"stringValue":"5f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1"}},{"key":"telemetry.sdk.language","value":{"stringValue":"java"}},{"key":"telemetry.sdk.name","value":{"stringValue":"opentelemetry"}},{"key":"telemetry.sdk.version","value":{"stringValue":"1.44.1"}}]},"scopeLogs":[{"scope":{"name":"com.example.checkout.PaymentClient"},"logRecords":[{"timeUnixNano":"1795938078511000000","observedTimeUnixNano":"1795938078520000000","severityNumber":13,"severityText":"WARN","body":{"stringValue":"retrying payment call, attempt 2"},"attributes":[{"key":"server.address","value":{"stringValue":"payments.example.net"}}],"traceId":"4bf92f3577b34da6a3ce929d0e0e4736","spanId":"00f067aa0ba902b7","flags":1}]}]}]}`),
			we("2026-11-29T07:41:19.004Z|2026-11-29T07:41:19.1Z", Error, "", `{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"cart"}},{"key":"k8s.namespace.name","value":{"stringValue":"shop"}},{"key":"k8s.pod.name","value":{"stringValue":"cart-6c8d9f7b4-q7r2m"}},{"key":"k8s.container.name","value":{"stringValue":"cart"}}]},"scopeLogs":[{"scope":{"name":"cart"},"logRecords":[{"timeUnixNano":"1795938079004000000","observedTimeUnixNano":"1795938079100000000","severityNumber":17,"severityText":"ERROR","body":{"stringValue":"redis: connection pool timeout"},"traceId":"","spanId":""}]}]}]}`),
		},
	},
	{
		name:   "monolog1-logstash-v0",
		source: "Monolog 1.x's LogstashFormatter('shop') in its default V0 (@timestamp with microseconds and the PHP zone's offset, @message, @tags, @source = gethostname(), @fields with channel, the numeric level, extra and ctxt_ context, @type, and from WebProcessor's extra.server and extra.url @source_host and @source_path): Seldaek/monolog src/Monolog/Formatter/LogstashFormatter.php (1.x); from memory of real lines",
		why:    "@source is the machine that wrote the line; @source_host is the HTTP server name from the request, no host; the level is Monolog's number in @fields (200 Info, 250 Notice, 300 Warning, 400 Error); the offset is converted",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Error, "web-07", `{"@timestamp":"2026-11-29T08:41:16.204118+01:00","@message":"Payment gateway timeout","@tags":["app"],"@source":"web-07","@fields":{"channel":"app","level":400,"url":"/checkout","ip":"10.20.0.7","http_method":"POST","server":"shop.example.test","referrer":"https://shop.example.test/cart","ctxt_order":88412},"@type":"shop","@source_host":"shop.example.test","@source_path":"/checkout"}`),
			we("2026-11-29T07:41:16.911004Z", Info, "web-07", `{"@timestamp":"2026-11-29T08:41:16.911004+01:00","@message":"Cart viewed","@tags":["app"],"@source":"web-07","@fields":{"channel":"app","level":200,"url":"/cart","ip":"10.20.0.8","http_method":"GET","server":"shop.example.test","referrer":null,"ctxt_items":3},"@type":"shop","@source_host":"shop.example.test","@source_path":"/cart"}`),
			we("2026-11-29T07:42:00.412077Z", Warn, "worker-02", `{"@timestamp":"2026-11-29T08:42:00.412077+01:00","@message":"Feed import skipped 41 rows","@tags":["cron"],"@source":"worker-02","@fields":{"channel":"cron","level":300,"ctxt_feed":"supplier-a.csv"},"@type":"shop"}`),
			we("2026-11-29T07:42:01.002113Z", Notice, "worker-02", `{"@timestamp":"2026-11-29T08:42:01.002113+01:00","@message":"Feed import finished","@tags":["cron"],"@source":"worker-02","@fields":{"channel":"cron","level":250,"ctxt_rows":4120},"@type":"shop"}`),
		},
	},
	{
		name:   "evtx-dump-jsonl",
		source: "omerbenamram/evtx's evtx_dump -o jsonl over a Windows Event Collector's ForwardedEvents.evtx (one record a line: Event.System with Provider, EventID (with #attributes Qualifiers and #text when it has them), Level, TimeCreated.#attributes.SystemTime, Channel, Computer; Event.EventData): the evtx crate's README; Microsoft docs 'Event schema' (Level 0 LogAlways, 2 Error, 3 Warning, 4 Information); from memory of real lines",
		why:    "Computer is the machine that logged each event, several in one collector's file; a logon's WorkstationName and IpAddress name the client; Level 0 names no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "DC01.corp.example.test", `{"Event":{"#attributes":{"xmlns":"http://schemas.microsoft.com/win/2004/08/events/event"},"System":{"Provider":{"#attributes":{"Name":"Microsoft-Windows-Security-Auditing","Guid":"54849625-5478-4994-A5BA-3E3B0328C30D"}},"EventID":4625,"Version":0,"Level":0,"Task":12544,"Opcode":0,"Keywords":"0x8010000000000000","TimeCreated":{"#attributes":{"SystemTime":"2026-11-29T07:41:16.204118Z"}},"EventRecordID":412077,"Correlation":{"#attributes":{"ActivityID":"7A1C2F4E-0B6D-4120-8E2F-41207AB15F1C"}},"Execution":{"#attributes":{"ProcessID":712,"ThreadID":1840}},"Channel":"Security","Computer":"DC01.corp.example.test","Security":null},"EventData":{"SubjectUserSid":"S-1-0-0","SubjectUserName":"-","SubjectDomainName":"-","SubjectLogonId":"0x0","TargetUserSid":"S-1-0-0","TargetUserName":"anna","TargetDomainName":"CORP","Status":"0xc000006d","FailureReason":"%%2313","SubStatus":"0xc000006a","LogonType":3,"LogonProcessName":"NtLmSsp ","AuthenticationPackageName":"NTLM","WorkstationName":"WS-FIN-07","TransmittedServices":"-","LmPackageName":"-","KeyLength":0,"ProcessId":"0x0","ProcessName":"-","IpAddress":"10.20.0.7","IpPort":"51234"}}}`),
			we("2026-11-29T07:41:17.511204Z", Info, "FS02.corp.example.test", `{"Event":{"#attributes":{"xmlns":"http://schemas.microsoft.com/win/2004/08/events/event"},"System":{"Provider":{"#attributes":{"Name":"Service Control Manager","Guid":"{555908d1-a6d7-4695-8e1e-26931d2012f4}","EventSourceName":"Service Control Manager"}},"EventID":{"#attributes":{"Qualifiers":16384},"#text":7036},"Version":0,"Level":4,"Task":0,"Opcode":0,"Keywords":"0x8080000000000000","TimeCreated":{"#attributes":{"SystemTime":"2026-11-29T07:41:17.511204Z"}},"EventRecordID":88412,"Correlation":null,"Execution":{"#attributes":{"ProcessID":684,"ThreadID":4120}},"Channel":"System","Computer":"FS02.corp.example.test","Security":null},"EventData":{"param1":"Windows Update","param2":"running","Binary":"770075006100750073006500720076002F0034000000"}}}`),
			we("2026-11-29T07:41:18.002113Z", Warn, "WS-FIN-07.corp.example.test", `{"Event":{"#attributes":{"xmlns":"http://schemas.microsoft.com/win/2004/08/events/event"},"System":{"Provider":{"#attributes":{"Name":"Microsoft-Windows-DNS-Client","Guid":"1C95126E-7EEA-49A9-A3FE-A378B03DDB4D"}},"EventID":1014,"Version":0,"Level":3,"Task":1014,"Opcode":0,"Keywords":"0x4000000010000000","TimeCreated":{"#attributes":{"SystemTime":"2026-11-29T07:41:18.002113Z"}},"EventRecordID":20417,"Correlation":null,"Execution":{"#attributes":{"ProcessID":2412,"ThreadID":3308}},"Channel":"System","Computer":"WS-FIN-07.corp.example.test","Security":{"#attributes":{"UserID":"S-1-5-20"}}},"EventData":{"QueryName":"wpad.corp.example.test","AddressLength":128,"Address":"02000035AC1E00350000000000000000"}}}`),
			we("2026-11-29T07:41:19.550870Z", Error, "APP03.corp.example.test", `{"Event":{"#attributes":{"xmlns":"http://schemas.microsoft.com/win/2004/08/events/event"},"System":{"Provider":{"#attributes":{"Name":"Application Error","Guid":"{a0e9b465-b939-57d7-b27d-95d8e925ff57}"}},"EventID":1000,"Version":0,"Level":2,"Task":100,"Opcode":0,"Keywords":"0x8000000000000000","TimeCreated":{"#attributes":{"SystemTime":"2026-11-29T07:41:19.550870Z"}},"EventRecordID":7711,"Correlation":null,"Execution":{"#attributes":{"ProcessID":5120,"ThreadID":5188}},"Channel":"Application","Computer":"APP03.corp.example.test","Security":null},"EventData":{"AppName":"ShopService.exe","AppVersion":"4.2.0.0","ModuleName":"coreclr.dll","ExceptionCode":"c0000005","FaultingOffset":"00000000001a2b3c"}}}`),
		},
	},
	{
		name:   "nxlog-syslog-relay-json",
		source: "NXLog CE as a syslog relay (im_udp, xm_syslog's parse_syslog(), to_json() to om_file: EventReceivedTime, SourceModuleName, SourceModuleType, MessageSourceAddress, SyslogFacilityValue, SyslogFacility, SyslogSeverityValue, SyslogSeverity, SeverityValue, Severity, Hostname, EventTime, SourceName, ProcessID, Message): NXLog reference manual 'Syslog (xm_syslog)' fields and 'JSON (xm_json)'; from memory of real lines. NXLog's Windows-event JSON and its internal log are earlier tables'",
		why:    "Hostname is the sender's name from its header; MessageSourceAddress is the address it came from and EventReceivedTime the relay's clock; EventTime is the record's time; Severity the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:17Z", Info, "web-07", `{"EventReceivedTime":"2026-11-29 07:41:17","SourceModuleName":"in_udp","SourceModuleType":"im_udp","MessageSourceAddress":"10.20.0.5","SyslogFacilityValue":10,"SyslogFacility":"AUTHPRIV","SyslogSeverityValue":6,"SyslogSeverity":"INFO","SeverityValue":2,"Severity":"INFO","Hostname":"web-07","EventTime":"2026-11-29 07:41:16","SourceName":"sshd","ProcessID":"41207","Message":"Accepted publickey for deploy from 10.20.0.7 port 51234 ssh2"}`),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:18Z", Error, "db-02", `{"EventReceivedTime":"2026-11-29 07:41:18","SourceModuleName":"in_udp","SourceModuleType":"im_udp","MessageSourceAddress":"10.20.0.12","SyslogFacilityValue":16,"SyslogFacility":"LOCAL0","SyslogSeverityValue":3,"SyslogSeverity":"ERR","SeverityValue":4,"Severity":"ERROR","Hostname":"db-02","EventTime":"2026-11-29 07:41:17","SourceName":"postgres","ProcessID":"1120","Message":"[4-1] user=app,db=shop ERROR:  deadlock detected"}`),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:19Z", Warn, "nas-2", `{"EventReceivedTime":"2026-11-29 07:41:19","SourceModuleName":"in_udp","SourceModuleType":"im_udp","MessageSourceAddress":"10.20.0.40","SyslogFacilityValue":0,"SyslogFacility":"KERN","SyslogSeverityValue":4,"SyslogSeverity":"WARNING","SeverityValue":3,"Severity":"WARNING","Hostname":"nas-2","EventTime":"2026-11-29 07:41:18","SourceName":"kernel","Message":"ata3.00: exception Emask 0x0 SAct 0x40000 SErr 0x0 action 0x0"}`),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:21Z", Critical, "ups-1", `{"EventReceivedTime":"2026-11-29 07:41:21","SourceModuleName":"in_udp","SourceModuleType":"im_udp","MessageSourceAddress":"10.20.0.60","SyslogFacilityValue":3,"SyslogFacility":"DAEMON","SyslogSeverityValue":2,"SyslogSeverity":"CRIT","SeverityValue":5,"Severity":"CRITICAL","Hostname":"ups-1","EventTime":"2026-11-29 07:41:20","SourceName":"upsmon","ProcessID":"233","Message":"UPS ups1@localhost battery is low"}`),
		},
	},
	{
		name:   "kubernetes-event-exporter-stdout",
		source: "resmoio/kubernetes-event-exporter with the stdout receiver (each core/v1 Event as one JSON line: metadata, reason, message, source with component and host, firstTimestamp, lastTimestamp, count, type, eventTime, reportingComponent, reportingInstance, involvedObject with the exporter's labels): the exporter's README; Kubernetes API 'Event v1 core'; from memory of real lines",
		why:    "source.host (and reportingInstance) is the node whose kubelet reported the event; a scheduler's or controller's event has none, and the node or pod it names is the involved object; type is the level (Normal Info, Warning Warn); the record's time is its last or first timestamp, or eventTime when only that is set",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:38:02Z", Warn, "worker-03", `{"metadata":{"name":"web-7d9f8c6b5-x2k4q.17f2a1c0e4b1d2a3","namespace":"shop","uid":"5f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1","resourceVersion":"41207711","creationTimestamp":"2026-11-29T07:38:02Z"},"reason":"BackOff","message":"Back-off restarting failed container app in pod web-7d9f8c6b5-x2k4q_shop(0b6d4120-7ab1-45f1-8c2a-7e9b3d4c1a8e)","source":{"component":"kubelet","host":"worker-03"},"firstTimestamp":"2026-11-29T07:38:02Z","lastTimestamp":"2026-11-29T07:41:16Z","count":5,"type":"Warning","eventTime":null,"reportingComponent":"kubelet","reportingInstance":"worker-03","involvedObject":{"kind":"Pod","namespace":"shop","name":"web-7d9f8c6b5-x2k4q","uid":"0b6d4120-7ab1-45f1-8c2a-7e9b3d4c1a8e","apiVersion":"v1","resourceVersion":"41207001","fieldPath":"spec.containers{app}","labels":{"app":"web","pod-template-hash":"7d9f8c6b5"}}}`),
			we("2026-11-29T07:41:17.204118Z", Info, "", `{"metadata":{"name":"web-7d9f8c6b5-p5m2c.17f2a1c1a0b6d412","namespace":"shop","uid":"9b3d4c1a-8e2f-4b6d-8120-7ab15f1c2a7e","resourceVersion":"41207744","creationTimestamp":"2026-11-29T07:41:17Z"},"reason":"Scheduled","message":"Successfully assigned shop/web-7d9f8c6b5-p5m2c to worker-05","source":{},"firstTimestamp":null,"lastTimestamp":null,"type":"Normal","eventTime":"2026-11-29T07:41:17.204118Z","action":"Binding","reportingComponent":"default-scheduler","reportingInstance":"default-scheduler-control-plane-1","involvedObject":{"kind":"Pod","namespace":"shop","name":"web-7d9f8c6b5-p5m2c","uid":"1a8e2f0b-6d41-4207-ab15-f1c2a7e9b3d4","apiVersion":"v1","resourceVersion":"41207740","labels":{"app":"web","pod-template-hash":"7d9f8c6b5"}}}`),
			we("2026-11-29T07:41:17Z", Info, "", `{"metadata":{"name":"web.17f2a1c19b3d4c1a","namespace":"shop","uid":"c1a8e2f0-b6d4-4120-8ab1-5f1c2a7e9b3d","resourceVersion":"41207738","creationTimestamp":"2026-11-29T07:41:17Z"},"reason":"ScalingReplicaSet","message":"Scaled up replica set web-7d9f8c6b5 to 3 from 2","source":{"component":"deployment-controller"},"firstTimestamp":"2026-11-29T07:41:17Z","lastTimestamp":"2026-11-29T07:41:17Z","count":1,"type":"Normal","eventTime":null,"reportingComponent":"deployment-controller","reportingInstance":"","involvedObject":{"kind":"Deployment","namespace":"shop","name":"web","uid":"2f0b6d41-207a-4b15-9f1c-2a7e9b3d4c1a","apiVersion":"apps/v1","resourceVersion":"41207730","labels":{"app":"web"}}}`),
			we("2026-11-29T07:41:21Z", Info, "", `{"metadata":{"name":"worker-05.17f2a1c2d41207ab","namespace":"default","uid":"e9b3d4c1-a8e2-4f0b-9d41-207ab15f1c2a","resourceVersion":"41207802","creationTimestamp":"2026-11-29T07:41:21Z"},"reason":"NodeNotReady","message":"Node worker-05 status is now: NodeNotReady","source":{"component":"node-controller"},"firstTimestamp":"2026-11-29T07:41:21Z","lastTimestamp":"2026-11-29T07:41:21Z","count":1,"type":"Normal","eventTime":null,"reportingComponent":"node-controller","reportingInstance":"","involvedObject":{"kind":"Node","name":"worker-05","uid":"worker-05","apiVersion":"v1"}}`),
			we("2026-11-29T07:41:22Z", Info, "worker-03", `{"metadata":{"name":"web-7d9f8c6b5-x2k4q.17f2a1c3f1c2a7e9","namespace":"shop","uid":"41207ab1-5f1c-42a7-8e9b-3d4c1a8e2f0b","resourceVersion":"41207815","creationTimestamp":"2026-11-29T07:41:22Z"},"reason":"Pulled","message":"Container image \"registry.example.test/shop/web:4.2\" already present on machine","source":{"component":"kubelet","host":"worker-03"},"firstTimestamp":"2026-11-29T07:41:22Z","lastTimestamp":"2026-11-29T07:41:22Z","count":1,"type":"Normal","eventTime":null,"reportingComponent":"kubelet","reportingInstance":"worker-03","involvedObject":{"kind":"Pod","namespace":"shop","name":"web-7d9f8c6b5-x2k4q","uid":"0b6d4120-7ab1-45f1-8c2a-7e9b3d4c1a8e","apiVersion":"v1","resourceVersion":"41207001","fieldPath":"spec.containers{app}","labels":{"app":"web","pod-template-hash":"7d9f8c6b5"}}}`),
		},
	},
	{
		name:   "logstash8-syslog-input-ecs",
		source: "Logstash 8's syslog input in ECS v8 mode written by a file output as JSON lines (host.hostname from the syslog header, host.ip the sender's address, log.syslog.priority with facility and severity codes and names, process.name and pid, service.type, event.original, message, @version): logstash-plugins/logstash-input-syslog PR #63 and issue #67; logstash-plugins/logstash-patterns-core PR #262 (host.hostname for the header's host); from memory of real lines",
		why:    "host.hostname is the sender's name, host.ip its address; the severity name is the level; @timestamp is the record's time and event.original's header carries the same second",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "web-07", `{"@timestamp":"2026-11-29T07:41:16.000Z","@version":"1","host":{"hostname":"web-07","ip":"10.20.0.5"},"process":{"name":"sshd","pid":41207},"log":{"syslog":{"priority":86,"facility":{"code":10,"name":"security/authorization"},"severity":{"code":6,"name":"Informational"}}},"service":{"type":"system"},"event":{"original":"<86>Nov 29 07:41:16 web-07 sshd[41207]: Accepted publickey for deploy from 10.20.0.7 port 51234 ssh2"},"message":"Accepted publickey for deploy from 10.20.0.7 port 51234 ssh2"}`),
			we("2026-11-29T07:41:17Z", Error, "db-02", `{"@timestamp":"2026-11-29T07:41:17.000Z","@version":"1","host":{"hostname":"db-02","ip":"10.20.0.12"},"process":{"name":"postgres","pid":1120},"log":{"syslog":{"priority":131,"facility":{"code":16,"name":"local0"},"severity":{"code":3,"name":"Error"}}},"service":{"type":"system"},"event":{"original":"<131>Nov 29 07:41:17 db-02 postgres[1120]: [5-1] user=app,db=shop ERROR:  could not serialize access due to concurrent update"},"message":"[5-1] user=app,db=shop ERROR:  could not serialize access due to concurrent update"}`),
			we("2026-11-29T07:41:18Z", Warn, "nas-2", `{"@timestamp":"2026-11-29T07:41:18.000Z","@version":"1","host":{"hostname":"nas-2","ip":"10.20.0.40"},"process":{"name":"kernel"},"log":{"syslog":{"priority":4,"facility":{"code":0,"name":"kernel"},"severity":{"code":4,"name":"Warning"}}},"service":{"type":"system"},"event":{"original":"<4>Nov 29 07:41:18 nas-2 kernel: ata3.00: failed command: READ FPDMA QUEUED"},"message":"ata3.00: failed command: READ FPDMA QUEUED"}`),
			we("2026-11-29T07:41:19Z", Warn, "mail-01", `{"@timestamp":"2026-11-29T07:41:19.000Z","@version":"1","host":{"hostname":"mail-01","ip":"10.20.0.25"},"process":{"name":"postfix/smtpd","pid":7711},"log":{"syslog":{"priority":20,"facility":{"code":2,"name":"mail"},"severity":{"code":4,"name":"Warning"}}},"service":{"type":"system"},"event":{"original":"<20>Nov 29 07:41:19 mail-01 postfix/smtpd[7711]: warning: hostname unknown.example.net does not resolve to address 198.51.100.23"},"message":"warning: hostname unknown.example.net does not resolve to address 198.51.100.23"}`),
		},
	},
}

func TestFresh180Formats(t *testing.T) { assertTable(t, fresh180Cases) }

func TestFresh180Score(t *testing.T) {
	checkScore(t, "fresh180 formats", fresh180Cases, [worldNumFields]float64{90.3, 86.6, 82.9, 85.2})
}
