package parse

import "testing"

// The two-hundred-and-eighty-eighth fresh table, written on 2026-12-06: configuration management and
// orchestration agents' logs, in shapes no earlier table holds. Each family is one product's
// documented or observed output: `puppet agent --test` on a terminal (its console destination's
// ANSI colours around `Info:`, `Notice:`, `Warning:` and `Error:`, show_diff's unified diff inside a
// Notice, an apt-get failure over lines inside an Error); salt-minion under systemd read with
// journalctl (Salt's console format `[LEVEL   ]` behind the journal's header, a traceback from
// Salt's global exception handler on journal lines of its own); salt-api's log file (Salt's
// log_fmt_logfile around CherryPy's engine and access lines with CherryPy's own bracketed time,
// the `cherrypy.access.<app id>` logger name too long for its column); Chef Infra Client 18's doc
// formatter on a failed run (resource reports with their indented updates, a diff and the
// error block, then the logger's `[ISO time] ERROR:`/`FATAL:` lines among the untimed ones);
// CFEngine's cf-agent in inform mode on a terminal (no time, the level right-aligned with
// leading blanks, `R:` reports); CFEngine's promise_summary.log (two epochs, start and end);
// Rundeck's execution log file (`.rdlog`, `^`-delimited events with `|` fields, one message over
// lines); AWX's job events as ansible-runner streams them with `-j` (one JSON event a line, a
// zone-less `created`, ANSI escapes inside `stdout`); Terraform with TF_LOG=DEBUG at -08:00 (a
// provider's HTTP bodies in hclog's `key=` block, a WARN whose message goes on over indented
// lines); Packer's PACKER_LOG_PATH file (Go's log stamp before `ui:` lines that carry the UI's
// ANSI colours, a UI message over three lines, `ui error:`, `machine readable:`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`puppet`, `puppetserver`, `Notice: `, `Info: Using`, `Applying configuration version`,
// `Caching catalog`, `Retrieving pluginfacts`, `Filebucketed`, `Computing checksum`, `Stage[main]`,
// `[0;32m`, `salt`, `salt-minion`, `salt-minion[`, `[salt.`, `[ERROR   ]`, `[WARNING ]`,
// `global exception handler`, `cherrypy`, `cherrypy.access`, `ENGINE Bus`, `chef`, `chef-client`,
// `Chef Infra`, `Starting Chef Infra Client`, `Synchronizing cookbooks`, `Converging`, `Recipe:`,
// `Running handlers`, `Stacktrace dumped`, `cfengine`, `cf-agent`, `cf-serverd`, `cf-execd`,
// `promise_summary`, `Outcome of version`, `Executing 'no timeout'`, `failed in some repairs`,
// `R: `, `rundeck`, `service.log`, `executions.log`, `rdlog`, `x-rundeck-log`, `stepbegin`,
// `nodebegin`, `awx`, `tower`, `ansible`, `ansible-runner`, `runner_ident`, `runner_on_`,
// `playbook_on`, `event_data`, `PLAY [`, `TASK [`, `PLAY RECAP`, `terraform`, `TF_LOG`, `tfexec`,
// `tf_req_id`, `http.request.body`, `http.response.body`, `x_amz_date`, `produced an invalid plan`,
// `hclog`, `  | `, `packer`, `PACKER_LOG`, `packer-plugin`, `ui error:`, `ui: ==>`,
// `machine readable`, `The VM will be run headless`, `opentofu`, `pulumi`, `r10k`, `foreman`,
// `mcollective`, `choria`, `bolt`, `habitat`, `knife`). Puppet is in holdout (the agent's --logdest
// file), fresh53 (the agent through syslog, Puppet Server's access log, PuppetDB, r10k), fresh_test
// (puppetserver.log's logback lines) and fresh220 (Bolt); the agent's coloured console with a diff
// is in none. Salt is in holdout (the minion's log file), fresh53 (the master's file, salt-call's
// console) and fresh180/182/220/234 (the outputters and the event bus); the console format in the
// journal and salt-api's file with CherryPy's lines are in none. Chef is in fresh_test (the
// client's log), fresh180 (knife ssh) and fresh53 (erchef); the doc formatter is in none. CFEngine
// is in fresh17 (cf-agent with --timestamp); its untimed inform output and promise_summary.log are
// in none. Rundeck is in fresh3 (service.log); the .rdlog is in none. AWX is in fresh53 (its task
// log) and Ansible's own outputs in holdout, fresh53, fresh180 and fresh220; ansible-runner's JSON
// events are in none. Terraform is in fresh27 (TF_LOG text at +0100), fresh53 (TF_LOG=json) and
// fresh176 (TF_LOG=INFO among the UI's lines), and hclog's multi-line `key=` block is fresh252's
// (a Nomad plugin's stderr); a provider's relayed HTTP bodies at a negative offset and a WARN whose
// message goes on over lines are in none. Packer is in fresh34 (PACKER_LOG with `ui error:`) and
// fresh53 (-machine-readable, -timestamp-ui); the coloured `ui:` lines, a UI message over lines
// and `machine readable:` are in none. Left out: puppetserver.log (fresh_test), TF_LOG=JSON
// (fresh53), rundeck.executions.log and cf-serverd's log (no stored source showed their lines) and
// Puppet Server's JSON logging (not confirmed in a stored source). The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The journal's `Nov 29` has no year (2026); Salt's, Go's log and CherryPy's
// stamps have no zone and are read as UTC, CherryPy's bracket being the same second as Salt's
// stamp, so either is accepted; Chef's logger lines carry +00:00; promise_summary.log's two epochs
// are the run's start and its end, either accepted; the rdlog's times end in Z; ansible-runner's
// `created` has no zone (UTC), and a task's `start` and `end` inside event_data and a result's
// `cache_update_time` epoch are not the event's time; Terraform's -0800 is converted (23:41 on the
// 28th is 07:41 on the 29th), the provider's `timestamp=` being the same instant, and the HTTP Date
// header and `x_amz_date` are no record times; Puppet's `Applying configuration version
// '1795938076'` is a catalog version, no time, and the file times in show_diff's and Chef's diff
// headers are the files' times, not the records'. Levels only where the line marks one: Puppet's
// `Info:`/`Notice:`/`Warning:`/`Error:` words, Salt's bracketed column, Chef's logger word (FATAL is
// Critical), CFEngine's right-aligned word (an `R:` report has none), the rdlog's level field (empty
// is Rundeck's default NORMAL, which the line does not write: no level), hclog's bracket, Packer's
// `[TRACE]`/`[INFO]` tags and `ui error:` (the UI's error stream, as in fresh34). ansible-runner's
// events carry no level (`runner_on_failed` and `"failed": true` are outcomes). The host is the
// record's host field: the journal header's name; the rdlog's `node=` field, the node each event
// belongs to, as Rundeck's own log view shows it; an ansible-runner result event's `host`, the node
// that ran the task and returned the result (as fresh180 takes an ad-hoc result's node), while an
// unreachable node wrote nothing and a playbook or task event is the controller's own; a client
// address (salt-api's access lines), a certname in a message and a Packer build name are no hosts.
// A record that spans lines is one entry: show_diff's diff with the colour reset on its own line
// after it, an Error whose command output runs over lines, a traceback on prefixed journal lines, a
// CherryPy error with its request headers and traceback, a Chef resource with its indented updates
// (and the blank line after the last one), an rdlog event up to its closing `^`, an hclog `key=`
// block up to the line of keys after it, a WARN's indented lines, a UI message's three lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 21aff8d before any rule for it: level 87.6 %, time 90.6 %, host 79.8 %, records 85.1 %.
// That is the macro figure (micro: level 86.3 %, time 89.2 %, host 79.4 %, records 81.4 %), in a
// worktree at 21aff8d with no change to trawl's code (only this file and table_test.go's list), 4 of
// 10 families fully right (salt-api's file, promise_summary.log, Terraform's debug log, Packer's
// log file); the gaps are Puppet's show_diff and multi-line Error, the traceback behind the
// journal's header under Salt's handler line, the doc formatter's indented resources and its untimed
// lines after the logger's, cf-agent's right-aligned levels behind leading blanks, the rdlog's WARN
// and ERROR fields and its node=, and the node in ansible-runner's event_data.

