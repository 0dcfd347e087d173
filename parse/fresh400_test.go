package parse

import "testing"

// The four-hundredth fresh table, written on 2026-12-06: network appliances' syslog at a collector,
// another pass: firewalls, routers, switches, WAN optimizers and wireless controllers as rsyslog,
// syslog-ng, Kiwi and a relay store them, in product and collector shapes no earlier table holds.
// Each family is one product's line in one collector's layout: ExtremeXOS on a stacked switch
// (`Slot-N: <Sev:component.event>`) under syslog-ng's `$ISODATE $HOST $MSG`; a Peplink Balance (its
// `Balance_XXXX:` tag where the host goes) and a Riverbed SteelHead's sport lines in Kiwi Syslog
// Server's tab-separated log file (date, Facility.Level, sender, message); AlliedWare Plus's IMI
// lines behind a relay's own BSD header; a Fujitsu PFU XG switch's `XG function severity id`
// fields after rsyslog's traditional header; Ruckus ICX FastIron under rsyslog's
// RSYSLOG_SyslogProtocol23Format; a Silver Peak EdgeConnect's alarm lines with key=value fields;
// an Exinda WAN optimizer's `[component.LEVEL]` lines after rsyslog's high-precision header.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`steelhead`, `riverbed`, `sport[`, `splice/client`, `+01:00 sh-`, `exinda`, `silver peak`,
// `silverpeak`, `edgeconnect`, `ecos`, `alarm_`, `citrix sd-wan`, `cloudbridge`, `talari`,
// `aryaka`, `fatpipe`, `elfiq`, `xroads`, `extremexos`, `exos`, `<Info:vlan`, `Slot-1: <`,
// `Slot-2: <`, `authPass`, `peplink`, `pepwave`, `Balance_`, `allied telesis`, `alliedware`,
// `awplus`, `awp-`, `IMI[`, `IMISH`, `relay-02`, `XG2000`, `PFU`, `Device type`, `XG port`,
// `ruckus`, `icx`, `fastiron`, `System: Interface ethernet`, `TMNX:`, `linkDown-2004`,
// `Local7.Info`, `Local0.Notice`, `Local0.Info`, `<NOTI>`, `stm[`, `[FILTER][`, `Vigor:`,
// `"timestamp","source","message"`, `"_raw"`, `Core: @@`, `ipv4-FWD`, `FWD-filter`,
// `UNIFIcategory`, `bdcom`, `qtech`, `korenix`, `waystream`, `3com`, `SW8800`, `%%10`).
// SteelHead's sport lines are in fresh10, fresh138 (rsyslog's ISO header with +01:00) and fresh386;
// in Kiwi's tab file in none. ExtremeXOS's `<Info:vlan…>` lines are in fresh3, fresh54, fresh87 and
// fresh356; a stack member's `Slot-N:` prefix in none. AlliedWare Plus's IMI lines are in fresh10,
// fresh54 and fresh138; behind a relay's second header in none. Ruckus ICX is in fresh6, fresh54,
// fresh87, fresh138, fresh192 and fresh356; under RFC 5424 with System as APP-NAME in none. Kiwi's
// tab file is in fresh77, fresh172, fresh289, fresh341 and fresh349 with other devices. Peplink,
// Silver Peak and the PFU XG are named in fresh143 and a few others, in none of these shapes;
// Exinda is in none. Left out as measured already: Nokia SR OS's TMNX lines (fresh54, fresh326,
// fresh341, fresh356), ArubaOS's stm lines (fresh3, fresh54, fresh69, fresh133), DrayTek's Vigor
// lines (fresh14, fresh341), VyOS's firewall prefix (fresh8, fresh87), UniFi's CEF (fresh37),
// Graylog's CSV export (fresh67, fresh349), Splunk's _raw exports (fresh67, fresh154 and others).
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). BSD headers have no year (2026) and no zone (UTC); Kiwi's own date and the
// device's header inside the message are both the record's time, either accepted; a relay's header
// and the device's are both accepted; rsyslog's and syslog-ng's ISO headers carry their offset.
// Levels only where the line marks one: ExtremeXOS's `<Warn:…>`, Kiwi's Facility.Level column, the
// PFU XG's severity word, the PRI of an RFC 5424 line, Exinda's `[component.LEVEL]` and SteelHead's
// `[component.LEVEL]`, Silver Peak's severity= key (MAJOR as Error, MINOR as Warn, CRITICAL as
// Critical, from memory); AlliedWare Plus's and Peplink's lines carry none. The host is the
// record's host field: the collector's host column (syslog-ng's $HOST, Kiwi's sender column,
// rsyslog's HOSTNAME), the device's name behind a relay's header (the relay is not the record's
// host); a client, peer or tunnel endpoint in the message is none.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d748992 before any rule for it: level 91.7 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 93.3 %, time 100.0 %, host 86.7 %, records 100.0 %), in a
// worktree at d748992 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are the device's host behind a relay's second BSD header
// (AlliedWare Plus) and the MAJOR and MINOR alarm grades of Silver Peak's severity= key.

