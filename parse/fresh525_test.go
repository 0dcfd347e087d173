package parse

import "testing"

// The five-hundred-and-twenty-fifth fresh table: Windows text logs, a twelfth pass, in shapes no
// earlier table holds. Each family is one product's documented or observed output: Visual Studio's
// VSIX installer log in an en-US culture (`M/d/yyyy h:mm:ss PM - msg`, a .NET stack under an
// `Install Error :` line) and the same log under a `dd-MMM-yy` culture with a 24-hour clock; the
// EWS Managed API's trace of Exchange Web Services traffic (`<Trace Tag=… Tid=… Time="… Z">`
// elements spanning the HTTP headers or the SOAP body); Microsoft's SQL LogScout debug log (a
// stamp, a tab, INFO, WARN, ERROR or DEBUG1…DEBUG5, a tab, the message and a trailing blank);
// Power BI Report Server's RSPortal log (`stamp|LEVEL|thread|msg| RequestID = s_…`); Exchange
// Server 2003 setup's Setup Progress log (a bracketed time of day, indented error lines under a
// call); Windows 95/98 Unimodem's Modemlog.txt (the time before the date) and Windows 2000/XP/7
// Unimodem's ModemLog_<modem>.txt (a dashed month-first date, then the time with milliseconds).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`Windows text logs`, `Windows components`, `Slp:`, `Detail.txt`,
// `ExchangeSetup`, `Setup version`, `cluster.log`, `[RCM]`, `[RES]`, `Get-ClusterLog`,
// `netsetup`, `NetpDoDomainJoin`, `NetpJoin`, `ReportingServicesService`, `!library!`,
// `ReportServer`, `ReportingEvents`, `AutomaticUpdates`, `PFRO`, `MRT.log`,
// `Malicious Software Removal`, `SoftwareDistribution.log`, `WsusService`, `MPLog`, `Mini-filter`,
// `DXError`, `dsetup`, `dd_`, `w32time`, `W32TmServiceMain`, `SQLAGENT`,
// `SQLServerAgent version`, `Burn v3`, `MSI (s)`, `setupact`, `dism.log`, `ULS`, `sqlservr`,
// `wsusutil`, `msmdsrv`, `P1FromAddress`, `Imap4`, `Pop3`, `Connectivity`, `SetupDiag`, `Inno`,
// `Log opened. (Time zone`, `Squirrel`, `WinGet`, `[CORE]`, `chocolatey`, `DPInst`, `RASMAN`,
// `rastapi`, `tracing\`, `IKEEXT`, `repadmin`, `certocm`, `Change.log`, `sfcdetails`, `[SR]`,
// `FTPSVC`, `IAS`, `Cluster-Aware`, `CAU`, `loadstate`, `OabGen`, `EdgeSync`, `AgentLog`,
// `SmtpSend`, `sqlwriter`, `Launchpad`, `PolyBase`, `Distributed Replay`, `DQS`, `Master Data`,
// `SSMS`, `wbengine`, `vmmAgent`, `SCVMM`, `SCOM`, `HealthService`, `Lync`,
// `Skype for Business`, `update.exe (version`, `0.000: `, `LogScout`, `Maintenance Utility`,
// `Maintenance Plan`, `ServiceControl.log`, `UpdateConfigFiles`, `OC_PREINITIALIZE`, `iis6.log`,
// `ocgen`, `dd_bootstrapper`, `dd_setup`, `dd_client`, `MpCmdRun`, `Date and time:`,
// `Outcome: Succeeded`, `DhcpSrvLog`, `ExBPA`, `Storage Migration`, `Windows Admin Center`,
// `msmqinst`, `comsetup`, `tsoc.log`, `setuplog.txt`, `syssetup`, `svcpack`, `spuninst`,
// `hotfix`, `SQLSetup`, `Summary.txt`, `vs_installer`, `VSIXInstaller`, `clientHost`,
// `SqlLocalDB`, `DacFx`, `sqlpackage`, `SchedLgU`, `Task Scheduler Service`, `USERENV`,
// `EwsRequest`, `Trace Tag=`, `ModemLog`, `GPSVC`, `Upgrader`, `NTBackup`, `Backup started on`,
// `VSIX`, `Microsoft VSIX`, `winlogon.log`, `scesrv`, `Configure Security`, `secedit`, `esent`,
// `ntds`, `certsrv`, `dtctrace`, `Framework.log`, `wbemcore`, `WMIDiag`, `oakley`, `IPSec`,
// `tsgateway`, `lsasrv`, `kerberos`, `mrxsmb`, `dfsutil`, `WSUS Offline`,
// `Exchange Management Console`, `ExTRA`, `Mailbox Audit`, `SearchAdminAuditLog`, `SharePoint`,
// `MOSS`, `PerfLogs`, `logman`, `typeperf`, `TL_INFO`, `begin_record`, `TF_PROTOCOL`,
// `SIPStack`, `RSPortal`, `RSHostingService`, `|INFO|`, `SQLMaint`, `dd_VSIX`,
// `vsixinstaller`, `Trace Tag`, `##SQLDIAG`, `SQL_LogScout`, `AgentProcess`,
// `Get-MobileDeviceStatistics`, `ServiceControl`, `Setup Progress`, `ScStopAtomServices`,
// `IGNORING PREVIOUS`, `Entering C`, `Modemlog`, `modem`, `05-25-`, `RSPortal.exe`,
// `reportserverwebapp`, `SQLDIAG.LOG`, `Initializing log`, `vsixinstaller.exe`,
// `Initializing Install`, `EwsResponse`, `Exchange.asmx`, `dreplay`, `sqlmaint`, `OC_`,
// `Power BI Report Server`, `scesrv.log`, `dotnetfx`, `dd_vsinstall`, `[11/29/26,`, `Setup.exe: `,
// `GetGlobalCustomProperty`, `iis5.log`, `ReAgent`, `SSMA`, `Migration Assistant`, `rlauncher`,
// `PrintBrm`, `svcpack.log`, `ocmsetup`, `Interpreted response`, `Send: AT`, `Recv: `,
// `Unimodem`, `Initializing modem`, `Extension Details`, `rls-vs2017`, `Trace Tag="`,
// `EwsRequestHttpHeaders`, `SQLLOGSCOUT`, `Docker-PowerBI`, `|ERROR|`, `RequestID = `,
// `Beginning Setup`, `[13:`, `Error code 0XC`). None of the VSIX installer log, the EWS Managed
// API trace, SQL LogScout, Power BI Report Server's RSPortal log, Exchange 2003's Setup Progress
// log or Unimodem's modem logs is in any table: `RSPortal`, `RSHostingService`, `SQLDIAG.LOG` and
// `certocm` match only earlier tables' lists of greps or SQLDIAG's own log (fresh126), `Trace Tag`
// NetIQ's ndstrace, `modem` other products' messages, `Initializing Install` and `Entering C`
// other products' lines, `|INFO|` and `|ERROR|` other products' pipe layouts. Left out as measured
// already: CBS, DISM, setupapi, Panther's setupact, WindowsUpdate.log and ReportingEvents, WSUS,
// MSI and Burn, SQL Server's ERRORLOG, agent, setup Detail.txt, SSRS's ReportServerService trace,
// SSAS's msmdsrv.log and SQLDIAG, Exchange's setup, protocol, tracking and agent logs, IIS, SMTP and
// FTP logs, DHCP and DNS server logs, the failover cluster log, netsetup, PFRO, MRT, MPLog,
// SchedLgU, USERENV and GPSVC, NTBackup, WinGet, Chocolatey. Left out as not confirmed by any
// search: Lync and Skype for Business CLS text (only .etl described), Exchange's
// ServiceControl.log, IIS 5/6 OC setup logs (iis5.log, iis6.log), SQLMaint reports, Distributed
// Replay logs, Visual Studio 2008's dd_vsinstall90 logs. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The VSIX installer's times are local and zone-less and read as UTC, its
// 12-hour time with its PM, its `29-Nov-26` with the two-digit year in 2026. The EWS trace's Time
// attribute is UTC by its Z; a `Date:` header or a DateTimeReceived element inside the element is
// never the record's time. SQL LogScout's, RSPortal's and the modem logs' stamps carry no zone and
// are taken as UTC; Windows 9x's modem log writes the time before the month-first date. Exchange
// 2003's Setup Progress log writes a time of day only: it is on the clock's day. Levels only where
// the line marks one: SQL LogScout's INFO, WARN, ERROR and DEBUGn (a debug level) between tabs,
// RSPortal's INFO, WARN, ERROR between pipes; the VSIX log's `Install Error :`, Exchange setup's
// `Error code 0X…` and the modem logs' lines carry none. No family has a host field: the HTTP Host
// header, SQL instance names, report paths, product names and the Exchange server in a message are
// no hosts. A record that spans lines is one entry: the VSIX exception with its stack, a whole
// <Trace> element up to </Trace>, SQL LogScout's ScriptStackTrace lines, an Exchange setup call with
// its indented error lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"; find_string for the NT modem log); no
// family rests on memory alone. Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit deac384 before any rule for it: level 96.9 %, time 96.9 %, host 96.9 %, records 87.5 %.
// That is the macro figure (micro: level 97.7 %, time 97.7 %, host 97.7 %, records 90.7 %), in a
// worktree at deac384 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is the EWS Managed API trace, whose <Trace> elements trawl cuts
// apart at every line that starts at the margin (the HTTP header lines and the closing </Trace>),
// while the response headers' `Date:` line starts an entry that swallows the next element.

