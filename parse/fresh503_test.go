package parse

import "testing"

// The five-hundred-and-third fresh table: syslog test vectors, a twenty-sixth pass. Syslog and
// CEF/LEEF messages as security products really send them and receivers store them, in header
// spellings no earlier table holds. Each family is one product's documented output: Trend Micro
// Apex Central's CEF stored bare (no syslog header; the only time is rt=, `Mmm dd yyyy HH:mm:ss
// GMT+00:00`); Bitdefender GravityZone's pushed CEF events relayed by a connector into an rsyslog
// file (no PRI, `BitdefenderGZDetectionTime=`); BlackBerry CylancePROTECT's RFC 5424 messages kept
// with their TCP octet count in front (`308 <46>1 …Z sysloghost CylancePROTECT - - - Event Type:`);
// Juniper ATP Appliance (JATP) syslog with a `JATP:` tag and sometimes a blank after the PRI
// (`<134> Nov 29 …`), and the same appliance's CEF notifications without a syslog header (a
// space-separated ISO time with a two-digit `+00` offset, then the host); Tenable OT Security's
// CEF with the appliance's address as the header host; IBM Guardium's guard_sender in LEEF with
// pipes between the attributes, and guard_sender's plain alert with its newline escaped as `#012`.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`apex central`, `apex one`, `CnC:Block`, `GMT+00:00`, `trend micro`,
// `gravityzone`, `BitdefenderGZ`, `bitdefender`, `cylance`, `CylancePROTECT`, `sysloghost`,
// `Event Type:`, `Event Name:`, `JATP`, `JATP:`, `juniper atp`, `lastActivityTime`,
// `malwareSeverity`, `cncServers`, `Cortex|`, `Cortex XDR`, `cortex`, `- - - - - CEF`, `+00 `,
// `tenable`, `Tenable OT`, `Tenable OT Security`, `indegy`, `Tenable|`, `cfp1Label`, `Network
// Monitor`, `guardium`, `guard_sender`, `Alert based on rule`, `api_audit`, `cohesity`, `Defender
// Data Protect`, and the candidates dropped: `malwarebytes`, `nebula`, `F-Secure`, `withsecure`,
// `cb defense`, `cbdefense`, `carbon black`, `SymantecServer`, `darktrace`, `vectra`, `extrahop`,
// `websense`, `kaspersky`, `Kaspersky NGFW`, `KATA`, `Session start`, `fortiedr`, `ensilo`,
// `trellix`, `fireeye`, `mgmtd`, `.NOTICE]:`, `armis`, `flowmon`, `nshield`, `safenet`,
// `portnox`, `delinea`, `thycotic`, `varonis`, `DatAdvantage`, `illumio`, `Microsoft|ATA`,
// `Azure ATP`, `MOCM`, `OneSpan`, `stormshield`, `id=firewall`, `watchguard`, `sonicwall`,
// `hillstone`, `huawei`, `ruijie`, `sangfor`, `CISE_`, `ruckus`, `synology`, `qnap`, `snare`,
// `zyxel`, `draytek`, `forcepoint`, `infoblox`, `RT_FLOW`, `junos@2636`, `apfMs`, `cisco wlc`).
// None of Apex Central, GravityZone, CylancePROTECT, JATP, Tenable OT Security or Guardium is in
// any table (`bitdefender`, `cylance` and `malwarebytes` appear only in other tables' grep lists;
// `GMT+00:00`, `Event Type:` and `sysloghost` in other products' lines). Left out as measured
// already: Trend Micro Deep Security and TMES, Darktrace, Vectra, Kaspersky's KWTS, KSMG, ICAP and
// NGFW, FortiEDR, Trellix/Riverbed `mgmtd` lines, Cohesity, Cortex XDR, Tenable NNM and Tenable.ad.
// Left out as not confirmed by any search: Malwarebytes Nebula, Armis, Flowmon, Varonis, Luna HSM.
// The table holds 8 families (JATP and Guardium with two outputs each).
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Apex Central's rt= is UTC by its `GMT+00:00`; JATP's `+00` is an offset of
// zero hours; Cylance's header ends in Z; the BSD headers without a zone are read as UTC. Where a
// line carries the event's own earlier time next to the header's (JATP's lastActivityTime,
// GravityZone's BitdefenderGZDetectionTime) either is accepted. Levels only from a PRI's severity
// (Cylance's <46>/<44>/<45>, JATP's <134>/<132>, Tenable OT's <12>/<14>, Guardium's <30>/<28>/<25>
// and <13>/<12>): CEF severities, Guardium's severity=INFO/MED/HIGH and `Severity INFO` are the
// event's importance, not a level, and lines with no PRI have none. The host is the record's host
// field: Cylance's literal `sysloghost`, the JATP appliance, Tenable OT's address, the Guardium
// collector, GravityZone's relay; shost, dhost, dvchost, Device Name, duser/suser, src/dst and
// the database client and server are no hosts, and Apex Central's bare CEF has none. Guardium's
// `#012` alert is one record.
//
// The shapes come from the documentation and sources each case names, found with the search tool
// (corpora "docs", "code"; find_string); where a search did not confirm a detail the source says
// "from memory" (GravityZone relay's tag word). Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit bb8946e before any rule for it: level 100.0 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 90.0 %, records 100.0 %), in a
// worktree at bb8946e with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is JATP's header-less CEF notification, whose host after the
// space-separated ISO time with a `+00` offset trawl does not read.

