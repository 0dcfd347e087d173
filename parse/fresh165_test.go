package parse

import "testing"

// The hundred-and-sixty-fifth fresh table, written on 2026-12-05: syslog as it really arrives and
// is stored, in the shapes that syslog implementations' own test inputs and bug reports show, a
// sixth pass over that ground after fresh3, fresh37, fresh61, fresh77, fresh124, fresh144 and
// fresh145 (and the syslog corners of fresh9, fresh22 to fresh31, fresh57 and fresh151). Its
// families are in none of world_test.go, holdout_test.go and the earlier fresh tables
// (fresh_test.go to fresh164_test.go), compared by implementation, sender, test file and shape and
// not only by name. Every candidate was grepped for in every parse/*_test.go by product and by a
// fragment of its line first, and these were left out because a table already measures them in that
// shape: the RFC 5424 NILVALUE, BOM, escaped SD, fraction, offset and version vectors of go-syslog,
// syslog-loose, the Rust and Python parsers, rsyslog's pmrfc3164, pmrfc5424, pmciscoios, pmnull and
// parsertest suites and syslog-ng's msgparse, timeutils, cisco and sdata tests (fresh3, fresh37,
// fresh61, fresh77, fresh124, fresh144); Synology's IETF lines with `[synolog@6574 …]`
// (elastic/beats issue #43944, fresh57); an escaped backslash in an SD value (beats issue #49594's
// shape, fresh77's escParam; the ePO family here is taken for its product, its unescaped `1\2` and
// its XML); syslog-ng's `Error processing log message` (syslog-ng issue #1407, fresh37); TrueNAS's
// BSD header around RFC 5424 (Graylog issue #17062), IOS XE's two counters (vector issue #9928),
// Squid behind a short RFC 5424 header (vector issue #12013) and Logstash's truncated tag (logstash
// issue #1660), all fresh145's; Cisco's origin-id host after the counter with a year in the date
// (Graylog issue #1031, the ASA and FTD families of fresh69 and fresh75); Cisco APIC's
// `%LOG_LOCAL7-n-SYSTEM_MSG` lines (SC4S test_cisco_apic.py, fresh13); ISE's and ACS's segmented
// messages (SC4S test_cisco_acs.py, fresh3, fresh38, fresh48); F5's level word before the tag
// (syslog-ng issue #3535, fresh154 and holdout_test.go); a PRI glued to a Cisco SB mnemonic behind
// a relay's header (syslog-ng issue #4125, Eltex's and Cisco SB's families of fresh54, fresh116 and
// fresh138); ESXi's hostd, vpxa and vobd lines as SC4S's test_vmware.py sends them (fresh30,
// fresh65, fresh152); FortiGate's bare key-value download (vector issue #20225, FortiSwitch's
// family of fresh21); Snare behind a BSD header with literal or #011 tabs (rsyslog PR #1604,
// fresh2, fresh144) and NXLog's to_syslog_snare (philhagen/sof-elk issue #326, the same shape);
// octet counting with RFC 3164 and RFC 5424 (fluentd issue #2982, serilog-sinks-syslog issue #43;
// fresh3, fresh9, fresh124, fresh140); raw newlines inside a message (syslog-ng issue #3817's
// MikroTik, fresh25's syslog-embedded-newlines); a BOM shown as `ï»¿` in a stored line
// (arcao/Syslog issue #16 and rsyslog issue #284; fresh41, fresh67); a VERSION of 0 (Graylog issue
// #1161, fresh77); NX-OS's `<PRI>: yyyy Mmm dd` (fluentd issue #2924; fresh124, fresh133,
// fresh145); Gunicorn's lines as rsyslog stores them (fresh58; the raw datagrams are here);
// Logstash's `tag[-]:` (fresh19); a blank after the PRI (jeromer/syslogparser issue #20, fresh24);
// a dash for the host on the wire (fresh24; rsyslog's stored line is here); JSON right after the
// host (syslog-ng issue #1972, fresh145's NxFilter); PAN-OS behind a BSD header (syslog-ng issue
// #3214, fresh133); ESXi 6.5's hostd lines (telegraf issue #10791, fresh152); ex_syslogger's Elixir
// lines (fresh104; smpallen99/syslog's backend is another writer and here). Also left out after the
// search: an appliance's PRI-only lines re-sent by rsyslog as RFC 5424 with the first words of the
// message as host and app (rsyslog issue #5098), because what the record's host is cannot be
// decided from the line; syslog-ng's program source with chained `source@host` and a `<030>` inside
// (syslog-ng issue #225), its template not shown; OpenShift's cluster-logging syslog output (PR
// #2830) and Zscaler NSS's `zscaler-nss:` header (tenzir PR #4225), whose exact lines were not
// confirmed; and, after the first run, the header-less Snare for Windows form (`host<TAB>
// MSWinEventLog<TAB>…`, rsyslog contrib/pmsnare), which TestRepeatedLinesReadAlike rejects (read
// again, its Error event type is no longer read as the level) and which a WildFly family took the
// place of, as said below.
//
// What is here is twenty-six families in four parts. RFC 5424 as senders write it and parsers' bug
// threads show it: a Juniper logical system's `LSYS:rpd` APP-NAME, IPv6 hosts ending in a bare
// `::`, F5's message number with colons as MSGID, Nokia SR Linux's remote form with its double
// blank, SD values with escapes the RFC does not define before a CLF message, McAfee ePO's event
// forwarding with an unescaped backslash, a BOM and XML, Clearswift's gateway with Postfix tags
// inside, and Horizon's View@6876 element with and without a message. RFC 3164 headers that break
// the RFC: Asuswrt's tags with blanks on a host-less wire, an audit platform's empty tag (two
// blanks) before JSON with Chinese text, AirWatch's full month name and product name in the host
// place, Expressway's doubled `tvcs:` tag with its UTCTime, Tetration's tag with a blank and its
// `[ERR]`, Dell Unity's `name@serial` host with quoted fields, Alsid for AD's quoted criticity,
// Commvault's header-less audit trail and WildFly's dash for the host as rsyslog stores it.
// Libraries and shippers that write syslog: qpylib's SysLogHandler with Python's asctime after the
// PRI, an Elixir Logger backend's Erlang-pid tag with #012, uWSGI's rsyslog plugin with and without
// a host, Gunicorn's NUL-terminated datagrams, journalpump's RFC 5424 without an SD field and with
// `\n` escapes, the PKS fluent-bit-out-syslog sink's octet-counted Kubernetes lines and Deckhouse's
// VRL-built RFC 5424 with a BOM. rsyslog's testbench and templates: imptcp's regex framing written
// as `NEWMSG: %rawmsg%` with the lines between, and pmsnare's C-style escapes under a comma
// template.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC), a zone-less clock read as UTC and an offset converted, a year-less date in
// the table's year, "" when a record has no time of its own (a header-less error line, a template
// that writes none), "a|b" where a record carries two versions of its own time (the header's and
// the sender's own field: GMTTime, UTCTime, Event Timestamp, a quoted ISO time, Logger's or
// WildFly's clock, an alert's epoch milliseconds). Levels from the PRI's severity where the line
// has one (PRI mod 8, 4 for a kernel line's <4>), else from the sender's own level field (Logger's
// bracketed level, a template's severity column); a criticity, a threat or alert severity, an audit
// importance, Expressway's numeric event level and a word of a message are no level, and where a
// sender writes both a PRI and a level word the lines here keep them agreeing. The host only where
// the line names the machine that logged, as written (an IPv6 address ending in `::`,
// `name@serial`, a VM id, a pod name, `localhost`); a product's name in the host place, the first
// word of a tag, a module, an Erlang process, a peer or an endpoint named in the message is no
// host. A record is a line, except where rsyslog's regex framing keeps the lines between two
// message starts (an XML line, a traceback, blank-led fragments, an empty line) with the message
// before them.
//
// The shapes come from the test files, source files and issue and pull-request threads each case
// names, found with the search tool (corpora code and issues); where a detail is from memory,
// source says so. Hosts, ids, addresses and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score. The table is a measurement, never to be tuned on: no parser
// rule is to be written from it, or it stops being one.
//
// Its first figure, scored at commit e59627f (on a clean `git archive` of it, the working tree then
// holding another engineer's uncommitted parser changes) before any rule was written from it: level
// 92.9 %, time 98.1 %, host 85.3 %, records 97.4 % (macro), 22 of 26 families fully right. (The
// first run, at the same commit with the header-less Snare for Windows family in place of the
// WildFly one, gave level 92.9 %, time 98.1 %, host 81.4 %, records 97.4 %, 21 of 26.) That family
// (rsyslog contrib/pmsnare/pmsnare.c and PR #1604: `DC01.corp.example.org<TAB>MSWinEventLog<TAB>1
// <TAB>Security<TAB>…<TAB>Sun Nov 29 07:41:16 2026<TAB>4624<TAB>…<TAB>Success Audit<TAB>…`, the
// host first, the event type Error, Warning or Information as the level) was written and measured
// with the others and then taken out, expectations unchanged, because TestRepeatedLinesReadAlike
// rejects it; the WildFly family (rsyslog issue #99) took its place, its expectations decided
// before its first run.
//
// go test ./parse -run Fresh165 -v

