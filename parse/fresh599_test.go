package parse

import "testing"

// The five-hundred-and-ninety-ninth fresh table: hosts as programs place them, a seventh further
// pass after fresh416, fresh436, fresh460, fresh494, fresh518 and fresh556, in products and output
// shapes no earlier table holds. Each family is one program's documented or observed output, chosen
// for where a line names the machine that wrote it and for names in host-like places that are not
// one, among parallel shells, deploy tools' envelopes around a remote machine's lines, relays and
// cluster installers: Flightplan's `fly` output (`✈` lines of the run itself, then every remote line
// behind the target's name and `$`, `>` or `●`); wsh's client wshc (a `host: stdout ****` header and
// `host: ` before each line of that host's output) and its daemon wshd in syslog (the machine in the
// syslog host field, the caller in `from host `…``); swk's parallel ssh (`[host]: ` before each
// line); boxes (logrus's `INFO[0000]` with the box's name and a colon before its output);
// influxdb-relay under syslog (Go's log stamp inside the syslog line, the relay and backend names in
// quotes); carbon-relay-ng on a terminal (a time of day with microseconds, the Go file and line, the
// route names and their addresses); k3sup install (Go's log stamp before the target's address, then
// the remote install script's `[INFO]  ` lines).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`tentakel`, `### `, `stat: 0`, `dshbak`, `pdsh`, `clush`,
// `clustershell`, `parallel-ssh`, `pssh`, `[SUCCESS]`, `sshkit`, `kamal`, `capistrano`, `collectd`,
// `plugin_load`, `opentelemetry`, `ResourceLog`, `host.name: Str`, `fluentd`, `out_stdout`,
// `knife ssh`, `xdsh`, `xcat`, `gsh`, `bolt`, `Finished on`, `teleport`, `tsh `, `rex`, `orgalorg`,
// `fabric`, `] out:`, `mco `, `mcollective`, `munin`, `check_mk`, `<<<`, `gmond`, `ganglia`,
// `zabbix_proxy`, `zabbix proxy`, `rundeck`, `stern`, `kubectl logs --prefix`, `srun`, `dsh`, `NCCL`,
// `deepspeed`, `Process received signal`, `open mpi`, `openmpi`, `mpirun`, `juju`, `unit-`, `bosh`,
// `: stdout |`, `LogType:`, `Container: container_`, `yarn logs`, `RSYSLOG_DebugFormat`,
// `Debug line with all properties`, `FROMHOST`, `** Alert`, `ossec`, `MSWinEventLog`, `snare`,
// `qmaster`, `sge`, `grid engine`, `cacti`, `Device[`, `ip=`, `raylet`, `(pid=`, `horovod`,
// `torchrun`, `hab-sup`, `habitat`, `cexec`, `c3 tools`, `kiwi`, `xymon`, `cfengine`, `cf-agent`,
// `serf:`, `glusterd`, `LustreError`, `beegfs`, `mfsmaster`, `heartbeat[`, `VCS NOTICE`,
// `serviceguard`, `CRS-`, `mmfs`, `hacmp`, `warewulf`, `gitlab-runner`, `buildkite`, `teamcity`,
// `bamboo`, `go-agent`, `AgentProcess`, `RunnerServer`, `Runner_`, `opensvc`, `lizardfs`,
// `moosefs`, `pressly`, `shipit`, `deployer`, `laravel`, `Rexfile`, `massh`, `sshpt`, `stackstorm`,
// `st2`, `nullmailer`, `msmtp`, `ssmtp`, `dma[`, `smtpd[`, `stunnel`, `socat`, `rinetd`, `3proxy`,
// `tinyproxy`, `privoxy`, `sockd`, `sslh`, `frpc`, `frps`, `ngrok`, `chisel`, `rathole`,
// `cloudflared`, `autossh`, `sshuttle`, `carbon`, `carbon-c-relay`, `statsd`, `riemann`, `nsqd`,
// `nsqlookupd`, `snoopy`, `hostIdentifier`, `osquery`, `netdata`, `pmlogger`, `naemon`, `shinken`,
// `sensu`, `nrpe`, `c : `, `cdist`, `itamae`, `mina`, `mpssh`, `docker service logs`, `@worker`,
// `kail`, `kubetail`, `location=`, `incus`, `lxc monitor`, `UPID`, `vdsm`, `[InM]`, `oned`,
// `cloudstack`, `xensource`, `xapi:`, `Originator@`, `graylog`, `logstash`, `nxlog`, `vector`,
// `mirrormaker`, `fluent bit`, `fluent-bit`, `cribl`, `telegraf`, `journal-remote`,
// `remote_syslog`, `papertrail`, `logspout`, `heroku`, `dyno=`, `dokku`, `fly logs`, `fly.io`,
// `gcloud app logs`, `beanstalk`, `aws logs tail`, `awslogs`, `log-streaming`, `app[web.1]`,
// `opennebula`, `rexify`, `(R)?ex`, `drush`, `packer`, `vagrant`, `molecule`, `testinfra`,
// `paramiko://`, `nomad`, `mesos`, `marathon`, `portainer`, `snmptrapd`, `snmptt`, `gelf`,
// `netconsole`, `conserver`, `Console up`, `ipmitool`, `cobbler`, `fai.log`, `lsyncd`, `csync2`,
// `bacula`, `bareos`, `backuppc`, `urbackup`, `burp`, `dirvish`, `PSComputerName`, `oxidized`,
// `rancid`, `netmiko`, `scrapli`, `opennms`, `librenms`, `observium`, `netxms`, `pandora`,
// `centreon`, `centengine`, `smokeping`, `mrtg`, `nfcapd`, `pmacct`, `ntopng`, `rudder`, `LOG]!>`,
// `tanium`, `qualys`, `falcon`, `sentinelone`, `dynatrace`, `oneagent`, `appdynamics`, `new relic`,
// `newrelic`, `elastic agent`, `elastic-agent`, `choria`, `func "`, `bcfg2`, `colmena`, `morph`,
// `krops`, `k3sup`, `talos`, `fleetctl`, `sosreport`, `podman-compose`, `tilt`, `skaffold`,
// `devspace`, `overmind`, `honcho`, `forego`, `concurrently`, `lerna`, `turborepo`, `turbo run`,
// `nx run`, `pnpm`, `ansible-pull`, `cssh`, `pussh`, `flightplan`, `rocketeer`, `magallanes`,
// `capifony`, `kapacitor`, `influxdb-relay`, `scollector`, `bosun`, `tcollector`, `diamond`,
// `logagent`, `beaver`, `logstash-forwarder`, `log courier`, `log-courier`, `flume`, `scribe`,
// `chukwa`, `kafka connect`, `nifi`, `minifi`, `streamsets`, `gollum`, `tenzir`, `ncpa`, `opsview`,
// `op5`, `mod_gearman`, `nrdp`, `srelay`, `carbon-relay-ng`, `stdout ****`, `worr`, ` wsh`,
// `Public IP:`, `k3s-io`, `Starting relays`, `✈`, ` ● `, `Running default:`, `swk`, `trueneu`,
// `parallel_line_prefix`, `supfile`, `aboxes`, `boxes run`, `Problem posting to relay`,
// `initializing routes`, `running command ``, `SERVER: running`, `[%s]: `). None of Flightplan,
// wsh, swk, boxes, influxdb-relay, carbon-relay-ng or k3sup is in any table (`worr` matches other
// words, `SERVER: running` another product's `server: running`, `k3s-io` only k3s's own download
// addresses, ` ● ` other products' status lines, `carbon` Graphite's carbon-cache and carbon-c-relay).
// Left out as measured already: pdsh, ClusterShell, pssh, dsh, mussh, Polysh, CTDB's onnode, Fabric,
// Capistrano, SSHKit and Kamal, Ansible's callbacks, Salt, pyinfra, Nornir, cdist, Rex, Bolt,
// MCollective and Choria, Teleport, Tentakel, orgalorg, NCCL, Open MPI, DeepSpeed, Juju, BOSH, YARN's
// aggregated logs, the Slurm, SGE and HTCondor daemons, rsyslog's and syslog-ng's relays, Fluentd,
// Fluent Bit, Logstash, Vector, NXLog, Telegraf, carbon-c-relay, srelay, the SMTP relays and the TCP
// relays and tunnels (stunnel, socat, rinetd, sslh, frp, chisel, rathole, cloudflared), the
// monitoring agents and collectors above, Heroku, Fly, Cloud Foundry and the other platforms' log
// tails, the CI agents. Left out as not confirmed by any search: pressly's sup (`host | line`),
// sshpt's CSV, log-courier, Gollum. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Flightplan, wshc, swk and boxes write no time at all: their records have
// none (boxes's `[0000]` is seconds since the start, and an uptime's time of day inside a box's
// output is the remote command's, not the record's). Go's `yyyy/MM/dd HH:mm:ss` stamp is zone-less
// and read as UTC; under syslog it names the same second as the syslog header. carbon-relay-ng on a
// terminal writes a time of day only, which is on the clock's day. Levels only where the line marks
// one: boxes's `INFO[…]` and the k3s install script's `[INFO]`; Flightplan's `✈` and `●`, wshd's
// `SERVER:` and wshc's `stdout ****` are no levels. The host is the record's host field: the name a
// parallel shell or deploy tool puts before a remote machine's line (Flightplan's target, wshc's and
// swk's host, boxes's box), and the syslog host field; the target named in a message (`✈ Connecting
// to '…'`, k3sup's address after Go's stamp, `Public IP:`), the caller in wshd's `from host`, the
// relay, backend and route names and their addresses are no hosts. Every line of these families is a
// record of its own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); none rests on memory alone. Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 915de82 before any rule for it: level 89.6 %, time 87.5 %, host 58.3 %, records 87.5 %.
// That is the macro figure (micro: level 86.1 %, time 83.3 %, host 55.6 %, records 83.3 %), in a
// worktree at 915de82 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are the host before a parallel shell's or deploy tool's remote
// line, which trawl does not read in Flightplan's `host $`/`>`/`●`, swk's `[host]: ` or boxes's
// `INFO[nnnn] box: `, and k3sup's timeless lines, which trawl joins to the line with Go's stamp.

