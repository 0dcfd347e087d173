package parse

import "testing"

// The three-hundred-and-thirty-first fresh table, written on 2026-12-06: Windows and Active
// Directory infrastructure logs as text, a seventh pass after fresh4, fresh16, fresh115, fresh126,
// fresh134, fresh167 and fresh314 (and the Windows families of fresh2, fresh6, fresh30, fresh39,
// fresh59, fresh68, fresh80, fresh233 and others), in shapes no earlier table holds. Each family is
// one product's documented or observed output: CBS.log on Windows 10 and Server 2019 after `DISM
// /RestoreHealth`, where a CBS line with an empty message is followed by the untimed
// CheckSUR-style report (ruled line, findings, Summary, counts, Total Operation Time); the
// Defender for Identity sensor's own NLog file on a domain controller (a padded level, bracketed
// key=value properties, exceptions under a demystified .NET stack trace); the same sensor's
// installer log, WiX Burn's local-time prefix around the bootstrapper's NLog line with its UTC
// time; a DFS Replication debug log from its start, its two `*` header lines naming the computer
// and its time zone, then ID-record and USN-record dumps whose `+` lines carry GMT, zone-named and
// 1601 times; PSAppDeployToolkit 3.10's Legacy text log of an application run from the ConfigMgr
// cache, a failure carrying Resolve-Error's Format-List block with its blank lines;
// setupapi.dev.log read from the middle, a section torn by a power loss and the next boot's
// `[Boot Session: …]` marker; IBM Security Identity Manager's Active Directory Adapter log
// WinADAgent.log (`BSE:`, `DTL:`, `DBG:` glued to a two-digit-year date); Netlogon's debug log with
// DBFlag set without NL_TIMESTAMP, so that no line carries a time.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`Checking System Update Readiness`, `Total Detected Corruption`, `Total Operation Time`,
// `Missing replacement payload`, `CheckSur: hrStatus`, `CSI Payload Corrupt`, `Microsoft.Tri`,
// `Tri.Sensor`, `Advanced Threat Protection`, `Defender for Identity`, `AATP`,
// `ImpersonationManager`, `DirectoryServicesClient`, `EventLogException`, `at void `,
// `at async Task`, `Demystif`, `InteractiveDeploymentManager`, `SensorBootstrapper`, `]i000:`,
// `]i500:`, `FRS Log Sequence`, `maxEntryCount`, `recUpdateTime`, `csId`, `DownstreamTransport`,
// `Dfsr`, `PSAppDeployToolkit`, `Deploy-Application`, `Execute-MSI`, `Resolve-Error`,
// `Error Record:`, `[Initialization]`, `[Installation]`, `Boot Session`, `Section start`, `!!!  `,
// `Exit status: FAILURE`, `WinADAgent`, `BSE:`, `DTL:`, `DBG:`, `Thread:0`, `Identity Manager`,
// `Tivoli`, `netlogon`, `[LOGON]`, `NO_CLIENT_SITE`, `SamLogon`, `DBFlag`, `smspxe`, `WMIDiag`,
// `NtFrs`, `winlogon.log`, `ad_gpo`, `gpupdate`, `DeliveryOptimization`, `himds`,
// `transcript start`, `Get-WindowsUpdateLog`). CBS.log is in world_test, fresh68, fresh115,
// fresh134, fresh151, fresh167 and fresh305, and CheckSUR.log's own report in fresh126; the report
// inside CBS.log after an empty CBS line is in none. Defender for Identity is in none; WiX Burn's
// log is in fresh45, a Burn line wrapping another logger's line with a second clock in none. The
// DFSR debug log is in fresh30 (its `+`-continued records; fresh56's `dfsrouter` is HDFS's); its
// header lines and the GMT, zone-named and 1601 stamps inside its dumps are in none.
// PSAppDeployToolkit is in none. setupapi.dev.log and its siblings are in fresh6, fresh59, fresh68
// and fresh115 (sections, failed ones included); a section that never ends and the boot-session
// marker after it are in none. The ISIM adapter is in none.
// netlogon.log is in fresh2 (timed) and fresh167 (findstr); untimed in none. Left out as measured
// already: WindowsUpdate.log in every decoded and undecoded shape (holdout, fresh4, fresh16,
// fresh134, fresh167), the CMTrace layouts of ConfigMgr's client and server logs (holdout, fresh84,
// fresh115, fresh126, fresh134, fresh167, fresh233), gpsvc.log, userenv.log and the GPP trace
// (fresh16, fresh39, fresh115), wbemcore.log (fresh80), dcpromo.log, dcpromoui.log, adprep and ADMT
// (fresh16, fresh115, fresh126), Delivery Optimization's log (fresh134), Azure Arc's himds.log
// (fresh126) and PowerShell transcripts (fresh22, fresh126, fresh233, fresh260). Left out as not
// confirmed by a search: WMIDiag's report, NTFRS's debug log, SMSPXE.log's packet dumps, the
// Security Configuration client's winlogon.log and Netlogon's [CRITICAL] lines (a category or a
// level). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). CBS's, NLog's, DFSR's, PSADT's, SetupAPI's and the adapter's times carry no
// zone and are taken as UTC (the DFSR header's TimeZone is a record of its own and changes no
// other line); the adapter's `11/29/26` is month, day and a two-digit year. Burn's bracketed time
// is the installing machine's local clock and the NLog line inside it is the sensor's UTC clock,
// two versions of the record's own time, so either is accepted. SetupAPI's boot-session marker
// carries the boot's time; the clocks after a `{…}` inside a section and the `+` lines' times in
// the DFSR dumps (recUpdateTime, clock, createTime, fence, the USN record's TimeStamp) are not the
// record's. Levels only where the line marks one: CBS's padded column, NLog's level word, Burn's
// letter (i information, e error), PSADT's [Info] [Warning] [Error], DFSR's [WARN] and [ERROR],
// the adapter's BSE (base, read as info), DTL (detail, below base and read as debug) and DBG
// (debug). The report's `Repair failed:` and `Operation result: 0x800f081f`, a SetupAPI section's
// `!!!` entries and FAILURE status (a section holds entries of every kind), Netlogon's `Returns
// 0xC000006A` and the adapter's `Error 0x8007052D` inside a BSE line are no levels. The host is the
// record's host field: the DFSR header's Computer:; a domain controller named in a sensor's
// properties, a RAS server after `via`, a workstation after `from`, a ConfigMgr cache path and a
// device instance are not hosts. A record that spans lines is one entry: the CBS line with the
// report under it (its empty lines inside), an NLog error with its stack, a DFSR record with its
// `+` lines (the bare `+` that closes a dump), a PSADT entry with its error record (blank lines
// inside), a SetupAPI section from `>>>  [` to the empty line after it, whether it ended or not.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 70f329d before any rule for it: level 71.9 %, time 76.0 %, host 94.8 %, records 83.3 %.
// That is the macro figure (micro: level 71.4 %, time 78.6 %, host 95.2 %, records 85.7 %), in a
// worktree at 70f329d with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (the CBS report, the sensor's NLog file, PSAppDeployToolkit's Legacy log,
// the untimed netlogon.log); the gaps are Burn's level letter and the nested NLog level in the
// sensor's installer log, the DFSR header's build stamp and Computer: and its dump lines with
// times, SetupAPI's sections around a boot-session marker, and the ISIM adapter's level tag glued
// to its date.

