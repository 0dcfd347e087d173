package parse

import "testing"

// The three-hundred-and-thirty-seventh fresh table, written on 2026-12-09: Linux kernel and boot
// logs as admins read them in 2025-2026, a further pass after the kernel families of world_test.go,
// fresh4, fresh31, fresh41, fresh68, fresh102, fresh105, fresh231, fresh317 and many others, in
// shapes no earlier table holds. Each family is one product's documented or observed output:
// util-linux's dmesg with -T and -d together (the ctime stamp with the delta inside its brackets);
// util-linux 2.42's dmesg with -x and two --time-format values (the decode prefix, an ISO time,
// then the uptime bracket); `journalctl -k -o verbose` (the kernel transport's device fields, a
// CET header); the crash utility's `log -T -m -d` on a vmcore (ctime with a zone name, the level
// in hex after the time, the dev_printk dictionary indented under its record); kdump-utils'
// kexec-dmesg.log (the capture kernel's `dmesg -T` followed by `journalctl -ab`); netconsd's
// printer module on a collector's stdout (the sender's address right-aligned, S/T/F/L fields);
// netconsd's logger module's per-host .tsv.log (a basic ISO 8601 receive time, tab-separated
// seq, uptime, facility and level); tio's serial capture with `--timestamp-format 24hour-start`
// in front of the EFI stub and a kernel booting; a Debian guest's libvirt serial log with
// initramfs-tools' Begin/done lines and its root-device timeout; systemd-pstore's reconstructed
// /var/lib/systemd/pstore/<id>/dmesg.txt from efi_pstore (file-name lines and Panic#1 PartN
// headers between the `<N>[uptime]` lines).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`dmesg -T`, `show-delta`, `2026 <`, `<    0.`, `--time-format`, `time_fmts`, `dmesg -x`,
// `kern  :`, `daemon:`, `journalctl -k`, `-o verbose`, `_TRANSPORT=kernel`, `_KERNEL_DEVICE`,
// `_KERNEL_SUBSYSTEM`, `_UDEV_SYSNAME`, `_SOURCE_MONOTONIC_TIMESTAMP`, `crash>`, `crash utility`,
// `log -T`, `log -m`, `CET 2026]`, `UTC 2026]`, `SUBSYSTEM=`, `DEVICE=+`, `kdump`, `kdump-utils`,
// `kexec-tools`, `kexec-dmesg`, `vmcore-dmesg`, `makedumpfile`, `netconsole`, `netconsd`, `ncrx`,
// `F0/L`, `/L6 `, `.tsv.log`, `tio v`, `24hour-start`, `EFI stub`, `initramfs-tools`, `Begin: `,
// `Gave up waiting`, `ALERT!`, `(initramfs)`, `BusyBox v`, `built-in shell`, `libvirt`,
// `serial.log`, `pstore`, `efi_pstore`, `dmesg-efi`, `systemd-pstore`, `/var/lib/systemd/pstore`,
// `Panic#1`, `Part1`, `ramoops`, `PRINTK_CALLER`, `][ T`). dmesg's default, -T, -x, -r, iso,
// reltime and --json outputs are in world_test.go, fresh4, fresh105, fresh175, fresh317 and
// rules_test.go; -T with -d, and -x with an ISO time followed by the raw uptime, are in none.
// journalctl -k is in fresh105 (short-iso, short-iso-precise, short-monotonic, short-precise,
// short-full, json), fresh153, fresh231, fresh273 and fresh317, and -o export with a kernel entry
// in fresh4; -o verbose is in fresh111, fresh113 and others for daemons, never for the kernel
// transport with its device fields. kdump is in fresh68 (vmcore-dmesg.txt), fresh74 (kdumpctl in
// /var/log/messages) and fresh317 (makedumpfile's notes); the crash utility's log command and
// kexec-dmesg.log are in none. netconsole is in fresh31 (extended records at a syslog listener)
// and fresh41 (plain records through rsyslog); netconsd's modules are in none. tio is in fresh235
// with its 24hour stamps; 24hour-start and the EFI stub's lines are in none. initramfs-tools'
// console and a libvirt serial log are in none (fresh40 holds dracut's rdsosreport, fresh7 and
// fresh74 boot.log files). pstore is in fresh43 and fresh102 as Android's ramoops files; the EFI
// backend through systemd-pstore is in none. Left out as measured already: the kernel's caller id
// (fresh9, fresh76), extended netconsole records (fresh31), dracut's journal (fresh40), mkinitcpio
// (fresh40), journalctl's boot separator and --list-boots (fresh224), grabserial and a systemd
// serial console (fresh235). The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). dmesg's ctime stamps carry no zone and are taken as UTC (the machines run
// in UTC); the ISO stamp's +01:00, journalctl's CET header and crash's CET stamp are converted;
// netconsd's `20261129T084116+0100` is its receive time with an offset; the journal's short lines
// have no year (2026). Uptimes are no time of the record: dmesg's and the console's `[ seconds ]`,
// dmesg's delta `<    0.021877>`, _SOURCE_MONOTONIC_TIMESTAMP, netconsd's T and tab-separated
// microseconds, and tio's 24hour-start stamp, which is the time since tio connected though it
// reads like a clock; a kernel build date in a version line is no time either. Levels only where
// the line marks one: dmesg -x's level word, PRIORITY=, crash's `<N>` after the time, netconsd's
// L digit and the tsv's level column, the `<N>` of a pstore line, the EFI stub's `ERROR:` (its
// efi_err marker); `INFO: task` inside a KERN_ERR message and initramfs-tools' `ALERT!` written in
// panic's text are message words. The host is the record's host field: _HOSTNAME, the journal's
// host column, the netconsole sender's address in the printer's column; the tsv file names its
// host only in its file name, so its lines carry none. A record that spans lines is one entry:
// crash's record with its indented SUBSYSTEM and DEVICE lines, a verbose journal entry,
// initramfs-tools' `Gave up waiting` with its indented hints; pstore's file-name and PartN
// headers are fed and not scored, and must not be joined to the record above them.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 1b98717 before any rule for it: level 70.0 %, time 92.0 %, host 90.0 %, records 90.0 %.
// That is the macro figure (micro: level 78.3 %, time 94.2 %, host 92.8 %, records 92.8 %), in a
// worktree at 1b98717 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 10 families fully right (dmesg -T -d, dmesg -x with iso and raw, journalctl -k -o verbose,
// kexec-dmesg.log, tio's 24hour-start capture, the initramfs-tools serial log, systemd-pstore's
// dmesg.txt); the gaps are the crash utility's `<N>` level after its time, netconsd's printer lines
// behind their right-aligned sender address, and the level column of netconsd's tsv file.

