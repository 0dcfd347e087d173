package parse

import "testing"

// The three-hundred-and-sixth fresh table, written on 2026-12-06: network devices' syslog as a
// central collector receives and stores it, a further pass, in the 2025-2026 firmware of vendors
// and platforms no earlier table holds (carrier routers' service cards, a carrier BNG, a cell-site
// NOS, an optical LAN OLT, a high-security firewall, a branch out-of-band manager). Each family is
// one product's documented or observed output: Junos on an MX with an MS-MPC service card, its
// CGNAT session and port-block logs as the collector receives them (the Routing Engine's BSD
// header in the router's local time, then `(FPC Slot n, PIC Slot n)`, the card's own UTC time and
// `{service-set}TAG:`); the same lines filed by an rsyslog collector with RSYSLOG_FileFormat (the
// header's time turned into RFC 3339 with the collector's offset); genua's genugate firewall
// relaying LEEF 1.0 through syslog (`sshrelay[pid]: LEEF:1.0|genua|genugate|…` with tab-separated
// attributes and a devTime with a +hhmm offset); Lantronix Local Manager 6.x (formerly Uplogix),
// its own events (`local3: Host: name ; LEVEL: msg`, no host in the header) and the console logs it
// collects from a managed router's port (`local4: Host: name seq: *Mmm dd HH:mm:ss.mmm UTC:
// %FAC-n-MNEMONIC: msg`, two clocks on one line); a Tellabs OLAN OLT's RFC 5424 syslog (the OLT's
// local offset, the ESU's address in the host field when no hostname is set, the event name as
// MSGID); RtBrick RBFS 25.x's logs exported by CTRLD as GELF and kept one object a line by the
// collector; IP Infusion OcNOS-SP 6.x's syslog entries with their own prefix (`yyyy Mmm dd
// HH:mm:ss.mmm : host : MODULE : SEV : msg`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`FPC Slot`, `PIC Slot`, `JSERVICES`, `ms-mpc`, `msmpc`, `spc3`, `_USF`, `ASP_SFW`,
// `ASP_NAT`, `application:none`, `evolved`, `-re0`, `alternate-format`, `genua`, `genugate`,
// `sshrelay`, `relay_name`, `srcPreNAT`, `local manager`, `uplogix`, `local3: Host`,
// `local4: Host`, `; NOTICE:`, `INFORMATIONAL:`, `tellabs`, `olan `, `USERCMD`, `rtbrick`, `rbfs`,
// `ctrld`, `element_name`, `pod_name`, `ocnos`, `ip infusion`, `: NSM :`, `NOTIF :`, `MERG :`,
// `DEBOUNCE_EVENT`, `IFMGR_IF`, and for what was left out `ciena`, `waveserver`, `infinera`,
// `adva`, `fsp 150`, `optix`, `harmonic`, `cableos`, `vecima`, `cbr-8`, `calix`, `adtran`,
// `ericsson`, `ipos`, `drivenets`, `dnos`, `6wind`, `tnsr`, `starlink`, `staros`, `sessmgr`,
// `nodegrid`, `zpe`, `western telematic`, `BUFFER_EVENT`, `opengear`, `avocent`, `raslogd`,
// `SNMP-3020`, `@1588`, `DCM-1116`, `||local7||`, `librenms`, `Original Address`, `CEF:0|Ubiquiti`,
// `CEF:0|MikroTik`, `remote-log-format`, `syslog-time-format`, `rfc-strict`, `Cisco-SDWAN`,
// `WAN_LOCAL`, `STK0`, `aerohive`, `hiveos`, `etherhaul`, `mimosa`, `stellar`, `cnwave`,
// `airfiber`, `engenius`, `cnpilot`, `cnmatrix`, `jetstream`, `lcos`, `univerge`, `seil`,
// `fitelnet`, `apresia`, `venustech`, `nsfocus`, `qi-an`, `dptech`, `topsec`, `is5com`, `raptor`,
// `"_prog"`). None of the eight families' products is in an earlier table: the MX's service-card
// syslog, genugate, Local Manager, Tellabs' OLTs, RtBrick and OcNOS appear in none (OcNOS and IP
// Infusion are named only in fresh154's list of what it left out, for want of a confirmed layout;
// Junos' RE messages, SRX's RT_FLOW in sd-syslog and the structured-data forms are earlier
// tables'). Left out as measured already: Brocade's raslogd audit lines (fresh42, fresh54,
// fresh154), Extreme EFA and SLX (fresh19), LibreNMS' `||` template (fresh77), Meraki's
// `Original Address` relay (fresh172), UniFi's and MikroTik's CEF (fresh37, fresh140), RouterOS
// 7.18's syslog formats (fresh69, fresh212), FASTPATH switches behind Planet's and Netgear's names
// (fresh8, fresh54, fresh61 and later), the Cisco SD-WAN cEdge (fresh114 and later), Siklu,
// Mimosa, HiveOS' buffer, WTI's BUFFER_EVENT, StarOS. Left out for want of a page that settled the
// lines in the time given: Junos Evolved's node-suffixed hostnames (the documentation's example
// was cut off), NEC UNIVERGE IX, IIJ SEIL, Ciena Waveserver, ADVA FSP 150, Infinera, Harmonic
// CableOS, iS5's RAPTOR (its page describes an RFC 5424 header with a BSD time but shows no
// line), ZPE Nodegrid, the Chinese and Korean UTMs (Venustech, NSFOCUS, Qi-anxin, DPtech, AXGATE,
// SECUI), OmniAccess Stellar, and Prisma SD-WAN's `file view log` (the ION's on-box JSON, not what
// a collector receives). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The MX's Routing Engine writes its BSD header in the router's local time
// (CET) with no zone, taken as UTC, and the service card its own `yyyy-MM-dd HH:mm:ss:` in UTC:
// both are the record's time, so either is accepted; the hex after a port-block range is the
// allocation's epoch and no more than the same instant. RSYSLOG_FileFormat's `+01:00` is
// converted. genugate's header is the firewall's local time with no zone, devTime its +0100 time:
// either is accepted. Local Manager's header is its own UTC clock; a relayed console line also
// carries the router's clock, which is taken as the record's other time (a `*` marks it as not
// synchronised, and one router's clock still stands at Mar 1 from its boot, a year-less date read
// as 2026). The OLT's `-06:00` is converted. GELF's timestamp is epoch seconds with a fraction.
// OcNOS' year-first `2026 Nov 29 07:41:16.204` has no zone and is taken as UTC. Levels only where
// the line marks one: the PRI (the MX's wire lines, the OLT's RFC 5424 lines), Local Manager's
// NOTICE, WARNING and INFORMATIONAL words, the digit in a relayed %FAC-n-MNEMONIC, GELF's level
// number (syslog severities), OcNOS' NOTIF, INFO and MERG (emergency); LEEF's sev= is the event's
// rating and no level, and a file line with no PRI has none. The host is the record's host field:
// the BSD header's host, the OLT's hostname or the ESU's address in its place, Local Manager's
// `Host:` (the manager itself or the managed device a port-level event or console line belongs to),
// GELF's host, OcNOS' host between the colons; a subscriber's, client's, peer's or server's address,
// genugate's laddr, the RADIUS server and the CTRLD element fields are no hosts.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 761f824 before any rule for it: level 84.4 %, time 100.0 %, host 50.0 %, records 100.0 %.
// That is the macro figure (micro: level 84.4 %, time 100.0 %, host 50.0 %, records 100.0 %), in a
// worktree at 761f824 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (the MX's wire lines, genugate's LEEF, the Tellabs OLT, RtBrick's GELF);
// the gaps are the host after an RFC 3339 time when the card's `(FPC Slot …)` stands where a tag
// would, Local Manager's `Host:` field and its level words after a semicolon, and OcNOS' host
// between colons and its MERG.

