package parse

import "testing"

// The five-hundred-and-eighty-ninth fresh table: syslog test vectors, a thirty-fourth pass, here the
// lines small senders and a few devices really write onto the wire or into a receiver's file, shapes
// no earlier table holds: IP-Symcon's Syslog module (RFC 5424 with seconds and an offset, PROCID, MSGID
// and SD all NILVALUE); the Q-SYS Syslog Sender plugin (the event category in the PROCID column); the
// Erlang erlang_syslog library's lines as macOS's `syslog` shows them (a weekday first, an IP address
// host, two blanks); athomason's UDPSyslogger (a BSD prefix built by sprintf); nginx's new RFC 5424
// destinations (a MSGID, the worker's pid, its own access or error line inside); HashiCorp Vault's
// syslog audit device (a BSD header around one JSON entry with a nanosecond time); Siemens SIMATIC
// S7-1500 security events (the component as APP-NAME, the event name as MSGID); WAGO's WagoSysLog UDP
// channel from a PFC200 controller.
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitive, by product and by a
// fragment of its line first (`ipsymcon`, `symcon`, `unknown-qsys`, `qsys-plugin`, ` qsys `, `q-sys`,
// `qsc`, `athoune`, `erlang_syslog`, `wombat/`, `[<0.`, `UDPSyslogger`, `athomason`, `nginx 1234`,
// ` nginx - ACCESS`, `msgid=ACCESS`, `rfc=rfc5424`, `ACCESS - `, `vault[`, `hashicorp`, `S7-1500`,
// `simatic`, `SE_LOCAL`, `SE_NETWORK`, `PLC-Program`, `Operating-Mode-Mgt`, `wagosyslog`, `wago`,
// `FbLogChSysUdp`, `Console: User`, and the candidates dropped as measured already or not
// confirmed: `fotoobo`, `elixir<`, `smpallen99`, `module=supervisor`, `tasmota - - `, `poco`,
// `RemoteSyslogChannel`, `includeos`, `logged into the appliance`, `nnm:`, `nessus network monitor`,
// `api_audit`, `defender data protect`, `mvision`, `sysflow`, `omnissa`, `airlock`, `Agent Desc`,
// `trusteer`, `apex central`, `kiwi`, `Local7.info`, `security event manager`, `threatgrid`,
// `vantio`, `nominum`, `lexicon`, `agilesi`, `trustwave`, `ipangel`, `scalance`, `ruggedcom`,
// `microsemi`, `vtss`, `sinec`, `sicam`, `loxone`, `knx`, `homematic`, `fhem`, `iobroker`, `zipato`,
// `eedomus`, `fibaro`, `codesys`, `beckhoff`, `allen-bradley`, `ewon`, `tosibox`, `secomea`, `etherwan`,
// `antaira`, `welotec`, `cisco imc`, `ironware`, `powertech`, `xylem`, `aastra`, `akuvox`, `amcrest`,
// `foscam`, `uniview`, `yeastar`, `sennheiser`, `rygel`, `upmpdcli`, `mediatomb`, `gmediarender`,
// `bravura`, `tychon`, and some three hundred vendors' and daemons' names, all in earlier tables:
// `hikvision`, `yealink`, `polycom`, `kamailio`, `freeswitch`, `moxa`, `hirschmann`, `lantronix`,
// `peplink`, `cradlepoint`, `stormshield`, `watchguard`, `infoblox`, `nutanix`, `netapp`, `veeam`,
// `brocade`, `netscaler`, `sophos`, `barracuda`, `imperva`, `zscaler`, `proofpoint`, `cambium`,
// `edgeswitch`, `opengear`, `raritan`, `avocent`, `dahua`, `milestone`, `genetec`, `audiocodes`,
// `3cx`, `freepbx`, `netscout`, `radware`, `claroty`, `fortimail`, `fortiproxy`, `aironet`,
// `bluecoat`, `cyberark`, `vectra`, `netskope`, `tanium`, `opencanary`, `qnap`, `symantec`, `okta`,
// `corelight`, `nozomi`, `dragos`, `forescout`, `darktrace`, `extrahop`, `tripwire`, `meshtastic`,
// `prusa`, `rtl_433`, `opendtu`, `usyslog`, `esp8266`, `espeasy`, `openbeken`, `winsyslog`,
// `ntsyslog`, `tftpd32`, `the dude`, `logzilla`, `visual syslog`, `syslog watcher`, `prtg`, …).
// `wago` matches only a word in another product's line, ` qsys ` and `qsys` only IBM i's QSYS
// library, `simatic` only Tenable OT's CEF event names, `hashicorp` Vault's own server log and
// other HashiCorp products, never the audit device behind a BSD header, and `rfc=rfc5424` only
// Monolog's handler option; nginx's RFC 3164 lines are in many tables, its RFC 5424 form in none.
// Left out as measured already: Tasmota's RFC 5424 output, fotoobo's audit lines, the Elixir
// syslog backend, Poco's RemoteSyslogChannel, the rsyslog thread's PRI-only appliance lines, and the
// syslog libraries, relays and collectors every earlier pass names. Left out as not confirmed by any
// search: SCALANCE's full syslog line, IncludeOS's syslogd plugin line, the S7-1500's SD-ID. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). RFC 5424 stamps are converted from their offset (+01:00, +05:30) or are in
// Z. BSD dates have no year (2026) and no zone (UTC), the macOS one led by its weekday (Sun).
// nginx's RFC 5424 lines carry the request's own +0530 stamp or the error log's own zone-less local
// stamp (read as UTC), and Vault's JSON its own `time` in Z; either time is accepted there. Levels
// only where the line marks one: the PRI's severity everywhere it stands (local0, facility 14, auth,
// local7); the erlang_syslog lines as stored carry none, and `[warn]` inside nginx's error line only
// repeats the PRI. The host is the record's host field: the HOSTNAME of RFC 5424, the BSD host word,
// the sender's IP address where macOS stored one; Vault's remote_address, nginx's client and the
// PLC users' sessions are no hosts. Every record here is one line.
//
// The shapes come from the sources, READMEs, documentation and pull requests each case names, found
// with the search tool (corpora "code", "issues", "docs"; find_string); two families rest on memory
// for their line's exact layout: the S7-1500's RFC 5424 line (its event names, ids, severities and
// APP-NAMEs are confirmed) and WagoSysLog's UDP frame (the library and its channel are confirmed).
// Hosts, ids, addresses, users and messages are invented, and every time is in late November 2026.
// The expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit c092b93 before any rule for it: level 100.0 %, time 100.0 %,
// host 87.5 %, records 100.0 %. That is the macro figure (micro: level 100.0 %, time 100.0 %, host
// 87.1 %, records 100.0 %), in a worktree at c092b93 with no change to trawl's code (only this file
// and table_test.go's list), 7 of 8 families fully right; the gap is erlang_syslog's stored line,
// whose IP address host after the weekday-led date and before two blanks trawl does not read.

