package parse

import "testing"

// The three-hundred-and-twenty-fifth fresh table, written on 2026-12-06: Java logging frameworks'
// non-default patterns as applications configure them, shapes no earlier table holds. Each family
// is one framework in one configured output: slf4j-simple 2.0 with showDateTime and the
// `yyyy-MM-dd HH:mm:ss:SSS Z` dateTimeFormat its own properties file suggests, showThreadId's
// `tid=N`, levelInBrackets, showShortLogName and a marker after the name; logback with
// `%caller{2, evaluator}` writing `Caller+0\t at …` lines under error events only; a Ktor service
// on logback run with -Dkotlinx.coroutines.debug (thread names like `eventLoopGroupProxy-4-1
// @call-handler#12`) and the call id from MDC; log4j2 with %d{ISO8601_OFFSET_DATE_TIME_HH} (an
// offset of hours only, `-06`) and the whole ThreadContext map from a bare %X; log4j2 with
// %d{ABSOLUTE_MICROS} (a time of day with six decimals after a comma) and %marker with its parents
// (`ENTER[ FLOW ]`, `CATCHING[ EXCEPTION ]`) on Artemis client threads whose names hold blanks and
// parentheses; log4j2 with %d{US_MONTH_DAY_YEAR2_TIME} (day first despite the name, two-digit year)
// and the full %l location; java.util.logging's SimpleFormatter with `%1$tZ` (a zone abbreviation
// after the time) and the logger before the level; tinylog 2 writing a pipe-separated table with
// `{date: HH:mm:ss.SS}` (hundredths, no date); Spring Boot 3.1's file pattern (the whole thread
// name, not cut to 15) with `logging.pattern.level` carrying `[app,traceId,spanId]` and %wEx's blank
// lines around a stack trace; logback under JDK 21 virtual threads, whose empty names give `[]`,
// with an empty %X{TrackingId} leaving two blanks.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (case-insensitive: `tinylog`, `writer.format`, `writerFile`, `{class-name}`, `min-size`,
// `HH:mm:ss.SS}`, `tinylog.properties`, `slf4j-simple`, `simplelogger`, `showThreadId`,
// `levelInBrackets`, `showShortLogName`, `] tid=`, `tid=1 `, `:SSS Z`, a `:204 +0100 [` regex,
// `%caller`, `Caller+`, `CallerData`, `OnErrorEvaluator`, `evaluator`, `coroutine`, `@coroutine`,
// `@call-handler`, `call-handler`, `callIdMdc`, `call-id`, `ktor`, `eventLoopGroupProxy`,
// `DefaultDispatcher-worker`, `%X{`, `%X}`, ` %X `, `ThreadContext`, `CloseableThreadContext`,
// `ISO8601_OFFSET_DATE_TIME_HH`, `ISO8601_OFFSET_DATE_TIME_HHMM`, `ISO8601_OFFSET_DATE_TIME_HHCMM`,
// a `,204-06 ` regex, `ABSOLUTE_MICROS`, `ABSOLUTE_PERIOD`, `DEFAULT_NANOS`, `ISO8601_PERIOD`,
// `%d{ABSOLUTE`, `%d{COMPACT`, `%d{DATE`, a `HH:mm:ss,ffffff` regex, `%marker`, `[ FLOW ]`,
// `ENTER[ FLOW ]`, `CATCHING`, `traceEntry`, `Enter params`, `ActiveMQ-client-global-threads`,
// `US_MONTH_DAY`, `29/11/26 `, `(%F:%L)`, `%l`, `.java:NN) - ` regex, `lambda$`,
// `SimpleFormatter.format`, `%1$t`, `%tZ`, `%4$-7s`, `%4$s`, ` CET `, `CET com.`, a zone-then-level
// regex, `spring boot`, `spring-boot`, `--- [`, `LOG_CORRELATION`, `LOG_LEVEL_PATTERN`,
// `logging.pattern`, `spring.application.name`, `sleuth`, `micrometer`, `,,]`, an
// `INFO [app,hex` regex, `%wEx`, `ExtendedWhitespace`, `with root cause`,
// `kafka-producer-network-thread`, `LEADER_NOT_AVAILABLE`, `VirtualThread`, `virtual thread`,
// `newVirtualThreadPerTaskExecutor`, `TrackingId`, `] [] `, a `+08:00  [] ` regex). tinylog is in
// fresh12 as its default two-line format; a one-line table in none. slf4j-simple is in fresh12,
// fresh89 (Javalin) and fresh122 (Iceberg's REST fixture) untimed or with milliseconds since start,
// Maven's SimpleLogger with a bare time in fresh60; the dated, tid=, bracketed-level shape in none.
// logback's %caller is in none. Ktor on logback is in fresh47 (eventLoopGroupProxy threads); the
// coroutine debug names in none. log4j2's named dates ISO8601_OFFSET_DATE_TIME_HHMM/HHCMM, ABSOLUTE,
// COMPACT, DATE, ISO8601_BASIC, UNIX_MILLIS and DEFAULT_MICROS are in fresh_test.go, fresh62,
// fresh109, fresh158, fresh168 and fresh232 (with one %X{hostname} key); HH, ABSOLUTE_MICROS and
// US_MONTH_DAY_YEAR2_TIME, the bare %X map and the flow markers in none (oVirt's `08:41:16,123+01`
// in fresh2 has a blank, not a T, and no map). JUL's SimpleFormatter is in fresh58, fresh147,
// fresh148 and fresh158 in its default and one-line shapes; with a zone abbreviation after the time
// and the logger before the level in none. Spring Boot's console is in fresh89, fresh125, fresh206,
// fresh223 and fresh236 (the 3.2+ correlation slot, 15-character threads); its file pattern with a
// level pattern carrying the trace triple and %wEx's blank lines in none. Virtual threads are in
// fresh236 (Spring Boot's tomcat-handler-N and Quarkus); an unnamed one's `[]` in none. Left out as
// measured already: logback's and log4j2's defaults, %d{ISO8601} with %logger{36}, (%F:%L) columns
// (fresh6, fresh83, fresh132, fresh268), log4j2's %X{key} columns and JSON layouts, JUL's XMLFormatter
// and its localized headers, Spring Boot's structured JSON (fresh89, fresh223, fresh237). The table
// holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Offsets are converted: `+0100`, `-06`, `-03:00`, `+08:00`, and JUL's `CET`
// as +01:00; logback's %d{ISO8601}, Ktor's pattern and log4j2's US_MONTH_DAY_YEAR2_TIME write no
// zone and are read as UTC (29/11/26 is the 29th of November 2026); log4j2's ABSOLUTE_MICROS and
// tinylog's `HH:mm:ss.SS` are a time of day on the clock's day; slf4j-simple's `:204` after the
// seconds is milliseconds. Levels only where the pattern puts them: slf4j-simple's `[INFO]`,
// logback's and log4j2's %level, JUL's level word after the logger (SEVERE Error, FINE Debug,
// CONFIG Info), tinylog's padded column, Spring's %5p; a marker (`AUDIT`, `CATCHING[ EXCEPTION ]`)
// is no level. No family has a host field: a thread name with an address, a URL in a message or a
// Kafka client id is no host. A record that spans lines is one entry: logback's Caller+N lines
// under their event and the exception after them, a stack trace under its line, JUL's trace with
// the blank line SimpleFormatter leaves after it, Spring's %wEx trace with a blank line before and
// after.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d13dd9c before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at d13dd9c with no change to trawl's code (only this file and table_test.go's list), 10 of
// 10 families fully right; there are no gaps: the learned layouts already read every configured shape
// here, from slf4j-simple's `:204 +0100` and log4j2's `-06` and time-of-day microseconds to JUL's
// CET, tinylog's hundredths, logback's Caller+N lines and Spring's %wEx blank lines.

