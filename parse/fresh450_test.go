package parse

import "testing"

// The four-hundred-and-fiftieth fresh table, written on 2026-12-06: network devices' CLI log
// outputs, a third further pass after fresh316, fresh365, fresh387, fresh412 and fresh434 (show
// logging and the devices' other event, alarm and audit listings of routers, switches, firewalls
// and cable headends as operators paste them), in shapes no earlier table holds. Each family is one
// product's documented or recalled output: a Cisco cBR-8's `show cable flap-list` (one flapping
// modem a row, its last flap as a yearless `Mmm dd HH:mm:ss` in the last column); a uBR7100's
// older `show cable flap` (the CableIF column with a space inside, `C1/0 U1`); a Huawei
// NetEngine 8000 BNG's `display aaa normal-offline-record` (one labelled block a subscriber, its
// login and offline times, closed by dashes); the same command with `brief` (a dashed table with
// no time at all and a Total footer); a Cisco SD-WAN vEdge's `show notification stream viptela`
// (one nested notification block with an eventTime, a severity-level and a host-name, closed by
// `!` lines); a Catalyst 6500 CatOS `show log` with its NMP header and numbered NVRAM log lines
// (`01. 11/29/2026,06:58:40: msg`); Cisco IOS `show ip sla statistics` (one block an operation,
// the start time as `HH:MM:SS[.mmm] ZONE Www Mmm dd yyyy`, sometimes starred); PAN-OS `show
// global-protect-gateway previous-user` (a table with `Mmm.dd HH:MM:SS` Login At and Logout At
// columns).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive: `show system commit`, `by admin via cli`, `show chassis alarms`, `alarms
// currently active`, `show alarms brief`, `hw_optics`, `show accounting log`, `:type=update:`,
// `show audit-trail`, `COMMAND:<`, `show log system`, `show log config`, `log-id 99`, `TIMETRA`,
// `#2004`, `Nokia`, `SR OS`, `srlinux`, `AAA.authPass`, `exos`, `show log events`, `display alarm
// active`, `AlarmId`, `show alarms`, `OS10`, `ACOS`, `CMD_EXECUTED`, `show audit messages`,
// `netscaler`, `crashlog`, `show traplog`, `Trap Log`, `routeros`, `/log print`, `show events`,
// `LOG_INFO|`, `hpe-restd`, `AOS-CX`, `show logging onboard`, `vyos`, `ruckus`, `smartzone`,
// `edgeos`, `sonicwall`, `show log security`, `cpview`, `fw log`, `display alarm`, `display
// trapbuffer`, `show logging history`, `Syslog History Table`, `event manager history`,
// `event-history`, `usecs after`, `reload cause`, `show security alarms`, `show system alarms`, `ha
// history`, `selected as the primary`, `Primary selected using`, `show jobs`, `PositionInQ`,
// `mp-log`, `failover history`, `wncd`, `btrace`, `show msglog`, `spamApTask`, `diagnostic
// events`, `license eventlog`, `SAEVT`, `CP1 [`, `:I:System`, `mgmtd`, `show fault`,
// `fw_log_drop`, `reboot history`, `commit list`, `show ns events`, `show logging process`, `show
// platform software trace`, `arp inspection log`, `mac-learning-log`, `previous-user`, `Logout
// At`, `global-protect-gateway`, `Nov.29`, `diagnose sys ha history`, `show_failover`, `show
// agent`, `reboot-cause`, `notification stream`, `viptela`, `vedge`, `system-login-change`,
// `severity-level`, `show ap eventlog`, `|authmgr|`, `auth-tracebuf`, `arm history`, `show
// errors`, `Alteon`, `flap-list`, `cable flap`, `CableIF`, `install log`, `ciena`, `saos`, `VOSS`,
// `trace_id=`, `sniffer`, `UI_CMDLINE_READ_LINE`, `INFO(6)`, `TRAPMGR`, `event-trace`,
// `online-fail-record`, `offline-record`, `normal-offline`, `User offline`, `offline time`,
// `reboot-info`, `fabriclog`, `portlogdump`, `FCPH`, `alaxala`, `boot-history`, `Saved Crash
// Information`, `topics=`, `ise-psc`, `ip sla`, `IPSLA`, `Latest operation`, `Latest RTT`,
// `catos`, `NVRAM log`, `Re-boot History`, `updateRuntimeWithNVRAM`, `alertconsole`,
// `roam-history`). The vEdge is in fresh10, fresh114, fresh172 and others as syslog (its
// `Notification:` lines through TTMD, JSON relays); the nested notification stream is in none.
// CatOS is in fresh128 as `show logging buffer`; `show log` with the NMP block and NVRAM log is in
// none. Huawei's `display aaa offline-record` was grepped for in fresh387 and left out there (no
// page settled its layout); the NE8000 reference settles the normal-offline-record block and its
// brief table, which are in none. The CMTS flap list, IOS IP SLA statistics and GlobalProtect's
// previous-user table are in none. Left out as measured already: FortiOS' HA history (fresh87),
// Aruba's auth-tracebuf and ARM history (fresh294, fresh372), Brocade's portlogdump and fabriclog
// (fresh154, fresh412), ALAXALA's show logging (fresh154), ArubaOS-CX and ArubaOS-Switch boot
// history (fresh190, fresh281), FortiOS' alert console (fresh316), NetScaler's CMD_EXECUTED audit
// lines (fresh2, fresh54, fresh405). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The flap lists' `Nov 29 07:41:16`, GlobalProtect's `Nov.29 07:41:16` have
// no year (2026) and no zone; the NE8000's, CatOS' and PAN-OS' times carry no zone and are taken
// as UTC; the vEdge's eventTime carries +00:00; IP SLA's start time names its zone (UTC, or CET
// converted from +01:00), and its leading `*` marks an unsynchronised clock, no other time. A
// subscriber's offline record and a GlobalProtect previous-user row each carry two instants: the
// record is written when the session ends, so its time is the offline (Logout At) time; the login
// time is an earlier instant, not the record's. Levels only where the line marks one: the vEdge's
// severity-level (critical Critical, major Error, minor Warn); a flap count, an IP SLA return code
// (Timeout, OK), an offline reason and a logout reason are no levels. The host is the record's host
// field: the vEdge's host-name; a modem's MAC, a subscriber's address, a BFD peer's system-ip, a
// GlobalProtect user's computer and an IP SLA target are not hosts. A record that spans lines is one
// entry: an offline-record block with the dashes that close it, a notification from `notification`
// to its closing `!`, an IP SLA operation from its `IPSLA operation id:` line to the blank after it;
// a table's header with its dashes, and the brief table's dashed footer and Total line, are fed but
// not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7e13a53 before any rule for it: level 62.5 %, time 37.5 %, host 50.0 %, records 50.0 %.
// That is the macro figure (micro: level 64.0 %, time 40.0 %, host 52.0 %, records 52.0 %), in a
// worktree at 7e13a53 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right (both cable flap lists and the NE8000's brief table); the gaps are the
// NE8000's labelled offline blocks, the vEdge's notification blocks, CatOS' indented NVRAM log
// lines, the IP SLA operation blocks and GlobalProtect's dotted Mmm.dd times and Computer column.

