package parse

import "testing"

// The two-hundred-and-seventy-eighth fresh table, written on 2026-12-06: Java application servers'
// own files, in shapes no earlier table holds. Each family is one product's documented or observed
// output: Tomcat 9/10's localhost.yyyy-MM-dd.log with OneLineFormatter's tab-indented cause chain
// (IndentingPrintWriter puts a tab before every printed line, so `\tCaused by:` and `\t\t... 41
// more`); Tomcat 9 run as a Windows service, its tomcat9-stderr.yyyy-MM-dd.log where procrun opens
// each start with a blank line and `yyyy-MM-dd HH:mm:ss Apache Commons Daemon procrun stderr
// initialized.`; WildFly's server.log read back through jboss-cli's `read-log-file` (every log line
// a quoted DMR string in a `"result" => [` list, its quotes escaped); WildFly's bootable JAR in dev
// mode, its log file written through COLOR-PATTERN with the `ESC[0m ESC[0m` / `ESC[0m ESC[33m`
// escapes before each bare time of day; WebLogic's AdminServer console out from startWebLogic.sh
// (the script's preamble, then stdout records, the first few without milliseconds and two spanning
// lines); traditional WebSphere's SystemOut.log from its first line (the `Start Display Current
// Environment` header) with an error whose cause chain runs on untimed lines; Open Liberty
// 23.0.0.x on Java 21, whose messages.log stamp ends with a narrow no-break space before `]`;
// Jetty 9.4's StdErrLog with DEBUG and SOURCE on (`:DBUG:`, `:IGNORED:`, the source frame
// `oejs.HttpChannel#handle(HttpChannel.java:408):` after the thread); GlassFish 7's server.log in
// its new ODL formatter (microseconds, an offset with a colon, no timeMillis); TomEE's embedded
// OpenEJB container in a Surefire run (SingleLineFormatter's `LEVEL - msg`, its banner with a
// build date and a build time that are no record times).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`catalina`, `tomcat`, `juli`, `OneLineFormatter`, `IndentingPrintWriter`, `\tCaused by`,
// `\t\t... N more`, `listenerStart`, `localhost.20`, `StandardWrapperValve`, `with root cause`,
// `procrun stderr`, `stderr initialized`, `tomcat9-stderr`, `commons-daemon`, `wildfly`, `jboss`,
// `read-log-file`, `"outcome" =>`, `"result" => [`, `jboss-cli`, `WFLYJAR`, `bootable`,
// `COLOR-PATTERN`, `\x1b[0m\x1b[0m`, `\x1b[0m\x1b[33m`, `[0m[3`, `WFLYCTL0080`, `failure
// description`, `MSC000001`, `weblogic`, `####<`, `BEA-`, `Starting WLS`, `To start WebLogic
// Server`, `JAVA Memory arguments`, `startWebLogic`, `BEA-000395`, `BEA-170019`, `BEA-090905`,
// `Coordinated Universal Time`, `<Nov 29, 2026, `, `websphere`, `SystemOut`, `SystemErr`,
// `Display Current Environment`, `Full server name is`, `WebSphere Platform`, `TRAS0017I`,
// `ADMN0015I`, `SRVE0293E`, `ADMU`, `JVMDUMP`, `logViewer`, `liberty`, `messages.log`, `CWWK`,
// `isoDateFormat`, `\u202f`, `wlp-1.0`, `product = Open Liberty`, `jetty`, `StdErrLog`, `:DBUG:`,
// `:IGNORED:`, `INFO :oej`, `#handle(`, `oejs.Server:main`, `glassfish`, `payara`, `[#|`, `GF 7`,
// `ODLLogFormatter`, `org.glassfish.main.jul`, `levelValue: 800] [[`, `NCLS-CORE-00087`,
// `timeMillis`, `tomee`, `openejb`, `OpenEJB http`, `Apache OpenEJB`, `T E S T S`,
// `SimpleTomEEFormatter`, `INFO - `). Tomcat's OneLineFormatter is in world_test.go and a dozen
// tables (catalina.out, the localhost, manager and host-manager logs, localised levels, Docker),
// the localhost log with a tab-indented stack in fresh43, its two-line SimpleFormatter in fresh127
// and fresh242; the tab before `Caused by:` and the doubled tab before `... N more` are in none, and
// so is procrun's stderr file (its commons-daemon log is fresh58's). WildFly's server.log, console,
// JSON, syslog and domain logs are in holdout_test.go, fresh57, fresh58, fresh66, fresh89 and
// fresh165; the CLI's read-log-file list and the coloured console in none. WebLogic's server,
// domain, stdout (also in Japanese, Korean, Chinese and with a long zone name), Node Manager, JMS,
// access and operator logs are in holdout_test.go, fresh58, fresh89, fresh93 and fresh202; the
// startWebLogic.sh console with its preamble in none. Traditional WebSphere's SystemOut in basic,
// advanced and Portuguese form, SystemErr, trace, plugin, wsadmin and FFDC are in fresh5, fresh58,
// fresh89, fresh175 and fresh253; the environment header in none. Liberty's messages.log is in
// rules_test.go, fresh3, fresh58, fresh89, fresh107 and fresh175 (German, Chinese, Korean); the
// Java 21 stamp with its narrow no-break space in none. Jetty 9's StdErrLog is in fresh58, Jetty
// 10-12 in fresh_test.go and fresh213; DBUG, IGNORED and the source frame in none. GlassFish and Payara's
// ULF, ODL (fresh3's Payara 6 with timeMillis), JSON and access logs are in fresh3, fresh16, fresh58
// and fresh89; GlassFish 7's ODL with microseconds and no timeMillis in none. TomEE is in fresh89
// as catalina.out; the embedded OpenEJB container's output in none. Left out as measured already:
// Resin (fresh6), Geronimo and Thorntail (fresh89), JBoss 4/5 (fresh58, fresh60), WebSphere's
// verbose GC and z/OS logs (fresh89, fresh143). The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). JULI's `dd-MMM-yyyy HH:mm:ss.SSS`, procrun's local stamp, WildFly's
// `yyyy-MM-dd HH:mm:ss,SSS` and Jetty's `yyyy-MM-dd HH:mm:ss.SSS` carry no zone and are taken as
// UTC; the bootable JAR's bare `HH:mm:ss,SSS` is on the clock's day; WebLogic's `CET` and
// GlassFish's `+01:00` are converted; WebSphere's and Liberty's `UTC` stand (the narrow no-break
// space after Liberty's zone changes nothing). OpenEJB's lines carry no time: its `Build date:
// 20241112` and `Build time: 04:06` name the build, Surefire's `Time elapsed` a duration, Jetty's
// `built:` a build stamp, GlassFish's `(build …)` a build stamp; OpenEJB's `Startup:` line, whose
// Date.toString() is the container's start and arguably the record's time, is fed but not scored.
// Levels only where the line marks one: JULI's SEVERE and WARNING, WildFly's level column (the
// colour escape before it is no level), WebLogic's <Notice> and <Warning>, WebSphere's and
// Liberty's letters (A audit is Notice, O is System.out and gives none), Jetty's DBUG (Debug) and
// IGNORED (ignore() logs only at LEVEL_ALL, below DEBUG, and Jetty 10 turned it into trace, so
// Trace), ODL's level field, OpenEJB's `INFO -`, `WARNING -` and `SEVERE -`. No family has a host
// field: `for host localhost` in an Elytron message, the hostname in BEA-002611, the database host
// in a cause and the `//ledger.example.net` of a Jetty request are message text. A record that
// spans lines is one entry: a stack with its cause chain and `... N more` lines, WebLogic's
// messages that run over several lines to their `>`, an ODL record from its header to `]]` and the
// blank line; the headers and preambles written before the first record (WebSphere's environment,
// Liberty's product block, startWebLogic.sh's echoes, Surefire's banner, procrun's blank line) are
// fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 687a648 before any rule for it: level 98.6 %, time 100.0 %, host 100.0 %, records 98.0 %.
// That is the macro figure (micro: level 98.5 %, time 100.0 %, host 100.0 %, records 98.5 %), in a
// worktree at 687a648 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 10 families fully right; the gaps are the closing `]` and `}` of jboss-cli's read-log-file answer,
// joined to the last log line of its list, and Jetty 9 StdErrLog's IGNORED level.

