package parse

import "testing"

// The four-hundred-and-eighty-ninth fresh table: network devices' CLI log outputs, a fourth further
// pass after fresh316, fresh365, fresh387, fresh412, fresh434 and fresh450 (the output of show
// logging / display logbuffer / log show commands on switches, routers, firewalls and wireless
// controllers, as engineers paste them), shapes no earlier table holds. Each family is one product's
// output: a Cisco Business 220 smart switch's `show logging` (its `Logging service is enabled`
// preamble, then `*Mmm dd yyyy HH:mm:ss: STP-6: …` newest first, a severity digit after the
// facility and no percent sign); IOS XR's `show pfm location all` (a pipe-separated fault table with
// E/A, CR and ER severities); IOS `show ip ospf events` (numbered events newest first); IOS `show
// monitor event-trace cef events all`; a Catalyst's `show diagnostic events` (an I, W or E event
// type after a month/day clock); IOS XE's `show redundancy switchover history` (the time last,
// clock first: `07:41:16 UTC Sun Nov 29 2026`); an IOS XR ltrace (`show ospf trace spf`); NX-OS's
// `show module internal exceptionlog` (labelled blocks whose time is their last field).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`show logging`, `display logbuffer`, `show log`, `Nokia`, `SR OS`,
// `TIMOS`, `VOSS`, `VSP`, `OmniSwitch`, `swlogd`, `Force10`, `STKUNIT`, `OS10`, `dn_alm`, `ICX`,
// `FastIron`, `errdump`, `FID 128`, `AlliedWare`, `awplus`, `SG350`, `LINK-I-Up`, `Comware`, `H3C`,
// `ProCurve`, `AOS-S`, `AOS-CX`, `EXOS`, `AAA.authPass`, `MikroTik`, `IOS-XR`, `RP/0/RSP0`, `NX-OS`,
// `ETHPORT`, `Aruba`, `sapd`, `Onyx`, `Cumulus`, `Ruckus`, `SmartZone`, `ZTE`, `Zyxel`, `Netgear`,
// `TP-Link`, `Omada`, `Cambium`, `FortiSwitch`, `SonicWall`, `Ubiquiti`, `EdgeOS`, `VyOS`, `Huawei`,
// `Juniper`, `Arista`, `Palo Alto`, `FortiGate`, `Brocade`, `Mellanox`, `Extreme`, `msglog`,
// `traplog`, `vEdge`, `Viptela`, `Check Point`, `Dell`, `SONiC`, `swss#`, `orchagent`, `SR Linux`,
// `srlinux`, `Hirschmann`, `HiOS`, `Ruijie`, `RGOS`, `Digital China`, `DCN`, `Aerohive`, `HiveOS`,
// `ah_auth`, `ScreenOS`, `get log event`, `netscreen`, `show ns events`, `raslog`, `SLX`, `VDX`,
// `Adtran`, `Ciena`, `SAOS`, `Moxa`, `Westermo`, `WeOS`, `SCALANCE`, `Versa`, `FlexVNF`, `FSOS`,
// `fs.com`, `Raisecom`, `Meru`, `show sel`, `FXOS`, `show fault`, `Maipu`, `Unleashed`, `UniFi`,
// `Lancom`, `Fortinet FortiAP`, `cw_diag`, `Calix`, `Zhone`, `Juniper Mist`, `APIC`, `faultRecord`,
// `mp-log`, `show security log`, `Ericsson`, `IPOS`, `Ribbon`, `Sonus`, `Silver Peak`, `Citrix
// SD-WAN`, `Talari`, `Viasat`, `Peplink`, `Cradlepoint`, `Sierra`, `Digi`, `Opengear`, `Lantronix`,
// `Perle`, `Planet`, `Tenda`, `Mercusys`, `Asus`, `Synology SRM`, `Netonix`, `Ubiquiti UFiber`,
// `RouterOS`, `usecs after`, `event-history`, `show accounting log`, `type=update:id=`,
// `type=start:id`, `show log system`, `ha history`, `is selected as the primary`, `crashlog`, `show
// events`, `Event|`, `LOG_INFO|`, `:311002:`, `show log all`, `ise-psc`, `CHASSISD_`, `chassisd`,
// `iosrp`, `show logging process`, `btrace`, `TRAPMGR`, `PowerConnect`, `1920S`, `security-logfile`,
// `show system commit`, `via cli`, `net show`, `show logging onboard`, `show log
// interactive-commands`, `UI_CMDLINE_READ_LINE`, `UI_COMMIT`, `show archive`, `Logged command`, `show
// platform software trace`, `show logging history`, `diag debug`, `sys ha`, `get system ha`, `show
// system logs`, `show syslog`, `NetIron`, `Foundry`, `BayStack`, `PicOS`, `Pica8`, `XorPlus`,
// `OcNOS`, `IP Infusion`, `JetStream`, `Xirrus`, `ZoneDirector`, `Motorola`, `RFS`, `RUGGEDCOM`,
// `Phoenix Contact`, `UNIVERGE`, `NEC IX`, `Si-R`, `IPCOM`, `FITELnet`, `FutureNet`, `Apresia`,
// `SEIL`, `CentreCOM`, `Dasan`, `Ubiquoss`, `Piolink`, `Sangfor`, `DPtech`, `Topsec`, `Eltex`,
// `QTECH`, `SNR`, `Datacom`, `DmOS`, `bintec`, `Viprinet`, `OneOS`, `Ekinops`, `Radware`,
// `Infinera`, `Tellabs`, `Fiberhome`, `UTStarcom`, `Teldat`, `Vyatta`, `ArcOS`, `Arrcus`, `Inseego`,
// `Aviat`, `Tachyon`, `Mimosa`, `Siklu`, `Ceragon`, `Edimax`, `Lantech`, `Korenix`, `Kyland`,
// `Garrettcom`, `N-Tron`, `Sixnet`, `Hillstone`, `Venustech`, `Inspur`, `ios-log-msg`, `logging
// buffered xml`, `junos@2636`, `%INTERACT-`, `%DAEMON-`, `explicit-priority`, `zdebug`,
// `fw_log_drop`, `trace_id=`, `print_pkt_detail`, `CID-0`, `THREAD_ID`, `matched filter`,
// `ra_trace`, `debug flow`, `SWX`, `yamaha`, `show logging -t`, `show logging -b`, `nv show`,
// `Trellix`, `IPSManager`, `ACOS`, `A10`, `CNOS`, `ENOS`, `RackSwitch`, `Grandstream`, `GWN`,
// `DWC-`, `Stellar`, `QSW`, `show logging event`, `show logging raslog`, `Instant On`, `EnGenius`,
// `128T`, `cnMatrix`, `RtBrick`, `UISP`, `cnPilot`, `ACCT_SYSTEM`, `USYS_CONFIG`, `msg=audit(`,
// `ACCT_CMD`, `opensm`, `show ib sm log`, `alaxala`, `show debug buffer`, `CBS220`, `Business 220`,
// `STP-6:`, `Buffer Logging :`, `Logging service is enabled`, `DFL(UTC`, `CBS350`, `PFM TOTAL`,
// `show pfm`, `EMERGENCY/ALERT`, `mac-learning-log`, `was learned`, `Authpass`, `DyingGasp`,
// `detail-info`, `AlarmSN`, `display alarm history`, `MA5800`, `show audit messages`, `reboot
// history`, `show ip ospf events`, `Rcv Changed Type-1`, `ospf_dbase`, `monitor event-trace`,
// `nsconmsg`, `show log user`, `still logged in`, `show diagnostic events`, `Event Type (ET)`,
// `spf-log`, `First trigger LSP`, `wrapping entries`, `exceptionlog`, `show redundancy`,
// `switchover history`). None of the Cisco Business 220's buffer, `show pfm`, `show ip
// ospf events`, `show monitor event-trace`, `show diagnostic events`, `show redundancy switchover
// history`, an XR ltrace or the NX-OS exception log is in any table (`show redundancy` matches only
// the RF history log of fresh412, `switchover history` only fresh387's and fresh412's lists of what
// they grepped, `exceptionlog` only Java exception loggers; `wrapping entries` matches nothing). Left out as
// measured already: every major vendor's plain `show logging` / `display logbuffer` / `show log`
// (Cisco IOS, IOS XE, IOS XR, NX-OS, ASA, FTD, AireOS, the 9800, Junos, EOS, Huawei VRP, H3C
// Comware, AOS-S, AOS-CX including `show accounting log` and `show debug buffer`, ArubaOS, Instant,
// EXOS, VOSS, SLX, ICX, OS9, OS10, OmniSwitch, AlliedWare Plus, ALAXALA, Yamaha RTX, Nokia SR OS,
// FortiOS, FortiSwitch, PAN-OS, Gaia, EdgeOS, VyOS, RouterOS, SONiC, Onyx, Zyxel, D-Link, Netgear,
// Edgecore, Aerohive HiveOS including the IQ Engine APs), Junos' `show ethernet-switching
// mac-learning-log` and `show log user`, NetScaler's `show audit messages` and `nsconmsg`, ZTE's ONU
// auth-pass history, IS-IS's `spf-log` and IOS XR's `show reboot history`. Left out as not confirmed
// by any search and too uncertain to write from memory: Yamaha SWX's and TP-Link JetStream's `show
// logging` (manuals found, no line), AOS-S's `show logging -t` and `-b` (the options documented, no
// line), Huawei SmartAX OLTs' alarm blocks, A10 ACOS's `show log`, NEC IX's and FITELnet's `show
// logging`. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The CBS220's `*Nov 29 2026 07:41:16` has no zone and is read as UTC (the
// `*` only says the clock is not synchronised); the year-less times of `show ip ospf events`, the
// event trace, the ltrace and `show diagnostic events` (`11/29`, month first) are in 2026; the
// switchover history writes its zone (UTC) after the clock; the PFM rows and the NX-OS exception's
// `Time :` field have no zone. Levels only where the line marks one: the digit after the CBS220's
// facility (6 Info, 5 Notice, 4 Warn), the PFM Sev column (CR Critical, ER Error), the diagnostic
// event type (I Info, W Warn, E Error); the OSPF events, the event trace, the ltrace and the
// switchover history carry none, and the exception log's `Error Type : Minor error` classifies the
// exception and is not taken as a level. No record here has a host field: node locations
// (`node0_RSP0_CPU0`, `0/RSP0/CPU0`), cards, router ids, neighbours and client addresses are no
// hosts. A record that spans lines is one entry: each NX-OS exception instance, from its heading to
// its `(Ticks: …)` line. The preambles, column headings and command echoes are fed but not scored.
//
// The shapes come from the pages, sources and references each case names, found with the search
// tool (corpora "docs", "issues", "code", "pages"); only the CBS220 buffer was confirmed by a pasted
// session, and the others are written from memory, as their sources say. Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 25b8301 before any rule for it: level 54.2 %, time 75.0 %, host 79.2 %, records 75.0 %.
// That is the macro figure (micro: level 54.8 %, time 80.6 %, host 83.9 %, records 80.6 %), in a
// worktree at 25b8301 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are the CBS220's severity digit after the facility and the PFM
// Sev column, which are not read as levels, the switchover history's rows (time last, clock first),
// which are joined to the column heading, and the NX-OS exception instances, which are cut after
// their heading line with their `Time :` field unread.

