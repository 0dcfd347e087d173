package parse

import "testing"

// The seven-hundred-and-fifty-eighth fresh table: application servers and process managers for web
// languages, in layouts the earlier tables do not hold. Each family is one server's own output:
// Tomcat's JULI JdkLoggerFormatter (epoch milliseconds, a one-letter level, the logger's last
// name); Hypercorn's own logging with its default access format (`[%Y-%m-%d %H:%M:%S %z] [pid]
// [LEVEL]` before `%(h)s %(r)s %(s)s %(b)s %(D)s`, the request line as `GET /path 1.1`) and with a
// Gunicorn-style access format in a +0100 zone (two times of the same second); Jetty 12's start.jar
// StartLog (`INFO  : ` with no time); uWSGI's spooler (`[spooler dir pid: N] managing request
// uwsgi_spoolfile_on_host_…_epoch_usec`, no time of its own although the file name holds an epoch)
// among its request log; uWSGI's cheaper busyness algorithm with --log-date; Open Liberty's
// messages.log in the TBASIC message format (a class name cut to 13 characters, then the event
// letter); Tomcat as a Windows service, its tomcat10-stdout log where procrun writes one dated
// banner and System.out lines follow with no time.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `php-fpm`, `fpm`, `pool www`, `slowlog`, `script_filename`, `said
// into stderr`, `DEBUG: pid`, `php-fpm[N]: [`, `access.format`, `%{mili}d`, `uwsgi`, `pid: N|app`,
// `vars in`, `emperor`, `[uWSGI]`, `log-date`, `2026 - ***`, `log-encoder`, `DAMN ! worker`,
// `Respawned uWSGI worker`, `[spooler `, `managing request`, `uwsgi_spoolfile`, `busyness`,
// `cheaper`, `gunicorn`, `gunicorn.error[`, `Booting worker`, `WORKER TIMEOUT`, `Listening at:`,
// `log-syslog`, `puma`, `Puma starting`, `Worker 0 (PID`, `Puma::`, `stdout_redirect`, `unicorn`,
// `reaped #`, `worker=0 ready`, `unicorn master`, `passenger`, `App N output`, `[ N 20`,
// `[ W 20`, `[ E 20`, `[ D2 `, `Passenger core`, `Error ID`, `SpawningKit`, `hypercorn`,
// `hypercorn.access`, ` 1.1 200`, `Running on http`, `uvicorn`, `Uvicorn running`, `TRACE:    `,
// `uvicorn.access`, `daphne`, `WSCONNECT`, `Starting server at`, `catalina`, `OneLineFormatter`,
// `org.apache.catalina`, `org.apache.juli`, `JdkLoggerFormatter`, `JdkLogger`, `JsonFormatter`,
// `org.apache.juli.JsonFormatter`, `JsonAccessLogValve`, `logicalUserName`,
// `ExtendedAccessLogValve`, `localhost_access_log`, `procrun`, `Commons Daemon`, `stderr
// initialized`, `stdout initialized`, `procrun stdout`, `Using CATALINA_BASE`, `Picked up
// JDK_JAVA_OPTIONS`, `Http11NioProtocol`, `jetty`, `oejs`, `o.e.j.s`, `jetty-12`, `jetty-slf4j`,
// `StdErrLog`, `NAME_CONDENSE`, `:INFO :org.eclipse`, `INFO  : `, `WARN  : `, `wildfly`, `jboss`,
// `WFLY`, `JBAS`, `MSC service`, `loggerClassName`, `"r/o"`, `glassfish`, `payara`, `[#|`, `ODL`,
// `levelValue`, `NCLS`, `_ThreadID`, `Members {size`, `open liberty`, `openliberty`, `CWWK`,
// `liberty_message`, `ibm_datetime`, `[AUDIT`, `isoDateFormat`, `FrameworkMana `, `tbasic`, `Start
// of DE processing`, `exception_summary`, `Time of first Occurrence`, `aspnetcore`,
// `Microsoft.Hosting.Lifetime`, `Kestrel`, `<6>Microsoft`, `JsonConsoleFormatter`, `SingleLine`,
// `TimestampFormat`, `=> SpanId`, `ANCM`, `aspnetcorev2`, `stdout_20`, `iisnode`, `HTTPERR`,
// `AppOffline`, `isapi_redirect`, `mod_jk`, `waitress`, `mod_wsgi`, `granian`, `frankenphp`,
// `roadrunner`, `swoole`, `workerman`, `hhvm`, `[hphp]`, `falcon`, `[oid=`, `agoo`, `iodine`,
// `pitchfork`, `Thin web server`, `starman`, `hypnotoad`, `cowboy`, `coldfusion`, `lucee`,
// `zope`, `twistd`, `Site starting`, `Development Server`. Nearly every server and layout named
// is measured already (PHP-FPM's error, access and slow logs, uWSGI's request log and its
// log-date banners, Gunicorn's files and syslog prefix, Puma, Unicorn, Passenger's letters and
// its spawn error block, Uvicorn, Daphne, Tomcat's OneLineFormatter, JsonFormatter, access valves
// and procrun stderr, Jetty's slf4j and StdErrLog lines, WildFly, GlassFish and Payara's ODL and
// JSON, Liberty's basic, JSON and FFDC files, ASP.NET Core's console formatters and ANCM's
// debug log), so they were left out; the families kept match only grep lists or other products
// (`INFO  : ` matches other tools' lines, `busyness` another product's word, `hypercorn` its
// error log with the Gunicorn layout and the Uvicorn-style access line, not its own default
// access atoms). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). JdkLoggerFormatter's epoch milliseconds are UTC by nature; Hypercorn's
// `%z` (+0000, and +0100 converted: 08:41 +0100 is 07:41 UTC, the same second in both of the
// Gunicorn-style line's times); uWSGI's ctime dates, Liberty's `M/d/yy, H:mm:ss:SSS UTC` and
// procrun's `yyyy-MM-dd HH:mm:ss` are UTC. Records with no time of their own have none: Jetty's
// StartLog lines, uWSGI's spooler lines (the epoch inside the spool file's name is the task's,
// not the line's), the Python traceback inside a Hypercorn record is part of that record, and
// Tomcat's System.out lines after procrun's banner. Levels only where the line marks one:
// JdkLoggerFormatter's letter (I W E D), Hypercorn's `[LEVEL]`, StartLog's `INFO`/`WARN` column,
// Liberty's event letter (A audit is Notice as in the earlier Liberty tables, I W E); uWSGI's
// lines, procrun's banner and System.out carry none. No family writes a host field: Hypercorn's
// client address with its port is a peer, the host name inside a uWSGI spool file name is part
// of a file name, so every host is "". A Java stack trace after a JdkLoggerFormatter record and a
// Python traceback after a Hypercorn ERROR record are one record with it.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code"); where a search did not confirm a layout the source says "from memory"
// (Liberty's TBASIC layout, uWSGI's busyness messages, StartLog's WARN wording, Hypercorn's
// startup and error messages). Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table
// was first run, and none was changed after it; a family trawl still gets wrong carries a gap
// that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 9a0f1b1 before any rule for it: level 90.6 %, time 90.6 %, host 90.6 %, records 87.5 %.
// That is the macro figure (micro: level 91.2 %, time 91.2 %, host 91.2 %, records 88.2 %), in a
// worktree at 9a0f1b1 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is a record boundary: Tomcat's procrun stdout file, whose
// System.out lines with no time are joined to procrun's dated banner instead of standing as records
// of their own.

