package parse

import "testing"

// The four-hundred-and-sixty-sixth fresh table: Windows event logs as text, yet another pass after
// fresh4, fresh115, fresh134, fresh167, fresh233, fresh344, fresh354, fresh398 and fresh427, in
// shapes no earlier table holds. Each family is one product's documented or observed output:
// python-evtx's evtx_dump.py over a System.evtx (the XML declaration and `<Events>`, each record's
// XML over twenty lines, SystemTime with a space, microseconds and no zone); Fluentd's
// in_windows_eventlog2 printed by the stdout output (`… -0800 winevt.raw: {…}`, every value a
// string, a slashed UTC TimeCreated with nanoseconds); EvtxECmd's `--json` lines (Level as a word,
// TimeCreated with seven fractional digits and +00:00, Computer beside RemoteHost); Windows
// PowerShell 5.1's `Get-WinEvent | Select-Object … | Export-Csv -UseCulture` on a German Windows
// (semicolons, `29.11.2026 07:45:20`, Informationen Warnung Fehler Kritisch); PowerShell 7.4's
// `Get-WinEvent | Select-Object … | ConvertTo-Json` (two-space indent, TimeCreated as ISO 8601 with
// a +01:00 offset); Event Viewer's 'Save All Events As…' text on a Norwegian Windows (Informasjon
// Advarsel Feil Kritisk, `29.11.2026 08:12:40`); Winlogbeat's Security events printed by Logstash's
// rubydebug codec (nested winlog and event hashes).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`wevtutil`, `/f:xml`, `f:xml`, `Ereignis[`, `Protokollname`, `Ereignis-ID`, `Get-WinEvent`,
// `Get-EventLog`, `TimeCreated`, `TimeGenerated`, `Event Viewer`, `evtx`, `sysmon`, `Linux-Sysmon`,
// `EventCode=`, `nxlog`, `SeverityValue`, `winlogbeat`, `Snare`, `MSWinEventLog`, `AgentDevice`,
// `WindowsLog`, `OriginatingComputer`, `EvntSLog`, `EventReporter`, `MonitorWare`, `EvtxECmd`,
// `PayloadData`, `MapDescription`, `ChunkNumber`, `"Level":"LogAlways"`, `"Keywords":"Audit`,
// `evtx_dump`, `python-evtx`, `evtx_dump.py`, `<Events>`, `standalone="yes"`, `Qualifiers=""`,
// `></Provider>`, `<Security UserID=""></Security>`, `SystemTime="2026-11-29 `, `xmlns='`,
// `XmlWinEventLog`, `renderXml`, `chainsaw`, `hayabusa`, `Velociraptor`, `EvtxHunter`, `Zircolite`,
// `fluentd`, `winevt`, `winevt.raw`, `in_windows_eventlog`, `windows_eventlog2`, `ProviderGUID`,
// `Format-List`, `Format-Table`, `-Wrap`, `Export-Csv`, `ConvertTo-Csv`, `UseCulture`,
// `TimeCreated";"`, `";"`, `Informationen`, `Warnung`, `"Kritisch"`, `"29.11.2026 `,
// `ConvertTo-Json`, `"TimeCreated": "2026`, `"LevelDisplayName": "`, `Event[0]`, `Log Name:`,
// `EventID`, `Keywords:`, `Task Category`, `InstanceId`, `EntryType`, `ReplacementStrings`,
// `LevelDisplayName`, `ProviderName`, `MachineName`, `MachineName;`, `-ComputerName`,
// `TimeGenerated         MachineName`, `Index Time`, `Informasjon`, `Advarsel`, `Kritisk`,
// `Dato og klokkeslett`, `Hendelses-ID`, `Oppgavekategori`, `Kilde`, `rubydebug`, `=> {`,
// `"winlog" =>`, `"computer_name" =>`, `computer_name`, `Splunk`, `WinEventLog`, `SecurityEvent`,
// `Wazuh`, `OSSEC`, `osquery`, `windows_events`, `Datadog`, `Graylog Sidecar`, `Security-Auditing`,
// `4625`, `ProcessGuid`, `Process Create:`, `Network connection detected`). python-evtx's
// evtx_dump.py is only named in fresh398 and fresh427 as grepped; its XML is in none (fresh134 and
// fresh4 hold EvtRender's one-line XML with single quotes, fresh354 evtx_dump's indented XML with a
// `Record N` line, fresh22 Sysmon for Linux's XML in syslog). Fluentd is in many tables as a
// shipper; its Windows input's stdout lines are in none (fresh427 holds Fluent Bit's two Windows
// inputs). EvtxECmd is in fresh344 as CSV; its --json lines are in none. Get-WinEvent's Export-Csv is
// in fresh115 (en-US, Hyper-V's channel) and fresh233 (Sysmon with #TYPE); a semicolon CSV under a
// German culture is in none. Get-WinEvent's ConvertTo-Json is in fresh115 in Windows PowerShell 5.1
// with `\/Date(ms)\/`; PowerShell 7's ISO dates are in none. Event Viewer's saved text and CSV are in
// en-US, en-GB, cs, da, de, es, fi, fr, hu, it, ja, ko, nl, pl, pt, ru, sv, tr, zh-CN and zh-TW;
// nb-NO is in none (fresh398 grepped Informasjon and Advarsel and found none). Logstash's rubydebug
// is in fresh15, fresh172 and fresh356 with web, syslog and UniFi events; Winlogbeat's Security
// events through it are in none (fresh354 holds Winlogbeat's own pretty console). Get-EventLog's
// default table, list and CSV are in fresh22 and fresh115; a Format-Table with MachineName and -Wrap
// is in none: an eighth family, `Get-EventLog -ComputerName FS02,FS03 | Format-Table
// TimeGenerated,MachineName,EntryType,Source,EventID,Message -AutoSize -Wrap` (a header and its
// dashed rule, then rows whose long or multi-line messages continue on lines indented to the
// Message column), was written and scored with the others and came out fully right on the first
// pass, and was taken out again, because trawl reads its rows otherwise on a later pass than on the
// first (TestRepeatedLinesReadAlike: without the header, fed once, the MachineName column is not read
// as the host), and that test's repeatKnown list may not grow, as fresh427 took out
// FullEventLogView's report. Left out as measured already: wevtutil's text and RenderedXml (fresh_test.go, fresh134,
// fresh354, fresh398), QRadar WinCollect's AgentDevice lines (fresh29), Adiscon EventReporter's
// EvntSLog (fresh57, fresh116 and others), Snare and NXLog's JSON (many tables), Wazuh's Windows
// alerts (fresh398), evtxtoelk and Chainsaw (fresh427), Splunk's classic WinEventLog (fresh115).
// Left out for want of a confirmed layout: wevtutil's text on a German Windows (`Ereignis[0]:`,
// whose translated labels no search showed), `wevtutil qe /f:xml` (whether events are set apart by
// line breaks), Velociraptor's Windows.EventLogs.EvtxHunter rows. The table holds 7 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). python-evtx's SystemTime has no zone and is UTC (the FILETIME it renders
// is); Fluentd's stamp with -0800 is converted and is when the input read the event, its TimeCreated
// (UTC, like the sample the source names) the event's own time, either accepted; EvtxECmd's +00:00
// and PowerShell 7's +01:00 are converted; the German CSV's `29.11.2026 07:45:20`, the Norwegian
// export's `29.11.2026 08:12:40` carry no zone and are taken as UTC; rubydebug's unquoted @timestamp is the record's time, event.created Winlogbeat's
// clock. Levels only where the record marks one: python-evtx's <Level> and Fluentd's "Level" on
// the event log's scale (4 information, 3 warning, 2 error; 0 is LogAlways, none, as a Security
// audit has), EvtxECmd's Level word (LogAlways none), LevelDisplayName in both PowerShell shapes
// (Fehler, Warnung, Informationen, Kritisch in German), the Norwegian level column, log.level;
// Audit Failure and a 0xC000006D status are outcomes, no levels. The host is the record's
// host field: <Computer>, Computer, MachineName, host.name; RemoteHost, WorkstationName, IpAddress,
// Sysmon's SourceHostname and DestinationHostname are a logon's or a connection's other end, and
// the Norwegian export has no host column. A record that spans lines is one entry: a python-evtx
// event from `<Event` to `</Event>`, a JSON object from `  {` to `  },`, a rubydebug hash from `{` to
// `}`, a quoted CSV or text field over two lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 749c40f before any rule for it: level 85.7 %, time 85.7 %, host 85.7 %, records 85.7 %.
// That is the macro figure (micro: level 87.0 %, time 87.0 %, host 87.0 %, records 87.0 %), in a
// worktree at 749c40f with no change to trawl's code (only this file and table_test.go's list), 6 of
// 7 families fully right (Fluentd's winevt.raw lines, EvtxECmd's JSON, the German semicolon CSV,
// PowerShell 7's JSON, the Norwegian text export, Winlogbeat's rubydebug hashes); the gap is
// python-evtx's multi-line XML events, cut after their opening line and run together, with no
// SystemTime, Level or Computer read. (With the Get-EventLog family taken out above, which came out
// fully right on its first pass, the first run's figure over 8 families was level 87.5 %, time
// 87.5 %, host 87.5 %, records 87.5 %; micro 88.9 % each.)

