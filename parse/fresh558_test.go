package parse

import "testing"

// The five-hundred-and-fifty-eighth fresh table: network devices' CLI log outputs, a sixth pass
// after fresh412, fresh434, fresh450, fresh489 and fresh530 (the output of show logging, display
// logbuffer, log print and similar commands on switches, routers, firewalls and wireless
// controllers, as operators paste them), in shapes no earlier table holds. The plain log buffers of
// every major vendor are measured already, so this pass takes the listings operators paste next to
// them when a box has crashed or a protocol has flapped: Junos' `show system core-dumps` (an `ls -l`
// listing with a year-less `Mmm dd HH:mm`); the NSX CLI's `get core-dumps` (a size, then a dated UTC
// time); ArubaOS-Switch's `show ip ospf spf-log` (an uptime-like `0h:35m:44`, no clock time) and
// `show ipv6 ospf3 spf-log` (no time column at all); Junos' `show ospf log` (a time of day only);
// AOS-CX's `show core-dump all` (a pipe-separated row with a zone-less stamp); IOS XE's `dir
// crashinfo:` (a dated `+00:00` time after a size); and FortiWeb's `diagnose debug crashlog show`
// (the epoch at the end of a core file's name).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`procurve`, `AOS-S`, `00076 ports`, `VOSS`, `GlobalRouter`,
// `errdump`, `Brocade`, `SEC-1203`, `Allied`, `AlliedWare`, `awplus`, `SR OS`, `Nokia`, `MINOR: `,
// `IOS XR`, `RP/0/RSP0/CPU0`, `SG300`, `LINK-I-Up`, `Ruckus`, `:I:System`, `EXOS`, `<Info:`,
// `Comware`, `H3C`, `%Nov`, `Ruijie`, `Onyx`, `Mellanox`, `SONiC`, `execute log display`,
// `FortiGate`, `show log system`, `PAN-OS`, `msglog`, `WLC`, `VyOS`, `EdgeOS`, `Zyxel`, `Omada`,
// `Moxa`, `Ciena`, `SAOS`, `Dell OS10`, `OS10`, `Cumulus`, `Arista`, `NX-OS`, `Huawei`, `MikroTik`,
// `Juniper`, `ASA-`, `Meraki`, `Aruba`, `Sophos`, `Check Point`, `Extreme`, `Netgear`, `ZTE`,
// `Ericsson`, `Adtran`, `Calix`, `Edgecore`, `Cambium`, `Ubiquiti`, `Teltonika`, `pfSense`,
// `OPNsense`, `WatchGuard`, `SonicWall`, `Barracuda`, `Stormshield`, `DrayTek`, `Hirschmann`,
// `Westermo`, `Siemens`, `RUGGEDCOM`, `Lancom`, `Fortinet`, `Aerohive`, `HiveOS`, `Mist`,
// `Catalyst`, `Viptela`, `vEdge`, `Versa`, `Silver Peak`, `Riverbed`, `tmsh`, `A10`, `Citrix`,
// `NetScaler`, `Nexus`, `Junos`, `IOS-XE`, `Alcatel`, `OmniSwitch`, `swlogd`, `Raisecom`, `D-Link`,
// `TP-Link`, `Netonix`, `Peplink`, `Cradlepoint`, `Opengear`, `Avocent`, `Lantronix`, `Perle`,
// `Grandstream`, `EnGenius`, `Avaya`, `Infoblox`, `BlueCat`, `Gigamon`, `Vyatta`, `Harmonic`,
// `srlinux`, `PowerConnect`, `FTOS`, `Force10`, `Quanta`, `PicOS`, `Pica8`, `OcNOS`, `EdgeSwitch`,
// `UniFi`, `Hillstone`, `Sangfor`, `Untangle`, `Endian`, `Kerio`, `Forcepoint`, `Cyberoam`,
// `IPFire`, `Smoothwall`, `{iosrp`, `btrace`, `show logging process`, `show platform software
// trace`, `display trapbuffer`, `#Nov`, `topics=`, `system,info`, `show log traffic`, `mp-log`,
// `ms.log`, `zdebug`, `fw_log_drop`, `CID-0`, `flow-trace`, `show traplog`, `apfMsConnTask`, `show
// accounting log`, `type=update`, `Event|`, `show events`, `LOG_INFO|`, `show logging onboard`,
// `OBFL`, `interactive-commands`, `UI_CMDLINE_READ_LINE`, `show log messages`, `show logging
// application`, `ise-psc`, `diagnose log`, `diagnose debug`, `show sel`, `show fault`, `show
// eventlog`, `show syslog`, `show tech`, `show log all`, `display logfile`, `display alarm`,
// `logread`, `show logging buffer`, `TRAPMGR`, `traputil`, `STKUNIT`, `raslog`, `ScreenOS`, `get log
// event`, `ProxySG`, `Enterasys`, `Log Text`, `event no.`, `show log ram`, `Siklu`, `Ceragon`,
// `Mimosa`, `airOS`, `SmartEdge`, `%$ VDC`, `fw log`, `Accton`, `HiOS`, `3Com`, `Nortel`, `CBS350`,
// `Aironet`, `show alarm`, `show log chassisd`, `chassisd`, `VDX`, `SLX`, `FastIron`, `Infinera`,
// `APIC`, `show agent`, `via cli`, `show system commit`, `show jobs`, `failover history`, `event
// manager history`, `show history all`, `CMD: '`, `usecs after`, `reset-reason`, `commit list`,
// `login failures`, `cphaprob`, `show archive`, `show reload cause`, `show boot-history`, `show
// users`, `show log user`, `show ip sla`, `eigrp events`, `Metric set`, `spf-log`, `show alarms
// brief`, `show context`, `reboot history`, `arp inspection log`, `SAEVT`, `license eventlog`,
// `fabriclog`, `portlogdump`, `crashlog`, `ha history read`, `spamApTask`, `show ospf log`, `show
// log kmd`, `KMD_`, `show log security`, `:311002:`, `dp-log`, `authd.log`, `globalprotect`,
// `fwk.elg`, `vpnd.elg`, `alarm show`, `show cores`, `show log config`, `cpwd_admin`, `show ns
// events`, `core-dumps`, `ADE.log`, `crashlog read`, `killed daemon`, `qtrace`, `auditdump`,
// `ios-log-msg`, `logging xml`, `show core-dump`, `crashinfo:`, `dir crashinfo`, `crashinfo_`,
// `system core-dumps`, `vmcore`, `rpd.core`, `SPF Instance`, `Number of times SPF executed`, `show
// ip ospf spf`, `Daemon Name`, `hpe-fand`, `get core-dumps`, `nsx`, `Directory: /var/log/core`,
// `Directory of`, `system-report_`, `Last 100 events`, `SHORTEST PATH FIRST`, `Router LS Update`,
// `ops-switchd`, `hpe-sysmond`). `show ospf log` and `spf-log` appear only in fresh412's and
// fresh489's lists of what was left out; `vmcore` and `core-dump` match other products' crash
// listings, `Daemon Name` other tables' columns, `nsx` NSX's manager and firewall logs, `Directory
// of` Windows' `dir`; none of the eight listings is in any table. Left out as held already: every
// vendor's plain log buffer (see fresh489's list), NX-OS's `show cores`, PAN-OS's `show log
// config`, Check Point's `cpwd_admin list`, IOS XE's OBFL and XML logging, FortiOS's crash log and
// HA history, EIGRP's event log. Left out for want of a page that showed the output: NetScaler's
// `show ns events`, Comware's `display logfile buffer`, FOS's `auditdump`. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Junos' `Nov 29 07:41` has no year (2026) and no seconds; `show ospf log`'s
// `07:41:16` is a time of day, on the clock's day; NSX's `UTC` and IOS XE's `+00:00` name the zone;
// AOS-CX's stamp has none and is read as UTC; FortiWeb's core names end in epoch seconds, the
// record's time (the pid before it is none). ArubaOS-Switch's `0h:35m:44` is time since boot, so
// those rows, and the OSPFv3 rows that have no time column, carry no time. No line marks a level: an
// SPF reason, an OSPF event type, a `Present` flag and a file mode are no levels. No line carries a
// host: owners, groups, daemons and areas are none. Each row is one record; titles, column headers,
// rules and a `bytes total` footer are fed but not scored.
//
// The shapes come from the documentation each case names, found with the search tool (corpora
// "docs", "issues", "code", "pages"); AOS-CX's row layout and IOS XE's `dir crashinfo:` rest on
// memory and their sources say so. Names, sizes, pids and ids are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit a457dc5 before any rule for it: level 62.5 %, time 37.5 %, host 62.5 %, records 62.5 %.
// That is the macro figure (micro: level 65.5 %, time 41.4 %, host 65.5 %, records 65.5 %), in a
// worktree at a457dc5 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right; the gaps are the rows of NSX's `get core-dumps`, the OSPFv3 spf-log and
// IOS XE's `dir crashinfo:`, joined to the line above them, and the times of Junos' core-dump
// listing and FortiWeb's epoch-stamped core names, which are not read.