var fresh400Cases = []worldCase{
	{
		name:   "extremexos-stack-slot-syslog-ng-isodate",
		source: "ExtremeXOS 31/32 on a SummitStack sending to syslog-ng with `template(\"$ISODATE $HOST $MSG\\n\")`: the stack member's `Slot-N:` prefix, then `<Sev:component.condition>` (Info, Noti, Warn, Erro, Crit) and the text: the EXOS message layout and the slot prefix from memory; syslog-ng's ISODATE template from the syslog-ng documentation, from memory",
		why:    "syslog-ng's ISO time with an offset and the sender's name; `Slot-2:` is a stack member, no tag with a pid; the level is the abbreviation inside the angle brackets; `2:17` is a port, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "x670-stack1", "2026-11-29T07:41:16+00:00 x670-stack1 Slot-1: <Info:vlan.msgs.portLinkStateUp> Port 1:5 link UP at speed 10 Gbps and full-duplex"),
			we("2026-11-29T07:41:19Z", Warn, "x670-stack1", "2026-11-29T07:41:19+00:00 x670-stack1 Slot-2: <Warn:vlan.msgs.portLinkStateDown> Port 2:17 link down"),
			we("2026-11-29T07:41:22Z", Notice, "x670-stack1", "2026-11-29T07:41:22+00:00 x670-stack1 Slot-1: <Noti:AAA.logout> Administrative account (netops) logout from ssh (10.20.0.5)"),
			we("2026-11-29T07:41:30Z", Error, "x670-stack1", "2026-11-29T07:41:30+00:00 x670-stack1 Slot-2: <Erro:HAL.Fan.Failed> Fan 2 in slot 2 has failed"),
		},
	},
	{
		name:   "peplink-balance-kiwi-tab-file",
		source: "a Peplink Balance router (firmware 8.x) sending syslog with its `Balance_XXXX:` device tag and no hostname, stored by Kiwi Syslog Server's default log file (`yyyy-MM-dd HH:mm:ss<TAB>Facility.Level<TAB>sender<TAB>message`): Kiwi's file layout as other tables cite it (elastic/beats issue #7378); Peplink's message texts from memory",
		why:    "Kiwi's date and the sender's address in columns, then the device's own BSD header; `Balance_A1F2:` is a tag, not a host; the level is Kiwi's Facility.Level column",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "10.44.0.1", "2026-11-29 07:41:16\tLocal0.Notice\t10.44.0.1\tNov 29 07:41:16 Balance_A1F2: WAN: WAN 1 (Fiber) disconnected (No cable detected)"),
			we("2026-11-29T07:41:21Z", Info, "10.44.0.1", "2026-11-29 07:41:21\tLocal0.Info\t10.44.0.1\tNov 29 07:41:21 Balance_A1F2: WAN: WAN 2 (LTE) connected (100.71.4.22)"),
			we("2026-11-29T07:42:05Z", Warn, "10.44.0.1", "2026-11-29 07:42:05\tLocal0.Warning\t10.44.0.1\tNov 29 07:42:05 Balance_A1F2: PepVPN: Profile HQ-DC1 (203.0.113.40) - link WAN 1 down"),
			we("2026-11-29T07:43:40Z", Info, "10.44.0.1", "2026-11-29 07:43:40\tLocal0.Info\t10.44.0.1\tNov 29 07:43:40 Balance_A1F2: Admin: admin (192.168.50.14) login successful"),
		},
	},
	{
		name:   "steelhead-sport-kiwi-tab-file",
		source: "a Riverbed SteelHead (RiOS 9.x) sending its sport lines (`sport[pid]: [component.LEVEL] connection-id {client server} msg`) to Kiwi Syslog Server's default tab-separated log file: the sport layout as fresh10 and fresh138 cite it; Kiwi's columns as above; the splice texts from memory",
		why:    "Kiwi's date, Facility.Level and sender, then SteelHead's header with its name; `[splice/client.INFO]` also carries the level; the connection's addresses and ports are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "sh-branch-07", "2026-11-29 07:41:16\tLocal0.Info\tsh-branch-07\tNov 29 07:41:16 sh-branch-07 sport[8812]: [splice/client.INFO] 1204 {10.40.2.15:51102 10.9.0.8:445} init client 10.40.2.15:51102 server 10.9.0.8:445 cfe 10.40.2.1:7801 sfe 10.9.0.2:7800 client connected: yes"),
			we("2026-11-29T07:41:17Z", Notice, "sh-branch-07", "2026-11-29 07:41:17\tLocal0.Notice\tsh-branch-07\tNov 29 07:41:17 sh-branch-07 sport[8812]: [splice/probe.NOTICE] 0 {- -} (locl: 10.40.2.1:0 clnt: 10.40.2.31:49822 serv: 10.9.0.12:443) No inner channel created for this probe splice"),
			we("2026-11-29T07:41:20Z", Warn, "sh-branch-07", "2026-11-29 07:41:20\tLocal0.Warning\tsh-branch-07\tNov 29 07:41:20 sh-branch-07 sport[8812]: [connect_pool.WARN] - {- -} Pool 10.9.0.2:7800 has 0 idle connections"),
			we("2026-11-29T07:41:25Z", Error, "sh-branch-07", "2026-11-29 07:41:25\tLocal0.Error\tsh-branch-07\tNov 29 07:41:25 sh-branch-07 sport[8812]: [cifs/cfe.ERR] 1209 {10.40.2.15:51110 10.9.0.8:445} Signing required by server, optimization disabled"),
		},
	},
	{
		name:   "awplus-imi-behind-relay-header",
		gap:    "trawl takes the relay's name (`relay-b2`, the host of the first BSD header) as the host: the switch's name in the second `Mmm dd HH:mm:ss host tag[pid]:` header after it is not read as the record's host",
		source: "Allied Telesis AlliedWare Plus 5.5 switches (`Mmm dd HH:mm:ss host IMI[pid]: msg`, as fresh10 and fresh54 cite it) reaching the central rsyslog through a relay that prepends its own BSD header (a relay whose forward template is `%TIMESTAMP% %HOSTNAME% %rawmsg-after-pri%`): the double header from memory; the IMI and EPSR texts from memory",
		why:    "two BSD headers: the relay's second and name first, then the switch's own; the switch is the record's host; no level marked; `port1.0.5` is a port, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:16Z", Unknown, "awp-edge3", "Nov 29 07:41:17 relay-b2 Nov 29 07:41:16 awp-edge3 IMI[1402]: Interface port1.0.5 changed state to up"),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18Z", Unknown, "awp-edge3", "Nov 29 07:41:18 relay-b2 Nov 29 07:41:18 awp-edge3 IMI[1402]: SSH server: user netops logged in from 10.20.0.5"),
			we("2026-11-29T07:41:24Z|2026-11-29T07:41:23Z", Unknown, "awp-core1", "Nov 29 07:41:24 relay-b2 Nov 29 07:41:23 awp-core1 EPSR[1433]: EPSR domain ring1 state changed from Complete to Failed"),
			we("2026-11-29T07:41:31Z|2026-11-29T07:41:30Z", Unknown, "awp-core1", "Nov 29 07:41:31 relay-b2 Nov 29 07:41:30 awp-core1 IMI[1399]: Interface port1.1.2 changed state to down"),
		},
	},
	{
		name:   "pfu-xg-switch-rsyslog-traditional",
		source: "a Fujitsu PFU XG series 10GbE switch forwarding syslog (RFC 3164: PRI, time, host name, then the device type `XG`, the function type, the severity, the message id and the text): PFU XG2000 series User's Guide A.3 'Message Format for Forwarding syslog' (manualsonline); stored by rsyslog's traditional file format (PRI gone); the function names and texts from memory",
		why:    "after the host the device type XG and a function name, then the severity as a word (Critical, Error, Warning, Informational); the four-digit message id is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "xg-core01", "Nov 29 07:41:16 xg-core01 XG system Informational 0101 system started (firmware E20L30)"),
			we("2026-11-29T07:41:40Z", Warn, "xg-core01", "Nov 29 07:41:40 xg-core01 XG port Warning 1103 port 0/5 link down"),
			we("2026-11-29T07:42:02Z", Error, "xg-core01", "Nov 29 07:42:02 xg-core01 XG stp Error 2207 topology change detected on port 0/11"),
			we("2026-11-29T07:43:15Z", Critical, "xg-core01", "Nov 29 07:43:15 xg-core01 XG hw Critical 0902 fan unit 1 stopped"),
		},
	},
	{
		name:   "ruckus-icx-rsyslog-protocol23",
		source: "Ruckus ICX FastIron 09.0 (`System: Interface ethernet 1/1/5, state up`, `Security: SSH login by netops from src IP …`) relayed by rsyslog with RSYSLOG_SyslogProtocol23Format (`<PRI>1 RFC 3339 host APP-NAME PROCID MSGID SD msg`, the tag `System:` taken as APP-NAME, nil PROCID, MSGID and SD): rsyslog's built-in templates and the ICX texts from memory",
		why:    "an RFC 5424 line whose level is only the PRI (189 notice, 188 warning, 190 info); the app name is a tag, not a host; the message keeps the BSD message's leading blank",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "icx7150-a", "<189>1 2026-11-29T07:41:16.204+00:00 icx7150-a System - - -  Interface ethernet 1/1/5, state up"),
			we("2026-11-29T07:41:19.551Z", Info, "icx7150-a", "<190>1 2026-11-29T07:41:19.551+00:00 icx7150-a Security - - -  SSH login by netops from src IP 10.20.0.5 from src MAC 3c22.fb41.2207 to PRIVILEGED EXEC mode"),
			we("2026-11-29T07:41:27.003Z", Warn, "icx7150-a", "<188>1 2026-11-29T07:41:27.003+00:00 icx7150-a STP - - -  VLAN 120 Port 1/1/24 STP State -> BLOCKING (DOT1wTransition)"),
		},
	},
	{
		name:   "silverpeak-edgeconnect-alarm-kv",
		gap:    "trawl reads severity=CRITICAL but not the alarm grades severity=MAJOR and severity=MINOR as levels (Error, Warn): those lines come out with no level",
		source: "a Silver Peak (HPE Aruba) EdgeConnect appliance forwarding its alarms to rsyslog (`Mmm dd HH:mm:ss host alarm: key=value …` with sequenceId, severity CRITICAL|MAJOR|MINOR|WARNING, type and description): from memory",
		why:    "a BSD header then key=value pairs; severity= marks the level; sequenceId and the tunnel's addresses are no times or hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Error, "ec-branch3", `Nov 29 07:41:16 ec-branch3 alarm: sequenceId=4211 severity=MAJOR type=TUNNEL source="to_ec-dc1_MPLS" description="Tunnel state is Down" peer=198.51.100.20`),
			we("2026-11-29T07:41:49Z", Warn, "ec-branch3", `Nov 29 07:41:49 ec-branch3 alarm: sequenceId=4212 severity=MINOR type=TRAFFIC_CLASS source="to_ec-dc1_INET" description="Loss above threshold (2.1%)" peer=203.0.113.77`),
			we("2026-11-29T07:42:30Z", Critical, "ec-branch3", `Nov 29 07:42:30 ec-branch3 alarm: sequenceId=4213 severity=CRITICAL type=EQUIPMENT source="disk0" description="Disk failure detected"`),
		},
	},
	{
		name:   "exinda-wanopt-rsyslog-fileformat",
		source: "an Exinda (GFI) WAN optimizer forwarding its system log (`process[pid]: [process.LEVEL]: msg`, the Samara-style component and level in brackets) to rsyslog writing RSYSLOG_FileFormat (high-precision RFC 3339 time with the collector's offset, the host): from memory",
		why:    "rsyslog's microsecond time with a +01:00 offset becomes UTC an hour earlier; the level is the word after the dot in brackets; the policy and circuit names are no hosts",
		entries: []worldEntry{
			we("2026-11-29T06:41:16.204518Z", Notice, "exinda-hq", "2026-11-29T07:41:16.204518+01:00 exinda-hq mgmtd[3012]: [mgmtd.NOTICE]: Configuration saved by user admin"),
			we("2026-11-29T06:41:18.550212Z", Info, "exinda-hq", "2026-11-29T07:41:18.550212+01:00 exinda-hq wanopt[4127]: [wanopt.INFO]: Optimizer policy Branch-SMB applied to circuit Internet-1"),
			we("2026-11-29T06:41:21.003311Z", Warn, "exinda-hq", "2026-11-29T07:41:21.003311+01:00 exinda-hq wanopt[4127]: [wanopt.WARNING]: Community peer 10.8.0.2 not responding"),
			we("2026-11-29T06:41:25.998004Z", Error, "exinda-hq", "2026-11-29T07:41:25.998004+01:00 exinda-hq monitor[2210]: [monitor.ERR]: Link Internet-1 down on interface eth11"),
		},
	},
}

func TestFresh400Formats(t *testing.T) { assertTable(t, fresh400Cases) }
func TestFresh400Score(t *testing.T) {
	checkScore(t, "fresh400 formats", fresh400Cases, [worldNumFields]float64{91.6, 99.9, 87.4, 99.9})
}
