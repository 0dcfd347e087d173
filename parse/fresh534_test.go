package parse

import "testing"

// The five-hundred-and-thirty-fourth fresh table: syslog test vectors, a twenty-eighth pass. Syslog
// lines as real senders write them and receivers store them, in header spellings no earlier table
// holds (no PRI, a blank after the PRI, an address where the host goes, a second time of the same
// event after the tag or before the host, CEF and LEEF after a classic header, a comma-separated
// line with no header at all). Each family is one product's documented output: Aruba IntroSpect's
// (Niara's) key=value alerts with a detection_time at -05:00; Locum RealTime Monitor's Unisys MCP
// events with the device's address as the host and the monitor's own `HH:MM`; HBGary Active
// Defense's LEEF behind `<PRI> ` and an RFC 3339 time without a version digit; SafeNet HSMs'
// payment-control audit with a bracketed inner time and a level word; DG Technology InfoSec MEAS's
// mainframe CEF with an upper-case system id as the host; OPSWAT MetaDefender Core's remote syslog
// (`local stamp, source address, stamp with offset, host, CEF`); One Identity Defender Security
// Server's `DEFDSS:` lines; Code Green Networks' Content Inspector's comma-separated events with a
// quoted `Mmm d, yyyy h:mm:ss AM` date.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive, as fixed strings) by
// product and by a fragment of its line first (`niara`, `aruba introspect`, `introspect`,
// `msg_type=alert`, `detection_time`, `alert_confidence`, `attack_stage`, `locum`,
// `RealTime_Monitor`, `RealTime Monitor`, `Usercode`, `VALIDATION:`, `hbgary`, `LEEF:1|HBGary`,
// `Active Defense`, `payctrlusr`, `payctrlprd`, `op#1`, `safenet`, `MEASType`, `INFOSEC-DGTECH`,
// `dg technology`, `vanguard`, `MSCL`, `MSCW`, `ometascan`, `metadefender core`, `metadefender`,
// `MOCM`, `DEFDSS`, `one identity defender`, `defender security server`, `defender`, `bmc defender`,
// `code green`, `codegreen`, `Login Events`, `Appliance,`, and the candidates dropped as measured
// or not fitting: `RSYSLOG_DebugFormat`, `Debug line with all properties`, `impstats`,
// `origin software="rsyslogd"`, `syslog-ng starting up`, `Log statistics;`, `demo_logs`,
// `fluent-bit`, `fluentbit`, `logstash`, `vector`, `SysLogHandler`, `log/syslog`, `winston`,
// `nxlog`, `to_syslog_ietf`, `snare`, `MSWinEventLog`, `loggregator`, `tags@47450`, `logplex`,
// `papertrail`, `syslogd -v`, `<kern.info>`, `socklog`, `svlogd`, `sysklogd`, `metalog`, `busybox`,
// `symantec messaging gateway`, `brightmail`, `conduit:`, `SyslogAlertForwarder`, `SymantecServer`,
// `intrusion prevention system manager`, `network security manager`, `kiwi`, `Local7.info`,
// `solarwinds`, `tenzir`, `write_syslog`, `tremor`, `syslog watcher`, `ezfive`, `RAW_MESSAGE`,
// `drill`, `syslogd-sendtest`, `indegy`, `pacemaker`, `pmrfc3164sd`, `syslog-rs`,
// `syslog_rs`, `netsyslog`, `mmpstrucdata`, `cattools`, `kiwi cattools`, `gdch`,
// `distributed cloud`, `audit-log-prober`, `zfs storage`, `ZFSSA`, `sun storage 7000`, `ak_`,
// `Oracle ZFS`, `fortiauthenticator`, `typeid=`, `subcategory="Authentication"`, `top layer`,
// `stonegate`, `tippingpoint`, `fortinac`, `freeguard`, `freedom9`, `security_appliance`, `tesys`,
// `loglogic`, `kaspersky secure mail`, `KSMG`, `core.network`, `sangfor`, `hillstone`, `venustech`,
// `array networks`, `stormshield`, `cyberoam`, `gajshield`, `untangle`, `endian`, `ipfire`,
// `smoothwall`, `clearos`, `kerio`, `forcepoint`, `websense`, `clearpass`, `cisco ise`, `CISE_`,
// `nozomi`, `claroty`, `dragos`, `armis`, `forescout`, `vectra`, `darktrace`, `extrahop`,
// `gigamon`, `netwitness`, `exabeam`, `securonix`, `netskope`, `iboss`, `proofpoint`, `mimecast`,
// `ironport`, `deep security`, `sentinelone`, `carbon black`, `tanium`, `ivanti`, `pulse secure`,
// `thycotic`, `cyber-ark`, `beyondtrust`, `okta`, `authproxy`, `securid`, `entrust`, `silver peak`,
// `riverbed`, `versa`, `velocloud`, `viptela`, `aryaka`, `cato`, `cambium`, `mimosa`, `siklu`,
// `peplink`, `cradlepoint`, `digi`, `moxa`, `hirschmann`, `westermo`, `ruggedcom`, `schneider`,
// `rockwell`, `sel-`, `opengear`, `lantronix`, `avocent`, `server technology`, `sentry`, `vertiv`,
// `liebert`, `eaton`, `tripp lite`, `cyberpower`, `apcupsd`, `axis`, `hikvision`, `milestone`,
// `polycom`, `yealink`, `grandstream`, `mitel`, `3cx`, `sangoma`, `audiocodes`, `acme packet`,
// `metaswitch`, `nutanix`, `ontap`, `pure storage`, `isilon`, `data domain`, `3par`, `nimble`,
// `veeam`, `commvault`, `rubrik`, `synology`, `qnap`, `truenas`, `vcenter`, `xenserver`, `ovirt`
// (network, security, power and storage vendors' names, all in earlier tables but `entrust` and
// `metaswitch`, not looked up further)). None of IntroSpect,
// Locum, HBGary, the SafeNet payment HSM audit, MEAS, MetaDefender Core, Defender or Code Green is
// in any table (`introspect` matches only NSX Guest Introspection and Splunk's introspection log;
// `RealTime Monitor`, `Usercode`, `VALIDATION:` and `op#1` only other products' words; `safenet`
// and `MOCM` only an earlier grep list; `MSCL` and `core.network` other products' words;
// `metadefender` only MetaDefender Storage Security and Email Gateway Security; `defender` only
// Microsoft's and others' Defenders). Left out as measured already: rsyslog's debug format and
// impstats, syslog-ng's own lines, Fluent Bit's, Vector's and Logstash's syslog outputs, Python's
// SysLogHandler, Go's log/syslog, NXLog, Snare, Loggregator, Heroku's logplex, Papertrail,
// socklog, sysklogd, BusyBox, Symantec Messaging Gateway and Endpoint Protection, the Trellix IPS
// Manager's forwarder, Kiwi, Tenzir's write_syslog, Syslog Watcher, Indegy, Pacemaker, Kiwi
// CatTools, Google Distributed Cloud's audit syslog, the Oracle ZFS appliance, FortiAuthenticator,
// freeGuard, TeSys Tera, LogLogic, Kaspersky Secure Mail Gateway. Left out as its line is not
// confirmed by any search: BMC Defender Agent for Windows' default (`<PRI>` and the message only).
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The classic headers without a zone are read as UTC, and so are Code Green's
// quoted 12-hour dates (PM is added). Where a line carries the event's own time next to the
// header's, either is accepted: IntroSpect's detection_time at -05:00, Locum's `HH:MM` after the
// tag (on the header's minute), SafeNet's bracketed time (the same second) and MetaDefender Core's
// stamp at +01:00 next to its zone-less local stamp. Levels only where the line marks one: the PRI's
// severity (Locum, HBGary, SafeNet, Defender), SafeNet's level word after the bracket (it agrees
// with the PRI), Code Green's severity column; CEF and LEEF severities (`|2|`, sev=), IntroSpect's
// alert_severity score, and the lines with no PRI and no level word have none. The host is the
// record's host field: the header host, Locum's device address, MEAS's system id, the name before
// MetaDefender Core's CEF, Code Green's hostname column; src_host_name, dstHost, dst, shost's
// peers, suid, client addresses, MetaDefender Core's source address and the distinguished names and
// domain controllers in Defender's messages are no hosts. Every record is one line.
//
// The shapes come from the documentation each case names, found with the search tool (corpora
// "docs", "pages"); Defender's places DEFDSS: where the tag goes from memory (its KB gives the
// fields and the marker, not a whole line), the only family that leans on memory for its layout.
// Hosts, ids, addresses, users and messages are invented, and every time is in late November 2026.
// The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read,
// and it stays in the score.
//
// Its first figure, scored at commit 79e5bf4 before any rule for it: level 87.5 %, time 100.0 %, host 75.0 %, records 100.0 %.
// That is the macro figure (micro: level 87.5 %, time 100.0 %, host 75.0 %, records 100.0 %), in a
// worktree at 79e5bf4 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are MetaDefender Core's host name after its offset-stamped
// second time (trawl takes the source address before that time as the host) and Code Green's
// comma-separated columns (neither its hostname column nor its severity column is read).

