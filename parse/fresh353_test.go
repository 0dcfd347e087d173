package parse

import "testing"

// The three-hundred-and-fifty-third fresh table, written on 2026-12-06: hosts as programs place
// them, a further pass, in products and output shapes no earlier table holds. Each family is one
// program's documented or observed output, chosen for where it writes the host of a record: pyinfra
// 2's command line (`    [host] Success` under `--> ` section lines, the host in brackets);
// Nornir's print_result (`* host ** changed : False ****` banners, each host's block closed by a
// `^^^^ END task` line, the result's level at the end of the `vvvv` line); `consul exec -verbose`
// (Consul's TargetedUI: `==> node: msg` and `    node: output`, the run's own lines bare);
// `oc adm node-logs --role=master --path=openshift-apiserver/audit.log` (each audit event behind
// the node's name and a space); MAAS's maas.log read with grep over the log directory (the file
// name and a colon, then an RFC 3339 time with an offset, the region controller's name, the tag
// and a `[level]`, the machine's name in the message); `gnt-cluster command` (a dashed line, then
// `node: name`, the command's output and `return code = N` for each node); PowerShell's
// Get-Counter with -ComputerName (the Windows computer name inside each sample's counter path,
// `\\SQL-PRD-03\memory\available mbytes :`, under a `Timestamp` column); Ansible's
// ansible.posix.jsonl stdout callback (one JSON event a line, the host a key of its "hosts"
// object); `ara result list --resolve -f csv` (cliff's CSV with the host in a `(id) name` column).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`pyinfra`, `Starting operation`, `Proposed changes`, `Loading
// inventory`, `nornir`, `** changed :`, `^^^^ END`, `vvvv`, `napalm`, `netmiko`, `consul exec`,
// `finished with exit code`, `node(s) completed`, `acknowledged`, `node-logs`, `oc adm`,
// `openshift-apiserver`, `ec2.internal {`, `maas.log`, `maas.node`, `Status transition`, `maas`,
// `gnt-cluster`, `return code =`, `ganeti`, `CounterSamples`, `% processor time`, `Get-Counter`,
// `PDH-CSV`, `typeperf`, `ansible.posix`, `jsonl`, `v2_runner`, `_event`, `_timestamp`,
// `ara result`, `recordsansible`, `"ignore_errors"`, `--resolve`, `zabbix`, `Recovery time`,
// `zbx_problems_export`, `wmic`, `psloglist`, `NetbiosComputerName`, `SCOM`, `clush`, `pdsh`,
// `dshbak`, `parallel-ssh`, `mussh`, `xdsh`, `rubydebug`, `%{host}`, `hostIdentifier`,
// `log4net:HostName`, `MachineName`, `TimeGenerated`, `DeviceName`, `nps`, `IAS`). No table holds
// pyinfra, Nornir, consul exec, oc adm node-logs, maas.log, Get-Counter, the jsonl callback or ARA.
// `vvvv` is in fresh153 as an lvm2 -vvvv trace; `napalm` and `netmiko` are other tools' messages;
// `finished with exit code` is a KDE session line in fresh71; `return code =` is DeepSpeed's in
// fresh10 and fresh188; `% processor time` is a typeperf CSV header in fresh126 (PDH-CSV, also in
// fresh178 and fresh344); `_event` and `_timestamp` are other products' keys. Ganeti is in
// fresh130 and fresh152 as its daemons' logs and commands.log; `gnt-cluster command`'s output is
// in none. MAAS is in fresh179 as rackd.log and regiond.log; maas.log is in none. Ansible is in
// many tables (ad-hoc output, playbook output with profile_tasks, ansible-runner's job events in
// fresh288, the log_path file in fresh53); the jsonl callback is in none. Kubernetes audit events
// are in fresh2, fresh239 and fresh286 bare; behind oc's node prefix in none. Left out as measured
// already: clush, pdsh with dshbak, parallel-ssh, GNU parallel --tag, Salt, Bolt and knife ssh
// (fresh180, fresh220, fresh234, fresh261, fresh313, fresh329), Logstash's rubydebug and line
// codecs, osquery's hostIdentifier, log4net's HostName, Serilog's MachineName, Azure's and
// Sentinel's CSV exports, wmic and PsLogList (fresh115, fresh134, fresh344), NPS's IAS columns.
// Left out for want of a clean level: Zabbix's Problems CSV export (zbx_problems_export.csv, whose
// Average and High severities map onto no level without a choice of ours). Left out for want of a
// confirmed layout: SCOM's Get-SCOMAlert | Format-List. The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). MAAS's `-05:00` is converted; Get-Counter's `11/29/2026 9:41:16 AM` has no
// zone and is taken as UTC; ARA's started column and the jsonl callback's `_timestamp` are UTC
// with a Z. A Kubernetes audit event carries two of its own times (requestReceivedTimestamp and
// stageTimestamp), either accepted; a jsonl event's `_timestamp` and the task's duration end (or
// the play's and task's duration start on a start event) are written microseconds apart by the
// same call, either accepted; a task's earlier duration start on a result event is not the
// record's time. ARA's duration column, `cache_update_time` inside a result and `Completed in 2.41
// seconds` are no times. pyinfra's, Nornir's, consul exec's and gnt-cluster's output carry no
// time. Levels only where the line marks one: MAAS's `[info]`, `[warn]`, `[error]`, and the level
// name Nornir prints after the `vvvv` line of a host's block (its INFO or ERROR is the result's
// severity_level); an audit event's "level":"Metadata" is the audit level, not a severity, and
// ARA's and the callback's failed, unreachable or changed are results, not levels; pyinfra colours
// its errors and writes no level word. The host is the record's host: the node in pyinfra's
// brackets, Nornir's banner, consul exec's prefix, oc's prefix and gnt-cluster's `node:` line; the
// region controller in maas.log's header (the machine named after the level is the message's
// subject); the computer in Get-Counter's counter path; the one key of a jsonl result's "hosts"
// object; ARA's host column without its `(id) `. A play's stats (several hosts as keys), a
// section line or a summary line has no host; a client in sourceIPs is no host. A record that
// spans lines is one entry: a Nornir host block from its banner to its END line (a traceback with
// Python 3.12's carets inside it), a gnt-cluster node block from its dashes to its return code, a
// Get-Counter sample with its counters and blank lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit aeb7847 before any rule for it: level 81.1 %, time 78.4 %, host 27.7 %, records 65.6 %.
// That is the macro figure (micro: level 68.5 %, time 67.1 %, host 35.6 %, records 52.1 %), in a
// worktree at aeb7847 with no change to trawl's code (only this file and table_test.go's list), 1 of
// 9 families fully right (MAAS's grep'd maas.log); the gaps are pyinfra's indented `[host]` lines
// (joined to the section line above and their host unread), Nornir's host blocks (cut a line a
// record, banner host and trailing level name unread), consul exec's `==> node:` and `    node:`
// prefixes (host unread, indented lines joined), oc adm node-logs' node name before an audit event
// (neither time nor host), gnt-cluster command's node blocks (cut a line a record, `node:` unread),
// Get-Counter's computer name in the counter path, the jsonl callback's host as a "hosts" key, and
// ARA's CSV host column.

