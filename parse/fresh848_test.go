package parse

import "testing"

// The eight-hundred-and-forty-eighth fresh table: load-testing tools' own output files and
// consoles. Each family is one tool's output as it lands on disk: JMeter 2's logkit jmeter.log
// (slashed date, level padded before ` - `), JMeter's XML JTL result file (an epoch-millisecond
// ts attribute and the load generator's hn in each httpSample, a sample with assertions spanning
// lines), JMeter's non-GUI console (`Starting standalone test @ date (epoch ms)`,
// summariser lines without a time), Locust's --csv stats_history file (epoch seconds first), Envoy
// Nighthawk's client console (a bracketed time of day, thread and level letter), Fortio's JSON
// log (epoch seconds with a fraction in ts, a level word, an access line whose host key is the
// request's Host header), Siege's verbose console (untimed response lines and its [error] and
// [alert] notices), and vegeta encode --to csv (epoch nanoseconds first).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `k6`, `locust`, `gatling`, `jmeter`, `wrk`, `vegeta`,
// `artillery`, `tsung`, `hey`, `siege`, `bombardier`, `ghz`, `fortio`, `taurus`, `bzt`,
// `apachebench`, `nGrinder`, `grinder`, `loadrunner`, `httperf`, `h2load`, `wrk2`,
// `goreplay`, `drill`, `goose`, `oha`, `pewpew`, `cassowary`, `ddosify`, `tcpkali`, `xk6`,
// `k6-operator`, `nighthawk`, `varnish`, `fastly`, `cloudfront`, `akamai`, `trafficserver`,
// `squid`, `cloudflare`, `bunny`, `keycdn`, `edgio`, `gcore`, `FrontDoor`, `cache-fra`,
// `INFO  - jmeter`, `Starting standalone test`, `summariser`, `Tidying up`, `httpSample`,
// `lb="`, `timeStamp,elapsed`, `metric_name,timestamp`, `stats_history`, `User Count`,
// `Requests/s,Failures/s`, `Starting 1 threads`, `http_runner`, `"r":1`, `[alert]`,
// `socket: select`, `timestamp_ns`, `response-time,DNS`, `DNS+dialup`, `stats: dump`,
// `INFO REPORT`, `ts_config_server`, `"source":"console"`. Already measured and left out:
// JMeter 5's log4j2 jmeter.log and its JTL CSV, Locust's --logfile, Gatling's simulation.log and
// console, Artillery's console and alerts, Siege's siege.log, vegeta's JSON results, k6's JSON and
// CSV outputs and CI console, Taurus, Yandex.Tank, ab's gnuplot file, Tsung's stats dump,
// GoReplay, and the CDN edges (Varnish, Squid, Traffic Server, Fastly, CloudFront, Akamai,
// Cloudflare, Bunny, ATC). `fortio` and `nighthawk` match only grep lists and unrelated lines,
// `vegeta` only the JSON results, `siege` only siege.log, `jmeter` only the log4j2 log and
// the JTL CSV. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). JMeter's logkit date, the JTL's ts (epoch ms), Locust's epoch seconds,
// Fortio's fractional epoch seconds and vegeta's epoch nanoseconds are UTC as written; Nighthawk
// writes only a time of day, so its lines are on the clock's day; JMeter's console writes the
// start and end of the run twice (a date in UTC to the second and the epoch in milliseconds), so
// either is accepted (`a|b`); its summariser, banner and end-of-run lines, Nighthawk's banner and
// Siege's response lines carry no time. Levels only where the line marks one: JMeter 2's level
// column (INFO, WARN, ERROR), Nighthawk's letter ([I] [W] [E]), Fortio's level key (info, warn,
// err), Siege's notice tags ([error] Error, [alert] Alert); the JTL's s="false", the CSV rows,
// vegeta's error column and the consoles' lines carry none. The host is the record's host field:
// only the JTL's hn (the load generator that took the sample) is one; Fortio's host key is the
// request's Host header, and the URLs, peers and targets in every other line are no host.
// JMeter 2's stack trace and a JTL sample with its assertion results are one record each.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory". Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 12101aa before any rule for it: level 97.5 %, time 85.0 %, host 85.0 %, records 95.0 %.
// That is the macro figure (micro: level 97.2 %, time 86.1 %, host 86.1 %, records 94.4 %), in a
// worktree at 12101aa with no change to trawl's code (only this file and table_test.go's list), 6
// of 8 families fully right; the gaps: JMeter's XML JTL ts attribute (epoch milliseconds) and hn
// attribute are read as neither time nor host, and Nighthawk's untimed banner line is joined to
// the timed line before it.

