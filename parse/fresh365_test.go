package parse

import "testing"

// The three-hundred-and-sixty-fifth fresh table, written on 2026-12-06: network devices' own CLI
// log outputs, a further pass after fresh48, fresh54, fresh87, fresh128, fresh138, fresh316 and
// fresh356 (show logging, show log, display logbuffer and their kin on routers, switches, firewalls
// and wireless controllers), in vendors, OS versions and shapes no earlier table holds. Each family
// is one product's documented or observed output as an engineer copies it from the CLI: an
// Alcatel-Lucent OmniSwitch on AOS 6's `show log swlog` (the FILEID preamble and the `Time Stamp
// Application Level Log Message` table with an upper-case `SUN NOV 29 07:41:16 2026` stamp); a
// Juniper E-series router's JunosE `show log data` (the severity word first, then a US date); an
// Allied Telesis switch on AT-S63 with `show log full` (the severity letter, a `M/DD/YY` date, the
// event id and the source file and line); an older HP ProCurve's `show log` (the keys legend, the
// severity letter and a `MM/DD/YY` date with no event number); a Cisco ISR on IOS XE with `service
// timestamps log datetime msec localtime show-timezone` and `clock timezone JST 9` (a Japanese
// zone abbreviation after the time, an unsynchronised `*`); FortiOS 7's `execute log display` on a
// FortiGate in Tokyo (a numbered list, the local date= and time=, the nanosecond eventtime= and
// tz="+0900"); a Juniper EX's `show log messages` with `time-format year millisecond` (the year
// after the milliseconds, two spaces before the host); an H3C MSR router on Comware 7 with
// `info-center timestamp boot`, `display logbuffer` (the buffer's counters, then `%0.88213450
// sysname MODULE/level/MNEMONIC: text`, milliseconds since start and no clock).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`EXOS`, `<Info:`, `portLinkStateUp`, `ScreenOS`, `get log event`, `Total event entries`,
// `:I:System`, `FastIron`, `ICX`, `traputil`, `EdgeSwitch`, `dn_alm`, `OS10`, `PowerConnect`,
// `show log system`, `execute log display`, `show msglog`, `emWeb`, `log-id 99`, `SR OS`,
// `SNMP #2004`, `RP/0/RSP0`, `mgmtd.NOTICE`, `Onyx`, `Event|`, `AOS-CX`, `swlogd`, `OmniSwitch`,
// `show log swlog`, `FILEID`, `Application   Level`, `swlog1.log`, `SYSTEM        info`, `VOSS`,
// `GlobalRouter`, `wncd`, `show logging process`, `ETHPORT-5`, `awplus`, `AlliedWare`, `CentreCOM`,
// `AR450`, `AT-S63`, `garpmain`, `Link Up Trap for`, `raslog`, `SEC-1203`, `errdump`, `D-Link`,
// `DGS-`, `archive log config`, `sr_linux`, `:311002`, `show log all`, `traplog`, `WiNG`,
// `%DOT11-6`, `Ruijie`, `ZXR10`, `logging history`, `show log traffic`, `fw log`, `SonicOS`,
// `show log events`, `Vigor`, `JetStream`, `Omada`, `show logging buffer`, `logging onboard`,
// `FortiSwitch`, `FXOS`, `Gaia`, `ios-log-msg`, `show accounting log`, `Yamaha`, `STKUNIT`,
// `FTOS`, `crashlog`, `apfMsConnTask`, `FortiWLC`, `chatter:`, `[*11/`, `CAPWAP State`,
// `Ciena`, `SAOS`, `Adtran`, `HiOS`, `RUGGEDCOM`, `NEC IX`, `UNIVERGE`, `SEIL`, `Alaxala`,
// `AX2300`, `JunosE`, `junose`, `show log data`, `ERX`, `IPOS`, `SmartEdge`, `Hillstone`,
// `Sangfor`, `Maipu`, `Raisecom`, `Aerohive`, `HiveOS`, `Stormshield`, `ExtremeWare`,
// `<INFO:SYST>`, `JST: %`, `high-resolution`, `tz="+0900"`, `: date=`, `I 11/29/26 `, `ProCurve`,
// `%0.`, `timestamp boot`, `info-center timestamp`, and a year after the milliseconds such as
// `07:41:16.123 2026 `). The OmniSwitch is in fresh20
// (AOS 8's swlogd lines, syslog-shaped) and fresh356; AOS 6's swlog table is in none. JunosE and
// AT-S63 are in none. The ProCurve/AOS-S event log is in fresh316 and elsewhere always with its
// five-digit event number; the older listing without it is in none. Cisco IOS's show logging is in
// world_test.go, fresh87 (UTC, CET) and elsewhere; a JST zone is in none. `execute log display` is
// in fresh87 (FortiSwitch, pri= and no tz) and others; FortiOS 7's with eventtime= and tz= in none.
// Junos's show log messages is in fresh54, fresh87 and more; `time-format year millisecond` in
// none. Comware's display logbuffer is in fresh87, fresh316 and others with the date stamp
// (`%Nov 29 07:41:17:002 2026`), and the boot stamp only as Comware 3 sends it to a log host
// (fresh69, `<PRI>0.166970 sysname`); Comware 7's buffer with the `%`-led boot stamp in none. Left out as measured already or unconfirmed: ScreenOS's get log event (fresh28), the Cisco
// lightweight AP's bracketed log (fresh21), ALAXALA's show logging (fresh154), AlliedWare (classic)
// show log on an AR400 (its severity digits' scale could not be confirmed), NEC UNIVERGE IX (no
// layout found). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Comware's boot stamp is time since start, no clock, so those records have
// no time. The swlog, JunosE, AT-S63 and ProCurve stamps carry no zone and are taken
// as UTC; the two-digit years are 2026. IOS's `JST` is +09:00; FortiOS's date= and time= are local
// with tz="+0900", and eventtime= (epoch nanoseconds) is the same instant, so either is accepted.
// Levels only where the line marks one: the swlog Level column, JunosE's leading word, the AT-S63
// and ProCurve letters (I W E D), IOS's digit in %FAC-N-, FortiOS's level=; Junos without
// explicit-priority marks none, Comware's digit between the slashes (a tag such as SNMP_TRAP_LINK_DOWN is no level). The host is the
// record's host field: Junos's host and Comware's sysname; a client address in a message (ssh from,
// TELNET from, ui="ssh(…)") is not a host. The legends, column headers, rules and list counts are
// headers, not records.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit afdf59b before any rule for it: level 100.0 %, time 100.0 %, host 87.5 %, records 96.9 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 84.8 %, records 97.0 %), in a
// worktree at afdf59b with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right (the OmniSwitch swlog table, JunosE, AT-S63, the Cisco ISR in JST, FortiOS
// 7 with tz=, Junos with the year after the milliseconds); the gaps are the ProCurve listing's
// bottom line and the sysname after Comware's boot stamp.

