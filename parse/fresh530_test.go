package parse

import "testing"

// The five-hundred-and-thirtieth fresh table: network devices' CLI log outputs, a fifth further pass
// after fresh412, fresh434, fresh450 and fresh489 (the output of show logging, display logbuffer,
// log print and similar commands on switches, routers, firewalls and wireless controllers, as
// operators paste them), in shapes no earlier table holds. Each family is one product's output: an
// Alcatel-Lucent Enterprise OmniSwitch's AOS 8 `show log events` (a year, a month name and a padded
// day, a clock with milliseconds, ` : CMM : App : text`); its `show qos log` (a two-digit-year
// `M/dd/yy` stamp on every line, the packet's own `[@HH:mm:ss]` on a matched rule's line); its
// `show command-log` (five-line `Command :` blocks with a year-less weekday Date line), and AOS 6's
// same blocks with the Date in upper case; the SONiC management framework's `show event` table, its
// `show event details` blocks and its `show alarm` table (ISO times in Z and a Severity column); and
// SONiC's `show reboot-cause` pasted from several switches (the time inside `[User: …, Time: …]`).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`keenetic`, `ndm:`, `teltonika`, `rutos`, `openwrt`, `logread`,
// `stormshield`, `sophos`, `sfos`, `watchguard`, `firebox`, `barracuda`, `f5`, `big-ip`, `tmsh`,
// `ltm`, `frrouting`, `frr`, `zebra`, `bird`, `birdc`, `quagga`, `ovs-vswitchd`, `ovs-appctl`,
// `pfsense`, `opnsense`, `clog`, `filterlog`, `ipfire`, `untangle`, `draytek`, `vigor`, `d-link`,
// `dgs-`, `FTD-`, `forcepoint`, `kemp`, `loadmaster`, `gl.inet`, `firewalla`, `fritz`,
// `edgeswitch`, `UNKN[`, `pica8`, `sophos utm`, `astaro`, `cyberoam`, `fortiweb`, `fortianalyzer`,
// `smoothwall`, `endian`, `zeroshell`, `mikrotik`, `/log print`, `routeros`, `ubnt`, `airos`,
// `tplink`, `ruckus`, `meraki`, `junos`, `srx`, `asa`, `IOS XE`, `nx-os`, `accton`, `edgecore`,
// `event no.`, `show log ram`, `vpp`, `tnsr`, `show logging`, `riverbed`, `steelhead`, `splice/`,
// `velocloud`, `edged`, `arris`, `T3 time-out`, `CM-MAC`, `technicolor`, `sagemcom`, `show agent`,
// `infoblox`, `gigamon`, `wing`, `zebra wing`, `linksys`, `rv340`, `rv34`, `identifi`, `netscout`,
// `execute log display`, `show log traffic`, `tmsh show sys log`, `show sys log`, `Mojo`, `aruba
// central`, `cisco ace`, `trendnet`, `supermicro`, `SSE-`, `quanta`, `ZyWALL`, `nebula`, `unifi`,
// `cnMaestro`, `edgeos`, `peplink`, `dlink`, `Mercku`, `eero`, `orbi`, `asuswrt`, `merlin`,
// `tomato`, `freshtomato`, `dd-wrt`, `ddwrt`, `gargoyle`, `login failures`, `sniffer packet`,
// `show jobs`, `fwd.elg`, `.elg`, `cpd.elg`, `auth-tracebuf`, `apfMsConnTask`, `history print`,
// `show capture`, `install log`, `flap-list`, `show ip dhcp conflict`, `Detection method`, `show
// logging nvram`, `show reload cause`, `show ip sla`, `show vpdn`, `show users`, `show debugging`,
// `show log events`, `display diagnostic`, `display security-log`, `show ap debug`, `client-trace`,
// `show wlan`, `AP-STA-CONNECTED`, `show bfd`, `show ip bgp`, `bgp neighbor`, `BGP-5-ADJCHANGE`,
// `show vrrp`, `show hsrp`, `%HSRP`, `dot1x`, `show mac`, `show inventory`, `show version`, `show
// login`, `login lockout`, `Log Text`, `profile wireless`, `show ap history`, `isis spf`, `show ip
// ospf statistics`, `show event`, `show eventlog`, `eventlog`, `show tech`, `show history`, `show
// boot`, `boot history`, `show stack`, `show poe`, `show ip dhcp binding`, `show crypto`, `ikev2
// sa`, `show vpn`, `ipsec sa`, `show conn`, `threat-detection`, `shun`, `bgpctl`, `openbgpd`,
// `pflog`, `freertr`, `onos`, `karaf`, `opendaylight`, `log:display`, `<INFO>`, `vppctl`, `vlib`,
// `clixon`, `srlinux`, `gnmi`, `bgpd.log`, `ospfd`, `isisd`, `watchfrr`, `keepalived`, `aethra`,
// `log-id 99`, `show log log-id`, `avocent`, `cyclades`, `ale_aos8`, `aos8`, `OmniSwitch`, `swlog`,
// `show log swlog`, `Accedian`, `Nexans`, `command-log`, `Command : `, `UserName  :`, `show log
// pmd`, `ChassisSupervisor`, `intfCmm`, `: CMM :`, `qos log`, `matched:drop`, `UNP profile`, `[@`,
// `Ip Addr  :`, `Sq No`, `DUMMY_ALARM`, `ACKNOWLEDGE`, `UNACKNOWLEDGE`, `mgmt-framework`, `sonic#`,
// `show event summary`, `EVENT_DB`, `event-alarm`, `alarm framework`, `show alarm`, `Raise-time`,
// `Event Details -`, `alarm details -`, `TEMPERATURE_EXCEEDED`, `PSU_FAULT`, `show alarm detail`,
// `show event details`, `Ack-time`, `CUSTOM_EVPROFILE`, `console timestamp`, `ike 0:`, `ikemgr`,
// `fnbamd`, `diagnose debug application`, `dhcp lease-list`, `show logging -r`, `W=Warning`,
// `audit-trail`, `logging system`, `logging persistent`, `show syslog`, `logging profile`,
// `topics=`, `print detail`, `reboot-cause`, `User issued`, `Actual reboot cause`). OmniSwitch is
// in earlier tables as its swlog (`show log swlog`, the AOS 6 upper-case stamp, the level word with
// its number) and `ChassisSupervisor` only inside such a swlog line; `show log events` only in
// grep lists; the events log, the QoS log and the command log are in none (`Command : ` and `[@`
// match other programs' lines). `show event` matches other products' event listings (storage
// controllers, EEM, a Trellix sensor); SONiC's event and alarm framework is in none
// (`ACKNOWLEDGE` matches other words). `reboot-cause` is fresh434's and fresh450's SONiC `show reboot-cause history` table;
// the single-line `show reboot-cause` (`User issued`) is in none. Left out as held already: FD.io
// VPP's `show logging` (fresh37's vpp.log has its shape), Keenetic's `show log`, MikroTik's `/log
// print` and `/log print detail`, Cisco IOS's `show login failures`, `show ip dhcp conflict`, `show
// ip sla statistics` and `show cable flap-list`, NX-OS's `show logging nvram`, PAN-OS's `show
// jobs`, ASA's `show capture` and FortiGate's sniffer, ArubaOS's `show audit-trail` and
// `auth-tracebuf`, Aruba's `show logging -r`, FortiGate's debug with console timestamps, and the
// SONiC alarm detail block, whose shape is Dell OS10's `show alarms details` (fresh87). Left out
// for want of a page that settled their lines in the time given: freeRtr's `show logging`, Aethra
// ATOS-NT, Accedian. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). OmniSwitch's events log carries a year and no zone, read as UTC; its QoS
// log's `11/29/26` is month first with a two-digit year, and a matched rule's `[@07:41:14]` is the
// packet's time of the same line, so either is accepted there; the command log's Date has no year
// (2026) and no zone. SONiC's event and alarm times end in Z. `show reboot-cause` prints its time as
// `date` does, `Sun 29 Nov 2026 07:38:04 AM UTC` or `Sat Nov 28 23:12:47 UTC 2026`; `Power Loss`
// carries no time. Levels only where the line marks one: SONiC's Severity column or line (CRITICAL,
// WARNING, INFORMATIONAL); OmniSwitch's events, QoS and command logs and the reboot cause carry
// none (`Result : ERROR: …` is a command's outcome). The host is the record's host field, and none
// of these outputs has one: OmniSwitch's `CMM` is the module, the command log's Ip Addr is the
// operator's client, the QoS log's addresses are the packet's, SONiC's Source is the resource, and
// the shell prompt's switch name before `show reboot-cause` is fed but is no part of the record. A
// record that spans lines is one entry: a command-log block, a `show event details` block from its
// first dashed rule to its Source line. Each printed QoS-log line carries its own stamp and is a
// record of its own. The prompts, table headers and rules and the blank lines between blocks are
// fed but not scored.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"): jefvantongerloo/textfsm-aos's test fixtures for the OmniSwitch
// outputs, the SONiC event and alarm framework HLD and sonic-mgmt-framework PR #85 for `show event`
// and `show alarm`, sonic-buildimage and sonic-utilities threads for `show reboot-cause`; no family
// rests on memory. Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 79e5bf4 before any rule for it: level 87.5 %, time 87.5 %, host 91.7 %, records 87.5 %.
// That is the macro figure (micro: level 90.0 %, time 90.0 %, host 93.3 %, records 90.0 %), in a
// worktree at 79e5bf4 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is SONiC's `show event details`, whose opening dashed rule trawl
// cuts off as a record of its own while it joins the rest of each block with the blocks after it,
// so neither the Timestamp line (no colon after its key) nor the Severity line is read.

