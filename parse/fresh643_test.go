package parse

import "testing"

// The six-hundred-and-forty-third fresh table: network simulators and emulators (ns-3, OMNeT++,
// Mininet, GNS3, EVE-NG, containerlab, CORE, Shadow), the lines their daemons and consoles write as
// people attach them to tickets, in shapes no earlier table holds. Each family is one product
// output: Shadow 3.x's log (elapsed wall time, `n/a` simulated time, `[LEVEL]`, `[n/a]` host);
// Shadow 1.x's log (the GLib level glued to the log domain, `[shadow-warning]`, and the simulated
// host as `[name-ip]`); CORE's core-daemon log (Python's `asctime,ms - LEVEL - module:func - msg`,
// a traceback under an ERROR); containerlab deploy on a terminal (logrus's `INFO[0000]` with the
// seconds since start, a multi-line topology dump under a DEBU line); Mininet's mn console (`***`
// steps, no time, no level, a Python traceback); the GNS3 1.0 server's Tornado log (`[I yyMMdd
// HH:mm:ss module:line]`); GNS3 0.8's debug console (`HH:mm:ss: DEBUG (n): msg`); EVE-NG's
// unl_wrapper.txt (`Mmm dd HH:mm:ss LEVEL: msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`ns-3`, `ns3`, `NS_LOG`, `UdpEchoClient`, `+1.000000000s`, `omnet`,
// `cmdenv`, `Event #`, `** Event #1`, `opp_run`, `<!> Error`, `Tictoc`, `mininet`,
// `*** Creating network`, `*** Starting`, `mnexec`, `Unable to contact the remote controller`,
// `containernet`, `mininet-wifi`, `gns3`, `gns3server`, `ubridge`, `dynamips`,
// `HYPERVISOR: exec_cmd`, `exec_cmd`, `c7200`, `m_log`, `hypervisor_manager`, `PORT TRACKER`,
// `: DEBUG (`, `[I 26`, `[W 26`, `vpcs`, `iou`, `eve-ng`, `unetlab`, `unl_wrapper`, `pnetlab`,
// `INFO: CWD`, `qemu_wrapper`, `Online Check`, `containerlab`, `Containerlab`, `clab`, `clab-`,
// `charmbracelet`, `DEBU[0000]`, `INFO[0000]`, `core-daemon`, `coreemu`, `core.emulator`,
// `coretk`, `core-gui`, `- WARNING - `, `Traceback`, `emane`, `shadow`, `[shadow]`,
// `shadow-worker`, `shadow_rs`, `[process.rs`, `shadow.data`, `shadow-message`, `] n/a [`,
// `[n/a]`, `shd-`, `thread-0]`, `thread-1]`, `tgen`, `[tgen`, `tgen-`, `cooja`, `COOJA`, `ID:1`,
// `contiki`, `kathara`, `imunes`, `netlab`, `vrnetlab`, `Cisco Modeling`, `virl`, `batfish`,
// `ns-2`, `iperf`, `tc qdisc`, `netem`, `opnet`, `simu5g`, `inet`, `veins`, `sumo`, `ostinato`,
// `Scenario`, `qemu`, `wireshark`, `pcap`, `bmv2`, `simple_switch`, `[bmv2]`, `pox`,
// `INFO:core:`, `simulator`, `Simulator::`, `Scheduler`, `[INFO]\t`). None of Shadow, CORE,
// Mininet, EVE-NG or containerlab's own lines is in any table (`containerlab` matches only the
// grep lists of fresh510, fresh511 and fresh607; `shd-`, `thread-0]`, `[n/a]`, `INFO[0000]`,
// `DEBU[0000]`, `- WARNING - `, `[I 26` and `: DEBUG (` other products' lines). Left out as
// measured already: ns-3's NS_LOG output and OMNeT++'s Cmdenv express mode (fresh544), the GNS3
// 2.x server log (fresh510), bmv2's simple_switch (fresh501), POX. Left out as not confirmed by any
// search: EMANE's own log, Cooja's console, OMNeT++'s Cmdenv normal mode and its `<!> Error` line,
// Dynamips' own c7200_R1_log.txt, containerlab's newer charmbracelet console. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Shadow's first stamp is the wall time elapsed since the simulation started
// and its second the simulated time (or n/a): neither is a time of day, so Shadow's records have
// no time; containerlab's `[0014]` is seconds since start, no time either; Mininet's lines carry
// none. CORE's stamp has no zone and is taken as UTC; the GNS3 1.0 server's `261129` is yyMMdd;
// GNS3 0.8's debug lines have a time of day only, on the clock's day; EVE-NG's year-less stamp is
// in 2026. Levels only where the line marks one: Shadow 3's bracketed word, Shadow 1's GLib level
// after the log domain (GLib's `message` ranks between warning and info: Notice), CORE's word
// between ` - `, logrus's INFO DEBU WARN ERRO, Tornado's letter, GNS3 0.8's DEBUG (the `(2)` after
// it is a verbosity), EVE-NG's `INFO:` and `ERROR:`; Mininet's lines carry none. The host is the
// record's host field: only Shadow 1's `[name-ip]` (the simulated host), `[n/a]` being none;
// emulated nodes named in messages (n3, h1, s2, leaf1, BR2, vEOS-3), controllers and hypervisor
// addresses are no hosts. A record that spans lines is one entry: CORE's ERROR with its traceback,
// containerlab's topology dump, Mininet's traceback.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (EVE-NG's unl_wrapper.txt, one family). Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 6d5e872 before any rule for it: level 87.5 %, time 89.6 %, host 95.0 %, records 97.9 %.
// That is the macro figure (micro: level 88.1 %, time 88.1 %, host 95.2 %, records 97.6 %), in a
// worktree at 6d5e872 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are Shadow 3's elapsed wall time, which trawl reads as a time of
// day, Shadow 1's level glued to the log domain and its `[name-ip]` host, which trawl does not read,
// and containerlab's topology dump, which trawl cuts at its unindented `topology:` line.

