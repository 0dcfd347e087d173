package parse

import "testing"

// The four-hundred-and-eighty-first fresh table: Windows text logs, an eleventh pass (Windows
// components' and services' text log files: setup, servicing, update, installers, IIS-adjacent
// tools, VDI profile agents and the tracing of a Windows HTTP stack), in shapes no earlier table
// holds. Each family is one product's documented or observed output: FSLogix's profile log (a
// bracketed time of day, `[tid:pid.tid]`, then `[INFO]`, `[WARN: 00000000]` or `[ERROR:00000020]`);
// VMware Workstation's Windows installer bootstrapper log (`yyyyMMddHHmmss:LEVEL` glued by a
// colon); the on-premises data gateway's GatewayInfo log (.NET TraceSource, the level word before an
// ISO time, tab-separated ids, an emitted query over several lines); Internet Explorer 11's
// IE11_main.log (minutes and seconds elapsed since setup began, a level word, one Started line
// with a date); WSUS Offline Update's wsusofflineupdate.log (cmd's en-US `%DATE% %TIME%`, a weekday
// and a blank-padded hour, then `- Info:`, `- Warning:`, `- Error:`); Office 2010's SetupExe log
// (`yyyy/MM/dd HH:mm:ss:fff::[pid]`); the Web Platform Installer's untimed TraceSource log; a WinHTTP
// trace file from WinHttpTraceCfg (`HH:mm:ss.fff ::*handle* :: call`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`PACKET  `, `dns.log`, `dns server`, `Rcv `, `DhcpSrvLog`,
// `dhcp server`, `Assign,`, `netlogon`, `[LOGON]`, `SamLogon`, `WaAppAgent`, `guest agent`,
// `GuestAgent`, `mrt.log`, `Malicious Software`, `PFRO`, `netsetup`, `NetpDoDomainJoin`,
// `NetpJoin`, `Essentials`, `SharedServiceHost`, `urlscan`, `Request will be rejected`, `MPLog`,
// `Mini-filter`, `w32time`, `w32tm`, `RASMAN`, `tracing`, `RASTLS`, `MpCmdRun`, `winsat`,
// `ec2launch`, `ec2config`, `EdgeUpdate`, `goopdate`, `GoogleUpdate`, `SrtTrail`,
// `Startup Repair`, `dcpromo`, `CBEngine`, `MARS`, `pfirewall`, `httperr`, `IAS`, `NPS`,
// `wpeinit`, `himds`, `azcmagent`, `cloudbase`, `cloudbase-init`, `Sense`, `winget`, `robocopy`,
// `transcript`, `vmtoolsd`, `vmsvc`, `DXError`, `dsetup`, `dsetup32`, `Failed API`, `dd_`,
// `smtpsvc`, `fslogix`, `FSLogix`, `[tid:`, `Begin Session`, `LoadProfile`, `frx`,
// `IE11_main`, `ie9_main`, `IE11`, `Internet Explorer 11`, `(Y/M/D)`, `Y/M/D`, `Active Setup`,
// `Setup exit code`, `SetupExe`, `::[`, `OBootStrapper`, `TickCount=`, `Catalyst`,
// `Tri.Sensor`, `Defender for Identity`, `EnterpriseGateway`, `data gateway`, `EmitQueryTraces`,
// `GatewayCore`, `MGEQ`, `Information: 0 :`, `procdump`, `Dump 1`, `vminst`, `| I:`, `vmware_`,
// `:INFO `, `CGetMSIState`, `Operation::Execute`, `Workstation`, `VMware Workstation`,
// `OutboxLOG`, `MSFax`, `CrmDbConnection`, `dynamics crm`, `msert`, `Safety Scanner`,
// `WinHttpOpen`, `winhttp`, `WinHttp`, `::*Session*`, `SyncToy`, `TrolleyExpress`, `Trolley`,
// `AgentInstall`, `RDInfra`, `DxDiag`, `Time of this report`, `Windows10Upgrade`, `wmsetup`,
// `MSSSetup`, `NisLog`, `StorGroupPolicy`, `certenroll`, `DtcInstall`, `oakley`, `scesrv`,
// `MdmDiag`, `EpmService`, `SurfaceUpdate`, `HPIA`, `Image Assistant`, `tvsu`,
// `Lenovo System Update`, `wsusoffline`, `WSUS Offline`, `wsusofflineupdate`, `Starting WSUS`,
// `- Info:`, `webpi`, `DownloadManager`, `GCEWindowsAgent`, `Event[0]`). The theme's obvious files
// are measured already, in the ten Windows passes before this one (fresh411 and fresh449 list
// them) and the Windows families of many others: setupapi, Panther, CBS, DISM, WindowsUpdate.log,
// MSI, Burn, InstallShield, NSIS, Inno Setup, the DNS and DHCP servers' logs, NPS, netlogon,
// NetSetup, dcpromo, PFRO, MRT, WinSAT, SrtTrail, DirectX.log, the Azure guest agent, Arc's himds,
// MARS, EC2Launch, Edge Update, URLScan, Server Essentials, Defender's MPLog and MpCmdRun, RAS
// tracing, winget, ProcDump and the MECM and Intune logs; `- Info:` and `DownloadManager` match
// other products only, `Y/M/D` only other notes, `VMware Workstation` only vmware.log. FSLogix,
// VMware's installer bootstrapper, the data gateway, IE11_main.log, WSUS Offline Update, Office
// 2010's setup log, WebPI and WinHTTP's trace file are in none. Left out for no confirmed layout:
// DXError.log (where its dashed rules fall between records), the Fax service's activity logs,
// Citrix's TrolleyExpress installer log, SyncToy's log and a Dynamics CRM server trace; left out
// as measured under another name: Microsoft Defender for Identity's sensor log (fresh331), MSERT's
// msert.log (MRT's shape), cloudbase-init (oslo.log's shape). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). FSLogix's and WinHTTP's times of day are on the clock's day (their date is
// only in the file name); VMware's fourteen digits, IE11's Started line, WSUS Offline's `%DATE%
// %TIME%` and Office's stamp are zone-less local times, taken as UTC; the gateway's time ends in Z.
// IE11_main.log's `04:36.262` is minutes and seconds since setup began, no time of day, so those
// lines have no time of their own, and WebPI's lines carry none. Levels only where the line marks
// one: FSLogix's bracketed INFO, WARN and ERROR (the error code after the colon is no part of the
// level), VMware's word after the stamp, TraceSource's Information, Warning and Error, IE11's
// INFO: and ERROR:, WSUS Offline's Info, Warning and Error after ` - `; Office's setup log and
// WinHTTP's trace write none (`Failed to install`, `Catalyst`, `returning FALSE; error 12002`
// are words of the message). No family has a host field: the computer named in WSUS Offline's
// `on WKS-0417`, the file server in an FSLogix path, the SQL Server behind the gateway and the CRL
// server in WinHttpConnect are peers or message words, and `tid:`, `::[4412]` and `::*0000001*`
// are process, thread and handle ids. A record that spans lines is one entry: the gateway's
// emitted query with its SELECT, FROM and GROUP BY lines, WebPI's WebException with its `at …`
// frames. WSUS Offline's rule of dashes between runs, with its empty lines, is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (Office 2010's setup log, WebPI's log and WinHTTP's trace line are from
// memory in full; IE11's Started line, VMware's ERROR word and the en-US rendering of %DATE% and
// %TIME% in part). Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 30769f0 before any rule for it: level 87.5 %, time 85.4 %, host 100.0 %, records 96.9 %.
// That is the macro figure (micro: level 87.8 %, time 85.4 %, host 100.0 %, records 97.6 %), in a
// worktree at 30769f0 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (FSLogix, WSUS Offline Update, Office 2010's setup log, WebPI and WinHTTP's
// trace); the gaps are VMware's stamp glued to its level word by a colon (`20261129074116:INFO`,
// read as neither time nor level), the data gateway's emitted query lines split from their entry,
// and the date inside IE11_main.log's Started line after the elapsed offset, which is not read.

