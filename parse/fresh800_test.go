package parse

import "testing"

// The eight-hundredth fresh table: statistics and analytics software. Each family is one product's
// own log: the SAS 9.4 Metadata Server's log4sas file (ISO time with a comma, a padded level, a
// bracketed thread and `client:user - `); the SAS/SHARE server log (SAS DATETIME glued to its
// clock, a six-digit message number, no level); the SAS LASR Analytic Server's action log
// (comma-separated key=value with a SAS-epoch SASTime, a ctime Time and the grid Host); MATLAB
// Production Server's main.log (a dotted date in brackets, then a level word in brackets);
// RapidMiner Studio's console (java.util.logging two-line records among Xerces' untimed
// `[Fatal Error]` lines); cmdstanpy under Prophet (a bare time of day before ` - cmdstanpy - LEVEL - `);
// ShinyProxy's Spring Boot console (ContainerProxy's stack traces); Posit Connect's server log
// (a Go slashed date with microseconds and no level).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `spss`, `statistics server`, `statisticsd`, `modeler`, `SAS`,
// `sas batch`, `sas viya`, `sas-viya`, `sas/share`, `SHARE2`, `SASTime`, `saslasr`, `LASR`,
// `Client.ID`, `saspw`, `MetadataServer`, `ObjectSpawner`, `log4sas`, `Lev1`, `SASMeta`, `matlab`,
// `matlab production`, `mjs`, `[information]`, `stata`, `knime`, `rapidminer`, `orange`,
// `orange3`, `jmp`, `posit`, `posit connect`, `rstudio-connect`, `rsconnect`, `rstudio`,
// `rstudio-server`, `rstudio-launcher`, `rsession`, `shiny`, `shiny-server`, `shinyproxy`,
// `containerproxy`, `ProxyService`, `rserve`, `opencpu`, `plumber`, `jupyter`, `minitab`,
// `statistica`, `tableau`, `qlik`, `spotfire`, `dataiku`, `alteryx`, `jamovi`, `jasp`,
// `datarobot`, `weka`, `weka.gui`, `eviews`, `h2o`, `h2o-3`, `water.`, `metabase`, `cognos`,
// `microstrategy`, `sisense`, `looker`, `wolfram`, `mathematica`, `octave`, `gretl`, `julia`,
// `cmdstanpy`, `cmdstan`, `prophet`, `Chain [1]`, `pymc`, `brms`, `messageKey`,
// `sas-identities`. Already measured and left out: the MATLAB batch logfile, the SAS batch log,
// SAS's DATETIME rule, KNIME's log file and console, Qlik Sense, Tableau's JSON, Dataiku DSS,
// TM1, H2O's node log, Metabase, RStudio Server's rserver log, Shiny Server, plumber, Jupyter and
// Positron. `[information]` matches only .NET console lines of other products, `ProxyService` and
// `messageKey` only other products. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). None of these products writes a zone: every time is taken as UTC.
// cmdstanpy writes a time of day only, on the clock's day; LASR's SASTime (seconds since
// 1960-01-01 with hundredths) and its Time field are two versions of the record's own time and
// either is accepted (`a|b`). Levels only where the line marks one: log4sas's level column, the
// MATLAB Production Server's bracketed word (information is Info, trace is Trace), the JUL level
// line under RapidMiner's header (SEVERE is Error) and Xerces' `[Fatal Error]` tag (Critical),
// cmdstanpy's level between dashes, Spring Boot's level column; SAS/SHARE's, LASR's and Posit
// Connect's lines carry none. The host is the record's host field: LASR's `Host=`; the others
// write none (log4sas's `:user` is a user, a peer address in a message is no host, Spring's `1`
// is a pid). Multi-line records: RapidMiner's JUL header, level line and exception with its
// frames; ShinyProxy's error with its exception and `at` frames.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory" (ShinyProxy's Spring Boot line itself, Posit Connect's log line). Hosts, ids, users,
// addresses and messages are invented, and every time is in late November 2026. The expectations
// were decided from the format before the table was first run, and none was changed after it; a
// family trawl still gets wrong carries a gap that says what it does not read, and it stays in the
// score.
//
// Its first figure, scored at commit cab9b82 before any rule for it: level 100.0 %, time 100.0 %, host 91.7 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 93.8 %, records 100.0 %), in a
// worktree at cab9b82 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is a host: LASR's `Host=` pair in its comma-separated action
// line is not read on two of its three records.