var fresh530Cases = []worldCase{
	{
		name:   "omniswitch-aos8-show-log-events",
		source: "Alcatel-Lucent Enterprise OmniSwitch AOS 8 `show log events` (`yyyy Mmm d HH:mm:ss.mmm : CMM : Application : text`, the day padded with a blank): jefvantongerloo/textfsm-aos tests/ale_aos8_show_log_events (PR #14)",
		why:    "a year first, then a month name and a padded day, a clock with milliseconds; ` : CMM : ` is the module that logged, no host; no level",
		entries: []worldEntry{
			we("2026-11-28T22:14:05.118Z", Unknown, "", "2026 Nov 28 22:14:05.118 : CMM : ChassisSupervisor : chassisTrapsAlert - CERTIFY w/FLASH SYNCHRO process started"),
			we("2026-11-28T22:15:02.904Z", Unknown, "", "2026 Nov 28 22:15:02.904 : CMM : ChassisSupervisor : chassisTrapsAlert - CERTIFY process completed successfully"),
			we("2026-11-29T07:41:16.335Z", Unknown, "", "2026 Nov 29 07:41:16.335 : CMM : intfCmm : Link 1/1/22 operationally down"),
			we("2026-11-29T07:41:31.870Z", Unknown, "", "2026 Nov 29 07:41:31.870 : CMM : intfCmm : Link 1/1/22 operationally up"),
		},
	},
	{
		name:   "omniswitch-aos8-show-qos-log",
		source: "Alcatel-Lucent Enterprise OmniSwitch AOS 8 `show qos log` (each line `M/dd/yy HH:mm:ss` then the text; a matched rule's line carries the packet's own time as `[@HH:mm:ss]`, and the lines under it about the same packet are stamped again and indented by one more blank): jefvantongerloo/textfsm-aos tests/ale_aos8_show_qos_log",
		why:    "a month-first slashed date with a two-digit year; `[@07:41:14]` is the packet's time of the same event; every printed line is stamped and is a record of its own; the addresses are the packet's, no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:14Z", Unknown, "", "11/29/26 07:41:16 [@07:41:14] rule 'Guest-Deny-L3' matched:drop in UNP profile guest_access list guest_restricted"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/26 07:41:16  svlan 40 port 1/1/12 default"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/26 07:41:16  MAC 3C:22:FB:41:0A:17 -> 00:E0:B1:7C:22:01"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/26 07:41:16  TOS 0x00 (TCP) 10.40.12.57:51844 -> 10.20.0.15:445"),
			we("2026-11-29T07:43:02Z", Unknown, "", "11/29/26 07:43:02 Loaded 12 policies from LDAP server 10.20.0.31:5389"),
		},
	},
	{
		name:   "omniswitch-aos8-show-command-log",
		source: "Alcatel-Lucent Enterprise OmniSwitch AOS 8 `show command-log` (one block a command, newest first: `Command : …`, then indented `UserName :`, `Date     : Www Mmm dd HH:mm:ss ` with no year, `Ip Addr  :`, `Result   :`; a blank line between blocks): jefvantongerloo/textfsm-aos tests/ale_aos8_show_command-log",
		why:    "a five-line block is one record; its time is the Date line's, a weekday date with no year; Ip Addr is the operator's client, no host; `Result : ERROR: …` is the command's outcome, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Command : vlan 40 members port 1/1/12 untagged",
				"  UserName : netops",
				"  Date     : Sun Nov 29 07:41:16 ",
				"  Ip Addr  : 10.20.0.25",
				"  Result   : SUCCESS"),
			wskip(""),
			we("2026-11-29T07:40:52Z", Unknown, "",
				"Command : vlan 4100 members port 1/1/12 tagged",
				"  UserName : netops",
				"  Date     : Sun Nov 29 07:40:52 ",
				"  Ip Addr  : 10.20.0.25",
				"  Result   : ERROR: VLAN 4100 out of range"),
			wskip(""),
			we("2026-11-28T18:02:37Z", Unknown, "",
				"Command : write memory flash-synchro",
				"  UserName : admin",
				"  Date     : Sat Nov 28 18:02:37 ",
				"  Ip Addr  : 10.20.0.8",
				"  Result   : SUCCESS"),
			wskip(""),
		},
	},
	{
		name:   "omniswitch-aos6-show-command-log-upper",
		source: "Alcatel-Lucent OmniSwitch AOS 6 `show command-log` (the same blocks as AOS 8, the Date in upper case: `Date     : SUN NOV 29 07:41:16 `): jefvantongerloo/textfsm-aos tests/ale_aos6_show_command-log",
		why:    "an upper-case weekday and month with no year in the block's Date line; the block is one record; the client address is no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Command : interfaces 1/14 admin down",
				"  UserName : admin",
				"  Date     : SUN NOV 29 07:41:16 ",
				"  Ip Addr  : 172.16.8.40",
				"  Result   : SUCCESS"),
			wskip(""),
			we("2026-11-29T07:39:05Z", Unknown, "",
				"Command : vlan 310 802.1q 1/14",
				"  UserName : admin",
				"  Date     : SUN NOV 29 07:39:05 ",
				"  Ip Addr  : 172.16.8.40",
				"  Result   : ERROR: 1/14 is mobile port, can't be tagged"),
			wskip(""),
			we("2026-11-27T16:20:44Z", Unknown, "",
				"Command : ntp server 172.16.0.10",
				"  UserName : noc",
				"  Date     : FRI NOV 27 16:20:44 ",
				"  Ip Addr  : 172.16.8.12",
				"  Result   : SUCCESS"),
			wskip(""),
		},
	},
	{
		name:   "sonic-mgmt-show-event",
		source: "SONiC management framework (KLISH) `show event` (a dashed rule, the header `Id  Action  Severity  Name  Timestamp  Description`, a rule, then one row an event with an ISO time in Z; severities CRITICAL MAJOR MINOR WARNING INFORMATIONAL): sonic-net/SONiC doc/event-alarm-framework/event-alarm-framework.md (PR #761), sonic-net/sonic-mgmt-framework PR #85",
		why:    "the row's time is its fifth column in ISO with milliseconds and Z; the level is the Severity column; the sequence Id is no time; `/psu/2`-style sources are no host",
		entries: []worldEntry{
			wskip("sonic# show event",
				"----------------------------------------------------------------------------------------------------------------------------",
				"Id           Action          Severity   Name                           Timestamp                   Description                                                  ",
				"----------------------------------------------------------------------------------------------------------------------------"),
			we("2026-11-29T07:38:12.204Z", Info, "", "118          -               INFORMATIONAL SYSTEM_STATE                2026-11-29T07:38:12.204Z    :- updateSystemStatus: System is ready"),
			we("2026-11-29T07:41:16.455Z", Critical, "", "119          RAISE           CRITICAL   TEMPERATURE_EXCEEDED           2026-11-29T07:41:16.455Z    :- temperatureCrossedThreshold: Current temperature of sensor/3 is 81 degrees"),
			we("2026-11-29T07:44:02.917Z", Warn, "", "120          RAISE           WARNING    PSU_FAULT                      2026-11-29T07:44:02.917Z    :- /psu/2 has experienced a fault                  "),
			we("2026-11-29T07:49:30.066Z", Critical, "", "121          ACKNOWLEDGE     CRITICAL   TEMPERATURE_EXCEEDED           2026-11-29T07:49:30.066Z    Alarm id 119 ACKNOWLEDGE."),
			we("2026-11-29T07:55:48.731Z", Critical, "", "122          CLEAR           CRITICAL   TEMPERATURE_EXCEEDED           2026-11-29T07:55:48.731Z    :- temperatureCrossedThreshold: Current temperature of sensor/3 is 64 degrees"),
		},
	},
	{
		name:   "sonic-mgmt-show-event-details",
		source: "SONiC management framework `show event details` (per event a block between dashed rules headed `Event Details - N`, then `Id:`, `Action:`, `Severity:`, `Type:`, `Timestamp` with no colon, `Description:`, `Source:`, a line of one blank between blocks): sonic-net/SONiC doc/event-alarm-framework/event-alarm-framework.md (PR #761)",
		why:    "a block is one record from its first rule to its Source line; the time is the Timestamp line's (no colon after the key); the level is the Severity line; Source is the resource, no host",
		gap:    "the dashed rule that opens each `Event Details - N` block is cut off as a record of its own with no time and no level, and the rest of the block is joined with the blocks after it, so neither the Timestamp line (no colon after its key) nor the Severity line is read for the block",
		entries: []worldEntry{
			wskip("sonic# show event details"),
			we("2026-11-29T07:41:16.455Z", Critical, "",
				"----------------------------------------------",
				"Event Details - 119 ",
				"----------------------------------------------",
				"Id:                  119 ",
				"Action:              RAISE ",
				"Severity:            CRITICAL ",
				"Type:                TEMPERATURE_EXCEEDED ",
				"Timestamp            2026-11-29T07:41:16.455Z ",
				"Description:         :- temperatureCrossedThreshold: Current temperature of sensor/3 is 81 degrees ",
				"Source:              /sensor/3 "),
			wskip(" "),
			we("2026-11-29T07:44:02.917Z", Warn, "",
				"----------------------------------------------",
				"Event Details - 120 ",
				"----------------------------------------------",
				"Id:                  120 ",
				"Action:              RAISE ",
				"Severity:            WARNING ",
				"Type:                PSU_FAULT ",
				"Timestamp            2026-11-29T07:44:02.917Z ",
				"Description:         :- /psu/2 has experienced a fault ",
				"Source:              /psu/2 "),
			wskip(" "),
			we("2026-11-29T07:58:10.402Z", Info, "",
				"----------------------------------------------",
				"Event Details - 123 ",
				"----------------------------------------------",
				"Id:                  123 ",
				"Action:              - ",
				"Severity:            INFORMATIONAL ",
				"Type:                CUSTOM_EVPROFILE_CHANGE ",
				"Timestamp            2026-11-29T07:58:10.402Z ",
				"Description:         :- handle_custom_evprofile: Custom Event Profile dc-leaf.json is applied. ",
				"Source:              /etc/evprofile/dc-leaf.json "),
		},
	},
	{
		name:   "sonic-mgmt-show-alarm",
		source: "SONiC management framework `show alarm` / `show alarm all` (the active alarms: a dashed rule, `Id  Severity  Name  Timestamp  Description`, a rule, one row an alarm, no Action column): sonic-net/SONiC doc/event-alarm-framework/event-alarm-framework.md (PR #761)",
		why:    "the time is the fourth column in ISO with Z; the level is the Severity column; the sensor and PSU paths in the description are no host",
		entries: []worldEntry{
			wskip("sonic# show alarm all",
				"----------------------------------------------------------------------------------------------------------------------------",
				"Id           Severity   Name                           Timestamp                   Description                                                  ",
				"----------------------------------------------------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:16.455Z", Critical, "", "119          CRITICAL   TEMPERATURE_EXCEEDED           2026-11-29T07:41:16.455Z    :- temperatureCrossedThreshold: Current temperature of sensor/3 is 81 degrees         "),
			we("2026-11-29T07:44:02.917Z", Warn, "", "120          WARNING    PSU_FAULT                      2026-11-29T07:44:02.917Z    :- /psu/2 has experienced a fault "),
			we("2026-11-29T08:02:51.380Z", Warn, "", "125          WARNING    FAN_SPEED_LOW                  2026-11-29T08:02:51.380Z    :- fanSpeedCheck: fan/4 speed 2800 RPM below threshold 3500 RPM"),
		},
	},
	{
		name:   "sonic-show-reboot-cause",
		source: "SONiC `show reboot-cause` pasted from several switches, one prompt each (`User issued 'REBOOT' command [User: U, Time: …]`, the time as `date` prints it: `Www dd Mmm yyyy hh:mm:ss AM|PM UTC` in recent images, `Www Mmm d HH:mm:ss UTC yyyy` in older ones; a hardware cause with no time; `Actual reboot cause : …` appended after a failed software reboot): sonic-net/sonic-buildimage issues #6101, #5354 and PR #11752, sonic-net/sonic-utilities PRs #271 and #1219",
		why:    "the time inside the bracket after `Time:`, with a 12-hour clock and UTC, or ctime-like with UTC before the year; `Power Loss` has no time of its own; the prompt's switch name is not part of the record; no level",
		entries: []worldEntry{
			wskip("admin@leaf-101:~$ show reboot-cause"),
			we("2026-11-29T07:38:04Z", Unknown, "", "User issued 'warm-reboot' command [User: admin, Time: Sun 29 Nov 2026 07:38:04 AM UTC]"),
			wskip("admin@leaf-102:~$ show reboot-cause"),
			we("2026-11-28T23:12:47Z", Unknown, "", "User issued 'reboot' command [User: netops, Time: Sat Nov 28 23:12:47 UTC 2026]"),
			wskip("admin@spine-01:~$ show reboot-cause"),
			we("", Unknown, "", "Power Loss"),
			wskip("admin@leaf-103:~$ show reboot-cause"),
			we("2026-11-29T02:05:19Z", Unknown, "", "User issued 'fast-reboot' command [User: admin, Time: Sun 29 Nov 2026 02:05:19 AM UTC] Actual reboot cause : Power Loss"),
		},
	},
}

func TestFresh530Formats(t *testing.T) { assertTable(t, fresh530Cases) }

func TestFresh530Score(t *testing.T) {
	checkScore(t, "fresh530 formats", fresh530Cases, [worldNumFields]float64{87.4, 87.4, 91.6, 87.4})
}
