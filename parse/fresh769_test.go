package parse

import "testing"

// The seven-hundred-and-sixty-ninth fresh table: embedded Linux boot consoles and image builders.
// Each family is one product's own output: LinuxKit's memlogd read back with its logread (an ISO-Z
// time and the container's stream name); an NVIDIA Jetson Nano's L4T TegraBoot on the serial
// console (a bracketed seconds-since-reset clock, no level); a Jetson AGX Xavier's MB2 (the same
// clock, then a level letter with `>`); crosstool-NG's build.log (a five-wide bracketed level, no
// time); pengutronix genimage as Buildroot runs it (`LEVEL: type(image): msg`); debos building a
// Debian image (Go's log time before each line, relayed debootstrap lines with a time of their own
// and debootstrap's `I:` marker); Armbian's build script (`[ o.k. ]`, `[ warn ]`, `[ error ]`
// markers, no time); the Yocto wic image creator (Python's `LEVEL: msg`, multi-line blocks).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `openrc`, `openrc-run`, `rc.log`, `runit`, `svlogd`, `tai64`,
// `s6-log`, `busybox`, `logread`, `klogd`, `procd`, `openwrt`, `buildroot`, `yocto`, `bitbake`,
// `do_compile`, `u-boot`, `systemd-boot`, `dracut`, `initramfs`, `init:`, `bootlogd`, `sysvinit`,
// `netifd`, `ubus`, `odhcpd`, `barebox`, `grub`, `coreboot`, `petitboot`, `genimage`, `hdimage`,
// `ptxdist`, `openembedded`, `mdev`, `finit`, `dinit`, `shepherd`, `runsvdir`, `multilog`,
// `ueventd`, `kmsg`, `plymouth`, `edk2`, `opensbi`, `TF-A`, `BL31`, `I/TC`, `OP-TEE`, `rauc`,
// `swupdate`, `mender`, `memlogd`, `linuxkit`, `s6-rc`, `upstart`, `tini`, `Including module`,
// `mkinitcpio`, `Begin: `, `U-Boot SPL`, `ipxe`, `ramoops`, `tombstone`, `recovery.log`,
// `cookerdaemon`, `build-time.log`, `MESS:`, `vcdbg`, `MB1`, `MB2`, `TegraBoot`, `L4T`, `jetson`,
// `Tegra`, `[0000.`, `I> `, `PLM`, `SBL1`, `welcome to lk`, `aktualizr`, `balena`, `connman`,
// `bootstat`, `PM_RSTS`, `NOTE: Running task`, `Tasks Summary`, `kas`, `- INFO     -`, `isar`,
// `elbe`, `crosstool`, `ct-ng`, `[INFO ]`, `[EXTRA]`, `[ALL  ]`, `debos`, `debootstrap`, `==== `,
// `armbian`, `display_alert`, `o.k.`, `wic `, `mkosi`, `BOOT0`, `rockchip`, `PLFM`, `preloader`,
// `fastboot`, `udhcpc`, `pmbootstrap`, `mount_root`, `urngd`, `block-mount`. The init systems,
// loggers and build tools the theme names (OpenRC's rc.log, svlogd, s6-log, BusyBox logread,
// procd, BitBake, dracut, U-Boot, Android init in kmsg, bootlogd, the Pi's firmware, kas) are
// measured already, so they were left out; `[INFO ]` and `I> ` match only other products
// (Monolog's `[extra]`, unrelated `I>` markers), `MB1` an id inside a token, `Tegra` and `jetson`
// only the tegraflash host tool (fresh694), `debootstrap` only grep lists and packages named in
// messages, `o.k.` only J-Link and SAP. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). memlogd writes ISO times with Z; debos writes Go's log time
// (yyyy/MM/dd HH:mm:ss, zone-less, taken as UTC), and a debootstrap.log line it relays carries the
// time debootstrap wrote it as well, so either is accepted (`a|b`). The Jetson clocks count seconds
// since reset and are no time of day: those records have no time; crosstool-NG, genimage, Armbian
// and wic write none. Levels only where the line marks one: MB2's letter (I> W> E>),
// crosstool-NG's bracketed column (INFO, DEBUG, WARN, ERROR), genimage's and wic's `LEVEL:` prefix,
// Armbian's marker (`o.k.` is info, `warn`, `error`; the dotted `[ .... ]` marks none), the
// debootstrap `I:` inside debos's line; memlogd, TegraBoot and debos's own lines carry none. None
// of these writes a host: memlogd's stream name (`001-dhcpcd.stdout`) is a source, not a host.
// Records are one line each, except wic's result block and its failed-command block, each one
// record with its indented and blank continuation lines.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (genimage's INFO lines, Armbian's dotted marker and error line, wic's result
// and failure blocks, debos's failure line). Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 96f33ea before any rule for it: level 87.5 %, time 100.0 %, host 90.6 %, records 93.8 %.
// That is the macro figure (micro: level 85.7 %, time 100.0 %, host 91.4 %, records 94.3 %), in a
// worktree at 96f33ea with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps: memlogd's stream name is read as a host, the `I:` of a
// debootstrap line relayed by debos and Armbian's `[ o.k. ]`/`[ warn ]`/`[ error ]` markers are not
// read as levels, and wic's failure and result blocks are split into several records.

