package parse

import "testing"

// The eight-hundred-and-eleventh fresh table: BI and analytics servers. Each family is one
// server's own log: Cube Store (Cube's Rust pre-aggregation store) in its ISO-Z form and in its
// older comma-millisecond form, both with `[target] <pid:N>`; the standalone Grafana image
// renderer's JSON lines, which carry no time; the JReport (Logi Report) server console, whose
// pattern puts the message first and the thread, level and time of day in brackets after it;
// Looker's looker.log (`time offset [LEVEL|thread|source] ::`, with SQL records that run over
// several lines); MicroStrategy Intelligence Server's DSSErrors.log, in its Kernel XML API form
// with an offset after the fraction and its newer form with UID, SID, OID and source-file
// brackets and no offset; Tableau Server's httpd access log (an ISO time without zone, then the
// offset quoted as its own field).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `metabase`, `superset`, `redash`, `tableau`, `power bi`, `powerbi`,
// `report server`, `looker`, `grafana`, `zeppelin`, `lightdash`, `cube.js`, `cubejs`,
// `cubestore`, `cube store`, `cube-js`, `@cubejs`, `jasper`, `jasperserver`, `pentaho`,
// `pentaho.log`, `birt`, `qlik`, `sisense`, `kibana`, `spotfire`, `microstrategy`, `DSSErrors`,
// `CastorServer`, `[HOST:`, `cognos`, `obiee`, `BusinessObjects`, `SSRS`, `ReportServerService`,
// `tabadmin`, `vizportal`, `vizqlserver`, `wgserver`, `backgrounder`, `streamlit`, `shiny`,
// `knime`, `yellowfin`, `mondrian`, `saiku`, `knowage`, `spagobi`, `helical`, `seal report`,
// `stimulsoft`, `telerik`, `devexpress`, `chartbrew`, `holistics`, `domo`, `druid`, `pinot`,
// `dremio`, `kylin`, `image-renderer`, `renderer`, `jreport`, `logi report`, `JRPatternLayout`,
// `][INFO][`, `<pid:`, `[INFO|`, `db:looker`, `msec_frac`, `UNIQUE_ID`,
// `"level":"info","message"`. Already measured and left out: Metabase's server log, Superset's
// colon log, Redash's server log, Tableau's native JSON, Power BI Report Server's RSPortal log and
// its gateway, SSRS, Lightdash's plain backend log, the three Zeppelin files, every Grafana server
// and Grafana stack log, Qlik Sense, KNIME, Pentaho's pan. `<pid:` matches only usvfs's
// `<pid:tid>`, `[INFO|` only Hugging Face's and LLaMA-Factory's `[INFO|file:line]`, `][INFO][`
// other products' bracket runs, `msec_frac` and `UNIQUE_ID` plain Apache formats, and
// `"level":"info","message"` JSON that carries a timestamp. Left out as not confirmed by any
// search: JasperReports Server's jasperserver.log pattern, Spotfire Server's server.log, Cube's
// API server text output, Tableau's old tabadmin log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Cube Store writes Z; its comma form, MicroStrategy's newer form and
// nothing else write no zone and are read as UTC; Looker's `-0500`, MicroStrategy's `-05:00` and
// `+01:00` and Tableau's quoted `"+0100"` are converted. The JReport console writes a time of day
// only, on the clock's day. The image renderer's JSON has no time and MicroStrategy's
// `# MicroStrategy Log version 2.0` header has none either. Levels only where the line marks one:
// Cube Store's level column, the renderer's "level" key, JReport's bracketed level after the
// thread, Looker's level before the first pipe, MicroStrategy's bracketed level after the
// component ([Trace], [Info], [Warning], [Error]); Tableau's access lines carry none. The host is
// the record's own host field: MicroStrategy's [HOST:…]; Tableau's first field is the request's
// Host header, no host; the other servers write none (Cube Store's target, Looker's thread and
// source, JReport's thread are no hosts). Looker's SQL records whose quoted value runs over lines
// are one record each.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (the order of the Tableau access fields after the CLF part). Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 7eb372e before any rule for it: level 92.5 %, time 75.0 %, host 77.5 %, records 100.0 %.
// That is the macro figure (micro: level 90.6 %, time 78.1 %, host 78.1 %, records 100.0 %), in a
// worktree at 7eb372e with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (both Cube Store forms, the image renderer's untimed JSON, Looker); the
// gaps: JReport's time of day in the last bracket after the message is not read, MicroStrategy's
// `[HOST:x]` bracket is never read as the host in either form and its `[Trace]` level after
// `[Kernel XML API]` is not read, and Tableau's quoted `"+0100"` after its ISO time is not applied.