var fresh450Cases = []worldCase{
	{
		name:   "cisco-cbr8-show-cable-flap-list",
		source: "Cisco cBR-8 (IOS XE) `show cable flap-list` (header `MAC Address Upstream Ins Hit Miss CRC P-Adj Flap Time`, one modem a row, the last flap as `Mmm dd HH:mm:ss` with no year): Cisco cBR Series Troubleshooting and Network Management Configuration Guide for IOS XE Fuji 16.8.x, 'Flap List Troubleshooting' (easymanua.ls cbr-8 manual pp. 212, 221)",
		why:    "a yearless time in the last column after seven counters; the dotted MAC and the upstream `C1/0/0/UB` are no times; no level, no host",
		entries: []worldEntry{
			wskip("cbr8-hub3# show cable flap-list", "MAC Address     Upstream     Ins   Hit    Miss  CRC  P-Adj Flap  Time"),
			we("2026-11-29T07:41:16Z", Unknown, "", "e448.c7a1.2f03  C1/0/0/UB    12    18420  913   0    3     15    Nov 29 07:41:16"),
			we("2026-11-29T07:38:02Z", Unknown, "", "0025.2e4d.91c8  C1/0/0/U1    0     21877  44    1    9     9     Nov 29 07:38:02"),
			we("2026-11-29T06:55:49Z", Unknown, "", "d4b9.2a10.77e5  C1/0/3/U0    41    9903   4210  0    0     82    Nov 29 06:55:49"),
			we("2026-11-28T23:14:07Z", Unknown, "", "3c37.12f0.08ab  C1/0/3/U2    3     17560  1302  12   27    30    Nov 28 23:14:07"),
		},
	},
	{
		name:   "cisco-ubr7100-show-cable-flap",
		source: "Cisco uBR7100 series CMTS `show cable flap` (header `Mac Addr CableIF Ins Hit Miss CRC P-Adj Flap Time`, the CableIF column `C1/0 U1` with a space inside, the last flap as `Mmm dd HH:mm:ss`): Cisco uBR7100 Series Universal Broadband Router Software Configuration Guide OL-2238-03, chapter 5 'Troubleshooting Cable Flap Lists' (pp. 5-33, 5-34)",
		why:    "the interface column splits into two words; the time is the last three words; a single-digit day is padded with a space",
		entries: []worldEntry{
			wskip("ubr-east2# show cable flap", "Mac Addr        CableIF    Ins  Hit    Miss  CRC  P-Adj  Flap  Time"),
			we("2026-11-29T07:21:09Z", Unknown, "", "0010.95a2.3c41  C1/0 U1    56   18204  911   0    1      116   Nov 29 07:21:09"),
			we("2026-11-29T05:02:33Z", Unknown, "", "0010.95a2.4e17  C1/0 U1    38   18690  2935  0    1      80    Nov 29 05:02:33"),
			we("2026-11-09T19:48:51Z", Unknown, "", "0050.7366.1d0c  C1/0 U2    7    20115  388   2    14     23    Nov  9 19:48:51"),
		},
	},
	{
		name:   "huawei-ne8000-display-aaa-normal-offline-record",
		gap:    "no record starts at a block's `  User name          :` line: the indented labelled lines are joined to the entry before (the command echo and the opening dashed rule), so each subscriber's block, its `User offline time : yyyy-MM-dd HH:mm:ss` and its closing rule are lost inside one entry",
		source: "Huawei NetEngine 8000 F1A/F2A `display aaa normal-offline-record offline-reason <reason>` (a dashed rule, then one labelled block a subscriber: User name, Domain name, User MAC, access type and interface, PeVlan/CeVlan, IP address, ID, authen/acct/author states, `User login time : yyyy-MM-dd HH:mm:ss`, `User offline time :`, `User offline reason:`, and a dashed rule after it): Huawei NetEngine 8000 F1A command reference 8090 'display aaa normal-offline-record' and 'display aaa offline-record online-fail-record' (a10.tagan.ru mirror); Huawei 'display aaa' (usg.zrnko.cz mirror)",
		why:    "two times a block: the record is the session's end, so the offline time is its time and the login time is not; the subscriber's IP and MAC are no host; a closing dashed rule ends each block",
		entries: []worldEntry{
			wskip("<BNG-NE8K-07> display aaa normal-offline-record offline-reason idle-cut", "--------------------------------------------"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"  User name          : pppoe-0417@isp-a",
				"  Domain name        : isp-a",
				"  User MAC           : 38e1-5c27-0a41",
				"  User access type   : IPoE",
				"  User access interface: GigabitEthernet0/1/16",
				"  User access PeVlan/CeVlan : 1203/41",
				"  User IP address    : 100.64.12.41",
				"  User ID            : 8817",
				"  User authen state  : Authened",
				"  User acct state    : AcctReady",
				"  User author state  : AuthorIdle",
				"  User login time    : 2026-11-29 06:02:11",
				"  User offline time  : 2026-11-29 07:41:16",
				"  User offline reason: Idle cut",
				"--------------------------------------------"),
			we("2026-11-29T07:44:52Z", Unknown, "",
				"  User name          : pppoe-2290@isp-a",
				"  Domain name        : isp-a",
				"  User MAC           : 9c4e-36b2-11f0",
				"  User access type   : IPoE",
				"  User access interface: GigabitEthernet0/1/17",
				"  User access PeVlan/CeVlan : 1204/9",
				"  User IP address    : 100.64.13.7",
				"  User ID            : 9132",
				"  User authen state  : Authened",
				"  User acct state    : AcctReady",
				"  User author state  : AuthorIdle",
				"  User login time    : 2026-11-28 22:17:40",
				"  User offline time  : 2026-11-29 07:44:52",
				"  User offline reason: Idle cut",
				"--------------------------------------------"),
			we("2026-11-29T08:03:05Z", Unknown, "",
				"  User name          : biz-0031@isp-b",
				"  Domain name        : isp-b",
				"  User MAC           : 00e0-4c6a-73d2",
				"  User access type   : IPoE",
				"  User access interface: GigabitEthernet0/2/4",
				"  User access PeVlan/CeVlan : 310/-",
				"  User IP address    : 100.64.40.118",
				"  User ID            : 10412",
				"  User authen state  : Authened",
				"  User acct state    : AcctReady",
				"  User author state  : AuthorIdle",
				"  User login time    : 2026-11-29 07:55:31",
				"  User offline time  : 2026-11-29 08:03:05",
				"  User offline reason: Idle cut",
				"--------------------------------------------"),
		},
	},
	{
		name:   "huawei-ne8000-display-aaa-offline-record-brief",
		source: "Huawei NetEngine 8000 `display aaa normal-offline-record offline-reason <reason> brief` (a dashed rule, the header `ID Name IP address MAC Reason`, a dashed rule, one subscriber a row, a dashed rule and `Total: n Printed: n`): Huawei NetEngine 8000 F1A command reference 8090 'display aaa normal-offline-record' (a10.tagan.ru mirror)",
		why:    "rows with no time at all: each row is a record of its own with no time; the footer's dashes and Total line belong to no row",
		entries: []worldEntry{
			wskip("<BNG-NE8K-07> display aaa normal-offline-record offline-reason idle-cut brief",
				"-------------------------------------------------------------------------",
				"ID     Name                   IP address       MAC              Reason",
				"-------------------------------------------------------------------------"),
			we("", Unknown, "", "8817   pppoe-0417@isp-a       100.64.12.41     38e1-5c27-0a41   Idle cut"),
			we("", Unknown, "", "9132   pppoe-2290@isp-a       100.64.13.7      9c4e-36b2-11f0   Idle cut"),
			we("", Unknown, "", "10412  biz-0031@isp-b         100.64.40.118    00e0-4c6a-73d2   Idle cut"),
			wskip("-------------------------------------------------------------------------", "Total: 3  Printed: 3"),
		},
	},
	{
		name:   "cisco-vedge-show-notification-stream-viptela",
		gap:    "trawl keeps the block from `notification` to ` !` but reads nothing inside it: the ` eventTime` RFC 3339 line is not read as the time, `severity-level major|minor|critical` not as the level, `host-name` not as the host, and the closing `!` line is cut off as a record of its own",
		source: "Cisco SD-WAN (Viptela) vEdge `show notification stream viptela` (each event a `notification` block: ` eventTime` RFC 3339 with microseconds and +00:00, the event name indented once, its fields indented twice, `severity-level`, `host-name`, `system-ip` first, closed by ` !` and `!`): from memory (the ConfD-style notification display of the vEdge CLI)",
		why:    "a nested block: the time on its second line, the level in severity-level, the host in host-name; the peer's system-ip and addresses are no hosts; `!` lines close a block",
		entries: []worldEntry{
			wskip("vedge-br2# show notification stream viptela"),
			we("2026-11-29T07:41:16.482917Z", Error, "vedge-br2",
				"notification",
				" eventTime 2026-11-29T07:41:16.482917+00:00",
				" bfd-state-change",
				"  severity-level major",
				"  host-name vedge-br2",
				"  system-ip 10.255.0.12",
				"  src-ip 198.51.100.34",
				"  dst-ip 203.0.113.77",
				"  proto ipsec",
				"  src-port 12346",
				"  dst-port 12366",
				"  local-system-ip 10.255.0.12",
				"  local-color biz-internet",
				"  remote-system-ip 10.255.0.31",
				"  remote-color mpls",
				"  new-state down",
				" !",
				"!"),
			we("2026-11-29T07:43:02.104455Z", Warn, "vedge-br2",
				"notification",
				" eventTime 2026-11-29T07:43:02.104455+00:00",
				" system-login-change",
				"  severity-level minor",
				"  host-name vedge-br2",
				"  system-ip 10.255.0.12",
				"  user-name netops",
				"  user-id 27415",
				" !",
				"!"),
			we("2026-11-29T07:44:37.901230Z", Critical, "vedge-br2",
				"notification",
				" eventTime 2026-11-29T07:44:37.901230+00:00",
				" control-connection-state-change",
				"  severity-level critical",
				"  host-name vedge-br2",
				"  system-ip 10.255.0.12",
				"  personality vsmart",
				"  peer-type vsmart",
				"  peer-system-ip 10.255.0.2",
				"  peer-vmanage-system-ip 0.0.0.0",
				"  public-ip 203.0.113.5",
				"  public-port 12346",
				"  src-color biz-internet",
				"  remote-color default",
				"  uptime 2:01:33:50",
				"  new-state down",
				" !",
				"!"),
		},
	},
	{
		name:   "catos-show-log-nmp-nvram-log",
		gap:    "the indented NVRAM lines `  NN. M/D/YYYY,HH:mm:ss: func:msg` start no record: they are joined to the NMP header before them, and the slashed date with a comma before the time is not read",
		source: "Catalyst 6500 CatOS `show log` (the `Network Management Processor (ACTIVE NMP) Log:` block: Reset count, `Re-boot History:` with `Mmm dd yyyy HH:mm:ss n` pairs, failure counters, then `NVRAM log:` with numbered lines `NN. M/D/YYYY,HH:mm:ss: func:msg`): a 6500 `sh log` paste on pastebin.com/0n9G8G63",
		why:    "a dotted sequence number, then a slashed date and a comma before the time, a colon after it; the NMP header's reboot dates are not records",
		entries: []worldEntry{
			wskip("cat6k-core1> (enable) show log",
				"",
				"Network Management Processor (ACTIVE NMP) Log:",
				"  Reset count:   14",
				"  Re-boot History:   Nov 29 2026 06:58:12 0, Nov 17 2026 03:11:40 0",
				"  Bootrom Checksum Failures:     0   UART Failures:               0",
				"  Flash Checksum Failures:       0   Flash Program Failures:      0",
				"  Power Supply 1 Failures:       0   Power Supply 2 Failures:     1",
				"  DRAM Failures:                 0",
				"  Exceptions:                    0",
				"  Last software reset by user: 11/29/2026,06:57:48",
				"  NVRAM log:"),
			we("2026-11-17T03:12:05Z", Unknown, "", "  01. 11/17/2026,03:12:05: sysNvramRestore:block 3 checksum mismatch, defaults restored"),
			we("2026-11-29T06:58:40Z", Unknown, "", "  02. 11/29/2026,06:58:40: redundancyTakeover:Standby supervisor became active: 2"),
			we("2026-11-29T07:41:16Z", Unknown, "", "  03. 11/29/2026,07:41:16: cfgSyncWrite:Config sync to standby supervisor failed, retrying"),
		},
	},
	{
		name:   "cisco-ios-show-ip-sla-statistics",
		gap:    "the operation's block is cut after its `Latest RTT:` line: `Latest operation start time: [*]HH:MM:SS[.mmm] ZONE Www Mmm dd yyyy` and the lines after it are not joined to `IPSLA operation id: N`, so the record has no time",
		source: "Cisco IOS/IOS XE `show ip sla statistics` (an `IPSLAs Latest Operation Statistics` title, then a block an operation: `IPSLA operation id: N`, the indented `Latest RTT:`, `Latest operation start time: [*]HH:MM:SS[.mmm] ZONE Www Mmm dd yyyy`, the return code, successes, failures, time to live, a blank line): from memory (Cisco IP SLAs configuration guides' examples)",
		why:    "a time of day before its zone, weekday and date; the `*` of an unsynchronised clock; a CET zone converted; a Timeout return code is no level",
		entries: []worldEntry{
			wskip("rtr-edge1# show ip sla statistics", "IPSLAs Latest Operation Statistics", ""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"IPSLA operation id: 10",
				"        Latest RTT: 4 milliseconds",
				"Latest operation start time: 07:41:16 UTC Sun Nov 29 2026",
				"Latest operation return code: OK",
				"Number of successes: 412",
				"Number of failures: 0",
				"Operation time to live: Forever",
				""),
			we("2026-11-29T07:41:31.402Z", Unknown, "",
				"IPSLA operation id: 20",
				"        Latest RTT: NoConnection/Busy/Timeout",
				"Latest operation start time: *07:41:31.402 UTC Sun Nov 29 2026",
				"Latest operation return code: Timeout",
				"Number of successes: 377",
				"Number of failures: 35",
				"Operation time to live: Forever",
				""),
			we("2026-11-29T07:41:46.118Z", Unknown, "",
				"IPSLA operation id: 30",
				"        Latest RTT: 19 milliseconds",
				"Latest operation start time: 08:41:46.118 CET Sun Nov 29 2026",
				"Latest operation return code: OK",
				"Number of successes: 96",
				"Number of failures: 2",
				"Operation time to live: 3583 sec",
				""),
		},
	},
	{
		name:   "panos-show-gp-gateway-previous-user",
		gap:    "the dotted `Mmm.dd HH:MM:SS` Login At and Logout At columns are not read as times (the row gets none), and the Computer column (LT-4471) is taken as the host",
		source: "PAN-OS `show global-protect-gateway previous-user` (a `GlobalProtect Gateway: name (n users)` title and `Tunnel Type:` line, a header `Username Domain-User Name Computer Login At Logout At Reason` over dashes, one ended session a row with `Mmm.dd HH:MM:SS` times): the time format from the PAN-OS 11.0 XML API guide 'Show and Manage GlobalProtect Users' (login-time `Jan.22 01:50:36`); the table's layout from memory",
		why:    "a dotted month and day with no year; two times a row: the row is written at logout, so Logout At is its time; the computer name is the user's endpoint, no host",
		entries: []worldEntry{
			wskip("admin@PA-3220> show global-protect-gateway previous-user",
				"",
				"GlobalProtect Gateway: gw-remote-N (3 users)",
				"Tunnel Type: remote user tunnel",
				"",
				"Username       Domain-User Name        Computer        Login At           Logout At          Reason",
				"--------       ----------------        --------        --------           ---------          ------"),
			we("2026-11-29T09:02:55Z", Unknown, "", `jkowalski      corp\jkowalski          LT-4471         Nov.29 07:41:16    Nov.29 09:02:55    client logout`),
			we("2026-11-29T08:15:40Z", Unknown, "", `mferreira      corp\mferreira          MBP-0912        Nov.28 20:03:12    Nov.29 08:15:40    login lifetime expired`),
			we("2026-11-29T10:27:03Z", Unknown, "", `svc-kiosk3     corp\svc-kiosk3         KIOSK-03        Nov.29 10:11:58    Nov.29 10:27:03    inactivity timeout`),
		},
	},
}

func TestFresh450Formats(t *testing.T) { assertTable(t, fresh450Cases) }
func TestFresh450Score(t *testing.T) {
	checkScore(t, "fresh450 formats", fresh450Cases, [worldNumFields]float64{62.4, 37.4, 49.9, 49.9})
}
