package parse

import "testing"

// The three-hundred-and-fourteenth fresh table, written on 2026-12-06: Windows servers' own text
// logs, a sixth pass after fresh4, fresh16, fresh115, fresh126, fresh134 and fresh167 (and the
// Windows families of fresh23, fresh45, fresh59, fresh68, fresh175, fresh233 and others), in shapes
// no earlier table holds. Each family is one product's documented or observed output: IIS's Failed
// Request Tracing file (fr000012.xml: the <failedRequest> root with its attributes over many lines,
// then one indented <Event> block a trace event with its System, EventData, RenderingInfo and
// ExtendedTracingInfo); Exchange's Mailbox Replication Service move report as
// `Get-MoveRequestStatistics -IncludeReport` leaves it (`M/d/yyyy h:mm:ss tt [SERVER] text`, an
// entry's own line breaks kept); SQL Server's events relayed to `docker logs` by the Windows
// container images' start.ps1 (VERBOSE lines, then a `TimeGenerated EntryType Message` table cut at
// eighty columns); the Windows DNS server's debug log on a German server (a dotted day-first date);
// Windows Server 2003's Event Viewer, an event copied to the clipboard from its properties (the
// print spooler's events: `Event Type:`, `Date:` and `Time:` on lines of their own) and a log saved
// as comma-delimited text (the Windows Update Agent's events, Date, Time, Source, Type, Category,
// Event, User, Computer, Description with no quoting); RRAS's PPP.LOG tracing file with its packet
// dumps; Windows XP and Server 2003's setupapi.log with the time-stamp flag set in LogLevel (each
// message behind `@ HH:mm:ss.fff` and its #V, #I, #W or #E id).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`freb`, `failedRequest`, `FailedReqLogFiles`, `fr0000`, `WWW Server`,
// `GENERAL_REQUEST_START`, `NOTIFY_MODULE_START`, `MODULE_SET_RESPONSE_ERROR_STATUS`,
// `RenderingInfo`, `freb:Description`, `Mailbox Replication`, `MoveRequest`, `IncludeReport`,
// `is examining the request`, `created move request`, `Relinquishing`, `Source mailbox information`,
// `mssql-server-windows`, `start.ps1`, `SQLEXPRESS`, `VERBOSE: Starting SQL Server`,
// `TimeGenerated`, `EntryType`, `Get-EventLog`, `Starting up database`, `PACKET  0`, `29.11.2026`,
// `Event Type:`, `Event Source:`, `Event Category:`, `Help and Support Center`, `fwlink/events.asp`,
// `owned by`, `Print Document`, `pages printed`, `Windows Update Agent`, `Installation Failure`,
// `Installation Ready`, `Restart Required`, `Information,None`, `PPP packet`, `Protocol = LCP`,
// `Configure-Req`, `PPP.LOG`, `RASPPP`, `RASMAN`, `#V166`, `#V1`, `@ 07:`, `Device install function`,
// `DIF_`, `setupapi.log`, `sqldiag`, `pssdiag`, `ReportingEvents`, `AGENT_DETECTION`,
// `Computer-Name`, `IN26`, `PrintService`, `MpCmdRun`, `dcpromo`, `w32time`, `MSI (s)`,
// `Request started:`). IIS is in many tables (W3C, IIS and NCSA formats, httperr, FTP, SMTP, UrlScan,
// WMSvc, IIS Express, ARR, the ANCM debug log, Advanced Logging, HTTP.sys's ETW trace); its Failed
// Request Tracing files are in none. Exchange is in many tables (message tracking, protocol, agent,
// connectivity, EWS, HttpProxy, RCA, MapiHttp, setup and UpdateCas logs, Get-MessageTrackingLog);
// the MRS move report is in none. SQL Server's ERRORLOG is in holdout, fresh52, fresh85, fresh134,
// fresh167, fresh186 and fresh202 (the file, sqlservr -c, the Linux container and journal, German,
// sp_readerrorlog, dbatools, SSMS copies), and Get-EventLog's own table, list and CSV are in fresh22
// and fresh115; the Windows container's three-column relay under `docker logs` is in none. The DNS
// debug log is in holdout (en-US), fresh115 (Details), fresh126 (Windows 2003), fresh167
// (Select-String) and fresh175 (fr-FR, slashes); a dotted German date in none. Windows 2003's Event
// Viewer copy and its comma-delimited archive are in none (fresh167 and fresh305 hold the newer
// viewers' copies, fresh147 and fresh148 the Vista-and-later CSV and tab exports with a header).
// RRAS's tracing files are in fresh80 (RASMAN.LOG and RASAPI32.LOG) and NPS's accounting in fresh115
// and fresh182; PPP.LOG's packet dumps in none. setupapi.log is in fresh59 (XP, default level) and
// fresh6, fresh59, fresh68 and fresh115 (the Vista-and-later .dev, .app, .upgrade and .offline logs);
// XP's time-stamped verbose messages in none. Left out as measured already: the DHCP Server's audit
// logs (holdout, fresh115, fresh134, fresh167), CBS.log and its relatives (world_test, fresh68,
// fresh115, fresh134, fresh151, fresh167), WindowsUpdate.log, ReportingEvents.log and WSUS
// (holdout, fresh4, fresh16, fresh134, fresh167), Defender's MpCmdRun.log, MPLog, MPDetection and
// Get-MpThreatDetection (fresh39, fresh45, fresh115, fresh134), SQLDIAG (fresh126), SSRS (fresh20).
// Left out as not confirmed by a search: a localized DHCP audit log, poqexec.log, MpSigStub.log,
// NTFRS's debug log, DPInst.log and the MpCmdRun console's threat list. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). FREB's SystemTime is UTC with a Z; the move report's, the relay table's, the
// DNS debug log's, Event Viewer's and setupapi.log's dates are the machine's local clock with no
// zone, taken as UTC; Event Viewer's copy gives the date and the time on two lines and the archive
// in two columns, and the record's time is the two together; PPP.LOG's `07:41:16:204` and
// setupapi.log's `@ 07:41:16.204` are times of day on the clock's day (the packet header's own full
// date is the same instant). Levels only where the line marks one: FREB's <Level> (the ETW scale, 3
// Warning, 4 Information, 5 Verbose), the relay's EntryType column, Event Viewer's Type, setupapi's
// message-id letter (#E error, #W warning, #I information, #V verbose; #- is a status message, no
// level), PowerShell's VERBOSE: stream (read as debug); the move report, the DNS debug log and
// PPP.LOG mark none, and `Transient error`, NXDOMAIN or `error 691` inside a message are no levels.
// The host is the record's host field: FREB's <Computer>, the move report's bracketed MRS server,
// Event Viewer's Computer; the servers named inside the move report's text, a DNS client's address,
// the print spooler's client machine (\\WS0412) and an HTTP URL's host are not hosts. A record that
// spans lines is one entry: a FREB <Event> block, the root element's attribute lines, a move-report
// entry with the item counts under it, an Event Viewer copy from Event Type to its Help and Support
// line (an empty line inside), a setupapi.log section header with the untimed status lines under
// it; every PPP.LOG line carries its own prefix and is a record of its own, also the packet dump's
// hex lines, and so is every time-stamped setupapi.log message.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 9c92aea before any rule for it: level 58.4 %, time 65.3 %, host 42.8 %, records 62.5 %.
// That is the macro figure (micro: level 70.7 %, time 74.1 %, host 53.4 %, records 70.7 %), in a
// worktree at 9c92aea with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right (the SQL Server container's event relay, the German DNS debug log and
// PPP.LOG's packet dumps); the gaps are FREB's <Event> blocks under the root element, the move
// report's bracketed server, Windows 2003 Event Viewer's copied events and the Type and Computer
// columns of its comma-delimited archive, and setupapi.log's time-stamped messages inside a section.
// FREB's <failedRequest> root element was first fed as a header (wskip); TestRepeatedLinesReadAlike
// feeds header lines in its first pass only, and without the root before them the later passes'
// <Event> blocks started records the first pass had joined to it, so the root is scored as a record
// of its own, from the format (no time, level or host), and the figure above is the table with it;
// no other expectation was changed.

