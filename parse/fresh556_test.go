package parse

import "testing"

// The five-hundred-and-fifty-sixth fresh table: hosts as programs place them, a sixth further pass
// after fresh416, fresh436, fresh460, fresh494 and fresh518, in products and output shapes no
// earlier table holds. Each family is one program's documented or observed output, chosen for where
// a line names the machine that wrote it and for names in host-like places that are not one, among
// process managers' envelopes, test harnesses' instances, relays and agents: goreman running a
// Procfile (a time of day, the process name right-aligned, ` | `); Hivemind's text output (the
// process name padded, ` | `, no time of its own) and its JSON output (`{"name":…,"line":…}`);
// Test Kitchen's converge (`-----> Converging <instance>...` and indented step lines); smtprelay's
// logrus JSON (a `host` key that is the smarthost, a `peer` key that is the client); Ansible
// Receptor's mesh node log (`LEVEL yyyy/MM/dd HH:mm:ss msg`, node names only in messages); McAfee
// Agent's masvc log (`masvc(pid.tid) facility.Level:`, the ePO server and agent handlers named in
// messages); BigFix's client daily log (`At HH:mm:ss -0500 - site` and the indented lines under it,
// relays and the server named in URLs).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`tentakel`, `### `, `Message forwarded from`, `forwarded from`,
// `gitlab-runner`, `Running on runner`, `Running with gitlab-runner`, `via `, `concurrently`,
// `goreman`, `hivemind`, `Procfile`, `| started with pid`, `evtsys`, `eventlog-to-syslog`,
// `logread`, `daemon.info`, `netscaler`, `PPE-0`, `tmm1`, `bigip`, `comware`, `SHELL_LOGIN`, `%%01`,
// `huawei`, `stunnel`, `LOG5[`, `ssmtp`, `sacct`, `NodeList`, `Get-ClusterLog`, `[RES]`,
// `::2026/`, `CRS-`, `crsd`, `clusterware`, `mmfs`, `<c0n`, `pmxcfs`, `keepalived`, `docker
// compose`, `compose logs`, `skaffold`, `tilt`, `aix`, `syslog:info`, `origin-id`, `salt-ssh`,
// `tsh `, `(pid=`, `ray`, `, ip=`, `deepspeed`, `NCCL INFO`, `nccl`, `LogType:`, `yarn logs`,
// `celery@`, `[rank0]`, `torchrun`, `distributed.worker`, `dask`, `==> amazon`, `packer`,
// `Converging <`, `Converging`, `Finished converging`, `Starting Kitchen`, `Starting Test Kitchen`,
// `test kitchen`, `kitchen`, `-----> `, `molecule`, `earthly`, `Running on `, `horovod`,
// `accelerate`, `launch.py`, `worker-0:`, `pdsh@`, `flume`, `LoggerSink`, `headers:{`, `jamf`,
// `checking for policies`, `masvc`, `macmnsvc`, `ahclient`, `McAfee`, `trellix`, `ssm-agent`,
// `amazon-ssm`, `BESClient`, `bigfix`, `At 07:`, `frps`, `[proxy.go`, `fatedier`, `chisel`,
// `session#`, `cfengine`, `cf-agent`, `cloudflared`, `ngrok`, `vector::`, `google_guest_agent`,
// `guest-agent`, `docker node ls`, `docker node`, `MANAGER STATUS`, `Topology snapshot`, `INFO
// REPORT`, `kubectl get nodes`, `CONTAINER-RUNTIME`, `pvecm`, `Get-ClusterNode`, `linkerd2_proxy`,
// `chronyc`, `Membership information`, `smtprelay`, `smarthost`, `receptor`, `cribl`). None of
// goreman, Hivemind, Test Kitchen's converge output, smtprelay, Receptor's own log, McAfee Agent's
// masvc log or BigFix's client log is in any table: `Procfile` matches foreman and honcho cases,
// `kitchen` other words (lua_sandbox's kitchen_sink template), `-----> ` and `Converging` other
// products' lines, `smarthost` a Postfix message, `receptor` an AWX traceback naming a receptor
// node, `ahclient` only an earlier grep list, `trellix` and `McAfee` other Trellix products' logs,
// `At 07:` other products' messages. Left out as measured already: GitLab Runner's job log, the
// Ray, DeepSpeed, NCCL and torchrun prefixes, concurrently, tentakel (in fresh378's list), AIX's
// `Message forwarded from`, Windows' cluster.log, Oracle Clusterware's alert log, GPFS's mmfs.log,
// Jamf, Flume's LoggerSink, frp, chisel, cloudflared, ngrok, CFEngine, the SSM and guest agents,
// Celery, Dask, sSMTP, stunnel, NetScaler, BIG-IP, Comware and VRP. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). goreman's `07:41:16` is a time of day on the clock's day; where the child's
// line inside carries its own ISO time (a Sidekiq line) either is accepted. Hivemind writes no time
// of its own: a record has the child's time or none. Test Kitchen writes no times. smtprelay's time
// key is RFC 3339 with nanoseconds and Z; Receptor's Go stamp and McAfee's stamp have no zone and
// are taken as UTC; BigFix's `At 02:41:16 -0500` is a time of day with its offset (07:41:16Z on the
// clock's day, the date in the `Current Date:` header that is fed but not scored). Levels only where
// the line marks one: Sidekiq's level word inside goreman's and Hivemind's lines, smtprelay's level
// key, Receptor's leading word (WARNING is Warn), McAfee's `.Info`, `.Warning`, `.Error`, `.Debug`
// after the facility; Kitchen's and BigFix's lines, and `Command failed`, carry none. The host is the
// record's host field, and no family has one: Procfile process names, Kitchen instances, smtprelay's
// `host` (the smarthost) and `peer`, Receptor's mesh nodes, the ePO server and agent handler, and
// BigFix's relay and server are peers or labels, not the machine that wrote the line. A record that
// spans lines is one entry: a BigFix `At` line with the indented lines under it; Kitchen's indented
// step lines and the `>>>>>>` lines are lines of their own, as each Hivemind line is.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages", and read_file, find_string); where a search did not
// confirm a layout the source says "from memory" (McAfee's date column, BigFix's line layout). Hosts,
// ids, addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit a457dc5 before any rule for it: level 78.0 %, time 71.7 %, host 90.5 %, records 86.6 %.
// That is the macro figure (micro: level 75.0 %, time 72.5 %, host 87.5 %, records 82.5 %), in a
// worktree at a457dc5 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right; the gaps are Hivemind's time-less lines joined under a line whose child
// carries a time, Hivemind's JSON `line` value whose inner time is not read, Test Kitchen's indented
// step lines joined to the converge line, McAfee's level glued to the facility after a dot, and
// BigFix's `At HH:mm:ss -0500` time of day, which is not read.