var fresh481Cases = []worldCase{
	{
		name:   "fslogix-profile-log-time-of-day",
		source: "FSLogix's C:\\ProgramData\\FSLogix\\Logs\\Profile\\Profile-yyyyMMdd.log (`[HH:mm:ss.fff][tid:pid.tid][LEVEL] msg`, `[INFO]`, `[WARN: 00000000]`, `[ERROR:00000020]` with the Windows error code glued to the level; the date only in the file name): MicrosoftDocs/fslogix-docs issues #139 and #147, learn.microsoft.com 'Troubleshooting with Logging and Diagnostics', FSLogix log lines pasted in AVD troubleshooting notes (found with find_string `][tid:0000`)",
		why:    "a time of day with milliseconds in a bracket and no date (the clock's day); the level word in the third bracket, with an error code after a colon; the `tid:` pair is a process and thread, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", `[07:41:16.102][tid:00000d28.000014a4][INFO]           ===== Begin Session: Logon`),
			we("2026-11-29T07:41:16.105Z", Info, "", `[07:41:16.105][tid:00000d28.000014a4][INFO]             User: S-1-5-21-3318470512-2011934560-1822046811-4417 (hvoss)`),
			we("2026-11-29T07:41:16.131Z", Info, "", `[07:41:16.131][tid:00000d28.000014a4][INFO]             Configuration Read (REG_SZ): SOFTWARE\FSLogix\Profiles\VHDLocations.  Data: \\fs02.corp.example\profiles`),
			we("2026-11-29T07:41:17.004Z", Warn, "", `[07:41:17.004][tid:00000d28.000014a4][WARN: 00000000]  User session for S-1-5-21-3318470512-2011934560-1822046811-4417 has an unexpected status. STATUS = 31`),
			we("2026-11-29T07:41:17.419Z", Error, "", `[07:41:17.419][tid:00000d28.000014a4][ERROR:00000020]   Open vhd(x) failed, file is locked.  Retrying 12 time(s) at 5 second intervals (The process cannot access the file because it is being used by another process.)`),
			we("2026-11-29T07:41:22.436Z", Info, "", `[07:41:22.436][tid:00000d28.000014a4][INFO]             Retrying open vhd(x) 1/12`),
		},
	},
	{
		name:   "vmware-workstation-installer-bootstrap-log",
		source: "VMware Workstation's Windows installer bootstrapper log %TEMP%\\vmware_*.log (`yyyyMMddHHmmss:LEVEL` padded with blanks, then `Class::Method: msg`): craigrandall.net 'Submitting VMware Workstation 7 to install' (2009, a pasted log); the ERROR level word from memory",
		why:    "a compact fourteen-digit local stamp glued to the level word by a colon (no zone: UTC by the rules); `CGetMSIStateOperation::Execute:` is a class and method, no host",
		gap:    "the fourteen-digit stamp glued to the level word by a colon (`20261129074116:INFO`) is read as neither a time nor a level: time \"\" and level unknown on every line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `20261129074116:INFO    CGetMSIStateOperation::Execute: Examining the system for VMware Workstation.msi`),
			we("2026-11-29T07:41:16Z", Info, "", `20261129074116:INFO    CGetMSIStateOperation::Execute: MSI Data ProductCode: {A1C2E3F4-5B6D-4E7F-8A9B-0C1D2E3F4A5B}, ProductVersion: 17.6.2`),
			we("2026-11-29T07:41:17Z", Info, "", `20261129074117:INFO    CBootstrapCmdLine::ParseInstallerCmdLine: Parsing command line /s /v/qn EULAS_AGREED=1`),
			we("2026-11-29T07:41:49Z", Error, "", `20261129074149:ERROR   CRunMSIOperation::Execute: The MSI 'C:\Users\hvoss\AppData\Local\Temp\vmware_1764402076\vmwareworkstation.msi' failed with error 1603`),
			we("2026-11-29T07:41:50Z", Info, "", `20261129074150:INFO    CBootstrapper::Cleanup: Removing temporary folder C:\Users\hvoss\AppData\Local\Temp\vmware_1764402076`),
		},
	},
	{
		name:   "powerbi-onprem-gateway-tracesource-log",
		source: "the on-premises data gateway's GatewayInfo*.log (.NET TraceSource: `DM.EnterpriseGateway Level: 0 : ISO-Z DM.EnterpriseGateway<TAB>activity<TAB>request<TAB>kind<TAB>id<TAB>hex [component] msg`, a query's text over several lines with EmitQueryTraces): Microsoft's data-integration docs 'Configure log files for the on-premises data gateway' (its example query entry, found with find_string), MicrosoftDocs/data-integration issue #66",
		why:    "the TraceSource name and level word come before the time; the time is ISO with seven fractional digits and Z; tab-separated GUID columns are ids, no host; an emitted query's lines belong to its entry",
		gap:    "the emitted query's lines after `Executing query (timeout=224) \"<pi>` (SELECT, TOP, FROM, GROUP BY) are not joined to that entry: they stand as entries of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2231406Z", Info, "", "DM.EnterpriseGateway Information: 0 : 2026-11-29T07:41:16.2231406Z DM.EnterpriseGateway\t7d0e2c51-3a9b-4c6d-8e1f-2a3b4c5d6e7f\t00000000-0000-0000-0000-000000000000\tMGPP\t00000000-0000-0000-0000-000000000000\t3A91C0D2 [DM.GatewayCore] Gateway service started, version 3000.246.5"),
			we("2026-11-29T07:41:21.9015530Z", Info, "",
				"DM.EnterpriseGateway Information: 0 : 2026-11-29T07:41:21.9015530Z DM.EnterpriseGateway\t4b6c8d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e\tc1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f\tMGEQ\t9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b\tFF59BC20 [DM.GatewayCore] Executing query (timeout=224) \"<pi>",
				"SELECT",
				"TOP (1000001) [t0].[Region],SUM([t0].[NetAmount])",
				" AS [a0]",
				"FROM [dbo].[FactSales] AS [t0]",
				"GROUP BY [t0].[Region]</pi>\""),
			we("2026-11-29T07:41:24.0871265Z", Warn, "", "DM.EnterpriseGateway Warning: 0 : 2026-11-29T07:41:24.0871265Z DM.EnterpriseGateway\t4b6c8d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e\tc1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f\tMGEQ\t9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b\tFF59BC20 [DM.Pipeline.Common] Query execution took 2185 ms, above the 2000 ms threshold"),
			we("2026-11-29T07:41:31.5502918Z", Error, "", "DM.EnterpriseGateway Error: 0 : 2026-11-29T07:41:31.5502918Z DM.EnterpriseGateway\t2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c\t8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d\tMGEQ\t6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f\t1B2C3D4E [DM.GatewayCore] Error processing request: [0]Microsoft.Data.Mashup.MashupValueException: DataSource.Error: SQL Server: A network-related or instance-specific error occurred while establishing a connection to SQL Server."),
		},
	},
	{
		name:   "ie11-main-log-elapsed-offsets",
		source: "Internet Explorer 11's setup log %windir%\\IE11_main.log (each line `mm:ss.fff: LEVEL:    msg`, minutes and seconds since setup started, levels INFO and ERROR; appended per run): a blog post 'IE11 Installation Failure with Error Code 9c59' (a pasted IE11_main.log, found with find_string), Microsoft's 'Setup problems with Internet Explorer 11' doc naming the file; the run's opening `Started: yyyy/MM/dd (Y/M/D) HH:mm:ss.fff (local)` line from memory",
		why:    "the `04:36.262` prefix is time elapsed since setup began, no time of day: such lines have no time of their own; only the Started line carries a date (zone-less local, UTC by the rules); the level word follows the offset",
		gap:    "the date and time inside the run's opening line `00:00.000: Started: 2026/11/29 (Y/M/D) 07:41:16.087 (local)`, after the elapsed offset, are not read: time \"\"",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.087Z", Unknown, "", `00:00.000: Started: 2026/11/29 (Y/M/D) 07:41:16.087 (local)`),
			we("", Info, "", `00:00.016: INFO:    Setup installer for Internet Explorer: 11.0.9600.17843`),
			we("", Info, "", `00:00.141: INFO:    Acquired Internet Explorer Installer Mutex`),
			we("", Info, "", `04:36.262: INFO:    Waiting for Active Setup to complete. ({A509B1A8-37EF-4b3f-8CFC-4F3A74704073})`),
			we("", Error, "", `05:12.704: ERROR:   Setup exit code: 0x00009C59 (40025) - The neutral cab failed to install.`),
			we("", Info, "", `05:12.766: INFO:    Released Internet Explorer Installer Mutex`),
		},
	},
	{
		name:   "wsusoffline-update-log-cmd-date-time",
		source: "WSUS Offline Update's %SystemRoot%\\wsusofflineupdate.log (cmd's `echo %DATE% %TIME% - Info: …>>%UPDATE_LOGFILE%`, also `- Warning:` and `- Error:`; a rule of dashes between runs): its client\\cmd\\DoUpdate.cmd and cmd\\DownloadUpdates.cmd (found with find_string `- Info: Starting WSUS Offline Update`); the en-US rendering of %DATE% and %TIME% from memory",
		why:    "cmd's %DATE% under en-US (`Sun 11/29/2026`, a weekday before a month-first date) and %TIME% with a blank before a one-digit hour and hundredths; the level word after ` - `; `on WKS-0417` is the computer named in a message, no host field",
		entries: []worldEntry{
			wskip("", "--------------------------------------------------------------------------------", ""),
			we("2026-11-29T07:41:16.12Z", Info, "", `Sun 11/29/2026  7:41:16.12 - Info: Starting WSUS Offline Update - Community Edition - (v. 12.6.1)`),
			we("2026-11-29T07:41:16.14Z", Info, "", `Sun 11/29/2026  7:41:16.14 - Info: Used path "D:\wsusoffline\client\cmd\" on WKS-0417 (user: SYSTEM)`),
			we("2026-11-29T07:41:19.57Z", Info, "", `Sun 11/29/2026  7:41:19.57 - Info: Found OS caption 'Microsoft Windows 10 Enterprise LTSC 2021'`),
			we("2026-11-29T07:43:02.31Z", Warn, "", `Sun 11/29/2026  7:43:02.31 - Warning: File ..\w100-x64\glb\windows10.0-kb5046613-x64.cab not found.`),
			we("2026-11-29T07:48:40.08Z", Error, "", `Sun 11/29/2026  7:48:40.08 - Error: Installation of ..\w100-x64\glb\windows10.0-kb5048652-x64.cab failed (errorlevel: 2359302).`),
		},
	},
	{
		name:   "office2010-setupexe-log-double-colon-pid",
		source: "Office 2010/2013 MSI-based setup's %temp%\\SetupExe(yyyyMMddHHmmssfff).log and the machine's %temp%\\<machine> Microsoft Office Professional Plus 2010 Setup(0001).txt (`yyyy/MM/dd HH:mm:ss:fff::[pid] msg`, milliseconds after a colon, the process id after a double colon; PERF: TickCount lines): from memory; Microsoft KB 826511 names the setup log files",
		why:    "a slashed date with milliseconds after a third colon; `::[4412]` is a process id, no host; no level column: `Catalyst` and `Failed` are words of the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "", `2026/11/29 07:41:16:123::[4412] PERF: TickCount=91843750 Name=OBootStrapper::Run Description=Begin function`),
			we("2026-11-29T07:41:16.139Z", Unknown, "", `2026/11/29 07:41:16:139::[4412] Operating System version: 6.1.7601 , Service Pack 1`),
			we("2026-11-29T07:41:16.170Z", Unknown, "", `2026/11/29 07:41:16:170::[4412] Running Setup in mode: Install`),
			we("2026-11-29T07:41:18.512Z", Unknown, "", `2026/11/29 07:41:18:512::[4412] Catalyst execution began: 11/29/2026 07:41:18.`),
			we("2026-11-29T07:46:02.908Z", Unknown, "", `2026/11/29 07:46:02:908::[4412] Failed to install product: \\sw01.corp.example\office2010\ProPlusWW.msi ErrorCode: 1603(0x643).`),
		},
	},
	{
		name:   "webpi-tracesource-log-untimed",
		source: "the Web Platform Installer's log (%LocalAppData%\\Microsoft\\Web Platform Installer\\logs\\webpi\\webpi*.txt: .NET TraceSource lines `DownloadManager Level: 0 : msg` with no time, an exception's frames under its Error line): from memory",
		why:    "untimed lines: the TraceSource name and the level word (Information, Warning, Error) open each record; an exception's indented `at …` frames belong to the Error above them; go.microsoft.com in a URL is no host",
		entries: []worldEntry{
			we("", Info, "", `DownloadManager Information: 0 : Loading product xml from: https://go.microsoft.com/?linkid=9842185`),
			we("", Info, "", `DownloadManager Information: 0 : Product 'UrlRewrite2' is not installed`),
			we("", Warn, "", `DownloadManager Warning: 0 : Dependency 'IIS Management Console' for product 'UrlRewrite2' could not be resolved`),
			we("", Error, "",
				`DownloadManager Error: 0 : System.Net.WebException: The remote name could not be resolved: 'download.microsoft.com'`,
				`   at System.Net.HttpWebRequest.GetResponse()`,
				`   at Microsoft.Web.PlatformInstaller.ManagedWinInet.DownloadFile(Uri url, String destination)`),
			we("", Info, "", `DownloadManager Information: 0 : Install completed (Failure): URL Rewrite 2.1`),
		},
	},
	{
		name:   "winhttp-tracecfg-trace-log",
		source: "a WinHTTP trace file from WinHttpTraceCfg.exe -e 1 -l (one file per process, `<prefix>-<application>-<pid>.<tid>-<date>.log`; each line `HH:mm:ss.fff ::*handle* :: call(args)`): Microsoft's 'WinHttpTraceCfg.exe, a Trace Configuration Tool' and KB 307272 for the tool; the line layout from memory",
		why:    "a time of day with milliseconds and no date (the clock's day); `::*Session*` and `::*0000001*` are WinHTTP handles; the server in WinHttpConnect is a peer, no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "", `07:41:16.123 ::*Session* :: WinHttpOpen("Microsoft-CryptoAPI/10.0", (0), "", "", 0x0)`),
			we("2026-11-29T07:41:16.124Z", Unknown, "", `07:41:16.124 ::*Session* :: WinHttpOpen() returning handle 0x1b2c0e8`),
			we("2026-11-29T07:41:16.130Z", Unknown, "", `07:41:16.130 ::*0000001* :: WinHttpConnect(0x1b2c0e8, "crl.pki.example.net", 80, 0x0)`),
			we("2026-11-29T07:41:16.131Z", Unknown, "", `07:41:16.131 ::*0000001* :: WinHttpOpenRequest(0x1b2c3f0, "GET", "/crl/issuing-ca-02.crl", "", "", 0x0, 0x00000080)`),
			we("2026-11-29T07:41:16.402Z", Unknown, "", `07:41:16.402 ::*0000001* :: WinHttpReceiveResponse() returning FALSE; error 12002 (ERROR_WINHTTP_TIMEOUT)`),
		},
	},
}

func TestFresh481Formats(t *testing.T) { assertTable(t, fresh481Cases) }
func TestFresh481Score(t *testing.T) {
	checkScore(t, "fresh481 formats", fresh481Cases, [worldNumFields]float64{87.4, 85.3, 99.9, 96.8})
}
