package parse

import "testing"

// The three-hundred-and-fifty-sixth fresh table, written on 2026-12-09: routers, switches and
// wireless gear as a syslog collector or a SIEM stores their lines, a further pass after fresh54,
// fresh133, fresh138, fresh154, fresh174, fresh306, fresh326 and fresh341, in pairings of a vendor's
// firmware and a collector's output no earlier table holds. Each family is one product's documented
// or observed output as one collector keeps it: MikroTik RouterOS 7's bsd-syslog lines in SolarWinds
// Kiwi Syslog Server's log file with its day-first `dd-MM-yyyy` date; Huawei CloudEngine (VRP8)
// lines in a Graylog search exported to CSV with the numeric syslog `level` column Graylog keeps;
// H3C Comware 7 log-host lines printed by rsyslog's RSYSLOG_DebugFormat behind a pmrfc3164 parser
// with detect.YearAfterTimestamp (eleven lines a message); HPE Aruba AOS-CX's RFC 5424 lines as
// Vector's console sink writes its syslog source's events in JSON; ExtremeXOS lines in a Splunk CSV
// export of `_time host source sourcetype _raw`; Dell SmartFabric OS10 lines in Microsoft Sentinel's
// Syslog table exported to CSV from an en-US browser; Nokia SR OS lines through Fluent Bit 3's
// syslog input and its shipped syslog-rfc3164 parser, printed by the stdout output; Ruckus ICX
// (FastIron) lines through Telegraf's syslog input in RFC 3164 mode, written as InfluxDB line
// protocol by the file output; UniFi access points' lines as Logstash 8's syslog input (legacy
// fields) prints them with the rubydebug codec; Allied Telesis AlliedWare Plus lines in Papertrail's
// daily TSV archive.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`zte`, `zxr10`, `ZXR10`, `zxa10`, `C300`, `C600`, `netiron`, `NetIron`, `MLX`, `VDX`,
// `NSM-100`, `STKUNIT`, `Force10`, `FTOS`, `huawei`, `CE6881`, `CID=0x`, `AirEngine`, `h3c`,
// `comware`, `cmcc`, `info-center format`, `YearAfterTimestamp`, `Debug line with all`,
// `programname: '%%`, `ruckus`, `RuckusAP`, `icx`, `hostname=icx`, `appname=System`,
// `syslog,appname`, `aruba`, `aos-cx`, `"appname":"intfd"`, `source_ip`, `mikrotik`, `routeros`,
// `29-11-2026`, `Daemon.Info`, `Daemon.Warning`, `kiwi`, `ubiquiti`, `unifi`, `uisp`, `airfiber`,
// `U7-Pro`, `"logsource" =>`, `"program" => "f0`, `rubydebug`, `extreme`, `exos`, `<Info:vlan`,
// `,"syslog","`, `sourcetype`, `splunk`, `allied`, `alliedware`, `awplus`, `x930`, `papertrail`,
// `Local7\tInfo\tNSM`, `dell`, `os10`, `dn_alm,8`, `SeverityLevel,`, `TimeGenerated [UTC]`,
// `sentinel`, `brocade`, `nokia`, `sros`, `timos`, `TMNX`, `"ident"=>"TMNX"`, `"ident"=>`,
// `fluent-bit`, `graylog`, `"level","facility"`, `"source","level"`, `telegraf`, `vector`,
// `cnpilot`, `cnmatrix`, `engenius`, `omniswitch`, `swlogd`). Every vendor of the theme is in
// earlier tables, most of them many times: RouterOS as `/log print`, its plain, BSD, ISO 8601, CEF
// and REST forms and syslog-ng's JSON (fresh6, holdout, fresh54, fresh69, fresh341 and others); the
// CloudEngine on the wire with its ISO time (fresh54) and behind rsyslog (fresh212); Comware 7 on
// the wire, in UNICOM format and behind rsyslog's traditional file that takes the year for the host
// (fresh48, fresh69, fresh138, fresh154); AOS-CX on the wire, in `show events` and behind rsyslog
// (fresh3, fresh54, fresh133); EXOS in `show log` and on the wire (fresh3, fresh54, fresh87); OS10
// as `show logging` and behind rsyslog (fresh8, fresh138); SR OS on the wire, without a log prefix
// and in rsyslog's protocol-23 file (fresh54, fresh326 and others); the ICX on the wire, in `show
// log` and behind syslog-ng (fresh54, fresh138); UniFi access points on the wire and in their own
// file (fresh3, fresh128); AW+ on the wire, in `show log` and behind syslog-ng (fresh54, fresh138).
// The collectors' outputs are in earlier tables too, each with other senders (Kiwi's ISO and US
// dates in fresh10, fresh121, fresh289, fresh341, fresh349; Graylog's CSV without a level column in
// fresh67; RSYSLOG_DebugFormat with Linux daemons in fresh10; Vector's JSON, Fluent Bit's stdout,
// Telegraf's JSON and line protocol, Logstash's rubydebug and Papertrail's archive in fresh15,
// fresh57, fresh67 and fresh172; Splunk's and Sentinel's CSV exports with firewalls and Windows in
// fresh154 and fresh344). None of the ten pairings here is in any of them. Left out after the
// search: ZTE's ZXR10 and ZXA10 remote syslog (no layout found; the ZXR10 alarm console is
// fresh114's), Dell OS9's remote syslog (its `show logging` is fresh6's; the wire form was not
// confirmed), Brocade NetIron (its syslog shares the FastIron layout of the ICX families), Cambium
// cnPilot and cnMatrix and EnGenius (no layout found, as fresh154 and fresh174 also found). The
// table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Kiwi's `29-11-2026 07:41:16` is day first and zone-less (a UTC server), and
// RouterOS' BSD date inside the message is the same second; Graylog's timestamp column, Vector's
// timestamp and Splunk's `_time` are the record's time; rsyslog's TIMESTAMP property has no year
// (2026), the year being only in rawmsg; Sentinel's `11/29/2026, 7:41:16.412 AM` is UTC with an
// unpadded hour and AM or PM; Fluent Bit's event time is the epoch with nine decimals in the
// record's header (its parser keeps no time key); Telegraf's timestamp field (the device's time in
// nanoseconds) and the metric's trailing receipt time are both the record's, either accepted, as
// are Papertrail's generated_at and received_at with their +0100 offset; Logstash's unquoted
// @timestamp is the time. Levels only where the line marks one: Kiwi's Facility.Level word,
// Graylog's numeric level column (the syslog severity digit), the PRI in rsyslog's PRI property,
// Vector's severity key, EXOS' `<Info:`, `<Warn:`, `<Erro:`, `<Noti:`, `<Crit:` marker, Sentinel's
// SeverityLevel column, Fluent Bit's pri key, Telegraf's severity tag, Logstash's severity_label,
// Papertrail's severity_name; Huawei's and Comware's digit between slashes, AOS-CX's LOG_INFO and
// SR OS' WARNING, MINOR and MAJOR agree with them. The host is the record's host field: Kiwi's
// sender column, Graylog's source column, rsyslog's HOSTNAME property (with the year detected it is
// the sysname, not `2026`), Vector's hostname, Splunk's host column, Sentinel's HostName column,
// Fluent Bit's host key (SR OS sends its address), Telegraf's hostname tag (not its host tag, the
// collector's own name, nor the source tag), Logstash's logsource (not host, the sender's address)
// and Papertrail's source_name (not source_ip); client and peer addresses inside messages are no
// hosts. A record that spans lines is one entry: rsyslog's debug block with the blank line after it
// and Logstash's event hash from `{` to `}`. CSV header rows are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 03cd259 before any rule for it: level 70.0 %, time 90.0 %, host 50.0 %, records 100.0 %.
// That is the macro figure (micro: level 71.4 %, time 90.5 %, host 50.0 %, records 100.0 %), in a
// worktree at 03cd259 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 10 families fully right (RouterOS in Kiwi's day-first file, Comware in rsyslog's debug block,
// AOS-CX in Vector's JSON, EXOS in Splunk's CSV, UniFi in Logstash's rubydebug); the gaps are the
// level and source columns of Graylog's CSV, the HostName column of Sentinel's CSV, the pri and host
// keys of Fluent Bit's stdout record, InfluxDB line protocol as a whole, and the source_name column
// of Papertrail's archive.