var fresh165Cases = []worldCase{
	// RFC 5424 as senders write it and parsers' bug threads show it.
	{
		name:   "junos-logical-system-appname-rfc5424",
		source: "a Juniper MX with logical systems sending RFC 5424 (`<PRI>1 time±hh:mm host app pid - - msg` and the event tag in MSGID), where a daemon inside a logical system writes its APP-NAME as `LSYS-NAME:daemon` and explicit-priority puts `%FACILITY-N:` or `%FACILITY-N-TAG:` in the message: StephenWakely/syslog-loose issue #1 and vectordotdev/vector issue #2670 (the same two lines, one with and one without the logical system); from memory of Junos explicit-priority. Junos' structured-data form and its BSD lines are earlier tables'; the logical-system APP-NAME is in none",
		why:    "the offset time converted to UTC; the PRI is the level and agrees with the digit in `%DAEMON-4`; the host field is the router; `LSYS-CUST-A:rpd` with its colon is one APP-NAME, not the end of a header; the neighbour's IPv6 address with `+port` is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:10.908Z", Warn, "mx204-edge1", "<28>1 2026-11-29T04:41:10.908-03:00 mx204-edge1 rpd 6544 - - bgp_listen_accept: %DAEMON-4: Connection attempt from unconfigured neighbor: 2001:db8:36::651d:0:1+34069"),
			we("2026-11-29T07:41:12.25Z", Warn, "mx204-edge1", "<28>1 2026-11-29T04:41:12.250-03:00 mx204-edge1 LSYS-CUST-A:rpd 6589 - - bgp_listen_accept: %DAEMON-4: Connection attempt from unconfigured neighbor: 2001:db8::219:166+57284"),
			we("2026-11-29T07:41:15.004Z", Warn, "mx204-edge1", "<28>1 2026-11-29T04:41:15.004-03:00 mx204-edge1 LSYS-CUST-A:rpd 6589 BGP_PREFIX_THRESH_EXCEEDED - %DAEMON-4-BGP_PREFIX_THRESH_EXCEEDED: 203.0.113.9 (External AS 64512): Configured maximum prefix-limit threshold(160) exceeded for inet-unicast nlri: 181 (instance CUST-A)"),
			we("2026-11-29T07:41:19.117Z", Info, "mx204-edge1", "<30>1 2026-11-29T04:41:19.117-03:00 mx204-edge1 LSYS-CUST-B:rpd 7120 RPD_OSPF_NBRUP - %DAEMON-6-RPD_OSPF_NBRUP: OSPF neighbor 10.30.0.2 (realm ospf-v2 ge-0/0/3.0 area 0.0.0.0) state changed from Loading to Full due to LoadDone (event reason: OSPF loading completed)"),
		},
	},
	{
		name:   "rfc5424-ipv6-host-ending-double-colon",
		source: "RFC 5424 messages whose HOSTNAME is an IPv6 address in its RFC 5952 text form ending in a bare `::` (an all-zero tail, a link-local `fe80::`), beside an EC2 internal name and `::1` that parse: StephenWakely/syslog-loose issue #52 (the regression of PR #27, a field ending in `:` taken for the RFC 3164 header's end); the lines written for this table in that issue's shape. IPv6 hosts that do not end in `::` are an earlier table's",
		why:    "the `::` at the end of the host is part of the address, not a separator: the app, procid and message keep their places; the PRI is the level; the header's host is the host, as written",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Notice, "2001:db8:247e:5804:29e3::", "<13>1 2026-11-29T07:41:16.118Z 2001:db8:247e:5804:29e3:: shopd 4120 - - order 41207 stored"),
			we("2026-11-29T07:41:17Z", Error, "fe80::", "<11>1 2026-11-29T07:41:17Z fe80:: netd 812 - - link eth0 lost carrier"),
			we("2026-11-29T07:41:18.5Z", Info, "ip-10-32-13-166.eu-west-1.compute.internal", "<14>1 2026-11-29T07:41:18.5Z ip-10-32-13-166.eu-west-1.compute.internal agent 77 - - heartbeat ok"),
			we("2026-11-29T07:41:19.25Z", Warn, "::1", "<12>1 2026-11-29T07:41:19.25Z ::1 cron 4121 - - job backup-db late by 41 s"),
			we("2026-11-29T07:41:20Z", Info, "2001:db8:40::", `<14>1 2026-11-29T08:41:20+01:00 2001:db8:40:: agent 77 - [meta sequenceId="12"] heartbeat ok`),
		},
	},
	{
		name:   "f5-bigip-rfc5424-colon-msgid",
		source: "F5 BIG-IP 15 and later sending RFC 5424 (`<PRI>1 time±hh:mm host daemon pid errdefs-number:severity: [F5@12276 hostname=\"…\" errdefs_msgno=\"…\"] msg`), the MSGID the F5 message number with colons: StephenWakely/syslog-loose issue #39 (the parser failed on the colon in MSGID; fixed in 6a8bc04); from memory of BIG-IP message numbers. F5's BSD lines with the level word before the tag and its ASM and AFM key-value lines are earlier tables'; its RFC 5424 header is in none",
		why:    "the colons in the MSGID are part of it; the PRI is the level (local0: 131 err, 132 warning, 133 notice, 134 info) and agrees with the number's last digit; the host field is the BIG-IP; the addresses in the message are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.906539Z", Error, "bigip-lb1.net.example.org", `<131>1 2026-11-29T08:41:16.906539+01:00 bigip-lb1.net.example.org tmm1 11780 01230140:3: [F5@12276 hostname="bigip-lb1.net.example.org" errdefs_msgno="01230140:3:"] RST sent from 10.20.0.5:443 to 10.20.8.41:51544, [0x2c3a1f0:1010] RST from BIG-IP internal Linux host`),
			we("2026-11-29T07:41:19.004211Z", Notice, "bigip-lb1.net.example.org", `<133>1 2026-11-29T08:41:19.004211+01:00 bigip-lb1.net.example.org mcpd 4120 01070638:5: [F5@12276 hostname="bigip-lb1.net.example.org" errdefs_msgno="01070638:5:"] Pool /Common/pool_web member /Common/10.20.1.21:80 monitor status down. [ /Common/http: down; last error: No successful responses received before deadline. ]`),
			we("2026-11-29T07:41:23.118002Z", Info, "bigip-lb1.net.example.org", `<134>1 2026-11-29T08:41:23.118002+01:00 bigip-lb1.net.example.org tmm 11780 01260009:6: [F5@12276 hostname="bigip-lb1.net.example.org" errdefs_msgno="01260009:6:"] Connection error: ssl_passthru:4890: not SSL (40)`),
			we("2026-11-29T07:41:31.5Z", Warn, "bigip-lb1.net.example.org", `<132>1 2026-11-29T08:41:31.500000+01:00 bigip-lb1.net.example.org tmm2 11781 01010038:4: [F5@12276 hostname="bigip-lb1.net.example.org" errdefs_msgno="01010038:4:"] Syncookie counter 412 exceeded vip threshold 400 for virtual = 10.20.1.10:443`),
		},
	},
	{
		name:   "nokia-srlinux-rfc5424-remote-double-space",
		source: "Nokia SR Linux 25 sending remote syslog in RFC 5424 (`<PRI>1 time±hh:mm host sr_app - - -  subsystem|pid|tid|sequence|L: msg`: PROCID, MSGID and SD all NILVALUE and two blanks before the message, which opens with SR Linux's own pipe fields and severity letter), as a Logstash syslog input received it: logstash-plugins/logstash-input-syslog issue #79 (event.original pasted, with the double blank). SR Linux's own log files under /var/log/srlinux are an earlier table's; its RFC 5424 remote form is in none",
		why:    "the offset time converted to UTC; the PRI is the level (local6: 182 info, 181 notice, 180 warning, 179 err) and agrees with the letter before the colon; the host field is the switch; the message starts with a blank after the NILVALUE",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.046641Z", Info, "leaf-b2", "<182>1 2026-11-29T08:41:16.046641+01:00 leaf-b2 sr_lldp_mgr - - -  lldp|3235|3235|00042|I: LLDP remote peer added on interface ethernet-1/3: System spine-a1 with chassis ID 1A:9D:09:FF:00:00, port ethernet-1/7 with MAC 1A:9D:09:FF:00:07"),
			we("2026-11-29T07:41:19.204118Z", Notice, "leaf-b2", "<181>1 2026-11-29T08:41:19.204118+01:00 leaf-b2 sr_bgp_mgr - - -  bgp|4120|4133|00107|N: In network-instance default, the BGP session with VR default (Router): Peer 10.0.3.1 moved from higher state ESTABLISHED to lower state IDLE due to event TCP SOCKET ERROR"),
			we("2026-11-29T07:41:22.5Z", Warn, "leaf-b2", "<180>1 2026-11-29T08:41:22.500000+01:00 leaf-b2 sr_linux_mgr - - -  linux|2210|2210|00311|W: Memory utilization on ram module 1 is above 80%, current usage 83%"),
			we("2026-11-29T07:41:25.01Z", Error, "leaf-b2", "<179>1 2026-11-29T08:41:25.010000+01:00 leaf-b2 sr_chassis_mgr - - -  chassis|1877|1877|00108|E: Interface ethernet-1/12 is now down for reason: port-admin-disabled"),
		},
	},
	{
		name:   "rfc5424-sd-nonstandard-escape-clf",
		source: "RFC 5424 lines from an API gateway whose SD values carry escapes RFC 5424 §6.3.3 does not define (`\\A`, a bare `\\` before a letter in a Windows path) beside the defined `\\\"` and `\\]`, the message a Common Log Format request line with its own time: vectordotdev/vector issue #14523 (parse_syslog rejects the line; the workaround in the thread); the lines written for this table in that issue's shape. SD escapes as the RFC defines them are earlier tables'",
		why:    "the SD elements end at their unescaped `]` whatever escapes are inside; the header time and the request's CLF time are the same second; the PRI is the level; the header's host is the gateway and the client address is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.22849Z", Info, "gw-api-2", `<166>1 2026-11-29T07:41:16.228490+00:00 gw-api-2 edge 4120 - [route@47450 upstream="orders" pool="eu-1" weight="331"][req@47450 rid="4f1c2a7e" ua="\"curl\" \A/8.5"] 10.20.0.7 - - [29/Nov/2026:07:41:16 +0000] "GET /api/orders HTTP/1.1" 200 812`),
			we("2026-11-29T07:41:17.00412Z", Info, "gw-api-2", `<166>1 2026-11-29T07:41:17.004120+00:00 gw-api-2 edge 4120 - [route@47450 upstream="files" pool="eu-1" weight="12"][req@47450 rid="7a0b1c2d" path="C:\Shares\Reports\q3.xlsx"] 10.20.0.9 - anna [29/Nov/2026:07:41:17 +0000] "GET /files/q3.xlsx HTTP/1.1" 200 41207`),
			we("2026-11-29T07:41:19.5Z", Warn, "gw-api-2", `<164>1 2026-11-29T07:41:19.500000+00:00 gw-api-2 edge 4120 - [route@47450 upstream="orders" pool="eu-2" weight="331"][req@47450 rid="9e3f4f1c" note="retry [2\] of \"3\""] 10.20.0.7 - - [29/Nov/2026:07:41:19 +0000] "POST /api/orders HTTP/1.1" 503 0`),
		},
	},
	{
		name:   "mcafee-epo-eventfwd-rfc5424-xml",
		source: "McAfee (Trellix) ePolicy Orchestrator's syslog event forwarding over TLS (`<PRI>1 time host EPOEvents - EventFwd [agentInfo@3401 tenantId=… bpsId=… tenantGUID=\"{…}\" tenantNodePath=\"1\\2\"] BOM<?xml …?><EPOEvent>…`, the backslash in tenantNodePath not escaped, a BOM before the XML, the event's own GMTTime inside it): splunk/splunk-connect-for-syslog tests/test_mcafee_epo.py (the endpoint security, agent and policy auditor samples) and elastic/beats issue #49594 (the agentInfo element breaking the syslog reader). No table holds ePO",
		why:    "the SD element ends at its `]` although `1\\2` is no RFC escape; the header time is the server's and GMTTime the endpoint's detection time, either accepted; the PRI is the level, the XML's Severity and ThreatSeverity are no level; the header's host is the ePO server that sent it, the MachineName in the XML is the endpoint the event is about",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z|2026-11-29T07:41:12Z", Notice, "epo01.corp.example.org", "<29>1 2026-11-29T07:41:16.204Z epo01.corp.example.org EPOEvents - EventFwd [agentInfo@3401 tenantId=\"1\" bpsId=\"1\" tenantGUID=\"{00000000-0000-0000-0000-000000000000}\" tenantNodePath=\"1\\2\"] \ufeff<?xml version=\"1.0\" encoding=\"UTF-8\"?><EPOEvent><MachineInfo><MachineName>WS-FIN-0412</MachineName><AgentGUID>4f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1</AgentGUID><IPAddress>10.40.12.77</IPAddress><OSName>Windows 11 Workstation</OSName><UserName>CORP\\anna</UserName><TimeZoneBias>-60</TimeZoneBias><RawMACAddress>0050569a4120</RawMACAddress></MachineInfo><SoftwareInfo ProductName=\"Trellix Endpoint Security\" ProductVersion=\"10.7.0.6842\" ProductFamily=\"TVD\"><CommonFields><Analyzer>ENDP_AM_1070</Analyzer><AnalyzerName>Trellix Endpoint Security</AnalyzerName><AnalyzerHostName>WS-FIN-0412</AnalyzerHostName><AnalyzerDetectionMethod>On-Access Scan</AnalyzerDetectionMethod></CommonFields><Event><EventID>1278</EventID><Severity>3</Severity><GMTTime>2026-11-29T07:41:12</GMTTime><CommonFields><ThreatCategory>av.detect</ThreatCategory><ThreatSeverity>2</ThreatSeverity><ThreatName>EICAR test file</ThreatName><ThreatActionTaken>IDS_ALERT_ACT_TAK_DEL</ThreatActionTaken><TargetFileName>C:\\Users\\anna\\Downloads\\invoice-41207.zip</TargetFileName></CommonFields></Event></SoftwareInfo></EPOEvent>"),
			we("2026-11-29T07:42:03.871Z|2026-11-29T07:42:01Z", Notice, "epo01.corp.example.org", "<29>1 2026-11-29T07:42:03.871Z epo01.corp.example.org EPOEvents - EventFwd [agentInfo@3401 tenantId=\"1\" bpsId=\"1\" tenantGUID=\"{00000000-0000-0000-0000-000000000000}\" tenantNodePath=\"1\\2\"] <?xml version=\"1.0\" encoding=\"utf-8\"?><UpdateEvents><MachineInfo><AgentGUID>{7a0b1c2d-4120-4c2d-9e3f-4f1c2a7e9b3d}</AgentGUID><MachineName>SRV-DB-07</MachineName><IPAddress>10.40.3.17</IPAddress><OSName>Windows Server 2022</OSName><TimeZoneBias>0</TimeZoneBias></MachineInfo><McAfeeCommonUpdater ProductName=\"Trellix Agent\" ProductVersion=\"5.8.2\" ProductFamily=\"TVD\"><UpdateEvent><EventID>2402</EventID><Severity>3</Severity><GMTTime>2026-11-29T07:42:01</GMTTime><ProductID>ENDP_AM_1070</ProductID><Error>-2147467259</Error><Type>Update</Type><Description>Update failed: the repository could not be reached</Description></UpdateEvent></McAfeeCommonUpdater></UpdateEvents>"),
			we("2026-11-29T07:43:22.871Z|2026-11-29T07:43:20Z", Notice, "epo01.corp.example.org", "<29>1 2026-11-29T07:43:22.871Z epo01.corp.example.org EPOEvents - EventFwd [agentInfo@3401 tenantId=\"1\" bpsId=\"1\" tenantGUID=\"{00000000-0000-0000-0000-000000000000}\" tenantNodePath=\"1\\2\"] \ufeff<?xml version=\"1.0\" encoding=\"UTF-8\"?><EPOevent><MachineInfo><MachineName>WS-HR-0107</MachineName><IPAddress>10.40.12.31</IPAddress><UserName>CORP\\jonas</UserName></MachineInfo><SoftwareInfo ProductName=\"Trellix Endpoint Security\" ProductVersion=\"10.7.0.6842\" ProductFamily=\"TVD\"><CommonFields><Analyzer>ENDP_WP_1070</Analyzer><AnalyzerDetectionMethod>URL navigation</AnalyzerDetectionMethod></CommonFields><Event><EventID>18600</EventID><Severity>3</Severity><GMTTime>2026-11-29T07:43:20</GMTTime><CommonFields><ThreatCategory>wp.detect.url</ThreatCategory><ThreatName>Web Control Violation</ThreatName><SourceURL>http://downloads.example.net/tools/setup.exe</SourceURL><ThreatActionTaken>blocked</ThreatActionTaken></CommonFields></Event></SoftwareInfo></EPOevent>"),
		},
	},
	{
		name:   "clearswift-seg-rfc5424-inner-tags",
		source: "Clearswift Secure Email Gateway's remote syslog (`<PRI>1 time host mail|audit - - - msg`: an RFC 5424 header with the category as APP-NAME and all three NILVALUEs, the message the appliance's own line, Postfix's `postfix-inbound/cleanup[pid]: QUEUEID: …` behind `mail` and its Java audit's `LEVEL  [Component]- msg` behind `audit`): splunk/splunk-connect-for-syslog tests/test_clearswift_syslog_rfc5424_test_filter.py (the sample event and the audit template). No table holds Clearswift",
		why:    "the header's time, host and PRI are the record's (mail: 22 info, 20 warning); the Postfix tag with its pid and the audit's level word are inside the message and agree with the PRI; the relay and client hosts are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "seg01.mail.example.org", "<22>1 2026-11-29T07:41:16Z seg01.mail.example.org mail - - - postfix-inbound/cleanup[25993]: 4RvQz1NFRzNhXc3: message-id=<PR3P195MB0412A7E9B3D4C1A8E2F@PR3P195MB0412.EURP195.PROD.OUTLOOK.COM>"),
			we("2026-11-29T07:41:17Z", Info, "seg01.mail.example.org", "<22>1 2026-11-29T07:41:17Z seg01.mail.example.org mail - - - postfix-inbound/qmgr[2210]: 4RvQz1NFRzNhXc3: from=<billing@supplier.example.net>, size=41207, nrcpt=1 (queue active)"),
			we("2026-11-29T07:41:19Z", Info, "seg01.mail.example.org", "<22>1 2026-11-29T07:41:19Z seg01.mail.example.org audit - - - INFO  [Consolidator]- Waiting 2931 milliseconds before processing more log files"),
			we("2026-11-29T07:41:22Z", Warn, "seg01.mail.example.org", "<20>1 2026-11-29T07:41:22Z seg01.mail.example.org audit - - - WARN  [PolicyEngine]- Message 4RvQz1NFRzNhXc3 held: attachment invoice-41207.zip could not be unpacked"),
			we("2026-11-29T07:41:25Z", Info, "seg01.mail.example.org", "<22>1 2026-11-29T07:41:25Z seg01.mail.example.org mail - - - postfix-outbound/smtp[4412]: 7a0b1c2d4120: to=<anna@corp.example.org>, relay=exch01.corp.example.org[10.20.5.11]:25, delay=1.2, status=sent (250 2.6.0 Queued mail for delivery)"),
		},
	},
	{
		name:   "vmware-horizon-view-rfc5424-sd",
		source: "VMware (Omnissa) Horizon Connection Server's syslog events (`<PRI>1 time±hh:mm host View - MSGID [View@6876 Severity=\"…\" Module=\"…\" EventType=\"…\" UserSID=\"…\" …] msg`: APP-NAME View, no PROCID, a number as MSGID, one View@6876 element, the message sometimes absent): splunk/splunk-connect-for-syslog tests/test_vmware.py (test_linux_vmware_horizon_ietf, its commented capture with the SD and no message); from memory of the Horizon event types. Horizon's debug log is an earlier table's; its syslog events are in none",
		why:    "the offset time converted to UTC; the PRI is the level and agrees with the element's Severity (AUDIT_SUCCESS under the audit facility is info); the host field is the connection server; a line that ends with its SD element has no message and is still a record",
		entries: []worldEntry{
			we("2026-11-29T07:44:09.039Z", Info, "cs01.corp.example.org", `<166>1 2026-11-29T08:44:09.039+01:00 cs01.corp.example.org View - 412 [View@6876 Severity="INFO" Module="Broker" EventType="BROKER_USERLOGGEDIN" UserSID="S-1-5-21-873381292-3070774752-41207" UserDisplayName="CORP\anna"] User CORP\anna has logged in`),
			we("2026-11-29T07:44:11.204Z", Info, "cs01.corp.example.org", `<110>1 2026-11-29T08:44:11.204+01:00 cs01.corp.example.org View - 413 [View@6876 Severity="AUDIT_SUCCESS" Module="Broker" EventType="BROKER_USERLOGGEDIN" UserSID="S-1-5-21-873381292-3070774752-41207"]`),
			we("2026-11-29T07:44:30.5Z", Warn, "cs01.corp.example.org", `<164>1 2026-11-29T08:44:30.500+01:00 cs01.corp.example.org View - 414 [View@6876 Severity="WARNING" Module="Vlsi" EventType="VLSI_DESKTOP_PUSH_IMAGE_SCHEDULED" DesktopId="fin-pool" DesktopDisplayName="Finance Pool"] Push image operation scheduled for pool fin-pool`),
			we("2026-11-29T07:45:02.118Z", Error, "cs01.corp.example.org", `<163>1 2026-11-29T08:45:02.118+01:00 cs01.corp.example.org View - 415 [View@6876 Severity="ERROR" Module="Vlsi" EventType="BROKER_PROVISIONING_ERROR_VM_CLONING" DesktopId="fin-pool" MachineName="fin-pool-07"] Provisioning error occurred for Machine fin-pool-07: Cloning failed for Machine`),
		},
	},

	// RFC 3164 headers that break the RFC.
	{
		name:   "asuswrt-tags-with-spaces-wire",
		gap:    "the first word of a tag with a blank (`WAN`, `ddns`, `hour`, `custom`, `Samba`) is read as the host of a datagram that names none",
		source: "stock Asuswrt's remote syslog on the wire (busybox syslogd forwarding the /dev/log datagram without a host: `<PRI>Mmm dd HH:mm:ss tag: msg`), where libshared's logmessage() writes tags with blanks in them (`WAN Connection`, `hour monitor`, `custom script`, `ddns update`, `disk monitor`, `Samba Server`): RMerl/asuswrt-merlin issue #1413 (the list of tags with blanks) and syslog-ng/syslog-ng issue #1591 (the first word of such a tag taken for the host); logmessage()'s LOG_NOTICE from memory. Asuswrt's wire lines with one-word tags and its syslog.log are earlier tables'; the tags with blanks are in none",
		why:    "the datagram names no host, so the first word of a tag with a blank is no host; the time is the header's; the PRI is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "<13>Nov 29 07:41:16 WAN Connection: WAN(0) link up."),
			we("2026-11-29T07:41:17Z", Notice, "", "<13>Nov 29 07:41:17 WAN Connection: WAN(0) is connected."),
			we("2026-11-29T07:41:18Z", Notice, "", "<13>Nov 29 07:41:18 ddns update: ez-ipupdate: starting..."),
			we("2026-11-29T07:41:20Z", Notice, "", "<13>Nov 29 07:41:20 hour monitor: daemon is starting"),
			we("2026-11-29T07:41:22Z", Notice, "", "<13>Nov 29 07:41:22 custom script: Running /jffs/scripts/services-start (args: )"),
			we("2026-11-29T07:41:25Z", Notice, "", "<13>Nov 29 07:41:25 Samba Server: smb daemon is started"),
		},
	},
	{
		name:   "audit-json-empty-tag-double-space",
		source: "an operations-audit platform's login and command events sent over UDP as `<PRI>Mmm dd HH:mm:ss host  {json}`: the host, then two blanks where the tag would be, then a JSON object with Chinese text and its own local `datetime`: vectordotdev/vector issue #4811 (the JSON's first key taken for the appname) and StephenWakely/syslog-loose PR #5 (an empty tag read from the double blank). JSON behind a BSD header with no blank for the tag is an earlier table's; the empty tag is in none",
		why:    "the double blank leaves the tag empty and the JSON is the message; the header's clock and the JSON's datetime are the same local time, read as UTC; the PRI (local0.info) is the level; the header's host is the platform, the ip in the JSON a client",
		entries: []worldEntry{
			we("2026-11-29T09:25:31Z", Info, "opsaudit-01", `<134>Nov 29 09:25:31 opsaudit-01  {"username": "admin", "ip": "10.217.59.178", "type": "", "user_agent": "Go-http-client/1.1", "datetime": "2026-11-29 09:25:31", "mfa": 0, "status": true, "city": "局域网", "optype": "user-login"}`),
			we("2026-11-29T09:26:04Z", Info, "opsaudit-01", `<134>Nov 29 09:26:04 opsaudit-01  {"username": "zhang.wei", "ip": "10.217.61.20", "type": "ssh", "asset": "db-07 (10.20.3.17)", "datetime": "2026-11-29 09:26:04", "status": true, "city": "上海", "optype": "asset-connect"}`),
			we("2026-11-29T09:26:40Z", Info, "opsaudit-01", `<134>Nov 29 09:26:40 opsaudit-01  {"username": "zhang.wei", "ip": "10.217.61.20", "type": "ssh", "asset": "db-07 (10.20.3.17)", "datetime": "2026-11-29 09:26:40", "command": "systemctl restart postgresql", "risk_level": 2, "city": "上海", "optype": "command"}`),
		},
	},
	{
		name:   "vmware-airwatch-full-month-no-host",
		gap:    "`AirWatch`, the product's name in the host place, is read as the host",
		source: "VMware AirWatch (Workspace ONE UEM) console syslog (`<PRI> Month dd HH:mm:ss AirWatch  AirWatch Syslog Details are as follows Event Type: …`: a blank after the PRI, the month's full name, the product's name where the host would go and two blanks after it, the event's fields run together without separators and its own `Event Timestamp: Month d, yyyy HH:mm:ss`): splunk/splunk-connect-for-syslog tests/test_airwatch_rfc3164.py (the commented capture and the test template). No table holds AirWatch",
		why:    "the full month name is a date; the header's time and the Event Timestamp are either accepted; the PRI 101 is notice; `AirWatch` is the product's name written by every console, not a machine, so the record has no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:15Z", Notice, "", "<101> November 29 07:41:16 AirWatch  AirWatch Syslog Details are as follows Event Type: DeviceEvent: ComplianceStatusChangedUser: mdm-adminEvent Source: DeviceEvent Module: DevicesEvent Category: ComplianceEvent Data: Device: FIN iPad Pro 0412 DMPQ41207ABCUser: mdm-admin EnrollmentUser: anna.berg Event Timestamp: November 29, 2026 07:41:15"),
			we("2026-11-29T07:42:03Z|2026-11-29T07:42:02Z", Notice, "", "<101> November 29 07:42:03 AirWatch  AirWatch Syslog Details are as follows Event Type: ConsoleEvent: LoginSuccessfulUser: mdm-adminEvent Source: ConsoleEvent Module: AdminEvent Category: LoginEvent Data: Login Type: Local Request Url: /AirWatch/Login Event Timestamp: November 29, 2026 07:42:02"),
			we("2026-11-29T07:43:30Z|2026-11-29T07:43:29Z", Notice, "", "<101> November 29 07:43:30 AirWatch  AirWatch Syslog Details are as follows Event Type: DeviceEvent: DeviceWipeRequestedUser: mdm-adminEvent Source: DeviceEvent Module: DevicesEvent Category: CommandEvent Data: Device: Warehouse Zebra TC52 21347ABC0412User: mdm-admin EnrollmentUser: wh-scanner-07 Event Timestamp: November 29, 2026 07:43:29"),
		},
	},
	{
		name:   "cisco-expressway-tvcs-doubled-tag",
		source: "Cisco Expressway / TelePresence VCS remote syslog (`<PRI>yyyy-MM-ddTHH:mm:ssZ host tvcs: tvcs: key=\"value\" …`: a PRI glued to an ISO time, the tag written twice, then quoted pairs with the event's own `UTCTime=\"yyyy-MM-dd HH:mm:ss,SSS\"` and `Level=\"…\"` or an `Event=\"…\"` with the UTCTime last): splunk/splunk-connect-for-syslog tests/test_cisco_tvcs.py (the test template); the Event line from memory of Expressway's event log. No table holds Expressway",
		why:    "the header's time and UTCTime are either accepted; the PRI is the level and agrees with the module lines' Level=, the event line's numeric `Level=\"1\"` is Expressway's event importance, no level; the second `tvcs:` is the start of the message; the header's host is the Expressway, the IPs in the pairs are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.98Z", Info, "vcs-c01", `<166>2026-11-29T07:41:16Z vcs-c01 tvcs: tvcs: UTCTime="2026-11-29 07:41:16,980" Module="network.sip" Level="INFO":  Action="Received" Local-ip="10.20.4.10" Local-port="5061" Src-ip="10.20.8.41" Src-port="5060" Detail="Receive Response Code=200, Method=REGISTER, CSeq=4120, To=sip:4120@example.org, Call-ID=4f1c2a7e-9b3d4c1a@10.20.8.41, From-Tag=9b3d4c1a8e2f, To-Tag=0b6d4120, Msg-Hash=4120771804319126705, Local-SessionID=, Remote-SessionID="`),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.118Z", Warn, "vcs-c01", `<164>2026-11-29T07:41:19Z vcs-c01 tvcs: tvcs: UTCTime="2026-11-29 07:41:19,118" Module="network.tcp" Level="WARN":  Src-ip="198.51.100.23" Src-port="51544" Dst-ip="10.20.4.10" Dst-port="5061" Detail="TCP connection failed"`),
			we("2026-11-29T07:41:22Z|2026-11-29T07:41:22.204Z", Info, "vcs-c01", `<166>2026-11-29T07:41:22Z vcs-c01 tvcs: tvcs: Event="Registration Rejected" Reason="Unknown domain" Service="SIP" Src-ip="198.51.100.23" Src-port="5060" Protocol="TCP" AOR="sip:9000@unknown.example" Level="1" UTCTime="2026-11-29 07:41:22,204"`),
		},
	},
	{
		name:   "cisco-tetration-alert-tag-with-space",
		source: "Cisco Secure Workload (Tetration) alerts sent to syslog (`<PRI>yyyy-MM-ddTHH:mm:ssZ host Tetration Alert[pid]: [ERR] {json}`: a PRI glued to an ISO time, a tag with a blank in it and a pid, a bracketed level, then the alert as JSON with epoch-millisecond eventTime and alertTime and nested escaped JSON): splunk/splunk-connect-for-syslog tests/test_cisco_tetration.py (the commented capture). No table holds Tetration",
		why:    "the tag `Tetration Alert` holds a blank and ends at its pid; the header's time and the alertTime are either accepted; the PRI 3 is err and agrees with `[ERR]`; the JSON's severity HIGH or CRITICAL is the alert's, no level; the header's host is the cluster",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204Z", Error, "tet-cluster-01", `<3>2026-11-29T07:41:16Z tet-cluster-01 Tetration Alert[22745]: [ERR] {"keyId":"4f1c2a7e-9b3d-3c1a-8e2f-0b6d41207ab1","eventTime":"1795938060000","alertTime":"1795938076204","alertText":"Live Analysis Annotated Flows contains escaped for \u003capplication_id:5f1c2a7e9b3d4c1a8e2f0b6d\u003e","severity":"HIGH","tenantId":"0","type":"COMPLIANCE","alertDetails":"{\"consumer_scope_names\":[\"Default\",\"Default:Shop\"],\"provider_port\":5432,\"escaped_count\":3,\"policy_category\":[\"ESCAPED\"]}","rootScopeId":"5e435310497d4f28d4c4ce29"}`),
			we("2026-11-29T07:43:22Z|2026-11-29T07:43:22.871Z", Error, "tet-cluster-01", `<3>2026-11-29T07:43:22Z tet-cluster-01 Tetration Alert[22745]: [ERR] {"keyId":"7a0b1c2d-4120-3c2d-9e3f-4f1c2a7e9b3d","eventTime":"1795938180000","alertTime":"1795938202871","alertText":"Agent on db-07 has not checked in for 30 minutes","severity":"CRITICAL","tenantId":"0","type":"SENSOR","alertDetails":"{\"sensor_id\":\"9b3d4c1a8e2f\",\"host_name\":\"db-07\",\"last_check_in\":1795936380000}","rootScopeId":"5e435310497d4f28d4c4ce29"}`),
		},
	},
	{
		name:   "dell-unity-host-at-serial-quoted-fields",
		source: "Dell EMC Unity storage's remote syslog (`<PRI>Mmm dd HH:mm:ss name@SERIAL Mnsvc_unique[pid]:  \"ISO time\" \"name@SERIAL\" \"program\" \"pid\" \"unix/spa/root\" \"LEVEL\" \"code\" :: \"message\" :: Category=… Component=… TimeZone=UTC`: the system names itself with its serial after an at sign, two blanks after the tag, then quoted fields): splunk/splunk-connect-for-syslog issue #1819 (the pasted sample; SC4S 2.x no longer reading the host). Hosts written `source@host` by a syslog-ng relay are an earlier table's; Unity's `name@serial` and its quoted fields are in none",
		why:    "the host field is the whole `name@serial` the array writes for itself, here and in the second quoted field; the header's time and the quoted ISO time are either accepted; the PRI is the level and agrees with the quoted level word",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.942Z", Warn, "unity-spa-01@APM00213404195", `<12>Nov 29 07:41:16 unity-spa-01@APM00213404195 Mnsvc_unique[13255]:  "2026-11-29T07:41:16.942Z" "unity-spa-01@APM00213404195" "Mnsvc_unique" "13255" "unix/spa/root" "WARN" "1:7D9" :: "Authentication session Session_25_1795938076: User ops-ro failed to authenticate in authority LocalDirectory/Local" :: Category=Authentication Component=MnsvcServer TimeZone=UTC`),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.118Z", Info, "unity-spa-01@APM00213404195", `<14>Nov 29 07:41:19 unity-spa-01@APM00213404195 Mnsvc_unique[13255]:  "2026-11-29T07:41:19.118Z" "unity-spa-01@APM00213404195" "Mnsvc_unique" "13255" "unix/spa/root" "INFO" "14:60012" :: "User admin logged in from 10.20.0.5 using Unisphere" :: Category=Authentication Component=MnsvcServer TimeZone=UTC`),
			we("2026-11-29T07:42:05Z|2026-11-29T07:42:05.004Z", Error, "unity-spa-01@APM00213404195", `<11>Nov 29 07:42:05 unity-spa-01@APM00213404195 Mnsvc_unique[13255]:  "2026-11-29T07:42:05.004Z" "unity-spa-01@APM00213404195" "Mnsvc_unique" "13255" "unix/spa/root" "ERROR" "14:608cc" :: "Storage pool pool_gold has exceeded its user-specified allocation threshold of 85%" :: Category=Storage Component=PoolManager TimeZone=UTC`),
		},
	},
	{
		name:   "alsid-for-ad-quoted-fields",
		source: "Alsid for AD (Tenable.ad) deviance alerts sent to syslog (`<PRI>Mmm dd HH:mm:ss host AlsidForAD[pid]: \"0\" \"1\" \"forest\" \"domain\" \"checker code\" \"criticity\" \"DN\" \"ids\" … \"reason code\" \"id\" \"Key\"=\"value\" …`): splunk/splunk-connect-for-syslog tests/test_alsid.py (the test template). No table holds Alsid",
		why:    "the PRI 166 (local4.info) is the level: the quoted `critical`, `high` and `medium` are the deviance's criticity, no level; the header's time and host are the record's; the DNs and domains in the fields are objects",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "tad-01", `<166>Nov 29 07:41:16 tad-01 AlsidForAD[4]: "0" "1" "CORP" "corp.example.org" "C-DANG-PRIMGROUPID" "critical" "CN=svc-backup,OU=Service Accounts,DC=corp,DC=example,DC=org" "41207" "2" "R-DANG-PRIMGROUPID" "1727453" "AccountCn"="svc-backup" "PrimaryGroupId"="512" "GroupCn"="Domain Admins" "DomainName"="corp.example.org" "ObjectType"="User" "ObjectTypePrimaryGroupId"="513"`),
			we("2026-11-29T07:41:44Z", Info, "tad-01", `<166>Nov 29 07:41:44 tad-01 AlsidForAD[4]: "0" "1" "CORP" "corp.example.org" "C-PASSWORD-NOT-REQUIRED" "high" "CN=kiosk-07,OU=Kiosks,DC=corp,DC=example,DC=org" "41208" "2" "R-PASSWORD-NOT-REQUIRED" "1727460" "AccountCn"="kiosk-07" "DomainName"="corp.example.org" "ObjectType"="User"`),
			we("2026-11-29T07:42:10Z", Info, "tad-01", `<166>Nov 29 07:42:10 tad-01 AlsidForAD[4]: "0" "1" "CORP" "corp.example.org" "C-KRBTGT-PASSWORD" "medium" "CN=krbtgt,CN=Users,DC=corp,DC=example,DC=org" "41209" "2" "R-KRBTGT-PASSWORD-AGE" "1727471" "AccountCn"="krbtgt" "PasswordAge"="412 days" "DomainName"="corp.example.org" "ObjectType"="User"`),
		},
	},
	{
		name:   "commvault-audittrail-headerless",
		source: "Commvault CommServe's audit trail sent to syslog with no header at all (`AuditTrail: Opid = {n} Audittime = {dd Mon yyyy HH:mm:ss} Severitylevel = {…} Operation = {…} Details = {…}`, the values in braces, the details with bracketed names): splunk/splunk-connect-for-syslog tests/test_commvault_audit.py (the test sends the line bare). Commvault's cvd.log and JobManager.log are an earlier table's; its syslog audit trail is in none",
		why:    "no PRI, no header: the record's time is Audittime's day-month-year clock, read as UTC; Severitylevel High, Medium or Low is the audit entry's importance, no level; a user or address in the details is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `AuditTrail: Opid = {119276} Audittime = {29 Nov 2026 07:41:16} Severitylevel = {High} Operation = {User account locked} Details = { Login attempts for user [CORP\backup-ops] exceeded limit. Account is locked for [5minute(s)]}`),
			we("2026-11-29T07:42:30Z", Unknown, "", `AuditTrail: Opid = {119277} Audittime = {29 Nov 2026 07:42:30} Severitylevel = {Low} Operation = {Login} Details = { User [CORP\anna] logged in from [10.20.0.7] using [CommCell Console]}`),
			we("2026-11-29T07:44:02Z", Unknown, "", `AuditTrail: Opid = {119278} Audittime = {29 Nov 2026 07:44:02} Severitylevel = {Medium} Operation = {Storage policy modified} Details = { Storage policy [SP-Gold-30d] retention changed from [30] days to [14] days by [CORP\anna]}`),
		},
	},
	{
		name:   "jboss-logmanager-nil-host-rsyslog-file",
		source: "WildFly's syslog-handler (jboss-logmanager's SyslogHandler in RFC 3164 mode with no hostname set: `<PRI>Mmm dd HH:mm:ss - app[pid]: msg`, a NILVALUE dash for the host) as a central rsyslog stores it in RSYSLOG_TraditionalFileFormat: rsyslog puts the sender's resolved name in front and keeps the dash, so the line reads `Mmm dd HH:mm:ss host - app[pid]: msg`, `localhost` for a local netcat test: rsyslog/rsyslog issue #99 (the pasted input and stored line); WildFly's message ids from memory. The dash for the host on the wire is an earlier table's; rsyslog's stored line with the host before the dash is in none",
		why:    "the name rsyslog resolved and wrote before the dash is the host, `localhost` as written; the dash is the sender's NILVALUE kept where the tag goes and the real tag follows it; the file writes no PRI and WildFly's messages no level word, so no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "app-07", "Nov 29 07:41:16 app-07 - wildfly[4120]: WFLYSRV0025: WildFly Full 26.1.3.Final (WildFly Core 18.1.3.Final) started in 9120ms - Started 712 of 938 services"),
			we("2026-11-29T07:41:19Z", Unknown, "app-07", "Nov 29 07:41:19 app-07 - wildfly[4120]: WFLYUT0021: Registered web context: '/shop' for server 'default-server'"),
			we("2026-11-29T07:41:23Z", Unknown, "app-08", `Nov 29 07:41:23 app-08 - wildfly[2210]: WFLYCTL0013: Operation ("deploy") failed - address: ([("deployment" => "billing.war")])`),
			we("2026-11-29T07:41:30Z", Unknown, "localhost", "Nov 29 07:41:30 localhost - shop-batch: nightly export started"),
		},
	},

	// Libraries and shippers that write syslog.
	{
		name:   "qpylib-sysloghandler-asctime-no-host",
		source: "IBM QRadar apps logging through qpylib's SysLogHandler with its console format as the syslog formatter (`<PRI>%(asctime)s %(module)s.%(funcName)s: %(message)s`: the PRI glued to Python's `yyyy-MM-dd HH:mm:ss,SSS`, no host, the module and function as the tag): IBM/qpylib issue #30 (the emitted record quoted) and PR #37; the app's lines written for this table. Python's SysLogHandler with only a PRI before the message is an earlier table's; the asctime behind the PRI is in none",
		why:    "Python's asctime after the PRI is the record's time, read as UTC (the app container's clock); the PRI is the level (user: 14 info, 15 debug, 12 warning, 11 error); there is no host field, and `views.offense_summary` is a module and function",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "<14>2026-11-29 07:41:16,204 app.on_startup: Loading configuration from /opt/app-root/store/config.json"),
			we("2026-11-29T07:41:16.311Z", Debug, "", "<15>2026-11-29 07:41:16,311 qpylib.get_console_address: Console address is 10.20.0.50"),
			we("2026-11-29T07:41:19.877Z", Warn, "", "<12>2026-11-29 07:41:19,877 app.refresh_token: SEC token expires in 412 seconds"),
			we("2026-11-29T07:41:22.04Z", Error, "", "<11>2026-11-29 07:41:22,040 views.offense_summary: QRadar API returned 503 for /api/siem/offenses?filter=status%3DOPEN"),
		},
	},
	{
		name:   "elixir-logger-syslog-backend-pid-tag",
		source: "an Elixir app logging through smpallen99/syslog's Logger backend over UDP to the local rsyslog (the backend writes `<PRI>Mmm dd HH:mm:ss appid<erlang pid>: formatted`, no host, the Erlang pid of the backend glued to the appid; rsyslog, finding no valid host, puts `localhost` and stores it in the traditional file with newlines as #012): smpallen99/syslog issue #22 (the stored line with `localhost elixir<0.335.0>:` and #012) and lib/syslog.ex and lib/utils.ex; the Logger format `$date $time $metadata[$level] : $message` as the issue shows it. ex_syslogger through the local syslog is an earlier table's; this backend's Erlang-pid tag is in none",
		why:    "the header's clock and Logger's own millisecond time are either accepted; the stored file has no PRI, so Logger's bracketed level is the level; `localhost` is the host as written; the #012 continuation is part of the one record; `<0.335.0>` and `#PID<…>` are Erlang processes",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.42Z", Info, "localhost", "Nov 29 07:41:16 localhost elixir<0.335.0>: 2026-11-29 07:41:16.420 module=supervisor pid=<0.418.0> [info] : Child Shop.Repo of Supervisor Shop.Supervisor started#012Pid: #PID<0.422.0>#012Start Call: Shop.Repo.start_link([])"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.871Z", Debug, "localhost", "Nov 29 07:41:16 localhost elixir<0.335.0>: 2026-11-29 07:41:16.871 module=Ecto.Adapters.SQL pid=<0.440.0> [debug] : QUERY OK source=\"orders\" db=1.2ms idle=402.1ms"),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.007Z", Warn, "localhost", "Nov 29 07:41:18 localhost elixir<0.335.0>: 2026-11-29 07:41:18.007 module=Shop.Mailer pid=<0.981.0> [warn] : SMTP relay mail.example.org refused connection, retrying in 5000 ms"),
			we("2026-11-29T07:41:23Z|2026-11-29T07:41:23.552Z", Error, "localhost", "Nov 29 07:41:23 localhost elixir<0.335.0>: 2026-11-29 07:41:23.552 module=gen_server pid=<0.981.0> [error] : GenServer Shop.Mailer terminating#012** (RuntimeError) smtp relay unreachable#012    (shop 0.9.2) lib/shop/mailer.ex:41: Shop.Mailer.handle_info/2#012Last message: :retry"),
		},
	},
	{
		name:   "uwsgi-rsyslog-logger-plugin",
		source: "uWSGI's rsyslog logger plugin (`--logger rsyslog:host:port[,id]`) on the wire: `<29>Mmm dd HH:mm:ss DATA: msg` with PRI 29 whatever the line says, ctime's clock, and DATA `hostname uwsgi` by default or only the id when one is given (then no host); every line uWSGI writes is a datagram of its own: unbit/uwsgi issue #1361 (`<29>Sep  6 15:05:54 uwsgi1234:…`, the host dropped when an id is given) and plugins/rsyslog/rsyslog_plugin.c. uWSGI's own log files are earlier tables'; its rsyslog plugin's datagrams are in none",
		why:    "the PRI 29 (daemon.notice) is every record's level, a traceback line's too; the default DATA puts the host before `uwsgi:`, an id alone leaves no host; the request line's ctime in brackets is the same second as the header; each traceback line has its own header and is a record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "web-03", "<29>Nov 29 07:41:16 web-03 uwsgi: *** Starting uWSGI 2.0.28 (64bit) on [Sun Nov 29 07:41:16 2026] ***"),
			we("2026-11-29T07:41:16Z", Notice, "web-03", "<29>Nov 29 07:41:16 web-03 uwsgi: spawned uWSGI worker 1 (pid: 4121, cores: 1)"),
			we("2026-11-29T07:41:18Z", Notice, "web-03", "<29>Nov 29 07:41:18 web-03 uwsgi: [pid: 4121|app: 0|req: 1/1] 10.20.0.7 () {34 vars in 512 bytes} [Sun Nov 29 07:41:18 2026] GET /healthz => generated 2 bytes in 1 msecs (HTTP/1.1 200) 2 headers in 79 bytes (1 switches on core 0)"),
			we("2026-11-29T07:41:19Z", Notice, "", "<29>Nov 29 07:41:19 shopapi: *** Starting uWSGI 2.0.28 (64bit) on [Sun Nov 29 07:41:19 2026] ***"),
			we("2026-11-29T07:41:20Z", Notice, "", "<29>Nov 29 07:41:20 shopapi: Traceback (most recent call last):"),
			we("2026-11-29T07:41:20Z", Notice, "", `<29>Nov 29 07:41:20 shopapi:   File "/srv/shop/app.py", line 41, in application`),
			we("2026-11-29T07:41:20Z", Notice, "", "<29>Nov 29 07:41:20 shopapi: KeyError: 'HTTP_X_TENANT'"),
		},
	},
	{
		name:   "gunicorn-syslog-wire-nul",
		source: "Gunicorn's --log-syslog on the wire (glogging's SysLogHandler over UDP: `<PRI>gunicorn.<proc_name>.error: [pid] msg` and `.access: [pid] access-line`, no time and no host, each datagram ending in a NUL), as a listener shows the datagrams: benoitc/gunicorn issue #3310 (Fluentd rejecting the pasted datagram) and PR #3743; the PRIs from Gunicorn's level map (info 14, warning 12, critical 10). Gunicorn's lines stored by rsyslog with its header in front are an earlier table's; the raw datagrams are in none",
		why:    "the PRI is the level; the access line's CLF time with its offset is its time, converted to UTC, the error log's lines have none; the dotted tag is a logger name, no host; the trailing NUL ends the datagram",
		entries: []worldEntry{
			we("", Info, "", "<14>gunicorn.shop.wsgi.application.error: [30] Booting worker with pid: 30\x00"),
			we("2026-11-29T07:41:16Z", Info, "", "<14>gunicorn.shop.wsgi.application.access: [30] 10.0.0.2 - anna [29/Nov/2026:10:41:16 +0300] \"POST /api/orders/ HTTP/1.0\" 201 292 \"-\" \"Mozilla/5.0\"\x00"),
			we("", Critical, "", "<10>gunicorn.shop.wsgi.application.error: [22] WORKER TIMEOUT (pid:30)\x00"),
			we("", Warn, "", "<12>gunicorn.shop.wsgi.application.error: [22] Worker with pid 30 was terminated due to signal 9\x00"),
			we("2026-11-29T07:41:49Z", Info, "", "<14>gunicorn.shop.wsgi.application.access: [31] 10.0.0.2 - anna [29/Nov/2026:10:41:49 +0300] \"GET /api/orders/41207/ HTTP/1.0\" 200 812 \"-\" \"Mozilla/5.0\"\x00"),
		},
	},
	{
		name:   "journalpump-rsyslog-rfc5424-escaped-newlines",
		source: "Aiven's journalpump forwarding the journal to an rsyslog server in its default RFC 5424 mode (`<PRI>1 yyyy-MM-ddTHH:mm:ss.ffffffZ host app pid - msg`: the journal's PRIORITY and SYSLOG_FACILITY as PRI, the time cut to microseconds with a Z, `-` for a missing pid, and no STRUCTURED-DATA field at all when none is configured) with escape_newlines on, a multi-line MESSAGE written with literal `\\n`: Aiven-Open/journalpump journalpump/rsyslog.py and senders/rsyslog.py, and PR #198 (escape_newlines). No table holds journalpump",
		why:    "the message follows MSGID directly with no SD field; the microsecond Z time is the record's; the PRI is the level, a kernel line's PRI 4 included; the literal `\\n` sequences keep a traceback in one line and one record; the host field is the machine",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "db-03", "<30>1 2026-11-29T07:41:16.204118Z db-03 systemd 1 - Started pghoard.service - PostgreSQL backup daemon."),
			we("2026-11-29T07:41:18.55109Z", Error, "db-03", `<27>1 2026-11-29T07:41:18.551090Z db-03 pghoard 4120 - Exception in upload thread\nTraceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/pghoard/transfer.py", line 212, in run\n    self.upload(site, key)\nOSError: [Errno 28] No space left on device`),
			we("2026-11-29T07:41:19.002117Z", Warn, "db-03", "<4>1 2026-11-29T07:41:19.002117Z db-03 kernel - - nvme0n1: I/O 41 QID 7 timeout, aborting"),
			we("2026-11-29T07:41:21.870412Z", Info, "db-03", "<30>1 2026-11-29T07:41:21.870412Z db-03 postgres 4131 - checkpoint complete: wrote 4120 buffers (3.1%); 0 WAL file(s) added, 0 removed, 2 recycled"),
		},
	},
	{
		name:   "pks-fluent-bit-out-syslog-octet-k8s-appname",
		source: "Pivotal's fluent-bit-out-syslog plugin (PKS sinks) sending Kubernetes container logs in RFC 5424 with octet counting (`LEN <PRI>1 time+00:00 vm-id app - - [kubernetes@47450 namespace_name=… object_name=… container_name=…] msg`: the BOSH VM's id as HOSTNAME, `namespace/pod/name/container` or `namespace/owner` as APP-NAME, PRI 14 for stdout and 11 for stderr; older releases with `- - -` and the container's own leading blanks): pivotal-cf/fluent-bit-out-syslog issues #19 (Fluentd rejecting the framed line, `default/pod/…/wildfly - - -   JBoss …`) and #21 (the kubernetes@47450 element). Cloud Foundry's drains are an earlier table's; the PKS sink's shape is in none",
		why:    "the octet count and the PRI open each record; the microsecond time with +00:00 is the record's, WildFly's own bare clock the same moment; the PRI is the level; the VM id in the host field is the machine the plugin ran on; the slashes belong to the APP-NAME",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.493606Z", Info, "4f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1", "159 <14>1 2026-11-29T07:41:16.493606+00:00 4f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1 shop/pod/orders-api-6c8f9d7b54-q2lzk/orders-api - - -   JBoss Bootstrap Environment"),
			we("2026-11-29T07:41:17.004512Z|2026-11-29T07:41:17.004Z", Info, "4f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1", `333 <14>1 2026-11-29T07:41:17.004512+00:00 4f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1 shop/orders-api-6c8f9d7b54 - - [kubernetes@47450 namespace_name="shop" object_name="orders-api-6c8f9d7b54-q2lzk" container_name="orders-api"] 07:41:17,004 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0025: WildFly Full 26.1.3.Final started in 9120ms`),
			we("2026-11-29T07:41:19.871203Z", Error, "0b6d4120-7ab1-4c2d-9e3f-4f1c2a7e9b3d", `319 <11>1 2026-11-29T07:41:19.871203+00:00 0b6d4120-7ab1-4c2d-9e3f-4f1c2a7e9b3d kube-system/tcp-route-registrar-7f9c6d5b8 - - [kubernetes@47450 namespace_name="kube-system" object_name="tcp-route-registrar-7f9c6d5b8-x4k2m" container_name="tcp-route-registrar"] failed to register route 10.200.4.17:30412: connection refused`),
			we("2026-11-29T07:41:20.118044Z", Info, "0b6d4120-7ab1-4c2d-9e3f-4f1c2a7e9b3d", `273 <14>1 2026-11-29T07:41:20.118044+00:00 0b6d4120-7ab1-4c2d-9e3f-4f1c2a7e9b3d kube-system/tcp-route-registrar-7f9c6d5b8 - - [kubernetes@47450 namespace_name="kube-system" object_name="tcp-route-registrar-7f9c6d5b8-x4k2m" container_name="tcp-route-registrar"] registered route`),
		},
	},
	{
		name:   "deckhouse-log-shipper-vrl-rfc5424-bom",
		source: "Deckhouse's log-shipper module building RFC 5424 for an rsyslog destination in VRL (`<PRI>1 time pod app - msgid - BOM message`: PRI user plus a severity that defaults to 6, Vector's nanosecond timestamp, the pod name as HOSTNAME, the app label as APP-NAME, `-` for PROCID and SD, a BOM before the message or before the whole event as JSON when it has no message): deckhouse/deckhouse modules/460-log-shipper/hooks/internal/vrl/syslog.go (the VRL rule); the events written for this table. No table holds Deckhouse's syslog encoding",
		why:    "the nanosecond Z time is the record's; the PRI is the level (14 unless a severity was set, 11 for an error); the pod name in the host field is the machine that logged; the BOM is the start of the message, JSON or text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118331Z", Info, "orders-api-6c8f9d7b54-q2lzk", "<14>1 2026-11-29T07:41:16.204118331Z orders-api-6c8f9d7b54-q2lzk orders-api - - - \ufeffGET /api/orders 200 12ms"),
			we("2026-11-29T07:41:17.412003Z", Info, "orders-api-6c8f9d7b54-q2lzk", "<14>1 2026-11-29T07:41:17.412003Z orders-api-6c8f9d7b54-q2lzk orders-api - - - \ufeff{\"level\":\"info\",\"msg\":\"order stored\",\"order\":41207}"),
			we("2026-11-29T07:41:19.000000412Z", Error, "billing-worker-5d7f8c9b6-m4x2z", "<11>1 2026-11-29T07:41:19.000000412Z billing-worker-5d7f8c9b6-m4x2z billing - BILLING - \ufeffcharge 41208 failed: upstream 503"),
			we("2026-11-29T07:41:21.5Z", Info, "node-worker-03", "<14>1 2026-11-29T07:41:21.500Z node-worker-03 - - - - \ufeff{\"file\":\"/var/log/kube-audit/audit.log\",\"node\":\"node-worker-03\",\"stream\":\"stdout\",\"timestamp\":\"2026-11-29T07:41:21.500Z\"}"),
		},
	},

	// rsyslog's testbench and templates.
	{
		name:   "rsyslog-imptcp-framing-regex-newmsg",
		gap:    "behind the template's `NEWMSG: ` prefix the raw message's PRI and host are not read, so no record has a level or a host (its time and its continuation lines are read)",
		source: "rsyslog's imptcp with `framing.delimiter.regex` (a new message only where a line starts with `<NN>Mmm`, so lines between belong to the message, empty and blank-led ones included) and $EscapeControlCharactersOnReceive off, written with the test's `NEWMSG: %rawmsg%` template: rsyslog tests/imptcp_framing_regex.sh and its testsuites/imptcp_framing_regex.testdata (an XML-ish `<test/>` line, a message spread over blank-led lines and an empty one). No table holds the regex framing's output",
		why:    "each NEWMSG line opens a record that runs to the next, its continuation lines (an XML element opening with `<`, a traceback, blank-led fragments and an empty line) part of it; the raw message's BSD time is the record's; the PRI is the level; the address in the host field is the sender",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.20.0.8", "NEWMSG: <14>Nov 29 07:41:16 10.20.0.8 shopd order 41207 stored"),
			we("2026-11-29T07:41:16Z", Info, "10.20.0.8", "NEWMSG: <14>Nov 29 07:41:16 10.20.0.8 shopd export manifest", `<manifest id="41207"/>`),
			we("2026-11-29T07:41:17Z", Error, "10.20.0.8",
				"NEWMSG: <11>Nov 29 07:41:17 10.20.0.8 shopd payment failed for order 41208",
				"Traceback (most recent call last):",
				`  File "/srv/shop/pay.py", line 41, in capture`,
				"    raise GatewayError(resp.status)",
				"GatewayError: 503"),
			we("2026-11-29T07:41:18Z", Warn, "10.20.0.8", "NEWMSG: <12>Nov 29 07:41:18 10.20.0.8 shopd slow query", " took", " 4120", "", " ms"),
			we("2026-11-29T07:41:19Z", Info, "10.20.0.8", "NEWMSG: <14>Nov 29 07:41:19 10.20.0.8 shopd order 41209 stored"),
		},
	},
	{
		name:   "rsyslog-pmsnare-cccstyle-csv-template",
		gap:    "the comma template's severity column is not read as the level (only the IOS XE line gets Info, from its mnemonic), the NetScaler's and IOS XE's own host names inside the message are not read, and the untimed ASA, hostd and cron lines are joined to the IOS XE line before them",
		source: "the output of rsyslog's pmsnare test with C-style control-character escaping (parser.escapeControlCharactersCStyle on, so a tab is written `\\t`), template `%PRI%,%syslogfacility-text%,%syslogseverity-text%,%programname%,%syslogtag%,%msg%`, fed a NetScaler line with its own header after the PRI, an IOS XE line with counter and origin, an ASA line, an ESXi hostd line, a cron line and Snare events: rsyslog tests/pmsnare-cccstyle.sh (the inputs and the expected file); the lines written for this table in those shapes. rsyslog's testbench `tag: …, pri: …` template is an earlier table's; this comma template and the C-style escapes are in none",
		why:    "the template writes no time and no host: a time or host is the record's only where the message still holds the device's own header (the NetScaler's date and name, IOS XE's origin and clock); the severity column is the level of every line, whatever a mnemonic or a word inside says; the `\\t` escapes are part of the one line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ns-dmz-01", `14,user,info,,, 11/29/2026:07:41:16 GMT ns-dmz-01 0-PPE-0 : default SSLLOG SSL_HANDSHAKE_SUCCESS 41207 0 :  SPCBId 412077 - ClientIP 10.20.0.7 - ClientPort 51544 - VserverServiceIP 10.20.1.10 - VserverServicePort 443 - ClientVersion TLSv1.2 - CipherSuite "AES-256-GCM-SHA384 TLSv1.2 Non-Export 256-bit" - Session New`),
			we("2026-11-29T07:41:17.123Z", Info, "cat9k-core", `14,user,info,41207,41207:, cat9k-core: Nov 29 07:41:17.123 gmt: %IOSXE-6-PLATFORM: F0: cpp_cp: QFP:0.0 Thread:105 TS:00000000000000 %NAT-6-LOG_TRANSLATION: Created Translation UDP 10.20.0.11:44593 198.51.100.20:21129 10.20.0.53:53 10.20.0.53:53 0`),
			we("", Info, "", `14,user,info,%ASA-4-106023,%ASA-4-106023:, Deny udp src outside:198.51.100.23/514 dst dmz:10.30.0.8/514 by access-group "outside_in" [0x0, 0x0]`),
			we("", Info, "", `14,user,info,Hostd,Hostd:, verbose hostd[4120B70] [Originator@6876 sub=Hostsvc.StorageSystem] SendStorageInfoEvent: Notify: StorageSystemMsg{HBAs=[vmhba0, vmhba1, vmhba64, ]};`),
			we("", Info, "", `14,user,info,CROND,CROND[12393]:, pam_unix(crond:session): session closed for user root`),
			we("2026-11-29T07:41:20.123Z", Info, "", `14,user,info,MSWinEventLog,MSWinEventLog, 1\tSecurity\t00884120\tSun Nov 29 07:41:20.123\t4624\tMicrosoft-Windows-Security-Auditing\tN/A\tN/A\tSuccess Audit\tdc01.corp.example.org\tLogon\t\tAn account was successfully logged on.    Subject:   Security ID:  S-1-5-18   Account Name:  anna   Logon Type:   3`),
		},
	},
}

func TestFresh165Formats(t *testing.T) { assertTable(t, fresh165Cases) }

func TestFresh165Score(t *testing.T) {
	checkScore(t, "fresh165 formats", fresh165Cases, [worldNumFields]float64{92.8, 98.0, 85.2, 97.3})
}