var fresh589Cases = []worldCase{
	{
		name:   "ipsymcon-syslog-module-rfc5424",
		source: "IP-Symcon's Syslog module (demel42/IPSymconSyslog, Syslog/module.php Message(): `'<' . pri . '>1 ' . date('Y-m-d\\TH:i:sP') . ' ' . gethostname() . ' ' . program . ' - - - ' . msg`, default program `ipsymcon`, facility local0, the kernel log's message types mapped to error, warning, info, notice, debug)",
		why:    "RFC 5424 with a seconds-only local time and its +01:00 offset; PROCID, MSGID and SD all NILVALUE; the severity only in the PRI (local0: 134 info, 133 notice, 132 warning, 131 error, 135 debug)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "symbox", "<134>1 2026-11-29T08:41:16+01:00 symbox ipsymcon - - - Testnachricht"),
			we("2026-11-29T07:41:20Z", Notice, "symbox", "<133>1 2026-11-29T08:41:20+01:00 symbox ipsymcon - - - Heizung Bad: Sollwert auf 21.5 gesetzt"),
			we("2026-11-29T07:42:03Z", Warn, "symbox", "<132>1 2026-11-29T08:42:03+01:00 symbox ipsymcon - - - HomeMatic Socket: Verbindung zur CCU verloren, neuer Versuch in 30 s"),
			we("2026-11-29T07:42:05Z", Error, "symbox", "<131>1 2026-11-29T08:42:05+01:00 symbox ipsymcon - - - Skript 41722: Undefined variable $tempAussen in /var/lib/symcon/scripts/41722.ips.php on line 12"),
			we("2026-11-29T07:42:31Z", Debug, "symbox", "<135>1 2026-11-29T08:42:31+01:00 symbox ipsymcon - - - WebFront: Sitzung 7f3a geöffnet"),
		},
	},
	{
		name:   "qsys-plugin-syslog-category-in-procid",
		source: "Q-SYS Core event log forwarded by the Syslog Sender plugin (llamafilm/qsys-plugin-syslog, runtime.lua Send(): `\"<\" .. 14*8+severity .. \">1 \" .. timestamp .. \" \" .. Hostname .. \" qsys \" .. category .. \" - - \" .. message`, the event date cut to microseconds with Z, severities Normal 6, Warning 4, Error 3; README)",
		why:    "RFC 5424 from facility 14: 118 info, 116 warning, 115 error; the event category stands where PROCID goes, MSGID and SD are NILVALUE; the host is the Core's name",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482913Z", Info, "core-aud-2", "<118>1 2026-11-29T07:41:16.482913Z core-aud-2 qsys Status - - Design 'Ballroom_v14' is running"),
			we("2026-11-29T07:41:44.017302Z", Warn, "core-aud-2", "<116>1 2026-11-29T07:41:44.017302Z core-aud-2 qsys Network - - LAN A: PTP grandmaster changed to 10.30.8.21"),
			we("2026-11-29T07:43:09.650118Z", Error, "core-aud-2", "<115>1 2026-11-29T07:43:09.650118Z core-aud-2 qsys Peripheral - - TSC-101-G3 'Lobby Panel' is missing"),
			we("2026-11-29T07:45:00.003471Z", Info, "core-aud-2", "<118>1 2026-11-29T07:45:00.003471Z core-aud-2 qsys Audit - - User 'techops' logged in via Administrator"),
		},
	},
	{
		name:   "erlang-syslog-macos-stored-weekday",
		source: "athoune/erlang_syslog's UDP messages as the macOS `syslog` command shows them (README: `Tue Mar 16 18:36:48 192.168.1.101  wombat/test[<0.39.0>]: 47: Wombat is happy`, _application_/module[pid]: line: message)",
		why:    "a weekday before the BSD date, no year (2026); the sender's IP address in the host field, then two blanks; `[<0.39.0>]` is an Erlang pid and `47:` a source line, no level",
		gap:    "the IP address after a weekday-led BSD date and before two blanks is not read as the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "192.168.40.17", "Sun Nov 29 07:41:16 192.168.40.17  ledger/ledger_app[<0.84.0>]: 31: ledger started on node ledger@db2"),
			we("2026-11-29T07:41:19Z", Unknown, "192.168.40.17", "Sun Nov 29 07:41:19 192.168.40.17  ledger/ledger_sync[<0.112.0>]: 207: 4 peers connected"),
			we("2026-11-29T07:42:02Z", Unknown, "192.168.40.17", "Sun Nov 29 07:42:02 192.168.40.17  ledger/ledger_sync[<0.112.0>]: 244: peer ledger@db5 timed out after 5000 ms"),
			we("2026-11-29T07:44:51Z", Unknown, "192.168.40.18", "Sun Nov 29 07:44:51 192.168.40.18  ledger/ledger_store[<0.97.0>]: 88: compaction done, 1204 segments"),
		},
	},
	{
		name:   "athomason-udpsyslogger-bsd-prefix",
		source: "athomason's UDPSyslogger (UDPSyslogger.cpp updatePrefix(): `sprintf(linebuf_, \"<%d>%s %s %s[%d]: \", priority_, strftime(\"%h %e %T\"), sender_, name_, pid_)`, the sample main() with facility 4, severity 6, sender `athomason-many`, name `proftest`), found with find_string",
		why:    "a BSD header with PRI, a local time with no zone or year (UTC, 2026), the sender as host, then name[pid]:; the severity only in the PRI (auth: 38 info, 36 warning, 35 error)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "batch-many", "<38>Nov 29 07:41:16 batch-many proftest[30412]: testing 0"),
			we("2026-11-29T07:41:16Z", Info, "batch-many", "<38>Nov 29 07:41:16 batch-many proftest[30412]: testing 1"),
			we("2026-11-29T07:41:17Z", Warn, "batch-many", "<36>Nov 29 07:41:17 batch-many proftest[30412]: send buffer full, 12 lines dropped"),
			we("2026-11-29T07:41:18Z", Error, "batch-many", "<35>Nov 29 07:41:18 batch-many proftest[30412]: resolve failure for loghost.lan"),
		},
	},
	{
		name:   "nginx-rfc5424-msgid",
		source: "nginx's RFC 5424 syslog destinations (`syslog:server=…,rfc=rfc5424,msgid=ACCESS`: `<190>1 2003-10-11T22:14:15.003+05:30 myhost nginx 1234 ACCESS - message`, PRI V TIMESTAMP(ms) HOST APP PID MSGID SD): nginx/nginx PR #1287",
		why:    "RFC 5424 with milliseconds and an offset (the access line's own +0530 stamp and the error log's own zone-less local stamp are accepted too); the worker's pid as PROCID and the configured MSGID; the severity only in the PRI (local7: 190 info for the access log, 187 error, 188 warn for the error log)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z|2026-11-29T07:41:16Z", Info, "web-03", `<190>1 2026-11-29T13:11:16.204+05:30 web-03 nginx 2214 ACCESS - 10.8.1.22 - - [29/Nov/2026:13:11:16 +0530] "GET /api/orders?page=2 HTTP/1.1" 200 5122 "-" "curl/8.9.1"`),
			we("2026-11-29T07:41:16.877Z|2026-11-29T07:41:16Z", Info, "web-03", `<190>1 2026-11-29T13:11:16.877+05:30 web-03 nginx 2215 ACCESS - 10.8.1.40 - - [29/Nov/2026:13:11:16 +0530] "POST /api/cart HTTP/1.1" 201 88 "-" "okhttp/4.12.0"`),
			we("2026-11-29T07:41:19.031Z|2026-11-29T13:11:19Z", Warn, "web-03", "<188>1 2026-11-29T13:11:19.031+05:30 web-03 nginx 2214 ERROR - 2026/11/29 13:11:19 [warn] 2214#2214: *8812 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/3/07/0000000073, client: 10.8.1.22, server: shop.lan"),
			we("2026-11-29T07:41:22.508Z|2026-11-29T13:11:22Z", Error, "web-03", "<187>1 2026-11-29T13:11:22.508+05:30 web-03 nginx 2215 ERROR - 2026/11/29 13:11:22 [error] 2215#2215: *8840 connect() failed (111: Connection refused) while connecting to upstream, client: 10.8.1.40, server: shop.lan"),
		},
	},
	{
		name:   "hashicorp-vault-audit-syslog-device",
		source: "HashiCorp Vault's syslog audit device as a BSD line (`<38>Mon dd HH:mm:ss host vault[pid]: {\"auth\":…,\"request\":…,\"time\":\"…Z\",\"type\":\"request\"}`): IBM QRadar DSM guide, HashiCorp Vault sample event messages (request and response samples)",
		why:    "a BSD header around one JSON audit entry; its `time` is the same moment in UTC with nanoseconds, and either is accepted; PRI 38 is auth.info, 36 auth.warning; the remote_address is a client, no host",
		entries: []worldEntry{
			we("2026-11-29T07:47:09Z|2026-11-29T07:47:09.422038596Z", Info, "vault-a", `<38>Nov 29 07:47:09 vault-a vault[1288]: {"auth":{"policy_results":{"allowed":true},"token_type":"service"},"request":{"id":"5b1c7e02-93d4-4a1e-8b0f-2e6d4c9a7f11","mount_type":"kv","operation":"read","path":"secret/data/shop/db","remote_address":"10.12.0.31","remote_port":51822},"time":"2026-11-29T07:47:09.422038596Z","type":"request"}`),
			we("2026-11-29T07:47:09Z|2026-11-29T07:47:09.423771040Z", Info, "vault-a", `<38>Nov 29 07:47:09 vault-a vault[1288]: {"auth":{"policy_results":{"allowed":true},"token_type":"service"},"request":{"id":"5b1c7e02-93d4-4a1e-8b0f-2e6d4c9a7f11","mount_type":"kv","operation":"read","path":"secret/data/shop/db","remote_address":"10.12.0.31","remote_port":51822},"response":{"mount_type":"kv"},"time":"2026-11-29T07:47:09.42377104Z","type":"response"}`),
			we("2026-11-29T07:48:30Z|2026-11-29T07:48:30.018264511Z", Warn, "vault-a", `<36>Nov 29 07:48:30 vault-a vault[1288]: {"auth":{"policy_results":{"allowed":false},"token_type":"service"},"error":"permission denied","request":{"id":"d2e0f4a9-1c3b-4f57-9e28-6a0b5c1d3e74","operation":"update","path":"sys/policies/acl/admin","remote_address":"10.12.0.44","remote_port":40118},"time":"2026-11-29T07:48:30.018264511Z","type":"request"}`),
		},
	},
	{
		name:   "siemens-s7-1500-audit-rfc5424",
		source: "Siemens SIMATIC S7-1500 security events over syslog (event names and ids, severities and the APP-NAME list, e.g. UMAC, Webserver, Operating-Mode-Mgt, from Siemens' 'Product Information about Syslog Messages' A5E53245873-AB as compiled in a repository file found with find_string `Siemens Syslog Information Compilation`); the RFC 5424 line's exact layout, the event name as MSGID and the parameters as one SD element, from memory",
		why:    "RFC 5424 with milliseconds in Z; the CPU's name as HOSTNAME; the component as APP-NAME, the event name as MSGID; the severity only in the PRI (auth: 38 info, 35 error; 37 notice; 33 alert)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.215Z", Info, "plc-press-04", `<38>1 2026-11-29T07:41:16.215Z plc-press-04 UMAC - SE_NETWORK_SUCCESSFUL_LOGON [SE@4329 userName="eng_kraus" protocolType="HTTPS" sessionID="5117"] Valid credentials provided by remote logon`),
			we("2026-11-29T07:41:48.902Z", Error, "plc-press-04", `<35>1 2026-11-29T07:41:48.902Z plc-press-04 UMAC - SE_NETWORK_UNSUCCESSFUL_LOGON [SE@4329 userName="admin" protocolType="OPC UA"] Wrong username or password provided by remote logon`),
			we("2026-11-29T07:43:05.377Z", Notice, "plc-press-04", `<37>1 2026-11-29T07:43:05.377Z plc-press-04 Operating-Mode-Mgt - SE_OPMOD_CHANGED [SE@4329 oldState="RUN" newState="STOP" userName="eng_kraus"] The operating mode of the PLC was changed`),
			we("2026-11-29T07:44:40.011Z", Alert, "plc-press-04", `<33>1 2026-11-29T07:44:40.011Z plc-press-04 Webserver - SE_CRITICAL_DEVICE_STOPPED [SE@4329 resource="Webserver"] Shut down of a critical device`),
		},
	},
	{
		name:   "wago-wagosyslog-udp-channel",
		source: "WAGO's WagoSysLog CODESYS library, its FbLogChSysUdp channel (the library's documentation names FbLogChSysUdp.protBuildFrame and FbLogChSysUdpPid, found with find_string); the BSD frame `<PRI>MMM dd HH:mm:ss host tag: msg` it builds, from memory",
		why:    "a BSD header from a PLC: no year (2026) and no zone (UTC); the controller's name as host; the severity only in the PRI (local0: 134 info, 132 warning, 131 error)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "PFC200-7A1C3E", "<134>Nov 29 07:41:16 PFC200-7A1C3E PLC_PRG: pump station 3 started, setpoint 4.2 bar"),
			we("2026-11-29T07:41:52Z", Warn, "PFC200-7A1C3E", "<132>Nov 29 07:41:52 PFC200-7A1C3E PLC_PRG: tank level high, 91 %"),
			we("2026-11-29T07:42:10Z", Error, "PFC200-7A1C3E", "<131>Nov 29 07:42:10 PFC200-7A1C3E ModbusMaster: no response from slave 12 after 3 retries"),
		},
	},
}

func TestFresh589Formats(t *testing.T) { assertTable(t, fresh589Cases) }
func TestFresh589Score(t *testing.T) {
	checkScore(t, "fresh589 formats", fresh589Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 99.9})
}
