package parse

import "testing"

// The five-hundred-and-fifth fresh table: Linux kernel and boot logs, another pass (dmesg in its
// formats, kernel messages through syslog and the journal, bootloaders, initramfs, firmware and early
// userspace), shapes no earlier table holds. Each family is one product's documented or observed
// output: OpenPOWER skiboot's console and msglog (`[seconds.nanoseconds,L]`, the level digit after the
// comma); kmemleak's debugfs report (one multi-line record per leaked object); OpenCore's DEBUG log
// file (two elapsed `MM:mmm` stamps, module prefixes); a KASAN report in dmesg with the printk caller
// id; a UBSAN report read with `dmesg -T`; `trace-cmd report` (a `cpus=N` header, then padded
// comm-pid, [cpu] and an uptime); the kernel's `kunit.py run` (a bracketed time of day); Alpine's
// mkinitfs init on the console (` * Step: ok.` with kernel lines landing inside and between steps).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`skiboot`, `opal-msglog`, `OPAL:`, `,5] `, `SkiBoot`, `initial console
// log level`, `ibm,opal`, `Opal`, `udevadm monitor`, `KERNEL[`, `UDEV  [`, `elogtool`, `Log area
// cleared`, `rc boot logging`, `openrc`, `bootlogd`, `anaconda`, `ignition`, `afterburn`, `fwupd`,
// `FuEngine`, `kunit`, `KTAP`, `TAP version`, `# Subtest`, `Testing complete`, `[PASSED]`, `Elapsed
// time:`, `u-root`, `Welcome to u-root`, `NixOS`, `NixOS Stage`, `<<< NixOS`, `stage-1`, `stage 1`,
// `dkms`, `make.log`, `svlogd`, `@4000`, `KASAN`, `BUG: KASAN`, `slab-out-of-bounds`,
// `use-after-free`, `Read of size`, `Memory state around`, `Memory state`, `lockdep`, `circular
// locking`, `possible recursive`, `WARNING: possible`, `UBSAN`, `array-index-out-of-bounds`, `shift
// exponent`, `cut here`, `index 1 is out of range`, `kmemleak`, `unreferenced object`, `hex dump
// (first`, `kfence`, `KFENCE`, `short-unix`, `__REALTIME_TIMESTAMP`, `json-pretty`, `Loaded: loaded`,
// `systemctl status`, `[  OK  ]`, `IP-Config`, `klogd`, `kern.info`, `clevis`, `casper`, `live-boot`,
// `plymouth`, `rEFInd`, `refind`, `shim`, `SLOF`, `petitboot`, `cros`, `chromeos`, `-b kernel`,
// `soft lockup`, `hung_task`, `blocked for more than`, `RCU`, `rcu_sched`, `hardlockup`, `NMI
// watchdog`, `mkinitfs`, `nlplug`, `Alpine Init`, `Loading boot drivers`, `Mounting boot media`,
// `dinit`, `s6-linux-init`, `s6-linux`, `systemd-analyze`, `bootchart`, `modprobe`, `insmod`,
// `ukify`, `kernel-install`, `sbctl`, `mokutil`, `MokManager`, `Secure Boot`, `lockdown`, `tpm2`,
// `iscsistart`, `rdinit`, `run-init`, `switch_root`, `Switching root`, `zfs-import`, `tinyramfs`,
// `booster`, `kexec`, `kexec_file`, `microcode`, `Xorg.0.log`, `EE)`, `lvm2`, `bootctl`,
// `efibootmgr`, `UEFI`, `BIOS-e820`, `SMBIOS`, `OpenSBI`, `Boot HART`, `SBI specification`,
// `RISC-V`, `barebox`, `Das U-Boot`, `linuxboot`, `ZFSBootMenu`, `zbm`, `Limine`, `syslinux`,
// `pxelinux`, `isolinux`, `ipxe`, `SeaBIOS`, `coreboot`, `cbmem`, `OVMF`, `BdsDxe`, `edk2`,
// `OpenCore`, `OCB:`, `OC: `, `OCFS:`, `OcMiscEarlyInit`, `Starting OpenCore`, `00:000 00:000`,
// `Clover`, `BOOTX64`, `EFI stub`, `sysrq`, `Mem-Info`, `oom-killer`, `Hardware Error`, `mce:`,
// `EDAC`, `ACPI Error`, `pcieport`, `AER`, `Direct firmware load`, `firmware: direct-loading`,
// `amdgpu`, `nouveau`, `[Nov29`, `trace-cmd`, `trace-cmd report`, `tracing_mark_write`, `Call
// Trace`). None of skiboot, kmemleak, OpenCore, KASAN, UBSAN, trace-cmd's report, kunit.py or
// Alpine's init is in any table (`kunit` matches only Force10's STKUNIT, `Testing complete` and
// `[PASSED]` other products, `tracing_mark_write` the trace_pipe and HiTrace shapes with an irq-flags
// column, `Read of size` and `cut here` other kernel reports). Left out as measured already: dmesg's
// JSON, decode, ctime, delta, raw and ISO modes, /dev/kmsg, netconsole, pstore and ramoops, the
// journal's output modes, trace_pipe, initcall_debug, earlycon, GRUB's debug lines, dracut,
// mkinitcpio, initramfs-tools, U-Boot, coreboot's cbmem, OpenSBI, barebox, OVMF, SeaBIOS, iPXE,
// fwupd, Ignition, Afterburn, anaconda, OpenRC, bootlogd, plymouth, the Raspberry Pi firmware,
// oom-killer, soft lockups and hung tasks, MCE and EDAC, udevadm monitor, ChromeOS's elogtool. Left
// out as not confirmed by any search: rEFInd's refind.log, NixOS's stage-1 console, ZFSBootMenu,
// lockdep splats. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). skiboot's `[   41.208813470,5]`, printk's `[  731.402118][ T2904]`,
// trace-cmd's `48211.603417:`, kmemleak's jiffies and age and OpenCore's `01:231 00:017` are time
// since power-on or start, no clock, so those records have no time; OpenCore's `Boot timestamp -
// 2026.11.29 07:41:16` is a message's time, not the record's. `dmesg -T`'s bracketed ctime has no
// zone and is read as UTC. kunit.py's `[07:42:40]` is a time of day with no date: it is on the
// clock's day. Alpine's init writes no time; its kernel lines carry only an uptime. Levels only where
// the line marks one: skiboot's digit after the comma (3 error, 4 warning, 5 notice, 6 info, 7
// debug); KASAN's `BUG:`, UBSAN's `UBSAN:`, OpenCore's module prefixes, trace-cmd's event names,
// kunit's `[PASSED]`/`[FAILED]` and init's `ok.`/`failed.` are no levels. None of these records has a
// host field: a task (`kworker/3:2H`), a comm in a leak or a trace line and a PHB or PCI address are
// no hosts. A record that spans lines is one entry: each kmemleak object with its comm line, hex dump
// and backtrace. trace-cmd's `cpus=4` header is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (kunit.py's run output, trace-cmd's header line). Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 587d8b3 before any rule for it: level 69.6 %, time 80.4 %, host 82.1 %, records 78.6 %.
// That is the macro figure (micro: level 70.8 %, time 81.2 %, host 83.3 %, records 79.2 %), in a
// worktree at 587d8b3 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are skiboot's level digit after the comma, which trawl does not
// read; OpenCore's boot timestamp inside the message, which trawl takes as the record's time;
// trace-cmd's report lines, joined as continuations to the `cpus=4` header; and Alpine init's ` * `
// step lines, joined to the line before, with the lone `ok.` swallowing the next step.

