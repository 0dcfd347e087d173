package parse

import "testing"

// The six-hundred-and-seventy-ninth fresh table: load-testing and benchmarking tools' output as
// people attach it to tickets, shapes no earlier table holds. Each family is one product's documented
// or observed output: Gatling's console stats blocks (a `====` rule, a zone-less date and `Ns
// elapsed`, the requests with OK= and KO=, errors, the progress bar); Artillery 1.x's console
// (`Started phase … @ HH:mm:ss(+hhmm) yyyy-MM-dd` and `Report @` blocks); Siege's log file (its
// padded CSV header, one dated row per run, `**** mark ****` lines); vegeta's `encode --to json`
// results (an RFC 3339 timestamp with nanoseconds and an offset); fio's normal output (a ctime-style
// date at the end of each job's first line, the job's statistics under it, the run-status block);
// k6's `--out json` lines (Metric declarations and Point samples with data.time); Taurus's bzt.log
// (`[date,ms LEVEL logger] msg`); Yandex.Tank's tank.log (`date,ms [LEVEL] logger file.py:line<TAB>msg`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`k6`, `k6 `, `level=info msg="`, `execution: local`, `xk6`, `"type":"Point"`,
// `"metric":"http`, `locust`, `locust.main`, `locust.runners`, `stats_history`, `User Count`,
// `jmeter`, `jmeter.log`, `o.a.j.`, `JMeterUtils`, `jtl`, `gatling`, `simulation.log`,
// `---- Requests`, `Global Information`, `DefaultStatsProcessor`, `s elapsed`, `artillery`,
// `Metrics for period`, `Phase started`, `vusers.created`, `http.codes`, `tsung`, `INFO REPORT`,
// `vegeta`, `bytes_out`, `"latency":`, `"seq":`, `fio`, `(groupid=`, `groupid`, `err= 0`, `clat`,
// `iops`, `sysbench`, `thds:`, `tps:`, `qps:`, `lat (ms`, `reconn/s`, `moreutils`, `ts `, `taurus`,
// `bzt`, `INFO root]`, `Taurus CLI`, `yandex`, `yandextank`, `yandex-tank`, `tankcore`, `phantom`,
// `tank`, `siege`, `Trans Rate`, `Elap Time`, `Resp Time`, `ApacheBench`, `apache bench`, `ab -`,
// `Benchmarking`, `Requests per second`, `gnuplot`, `starttime`, `ttime`, `dtime`, `esrally`,
// `rally`, `ActorAddr`, `ycsb`, `go-ycsb`, `operations;`, `sec: `, `pgbench`, `progress:`,
// `memtier`, `hammerdb`, `benchbase`, `oltpbench`, `tpcc`, `cassandra-stress`, `tlp-stress`,
// `stress-ng`, `nbomber`, `perfkit`, `perfkitbenchmarker`, `pkb`, `MainThread INFO`, `wrk`, `wrk2`,
// `hey `, `h2load`, `oha`, `ghz`, `bombardier`, `fortio`, `boomer`, `goose`, `drill`, `flood`,
// `Grinder`, `the grinder`, `ngrinder`, `nGrinder`, `LoadRunner`, `mdrv`, `neoload`, `goreplay`,
// `gor`, `iperf`, `netperf`, `phoronix`, `geekbench`, `opensearch-benchmark`, `osbenchmark`,
// `loader`, `locust-swarm`). None of Gatling's console blocks, Artillery's `Report @` output,
// Siege's log file, vegeta's JSON results, fio's output, k6's JSON output, Taurus's bzt.log or
// Yandex.Tank's log is in any table (`gatling` matches only its simulation.log in fresh104,
// `artillery` and `Metrics for period` only fresh640's list of what it left out, `siege`,
// `vegeta`, `sysbench` and `taurus` only lists or other products, `fio` and `(groupid=` other
// products). Left out as measured already: Locust's log (fresh60), JMeter's jmeter.log (fresh60)
// and .jtl (fresh362), k6's console in a CI job (fresh176) and CSV output (fresh362), Gatling's
// simulation.log (fresh104), Tsung's stats dump (fresh362), esrally (fresh385), YCSB (fresh506),
// pgbench and BenchBase (fresh571), cassandra-stress (fresh122), stress-ng (fresh305), ApacheBench's
// gnuplot file (fresh320, fresh440). Left out otherwise: sysbench's reports (its own lines carry
// only `[ 10s ]`, no date), Artillery 2's `Metrics for period to:` blocks (no search confirmed
// them), NBomber (its file is Serilog's, a shape other tables hold). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Gatling's, Siege's, fio's, Taurus's and Yandex.Tank's stamps have no zone
// and are taken as UTC (fio's is ctime-style, `Sun Nov 29 07:42:16 2026`, at the end of the job's
// first line). Artillery's `08:41:26(+0100) 2026-11-29` is a time of day, its offset in parentheses,
// then the date: 07:41:26Z. vegeta's timestamp and k6's data.time carry a +01:00 offset and nine
// fractional digits. A Siege mark line, a k6 Metric declaration and fio's run-status block have no
// time of their own (""). Levels only where the line marks one: Taurus's and Yandex.Tank's level
// words; Gatling's OK=/KO=, Artillery's codes and errors, Siege's OKAY/Failed columns, vegeta's code
// and error, k6's status tags and fio's `err= 0` are no levels. No family has a host field: targets,
// dialled addresses, url tags and scenario names are no hosts. A record that spans lines is one
// entry: a Gatling stats block from rule to rule, an Artillery report with its indented lines, a fio
// job with its statistics, a Python traceback under a Taurus or Yandex.Tank line. Siege's CSV
// header and fio's job-description, version and `Starting` lines are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of
// a layout the source says "from memory" (Artillery's `Started phase` line, Taurus's Engine child
// loggers and traceback). Hosts, ids, addresses, users and messages are invented, and every time is
// in late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 22ad146 before any rule for it: level 97.5 %, time 77.5 %, host 97.5 %, records 76.2 %.
// That is the macro figure (micro: level 97.1 %, time 76.5 %, host 97.1 %, records 79.4 %), in a
// worktree at 22ad146 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are Gatling's closing `====` rule, which trawl splits from the
// stats block above it, Artillery's time of day with its offset in parentheses and the date after
// it, which trawl does not read (nor does it join the report's indented lines), Siege's mark line,
// which trawl joins to the dated row before it, and the `time` key nested in k6's `data` object,
// which trawl does not read.