var fresh288Cases = []worldCase{
	{
		name:   "puppet-agent-test-ansi-show-diff",
		gap:    "show_diff's diff is cut from its `Notice: …/content: ` line: the `--- /etc/motd<TAB>2026-11-20 08:12:03…` line starts a record of its own with the file's time, and the `+++` line another with the temp file's time that takes the hunk and the `\\e[0m` reset; the apt-get output after `Error: … returned 100: Reading package lists...` (`Building dependency tree...`, `Reading state information...`, `E: Unable to locate package nginx-extras\\e[0m`) comes out as three records of their own, the last read as error",
		source: "`puppet agent --test` (Puppet 8) on a terminal and tee'd to a file: the console destination writes `Level: msg` (or `Level: source: msg`) wrapped in the level's colour, Info green `\\e[0;32m`, Notice reset `\\e[m`, Warning `\\e[1;33m`, Error `\\e[1;31m`, each closed by `\\e[0m`; show_diff logs the unified diff as the Notice's message after a newline, so the reset lands on a line of its own: puppetlabs/puppet lib/puppet/util/log/destinations.rb (console) and lib/puppet/util/colors.rb; echocat/puppet-graphite issue #57 and voxpupuli/puppet-elasticsearch issue #56 (agent runs with the diff); the apt-get failure's lines from memory",
		why:    "no time and no host anywhere; the level is the word after the colour code; the configuration version is an epoch-like number, no time; the diff's `---`/`+++` lines carry the files' times and belong to the Notice; an Error's command output runs on over lines up to the reset",
		entries: []worldEntry{
			we("", Info, "", "\x1b[0;32mInfo: Using environment 'production'\x1b[0m"),
			we("", Info, "", "\x1b[0;32mInfo: Retrieving pluginfacts\x1b[0m"),
			we("", Info, "", "\x1b[0;32mInfo: Retrieving plugin\x1b[0m"),
			we("", Info, "", "\x1b[0;32mInfo: Loading facts\x1b[0m"),
			we("", Notice, "", "\x1b[mNotice: Requesting catalog from puppet.example.org:8140 (10.20.0.5)\x1b[0m"),
			we("", Notice, "", "\x1b[mNotice: Catalog compiled by puppet.example.org\x1b[0m"),
			we("", Info, "", "\x1b[0;32mInfo: Caching catalog for web1.example.org\x1b[0m"),
			we("", Info, "", "\x1b[0;32mInfo: Applying configuration version '1795938076'\x1b[0m"),
			we("", Notice, "",
				"\x1b[mNotice: /Stage[main]/Motd/File[/etc/motd]/content: ",
				"--- /etc/motd\t2026-11-20 08:12:03.000000000 +0000",
				"+++ /tmp/puppet-file20261129-41207-1k9x2qz\t2026-11-29 07:41:19.412885390 +0000",
				"@@ -1 +1,2 @@",
				" Welcome to web1",
				"+This host is managed by Puppet. Local changes will be overwritten.",
				"\x1b[0m"),
			we("", Info, "", "\x1b[0;32mInfo: Computing checksum on file /etc/motd\x1b[0m"),
			we("", Info, "", "\x1b[0;32mInfo: /Stage[main]/Motd/File[/etc/motd]: Filebucketed /etc/motd to puppet with sum 5a1f0c3e9b2d47a8c6e41d7f2b9038ac5e6d1f7a2c4b8e0d9f3a6c1b7e2d4f08\x1b[0m"),
			we("", Notice, "", "\x1b[mNotice: /Stage[main]/Motd/File[/etc/motd]/content: content changed '{sha256}5a1f0c3e9b2d47a8c6e41d7f2b9038ac5e6d1f7a2c4b8e0d9f3a6c1b7e2d4f08' to '{sha256}c93e7b1d4a2f08e6b5c9d3a7f1e2b4c6d8a0f3e5b7c9d1a2f4e6b8c0d2a4f6e8'\x1b[0m"),
			we("", Error, "",
				"\x1b[1;31mError: /Stage[main]/Nginx::Install/Package[nginx-extras]/ensure: change from 'purged' to 'present' failed: Execution of '/usr/bin/apt-get -q -y -o DPkg::Options::=--force-confold install nginx-extras' returned 100: Reading package lists...",
				"Building dependency tree...",
				"Reading state information...",
				"E: Unable to locate package nginx-extras\x1b[0m"),
			we("", Warn, "", "\x1b[1;33mWarning: /Stage[main]/Nginx::Service/Service[nginx]: Skipping because of failed dependencies\x1b[0m"),
			we("", Notice, "", "\x1b[mNotice: Applied catalog in 6.84 seconds\x1b[0m"),
		},
	},
	{
		name:   "salt-minion-journal-console-levels",
		gap:    "the global exception handler's lines behind the same journal header are not joined to their `[ERROR   ]` line: `KeyError: 'master_uri'` is a record of its own and `Traceback (most recent call last):` starts another that takes the File lines and the closing exception",
		source: "salt-minion (3006/3007 onedir) under systemd read with `journalctl -u salt-minion`: the daemon's console handler writes log_fmt_console `[%(levelname)-8s] %(message)s` to stderr, which the journal stamps with its `Mmm dd HH:mm:ss host ident[pid]: ` header, one journal line a line of output; Salt's global exception handler logs `An un-handled exception was caught by Salt's global exception handler:` then `Type: value` and the traceback: NixOS/nixpkgs PR #48499 and Security-Onion-Solutions/securityonion PR #1190 (the journal lines), saltstack/salt issue #68374 (log_fmt_console); the handler's message layout from memory",
		why:    "the journal's yearless time and host; Salt's padded level in brackets after the header is the level; systemd's own line has none; a traceback's lines, each behind the same header, are one record with the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:01Z", Unknown, "web-07", "Nov 29 07:41:01 web-07 systemd[1]: Started salt-minion.service - The Salt Minion."),
			we("2026-11-29T07:41:02Z", Error, "web-07", "Nov 29 07:41:02 web-07 salt-minion[1204]: [ERROR   ] DNS lookup or connection check of 'salt-master.example.org' failed."),
			we("2026-11-29T07:41:02Z", Error, "web-07", "Nov 29 07:41:02 web-07 salt-minion[1204]: [ERROR   ] Master hostname: 'salt-master.example.org' not found or not responsive. Retrying in 30 seconds"),
			we("2026-11-29T07:41:32Z", Error, "web-07", "Nov 29 07:41:32 web-07 salt-minion[1204]: [ERROR   ] The Salt Master has cached the public key for this node, this salt minion will wait for 10 seconds before attempting to re-authenticate"),
			we("2026-11-29T07:41:42Z", Critical, "web-07", "Nov 29 07:41:42 web-07 salt-minion[1204]: [CRITICAL] The Salt Master server's public key did not authenticate!"),
			we("2026-11-29T07:42:10Z", Error, "web-07",
				"Nov 29 07:42:10 web-07 salt-minion[1204]: [ERROR   ] An un-handled exception was caught by Salt's global exception handler:",
				"Nov 29 07:42:10 web-07 salt-minion[1204]: KeyError: 'master_uri'",
				"Nov 29 07:42:10 web-07 salt-minion[1204]: Traceback (most recent call last):",
				`Nov 29 07:42:10 web-07 salt-minion[1204]:   File "/opt/saltstack/salt/lib/python3.10/site-packages/salt/minion.py", line 1412, in _post_master_init`,
				`Nov 29 07:42:10 web-07 salt-minion[1204]:     self.opts["master_uri"],`,
				"Nov 29 07:42:10 web-07 salt-minion[1204]: KeyError: 'master_uri'"),
			we("2026-11-29T07:42:11Z", Warn, "web-07", "Nov 29 07:42:11 web-07 salt-minion[1204]: [WARNING ] Minion received a SIGTERM. Exiting."),
		},
	},
	{
		name:   "salt-api-logfile-cherrypy-access",
		source: "salt-api's /var/log/salt/api with Salt's default log_fmt_logfile `%(asctime)s,%(msecs)03d [%(name)-17s:%(lineno)-4d][%(levelname)-8s][%(process)d] %(message)s` around rest_cherrypy's CherryPy lines (CherryPy's `[dd/Mon/yyyy:HH:mm:ss] ENGINE msg` under `cherrypy.error`, access lines `addr - - [dd/Mon/yyyy:HH:mm:ss] \"request\" status bytes \"referer\" \"agent\"` under `cherrypy.access.<id(app)>`, a 500's request headers and traceback): saltstack/salt issues #68374 (log_fmt_logfile) and #32866, vmware-archive/salt-api issue #182 (`[INFO    ] [12/Jan/2018:21:58:35] ENGINE …`), saltstack/salt PR #59095 (rest_cherrypy's access and error logs); the logger names with the app's id from memory",
		why:    "Salt's zone-less stamp with milliseconds, then CherryPy's own bracketed time of the same second; the level is Salt's column; a logger name longer than its column pushes the line number out; the client address of an access line is no host; a 500's headers and traceback are one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.087Z", Warn, "", "2026-11-29 07:41:16,087 [salt.netapi.rest_cherrypy.app:2960][WARNING ][4120] The 'disable_ssl' option is set; the API is served over plain HTTP"),
			we("2026-11-29T07:41:16.102Z|2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16,102 [cherrypy.error   :214 ][INFO    ][4120] [29/Nov/2026:07:41:16] ENGINE Bus STARTING"),
			we("2026-11-29T07:41:16.118Z|2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16,118 [cherrypy.error   :214 ][INFO    ][4120] [29/Nov/2026:07:41:16] ENGINE Serving on http://0.0.0.0:8000"),
			we("2026-11-29T07:41:17.004Z|2026-11-29T07:41:17Z", Info, "", `2026-11-29 07:41:17,004 [cherrypy.access.140245372231248:282 ][INFO    ][4120] 10.20.0.5 - - [29/Nov/2026:07:41:17] "POST /login HTTP/1.1" 200 312 "" "python-requests/2.32.3"`),
			we("2026-11-29T07:41:18.441Z|2026-11-29T07:41:18Z", Info, "", `2026-11-29 07:41:18,441 [cherrypy.access.140245372231248:282 ][INFO    ][4120] 10.20.0.5 - - [29/Nov/2026:07:41:18] "POST / HTTP/1.1" 200 2041 "" "python-requests/2.32.3"`),
			we("2026-11-29T07:41:22.870Z|2026-11-29T07:41:22Z", Error, "",
				"2026-11-29 07:41:22,870 [cherrypy.error.140245372231248:214 ][ERROR   ][4120] [29/Nov/2026:07:41:22] HTTP ",
				"Request Headers:",
				"  Remote-Addr: 10.20.0.9",
				"  HOST: salt-master.example.org:8000",
				"  X-AUTH-TOKEN: 6c1f2e9a4b7d3c0e8f5a2b1d9c4e7f03a6b8d2c5",
				"Traceback (most recent call last):",
				`  File "/opt/saltstack/salt/lib/python3.10/site-packages/cherrypy/_cprequest.py", line 659, in respond`,
				"    self._do_respond(path_info)",
				`  File "/opt/saltstack/salt/lib/python3.10/site-packages/salt/netapi/rest_cherrypy/app.py", line 1236, in POST`,
				`    return {"return": list(self.exec_lowstate(token=cherrypy.session.get("token")))}`,
				`salt.exceptions.EauthAuthenticationError: Authentication failure of type "token" occurred.`),
			we("2026-11-29T07:41:22.874Z|2026-11-29T07:41:22Z", Info, "", `2026-11-29 07:41:22,874 [cherrypy.access.140245372231248:282 ][INFO    ][4120] 10.20.0.9 - - [29/Nov/2026:07:41:22] "POST / HTTP/1.1" 500 1412 "" "curl/8.5.0"`),
		},
	},
	{
		name:   "chef-client-doc-formatter-failed-run",
		gap:    "the resource reports indented under `Recipe: …` (`  * template[/etc/motd] action create`, `  * apt_package[nginx-extras] action install`, each with its updates, diff or error block) are joined to the Recipe line instead of starting records of their own; an untimed formatter line after one of the logger's timed lines (`Running handlers complete` after `[…] ERROR: Running exception handlers`, `Infra Phase failed. …` after `[…] ERROR: Exception handlers complete`) is joined to it",
		source: "Chef Infra Client 18's default doc formatter (`chef-client` with output captured to a file, no colour): run_start's `Starting Chef Infra Client, version …`, `Infra Phase starting`, the cookbook list under `Synchronizing cookbooks:`, `Recipe: …`, each resource as `  * type[name] action act` with its updates `    - …` and a diff indented under it, a failed resource's error block (`================` rules, the exception class, the resource declaration), `Running handlers:`, and the logger's `[ISO time] ERROR:`/`FATAL:` lines that the default log level lets through on a failed run: chef/chef lib/chef/formatters/doc.rb, chef/chef PR #11951 (the Infra Phase wording) and chef-web-docs issue #3385; the error block and the FATAL lines from memory",
		why:    "the formatter's lines have no time, level or host; an indented update line and the diff under a resource report are part of it, and the blank line before `Running handlers:` ends the last one; the diff's header times are files' times; the logger's lines among them carry a +00:00 time and ERROR or FATAL (Critical)",
		entries: []worldEntry{
			we("", Unknown, "", "Starting Chef Infra Client, version 18.6.2"),
			we("", Unknown, "", "Patents: https://www.chef.io/patents"),
			we("", Unknown, "", "Infra Phase starting"),
			we("", Unknown, "", `resolving cookbooks for run list: ["base::default", "nginx::default"]`),
			we("", Unknown, "", "Synchronizing cookbooks:", "  - base (2.4.1)", "  - nginx (12.2.7)"),
			we("", Unknown, "", "Installing cookbook gem dependencies:"),
			we("", Unknown, "", "Compiling cookbooks..."),
			we("", Unknown, "", "Loading Chef InSpec profile files:"),
			we("", Unknown, "", "Loading Chef InSpec input files:"),
			we("", Unknown, "", "Loading Chef InSpec waiver files:"),
			we("", Unknown, "", "Converging 3 resources"),
			we("", Unknown, "", "Recipe: base::default"),
			we("", Unknown, "",
				"  * template[/etc/motd] action create",
				"    - update content in file /etc/motd from 5a1f0c to c93e7b",
				"    --- /etc/motd\t2026-11-20 08:12:03.000000000 +0000",
				"    +++ /etc/.chef-motd20261129-41207-1q2w3e\t2026-11-29 07:41:19.412885390 +0000",
				"    @@ -1 +1,2 @@",
				"     Welcome to web1",
				"    +This host is managed by Chef Infra. Local changes will be overwritten."),
			we("", Unknown, "", "Recipe: nginx::default"),
			we("", Unknown, "",
				"  * apt_package[nginx-extras] action install",
				"    * No candidate version available for nginx-extras",
				"    ================================================================================",
				"    Error executing action `install` on resource 'apt_package[nginx-extras]'",
				"    ================================================================================",
				"",
				"    Chef::Exceptions::Package",
				"    -------------------------",
				"    No candidate version available for nginx-extras",
				"",
				"    Resource Declaration:",
				"    ---------------------",
				"    # In /var/chef/cache/cookbooks/nginx/recipes/default.rb",
				"",
				"     12: apt_package 'nginx-extras'",
				""),
			we("", Unknown, "", "Running handlers:"),
			we("2026-11-29T07:41:31Z", Error, "", "[2026-11-29T07:41:31+00:00] ERROR: Running exception handlers"),
			we("", Unknown, "", "Running handlers complete"),
			we("2026-11-29T07:41:31Z", Error, "", "[2026-11-29T07:41:31+00:00] ERROR: Exception handlers complete"),
			we("", Unknown, "", "Infra Phase failed. 1 resources updated in 14 seconds"),
			we("2026-11-29T07:41:31Z", Critical, "", "[2026-11-29T07:41:31+00:00] FATAL: Stacktrace dumped to /var/chef/cache/chef-stacktrace.out"),
			we("2026-11-29T07:41:31Z", Critical, "", "[2026-11-29T07:41:31+00:00] FATAL: ---------------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:31Z", Critical, "", "[2026-11-29T07:41:31+00:00] FATAL: PLEASE PROVIDE THE CONTENTS OF THE stacktrace.out FILE (above) IF YOU FILE A BUG REPORT"),
			we("2026-11-29T07:41:31Z", Critical, "", "[2026-11-29T07:41:31+00:00] FATAL: ---------------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:31Z", Critical, "", "[2026-11-29T07:41:31+00:00] FATAL: Chef::Exceptions::Package: apt_package[nginx-extras] (nginx::default line 12) had an error: Chef::Exceptions::Package: No candidate version available for nginx-extras"),
		},
	},
	{
		name:   "cfengine-cf-agent-inform-untimed",
		source: "CFEngine 3.24's `cf-agent -KI -f ./site.cf` on a terminal (no --timestamp: each message is the level right-aligned to eight, a colon and the text, `    info:`, `  notice:`, ` warning:`, `   error:`; reports promises print `R: text` with no level): cfengine/core PRs #3970 and #2357 (inform output pasted), #5600 (commands promises' error); the warning and notice messages from memory",
		why:    "no time and no host; a line that starts with blanks is a record of its own, the word before the colon its level; `R:` is a report, no level; the first line of the output is indented too",
		entries: []worldEntry{
			we("", Info, "", "    info: Created directory '/var/lib/shop/.'"),
			we("", Info, "", "    info: Object '/etc/ntp.conf' had permission 0600, changed it to 0644"),
			we("", Info, "", "    info: Executing 'no timeout' ... '/bin/systemctl restart ntp'"),
			we("", Notice, "", `  notice: Q: ".../bin/systemctl": Job for ntp.service failed because the control process exited with error code.`),
			we("", Error, "", "   error: Finished command related to promiser '/bin/systemctl restart ntp' -- an error occurred, returned 1"),
			we("", Info, "", "    info: Completed execution of '/bin/systemctl restart ntp'"),
			we("", Warn, "", " warning: Package 'ntp-extras' is not available in the configured repositories, skipping"),
			we("", Error, "", "   error: Method 'ntp_service' failed in some repairs"),
			we("", Unknown, "", "R: ntp bundle done on web-07, next run in 5 minutes"),
		},
	},
	{
		name:   "cfengine-promise-summary-epoch-pair",
		source: "CFEngine 3.24's /var/cfengine/promise_summary.log (LogTotalCompliance: `%jd,%jd: Outcome of version %s (agent-%d): Promises observed to be kept %.2f%%, Promises repaired %.2f%%, Promises not repaired %.2f%%`, the run's start and end as Unix seconds; update.cf and promises.cf runs one line each): cfengine/core libpromises enterprise_stubs.c (LogTotalCompliance), a CFEngine tutorial quoting the file ('two comma-delimited timestamps … start and end times of the cf-agent run')",
		why:    "two bare epochs before a colon, start and end of the run, both the record's; the version 3.24.2, agent-0 and the percentages are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:03Z|2026-11-29T07:41:04Z", Unknown, "", "1795938063,1795938064: Outcome of version update.cf 3.24.2 (agent-0): Promises observed to be kept 100.00%, Promises repaired 0.00%, Promises not repaired 0.00%"),
			we("2026-11-29T07:41:04Z|2026-11-29T07:41:16Z", Unknown, "", "1795938064,1795938076: Outcome of version CFEngine Promises.cf 3.24.2 (agent-0): Promises observed to be kept 97.41%, Promises repaired 2.59%, Promises not repaired 0.00%"),
			we("2026-11-29T07:46:03Z", Unknown, "", "1795938363,1795938363: Outcome of version update.cf 3.24.2 (agent-0): Promises observed to be kept 100.00%, Promises repaired 0.00%, Promises not repaired 0.00%"),
			we("2026-11-29T07:46:03Z|2026-11-29T07:46:17Z", Unknown, "", "1795938363,1795938377: Outcome of version CFEngine Promises.cf 3.24.2 (agent-0): Promises observed to be kept 96.12%, Promises repaired 1.29%, Promises not repaired 2.59%"),
		},
	},
	{
		name:   "rundeck-rdlog-execution-output",
		gap:    "the `node=` key in the `{…}` metadata is never read as the host, and the closing `^END^` line is joined to the last event as its text",
		source: "Rundeck 5's execution output file /var/lib/rundeck/logs/rundeck/<project>/job/<id>/logs/<exec>.rdlog (RundeckLogFormat: a `^text/x-rundeck-log-v2.0^` head, then each event `^time|eventType|level|{key=value|…}|message^` with the time as yyyy-MM-ddTHH:mm:ssZ in GMT, the event type elided for log and the level for NORMAL, metadata keys sorted, `^` and `\\` escaped in the message, a message with newlines running over lines to its closing `^`; `^END^` last): rundeck/rundeck rundeckapp RundeckLogFormat.groovy and its tests; rundeck/rundeck PR #560 (an ERROR event whose message starts on the next line); the workflow DEBUG message from memory",
		why:    "a `^` opens and closes each event; the time is the first field; the level field is empty for Rundeck's default NORMAL (no level written) or ERROR, WARN, DEBUG; node= in the metadata is the node the event belongs to; an ERROR's traceback runs over lines up to its `^`; the head and `^END^` are markers, not records",
		entries: []worldEntry{
			wskip("^text/x-rundeck-log-v2.0^"),
			we("2026-11-29T07:41:16Z", Debug, "rundeck-01", "^2026-11-29T07:41:16Z||DEBUG|{node=rundeck-01|user=ops-admin}|[workflow] Begin execution: node-first^"),
			we("2026-11-29T07:41:16Z", Unknown, "", "^2026-11-29T07:41:16Z|stepbegin||{step=1|stepctx=1|user=ops-admin}|^"),
			we("2026-11-29T07:41:16Z", Unknown, "web-01", "^2026-11-29T07:41:16Z|nodebegin||{node=web-01|step=1|stepctx=1|user=ops-admin}|^"),
			we("2026-11-29T07:41:17Z", Unknown, "web-01", "^2026-11-29T07:41:17Z|||{node=web-01|step=1|stepctx=1|user=ops-admin}|Reading package lists...^"),
			we("2026-11-29T07:41:18Z", Unknown, "web-01", "^2026-11-29T07:41:18Z|||{node=web-01|step=1|stepctx=1|user=ops-admin}|nginx is already the newest version (1.24.0-2ubuntu7.1).^"),
			we("2026-11-29T07:41:18Z", Unknown, "web-01", "^2026-11-29T07:41:18Z|nodeend||{node=web-01|step=1|stepctx=1|user=ops-admin}|^"),
			we("2026-11-29T07:41:18Z", Warn, "web-02", "^2026-11-29T07:41:18Z||WARN|{node=web-02|step=2|stepctx=2|user=ops-admin}|Connection to web-02.example.org:22 timed out, retrying (1/3)^"),
			we("2026-11-29T07:41:19Z", Error, "web-02",
				"^2026-11-29T07:41:19Z||ERROR|{node=web-02|step=2|stepctx=2|user=ops-admin}|",
				"Traceback (most recent call last):",
				`  File "/tmp/4121-2-web-02-dispatch-script.tmp.py", line 12, in <module>`,
				`    cfg = json.load(open("/etc/shop/worker.json"))`,
				"FileNotFoundError: [Errno 2] No such file or directory: '/etc/shop/worker.json'^"),
			we("2026-11-29T07:41:19Z", Error, "web-02", "^2026-11-29T07:41:19Z||ERROR|{node=web-02|step=2|stepctx=2|user=ops-admin}|Failed: NonZeroResultCode: Remote command failed with exit status 1^"),
			we("2026-11-29T07:41:19Z", Unknown, "", "^2026-11-29T07:41:19Z|stepend||{step=2|stepctx=2|user=ops-admin}|^"),
			wskip("^END^"),
		},
	},
	{
		name:   "ansible-runner-json-job-events",
		gap:    "the node in a result event's nested `event_data.host` (runner_on_ok, runner_on_failed) is not read as the host",
		source: "AWX's job events as ansible-runner 2 streams them with `ansible-runner run … -j` (json_mode: each event one JSON object a line instead of the playbook's text: uuid, counter, stdout with ANSI escapes and \\r\\n, start_line, end_line, runner_ident, event, pid, created as a zone-less ISO time, parent_uuid, event_data with playbook, play, task, host, remote_addr, res, start, end, duration): ansible-runner docs (json_mode, 'Playbook and Host Events', 'Sending Runner Status and Events to External Systems'), ManageIQ/manageiq PR #22058 (events printed with these keys); the result events' event_data keys from memory",
		why:    "the time is the top-level zone-less `created`, not event_data's start and end nor the apt result's cache_update_time epoch; no level (runner_on_failed and \"failed\" are outcomes); a result's host is the node that ran the task, an unreachable node wrote nothing and the playbook's own events have no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102345Z", Unknown, "", `{"uuid": "6f0c1e2a-9b3d-4c1a-8e2f-0b6d41207ab1", "counter": 1, "stdout": "", "start_line": 0, "end_line": 0, "runner_ident": "4121", "event": "playbook_on_start", "pid": 41207, "created": "2026-11-29T07:41:16.102345", "event_data": {"playbook": "site.yml", "playbook_uuid": "6f0c1e2a-9b3d-4c1a-8e2f-0b6d41207ab1", "uuid": "6f0c1e2a-9b3d-4c1a-8e2f-0b6d41207ab1"}}`),
			we("2026-11-29T07:41:16.104117Z", Unknown, "", `{"uuid": "0242ac11-0002-7eb0-52b6-000000000006", "counter": 2, "stdout": "\r\nPLAY [webservers] **************************************************************", "start_line": 0, "end_line": 2, "runner_ident": "4121", "event": "playbook_on_play_start", "pid": 41207, "created": "2026-11-29T07:41:16.104117", "parent_uuid": "6f0c1e2a-9b3d-4c1a-8e2f-0b6d41207ab1", "event_data": {"playbook": "site.yml", "playbook_uuid": "6f0c1e2a-9b3d-4c1a-8e2f-0b6d41207ab1", "play": "webservers", "play_uuid": "0242ac11-0002-7eb0-52b6-000000000006", "play_pattern": "webservers", "name": "webservers", "pattern": "webservers", "uuid": "0242ac11-0002-7eb0-52b6-000000000006"}}`),
			we("2026-11-29T07:41:16.998204Z", Unknown, "", `{"uuid": "0242ac11-0002-7eb0-52b6-00000000000c", "counter": 3, "stdout": "\r\nTASK [nginx : Install nginx] ***************************************************", "start_line": 2, "end_line": 4, "runner_ident": "4121", "event": "playbook_on_task_start", "pid": 41207, "created": "2026-11-29T07:41:16.998204", "parent_uuid": "0242ac11-0002-7eb0-52b6-000000000006", "event_data": {"playbook": "site.yml", "play": "webservers", "task": "Install nginx", "task_action": "ansible.builtin.apt", "task_path": "/runner/project/roles/nginx/tasks/main.yml:2", "role": "nginx", "name": "Install nginx", "is_conditional": false, "uuid": "0242ac11-0002-7eb0-52b6-00000000000c"}}`),
			we("2026-11-29T07:41:19.774118Z", Unknown, "web-01.example.org", `{"uuid": "1d5e9c2a-41f7-4b08-9e63-7a2c0f5d8b14", "counter": 5, "stdout": "\u001b[0;33mchanged: [web-01.example.org]\u001b[0m", "start_line": 4, "end_line": 5, "runner_ident": "4121", "event": "runner_on_ok", "pid": 41207, "created": "2026-11-29T07:41:19.774118", "parent_uuid": "0242ac11-0002-7eb0-52b6-00000000000c", "event_data": {"playbook": "site.yml", "play": "webservers", "task": "Install nginx", "task_action": "ansible.builtin.apt", "role": "nginx", "host": "web-01.example.org", "remote_addr": "web-01.example.org", "res": {"cache_update_time": 1795938077, "cache_updated": false, "changed": true, "_ansible_no_log": false}, "start": "2026-11-29T07:41:17.102345", "end": "2026-11-29T07:41:19.771003", "duration": 2.668658, "event_loop": null, "uuid": "1d5e9c2a-41f7-4b08-9e63-7a2c0f5d8b14"}}`),
			we("2026-11-29T07:41:20.412551Z", Unknown, "web-02.example.org", `{"uuid": "8a3f0c71-5e2d-4b96-a1c8-3d7e9f0b2c46", "counter": 6, "stdout": "\u001b[0;31mfatal: [web-02.example.org]: FAILED! => {\"cache_update_time\": 1795938077, \"cache_updated\": false, \"changed\": false, \"msg\": \"No package matching 'nginx-extras' is available\"}\u001b[0m", "start_line": 5, "end_line": 6, "runner_ident": "4121", "event": "runner_on_failed", "pid": 41207, "created": "2026-11-29T07:41:20.412551", "parent_uuid": "0242ac11-0002-7eb0-52b6-00000000000c", "event_data": {"playbook": "site.yml", "play": "webservers", "task": "Install nginx", "task_action": "ansible.builtin.apt", "role": "nginx", "host": "web-02.example.org", "remote_addr": "web-02.example.org", "res": {"cache_update_time": 1795938077, "cache_updated": false, "changed": false, "msg": "No package matching 'nginx-extras' is available", "_ansible_no_log": false}, "start": "2026-11-29T07:41:17.104512", "end": "2026-11-29T07:41:20.409876", "duration": 3.305364, "ignore_errors": null, "event_loop": null, "uuid": "8a3f0c71-5e2d-4b96-a1c8-3d7e9f0b2c46"}}`),
			we("2026-11-29T07:41:27.118930Z", Unknown, "", `{"uuid": "c41d7a90-2e3f-4b58-9a1c-6e0d8f2b4a15", "counter": 7, "stdout": "\u001b[1;31mfatal: [web-03.example.org]: UNREACHABLE! => {\"changed\": false, \"msg\": \"Failed to connect to the host via ssh: ssh: connect to host web-03.example.org port 22: Connection timed out\", \"unreachable\": true}\u001b[0m", "start_line": 6, "end_line": 7, "runner_ident": "4121", "event": "runner_on_unreachable", "pid": 41207, "created": "2026-11-29T07:41:27.118930", "parent_uuid": "0242ac11-0002-7eb0-52b6-00000000000c", "event_data": {"playbook": "site.yml", "play": "webservers", "task": "Install nginx", "host": "web-03.example.org", "remote_addr": "web-03.example.org", "res": {"changed": false, "msg": "Failed to connect to the host via ssh: ssh: connect to host web-03.example.org port 22: Connection timed out", "unreachable": true}, "start": "2026-11-29T07:41:17.106230", "end": "2026-11-29T07:41:27.116402", "duration": 10.010172, "uuid": "c41d7a90-2e3f-4b58-9a1c-6e0d8f2b4a15"}}`),
			we("2026-11-29T07:41:27.130455Z", Unknown, "", `{"uuid": "2b7c41e0-9f3a-4d15-a8c4-0e5b7d21f9a3", "counter": 8, "stdout": "\r\nPLAY RECAP *********************************************************************\r\n\u001b[0;33mweb-01.example.org\u001b[0m         : \u001b[0;32mok=1   \u001b[0m \u001b[0;33mchanged=1   \u001b[0m unreachable=0    failed=0    skipped=0    rescued=0    ignored=0   ", "start_line": 7, "end_line": 12, "runner_ident": "4121", "event": "playbook_on_stats", "pid": 41207, "created": "2026-11-29T07:41:27.130455", "parent_uuid": "6f0c1e2a-9b3d-4c1a-8e2f-0b6d41207ab1", "event_data": {"playbook": "site.yml", "playbook_uuid": "6f0c1e2a-9b3d-4c1a-8e2f-0b6d41207ab1", "changed": {"web-01.example.org": 1}, "dark": {"web-03.example.org": 1}, "failures": {"web-02.example.org": 1}, "ignored": {}, "ok": {"web-01.example.org": 1}, "processed": {"web-01.example.org": 1, "web-02.example.org": 1, "web-03.example.org": 1}, "rescued": {}, "skipped": {}, "artifact_data": {}, "uuid": "2b7c41e0-9f3a-4d15-a8c4-0e5b7d21f9a3"}}`),
		},
	},
	{
		name:   "terraform-tf-log-debug-multiline",
		source: "`TF_LOG=DEBUG terraform plan 2> tf-debug.log` with Terraform 1.10 on a machine at -08:00 (hclog's `yyyy-MM-ddTHH:mm:ss.SSS-0800 [LEVEL] name: msg: key=value`; a provider's lines relayed as `provider.terraform-provider-aws_v…: ` with the provider's own `timestamp=` among the pairs; a value holding newlines written as `  key=` and `  | ` lines with the remaining pairs after two blanks; a message holding newlines printed as it is): hashicorp/go-hclog intlogger.go (logPlain, writeIndent), hashicorp/terraform-provider-aws PRs #22881 and #33936 (the HTTP Request Sent lines and their bodies), GoogleCloudPlatform/terraformer issue #1707 (a response header line after a body); the invalid-plan WARN's wording from memory",
		why:    "the -0800 offset is converted, the provider's timestamp= is the same instant; x_amz_date and the HTTP Date header are no record times; an HTTP body in a `key=` block and the pairs after it, and a WARN's indented lines, belong to their stamped line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512Z", Info, "", `2026-11-28T23:41:16.512-0800 [INFO]  CLI args: []string{"terraform", "plan", "-out=tfplan"}`),
			we("2026-11-29T07:41:16.944Z", Debug, "", `2026-11-28T23:41:16.944-0800 [DEBUG] provider: starting plugin: path=.terraform/providers/registry.terraform.io/hashicorp/aws/5.80.0/linux_amd64/terraform-provider-aws_v5.80.0_x5 args=[".terraform/providers/registry.terraform.io/hashicorp/aws/5.80.0/linux_amd64/terraform-provider-aws_v5.80.0_x5"]`),
			we("2026-11-29T07:41:16.981Z", Info, "", "2026-11-28T23:41:16.981-0800 [INFO]  provider.terraform-provider-aws_v5.80.0_x5: configuring server automatic mTLS: timestamp=2026-11-28T23:41:16.981-0800"),
			we("2026-11-29T07:41:17.002Z", Debug, "",
				"2026-11-28T23:41:17.002-0800 [DEBUG] provider.terraform-provider-aws_v5.80.0_x5: HTTP Request Sent: aws.region=us-west-2 tf_resource_type=aws_vpc rpc.method=DescribeVpcs http.method=POST http.url=https://ec2.us-west-2.amazonaws.com/ tf_rpc=ReadResource @module=aws tf_req_id=2b7c41e0-9f3a-6d15-a8c4-0e5b7d21f9a3 tf_provider_addr=registry.terraform.io/hashicorp/aws rpc.service=EC2 http.request.header.x_amz_date=20261129T074117Z",
				"  http.request.body=",
				"  | Action=DescribeVpcs&VpcId.1=vpc-0a41c7e2b9d35f816&Version=2016-11-15",
				`   http.request.header.authorization="AWS4-HMAC-SHA256 Credential=AKIA************Q7XM/20261129/us-west-2/ec2/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-date, Signature=*****" @caller=github.com/hashicorp/aws-sdk-go-base/v2@v2.0.0-beta.61/logging/tf_logger.go:45 timestamp=2026-11-28T23:41:17.002-0800`),
			we("2026-11-29T07:41:17.212Z", Debug, "",
				"2026-11-28T23:41:17.212-0800 [DEBUG] provider.terraform-provider-aws_v5.80.0_x5: HTTP Response Received: rpc.method=DescribeVpcs tf_provider_addr=registry.terraform.io/hashicorp/aws tf_resource_type=aws_vpc aws.region=us-west-2 rpc.service=EC2 tf_rpc=ReadResource @module=aws http.status_code=200 http.duration=210 tf_req_id=2b7c41e0-9f3a-6d15-a8c4-0e5b7d21f9a3",
				"  http.response.body=",
				`  | <?xml version="1.0" encoding="UTF-8"?>`,
				`  | <DescribeVpcsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">`,
				"  |     <requestId>5d1e9c2a-41f7-4b08-9e63-7a2c0f5d8b14</requestId>",
				"  |     <vpcSet>",
				"  |         <item>",
				"  |             <vpcId>vpc-0a41c7e2b9d35f816</vpcId>",
				"  |             <state>available</state>",
				"  |         </item>",
				"  |     </vpcSet>",
				"  | </DescribeVpcsResponse>",
				`   http.response.header.date="Sun, 29 Nov 2026 07:41:17 GMT" http.response.header.content_type="text/xml;charset=UTF-8" @caller=github.com/hashicorp/aws-sdk-go-base/v2@v2.0.0-beta.61/logging/tf_logger.go:45 timestamp=2026-11-28T23:41:17.212-0800`),
			we("2026-11-29T07:41:17.230Z", Warn, "",
				`2026-11-28T23:41:17.230-0800 [WARN]  Provider "registry.terraform.io/hashicorp/aws" produced an invalid plan for aws_vpc.main, but we are tolerating it because it is using the legacy plugin SDK.`,
				"    The following problems may be the cause of any confusing errors from downstream operations:",
				"      - .enable_network_address_usage_metrics: planned value cty.False for a non-computed attribute"),
			we("2026-11-29T07:41:17.402Z", Error, "", `2026-11-28T23:41:17.402-0800 [ERROR] provider.terraform-provider-aws_v5.80.0_x5: Response contains error diagnostic: @caller=github.com/hashicorp/terraform-plugin-go@v0.25.0/tfprotov5/internal/diag/diagnostics.go:58 @module=sdk.proto diagnostic_detail="" diagnostic_severity=ERROR diagnostic_summary="reading EC2 Subnet (subnet-07c2e41b9a3d5f816): couldn't find resource" tf_proto_version=5.7 tf_provider_addr=registry.terraform.io/hashicorp/aws tf_req_id=7e2d9c41-0b6a-3f58-c1e4-9a2b5d7f0c83 tf_resource_type=aws_subnet tf_rpc=ReadResource timestamp=2026-11-28T23:41:17.402-0800`),
			we("2026-11-29T07:41:17.455Z", Debug, "", "2026-11-28T23:41:17.455-0800 [DEBUG] provider: plugin exited"),
		},
	},
	{
		name:   "packer-log-path-ansi-ui-multiline",
		source: "`PACKER_LOG=1 PACKER_LOG_PATH=packer.log packer build .` with Packer 1.11 and the virtualbox plugin (Go's log `yyyy/MM/dd HH:mm:ss` then `[TRACE]`/`[INFO]` tags, a plugin's relayed lines, the UI's `ui: ` and `ui error: ` copies with ColoredUi's codes `\\e[1;32m` for Say, `\\e[0;32m` for Message and `\\e[1;31m` for Error closed by `\\e[0m`, a multi-line message logged as one Printf so its later lines carry no stamp, `machine readable: type []string{…}`): hashicorp/packer packer/ui.go (BasicUi, ColoredUi, TargetedUI), hashicorp/packer issues #1922 (the headless notice over three lines) and #1008 (`ui:` lines in the log), boxcutter/ubuntu issue #207 ([TRACE] lines); the VBoxManage line from memory",
		why:    "Go's zone-less stamp; `ui:` lines are the UI's text with its colour codes and no level; `ui error:` is the error stream; the headless notice's second and third lines have no stamp and belong to it; the build name is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Trace, "", "2026/11/29 07:41:16 [TRACE] discovering plugins in /root/.config/packer/plugins"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026/11/29 07:41:20 ui: \x1b[1;32m==> virtualbox-iso.ubuntu: Starting the virtual machine...\x1b[0m"),
			we("2026-11-29T07:41:20Z", Unknown, "",
				"2026/11/29 07:41:20 ui: \x1b[0;32m    virtualbox-iso.ubuntu: The VM will be run headless, without a GUI. If you want to",
				"    virtualbox-iso.ubuntu: view the screen of the VM, connect via VRDP without a password to",
				"    virtualbox-iso.ubuntu: rdp://127.0.0.1:5947\x1b[0m"),
			we("2026-11-29T07:41:20Z", Unknown, "", `2026/11/29 07:41:20 packer-plugin-virtualbox_v1.1.1_x5.0_linux_amd64 plugin: 2026/11/29 07:41:20 Executing VBoxManage: []string{"startvm", "ubuntu-2404", "--type", "headless"}`),
			we("2026-11-29T07:41:31Z", Unknown, "", "2026/11/29 07:41:31 ui: \x1b[1;32m==> virtualbox-iso.ubuntu: Typing the boot command...\x1b[0m"),
			we("2026-11-29T07:47:52Z", Error, "", "2026/11/29 07:47:52 ui error: \x1b[1;31m==> virtualbox-iso.ubuntu: Timeout waiting for SSH.\x1b[0m"),
			we("2026-11-29T07:47:52Z", Unknown, "", "2026/11/29 07:47:52 ui: \x1b[1;32m==> virtualbox-iso.ubuntu: Cleaning up floppy disk...\x1b[0m"),
			we("2026-11-29T07:47:58Z", Info, "", "2026/11/29 07:47:58 [INFO] (telemetry) ending virtualbox-iso.ubuntu"),
			we("2026-11-29T07:47:58Z", Error, "", "2026/11/29 07:47:58 ui error: \x1b[1;31mBuild 'virtualbox-iso.ubuntu' errored after 6 minutes 42 seconds: Timeout waiting for SSH.\x1b[0m"),
			we("2026-11-29T07:47:58Z", Unknown, "", `2026/11/29 07:47:58 machine readable: error-count []string{"1"}`),
		},
	},
}

func TestFresh288Formats(t *testing.T) { assertTable(t, fresh288Cases) }
func TestFresh288Score(t *testing.T) {
	checkScore(t, "fresh288 formats", fresh288Cases, [worldNumFields]float64{98.3, 98.3, 87.4, 92.9})
}