var fresh505Cases = []worldCase{
	{
		name:   "skiboot-opal-console-level-digit",
		source: "OpenPOWER skiboot (OPAL firmware) console and /sys/firmware/opal/msglog (`[  seconds.nanoseconds,L] msg`, the timebase since power-on and the log level after the comma: 3 error, 4 warning, 5 notice, 6 info, 7 debug): open-power/skiboot issues #77 (a pasted console) and #278",
		why:    "a bracketed uptime with nine decimals and a level digit glued after a comma; no clock, so no time; the digit is the level",
		entries: []worldEntry{
			we("", Notice, "", "[   41.208813470,5] SkiBoot v7.1-3-g5c2a9b1 starting..."),
			we("", Notice, "", "[   41.208816902,5] initial console log level: memory 7, driver 5"),
			we("", Info, "", "[   41.208819377,6] CPU: P9 generation processor (max 4 threads/core)"),
			we("", Debug, "", "[   41.208821045,7] CPU: Boot CPU PIR is 0x0804 PVR is 0x004e1202"),
			we("", Warn, "", "[   44.907152388,4] HBRT: Failed to find reserved memory for ibm,hbrt-code-image"),
			we("", Error, "", "[   52.310447915,3] PHB#0030:00:00.0 [ROOT] Link down, PHB fence raised"),
		},
	},
	{
		name:   "kmemleak-debugfs-report",
		source: "Linux kmemleak read with `cat /sys/kernel/debug/kmemleak` (`unreferenced object 0xADDR (size N):`, then `  comm \"…\", pid N, jiffies N (age Ns)`, a hex dump and a backtrace, indented): openwrt/packages issue #10254, abrt/abrt issue #578, IRATI/stack issue #1362",
		why:    "each leak is one multi-line record opened by `unreferenced object`; jiffies and the age are no clock; no level, no host",
		entries: []worldEntry{
			we("", Unknown, "",
				"unreferenced object 0xffff8881a3c2e400 (size 256):",
				`  comm "modprobe", pid 812, jiffies 4294902117 (age 3811.204s)`,
				"  hex dump (first 32 bytes):",
				"    6e 76 6d 65 30 6e 31 00 00 00 00 00 00 00 00 00  nvme0n1.........",
				"    00 00 00 00 00 00 00 00 a0 e4 c2 a3 81 88 ff ff  ................",
				"  backtrace (crc 5d1e8a37):",
				"    [<ffffffff8137a1c2>] __kmalloc_noprof+0x1d2/0x460",
				"    [<ffffffffc08d21f4>] nvme_alloc_ns+0x94/0x8a0 [nvme_core]",
				"    [<ffffffff810c4e61>] process_one_work+0x1a1/0x3c0"),
			we("", Unknown, "",
				"unreferenced object 0xffff8881b05d7c00 (size 64):",
				`  comm "kworker/u16:3", pid 214, jiffies 4294903550 (age 3809.771s)`,
				"  hex dump (first 32 bytes):",
				"    00 00 00 00 00 00 00 00 10 7c 5d b0 81 88 ff ff  .........|].....",
				"    10 7c 5d b0 81 88 ff ff 00 00 00 00 00 00 00 00  .|].............",
				"  backtrace (crc 0):",
				"    [<ffffffff8137b0a9>] kmalloc_trace_noprof+0x29/0x90",
				"    [<ffffffff8162d3ae>] kobject_uevent_env+0x11e/0x6b0"),
			we("", Unknown, "",
				"unreferenced object 0xffff8881b05d7e40 (size 32):",
				`  comm "swapper/0", pid 1, jiffies 4294892301 (age 3848.987s)`,
				"  hex dump (first 32 bytes):",
				"    61 63 70 69 2d 63 70 75 66 72 65 71 00 00 00 00  acpi-cpufreq....",
				"    00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................",
				"  backtrace (crc 91c4e02a):",
				"    [<ffffffff81385f10>] kstrdup_noprof+0x30/0x60",
				"    [<ffffffff81aa2c71>] cpufreq_register_driver+0x91/0x2b0"),
		},
	},
	{
		name:   "opencore-debug-log-elapsed",
		source: "OpenCore (acidanthera) DEBUG build's log file opencore-yyyy-MM-dd-HHmmss.txt (`MM:mmm MM:mmm MODULE: msg`, the time since start and since the previous line, module prefixes BS OC OCFS OCCPU OCB OCA; `OC: Boot timestamp - yyyy.MM.dd HH:mm:ss` inside): acidanthera/bugtracker issues #2457 (booting Linux), #765 and #1972",
		why:    "two elapsed `minutes:milliseconds` stamps, no clock: no time; the boot timestamp is a message's, not the record's; OC/OCCPU are module prefixes, no level",
		gap:    "the `Boot timestamp - yyyy.MM.dd HH:mm:ss` in OpenCore's message is taken as the record's time, though the line's own stamps are elapsed ones",
		entries: []worldEntry{
			we("", Unknown, "", `00:000 00:000 BS: Starting OpenCore application...`),
			we("", Unknown, "", `00:000 00:000 OCFS: Trying to locate filesystem on 8E1F3A98 8D07C218`),
			we("", Unknown, "", `00:000 00:000 OC: OcMiscEarlyInit...`),
			we("", Unknown, "", `01:214 01:214 OC: OpenCore DBG-108-2026-11-02 is loading in Optional mode (0/0)...`),
			we("", Unknown, "", `01:231 00:017 OC: Boot timestamp - 2026.11.29 07:41:16`),
			we("", Unknown, "", `01:262 00:031 OCCPU: Found AMD Ryzen 7 7840U w/ Radeon 780M Graphics`),
			we("", Unknown, "", `04:508 03:246 OCB: LoadImage failed - Security Violation`),
		},
	},
	{
		name:   "kasan-report-printk-caller",
		source: "a KASAN report in dmesg on a kernel with CONFIG_PRINTK_CALLER (`[ seconds.micros][T tid] ` before each line; the `=====` rule, `BUG: KASAN: slab-use-after-free in func+off/len`, `Read of size N at addr … by task comm/pid`, the Call Trace): multipath-tcp/mptcp_net-next issue #433, dentproject/dentOS issue #11, ThinkParQ/beegfs issue #110",
		why:    "every line is a printk record of its own with an uptime and a caller id: no time, no level (BUG: is a message word), the task is no host",
		entries: []worldEntry{
			we("", Unknown, "", "[  731.402118][ T2904] =================================================================="),
			we("", Unknown, "", "[  731.402537][ T2904] BUG: KASAN: slab-use-after-free in nvmet_tcp_io_work+0x1a2c/0x1d40 [nvmet_tcp]"),
			we("", Unknown, "", "[  731.403011][ T2904] Read of size 8 at addr ffff88810c4f2a18 by task kworker/3:2H/2904"),
			we("", Unknown, "", "[  731.403772][ T2904] CPU: 3 UID: 0 PID: 2904 Comm: kworker/3:2H Not tainted 6.12.4-kasan #1"),
			we("", Unknown, "", "[  731.404390][ T2904] Call Trace:"),
			we("", Unknown, "", "[  731.404602][ T2904]  <TASK>"),
			we("", Unknown, "", "[  731.404811][ T2904]  kasan_report+0xd1/0x110"),
		},
	},
	{
		name:   "ubsan-dmesg-ctime",
		source: "a UBSAN report read with util-linux `dmesg -T` (`[Www Mmm d HH:mm:ss yyyy] ` before each line; the `cut here` rule, `UBSAN: array-index-out-of-bounds in file:line:col`, `index N is out of range for type …`, the Call Trace): openzfs/zfs issue #16278, gnab/rtl8812au issue #253, firelzrd/bore-scheduler issue #65",
		why:    "dmesg's ctime in brackets is the record's time (UTC here); each printk line a record; UBSAN: is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026] ------------[ cut here ]------------"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026] UBSAN: array-index-out-of-bounds in /var/lib/dkms/r8125/9.013.02/build/r8125_n.c:6120:31"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026] index 4 is out of range for type 'u8 [4]'"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026] CPU: 5 PID: 1188 Comm: NetworkManager Tainted: G           OE      6.8.0-49-generic #49-Ubuntu"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026] Call Trace:"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[Sun Nov 29 07:41:17 2026] ---[ end trace ]---"),
		},
	},
	{
		name:   "trace-cmd-report-sched",
		source: "`trace-cmd report` on a trace.dat (a `cpus=N` header, then `comm-pid [cpu] seconds.micros: event: fields`, the comm right-aligned, no irq-flags column by default): scheduler-tools/rt-app issue #41 (a pasted report); the header line from memory",
		why:    "the comm-pid and [cpu] columns before an uptime with a colon: no clock, no time; sched_switch is an event name, no level",
		gap:    "the report lines, which open with a blank-padded comm-pid column, are joined as continuations to the `cpus=4` header line above them",
		entries: []worldEntry{
			wskip("cpus=4"),
			we("", Unknown, "", "     rt-worker-30218 [002] 48211.603417: tracing_mark_write: [1] begins loop 7 phase 0"),
			we("", Unknown, "", "     rt-worker-30218 [002] 48211.603452: sched_switch: prev_comm=rt-worker prev_pid=30218 prev_prio=89 prev_state=S ==> next_comm=swapper/2 next_pid=0 next_prio=120"),
			we("", Unknown, "", "          <idle>-0     [002] 48211.613108: sched_wakeup: comm=rt-worker pid=30218 prio=89 target_cpu=002"),
			we("", Unknown, "", "          <idle>-0     [002] 48211.613121: sched_switch: prev_comm=swapper/2 prev_pid=0 prev_prio=120 prev_state=R ==> next_comm=rt-worker next_pid=30218 next_prio=89"),
			we("", Unknown, "", "    kworker/1:1H-211   [001] 48211.614006: block_rq_complete: 259,0 W () 88123392 + 8 [0]"),
		},
	},
	{
		name:   "kunit-tool-run-time-of-day",
		source: "the kernel's KUnit wrapper `./tools/testing/kunit/kunit.py run` (each line after `[HH:MM:SS] `, the suite banners of `=`, `[PASSED]`/`[FAILED]`/`[SKIPPED]` per test, `Testing complete.` and `Elapsed time:`): from memory (the search found kunit.py and kunit_parser.py but no pasted run)",
		why:    "a bracketed time of day with no date (the clock's day); [PASSED] and [FAILED] are test results, not levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] Configuring KUnit Kernel ..."),
			we("2026-11-29T07:41:17Z", Unknown, "", "[07:41:17] Building KUnit Kernel ..."),
			we("2026-11-29T07:42:39Z", Unknown, "", "[07:42:39] Starting KUnit Kernel (1/1)..."),
			we("2026-11-29T07:42:40Z", Unknown, "", "[07:42:40] ============== list_sort (2 subtests) ==============="),
			we("2026-11-29T07:42:40Z", Unknown, "", "[07:42:40] [PASSED] list_sort_test"),
			we("2026-11-29T07:42:40Z", Unknown, "", "[07:42:40] [FAILED] list_sort_stable_test"),
			we("2026-11-29T07:42:41Z", Unknown, "", "[07:42:41] Testing complete. Ran 2 tests: passed: 1, failed: 1"),
		},
	},
	{
		name:   "alpine-init-initramfs-console",
		source: "Alpine Linux's mkinitfs init on the console (`Alpine Init <version>`, then ` * Step: ` and `ok.` or `failed.`, kernel printk lines landing between a step and its result): moby/hyperkit issue #156 (a pasted boot), machyve/xhyve issue #212, alpinelinux/mkinitfs PR #65",
		why:    "init's step lines carry no time and no level (`failed.` is a result); a kernel line with its uptime inside or between the steps is a record of its own with no clock",
		gap:    "init's step lines opening with ` * ` are joined as continuations to the line before them, and the lone `ok.` swallows the next step",
		entries: []worldEntry{
			we("", Unknown, "", "Alpine Init 3.21.0-r2"),
			we("", Unknown, "", " * Loading boot drivers: ok."),
			we("", Unknown, "", " * Mounting boot media: [    2.118042] sd 0:0:0:0: [sda] Attached SCSI removable disk"),
			we("", Unknown, "", "[    2.301557] ISO 9660 Extensions: RRIP_1991A"),
			we("", Unknown, "", "ok."),
			we("", Unknown, "", " * Installing packages to root filesystem: failed."),
			we("", Unknown, "", "initramfs emergency recovery shell launched. Type 'exit' to continue boot"),
		},
	},
}

func TestFresh505Formats(t *testing.T) { assertTable(t, fresh505Cases) }
func TestFresh505Score(t *testing.T) {
	checkScore(t, "fresh505 formats", fresh505Cases, [worldNumFields]float64{82.0, 80.3, 82.0, 78.5})
}
