package parse

import "testing"

// The six-hundred-and-third fresh table: virtualization and hypervisors' logs, a further pass
// (hypervisors, VM managers, emulators, their management daemons and host agents), shapes no earlier
// table holds. Each family is one product's documented or observed output: Renode's console (a time
// of day with four fractional digits, a bracketed level word, a peripheral's name and a colon);
// os-autoinst's autoinst-log.txt, the QEMU test runner under openQA (Time::Moment's local time with
// its offset in brackets, `[debug]`, `[pid:N]`, continuation lines indented by two blanks); OpenNebula
// FireEdge's fireedge.log (`[ISO-Z] - [level] msg`, an access line with its own CLF time);
// Qiling's log file (`[=]`, `[+]`, `[!]`, `[x]` tags, a blank, a tab, the message, no time); DOSBox-X's
// log file (a cycle counter padded to ten, a severity word or blanks, `GROUP:msg`, bare LOG_MSG lines
// and `--END OF LOG--`); the Open SIMH console (`%SIM-INFO:` lines among a banner and script
// echoes); oVirt's ovirt-provider-ovn.log (`yyyy-MM-dd HH:mm:ss,SSS logger msg`, no level, a Python
// traceback under a record); CloudStack's KVM agent ovstunnel.log (`yyyy-MM-dd HH:mm:ss,SSS - msg`,
// a message whose closing parenthesis is on a line of its own).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`libvirt`, `qemu`, `xen`, `vmware`, `esxi`, `hostd`, `vpxa`, `vpxd`,
// `vmkernel`, `virtualbox`, `VBox`, `hyper-v`, `proxmox`, `pveproxy`, `ovirt`, `vdsm`, `firecracker`,
// `cloud-hypervisor`, `crosvm`, `bhyve`, `kata`, `kata-runtime`, `kata-agent`, `lxd`, `incus`,
// `incus-agent`, `lxd-agent`, `gvisor`, `runsc`, `opennebula`, `oned`, `sunstone`, `fireedge`,
// `opennebula-fireedge`, `] - [error]`, `] - [info]`, `cloudstack`, `cloudstack-agent`, `ovstunnel`,
// `Tunnel interface`, `ovs-vsctl`, `nutanix`, `harvester`, `kubevirt`, `virt-controller`,
// `virt-api`, `virt-operator`, `multipass`, `vagrant`, `packer`, `parallels`, `prltoolsd`, `UTM`,
// `QEMULauncher`, `cirruslabs`, `lima`, `colima`, `orbstack`, `podman machine`, `wsl`, `hcsshim`,
// `vmcompute`, `Hyper-V-Compute`, `vmwp`, `xensource`, `SMlog`, `xapi`, `xenstored-access`,
// `Xen Project`, `libxenlight`, `Citrix Hypervisor`, `vhd-util`, `tap-ctl`, `sm-cli`, `v6d`,
// `vcloud`, `cloud director`, `cell.log`, `vmware-dr`, `SRM@`, `site recovery`, `vpxd-svcs`,
// `opId=]`, `vmware-vum`, `VcIntegrity`, `vmafd`, `vmdird`, `sts-idmd`, `lookupsvc`,
// `vim-monitor`, `applmgmt`, `vmware-installer`, `vmware-usbarbitrator`, `vmnat`, `vmnetdhcp`,
// `| vmx|`, `I125`, `trivia]`, `' opID=`, `VBoxSDS`, `VBoxNetDHCP`, `VBoxNetNAT`, `VBoxAutostart`,
// `ovirt-vmconsole`, `ovirt-provider-ovn`, `provider-ovn`, `ovsdbapp`, `root Starting server`,
// `Githash`, `vncterm`, `termproxy`, `watchdog-mux`, `qmrestore`, `datacenter-manager`,
// `virtualizor`, `solusvm`, `flintlock`, `firecracker-containerd`, `weave ignite`, `distrobuilder`,
// `INFO   [20`, `virt-builder`, `cloud-localds`, `lorax`, `renode`, `Loaded monitor commands`,
// `[WARNING] sysbus`, `os-autoinst`, `autoinst`, `isotovideo`, `bmwqemu`, `testapi::`, `[pid:`,
// `] [debug] [pid:`, `qiling`, `[=] `, `[x] `, `[!] `, `simh`, `open-simh`, `%SIM-`, `SIM-INFO`,
// `simulator V4`, `dosbox`, `dosbox-x`, `Early LOG Init`, `ERROR CPU:`, `hercules`, `HHC`, `gem5`,
// `simics`, `bochs`, `86box`, `mame`, `FEX-Emu`, `box86`, `box64`, `FVP`, `FVP_Base`,
// `riscvOVPsim`, `imperas`, `android emulator`, `cuttlefish`, `launch_cvd`, `genymotion`,
// `waydroid`, `anbox`, `rancher-desktop`, `finch`, `kraftkit`, `unikraft`, `hyperlight`,
// `gnome-boxes`, `quickemu`, `virt-host-validate`, `veeam`, `zerto`, `nakivo`). None of Renode,
// os-autoinst, FireEdge, Qiling, DOSBox-X's log file, SIMH, ovirt-provider-ovn or CloudStack's
// ovstunnel.log is in any table (`renode` matches only `coreNodeName` and lists of grepped names,
// `%SIM-` a Cisco WLC mnemonic, `dosbox` DOSBox Staging's loguru console, `ovsdbapp` a neutron
// oslo.log line, `Tunnel interface` a VPN client's line). Left out as measured already: libvirt,
// QEMU, Xen and XCP-ng, ESXi and vCenter (hostd, vpxa, vpxd, vmkernel, vmware.log, vSphere Client,
// Horizon), VirtualBox, Hyper-V and WSL, Proxmox VE and Backup Server, oVirt's engine and vdsm,
// Firecracker, Cloud Hypervisor, crosvm, Kata, gVisor, LXD and Incus, KubeVirt, Nutanix,
// Harvester, CloudStack's management server and agent.log, OpenNebula's oned, Hercules, Cuttlefish,
// Rancher Desktop. Left out as not confirmed by any search: VMware Update Manager's, vpxd-svcs',
// Site Recovery Manager's and Cloud Director's logs, Arm FVP's console, Imperas' simulator output.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Renode prints a time of day only: it is on the clock's day. os-autoinst's
// stamps carry their offset (+01:00) and are converted. FireEdge's bracketed time ends in Z; an
// access line also carries the request's CLF time of the same second, and either is accepted.
// ovirt-provider-ovn's and ovstunnel's stamps have no zone and are taken as UTC. Qiling's, SIMH's
// and DOSBox-X's lines carry no time (DOSBox-X's ten-digit column is an emulated-CPU cycle count,
// no epoch). Levels only where the line marks one: Renode's bracketed word, os-autoinst's and
// FireEdge's bracketed lower-case words, Qiling's tags (`[=]` info, `[+]` debug, `[!]` warning,
// `[x]` error), DOSBox-X's severity column (DEBUG, WARN, ERROR, FATAL as Critical; the normal
// severity is blanks, no level), SIMH's `%SIM-INFO`; ovirt-provider-ovn and ovstunnel write none.
// No family has a host field: Renode's machine and peripheral names, FireEdge's client address,
// SIMH's listening port and the OVS bridges and remote IPs are no hosts. A record that spans lines
// is one entry: os-autoinst's indented continuation lines, ovirt-provider-ovn's traceback,
// ovstunnel's stderr message closed on the next line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 915de82 before any rule for it: level 77.7 %, time 96.4 %, host 96.4 %, records 94.6 %.
// That is the macro figure (micro: level 76.6 %, time 95.7 %, host 95.7 %, records 93.6 %), in a
// worktree at 915de82 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are Qiling's bracketed level tags, which trawl does not read,
// DOSBox-X's cycle lines that open with blanks, which trawl joins to the record before them, and
// SIMH's `%SIM-INFO:` mnemonic, which trawl does not read as a level.

