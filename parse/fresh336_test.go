package parse

import "testing"

// The three-hundred-and-thirty-sixth fresh table, written on 2026-12-06: enterprise network security
// appliances' management logs as admins read or export them in 2025-2026, shapes no earlier table
// holds. Each family is one product's documented or observed output: the Cisco Secure Firewall
// Management Center's pigtail over Tomcat's stdout.logs (`TCAT: MM-dd HH:mm:ss` before a log4j line,
// a bare exception line and restlet's `INFO:` access line), the same tool's normalised action-queue
// and policy-deployment lines (`ACTQ:`/`DEPL:`, the host and program replaced by `pid=N`); Cisco
// ISE's RADIUS Live Logs exported to CSV (a `Mmm d, yyyy hh:mm:ss.SSS AM` time, newest first, the
// Server column the node that logged); FortiManager's install log preview of a policy install (the
// device CLI echoed with its prompt, the CLI's error replies under a command, no time anywhere);
// FortiAnalyzer's log download in which every cell is a quoted `key=value` (itime, date, time,
// devid, vd, type, subtype first, then the fields in alphabetical order, empty cells between);
// Panorama's System log exported to CSV from the web interface (a Severity column, Receive and
// Generate Time, Device Name per row); Sophos Central SIEM Integration's siem.py with `format =
// json` (one JSON object a line, the renamed rt/end/dhost/suser keys moved to its end, an alert's
// nested data with epoch milliseconds); Junos Space's audit log archive (Security Director and the
// platform), MySQL's SELECT … INTO OUTFILE file with no header and \N for NULL.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`fmc`, `firepower`, `firesight`, `SF-IMS`, `pigtail`, `TCAT: `, `USMS: `, `ACTQ: `,
// `DEPL: `, `usmsharedsvcs`, `ActionQueueScrape`, `action_queue`, `policy_deployment`, `mojo`,
// `sftunnel`, `ajp-nio-127.0.0.1-9009`, `ExtensionURLFilter`, `APIException`, `Type value for`,
// `Displaying logs`, `auditrecords`, `MgmtCenter`, `Dev-MgmtCenter`, `cisco ise`, `CISE_`, `ise-psc`,
// `prrt`, `ad_agent`, `ise-kong`, `pxgrid`, `ignite`, `][INFO ][`, `Live Log`, `Repeat Count`,
// `Endpoint ID`, `Wired >> `, `PermitAccess`, `Nov 29, 2026`, ` AM",`, `fortimanager`, `FMG`,
// `Starting log`, `Start installing`, `install finished`, `verification report`,
// `node_check_object`, `Return code`, `fortianalyzer`, `FAZ`, `devid=`, `itime=`, `"itime`,
// `idseq=`, `dtime=`, `log-forward`, `Log View`, `panorama`, `pan-os`, `mp-log`, `configd`,
// `show jobs`, `Content/Threat Type`, `Serial #`, `commit-all`, `pano`, `checkpoint`,
// `check point`, `smartconsole`, `smartlog`, `cpm.elg`, `fwm.elg`, `.elg`, `api.elg`, `mgmt_cli`,
// `cpwd`, `sophos`, `sophos central`, `Event::Endpoint`, `endpoint_type`, `source_info`,
// `"dhost"`, `"rt":`, `siem.py`, `juniper`, `junos space`, `junos-space`, `security director`,
// `Network Management Platform`, `Job Scheduled`, `User IP`, `INTO OUTFILE`, `\N,`, `jboss`).
// The FMC is in fresh54 (SFIMS intrusion alerts), fresh114 (pigtail's MSGS lines on an FTD, with
// the sensor's name), fresh69 and fresh217 (SF-IMS syslog) and fresh289 (eStreamer eNcore); pigtail's
// TCAT, ACTQ and DEPL lines on the FMC are in none. ISE is in fresh3 and later tables as remote
// syslog, fresh37 (ise-psc.log), fresh48 (ADE.log, iseLocalStore.log) and fresh69 (prrt-server.log);
// a Live Logs export is in none. FortiManager is in fresh19 (its event log over syslog); the install
// log is in none. FortiAnalyzer is in fresh69 (forwarded key=value) and fresh128 (a CSV download with
// a header row of field names); the download whose cells are `key=value` is in none. PAN-OS and
// Panorama are in many tables (CSV syslog, CLI `show log`, mp-log, the GUI traffic export of
// fresh154); the System log's GUI export with its Severity and Device Name columns is in none.
// Sophos Central's SIEM integration is in fresh205 (keyvalue, CEF over syslog and a fork's own
// log); its JSON output is in none. Junos Space and Security Director are in none. Left out for
// want of a page that settled the lines in the time given: Check Point SmartConsole's log and audit
// exports and the management API's api.elg (the .elg files of fwd, cpd, cpm, cpwd, vpnd and fwm and
// fwm logexport are earlier tables'), the FMC's audit records over syslog and the REST API, ISE's
// ad_agent.log and Data Grid logs, FortiAnalyzer's RFC 5424 forwarding (`fwd-syslog-format
// rfc-5424`, confirmed as an option only), Junos Space's JBoss server.log (the JBoss layout is an
// earlier table's). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). pigtail's `11-29 07:41:24` has no year (2026) and no zone (UTC, the FMC's
// clock); ISE's export time has no zone and is taken as UTC, `12:03:44.120 AM` is 00:03:44 and a
// PM time on Nov 28 is 23:47; FortiAnalyzer's cells carry the device's date and time (no zone; the
// FortiGates here keep UTC), eventtime in nanoseconds and dtime of the same second, and itime,
// FortiAnalyzer's receipt a second later, so any of them is accepted; Panorama's Receive Time and
// a firewall's Generate Time a second earlier are both the record's; siem.py's rt (created_at)
// and end (when) are both the event's, and an alert's data.created_at in epoch milliseconds is rt
// again; the Junos Space archive's timestamp is UTC. Levels only where the line marks one: log4j's
// level word and restlet's `INFO:` in TCAT lines, Panorama's Severity column (informational Info,
// low Notice, medium Warn, high Error, critical Critical, as PAN-OS maps it to syslog),
// FortiAnalyzer's level= cell; ISE's Pass/Fail, the install log's `Command fail`, Sophos's
// severity (the event's importance, as fresh205 holds), Junos Space's Failure result and every
// `failed` in a message are no levels. The host is the record's host field: the ISE node in the
// Server column, devname= of the FortiGate that wrote the log, Panorama's Device Name (Panorama
// itself or the firewall); the REST client and the URL's host in a TCAT line, pid=, ISE's
// Identity and Network Device, the install log's prompt, Sophos's dhost (the endpoint the event is
// about) and Junos Space's User IP are not hosts. A record that spans lines is one entry: the
// CLI's error reply to one install command (its lines, the blank one inside, up to `Command fail.
// Return code`), which is its own record after the command's echo. Header lines (pigtail's banner,
// `Starting log (Run on device)`, CSV header rows, blank lines between sections) are fed, not
// scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 1b98717 before any rule for it: level 72.3 %, time 50.0 %, host 87.5 %, records 99.2 %.
// That is the macro figure (micro: level 78.3 %, time 60.9 %, host 93.5 %, records 97.8 %), in a
// worktree at 1b98717 with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (ISE's Live Logs export and Panorama's System log export); the gaps are
// pigtail's tagged yearless date (TCAT, ACTQ, DEPL) and the level words of its TCAT lines, the
// install log's multi-line CLI error reply, FortiAnalyzer's `key=value` cells (time, level and
// host), siem.py's rt/end times in JSON, and Junos Space's `Failure` result read as a level.

