package parse

import "testing"

// The four-hundred-and-forty-first fresh table, written on 2026-12-06: network appliances at a
// collector, a third further pass after fresh400 and fresh405: UPSes, storage arrays, a wireless
// controller, firewalls, a VPN gateway, a load balancer and a router whose syslog lands on a
// central rsyslog, syslog-ng, Fluentd, Vector or Telegraf, or in a SIEM's raw store, in pairings
// of a product's wire format and a collector's output no earlier table holds. Each family is one
// product's line in one collector's layout: an Eaton Network-M2 card's RFC 5424 syslog turned into
// InfluxDB line protocol by Telegraf's syslog input (the card's name in the hostname tag, the
// collector's in host); an APC Network Management Card's syslog in Fluentd's out_file (time, a
// tag ending in facility.priority, a JSON record); an ArubaOS 8 controller's stm, authmgr and wms
// lines in Vector's console JSON; an untimed Cisco ASA read by rsyslog and written with the
// omelasticsearch documentation's plain-syslog JSON template; a Pure Storage FlashArray's
// purity.audit and purity.test lines (`Message ID: … UTC Time: … Array Name: …`) in rsyslog's
// traditional file; strongSwan's charon under RSYSLOG_SyslogProtocol23Format (the double space
// before the message); BIG-IP's level word read by syslog-ng as the program and written by its
// `${ISODATE} ${HOST} ${MSGHDR}${MSG}` template (`warning: tmm1[…]:`); an IBM SAN Volume Controller's
// `IBM2145 #NotificationType=…` notification under RSYSLOG_FileFormat; a Junos router's lines in
// Wazuh's archives.log as remote syslog (`manager->address` before the device's own BSD line).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`apc`, `powerchute`, `On battery`, `eaton`, `network-m2`, `cyberpower`, `powerpanel`,
// `tripp`, `poweralert`, `liebert`, `vertiv`, `NotificationType`, `storwize`, `flashsystem`,
// `IBM2145`, `IBM2145 #`, `purity`, `flasharray`, `purity.audit: [`, `purity.test`, `Array Name:`,
// `UTC Time:`, `nimble`, `alletra`, `3par`, `storagegrid`, `powervault`, `powerstore`, `santricity`,
// `CELFSS`, `eternus`, `SDS Block`, `hitachi vsp`, `wazuh`, `archives.log`, `wazuh-mgr->`,
// `qradar`, `arcsight`, `aerohive`, `cambium`, `smartzone`, `fortiswitch`, `fortiap`, `openwrt`,
// `clearpass`, `avi networks`, `apmd`, `01490500`, `warning: tmm`, `err: tmm`, `notice: mcpd`,
// `tmm1[`, `stm[`, `"appname":"stm"`, `"appname":"wms"`, `"tag":"%ASA`, `charon`,
// `charon 2211 - -`, `- -  14[IKE]`, `BGP_PREFIX_THRESH`, `/kernel: KERN_ARP`, `UI_COMMIT`,
// `telegraf`, `facility_code`, `severity_code`, `syslog,appname`, `appname=filterlog`, `tg-col2`,
// `in_syslog`, `out_file`, `ups.user`, `.user.crit`, `syslog.local`, `"ident":`,
// `"source_type":"syslog"`, `"syslog-tag"`, `"sysloghost"`, `rawmsg`, `fromhost-ip`, `"procid"`,
// `"appname"`, `json_lines`, `"@version":"1"`, `timegenerated`, `"programname"`, `pri-text`,
// `local7.info `, `${LEVEL}`, `msghdr`, `$PROGRAM`, `papertrail`, `generated_at`, `rubydebug`,
// `SyslogMessage`, `nxlog`, `snare`, `fluent-bit`, `logstash`, `loki`, `vector`).
// Telegraf's line protocol is in fresh57 with pfSense's filterlog; with an Eaton card (no app name,
// so no appname tag) in none. Eaton's Network-M2 is in fresh103 (RFC 5424 as received) and fresh174
// (syslog-ng's ISO template). APC's NMC is in fresh12, fresh42 and fresh174; in Fluentd's out_file
// in none (Fluentd's out_file is in fresh124, fresh172 and others with other programs). ArubaOS's
// stm lines are in fresh3, fresh54 and others as received; in Vector's JSON in none. The ASA is in
// world_test.go, fresh133 and fresh419; untimed inside rsyslog's JSON template in none. Pure
// Storage is in fresh61 (purity.alert with an invented body); the `Message ID … UTC Time … Array
// Name` body in none. strongSwan is in fresh162, fresh173, fresh200 and fresh419; under rsyslog's
// RFC 5424 template in none. BIG-IP's level word read as PROGRAM is in fresh405 (syslog-ng's JSON);
// under the MSGHDR template in none. The IBM2145 notification is in fresh103 with its PRI; under
// rsyslog's ISO file format in none. Wazuh's archives.log is in fresh66, fresh145, fresh349,
// fresh363 and fresh398 with agents' files; a router's remote syslog in none. Left out as measured
// already: the Vector logfmt and Telegraf filterlog pairings of fresh57, Papertrail's and
// Sentinel's exports, Kiwi's tab file, rsyslog's DebugFormat and jsonmesg, syslog-ng's format-json.
// The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Telegraf's timestamp= field (the device's time, epoch nanoseconds) and the
// line protocol's trailing epoch (the receipt) are both the record's, either accepted; Fluentd's
// time, rsyslog's and syslog-ng's ISO times carry their offset (+01:00, +03:00) and are converted;
// Vector's timestamp key and the JSON template's @timestamp are the record's; Pure's `UTC Time:` is
// the header's second; Wazuh's own stamp and the device's BSD header are both accepted; BSD headers
// have no year (2026) and no zone (UTC). Levels only where the line marks one: Telegraf's
// severity= tag, the priority at the end of Fluentd's tag (crit, warn, info), Vector's severity key
// and the JSON template's (the ASA's digit and Aruba's `<NOTI>` agree), purity.test's INFO,
// charon's PRI, BIG-IP's level word (here where syslog-ng put the program), the IBM notification's
// #NotificationType; purity.audit's lines and Junos's BSD lines in Wazuh carry none. The host is the
// record's host field: the device's name where a collector keeps both (Telegraf's hostname tag, not
// its host tag, which is the collector; Vector's hostname key, not host, the peer's address;
// the device's BSD host inside Wazuh's line, not the manager); Fluentd's host key, the JSON
// template's host, rsyslog's and syslog-ng's host column. A client, peer or Array Name in the
// message is none.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 52ed03a before any rule for it: level 77.8 %, time 88.9 %, host 55.6 %, records 100.0 %.
// That is the macro figure (micro: level 80.0 %, time 88.6 %, host 57.1 %, records 100.0 %), in a
// worktree at 52ed03a with no change to trawl's code (only this file and table_test.go's list), 5 of
// 9 families fully right (APC's NMC in Fluentd's out_file, the untimed ASA in rsyslog's JSON
// template, Pure's purity.audit lines, charon under RSYSLOG_SyslogProtocol23Format, BIG-IP's level
// word behind syslog-ng's MSGHDR); the gaps are Telegraf's line protocol (no level, time or host),
// Vector's host key taken over its hostname key, the IBM notification's host and level under
// RSYSLOG_FileFormat, and the Wazuh manager taken for the router's host in archives.log.

