package parse

import "testing"

// The eight-hundred-and-twenty-first fresh table: CAD, PLM and engineering servers. Each family is
// one server's own log: PTC Windchill's method server (log4j `date LEVEL [thread] logger user -
// msg`, the MethodContextMonitor's context line with a second, +0000 start time inside the
// message, and a wt.system.err stack trace); Siemens Teamcenter's tcserver syslog (`LEVEL -
// yyyy/MM/dd-HH:mm:ss.SSS UTC - NoId - msg`, its message wrapped onto lines of their own); the
// Ansys Licensing Interconnect's ansysli_server.log (a slashed date, an ACTION word and columns of
// counts and MPID:APP:USER@HOST); PTC ThingWorx's ApplicationLog (`+0000` time and `[L: LEVEL]
// [O: origin] [I: ] [U: user] …` slots); Siemens Polarion ALM (log4j with a thread bracket holding
// `| u:user | job: …`); the Dassault Systèmes License Server's log (a millisecond after a colon
// and a one-letter severity before the component); the Autodesk Vault Job Processor's log4net
// file (a numeric thread in brackets); a SOLIDWORKS PDM archive server log saved as tab-separated
// text (date, type, computer, user, message).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `windchill`, `MethodServer`, `wt.method`, `wt.system.err`,
// `teamcenter`, `tcserver`, `NoId`, `pool_manager`, `ServerManager`, `autodesk vault`,
// `vault server`, `Job Processor`, `JobProcessor`, `solidworks`, `SOLIDWORKS PDM`, `conisio`,
// `EPDM`, `ArchiveServer`, `aras`, `innovator`, `ansys`, `ansysli`, `ansyslmd`, `CHECKOUT`,
// `comsol`, `flexlm`, `lmgrd`, `lmutil`, `DSLS`, `LICENSESERV`, `CATIA`, `ENOVIA`, `3DEXPERIENCE`,
// `abaqus`, `creo`, `Fusion 360`, `altair`, `hyperworks`, `nastran`, `LS-DYNA`, `openfoam`,
// `moldflow`, `Arena PLM`, `Agile PLM`, `onshape`, `STAR-CCM`, `simcenter`, `RLM`, `reprise`,
// `LM-X`, `fluent`, `cfx`, `mechanical apdl`, `MATLAB`, `ProjectWise`, `MicroStation`, `AutoVue`,
// `Solid Edge`, `Polarion`, `Codebeamer`, `Jama`, `ThingWorx`, `[L: `, `| u:`, `PTC`, `Simulia`,
// `Granta`, `RSM`. Measured already, and left out: the FlexLM lmgrd debug log (ansyslmd, ugslmd,
// SolidWorks SNL run under it), Reprise RLM's debug and report logs, LM-X, MAPDL's batch output,
// Fluent, Abaqus and COMSOL's batch logs (fresh193, fresh346, fresh732). ThingWorx and `RSM`
// match only grep lists or other products; Teamcenter, Windchill, Polarion, DSLS, Vault, PDM and
// the Licensing Interconnect match nothing. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time without a zone is taken as UTC (Windchill's, Polarion's, the
// Licensing Interconnect's, DSLS's, the Job Processor's, PDM's); Teamcenter writes UTC and
// ThingWorx +0000, both already UTC. Windchill's MethodContextMonitor line carries the context's
// start time in its message: that is another moment (the context began before it was logged), so
// only the leading time is the record's. Levels only where the line marks one: Windchill's,
// Polarion's and the Job Processor's log4j/log4net level column, Teamcenter's leading level word,
// ThingWorx's `[L: …]`, DSLS's letter (I W E), PDM's type column (Information, Warning, Error).
// The Licensing Interconnect's ACTION (CHECKOUT, CHECKIN) is no level: its lines are Unknown. The
// host is the record's host field: only PDM's computer column is one; Teamcenter's `NoId` is a
// session-id slot, the Interconnect's USER@HOST names the client, Windchill's thread name carries
// the RMI peer's address, and the others write none. Windchill's and Polarion's stack traces and
// Teamcenter's wrapped message lines are one record with the line before.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory" (DSLS's, the Job Processor's and PDM's layouts, the Licensing Interconnect's time).
// Hosts, ids, addresses, users and messages are invented, and every time is in late November 2026.
// The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read,
// and it stays in the score.
//
// Its first figure, scored at commit 7f43fec before any rule for it: level 100.0 %, time 100.0 %,
// host 87.5 %, records 100.0 %. That is the macro figure (micro: level 100.0 %, time 100.0 %, host
// 90.3 %, records 100.0 %), in a worktree at 7f43fec with no change to trawl's code (only this file
// and table_test.go's list), 7 of 8 families fully right; the one gap is a host: the computer
// column of SOLIDWORKS PDM's tab-separated archive server log is not read as the host.

