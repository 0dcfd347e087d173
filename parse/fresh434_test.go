package parse

import "testing"

// The four-hundred-and-thirty-fourth fresh table, written on 2026-12-06: network devices' CLI log
// outputs, yet another pass: event, alarm and ban listings of routers, switches, firewalls, a
// wireless controller, an optical element and a load balancer as operators paste them from a
// session. Each family is one product's documented or recalled output: Junos' `show ddos-protection
// protocols violations` (a two-line row per violated policer, the time with a PST abbreviation);
// FortiOS 7.2+'s `diagnose user banned-ip list` (two ctime stamps a row, created and expires);
// HPE/H3C Comware's `display ospf event-log lsa-flush` (a Date:/Time: line and a Type: line per
// event under a two-line banner); Comware's `display bgp peer <addr> log-info` (dd-Mmm-yyyy rows,
// a Down row with its Error/SubError continuation); Cisco UCS Manager / FXOS `show fault` (a
// severity word first, an ISO time with milliseconds and no zone in the third column); a Ciena 6500
// style TL1 `RTRV-ALM-ALL` response (a header and COMPLD line, then one quoted alarm a line with a
// yearless `MM-DD,HH-MM-SS`); Cisco AireOS WLC `show rogue ap summary` (dotted config lines, a
// ctime Last Heard column that may read `Not Heard`); F5 BIG-IP `tmsh show sys log ltm` (tmsh's
// dashed `Sys::Log: ltm` frame over BIG-IP's own syslog lines with a level word after the host).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive: `show ns events`, `nsconmsg`, `show log system`, `show system alarms`,
// `show chassis alarms`, `show alarms`, `log-id 99`, `display alarm`, `traplog`, `msglog`, `show
// events`, `errdump`, `show accounting log`, `faultInst`, `fault.Inst`, `moquery`, `show fault`,
// `Severity  Code`, `Last Transition`, `F0276`, `ucsm`, `fxos`, `Fabric Interconnect`, `/log
// print`, `show system commit`, `AAA.authPass`, `fw log`, `show security log`, `zdebug`,
// `fw_log_drop`, `failover history`, `show security alarms`, `Syslog History Table`, `entry
// number`, `show audit`, `btrace`, `show logging process`, `logging onboard`, `trapbuffer`,
// `GlobalRouter`, `voss`, `alarm show`, `ciena`, `6500`, `COMPLD`, `RTRV-ALM`, `mp-log`, `diagnose
// debug`, `console timestamp`, `display json`, `display xml`, `junos:seconds`, `show log log-id`,
// `show system reset-reason`, `cphaprob`, `show_failover`, `cpwd_admin`, `tmsh`, `Sys::Log`, `show
// sys log`, `big-ip`, `usecs after`, `event-history`, `[NOTICE]   (`, `syslog-message`, `show
// logging xml`, `reload cause`, `reboot-cause`, `show jobs`, `trace_id=`, `audit-trail`, `Dynamic
// Log Buffer`, `raslog`, `STKUNIT`, `Node.1-Unit.1`, `install log`, `/var/log/agents`, `ospf
// events`, `ospf_if`, `Rcv Unchanged`, `event-log`, `LSA Flush Log`, `MaxAge LSA`, `log-info`,
// `profile wireless`, `fwd.elg`, `history print`, `arp inspection`, `event manager history`, `Time
// of Event`, `show errors`, `Total events captured`, `show startup-logs`, `commit list`, `ha
// history`, `crashlog`, `TRAPMGR`, `show logging buffered`, `show logging entries`, `show log
// alarm`, `alteon`, `Log Buffer:`, `show sess`, `show stat`, `show servers`, `ipvsadm`,
// `ddos-protection`, `violation detected`, `Detected on:`, `banned-ip`, `banned`, `ip_host`,
// `quarantine list`, `chassis cluster information`, `Redundancy Group Information`, `switchover
// history`, `Alarms On`, `get log event`, `screenos`, `event-trace`, `Crash time`, `Timer Exp`,
// `rogue ap summary`, `Last Heard`, `Not Heard`, `CREATION-TIME`, `address-list`, `processes log`,
// `Log-create-time`, `show log traffic`, `End Reason`, `mac-learning-log`, `login lockout`).
// TL1 is in fresh154 as autonomous REPT ALM reports and a RTRV-SECU-LOG response; a RTRV-ALM-ALL
// response, one alarm a quoted line under one COMPLD header, is in none. Comware's logbuffer,
// trapbuffer, MAC-move and history-command displays are in fresh365/fresh412; its OSPF event log
// and BGP peer log are in none. BIG-IP's /var/log/ltm is in several tables; tmsh's framed `show sys
// log` is in none. UCS Manager and FXOS are in fresh6/fresh75/fresh347/fresh405 as syslog; the
// fault table is in none. Junos, FortiOS and AireOS are everywhere, but the DDoS violations table,
// the banned-IP list and the rogue AP summary are in none. Left out as measured already: Junos
// `show security alarms`, `show chassis cluster information` and the MAC learning log (fresh128,
// fresh301, fresh412), IOS `show ip arp inspection log` and EEM history (fresh114, fresh412),
// MikroTik v7 tables with CREATION-TIME (fresh305), NX-OS `show processes log` (fresh87,
// fresh412), SONiC's reboot-cause history (fresh281), HAProxy's `show errors` (fresh39, fresh368),
// PAN-OS `show log traffic` (fresh48, fresh365). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Junos' `2026-11-28 23:41:16 PST` is converted from -08:00; FortiOS' ctime
// stamps, UCS's ISO time, Comware's dates and AireOS' ctime carry no zone and are taken as UTC; the
// banned-IP row's time is its created stamp (the expires stamp is a later instant, not the
// record's); TL1's header is `YY-MM-DD HH:MM:SS`, and each alarm's `MM-DD,HH-MM-SS` has no year
// (2026); `Not Heard` is no time. Levels only where the line marks one: UCS's severity word (Major
// Error, Minor and Warning Warn), TL1's notification code (CR Critical, MJ Error, MN Warn), BIG-IP's
// level word after the host. A BGP state (Up, Down), a rogue's classification, a ban cause and a
// policer violation are no levels. The host is the record's host field: the TL1 header's SID,
// BIG-IP's host field; a banned source address, a BGP peer, an LSA's advertising router, a rogue's
// MAC, a fabric interconnect named as the faulted object and an FPC slot are not hosts. A record
// that spans lines is one entry: a violation row with its `Detected on:` line, an LSA flush event
// (Date line, Type line and the blank after it), a Down row with its Error/SubError line, a column
// header with its second line or its dashes; the TL1 response's closing `;` belongs to its last
// alarm line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 47333ad before any rule for it: level 76.2 %, time 76.2 %, host 72.6 %, records 58.9 %.
// That is the macro figure over the seven families kept, in a worktree at 47333ad with no change to
// trawl's code. It was first scored over eight (macro level 79.2 %, time 79.2 %, host 76.0 %,
// records 64.0 %; micro 82.9 / 82.9 / 80.5 / 68.3 %), the eighth UCS Manager's and FXOS's `show
// fault` table, fully right; it was taken out (as fresh427 and fresh437 took theirs) because its
// header, printed again after rows, makes the rows after it read otherwise than on the first pass
// (TestRepeatedLinesReadAlike), a defect of trawl's the session noted. 1 of 7 families fully right
// (FortiOS' banned-IP list); the gaps are the
// Comware OSPF event log swallowed by its banner, the TL1 RTRV-ALM-ALL response kept as one record
// with its SID unread, and four header cuts: Junos' two-line DDoS column header, the Comware BGP
// log header joined to its Peer line, AireOS' dashes under its header and tmsh's Sys::Log frame.

