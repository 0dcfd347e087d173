package parse

import "testing"

// The six-hundred-and-forty-fifth fresh table: wikis and knowledge bases, the output their servers
// and maintenance scripts really write, shapes no earlier table holds. Each family is one
// product's documented or observed output: Wiki.js 2's console (`ISO-Z [MASTER] level: msg`, after
// a zone-less `Loading configuration from … OK` line) and the same logger with `logFormat: json`;
// Outline's production stdout (winston's JSON with sorted keys and no time at all, and a bare
// JavaScript stack printed beside it); the TiddlyWiki 5 Node.js server's console (no time, no
// level, the component name padded with blanks); MediaWiki's runJobs.php output (`yyyy-MM-dd
// HH:mm:ss jobType Title params (meta) STARTING`, then `t=N good`) and its $wgDebugLogFile (no time
// per line, the `Start request` block with the request's headers as one record); SiYuan's kernel
// log (Go's log with a one-letter level prefix before the date, `file.go:N:` after the time) and the
// same lines through the systemd journal.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`mediawiki`, `wfDebug`, `wgDebugLogFile`, `Start request`,
// `HTTP HEADERS`, `Request ended normally`, `Fully initialised`, `getRestrictionTypes`,
// `sendCacheControl`, `DBReplication`, `DBQuery`, `[MediaWiki`, `runJobs`, `STARTING`, `t=38 good`,
// ` good"`, `JobRunner`, `Detected excessive memory`, `redis-jobrunner`, `jobchron`, `dokuwiki`,
// `dbglog`, `_debug.log`, `bookstack`, `local.ERROR`, `wiki.js`, `wikijs`, `[MASTER]`,
// `"instance"`, `instance":"`, `Database Connection Successful`, `Loading configuration from`,
// `xwiki`, `outline`, `getoutline`, `"label":"lifecycle"`, `"label":"http"`, `info: [`,
// `tiddlywiki`, `syncer-server`, `Dispatching 'save'`, `Dispatching`, `Sync error while processing`,
// `Serving on`, `Serving on http`, `press ctrl-C`, `gollum`, `WEBrick`, `Puma starting`,
// `Use Ctrl-C`, `Sinatra`, `confluence`, `moinmoin`, `foswiki`, `twiki`, `pmwiki`, `trac`,
// `tiki`, `tikiwiki`, `tiki wiki`, `bluespice`, `docmost`, `[Nest]`, `Nest application`,
// `affine`, `silverbullet`, `memos`, `zim`, `hedgedoc`, `etherpad`, `[INFO] server`, `trilium`,
// `joplin`, `logseq`, `siyuan`, `SiYuan-Kernel`, `working.go`, `serve.go`, `kernel is booting`,
// `gulu`, `kiwix`, `parsoid`, `wikibase`, `blazegraph`, `redmine`, `collaboration`, `Syncer`,
// `Hocuspocus`, `bunyan`, `"v":0`, `node[`). None of Wiki.js 2's console or JSON lines, Outline,
// TiddlyWiki, MediaWiki's runJobs output or main debug log, or SiYuan is in any table (`[master]`
// matches other products' words, `Loading configuration from` other daemons' lines, `serve.go`
// other Go programs, `outline` and `trac` common words; `gollum` is the Gollum log pipeline, not the
// wiki). Left out as measured already: MediaWiki's $wgDebugLogGroups files, DokuWiki's
// data/log/error, BookStack's Laravel log, Wiki.js 1.x under PM2, XWiki's logback file, Foswiki,
// TWiki, MoinMoin, Confluence, HedgeDoc, Etherpad, Trilium, Joplin, Kiwix and Blazegraph; Gollum,
// whose console is WEBrick's or Puma's, shapes earlier tables hold; Docmost, whose NestJS console
// earlier tables hold; Outline's development console (`info: [label] msg`), a shape earlier tables
// hold. Left out as not confirmed by any search: DokuWiki's old dbglog debug.log. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Wiki.js writes toISOString(), in Z, in both its formats; its `Loading
// configuration` line has no time. Outline's JSON carries no time, and neither do TiddlyWiki's
// console, MediaWiki's main debug log or a bare JavaScript stack: those records have Time 0 (a
// journal tiddler titled `29th November 2026` is a title, not a time). runJobs.php writes
// wfTimestamp(TS_DB), UTC with no zone; a job's `timestamp=` epoch is job metadata, not the
// record's time. SiYuan's Go log writes the local time with no zone, read as UTC; in the journal
// the journal's stamp and SiYuan's own are the same second. Levels only where the line marks one:
// Wiki.js's `info:`/`warn:`/`error:` word and its JSON `level`, Outline's JSON `level`, SiYuan's
// one-letter prefix (D I W E, and F for fatal, Critical); TiddlyWiki, MediaWiki's debug log and
// runJobs' `good` or `error=` carry none. The host is the record's host field: only the journal's;
// Wiki.js's `MASTER` instance, Outline's `label`, MediaWiki's `HOST:` request header, its database
// server, and the peers in SiYuan's messages are no hosts. A record that spans lines is one entry:
// the `Start request` line with the `HTTP HEADERS:` block under it (one wfDebug call), SiYuan's
// `kernel is booting:` list and its fatal's stack, the stack under Outline's bare error. The two
// blank lines MediaWiki writes before each `Start request` are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table
// was first run, and none was changed after it; a family trawl still gets wrong carries a gap that
// says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 6d5e872 before any rule for it: level 81.2 %, time 93.8 %, host 93.8 %, records 89.6 %.
// That is the macro figure (micro: level 82.6 %, time 93.5 %, host 93.5 %, records 89.1 %), in a
// worktree at 6d5e872 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are TiddlyWiki's component lines, which begin with a blank and
// are joined to the line before them; MediaWiki's debug log, whose `HTTP HEADERS:` block is split
// from its `Start request` line; and SiYuan's lines in the journal, whose one-letter level after the
// tag is not read.

