package parse

import "testing"

// The five-hundred-and-ninety-fifth fresh table: Windows text logs, a fourteenth pass. Text that
// Windows services and Windows server products write or print and that people paste into tickets,
// in shapes no earlier table holds: windows_exporter 0.30's log file (Go slog text, `time=… level=…
// source=file.go:line msg="…"`); the older wmi_exporter/windows_exporter service log (the
// prometheus/common/log logrus text, `time="…" level=… msg="…" source="file.go:line"`); Exchange's
// Get-Queue table; the Windows DHCP Server's Get-DhcpServerv4Lease, Get-DhcpServerv4Scope and
// Get-DhcpServerv4ScopeStatistics tables; the Windows DNS Server's Get-DnsServerResourceRecord table;
// the failover cluster's Get-ClusterGroup table.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`setupapi`, `>>>  [Device`, `Section start`, `setupact`, `setuperr`,
// `MSI (s)`, `MSI (c)`, `<![LOG[`, `smsts`, `cmtrace`, `BDD.log`, `SoftwareDistribution.log`,
// `WindowsUpdate.log`, `ReportingEvents`, `Get-ClusterLog`, `cluster.log`, `ERRORLOG`, `spid`,
// `SQLAGENT`, `Slp:`, `ReportingServicesService`, `pfirewall`, `netsetup`, `NetpDoDomainJoin`,
// `netlogon`, `dcpromo`, `w32time`, `robocopy`, `PowerShell transcript`, `winget`,
// `DeliveryOptimization`, `MRT.log`, `Malicious Software Removal`, `PFRO`, `scanstate`, `USMT`,
// `dxerror`, `DirectX`, `WDSServer`, `IAS`, `IAS_`, `dd_vs`, `vs_setup`, `dotnet-install`,
// `MpCmdRun`, `sqlsetup`, `Detail.txt`, `wbadmin`, `WinSxS`, `Sysprep`, `SQLFT`, `SQLDump`,
// `windows-update`, `wsus`, `ntbackup`, `mpsigstub`, `VSS`, `hyper-v`, `vmms`, `UpdateOrchestrator`,
// `ccmsetup`, `msiexec`, `Windows Installer`, `AdmTmpl`, `gpsvc`, `userenv`, `WinRM`, `DHCP Server`,
// `DhcpSrvLog`, `DhcpV6SrvLog`, `dns.log`, `PACKET  `, `msmdsrv`, `sourceid,executionid`, `FDLAUNCH`,
// `Log Reader Agent`, `logread`, `Distribution Agent`, `Snapshot Agent`, `himds`, `azcmagent`,
// `SetupDiag`, `pnputil`, `chkdsk`, `dxdiag`, `Burn v3`, `]i001:`, `Squirrel`, `chocolatey`, `ADMT`,
// `repadmin`, `dcdiag`, `certocm`, `iisnode`, `hmailserver`, `MailEnable`, `SmarterMail`, `MDaemon`,
// `Kerio`, `IceWarp`, `FileZilla Server`, `filezilla`, `Serv-U`, `Cerberus`, `Xlight`, `CompleteFTP`,
// `Titan FTP`, `Simple DNS`, `Simple DNS Plus`, `Technitium`, `haneWIN`, `Tftpd64`, `PDQ`, `Octopus`,
// `Tentacle`, `Lansweeper`, `Ivanti`, `WinSW`, `nssm`, `ServiceControl.log`, `SSRS`, `Power BI Report
// Server`, `PolyBase`, `SQLWriter`, `sqlps`, `Failover Cluster`, `CAU`, `ClusterAwareUpdating`,
// `Storage Spaces`, `S2D`, `wusa`, `Windows Admin Center`, `SCOM`, `HealthService`, `MonitoringHost`,
// `WindowsAzureGuestAgent`, `WaAppAgent`, `VM Agent`, `ADFS`, `AzureADConnect`, `Sync Service`,
// `miiserver`, `SQL Server Browser`, `SQLBrowser`, `logship`, `Log Shipping`, `Get-Queue`, `MSMQ`,
// `dsregcmd`, `wpeinit`, `diskpart`, `RASTLS`, `rasman`, `slmgr`, `WinHttp`, `bitsadmin`,
// `SchedLgU`, `dnscmd`, `sqlpackage`, `DmaCmd`, `SSMA`, `launchpad`, `rlauncher`, `sqltelemetry`,
// `SqlServerExtension`, `ReportServerService`, `sqlservr`, `SSISDB`, `ISServerExec`, `dtexec`,
// `psconfig`, `ULS`, `Setup Bootstrap`, `SqlSetup`, `Windows Internal Database`, `msdtc`,
// `Cluster Validation`, `Test-Cluster`, `AD Connect`, `ntdsutil`, `w3svc`, `ExchangeSetup`,
// `HealthChecker`, `MSExchangeTransport`, `SetupLogs`, `OABGen`, `ActiveSync`, `EdgeSync`,
// `RoutingTable`, `wsusoffline`, `PSWindowsUpdate`, `OSDCloud`, `Ninite`, `procmon`, `Win32-OpenSSH`,
// `sshd.log`, `shawl`, `Tri.Sensor`, `AgentProcess`, `dd_setup`, `Password Protection`, `MonAgent`,
// `wmi_exporter`, `windows_exporter`, `collect.go`, `source="exporter.go`, `Enabled collectors`,
// `PowerToys`, `Get-HotFix`, `HotFixID`, `Get-DhcpServerv4Lease`, `LeaseExpiryTime`, `AddressState`,
// `Get-DhcpServerv4Scope`, `ScopeStatistics`, `PercentageInUse`, `LeaseDuration`, `SubnetMask`,
// `Get-DnsServerResourceRecord`, `RecordType`, `TimeToLive`, `Get-ClusterGroup`, `Get-ClusterNode`,
// `OwnerNode`, `Cluster Group`, `NextHopDomain`, `DeliveryType`, `Get-MailboxDatabaseCopyStatus`,
// `CopyQueueLength`, `Get-WindowsFeature`, `Get-Service`). None of windows_exporter's or
// wmi_exporter's logs, Get-Queue, Get-DhcpServerv4Lease, Get-DhcpServerv4Scope,
// Get-DhcpServerv4ScopeStatistics, Get-DnsServerResourceRecord or Get-ClusterGroup is in any table
// (`DeliveryType` matches only a ConfigMgr line's `ApplicationDeliveryType`, `LeaseDuration` another
// product, `RecordType` and `Get-Cluster` other outputs). Left out as measured already: CBS, DISM,
// setupapi, Panther, MSI, ConfigMgr/CMTrace, MDT, WindowsUpdate.log, WSUS, the cluster log, SQL
// Server's ERRORLOG, agent, setup, SSRS and PolyBase logs, IIS, SMTP and FTP logs, the DHCP audit
// log, the DNS debug log, Exchange's protocol, tracking and setup logs, Win32-OpenSSH's sshd.log,
// and the Windows mail, FTP and DNS servers grepped above. Left out as not confirmed by any search:
// Simple DNS Plus's and CompleteFTP's logs, Windows Admin Center's gateway log (its installer log is
// the Inno Setup shape already measured), Lansweeper's logs. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). windows_exporter's slog time ends in Z; wmi_exporter's logrus time carries
// the machine's offset (+01:00 here) and is converted. The PowerShell tables print times in the
// en-US culture (`11/30/2026 7:41:16 AM`, month first, a 12-hour clock, no zone: read as UTC): the
// lease table's LeaseExpiryTime is the row's only time and is its time; a DNS record's Timestamp is
// its time, and `0` (a static record) is no time. LeaseDuration `8.00:00:00` and TimeToLive
// `01:00:00` are durations, not times; Get-Queue, the scope tables and Get-ClusterGroup carry no
// time. Levels only where the line marks one: slog's INFO WARN ERROR DEBUG and logrus's info warning
// error; a queue's `Retry`, a lease's `Active`, a scope's `Inactive` and a group's `Failed` are
// states, not levels. No record here has a host field: a lease's HostName is the client's, a DNS
// record's HostName is the record's name, a queue's NextHopDomain is a peer, a cluster group's
// OwnerNode is a property of the group, not the machine that wrote the line; so every host is "".
// Each table's column header and dashed rule are fed but not scored; every row is a record of its
// own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); where a search did not
// confirm a layout the source says "from memory" (two families: Get-DnsServerResourceRecord and
// Get-ClusterGroup). Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit c092b93 before any rule for it: level 100.0 %, time 100.0 %,
// host 83.1 %, records 100.0 %. That is the macro figure (micro: level 100.0 %, time 100.0 %, host
// 81.8 %, records 100.0 %), in a worktree at c092b93 with no change to trawl's code (only this file
// and table_test.go's list), 6 of 8 families fully right; the gaps are the HostName column of the
// two PowerShell tables, read as the record's host though it names a DHCP client
// (Get-DhcpServerv4Lease) or a DNS record (Get-DnsServerResourceRecord).