var fresh489Cases = []worldCase{
	{
		name:   "cisco-cbs220-show-logging-buffer",
		source: "Cisco Business 220 (CBS220) smart switch `show logging` (a `Logging service is enabled` / `Console Logging: level …` / `Buffer Logging : level …` preamble, then a dashed `Buffer Logging` heading and newest-first entries `*Mmm dd yyyy HH:mm:ss: FACILITY-N: msg`, the digit a syslog severity): a pasted session, pastebin.com/63RSxrFb ('StackOverflow/77889-Cisco Log', found with the pages search); the CBS220 attribution from memory",
		why:    "a year after the day, a colon after the clock, and the severity digit after the facility with no percent sign (`STP-6:`, `Port-5:`, `AAA-4:`); the leading `*` marks an unsynchronised clock; the client address is no host",
		gap:    "the severity digit after the facility with no percent sign (`STP-6:`, `Port-5:`, `AAA-4:`) is not read as a level",
		entries: []worldEntry{
			wskip("Logging service is enabled",
				"",
				"Console Logging: level notice",
				"Buffer Logging : level info",
				"File Logging : disabled",
				"",
				"",
				"Buffer Logging",
				"--------------"),
			we("2026-11-29T07:48:52Z", Info, "", "*Nov 29 2026 07:48:52: STP-6: GigabitEthernet12 STP port state is set to Forwarding"),
			we("2026-11-29T07:48:38Z", Info, "", "*Nov 29 2026 07:48:38: STP-6: GigabitEthernet12 STP port state is set to Learning"),
			we("2026-11-29T07:48:18Z", Notice, "", "*Nov 29 2026 07:48:18: Port-5: GigabitEthernet12 link up"),
			we("2026-11-29T07:48:16Z", Notice, "", "*Nov 29 2026 07:48:16: Port-5: GigabitEthernet12 link down"),
			we("2026-11-29T07:47:42Z", Notice, "", "*Nov 29 2026 07:47:42: AAA-5: New ssh connection for user netops, source 192.168.40.23 ACCEPTED"),
			we("2026-11-29T07:41:16Z", Warn, "", "*Nov 29 2026 07:41:16: AAA-4: New http connection for user admin, source 192.168.40.51 REJECTED"),
		},
	},
	{
		name:   "iosxr-asr9k-show-pfm-location-all",
		source: "Cisco IOS XR (ASR 9000) `show pfm location all`: per node a `node:` heading, `CURRENT TIME:` and `PFM TOTAL:` counters, then a pipe-separated table `Raised Time|S#|Fault Name|Sev|Proc_ID|Dev/Path Name|Handle` with the severity as E/A, CR or ER; from memory (no search confirmed the layout)",
		why:    "a time with the year after the clock at the head of a pipe-separated row; `CR` and `ER` in the Sev column are the level; the node location `node0_RSP0_CPU0` is no host; the header block is fed but not scored",
		gap:    "the `CR` and `ER` severity in the Sev column of the pipe-separated row is not read as a level",
		entries: []worldEntry{
			wskip("RP/0/RSP0/CPU0:pe1-ams#show pfm location all",
				"Sun Nov 29 07:50:02.118 UTC",
				"",
				"node:  node0_RSP0_CPU0",
				"---------------------",
				"CURRENT TIME: Nov 29 07:50:02 2026",
				"PFM TOTAL: 3  EMERGENCY/ALERT(E/A): 0  CRITICAL(CR): 1  ERROR(ER): 2",
				"-------------------------------------------------------------------------------------------------",
				"Raised Time         |S#|Fault Name                                |Sev|Proc_ID|Dev/Path Name   |Handle",
				"--------------------+--+------------------------------------------+---+-------+----------------+--------"),
			we("2026-11-29T07:41:16Z", Critical, "", "Nov 29 07:41:16 2026|0 |PEM_PWR_INPUT_FAULT                       |CR |4238   |Power Module    |0x2000004"),
			we("2026-11-29T07:43:02Z", Error, "", "Nov 29 07:43:02 2026|0 |FABRIC_LINK_DEGRADED                      |ER |8353   |Fabric Manager  |0x1034000"),
			we("2026-11-29T07:44:40Z", Error, "", "Nov 29 07:44:40 2026|0 |OPTICS_RX_POWER_LOW                       |ER |5171   |Optics0/0/0/3   |0x1018021"),
		},
	},
	{
		name:   "cisco-ios-show-ip-ospf-events",
		source: "Cisco IOS `show ip ospf events` (the `OSPF Router with ID (…) (Process ID n)` heading, then numbered events newest first, `n    *Mmm dd HH:mm:ss.mmm: text`); from memory, in the shape of the confirmed `show ip eigrp events` listing",
		why:    "an event number before a year-less time with milliseconds; the router id and neighbour addresses are no host; no level",
		entries: []worldEntry{
			wskip("",
				"            OSPF Router with ID (10.255.0.1) (Process ID 10)",
				""),
			we("2026-11-29T07:41:22.318Z", Unknown, "", "1    *Nov 29 07:41:22.318: Schedule SPF, Area 0, Change in LSID 10.255.0.2, LSA type R, , spf-type Full"),
			we("2026-11-29T07:41:22.314Z", Unknown, "", "2    *Nov 29 07:41:22.314: Rcv Changed Type-1 LSA, LSID 10.255.0.2, Adv-Rtr 10.255.0.2, Seq# 80000123, Age 2, Area 0"),
			we("2026-11-29T07:41:20.902Z", Unknown, "", "3    *Nov 29 07:41:20.902: Neighbor 10.255.0.2, Interface GigabitEthernet0/0/1 state changes from LOADING to FULL"),
			we("2026-11-29T07:41:16.007Z", Unknown, "", "4    *Nov 29 07:41:16.007: Timer Exp:  if_ack_delayed  0x7F3A1C2B5E08"),
		},
	},
	{
		name:   "cisco-ios-show-monitor-event-trace-cef",
		source: "Cisco IOS `show monitor event-trace cef events all` (each trace entry `*Mmm dd HH:mm:ss.mmm: COMPONENT: [table] text (status)`): Cisco IOS Fundamentals command reference 'show gsr through show monitor event-trace' names the command; the entry layout from memory",
		why:    "a year-less time with milliseconds after the `*` of an unsynchronised clock; `SIG:` and `FIB:` are trace components, no level; the prefixes are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Unknown, "", "*Nov 29 07:41:16.102: SIG: [Default] *.* Reset (OK)"),
			we("2026-11-29T07:41:16.118Z", Unknown, "", "*Nov 29 07:41:16.118: FIB: [Default] 10.20.0.0/16 add via 10.255.0.2 GigabitEthernet0/0/1 (OK)"),
			we("2026-11-29T07:41:18.440Z", Unknown, "", "*Nov 29 07:41:18.440: FIB: [Default] 10.30.4.0/24 delete (OK)"),
			we("2026-11-29T07:41:18.441Z", Unknown, "", "*Nov 29 07:41:18.441: SIG: [Default] *.* Flush complete (OK)"),
		},
	},
	{
		name:   "cisco-catalyst-show-diagnostic-events",
		source: "Cisco Catalyst (IOS / IOS XE) `show diagnostic events` (a `Diagnostic events (storage for n events, m events recorded)` preamble, the key `Event Type (ET): I - Info, W - Warning, E - Error`, then `MM/dd HH:mm:ss.mmm ET [Card] Event Message`); from memory (no search confirmed the layout)",
		why:    "a month/day date with no year and a clock with milliseconds; the one-letter ET column is the level (I, W, E); `[2]` is the card, no host",
		entries: []worldEntry{
			wskip("Diagnostic events (storage for 500 events, 4 events recorded)",
				"Number of events matching above criteria = 4",
				"",
				"Event Type (ET): I - Info, W - Warning, E - Error",
				"",
				"Time Stamp             ET [Card] Event Message",
				"------------------     -- -------------------------------------------------------------"),
			we("2026-11-29T07:41:16.123Z", Info, "", "11/29 07:41:16.123 I  [1] TestGoldPktLoopback Passed"),
			we("2026-11-29T07:41:16.340Z", Info, "", "11/29 07:41:16.340 I  [1] Diagnostics Passed"),
			we("2026-11-29T07:43:02.507Z", Warn, "", "11/29 07:43:02.507 W  [2] TestPortTxMonitoring Failed on port(s) 2/0/14"),
			we("2026-11-29T07:43:02.511Z", Error, "", "11/29 07:43:02.511 E  [2] TestPortTxMonitoring failed 5 consecutive times, port 2/0/14 put in err-disable"),
		},
	},
	{
		name:   "cisco-iosxe-show-redundancy-switchover-history",
		source: "Cisco IOS XE (Catalyst 9000 stack / StackWise Virtual) `show redundancy switchover history` (a two-line column heading, then `Index  Previous active  Current active  Switchover reason  Switchover time` with the time as `HH:mm:ss ZONE Ddd Mmm dd yyyy`); from memory (no search confirmed the layout)",
		why:    "the time at the end of the row, written clock first with its zone (UTC) before the weekday and date; the index and switch numbers are no times; no level, no host",
		gap:    "rows whose time comes last, clock first (`07:41:16 UTC Sun Nov 29 2026`), are not seen as records: every row is joined to the column heading above it",
		entries: []worldEntry{
			wskip("Index  Previous  Current  Switchover             Switchover",
				"       active    active   reason                 time",
				"-----  --------  -------  ----------             ----------"),
			we("2026-11-29T07:41:16Z", Unknown, "", "   1       1        2     user forced            07:41:16 UTC Sun Nov 29 2026"),
			we("2026-11-29T09:05:48Z", Unknown, "", "   2       2        1     active unit removed    09:05:48 UTC Sun Nov 29 2026"),
			we("2026-11-29T10:12:03Z", Unknown, "", "   3       1        2     active lost GW         10:12:03 UTC Sun Nov 29 2026"),
		},
	},
	{
		name:   "iosxr-show-ospf-trace-ltrace",
		source: "Cisco IOS XR ltrace output, `show ospf trace spf` (the command's own time line, `Traces for OSPF n (spf):`, the `N wrapping entries (… possible, … allocated, 0 filtered, N total)` line, then `Mmm dd HH:mm:ss.mmm trace-name node tN  text`); from memory (no search confirmed the layout)",
		why:    "a year-less time with milliseconds; `ospf/10/spf` is the trace buffer and `0/RSP0/CPU0` the node location, no host; `t7` is a thread; no level",
		entries: []worldEntry{
			wskip("RP/0/RSP0/CPU0:pe1-ams#show ospf trace spf",
				"Sun Nov 29 07:50:11.402 UTC",
				"",
				"Traces for OSPF 10 (spf):",
				"",
				"4 wrapping entries (2048 possible, 64 allocated, 0 filtered, 4 total)"),
			we("2026-11-29T07:41:16.442Z", Unknown, "", "Nov 29 07:41:16.442 ospf/10/spf 0/RSP0/CPU0 t7  SPF: Area 0 SPF start, trigger LSA change, LSID 10.255.0.2"),
			we("2026-11-29T07:41:16.447Z", Unknown, "", "Nov 29 07:41:16.447 ospf/10/spf 0/RSP0/CPU0 t7  SPF: Area 0 intra-area done, 14 nodes"),
			we("2026-11-29T07:41:16.451Z", Unknown, "", "Nov 29 07:41:16.451 ospf/10/spf 0/RSP0/CPU0 t7  SPF: Area 0 SPF end, 9 ms"),
			we("2026-11-29T07:41:16.460Z", Unknown, "", "Nov 29 07:41:16.460 ospf/10/spf 0/RSP0/CPU0 t7  RIB: 3 routes added, 1 deleted"),
		},
	},
	{
		name:   "cisco-nxos-show-module-internal-exceptionlog",
		source: "Cisco NX-OS `show module internal exceptionlog` (a `********* Exception info for module n ********` banner, then per instance an `exception information --- exception instance n ----` block of `Label : value` lines ending in `Time : Ddd Mmm dd HH:mm:ss yyyy` and an indented `(Ticks: … jiffies)` line); from memory (no search confirmed the layout)",
		why:    "a multi-line record whose time is in its last labelled field (`Time :`), after the first line; the module, device and error codes are no times; `Error Type : Minor error` classifies the exception and is not read as a level, so the records carry none; no host",
		gap:    "an exception instance is cut after its heading line, its `Time :` field is not read as its time, and the next instances' headings are joined to the labelled lines before them",
		entries: []worldEntry{
			wskip("",
				"********* Exception info for module 1 ********",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"exception information --- exception instance 1 ----",
				"Module Slot Number: 1",
				"Device Id         : 75",
				"Device Name       : Sup Fpga",
				"Device Errorcode  : 0x4b02a000",
				"System Errorcode  : 0x41620000 Parity error detected",
				"Error Type        : Minor error",
				"Port(s) Affected  : none",
				"Time              : Sun Nov 29 07:41:16 2026",
				"                    (Ticks: 62D23F2C jiffies)",
				""),
			we("2026-11-29T07:43:55Z", Unknown, "",
				"exception information --- exception instance 2 ----",
				"Module Slot Number: 1",
				"Device Id         : 201",
				"Device Name       : Lamira",
				"Device Errorcode  : 0xc9c0d000",
				"System Errorcode  : 0x40030052 Link failure on fabric port",
				"Error Type        : Major error",
				"Port(s) Affected  : Ethernet1/49",
				"Time              : Sun Nov 29 07:43:55 2026",
				"                    (Ticks: 62D24A91 jiffies)",
				""),
			we("2026-11-29T07:45:02Z", Unknown, "",
				"exception information --- exception instance 3 ----",
				"Module Slot Number: 1",
				"Device Id         : 90",
				"Device Name       : Ethpm",
				"Device Errorcode  : 0x5a001000",
				"System Errorcode  : 0x4081000f Port failure due to link flap",
				"Error Type        : Warning",
				"Port(s) Affected  : Ethernet1/12",
				"Time              : Sun Nov 29 07:45:02 2026",
				"                    (Ticks: 62D24F06 jiffies)"),
		},
	},
}

func TestFresh489Formats(t *testing.T) { assertTable(t, fresh489Cases) }
func TestFresh489Score(t *testing.T) {
	checkScore(t, "fresh489 formats", fresh489Cases, [worldNumFields]float64{54.1, 74.9, 79.1, 74.9})
}
