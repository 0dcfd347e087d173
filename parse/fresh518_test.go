package parse

import "testing"

// The five-hundred-and-eighteenth fresh table: hosts as programs place them, a fifth further pass
// after fresh416, fresh436, fresh460 and fresh494, in products and output shapes no earlier table
// holds. Each family is one program's documented or observed output, chosen for where a line names
// the machine that wrote it and for names in host-like places that are not one, among parallel
// shells, cluster tools and the envelopes they put around a remote machine's lines: Polysh's
// non-interactive output (every remote line behind its display name, padded to the longest, and
// ` : `); CTDB's onnode, run serially (a blank line and a `>> NODE: address <<` banner before each
// node's output) and with -p (each line behind `[address] `); ansible-playbook -vvv (the ssh
// connection plugin's `<host> ESTABLISH SSH CONNECTION…`, `<host> SSH: EXEC…`, the `(rc, b'…',
// b'…')` tuple, `<host> PUT … TO …`: the controller's own lines about a target); pcs setting up a
// Pacemaker cluster (`node: reply` lines among pcs's own lines that name nodes only in quotes, an
// echoed `Username:` prompt, a `Warning:` line); dlm_controld through syslog (the daemon's
// monotonic seconds opening each message, epochs and node ids inside); corosync-qnetd in the
// foreground (its priority word where a syslog line puts its host); mussh (`user@host: ` or
// `host: ` before each remote line, its own `DEBUG[#n]: CONNECT …` lines).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`pyinfra`, `remote-exec`, `Connecting to remote host`, `APP/PROC`,
// `loggregator`, `cf logs`, `honcho`, `| started with pid`, `oxidized`, `Configuration updated for`,
// `carbon-c-relay`, `carbon`, `ISPN000094`, `WSREP`, `crm_mon`, `talosctl`, `talos`, `stern`,
// `--prefix`, `vagrant`, `==> default`, `splunkd`, `sourcetype`, `ddsource`, `"agent":{`,
// `"host":{"name"`, `filebeat`, `librenms`, `icinga`, `SERVICE ALERT`, `nagios`, `munin`,
// `snmptrapd`, `distcc`, `icecc`, `rsyncd`, `connect from`, `warewulf`, `cobbler`, `smart-proxy`,
// `maas`, `<stdout>:`, `overmind`, `pm2`, `kamal`, `fly.io`, `heroku`, `logplex`, `dsh`, `mussh`,
// `gsh`, `consul`, `nomad`, `fluentd`, `sensu`, `zabbix`, `glusterd`, `+sdown`, `sentinel`,
// `syncthing`, `journal-remote`, `kubectl get events`, `opensmtpd`, `haraka`, `tor `,
// `Bootstrapped`, `nsca`, `Host Name: '`, `nrpe`, `mod_gearman`, `check_mk`, `checkmk`, `msmtp`,
// `smtpstatus`, `nullmailer`, `fetchmail`, `tinyproxy`, `3proxy`, `sockd`, `sslh`, `rinetd`,
// `socat`, `dhcrelay`, `BOOTREQUEST`, `upsmon`, `polysh`, `deployer`, `nornir`, `** changed :`,
// `ESTABLISH SSH`, `n=ansible`, `ucarp`, `opensvc`, `cmcld`, `serviceguard`, `hacmp`,
// `rgmanager`, `masterha`, `MHA`, `Dead Servers`, `pgpool`, `orchestrator`, `proxysql`,
// `nodetool`, `slurmctld`, `linstor`, `vdsm`, `ovirt`, `lxd`, `spacewalk`, `rudder`,
// `velociraptor`, `newrelic`, `sidecar`, `sumo`, `papertrail`, `LEEF`, `[origin `, `oneagent`,
// `gmond`, `ganglia`, `nfcapd`, `pmacct`, `goflow`, `znc`, `sniproxy`, `privoxy`, `pound`,
// `sshuttle`, `dsh -M`, `srun`, `>> NODE:`, `onnode`, `cdist`, `Running task`, `rexify`,
// `deploy@`, `hab-sup`, `habitat`, `qnetd`, `corosync-qnetd`, `qdevice`, `sbd[`, `fence_`,
// `dlm_controld`, `dlm_`, `fence request`, `fence result`, `walltime`, `o2cb`, `o2net`, `ocfs2`,
// `scylla`, `aerospike`, `snmptt`, `ncpa`, `opennms`, `zenoss`, `centreon`, `centengine`,
// `shinken`, `naemon`, `simple event correlator`, `swatch`, `heka`, `Payload:`, `logspout`,
// `container_name`, `"kubernetes":{`, `_HOSTNAME=`, `falco`, `gcloud logging`, `aws logs tail`,
// `| CHANGED |`, `sup `, `clusterit`, `ssh-para`, `massh`, `rundeck`, `STREAM_RECEIVER`, `statsd`,
// `is asking for command`, `Request from node`, `start package`, `Starting stopped service`,
// `Starting Cluster`, `: Authorized`, `pcs cluster`, `pcs host`, `pcs `, `successful
// distribution`, `Cluster has been successfully`, `Cluster Enabled`, `ok: [`, `<web`, `SSH: EXEC`,
// `crmsh`, `crm_`, `cman`, `clustat`, `ccs `, `luci`, `ricci`, `mpssh`, `dancer`). None of Polysh,
// onnode, pcs's node-prefixed output, Ansible's -vvv connection lines, dlm_controld,
// corosync-qnetd or mussh is in any table: `mussh`, `ESTABLISH SSH`, `opensvc`, `cmcld`,
// `rgmanager`, `qnetd`, `corosync-qnetd`, `qdevice`, `o2net` and `ocfs2` match only earlier tables'
// grep lists; `onnode` matches other words (`getFunctionNodeClass`, `ApplicationSummary`);
// `Starting Cluster` and `: Authorized` match other products' messages; `dlm_` matches Lustre's
// `ldlm_` sources; `pcs ` matches pcs status tables (fresh250) and an ALB log, never pcs's setup
// output. Left out as measured already: pdsh, clush, pssh, Ansible's ad-hoc and playbook results
// and its log_path file, sshkit, pyinfra, Nornir, honcho, Terraform's remote-exec, crm_mon and pcs
// status, MHA, Serviceguard's package log, PowerHA, UCARP, NRPE, Mod-Gearman, msmtp, nullmailer,
// dhcrelay, carbon-c-relay, Heka, distccd, Oxidized, Cobbler, MAAS. Left out as not confirmed by
// any search: Serviceguard's cmcld and rgmanager through syslog. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Polysh, onnode, pcs, Ansible's connection lines and mussh write no time of
// their own: a record has a time only where the remote line behind the prefix carries one (a
// syslog header, a Ruby Logger stamp); Ansible's ansible-tmp-EPOCH directory is no time.
// dlm_controld's and qnetd's `Mmm dd HH:mm:ss` have no year (2026) and no zone (UTC); the seconds
// opening a dlm_controld message are its uptime and `time`/`walltime` epochs are message words.
// Levels only where the line marks one: qnetd's priority word (debug, warning, error), pcs's
// `Warning:`, mussh's `DEBUG[#n]:`, a remote Ruby Logger line's letter and word; `active`,
// `failed`, `Permission denied` and `fence result` carry none. The host is the machine that wrote
// the line: the name before Polysh's ` : `, onnode's banner address and bracketed address, the
// node before pcs's colon, the machine after mussh's `user@`, the syslog host of dlm_controld's
// lines; Ansible's `<host>` is a target named by the controller, pcs's quoted names and `Username:`
// prompt, mussh's and Ansible's own lines, qnetd's client addresses and node ids are no hosts, and
// qnetd's priority word sits where a host would. A record that spans lines is one entry: onnode's
// banner with the node's output under it, up to the blank line before the next banner; the
// blank line before the first banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of
// a layout the source says "from memory" (Ansible's PUT line, qnetd's `warning` word). Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit d8a4da7 before any rule for it: level 93.8 %, time 95.8 %, host 57.1 %, records 81.2 %.
// That is the macro figure (micro: level 93.5 %, time 95.7 %, host 65.2 %, records 87.0 %), in a
// worktree at d8a4da7 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are Polysh's padded name before ` : `, which is not read as the
// host; onnode's `>> NODE: address <<` banner, neither read as the host nor joined to the output
// under it; onnode -p's `[address] ` prefix, not read as the host (an inner syslog line's own name
// taken instead); and mussh's `DEBUG[#n]:` level and `user@host: ` and `host: ` prefixes, not read,
// with the prefixed lines after a remote Ruby Logger line joined to it.

