package parse

import "testing"

// The seven-hundred-and-nineteenth fresh table: e-book and document servers' logs as people attach
// them to tickets, in shapes no earlier table holds. Each family is one product's documented or
// observed output: Stirling-PDF's container log as Docker Desktop copies it (the viewer's local
// stamp before logback's time of day) and under plain `docker logs` (untimed entrypoint lines, a
// dateless logback time, a stack under an ERROR); Docspell's joex with the scribe logger (a dotted
// date, a four-digit counter after the seconds, the banner behind `***>`), the same under `docker
// compose` with the scheduler's LogSink repeating a job's ISO-timed line, and the older logback
// console with no time but the job line's; Teedy (sismics/docs) under `docker compose logs -t`
// (log4j's `29 Nov 2026 08:41:16,265` after Docker's stamp); Calibre-Web's access.log on gevent;
// kiwix-serve's output in the journal.
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitive, by product and by a
// fragment of its line first (`calibre`, `calibre-web`, `calibre-server`, `calibre.srv`, `cps`,
// `kavita`, `komga`, `kiwix`, `kiwix-serve`, `kiwix-serve[`, `Requesting :`, `paperless`,
// `paperless-ngx`, `stirling`, `stirling-pdf`, `Running Stirling`, `SPdfApplication`, `s.software`,
// `gotenberg`, `docspell`, `docspell.joex`, `[INFO ] docspell`, `d.j.s.LogSink`, `LogSink`, `***>`,
// `io-comp...`, `:0000 [`, `teedy`, `sismics`, `DbOpenHelper`, `Dec 2019`, `29 Nov 2026`,
// `audiobookshelf`, `ubooquity`, `lazylibrarian`, `readarr`, `bookstack`, `papermerge`, `mayan`,
// `onlyoffice`, `DocumentServer`, `collabora`, `tika`, `tika-server`, `immich`, `booklore`,
// `librum`, `cops`, `opds`, `zim`, `consumer`, `celery`, `readeck`, `wallabag`, `koreader`,
// `pywsgi`, `calibre-web access`, `(127.0.0.1)`, `tornado`, and gevent's access line by a pattern).
// None of Stirling-PDF's, Docspell's or Teedy's lines is in any table (`stirling`, `docspell` and
// `mayan` appear only in earlier tables' grep lists; `LogSink` matches other products' loggers;
// `29 Nov 2026` only other products' dates), nor Calibre-Web's access.log (its calibre-web.log is
// fresh51's) nor kiwix-serve's output (`kiwix` only in grep lists); the gevent access line in
// fresh59 is Glance's eventlet line inside an oslo message. Left out as measured already:
// Calibre-Web's calibre-web.log, Kavita under compose, Komga's Spring log, paperless-ngx's
// paperless.log, Gotenberg's JSON, text and Docker-stamped lines, Readarr, LazyLibrarian,
// Audiobookshelf, KOReader, BookStack, wallabag, ONLYOFFICE, Collabora and Tika. Left out as not
// confirmed by any search: calibre-server's own log and access log, Mayan EDMS's worker log,
// Calibre-Web's tornado access line. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Docker Desktop's stamp is the desktop's local time without a zone (here
// +01:00, read as UTC by the rules) and logback's time of day is the container's UTC on the clock's
// day: either is accepted; plain `docker logs` gives the dateless time of day alone, and the
// entrypoint's untimed lines have no time. Docspell's scribe stamp is `yyyy.MM.dd HH:mm:ss` with a
// counter, no fraction, after it (its pre-config default form has milliseconds); its LogSink lines
// carry the job's ISO time in Z too, and either is accepted; the logback console has only the job's
// time. Teedy's log4j time is the container's local time without a zone (+01:00, read as UTC) next to
// Docker's UTC stamp: either is accepted. Calibre-Web's gevent stamp has no zone (UTC); kiwix-serve's
// journal date has no year (2026). Levels only where the line marks one: logback's padded word,
// scribe's bracketed word, log4j's word after the time; the access lines, kiwix-serve's lines and the
// entrypoint and banner lines carry none. The host is the record's host field: only the journal's;
// compose service prefixes, Docspell's base URL and collective, HTTP clients, kiwix-serve's URLs and
// Teedy's code locations are no hosts. A record that spans lines is one entry: Stirling-PDF's and
// Teedy's errors with their stacks, scribe's banner and its indented two-line default record.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit db42860 before any rule for it: level 92.5 %, time 87.5 %, host 92.5 %, records 87.5 %.
// That is the macro figure (micro: level 92.9 %, time 88.1 %, host 92.9 %, records 88.1 %), in a
// worktree at db42860 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Docspell's old logback console, whose lines begin with a blank
// before the level word: trawl joins three of them to the line above and reads no time, since the
// only time is the job line's ISO stamp behind `>>> `.

