package parse

import "testing"

// The hundred-and-forty-third fresh table, written on 2026-12-03: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the earlier fresh tables (fresh_test.go to
// fresh142_test.go), compared by family and by product and file and mode and not only by name, so
// that its score is again an honest figure for logs trawl has never been tuned on. Its theme is
// network appliances and embedded devices as their syslog and their own log exports really look,
// taken from the products the earlier passes held none of (each product and layout was grepped for
// in every earlier table first; switches, firewalls, wireless controllers, UPS cards, printers and
// cameras of the usual vendors are all there already, so this pass went to the devices behind them).
// It has four parts. The first is cable modems' and home gateways' own exports: an Arris Touchstone
// event log table and a Netgear cable modem's with its `Time Not Established` rows, a Virgin Media
// Hub 5's REST event log one event a line, a TP-Link Archer AX's saved system log with its banner,
// Technicolor's log viewer in tch-nginx-gui copied as pipe cells, and logread on the 8311 firmware
// of a WAS-110 ONT stick and on Lean's LEDE. The second is service processors and BMCs: a NetApp
// SP's `events all` records, Facebook OpenBMC's `log-util all --print` and a QLogic SANbox Fibre
// Channel switch's bracketed event log. The third is smart-home hubs, robots and small controllers:
// RaspberryMatic's BusyBox messages, an eQ-3 CCU3's ReGaHss on local0, RaspberryMatic's ReGaHss in a
// receiver's file with the sender's address, RedMatic's Node-RED lines, Valetudo's log and the
// rand256 fork's log view, OpenDTU's serial console behind a terminal's time of day and an IO-Link
// master's JSON event log. The fourth is storage: HPE 3PAR's `showeventlog` blocks. Where a layout
// is already in an earlier table (OpenWrt's logread, BusyBox syslogd with the facility.level after
// the host, ESP-IDF's console), the family here is a product or a mode no earlier table holds it in,
// and source says so. The brief asked for about forty families; nineteen were found that are new by
// product and mode and whose layout could be checked or is well remembered, and the table holds
// those rather than padding it with guessed layouts.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own (a modem's `Time Not Established` row), the written
// clock read as UTC when the format writes no zone and a zone abbreviation or offset converted where
// it writes one, a year-less date in the table's year and a bare time of day on 2026-11-29; levels
// only where the format puts them (a facility.level pair, a severity digit in angle brackets, a
// DOCSIS priority digit or word, a level letter, word or field on the product's own scale; a word
// such as failure or Error in the message is no level); the host only where the record names the
// machine that wrote it (the header's host, a receiver's from-host address; a CM or CMTS MAC, a FRU
// name, a node's name or a client address in the message is no host); and a multi-line record (a
// showeventlog block) as one entry.
//
// The layouts were looked up where the search tool found them: the Arris TM1602A table in
// solentlabs/cable_modem_monitor#112 and the Hub 5 REST event log in #82; the TP-Link Archer AX23
// saved log in desktop/desktop#17923; the tch-nginx-gui view in hack-technicolor/hack-technicolor#47;
// the WAS-110 logread in djGrrr/8311-was-110-firmware-builder#44; Lean's LEDE logread in
// coolsnowwolf/lede#9461 and #10915; the NetApp SP records in Isgec/ITIL-Storage#21; OpenBMC's
// log-util in facebook/OpenBIC#1536 and #108; the QLogic event log format in QLogic's firmware 7.4
// manual ('Event Log Message Format', manualsdump.com); RaspberryMatic's messages in
// OpenCCU/OpenCCU#1987 and its forwarded ReGaHss lines in #872; the CCU3's ReGaHss lines in
// rdmtc/RedMatic#123 and rdmtc/RedMatic-HomeKit#78; RedMatic's lines in rdmtc/RedMatic#282 and
// RedMatic-HomeKit#130; the rand256 Valetudo view in rand256/valetudo#458; OpenDTU's console in
// tbnobody/OpenDTU#2742; the IO-Link master's JSON in iolinkcommunity/JSON_for_IO-Link#29. The
// Netgear cable modem table, Valetudo's own log line and 3PAR's showeventlog are from memory of real
// output, and each source says so. Hosts, ids, addresses and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score. The table is a measurement, never to be tuned
// on: no parser rule is to be written from it, or it stops being one.
//
// Its first figure, scored once at commit f3a1172 before any rule was written from it: level 78.1 %,
// time 100.0 %, host 100.0 %, records 100.0 % (macro), 13 of 19 families fully right.
//
// go test ./parse -run Fresh143 -v

