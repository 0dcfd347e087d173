package parse

import "testing"

// The four-hundred-and-twelfth fresh table, written on 2026-12-06: network devices' CLI log outputs,
// a further pass after fresh48, fresh54, fresh87, fresh128, fresh138, fresh316, fresh356, fresh365
// and fresh387 (show logging and the devices' other event listings on switches, routers and
// firewalls, as an operator pastes them), in shapes no earlier table holds: not the log buffers but
// the protocol and platform event logs that sit beside them. Each family is one product's documented
// or observed output: Cisco IOS's `show ip eigrp events` (the DUAL event log, numbered newest first,
// a time of day with milliseconds and no date); IOS's `show redundancy history` (the Redundancy
// Facility event log, each line stamped with the time since boot); IOS's `show mac address-table
// notification change` (a counters preamble, then three-line history entries whose timestamps are
// sysUpTime ticks); the Cisco SD-WAN vEdge's `show control connections-history` (a legend, a
// three-row column header, then one row a torn-down control connection with its DOWNTIME last as
// `yyyy-MM-ddTHH:mm:ss+0000`); Huawei VRP's `display mac-address flapping record` (an `S:` line with
// the start time and the columns, then an `E:` line with the end time); H3C Comware 7's `display
// mac-address mac-move` (the last move time in a column before the count); Comware's `display
// history-command all` (a Date/Time/Terminal/Ip/User line, then the `Cmd:` line under it); IOS XE's
// `show device-tracking events` (SISF's FSM events behind a bracketed yearless time); Brocade FOS's
// `firmwareshow --history` (a ctime-style date and time, then the switch's name, in a numbered
// table); IOS XE's `show history all` (each command quoted after `CMD:`, its time after it as
// `HH:mm:ss UTC Www Mmm dd yyyy`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`eigrp`, `eigrp events`, `Event information for AS`, `Metric set:`,
// `Change queue emptied`, `Route install`, `DUAL`, `redundancy history`, `Redundancy Facility`,
// `RF_PROG`, `my state =`, `switchover history`, `Switchover time`, `active unit removed`,
// `notification change`, `mac-address notification`, `History Index`, `Entry Timestamp`,
// `Despatch`, `connections-history`, `connection-history`, `PEER TYPE`, `DISTLOC`, `DCONFAIL`,
// `tear_down`, `Legend for Errors`, `biz-internet`, `Viptela`, `vEdge`, `bfd history`,
// `flapping record`, `mac-address flapping`, `Move-Time`, `MoveNum`, `Original-Port`, `mac-move`,
// `Current port`, `history-command`, `Cmd:`, `Cmd:display`, `Cmd:undo`, `device-tracking`,
// `ACTIVE_REGISTER`, `Entry State changed`, `SSID 0`, `firmwareshow`, `firmware version history`,
// `Fabos`, `brocade`, `auditdump`, `fabriclog`, `history all`, `CMD: '`, `show history`,
// `UTC Sun Nov 29 2026`, and for what was left out `show ospf log`, `spf-log`, `core-dumps`,
// `poe telemetries`, `qtcat`, `logfile buffer`, `reset-reason`, `failover history`, `ha history`,
// `system commit`, `commit list`, `chassis alarms`, `event manager history`, `Time of Event`,
// `SAEVT`, `install_op`, `reboot history`, `mac-learning-log`, `arp inspection`, `cli history`,
// `event-history`, `processes log`, `Log-create-time`, `VDC-1`, `trapbuffer`, `display alarm`,
// `alarm history`, `audit-trail`, `topics=`, `show accounting log`, `ACCT_SYSTEM`).
// `eigrp` and `Route install` match nothing; `DUAL` matches only other words. `switchover history`
// is only in fresh387's list of what it grepped, and no table holds IOS's RF event log. `Despatch`
// and `connection-history` are in fresh301 only as left out for want of a page, so neither the MAC
// notification history nor the SD-WAN connection history is in any table. `Cmd:` matches other
// programs' lines (a Windows `Cmd:`, shell traces); Comware's all-users command buffer is in none.
// `SSID 0` is in fresh28 and fresh372 as wireless SSIDs; the device-tracking event log is in none.
// Brocade is in fresh42, fresh54, fresh154 and others as FOS's RASLog, its audit lines, portlogdump
// and the ServerIron; the firmware history is in none. `UTC Sun Nov 29 2026` is in other tables as
// the tail of other lines (a failover history, a show version); `CMD: '` is in none. Left out as
// held already: NX-OS's event-history and `show processes log`, IOS XR's commit list and alarms,
// Junos's `show system commit`, chassis and system alarms and MAC learning log, the FortiGate HA
// history, ASA's failover history, EEM's history, VRP's trapbuffer and alarm history, AOS-CX's
// accounting log; left out for want of a page that settled their lines in the time given: Junos's
// `show ospf log` and `show poe telemetries`, IOS XR's `show isis spf-log`, Arista's qtrace,
// Comware's `display logfile buffer`, FOS's `fabriclog` and `auditdump`. The table holds 10
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The EIGRP event log's `07:41:16.412` is a time of day with no date, so it is
// on the clock's day. The Redundancy Facility's `00:00:09` is the time since boot and the MAC
// notification history's Entry and Despatch Timestamps are sysUpTime in hundredths, so those records
// have no time of their own. The SD-WAN DOWNTIME's `+0000` is the zone. VRP's `S:` time (the flap's
// start; the `E:` line under it is its end), Comware's Last time and `MM/dd/yyyy HH:mm:ss`, SISF's
// `[Nov 29 07:41:16.123]` (no year: 2026) and FOS's `Sun Nov 29 07:41:16 2026` carry no zone and are
// taken as UTC; `show history all` names UTC. No line marks a level: `tear_down`, `DISTLOC`,
// `NOERR`, `(D)` for error-down, `STATE REACHABLE` and `rc=11` are states and codes, no levels. The
// host is the record's host field: FOS's Switch Name column (the switch whose firmware changed); an
// SD-WAN peer's system IP and addresses, a terminal's Ip, an EIGRP next hop and the MAC and IP of a
// tracked binding are peers and clients, not hosts, and no other listing names its device. A record
// that spans lines is one entry: a MAC notification history entry with its `MAC Changed Message :`
// and `Operation:` lines, a VRP flap's `S:` and `E:` lines, a Comware history entry with its `Cmd:`
// line. The preambles, legends, column headers, rules and totals of each listing are fed but not
// scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3bf89f8 before any rule for it: level 97.5 %, time 57.5 %, host 87.5 %, records 75.0 %.
// That is the macro figure (micro: level 97.6 %, time 50.0 %, host 90.5 %, records 81.0 %), in a
// worktree at 3bf89f8 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 10 families fully right (Comware's mac-move and history-command listings, IOS XE's device-tracking
// events); the gaps are the EIGRP event log's dateless time of day, the Redundancy Facility's
// since-boot stamps read as times of day, the MAC notification history's three-line entries, the
// SD-WAN DOWNTIME column, VRP's S:/E: flap records and their tagged time, FOS's Switch Name column
// as the host, and one `show history all` line joined to the line before it.