var fresh336Cases = []worldCase{
	{
		name:   "cisco-fmc-pigtail-tcat-rest-api",
		gap:    "trawl reads neither the time nor the level of pigtail's `TCAT: MM-dd HH:mm:ss …` lines: the yearless date after the `TCAT: ` tag is not read as the time (no entry has one), and neither the log4j level word after `[thread]` (INFO, ERROR, WARN) nor restlet's `INFO:` before the client address is read as the level",
		source: "Cisco Secure Firewall Management Center's pigtail run from the FMC's expert shell as `pigtail TCAT` (tails /opt/CSCOpx/MDC/tomcat/logs/stdout.logs behind a `TCAT: ` tag, times normalised to `MM-dd HH:mm:ss`: the log4j `[thread] LEVEL class - msg` lines of the REST API, the bare `APIException:` line, restlet's `INFO: client - - 443 METHOD path - status - …` access line; a banner of asterisks naming the logs first): the 2021 blog post 'Analyzing Firepower logs with pigtail' (pigtail's help and a TCAT session), found by search; the WARN line from memory",
		why:    "a source tag and a yearless `11-29 07:41:24` before the log4j thread and level; the bare exception line and the `Type value` line have a time and no level; `INFO:` marks restlet's access line; the client address and the URL's host are no hosts; the banner is no record",
		entries: []worldEntry{
			wskip(" *******************************************************************************************************************",
				" ** Displaying logs: TCAT",
				" *******************************************************************************************************************"),
			we("2026-11-29T07:41:24Z", Info, "", "TCAT: 11-29 07:41:24 [ajp-nio-127.0.0.1-9009-exec-6] INFO com.cisco.api.external.rest.common.routing.ExtensionURLFilter - Request for extension URL passed : /domain/e276abec-e0f2-11e3-8169-6d9ed49b625f/object/hosts"),
			we("2026-11-29T07:41:24Z", Error, "", "TCAT: 11-29 07:41:24 [ajp-nio-127.0.0.1-9009-exec-6] ERROR com.cisco.api.external.rest.common.resource.ContainerServerResource - Invalid IP Address"),
			we("2026-11-29T07:41:24Z", Unknown, "", "TCAT: 11-29 07:41:24 APIException:Invalid IP Address"),
			we("2026-11-29T07:41:37Z", Info, "", "TCAT: 11-29 07:41:37 INFO: 10.20.0.41 - - 443 POST /api/fmc_config/v1/domain/e276abec-e0f2-11e3-8169-6d9ed49b625f/object/hosts - 400 - 147 191 https://fmc01.corp.example python-requests/2.32.3 -"),
			we("2026-11-29T07:42:05Z", Warn, "", "TCAT: 11-29 07:42:05 [ajp-nio-127.0.0.1-9009-exec-2] WARN com.cisco.api.external.rest.common.resource.ContainerServerResource - Too many requests for user api-svc: limit of 120 per minute reached"),
			we("2026-11-29T07:42:11Z", Unknown, "", "TCAT: 11-29 07:42:11 Type value for PolicyObjectEntry - Host"),
			we("2026-11-29T07:42:11Z", Info, "", "TCAT: 11-29 07:42:11 INFO: 10.20.0.41 - - 443 POST /api/fmc_config/v1/domain/e276abec-e0f2-11e3-8169-6d9ed49b625f/object/hosts - 201 - 138 1101 https://fmc01.corp.example python-requests/2.32.3"),
		},
	},
	{
		name:   "cisco-fmc-pigtail-actq-depl",
		gap:    "the yearless `MM-dd HH:mm:ss` after pigtail's `ACTQ: ` and `DEPL: ` tags is not read as the time: no entry has one",
		source: "the FMC's pigtail with `ACTQ DEPL` (from its `deploy` preset): /var/log/action_queue.log and /var/log/sf/policy_deployment.log, whose syslog lines `Mmm dd HH:mm:ss host ActionQueueScrape.pl[pid]: …` pigtail rewrites to `MM-dd HH:mm:ss pid=N …` behind the ACTQ:/DEPL: tag, and the action queue's `Started task (id) … Domain Policy Deployment` messages (pigtail's -break and -trigger examples): pigtail v1.03's help text in the same blog post, found by search; the messages after pid= from memory",
		why:    "the tag, a yearless date and `pid=N` in place of the host and the program: pigtail dropped the host, so there is none; no level (`failed` is message text); the task id in parentheses is no time",
		entries: []worldEntry{
			wskip(" *******************************************************************************************************************",
				" ** Displaying logs: ACTQ DEPL",
				" *******************************************************************************************************************"),
			we("2026-11-29T07:43:10Z", Unknown, "", "ACTQ: 11-29 07:43:10 pid=21877 Started task (8812) Domain Policy Deployment"),
			we("2026-11-29T07:43:11Z", Unknown, "", "DEPL: 11-29 07:43:11 pid=21877 Deploying to 2 devices: ftd-br-01, ftd-br-02 (task 8812)"),
			we("2026-11-29T07:43:58Z", Unknown, "", "DEPL: 11-29 07:43:58 pid=21877 Device ftd-br-02 returned failure: snort3 configuration validation failed"),
			we("2026-11-29T07:44:02Z", Unknown, "", "ACTQ: 11-29 07:44:02 pid=21877 Finished task (8812) Domain Policy Deployment: 1 of 2 devices failed"),
			we("2026-11-29T07:44:20Z", Unknown, "", "ACTQ: 11-29 07:44:20 pid=22104 Started task (8813) Health Policy Apply"),
		},
	},
	{
		name:   "cisco-ise-radius-live-logs-csv-export",
		source: "Cisco ISE 3.x Operations > RADIUS > Live Logs exported to CSV (a header row of the grid's columns Time, Status, Details, Repeat Count, Identity, Endpoint ID, Endpoint Profile, Authentication Policy, Authorization Policy, Authorization Profiles, IP Address, Network Device, Device Port, Identity Group, Posture Status, Server, Mdm Server Name; newest row first): the ISE administrator guides' 'RADIUS Live Logs' field tables (Time is when the monitoring node received the log; Server the node that logged it), found by search; the exported time `Mmm d, yyyy hh:mm:ss.SSS AM` and the quoting from memory",
		why:    "a 12-hour time with a comma inside, quoted; `12:03:44.120 AM` is just after midnight and a PM row is the day before; rows run newest first; Pass/Fail is an outcome, no level; the Server column is the ISE node, the host; Identity `host/WS-0142…` and the network device are not",
		entries: []worldEntry{
			wskip("Time,Status,Details,Repeat Count,Identity,Endpoint ID,Endpoint Profile,Authentication Policy,Authorization Policy,Authorization Profiles,IP Address,Network Device,Device Port,Identity Group,Posture Status,Server,Mdm Server Name"),
			we("2026-11-29T11:58:02.007Z", Unknown, "ise-psn01", `"Nov 29, 2026 11:58:02.007 AM",Pass,,0,anna,3C:22:FB:41:22:07,Windows11-Workstation,Wired >> Dot1X,Wired >> Employees,PermitAccess,10.20.4.17,sw-floor2,GigabitEthernet1/0/12,Workstation,Compliant,ise-psn01,`),
			we("2026-11-29T07:41:16.482Z", Unknown, "ise-psn02", `"Nov 29, 2026 07:41:16.482 AM",Fail,,3,bert,00:1B:63:84:45:E6,,Wired >> Dot1X,,,,sw-floor3,GigabitEthernet1/0/7,,,ise-psn02,`),
			we("2026-11-29T00:03:44.12Z", Unknown, "ise-psn01", `"Nov 29, 2026 12:03:44.120 AM",Pass,,12,#ACSACL#-IP-Employees-64b1f0a2,,,,,,,sw-core1,,,,ise-psn01,`),
			we("2026-11-28T23:47:30.915Z", Unknown, "ise-psn02", `"Nov 28, 2026 11:47:30.915 PM",Pass,,0,host/WS-0142.corp.example,3C:22:FB:41:22:07,Windows11-Workstation,Wired >> MAB,Wired >> Domain Computers,PermitAccess,10.20.4.17,sw-floor2,GigabitEthernet1/0/12,Workstation,NotApplicable,ise-psn02,`),
		},
	},
	{
		name:   "fortimanager-install-log-preview",
		gap:    "the CLI's error reply to an install command is split: `entry not found in datasource` ends its record at itself, and the blank line, `value parse error before 'lan-zone'` and `Command fail. Return code -3` are not joined to it",
		source: "FortiManager 7.4's install log of a policy package install, as the GUI's View Install Log and the flatui_proxy call `/gui/deployment/adom/devices/<oid>/tasks/<id>/log/preview` return it (`Starting log (Run on device)`, `Start installing`, each CLI command echoed after the device's prompt `name (context)  `, the CLI's error replies on lines of their own ending `Command fail. Return code -N`, `---> generating verification report`, `install finished`): a FortiManager API cookbook page on the alternative (GUI) FortiManager API quoting task 2243's install log, found by search",
		why:    "no time, level or host on any line; the prompt's device name is no host field; an error reply to one command (several lines with a blank one inside, up to `Command fail. Return code -3`) is one record of its own after the command's echo; `Command fail` is no level",
		entries: []worldEntry{
			wskip("Starting log (Run on device)", "", ""),
			we("", Unknown, "", "Start installing"),
			we("", Unknown, "", "FGT60F-BR02  config firewall address"),
			we("", Unknown, "", `FGT60F-BR02 (address)  edit "h-10.40.7.21"`),
			we("", Unknown, "", "FGT60F-BR02 (h-10.40.7.21)  set subnet 10.40.7.21 255.255.255.255"),
			we("", Unknown, "", "FGT60F-BR02 (h-10.40.7.21)  next"),
			we("", Unknown, "", "FGT60F-BR02 (address)  end"),
			we("", Unknown, "", "FGT60F-BR02  config firewall policy"),
			we("", Unknown, "", "FGT60F-BR02 (policy)  edit 14"),
			we("", Unknown, "", `FGT60F-BR02 (14)  set srcintf "lan-zone"`),
			we("", Unknown, "",
				"entry not found in datasource",
				"",
				"value parse error before 'lan-zone'",
				"Command fail. Return code -3"),
			we("", Unknown, "", "FGT60F-BR02 (14)  next"),
			we("", Unknown, "", "FGT60F-BR02 (policy)  end"),
			wskip("", ""),
			we("", Unknown, "", "---> generating verification report"),
			we("", Unknown, "", "<--- done generating verification report"),
			wskip("", ""),
			we("", Unknown, "", "install finished"),
		},
	},
	{
		name:   "fortianalyzer-download-csv-kv-cells",
		gap:    "trawl reads nothing from the quoted `\"key=value\"` CSV cells: neither date=/time= (nor eventtime=, dtime= or itime=) as the time, nor `level=\"\"notice\"\"` as the level, nor devname= as the host",
		source: "FortiAnalyzer's Log View download as CSV of FortiGate logs, every cell a quoted `key=value` with inner quotes doubled (itime, date, time, devid, vd, type, subtype first, then the other fields in alphabetical order, with empty \"\" cells between; itime FortiAnalyzer's receipt, dtime and eventtime the device's): romainmarcoux/fortigate-tools README.md (log-parser.py's example input), found by search; that it is FortiAnalyzer's download is inferred from its itime, dtime and idseq fields, and eventtime in nanoseconds (FortiOS 7) is from memory",
		why:    "the cells are `key=value` in CSV quotes, not columns under a header; date= and time= give the device's time, eventtime= the same in nanoseconds, dtime= the same second and itime= FortiAnalyzer's receipt a second later, so any is accepted; level= is the level (severity= is the attack's); devname= is the FortiGate, the host; idseq and sessionid are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345678Z|2026-11-29T07:41:16Z|2026-11-29T07:41:17Z", Notice, "FGT100F-EDGE", `"itime=1795938077","date=2026-11-29","time=07:41:16","devid=FG100FTK22004512","vd=root","type=""traffic""","subtype=""forward""","action=""close""","appcat=""unscanned""","","","devname=FGT100F-EDGE","dstcountry=""United States""","dstintf=""wan1""","dstintfrole=""wan""","dstip=93.184.215.14","dstport=443","dtime=1795938076","duration=17","eventtime=1795938076412345678","","idseq=318402214575833090","level=""notice""","logid=""0000000013""","logver=704062601","policyid=12","policytype=""policy""","poluuid=""5c1f2a3e-8b7d-51ee-0c4d-3f2a1b0e9d71""","proto=6","rcvdbyte=16023","","rcvdpkt=17","sentbyte=2210","","sentpkt=14","service=""HTTPS""","sessionid=884213","srccountry=""Reserved""","srcintf=""port2""","srcintfrole=""lan""","srcip=10.20.4.17","srcport=51240","trandisp=""snat""","","",""`),
			we("2026-11-29T07:41:31.00411382Z|2026-11-29T07:41:31Z|2026-11-29T07:41:32Z", Warn, "FGT100F-EDGE", `"itime=1795938092","date=2026-11-29","time=07:41:31","devid=FG100FTK22004512","vd=root","type=""event""","subtype=""system""","action=""conserve-mode-enter""","","","devname=FGT100F-EDGE","dtime=1795938091","eventtime=1795938091004113820","","idseq=318402214575833117","level=""warning""","logdesc=""Conserve mode""","logid=""0100022907""","logver=704062601","msg=""Kernel enters memory conserve mode""","","",""`),
			we("2026-11-29T07:44:02.118004512Z|2026-11-29T07:44:02Z|2026-11-29T07:44:03Z", Alert, "FGT60F-BR07", `"itime=1795938243","date=2026-11-29","time=07:44:02","devid=FG60FTK21001234","vd=root","type=""utm""","subtype=""ips""","action=""dropped""","","attack=""Apache.Log4j.Error.Log.Remote.Code.Execution""","attackid=51006","","devname=FGT60F-BR07","direction=""outgoing""","dstip=10.70.0.12","dstport=8080","dtime=1795938242","eventtime=1795938242118004512","eventtype=""signature""","","idseq=318402214575833201","level=""alert""","logid=""0419016384""","logver=704062601","msg=""applications3: Apache.Log4j.Error.Log.Remote.Code.Execution""","policyid=4","proto=6","","service=""HTTP""","sessionid=1204417","severity=""critical""","srcip=198.51.100.23","srcport=51822","",""`),
		},
	},
	{
		name:   "panorama-gui-system-log-csv-export",
		source: "Panorama 11's Monitor > Logs > System exported with 'Export to CSV' (a header row of the displayed field names, Domain and Receive Time first, then Serial #, Type, Content Type, Generate Time, Event ID, Module, Severity, Description quoted when it holds a comma, Sequence Number, Action Flags, the device-group hierarchy, Device Name; Panorama's own events and its managed firewalls' beside each other): PAN-OS administrator's guide 'System Log Fields' and the severity mapping of 'Syslog Severity', as in fresh22 and fresh154; the export's header names from memory",
		why:    "Receive Time and Generate Time are the record's (a forwarded firewall log is received a second after it was generated: either); Severity is the level on PAN-OS's scale; Device Name is the appliance that logged, Panorama or a firewall, per row; a quoted Description holds commas and an arrowed path",
		entries: []worldEntry{
			wskip("Domain,Receive Time,Serial #,Type,Threat/Content Type,Config Version,Generate Time,Virtual System,Event ID,Object,Module,Severity,Description,Sequence Number,Action Flags,Device Group Hierarchy Level 1,Device Group Hierarchy Level 2,Device Group Hierarchy Level 3,Device Group Hierarchy Level 4,Virtual System Name,Device Name"),
			we("2026-11-29T07:41:16Z", Info, "pano-hq-01", `1,2026/11/29 07:41:16,007051000123456,SYSTEM,auth,0,2026/11/29 07:41:16,,auth-success,,general,informational,"User netops logged in via Web from 10.20.0.41 using https",7390012,0x0,0,0,0,0,,pano-hq-01`),
			we("2026-11-29T07:43:02Z", Info, "pano-hq-01", `1,2026/11/29 07:43:02,007051000123456,SYSTEM,general,0,2026/11/29 07:43:02,,general,,general,informational,"CommitAll job 1412 for device-group Branches, template stack Branch-Stack: 2 succeeded, 1 failed",7390031,0x0,0,0,0,0,,pano-hq-01`),
			we("2026-11-29T07:43:40Z|2026-11-29T07:43:39Z", Warn, "fw-br-02", `1,2026/11/29 07:43:40,013201012345,SYSTEM,general,0,2026/11/29 07:43:39,vsys1,general,,general,medium,"Commit failed: Validation Error: rulebase -> security -> rules -> allow-dns -> to 'dmz2' is not a valid reference",1204471,0x8000000000000000,14,0,0,0,,fw-br-02`),
			we("2026-11-29T07:52:18Z|2026-11-29T07:52:17Z", Error, "fw-br-02", `1,2026/11/29 07:52:18,013201012345,SYSTEM,ha,0,2026/11/29 07:52:17,,state-change,,ha,high,"HA Group 1: Moved from state Active to state Non-Functional",1204480,0x8000000000000000,14,0,0,0,,fw-br-02`),
			we("2026-11-29T08:05:40Z", Notice, "pano-hq-01", `1,2026/11/29 08:05:40,007051000123456,SYSTEM,general,0,2026/11/29 08:05:40,,general,,general,low,"Log collector lc-dc1-01: disk usage of logging disk pair A reached 80%",7390044,0x0,0,0,0,0,,pano-hq-01`),
		},
	},
	{
		name:   "sophos-central-siem-json-lines",
		gap:    "siem.py's time keys are not read: neither \"rt\" nor \"end\" (ISO times with a Z), nor an alert's nested data.created_at in epoch milliseconds, gives the entry a time",
		source: "Sophos Central SIEM Integration's siem.py with `format = json` writing to a file (write_json_format: remove_null_values, update_cef_keys moving created_at to rt, when to end, location to dhost, user_id to duid and source to suser at the end of the object in that order, then json.dumps with Python's `, ` and `: ` separators, one event or alert a line; an alert carries a nested data object with created_at and inserted_at in epoch milliseconds): sophos/Sophos-Central-SIEM-Integration siem.py (CEF_MAPPING, write_json_format), found by search; the API's key order and the alert's data keys from memory",
		why:    "one JSON object a line with no time before it; rt and end are ISO times with a Z, both the event's; an alert's data.created_at is rt in epoch milliseconds and inserted_at is the store's; severity low/high is the event's importance, no level; dhost is the endpoint the event is about, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z|2026-11-29T07:41:14.981Z", Unknown, "", `{"id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "severity": "low", "name": "Update succeeded", "type": "Event::Endpoint::UpdateSuccess", "source_info": {"ip": "10.20.4.17"}, "customer_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "endpoint_id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "endpoint_type": "computer", "group": "UPDATING", "dhost": "WS-0142", "end": "2026-11-29T07:41:14.981Z", "rt": "2026-11-29T07:41:16.204Z", "duid": "5f1c2a3b4d5e6f708192a3b4", "suser": "CORP\\jdoe"}`),
			we("2026-11-29T07:42:12.610Z|2026-11-29T07:42:11.093Z", Unknown, "", `{"id": "3b4c5d6e-7f8a-4b9c-8d0e-2f3a4b5c6d7e", "severity": "high", "name": "Malware detected: 'Troj/DocDl-AKQ' at 'C:\\Users\\jdoe\\Downloads\\invoice-4120.docm'", "type": "Event::Endpoint::Threat::Detected", "source_info": {"ip": "10.20.4.17"}, "customer_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "endpoint_id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "endpoint_type": "computer", "group": "MALWARE", "dhost": "WS-0142", "end": "2026-11-29T07:42:11.093Z", "rt": "2026-11-29T07:42:12.610Z", "duid": "5f1c2a3b4d5e6f708192a3b4", "suser": "CORP\\jdoe"}`),
			we("2026-11-29T07:42:40.015Z|2026-11-29T07:42:38.770Z", Unknown, "", `{"id": "7c1e2d3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f", "severity": "high", "type": "Event::Endpoint::Threat::PuaDetected", "description": "PUA detected: 'PsExec' at 'C:\\Tools\\PsExec64.exe'", "customer_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "data": {"core_remedy_items": {"items": [], "totalItems": 0}, "created_at": 1795938160015, "endpoint_id": "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a", "endpoint_platform": "windows", "endpoint_type": "server", "inserted_at": 1795938160027, "source_info": {"ip": "10.20.9.4"}, "threat_status": "NONE"}, "event_service_event_id": "e4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8", "threat": "PsExec", "threat_cleanable": false, "dhost": "SRV-FILE01", "end": "2026-11-29T07:42:38.770Z", "rt": "2026-11-29T07:42:40.015Z", "suser": "n/a"}`),
		},
	},
	{
		name:   "junos-space-audit-log-archive-outfile",
		gap:    "trawl takes the Result cell `\"Failure\"` for the level Error (two records); it is the task's outcome, and the archive has no level column",
		source: "Junos Space Network Management Platform with Security Director, Audit Logs > Archive and Purge to the local server: the archive written to /var/lib/mysql/archive as CSV with the timestamp kept in UTC (the fields ID, User Name, User IP, Domain, Application, Task, Timestamp, Result, Job ID, Description): Junos Space 'Junos Space Audit Logs Overview', 'Viewing Audit Logs' and Security Director's 'Audit Logs Main Page Fields' (the fields, UTC in the database, the archive directory), found by search; that MySQL's SELECT … INTO OUTFILE writes it (no header row, strings in double quotes, \\N for NULL, `yyyy-MM-dd HH:mm:ss`) and the column order from memory",
		why:    "no header; the audit ID first is no time; the timestamp is a quoted zone-less UTC date; Success/Failure and `Job Scheduled` are results, no levels (`error:` in a description neither); User IP is the admin's client, no host; \\N is a NULL job id",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `655361,"super","10.20.0.41","Global","Network Management Platform","Login","2026-11-29 07:41:16","Success",\N,"User super logged in"`),
			we("2026-11-29T07:43:02Z", Unknown, "", `655362,"netops","10.20.0.57","Global","Security Director","Publish Policy","2026-11-29 07:43:02","Job Scheduled",1491,"Publish and Update policy FW-Branch-Policy initiated for srx-br-01, srx-br-02"`),
			we("2026-11-29T07:44:18Z", Unknown, "", `655363,"netops","10.20.0.57","Global","Security Director","Update Devices","2026-11-29 07:44:18","Failure",1492,"Update Devices failed on srx-br-02: error: commit failed: (statements constraint check failed)"`),
			we("2026-11-29T07:50:09Z", Unknown, "", `655364,"auditor","203.0.113.77","Global","Network Management Platform","Login","2026-11-29 07:50:09","Failure",\N,"Invalid username or password"`),
		},
	},
}

func TestFresh336Formats(t *testing.T) { assertTable(t, fresh336Cases) }
func TestFresh336Score(t *testing.T) {
	checkScore(t, "fresh336 formats", fresh336Cases, [worldNumFields]float64{72.2, 49.9, 87.4, 99.1})
}