var fresh758Cases = []worldCase{
	{
		name:   "tomcat-juli-jdkloggerformatter",
		source: "apache/tomcat java/org/apache/juli/JdkLoggerFormatter.java (`buf.append(time)` of record.getMillis(), then ` I `/` W `/` E `/` D `/` T ` by the JUL level's int value, the logger name after its last dot, a space, the message, and the throwable's printStackTrace on the next lines; the javadoc's example `1130122891846 Http11BaseProtocol I Initializing Coyote HTTP/1.1 on http-8800`)",
		why:    "the time is 13 digits of epoch milliseconds first on the line; the level is one letter between the time and the short logger name; a stack trace follows an E record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", `1795938076123 I Http11NioProtocol Initializing ProtocolHandler ["http-nio-8080"]`),
			we("2026-11-29T07:41:16.870Z", Info, "", "1795938076870 I Catalina Server initialization in [747] milliseconds"),
			we("2026-11-29T07:41:17.342Z", Warn, "", "1795938077342 W WebappClassLoaderBase The web application [shop] appears to have started a thread named [mail-pool-1] but has failed to stop it. This is very likely to create a memory leak."),
			we("2026-11-29T07:41:18.015Z", Error, "",
				"1795938078015 E ContextLoader Context initialization failed",
				"java.lang.IllegalStateException: DataSource [jdbc/shopdb] is not bound in this Context",
				"\tat org.example.shop.db.DataSourceConfig.lookup(DataSourceConfig.java:58)",
				"\tat org.example.shop.db.DataSourceConfig.init(DataSourceConfig.java:31)",
				"\tat org.apache.catalina.core.StandardContext.listenerStart(StandardContext.java:4041)"),
			we("2026-11-29T07:41:18.200Z", Debug, "", "1795938078200 D StandardManager Start: Loading persisted sessions"),
		},
	},
	{
		name:   "hypercorn-default-access-atoms",
		source: "pgjones/hypercorn src/hypercorn/logging.py (`logging.Formatter(\"%(asctime)s [%(process)d] [%(levelname)s] %(message)s\", \"[%Y-%m-%d %H:%M:%S %z]\")` on both loggers; atoms `h` = `client:port`, `r` = `f\"{method} {request['path']} {protocol}\"` with http_version `1.1`) and docs/logging.rst (default access_log_format `%(h)s %(r)s %(s)s %(b)s %(D)s`); the startup and ASGI error messages from memory",
		why:    "a bracketed time with %z, the pid and [LEVEL]; the access line's client with its port is a peer, the request line has `1.1` without `HTTP/`, the last number is microseconds; a Python traceback belongs to the ERROR record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16 +0000] [4182] [INFO] Running on http://0.0.0.0:8000 (CTRL + C to quit)"),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29 07:41:17 +0000] [4182] [INFO] 10.2.0.7:51234 GET /health 1.1 200 2 1534"),
			we("2026-11-29T07:41:18Z", Error, "",
				"[2026-11-29 07:41:18 +0000] [4182] [ERROR] Error in ASGI Framework",
				"Traceback (most recent call last):",
				`  File "/srv/orders/app/views.py", line 88, in list_orders`,
				"    rows = await db.fetch_all(query)",
				"asyncpg.exceptions.TooManyConnectionsError: sorry, too many clients already"),
			we("2026-11-29T07:41:18Z", Info, "", "[2026-11-29 07:41:18 +0000] [4182] [INFO] 10.2.0.7:51240 GET /orders 1.1 500 21 84210"),
		},
	},
	{
		name:   "hypercorn-gunicorn-style-access-plus0100",
		source: "pgjones/hypercorn src/hypercorn/logging.py (the `[%Y-%m-%d %H:%M:%S %z]` asctime and `[pid] [LEVEL]` prefix on the access logger; atom `t` = `time.strftime(\"[%d/%b/%Y:%H:%M:%S %z]\")`) and docs/logging.rst (atoms `h l u t r s b f a`, as Gunicorn's) with access_log_format set to Gunicorn's `%(h)s %(l)s %(l)s %(t)s \"%(r)s\" %(s)s %(b)s \"%(f)s\" \"%(a)s\"`",
		why:    "two local times of the same second with +0100, the logging prefix's and the access atom's; the client address with a port is no host; level INFO from the prefix",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `[2026-11-29 08:41:16 +0100] [911] [INFO] 10.8.4.21:40112 - - [29/Nov/2026:08:41:16 +0100] "GET /healthz 1.1" 200 2 "-" "kube-probe/1.31"`),
			we("2026-11-29T07:41:19Z", Info, "", `[2026-11-29 08:41:19 +0100] [911] [INFO] 10.8.4.33:40218 - - [29/Nov/2026:08:41:19 +0100] "POST /api/carts/7731/items 2" 201 87 "https://shop.example.org/cart" "Mozilla/5.0 (X11; Linux x86_64)"`),
			we("2026-11-29T07:41:22Z", Warn, "", "[2026-11-29 08:41:22 +0100] [911] [WARNING] ASGI Framework Lifespan error, continuing without Lifespan support"),
			we("2026-11-29T07:41:25Z", Info, "", `[2026-11-29 08:41:25 +0100] [911] [INFO] 10.8.4.21:40301 - - [29/Nov/2026:08:41:25 +0100] "GET /ws/notify ws" 101 - "-" "python-websockets/13.1"`),
		},
	},
	{
		name:   "jetty12-start-jar-startlog",
		source: "jetty/jetty.project issue #12405 (jetty-home-12.0.14 start.jar --add-modules output, `INFO  : ee10-demos      transitively enabled, …`, `INFO  : mkdir ${jetty.base}/etc`), issue #8222 (`INFO  : http            initialized in ${jetty.base}/start.d/http.ini`), PR #5258 (StartLog.log(\"INFO\", …)) and PR #14925 (`WARN: foo is no longer available`); the WARN line's exact wording from memory",
		why:    "StartLog's level word padded to six with `: ` and no time at all; the module name is padded to a column",
		entries: []worldEntry{
			we("", Info, "", "INFO  : mkdir ${jetty.base}/start.d"),
			we("", Info, "", "INFO  : server          transitively enabled, ini template available with --add-modules=server"),
			we("", Info, "", "INFO  : http            initialized in ${jetty.base}/start.d/http.ini"),
			we("", Warn, "", "WARN  : ee8-deploy is no longer available: use ee10-deploy"),
			we("", Info, "", "INFO  : Base directory was modified"),
		},
	},
	{
		name:   "uwsgi-spooler-among-request-log",
		source: "unbit/uwsgi issue #32 (`[spooler /foo/spooler pid: 4185] done with task uwsgi_spoolfile_on_foo_29150_3_0_1350930600_53133 after 120 seconds`, `… managing request uwsgi_spoolfile_on_foo_… ...`) and issue #543 (the same lines among the request log `[pid: N|app: 0|req: 1/1] 127.0.0.1 () {48 vars in 846 bytes} [Fri Feb 21 14:56:25 2014] GET /success => generated …`)",
		why:    "the spooler's lines have no time; the spool file name holds a host name and an epoch that are the task's, not the line's; the request log line between them has its ctime date in brackets after the client",
		entries: []worldEntry{
			we("", Unknown, "", "[spooler /var/spool/uwsgi/mail pid: 2817] managing request uwsgi_spoolfile_on_web03_2790_2_0_1795938076_482113 ..."),
			we("2026-11-29T07:41:19Z", Unknown, "", "[pid: 2790|app: 0|req: 41/163] 10.2.0.7 () {38 vars in 612 bytes} [Sun Nov 29 07:41:19 2026] POST /mail/send => generated 19 bytes in 6 msecs (HTTP/1.1 202) 2 headers in 81 bytes (1 switches on core 0)"),
			we("", Unknown, "", "[spooler /var/spool/uwsgi/mail pid: 2817] done with task uwsgi_spoolfile_on_web03_2790_2_0_1795938076_482113 after 3 seconds"),
			we("", Unknown, "", "[spooler /var/spool/uwsgi/mail pid: 2817] managing request uwsgi_spoolfile_on_web03_2791_5_0_1795938079_90411 ..."),
		},
	},
	{
		name:   "uwsgi-cheaper-busyness-log-date",
		source: "uWSGI's cheaper busyness plugin lines with --log-date's default ctime prefix (`Sun Nov 29 07:41:16 2026 - `, as the log-date banners of the earlier tables); the `[busyness] …` messages themselves from memory",
		why:    "a ctime date and ` - ` before a bracketed algorithm tag; no level; numbers and percentages in the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 - [busyness] 1s average busyness is at 96%, will spawn 2 new worker(s)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 - spawned uWSGI worker 5 (pid: 3120, cores: 1)"),
			we("2026-11-29T07:41:46Z", Unknown, "", "Sun Nov 29 07:41:46 2026 - [busyness] 30s average busyness is at 4%, cheap one of 6 running workers"),
			we("2026-11-29T07:41:46Z", Unknown, "", "Sun Nov 29 07:41:46 2026 - worker 6 killed successfully (pid: 3121)"),
		},
	},
	{
		name:   "openliberty-messages-tbasic",
		source: "Open Liberty's messages.log with messageFormat TBASIC (openliberty.io docs 'Log and trace configuration': messages.log and its formats); the TBASIC layout itself (WebSphere's basic format: `[date, time:ms zone] threadId ShortClassName13 E messageId: text`) from memory",
		why:    "a US short date with a comma and a colon before the milliseconds, a hex thread id, the class name cut to 13 characters, then the event letter (A I W E) as the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "", "[11/29/26, 7:41:16:204 UTC] 00000001 FrameworkMana A CWWKE0001I: The server shopServer has been launched."),
			we("2026-11-29T07:41:19.842Z", Info, "", "[11/29/26, 7:41:19:842 UTC] 0000002a WebGroup      I SRVE0169I: Loading Web Module: shop-web."),
			we("2026-11-29T07:41:21.015Z", Warn, "", "[11/29/26, 7:41:21:015 UTC] 0000002f ConfigValidat W CWWKG0011W: The configuration validation did not succeed. Value \"tru\" is not valid for attribute enabled."),
			we("2026-11-29T07:41:22.300Z", Error, "", "[11/29/26, 7:41:22:300 UTC] 00000033 AppMessageHel E CWWKZ0002E: An exception occurred while starting the application shop. The exception message was: java.lang.ClassNotFoundException: org.example.shop.Boot"),
		},
	},
	{
		name:   "tomcat-procrun-stdout",
		source: "Tomcat 10 as a Windows service: procrun's tomcat10-stdout.yyyy-MM-dd.log, opened with `yyyy-MM-dd HH:mm:ss Apache Commons Daemon procrun stdout initialized` (as the stderr file of fresh278), then the webapp's System.out lines as printed; from memory",
		why:    "one dated banner with no level, then lines with no time and no level that are records of their own, not continuations of the banner",
		gap:    "the System.out lines with no time after procrun's dated `stdout initialized` banner are joined to the banner as continuation lines, so the banner's record holds all four lines and no entry starts at each System.out line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 Apache Commons Daemon procrun stdout initialized"),
			we("", Unknown, "", "ShopInitializer: warming caches for 3 tenants"),
			we("", Unknown, "", "ShopInitializer: tenant acme ready (1204 products)"),
			we("", Unknown, "", "ShopInitializer: caches warm in 412 ms"),
		},
	},
}

func TestFresh758Formats(t *testing.T) { assertTable(t, fresh758Cases) }
func TestFresh758Score(t *testing.T) {
	checkScore(t, "fresh758 formats", fresh758Cases, [worldNumFields]float64{90.5, 90.5, 90.5, 87.4})
}