var fresh412Cases = []worldCase{
	{
		name:   "cisco-ios-show-ip-eigrp-events-log",
		gap:    "trawl reads no time from `n    HH:mm:ss.mmm event` lines: the time of day with milliseconds after the sequence number, with no date, is not taken on the clock's day",
		source: "Cisco IOS `show ip eigrp events` (the undocumented DUAL event log: `Event information for AS n:`, then `n    HH:mm:ss.mmm event: args` lines, newest first): Sybex CCNP Routing study guide (the command logs every EIGRP event, routes injected and removed, adjacency resets), the IOS EIGRP command reference's `eigrp event-log-size`; the lines from memory",
		why:    "a sequence number, then a time of day with milliseconds and no date (the clock's day); prefixes, metrics and next hops are no times and no hosts",
		entries: []worldEntry{
			wskip("Event information for AS 112:"),
			we("2026-11-29T07:41:16.412Z", Unknown, "", "1    07:41:16.412 Change queue emptied, entries: 1"),
			we("2026-11-29T07:41:16.412Z", Unknown, "", "2    07:41:16.412 Metric set: 10.112.8.0/24 3072"),
			we("2026-11-29T07:41:16.408Z", Unknown, "", "3    07:41:16.408 Update reason, delay: new if 4294967295"),
			we("2026-11-29T07:41:16.408Z", Unknown, "", "4    07:41:16.408 Update sent, RD: 10.112.8.0/24 4294967295"),
			we("2026-11-29T07:41:16.404Z", Unknown, "", "5    07:41:16.404 Route install: 10.112.8.0/24 10.112.2.17"),
			we("2026-11-29T07:41:16.404Z", Unknown, "", "6    07:41:16.404 Find FS: 10.112.8.0/24 4294967295"),
			we("2026-11-29T07:41:16.400Z", Unknown, "", "7    07:41:16.400 Rcv update met/succmet: 3072 2816"),
			we("2026-11-29T07:41:16.400Z", Unknown, "", "8    07:41:16.400 Rcv update dest/nh: 10.112.8.0/24 10.112.2.17"),
		},
	},
	{
		name:   "cisco-ios-show-redundancy-history-rf-log",
		gap:    "trawl reads the since-boot stamp `00:00:14` that opens each Redundancy Facility line as a time of day on the clock's day (2026-11-29T00:00:14Z); it is the time since boot, so the records have no time",
		source: "Cisco IOS `show redundancy history` (`Redundancy Facility Event Log:`, then one line an RF event stamped `hh:mm:ss` since boot: client added, `*my state = … *peer state = …`, RF_PROG_… and RF_STATUS_… progressions with op= and rc=): Cisco IOS 12.2SR 'RSC handover redundancy' configuration guide (show redundancy history)",
		why:    "the `00:00:09` first looks like a time of day but is the time since boot: no record has a time of its own; rc= and op= are codes, no levels",
		entries: []worldEntry{
			wskip("Redundancy Facility Event Log:"),
			we("", Unknown, "", "00:00:02 client added: Redundancy Mode RF(29) seq=60"),
			we("", Unknown, "", "00:00:02 client added: IfIndex(139) seq=105"),
			we("", Unknown, "", "00:00:14 *my state = INITIALIZATION(2) *peer state = DISABLED(1)"),
			we("", Unknown, "", "00:00:14 RF_PROG_INITIALIZATION(100) IfIndex(139) op=0 rc=11"),
			we("", Unknown, "", "00:01:03 RF_STATUS_PEER_PRESENCE(400) op=1"),
			we("", Unknown, "", "00:01:05 *my state = STANDBY COLD(4) peer state = ACTIVE(13)"),
		},
	},
	{
		name:   "cisco-ios-mac-notification-change-history",
		gap:    "trawl cuts each history entry after its `History Index n, Entry Timestamp t, Despatch Timestamp t` line: the `MAC Changed Message :` and `Operation: …` lines under it are not joined to it",
		source: "Cisco IOS `show mac address-table notification change` on a Catalyst (the feature's counters, `History Table contents`, then per entry `History Index n, Entry Timestamp t, Despatch Timestamp t`, `MAC Changed Message :` and `Operation: Added|Deleted  Vlan: v  MAC Addr: m Module: n  Port: p`): CISCO-MAC-NOTIFICATION-MIB cmnHistTimestamp (the value of sysUpTime, CiscoView's MAC Notification history pages), Catalyst Blade Switch 3030 command reference (mac address-table notification history-size); the entry's layout from memory",
		why:    "three lines an entry; Entry and Despatch Timestamps are sysUpTime ticks, no times; the preamble's counters are no records",
		entries: []worldEntry{
			wskip("MAC Notification Feature is Enabled on the switch",
				"Interval between Notification Traps : 1 secs",
				"Number of MAC Addresses Added : 14",
				"Number of MAC Addresses Removed : 9",
				"Number of Notifications sent to NMS : 21",
				"Maximum Number of entries configured in History Table : 25",
				"Current History Table Length : 3",
				"MAC Notification Traps are Enabled",
				"History Table contents",
				"----------------------"),
			we("", Unknown, "",
				"History Index 19, Entry Timestamp 48211532, Despatch Timestamp 48211532",
				"MAC Changed Message :",
				"Operation: Added   Vlan: 20    MAC Addr: 7c21.0e4a.91f3 Module: 1    Port: 5"),
			we("", Unknown, "",
				"History Index 20, Entry Timestamp 48230017, Despatch Timestamp 48230017",
				"MAC Changed Message :",
				"Operation: Deleted Vlan: 20    MAC Addr: a4b2.3c11.07de Module: 1    Port: 6"),
			we("", Unknown, "",
				"History Index 21, Entry Timestamp 48262240, Despatch Timestamp 48262240",
				"MAC Changed Message :",
				"Operation: Added   Vlan: 300   MAC Addr: 0050.56b7.2c19 Module: 1    Port: 12"),
		},
	},
	{
		name:   "cisco-sdwan-vedge-control-connections-history",
		source: "Cisco SD-WAN (Viptela) vEdge `show control connections-history` (a legend of error codes, a column header over three rows: PEER TYPE, PROTOCOL, SYSTEM IP, SITE ID, DOMAIN ID, PRIVATE IP and PORT, PUBLIC IP and PORT, LOCAL COLOR, STATE, LOCAL ERROR, REMOTE ERROR, REPEAT COUNT, DOWNTIME `yyyy-MM-ddTHH:mm:ss+0000`): network-tocoder/Cisco-SD-WAN-Quick-Reference 02_SD-WAN_Onboarding/Troubleshooting_Onboarding.md (the command and its LOCAL/REMOTE ERROR fields), the SD-WAN API guide's BFD history `time` in the same `+0000` form; the rows from memory",
		why:    "the time is the last column, an offset without a colon; the peer's system IP, addresses and ports are no hosts; DISTLOC and NOERR are error codes, no levels",
		entries: []worldEntry{
			wskip("Legend for Errors",
				"   ACSRREJ - Challenge rejected by peer.                  NOVMCFG - No cfg in vmanage for device.",
				"   DISTLOC - Disconnect by local end.                     NOERR   - No error.",
				"   DCONFAIL - DTLS connection failure.                    DISCVBD - Disconnect vbond after register reply.",
				"",
				"                                                                                   PEER                                  PEER",
				"PEER    PEER     PEER             SITE        DOMAIN      PEER                    PRIVATE  PEER                           PUBLIC                                     LOCAL      REMOTE     REPEAT",
				"TYPE    PROTOCOL SYSTEM IP        ID          ID          PRIVATE IP              PORT     PUBLIC IP                      PORT    LOCAL COLOR     STATE             ERROR      ERROR      COUNT   DOWNTIME",
				"------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Unknown, "", "vsmart  dtls     10.255.0.3       100         1           10.10.0.3               12446    198.51.100.3                   12446   biz-internet    tear_down         DISTLOC    NOERR      2       2026-11-29T07:41:16+0000"),
			we("2026-11-29T07:40:02Z", Unknown, "", "vbond   dtls     0.0.0.0          0           0           203.0.113.10            12346    203.0.113.10                   12346   biz-internet    connect           DCONFAIL   NOERR      5       2026-11-29T07:40:02+0000"),
			we("2026-11-29T06:58:47Z", Unknown, "", "vmanage dtls     10.255.0.1       100         0           10.10.0.1               12546    198.51.100.1                   12546   mpls            tear_down         DISCVBD    NOERR      0       2026-11-29T06:58:47+0000"),
		},
	},
	{
		name:   "huawei-vrp-display-mac-flapping-record",
		gap:    "trawl reads neither the `S:yyyy-MM-dd HH:mm:ss` start time glued to its `S:` tag nor the record: the `E:yyyy-MM-dd HH:mm:ss` end line is cut off as a record of its own instead of joined to its S: line",
		source: "Huawei VRP `display mac-address flapping record` on an S-series switch (a legend S start time, E end time, (Q) quit VLAN, (D) error down; a ruled header Move-Time VLAN MAC-Address Original-Port Move-Ports MoveNum; each record an `S:yyyy-MM-dd HH:mm:ss` line with the columns and an `E:` line with the end time; `Total items on slot n`): Huawei S-series command reference 'display mac-address flapping record'",
		why:    "two lines a record: the start time on the S: line is the record's, the E: line under it belongs to it; (D) and (Q) mark a port's fate, no level",
		entries: []worldEntry{
			wskip(" S  : start time",
				" E  : end time",
				"(Q) : quit VLAN",
				"(D) : error down",
				"------------------------------------------------------------------------------",
				"Move-Time             VLAN  MAC-Address   Original-Port Move-Ports   MoveNum",
				"-------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"S:2026-11-29 07:41:16 20   7c21-0e4a-91f3 GE0/0/5      GE0/0/6      37",
				"E:2026-11-29 07:41:34"),
			we("2026-11-29T07:52:03Z", Unknown, "",
				"S:2026-11-29 07:52:03 20   a4b2-3c11-07de Eth-Trunk1   GE0/0/6(D)   112",
				"E:2026-11-29 07:52:40"),
			we("2026-11-29T08:10:45Z", Unknown, "",
				"S:2026-11-29 08:10:45 300  0050-56b7-2c19 Eth-Trunk2   Eth-Trunk3(Q) 9",
				"E:2026-11-29 08:10:49"),
			wskip("",
				"-------------------------------------------------------------------------------",
				"Total items on slot 0: 3"),
		},
	},
	{
		name:   "h3c-comware-display-mac-address-mac-move",
		source: "H3C/HPE Comware 7 `display mac-address mac-move` (MAC address, VLAN, Current port, Source port, Last time `yyyy-MM-dd HH:mm:ss`, Times; a `---  n MAC address moving records found  ---` footer): HPE FlexNetwork 7500 Layer 2 LAN switching command reference 'display mac-address mac-move', H3C SOHO-IE4300 command reference",
		why:    "the time is a column after the MAC, VLAN and two ports; the count after it is no time; no level and no host",
		entries: []worldEntry{
			wskip("MAC address    VLAN Current port   Source port    Last time           Times"),
			we("2026-11-29T07:41:16Z", Unknown, "", "7c21-0e4a-91f3 20   GE1/0/5        GE1/0/6        2026-11-29 07:41:16 4"),
			we("2026-11-29T07:41:19Z", Unknown, "", "7c21-0e4a-91f3 20   GE1/0/6        GE1/0/5        2026-11-29 07:41:19 3"),
			we("2026-11-29T08:10:45Z", Unknown, "", "0050-56b7-2c19 300  BAGG1          GE1/0/12       2026-11-29 08:10:45 1"),
			wskip("---  3 MAC address moving records found  ---"),
		},
	},
	{
		name:   "h3c-comware-display-history-command-all",
		source: "H3C/HPE Comware 7 `display history-command all` (the buffer of commands executed by all login users, up to 1024: a header Date Time Terminal Ip User, then per command a `MM/dd/yyyy HH:mm:ss  line  address  user` line and an indented `Cmd:` line under it, newest first): HPE 5920/5900 fundamentals configuration guide 'Using the command history function'; the entry's layout from memory",
		why:    "two lines a record: the date line and its Cmd: line; a US date; the terminal's Ip is the client's address, no host",
		entries: []worldEntry{
			wskip("  Date       Time      Terminal  Ip              User"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"  11/29/2026 07:41:16  vty0      10.20.0.5       netops",
				"  Cmd:display interface brief"),
			we("2026-11-29T07:40:58Z", Unknown, "",
				"  11/29/2026 07:40:58  vty0      10.20.0.5       netops",
				"  Cmd:undo shutdown"),
			we("2026-11-29T07:40:51Z", Unknown, "",
				"  11/29/2026 07:40:51  vty0      10.20.0.5       netops",
				"  Cmd:interface GigabitEthernet1/0/7"),
			we("2026-11-29T06:12:04Z", Unknown, "",
				"  11/29/2026 06:12:04  con0      **              **",
				"  Cmd:save force"),
		},
	},
	{
		name:   "cisco-iosxe-show-device-tracking-events",
		source: "Cisco IOS XE `show device-tracking events` (SISF's event log: `[Mmm dd HH:mm:ss.mmm] SSID n` then the FSM transitions and binding-table entry changes with origin, MAC, IPV4 and STATE): from memory (no search confirmed the layout)",
		why:    "a bracketed yearless time with milliseconds; the MAC and address of the binding are a client's, no host; STATE REACHABLE is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "", "[Nov 29 07:41:16.123] SSID 0 FSM Feature Table running for event ACTIVE_REGISTER in state CREATING"),
			we("2026-11-29T07:41:16.124Z", Unknown, "", "[Nov 29 07:41:16.124] SSID 0 Transition from CREATING to READY upon event ACTIVE_REGISTER"),
			we("2026-11-29T07:41:18.44Z", Unknown, "", "[Nov 29 07:41:18.440] SSID 0 Created Entry origin Probe MAC 7c21.0e4a.91f3 IPV4 10.20.0.15"),
			we("2026-11-29T07:41:18.442Z", Unknown, "", "[Nov 29 07:41:18.442] SSID 0 Entry State changed origin Probe MAC 7c21.0e4a.91f3 IPV4 10.20.0.15 STATE REACHABLE"),
			we("2026-11-29T07:46:18.451Z", Unknown, "", "[Nov 29 07:46:18.451] SSID 0 Entry State changed origin Probe MAC 7c21.0e4a.91f3 IPV4 10.20.0.15 STATE VERIFY"),
		},
	},
	{
		name:   "brocade-fos-firmwareshow-history",
		gap:    "trawl reads the ctime date and time but no host: the Switch Name column after the time (`fcsw-a01`) is not read as the host",
		source: "Brocade Fabric OS 9's `firmwareshow --history` (`Firmware version history`, a header Sno, Date & Time, Switch Name, Slot, PID, FOS Version, then one numbered row a firmware change with a `Www Mmm dd HH:mm:ss yyyy` time): from memory (no search confirmed the layout)",
		why:    "a sequence number, then a ctime-style date with the year last; the Switch Name column names the switch the row belongs to; the PID and version numbers are no times",
		entries: []worldEntry{
			wskip("Firmware version history",
				"",
				"Sno  Date & Time               Switch Name      Slot  PID   FOS Version"),
			we("2026-11-26T22:04:11Z", Unknown, "fcsw-a01", "1    Thu Nov 26 22:04:11 2026  fcsw-a01         NA    170   Fabos Version v9.2.0a"),
			we("2026-11-28T23:17:52Z", Unknown, "fcsw-a01", "2    Sat Nov 28 23:17:52 2026  fcsw-a01         NA    170   Fabos Version v9.2.1"),
			we("2026-11-29T07:41:16Z", Unknown, "fcsw-a01", "3    Sun Nov 29 07:41:16 2026  fcsw-a01         NA    170   Fabos Version v9.2.1a"),
		},
	},
	{
		name:   "cisco-iosxe-show-history-all-cmd",
		gap:    "trawl joins the line `CMD: 'show history all' 07:42:03 UTC Sun Nov 29 2026` to the `CMD: 'shutdown'` line before it as a continuation, so that command gets no record, time or level of its own (the other `CMD: '…' HH:mm:ss UTC Www Mmm dd yyyy` lines are read right)",
		source: "Cisco IOS XE 16/17 `show history all` (the commands run on every line since boot, one a line: `CMD: 'command' HH:mm:ss ZONE Www Mmm dd yyyy`): from memory (no search confirmed the layout)",
		why:    "the line opens with the quoted command; the time comes after it, the zone word between the time of day and the weekday, the year last",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "CMD: 'configure terminal' 07:41:16 UTC Sun Nov 29 2026"),
			we("2026-11-29T07:41:22Z", Unknown, "", "CMD: 'interface GigabitEthernet1/0/7' 07:41:22 UTC Sun Nov 29 2026"),
			we("2026-11-29T07:41:25Z", Unknown, "", "CMD: 'shutdown' 07:41:25 UTC Sun Nov 29 2026"),
			we("2026-11-29T07:42:03Z", Unknown, "", "CMD: 'show history all' 07:42:03 UTC Sun Nov 29 2026"),
		},
	},
}

func TestFresh412Formats(t *testing.T) { assertTable(t, fresh412Cases) }
func TestFresh412Score(t *testing.T) {
	checkScore(t, "fresh412 formats", fresh412Cases, [worldNumFields]float64{97.4, 67.4, 87.4, 74.9})
}
