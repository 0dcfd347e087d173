package parse

import "testing"

// The five-hundred-and-twelfth fresh table: syslog test vectors, a twenty-seventh pass. Syslog lines
// as real senders write them and receivers store them, in header spellings no earlier table holds
// (no PRI, a colon-less tag, a logger name where the tag goes, commas instead of blanks, pipes,
// LEEF and CEF after a BSD header, a second time of the same event in another zone). Each family is
// one product's documented output: Lastline Enterprise's CEF stored without a PRI (rt=, start= and
// end= with a year and a zone word); Arpeggio SIFT-IT's LEEF from IBM i (the system name in
// capitals as the host); EnerSys Alpha's Cordex CXC HP controller through an rsyslog template
// that separates the time, the address, `CXCHP[v8.10]` and the MsgId with commas; Hitachi Energy
// FOXMAN-UN's event history (`NEM_SECURITY_EVENT:` and seven pipe fields); the TimeProvider
// 5000/2700 grandmasters' `alarmd: id,index,Severity, text`; IBM Manage Virtual Server's LEEF 2.0
// with a zone-less header and a devTime at -03; Centrify DirectControl's adclient (`INFO
// AUDIT_TRAIL|Centrify Suite|PAM|…`); Cybereason's CEF behind the logger names `syslogLogger` and
// `auditSyslogLogger`.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive, as fixed strings) by
// product and by a fragment of its line first (`lastline`, `CEF:0|Lastline`, `appliance-status`,
// `signature-match`, `arpeggio`, `sift-it`, `LEEF:1.0|Arpeggio`, `jMsgTxt`, `cordex`, `enersys`,
// `alpha technologies`, `CXCHP`, `ControllerEvent`, `AlarmEvent`, `ModuleEvent`, `foxman`,
// `hitachi energy`, `NEM_SECURITY_EVENT`, `timeprovider`, `TP5000`, `alarmd:`, `symmetricom`,
// `manage virtual server`, `IBMQRadarMvs`, `centrify`, `adclient`, `AUDIT_TRAIL`, `AUDIT_TRAIL|Centrify`,
// `Centrify Suite`, `PAMIsUserAllowedAccess`, `cybereason`, `syslogLogger`, `auditSyslogLogger`,
// `malopId`, and the candidates dropped or not found: `rittal`, `plixer`, `scrutinizer`, `lenel`,
// `onguard`, `genetec`, `guardicore`, `deep instinct`, `menlo`, `onapsis`, `vormetric`, `hytrust`,
// `observeit`, `lieberman`, `cilasoft`, `qjrn`, `symark`, `powerbroker`, `tropos`, `ControlServer`,
// `nominum`, `zsecure`, `townsend`, `beyondinsight`, `Agent Desc`, `genua`, `genugate`, `trellix`,
// `mgmtd.NOTICE`, `loglogic`, `nnm:`, `vpp`, `fd.io`, `SADD`, `teamcenter`, `fabric automation`,
// `@1588`, `DCM-1116`, `western telematic`, `BUFFER_EVENT`, `cohesity`, `api_audit`, `LogParser:`,
// `gridserver`, `tandberg`, `evntslog`, `avaya`, `brocade`, `barix`, `evertz`). None of Lastline,
// SIFT-IT, the Cordex CXC HP, FOXMAN-UN, TimeProvider, Manage Virtual Server, Centrify or Cybereason
// is in any table (`symmetricom` matches only the SSU-2000 and TimeSource TL1 families; `syslogLogger`
// only a .NET library's class name; `AUDIT_TRAIL` and `adclient` only other products' audit-trail
// words and radclient). Left out as measured already: Trellix NX's `[mgmtd.NOTICE]`, BeyondInsight's
// newline-delimited forwarder, Genua genugate, Avaya's gateways, Brocade's raslogd, Extreme Fabric
// Automation's RFC 5424 device events, VPP's NAT syslog, LogLogic, Western Telematic's CMS,
// Microsoft Log Parser's SYSLOG output, IBM Defender Data Protect (Cohesity). Left out as not
// confirmed by any search: Rittal CMC III, Plixer Scrutinizer, Guardicore Centra, Deep Instinct,
// Onapsis, Vormetric, HyTrust, Tropos Control's log4j syslog. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The BSD headers without a zone are read as UTC. Lastline's rt= in CET is
// the header's moment; where a line carries the event's own earlier time next to the header's
// (Lastline's start=, Cybereason's malopCreationTime) either is accepted, and so are Centrify's
// utc= epoch milliseconds and IBM Manage Virtual Server's devTime at -03 (three hours from its
// zone-less local header). Levels only where the line marks one: Centrify's INFO after the tag,
// Cybereason's PRI <134>, and TimeProvider's Severity column, which its manual defines by the
// syslog severity code (Critical 2, Major 3 error, Minor 4 warning, Event 5 notice); CEF and LEEF
// severities (`|4|`, sev=), Centrify's `|5|` and the Cordex AlarmEvent's `Active` are no levels, and
// the lines with no PRI and no level word have none. The host is the record's host field: the
// header host, the IBM i system name, the Cordex's address after the comma; dvchost, src, dst,
// client=, the Kerberos realm, FOXMAN's managed object and Cybereason's affected machines are no
// hosts. Every record is one line.
//
// The shapes come from the documentation and sources each case names, found with the search tool
// (corpora "docs", "pages"; find_string); none rests on memory alone. Hosts, ids, addresses, users
// and messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d8a4da7 before any rule for it: level 100.0 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 85.3 %, records 100.0 %), in a
// worktree at d8a4da7 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is the Cordex CXC HP's comma template, whose sender address after
// the comma that follows the time trawl does not read as the host.