var fresh314Cases = []worldCase{
	{
		name:   "iis-freb-failed-request-trace-xml",
		gap:    "trawl runs the <failedRequest> root element and the four indented <Event> blocks after it into one record of 138 lines: no <Event> block starts a record of its own, so none gets its <Level> number, its SystemTime or its <Computer>, and the root element, which carries no time, takes the first block's SystemTime",
		source: "IIS 7-10's Failed Request Tracing file %SystemDrive%\\inetpub\\logs\\FailedReqLogFiles\\W3SVC2\\fr000012.xml (an XML declaration, the freb.xsl stylesheet instruction and the `saved from url` comment, the <failedRequest> root with url, siteId, appPoolId, processId, verb, tokenUserName, activityId, failureReason, statusCode, triggerStatusCode and timeTaken, then one <Event> a trace event indented by one space: System with Provider `WWW Server`, EventID, Version, Level, Opcode, Keywords, TimeCreated SystemTime, Correlation, Execution, Computer; EventData's Data elements; RenderingInfo with the opcode's name and freb:Description; ExtendedTracingInfo): learn.microsoft.com IIS native-code API reference 'IHttpTraceContext::RaiseTraceEvent Method' (the NOTIFY_MODULE_START portion of a FREB log), tomasr/frebrilator's FrebWriter.cs (the root's attributes and the event's elements), programming4.us 'IIS 7.0: Reading the FRT Logs'; the root's one-attribute-a-line layout from memory",
		why:    "one <Event> block of some twenty indented lines is one record; its time the SystemTime attribute, its level the ETW <Level> number (4 information, 5 verbose, 3 warning), its host <Computer>; the root element's many lines are a record of their own with no time, level or host; the URL's host, the activity id and the HRESULT are no host and no time",
		entries: []worldEntry{
			wskip(`<?xml version="1.0" encoding="UTF-8"?>`,
				`<?xml-stylesheet type='text/xsl' href='freb.xsl'?>`,
				`<!-- saved from url=(0014)about:internet -->`),
			we("", Unknown, "",
				`<failedRequest url="http://orders.corp.example.com:80/api/orders/5521"`,
				`               siteId="2"`,
				`               appPoolId="OrdersApi"`,
				`               processId="6184"`,
				`               verb="POST"`,
				`               remoteUserName=""`,
				`               userName=""`,
				`               tokenUserName="IIS APPPOOL\OrdersApi"`,
				`               authenticationType="anonymous"`,
				`               activityId="{800000B2-0002-F400-B63F-84710C7967BB}"`,
				`               failureReason="STATUS_CODE"`,
				`               statusCode="500.19"`,
				`               triggerStatusCode="500"`,
				`               timeTaken="47"`,
				`               xmlns:freb="http://schemas.microsoft.com/win/2006/06/iis/freb"`,
				`               >`),
			we("2026-11-29T07:41:16.204Z", Info, "WEB02",
				` <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">`,
				`  <System>`,
				`   <Provider Name="WWW Server" Guid="{3A2A4E84-4C21-4981-AE10-3FDA0D9B0F83}"/>`,
				`   <EventID>0</EventID>`,
				`   <Version>1</Version>`,
				`   <Level>4</Level>`,
				`   <Opcode>1</Opcode>`,
				`   <Keywords>0x0</Keywords>`,
				`   <TimeCreated SystemTime="2026-11-29T07:41:16.204Z"/>`,
				`   <Correlation ActivityID="{800000B2-0002-F400-B63F-84710C7967BB}"/>`,
				`   <Execution ProcessID="6184" ThreadID="5120"/>`,
				`   <Computer>WEB02</Computer>`,
				`  </System>`,
				`  <EventData>`,
				`   <Data Name="ContextId">{800000B2-0002-F400-B63F-84710C7967BB}</Data>`,
				`   <Data Name="SiteId">2</Data>`,
				`   <Data Name="AppPoolId">OrdersApi</Data>`,
				`   <Data Name="ConnId">1610612779</Data>`,
				`   <Data Name="RequestURL">http://orders.corp.example.com:80/api/orders/5521</Data>`,
				`   <Data Name="RequestVerb">POST</Data>`,
				`  </EventData>`,
				`  <RenderingInfo Culture="en-US">`,
				`   <Opcode>GENERAL_REQUEST_START</Opcode>`,
				`  </RenderingInfo>`,
				`  <ExtendedTracingInfo xmlns="http://schemas.microsoft.com/win/2004/08/events/trace">`,
				`   <EventGuid>{D42CF7EF-DE92-473E-8B6C-621EA663113A}</EventGuid>`,
				`  </ExtendedTracingInfo>`,
				` </Event>`),
			we("2026-11-29T07:41:16.219Z", Debug, "WEB02",
				` <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">`,
				`  <System>`,
				`   <Provider Name="WWW Server" Guid="{3A2A4E84-4C21-4981-AE10-3FDA0D9B0F83}"/>`,
				`   <EventID>0</EventID>`,
				`   <Version>1</Version>`,
				`   <Level>5</Level>`,
				`   <Opcode>1</Opcode>`,
				`   <Keywords>0x100</Keywords>`,
				`   <TimeCreated SystemTime="2026-11-29T07:41:16.219Z"/>`,
				`   <Correlation ActivityID="{800000B2-0002-F400-B63F-84710C7967BB}"/>`,
				`   <Execution ProcessID="6184" ThreadID="5120"/>`,
				`   <Computer>WEB02</Computer>`,
				`  </System>`,
				`  <EventData>`,
				`   <Data Name="ContextId">{800000B2-0002-F400-B63F-84710C7967BB}</Data>`,
				`   <Data Name="ModuleName">IIS Web Core</Data>`,
				`   <Data Name="Notification">1</Data>`,
				`   <Data Name="fIsPostNotification">false</Data>`,
				`   <Data Name="fIsCompletion">false</Data>`,
				`  </EventData>`,
				`  <RenderingInfo Culture="en-US">`,
				`   <Opcode>NOTIFY_MODULE_START</Opcode>`,
				`   <Keywords>`,
				`    <Keyword>RequestNotifications</Keyword>`,
				`   </Keywords>`,
				`   <freb:Description Data="Notification">BEGIN_REQUEST</freb:Description>`,
				`  </RenderingInfo>`,
				`  <ExtendedTracingInfo xmlns="http://schemas.microsoft.com/win/2004/08/events/trace">`,
				`   <EventGuid>{002E91E3-E7AE-44AB-8E07-99230FFA6ADE}</EventGuid>`,
				`  </ExtendedTracingInfo>`,
				` </Event>`),
			we("2026-11-29T07:41:16.235Z", Warn, "WEB02",
				` <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">`,
				`  <System>`,
				`   <Provider Name="WWW Server" Guid="{3A2A4E84-4C21-4981-AE10-3FDA0D9B0F83}"/>`,
				`   <EventID>0</EventID>`,
				`   <Version>1</Version>`,
				`   <Level>3</Level>`,
				`   <Opcode>16</Opcode>`,
				`   <Keywords>0x100</Keywords>`,
				`   <TimeCreated SystemTime="2026-11-29T07:41:16.235Z"/>`,
				`   <Correlation ActivityID="{800000B2-0002-F400-B63F-84710C7967BB}"/>`,
				`   <Execution ProcessID="6184" ThreadID="5120"/>`,
				`   <Computer>WEB02</Computer>`,
				`  </System>`,
				`  <EventData>`,
				`   <Data Name="ContextId">{800000B2-0002-F400-B63F-84710C7967BB}</Data>`,
				`   <Data Name="ModuleName">IIS Web Core</Data>`,
				`   <Data Name="Notification">1</Data>`,
				`   <Data Name="HttpStatus">500</Data>`,
				`   <Data Name="HttpReason">Internal Server Error</Data>`,
				`   <Data Name="HttpSubStatus">19</Data>`,
				`   <Data Name="ErrorCode">2147942413</Data>`,
				`   <Data Name="ConfigExceptionInfo">\\?\C:\inetpub\orders\web.config ( 14) :Configuration file is not well-formed XML</Data>`,
				`  </EventData>`,
				`  <RenderingInfo Culture="en-US">`,
				`   <Opcode>MODULE_SET_RESPONSE_ERROR_STATUS</Opcode>`,
				`   <Keywords>`,
				`    <Keyword>RequestNotifications</Keyword>`,
				`   </Keywords>`,
				`   <freb:Description Data="Notification">BEGIN_REQUEST</freb:Description>`,
				`   <freb:Description Data="ErrorCode">The data is invalid.&#xD;&#xA; (0x8007000d)</freb:Description>`,
				`  </RenderingInfo>`,
				`  <ExtendedTracingInfo xmlns="http://schemas.microsoft.com/win/2004/08/events/trace">`,
				`   <EventGuid>{002E91E3-E7AE-44AB-8E07-99230FFA6ADE}</EventGuid>`,
				`  </ExtendedTracingInfo>`,
				` </Event>`),
			we("2026-11-29T07:41:16.251Z", Info, "WEB02",
				` <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">`,
				`  <System>`,
				`   <Provider Name="WWW Server" Guid="{3A2A4E84-4C21-4981-AE10-3FDA0D9B0F83}"/>`,
				`   <EventID>0</EventID>`,
				`   <Version>1</Version>`,
				`   <Level>4</Level>`,
				`   <Opcode>2</Opcode>`,
				`   <Keywords>0x0</Keywords>`,
				`   <TimeCreated SystemTime="2026-11-29T07:41:16.251Z"/>`,
				`   <Correlation ActivityID="{800000B2-0002-F400-B63F-84710C7967BB}"/>`,
				`   <Execution ProcessID="6184" ThreadID="5120"/>`,
				`   <Computer>WEB02</Computer>`,
				`  </System>`,
				`  <EventData>`,
				`   <Data Name="ContextId">{800000B2-0002-F400-B63F-84710C7967BB}</Data>`,
				`   <Data Name="BytesSent">5921</Data>`,
				`   <Data Name="BytesReceived">1288</Data>`,
				`   <Data Name="HttpStatus">500</Data>`,
				`   <Data Name="HttpSubStatus">19</Data>`,
				`  </EventData>`,
				`  <RenderingInfo Culture="en-US">`,
				`   <Opcode>GENERAL_REQUEST_END</Opcode>`,
				`  </RenderingInfo>`,
				`  <ExtendedTracingInfo xmlns="http://schemas.microsoft.com/win/2004/08/events/trace">`,
				`   <EventGuid>{D42CF7EF-DE92-473E-8B6C-621EA663113A}</EventGuid>`,
				`  </ExtendedTracingInfo>`,
				` </Event>`),
			wskip(`</failedRequest>`),
		},
	},
	{
		name:   "exchange-mrs-move-report-entries",
		gap:    "trawl reads each entry's 12-hour US time and its boundaries but not the host: the MRS server in brackets after the time (`[EXMBX02]`) is not read as the record's host",
		source: "Exchange Server 2016/2019's Mailbox Replication Service move report as `(Get-MoveRequestStatistics -Identity … -IncludeReport).Report` writes it to a file (one entry a line, `M/d/yyyy h:mm:ss tt [SERVER] text` in the shell's culture and local clock, the bracket naming the MRS instance that wrote the entry, an entry's own line breaks kept, so that `Source mailbox information:` is followed by its item-count lines): a Microsoft Q&A thread pasting a Report property (`16/10/2020 8:33:10 AM [FTGH-Exch02] … is examining the request`, the Source mailbox information lines), myuclab.nl 'Relinquishing job because the mailbox is locked' and a 2018 hybrid-migration write-up pasting report entries; the Transient error and Relinquishing wording from memory",
		why:    "a US date and a 12-hour clock with no zone (9:40:02 PM is 21:40:02); the bracketed name is the server that wrote the entry, the host; the Mailbox server names inside the text are peers; `Transient error` is message text, no level; the item counts under `Source mailbox information:` belong to it",
		entries: []worldEntry{
			we("2026-11-28T21:40:02Z", Unknown, "EXMBX01", "11/28/2026 9:40:02 PM [EXMBX01] 'corp.example.com/Admins/Kim Berg' created move request."),
			we("2026-11-28T21:41:16Z", Unknown, "EXMBX02", "11/28/2026 9:41:16 PM [EXMBX02] The Microsoft Exchange Mailbox Replication service 'EXMBX02.corp.example.com' (15.2.1544.4 ServerCaps:3FFFFFFF, ProxyCaps:1FFFC7FD6DFDBF5FFFFFCB07EFFF, MailboxCaps:, legacyCaps:3FFFFFFF) is examining the request."),
			we("2026-11-28T21:41:16Z", Unknown, "EXMBX02", "11/28/2026 9:41:16 PM [EXMBX02] Connected to target mailbox 'corp.example.com\\4f2a9c1e-7b3d-4e8a-a1c0-6d2e9b7f3a15 (Primary)', database 'DB07', Mailbox server 'EXMBX02.corp.example.com' Version 15.2 (Build 1544.0)."),
			we("2026-11-28T21:41:17Z", Unknown, "EXMBX02", "11/28/2026 9:41:17 PM [EXMBX02] Connected to source mailbox 'corp.example.com\\4f2a9c1e-7b3d-4e8a-a1c0-6d2e9b7f3a15 (Primary)', database 'DB02', Mailbox server 'EXMBX01.corp.example.com' Version 15.2 (Build 1544.0)."),
			we("2026-11-28T21:41:17Z", Unknown, "EXMBX02", "11/28/2026 9:41:17 PM [EXMBX02] Request processing started."),
			we("2026-11-28T21:41:17Z", Unknown, "EXMBX02",
				"11/28/2026 9:41:17 PM [EXMBX02] Source mailbox information:",
				"Regular Items: 18422, 2.914 GB (3,128,901,442 bytes)",
				"Regular Deleted Items: 311, 12.06 MB (12,645,118 bytes)",
				"FAI Items: 187, 0 B (0 bytes)",
				"FAI Deleted Items: 0, 0 B (0 bytes)"),
			we("2026-11-28T21:41:48Z", Unknown, "EXMBX02", "11/28/2026 9:41:48 PM [EXMBX02] Stage: CreatingFolderHierarchy. Percent complete: 10."),
			we("2026-11-29T02:52:03Z", Unknown, "EXMBX02", "11/29/2026 2:52:03 AM [EXMBX02] Transient error MapiExceptionNetworkError has occurred. The system will retry (1/60)."),
			we("2026-11-29T07:10:45Z", Unknown, "EXMBX02", "11/29/2026 7:10:45 AM [EXMBX02] Relinquishing job because of large delays due to unfavorable server health or budget limitations with a suggested delay of 30 seconds."),
		},
	},
	{
		name:   "sqlserver-windows-container-eventlog-relay",
		source: "SQL Server Express or Developer in a Windows container (the microsoft/mssql-server-windows-express and -developer images and the images built on their start.ps1), read with `docker logs`: Write-Verbose's `VERBOSE: ` lines, then the script's endless `Get-EventLog -LogName Application -Source \"MSSQL*\" -After $lastCheck | Select-Object TimeGenerated, EntryType, Message` printed by Windows PowerShell 5.1 as one table at the console's eighty columns, every message longer than its column cut with `...`: microsoft/mssql-docker PR #31 (the relay added), issue #311 (`5/18/2018 2:27:16 PM Information The SQL Server Network Interface library co...`), issue #451 (`VERBOSE: Starting SQL Server`), the start.ps1 files holding the loop; the heading's column widths from memory",
		why:    "a US date and 12-hour clock with no zone, then EntryType as the level (Information, Warning, Error), then a message cut at the screen's edge; the VERBOSE lines carry no time and are the verbose stream (debug); the heading, its rule and the blank line above them are no records",
		entries: []worldEntry{
			we("", Debug, "", "VERBOSE: Starting SQL Server"),
			we("", Debug, "", "VERBOSE: Changing SA login credentials"),
			we("", Debug, "", "VERBOSE: Started SQL Server."),
			wskip("",
				"TimeGenerated         EntryType   Message",
				"-------------         ---------   -------"),
			we("2026-11-29T07:41:16Z", Info, "", "11/29/2026 7:41:16 AM Information Server process ID is 4176."),
			we("2026-11-29T07:41:16Z", Info, "", "11/29/2026 7:41:16 AM Information Authentication mode is MIXED."),
			we("2026-11-29T07:41:17Z", Info, "", "11/29/2026 7:41:17 AM Information Starting up database 'master'."),
			we("2026-11-29T07:41:19Z", Info, "", "11/29/2026 7:41:19 AM Information SQL Server is now ready for client connect..."),
			we("2026-11-29T07:44:02Z", Warn, "", "11/29/2026 7:44:02 AM Warning     A significant part of sql server process m..."),
			we("2026-11-29T07:52:37Z", Error, "", "11/29/2026 7:52:37 AM Error       The transaction log for database 'Sales' i..."),
			we("2026-11-29T07:52:41Z", Info, "", "11/29/2026 7:52:41 AM Information Recovery is complete. This is an informati..."),
		},
	},
	{
		name:   "windows-dns-debug-log-de-de-dotted-date",
		source: "the Windows DNS server's debug log (C:\\Windows\\System32\\dns\\dns.log, `date time thread PACKET  context proto dir addr xid response opcode [flags rcode] qtype name`) on a German Windows Server, whose date and time are the system locale's short date and long time, `dd.MM.yyyy HH:mm:ss`: reighnman/Graylog_Content_Pack_WinDNS issues #1 (`07.12.2015 09:49:45 0E1C PACKET …`) and #3 (`24.01.2016 18:17:42 045C PACKET …`), issue #12 (French and Swedish dates)",
		why:    "a dotted day-first date and a 24-hour clock, the server's zone-less local time taken as UTC; the thread and context ids are hex, no times; NOERROR and NXDOMAIN are response codes, no level; the client's address is no host",
		entries: []worldEntry{
			we("2026-11-28T23:58:02Z", Unknown, "", "28.11.2026 23:58:02 0E1C PACKET  000001F4A2B3C4D0 UDP Rcv 10.40.2.17      4b1a   Q [0001   D   NOERROR] A      (7)fileshr(4)corp(7)example(2)de(0)"),
			we("2026-11-28T23:58:02Z", Unknown, "", "28.11.2026 23:58:02 0E1C PACKET  000001F4A2B3C4D0 UDP Snd 10.40.2.17      4b1a R Q [8081   DR  NOERROR] A      (7)fileshr(4)corp(7)example(2)de(0)"),
			we("2026-11-29T08:41:19Z", Unknown, "", "29.11.2026 08:41:19 0E1C PACKET  000001F4A2B3D110 UDP Rcv 10.40.2.31      c0de   Q [0001   D   NOERROR] AAAA   (3)www(8)beispiel(2)de(0)"),
			we("2026-11-29T08:41:19Z", Unknown, "", "29.11.2026 08:41:19 0E1C PACKET  000001F4A2B3D110 UDP Snd 10.40.2.31      c0de R Q [8183   DR NXDOMAIN] AAAA   (3)www(8)beispiel(2)de(0)"),
			we("2026-11-29T09:02:44Z", Unknown, "", "29.11.2026 09:02:44 0F3C PACKET  000001F4A2B3E220 TCP Rcv 10.40.2.5       0007   Q [0000       NOERROR] AXFR   (4)corp(7)example(2)de(0)"),
		},
	},
	{
		name:   "windows2003-eventvwr-copy-print-spooler",
		gap:    "trawl splits the copied event into a record a line (Event Type, Event Source, Event Category, Event ID, Date, Time, User, Computer and Description each alone) and reads neither the time from the `Date:` and `Time:` lines, nor `Event Type:` as the level, nor `Computer:` as the host",
		source: "Windows Server 2003's Event Viewer, a print server's System-log events from the spooler (source Print: 10 a document printed, 13 a document deleted, 6161 a document that failed to print) copied one by one with the event properties' copy button and pasted (`Event Type:`, `Event Source:`, `Event Category:`, `Event ID:`, `Date:` and `Time:` on lines of their own with tabs, `User:`, `Computer:`, `Description:` with the text on the lines after it, an empty line and Event Viewer's `For more information, see Help and Support Center…` line): Microsoft KB articles pasting such copies (SNA Server and NETLOGON events, `Date:\\t\\t5/8/2000`, `Time:\\t\\t2:15:54 AM`) and a blog post pasting a DCOM event the same way; the spooler's message texts from memory",
		why:    "one copied event from Event Type to its Help and Support line, the empty line inside included, is one record; its time is the Date line and the Time line together (a US date, a 12-hour clock, no zone); Event Type is the level; Computer names the server, the host; the client machine \\\\WS0412 and the printer's port address are not",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "PRN-SRV01",
				"Event Type:\tInformation",
				"Event Source:\tPrint",
				"Event Category:\tNone",
				"Event ID:\t10",
				"Date:\t\t11/29/2026",
				"Time:\t\t7:41:16 AM",
				"User:\t\tCORP\\anna",
				"Computer:\tPRN-SRV01",
				"Description:",
				"Document 12, Microsoft Word - Q4 Budget.doc owned by anna was printed on HP-4F-Color via port IP_10.20.4.50.  Size in bytes: 482113; pages printed: 3",
				"",
				"For more information, see Help and Support Center at http://go.microsoft.com/fwlink/events.asp."),
			wskip(""),
			we("2026-11-29T07:44:02Z", Error, "PRN-SRV01",
				"Event Type:\tError",
				"Event Source:\tPrint",
				"Event Category:\tNone",
				"Event ID:\t6161",
				"Date:\t\t11/29/2026",
				"Time:\t\t7:44:02 AM",
				"User:\t\tCORP\\bruno",
				"Computer:\tPRN-SRV01",
				"Description:",
				"The document Invoice-8812.pdf owned by bruno failed to print on printer HP-2F-Mono. Try to print the document again, or restart the print spooler.",
				"Data type: NT EMF 1.008. Size of the spool file in bytes: 91244. Number of bytes printed: 0. Total number of pages in the document: 2. Number of pages printed: 0. Client machine: \\\\WS0412. Win32 error code returned by the print processor: 0. The operation completed successfully.",
				"",
				"For more information, see Help and Support Center at http://go.microsoft.com/fwlink/events.asp."),
			wskip(""),
			we("2026-11-29T08:03:57Z", Info, "PRN-SRV01",
				"Event Type:\tInformation",
				"Event Source:\tPrint",
				"Event Category:\tNone",
				"Event ID:\t13",
				"Date:\t\t11/29/2026",
				"Time:\t\t8:03:57 AM",
				"User:\t\tCORP\\carla",
				"Computer:\tPRN-SRV01",
				"Description:",
				"Document 14, Microsoft Excel - Stock.xls owned by carla was deleted on HP-4F-Color.",
				"",
				"For more information, see Help and Support Center at http://go.microsoft.com/fwlink/events.asp."),
		},
	},
	{
		name:   "windows2003-eventvwr-csv-windows-update-agent",
		gap:    "trawl reads the Date and Time columns but not the Type column's `Information` as info (its `Error` is read), and not the eighth column, Computer, as the host of this header-less CSV",
		source: "Windows Server 2003's Event Viewer, the System log saved as a comma-delimited text file (`Save Log File As…`, .csv: one event a line in the order Date, Time, Source, Type, Category, Event, User, Computer, Description, no heading), holding Automatic Updates' events from the Windows Update Agent (17 Installation Ready, 19 Installation Successful, 20 Installation Failure, 21 Restart Required): learn.microsoft.com 'File formats for archived logs' (Windows Server 2003: .evt, .txt and .csv, the field order); markwilson.co.uk's post pasting the Windows Update Agent's event 20 (`Installation Failure: Windows failed to install the following update with error 0x80242007: …`); the unquoted description and the other events' wording from memory",
		why:    "the date and the 12-hour time are the first two columns (no zone); the fourth column is the type, the level; the eighth the computer, the host; the description runs on with its own commas, and its `Sunday, November 29, 2026 at 3:00 AM` is the schedule, not the record's time",
		entries: []worldEntry{
			we("2026-11-28T21:15:40Z", Info, "FS-2003-01", "11/28/2026,9:15:40 PM,Windows Update Agent,Information,Installation,17,N/A,FS-2003-01,Installation Ready: The following updates are downloaded and ready for installation. This computer is currently scheduled to install these updates on Sunday, November 29, 2026 at 3:00 AM:  - Security Update for Windows Server 2003 (KB4012598)  - Update for Windows Server 2003 (KB2836198)"),
			we("2026-11-29T03:04:27Z", Info, "FS-2003-01", "11/29/2026,3:04:27 AM,Windows Update Agent,Information,Installation,19,N/A,FS-2003-01,Installation Successful: Windows successfully installed the following update: Security Update for Windows Server 2003 (KB4012598)"),
			we("2026-11-29T03:05:02Z", Error, "FS-2003-01", "11/29/2026,3:05:02 AM,Windows Update Agent,Error,Installation,20,N/A,FS-2003-01,Installation Failure: Windows failed to install the following update with error 0x80070643: Update for Windows Server 2003 (KB2836198)."),
			we("2026-11-29T03:05:40Z", Info, "FS-2003-01", "11/29/2026,3:05:40 AM,Windows Update Agent,Information,Installation,21,N/A,FS-2003-01,Restart Required: To complete the installation of the following updates, the computer must be restarted. Until this computer has been restarted, Windows cannot search for or download new updates:  - Security Update for Windows Server 2003 (KB4012598)"),
		},
	},
	{
		name:   "windows-rras-ppp-log-packet-dumps",
		source: "Routing and Remote Access's PPP tracing file %windir%\\tracing\\PPP.LOG on a VPN server (`netsh ras set tracing ppp enabled`: every line `[thread] HH:mm:ss:SSS: text`, a packet logged as `<PPP packet sent at MM/dd/yyyy HH:mm:ss:SSS` or `>PPP packet received at …`, a `Protocol = …, Type = …, Length = …, Id = …, Port = …` line and hex dump lines of sixteen bytes with their characters between bars, empty-message lines around it): Microsoft KB article on PAP authentication with a blank domain (the packet lines: `<PPP packet sent at 03/06/2000 11:51:07:100`, `<Protocol = PAP, …`, `<C0 23 01 00 …|.#…|`); the `[thread] time:` prefix as RASMAN.LOG's (fresh80) and the `>` of received packets from memory",
		why:    "a thread id in brackets and a time of day with milliseconds after a colon, on the clock's day; the packet header's full date is the same instant; every line, the hex dump's too, carries the prefix and is a record of its own; the protocol numbers and `error 691` are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[2416] 07:41:16:204: Line up event occurred on port 4"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[2416] 07:41:16:204: Starting PPP on link with IfType=0x0,IPIf=0x0,IPXIf=0x0"),
			we("2026-11-29T07:41:16.205Z", Unknown, "", "[2416] 07:41:16:205: "),
			we("2026-11-29T07:41:16.205Z", Unknown, "", "[2416] 07:41:16:205: <PPP packet sent at 11/29/2026 07:41:16:205"),
			we("2026-11-29T07:41:16.205Z", Unknown, "", "[2416] 07:41:16:205: <Protocol = LCP, Type = Configure-Req, Length = 0x20, Id = 0x0, Port = 4"),
			we("2026-11-29T07:41:16.205Z", Unknown, "", "[2416] 07:41:16:205: <C0 21 01 00 00 1E 01 04 05 78 03 05 C2 23 81 05 |.!.......x...#..|"),
			we("2026-11-29T07:41:16.205Z", Unknown, "", "[2416] 07:41:16:205: <06 B4 3F 21 9C 07 02 08 02 11 04 05 78 13 17 01 |..?!........x...|"),
			we("2026-11-29T07:41:16.205Z", Unknown, "", "[2416] 07:41:16:205: "),
			we("2026-11-29T07:41:16.311Z", Unknown, "", "[2416] 07:41:16:311: >PPP packet received at 11/29/2026 07:41:16:311"),
			we("2026-11-29T07:41:16.311Z", Unknown, "", "[2416] 07:41:16:311: >Protocol = LCP, Type = Configure-Ack, Length = 0x20, Id = 0x0, Port = 4"),
			we("2026-11-29T07:41:16.311Z", Unknown, "", "[2416] 07:41:16:311: >C0 21 02 00 00 1E 01 04 05 78 03 05 C2 23 81 05 |.!.......x...#..|"),
			we("2026-11-29T07:41:17.002Z", Unknown, "", "[2416] 07:41:17:002: FsmThisLayerUp called for protocol = c021, port = 4"),
			we("2026-11-29T07:41:19.880Z", Unknown, "", "[2416] 07:41:19:880: Auth Protocol c223 terminated with error 691"),
		},
	},
	{
		name:   "windows-xp-setupapi-log-verbose-timestamps",
		gap:    "trawl joins a section's time-stamped messages to its `[yyyy/MM/dd HH:mm:ss pid.instance title]` header: the `@ 07:41:16.204 #V166 …` lines start no records of their own, so their time of day and the #V, #I, #W or #E level are not read",
		source: "Windows XP and Server 2003's %windir%\\setupapi.log with HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Setup\\LogLevel set to a verbose level with the time-stamp flag 0x08000000 (a section header `[yyyy/MM/dd HH:mm:ss pid.instance title]`, its untimed `#-nnn` status lines, then messages behind `@ HH:mm:ss.fff` with their ids #Ennn error, #Wnnn warning, #Innn information, #Vnnn verbose): learn.microsoft.com 'Interpreting a Sample SetupAPI Log File' (the XP message-id letters and a sample with `@ 20:14:33.381 #V132`), Microsoft's 'Troubleshooting Device Installation with the SetupAPI Log File' (the 0x08000000 flag and the verbose `@ 10:18:25.656 #V166 Device install function: …` samples)",
		why:    "a section header with its untimed #- status lines is one record, timed by its bracketed date; every time-stamped message is a record of its own with a time of day on the clock's day and a level from its id letter (V verbose as debug, I, W, E); the pid.instance and message numbers are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"[2026/11/29 07:41:16 1204.7 Driver Install]",
				`#-019 Searching for hardware ID(s): usb\vid_0a5c&pid_21e8&rev_0112,usb\vid_0a5c&pid_21e8`,
				`#-198 Command line processed: C:\WINDOWS\system32\services.exe`),
			we("2026-11-29T07:41:16.204Z", Debug, "", "@ 07:41:16.204 #V166 Device install function: DIF_SELECTBESTCOMPATDRV."),
			we("2026-11-29T07:41:16.204Z", Debug, "", "@ 07:41:16.204 #V155 Executing default installer."),
			we("2026-11-29T07:41:16.219Z", Info, "", `@ 07:41:16.219 #I022 Found "USB\VID_0A5C&PID_21E8" in C:\WINDOWS\inf\oem31.inf; Device: "Broadcom USB Bluetooth Adapter"; Driver: "Broadcom USB Bluetooth Adapter"; Provider: "Broadcom"; Mfg: "Broadcom"; Section name: "BTW_USB".`),
			we("2026-11-29T07:41:16.235Z", Warn, "", `@ 07:41:16.235 #W383 "bth.PNF" migrate: PNF Language = 0409, Thread = 0407.`),
			we("2026-11-29T07:41:17.891Z", Error, "", `@ 07:41:17.891 #E366 An unsigned or incorrectly signed file "c:\windows\inf\oem31.inf" for driver "Broadcom USB Bluetooth Adapter" will be installed (Policy=Ignore). Error 0xe000022f: The third-party INF does not contain digital signature information.`),
			we("2026-11-29T07:41:18.032Z", Debug, "", "@ 07:41:18.032 #V156 Completed default installer."),
			we("2026-11-29T07:43:02Z", Unknown, "",
				"[2026/11/29 07:43:02 1204.9 Driver Install]",
				`#-198 Command line processed: C:\WINDOWS\system32\services.exe`),
			we("2026-11-29T07:43:02.118Z", Info, "", `@ 07:43:02.118 #I121 Device install of "USB\VID_0A5C&PID_21E8\5&1F4C2A7E&0&2" finished successfully.`),
		},
	},
}

func TestFresh314Formats(t *testing.T) { assertTable(t, fresh314Cases) }
func TestFresh314Score(t *testing.T) {
	checkScore(t, "fresh314 formats", fresh314Cases, [worldNumFields]float64{58.3, 65.2, 42.7, 62.4})
}
