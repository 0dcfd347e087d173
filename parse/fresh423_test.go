package parse

import "testing"

// The four-hundred-and-twenty-third fresh table, written on 2026-12-06: Linux system daemons, a
// further pass (init, login, storage, network and hardware daemons' own files and journal
// exports), shapes no earlier table holds. Each family is one product's documented or observed
// output: lvm2 2.03's debug log file with its default debug_file_fields (a time of day, the command
// with its pid, file:line); HPE hp-health's `hplog -v` listing of the Integrated Management Log;
// journalctl's `-o json` where a unit's coloured stdout makes MESSAGE an array of byte values;
// util-linux's `last -x -F` with its runlevel, shutdown and reboot pseudo-users; arpwatch's own
// station database arp.dat (tab-separated, a bare epoch); iptraf-ng's IP traffic monitor log
// (`ctime; proto; iface; bytes; from … to …`); lm-sensors' fancontrol in `journalctl -o
// short-iso`; thinkfan in `journalctl -o short-precise`.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`__REALTIME_TIMESTAMP`, `o verbose`, `short-monotonic`, `short-unix`,
// `short-full`, `json-seq`, `json-sse`, `json-pretty`, `short-delta`, `short-iso-precise`,
// `with-unit`, `no-hostname`, `"MESSAGE":[`, `gatewayd`, `journal-remote`, `udevadm monitor`,
// `KERNEL[`, `busctl`, `dbus-monitor`, `upower`, `udisksctl monitor`, `wpa_supplicant`,
// `CTRL-EVENT`, `hostapd`, `mcelog`, `Hardware event`, `rasdaemon`, `ras-mc-ctl`, `edac`,
// `utmpdump`, `faillock`, `faillog`, `pam_tally`, `pam_exec`, `sulog`, `lastlog2`, `wtmpdb`,
// `still logged in`, `system boot`, `system down`, `runlevel (to lvl`, `who -a`, `run-level`,
// `ausearch`, `aureport`, `ip monitor`, `ip -t`, `ip -ts`, `conntrack`, `iw event`, `(phy #`,
// `arpwatch`, `arp.dat`, `iptraf`, `ip_traffic`, `IP traffic monitor`, `bytes; from`,
// `first packet`, `bwm-ng`, `vnstat`, `ifstat`, `upslog`, `apcupsd`, `apcaccess`, `attrlog`,
// `smartd`, `occurred at disk power-on`, `lightdm`, `sddm`, `greetd`, `gdm`, `xdm`, `lxdm`, `xrdp`,
// `sesman`, `Xvnc`, `tigervnc`, `mgetty`, `coredumpctl`, `drbd`, `events2`, `firewalld`,
// `pm-suspend`, `racadm`, `lclog`, `omreport`, `hpasmcli`, `hp-health`, `hplog`, `Initial Time`,
// `ipmievd`, `ipmi-sel`, `storcli`, `seqNum`, `arcconf`, `ssacli`, `chrony`, `tracking.log`,
// `lastlog`, `list-boots`, `boot.log`, `bootlogd`, `logging started at`, `openrc`, `upstart`,
// `shepherd`, `dinit`, `runit`, `svlogd`, `s6-log`, `s6-rc: info`, `tai64`, `thermald`, `iwd`,
// `connman`, `dhcpcd`, `dhclient.leases`, `ModemManager`, `bluetoothd`, `btmon`, `boltctl`,
// `multipathd`, `multipath -v`, `iscsid`, `iscsiuio`, `nvme`, `lvm`, `lvmcmdline`,
// `debug_file_fields`, `debug_output_fields`, `dmeventd`, `lvm2-monitor`, `stratis`, `snapper`,
// `sanlock`, `zpool history`, `zpool events`, `zpool iostat`, `e2scrub`, `mdcheck`, `sssd`,
// `winbindd`, `pcscd`, `pcsd`, `usbguard`, `fprintd`, `iio-sensor`, `ledmon`, `ledctl`, `hddtemp`,
// `sensord`, `fancontrol`, `thinkfan`, `Temperatures(bias)`, `tlp`, `irqbalance`, `acpid`,
// `fwupd`, `kdump`, `plymouth`, `dracut`, `rdsosreport`, `mdadm`, `systemd-networkd`, `resolved`,
// `timesyncd`, `logind`, `polkit`, `udisks`, `lldpd`, `lldpcli`, `keepalived`, `ethtool`,
// `ladvd`, `isns`, `nohang`, `earlyoom`, `cgrulesengd`, `kern  :`, `time-format iso`, `evtest`,
// `SYN_REPORT`, `usbmon`, `libinput`, `nvidia-smi`/`dmon`, `gpspipe`, `ntpshmmon`, `GPRMC`,
// `ptp4l`, `sar `, `sysstat`, `dmesg`).
// lvm2 is in fresh153 (`-vvvv` with the old `#file.c:line` prefix and no time); the 2.03 debug log
// with debug_file_fields' time, command[pid] and file:line is in none. HPE's Integrated
// Management Log is in fresh105, fresh204 and fresh313 through hpasmcli's `show iml`; hplog -v's
// table is in none. The journal's JSON is in many tables (fresh13, fresh14, fresh46 and on); a
// MESSAGE given as an array of byte values is in none. `last -F` is in fresh27 and later with the
// reboot pseudo-user; `last -x` with runlevel and shutdown lines is in none. arpwatch is in fresh15
// and fresh388 through syslog; its arp.dat is in none. iptraf-ng, fancontrol and thinkfan are in
// none. Left out as measured already: udevadm monitor (fresh4, fresh410), busctl monitor (fresh382),
// dbus-monitor (fresh178), upower --monitor-detail, udisksctl monitor, who -a (fresh402), pam_exec's
// log (fresh357), faillock and pam_tally, OpenRC's rc.log (fresh45, fresh210), bootlogd (fresh74,
// fresh320), mgetty (fresh303), sanlock, svlogd and s6-log, dmesg -x, the journal's json-sse,
// export and verbose forms, wpa_supplicant -t, omreport, racadm and storcli event logs.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). lvm2's debug time is a time of day with no date, so it is on the clock's
// day; hplog's `HH:MM  MM/DD/YYYY` has no seconds and no zone (UTC); the journal's
// __REALTIME_TIMESTAMP is epoch microseconds; last's closed sessions carry their start and their
// end, either accepted, an open one its start; arp.dat's third column is a bare epoch (the
// station last seen); iptraf-ng's ctime has no zone (UTC); short-iso carries +00:00. Levels only
// where the line marks one: hplog's Severity column (Information as Info, Caution as Warn,
// Critical as Critical), the journal's PRIORITY, thinkfan's own `WARNING: ` tag before its
// message; lvm2's debug file, last, arp.dat, iptraf-ng and fancontrol write none, and FAIL or
// WARN inside a coloured MESSAGE is message text. The host is the record's host field: the
// journal's _HOSTNAME and the short-iso and short-precise host column; last's remote-host column (a
// client or a kernel version), arp.dat's station name and iptraf-ng's addresses are no hosts. A
// record that spans lines is one entry: an hplog event (its ID line, its LOG: line and the blank
// line after), last's final session with the blank line before `wtmp begins`.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit a5d732f before any rule for it: level 87.5 %, time 85.7 %, host 100.0 %, records 87.5 %.
// That is the macro figure (micro: level 91.3 %, time 89.1 %, host 100.0 %, records 91.3 %), in a
// worktree at a5d732f with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (lvm2's debug file, the journal's byte-array JSON, iptraf-ng, fancontrol
// and thinkfan in the journal); the gaps are hplog -v's Severity column and its LOG: line, the
// time of last's `wtmp begins` footer after the -x listing, and arp.dat's bare epoch.