var fresh441Cases = []worldCase{
	{
		name:   "eaton-network-m2-telegraf-line-protocol",
		source: "an Eaton Network-M2 card's RFC 5424 syslog (`<PRI>1 time host - - - - msg`, no app name) received by Telegraf's inputs.syslog and written by outputs.file as InfluxDB line protocol (measurement syslog; tags facility, host (Telegraf's own), hostname, severity, source; fields facility_code, message, severity_code, timestamp in ns, version; the receipt time last; nil parts left out): influxdata/telegraf PR #4181 and issues #12079, #7291; the card's messages as in the earlier eaton-network-m2 families; the field set from memory of the plugin's README",
		why:    "the level is the severity= tag; the device's name is the hostname= tag and host= is the collector; two epochs in nanoseconds, the device's and the receipt's; no appname or procid for a card that sends none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.521Z|2026-11-29T07:41:16.52431Z", Warn, "nm2-ups7", `syslog,facility=user,host=tg-col2,hostname=nm2-ups7,severity=warning,source=10.40.3.17 facility_code=1i,message="UPS on battery: utility failure",severity_code=4i,timestamp=1795938076521000000i,version=1i 1795938076524310000`),
			we("2026-11-29T07:42:01.033Z|2026-11-29T07:42:01.035902Z", Notice, "nm2-ups7", `syslog,facility=user,host=tg-col2,hostname=nm2-ups7,severity=notice,source=10.40.3.17 facility_code=1i,message="UPS on utility: utility restored",severity_code=5i,timestamp=1795938121033000000i,version=1i 1795938121035902000`),
			we("2026-11-29T07:46:40.207Z|2026-11-29T07:46:40.210448Z", Info, "nm2-ups7", `syslog,facility=user,host=tg-col2,hostname=nm2-ups7,severity=info,source=10.40.3.17 facility_code=1i,message="Battery test passed",severity_code=6i,timestamp=1795938400207000000i,version=1i 1795938400210448000`),
			we("2026-11-29T07:58:12.880Z|2026-11-29T07:58:12.884071Z", Error, "nm2-ups7", `syslog,facility=user,host=tg-col2,hostname=nm2-ups7,severity=err,source=10.40.3.17 facility_code=1i,message="Battery fault: battery test failed, replace battery",severity_code=3i,timestamp=1795939092880000000i,version=1i 1795939092884071000`),
		},
	},
	{
		name:   "apc-nmc-fluentd-out-file",
		source: "an APC Network Management Card's syslog (`UPS: … 0x0109`, `System: … 0x0006`, facility user) received by Fluentd's in_syslog with tag ups (which appends .facility.priority to the tag and parses host, ident and message) and written by out_file in its default format (time with the collector's offset, a tab, the tag, a tab, the record as JSON): fluent/fluentd PR #1351 and fluent/fluentd-docs-gitbook PR #453 (the facility and priority in the tag); the NMC's messages as in fresh42's apc-nmc family; out_file's layout from memory",
		why:    "the level is the last word of the tag (crit, warn, info); the time carries +01:00; the host is the record's host key; `UPS` and `System` are the ident, not hosts; the 0x code is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Critical, "ups-row3", "2026-11-29T08:41:16+01:00\tups.user.crit\t"+`{"host":"ups-row3","ident":"UPS","message":"On battery power in response to an input power problem. 0x0109"}`),
			we("2026-11-29T07:41:47Z", Info, "ups-row3", "2026-11-29T08:41:47+01:00\tups.user.info\t"+`{"host":"ups-row3","ident":"UPS","message":"No longer on battery power. 0x010A"}`),
			we("2026-11-29T07:44:02Z", Warn, "ups-row3", "2026-11-29T08:44:02+01:00\tups.user.warn\t"+`{"host":"ups-row3","ident":"System","message":"Detected an unauthorized user attempting to access the Web interface from 10.40.2.77. 0x0006"}`),
			we("2026-11-29T07:50:10Z", Info, "ups-row3", "2026-11-29T08:50:10+01:00\tups.user.info\t"+`{"host":"ups-row3","ident":"UPS","message":"Self-Test passed. 0x0105"}`),
		},
	},
	{
		name:   "arubaos-controller-vector-console-json",
		source: "an ArubaOS 8 mobility controller's syslog (`Mmm dd HH:mm:ss yyyy host proc[pid]: <msgid> <pid> <NOTI> <host addr>  msg`) received by Vector's syslog source and printed by its console sink as JSON (keys sorted: appname, facility, host = the peer's address, hostname = the header's, message, procid, severity, source_ip, source_type, timestamp): vectordotdev/vector issues #17253 and #18371 (the console JSON of the syslog source); the ArubaOS message layout as in fresh3 and fresh54 (from memory)",
		why:    "the level is the severity key (Aruba's <NOTI>, <WARN>, <ERRS> inside agree); the controller's name is hostname and host is its address; the message ids and pids in angle brackets are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "mc-7210-1", `{"appname":"stm","facility":"local1","host":"10.20.0.5","hostname":"mc-7210-1","message":"<501106> <4012> <NOTI> <mc-7210-1 10.20.0.5>  Deauth to sta: 3c:22:fb:41:0e:9a: Ageout AP 10.20.8.41-ac:a3:1e:c4:5b:20-ap315-lib2 handle_sapcp","procid":4012,"severity":"notice","source_ip":"10.20.0.5","source_type":"syslog","timestamp":"2026-11-29T07:41:16Z"}`),
			we("2026-11-29T07:41:18Z", Notice, "mc-7210-1", `{"appname":"authmgr","facility":"local1","host":"10.20.0.5","hostname":"mc-7210-1","message":"<522008> <4471> <NOTI> <mc-7210-1 10.20.0.5>  User Authentication Successful: username=kgarcia MAC=3c:22:fb:41:0e:9a IP=10.21.40.118 role=employee VLAN=140 AP=ap315-lib2 SSID=corp-sec AAA profile=corp-sec_aaa_prof auth method=802.1x auth server=npsrv2","procid":4471,"severity":"notice","source_ip":"10.20.0.5","source_type":"syslog","timestamp":"2026-11-29T07:41:18Z"}`),
			we("2026-11-29T07:41:31Z", Warn, "mc-7210-1", `{"appname":"wms","facility":"local1","host":"10.20.0.5","hostname":"mc-7210-1","message":"<126005> <5120> <WARN> <mc-7210-1 10.20.0.5>  |ids| Interfering AP: The system classified an access point (BSSID 9c:1c:12:7f:aa:41 and SSID guest-free on CHANNEL 44) as interfering. Additional Info: Detector-AP-Name:ap315-lib2; Detector-AP-MAC:ac:a3:1e:c4:5b:20; Detector-AP-Radio:1.","procid":5120,"severity":"warning","source_ip":"10.20.0.5","source_type":"syslog","timestamp":"2026-11-29T07:41:31Z"}`),
			we("2026-11-29T07:42:05Z", Error, "mc-7210-1", `{"appname":"authmgr","facility":"local1","host":"10.20.0.5","hostname":"mc-7210-1","message":"<199802> <4471> <ERRS> <mc-7210-1 10.20.0.5>  rc_radius.c, radius_send_request:612: RADIUS server npsrv2 10.21.0.12 is down, timeout after 3 retries","procid":4471,"severity":"err","source_ip":"10.20.0.5","source_type":"syslog","timestamp":"2026-11-29T07:42:05Z"}`),
		},
	},
	{
		name:   "cisco-asa-untimed-rsyslog-json-template",
		source: "a Cisco ASA sending without `logging timestamp` or a device id (`<PRI>%ASA-N-id: msg`), read by rsyslog (the tag %ASA-6-302013:, the host the sender's resolved name, the time the receipt) and written with the plain-syslog JSON template of rsyslog's omelasticsearch documentation (@timestamp timereported rfc3339, host, severity and facility as text, tag, message json-escaped) to a file: the template from memory of rsyslog's 'Elasticsearch output module' page; the ASA lines from the ASA syslog messages guide (302013, 106023, 713902, 111010)",
		why:    "a JSON record whose severity key is the level and the ASA's digit agrees; @timestamp with microseconds and +00:00; the host key is the record's host; the addresses and connection ids are no hosts or times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482913Z", Info, "asa-edge1", `{"@timestamp":"2026-11-29T07:41:16.482913+00:00","host":"asa-edge1","severity":"info","facility":"local4","tag":"%ASA-6-302013:","message":" Built inbound TCP connection 88412 for outside:198.51.100.41/50122 (198.51.100.41/50122) to dmz:10.30.0.15/443 (203.0.113.15/443)"}`),
			we("2026-11-29T07:41:17.104226Z", Warn, "asa-edge1", `{"@timestamp":"2026-11-29T07:41:17.104226+00:00","host":"asa-edge1","severity":"warning","facility":"local4","tag":"%ASA-4-106023:","message":" Deny tcp src outside:203.0.113.250/61233 dst inside:10.30.1.20/3389 by access-group \"outside_access_in\" [0x8a1f22c4, 0x0]"}`),
			we("2026-11-29T07:41:20.660187Z", Error, "asa-edge1", `{"@timestamp":"2026-11-29T07:41:20.660187+00:00","host":"asa-edge1","severity":"err","facility":"local4","tag":"%ASA-3-713902:","message":" Group = branch-l2l, IP = 198.51.100.90, Removing peer from peer table failed, no match!"}`),
			we("2026-11-29T07:43:02.009412Z", Notice, "asa-edge1", `{"@timestamp":"2026-11-29T07:43:02.009412+00:00","host":"asa-edge1","severity":"notice","facility":"local4","tag":"%ASA-5-111010:","message":" User 'netadm', running 'CLI' from IP 10.30.9.4, executed 'write memory'"}`),
		},
	},
	{
		name:   "pure-purity-audit-rsyslog-traditional",
		source: "a Pure Storage FlashArray (Purity//FA 6) sending its audit trail and test message to rsyslog, stored with RSYSLOG_TraditionalFileFormat (`Mmm dd HH:mm:ss controller purity.audit: [user (domain)] command . Message ID: N UTC Time: yyyy-MM-ddTHH:mm:ssZ Array Name: name`, and `purity.test: INFO [root] … UTC Time: yyyy Mmm dd HH:mm:ss Array Name: …`): splunk/splunk-connect-for-syslog issue #1380 (the message bodies as received); the controller's name in the header from memory",
		why:    "a dotted tag; the audit line carries a second time of the same second after `UTC Time:` and no level; the test line's INFO is its level; the Message ID is no time; Array Name names the array, the header's controller is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "fa-prd-01-ct0", "Nov 29 07:41:16 fa-prd-01-ct0 purity.audit: [pureuser (local)] purevol create --size 2T vol-oradata07 . Message ID: 20418832 UTC Time: 2026-11-29T07:41:16Z Array Name: FA-PRD-01"),
			we("2026-11-29T07:41:19Z", Unknown, "fa-prd-01-ct0", "Nov 29 07:41:19 fa-prd-01-ct0 purity.audit: [svc-veeam (ad)] purevol snap --suffix veeam-4471 vol-oradata07 . Message ID: 20418833 UTC Time: 2026-11-29T07:41:19Z Array Name: FA-PRD-01"),
			we("2026-11-29T07:42:05Z", Info, "fa-prd-01-ct0", "Nov 29 07:42:05 fa-prd-01-ct0 purity.test: INFO [root] This is a test message generated by Pure Storage FlashArray. UTC Time: 2026 Nov 29 07:42:05 Array Name: FA-PRD-01"),
			we("2026-11-29T07:43:40Z", Unknown, "fa-prd-01-ct1", "Nov 29 07:43:40 fa-prd-01-ct1 purity.audit: [pureuser (local)] purehost connect --vol vol-oradata07 ora-rac-n2 . Message ID: 20418840 UTC Time: 2026-11-29T07:43:40Z Array Name: FA-PRD-01"),
		},
	},
	{
		name:   "strongswan-charon-rsyslog-protocol23",
		source: "strongSwan's charon on a Linux VPN gateway logging through syslog (`NN[GRP] <conn|id> msg`, facility daemon, info), forwarded and stored at the collector with rsyslog's RSYSLOG_SyslogProtocol23Format (`<PRI>1 time+01:00 host app procid - - msg`, the message's leading space kept, so two spaces after the nil structured data): influxdata/telegraf issue #7291 (the template in a forwarding rule); charon's lines as in fresh162 and fresh419; the template's output from memory",
		why:    "RFC 5424 with a +01:00 offset and microseconds; the PRI is the level; charon's `14[IKE]` is a thread and subsystem, no level; the peer addresses and identities in brackets are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482913Z", Info, "vpn-gw2", "<30>1 2026-11-29T08:41:16.482913+01:00 vpn-gw2 charon 2211 - -  14[IKE] <branch7|42> IKE_SA branch7[42] established between 203.0.113.2[vpn-gw2.example.net]...198.51.100.77[branch7.example.net]"),
			we("2026-11-29T07:41:16.483207Z", Info, "vpn-gw2", "<30>1 2026-11-29T08:41:16.483207+01:00 vpn-gw2 charon 2211 - -  14[IKE] <branch7|42> scheduling reauthentication in 10187s"),
			we("2026-11-29T07:41:16.484551Z", Info, "vpn-gw2", "<30>1 2026-11-29T08:41:16.484551+01:00 vpn-gw2 charon 2211 - -  14[CHD] <branch7|42> CHILD_SA branch7-lan{61} established with SPIs c41f2a09_i 0e77b3d1_o and TS 10.50.0.0/16 === 10.77.0.0/24"),
			we("2026-11-29T07:43:02.11739Z", Info, "vpn-gw2", "<30>1 2026-11-29T08:43:02.117390+01:00 vpn-gw2 charon 2211 - -  09[NET] <roadw-kim|43> received packet: from 198.51.100.140[4500] to 203.0.113.2[4500] (412 bytes)"),
		},
	},
	{
		name:   "bigip-level-program-syslog-ng-msghdr",
		source: "F5 BIG-IP's remote syslog (`<PRI>Mmm dd HH:mm:ss host level proc[pid]: id:sev: msg`, the level word where a program goes), parsed by syslog-ng (PROGRAM = the level word, MESSAGE = `tmm1[pid]: …`) and written with the template `${ISODATE} ${HOST} ${MSGHDR}${MSG}` in Europe/Moscow, so the level appears as `warning: ` before the real process: syslog-ng/syslog-ng issue #3535 (PROGRAM \"warning\", MESSAGE \"tmm1[12512]: 01260013:4: …\", ISODATE with +03:00); the MSGHDR rendering from memory",
		why:    "the ISO time with +03:00 is converted; the level word with a colon where a tag goes is BIG-IP's level (warning, notice, err, info); the kernel's uptime in brackets and the `@2026/11/29 10:41:18` inside the monitor message are no record times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "bigip-lb2", "2026-11-29T10:41:16+03:00 bigip-lb2 warning: tmm1[20115]: 01260013:4: SSL Handshake failed for TCP 198.51.100.23:44950 -> 203.0.113.80:443"),
			we("2026-11-29T07:41:18Z", Notice, "bigip-lb2", "2026-11-29T10:41:18+03:00 bigip-lb2 notice: mcpd[6522]: 01070638:5: Pool /Common/pool_api member /Common/10.30.4.21:8443 monitor status down. [ /Common/https_head: down; last error: /Common/https_head: Unable to connect; No successful responses received before deadline. @2026/11/29 10:41:18. ]  [ was up for 12hrs:4mins:17sec ]"),
			we("2026-11-29T07:41:18Z", Error, "bigip-lb2", "2026-11-29T10:41:18+03:00 bigip-lb2 err: tmm1[20115]: 01010028:3: No members available for pool /Common/pool_api"),
			we("2026-11-29T07:41:20Z", Info, "bigip-lb2", "2026-11-29T10:41:20+03:00 bigip-lb2 info: kernel: : [2211840.104512] ltm driver: Idle enforcer starting - tid: 512 cpu: 3/6"),
		},
	},
	{
		name:   "ibm-svc-notification-rsyslog-fileformat",
		gap:    "RSYSLOG_FileFormat's `time host IBM2145 #…` with a tag that has no colon is not read as a header: the cluster name (svc-cl2) is not taken as the host, and #NotificationType=Error|Warning|Information gives no level; the ISO time is read",
		source: "an IBM SAN Volume Controller's syslog notification in its full format (`IBM2145 #NotificationType=… #ErrorID=… #ErrorCode=… #Description=… #ClusterName=… #Timestamp=Ddd Mmm dd HH:mm:ss yyyy UTC …`), stored by rsyslog with RSYSLOG_FileFormat (the ISO time with its offset, the host, the tag IBM2145 with no colon, then the message): the notification layout as in fresh103's ibm-flashsystem-syslog (the SAN Volume Controller documentation's event notifications); RSYSLOG_FileFormat from memory",
		why:    "#NotificationType= is the level (Error, Warning, Information); the PRI is gone; a second ctime-style clock with the year and UTC; the cluster name is the host, the #ObjectName no host; the error codes are no times",
		entries: []worldEntry{
			we("2026-11-29T08:21:00Z", Error, "svc-cl2", "2026-11-29T08:21:00+00:00 svc-cl2 IBM2145 #NotificationType=Error #ErrorID=073003 #ErrorCode=1630 #Description=Number of device logins reduced #ClusterName=svc-cl2 #Timestamp=Sun Nov 29 08:21:00 2026 UTC #ObjectType=controller #ObjectName=controller1 #CopyID=0 #ErrorSequenceNumber=212"),
			we("2026-11-29T08:26:41Z", Warn, "svc-cl2", "2026-11-29T08:26:41+00:00 svc-cl2 IBM2145 #NotificationType=Warning #ErrorID=062001 #ErrorCode=1920 #Description=Global and Metro Mirror persistent error #ClusterName=svc-cl2 #Timestamp=Sun Nov 29 08:26:41 2026 UTC #ObjectType=rc_relationship #ObjectName=rcrel14 #CopyID=0 #ErrorSequenceNumber=213"),
			we("2026-11-29T08:40:02Z", Info, "svc-cl2", "2026-11-29T08:40:02+00:00 svc-cl2 IBM2145 #NotificationType=Information #ErrorID=980440 #ErrorCode= #Description=Failed to complete the call home #ClusterName=svc-cl2 #Timestamp=Sun Nov 29 08:40:02 2026 UTC #ObjectType=cluster #ObjectName=svc-cl2 #CopyID=0 #ErrorSequenceNumber=214"),
		},
	},
	{
		name:   "junos-router-wazuh-archives-remote-syslog",
		gap:    "in Wazuh's archives.log a remote-syslog line `yyyy Mmm dd HH:mm:ss manager->address Mmm dd HH:mm:ss host proc[pid]:` gives the manager (wazuh-mgr) as the host, not the router's name (mx-edge1) in the BSD header after the location; the times are read",
		source: "a Juniper MX router's remote syslog (`Mmm dd HH:mm:ss host proc[pid]: TAG: msg`, /kernel: for the kernel) received by a Wazuh manager's remoted and logged with logall in archives.log (`yyyy Mmm dd HH:mm:ss manager->sender-address` then the line as received, without its PRI): Wazuh's archives.log layout as in fresh66 and fresh145 (agents' files); the remote-syslog location as the sender's address from memory; the Junos tags from memory",
		why:    "Wazuh's own stamp with its year and the router's yearless header, a second apart, either accepted; the manager and the sender's address before `->`/after it are the collector and the path, the router's name in its own header is the host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:16Z", Unknown, "mx-edge1", "2026 Nov 29 07:41:17 wazuh-mgr->10.60.0.9 Nov 29 07:41:16 mx-edge1 rpd[2214]: BGP_PREFIX_THRESH_EXCEEDED: 192.0.2.9 (External AS 64512): Configured maximum prefix-limit threshold(160) exceeded for inet-unicast nlri: 171 (instance master)"),
			we("2026-11-29T07:41:40Z|2026-11-29T07:41:39Z", Unknown, "mx-edge1", "2026 Nov 29 07:41:40 wazuh-mgr->10.60.0.9 Nov 29 07:41:39 mx-edge1 mgd[40211]: UI_COMMIT: User 'netops' requested 'commit' operation (comment: prefix-list update)"),
			we("2026-11-29T07:42:03Z|2026-11-29T07:42:02Z", Unknown, "mx-edge1", "2026 Nov 29 07:42:03 wazuh-mgr->10.60.0.9 Nov 29 07:42:02 mx-edge1 /kernel: KERN_ARP_ADDR_CHANGE: arp info overwritten for 10.61.0.4 from 00:50:56:aa:01:07 to 00:50:56:aa:01:19"),
			we("2026-11-29T07:44:11Z|2026-11-29T07:44:10Z", Unknown, "mx-edge1", "2026 Nov 29 07:44:11 wazuh-mgr->10.60.0.9 Nov 29 07:44:10 mx-edge1 chassisd[2201]: CHASSISD_FRU_OFFLINE_NOTICE: Taking FPC 3 offline: Offlined by cli command"),
		},
	},
}

func TestFresh441Formats(t *testing.T) { assertTable(t, fresh441Cases) }
func TestFresh441Score(t *testing.T) {
	checkScore(t, "fresh441 formats", fresh441Cases, [worldNumFields]float64{88.8, 99.9, 77.7, 99.9})
}
