package parse

import "testing"

// The four-hundred-and-forty-ninth fresh table, written on 2026-12-07: Windows text logs, a tenth
// pass (setup, installers, drivers, IIS, SQL Server, Exchange and Group Policy's text output), in
// shapes no earlier table holds. Each family is one product's documented or observed output:
// SqlPackage's diagnostics file (`/Diagnostics:True /DiagnosticsFile:`, DacFx's TraceSource lines
// `Microsoft.Data.Tools.Diagnostics.Tracer Level: id : yyyy-MM-ddTHH:mm:ss : msg` between the
// console's untimed progress lines); the Exchange Hybrid Configuration Wizard's log
// (`yyyy.MM.dd HH:mm:ss.fff [*ERROR*|WARNING] id [Client=UX, …, Thread=N] msg`, an exception's
// indented lines under its error line); Npcap's driver-installer trace NPFInstall.log
// (`[thread in hex] yyyy-MM-dd HH:mm:ss ` before `-->`, `<--` and indented trace lines); the File
// Replication Service's debug log of SYSVOL, where Group Policy's files replicate
// (`<Thread: tid: line: Sn: HH:MM:SS> msg`, a time of day and no date); `gpupdate /force` on a
// console; Exchange 2019's unattended Setup.exe on a console (step lines padded out to COMPLETED or
// FAILED, the error paragraph after them); SQL Server's bcp utility (its progress lines, the ODBC
// diagnostics as `SQLState = …` with a `Warning = ` or `Error = ` line under it, the clock-time
// summary); `iisreset` and `iisreset /status`.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`burn v`, `]i001`, `inno setup`, `Time zone: UTC`, `smsadminui`, `$$<`, `SMS_`,
// `change.log`, `update services`, `wsusutil`, `hybrid`, `HCW`, `Client=UX`, `Activity=Tenant`,
// `Exchange Hybrid`, `ERROR*`, `Thread=`, `sqlwriter`, `SqlWriterLogger`, `scesrv`, `winlogon.log`,
// `Configure Security Policy`, `appmgmt`, `fdeploy`, `webpi`, `Web Platform`, `iisnode`,
// `Information: 0 :`, `setupdiag`, `Overall summary`, `pnputil`, `MpSigStub`, `mosetup`,
// `bluebox`, `setupcln`, `Mailbox Replication`, `ntfrs`, `SndCsMain`, `FrsDs`, `:DS:`, `S0: `,
// `Status Message`, `poqexec`, `sqlpackage`, `Diagnostics.Tracer`, `Initialized ModelSchema`,
// `Tracer `, `aspnet_regiis`, `ASPNETSetup`, `npcap`, `NPFInstall`, `OS info.`, `driverquery`,
// `ServiceControl`, `HybridConfiguration`, `jusched`, `velopack`, `zadig`, `libwdi`,
// `Cluster-Aware`, `Get-CauReport`, `mbsa`, `scecomp`, `freb`, `fr0000`, `msdeploy`, `devcon`,
// `LGPO`, `BackupToUrl`, `gpupdate`, `Updating policy`, `Policy update has completed`,
// `Computer Policy update`, `setup_main`, `chrome_installer`, `mini_installer`,
// `maintenanceservice`, `dcu-cli`, `AdobeARM`, `rows copied`, `Network packet size`,
// `Clock Time (ms.)`, `bcp `, `iisreset`, `Internet services successfully`, `Attempting stop`,
// `Prerequisite Analysis`, `Organization Preparation`). The theme's obvious files are measured
// already, in the nine Windows passes before this one (fresh4, fresh16, fresh115, fresh126,
// fresh134, fresh167, fresh314, fresh375, fresh411 and the Windows families of many others):
// setupapi, Panther, CBS, DISM, WindowsUpdate.log, ReportingEvents, WSUS's setup and
// SoftwareDistribution logs, MSI, Burn, Inno Setup, InstallShield, NSIS, IIS in its many formats
// with FREB, SQL Server's ERRORLOG, SQLAGENT.OUT, setup, replication agents, sqlcmd and SSIS,
// Exchange's protocol, tracking, setup and MRS logs, MECM's CMTrace and SMS-trace logs with the
// console's SmsAdminUI.log, gpsvc.log, userenv.log, the GPP trace, DFSR's debug log. SqlPackage's
// diagnostics file, the Hybrid Configuration Wizard's log, NPFInstall.log, NTFRS's debug log (left
// out of fresh314 unconfirmed; here from memory), gpupdate's and Exchange Setup's console output,
// bcp and iisreset are in none; a Chromium-style installer log (chrome_installer.log) is left out as
// the Chromium log shape is measured (world_test, fresh84, fresh91), and WSUS's Change.log,
// SqlWriterLogger.txt, winlogon.log and aspnet_regiis's setup log for no confirmed layout. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). SqlPackage's, the wizard's and NPFInstall's local times carry no zone and
// are taken as UTC; NTFRS's `07:41:16` is a time of day on the clock's day; gpupdate, Exchange
// Setup, bcp and iisreset write no time (bcp's `Clock Time (ms.)` is a duration, the wizard's
// `Test duration 00:02:41.17` too). Levels only where the line marks one: the TraceSource level
// word (Verbose read as debug), the wizard's `*ERROR*` and `WARNING` before the id, bcp's
// `Warning = ` and `Error = ` labels of an ODBC diagnostic; NTFRS's `S0`..`S5` is the print's debug
// threshold, no severity of the event, and FAILED, `warnings were encountered`, `hr = 0x…` or
// `failed` inside a message are no levels. No family has a host field: the SQL servers, the Exchange
// servers and domain controllers named in messages are peers, and Npcap's bracketed hex is a thread
// id. A record that spans lines is one entry: a TraceSource exception with its frames, the wizard's
// error line with its indented exception, bcp's SQLState line with its Warning or Error line, and
// a console line with the empty line after it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7e13a53 before any rule for it: level 91.3 %, time 81.9 %, host 94.4 %, records 88.5 %.
// That is the macro figure (micro: level 88.9 %, time 85.2 %, host 92.6 %, records 85.2 %), in a
// worktree at 7e13a53 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (SqlPackage's diagnostics file, the Hybrid Configuration Wizard's log,
// NPFInstall.log, gpupdate and iisreset); the gaps are NTFRS's time of day at the end of its
// bracketed header, Exchange Setup's indented step lines joined to their heading, and bcp's ODBC
// diagnostics split from their Warning or Error line.

