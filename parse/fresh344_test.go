package parse

import "testing"

// The three-hundred-and-forty-fourth fresh table, written on 2026-12-09: server logs that carry the
// writing machine's name in a field or column of their own, a further pass after fresh180,
// fresh182, fresh220, fresh232 and fresh234, in shapes no earlier table holds. Each family is one
// product's documented or observed output: Oracle Business Intelligence 12c's managed-server
// diagnostic log in Oracle Diagnostic Logging's text format as WebLogic 12.2.1 writes it (the
// `[host: …] [nwaddr: …]` fields after the module, a message's further lines inside `[[ … ]]`);
// Eric Zimmerman's EvtxECmd CSV over a directory of .evtx files (a Computer column beside a
// RemoteHost column); Windows PowerShell 5.1's `Invoke-Command -ComputerName web01,web02
// { Get-WinEvent … }` printed by its default table view (the ProviderName groups, PSComputerName
// as the last column); atop's parseable output `atop -P CPU,MEM,DSK` (the host as the second
// field of every label line, RESET and SEP between samples); sysstat's `sadf -p` (tab-separated,
// the host first, one value a line); Monolog 3's JsonFormatter with its HostnameProcessor (the
// machine's name in the extra object, a `host` in the context that is an upstream); the Azure
// portal's Logs 'Export to CSV' of an Event table query in an en-US locale (`TimeGenerated [UTC]`
// with a comma inside the time, a Computer column, EventLevelName); elasticdump's NDJSON of a
// Filebeat data stream (the host two objects down in `_source.host.name`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`[host:`, `host_id:`, `nwaddr`, `[nwaddr:`, `host_addr`, `NOTIFICATION`, `ODL`,
// `Oracle HTTP Server`, `ecid:`, `obiee`, `bi_server`, `oracle.bi`, `] [[`, `tid: [ACTIVE]`,
// `partition-name`, `tenant-name`, `diagnostic.log`, `[APP:`, `comp_id=`, `hostName`,
// `"hostName"`, `wildfly`, `jboss`, `loggerClassName`, `"processName"`, `liberty`,
// `ibm_datetime`, `ibm_serverName`, `liberty_message`, `websphere`, `keycloak`, `Quarkus`,
// `####<`, `s-dns`, `source_host`, `MachineName`, `Export-Csv`, `Get-WinEvent`,
// `LevelDisplayName`, `ConvertTo-Json`, `/Date(`, `PSComputerName`, `Invoke-Command`,
// `ProviderName:`, `EvtxECmd`, `PayloadData`, `MapDescription`, `RemoteHost`, `EventRecordId`,
// `LogAlways`, `psloglist`, `LogParser`, `EventTypeName`, `ComputerName`, `-o:TSV`,
// `"EventID","MachineName"`, `hayabusa`, `RuleTitle`, `chainsaw`, `velociraptor`, `PDH-CSV`,
// `Azure`, `Log Analytics`, `TimeGenerated`, `TimeGenerated [UTC]`, `EventLevelName`,
// `RenderedDescription`, `Computer,`, `DeviceName`, `AppServiceHTTPLogs`, `CsHost`,
// `EventStampName`, `PT1H.json`, `resourceId`, `sadf`, `sadf -p`, `# hostname;`, `ldavg`,
// `runq-sz`, `atop`, `atop -P`, `Monolog`, `HostnameProcessor`, `level_name`, `"extra":{`,
// `JsonFormatter`, `"@t"`, `escape=json`, `"hostname":"`, `elasticdump`, `_source`, `"_source":`,
// `"_index"`, `"_score"`, `filebeat-`, `elasticsearch.node.name`, `service.node.name`,
// `server_hostname`, `sentry`, `rollbar`, `Teleport`, `json-sse`, `sensor-name`, `_stamp`,
// `rawfile`, `rundeck`, `rdlog`, `stepctx`, `NODE,EVENT`, `--format csv`, `qacct`, `:sge:`,
// `ru_wallclock`, `sacct`, `NodeList`, `sinfo`, `exec_host`, `Job executing on host`,
// `ExecuteHost`, `job_log`, `|  main|`, `execd`, `lsb.acct`, `bhist`, `bacct`, `mmhealth`,
// `mmfs.log`, `mmdsh`, `Node name:`, `ipmi-sel`, `freeipmi`, `reventlog`, `allssh`, `nutanix`,
// `"node":"pve`). ODL is in fresh3 (Payara's, no host), fresh93 (SOA Suite's diagnostic log
// without host fields), fresh130 (Oracle HTTP Server's `[host_id:]`) and fresh52/fresh85 (ODL-XML's
// host_id attribute); WebLogic 12.2.1's `[host:] [nwaddr:]` fields are in none. EvtxECmd is in no
// table. Get-WinEvent's default table is in fresh147 (German, no computer column) and its
// PSComputerName only in fresh134's list of a Defender cmdlet; the remote table with
// PSComputerName is in none. atop is only in atopsar's report (fresh183); its -P lines are in none.
// sadf is in fresh178 as -d (semicolons under a `# hostname;` comment); -p is in none. Monolog's
// JsonFormatter is in world_test.go with an empty extra and its HostnameProcessor in fresh339 behind
// the LineFormatter; the two together are in none. The portal's CSV export is in fresh154 with a
// Japanese locale and no host column; the en-US time with its comma and a Computer column are in
// none. elasticdump and a search hit's `_source` are in none. Left out as measured already:
// Quarkus', Keycloak's and WildFly's JSON hostName (fresh58, fresh66, fresh201, fresh223, fresh295),
// Liberty's and MQ's JSON host (fresh58, fresh141), WebLogic's `####<` server and domain logs
// (fresh58, fresh89, fresh93), its extended access log (fresh58), Log4j2's LogstashJsonEventLayoutV1
// source_host (fresh280), Get-WinEvent's ConvertTo-Json and Export-Csv, PsLogList and Log Parser's
// CSV (fresh115, fresh167), Log Parser's TSV (fresh263), Defender's advanced hunting CSV (fresh205),
// relog's PDH-CSV (fresh126, fresh178), ausearch's CSV (fresh150), Serilog's CLEF with MachineName
// (fresh284), nginx's JSON $hostname (fresh189), Salt's event JSON (fresh180), Rundeck's rdlog
// (fresh288), and the HPC schedulers' node fields (qacct -j in fresh118, sacct and sacctmgr in
// fresh118, fresh159 and fresh221, FreeIPMI's host prefixes in fresh313, mmhealth in fresh68 and
// others). Hayabusa's CSV timeline was left out: its Level column is a detection rule's (crit, high,
// med, low), no record's level. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). ODL's and Monolog's +01:00 are converted; EvtxECmd's TimeCreated (seven
// fractional digits) is UTC; PowerShell's `11/29/2026 7:41:16 AM` and the portal's
// `11/29/2026, 11:58:02.417 PM` carry no zone and are taken as UTC (the portal's column says so);
// atop's epoch and its date and time are the same second; sadf -p writes UTC. Levels only where
// the line marks one: ODL's NOTIFICATION (its informational level, JUL INFO), WARNING and ERROR,
// EvtxECmd's Level column (LogAlways is the event log's level 0, none), LevelDisplayName,
// Monolog's level_name, EventLevelName, ECS's log.level; atop's and sadf's lines have none. The
// host is the record's machine field: ODL's `[host:]` (not its nwaddr, not the server name
// bi_server1), EvtxECmd's Computer (not RemoteHost, the logon's client), PSComputerName, atop's
// second field, sadf's first, Monolog's extra.hostname (not the context's host, an upstream API),
// Computer, `_source.host.name` (not url.domain or source.address). A record that spans lines is
// one entry: an ODL message with its `[[ … ]]` block. RESET and SEP carry nothing and are lines of
// their own; PowerShell's group and column headers are not scored.
//
// The shapes are from memory of the documentation, sources and real output each case names: the
// session's search budget (corpora "docs", "issues", "code", "pages") was spent before this table
// was written, so no search confirmed a layout here, and every source says "from memory". Hosts,
// ids, addresses, users and messages are invented, and every time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 99aef9e before any rule for it: level 71.9 %, time 100.0 %, host 20.6 %, records 92.5 %.
// That is the macro figure (micro: level 77.5 %, time 100.0 %, host 20.0 %, records 92.5 %), in a
// worktree at 99aef9e with no change to trawl's code (only this file and table_test.go's list), 1 of
// 8 families fully right (EvtxECmd's CSV); the gaps are the host in every other family (ODL's
// [host:] field, PSComputerName under PowerShell's later groups, atop's and sadf's host fields,
// Monolog's extra.hostname, the Computer column under a `TimeGenerated [UTC]` header, elasticdump's
// _source.host.name), ODL's NOTIFICATION read as Notice, the EventLevelName column and the
// log.level under _source, and PowerShell's repeated group headers joined to the row above.