var fresh353Cases = []worldCase{
	{
		name:   "pyinfra2-cli-bracketed-host-lines",
		gap:    "trawl joins every indented line (`    [host] Connected`, `    Loading: deploy.py`, `    Groups: …`, `    [host]   Operations: …`, `    [host] Success`) to the `--> ` section line above it as a continuation, so no `[host]` line is a record of its own; and it reads no host from the `[host]` bracket after the four spaces, not even on a line alone",
		source: "pyinfra 1.x/2.x's command line (`pyinfra inventory.py deploy.py`: `--> ` section lines, then indented `[host] Connected`, `[host] Ready: file`, `[host] noop: …`, the proposed changes and results as `[host]   Operations: N   Change: N   No change: N   ` and `[host]   Successful: N   Errors: N   Commands: N/N`, an operation's `[host] Success` or `[host] No changes`; the CLI's LogFormatter colours by level and writes no level word): pyinfra-dev/pyinfra issues #731, #1070, #790 and #272, PR #401 (pasted output), pyinfra_cli/log.py",
		why:    "the host in brackets after four spaces, in lines between untimed `--> ` section lines; no time and no level anywhere; a section line or a `Groups:` line has no host",
		entries: []worldEntry{
			we("", Unknown, "", "--> Loading config...", ""),
			we("", Unknown, "", "--> Loading inventory...", ""),
			we("", Unknown, "", "--> Connecting to hosts..."),
			we("", Unknown, "web-03.lab.example.net", "    [web-03.lab.example.net] Connected"),
			we("", Unknown, "web-04.lab.example.net", "    [web-04.lab.example.net] Connected", ""),
			we("", Unknown, "", "--> Preparing operations..."),
			we("", Unknown, "", "    Loading: deploy.py"),
			we("", Unknown, "web-03.lab.example.net", "    [web-03.lab.example.net] noop: package certbot is installed (2.9.0-1)"),
			we("", Unknown, "web-03.lab.example.net", "    [web-03.lab.example.net] Ready: deploy.py"),
			we("", Unknown, "web-04.lab.example.net", "    [web-04.lab.example.net] Ready: deploy.py", ""),
			we("", Unknown, "", "--> Proposed changes:"),
			we("", Unknown, "", "    Groups: inventory / web_servers"),
			we("", Unknown, "web-03.lab.example.net", "    [web-03.lab.example.net]   Operations: 3   Change: 1   No change: 2   "),
			we("", Unknown, "web-04.lab.example.net", "    [web-04.lab.example.net]   Operations: 3   Change: 3   No change: 0   ", "", ""),
			we("", Unknown, "", "--> Beginning operation run..."),
			we("", Unknown, "", "--> Starting operation: Apt/Packages (packages=['nginx', 'certbot'], update=True) "),
			we("", Unknown, "web-03.lab.example.net", "    [web-03.lab.example.net] No changes"),
			we("", Unknown, "web-04.lab.example.net", "    [web-04.lab.example.net] Success", ""),
			we("", Unknown, "", "--> Starting operation: Files/Template (src='templates/nginx.conf.j2', dest='/etc/nginx/nginx.conf') "),
			we("", Unknown, "web-03.lab.example.net", "    [web-03.lab.example.net] Success"),
			we("", Unknown, "web-04.lab.example.net", "    [web-04.lab.example.net] Success", ""),
			we("", Unknown, "", "--> Results:"),
			we("", Unknown, "", "    Groups: inventory / web_servers"),
			we("", Unknown, "web-03.lab.example.net", "    [web-03.lab.example.net]   Successful: 3   Errors: 0   Commands: 2/2"),
			we("", Unknown, "web-04.lab.example.net", "    [web-04.lab.example.net]   Successful: 3   Errors: 0   Commands: 5/5"),
		},
	},
	{
		name:   "nornir-print-result-host-banner-blocks",
		gap:    "trawl cuts each host's block into a record per line: the `* host ** changed : False ***` banner stands alone with no host, the `vvvv task ** changed : False vvvv INFO` line is a record of its own whose trailing level name (INFO, ERROR) is not read, the result's lines and the `^^^^ END` line are records of their own, and the traceback is cut after `NetmikoTimeoutException: `",
		source: "Nornir 3 with nornir_utils' print_result over an AggregatedResult (the task name padded with `*` to 80 columns; for each host `* host ** changed : False ` padded with `*`, `vvvv task ** changed : False ` padded with `v` and followed by the result's severity_level name, the result's text, `^^^^ END task ` padded with `^`; a failed task's result is its traceback, printed with a blank line after it): nornir-automation/nornir_utils nornir_utils/plugins/functions/print_result.py, twin-bridges/nornir_course issue #18, ktbyers/nornir_netmiko issue #8, DataKnox/nornir_pyez issue #18 (pasted output); netmiko's timeout message from memory",
		why:    "the host in a star banner opens a block that ends at its `^^^^ END` line; the level name sits at the end of the `vvvv` line; a traceback's carets inside the block are no END line; no time",
		entries: []worldEntry{
			we("", Unknown, "", "netmiko_send_command************************************************************"),
			we("", Info, "core-sw01",
				"* core-sw01 ** changed : False *************************************************",
				"vvvv netmiko_send_command ** changed : False vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv INFO",
				"Interface              IP-Address      OK? Method Status                Protocol",
				"Vlan20                 10.20.0.2       YES NVRAM  up                    up",
				"GigabitEthernet1/0/48  10.250.3.1      YES NVRAM  up                    up",
				"^^^^ END netmiko_send_command ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"),
			we("", Error, "core-sw02",
				"* core-sw02 ** changed : False *************************************************",
				"vvvv netmiko_send_command ** changed : False vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv ERROR",
				"Traceback (most recent call last):",
				`  File "/opt/netops/venv/lib/python3.12/site-packages/nornir/core/task.py", line 99, in start`,
				"    r = self.task(self, **self.params)",
				"        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
				`  File "/opt/netops/venv/lib/python3.12/site-packages/nornir_netmiko/tasks/netmiko_send_command.py", line 26, in netmiko_send_command`,
				"    net_connect = task.host.get_connection(CONNECTION_NAME, task.nornir.config)",
				"                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
				"netmiko.exceptions.NetmikoTimeoutException: ",
				"TCP connection to device failed.",
				"",
				"Common causes of this problem are:",
				"1. Incorrect hostname or IP address.",
				"2. Wrong TCP port.",
				"3. Intermediate firewall blocking access.",
				"",
				"Device settings: cisco_ios 10.20.0.3:22",
				"",
				"",
				"^^^^ END netmiko_send_command ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"),
			we("", Info, "edge-rtr01",
				"* edge-rtr01 ** changed : False ************************************************",
				"vvvv netmiko_send_command ** changed : False vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv INFO",
				"Interface              IP-Address      OK? Method Status                Protocol",
				"GigabitEthernet0/0/0   203.0.113.18    YES NVRAM  up                    up",
				"GigabitEthernet0/0/1   10.250.3.2      YES NVRAM  up                    up",
				"^^^^ END netmiko_send_command ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"),
		},
	},
	{
		name:   "consul-exec-verbose-targeted-node-prefix",
		gap:    "trawl reads no host from `==> node: msg` nor from `    node: output`, and joins the indented `    node: output` lines to the `==> node:` line before them as continuations",
		source: "`consul exec -verbose -service=api 'systemctl is-active api nginx'` (command/exec/exec.go: the run's own Info lines bare, then TargetedUI's `==> node: acknowledged`, `==> node: finished with exit code N` and each output line as `    node: line`, and `N / N node(s) completed / acknowledged`, `Completed in N seconds`): hashicorp/consul command/exec/exec.go (TargetedUI.prefixLines, waitForJob), hashicorp/consul issues #2757 and #2946",
		why:    "the Consul node's name after `==>` or four spaces and before a colon; the run's own lines name no node; no time, and an exit code is no level",
		entries: []worldEntry{
			we("", Unknown, "", "Created remote execution session: 3f6c2a1e-9b4d-4e07-8c15-7a2d9e0b1f48"),
			we("", Unknown, "", "Uploaded remote execution spec"),
			we("", Unknown, "", "Fired remote execution event: 0b9e7c3d-52a4-6f18-9d3e-1c4a7b8e2f60"),
			we("", Unknown, "app-node-07", "==> app-node-07: acknowledged"),
			we("", Unknown, "app-node-09", "==> app-node-09: acknowledged"),
			we("", Unknown, "app-node-07", "    app-node-07: active"),
			we("", Unknown, "app-node-07", "    app-node-07: active"),
			we("", Unknown, "app-node-07", "==> app-node-07: finished with exit code 0"),
			we("", Unknown, "app-node-09", "    app-node-09: failed"),
			we("", Unknown, "app-node-09", "    app-node-09: active"),
			we("", Unknown, "app-node-09", "==> app-node-09: finished with exit code 3"),
			we("", Unknown, "", "2 / 2 node(s) completed / acknowledged"),
			we("", Unknown, "", "Completed in 2.41 seconds"),
		},
	},
	{
		name:   "oc-adm-node-logs-path-audit-node-prefix",
		source: "OpenShift 4's `oc adm node-logs --role=master --path=openshift-apiserver/audit.log` (for a path that is not the journal, each line of each node's file behind the node's name and a space, the nodes one after the other): openshift/oc pkg/cli/admin/node/logs.go (writeTo's `%s ` prefix, raw only for the journal), Red Hat OpenShift 4.5 docs 'Viewing the audit log' (the node-prefixed listing and the audit event shape)",
		why:    "the node's name and a space before a JSON audit event; the event's two own times either accepted; \"level\":\"Metadata\" is an audit level, not a severity; sourceIPs is a client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204511Z|2026-11-29T07:41:16.209873Z", Unknown, "ip-10-0-141-23.ec2.internal", `ip-10-0-141-23.ec2.internal {"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"5b0e4f7a-2c91-4d38-a6e1-9f3c07b2d814","stage":"ResponseComplete","requestURI":"/apis/route.openshift.io/v1/namespaces/shop/routes/storefront","verb":"get","user":{"username":"system:serviceaccount:openshift-ingress:router","uid":"7e2d9a41-0c3b-4f86-b5d2-1a9e6c4f8b07","groups":["system:serviceaccounts","system:serviceaccounts:openshift-ingress","system:authenticated"]},"sourceIPs":["10.128.2.14"],"userAgent":"openshift-router/v0.0.0 (linux/amd64) kubernetes/$Format","objectRef":{"resource":"routes","namespace":"shop","name":"storefront","apiGroup":"route.openshift.io","apiVersion":"v1"},"responseStatus":{"metadata":{},"code":200},"requestReceivedTimestamp":"2026-11-29T07:41:16.204511Z","stageTimestamp":"2026-11-29T07:41:16.209873Z","annotations":{"authorization.k8s.io/decision":"allow","authorization.k8s.io/reason":"RBAC: allowed by ClusterRoleBinding \"system:openshift:openshift-router\" of ClusterRole \"system:openshift:openshift-router\" to ServiceAccount \"router/openshift-ingress\""}}`),
			we("2026-11-29T07:41:19.880412Z|2026-11-29T07:41:19.903117Z", Unknown, "ip-10-0-141-23.ec2.internal", `ip-10-0-141-23.ec2.internal {"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"c81f30d5-6e2a-4b79-9d14-03a7e5f2c6b9","stage":"ResponseComplete","requestURI":"/apis/build.openshift.io/v1/namespaces/shop/buildconfigs/storefront/instantiate","verb":"create","user":{"username":"kira@example.com","uid":"2f5b8c1d-9e47-4a03-b6d8-5c0e1f7a3d92","groups":["dev-shop","system:authenticated:oauth","system:authenticated"]},"sourceIPs":["10.0.22.61"],"userAgent":"oc/4.17.0 (linux/amd64) kubernetes/5e1c4d2","objectRef":{"resource":"buildconfigs","namespace":"shop","name":"storefront","apiGroup":"build.openshift.io","apiVersion":"v1","subresource":"instantiate"},"responseStatus":{"metadata":{},"code":201},"requestReceivedTimestamp":"2026-11-29T07:41:19.880412Z","stageTimestamp":"2026-11-29T07:41:19.903117Z","annotations":{"authorization.k8s.io/decision":"allow","authorization.k8s.io/reason":"RBAC: allowed by RoleBinding \"shop-devs/shop\" of ClusterRole \"edit\" to Group \"dev-shop\""}}`),
			we("2026-11-29T07:41:17.512064Z|2026-11-29T07:41:17.515390Z", Unknown, "ip-10-0-152-88.ec2.internal", `ip-10-0-152-88.ec2.internal {"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"9a4e61c2-3f7d-4b05-8e93-d16b2c0a7f48","stage":"ResponseComplete","requestURI":"/apis/image.openshift.io/v1/namespaces/shop/imagestreamtags/storefront:latest","verb":"get","user":{"username":"system:serviceaccount:shop:builder","uid":"4c9e2a70-b1d3-4f58-8a26-e07d5b3c1f94","groups":["system:serviceaccounts","system:serviceaccounts:shop","system:authenticated"]},"sourceIPs":["10.129.0.31"],"userAgent":"openshift-controller-manager/v0.0.0 (linux/amd64) kubernetes/$Format","objectRef":{"resource":"imagestreamtags","namespace":"shop","name":"storefront:latest","apiGroup":"image.openshift.io","apiVersion":"v1"},"responseStatus":{"metadata":{},"status":"Failure","reason":"NotFound","code":404},"requestReceivedTimestamp":"2026-11-29T07:41:17.512064Z","stageTimestamp":"2026-11-29T07:41:17.515390Z","annotations":{"authorization.k8s.io/decision":"allow","authorization.k8s.io/reason":"RBAC: allowed by RoleBinding \"system:image-builders/shop\" of ClusterRole \"system:image-builder\" to ServiceAccount \"builder/shop\""}}`),
			we("2026-11-29T07:41:21.047795Z|2026-11-29T07:41:21.049002Z", Unknown, "ip-10-0-152-88.ec2.internal", `ip-10-0-152-88.ec2.internal {"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"e07b5d93-8c2f-4a16-b4e0-7f91c3a2d5e8","stage":"ResponseComplete","requestURI":"/apis/project.openshift.io/v1/projects","verb":"list","user":{"username":"system:anonymous","groups":["system:unauthenticated"]},"sourceIPs":["198.51.100.77"],"userAgent":"curl/8.5.0","objectRef":{"resource":"projects","apiGroup":"project.openshift.io","apiVersion":"v1"},"responseStatus":{"metadata":{},"status":"Failure","reason":"Forbidden","code":403},"requestReceivedTimestamp":"2026-11-29T07:41:21.047795Z","stageTimestamp":"2026-11-29T07:41:21.049002Z","annotations":{"authorization.k8s.io/decision":"forbid","authorization.k8s.io/reason":""}}`),
		},
	},
	{
		name:   "maas-log-grep-file-prefixed",
		source: "MAAS 3's /var/log/maas/maas.log read with `grep tidy-otter *.log` in the log directory (grep's `maas.log:` before each line; rsyslog's RFC 3339 time with microseconds and the local offset, the region controller's name, the `maas.<area>:` tag and `[level]`, the machine's name at the start of the message): maas.io docs 'How to work with log files' and 'About MAAS events' (grep'd maas.log lines), canonical/maas src/provisioningserver/logger/log.py (the maas.<tag> logger to syslog); the [warn] and [error] lines' wording from memory",
		why:    "grep's `maas.log:` before a -05:00 time; the host is the controller after the time, and the machine named after `[info]` is the message's subject; `[warn]` and `[error]` are levels",
		entries: []worldEntry{
			we("2026-11-29T07:40:51.461402Z", Info, "maas-region1", "maas.log:2026-11-29T02:40:51.461402-05:00 maas-region1 maas.interface: [info] enp1s0 (physical) on tidy-otter: IP address automatically unlinked: None:type=AUTO"),
			we("2026-11-29T07:40:51.553396Z", Info, "maas-region1", "maas.log:2026-11-29T02:40:51.553396-05:00 maas-region1 maas.node: [info] tidy-otter: Status transition from NEW to COMMISSIONING"),
			we("2026-11-29T07:40:51.754265Z", Info, "maas-region1", "maas.log:2026-11-29T02:40:51.754265-05:00 maas-region1 maas.power: [info] Changing power state (on) of node: tidy-otter (x7qk3m)"),
			we("2026-11-29T07:40:53.039441Z", Info, "maas-region1", "maas.log:2026-11-29T02:40:53.039441-05:00 maas-region1 maas.power: [info] Changed power state (on) of node: tidy-otter (x7qk3m)"),
			we("2026-11-29T07:44:07.795515Z", Info, "maas-region1", "maas.log:2026-11-29T02:44:07.795515-05:00 maas-region1 maas.node: [info] tidy-otter: Status transition from COMMISSIONING to TESTING"),
			we("2026-11-29T07:47:30.11824Z", Error, "maas-region1", "maas.log:2026-11-29T02:47:30.118240-05:00 maas-region1 maas.power: [error] Error changing power state (on) of node: tidy-otter (x7qk3m)"),
			we("2026-11-29T07:47:30.120981Z", Warn, "maas-region1", "maas.log:2026-11-29T02:47:30.120981-05:00 maas-region1 maas.node: [warn] tidy-otter: Power state could not be queried: Failed talking to node's BMC: connection timed out"),
			we("2026-11-29T07:52:16.288763Z", Info, "maas-region1", "maas.log:2026-11-29T02:52:16.288763-05:00 maas-region1 maas.node: [info] tidy-otter: Status transition from TESTING to READY"),
		},
	},
	{
		name:   "ganeti-gnt-cluster-command-node-blocks",
		gap:    "trawl cuts each node's block into a record per line (the dashed line, `node: name`, the output, `return code = N`) and reads no host from the labelled `node:` line",
		source: "Ganeti 2.16/3.0's `gnt-cluster command \"df -h /srv/ganeti | tail -n 1\"` (lib/client/gnt_cluster.py RunClusterCommand: for each node, the master last, a line of 48 dashes, `node: name`, the command's output as returned (its own last newline, then print's), `return code = N`): ganeti/ganeti lib/client/gnt_cluster.py, ffzg/gnt-info gnt-smart-query.sh (filtering the `return` and dashed lines out)",
		why:    "a labelled `node:` line under a dashed separator opens one node's block, which ends at its `return code =` line; an ssh error in the output is no level; no time",
		entries: []worldEntry{
			we("", Unknown, "gnt2.lab.example.net",
				"------------------------------------------------",
				"node: gnt2.lab.example.net",
				"/dev/mapper/xenvg-srv  400G  161G  240G  41% /srv/ganeti",
				"",
				"return code = 0"),
			we("", Unknown, "gnt3.lab.example.net",
				"------------------------------------------------",
				"node: gnt3.lab.example.net",
				"ssh: connect to host gnt3.lab.example.net port 22: No route to host",
				"",
				"return code = 255"),
			we("", Unknown, "gnt4.lab.example.net",
				"------------------------------------------------",
				"node: gnt4.lab.example.net",
				"df: /srv/ganeti: No such file or directory",
				"",
				"return code = 1"),
			we("", Unknown, "gnt1.lab.example.net",
				"------------------------------------------------",
				"node: gnt1.lab.example.net",
				"/dev/mapper/xenvg-srv  400G  212G  189G  53% /srv/ganeti",
				"",
				"return code = 0"),
		},
	},
	{
		name:   "powershell-get-counter-computername-samples",
		source: "PowerShell's Get-Counter with -ComputerName (`Get-Counter -Counter '\\Processor(_Total)\\% Processor Time','\\Memory\\Available MBytes' -ComputerName SQL-PRD-03 -SampleInterval 5 -MaxSamples 3` on an en-US console: a Timestamp and CounterSamples table, each sample's counters as `\\\\COMPUTER\\path :` with the value under it, 26 columns in, a blank line between counters and between samples): MicrosoftDocs/PowerShell-Docs reference/7.4/Microsoft.PowerShell.Diagnostics/Get-Counter.md (examples 2, 6, 7 and 10); the en-US `M/d/yyyy h:mm:ss tt` stamp from memory",
		why:    "the Windows computer name sits inside the counter path of each sample; the time is an en-US local stamp with AM and no zone; a sample's counters and blank lines are one record; the header is unscored",
		entries: []worldEntry{
			wskip("",
				"Timestamp                 CounterSamples",
				"---------                 --------------"),
			we("2026-11-29T09:41:16Z", Unknown, "SQL-PRD-03",
				`11/29/2026 9:41:16 AM     \\SQL-PRD-03\processor(_total)\% processor time :`,
				"                          37.5968799396998",
				"",
				`                          \\SQL-PRD-03\memory\available mbytes :`,
				"                          5123",
				""),
			we("2026-11-29T09:41:21Z", Unknown, "SQL-PRD-03",
				`11/29/2026 9:41:21 AM     \\SQL-PRD-03\processor(_total)\% processor time :`,
				"                          88.1942236415903",
				"",
				`                          \\SQL-PRD-03\memory\available mbytes :`,
				"                          4870",
				""),
			we("2026-11-29T09:41:26Z", Unknown, "SQL-PRD-03",
				`11/29/2026 9:41:26 AM     \\SQL-PRD-03\processor(_total)\% processor time :`,
				"                          41.0227615138712",
				"",
				`                          \\SQL-PRD-03\memory\available mbytes :`,
				"                          5011",
				""),
		},
	},
	{
		name:   "ansible-posix-jsonl-callback-hosts-key",
		gap:    "trawl reads `_timestamp` but no host on the result events: the host is the one key of the \"hosts\" object (`\"hosts\":{\"web-01.lab.example.net\":{…}}`), a key name rather than a value, and is not read",
		source: "Ansible with `ANSIBLE_STDOUT_CALLBACK=ansible.posix.jsonl` (plugins/callback/jsonl.py: one json.dumps a line with sort_keys and separators ',:', `_event` and `_timestamp` (utcnow().isoformat() and a Z) added to each; a play start, a task start with an empty \"hosts\", each result as the task with its duration and \"hosts\": {name: result}, the play's stats with every host as a key): ansible-collections/ansible.posix plugins/callback/jsonl.py",
		why:    "the host is the one key of a result's \"hosts\" object, not a value; `_timestamp` and the duration end (or start, on a start event) are written microseconds apart, either accepted, and a result's earlier task start is not its time; cache_update_time is no time; failed and unreachable are results, not levels; the stats name several hosts and so none",
		entries: []worldEntry{
			we("2026-11-29T07:41:10.118204Z|2026-11-29T07:41:10.118133Z", Unknown, "", `{"_event":"v2_playbook_on_play_start","_timestamp":"2026-11-29T07:41:10.118204Z","play":{"duration":{"start":"2026-11-29T07:41:10.118133Z"},"id":"0242ac11-0002-7c1d-e4a2-000000000006","name":"Web tier"},"tasks":[]}`),
			we("2026-11-29T07:41:12.930502Z|2026-11-29T07:41:12.930417Z", Unknown, "", `{"_event":"v2_playbook_on_task_start","_timestamp":"2026-11-29T07:41:12.930502Z","hosts":{},"task":{"duration":{"start":"2026-11-29T07:41:12.930417Z"},"id":"0242ac11-0002-7c1d-e4a2-00000000000a","name":"Install nginx"}}`),
			we("2026-11-29T07:41:16.412391Z|2026-11-29T07:41:16.412288Z", Unknown, "web-01.lab.example.net", `{"_event":"v2_runner_on_ok","_timestamp":"2026-11-29T07:41:16.412391Z","hosts":{"web-01.lab.example.net":{"_ansible_no_log":false,"action":"ansible.builtin.apt","cache_update_time":1795931400,"cache_updated":false,"changed":true,"stderr":"","stderr_lines":[],"stdout":"Reading package lists...\nBuilding dependency tree...\nSetting up nginx (1.24.0-2ubuntu7.1) ...\n","stdout_lines":["Reading package lists...","Building dependency tree...","Setting up nginx (1.24.0-2ubuntu7.1) ..."]}},"task":{"duration":{"end":"2026-11-29T07:41:16.412288Z","start":"2026-11-29T07:41:12.930417Z"},"id":"0242ac11-0002-7c1d-e4a2-00000000000a","name":"Install nginx"}}`),
			we("2026-11-29T07:41:16.98022Z|2026-11-29T07:41:16.980114Z", Unknown, "web-02.lab.example.net", `{"_event":"v2_runner_on_failed","_timestamp":"2026-11-29T07:41:16.980220Z","hosts":{"web-02.lab.example.net":{"_ansible_no_log":false,"action":"ansible.builtin.apt","cache_update_time":1795931402,"cache_updated":false,"changed":false,"failed":true,"msg":"No package matching 'nginx-extras-lts' is available"}},"task":{"duration":{"end":"2026-11-29T07:41:16.980114Z","start":"2026-11-29T07:41:12.930417Z"},"id":"0242ac11-0002-7c1d-e4a2-00000000000a","name":"Install nginx"}}`),
			we("2026-11-29T07:41:42.00684Z|2026-11-29T07:41:42.006731Z", Unknown, "web-03.lab.example.net", `{"_event":"v2_runner_on_unreachable","_timestamp":"2026-11-29T07:41:42.006840Z","hosts":{"web-03.lab.example.net":{"action":"ansible.builtin.apt","changed":false,"msg":"Failed to connect to the host via ssh: ssh: connect to host web-03.lab.example.net port 22: Connection timed out","unreachable":true}},"task":{"duration":{"end":"2026-11-29T07:41:42.006731Z","start":"2026-11-29T07:41:12.930417Z"},"id":"0242ac11-0002-7c1d-e4a2-00000000000a","name":"Install nginx"}}`),
			we("2026-11-29T07:41:42.311975Z", Unknown, "", `{"_event":"v2_playbook_on_stats","_timestamp":"2026-11-29T07:41:42.311975Z","custom_stats":{},"global_custom_stats":{},"stats":{"web-01.lab.example.net":{"changed":1,"failures":0,"ignored":0,"ok":2,"rescued":0,"skipped":0,"unreachable":0},"web-02.lab.example.net":{"changed":0,"failures":1,"ignored":0,"ok":1,"rescued":0,"skipped":0,"unreachable":0},"web-03.lab.example.net":{"changed":0,"failures":0,"ignored":0,"ok":1,"rescued":0,"skipped":0,"unreachable":1}}}`),
		},
	},
	{
		name:   "ara-result-list-resolve-csv",
		gap:    "trawl reads the started column but no host: the CSV's `host` column (`\"(131) web-01.lab.example.net\"`, the ARA id in parentheses before the name) is not read as the host",
		source: "ARA 1.x's API client, `ara result list --resolve -f csv` (ara/cli/result.py: columns id, status, playbook, task, host, started, duration, with --resolve the playbook, task and host as `(id) name`, newest first by -started; cliff's CSV formatter quoting non-numeric fields by default): ansible-community/ara ara/cli/result.py and doc/source/cli.rst, openstack cliff cliff/formatters/commaseparated.py; the API's `…Z` started and `HH:MM:SS.ffffff` duration from memory",
		why:    "the host is a CSV column written as `(131) name`; the started column is the time, the duration column is not; a failed or unreachable status is no level; the header row is unscored",
		entries: []worldEntry{
			wskip(`"id","status","playbook","task","host","started","duration"`),
			we("2026-11-29T07:41:12.944020Z", Unknown, "web-02.lab.example.net", `5127,"failed","(204) /srv/ansible/site.yml","(3311) Install nginx","(132) web-02.lab.example.net","2026-11-29T07:41:12.944020Z","00:00:04.036094"`),
			we("2026-11-29T07:41:12.941187Z", Unknown, "web-03.lab.example.net", `5126,"unreachable","(204) /srv/ansible/site.yml","(3311) Install nginx","(133) web-03.lab.example.net","2026-11-29T07:41:12.941187Z","00:00:29.065544"`),
			we("2026-11-29T07:41:12.938772Z", Unknown, "web-01.lab.example.net", `5125,"changed","(204) /srv/ansible/site.yml","(3311) Install nginx","(131) web-01.lab.example.net","2026-11-29T07:41:12.938772Z","00:00:03.473516"`),
			we("2026-11-29T07:41:10.305118Z", Unknown, "web-03.lab.example.net", `5124,"ok","(204) /srv/ansible/site.yml","(3310) Gathering Facts","(133) web-03.lab.example.net","2026-11-29T07:41:10.305118Z","00:00:02.514773"`),
			we("2026-11-29T07:41:10.303449Z", Unknown, "web-02.lab.example.net", `5123,"ok","(204) /srv/ansible/site.yml","(3310) Gathering Facts","(132) web-02.lab.example.net","2026-11-29T07:41:10.303449Z","00:00:02.200131"`),
			we("2026-11-29T07:41:10.301906Z", Unknown, "web-01.lab.example.net", `5122,"ok","(204) /srv/ansible/site.yml","(3310) Gathering Facts","(131) web-01.lab.example.net","2026-11-29T07:41:10.301906Z","00:00:02.418007"`),
		},
	},
}

func TestFresh353Formats(t *testing.T) { assertTable(t, fresh353Cases) }
func TestFresh353Score(t *testing.T) {
	checkScore(t, "fresh353 formats", fresh353Cases, [worldNumFields]float64{81, 89.4, 49.8, 65.5})
}
