package parse

import "testing"

// The five-hundred-and-fifty-fifth fresh table: Windows text logs, a thirteenth pass, in shapes no
// earlier table holds. Each family is one product's documented or observed output: SQL Server
// setup's bootstrap log SqlSetup.log (`MM/dd/yyyy HH:mm:ss.fff msg`); ldifde's import console
// (untimed lines); dfsrdiag's backlog report (a count line, then indented numbered file names);
// manage-bde -status (a banner, then indented `Key:  value` lines); Install-WindowsFeature's
// result table (a header, a dashed rule, untimed rows); DxDiag.txt's System Information block
// (right-aligned `Key: value` lines, `Time of this report: M/d/yyyy, HH:mm:ss`); SQL Server's
// SQLVDI.LOG (a `yyyy/MM/dd HH:mm:ss pid(n) tid(n)` line and four lines under it); Sigverif.txt
// (`Log file generated on M/d/yyyy at h:mm AM`, then a file table).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`ExchangeSetup`, `Exchange Server`, `SSRS`, `ReportServerService`,
// `w3wp!library`, `library!`, `Netlogon`, `SamLogon`, `DFSR`, `Join::`, `HTTPERR`, `ConnLimit`,
// `DhcpSrvLog`, `DhcpV6`, `dhcp server audit`, `PACKET  `, `UDP Rcv`, `dns debug`, `cluster.log`,
// `[RES]`, `[RCM]`, `ERRORLOG`, `SQLServerAgent`, `SQLAGENT`, `Slp:`, `Summary.txt`, `Burn v`,
// `i001:`, `MSI (s)`, `MSI (c)`, `setupapi`, `Section start`, `WindowsUpdate.log`,
// `SoftwareDistribution`, `WsusService`, `MPLog`, `Defender`, `pfirewall`, `robocopy`, `setupact`,
// `Panther`, `MoSetup`, `dism`, `DISM Provider`, `SharePoint`, `ULS`, `MessageTracking`,
// `SmtpReceive`, `Frontend`, `vs_installer`, `dd_setup`, `ccmsetup`, `WinGet`, `AppxDeployment`,
// `IAS`, `NPS`, `wmiprov`, `RDS`, `ADFS`, `WSUS`, `Get-WindowsUpdateLog`, `SCCM`, `HealthService`,
// `SCOM`, `Windows Admin Center`, `Hyper-V`, `vmms`, `print`, `W3SVC`, `MSFTPSVC`, `SMTPSVC`,
// `u_ex`, `u_in`, `Exchange`, `Team Foundation`, `Azure DevOps agent`, `Worker_`, `Agent_`,
// `AzureArc`, `himds`, `Windows Server Backup`, `wbadmin`, `sqlservr`, `SQLDUMPER`, `msdtc`,
// `ReportingServicesService`, `SSIS`, `DTExec`, `SQLFT`, `Full-text`, `msmdsrv`,
// `flight recorder`, `Pop3`, `Imap4`, `ReportingEvents`, `AGENT_DETECTION`, `PFRO`, `SetupDiag`,
// `NetpDoDomainJoin`, `netsetup`, `dcpromo`, `BDD.log`, `ZTIGather`, `W32Tm`, `w32time`,
// `certocm`, `certutil`, `AADConnect`, `Azure AD Connect`, `Entra Connect`, `RASMAN`, `tracing`,
// `WDSServer`, `dd_NDP`, `RSPowerBI`, `Connectivity`, `SmtpSend`, `Hybrid Configuration`, `HCW`,
// `MSExchange`, `Transport`, `SQLTELEMETRY`, `PolyBase`, `SQLAGENT.OUT`, `Windows Time`,
// `wuauclt`, `WUAHandler`, `UpdatesDeployment`, `ccmexec`, `DeploymentShare`, `sysprep`,
// `IIS Express`, `iisexpress`, `Web Deploy`, `msdeploy`, `WebPI`, `ARR`,
// `Exchange Management Shell`, `OABGen`, `EdgeSync`, `ADPREP`, `adprep`, `ntfrs`, `NTFRS`,
// `dfsrdiag`, `NtFrsApi`, `AgentProcess`, `HttpProxy`, `DReplay`, `No replicated transactions`,
// `Log Reader`, `MSDPM`, `DPM`, `transcript`, `dsetup`, `DirectX.log`, `comsetup`, `COM+[`,
// `iis.log`, `ServerManager`, `poqexec`, `Malicious Software Removal`, `mrt.log`, `ReAgent`,
// `IntuneManagementExtension`, `wsussetup`, `SQLDIAG`, `SqlWriter`, `TID `, `Maintenance Plan`,
// `Server Maintenance Utility`, `Date and time:`, `AgentLog`, `Launchpad`, `sqlceip`,
// `dtcinstall`, `MSMQ`, `SetupAct`, `ocsetup`, `OCSetup`, `Dism++`, `wpeinit`, `wpeinit.log`,
// `WinPE`, `imagex`, `DiskPart`, `diskpart`, `BITS`, `bitsadmin`, `msiexec`, `Orca`,
// `SQLServer2022`, `SQL Server 2022`, `Availability group`, `HADR`, `Windows Server Update`,
// `WindowsServerBackup`, `CertSrv`, `Certificate Services`, `AD CS`, `NDES`, `mscep`,
// `iissetup`, `Component Based Setup`, `chocolatey`, `Inno Setup`, `Log opened`, `InstallShield`,
// `Squirrel`, `ClickOnce`, `Advanced Installer`, `OpenSSH`, `sshd.log`, `Change.log`,
// `sqllogship`, `Log shipping`, `ServiceControl`, `PSCDiagnostics`, `psconfig`, `Upgrade-`,
// `Lync`, `Skype for Business`, `BizTalk`, `Dynamics`, `MIM`, `FIM`, `DirSync`, `UpdateCas`,
// `ServerManager.log`, `Exchange Online`, `Migration`, `ADMT`, `WAP`, `Web Application Proxy`,
// `PrintBRM`, `WSUSContent`, `WsusUtil`, `wsusutil`, `Windows Update for Business`, `UUP`,
// `SetupHost`, `WindowsInstaller`, `NuGet`, `nuget`, `MSBuild`, `vcredist`, `Windows Terminal`,
// `winsat`, `SQLVDI`, `pid(`, `RpcClientAccess`, `client-software`, `ClCfgSrv`, `DPX`,
// `SqlSetup_Local`, `Setup launched`, `sqlbrowser`, `Windows Search`, `gatherer`, `BranchCache`,
// `WinRM`, `Sysmon`, `w3wp`, `aspnet_regiis`, `aspnet`, `dotnet-install`, `TiWorker`,
// `WaaSMedic`, `setupmem`, `Usoclient`, `UpdateOrchestrator`, `wsreset`, `Windows Store`,
// `AppReadiness`, `sdbinst`, `MigLog`, `CompatTelRunner`, `appraiser`, `DeviceCensus`,
// `OneDrive`, `OneDriveSetup`, `SyncDiagnostics`, `Teams`, `Ceres`, `noderunner`, `wlbs`, `NLB`,
// `pnputil`, `ntdsutil`, `ldifde`, `csvde`, `SrtTrail`, `Startup Repair`, `sigverif`,
// `Signature Verification`, `DxDiag`, `Time of this report`, `ntbtlog`, `Loaded driver`,
// `Did not load driver`, `resetlog`, `netsh int`, `bootex`, `SqlSetup.log`,
// `Attempting to determine media`, `Error on Global`, `CVDS`, `SQLVDIMemoryName`, `wevtutil`,
// `Event[0]`, `Msg 2627`, `Level 14, State`, `Level 16, State`, `Backlog File Count`,
// `Logging in as current user`, `entries modified successfully`, `Media source`,
// `Windows Memory Diagnostic`, `setupcl`, `SetupComplete`, `unattend`, `Specialize`, `OOBE`,
// `Restart Needed`, `Deployment Image Servicing and Management tool`, `Beginning system scan`,
// `nltest`, `gpresult`, `RSOP data`, `manage-bde`, `BitLocker Drive Encryption`,
// `Backlog File`, `sqlcmd`). None of SqlSetup.log, ldifde's console, dfsrdiag's backlog,
// manage-bde, Install-WindowsFeature's table, DxDiag.txt, SQLVDI.LOG or Sigverif.txt is in any
// table: `DxDiag` and `Time of this report` match only fresh481's list of greps, `CVDS` an oVirt
// line, `Signature Verification` other products' messages, `Media source` another product's line,
// `NLB` AWS's load balancer, `DFSR` its debug log (not dfsrdiag). Left out as measured already: CBS,
// DISM, setupapi, Panther's setupact, WindowsUpdate.log and ReportingEvents, WSUS and its setup
// log, MSI and Burn, SQL Server's ERRORLOG, agent, full-text, setup Detail.txt and Summary.txt,
// SSRS and Power BI Report Server, SSAS's msmdsrv.log, SQLDIAG and LogScout, replication agents'
// output files and sqllogship, Exchange's setup, protocol, tracking, RCA, HCW and agent logs, IIS
// (and IIS 7 setup's iis7.log), SMTP and FTP logs, DHCP and DNS server logs, the failover cluster
// log, netsetup, dcpromo, NTFRS, PFRO, MRT, MPLog, w32time, comsetup, ntbtlog, WinSAT, Server
// Manager's log, Azure AD Connect's trace, DPM, Windows Server Backup, wevtutil's text output,
// the VSIX installer, Inno, Squirrel, Chocolatey, WinGet. Left out as not confirmed by any search:
// Windows 2003 cluster setup's ClCfgSrv.log and netsh int ip reset's resetlog.txt. The table holds
// 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). SqlSetup.log, DxDiag's report time, SQLVDI.LOG and Sigverif.txt write the
// machine's zone-less local time, taken as UTC; ldifde, dfsrdiag, manage-bde and
// Install-WindowsFeature print no time, and their lines expect none (a file row's Modified date in
// Sigverif.txt is the file's, not the record's). No family marks a level: `Error on …`,
// `Add error`, `Success`, `NoChangeNeeded` and `Signed` are words or statuses, not level fields.
// No family has a host field: ldifde's domain controller, dfsrdiag's `Member <DC02>` and DxDiag's
// `Machine name` are no record's host. A record that spans lines is one entry: SQLVDI.LOG's stamp
// line with its four lines. Banners, column headers and dashed rules are fed but not scored.
//
// The shapes come from the documentation, sources and pasted outputs each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); where a search did not
// confirm a layout the source says "from memory" (SQLVDI.LOG's record and Sigverif.txt's exact
// layout). Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit a457dc5 before any rule for it: level 71.7 %, time 69.2 %, host 71.7 %, records 67.1 %.
// That is the macro figure (micro: level 69.2 %, time 66.7 %, host 69.2 %, records 64.1 %), in a
// worktree at a457dc5 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are that blank-led lines (dfsrdiag's numbered file names,
// manage-bde's indented key-value lines, DxDiag's right-aligned lines) are joined to the line above
// them though each is a record of its own, DxDiag's `M/d/yyyy, HH:mm:ss` report time is therefore
// never read, and Sigverif.txt's `M/d/yyyy at h:mm AM` time is not read.