var fresh344Cases = []worldCase{
	{
		name:   "obiee12c-odl-host-nwaddr-fields",
		gap:    "trawl reads ODL's time and WARNING/ERROR but no host: the `[host: bi-app-01.corp.example]` field after the module is not read as the host, and `[NOTIFICATION]`, ODL's informational level (JUL INFO), is read as Notice",
		source: "Oracle Business Intelligence 12c's managed server log user_projects/domains/bi/servers/bi_server1/logs/bi_server1-diagnostic.log in Oracle Diagnostic Logging's text format as WebLogic 12.2.1 writes it (`[ISO time±hh:mm] [component id] [LEVEL] [msg id] [module] [host: h] [nwaddr: a] [tid: …] [userId: …] [ecid: …] [APP: …] [partition-name: DOMAIN] [tenant-name: GLOBAL] msg`, the message's further lines between ` [[` and `]]`): from memory of the Fusion Middleware 12.2.1 ODL documentation and of real lines (the search budget was spent)",
		why:    "a bracketed host: field is the machine, the nwaddr after it its address; the tid holds brackets of its own; NOTIFICATION is ODL's informational level; an error's `[[ … ]]` block is one record with it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "bi-app-01.corp.example", "[2026-11-29T08:41:16.204+01:00] [bi_server1] [NOTIFICATION] [] [oracle.bi.web.servlet] [host: bi-app-01.corp.example] [nwaddr: 10.20.3.7] [tid: 41] [userId: <WLS Kernel>] [ecid: 7c1f0e2a-5b3d-4e8a-9f61-2d4c8b0a1e37-00000003,0] [APP: analytics] [partition-name: DOMAIN] [tenant-name: GLOBAL] Analytics servlet initialised for context /analytics"),
			we("2026-11-29T07:41:19.877Z", Warn, "bi-app-01.corp.example", "[2026-11-29T08:41:19.877+01:00] [bi_server1] [WARNING] [] [oracle.bi.security.service] [host: bi-app-01.corp.example] [nwaddr: 10.20.3.7] [tid: [ACTIVE].ExecuteThread: '7' for queue: 'weblogic.kernel.Default (self-tuning)'] [userId: bi_admin] [ecid: 7c1f0e2a-5b3d-4e8a-9f61-2d4c8b0a1e37-0000000b,0:1] [APP: bi-security] [partition-name: DOMAIN] [tenant-name: GLOBAL] Token for user anna.ritter expires in 120 seconds; refresh scheduled"),
			we("2026-11-29T07:41:22.015Z", Error, "bi-app-01.corp.example",
				"[2026-11-29T08:41:22.015+01:00] [bi_server1] [ERROR] [] [oracle.bi.datasource] [host: bi-app-01.corp.example] [nwaddr: 10.20.3.7] [tid: [ACTIVE].ExecuteThread: '12' for queue: 'weblogic.kernel.Default (self-tuning)'] [userId: anna.ritter] [ecid: 7c1f0e2a-5b3d-4e8a-9f61-2d4c8b0a1e37-00000011,0:2:1] [APP: datasourceService] [partition-name: DOMAIN] [tenant-name: GLOBAL] Connection to data source SALES_DW failed [[",
				"java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection",
				"\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:854)",
				"\tat oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:793)",
				"\tat oracle.bi.datasource.service.ConnectionPool.borrow(ConnectionPool.java:212)",
				"]]"),
			we("2026-11-29T07:41:25.330Z", Info, "bi-app-02.corp.example", "[2026-11-29T08:41:25.330+01:00] [bi_server2] [NOTIFICATION] [] [oracle.bi.cluster.controller] [host: bi-app-02.corp.example] [nwaddr: 10.20.3.8] [tid: 58] [userId: <anonymous>] [ecid: 2d9b6f41-0e7c-4a35-b812-9f3e5c0a7d64-00000002,0] [APP: bi-cluster] [partition-name: DOMAIN] [tenant-name: GLOBAL] Cluster controller on bi-app-01.corp.example reachable; 2 of 2 BI servers up"),
		},
	},
	{
		name:   "evtxecmd-csv-computer-remotehost",
		source: "Eric Zimmerman's EvtxECmd over a directory of .evtx files (`EvtxECmd.exe -d C:\\Cases\\DC02 --csv out`: one CSV with the header RecordNumber, EventRecordId, TimeCreated as yyyy-MM-dd HH:mm:ss.fffffff in UTC, EventId, Level (LogAlways, Critical, Error, Warning, Info, Verbose), Provider, Channel, ProcessId, ThreadId, Computer, ChunkNumber, UserId, MapDescription, UserName, RemoteHost, PayloadData1-6, ExecutableInfo, HiddenRecord, SourceFile, Keywords, ExtraDataOffset, Payload as quoted JSON): from memory of EvtxECmd's output and its maps (the search budget was spent)",
		why:    "a header row, then rows whose Computer column is the machine; RemoteHost is the logon's client; LogAlways (the Security log's level 0) is no level; the Payload's doubled quotes hold commas",
		entries: []worldEntry{
			wskip("RecordNumber,EventRecordId,TimeCreated,EventId,Level,Provider,Channel,ProcessId,ThreadId,Computer,ChunkNumber,UserId,MapDescription,UserName,RemoteHost,PayloadData1,PayloadData2,PayloadData3,PayloadData4,PayloadData5,PayloadData6,ExecutableInfo,HiddenRecord,SourceFile,Keywords,ExtraDataOffset,Payload"),
			we("2026-11-29T07:41:16.2045831Z", Unknown, "DC02.corp.example.com", `1,884211,2026-11-29 07:41:16.2045831,4624,LogAlways,Microsoft-Windows-Security-Auditing,Security,788,4120,DC02.corp.example.com,412,,Successful logon,CORP\svc-backup,WS-0412 (10.20.4.12),Target: CORP\svc-backup,LogonType 3,LogonId: 0x3A1F2C,,,,,False,C:\Cases\DC02\Security.evtx,Audit success,0,"{""EventData"": {""Data"": [{""@Name"": ""TargetUserName"", ""#text"": ""svc-backup""}, {""@Name"": ""TargetDomainName"", ""#text"": ""CORP""}, {""@Name"": ""LogonType"", ""#text"": ""3""}, {""@Name"": ""WorkstationName"", ""#text"": ""WS-0412""}, {""@Name"": ""IpAddress"", ""#text"": ""10.20.4.12""}]}}"`),
			we("2026-11-29T07:41:18.5531207Z", Info, "DC02.corp.example.com", `2,51207,2026-11-29 07:41:18.5531207,7036,Info,Service Control Manager,System,812,3104,DC02.corp.example.com,37,,Service state change,,,Name: Windows Modules Installer,Status: running,,,,,,False,C:\Cases\DC02\System.evtx,Classic,0,"{""EventData"": {""Data"": [{""@Name"": ""param1"", ""#text"": ""Windows Modules Installer""}, {""@Name"": ""param2"", ""#text"": ""running""}]}}"`),
			we("2026-11-29T07:41:20.0172210Z", Warn, "DC02.corp.example.com", `3,51208,2026-11-29 07:41:20.0172210,1014,Warning,Microsoft-Windows-DNS-Client,System,1520,2216,DC02.corp.example.com,37,S-1-5-20,Name resolution timeout,NT AUTHORITY\NETWORK SERVICE,,Query: update.corp.example.com,Server: 10.20.0.53,,,,,,False,C:\Cases\DC02\System.evtx,Classic,0,"{""EventData"": {""Data"": [{""@Name"": ""QueryName"", ""#text"": ""update.corp.example.com""}, {""@Name"": ""Address"", ""#text"": ""10.20.0.53""}]}}"`),
			we("2026-11-29T07:41:40.8813004Z", Error, "DC02.corp.example.com", `4,30977,2026-11-29 07:41:40.8813004,1000,Error,Application Error,Application,4412,4480,DC02.corp.example.com,12,,Application crash,,,Application: backupagent.exe,Module: ntdll.dll,Exception code: 0xc0000374,,,,,False,C:\Cases\DC02\Application.evtx,Classic,0,"{""EventData"": {""Data"": ""backupagent.exe, 7.2.0.18, 6541a2b3, ntdll.dll, 10.0.20348.2849, 5f2e1a90, c0000374, 00000000000ff1c9, 0x1130""}}"`),
		},
	},
	{
		name:   "powershell-invoke-command-winevent-pscomputername",
		source: "Windows PowerShell 5.1's `Invoke-Command -ComputerName web01,web02 { Get-WinEvent -LogName System -MaxEvents 3 }` printed by the default table view of EventLogRecord (a `   ProviderName: X` group header whenever the provider changes, the TimeCreated, Id, LevelDisplayName and Message columns, a Message cut with `...`, and PSComputerName appended as the last column for objects that came back from a remote session, the time in the viewer's local culture en-US): from memory of PowerShell's formatting of remote output (the search budget was spent)",
		why:    "the machine is the last column of a row; the group and column headers are no records; TimeCreated has no zone and an unpadded hour with AM/PM; LevelDisplayName is the level; Id is no time",
		entries: []worldEntry{
			wskip("",
				"   ProviderName: Service Control Manager",
				"",
				"TimeCreated                      Id LevelDisplayName Message                                  PSComputerName",
				"-----------                      -- ---------------- -------                                  --------------"),
			we("2026-11-29T07:41:16Z", Info, "web01", "11/29/2026 7:41:16 AM          7036 Information      The Windows Update service entered th... web01"),
			we("2026-11-29T07:40:58Z", Error, "web01", "11/29/2026 7:40:58 AM          7031 Error            The Print Spooler service terminated ... web01"),
			wskip("",
				"   ProviderName: Microsoft-Windows-DistributedCOM",
				"",
				"TimeCreated                      Id LevelDisplayName Message                                  PSComputerName",
				"-----------                      -- ---------------- -------                                  --------------"),
			we("2026-11-29T07:38:05Z", Error, "web01", "11/29/2026 7:38:05 AM         10016 Error            The application-specific permission s... web01"),
			wskip("",
				"   ProviderName: Service Control Manager",
				"",
				"TimeCreated                      Id LevelDisplayName Message                                  PSComputerName",
				"-----------                      -- ---------------- -------                                  --------------"),
			we("2026-11-29T07:41:12Z", Info, "web02", "11/29/2026 7:41:12 AM          7036 Information      The Windows Modules Installer service... web02"),
			wskip("",
				"   ProviderName: Microsoft-Windows-Time-Service",
				"",
				"TimeCreated                      Id LevelDisplayName Message                                  PSComputerName",
				"-----------                      -- ---------------- -------                                  --------------"),
			we("2026-11-29T07:39:44Z", Warn, "web02", "11/29/2026 7:39:44 AM           129 Warning          NtpClient was unable to set a domain ... web02"),
		},
	},
	{
		name:   "atop-parseable-label-lines",
		gap:    "trawl reads the epoch and date of `CPU db-07 1795938076 2026/11/29 07:41:16 …` but no host: the host field after the label word (CPU, MEM, DSK) is not read as the host",
		source: "atop's parseable output (`atop -P CPU,MEM,DSK 600 2`: each sample opened by a line `RESET` when its counters run since boot, else `SEP`; then each label's line `LABEL host epoch yyyy/mm/dd hh:mm:ss interval …` with the label's own numbers, DSK once per disk): atop(1) 'PARSEABLE OUTPUT', from memory (the search budget was spent)",
		why:    "the host is the second field of every line, the epoch the third, the local date and time (here UTC) the same second; the interval (since boot on the first sample) and the counters are no times; RESET and SEP carry nothing",
		entries: []worldEntry{
			we("", Unknown, "", "RESET"),
			we("2026-11-29T07:41:16Z", Unknown, "db-07", "CPU db-07 1795938076 2026/11/29 07:41:16 412331 100 8 2319044 6120411 31120 320114902 287041 0 120611 0 0 2400 100 0 0"),
			we("2026-11-29T07:41:16Z", Unknown, "db-07", "MEM db-07 1795938076 2026/11/29 07:41:16 412331 4096 16379812 4119044 9011230 402112 1203880 20155 311204 0 88120 0 0 2048 0 0 0 0"),
			we("2026-11-29T07:41:16Z", Unknown, "db-07", "DSK db-07 1795938076 2026/11/29 07:41:16 412331 nvme0n1 41200211 22110412 884120331 9120447 1331200540"),
			we("", Unknown, "", "SEP"),
			we("2026-11-29T07:51:16Z", Unknown, "db-07", "CPU db-07 1795938676 2026/11/29 07:51:16 600 100 8 3410 9120 12 465880 1204 0 188 0 0 2400 100 0 0"),
			we("2026-11-29T07:51:16Z", Unknown, "db-07", "MEM db-07 1795938676 2026/11/29 07:51:16 600 4096 16379812 4002117 9088406 402340 1204411 18820 311990 0 88140 0 0 2048 0 0 0 0"),
			we("2026-11-29T07:51:16Z", Unknown, "db-07", "DSK db-07 1795938676 2026/11/29 07:51:16 600 nvme0n1 14120 2204 88130 9121 140662"),
		},
	},
	{
		name:   "sadf-p-tab-host-first",
		gap:    "trawl reads the `2026-11-29 07:50:01 UTC` stamp but no host: the host name first on the line, before a tab, the interval and the stamp, is not read as the host",
		source: "sysstat's `sadf -p /var/log/sa/sa29 -s 07:45:00 -e 08:05:00 -- -q` (awk-friendly output: per value one line `hostname<TAB>interval<TAB>yyyy-MM-dd HH:mm:ss UTC<TAB>device<TAB>field<TAB>value`, `-` as the device of a metric without one): sadf(1) -p, from memory (the search budget was spent)",
		why:    "tab-separated with the host first; the interval (600) and the values are no times; the timestamp carries `UTC`; no level",
		entries: []worldEntry{
			we("2026-11-29T07:50:01Z", Unknown, "db-07", "db-07\t600\t2026-11-29 07:50:01 UTC\t-\trunq-sz\t2"),
			we("2026-11-29T07:50:01Z", Unknown, "db-07", "db-07\t600\t2026-11-29 07:50:01 UTC\t-\tplist-sz\t412"),
			we("2026-11-29T07:50:01Z", Unknown, "db-07", "db-07\t600\t2026-11-29 07:50:01 UTC\t-\tldavg-1\t0.41"),
			we("2026-11-29T07:50:01Z", Unknown, "db-07", "db-07\t600\t2026-11-29 07:50:01 UTC\t-\tldavg-5\t0.37"),
			we("2026-11-29T07:50:01Z", Unknown, "db-07", "db-07\t600\t2026-11-29 07:50:01 UTC\t-\tblocked\t0"),
			we("2026-11-29T08:00:01Z", Unknown, "db-07", "db-07\t600\t2026-11-29 08:00:01 UTC\t-\trunq-sz\t5"),
			we("2026-11-29T08:00:01Z", Unknown, "db-07", "db-07\t600\t2026-11-29 08:00:01 UTC\t-\tldavg-1\t2.12"),
		},
	},
	{
		name:   "monolog3-json-extra-hostname",
		source: "a Symfony shop on Monolog 3 writing var/log/prod.log from two web nodes with the JsonFormatter (one object a line: message, context, level, level_name, channel, datetime as Y-m-d\\TH:i:s.uP in Europe/Berlin, extra; empty arrays as {}; an exception normalised to class, message, code, file) and the HostnameProcessor and UidProcessor pushed, so extra carries hostname and uid: from memory of Monolog's JsonFormatter and Processor/HostnameProcessor.php (the search budget was spent)",
		why:    "the machine sits in extra.hostname at the end of the object; context.host is the payment API asked, no host; level_name is the level (200, 250, 300, 400 beside it); +01:00 is converted",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204531Z", Info, "shop-web-03", `{"message":"Order placed","context":{"order_id":4412,"total":"89.90"},"level":200,"level_name":"INFO","channel":"shop","datetime":"2026-11-29T08:41:16.204531+01:00","extra":{"hostname":"shop-web-03","uid":"a41f9c2"}}`),
			we("2026-11-29T07:41:18.877102Z", Warn, "shop-web-04", `{"message":"Payment provider answered slowly","context":{"host":"api.payments.example.net","elapsed_ms":4120},"level":300,"level_name":"WARNING","channel":"payment","datetime":"2026-11-29T08:41:18.877102+01:00","extra":{"hostname":"shop-web-04","uid":"0c7e31b"}}`),
			we("2026-11-29T07:41:23.410077Z", Error, "shop-web-04", `{"message":"Payment capture failed","context":{"host":"api.payments.example.net","order_id":4413,"exception":{"class":"GuzzleHttp\\Exception\\ConnectException","message":"cURL error 28: Operation timed out after 5001 milliseconds with 0 bytes received","code":0,"file":"/srv/shop/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:275"}},"level":400,"level_name":"ERROR","channel":"payment","datetime":"2026-11-29T08:41:23.410077+01:00","extra":{"hostname":"shop-web-04","uid":"9d1e6a0"}}`),
			we("2026-11-29T07:41:31.002914Z", Notice, "shop-web-03", `{"message":"Cache pool cache.app cleared","context":{},"level":250,"level_name":"NOTICE","channel":"cache","datetime":"2026-11-29T08:41:31.002914+01:00","extra":{"hostname":"shop-web-03","uid":"5be20d9"}}`),
		},
	},
	{
		name:   "azure-log-analytics-event-csv-en-us",
		source: "the Azure portal's Logs blade, 'Export to CSV (displayed columns)' of `Event | project TimeGenerated, Computer, EventLog, Source, EventID, EventLevelName, RenderedDescription` in an en-US browser (a header naming `TimeGenerated [UTC]`, the time as the grid shows it, `11/29/2026, 7:41:16.204 AM`, quoted for its comma; a description with commas quoted): from memory of the export and of the Event table's columns (the search budget was spent); fresh154's export is the same button in a Japanese locale without a host column",
		why:    "the time's comma sits inside quotes, a 12-hour clock with a PM row on the day before; Computer is the machine; EventLevelName is the level; the EventID is no time",
		entries: []worldEntry{
			wskip("TimeGenerated [UTC],Computer,EventLog,Source,EventID,EventLevelName,RenderedDescription"),
			we("2026-11-29T07:42:03.009Z", Error, "web-04.corp.example.com", `"11/29/2026, 7:42:03.009 AM",web-04.corp.example.com,System,Microsoft-Windows-Kernel-Power,41,Error,"The system has rebooted without cleanly shutting down first. This error could be caused if the system stopped responding, crashed, or lost power unexpectedly."`),
			we("2026-11-29T07:41:18.511Z", Warn, "sql-01.corp.example.com", `"11/29/2026, 7:41:18.511 AM",sql-01.corp.example.com,Application,MSSQLSERVER,17890,Warning,"A significant part of sql server process memory has been paged out. This may result in a performance degradation. Duration: 0 seconds. Working set (KB): 412008, committed (KB): 8120440, memory utilization: 5%."`),
			we("2026-11-29T07:41:16.204Z", Info, "web-03.corp.example.com", `"11/29/2026, 7:41:16.204 AM",web-03.corp.example.com,System,Service Control Manager,7036,Information,The Windows Update service entered the running state.`),
			we("2026-11-28T23:58:02.417Z", Info, "web-03.corp.example.com", `"11/28/2026, 11:58:02.417 PM",web-03.corp.example.com,System,Microsoft-Windows-Kernel-General,16,Information,"The access history in hive \??\C:\Users\svc-iis\ntuser.dat was cleared updating 4 keys and creating 1 modified pages."`),
		},
	},
	{
		name:   "elasticdump-ndjson-source-host-name",
		source: "elasticdump's data dump of a Filebeat 8 data stream (`elasticdump --input=https://es01:9200/filebeat-8.15.3 --output=dump.ndjson --type=data`: one search hit a line, `_index` of the backing index, `_id`, `_score`, then `_source` with the ECS event: @timestamp, log.level where the event was parsed, message, host.name, agent, url.domain and source.address on an access event): from memory of elasticdump's output and of Filebeat's fields (the search budget was spent)",
		why:    "the machine is two objects down in _source.host.name, after the hit's own keys; the backing index's date and the _id are no times; url.domain is the site asked for and source.address the client; an access event has no log.level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "shop-web-03", `{"_index":".ds-filebeat-8.15.3-2026.11.29-000001","_id":"Jx3k8JMBq1w0bT5cR2aQ","_score":1,"_source":{"@timestamp":"2026-11-29T07:41:16.204Z","log":{"level":"info","file":{"path":"/var/log/shop/app.log"}},"message":"order 4412 placed","host":{"name":"shop-web-03","hostname":"shop-web-03","ip":["10.20.3.13"]},"agent":{"type":"filebeat","version":"8.15.3"},"ecs":{"version":"8.0.0"}}}`),
			we("2026-11-29T07:41:23.41Z", Error, "shop-web-04", `{"_index":".ds-filebeat-8.15.3-2026.11.29-000001","_id":"Kb7m8JMBq1w0bT5cU9fT","_score":1,"_source":{"@timestamp":"2026-11-29T07:41:23.410Z","log":{"level":"error","file":{"path":"/var/log/shop/app.log"}},"message":"payment capture failed for order 4413","error":{"message":"upstream timed out after 5001 ms"},"host":{"name":"shop-web-04","hostname":"shop-web-04","ip":["10.20.3.14"]},"agent":{"type":"filebeat","version":"8.15.3"},"ecs":{"version":"8.0.0"}}}`),
			we("2026-11-29T07:41:24.118Z", Unknown, "lb-01", `{"_index":".ds-filebeat-8.15.3-2026.11.29-000001","_id":"Lq2n8JMBq1w0bT5cV4hW","_score":1,"_source":{"@timestamp":"2026-11-29T07:41:24.118Z","event":{"dataset":"nginx.access","module":"nginx"},"source":{"address":"203.0.113.45"},"url":{"domain":"shop.example.com","original":"/api/cart"},"http":{"request":{"method":"GET"},"response":{"status_code":200}},"user_agent":{"original":"Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"},"host":{"name":"lb-01","hostname":"lb-01"},"agent":{"type":"filebeat","version":"8.15.3"}}}`),
			we("2026-11-29T07:42:02.771Z", Warn, "db-02", `{"_index":".ds-filebeat-8.15.3-2026.11.29-000001","_id":"Mc9p8JMBq1w0bT5cX1kZ","_score":1,"_source":{"@timestamp":"2026-11-29T07:42:02.771Z","log":{"level":"warning","file":{"path":"/var/log/postgresql/postgresql-16-main.log"}},"message":"checkpoints are occurring too frequently (24 seconds apart)","host":{"name":"db-02","hostname":"db-02","ip":["10.20.5.2"]},"agent":{"type":"filebeat","version":"8.15.3"},"ecs":{"version":"8.0.0"}}}`),
		},
	},
}

func TestFresh344Formats(t *testing.T) { assertTable(t, fresh344Cases) }
func TestFresh344Score(t *testing.T) {
	checkScore(t, "fresh344 formats", fresh344Cases, [worldNumFields]float64{93.7, 99.9, 65.5, 99.9})
}