var fresh512Cases = []worldCase{
	{
		name:   "lastline-enterprise-cef-rt-cet",
		source: "Lastline Enterprise sensors' and managers' CEF over syslog, stored without a PRI (`Mmm dd HH:mm:ss host CEF:0|Lastline|Enterprise|ver|appliance-status|Appliance Status|1|… end=Mmm dd yyyy HH:mm:ss CEST rt=… start=…`, `signature-match|IDS Signature Match|4|… start=Mmm dd yyyy HH:mm:ss UTC`): FortiSIEM External Systems Configuration Guide 6.3.1 'Lastline' sample events and Trellix ESM's 'Lastline Enterprise log format and field mapping' log sample (docs search)",
		why:    "a yearless BSD header with no PRI before CEF; rt=/start=/end= carry a year and a zone word (CET, UTC); a detection's start is the event's own earlier time; dvchost, src and dst are no hosts; the CEF severity is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "llsensor01", "Nov 29 07:41:16 llsensor01 CEF:0|Lastline|Enterprise|9.2|appliance-status|Appliance Status|1|cat=Online cs1=SENSOR cs1Label=deviceType cs2=https://llmanager.corp.example/portal#/appliances/config/status/5f0c2a9be7d14c3f8a61d20b44e9c7aa cs2Label=deviceStatusLink deviceExternalId=5f0c2a9be7d14c3f8a61d20b44e9c7aa dvc=10.31.8.15 dvchost=llsensor01.corp.example end=Nov 29 2026 08:41:16 CET rt=Nov 29 2026 08:41:16 CET start=Nov 29 2026 08:41:16 CET"),
			we("2026-11-29T07:43:02Z|2026-11-29T07:38:47Z", Unknown, "llsensor01", "Nov 29 07:43:02 llsensor01 CEF:0|Lastline|Enterprise|9.2|signature-match|IDS Signature Match|4|act=LOG cat=drive-by/Generic Exploit Kit cn1=45 cn1Label=impact cn2=8812 cn2Label=IncidentId cn3=80 cn3Label=IncidentImpact cnt=1 cs1=7a1c93e0:41bd20f5:9e6c7d12 cs1Label=detectionId cs3=http://cdn-files.example.net/lp/3f9a2c cs3Label=EventUrl deviceExternalId=4100077712:1188420 dpt=80 dst=203.0.113.44 end=Nov 29 2026 07:38:47 UTC externalId=90211 proto=TCP src=10.31.22.107 start=Nov 29 2026 07:38:47 UTC"),
			we("2026-11-29T07:43:40Z", Unknown, "llmanager", "Nov 29 07:43:40 llmanager CEF:0|Lastline|Enterprise|9.2|appliance-status|Appliance Status|1|cat=Offline cs1=ENGINE cs1Label=deviceType cs2=https://llmanager.corp.example/portal#/appliances/config/status/c81e0b7a2d3f4e65b0a9f1d7e24c6b03 cs2Label=deviceStatusLink deviceExternalId=c81e0b7a2d3f4e65b0a9f1d7e24c6b03 dvc=10.31.8.16 dvchost=llengine02.corp.example end=Nov 29 2026 08:43:40 CET rt=Nov 29 2026 08:43:40 CET start=Nov 29 2026 08:43:40 CET"),
			we("2026-11-29T07:47:55Z|2026-11-29T07:46:31Z", Unknown, "llsensor01", "Nov 29 07:47:55 llsensor01 CEF:0|Lastline|Enterprise|9.2|signature-match|IDS Signature Match|4|act=LOG cat=command&control/Trojan Beacon cn1=70 cn1Label=impact cn2=8813 cn2Label=IncidentId cn3=70 cn3Label=IncidentImpact cnt=3 cs1=0b44d2e1:7c19aa02:5e3f8801 cs1Label=detectionId deviceExternalId=4100077712:1188421 dpt=443 dst=198.51.100.201 end=Nov 29 2026 07:47:12 UTC externalId=90214 proto=TCP src=10.31.40.12 start=Nov 29 2026 07:46:31 UTC"),
		},
	},
	{
		name:   "arpeggio-siftit-leef-ibmi-system-name",
		source: "Arpeggio SIFT-IT 3.1 on IBM i sending QAUDJRN entries as LEEF with no PRI (`Mmm dd HH:mm:ss SYSNAME LEEF:1.0|Arpeggio|SIFT-IT|3.1|PW_U|sev=3 usrName=… src=… jJobNam=… jSeqNo=… jMsgTxt=…`): Juniper JSA DSM guide 'Arpeggio SIFT-IT' example (docs search)",
		why:    "the IBM i system name in capitals is the header host; the journal entry type (PW_U, AF_A) and sev= are no level; the job number and sequence number are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "PRODAS4", "Nov 29 07:41:16 PRODAS4 LEEF:1.0|Arpeggio|SIFT-IT|3.1|PW_U|sev=3 usrName=QSECOFR src=10.40.2.19 srcPort=51544 jJobNam=QBASE jJobUsr=QSECOFR jJobNum=4412 jrmtIP=10.40.2.19 jrmtPort=51544 jSeqNo=88213 jPgm=QWTMCMNL jPgmLib=QSYS jMsgId=PWU0000 jType=U jUser=QSECOFR jDev=QPADEV0007 jMsgTxt=Invalid user id QSECOFR. Device QPADEV0007."),
			we("2026-11-29T07:41:58Z", Unknown, "PRODAS4", "Nov 29 07:41:58 PRODAS4 LEEF:1.0|Arpeggio|SIFT-IT|3.1|AF_A|sev=5 usrName=HLINDGREN src=10.40.7.66 srcPort=49811 jJobNam=QZDASOINIT jJobUsr=QUSER jJobNum=611204 jrmtIP=10.40.7.66 jrmtPort=49811 jSeqNo=88219 jPgm=QZDASOINIT jPgmLib=QSYS jMsgId=AFA0000 jType=A jUser=HLINDGREN jObj=PAYMAST jObjLib=PAYLIB jObjType=*FILE jMsgTxt=Not authorized to object PAYMAST in PAYLIB type *FILE."),
			we("2026-11-29T07:44:30Z", Unknown, "PRODAS4", "Nov 29 07:44:30 PRODAS4 LEEF:1.0|Arpeggio|SIFT-IT|3.1|CP_A|sev=4 usrName=SECADM01 src=10.40.2.5 srcPort=23 jJobNam=QPADEV0011 jJobUsr=SECADM01 jJobNum=4420 jrmtIP=10.40.2.5 jrmtPort=23 jSeqNo=88240 jPgm=QSYCRTUP jPgmLib=QSYS jMsgId=CPA0000 jType=A jUser=SECADM01 jMsgTxt=User profile TMOREAU created. Class *USER."),
			we("2026-11-29T07:49:02Z", Unknown, "PRODAS4", "Nov 29 07:49:02 PRODAS4 LEEF:1.0|Arpeggio|SIFT-IT|3.1|SV_A|sev=6 usrName=SECADM01 src=10.40.2.5 srcPort=23 jJobNam=QPADEV0011 jJobUsr=SECADM01 jJobNum=4420 jrmtIP=10.40.2.5 jrmtPort=23 jSeqNo=88262 jPgm=QWCCCHVC jPgmLib=QSYS jMsgId=SVA0000 jType=A jUser=SECADM01 jMsgTxt=System value QMAXSIGN changed from 000005 to 000003."),
		},
	},
	{
		name:   "cordex-cxchp-rsyslog-comma-template",
		source: "EnerSys Alpha Cordex CXC HP power-system controller's syslog agent as a Linux rsyslog file with a comma-separated template (`Mmm dd HH:mm:ss,IP,CXCHP[vX.YY],MsgId,[Source]:…,[Name]:…,[Value]:…`; MsgIds ConfigurationEvent, ControllerEvent, AlarmEvent, ModuleEvent): Cordex CXC HP Controller Software Manual 0350058-J0 §4.7.3 'Syslog message format' (pages search, easymanua.ls)",
		why:    "commas, not blanks, between the time, the sender's address, the app name with its version in brackets and the MsgId; the address is the host; no PRI or severity is written, so no level (an AlarmEvent's `Active` is a value, not a level)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "10.20.0.99", "Nov 29 07:41:16,10.20.0.99,CXCHP[v8.10],ControllerEvent,[Source]:WebUser,[Name]:Logon,[Value]:admin"),
			we("2026-11-29T07:42:03Z", Unknown, "10.20.0.99", "Nov 29 07:42:03,10.20.0.99,CXCHP[v8.10],ConfigurationEvent,[Source]:WebUser admin,[Name]:Float Voltage,[Value]:54.00 V"),
			we("2026-11-29T07:45:51Z", Unknown, "10.20.0.99", "Nov 29 07:45:51,10.20.0.99,CXCHP[v8.10],AlarmEvent,[Source]:Rectifier Shelf 1,[Name]:Rectifier Fail,[Value]:Active"),
			we("2026-11-29T07:46:09Z", Unknown, "10.20.0.99", "Nov 29 07:46:09,10.20.0.99,CXCHP[v8.10],ModuleEvent,[Source]:Rectifier 1.3,[Name]:Module State,[Value]:Communication Lost"),
			we("2026-11-29T07:52:40Z", Unknown, "10.20.0.99", "Nov 29 07:52:40,10.20.0.99,CXCHP[v8.10],AlarmEvent,[Source]:Rectifier Shelf 1,[Name]:Rectifier Fail,[Value]:Inactive"),
		},
		gap: "the sender's address after the comma that follows the time (`Nov 29 07:41:16,10.20.0.99,CXCHP[v8.10],…`) is not read as the host: comma-separated header fields are not split",
	},
	{
		name:   "foxman-un-nem-security-event-pipes",
		source: "Hitachi Energy FOXMAN-UN's event history files (syslog lines `Mmm dd HH:mm:ss host NEM_SECURITY_EVENT: id|user|managed object|n| agent||activity`, seven pipe-separated fields, an empty agent a blank): FOXMAN-UN Linux user manual 1KHW002414 'Event Record Syntax' (pages search)",
		why:    "an upper-case event type where the tag would be, then pipe fields; the managed object repeats the workstation name but the host is the header's; the event id and the 7-digit counter are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "nmsfox01", "Nov 29 07:41:16 nmsfox01 NEM_SECURITY_EVENT: 2214|nmssystem|nmsfox01|9511204| ||New FOXMAN private key activated. Keypair id 4"),
			we("2026-11-29T07:58:44Z", Unknown, "nmsfox01", "Nov 29 07:58:44 nmsfox01 NEM_SECURITY_EVENT: 2215|nemadmin|nmsfox01|9512252| 12||DownloadKeyTask was successful, #taskId518"),
			we("2026-11-29T08:30:00Z", Unknown, "nmsfox01", "Nov 29 08:30:00 nmsfox01 NEM_SECURITY_EVENT: 2216|nmssystem|nmsfox01|9514136| ||Database backup start"),
			we("2026-11-29T08:31:52Z", Unknown, "nmsfox01", "Nov 29 08:31:52 nmsfox01 NEM_SECURITY_EVENT: 2217|nmssystem|nmsfox01|9514248| ||Database backup completed"),
		},
	},
	{
		name:   "timeprovider-alarmd-severity-column",
		source: "Symmetricom (Microsemi) TimeProvider 5000 and 2300/2700 grandmasters' syslog (`Mmm dd hh:mm:ss host_name alarmd: AlarmID,Index,Severity, MsgText`, Severity Event|Minor|Major|Critical defined by the severity code 5|4|3|2): TimeProvider 5000 User's Guide 098-00028-000 Appendix A and TimeProvider 2300/2700 User's Guide Appendix A (pages search, easymanua.ls)",
		why:    "three comma fields before the text, the third the severity word the manual maps onto syslog severities (Critical 2, Major 3, Minor 4, Event 5); the zero-padded alarm id and index are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "tp5k-dc2", "Nov 29 07:41:16 tp5k-dc2 alarmd: 035,003,Minor, IOC1: Input Port-3 Loss of Signal"),
			we("2026-11-29T07:41:19Z", Notice, "tp5k-dc2", "Nov 29 07:41:19 tp5k-dc2 alarmd: 024,000,Event, IOC1: GNSS selected as time reference"),
			we("2026-11-29T07:44:02Z", Error, "tp5k-dc2", "Nov 29 07:44:02 tp5k-dc2 alarmd: 060,001,Major, IOC1: GNSS antenna open circuit"),
			we("2026-11-29T07:44:05Z", Critical, "tp5k-dc2", "Nov 29 07:44:05 tp5k-dc2 alarmd: 002,000,Critical, IOC1: Entered time/frequency free-run state"),
			we("2026-11-29T07:51:37Z", Notice, "tp5k-dc2", "Nov 29 07:51:37 tp5k-dc2 alarmd: 060,001,Event, IOC1: GNSS antenna open circuit cleared"),
		},
	},
	{
		name:   "ibm-manage-virtual-server-leef2-devtime-minus03",
		source: "IBM Manage Virtual Server's LEEF 2.0 asset events to QRadar (`Mmm d HH:mm:ss host LEEF:2.0|IBMQRadarMvs|IBM Manage Virtual Server|1.0|Asset|src=…<tab>devTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSSX<tab>devTime=yyyy-MM-ddTHH:mm:ss.SSS-03<tab>cat=MVS Asset Creation`, the header in the sender's local time): IBM QRadar DSM guide 'IBM Manage Virtual Server sample event message' (docs search)",
		why:    "a zone-less header (read as UTC by the rules) and a devTime with a two-digit -03 offset three hours apart, both the event's own time; tab-separated attributes; srcMAC and usrName are no hosts",
		entries: []worldEntry{
			we("2026-11-29T04:41:16Z|2026-11-29T07:41:16.25Z", Unknown, "mvs01.corp.example", "Nov 29 04:41:16 mvs01.corp.example LEEF:2.0|IBMQRadarMvs|IBM Manage Virtual Server|1.0|Asset|src=10.0.14.21\tdevTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSSX\tdevTime=2026-11-29T04:41:16.250-03\tcat=MVS Asset Creation"),
			we("2026-11-29T04:41:16Z|2026-11-29T07:41:16.299Z", Unknown, "mvs01.corp.example", "Nov 29 04:41:16 mvs01.corp.example LEEF:2.0|IBMQRadarMvs|IBM Manage Virtual Server|1.0|Asset|src=10.0.14.22\tsrcMAC=00:00:5E:00:53:2A\tdevTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSSX\tdevTime=2026-11-29T04:41:16.299-03\tcat=MVS Asset Creation"),
			we("2026-11-29T04:43:05Z|2026-11-29T07:43:05.812Z", Unknown, "mvs01.corp.example", "Nov 29 04:43:05 mvs01.corp.example LEEF:2.0|IBMQRadarMvs|IBM Manage Virtual Server|1.0|Asset|src=10.0.14.23\tsrcMAC=00:00:5E:00:53:2B\tusrName=svc_backup\tdevTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSSX\tdevTime=2026-11-29T04:43:05.812-03\tcat=MVS Asset Update"),
		},
	},
	{
		name:   "centrify-adclient-audit-trail-pipes",
		source: "Centrify (Delinea) DirectControl's adclient in /var/log/auth.log (`host adclient[pid]: INFO AUDIT_TRAIL|Centrify Suite|PAM|1.0|100|PAM authentication granted|5|user=…(type:ad,…) pid=… utc=<epoch ms> status=GRANTED service=sshd tty=ssh client=…`, and `INFO <fd:25 PAMIsUserAllowedAccess2 > audit User '…' is authorized`): a CentrifyExpress forum post pasting auth.log, found with find_string (`AUDIT_TRAIL|Centrify`); Delinea's logger.facility.adclient.audit page (docs search)",
		why:    "the level word right after the tag's colon; a pipe-separated audit header whose `|5|` is a CEF-like severity, no level; utc= is the same moment in epoch milliseconds; client= and the Kerberos realm are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.581Z", Info, "lnx-app07", "Nov 29 07:41:16 lnx-app07 adclient[1187]: INFO AUDIT_TRAIL|Centrify Suite|PAM|1.0|100|PAM authentication granted|5|user=m.okafor(type:ad,m.okafor@CORP.EXAMPLE) pid=30412 utc=1795938076581 status=GRANTED service=sshd tty=ssh client=wks-0231.corp.example"),
			we("2026-11-29T07:41:16Z", Info, "lnx-app07", "Nov 29 07:41:16 lnx-app07 adclient[1187]: INFO <fd:23 PAMIsUserAllowedAccess2 > audit User 'm.okafor' is authorized"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.583Z", Info, "lnx-app07", "Nov 29 07:41:16 lnx-app07 adclient[1187]: INFO AUDIT_TRAIL|Centrify Suite|PAM|1.0|300|PAM account management granted|5|user=m.okafor(type:ad,m.okafor@CORP.EXAMPLE) pid=30412 utc=1795938076583 status=GRANTED service=sshd tty=ssh client=wks-0231.corp.example"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.104Z", Info, "lnx-app07", "Nov 29 07:41:17 lnx-app07 adclient[1187]: INFO AUDIT_TRAIL|Centrify Suite|PAM|1.0|500|PAM open session granted|5|user=m.okafor(type:ad,m.okafor@CORP.EXAMPLE) pid=30412 utc=1795938077104 status=GRANTED service=sshd tty=ssh client=wks-0231.corp.example"),
			we("2026-11-29T07:43:40Z|2026-11-29T07:43:40.017Z", Info, "lnx-app07", "Nov 29 07:43:40 lnx-app07 adclient[1187]: INFO AUDIT_TRAIL|Centrify Suite|PAM|1.0|600|PAM close session granted|5|user=m.okafor(type:ad,m.okafor@CORP.EXAMPLE) pid=30412 utc=1795938220017 status=GRANTED service=sshd tty=ssh client=wks-0231.corp.example"),
		},
	},
	{
		name:   "cybereason-cef-logger-name-tag",
		source: "Cybereason's syslog output (`<134>Mmm dd HH:mm:ss host syslogLogger CEF:0|Cybereason|Cybereason||Malop|Malop Created|10|cs1Label=malopId …`, the logger name as a colon-less tag and an empty product version; user actions from `auditSyslogLogger` with `deviceCustomDate1=Mmm dd yyyy, HH:mm:ss UTC`): Cybereason syslog guide text and a SIEM rule's sample log (`syslogLogger CEF:0|Cybereason|Cybereason|2016.12.4|Malop|Malop Updated|10|…`), both found with find_string (`CEF:0|Cybereason`)",
		why:    "a logger name without a colon or pid where the tag goes; the level only from the PRI (<134> info; the audit line carries none); deviceCustomDate1 with a comma after the year is the malop's or the action's own time; dvchost and the affected machines are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:39:52Z", Info, "cr-detect01", "<134>Nov 29 07:41:16 cr-detect01 syslogLogger CEF:0|Cybereason|Cybereason||Malop|Malop Created|10|cs1Label=malopId cs1=11.6120948273361502214 cs2Label=malopDetectionType cs2=MALICIOUS_PROCESS cs3Label=malopActivityType cs3=MALICIOUS_INFECTION cs4Label=malopSuspect cs4=invoice_2611.exe deviceCustomDate1Label=malopCreationTime deviceCustomDate1=Nov 29 2026, 07:39:52 UTC deviceCustomDate2Label=malopUpdateTime deviceCustomDate2=Nov 29 2026, 07:41:16 UTC cn1Label=affectedMachinesCount cn1=1 cn2Label=affectedUsersCount cn2=1"),
			we("2026-11-29T07:43:02Z|2026-11-29T07:39:52Z", Info, "cr-detect01", "<134>Nov 29 07:43:02 cr-detect01 syslogLogger CEF:0|Cybereason|Cybereason||Malop|Malop Updated|10|cs1Label=malopId cs1=11.6120948273361502214 cs2Label=malopDetectionType cs2=MALICIOUS_PROCESS cs3Label=malopActivityType cs3=MALICIOUS_INFECTION cs4Label=malopSuspect cs4=invoice_2611.exe deviceCustomDate1Label=malopCreationTime deviceCustomDate1=Nov 29 2026, 07:39:52 UTC deviceCustomDate2Label=malopUpdateTime deviceCustomDate2=Nov 29 2026, 07:43:02 UTC cn1Label=affectedMachinesCount cn1=2 cn2Label=affectedUsersCount cn2=2"),
			we("2026-11-29T07:44:05Z", Unknown, "cr-console01", "Nov 29 07:44:05 cr-console01 auditSyslogLogger CEF:0|Cybereason|Cybereason||UserAction|General/Login|0|cs1Label=username cs1=/j.ferreira@corp.example cn1Label=actionSuccess cn1=1 deviceCustomDate1Label=userActionTime deviceCustomDate1=Nov 29 2026, 07:44:05 UTC cs2Label=loginMethod cs2=SSO cs3Label=userRole cs3=analyst"),
			we("2026-11-29T07:45:31Z", Unknown, "cr-console01", "Nov 29 07:45:31 cr-console01 auditSyslogLogger CEF:0|Cybereason|Cybereason||UserAction|Malop/Remediation|0|cs1Label=username cs1=/j.ferreira@corp.example cn1Label=actionSuccess cn1=1 deviceCustomDate1Label=userActionTime deviceCustomDate1=Nov 29 2026, 07:45:31 UTC cs4Label=remediationType cs4=KILL_PROCESS cs5Label=malopId cs5=11.6120948273361502214"),
		},
	},
}

func TestFresh512Formats(t *testing.T) { assertTable(t, fresh512Cases) }
func TestFresh512Score(t *testing.T) {
	checkScore(t, "fresh512 formats", fresh512Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 99.9})
}