var fresh556Cases = []worldCase{
	{
		name:   "goreman-procfile-time-of-day",
		source: "goreman (mattn/goreman) running a Procfile: log.go's clogger writes `15:04:05` then the process name right-aligned to the longest name (`%s %*s | `), then the child's own line; proc.go's `Starting web on port 5000` lines go through the same logger (read with read_file)",
		why:    "a time of day with no date (the clock's day); `web` and `worker` sit where a host would and are Procfile process names, no host; a Sidekiq line inside carries its own ISO time and level word",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16    web | Starting web on port 5000"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 worker | Starting worker on port 5100"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.482Z", Info, "", "07:41:17 worker | 2026-11-29T07:41:17.482Z pid=4411 tid=gc1 INFO: Booting Sidekiq 7.3.2 with Sidekiq::RedisConnection::RedisClientAdapter options {}"),
			we("2026-11-29T07:41:18Z", Unknown, "", "07:41:18    web | * Listening on http://0.0.0.0:5000"),
			we("2026-11-29T07:41:23Z|2026-11-29T07:41:23.007Z", Warn, "", "07:41:23 worker | 2026-11-29T07:41:23.007Z pid=4411 tid=gd5 WARN: Redis::CannotConnectError: Error connecting to Redis on 10.20.3.14:6379 (Errno::ECONNREFUSED)"),
		},
	},
	{
		name:   "hivemind-procfile-text",
		gap:    "after a prefixed line whose child line carries a time, the later time-less `name | line` lines are joined to it as its continuation; the line with the time is read, the ones after it are not records of their own",
		source: "Hivemind (DarthSim/hivemind) without colour: output.go's textLogLine writes the process name padded to the longest name, ` | `, then the child's line, and no time of its own (read with read_file); cachix/devenv PR #130 runs it",
		why:    "no time of hivemind's own; the process name in the host-like column is no host; a `|` inside a Rails line is no column; a Sidekiq line inside carries its own ISO time and level",
		entries: []worldEntry{
			we("", Unknown, "", "web    | => Booting Puma"),
			we("", Unknown, "", "web    | => Rails 7.2.2 application starting in development"),
			we("2026-11-29T07:41:16.12Z", Info, "", "worker | 2026-11-29T07:41:16.120Z pid=5120 tid=2kq INFO: Starting processing, hit Ctrl-C to stop"),
			we("", Unknown, "", "web    | Completed 200 OK in 14ms (Views: 8.1ms | ActiveRecord: 1.9ms | Allocations: 5512)"),
			we("", Unknown, "", "css    | Done in 412ms."),
			we("2026-11-29T07:41:31.544Z", Error, "", "worker | 2026-11-29T07:41:31.544Z pid=5120 tid=2lm class=ReceiptMailerJob jid=0c7e1f4a9b2d3c5e6f7a8b9c ERROR: ReceiptMailerJob failed: Net::ReadTimeout"),
		},
	},
	{
		name:   "hivemind-procfile-json",
		gap:    "the time inside the `line` value (the child's own ISO stamp) is not read: trawl takes no time from a JSON object that has no time key",
		source: "Hivemind's JSON log format: output.go's jsonLogLine marshals jsonlog{Process `json:\"name\"`, Line `json:\"line\"`}, one object a line, no time of its own (read with read_file)",
		why:    "a `name` key that is a process, no host; the time and level only inside the child's line in `line`",
		entries: []worldEntry{
			we("", Unknown, "", `{"name":"web","line":"=> Booting Puma"}`),
			we("2026-11-29T07:41:16.12Z", Info, "", `{"name":"worker","line":"2026-11-29T07:41:16.120Z pid=5120 tid=2kq INFO: Starting processing, hit Ctrl-C to stop"}`),
			we("", Unknown, "", `{"name":"web","line":"* Listening on http://127.0.0.1:3000"}`),
			we("2026-11-29T07:41:31.544Z", Error, "", `{"name":"worker","line":"2026-11-29T07:41:31.544Z pid=5120 tid=2lm class=ReceiptMailerJob jid=0c7e1f4a9b2d3c5e6f7a8b9c ERROR: ReceiptMailerJob failed: Net::ReadTimeout"}`),
		},
	},
	{
		name:   "test-kitchen-converge",
		gap:    "the seven-blank indented step lines under `-----> Converging <…>...` are joined to it as continuation lines, not read as lines of their own",
		source: "Test Kitchen's `kitchen converge` on a terminal (`-----> Starting Kitchen (vX)`, `-----> Converging <instance>...`, seven-blank indented step lines, the `>>>>>> ------Exception-------` block): inspec/kitchen-inspec issue #81 (a pasted run), QT-DevOps/DevOpsIssues issue #812",
		why:    "no times and no levels; `<default-ubuntu-2404>` is a Kitchen instance (suite and platform), not a host; the indented lines and the `>>>>>>` lines are lines of their own",
		entries: []worldEntry{
			we("", Unknown, "", "-----> Starting Test Kitchen (v3.7.0)"),
			we("", Unknown, "", "-----> Converging <default-ubuntu-2404>..."),
			we("", Unknown, "", "       Preparing files for transfer"),
			we("", Unknown, "", "       Installing cookbooks for Policyfile /home/ines/cookbooks/harbour_web/Policyfile.rb using `chef install`"),
			we("", Unknown, "", "       Transferring files to <default-ubuntu-2404>"),
			we("", Unknown, "", ">>>>>> ------Exception-------"),
			we("", Unknown, "", ">>>>>> Class: Kitchen::ActionFailed"),
		},
	},
	{
		name:   "smtprelay-logrus-json-smarthost",
		source: "decke/smtprelay (an SMTP relay to a smarthost) with logrus's JSONFormatter (logger.go: TimestampFormat RFC3339Nano; keys sorted), main.go/smtp.go's `delivering mail from peer using smarthost` with from, to, peer, host (the smarthost) and uuid fields and `delivery failed` with err_code and err_msg (read with read_file and find_string)",
		why:    "a `host` key that is the smarthost the relay sends to, and a `peer` that is the client: neither is the machine that wrote the line; the level key",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118734Z", Info, "", `{"from":"alerts@harbour.example.org","host":"smtp.mailhub.example.net:587","level":"info","msg":"delivering mail from peer using smarthost","peer":"10.20.4.17","time":"2026-11-29T07:41:16.204118734Z","to":["ops@harbour.example.org"],"uuid":"6f1c2a9e-4b7d-4e20-9a31-0d5c8e7f1b42"}`),
			we("2026-11-29T07:41:17.01Z", Warn, "", `{"error":"mail: missing header","level":"warning","msg":"could not parse headers","time":"2026-11-29T07:41:17.01Z","uuid":"a8e2d1c0-3f4b-4a5c-8d6e-7f9012b3c4d5"}`),
			we("2026-11-29T07:41:18.330527Z", Error, "", `{"err_code":535,"err_msg":"5.7.8 Authentication credentials invalid","from":"alerts@harbour.example.org","host":"smtp.mailhub.example.net:587","level":"error","msg":"delivery failed","peer":"10.20.4.17","time":"2026-11-29T07:41:18.330527Z","to":["ops@harbour.example.org"],"uuid":"6f1c2a9e-4b7d-4e20-9a31-0d5c8e7f1b42"}`),
			we("2026-11-29T07:41:20.9Z", Debug, "", `{"level":"debug","msg":"Connection from peer","peer":"10.20.4.31","time":"2026-11-29T07:41:20.9Z"}`),
		},
	},
	{
		name:   "receptor-mesh-node",
		source: "Ansible Receptor (AWX's mesh of control, hop and execution nodes): pkg/logger/logger.go sets Go's log flags Ldate|Ltime and a prefix of the upper-cased level name and a blank (ERROR, WARNING, INFO, DEBUG), so `LEVEL yyyy/MM/dd HH:mm:ss msg` (read with read_file)",
		why:    "the level word before Go's slashed zone-less date; mesh node names (hop-dmz-01, exec-node-2) appear only in messages and are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "INFO 2026/11/29 07:41:16 Running control service control"),
			we("2026-11-29T07:41:16Z", Info, "", "INFO 2026/11/29 07:41:16 Initialization complete"),
			we("2026-11-29T07:41:20Z", Warn, "", "WARNING 2026/11/29 07:41:20 Backend connection failed (will retry): dial tcp 10.30.1.9:27199: connect: connection refused"),
			we("2026-11-29T07:41:25Z", Debug, "", "DEBUG 2026/11/29 07:41:25 Sending routing update bX4nQ2. Connections: hop-dmz-01(1.00) exec-node-2(1.00)"),
			we("2026-11-29T07:41:31Z", Error, "", "ERROR 2026/11/29 07:41:31 Error locating unit: Wk9rTq2v"),
		},
	},
	{
		name:   "mcafee-agent-masvc-log",
		source: "McAfee (Trellix) Agent's masvc_<system>.log (`masvc(pid.tid) facility.Level: msg`): Trellix KB90603 (the agent-server communication walk-through, lines such as `masvc(1228.1240) property.Info: Collecting Properties`) and KB96404; the leading `yyyy-MM-dd HH:mm:ss.SSS` column from memory",
		why:    "a zone-less local stamp (UTC by the rules); the level is glued to the facility after a dot (`ahclient.Info`, `.Warning`, `.Error`); the ePO server and the agent handler named in messages are peers, and the system's name is only in the file name",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16.123 masvc(2216.3904) property.Info: Collecting Properties"),
			we("2026-11-29T07:41:16.348Z", Info, "", "2026-11-29 07:41:16.348 masvc(2216.3904) ahclient.Info: Scheduling spipe connection with \"immediate\" priority."),
			we("2026-11-29T07:41:17.902Z", Warn, "", "2026-11-29 07:41:17.902 masvc(2216.3904) ahclient.Warning: Unable to connect to agent handler epo-ah02.harbour.example.org:443, trying next"),
			we("2026-11-29T07:41:38.015Z", Error, "", "2026-11-29 07:41:38.015 masvc(2216.3904) ahclient.Error: Failed to send spipe package to ePO server, response code 12029"),
			we("2026-11-29T07:41:38.016Z", Debug, "", "2026-11-29 07:41:38.016 masvc(2216.4120) scheduler.Debug: Task ASCI next run at 2026-11-29 08:41:38"),
		},
	},
	{
		name:   "bigfix-client-daily-log",
		source: "BigFix (HCL) client's daily log /var/opt/BESClient/BESData/__Global/Logs/yyyyMMdd.log (a `Current Date:` header, then `At HH:mm:ss ±hhmm - site` lines with their indented messages under them): support.bigfix.com Agent_Logs (the files and their rotation); the line layout from memory",
		why:    "a time of day with its offset, the date only in the header (the clock's day); the relay and the BigFix server are named in messages and URLs, no host; an `At` line and the indented lines under it are one record",
		entries: []worldEntry{
			wskip("Current Date: November 29, 2026",
				"   Client version 10.0.9.21 built for Linux 5.14 x86_64 running on Linux 5.14.0-427.13.1.el9_4.x86_64 x86_64"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"At 02:41:16 -0500 - ",
				"   Starting client version 10.0.9.21",
				"   FIPS mode disabled by default."),
			we("2026-11-29T07:41:18Z", Unknown, "",
				"At 02:41:18 -0500 - ",
				"   RegisterOnce: Attempting secure registration with 'https://relay-bf02.harbour.example.org:52311/cgi-bin/bfenterprise/clientregister.exe?RequestType=RegisterMe60'"),
			we("2026-11-29T07:41:21Z", Unknown, "",
				"At 02:41:21 -0500 - actionsite (http://bes01.harbour.example.org:52311/cgi-bin/bfgather.exe/actionsite)",
				"   Command succeeded (Fixed) setting \"_BESClient_Log_Days\"=\"14\" on \"Current\" for \"Client\" (action:4411)",
				"   ActionLogMessage: (action:4411) ending action"),
			we("2026-11-29T07:43:05Z", Unknown, "",
				"At 02:43:05 -0500 - mailboxsite (http://bes01.harbour.example.org:52311/cgi-bin/bfgather.exe/mailboxsite11520934)",
				"   Command failed (Relevance substitution failed) wait \"{pathname of client folder of current site}/run.sh\" (action:4420)"),
		},
	},
}

func TestFresh556Formats(t *testing.T) { assertTable(t, fresh556Cases) }

func TestFresh556Score(t *testing.T) {
	checkScore(t, "fresh556 formats", fresh556Cases, [worldNumFields]float64{90.4, 84.1, 90.4, 86.5})
}