var fresh534Cases = []worldCase{
	{
		name:   "aruba-introspect-niara-kv-detection-time",
		source: "Aruba IntroSpect (formerly Niara) alerts forwarded over syslog with no PRI (`Mmm dd HH:mm:ss host msg_type=alert detection_time=\"yyyy-MM-dd HH:mm:ss ±hh:mm\" alert_name=… alert_type=… alert_category=… alert_severity=N alert_confidence=N attack_stage=… user_name=… src_host_name=… src_ip=… dest_ip=… description=\"…\" alert_id=\"…\"`): Trellix ESM 'Niara log format and field mapping' (docs search)",
		why:    "a yearless BSD header with no PRI, then key=value pairs; detection_time carries a year and a numeric offset and is the event's own, earlier time (it or the header is accepted); alert_severity is a score, no level; src_host_name and the addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:39:58Z", Unknown, "introspect-an1", `Nov 29 07:41:16 introspect-an1 msg_type=alert detection_time="2026-11-29 02:39:58 -05:00" alert_name=BitTorrent alert_type="P2P Application" alert_category="Policy Violation" alert_severity=40 alert_confidence=40 attack_stage=Infection user_name=unknown src_host_name=unknown src_ip=10.44.7.19 dest_ip=198.51.100.62 description="IP Address 10.44.7.19 fetched a BitTorrent client on Nov 29, 2026" alert_id="bittorrent&10.44.7.19&BitTorrent&corp.example"`),
			we("2026-11-29T07:52:03Z|2026-11-29T07:50:41Z", Unknown, "introspect-an1", `Nov 29 07:52:03 introspect-an1 msg_type=alert detection_time="2026-11-29 02:50:41 -05:00" alert_name="Unusual Data Upload" alert_type="Data Exfiltration" alert_category=Exfiltration alert_severity=70 alert_confidence=60 attack_stage=Exfiltration user_name=rkaplan src_host_name=fin-lt-0231 src_ip=10.44.12.88 dest_ip=203.0.113.140 description="Host fin-lt-0231 uploaded 2.3 GB to a destination never seen before" alert_id="exfil&10.44.12.88&203.0.113.140"`),
			we("2026-11-29T08:05:47Z|2026-11-29T08:05:12Z", Unknown, "introspect-an2", `Nov 29 08:05:47 introspect-an2 msg_type=alert detection_time="2026-11-29 03:05:12 -05:00" alert_name="Brute Force Login" alert_type="Account Compromise" alert_category="Lateral Movement" alert_severity=55 alert_confidence=80 attack_stage="Internal Recon" user_name=svc_backup src_host_name=unknown src_ip=10.44.3.5 dest_ip=10.44.0.10 description="31 failed Kerberos logons for svc_backup in 5 minutes" alert_id="bruteforce&10.44.3.5&svc_backup"`),
			we("2026-11-29T08:19:30Z", Unknown, "introspect-an2", `Nov 29 08:19:30 introspect-an2 msg_type=alert detection_time="2026-11-29 03:19:30 -05:00" alert_name="DGA Domain Lookup" alert_type="Command and Control" alert_category=Malware alert_severity=85 alert_confidence=75 attack_stage=Command src_host_name=eng-ws-0412 src_ip=10.44.20.12 dest_ip=10.44.0.53 user_name=dpatel description="Host eng-ws-0412 resolved 118 algorithmically generated names" alert_id="dga&10.44.20.12&qx7kz3vb.example"`),
		},
	},
	{
		name:   "locum-realtime-monitor-ip-host-minute",
		source: "Locum RealTime Monitor (security monitoring of Unisys MCP systems) over syslog (`<PRI>Mmm dd HH:mm:ss device-IP RealTime_Monitor HH:MM STATUS: n Usercode … message`, the device's address where the host goes, the monitor's own hour and minute after the tag): Trellix ESM 'Locum RealTime Monitor log format and field mapping' (docs search); the status words other than VALIDATION from memory",
		why:    "the header's host is an IPv4 address; the second time after the tag has hours and minutes only and is the same moment (either accepted); the level from the PRI; the FTP or Telnet client address in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:00Z", Info, "10.60.2.15", `<126>Nov 29 07:41:16 10.60.2.15 RealTime_Monitor 07:41 VALIDATION: 4471 Usercode PAYROLL validated for JOBSCHED (by FTP/SERVER/FOR/"10.60.9.31")`),
			we("2026-11-29T07:43:02Z|2026-11-29T07:43:00Z", Warn, "10.60.2.15", `<124>Nov 29 07:43:02 10.60.2.15 RealTime_Monitor 07:43 SECURITY: 4488 Usercode OPSADMIN invalid password, attempt 3 (by TELNET/"10.60.9.44")`),
			we("2026-11-29T07:44:51Z|2026-11-29T07:44:00Z", Error, "10.60.2.15", `<123>Nov 29 07:44:51 10.60.2.15 RealTime_Monitor 07:44 VIOLATION: 4502 Usercode GUEST denied access to (PROD)GL/MASTER/LEDGER ON PRODPK`),
			we("2026-11-29T07:46:30Z|2026-11-29T07:46:00Z", Notice, "10.60.2.16", `<125>Nov 29 07:46:30 10.60.2.16 RealTime_Monitor 07:46 VALIDATION: 5120 Usercode BATCHOPS validated for CANDE (by TELNET/"10.60.9.52")`),
		},
	},
	{
		name:   "hbgary-active-defense-leef-pri-blank",
		source: "HBGary Active Defense's LEEF 1.0 over syslog (`<PRI> yyyy-MM-ddTHH:mm:ssZ host process[pid]:LEEF:1|HBGary|Active Defense|ver|EventID|sev=N user=… dstHost=… dst=… message=…`, a blank after the PRI, no blank between the tag's colon and LEEF): Trellix ESM 'HBGary Active Defense log format and field mapping' (docs search); the event ids other than Login invented in its shape",
		why:    "a blank between the PRI and an RFC 3339 time in Z with no version digit; the level from the PRI (sev= is the event's importance, no level); dstHost and dst name the inspected machine, not the sender",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "adserver01", "<134> 2026-11-29T07:41:16Z adserver01 hbad[2216]:LEEF:1|HBGary|Active Defense|1.3.0|Login|sev=0 user=mreyes dstHost=adserver01 dst=10.12.0.40 message=Logged In"),
			we("2026-11-29T07:44:09Z", Notice, "adserver01", "<133> 2026-11-29T07:44:09Z adserver01 hbad[2216]:LEEF:1|HBGary|Active Defense|1.3.0|PolicyDeployed|sev=2 user=mreyes dstHost=ws-eng-114 dst=10.12.8.114 message=Scan policy Weekly-DDNA deployed"),
			we("2026-11-29T07:58:37Z", Warn, "adserver01", "<132> 2026-11-29T07:58:37Z adserver01 hbad[2216]:LEEF:1|HBGary|Active Defense|1.3.0|DDNAAlert|sev=8 user=SYSTEM dstHost=ws-fin-027 dst=10.12.9.27 message=Module svch0st.exe scored 42.5 on the Digital DNA scale"),
			we("2026-11-29T08:02:55Z", Error, "adserver01", "<131> 2026-11-29T08:02:55Z adserver01 hbad[2216]:LEEF:1|HBGary|Active Defense|1.3.0|AgentUnreachable|sev=5 user=SYSTEM dstHost=ws-eng-090 dst=10.12.8.90 message=Agent did not check in for 24 hours"),
		},
	},
	{
		name:   "safenet-hsm-payctrl-bracket-time",
		source: "SafeNet hardware security modules' payment-control audit over syslog (`<PRI>Mmm dd HH:mm:ss host app: [yyyy-MM-dd HH:mm:ss] LEVEL client-ip [-] payctrlusr N Crypto payctrlprd:N [op#1 OPERATION] - [Result] [-]`): Trellix ESM 'SafeNet Hardware-Security-Modules log format and field mapping' (docs search); the level words other than INFO and the operations other than ENCRYPT from memory",
		why:    "an FQDN host; the app's own bracketed date and time of the same second after the tag; the PRI's severity and the level word after the bracket agree; the client address after the level is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "hsm-a.pay.example", "<142>Nov 29 07:41:16 hsm-a.pay.example hsmBox: [2026-11-29 07:41:16] INFO 10.70.1.21 [-] payctrlusr 0 Crypto payctrlprd:3100772 [op#1 ENCRYPT AES] - [Success] [-]"),
			we("2026-11-29T07:41:17Z", Info, "hsm-a.pay.example", "<142>Nov 29 07:41:17 hsm-a.pay.example hsmBox: [2026-11-29 07:41:17] INFO 10.70.1.22 [-] payctrlusr 0 Crypto payctrlprd:3100773 [op#1 DECRYPT AES] - [Success] [-]"),
			we("2026-11-29T07:41:20Z", Warn, "hsm-a.pay.example", "<140>Nov 29 07:41:20 hsm-a.pay.example hsmBox: [2026-11-29 07:41:20] WARN 10.70.1.22 [-] payctrlusr 0 Crypto payctrlprd:3100775 [op#1 VERIFY PIN] - [Retry] [-]"),
			we("2026-11-29T07:41:23Z", Error, "hsm-b.pay.example", "<139>Nov 29 07:41:23 hsm-b.pay.example hsmBox: [2026-11-29 07:41:23] ERROR 10.70.1.23 [-] payctrlusr 0 Crypto payctrlprd:3100781 [op#1 SIGN RSA] - [Failure] [-]"),
		},
	},
	{
		name:   "dgtech-meas-cef-mainframe-sysid",
		source: "DG Technology's InfoSec MEAS (mainframe event acquisition for RACF, ACF2 and Top Secret) sending CEF over syslog with no PRI (`Mmm dd HH:mm:ss SYSID CEF:0|INFOSEC-DGTECH|MEAS|ver|sig|NAME|sev|act=… shost=… suid=… src=… msg=\"MEASType\\=nnn-nnn UID\\=<…> SID\\=<…> TYPE\\=<…> Text \\=<…> sproc\\=…\"`): Trellix ESM 'DG Technology InfoSec MEAS log format and field mapping' (docs search)",
		why:    "a yearless BSD header with no PRI and an upper-case system id as the host; no level (the CEF severity is the event's importance); escaped equals signs inside msg=; suid, sproc and src are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "SYSB", `Nov 29 07:41:16 SYSB CEF:0|INFOSEC-DGTECH|MEAS|5.10.03|396080001|RACF LOGON|1|act=log shost=SYSB suid=OPER14 src=10.80.4.21 msg="MEASType\=080-001 UID\=<OPER14> SID\=<SYSB> TYPE\=<LOGON> Text \=<TSO LOGON ACCEPTED> sproc\=OPER14"`),
			we("2026-11-29T07:42:03Z", Unknown, "SYSB", `Nov 29 07:42:03 SYSB CEF:0|INFOSEC-DGTECH|MEAS|5.10.03|396080002|RACF VIOLATION|5|act=log shost=SYSB suid=JTORRES src=10.80.4.66 msg="MEASType\=080-002 UID\=<JTORRES> SID\=<SYSB> TYPE\=<ACCESS> Text \=<INSUFFICIENT AUTHORITY TO PAYROLL.MASTER.DATA> sproc\=JTORRESX"`),
			we("2026-11-29T07:45:38Z", Unknown, "SYSC", `Nov 29 07:45:38 SYSC CEF:0|INFOSEC-DGTECH|MEAS|5.10.03|396231004|TSS COMMAND|3|act=log shost=SYSC suid=SECADM2 src=10.80.4.90 msg="MEASType\=231-004 UID\=<SECADM2> SID\=<SYSC> TYPE\=<CMND> Text \=<TSS.ADD(KLEWIS).PROFILE(OPSPROF)> sproc\=SECADM2"`),
		},
	},
	{
		name:   "opswat-metadefender-core-remote-cef-two-times",
		source: "OPSWAT MetaDefender Core's remote syslog (`Mmm dd HH:mm:ss source-IP yyyy-MM-ddTHH:mm:ss±hh:mm host CEF:0|OPSWAT|MSCL|ver|component|MSCL[pid] name|sev|… msgid=N`, MSCL on Linux, MSCW on Windows): opswat.com MetaDefender Core 5.20 'Syslog Message Format' (docs search), Splunk Connect for Syslog's OPSWAT MetaDefender Core page",
		why:    "two times of the same event: the local zone-less stamp (read as UTC) and the stamp with its +01:00 offset (either accepted); the source address between them is no host, the host is the name before CEF; the CEF severity is no level",
		gap:    "the host name after the offset-stamped second time is not read: trawl takes the source address between the local stamp and that time as the host",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16Z", Unknown, "mdcore01", "Nov 29 08:41:16 10.90.3.14 2026-11-29T08:41:16+01:00 mdcore01 CEF:0|OPSWAT|MSCL|5.12.1|core.network|MSCL[6120] Listening address changed|2|address='0.0.0.0:8008' msgid=668"),
			we("2026-11-29T08:41:18Z|2026-11-29T07:41:18Z", Unknown, "mdcore01", "Nov 29 08:41:18 10.90.3.14 2026-11-29T08:41:18+01:00 mdcore01 CEF:0|OPSWAT|MSCL|5.12.1|common.update|MSCL[6120] Engine package downloaded|2|engineName='ClamAV' packageVersion='1.4.2-27471' msgid=1102"),
			we("2026-11-29T08:43:05Z|2026-11-29T07:43:05Z", Unknown, "mdcore01", "Nov 29 08:43:05 10.90.3.14 2026-11-29T08:43:05+01:00 mdcore01 CEF:0|OPSWAT|MSCL|5.12.1|agent.engines|ometascan-node[455] Engine could not be loaded|3|engineName='avira' reason='license expired' msgid=1207"),
			we("2026-11-29T08:47:51Z|2026-11-29T07:47:51Z", Unknown, "mdcore02", "Nov 29 08:47:51 10.90.3.15 2026-11-29T08:47:51+01:00 mdcore02 CEF:0|OPSWAT|MSCW|5.12.1|core.database|MSCW[3318] Database connection lost|4|server='10.90.3.20:5432' msgid=1420"),
		},
	},
	{
		name:   "oneidentity-defender-dss-defdss",
		source: "One Identity Defender Security Server's syslog output (`<PRI>Mmm dd HH:mm:ss host DEFDSS: message`, LocalUse0-7 facilities, the server's local time, DEFDSS: marking Defender's messages): One Identity KB 4303676 'Further detail regarding Defender syslog output formatting' and the Defender 5.8 Administrator Guide's 'Defender Security Server messages' (pages search); where DEFDSS: stands in the line and its spacing from memory",
		why:    "a classic header with the PRI's severity as the level; DEFDSS: stands where the tag goes; the users, tokens, distinguished names and domain controllers in the messages are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "dss01", "<134>Nov 29 07:41:16 dss01 DEFDSS: User ktanaka authenticated with token PDWL0048813 Session ID: 6E1F0A42"),
			we("2026-11-29T07:41:22Z", Info, "dss01", "<134>Nov 29 07:41:22 dss01 DEFDSS: Info: User ktanaka found as user CN=Kenji Tanaka,OU=Staff,DC=corp,DC=example Session ID: 6E1F0A43"),
			we("2026-11-29T07:43:10Z", Warn, "dss01", "<132>Nov 29 07:43:10 dss01 DEFDSS: PIN Expired bwalsh"),
			we("2026-11-29T07:45:02Z", Error, "dss02", "<131>Nov 29 07:45:02 dss02 DEFDSS: Authenticating to dc03.corp.example:389 with svc-defender (svc-defender on corp.example) failed"),
			we("2026-11-29T07:49:40Z", Notice, "dss02", "<133>Nov 29 07:49:40 dss02 DEFDSS: User lmoreau changed Defender Password Session ID: 6E1F0B07"),
		},
	},
	{
		name:   "code-green-dlp-csv-quoted-ampm",
		source: "Code Green Networks' Content Inspector (data loss prevention appliance) events as a syslog collector receives them, comma-separated with no syslog header (`\"Mmm d, yyyy h:mm:ss AM|PM\",DeviceType,hostname,n,,,session,Severity,Category,user,ip,,message`): Trellix ESM 'Code Green Data Loss Prevention log format and field mapping' (docs search); the severity words other than Notice from memory",
		why:    "no PRI and no header: a quoted month-name date with a comma, a year and a 12-hour clock with AM or PM (zone-less, UTC); the host is the third column; the severity column is the level; the client address is no host",
		gap:    "the comma-separated columns after the quoted date are not read: the hostname column (third) gives no host and the severity column (Info, Notice, Warning, Error) no level",
		entries: []worldEntry{
			we("2026-11-28T22:14:55Z", Info, "ci-dlp02", `"Nov 28, 2026 10:14:55 PM",Appliance,ci-dlp02,0,,,204790,Info,Login Events,admin,10.15.2.8,,Logout completed by admin`),
			we("2026-11-29T07:41:16Z", Notice, "ci-dlp01", `"Nov 29, 2026 7:41:16 AM",Appliance,ci-dlp01,0,,,204811,Notice,Login Events,admin,10.15.2.8,,Login completed by admin from 10.15.2.8`),
			we("2026-11-29T07:52:40Z", Warn, "ci-dlp01", `"Nov 29, 2026 7:52:40 AM",Appliance,ci-dlp01,0,,,204812,Warning,Policy Events,jsato,10.15.6.71,,Outbound mail to webmail.example.net matched policy PCI-Card-Numbers (4 matches)`),
			we("2026-11-29T11:03:09Z", Error, "ci-dlp01", `"Nov 29, 2026 11:03:09 AM",Appliance,ci-dlp01,0,,,204830,Error,System Events,system,10.15.2.4,,Connection to the mail relay 10.15.2.20 was refused`),
		},
	},
}

func TestFresh534Formats(t *testing.T) { assertTable(t, fresh534Cases) }
func TestFresh534Score(t *testing.T) {
	checkScore(t, "fresh534 formats", fresh534Cases, [worldNumFields]float64{87.4, 99.9, 74.9, 99.9})
}