var fresh719Cases = []worldCase{
	{
		name:   "stirling-pdf-docker-desktop-local-prefix",
		source: "Stirling-PDF's container log as Docker Desktop's log view copies it (the viewer's zone-less local `yyyy-MM-dd HH:mm:ss` before every line; the entrypoint's untimed lines, the Spring banner, then logback's `HH:mm:ss.SSS [thread] LEVEL logger - msg` in the container's UTC): Stirling-Tools/Stirling-PDF issue #1028 (a pasted log), here a desktop at +01:00",
		why:    "two stamps of one moment: Docker Desktop's local date and time (no zone, read as UTC) and logback's UTC time of day; either is accepted; the level word after the thread; banner and entrypoint lines carry only the viewer's stamp and no level",
		entries: []worldEntry{
			we("2026-11-29T08:41:15Z", Unknown, "", "2026-11-29 08:41:15 Copying original files without overwriting existing files"),
			we("2026-11-29T08:41:15Z", Unknown, "", "2026-11-29 08:41:15 Running Stirling PDF with DISABLE_ADDITIONAL_FEATURES=true and VERSION_TAG=1.6.0"),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.277Z", Warn, "", "2026-11-29 08:41:16 07:41:16.277 [main] WARN  s.software.SPDF.SPdfApplication - External configuration file 'configs/settings.yml' does not exist. Using default configuration and environment configuration instead."),
			we("2026-11-29T08:41:16Z", Unknown, "", "2026-11-29 08:41:16 Powered by Spring Boot 3.5.7"),
			we("2026-11-29T08:41:17Z|2026-11-29T07:41:17.102Z", Info, "", "2026-11-29 08:41:17 07:41:17.102 [main] INFO  s.software.SPDF.SPdfApplication - Starting SPdfApplication v1.6.0 using Java 21.0.9 with PID 1 (/app.jar started by stirlingpdfuser in /)"),
			we("2026-11-29T08:42:03Z|2026-11-29T07:42:03.518Z", Error, "", "2026-11-29 08:42:03 07:42:03.518 [http-nio-8080-exec-4] ERROR s.s.SPDF.controller.api.MergeController - Error in merge pdf process: Missing root object specification in trailer."),
		},
	},
	{
		name:   "stirling-pdf-docker-logs-time-of-day",
		source: "Stirling-PDF under plain `docker logs` (the entrypoint script's untimed lines, then logback's console pattern `HH:mm:ss.SSS [thread] LEVEL logger{36} - msg` with no date, a Java stack under an error): Stirling-Tools/Stirling-PDF issues #1028 and #2858 (pasted logs); the stack trace from memory",
		why:    "a time of day with milliseconds and no date (the clock's day); the level word padded to five after the bracketed thread; untimed entrypoint lines have no time; the stack belongs to the ERROR above it",
		entries: []worldEntry{
			we("", Unknown, "", "Copying original files without overwriting existing files"),
			we("", Unknown, "", "Setting permissions and ownership for necessary directories..."),
			we("2026-11-29T07:52:40.663Z", Info, "", `07:52:40.663 [main] INFO  s.software.SPDF.SPdfApplication - No active profile set, falling back to 1 default profile: "default"`),
			we("2026-11-29T07:52:44.91Z", Info, "", "07:52:44.910 [main] INFO  o.s.b.w.e.tomcat.TomcatWebServer - Tomcat started on port 8080 (http) with context path '/'"),
			we("2026-11-29T07:53:12.044Z", Warn, "", "07:53:12.044 [http-nio-8080-exec-2] WARN  s.s.SPDF.service.CustomPDFDocumentFactory - Low memory detected, switching to temp-file backed document for invoice_4471.pdf"),
			we("2026-11-29T07:53:15.38Z", Error, "",
				"07:53:15.380 [http-nio-8080-exec-7] ERROR o.a.c.c.C.[.[.[/].[dispatcherServlet] - Servlet.service() for servlet [dispatcherServlet] threw exception",
				"java.io.IOException: Missing root object specification in trailer.",
				"\tat org.apache.pdfbox.pdfparser.COSParser.parseTrailerValuesDynamically(COSParser.java:2767)",
				"\tat org.apache.pdfbox.pdfparser.PDFParser.initialParse(PDFParser.java:204)"),
		},
	},
	{
		name:   "docspell-joex-scribe-banner",
		source: "Docspell 0.3x joex's console with the scribe logger (`yyyy.MM.dd HH:mm:ss:NNNN [thread…] [LEVEL] class.method:line - msg`, the level padded in brackets, the start-up banner as a message that starts on the next line behind `***>`; before the config is read, scribe's default two-line form `yyyy.MM.dd HH:mm:ss:SSS thread LEVEL class.method:line` with the message indented below): eikek/docspell issue #1736 (a pasted joex log); that the four digits after the seconds are a counter within the second, not a fraction, from memory",
		why:    "a dotted date; four digits after the seconds glued with a colon; the bracketed level; the banner lines and the indented message belong to the record above them; the base URL's host is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.943Z", Info, "",
				"2026.11.29 07:41:15:943 io-compute-blocker-3 INFO docspell.config.ConfigFactory.default:44",
				"    Using config from environment variables!"),
			we("2026-11-29T07:41:17Z", Info, "",
				"2026.11.29 07:41:17:0000 [io-comp...] [INFO ] docspell.joex.Main.run:37 - ",
				`***>  ______                          _ _`,
				`***>  |  _  \                        | | |`,
				`***>  |___/ \___/ \___|___/ .__/ \___|_|_|`,
				"***>                      |_| v0.43.0 (#a41c9e07)",
				"***>  << JOEX >>",
				"***>  Id:       joex-attic",
				"***>  Base-Url: http://docspell-joex:7878",
				"***>"),
			we("2026-11-29T07:41:19Z", Info, "", "2026.11.29 07:41:19:0000 [io-comp...] [INFO ] docspell.joex.JoexServer.stream:148 - Starting joex with id joex-attic"),
			we("2026-11-29T07:41:24Z", Warn, "", "2026.11.29 07:41:24:0000 [io-comp...] [WARN ] docspell.joex.analysis.NlpFactory.create:61 - StanfordNLP is disabled, no named-entity recognition will run"),
			we("2026-11-29T07:43:02Z", Error, "", "2026.11.29 07:43:02:0000 [io-comp...] [ERROR] docspell.joex.mail.ReadMail.run:88 - Error connecting to imap server mail.attic.example: Connection timed out"),
		},
	},
	{
		name:   "docspell-compose-logsink",
		source: "Docspell joex and restserver under `docker compose up` (the service prefix `docspell-joex0       | `, scribe's `yyyy.MM.dd HH:mm:ss:NNNN [io-comp...] [LEVEL] class.method:line - msg`; the scheduler's LogSink repeating a job's log line `>>> ISO-Z Level jobInfo: msg (jobId: …)`): eikek/docspell issue #2566 (a pasted compose log)",
		why:    "the compose prefix is no host; the scribe time (its four-digit counter no fraction) and the job line's own ISO time in Z are two versions of the record's time, either is accepted; the bracketed level",
		entries: []worldEntry{
			we("2026-11-29T07:40:58Z", Info, "", "docspell-restserver  | 2026.11.29 07:40:58:0000 [io-comp...] [INFO ] docspell.restserver.RestServer.serve:77 - Starting server on 0.0.0.0:7880"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.254113870Z", Info, "", `docspell-joex0       | 2026.11.29 07:41:16:0000 [io-comp...] [INFO ] docspell.scheduler.impl.LogSink.logInternal:41 - >>> 2026-11-29T07:41:16.254113870Z Info 7hQzTu2Wc.../attic/process-item/High: Starting text analysis (jobId: "7hQzTu2WcrD-5Lfa8PnEx2k-qW3mBv9Hs1e-c4YtN6xA2uJ", task: "process-item", group: "attic", jobInfo: "7hQzTu2Wc.../attic/process-item/High")`),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.310402551Z", Debug, "", `docspell-joex0       | 2026.11.29 07:41:16:0001 [io-comp...] [DEBUG] docspell.scheduler.impl.LogSink.logInternal:37 - >>> 2026-11-29T07:41:16.310402551Z Debug 7hQzTu2Wc.../attic/process-item/High: Looking for organizations: %kestrel% (jobId: "7hQzTu2WcrD-5Lfa8PnEx2k-qW3mBv9Hs1e-c4YtN6xA2uJ", task: "process-item", group: "attic", jobInfo: "7hQzTu2Wc.../attic/process-item/High")`),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.871006342Z", Warn, "", `docspell-joex0       | 2026.11.29 07:41:19:0000 [io-comp...] [WARN ] docspell.scheduler.impl.LogSink.logInternal:45 - >>> 2026-11-29T07:41:19.871006342Z Warn 7hQzTu2Wc.../attic/process-item/High: Error obtaining pages count: Error: End-of-File, expected line at offset 0 (jobId: "7hQzTu2WcrD-5Lfa8PnEx2k-qW3mBv9Hs1e-c4YtN6xA2uJ", task: "process-item", group: "attic", jobInfo: "7hQzTu2Wc.../attic/process-item/High")`),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:21.002947113Z", Error, "", `docspell-joex0       | 2026.11.29 07:41:21:0000 [io-comp...] [ERROR] docspell.scheduler.impl.LogSink.logInternal:49 - >>> 2026-11-29T07:41:21.002947113Z Error 7hQzTu2Wc.../attic/process-item/High: Job 7hQzTu2Wc.../attic/process-item/High execution failed. Retrying later. (jobId: "7hQzTu2WcrD-5Lfa8PnEx2k-qW3mBv9Hs1e-c4YtN6xA2uJ", task: "process-item", group: "attic", jobInfo: "7hQzTu2Wc.../attic/process-item/High")`),
		},
	},
	{
		name:   "docspell-joex-logback-logsink",
		source: "Docspell 0.2x joex's console with its logback pattern (the level padded to five, the abbreviated logger `d.j.s.LogSink`, ` - `, no time of its own; the job's log line behind `>>> ISO-Z Level jobInfo: msg`): eikek/docspell issue #709 (a pasted joex log)",
		why:    "the only time is the job line's ISO time in Z inside the message; the level is the leading padded word; the collective name in the job info and the external command are no host",
		gap:    "the job line's ISO time after `>>> ` is not read as the record's time, and a line that starts with a blank before its level word is joined to the record above as a continuation",
		entries: []worldEntry{
			we("2026-11-29T07:41:40.319427Z", Info, "", " INFO  d.j.s.LogSink - >>> 2026-11-29T07:41:40.319427Z Info 4GmXr8pLd.../marta/process-item/High: Converting file Some(scan 26-11-29 07-38-02.pdf) (application/pdf) into a PDF "),
			we("2026-11-29T07:41:40.320338Z", Debug, "", " DEBUG d.j.s.LogSink - >>> 2026-11-29T07:41:40.320338Z Debug 4GmXr8pLd.../marta/process-item/High: Storing input to file /tmp/docspell-convert/docspell-ocrmypdf5530918842276104413/infile for running ocrmypdf "),
			we("2026-11-29T07:41:40.340392Z", Debug, "", " DEBUG d.j.s.LogSink - >>> 2026-11-29T07:41:40.340392Z Debug 4GmXr8pLd.../marta/process-item/High: Running external command: ocrmypdf -l deu --skip-text --deskew -j 1 /tmp/docspell-convert/docspell-ocrmypdf5530918842276104413/infile /tmp/docspell-convert/docspell-ocrmypdf5530918842276104413/out.pdf "),
			we("2026-11-29T07:41:52.118204Z", Warn, "", " WARN  d.j.s.LogSink - >>> 2026-11-29T07:41:52.118204Z Warn 4GmXr8pLd.../marta/process-item/High: Conversion to pdf failed, using original file as attachment only. "),
			we("2026-11-29T07:41:55.902771Z", Error, "", " ERROR d.j.s.LogSink - >>> 2026-11-29T07:41:55.902771Z Error 4GmXr8pLd.../marta/process-item/High: Job 4GmXr8pLd.../marta/process-item/High execution failed. Retrying later. "),
		},
	},
	{
		name:   "teedy-compose-timestamps",
		source: "Teedy (sismics/docs) under `docker compose logs -t` (the service prefix `docs    | `, Docker's RFC 3339 nanosecond UTC time, then log4j's `%d{DATE} %p %l %m %n`: `dd MMM yyyy HH:mm:ss,SSS LEVEL class.method(File.java:line) msg ` in the container's local time without a zone; an exception's lines each behind their own prefix): sismics/docs issue #363 (a pasted compose log); the exception from memory",
		why:    "two times of one moment: Docker's in UTC and log4j's day-first `29 Nov 2026` local time (+01:00, read as UTC by the rules), either is accepted; the level word after the time; the location in parentheses is no host; an exception's prefixed lines belong to the ERROR above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.266358589Z|2026-11-29T08:41:16.265Z", Info, "", "docs    | 2026-11-29T07:41:16.266358589Z 29 Nov 2026 08:41:16,265 INFO com.sismics.util.jpa.DbOpenHelper.executeAllScript(DbOpenHelper.java:142) Executing script: dbupdate-031-0.sql "),
			we("2026-11-29T07:41:16.281093214Z|2026-11-29T08:41:16.280Z", Info, "", "docs    | 2026-11-29T07:41:16.281093214Z 29 Nov 2026 08:41:16,280 INFO com.sismics.util.jpa.DbOpenHelper.executeAllScript(DbOpenHelper.java:142) Executing script: dbupdate-032-0.sql "),
			we("2026-11-29T07:41:19.904417720Z|2026-11-29T08:41:19.903Z", Info, "", "docs    | 2026-11-29T07:41:19.904417720Z 29 Nov 2026 08:41:19,903 INFO com.sismics.docs.core.listener.async.FileProcessingAsyncListener.processFile(FileProcessingAsyncListener.java:131) File processing started for 8c1f0e2a-77b4-4d19-9e3a-2b6d5f40c911 "),
			we("2026-11-29T07:41:22.512208031Z|2026-11-29T08:41:22.511Z", Warn, "", "docs    | 2026-11-29T07:41:22.512208031Z 29 Nov 2026 08:41:22,511 WARN com.sismics.docs.core.util.format.PdfFormatHandler.extractContent(PdfFormatHandler.java:58) Error while extracting text from the PDF "),
			we("2026-11-29T07:41:23.118734902Z|2026-11-29T08:41:23.118Z", Error, "",
				"docs    | 2026-11-29T07:41:23.118734902Z 29 Nov 2026 08:41:23,118 ERROR com.sismics.rest.util.RestExceptionMapper.toResponse(RestExceptionMapper.java:33) Error processing request ",
				"docs    | 2026-11-29T07:41:23.118801446Z java.lang.NullPointerException: Cannot invoke \"com.sismics.docs.core.model.jpa.File.getMimeType()\" because \"file\" is null",
				"docs    | 2026-11-29T07:41:23.118812009Z \tat com.sismics.docs.rest.resource.FileResource.data(FileResource.java:645)",
				"docs    | 2026-11-29T07:41:23.118819557Z \tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)"),
		},
	},
	{
		name:   "calibre-web-access-log-gevent",
		source: "Calibre-Web's access.log when it runs on gevent (cps/logger.py: ACCESS_FORMATTER_GEVENT is the bare message, so the line is gevent pywsgi's own `client - - [yyyy-MM-dd HH:mm:ss] \"request line\" status length seconds`): janeczku/calibre-web cps/logger.py (read with the code search) and issue #564; gevent's line layout from memory",
		why:    "a bracketed zone-less date and time (UTC by the rules) after the client address; the client is no host; an access line has no level; the last column is seconds taken, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `10.8.0.14 - - [2026-11-29 07:41:16] "GET /opds HTTP/1.1" 200 3318 0.041207`),
			we("2026-11-29T07:41:17Z", Unknown, "", `10.8.0.14 - - [2026-11-29 07:41:17] "GET /opds/new?offset=0 HTTP/1.1" 200 18542 0.218330`),
			we("2026-11-29T07:41:21Z", Unknown, "", `10.8.0.14 - - [2026-11-29 07:41:21] "GET /opds/cover/1187 HTTP/1.1" 304 - 0.006914`),
			we("2026-11-29T07:42:05Z", Unknown, "", `192.168.1.77 - - [2026-11-29 07:42:05] "POST /login?next=%2F HTTP/1.1" 302 219 0.512086`),
			we("2026-11-29T07:42:09Z", Unknown, "", `192.168.1.77 - - [2026-11-29 07:42:09] "GET /book/2210/edit HTTP/1.1" 500 265 0.097415`),
		},
	},
	{
		name:   "kiwix-serve-journal",
		source: "kiwix-serve run as a systemd service, its stdout and stderr in the journal (`journalctl` short form, the `kiwix-serve[pid]:` tag; the start-up lines `The Kiwix server is running and can be accessed in the local network at:` with one indented URL a line, and a ZIM error `Invalid <path> : Checksum position is not valid`): kiwix/kiwix-tools issues #244 and #786",
		why:    "a syslog date without a year (2026) and the journal's host; the URLs' addresses are no host; no level marker (the ZIM error is a word of the message)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "zimshelf", "Nov 29 07:41:16 zimshelf kiwix-serve[1187]: Loading the library from the following files:"),
			we("2026-11-29T07:41:16Z", Unknown, "zimshelf", "Nov 29 07:41:16 zimshelf kiwix-serve[1187]:         /srv/zim/library.xml"),
			we("2026-11-29T07:41:17Z", Unknown, "zimshelf", "Nov 29 07:41:17 zimshelf kiwix-serve[1187]: The Kiwix server is running and can be accessed in the local network at:"),
			we("2026-11-29T07:41:17Z", Unknown, "zimshelf", "Nov 29 07:41:17 zimshelf kiwix-serve[1187]:   - http://192.168.40.12:8080"),
			we("2026-11-29T07:43:52Z", Unknown, "zimshelf", "Nov 29 07:43:52 zimshelf kiwix-serve[1187]: Invalid /srv/zim/gutenberg_en_all_2026-10.zim : Checksum position is not valid"),
		},
	},
}

func TestFresh719Formats(t *testing.T) { assertTable(t, fresh719Cases) }
func TestFresh719Score(t *testing.T) {
	checkScore(t, "fresh719 formats", fresh719Cases, [worldNumFields]float64{92.4, 87.4, 92.4, 87.4})
}