var fresh434Cases = []worldCase{
	{
		name:   "junos-show-ddos-protection-violations-pst",
		gap:    "the two-line column header is cut: its second line `group type (pps) rate(pps) rate(pps) violation detected at` is made a record of its own instead of joining `Protocol Packet Bandwidth …` (the rows, their `Detected on:` lines and the PST times are read)",
		source: "Junos `show ddos-protection protocols violations` (a count line, a two-line column header `Protocol Packet Bandwidth Arrival Peak Policer bandwidth` / `group type (pps) rate(pps) rate(pps) violation detected at`, then per violated policer a row ending in `yyyy-MM-dd HH:mm:ss ZZZ` and an indented `Detected on: FPC-n` line): Juniper Junos CLI reference 'show ddos-protection protocols violations' (output fields and sample output, the time with a zone abbreviation such as PDT)",
		why:    "a row's time sits in its last column with a zone abbreviation (PST, -08:00, the day before in UTC); the `Detected on:` line belongs to its row; pps figures are no times; no level; the FPC is a line card, no host",
		entries: []worldEntry{
			we("", Unknown, "", "Number of packet types that are being violated: 3"),
			we("", Unknown, "",
				"Protocol    Packet      Bandwidth  Arrival   Peak      Policer bandwidth",
				"group       type        (pps)      rate(pps) rate(pps) violation detected at"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"arp         aggregate   20000      23411     24890     2026-11-28 23:41:16 PST",
				"          Detected on: FPC-0"),
			we("2026-11-29T07:44:02Z", Unknown, "",
				"dhcpv4      discover    500        1870      2012      2026-11-28 23:44:02 PST",
				"          Detected on: FPC-0, FPC-2"),
			we("2026-11-29T07:52:40Z", Unknown, "",
				"lldp        aggregate   500        641       702       2026-11-28 23:52:40 PST",
				"          Detected on: FPC-1"),
		},
	},
	{
		name:   "fortios-diagnose-user-banned-ip-list",
		source: "FortiOS 7.2+ `diagnose user banned-ip list` (a header `src-ip-addr created expires cause`, then one row a banned address with two ctime stamps `Www Mmm dd HH:mm:ss yyyy`, the day space-padded, and the cause IPS, DOS, AV, APP or Administrative): Fortinet community article 189983 'How to list or remove a banned IP' and the FortiGate 7.4.5 administration guide 'IP ban using the CLI'",
		why:    "two full ctime stamps a row: the first (created) is the record's time, the second (expires) a later instant; no zone, so UTC; the banned address is a source, no host; the cause is no level",
		entries: []worldEntry{
			we("", Unknown, "", "src-ip-addr       created                  expires                  cause"),
			we("2026-11-29T07:41:16Z", Unknown, "", "203.0.113.41      Sun Nov 29 07:41:16 2026 Sun Nov 29 08:41:16 2026 IPS"),
			we("2026-11-29T07:52:03Z", Unknown, "", "198.51.100.77     Sun Nov 29 07:52:03 2026 Sun Nov 29 07:54:03 2026 DOS"),
			we("2026-11-29T08:10:45Z", Unknown, "", "192.0.2.130       Sun Nov 29 08:10:45 2026 Tue Dec  1 08:10:45 2026 AV"),
			we("2026-11-29T08:12:09Z", Unknown, "", "198.51.100.9      Sun Nov 29 08:12:09 2026 Sun Nov 29 09:12:09 2026 Administrative"),
		},
	},
	{
		name:   "comware-display-ospf-event-log-lsa-flush",
		gap:    "the untimed banner `OSPF Process 1 with Router ID …` / `LSA Flush Log` swallows the whole listing: no ` Date: yyyy-MM-dd Time: HH:mm:ss …` line starts a record, so each event's labelled date and time is never read and the events are not cut apart",
		source: "HPE/H3C Comware 7 `display ospf event-log lsa-flush` (a centred banner `OSPF Process N with Router ID a.b.c.d` and `LSA Flush Log`, then per event a line ` Date: yyyy-MM-dd Time: HH:mm:ss Received MaxAge LSA from …` or `… Flushed MaxAge LSA by the self` and a line ` Type: n   LS ID: …   AdvRtr: …   Seq#: hex`, a blank line after each): HPE 5710 Layer 3 IP Routing Command Reference 'display ospf event-log' (example and output fields)",
		why:    "the date and time are split by labels (`Date: … Time: …`); the Type line and the blank belong to the event; Seq# is hex, no time; the router IDs and AdvRtr are routers named in the message, no host; no level",
		entries: []worldEntry{
			we("", Unknown, "",
				"          OSPF Process 1 with Router ID 10.0.0.1",
				"                  LSA Flush Log",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				" Date: 2026-11-29 Time: 07:41:16 Received MaxAge LSA from 10.0.12.2",
				" Type: 1   LS ID: 10.0.0.2        AdvRtr: 10.0.0.2          Seq#: 80000a1c",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				" Date: 2026-11-29 Time: 07:41:16 Flushed MaxAge LSA by the self",
				" Type: 1   LS ID: 10.0.0.1        AdvRtr: 10.0.0.1          Seq#: 80000b07",
				""),
			we("2026-11-29T07:52:03Z", Unknown, "",
				" Date: 2026-11-29 Time: 07:52:03 Received MaxAge LSA from 10.0.13.3",
				" Type: 5   LS ID: 172.16.40.0     AdvRtr: 10.0.0.3          Seq#: 80000042",
				""),
		},
	},
	{
		name:   "comware-display-bgp-peer-log-info",
		gap:    "the two-line column header `Date Time State Notification` / `Error/SubError` is joined to the ` Peer : addr` line above it instead of being a record of its own (the dd-Mmm-yyyy rows and their Error/SubError lines are read)",
		source: "HPE/H3C Comware `display bgp peer <address> log-info` (a `Peer : addr` line, a two-line header `Date Time State Notification` / `Error/SubError`, then per state change a row `dd-Mmm-yyyy HH:mm:ss Up|Down [Send|Receive Notification with Error n/n]` and, for a Down with a notification, an indented line naming the error and subcode): HP HSR6800 and 3600 v2 Layer 3 IP Routing Command References, HP F3215 Load Balancing Module command reference ('display bgp peer … log-info' example and fields); the column spacing from memory",
		why:    "a day-first `29-Nov-2026` date; a Down row's Error/SubError line belongs to it; Up and Down are session states and `Error 6/4` is a notification code, no level; the peer address is no host",
		entries: []worldEntry{
			we("", Unknown, "", " Peer : 10.20.30.2"),
			we("", Unknown, "",
				"  Date        Time     State Notification",
				"                             Error/SubError"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"  29-Nov-2026 07:41:16 Down  Send Notification with Error 4/0",
				"                             Hold Timer Expired/Unspecified"),
			we("2026-11-29T07:12:40Z", Unknown, "", "  29-Nov-2026 07:12:40 Up"),
			we("2026-11-29T06:58:03Z", Unknown, "",
				"  29-Nov-2026 06:58:03 Down  Receive Notification with Error 6/4",
				"                             Cease/Administrative Reset"),
			we("2026-11-29T03:20:51Z", Unknown, "", "  29-Nov-2026 03:20:51 Up"),
		},
	},
	{
		name:   "tl1-rtrv-alm-all-response",
		gap:    "a RTRV-ALM-ALL response is kept as one record: its quoted alarm lines with their `MM-DD,HH-MM-SS` times and CR/MJ/MN codes are joined to the `SID YY-MM-DD HH:MM:SS` / `M ctag COMPLD` header, and the header's SID is not read as the host",
		source: "a TL1 optical network element (Ciena 6500 style) answering `RTRV-ALM-ALL:::118;` on a craft session (GR-833: the response header `   SID YY-MM-DD HH:MM:SS`, `M  ctag COMPLD`, then one quoted line an active alarm `\"AID,AIDTYPE:NTFCNCDE,CONDTYPE,SRVEFF,OCRDAT,OCRTM,LOCN,DIRN:\\\"desc\\\",,:alarm-id\"`, closed by `;`): the conventions as fresh154 learned them (Symmetricom SSU-2000 and TimeSource TL1 references); the RTRV-ALM-ALL body from memory",
		why:    "the header with its COMPLD line is a record at the response's time with the SID as host; each quoted alarm is a record of its own at its own yearless `MM-DD,HH-MM-SS` (2026), its notification code the level (CR Critical, MJ Error, MN Warn), the AID a port, no host; the closing `;` belongs to the last alarm",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "OTT-6500-07",
				"   OTT-6500-07 26-11-29 07:41:16",
				"M  118 COMPLD"),
			we("2026-11-29T07:40:58Z", Error, "", `   "OTM2-1-5-1,OTM2:MJ,LOS,SA,11-29,07-40-58,NEND,RCV:\"Loss Of Signal\",,:0100000412-0001-0873"`),
			we("2026-11-29T07:38:02Z", Warn, "", `   "ETH10G-1-7-3,ETH10G:MN,LF,NSA,11-29,07-38-02,NEND,RCV:\"Local Fault\",,:0100000409-0002-0873"`),
			we("2026-11-29T07:12:40Z", Critical, "",
				`   "SHELF-1,SHELF:CR,CNTRLFAIL,SA,11-29,07-12-40,NEND,NA:\"Shelf Processor Failure\",,:0100000401-0001-0001"`,
				";"),
		},
	},
	{
		name:   "aireos-show-rogue-ap-summary",
		gap:    "the dashes under the column header `MAC Address Classification # APs # Clients Last Heard` are made a record of their own instead of joining the header (the ctime Last Heard and `Not Heard` are read)",
		source: "Cisco AireOS WLC `show rogue ap summary` (dotted `Label.......... value` settings, then a header `MAC Address Classification # APs # Clients Last Heard` over dashes, one rogue a row ending in a ctime `Www Mmm dd HH:mm:ss yyyy` or `Not Heard`): Cisco Wireless LAN Controller Configuration Guide (OL-17037-01) 'Using the CLI to View and Classify Rogue Devices'",
		why:    "the time is a ctime stamp in the last column, no zone; `Not Heard` is no time; the classification (Malicious, Friendly) is no level; the rogue's MAC is no host; the dotted settings lines are records of their own",
		entries: []worldEntry{
			we("", Unknown, "", "Rogue Location Discovery Protocol................ Disabled"),
			we("", Unknown, "", "Rogue AP timeout................................. 1200"),
			we("", Unknown, "",
				"MAC Address        Classification     # APs # Clients Last Heard",
				"-----------------  ------------------ ----- --------- -----------------------"),
			we("2026-11-29T07:41:16Z", Unknown, "", "00:1a:2b:3c:4d:5e  Malicious          2     1         Sun Nov 29 07:41:16 2026"),
			we("2026-11-29T07:38:50Z", Unknown, "", "74:83:c2:19:0a:f1  Unclassified       1     0         Sun Nov 29 07:38:50 2026"),
			we("", Unknown, "", "00:0e:8e:51:c4:22  Friendly           0     0         Not Heard"),
			we("2026-11-29T06:59:12Z", Unknown, "", "f0:9f:c2:7a:11:03  Unclassified       3     0         Sun Nov 29 06:59:12 2026"),
		},
	},
	{
		name:   "f5-tmsh-show-sys-log-ltm",
		gap:    "tmsh's frame is cut into three records (dashes, `Sys::Log: ltm`, dashes) instead of one (BIG-IP's lines, with their host and level word, are read)",
		source: "F5 BIG-IP `tmsh show sys log ltm` (tmsh's dashed frame with `Sys::Log: ltm`, then /var/log/ltm's lines `Mmm dd HH:mm:ss host level proc[pid]: msgid:sev: msg`): F5 BIG-IP log types (/var/log/ltm) and clouddocs iRules 'log' (the level after the host); the tmsh frame from memory",
		why:    "tmsh's three-line frame is one record with no time; each ltm line has a yearless BSD date, the host, then a syslog level word (notice, warning, err, info) before the process; the `01070727:5:` message id carries a severity digit of the same level; pool member and client addresses are no hosts",
		entries: []worldEntry{
			we("", Unknown, "",
				"------------------------------------------------------------------------",
				"Sys::Log: ltm",
				"------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Notice, "bigip-a01", "Nov 29 07:41:16 bigip-a01 notice mcpd[6211]: 01070727:5: Pool /Common/pool_web member /Common/10.40.2.11:443 monitor status up. [ /Common/https: up ]  [ was down for 0hr:2mins:14sec ]"),
			we("2026-11-29T07:41:19Z", Warn, "bigip-a01", "Nov 29 07:41:19 bigip-a01 warning tmm1[18844]: 011e0003:4: Aggressive mode sweeper: /Common/default-eviction-policy (70000000002d6) (global memory) 1402 Connections killed"),
			we("2026-11-29T07:41:22Z", Error, "bigip-a01", "Nov 29 07:41:22 bigip-a01 err mcpd[6211]: 01070151:3: Rule /Common/irule_redirect requires an associated HTTP or FASTHTTP profile on the virtual server /Common/vs_app_80."),
			we("2026-11-29T07:41:30Z", Info, "bigip-a01", "Nov 29 07:41:30 bigip-a01 info tmm[18844]: Rule /Common/irule_log <HTTP_REQUEST>: client 198.51.100.23 requested /login"),
		},
	},
}

func TestFresh434Formats(t *testing.T) { assertTable(t, fresh434Cases) }
func TestFresh434Score(t *testing.T) {
	checkScore(t, "fresh434 formats", fresh434Cases, [worldNumFields]float64{76.1, 76.1, 72.5, 58.8})
}