var fresh143Cases = []worldCase{

	// Cable modems' and home gateways' own log exports.
	{
		name:   "arris-touchstone-tm1602-event-log-copy",
		gap:    "trawl reads no level from the DOCSIS priority digit in the Arris table's Event Level column (the third tab-separated cell: 5, 3, 6): every record comes out Unknown",
		source: "an Arris Touchstone TM1602A cable modem's Event Log page copied from the browser (a header row, then `M/D/YYYY HH:mm \\tEvent ID \\tEvent Level \\tDescription;CM-MAC=…;CMTS-MAC=…;CM-QOS=…;CM-VER=…;`, the level the DOCSIS event priority digit 1-8): solentlabs/cable_modem_monitor#112 quotes the table. No earlier table holds a cable modem's event log table",
		why:    "a month-first date and a clock with no seconds, then a numeric event id and the DOCSIS priority digit (3 critical, 5 warning, 6 notice); the CM and CMTS MAC addresses are no host",
		entries: []worldEntry{
			wskip("Date Time \tEvent ID \tEvent Level \tDescription"),
			we("2026-11-29T07:41:00Z", Warn, "", "11/29/2026 07:41 \t84000700 \t5 \tRCS Partial Service;CM-MAC=a4:15:88:3c:9e:21;CMTS-MAC=00:01:5c:7a:40:12;CM-QOS=1.1;CM-VER=3.0;"),
			we("2026-11-29T07:41:00Z", Critical, "", "11/29/2026 07:41 \t84000500 \t3 \tSYNC Timing Synchronization failure - Loss of Sync;CM-MAC=a4:15:88:3c:9e:21;CMTS-MAC=00:01:5c:7a:40:12;CM-QOS=1.1;CM-VER=3.0;"),
			we("2026-11-29T07:43:00Z", Critical, "", "11/29/2026 07:43 \t82000200 \t3 \tNo Ranging Response received - T3 time-out;CM-MAC=a4:15:88:3c:9e:21;CMTS-MAC=00:01:5c:7a:40:12;CM-QOS=1.1;CM-VER=3.0;"),
			we("2026-11-29T07:52:00Z", Notice, "", "11/29/2026 07:52 \t69010200 \t6 \tSW Download INIT - Via NMS;CM-MAC=a4:15:88:3c:9e:21;CMTS-MAC=00:01:5c:7a:40:12;CM-QOS=1.1;CM-VER=3.0;"),
		},
	},
	{
		name:   "virgin-media-hub5-rest-eventlog-jq-compact",
		source: "a Virgin Media Hub 5 (Sagemcom F3896) in modem mode, its REST event log https://192.168.100.1/rest/v1/cablemodem/eventlog (`{\"eventlog\":[{\"priority\":…,\"time\":…Z,\"message\":…}]}`) flattened one event a line with `jq -c '.eventlog[]'`: solentlabs/cable_modem_monitor#82 quotes the document. No earlier table holds the Hub 5",
		why:    "one JSON object a line, the level a priority word and the time an RFC 3339 UTC field; the CM and CMTS MACs in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", `{"priority":"notice","time":"2026-11-29T07:41:16.000Z","message":"US profile assignment change. US Chan ID: 9; Previous Profile: 12; New Profile: 11 12.;CM-MAC=d0:6d:c9:14:2a:7e;CMTS-MAC=00:a2:89:31:0c:55;CM-QOS=1.1;CM-VER=3.1;"}`),
			we("2026-11-29T07:41:17Z", Warn, "", `{"priority":"warning","time":"2026-11-29T07:41:17.000Z","message":"DBC-REQ Mismatch Between Calculated Value for P1.6hi Compared to CMTS Provided Value;CM-MAC=d0:6d:c9:14:2a:7e;CMTS-MAC=00:a2:89:31:0c:55;CM-QOS=1.1;CM-VER=3.1;"}`),
			we("2026-11-29T07:44:02Z", Critical, "", `{"priority":"critical","time":"2026-11-29T07:44:02.000Z","message":"No Ranging Response received - T3 time-out;CM-MAC=d0:6d:c9:14:2a:7e;CMTS-MAC=00:a2:89:31:0c:55;CM-QOS=1.1;CM-VER=3.1;"}`),
			we("2026-11-29T07:44:40Z", Error, "", `{"priority":"error","time":"2026-11-29T07:44:40.000Z","message":"DHCP RENEW WARNING - Field invalid in response v4 option;CM-MAC=d0:6d:c9:14:2a:7e;CMTS-MAC=00:a2:89:31:0c:55;CM-QOS=1.1;CM-VER=3.1;"}`),
		},
	},
	{
		name:   "netgear-cm-cable-modem-event-log-copy",
		gap:    "trawl reads no level from `Critical (3)` on the row whose time column says `Time Not Established`: that record comes out Unknown (the dated rows' levels are read)",
		source: "a Netgear CM1000-class cable modem's Event Log page copied from the browser (a header row, then `Www Mmm dd HH:mm:ss yyyy\\tPriority (n)\\tDescription`, and `Time Not Established` before the modem has its time from the CMTS): from memory of the Netgear and SURFboard event log tables (the same DOCSIS event texts as solentlabs/cable_modem_monitor#112). No earlier table holds a Netgear cable modem",
		why:    "a ctime date with the year, or the words Time Not Established for no time; the level a word with the DOCSIS digit in parentheses",
		entries: []worldEntry{
			wskip("Time\tPriority\tDescription"),
			we("", Critical, "", "Time Not Established\tCritical (3)\tNo Ranging Response received - T3 time-out;CM-MAC=9c:3d:cf:52:81:0b;CMTS-MAC=00:17:10:8e:3a:c4;CM-QOS=1.1;CM-VER=3.1;"),
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026\tNotice (6)\tHonoring MDD; IP provisioning mode = IPv6"),
			we("2026-11-29T07:44:02Z", Warn, "", "Sun Nov 29 07:44:02 2026\tWarning (5)\tDynamic Range Window violation"),
			we("2026-11-29T07:52:40Z", Critical, "", "Sun Nov 29 07:52:40 2026\tCritical (3)\tSYNC Timing Synchronization failure - Loss of Sync;CM-MAC=9c:3d:cf:52:81:0b;CMTS-MAC=00:17:10:8e:3a:c4;CM-QOS=1.1;CM-VER=3.1;"),
		},
	},
	{
		name:   "tp-link-archer-ax-saved-system-log",
		source: "a TP-Link Archer AX router's System Log saved from the web UI (a `#` banner with the model, firmware, LAN and WAN, then `yyyy-MM-dd HH:mm:ss prog[pid]: <n> msgid msg`, newest first, the syslog severity digit in angle brackets): desktop/desktop#17923 (an Archer AX23 log pasted into an unrelated tracker). The Archer `TYPE LEVEL` System Log of an earlier table is the older firmware's layout; this one is not in any table",
		why:    "an ISO date and clock, the program with its pid, then a severity digit in angle brackets (<6> info, <5> notice, <4> warning, <3> error) and a message id; the banner carries no record",
		entries: []worldEntry{
			wskip(
				"####################################################################",
				"#                  Archer AX55 System Log",
				"# Time = 2026-11-29 07:42:10",
				"# H-Ver = 1.0.0 ; S-Ver = 1.1.2 Build 20260301 Rel. 40211",
				"# LAN: I = 192.168.0.1 ; M = 255.255.255.0 ; MAC = 5C:62:8B:11:22:33 ",
				"# WAN: W = pppoe ; I = 100.72.14.9 ; M = 255.255.255.255 ; MAC = 5C:62:8B:11:22:34 ",
				"#      G = 100.72.0.1 ; D1 = 9.9.9.9 ; D2 = 149.112.112.112 ",
				"# Clients connected: 7 ; WI-FI : 5 ",
				"####################################################################"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 led-controller[733]: <6> 288051 Start to run WAN1_ON"),
			we("2026-11-29T07:40:52Z", Notice, "", "2026-11-29 07:40:52 pppd[1842]: <5> 156012 PPPoE session established, local IP 100.72.14.9"),
			we("2026-11-29T07:40:49Z", Warn, "", "2026-11-29 07:40:49 dhcpc[1201]: <4> 130501 No response from DHCP server on WAN port"),
			we("2026-11-29T07:40:31Z", Error, "", "2026-11-29 07:40:31 ntp[402]: <3> 100003 Time synchronization with 2 servers failed"),
		},
	},
	{
		name:   "technicolor-tch-nginx-gui-log-viewer-copy",
		source: "a Technicolor Homeware gateway's log viewer in the tch-nginx-gui custom GUI, the table copied from the browser (`Mmm dd HH:mm:ss | facility.level | prog[pid] | msg`, newest first): hack-technicolor/hack-technicolor#47 quotes such a copy. Homeware's logread is an earlier table's; this view is not",
		why:    "a year-less BSD date, then the facility.level pair and the program in pipe-separated cells; no host",
		entries: []worldEntry{
			we("2026-11-29T07:40:38Z", Critical, "", "Nov 29 07:40:38 | daemon.crit | cwmpd[6705] | CONNECTION: Failed to resolve."),
			we("2026-11-29T07:40:38Z", Error, "", "Nov 29 07:40:38 | daemon.err | cwmpd[6705] | APP_TRACE: bad address 'acs.isp.example.net'"),
			we("2026-11-29T07:40:35Z", Notice, "", "Nov 29 07:40:35 | daemon.notice | wansensing | (L3SingleWan) runs L3SingleWanMain.check(ETH,timeout)"),
			we("2026-11-29T07:40:34Z", Notice, "", "Nov 29 07:40:34 | daemon.notice | igmpproxy[5385] | IS_EX report (group: 239.255.41.7, srcs: 0) received"),
			we("2026-11-29T07:40:30Z", Info, "", "Nov 29 07:40:30 | daemon.info | cwmpd[6705] | PROT_TRACE: Nb of retries 27"),
		},
	},
	{
		name:   "was-110-8311-firmware-logread",
		source: "a WAS-110 XGS-PON ONT stick running the 8311 community firmware, `logread` over SSH (OpenWrt's `Www Mmm dd HH:mm:ss yyyy facility.level prog[pid]: msg`, the kernel's uptime stamp in brackets): djGrrr/8311-was-110-firmware-builder#44 quotes a kernel dump this way. OpenWrt's logread is an earlier table's; no earlier table holds the WAS-110 or its firmware",
		why:    "a ctime date with the year, a facility.level pair with alert and emerg, and a kernel dump whose every line is its own record; the uptime is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Alert, "", "Sun Nov 29 07:41:16 2026 kern.alert kernel: [604544.053083] BUG: Bad page map in process ip  pte:5d12ab01 pmd:7b0c4000"),
			we("2026-11-29T07:41:16Z", Emergency, "", "Sun Nov 29 07:41:16 2026 kern.emerg kernel: [604544.059622] page:7031c2a0 count:2 mapcount:-1 mapping:7d90a10c index:0x41"),
			we("2026-11-29T07:41:16Z", Warn, "", "Sun Nov 29 07:41:16 2026 kern.warn kernel: [604544.092268] CPU: 0 PID: 5120 Comm: ip Tainted: G    B           4.9.308+ #0"),
			we("2026-11-29T07:42:05Z", Info, "", "Sun Nov 29 07:42:05 2026 authpriv.info dropbear[5102]: Child connection from 192.168.11.2:51244"),
		},
	},
	{
		name:   "lede-coolsnowwolf-logread",
		source: "Lean's LEDE (coolsnowwolf/lede, an OpenWrt fork popular on Chinese routers), `logread` (`Www Mmm dd HH:mm:ss yyyy facility.level prog[pid]: msg`, and netifd's messages with an empty program name): coolsnowwolf/lede#9461 and #10915 quote its logread. OpenWrt's logread is an earlier table's; Lean's LEDE is in none",
		why:    "a ctime date with the year and a facility.level pair; a line whose program name is empty (`user.notice : …`) is still one record with its level",
		entries: []worldEntry{
			we("2026-11-29T07:41:11Z", Info, "", "Sun Nov 29 07:41:11 2026 kern.info kernel: [   18.204113] mt7915e 0000:01:00.0: HW/SW Version: 0x8a108a10, Build Time: 20260301131120a"),
			we("2026-11-29T07:41:11Z", Debug, "", "Sun Nov 29 07:41:11 2026 kern.debug kernel: [   18.361020] ieee80211 phy0: Selected rate control algorithm 'minstrel_ht'"),
			we("2026-11-29T07:41:12Z", Notice, "", "Sun Nov 29 07:41:12 2026 user.notice dnsmasq: DNS rebinding protection is active, will discard upstream RFC1918 responses!"),
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026 user.notice : Added device handler type: veth"),
			we("2026-11-29T07:41:20Z", Error, "", "Sun Nov 29 07:41:20 2026 daemon.err pppd[2213]: Unable to complete PPPoE Discovery"),
		},
	},

	// Service processors and BMCs.
	{
		name:   "netapp-sp-events-all-records",
		source: "a NetApp controller's Service Processor event log as its CLI prints it (`SP> events all`: `Record N: Www Mmm dd HH:mm:ss.ffffff yyyy [Source.level]: msg`, sources SysFW, BMC, IPMI, CFE, Boot Loader): Isgec/ITIL-Storage#21 quotes a support case's SP log. ONTAP's EMS, audit and 7-Mode messages are earlier tables'; the SP's event records are not",
		why:    "a record number first, then a ctime date with microseconds and the year, then the source and the level in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:05Z", Notice, "", "Record 45: Sun Nov 29 07:41:05.000000 2026 [SysFW.notice]: SP responded to sync command in 9 seconds."),
			we("2026-11-29T07:41:05Z", Notice, "", "Record 46: Sun Nov 29 07:41:05.000000 2026 [SysFW.notice]: BIOS Version: 12.4"),
			we("2026-11-29T07:41:28Z", Notice, "", "Record 47: Sun Nov 29 07:41:28.000000 2026 [CFE.notice]: Loader time adjust: Set BMC time."),
			we("2026-11-29T07:43:21.4Z", Notice, "", `Record 48: Sun Nov 29 07:43:21.400000 2026 [IPMI.notice]: 0003 | 02 | EVT: 0301ffff | Power_Good | Assertion Event, "State Asserted"`),
		},
	},
	{
		name:   "facebook-openbmc-log-util-print",
		source: "Facebook OpenBMC's `log-util all --print` on a Yosemite-class BMC (a `yyyy Mmm dd HH:mm:ss log-util: …` line when the log was cleared, then `FRU# FRU_NAME yyyy-MM-dd HH:mm:ss APP message` in padded columns): facebook/OpenBIC#1536 and #108 quote it. The phosphor journal and bmcweb's Redfish log are earlier tables'; Facebook's log-util is in none",
		why:    "a FRU number and name before the date; the first line writes the year before the month name; no level; the FRU name is no host",
		entries: []worldEntry{
			we("2026-11-29T07:40:11Z", Unknown, "", "2026 Nov 29 07:40:11 log-util: User cleared all logs"),
			we("2026-11-29T07:41:16Z", Unknown, "", "0    all      2026-11-29 07:41:16    pldmd            Device type: CB_P0V8_VDD_1 (0x1), board info: MAIN_SOURCE (0x0), event type: OVER_TEMPERATURE (0x5) Assert event"),
			we("2026-11-29T07:43:02Z", Unknown, "", "1    slot1    2026-11-29 07:43:02    ipmid            SEL Entry: FRU: 1, Record: Standard (0x02), Time: 2026-11-29 07:43:02, Sensor: CATERR (0xEB), Event Data: (0BFFFF) MCERR/CATERR Assertion"),
			we("2026-11-29T07:44:40Z", Unknown, "", "3    slot3    2026-11-29 07:44:40    ipmid            SEL Entry: FRU: 3, Record: Standard (0x02), Time: 2026-11-29 07:44:40, Sensor: PROC_FAIL (0x65), Event Data: (04FFFF) FRB3,  Assertion"),
		},
	},
	{
		name:   "qlogic-sanbox-show-log",
		gap:    "trawl reads the `[A]` alarm letter as Notice, not Alert (the I, W and C letters are read)",
		source: "a QLogic SANbox Fibre Channel switch's event log in its CLI (`show log`: `[ordinal][Www Mmm dd HH:mm:ss.fff UTC yyyy][S][category.number][source][text]`, S one of A alarm, C critical, W warning, I informative; alarms carry no source): QLogic firmware 7.4 'Event Log Message Format' (manualsdump.com). No earlier table holds a QLogic switch",
		why:    "every field in brackets: an ordinal, a ctime date with milliseconds, the zone and the year, then a one-letter severity (A as Alert, C Critical, W Warn, I Info)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[412][Sun Nov 29 07:41:16.204 UTC 2026][I][8400.0022][Switch][Successful login user (admin@OB-session3) with admin privilege]"),
			we("2026-11-29T07:41:52.611Z", Warn, "", "[413][Sun Nov 29 07:41:52.611 UTC 2026][W][8400.004B][PortApp][Port 12 loss of sync detected]"),
			we("2026-11-29T07:42:03.05Z", Critical, "", "[414][Sun Nov 29 07:42:03.050 UTC 2026][C][8400.0031][Switch][Power supply 2 failure]"),
			we("2026-11-29T07:42:03.052Z", Alert, "", "[415][Sun Nov 29 07:42:03.052 UTC 2026][A][8400.0030][Power supply 2 is not operational]"),
		},
	},

	// Smart-home hubs, robots and small controllers.
	{
		name:   "raspberrymatic-busybox-messages",
		source: "RaspberryMatic/OpenCCU (the Homematic CCU firmware) /var/log/messages, as its Home Assistant add-on shows it (BusyBox syslogd with the facility.level after the host: `Mmm dd HH:mm:ss host facility.level prog[pid]: msg`, the host the add-on's slug-prefixed name): OpenCCU/OpenCCU#1987. No earlier table holds RaspberryMatic",
		why:    "a BSD date and the host, then a facility.level pair (syslog.info, daemon.err, daemon.crit) before the program",
		entries: []worldEntry{
			we("2026-11-29T08:04:47Z", Info, "a1f03c77-raspberrymatic", "Nov 29 08:04:47 a1f03c77-raspberrymatic syslog.info syslogd started: BusyBox v1.36.1"),
			we("2026-11-29T08:04:48Z", Info, "a1f03c77-raspberrymatic", "Nov 29 08:04:48 a1f03c77-raspberrymatic user.info firewall: rules applied"),
			we("2026-11-29T08:04:53Z", Error, "a1f03c77-raspberrymatic", "Nov 29 08:04:53 a1f03c77-raspberrymatic daemon.err xinetd[951]: Unable to read included directory: /etc/config/xinetd.d [file=/etc/xinetd.conf] [line=14]"),
			we("2026-11-29T08:04:53Z", Critical, "a1f03c77-raspberrymatic", "Nov 29 08:04:53 a1f03c77-raspberrymatic daemon.crit xinetd[951]: 951 {init_services} no services. Exiting..."),
		},
	},
	{
		name:   "homematic-ccu3-regahss-local0",
		source: "an eQ-3 CCU3's /var/log/messages with the logic engine ReGaHss on local0 (`Mmm dd HH:mm:ss host local0.level ReGaHss: Level: msg [file.cpp:line]`): rdmtc/RedMatic#123 and rdmtc/RedMatic-HomeKit#78 quote it. Homegear's log is an earlier table's; the CCU3's ReGaHss is in none",
		why:    "a facility.level pair after the host, and ReGaHss's own level word again before the message; the source file and line at the end",
		entries: []worldEntry{
			we("2026-11-29T20:14:26Z", Info, "ccu3-wohnung", "Nov 29 20:14:26 ccu3-wohnung local0.info ReGaHss: Info: http id #1 sends parsed file [httpServer.cpp:2022]"),
			we("2026-11-29T20:14:29Z", Error, "ccu3-wohnung", "Nov 29 20:14:29 ccu3-wohnung local0.err ReGaHss: Error: IseXmlRpc::CallGetValue: CallXmlrpcMethod failed (interface: HmIP-RF, device: 000A1BE9934C27:1, data point: ACTUAL_TEMPERATURE) [CallGetValue():iseXmlRpc.cpp:2764]"),
			we("2026-11-29T20:14:31Z", Warn, "ccu3-wohnung", "Nov 29 20:14:31 ccu3-wohnung local0.warn ReGaHss: Warning: XmlRpc transport error [CallXmlrpcMethod():iseXmlRpc.cpp:2515]"),
			we("2026-11-29T20:14:35Z", Info, "ccu3-wohnung", "Nov 29 20:14:35 ccu3-wohnung local0.info ReGaHss: Info: IseSession GetSessionId from URL: /tclrega.exe [iseSession.cpp:185]"),
		},
	},
	{
		name:   "raspberrymatic-regahss-rsyslog-ip-host",
		source: "RaspberryMatic forwarding its syslog to a log server, stored by the receiver in the traditional file format (the sender's address as the host, no facility.level, ReGaHss's `Level: msg [function():file.cpp:line]`): OpenCCU/OpenCCU#872 quotes such a file. No earlier table holds RaspberryMatic",
		why:    "the sender's address where the host goes; ReGaHss's level word at the start of the message is the only level",
		entries: []worldEntry{
			we("2026-11-29T17:15:09Z", Info, "10.20.4.80", "Nov 29 17:15:09 10.20.4.80 ReGaHss: Info: IseSession GetSessionId from URL: /rega.exe [GetSessionId():iseSession.cpp:185]"),
			we("2026-11-29T17:15:12Z", Info, "10.20.4.80", `Nov 29 17:15:12 10.20.4.80 ReGaHss: Info: Event="CENTRAL"."PONG"="4A21C0E9B11D" [execute():iseXmlRpc.cpp:321]`),
			we("2026-11-29T17:15:15Z", Warn, "10.20.4.80", "Nov 29 17:15:15 10.20.4.80 ReGaHss: Warning: metadata property 'MIN' does not exist [GetMinProperty():iseDOMdp.cpp:326]"),
			we("2026-11-29T17:15:20Z", Error, "10.20.4.80", "Nov 29 17:15:20 10.20.4.80 ReGaHss: Error: IseESP::ScriptRuntimeError: line 12 [ScriptRuntimeError():iseESP.cpp:1136]"),
		},
	},
	{
		name:   "redmatic-node-red-ccu-messages",
		source: "RedMatic (Node-RED on a CCU or RaspberryMatic) in the CCU's /var/log/messages (BusyBox syslogd with the facility.level after the host, node-red's `[node-type:name] msg`): rdmtc/RedMatic#282 and rdmtc/RedMatic-HomeKit#130 quote it. No earlier table holds RedMatic",
		why:    "a facility.level pair after the host, daemon.debug among them; the node's name in brackets is no host and the CCU address in it neither",
		entries: []worldEntry{
			we("2026-11-29T22:49:18Z", Debug, "raspberrymatic", `Nov 29 22:49:18 raspberrymatic daemon.debug node-red[12605]: [ccu-connection:10.20.4.80] stats rpc rx: {"HVL":49} tx: {}`),
			we("2026-11-29T22:49:24Z", Info, "raspberrymatic", "Nov 29 22:49:24 raspberrymatic daemon.info node-red[12605]: [ccu-connection:localhost] VirtualDevices http port 39292 connected"),
			we("2026-11-29T22:49:30Z", Info, "raspberrymatic", "Nov 29 22:49:30 raspberrymatic daemon.info node-red[12605]: [redmatic-homekit-bridge:Haus] published bridge (14 Accessories) Haus CC:22:3D:71:0A:4B on port 51826"),
			we("2026-11-29T22:50:02Z", Error, "raspberrymatic", "Nov 29 22:50:02 raspberrymatic daemon.err node-red[12605]: [ccu-connection:localhost] HmIP-RF binrpc init failed: timeout"),
		},
	},
	{
		name:   "valetudo-hypfer-log",
		source: "Valetudo (the cloud-free robot vacuum firmware companion) log, /tmp/valetudo.log or the log view in its UI (`[ISO time Z] [LEVEL] msg`, levels TRACE DEBUG INFO WARN ERROR): from memory of Valetudo's Logger; Hypfer/Valetudo#144 names the upstart log file of the early releases. No earlier table holds Valetudo",
		why:    "a bracketed RFC 3339 UTC time, then the level in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29T07:41:16.204Z] [INFO] Autodetected RoborockS5ValetudoRobot"),
			we("2026-11-29T07:41:16.318Z", Info, "", "[2026-11-29T07:41:16.318Z] [INFO] Starting Valetudo 2026.11.0"),
			we("2026-11-29T07:41:19.02Z", Warn, "", "[2026-11-29T07:41:19.020Z] [WARN] Error while polling cloud connection state: timeout"),
			we("2026-11-29T07:41:25.77Z", Error, "", "[2026-11-29T07:41:25.770Z] [ERROR] MQTT error: connect ECONNREFUSED 10.20.0.5:1883"),
		},
	},
	{
		name:   "valetudo-rand256-system-log-view",
		source: "the rand256 fork of Valetudo, its system log view in the web UI (newest first, `ISO time Z message`): rand256/valetudo#458 quotes it. No earlier table holds Valetudo",
		why:    "an RFC 3339 UTC time with milliseconds and a bare message, newest first; no level",
		entries: []worldEntry{
			we("2026-11-29T07:54:02.791Z", Unknown, "", "2026-11-29T07:54:02.791Z Timesync packet received"),
			we("2026-11-29T07:41:18.115Z", Unknown, "", "2026-11-29T07:41:18.115Z Map upload to cloud skipped: no cloud configured"),
			we("2026-11-29T07:24:02.79Z", Unknown, "", "2026-11-29T07:24:02.790Z Timesync packet received"),
		},
	},
	{
		name:   "opendtu-serial-console-timestamped",
		source: "OpenDTU (ESP32 firmware for Hoymiles micro-inverters), its serial console in a terminal that prefixes the time of day (`[HH:mm:ss.fff] L (ms since boot) tag: msg`, L the ESP-IDF level letter E W I D V): tbnobody/OpenDTU#2742 quotes it. ESP-IDF's own console is an earlier table's; this terminal-stamped OpenDTU output is not",
		why:    "a bracketed time of day (on the clock's day) before the ESP-IDF level letter and the uptime in parentheses; the uptime is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.103Z", Debug, "", "[07:41:16.103] D (1861127) hoymiles: TX RealTimeRunData 865.00 MHz --> 15 A0 11 52 4A 80 10 24 12 80 0B 00 68 AF 44 74 00 00 00 00 00 00 00 00 80 E6 00"),
			we("2026-11-29T07:41:16.204Z", Debug, "", "[07:41:16.204] D (1861221) hoymiles: RX 865.00 MHz --> 95 A0 11 52 4A 80 10 24 12 01 00 01 01 33 01 2C 00 02 00 01 00 06 00 05 00 00 85 | -61 dBm"),
			we("2026-11-29T07:41:18.5Z", Info, "", "[07:41:18.500] I (1863420) mqtt: Publishing inverter 116491626836 live data"),
			we("2026-11-29T07:41:31.02Z", Warn, "", "[07:41:31.020] W (1875940) hoymiles: Inverter 116491626836 did not respond to RealTimeRunData"),
		},
	},
	{
		name:   "io-link-master-json-event-log-jq-compact",
		source: "a Balluff BNI IO-Link master's event log from its JSON REST interface (an array of `{\"message\":{\"text\":…},\"origin\":…,\"time\":\"yyyy-MM-ddTHH:mm:ss.fff\",\"severity\":…}`), flattened one event a line with `jq -c '.[]'`: iolinkcommunity/JSON_for_IO-Link#29 quotes the array. No earlier table holds an IO-Link master",
		why:    "one JSON object a line, the message nested first; the time has no zone and is read as UTC; the severity field is the level; the client address in a message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.031Z", Notice, "", `{"message":{"text":"Start firmware for BNI PNT-508-105-Z015. Build date: Oct 02 2026, 09:47:04"},"origin":"System","time":"2026-11-29T07:41:16.031","severity":"NOTICE"}`),
			we("2026-11-29T07:41:16.163Z", Info, "", `{"message":{"text":"LLDP IO-Link Extension is enabled"},"origin":"System","time":"2026-11-29T07:41:16.163","severity":"INFO"}`),
			we("2026-11-29T07:41:26.164Z", Notice, "", `{"message":{"text":"Status 401: UserMgmtFailure: Authentication failed."},"origin":"Web Interface","time":"2026-11-29T07:41:26.164","severity":"NOTICE"}`),
			we("2026-11-29T07:41:27.457Z", Debug, "", `{"message":{"text":"reboot 103"},"origin":"System","time":"2026-11-29T07:41:27.457","severity":"DEBUG"}`),
		},
	},

	// Storage.
	{
		name:   "hpe-3par-showeventlog-cli",
		source: "an HPE 3PAR StoreServ's `showeventlog` in the CLI (one block per event, `Time     : yyyy-MM-dd HH:mm:ss TZ`, `Severity : …`, `Type     : …`, `Message  : …`, a blank line between events; severities Fatal, Critical, Major, Minor, Degraded, Informational, Debug): from memory of InForm OS CLI output. 3PAR's remote syslog is an earlier table's; showeventlog is not",
		why:    "a four-line block is one record; the time carries a zone abbreviation (CET, converted); the Severity field is the level, Major read as Error and Minor as Warn",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"Time     : 2026-11-29 08:41:16 CET",
				"Severity : Informational",
				"Type     : CLI command executed",
				"Message  : {3paradm super all {{0 8}} -1 10.20.1.15 26431} {showvv -d}",
				""),
			we("2026-11-29T07:44:02Z", Warn, "",
				"Time     : 2026-11-29 08:44:02 CET",
				"Severity : Minor",
				"Type     : Component state change",
				"Message  : Port 1:2:1 Degraded (Loss Sync {0x2})",
				""),
			we("2026-11-29T07:44:40Z", Error, "",
				"Time     : 2026-11-29 08:44:40 CET",
				"Severity : Major",
				"Type     : Disk fail alert",
				"Message  : Magazine 2:0:3, Physical Disk 45 Failed (Vacated, Invalid Media, Smart Threshold Exceeded)",
				""),
		},
	},
}

func TestFresh143Formats(t *testing.T) { assertTable(t, fresh143Cases) }

func TestFresh143Score(t *testing.T) {
	checkScore(t, "fresh143 formats", fresh143Cases, [worldNumFields]float64{92.0, 100, 100, 100})
}
