package parse

import "testing"

// The seven-hundred-and-eleventh fresh table: web crawlers and scrapers, shapes no earlier table
// holds. Each family is one product's documented or observed output: Heritrix 3's crawl.log (an
// ISO-Z time, then a padded fetch status, size, URI, discovery path, via, mime type, toe thread,
// fetch start and digest), its heritrix_out.log (OneLineSimpleLogger's `date time LEVEL thread-N
// class.method() msg` with a Java stack under a WARNING) and its job.log (`ISO-Z LEVEL msg`);
// HTTrack's hts-log.txt (a launch banner, then `HH:mm:ss<TAB>Level: <TAB>msg`); Colly's
// LogDebugger (`[000001] 1 [     1 - request] map[…] (elapsed)`, no time); Crawlee for Node with a
// PlaywrightCrawler on a terminal (`INFO  PlaywrightCrawler: …`, no time, Playwright's `Call log:`
// and a stack under a WARN or ERROR) and with a CheerioCrawler whose lines carry an ISO-Z time;
// Crawlee for Python on a terminal (`[logger.name] INFO  …`, with a box-drawn statistics table).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitive, by product and by a
// fragment of its line first (`scrapy`, `scrapy.core`, `Crawled (200)`, `Spider opened`,
// `scrapyd`, `nutch`, `org.apache.nutch`, `Fetcher`, `FetcherThread`, `[FetcherThread]`,
// `heritrix`, `Heritrix3`, `crawl.log`, `crawl-log`, `CrawlController`, `ToeThread`,
// `org.archive`, `WARNING thread-`, `OneLineSimpleLogger`, `heritrix_out`, `job.log`, `sha1:`,
// `#016`, `stormcrawler`, `Storm crawler`, `com.digitalpebble`, `c.d.s.`, `o.a.s.`, `-executor[`,
// `colly`, `gocolly`, `LogDebugger`, `[000001]`, `- request]`, `(no response)`, `crawlee`,
// `Crawlee`, `CheerioCrawler`, `CheerioCrawler:`, `INFO  CheerioCrawler`, `PlaywrightCrawler`,
// `PlaywrightCrawler:`, `INFO crawlee`, `[crawlee`, `Starting the crawler`, `request statistics`,
// `Crawled 0/`, `BeautifulSoupCrawler`, `ParselCrawler`, `autoscaled_pool`, `requestsFinished`,
// `INFO  System info`, `Retrying request`, `apify`, `playwright`, `pw:api`, `puppeteer`,
// `selenium`, `httrack`, `HTTrack`, `HTTrack3`, `hts-log`, `hts-cache`, `launched on`,
// `Mirror launched`, `Info:   `, `Info: <TAB>`, `Warning: <TAB>`, `engine: `, `wget`,
// `--2026-11-29`, `Resolving `, `Saving to`, `Connecting to`, `brozzler`, `warcprox`,
// `[warning  ]`, `[info     ]`, `[error    ]`, `] INFO  `, `katana`, `[INF]`, `gospider`,
// `hakrawler`, `pyspider`, `norconex`, `crawler4j`, `webmagic`, `frontera`, `trafilatura`,
// `ArchiveBox`, `waybackpy`, `wpull`, `grab-site`, `lftp`, `aria2`, `yacy`, `Screaming Frog`,
// `splash`, `ferret`, `Warc`, `h3`). None of Heritrix, HTTrack's log, Colly or Crawlee is in any
// table (`httrack` matches only a user-agent pattern in a WAF rule, `org.archive` only
// `borg.archiver`, `sha1:` and `#016` other products' lines, `Info:   ` and `engine: ` other
// products). Left out as measured already: Scrapy and Scrapyd, Apache Nutch, wget's
// `--date time--` log, YaCy, Playwright with DEBUG=pw:api. Left out because their line shape is
// already in a table: StormCrawler in Storm's local mode (log4j `elapsed [thread] LEVEL class -
// msg`, as Solr's and others' lines) and in a Storm 2 worker.log (`o.a.s.` lines), brozzler
// (structlog's `[warning  ]` console renderer), katana (gologger's `[INF]`). The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Heritrix's crawl.log and job.log times end in Z; its heritrix_out.log
// stamp has no zone and is taken as UTC; the crawl.log's fetch-start stamp
// (`20261129074116388+21`) and the job's launch id are no times of the record. HTTrack's lines
// carry a time of day only: it is on the clock's day (the banner's date is the same day). Colly's
// LogDebugger and Crawlee's terminal lines carry no time (Colly's `(388.214ms)` is an elapsed
// duration), so those records have none; Crawlee's CheerioCrawler lines here carry an ISO-Z time.
// Levels only where the line marks one: Heritrix's JUL words (SEVERE is Error, WARNING is Warn,
// INFO), HTTrack's `Info:`, `Debug:`, `Warning:` and `Error:`, Crawlee's padded INFO, DEBUG, WARN,
// ERROR; the crawl.log's fetch status (200, 404, -6) and Colly's event types (`request`,
// `response`, `html`, `error`) are no levels. No family has a host field: the crawled sites' hosts
// in URIs, Crawlee's crawler class and logger names and Heritrix's thread names are no hosts. A
// record that spans lines is one entry: Heritrix's WARNING with its IOException stack, Crawlee
// Node's WARN with Playwright's `Call log:` and its ERROR with a JavaScript stack, Crawlee Python's
// `Current request statistics:` with its box-drawn table. HTTrack's banner and note are fed but not
// scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail
// the source says "from memory" (the crawl.log's column padding, the text of HTTrack's Warning
// line). Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run,
// and none was changed after it; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score.
//
// Its first figure, scored at commit 64d9e65 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 95.4 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 95.1 %), in a
// worktree at 64d9e65 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are the lines Crawlee for Node writes under a time-less WARN
// (Playwright's `Call log:` and the request's JSON), which start records of their own, and
// Crawlee for Python's box-drawn statistics table, of which only the top border is joined to its
// line.