var fresh603Cases = []worldCase{
	{
		name:   "renode-console-time-of-day",
		source: "Renode's log on its console or monitor (`HH:mm:ss.ffff [LEVEL] source: msg`, levels DEBUG INFO WARNING ERROR, the emulated peripheral or machine name before a colon): renode/renode issues #88, #228, #439, #458, #546 and #556, im-tomu/fomu-workshop issue #182",
		why:    "a time of day with four fractional digits and no date (the clock's day); the level word in brackets; `sysbus:` and the machine name are sources, no host; `[cpu: 0x4C6]` is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4915Z", Info, "", "07:41:16.4915 [INFO] Loaded monitor commands from: /opt/renode/scripts/monitor.py"),
			we("2026-11-29T07:41:19.0212Z", Info, "", "07:41:19.0212 [INFO] Including script: /home/ines/fw/lantern-nrf52.resc"),
			we("2026-11-29T07:41:20.5518Z", Debug, "", "07:41:20.5518 [DEBUG] sysbus: Loading ELF /tmp/renode-41872/5b1e0c7a-3f2d-4d8e-9a11-7c2b6e0f4d13.tmp."),
			we("2026-11-29T07:41:20.6093Z", Info, "", "07:41:20.6093 [INFO] lantern-board: Machine started."),
			we("2026-11-29T07:41:20.6531Z", Warn, "", "07:41:20.6531 [WARNING] sysbus: [cpu: 0x4C6] (tag: 'FICR') ReadDoubleWord from non existing peripheral at 0x10000130, returning 0x00000000."),
			we("2026-11-29T07:41:22.1187Z", Error, "", "07:41:22.1187 [ERROR] gpio0: Pin 37 is out of range for this port (32 pins)."),
		},
	},
	{
		name:   "os-autoinst-autoinst-log-offset",
		source: "os-autoinst's testresults/autoinst-log.txt under openQA (lib/log.pm's log_format_callback: `'[' . Time::Moment->now . \"] [$level] [pid:$$] $lines\"`, later lines of a message indented by two blanks; fctinfo `::: fn: text`, fctwarn `!!! fn: text`, fctres `>>> fn: text`): os-autoinst/os-autoinst lib/log.pm, PRs #1668 and #1015",
		why:    "Time::Moment's local ISO time with an offset inside brackets; the level in the second bracket; `[pid:N]` is no time; a multi-item message goes on in lines indented by two blanks",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Debug, "", "[2026-11-29T08:41:16.204117+01:00] [debug] [pid:18422] starting: /usr/bin/qemu-system-x86_64 -no-shutdown -vga std -m 2048 -cpu qemu64 -netdev user,id=qanet0 -device virtio-net,netdev=qanet0,mac=52:54:00:12:34:56"),
			we("2026-11-29T07:41:16.911402Z", Debug, "", "[2026-11-29T08:41:16.911402+01:00] [debug] [pid:18422] Snapshots are supported"),
			we("2026-11-29T07:41:48.33051Z", Debug, "", `[2026-11-29T08:41:48.330510+01:00] [debug] [pid:18430] <<< testapi::assert_screen(mustmatch="inst-bootmenu", timeout=30)`),
			we("2026-11-29T07:42:18.5172Z", Warn, "", "[2026-11-29T08:42:18.517200+01:00] [warn] [pid:18430] !!! testapi::_check_backend_response: match=inst-bootmenu timed out after 30 (assert_screen)"),
			we("2026-11-29T07:42:19.004871Z", Info, "", "[2026-11-29T08:42:19.004871+01:00] [info] [pid:18430] ::: basetest::runtest: # Test died: no candidate needle with tag(s) 'inst-bootmenu' matched"),
			we("2026-11-29T07:42:21.66003Z", Error, "",
				"[2026-11-29T08:42:21.660030+01:00] [error] [pid:18422] Backend process died, backend errors are reported below in the following lines:",
				"  QEMU terminated before QMP connection could be established. Check for errors below",
				"  qemu-system-x86_64: -drive id=hd0-overlay0,file=/var/lib/openqa/pool/3/raid/hd0-overlay0: Could not open backing file: No such file or directory"),
		},
	},
	{
		name:   "opennebula-fireedge-log",
		source: "OpenNebula FireEdge's /var/log/one/fireedge.log (`[yyyy-MM-ddTHH:mm:ss.SSSZ] - [level] msg`, an HTTP request logged as a combined-log line after the prefix): OpenNebula/one issue #7680; the non-access messages' wording from memory",
		why:    "an ISO time in Z inside brackets, then ` - ` and the level word in brackets; the access line's client address is no host and its CLF time is the same second",
		entries: []worldEntry{
			we("2026-11-29T07:41:10.004Z", Info, "", "[2026-11-29T07:41:10.004Z] - [info] Server listening on 0.0.0.0:2616"),
			we("2026-11-29T07:41:16.132Z|2026-11-29T07:41:16Z", Info, "", `[2026-11-29T07:41:16.132Z] - [info] 10.40.2.17 - - [29/Nov/2026:07:41:16 +0000] "GET /fireedge/api/vm/118 HTTP/1.1" 200 5133 "https://cloud.example.net/fireedge/sunstone/vm" "Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0"`),
			we("2026-11-29T07:41:22.870Z|2026-11-29T07:41:22Z", Error, "", `[2026-11-29T07:41:22.870Z] - [error] 10.40.2.17 - - [29/Nov/2026:07:41:22 +0000] "GET /fireedge/api/vm/118/logs HTTP/1.1" 404 60 "https://cloud.example.net/fireedge/sunstone/vm" "Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0"`),
			we("2026-11-29T07:42:05.311Z", Warn, "", "[2026-11-29T07:42:05.311Z] - [warn] Guacamole daemon not reachable at localhost:4822, remote consoles disabled"),
			we("2026-11-29T07:42:40.058Z", Error, "", "[2026-11-29T07:42:40.058Z] - [error] Error: connect ECONNREFUSED 127.0.0.1:2633"),
		},
	},
	{
		name:   "qiling-log-file-tags",
		source: "Qiling's log file and plain console (qiling/log.py: FMT_STR `%(levelname)s\\t%(message)s`, the level name replaced by `[!]` WARNING, `[=]` INFO, `[+]` DEBUG, `[x]` ERROR and CRITICAL, then a blank and the thread tag, empty when there is no thread): qilingframework/qiling qiling/log.py",
		why:    "a bracketed symbol is the level; a blank and a tab after it; syscall lines carry hex values and `= 0x3` results that are no times; no time at all",
		gap:    "Qiling's bracketed tags before the blank and tab (`[=]`, `[+]`, `[!]`, `[x]`) are not read as levels",
		entries: []worldEntry{
			we("", Debug, "", "[+] \tProfile: default"),
			we("", Debug, "", "[+] \tMapped 0x555555554000-0x555555556000"),
			we("", Info, "", "[=] \topenat(fd = 0xffffff9c, path = 0x7ff3cbc0, flags = 0x80000, mode = 0x0) = 0x3"),
			we("", Info, "", "[=] \tbrk(inp = 0x0) = 0x555555579000"),
			we("", Warn, "", "[!] \t0x7fffb7dd6a12: syscall ql_syscall_membarrier number = 0x144 (324) not implemented"),
			we("", Error, "", "[x] \tCPU Context:"),
		},
	},
	{
		name:   "dosbox-x-log-file-cycles",
		source: "DOSBox-X's log file (`[log] logfile=`; src/debug/debug_gui.cpp: LOG::operator() writes `%10u%s %s:%s` with the emulated CPU's cycle count and \" DEBUG\", six blanks for normal, \" WARN \", \" ERROR\", \" FATAL\"; LOG_MSG lines bare; `--END OF LOG--` on exit): joncampbell123/dosbox-x debug_gui.cpp, issues #6463 and #2006",
		why:    "a ten-digit cycle counter is no time (no epoch); the severity word after it, blanks for the normal severity (no level); `CPU:` and `PAGING:` are groups",
		gap:    "a line that opens with the blank padding of the cycle column (`         0 DEBUG`, `  48211937`) is joined to the record before it, so its record, level and lack of time are lost",
		entries: []worldEntry{
			we("", Unknown, "", "Logging: opened logfile 'dosbox-x.log' successfully. All further logging will go to this file."),
			we("", Debug, "", "         0 DEBUG MISC:Logging init complete"),
			we("", Unknown, "", "  48211937       BIOS:Boot drive C: booting from hard disk image"),
			we("", Warn, "", "1903377214 WARN  PAGING:Unhandled page fault at lin=c03f2000 while in protected mode"),
			we("", Error, "", "2203350896 ERROR CPU:Write 4f to rom at lin=c1226ffc phys=c3ffc"),
			we("", Critical, "", "2203411027 FATAL CPU:Illegal descriptor type 0 for int 13"),
			we("", Unknown, "", "--END OF LOG--"),
		},
	},
	{
		name:   "simh-console-sim-info",
		source: "The Open SIMH simulators' console (the `PDP-11 simulator Open SIMH V4.1-0 Current  git commit id: …` banner, `file.ini-N> command` echoes of a script, `%SIM-INFO: msg` lines, `Simulation stopped, PC: …`): pasted sessions found with find_string (`%SIM-INFO: Listening on port 2311`, `%SIM-INFO: RQ: RQDX3 controller not valid on a Unibus system, changing to UDA50`, `%SIM-INFO: Running`), simh/simh issues #533 and #370",
		why:    "`%SIM-INFO:` marks the level like a `%FAC-SEV` mnemonic; the banner, script echoes and stop lines carry none; no time; the port number is no host",
		entries: []worldEntry{
			we("", Unknown, "", "PDP-11 simulator Open SIMH V4.1-0 Current        git commit id: 7c2e91ab"),
			we("", Unknown, "", "./rsx11m.ini-9> set cpu 11/84"),
			we("", Info, "", "%SIM-INFO: RQ: RQDX3 controller not valid on a Unibus system, changing to UDA50"),
			we("", Info, "", "%SIM-INFO: Listening on port 2418"),
			we("", Info, "", "%SIM-INFO: Running"),
			we("", Unknown, "", "Simulation stopped, PC: 013452 (BR 13440)"),
		},
	},
	{
		name:   "ovirt-provider-ovn-log",
		source: "oVirt's OVN network provider on the engine, /var/log/ovirt-provider-ovn.log (Python logging `%(asctime)s %(name)s %(message)s`, no level; a traceback under the record that logs it): ManageIQ/manageiq issue #18457 (a pasted log with Starting server, Version, Build date, Githash and ovsdbapp tracebacks)",
		why:    "a zone-less time with a comma before the milliseconds, then the logger's name, no level; the traceback lines and the exception line belong to the record above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.302Z", Unknown, "", "2026-11-29 07:41:16,302 root Starting server"),
			we("2026-11-29T07:41:16.303Z", Unknown, "", "2026-11-29 07:41:16,303 root Version: 1.2.36-1"),
			we("2026-11-29T07:41:16.304Z", Unknown, "", "2026-11-29 07:41:16,304 root Githash: 4e1a9b7"),
			we("2026-11-29T08:02:51.118Z", Unknown, "",
				"2026-11-29 08:02:51,118 ovsdbapp.backend.ovs_idl.command Error executing command",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3.9/site-packages/ovsdbapp/backend/ovs_idl/command.py", line 42, in execute`,
				"    t.add(self)",
				`  File "/usr/lib64/python3.9/contextlib.py", line 126, in __exit__`,
				"    next(self.gen)",
				"ovsdbapp.backend.ovs_idl.idlutils.RowNotFound: Cannot find Logical_Switch_Port with name=6f0e2d1c-93b4-4c1a-8e55-0d7a2b9c4e18"),
			we("2026-11-29T08:03:10.54Z", Unknown, "", "2026-11-29 08:03:10,540 root Request: GET : /v2.0/ports/6f0e2d1c-93b4-4c1a-8e55-0d7a2b9c4e18"),
		},
	},
	{
		name:   "cloudstack-kvm-ovstunnel-log",
		source: "Apache CloudStack's KVM agent tunnel script log /var/log/cloudstack/agent/ovstunnel.log (Python logging `%(asctime)s - %(message)s`, no level; the OVS command's stderr kept inside the message, its closing parenthesis on the next line): apache/cloudstack issue #3802",
		why:    "a zone-less time, ` - ` and the message, no level; a message that ends on a line of its own is one record; bridge names and remote IPs are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.678Z", Unknown, "", "2026-11-29 07:41:16,678 - Tunnel interface validated:['/usr/bin/ovs-vsctl', 'get', 'interface', '9c3f1e27-5d0b-4a8e-b2c6-71e4d09a5f33', 'options:remote_ip']"),
			we("2026-11-29T07:41:16.691Z", Unknown, "", "2026-11-29 07:41:16,691 - Executing:['/usr/bin/ovs-vsctl', 'get', 'bridge', 'OVSTunnel3017', 'other_config:is-ovs-tun-network']"),
			we("2026-11-29T07:41:16.702Z", Unknown, "",
				`2026-11-29 07:41:16,702 - The command exited with the error code: 1 (stderr output:ovs-vsctl: no key "is-ovs_vpc_distributed_vr_network" in Bridge record "OVSTunnel3017" column other_config`,
				")"),
			we("2026-11-29T07:41:16.703Z", Unknown, "", "2026-11-29 07:41:16,703 - An unexpected error occured. Rolling back"),
			we("2026-11-29T07:41:16.704Z", Unknown, "", "2026-11-29 07:41:16,704 - Deleting GRE interface"),
			we("2026-11-29T07:42:02.157Z", Unknown, "", "2026-11-29 07:42:02,157 - About to manually create the bridge:OVSTunnel3017"),
		},
	},
}

func TestFresh603Formats(t *testing.T) { assertTable(t, fresh603Cases) }
func TestFresh603Score(t *testing.T) {
	checkScore(t, "fresh603 formats", fresh603Cases, [worldNumFields]float64{83.8, 96.3, 96.3, 94.5})
}