var fresh278Cases = []worldCase{
	{
		name:   "tomcat-localhost-log-indented-cause-chain",
		source: "Apache Tomcat 9/10's logs/localhost.yyyy-MM-dd.log written by JULI's OneLineFormatter (`dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method msg`, the throwable printed through a private IndentingPrintWriter whose println puts a tab before every line, so the exception is `\\tX`, its frames `\\t\\tat`, its causes `\\tCaused by:` and the elided frames `\\t\\t... N more`): apache/tomcat java/org/apache/juli/OneLineFormatter.java (format, IndentingPrintWriter); StandardContext.listenerStart's message from memory",
		why:    "a listener failure logged with a four-level cause chain, every line of it indented by one more tab than printStackTrace writes; `db-ledger-02.example.net:5432` in a cause is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.902Z", Info, "", "29-Nov-2026 07:41:17.902 INFO [main] org.apache.catalina.core.ApplicationContext.log 2 Spring WebApplicationInitializers detected on classpath"),
			we("2026-11-29T07:41:18.311Z", Info, "", "29-Nov-2026 07:41:18.311 INFO [main] org.apache.catalina.core.ApplicationContext.log Initializing Spring root WebApplicationContext"),
			we("2026-11-29T07:41:21.047Z", Error, "",
				"29-Nov-2026 07:41:21.047 SEVERE [main] org.apache.catalina.core.StandardContext.listenerStart Exception sending context initialized event to listener instance of class [org.springframework.web.context.ContextLoaderListener]",
				"\torg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'ledgerDataSource' defined in class path resource [com/example/ledger/DataConfig.class]: Failed to instantiate [javax.sql.DataSource]: Factory method 'ledgerDataSource' threw exception",
				"\t\tat org.springframework.beans.factory.support.ConstructorResolver.instantiate(ConstructorResolver.java:648)",
				"\t\tat org.springframework.beans.factory.support.ConstructorResolver.instantiateUsingFactoryMethod(ConstructorResolver.java:636)",
				"\t\tat org.springframework.web.context.ContextLoaderListener.contextInitialized(ContextLoaderListener.java:103)",
				"\t\tat org.apache.catalina.core.StandardContext.listenerStart(StandardContext.java:4018)",
				"\t\tat java.base/java.lang.Thread.run(Thread.java:1583)",
				"\tCaused by: org.springframework.beans.BeanInstantiationException: Failed to instantiate [javax.sql.DataSource]: Factory method 'ledgerDataSource' threw exception",
				"\t\tat org.springframework.beans.factory.support.SimpleInstantiationStrategy.instantiate(SimpleInstantiationStrategy.java:177)",
				"\t\tat org.springframework.beans.factory.support.ConstructorResolver.instantiate(ConstructorResolver.java:644)",
				"\t\t... 41 more",
				"\tCaused by: com.zaxxer.hikari.pool.HikariPool$PoolInitializationException: Failed to initialize pool: Connection to db-ledger-02.example.net:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
				"\t\tat com.zaxxer.hikari.pool.HikariPool.throwPoolInitializationException(HikariPool.java:584)",
				"\t\tat com.example.ledger.DataConfig.ledgerDataSource(DataConfig.java:38)",
				"\t\t... 52 more",
				"\tCaused by: java.net.ConnectException: Connection refused",
				"\t\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
				"\t\tat java.base/java.net.Socket.connect(Socket.java:751)",
				"\t\t... 61 more"),
			we("2026-11-29T07:41:21.060Z", Info, "", "29-Nov-2026 07:41:21.060 INFO [main] org.apache.catalina.core.ApplicationContext.log Closing Spring root WebApplicationContext"),
			we("2026-11-29T07:43:02.519Z", Warn, "", "29-Nov-2026 07:43:02.519 WARNING [http-nio-8080-exec-4] org.apache.catalina.core.ApplicationContext.log Marking servlet [ledgerApi] as unavailable"),
		},
	},
	{
		name:   "tomcat9-windows-service-stderr-procrun",
		source: "Apache Tomcat 9 installed as a Windows service: logs/tomcat9-stderr.yyyy-MM-dd.log, where prunsrv, on each start, writes `\\n%d-%02d-%02d %02d:%02d:%02d Apache Commons Daemon procrun stderr initialized.\\n` in local time (GetLocalTime) before the JVM's stderr, here JULI's ConsoleHandler with OneLineFormatter: apache/commons-daemon src/native/windows/apps/prunsrv/prunsrv.c (redirectStdStreams and the fprintf after it); the JULI lines as OneLineFormatter writes them (apache/tomcat OneLineFormatter.java)",
		why:    "a blank line, then procrun's own stamp with no zone and no level, then JULI's records; a service restart appends a second blank line and stamp to the same file",
		entries: []worldEntry{
			wskip(""),
			we("2026-11-29T08:41:14Z", Unknown, "", "2026-11-29 08:41:14 Apache Commons Daemon procrun stderr initialized."),
			we("2026-11-29T08:41:15.902Z", Info, "", "29-Nov-2026 08:41:15.902 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/9.0.98"),
			we("2026-11-29T08:41:15.906Z", Info, "", "29-Nov-2026 08:41:15.906 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log OS Name:               Windows Server 2022"),
			we("2026-11-29T08:41:15.909Z", Info, "", `29-Nov-2026 08:41:15.909 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Dcatalina.base=D:\Tomcat9\ledger`),
			we("2026-11-29T08:41:17.310Z", Warn, "", "29-Nov-2026 08:41:17.310 WARNING [main] org.apache.tomcat.util.digester.SetPropertiesRule.begin Match [Server/Service/Connector] failed to set property [maxSpareThreads] to [75]"),
			we("2026-11-29T08:41:19.448Z", Info, "", "29-Nov-2026 08:41:19.448 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [3546] milliseconds"),
			wskip(""),
			we("2026-11-29T09:02:40Z", Unknown, "", "2026-11-29 09:02:40 Apache Commons Daemon procrun stderr initialized."),
			we("2026-11-29T09:02:41.733Z", Info, "", "29-Nov-2026 09:02:41.733 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/9.0.98"),
		},
	},
	{
		name:   "wildfly-cli-read-log-file-result",
		gap:    "trawl joins the DMR answer's closing lines `    ]` and `}` to the list's last quoted log line (the one with no comma after it), so that record runs on over the wrapper; the quoted lines' times and levels are read",
		source: "WildFly 35's server.log read with jboss-cli (`/subsystem=logging/log-file=server.log:read-log-file(lines=5)`): the DMR answer `{ \"outcome\" => \"success\", \"result\" => [ \"line\", … ] }` with each log line a quoted string, indented eight spaces, a comma after all but the last, its own quotes escaped as `\\\"`: docs.wildfly.org logging subsystem reference (read-log-file: name, lines, skip, tail); a WildFly Cookbook chapter in the code corpus showing the answer; the escaping from memory",
		why:    "each log line behind eight spaces and a quote and ended by `\",`; WildFly's `yyyy-MM-dd HH:mm:ss,SSS` and padded level inside the string; the wrapper lines carry nothing",
		entries: []worldEntry{
			wskip("{", `    "outcome" => "success",`, `    "result" => [`),
			we("2026-11-29T07:41:16.204Z", Info, "", `        "2026-11-29 07:41:16,204 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0025: WildFly 35.0.1.Final (WildFly Core 27.0.1.Final) started in 6402ms - Started 498 of 712 services (283 services are lazy, passive or on-demand) - Server configuration file in use: standalone.xml",`),
			we("2026-11-29T07:41:16.209Z", Info, "", `        "2026-11-29 07:41:16,209 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0060: Http management interface listening on http://127.0.0.1:9990/management",`),
			we("2026-11-29T07:42:03.517Z", Warn, "", `        "2026-11-29 07:42:03,517 WARN  [org.wildfly.extension.elytron] (MSC service thread 1-3) WFLYELY01084: KeyStore /opt/wildfly/standalone/configuration/application.keystore not found, it will be auto-generated on first use with a self-signed certificate for host localhost",`),
			we("2026-11-29T07:42:11.880Z", Info, "", `        "2026-11-29 07:42:11,880 INFO  [org.jboss.as.server] (management-handler-thread - 4) WFLYSRV0010: Deployed \"billing.war\" (runtime-name : \"billing.war\")",`),
			we("2026-11-29T07:45:00.004Z", Error, "", `        "2026-11-29 07:45:00,004 ERROR [com.example.billing.InvoiceJob] (EE-ManagedScheduledExecutorService-default-Thread-2) invoice run 4412 aborted: 3 customers without a tax id"`),
			wskip("    ]", "}"),
		},
	},
	{
		name:   "wildfly-bootable-jar-dev-color-log",
		source: "a WildFly bootable JAR run by wildfly-jar-maven-plugin's dev goal, its server log written to a file through the COLOR-PATTERN formatter (`%K{level}%d{HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n`), so each record starts with a reset and the level's colour escape: wildfly/wildfly-jar-maven-plugin issue #119 (`ESC[0mESC[0m16:08:40,083 INFO  [org.wildfly.jar] (main) WFLYJAR0008: …`) and PR #120 (-Dorg.jboss.logmanager.nocolor=true); WARN's yellow and ERROR's red from memory",
		why:    "an escape sequence before a bare time of day with a comma before the milliseconds; the stack and cause chain after an ERROR carry no escape and belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:14.903Z", Info, "", "\x1b[0m07:41:14,903 INFO  [org.wildfly.jar] (main) WFLYJAR0007: Installed server and application in /tmp/wildfly-bootable-server4417029381120568871, took 1874ms"),
			we("2026-11-29T07:41:15.083Z", Info, "", "\x1b[0m\x1b[0m07:41:15,083 INFO  [org.wildfly.jar] (main) WFLYJAR0008: Server options: [--read-only-server-config=standalone.xml]"),
			we("2026-11-29T07:41:15.254Z", Info, "", "\x1b[0m\x1b[0m07:41:15,254 INFO  [org.jboss.as] (MSC service thread 1-2) WFLYSRV0049: WildFly 35.0.1.Final (WildFly Core 27.0.1.Final) starting"),
			we("2026-11-29T07:41:17.611Z", Warn, "", "\x1b[0m\x1b[33m07:41:17,611 WARN  [org.jboss.as.dependency.private] (MSC service thread 1-4) WFLYSRV0018: Deployment \"deployment.ROOT.war\" is using a private module (\"org.jboss.resteasy.resteasy-core\") which may be changed or removed in future versions without notice."),
			we("2026-11-29T07:41:19.004Z", Error, "",
				"\x1b[0m\x1b[31m07:41:19,004 ERROR [org.jboss.msc.service.fail] (ServerService Thread Pool -- 80) MSC000001: Failed to start service jboss.deployment.unit.\"ROOT.war\".component.LedgerStartup.START: org.jboss.msc.service.StartException in service jboss.deployment.unit.\"ROOT.war\".component.LedgerStartup.START: java.lang.IllegalStateException: WFLYEE0042: Failed to construct component instance",
				"\tat org.jboss.as.ee@35.0.1.Final//org.jboss.as.ee.component.ComponentStartService$1.run(ComponentStartService.java:57)",
				"\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
				"\tat java.base/java.lang.Thread.run(Thread.java:1583)",
				"Caused by: java.lang.IllegalStateException: WFLYEE0042: Failed to construct component instance",
				"\tat org.jboss.as.ee@35.0.1.Final//org.jboss.as.ee.component.BasicComponent.constructComponentInstance(BasicComponent.java:170)",
				"\t... 8 more",
				"Caused by: java.lang.IllegalArgumentException: ledger.region must be set",
				"\tat deployment.ROOT.war//com.example.ledger.LedgerStartup.init(LedgerStartup.java:31)",
				"\t... 14 more"),
			we("2026-11-29T07:41:19.402Z", Info, "", "\x1b[0m\x1b[0m07:41:19,402 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0026: WildFly 35.0.1.Final (WildFly Core 27.0.1.Final) started (with errors) in 4402ms - Started 312 of 455 services (2 services failed or missing dependencies, 210 services are lazy, passive or on-demand) - Server configuration file in use: standalone.xml"),
		},
	},
	{
		name:   "weblogic-startweblogic-console-out",
		source: "WebLogic 14.1.1 on JDK 8 started with startWebLogic.sh, its console (the AdminServer.out a Node Manager or nohup keeps): the script's echoes (`.`, `JAVA Memory arguments:`, `CLASSPATH=`, `PATH=`, the `To start WebLogic Server` banner, `Starting WLS with line:` and the java command), then stdout records `<MMM d, yyyy h:mm:ss[,SSS] a zone> <Severity> <Subsystem> <BEA-id> <msg>`, the ones written before the logging service starts without milliseconds, BEA-000395 and BEA-170019 running over several lines: a WLS 14.1.1 domain's console pasted in a repository found by find_string (`Starting WLS with line`), startWebLogic.sh in the code corpus (the echo lines)",
		why:    "the preamble must not swallow the first record; a stamp with and without `,SSS`, CET to convert; a message that runs on to a later line ending in `.>` is one record; the hostname in BEA-002611 is message text",
		entries: []worldEntry{
			wskip(".", ".",
				"JAVA Memory arguments: -Djava.security.egd=file:/dev/./urandom",
				".",
				"CLASSPATH=/u01/oracle/wlserver/server/lib/weblogic.jar:/u01/oracle/wlserver/../oracle_common/modules/thirdparty/ant-contrib-1.0b3.jar:/u01/oracle/wlserver/modules/features/oracle.wls.common.nodemanager.jar",
				".",
				"PATH=/u01/domains/ledger_domain/bin:/u01/oracle/wlserver/server/bin:/usr/java/jdk1.8.0_431/jre/bin:/usr/java/jdk1.8.0_431/bin:/usr/local/bin:/usr/bin",
				".",
				"***************************************************",
				"*  To start WebLogic Server, use a username and   *",
				"*  password assigned to an admin-level user.  For *",
				"*  server administration, use the WebLogic Server *",
				"*  console at http://hostname:port/console        *",
				"***************************************************",
				"Starting WLS with line:",
				"/usr/java/jdk1.8.0_431/bin/java -server   -Xms512m -Xmx1024m -cp /u01/oracle/wlserver/server/lib/weblogic-launcher.jar -Dlaunch.use.env.classpath=true -Dweblogic.Name=AdminServer -Djava.security.policy=/u01/oracle/wlserver/server/lib/weblogic.policy  -Djava.system.class.loader=com.oracle.classloader.weblogic.LaunchClassLoader  -javaagent:/u01/oracle/wlserver/server/lib/debugpatch-agent.jar -da -Dwls.home=/u01/oracle/wlserver/server -Dweblogic.home=/u01/oracle/wlserver/server      weblogic.Server"),
			we("2026-11-29T07:41:02Z", Info, "", "<Nov 29, 2026 8:41:02 AM CET> <Info> <Security> <BEA-090905> <Disabling the CryptoJ JCE Provider self-integrity check for better startup performance. To enable this check, specify -Dweblogic.security.allowCryptoJDefaultJCEVerification=true.>"),
			we("2026-11-29T07:41:03Z", Notice, "",
				"<Nov 29, 2026 8:41:03 AM CET> <Notice> <WebLogicServer> <BEA-000395> <The following extensions directory contents added to the end of the classpath:",
				"/u01/domains/ledger_domain/lib/ledger-audit-2.4.jar.>"),
			we("2026-11-29T07:41:03Z", Info, "", "<Nov 29, 2026 8:41:03 AM CET> <Info> <WebLogicServer> <BEA-000377> <Starting WebLogic Server with Java HotSpot(TM) 64-Bit Server VM Version 25.431-b10 from Oracle Corporation.>"),
			we("2026-11-29T07:41:06.287Z", Notice, "",
				"<Nov 29, 2026 8:41:06,287 AM CET> <Notice> <Log Management> <BEA-170019> <The server log file weblogic.logging.FileStreamHandler instance=884213770",
				"Current log file=/u01/domains/ledger_domain/servers/AdminServer/logs/AdminServer.log",
				"Rotation dir=/u01/domains/ledger_domain/servers/AdminServer/logs",
				" is opened. All server side log events will be written to this file.>"),
			we("2026-11-29T07:41:19.511Z", Notice, "", "<Nov 29, 2026 8:41:19,511 AM CET> <Notice> <WebLogicServer> <BEA-000360> <The server started in RUNNING mode.>"),
			we("2026-11-29T07:41:19.514Z", Warn, "", `<Nov 29, 2026 8:41:19,514 AM CET> <Warning> <Server> <BEA-002611> <The hostname "ledger-wls01", maps to multiple IP addresses: 10.40.2.11, 10.40.8.11.>`),
		},
	},
	{
		name:   "websphere-systemout-environment-header",
		source: "WebSphere Application Server traditional 9.0.5's SystemOut.log from its first line: the header WAS writes when it opens the file (`************ Start Display Current Environment ************`, the platform and process line, host OS, Java version, install roots, ws.ext.dirs, Classpath, library path, ORB version, `************* End Display Current Environment *************`), then basic-format records `[M/d/yy H:mm:ss:SSS ZONE] threadId shortName L msg` and an error whose stack and cause chain follow on untimed lines: OpenLiberty/open-liberty com.ibm.ws.logging.internal.hpel.HpelHeader (the header's lines), a WAS 9.0.5 header pasted in a README in the code corpus, an HCL DX support note on the header; the trace-specification line and the records from memory",
		why:    "the header carries dates inside build levels (`pxa6480sr8fp35-20241105_01`) and must not swallow the first record; A is Notice, O gives no level; `... 31 more` and `Caused by:` stay in the error",
		entries: []worldEntry{
			wskip("************ Start Display Current Environment ************",
				`WebSphere Platform 9.0.5.22 [BASE 9.0.5.22 f5002447.01] [JAVA8 8.0.8.35 pxa6480sr8fp35-20241105_01] running with process name orderCell01\orderNode01\server1 and process id 48213`,
				`Full server name is orderCell01\orderNode01\server1-48213`,
				"Host Operating System is Linux, version 5.14.0-503.14.1.el9_5.x86_64",
				"Java version = 1.8.0_431, Java Runtime Version = 8.0.8.35 - pxa6480sr8fp35-20241105_01(SR8 FP35), Java Compiler = j9jit29, Java VM name = IBM J9 VM",
				"was.install.root = /opt/IBM/WebSphere/AppServer",
				"user.install.root = /opt/IBM/WebSphere/AppServer/profiles/AppSrv01",
				"Java Home = /opt/IBM/WebSphere/AppServer/java/8.0/jre",
				"ws.ext.dirs = /opt/IBM/WebSphere/AppServer/java/8.0/lib:/opt/IBM/WebSphere/AppServer/profiles/AppSrv01/classes:/opt/IBM/WebSphere/AppServer/classes:/opt/IBM/WebSphere/AppServer/lib",
				"Classpath = /opt/IBM/WebSphere/AppServer/profiles/AppSrv01/properties:/opt/IBM/WebSphere/AppServer/properties:/opt/IBM/WebSphere/AppServer/lib/startup.jar:/opt/IBM/WebSphere/AppServer/lib/bootstrap.jar",
				"Java Library path = /opt/IBM/WebSphere/AppServer/java/8.0/jre/lib/amd64/compressedrefs:/opt/IBM/WebSphere/AppServer/java/8.0/jre/lib/amd64:/opt/IBM/WebSphere/AppServer/bin:/usr/lib",
				"Orb Version = IBM Java ORB build orb80-20241023.00",
				"Current trace specification = *=info",
				"************* End Display Current Environment *************"),
			we("2026-11-29T07:41:16.204Z", Info, "", "[11/29/26 7:41:16:204 UTC] 00000001 ManagerAdmin  I   TRAS0017I: The startup trace state is *=info."),
			we("2026-11-29T07:41:16.981Z", Notice, "", "[11/29/26 7:41:16:981 UTC] 00000001 AdminInitiali A   ADMN0015I: The administration service is initialized."),
			we("2026-11-29T07:41:31.522Z", Notice, "", "[11/29/26 7:41:31:522 UTC] 00000001 WsServerImpl  A   WSVR0001I: Server server1 open for e-business"),
			we("2026-11-29T07:42:05.118Z", Error, "",
				"[11/29/26 7:42:05:118 UTC] 000000a4 webapp        E com.ibm.ws.webcontainer.webapp.WebApp logServletError SRVE0293E: [Servlet Error]-[OrderServlet]: javax.ejb.EJBException: order 88412 could not be stored",
				"\tat com.ibm.ejs.container.util.ExceptionUtil.EJBException(ExceptionUtil.java:474)",
				"\tat com.example.order.OrderBean.store(OrderBean.java:141)",
				"\tat com.example.order.web.OrderServlet.doPost(OrderServlet.java:77)",
				"Caused by: javax.persistence.PersistenceException: The transaction has been rolled back.",
				"\tat org.apache.openjpa.persistence.EntityManagerImpl.commit(EntityManagerImpl.java:594)",
				"\t... 31 more",
				"Caused by: com.ibm.db2.jcc.am.SqlIntegrityConstraintViolationException: DB2 SQL Error: SQLCODE=-803, SQLSTATE=23505, SQLERRMC=1;ORD.ORDERS, DRIVER=4.33.31",
				"\tat com.ibm.db2.jcc.am.b7.a(b7.java:806)",
				"\t... 44 more"),
			we("2026-11-29T07:42:05.131Z", Unknown, "", "[11/29/26 7:42:05:131 UTC] 000000a4 SystemOut     O order 88412 kept in retry queue"),
			we("2026-11-29T07:43:40.009Z", Warn, "", `[11/29/26 7:43:40:009 UTC] 0000009c ThreadMonitor W   WSVR0605W: Thread "WebContainer : 4" (000000a7) has been active for 612044 milliseconds and may be hung.  There is/are 1 thread(s) in total in the server that may be hung.`),
		},
	},
	{
		name:   "liberty-messages-log-java21-nnbsp",
		source: "Open Liberty 23.0.0.x (before 24.0.0.1) on Java 21: messages.log's basic format, whose date pattern is the locale's SHORT date and MEDIUM time with `:SSS z` put after the seconds and the AM/PM marker taken out, so under CLDR 42 the narrow no-break space that stood before the marker is left at the end of the stamp (`[12/19/23, 8:35:38:653 EST ]`): OpenLiberty/open-liberty issue #27208 and PR #24201, JDK-8304925; the product header block as in earlier tables",
		why:    "U+202F between the zone and `]`; the stamp is otherwise the en_US one; A is Notice, O gives no level; an E record's exception and cause on untimed lines belong to it",
		entries: []worldEntry{
			wskip("********************************************************************************",
				"product = Open Liberty 23.0.0.12 (wlp-1.0.84.cl231220231127-1901)",
				"wlp.install.dir = /opt/ol/wlp/",
				"server.output.dir = /opt/ol/wlp/output/defaultServer/",
				"java.home = /opt/java/openjdk",
				"java.version = 21.0.5",
				"java.runtime = OpenJDK Runtime Environment (21.0.5+11-LTS)",
				"os = Linux (5.15.0-126-generic; amd64) (en_US)",
				"process = 1@ledger-api-6f9c7b",
				"********************************************************************************"),
			we("2026-11-29T07:41:16.204Z", Notice, "", "[11/29/26, 7:41:16:204 UTC\u202f] 00000001 com.ibm.ws.kernel.launch.internal.FrameworkManager           A CWWKE0001I: The server defaultServer has been launched."),
			we("2026-11-29T07:41:19.871Z", Warn, "", "[11/29/26, 7:41:19:871 UTC\u202f] 0000002b com.ibm.ws.config.xml.internal.ConfigValidator               W CWWKG0011W: The configuration validation did not succeed. Value \"12\" is not valid for attribute maxPoolSize of configuration element connectionManager."),
			we("2026-11-29T07:41:22.511Z", Error, "",
				"[11/29/26, 7:41:22:511 UTC\u202f] 00000041 com.ibm.ws.webcontainer.webapp                               E SRVE0777E: Exception thrown by application class 'com.example.ledger.api.InvoiceResource.get:64'",
				"java.lang.IllegalStateException: ledger 4412 is closed",
				"\tat com.example.ledger.api.InvoiceResource.get(InvoiceResource.java:64)",
				"\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
				"Caused by: java.sql.SQLTransientConnectionException: pool ledgerDS exhausted",
				"\tat com.ibm.ws.rsadapter.jdbc.WSJdbcDataSource.getConnection(WSJdbcDataSource.java:182)",
				"\t... 17 more"),
			we("2026-11-29T07:41:23.004Z", Notice, "", "[11/29/26, 7:41:23:004 UTC\u202f] 00000031 com.ibm.ws.kernel.feature.internal.FeatureManager            A CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.811 seconds."),
			we("2026-11-29T07:41:30.020Z", Unknown, "", "[11/29/26, 7:41:30:020 UTC\u202f] 0000004a SystemOut                                                    O invoice cache warmed: 812 entries"),
		},
	},
	{
		name:   "jetty9-stderrlog-debug-source",
		gap:    "trawl reads `:DBUG:` as debug but not `:IGNORED:` (StdErrLog.ignore(), logged below DEBUG): that record comes out with no level instead of trace",
		source: "Jetty 9.4's StdErrLog with `org.eclipse.jetty.LEVEL=DEBUG` and `org.eclipse.jetty.util.log.SOURCE=true` in jetty-logging.properties: `yyyy-MM-dd HH:mm:ss.SSS:LEVEL:abbrev.Logger:thread:abbrev.Class#method(File.java:line): msg`, the levels `:INFO:`, `:WARN:`, `:DBUG:` and `:IGNORED:` (ignore(), printed only at LEVEL_ALL, with an empty message and the throwable on the next lines), a throwable printed by StdErrLog itself (`\\tat` frames, `Caused by:` with every frame of the cause, no `... N more`): jetty/jetty.project jetty-util/src/main/java/org/eclipse/jetty/util/log/StdErrLog.java (debug, ignore, tag, format)",
		why:    "DBUG is Debug and IGNORED is Trace; the source frame with `(HttpChannel.java:408)` after the thread is no time; `built: 2025-01-08T21:24:30.412Z` is a build stamp; the request's `//ledger.example.net` is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.611Z", Info, "", "2026-11-29 07:41:16.611:INFO:oejs.Server:main:oejs.Server#doStart(Server.java:375): jetty-9.4.57.v20241219; built: 2025-01-08T21:24:30.412Z; git: df524e6b29271c2e09ba9aea83c18dc9db464a31; jvm 11.0.25+9"),
			we("2026-11-29T07:41:17.120Z", Info, "", "2026-11-29 07:41:17.120:INFO:oejs.AbstractConnector:main:oejs.AbstractConnector#doStart(AbstractConnector.java:333): Started ServerConnector@6d4b1c02{HTTP/1.1, (http/1.1)}{0.0.0.0:8080}"),
			we("2026-11-29T07:41:19.052Z", Debug, "", "2026-11-29 07:41:19.052:DBUG:oejs.HttpChannel:qtp1804094807-41:oejs.HttpChannel#handle(HttpChannel.java:408): REQUEST for //ledger.example.net/api/invoices/8841 on HttpChannelOverHttp@5c1a9e2f{s=HttpChannelState@3b7e1d40{s=IDLE rs=IDLE os=OPEN is=IDLE awp=false se=false i=true al=0},r=1,c=false/false,a=IDLE,uri=null,age=0}"),
			we("2026-11-29T07:41:19.053Z", Debug, "", "2026-11-29 07:41:19.053:DBUG:oejs.session:qtp1804094807-41:oejss.SessionHandler#checkRequestedSessionId(SessionHandler.java:1640): Got Session ID node0x4k2w9f1r3v from cookie JSESSIONID"),
			we("2026-11-29T07:41:19.390Z", Trace, "",
				"2026-11-29 07:41:19.390:IGNORED:oeji.ChannelEndPoint:qtp1804094807-44:oeji.ChannelEndPoint#doShutdownOutput(ChannelEndPoint.java:184): ",
				"java.nio.channels.ClosedChannelException",
				"\tat sun.nio.ch.SocketChannelImpl.shutdownOutput(SocketChannelImpl.java:957)",
				"\tat org.eclipse.jetty.io.ChannelEndPoint.doShutdownOutput(ChannelEndPoint.java:181)"),
			we("2026-11-29T07:41:22.718Z", Warn, "",
				"2026-11-29 07:41:22.718:WARN:oejs.HttpChannel:qtp1804094807-47:oejs.HttpChannel#handleException(HttpChannel.java:676): /api/invoices/8841",
				"javax.servlet.ServletException: javax.servlet.ServletException: invoice store unavailable",
				"\tat org.eclipse.jetty.server.handler.HandlerCollection.handle(HandlerCollection.java:162)",
				"\tat org.eclipse.jetty.server.Server.handle(Server.java:516)",
				"Caused by: javax.servlet.ServletException: invoice store unavailable",
				"\tat com.example.ledger.InvoiceServlet.doGet(InvoiceServlet.java:64)",
				"\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:687)"),
			we("2026-11-29T07:41:22.720Z", Debug, "", "2026-11-29 07:41:22.720:DBUG:oejs.HttpChannel:qtp1804094807-47:oejs.HttpChannel#onCompleted(HttpChannel.java:791): COMPLETE for /api/invoices/8841 written=412"),
		},
	},
	{
		name:   "glassfish7-server-log-odl-micros",
		source: "Eclipse GlassFish 7's domains/domain1/logs/server.log written by the new org.glassfish.main.jul ODLLogFormatter (the default in its logging.properties, multiline=true): `[yyyy-MM-ddTHH:mm:ss.SSSSSS±hh:mm] [GF 7.0.x] [LEVEL] [message key] [logger] [tid: _ThreadID=n _ThreadName=name] [levelValue: n] [[`, the message on the next line indented two spaces, a throwable after it, `]]`, a blank line; no timeMillis field: eclipse-ee4j/glassfish nucleus/glassfish-jul-extension ODLLogFormatter.java and GlassFishLogFormatter.java (DEFAULT_DATETIME_FORMATTER with six fraction digits and appendOffsetId), nucleus/admin/template logging.properties; the product id (abbreviation and version) from its LogManagerService; the message texts from memory",
		why:    "six fraction digits and a `+01:00` offset to convert, with no epoch to fall back on; SEVERE is Error; a record runs from its header to `]]` and the blank line, a stack and cause inside; `(build 2026-10-14T09:12:31+0000)` is a build stamp",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.480513Z", Info, "",
				"[2026-11-29T08:41:12.480513+01:00] [GF 7.0.20] [INFO] [NCLS-LOGGING-00009] [jakarta.enterprise.logging] [tid: _ThreadID=1 _ThreadName=main] [levelValue: 800] [[",
				"  Running GlassFish Version: Eclipse GlassFish  7.0.20  (build 2026-10-14T09:12:31+0000)]]",
				""),
			we("2026-11-29T07:41:16.204531Z", Info, "",
				"[2026-11-29T08:41:16.204531+01:00] [GF 7.0.20] [INFO] [NCLS-CORE-00087] [jakarta.enterprise.system.core] [tid: _ThreadID=1 _ThreadName=main] [levelValue: 800] [[",
				"  Grizzly 4.0.2 started in: 61ms - bound to [/0.0.0.0:8080]]]",
				""),
			we("2026-11-29T07:41:17.390218Z", Warn, "",
				"[2026-11-29T08:41:17.390218+01:00] [GF 7.0.20] [WARNING] [] [jakarta.enterprise.resource.resourceadapter.com.sun.enterprise.connectors.service] [tid: _ThreadID=93 _ThreadName=admin-thread-pool::admin-listener(2)] [levelValue: 900] [[",
				"  RAR8054: Exception while creating an unpooled [test] connection for pool [ ledgerPool ], Connection could not be allocated because: Connection to db-ledger-02.example.net:5432 refused.]]",
				""),
			we("2026-11-29T07:41:19.877003Z", Error, "",
				"[2026-11-29T08:41:19.877003+01:00] [GF 7.0.20] [SEVERE] [] [jakarta.enterprise.web] [tid: _ThreadID=97 _ThreadName=http-listener-1(3)] [levelValue: 1000] [[",
				"  StandardWrapperValve[jakarta.ws.rs.core.Application]: Servlet.service() for servlet jakarta.ws.rs.core.Application threw exception",
				"java.lang.IllegalStateException: ledger 4412 is closed",
				"\tat com.example.ledger.api.InvoiceResource.get(InvoiceResource.java:64)",
				"\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
				"Caused by: java.sql.SQLException: Connection closed",
				"\tat com.sun.gjc.spi.base.ConnectionHolder.checkValidity(ConnectionHolder.java:1012)",
				"\t... 38 more",
				"]]",
				""),
			we("2026-11-29T07:41:20.002004Z", Info, "",
				"[2026-11-29T08:41:20.002004+01:00] [GF 7.0.20] [INFO] [] [jakarta.enterprise.logging.stdout] [tid: _ThreadID=97 _ThreadName=http-listener-1(3)] [levelValue: 800] [[",
				"  ledger: invoice 8841 queued for retry]]",
				""),
		},
	},
	{
		name:   "tomee-openejb-embedded-surefire",
		source: "TomEE 10's embedded OpenEJB container (EJBContainer / ApplicationComposer) in a Maven Surefire run: OpenEJB's JUL SingleLineFormatter (`level.getLocalizedName() + \" - \" + message`, a throwable printed by printStackTrace on the lines after), its start banner between two `INFO - ****` lines (OpenEJB URL, Startup, Copyright, Version, Build date, Build time), Surefire's `Running` and `Tests run:` lines around it: apache/tomee container/openejb-core/src/main/java/org/apache/openejb/log/SingleLineFormatter.java; the TomEE examples' READMEs in the code corpus (the banner and `INFO - openejb.home = …` lines under ` T E S T S`); the SEVERE record's message from memory",
		why:    "no time anywhere: `Build date: 20241112`, `Build time: 04:06` and `Time elapsed: 2.417 sec` are no record times (the `Startup:` line's Date.toString() is fed, not scored); `LEVEL - ` first, WARNING is Warn and SEVERE Error with its stack",
		entries: []worldEntry{
			wskip("-------------------------------------------------------", " T E S T S", "-------------------------------------------------------"),
			we("", Unknown, "", "Running org.example.ledger.InvoiceServiceTest"),
			we("", Info, "", "INFO - ********************************************************************************"),
			we("", Info, "", "INFO - OpenEJB http://tomee.apache.org/"),
			wskip("INFO - Startup: Sun Nov 29 07:41:16 UTC 2026"),
			we("", Info, "", "INFO - Copyright 1999-2024 (C) Apache OpenEJB Project, All Rights Reserved."),
			we("", Info, "", "INFO - Version: 10.0.0"),
			we("", Info, "", "INFO - Build date: 20241112"),
			we("", Info, "", "INFO - Build time: 04:06"),
			we("", Info, "", "INFO - ********************************************************************************"),
			we("", Info, "", "INFO - openejb.home = /home/ci/ledger"),
			we("", Info, "", "INFO - Using 'jakarta.ejb.embeddable.EJBContainer=true'"),
			we("", Info, "", "INFO - Configuring Service(id=Default Security Service, type=SecurityService, provider-id=Default Security Service)"),
			we("", Warn, "", "WARNING - Method 'lookup' is not available for 'javax.annotation.Resource'. Probably using an older Runtime."),
			we("", Error, "",
				"SEVERE - EjbTransactionUtil.handleSystemException: ledger 4412 is closed",
				"java.lang.IllegalStateException: ledger 4412 is closed",
				"\tat org.example.ledger.InvoiceService.post(InvoiceService.java:57)",
				"\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
				"\tat org.apache.openejb.core.interceptor.ReflectionInvocationContext$Invocation.invoke(ReflectionInvocationContext.java:205)",
				"Caused by: java.sql.SQLException: Connection is closed",
				"\tat org.example.ledger.LedgerDao.lock(LedgerDao.java:33)",
				"\t... 41 more"),
			we("", Info, "", "INFO - Undeploying app: /home/ci/ledger"),
			we("", Unknown, "", "Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 2.417 sec <<< FAILURE!"),
		},
	},
}

func TestFresh278Formats(t *testing.T) { assertTable(t, fresh278Cases) }
func TestFresh278Score(t *testing.T) {
	checkScore(t, "fresh278 formats", fresh278Cases, [worldNumFields]float64{98.5, 99.9, 99.9, 97.9})
}
