package parse

import "testing"

// The seven-hundred-and-fifty-second fresh table: syslog edge cases as relays and devices really
// send them. Each family is one sender's or relay's output: the LCLS TwinCAT PLC logger (RFC 5424
// with a space after the PRI, a subsystem in the host slot and the literal text BOM); IBM CAST's
// csm daemons through syslog() (a relayed double header, two year-less dates) and through an
// rsyslog RFC 3339 template with a severity word; s6-overlay's s6-socklog (RFC 3164 without a
// host); Logstash's tcp line output relaying raw syslog (ISO-Z time and sender address before the
// device's own PRI and header); the LoRa APRS iGate (RFC 5424 with a BOM and a nil time); a relay
// header before a Cisco NX-OS year-first packet (two PRIs); a Splunk forwarder's RFC 5424 with no
// structured data.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `filterlog`, `pfsense`, `opnsense`, `BOM`, `\ufeff`, `xEF`,
// `junos@2636`, `RT_FLOW`, `IOS-XR`, `RP/0/`, `CPU0:`, `NX-OS`, `%ETHPORT`, `service sequence`,
// `000123:`, `WLC`, `ScreenOS`, `mikrotik`, `routeros`, `unifi`, `ubiquiti`, `edgeos`, `PAN-OS`,
// `palo alto`, `fortigate`, `sophos`, `netscaler`, `citrix adc`, `aruba`, `procurve`, `HPE`,
// `comware`, `huawei`, `%%01`, `zyxel`, `sonicwall`, `watchguard`, `meraki`, `checkpoint`, `f5`,
// `big-ip`, `vyos`, `openwrt`, `dd-wrt`, `busybox`, `synology`, `qnap`, `truenas`, `vmware`,
// `esxi`, `idrac`, `ilo`, `brocade`, `extreme`, `arista`, `dell os10`, `ruckus`, `cambium`,
// `eaton`, `apc`, `relay`, `double header`, `rsyslog`, `syslog-ng`, `nxlog`, `RT_IDS`,
// `UI_COMMIT`, `mgd[`, `TRAFFIC,`, `SysLogHandler`, `log/syslog`, `NLog`, `Serilog`, `haproxy`,
// `CISE_`, `Cisco ISE`, `UC_CALLMANAGER`, `CUCM`, `callmanager`, `Snare`, `MSWinEventLog`,
// `evtsys`, `Kiwi`, `logback`, `log4j2`, `SyslogAppender`, `winston`, `srslog`, `rfc5424micro`,
// `Nokia`, `SR OS`, `TiMOS`, `allied`, `AlliedWare`, `Onyx`, `Cumulus`, `EdgeSwitch`, `Omada`,
// `netgear`, `d-link`, `draytek`, `teltonika`, `peplink`, `hirschmann`, `moxa`, `scalance`,
// `ruggedcom`, `stormshield`, `kerio`, `untangle`, `ipfire`, `%FTD-`, `firepower`, `%UCSM`,
// `Pulse Secure`, `Ivanti`, `ICX`, `XClarity`, `supermicro`, `NetApp`, `ONTAP`, `isilon`,
// `Pure Storage`, `[ID `, `AIX`, `HP-UX`, `Visual Syslog`, `fluent-bit`, `vector`,
// `journal-remote`, `ulogd`, `dnsmasq`, `asterisk`, `freeswitch`, `kamailio`, `opensips`,
// `mellanox`, `ciena`, `adtran`, `calix`, `ericsson`, `avaya`, `VOSS`, `barracuda`, `smoothwall`,
// `endian`, `tasmota`, `esphome`, `shelly`, `yealink`, `polycom`, `grandstream`, `snom`, `mitel`,
// `jetdirect`, `lexmark`, `xerox`, `hikvision`, `cyberpower`, `vertiv`, `keenetic`, `%LINK-W`,
// `%LINK-I`, `tvcs`, `StarOS`, `CIMC`, `authproxy`, `viptela`, `velocloud`, `128T`, `apstra`,
// `APIC`, `Nexus Dashboard`, `IOS-XE`, `%SEC_LOGIN`, `dnac`, `zigbee2mqtt`, `proxmox`, `xcp-ng`,
// `nutanix`, `vobd`, `Hostd`, `vpxa`, `FRITZ`, `ASUSWRT`, `monolog`, `SyslogUdpHandler`,
// `Sys::Syslog`, `syslog4j`, `syslog-java-client`, `SyslogNet`, `rfc5424-logging-handler`,
// `syslog-client`, `glossy`, `remote_syslog`, `lua-syslog`, `hsyslog`, `ruijie`, `SONiC`,
// `STKUNIT`, `FTOS`, `omniswitch`, `JUNOSe`, `radware`, `kemp`, `riverbed`, `gigamon`, `infoblox`,
// `clearpass`, `forescout`, `raritan`, `opengear`, `lantronix`, `avocent`, `%SYS-5`, `%SEC-6`,
// `octet`, `RFC 6587`, `arcao`, `zephyr`, `telegraf`, `outputs.syslog`, `default_sdid`, `MDS 9`,
// `Mist Edge`, `mx960`, `vSRX`, `twincat`, `beckhoff`, `FB_LogMessage`, `LCLS`, `pcdshub`,
// `LoRa_APRS`, `aprs`, `iGate`, `lora`, `logpresso`, `log4j2-scan`, `TRAPMGR`, `traputil`,
// `Forwarder Name`, `subsys=forwarder`, `CAST[`, `csmapi`, `csmd`, `IBM CAST`, `s6-socklog`,
// `socklog`, `s6-log`, `logstash-output-tcp`, `ubios-udapi-server`, `udapi`, `gsCurrentTime`,
// `syslog_double_header`, `greenhouse`. Nearly every device and library named is measured already
// (the theme's shapes themselves: Cisco IOS and NX-OS sequence numbers, Junos structured data,
// PAN-OS's BOM, Python's PRI-only datagrams, Logpresso's PRI glued to JSON, UniFi's doubled
// hostname, Go's ISO time in RFC 3164), so they were left out; TwinCAT, the LoRa iGate, CAST's
// csm, s6-socklog, Logstash's tcp relay and Splunk's forwarder match only grep lists or unrelated
// products (`lora` matches LoRaWAN gateways, `twincat` and `beckhoff` only grep lists, `csmd` and
// `csmapi` other names). The NX-OS family is measured for its relay header with a second PRI, not
// for NX-OS's own line. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Year-less times are in 2026; CAST's rsyslog template writes -05:00 and
// Splunk's +00:00, converted; a relayed double header carries two times of the record and either is
// accepted (`a|b`); the LoRa iGate writes `-` for its time, so its records have none. Levels only
// where the line marks one: the PRI's severity (TwinCAT's local4, the iGate's, Logstash's inner
// packet, the relay's PRI before NX-OS whose %FAC-N- digit agrees, Splunk's), CAST's severity word
// (debug, info, warning, err); CAST's syslog() lines and s6-socklog's carry none. The host is the
// record's host field: TwinCAT's subsystem in the host slot is no host, s6-socklog writes none,
// Logstash's sender address is a peer (the relayed packet's hostname is the host), the relay's
// host is the NX-OS record's host field, CAST's node in both headers. Every record is one line.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (the LoRa iGate's header and the NX-OS relay header; TwinCAT's time layout).
// Hosts, ids, addresses, users and messages are invented, and every time is in late November 2026.
// The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read,
// and it stays in the score.
//
// Its first figure, scored at commit 1326daa before any rule for it: level 100.0 %, time 100.0 %, host 62.5 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 60.7 %, records 100.0 %), in a
// worktree at 1326daa with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are all hosts: TwinCAT's subsystem word in the host slot is read
// as a host, CAST's FQDN after a leading RFC 3339 time is not read, and Logstash's sender address is
// read instead of the relayed packet's hostname.