var fresh821Cases = []worldCase{
	{
		name:   "windchill-methodserver",
		source: "PTC Windchill method server log (log4jMethodServer.properties: `yyyy-MM-dd HH:mm:ss,SSS LEVEL [thread] logger user - msg`): Windchill Help Center, MethodContexts (Monitors) MBean page (WCSysAdminJMX_WCMBean_MethodContextMonitor.html, its sample context line), PTC article CS26654 (`INFO [main] wt.util.WTPropertiesWatcher`, `wt.method.MemoryUsageRedirectStrategy - Usage threshold exceeded`); the wt.system.err stack trace from memory",
		why:    "a log4j line with a user column before the dash; the context line's message carries its own +0000 start time; tab-indented stack frames",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.018Z", Info, "", "2026-11-29 07:41:12,018 INFO  [main] wt.util.WTPropertiesWatcher  - Watching /opt/ptc/Windchill/codebase/wt.properties for changes"),
			we("2026-11-29T07:41:16.246Z", Info, "", "2026-11-29 07:41:16,246 INFO  [RMI TCP Connection(41)-10.44.8.23] wt.method.MethodContextMonitor.contexts.rmi plmadmin - 2026-11-29 07:41:15.731 +0000, 1x8kq2m;lv3d9c1p;6021;qr7zt;14, -, -, -, plmadmin, 10.44.8.23, wt.part.WTPartHelper$Server, getUsesWTParts, , 0, 3, 0.412381094, 0.0625, 0.514902331"),
			we("2026-11-29T07:41:18.903Z", Error, "",
				"2026-11-29 07:41:18,903 ERROR [ajp-nio-127.0.0.1-8011-exec-7] wt.system.err jsmith - wt.util.WTException: Part 0000412876 (A.3) is checked out by mkowalski",
				"\tat wt.vc.wip.StandardWorkInProgressService.checkout(StandardWorkInProgressService.java:412)",
				"\tat wt.method.MethodContext.invoke(MethodContext.java:1391)",
				"\tat java.base/java.lang.Thread.run(Thread.java:840)"),
			we("2026-11-29T07:41:21.55Z", Warn, "", "2026-11-29 07:41:21,550 WARN  [wt.jmx.core.SharedScheduledExecutor.worker] wt.method.MemoryUsageRedirectStrategy  - Usage threshold exceeded; redirecting new requests away from MethodServer-1"),
		},
	},
	{
		name:   "teamcenter-syslog",
		source: "Siemens Teamcenter tcserver/utility syslog (`LEVEL - yyyy/MM/dd-HH:mm:ss.SSS UTC - NoId - code: msg`, the message wrapped onto unprefixed lines ending in the source file and line): a Teamcenter 11.5 upgrade note in a public repository (find_string `UTC - NoId - `, preferences_manager error 10004); WARN and DEBUG level words from memory",
		why:    "the level word comes first, before a dash; a slashed date joined to the time by a dash, then a UTC word; wrapped continuation lines start at column 0",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "INFO  - 2026/11/29-07:41:16.204 UTC - NoId - Login successful for user infodba in group dba, role DBA"),
			we("2026-11-29T07:41:17Z", Error, "",
				"ERROR - 2026/11/29-07:41:17.000 UTC - NoId - 515024: The instance is locked by another session. -",
				"Teamcenter.CoreModelGeneral.tc at",
				"d:\\workdir\\tc1412w0912_64\\src\\core\\pom\\pom_lock.cxx(2217)"),
			we("2026-11-29T07:41:18.551Z", Warn, "", "WARN  - 2026/11/29-07:41:18.551 UTC - NoId - Preference TC_transfer_area has no value at site scope"),
			we("2026-11-29T07:41:18.602Z", Debug, "", "DEBUG - 2026/11/29-07:41:18.602 UTC - NoId - ITK_init_module returned 0 after 1.84 s"),
		},
	},
	{
		name:   "ansys-licensing-interconnect",
		source: "Ansys Licensing Interconnect ansysli_server.log (`TIME ACTION FEATURE REVISION A/B/C/D W/X/Y/Z MPID:APP:USER@HOST:PLATFORM SOCKET:IP`): Ansys Licensing Guide, 10.8 Interpreting the ansysli_server.log File (ansyshelp.ansys.com …/ai_elg/aiELG_anservlogfile.html); the `yyyy/MM/dd HH:mm:ss` time and the column padding from memory",
		why:    "a slashed date and an action word (CHECKOUT, CHECKIN) that is no level; the client's USER@HOST is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16    CHECKOUT            mech_2                       25.2 (2024.0805)           1/1/1/4                    3/5/118/4410              31522:MECH:rkumar@ws-cae14:winx64     3412:10.60.2.81"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026/11/29 07:41:19    CHECKOUT            anshpc_pack                  25.2 (2024.0805)           2/2/3/8                    3/5/118/4410              31522:ANS_SOLVER:rkumar@ws-cae14:winx64     3412:10.60.2.81"),
			we("2026-11-29T07:52:40Z", Unknown, "", "2026/11/29 07:52:40    CHECKIN             anshpc_pack                  25.2 (2024.0805)           2/0/1/8                    3/5/118/4410              31522:ANS_SOLVER:rkumar@ws-cae14:winx64     3412:10.60.2.81"),
			we("2026-11-29T07:52:41Z", Unknown, "", "2026/11/29 07:52:41    CHECKIN             mech_2                       25.2 (2024.0805)           1/0/0/4                    2/5/118/4410              31522:MECH:rkumar@ws-cae14:winx64     3412:10.60.2.81"),
		},
	},
	{
		name:   "thingworx-applicationlog",
		source: "PTC ThingWorx ApplicationLog (`yyyy-MM-dd HH:mm:ss.SSS+0000 [L: LEVEL] [O: origin] [I: ] [U: user] [S: ] [P: ] [T: thread] msg`): a ThingWorx log catalogue in a public repository (find_string `[L: ERROR] [O: `) and a twx-platform container log pasted in another (`[L: ERROR] [O: c.t.s.ThingWorxBootstrapper] … [T: main] *** Web Application STATE is being set to ERROR! ***`)",
		why:    "a +0000 offset glued to the milliseconds; the level sits in an `[L: …]` slot among seven labelled slots",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", "2026-11-29 07:41:16.118+0000 [L: INFO] [O: c.t.s.ThingWorxServer] [I: ] [U: SuperUser] [S: ] [P: ] [T: main] ThingWorx Platform started, persistence provider PostgresPersistenceProvider"),
			we("2026-11-29T07:41:17.402Z", Warn, "", "2026-11-29 07:41:17.402+0000 [L: WARN] [O: c.t.p.p.PersistenceProviderManager] [I: ] [U: SuperUser] [S: ] [P: ] [T: pool-3-thread-2] Connection pool nearly exhausted: 46 of 50 in use"),
			we("2026-11-29T07:41:19.925Z", Error, "", "2026-11-29 07:41:19.925+0000 [L: ERROR] [O: S.c.t.d.e.JavascriptServiceHandler] [I: ] [U: opsuser] [S: 5b1f0c2a] [P: Plant42.Line3.Press] [T: https-jsse-nio-8443-exec-9] Execution error in service script [GetOEE] :: TypeError: Cannot read property \"value\" from undefined"),
			we("2026-11-29T07:41:20.006Z", Debug, "", "2026-11-29 07:41:20.006+0000 [L: DEBUG] [O: c.t.c.s.e.SubscriptionManager] [I: ] [U: System] [S: ] [P: ] [T: TWEventProcessor-4] Dispatching DataChange for Plant42.Line3.Press.Temperature"),
		},
	},
	{
		name:   "polarion-server",
		source: "Siemens Polarion ALM server log (log4j `yyyy-MM-dd HH:mm:ss,SSS [thread | u:user | job: id] LEVEL logger - msg`): Polarion's scripting guide sample in a public repository (find_string `| u:admin |`: `[Worker-0: My Script Job | u:admin | job: script.job] INFO  root  - …`); the web-service thread form from memory",
		why:    "the thread bracket holds pipes, a user and a job id before the level column",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.027Z", Info, "", "2026-11-29 07:41:16,027 [ajp-nio-127.0.0.1-8889-exec-4 | u:mweber | POST:/polarion/ws/services/TrackerWebService] INFO  com.polarion.alm.ws.TrackerWebService - Work item ELX-2291 updated"),
			we("2026-11-29T07:41:17.31Z", Warn, "", "2026-11-29 07:41:17,310 [Worker-2: Rebuild Baseline | u:polarion | job: baseline.rebuild] WARN  com.polarion.platform.jobs  - Baseline \"R4.2\" has 3 unresolved links"),
			we("2026-11-29T07:41:18.744Z", Error, "",
				"2026-11-29 07:41:18,744 [Worker-2: Rebuild Baseline | u:polarion | job: baseline.rebuild] ERROR com.polarion.subterra.index  - Index of project DRIVE could not be read",
				"java.io.IOException: read past EOF: /srv/polarion/data/workspace/polarion-data/index/DRIVE/_4k.cfs",
				"\tat org.apache.lucene.store.BufferedIndexInput.refill(BufferedIndexInput.java:207)",
				"\tat com.polarion.subterra.index.impl.IndexManager.open(IndexManager.java:512)"),
			we("2026-11-29T07:41:19.002Z", Debug, "", "2026-11-29 07:41:19,002 [Worker-0: My Script Job | u:admin | job: script.job] DEBUG root  - Nightly report written to /srv/polarion/reports/elx-2026-11-29.html"),
		},
	},
	{
		name:   "dsls-license-server",
		source: "Dassault Systèmes License Server (DSLicSrv) log (`yyyy/MM/dd HH:mm:ss:SSS L COMPONENT msg`, L one of I W E): from memory (DS License Server Installation Guide, Error, Information and Warning Messages section named by the search; no line confirmed)",
		why:    "milliseconds after a third colon; a one-letter severity before an upper-case component word",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026/11/29 07:41:16:204 I LICENSESERV DS License Server started on dslic02 port 4084 (build 6.426.1)"),
			we("2026-11-29T07:41:22.918Z", Info, "", "2026/11/29 07:41:22:918 I LICENSESERV grant HD2 to ltorres on cad-ws-117 (CATIA 3DEXPERIENCE R2026x)"),
			we("2026-11-29T07:42:03.551Z", Warn, "", "2026/11/29 07:42:03:551 W LICENSESERV license MD2 expires in 14 days"),
			we("2026-11-29T07:42:10.006Z", Error, "", "2026/11/29 07:42:10:006 E LICENSESERV no license available for SIMULIA Abaqus Solver requested by pnguyen on hpc-n07"),
		},
	},
	{
		name:   "vault-jobprocessor",
		source: "Autodesk Vault Job Processor log (JobProcessor.log, log4net `%date [%thread] %-5level %logger - %message`): from memory (Vault Help's Job Processor Overview names JobProcessor.exe and Connectivity.JobProcessor.Delegate.Host.exe; no line confirmed)",
		why:    "a numeric thread in brackets between the time and the level; an exception's lines follow the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 [1] INFO  JobProcessor - Logged in to vault Designs on vault01 as jpuser"),
			we("2026-11-29T07:41:31.557Z", Info, "", "2026-11-29 07:41:31,557 [7] INFO  Connectivity.JobProcessor.Delegate.Host - Job 10422 Autodesk.Vault.DWF.Create.ipt started for bracket-0412.ipt"),
			we("2026-11-29T07:42:05.118Z", Error, "",
				"2026-11-29 07:42:05,118 [7] ERROR Connectivity.JobProcessor.Delegate.Host - Job 10423 Autodesk.Vault.PDF.Create.idw failed",
				"System.Runtime.InteropServices.COMException (0x80004005): Inventor Server could not open the file",
				"   at Autodesk.Vault.Jobs.PdfJob.Execute(IJobProcessorServices context, IJob job)"),
			we("2026-11-29T07:42:05.201Z", Warn, "", "2026-11-29 07:42:05,201 [7] WARN  JobProcessor - Job 10423 returned to the queue (attempt 2 of 3)"),
		},
	},
	{
		name:   "solidworks-pdm-archive-log",
		source: "SOLIDWORKS PDM archive server log saved from the Archive Server Log viewer as tab-separated text (date, type, computer, user, message): from memory (no search confirmed the columns)",
		why:    "tab-separated columns; the type column is the level; the computer column is the host",
		gap:    "the computer column (pdm-arch01) of a tab-separated line, third after the date and the Information/Warning/Error type, is not read as the host: host comes out empty",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "pdm-arch01", "2026-11-29 07:41:16\tInformation\tpdm-arch01\tvkoenig\tUser logged in to vault EngVault"),
			we("2026-11-29T07:41:40Z", Warn, "pdm-arch01", "2026-11-29 07:41:40\tWarning\tpdm-arch01\tvkoenig\tCold storage schema Drawings skipped 3 files that are checked out"),
			we("2026-11-29T07:42:02Z", Error, "pdm-arch01", "2026-11-29 07:42:02\tError\tpdm-arch01\tSYSTEM\tCould not move file 0000A1F3.sldprt to \\\\nas02\\pdmarchive\\EngVault\\3: Access is denied."),
		},
	},
}

func TestFresh821Formats(t *testing.T) { assertTable(t, fresh821Cases) }
func TestFresh821Score(t *testing.T) {
	checkScore(t, "fresh821 formats", fresh821Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 99.9})
}