var fresh518Cases = []worldCase{
	{
		name:   "polysh-command-padded-display-names",
		gap:    "the display name padded before ` : ` is not read as the host: only a syslog line behind the prefix gives one, from its own header",
		source: "Polysh (innogames/polysh, formerly gsh) run with --command on several hosts: src/polysh/remote_dispatcher.py print_lines() writes each remote line behind `display_name + indent + ' : '`, the names padded to the longest one (max_display_name_length); found with the code search",
		why:    "the padded name before ` : ` names the machine whose shell printed the line; a remote syslog line keeps its own time behind the prefix; no level",
		entries: []worldEntry{
			we("", Unknown, "web-01", "web-01     : active"),
			we("", Unknown, "web-02", "web-02     : active"),
			we("", Unknown, "db-primary", "db-primary : failed"),
			we("2026-11-29T07:41:16Z", Unknown, "web-01", "web-01     : Nov 29 07:41:16 web-01 CRON[22113]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)"),
			we("2026-11-29T07:41:19Z", Unknown, "db-primary", "db-primary : Nov 29 07:41:19 db-primary systemd[1]: pgbouncer.service: Main process exited, code=exited, status=1/FAILURE"),
		},
	},
	{
		name:   "ctdb-onnode-serial-node-banner",
		gap:    "the `>> NODE: address <<` banner is not read as the host, and the node's output under it is not joined to the banner: each output line becomes a record of its own",
		source: "CTDB's onnode run on all nodes without -p (samba-team/samba ctdb/tools/onnode: `echo >&2 ; echo \">> NODE: $n <<\" >&2` before each node's output; the nodes are the addresses of /etc/ctdb/nodes), and ctdb's onnode unit test's required_result (a blank line, `>> NODE: 192.168.1.102 <<`, the output); found with the code search and find_string",
		why:    "the banner names the node whose output follows; banner and output are one record up to the next blank line; the address is that machine's name in a CTDB cluster; no time, no level",
		entries: []worldEntry{
			wskip(""),
			we("", Unknown, "192.168.40.11", ">> NODE: 192.168.40.11 <<",
				"Filesystem      Size  Used Avail Use% Mounted on",
				"/dev/drbd0      2.0T  1.2T  801G  61% /srv/ctdb",
				""),
			we("", Unknown, "192.168.40.12", ">> NODE: 192.168.40.12 <<",
				"Filesystem      Size  Used Avail Use% Mounted on",
				"/dev/drbd0      2.0T  1.2T  801G  61% /srv/ctdb",
				""),
			we("", Unknown, "192.168.40.13", ">> NODE: 192.168.40.13 <<",
				"ssh: connect to host 192.168.40.13 port 22: No route to host"),
		},
	},
	{
		name:   "ctdb-onnode-parallel-bracket-prefix",
		gap:    "the bracketed `[address] ` prefix is not read as the host; behind it an inner syslog line's own host name (`ctdb-a`) is taken instead",
		source: "CTDB's onnode -p on all nodes (samba-team/samba ctdb/tools/onnode: `$ssh_cmd \"$n\" \"$command\" 2>&1 | sed -e \"s@^@[$n] @\"`, the nodes' output interleaved); found with the code search",
		why:    "the bracketed address before each line is the node that printed it, ssh's error for a node is that node's line; an inner journal line keeps its own time; no level",
		entries: []worldEntry{
			we("", Unknown, "192.168.40.12", "[192.168.40.12] active"),
			we("", Unknown, "192.168.40.11", "[192.168.40.11] active"),
			we("", Unknown, "192.168.40.11", "[192.168.40.11] inactive"),
			we("", Unknown, "192.168.40.13", "[192.168.40.13] ssh: connect to host 192.168.40.13 port 22: Connection timed out"),
			we("2026-11-29T07:41:22Z", Unknown, "192.168.40.11", "[192.168.40.11] Nov 29 07:41:22 ctdb-a smbd[30417]: tdb(/var/lib/ctdb/volatile/locking.tdb.0): tdb_open_ex: could not open file /var/lib/ctdb/volatile/locking.tdb.0: No such file or directory"),
		},
	},
	{
		name:   "ansible-vvv-connection-lines",
		source: "ansible-playbook -vvv on a terminal (the ssh connection plugin's `<host> ESTABLISH SSH CONNECTION FOR USER: user`, `<host> SSH: EXEC ssh …`, the `(rc, b'stdout', b'stderr')` tuple, `<host> PUT … TO …`): ansible/ansible issue #81099 (a pasted -vvv run); the PUT line's shape from memory",
		why:    "the name in angle brackets is the connection's target, named by the controller that writes every line: no host; the ansible-tmp directory's epoch is no time; no level",
		entries: []worldEntry{
			we("", Unknown, "", "<web-01> ESTABLISH SSH CONNECTION FOR USER: deploy"),
			we("", Unknown, "", `<web-01> SSH: EXEC ssh -C -o ControlMaster=auto -o ControlPersist=60s -o KbdInteractiveAuthentication=no -o PreferredAuthentications=gssapi-with-mic,gssapi-keyex,hostbased,publickey -o PasswordAuthentication=no -o 'User="deploy"' -o ConnectTimeout=10 -o 'ControlPath="/home/deploy/.ansible/cp/4e1f2a9c3b"' web-01 '/bin/sh -c '"'"'echo ~deploy && sleep 0'"'"''`),
			we("", Unknown, "", `<web-01> (0, b'/home/deploy\n', b'')`),
			we("", Unknown, "", "<web-01> PUT /home/deploy/.ansible/tmp/ansible-local-41207x9k2qz/tmpa1b2c3d4 TO /home/deploy/.ansible/tmp/ansible-tmp-1795938076.412-41207-99887766554433/AnsiballZ_setup.py"),
			we("", Unknown, "", "<10.20.0.15> ESTABLISH SSH CONNECTION FOR USER: deploy"),
			we("", Unknown, "", `<10.20.0.15> (255, b'', b'ssh: connect to host 10.20.0.15 port 22: Connection timed out\r\n')`),
		},
	},
	{
		name:   "pcs-cluster-setup-node-prefixed",
		source: "pcs 0.10/0.11 on a terminal: `pcs host auth` (the Username prompt echoed, `node: Authorized`), `pcs cluster setup` (`Destroying cluster on hosts: '…'...`, `node: Successfully destroyed cluster`, `Sending '…' to '…'`, `node: successful distribution of the file '…'`, `Cluster has been successfully set up.`), `pcs cluster destroy --all` (a `Warning:` line), `pcs cluster start --all`: urbaman/HomeLab's NFS cluster notes and other set-up write-ups found with find_string (`: Starting Cluster...`)",
		why:    "a node's name before the colon heads that node's reply; pcs's own lines name nodes only in quotes; `Username:` is a prompt, not a machine; `Warning:` is pcs's level",
		entries: []worldEntry{
			we("", Unknown, "", "Username: hacluster"),
			we("", Unknown, "hanode1", "hanode1: Authorized"),
			we("", Unknown, "hanode2", "hanode2: Authorized"),
			we("", Unknown, "", "Destroying cluster on hosts: 'hanode1', 'hanode2'..."),
			we("", Unknown, "hanode2", "hanode2: Successfully destroyed cluster"),
			we("", Unknown, "", "Sending 'corosync authkey', 'pacemaker authkey' to 'hanode1', 'hanode2'"),
			we("", Unknown, "hanode1", "hanode1: successful distribution of the file 'corosync authkey'"),
			we("", Unknown, "", "Cluster has been successfully set up."),
			we("", Warn, "", "Warning: Unable to load CIB to get guest and remote nodes from it, those nodes will not be deconfigured."),
			we("", Unknown, "hanode1", "hanode1: Starting Cluster..."),
		},
	},
	{
		name:   "dlm-controld-syslog-monotonic-seconds",
		source: "dlm_controld 4.x through syslog (each message opens with the daemon's monotonic seconds; `fence request N pid P nodedown time EPOCH fence_all AGENT`, `fence result`, `fence status N receive R from M walltime EPOCH local S`, `<lockspace> wait for fencing`): quantum/esos issue #124 (a pasted /var/log/messages)",
		why:    "the syslog host is the record's; the seconds after the tag are dlm's uptime, `time`/`walltime` epochs and node ids in the message are no time and no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gfs-n1", "Nov 29 07:41:16 gfs-n1 dlm_controld[3307]: 145 dlm_controld 4.2.0 started"),
			we("2026-11-29T07:44:02Z", Unknown, "gfs-n1", "Nov 29 07:44:02 gfs-n1 dlm_controld[3307]: 311 fence request 2 pid 16223 nodedown time 1795938242 fence_all dlm_stonith"),
			we("2026-11-29T07:44:03Z", Unknown, "gfs-n1", "Nov 29 07:44:03 gfs-n1 dlm_controld[3307]: 312 fence result 2 pid 16223 result 0 exit status"),
			we("2026-11-29T07:44:03Z", Unknown, "gfs-n1", "Nov 29 07:44:03 gfs-n1 dlm_controld[3307]: 312 fence status 2 receive 0 from 1 walltime 1795938243 local 312"),
			we("2026-11-29T07:44:05Z", Unknown, "gfs-n1", "Nov 29 07:44:05 gfs-n1 dlm_controld[3307]: 314 shared0 wait for fencing"),
		},
	},
	{
		name:   "corosync-qnetd-foreground-level-in-host-place",
		source: "corosync-qnetd run in the foreground with debug on (`corosync-qnetd -f -d`, its own stderr log: `Mmm dd HH:mm:ss`, the priority word padded to seven, then the message, the node lists indented): corosync/corosync-qdevice issue #16 (a pasted log); the `warning` word from memory",
		why:    "the priority word stands where a syslog line puts its host: it is the level, and there is no host; the client address and node ids are peers; every line is its own record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "Nov 29 07:41:16 debug   New client connected"),
			we("2026-11-29T07:41:16Z", Debug, "", "Nov 29 07:41:16 debug     cluster name = hacl2"),
			we("2026-11-29T07:41:17Z", Debug, "", "Nov 29 07:41:17 debug   Client ::ffff:10.40.0.11:51822 (cluster hacl2, node_id 1) sent membership node list."),
			we("2026-11-29T07:41:17Z", Debug, "", "Nov 29 07:41:17 debug       node_id = 1, data_center_id = 0, node_state = not set"),
			we("2026-11-29T07:41:18Z", Warn, "", "Nov 29 07:41:18 warning Client ::ffff:10.40.0.12:40412 (cluster hacl2, node_id 2) sent nonzero heuristics result without heuristics enabled"),
			we("2026-11-29T07:41:18Z", Error, "", "Nov 29 07:41:18 error   ffsplit: Received empty config node list for client ::ffff:10.40.0.12:40412"),
		},
	},
	{
		name:   "mussh-user-at-host-prefix",
		gap:    "mussh's `DEBUG[#n]:` opening is not read as a level; the `user@host: ` and `host: ` prefixes are not read as the host; the prefixed lines after a remote Ruby Logger line are joined to it as its continuation",
		source: "mussh 1.x (DigitalCyberSoft/mussh, the SourceForge script's fork): ssh_connect() pipes each remote line through `sed -e \"s/^/$HOST: /\"`, $HOST as given with -h (`user@host` or `host`), ssh's stderr merged; -d1 writes `DEBUG[#n]: CONNECT host` to stderr; found with the code search",
		why:    "the prefix names the machine after an optional `user@`: the user is no part of the host; ssh's error for a host is that host's line; mussh's own DEBUG line names its target and has no host; a remote Ruby Logger line keeps its time and level",
		entries: []worldEntry{
			we("", Debug, "", "DEBUG[#1]: CONNECT deploy@app-01"),
			we("", Unknown, "app-01", "deploy@app-01: active"),
			we("2026-11-29T07:41:16.204412Z", Info, "app-01", "deploy@app-01: I, [2026-11-29T07:41:16.204412 #4120]  INFO -- : Puma starting in cluster mode..."),
			we("", Unknown, "app-02", "deploy@app-02: Permission denied (publickey)."),
			we("", Unknown, "app-03", "app-03: active"),
			we("2026-11-29T07:41:18.911027Z", Error, "app-03", "app-03: E, [2026-11-29T07:41:18.911027 #3311] ERROR -- : Redis::CannotConnectError: Error connecting to Redis on 10.30.0.5:6379 (Errno::ECONNREFUSED)"),
		},
	},
}

func TestFresh518Formats(t *testing.T) { assertTable(t, fresh518Cases) }

func TestFresh518Score(t *testing.T) {
	checkScore(t, "fresh518 formats", fresh518Cases, [worldNumFields]float64{93.7, 95.7, 57.0, 81.1})
}