var fresh811Cases = []worldCase{
	{
		name:   "cubestore-iso-z-target-angle-pid",
		source: "Cube Store (cubestored) `ISO-Z LEVEL  [target] <pid:N> msg`: cube-js/cube issue #9610 (docker-compose logs cubestore, `INFO  [cubestore::http] <pid:1> Http Server is listening on …`), issue #2734 (`ERROR [cubestore::cluster]`)",
		why:    "an ISO time with milliseconds and Z, the level padded to five, a Rust module path in brackets and the pid in angle brackets; the bracketed target is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.301Z", Info, "", "2026-11-29T07:41:16.301Z INFO  [cubestored] <pid:1> Cube Store version 1.3.9"),
			we("2026-11-29T07:41:16.342Z", Info, "", "2026-11-29T07:41:16.342Z INFO  [cubestore::metastore::rocks_fs] <pid:1> Using existing metastore in /cube/.cubestore/data/metastore"),
			we("2026-11-29T07:41:31.118Z", Warn, "", "2026-11-29T07:41:31.118Z WARN  [cubestore::cluster] <pid:1> Worker cubestore-worker-2.cubestore-workers:10000 did not answer the ping in 30s"),
			we("2026-11-29T07:41:46.507Z", Error, "", "2026-11-29T07:41:46.507Z ERROR [cubestore::remotefs::cleanup] <pid:1> error while trying to list local files: No such file or directory (os error 2)"),
		},
	},
	{
		name:   "cubestore-comma-millis-target-angle-pid",
		source: "Cube Store's older stamp `yyyy-MM-dd HH:mm:ss,SSS LEVEL [target] <pid:N> msg`: cube-js/cube issue #8759 (`2024-12-13 02:21:16,666 ERROR [cubestore::remotefs::cleanup] <pid:1> error while trying to list local files …`)",
		why:    "a zone-less date with comma milliseconds, then the level, the bracketed Rust target and `<pid:N>`",
		entries: []worldEntry{
			we("2026-11-29T07:42:05.114Z", Info, "", "2026-11-29 07:42:05,114 INFO  [cubestore::http::status] <pid:1> Serving status probes at 0.0.0.0:3031"),
			we("2026-11-29T07:42:05.201Z", Info, "", "2026-11-29 07:42:05,201 INFO  [cubestore::mysql] <pid:1> MySQL port open on 0.0.0.0:3306"),
			we("2026-11-29T07:42:20.009Z", Debug, "", "2026-11-29 07:42:20,009 DEBUG [cubestore::metastore::rocks_store] <pid:1> Persisting metastore snapshot: done (212.4µs)"),
			we("2026-11-29T07:42:33.666Z", Error, "", "2026-11-29 07:42:33,666 ERROR [cubestore::cluster] <pid:1> No select workers specified"),
		},
	},
	{
		name:   "grafana-image-renderer-standalone-json-untimed",
		source: "the standalone grafana-image-renderer service's stdout (`{\"level\":\"info\",\"message\":\"HTTP Server started, listening at http://localhost:8081\"}`, a failed render as `{\"url\":…,\"stack\":\"TimeoutError: …\",…}`): grafana/grafana-image-renderer issue #99",
		why:    "JSON lines with a level key and no time at all: each record must have Time 0; the stack is a JSON string, so the record is one line",
		entries: []worldEntry{
			we("", Info, "", `{"level":"info","message":"HTTP Server started, listening at http://localhost:8081"}`),
			we("", Info, "", `{"level":"info","message":"Using browser version","version":"HeadlessChrome/131.0.6778.85"}`),
			we("", Warn, "", `{"level":"warn","message":"Browser console error","err":"Failed to load resource: the server responded with a status of 401 ()"}`),
			we("", Error, "", `{"url":"/render?domain=grafana.lab.example&encoding=&height=500&renderKey=q8XbT1mRr0ZsA&timeout=60&width=1000","stack":"TimeoutError: Navigation timeout of 30000 ms exceeded\n    at LifecycleWatcher._createTimeoutPromise (/usr/src/app/node_modules/puppeteer/lib/LifecycleWatcher.js:142:21)","level":"error","message":"Request failed"}`),
		},
	},
	{
		name:   "jreport-console-message-first-bracket-trailer",
		source: "JReport (Logi Report) Server's console appender, LogConfig.properties `JRPatternLayout` with `ConversionPattern=%m [%t][%p][%d{HH:mm:ss,SSS}]%n`: JReport Designer help 'Logging' (reports.collegenet.com …/help/userguide/designer/HTML/appendix/log.htm)",
		why:    "the message comes first; the thread, the level and a time of day with comma milliseconds follow in brackets at the end of the line; no date, so the clock's day",
		gap:    "the time of day with comma milliseconds in the last bracket at the end of the line (`[main][INFO][07:41:16,120]`, after the message) is not read: every record has no time, though each carries its own on the clock's day",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120Z", Info, "", "JReport Server started on port 8888 [main][INFO][07:41:16,120]"),
			we("2026-11-29T07:41:19.402Z", Debug, "", "Loading catalog /opt/jreport/SampleReports/SampleReports.cat.xml [RptSvr-Worker-3][DEBUG][07:41:19,402]"),
			we("2026-11-29T07:42:03.777Z", Warn, "", "Schedule task 1732 fired 41 seconds late [Scheduler-1][WARN][07:42:03,777]"),
			we("2026-11-29T07:42:10.015Z", Error, "", "Cannot connect to data source Warehouse: Connection refused [RptSvr-Worker-5][ERROR][07:42:10,015]"),
		},
	},
	{
		name:   "looker-log-pipe-bracket-double-colon",
		source: "Looker's looker.log `yyyy-MM-dd HH:mm:ss.SSS ±hhmm [LEVEL|thread|source] :: msg` (`2021-04-28 23:59:57.643 +0000 [INFO|13757da|periodic] :: (0.004027s) Periodic job … completed`, a db:looker INSERT whose quoted value runs over four lines): code search, a looker_log_analysis package's parser tests; severities from Looker's 'Admin settings - Log' page (cloud.google.com/looker/docs/admin-panel-server-log)",
		why:    "the offset after the time; level, thread id and source joined by pipes in one bracket, then ` :: `; an SQL record whose quoted base64 value runs over lines is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "2026-11-29 02:41:16.412 -0500 [INFO|8f3e21a|periodic] :: (0.004113s) Periodic job 'connection_hub_status_update' completed"),
			we("2026-11-29T07:41:18.009Z", Info, "", "2026-11-29 02:41:18.009 -0500 [INFO|2c7b90e|query_summary] :: event: fetch; slug: 9a4e7d21c0b3f6e85d1a2c3b4e5f6071; grand_total: 3.82; stream_this: 0.02; stream_others: 0.11;"),
			we("2026-11-29T07:41:20.608Z", Info, "",
				`2026-11-29 02:41:20.608 -0500 [INFO|4417205|db:looker] :: (0.000214s) INSERT INTO "LICENSE_VALIDATION_RESPONSE" ("STATE", "RESPONSE_CODE", "VALIDATION_TYPE", "INTEGRITY_CHECK") VALUES ('{"application":"looker","licenseStatus":"in_use"}', 0, 'HTTPS Validation Checker', 'Qm9yZWFsaXMgbGljZW5zZSBjaGVjayBmb3IgYmktcHJkLWxvb2tlcjAxIGF0IDIw`,
				`MjYtMTEtMjkgMDc6NDE6MjAgVVRDIG9uIHRoZSBsYWIgaW5zdGFuY2UgZm9yIHRl`,
				`c3Rpbmcgb25seSwgbm90IGEgcmVhbCBrZXkgb2YgYW55IGtpbmQsIGp1c3QgZmls`,
				`bGVyIHRleHQ=')`),
			we("2026-11-29T07:41:24.51Z", Warn, "", "2026-11-29 02:41:24.510 -0500 [WARN|9d02c4f|db:warehouse_pg] :: Connection pool for warehouse_pg exhausted, waiting 2.0s"),
			we("2026-11-29T07:41:25.003Z", Error, "", "2026-11-29 02:41:25.003 -0500 [ERROR|9d02c4f|query] :: Query 48211 failed: PG::QueryCanceled: ERROR:  canceling statement due to statement timeout"),
		},
	},
	{
		name:   "microstrategy-kernel-xml-api-offset-host",
		source: "MicroStrategy Intelligence Server's DSSErrors.log / Kernel XML API trace `yyyy-MM-dd HH:mm:ss.SSS±hh:mm [HOST:x][SERVER:CastorServer][PID:n][THR:n][component][Level] msg`, opened by `# MicroStrategy Log version 2.0` (`2017-02-05 12:59:17.154-05:00 [HOST:…][SERVER:CastorServer][PID:10336][THR:1088][Kernel XML API][Trace] XML XMLGetFeatureInfos finished`, and the older `…+01:00 [HOST:…][PID:…]` without SERVER): code search, a MicroStrategy log viewer's parser comments and demo log; MicroStrategy ONE help 'Analyze a Server State Dump' for the file",
		why:    "the offset glued to the fraction; the host in a labelled bracket first, then SERVER, PID and THR brackets, the component and the level in brackets; the version header carries nothing",
		entries: []worldEntry{
			we("", Unknown, "", "# MicroStrategy Log version 2.0"),
			we("2026-11-29T07:41:16.154Z", Trace, "BI-PRD-IS01", "2026-11-29 02:41:16.154-05:00 [HOST:BI-PRD-IS01][SERVER:CastorServer][PID:10412][THR:2216][Kernel XML API][Trace] XML XMLGetFeatureInfos finished"),
			we("2026-11-29T07:41:16.201Z", Trace, "BI-PRD-IS01", `2026-11-29 02:41:16.201-05:00 [HOST:BI-PRD-IS01][SERVER:CastorServer][PID:10412][THR:2216][Kernel XML API][Trace] XML Command: <st><sst><st><cmd><gfid sid="7C41A2E03D0B18A9746C2AB2061BA0F1" fdn="39"/></cmd></st></sst></st>`),
			we("2026-11-29T07:41:18.607Z", Trace, "BI-PRD-IS01", "2026-11-29 02:41:18.607-05:00 [HOST:BI-PRD-IS01][SERVER:CastorServer][PID:10412][THR:3852][Kernel XML API][Trace] XML Command failed. ReturnCode=-2147008845, 0x00000000"),
			we("2026-11-29T07:42:01.093Z", Info, "MSTR-EU-NODE2", "2026-11-29 08:42:01.093+01:00 [HOST:MSTR-EU-NODE2][PID:1912][THR:6912][Kernel][Info] MicroStrategy Intelligence Server started."),
		},
	},
	{
		name:   "microstrategy-dsserrors-uid-sid-source-file",
		source: "MicroStrategy DSSErrors.log of recent releases `yyyy-MM-dd HH:mm:ss.SSS [HOST:x][SERVER:CastorServer][PID:n][THR:n][component][Level][UID:…][SID:…][OID:…][File.cpp:N] msg` (no offset; `[Distribution Service][Error][UID:…][SID:…] MSIDelive…`, `[Kernel][Info][UID:0][SID:0][OID:0][MSIServerStateLogger.cpp:964] IServer enters MCM denial state …`): code search, two DSSErrors parsers (a Python one's comments and a test banner)",
		why:    "no zone: read as UTC; after the level come UID, SID, OID and the source file and line in brackets; the host is the HOST bracket, the 32-hex ids are no host",
		entries: []worldEntry{
			we("2026-11-29T07:39:47.230Z", Info, "env-418207laio1use1", "2026-11-29 07:39:47.230 [HOST:env-418207laio1use1][SERVER:CastorServer][PID:6120][THR:140211893241600][Kernel][Info][UID:0][SID:0][OID:0][MSIServerStateLogger.cpp:964] IServer enters MCM denial state. The breakdown of memory usage is: 81% of 64 GB"),
			we("2026-11-29T07:40:02.815Z", Warn, "env-418207laio1use1", "2026-11-29 07:40:02.815 [HOST:env-418207laio1use1][SERVER:CastorServer][PID:6120][THR:140211874359040][Kernel][Warning][UID:54F3D26011D2896560009A8E67019608][SID:0][OID:0][MSIMemoryGovernor.cpp:311] Memory request of 2048 MB denied for job 88214"),
			we("2026-11-29T07:40:35.418Z", Error, "env-418207laio1use1", "2026-11-29 07:40:35.418 [HOST:env-418207laio1use1][SERVER:CastorServer][PID:6120][THR:140211882751744][Distribution Service][Error][UID:6B2D41F011E7409200000080EF7558A0][SID:91C5DA217D2D1C26E2AD86E25D5D0A7E][OID:0][MSIDeliveryManager.cpp:1207] MSIDeliveryManager: email delivery to bi-ops@example.org failed: SMTP 421 service not available"),
		},
	},
	{
		name:   "tableau-server-httpd-access-quoted-offset",
		source: "Tableau Server's gateway (httpd) access log: Common Log Format with Tableau's additions, the request Content-Length, %D (microseconds to serve) and the Unique_ID that ties the request to the other logs: camsoe.com 'Use the Logs: Tableau Server Log Analytics – Part 2'; the field order (`host-header client - ISO-time.millis \"±hhmm\" port \"request\" \"-\" status bytes \"content-length\" %D unique-id`) from memory",
		why:    "an ISO time without zone and then the offset quoted as a field of its own; the first field is the request's Host header and is no host; no level",
		gap:    "the offset quoted as its own field after the ISO time (`2026-11-29T08:41:16.312 \"+0100\"`) is not applied: the time is read as UTC, an hour late",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.312Z", Unknown, "", `tableau.corp.example 10.40.7.21 - 2026-11-29T08:41:16.312 "+0100" 443 "GET /vizportal/api/web/v1/getSessionInfo HTTP/1.1" "-" 200 3146 "784" 15624 Y0mXv0FsbWaDuLWh3Qq8HgAAAJQ`),
			we("2026-11-29T07:41:17.058Z", Unknown, "", `tableau.corp.example 10.40.7.21 - 2026-11-29T08:41:17.058 "+0100" 443 "POST /vizql/w/Sales/v/Overview/bootstrapSession/sessions/5E1F0C2A9B7D4E3F HTTP/1.1" "-" 200 48211 "1290" 842117 Y0mXwEFsbWaDuLWh3Qq8HgAAAKA`),
			we("2026-11-29T07:41:21.904Z", Unknown, "", `localhost 127.0.0.1 - 2026-11-29T08:41:21.904 "+0100" 80 "GET /favicon.ico HTTP/1.1" "-" 404 196 "-" 1187 Y0mXxUFsbWaDuLWh3Qq8HgAAALQ`),
		},
	},
}

func TestFresh811Formats(t *testing.T) { assertTable(t, fresh811Cases) }

func TestFresh811Score(t *testing.T) {
	checkScore(t, "fresh811 formats", fresh811Cases, [worldNumFields]float64{99.9, 74.9, 99.9, 99.9})
}