var fresh466Cases = []worldCase{
	{
		name:   "python-evtx-evtx-dump-py-xml",
		source: "williballenthin/python-evtx's scripts/evtx_dump.py over a System.evtx (the XML declaration and `<Events>`, then each record's record.xml(): the `<Event xmlns=…><System><Provider …></Provider>` opening line, one element a line with empty elements written open and closed, `<TimeCreated SystemTime=\"yyyy-MM-dd HH:mm:ss.ffffff\">` with a space and no zone, `</Event>`, and `</Events>` at the end): python-evtx's evtx_dump.py (print(XML_HEADER), print(\"<Events>\"), print(record.xml()) a record); a forensic write-up pasting its output (Computer, TimeCreated SystemTime=\"2021-08-05 04:59:41.733608\", Security UserID=\"\")",
		why:    "an event over twenty lines from `<Event` to `</Event>` is one record; SystemTime has a space, microseconds and no zone; Level 4 is information and 2 error; Computer is the host; EventRecordID and ProcessID are no times",
		entries: []worldEntry{
			wskip(`<?xml version="1.1" encoding="utf-8" standalone="yes" ?>`, "<Events>"),
			we("2026-11-29T07:41:16.204811Z", Info, "FS02.corp.example",
				`<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Service Control Manager" Guid="{555908d1-a6d7-4695-8e1e-26931d2012f4}" EventSourceName="Service Control Manager"></Provider>`,
				`<EventID Qualifiers="16384">7036</EventID>`,
				`<Version>0</Version>`,
				`<Level>4</Level>`,
				`<Task>0</Task>`,
				`<Opcode>0</Opcode>`,
				`<Keywords>0x8080000000000000</Keywords>`,
				`<TimeCreated SystemTime="2026-11-29 07:41:16.204811"></TimeCreated>`,
				`<EventRecordID>218874</EventRecordID>`,
				`<Correlation ActivityID="" RelatedActivityID=""></Correlation>`,
				`<Execution ProcessID="712" ThreadID="5120"></Execution>`,
				`<Channel>System</Channel>`,
				`<Computer>FS02.corp.example</Computer>`,
				`<Security UserID=""></Security>`,
				`</System>`,
				`<EventData><Data Name="param1">Windows Update</Data>`,
				`<Data Name="param2">running</Data>`,
				`<Binary>770075006100750073006500720076002F0034000000</Binary>`,
				`</EventData>`,
				`</Event>`),
			we("2026-11-29T07:43:58.917402Z", Error, "FS02.corp.example",
				`<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Service Control Manager" Guid="{555908d1-a6d7-4695-8e1e-26931d2012f4}" EventSourceName="Service Control Manager"></Provider>`,
				`<EventID Qualifiers="49152">7009</EventID>`,
				`<Version>0</Version>`,
				`<Level>2</Level>`,
				`<Task>0</Task>`,
				`<Opcode>0</Opcode>`,
				`<Keywords>0x8080000000000000</Keywords>`,
				`<TimeCreated SystemTime="2026-11-29 07:43:58.917402"></TimeCreated>`,
				`<EventRecordID>218881</EventRecordID>`,
				`<Correlation ActivityID="" RelatedActivityID=""></Correlation>`,
				`<Execution ProcessID="712" ThreadID="4388"></Execution>`,
				`<Channel>System</Channel>`,
				`<Computer>FS02.corp.example</Computer>`,
				`<Security UserID=""></Security>`,
				`</System>`,
				`<EventData><Data Name="param1">30000</Data>`,
				`<Data Name="param2">Contoso Backup Agent</Data>`,
				`</EventData>`,
				`</Event>`),
			we("2026-11-29T07:44:11.050296Z", Info, "FS02.corp.example",
				`<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Service Control Manager" Guid="{555908d1-a6d7-4695-8e1e-26931d2012f4}" EventSourceName="Service Control Manager"></Provider>`,
				`<EventID Qualifiers="16384">7040</EventID>`,
				`<Version>0</Version>`,
				`<Level>4</Level>`,
				`<Task>0</Task>`,
				`<Opcode>0</Opcode>`,
				`<Keywords>0x8080000000000000</Keywords>`,
				`<TimeCreated SystemTime="2026-11-29 07:44:11.050296"></TimeCreated>`,
				`<EventRecordID>218883</EventRecordID>`,
				`<Correlation ActivityID="" RelatedActivityID=""></Correlation>`,
				`<Execution ProcessID="712" ThreadID="4388"></Execution>`,
				`<Channel>System</Channel>`,
				`<Computer>FS02.corp.example</Computer>`,
				`<Security UserID="S-1-5-21-1844237615-456194330-2011917503-1109"></Security>`,
				`</System>`,
				`<EventData><Data Name="param1">Contoso Backup Agent</Data>`,
				`<Data Name="param2">auto start</Data>`,
				`<Data Name="param3">demand start</Data>`,
				`<Data Name="param4">ContosoBackupAgent</Data>`,
				`</EventData>`,
				`</Event>`),
			wskip("</Events>"),
		},
	},
	{
		name:   "fluentd-windows-eventlog2-stdout",
		source: "Fluentd (fluent-package on Windows) with fluent-plugin-windows-eventlog's in_windows_eventlog2 (`tag winevt.raw`, channels application, security and Sysmon's) printed by the stdout output: `yyyy-MM-dd HH:mm:ss.nnnnnnnnn ±hhmm winevt.raw: {JSON}` with every value a string, Level as a digit, TimeCreated as `yyyy/MM/dd HH:mm:ss.nnnnnnnnn` in UTC, Computer, the rendered Description with \\r\\n escapes: fluent/fluent-plugin-windows-eventlog README (in_windows_eventlog2's keys); a published fluentd Sysmon parsing guide pasting a `-0700 winevt.raw:` line",
		why:    "Fluentd's stamp with a -0800 offset is when the input read the event, TimeCreated (slashed, nanoseconds, UTC) its own time: either accepted; Level \"0\" (a Security audit) is none, \"4\" information, \"2\" error; Computer is the host; the Description's IP address and ports are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:18.2045113Z|2026-11-29T07:41:16.2048113Z", Unknown, "FS02.corp.example", `2026-11-28 23:41:18.204511300 -0800 winevt.raw: {"ProviderName":"Microsoft-Windows-Security-Auditing","ProviderGUID":"{54849625-5478-4994-A5BA-3E3B0328C30D}","EventID":"4625","Level":"0","Task":"12544","Opcode":"0","Keywords":"0x8010000000000000","TimeCreated":"2026/11/29 07:41:16.204811300","EventRecordID":"884213","ActivityID":"{B1A4E2C7-6F0D-0001-2C8E-A4B1F06DDB01}","RelatedActivityID":"","ProcessID":"688","ThreadID":"4120","Channel":"Security","Computer":"FS02.corp.example","UserID":"","Version":"0","Description":"An account failed to log on.\r\n\r\nSubject:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t-\r\n\r\nLogon Type:\t\t\t3\r\n\r\nAccount For Which Logon Failed:\r\n\tAccount Name:\t\tsvc_backup\r\n\tAccount Domain:\t\tCORP\r\n\r\nNetwork Information:\r\n\tWorkstation Name:\tWS117\r\n\tSource Network Address:\t10.30.4.77\r\n\tSource Port:\t\t51822"}`),
			we("2026-11-29T07:41:20.5110321Z|2026-11-29T07:41:19.8731204Z", Info, "FS02.corp.example", `2026-11-28 23:41:20.511032100 -0800 winevt.raw: {"ProviderName":"Microsoft-Windows-Sysmon","ProviderGUID":"","EventID":"3","Level":"4","Task":"3","Opcode":"0","Keywords":"0x8000000000000000","TimeCreated":"2026/11/29 07:41:19.873120400","EventRecordID":"55120","ActivityID":"","RelatedActivityID":"","ProcessID":"2944","ThreadID":"3812","Channel":"Microsoft-Windows-Sysmon/Operational","Computer":"FS02.corp.example","UserID":"S-1-5-18","User":"NT AUTHORITY\\SYSTEM","Version":"5","Description":"Network connection detected:\r\nRuleName: -\r\nUtcTime: 2026-11-29 07:41:19.862\r\nProcessGuid: {8c1f4a2e-2b7d-6930-3e01-000000000b00}\r\nProcessId: 6120\r\nImage: C:\\Program Files\\Contoso\\Backup\\agent.exe\r\nUser: CORP\\svc_backup\r\nProtocol: tcp\r\nInitiated: true\r\nSourceIp: 10.30.2.15\r\nSourceHostname: FS02.corp.example\r\nSourcePort: 50114\r\nDestinationIp: 10.30.9.40\r\nDestinationHostname: vault01.corp.example\r\nDestinationPort: 443"}`),
			we("2026-11-29T07:42:02.0098147Z|2026-11-29T07:42:00.6605129Z", Error, "FS02.corp.example", `2026-11-28 23:42:02.009814700 -0800 winevt.raw: {"ProviderName":"Application Error","ProviderGUID":"{A0E9B465-B939-57D7-B27D-95D8E925FF57}","EventID":"1000","Level":"2","Task":"100","Opcode":"0","Keywords":"0x8000000000000000","TimeCreated":"2026/11/29 07:42:00.660512900","EventRecordID":"31877","ActivityID":"","RelatedActivityID":"","ProcessID":"7740","ThreadID":"7788","Channel":"Application","Computer":"FS02.corp.example","UserID":"","Version":"0","Description":"Faulting application name: agent.exe, version: 4.2.0.118, time stamp: 0x6a1f33c2\r\nFaulting module name: ntdll.dll, version: 10.0.20348.2849, time stamp: 0x5b8e1d20\r\nException code: 0xc0000374\r\nFault offset: 0x00000000000ff1a9\r\nFaulting process id: 0x1e3c"}`),
		},
	},
	{
		name:   "evtxecmd-json-lines-computer-remotehost",
		source: "Eric Zimmerman's EvtxECmd run with `-d C:\\Cases\\FS02 --json` (one JSON object a line: PayloadData1-6, UserName, RemoteHost, ExecutableInfo, MapDescription, ChunkNumber, Computer, the event's XML as a Payload JSON string, Channel, Provider, EventId, EventRecordId, ProcessId, ThreadId, Level as a word Info|Warning|Error|LogAlways, Keywords, SourceFile, ExtraDataOffset, HiddenRecord, TimeCreated with seven fractional digits and +00:00, RecordNumber): a CTF write-up pasting `EvtxECmd -f System.evtx --json` lines; philhagen/sof-elk issues #164 and #189 (the JSON and its PayloadData columns); the column list of a public Logstash pipeline for EvtxECmd",
		why:    "TimeCreated carries +00:00 and seven fractional digits; Level is a word (LogAlways is level 0, none); Computer is the host, RemoteHost `WS117 (10.30.4.77)` the logon's client; ChunkNumber, EventRecordId and RecordNumber are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2048113Z", Unknown, "FS02.corp.example", `{"PayloadData1":"Target: CORP\\svc_backup","PayloadData2":"LogonType 3","PayloadData3":"Status: 0xC000006D SubStatus: 0xC000006A","UserName":"-\\-","RemoteHost":"WS117 (10.30.4.77)","ExecutableInfo":"-","MapDescription":"Failed logon","ChunkNumber":214,"Computer":"FS02.corp.example","Payload":"{\"EventData\":{\"Data\":[{\"@Name\":\"SubjectUserSid\",\"#text\":\"S-1-0-0\"},{\"@Name\":\"TargetUserName\",\"#text\":\"svc_backup\"},{\"@Name\":\"TargetDomainName\",\"#text\":\"CORP\"},{\"@Name\":\"Status\",\"#text\":\"0xC000006D\"},{\"@Name\":\"LogonType\",\"#text\":\"3\"},{\"@Name\":\"WorkstationName\",\"#text\":\"WS117\"},{\"@Name\":\"IpAddress\",\"#text\":\"10.30.4.77\"},{\"@Name\":\"IpPort\",\"#text\":\"51822\"}]}}","Channel":"Security","Provider":"Microsoft-Windows-Security-Auditing","EventId":4625,"EventRecordId":"884213","ProcessId":688,"ThreadId":4120,"Level":"LogAlways","Keywords":"Audit failure","SourceFile":"C:\\Cases\\FS02\\Security.evtx","ExtraDataOffset":0,"HiddenRecord":false,"TimeCreated":"2026-11-29T07:41:16.2048113+00:00","RecordNumber":884213}`),
			we("2026-11-29T07:43:58.9174021Z", Error, "FS02.corp.example", `{"PayloadData1":"Name: Contoso Backup Agent","PayloadData2":"Timeout: 30000","UserName":"","RemoteHost":"","ExecutableInfo":"","MapDescription":"Service timeout","ChunkNumber":3,"Computer":"FS02.corp.example","Payload":"{\"EventData\":{\"Data\":[{\"@Name\":\"param1\",\"#text\":\"30000\"},{\"@Name\":\"param2\",\"#text\":\"Contoso Backup Agent\"}]}}","Channel":"System","Provider":"Service Control Manager","EventId":7009,"EventRecordId":"218881","ProcessId":712,"ThreadId":4388,"Level":"Error","Keywords":"Classic","SourceFile":"C:\\Cases\\FS02\\System.evtx","ExtraDataOffset":0,"HiddenRecord":false,"TimeCreated":"2026-11-29T07:43:58.9174021+00:00","RecordNumber":218881}`),
			we("2026-11-29T07:52:40.1183405Z", Info, "FS02.corp.example", `{"PayloadData1":"Name: WinSvcUpd","PayloadData2":"StartType: auto start","PayloadData3":"Account: LocalSystem","UserName":"S-1-5-21-1844237615-456194330-2011917503-1109","RemoteHost":"","ExecutableInfo":"C:\\Windows\\Temp\\wsu.exe -k netsvc","MapDescription":"A service was installed in the system","ChunkNumber":3,"Computer":"FS02.corp.example","Payload":"{\"EventData\":{\"Data\":[{\"@Name\":\"ServiceName\",\"#text\":\"WinSvcUpd\"},{\"@Name\":\"ImagePath\",\"#text\":\"C:\\\\Windows\\\\Temp\\\\wsu.exe -k netsvc\"},{\"@Name\":\"ServiceType\",\"#text\":\"user mode service\"},{\"@Name\":\"StartType\",\"#text\":\"auto start\"},{\"@Name\":\"AccountName\",\"#text\":\"LocalSystem\"}]}}","Channel":"System","Provider":"Service Control Manager","EventId":7045,"EventRecordId":"218902","ProcessId":712,"ThreadId":5012,"Level":"Info","Keywords":"Classic","SourceFile":"C:\\Cases\\FS02\\System.evtx","ExtraDataOffset":0,"HiddenRecord":false,"TimeCreated":"2026-11-29T07:52:40.1183405+00:00","RecordNumber":218902}`),
			we("2026-11-29T08:02:13.4409917Z", Warn, "FS02.corp.example", `{"PayloadData1":"DomainPeer discovery error","UserName":"S-1-5-19","RemoteHost":"","ExecutableInfo":"","MapDescription":"","ChunkNumber":3,"Computer":"FS02.corp.example","Payload":"{\"EventData\":{\"Data\":[{\"@Name\":\"ErrorMessage\",\"#text\":\"The entry is not found. (0x800706E1)\"},{\"@Name\":\"RetryMinutes\",\"#text\":\"15\"}]}}","Channel":"System","Provider":"Microsoft-Windows-Time-Service","EventId":129,"EventRecordId":"218917","ProcessId":1516,"ThreadId":2204,"Level":"Warning","Keywords":"0x8000000000000000","SourceFile":"C:\\Cases\\FS02\\System.evtx","ExtraDataOffset":0,"HiddenRecord":false,"TimeCreated":"2026-11-29T08:02:13.4409917+00:00","RecordNumber":218917}`),
		},
	},
	{
		name:   "get-winevent-export-csv-useculture-de-de",
		source: "Windows PowerShell 5.1 on a de-DE Windows Server: `Get-WinEvent -LogName System -MaxEvents 4 | Select-Object TimeCreated,Id,LevelDisplayName,ProviderName,MachineName,Message | Export-Csv -UseCulture -NoTypeInformation -Encoding UTF8` (the culture's list separator `;`, every field quoted, the culture's `dd.MM.yyyy HH:mm:ss` date, LevelDisplayName translated Informationen Warnung Fehler Kritisch, a Message with its line break kept inside the quotes); Export-Csv's -UseCulture and the de-DE level words from memory",
		why:    "semicolons between quoted fields; a day-first date with no zone; Fehler, Warnung, Informationen and Kritisch are the level; MachineName is the host; a message over two lines is one record; the event id 7000 is no time",
		entries: []worldEntry{
			wskip(`"TimeCreated";"Id";"LevelDisplayName";"ProviderName";"MachineName";"Message"`),
			we("2026-11-29T07:45:20Z", Error, "SRV-FS03.corp.example",
				`"29.11.2026 07:45:20";"7000";"Fehler";"Service Control Manager";"SRV-FS03.corp.example";"Der Dienst ""Contoso Backup Agent"" wurde aufgrund folgenden Fehlers nicht gestartet: `,
				`Der Dienst antwortete nicht rechtzeitig auf die Start- oder Steuerungsanforderung."`),
			we("2026-11-29T07:45:18Z", Warn, "SRV-FS03.corp.example", `"29.11.2026 07:45:18";"129";"Warnung";"Microsoft-Windows-Time-Service";"SRV-FS03.corp.example";"NtpClient konnte keinen Domänenpeer als Zeitquelle festlegen, da ein Ermittlungsfehler aufgetreten ist. NtpClient versucht es in 15 Minuten erneut."`),
			we("2026-11-29T07:45:16Z", Info, "SRV-FS03.corp.example", `"29.11.2026 07:45:16";"7036";"Informationen";"Service Control Manager";"SRV-FS03.corp.example";"Der Dienst ""Windows Update"" befindet sich jetzt im Status ""Wird ausgeführt""."`),
			we("2026-11-28T21:03:51Z", Critical, "SRV-FS03.corp.example", `"28.11.2026 21:03:51";"41";"Kritisch";"Microsoft-Windows-Kernel-Power";"SRV-FS03.corp.example";"Das System wurde neu gestartet, ohne dass es zuvor ordnungsgemäß heruntergefahren wurde. Dieser Fehler kann auftreten, wenn das System nicht mehr reagiert hat, abgestürzt ist oder die Stromzufuhr unerwartet unterbrochen wurde."`),
		},
	},
	{
		name:   "get-winevent-pwsh7-convertto-json-iso-offset",
		source: "PowerShell 7.4's `Get-WinEvent -LogName Application -MaxEvents 3 | Select-Object TimeCreated,Id,Level,LevelDisplayName,ProviderName,MachineName,Message | ConvertTo-Json` on a machine at +01:00 (a JSON array indented two spaces, `\"Key\": value` with one space, TimeCreated as an ISO 8601 string with seven fractional digits and the local offset, where Windows PowerShell 5.1 wrote `\\/Date(ms)\\/`); PowerShell 7's ConvertTo-Json date rendering from memory",
		why:    "an object from `  {` to `  },` is one record; TimeCreated's +01:00 is converted; LevelDisplayName (and Level 2, 3, 4) is the level; MachineName the host; the message's version numbers and hex offsets are no times",
		entries: []worldEntry{
			wskip("["),
			we("2026-11-29T07:41:16.2048113Z", Error, "APP07.corp.example",
				"  {",
				`    "TimeCreated": "2026-11-29T08:41:16.2048113+01:00",`,
				`    "Id": 1000,`,
				`    "Level": 2,`,
				`    "LevelDisplayName": "Error",`,
				`    "ProviderName": "Application Error",`,
				`    "MachineName": "APP07.corp.example",`,
				`    "Message": "Faulting application name: w3wp.exe, version: 10.0.20348.1, time stamp: 0x1a2b3c4d\nFaulting module name: clr.dll, version: 4.8.9261.0, time stamp: 0x66e1c0d7\nException code: 0xc00000fd\nFault offset: 0x00000000001c2e5a"`,
				"  },"),
			we("2026-11-29T07:41:15.9930412Z", Info, "APP07.corp.example",
				"  {",
				`    "TimeCreated": "2026-11-29T08:41:15.9930412+01:00",`,
				`    "Id": 1001,`,
				`    "Level": 4,`,
				`    "LevelDisplayName": "Information",`,
				`    "ProviderName": "Windows Error Reporting",`,
				`    "MachineName": "APP07.corp.example",`,
				`    "Message": "Fault bucket , type 0\nEvent Name: APPCRASH\nResponse: Not available\nCab Id: 0"`,
				"  },"),
			we("2026-11-29T07:39:02.447118Z", Warn, "APP07.corp.example",
				"  {",
				`    "TimeCreated": "2026-11-29T08:39:02.4471180+01:00",`,
				`    "Id": 1530,`,
				`    "Level": 3,`,
				`    "LevelDisplayName": "Warning",`,
				`    "ProviderName": "Microsoft-Windows-User Profiles Service",`,
				`    "MachineName": "APP07.corp.example",`,
				`    "Message": "Windows detected your registry file is still in use by other applications or services. The file will be unloaded now."`,
				"  }"),
			wskip("]"),
		},
	},
	{
		name:   "eventviewer-txt-nb-no",
		source: "Event Viewer 'Save All Events As…' Text (Tab delimited) on a nb-NO Windows (`Nivå<TAB>Dato og klokkeslett<TAB>Kilde<TAB>Hendelses-ID<TAB>Oppgavekategori`, the level Informasjon Advarsel Feil Kritisk, nb-NO's `dd.MM.yyyy HH:mm:ss`, Ingen for no task category, the description as an unlabelled last column, quoted when it holds a line break): the layout of the en-US, sv-SE and da-DK exports in earlier tables; the Norwegian column and level names from memory",
		why:    "Advarsel, Feil and Kritisk are the level, Informasjon information; a day-first dotted date with a 24-hour clock and no zone; a quoted description over two lines is one record; no host column",
		entries: []worldEntry{
			wskip("Nivå\tDato og klokkeslett\tKilde\tHendelses-ID\tOppgavekategori"),
			we("2026-11-29T08:12:40Z", Error, "", "Feil\t29.11.2026 08:12:40\tService Control Manager\t7000\tIngen\t\"Tjenesten Contoso Backup Agent startet ikke på grunn av følgende feil: ",
				"Tjenesten svarte ikke på start- eller kontrollforespørselen i tide.\""),
			we("2026-11-29T08:12:37Z", Warn, "", "Advarsel\t29.11.2026 08:12:37\tMicrosoft-Windows-Time-Service\t129\tIngen\tNtpClient kunne ikke angi en domenenode som tidskilde på grunn av en oppdagelsesfeil."),
			we("2026-11-29T08:12:31Z", Info, "", "Informasjon\t29.11.2026 08:12:31\tService Control Manager\t7036\tIngen\tTjenesten Windows Update gikk over til tilstanden Kjører."),
			we("2026-11-28T22:58:04Z", Critical, "", "Kritisk\t28.11.2026 22:58:04\tMicrosoft-Windows-Kernel-Power\t41\t(63)\tSystemet har startet på nytt uten å bli avsluttet på riktig måte først."),
		},
	},
	{
		name:   "winlogbeat-logstash-rubydebug-security",
		source: "Winlogbeat 8 shipping the Security channel to Logstash's beats input, printed by `stdout { codec => rubydebug }` (each event a Ruby hash over many lines, top-level keys right-aligned, nested hashes indented four more with their own alignment, @timestamp unquoted, host.name the shipper's host, winlog.computer_name, log.level `information`, the rendered message with \\n and \\t escapes): Logstash's rubydebug codec as in earlier tables (fresh15, fresh172); Winlogbeat's fields as in fresh354's console output; the combination from memory",
		why:    "a Ruby hash from `{` to `}` is one record; @timestamp is its time and event.created Winlogbeat's clock; log.level information is the level (Audit Failure is an outcome); host.name is the host; IpAddress and WorkstationName are the client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "FS02",
				"{",
				`    "@timestamp" => 2026-11-29T07:41:16.204Z,`,
				`      "@version" => "1",`,
				`         "agent" => {`,
				`           "name" => "FS02",`,
				`           "type" => "winlogbeat",`,
				`        "version" => "8.17.0"`,
				`    },`,
				`         "event" => {`,
				`          "action" => "logon-failed",`,
				`            "code" => "4625",`,
				`         "created" => "2026-11-29T07:41:18.551Z",`,
				`        "provider" => "Microsoft-Windows-Security-Auditing",`,
				`         "outcome" => "failure"`,
				`    },`,
				`          "host" => {`,
				`        "name" => "FS02"`,
				`    },`,
				`           "log" => {`,
				`        "level" => "information"`,
				`    },`,
				`       "message" => "An account failed to log on.\n\nSubject:\n\tSecurity ID:\t\tS-1-0-0\n\nLogon Type:\t\t\t3\n\nAccount For Which Logon Failed:\n\tAccount Name:\t\tsvc_backup\n\tAccount Domain:\t\tCORP\n\nFailure Information:\n\tFailure Reason:\t\tUnknown user name or bad password.\n\tStatus:\t\t\t0xC000006D",`,
				`        "winlog" => {`,
				`              "channel" => "Security",`,
				`        "computer_name" => "FS02.corp.example",`,
				`           "event_data" => {`,
				`                  "IpAddress" => "10.30.4.77",`,
				`                  "LogonType" => "3",`,
				`             "TargetUserName" => "svc_backup",`,
				`            "WorkstationName" => "WS117"`,
				`        },`,
				`            "record_id" => 884213`,
				`    }`,
				"}"),
			we("2026-11-29T07:41:19.003Z", Info, "FS02",
				"{",
				`    "@timestamp" => 2026-11-29T07:41:19.003Z,`,
				`      "@version" => "1",`,
				`         "agent" => {`,
				`           "name" => "FS02",`,
				`           "type" => "winlogbeat",`,
				`        "version" => "8.17.0"`,
				`    },`,
				`         "event" => {`,
				`          "action" => "logged-in",`,
				`            "code" => "4624",`,
				`         "created" => "2026-11-29T07:41:20.117Z",`,
				`        "provider" => "Microsoft-Windows-Security-Auditing",`,
				`         "outcome" => "success"`,
				`    },`,
				`          "host" => {`,
				`        "name" => "FS02"`,
				`    },`,
				`           "log" => {`,
				`        "level" => "information"`,
				`    },`,
				`       "message" => "An account was successfully logged on.\n\nSubject:\n\tSecurity ID:\t\tS-1-0-0\n\nLogon Information:\n\tLogon Type:\t\t3\n\nNew Logon:\n\tAccount Name:\t\tsvc_backup\n\tAccount Domain:\t\tCORP\n\tLogon ID:\t\t0x5D3A1F2",`,
				`        "winlog" => {`,
				`              "channel" => "Security",`,
				`        "computer_name" => "FS02.corp.example",`,
				`           "event_data" => {`,
				`                  "IpAddress" => "10.30.4.77",`,
				`                  "LogonType" => "3",`,
				`             "TargetUserName" => "svc_backup",`,
				`            "WorkstationName" => "WS117"`,
				`        },`,
				`            "record_id" => 884219`,
				`    }`,
				"}"),
		},
	},
}

func TestFresh466Formats(t *testing.T) { assertTable(t, fresh466Cases) }
func TestFresh466Score(t *testing.T) {
	checkScore(t, "fresh466 formats", fresh466Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
