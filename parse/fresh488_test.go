package parse

import "testing"

// The four-hundred-and-eighty-eighth fresh table: syslog test vectors, a twenty-fifth pass. Syslog
// messages as security and monitoring products really send them and receivers store them, in
// header spellings no earlier table holds. Each family is one product's documented output:
// Kaspersky Web Traffic Security's CEF events (`Mmm dd, yyyy HH:mm:ss host CEF:0|AO Kaspersky
// Lab|…`, a comma after the day and the year before the time); PingIntelligence API Security
// Enforcer's audit messages (`ase_audit[pid]` followed by a blank, no colon); LibreNMS' Syslog
// alert transport (`<26> Mmm dd …`, a blank between the PRI and the header); Fidelis XPS's LEEF
// alerts (`<13>` and devTime in epoch milliseconds); Arbor Networks Pravail APS's blocked-host
// notices (`<25>`, a pid-less tag, a time of day inside the message); Raz-Lee iSecurity on IBM i
// (tab-delimited LEEF with IBM i's `yyyy-MM-dd-HH.mm.ss.SSS` devTime, PRIs down to local6.emerg);
// McAfee MVISION Cloud's LEEF incidents (devTime with a year and UTC, minutes before the header);
// OPSWAT MetaDefender Email Gateway Security's CEF output (`Mmm dd HH:mm:ss UTC host`, the zone
// word between the time and the host).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitive, by product and by a
// fragment of its line first (`kaspersky`, `AO Kaspersky`, `Web Traffic Security`, `KWTS`, `KSMG`,
// `pingintelligence`, `API Security Enforcer`, `ase_audit`, `ase_audit[`, `origin: cli`, `librenms`,
// `librenms[`, `<26> `, `fidelis`, `direct2500`, `arbor`, `pravail`, `arbor-networks-aps`,
// `Raz-Lee`, `isecurity`, `MVISION`, `opswat`, `metadefender`, `MDEMAIL`, `winsyslog`,
// `MonitorWare`, `adiscon`, `SyslogGen`, `kiwi`, `tufin`, `securetrack`, `algosec`, `thycotic`,
// `secret server`, `sourcefire`, `SFIMS`, `webwasher`, `hanwha`, `wisenet`, `radwin`, `tarana`,
// `drobo`, `stratodesk`, `fronius`, `n-tron`, `connexium`, `gemds`, `stratix`, `padavan`,
// `miwifi`, `trellix`, `[mgmtd.`, `[pm.NOTICE]`, `beyondtrust`, `Agent Desc:`, `tenable`,
// `network monitor`, `G450`, `SWICHFABRIC`, `freeguard`, `genugate`, `sshrelay[`, `osqueryd[`,
// `OracleOSAudit`, `AgentDevice`, `FairWarning`, `SysFlow`, `sagan`, `quadrantsec`, `SEL-3620`,
// `DAEMON NOTICE`, `FPC Slot`, `JSERVICES`, `Original Address=`, `PHT:`, `loglogic`, `gridserver`,
// and the senders and receivers already measured: `rsyslog`, `syslog-ng`, `nxlog`, `snare`,
// `evtsys`, `busybox`, `logread`, `[ID `, `solaris`, `freebsd`, `openbsd`, `netbsd`, `metalog`,
// `socklog`, `svlogd`, `sysklogd`, `graylog`, `papertrail`, `logstash`, `fluent-bit`, `vector`,
// `@cee`, `LEEF`, `octet`, `RSYSLOG_DebugFormat`, `RSYSLOG_SyslogProtocol23Format`, `mikrotik`,
// `unifi`, `openwrt`, `pfsense`, `opnsense`, `sophos`, `watchguard`,
// `sonicwall`, `check point`, `barracuda`, `zyxel`, `draytek`, `huawei`, `h3c`, `arista`,
// `asterisk`, `apc`, `esxi`, `idrac`, `proxmox`). None of KWTS's CEF, ASE's audit messages,
// LibreNMS' alert transport, Fidelis, Pravail APS, Raz-Lee iSecurity, MVISION Cloud or
// MetaDefender Email is in any table: `kaspersky` matches KSMG, the ICAP Scan Engine and other
// senses; `librenms` matches only its `||` ingestion template; `arbor` matches Peakflow and
// Sightline; `opswat` and `metadefender` match only MetaDefender Storage Security's RFC 5424
// logger (fresh121), another product and another header. Left out as measured already: Trellix's
// NX/CMS audit format, BeyondTrust's Event Forwarder, Tenable NNM, the Avaya G450, freeGuard Blaze,
// genugate, Sagan's alert log, Zeek's syslog.log, KSMG. Left out as not confirmed by any search:
// Adiscon WinSyslog's file format, Tufin, AlgoSec, Thycotic Secret Server, Hanwha Wisenet cameras,
// Radwin, Padavan. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The BSD headers' year-less times are in 2026; KWTS's stamp carries its own
// year; OPSWAT's `UTC` word is the zone. Fidelis's devTime (epoch milliseconds) and MVISION's
// devTime (`Mmm dd yyyy HH:mm:ss.SSS UTC`, when the incident happened) are second versions of the
// record's time and either is accepted; Raz-Lee's IBM i devTime repeats the header's second;
// MVISION's updatedOn and Pravail's `at HH:MM` are no record time. Levels only from a PRI's
// severity: LibreNMS' 26 and 28 (Critical, Warn; the bracketed word repeats them), Fidelis's 13
// (Notice), Pravail's 25 (Alert), Raz-Lee's 176, 180, 182 (Emergency, Warn, Info), MVISION's 14
// (Info); KWTS, ASE and OPSWAT lines are stored without a PRI and carry none, and a CEF or LEEF
// severity (Low/High, sev=, the CEF severity digit) is the event's importance, no level. The host
// is the header's host field: the KWTS node, the ASE node, the LibreNMS server (not the device its
// alert names), the Fidelis CommandPost, the APS, the IBM i partition, MVISION's logging client,
// the OPSWAT gateway; dvchost, clients, destinations, users and SMTP relays are no hosts. Every
// record is one line.
//
// The shapes come from the documentation each case names, found with the search tool (corpora
// "docs", "pages", "code"): Kaspersky's, Ping Identity's, LibreNMS's and OPSWAT's own pages, and
// the sample event messages of IBM QRadar's and Juniper JSA's DSM guides; where a search did not
// confirm a detail the source says "from memory". Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 25b8301 before any rule for it: level 100.0 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 86.2 %, records 100.0 %), in a
// worktree at 25b8301 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is KWTS's `Mmm dd, yyyy HH:mm:ss host` header, whose time trawl
// reads but whose host it leaves empty.

