package parse

import "testing"

// The seven-hundred-and-ninety-third fresh table: Java logging at layouts real projects configure
// themselves, away from their framework's default. Each family is one project's own pattern:
// OpenRefine's Butterfly log4j layout (a time of day, the logger right-aligned in brackets, the
// elapsed milliseconds in parentheses after the message, no level); the Stanford CoreNLP server's
// Redwood console lines (thread in brackets, level, channel, no time at all); Hutool's ConsoleLog
// (`[date] [LEVEL] name: msg`); Solon's logback plugin (level first, the thread and trace id in
// `[-…][*…]`, the logger, and the message on a line of its own); RuoYi's logback.xml (a time of
// day, `[method,line]` between the logger and the message); a Grails project's logback pattern (a
// time of day and thread, level and logger separated by pipes, the class and line in parentheses);
// Transwarp Aquila's agent log4j2 template (the ${hostName} lookup between the level and `---`);
// a Spring Boot project's logback with the level in brackets after a time of day and the thread
// after the logger.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `logback`, `ISO8601`, `highlight`, `%caller`, `MDC`, `log4j2`,
// `JsonTemplateLayout`, `EcsLayout`, `GELF`, `SimpleFormatter`, `tinylog`, `slf4j-simple`,
// `structured.format`, `quarkus`, `micronaut`, `vert.x`, `dropwizard`, `akka`, `pekko`,
// `ConversionPattern`, `jboss`, `wildfly`, `helidon`, `jetty`, `tomcat`, `ktor`, `javalin`,
// `sparkjava`, `jooby`, `ratpack`, `armeria`, `flogger`, `karaf`, `liberty`, `websphere`,
// `weblogic`, `glassfish`, `payara`, `zookeeper`, `cassandra`, `solr`, `nifi`, `flink`, `hbase`,
// `druid`, `trino`, `jenkins`, `keycloak`, `sonarqube`, `jira`, `neo4j`, `artemis`, `pulsar`,
// `ignite`, `hazelcast`, `gerrit`, `nexus`, `artifactory`, `teamcity`, `gocd`, `jmeter`, `geode`,
// `coherence`, `*INFO*`, `liferay`, `openfire`, `zimbra`, `mirth`, `hivemq`, `doris`, `zeppelin`,
// `oozie`, `ambari`, `accumulo`, `openwhisk`, `thingsboard`, `geoserver`, `!ENTRY`, `ghidra`,
// `jitsi`, `traccar`, `apereo`, `shibboleth`, `otel.javaagent`, `dd.trace`, `pinot`,
// `dolphinscheduler`, `seatunnel`, `iotdb`, `openrefine`, `refine_server`, `corenlp`,
// `StanfordCoreNLP`, `INFO CoreNLP`, `arthas`, `unomi`, `ditto`, `lavalink`, `mybatis`,
// `Preparing:`, `hutool`, `ConsoleLog`, `solon`, `ruoyi`, `[%method,%line]`, `recordLogininfor`,
// `jeecg`, `yudao`, `grails`, `xxl-job`, `transwarp`, `aquila`. Nearly every framework and server
// named is measured already (the theme's own shapes too: logback's %caller lines, log4j2's ECS and
// GELF templates, JUL SimpleFormatter in a dozen locales, tinylog, slf4j-simple, Spring Boot 3.4's
// structured formats, Quarkus, Micronaut, Vert.x, Dropwizard, Akka and Pekko), so they were left
// out; OpenRefine, CoreNLP, Hutool, RuoYi and Aquila match nothing, Solon only a grep list of a
// web table, Grails other products (OpenBoxes' exception log). Arthas was left out as its layout
// was not confirmed by any search. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). No layout here writes a zone, so every time is taken as UTC; a time of
// day without a date (OpenRefine, RuoYi, the Grails and Spring Boot patterns) is on the clock's day,
// 2026-11-29; CoreNLP's server lines carry no time, so its records have none. Levels only where the
// line marks one: the level column (Redwood's, Solon's first word, RuoYi's, Grails', Aquila's), the
// bracketed level (Hutool's, the Spring Boot pattern's); OpenRefine's layout writes no level, so
// its records are Unknown. The host is the record's host field: only Aquila's template writes one
// (the ${hostName} lookup); the others write none, and a listen address or a client address in a
// message is no host. A stack trace under OpenRefine's and RuoYi's records, and Solon's message
// line, belong to the record above them.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of a layout
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7bea2d1 before any rule for it: level 100.0 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 88.2 %, records 100.0 %), in a
// worktree at 7bea2d1 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is a host: Aquila's ${hostName} between the level and
// Spring Boot's `---` separator is not read as the host.