var fresh356Cases = []worldCase{
	{
		name:   "mikrotik-routeros7-kiwi-ddmmyyyy-tab-file",
		source: "MikroTik RouterOS 7's remote logging action with bsd-syslog=yes and syslog-severity=auto (`<PRI>Mmm dd HH:mm:ss identity topics msg`, facility daemon; the topics and actions from MikroTik's manual 'Log', the header as the earlier mikrotik-routeros-bsd-syslog family has it) kept by SolarWinds Kiwi Syslog Server's 'Log to file' in its DD-MM-YYYY date format (`dd-MM-yyyy HH:mm:ss<TAB>Facility.Level<TAB>sender<TAB>message`, the message being the datagram after its PRI): Lire::Syslog(3pm) (the Kiwi ISO, US and DD-MM-YYYY file formats) and SolarWinds' Security Event Manager page on Kiwi's tab-separated format",
		why:    "a day-first date with dashes (29 cannot be a month) and a tab; Kiwi's Facility.Level is the level and agrees with the severity topic; the sender column is the host, the identity rb5009-hq inside the message the router's own name; `[500]` and `10G` are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.20.0.1", "29-11-2026 07:41:16\tDaemon.Info\t10.20.0.1\tNov 29 07:41:16 rb5009-hq system,info,account user opsadmin logged in from 10.20.0.7 via winbox"),
			we("2026-11-29T07:41:19Z", Warn, "10.20.0.1", "29-11-2026 07:41:19\tDaemon.Warning\t10.20.0.1\tNov 29 07:41:19 rb5009-hq dhcp,warning dhcp-guest offering lease 10.20.9.250 for 9A:4E:21:0C:77:13 without success"),
			we("2026-11-29T07:41:24Z", Error, "10.20.0.1", "29-11-2026 07:41:24\tDaemon.Error\t10.20.0.1\tNov 29 07:41:24 rb5009-hq ipsec,error phase1 negotiation failed due to time up 203.0.113.14[500]<=>198.51.100.140[500]"),
			we("2026-11-29T07:41:40Z", Info, "10.20.0.1", "29-11-2026 07:41:40\tDaemon.Info\t10.20.0.1\tNov 29 07:41:40 rb5009-hq interface,info sfp-sfpplus1 link up (speed 10G, full duplex)"),
			we("2026-11-29T07:43:10Z", Critical, "10.20.0.1", "29-11-2026 07:43:10\tDaemon.Critical\t10.20.0.1\tNov 29 07:43:10 rb5009-hq system,error,critical login failure for user admin from 198.51.100.23 via ssh"),
		},
	},
	{
		name:   "huawei-ce-vrp8-graylog-csv-level-digit",
		gap:    "trawl reads the timestamp column of a Graylog CSV row but neither its level nor its host: the syslog severity digit under the header's level column (`\"3\"`) is not read as the level, nor is the digit between slashes of `%%01BGP/3/STATE_CHG_UPDOWN(l):` inside the quoted message, and the source column (`\"CE6881-LEAF3\"`) is not read as the host",
		source: "Huawei CloudEngine switches (VRP8) sending to a Graylog 6 syslog input (`%%01MODULE/severity/BRIEF(l):CID=0x…;text (params)`: Huawei's information format, `<Int_16>TIMESTAMP HOSTNAME %%ddAAA/B/CCC(l):…`, NetEngine 8000 VRP8 'Information Format'; the CID as in the earlier fresh54 CloudEngine family), exported from a Graylog search with the fields timestamp, source, level and facility (Graylog's syslog input keeps the severity as a number in level and the facility as a name, Graylog2/graylog2-server issues #2207 and #515; the CSV export quotes every value and doubles inner quotes, as the earlier graylog-search-csv-export family has it); the rows newest first",
		why:    "the header row is no record; the ISO timestamp column is the time; the level column holds the syslog severity digit (3 error, 4 warning, 5 notice, 6 informational), agreeing with Huawei's digit between slashes; the source column is the host; the peer and neighbour addresses are no hosts",
		entries: []worldEntry{
			wskip(`"timestamp","source","level","facility","message"`),
			we("2026-11-29T07:42:05Z", Error, "CE6881-LEAF3", `"2026-11-29T07:42:05.000Z","CE6881-LEAF3","3","local7","%%01BGP/3/STATE_CHG_UPDOWN(l):CID=0x80760426;The status of the peer 10.30.0.6 changed from ESTABLISHED to IDLE. (InstanceName=Public, StateChangeReason=Hold Timer Expired)"`),
			we("2026-11-29T07:41:40Z", Notice, "CE6881-LEAF3", `"2026-11-29T07:41:40.000Z","CE6881-LEAF3","5","local7","%%01SHELL/5/CMDRECORD(s):CID=0x80cb000c;Recorded command information. (Task=VT1, Ip=10.20.4.41, VpnName=, User=noc-kw, AuthenticationMethod=""Local-user"", Command=""display bgp peer"", Result=Success)"`),
			we("2026-11-29T07:41:18Z", Info, "CE6881-LEAF4", `"2026-11-29T07:41:18.000Z","CE6881-LEAF4","6","local7","%%01OSPF/6/NBR_CHANGE_E(l):CID=0x80790001;Neighbor changes event: neighbor status changed. (ProcessId=1, NbrIpAddr=10.30.0.9, NbrEvent=HelloReceived, NbrPreviousState=Down, NbrCurrentState=Init)"`),
			we("2026-11-29T07:41:16Z", Warn, "CE6881-LEAF3", `"2026-11-29T07:41:16.000Z","CE6881-LEAF3","4","local7","%%01IFNET/4/LINK_STATE(l):CID=0x807a0405;The line protocol IP on the interface 10GE1/0/3 has entered the DOWN state."`),
		},
	},
	{
		name:   "h3c-comware7-rsyslog-debugformat-year-detect",
		source: "an H3C S6850 (Comware 7) sending to a log host (`<PRI>Mmm dd HH:mm:ss yyyy sysname %%10MODULE/level/MNEMONIC: text`: HPE/H3C 'System information formats', the log host format; the Comware 7 form without `(l)` as the earlier h3c-comware7-iso-loghost family has it) printed by rsyslog with RSYSLOG_DebugFormat behind `parser(name=\"custom.rfc3164\" type=\"pmrfc3164\" detect.YearAfterTimestamp=\"on\")`, so the year is taken into the time and the sysname becomes HOSTNAME, the `%%10MODULE/level/MNEMONIC:` the syslogtag and its part before the slash the programname: rsyslog documentation 'pmrfc3164' and 'detect.YearAfterTimestamp', and 'Templates' (RSYSLOG_DebugFormat, as the earlier rsyslog-debugformat family has it)",
		why:    "one message spread over eleven lines ending in a blank one; TIMESTAMP has no year (the year is only in rawmsg); HOSTNAME is the switch's sysname, FROMHOST its address; PRI's severity is the level and agrees with the digit between slashes; a quote inside msg is not escaped",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "S6850-CORE",
				"Debug line with all properties:",
				"FROMHOST: '10.20.0.2', fromhost-ip: '10.20.0.2', HOSTNAME: 'S6850-CORE', PRI: 189,",
				"syslogtag '%%10SHELL/5/SHELL_LOGIN:', programname: '%%10SHELL', APP-NAME: '%%10SHELL', PROCID: '-', MSGID: '-',",
				"TIMESTAMP: 'Nov 29 07:41:16', STRUCTURED-DATA: '-',",
				"msg: ' kwame logged in from 10.20.0.7.'",
				"escaped msg: ' kwame logged in from 10.20.0.7.'",
				"inputname: imudp rawmsg: '<189>Nov 29 07:41:16 2026 S6850-CORE %%10SHELL/5/SHELL_LOGIN: kwame logged in from 10.20.0.7.'",
				"$!:",
				"$.:",
				"$/:",
				""),
			we("2026-11-29T07:41:18Z", Error, "S6850-CORE",
				"Debug line with all properties:",
				"FROMHOST: '10.20.0.2', fromhost-ip: '10.20.0.2', HOSTNAME: 'S6850-CORE', PRI: 187,",
				"syslogtag '%%10IFNET/3/PHY_UPDOWN:', programname: '%%10IFNET', APP-NAME: '%%10IFNET', PROCID: '-', MSGID: '-',",
				"TIMESTAMP: 'Nov 29 07:41:18', STRUCTURED-DATA: '-',",
				"msg: ' Physical state on the interface Twenty-FiveGigE1/0/12 changed to down.'",
				"escaped msg: ' Physical state on the interface Twenty-FiveGigE1/0/12 changed to down.'",
				"inputname: imudp rawmsg: '<187>Nov 29 07:41:18 2026 S6850-CORE %%10IFNET/3/PHY_UPDOWN: Physical state on the interface Twenty-FiveGigE1/0/12 changed to down.'",
				"$!:",
				"$.:",
				"$/:",
				""),
			we("2026-11-29T07:41:21Z", Warn, "S6850-CORE",
				"Debug line with all properties:",
				"FROMHOST: '10.20.0.2', fromhost-ip: '10.20.0.2', HOSTNAME: 'S6850-CORE', PRI: 188,",
				"syslogtag '%%10DEV/4/POWER_ABSENT:', programname: '%%10DEV', APP-NAME: '%%10DEV', PROCID: '-', MSGID: '-',",
				"TIMESTAMP: 'Nov 29 07:41:21', STRUCTURED-DATA: '-',",
				"msg: ' Pattern 1: Power 2 is absent.'",
				"escaped msg: ' Pattern 1: Power 2 is absent.'",
				"inputname: imudp rawmsg: '<188>Nov 29 07:41:21 2026 S6850-CORE %%10DEV/4/POWER_ABSENT: Pattern 1: Power 2 is absent.'",
				"$!:",
				"$.:",
				"$/:",
				""),
			we("2026-11-29T07:41:40Z", Info, "S6850-CORE",
				"Debug line with all properties:",
				"FROMHOST: '10.20.0.2', fromhost-ip: '10.20.0.2', HOSTNAME: 'S6850-CORE', PRI: 190,",
				"syslogtag '%%10LLDP/6/LLDP_CREATE_NEIGHBOR:', programname: '%%10LLDP', APP-NAME: '%%10LLDP', PROCID: '-', MSGID: '-',",
				"TIMESTAMP: 'Nov 29 07:41:40', STRUCTURED-DATA: '-',",
				"msg: ' Nearest bridge agent neighbor created on port Twenty-FiveGigE1/0/12 (IfIndex 12), neighbor's chassis ID is 3c8c-93a1-0b20, port ID is GigabitEthernet0/0/24.'",
				"escaped msg: ' Nearest bridge agent neighbor created on port Twenty-FiveGigE1/0/12 (IfIndex 12), neighbor's chassis ID is 3c8c-93a1-0b20, port ID is GigabitEthernet0/0/24.'",
				"inputname: imudp rawmsg: '<190>Nov 29 07:41:40 2026 S6850-CORE %%10LLDP/6/LLDP_CREATE_NEIGHBOR: Nearest bridge agent neighbor created on port Twenty-FiveGigE1/0/12 (IfIndex 12), neighbor's chassis ID is 3c8c-93a1-0b20, port ID is GigabitEthernet0/0/24.'",
				"$!:",
				"$.:",
				"$/:",
				""),
		},
	},
	{
		name:   "aruba-aoscx-vector-console-json",
		source: "HPE Aruba Networking AOS-CX 10.x remote syslog in RFC 5424 (APP-NAME the daemon, PROCID its pid, the body `Event|id|LOG_SEVERITY|AMM|slot|text`, the switch on -05:00: AOS-CX 'Event Log Message Reference', as the earlier aruba-cx-remote-syslog and aruba-cx-rsyslog-traditional-event-pipe families have it) received by Vector's syslog source and written by its console sink with JSON encoding (keys in order: appname, facility, host, hostname, message, procid, severity, source_ip, source_type, timestamp in UTC, version; as the earlier vector-console-json-syslog family cites Vector's 'Syslog source' output fields); from memory of the procid as a number",
		why:    "the timestamp key, converted to UTC, is the time; severity is the level (err is Error) and agrees with LOG_INFO, LOG_WARN and LOG_ERR inside the message; hostname and host are the switch, source_ip its address; the slot 1/1, the event ids and `90%` are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.22873Z", Info, "6300-dist-2", `{"appname":"intfd","facility":"local7","host":"6300-dist-2","hostname":"6300-dist-2","message":"Event|403|LOG_INFO|AMM|1/1|Link status for interface 1/1/11 is up","procid":718,"severity":"info","source_ip":"10.20.0.42","source_type":"syslog","timestamp":"2026-11-29T07:41:16.228730Z","version":1}`),
			we("2026-11-29T07:41:18.402113Z", Warn, "6300-dist-2", `{"appname":"hpe-policyd","facility":"local7","host":"6300-dist-2","hostname":"6300-dist-2","message":"Event|1301|LOG_WARN|AMM|1/1|ACL \"uplink-in\" on interface 1/1/49 has reached 90% of hardware resources","procid":2211,"severity":"warning","source_ip":"10.20.0.42","source_type":"syslog","timestamp":"2026-11-29T07:41:18.402113Z","version":1}`),
			we("2026-11-29T07:41:21.077001Z", Error, "6300-dist-2", `{"appname":"pmd","facility":"local7","host":"6300-dist-2","hostname":"6300-dist-2","message":"Event|3208|LOG_ERR|AMM|1/1|Transceiver on interface 1/1/50 failed: tx fault","procid":1377,"severity":"err","source_ip":"10.20.0.42","source_type":"syslog","timestamp":"2026-11-29T07:41:21.077001Z","version":1}`),
			we("2026-11-29T07:41:40.500912Z", Info, "6300-dist-2", `{"appname":"hpe-restd","facility":"local7","host":"6300-dist-2","hostname":"6300-dist-2","message":"Event|4655|LOG_INFO|AMM|-|User opsadmin logged in to REST session from 10.20.0.7","procid":3902,"severity":"info","source_ip":"10.20.0.42","source_type":"syslog","timestamp":"2026-11-29T07:41:40.500912Z","version":1}`),
		},
	},
	{
		name:   "extreme-exos-splunk-csv-export",
		source: "ExtremeXOS (an X465) sending to a Splunk heavy forwarder's UDP input with no_appending_timestamp = true, the PRI stripped (`Mmm dd HH:mm:ss host <Sev:component.condition> text`: ExtremeXOS 'Formatting Event Messages' and the syslog target's defaults in the ExtremeWare XOS Command Reference, as the earlier extreme-exos-remote-syslog family has it), exported with Splunk's 'Export results' in CSV from a search ending in `| table _time host source sourcetype _raw` (a quoted header, `_time` in ISO 8601 with milliseconds and +0000, every value quoted), as the earlier splunk-csv-export-fortigate family has it; the event names from memory; the rows newest first",
		why:    "_time is the time and the BSD date inside _raw the same second; EXOS' four-letter severity before the event name (Crit, Erro, Warn, Noti, Info) is the level; the host column and the name in _raw are the switch; port numbers like 1:12 are no times; the header row is no record",
		entries: []worldEntry{
			wskip(`"_time","host","source","sourcetype","_raw"`),
			we("2026-11-29T07:43:10Z", Critical, "x465-dist1", `"2026-11-29T07:43:10.000+0000","x465-dist1","udp:514","syslog","Nov 29 07:43:10 x465-dist1 <Crit:HAL.Sys.PowerSupplyFail> Power supply 2 failed"`),
			we("2026-11-29T07:41:40Z", Notice, "x465-dist1", `"2026-11-29T07:41:40.000+0000","x465-dist1","udp:514","syslog","Nov 29 07:41:40 x465-dist1 <Noti:AAA.authPass> Login passed for user opsadmin through ssh (10.20.0.7)"`),
			we("2026-11-29T07:41:21Z", Error, "x465-dist1", `"2026-11-29T07:41:21.000+0000","x465-dist1","udp:514","syslog","Nov 29 07:41:21 x465-dist1 <Erro:ELRP.Report.Message> [CLI:vlan20:2] LOOP DETECTED : 4 transmited, 4 received, ingress port 1:20 egress port 1:20"`),
			we("2026-11-29T07:41:18Z", Warn, "x465-dist1", `"2026-11-29T07:41:18.000+0000","x465-dist1","udp:514","syslog","Nov 29 07:41:18 x465-dist1 <Warn:vlan.msgs.portLinkStateDown> Port 1:14 link down"`),
			we("2026-11-29T07:41:16Z", Info, "x465-dist1", `"2026-11-29T07:41:16.000+0000","x465-dist1","udp:514","syslog","Nov 29 07:41:16 x465-dist1 <Info:vlan.msgs.portLinkStateUp> Port 1:12 link UP at speed 1 Gbps and full-duplex"`),
		},
	},
	{
		name:   "dell-os10-sentinel-syslog-csv-export",
		source: "Dell SmartFabric OS10 switches sending syslog (`dn_alm[pid]: Node.1-Unit.1:PRI [event|alarm|audit], Dell EMC (OS10) %EVENT: text`: Dell SmartFabric OS10 User Guide 'System log messages overview', as the earlier dell-os10-show-logging family has it) collected into Microsoft Sentinel's Syslog table and exported from the Logs blade with 'Export to CSV (displayed columns)' in an en-US browser (a header naming `TimeGenerated [UTC]`, the time as the grid shows it, `11/29/2026, 7:41:16.412 AM`, quoted for its comma; the Syslog table's columns Computer, HostName, Facility, SeverityLevel, ProcessName, ProcessID and SyslogMessage from Azure Monitor's table reference; the export's time as the earlier fresh344 Event-table family has it); the rows newest first, one from before midnight",
		why:    "the first column is the time in UTC, its hour unpadded and with AM or PM; SeverityLevel is the level (err is Error); HostName (and Computer) name the switch; the event class in brackets and the unit numbers are no levels and no hosts; the header row is no record",
		entries: []worldEntry{
			wskip("TimeGenerated [UTC],Computer,HostName,Facility,SeverityLevel,ProcessName,ProcessID,SyslogMessage"),
			we("2026-11-29T07:43:10.118Z", Error, "leaf02", `"11/29/2026, 7:43:10.118 AM",leaf02,leaf02,local7,err,dn_alm,812,"Node.1-Unit.1:PRI [alarm], Dell EMC (OS10) %EQM_FAN_FAIL: Fan 2 in fan tray 1 failed"`),
			we("2026-11-29T07:41:19.25Z", Warn, "leaf02", `"11/29/2026, 7:41:19.250 AM",leaf02,leaf02,local7,warning,dn_alm,812,"Node.1-Unit.1:PRI [alarm], Dell EMC (OS10) %EQM_TEMP_MINOR: Temperature minor threshold crossed: unit 1 sensor 3"`),
			we("2026-11-29T07:41:17.004Z", Notice, "leaf02", `"11/29/2026, 7:41:17.004 AM",leaf02,leaf02,local7,notice,dn_alm,812,"Node.1-Unit.1:PRI [event], Dell EMC (OS10) %IFM_OSTATE_UP: Interface operational state is up :ethernet1/1/9"`),
			we("2026-11-29T07:41:16.412Z", Info, "leaf02", `"11/29/2026, 7:41:16.412 AM",leaf02,leaf02,local7,info,dn_alm,812,"Node.1-Unit.1:PRI [event], Dell EMC (OS10) %IFM_ASTATE_UP: Interface admin state up :ethernet1/1/9"`),
			we("2026-11-28T23:58:02.417Z", Notice, "leaf01", `"11/28/2026, 11:58:02.417 PM",leaf01,leaf01,local7,notice,dn_alm,799,"Node.1-Unit.1:PRI [audit], Dell EMC (OS10) %LOGIN_SUCCESS: User admin logged in successfully from 10.20.0.7 via ssh"`),
		},
	},
	{
		name:   "nokia-sros-fluent-bit3-stdout-rfc3164",
		gap:    "trawl reads the epoch in the record's `[[1795938076.000000000, {}]` header but neither level nor host: the Ruby-hash keys `\"pri\"=>\"188\"` and `\"host\"=>\"10.20.0.1\"` of Fluent Bit's stdout record give no severity and no host (nor does SR OS' `SNMP-WARNING-` inside the message)",
		source: "Nokia SR OS (7750 SR) sending an event log to a syslog destination with the default `TMNX` prefix (`<PRI>MMM DD HH:MM:SS source-ip TMNX: seq vrtr APPLICATION-SEVERITY-EventName-id [subject]:  text`: Nokia 7750 SR System Management Guide 'Syslog implementation overview', as the earlier nokia-sros-remote-syslog family has it) received by Fluent Bit 3's syslog input with the shipped syslog-rfc3164 parser (`^\\<(?<pri>[0-9]+)\\>(?<time>[^ ]* {1,2}[^ ]* [^ ]*) (?<host>[^ ]*) (?<ident>[a-zA-Z0-9_\\/\\.\\-]*)(?:\\[(?<pid>[0-9]+)\\])?(?:[^\\:]*\\:)? *(?<message>.*)$`, Time_Key time with no Time_Keep: fluent-bit's parsers.conf, found by search in several repositories) and printed by the stdout output in its default msgpack form (`[n] tag: [[seconds.nanoseconds, {}], {\"key\"=>\"value\", …}]`, as the earlier fluent-bit-stdout family cites it); the pid key left out where the group did not match, from memory",
		why:    "the event time is the epoch with nine decimals in the record's header, the parser having dropped the time key; pri is the level (188 warning, 187 error, 186 critical) and agrees with SR OS' WARNING, MINOR and MAJOR; host is the router's address; the sequence numbers 4411 and the event ids -2004 are no times; the counter restarts at [0] with a new chunk",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "10.20.0.1", `[0] syslog.0: [[1795938076.000000000, {}], {"pri"=>"188", "host"=>"10.20.0.1", "ident"=>"TMNX", "message"=>"4411 Base SNMP-WARNING-linkDown-2004 [Port 1/1/3]:  Interface 1/1/3 is not operational"}]`),
			we("2026-11-29T07:41:18Z", Error, "10.20.0.1", `[1] syslog.0: [[1795938078.000000000, {}], {"pri"=>"187", "host"=>"10.20.0.1", "ident"=>"TMNX", "message"=>"4412 Base BGP-MINOR-tBgpNgBackwardTransition-2010 [Peer 1: 192.0.2.6]:  VR 1: Group ebgp-transit: Peer 192.0.2.6: moved from higher state ESTABLISHED to lower state IDLE due to event HOLDTIME EXPIRED"}]`),
			we("2026-11-29T07:41:21Z", Critical, "10.20.0.1", `[2] syslog.0: [[1795938081.000000000, {}], {"pri"=>"186", "host"=>"10.20.0.1", "ident"=>"TMNX", "message"=>"4413 Base CHASSIS-MAJOR-tmnxEqCardRemoved-2003 [Card 2]:  Class IO Module : removed"}]`),
			we("2026-11-29T07:41:40Z", Warn, "10.20.0.2", `[0] syslog.0: [[1795938100.000000000, {}], {"pri"=>"188", "host"=>"10.20.0.2", "ident"=>"TMNX", "message"=>"2207 Base SNMP-WARNING-linkup-2005 [Port 1/1/3]:  Interface 1/1/3 is operational"}]`),
		},
	},
	{
		name:   "ruckus-icx-telegraf-influx-rfc3164",
		source: "Ruckus ICX (FastIron 9/10) remote syslog (`<PRI>Mmm dd HH:mm:ss host Category: text`: splunk/splunk-connect-for-syslog tests/test_brocade.py, as the earlier ruckus-icx-remote-syslog family has it) received by Telegraf's syslog input with syslog_standard = \"RFC3164\" and written by the file output in InfluxDB line protocol (tags sorted: appname, facility, Telegraf's own host tag, hostname, severity, source; fields facility_code, message, severity_code and the message's time in nanoseconds; the metric's receipt time last): InfluxData docs 'Syslog Input Plugin' and a public gist of `telegraf --test --input-filter syslog` output; no version field for RFC 3164, from memory",
		why:    "the timestamp field (the device's second) and the trailing receipt time are both the record's; the severity tag is the level; the hostname tag is the switch, not the host tag (the collector running Telegraf) nor the source tag (its address); the commas inside the quoted message are no separators",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.004511802Z", Info, "icx7150-c12p", `syslog,appname=System,facility=local7,host=tgf-collector-01,hostname=icx7150-c12p,severity=info,source=10.20.0.31 facility_code=23i,message="Interface ethernet 1/1/5, state up",severity_code=6i,timestamp=1795938076000000000i 1795938076004511802`),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.00187741Z", Warn, "icx7150-c12p", `syslog,appname=System,facility=local7,host=tgf-collector-01,hostname=icx7150-c12p,severity=warning,source=10.20.0.31 facility_code=23i,message="Interface ethernet 1/1/6, state down",severity_code=4i,timestamp=1795938078000000000i 1795938078001877410`),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:21.003120044Z", Info, "icx7250-dist", `syslog,appname=STP,facility=local7,host=tgf-collector-01,hostname=icx7250-dist,severity=info,source=10.20.0.32 facility_code=23i,message="VLAN 20 Port 1/1/3 STP State -> FORWARDING (DOT1wTransition)",severity_code=6i,timestamp=1795938081000000000i 1795938081003120044`),
			we("2026-11-29T07:41:40Z|2026-11-29T07:41:40.002004311Z", Notice, "icx7250-dist", `syslog,appname=Security,facility=local7,host=tgf-collector-01,hostname=icx7250-dist,severity=notice,source=10.20.0.32 facility_code=23i,message="SSH login by opsadmin from src IP 10.20.0.7 from src MAC 3c22.fb41.2207 to PRIVILEGED EXEC mode using RSA as Server Host Key.",severity_code=5i,timestamp=1795938100000000000i 1795938100002004311`),
		},
	},
	{
		name:   "unifi-ap-logstash-rubydebug-prog-with-mac",
		source: "UniFi access points' remote syslog (`<PRI>Mmm dd HH:mm:ss name mac,model-firmware: process[pid]: text`, user facility: philhagen/sof-elk issue #408, as the earlier unifi-ap-syslog family has it) received by Logstash 8's syslog input with ecs_compatibility disabled (its default grok `<%{POSINT:priority}>%{SYSLOGLINE}`, whose SYSLOGPROG takes the `mac,model-firmware` token for the program and leaves the real process in message; the legacy fields priority, timestamp, logsource, program, severity, facility and their labels: Logstash 'Syslog input plugin' reference) and printed by stdout with the rubydebug codec (one event a Ruby hash from `{` to `}`, keys right-aligned, @timestamp unquoted), as the earlier logstash-rubydebug-syslog-input-legacy-fields family has it",
		why:    "each event from `{` to `}` is one record; @timestamp is its time and timestamp the AP's own yearless second; severity_label is the level (Informational, Warning, Error); logsource is the access point, host the sender's address; the MAC and firmware in program are no host and no time, nor is the kernel's uptime in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "AP-Lobby",
				"{",
				`           "message" => "hostapd[2210]: wifi1ap3: STA 3c:22:fb:41:22:07 IEEE 802.11: associated",`,
				`          "@version" => "1",`,
				`        "@timestamp" => 2026-11-29T07:41:16.000Z,`,
				`              "host" => "10.20.0.61",`,
				`          "priority" => 14,`,
				`         "timestamp" => "Nov 29 07:41:16",`,
				`         "logsource" => "AP-Lobby",`,
				`           "program" => "f09fc2412207,U7-Pro-8.0.24+15341",`,
				`          "severity" => 6,`,
				`          "facility" => 1,`,
				`    "facility_label" => "user-level",`,
				`    "severity_label" => "Informational"`,
				"}"),
			we("2026-11-29T07:41:18Z", Warn, "AP-Lobby",
				"{",
				`           "message" => "kernel: [52011.402917] ath11k c000000.wifi: failed to send WMI_PDEV_SET_PARAM cmd: -11",`,
				`          "@version" => "1",`,
				`        "@timestamp" => 2026-11-29T07:41:18.000Z,`,
				`              "host" => "10.20.0.61",`,
				`          "priority" => 12,`,
				`         "timestamp" => "Nov 29 07:41:18",`,
				`         "logsource" => "AP-Lobby",`,
				`           "program" => "f09fc2412207,U7-Pro-8.0.24+15341",`,
				`          "severity" => 4,`,
				`          "facility" => 1,`,
				`    "facility_label" => "user-level",`,
				`    "severity_label" => "Warning"`,
				"}"),
			we("2026-11-29T07:41:21Z", Error, "AP-Floor2",
				"{",
				`           "message" => "mcad[1830]: ace_reporter.reporter_fail(): Unable to connect to inform URL http://unifi:8080/inform",`,
				`          "@version" => "1",`,
				`        "@timestamp" => 2026-11-29T07:41:21.000Z,`,
				`              "host" => "10.20.0.62",`,
				`          "priority" => 11,`,
				`         "timestamp" => "Nov 29 07:41:21",`,
				`         "logsource" => "AP-Floor2",`,
				`           "program" => "7483c2a1b0e9,U6-LR-6.7.31+15618",`,
				`          "severity" => 3,`,
				`          "facility" => 1,`,
				`    "facility_label" => "user-level",`,
				`    "severity_label" => "Error"`,
				"}"),
		},
	},
	{
		name:   "alliedware-plus-papertrail-archive-tsv",
		gap:    "trawl reads generated_at with its +0100 offset and the severity_name column but no host: the source_name column of Papertrail's TSV (`x930-core`, between source_id and source_ip) is not read as the host",
		source: "Allied Telesis AlliedWare Plus `log host` output (`<PRI>Mmm dd HH:mm:ss host PROGRAM[pid]: text`, upper-case program names: as the earlier alliedware-plus-remote-syslog family has it) kept in Papertrail's permanent daily archive (TAB-separated id, generated_at, received_at, source_id, source_name, source_ip, facility_name, severity_name, program, message; the times in the account's zone with a numeric offset, here +0100; as the earlier papertrail-archive-tsv family cites Papertrail's 'Permanent log archives' help page); from memory of the 19-digit ids",
		why:    "the 19-digit event id first is no epoch; generated_at and received_at with +0100 are both the record's time; severity_name is the level; source_name is the switch, source_ip the address Papertrail saw; port1.0.12 and ring names are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "x930-core", "1866291046153826304\t2026-11-29 08:41:16 +0100\t2026-11-29 08:41:16 +0100\t7712034\tx930-core\t203.0.113.64\tLocal7\tInfo\tNSM\tPort up notification received for port1.0.12"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:18Z", Warn, "x930-core", "1866291050528485376\t2026-11-29 08:41:17 +0100\t2026-11-29 08:41:18 +0100\t7712034\tx930-core\t203.0.113.64\tLocal7\tWarning\tEPSR\tEPSR ring-core: state changed from Complete to Failed"),
			we("2026-11-29T07:41:21Z", Notice, "x230-edge4", "1866291067649884160\t2026-11-29 08:41:21 +0100\t2026-11-29 08:41:21 +0100\t7712035\tx230-edge4\t203.0.113.65\tLocal7\tNotice\tIMI\tSSH server: user opsadmin logged in from 10.20.0.7"),
			we("2026-11-29T07:41:40Z", Error, "x930-core", "1866291142408916992\t2026-11-29 08:41:40 +0100\t2026-11-29 08:41:40 +0100\t7712034\tx930-core\t203.0.113.64\tLocal7\tError\tHSL\tPluggable transceiver in port1.1.2 has been disabled: unsupported module"),
		},
	},
}

func TestFresh356Formats(t *testing.T) { assertTable(t, fresh356Cases) }
func TestFresh356Score(t *testing.T) {
	checkScore(t, "fresh356 formats", fresh356Cases, [worldNumFields]float64{79.9, 99.9, 69.9, 99.9})
}