var fresh711Cases = []worldCase{
	{
		name:   "heritrix-crawl-log",
		source: "Heritrix 3's jobs/<job>/<launch>/logs/crawl.log (one line a URI: ISO-8601 UTC time to the millisecond, fetch status, size, URI, discovery path, via, mime type, `#NNN` toe thread, fetch start `yyyyMMddHHmmssSSS+duration`, `sha1:` digest, source tag, annotations): heritrix.readthedocs.io 'Operating Heritrix' crawl-log fields, quoted in webrecorder/browsertrix-crawler issue #261; mijho/crawl-log2xml; the column padding from memory",
		why:    "an ISO-Z time first, then a padded fetch status (200, 404, -6, 1 for a DNS lookup) that is no level; the fetch-start stamp `20261129074116388+21` is a second time that is not the record's; the URIs' hosts are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "", "2026-11-29T07:41:16.412Z     1         61 dns:www.harbourlights.example P https://www.harbourlights.example/ text/dns #041 20261129074116388+21 sha1:4NXJ2Q7VZ3K5L6M7N8P9QARSTUVWXY2A - -"),
			we("2026-11-29T07:41:16.95Z", Unknown, "", "2026-11-29T07:41:16.950Z   404        512 https://www.harbourlights.example/robots.txt P https://www.harbourlights.example/ text/html #007 20261129074116702+240 sha1:J3KQ7TBN5WRX2YV6ZC4MD8FPL9GH3S7A - -"),
			we("2026-11-29T07:41:17.318Z", Unknown, "", "2026-11-29T07:41:17.318Z   200      18342 https://www.harbourlights.example/ - - text/html #012 20261129074116981+330 sha1:QW7E2R4T6Y8U1I3O5P7A9S2D4F6G8H1J - -"),
			we("2026-11-29T07:41:18.044Z", Unknown, "", "2026-11-29T07:41:18.044Z   301        0 https://www.harbourlights.example/shop L https://www.harbourlights.example/ text/html #019 20261129074117901+140 sha1:3I42H3S6DLSIVRGRKBNNR5ZAIPMGL7YA - -"),
			we("2026-11-29T07:41:21.004Z", Unknown, "", "2026-11-29T07:41:21.004Z    -6          - https://cdn.tidemark.example/app.js E https://www.harbourlights.example/ unknown #033 - - - -"),
		},
	},
	{
		name:   "heritrix-out-log-one-line-simple-logger",
		source: "Heritrix 3's heritrix_out.log (java.util.logging through Heritrix's OneLineSimpleLogger: `yyyy-MM-dd HH:mm:ss.SSS LEVEL thread-N class.method() message`, a Java stack trace under it): gwu-libraries/sfm-ui issue #296 (a pasted WARNING with its IOException stack); OneLineSimpleLogger.java found with the code search",
		why:    "a zone-less date and time (UTC by the rules), a JUL level word (SEVERE is Error, WARNING is Warn), then `thread-41` and a class.method(); the stack under the WARNING belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.877Z", Info, "", "2026-11-29 07:41:12.877 INFO thread-1 org.archive.crawler.framework.CrawlJob.launch() Job launched"),
			we("2026-11-29T07:41:13.102Z", Info, "", "2026-11-29 07:41:13.102 INFO thread-14 org.archive.crawler.framework.CrawlJob.onApplicationEvent() RUNNING 20261129074112"),
			we("2026-11-29T07:41:18.204Z", Warn, "",
				"2026-11-29 07:41:18.204 WARNING thread-41 org.archive.modules.extractor.ExtractorHTML.innerExtract() Failed get of replay char sequence in ToeThread #4: https://www.harbourlights.example/tides/2026-11.html",
				"java.io.IOException: chunked stream ended unexpectedly",
				"\tat org.apache.commons.httpclient.ChunkedInputStream.getChunkSizeFromInputStream(ChunkedInputStream.java:252)",
				"\tat org.apache.commons.httpclient.ChunkedInputStream.nextChunk(ChunkedInputStream.java:221)",
				"\tat org.archive.io.GenericReplayCharSequence.decode(GenericReplayCharSequence.java:222)"),
			we("2026-11-29T07:52:40.519Z", Error, "", "2026-11-29 07:52:40.519 SEVERE thread-52 org.archive.crawler.framework.ToeThread.seriousError() Serious error occurred trying to process 'CrawlURI https://cdn.tidemark.example/app.js LE'"),
		},
	},
	{
		name:   "heritrix-job-log",
		source: "Heritrix 3's jobs/<job>/job.log (`yyyy-MM-ddTHH:mm:ss.SSSZ LEVEL message`: the job's state changes and its SEVERE close() lines): internetarchive/heritrix3 issue #203 (`…Z SEVERE close() ros[ToeThread #16: …`); the messages Job instantiated, Job launched, PREPARING, RUNNING from heritrix3 issue #175",
		why:    "an ISO-Z time then a JUL level word with no brackets; the launch id `20261129074112` in the message is no time of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.301Z", Info, "", "2026-11-29T07:41:12.301Z INFO Job instantiated"),
			we("2026-11-29T07:41:12.877Z", Info, "", "2026-11-29T07:41:12.877Z INFO Job launched"),
			we("2026-11-29T07:41:13.02Z", Info, "", "2026-11-29T07:41:13.020Z INFO PREPARING 20261129074112"),
			we("2026-11-29T07:41:13.102Z", Info, "", "2026-11-29T07:41:13.102Z INFO RUNNING 20261129074112"),
			we("2026-11-29T09:14:40.118Z", Error, "", "2026-11-29T09:14:40.118Z SEVERE close() ros[ToeThread #9: https://www.harbourlights.example/robots.txt]"),
			we("2026-11-29T09:20:02.447Z", Warn, "", "2026-11-29T09:20:02.447Z WARNING Checkpoint cp00001-20261129092002 took 14233ms"),
		},
	},
	{
		name:   "httrack-hts-log",
		source: "HTTrack's hts-log.txt in the mirror folder (a `HTTrack3.x launched on <RFC 1123 date> at <url> <filters>` banner, the command line in parentheses, the 'Information, Warnings and Errors reported' note, then `HH:mm:ss<TAB>Level: <TAB>message`): xroche/httrack issues #36 (the banner) and #38 (`19:54:07    Info:   engine: …`, `Debug:`), #49 (`Error: Could not include URL list`); the Warning message text from memory",
		why:    "a time of day with no date (the clock's day), a tab, then the level word with a colon (Info: Warning: Error: Debug:); the banner and note are fed but not scored; the mirrored site's host is no host",
		entries: []worldEntry{
			wskip("HTTrack3.49-5+htsswf+htsjava launched on Sun, 29 Nov 2026 07:41:10 at https://www.harbourlights.example/ +*.png +*.gif +*.jpg +*.css +*.js -ad.doubleclick.net/* -mime:application/foobar",
				`(httrack https://www.harbourlights.example/ -O "/home/ines/websites/harbourlights" +*.png +*.gif +*.jpg +*.css +*.js -ad.doubleclick.net/* -mime:application/foobar -Z )`,
				"Information, Warnings and Errors reported for this mirror:",
				"note: the hts-log.txt file, and hts-cache folder, may contain sensitive information,",
				" such as username/password authentication for websites mirrored in this project",
				" do not share these files/folders if you want these information to remain private",
				""),
			we("2026-11-29T07:41:11Z", Info, "", "07:41:11\tInfo: \tNote: robots.txt forbidden links for www.harbourlights.example are: /admin/, /cart/"),
			we("2026-11-29T07:41:12Z", Debug, "", "07:41:12\tDebug: \tFile checked by cache: www.harbourlights.example/index.html"),
			we("2026-11-29T07:41:14Z", Warn, "", "07:41:14\tWarning: \tFile has moved from www.harbourlights.example/shop to https://shop.harbourlights.example/"),
			we("2026-11-29T07:41:18Z", Error, "", "07:41:18\tError: \t\"Not Found\" (404) at link www.harbourlights.example/img/tide-chart.png (from www.harbourlights.example/tides.html)"),
			we("2026-11-29T07:41:19Z", Info, "", "07:41:19\tInfo: \tengine: transfer-status: link updated: www.harbourlights.example/tides.html -> /home/ines/websites/harbourlights/www.harbourlights.example/tides.html"),
		},
	},
	{
		name:   "colly-log-debugger",
		source: "Colly's debug.LogDebugger on stderr (log.New with no flags by default, so no date: `[%06d] %d [%6d - %s] %q (%s)`: event counter, collector id, request id padded to six, event type, the values map quoted, time since start): gocolly/colly debug/logdebugger.go",
		why:    "no time (the `(388.214ms)` is an elapsed duration); `request`, `response`, `html`, `error` are Colly's event types, not levels; the quoted map's URLs carry no host of the record",
		entries: []worldEntry{
			we("", Unknown, "", `[000001] 1 [     1 - request] map["url":"https://books.harbourlights.example/"] (4.1µs)`),
			we("", Unknown, "", `[000002] 1 [     1 - response] map["status":"OK" "url":"https://books.harbourlights.example/"] (388.214ms)`),
			we("", Unknown, "", `[000003] 1 [     1 - html] map["selector":"a[href]" "url":"https://books.harbourlights.example/"] (389.05ms)`),
			we("", Unknown, "", `[000004] 1 [     2 - request] map["url":"https://books.harbourlights.example/catalogue/page-2.html"] (389.6ms)`),
			we("", Unknown, "", `[000009] 1 [     4 - error] map["status":"Not Found" "url":"https://books.harbourlights.example/catalogue/missing.html"] (1.204s)`),
		},
	},
	{
		name:   "crawlee-js-playwright-terminal",
		source: "Crawlee (Node) PlaywrightCrawler on a terminal (@apify/log's default text output `LEVEL  Prefix: message {json}`, the level padded to five; a Playwright error's `Call log:` lines and a JavaScript stack under a WARN or ERROR): apify/crawlee issues #3029 (`INFO  PlaywrightCrawler: Finished! … {\"terminal\":true}`), #805 (`INFO  System info {…}`, `WARN  …`), apify/apify-ts PR #44 (reclaim warnings, stacks on the last retry)",
		why:    "no time at all; the level word padded with a blank; the crawler class and colon after it are no host; the Playwright `Call log:` lines and the stack belong to the record above",
		gap:    "the lines under a time-less WARN (Playwright's `Call log:`, its indented `- navigating to` line and the JSON of the request) are not joined to it: `Call log:` starts a record of its own",
		entries: []worldEntry{
			we("", Info, "", "INFO  PlaywrightCrawler: Starting the crawler."),
			we("", Info, "", "INFO  PlaywrightCrawler: Crawled 12/40 pages, 0 failed requests, desired concurrency 6."),
			we("", Warn, "",
				"WARN  PlaywrightCrawler: Reclaiming failed request back to the list or queue. page.goto: Timeout 30000ms exceeded.",
				"Call log:",
				`  - navigating to "https://www.harbourlights.example/tides/2026-12.html", waiting until "load"`,
				` {"id":"q8ZbT2mWcX4nLr1","url":"https://www.harbourlights.example/tides/2026-12.html","retryCount":1}`),
			we("", Error, "",
				"ERROR PlaywrightCrawler: Request failed and reached maximum retries. Error: Selector .tide-table not found",
				"    at PlaywrightCrawler.requestHandler (/home/ines/tides/src/routes.js:41:19)",
				"    at async wrap (/home/ines/tides/node_modules/@apify/timeout/cjs/index.cjs:54:21) {\"id\":\"Hk3vP9sQeW2aZt7\",\"url\":\"https://www.harbourlights.example/tides/archive.html\",\"method\":\"GET\",\"uniqueKey\":\"https://www.harbourlights.example/tides/archive.html\"}"),
			we("", Info, "", `INFO  PlaywrightCrawler: Finished! Total 40 requests: 39 succeeded, 1 failed. {"terminal":true}`),
		},
	},
	{
		name:   "crawlee-js-cheerio-iso-time",
		source: "Crawlee (Node) CheerioCrawler with a time on each line (`yyyy-MM-ddTHH:mm:ss.SSSZ LEVEL  Prefix: message {json}`, as the Apify platform's run log and a timestamping logger show it): apify/crawlee issue #2634 (`…Z INFO  CheerioCrawler: Starting the crawler.`, `Final request statistics: {…}`)",
		why:    "an ISO-Z time then the padded level word; the JSON after the message holds millisecond counts that are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.502Z", Info, "", "2026-11-29T07:41:16.502Z INFO  CheerioCrawler: Starting the crawler."),
			we("2026-11-29T07:41:16.611Z", Debug, "", `2026-11-29T07:41:16.611Z DEBUG CheerioCrawler: Processing https://books.harbourlights.example/catalogue/page-1.html {"retryCount":0}`),
			we("2026-11-29T07:41:19.27Z", Warn, "", `2026-11-29T07:41:19.270Z WARN  CheerioCrawler: Reclaiming failed request back to the list or queue. Request blocked - received 403 status code. {"id":"Tb8nQ2xRk4pLm7c","url":"https://books.harbourlights.example/catalogue/page-7.html","retryCount":1}`),
			we("2026-11-29T07:41:24.905Z", Info, "", "2026-11-29T07:41:24.905Z INFO  CheerioCrawler: All requests from the queue have been processed, the crawler will shut down."),
			we("2026-11-29T07:41:25.118Z", Info, "", `2026-11-29T07:41:25.118Z INFO  CheerioCrawler: Final request statistics: {"requestsFinished":49,"requestsFailed":1,"retryHistogram":[47,2,1],"requestAvgFailedDurationMillis":812,"requestAvgFinishedDurationMillis":344,"requestsFinishedPerMinute":339,"requestsFailedPerMinute":7,"requestTotalDurationMillis":17668,"requestsTotal":50,"crawlerRuntimeMillis":8672}`),
		},
	},
	{
		name:   "crawlee-python-console",
		source: "Crawlee for Python on a terminal (its console formatter `[logger.name] LEVEL  message`, the level padded to five; the request-statistics table drawn with box characters under `Current request statistics:`): apify/crawlee-python issues #1682 (the table and `[crawlee._autoscaling.autoscaled_pool] INFO  …`), #302 (`[httpx] INFO  HTTP Request: …`) and PR #1370 (`[crawlee.crawlers._basic._basic_crawler] WARN  Retrying request …`)",
		why:    "no time; the logger name in brackets first, then the padded level word; the box-drawn statistics table is one record with the line above it",
		gap:    "the box-drawn statistics table under `Current request statistics:` is split: only its top border is joined to that line, and each `│ … │` row and the bottom border become records of their own",
		entries: []worldEntry{
			we("", Info, "", "[crawlee._autoscaling.autoscaled_pool] INFO  current_concurrency = 0; desired_concurrency = 2; cpu = 0; mem = 0; event_loop = 0.0; client_info = 0.0"),
			we("", Info, "", `[httpx] INFO  HTTP Request: GET https://books.harbourlights.example/catalogue/page-1.html "HTTP/1.1 200 OK"`),
			we("", Info, "",
				"[ParselCrawler] INFO  Current request statistics:",
				"┌───────────────────────────────┬──────────┐",
				"│ requests_finished             │ 18       │",
				"│ requests_failed               │ 1        │",
				"│ retry_histogram               │ [17, 2]  │",
				"│ request_avg_finished_duration │ 402.6ms  │",
				"│ requests_total                │ 19       │",
				"│ crawler_runtime               │ 9.81s    │",
				"└───────────────────────────────┴──────────┘"),
			we("", Warn, "", "[crawlee.crawlers._basic._basic_crawler] WARN  Retrying request to https://books.harbourlights.example/catalogue/page-9.html due to: Request handler timed out after 60.0 seconds"),
			we("", Error, "", "[ParselCrawler] ERROR Request to https://books.harbourlights.example/catalogue/page-9.html failed and reached maximum retries"),
			we("", Info, "", "[ParselCrawler] INFO  Crawled 22/70 pages, 1 failed requests, desired concurrency 4."),
		},
	},
}

func TestFresh711Formats(t *testing.T) { assertTable(t, fresh711Cases) }
func TestFresh711Score(t *testing.T) {
	checkScore(t, "fresh711 formats", fresh711Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 95.3})
}