var fresh793Cases = []worldCase{
	{
		name:   "openrefine-butterfly-log4j-elapsed-ms",
		source: "OpenRefine's server console (`HH:mm:ss.SSS [%25c] message (Nms)`: `10:11:40.214 [            refine_server] Starting Server bound to '127.0.0.1:3333' (6ms)`): OpenRefine/OpenRefine issues #6404, #1645, #1043; a Java stack trace under a logged line: issue #3339",
		why:    "a time of day with no date; the logger right-aligned in brackets where a level would stand; the elapsed milliseconds in parentheses at the end; no level; a stack trace under a record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.208Z", Unknown, "", "07:41:16.208 [            refine_server] Starting Server bound to '127.0.0.1:3333' (0ms)"),
			we("2026-11-29T07:41:16.215Z", Unknown, "", "07:41:16.215 [            refine_server] refine.memory size: 1400M JVM Max heap: 1468006400 (7ms)"),
			we("2026-11-29T07:41:16.902Z", Unknown, "", "07:41:16.902 [                   refine] Starting OpenRefine 3.8.7 [5c21e04]... (687ms)"),
			we("2026-11-29T07:41:22.340Z", Unknown, "",
				"07:41:22.340 [          org.mortbay.log] /command/core/get-rows (5438ms)",
				"java.lang.IllegalStateException: Committed",
				"        at org.mortbay.jetty.Response.resetBuffer(Response.java:1024)",
				"        at edu.mit.simile.butterfly.Butterfly.error(Butterfly.java:1020)",
				"        at com.google.refine.RefineServlet.service(RefineServlet.java:210)"),
			we("2026-11-29T07:41:23.011Z", Unknown, "", "07:41:23.011 [                   refine] GET /command/core/get-project-metadata (671ms)"),
		},
	},
	{
		name:   "stanford-corenlp-server-redwood-untimed",
		source: "the Stanford CoreNLP server's console (Redwood over slf4j: `[main] INFO CoreNLP - StanfordCoreNLPServer listening at /0:0:0:0:0:0:0:0:9000`): stanfordnlp/CoreNLP issue #1027, stanfordnlp/stanza issue #230, Lynten/stanford-corenlp issue #98; the WARN line from memory",
		why:    "no time at all: the thread in brackets, the level word, the channel and a dash; the listen address is no host",
		entries: []worldEntry{
			we("", Info, "", "[main] INFO CoreNLP - --- StanfordCoreNLPServer#main() called ---"),
			we("", Info, "", "[main] INFO CoreNLP - setting default constituency parser"),
			we("", Warn, "", "[main] WARN CoreNLP - cannot find edu/stanford/nlp/models/srparser/englishSR.ser.gz"),
			we("", Info, "", "[main] INFO CoreNLP -     Threads: 6"),
			we("", Info, "", "[main] INFO CoreNLP - StanfordCoreNLPServer listening at /0:0:0:0:0:0:0:0:9040"),
		},
	},
	{
		name:   "hutool-consolelog",
		source: "Hutool's ConsoleLog (cn.hutool.log.dialect.console.ConsoleLog, `logFormat = \"[{date}] [{level}] {name}: {msg}\"`), found by code search; the date as DateUtil.now()'s `yyyy-MM-dd HH:mm:ss` from memory",
		why:    "the date in brackets with no fraction, the level in brackets, then the logger name with a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] [INFO] cn.example.shop.OrderService: order 88213 created for user wanglei"),
			we("2026-11-29T07:41:17Z", Debug, "", "[2026-11-29 07:41:17] [DEBUG] cn.example.shop.cache.SkuCache: miss for sku 40211, loading from db"),
			we("2026-11-29T07:41:19Z", Warn, "", "[2026-11-29 07:41:19] [WARN] cn.example.shop.pay.PayClient: retry 2 of 3 for payment 77120"),
			we("2026-11-29T07:41:21Z", Error, "", "[2026-11-29 07:41:21] [ERROR] cn.example.shop.pay.PayClient: payment 77120 failed: gateway timeout after 5000 ms"),
		},
	},
	{
		name:   "solon-logback-level-first-message-next-line",
		source: "Solon's logback plugin default pattern (`%-5level %d{yyyy-MM-dd HH:mm:ss.SSS} [-%thread][*%mdc{traceId}]%tags[%logger{20}]: %n%msg%n`): opensolon/solon _plugin/logback-solon-plugin/README.md; an empty trace id and no tags from memory",
		why:    "the level first, then the date; the thread and trace id in `[-…][*…]`; the message on a line of its own, which belongs to the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120Z", Info, "",
				"INFO  2026-11-29 07:41:16.120 [-main][*][demo.App]: ",
				"App: Start loading"),
			we("2026-11-29T07:41:16.655Z", Info, "",
				"INFO  2026-11-29 07:41:16.655 [-main][*][demo.App]: ",
				"Server:main: smarthttp: Started (smart http 2.5/3.3.12) @8080 (http)"),
			we("2026-11-29T07:41:18.031Z", Warn, "",
				"WARN  2026-11-29 07:41:18.031 [-smarthttp-3][*7f3a9c21e0b4][demo.UserCtl]: ",
				"user 1042 login failed: bad password"),
			we("2026-11-29T07:41:19.502Z", Error, "",
				"ERROR 2026-11-29 07:41:19.502 [-smarthttp-5][*b81d02e4c7aa][demo.OrderCtl]: ",
				"order 5531 not found"),
		},
	},
	{
		name:   "ruoyi-logback-time-of-day-method-line",
		source: "RuoYi's logback.xml (`<property name=\"log.pattern\" value=\"%d{HH:mm:ss.SSS} [%thread] %-5level %logger{20} - [%method,%line] - %msg%n\" />`, with `<logger name=\"com.ruoyi\" …>`), found by exact-string search in many copies of the project's file",
		why:    "a time of day with no date; `[method,line]` between the abbreviated logger and the message; a stack trace under an error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.233Z", Info, "", "07:41:16.233 [restartedMain] INFO  c.r.RuoYiApplication - [logStarted,61] - Started RuoYiApplication in 9.412 seconds (JVM running for 10.377)"),
			we("2026-11-29T07:42:03.118Z", Info, "", "07:42:03.118 [schedule-pool-1] INFO  sys-user - [run,55] - [10.20.4.17]内网IP[zhangwei][Success][登录成功]"),
			we("2026-11-29T07:42:40.560Z", Debug, "", "07:42:40.560 [http-nio-8080-exec-7] DEBUG c.r.s.m.S.selectUserList - [debug,137] - ==>  Preparing: select u.user_id, u.dept_id from sys_user u where u.del_flag = '0'"),
			we("2026-11-29T07:43:11.902Z", Error, "",
				"07:43:11.902 [http-nio-8080-exec-9] ERROR c.r.f.w.e.GlobalExceptionHandler - [handleRuntimeException,98] - 请求地址'/system/user/list',发生未知异常.",
				"java.lang.NullPointerException: null",
				"\tat com.ruoyi.system.service.impl.SysUserServiceImpl.selectUserList(SysUserServiceImpl.java:77)",
				"\tat com.ruoyi.web.controller.system.SysUserController.list(SysUserController.java:71)"),
		},
	},
	{
		name:   "grails-logback-pipes-class-line",
		source: "a Grails project's logback pattern (`%-4(%d{HH:mm:ss.SSS} | [%thread]) %-5level | %logger | \\(%class:%line\\) - %msg%n`): Jonny023/Study grails/logback/logback说明.md",
		why:    "a time of day, a pipe, the thread in brackets; the level and the logger between pipes; the class and line in parentheses",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.410Z", Info, "", "07:41:16.410 | [main] INFO  | com.example.Application | (com.example.Application:24) - Grails application running at http://localhost:8080"),
			we("2026-11-29T07:41:40.077Z", Debug, "", "07:41:40.077 | [http-nio-8080-exec-2] DEBUG | com.example.BookController | (com.example.BookController:31) - list books max=10 offset=0"),
			we("2026-11-29T07:41:42.913Z", Warn, "", "07:41:42.913 | [http-nio-8080-exec-4] WARN  | com.example.BookService | (com.example.BookService:58) - isbn 978-0-00-000000-1 has no author"),
			we("2026-11-29T07:41:45.266Z", Error, "", "07:41:45.266 | [http-nio-8080-exec-6] ERROR | com.example.OrderController | (com.example.OrderController:77) - save failed for order 3301"),
		},
	},
	{
		name:   "transwarp-aquila-agent-log4j2-hostname",
		source: "Transwarp Aquila's agent log4j2 template (`%d{yyyy-MM-dd HH:mm:ss.SSS} %5p ${hostName} --- [%15.15t] %-40.40c{1.} : %m%n%ex`): transwarpio/application-metainfo AQUILA/manager-6.0/templates/agent/log4j2.xml.ftl",
		why:    "Spring Boot's shape with the host name (the ${hostName} lookup) where the pid would stand before `---`",
		gap:    "the host name (tdh-node03) between the padded level and Spring Boot's `---` separator is not read as the host: trawl gives \"\" where the line carries the ${hostName} lookup's value",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.021Z", Info, "tdh-node03", "2026-11-29 07:41:16.021  INFO tdh-node03 --- [           main] i.t.a.agent.AgentBootstrap               : Aquila agent 6.0.2 starting"),
			we("2026-11-29T07:41:17.350Z", Info, "tdh-node03", "2026-11-29 07:41:17.350  INFO tdh-node03 --- [  heartbeat-1] i.t.a.a.h.HeartbeatReporter              : registered with manager at 10.16.2.5:8190"),
			we("2026-11-29T07:41:47.352Z", Warn, "tdh-node03", "2026-11-29 07:41:47.352  WARN tdh-node03 --- [  heartbeat-1] i.t.a.a.h.HeartbeatReporter              : heartbeat took 4210 ms"),
			we("2026-11-29T07:42:02.889Z", Error, "tdh-node03", "2026-11-29 07:42:02.889 ERROR tdh-node03 --- [    collector-2] i.t.a.a.c.DiskCollector                  : cannot read /data/disk4: Input/output error"),
		},
	},
	{
		name:   "spring-boot-rnf-logback-bracket-level-thread-after-logger",
		source: "a Spring Boot project's console pattern (`%date{HH:mm:ss.SSS} [%level] %c [%t] - %m%n`): fyupeng/StudyNotes 日志/logback.md",
		why:    "a time of day; the level in brackets; the full logger; the thread in brackets after the logger, before a dash",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.802Z", Info, "", "07:41:16.802 [INFO] com.example.rnf.ServerApplication [main] - Started ServerApplication in 6.208 seconds"),
			we("2026-11-29T07:41:33.145Z", Debug, "", "07:41:33.145 [DEBUG] com.example.rnf.web.FileController [http-nio-8081-exec-1] - upload chunk 3/12 of report-q4.pdf"),
			we("2026-11-29T07:41:35.690Z", Warn, "", "07:41:35.690 [WARN] com.example.rnf.web.FileController [http-nio-8081-exec-3] - chunk 7 arrived twice, ignoring"),
			we("2026-11-29T07:41:39.004Z", Error, "", "07:41:39.004 [ERROR] com.example.rnf.storage.DiskStore [http-nio-8081-exec-5] - disk quota exceeded for user liqiang"),
		},
	},
}

func TestFresh793Formats(t *testing.T) { assertTable(t, fresh793Cases) }

func TestFresh793Score(t *testing.T) {
	checkScore(t, "fresh793 formats", fresh793Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 99.9})
}
