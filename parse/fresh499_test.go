package parse

import "testing"

// The four-hundred-and-ninety-ninth fresh table: Windows event logs as text, another pass after
// fresh4, fresh115, fresh134, fresh167, fresh233, fresh344, fresh354, fresh398, fresh427 and
// fresh466, in the shapes collectors, agents and SIEM forwarders give the events, which no earlier
// table holds. Each family is one product's documented or observed output: Promtail's
// windows_events target run with `--dry-run --inspect` (a stamp with a +0100 offset glued to the
// `{channel=…, computer=…}` labels glued to the event's JSON); Telegraf's inputs.win_eventlog in
// InfluxDB line protocol (the event's System fields as tags, TimeCreated as a field, a nanosecond
// epoch) and the same metrics through Telegraf's JSON serializer (fields, name, tags, timestamp);
// Windows Security events as ArcSight CEF with no syslog header (rt in epoch milliseconds, dhost,
// shost), and the same 4776 events in RSA Security Analytics' newline-separated layout that
// Microsoft ATA's SIEM listener reads (`RsaSA`, then one field a line); Fluentd's old
// in_windows_eventlog printed by out_stdout (time_generated, event_type, computer_name); osqueryi's
// pretty table over windows_eventlog and its line mode over windows_events.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`win_eventlog`, `telegraf`, `LevelText=`, `LevelText`, `levelText`, `Data_param1`,
// `"name":"win_eventlog"`, `json_timestamp_units`, `windows_events`, `promtail`,
// `loki.source.windowsevent`, `"timeCreated"`, `computer="`, `dry-run`, `--inspect`, `logcli`,
// `windowseventlog`, `LogRecord #`, `CEF:0|Microsoft`, `Microsoft|Windows`, `Microsoft Windows|`,
// `|Microsoft|Microsoft Windows`, `Microsoft-Windows-Security-Auditing:`, `SmartConnector`,
// `externalId=`, `cs3Label=EventSource`, `cs4Label`, `dhost=`, `4776`, `Advanced Threat Analytics`,
// `RsaSA`, `-Nov-29`, `LEEF:`, `LEEF:1.0|Microsoft`, `LEEF:2.0|Microsoft`, `xm_leef`,
// `in_windows_eventlog`, `winevt.raw`, `record_number`, `time_generated`, `"event_type":"`,
// `"computer_name":`, `osquery`, `osqueryi`, `windows_eventlog`, `provider_guid`, `| channel`,
// `eventid = `, `wmic`, `ntevent`, `Win32_NTLogEvent`, `.000000-`, `Node,`, `psloglist`,
// `dumpevt`, `eldump`, `EventCombMT`, `EventLevelName`, `TimeGenerated [UTC]`,
// `RenderedDescription`, `Sentinel`, `ntsyslog`, `syslog-ng Agent`, `EventLog Forwarder`,
// `LogRhythm`, `EventLog Analyzer`, `NiFi`, `ConsumeWindowsEventLog`, `Sumo`, `Elastic Agent`,
// `winlog.event_id`, `event.code`, `_SourceModuleName`, `SourceModuleType`, `to_gelf`, `xm_gelf`,
// `xm_csv`, `xm_kvp`, `EventTime=`, `om_elasticsearch`, `to_syslog_ietf`, `NSClient`,
// `check_eventlog`, `Zabbix`, `eventlog[`, `EventSentry`, `Graylog`, `Cribl`, `Vector`,
// `windows_event_log`, `WinEventLog:`, `XmlWinEventLog`, `sourcetype=`, `Event Log Explorer`,
// `EventLogExpert`, `Sysmon`, `NXLog`, `Kibana`, `winlogbeat`, `Zircolite`, `Velociraptor`,
// `hayabusa`, `chainsaw hunt`, `stream-logs`, `Integration Name:`, `AgentDevice=`, `level_value`,
// `stanza`, `windows_eventlog_input`). Telegraf is in many tables with its own log and metrics; its
// win_eventlog input is in none. Promtail is in many tables (its own log, fresh258's `--inspect`
// diff blocks); its Windows events' JSON is in none. No table holds a CEF line of Microsoft
// Windows, the RsaSA layout, the old Fluentd input's keys (fresh466 holds windows_eventlog2's),
// or osqueryi over a Windows event table. Left out as measured already: wmic ntevent's CSV and
// Win32_NTLogEvent (fresh115), PsLogList, QRadar's AgentDevice lines (fresh29, as the ATA page's
// agentless variant would be), Splunk's classic WinEventLog (fresh115, as the ATA page's Splunk
// layout would be), Winlogbeat's flat and ECS JSON (world_test.go, fresh66, fresh180), the
// Datadog agent's stream-logs (fresh149), the OpenTelemetry Collector's debug exporter (fresh79),
// Sentinel's Event table (fresh344), NTSyslog and the syslog-ng agent (fresh116, fresh310),
// EventSentry (fresh310). Left out for want of a confirmed layout: Vector's windows_event_log
// source (its output fields not found), EventCombMT's result files, ELDump and DumpEvt, SolarWinds'
// Event Log Forwarder, NXLog's LEEF and GELF outputs of Windows events. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Promtail's stamp (+0100 converted) is when it read the event and the
// event's timeCreated (Z) when it was logged: either is accepted, as Fluent Bit's and Fluentd's
// two stamps are in fresh427 and fresh466; Telegraf's trailing epoch (nanoseconds in line protocol,
// seconds in JSON) and its TimeCreated field are both accepted; Fluentd's out_stdout stamp and
// time_generated (+0000) likewise; CEF's rt is epoch milliseconds; RsaSA's `2026-Nov-29
// 07:41:16.412` has no zone and is taken as UTC; osqueryi's datetime ends in Z and its time column
// is epoch seconds. Levels only where the record marks one: Promtail's level and levelText,
// Telegraf's LevelText tag (Critical, Error, Warning, Information), Fluentd's event_type word
// (audit_success is an outcome, none), osquery's numeric level column (4 information, 3 warning, 2
// error); the CEF severity Low is the event's importance, no level (as cef_test.go holds), and the
// RsaSA layout carries none. The host is the record's host field: Promtail's computer, Telegraf's
// Computer tag (its host tag names the same machine), CEF's dhost and the RsaSA layout's sixth
// line (the computer receiving the event, in the ATA page's words), Fluentd's computer_name; shost
// and the RsaSA source host are the workstations the logons came from (peers); osquery's tables
// have no computer column, so no host. A record that spans lines is one entry: an RsaSA record's
// nine lines, an osqueryi line-mode row through its blank line. The osqueryi prompt, the table's
// rules and header are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score. One expectation was the table's own slip: the
// Fluentd family's times were written to the second (`07:41:18Z|07:41:16Z`) while its out_stdout
// stamps carry nanoseconds (`07:41:18.021884112`). It was corrected to the nanoseconds the lines
// carry before the table landed and before any rule; the first figure below is the table's as
// written (time 62.5 %), and with the correction it is 75.0 % (the other fields unchanged).
//
// Its first figure, scored at commit bb8946e before any rule for it: level 18.8 %, time 62.5 %, host 37.5 %, records 75.0 %.
// That is the macro figure (micro: level 18.8 %, time 62.5 %, host 37.5 %, records 75.0 %), in a
// worktree at bb8946e with no change to trawl's code (only this file and table_test.go's list), 0 of
// 8 families fully right; the gaps are the level and host in Promtail's event JSON after its label
// set, the LevelText tag in Telegraf's line protocol, the nested tags (LevelText, Computer) of
// Telegraf's JSON, CEF's dhost with no syslog header, the RsaSA record (cut after `RsaSA`, the rest
// joined into one entry, no time or host), Fluentd's event_type word, osquery's numeric level
// column, and osqueryi's line mode (rows joined to the prompt line, the `time =` epoch not read).