var fresh643Cases = []worldCase{
	{
		name:   "shadow3-simulator-log",
		source: "Shadow 3.x's log on stdout/stderr (`real-time [pid:thread] virtual-time [LEVEL] [host] [file.rs:line] [module] msg`, `n/a` where no simulated time or host applies, a `** Starting Shadow` banner first; levels ERROR WARN INFO DEBUG TRACE): shadow/shadow issue #1868 (a pasted log), shadow/tornettools issue #108 (the ERROR lines and the banner), shadow/shadow PR #1397 (docs/log_format.md)",
		why:    "the first stamp is wall time elapsed since the start and the second the simulated time (here n/a): neither is a time of day, so no record has a time of its own; the level in brackets after them; `[n/a]` is an empty host field",
		gap:    "the wall time elapsed since the simulation started at the head of the line (`00:00:00.004410`) is read as a time of day on the clock's day; it is no time of day",
		entries: []worldEntry{
			we("", Unknown, "", "** Starting Shadow 3.2.0"),
			we("", Info, "", "00:00:00.002914 [48213:shadow] n/a [INFO] [n/a] [controller.rs:104] [shadow_rs::core::controller] running simulation"),
			we("", Info, "", "00:00:00.003077 [48221:shadow-worker] n/a [INFO] [n/a] [manager.rs:317] [shadow_rs::core::manager] starting to boot 6 hosts"),
			we("", Warn, "", "00:00:00.004410 [48213:shadow] n/a [WARN] [n/a] [sim_config.rs:406] [shadow_rs::core::sim_config] The 'host_option_defaults.pcap_enabled' option is ignored for hosts without a pcap directory"),
			we("", Error, "", "00:00:00.004982 [48213:shadow] n/a [ERROR] [n/a] [shadow.rs:480] [shadow_rs::shadow::export] Failed to initialize the simulation"),
			we("", Error, "", "00:00:00.005013 [48213:shadow] n/a [ERROR] [n/a] [shadow.rs:480] [shadow_rs::shadow::export]     0: Failed to configure host 'guardrelay3'"),
		},
	},
	{
		name:   "shadow1-simulator-log-glib-levels",
		source: "Shadow 1.x's log (`real-time [thread-N] virtual-time [logdomain-loglevel] [hostname-ip] [file.c:line] [function] msg`, GLib levels error critical warning message info debug): a Shadow log parser's pattern and sample line found with find_string (`00:00:00.021258 [thread-0] n/a [shadow-message] [n/a] [shd-master.c:143] [master_run] Shadow v1.11.2…`), the field list in shadow/shadow PR #1397 (docs/log_format.md)",
		why:    "elapsed wall time and simulated time, no time of day; the level is glued to the log domain (`shadow-warning`; GLib's `message` ranks between warning and info, a notice); the simulated host is `[name-ip]`, `[n/a]` when none",
		gap:    "the level glued to the log domain in brackets (`[shadow-warning]`, `[shadow-message]`, `[shadow-critical]`) is not read, nor the simulated host in `[name-ip]` (`[relay3-11.0.0.14]`)",
		entries: []worldEntry{
			we("", Notice, "", "00:00:00.018344 [thread-0] n/a [shadow-message] [n/a] [shd-master.c:143] [master_run] Shadow v1.15.2 2026-11-02 (built 2026-11-03)"),
			we("", Info, "", "00:00:00.019102 [thread-0] n/a [shadow-info] [n/a] [shd-master.c:362] [_master_registerPluginCallback] registering plugin 'tgen' from path '/home/ines/.shadow/bin/tgen'"),
			we("", Notice, "relay3", "00:00:02.447810 [thread-1] 00:05:00.000000000 [shadow-message] [relay3-11.0.0.14] [shd-tracker.c:329] [_tracker_logNode] [shadow-heartbeat] [node] 300,0,0,0,0,16384,8192,0"),
			we("", Warn, "client7", "00:00:03.100221 [thread-2] 00:05:01.250000000 [shadow-warning] [client7-11.0.0.31] [shd-process.c:1024] [_process_logReturnCode] process 'client7.tgen.1' exited with code 1"),
			we("", Critical, "", "00:00:03.511004 [thread-0] n/a [shadow-critical] [n/a] [shd-master.c:410] [master_run] 3 plugins did not exit cleanly"),
		},
	},
	{
		name:   "core-emulator-daemon-log",
		source: "CORE's core-daemon log (/var/log/core-daemon.log or its terminal; Python logging `%(asctime)s - %(levelname)s - %(module)s:%(funcName)s - %(message)s`): coreemu/core PR #198 and issues #266 and #230 (pasted logs); the traceback under an ERROR is Python logging's exception()",
		why:    "a zone-less date and time with a comma before the milliseconds (UTC by the rules); the level word between ` - ` separators; node names such as n3 are simulated nodes in the message, no host; a traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 - INFO - coreemu:create_session - created session: 41327"),
			we("2026-11-29T07:41:16.219Z", Info, "", "2026-11-29 07:41:16,219 - INFO - session:set_state - changing session(41327) to state CONFIGURATION_STATE"),
			we("2026-11-29T07:41:18.552Z", Warn, "", "2026-11-29 07:41:18,552 - WARNING - emanemanager:setup - EMANE not installed, emane nodes will not be started"),
			we("2026-11-29T07:41:18.601Z", Debug, "", "2026-11-29 07:41:18,601 - DEBUG - vnode:mount - node(n3) mounting: /tmp/pycore.41327/n3.conf/usr.local.etc.frr at /usr/local/etc/frr"),
			we("2026-11-29T07:41:19.877Z", Error, "",
				"2026-11-29 07:41:19,877 - ERROR - server:StartSession - error starting session",
				"Traceback (most recent call last):",
				`  File "/opt/core/venv/lib/python3.10/site-packages/core/api/grpc/server.py", line 262, in StartSession`,
				"    session.instantiate()",
				`  File "/opt/core/venv/lib/python3.10/site-packages/core/emulator/session.py", line 1094, in instantiate`,
				"    self.add_remove_control_net(0)",
				"core.errors.CoreCommandError: command(ip link add veth3.0.7a type veth peer name beth3.0.7a) error(2): RTNETLINK answers: File exists"),
		},
	},
	{
		name:   "containerlab-deploy-logrus-elapsed",
		source: "containerlab deploy on a terminal (logrus text on a TTY: `INFO[0000] msg` with the seconds since start in brackets, messages padded, `-d` adding DEBU lines such as the multi-line topology dump): srl-labs/containerlab issue #1443 (a full debug log), PR #727, issue #686",
		why:    "the bracketed number is seconds since start, no time; the four-letter level; the YAML lines under `DEBU[0000] topology:` are one record; lab and node names are no host",
		gap:    "the YAML topology dump under `DEBU[0000] topology:` is cut at its unindented `topology:` line: only the first line under the header is joined to the record",
		entries: []worldEntry{
			we("", Info, "", "INFO[0000] Containerlab v0.61.2 started                  "),
			we("", Info, "", "INFO[0000] Parsing & checking topology file: dc-fabric.clab.yml "),
			we("", Debug, "",
				"DEBU[0000] topology:",
				"name: dc-fabric",
				"topology:",
				"  nodes:",
				"    leaf1:",
				"      kind: nokia_srlinux"),
			we("", Warn, "", "WARN[0001] Unable to init module loader: stat /lib/modules/6.8.0-49-generic/modules.dep: no such file or directory. Skipping... "),
			we("", Info, "", `INFO[0003] Creating container: "leaf1"                 `),
			we("", Error, "", `ERRO[0014] failed deploy stage for node "spine1": Error response from daemon: pull access denied for ceos, repository does not exist or may require 'docker login' `),
		},
	},
	{
		name:   "mininet-mn-console",
		source: "Mininet's mn and Python API scripts on a terminal (mininet.log's info/error output: `*** Step` lines, bare error lines, no time and no level; a Python traceback when a script fails): mininet/mininet issues #176 and #737, intrig-unicamp/mininet-wifi issue #180, dlinknctu/OpenNet issue #67",
		why:    "no time and no level marker on any line (`Unable to contact …` is a message); each `***` line is a record of its own; the traceback with its exception line is one record; h1, s1 and c0 are emulated nodes, no host",
		entries: []worldEntry{
			we("", Unknown, "", "*** Creating network"),
			we("", Unknown, "", "*** Adding controller"),
			we("", Unknown, "", "Unable to contact the remote controller at 127.0.0.1:6653"),
			we("", Unknown, "",
				"Traceback (most recent call last):",
				`  File "campus_topo.py", line 58, in <module>`,
				"    buildCampus()",
				`  File "campus_topo.py", line 41, in buildCampus`,
				"    net.addLink( s2, s3 )",
				`  File "/usr/lib/python3/dist-packages/mininet/net.py", line 406, in addLink`,
				"    link = cls( node1, node2, **options )",
				"Exception: Error creating interface pair (s2-eth3,s3-eth1): RTNETLINK answers: File exists"),
			we("", Unknown, "", "*** Removing excess controllers/ofprotocols/ofdatapaths/pings/noxes"),
		},
	},
	{
		name:   "gns3-1-server-tornado-log",
		source: "the GNS3 1.0 server's console log (Tornado's LogFormatter `[L yyMMdd HH:mm:ss module:line] msg`, one letter for the level): GNS3/gns3-gui issue #41 (a pasted server log)",
		why:    "a two-digit-year compact date inside the bracket after the level letter (I W E D); the hypervisor's 0.0.0.0:7201 and router names are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[I 261129 07:41:16 hypervisor_manager:561] creating new hypervisor 0.0.0.0:7201 with working directory /home/ines/GNS3/projects/branch-lab/branch-lab-files/dynamips"),
			we("2026-11-29T07:41:16Z", Info, "", "[I 261129 07:41:16 hypervisor:205] starting Dynamips: ['/usr/bin/dynamips', '-N1', '-l', 'dynamips_log_7201.txt', '-H', '7201']"),
			we("2026-11-29T07:41:16Z", Info, "", "[I 261129 07:41:16 hypervisor:213] Dynamips started PID=30412"),
			we("2026-11-29T07:41:17Z", Info, "", `[I 261129 07:41:17 router:112] router c3725 "BR2" [id=2] has been created`),
			we("2026-11-29T07:41:19Z", Warn, "", `[W 261129 07:41:19 router:241] router "BR2" [id=2]: no idle-pc value set, the CPU usage may be high`),
			we("2026-11-29T07:41:22Z", Error, "", `[E 261129 07:41:22 router:270] router "BR2" [id=2]: could not start: unable to start VM instance 'BR2'`),
		},
	},
	{
		name:   "gns3-08-dynagen-debug-console",
		source: "GNS3 0.8's debug output with `debug 2` on (`HH:mm:ss: DEBUG (n): msg`, a time of day, the level word and the debug verbosity in parentheses): GNS3/dynamips issue #4 (a pasted debug log)",
		why:    "a time of day with a colon after it and no date (the clock's day); DEBUG, then `(1)`/`(2)` which is a verbosity, no level; 127.0.0.1:7200 is the hypervisor, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "07:41:16: DEBUG (1): PORT TRACKER: registering additional local address 192.168.40.12"),
			we("2026-11-29T07:41:33Z", Debug, "", "07:41:33: DEBUG (2): Use image: 127.0.0.1:/home/ines/GNS3/images/IOS/c3725-adventerprisek9-mz.124-15.T14.image"),
			we("2026-11-29T07:41:33Z", Debug, "", "07:41:33: DEBUG (2): Hypervisor manager: connecting on 127.0.0.1:7200"),
			we("2026-11-29T07:41:34Z", Debug, "", "07:41:34: DEBUG (1): sending to dynamips at 127.0.0.1:7200 -> hypervisor version"),
			we("2026-11-29T07:41:34Z", Debug, "", "07:41:34: DEBUG (1): returned -> ['100-0.2.8-RC3-amd64']"),
		},
	},
	{
		name:   "eve-ng-unl-wrapper-log",
		source: "EVE-NG's /opt/unetlab/data/Logs/unl_wrapper.txt (`Mmm dd HH:mm:ss LEVEL: msg`, INFO and ERROR, the wrapper's command lines): from memory",
		why:    "a year-less syslog-style date with no host after it (the year is 2026, zone-less read as UTC); the level word with a colon; node names and the lab path are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 INFO: CWD is /opt/unetlab/tmp/0/5b1e3c2a-8d4f-4e61-9a0b-2c7d6e8f1a3b/3"),
			we("2026-11-29T07:41:16Z", Info, "", `Nov 29 07:41:16 INFO: starting /opt/unetlab/wrappers/qemu_wrapper -T 0 -D 3 -t "vEOS-3" -F /opt/qemu-5.2.0/bin/qemu-system-x86_64 -d 0 -- -nographic -smp 1 -m 2048`),
			we("2026-11-29T07:41:17Z", Error, "", "Nov 29 07:41:17 ERROR: Failed to start node (12)."),
			we("2026-11-29T07:43:05Z", Info, "", "Nov 29 07:43:05 INFO: stopping node 3 (vEOS-3)"),
		},
	},
}

func TestFresh643Formats(t *testing.T) { assertTable(t, fresh643Cases) }
func TestFresh643Score(t *testing.T) {
	checkScore(t, "fresh643 formats", fresh643Cases, [worldNumFields]float64{87.4, 89.5, 94.9, 97.8})
}
