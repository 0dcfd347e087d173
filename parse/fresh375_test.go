package parse

import "testing"

// The three-hundred-and-seventy-fifth fresh table, written on 2026-12-06: Windows servers' and
// desktops' text logs, an eighth pass, in shapes no earlier table holds. Each family is one
// product's documented or observed output: PowerShell 7's Trace-Command written to the host
// (`DEBUG: yyyy-MM-dd HH:mm:ss.ffff Source Information: 0 : msg`); a .NET Framework Windows
// service's System.Diagnostics TextWriterTraceListener with traceOutputOptions (the
// `Source Level: id : msg` line and its indented ProcessId=, ThreadId= and DateTime= footer);
// PSFramework's logfile provider in CSV (a ComputerName column, a Level column of its own names,
// the locale's 12-hour Timestamp); Packet Monitor's `pktmon etl2txt` text (`[cpu]pid.tid::` then
// a date and the packet's line indented under it); Event Viewer's `Save All Events As…` in
// tab-delimited text (a Level column first, a quoted description over several lines); a
// DebugView capture saved with clock time (an index, a bare time of day, `[pid] msg`); `wbadmin
// get versions` (a block a backup, its local `Backup time:` and its UTC `Version identifier:`);
// `netsh trace convert` text, its date broken up by left-to-right marks.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`setupapi`, `Section start`, `Boot Session`, `WindowsUpdate`, `Get-WindowsUpdateLog`,
// `No Format Information`, `ComApi`, `ReportingEvents`, `DISM`, `PID=… TID=`, `CBS`, `CBS.log:`,
// `Select-String`, `findstr`, `LOG]!>`, `$$<`, `time="…+`, `AppEnforce`, `SMSTS`,
// `ContentTransferManager`, `Intune`, `AgentExecutor`, `Exchange`, `SMTP Receive`, `SMTP Send`,
// `Connectivity Log`, `POP3 Protocol`, `IMAP4 Protocol`, `EdgeSync`, `Mailbox Replication service`,
// `is examining the request`, `MessageTrackingEvent`, `"ServerHostname"`, `#TYPE`, `Export-Csv`,
// `ExchangeSetup`, `ERRORLOG`, `spid`, `sqlservr[`, `mssql-server`, `/var/opt/mssql`, `SQLAGENT`,
// `Log File Viewer`, `msmdsrv`, `ReportingServicesService`, `!library!`, `dtexec`, `End Progress`,
// `Slp:`, `Final result:`, `IIS`, `W3SVC1, `, `s-computername`, `HTTPERR`, `PID[`,
// `PowerShell transcript start`, `Windows PowerShell transcript`, `UseMinimalHeader`,
// `ParameterBinding`, `Trace-Command`, `Information: 0`, `Error: 0 :`, `    DateTime=`,
// `TraceOutputOptions`, `TextWriterTraceListener`, `ProcessId=`, `ThreadId=`, `PSFramework`,
// `Write-PSFMessage`, `"ComputerName"`, `Timestamp","`, `pktmon`, `PktMon`, `PktGroupId`,
// `etl2txt`, `ethertype IPv4`, `Level	Date`, `Date and Time	Source`, `Information	11/`,
// `DebugView`, `dbgview`, `Time of Day`, `procmon`, `wbadmin`, `Version identifier`, `netsh trace`,
// `tracefmt`, `gpsvc`, `GPSVC(`, `w32time`, `netlogon`, `NetSetup`, `PASSWD.LOG`, `PFRO`, `RASMAN`,
// `DFSR`, `Dfsr00`, `cluster.log`, `::2026/`, `WaAppAgent`, `ADMT`, `wbemcore`, `wmiprov`,
// `winget`, `[CORE]`, `USMT`, `robocopy`, `ERROR n (0x…`, `IAS,`, `certsrv`, `certocm`, `poqexec`,
// `SetupDiag`, `dcdiag`, `repadmin`, `Report.wer`, `EventTime=`, `GMT-0800 (`, ` -- info -- `,
// `PSAppDeploy`, `] :: `, `PLATFORM VERSION INFO`, `origin_timestamp`, `oakley`).
// Nearly every named product of the theme is measured already in some shape: setupapi.dev.log
// (fresh6, fresh59, fresh68, fresh115, fresh331), WindowsUpdate.log decoded and undecoded
// (fresh4, fresh167, fresh233, fresh244, fresh331), DISM and CBS (world, fresh167 through
// Select-String), CMTrace and the SMS trailer (cmtrace, fresh115, fresh126, fresh134), Intune's
// IME logs, Exchange's protocol, tracking, MRS and setup logs (fresh23, fresh70, fresh283,
// fresh314, fresh334), SQL Server's ERRORLOG in its console, container, journal, sqlcmd and
// viewer-export shapes (fresh52, fresh85, fresh167, fresh186), IIS in W3C, IIS and NCSA formats,
// PowerShell transcripts with and without headers (fresh22, fresh233, fresh260, fresh354), the
// Sysinternals Process Monitor CSV. Trace-Command's host output, the TraceListener footer,
// PSFramework's CSV, pktmon's text, Event Viewer's tab-delimited export, DebugView's saved log,
// wbadmin's version list and netsh trace's converted text are in none. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Trace-Command's, pktmon's, Event Viewer's, PSFramework's and netsh
// trace's times carry no zone and are taken as UTC (the 12-hour ones read with their AM/PM);
// the TraceListener's DateTime= footer is UTC by its Z; DebugView's bare time of day is on the
// clock's day; wbadmin's `Backup time:` is local and zone-less (taken as UTC) and its `Version
// identifier:` is the same instant in UTC, so either is accepted. Levels only where the line marks
// one: PowerShell's `DEBUG:` stream prefix on every Trace-Command line (the `Information` after
// the source is the trace's event type inside that debug output), TraceEventType's word before
// `: id :`, PSFramework's Level column (Verbose and Debug as debug, Warning, Error), Event
// Viewer's Level column; pktmon's, DebugView's, wbadmin's and netsh trace's lines carry none.
// The host is the record's host field: PSFramework's ComputerName; addresses in a packet line,
// a backup share's server and a PID are no hosts. A record that spans lines is one entry: the
// TraceListener line with its indented footer, pktmon's header with its indented packet line,
// Event Viewer's quoted description continued on lines of its own, wbadmin's block of labelled
// lines with the blank line after it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit c6de9a4 before any rule for it: level 91.7 %, time 79.2 %, host 91.7 %, records 75.0 %.
// That is the macro figure (micro: level 92.9 %, time 78.6 %, host 92.9 %, records 82.1 %), in a
// worktree at c6de9a4 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (Trace-Command, PSFramework's CSV, pktmon, Event Viewer's export, netsh
// trace's text); the gaps are the TraceListener's records with their footers, DebugView's time of
// day after its index, and wbadmin's blocks.