var fresh679Cases = []worldCase{
	{
		name:   "gatling-console-stats-blocks",
		source: "Gatling 3.x run from the bundle or Maven/Gradle, its console: every few seconds a block between `====` rules with a zone-less local `yyyy-MM-dd HH:mm:ss` and `Ns elapsed`, `---- Requests ----`, `> name (OK=n KO=n)`, the scenario's progress bar, and `---- Errors ----` when requests fail: gatling/gatling issues #3444, #3031, #2444, eigengo/akka-patterns issue #33 (pasted blocks)",
		why:    "a whole stats block is one record whose time is on its second line, after a rule of `=`; the date has no zone (UTC by the rules); OK= and KO= counts are no level; the scenario name is no host",
		gap:    "the closing `====` rule of a Gatling stats block is not kept with the block above it: trawl ends the record before that rule",
		entries: []worldEntry{
			we("2026-11-29T07:41:21Z", Unknown, "",
				"================================================================================",
				"2026-11-29 07:41:21                                           5s elapsed",
				"---- Requests ------------------------------------------------------------------",
				"> Global                                                   (OK=212    KO=0     )",
				"> list products                                            (OK=106    KO=0     )",
				"> product detail                                           (OK=106    KO=0     )",
				"",
				"---- Browse catalogue ----------------------------------------------------------",
				"[####################                                                      ] 27%",
				"          waiting: 58     / active: 22     / done: 0",
				"================================================================================"),
			we("2026-11-29T07:41:26Z", Unknown, "",
				"================================================================================",
				"2026-11-29 07:41:26                                          10s elapsed",
				"---- Requests ------------------------------------------------------------------",
				"> Global                                                   (OK=498    KO=7     )",
				"> list products                                            (OK=251    KO=0     )",
				"> product detail                                           (OK=247    KO=7     )",
				"---- Errors --------------------------------------------------------------------",
				"> status.find.is(200), but actually found 503                         7 (100.0%)",
				"",
				"---- Browse catalogue ----------------------------------------------------------",
				"[#############################################                             ] 61%",
				"          waiting: 31     / active: 49     / done: 0",
				"================================================================================"),
			we("2026-11-29T07:41:31Z", Unknown, "",
				"================================================================================",
				"2026-11-29 07:41:31                                          15s elapsed",
				"---- Requests ------------------------------------------------------------------",
				"> Global                                                   (OK=811    KO=9     )",
				"> list products                                            (OK=408    KO=0     )",
				"> product detail                                           (OK=403    KO=9     )",
				"---- Errors --------------------------------------------------------------------",
				"> status.find.is(200), but actually found 503                         9 (100.0%)",
				"",
				"---- Browse catalogue ----------------------------------------------------------",
				"[##########################################################################]100%",
				"          waiting: 0      / active: 0      / done: 80",
				"================================================================================"),
		},
	},
	{
		name:   "artillery1-console-report-at",
		source: "Artillery 1.x `artillery run` console (the old console reporter): `Report @ HH:mm:ss(±hhmm) yyyy-MM-dd`, then `Elapsed time:` and the indented scenario counts, latencies and codes every 10 s; the `Started phase N, duration: Ns @ HH:mm:ss(±hhmm) yyyy-MM-dd` line: hisstori/Api artillery-reports.md (a pasted run, found with the code search); the `Started phase` line from memory",
		why:    "a time of day with its offset in parentheses and the date after it (08:41:26 at +0100 is 07:41:26Z); the indented report under `Report @` is one record; `Codes:` and `Errors:` counts are no level",
		gap:    "the time of day with its offset in parentheses and the date after it (`08:41:26(+0100) 2026-11-29`) is not read, and the indented report under `Report @` is not joined to that line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Started phase 0, duration: 60s @ 08:41:16(+0100) 2026-11-29"),
			we("2026-11-29T07:41:26Z", Unknown, "",
				"Report @ 08:41:26(+0100) 2026-11-29",
				"Elapsed time: 10 seconds",
				"  Scenarios launched:  99",
				"  Scenarios completed: 97",
				"  Requests completed:  194",
				"  RPS sent: 19.61",
				"  Request latency:",
				"    min: 18.2",
				"    max: 412.7",
				"    median: 61.4",
				"    p95: 188.9",
				"    p99: 301.3",
				"  Codes:",
				"    200: 194"),
			we("2026-11-29T07:41:36Z", Unknown, "",
				"Report @ 08:41:36(+0100) 2026-11-29",
				"Elapsed time: 20 seconds",
				"  Scenarios launched:  100",
				"  Scenarios completed: 96",
				"  Requests completed:  193",
				"  RPS sent: 19.92",
				"  Request latency:",
				"    min: 19.1",
				"    max: 1630.4",
				"    median: 64.8",
				"    p95: 402.6",
				"    p99: 1211.9",
				"  Codes:",
				"    200: 189",
				"    502: 4",
				"  Errors:",
				"    ECONNRESET: 3"),
			we("2026-11-29T07:42:17Z", Unknown, "",
				"Summary report @ 08:42:17(+0100) 2026-11-29",
				"  Scenarios launched:  600",
				"  Scenarios completed: 590",
				"  Requests completed:  1181",
				"  Mean response/sec: 19.44",
				"  Response time (msec):",
				"    min: 17.9",
				"    max: 1630.4",
				"    median: 63.1",
				"    p95: 244.7",
				"    p99: 987.5",
				"  Scenario counts:",
				"    Checkout flow: 600 (100%)",
				"  Codes:",
				"    200: 1170",
				"    502: 11",
				"  Errors:",
				"    ECONNRESET: 10"),
		},
	},
	{
		name:   "siege-log-file-csv",
		source: "Siege 4.x's log file (`--log=` or logging = true; the header written by create_logfile in src/log.c: `      Date & Time,  Trans,  Elap Time,  Data Trans,  Resp Time,  Trans Rate,  Throughput,  Concurrent,    OKAY,   Failed`, then one padded comma-separated row per run with a zone-less local `yyyy-MM-dd HH:mm:ss`; `**** mark ****` lines from `-m`): JoeDog/siege src/log.c (found with find_string), several pasted siege.log files found with find_string",
		why:    "a zone-less date and time first, then a comma and padded numbers (UTC by the rules); the OKAY and Failed columns are counts, no level; a `-m` mark line carries no time of its own",
		gap:    "a `**** mark ****` line after a dated row is joined to that row instead of standing as a record of its own",
		entries: []worldEntry{
			wskip("      Date & Time,  Trans,  Elap Time,  Data Trans,  Resp Time,  Trans Rate,  Throughput,  Concurrent,    OKAY,   Failed"),
			we("", Unknown, "", "**** shop-api before cache change ****"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16,  14802,      59.87,          41,       0.10,      247.24,        0.68,       24.71,   14802,       0"),
			we("2026-11-29T07:44:03Z", Unknown, "", "2026-11-29 07:44:03,  15117,      59.91,          42,       0.10,      252.33,        0.70,       24.66,   15117,       0"),
			we("", Unknown, "", "**** shop-api after cache change ****"),
			we("2026-11-29T07:52:40Z", Unknown, "", "2026-11-29 07:52:40,  31245,      59.95,          86,       0.05,      521.18,        1.43,       24.42,   31204,      41"),
		},
	},
	{
		name:   "vegeta-encode-json-results",
		source: "vegeta 12.x `vegeta attack … | vegeta encode --to json` (one JSON object per result: attack, seq, code, timestamp as Go RFC 3339 with nanoseconds and the local offset, latency and the byte counts, error, body in base64): tsenart/vegeta lib/results.go (the Result struct and NewJSONEncoder) and lib/results_easyjson.go (the field order)",
		why:    "the time is the `timestamp` value with a +01:00 offset and nine fractional digits; latency in nanoseconds and the seq are no times; code 0 with an error string carries no level; the dialled address is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120417331Z", Unknown, "", `{"attack":"cart-smoke","seq":0,"code":200,"timestamp":"2026-11-29T08:41:16.120417331+01:00","latency":14803221,"bytes_out":0,"bytes_in":318,"error":"","body":"eyJpdGVtcyI6W119"}`),
			we("2026-11-29T07:41:16.140418006Z", Unknown, "", `{"attack":"cart-smoke","seq":1,"code":200,"timestamp":"2026-11-29T08:41:16.140418006+01:00","latency":12977540,"bytes_out":0,"bytes_in":318,"error":"","body":"eyJpdGVtcyI6W119"}`),
			we("2026-11-29T07:41:16.160416872Z", Unknown, "", `{"attack":"cart-smoke","seq":2,"code":503,"timestamp":"2026-11-29T08:41:16.160416872+01:00","latency":30012457,"bytes_out":0,"bytes_in":19,"error":"503 Service Unavailable","body":"c2VydmljZSB1bmF2YWlsYWJsZQ=="}`),
			we("2026-11-29T07:41:16.180419110Z", Unknown, "", `{"attack":"cart-smoke","seq":3,"code":0,"timestamp":"2026-11-29T08:41:16.18041911+01:00","latency":1002311,"bytes_out":0,"bytes_in":0,"error":"Get \"http://10.20.0.14:8080/api/cart\": dial tcp 10.20.0.14:8080: connect: connection refused","body":""}`),
		},
	},
	{
		name:   "fio-normal-output-job-blocks",
		source: "fio 3.x normal output (`name: (groupid=0, jobs=1): err= 0: pid=N: Www Mmm dd HH:mm:ss yyyy`, the job's indented read/write, slat/clat/lat, percentiles, bw, iops, cpu and IO depths lines under it; then `Run status group 0 (all jobs):` and `Disk stats`): axboe/fio issues #1394 and #1668, PRs #1737 and #1738 (pasted runs)",
		why:    "a ctime-style local date at the end of the job's first line (zone-less, UTC by the rules) after a pid; the job's indented statistics are one record; percentile brackets and `err= 0` are no times and no level; the run-status block has no time of its own",
		entries: []worldEntry{
			wskip("randrw-4k: (g=0): rw=randrw, bs=(R) 4096B-4096B, (W) 4096B-4096B, (T) 4096B-4096B, ioengine=libaio, iodepth=32",
				"...",
				"fio-3.36",
				"Starting 2 processes"),
			we("2026-11-29T07:42:16Z", Unknown, "",
				"randrw-4k: (groupid=0, jobs=1): err= 0: pid=48213: Sun Nov 29 07:42:16 2026",
				"  read: IOPS=18.2k, BW=71.1MiB/s (74.6MB/s)(4268MiB/60001msec)",
				"    slat (usec): min=2, max=611, avg= 5.84, stdev= 3.02",
				"    clat (usec): min=61, max=24115, avg=871.36, stdev=402.77",
				"     lat (usec): min=66, max=24121, avg=877.31, stdev=402.91",
				"    clat percentiles (usec):",
				"     |  1.00th=[  285],  5.00th=[  416], 10.00th=[  494], 20.00th=[  603],",
				"     | 30.00th=[  685], 40.00th=[  766], 50.00th=[  840], 60.00th=[  914],",
				"     | 99.00th=[ 2114], 99.50th=[ 2671], 99.90th=[ 4752], 99.95th=[ 6063],",
				"     | 99.99th=[12518]",
				"  write: IOPS=7806, BW=30.5MiB/s (32.0MB/s)(1830MiB/60001msec); 0 zone resets",
				"   bw (  KiB/s): min=27112, max=34376, per=50.02%, avg=31231.45, stdev=1402.18, samples=119",
				"   iops        : min= 6778, max= 8594, avg=7807.86, stdev=350.55, samples=119",
				"  cpu          : usr=6.12%, sys=21.47%, ctx=1309877, majf=0, minf=14",
				"  IO depths    : 1=0.1%, 2=0.1%, 4=0.1%, 8=0.1%, 16=0.1%, 32=100.0%, >=64=0.0%"),
			we("2026-11-29T07:42:16Z", Unknown, "",
				"randrw-4k: (groupid=0, jobs=1): err= 0: pid=48214: Sun Nov 29 07:42:16 2026",
				"  read: IOPS=18.1k, BW=70.8MiB/s (74.2MB/s)(4247MiB/60001msec)",
				"    slat (usec): min=2, max=702, avg= 5.91, stdev= 3.11",
				"    clat (usec): min=58, max=25003, avg=875.02, stdev=409.30",
				"     lat (usec): min=64, max=25010, avg=881.02, stdev=409.44",
				"  write: IOPS=7771, BW=30.4MiB/s (31.8MB/s)(1822MiB/60001msec); 0 zone resets",
				"  cpu          : usr=6.08%, sys=21.30%, ctx=1302214, majf=0, minf=13",
				"  IO depths    : 1=0.1%, 2=0.1%, 4=0.1%, 8=0.1%, 16=0.1%, 32=100.0%, >=64=0.0%"),
			we("", Unknown, "",
				"Run status group 0 (all jobs):",
				"   READ: bw=142MiB/s (149MB/s), 70.8MiB/s-71.1MiB/s (74.2MB/s-74.6MB/s), io=8515MiB (8929MB), run=60001-60001msec",
				"  WRITE: bw=60.9MiB/s (63.8MB/s), 30.4MiB/s-30.5MiB/s (31.8MB/s-32.0MB/s), io=3652MiB (3829MB), run=60001-60001msec"),
		},
	},
	{
		name:   "k6-json-output-points",
		source: "k6 `k6 run --out json=results.json` (one object a line: `{\"type\":\"Metric\",\"data\":{…},\"metric\":\"vus\"}` declarations with no time, and `{\"type\":\"Point\",\"data\":{\"time\":\"RFC 3339 with nanoseconds and the local offset\",\"value\":…,\"tags\":{…}},\"metric\":\"http_req_duration\"}` samples): grafana.com/docs/k6 'Results output: JSON' (latest and v0.49.x, the format section)",
		why:    "the time is data.time with a +01:00 offset and nine fractional digits; a Metric declaration line has no time of its own; the `status` and `expected_response` tags are no level; the url tag's host is a target, no host",
		gap:    "the `time` key nested in the `data` object of a k6 Point line is not read as the time",
		entries: []worldEntry{
			we("", Unknown, "", `{"type":"Metric","data":{"name":"vus","type":"gauge","contains":"default","thresholds":[],"submetrics":null},"metric":"vus"}`),
			we("2026-11-29T07:41:17.002615204Z", Unknown, "", `{"type":"Point","data":{"time":"2026-11-29T08:41:17.002615204+01:00","value":10,"tags":null},"metric":"vus"}`),
			we("", Unknown, "", `{"type":"Metric","data":{"name":"http_req_duration","type":"trend","contains":"time","thresholds":["p(95)<500"],"submetrics":null},"metric":"http_req_duration"}`),
			we("2026-11-29T07:41:16.871340092Z", Unknown, "", `{"type":"Point","data":{"time":"2026-11-29T08:41:16.871340092+01:00","value":48.211367,"tags":{"expected_response":"true","group":"","method":"GET","name":"https://shop.example.test/api/products","proto":"HTTP/1.1","scenario":"default","status":"200","tls_version":"tls1.3","url":"https://shop.example.test/api/products"}},"metric":"http_req_duration"}`),
			we("2026-11-29T07:41:17.310275518Z", Unknown, "", `{"type":"Point","data":{"time":"2026-11-29T08:41:17.310275518+01:00","value":1,"tags":{"expected_response":"false","group":"","method":"POST","name":"https://shop.example.test/api/cart","proto":"HTTP/1.1","scenario":"default","status":"503","tls_version":"tls1.3","url":"https://shop.example.test/api/cart"}},"metric":"http_req_failed"}`),
		},
	},
	{
		name:   "taurus-bzt-log-bracketed",
		source: "Taurus (bzt) 1.16's artifacts bzt.log (`[yyyy-MM-dd HH:mm:ss,SSS LEVEL logger] msg`, the whole prefix in one bracket; loggers root, Engine and its children): algattik/azure-pipelines-jmeter-extension issue #30 (a pasted bzt log); the Engine child logger names and the traceback under a DEBUG line from memory",
		why:    "a zone-less date with a comma before the milliseconds, the level word and the logger name all inside one bracket; a Python traceback belongs to the line above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.004Z", Info, "", "[2026-11-29 07:41:16,004 INFO root] Taurus CLI Tool v1.16.38"),
			we("2026-11-29T07:41:16.011Z", Debug, "", `[2026-11-29 07:41:16,011 DEBUG root] Command-line options: {'log': '/tmp/bzt_k2v8r1qa.log', 'option': ['modules.jmeter.version=5.6.3'], 'quiet': False, 'verbose': False}`),
			we("2026-11-29T07:41:19.482Z", Warn, "", "[2026-11-29 07:41:19,482 WARNING Engine.local] Failed to check for updates: HTTPSConnectionPool(host='gettaurus.org', port=443): Read timed out."),
			we("2026-11-29T07:43:02.150Z", Error, "", "[2026-11-29 07:43:02,150 ERROR root] ToolError: JMeter exited with non-zero code: 1"),
			we("2026-11-29T07:43:02.151Z", Debug, "",
				"[2026-11-29 07:43:02,151 DEBUG root] ToolError: Traceback (most recent call last):",
				`  File "/opt/venv/lib/python3.11/site-packages/bzt/engine/engine.py", line 286, in _shutdown`,
				"    module.shutdown()",
				`  File "/opt/venv/lib/python3.11/site-packages/bzt/modules/jmeter.py", line 519, in shutdown`,
				`    raise ToolError("JMeter exited with non-zero code: %s" % self.retcode, self.get_error_diagnostics())`,
				"bzt.ToolError: JMeter exited with non-zero code: 1"),
		},
	},
	{
		name:   "yandex-tank-log-tab-message",
		source: "Yandex.Tank's tank.log in the test's logs folder (`yyyy-MM-dd HH:mm:ss,SSS [LEVEL] logger file.py:line<TAB>msg`, a traceback under a failed plugin): yandex/yandex-tank issues #262 and #773 (pasted logs), PRs #527 and #529 (the log format)",
		why:    "a zone-less date with comma milliseconds, the level word in brackets, a logger and `file.py:line`, then a tab before the message; `tankcore.py:237` is no time; the traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.948Z", Info, "", "2026-11-29 07:41:16,948 [INFO] root consoleworker.py:373\tCreated a folder for the test. /var/loadtest/logs/2026-11-29_07-41-16.311208"),
			we("2026-11-29T07:41:16.949Z", Info, "", "2026-11-29 07:41:16,949 [INFO] yandextank.core.tankcore tankcore.py:237\tConfiguring plugins..."),
			we("2026-11-29T07:41:16.950Z", Debug, "", "2026-11-29 07:41:16,950 [DEBUG] yandextank.core.tankcore tankcore.py:192\tLoading plugin phantom from yandextank.plugins.Phantom"),
			we("2026-11-29T07:41:21.377Z", Warn, "", "2026-11-29 07:41:21,377 [WARNING] yandextank.plugins.Telegraf.plugin plugin.py:196\tNo monitoring config found, monitoring disabled"),
			we("2026-11-29T07:43:05.612Z", Error, "",
				"2026-11-29 07:43:05,612 [ERROR] yandextank.core.tankcore tankcore.py:375\tFailed finishing plugin <yandextank.plugins.DataUploader.plugin.Plugin object at 0x7f3c1e2b9d50>",
				"Traceback (most recent call last):",
				`  File "/usr/local/lib/python3.8/dist-packages/yandextank/core/tankcore.py", line 371, in _finish`,
				"    retcode = plugin.end_test(retcode)",
				`  File "/usr/local/lib/python3.8/dist-packages/yandextank/plugins/DataUploader/plugin.py", line 318, in end_test`,
				"    self.lp_job.close(retcode)",
				"requests.exceptions.ConnectionError: HTTPSConnectionPool(host='overload.example.test', port=443): Max retries exceeded with url: /api/job/4417/close.json"),
		},
	},
}

func TestFresh679Formats(t *testing.T) { assertTable(t, fresh679Cases) }
func TestFresh679Score(t *testing.T) {
	checkScore(t, "fresh679 formats", fresh679Cases, [worldNumFields]float64{97.4, 77.4, 97.4, 76.1})
}
