package parse

import "testing"

// The six-hundred-and-seventh fresh table: network appliances at a collector, a fifteenth pass —
// the open switch and load-balancer stacks that now run where the boxes ran (FBOSS, Open Network
// Linux, Intel's Tofino SDE, Stratum, OpenELB, DPVS) and a software SSTP concentrator, as their
// lines reach the journal, a syslogd's terminal broadcast, `kubectl logs` or the daemon's own file,
// shapes no earlier table holds. Each family is one product output: FBOSS's fan_service under the
// journal (glog inside a BSD line with the switch's name); ONLP's platform messages on a Wedge
// 100BF (`MM-dd HH:MM:SS.uuuuuu [platform] msg`, a blank line after each, `ERROR:` on errors); the
// Tofino SDE's bf_drivers.log (`yyyy-MM-dd HH:mm:ss.uuuuuu LEVEL BF_MODULE msg`); OpenELB's manager
// (zap JSON with a float epoch `ts` between klog lines); DPVS in the foreground (DPDK's untimed
// `MODULE: msg`); sorz's sstp-server (Python's `asctime,ms LEVEL: msg`); stratum_bf's start (glog
// with a year in the prefix between bf_switchd's untimed lines); stratum_bf's glog sent to syslog
// and broadcast by syslogd (`Message from syslogd@host at Mmm dd HH:mm:ss ...`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `ovs-vswitchd`, `|bridge|`, `vpp`, `fd.io`, `tnsr`, `netifd`,
// `odhcpd`, `mwan3`, `128t`, `128 technology`, `juniper ssr`, `suricata`, `snort`, `zenarmor`,
// `sensei`, `cloudvision`, `kismet`, `libreqos`, `danos`, `azure firewall`, `AzureFirewall`,
// `network firewall`, `apstra`, `adguard`, `openwrt`, `fw4`, `firewall3`, `dropbear`, `uhttpd`,
// `hostapd`, `ubusd`, `procd`, `dnsmasq-dhcp`, `oxidized`, `aws network firewall`, `vpc flow`,
// `cloud armor`, `ovsdb-server`, `ovn-controller`, `ovn`, `libreswan`, `frr`, `pmacct`, `unbound`,
// `bind9`, `named`, `sing-box`, `clash`, `mihomo`, `xray`, `trojan`, `shadowsocks`, `ss-server`,
// `hysteria`, `naiveproxy`, `brook`, `gost`, `frp`, `frps`, `nps`, `rathole`, `chisel`, `bore`,
// `ngrok`, `cloudflared`, `inlets`, `sshuttle`, `uisp`, `unms`, `thousandeyes`, `opensync`,
// `plume`, `prplmesh`, `prplos`, `rdk-b`, `rdkb`, `ccsp`, `sagemcom`, `technicolor`, `speedport`,
// `starlink`, `ruggedcom`, `phoenix contact`, `red lion`, `sixnet`, `advantech`, `conel`,
// `robustel`, `inhand`, `multitech`, `pluribus`, `netvisor`, `bigswitch`, `big switch`, `ocnos`,
// `ip infusion`, `drivenets`, `arrcus`, `arcos`, `rtbrick`, `6wind`, `crpd`, `maipu`, `bdcom`,
// `tenda`, `miwifi`, `padavan`, `gajshield`, `seqrite`, `netgate`, `sophos sg`, `mikrotik`,
// `edgecore`, `accton`, `fs.com`, `fs switch`, `qnap qhora`, `qhora`, `synology`, `tplink deco`,
// `orbi`, `nighthawk`, `asus aimesh`, `aimesh`, `velop`, `google wifi`, `nest wifi`, `amplifi`,
// `gl-inet`, `openvpn-as`, `openvpnas`, `cisco meraki`, `mx84`, `watchguard`, `holo`, `openr`,
// `open/r`, `fboss`, `stratum`, `onos`, `opendaylight`, `karaf`, `ryu`, `bmv2`, `simple_switch`,
// `metallb`, `kube-vip`, `purelb`, `openelb`, `glb-director`, `dpvs`, `contrail`, `tungsten`,
// `vrouter`, `ziti`, `twingate`, `hamachi`, `open5gs`, `instant on`, `reyee`, `siklu`, `ceragon`,
// `mobility express`, `lvl=`, `mod=`, `[mod=`, `DM[`, `<INFO>`, `sonic`, `p4runtime`, `goflow`,
// `gnmic`, `telegraf`, `lldp`, `netopeer`, `sysrepo`, `yuma`, `confd`, `ncs[`, `confd[`,
// `devel.log`, `cisco nso`, `-2026::`, `batfish`, `containerlab`, `ceos`, `vrnetlab`, `netlab`,
// `EAL: `, `NETIF: `, `CFG_FILE`, `lqos`, `Ubiquiti|`, `yanet`, `wedge_agent`, `qsfp_service`,
// `openr:`, `KvStore`, `lbnodeagent`, `sstpc`, `sstpd`, `sstp-server`, `sstp`, `bf_drivers`,
// `BF_PM`, `BF_PLTFM`, `bf_switchd`, `bf_chassis`, `barefoot`, `tofino`, `dendrite`, `omicron`,
// `oxide`, `sled-agent`, `fan_service`, `run_fan_service`, `PlatformNameLib`, `wedge`, `"ts":1`,
// `porter`, `stratum_bf`, `stratum_bcm`, `Message from syslogd`, `I2026`, `E2026`, `onlp`,
// `x86_64_accton`, `Open Network Linux`, `fabric-tna`. None of FBOSS, ONLP, the Tofino SDE's driver
// log, OpenELB, DPVS, sstp-server or Stratum's stratum_bf is a family in any table (`tofino` matches
// only the Tofino Xenon industrial firewall of fresh121, another product; `Message from syslogd`
// only other tables' lists of grepped names; `EAL: ` only VPP's `dpdk` class lines with a time and a
// level; glog with a year in its prefix is Impala's in another table, here Stratum's between
// untimed SDE lines). Left out as measured already: LibreQoS's lqosd (env_logger inside a syslog
// line), RDK's rdk_logger, ConfD and so Cisco NSO (`29-Nov-2026::…`), BMv2, Contrail's vRouter,
// netopeer2 and sysrepo, MetalLB, kube-vip, accel-ppp's SSTP, SoftEther, SONiC, the vendors of the
// fourteen earlier passes (fresh474's, fresh501's, fresh511's, fresh580's, fresh583's and
// fresh591's lists). Left out as not confirmed by any search: OpenSync's managers, PureLB, YANET,
// Juniper Apstra. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The journal's BSD stamp and syslogd's `Nov 29 07:41:13` have no year
// (2026) and no zone (UTC); under the journal FBOSS's own glog stamp of the same second is accepted
// too. glog's and klog's `I1129 …` and ONLP's `11-29 …` have no year (2026); Stratum's `I20261129`
// carries it. The SDE's, sstp-server's and the ISO-less stamps have no zone (UTC). OpenELB's zap
// `ts` is Unix seconds with a fraction. DPVS's and bf_switchd's lines carry no time (Time 0); the
// build stamp in DPVS's version line is no record time. Levels only where the line marks one:
// glog's and klog's letter, the SDE's padded word, zap's `level`, Python's `INFO:`, ONLP's
// `ERROR:` prefix, the word after `stratum_bf[pid]:` in the broadcast; DPVS's `log_level =
// WARNING` is configuration and gives no level. The host is the record's host field: the journal's
// switch name and the host in `syslogd@host`; ONLP's platform name, OpenELB's services and EIPs,
// sstp-server's listen address are no hosts. A record that spans lines is one entry: ONLP's error
// whose command breaks on `)`, an SDE error and ONLP message with the blank line after them, DPVS's
// exit with its `  Cause:` line, the SDE's `Configuration for dev_id 0` block, syslogd's wall
// message (its blank line, its header and the tag line).
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory. Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 6b818f1 before any rule for it: level 81.9 %, time 81.9 %, host 81.9 %, records 80.6 %.
// That is the macro figure (micro: level 83.3 %, time 83.3 %, host 83.3 %, records 81.2 %), in a
// worktree at 6b818f1 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are Stratum's start console, whose untimed bf_switchd lines and
// configuration block are joined to the glog line before them, and syslogd's wall broadcast, at
// whose opening blank line no entry starts, so its stamp, host and level are lost.

