package parse

import "testing"

// The four-hundred-and-sixteenth fresh table, written on 2026-12-06: hosts as programs place them,
// yet another pass, in products and output shapes no earlier table holds. Each family is one
// program's documented or observed output, chosen for where it writes a machine's name and for
// names in those places that are not the record's machine: Pacemaker 1.1's detail log (libqb's
// `[pid]` before the node's name, the daemon padded to a column with a colon, the level and the
// function); a Splunk indexer's metrics.log (tcpin_connections with the forwarder's hostname= and
// sourceHost=, per_host_thruput with the indexed host in series=, none of them the indexer);
// Terraform's remote-exec provisioner output (a resource address prefix, and the SSH target in a
// `Host:` line of the connecting message); zabbix_sender's input file with -T (the host column
// first, `-` for the configured host, then an epoch); send_nsca's input (tab-separated, the host
// column first, no time); the NSCA daemon's debug lines in syslog (`Host Name: 'x'` names the
// check's host, not the machine that logs); the Nagios command file as NSCA writes it (`[epoch]
// PROCESS_SERVICE_CHECK_RESULT;host;…`); dstat's --output CSV (the host in a `"Host:"` header row,
// rows with a yearless `dd-mm HH:MM:SS`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`pacemaker-controld`, `crmd:`, `do_state_transition`, `[TOTEM`,
// `corosync`, `splunk`, `splunkd`, `metrics.log`, `tcpin_connections`, `per_host_thruput`,
// `sourceHost=`, `fwdType`, `series=`, `terraform`, `remote-exec`, `Connecting to remote host`,
// `Host: 10.`, `zabbix`, `zabbix_sender`, `became not supported`, `send_nsca`, `nsca`, `SERVICE
// CHECK ->`, `Host Name: '`, `PROCESS_SERVICE_CHECK_RESULT`, `PROCESS_HOST_CHECK_RESULT`, `PASSIVE
// SERVICE CHECK`, `SERVICE ALERT: `, `dstat`, `Dstat`, `"Host:"`, `Cmdline:`, `db2diag`, `AMQERR`,
// `Host(`, `errpt`, `Node Id`, `HASP`, `host_id=`, `CONNECT_DATA`, `Running on machine`,
// `_x86_64_`, `sysstat`, `sadf`, `collectl`, `atop`, `ATOP - `, `Logfiles for Host`, `logwatch`,
// `UPID`, `page_log`, `DhcpSrvLog`, `PUTVAL`, `collectd`, `knife ssh`, `pssh`, `OPCOM`, `####<`,
// `logcli`, `snmptrapd`, `wazuh`, `Finished on`, `hs_err`, `SERVICEPERFDATA`, `HOSTNAME::`, `put
// sys.`, `riemann`, `xymon`, `SSHKit`, `vagrant`, `juju`, `dshbak`, `clush`, `xdsh`, `errdump`,
// `PPE-0`, `meraki`, `PDH-CSV`, `typeperf`, `server-hostname`, `s-computername`, `riak@`,
// `rabbit@`, `JobId`, `FROMHOST`, `rubydebug`, `buildkite`, `sudo.log`, ` : HOST=`, `xferlog`,
// `rsyncd`, `smbd_audit`, `fmadm`, `short-unix`, `ausearch`, `n=ansible`, `write_log`,
// `munin-update`, `Message forwarded from`, `Originator@6876`, `vdsm`, `starting up libvirt`,
// `SUBOBJECT`, `service logs`, `lxc monitor`, `LogType:`, `SparkListener`, `NAS-Identifier`,
// `Packet-Type`, `STARTUP_MSG:   host`, `$hostname`, `MetricLineReceiver`, `measurements.log`,
// `peerstats`, `ESTABLISH SSH`, `rundeck`). Pacemaker is in fresh182, fresh250, fresh298 and the
// holdout as pacemaker-controld's 2.x lines and crmd's syslog lines, and libqb's pid before the
// host is a rule case (corosync's [TOTEM] line); 1.1's detail file with `crmd:` padded in a column
// is in none. Splunk is in fresh5, fresh66, fresh88 and fresh258 as splunkd.log and others;
// metrics.log's tcpin_connections and per_host_thruput are in none. Terraform is in many tables
// as its CLI and TF_LOG output; remote-exec's output is in none. Zabbix is in many tables as its
// server, proxy and agent logs; zabbix_sender's input is in none. NSCA is in no table (`nsca`
// matches other words); Nagios's log is in several, its command file in none. dstat's terminal
// output is in many tables; its CSV output in none. Left out as measured already: DB2's
// db2diag HOSTNAME:, IBM MQ's Host(), AIX errpt's Node Id, z/OS SYSLOG, Oracle's XML alert log and
// listener.log, glog's `Running on machine:`, sysstat's banner, atop's -P, Proxmox's UPID, CUPS
// page_log, the Windows DHCP log, collectd PUTVAL, knife ssh, pssh, OpenVMS OPCOM, WebLogic,
// logcli, snmptrapd, Wazuh, Bolt, Nagios perfdata, OpenTSDB, Riemann, Docker Swarm's task@node
// prefix, munin-update, chrony's measurements.log and ntpd's peerstats. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Pacemaker's `Nov 29 07:41:16` has no year (2026); Splunk's `11-29-2026
// 07:41:16.512 +0000` is month first with an offset; zabbix_sender's and the command file's epochs
// are seconds; dstat's `29-11 07:41:16` is day first with no year; Terraform's and send_nsca's
// lines carry no time, and `[20s elapsed]` is no time. Levels only where the line marks one:
// Pacemaker's level word after the daemon, Splunk's INFO; the return codes (0 1 2) of NSCA and
// the command file are check states, not levels. The host is the record's host: Pacemaker's node
// after `[pid]` (origin=pcmk-b inside a message is a peer), the NSCA daemon's syslog host,
// zabbix_sender's and send_nsca's host column (the host the value belongs to; `-` names none);
// a Splunk indexer's metrics name forwarders (hostname=, sourceHost=) and indexed hosts (series=),
// never the indexer; Terraform's `Host:` line is the SSH target named in its message; a
// `Host Name: 'x'` in NSCA's debug line and the host argument of a command in the command file are
// the check's subject (as a nagios.log alert's host is in the earlier tables); dstat's `"Host:"`
// header row is fed but not scored, and its rows carry no host of their own (as sysstat's rows
// under their banner). Every line here is a record of its own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3bf89f8 before any rule for it: level 91.7 %, time 87.5 %, host 84.4 %, records 100.0 %.
// That is the macro figure (micro: level 94.4 %, time 91.7 %, host 88.9 %, records 100.0 %), in a
// worktree at 3bf89f8 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (Pacemaker 1.1's detail log, the Splunk indexer's metrics, Terraform's
// remote-exec output and the NSCA daemon's debug lines); the gaps are a quoted host column in
// zabbix_sender's input, the tab-separated host column of send_nsca's input, a level taken from
// the plugin output in the Nagios command file, and dstat's quoted day-first CSV time.