var fresh306Cases = []worldCase{
	{
		name:   "junos-mx-msmpc-cgnat-pic-syslog-wire",
		source: "Junos on an MX with an MS-MPC service card, CGNAT with `then syslog` and port-block allocation, as the collector receives it (`<PRI>Mmm dd HH:mm:ss host (FPC Slot n, PIC Slot n) yyyy-MM-dd HH:mm:ss: {service-set}TAG: msg`, session lines `application:none, interface src:port [nat:port] -> dst:port (PROTO)`): Junos System Log Messages reference 'Interpreting Messages Generated in Standard Format by Services on a PIC' (the FPC/PIC field appears when the RE's syslogd writes the card's message), IBM QRadar and Juniper JSA 'Juniper Junos OS sample event message' (an MX's JSERVICES_SESSION_CLOSE with the RE's local time and the card's UTC two hours apart), Juniper 'System Log Error Messages for Next Gen Services' (the MS-MPC's JSERVICES_SESSION_OPEN fields), 'Secured Port Block Allocation Interim Logging'; the port-block lines' layout (and the hex epoch after the range) from memory",
		why:    "the RE's BSD header in CET with no zone, then the FPC/PIC slots in parentheses and the card's own UTC time with a colon after it; the PRI gives the level; the subscriber's, translated and server addresses are no hosts; the hex after a port range is an epoch",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16Z", Info, "mx960-cgn1", "<166>Nov 29 08:41:16 mx960-cgn1 (FPC Slot 5, PIC Slot 0) 2026-11-29 07:41:16: {cgn-sset-res}JSERVICES_SESSION_OPEN: application:none, ae10.2051 100.64.18.23:51544 [203.0.113.40:4122] -> 198.51.100.80:443 (TCP)"),
			we("2026-11-29T08:41:17Z|2026-11-29T07:41:17Z", Info, "mx960-cgn1", "<166>Nov 29 08:41:17 mx960-cgn1 (FPC Slot 5, PIC Slot 0) 2026-11-29 07:41:17: {cgn-sset-res}JSERVICES_NAT_PORT_BLOCK_ALLOC: 100.64.18.57 -> 203.0.113.40:4352-4607 0x6b0bd71d"),
			we("2026-11-29T08:41:52Z|2026-11-29T07:41:52Z", Info, "mx960-cgn1", "<166>Nov 29 08:41:52 mx960-cgn1 (FPC Slot 5, PIC Slot 0) 2026-11-29 07:41:52: {cgn-sset-res}JSERVICES_SESSION_CLOSE: application:none, ae10.2051 100.64.18.23:51544 [203.0.113.40:4122] -> 198.51.100.80:443 (TCP)"),
			we("2026-11-29T08:46:17Z|2026-11-29T07:46:17Z", Info, "mx960-cgn1", "<166>Nov 29 08:46:17 mx960-cgn1 (FPC Slot 5, PIC Slot 0) 2026-11-29 07:46:17: {cgn-sset-res}JSERVICES_NAT_PORT_BLOCK_RELEASE: 100.64.18.57 -> 203.0.113.40:4352-4607 0x6b0bd849"),
		},
	},
	{
		name:   "junos-mx-msmpc-pic-rsyslog-fileformat",
		gap:    "trawl reads the RFC 3339 time but no host: `mx480-cgn2` after the time is not taken as the host when what follows it is the card's `(FPC Slot 2, PIC Slot 1)` rather than a program tag",
		source: "the same MS-MPC lines filed by an rsyslog collector at +01:00 with `$ActionFileDefaultTemplate RSYSLOG_FileFormat` (`%TIMESTAMP:::date-rfc3339% %HOSTNAME% %syslogtag%%msg%`: the BSD header's time written as RFC 3339 with the collector's offset, no PRI): rsyslog's built-in templates (RSYSLOG_FileFormat), baboune/logstash-grok README (the rsyslog file formats); the MS-MPC body as in the family above; how rsyslog splits `(FPC` as a tag from memory (the line reads the same either way)",
		why:    "an RFC 3339 time with +01:00 that is the same instant as the card's UTC time after the slots; no PRI, so no level; the host after the time",
		entries: []worldEntry{
			we("2026-11-29T07:52:08Z", Unknown, "mx480-cgn2", "2026-11-29T08:52:08+01:00 mx480-cgn2 (FPC Slot 2, PIC Slot 1) 2026-11-29 07:52:08: {cgn-sset-biz}JSERVICES_SESSION_OPEN: application:none, xe-2/0/3.310 100.72.4.199:40112 [203.0.113.77:11873] -> 192.0.2.25:8443 (TCP)"),
			we("2026-11-29T07:52:09Z", Unknown, "mx480-cgn2", "2026-11-29T08:52:09+01:00 mx480-cgn2 (FPC Slot 2, PIC Slot 1) 2026-11-29 07:52:09: {cgn-sset-biz}JSERVICES_SESSION_OPEN: application:none, xe-2/0/3.310 100.72.4.199:40113 [203.0.113.77:11874] -> 192.0.2.25:53 (UDP)"),
			we("2026-11-29T07:57:08Z", Unknown, "mx480-cgn2", "2026-11-29T08:57:08+01:00 mx480-cgn2 (FPC Slot 2, PIC Slot 1) 2026-11-29 07:57:08: {cgn-sset-biz}JSERVICES_NAT_PORT_BLOCK_ACTIVE: 100.72.4.199 -> 203.0.113.77:11776-12031 0x6b0bd8a6"),
			we("2026-11-29T07:57:31Z", Unknown, "mx480-cgn2", "2026-11-29T08:57:31+01:00 mx480-cgn2 (FPC Slot 2, PIC Slot 1) 2026-11-29 07:57:31: {cgn-sset-biz}JSERVICES_SESSION_CLOSE: application:none, xe-2/0/3.310 100.72.4.199:40112 [203.0.113.77:11873] -> 192.0.2.25:8443 (TCP)"),
		},
	},
	{
		name:   "genua-genugate-leef-relay-syslog",
		source: "genua's genugate firewall with LEEF output to a syslog server, as the server files it (`Mmm dd HH:mm:ss host relay[pid]: LEEF:1.0|genua|genugate|version|event-id|` then tab-separated attributes in name order: devTime `yyyy-MM-ddTHH:mm:ss+hhmm`, devTimeFormat, laddr, lport, msg, relay_name, rnum, sev, srcPreNAT, srcPreNATPort): IBM QRadar DSM guide and Juniper JSA 'genua genugate sample event messages' (an sshrelay line); the other relays' names and event ids from memory",
		why:    "a zone-less BSD header in the firewall's local time and devTime with a colon-less +0100 offset; no PRI in the file; sev= is the event's rating, no level; laddr is the relay's local address and the pre-NAT and server addresses are peers, not hosts",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16Z", Unknown, "gate-dmz1", "Nov 29 08:41:16 gate-dmz1 sshrelay[22871]: LEEF:1.0|genua|genugate|10.2|E4031|devTime=2026-11-29T08:41:16+0100\tdevTimeFormat=yyyy-MM-dd'T'HH:mm:ssZ\tladdr=127.128.0.17\tlport=1\tmsg=Error for \\\"CONNECT\\\": Code=1 Msg=connect failed: Connection refused. (10.60.4.21:22)\trelay_name=ssh\trnum=118\tsev=6\tsrcPreNAT=10.60.9.77\tsrcPreNATPort=50122"),
			we("2026-11-29T08:41:19Z|2026-11-29T07:41:19Z", Unknown, "gate-dmz1", "Nov 29 08:41:19 gate-dmz1 httprelay[22902]: LEEF:1.0|genua|genugate|10.2|N2210|devTime=2026-11-29T08:41:19+0100\tdevTimeFormat=yyyy-MM-dd'T'HH:mm:ssZ\tladdr=127.128.0.17\tlport=3128\tmsg=Request GET https://updates.example.net/feed.xml allowed by ruleset office\trelay_name=http\trnum=204\tsev=3\tsrcPreNAT=10.60.12.40\tsrcPreNATPort=61344"),
			we("2026-11-29T08:41:24Z|2026-11-29T07:41:24Z", Unknown, "gate-dmz1", "Nov 29 08:41:24 gate-dmz1 httprelay[22902]: LEEF:1.0|genua|genugate|10.2|E4410|devTime=2026-11-29T08:41:24+0100\tdevTimeFormat=yyyy-MM-dd'T'HH:mm:ssZ\tladdr=127.128.0.17\tlport=3128\tmsg=Request CONNECT tracker.example.org:443 denied: destination not in allowlist\trelay_name=http\trnum=205\tsev=7\tsrcPreNAT=10.60.12.41\tsrcPreNATPort=61402"),
			we("2026-11-29T08:42:03Z|2026-11-29T07:42:03Z", Unknown, "gate-dmz1", "Nov 29 08:42:03 gate-dmz1 sshrelay[22871]: LEEF:1.0|genua|genugate|10.2|N2071|devTime=2026-11-29T08:42:03+0100\tdevTimeFormat=yyyy-MM-dd'T'HH:mm:ssZ\tladdr=127.128.0.17\tlport=1\tmsg=Session closed: 18431 bytes up, 220410 bytes down (10.60.4.22:22)\trelay_name=ssh\trnum=119\tsev=2\tsrcPreNAT=10.60.9.80\tsrcPreNATPort=50188"),
		},
	},
	{
		name:   "lantronix-local-manager-own-events",
		gap:    "trawl reads the BSD time but neither level nor host of `local3: Host: name ; LEVEL: msg`: the `Host:` field after the facility name is not read as the host, and the level word after the semicolon (NOTICE, WARNING, INFORMATIONAL) is not read as the level",
		source: "Lantronix Local Manager 6.x (formerly Uplogix) sending its own system and port events with `config system syslog` (`Mmm dd HH:mm:ss local3: Host: name ; LEVEL: msg`, the facility where a host would stand, the level word after a semicolon, aggregated events with `Duration: hh:mm:ss Count: n` before it, port-level events carrying the managed device's name): Lantronix docs 'Syslog Messages' (LMOS 6.6, Local Manager)",
		why:    "no host in the header: the facility name sits there; the record's host is the Host: field (the manager, or the device on the port); NOTICE, WARNING and INFORMATIONAL are the levels; Duration and Count are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "LM-8A21907", "Nov 29 07:41:16 local3: Host: LM-8A21907 ; NOTICE: User netops logged in via SSH."),
			we("2026-11-29T07:41:29Z", Warn, "LM-8A21907", "Nov 29 07:41:29 local3: Host: LM-8A21907 Duration: 00:15:00 Count: 12; WARNING: Failed to connect to pulse server. (connection timed out)"),
			we("2026-11-29T07:42:30Z", Info, "br-rtr-112", "Nov 29 07:42:30 local3: Host: br-rtr-112; INFORMATIONAL: Port was unlocked"),
			we("2026-11-29T07:42:31Z", Warn, "br-rtr-112", "Nov 29 07:42:31 local3: Host: br-rtr-112; WARNING: Terminal is locked. (netops)"),
		},
	},
	{
		name:   "lantronix-local-manager-device-port-relay",
		gap:    "trawl reads the times and the %FAC-n- level but not the host: `Host: br-rtr-112` after the facility name `local4:` is not read as the host",
		source: "Lantronix Local Manager 6.x relaying the console log of the router on one of its ports with `config device logging` (`Mmm dd HH:mm:ss local4: Host: device seq: *Mmm dd HH:mm:ss.mmm UTC: %FAC-n-MNEMONIC: msg`, the manager's UTC time first and the router's own, possibly unsynchronised, clock inside): Lantronix docs 'Syslog Messages' (LMOS 6.6, device logs collected from the console or buffered log)",
		why:    "two clocks on a line: the manager's and the router's (`*` unsynchronised; one router still counts from Mar 1 after its boot), either is the record's; the level is the digit in %FAC-n-; the host is the managed device named by Host:",
		entries: []worldEntry{
			we("2026-11-29T07:42:20Z|2026-11-29T07:42:17.978Z", Info, "br-rtr-112", "Nov 29 07:42:20 local4: Host: br-rtr-112 48812: *Nov 29 07:42:17.978 UTC: %SEC-6-IPACCESSLOGP: list MGMT-IN denied tcp 198.51.100.23(51544) -> 10.12.0.1(22), 1 packet"),
			we("2026-11-29T07:42:20Z|2026-11-29T07:42:18.402Z", Error, "br-rtr-112", "Nov 29 07:42:20 local4: Host: br-rtr-112 48813: *Nov 29 07:42:18.402 UTC: %LINK-3-UPDOWN: Interface Cellular0/2/0, changed state to down"),
			we("2026-11-29T07:42:20Z|2026-11-29T07:42:19.403Z", Notice, "br-rtr-112", "Nov 29 07:42:20 local4: Host: br-rtr-112 48814: *Nov 29 07:42:19.403 UTC: %LINEPROTO-5-UPDOWN: Line protocol on Interface Cellular0/2/0, changed state to down"),
			we("2026-11-29T07:43:05Z|2026-03-01T00:14:07.112Z", Notice, "br-sw-113", "Nov 29 07:43:05 local4: Host: br-sw-113 211: *Mar  1 00:14:07.112 UTC: %SYS-5-CONFIG_I: Configured from console by console"),
		},
	},
	{
		name:   "tellabs-olan-olt-rfc5424",
		source: "a Tellabs Optical LAN OLT (FP30.x) sending RFC 5424 syslog (`<PRI>1 time host APP-NAME PROCID MSGID SD msg`: the timestamp in the OLT's local time zone, the hostname or the ESU's IP address when no hostname is set, local7 by default and facility 4 for the authentication events, event names such as USERCMD, RADIUSSERVERUNAVAILABLE, DHCPIPCONFLICT, UNTRUSTEDGW): Tellabs KB 'SYSLOG Messages' (the fields) and 'Using Syslog with OLAN' (ENG-010555 rev. 21, the events and facilities); the APP-NAME, the MSGID carrying the event name and the message texts from memory",
		why:    "an RFC 5424 time at -06:00; the PRI gives the level (local7 and auth); an IP address in the host field is the host; the AID (ONT-1-3-2-7) and the addresses in the message are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "olt-bldg4", "<190>1 2026-11-29T01:41:16-06:00 olt-bldg4 OLT - USERCMD - User admin (ssh 10.40.9.14) executed: show alarms ont ONT-1-3-2-7"),
			we("2026-11-29T07:41:42Z", Warn, "olt-bldg4", "<36>1 2026-11-29T01:41:42-06:00 olt-bldg4 OLT - RADIUSSERVERUNAVAILABLE - RADIUS server 10.40.2.10 is unavailable, failing over to 10.40.2.11"),
			we("2026-11-29T07:42:05Z", Error, "10.40.0.21", "<187>1 2026-11-29T01:42:05-06:00 10.40.0.21 OLT - DHCPIPCONFLICT - IP address 10.44.8.31 offered on ETH1-3-2-7-1-V100 is already in use by 6c:2b:59:11:04:7e"),
			we("2026-11-29T07:43:10Z", Notice, "olt-bldg4", "<189>1 2026-11-29T01:43:10-06:00 olt-bldg4 OLT - UNTRUSTEDGW - DHCP reply from untrusted gateway 10.44.8.1 dropped on ETH1-3-4-12-1-V100"),
		},
	},
	{
		name:   "rtbrick-rbfs-ctrld-gelf-json",
		source: "RtBrick RBFS 25.x logs exported by CTRLD in GELF (version, host, short_message, timestamp as epoch seconds, level as the syslog severity, underscore fields; CTRLD adds the element name, element role, serial number and pod name, and turns Prometheus Alertmanager notifications into GELF messages), kept one object a line by the collector: RtBrick RBMS 'Managing Logs' and the RBFS Logging Guide (levels, GELF and syslog export), the GELF payload fields in ozontech/file.d's GELF output README; the underscore field names from memory",
		why:    "GELF's host is the host; the time is epoch seconds with milliseconds; the level a syslog number (6 Info, 5 Notice, 4 Warn, 3 Error); _element_name repeats the element and _pod_name is a pod, no host; the subscriber's MAC and the BGP peer are message text",
		entries: []worldEntry{
			we("2026-11-29T07:52:08.118Z", Info, "bng-p2-leaf3", `{"version":"1.1","host":"bng-p2-leaf3","short_message":"PPPoE session 72:4096:1185 established for 3c:84:6a:12:9e:01 on ifl-0/1/12/100","timestamp":1795938728.118,"level":6,"_bd":"pppoed.1","_module":"pppoe","_element_name":"bng-p2-leaf3","_element_role":"leaf","_serial_number":"EC2241000318","_pod_name":"pod2"}`),
			we("2026-11-29T07:52:09.004Z", Notice, "bng-p2-leaf3", `{"version":"1.1","host":"bng-p2-leaf3","short_message":"BGP neighbor 10.255.2.1 state changed from OpenConfirm to Established","timestamp":1795938729.004,"level":5,"_bd":"bgp.iod.1","_module":"bgp","_element_name":"bng-p2-leaf3","_element_role":"leaf","_serial_number":"EC2241000318","_pod_name":"pod2"}`),
			we("2026-11-29T07:52:31.770Z", Error, "bng-p2-leaf3", `{"version":"1.1","host":"bng-p2-leaf3","short_message":"RADIUS Access-Request for subscriber 72:4096:1190 timed out after 3 retries","timestamp":1795938751.770,"level":3,"_bd":"subscriberd.1","_module":"radius","_element_name":"bng-p2-leaf3","_element_role":"leaf","_serial_number":"EC2241000318","_pod_name":"pod2"}`),
			we("2026-11-29T07:53:02.500Z", Warn, "bng-p2-leaf3", `{"version":"1.1","host":"bng-p2-leaf3","short_message":"Alert HighSubscriberCount firing: 31812 active sessions above 30000","timestamp":1795938782.5,"level":4,"_bd":"ctrld","_module":"alertmanager","_element_name":"bng-p2-leaf3","_element_role":"leaf","_serial_number":"EC2241000318","_pod_name":"pod2"}`),
		},
	},
	{
		name:   "ipinfusion-ocnos-sp-syslog-prefix",
		gap:    "trawl reads the year-first time and the NOTIF and INFO levels but no host: the host between the first two ` : ` separators (`2026 Nov 29 07:41:16.204 : csr-0412 : NSM :`) is not read, and `MERG` (OcNOS' emergency) is not read as a level",
		source: "IP Infusion OcNOS-SP 6.x on a cell-site router, its syslog entries with their own prefix as the collector files the message text (`yyyy Mmm dd HH:mm:ss.mmm : host : MODULE : SEV : [EVENT_n]: msg`, SEV as NOTIF, INFO, MERG for emergency): docs.ipinfusion.com OcNOS-SP and OcNOS-RON System Management Guide 'Syslog Commands' (the complete entry with its prefix) and 'Link Detection Debounce Timer' (NSM's INFO and NOTIF lines); the collector's message-only template from memory",
		why:    "a year-first date with the month's name and milliseconds, no zone; colon-separated host, module and a four- or five-letter severity; `!!!` and `->` in the message are text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "csr-0412", "2026 Nov 29 07:41:16.204 : csr-0412 : NSM : INFO : Start UP->DOWN Link Debounce Timer on interface xe7"),
			we("2026-11-29T07:41:16.204Z", Notice, "csr-0412", "2026 Nov 29 07:41:16.204 : csr-0412 : NSM : NOTIF : [DEBOUNCE_EVENT_4]: Interface xe7 changed state from up to down"),
			we("2026-11-29T07:41:19.871Z", Info, "csr-0412", "2026 Nov 29 07:41:19.871 : csr-0412 : NSM : INFO : Link Debounce Timer Expired on interface xe7 (initiated transition up->down), prev_state DOWN, new_state DOWN"),
			we("2026-11-29T07:42:03.118Z", Emergency, "csr-0412", "2026 Nov 29 07:42:03.118 : csr-0412 : PSERV : MERG : !!! ptpd Module crashed, restarting it (attempt 2 of 3)"),
		},
	},
}

func TestFresh306Formats(t *testing.T) { assertTable(t, fresh306Cases) }
func TestFresh306Score(t *testing.T) {
	checkScore(t, "fresh306 formats", fresh306Cases, [worldNumFields]float64{84.3, 99.9, 49.9, 99.9})
}
