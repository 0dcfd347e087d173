package parse

import "testing"

// The five-hundred-and-forty-first fresh table: virtualization and hypervisors' logs, another pass
// (hypervisors, their management daemons, VM consoles and guests' agents), shapes no earlier table
// holds. Each family is one product's documented or observed output: WSL 2's init on the console
// (`<3>WSL (pid) ERROR: Function:line: msg`); AWS Nitro Enclaves' nitro-cli run-enclave (an
// `[ Enn ]` error block with blank lines inside it); enclaver, a Nitro Enclaves runner
// (pretty_env_logger's ` LEVEL module > msg`); virt-viewer's remote-viewer with --debug (GLib's
// `(prog:pid): Domain-LEVEL: HH:mm:ss.fff: msg`); StratoVirt's VM log (`time-with-nanoseconds:
// [pid][tid][file: line]:LEVEL: msg`); spice-streaming-agent in a guest (`prog[pid]: msg`); a
// Hyper-V guest's dmesg (hv_vmbus, hv_balloon, hv_utils, hv_netvsc); the Hyper-V file copy daemon
// in the guest's syslog (`HV_FCOPY:` with no pid).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`libvirt`, `virtqemud`, `virtlogd`, `qemu`, `qemu-ga`, `guest-agent`,
// `guest_agent`, `xen`, `(XEN)`, `xenstored`, `xensource`, `xcp-ng`, `xapi`, `vmkernel`, `hostd`,
// `vpxa`, `vpxd`, `fdm.log`, `vobd`, `vmware.log`, `vmtoolsd`, `open-vm-tools`, `vboxservice`,
// `VBox.log`, `virtualbox`, `hyper-v`, `vmms`, `hv_kvp`, `kvp_daemon`, `proxmox`, `pvedaemon`,
// `qmeventd`, `pve-ha`, `ovirt`, `vdsm`, `bhyve`, `firecracker`, `cloud-hypervisor`,
// `cloud_hypervisor`, `crosvm`, `kata`, `kubevirt`, `virt-handler`, `virt-launcher`, `incus`, `lxd`,
// `multipass`, `lima`, `vagrant`, `parallels`, `prl_`, `UTM`, `spice-vdagent`, `spice`,
// `opennebula`, `oned`, `cloudstack`, `waagent`, `walinuxagent`, `google_guest_agent`,
// `google-guest-agent`, `ssm-agent`, `amazon-ssm`, `nutanix`, `acropolis`, `acrn`, `jailhouse`,
// `hyperkit`, `xhyve`, `virtuozzo`, `vz`, `harvester`, `virt-v2v`, `virtio`, `wsl`, `qemu-system`,
// `vhost`, `ganeti`, `openstack-nova`, `nova-compute`, `xe-daemon`, `xe-guest`, `vmsvc`, `vmusr`,
// `VGAuth`, `cloudbase-init`, `hyperv`, `virt-manager`, `gnome-boxes`, `quickemu`, `libvirt_lxc`,
// `smartos`, `vmadm`, `ovs-vswitchd`, `qemu-kvm`, `esxupdate`, `xl dmesg`, `xenconsoled`,
// `xcp-rrdd`, `SIMICS`, `vmm`, `vmd`, `vmctl`, `bochs`, `dosbox`, `86box`, `pcem`, `virt-install`,
// `virt-who`, `virtwho`, `vzdump`, `SMlog`, `xo-server`, `xen orchestra`, `VBoxSVC`,
// `VBoxHardening`, `VBoxClient`, `ovftool`, `prl-disp`, `prl_disp`, `prlctl`, `openvz`, `vzctl`,
// `aliyun`, `tencent`, `oracle-cloud-agent`, `ec2-instance-connect`, `ovirt-engine`, `imageio`,
// `kimchi`, `cockpit`, `lxc-start`, `pveproxy`, `pvestatd`, `pve-firewall`, `proxmox-backup`,
// `hcsshim`, `vmcompute`, `wslservice`, `vfkit`, `podman machine`, `krunvm`, `libkrun`, `minikube`,
// `qemu-img`, `virsh`, `swtpm`, `virtiofsd`, `passt`, `slirp4netns`, `nbdkit`, `guestfs`,
// `virt-sysprep`, `xenopsd`, `tapdisk`, `blktap`, `ovmf`, `edk2`, `vGPU`, `vgpu-mgr`, `mdev`,
// `looking-glass`, `android emulator`, `emulator: `, `hvf`, `aehd`, `WARNING **`, `GSpice`,
// `remote-viewer`, `virt-viewer`, `virt-viewer-DEBUG`, `hv_vss`, `hv_fcopy`, `vm-bhyve`, `libxl`,
// `qemu-dm`, `stratovirt`, `dragonball`, `lkvm`, `kvmtool`, `nitro`, `nitro-cli`,
// `nitro_enclaves`, `E36`, `Start allocating memory`, `Failed connections`, `Subactions`,
// `enclaver`, `ovs-agent`, `orbstack`, `colima`, `vboxwebsrv`, `hyperlight`, `xvisor`,
// `bareflank`, `anka`, `qga`, `virtio-win`, `vmbus`, `hv_vmbus`, `hv_netvsc`, `hv_balloon`,
// `hv_utils`, `vmxnet3`, `vmw_balloon`, `vboxguest`, `In(05)`, `Wa(03)`, `TASK OK`, `concierge`,
// `maitred`, `garcon`, `seabios`, `ipxe`, `VBoxManage`, `packer`, `packer-plugin`, `weston`,
// `wslg`, `[Moby`, `for-win`, `spice-streaming`, `WSL (`, `CreateProcess`, `Relay)`). None of WSL's
// init console, nitro-cli, enclaver, remote-viewer's GLib debug output, StratoVirt,
// spice-streaming-agent, the Hyper-V guest drivers' dmesg or HV_FCOPY is in any table (`nitro`
// matches only Nuxt's Nitro server; `Relay)` other products). Left out as measured already:
// libvirt, QEMU, Xen and XAPI, ESXi and vCenter, VirtualBox, Hyper-V's event log and KVP/VSS
// daemons, Proxmox, oVirt/VDSM, bhyve, Firecracker, Cloud Hypervisor, crosvm and vm_concierge,
// Kata, KubeVirt, Incus/LXD, Lima, Multipass, Vagrant, Parallels, OpenVZ's vzctl, OpenNebula,
// the Azure, GCE and SSM guest agents, cloudbase-init, Looking Glass, ACRN, Qubes, DOSBox, Bochs,
// SeaBIOS and OVMF consoles, swtpm, virtiofsd, virt-v2v, Xen Orchestra, OpenBSD's vmd, Docker
// Desktop's Hyper-V VM log. Left out for lack of time to confirm a layout: Hyperlight, Dragonball,
// Xvisor, GNOME Boxes. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). remote-viewer's GLib lines carry a time of day only: it is on the clock's
// day. StratoVirt's stamp has nine fractional digits and no zone, read as UTC. HV_FCOPY's syslog
// date has no year (2026). WSL's console, nitro-cli, enclaver, spice-streaming-agent and dmesg
// carry no time (dmesg's bracket is seconds since boot; nitro-cli's error-log file name is no record
// time). Levels only where the line marks one: WSL's `<3>` priority with its ERROR word,
// pretty_env_logger's level word, GLib's domain suffix (DEBUG, WARNING, CRITICAL), StratoVirt's
// level between colons; nitro-cli's `[ E36 ]` is an error code, and HV_FCOPY's syslog line does
// not write its severity. The host is the record's host field: only the syslog line's; the SPICE
// proxy in remote-viewer's message, enclaver's module path and the netvsc GUID are no hosts. A
// record that spans lines is one entry: nitro-cli's error block with its blank lines, the
// `For more details` and support-ticket lines under it. remote-viewer's blank line before a warning
// is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory. Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 9282ae9 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 96.9 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 97.2 %), in a
// worktree at 9282ae9 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is nitro-cli's error block, whose lines after its blank lines are
// split off as records of their own.