var fresh488Cases = []worldCase{
	{
		name:   "kaspersky-kwts-cef-comma-date",
		source: "Kaspersky Web Traffic Security 6.1's events sent as CEF over syslog (`Mmm dd, yyyy HH:mm:ss host CEF:0|AO Kaspersky Lab|Kaspersky Web Traffic Security|version|class|name|Low/Medium/High|key=\"value\" …`): support.kaspersky.com KWTS 6.1 'Contents and properties of syslog messages in the CEF format' (267200); the event class names other than LMS_EV_SETTINGS_CHANGED from memory",
		why:    "a month name, a day with a comma and a year before the time; the host after it; no PRI, so no level (Low/Medium/High is the CEF severity, the event's importance); the client's address and the user are no host",
		gap:    "the host after a `Mmm dd, yyyy HH:mm:ss` stamp (a comma after the day, the year before the time) is not read: the time is, the host comes out empty",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "kwts-01.corp.example", `Nov 29, 2026 07:41:16 kwts-01.corp.example CEF:0|AO Kaspersky Lab|Kaspersky Web Traffic Security|6.1.0.4762|LMS_EV_SETTINGS_CHANGED|task settings changed|Low|suser="corp\\kwts-admin" src="10.40.9.31" cs1Label="TaskName" cs1="Anti-Virus" act="changed"`),
			we("2026-11-29T07:41:52Z", Unknown, "kwts-01.corp.example", `Nov 29, 2026 07:41:52 kwts-01.corp.example CEF:0|AO Kaspersky Lab|Kaspersky Web Traffic Security|6.1.0.4762|LMS_EV_SCAN_LOGIC_AV_STATUS|threat detected|High|src="10.40.12.77" suser="corp\\m.hollis" request="http://downloads.example.net/tools/setup.exe" act="blocked" cs2Label="Threat" cs2="HEUR:Trojan.Win32.Generic"`),
			we("2026-11-29T07:42:30Z", Unknown, "kwts-02.corp.example", `Nov 29, 2026 07:42:30 kwts-02.corp.example CEF:0|AO Kaspersky Lab|Kaspersky Web Traffic Security|6.1.0.4762|LMS_EV_SCAN_LOGIC_CATEGORY_STATUS|access blocked by rule|Medium|src="10.40.14.5" suser="corp\\t.okafor" request="https://games.example.org/" act="blocked" cs3Label="Rule" cs3="Block entertainment"`),
			we("2026-11-29T07:45:03Z", Unknown, "kwts-01.corp.example", `Nov 29, 2026 07:45:03 kwts-01.corp.example CEF:0|AO Kaspersky Lab|Kaspersky Web Traffic Security|6.1.0.4762|LMS_EV_DATABASES_UPDATED|databases updated|Low|cs4Label="DatabaseDate" cs4="2026-11-29 06:12"`),
		},
	},
	{
		name:   "pingintelligence-ase-audit-tag-no-colon",
		source: "PingIntelligence API Security Enforcer's audit messages sent over UDP to the syslog server named in ase.conf (`Mmm dd HH:mm:ss host ase_audit[pid] origin: cli, resource: …, info: key=value, …`, no colon after the pid): docs.pingidentity.com PingIntelligence 'Configuring a syslog server' (reference guide, 5.1 and 5.2)",
		why:    "a BSD header whose tag `ase_audit[pid]` is followed by a blank, not a colon; the year-less time in the table's year; the host is the ASE node; the API host names and addresses in info are no host; no PRI survives, so no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "ase-gw01", "Nov 29 07:41:16 ase-gw01 ase_audit[11877] origin: cli, resource: add_api, info: config_file_path=/opt/pingidentity/ase/config/api/orders.json, username=admin"),
			we("2026-11-29T07:41:22Z", Unknown, "ase-gw01", "Nov 29 07:41:22 ase-gw01 ase_audit[11877] origin: cli, resource: list_api, info: username=admin"),
			we("2026-11-29T07:43:05Z", Unknown, "ase-gw02", "Nov 29 07:43:05 ase-gw02 ase_audit[9310] origin: cli, resource: add_server, info: api_name=orders, server=10.60.2.14:8443, username=admin"),
			we("2026-11-29T07:44:40Z", Unknown, "ase-gw01", "Nov 29 07:44:40 ase-gw01 ase_audit[11877] origin: cli, resource: update_password, info: username=admin"),
		},
	},
	{
		name:   "librenms-alert-syslog-transport-pri-blank",
		source: "LibreNMS' Syslog alert transport (LibreNMS/Alert/Transport/Syslog.php: an RFC 3164 line `<PRI> Mmm dd HH:mm:ss nms-host librenms[pid]: [Severity] device: rule title - details;`, a blank between the PRI and the time, facility from the transport's settings): docs.librenms.org Alerting/Transports/Syslog and librenms/librenms doc/Alerting/Transports.md; the warning priority from memory",
		why:    "a PRI followed by a blank before the header; the PRI's severity is the level (26 daemon.crit, 28 daemon.warning); the host is the LibreNMS server, the device the alert names is no host; the bracketed severity repeats the PRI's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Critical, "nms01.corp.example", "<26> Nov 29 07:41:16 nms01.corp.example librenms[2331]: [Critical] core-sw2.corp.example: Port Down - port_id => 4471; ifDescr => xe-0/0/12;"),
			we("2026-11-29T07:42:01Z", Warn, "nms01.corp.example", "<28> Nov 29 07:42:01 nms01.corp.example librenms[2331]: [Warning] db02.corp.example: Disk Usage - storage_descr => /var; storage_perc => 91;"),
			we("2026-11-29T07:44:30Z", Critical, "nms01.corp.example", "<26> Nov 29 07:44:30 nms01.corp.example librenms[2331]: [Critical] edge-rtr1.corp.example: Device Down! Due to no ICMP response. - status_reason => icmp;"),
			we("2026-11-29T07:47:12Z", Warn, "nms01.corp.example", "<28> Nov 29 07:47:12 nms01.corp.example librenms[2405]: [Warning] ups-b1.corp.example: Sensor over limit - sensor_descr => Battery Temperature; sensor_current => 41;"),
		},
	},
	{
		name:   "fidelis-xps-leef-epoch-devtime",
		source: "Fidelis XPS / Network (direct2500 sensor) alerts as LEEF 1.0 over syslog (`<13>Mmm dd HH:mm:ss host LEEF:1.0|Fidelis Cybersecurity|direct2500|version|event name| key=value …` with sev= and devTime= in epoch milliseconds): IBM QRadar DSM guide and Juniper JSA 7.5 DSM guide 'Fidelis XPS sample event messages'",
		why:    "the PRI's severity is the level (13 user.notice); the header's year-less time and devTime's epoch milliseconds are two versions of the record's time, either accepted; dvchost and the sensor address are no host; sev= is the event's importance",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:15.873Z", Notice, "fidelis-cc01", "<13>Nov 29 07:41:16 fidelis-cc01 LEEF:1.0|Fidelis Cybersecurity|direct2500|9.4.2|Packet has excess data| act=alert cs5=0 cs5Label=compression dst=10.70.3.18 dstPort=51822 proto=DNS dvc=10.70.0.21 dvchost=sensor-dmz1.corp.example sev=4 src=10.70.1.4 srcPort=53 msg=Packet has excess data devTime=1795938075873 usrName=<n/a>"),
			we("2026-11-29T07:42:03Z|2026-11-29T07:42:03.12Z", Notice, "fidelis-cc01", "<13>Nov 29 07:42:03 fidelis-cc01 LEEF:1.0|Fidelis Cybersecurity|direct2500|9.4.2|Executable download| act=alert cs1=Malware Policy cs1Label=policy dst=10.70.8.41 dstPort=50112 proto=HTTP dvc=10.70.0.21 dvchost=sensor-dmz1.corp.example sev=2 src=198.51.100.60 srcPort=80 msg=Executable download devTime=1795938123120 usrName=<n/a>"),
			we("2026-11-29T07:44:31Z|2026-11-29T07:44:30.502Z", Notice, "fidelis-cc01", "<13>Nov 29 07:44:31 fidelis-cc01 LEEF:1.0|Fidelis Cybersecurity|direct2500|9.4.2|Credit card numbers| act=prevent cs1=DLP Finance cs1Label=policy dst=203.0.113.90 dstPort=443 proto=SMTP dvc=10.70.0.22 dvchost=sensor-mail1.corp.example sev=3 src=10.70.5.12 srcPort=41877 msg=Credit card numbers devTime=1795938270502 usrName=j.ferreira"),
		},
	},
	{
		name:   "arbor-pravail-aps-blocked-host",
		source: "Arbor Networks Pravail APS (Availability Protection System) syslog notifications (`<25>Mmm dd HH:mm:ss host arbor-networks-aps: Blocked Host: Blocked host ip at HH:MM by protection using proto/port (svc) destination ip source port n,URL: https://host/summary/`): IBM QRadar DSM guide 'Arbor Networks Pravail sample event message'",
		why:    "the PRI's severity is the level (25 daemon.alert); the tag has no pid; `at 07:41` in the message is a time of day the message repeats, not a second time; the blocked host and the destination are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Alert, "aps-edge01", "<25>Nov 29 07:41:16 aps-edge01 arbor-networks-aps: Blocked Host: Blocked host 203.0.113.45 at 07:41 by Block Malformed SIP Traffic using UDP/5060 (SIP) destination 10.20.4.8 source port 5060,URL: https://aps-edge01.corp.example/summary/"),
			we("2026-11-29T07:41:58Z", Alert, "aps-edge01", "<25>Nov 29 07:41:58 aps-edge01 arbor-networks-aps: Blocked Host: Blocked host 198.51.100.171 at 07:41 by TCP SYN Authentication using TCP/443 (HTTPS) destination 10.20.4.20 source port 61022,URL: https://aps-edge01.corp.example/summary/"),
			we("2026-11-29T07:43:09Z", Alert, "aps-edge02", "<25>Nov 29 07:43:09 aps-edge02 arbor-networks-aps: Blocked Host: Blocked host 192.0.2.88 at 07:43 by DNS Malformed using UDP/53 (DNS) destination 10.20.6.2 source port 33410,URL: https://aps-edge02.corp.example/summary/"),
			we("2026-11-29T07:45:40Z", Alert, "aps-edge01", "<25>Nov 29 07:45:40 aps-edge01 arbor-networks-aps: Blocked Host: Blocked host 203.0.113.200 at 07:45 by HTTP Rate Limiting using TCP/80 (HTTP) destination 10.20.4.21 source port 52004,URL: https://aps-edge01.corp.example/summary/"),
		},
	},
	{
		name:   "razlee-isecurity-ibmi-leef-tabs",
		source: "Raz-Lee iSecurity (Firewall and Audit on IBM i) events as tab-delimited LEEF 1.0 over syslog (`<PRI>Mmm dd HH:mm:ss host LEEF:1.0|Raz-Lee iSecurity|Firewall|1.0|GRE7860|usrName=…<tab>devTime=yyyy-MM-dd-HH.mm.ss.SSS<tab>devTimeFormat=…<tab>…`): IBM QRadar DSM guide 'IBM i sample event message' (the <176> sample); the PRIs of lower-severity events (<180>, <182>) from memory",
		why:    "the PRI's severity is the level (176 local6.emerg, 180 local6.warning, 182 local6.info); IBM i's dashed and dotted devTime repeats the header's second; tabs separate the keys; Source_system and the job name are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Emergency, "ibmi-prod1", "<176>Nov 29 07:41:16 ibmi-prod1 LEEF:1.0|Raz-Lee iSecurity|Firewall|1.0|GRE7860|usrName=QUSRBATCH\tdevTime=2026-11-29-07.41.16.000\tdevTimeFormat=yyyy-MM-dd-HH.mm.ss.SSS\tsource=10.30.1.44\tsev=10\tjobName=551203/QUSER/QRWTSRVR\tpgmName=*NONE\tpgmLib=*NONE\tentryType=36/A\tentryDesc=DRDA Distributed Relational DB access\tAction_allowed=1\tSource_system=PRODLPAR\tServer_Id=36"),
			we("2026-11-29T07:41:40Z", Emergency, "ibmi-prod1", "<176>Nov 29 07:41:40 ibmi-prod1 LEEF:1.0|Raz-Lee iSecurity|Firewall|1.0|GRE7861|usrName=RKOWALSKI\tdevTime=2026-11-29-07.41.40.000\tdevTimeFormat=yyyy-MM-dd-HH.mm.ss.SSS\tsource=10.30.7.19\tsev=10\tjobName=551240/QUSER/QZDASOINIT\tpgmName=*NONE\tpgmLib=*NONE\tentryType=12/R\tentryDesc=Database server - SQL access\tAction_allowed=0\tSource_system=PRODLPAR\tServer_Id=12"),
			we("2026-11-29T07:42:05Z", Warn, "ibmi-prod1", "<180>Nov 29 07:42:05 ibmi-prod1 LEEF:1.0|Raz-Lee iSecurity|Audit|1.0|AUD0PW|usrName=QSECOFR\tdevTime=2026-11-29-07.42.05.000\tdevTimeFormat=yyyy-MM-dd-HH.mm.ss.SSS\tsource=10.30.1.9\tsev=5\tjobName=551251/QSECOFR/QPADEV0004\tentryType=PW/P\tentryDesc=Invalid password\tSource_system=PRODLPAR"),
			we("2026-11-29T07:44:18Z", Info, "ibmi-prod1", "<182>Nov 29 07:44:18 ibmi-prod1 LEEF:1.0|Raz-Lee iSecurity|Audit|1.0|AUD0CA|usrName=QSECOFR\tdevTime=2026-11-29-07.44.18.000\tdevTimeFormat=yyyy-MM-dd-HH.mm.ss.SSS\tsource=10.30.1.9\tsev=1\tjobName=551251/QSECOFR/QPADEV0004\tentryType=CA/A\tentryDesc=Object authority changed\tobjName=PAYROLL/EMPMAST\tSource_system=PRODLPAR"),
		},
	},
	{
		name:   "mcafee-mvision-cloud-leef-devtime-zone",
		source: "McAfee (Skyhigh) MVISION Cloud incidents forwarded by its logging client as tab-delimited LEEF 1.0 over syslog (`<14>Mmm dd HH:mm:ss host LEEF:1.0|McAfee|MVISION Cloud|version|Incident|cat=…<tab>devTimeFormat=MMM dd yyyy HH:mm:ss.SSS zzz<tab>devTime=Mmm dd yyyy HH:mm:ss.SSS UTC<tab>…<tab>updatedOn=…`): IBM QRadar DSM guide 'McAfee MVISION Cloud sample event messages'",
		why:    "the PRI's severity is the level (14 user.info); the header's time is when it was sent, devTime (with a year and UTC) when the incident happened, either accepted; updatedOn is a later edit, no record time; the cloud service and the user are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:38:02Z", Info, "mvc-logger01", "<14>Nov 29 07:41:16 mvc-logger01 LEEF:1.0|McAfee|MVISION Cloud|4.0.2.1|Incident|cat=Alert.Policy.CloudAccess\tdevTimeFormat=MMM dd yyyy HH:mm:ss.SSS zzz\tdevTime=Nov 29 2026 07:38:02.000 UTC\tusrName=r.amadi@corp.example\tsev=10\tactivityName=[Shared]\tincidentId=48811\triskSeverity=high\tcontentItemName=Q4-forecast.xlsx\tpolicyName=Enterprise DLP\tresponse=[Quarantined]\tserviceNames=[Box]\tstatus=new\tupdatedOn=Nov 29 2026 07:40:51.480 UTC"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:39:44Z", Info, "mvc-logger01", "<14>Nov 29 07:41:17 mvc-logger01 LEEF:1.0|McAfee|MVISION Cloud|4.0.2.1|Incident|cat=Alert.Policy.CloudAccess\tdevTimeFormat=MMM dd yyyy HH:mm:ss.SSS zzz\tdevTime=Nov 29 2026 07:39:44.000 UTC\tusrName=k.lindgren@corp.example\tsev=5\tactivityName=[Created]\tincidentId=48812\triskSeverity=medium\tcontentItemName=vendor-list.csv\tpolicyName=PII Upload\tresponse=[Notified]\tserviceNames=[Slack]\tstatus=new\tupdatedOn=Nov 29 2026 07:40:58.102 UTC"),
			we("2026-11-29T07:46:02Z|2026-11-29T07:44:10Z", Info, "mvc-logger01", "<14>Nov 29 07:46:02 mvc-logger01 LEEF:1.0|McAfee|MVISION Cloud|4.0.2.1|Incident|cat=Alert.Threat.Anomaly\tdevTimeFormat=MMM dd yyyy HH:mm:ss.SSS zzz\tdevTime=Nov 29 2026 07:44:10.000 UTC\tusrName=svc-backup@corp.example\tsev=7\tactivityName=[Download]\tincidentId=48815\triskSeverity=high\tpolicyName=Excessive downloads\tresponse=[None]\tserviceNames=[OneDrive]\tstatus=opened\tupdatedOn=Nov 29 2026 07:45:31.007 UTC"),
		},
	},
	{
		name:   "opswat-mdemail-cef-utc-word",
		source: "OPSWAT MetaDefender Email Gateway Security's CEF syslog output as a local receiver stores it (`Mmm dd HH:mm:ss UTC host CEF:0|OPSWAT|MDEMAIL|version|class|name|severity|OMS… keys`, the zone word between the time and the host): opswat.com MetaDefender Email 6.1 'CEF log message format'",
		why:    "a zone abbreviation (UTC) between the year-less time and the host; no PRI, so no level (the CEF severity 2 is the event's importance); the SMTP relay in OMSuri and the recipients are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "egs-001", `Nov 29 07:41:16 UTC egs-001 CEF:0|OPSWAT|MDEMAIL|6.1.2|email.workflow|Sending email|2|OMSemailId=881402 OMSuri=smtp://10.50.0.17:25 OMSrecipients=QList("a.novak@corp.example") OMSuseTls=false OMSforceTls=false OMSmsgid=5521`),
			we("2026-11-29T07:41:19Z", Unknown, "egs-001", `Nov 29 07:41:19 UTC egs-001 CEF:0|OPSWAT|MDEMAIL|6.1.2|email.workflow|Email sent|2|OMSemailId=881402 OMSuri=smtp://10.50.0.17:25 OMSrecipients=QList("a.novak@corp.example") OMSuseTls=false OMSforceTls=false OMSmsgid=5521`),
			we("2026-11-29T07:42:44Z", Unknown, "egs-002", `Nov 29 07:42:44 UTC egs-002 CEF:0|OPSWAT|MDEMAIL|6.1.2|email.workflow|Sending email|2|OMSemailId=881417 OMSuri=smtp://10.50.0.18:25 OMSrecipients=QList("billing@corp.example", "c.reyes@corp.example") OMSuseTls=true OMSforceTls=false OMSmsgid=5534`),
		},
	},
}

func TestFresh488Formats(t *testing.T) { assertTable(t, fresh488Cases) }
func TestFresh488Score(t *testing.T) {
	checkScore(t, "fresh488 formats", fresh488Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 99.9})
}