var fresh525Cases = []worldCase{
	{
		name:   "vsixinstaller-log-en-us-ampm",
		source: "Visual Studio's VSIX installer log (%TEMP%\\dd_VSIXInstaller_*.log, `M/d/yyyy h:mm:ss AM - msg` in an en-US culture, a ruled banner, tab-indented Extension Details, an `Install Error :` line with the .NET stack under it): microsoft/WindowsAppSDK issue #698, ZoeyR/rls-vs2017 issue #10 (pasted logs), ErikEJ/SqlCeToolbox issue #978 (the file name)",
		why:    "a month-first date with an unpadded 12-hour time and PM, then ` - `; the version number and the ruled lines are no times; the stack frames under the exception belong to it; no level column (`Install Error` is message text)",
		entries: []worldEntry{
			we("2026-11-29T14:51:15Z", Unknown, "", "11/29/2026 2:51:15 PM - Microsoft VSIX Installer"),
			we("2026-11-29T14:51:15Z", Unknown, "", "11/29/2026 2:51:15 PM - -------------------------------------------"),
			we("2026-11-29T14:51:15Z", Unknown, "", "11/29/2026 2:51:15 PM - vsixinstaller.exe version:"),
			we("2026-11-29T14:51:15Z", Unknown, "", "11/29/2026 2:51:15 PM - 17.12.2069"),
			we("2026-11-29T14:51:17Z", Unknown, "", "11/29/2026 2:51:17 PM - Initializing Install..."),
			we("2026-11-29T14:51:17Z", Unknown, "", "11/29/2026 2:51:17 PM - \tIdentifier         : Harbourline.SqlTidy.4e1b7c2a"),
			we("2026-11-29T14:51:21Z", Unknown, "",
				"11/29/2026 2:51:21 PM - Install Error : VSIXInstaller.NoApplicableSKUsException: SQL Tidy 3.2 cannot be installed on any product found on this machine.",
				"   at VSIXInstaller.ExtensionService.GetInstallableData(String vsixPath, String extensionPackParentName, Boolean isRepairSupported, IStateData stateData, IEnumerable`1& skuData)",
				"   at VSIXInstaller.App.Initialize(Boolean isRepairSupported)",
				"   at System.Threading.Tasks.Task`1.InnerInvoke()"),
		},
	},
	{
		name:   "vsixinstaller-log-dd-mmm-yy",
		source: "the same VSIX installer log written under a culture whose short date is `dd-MMM-yy` and whose time is 24-hour (`29-Nov-26 16:20:03 - msg`): microsoft/vscode issue #77859 (a pasted VSIXInstaller log)",
		why:    "a day-first date with an abbreviated month and a two-digit year (2026), a 24-hour time; the product names after `Found installed product -` are no hosts; the stack under the exception belongs to it",
		entries: []worldEntry{
			we("2026-11-29T16:20:03Z", Unknown, "", "29-Nov-26 16:20:03 - Microsoft VSIX Installer"),
			we("2026-11-29T16:20:05Z", Unknown, "", "29-Nov-26 16:20:05 - Searching for applicable products..."),
			we("2026-11-29T16:20:05Z", Unknown, "", "29-Nov-26 16:20:05 - Found installed product - Global Location"),
			we("2026-11-29T16:20:05Z", Unknown, "", "29-Nov-26 16:20:05 - Found installed product - Visual Studio Professional 2022"),
			we("2026-11-29T16:20:06Z", Unknown, "",
				"29-Nov-26 16:20:06 - VSIXInstaller.NoApplicableSKUsException: Quay Snippets cannot be installed on any product found on this machine.",
				"   at VSIXInstaller.ExtensionService.GetInstallableData(String vsixPath, String extensionPackParentName, Boolean isRepairSupported, IStateData stateData, IEnumerable`1& skuData)",
				"   at VSIXInstaller.App.Initialize()"),
		},
	},
	{
		name:   "ews-managed-api-trace-xml-blocks",
		source: "the EWS Managed API's trace output with ExchangeService.TraceEnabled (each trace a `<Trace Tag=\"…\" Tid=\"n\" Time=\"yyyy-MM-dd HH:mm:ssZ\">` element over several lines: the HTTP headers, or the SOAP body with a `Version=` attribute): ItsClemi/ews-managed-api issue #31 (pasted traces), OfficeDev/ews-managed-api PR #282 (the Time attribute in the \"u\" format)",
		why:    "the time is an XML attribute of the opening tag, UTC by its Z; every line up to </Trace> is the one record; the `Date:` response header and the DateTimeReceived element are no record times; the Host header and the server in the URL are no record host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				`<Trace Tag="EwsRequestHttpHeaders" Tid="14" Time="2026-11-29 07:41:16Z">`,
				"POST /EWS/Exchange.asmx HTTP/1.1",
				"Content-Type: text/xml; charset=utf-8",
				"Accept: text/xml",
				"User-Agent: ExchangeServicesClient/15.00.0913.015",
				"Host: mail.quayside.example",
				"</Trace>"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				`<Trace Tag="EwsRequest" Tid="14" Time="2026-11-29 07:41:16Z" Version="15.00.0913.015">`,
				`  <?xml version="1.0" encoding="utf-8"?>`,
				`  <soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">`,
				`    <soap:Header>`,
				`      <t:RequestServerVersion Version="Exchange2013_SP1" />`,
				`    </soap:Header>`,
				`    <soap:Body>`,
				`      <m:FindItem Traversal="Shallow">`,
				`        <m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape>`,
				`        <m:IndexedPageItemView MaxEntriesReturned="25" Offset="0" BasePoint="Beginning" />`,
				`        <m:ParentFolderIds><t:DistinguishedFolderId Id="inbox" /></m:ParentFolderIds>`,
				`      </m:FindItem>`,
				`    </soap:Body>`,
				`  </soap:Envelope>`,
				"</Trace>"),
			we("2026-11-29T07:41:17Z", Unknown, "",
				`<Trace Tag="EwsResponseHttpHeaders" Tid="14" Time="2026-11-29 07:41:17Z">`,
				"200 OK",
				"Transfer-Encoding: chunked",
				"request-id: 6c2f1a90-4b7e-4d21-9a3c-0e5d8b71f244",
				"X-BackEndHttpStatus: 200",
				"Cache-Control: private",
				"Date: Sun, 29 Nov 2026 07:41:16 GMT",
				"Server: Microsoft-IIS/10.0",
				"</Trace>"),
			we("2026-11-29T07:41:17Z", Unknown, "",
				`<Trace Tag="EwsResponse" Tid="14" Time="2026-11-29 07:41:17Z" Version="15.00.0913.015">`,
				`  <?xml version="1.0" encoding="utf-8"?>`,
				`  <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">`,
				`    <s:Header>`,
				`      <h:ServerVersionInfo MajorVersion="15" MinorVersion="2" MajorBuildNumber="1544" MinorBuildNumber="11" xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types" />`,
				`    </s:Header>`,
				`    <s:Body>`,
				`      <m:FindItemResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">`,
				`        <m:ResponseMessages><m:FindItemResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode>`,
				`          <m:RootFolder IndexedPagingOffset="1" TotalItemsInView="1" IncludesLastItemInRange="true"><t:Items><t:Message><t:ItemId Id="AAMkAGQ3ZTk1" ChangeKey="CQAAABYA" /><t:DateTimeReceived>2026-11-28T19:02:11Z</t:DateTimeReceived></t:Message></t:Items></m:RootFolder>`,
				`        </m:FindItemResponseMessage></m:ResponseMessages>`,
				`      </m:FindItemResponse>`,
				`    </s:Body>`,
				`  </s:Envelope>`,
				"</Trace>"),
		},
		gap: "the lines of a <Trace> element that start at the margin (the HTTP header lines and the closing </Trace>) are cut off as entries of their own instead of staying with their opening tag, and the response headers' `Date:` line starts an entry that swallows the next <Trace> element",
	},
	{
		name:   "sql-logscout-debug-log-tabs",
		source: "Microsoft's SQL LogScout, its ##SQLLOGSCOUT_DEBUG.LOG in output\\internal (LoggingFacility.psm1 Write-Log: `Get-Date -Format \"yyyy-MM-dd HH:mm:ss.fff\"`, a tab, the LogType INFO, WARN, ERROR or DEBUG1…DEBUG5, a tab, the message with a blank appended; a multi-line ScriptStackTrace written in one call): microsoft/SQL_LogScout SQL LogScout/Bin/LoggingFacility.psm1 and README.md (sample output)",
		why:    "a zone-less date and time with milliseconds (UTC by the rules), the level between tabs; DEBUG2 is a debug level; the ScriptStackTrace lines under an ERROR belong to it; the SQL instance name in a message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.363Z", Info, "", "2026-11-29 07:41:16.363\tINFO\tInitializing log C:\\SQL_LogScout\\output\\internal\\##SQLLOGSCOUT.LOG "),
			we("2026-11-29T07:41:16.402Z", Debug, "", "2026-11-29 07:41:16.402\tDEBUG2\tFound 3 older SQL LogScout DEBUG Logs "),
			we("2026-11-29T07:41:17.118Z", Info, "", "2026-11-29 07:41:17.118\tINFO\tDiscovered the following SQL Server instance(s) "),
			we("2026-11-29T07:41:24.930Z", Warn, "", "2026-11-29 07:41:24.930\tWARN\tThe DetailedPerf scenario collects a Profiler-level trace; expect overhead on QUAYSQL02\\LEDGER "),
			we("2026-11-29T07:43:02.117Z", Error, "",
				"2026-11-29 07:43:02.117\tERROR\tScriptStackTrace:  at Start-SQLCmdProcess, C:\\SQL_LogScout\\Bin\\CommonFunctions.psm1: line 612",
				"at Invoke-PerfStatsCollector, C:\\SQL_LogScout\\Bin\\SQLLogScoutPs.psm1: line 1480",
				"at <ScriptBlock>, <No file>: line 1 "),
			we("2026-11-29T07:43:02.119Z", Error, "", "2026-11-29 07:43:02.119\tERROR\tMessage:  Login failed for user 'QUAY\\svc-logscout'. "),
		},
	},
	{
		name:   "pbirs-rsportal-log-pipes",
		source: "Power BI Report Server's web portal log (LogFiles\\RSPortal_<timestamp>.log, `yyyy-MM-dd HH:mm:ss.ffff|LEVEL|thread|msg| RequestID = s_<guid>`): HealisticEngineer/Docker-PowerBI issue #2 (a pasted line); Microsoft Learn, 'Report server service trace log' (the log files and their UTC naming)",
		why:    "four decimals of a second, then the level, a thread number and the message between pipes; the thread number is no time; the request id and the report path are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4410Z", Info, "", "2026-11-29 07:41:16.4410|INFO|12|Catalog item /Finance/Month End.pbix requested for rendering| RequestID = s_7b0e4c21-93d6-4a5f-8e12-c4f0a9d35e67"),
			we("2026-11-29T07:41:17.0925Z", Warn, "", "2026-11-29 07:41:17.0925|WARN|31|Data refresh plan for /Finance/Month End.pbix has no stored credentials| RequestID = s_0f3d5a88-1c2b-47e9-b6d0-2e9a7c41f853"),
			we("2026-11-29T07:41:19.8910Z", Error, "", "2026-11-29 07:41:19.8910|ERROR|56|The remote server returned an error: (404) Not Found.| RequestID = s_e41a9d07-6b3c-4f28-a1d5-93c8b70e2f1a"),
			we("2026-11-29T07:41:22.0057Z", Info, "", "2026-11-29 07:41:22.0057|INFO|12|Upload of /Finance/Quarter Close.pbix completed in 2.31 s| RequestID = s_9c2e7f10-4d85-4b36-8a07-f1e6d32b59c4"),
		},
	},
	{
		name:   "exchange2003-setup-progress-log",
		source: "Exchange Server 2003 setup's Exchange Server Setup Progress.log (`[HH:mm:ss] msg`, a time of day only, an indented `Error code 0X… (n): …` line under a failed call, `=== IGNORING PREVIOUS ERRORS ===`): the Exchange team blog, 'Tips on Troubleshooting Using the Exchange Server Setup Progress Log' (2004, pasted lines)",
		why:    "a bracketed time of day with no date (the clock's day); the indented lines under a call belong to it; `Error code` is message text, no level column; the source file and line in parentheses are no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] Entering CAtomServices::ScStopAtomServices"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"[07:41:16]  CService::ScGetStatus (f:\\titanium\\admin\\src\\libs\\exsetup\\service.cxx:722)",
				"           Error code 0XC0070424 (1060): The specified service does not exist as an installed service."),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"[07:41:16] === IGNORING PREVIOUS ERRORS === CServiceManager::ScStopService (f:\\titanium\\admin\\src\\udog\\setupbase\\tools\\svcmgr.cxx:537)",
				"           The operation has completed successfully."),
			we("2026-11-29T07:41:19Z", Unknown, "", "[07:41:19] Leaving CAtomServices::ScStopAtomServices"),
			we("2026-11-29T07:41:20Z", Unknown, "", "[07:41:20] Service 'MSExchangeSA' on QUAYMAIL01 stopped"),
		},
	},
	{
		name:   "windows9x-modemlog-time-before-date",
		source: "Windows 95/98 Unimodem's Modemlog.txt (<Modem name>.log on Windows 98: `HH:mm:ss MM-dd-yyyy - msg`, the time before the date): Microsoft KB 142730, 'How to create and use the Modemlog.txt file', and the Windows 98 DDK's 'Sample Data Modem Event Log'",
		why:    "a time of day before a month-first dashed date; the baud setting `57600,N,8,1` and AT command strings are no times; no level; the modem name is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 11-29-2026 - Quayside 56K Voice PCI in use."),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 11-29-2026 - Modem type: Quayside 56K Voice PCI"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 11-29-2026 - 57600,N,8,1"),
			we("2026-11-29T07:41:17Z", Unknown, "", "07:41:17 11-29-2026 - Initializing modem."),
			we("2026-11-29T07:41:17Z", Unknown, "", "07:41:17 11-29-2026 - Send: AT &F0 E0 V1 S0=0 &C1 &D2"),
			we("2026-11-29T07:41:18Z", Unknown, "", "07:41:18 11-29-2026 - Interpreted response: Ok"),
		},
	},
	{
		name:   "windows-unimodem-modemlog-dashed-date",
		source: "Windows 2000/XP/7 Unimodem's ModemLog_<modem>.txt (`MM-dd-yyyy HH:mm:ss.fff - msg`: Matching hardware ID, port settings, Send:/Recv: with <cr><lf> spelled out, Interpreted response): pasted modem logs found with find_string (`- Recv: <cr><lf>OK<cr><lf>`), Microsoft KB 142730 (where the log is enabled)",
		why:    "a month-first dashed date before the time with milliseconds; `115200,8,N,1, ctsfl=1, rtsctl=2` and the hardware id are no times; no level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "11-29-2026 07:41:16.204 - Modem inf section: Quay56K_PCI"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "11-29-2026 07:41:16.204 - Matching hardware ID: pci\\ven_14f1&dev_2f20"),
			we("2026-11-29T07:41:16.215Z", Unknown, "", "11-29-2026 07:41:16.215 - 115200,8,N,1, ctsfl=1, rtsctl=2"),
			we("2026-11-29T07:41:16.215Z", Unknown, "", "11-29-2026 07:41:16.215 - Initializing modem."),
			we("2026-11-29T07:41:16.231Z", Unknown, "", "11-29-2026 07:41:16.231 - Send: AT<cr>"),
			we("2026-11-29T07:41:16.242Z", Unknown, "", "11-29-2026 07:41:16.242 - Recv: <cr><lf>OK<cr><lf>"),
		},
	},
}

func TestFresh525Formats(t *testing.T) { assertTable(t, fresh525Cases) }
func TestFresh525Score(t *testing.T) {
	checkScore(t, "fresh525 formats", fresh525Cases, [worldNumFields]float64{96.8, 96.8, 96.8, 87.4})
}
