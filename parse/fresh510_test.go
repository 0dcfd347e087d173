package parse

import "testing"

// The five-hundred-and-tenth fresh table: virtualization and hypervisors' logs (hypervisors, VM
// managers, emulators, their management daemons and host agents), shapes no earlier table holds.
// Each family is one product's documented or observed output: DOSBox Staging's console (emilk's
// loguru with the date and time only, a `date time |` header, no level); the GNS3 server's log
// (`yyyy-MM-dd HH:mm:ss LEVEL file.py:line msg`, a traceback under a CRITICAL); Looking Glass'
// client on a terminal (an elapsed `HH:mm:ss.fff` since start, a bracketed level letter, file:line
// and function columns, PipeWire's own `[W][time]` line among them); the ACRN hypervisor's log
// (`[Nus][cpu=n][vm:vcpu][sev=n][seq=n]:msg`, a boot offset in microseconds and ACRN's own
// severity digits); Qubes OS dom0's journal (qubesd's `LEVEL: vm.name: msg` and the qrexec policy
// daemon's untagged decisions); qrexec-agent in a qube's journal (libqrexec's own zone-less stamp
// after the journal's header); vfkit's log file under minikube (logrus text with an offset time,
// empty `level=info` records); vmnet-helper's stderr (a padded level word and a `[thread]`, no time,
// the JSON reply on stdout between its lines).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`libvirt`, `qemu`, `xen`, `vmware`, `vmx`, `esxi`, `hostd`, `vpxa`,
// `vpxd`, `vmkernel`, `virtualbox`, `VBox`, `firecracker`, `cloud-hypervisor`, `crosvm`, `bhyve`,
// `proxmox`, `pvedaemon`, `pveproxy`, `ovirt`, `vdsm`, `hyper-v`, `hyperv`, `kata`, `lxd`, `incus`,
// `vagrant`, `packer`, `multipass`, `virt-manager`, `virt-install`, `nutanix`, `kubevirt`,
// `virt-launcher`, `xensource`, `xapi`, `smartos`, `vmadm`, `parallels`, `prl_`, `hyperkit`,
// `vmtoolsd`, `vmsvc`, `open-vm-tools`, `virtlogd`, `lima`, `opennebula`, `ganeti`, `harvester`,
// `SMlog`, `xen orchestra`, `bochs`, `hv_kvp`, `gvisor`, `runsc`, `cloudstack`, `Originator@`,
// `In(05)`, `(XEN)`, `logid:`, `qemu-system`, `vmm/src`, `anonymous-instance`, `virNet`,
// `jsonrpc/`, `VMMDev`, `Hypervisor`, `xl `, `virtqemud`, `renode`, `android emulator`,
// `INFO    |`, `virt-who`, `hercules`, `HHC`, `waydroid`, `xencenter`, `ignite`, `colima`,
// `passt`, `waagent`, `vm-bhyve`, `com.docker`, `genymotion`, `spice-vdagent`, `xcp-rrdd`,
// `xenopsd`, `horizon`, `hcsshim`, `wsl`, `dosbox`, `dosbox-staging`, `loguru`,
// `date       time         |`, `| CONFIG: Loaded`, `| SDL: version`, `gns3`, `gns3server`,
// `web_log.py`, `compute.py:`, `INFO run.py`, `looking glass`, `looking-glass`, `lg_run`,
// `purespice`, `ivshmem`, `cpuinfo.c`, `[I]  `, `main.c:18`, `[W][`, `pw.conf`, `acrn`,
// `acrnlog`, `us][cpu=`, `[cpu=`, `][sev=`, `[seq=`, `qubes`, `qubesd`, `qrexec`,
// `qrexec-policy-daemon`, `qrexec-agent-data`, `handle_new_process`, `dom0`, `vfkit`, `krunkit`,
// `level=info msg="virtual machine`, `vmnet-helper`, `vmnet`, `socket_vmnet`, `INFO  [main]`,
// `WARN  [main]`, `kvmtool`, `lkvm`, `unikraft`, `86box`, `pcem`, `containerlab`, `virt-viewer`,
// `remote-viewer`, `ovirt-guest-agent`, `jailhouse`, `orbstack`, `eve-ng`, `krunvm`, `libkrun`,
// `simics`, `mame`, `xe-daemon`, `vmauthd`, `vmware-authd`, `scvmm`, `Virtual Machine Manager`).
// None of DOSBox Staging, GNS3, Looking Glass, ACRN, Qubes OS, vfkit or vmnet-helper is in any
// table (`loguru` matches the Python library's and other products' loguru lines with a level
// column; `dom0` only Xen's own dom0 logs; `INFO  [main]` and `WARN  [main]` only log4j lines with a
// time after them; `[W][` and `pw.conf` other products' lines; `[cpu=` an Elasticsearch report).
// Left out as measured already: libvirt and QEMU, Xen and XAPI, ESXi and vCenter, VirtualBox,
// Proxmox VE, oVirt, Hyper-V, Incus and LXD, Firecracker, Cloud Hypervisor, crosvm, Kata, gVisor,
// KubeVirt, Lima, Multipass, Vagrant, Packer, Parallels, bhyve, OpenNebula, CloudStack, Ganeti,
// Nutanix, virt-manager's and virt-install's log (fresh65), Bochs, Renode, Waydroid. Left out as
// not confirmed by any search or not in the theme: kvmtool's stderr (its report prefix not found in
// a stored source), containerlab (a network lab of containers, logrus' short form), acrn-dm's log.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). DOSBox Staging's, GNS3's and libqrexec's stamps have no zone and are read
// as UTC; vfkit's logrus time carries an offset (+02:00) and is converted. Looking Glass' clock is
// the time since the client started and ACRN's the microseconds since the hypervisor booted: such
// records have no time of their own (""), except PipeWire's `[W][HH:mm:ss.ffffff]` line, a time of
// day on the clock's day. vmnet-helper writes no time. The journal's year-less time is in 2026; in a
// qube's journal the journal's time and libqrexec's of the same moment are both accepted. Levels
// only where the line marks one: GNS3's level word, Looking Glass' and PipeWire's letters (I W E D),
// ACRN's `sev=` digit on its own scale (1 fatal, 3 error, 4 warning, 5 info, 6 debug; 2, ACRN's
// always-shown notices, has no place on the scale and no line here carries it), qubesd's word
// before the logger, logrus' `level=`, vmnet-helper's padded word; DOSBox Staging's loguru
// preamble has no verbosity field, and the qrexec policy daemon's and libqrexec's lines carry none.
// The host is the record's host field: only the journal's (dom0, the qube's name); a qube named in
// a message, GNS3's client address, Looking Glass' SPICE socket, ACRN's `vm0:vcpu0` and vmnet's
// addresses are no hosts. A record that spans lines is one entry: GNS3's CRITICAL with its Python
// traceback. DOSBox Staging's `date time |` header is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory alone. Hosts,
// ids, addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 587d8b3 before any rule for it: level 87.9 %, time 98.2 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 89.1 %, time 97.8 %, host 100.0 %, records 100.0 %), in a
// worktree at 587d8b3 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are DOSBox Staging's subsystem tag `CONFIG:` read as a level,
// PipeWire's bracketed time of day among Looking Glass' lines, which trawl does not read, and ACRN's
// `[sev=n]` severity digit, which trawl does not read.