var fresh325Cases = []worldCase{
	{
		name:   "slf4j-simple-datetime-offset-tid-bracketed-level",
		source: "slf4j-simple 2.0 with simplelogger.properties showDateTime=true, dateTimeFormat=`yyyy-MM-dd HH:mm:ss:SSS Z` (the format the file's own comments name), showThreadId, levelInBrackets and showShortLogName: qos-ch/slf4j slf4j-simple/src/main/java/org/slf4j/simple/SimpleLogger.java (the date, `[thread] `, `tid=` and the id, `[LEVEL] `, the short name and ` - `, a marker after it with a blank before, printStackTrace under the line); the property values as many simplelogger.properties files set them (found with find_string)",
		why:    "a colon before the milliseconds and a `+0100` offset after a blank; `tid=27` and a bracketed level after a thread name holding blanks and a pipe; a marker after the name's dash is no level; the stack trace belongs to its line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 08:41:16:204 +0100 [main] tid=1 [INFO] CatalogImporter - catalog importer 2.4.1 starting with 3 feeds"),
			we("2026-11-29T07:41:17.019Z", Warn, "", "2026-11-29 08:41:17:019 +0100 [kafka-producer-network-thread | catalog-producer-1] tid=27 [WARN] NetworkClient - [Producer clientId=catalog-producer-1] Error while fetching metadata with correlation id 9 : {catalog.items=LEADER_NOT_AVAILABLE}"),
			we("2026-11-29T07:41:18.552Z", Info, "", `2026-11-29 08:41:18:552 +0100 [feed-poller-2] tid=31 [INFO] FeedPoller -  AUDIT feed supplier-42 fetched, 1204 items, etag "9f1c2a"`),
			we("2026-11-29T07:41:21.903Z", Error, "",
				"2026-11-29 08:41:21:903 +0100 [feed-poller-1] tid=30 [ERROR] FeedPoller - feed supplier-17 failed after 3 attempts",
				"java.net.SocketTimeoutException: Read timed out",
				"\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)",
				"\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)",
				"\tat com.example.catalog.FeedPoller.fetch(FeedPoller.java:96)"),
			we("2026-11-29T07:41:22.01Z", Debug, "", "2026-11-29 08:41:22:010 +0100 [main] tid=1 [DEBUG] CatalogImporter - next poll in 300 s"),
		},
	},
	{
		name:   "logback-caller-evaluator-lines",
		source: "logback 1.4/1.5 with `%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n%caller{2, CALLER_ON_ERROR}` and an OnErrorEvaluator named CALLER_ON_ERROR, so only error events carry caller data: qos-ch/logback CallerDataConverter.java (`Caller+` and the depth, a tab and ` at `, the frame, a line separator each; nothing when the evaluator says no), logback.qos.ch manual 'Layouts' (%caller{depth, evaluator}); logback appends the exception after the caller lines (the implicit %ex) from memory",
		why:    "an event line followed by `Caller+0\\t at …` and `Caller+1\\t at …` lines that belong to it, then an exception; a WARN or INFO line with no caller lines stands alone; %logger{36} cut to `c.e.ledger.posting.PostingService`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO  [main] com.example.ledger.Ledger - ledger 3.8.2 ready, 4 partitions assigned"),
			we("2026-11-29T07:41:18.731Z", Error, "",
				"2026-11-29 07:41:18,731 ERROR [ledger-writer-2] c.e.ledger.posting.PostingService - posting 88213 rejected: account 40-1177 is frozen",
				"Caller+0\t at com.example.ledger.posting.PostingService.post(PostingService.java:142)",
				"Caller+1\t at com.example.ledger.posting.PostingWorker.run(PostingWorker.java:61)"),
			we("2026-11-29T07:41:19.002Z", Warn, "", "2026-11-29 07:41:19,002 WARN  [ledger-writer-1] c.e.ledger.posting.PostingWorker - queue depth 1840 is above the 1500 watermark"),
			we("2026-11-29T07:41:20.415Z", Error, "",
				"2026-11-29 07:41:20,415 ERROR [ledger-flusher] c.example.ledger.store.JournalStore - journal segment 000412 flush failed",
				"Caller+0\t at com.example.ledger.store.JournalStore.flush(JournalStore.java:203)",
				"Caller+1\t at com.example.ledger.store.JournalStore.lambda$start$2(JournalStore.java:88)",
				"java.io.IOException: No space left on device",
				"\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)",
				"\tat java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:311)",
				"\tat com.example.ledger.store.JournalStore.flush(JournalStore.java:198)"),
			we("2026-11-29T07:41:21.09Z", Info, "", "2026-11-29 07:41:21,090 INFO  [main] com.example.ledger.Ledger - checkpoint 4471 written"),
		},
	},
	{
		name:   "ktor-logback-coroutine-debug-thread-names",
		source: "a Ktor 2/3 service on Netty with logback `%d{YYYY-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} %X{call-id} - %msg%n`, CallLogging's callIdMdc(\"call-id\"), run with -Dkotlinx.coroutines.debug so each thread name gets ` @name#id` of the coroutine it runs: Kotlin/kotlinx.coroutines PR #1369 (Debug.kt: the thread's name modified to include the coroutine's name and id), the coroutines guide's `[main @coroutine#1]` output, ktorio/ktor's NettyApplicationCallHandler (CoroutineName(\"call-handler\")), api.ktor.io callIdMdc; the pattern's MDC slot from memory",
		why:    "a thread name with a blank, an @ and a hash inside the brackets; the same coroutine on an event-loop and a Dispatchers.IO thread; an empty call id leaves two blanks before the dash; a Ktor client timeout's trace under its line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 [main @coroutine#1] INFO  shop.ApplicationKt  - payment providers loaded: stripe, adyen"),
			we("2026-11-29T07:41:17.01Z", Info, "", "2026-11-29 07:41:17.010 [eventLoopGroupProxy-4-1 @call-handler#12] INFO  shop.routes.OrderRoutes 6f1e2a90b3c4d5e6 - order 4411 accepted for customer 88"),
			we("2026-11-29T07:41:17.388Z", Debug, "", "2026-11-29 07:41:17.388 [DefaultDispatcher-worker-3 @call-handler#12] DEBUG shop.db.OrderRepository 6f1e2a90b3c4d5e6 - insert into orders took 7 ms"),
			we("2026-11-29T07:41:18.31Z", Warn, "", "2026-11-29 07:41:18.310 [eventLoopGroupProxy-4-2 @call-handler#14] WARN  shop.routes.OrderRoutes 0b7e44f219c84a3d - order 4412 rejected: sku 88-4410 out of stock"),
			we("2026-11-29T07:41:19.902Z", Error, "",
				"2026-11-29 07:41:19.902 [DefaultDispatcher-worker-1 @stock-sync#3] ERROR shop.jobs.StockSync  - stock feed unreachable, keeping 41 min old levels",
				"io.ktor.client.plugins.HttpRequestTimeoutException: Request timeout has expired [url=https://feeds.supplier.example/stock.json, request_timeout=10000 ms]",
				"\tat io.ktor.client.plugins.HttpTimeoutKt$HttpTimeout$2$1$killer$1.invokeSuspend(HttpTimeout.kt:165)",
				"\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)",
				"\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:104)"),
		},
	},
	{
		name:   "log4j2-iso8601-offset-hh-threadcontext-map",
		source: "log4j2 2.2x PatternLayout `%d{ISO8601_OFFSET_DATE_TIME_HH} %-5level [%t] %c{1.} %X - %m%n` in a billing service on America/Chicago: apache/logging-log4j2 NamedInstantPattern.java (ISO8601_OFFSET_DATE_TIME_HH is `yyyy-MM-dd'T'HH:mm:ss,SSSx`, an offset of hours only), logging.apache.org 'Pattern Layout' (a bare %X writes the whole map as `{key1=val1, key2=val2}`, `{}` when empty); the %xEx packaging `~[jar:?]` from memory",
		why:    "a comma before the milliseconds and a two-digit `-06` offset glued to them; the ThreadContext map in braces with `=` and `, ` (and `{}` empty) between the logger and the dash; the ids and the ZIP in it are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T01:41:16,204-06 INFO  [main] c.e.b.BillingApplication {} - billing 5.3.0 started on port 8443"),
			we("2026-11-29T07:41:18.377Z", Info, "", "2026-11-29T01:41:18,377-06 INFO  [http-nio-8443-exec-7] c.e.b.w.InvoiceController {requestId=4f2d9c1a-77e0-4b1e-9a51-0c3e8d2f6b14, tenant=acme-us, user=jkowalski} - invoice INV-2026-11-0418 rendered in 84 ms"),
			we("2026-11-29T07:41:19.902Z", Warn, "", "2026-11-29T01:41:19,902-06 WARN  [http-nio-8443-exec-2] c.e.b.t.TaxRateCache {requestId=9b8e7d6c-5f4a-4b21-8c3d-2e1f0a9b8c7d, tenant=globex} - tax rate for ZIP 60614 is 13 days old"),
			we("2026-11-29T07:41:21.015Z", Error, "",
				"2026-11-29T01:41:21,015-06 ERROR [billing-scheduler-1] c.e.b.j.DunningJob {job=dunning, runId=8812} - dunning run failed for 3 accounts",
				"java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
				"\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696) ~[HikariCP-5.1.0.jar:?]",
				"\tat com.example.billing.jobs.DunningJob.run(DunningJob.java:58) ~[billing-5.3.0.jar:?]"),
			we("2026-11-29T07:41:22.64Z", Debug, "", "2026-11-29T01:41:22,640-06 DEBUG [http-nio-8443-exec-7] c.e.b.w.InvoiceController {requestId=4f2d9c1a-77e0-4b1e-9a51-0c3e8d2f6b14, tenant=acme-us, user=jkowalski} - response 200 after 41 ms in the template engine"),
		},
	},
	{
		name:   "log4j2-absolute-micros-flow-markers",
		source: "log4j2 2.2x PatternLayout `%d{ABSOLUTE_MICROS} %-5level [%t] %marker %c{1} - %m%n` in a pricing client on ActiveMQ Artemis, with flow tracing (traceEntry/traceExit/catching): apache/logging-log4j2 NamedInstantPattern.java (ABSOLUTE_MICROS is `HH:mm:ss,SSSSSS`), MarkerManager.Log4jMarker (a marker with parents as `NAME[ PARENT ]`), logging.apache.org 'Flow Tracing' (ENTER, EXIT and CATCHING under FLOW and EXCEPTION); the `Enter params(…)`/`Exit with(…)` texts and the Artemis thread names `Thread-N (ActiveMQ-client-global-threads)` from memory",
		why:    "a time of day with six decimals after a comma and no date; a thread name with a blank and parentheses; a marker with its parent in `[ … ]` between the thread and the logger (two blanks when there is none), no level; CATCHING's trace under its line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", "07:41:16,204118 INFO  [main]  OrderBatch - batch 2026-11-29/3 starting with 412 orders"),
			we("2026-11-29T07:41:16.20439Z", Trace, "", "07:41:16,204390 TRACE [Thread-2 (ActiveMQ-client-global-threads)] ENTER[ FLOW ] PriceLookup - Enter params(88-4410, 3)"),
			we("2026-11-29T07:41:16.211902Z", Trace, "", "07:41:16,211902 TRACE [Thread-2 (ActiveMQ-client-global-threads)] EXIT[ FLOW ] PriceLookup - Exit with(41.90)"),
			we("2026-11-29T07:41:17.002511Z", Error, "",
				"07:41:17,002511 ERROR [Thread-3 (ActiveMQ-client-global-threads)] CATCHING[ EXCEPTION ] PriceLookup - Catching",
				"java.net.SocketTimeoutException: Read timed out",
				"\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278) ~[?:?]",
				"\tat com.example.pricing.PriceLookup.remote(PriceLookup.java:117) ~[pricing-client-2.0.3.jar:?]"),
			we("2026-11-29T07:41:17.114026Z", Warn, "", "07:41:17,114026 WARN  [main] AUDIT[ SECURITY ] OrderBatch - order 88213 repriced by operator mvega"),
		},
	},
	{
		name:   "log4j2-us-month-day-year2-location",
		source: "log4j2 2.2x PatternLayout `%d{US_MONTH_DAY_YEAR2_TIME} %-5p [%t] %l - %m%n` in a Quartz-scheduled invoicing job: apache/logging-log4j2 NamedInstantPattern.java and FixedDateFormat.FixedFormat (US_MONTH_DAY_YEAR2_TIME is `dd/MM/yy HH:mm:ss.SSS`, day first whatever the name says), logging.apache.org 'Pattern Layout' (%l: the caller's class, method, file and line); lines written for this table",
		why:    "a day-first two-digit-year date with milliseconds and no zone; the location `pkg.Class.method(File.java:NN)` (or `lambda$run$0`) after the thread, before the dash; an SMTP host in the trace is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "29/11/26 07:41:16.204 INFO  [main] com.example.billing.InvoiceJob.main(InvoiceJob.java:41) - invoice job 1.9.0 starting for period 2026-11"),
			we("2026-11-29T07:41:17.53Z", Debug, "", "29/11/26 07:41:17.530 DEBUG [DefaultQuartzScheduler_Worker-3] com.example.billing.InvoiceJob.lambda$run$0(InvoiceJob.java:97) - customer 7781: 14 line items"),
			we("2026-11-29T07:41:18.902Z", Warn, "", "29/11/26 07:41:18.902 WARN  [DefaultQuartzScheduler_Worker-3] com.example.billing.pdf.PdfRenderer.render(PdfRenderer.java:212) - font Inter missing, falling back to Helvetica"),
			we("2026-11-29T07:41:20.118Z", Error, "",
				"29/11/26 07:41:20.118 ERROR [DefaultQuartzScheduler_Worker-1] com.example.billing.mail.InvoiceMailer.send(InvoiceMailer.java:64) - mail for invoice INV-2026-11-0419 not sent",
				"jakarta.mail.MessagingException: Could not connect to SMTP host: smtp.mail.example, port: 587",
				"\tat org.eclipse.angus.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2258) ~[angus-mail-2.0.3.jar:?]",
				"\tat com.example.billing.mail.InvoiceMailer.send(InvoiceMailer.java:61) ~[billing-jobs-1.9.0.jar:?]"),
			we("2026-11-29T07:41:21.006Z", Info, "", "29/11/26 07:41:21.006 INFO  [main] com.example.billing.InvoiceJob.main(InvoiceJob.java:58) - 212 invoices issued, 1 deferred"),
		},
	},
	{
		name:   "jul-simpleformatter-zone-abbrev-logger-level",
		source: "java.util.logging with `java.util.logging.SimpleFormatter.format=%1$tY-%1$tm-%1$td %1$tH:%1$tM:%1$tS.%1$tL %1$tZ %3$s %4$s: %5$s%6$s%n` on a JVM in Europe/Berlin (the format as an application sets it, found with find_string); the SimpleFormatter javadoc (%3$s the logger, %4$s the level, %6$s a newline and the throwable's printStackTrace, so a blank line follows the trace); lines written for this table",
		why:    "a zone abbreviation (CET, +01:00) after the milliseconds; the logger name before the level and its colon; FINE is Debug, CONFIG Info, SEVERE Error; the trace and the blank line after it belong to the SEVERE record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 08:41:16.204 CET com.example.tagger.Main INFO: tagger 0.9.4 started, watching /srv/photos/inbox"),
			we("2026-11-29T07:41:17.511Z", Debug, "", "2026-11-29 08:41:17.511 CET com.example.tagger.ExifReader FINE: IMG_4471.HEIC: 38 tags read"),
			we("2026-11-29T07:41:19.066Z", Warn, "", "2026-11-29 08:41:19.066 CET com.example.tagger.Thumbnailer WARNING: IMG_4472.CR3 has no embedded preview, decoding raw"),
			we("2026-11-29T07:41:20.93Z", Error, "",
				"2026-11-29 08:41:20.930 CET com.example.tagger.Index SEVERE: cannot update index.db",
				"java.sql.SQLException: [SQLITE_BUSY] The database file is locked (database is locked)",
				"\tat org.sqlite.core.DB.newSQLException(DB.java:1179)",
				"\tat org.sqlite.core.DB.execute(DB.java:873)",
				"\tat com.example.tagger.Index.put(Index.java:77)",
				""),
			we("2026-11-29T07:41:21.402Z", Info, "", "2026-11-29 08:41:21.402 CET com.example.tagger.Main CONFIG: batch size 64, 4 worker threads"),
		},
	},
	{
		name:   "tinylog2-pipe-table-centiseconds",
		source: "tinylog 2 with writer.format `{date: HH:mm:ss.SS} | {level|min-size=5} | {class-name|size=20} | {line|min-size=4} | {message}` (the table a Java game's launcher configures through Configuration.replace, found with find_string): tinylog-org/website content/documentation/configuration.md (placeholders {date: pattern} with DateTimeFormatter, {class-name}, {line}, the min-size and size styles), tinylog-org/tinylog MessageAndExceptionToken.java (the message, `: ` and the exception with its `\\tat` frames)",
		why:    "a time of day with hundredths and no date, then pipe-separated padded columns: the level, the class, the line number (no time); the exception joins the message after `: ` and its frames follow",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2Z", Info, "", "07:41:16.20 | INFO  | GameLauncher         | 112  | tinylog ready, production mode, 3 writers"),
			we("2026-11-29T07:41:16.87Z", Debug, "", "07:41:16.87 | DEBUG | AssetLoader          | 64   | atlas ui.atlas loaded: 212 regions in 41 ms"),
			we("2026-11-29T07:41:18.03Z", Warn, "", "07:41:18.03 | WARN  | AudioMixer           | 230  | device 'USB Audio' busy, falling back to default output"),
			we("2026-11-29T07:41:19.07Z", Error, "",
				"07:41:19.07 | ERROR | SaveGameStore        | 241  | could not write slot 3: java.nio.file.AccessDeniedException: /home/ada/.local/share/skyforge/saves/slot3.sav",
				"\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:90)",
				"\tat java.base/java.nio.file.Files.newOutputStream(Files.java:216)",
				"\tat skyforge.save.SaveGameStore.write(SaveGameStore.java:238)"),
			we("2026-11-29T07:41:21.5Z", Trace, "", "07:41:21.50 | TRACE | InputRouter          | 57   | key F5 routed to QuickSave"),
		},
	},
	{
		name:   "spring-boot31-file-level-pattern-trace-ids",
		source: "Spring Boot 3.1 writing logging.file.name with Micrometer Tracing and `logging.pattern.level=%5p [${spring.application.name:},%X{traceId:-},%X{spanId:-}]` (the setting tracing guides and many application.yml files carry, found with find_string) in America/Sao_Paulo: spring-boot's logback defaults.xml FILE_LOG_PATTERN (`%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} ${LOG_LEVEL_PATTERN} ${PID} --- [%t] %-40.40logger{39} : %m%n%wEx`, the thread whole, not cut to 15 as on the console), ExtendedWhitespaceThrowableProxyConverter (a line separator before and after the trace)",
		why:    "an offset time, the level then `[orders,traceId,spanId]` (empty as `[orders,,]` outside a span) before the pid; a full thread name with a blank and a pipe; the trace under %wEx has a blank line before and after it and is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T04:41:16.204-03:00  INFO [orders,,] 4112 --- [main] com.example.orders.OrdersApplication     : Started OrdersApplication in 6.113 seconds (process running for 6.870)"),
			we("2026-11-29T07:41:18.017Z", Info, "", "2026-11-29T04:41:18.017-03:00  INFO [orders,6565f2a0c7d1e3b4a1b2c3d4e5f60718,a1b2c3d4e5f60718] 4112 --- [http-nio-8080-exec-1] com.example.orders.web.OrderController   : order 4411 accepted for customer 88"),
			we("2026-11-29T07:41:18.402Z", Warn, "", "2026-11-29T04:41:18.402-03:00  WARN [orders,,] 4112 --- [kafka-producer-network-thread | producer-1] org.apache.kafka.clients.NetworkClient   : [Producer clientId=producer-1] Error while fetching metadata with correlation id 12 : {order-events=LEADER_NOT_AVAILABLE}"),
			we("2026-11-29T07:41:19.5Z", Error, "",
				"2026-11-29T04:41:19.500-03:00 ERROR [orders,7d1e3b4a5c6f70819a2b3c4d5e6f7081,9a2b3c4d5e6f7081] 4112 --- [http-nio-8080-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.IllegalStateException: stock reservation for order 4413 timed out] with root cause",
				"",
				"java.lang.IllegalStateException: stock reservation for order 4413 timed out",
				"\tat com.example.orders.stock.StockClient.reserve(StockClient.java:77) ~[classes!/:3.4.0]",
				"\tat com.example.orders.web.OrderController.place(OrderController.java:52) ~[classes!/:3.4.0]",
				"\tat org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1011) ~[spring-webmvc-6.0.13.jar!/:6.0.13]",
				""),
			we("2026-11-29T07:41:20.09Z", Debug, "", "2026-11-29T04:41:20.090-03:00 DEBUG [orders,,] 4112 --- [scheduling-1] com.example.orders.stock.StockScheduler  : 3 reservations expired and released"),
		},
	},
	{
		name:   "logback-virtual-thread-empty-name-mdc",
		source: "logback 1.4 under JDK 21 with `%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %X{TrackingId} [%thread] %-5level %logger{10} %msg%n` and work on Executors.newVirtualThreadPerTaskExecutor(), whose threads have no name: qos-ch/logback issue #834 (this pattern, `+08:00  [] INFO` lines with virtual threads) and issue #710 (unnamed virtual threads print an empty name); lines written for this table",
		why:    "empty brackets where the thread name goes; an empty MDC value leaves two blanks after the time; a +08:00 offset; no dash between the logger and the message; a time in the message is not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.188Z", Info, "", "2026-11-29T15:41:16.188+08:00  [main] INFO  c.e.s.SettlementApplication settlement service 2.2.0 started on JDK 21.0.5"),
			we("2026-11-29T07:41:16.904Z", Info, "", "2026-11-29T15:41:16.904+08:00 7f3a9c1e [] INFO  c.e.s.b.BatchSettler batch 4411 settled: 212 payments, 0 rejects"),
			we("2026-11-29T07:41:17.23Z", Warn, "", "2026-11-29T15:41:17.230+08:00 c41d7a90 [] WARN  c.e.s.g.GatewayClient gateway answered 429, retrying in 400 ms"),
			we("2026-11-29T07:41:18.662Z", Error, "",
				"2026-11-29T15:41:18.662+08:00 c41d7a90 [] ERROR c.e.s.g.GatewayClient payment 88213 could not be settled",
				"java.net.http.HttpTimeoutException: request timed out",
				"\tat java.net.http/jdk.internal.net.http.HttpClientImpl.send(HttpClientImpl.java:950)",
				"\tat com.example.settle.gateway.GatewayClient.post(GatewayClient.java:83)",
				"\tat java.base/java.lang.VirtualThread.run(VirtualThread.java:329)"),
			we("2026-11-29T07:41:19.015Z", Debug, "", "2026-11-29T15:41:19.015+08:00  [scheduling-1] DEBUG c.e.s.b.BatchScheduler next batch window opens at 16:00"),
		},
	},
}

func TestFresh325Formats(t *testing.T) { assertTable(t, fresh325Cases) }
func TestFresh325Score(t *testing.T) {
	checkScore(t, "fresh325 formats", fresh325Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