var fresh607Cases = []worldCase{
	{
		name:   "fboss-fan-service-journal-glog",
		source: "FBOSS's platform services (fan_service started by run_fan_service.sh under systemd) read with journalctl: a BSD journal line with the switch's name and `run_fan_service.sh[pid]:`, then glog's `Lmmdd HH:MM:SS.uuuuuu  tid File.cpp:line] msg`: facebook/fboss PR #502 (a pasted journal), issues #60 and #74 (the same glog lines on the console)",
		why:    "the journal's stamp and glog's own stamp of the same second, both accepted; the switch's name is the host; glog's letter is the level; the thread id and `File.cpp:79` are no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.859809Z", Info, "fab3-sw07.dc2.example.net", "Nov 29 07:41:16 fab3-sw07.dc2.example.net run_fan_service.sh[6142]: I1129 07:41:16.859809  6142 PlatformNameLib.cpp:79] Platform name read from cache: MERU800BIA"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.859953Z", Info, "fab3-sw07.dc2.example.net", "Nov 29 07:41:16 fab3-sw07.dc2.example.net run_fan_service.sh[6142]: I1129 07:41:16.859953  6142 ConfigValidator.cpp:101] The config is valid"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.863331Z", Info, "fab3-sw07.dc2.example.net", "Nov 29 07:41:16 fab3-sw07.dc2.example.net run_fan_service.sh[6142]: I1129 07:41:16.863331  6142 ControlLogic.cpp:439] fan_2: Programmed with PWM 50 (raw value 128)"),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:21.402118Z", Warn, "fab3-sw07.dc2.example.net", "Nov 29 07:41:21 fab3-sw07.dc2.example.net run_fan_service.sh[6142]: W1129 07:41:21.402118  6150 SensorData.cpp:58] Sensor SMB_BOARD_REAR_TEMP has no reading yet, using the zone's previous value"),
			we("2026-11-29T07:41:26Z|2026-11-29T07:41:26.017744Z", Error, "fab3-sw07.dc2.example.net", "Nov 29 07:41:26 fab3-sw07.dc2.example.net run_fan_service.sh[6142]: E1129 07:41:26.017744  6150 Bsp.cpp:211] Failed to read fan_4 rpm from /run/devmap/sensors/FAN4_RPM: No such file or directory"),
		},
	},
	{
		name:   "onlp-platform-log-console",
		source: "Open Network Linux's platform library (ONLP) on an Accton Wedge 100BF as a switch agent's console shows it: `MM-dd HH:MM:SS.uuuuuu [platform] msg`, each message ended by a blank line, an `ERROR:` prefix on errors, a command's own newline inside the message: stratum/stratum issues #182 and #319",
		why:    "a month-day date without a year (2026) and microseconds; the platform name in brackets is no host; `ERROR:` marks the level where it stands, other lines carry none; the message that breaks on `)` is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.578972Z", Unknown, "", "11-29 07:41:15.578972 [x86_64_accton_wedge100bf_32x] Unable to read status from file (/sys/bus/i2c/drivers/com_e_driver/4-0033/temp2_input)", ""),
			we("2026-11-29T07:41:15.964698Z", Error, "",
				"11-29 07:41:15.964698 [x86_64_accton_wedge100bf_32x] ERROR: bmc_send_command(cat /sys/bus/i2c/drivers/lm75/3-0048/temp1_input",
				") timed out",
				""),
			we("2026-11-29T07:41:20.579881Z", Unknown, "", "11-29 07:41:20.579881 [x86_64_accton_wedge100bf_32x] Unable to read status from file (/sys/bus/i2c/drivers/syscpld/12-0031/psu2_present)", ""),
			we("2026-11-29T07:41:25.581004Z", Unknown, "", "11-29 07:41:25.581004 [x86_64_accton_wedge100bf_32x] Unable to read status from file (/sys/bus/i2c/devices/8-0033/fantray_present)", ""),
		},
	},
	{
		name:   "tofino-sde-bf-drivers-log",
		source: "Intel Tofino SDE's driver log (bf_drivers.log under the switch daemon: `yyyy-MM-dd HH:mm:ss.uuuuuu LEVEL BF_MODULE msg`, the level padded to five, an ERROR's message ending in its own newline so a blank line follows it): oxidecomputer/omicron PR #2613 (a pasted /var/dendrite/bf_drivers.log)",
		why:    "a zone-less date with microseconds (UTC); the padded level word; `BF_PM`, `BF_PORT` are modules and `bf_pm_port_enable:5901` a function and line, no time; `0:33/0` is a port, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:19.724647Z", Info, "", "2026-11-29 07:41:19.724647 INFO  BF_PM bf_pm_port_autoneg_set:6325 0:17/0:1(an_policy)"),
			we("2026-11-29T07:41:20.824406Z", Error, "", "2026-11-29 07:41:20.824406 ERROR BF_PLTFM PM_INTF QSFP Error Communication Failed with Hardware: in scanning qsfps at qsfp_scan_timer_cb:479", ""),
			we("2026-11-29T07:41:25.597221Z", Info, "", "2026-11-29 07:41:25.597221 INFO  BF_PM bf_pm_port_enable:5901 0:17/0"),
			we("2026-11-29T07:41:25.597297Z", Debug, "", "2026-11-29 07:41:25.597297 DEBUG BF_PLTFM PM_INTF_FSM: 17/0 : PM_INTF_FSM_DISABLED            --> PM_INTF_FSM_INIT"),
			we("2026-11-29T07:41:25.601542Z", Debug, "", "2026-11-29 07:41:25.601542 DEBUG BF_PORT port_mgr_port_enable:133:0:136:1(enb)"),
			we("2026-11-29T07:41:26.836851Z", Error, "", "2026-11-29 07:41:26.836851 ERROR BF_PLTFM PM_INTF QSFP Error Communication Failed with Hardware: in scanning qsfps at qsfp_scan_timer_cb:479", ""),
		},
	},
	{
		name:   "openelb-manager-zap-and-klog",
		source: "OpenELB's manager pod (`kubectl logs openelb-manager-…`): controller-runtime's zap JSON lines with an epoch `ts` in float seconds and `logger`/`msg`, an error's stack in an escaped `stacktrace` string, and klog lines from the leader election between them: openelb/openelb issues #318 and #262",
		why:    "an epoch time in float seconds inside JSON and a yearless klog time (2026, UTC) in the same stream; the JSON's level field, klog's letter; the service and EIP names are no hosts; the escaped stack is one line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.9447937Z", Info, "", `{"level":"info","ts":1795938076.9447937,"logger":"controller-runtime.webhook","msg":"registering webhook","path":"/validate-network-kubesphere-io-v1alpha2-eip"}`),
			we("2026-11-29T07:41:16.9464645Z", Info, "", `{"level":"info","ts":1795938076.9464645,"logger":"gobgpd","msg":"gobgpd starting"}`),
			we("2026-11-29T07:41:16.946446Z", Info, "", "I1129 07:41:16.946446       1 leaderelection.go:242] attempting to acquire leader lease  openelb-system/openelb-speaker..."),
			we("2026-11-29T07:41:16.954802Z", Info, "", "I1129 07:41:16.954802       1 leaderelection.go:252] successfully acquired lease openelb-system/openelb-speaker"),
			we("2026-11-29T07:41:18.4954245Z", Info, "", `{"level":"info","ts":1795938078.4954245,"logger":"IPAM","msg":"assignIP","args":{"Key":"shop/checkout-gw","Addr":"","Eip":"l2-pool-a","Protocol":"layer2","Unalloc":false},"result":{"Addr":"","Eip":"","Protocol":"","Sp":null},"err":"no avliable eip"}`),
			we("2026-11-29T07:41:18.495462Z", Error, "", `{"level":"error","ts":1795938078.495462,"logger":"controller-runtime.controller","msg":"Reconciler error","controller":"LBController","request":"shop/checkout-gw","error":"no avliable eip","stacktrace":"github.com/go-logr/zapr.(*zapLogger).Error\n\t/go/pkg/mod/github.com/go-logr/zapr@v0.1.0/zapr.go:128\nsigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler\n\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.6.0/pkg/internal/controller/controller.go:258"}`),
		},
	},
	{
		name:   "dpvs-console-untimed",
		source: "DPVS (iQIYI's DPDK load balancer) started in the foreground: DPDK's and DPVS's `MODULE: msg` lines with no time and no level (EAL, DPVS, CFG_FILE, NETIF), an EAL exit with its `  Cause:` line under it: iqiyi/dpvs issues #65, #222, #369 and #842",
		why:    "no time at all: the build stamp in `dpvs version: …, build on yyyy.MM.dd.HH:mm:ss` is no record time and `log_level = WARNING` is configuration, no level; `NETIF:` is a module; the indented `Cause:` line belongs to the exit above it",
		entries: []worldEntry{
			we("", Unknown, "", "EAL: Detected 16 lcore(s)"),
			we("", Unknown, "", "EAL: Probing VFIO support..."),
			we("", Unknown, "", "DPVS: dpvs version: 1.9-6, build on 2026.11.27.21:04:11"),
			we("", Unknown, "", "CFG_FILE: Opening configuration file '/etc/dpvs.conf'."),
			we("", Unknown, "", "CFG_FILE: log_level = WARNING"),
			we("", Unknown, "", "NETIF: dpdk0:rx_queue_number = 4"),
			we("", Unknown, "", "NETIF: worker cpu1:dpdk0 rx_queue_id += 0"),
			we("", Unknown, "",
				"EAL: Error - exiting with code: 1",
				"  Cause: Start dpdk0 failed, skipping ..."),
		},
	},
	{
		name:   "sstp-server-python-log",
		source: "sorz/sstp-server's sstpd (a Python SSTP VPN server in front of pppd) run in the foreground: Python logging `yyyy-MM-dd HH:mm:ss,SSS LEVEL: msg`: sorz/sstp-server issues #23 and #44",
		why:    "a zone-less date with a comma before the milliseconds (UTC); the level word with a colon; the listen address and the client's address are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.245Z", Info, "", "2026-11-29 07:41:16,245 INFO: Cert SHA-256: 3f9a07c2d15be8e4a6c0b91d7e2f4a58c3d6e9b0a1f27c4d8e5b3a6f9c0d2e71"),
			we("2026-11-29T07:41:16.245Z", Info, "", "2026-11-29 07:41:16,245 INFO: Running without uvloop"),
			we("2026-11-29T07:41:16.246Z", Debug, "", "2026-11-29 07:41:16,246 DEBUG: Using selector: EpollSelector"),
			we("2026-11-29T07:41:16.249Z", Info, "", "2026-11-29 07:41:16,249 INFO: Listening on 172.20.4.2:443..."),
			we("2026-11-29T07:52:08.928Z", Info, "", "2026-11-29 07:52:08,928 INFO: SSTP control packet (CALL_CONNECT_REQUEST) received."),
			we("2026-11-29T07:52:09.867Z", Info, "", "2026-11-29 07:52:09,867 INFO: pppd stopped."),
		},
	},
	{
		name:   "stratum-bf-start-console",
		source: "Stratum's stratum_bf started with start-stratum.sh on a Tofino switch: glog lines with the year in the prefix (`Lyyyymmdd HH:MM:SS.uuuuuu tid file.cc:line] msg`) between the SDE's untimed `bf_switchd: …` lines and its indented configuration block: stratum/stratum issues #933 and #833, stratum/fabric-tna issue #529",
		why:    "glog's letter and an eight-digit date (UTC); bf_switchd's lines carry no time and no level; `Configuration for dev_id 0` with its indented rows is one record; the PCI path and port numbers are no time",
		gap:    "the untimed `bf_switchd: …` lines and the `Configuration for dev_id 0` block after a glog line are joined to that line as continuations instead of standing as records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:54.177711Z", Info, "", "I20261129 07:41:54.177711 24754 logging.cc:72] Stratum version: not stamped."),
			we("", Unknown, "", "bf_switchd: system services initialized"),
			we("", Unknown, "", "bf_switchd: loading conf_file /usr/share/stratum/tofino_skip_p4_no_bsp.conf..."),
			we("", Unknown, "",
				"Configuration for dev_id 0",
				"  Family        : Tofino",
				"  pci_sysfs_str : /sys/devices/pci0000:00/0000:00:03.0/0000:05:00.0",
				"  pci_domain    : 0",
				"  pci_bus       : 5"),
			we("", Unknown, "", "bf_switchd: server started - listening on port 9999"),
			we("2026-11-29T07:41:57.197024Z", Info, "", "I20261129 07:41:57.197024 24754 bf_sde_wrapper.cc:1764] switchd started successfully"),
			we("2026-11-29T07:41:57.19723Z", Warn, "", "W20261129 07:41:57.197230 24754 credentials_manager.cc:59] No key files provided, using insecure server credentials!"),
			we("2026-11-29T07:41:57.211942Z", Error, "", "E20261129 07:41:57.211942 24754 phal.cc:94] No phal_config_file specified and no switch configurator found!"),
			we("2026-11-29T07:41:57.220896Z", Info, "", "I20261129 07:41:57.220896 24754 bf_chassis_manager.cc:110] Added port 12 in node 1 (SDK Port 28)."),
		},
	},
	{
		name:   "stratum-syslogd-wall-broadcast",
		source: "Stratum's glog lines sent to syslog and broadcast by syslogd to the terminal (`Message from syslogd@host at Mmm dd HH:mm:ss ...` then ` stratum_bf[pid]: LEVEL file.cc:line] msg`, a blank line before each): stratum/stratum issues #182 and #53",
		why:    "a two-line wall message is one record; the yearless stamp (2026, UTC) and the host come from the header; the level word after the tag",
		gap:    "syslogd's wall broadcast is not read as a record: no entry starts at the blank line that opens each `Message from syslogd@host at Mmm dd HH:mm:ss ...` message, so its stamp, its host and the tag line's level word are lost",
		entries: []worldEntry{
			we("2026-11-29T07:41:13Z", Info, "tor7-bf", "", "Message from syslogd@tor7-bf at Nov 29 07:41:13 ...", " stratum_bf[15]: INFO timer_daemon.cc:101] The timer daemon has been started."),
			we("2026-11-29T07:41:13Z", Info, "tor7-bf", "", "Message from syslogd@tor7-bf at Nov 29 07:41:13 ...", " stratum_bf[15]: INFO hal.cc:139] Setting up HAL in COLDBOOT mode..."),
			we("2026-11-29T07:42:22Z", Info, "tor7-bf", "", "Message from syslogd@tor7-bf at Nov 29 07:42:22 ...", " stratum_bf[15]: INFO bf_chassis_manager.cc:83] Adding port 20 in node 1."),
			we("2026-11-29T07:42:24Z", Error, "tor7-bf", "", "Message from syslogd@tor7-bf at Nov 29 07:42:24 ...", " stratum_bf[15]: ERROR bf_chassis_manager.cc:140] Failed to enable port 20 in node 1: ERR_INTERNAL"),
		},
	},
}

func TestFresh607Formats(t *testing.T) { assertTable(t, fresh607Cases) }
func TestFresh607Score(t *testing.T) {
	checkScore(t, "fresh607 formats", fresh607Cases, [worldNumFields]float64{81.8, 81.8, 81.8, 80.5})
}