var fresh645Cases = []worldCase{
	{
		name:   "wikijs2-console-master",
		source: "Wiki.js 2.x on its console, `docker logs wiki` (the `Loading configuration from /wiki/config.yml... OK` line, then server/core/logger.js's `${new Date().toISOString()} [${WIKI.INSTANCE_ID}] ${lvl}: ${msg}` with the instance MASTER; levels error warn info debug): requarks/wiki issues #1206 and #2003, server/core/logger.js (read with the code search)",
		why:    "an ISO time in Z, then the instance name in brackets and the level word with a colon; the configuration line has no time; MASTER and the database address are no hosts",
		entries: []worldEntry{
			we("", Unknown, "", "Loading configuration from /wiki/config.yml... OK"),
			we("2026-11-29T07:41:16.212Z", Info, "", "2026-11-29T07:41:16.212Z [MASTER] info: Using database driver pg for postgres [ OK ]"),
			we("2026-11-29T07:41:16.219Z", Info, "", "2026-11-29T07:41:16.219Z [MASTER] info: Connecting to database..."),
			we("2026-11-29T07:41:17.264Z", Error, "", "2026-11-29T07:41:17.264Z [MASTER] error: Database Connection Error: ECONNREFUSED 10.40.2.15:5432"),
			we("2026-11-29T07:41:17.265Z", Warn, "", "2026-11-29T07:41:17.265Z [MASTER] warn: Will retry in 3 seconds... [Attempt 1 of 10]"),
			we("2026-11-29T07:41:20.511Z", Info, "", "2026-11-29T07:41:20.511Z [MASTER] info: Database Connection Successful [ OK ]"),
		},
	},
	{
		name:   "wikijs2-json-log-format",
		source: "Wiki.js 2.5 with `logFormat: json` in config.yml (server/core/logger.js: `JSON.stringify({timestamp: new Date().toISOString(), instance: WIKI.INSTANCE_ID, level: lvl, message: msg})`, one object a line): requarks/wiki server/core/logger.js (read with the code search); the messages from the console lines of requarks/wiki issues #1206 and #2003",
		why:    "a JSON line whose `timestamp` comes first and whose `level` is a lower-case word; the `instance` MASTER is no host",
		entries: []worldEntry{
			we("2026-11-29T08:02:11.408Z", Info, "", `{"timestamp":"2026-11-29T08:02:11.408Z","instance":"MASTER","level":"info","message":"Initializing..."}`),
			we("2026-11-29T08:02:12.930Z", Error, "", `{"timestamp":"2026-11-29T08:02:12.930Z","instance":"MASTER","level":"error","message":"Database Connection Error: ETIMEDOUT 10.40.2.15:5432"}`),
			we("2026-11-29T08:02:16.044Z", Info, "", `{"timestamp":"2026-11-29T08:02:16.044Z","instance":"MASTER","level":"info","message":"HTTP Server on port: [ 3000 ]"}`),
			we("2026-11-29T08:02:16.371Z", Warn, "", `{"timestamp":"2026-11-29T08:02:16.371Z","instance":"MASTER","level":"warn","message":"Mail is not setup! Please set the configuration in the administration area!"}`),
			we("2026-11-29T08:02:19.802Z", Debug, "", `{"timestamp":"2026-11-29T08:02:19.802Z","instance":"MASTER","level":"debug","message":"Rendering page ops/runbooks/backup (locale en)..."}`),
		},
	},
	{
		name:   "outline-production-json-stdout",
		source: "Outline's server in production (`docker logs outline`: server/logging/Logger.ts with winston.format.json(), keys sorted, no timestamp; info and debug carry a `label` category, warn none, error `error` and `stack`; an error koa prints itself as a bare JavaScript stack): outline/outline issues #8091 and #5491, server/logging/Logger.ts (read with the code search), a pasted `{\"label\":\"lifecycle\",…}` startup and a bare `Error: …` stack found with find_string",
		why:    "JSON lines with a `level` and no time (Time 0, never a neighbour's); the `label` is a category, not a host; a bare stack with no time or level is one record",
		entries: []worldEntry{
			we("", Info, "", `{"label":"lifecycle","level":"info","message":"Starting web service"}`),
			we("", Info, "", `{"label":"lifecycle","level":"info","message":"Listening on http://localhost:3000 / https://docs.harbourlane.example"}`),
			we("", Info, "", `{"label":"http","level":"info","message":"  --> POST /api/documents.info 200 41ms 6.2kb"}`),
			we("", Warn, "", `{"level":"warn","message":"Event processing took longer than expected","name":"documents.update","timeout":1312}`),
			we("", Error, "", `{"error":"connect ECONNREFUSED 10.40.2.21:6379","level":"error","message":"Redis connection error","stack":"Error: connect ECONNREFUSED 10.40.2.21:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)"}`),
			we("", Unknown, "",
				"TypeError: Cannot read properties of undefined (reading 'collectionId')",
				"    at Object.documentsInfo (/opt/outline/build/server/routes/api/documents/documents.js:412:33)",
				"    at dispatch (/opt/outline/node_modules/koa-compose/index.js:42:32)",
				"    at /opt/outline/build/server/middlewares/transaction.js:22:14"),
		},
	},
	{
		name:   "tiddlywiki-node-server-console",
		source: "the TiddlyWiki 5 Node.js server (`tiddlywiki mywiki --listen`): core/modules/utils/logger.js's console line (the terminal colour, the component name and a colon, the message and the colour reset, joined by console.log's blanks, so a blank before and after when not on a terminal), $tw.utils.log's `Serving on …` and `(press ctrl-C to exit)`, and the sync error without a component: TiddlyWiki/TiddlyWiki5 PR #4584 (a pasted ` syncer-server-filesystem: Dispatching 'save' task: $:/StoryList `), Arlen22/TiddlyServer issue #121, TiddlyServer's `Serving on ` + origin (found with find_string)",
		why:    "no time and no level on any line (Time 0); a journal tiddler's title `29th November 2026` is no time; the blank before the component name",
		gap:    "the component lines, which begin with a blank (` syncer-server-filesystem: Dispatching …`), are joined to the line before them as continuation lines instead of being records of their own",
		entries: []worldEntry{
			we("", Unknown, "", "Serving on http://127.0.0.1:8080"),
			we("", Unknown, "", "(press ctrl-C to exit)"),
			we("", Unknown, "", " syncer-server-filesystem: Dispatching 'save' task: $:/StoryList "),
			we("", Unknown, "", " syncer-server-filesystem: Dispatching 'save' task: 29th November 2026 "),
			we("", Unknown, "", " syncer-server-filesystem: Dispatching 'delete' task: Draft of '29th November 2026' "),
			we("", Unknown, "", "Sync error while processing save of 'Reading list': Error: EACCES: permission denied, open '/srv/notebook/tiddlers/Reading list.tid'"),
		},
	},
	{
		name:   "mediawiki-runjobs-output",
		source: "MediaWiki's maintenance/runJobs.php on a terminal or in a cron mail (JobRunner's debugCallback: `wfTimestamp( TS_DB ) . \" $msg\"`, the message Job::toString() — the job type, the title's DB key, `key=value` params, `(meta)` — then ` STARTING`, ` t=N good` or ` t=N error=…`; `Detected excessive memory usage (used/max).`): wikimedia/mediawiki maintenance/runJobs.php, includes/jobqueue/JobRunner.php and Job.php (found with find_string); the params of each job type from memory",
		why:    "a zone-less date and time (UTC, TS_DB); `good` and `error=` are outcomes, not levels; the `timestamp=` epoch inside the metadata is no record time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 refreshLinks Runbook:Backups causeAction=edit-page causeAgent=Tamsin namespace=3000 title=Backups requestId=c41e07b9d3f52e8c6b1a7f02 (uuid=5d0e2b7c41a94f3e8b6d9c12a07f3e55,timestamp=1795938070) STARTING"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 refreshLinks Runbook:Backups causeAction=edit-page causeAgent=Tamsin namespace=3000 title=Backups requestId=c41e07b9d3f52e8c6b1a7f02 (uuid=5d0e2b7c41a94f3e8b6d9c12a07f3e55,timestamp=1795938070) t=38 good"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 htmlCacheUpdate Template:Server_box table=templatelinks recursive=1 rootJobIsSelf=1 rootJobSignature=8c3a1f2e9b7d4c51a0e6f2d8b3c7a914e5d0f6b2 rootJobTimestamp=20261129074110 causeAction=edit-page causeAgent=Tamsin namespace=10 title=Server_box requestId=e9b3d41c28a7e9b3d41c28a7 (uuid=0a7c22f1b8e94d3c9f5e1a2b6c7d8e90,timestamp=1795938071) STARTING"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 htmlCacheUpdate Template:Server_box table=templatelinks recursive=1 rootJobIsSelf=1 rootJobSignature=8c3a1f2e9b7d4c51a0e6f2d8b3c7a914e5d0f6b2 rootJobTimestamp=20261129074110 causeAction=edit-page causeAgent=Tamsin namespace=10 title=Server_box requestId=e9b3d41c28a7e9b3d41c28a7 (uuid=0a7c22f1b8e94d3c9f5e1a2b6c7d8e90,timestamp=1795938071) t=1874 good"),
			we("2026-11-29T07:41:24Z", Unknown, "", "2026-11-29 07:41:24 refreshLinks Network:VLAN_plan namespace=3002 title=VLAN_plan requestId=41c28a7e9b3d41c28a7e9b3d (uuid=9f5e1a2b6c7d8e900a7c22f1b8e94d3c,timestamp=1795937932) t=5012 error=Could not acquire lock on page #412."),
			we("2026-11-29T07:41:25Z", Unknown, "", "2026-11-29 07:41:25 Detected excessive memory usage (129761280/134217728)."),
		},
	},
	{
		name:   "mediawiki-debug-log-file",
		source: "MediaWiki's $wgDebugLogFile (LegacyLogger's wfDebug format: no time, no level; other channels as `[channel] msg`; Setup.php's one wfDebug call `\\n\\nStart request METHOD url\\nHTTP HEADERS:\\nNAME: value…`; `Request ended normally` at the end of each request): the webplatform docs page 'How MediaWiki backend sees an HTTP request' (found with find_string), MediaWiki's includes/debug/logger/LegacyLogger.php",
		why:    "no time on any line (Time 0); the request's header block is one record with its Start request line; `HOST:` is a request header and `db02…` the database server, neither the record's host",
		gap:    "the `HTTP HEADERS:` line and the `NAME: value` header lines under `Start request` are not joined to it: each becomes a record of its own",
		entries: []worldEntry{
			wskip("", ""),
			we("", Unknown, "",
				"Start request GET /index.php?title=Runbook:Backups&action=edit",
				"HTTP HEADERS:",
				"HOST: kb.harbourlane.example",
				"CONNECTION: keep-alive",
				"USER-AGENT: Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0",
				"ACCEPT-LANGUAGE: en-GB,en;q=0.8",
				"COOKIE: kbwiki_session=q8v1c5l2o9m3a7e4t6r0n2b8k1"),
			we("", Unknown, "", "[caches] main: APCUBagOStuff, message: APCUBagOStuff, parser: SqlBagOStuff"),
			we("", Unknown, "", "Connected to database 0 at db02.harbourlane.example"),
			we("", Unknown, "", "Title::getRestrictionTypes: applicable restrictions to [[Runbook:Backups]] are {edit,move}"),
			we("", Unknown, "", "OutputPage::sendCacheControl: private caching;  **"),
			we("", Unknown, "", "Request ended normally"),
		},
	},
	{
		name:   "siyuan-kernel-log",
		source: "SiYuan's kernel log (workspace temp/siyuan.log and its stdout: siyuan-note/logging's Go log.Logger with the prefix `T `/`D `/`I `/`W `/`E `/`F ` and Ldate|Ltime|Lshortfile, `L yyyy/MM/dd HH:mm:ss file.go:N: msg`; a fatal adds its short stack, each line indented four blanks; `kernel is booting:` with a `    * key [value]` list under it): siyuan-note/logging logging.go (read with the code search), siyuan-note/siyuan issues #8736 and #17863; the keys of the booting list after `ver` from memory",
		why:    "a one-letter level before a slashed date; the local time has no zone (UTC by the rules); `runtime.go:94:` is a file and line, no time; the booting list and the fatal's stack belong to their records; the peer address in the error is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"I 2026/11/29 07:41:16 runtime.go:94: kernel is booting:",
				"    * ver [3.4.2]",
				"    * arch [amd64]",
				"    * pid [2281]",
				"    * runtime mode [prod]",
				"    * working directory [/opt/siyuan/resources]",
				"    * read only [false]",
				"    * container [docker]",
				"    * workspace directory [/siyuan/workspace]"),
			we("2026-11-29T07:41:17Z", Info, "", "I 2026/11/29 07:41:17 serve.go:210: kernel [pid=2281] http server [0.0.0.0:6806] is booting"),
			we("2026-11-29T07:41:18Z", Debug, "", "D 2026/11/29 07:41:18 index.go:118: indexed [412] blocks of notebook [20261012093522-k4xq8ze] in [1.8s]"),
			we("2026-11-29T07:41:31Z", Warn, "", "W 2026/11/29 07:41:31 cloud.go:301: cloud storage usage [96%] is close to the quota"),
			we("2026-11-29T07:41:40Z", Error, "", "E 2026/11/29 07:41:40 repository.go:1120: sync data repo failed: dial tcp 10.40.2.33:443: i/o timeout"),
			we("2026-11-29T07:41:45Z", Critical, "",
				"F 2026/11/29 07:41:45 working.go:417: lock workspace [/siyuan/workspace] failed",
				"    github.com/siyuan-note/siyuan/kernel/util.initWorkspaceDir({0x0, 0x0})",
				"    \t/go/src/github.com/siyuan-note/siyuan/kernel/util/working.go:417 +0x2e5",
				"    github.com/siyuan-note/siyuan/kernel/util.Boot()",
				"    \t/go/src/github.com/siyuan-note/siyuan/kernel/util/working.go:134 +0x3a8",
				"    main.main()",
				"    \t/go/src/github.com/siyuan-note/siyuan/kernel/main.go:33 +0x25"),
		},
	},
	{
		name:   "siyuan-kernel-journal",
		source: "SiYuan's kernel run as a systemd service, read with journalctl (the BSD journal line with `SiYuan-Kernel[pid]:`, then SiYuan's own `L yyyy/MM/dd HH:mm:ss file.go:N: msg`): siyuan-note/siyuan issue #14168 (a pasted journal), siyuan-note/logging logging.go",
		why:    "the journal's time and SiYuan's zone-less time of the same second; the journal's host; the one-letter level after the tag; the client address in a message is no host",
		gap:    "the one-letter level (I, W, E, D) before SiYuan's own date after the journal's `SiYuan-Kernel[pid]:` tag is not read",
		entries: []worldEntry{
			we("2026-11-29T08:02:11Z", Info, "notebox", "Nov 29 08:02:11 notebox SiYuan-Kernel[1916]: I 2026/11/29 08:02:11 serve.go:210: kernel [pid=1916] http server [0.0.0.0:6806] is booting"),
			we("2026-11-29T08:02:12Z", Info, "notebox", "Nov 29 08:02:12 notebox SiYuan-Kernel[1916]: I 2026/11/29 08:02:12 working.go:262: workspace [/srv/siyuan/workspace] is ready"),
			we("2026-11-29T08:02:40Z", Warn, "notebox", "Nov 29 08:02:40 notebox SiYuan-Kernel[1916]: W 2026/11/29 08:02:40 session.go:58: auth code mismatch from [10.40.2.77], wait 3s"),
			we("2026-11-29T08:03:05Z", Error, "notebox", "Nov 29 08:03:05 notebox SiYuan-Kernel[1916]: E 2026/11/29 08:03:05 asset.go:842: copy asset [/srv/siyuan/workspace/data/assets/scan-a41c.pdf] failed: no space left on device"),
			we("2026-11-29T08:03:09Z", Debug, "notebox", "Nov 29 08:03:09 notebox SiYuan-Kernel[1916]: D 2026/11/29 08:03:09 sql.go:77: flushed [38] transactions in [212ms]"),
		},
	},
}

func TestFresh645Formats(t *testing.T) { assertTable(t, fresh645Cases) }
func TestFresh645Score(t *testing.T) {
	checkScore(t, "fresh645 formats", fresh645Cases, [worldNumFields]float64{81.1, 93.7, 93.7, 89.5})
}