var fresh499Cases = []worldCase{
	{
		name:   "promtail-windows-events-dry-run",
		gap:    "the event JSON glued after Promtail's stamp and label set is not read for its level (\"level\":4, \"levelText\") nor its host (\"computer\")",
		source: "Promtail's windows_events target run with `--dry-run --inspect` (each entry printed as its RFC 3339 stamp with seven fractional digits and a numeric offset, glued to the `{channel=…, computer=…}` label set, glued to the event serialized as JSON: source, channel, computer, event_id, level, levelText, keywords, timeCreated, eventRecordID, execution, message): grafana/loki issue #4297 (a pasted dry-run), PR #3246 (the channel and computer labels)",
		why:    "the entry stamp (+0100, when Promtail read the event) and the event's timeCreated in Z are both the record's time; the numeric level and levelText; computer is the host; nothing separates the stamp, the labels and the JSON",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.8527463Z|2026-11-29T07:41:14.5022372Z", Info, "WS-0412.corp.example.net", `2026-11-29T08:41:16.8527463+0100{channel="System", computer="WS-0412.corp.example.net"}{"source":"Service Control Manager","channel":"System","computer":"WS-0412.corp.example.net","event_id":7036,"level":4,"levelText":"Information","keywords":"Classic","timeCreated":"2026-11-29T07:41:14.5022372Z","eventRecordID":318204,"execution":{"processId":712,"threadId":9840,"processName":"services.exe"},"message":"The Windows Modules Installer service entered the running state."}`),
			we("2026-11-29T07:41:19.8533108Z|2026-11-29T07:41:18.0917734Z", Warn, "WS-0412.corp.example.net", `2026-11-29T08:41:19.8533108+0100{channel="System", computer="WS-0412.corp.example.net"}{"source":"Microsoft-Windows-DNS-Client","channel":"System","computer":"WS-0412.corp.example.net","event_id":1014,"level":3,"levelText":"Warning","task":"(1014)","keywords":"0x4000000000000000","timeCreated":"2026-11-29T07:41:18.0917734Z","eventRecordID":318205,"execution":{"processId":2264,"threadId":5108,"processName":"svchost.exe"},"security":{"userId":"S-1-5-20"},"message":"Name resolution for the name wpad.corp.example.net timed out after none of the configured DNS servers responded."}`),
			we("2026-11-29T07:42:01.8540019Z|2026-11-29T07:41:59.6630081Z", Error, "WS-0412.corp.example.net", `2026-11-29T08:42:01.8540019+0100{channel="Application", computer="WS-0412.corp.example.net"}{"source":"Application Error","channel":"Application","computer":"WS-0412.corp.example.net","event_id":1000,"level":2,"levelText":"Error","task":"Application Crashing Events","keywords":"Classic","timeCreated":"2026-11-29T07:41:59.6630081Z","eventRecordID":77410,"execution":{"processId":13320,"threadId":11044},"message":"Faulting application name: ledgerd.exe, version: 4.2.1.0, time stamp: 0x6a1f03c2\r\nFaulting module name: ntdll.dll, version: 10.0.22621.4541\r\nException code: 0xc0000374"}`),
			we("2026-11-29T07:43:40.8547730Z|2026-11-29T07:43:38.2201547Z", Info, "WS-0412.corp.example.net", `2026-11-29T08:43:40.854773+0100{channel="Application", computer="WS-0412.corp.example.net"}{"source":"MsiInstaller","channel":"Application","computer":"WS-0412.corp.example.net","event_id":1033,"level":4,"levelText":"Information","keywords":"Classic","timeCreated":"2026-11-29T07:43:38.2201547Z","eventRecordID":77411,"execution":{"processId":6124,"threadId":0},"security":{"userId":"S-1-5-18"},"message":"Windows Installer installed the product. Product Name: Harbour Print Agent. Product Version: 3.8.0. Installation success or error status: 0."}`),
		},
	},
	{
		name:   "telegraf-win-eventlog-influx-line",
		source: "Telegraf 1.16+'s inputs.win_eventlog written by outputs.file in InfluxDB line protocol (the measurement `win_eventlog`, the default event_tags Channel, Computer, EventID, Keywords, Level, LevelText, Opcode, OpcodeText, Source, Task, TaskText and Telegraf's host tag, then fields with TimeCreated in RFC 3339 with seven digits and Z, then the metric's epoch in nanoseconds): influxdata/telegraf plugins/inputs/win_eventlog/README.md (its Example Output), issue #11846 (event_tags)",
		why:    "backslash-escaped blanks in tags; the trailing nanosecond epoch (the collection interval's) and TimeCreated are both the record's time; LevelText is the level (Level=4 beside it); the Computer tag is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4121077Z|2026-11-29T07:41:20Z", Info, "FS03", `win_eventlog,Channel=System,Computer=FS03,EventID=7036,Keywords=Classic,Level=4,LevelText=Information,Opcode=0,OpcodeText=Info,Source=Service\ Control\ Manager,Task=0,host=FS03 ProcessName="services.exe",EventRecordID=2210481i,Version=0i,Data_param1="Windows Update",Data_param2="running",TimeCreated="2026-11-29T07:41:16.4121077Z",Message="The Windows Update service entered the running state." 1795938080000000000`),
			we("2026-11-29T07:42:03.1180442Z|2026-11-29T07:42:10Z", Warn, "FS03", `win_eventlog,Channel=System,Computer=FS03,EventID=129,Keywords=Classic,Level=3,LevelText=Warning,Opcode=0,OpcodeText=Info,Source=Microsoft-Windows-Time-Service,Task=0,host=FS03 UserName="NT AUTHORITY\\LOCAL SERVICE",ProcessName="svchost.exe",EventRecordID=2210482i,Version=0i,UserID="S-1-5-19",TimeCreated="2026-11-29T07:42:03.1180442Z",Message="NtpClient was unable to set a domain peer to use as a time source because of discovery error." 1795938130000000000`),
			we("2026-11-29T07:43:27.9055310Z|2026-11-29T07:43:30Z", Error, "FS03", `win_eventlog,Channel=Microsoft-Windows-SMBServer/Operational,Computer=FS03,EventID=1020,Keywords=0x8000000000000000,Level=2,LevelText=Error,Opcode=0,OpcodeText=Info,Source=Microsoft-Windows-SMBServer,Task=1,TaskText=General,host=FS03 EventRecordID=55120i,Version=0i,ProcessName="System",Data_ShareName="\\\\*\\projects",TimeCreated="2026-11-29T07:43:27.905531Z",Message="File system operation has taken longer than expected." 1795938210000000000`),
			we("2026-11-29T07:44:51.9070025Z|2026-11-29T07:45:00Z", Critical, "FS03", `win_eventlog,Channel=System,Computer=FS03,EventID=41,Keywords=0x8000400000000002,Level=1,LevelText=Critical,Opcode=0,OpcodeText=Info,Source=Microsoft-Windows-Kernel-Power,Task=63,host=FS03 EventRecordID=2210483i,Version=9i,Data_BugcheckCode="0",Data_PowerButtonTimestamp="0",UserID="S-1-5-18",TimeCreated="2026-11-29T07:44:51.9070025Z",Message="The system has rebooted without cleanly shutting down first." 1795938300000000000`),
		},
	},
	{
		name:   "telegraf-win-eventlog-json-serializer",
		source: "Telegraf's inputs.win_eventlog written by outputs.file with `data_format = \"json\"` (one object a line: fields, name, tags, timestamp in seconds by the default json_timestamp_units): influxdata/telegraf docs/DATA_FORMATS_OUTPUT.md and plugins/serializers/json (the document's keys), plugins/inputs/win_eventlog/README.md (the tags and fields); the events' fields as that README lists them",
		why:    "the metric's epoch seconds and fields.TimeCreated are both the record's time; tags.LevelText is the level; tags.Computer is the host (tags.host the same machine); the EventID and Level tags are strings",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4121077Z|2026-11-29T07:41:20Z", Info, "APP07", `{"fields":{"EventRecordID":904412,"Message":"The Print Spooler service entered the running state.","ProcessName":"services.exe","TimeCreated":"2026-11-29T07:41:16.4121077Z","Version":0},"name":"win_eventlog","tags":{"Channel":"System","Computer":"APP07","EventID":"7036","Keywords":"Classic","Level":"4","LevelText":"Information","Opcode":"0","OpcodeText":"Info","Source":"Service Control Manager","Task":"0","host":"APP07"},"timestamp":1795938080}`),
			we("2026-11-29T07:42:05.6621094Z|2026-11-29T07:42:10Z", Error, "APP07", `{"fields":{"EventRecordID":904413,"Message":"The Harbour Sync Agent service terminated unexpectedly.  It has done this 2 time(s).","ProcessName":"services.exe","TimeCreated":"2026-11-29T07:42:05.6621094Z","Version":0},"name":"win_eventlog","tags":{"Channel":"System","Computer":"APP07","EventID":"7034","Keywords":"Classic","Level":"2","LevelText":"Error","Opcode":"0","OpcodeText":"Info","Source":"Service Control Manager","Task":"0","host":"APP07"},"timestamp":1795938130}`),
			we("2026-11-29T07:43:22.0140733Z|2026-11-29T07:43:30Z", Warn, "APP07", `{"fields":{"Data_param1":"C:","EventRecordID":904414,"Message":"The disk C: is nearing capacity.  You may need to delete some files.","ProcessName":"System","TimeCreated":"2026-11-29T07:43:22.0140733Z","Version":0},"name":"win_eventlog","tags":{"Channel":"System","Computer":"APP07","EventID":"2013","Keywords":"Classic","Level":"3","LevelText":"Warning","Opcode":"0","OpcodeText":"Info","Source":"srv","Task":"0","host":"APP07"},"timestamp":1795938210}`),
			we("2026-11-29T07:44:40.5503318Z|2026-11-29T07:45:00Z", Info, "APP07", `{"fields":{"EventRecordID":61208,"Message":"Windows Installer reconfigured the product. Product Name: Harbour Sync Agent. Product Version: 2.4.7.","ProcessName":"msiexec.exe","TimeCreated":"2026-11-29T07:44:40.5503318Z","UserID":"S-1-5-18","Version":0},"name":"win_eventlog","tags":{"Channel":"Application","Computer":"APP07","EventID":"1035","Keywords":"Classic","Level":"4","LevelText":"Information","Opcode":"0","OpcodeText":"Info","Source":"MsiInstaller","Task":"0","host":"APP07"},"timestamp":1795938300}`),
		},
	},
	{
		name:   "arcsight-cef-windows-no-header",
		gap:    "with no syslog header, the CEF extension's dhost= (the computer that logged the event) is not read as the host",
		source: "Windows Security events in ArcSight's CEF as a SIEM forwards them (`CEF:0|Microsoft|Microsoft Windows||Provider:EventID|name|Low|` with no syslog header, then externalId, cat, rt in epoch milliseconds, shost, dhost, duser, cs2, cs3, cs4 and their labels): Microsoft Advanced Threat Analytics' 'Configure Event Collection' page (its HP ArcSight sample and the meaning of each key: dhost the computer receiving the event, shost the source host), found with find_string",
		why:    "no header: rt's epoch milliseconds is the only time; the CEF severity Low is the event's importance, no level; dhost is the computer that logged the event, shost the workstation the logon came from (a peer)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "DC02.corp.example.net", `CEF:0|Microsoft|Microsoft Windows||Microsoft-Windows-Security-Auditing:4776|The domain controller attempted to validate the credentials for an account.|Low| externalId=4776 cat=Security rt=1795938076412 shost=WS-0412 dhost=DC02.corp.example.net duser=m.okafor cs2=Security cs3=Microsoft-Windows-Security-Auditing cs4=0x0 cs3Label=EventSource cs4Label=Reason or Error Code`),
			we("2026-11-29T07:42:03.118Z", Unknown, "DC02.corp.example.net", `CEF:0|Microsoft|Microsoft Windows||Microsoft-Windows-Security-Auditing:4776|The domain controller attempted to validate the credentials for an account.|Low| externalId=4776 cat=Security rt=1795938123118 shost=KIOSK-07 dhost=DC02.corp.example.net duser=svc-scan cs2=Security cs3=Microsoft-Windows-Security-Auditing cs4=0xC000006A cs3Label=EventSource cs4Label=Reason or Error Code`),
			we("2026-11-29T07:44:51.907Z", Unknown, "DC01.corp.example.net", `CEF:0|Microsoft|Microsoft Windows||Microsoft-Windows-Security-Auditing:4776|The domain controller attempted to validate the credentials for an account.|Low| externalId=4776 cat=Security rt=1795938291907 shost=LAB-PC11 dhost=DC01.corp.example.net duser=administrator cs2=Security cs3=Microsoft-Windows-Security-Auditing cs4=0xC0000064 cs3Label=EventSource cs4Label=Reason or Error Code`),
			we("2026-11-29T07:46:12.33Z", Unknown, "DC01.corp.example.net", `CEF:0|Microsoft|Microsoft Windows||Microsoft-Windows-Security-Auditing:4776|The domain controller attempted to validate the credentials for an account.|Low| externalId=4776 cat=Security rt=1795938372330 shost=WS-0388 dhost=DC01.corp.example.net duser=j.haverkamp cs2=Security cs3=Microsoft-Windows-Security-Auditing cs4=0x0 cs3Label=EventSource cs4Label=Reason or Error Code`),
		},
	},
	{
		name:   "rsa-security-analytics-ata-fields",
		gap:    "the nine-line record is cut after its `RsaSA` line, and everything after it (from the first `2026-Nov-29 07:41:16.412` line on) is joined into one entry; no time or host is read for any record",
		source: "RSA Security Analytics forwarding Windows event 4776 in the layout Microsoft ATA's SIEM listener reads (no syslog header, the constant `RsaSA`, then one field a line: the event's time as `yyyy-MMM-dd HH:mm:ss`, the event ID, the provider, the log name, the computer receiving the event, the user, the source host, the NTLM result code): Microsoft Advanced Threat Analytics' 'Configure Event Collection' page (RSA Security Analytics section), found with find_string",
		why:    "a record of nine lines from `RsaSA`; a month name between a year and a day, milliseconds after the seconds, no zone (UTC by the rules); the sixth field is the computer that logged the event, the eighth the source host (a peer); no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "DC02.corp.example.net", "RsaSA", "2026-Nov-29 07:41:16.412", "4776", "Microsoft-Windows-Security-Auditing", "Security", "DC02.corp.example.net", "m.okafor", "WS-0412", "0x0"),
			we("2026-11-29T07:42:03.118Z", Unknown, "DC02.corp.example.net", "RsaSA", "2026-Nov-29 07:42:03.118", "4776", "Microsoft-Windows-Security-Auditing", "Security", "DC02.corp.example.net", "svc-scan", "KIOSK-07", "0xC000006A"),
			we("2026-11-29T07:44:51.907Z", Unknown, "DC01.corp.example.net", "RsaSA", "2026-Nov-29 07:44:51.907", "4776", "Microsoft-Windows-Security-Auditing", "Security", "DC01.corp.example.net", "administrator", "LAB-PC11", "0xC0000064"),
			we("2026-11-29T07:46:12.33Z", Unknown, "DC01.corp.example.net", "RsaSA", "2026-Nov-29 07:46:12.330", "4776", "Microsoft-Windows-Security-Auditing", "Security", "DC01.corp.example.net", "j.haverkamp", "WS-0388", "0x0"),
		},
	},
	{
		name:   "fluentd-windows-eventlog-v1-stdout",
		source: "Fluentd's old in_windows_eventlog (fluent-plugin-windows-eventlog's `@type windows_eventlog`, the classic event log API) printed by out_stdout (`yyyy-MM-dd HH:mm:ss.nnnnnnnnn +0000 winevt.raw: {…}`, the keys channel, record_number, time_generated and time_written as `yyyy-MM-dd HH:mm:ss +0000`, event_id, event_type, event_category, source_name, computer_name, user, description, every value a string): fluent/fluent-plugin-windows-eventlog README.md (its read keys), issues #18 (the record's values) and #77 (event_type gone in windows_eventlog2), fluent/fluentd-docs issue #572 (the winevt.raw tag to stdout)",
		why:    "Fluentd's stamp (when the input read the event) and time_generated (+0000) are both the record's time; event_type is the level word (information, warning, error; audit_success is an outcome, none); computer_name is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:18.021884112Z|2026-11-29T07:41:16Z", Info, "WS-0419", `2026-11-29 07:41:18.021884112 +0000 winevt.raw: {"channel":"system","record_number":"184402","time_generated":"2026-11-29 07:41:16 +0000","time_written":"2026-11-29 07:41:16 +0000","event_id":"7036","event_type":"information","event_category":"0","source_name":"Service Control Manager","computer_name":"WS-0419","user":"","description":"The Windows Update service entered the running state.\r\n"}`),
			we("2026-11-29T07:42:06.030117509Z|2026-11-29T07:42:04Z", Warn, "WS-0419", `2026-11-29 07:42:06.030117509 +0000 winevt.raw: {"channel":"system","record_number":"184403","time_generated":"2026-11-29 07:42:04 +0000","time_written":"2026-11-29 07:42:04 +0000","event_id":"1014","event_type":"warning","event_category":"1014","source_name":"Microsoft-Windows-DNS-Client","computer_name":"WS-0419","user":"NETWORK SERVICE","description":"Name resolution for the name updates.corp.example.net timed out after none of the configured DNS servers responded.\r\n"}`),
			we("2026-11-29T07:43:12.044310876Z|2026-11-29T07:43:10Z", Error, "WS-0419", `2026-11-29 07:43:12.044310876 +0000 winevt.raw: {"channel":"application","record_number":"50871","time_generated":"2026-11-29 07:43:10 +0000","time_written":"2026-11-29 07:43:10 +0000","event_id":"1000","event_type":"error","event_category":"100","source_name":"Application Error","computer_name":"WS-0419","user":"","description":"Faulting application name: harbourpos.exe, version: 7.1.0.3, time stamp: 0x6a2c11e0\r\nFaulting module name: KERNELBASE.dll, version: 10.0.19041.5129\r\nException code: 0xe0434352\r\n"}`),
			we("2026-11-29T07:44:02.05177234Z|2026-11-29T07:44:00Z", Unknown, "WS-0419", `2026-11-29 07:44:02.051772340 +0000 winevt.raw: {"channel":"security","record_number":"9920417","time_generated":"2026-11-29 07:44:00 +0000","time_written":"2026-11-29 07:44:00 +0000","event_id":"4624","event_type":"audit_success","event_category":"12544","source_name":"Microsoft-Windows-Security-Auditing","computer_name":"WS-0419","user":"","description":"An account was successfully logged on.\r\n\r\nSubject:\r\n\tSecurity ID:\t\tS-1-5-18\r\n\tAccount Name:\t\tWS-0419$\r\n"}`),
		},
	},
	{
		name:   "osqueryi-windows-eventlog-table",
		gap:    "the numeric level column of the pipe table (4, 3, 2) is not read as the level",
		source: "osqueryi's default pretty output of `select * from windows_eventlog where channel = 'System'` (a `+---+` rule, the column names channel, datetime, task, level, provider_name, provider_guid, eventid, recordid, keywords, data, pid, tid between pipes, a rule, one row an event, a closing rule): osquery/osquery PR #6563 (its example query and table), issue #6626 (the data column's JSON)",
		why:    "a table row per event; datetime with seven fractional digits and Z; the numeric level column (4 information, 3 warning, 2 error); no computer column, so no host; the rules, the header and the prompt are fed but not scored",
		entries: []worldEntry{
			wskip("osquery> select * from windows_eventlog where channel = 'System' and eventid in (7036, 1014, 7000) limit 4;",
				"+---------+--------------------------------+------+-------+------------------------------+----------------------------------------+---------+----------+--------------------+---------------------------------------------------------------------------+-----+------+",
				"| channel | datetime                       | task | level | provider_name                | provider_guid                          | eventid | recordid | keywords           | data                                                                      | pid | tid  |",
				"+---------+--------------------------------+------+-------+------------------------------+----------------------------------------+---------+----------+--------------------+---------------------------------------------------------------------------+-----+------+"),
			we("2026-11-29T07:41:16.4121077Z", Info, "", `| System  | 2026-11-29T07:41:16.4121077Z   | 0    | 4     | Service Control Manager      | {555908d1-a6d7-4695-8e1e-26931d2012f4} | 7036    | 318204   | 0x8080000000000000 | {"EventData":{"param1":"Windows Update","param2":"running"}}              | 712 | 9840 |`),
			we("2026-11-29T07:41:18.0917734Z", Warn, "", `| System  | 2026-11-29T07:41:18.0917734Z   | 1014 | 3     | Microsoft-Windows-DNS-Client | {1c95126e-7eea-49a9-a3fe-a378b03ddb4d} | 1014    | 318205   | 0x4000000000000000 | {"EventData":{"QueryName":"wpad.corp.example.net","AddressLength":"128"}} | 2264 | 5108 |`),
			we("2026-11-29T07:42:40.7713920Z", Error, "", `| System  | 2026-11-29T07:42:40.771392Z    | 0    | 2     | Service Control Manager      | {555908d1-a6d7-4695-8e1e-26931d2012f4} | 7000    | 318206   | 0x8080000000000000 | {"EventData":{"param1":"Harbour Sync Agent","param2":"%%1053"}}           | 712 | 4420 |`),
			we("2026-11-29T07:42:41.0050117Z", Info, "", `| System  | 2026-11-29T07:42:41.0050117Z   | 0    | 4     | Service Control Manager      | {555908d1-a6d7-4695-8e1e-26931d2012f4} | 7036    | 318207   | 0x8080000000000000 | {"EventData":{"param1":"Harbour Sync Agent","param2":"stopped"}}          | 712 | 4420 |`),
			wskip("+---------+--------------------------------+------+-------+------------------------------+----------------------------------------+---------+----------+--------------------+---------------------------------------------------------------------------+-----+------+"),
		},
	},
	{
		name:   "osqueryi-windows-events-line-mode",
		gap:    "the `name = value` rows are joined to the `osquery>` prompt line above them into one entry, and the epoch seconds after `time =` are not read",
		source: "osqueryi in line mode (`--line` or `.mode line`) over the evented windows_events table (each row as `column = value` lines, the names right-aligned to the longest, rows parted by a blank line; time in epoch seconds, source the channel, data the event's EventData as JSON): kolide/fleet issue #1882 (a pasted `select time, eventid, source, data from windows_events` in line mode), osquery/osquery issues #4772 and #6726 (no Computer column)",
		why:    "a record of several `name = value` lines through its blank line; the epoch seconds of time is the record's time; the level column is numeric (4 information, 3 warning, 2 error); no computer column, so no host",
		entries: []worldEntry{
			wskip("osquery> select time, eventid, source, level, data from windows_events where source in ('System', 'Application') limit 4;"),
			we("2026-11-29T07:41:16Z", Info, "",
				"   time = 1795938076",
				"eventid = 7036",
				" source = System",
				"  level = 4",
				`   data = {"EventData":{"param1":"Windows Modules Installer","param2":"running"}}`,
				""),
			we("2026-11-29T07:42:03Z", Warn, "",
				"   time = 1795938123",
				"eventid = 1014",
				" source = System",
				"  level = 3",
				`   data = {"EventData":{"QueryName":"wpad.corp.example.net","AddressLength":"128"}}`,
				""),
			we("2026-11-29T07:44:51Z", Error, "",
				"   time = 1795938291",
				"eventid = 1000",
				" source = Application",
				"  level = 2",
				`   data = {"EventData":{"Data":"ledgerd.exe,4.2.1.0,6a1f03c2,ntdll.dll,10.0.22621.4541,c0000374"}}`,
				""),
			we("2026-11-29T07:46:12Z", Info, "",
				"   time = 1795938372",
				"eventid = 1033",
				" source = Application",
				"  level = 4",
				`   data = {"EventData":{"Data":"Harbour Print Agent,3.8.0,1033,0,Harbour Ltd.,(NULL)"}}`),
		},
	},
}

func TestFresh499Formats(t *testing.T) { assertTable(t, fresh499Cases) }
func TestFresh499Score(t *testing.T) {
	checkScore(t, "fresh499 formats", fresh499Cases, [worldNumFields]float64{53.0, 74.9, 49.9, 74.9})
}