var fresh555Cases = []worldCase{
	{
		name:   "sqlserver-setup-bootstrap-sqlsetup-log",
		source: "SQL Server setup's bootstrap log (%temp%\\SqlSetup.log and Setup Bootstrap\\Log\\<stamp>\\SqlSetup_*.log, written by the unmanaged setup.exe before setup100.exe: `MM/dd/yyyy HH:mm:ss.fff msg`, a line of `=` opening each run): a blog post pasted in a repository, found with find_string (`Setup launched`, `Attempting to determine media source`, `Media source: …`); the MSDN SQL Server FAQ blog on how SQL Server 2008 setup works (the pages search)",
		why:    "a month-first slashed date with milliseconds and no zone (UTC by the rules); no level; the media path and file names are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.079Z", Unknown, "", "11/29/2026 07:41:16.079 ======================================================================"),
			we("2026-11-29T07:41:16.235Z", Unknown, "", "11/29/2026 07:41:16.235 Setup launched"),
			we("2026-11-29T07:41:16.282Z", Unknown, "", "11/29/2026 07:41:16.282 Attempting to determine media source"),
			we("2026-11-29T07:41:16.329Z", Unknown, "", "11/29/2026 07:41:16.329 Media source value not specified on command line argument."),
			we("2026-11-29T07:41:16.407Z", Unknown, "", `11/29/2026 07:41:16.407 Media source: D:\x64\setup\`),
			we("2026-11-29T07:41:17.046Z", Unknown, "", `11/29/2026 07:41:17.046 Attempt to determine media layout based on file 'D:\mediainfo.xml'.`),
		},
	},
	{
		name:   "ldifde-import-console",
		source: "Windows Server's ldifde.exe (and adprep, which runs it) importing an LDIF file (`Connecting to \"dc\"`, `Logging in as current user using SSPI`, `Importing directory from file \"…\"`, `Loading entries...`, `n entries modified successfully.`, `Add error on line n: …` with the server's error lines under it, `The command has completed successfully`): MicrosoftDocs troubleshooting articles and ldifde's message file (MSG_LDIFDE_SSPILOCAL, MSG_LDIFDE_COMPLETE), found with find_string",
		why:    "untimed console lines, each its own record; the domain controller named in `Connecting to` is a peer, no host; no level (`error` is a word of the message)",
		entries: []worldEntry{
			we("", Unknown, "", `Connecting to "dc02.corp.brindlewood.example"`),
			we("", Unknown, "", "Logging in as current user using SSPI"),
			we("", Unknown, "", `Importing directory from file "C:\Temp\kiosk-accounts.ldf"`),
			we("", Unknown, "", "Loading entries....."),
			we("", Unknown, "", "4 entries modified successfully."),
			we("", Unknown, "", "The command has completed successfully"),
		},
	},
	{
		name:   "dfsrdiag-backlog-console",
		gap:    "the indented numbered `File name:` lines are joined to the line above them, where each is a record of its own",
		source: "Windows Server's dfsrdiag.exe backlog (`Member <name> Backlog File Count: n`, `Backlog File Names (first 100 files)`, numbered `File name:` lines, `No Backlog - member <a> is in sync with partner <b>`): PowerShell health-check scripts that parse it and a pasted SYSVOL runbook output, found with find_string (`Backlog File Count:`)",
		why:    "untimed console lines; `Member <DC02>` is the replication partner the count is about, not a host field; no level",
		entries: []worldEntry{
			we("", Unknown, "", "Member <DC02> Backlog File Count: 3"),
			we("", Unknown, "", "Backlog File Names (first 100 files)"),
			we("", Unknown, "", "     1. File name: GptTmpl.inf"),
			we("", Unknown, "", "     2. File name: Registry.pol"),
			we("", Unknown, "", "     3. File name: GPT.INI"),
		},
	},
	{
		name:   "manage-bde-status-console",
		gap:    "the indented `Key:  value` lines under `[OS Volume]` are joined to the line above them, where each is a record of its own",
		source: "Windows' BitLocker manage-bde.exe -status (banner `BitLocker Drive Encryption: Configuration Tool version 10.0.n`, a copyright line, `Volume C: [label]`, `[OS Volume]`, then indented `Key:  value` lines): forum posts and project tests pasting it, found with find_string",
		why:    "untimed indented key-value lines, each its own record; the banner's version and the percentages are no times; no level, no host",
		entries: []worldEntry{
			wskip("BitLocker Drive Encryption: Configuration Tool version 10.0.26100",
				"Copyright (C) 2013 Microsoft Corporation. All rights reserved.",
				""),
			we("", Unknown, "", "Volume C: [Windows]"),
			we("", Unknown, "", "[OS Volume]"),
			we("", Unknown, "", "    Size:                 237.87 GB"),
			we("", Unknown, "", "    Conversion Status:    Encryption in Progress"),
			we("", Unknown, "", "    Percentage Encrypted: 41.3%"),
			we("", Unknown, "", "    Protection Status:    Protection Off"),
		},
	},
	{
		name:   "install-windowsfeature-result-table",
		source: "Windows Server's Install-WindowsFeature / Add-WindowsFeature (ServerManager module) result table (`Success Restart Needed Exit Code      Feature Result`, a dashed rule, then `True    No             Success        {…}` rows): Microsoft Learn container and BITS docs and deployment write-ups, found with find_string",
		why:    "a column header and a dashed rule, then untimed result rows; `Success` and `NoChangeNeeded` are exit codes, no level",
		entries: []worldEntry{
			wskip("Success Restart Needed Exit Code      Feature Result",
				"------- -------------- ---------      --------------"),
			we("", Unknown, "", "True    No             Success        {Web Server (IIS), Web Server, Common HTTP F..."),
			we("", Unknown, "", "True    Yes            SuccessRest... {Failover Clustering}"),
			we("", Unknown, "", "True    No             NoChangeNeeded {}"),
		},
	},
	{
		name:   "dxdiag-report-header",
		gap:    "the right-aligned (blank-led) `Key: value` lines are joined to the header block before them, so no entry starts at them and the report time `M/d/yyyy, HH:mm:ss` is not read",
		source: "Windows' DirectX Diagnostic Tool saved report DxDiag.txt (`------------------` / `System Information` block, right-aligned `Key: value` lines, `Time of this report: M/d/yyyy, HH:mm:ss`): reports pasted in forum threads and a mailing list, found with find_string (`Time of this report:`)",
		why:    "a comma after the month-first date; only the report-time line has a time (zone-less, read as UTC); `Machine name` is a field of the report, not a record's host field; no level",
		entries: []worldEntry{
			wskip("------------------",
				"System Information",
				"------------------"),
			we("2026-11-29T07:41:16Z", Unknown, "", "      Time of this report: 11/29/2026, 07:41:16"),
			we("", Unknown, "", "             Machine name: WS-HARBOR-07"),
			we("", Unknown, "", "         Operating System: Windows 11 Pro 64-bit (10.0, Build 26100) (26100.ge_release.240331-1435)"),
			we("", Unknown, "", "                 Language: English (Regional Setting: English)"),
			we("", Unknown, "", "                   Memory: 16384MB RAM"),
		},
	},
	{
		name:   "sqlvdi-log-multiline-error",
		source: "SQL Server's Virtual Device Interface log (SQLVDI.LOG / VDI.LOG in the instance's log folder, before VDI errors moved to the Application event log: a `yyyy/MM/dd HH:mm:ss pid(n) tid(n)` line, then `Error on …`, `Error Code: …`, `Process Name: …`, `Description: …`): the VDI specification's Error Codes and Logs page (the pages search) names the log; the record layout from memory",
		why:    "a slashed date then pid( ) and tid( ): one record of five lines; `Error` is a word of the message, no level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"2026/11/29 07:41:16 pid(3512) tid(5208)",
				`Error on Global\{4F1A22C9-8B0D-4E57-A3F6-90C1D7E2B845}1_SQLVDIMemoryName_0`,
				"Error Code: 0(The operation completed successfully.)",
				"Process Name: sqlservr.exe",
				"Description: CVDS::Close: Open devices are being closed."),
			we("2026-11-29T07:52:40Z", Unknown, "",
				"2026/11/29 07:52:40 pid(6044) tid(1720)",
				`Error on Global\{9C07E3B1-55AA-4D2E-8F19-3B6E0A71C4D2}1_SQLVDIMemoryName_0`,
				"Error Code: -2139684861(0x80770003)",
				"Process Name: vsbackup.exe",
				"Description: CVDS::ReadyForCommit: The object was not open."),
			we("2026-11-29T08:03:05Z", Unknown, "",
				"2026/11/29 08:03:05 pid(3512) tid(4480)",
				`Error on Global\{4F1A22C9-8B0D-4E57-A3F6-90C1D7E2B845}2_SQLVDIMemoryName_0`,
				"Error Code: 0(The operation completed successfully.)",
				"Process Name: sqlservr.exe",
				"Description: CVD::Close: Open devices are being closed."),
		},
	},
	{
		name:   "sigverif-txt-report",
		gap:    "the time in `Log file generated on M/d/yyyy at h:mm AM` (a date, `at`, then an AM/PM time without seconds) is not read",
		source: "Windows' File Signature Verification tool's log %SystemRoot%\\Sigverif.txt (a `Microsoft Signature Verification` title, `Log file generated on M/d/yyyy at h:mm AM`, a scan summary, then a column table of files under `[folder]` lines): the Windows Server 2003 upgrade guide (the pages search) names the file and its columns; the exact layout from memory",
		why:    "the generated-on line's time with `at` between the date and an AM/PM time (zone-less, UTC); a file row's Modified date is the file's, no time of the record; `Signed` is a status, no level",
		entries: []worldEntry{
			wskip("Microsoft Signature Verification", ""),
			we("2026-11-29T07:41:00Z", Unknown, "", "Log file generated on 11/29/2026 at 07:41 AM"),
			we("", Unknown, "", "OS Platform: Windows 10 (x64), Version: 10.0, Build: 19045, CSDVersion: "),
			we("", Unknown, "", "Scan Results: Total Files:  412, Signed: 398, Unsigned: 14, Not Scanned: 0"),
			we("", Unknown, "", "[c:\\windows\\system32\\drivers]"),
			we("", Unknown, "", "hwtrace64.sys          11/12/2026    3.1.0.7         Not Signed      None            None"),
		},
	},
}

func TestFresh555Formats(t *testing.T) { assertTable(t, fresh555Cases) }
func TestFresh555Score(t *testing.T) {
	checkScore(t, "fresh555 formats", fresh555Cases, [worldNumFields]float64{71.6, 69.1, 71.6, 67.0})
}