var fresh769Cases = []worldCase{
	{
		name:   "linuxkit-memlogd-logread",
		source: "LinuxKit's memlogd ring buffer dumped with its logread (`ISO-Z-time source message`, the source an onboot or service container's name with `.stdout`/`.stderr`, or memlogd itself): linuxkit/linuxkit projects/logging/README.md and docs/logging.md (usage examples)",
		why:    "an ISO time with Z, then the container stream's name where a host would sit: it is a source, no host; no level",
		gap:    "the container stream name after the ISO-Z time (`memlogd`, `001-dhcpcd.stdout`) is read as the host, though memlogd writes no host: it is the log's source",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16Z memlogd memlogd started"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16Z 001-dhcpcd.stdout eth0: waiting for carrier"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29T07:41:18Z 001-dhcpcd.stdout eth0: leased 10.0.2.27 for 86400 seconds"),
			we("2026-11-29T07:41:21Z", Unknown, "", "2026-11-29T07:41:21Z sshd.stderr Server listening on 0.0.0.0 port 22."),
		},
	},
	{
		name:   "jetson-nano-l4t-tegraboot-console",
		source: "an NVIDIA Jetson Nano's L4T TegraBoot (bootloader 2) on the debug UART (`[ssss.mmm] msg`, a zero-padded seconds-since-reset clock in brackets): Qengineering/Jetson-Nano-Ubuntu-20-image issue #115 (pasted minicom capture)",
		why:    "the bracketed clock counts from reset and is no time of day; the `[L4T TegraBoot]` tag is no level; no host",
		entries: []worldEntry{
			we("", Unknown, "", "[0000.125] [L4T TegraBoot] (version 00.00.2018.01-l4t-5c1e9a27)"),
			we("", Unknown, "", "[0000.131] Processing in cold boot mode Bootloader 2"),
			we("", Unknown, "", "[0000.139] Power-up reason: pmc por"),
			we("", Unknown, "", "[0000.184] Last reboot was clean, booting normally!"),
		},
	},
	{
		name:   "jetson-xavier-mb2-level-letter",
		source: "an NVIDIA Jetson AGX Xavier's MB2 (TBoot-BPMP) on the debug UART (`[ssss.mmm] L> msg`, the seconds-since-reset clock then one level letter I, W or E with `>`): mendersoftware/meta-mender-community PR #403 (pasted debug console)",
		why:    "the bracketed clock is no time of day; the letter before `>` is the level (I info, W warning, E error); no host",
		entries: []worldEntry{
			we("", Info, "", "[0000.301] I> Welcome to MB2(TBoot-BPMP) (version: default.t194-mobile-3a7c0e52)"),
			we("", Error, "", "[0000.303] E> DEVICE_PROD: Invalid value data = 70040000, size = 0."),
			we("", Warn, "", "[0000.309] W> device prod register failed"),
			we("", Info, "", "[0000.336] I> Boot_device: SDMMC_BOOT instance: 3"),
		},
	},
	{
		name:   "crosstool-ng-build-log",
		source: "crosstool-NG's build.log and console (`[LEVEL]  msg`, the level padded to five inside brackets: INFO , DEBUG, WARN , ERROR): crosstool-ng/crosstool-ng issues #21 and #2327 and PR #180 (pasted build.log)",
		why:    "no time; a bracketed level five wide with a space pad (`[INFO ]`, `[WARN ]`) before two spaces; the `>>` failure banner lines are records of their own, each with its ERROR",
		entries: []worldEntry{
			we("", Info, "", "[INFO ]  Performing some trivial sanity checks"),
			we("", Debug, "", "[DEBUG]  ==> Executing: 'mkdir' '-p' '/home/kira/ct/.build/tools/bin' "),
			we("", Warn, "", "[WARN ]  Overriding CT_PARALLEL_JOBS from the environment: 6"),
			we("", Error, "", "[ERROR]  Don't set LD_LIBRARY_PATH. It screws up the build."),
			we("", Error, "", "[ERROR]  >>  Build failed in step '(top-level)'"),
		},
	},
	{
		name:   "genimage-buildroot-post-image",
		source: "pengutronix genimage run from Buildroot's post-image script (`LEVEL: type(image file): msg`): WAGO/pfc-firmware-sdk issue #24 (`ERROR: hdimage(…): partitions exceed device size`), pengutronix/genimage issue #11; the INFO lines' wording from memory",
		why:    "no time; an upper-case level and a colon first, then the image handler and file in parentheses; no host",
		entries: []worldEntry{
			we("", Info, "", `INFO: vfat(boot.vfat): cmd: "mkdosfs -n 'boot' '/home/kira/br/output/images/boot.vfat'" (stderr):`),
			we("", Info, "", "INFO: hdimage(sdcard.img): adding primary partition 'boot' (in MBR) from 'boot.vfat' ..."),
			we("", Info, "", "INFO: hdimage(sdcard.img): adding primary partition 'rootfs' (in MBR) from 'rootfs.ext4' ..."),
			we("", Error, "", "ERROR: hdimage(sdcard.img): partitions exceed device size"),
		},
	},
	{
		name:   "debos-go-log-relayed-debootstrap",
		source: "go-debos/debos building an image (Go's log.Printf `yyyy/MM/dd HH:mm:ss msg`, `==== action ====` banners, `Debootstrap | I: …` relayed lines, `debootstrap.log | yyyy-MM-dd HH:mm:ss URL:…` when it dumps debootstrap's log): go-debos/debos issues #250 and #341; the failure line from memory",
		why:    "Go's slashed date first, zone-less (UTC); a relayed debootstrap.log line carries its own older time too (either is the record's); debootstrap's `I:` marker is the level of its relayed line; no host",
		gap:    "debootstrap's `I:` marker after debos's Go log time and the `Debootstrap | ` relay prefix is not read as the level (got unknown, the line carries info)",
		entries: []worldEntry{
			we("2026-11-29T07:41:13Z", Unknown, "", "2026/11/29 07:41:13 fakemachine not supported, running on the host!"),
			we("2026-11-29T07:41:13Z", Unknown, "", "2026/11/29 07:41:13 ==== debootstrap ===="),
			we("2026-11-29T07:41:13Z", Info, "", "2026/11/29 07:41:13 Debootstrap | I: Retrieving InRelease "),
			we("2026-11-29T07:44:02Z|2026-11-29T07:41:20Z", Unknown, "", `2026/11/29 07:44:02 debootstrap.log | 2026-11-29 07:41:20 URL:http://deb.debian.org/debian/pool/main/a/adduser/adduser_3.137_all.deb [191800/191800] -> "/scratch/root//var/cache/apt/archives/partial/adduser_3.137_all.deb" [1]`),
			we("2026-11-29T07:44:02Z", Unknown, "", "2026/11/29 07:44:02 Action `debootstrap` failed at stage Run, error: exit status 1"),
		},
	},
	{
		name:   "armbian-build-display-alert",
		source: "Armbian's build script (compile.sh, display_alert: `[ marker ] message [ extra ]`, the marker `o.k.` for info, `warn`, `error`): armbian/build issue #413 (pasted console); the dotted marker and the error line from memory",
		why:    "no time; a bracketed marker first (o.k. is info, warn, error; the dotted one marks nothing); a bracketed extra after the message is no host",
		gap:    "Armbian's bracketed `[ o.k. ]` marker at the start of the line is not read as info (got unknown); `[ warn ]` and `[ error ]` are read since the session's rule for a level's name set off by blanks in the opening bracket",
		entries: []worldEntry{
			we("", Warn, "", "[ warn ] This script requires root privileges"),
			we("", Info, "", "[ o.k. ] Preparing [ host ]"),
			we("", Info, "", "[ o.k. ] Build host OS release [ jammy ]"),
			we("", Unknown, "", "[ .... ] Syncing clock [ host ]"),
			we("", Error, "", "[ error ] ERROR in function compile_uboot [ compilation.sh:212 ]"),
		},
	},
	{
		name:   "yocto-wic-create",
		source: "the OpenEmbedded Image Creator (`wic create`, Python logging `LEVEL: msg`, its result block with indented paths and blank lines, a failed command's `output:` lines): ilbers/isar issue #80 (`INFO: Creating image(s)...`), gumstix/yocto-manifest issues #76 and #77 (`… returned '1' instead of 0`); the blocks' wording from memory",
		why:    "no time; Python's `LEVEL:` prefix; the result block runs on over indented and blank lines and the failure over its output lines, each one record",
		gap:    "wic's multi-line records are split: the `output:` lines after an `ERROR: _exec_cmd:` line become records of their own, and the result block after `INFO: The new image(s) can be found here:` ends at its first blank line",
		entries: []worldEntry{
			we("", Info, "", "INFO: Creating image(s)..."),
			we("", Error, "",
				"ERROR: _exec_cmd: mkfs.ext4 -F -i 8192 -d /home/kira/poky/build/tmp/work/rootfs /var/tmp/wic/build/rootfs.ext4 returned '1' instead of 0",
				"output: mke2fs 1.47.0 (5-Feb-2023)",
				"mkfs.ext4: Device size reported to be zero."),
			we("", Info, "",
				"INFO: The new image(s) can be found here:",
				"  ./core-image-minimal-202611290741-sda.direct",
				"",
				"The following build artifacts were used to create the image(s):",
				"  ROOTFS_DIR:                   /home/kira/poky/build/tmp/work/qemux86_64-poky-linux/core-image-minimal/1.0/rootfs",
				"  KERNEL_DIR:                   /home/kira/poky/build/tmp/deploy/images/qemux86-64",
				"",
				"The image(s) were created using OE kickstart file:",
				"  /home/kira/poky/scripts/lib/wic/canned-wks/directdisk.wks"),
			we("", Info, "", "INFO: Image creation complete."),
		},
	},
}

func TestFresh769Formats(t *testing.T) { assertTable(t, fresh769Cases) }

func TestFresh769Score(t *testing.T) {
	checkScore(t, "fresh769 formats", fresh769Cases, [worldNumFields]float64{92.4, 99.9, 90.5, 93.7})
}
