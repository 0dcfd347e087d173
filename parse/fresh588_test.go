package parse

import "testing"

// The five-hundred-and-eighty-eighth fresh table: Linux kernel and boot logs, a further pass (dmesg in
// its formats, kernel messages through syslog and the journal, bootloaders, initramfs, firmware and
// early userspace), shapes no earlier table holds. Each family is one product's documented or
// observed output: Talos Linux's `talosctl dmesg` (the node, `kern:  notice:`, an RFC 3339 time in
// brackets, the record's SUBSYSTEM=/DEVICE= lines under it); Fluent Bit's kmsg input printed by its
// stdout output (an epoch and a Ruby-style map with the priority digit and the uptime); Sound Open
// Firmware's sof-logger reading the audio DSP's trace (a column header, DSP microseconds, a delta,
// core, component, file:line, an ERROR prefix); the Chromium EC's console buffer read with `ectool
// console` (`[uptime message]` and PORT80 lines); genkernel-next building an initramfs (`* Warning
// ::`); ZFSBootMenu's zlog lines read with dmesg's ISO times (`ZBM:/path[pid]:function():`); the
// Heads firmware payload's DEBUG and TRACE lines behind printk's uptime on the console; ugrd, Gentoo's
// initramfs generator, run from `make install` (`INFO     | msg` after kbuild's and installkernel's
// lines).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`talosctl`, `talos`, `machined`, `kern:    info`, `: kern:`, `kern:
// `, `kern:  notice`, `fluent-bit`, `"priority"=>`, `"sequence"=>`, `kmsg.0`, `in_kmsg`, `kmsg
// input`, `-i kmsg`, `sof-logger`, `sof_logger`, `dma-trace`, `hda-dmac`, `ll_schedule`, `ectool`,
// `cros_ec`, `ec console`, `HC 0x`, `PORT80`, `Port 80`, `framework_tool`, `genkernel`,
// `genkernel-next`, `Warning ::`, `>> Loading`, `zfsbootmenu`, `ZFSBootMenu`, `zlogtail`, `ZBM:`,
// `zfsbootmenu-countdown`, `heads`, `linuxboot/heads`, `TRACE: /`, `DEBUG: Debug output`, `ugrd`,
// `INFO     |`, `Processing module:`, `dmesg --json`, `"pri":`, `PRINTK_CALLER`, `][    T`,
// `2026] [  T`, `bootlogd`, `/var/log/boot`, `rdsosreport`, `dracut`, `dracut-pre`, `mkinitcpio`,
// `==> Starting build`, `update-initramfs`, `mkinitrd`, `Initrd image`, `plymouth`, `coreboot`,
// `cbmem`, `elogtool`, `netconsole`, `ramoops`, `pstore`, `/dev/kmsg`, `6,1234`, `short-monotonic`,
// `short-delta`, `json-seq`, `json-sse`, `no-hostname`, `__REALTIME_TIMESTAMP`, `_TRANSPORT=kernel`,
// `SUBSYSTEM=`, `kern  :`, `kern  :info`, `kern  :info  : [`, `kern  :warn  : 2026`, `ChromeOS`,
// `chromeos`, `INFO kernel:`, `vclog`, `vcgencmd`, `fwupd`, `fwts`, `results.log`, `mcelog`,
// `rasdaemon`, `ignition`, `systemd-boot`, `grub`, `grub-install`, `info: copying`, `iPXE`,
// `u-boot`, `OpenSBI`, `EDK2`, `OVMF`, `kdump`, `early-kdump`, `kdumpst`, `vmcore`, `time-format`,
// `reltime`, `[  +0.`, `ctime`, `dmesg -T`, `dmesg -x`, `dmesg -r`, `<6>[`, `sysrq`, `kexec`,
// `initramfs`, `busybox`, `klogd`, `kmsg`, `journalctl -k`, `syzkaller`, `syz-manager`,
// `kernelci`, `kcidb`, `kselftest`, `selftests:`, `TINFO:`, `tst_test`, `KASAN`, `end trace`,
// `Call Trace`, `Oops`, `bootchart`, `systemd-analyze`, `Raspberry`, `rpiboot`, `firmware`,
// `ftrace`, `trace_pipe`, `metalog`, `[kernel]`, `socklog`, `socklog-void`, `svlogd`,
// `kern.info:`, `rc boot logging`, `rc.log`, `openrc`, `(XEN)`, `xl dmesg`, `udevadm monitor`,
// `KERNEL[`, `UDEV  [`, `stage-1-init`, `NixOS Stage`, `nixos`, `anaconda`, ` INF anaconda`,
// `debian-installer`, `main-menu`, `u-root`, `booster`, `KernelOops`, `apport`, `petitboot`,
// `pb-discover`, `limine`, `subiquity`, `casper`, `refind`, `zipl`, `kernel-install`, `dkms`,
// `make.log`, `mkosi`, `systemd-stub`, `virt-install`, `earlyprintk`, `early-printk`, `initcall`,
// `live-boot`, `tinyramfs`, `lava`, `"lvl"`, `lvl:`, `grabserial`, `picocom`, `minicom`,
// `microcom`, `moreutils`, `pm-suspend`, `sleepgraph`, `nvidia-bug-report`, `virtme`, `labgrid`,
// `tow-boot`, `m1n1`, `finit`, `dinit`, `upstart`, `y2log`, `yast`, `calamares`, `linuxrc`,
// `greenboot`, `bootupd`, `kpatch`, `systemd-bsod`, `SYSTEMD_LOG_TIME`, `SYSTEMD_LOG_LOCATION`).
// None of `talosctl dmesg`, Fluent Bit's kmsg input, sof-logger, the Chromium EC console, genkernel,
// ZFSBootMenu's zlog lines, Heads or ugrd is in any table (`talosctl` matches only its `logs`
// command with etcd's and other services' lines, `fluent-bit` other inputs and outputs, `PORT80`
// and `Port 80` other products, `Warning ::` a Plex-style `WARNING ::`, `TRACE: /` a Dovecot line,
// `INFO     |` other loggers' padded level with a bar; `heads` only English words; ZFSBootMenu, Heads'
// `linuxboot`, `zlogtail` and genkernel only as grepped names in fresh505's header). Left out as
// measured already: dmesg's JSON, decode, ctime, delta, raw, reltime and ISO modes with and without
// the caller id, /dev/kmsg, netconsole, pstore, the journal's output modes, metalog, socklog, klogd
// and busybox, OpenRC's rc.log, bootlogd, Xen's `xl dmesg`, udevadm monitor, dracut, mkinitcpio,
// initramfs-tools, mkinitfs, tinyramfs, booster, GRUB, U-Boot, coreboot, OVMF, SeaBIOS, iPXE,
// OpenSBI, skiboot, OpenCore, fwupd, anaconda, the Debian installer, Calamares, YaST, LAVA's job
// logs, grabserial, systemd's SYSTEMD_LOG_TIME console lines, ChromeOS's `INFO kernel:` messages
// and its elogtool. Left out as not confirmed by any search: Petitboot's pb-discover.log, NixOS's
// stage-1 console, fwts's results.log, kselftest's TAP runner output. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). talosctl's bracketed time ends in Z and keeps its nanoseconds. Fluent Bit's
// record time is the epoch before the map (1795938076 is 07:41:16Z); its `"sec"=>` and `"usec"=>`
// are the kernel's uptime, no clock. ZFSBootMenu's dmesg time carries +00:00 and a comma before
// the microseconds. sof-logger's DSP microseconds and delta, the EC's `[8112.402100 …]` and printk's
// `[    6.934029]` before Heads' lines are time since start, no clock, so those records have no
// time; genkernel, ugrd, kbuild and installkernel write no time at all. Levels only where the line
// marks one: talosctl's right-aligned level after `kern:` (notice, info, warning, err); Fluent
// Bit's `"priority"=>` syslog severity digit; sof-logger's ERROR prefix before the content;
// genkernel's `* Warning ::`; Heads' `DEBUG:`, `TRACE:` and ` *** WARNING: … ***` after the uptime;
// ugrd's padded level name before the bar. The EC's host commands and power states, ZFSBootMenu's
// `ZBM:` prefix, the kernel's own lines, kbuild's `INSTALL` and installkernel's ` * ` carry none.
// The host is the record's host field: only talosctl's node before the first colon; Fluent Bit's
// tag `kernel`, sof-logger's core and component, a pool or dataset name and a parameter name in
// brackets are no hosts. A record that spans lines is one entry: a talosctl record with its
// SUBSYSTEM= and DEVICE= lines. Fluent Bit's banner and sof-logger's column header are fed but not
// scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail
// the source says "from memory" (Fluent Bit's banner lines, ugrd's WARNING padding); no family rests
// on memory as a whole. Hosts, ids, addresses, users and messages are invented, and every time is
// in late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit a167dd2 before any rule for it: level 73.3 %, time 85.4 %, host 85.4 %, records 95.8 %.
// That is the macro figure (micro: level 74.4 %, time 86.0 %, host 86.0 %, records 95.3 %), in a
// worktree at a167dd2 with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (the EC console and ZFSBootMenu); the gaps are talosctl's node prefix,
// which is not read as the host; Fluent Bit's priority digit and epoch, read as neither level nor
// time; sof-logger's ERROR prefix after the file:line column; genkernel's `* Warning ::` marker;
// Heads' ` *** WARNING:` banner after the uptime; and installkernel's ` * ` line, joined to kbuild's
// indented `INSTALL` line before it.