var fresh800Cases = []worldCase{
	{
		name:   "sas-metadata-server-log4sas",
		source: "SAS 9.4 Metadata Server log (`<config>/Lev1/SASMeta/MetadataServer/Logs/SASMeta_MetadataServer_%d_%S{hostname}_%S{pid}.log`) with logconfig.xml's ConversionPattern `%d %-5p [%t] %X{Client.ID}:%u - %m`: communities.sas.com 'Get last SAS logins of users and clients' (td-p/352725); the `2504:User123@saspw` client-id form from support.sas.com bisag 'About Metadata Server Loggers'",
		why:    "an ISO time with a comma before the milliseconds and no zone, a level padded to five, a bracketed zero-padded thread, then an optional client id, a colon and the user before ` - `",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.586Z", Info, "", "2026-11-29T07:41:16,586 INFO  [00183402] :ana.lopez - New client connection (13015) accepted from server port 8561 for user ana.lopez. Encryption level is Credentials using encryption algorithm SASProprietary. Peer IP address and port are [::ffff:10.40.2.17]:49254 for APPNAME=SAS Enterprise Guide."),
			we("2026-11-29T07:41:52.248Z", Warn, "", "2026-11-29T07:41:52,248 WARN  [00009359] :sas - New client connection (13016) rejected from server port 8561 for user kwame.boateng. Peer IP address and port are [::ffff:10.40.2.31]:52769 for APPNAME=SAS Studio."),
			we("2026-11-29T07:42:03.117Z", Info, "", "2026-11-29T07:42:03,117 INFO  [00183410] 4120:sasadm@saspw - Added IdentityType=Person Name=mei.tanaka, ObjId=A5X7Q2LM.AP0004RT."),
			we("2026-11-29T07:43:55.002Z", Error, "", "2026-11-29T07:43:55,002 ERROR [00000011] :sas - Repository Foundation could not be opened: the journal file /sas/config/Lev1/SASMeta/MetadataServer/Journal/MetadataServerJournal.dat is full."),
		},
	},
	{
		name:   "sas-share-server-log",
		source: "SAS/SHARE server log (`30Apr2008:07:15:36.690 043131 SAS server SHARE2 started.`, `043021 User john(1) has connected to server SHARE2.`): support.sas.com SAS/SHARE User's Guide 'Server Log Messages' (shrref)",
		why:    "SAS's DATETIME with milliseconds (day, month name and year glued, a colon, the clock) then a six-digit message number; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:15:36.69Z", Unknown, "", "29Nov2026:07:15:36.690 043131 SAS server SHARE3 started."),
			we("2026-11-29T07:16:20.048Z", Unknown, "", "29Nov2026:07:16:20.048 043021 User maria(1) has connected to server SHARE3."),
			we("2026-11-29T07:16:20.442Z", Unknown, "", `29Nov2026:07:16:20.442 043143 User maria(1) has created "Line Mode Process"(1) under "Kernel"(0).`),
			we("2026-11-29T07:19:02.115Z", Unknown, "", "29Nov2026:07:19:02.115 043022 User maria(1) has disconnected from server SHARE3."),
		},
	},
	{
		name:   "sas-lasr-analytic-server-log",
		source: "SAS LASR Analytic Server action log (`ID=1,PID=…,SASTime=1658782485.36,Time=Tue Jul 24 20:54:45 2012,User=sasdemo, Host=grid001,LASRServer=/tmp/LASR….saslasr,Port=…, RawCmd=…, ExeCmd=…,JnlMsg=, StatusMsg=…,RunTime= 2.17`): support.sas.com SAS LASR Analytic Server Reference Guide 'Logging' (inmsref)",
		why:    "key=value pairs split by commas: SASTime is seconds since 1960 with hundredths and Time a ctime of the same instant, both without a zone; Host= is the record's host; no level",
		gap:    "the `Host=lasrgrid07` pair after `User=…, ` in a comma-separated key=value action line is not read as the host on the two records whose StatusMsg is `Command successfully completed.` (host \"\"); it is read on the third",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.36Z", Unknown, "lasrgrid07", `ID=1,PID=30412,SASTime=2111557276.36,Time=Sun Nov 29 07:41:16 2026,User=mei.tanaka, Host=lasrgrid07,LASRServer=/tmp/LASR.718204117.30412.saslasr,Port=10011, RawCmd=action=ClassLevels name=SALES.Q4.ORDERS "NlsenCoding=62", ExeCmd=action=ClassLevels name=SALES.Q4.ORDERS "NlsenCoding=62",JnlMsg=, StatusMsg=Command successfully completed.,RunTime= 1.84`),
			we("2026-11-29T07:43:02Z|2026-11-29T07:43:02.09Z", Unknown, "lasrgrid07", `ID=2,PID=30412,SASTime=2111557382.09,Time=Sun Nov 29 07:43:02 2026,User=mei.tanaka, Host=lasrgrid07,LASRServer=/tmp/LASR.718204117.30412.saslasr,Port=10011, RawCmd=action=BoxPlot name=SALES.Q4.ORDERS, ExeCmd=action=BoxPlot name=SALES.Q4.ORDERS,JnlMsg=, StatusMsg=Command successfully completed.,RunTime= 0.21`),
			we("2026-11-29T07:44:30Z|2026-11-29T07:44:30.77Z", Unknown, "lasrgrid07", `ID=3,PID=30412,SASTime=2111557470.77,Time=Sun Nov 29 07:44:30 2026,User=kwame.boateng, Host=lasrgrid07,LASRServer=/tmp/LASR.718204117.30412.saslasr,Port=10011, RawCmd=action=APPEND_TABLE ,ExeCmd=action=APPEND_TABLE ,JnlMsg=, StatusMsg=ERROR: The table SALES.Q4.RETURNS could not be found.,RunTime= 0.02`),
		},
	},
	{
		name:   "matlab-production-server-main-log",
		source: "MATLAB Production Server main.log (`[2025.03.18 13:50:49.510638] [information] Starting master (pid = 10676)`) and its log-severity values error, warning, information, trace: mathworks.com help/mps 'Read Active Log using API' and 'Manage Log Files'",
		why:    "a bracketed dotted date with microseconds and no zone, then the level word in brackets (information, warning, error, trace)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.510638Z", Info, "", "[2026.11.29 07:41:16.510638] [information] Starting master (pid = 20417)"),
			we("2026-11-29T07:41:16.511902Z", Info, "", "[2026.11.29 07:41:16.511902] [information] Global locale: en_US"),
			we("2026-11-29T07:41:17.204113Z", Trace, "", "[2026.11.29 07:41:17.204113] [trace] worker 3: attaching to MATLAB Runtime R2026a at /opt/mcr/R2026a"),
			we("2026-11-29T07:42:40.018337Z", Warn, "", "[2026.11.29 07:42:40.018337] [warning] request 8812 to /forecast/predictSales queued for 5012 ms: all 4 workers busy"),
			we("2026-11-29T07:42:41.300512Z", Error, "", "[2026.11.29 07:42:41.300512] [error] worker 2 exited unexpectedly (exit code 137); restarting"),
		},
	},
	{
		name:   "rapidminer-studio-jul-console",
		source: "RapidMiner Studio console with an extension loaded (`[Fatal Error] :132:11: Element type …`, then `Aug 09, 2017 1:52:39 PM com.rapidminer.gui.renderer.RendererService init` / `WARNING: Cannot initialize io object description: …` / `org.xml.sax.SAXParseException; lineNumber: 132; …`): rapidprom/rapidprom-source issue #51",
		why:    "java.util.logging's SimpleFormatter: a 12-hour header with the class and method, the level on the next line, the exception and its frames under it; Xerces' untimed `[Fatal Error]` line is a record of its own",
		entries: []worldEntry{
			we("", Critical, "", `[Fatal Error] :87:14: Element type "ioobject" must be followed by either attribute specifications, ">" or "/>".`),
			we("2026-11-29T07:41:39Z", Warn, "",
				"Nov 29, 2026 7:41:39 AM com.rapidminer.gui.renderer.RendererService init",
				`WARNING: Cannot initialize io object description: Cannot parse document: org.xml.sax.SAXParseException; lineNumber: 87; columnNumber: 14; Element type "ioobject" must be followed by either attribute specifications, ">" or "/>".`,
				`org.xml.sax.SAXParseException; lineNumber: 87; columnNumber: 14; Element type "ioobject" must be followed by either attribute specifications, ">" or "/>".`,
				"\tat java.xml/com.sun.org.apache.xerces.internal.parsers.DOMParser.parse(DOMParser.java:262)",
				"\tat com.rapidminer.gui.renderer.RendererService.init(RendererService.java:205)"),
			we("2026-11-29T07:41:42Z", Info, "",
				"Nov 29, 2026 7:41:42 AM com.rapidminer.tools.plugin.Plugin registerOperators",
				"INFO: Registered operators of extension Forecast Toolkit 2.4.1"),
			we("2026-11-29T07:42:05Z", Error, "",
				"Nov 29, 2026 7:42:05 AM com.rapidminer.Process run",
				"SEVERE: Process //Local Repository/processes/churn_scoring failed: Attribute 'tenure_months' is missing in the input example set."),
		},
	},
	{
		name:   "cmdstanpy-prophet-console",
		source: "cmdstanpy's console handler under Prophet (`17:10:27 - cmdstanpy - INFO - Chain [1] start processing`, `14:48:29 - cmdstanpy - ERROR - Chain [1] error: …`): notebook and report outputs found with the code corpus (find_string `cmdstanpy - INFO - Chain [1]`)",
		why:    "a bare time of day, then the logger and the level between ` - `; the day is the clock's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "07:41:16 - cmdstanpy - DEBUG - cmd: /opt/prophet/stan_model/prophet_model.bin random seed=48120 data file=/tmp/tmpq8x1/weekly_sales.json output file=/tmp/tmpq8x1/prophet_model-20261129074116.csv method=optimize algorithm=lbfgs iter=10000"),
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 - cmdstanpy - INFO - Chain [1] start processing"),
			we("2026-11-29T07:41:19Z", Info, "", "07:41:19 - cmdstanpy - INFO - Chain [1] done processing"),
			we("2026-11-29T07:41:24Z", Error, "", "07:41:24 - cmdstanpy - ERROR - Chain [1] error: code '1' Operation not permitted"),
		},
	},
	{
		name:   "shinyproxy-spring-boot-console",
		source: "ShinyProxy 2.x (ContainerProxy) on stdout, Spring Boot's default console pattern; the `eu.openanalytics.containerproxy.ContainerProxyException: Failed to start container` trace with its `at …AbstractContainerBackend.startProxy(AbstractContainerBackend.java:113)` frames: openanalytics/shinyproxy issue #202, openanalytics/shinyproxy-shiny-demo-minimal issue #2; logs to stdout: openanalytics/shinyproxy-config-examples issue #35; the line layout itself from memory",
		why:    "Spring Boot's time with milliseconds, the level, the pid and `---`, the padded thread in brackets and the abbreviated logger before ` : `; an error's exception and frames belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204  INFO 1 --- [           main] e.o.containerproxy.ContainerProxyApplication : Started ContainerProxyApplication in 9.411 seconds (JVM running for 10.652)"),
			we("2026-11-29T07:41:52.88Z", Info, "", "2026-11-29 07:41:52.880  INFO 1 --- [  XNIO-1 task-3] e.o.containerproxy.service.ProxyService  : Proxy activated [user: ana.lopez] [spec: sales-dashboard] [id: 6f1c2e4a-9b7d-4a31-8e02-5c4d3b2a1f09]"),
			we("2026-11-29T07:42:07.415Z", Warn, "", "2026-11-29 07:42:07.415  WARN 1 --- [  XNIO-1 task-5] e.o.c.b.docker.DockerEngineBackend       : Container did not respond in time [spec: forecast-app] [image: registry.example.org/analytics/forecast:3.2]"),
			we("2026-11-29T07:42:10.031Z", Error, "",
				"2026-11-29 07:42:10.031 ERROR 1 --- [  XNIO-1 task-5] io.undertow.request                      : UT005023: Exception handling request to /app/forecast-app",
				"eu.openanalytics.containerproxy.ContainerProxyException: Failed to start container",
				"\tat eu.openanalytics.containerproxy.backend.AbstractContainerBackend.startProxy(AbstractContainerBackend.java:113)",
				"\tat eu.openanalytics.containerproxy.service.ProxyService.startProxy(ProxyService.java:213)",
				"\tat eu.openanalytics.shinyproxy.controllers.AppController.getOrStart(AppController.java:109)"),
		},
	},
	{
		name:   "posit-connect-server-log",
		source: "Posit Connect (RStudio Connect) server log /var/log/rstudio-connect.log before structured logging, a Go log line with a slashed date and microseconds: from memory; the service and file names from docs.posit.co/connect/admin 'Server Management' and 'Files & Directories', structured logging's later TEXT/JSON options from docs.posit.co/connect/admin/logging",
		why:    "Go's log with date, time and microseconds; no level, no host; a level-like word in the message is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512186Z", Unknown, "", "2026/11/29 07:41:16.512186 Starting Posit Connect v2026.11.0"),
			we("2026-11-29T07:41:16.530912Z", Unknown, "", "2026/11/29 07:41:16.530912 Using configuration file /etc/rstudio-connect/rstudio-connect.gcfg"),
			we("2026-11-29T07:41:17.004417Z", Unknown, "", "2026/11/29 07:41:17.004417 Listening on 0.0.0.0:3939"),
			we("2026-11-29T07:42:31.220051Z", Unknown, "", "2026/11/29 07:42:31.220051 Error rendering content 412 (weekly-kpi-report): R process exited with status 1"),
		},
	},
}

func TestFresh800Formats(t *testing.T) { assertTable(t, fresh800Cases) }
func TestFresh800Score(t *testing.T) {
	checkScore(t, "fresh800 formats", fresh800Cases, [worldNumFields]float64{99.9, 99.9, 91.6, 99.9})
}