var fresh449Cases = []worldCase{
	{
		name:   "sqlpackage-diagnostics-file-tracer",
		source: "SqlPackage (DacFx) run with `/Diagnostics:True /DiagnosticsFile:diag.txt`: the TextWriterTraceListener's `Microsoft.Data.Tools.Diagnostics.Tracer Information: 0 : 2019-06-17T14:26:43 : msg` lines between the console's untimed progress lines: MicrosoftDocs/sql-docs issue #2325 (a diagnostics paste), microsoft/DacFx issues #514 and #130; the exception's frames under an Error line from memory",
		why:    "the source name and the level word come first, the event id after them, and the ISO time without zone between ` : ` separators; the console's lines have no time; an exception's `   at` frames belong to its line",
		entries: []worldEntry{
			we("", Unknown, "", "Importing to database 'Orders_Stage' on server 'sql-stage-02'."),
			we("2026-11-29T07:41:16Z", Info, "", "Microsoft.Data.Tools.Diagnostics.Tracer Information: 0 : 2026-11-29T07:41:16 : Initialized ModelSchema - elements 152"),
			we("2026-11-29T07:41:16Z", Info, "", "Microsoft.Data.Tools.Diagnostics.Tracer Information: 19 : 2026-11-29T07:41:16 : IsolatedStorageFile probe success"),
			we("2026-11-29T07:41:18Z", Debug, "", "Microsoft.Data.Tools.Diagnostics.Tracer Verbose: 0 : 2026-11-29T07:41:18 : Opening connection to 'sql-stage-02', database 'Orders_Stage', timeout 60 seconds."),
			we("", Unknown, "", "Processing Table '[dbo].[OrderLines]'."),
			we("2026-11-29T07:41:24Z", Warn, "", "Microsoft.Data.Tools.Diagnostics.Tracer Warning: 0 : 2026-11-29T07:41:24 : Retrying the bulk insert of '[dbo].[OrderLines]' after a transient error (attempt 2 of 5)."),
			we("2026-11-29T07:41:31Z", Error, "",
				"Microsoft.Data.Tools.Diagnostics.Tracer Error: 0 : 2026-11-29T07:41:31 : Microsoft.SqlServer.Dac.DacServicesException: Could not import package.",
				"   at Microsoft.SqlServer.Dac.DacServices.ImportBacpac(BacPackage package, String targetDatabaseName, DacImportOptions options, CancellationToken cancellationToken)",
				"   at Microsoft.Data.Tools.Schema.CommandLineTool.DacServicesHelper.ExecuteImport(CommandLineArguments parsedArgs)"),
			we("", Unknown, "", "*** Error importing database:Could not import package."),
		},
	},
	{
		name:   "exchange-hcw-hybrid-configuration-log",
		source: "the Microsoft 365 Hybrid Configuration Wizard's log in %AppData%\\Microsoft\\Exchange Hybrid Configuration\\<yyyyMMdd_HHmmss>.log (`yyyy.MM.dd HH:mm:ss.fff`, `*ERROR*` or `WARNING` where the entry is one, a numeric id, `[Client=UX, Activity=…|Page=…, fn=…, Thread=N]`, an exception's lines indented under it): msxfaq.de 'HCW Logging', MicrosoftDocs SupportArticles 'cannot register hybrid agent' (the `[Client=UX, fn=SendAsync, Thread=…]` entries), Microsoft Q&A threads quoting `*ERROR* 10042 [Client=UX, Thread=1]`, `WARNING 10310 [Client=UX, Activity=Tenant Data Retrieval, Thread=11]` and `10390 [Client=UX, Page=HybridConnectorInstall, Thread=13] Test duration`",
		why:    "a dotted year-first date with milliseconds and no zone; `*ERROR*` in stars and WARNING between the time and the id, nothing on other entries; the id and the Thread= number are no times; the exception's indented lines belong to the error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026.11.29 07:41:16.204 10035 [Client=UX, Thread=1] Hybrid Configuration Wizard started, version 17.0.8119.0"),
			we("2026-11-29T07:41:22.517Z", Unknown, "", "2026.11.29 07:41:22.517 10225 [Client=UX, Activity=Tenant Connection Validation, Thread=7] Session=Tenant Cmdlet=Get-FederationInformation -DomainName 'fabrikam-eu.example' -BypassAdditionalDomainValidation: $true --->"),
			we("2026-11-29T07:41:40.881Z", Warn, "", "2026.11.29 07:41:40.881 WARNING 10310 [Client=UX, Activity=Tenant Data Retrieval, Thread=11] Coexistence domain NOT Found."),
			we("2026-11-29T07:44:03.35Z", Error, "",
				"2026.11.29 07:44:03.350 *ERROR* 10203 [Client=UX, Page=Configuring, fn=RunWorkflow, Thread=12] ",
				"                                      System.Management.Automation.RemoteException: The connection to the remote server exch-hub-03.fabrikam.example failed: WinRM cannot complete the operation.",
				"                                         at Microsoft.Online.CSE.Hybrid.Common.RemotePowershellSession.RunCommand(String cmdlet, Dictionary`2 parameters)"),
			we("2026-11-29T07:44:03.351Z", Unknown, "", "2026.11.29 07:44:03.351 10390 [Client=UX, Page=Configuring, Thread=12] Test duration 00:02:41.1736502"),
		},
	},
	{
		name:   "npcap-npfinstall-log-thread-prefix",
		source: "Npcap's driver installer NPFInstall.exe with its trace to C:\\Program Files\\Npcap\\NPFInstall.log (OutputDebugStringV writes `[%.08X] %.04u-%.02u-%.02u %.02u:%02u:%02u ` from GetCurrentThreadId and GetLocalTime before each message; TRACE_ENTER `--> func`, TRACE_EXIT `<-- func`, TRACE_PRINT four spaces, the OS-info banner): nmap/npcap packetWin7 debug.h (the _DEBUG_TO_FILE build), nmap/npcap CHANGELOG 0.10 r3, nmap/nmap issues #1845 and #1155 (users attaching the file)",
		why:    "a thread id in eight hex digits in brackets, then a local time without zone or fraction; no level and no host; the banner and arrow lines are records like any other",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[00001B74] 2026-11-29 07:41:16 --> PacketInstallDriver60"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[00001B74] 2026-11-29 07:41:16     ********************* OS info.*********************"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[00001B74] 2026-11-29 07:41:16 Architecture = AMD64"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[00001B74] 2026-11-29 07:41:16 Windows version = 6.3"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[00001B74] 2026-11-29 07:41:17     HrInstallNetComponent: installing INSECURE_NPCAP from C:\\Program Files\\Npcap\\npcap.inf, hr = 0x00000000"),
			we("2026-11-29T07:41:19Z", Unknown, "", "[00001B74] 2026-11-29 07:41:19 <-- PacketInstallDriver60"),
		},
	},
	{
		name:   "ntfrs-debug-log-sysvol-time-of-day",
		gap:    "trawl reads no time in `<SndCsMain:  2872:  816: S3: 07:41:16> msg`: the time of day closing the angle-bracketed thread/tid/line/severity header is not read (level and host are right)",
		source: "the File Replication Service's debug log %windir%\\debug\\NtFrs_0001.log on a Windows Server 2008 R2 domain controller replicating SYSVOL's Group Policy folders (`<ThreadName: tid: line: Sn: HH:MM:SS> msg`, `:DS:`, `:SR:` and `::` tags in the message): from memory (no search confirmed the layout)",
		why:    "the header in angle brackets ends in a time of day with no date (the clock's day); S0..S5 is the print's debug threshold, not a severity; the tid and source line are no times; the partner named in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "<SndCsMain:         2872:   816: S3: 07:41:16> :SR: Cmd 00A2B3C8, CxtG 6f4a1c2e, WS ERROR_SUCCESS, To   DC02.corp.example.org Len:  (366) [SndFail - rpc call]"),
			we("2026-11-29T07:41:18Z", Unknown, "", "<FrsDsGetComputer:  1916:   503: S0: 07:41:18> :DS: Computer's object is CN=DC01,OU=Domain Controllers,DC=corp,DC=example,DC=org"),
			we("2026-11-29T07:41:19Z", Unknown, "", "<ChgOrdAccept:      2960:   414: S1: 07:41:19> :: CoG 3c9e2a11, CxtG 000001a4, FV 5, FID 00060000 0000a41c, FN: GptTmpl.inf, [Create] staged"),
			we("2026-11-29T07:41:22Z", Unknown, "", "<FrsDsFindComputer: 1916:   211: S0: 07:41:22> :DS: WARN - Computer subscriber for DC03 not found; retrying in 5 minutes"),
		},
	},
	{
		name:   "gpupdate-force-console",
		source: "`gpupdate /force` in a Windows 10/11 or Server 2022 console (`Updating policy...`, an empty line, one `Computer Policy update has completed successfully.` and one User line, a warnings heading with an empty line and the client-side extension's sentence, the GPRESULT hint): from memory (the pages found describe the command, not its output)",
		why:    "no time, no level, no host anywhere; each line is its own record with the empty line after it; `warnings were encountered` and `failed` are words of the message, not levels",
		entries: []worldEntry{
			we("", Unknown, "", "Updating policy...", ""),
			we("", Unknown, "", "Computer Policy update has completed successfully."),
			we("", Unknown, "", "The following warnings were encountered during computer policy processing:", ""),
			we("", Unknown, "", "Windows failed to apply the Group Policy Drive Maps settings. Group Policy Drive Maps settings might have its own log file. Please click on the \"More information\" link."),
			we("", Unknown, "", "User Policy update has completed successfully.", ""),
			we("", Unknown, "", "For more detailed information, review the event log or run GPRESULT /H GPReport.html from the command line to access information about Group Policy results."),
		},
	},
	{
		name:   "exchange2019-setup-unattended-console",
		gap:    "trawl joins Setup's indented step lines (`    Prerequisite Analysis   …   COMPLETED`) to the unindented heading above them across the empty line, so each step padded to COMPLETED or FAILED is not a record of its own",
		source: "Exchange Server 2019 CU15's Setup.exe run unattended (`/Mode:Upgrade /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF`) in a console: the banner, the indented step lines padded to COMPLETED or FAILED, the error paragraph and the ExchangeSetup.log hint: from memory",
		why:    "no time, no level, no host; COMPLETED and FAILED are a step's status, not levels; the server named in the error paragraph is a peer",
		entries: []worldEntry{
			we("", Unknown, "", "Microsoft Exchange Server 2019 Cumulative Update 15 Unattended Setup", ""),
			we("", Unknown, "", "Performing Microsoft Exchange Server Prerequisite Check", ""),
			we("", Unknown, "", "    Prerequisite Analysis                                                                             COMPLETED", ""),
			we("", Unknown, "", "Configuring Microsoft Exchange Server", ""),
			we("", Unknown, "", "    Preparing Setup                                                                                   COMPLETED"),
			we("", Unknown, "", "    Stopping Services                                                                                 COMPLETED"),
			we("", Unknown, "", "    Mailbox role: Transport service                                                                   FAILED", ""),
			we("", Unknown, "", "The following error was generated when \"$error.Clear(); Install-ExchangeCertificate -Server $RoleFQDN -Services SMTP\" was run: \"The certificate for exch-mbx-07.corp.example.org could not be found.\".", ""),
			we("", Unknown, "", "The Exchange Server setup operation didn't complete. More details can be found in ExchangeSetup.log located in the <SystemDrive>:\\ExchangeSetupLogs folder."),
		},
	},
	{
		name:   "sqlserver-bcp-utility-console",
		gap:    "trawl splits an ODBC diagnostic: the `Warning = [Microsoft]…` and `Error = [Microsoft]…` line is not joined to its `SQLState = …, NativeError = …` line, so the record ends at the SQLState line and the Warning or Error label gives it no level",
		source: "SQL Server's bcp utility (ODBC Driver 18) in a console, `bcp Sales.dbo.Orders in orders.dat -S sql-stage-02 -T -c`: `Starting copy...`, the `1000 rows sent to SQL Server. Total sent: 1000` progress lines, each ODBC diagnostic as `SQLState = …, NativeError = …` with a `Warning = ` or `Error = ` line under it, the `rows copied`, `Network packet size (bytes)` and `Clock Time (ms.) Total` summary: from memory",
		why:    "no time at all (the clock time is a duration, the rate no time); an ODBC diagnostic is two lines and its Warning or Error label is its level; other lines have none",
		entries: []worldEntry{
			we("", Unknown, "", "Starting copy..."),
			we("", Warn, "",
				"SQLState = 01000, NativeError = 5701",
				"Warning = [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Changed database context to 'Sales'."),
			we("", Unknown, "", "1000 rows sent to SQL Server. Total sent: 1000"),
			we("", Unknown, "", "1000 rows sent to SQL Server. Total sent: 2000"),
			we("", Error, "",
				"SQLState = 22001, NativeError = 0",
				"Error = [Microsoft][ODBC Driver 18 for SQL Server]String data, right truncation",
				""),
			we("", Unknown, "", "2417 rows copied."),
			we("", Unknown, "", "Network packet size (bytes): 4096"),
			we("", Unknown, "", "Clock Time (ms.) Total     : 1844   Average : (1311.82 rows per sec.)"),
		},
	},
	{
		name:   "iisreset-console-and-status",
		source: "IIS's iisreset.exe in an elevated console (`Attempting stop...`, `Internet services successfully stopped`, `Attempting start...`, `Internet services successfully restarted`, the failure sentence) and `iisreset /status` (`Status for <display name> ( <service> ) : Running`): from memory",
		why:    "no time, level or host; `successfully stopped` and `failed` are message text; the service name in parentheses is no host",
		entries: []worldEntry{
			we("", Unknown, "", "Attempting stop..."),
			we("", Unknown, "", "Internet services successfully stopped"),
			we("", Unknown, "", "Attempting start..."),
			we("", Unknown, "", "Restart attempt failed."),
			we("", Unknown, "", "The IIS Admin Service or the World Wide Web Publishing Service, or a service dependent on them failed to start.  The service, or dependent services, may had an error during its startup or may be disabled."),
			we("", Unknown, "", "Status for IIS Admin Service ( IISADMIN ) : Running"),
			we("", Unknown, "", "Status for Windows Process Activation Service ( WAS ) : Running"),
			we("", Unknown, "", "Status for World Wide Web Publishing Service ( W3SVC ) : Stopped"),
		},
	},
}

func TestFresh449Formats(t *testing.T) { assertTable(t, fresh449Cases) }
func TestFresh449Score(t *testing.T) {
	checkScore(t, "fresh449 formats", fresh449Cases, [worldNumFields]float64{91.2, 81.8, 94.3, 88.4})
}