var fresh588Cases = []worldCase{
	{
		name:   "talosctl-dmesg-node-facility-level",
		source: "Talos Linux's `talosctl -n <node> dmesg` (each line led by the node it came from and a colon, then `facility: level:` with the level right-aligned, the kernel record's time in RFC 3339 with nanoseconds and Z in brackets, a colon, the message; a record's SUBSYSTEM=/DEVICE= dictionary on indented lines under it): siderolabs/talos issues #6052 and #3054 (pasted `talosctl dmesg` output)",
		why:    "the node address before the first colon is the record's host; `kern:  notice:` and `kern:    info:` carry the level; the bracketed ISO time is the record's; the indented SUBSYSTEM=/DEVICE= lines belong to the record above",
		gap:    "the node address before the first colon, ahead of talosctl's `kern:` facility and right-aligned level, is not read as the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.318391814Z", Notice, "10.20.4.11", "10.20.4.11: kern:  notice: [2026-11-29T07:41:16.318391814Z]: Linux version 6.12.57-talos (@buildkitsandbox) (gcc (GCC) 14.2.0, GNU ld (GNU Binutils) 2.44) #1 SMP Thu Nov 19 10:02:11 UTC 2026"),
			we("2026-11-29T07:41:16.318391814Z", Info, "10.20.4.11", "10.20.4.11: kern:    info: [2026-11-29T07:41:16.318391814Z]: Command line: talos.platform=metal console=ttyS0 init_on_alloc=1 slab_nomerge pti=on printk.devkmsg=on"),
			we("2026-11-29T07:41:17.206583120Z", Info, "10.20.4.11",
				"10.20.4.11: kern:    info: [2026-11-29T07:41:17.206583120Z]: rtc_cmos 00:02: registered as rtc0",
				" SUBSYSTEM=pnp",
				" DEVICE=+pnp:00:02"),
			we("2026-11-29T07:41:19.884012455Z", Warn, "10.20.4.11", "10.20.4.11: kern: warning: [2026-11-29T07:41:19.884012455Z]: ACPI: \\_SB.PCI0.GPP2: _PRT interrupt routing table is missing entries, continuing"),
			we("2026-11-29T07:41:24.551930117Z", Error, "10.20.4.11",
				"10.20.4.11: kern:     err: [2026-11-29T07:41:24.551930117Z]: ata3: COMRESET failed (errno=-16)",
				" SUBSYSTEM=scsi_host",
				" DEVICE=+scsi_host:host2"),
		},
	},
	{
		name:   "fluent-bit-kmsg-input-stdout",
		source: "Fluent Bit's kmsg input with the stdout output (`fluent-bit -i kmsg -t kernel -o stdout -m '*'`: its banner, then `[n] tag: [epoch, {\"priority\"=>P, \"sequence\"=>S, \"sec\"=>uptime, \"usec\"=>µs, \"msg\"=>\"…\"}]`): docs.fluentbit.io manual, pipeline/inputs/kernel-logs (kmsg) pages of 1.0 to 3.0 (the example output); the banner's lines from memory",
		why:    "the record's time is the epoch before the map; `\"sec\"=>41822` is the kernel's uptime, no time; the `\"priority\"=>` digit is the syslog severity (3 error, 4 warning, 5 notice, 6 info); the tag `kernel` is no host",
		gap:    "the `\"priority\"=>` severity digit inside the Ruby-style map is not read as the level, and the epoch seconds before the map are not read as the time",
		entries: []worldEntry{
			wskip("Fluent Bit v3.2.4",
				"* Copyright (C) 2015-2026 The Fluent Bit Authors",
				"* Fluent Bit is a CNCF sub-project under the umbrella of Fluentd",
				"* https://fluentbit.io",
				""),
			we("2026-11-29T07:41:16Z", Info, "", `[0] kernel: [1795938076, {"priority"=>6, "sequence"=>1902, "sec"=>41822, "usec"=>118904, "msg"=>"usb 2-1: new SuperSpeed USB device number 4 using xhci_hcd"}]`),
			we("2026-11-29T07:41:16Z", Info, "", `[1] kernel: [1795938076, {"priority"=>6, "sequence"=>1903, "sec"=>41822, "usec"=>140377, "msg"=>"usb-storage 2-1:1.0: USB Mass Storage device detected"}]`),
			we("2026-11-29T07:41:18Z", Notice, "", `[2] kernel: [1795938078, {"priority"=>5, "sequence"=>1904, "sec"=>41824, "usec"=>2215, "msg"=>"sd 6:0:0:0: [sdc] Attached SCSI removable disk"}]`),
			we("2026-11-29T07:41:25Z", Warn, "", `[3] kernel: [1795938085, {"priority"=>4, "sequence"=>1905, "sec"=>41831, "usec"=>660148, "msg"=>"FAT-fs (sdc1): Volume was not properly unmounted. Some data may be corrupt. Please run fsck."}]`),
			we("2026-11-29T07:42:03Z", Error, "", `[4] kernel: [1795938123, {"priority"=>3, "sequence"=>1906, "sec"=>41869, "usec"=>904512, "msg"=>"usb 2-1: device descriptor read/64, error -71"}]`),
		},
	},
	{
		name:   "sof-logger-dma-trace",
		source: "Sound Open Firmware's sof-logger reading the DSP trace (`sof-logger -l sof-tgl.ldc -t`: a column header `TIMESTAMP DELTA C# COMPONENT LOCATION CONTENT`, then `[dsp µs] (delta) cN component  file:line  content`, an ERROR prefix before the content of an error-level entry): thesofproject/sof PRs #2905 and #3985 (pasted output before and after)",
		why:    "the bracketed number is the DSP's timestamp in microseconds and the parenthesised one a delta: no clock, so no time; `ERROR` before the content is the entry's level; `c0` is a core, `dma-trace` a component, no host",
		gap:    "the `ERROR` prefix of an error entry's content, after the component and file:line columns, is not read as the level",
		entries: []worldEntry{
			wskip("         TIMESTAMP              DELTA C# COMPONENT     LOCATION                      CONTENT"),
			we("", Error, "", "[        0.000000] (        0.000000) c0 dma-trace    src/trace/dma-trace.c:339     ERROR FW ABI 0x3016000 DBG ABI 0x5003000 tags SOF:v2.9-rc1 src hash 0x41c7be09 (ldc hash 0x41c7be09)"),
			we("", Unknown, "", "[      104.791667] (      104.791667) c0 ll-schedule  ./schedule/ll_schedule.c:229  perf ll_work peak plat 512 cpu 2410"),
			we("", Unknown, "", "[      311.250000] (      206.458333) c0 ll-schedule  ./schedule/ll_schedule.c:399  task add 0x9e0c1a40 dma-trace-task <2b972272-c5b1-4b7e-926f-0fc5cb4c4690>"),
			we("", Unknown, "", "[     1022.906250] (      711.656250) c0 DMA          .../intel/cavs/hda-dma.c:407  hda-dmac: 3 channel 2 -> get"),
			we("", Error, "", "[    48211.604167] (    47188.697917) c0 pipe         src/audio/pipeline/pipeline-stream.c:270  ERROR pipeline_trigger(): xrun on pipe 2, resetting"),
		},
	},
	{
		name:   "chromium-ec-console-ectool",
		source: "The Chromium EC's console buffer read from the host (`ectool console`, the same as Framework's `framework_tool --console recent`: `[seconds.micros message]` in brackets, the host's POST codes as `PORT80: XXXX` lines): FrameworkComputer/framework-system PR #106 (pasted output)",
		why:    "the number inside the bracket is the EC's uptime, no clock, so no time; `HC 0x00a9` is a host command, `power state 17` a state number, no level; PORT80 lines are records of their own",
		entries: []worldEntry{
			we("", Unknown, "", "[8112.402100 HC 0x0023]"),
			we("", Unknown, "", "[8112.409600 KB Clear Buffer]"),
			we("", Unknown, "", "PORT80: 3C08"),
			we("", Unknown, "", "[8112.755300 power state 17 = S0->S0ix, in 0x000f]"),
			we("", Unknown, "", "[8112.771800 power state 5 = S0ix, in 0x000f]"),
			we("", Unknown, "", "[8131.060400 event set 0x0000000000001000]"),
		},
	},
	{
		name:   "genkernel-next-initramfs-build",
		source: "genkernel-next building an initramfs (`genkernel --luks --lvm initramfs`: ` * ` before each step, `>>` before an action, `Warning :: ` before a warning): Sabayon/genkernel-next issue #55 (pasted output)",
		why:    "no time on any line; `* Warning ::` marks a warning; `* initramfs: >>` names a step, no level and no host",
		entries: []worldEntry{
			we("", Unknown, "", "*         >> Appending base_layout cpio data..."),
			we("", Unknown, "", "* initramfs: >> Searching for modules..."),
			we("", Warn, "", "* Warning :: megaraid_sas.ko not found; skipping..."),
			we("", Warn, "", "* Warning :: sym53c8xx.ko not found; skipping..."),
			we("", Unknown, "", "*         >> Appending modules cpio data..."),
		},
	},
	{
		name:   "zfsbootmenu-zlog-dmesg-iso",
		source: "ZFSBootMenu's zlog lines in the kernel ring buffer read with util-linux dmesg --time-format=iso (`yyyy-MM-ddTHH:mm:ss,µµµµµµ+00:00 ZBM:/path[pid]:function(): msg`): zbm-dev/zfsbootmenu PR #108 (pasted output) and PR #461 (kmsg-log-lib.sh)",
		why:    "the ISO time with a comma before the microseconds and +00:00; `ZBM:/bin/zfsbootmenu[570]:mount_zfs():` is a script, pid and function, no host and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.974442Z", Unknown, "", "2026-11-29T07:41:16,974442+00:00 ZBM:/libexec/zfsbootmenu-init[402]:import_pool(): read_write unset"),
			we("2026-11-29T07:41:16.974606Z", Unknown, "", "2026-11-29T07:41:16,974606+00:00 ZBM:/libexec/zfsbootmenu-init[402]:import_pool(): zpool import arguments: -N -o readonly=on -a"),
			we("2026-11-29T07:41:17.229771Z", Unknown, "", "2026-11-29T07:41:17,229771+00:00 ZBM:/libexec/zfsbootmenu-init[402]:import_pool(): import process return: 0"),
			we("2026-11-29T07:41:20.779267Z", Unknown, "", "2026-11-29T07:41:20,779267+00:00 ZBM:/bin/zfsbootmenu[570]:be_has_encroot(): feature@encryption active on tank"),
			we("2026-11-29T07:41:20.798461Z", Unknown, "", "2026-11-29T07:41:20,798461+00:00 ZBM:/bin/zfsbootmenu[570]:mount_zfs(): mounting tank/ROOT/debian at /zfsbootmenu/tank/ROOT/debian/mnt with zfsutil"),
		},
	},
	{
		name:   "heads-debug-trace-console",
		source: "Heads (LinuxBoot firmware payload) on the console with CONFIG_DEBUG_OUTPUT and TRACE enabled: its scripts write `DEBUG: …` and `TRACE: script(line): function` into the kernel log, so they arrive behind printk's uptime, beside the kernel's own lines and ` *** WARNING: … ***` banners; prompts written to the console carry no uptime: linuxboot/heads PRs #1934 and #1601 (pasted console output)",
		why:    "printk's uptime is no clock, so no time; `DEBUG:` and `TRACE:` after the uptime are levels, as is `*** WARNING:`; `[U] hello world` and the kernel's lines carry none; the `!!! … !!!` prompt with no uptime is a record of its own",
		gap:    "the ` *** WARNING: … ***` banner after printk's uptime is not read as a warning level",
		entries: []worldEntry{
			we("", Unknown, "", "[    6.412907] Run /init as init process"),
			we("", Unknown, "", "[    6.681614] [U] hello world"),
			we("", Debug, "", "[    6.934029] DEBUG: Debug output enabled from board CONFIG_DEBUG_OUTPUT=y option (/etc/config)"),
			we("", Trace, "", "[    7.152770] TRACE: /bin/tpmr(32): main"),
			we("", Warn, "", "[    8.240311]  *** WARNING: Adding user's keys to distro keys failed ***"),
			we("", Unknown, "", "!!! Hit enter to proceed to recovery shell !!!"),
		},
	},
	{
		name:   "ugrd-initramfs-make-install",
		source: "ugrd (Gentoo's Python initramfs generator) run by installkernel from `make install` (kbuild's `  INSTALL /boot`, installkernel's ` * ` lines, then ugrd's `LEVEL    | message` with the level name padded to eight): desultory/ugrd PRs #425 and #428 and projg2/installkernel-gentoo issue #37 (pasted output); the WARNING line's padding from memory",
		why:    "no time on any line; the padded level name before the bar is the level; kbuild's and installkernel's lines carry none; `[kernel_version]` is a parameter name, no host",
		gap:    "installkernel's ` * Created …` line after kbuild's `  INSTALL /boot` is joined to it as a continuation line instead of starting a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "  INSTALL /boot"),
			we("", Unknown, "", " * Created microcode archive at: /var/tmp/kernel-install.staging.Qm41xa/microcode-amd"),
			we("", Info, "", "INFO     | Processing module: ugrd.base.base"),
			we("", Info, "", "INFO     | [kernel_version] Setting from arguments: 6.18.31-gentoo"),
			we("", Warn, "", "WARNING  | No modules found for module type: ugrd.kmod.input"),
			we("", Error, "", "ERROR    | Available kernel versions: 6.18.22-gentoo, 6.18.31-gentoo-dist"),
		},
	},
}

func TestFresh588Formats(t *testing.T) { assertTable(t, fresh588Cases) }
func TestFresh588Score(t *testing.T) {
	checkScore(t, "fresh588 formats", fresh588Cases, [worldNumFields]float64{78.2, 85.3, 85.3, 95.7})
}