var fresh510Cases = []worldCase{
	{
		name:   "dosbox-staging-loguru-console",
		source: "DOSBox Staging's console and its lutris log (emilk's loguru with g_preamble_date and _time only, no verbosity, thread or file field: `yyyy-MM-dd HH:mm:ss.fff | msg`, after loguru's `date       time         | ` header): dosbox-staging/dosbox-staging PR #1225 (the preamble settings and a sample), PR #1276, issues #1390 and #3803, lutris/lutris issue #5148",
		why:    "a zone-less date and time with milliseconds before a pipe; `CONFIG:` and `SDL:` are subsystem tags, no level; the header line carries nothing",
		gap:    "the subsystem tag `CONFIG:` after loguru's pipe is read as a level word (Info), though DOSBox Staging's loguru preamble writes no level",
		entries: []worldEntry{
			wskip("date       time         | "),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29 07:41:16.204 | arguments: dosbox -conf /home/maren/games/keen4/keen4.conf -fullscreen -exit"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29 07:41:16.204 | dosbox-staging version 0.82.2"),
			we("2026-11-29T07:41:16.288Z", Unknown, "", "2026-11-29 07:41:16.288 | SDL: version 2.30.9 initialised (wayland video and pipewire audio)"),
			we("2026-11-29T07:41:16.289Z", Unknown, "", "2026-11-29 07:41:16.289 | CONFIG: Loaded primary conf file /home/maren/.config/dosbox/dosbox-staging.conf"),
			we("2026-11-29T07:41:16.291Z", Unknown, "", "2026-11-29 07:41:16.291 | MEMORY: Using 4096 DOS memory pages (16 MiB)"),
			we("2026-11-29T07:41:16.612Z", Unknown, "", "2026-11-29 07:41:16.612 | MIXER: Negotiated 2-channel 48000 Hz audio in 1024-frame blocks"),
		},
	},
	{
		name:   "gns3-server-log",
		source: "GNS3 server's gns3_server.log and console (`yyyy-MM-dd HH:mm:ss LEVEL file.py:line msg`, its web_log access lines, a traceback under CRITICAL): GNS3/gns3-server issue #2059 (a pasted log), GNS3/gns3-gui issues #2323 and #2278 (a CRITICAL with its traceback), GNS3/gns3-server issue #514 (DEBUG lines)",
		why:    "a zone-less time, then the level word, then `file.py:line`; an access line carries a second, bracketed time of the same second and a client address that is no host; the traceback belongs to the CRITICAL above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO run.py:219 GNS3 server version 2.2.52"),
			we("2026-11-29T07:41:16Z", Warn, "", "2026-11-29 07:41:16 WARNING run.py:230 Local mode is enabled. Beware, clients will have full control on your filesystem"),
			we("2026-11-29T07:41:17Z", Info, "", `2026-11-29 07:41:17 INFO web_log.py:206 192.168.122.1 [29/Nov/2026:07:41:17 +0000] "GET /v2/compute/capabilities HTTP/1.1" 200 519 "-" "Python/3.12 aiohttp/3.9.5"`),
			we("2026-11-29T07:41:19Z", Debug, "", "2026-11-29 07:41:19 DEBUG qemu_vm.py:1078 Start QEMU with /usr/bin/qemu-system-x86_64 -name R1-edge -m 1024M -smp cpus=1"),
			we("2026-11-29T07:41:23Z", Error, "", "2026-11-29 07:41:23 ERROR base_node.py:612 QEMU VM 'R1-edge' [6c2f0a8e-41d7-4b0f-9e53-0d8a7c1f2b44] process has stopped, return code: 1"),
			we("2026-11-29T07:41:31Z", Critical, "",
				"2026-11-29 07:41:31 CRITICAL run.py:267 Critical error while running the server: [Errno 98] error while attempting to bind on address ('127.0.0.1', 3080): address already in use",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3/dist-packages/gns3server/run.py", line 262, in run`,
				"    server.run()",
				`  File "/usr/lib/python3/dist-packages/gns3server/web/web_server.py", line 318, in run`,
				"    self._loop.run_until_complete(self._run_application(self._handler, ssl_context))",
				"OSError: [Errno 98] error while attempting to bind on address ('127.0.0.1', 3080): address already in use"),
		},
	},
	{
		name:   "looking-glass-client-elapsed",
		source: "Looking Glass B7's client on a terminal (`HH:mm:ss.fff [L] file.c:line | function | msg`, the clock counting from the client's start, the level letter I W E D F in brackets, padded columns; PipeWire's own `[W][HH:mm:ss.ffffff] pw.conf | [ file: line func()] msg` line written among them): gnif/LookingGlass issues #1151, #1258, #1299 and #1242, #1086 (a [W] line)",
		why:    "`00:00:00.000` is the time since start, no time of day; the bracketed letter is the level; PipeWire's line has a real time of day (the clock's day) and its own letter; 127.0.0.1:5900 is the SPICE socket, no host",
		gap:    "PipeWire's time of day in the bracket after its level letter (`[W][07:41:16.512204]`) is not read: the line gets no time",
		entries: []worldEntry{
			we("", Info, "", "00:00:00.000 [I]              main.c:1858 | main                           | Looking Glass (B7)"),
			we("", Info, "", "00:00:00.000 [I]           cpuinfo.c:38   | cpuInfo_log                    | CPU Model: AMD Ryzen 7 7700 8-Core Processor"),
			we("", Info, "", "00:00:00.041 [I]           ivshmem.c:137  | ivshmemOpenDev                 | KVMFR Device     : /dev/kvmfr0"),
			we("2026-11-29T07:41:16.512204Z", Warn, "", "[W][07:41:16.512204] pw.conf      | [          conf.c: 1204 pw_conf_load_conf_for_context()] setting config.name to client-rt.conf is deprecated, using client.conf"),
			we("", Info, "", "00:00:00.052 [I]                ps.c:246  | purespice_connect              | Connecting to socket 127.0.0.1:5900"),
			we("", Warn, "", "00:00:00.067 [W]              idle.c:31   | waylandIdleInit                | zwp_idle_inhibit_manager_v1 not exported by the compositor, idle states will not be inhibited"),
			we("", Error, "", "00:12:48.305 [E]              main.c:716  | main_frameThread               | Failed to get the frame from the host: timeout"),
		},
	},
	{
		name:   "acrn-hypervisor-hvlog",
		source: "the ACRN hypervisor's log on its serial console and in acrnlog's files (hypervisor/debug/logmsg.c: `[%lluus][cpu=%hu][…][sev=%u][seq=%u]:` then the message; severities in hypervisor/include/debug/logmsg.h: 1 fatal, 2 acrn, 3 error, 4 warning, 5 info, 6 debug; the `Instruction Decode PANIC: ` prefix of panic()): projectacrn/acrn-hypervisor issues #8863 (`[(null)]`), #5872 (`[vm0:vcpu0]`) and #6003",
		why:    "the first bracket is microseconds since boot, no time; `sev=` is ACRN's own severity digit (1 fatal, 3 error, 4 warning, 5 info, 6 debug); `vm0:vcpu0` is a guest's vCPU, no host",
		gap:    "ACRN's `[sev=n]` severity digit after the cpu and vCPU brackets is not read: the error, warning, info and debug lines (sev=3 to 6) come out with no level",
		entries: []worldEntry{
			we("", Warn, "", "[11840213us][cpu=1][(null)][sev=4][seq=9]:vm1: vuart1 has no target VM configured, ignored"),
			we("", Info, "", "[11902771us][cpu=2][(null)][sev=5][seq=15]:Start VM id: 1 name: POST_STD_VM1"),
			we("", Error, "", "[612450337us][cpu=0][vm0:vcpu0][sev=3][seq=311]:ret=-22 hypercall=0x80000051 failed in vmcall_vmexit_handler"),
			we("", Debug, "", "[612450901us][cpu=3][vm1:vcpu0][sev=6][seq=312]:vlapic_write: offset 0x380 data 0x0003d090"),
			we("", Critical, "", "[702118044us][cpu=2][vm1:vcpu1][sev=1][seq=402]:Instruction Decode PANIC: unhandled opcode 0x0f 0x38 at rip 0xffffffff81a0c3d1"),
		},
	},
	{
		name:   "qubes-dom0-journal-qubesd",
		source: "Qubes OS 4.2/4.3 dom0's journal read with journalctl (short format; qubesd's Python logging `LEVEL: vm.<qube>: msg`, the qrexec policy daemon's `qrexec: service+arg: source -> target: allowed to target`): freedomofpress/securedrop-workstation issue #1735 (a pasted dom0 journal), QubesOS/qubes-issues issue #1510",
		why:    "the journal's host is dom0; qubesd's level word comes after the pid, before the logger `vm.work`; the qube names in a message are no hosts; the policy daemon's lines carry no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "dom0", "Nov 29 07:41:16 dom0 qubesd[1206]: INFO: vm.work: Starting qube work"),
			we("2026-11-29T07:41:24Z", Unknown, "dom0", "Nov 29 07:41:24 dom0 qrexec-policy-daemon[1257]: qrexec: qubes.Filecopy+: work -> vault: allowed to vault"),
			we("2026-11-29T07:41:25Z", Info, "dom0", "Nov 29 07:41:25 dom0 qubesd[1206]: INFO: vm.vault: Starting qube vault"),
			we("2026-11-29T07:42:03Z", Warn, "dom0", "Nov 29 07:42:03 dom0 qubesd[1206]: WARNING: vm.sys-usb: Failed to attach device sys-usb:2-1.4: device already attached"),
			we("2026-11-29T07:42:40Z", Error, "dom0", "Nov 29 07:42:40 dom0 qubesd[1206]: ERROR: vm.disp4217: Start failed: Cannot connect to qrexec agent for 60 seconds, see /var/log/xen/console/guest-disp4217.log for details"),
		},
	},
	{
		name:   "qubes-qrexec-agent-qube-journal",
		source: "qrexec-agent in a qube's journal (journalctl short format, then libqrexec's qrexec_logv `yyyy-MM-dd HH:mm:ss.fff program[pid]: file.c:line:function: msg`, no level written; the service's PAM lines in between): QubesOS/qubes-core-qrexec libqrexec/log.c, QubesOS/qubes-core-admin PR #722 (a pasted qube journal)",
		why:    "the journal's time and libqrexec's zone-less stamp of the same moment; the qube's name is the journal's host; `qrexec-agent-data.c:309:handle_new_process_common` is a file, line and function, no time and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:26Z|2026-11-29T07:41:26.745Z", Unknown, "work", "Nov 29 07:41:26 work qrexec-agent[1461]: 2026-11-29 07:41:26.745 qrexec-agent[1461]: qrexec-agent-data.c:274:handle_new_process_common: executed: user:QUBESRPC qubes.Filecopy dom0 (pid 1463)"),
			we("2026-11-29T07:41:26Z", Unknown, "work", "Nov 29 07:41:26 work qrexec-agent[1463]: pam_unix(qrexec:session): session opened for user user(uid=1000) by (uid=0)"),
			we("2026-11-29T07:41:27Z", Unknown, "work", "Nov 29 07:41:27 work qrexec-agent[1463]: pam_unix(qrexec:session): session closed for user user"),
			we("2026-11-29T07:41:27Z|2026-11-29T07:41:27.912Z", Unknown, "work", "Nov 29 07:41:27 work qrexec-agent[1461]: 2026-11-29 07:41:27.912 qrexec-agent[1461]: qrexec-agent-data.c:309:handle_new_process_common: pid 1463 exited with 0"),
		},
	},
	{
		name:   "vfkit-minikube-logrus-offset",
		source: "vfkit's log as minikube keeps it in ~/.minikube/machines/<name>/vfkit.log (logrus' text formatter with full timestamps: `time=\"RFC 3339 with offset\" level=… msg=\"…\"`, `level=info` alone for an empty message): kubernetes/minikube PR #21096 (an example log), crc-org/vfkit PR #323",
		why:    "the time carries a +02:00 offset (converted); logrus' `level=` is the level; a record with no msg is still one record; `\\t` inside msg is an escaped tab, not a continuation",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T09:41:16+02:00" level=info msg="boot parameters: &{EFIVariableStorePath:/Users/ines/.minikube/machines/minikube/vfkit.efivars CreateVariableStore:false}"`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T09:41:16+02:00" level=info`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T09:41:16+02:00" level=info msg="virtual machine parameters:"`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T09:41:16+02:00" level=info msg="\tvCPUs: 4"`),
			we("2026-11-29T07:41:17Z", Warn, "", `time="2026-11-29T09:41:17+02:00" level=warning msg="virtio-serial: log file /Users/ines/.minikube/machines/minikube/serial.log exists, appending"`),
			we("2026-11-29T07:58:40Z", Error, "", `time="2026-11-29T09:58:40+02:00" level=error msg="virtual machine is in error state: Internal Virtualization error. The virtual machine stopped unexpectedly."`),
		},
	},
	{
		name:   "vmnet-helper-stderr",
		source: "vmnet-helper's stderr on macOS (programs/log.h: `INFO  `, `WARN  `, `ERROR `, `DEBUG ` padded to six, then `[thread] msg`; no time), with the JSON reply it writes on stdout between them: nirs/vmnet-helper programs/log.h, PRs #150 and #172, renode/renode issue #895",
		why:    "a level word padded to six columns and a `[main]` thread, no time at all; the stdout JSON line is a record of its own with no level; vmnet's addresses are no host",
		entries: []worldEntry{
			we("", Info, "", "INFO  [main] running /opt/vmnet-helper/bin/vmnet-helper v0.13.1 on macOS 26.1.0"),
			we("", Info, "", "INFO  [main] running as uid: 501 gid: 20"),
			we("", Debug, "", "DEBUG [main] interface options: operation_mode=shared enable_tso=false enable_checksum_offload=false"),
			we("", Unknown, "", `{"vmnet_write_max_packets":256,"vmnet_read_max_packets":256,"vmnet_subnet_mask":"255.255.255.0","vmnet_mtu":1500,"vmnet_end_address":"192.168.105.254","vmnet_start_address":"192.168.105.1","vmnet_interface_id":"5B0E7C2D-88A1-4F3E-9D60-2C71B4E9A013","vmnet_max_packet_size":1514,"vmnet_mac_address":"ae:41:09:7c:d2:5e"}`),
			we("", Info, "", "INFO  [main] started vmnet interface"),
			we("", Warn, "", "WARN  [main] --enable-tso has no effect in host mode"),
			we("", Error, "", "ERROR [main] failed to start vmnet interface: status 1001"),
		},
	},
}

func TestFresh510Formats(t *testing.T) { assertTable(t, fresh510Cases) }
func TestFresh510Score(t *testing.T) {
	checkScore(t, "fresh510 formats", fresh510Cases, [worldNumFields]float64{87.8, 98.1, 99.9, 99.9})
}