var fresh848Cases = []worldCase{
	{
		name:   "jmeter2-logkit-jmeter-log",
		source: "Apache JMeter 2.x's jmeter.log through Avalon logkit (`yyyy/MM/dd HH:mm:ss LEVEL  - category: message`, the level padded to five before ` - `, a full category such as jmeter.reporters.Summariser): jmeter-maven-plugin/jmeter-maven-plugin issue #116 (a pasted jmeter.log); the stack trace after an ERROR from memory",
		why:    "a slashed year-first date without milliseconds; the level padded before a spaced dash; a full dotted category; a stack trace is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 INFO  - jmeter.engine.StandardJMeterEngine: Running the test! "),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 INFO  - jmeter.threads.JMeterThread: Thread started: Checkout 1-4 "),
			we("2026-11-29T07:41:18Z", Warn, "", "2026/11/29 07:41:18 WARN  - jmeter.protocol.http.sampler.HTTPHC4Impl: Cookie rejected for https://shop.example.net/cart: Illegal domain attribute \"example.org\" "),
			we("2026-11-29T07:41:19Z", Error, "", "2026/11/29 07:41:19 ERROR - jmeter.threads.JMeterThread: Test failed! java.lang.IllegalArgumentException: basket id is empty",
				"\tat org.apache.jmeter.protocol.http.sampler.HTTPSamplerBase.setPath(HTTPSamplerBase.java:612)",
				"\tat org.apache.jmeter.threads.JMeterThread.process_sampler(JMeterThread.java:431)",
				"\tat java.lang.Thread.run(Thread.java:745)"),
			we("2026-11-29T07:41:46Z", Info, "", "2026/11/29 07:41:46 INFO  - jmeter.reporters.Summariser: summary +    914 in  30.1s =   30.4/s Avg:   187 Min:    38 Max:  1402 Err:     2 (0.22%) Active: 20 Started: 20 Finished: 0 "),
		},
	},
	{
		name:   "jmeter-jtl-xml-httpsample-hn",
		source: "Apache JMeter's XML result file (`<testResults version=\"1.2\">`, one `<httpSample t lt ts s lb rc rm tn dt by …/>` a sample, `ts` in epoch milliseconds, a sample with `<assertionResult>` children spanning lines): jenkinsci/performance-plugin PR #3 (a pasted JTL); the hn (hostname) attribute written with saveservice.hostname=true from memory",
		why:    "the time is an epoch-millisecond attribute inside an XML element; hn is the load generator's host; a sample with assertion results is one record; s=\"false\" is no level",
		gap:    "an <httpSample> element's ts attribute (epoch milliseconds) is not read as the time and its hn attribute is not read as the host: every sample comes out with no time and no host",
		entries: []worldEntry{
			wskip("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<testResults version=\"1.2\">"),
			we("2026-11-29T07:41:16.123Z", Unknown, "lg-east-02", "<httpSample t=\"245\" it=\"0\" lt=\"120\" ct=\"31\" ts=\"1795938076123\" s=\"true\" lb=\"GET /api/cart\" rc=\"200\" rm=\"OK\" tn=\"Checkout 1-1\" dt=\"text\" by=\"1820\" sby=\"412\" ng=\"20\" na=\"20\" hn=\"lg-east-02\"/>"),
			we("2026-11-29T07:41:16.388Z", Unknown, "lg-east-02", "<httpSample t=\"97\" it=\"0\" lt=\"96\" ct=\"0\" ts=\"1795938076388\" s=\"true\" lb=\"POST /api/cart/items\" rc=\"201\" rm=\"Created\" tn=\"Checkout 1-1\" dt=\"text\" by=\"644\" sby=\"918\" ng=\"20\" na=\"20\" hn=\"lg-east-02\"/>"),
			we("2026-11-29T07:41:17.502Z", Unknown, "lg-east-02", "<httpSample t=\"1402\" it=\"0\" lt=\"1398\" ct=\"44\" ts=\"1795938077502\" s=\"false\" lb=\"POST /api/checkout\" rc=\"503\" rm=\"Service Unavailable\" tn=\"Checkout 1-7\" dt=\"text\" by=\"197\" sby=\"1204\" ng=\"20\" na=\"20\" hn=\"lg-east-02\">",
				"  <assertionResult>",
				"    <name>Response Assertion</name>",
				"    <failure>true</failure>",
				"    <error>false</error>",
				"    <failureMessage>Test failed: code expected to equal /200/</failureMessage>",
				"  </assertionResult>",
				"</httpSample>"),
			we("2026-11-29T07:41:18.040Z", Unknown, "lg-east-02", "<httpSample t=\"61\" it=\"0\" lt=\"60\" ct=\"0\" ts=\"1795938078040\" s=\"true\" lb=\"GET /api/orders/41207\" rc=\"200\" rm=\"OK\" tn=\"Checkout 1-4\" dt=\"text\" by=\"2210\" sby=\"388\" ng=\"20\" na=\"20\" hn=\"lg-east-02\"/>"),
			wskip("</testResults>"),
		},
	},
	{
		name:   "jmeter-non-gui-console",
		source: "Apache JMeter's non-GUI run on the console (`jmeter -n -t plan.jmx -l out.jtl`): JMeter.java's `println(\"Starting standalone test @ \"+ formatLikeDate(now) + \" (\" + now.toEpochMilli() + ')')` (found with find_string), and runs pasted in READMEs (`Creating summariser <summary>`, `summary +  … Active: … Started: … Finished: …`, `Tidying up ...    @ date (epoch)`, `... end of run`) found with find_string `Starting standalone test @`",
		why:    "the run's start and end carry a date in words and the epoch in milliseconds in parentheses (two versions of one time); the summariser lines carry a duration, not a time",
		entries: []worldEntry{
			we("", Unknown, "", "Creating summariser <summary>"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.123Z", Unknown, "", "Starting standalone test @ Sun Nov 29 07:41:16 UTC 2026 (1795938076123)"),
			we("", Unknown, "", "summary +   1180 in 00:00:30 =   39.3/s Avg:   212 Min:    41 Max:  1893 Err:     3 (0.25%) Active: 25 Started: 25 Finished: 0"),
			we("2026-11-29T07:46:18Z|2026-11-29T07:46:18.450Z", Unknown, "", "Tidying up ...    @ Sun Nov 29 07:46:18 UTC 2026 (1795938378450)"),
			we("", Unknown, "", "... end of run"),
		},
	},
	{
		name:   "locust-csv-stats-history",
		source: "Locust's --csv prefix_stats_history.csv (`Timestamp,User Count,Type,Name,Requests/s,Failures/s,50%,…,100%,Total Request Count,…,Total Average Content Size`, the Timestamp in epoch seconds, the Aggregated row with an empty Type, N/A percentiles before the first request): locustio/locust issue #2340 (a pasted stats_history table)",
		why:    "a CSV whose first column is epoch seconds; a header row carries nothing; N/A cells and an empty Type column",
		entries: []worldEntry{
			wskip("Timestamp,User Count,Type,Name,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%,Total Request Count,Total Failure Count,Total Median Response Time,Total Average Response Time,Total Min Response Time,Total Max Response Time,Total Average Content Size"),
			we("2026-11-29T07:41:16Z", Unknown, "", "1795938076,0,,Aggregated,0.000000,0.000000,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,0,0,0,0,0,0,0"),
			we("2026-11-29T07:41:17Z", Unknown, "", "1795938077,5,GET,/api/cart,4.000000,0.000000,120,140,150,160,210,240,240,240,240,240,240,4,0,120,148.25,96,240,1820"),
			we("2026-11-29T07:41:18Z", Unknown, "", "1795938078,10,POST,/api/checkout,2.500000,0.500000,410,520,600,610,900,1400,1400,1400,1400,1400,1400,5,1,410,602.4,288,1402,197"),
			we("2026-11-29T07:41:18Z", Unknown, "", "1795938078,10,,Aggregated,6.500000,0.500000,150,240,410,410,600,1400,1400,1400,1400,1400,1400,9,1,160,350.1,96,1402,1098"),
		},
	},
	{
		name:   "nighthawk-client-console",
		source: "Envoy Nighthawk's nighthawk_client console (`[HH:MM:SS.ffffff][tid][L] message`, one letter for the level, then `Nighthawk - A layer 7 protocol benchmarking tool.` before the report): envoyproxy/nighthawk issue #576 (a pasted run) and issue #84 (the same with the source location)",
		why:    "only a time of day with microseconds in brackets, then a thread id and a one-letter level in brackets; the banner before the report carries nothing",
		gap:    "the untimed `Nighthawk - A layer 7 protocol benchmarking tool.` banner is joined to the `[…][tid][I] Stopping after …` line before it instead of being a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.352783Z", Info, "", "[07:41:16.352783][2291][I] Starting 1 threads / event loops. Time limit: 60 seconds."),
			we("2026-11-29T07:41:16.352823Z", Info, "", "[07:41:16.352823][2291][I] Global targets: 64 connections and 500 calls per second."),
			we("2026-11-29T07:41:16.353462Z", Warn, "", "[07:41:16.353462][2291][W] Unable to use runtime singleton for feature envoy.http.headermap.lazy_map_min_size"),
			we("2026-11-29T07:42:16.902843Z", Info, "", "[07:42:16.902843][2297][I] Stopping after 60000 ms. Initiated: 30001 / Completed: 30000. (Completion rate was 499.98 per second.)"),
			we("", Unknown, "", "Nighthawk - A layer 7 protocol benchmarking tool."),
		},
	},
	{
		name:   "fortio-json-log",
		source: "Fortio's server log in JSON (fortio.org/log 1.4+: `{\"ts\":<epoch seconds with a fraction>,\"level\":\"info\",\"file\":…,\"line\":…,\"msg\":…}`): fortio/log README (vendored in spidernet-io/smartdocter); the r (goroutine) key, the warn and err level words and the access-log keys (method, url, host, proto, remote_addr, status, size, latency) from memory",
		why:    "the time is epoch seconds with a microsecond fraction under ts; the level is a short word (err); an access line's host key is the request's Host header, not the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412301Z", Info, "", `{"ts":1795938076.412301,"level":"info","r":1,"file":"scli.go","line":105,"msg":"Starting fortio 1.69.1 on :8080"}`),
			we("2026-11-29T07:41:17.090455Z", Info, "", `{"ts":1795938077.090455,"level":"info","r":27,"file":"http_logging.go","line":80,"msg":"access","method":"GET","url":"/echo?delay=20ms","host":"echo.shop.example.net","proto":"HTTP/1.1","remote_addr":"10.20.4.57:51234","user-agent":"fortio.org/fortio-1.69.1","status":200,"size":0,"latency":0.020331}`),
			we("2026-11-29T07:41:18.733012Z", Warn, "", `{"ts":1795938078.733012,"level":"warn","r":31,"file":"http_client.go","line":914,"msg":"Content-length missing","url":"http://10.20.7.8:8080/api/cart","thread":3,"run":1}`),
			we("2026-11-29T07:41:19.004118Z", Error, "", `{"ts":1795938079.004118,"level":"err","r":34,"file":"http_client.go","line":702,"msg":"Unable to connect","dest":{"IP":"10.20.7.9","Port":8080,"Zone":""},"err":"dial tcp 10.20.7.9:8080: connect: connection refused","numfd":18,"thread":5,"run":1}`),
		},
	},
	{
		name:   "siege-verbose-console",
		source: "Siege 4's verbose console (`HTTP/1.1 200     0.04 secs:    5120 bytes ==> GET  /path`, and its notices `[error] socket: unable to connect sock.c:249: Connection refused`, `[alert] socket: select and discovered it's not ready sock.c:351: Connection timed out`): a pasted run found with find_string `[alert] socket`; the `** SIEGE 4.1.6` banner and the response line's spacing from memory",
		why:    "no line carries a time; the notices open with a bracketed tag ([error], [alert]) that is the level; the response lines carry a status and a duration, no level",
		entries: []worldEntry{
			we("", Unknown, "", "** SIEGE 4.1.6"),
			we("", Unknown, "", "HTTP/1.1 200     0.04 secs:    5120 bytes ==> GET  /index.html"),
			we("", Error, "", "[error] socket: unable to connect sock.c:249: Connection refused"),
			we("", Alert, "", "[alert] socket: select and discovered it's not ready sock.c:351: Connection timed out"),
			we("", Unknown, "", "HTTP/1.1 503     2.31 secs:     197 bytes ==> POST /api/checkout"),
		},
	},
	{
		name:   "vegeta-encode-csv",
		source: "vegeta encode --to csv (tsenart/vegeta lib/results.go NewCSVEncoder: `UNIX timestamp in ns since epoch, HTTP status code, request latency in ns, bytes out, bytes in`, then the error, the body in base64, the attack name, seq, method and URL), found with find_string",
		why:    "a headerless CSV whose first column is epoch nanoseconds; an error column with a quoted message is no level; status 0 for a failed request",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456789Z", Unknown, "", "1795938076123456789,200,41234567,0,1820,,eyJvayI6dHJ1ZX0=,checkout,0,GET,https://shop.example.net/api/cart"),
			we("2026-11-29T07:41:16.143456789Z", Unknown, "", "1795938076143456789,201,96512004,918,644,,eyJpZCI6NDEyMDd9,checkout,1,POST,https://shop.example.net/api/cart/items"),
			we("2026-11-29T07:41:17.502000113Z", Unknown, "", "1795938077502000113,503,1402118920,1204,197,503 Service Unavailable,eyJlcnJvciI6ImJ1c3kifQ==,checkout,2,POST,https://shop.example.net/api/checkout"),
			we("2026-11-29T07:41:48.002113400Z", Unknown, "", `1795938108002113400,0,30000112845,0,0,"Get ""https://shop.example.net/api/cart"": dial tcp 203.0.113.40:443: i/o timeout",,checkout,3,GET,https://shop.example.net/api/cart`),
		},
	},
}

func TestFresh848Formats(t *testing.T) { assertTable(t, fresh848Cases) }

func TestFresh848Score(t *testing.T) {
	checkScore(t, "fresh848 formats", fresh848Cases, [worldNumFields]float64{97.4, 84.9, 84.9, 94.9})
}