var fresh541Cases = []worldCase{
	{
		name:   "wsl-init-console-priority",
		source: "WSL 2's init writing to the console when wsl.exe starts a distro (`<3>WSL (pid) ERROR: Function:line: msg`, a kernel-style priority in angle brackets, `(14 - Relay)` on newer builds, and untagged lines such as `Processing fstab with mount -a failed.`): microsoft/WSL issues #9252, #11985, #10398 and #11182, DesktopECHO/xWSL issue #41, glomatico/wrapper-v2 issue #11",
		why:    "a `<3>` priority (syslog err) and the ERROR word before the pid in parentheses; `Function:line` is no time; no time anywhere; untagged lines carry no level",
		entries: []worldEntry{
			we("", Unknown, "", "Processing fstab with mount -a failed."),
			we("", Error, "", "<3>WSL (9) ERROR: CreateProcessEntryCommon:370: getpwuid(0) failed 2"),
			we("", Error, "", "<3>WSL (9) ERROR: CreateProcessEntryCommon:577: execvpe /bin/sh failed 2"),
			we("", Error, "", `<3>WSL (9) ERROR: CreateProcessParseCommon:782: Failed to translate D:\builds\harbour-api`),
			we("", Error, "", "<3>WSL (17 - Relay) ERROR: CreateProcessCommon:818: execvpe(/usr/bin/zsh) failed: No such file or directory"),
		},
	},
	{
		name:   "nitro-cli-run-enclave-stderr",
		source: "AWS Nitro Enclaves' nitro-cli run-enclave on a terminal (`Start allocating memory...`, `Started enclave with enclave-cid: …`, then an error block `[ Enn ] text`, a blank line, `For more details, please visit …#Enn`, a blank line, `If you open a support ticket, please provide the error log found at \"/var/log/nitro_enclaves/err<RFC 3339>.log\"`, and `Failed connections: n`): aws/aws-nitro-enclaves-cli issues #243, #516, #644 and #232, enclaver-io/enclaver PR #171",
		why:    "no time of its own (the error log's file name carries one, which is no record time); `[ E36 ]` is an error code, not a level marker; the error block with its blank lines is one record",
		entries: []worldEntry{
			we("", Unknown, "", "Start allocating memory..."),
			we("", Unknown, "", "Started enclave with enclave-cid: 23, memory: 4096 MiB, cpu-ids: [1, 5]"),
			we("", Unknown, "",
				"[ E36 ] Enclave boot failure. Such error appears when attempting to receive the `ready` signal from a freshly booted enclave.",
				"",
				"For more details, please visit https://docs.aws.amazon.com/enclaves/latest/user/cli-errors.html#E36",
				"",
				`If you open a support ticket, please provide the error log found at "/var/log/nitro_enclaves/err2026-11-29T07:41:16.402117829+00:00.log"`),
			we("", Unknown, "", "Failed connections: 1"),
		},
		gap: "the blank-line-separated `For more details` and `If you open a support ticket` lines under a `[ Enn ]` error are split off as records of their own instead of staying with the error",
	},
	{
		name:   "enclaver-pretty-env-logger",
		source: "enclaver (a Nitro Enclaves packager and runner) on a terminal, pretty_env_logger's default line (` LEVEL module::path > msg`, a leading blank, the level padded to five, no time): enclaver-io/enclaver PR #171 (a pasted run)",
		why:    "a level word first after one blank, padded; `enclaver::run` is a module path, not a host; no time",
		entries: []worldEntry{
			we("", Info, "", " INFO  enclaver::run > no egress defined, no egress proxy will be started"),
			we("", Info, "", " INFO  enclaver::run > starting enclave"),
			we("", Warn, "", " WARN  enclaver::run > enclave memory 2048 MiB is below the image's recommended 3072 MiB"),
			we("", Error, "", " ERROR enclaver::nitro_cli > nitro-cli failed (exit status: 39)"),
		},
	},
	{
		name:   "remote-viewer-debug-glib",
		source: "virt-viewer's remote-viewer with --debug, GLib's default handler on stderr (`(prog:pid): Domain-LEVEL: HH:mm:ss.fff: msg`, `**` after WARNING and CRITICAL, a blank line before a warning): OpenNebula/one issue #5393, virt-manager/virt-manager issue #110, joshpatten/PVE-VDIClient issue #66",
		why:    "a time of day with milliseconds after the level (the clock's day); the level is the suffix of the log domain (virt-viewer-DEBUG, GSpice-WARNING, GSpice-CRITICAL); the SPICE host in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.484Z", Debug, "", "(remote-viewer:20417): virt-viewer-DEBUG: 07:41:16.484: Opening display to /home/ines/Downloads/build-vm.vv"),
			we("2026-11-29T07:41:16.485Z", Debug, "", "(remote-viewer:20417): virt-viewer-DEBUG: 07:41:16.485: Guest (null) has a spice display"),
			wskip(""),
			we("2026-11-29T07:41:16.504Z", Warn, "", "(remote-viewer:20417): GSpice-WARNING **: 07:41:16.504: Invalid uri port: 3128?token=q8x2lm"),
			we("2026-11-29T07:41:17.12Z", Critical, "", "(remote-viewer:20417): GSpice-CRITICAL **: 07:41:17.120: display_handle_stream_clip: assertion 'st != NULL' failed"),
			we("2026-11-29T07:41:17.131Z", Debug, "", "(remote-viewer:20417): virt-viewer-DEBUG: 07:41:17.131: Disposing window 0x55d1c3a0b2f0"),
		},
	},
	{
		name:   "stratovirt-vm-log",
		source: "StratoVirt, openEuler's lightweight hypervisor, its -D log file (util/src/logger.rs: `yyyy-MM-ddTHH:mm:ss.nnnnnnnnn: [pid][tid][file: line]:LEVEL: msg`, the time with nanoseconds and no zone): openeuler-mirror/stratovirt util/src/logger.rs",
		why:    "a zone-less time with nine fractional digits and a colon after it; pid and tid in brackets; `file: line` is no time; the level word between colons after the brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518337Z", Info, "", "2026-11-29T07:41:16.204518337: [3318][3318][machine/src/lib.rs: 1274]:INFO: VM state changed from Created to Running"),
			we("2026-11-29T07:41:16.311902114Z", Debug, "", "2026-11-29T07:41:16.311902114: [3318][3325][virtio/src/device/block.rs: 611]:DEBUG: virtio-blk drive0 activated, queue num 2"),
			we("2026-11-29T07:41:18.007461920Z", Warn, "", "2026-11-29T07:41:18.007461920: [3318][3321][devices/src/legacy/pl031.rs: 142]:WARN: RTC alarm register written by guest, ignored"),
			we("2026-11-29T07:41:20.550013876Z", Error, "", "2026-11-29T07:41:20.550013876: [3318][3318][machine_manager/src/qmp/mod.rs: 388]:ERROR: QMP command device_add failed: Device id net1 is duplicated"),
		},
	},
	{
		name:   "spice-streaming-agent-stderr",
		source: "spice-streaming-agent, the SPICE guest agent that streams a guest's display, run in the guest with -d (`spice-streaming-agent[pid]: msg` on stderr, no time, no level): virt-manager/virt-manager issue #110 (a pasted run)",
		why:    "the program and pid as a prefix, no time and no level; an indented message line is still a record of its own, not a continuation",
		entries: []worldEntry{
			we("", Unknown, "", "spice-streaming-agent[1877]: GOT START_STOP message -- request to START streaming"),
			we("", Unknown, "", "spice-streaming-agent[1877]: streaming starts now"),
			we("", Unknown, "", "spice-streaming-agent[1877]: Got device info of 1 devices from the plugin"),
			we("", Unknown, "", "spice-streaming-agent[1877]:    stream id 0: device address: pci/0000/02.0, device display id: 1"),
			we("", Unknown, "", "spice-streaming-agent[1877]: wXh 1600X900  codec=1"),
		},
	},
	{
		name:   "hyperv-guest-dmesg-vmbus",
		source: "a Hyper-V guest's kernel ring buffer as `dmesg` prints it (seconds since boot in brackets, then the driver's prefix: hv_vmbus, hv_balloon, hv_utils, hv_netvsc, hyperv_fb): microsoft/WSL issue #7734, openwrt/openwrt issue #13277, bargees/barge-os PR #36",
		why:    "an uptime in brackets is no time (the record has none); the GUIDs and MAC-like ids are no times; no level",
		entries: []worldEntry{
			we("", Unknown, "", "[    0.912044] hv_vmbus: Vmbus version:5.3"),
			we("", Unknown, "", "[    0.931870] hv_vmbus: Unknown GUID: 9b7e2c41-3d0a-4f7e-b812-6c54e0d1a7f3"),
			we("", Unknown, "", "[    1.402319] hv_utils: Registering HyperV Utility Driver"),
			we("", Unknown, "", "[    1.404711] hv_balloon: Using Dynamic Memory protocol version 2.0"),
			we("", Unknown, "", "[    2.118054] hv_netvsc 6045bd7c-2a19-6045-bd7c-2a196045bd7c eth0: VF slot 1 added"),
		},
	},
	{
		name:   "hv-fcopy-daemon-syslog",
		source: "the Hyper-V file copy daemon in a Linux guest (tools/hv/hv_fcopy_daemon.c: openlog(\"HV_FCOPY\", 0, LOG_USER) with no LOG_PID, syslog(LOG_INFO, \"starting; pid is:%d\"), LOG_ERR lines such as `open /dev/vmbus/hv_fcopy failed; error: %d %s`), as /var/log/messages writes it: torvalds/linux tools/hv/hv_fcopy_daemon.c and its patch threads, found with find_string",
		why:    "a BSD syslog line whose tag has no pid; the guest's host field; the severity is not written, so no level; `pid is:812` is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "hvguest-07", "Nov 29 07:41:16 hvguest-07 HV_FCOPY: starting; pid is:812"),
			we("2026-11-29T07:41:16Z", Unknown, "hvguest-07", "Nov 29 07:41:16 hvguest-07 HV_FCOPY: open /dev/vmbus/hv_fcopy failed; error: 2 No such file or directory"),
			we("2026-11-29T07:52:03Z", Unknown, "hvguest-07", "Nov 29 07:52:03 hvguest-07 HV_FCOPY: starting; pid is:1406"),
			we("2026-11-29T07:58:40Z", Unknown, "hvguest-07", "Nov 29 07:58:40 hvguest-07 HV_FCOPY: pread failed: Bad file descriptor"),
		},
	},
}

func TestFresh541Formats(t *testing.T) { assertTable(t, fresh541Cases) }
func TestFresh541Score(t *testing.T) {
	checkScore(t, "fresh541 formats", fresh541Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 96.8})
}