var fresh595Cases = []worldCase{
	{
		name:   "windows-exporter-030-slog-log-file",
		source: "windows_exporter 0.30 with --log.file (Go log/slog text handler: `time=RFC3339-ms-Z level=LEVEL source=file.go:line msg=\"…\"`, levels DEBUG INFO WARN ERROR): prometheus-community/windows_exporter issue #2024 (a pasted log), PR #1644",
		why:    "slog's key=value text with the time first and the level in upper case; `source=collect.go:220` is a file and line, no time; a collector's duration `5.9986ms` is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `time=2026-11-29T07:41:16.204Z level=INFO source=main.go:272 msg="Running as service" name=windows_exporter`),
			we("2026-11-29T07:41:16.391Z", Info, "", `time=2026-11-29T07:41:16.391Z level=INFO source=main.go:301 msg="Starting windows_exporter" version=0.30.7 branch=heads/tags/v0.30.7`),
			we("2026-11-29T07:41:17.020Z", Warn, "", `time=2026-11-29T07:41:17.020Z level=WARN source=collector.go:189 msg="couldn't initialize collector" collector=mssql err="no SQL Server instances found"`),
			we("2026-11-29T07:41:31.612Z", Debug, "", `time=2026-11-29T07:41:31.612Z level=DEBUG source=collect.go:220 msg="collector memory succeeded after 4.8812ms, resulting in 35 metrics"`),
			we("2026-11-29T07:41:46.905Z", Error, "", `time=2026-11-29T07:41:46.905Z level=ERROR source=collect.go:237 msg="collector iis failed after 30.0004s, resulting in 0 metrics" err="collection timed out"`),
		},
	},
	{
		name:   "wmi-exporter-logrus-service-log",
		source: "wmi_exporter / windows_exporter up to 0.15 as a service writing to a file (prometheus/common/log over logrus: `time=\"RFC3339±offset\" level=info msg=\"…\" source=\"file.go:line\"`): the same library's lines pasted from node_exporter (`time=\"2019-11-18T10:12:09+08:00\" level=info msg=\"Enabled collectors:\" source=\"node_exporter.go:97\"`, found with find_string); wmi_exporter's own messages and file names from memory",
		why:    "the quoted time carries the machine's offset (+01:00) and is converted; the level is a lower-case word, `warning` for Warn; `source=\"exporter.go:337\"` is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T08:41:16+01:00" level=info msg="Enabled collectors: cpu, cs, logical_disk, net, os, service, system, textfile" source="exporter.go:348"`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T08:41:16+01:00" level=info msg="Starting server on :9182" source="exporter.go:361"`),
			we("2026-11-29T07:42:03Z", Warn, "", `time="2026-11-29T08:42:03+01:00" level=warning msg="No textfile collector directory found, skipping" source="textfile.go:112"`),
			we("2026-11-29T07:43:10Z", Error, "", `time="2026-11-29T08:43:10+01:00" level=error msg="collector service failed after 9.8125s: Exception occurred. (Timed out)" source="exporter.go:90"`),
		},
	},
	{
		name:   "exchange-get-queue-table",
		source: "Exchange Management Shell Get-Queue default table (Identity, DeliveryType, Status, MessageCount, NextHopDomain): a monitoring script's comment pasting the output (found with find_string `DeliveryType Status MessageCount`); learn.microsoft.com Exchange queue documentation",
		why:    "a column header and a dashed rule, then rows with no time and no level; `Retry` is a state; the server before the backslash in Identity and the NextHopDomain are no host field of the row",
		entries: []worldEntry{
			wskip("Identity                    DeliveryType Status MessageCount NextHopDomain",
				"--------                    ------------ ------ ------------ -------------"),
			we("", Unknown, "", `MBX02\4518                  SmtpRela... Ready  0            tailwind-lab.example`),
			we("", Unknown, "", `MBX02\4523                  DnsConne... Retry  17           outlook.example.net`),
			we("", Unknown, "", `MBX02\4530                  SmartHost... Ready  2            [10.40.8.25]`),
			we("", Unknown, "", `MBX02\Submission            Undefined    Ready  0            Submission`),
			we("", Unknown, "", `MBX02\Poison                Undefined    Ready  1            Poison Message`),
		},
	},
	{
		name:   "dhcp-get-dhcpserverv4lease-table",
		source: "Windows Server DhcpServer module Get-DhcpServerv4Lease default table (IPAddress, ScopeId, ClientId, HostName, AddressState, LeaseExpiryTime in the en-US culture): pasted outputs found with find_string (`IPAddress       ScopeId         ClientId             HostName             AddressState         LeaseExpiryTime`, rows ending `3/6/2026 1:33:14 AM`)",
		why:    "a month-first date with a 12-hour clock at the end of the row (the lease's expiry, its only time); the client's HostName is no host of the record; `Active` is a state, no level",
		entries: []worldEntry{
			wskip("IPAddress       ScopeId         ClientId             HostName             AddressState         LeaseExpiryTime",
				"---------       -------         --------             --------             ------------         ---------------"),
			we("2026-12-07T07:41:16Z", Unknown, "", "10.22.4.51      10.22.4.0       3c-52-82-1a-7e-04    lab-ws-051.harbor... Active               12/7/2026 7:41:16 AM"),
			we("2026-12-07T09:05:48Z", Unknown, "", "10.22.4.52      10.22.4.0       f4-8e-38-c2-11-9a    lab-ws-052.harbor... Active               12/7/2026 9:05:48 AM"),
			we("2026-12-06T23:17:02Z", Unknown, "", "10.22.4.60      10.22.4.0       00-15-5d-0a-63-21    printer-3f           ActiveReservation    12/6/2026 11:17:02 PM"),
			we("2026-12-07T12:00:31Z", Unknown, "", "10.22.4.77      10.22.4.0       98-fa-9b-40-2d-6e                         Declined             12/7/2026 12:00:31 PM"),
		},
		gap: "the client's name in the table's HostName column (`lab-ws-051.harbor...`, `printer-3f`) is read as the record's host",
	},
	{
		name:   "dhcp-get-dhcpserverv4scope-table",
		source: "Windows Server DhcpServer module Get-DhcpServerv4Scope default table (ScopeId, SubnetMask, Name, State, StartRange, EndRange, LeaseDuration as d.hh:mm:ss): a lab script's pasted output found with find_string (`192.168.10.0    255.255.255.0   NemtsowScope   Active   …   8.00:00:00`)",
		why:    "rows of addresses and a lease duration `8.00:00:00` that is no time; no level, no host",
		entries: []worldEntry{
			wskip("ScopeId         SubnetMask      Name           State    StartRange      EndRange        LeaseDuration",
				"-------         ----------      ----           -----    ----------      --------        -------------"),
			we("", Unknown, "", "10.22.4.0       255.255.255.0   Harbor-Lab     Active   10.22.4.50      10.22.4.240     8.00:00:00"),
			we("", Unknown, "", "10.22.8.0       255.255.252.0   Harbor-WiFi    Active   10.22.8.20      10.22.11.250    01:00:00"),
			we("", Unknown, "", "10.22.12.0      255.255.255.0   Harbor-Old     Inactive 10.22.12.10     10.22.12.200    3.00:00:00"),
		},
	},
	{
		name:   "dhcp-get-dhcpserverv4scopestatistics-table",
		source: "Windows Server DhcpServer module Get-DhcpServerv4ScopeStatistics default table (ScopeId, Free, InUse, PercentageInUse, Reserved, Pending, SuperscopeName): a pasted output found with find_string (`ScopeId          Free            InUse           PercentageInUse …`)",
		why:    "rows of counts and a percentage only: no time, no level, no host; no row is joined to the one before",
		entries: []worldEntry{
			wskip("ScopeId          Free            InUse           PercentageInUse  Reserved        Pending         SuperscopeName",
				"-------          ----            -----           ---------------  --------        -------         --------------"),
			we("", Unknown, "", "10.22.4.0        137             54              28.27225         6               0"),
			we("", Unknown, "", "10.22.8.0        410             609             59.76448         0               2               Harbor-Campus"),
			we("", Unknown, "", "10.22.12.0       191             0               0                0               0"),
		},
	},
	{
		name:   "dns-get-dnsserverresourcerecord-table",
		source: "Windows Server DnsServer module Get-DnsServerResourceRecord default table (HostName, RecordType, Type, Timestamp, TimeToLive, RecordData; a dynamic record's Timestamp in the en-US culture on the hour, a static record's `0`): from memory",
		why:    "a month-first date with a 12-hour clock mid-row for a dynamic record, `0` for a static one (no time); TimeToLive `01:00:00` is a duration; the record's HostName is a DNS name, not the host",
		entries: []worldEntry{
			wskip("HostName                  RecordType Type       Timestamp            TimeToLive      RecordData",
				"--------                  ---------- ----       ---------            ----------      ----------"),
			we("", Unknown, "", "@                         A          1          0                    01:00:00        10.22.4.10"),
			we("", Unknown, "", "@                         NS         2          0                    01:00:00        dc01.harbor.example."),
			we("2026-11-29T07:00:00Z", Unknown, "", "lab-ws-051                A          1          11/29/2026 7:00:00 AM 00:20:00        10.22.4.51"),
			we("2026-11-28T22:00:00Z", Unknown, "", "lab-ws-052                A          1          11/28/2026 10:00:00 PM 00:20:00       10.22.4.52"),
			we("", Unknown, "", "intranet                  CNAME      5          0                    01:00:00        web02.harbor.example."),
		},
		gap: "the DNS record's name in the table's HostName column (`lab-ws-051`, `intranet`) is read as the record's host",
	},
	{
		name:   "cluster-get-clustergroup-table",
		source: "Windows Server FailoverClusters module Get-ClusterGroup default table (Name, OwnerNode, State): from memory",
		why:    "rows with a group name of several words, an owner node and a state: no time, no level; the owner node is a property of the group, not the host of the line; `Failed` is a state",
		entries: []worldEntry{
			wskip("Name                      OwnerNode State",
				"----                      --------- -----"),
			we("", Unknown, "", "Available Storage         HV-NODE2  Offline"),
			we("", Unknown, "", "Cluster Group             HV-NODE1  Online"),
			we("", Unknown, "", "SQL Server (MSSQLSERVER)  HV-NODE1  Online"),
			we("", Unknown, "", "FS-HARBOR                 HV-NODE3  Failed"),
		},
	},
}

func TestFresh595Formats(t *testing.T) { assertTable(t, fresh595Cases) }
func TestFresh595Score(t *testing.T) {
	checkScore(t, "fresh595 formats", fresh595Cases, [worldNumFields]float64{99.9, 99.9, 83.0, 99.9})
}