var fresh375Cases = []worldCase{
	{
		name:   "powershell7-trace-command-pshost-debug",
		source: "PowerShell 7's `Trace-Command -Name ParameterBinding,TypeConversion -PSHost { … }` (each trace line written to the debug stream as `DEBUG: yyyy-MM-dd HH:mm:ss.ffff Source Information: 0 : msg`, the message indented by binding depth): PowerShell/PowerShell issues #12787, #14701 and #20158",
		why:    "PowerShell's DEBUG: prefix before a zone-less date with four fractional digits; the trace source and its event type `Information: 0 :` follow the time; bracketed paths and parameter names are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2231Z", Debug, "", "DEBUG: 2026-11-29 07:41:16.2231 ParameterBinding Information: 0 : BIND NAMED cmd line args [Get-ChildItem]"),
			we("2026-11-29T07:41:16.224Z", Debug, "", `DEBUG: 2026-11-29 07:41:16.2240 ParameterBinding Information: 0 :     BIND arg [D:\Shares\Finance] to parameter [Path]`),
			we("2026-11-29T07:41:16.2262Z", Debug, "", "DEBUG: 2026-11-29 07:41:16.2262 ParameterBinderController Information: 0 :  WriteLine   CurrentParameterSetName = Items"),
			we("2026-11-29T07:41:16.2301Z", Debug, "", `DEBUG: 2026-11-29 07:41:16.2301 TypeConversion Information: 0 : Converting "D:\Shares\Finance" to "System.String[]".`),
			we("2026-11-29T07:41:16.2388Z", Debug, "", "DEBUG: 2026-11-29 07:41:16.2388 ParameterBinding Information: 0 : MANDATORY PARAMETER CHECK on cmdlet [Get-ChildItem]"),
		},
	},
	{
		name:   "dotnet-textwritertracelistener-output-options",
		gap:    "trawl joins every `Source Level: id : msg` line with its indented ProcessId=/ThreadId=/DateTime= footer into the first record: the next `OrdersSync Warning: 3 :` header line is not read as a record start, so the later records lose their level and DateTime= time",
		source: "a .NET Framework Windows service traced through System.Diagnostics with a TextWriterTraceListener and traceOutputOptions=\"ProcessId, ThreadId, DateTime\" in its .config (`Source Level: id : msg`, then the footer lines indented by the listener's IndentSize, DateTime= in UTC round-trip form): from memory of System.Diagnostics' TraceListener.WriteFooter",
		why:    "the record's only time is the DateTime= line after it; TraceEventType's word before `: id :` is the level; the indented footer is the record's own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.1234567Z", Info, "",
				"OrdersSync Information: 0 : Polling queue orders-in on SQL02",
				"    ProcessId=4412",
				"    ThreadId=7",
				"    DateTime=2026-11-29T07:41:16.1234567Z"),
			we("2026-11-29T07:41:19.0047311Z", Warn, "",
				"OrdersSync Warning: 3 : Batch 8841 held back: 2 lines reference a retired SKU",
				"    ProcessId=4412",
				"    ThreadId=7",
				"    DateTime=2026-11-29T07:41:19.0047311Z"),
			we("2026-11-29T07:41:22.5518820Z", Error, "",
				"OrdersSync Error: 1042 : Timeout expired after 30 s writing batch 8842",
				"    ProcessId=4412",
				"    ThreadId=11",
				"    DateTime=2026-11-29T07:41:22.5518820Z"),
		},
	},
	{
		name:   "psframework-logfile-provider-csv",
		source: "PSFramework's logfile logging provider writing CSV (`Set-PSFLoggingProvider -Name logfile -FilePath … -Enabled $true`: a header row of the chosen columns, every field quoted, the Timestamp in the current culture's `M/d/yyyy h:mm:ss tt`): PowershellFrameworkCollective/psframework issues #414, #260, #391 and #441; the default column list from memory",
		why:    "a quoted CSV row with the machine's name first, the level as a word of PSFramework's own (Verbose, Warning, Error, Debug), a 12-hour time with AM/PM late in the row; the line number and runspace GUID are no times",
		entries: []worldEntry{
			wskip(`"ComputerName","File","FunctionName","Level","Line","Message","ModuleName","Runspace","Tags","TargetObject","Timestamp","Username"`),
			we("2026-11-29T07:41:16Z", Debug, "WS-0412", `"WS-0412","C:\Scripts\Sync-Users.ps1","Sync-Users","Verbose","42","Reading 118 accounts from OU=Staff,DC=corp,DC=example","<Unknown>","5f0c2d1e-9a47-4b3e-8c21-7d6e0f1a2b3c","","","11/29/2026 7:41:16 AM","CORP\svc-sync"`),
			we("2026-11-29T07:41:18Z", Warn, "WS-0412", `"WS-0412","C:\Scripts\Sync-Users.ps1","Sync-Users","Warning","77","Account rkhan has no manager set","<Unknown>","5f0c2d1e-9a47-4b3e-8c21-7d6e0f1a2b3c","","rkhan","11/29/2026 7:41:18 AM","CORP\svc-sync"`),
			we("2026-11-29T19:41:20Z", Error, "WS-0412", `"WS-0412","C:\Scripts\Sync-Users.ps1","Set-MailboxQuota","Error","131","Failed to set quota for tmoreau: The operation couldn't be performed because object 'tmoreau' couldn't be found","<Unknown>","5f0c2d1e-9a47-4b3e-8c21-7d6e0f1a2b3c","quota","tmoreau","11/29/2026 7:41:20 PM","CORP\svc-sync"`),
			we("2026-11-29T19:41:21Z", Debug, "WS-0412", `"WS-0412","C:\Scripts\Sync-Users.ps1","Sync-Users","Debug","150","Sync finished: 117 ok, 1 failed","<Unknown>","5f0c2d1e-9a47-4b3e-8c21-7d6e0f1a2b3c","","","11/29/2026 7:41:21 PM","CORP\svc-sync"`),
		},
	},
	{
		name:   "pktmon-etl2txt-text",
		source: "Windows Packet Monitor's `pktmon etl2txt PktMon.etl` (`[cpu]pid.tid::yyyy-MM-dd HH:mm:ss.fffffff00 [Microsoft-Windows-PktMon] PktGroupId n, PktNumber n, Appearance n, Direction Tx|Rx , Type Ethernet , Component n, …`, the decoded packet on a tab-indented line under it, drop records with `Drop:`): Microsoft Learn 'Pktmon command formatting' (the etl2txt step); the line layout from memory",
		why:    "a bracketed CPU and pid.tid glued to `::` before a zone-less date with nine fractional digits; the packet line under it is the same record; addresses, ports and the drop location are no hosts or times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4128177Z", Unknown, "",
				"[00]0000.0000::2026-11-29 07:41:16.412817700 [Microsoft-Windows-PktMon] PktGroupId 1, PktNumber 1, Appearance 1, Direction Tx , Type Ethernet , Component 14, Edge 1, Filter 1, OriginalSize 74, LoggedSize 74",
				"\t00-15-5D-2A-41-07 > 00-15-5D-2A-41-01, ethertype IPv4 (0x0800), length 74: 10.40.2.15.51844 > 10.40.2.9.443: Flags [S], seq 3012445771, win 64240, options [mss 1460,nop,wscale 8,nop,nop,sackOK], length 0"),
			we("2026-11-29T07:41:16.4136102Z", Unknown, "",
				"[00]0000.0000::2026-11-29 07:41:16.413610200 [Microsoft-Windows-PktMon] PktGroupId 2, PktNumber 1, Appearance 1, Direction Rx , Type Ethernet , Component 14, Edge 1, Filter 1, OriginalSize 66, LoggedSize 66",
				"\t00-15-5D-2A-41-01 > 00-15-5D-2A-41-07, ethertype IPv4 (0x0800), length 66: 10.40.2.9.443 > 10.40.2.15.51844: Flags [S.], seq 880143392, ack 3012445772, win 65535, options [mss 1460,nop,wscale 8,nop,nop,sackOK], length 0"),
			we("2026-11-29T07:41:16.4182204Z", Unknown, "",
				"[01]0000.0000::2026-11-29 07:41:16.418220400 [Microsoft-Windows-PktMon] Drop: PktGroupId 3, PktNumber 1, Appearance 1, Direction Rx , Type Ethernet , Component 14, Filter 1, DropReason Filtered VLAN , DropLocation 0xE000389B, OriginalSize 60, LoggedSize 60",
				"\t00-15-5D-2A-41-33 > FF-FF-FF-FF-FF-FF, ethertype ARP (0x0806), length 60: Request who-has 10.40.2.1 tell 10.40.2.77, length 46"),
		},
	},
	{
		name:   "eventviewer-save-as-tab-delimited-text",
		source: "Event Viewer's `Save All Events As…` with `Text (Tab delimited) (*.txt)` (a header `Level	Date and Time	Source	Event ID	Task Category`, then one row an event with its description last, a description of several lines quoted and continued on lines of its own): from memory",
		why:    "the level word opens the row; a local 12-hour date and time with no zone; a quoted description runs over lines that are the same record; the hex `time stamp: 0x…` is no time",
		entries: []worldEntry{
			wskip("Level\tDate and Time\tSource\tEvent ID\tTask Category"),
			we("2026-11-29T07:41:16Z", Info, "", "Information\t11/29/2026 7:41:16 AM\tService Control Manager\t7036\tNone\tThe Windows Update service entered the running state."),
			we("2026-11-29T07:41:19Z", Warn, "", "Warning\t11/29/2026 7:41:19 AM\tMicrosoft-Windows-Time-Service\t129\tNone\tNTP Client was unable to set a domain peer to use as a time source because of discovery error. NTP Client will try again in 15 minutes and double the reattempt interval thereafter."),
			we("2026-11-29T07:42:03Z", Error, "",
				"Error\t11/29/2026 7:42:03 AM\tApplication Error\t1000\t(100)\t\"Faulting application name: OrdersSync.exe, version: 4.2.0.0, time stamp: 0x6a1f2c3d",
				"Faulting module name: KERNELBASE.dll, version: 10.0.20348.2849, time stamp: 0x2b9f1c7e",
				"Exception code: 0xe0434352",
				"Faulting process id: 0x113c\""),
			we("2026-11-29T19:05:40Z", Info, "", "Information\t11/29/2026 7:05:40 PM\tMsiInstaller\t1033\tNone\tWindows Installer installed the product. Product Name: Orders Sync Agent. Product Version: 4.2.1. Product Language: 1033. Manufacturer: Example Corp. Installation success or error status: 0."),
		},
	},
	{
		name:   "sysinternals-debugview-saved-clock-time",
		gap:    "trawl reads no time from `00000001<TAB>07:41:16.104<TAB>[4412] msg`: the bare time of day after the zero-padded index and a tab is not read",
		source: "Sysinternals DebugView's File > Save with Options > Clock Time and Show Milliseconds (an eight-digit index, a tab, the time of day `HH:mm:ss.fff`, a tab, `[pid] ` and the OutputDebugString text): from memory",
		why:    "a zero-padded index before a bare time of day (on the clock's day); the `[4412]` after it is a pid, not a level or a host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.104Z", Unknown, "", "00000001\t07:41:16.104\t[4412] OrdersSync: connected to SQL02 in 38 ms"),
			we("2026-11-29T07:41:16.377Z", Unknown, "", "00000002\t07:41:16.377\t[4412] OrdersSync: queue depth 12"),
			we("2026-11-29T07:41:17.902Z", Unknown, "", `00000003	07:41:17.902	[7720] ShellExt: CopyHook invoked for C:\Users\lin\Desktop\q4.xlsx`),
			we("2026-11-29T07:41:18.015Z", Unknown, "", "00000004\t07:41:18.015\t[4412] OrdersSync: batch 8841 sent (2 held)"),
		},
	},
	{
		name:   "wbadmin-get-versions-blocks",
		gap:    "trawl cuts wbadmin's block after its `Backup location:` line: `Version identifier:`, `Can recover:` and `Snapshot ID:` are not joined to the `Backup time:` line that opens the block",
		source: "Windows Server Backup's `wbadmin get versions` (the tool's banner, then a block a backup: `Backup time:` in local time without seconds, `Backup location:`, `Version identifier: MM/dd/yyyy-HH:mm` in UTC, `Can recover:`, `Snapshot ID:`, a blank line): from memory",
		why:    "a labelled local time and a labelled UTC identifier of the same backup (either accepted); a block of labelled lines with the blank line after it is one record; the share's server is no host",
		entries: []worldEntry{
			wskip("wbadmin 1.0 - Backup command-line tool", "(C) Copyright Microsoft Corporation. All rights reserved.", ""),
			we("2026-11-28T21:00:00Z|2026-11-29T05:00:00Z", Unknown, "",
				"Backup time: 11/28/2026 9:00 PM",
				`Backup location: Network Share labeled \\nas02\wsb\FS-03`,
				"Version identifier: 11/29/2026-05:00",
				"Can recover: Volume(s), File(s), Application(s), Bare Metal Recovery, System State",
				"Snapshot ID: {3f0a9c1e-7b2d-4e58-a6c1-0d9e8f7a6b54}",
				""),
			we("2026-11-29T03:00:00Z|2026-11-29T11:00:00Z", Unknown, "",
				"Backup time: 11/29/2026 3:00 AM",
				`Backup location: Network Share labeled \\nas02\wsb\FS-03`,
				"Version identifier: 11/29/2026-11:00",
				"Can recover: Volume(s), File(s), Application(s), Bare Metal Recovery, System State",
				"Snapshot ID: {9b7e1d2c-4a6f-4c30-8e15-2f1a0b9c8d73}",
				""),
		},
	},
	{
		name:   "netsh-trace-convert-text-lrm",
		source: "`netsh trace convert input=NetTrace.etl dump=txt` on Windows 10/Server 2019 (`[cpu]pid.tid::yyyy-MM-dd HH:mm:ss.fffffff [provider]message`, the date's parts separated by U+200E left-to-right marks as the culture's date string writes them): from memory",
		why:    "invisible U+200E marks inside the date; a bracketed CPU and pid.tid glued to `::`; the provider in brackets glued to the message; a connection pointer and sequence numbers are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.1234567Z", Unknown, "", "[0]0A3C.1F44::\u200e2026\u200e-\u200e11\u200e-\u200e29 07:41:16.1234567 [Microsoft-Windows-TCPIP]TCP: connection 0xffffc28a41e7b010 transition from SynSentState to EstablishedState, SndNxt = 3012445772."),
			we("2026-11-29T07:41:16.1301188Z", Unknown, "", "[0]0A3C.1F44::\u200e2026\u200e-\u200e11\u200e-\u200e29 07:41:16.1301188 [Microsoft-Windows-Winsock-AFD]socket: 0 (0x0): Process 0xffffc28a3f21c080 (0x00000A3C), Endpoint 0xffffc28a40b3e8a0, Family 2 (0x2), Type SOCK_STREAM, Protocol 6 (0x6), Seq 1011 (0x3F3), Status Success (0x0)"),
			we("2026-11-29T07:41:17.0044410Z", Unknown, "", "[1]0004.0058::\u200e2026\u200e-\u200e11\u200e-\u200e29 07:41:17.0044410 [Microsoft-Windows-NDIS-PacketCapture]Packet Fragment (74 (0x4A) bytes)"),
		},
	},
}

func TestFresh375Formats(t *testing.T) { assertTable(t, fresh375Cases) }
func TestFresh375Score(t *testing.T) {
	checkScore(t, "fresh375 formats", fresh375Cases, [worldNumFields]float64{91.6, 79.1, 91.6, 74.9})
}