var fresh503Cases = []worldCase{
	{
		name:   "trendmicro-apex-central-cef-bare-gmt-offset",
		source: "Trend Micro Apex Central's syslog forwarding in CEF over TLS syslog, stored as the bare CEF payload (`CEF:0|Trend Micro|Apex Central|2019|CnC:Block|CnC Callback|3|deviceExternalId=… rt=Mmm dd yyyy HH:mm:ss GMT+00:00 … deviceFacility=Apex One shost=…`): IBM QRadar DSM guide 'Trend Micro Apex Central sample event messages'; docs.trendmicro.com 'Trend Vision One CEF virus/malware logs' (rt is the event trigger time in UTC, `AV:File renamed` event ids)",
		why:    "no syslog header at all: the only time is rt=, a month-name date with a year and a `GMT+00:00` suffix; shost is the endpoint the event is about, not the record's host; the CEF severity is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:09Z", Unknown, "", `CEF:0|Trend Micro|Apex Central|2019|CnC:Block|CnC Callback|3|deviceExternalId=41 rt=Nov 29 2026 07:41:09 GMT+00:00 cat=1756 deviceFacility=Apex One cs2Label=EI_ProductVersion cs2=14.0 shost=WKS-FIN-0231 src=10.32.14.77 cs3Label=SLF_DomainName cs3=CORPNET act=Block cn1Label=SLF_CCCA_RiskLevel cn1=2 cn2Label=SLF_CCCA_DetectionSource cn2=1 cn3Label=SLF_CCCA_DestinationFormat cn3=1 dst=203.0.113.61 deviceProcessName=C:\\Program Files\\Mozilla Firefox\\firefox.exe`),
			we("2026-11-29T07:41:22Z", Unknown, "", `CEF:0|Trend Micro|Apex Central|2019|NCIE:Pass|SuspiciousConnection|3|deviceExternalId=42 rt=Nov 29 2026 07:41:22 GMT+00:00 cat=1756 deviceFacility=Apex One deviceProcessName=C:\\Windows\\System32\\rundll32.exe act=Pass src=10.32.14.90 dst=198.51.100.23 shost=WKS-OPS-0117`),
			we("2026-11-29T07:43:05Z", Unknown, "", `CEF:0|Trend Micro|Apex Central|2019|AV:File quarantined|TROJ_GEN.R002C0DKR26|3|cnt=1 dhost=WKS-HR-0042 duser=CORPNET\\m.okafor act=File quarantined rt=Nov 29 2026 07:43:05 GMT+00:00 cn1Label=VLF_PatternNumber cn1=1953300 cs1Label=VLF_FunctionCode cs1=Real-time Scan cs2Label=VLF_EngineVersion cs2=23.600.1004 filePath=C:\\Users\\m.okafor\\Downloads\\ fname=invoice_8841.zip`),
			we("2026-11-29T07:48:51Z", Unknown, "", `CEF:0|Trend Micro|Apex Central|2019|AV:File cleaned|Eicar_test_file|3|cnt=1 dhost=WKS-DEV-0009 duser=CORPNET\\a.lindgren act=File cleaned rt=Nov 29 2026 07:48:51 GMT+00:00 cn1Label=VLF_PatternNumber cn1=1953300 cs1Label=VLF_FunctionCode cs1=Manual Scan cs2Label=VLF_EngineVersion cs2=23.600.1004 filePath=D:\\scratch\\ fname=eicar.com`),
		},
	},
	{
		name:   "bitdefender-gravityzone-cef-connector-relay",
		source: "Bitdefender GravityZone's Event Push Service in CEF, relayed to syslog by the customer's connector and written by rsyslog with the traditional file format (`Mmm dd HH:mm:ss connector tag: CEF:0|Bitdefender|GravityZone|ver|id|name|sev|BitdefenderGZModule=… dvchost=… BitdefenderGZComputerFQDN=… dvc=…`, detections with `BitdefenderGZDetectionTime=Mmm d yyyy HH:mm:ss`): ExabeamLabs/Content-Doc cef-bitdefender-gravityzone-alert parser (`\\d\\d:\\d\\d:\\d\\d host \\w+: CEF:`), a Graylog integration guide's test events (found with find_string); the tag word `bdpush` from memory",
		why:    "a BSD header with no PRI, the relay host that wrote the line, then CEF; dvchost and the computer FQDN are the endpoint, no host; a detection carries its own detection time a few seconds earlier, either accepted; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gz-relay01", `Nov 29 07:41:16 gz-relay01 bdpush: CEF:0|Bitdefender|GravityZone|6.41.1-1|70000|Registration|3|BitdefenderGZModule=registration dvchost=LAP-SALES-114 BitdefenderGZComputerFQDN=lap-sales-114.corp.example dvc=10.61.4.114 BitdefenderGZProductRegistration=registered`),
			we("2026-11-29T07:42:03Z", Unknown, "gz-relay01", `Nov 29 07:42:03 gz-relay01 bdpush: CEF:0|Bitdefender|GravityZone|6.41.1-1|35|Product Modules Status|5|BitdefenderGZModule=modules dvchost=SRV-FILE-02 BitdefenderGZComputerFQDN=srv-file-02.corp.example dvc=10.61.0.22 BitdefenderGZMalwareModuleStatus=enabled BitdefenderGZFirewallModuleStatus=disabled`),
			we("2026-11-29T07:44:37Z|2026-11-29T07:44:31Z", Unknown, "gz-relay01", `Nov 29 07:44:37 gz-relay01 bdpush: CEF:0|Bitdefender|GravityZone|6.41.1-1|1000|Antimalware|9|BitdefenderGZModule=av dvchost=LAP-ENG-007 BitdefenderGZComputerFQDN=lap-eng-007.corp.example dvc=10.61.7.7 suser=j.ferreira@corp.example BitdefenderGZMalwareName=Gen:Variant.Razy.88412 BitdefenderGZMalwareType=file filePath=C:\Users\jferreira\AppData\Local\Temp\setup_x64.exe act=quarantined BitdefenderGZDetectionTime=Nov 29 2026 07:44:31`),
			we("2026-11-29T07:46:12Z|2026-11-29T07:46:09Z", Unknown, "gz-relay01", `Nov 29 07:46:12 gz-relay01 bdpush: CEF:0|Bitdefender|GravityZone|6.41.1-1|1003|Network Attack Defense|8|BitdefenderGZModule=network-monitor dvchost=SRV-APP-14 BitdefenderGZComputerFQDN=srv-app-14.corp.example dvc=10.61.2.14 BitdefenderGZAttackType=Brute-force src=10.61.9.201 act=blocked BitdefenderGZDetectionTime=Nov 29 2026 07:46:09`),
		},
	},
	{
		name:   "cylance-protect-rfc5424-octet-counted",
		source: "BlackBerry CylancePROTECT's cloud syslog over TCP, kept with RFC 6587 octet counting in front (`NNN <PRI>1 yyyy-MM-ddTHH:mm:ss.fffffffZ sysloghost CylancePROTECT - - - Event Type: …, Event Name: …, Device Name: …`): splunk/splunk-connect-for-syslog tests (test_cylance), a Sumo Logic Cylance app's sample log (`850 <44>1 2019-02-27T04:57:20.4390000Z sysloghost CylancePROTECT - - - Event Type: Threat, …`), a node grok pattern file (`311 <39>1 …`), bensooter/Cylance-Graylog-Content-Pack's extractors",
		why:    "a frame length before the PRI; RFC 5424 with seven fractional digits and Z; `sysloghost` is the literal host field Cylance writes; the PRI's severity is the level (<46> info, <44> warning, <45> notice); Device Name and IP Address in the message are the endpoint, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.439Z", Info, "sysloghost", "308 <46>1 2026-11-29T07:41:16.4390000Z sysloghost CylancePROTECT - - - Event Type: Device, Event Name: SystemSecurity, Device Name: LAP-MKT-031, Agent Version: 3.1.1001.60, IP Address: (10.72.3.31), MAC Address: (3C5282A1B0F4), Logged On Users: (CORP\\l.brandt), OS: Microsoft Windows 11 Enterprise x64 10.0.22631"),
			we("2026-11-29T07:42:05.12Z", Warn, "sysloghost", "732 <44>1 2026-11-29T07:42:05.1200000Z sysloghost CylancePROTECT - - - Event Type: Threat, Event Name: threat_found, Device Name: LAP-MKT-031, IP Address: (10.72.3.31), File Name: pdfconv_setup.exe, Path: C:\\Users\\lbrandt\\Downloads\\, Drive Type: Internal Hard Drive, SHA256: 5A1C0E7F44D2B98A3C6E1F0B7D2A9C4E8F6B3D1A0C9E7F5B2D4A6C8E0F1B3D5A, MD5: 0B7C4E1A9D3F6B2C8E5A1D7F3B9C6E2A, Status: Unsafe, Cylance Score: 97, Found Date: 11/29/2026 7:42:03 AM, File Type: Executable, Is Running: False, Auto Run: False, Detected By: FileWatcher, Zone Names: (Workstations), Is Malware: False, Is Unique To Cylance: False, Threat Classification: Trojan - Downloader, Device Id: 8f2d1c44-7a0b-4e9d-b3c1-5e6f7a8b9c0d, Policy Name: Workstation Default"),
			we("2026-11-29T07:42:06.01Z", Notice, "sysloghost", "323 <45>1 2026-11-29T07:42:06.0100000Z sysloghost CylancePROTECT - - - Event Type: Threat, Event Name: threat_quarantined, Device Name: LAP-MKT-031, IP Address: (10.72.3.31), File Name: pdfconv_setup.exe, Path: C:\\Users\\lbrandt\\Downloads\\, Status: Quarantined, Cylance Score: 97, Device Id: 8f2d1c44-7a0b-4e9d-b3c1-5e6f7a8b9c0d"),
			we("2026-11-29T07:45:40.88Z", Info, "sysloghost", "215 <46>1 2026-11-29T07:45:40.8800000Z sysloghost CylancePROTECT - - - Event Type: AuditLog, Event Name: PolicyEdit, Message: Policy: Workstation Default; Memory Protection: Block, User: s.moreau (s.moreau@corp.example)"),
			we("2026-11-29T07:47:12.5Z", Warn, "sysloghost", "378 <44>1 2026-11-29T07:47:12.5000000Z sysloghost CylancePROTECT - - - Event Type: ExploitAttempt, Event Name: blocked, Device Name: SRV-PACS-02, IP Address: (10.72.8.2), Action: Blocked, Process ID: 6120, Process Name: C:\\Program Files\\ViewerSuite\\dcmconv.exe, User Name: svc_pacs, Violation Type: Stack Pivot, Zone Names: (Servers), Device Id: 2b7e9f10-33c4-4d58-9a61-0f2e4d6c8b1a"),
		},
	},
	{
		name:   "juniper-jatp-syslog-cef-tag",
		source: "Juniper ATP Appliance (JATP, the former Cyphort Cortex) syslog notifications in CEF (`<134>Mmm dd HH:mm:ss host JATP: CEF:0|JATP|Cortex|ver|cnc|name|sev|externalId=… eventId=… lastActivityTime=yyyy-MM-dd HH:mm:ss.fff+00 …`, and the same with a blank after the PRI, `<134> Mmm dd …`): juniper.net ATP Appliance 'CEF/LEEF/Syslog notifications' – 'Syslog Malware Event Infection Notification Example' (the documentation prints each message wrapped over several lines; on the wire it is one)",
		why:    "a PRI sometimes followed by a blank; the appliance's host and a `JATP:` tag; lastActivityTime is the incident's own time with a two-digit `+00` offset, a little earlier, either accepted; the PRI's severity is the level; src, dst and cncServers are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:09.412Z", Info, "jatp-core01.corp.example", "<134>Nov 29 07:41:16 jatp-core01.corp.example JATP: CEF:0|JATP|Cortex|5.0.7.1|cnc|TROJAN_Emotet.CY|5|externalId=7731 eventId=24410 lastActivityTime=2026-11-29 07:41:09.412+00 src=203.0.113.88 dst=10.12.40.19 malwareSeverity=0.5 malwareCategory=Trojan_Generic cncServers=203.0.113.88"),
			we("2026-11-29T07:43:50Z|2026-11-29T07:43:47.105Z", Info, "jatp-core01.corp.example", "<134> Nov 29 07:43:50 jatp-core01.corp.example JATP: CEF:0|JATP|Cortex|5.0.7.1|email|TROJAN_Agent.CY|7|externalId=7735 eventId=24418 lastActivityTime=2026-11-29 07:43:47.105+00 src=198.51.100.140 dst=10.12.2.25 fileHash=4c1d8e0f7a92b3c56d18e4f0a7b2c9d3e6f1a8b5 fileName=statement_nov.xlsm fileType=Microsoft Excel 2007+ startTime=2026-11-29 07:43:47.105+00"),
			we("2026-11-29T07:45:02Z|2026-11-29T07:44:58.760Z", Warn, "jatp-core01.corp.example", "<132>Nov 29 07:45:02 jatp-core01.corp.example JATP: CEF:0|JATP|Cortex|5.0.7.1|http|ADWARE_InstallCore.DC|8|externalId=7736 eventId=24421 lastActivityTime=2026-11-29 07:44:58.760+00 src=10.12.40.77 dst=192.0.2.14 malwareSeverity=0.8 malwareCategory=Adware fileName=flashplayer_upd.exe"),
			we("2026-11-29T07:47:31Z|2026-11-29T07:47:30.002Z", Info, "jatp-core02.corp.example", "<134> Nov 29 07:47:31 jatp-core02.corp.example JATP: CEF:0|JATP|Cortex|5.0.7.1|cnc|TROJAN_Vertexbot.CY|5|externalId=7740 eventId=24433 lastActivityTime=2026-11-29 07:47:30.002+00 src=192.0.2.201 dst=10.12.41.6 malwareSeverity=0.5 malwareCategory=Unknown cncServers=192.0.2.201"),
		},
	},
	{
		name:   "juniper-jatp-cef-notification-iso-plus00",
		source: "Juniper ATP Appliance's CEF notifications without a syslog header (`yyyy-MM-dd HH:mm:ss.fff+00 host CEF:0|JATP|Cortex|ver|email|name|sev|… lastActivityTime=… startTime=…`), as a CEF receiver stores them: juniper.net ATP Appliance 'CEF Email Malware Event Notification Example' and 'CEF CnC Notification Example'",
		why:    "no PRI and no tag: a space-separated ISO date with milliseconds and a two-digit `+00` offset, then the appliance's host, then CEF; the times in the extension repeat the first one; no level",
		entries: []worldEntry{
			we("2026-11-29T07:52:14.318Z", Unknown, "jatp-core01.corp.example", "2026-11-29 07:52:14.318+00 jatp-core01.corp.example CEF:0|JATP|Cortex|5.0.7.1|email|TROJAN_Zbot.CY|7|externalId=7752 eventId=24460 lastActivityTime=2026-11-29 07:52:14.318+00 src=198.51.100.77 dst=10.12.2.25 fileHash=9e2a4c6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7c fileName=remittance.zip fileType=Zip archive data, at least v2.0 to extract startTime=2026-11-29 07:52:14.318+00"),
			we("2026-11-29T07:53:40.051Z", Unknown, "jatp-core01.corp.example", "2026-11-29 07:53:40.051+00 jatp-core01.corp.example CEF:0|JATP|Cortex|5.0.7.1|cnc|TROJAN_Qakbot.CY|7|externalId=7755 eventId=24467 lastActivityTime=2026-11-29 07:53:40.051+00 src=203.0.113.19 dst=10.12.44.130 malwareSeverity=0.7 malwareCategory=Trojan_DataTheft cncServers=203.0.113.19"),
			we("2026-11-29T07:58:02.900Z", Unknown, "jatp-core02.corp.example", "2026-11-29 07:58:02.900+00 jatp-core02.corp.example CEF:0|JATP|Cortex|5.0.7.1|email|PHISH_Generic.CY|5|externalId=7761 eventId=24480 lastActivityTime=2026-11-29 07:58:02.900+00 src=192.0.2.66 dst=10.12.2.26 fileHash=1f3a5c7e9b0d2f4a6c8e0a2c4e6b8d0f2a4c6e8b fileName=docusign_review.html fileType=HTML document, ASCII text startTime=2026-11-29 07:58:02.900+00"),
		},
	},
	{
		name:   "tenable-ot-security-cef-ip-host",
		source: "Tenable OT Security (formerly Indegy) syslog forwarding in CEF (`<PRI>Mmm d HH:mm:ss address CEF:0|Tenable|Tenable OT Security|ver|id|name|sev|dvchost=Tenable OT Security rt=Mmm d yyyy HH:mm:ss duser=… suser=… cfp1Label=cluster_log_id … cat=…`): docs.tenable.com OT Security Syslog Integration Guide, 'Appendix — Syslog Samples'",
		why:    "the header's host is the appliance's address; rt repeats the header time with a year; dvchost is the product's name, duser and suser are OT assets, none is the record's host; the PRI's severity is the level (<12> warning, <14> info)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "10.20.0.15", "<12>Nov 29 07:41:16 10.20.0.15 CEF:0|Tenable|Tenable OT Security|3.19.22|115|Network Baseline Deviation|7|dvchost=Tenable OT Security rt=Nov 29 2026 07:41:16 duser=hist-srv-01.plant.example suser=eng-ws-04.plant.example proto=TCP dst=10.20.3.11 src=10.20.5.40 dpt=445 cfp1Label=cluster_log_id cfp1=2210417 externalId=2210422 cs6Label=policy_name cs6=PLC Baseline Deviation Detection cat=NetworkEvents"),
			we("2026-11-29T07:43:02Z", Info, "10.20.0.15", "<14>Nov 29 07:43:02 10.20.0.15 CEF:0|Tenable|Tenable OT Security|3.19.22|30|Rockwell Code Upload|3|dvchost=Tenable OT Security rt=Nov 29 2026 07:43:02 duser=Filler_Line_2 suser=Tenable.ot - FT/HA outcome=success dst=10.20.7.12 dmac=00:1d:9c:41:7e:02 src=10.20.0.15 smac=00:e0:09:5a:13:c8 cfp1Label=cluster_log_id cfp1=2210530 externalId=2210530 cs6Label=policy_name cs6=Rockwell Code Upload cat=ConfigurationEvents"),
			we("2026-11-29T07:49:55Z", Warn, "10.20.0.15", "<12>Nov 29 07:49:55 10.20.0.15 CEF:0|Tenable|Tenable OT Security|3.19.22|13|SIMATIC PLC Stop|7|dvchost=Tenable OT Security rt=Nov 29 2026 07:49:55 duser=PLC_1516-3 suser=eng-ws-04.plant.example outcome=success dst=10.20.7.31 src=10.20.5.40 cfp1Label=cluster_log_id cfp1=2210611 externalId=2210611 cs6Label=policy_name cs6=SIMATIC PLC Stop cat=ConfigurationEvents"),
			we("2026-11-29T07:52:20Z", Info, "10.20.0.16", "<14>Nov 29 07:52:20 10.20.0.16 CEF:0|Tenable|Tenable OT Security|3.19.22|2|SIMATIC Code Upload|3|dvchost=Tenable OT Security rt=Nov 29 2026 07:52:20 duser=PLC_1511C-1 suser=Tenable.ot - FT/HA outcome=success dst=10.21.7.5 src=10.21.0.16 cfp1Label=cluster_log_id cfp1=880214 externalId=880214 cs6Label=policy_name cs6=SIMATIC Code Upload cat=ConfigurationEvents"),
		},
	},
	{
		name:   "ibm-guardium-guard-sender-leef-pipes",
		source: "IBM Guardium's policy-rule alerts in LEEF sent by guard_sender (`<PRI>Mmm dd HH:mm:ss host guard_sender[pid]: LEEF:1.0|IBM|Guardium|ver|rule name|ruleID=…|ruleDesc=…|severity=…|devTime=yyyy-M-d H:mm:ss|…`, attributes separated by `|` instead of tabs): IBM QRadar DSM guide 'IBM Guardium sample event messages'",
		why:    "LEEF whose attributes are split by pipes; devTime has a one-digit month and hour; start= is an epoch in milliseconds; severity=INFO/MED/HIGH is the rule's importance, the PRI's severity is the level (<30> info, <28> warning, <25> alert); the database server and client addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "gdm-coll01.corp.example", "<30>Nov 29 07:41:16 gdm-coll01.corp.example guard_sender[4812]: LEEF:1.0|IBM|Guardium|11.5|Login failures|ruleID=20026|ruleDesc=Login failures|severity=INFO|devTime=2026-11-29 7:41:16|serverType=DB2|classification=|category=|dbProtocolVersion=3.0|usrName=|sourceProgram=DB2JCC_APPLICATION|start=1795938076000|dbUser=rptuser|dst=10.44.2.124|dstPort=50000|src=10.44.5.152|srcPort=41872|protocol=TCP|type=LOGIN_FAILED|violationID=31|sql=|error=08001-XXXX:30082-01"),
			we("2026-11-29T07:43:40Z", Warn, "gdm-coll01.corp.example", "<28>Nov 29 07:43:40 gdm-coll01.corp.example guard_sender[4812]: LEEF:1.0|IBM|Guardium|11.5|Bulk export from HR schema|ruleID=20114|ruleDesc=Bulk export from HR schema|severity=MED|devTime=2026-11-29 7:43:40|serverType=ORACLE|classification=Violation|category=Privacy|dbProtocolVersion=3.15|usrName=|sourceProgram=SQLPLUS.EXE|start=1795938220000|dbUser=HR_BATCH|dst=10.44.2.30|dstPort=1521|src=10.44.9.18|srcPort=53310|protocol=TCP|type=SQL_LANG|violationID=32|sql=SELECT * FROM HR.EMPLOYEES|error="),
			we("2026-11-29T07:46:05Z", Alert, "gdm-coll01.corp.example", "<25>Nov 29 07:46:05 gdm-coll01.corp.example guard_sender[4812]: LEEF:1.0|IBM|Guardium|11.5|Unauthorized Users on Cardholder Objects - Alert|ruleID=159|ruleDesc=Unauthorized Users on Cardholder Objects - Alert|severity=HIGH|devTime=2026-11-29 7:46:05|serverType=MS SQL SERVER|classification=Violation|category=PCI|dbProtocolVersion=8.0|usrName=|sourceProgram=SSMS.EXE|start=1795938365000|dbUser=CORP\\t.nakamura|dst=10.44.3.61|dstPort=1433|src=10.44.12.40|srcPort=62014|protocol=TCP|type=SQL_LANG|violationID=33|sql=SELECT PAN FROM dbo.CARDS|error="),
		},
	},
	{
		name:   "ibm-guardium-guard-sender-alert-escaped-newline",
		source: "IBM Guardium's plain syslog alert from guard_sender as rsyslog stores it, the message's newline escaped as `#012` (`<PRI>Mmm dd HH:mm:ss host guard_sender[pid]: Alert based on rule ID rule description#012Category: …|Classification: …|Severity …|Rule # id [ … ]|Request Info: [Session start: yyyy-MM-dd HH:mm:ss]|Server Type: …|Client IP …|…`): docs.trellix.com 'IBM Guardium log format and field mapping' (its expected syslog format and log sample)",
		why:    "one record with the escaped newline inside; `Session start:` is the database session's own earlier time, not the record's; `Severity INFO` is the rule's importance, the PRI's severity is the level (<13> notice, <12> warning); the client and server addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:51:30Z", Notice, "gdm-coll02", "<13>Nov 29 07:51:30 gdm-coll02 guard_sender[5120]: Alert based on rule ID log full sql - payroll DBAs#012Category: Audit|Classification: Privileged|Severity INFO|Rule #20031 [log full sql - payroll DBAs]|Request Info: [Session start: 2026-11-29 07:12:44]|Server Type: ORACLE|Client IP 10.44.12.7|ServerIP:10.44.2.31|Client PORT: 51822|Server Port: 1521|Net Protocol:TCP|DB Protocol: ORACLE|DB Protocol Version: 3.15|DBUser: PAYROLL_DBA|Application User Name |Source Program: SQL DEVELOPER|Authorization Code: 0|Request Type: SQL_LANG|Last Error: |SQL: UPDATE PAYROLL.RATES SET RATE = 41.5 WHERE GRADE = 'E4'|To add to baseline: "),
			we("2026-11-29T07:54:12Z", Warn, "gdm-coll02", "<12>Nov 29 07:54:12 gdm-coll02 guard_sender[5120]: Alert based on rule ID failed logins to production#012Category: Security|Classification: Violation|Severity MED|Rule #20040 [failed logins to production]|Request Info: [Session start: 2026-11-29 07:54:10]|Server Type: POSTGRESQL|Client IP 10.44.20.91|ServerIP:10.44.2.50|Client PORT: 40312|Server Port: 5432|Net Protocol:TCP|DB Protocol: POSTGRESQL|DB Protocol Version: 3.0|DBUser: app_ro|Application User Name |Source Program: PSQL|Authorization Code: 0|Request Type: LOGIN_FAILED|Last Error: 28P01|SQL: |To add to baseline: "),
			we("2026-11-29T07:58:47Z", Notice, "gdm-coll02", "<13>Nov 29 07:58:47 gdm-coll02 guard_sender[5120]: Alert based on rule ID schema change outside window#012Category: Change|Classification: Policy|Severity INFO|Rule #20055 [schema change outside window]|Request Info: [Session start: 2026-11-29 07:40:03]|Server Type: MS SQL SERVER|Client IP 10.44.12.40|ServerIP:10.44.3.61|Client PORT: 62101|Server Port: 1433|Net Protocol:TCP|DB Protocol: TDS|DB Protocol Version: 7.4|DBUser: CORP\\t.nakamura|Application User Name |Source Program: SSMS.EXE|Authorization Code: 0|Request Type: DDL|Last Error: |SQL: ALTER TABLE dbo.ORDERS ADD region_code CHAR(2)|To add to baseline: "),
		},
	},
}

func TestFresh503Formats(t *testing.T) { assertTable(t, fresh503Cases) }

func TestFresh503Score(t *testing.T) {
	checkScore(t, "fresh503 formats", fresh503Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