var fresh599Cases = []worldCase{
	{
		name:   "flightplan-fly-target-prefix",
		source: "Flightplan's `fly <task>:<target>` output (`✈ Running task:target`, `✈ Connecting to '<host>'`, `✈ Executing remote task on <host>`, then `<host> $ command`, `<host> > output`, `<host> ● ok` or `● failed safely (n)`): pstadler/flightplan issues #150, #123 and #95",
		why:    "no time and no level; the target's name before `$`, `>` and `●` is the machine the line comes from; the `✈` lines of the run name hosts only in their message",
		gap:    "the target's name before ` $ `, ` > ` and ` ● ` on a remote line is not read as the host",
		entries: []worldEntry{
			we("", Unknown, "", "✈ Running deploy:production"),
			we("", Unknown, "", "✈ Connecting to 'app04.harbor.example'"),
			we("", Unknown, "", "✈ Executing remote task on app04.harbor.example"),
			we("", Unknown, "app04.harbor.example", "app04.harbor.example $ sudo systemctl reload tidewater-api"),
			we("", Unknown, "app04.harbor.example", "app04.harbor.example > Reloading tidewater-api.service: worker pool drained in 2.3s"),
			we("", Unknown, "app04.harbor.example", "app04.harbor.example ● ok"),
		},
	},
	{
		name:   "wshc-host-colon-output",
		source: "wsh's client wshc (a `host: stdout ****` header before each host's block, then `host: ` before every line of its output; the colon added after issue #51): worr/wsh issues #51, #18 and #27",
		why:    "no time and no level; the host and a colon before every line, the header line included; `stdout ****` is no level",
		entries: []worldEntry{
			we("", Unknown, "db11.ops.example.org", "db11.ops.example.org: stdout ****"),
			we("", Unknown, "db11.ops.example.org", "db11.ops.example.org: Filesystem      Size  Used Avail Use% Mounted on"),
			we("", Unknown, "db11.ops.example.org", "db11.ops.example.org: /dev/md1        1.8T  1.6T  201G  89% /var/lib/pgsql"),
			we("", Unknown, "db12.ops.example.org", "db12.ops.example.org: stdout ****"),
			we("", Unknown, "db12.ops.example.org", "db12.ops.example.org: /dev/md1        1.8T  902G  898G  51% /var/lib/pgsql"),
		},
	},
	{
		name:   "wshd-syslog-from-host",
		source: "wsh's daemon wshd logging to syslog (`wsh[pid]: SERVER: running command `…` as user `…` in dir `…` from host `…``, then `… exited with code `n``): worr/wsh issue #3",
		why:    "the syslog host field is the machine; `from host `…`` names the caller, no host; `SERVER:` is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "db11", "Nov 29 07:41:16 db11 wsh[30417]: SERVER: running command `df -h /var/lib/pgsql` as user `oskar` in dir `/home/oskar` from host `bastion02`"),
			we("2026-11-29T07:41:16Z", Unknown, "db11", "Nov 29 07:41:16 db11 wsh[30417]: SERVER: command `df -h /var/lib/pgsql` run as user `oskar` in dir `/home/oskar` from host `bastion02` exited with code `0`"),
			we("2026-11-29T07:43:02Z", Unknown, "db11", "Nov 29 07:43:02 db11 wsh[30588]: SERVER: command `systemctl restart pgbouncer` run as user `oskar` in dir `/home/oskar` from host `bastion02` exited with code `1`"),
		},
	},
	{
		name:   "swk-pssh-bracket-host-prefix",
		source: "swk (swiss-knife) `swk pssh <hosts> '<command>'`: every remote line behind `[host]: ` (its helper print_line_with_host_prefix, parallel_line_prefix = '[%s]: '): trueneu/swiss-knife's swk helper functions and README, found with the code search",
		why:    "no time and no level; the host in brackets and a colon before each line; an uptime's time of day in the output is not the record's",
		gap:    "the host in the `[host]: ` prefix before each remote line is not read",
		entries: []worldEntry{
			we("", Unknown, "mysql-b3", "[mysql-b3]:  07:41:16 up 41 days,  3:12,  0 users,  load average: 0.42, 0.51, 0.49"),
			we("", Unknown, "mysql-b4", "[mysql-b4]:  07:41:16 up 12 days, 22:05,  1 user,  load average: 3.97, 3.12, 2.80"),
			we("", Unknown, "mysql-b3", "[mysql-b3]: Seconds_Behind_Master: 0"),
			we("", Unknown, "mysql-b4", "[mysql-b4]: Seconds_Behind_Master: 418"),
		},
	},
	{
		name:   "boxes-logrus-box-prefix",
		source: "boxes (`boxes run -t <boxes> -c <command>`): logrus's text format on a terminal, `INFO[0000] <box>: <output>`: AlexanderGrooff/aboxes README, found with the code search",
		why:    "the level in logrus's `INFO[nnnn]`, the bracket seconds since the start, not a time; the box's name and a colon is the machine the output comes from",
		gap:    "the box's name and colon after logrus's `INFO[nnnn]` is not read as the host",
		entries: []worldEntry{
			we("", Info, "gamma", "INFO[0000] gamma: gamma"),
			we("", Info, "edge-03.lb", "INFO[0000] edge-03.lb: edge-03.lb.nodes.example.io"),
			we("", Info, "gamma", "INFO[0001] gamma:  07:41:16 up 6 days,  1:40,  2 users,  load average: 0.08, 0.10, 0.09"),
			we("", Info, "edge-03.lb", "INFO[0001] edge-03.lb:  07:41:17 up 88 days, 19:02,  0 users,  load average: 1.21, 1.30, 1.33"),
		},
	},
	{
		name:   "influxdb-relay-syslog-go-stamp",
		source: "influxdb-relay (veepee-oss fork 2.x) under systemd with syslog (`influxdb-relay[pid]: yyyy/MM/dd HH:mm:ss Starting relays...`, `Starting HTTP relay \"name\" on addr`, `Problem posting to relay \"name\" backend \"name\": Post …`): veepee-oss/influxdb-relay issues #4 and #39",
		why:    "Go's stamp inside the syslog line names the same second; the syslog host is the relay's machine; relay and backend names and the backend's address are no hosts; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "tsrelay01", "Nov 29 07:41:16 tsrelay01 influxdb-relay[11842]: 2026/11/29 07:41:16 Starting relays..."),
			we("2026-11-29T07:41:16Z", Unknown, "tsrelay01", `Nov 29 07:41:16 tsrelay01 influxdb-relay[11842]: 2026/11/29 07:41:16 Starting HTTP relay "metrics-in" on 0.0.0.0:9096`),
			we("2026-11-29T07:44:09Z", Unknown, "tsrelay01", `Nov 29 07:44:09 tsrelay01 influxdb-relay[11842]: 2026/11/29 07:44:09 Problem posting to relay "metrics-in" backend "tsdb-b": Post http://10.20.4.12:8086/write?db=telegraf: dial tcp 10.20.4.12:8086: connect: connection refused`),
			we("2026-11-29T07:44:10Z", Unknown, "tsrelay01", `Nov 29 07:44:10 tsrelay01 influxdb-relay[11842]: 2026/11/29 07:44:10 Problem posting to relay "metrics-in" backend "tsdb-b": Post http://10.20.4.12:8086/write?db=telegraf: dial tcp 10.20.4.12:8086: connect: connection refused`),
		},
	},
	{
		name:   "carbon-relay-ng-time-of-day-file-line",
		source: "carbon-relay-ng 0.x on a terminal (Go's log with Ltime|Lmicroseconds|Lshortfile: `HH:mm:ss.ffffff file.go:line: msg`, routes `(re)connecting to addr` and `connected`): grafana/carbon-relay-ng issue #20",
		why:    "a time of day with microseconds and no date (the clock's day); the Go file and line is no level and no host; route names and their addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204417Z", Unknown, "", "07:41:16.204417 carbon-relay-ng.go:349: initializing routes..."),
			we("2026-11-29T07:41:16.211902Z", Unknown, "", "07:41:16.211902 carbon-relay-ng.go:378: listening on 0.0.0.0:2003"),
			we("2026-11-29T07:41:16.212338Z", Unknown, "", "07:41:16.212338 routing.go:98: graphite-west (re)connecting to 10.30.1.7:2004"),
			we("2026-11-29T07:41:16.214760Z", Unknown, "", "07:41:16.214760 routing.go:113: graphite-west connected"),
		},
	},
	{
		name:   "k3sup-install-remote-script",
		source: "k3sup install (`Running: k3sup install`, Go's log stamp before the target's address, `Public IP: addr`, then the remote get.k3s.io script's `[INFO]  msg` lines): alexellis/k3sup PR #312 and issue #430",
		why:    "the address after Go's stamp is the message, not the record's host; the script's lines carry `[INFO]` and no time; the run's own lines carry neither",
		gap:    "the timeless lines (`Running: k3sup install`, `Public IP:`, the script's `[INFO]  ` lines) are joined to the line with Go's stamp into one record that takes its time, so each line is not its own record and the `[INFO]` level is lost",
		entries: []worldEntry{
			we("", Unknown, "", "Running: k3sup install"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 10.40.0.21"),
			we("", Unknown, "", "Public IP: 10.40.0.21"),
			we("", Info, "", "[INFO]  Finding release for channel stable"),
			we("", Info, "", "[INFO]  Using v1.31.3+k3s1 as release"),
			we("", Info, "", "[INFO]  systemd: Starting k3s"),
		},
	},
}

func TestFresh599Formats(t *testing.T) { assertTable(t, fresh599Cases) }
func TestFresh599Score(t *testing.T) {
	checkScore(t, "fresh599 formats", fresh599Cases, [worldNumFields]float64{89.5, 87.4, 58.2, 87.4})
}