var fresh752Cases = []worldCase{
	{
		name:   "lcls-twincat-fb-logmessage-literal-bom",
		source: "pcdshub/lcls-twincat-general LCLSGeneral/POUs/Logger/FB_LogMessage.TcPOU (format string `<%s> %d %s %s %s %s BOM%s`: PRI with facility local4, a space, version 1, gsCurrentTime, the LCLS subsystem in the host slot, PID and SD as `-`, then the three letters `BOM` glued to the message) and its issue #8 (`The BOM is actually the byte order marker … and not the 3 bytes \"BOM\"`); the time's layout from memory (ISO 8601, as the TIMESTAMP_ISO8601 grok pattern the POU names implies)",
		why:    "a space between PRI and version; the subsystem (VACUUM, MOTION) stands where the host goes and is no host; the literal text BOM glued to the message; the level is the PRI's severity",
		gap:    "the LCLS subsystem word (VACUUM, MOTION) in the RFC 5424 host slot after a `<PRI> 1` with a space is read as the host, though this sender writes no host there",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120Z", Info, "", "<166> 1 2026-11-29T07:41:16.120Z VACUUM - - BOMGCC-07 pressure 3.2E-09 Torr, valve VGC-03 open"),
			we("2026-11-29T07:41:19.545Z", Warn, "", "<164> 1 2026-11-29T07:41:19.545Z VACUUM - - BOMPTM-02 speed below setpoint: 812 Hz"),
			we("2026-11-29T07:42:03.007Z", Error, "", "<163> 1 2026-11-29T07:42:03.007Z MOTION - - BOMAxis 4 following error exceeded, drive disabled"),
			we("2026-11-29T07:42:30.250Z", Notice, "", "<165> 1 2026-11-29T07:42:30.250Z FIELDBUS - - BOMEtherCAT slave 1012 back in OP state"),
		},
	},
	{
		name:   "ibm-cast-csm-syslog-double-date",
		source: "IBM CAST csm daemons through syslog() into syslog-ng (`Dec 19 15:11:12 localhost Dec  19 15:11:12 sierra4347 CAST[-]:    csmapi [1276710984]; csm_node_resources_query_all start`): IBM/CAST issue #471",
		why:    "a relayed double header: syslog-ng's year-less date and host, then csm's own year-less date padded to two spaces, its node and `CAST[-]`; both dates are of the same second; the bracketed number is a thread, no pid",
		entries: []worldEntry{
			we("2026-11-29T07:41:12Z", Unknown, "c650mgt01", "Nov 29 07:41:12 c650mgt01 Nov  29 07:41:12 c650mgt01 CAST[-]:    csmapi [1277004118]; csm_node_resources_query_all start"),
			we("2026-11-29T07:41:12Z", Unknown, "c650mgt01", "Nov 29 07:41:12 c650mgt01 Nov  29 07:41:12 c650mgt01 CAST[-]:    csmapi [1277004118]; csm_node_resources_query_all end"),
			we("2026-11-29T07:41:40Z", Unknown, "c650mgt01", "Nov 29 07:41:40 c650mgt01 Nov  29 07:41:40 c650mgt01 CAST[-]:    csmd [0]; Connected to the master daemon at 10.7.0.4:9815"),
		},
	},
	{
		name:   "ibm-cast-csm-rsyslog-rfc3339-severity",
		source: "IBM CAST csm daemons after the fix, stored by rsyslog with the template `%TIMESTAMP:::date-rfc3339% %HOSTNAME% %APP-NAME% %PROCID% %syslogseverity-text%  %msg%` (`2019-01-03T15:46:59-05:00 c650f03p39-mgt… csmd 30357 debug      csmapi; [0];  …`): IBM/CAST issue #471",
		why:    "an RFC 3339 time with an offset (-05:00) first, the FQDN host, app and pid as bare columns, then the severity word padded before the message",
		gap:    "the FQDN after a leading RFC 3339 time with an offset, before the bare app and pid columns and the severity word, is not read as the host",
		entries: []worldEntry{
			we("2026-11-29T12:41:59Z", Debug, "c650f07p12-mgt.lab.example.org", "2026-11-29T07:41:59-05:00 c650f07p12-mgt.lab.example.org csmd 30418 debug      csmapi; [0];  EventContextHandlerState Destructor"),
			we("2026-11-29T12:42:01Z", Info, "c650f07p12-mgt.lab.example.org", "2026-11-29T07:42:01-05:00 c650f07p12-mgt.lab.example.org csmd 30418 info       csmnet; [0];  accepted connection from compute node c650f07p31"),
			we("2026-11-29T12:42:15Z", Warn, "c650f07p12-mgt.lab.example.org", "2026-11-29T07:42:15-05:00 c650f07p12-mgt.lab.example.org csmd 30418 warning    csmdb; [0];  database pool low: 2 of 10 connections free"),
			we("2026-11-29T12:42:16Z", Error, "c650f07p12-mgt.lab.example.org", "2026-11-29T07:42:16-05:00 c650f07p12-mgt.lab.example.org csmd 30418 err        csmapi; [0];  csm_allocation_create failed: node c650f07p31 not in IN_SERVICE state"),
		},
	},
	{
		name:   "s6-socklog-no-host",
		source: "s6-overlay's syslogd addon (s6-socklog feeding s6-log without its T timestamp): the libc syslog() line with no host (`Aug 26 11:19:05 postfix/postfix-script[25430]: refreshing the Postfix mail system`): skarnet/s6 issue #32",
		why:    "RFC 3164 without a host: the tag with a slash comes right after the year-less time and is no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:05Z", Unknown, "", "Nov 29 07:41:05 postfix/postfix-script[412]: starting the Postfix mail system"),
			we("2026-11-29T07:41:05Z", Unknown, "", "Nov 29 07:41:05 postfix/master[415]: daemon started -- version 3.8.6, configuration /etc/postfix"),
			we("2026-11-29T07:43:27Z", Unknown, "", "Nov 29 07:43:27 postfix/smtpd[502]: connect from unknown[172.20.0.9]"),
			we("2026-11-29T07:43:28Z", Unknown, "", "Nov 29 07:43:28 postfix/smtpd[502]: NOQUEUE: reject: RCPT from unknown[172.20.0.9]: 554 5.7.1 <bob@example.net>: Relay access denied; from=<ann@example.org> to=<bob@example.net> proto=ESMTP helo=<mx-test>"),
		},
	},
	{
		name:   "logstash-tcp-line-relay",
		source: "Logstash's tcp output with the line codec relaying raw syslog (`%{@timestamp} %{host} %{message}`: `2017-04-13T12:15:04.587Z 10.109.1.187 <134>Apr 13 14:15:04 hostname 1,2017/04/13 14:15:04,…`): logstash-plugins/logstash-output-syslog issue #36",
		why:    "a relayed double header: Logstash's ISO-Z time and the sender's address, then the device's whole packet with its PRI, year-less time and hostname; the address is a peer, the device's hostname is the host; the level is the inner PRI's",
		gap:    "Logstash's sender address after its ISO-Z time is read as the host instead of the relayed packet's own hostname after the inner PRI and time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.587Z|2026-11-29T07:41:16Z", Info, "gw-branch07", "2026-11-29T07:41:16.587Z 10.44.3.7 <134>Nov 29 07:41:16 gw-branch07 sshd[2211]: Accepted publickey for netops from 10.44.0.15 port 50122 ssh2"),
			we("2026-11-29T07:41:18.102Z|2026-11-29T07:41:18Z", Warn, "gw-branch07", "2026-11-29T07:41:18.102Z 10.44.3.7 <132>Nov 29 07:41:18 gw-branch07 kernel: [UFW BLOCK] IN=wan0 OUT= SRC=198.51.100.23 DST=10.44.3.7 PROTO=TCP SPT=41122 DPT=23"),
			we("2026-11-29T07:41:20.930Z|2026-11-29T07:41:20Z", Error, "gw-branch07", "2026-11-29T07:41:20.930Z 10.44.3.7 <131>Nov 29 07:41:20 gw-branch07 dhcpd[877]: no free leases on subnet LAN-GUEST"),
		},
	},
	{
		name:   "lora-aprs-igate-rfc5424-bom-nil-time",
		source: "lora-aprs/LoRa_APRS_iGate's remote syslog (ESP32, an RFC 5424 packet whose MSG starts with the UTF-8 BOM): issue #232 (`Is there a reason that the logger code adds a BOM … to the front of syslog messages?`); the header with a nil time, the callsign as host and the app name from memory",
		why:    "RFC 5424 with a BOM before the message and `-` for the time (the board keeps no clock): no time of its own; the callsign is the host; the level is the PRI's",
		entries: []worldEntry{
			we("", Info, "ON3XKB-10", "<14>1 - ON3XKB-10 LoRa_APRS_iGate - - - \ufeff[INFO][APRS_IS] connected to euro.aprs2.net"),
			we("", Warn, "ON3XKB-10", "<12>1 - ON3XKB-10 LoRa_APRS_iGate - - - \ufeff[WARN][LoRa] CRC error, packet dropped"),
			we("", Error, "ON3XKB-10", "<11>1 - ON3XKB-10 LoRa_APRS_iGate - - - \ufeff[ERROR][Wifi] connection lost, reconnecting"),
			we("", Debug, "ON3XKB-10", "<15>1 - ON3XKB-10 LoRa_APRS_iGate - - - \ufeff[DEBUG][Router] OE5QRT-7>APLT00,WIDE1-1:!4811.20N/01320.55E>"),
		},
	},
	{
		name:   "nxos-year-date-relayed-double-pri",
		source: "a relay that prepends its own RFC 3164 header to a Cisco NX-OS packet with its year-first date (`<PRI>` relay header, then the inner `<PRI>yyyy Mon dd HH:mm:ss host %FAC-N-MNEMONIC:`): cloudoperators/greenhouse-extensions PR #1976 (double-header deframing and an NX-OS year-format parser); the exact relay header from memory",
		why:    "a relayed double header with two PRIs; the inner year-first NX-OS date; the relay's host is the one in the record's host field; the level is the digit in %ETHPORT-5-",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:16Z", Notice, "relay-sys02", "<189>Nov 29 07:41:17 relay-sys02 <189>2026 Nov 29 07:41:16 n9k-leaf03 %ETHPORT-5-IF_UP: Interface Ethernet1/14 is up in mode access"),
			we("2026-11-29T07:41:22Z|2026-11-29T07:41:21Z", Error, "relay-sys02", "<187>Nov 29 07:41:22 relay-sys02 <187>2026 Nov 29 07:41:21 n9k-leaf03 %ETH_PORT_CHANNEL-3-PORT_CHANNEL_MEMBER_FAILED: Ethernet1/22 failed to join port-channel20"),
			we("2026-11-29T07:41:30Z|2026-11-29T07:41:29Z", Warn, "relay-sys02", "<188>Nov 29 07:41:30 relay-sys02 <188>2026 Nov 29 07:41:29 n9k-leaf03 %VPC-4-VPC_PEER_KEEP_ALIVE_RECV_FAIL: vPC peer keep-alive receive has failed"),
		},
	},
	{
		name:   "splunk-syslog-output-rfc5424-no-sd",
		source: "a Splunk forwarder's syslog output as RFC 5424 with no STRUCTURED-DATA field, the message right after the nil MSGID (`<165>1 2017-04-04T03:22:40.348120+00:00 'Forwarder Name' logger - - subsys=forwarder`): syslog-ng/syslog-ng issue #1407",
		why:    "RFC 5424 with microseconds and +00:00; no SD, so the key=value message follows the MSGID directly; `logger` is the app, the forwarder's name the host; the level is the PRI's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.348120Z", Notice, "hf-east02", "<165>1 2026-11-29T07:41:16.348120+00:00 hf-east02 logger - - subsys=forwarder action=connect target=idx03.example.org:9997"),
			we("2026-11-29T07:41:18.900511Z", Warn, "hf-east02", "<164>1 2026-11-29T07:41:18.900511+00:00 hf-east02 logger - - subsys=forwarder action=blocked queue=tcpout_idx reason=\"output queue full\""),
			we("2026-11-29T07:41:25.004002Z", Error, "hf-east02", "<163>1 2026-11-29T07:41:25.004002+00:00 hf-east02 logger - - subsys=forwarder action=disconnect target=idx03.example.org:9997 error=\"connection reset by peer\""),
		},
	},
}

func TestFresh752Formats(t *testing.T) { assertTable(t, fresh752Cases) }
func TestFresh752Score(t *testing.T) {
	checkScore(t, "fresh752 formats", fresh752Cases, [worldNumFields]float64{99.9, 99.9, 62.4, 99.9})
}