var fresh337Cases = []worldCase{
	{
		name:   "util-linux-dmesg-ctime-with-show-delta",
		source: "util-linux's dmesg with -T and -d together: main() merges the two into DMESG_TIMEFTM_CTIME_DELTA and print_record writes `[%a %b %e %H:%M:%S %Y <%12.06f>] ` (the ctime stamp, then the seconds since the record before inside the same brackets): util-linux sys-utils/dmesg.c (print_record, record_count_delta, the -d/-T merge), dmesg(1) -d and -T",
		why:    "the ctime stamp is the record's time; the padded delta inside its brackets is no time; a message beginning with a space (the partition list) is still a record of its own; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026 <    0.000000>] usb 2-3: new SuperSpeed USB device number 5 using xhci_hcd"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026 <    0.021877>] usb-storage 2-3:1.0: USB Mass Storage device detected"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[Sun Nov 29 07:41:17 2026 <    1.034112>] sd 7:0:0:0: [sdc] 122880000 512-byte logical blocks: (62.9 GB/58.6 GiB)"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[Sun Nov 29 07:41:17 2026 <    0.000844>]  sdc: sdc1 sdc2"),
			we("2026-11-29T08:50:03Z", Unknown, "", "[Sun Nov 29 08:50:03 2026 < 4126.377520>] EXT4-fs (sdc2): mounted filesystem 0b8f3c2e-6d41-4a7e-9c15-2f7d8e1a4b60 r/w with ordered data mode. Quota mode: none."),
		},
	},
	{
		name:   "util-linux-dmesg-decode-iso-then-raw-uptime",
		source: "util-linux 2.42's dmesg with `-x --time-format iso --time-format raw` (several --time-format values kept in ctl->time_fmts and printed in the order given, after the decode prefix `%-6s:%-6s: `: the ISO stamp `YYYY-MM-DDTHH:MM:SS,uuuuuu±hh:mm ` then the raw `[%5ld.%06ld] `) on a host at +01:00: util-linux sys-utils/dmesg.c (include_time_fmt, print_record, which_time_format), dmesg(1) --time-format (the 2.42.1 manual)",
		why:    "the level is the padded word after the facility; the ISO time with a comma and an offset is the record's; the uptime in brackets after it is no time; daemon and user records written to /dev/kmsg keep their facility",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", "kern  :info  : 2026-11-29T08:41:16,204118+01:00 [ 4121.004118] r8169 0000:03:00.0 enp3s0: Link is Down"),
			we("2026-11-29T07:41:19.871203Z", Info, "", "kern  :info  : 2026-11-29T08:41:19,871203+01:00 [ 4124.671203] r8169 0000:03:00.0 enp3s0: Link is Up - 1Gbps/Full - flow control rx/tx"),
			we("2026-11-29T07:41:20.112840Z", Info, "", "daemon:info  : 2026-11-29T08:41:20,112840+01:00 [ 4124.912840] systemd[1]: systemd-networkd-wait-online.service: Deactivated successfully."),
			we("2026-11-29T07:41:20.500511Z", Warn, "", "kern  :warn  : 2026-11-29T08:41:20,500511+01:00 [ 4125.300511] TCP: enp3s0: Driver has suspect GRO implementation, TCP performance may be compromised."),
			we("2026-11-29T07:41:25.318442Z", Error, "", "kern  :err   : 2026-11-29T08:41:25,318442+01:00 [ 4130.118442] nvme nvme0: I/O tag 211 (f0d3) opcode 0x1 (Write) QID 2 timeout, aborting req_op:WRITE(1) size:4096"),
			we("2026-11-29T07:41:26.200412Z", Notice, "", "user  :notice: 2026-11-29T08:41:26,200412+01:00 [ 4131.000412] backup-hook: snapshot of /srv/share taken before reset"),
		},
	},
	{
		name:   "journalctl-k-verbose-kernel-device-fields",
		source: "`journalctl -k -o verbose` on a host in Europe/Berlin (the header `Www yyyy-MM-dd HH:mm:ss.uuuuuu CET [s=…;i=…;b=…;m=…;t=…;x=…]`, then the entry's fields indented four spaces; journald's kernel transport adds _SOURCE_MONOTONIC_TIMESTAMP, PRIORITY, SYSLOG_FACILITY=0, SYSLOG_IDENTIFIER=kernel and, for a dev_printk record, _KERNEL_DEVICE, _KERNEL_SUBSYSTEM, _UDEV_SYSNAME, _UDEV_DEVNODE): journalctl(1) OUTPUT MODES (verbose), systemd.journal-fields(7) (the kernel fields); the order of the fields from memory",
		why:    "each entry is a header and its indented fields: the header's CET time is the record's, the monotonic microseconds are no time, PRIORITY= is the level, _HOSTNAME= the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Warn, "stor-07",
				"Sun 2026-11-29 08:41:16.204118 CET [s=7c1e9a40d2b34f6e8a05c3d1b7e2f490;i=3a41f;b=5e0d8c2a4f7b41c39d6e1a2b3c4d5e6f;m=f5a18856;t=661656b121c56;x=91c2e7d4a3b5f608]",
				"    _SOURCE_MONOTONIC_TIMESTAMP=4121004118",
				"    _TRANSPORT=kernel",
				"    PRIORITY=4",
				"    SYSLOG_FACILITY=0",
				"    SYSLOG_IDENTIFIER=kernel",
				"    _KERNEL_DEVICE=c239:0",
				"    _KERNEL_SUBSYSTEM=nvme",
				"    _UDEV_SYSNAME=nvme0",
				"    _UDEV_DEVNODE=/dev/nvme0",
				"    MESSAGE=nvme nvme0: I/O tag 96 (a060) opcode 0x2 (Read) QID 5 timeout, reset controller",
				"    _BOOT_ID=5e0d8c2a4f7b41c39d6e1a2b3c4d5e6f",
				"    _MACHINE_ID=0f3b7d9e2a4c46e1b5d8f0a2c4e6b8d1",
				"    _HOSTNAME=stor-07",
				"    _RUNTIME_SCOPE=system"),
			we("2026-11-29T07:41:16.87122Z", Info, "stor-07",
				"Sun 2026-11-29 08:41:16.871220 CET [s=7c1e9a40d2b34f6e8a05c3d1b7e2f490;i=3a420;b=5e0d8c2a4f7b41c39d6e1a2b3c4d5e6f;m=f5abb634;t=661656b1c4a34;x=2d8f0b6a4c1e3957]",
				"    _SOURCE_MONOTONIC_TIMESTAMP=4121671220",
				"    _TRANSPORT=kernel",
				"    PRIORITY=6",
				"    SYSLOG_FACILITY=0",
				"    SYSLOG_IDENTIFIER=kernel",
				"    _KERNEL_DEVICE=+pci:0000:00:1f.6",
				"    _KERNEL_SUBSYSTEM=pci",
				"    _UDEV_SYSNAME=0000:00:1f.6",
				"    MESSAGE=e1000e 0000:00:1f.6 eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx",
				"    _BOOT_ID=5e0d8c2a4f7b41c39d6e1a2b3c4d5e6f",
				"    _MACHINE_ID=0f3b7d9e2a4c46e1b5d8f0a2c4e6b8d1",
				"    _HOSTNAME=stor-07",
				"    _RUNTIME_SCOPE=system"),
			we("2026-11-29T07:43:02.11844Z", Error, "stor-07",
				"Sun 2026-11-29 08:43:02.118440 CET [s=7c1e9a40d2b34f6e8a05c3d1b7e2f490;i=3a47b;b=5e0d8c2a4f7b41c39d6e1a2b3c4d5e6f;m=fc00ea68;t=6616571623c28;x=6a1f3c5e7b9d0248]",
				"    _SOURCE_MONOTONIC_TIMESTAMP=4227918440",
				"    _TRANSPORT=kernel",
				"    PRIORITY=3",
				"    SYSLOG_FACILITY=0",
				"    SYSLOG_IDENTIFIER=kernel",
				"    MESSAGE=Out of memory: Killed process 30412 (minio) total-vm:18342112kB, anon-rss:15120440kB, file-rss:0kB, shmem-rss:0kB, UID:993 pgtables:31040kB oom_score_adj:0",
				"    _BOOT_ID=5e0d8c2a4f7b41c39d6e1a2b3c4d5e6f",
				"    _MACHINE_ID=0f3b7d9e2a4c46e1b5d8f0a2c4e6b8d1",
				"    _HOSTNAME=stor-07",
				"    _RUNTIME_SCOPE=system"),
		},
	},
	{
		name:   "crash-log-ctime-zone-level-dict",
		gap:    "trawl reads the `<N>` glued to the text after the ctime, but not the one a blank follows: the `<3>      Not tainted …` line of the hung-task report comes out with no level (a number with a blank after it is another scale's, as ulogd's `<5> ulogd.c:…`)",
		source: "the crash utility's `log -T -m -d` on a kdump vmcore (printk.c dump_record for the lockless ring buffer: `[%s] ` with ctime_tz, i.e. `%a %b %e %T %Z %Y` in local time, then the level as `<%x>` glued to the text, then each dictionary field on a line of its own indented by the prefix's width): crash-utility/crash printk.c; crash's help page for log (-T, -m, -d); osandov/drgn issue #530 (a `crash> log -T` paste with the zone name)",
		why:    "a zone name between the time and the year (CET); the hex level sits after the time and before the text; SUBSYSTEM= and DEVICE= under a record belong to it; `INFO: task` in a KERN_ERR message is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z", Info, "",
				"[Sun Nov 29 08:41:02 CET 2026] <6>e1000e 0000:00:1f.6 eno1: NIC Link is Down",
				"                                  SUBSYSTEM=pci",
				"                                  DEVICE=+pci:0000:00:1f.6"),
			we("2026-11-29T07:41:09Z", Error, "",
				"[Sun Nov 29 08:41:09 CET 2026] <3>sd 0:0:0:0: [sda] tag#18 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=31s",
				"                                  SUBSYSTEM=scsi",
				"                                  DEVICE=+scsi:0:0:0:0"),
			we("2026-11-29T07:41:14Z", Error, "", "[Sun Nov 29 08:41:14 CET 2026] <3>INFO: task jbd2/dm-0-8:612 blocked for more than 122 seconds."),
			we("2026-11-29T07:41:14Z", Error, "", "[Sun Nov 29 08:41:14 CET 2026] <3>      Not tainted 5.14.0-570.58.1.el9_6.x86_64 #1"),
			we("2026-11-29T07:41:14Z", Error, "", `[Sun Nov 29 08:41:14 CET 2026] <3>"echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.`),
			we("2026-11-29T07:41:16Z", Emergency, "", "[Sun Nov 29 08:41:16 CET 2026] <0>Kernel panic - not syncing: hung_task: blocked tasks"),
		},
	},
	{
		name:   "kdump-utils-kexec-dmesg-log",
		source: "kdump-utils' (formerly kexec-tools') /var/crash/<addr>-<date>/kexec-dmesg.log on RHEL 9: the capture kernel's save_log() writes `dmesg -T` and then appends `journalctl -ab` (the journal's short format, host `localhost` inside the kdump initramfs): kdump.sh save_log (dmesg -T > $KDUMP_LOG_FILE; journalctl -ab >> $KDUMP_LOG_FILE), dmitriyshub/ocp-kdump docs (the three files kdump leaves); the kdump messages from memory",
		why:    "two shapes in one file: ctime stamps with no host, then yearless journal lines with a host; the crashed kernel's build date in the version line is no time; the dump directory's date in a message is not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:31Z", Unknown, "", "[Sun Nov 29 07:41:31 2026] Linux version 5.14.0-570.58.1.el9_6.x86_64 (mockbuild@x86-64-01.build.eng.example.com) (gcc (GCC) 11.5.0 20240719 (Red Hat 11.5.0-5), GNU ld version 2.35.2-63.el9) #1 SMP PREEMPT_DYNAMIC Wed Oct 21 09:12:44 EDT 2026"),
			we("2026-11-29T07:41:31Z", Unknown, "", "[Sun Nov 29 07:41:31 2026] Command line: elfcorehdr=0x72000000 BOOT_IMAGE=(hd0,gpt2)/vmlinuz-5.14.0-570.58.1.el9_6.x86_64 ro irqpoll nr_cpus=1 reset_devices cgroup_disable=memory mce=off numa=off udev.children-max=2 panic=10 acpi_no_memhotplug transparent_hugepage=never nokaslr hest_disable novmcoredd cma=0 hugetlb_cma=0"),
			we("2026-11-29T07:41:34Z", Unknown, "", "[Sun Nov 29 07:41:34 2026] XFS (dm-0): Mounting V5 Filesystem 3e7a1c94-2b5d-4f08-a6e1-9d2c7b4f0a15"),
			we("2026-11-29T07:41:35Z", Unknown, "localhost", "Nov 29 07:41:35 localhost kdump[512]: Kdump is using the default log level(3)."),
			we("2026-11-29T07:41:35Z", Unknown, "localhost", "Nov 29 07:41:35 localhost kdump[537]: saving to /sysroot/var/crash/127.0.0.1-2026-11-29-07:41:35/"),
			we("2026-11-29T07:41:35Z", Unknown, "localhost", "Nov 29 07:41:35 localhost kdump[541]: saving vmcore-dmesg.txt to /sysroot/var/crash/127.0.0.1-2026-11-29-07:41:35/"),
			we("2026-11-29T07:41:36Z", Unknown, "localhost", "Nov 29 07:41:36 localhost kdump[546]: saving vmcore-dmesg.txt complete"),
			we("2026-11-29T07:41:52Z", Unknown, "localhost", "Nov 29 07:41:52 localhost kdump[553]: saving vmcore complete"),
		},
	},
	{
		name:   "netconsd-printer-module-stdout",
		gap:    "a line that opens with the sender's address right-aligned in forty columns (twenty-five spaces, then `2001:db8:40::17: 6.12.0-… S004120 T… F0/L6 msg`) is read as an indented continuation: every line is joined to the first, so no record starts after it, and neither the address before the colon is read as the host nor the digit after `/L` as the level",
		source: "Meta's netconsd with its example printer module (modules/printer.c: `%40s: %s S%06 T%014 F%d/L%d %s` — the sender's IPv6 address right-aligned in forty columns, the kernel release netconsole's `release` option prepends, the sequence number, the microseconds since boot, the facility and the level, then the text): facebook/netconsd README and modules/printer.c",
		why:    "the sender's address before the colon is the record's host; T is an uptime in microseconds, no time; L is the level digit, F the facility",
		entries: []worldEntry{
			we("", Info, "2001:db8:40::17", "                         2001:db8:40::17: 6.12.0-55.22.1.el10_0.x86_64 S004120 T00004118224301 F0/L6 bnxt_en 0000:5e:00.0 ens1f0np0: NIC Link is Up, 25000 Mbps full duplex, Flow control: ON - receive & transmit"),
			we("", Warn, "2001:db8:40::17", "                         2001:db8:40::17: 6.12.0-55.22.1.el10_0.x86_64 S004121 T00004120998163 F0/L4 WARNING: CPU: 22 PID: 0 at net/sched/sch_generic.c:525 dev_watchdog+0x23f/0x250"),
			we("", Error, "2001:db8:40::2a", "                         2001:db8:40::2a: 6.12.0-55.22.1.el10_0.x86_64 S018233 T00812077104412 F0/L3 I/O error, dev nvme1n1, sector 81207552 op 0x1:(WRITE) flags 0x8800 phys_seg 1 prio class 2"),
			we("", Info, "2001:db8:40::2a", "                         2001:db8:40::2a: 6.12.0-55.22.1.el10_0.x86_64 S018234 T00812077390118 F3/L6 systemd[1]: Started session-412.scope - Session 412 of User deploy."),
			we("", Emergency, "2001:db8:40::17", "                         2001:db8:40::17: 6.12.0-55.22.1.el10_0.x86_64 S004139 T00004121230017 F0/L0 Kernel panic - not syncing: Fatal exception in interrupt"),
		},
	},
	{
		name:   "netconsd-logger-module-tsv-file",
		gap:    "trawl reads the basic ISO 8601 receive time `20261129T084113+0100` and keeps each line a record, but not the level digit in the fifth tab-separated column (after seq, uptime and facility): every line comes out Unknown",
		source: "Meta's netconsd with its logger module (modules/logger.cc: one `<host>.tsv.log` a sender, each line the receive time `%Y%m%dT%H%M%S%z` in local time, then tab-separated seq, `%014` microseconds since boot, facility, level, the flags, the kernel release, the text and the dev_printk dictionary joined with semicolons): facebook/netconsd modules/logger.cc (write_log); the collector at +01:00",
		why:    "a basic ISO 8601 time with no separators and an offset is the receive time; the fifth column is the level digit; the uptime column is no time; an empty flags column leaves two tabs; the host is only in the file's name",
		entries: []worldEntry{
			we("2026-11-29T07:41:13Z", Info, "", "20261129T084113+0100\t4120\t00004118224301\t0\t6\t\t6.12.0-55.22.1.el10_0.x86_64\tixgbe 0000:3b:00.1 ens2f1: NIC Link is Up 10 Gbps, Flow Control: RX/TX\tSUBSYSTEM=pci;DEVICE=+pci:0000:3b:00.1;"),
			we("2026-11-29T07:41:16Z", Warn, "", "20261129T084116+0100\t4121\t00004120998163\t0\t4\t\t6.12.0-55.22.1.el10_0.x86_64\tWARNING: CPU: 22 PID: 0 at net/sched/sch_generic.c:525 dev_watchdog+0x23f/0x250"),
			we("2026-11-29T07:41:16Z", Error, "", "20261129T084116+0100\t4125\t00004121004502\t0\t3\t\t6.12.0-55.22.1.el10_0.x86_64\tnvme nvme0: controller is down; will reset: CSTS=0xffffffff, PCI_STATUS=0xffff\tSUBSYSTEM=nvme;DEVICE=c239:0;"),
			we("2026-11-29T07:41:17Z", Info, "", "20261129T084117+0100\t4126\t00004121712884\t3\t6\t\t6.12.0-55.22.1.el10_0.x86_64\tsystemd[1]: Started session-88.scope - Session 88 of User ops."),
		},
	},
	{
		name:   "tio-24hour-start-efi-stub-kernel-boot",
		source: "tio 3 with `--timestamp --timestamp-format 24hour-start` on an arm64 board's UART (timestamp.c: TIMESTAMP_24HOUR_START is `%H:%M:%S.mmm` of the time since tio started, printed `[…] ` before tio's own lines and each received line), the board's EDK2 handing over to the kernel's EFI stub (`EFI stub: …`, efi_err's `ERROR: ` marker) and the kernel's printk lines: tio/tio src/timestamp.c; the EFI stub lines as users paste them (lore threads and issue reports found with find_string)",
		why:    "`[00:00:38.412]` reads like a clock but is the time since tio connected: no record here has a time; the kernel's `[    0.000000]` is an uptime; `ERROR:` after `EFI stub:` is the stub's error marker",
		entries: []worldEntry{
			we("", Unknown, "", "[00:00:00.000] tio v3.9"),
			we("", Unknown, "", "[00:00:00.000] Press ctrl-t q to quit"),
			we("", Unknown, "", "[00:00:00.001] Connected to /dev/ttyUSB0"),
			we("", Unknown, "", "[00:00:38.412] EFI stub: Booting Linux Kernel..."),
			we("", Error, "", "[00:00:38.415] EFI stub: ERROR: efi_get_random_bytes() failed (0x8000000000000003), KASLR will be disabled"),
			we("", Unknown, "", "[00:00:38.416] EFI stub: Using DTB from configuration table"),
			we("", Unknown, "", "[00:00:38.421] EFI stub: Loaded initrd from LINUX_EFI_INITRD_MEDIA_GUID device path"),
			we("", Unknown, "", "[00:00:38.590] EFI stub: Exiting boot services..."),
			we("", Unknown, "", "[00:00:39.204] [    0.000000] Booting Linux on physical CPU 0x0000000000 [0x414fd0b1]"),
			we("", Unknown, "", "[00:00:39.205] [    0.000000] Linux version 6.12.58-1-arm64 (builder@ci-runner-12) (aarch64-linux-gnu-gcc-14 (Debian 14.2.0-19) 14.2.0, GNU ld (GNU Binutils for Debian) 2.44) #1 SMP PREEMPT Fri Nov 13 10:22:31 UTC 2026"),
			we("", Unknown, "", "[00:00:42.871] [    3.667118] mmc0: new ultra high speed DDR50 SDXC card at address aaaa"),
		},
	},
	{
		name:   "initramfs-tools-libvirt-serial-log-root-timeout",
		source: "a Debian 13 guest booted without `quiet` and with console=ttyS0, its console kept by libvirt's serial `<log file=…>`: initramfs-tools' scripts/functions (log_begin_msg `Begin: %s ... `, log_end_msg `done.`), scripts/local's root-device timeout (`Gave up waiting for root file system device.  Common problems:`, the indented hints, then panic's `ALERT!  … does not exist.  Dropping to a shell!`) and BusyBox's shell banner, between the kernel's printk lines: initramfs-tools scripts/functions (found with the search tool); scripts/local's wording and the banner from memory",
		why:    "no line has a time (the kernel's brackets are uptimes); nested Begin/done on one line is one record; the hints indented under `Gave up waiting` belong to it; `ALERT!` is a word of panic's message, no level",
		entries: []worldEntry{
			we("", Unknown, "", "[    1.912004] Run /init as init process"),
			we("", Unknown, "", "Loading, please wait..."),
			we("", Unknown, "", "Starting systemd-udevd version 257.9-1~deb13u1"),
			we("", Unknown, "", "[    2.204118] virtio_blk virtio2: [vda] 41943040 512-byte logical blocks (21.5 GB/20.0 GiB)"),
			we("", Unknown, "", "Begin: Loading essential drivers ... done."),
			we("", Unknown, "", "Begin: Running /scripts/init-premount ... done."),
			we("", Unknown, "", "Begin: Mounting root file system ... Begin: Running /scripts/local-top ... done."),
			we("", Unknown, "", "Begin: Running /scripts/local-premount ... done."),
			we("", Unknown, "", "Begin: Waiting for root file system ... Begin: Running /scripts/local-block ... done."),
			we("", Unknown, "", "done."),
			we("", Unknown, "",
				"Gave up waiting for root file system device.  Common problems:",
				" - Boot args (cat /proc/cmdline)",
				"   - Check rootdelay= (did the system wait long enough?)",
				" - Missing modules (cat /proc/modules; ls /dev)"),
			we("", Unknown, "", "ALERT!  UUID=8c2e4f1a-7b3d-4e96-a0c5-1d9f2b6e3a74 does not exist.  Dropping to a shell!"),
			wskip("", ""),
			we("", Unknown, "", "BusyBox v1.37.0 (Debian 1:1.37.0-6+b3) built-in shell (ash)"),
			we("", Unknown, "", "Enter 'help' for a list of built-in commands."),
		},
	},
	{
		name:   "systemd-pstore-efi-dmesg-txt",
		source: "systemd-pstore's /var/lib/systemd/pstore/<id>/dmesg.txt after a panic saved by the kernel's efi_pstore backend: process_dmesg_files() walks the dmesg-efi_pstore-<record id> files from the highest name down and writes each one's name and a colon on a line, then its content; each part begins with pstore_dump's `Panic#1 PartN` header and holds the `<N>[seconds.micros] ` records kmsg_dump_get_buffer wrote with their syslog prefix: systemd/systemd src/pstore/pstore.c; the kernel's fs/pstore/platform.c (pstore_dump's header) from memory",
		why:    "the `<N>` is the record's level; the uptime is no time; the file-name line and the PartN header between the parts are no records and must not be joined to the line above them",
		entries: []worldEntry{
			wskip("dmesg-efi_pstore-179593807602000:", "Panic#1 Part2"),
			we("", Info, "", "<6>[ 4118.224301] bnxt_en 0000:5e:00.0 ens1f0np0: NIC Link is Up, 25000 Mbps full duplex, Flow control: ON - receive & transmit"),
			we("", Alert, "", "<1>[ 4120.998104] BUG: kernel NULL pointer dereference, address: 0000000000000040"),
			we("", Alert, "", "<1>[ 4120.998131] #PF: supervisor read access in kernel mode"),
			we("", Warn, "", "<4>[ 4120.998163] Oops: Oops: 0000 [#1] PREEMPT SMP NOPTI"),
			wskip("dmesg-efi_pstore-179593807601000:", "Panic#1 Part1"),
			we("", Warn, "", "<4>[ 4120.998201] CPU: 22 UID: 0 PID: 0 Comm: swapper/22 Not tainted 6.12.0-55.22.1.el10_0.x86_64 #1"),
			we("", Warn, "", "<4>[ 4120.998240] RIP: 0010:bnxt_rx_pkt+0x2d4/0x1e50 [bnxt_en]"),
			we("", Emergency, "", "<0>[ 4121.230017] Kernel panic - not syncing: Fatal exception in interrupt"),
		},
	},
}

func TestFresh337Formats(t *testing.T) { assertTable(t, fresh337Cases) }
func TestFresh337Score(t *testing.T) {
	checkScore(t, "fresh337 formats", fresh337Cases, [worldNumFields]float64{78.2, 91.9, 89.9, 89.9})
}