var fresh558Cases = []worldCase{
	{
		name:   "junos-show-system-core-dumps",
		gap:    "the year-less `Nov 29 07:41` file time after the size column of an `ls -l` row is not read: every row comes out with no time",
		source: "Junos `show system core-dumps` (an `ls -l` listing of /var/crash and /var/tmp: mode, links, owner, group, size, `Mmm dd HH:mm`, path): Juniper's 'Viewing Core Files from Junos OS Processes' and the show system core-dumps command reference (found with the docs search)",
		why:    "a year-less `Nov 29 07:41` file time after a size column, minutes only; owner and group are no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "", "-rw-------  1 root  wheel  268369920 Nov 29 07:41 /var/crash/vmcore.0"),
			we("2026-11-29T07:38:00Z", Unknown, "", "-rw-rw----  1 root  field    3371008 Nov 29 07:38 /var/tmp/rpd.core.0"),
			we("2026-11-29T07:41:00Z", Unknown, "", "-rw-r--r--  1 root  wheel   27775914 Nov 29 07:41 /var/crash/kernel.0"),
			we("2026-11-28T22:05:00Z", Unknown, "", "-rw-rw----  1 root  field    1904640 Nov 28 22:05 /var/tmp/dcd.core.1.gz"),
		},
	},
	{
		name:   "nsx-cli-get-core-dumps",
		gap:    "the rows, which start with a blank and a size, are joined to the `Directory: /var/log/core` line above them, so no entry starts at a row; the `Nov 29 2026 07:41:16 UTC` after the size is not read",
		source: "VMware NSX CLI `get core-dumps` on an edge node (a `Directory: /var/log/core` line, then `size Mmm dd yyyy HH:mm:ss UTC file`): Broadcom's NSX CLI Guide page GetCoreDumps (found with the docs search)",
		why:    "a size first, then a month-name date with a year and a UTC time; the epoch inside the file name is the same moment and no other time; no level, no host",
		entries: []worldEntry{
			wskip("Directory: /var/log/core"),
			we("2026-11-29T07:41:16Z", Unknown, "", " 24950960 Nov 29 2026 07:41:16 UTC core.nginx.1795938076.gz"),
			we("2026-11-29T07:52:40Z", Unknown, "", " 24932275 Nov 29 2026 07:52:40 UTC core.dp-fp:1.1795938760.2688.0.11.gz"),
			we("2026-11-29T08:03:05Z", Unknown, "", "  3801117 Nov 29 2026 08:03:05 UTC core.nsx-opsagent.1795939385.gz"),
		},
	},
	{
		name:   "aos-switch-show-ip-ospf-spf-log",
		source: "HPE ArubaOS-Switch 16.x `show ip ospf spf-log` (an `OSPF SPF (SHORTEST PATH FIRST) LOG` title, an `Area : … - Number of times SPF executed : n` line, a dashed header `SPF Instance Reason Time`, then rows whose Time is `0h:35m:44`): HPE's 'Viewing OSPF SPF statistics' (16.07 manual, found with the docs search)",
		why:    "the Time column is an uptime in `0h:35m:44` form, no clock time: the rows carry no time; the reason words are no level",
		entries: []worldEntry{
			wskip("", " OSPF SPF (SHORTEST PATH FIRST) LOG", "", "  Area : 0.0.0.20       - Number of times SPF executed : 7", "",
				"  SPF Instance    Reason                      Time",
				"  --------------- --------------------------- ----------------"),
			we("", Unknown, "", "  1               Re-init                     0h:00m:41"),
			we("", Unknown, "", "  2               Generated RTR LSA           0h:01m:12"),
			we("", Unknown, "", "  3               Router LS Update            2h:17m:05"),
			we("", Unknown, "", "  4               Network LS Update           2h:17m:09"),
		},
	},
	{
		name:   "aos-switch-show-ipv6-ospf3-spf-log",
		gap:    "the indented time-less rows are joined to the dashed header above them, so no entry starts at a row",
		source: "HPE ArubaOS-Switch 16.08 `show ipv6 ospf3 spf-log` (an `OSPFv3 SPF (SHORTEST PATH FIRST) LOG` title and a dashed header `spf instance Reason`, rows of an instance number and a reason, no time column): HPE's show ipv6 ospf3 spf-log reference (found with the docs search)",
		why:    "rows with no time at all: no entry may take a neighbour's time or the time of reading; no level, no host",
		entries: []worldEntry{
			wskip("", " OSPFv3 SPF (SHORTEST PATH FIRST) LOG", "", " spf instance    Reason", " --------------- ---------------------------"),
			we("", Unknown, "", " 1               Re-Init"),
			we("", Unknown, "", " 2               Generated RTR LSA"),
			we("", Unknown, "", " 3               Router LS Update"),
			we("", Unknown, "", " 4               Incremental LS Update"),
		},
	},
	{
		name:   "junos-show-ospf-log",
		source: "Junos `show ospf log` (a `Topology default SPF log:` title, then sections `Last instance of each event type`, `Maximum length of each event type` and `Last 100 events`, each a `When Type Elapsed` header and rows `HH:mm:ss Type seconds`, newest first): Juniper's show (ospf | ospf3) log reference and a pasted output on pastebin (WQxJu0Hi), found with the docs search",
		why:    "a time of day with no date (the clock's day) before an event type and an elapsed time in seconds, which is no time",
		entries: []worldEntry{
			wskip("Topology default SPF log:", "", "Last 100 events", "When        Type                Elapsed"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16    Redist              0.000014"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16    SPF                 0.000009"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16    Interarea           0.000121"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16    Total               0.000402"),
			we("2026-11-29T07:40:58Z", Unknown, "", "07:40:58    Stub                0.000047"),
		},
	},
	{
		name:   "aoscx-show-core-dump-all",
		source: "HPE Aruba AOS-CX 10.x `show core-dump all` (columns Daemon Name, Instance ID, Present, Timestamp, Build ID under a rule; the columns named in HPE's show core-dump reference, found with the docs search); the row layout from memory",
		why:    "a zone-less `yyyy-MM-dd HH:mm:ss` inside a pipe-separated row after a daemon name and an instance id; no level, no host",
		entries: []worldEntry{
			wskip("===========================================================================",
				"Daemon Name     | Instance ID | Present  | Timestamp           | Build ID",
				"==========================================================================="),
			we("2026-11-29T07:41:16Z", Unknown, "", "hpe-fand        | 1402        | Yes      | 2026-11-29 07:41:16 | 6f1c0a2"),
			we("2026-11-29T07:44:02Z", Unknown, "", "ops-switchd     | 877         | Yes      | 2026-11-29 07:44:02 | 6f1c0a2"),
			we("2026-11-28T21:09:53Z", Unknown, "", "hpe-sysmond     | 351         | No       | 2026-11-28 21:09:53 | 6f1c0a2"),
		},
	},
	{
		name:   "iosxe-dir-crashinfo",
		gap:    "the indented rows (`   21  -rw-  size  Nov 29 2026 07:41:16 +00:00  name`) are joined to the `Directory of crashinfo:/` line above them, so no entry starts at a row; the date after the size is not read",
		source: "Cisco IOS XE `dir crashinfo:` (a `Directory of crashinfo:/` line, rows `index perms size Mmm dd yyyy HH:mm:ss +00:00 name`, a `bytes total (… bytes free)` footer); from memory",
		why:    "a month-name date with a year and a +00:00 offset after the size; the stamp inside the file name is the same moment; no level, no host",
		entries: []worldEntry{
			wskip("", "Directory of crashinfo:/", ""),
			we("2026-11-29T07:41:16Z", Unknown, "", "   21  -rw-         58726400  Nov 29 2026 07:41:16 +00:00  system-report_RP_0_20261129-074116-UTC.tar.gz"),
			we("2026-11-29T07:41:20Z", Unknown, "", "   22  -rw-           412893  Nov 29 2026 07:41:20 +00:00  crashinfo_RP_00_00_20261129-074120-UTC"),
			we("2026-11-28T23:12:47Z", Unknown, "", "   17  -rw-            10240  Nov 28 2026 23:12:47 +00:00  tracelogs"),
			wskip("", "1626361856 bytes total (1498112000 bytes free)"),
		},
	},
	{
		name:   "fortiweb-diagnose-debug-crashlog-show",
		gap:    "the epoch seconds at the end of `core-proxyd-<pid>-<epoch>` are not read as the record's time: every row comes out with no time",
		source: "FortiWeb 7.x `diagnose debug crashlog show` (one core file name a line, `core-<daemon>-<pid>-<epoch seconds>`): Fortinet's FortiWeb administration guide 'Checking core files and basic coredump information' (found with the docs search)",
		why:    "the only time is the epoch in seconds at the end of the file name; the pid before it is no time; no level, no host",
		entries: []worldEntry{
			wskip("FortiWeb # diagnose debug crashlog show"),
			we("2026-11-29T07:41:16Z", Unknown, "", "core-proxyd-2141-1795938076"),
			we("2026-11-29T07:52:40Z", Unknown, "", "core-proxyd-7794-1795938760"),
			we("2026-11-29T07:11:58Z", Unknown, "", "core-proxyd-60152-1795936318"),
		},
	},
}

func TestFresh558Formats(t *testing.T) { assertTable(t, fresh558Cases) }
func TestFresh558Score(t *testing.T) {
	checkScore(t, "fresh558 formats", fresh558Cases, [worldNumFields]float64{62.4, 37.4, 62.4, 62.4})
}