var fresh416Cases = []worldCase{
	{
		name:   "pacemaker11-detail-log-pid-before-node",
		source: "Pacemaker 1.1's detail log (/var/log/cluster/corosync.log or /var/log/pacemaker.log through libqb: `Mon dd HH:MM:SS [pid] node   daemon:   level: function:\\tmsg`, the daemon right-aligned with a colon, the level padded): the messages and daemons as crmd and pengine print them in corosync/corosync issues #6 and #455 and ClusterLabs/pacemaker PR #640 (their syslog copies); the detail file's column layout from memory",
		why:    "libqb writes the pid in brackets before the node's name; the daemon name with a colon and padding, then the level word and a colon; origin=pcmk-b and `on pcmk-b` in a message are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "pcmk-a", "Nov 29 07:41:16 [1842] pcmk-a       crmd:   notice: do_state_transition:\tState transition S_IDLE -> S_POLICY_ENGINE | input=I_PE_CALC cause=C_TIMER_POPPED origin=crm_timer_popped"),
			we("2026-11-29T07:41:16Z", Notice, "pcmk-a", "Nov 29 07:41:16 [1841] pcmk-a    pengine:   notice: unpack_config:\tOn loss of CCM Quorum: Ignore"),
			we("2026-11-29T07:41:16Z", Warn, "pcmk-a", "Nov 29 07:41:16 [1841] pcmk-a    pengine:  warning: unpack_rsc_op_failure:\tProcessing failed op monitor for pg_fs on pcmk-b: not running (7)"),
			we("2026-11-29T07:41:17Z", Info, "pcmk-a", "Nov 29 07:41:17 [1838] pcmk-a        cib:     info: cib_process_request:\tCompleted cib_modify operation for section status: OK (rc=0, origin=pcmk-b/crmd/412, version=0.88.19)"),
			we("2026-11-29T07:41:18Z", Error, "pcmk-a", "Nov 29 07:41:18 [1842] pcmk-a       crmd:    error: process_lrm_event:\tResult of start operation for pg_fs on pcmk-a: 1 (unknown error) | call=44 key=pg_fs_start_0 confirmed=true cib-update=96"),
		},
	},
	{
		name:   "splunk-indexer-metrics-tcpin-per-host",
		source: "a Splunk 9 indexer's $SPLUNK_HOME/var/log/splunk/metrics.log (`MM-dd-yyyy HH:mm:ss.SSS ±hhmm INFO  Metrics - group=…, key=value, …`): group=tcpin_connections with the forwarder's sourceHost=, sourceIp=, hostname=, guid= and fwdType=, group=per_host_thruput with the indexed host in series=: Splunk Troubleshooting Manual 'About metrics.log' (the line's structure and groups), blogs.splunk.com 'Forwarder and Indexer Metrics' (the tcpin/tcpout fields); the field order from memory",
		why:    "a month-first date with a year and an offset; INFO is the level; hostname=, sourceHost= and series= name forwarders and indexed hosts, not the indexer that writes the line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512Z", Info, "", "11-29-2026 07:41:16.512 +0000 INFO  Metrics - group=tcpin_connections, 10.0.4.21:51734:9997, connectionType=cookedSSL, sourcePort=51734, sourceHost=10.0.4.21, sourceIp=10.0.4.21, destPort=9997, kb=41.220, _tcp_Bps=1406.53, _tcp_KBps=1.37, _tcp_avg_thruput=1.41, _tcp_Kprocessed=2211.70, _tcp_eps=3.10, _process_time_ms=0, evt_misc_kBps=0.00, evt_raw_kBps=0.92, evt_fields_kBps=0.31, build=e9494146ae5c, version=9.3.1, os=Linux, arch=x86_64, hostname=web-21, guid=6A1C3E2B-77D4-4F0A-9E31-5B2D8C0F4A17, fwdType=uf, ssl=true, lastIndexer=None, ack=false"),
			we("2026-11-29T07:41:16.514Z", Info, "", `11-29-2026 07:41:16.514 +0000 INFO  Metrics - group=per_host_thruput, series="web-21", kbps=1.368, eps=3.100, kb=41.220, ev=93, avg_age=1.204, max_age=3`),
			we("2026-11-29T07:41:16.514Z", Info, "", `11-29-2026 07:41:16.514 +0000 INFO  Metrics - group=per_host_thruput, series="db-07", kbps=0.412, eps=0.900, kb=12.410, ev=27, avg_age=0.815, max_age=2`),
			we("2026-11-29T07:41:47.519Z", Info, "", "11-29-2026 07:41:47.519 +0000 INFO  Metrics - group=tcpin_connections, 10.0.4.37:40112:9997, connectionType=cookedSSL, sourcePort=40112, sourceHost=10.0.4.37, sourceIp=10.0.4.37, destPort=9997, kb=12.410, _tcp_Bps=423.61, _tcp_KBps=0.41, _tcp_avg_thruput=0.44, _tcp_Kprocessed=801.02, _tcp_eps=0.90, _process_time_ms=0, evt_misc_kBps=0.00, evt_raw_kBps=0.30, evt_fields_kBps=0.09, build=e9494146ae5c, version=9.3.1, os=Linux, arch=x86_64, hostname=db-07, guid=0D4B7E91-2C5A-4E83-B7F6-19A2C3D4E5F6, fwdType=uf, ssl=true, lastIndexer=None, ack=false"),
		},
	},
	{
		name:   "terraform-remote-exec-host-label",
		source: "Terraform 1.x applying a resource with a remote-exec provisioner (each line prefixed `resource.address (remote-exec): `; the SSH communicator's connecting message with indented `Host:`, `User:`, `Private key:`, `Target Platform:` lines; the remote command's output after `Connected!`; `Still creating... [20s elapsed]`): from memory (the search budget went to the other families)",
		why:    "no time and no level; the resource address is no host; `Host: 10.0.4.21` names the SSH target inside Terraform's own message; `[20s elapsed]` is no time",
		entries: []worldEntry{
			we("", Unknown, "", "aws_instance.web[0]: Provisioning with 'remote-exec'..."),
			we("", Unknown, "", "aws_instance.web[0] (remote-exec): Connecting to remote host via SSH..."),
			we("", Unknown, "", "aws_instance.web[0] (remote-exec):   Host: 10.0.4.21"),
			we("", Unknown, "", "aws_instance.web[0] (remote-exec):   User: ubuntu"),
			we("", Unknown, "", "aws_instance.web[0] (remote-exec):   Private key: true"),
			we("", Unknown, "", "aws_instance.web[0] (remote-exec):   Target Platform: unix"),
			we("", Unknown, "", "aws_instance.web[0] (remote-exec): Connected!"),
			we("", Unknown, "", "aws_instance.web[0] (remote-exec): Hit:1 http://archive.ubuntu.com/ubuntu noble InRelease"),
			we("", Unknown, "", "aws_instance.web[0]: Still creating... [20s elapsed]"),
		},
	},
	{
		name:   "zabbix-sender-timestamped-input",
		gap:    "trawl reads the bare host column (`web-21 key epoch value`) but not a quoted one: `\"db-07\" \"mysql.status[…]\" 1795938077 38` gives no host",
		source: "zabbix_sender's input file for `zabbix_sender -z zbx-01 -T -i values.txt` (each line `host key timestamp value`, space-separated, quotes allowed around an entry, `-` for the Hostname of the agent's configuration): zabbix_sender(8) from memory",
		why:    "the host column first; `-` names no host; the epoch seconds are the time; the value (0.42, 71.3) is no time and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "web-21", "web-21 system.cpu.load[,avg1] 1795938076 0.42"),
			we("2026-11-29T07:41:16Z", Unknown, "web-21", "web-21 vfs.fs.size[/,pused] 1795938076 71.3"),
			we("2026-11-29T07:41:17Z", Unknown, "db-07", `"db-07" "mysql.status[Threads_connected]" 1795938077 38`),
			we("2026-11-29T07:41:20Z", Unknown, "", "- custom.queue.depth 1795938080 112"),
		},
	},
	{
		name:   "send-nsca-tab-input",
		gap:    "trawl reads no host from a tab-separated line whose first column is the host (`web-21<TAB>HTTP<TAB>0<TAB>output`, `db-07<TAB>2<TAB>output`): the first column is not taken as the host",
		source: "send_nsca's standard input (a service result `host<TAB>service<TAB>return_code<TAB>plugin_output`, a host result `host<TAB>return_code<TAB>plugin_output`, no time): InnoGames formatnsca.sh (echo -e \"$hostname\\t$service\\t$exitcode\\t$output\"), miyakawataku/fluent-plugin-nsca README (the four fields and the 0-3 return codes)",
		why:    "the host column first, tab-separated; no time; the return code is the check's state, not a level; the perfdata after `|` is no time",
		entries: []worldEntry{
			we("", Unknown, "web-21", "web-21\tHTTP\t0\tHTTP OK: HTTP/1.1 200 OK - 612 bytes in 0.004 second response time |time=0.004112s;;;0.000000 size=612B;;;0"),
			we("", Unknown, "web-21", "web-21\tDisk /var\t1\tDISK WARNING - free space: /var 1822 MB (9.1% inode=88%);| /var=18411MB;16000;18000;0;20138"),
			we("", Unknown, "db-07", "db-07\t2\tPING CRITICAL - Packet loss = 100%"),
		},
	},
	{
		name:   "nsca-daemon-debug-syslog",
		source: "the NSCA 2.9 daemon with debug=1 logging to syslog (`Connection from addr port N`, `Handling the connection...`, `SERVICE CHECK -> Host Name: 'h', Service Description: 's', Return Code: 'n', Output: '…'`, `HOST CHECK -> Host Name: 'h', Return Code: 'n', Output: '…'`, `End of connection...`): nsca.c's syslog calls from memory",
		why:    "the syslog header's host is the monitoring server; `Host Name: 'web-21'` names the check's host; Return Code is a state; the client address is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mon-01", "Nov 29 07:41:16 mon-01 nsca[4412]: Connection from 10.0.4.21 port 51402"),
			we("2026-11-29T07:41:16Z", Unknown, "mon-01", "Nov 29 07:41:16 mon-01 nsca[4412]: Handling the connection..."),
			we("2026-11-29T07:41:16Z", Unknown, "mon-01", "Nov 29 07:41:16 mon-01 nsca[4412]: SERVICE CHECK -> Host Name: 'web-21', Service Description: 'HTTP', Return Code: '0', Output: 'HTTP OK: HTTP/1.1 200 OK - 612 bytes in 0.004 second response time'"),
			we("2026-11-29T07:41:17Z", Unknown, "mon-01", "Nov 29 07:41:17 mon-01 nsca[4412]: HOST CHECK -> Host Name: 'db-07', Return Code: '2', Output: 'PING CRITICAL - Packet loss = 100%'"),
			we("2026-11-29T07:41:17Z", Unknown, "mon-01", "Nov 29 07:41:17 mon-01 nsca[4412]: End of connection..."),
		},
	},
	{
		name:   "nagios-command-file-check-results",
		source: "the Nagios Core 4 external command file as NSCA or NRDP writes it (`[epoch] PROCESS_SERVICE_CHECK_RESULT;host;service;return_code;output` and `[epoch] PROCESS_HOST_CHECK_RESULT;host;return_code;output`), read from a file the pipe is teed to: Nagios Core's external command reference from memory",
		why:    "an epoch in brackets; the command's host argument is the check's subject, not the machine that writes the line; return codes are states, no levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[1795938076] PROCESS_SERVICE_CHECK_RESULT;web-21;HTTP;0;HTTP OK: HTTP/1.1 200 OK - 612 bytes in 0.004 second response time"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[1795938077] PROCESS_HOST_CHECK_RESULT;db-07;2;PING CRITICAL - Packet loss = 100%"),
			we("2026-11-29T07:41:19Z", Unknown, "", "[1795938079] PROCESS_SERVICE_CHECK_RESULT;web-21;Disk /var;1;DISK WARNING - free space: /var 1822 MB (9.1% inode=88%)"),
		},
	},
	{
		name:   "dstat-output-csv-host-header",
		gap:    "trawl reads no time from dstat's CSV rows: the quoted day-first, yearless `\"29-11 07:41:16\"` in the first column is not read",
		source: "dstat 0.7's `--output file.csv` (a header of quoted rows: the CSV banner, Author/URL, `\"Host:\",\"name\"` with `\"User:\"`, `\"Cmdline:\"` with `\"Date:\"`, a blank row, the group and column titles; then one row a sample, the time column as `dd-mm HH:MM:SS`): dstat's output code from memory",
		why:    "the host sits in a header row, not in the samples; the time is day first with no year; the byte counts are no times",
		entries: []worldEntry{
			wskip(`"Dstat 0.7.4 CSV output"`,
				`"Author:","Dag Wieers <dag@wieers.com>",,,,"URL:","http://dag.wieers.com/home-made/dstat/"`,
				`"Host:","web-21",,,,"User:","root"`,
				`"Cmdline:","dstat -tcmd --output /var/tmp/web-21.csv 5",,,,"Date:","29 Nov 2026 07:41:16 UTC"`,
				"",
				`"system","total cpu usage",,,,,,"memory usage",,,,"dsk/total",`,
				`"time","usr","sys","idl","wai","hiq","siq","used","buff","cach","free","read","writ"`),
			we("2026-11-29T07:41:16Z", Unknown, "", `"29-11 07:41:16",3.112,1.204,95.101,0.498,0.0,0.086,1930579968.0,215998464.0,4402266112.0,9915396096.0,0.0,40960.0`),
			we("2026-11-29T07:41:21Z", Unknown, "", `"29-11 07:41:21",12.410,3.077,83.912,0.401,0.0,0.200,1987411968.0,215998464.0,4402397184.0,9858433024.0,0.0,1228800.0`),
			we("2026-11-29T07:41:26Z", Unknown, "", `"29-11 07:41:26",2.806,0.904,96.090,0.100,0.0,0.100,1931104256.0,215998464.0,4402528256.0,9914740736.0,8192.0,53248.0`),
		},
	},
}

func TestFresh416Formats(t *testing.T) { assertTable(t, fresh416Cases) }
func TestFresh416Score(t *testing.T) {
	checkScore(t, "fresh416 formats", fresh416Cases, [worldNumFields]float64{99.9, 87.4, 84.3, 99.9})
}