var fresh423Cases = []worldCase{
	{
		name:   "lvm2-debug-file-time-command-fileline",
		source: "lvm2 2.03's debug log (lvm.conf `log { file = \"/var/log/lvm2.log\" level = 7 }`, debug_file_fields defaulting to time, command, fileline, message: `HH:MM:SS.uuuuuu cmd[pid] dir/file.c:line  msg`, `none[pid]` before the command is known, `Logging initialised at` ctime): an lvm2 test-suite debug log (lvconvert-repair-raid.sh's debug.log_DEBUG dump, found with find_string `debug_file_fields`); lvmteam/lvm2 issue #50 (the older `#file.c:line` prefix)",
		why:    "a time of day with microseconds and no date (the clock's day); `lvcreate[48213]` is a command and pid, `lvmcmdline.c:3178` a file and line, not times; the ctime inside `Logging initialised at` is the same second; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204611Z", Unknown, "", "07:41:16.204611 none[48213] config/config.c:1508  log/debug_file_fields not found in config: defaulting to debug_file_fields = [ \"time\", \"command\", \"fileline\", \"message\" ]"),
			we("2026-11-29T07:41:16.204702Z", Unknown, "", "07:41:16.204702 none[48213] commands/toolcontext.c:445  Logging initialised at Sun Nov 29 07:41:16 2026"),
			we("2026-11-29T07:41:16.210473Z", Unknown, "", "07:41:16.210473 lvcreate[48213] lvmcmdline.c:3178  Version: 2.03.24(2) (2024-05-16)"),
			we("2026-11-29T07:41:16.210500Z", Unknown, "", "07:41:16.210500 lvcreate[48213] lvmcmdline.c:3179  Parsing: lvcreate -L 40G -n lv_pgdata vg_data"),
			we("2026-11-29T07:41:16.211152Z", Unknown, "", "07:41:16.211152 lvcreate[48213] device_mapper/libdm-config.c:1085  devices/scan_lvs not found in config: defaulting to 0"),
			we("2026-11-29T07:41:16.231907Z", Unknown, "", "07:41:16.231907 lvcreate[48213] metadata/lv_manip.c:9417  Creating logical volume lv_pgdata"),
			we("2026-11-29T07:41:16.402214Z", Unknown, "", "07:41:16.402214 lvcreate[48213] activate/dev_manager.c:3580  Creating vg_data-lv_pgdata"),
		},
	},
	{
		name:   "hpe-hplog-v-iml-listing",
		gap:    "trawl reads neither the level nor the extent of an hplog -v event: the Severity word after the four-digit event ID (`Information`, `Caution`, `Critical`) is not read as the level, and the event's `LOG: text` line is cut off as a record of its own instead of joining the `NNNN Severity HH:MM  MM/DD/YYYY …` line above it",
		source: "HPE hp-health's `hplog -v` (the Integrated Management Log as a table: a header `ID   Severity       Initial Time      Update Time       Count` and a rule, then per event a line `NNNN Severity  HH:MM  MM/DD/YYYY HH:MM  MM/DD/YYYY NNNN` and a `LOG: text` line, a blank line between): from memory of real output (hplog(8))",
		why:    "the time of day before the date, no seconds, twice (initial and update, the same here); the Severity column is the level; the event ID and count are no times; the LOG: line and the blank line belong to the event",
		entries: []worldEntry{
			wskip("ID   Severity       Initial Time      Update Time       Count", "-------------------------------------------------------------"),
			we("2026-11-29T07:41:00Z", Info, "",
				"0000 Information    07:41  11/29/2026 07:41  11/29/2026 0001",
				"LOG: Maintenance note: IML cleared through hpasmcli",
				""),
			we("2026-11-29T07:52:00Z", Warn, "",
				"0001 Caution        07:52  11/29/2026 07:52  11/29/2026 0001",
				"LOG: Corrected Memory Error threshold exceeded (Processor 2, Memory Module 7)",
				""),
			we("2026-11-29T08:10:00Z", Critical, "",
				"0002 Critical       08:10  11/29/2026 08:10  11/29/2026 0001",
				"LOG: System Power Supply Failure (Power Supply 2)",
				""),
			we("2026-11-29T08:14:00Z", Warn, "",
				"0003 Caution        08:14  11/29/2026 08:14  11/29/2026 0001",
				"LOG: System Fan Failure (Fan 4, Location System Board)",
				""),
		},
	},
	{
		name:   "journalctl-json-message-byte-array",
		source: "`journalctl -u disk-report.service -o json` where the unit's stdout carries ANSI colour, so journalctl writes MESSAGE as an array of byte values (fields with non-printable or non-UTF-8 bytes are encoded as arrays of numbers; __REALTIME_TIMESTAMP epoch microseconds, PRIORITY a syslog digit, _HOSTNAME): systemd's JOURNAL_EXPORT_FORMATS document and journalctl(1) `-o json`, from memory",
		why:    "the time from __REALTIME_TIMESTAMP (epoch microseconds as a string), the level from PRIORITY, the host from _HOSTNAME; the byte array is the message, its FAIL and WARN no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Error, "stor-07", `{"__CURSOR":"s=6b1f0c2e9a7d4e3b8c5f1a2d7e9b0c4f;i=a3c1;b=4e2d7c91b0a84f6e9d3c5b7a1f2e8d60;m=1895a2c4;t=6443a1d6e8b0b;x=2f7c9e41a0b3d5c6","__REALTIME_TIMESTAMP":"1795938076204811","__MONOTONIC_TIMESTAMP":"412521156","_BOOT_ID":"4e2d7c91b0a84f6e9d3c5b7a1f2e8d60","PRIORITY":"3","SYSLOG_FACILITY":"3","_TRANSPORT":"stdout","_HOSTNAME":"stor-07","SYSLOG_IDENTIFIER":"disk-report","_PID":"48211","_SYSTEMD_UNIT":"disk-report.service","MESSAGE":[27,91,49,59,51,49,109,70,65,73,76,27,91,48,109,32,47,100,101,118,47,115,100,99,58,32,56,32,112,101,110,100,105,110,103,32,115,101,99,116,111,114,115,44,32,50,32,111,102,102,108,105,110,101,32,117,110,99,111,114,114,101,99,116,97,98,108,101]}`),
			we("2026-11-29T07:41:16.231907Z", Warn, "stor-07", `{"__CURSOR":"s=6b1f0c2e9a7d4e3b8c5f1a2d7e9b0c4f;i=a3c2;b=4e2d7c91b0a84f6e9d3c5b7a1f2e8d60;m=1895a32e;t=6443a1d6f1a73;x=8d0e4b27c1f95a36","__REALTIME_TIMESTAMP":"1795938076231907","__MONOTONIC_TIMESTAMP":"412548252","_BOOT_ID":"4e2d7c91b0a84f6e9d3c5b7a1f2e8d60","PRIORITY":"4","SYSLOG_FACILITY":"3","_TRANSPORT":"stdout","_HOSTNAME":"stor-07","SYSLOG_IDENTIFIER":"disk-report","_PID":"48211","_SYSTEMD_UNIT":"disk-report.service","MESSAGE":[27,91,51,51,109,87,65,82,78,27,91,48,109,32,47,100,101,118,47,115,100,98,58,32,116,101,109,112,101,114,97,116,117,114,101,32,53,50,32,67]}`),
			we("2026-11-29T07:41:16.240015Z", Info, "stor-07", `{"__CURSOR":"s=6b1f0c2e9a7d4e3b8c5f1a2d7e9b0c4f;i=a3c3;b=4e2d7c91b0a84f6e9d3c5b7a1f2e8d60;m=1895a36f;t=6443a1d6f3a4f;x=51c7a9e0d2b4f863","__REALTIME_TIMESTAMP":"1795938076240015","__MONOTONIC_TIMESTAMP":"412556360","_BOOT_ID":"4e2d7c91b0a84f6e9d3c5b7a1f2e8d60","PRIORITY":"6","SYSLOG_FACILITY":"3","_TRANSPORT":"journal","_HOSTNAME":"stor-07","SYSLOG_IDENTIFIER":"systemd","_PID":"1","_SYSTEMD_UNIT":"init.scope","UNIT":"disk-report.service","MESSAGE":"disk-report.service: Deactivated successfully."}`),
		},
	},
	{
		name:   "util-linux-last-x-full-runlevel-shutdown",
		gap:    "the footer `wtmp begins Sun Nov  1 00:00:04 2026` after the -x listing's blank line gets no time: its ctime is not read",
		source: "util-linux's `last -x -F` (with -x the shutdown and runlevel pseudo-users: `runlevel (to lvl N)` and `shutdown system down` beside `reboot   system boot`, the kernel version in the remote-host column; -F gives full `Ddd Mmm dd HH:mm:ss yyyy` login and logout times; `still running`, `still logged in`; a blank line and `wtmp begins`): last(1) -x and -F, from memory",
		why:    "a closed session carries its start and its end, either accepted, an open one its start; `(to lvl 5)` and the kernel version are no times and no hosts; the remote host is a client; no level",
		entries: []worldEntry{
			we("2026-11-29T07:44:05Z", Unknown, "", "bob      pts/1        10.20.3.22       Sun Nov 29 07:44:05 2026   still logged in"),
			we("2026-11-29T07:40:02Z", Unknown, "", "runlevel (to lvl 5)   6.8.0-49-generic Sun Nov 29 07:40:02 2026   still running"),
			we("2026-11-29T07:39:51Z", Unknown, "", "reboot   system boot  6.8.0-49-generic Sun Nov 29 07:39:51 2026   still running"),
			we("2026-11-29T07:38:20Z|2026-11-29T07:39:51Z", Unknown, "", "shutdown system down  6.8.0-48-generic Sun Nov 29 07:38:20 2026 - Sun Nov 29 07:39:51 2026  (00:01)"),
			we("2026-11-29T06:12:40Z|2026-11-29T07:38:16Z", Unknown, "", "alice    pts/0        10.20.3.14       Sun Nov 29 06:12:40 2026 - Sun Nov 29 07:38:16 2026  (01:25)"),
			we("2026-11-28T21:03:11Z|2026-11-29T07:38:20Z", Unknown, "", "runlevel (to lvl 5)   6.8.0-48-generic Sat Nov 28 21:03:11 2026 - Sun Nov 29 07:38:20 2026  (10:35)", ""),
			we("2026-11-01T00:00:04Z", Unknown, "", "wtmp begins Sun Nov  1 00:00:04 2026"),
		},
	},
	{
		name:   "arpwatch-arp-dat-database",
		gap:    "trawl reads no time from an arp.dat line `mac<TAB>ip<TAB>epoch[<TAB>name]`: the bare epoch in the third tab-separated column is not read as the time",
		source: "arpwatch's station database /var/lib/arpwatch/arp.dat (one station a line, tab-separated: the Ethernet address as arpwatch's e2str writes it without leading zeros, the IP address, the time last seen in epoch seconds, the DNS name when known): arpwatch(8) and its db.c dump; from memory",
		why:    "the only time is a bare epoch in the third column; the unpadded MAC is no time; the station's name is the station, not the record's host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "52:54:0:3a:1c:7\t10.20.3.14\t1795938076\tbuild-07.lab.example.org"),
			we("2026-11-29T07:52:03Z", Unknown, "", "d8:c7:c8:41:20:7a\t10.20.3.1\t1795938723\tgw01.lab.example.org"),
			we("2026-11-28T22:15:09Z", Unknown, "", "0:1b:21:9e:4:c2\t10.20.3.77\t1795904109"),
			we("2026-11-29T08:10:45Z", Unknown, "", "ac:1f:6b:d0:e:55\t10.20.3.41\t1795939845\tnas02.lab.example.org"),
		},
	},
	{
		name:   "iptraf-ng-ip-traffic-log",
		source: "iptraf-ng's IP traffic monitor log /var/log/iptraf-ng/ip_traffic-1.log (each line `ctime; PROTO; iface; N bytes; from addr:port to addr:port; flow note`, the monitor's start and stop as `******** IP traffic monitor started ********`): iptraf-ng(8) and its ipfilter/tcptable logging; from memory",
		why:    "a ctime date with no zone first, then `; ` fields; the addresses are peers, no host; FIN sent and first packet are no levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:10Z", Unknown, "", "Sun Nov 29 07:41:10 2026; ******** IP traffic monitor started ********"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026; TCP; eth0; 60 bytes; from 10.20.3.14:51822 to 10.20.3.1:22; first packet (SYN)"),
			we("2026-11-29T07:41:19Z", Unknown, "", "Sun Nov 29 07:41:19 2026; UDP; eth0; 76 bytes; from 10.20.3.14:40211 to 10.20.3.53:53"),
			we("2026-11-29T07:41:45Z", Unknown, "", "Sun Nov 29 07:41:45 2026; ICMP; eth0; 84 bytes; from 10.20.3.14 to 10.20.3.1; echo req"),
			we("2026-11-29T07:41:52Z", Unknown, "", "Sun Nov 29 07:41:52 2026; TCP; eth0; 52 bytes; from 10.20.3.14:51822 to 10.20.3.1:22; FIN sent; 41 packets, 8312 bytes, avg flow rate 2.41 kbps"),
			we("2026-11-29T07:42:30Z", Unknown, "", "Sun Nov 29 07:42:30 2026; ******** IP traffic monitor stopped ********"),
		},
	},
	{
		name:   "fancontrol-journal-short-iso",
		source: "lm-sensors' fancontrol script run by fancontrol.service and read with `journalctl -u fancontrol -o short-iso` (`yyyy-MM-ddTHH:mm:ss+00:00 host fancontrol[pid]: msg`; the script echoes its settings one per line, the per-fan ones indented): lm-sensors prog/pwm/fancontrol (its echo lines) and journalctl(1) -o short-iso, from memory",
		why:    "each indented setting is a journal record of its own, not a continuation; MINTEMP=35 and hwmon2 are no times; no level; the host column is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "nas07", "2026-11-29T07:41:16+00:00 nas07 fancontrol[812]: Loading configuration from /etc/fancontrol ..."),
			we("2026-11-29T07:41:16Z", Unknown, "nas07", "2026-11-29T07:41:16+00:00 nas07 fancontrol[812]: Common settings:"),
			we("2026-11-29T07:41:16Z", Unknown, "nas07", "2026-11-29T07:41:16+00:00 nas07 fancontrol[812]:   INTERVAL=10"),
			we("2026-11-29T07:41:16Z", Unknown, "nas07", "2026-11-29T07:41:16+00:00 nas07 fancontrol[812]: Settings for hwmon2/pwm1:"),
			we("2026-11-29T07:41:16Z", Unknown, "nas07", "2026-11-29T07:41:16+00:00 nas07 fancontrol[812]:   Depends on hwmon2/temp1_input"),
			we("2026-11-29T07:41:16Z", Unknown, "nas07", "2026-11-29T07:41:16+00:00 nas07 fancontrol[812]:   Controls hwmon2/fan1_input"),
			we("2026-11-29T07:41:16Z", Unknown, "nas07", "2026-11-29T07:41:16+00:00 nas07 fancontrol[812]:   MINTEMP=35"),
			we("2026-11-29T07:41:16Z", Unknown, "nas07", "2026-11-29T07:41:16+00:00 nas07 fancontrol[812]:   MAXTEMP=65"),
			we("2026-11-29T07:41:17Z", Unknown, "nas07", "2026-11-29T07:41:17+00:00 nas07 fancontrol[812]: Enabling PWM on fans..."),
			we("2026-11-29T07:41:17Z", Unknown, "nas07", "2026-11-29T07:41:17+00:00 nas07 fancontrol[812]: Starting automatic fan control..."),
		},
	},
	{
		name:   "thinkfan-journal-short-precise",
		source: "thinkfan 1.3 (the ThinkPad fan daemon) run by thinkfan.service and read with `journalctl -u thinkfan -o short-precise` (`Mmm dd HH:mm:ss.uuuuuu host thinkfan[pid]: msg`; its `Temperatures(bias): t(b), … -> Fans: level N` lines and its own `WARNING: ` and `ERROR: ` tags before a message): thinkfan's message output, from memory",
		why:    "a yearless date with microseconds; 52(0) and level 2 are no times and no levels; thinkfan's own WARNING: tag is the level; the host column is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Unknown, "x1-kim", "Nov 29 07:41:16.204811 x1-kim thinkfan[1021]: thinkfan 1.3.1 starting..."),
			we("2026-11-29T07:41:16.231907Z", Warn, "x1-kim", "Nov 29 07:41:16.231907 x1-kim thinkfan[1021]: WARNING: Using default fan control in /proc/acpi/ibm/fan."),
			we("2026-11-29T07:41:21.240015Z", Unknown, "x1-kim", "Nov 29 07:41:21.240015 x1-kim thinkfan[1021]: Temperatures(bias): 52(0), 48(0), 45(0) -> Fans: level 2"),
			we("2026-11-29T07:43:06.118402Z", Unknown, "x1-kim", "Nov 29 07:43:06.118402 x1-kim thinkfan[1021]: Temperatures(bias): 61(0), 55(0), 49(0) -> Fans: level 4"),
			we("2026-11-29T07:44:51.002117Z", Unknown, "x1-kim", "Nov 29 07:44:51.002117 x1-kim thinkfan[1021]: Temperatures(bias): 47(0), 44(0), 41(0) -> Fans: level 1"),
		},
	},
}

func TestFresh423Formats(t *testing.T) { assertTable(t, fresh423Cases) }
func TestFresh423Score(t *testing.T) {
	checkScore(t, "fresh423 formats", fresh423Cases, [worldNumFields]float64{87.4, 85.6, 99.9, 87.4})
}