var fresh331Cases = []worldCase{
	{
		name:   "cbs-log-checksur-report-after-empty-cbs-line",
		source: "Windows 10 22H2 and Server 2019 %windir%\\Logs\\CBS\\CBS.log after `DISM /Online /Cleanup-Image /RestoreHealth` (`yyyy-MM-dd HH:mm:ss, Level<padded> CBS    msg`; the store check's `Repr:` line, a CBS line with an empty message, then the untimed report: a ruled line, `Checking System Update Readiness.`, tab-separated `(p)` findings with `Repair failed:` lines, `Summary:` with tab-indented counts, `Total Operation Time:`; then `CheckSur: hrStatus:`): Microsoft Learn 'Advanced guide to fix CBS corruption manually using DISM' (the report's lines), the public Tuneup and WinMedic CBS parsers (their fixtures cut from CBS.log from `Checking System Update Readiness.` to `Total Operation Time`, lines without a time kept with the entry above); the empty CBS line before the report from memory",
		why:    "a timed CBS line whose message is empty carries the whole report on the untimed lines under it, blank lines included; `Repair failed:` and a failing HRESULT in the report are no levels; CBS's padded Info and Error are",
		entries: []worldEntry{
			we("2026-11-29T07:49:10Z", Info, "", "2026-11-29 07:49:10, Info                  CBS    Repr: CSI Store check completes"),
			we("2026-11-29T07:49:12Z", Info, "",
				"2026-11-29 07:49:12, Info                  CBS    ",
				"=================================",
				"Checking System Update Readiness.",
				"",
				"(p)\tCSI Payload Corrupt\t\t\tamd64_microsoft-windows-s..ystem-dll-ci-cache_31bf3856ad364e35_10.0.19041.5198_none_4a1e2f3c5d6b7e80\\cicache.dll",
				"Repair failed: Missing replacement payload.",
				"(p)\tCSI Payload Corrupt\t(w)\t(Fixed)\twow64_microsoft-windows-audio-volumecontrol_31bf3856ad364e35_10.0.19041.4412_none_5f2a9c1b3e4d6f70\\SndVol.exe",
				"",
				"Summary:",
				"Operation: Detect and Repair ",
				"Operation result: 0x800f081f",
				"Last Successful Step: CSI store detection completes.",
				"Total Detected Corruption:\t2",
				"\tCBS Manifest Corruption:\t0",
				"\tCBS Metadata Corruption:\t0",
				"\tCSI Manifest Corruption:\t0",
				"\tCSI Metadata Corruption:\t0",
				"\tCSI Payload Corruption:\t2",
				"Total Repaired Corruption:\t1",
				"\tCBS Manifest Repaired:\t0",
				"\tCSI Manifest Repaired:\t0",
				"\tCSI Payload Repaired:\t1",
				"\tCSI Store Metadata refreshed:\tTrue",
				"",
				"Total Operation Time: 733 seconds."),
			we("2026-11-29T07:49:12Z", Info, "", "2026-11-29 07:49:12, Info                  CBS    CheckSur: hrStatus: 0x800f081f [CBS_E_SOURCE_MISSING], download Result: 0x00000000"),
			we("2026-11-29T07:49:12Z", Error, "", "2026-11-29 07:49:12, Error                 CBS    Failed to run Detect and repair. [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]"),
			we("2026-11-29T07:49:13Z", Info, "", "2026-11-29 07:49:13, Info                  CBS    Ending the TrustedInstaller main loop."),
		},
	},
	{
		name:   "mdi-sensor-log-nlog-demystified-stack",
		source: "Microsoft Defender for Identity's sensor log `C:\\Program Files\\Azure Advanced Threat Protection Sensor\\<version>\\Logs\\Microsoft.Tri.Sensor.log` on a domain controller (NLog `yyyy-MM-dd HH:mm:ss.ffff Level Logger message [Key=Value …]`, the level padded to five, an exception's demystified stack trace `   at void Namespace.Type.Method(int arg)` under it): MicrosoftDocs/ATADocs ATPDocs/troubleshooting-known-issues.md (the gMSA, DirectoryServicesClient and EventLogException sensor log entries, the HttpRequestException of a blocked port 444) and troubleshooting-using-logs.md (the sensor's log files)",
		why:    "four fractional digits and no zone; a padded level word before the logger; the domain controller in DomainControllerDnsName= is a peer, no host; an error's stack lines with `at void` and `at async Task<…>` belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2041Z", Info, "", "2026-11-29 07:41:16.2041 Info  ImpersonationManager CreateImpersonatorAsync started [UserName=mdiSvc01$ Domain=corp.example.org IsGroupManagedServiceAccount=True]"),
			we("2026-11-29T07:41:16.2519Z", Info, "", "2026-11-29 07:41:16.2519 Info  ImpersonationManager CreateImpersonatorAsync finished [UserName=mdiSvc01$ Domain=corp.example.org IsSuccess=False]"),
			we("2026-11-29T07:41:16.3307Z", Warn, "", "2026-11-29 07:41:16.3307 Warn  DirectoryServicesClient CreateLdapConnectionAsync failed to retrieve group managed service account password. [DomainControllerDnsName=DC02.CORP.EXAMPLE.ORG Domain=corp.example.org UserName=mdiSvc01]"),
			we("2026-11-29T07:41:21.0088Z", Error, "",
				"2026-11-29 07:41:21.0088 Error EventLogException System.Diagnostics.Eventing.Reader.EventLogException: The handle is invalid",
				"   at void System.Diagnostics.Eventing.Reader.EventLogException.Throw(int errorCode)",
				"   at object System.Diagnostics.Eventing.Reader.NativeWrapper.EvtGetEventInfo(EventLogHandle handle, EvtEventPropertyId enumType)",
				"   at string System.Diagnostics.Eventing.Reader.EventLogRecord.get_ContainerLog()"),
			we("2026-11-29T07:41:24.912Z", Error, "",
				"2026-11-29 07:41:24.9120 Error CommunicationWebClient System.Net.Http.HttpRequestException: An error occurred while sending the request. ---> System.Net.WebException: Unable to connect to the remote server ---> System.Net.Sockets.SocketException: A connection attempt failed because the connected party did not properly respond after a period of time 127.0.0.1:444",
				"   at async Task<HttpResponseMessage> System.Net.Http.HttpClient.FinishSendAsyncBuffered(Task<HttpResponseMessage> sendTask, HttpRequestMessage request, CancellationTokenSource cts, bool disposeCts)",
				"   at async Task<TResponse> Microsoft.Tri.Infrastructure.Communication.CommunicationWebClient.SendWithRetryAsync<TRequest, TResponse>(TRequest request)"),
			we("2026-11-29T07:41:25.0376Z", Info, "", "2026-11-29 07:41:25.0376 Info  SensorService StartAsync finished [IsDomainSynchronizerCandidate=False]"),
		},
	},
	{
		name:   "mdi-sensor-deployment-burn-log-nested-nlog",
		source: "Defender for Identity's installer log `Azure Advanced Threat Protection Sensor_yyyyMMddHHmmss.log` in the installing user's %TEMP% (WiX Burn `[PID:TID][yyyy-MM-ddTHH:mm:ss]Lnnn: msg` in the machine's local time, L the letter i or e, and the bootstrapper application's own NLog line `yyyy-MM-dd HH:mm:ss.ffff Level Logger msg` in UTC after `i000:`): MicrosoftDocs/ATADocs ATPDocs/troubleshooting-known-issues.md (the proxy licensing error's deployment log entries, Burn's 23:59 beside NLog's 02:59, `i500: Shutting down, exit code: 0x642`) and troubleshooting-using-logs.md (the file names)",
		why:    "Burn's zone-less local stamp and, inside it, the sensor's zone-less UTC stamp five hours apart: two versions of the record's own time; Burn's letter and NLog's word agree on info; e000 is an error",
		entries: []worldEntry{
			we("2026-11-29T02:40:12Z", Info, "", `[1C60:1AA8][2026-11-29T02:40:12]i001: Burn v3.11.2.4516, Windows v10.0 (Build 20348: Service Pack 0), path: C:\Users\adm-lena\Downloads\Azure ATP Sensor Setup\Azure ATP Sensor Setup.exe`),
			we("2026-11-29T07:41:13.1237Z|2026-11-29T02:41:13Z", Info, "", `[1C60:1AA8][2026-11-29T02:41:13]i000: 2026-11-29 07:41:13.1237 Info  InteractiveDeploymentManager ValidateCreateSensorAsync returned [validateCreateSensorResult=LicenseInvalid]]`),
			we("2026-11-29T07:41:56.4856Z|2026-11-29T02:41:56Z", Info, "", `[1C60:1AA8][2026-11-29T02:41:56]i000: 2026-11-29 07:41:56.4856 Info  InteractiveDeploymentManager ValidateCreateSensorAsync returned [validateCreateSensorResult=LicenseInvalid]]`),
			we("2026-11-29T08:09:56.7399Z|2026-11-29T03:09:56Z", Info, "", `[1C60:1AA8][2026-11-29T03:09:56]i000: 2026-11-29 08:09:56.7399 Info  SensorBootstrapperApplication Engine.Quit [deploymentResultStatus=1602 isRestartRequired=False]]`),
			we("2026-11-29T03:09:56Z", Error, "", `[1C60:15B8][2026-11-29T03:09:56]e000: Error 0x80070642: Failed while caching, aborting execution.`),
			we("2026-11-29T03:09:56Z", Info, "", `[1C60:15B8][2026-11-29T03:09:56]i500: Shutting down, exit code: 0x642`),
		},
	},
	{
		name:   "dfsr-debug-log-file-header-and-record-dumps",
		gap:    "the `* FRS Log Sequence` header's `Computer:FS02` is not read as the host (the build date after `Build:[` is no longer taken for its time, and the `+\t` dump lines stay with their record)",
		source: "DFS Replication's debug log %windir%\\debug\\Dfsr000NN.log on Windows Server 2019 read from its start: two header lines `* FRS Log Sequence:n Index:n Computer:NAME TimeZone:… (GMT+-hh:mm) Build:[…] …` and `* Configuration logLevel:n maxEntryCount:n …`, then `yyyyMMdd HH:mm:ss.fff tid MODULE line [WARN|ERROR] Class::Method msg` records whose `+`-prefixed lines dump an ID record (recUpdateTime and createTime in GMT, the clock, the 16010101 fence, a bare `+` closing it): Mark Renoden 'DFSR Debug Analysis with Message Analyzer – Part 4, DFSR Debug Log Headers'; AskDS 'Understanding DFSR Debug Logging' parts 1 and 5 (the Ldb::Update idRecord dump); the USN_RECORD dump with its zone-named TimeStamp from memory",
		why:    "the header's Computer: is the writing host and its build date no time of the record; the body's packed date is local and zone-less; GMT, zone-named and 16010101 stamps on `+` lines are fields of the dump, not the record's time, and the `+` lines belong to the record above",
		entries: []worldEntry{
			we("", Unknown, "FS02", `* FRS Log Sequence:41 Index:1 Computer:FS02 TimeZone:W. Europe Standard Time (GMT+-01:00) Build:[Oct 12 2024 09:14:27 built by: rs5_release] Enterprise=0 DataCenter=0`),
			we("", Unknown, "", `* Configuration logLevel:4 maxEntryCount:200000 maxFileCount:1000 logPath:\\.\C:\Windows\debug\`),
			we("2026-11-29T07:41:16.204Z", Unknown, "",
				"20261129 07:41:16.204 2188 LDBX  3684 Ldb::Update Updating idRecord:",
				"+\tfid                             0x3000000002FBF",
				"+\tusn                             0x68778",
				"+\tuidVisible                      1",
				"+\tfiltered                        0",
				"+\tjournalWrapped                  0",
				"+\tslowRecoverCheck                0",
				"+\tpendingTombstone                0",
				"+\trecUpdateTime                   20261129 06:33:05.008 GMT",
				"+\tpresent                         1",
				"+\tnameConflict                    0",
				"+\tattributes                      0x20",
				"+\tgvsn                            {5C1A2E7F-3B9D-4E60-8A21-C4D0B9F1E273}-v21",
				"+\tuid                             {5C1A2E7F-3B9D-4E60-8A21-C4D0B9F1E273}-v16",
				"+\tparent                          {0B6D4120-7AB1-4C3F-9E2D-8F1A3C5E7D90}-v1",
				"+\tfence                           16010101 00:00:00.000",
				"+\tclock                           20261129 06:41:16.204",
				"+\tcreateTime                      20261129 06:27:21.734 GMT",
				"+\tcsId                            {0B6D4120-7AB1-4C3F-9E2D-8F1A3C5E7D90}",
				"+\thash                            00000000-00000000-00000000-00000000",
				"+\tsimilarity                      00000000-00000000-00000000-00000000",
				"+\tname                            Budget-2027.xlsx",
				"+"),
			we("2026-11-29T07:41:16.219Z", Unknown, "",
				"20261129 07:41:16.219 2188 USNC  2202 UsnConsumer::UpdateIdRecord ID record updated from USN_RECORD:",
				"+\tUSN_RECORD:",
				"+\tRecordLength:        96",
				"+\tMajorVersion:        2",
				"+\tFileRefNumber:       0x3000000002FBF",
				"+\tParentFileRefNumber: 0x100000000001C",
				"+\tUsn:                 0x68778",
				"+\tTimeStamp:           20261129 07:41:16.188 W. Europe Standard Time",
				"+\tReason:              Close Data Extend Data Overwrite",
				"+\tFileAttributes:      0x20",
				"+\tFileName:            Budget-2027.xlsx"),
			we("2026-11-29T07:41:19.877Z", Warn, "",
				"20261129 07:41:19.877 3412 SRTR  3011 [WARN] SERVER_EstablishSession Failed to establish a replication session. connId:{7E2A9B3D-0C41-44F1-B6D0-A1C3E5F70911} csId:{0B6D4120-7AB1-4C3F-9E2D-8F1A3C5E7D90} Error:",
				"+\t[Error:9026(0x2342) SERVER_EstablishSession srvrpc.cpp:412 3412 C The connection is invalid]"),
			we("2026-11-29T07:41:21.004Z", Error, "", "20261129 07:41:21.004 2652 INCO  6579 [ERROR] InConnection::ReceiveUpdates Failed to receive updates. connId:{7E2A9B3D-0C41-44F1-B6D0-A1C3E5F70911} Error:9033 (0x2349) The request was cancelled by a shutdown"),
		},
	},
	{
		name:   "psadt-3-legacy-text-log-resolve-error",
		source: "PSAppDeployToolkit 3.10 run by a ConfigMgr deployment from the client cache with LogStyle Legacy (C:\\Windows\\Logs\\Software\\<app>_PSAppDeployToolkit_Install.log: Write-Log's `[MM-dd-yyyy HH:mm:ss.fff] [ScriptSection] [Source] [Info|Warning|Error|Success] :: msg`, a failure's message carrying Resolve-Error's `Error Record:` and dashes with the error's Format-List output, one object a group, blank lines between): PSAppDeployToolkit/PSAppDeployToolkit Toolkit/Public/Write-Log.ps1 (LegacyTextLogLine, LogDate MM-dd-yyyy) and Toolkit/Public/Resolve-Error.ps1",
		why:    "a month-first date in brackets with no zone; the script section and the source are bracketed words and the fourth bracket is the level; an error's Format-List block, blank lines and `+ ~~~` position marks included, is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `[11-29-2026 07:41:16.204] [Initialization] [Deploy-Application] [Info] :: [Contoso_VPNClient_5.2.1_EN_01] setup started.`),
			we("2026-11-29T07:41:16.311Z", Info, "", `[11-29-2026 07:41:16.311] [Initialization] [Deploy-Application] [Info] :: Script [C:\Windows\ccmcache\4f\AppDeployToolkit\AppDeployToolkitMain.ps1] dot-source invoked by [C:\Windows\ccmcache\4f\Deploy-Application.ps1]`),
			we("2026-11-29T07:41:18.902Z", Warn, "", `[11-29-2026 07:41:18.902] [Pre-Installation] [Show-InstallationWelcome] [Warning] :: The following processes are running: [vpnui]. Closing applications after the countdown of 300 seconds.`),
			we("2026-11-29T07:41:23.044Z", Info, "", `[11-29-2026 07:41:23.044] [Installation] [Execute-MSI] [Info] :: Executing MSI action [Install]...`),
			we("2026-11-29T07:43:02.517Z", Error, "",
				`[11-29-2026 07:43:02.517] [Installation] [Execute-Process] [Error] :: Execution failed with exit code [1603]. `,
				`Error Record:`,
				`-------------`,
				``,
				`Message        : Execution failed with exit code [1603].`,
				`InnerException : `,
				``,
				`FullyQualifiedErrorId : Execution failed with exit code [1603].`,
				`ScriptStackTrace      : at Execute-Process<Process>, C:\Windows\ccmcache\4f\AppDeployToolkit\AppDeployToolkitMain.ps1: line 5108`,
				`                        at Execute-MSI<Process>, C:\Windows\ccmcache\4f\AppDeployToolkit\AppDeployToolkitMain.ps1: line 4689`,
				`                        at <ScriptBlock>, C:\Windows\ccmcache\4f\Deploy-Application.ps1: line 221`,
				``,
				`PositionMessage : At C:\Windows\ccmcache\4f\AppDeployToolkit\AppDeployToolkitMain.ps1:5108 char:21`,
				`                  +                     Throw "Execution failed with exit code [$returnCode]."`,
				`                  +                     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~`,
				``,
				``),
			we("2026-11-29T07:43:02.611Z", Info, "", `[11-29-2026 07:43:02.611] [Finalization] [Exit-Script] [Info] :: [Contoso_VPNClient_5.2.1_EN_01] install completed with exit code [60002].`),
		},
	},
	{
		name:   "setupapi-dev-log-boot-session-after-torn-section",
		gap:    "a SetupAPI section is still split: its `>>>  [title]` line stands alone with no time, the record read begins at `>>>  Section start`, and `<<<  Section end` and `<<<  [Exit status` stand apart; the `[Boot Session: …]` marker is read with its time, but the section after its empty line is joined to it",
		source: "Windows 11's %windir%\\INF\\setupapi.dev.log read from the middle (sections `>>>  [title]`, `>>>  Section start yyyy/MM/dd HH:mm:ss.fff`, entries with `!    ` warning and `!!!  ` error prefixes, `<<<  Section end`, `<<<  [Exit status: …]` and an empty line; after a reboot the writer inserts an empty line and `[Boot Session: yyyy/MM/dd HH:mm:ss.fff]` with the boot's local time): the decompiled SetupAPI text-log writer (the `\\r\\n` and the `[Boot Session: %04d/%02d/%02d %02d:%02d:%02d.%03d]` format from the boot time), a public write-up of a section left open by a power loss and followed by the next boot's marker, log2timeline/plaso's setupapi parser (the entry prefixes and the boot-session line)",
		why:    "a section's time is its Section start line; a section with no end runs to the empty line before the boot marker; the marker is a record of its own with the boot's time; `!!!` entries and a FAILURE status inside a section are no level of the section",
		entries: []worldEntry{
			we("2026-11-28T18:02:11.48Z", Unknown, "",
				`>>>  [Device Install (Hardware initiated) - SWD\MSRRAS\MS_AGILEVPNMINIPORT]`,
				">>>  Section start 2026/11/28 18:02:11.480",
				"     ump: Creating Install Process: DrvInst.exe 18:02:11.482",
				"     ndv: Retrieving device info...",
				"     ndv: Setting device parameters...",
				"     ndv: Building driver list...",
				"     dvi: {Build Driver List} 18:02:11.530",
				"     dvi: {Build Driver List - exit(0x00000000)} 18:02:11.611",
				"<<<  Section end 2026/11/28 18:02:12.004",
				"<<<  [Exit status: SUCCESS]",
				""),
			we("2026-11-28T23:14:40.771Z", Unknown, "",
				`>>>  [Device Install (Install Windows Update driver) - PCI\VEN_8086&DEV_A0F0&SUBSYS_00748086&REV_20\3&11583659&0&A3]`,
				">>>  Section start 2026/11/28 23:14:40.771",
				"     ump: Creating Install Process: DrvInst.exe 23:14:40.774",
				"     ndv: Selecting best match from Driver Store (including Device Path)...",
				"     dvi: {Build Driver List} 23:14:40.805",
				""),
			we("2026-11-29T07:38:12.5Z", Unknown, "",
				"[Boot Session: 2026/11/29 07:38:12.500]",
				""),
			we("2026-11-29T07:41:16.204Z", Unknown, "",
				`>>>  [Device Install (Hardware initiated) - USB\VID_0BDA&PID_8153\000001000000]`,
				">>>  Section start 2026/11/29 07:41:16.204",
				"     ump: Creating Install Process: DrvInst.exe 07:41:16.207",
				"     ndv: Retrieving device info...",
				"     ndv: Building driver list...",
				"     dvi: {Build Driver List} 07:41:16.230",
				"!    dvi:      Driver package 'oem61.inf' is not signed for this platform.",
				"     dvi: {Build Driver List - exit(0x00000000)} 07:41:16.412",
				`!!!  ndv: Driver install failed for device 'USB\VID_0BDA&PID_8153\000001000000' with error 0xe0000247`,
				"<<<  Section end 2026/11/29 07:41:17.005",
				"<<<  [Exit status: FAILURE(0xe0000247)]",
				""),
		},
	},
	{
		name:   "isim-ad-adapter-winadagent-log",
		gap:    "neither the level nor the time is read when the level tag is glued to the date by a colon: `BSE:`, `DTL:` and `DBG:` are not read as levels and `11/29/26 07:41:16` after them not as the time",
		source: "IBM Security Identity Manager's Active Directory Adapter log WinADAgent.log in the adapter's installation directory on its Windows server (`LVL:MM/dd/yy HH:mm:ss Thread:nnnnnn msg`, LVL BSE, DTL or DBG for the base, detail and debug logging levels, the thread id optional): IBM documentation 'Error logs' for the ISIM 7.0 Active Directory Adapter (the format, its example and the three levels)",
		why:    "a three-letter level glued to the date by a colon; a two-digit year; Thread:004120 is no time; an `Error 0x8007052D` inside a base-level line is message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "BSE:11/29/26 07:41:16 Thread:004120 Received PayLoad Message"),
			we("2026-11-29T07:41:16Z", Debug, "", "DTL:11/29/26 07:41:16 Thread:004120 New callback thread. Operation is Modify."),
			we("2026-11-29T07:41:16Z", Debug, "", "DBG:11/29/26 07:41:16 Thread:004120 The RUS service is found running on the resource & it has been correctly indicated by the registry key also."),
			we("2026-11-29T07:41:17Z", Info, "", "BSE:11/29/26 07:41:17 Thread:004120 Modify request for CN=Dana Whitfield,OU=Staff,DC=corp,DC=example,DC=org completed with status 0"),
			we("2026-11-29T07:41:19Z", Info, "", "BSE:11/29/26 07:41:19 Thread:005288 Error 0x8007052D setting password for CN=Lee Okafor,OU=Staff,DC=corp,DC=example,DC=org: the password does not meet the length, complexity, or history requirements of the domain."),
		},
	},
	{
		name:   "netlogon-log-dbflag-without-timestamp",
		source: "Netlogon's %windir%\\debug\\netlogon.log on a Server 2022 domain controller after `nltest /dbflag:0x0000FFFF` (the basic categories without NL_TIMESTAMP 0x20000000, so no line carries a time; `[CATEGORY] [tid] DOMAIN: msg`): KB189541 'Using the checked Netlogon.dll to track account lockouts' (DBFlag 0x4 records logon processing without a time stamp, 0x20000004 with one; its untimed `[LOGON] SamLogon: …` lines), KB109626's flags as tabulated on mandie.net ('NetLogon.log: control what goes in'); the [tid] and domain prefix of current builds as in fresh2's timed lines, from memory",
		why:    "no time anywhere, so none may be borrowed; [LOGON] and [MISC] are debug categories, no levels; `Returns 0xC000006A` is a status; the workstation after `from`, the RAS server after `via` and a client address are no hosts",
		entries: []worldEntry{
			we("", Unknown, "", `[LOGON] [4120] CORP: SamLogon: Transitive Network logon of CORP\dana from WKS-0412 (via RAS02) Entered`),
			we("", Unknown, "", `[LOGON] [4120] CORP: SamLogon: Transitive Network logon of CORP\dana from WKS-0412 (via RAS02) Returns 0xC000006A`),
			we("", Unknown, "", "[SESSION] [5288] CORP: NlSessionSetup: Session setup Succeeded"),
			we("", Unknown, "", "[MISC] [5288] CORP: NO_CLIENT_SITE: LAP-2291 10.40.7.33"),
		},
	},
}

func TestFresh331Formats(t *testing.T) { assertTable(t, fresh331Cases) }
func TestFresh331Score(t *testing.T) {
	checkScore(t, "fresh331 formats", fresh331Cases, [worldNumFields]float64{84.3, 78, 94.7, 87.4})
}