var fresh365Cases = []worldCase{
	{
		name:   "omniswitch-aos6-show-log-swlog-table",
		source: "Alcatel-Lucent OmniSwitch 6850/6400 on AOS 6 `show log swlog` (the per-file FILEID preamble, then `Time Stamp  Application  Level  Log Message` columns with a `DDD MMM dd HH:mm:ss yyyy` upper-case stamp; levels alarm, error, alert, warning, info, debug1-3): OmniSwitch AOS Release 6 Network Configuration Guide 'Using Switch Logging' (easymanua.ls, severity levels 2-9), OmniSwitch 6600 guide (manualsdump.com); the table's layout from memory",
		why:    "an upper-case weekday and month with the year last, then an application column before the level word; the preamble's endPtr and sizes are no times",
		entries: []worldEntry{
			wskip("Displaying file contents for 'swlog1.log'",
				"FILEID: fileName[swlog1.log], endPtr[4410]",
				"configSize[128000], currentSize[128000], mode[1]",
				"",
				"Time Stamp                Application     Level     Log Message",
				"------------------------+---------------+---------+--------------------------------"),
			we("2026-11-29T07:41:16Z", Info, "", "SUN NOV 29 07:41:16 2026  SYSTEM          info      Switch Logging files cleared by command"),
			we("2026-11-29T07:41:19Z", Info, "", "SUN NOV 29 07:41:19 2026  STP             info      Port 1/12 in VLAN 20 changed state to FORWARDING"),
			we("2026-11-29T07:41:22Z", Warn, "", "SUN NOV 29 07:41:22 2026  CHASSIS         warning   CMM A temperature 61C is over the warning threshold"),
			we("2026-11-29T07:41:25Z", Error, "", "SUN NOV 29 07:41:25 2026  CSM-CHASSIS     error     Flash synchronization with the secondary CMM failed"),
		},
	},
	{
		name:   "junose-erx-show-log-data",
		source: "Juniper E-series (ERX/E320) on JunosE 11 `show log data` (`SEVERITY MM/dd/yyyy HH:mm:ss category (slot N): message`): JunosE System Event Logging Reference Guide 11.1.x/11.3.x (manualmachine.com); the line layout from memory",
		why:    "the severity word comes first, before a US-ordered date; the category and slot in parentheses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "NOTICE 11/29/2026 07:41:16 system (slot 6): Task 'ipInterface' restarted after an exception"),
			we("2026-11-29T07:41:18Z", Info, "", "INFO 11/29/2026 07:41:18 pppLink: ATM5/0.101 - link up"),
			we("2026-11-29T07:41:20Z", Warn, "", "WARNING 11/29/2026 07:41:20 radiusClient: RADIUS server 10.30.0.8 is not responding, marked unavailable"),
			we("2026-11-29T07:41:22Z", Error, "", "ERROR 11/29/2026 07:41:22 ospfGeneral: neighbor 10.30.1.1 on GigabitEthernet 2/0 changed state to Down"),
		},
	},
	{
		name:   "allied-telesis-ats63-show-log-full",
		source: "Allied Telesis AT-8000/AT-9400 switches on AT-S63 `show log full` (`S Date Time EventID Source File:Line Number Event`, the severity letters E W I D, a `M/DD/YY` date): AT-S63 Management Software Command Line User's Guide, 'Event Log Example' and 'Event Log Severity Levels' (azmanual.top)",
		why:    "a severity letter first, a two-digit year, a six-digit event id and a source file with its line before the module's message",
		entries: []worldEntry{
			wskip("S Date     Time     EventID Source File:Line Number Event",
				"------------------------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Info, "", "I 11/29/26 07:41:16 083004  portconfig.c:1022        pcfg: Port 12 link up"),
			we("2026-11-29T07:41:20Z", Warn, "", "W 11/29/26 07:41:20 103002  stpapp.c:718             stp: Topology change detected on port 12"),
			we("2026-11-29T07:41:25Z", Error, "", "E 11/29/26 07:41:25 013007  sysmain.c:402            sys: Fan 2 failure detected"),
			we("2026-11-29T07:41:27Z", Debug, "", "D 11/29/26 07:41:27 043016  macapp.c:1501            mac: Delete Dynamic MAC by Port[12] succeeded"),
		},
	},
	{
		name:   "procurve-legacy-show-log-no-event-id",
		source: "an HP ProCurve 2524/2600 on pre-K firmware, `show log` (the Keys legend, `---- Event Log listing: Events Since Boot ----`, then `S MM/DD/YY HH:mm:ss module: message` with no event number, the bottom line): from memory",
		why:    "a severity letter and a two-digit year with no event number; the legend and the bottom line are headers",
		entries: []worldEntry{
			wskip(" Keys:   W=Warning   I=Information",
				"         M=Major     D=Debug",
				"----  Event Log listing: Events Since Boot  ----"),
			we("2026-11-29T07:41:16Z", Info, "", "I 11/29/26 07:41:16 ports: port 5 is now on-line"),
			we("2026-11-29T07:41:20Z", Warn, "", "W 11/29/26 07:41:20 FFI: port 12-Excessive CRC/alignment errors. See help."),
			we("2026-11-29T07:41:24Z", Info, "", "I 11/29/26 07:41:24 mgr: SME TELNET from 10.40.0.5 - MANAGER Mode"),
			we("2026-11-29T07:41:30Z", Info, "", "I 11/29/26 07:41:30 stp: port 12 - Topology Change"),
			wskip("----  Bottom of Log : Events Listed = 4  ----"),
		},
	},
	{
		name:   "cisco-isr-show-logging-jst-localtime",
		source: "a Cisco ISR 1100 on IOS XE with `service timestamps log datetime msec localtime show-timezone` and `clock timezone JST 9 0`, `show logging` (the buffer after `Log Buffer (N bytes):`, a `*` on an unsynchronised clock, the zone abbreviation before the colon): Cisco IOS XE 'Configuring System Message Logs' (timestamps), Cisco IOS 'System Log Message Format'; the JST lines from memory",
		why:    "a zone abbreviation JST (+09:00) after a yearless time; the severity digit in %FAC-N-; the vty address is no host",
		entries: []worldEntry{
			wskip("Log Buffer (32768 bytes):", ""),
			we("2026-11-29T07:41:16.123Z", Notice, "", "*Nov 29 16:41:16.123 JST: %SYS-5-CONFIG_I: Configured from console by netadm on vty0 (10.40.0.5)"),
			we("2026-11-29T07:41:18.95Z", Error, "", "Nov 29 16:41:18.950 JST: %LINK-3-UPDOWN: Interface GigabitEthernet0/0/1, changed state to down"),
			we("2026-11-29T07:41:19.951Z", Notice, "", "Nov 29 16:41:19.951 JST: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0/1, changed state to down"),
			we("2026-11-29T07:41:24.306Z", Warn, "", "Nov 29 16:41:24.306 JST: %DHCPD-4-PING_CONFLICT: DHCP address conflict:  server pinged 192.168.10.21."),
		},
	},
	{
		name:   "fortios7-execute-log-display-tz-offset",
		source: "FortiOS 7.x `execute log display` on a FortiGate set to Asia/Tokyo (the `N logs found.` and `N logs returned.` counts, then `n: date= time= eventtime= tz=\"+0900\" logid= type= subtype= level= vd= …`): FortiOS Log Reference (log field format, eventtime and tz), a FortiGate SD-WAN event sample with eventtime and tz=\"-0700\" (prophecyinternational.atlassian.net); the numbered list from memory",
		why:    "a list number and colon first; date= and time= are local and tz= gives the offset; eventtime= is epoch nanoseconds; level= is the level; srcip= and ui= are the client",
		entries: []worldEntry{
			wskip("4 logs found.", "4 logs returned.", ""),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.412058113Z", Info, "", `1: date=2026-11-29 time=16:41:16 eventtime=1795938076412058113 tz="+0900" logid="0100032001" type="event" subtype="system" level="information" vd="root" logdesc="Admin login successful" sn="1795938076" user="netadm" ui="ssh(10.40.0.5)" method="ssh" srcip=10.40.0.5 dstip=10.40.0.1 action="login" status="success" reason="none" profile="super_admin" msg="Administrator netadm logged in successfully from ssh(10.40.0.5)"`),
			we("2026-11-29T07:41:58Z|2026-11-29T07:41:58.030471925Z", Warn, "", `2: date=2026-11-29 time=16:41:58 eventtime=1795938118030471925 tz="+0900" logid="0100020900" type="event" subtype="system" level="warning" vd="root" logdesc="Interface status changed" action="interface-stat-change" status="DOWN" msg="Link monitor: Interface wan1 was turned down"`),
			we("2026-11-29T07:42:30Z|2026-11-29T07:42:30.771904102Z", Notice, "", `3: date=2026-11-29 time=16:42:30 eventtime=1795938150771904102 tz="+0900" logid="0101037138" type="event" subtype="vpn" level="notice" vd="root" logdesc="IPsec connection status changed" msg="IPsec connection status change" action="tunnel-up" remip=203.0.113.44 locip=198.51.100.2 remport=500 locport=500 outintf="wan2" vpntunnel="to-osaka" tunneltype="ipsec" status="success"`),
			we("2026-11-29T07:43:05Z|2026-11-29T07:43:05.118260377Z", Error, "", `4: date=2026-11-29 time=16:43:05 eventtime=1795938185118260377 tz="+0900" logid="0100022009" type="event" subtype="system" level="error" vd="root" logdesc="FortiGuard update failed" status="failure" msg="Failed to connect to FortiGuard servers"`),
		},
	},
	{
		name:   "junos-ex-show-log-time-format-year-millisecond",
		source: "Junos on an EX4300 with `set system syslog time-format year millisecond`, `show log messages` (`Mmm dd HH:mm:ss.mmm yyyy  host process[pid]: TAG: msg`): Junos OS System Log Messages Reference 10.3, 'Including the Year or Millisecond in Timestamps' (`Aug 21 12:36:30.401 2006`), napalm-logs' Junos page (two spaces before the host)",
		why:    "the year after the milliseconds, then two spaces and the host; no level without explicit-priority; the ssh client is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "ex4300-01", "Nov 29 07:41:16.204 2026  ex4300-01 mgd[4410]: UI_COMMIT: User 'netops' requested 'commit' operation (comment: none)"),
			we("2026-11-29T07:41:18.95Z", Unknown, "ex4300-01", "Nov 29 07:41:18.950 2026  ex4300-01 mib2d[1901]: SNMP_TRAP_LINK_DOWN: ifIndex 526, ifAdminStatus up(1), ifOperStatus down(2), ifName ge-0/0/12"),
			we("2026-11-29T07:41:21.007Z", Unknown, "ex4300-01", "Nov 29 07:41:21.007 2026  ex4300-01 eswd[1915]: ESWD_BPDU_BLOCK_ERROR_DISABLED: ge-0/0/23.0: bpdu-block disabled port"),
			we("2026-11-29T07:41:23.481Z", Unknown, "ex4300-01", "Nov 29 07:41:23.481 2026  ex4300-01 sshd[5120]: Accepted publickey for netops from 10.40.0.5 port 51844 ssh2"),
		},
	},
	{
		name:   "h3c-comware7-display-logbuffer-boot-timestamp",
		gap:    "trawl reads the level digit of `%0.88213450 MSR50-EDGE SHELL/5/SHELL_LOGIN:` but no host: after a `%`-led boot stamp (milliseconds since start in two words) the sysname before MODULE/level/MNEMONIC is not read as the host",
		source: "an H3C MSR router on Comware 7 with `info-center timestamp boot`, `display logbuffer` (the buffer's counters, then `%xxx.yyy sysname MODULE/level/MNEMONIC: content`, xxx and yyy the high and low 32 bits of the milliseconds since start): H3C MSR 50 and S6300 information-center guides, 'Description of the timestamp parameters' (azmanual.top, the boot example `%0.109391473 Sysname FTPD/5/FTPD_LOGIN`); the counters from memory",
		why:    "a `%` and milliseconds since start where the date would be: no clock; the sysname is the host; the level is the digit between the slashes",
		entries: []worldEntry{
			wskip("Log buffer: Enabled",
				"Max buffer size: 1024",
				"Actual buffer size: 512",
				"Dropped messages: 0",
				"Overwritten messages: 0",
				"Current messages: 5"),
			we("", Notice, "MSR50-EDGE", "%0.88213450 MSR50-EDGE SHELL/5/SHELL_LOGIN: netadm logged in from 10.40.0.5."),
			we("", Error, "MSR50-EDGE", "%0.88215902 MSR50-EDGE IFNET/3/PHY_UPDOWN: Physical state on the interface GigabitEthernet0/1 changed to down."),
			we("", Notice, "MSR50-EDGE", "%0.88215903 MSR50-EDGE IFNET/5/LINK_UPDOWN: Line protocol state on the interface GigabitEthernet0/1 changed to down."),
			we("", Notice, "MSR50-EDGE", "%0.88220117 MSR50-EDGE OSPF/5/OSPF_NBR_CHG: OSPF 1 Neighbor 10.40.255.6(GigabitEthernet0/1) changed from FULL to DOWN."),
			we("", Warn, "MSR50-EDGE", "%0.88224530 MSR50-EDGE ARP/4/DUPIFIP: Duplicate address 10.40.8.1 on interface GigabitEthernet0/2, sourced from 3c8c-40a1-77e2."),
		},
	},
}

func TestFresh365Formats(t *testing.T) { assertTable(t, fresh365Cases) }
func TestFresh365Score(t *testing.T) {
	checkScore(t, "fresh365 formats", fresh365Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 99.9})
}
