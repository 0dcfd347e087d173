package parse

import "testing"

// The eight-hundred-and-thirty-first fresh table: wikis and forums, the logs their operators
// really have. Each family is one product's own file: Pywikibot's rotating bot log (caller file,
// line and function padded before the level); MyBB's error log (an XML-like <error> block per
// error with a Unix dateline and the PHP error type); vBulletin's "Log Database Errors to a File"
// blocks (a banner, the SQL, then aligned `Request Date` and `Error Date` fields in a spelled-out
// 12-hour date); Parsoid through Wikimedia's service-runner (bunyan JSON with a numeric level and
// a levelPath); MediaWiki's $wgDBerrorLog (LegacyLogger's `D M j G:i:s T Y` date, host and wiki
// id, tab-separated); Askbot's basicConfig log (the source path first, then `TIME:` and `MSG:`,
// and no level); Apache JSPWiki's log4j TTCC file log (`%d [%t] %p %c %x - %m%n`); the Wikidata
// Query Service updater's logback console (a time of day only).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `mediawiki`, `wfDebug`, `dokuwiki`, `bookstack`, `wiki.js`,
// `wikijs`, `discourse`, `unicorn`, `phpbb`, `flarum`, `nodebb`, `xwiki`, `confluence`,
// `atlassian`, `moinmoin`, `tiddlywiki`, `outline`, `gollum`, `vanilla`, `mybb`, `smf`,
// `simple machines`, `invision`, `xenforo`, `lemmy`, `mastodon`, `misskey`, `jforum`, `jive`,
// `lithium`, `redmine`, `foswiki`, `twiki`, `tiki`, `bluespice`, `pmwiki`, `bbpress`,
// `vbulletin`, `phorum`, `fluxbb`, `punbb`, `kunena`, `askbot`, `apache answer`,
// `question2answer`, `hackmd`, `hedgedoc`, `codimd`, `etherpad`, `docmost`, `affine`, `siyuan`,
// `trilium`, `joplin`, `logseq`, `wikmd`, `otterwiki`, `gitit`, `ikiwiki`, `dendron`, `kbin`,
// `discuz`, `talkyard`, `misago`, `fider`, `pywikibot`, `caller_name`, `parsoid`, `restbase`,
// `service-runner`, `levelPath`, `kiwix`, `synchrony`, `joomla`, `JLog`, `dateline`,
// `<friendly_type>`, `Database error in`, `Error Date`, `DBerrorLog`, `wfLogDBError`, `G:i:s`,
// `TIME: … MSG:`, `jspwiki`, `org.apache.wiki`, `wikidata`, `blazegraph`, `RecentChangesPoller`,
// `jobrunner`, `runJobs`, `hslogger`. MediaWiki's debug log, its debug-log groups and runJobs
// output, DokuWiki's error log, BookStack, Wiki.js, Discourse's production.log and unicorn, Flarum,
// NodeBB, XWiki, Confluence, MoinMoin, Foswiki, TWiki, TiddlyWiki, Outline, HedgeDoc and Etherpad
// are measured already, so they were left out; MediaWiki's DB error log is a file of its own
// (LegacyLogger's wfLogDBError format, grepped by `wfLogDBError` and `DBerrorLog`: no hit).
// `jspwiki` matches only a grep list, `wikidata` and `blazegraph` a Blazegraph server log, not the
// updater, `Database error in` a dbt console line, `parsoid` nothing in parse. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Times without a zone (Pywikibot, vBulletin, Askbot, JSPWiki, the updater)
// are UTC; MyBB's dateline is Unix seconds; MediaWiki's DB error log writes the zone abbreviation
// of $wgDBerrorLogTZ (CET, +01:00), converted; Parsoid's time is ISO with Z; the updater writes a
// time of day only, on the clock's day. vBulletin's block carries the request's and the error's
// date, two versions of the record's time, and either is accepted (`a|b`). Levels only where the
// line marks one: Pywikibot's, JSPWiki's and the updater's level column; MyBB's friendly_type
// (Warning, Notice, MyBB SQL Error); Parsoid's bunyan number (30 info, 40 warn, 50 error, 60
// fatal=Critical). vBulletin's blocks, MediaWiki's DB error lines and Askbot's lines carry none.
// The host is the record's host field: MediaWiki's wfHostname() column and Parsoid's "hostname";
// the others write none (vBulletin's Script URL and IP Address are the request's, no host).
// Multi-line records: MyBB's and vBulletin's blocks (with their blank lines), Python tracebacks
// after Pywikibot's and Askbot's lines, Java stack traces after JSPWiki's and the updater's.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (vBulletin's separator rule; JSPWiki's use of the TTCC pattern; the updater's
// logback pattern). Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit cd08169 before any rule for it: level 91.7 %, time 75.0 %,
// host 100.0 %, records 83.3 %. That is the macro figure (micro: level 93.1 %, time 79.3 %, host
// 100.0 %, records 86.2 %), in a worktree at cd08169 with no change to trawl's code (only this file
// and table_test.go's list), 6 of 8 families fully right; the gaps are MyBB's and vBulletin's
// blocks: MyBB's <dateline> Unix seconds are not read, its `<error>` tag is read as the level
// instead of the friendly_type, and `</error>` after a back_trace is split off; vBulletin's block
// is cut at its first blank line and its spelled-out `Request Date`/`Error Date` is not read.

var fresh831Cases = []worldCase{
	{
		name:   "pywikibot-rotating-file-caller-columns",
		source: "Pywikibot's bot.init_handlers file handler: LoggingFormatter(fmt='%(asctime)s %(caller_file)18s, %(caller_line)4s in %(caller_name)18s: %(levelname)-8s %(message)s', datefmt='%Y-%m-%d %H:%M:%S') in pywikibot/bot.py (found by the format string in several copies of pywikibot); traceback after an exception's message as logging writes it",
		why:    "no milliseconds; the caller's file, line and function right-aligned in 18/4/18 columns before the level; a traceback follows an error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16             pwb.py,  112 in                run: INFO     Pywikibot r10.7.1 started for script interwikidata.py"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 07:41:17            comms.py,  389 in           _request: DEBUG    GET https://wiki.example.org/w/api.php?action=query&meta=userinfo 200"),
			we("2026-11-29T07:41:22Z", Warn, "", "2026-11-29 07:41:22   interwikidata.py,  201 in       treat_page: WARNING  Page [[en:Harbour seal]] is a redirect; skipping"),
			we("2026-11-29T07:41:30Z", Error, "", "2026-11-29 07:41:30             bot.py, 1612 in                run: ERROR    APIError: maxlag: Waiting for db12: 6 seconds lagged",
				"Traceback (most recent call last):",
				"  File \"/srv/pwb/pywikibot/bot.py\", line 1598, in run",
				"    self.treat(page)",
				"  File \"/srv/pwb/pywikibot/data/api/_requests.py\", line 1104, in submit",
				"    raise APIError(**error)",
				"pywikibot.exceptions.APIError: maxlag: Waiting for db12: 6 seconds lagged"),
		},
	},
	{
		name:   "mybb-error-log-xml-blocks",
		source: "MyBB's errorHandler::log_error in inc/class_error.php (mybb/mybb): `<error>\\n\\t<dateline>TIME_NOW</dateline>\\n\\t<script>…</script>\\n\\t<line>…</line>\\n\\t<type>…</type>\\n\\t<friendly_type>…</friendly_type>\\n\\t<message>…</message>\\n[\\t<back_trace>…</back_trace>\\n]</error>\\n\\n` appended with error_log(…, 3, errorloglocation); SQL errors as `SQL Error: n - msg\\nQuery: sql`",
		why:    "a block of tagged lines per error; the time is Unix seconds inside <dateline>; the level is the PHP error type's friendly name; a blank line ends each block; an SQL message spans two lines",
		gap:    "the Unix seconds in `\t<dateline>1795938076</dateline>` on the block's second line are not read (every block has no time); the level is read as Error from the `<error>` tag of the first line instead of the `<friendly_type>` (Warning, Notice; right only for MyBB SQL Error); after a `\t<back_trace>…</back_trace>` line the closing `</error>` is split off as an entry of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "",
				"<error>",
				"\t<dateline>1795938076</dateline>",
				"\t<script>inc/plugins/thankyoulike.php</script>",
				"\t<line>418</line>",
				"\t<type>2</type>",
				"\t<friendly_type>Warning</friendly_type>",
				"\t<message>Undefined array key \"tyl_pid\"</message>",
				"</error>",
				""),
			we("2026-11-29T07:42:03Z", Error, "",
				"<error>",
				"\t<dateline>1795938123</dateline>",
				"\t<script>inc/db_mysqli.php</script>",
				"\t<line>622</line>",
				"\t<type>20</type>",
				"\t<friendly_type>MyBB SQL Error</friendly_type>",
				"\t<message>SQL Error: 1054 - Unknown column 'p.tyl_count' in 'field list'",
				"Query: SELECT p.pid, p.tyl_count FROM mybb_posts p WHERE p.tid='4471'</message>",
				"\t<back_trace>File: showthread.php Line: 1190 Function: MyBB\\DB_MySQLi-&gt;query</back_trace>",
				"</error>",
				""),
			we("2026-11-29T07:44:50Z", Notice, "",
				"<error>",
				"\t<dateline>1795938290</dateline>",
				"\t<script>member.php</script>",
				"\t<line>2035</line>",
				"\t<type>8</type>",
				"\t<friendly_type>Notice</friendly_type>",
				"\t<message>Trying to access array offset on value of type null</message>",
				"</error>",
				""),
		},
	},
	{
		name:   "vbulletin-database-error-log-blocks",
		source: "vBulletin's database error message (`Database error in {appname} {version}:`, blank line, the SQL, blank line, then `MySQL Error   :`, `Error Number  :`, `Request Date  :`, `Error Date    :`, `Script        :`, `Referrer      :`, `IP Address    :`, `Username      :`, `Classname     :`, `MySQL Version :`) in vBulletin's database exception class as found by `Error Date    :`, and a pasted vBulletin error page (`Request Date  : Monday, March 19th 2018 @ 01:16:00 AM`); the errorlogdatabase option from wayneluke/vB5manual_content administration/AdminCP/settings/Options/errorhandling.md; the `=====` rule between logged blocks from memory",
		why:    "a multi-line block with blank lines inside; the time is a spelled-out 12-hour date with an ordinal day after `Request Date` and `Error Date`, not at the start; the Script URL and IP Address are the request's",
		gap:    "the block is cut at its first blank line: `Database error in vBulletin 4.2.5:` is an entry alone and the SQL and the aligned fields become entries of their own; the `Request Date  : Sunday, November 29th 2026 @ 07:41:15 AM` and `Error Date` times (weekday, month name, ordinal day, `@`, 12-hour clock with AM/PM) are not read, so the block's first line has no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z|2026-11-29T07:41:16Z", Unknown, "",
				"Database error in vBulletin 4.2.5:",
				"",
				"Invalid SQL:",
				"",
				"SELECT threadid, title FROM vb_thread WHERE forumid = 12 ORDER BY lastpost DESC LIMIT 0, 25;",
				"",
				"MySQL Error   : Table 'forumdb.vb_thread' is marked as crashed and should be repaired",
				"Error Number  : 145",
				"Request Date  : Sunday, November 29th 2026 @ 07:41:15 AM",
				"Error Date    : Sunday, November 29th 2026 @ 07:41:16 AM",
				"Script        : https://forum.example.net/forumdisplay.php?f=12",
				"Referrer      : https://forum.example.net/index.php",
				"IP Address    : 198.51.100.23",
				"Username      : kestrel_77",
				"Classname     : vB_Database_MySQLi",
				"MySQL Version : 5.7.44",
				"=====================================================",
				""),
			we("2026-11-29T07:52:40Z", Unknown, "",
				"Database error in vBulletin 4.2.5:",
				"",
				"Invalid SQL:",
				"",
				"INSERT INTO vb_session (sessionhash, userid, host) VALUES ('9f2c6e1a', 0, '203.0.113.77');",
				"",
				"MySQL Error   : Duplicate entry '9f2c6e1a' for key 'PRIMARY'",
				"Error Number  : 1062",
				"Request Date  : Sunday, November 29th 2026 @ 07:52:40 AM",
				"Error Date    : Sunday, November 29th 2026 @ 07:52:40 AM",
				"Script        : https://forum.example.net/showthread.php?t=88412",
				"Referrer      : ",
				"IP Address    : 203.0.113.77",
				"Username      : Unregistered",
				"Classname     : vB_Database_MySQLi",
				"MySQL Version : 5.7.44",
				"=====================================================",
				""),
			we("2026-11-29T11:03:09Z", Unknown, "",
				"Database error in vBulletin 4.2.5:",
				"",
				"Invalid SQL:",
				"",
				"UPDATE vb_user SET lastactivity = 1795950189 WHERE userid = 5521;",
				"",
				"MySQL Error   : Lock wait timeout exceeded; try restarting transaction",
				"Error Number  : 1205",
				"Request Date  : Sunday, November 29th 2026 @ 11:03:09 AM",
				"Error Date    : Sunday, November 29th 2026 @ 11:03:09 AM",
				"Script        : https://forum.example.net/private.php?do=newpm",
				"Referrer      : https://forum.example.net/member.php?u=5521",
				"IP Address    : 192.0.2.140",
				"Username      : marram_grass",
				"Classname     : vB_Database_MySQLi",
				"MySQL Version : 5.7.44",
				"=====================================================",
				""),
		},
	},
	{
		name:   "parsoid-service-runner-bunyan-levelpath",
		source: "Parsoid under wikimedia/service-runner: bunyan JSON `{\"name\":\"parsoid\",\"hostname\":…,\"pid\":…,\"level\":30,\"levelPath\":\"info/service-runner\",\"msg\":…,\"time\":\"…Z\",\"v\":0}` (a pasted systemd status of parsoid.service, found by `\"name\":\"parsoid\"`); logging to a file: wikimedia/service-runner PR #157; bunyan's numbers (30 info, 40 warn, 50 error, 60 fatal) from memory",
		why:    "a JSON line whose level is a number and whose levelPath repeats it as a word; hostname is the record's host; the time key comes last",
		entries: []worldEntry{
			we("2026-11-29T07:41:10.607Z", Info, "wiki-ve01", `{"name":"parsoid","hostname":"wiki-ve01","pid":11048,"level":30,"levelPath":"info/service-runner","msg":"master(11048) initializing 4 workers","time":"2026-11-29T07:41:10.607Z","v":0}`),
			we("2026-11-29T07:41:12.113Z", Info, "wiki-ve01", `{"name":"parsoid","hostname":"wiki-ve01","pid":11061,"level":30,"levelPath":"info","msg":"loading ...","time":"2026-11-29T07:41:12.113Z","v":0}`),
			we("2026-11-29T07:43:55.420Z", Warn, "wiki-ve01", `{"name":"parsoid","hostname":"wiki-ve01","pid":11061,"level":40,"logType":"warn/api","wiki":"examplewiki","title":"Harbour_seal","oldId":88213,"levelPath":"warn/api","msg":"Failed API request, {\"error\":{\"code\":\"ratelimited\"},\"retries-remaining\":1}","time":"2026-11-29T07:43:55.420Z","v":0}`),
			we("2026-11-29T07:44:01.009Z", Error, "wiki-ve01", `{"name":"parsoid","hostname":"wiki-ve01","pid":11061,"level":50,"levelPath":"error/request","msg":"Request timed out after 60000 ms","stack":"Error: Request timed out\n    at Timeout._onTimeout (/srv/parsoid/lib/api/apiUtils.js:622:13)","time":"2026-11-29T07:44:01.009Z","v":0}`),
			we("2026-11-29T07:44:02.510Z", Critical, "wiki-ve01", `{"name":"parsoid","hostname":"wiki-ve01","pid":11048,"level":60,"levelPath":"fatal/service-runner/master","msg":"worker 11061 died (1), restarting","time":"2026-11-29T07:44:02.510Z","v":0}`),
		},
	},
	{
		name:   "mediawiki-dberror-log-legacylogger-tz",
		source: "MediaWiki's $wgDBerrorLog through LegacyLogger::formatAsWfLogDBError: `$d->format('D M j G:i:s T Y')` in $wgDBerrorLogTZ, then `{$date}\\t{$host}\\t{$wiki}\\t{$message}\\n` with wfHostname() and the wiki id (includes/debug/logger/LegacyLogger.php, found by the format string)",
		why:    "a weekday-first date with an unpadded hour and the zone abbreviation before the year; tab-separated host and wiki id; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mw-app03", "Sun Nov 29 8:41:16 CET 2026\tmw-app03\tdewiki\tError connecting to 10.64.16.22: Too many connections"),
			we("2026-11-29T07:41:16Z", Unknown, "mw-app03", "Sun Nov 29 8:41:16 CET 2026\tmw-app03\tdewiki\tWikimedia\\Rdbms\\LoadBalancer::getReaderIndex: all replica DBs lagged. Switch to read-only mode"),
			we("2026-11-29T09:02:55Z", Unknown, "mw-app07", "Sun Nov 29 10:02:55 CET 2026\tmw-app07\tdewiki-wiki_\tWikimedia\\Rdbms\\Database::reportQueryError: Error 1213 from WikiPage::doUpdateRestrictions, Deadlock found when trying to get lock; try restarting transaction (db-s4)"),
		},
	},
	{
		name:   "askbot-basicconfig-pathname-time-msg",
		source: "Askbot's settings template: logging.basicConfig(filename=…/log/askbot.log, level=logging.CRITICAL, format='%(pathname)s TIME: %(asctime)s MSG: %(filename)s:%(funcName)s:%(lineno)d %(message)s') (askbot setup_templates settings.py, found by the format string; OSQA writes the same); traceback after logging.exception as logging writes it",
		why:    "the source file's full path comes first and the time only after `TIME:`; the format has no level; a traceback follows an exception",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Unknown, "", "/srv/askbot/venv/lib/python3.10/site-packages/askbot/views/readers.py TIME: 2026-11-29 07:41:16,118 MSG: readers.py:question:540 question 8812 was deleted, redirecting user 3107"),
			we("2026-11-29T07:42:40.902Z", Unknown, "", "/srv/askbot/venv/lib/python3.10/site-packages/askbot/mail/__init__.py TIME: 2026-11-29 07:42:40,902 MSG: __init__.py:send_mail:112 could not send notification to moderator@forum.example.org",
				"Traceback (most recent call last):",
				"  File \"/srv/askbot/venv/lib/python3.10/site-packages/askbot/mail/__init__.py\", line 104, in send_mail",
				"    msg.send()",
				"ConnectionRefusedError: [Errno 111] Connection refused"),
			we("2026-11-29T07:45:03.377Z", Unknown, "", "/srv/askbot/venv/lib/python3.10/site-packages/askbot/models/question.py TIME: 2026-11-29 07:45:03,377 MSG: question.py:update_tags:631 tag 'harbour-seals' blocked by moderation"),
		},
	},
	{
		name:   "jspwiki-log4j-ttcc-file-log",
		source: "the log4j TTCC conversion pattern `%d [%t] %p %c %x - %m%n` (apache log4php's TTCC_CONVERSION_PATTERN and log4j PatternLayout uses, found by the pattern); JSPWiki's jspwiki.log using it, from memory",
		why:    "ISO date with a comma before the millis; the thread in brackets before a bare level; an empty NDC leaves two spaces before the dash; a Java stack trace follows an error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 [main] INFO org.apache.wiki.WikiEngine  - Starting JSPWiki 2.12.2"),
			we("2026-11-29T07:41:17.530Z", Warn, "", "2026-11-29 07:41:17,530 [main] WARN org.apache.wiki.search.LuceneSearchProvider  - Lucene index at /var/jspwiki/workdir/lucene is out of date, rebuilding"),
			we("2026-11-29T07:43:02.118Z", Error, "", "2026-11-29 07:43:02,118 [http-nio-8080-exec-7] ERROR org.apache.wiki.providers.VersioningFileProvider  - Unable to save page HarbourSeals",
				"java.nio.file.AccessDeniedException: /var/jspwiki/pages/OLD/HarbourSeals/page.properties",
				"\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:90)",
				"\tat org.apache.wiki.providers.VersioningFileProvider.putPageText(VersioningFileProvider.java:311)",
				"\tat org.apache.wiki.pages.DefaultPageManager.putPageText(DefaultPageManager.java:205)"),
			we("2026-11-29T07:43:05.001Z", Debug, "", "2026-11-29 07:43:05,001 [http-nio-8080-exec-2] DEBUG org.apache.wiki.auth.DefaultAuthenticationManager  - Logged in user 'tern_watcher' from session 5D1E0A77"),
		},
	},
	{
		name:   "wdqs-updater-logback-time-of-day",
		source: "the Wikidata Query Service updater (runUpdate.sh) logback console pattern `%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n`, from memory (org.wikidata.query.rdf.tool.Update, o.w.q.r.t.change.RecentChangesPoller abbreviated to 36 characters); the poller's `Got no real changes` message: wmde/wikibase-suite issue #962",
		why:    "a time of day with millis and no date (on the clock's day); the level padded to five; abbreviated logger; a Java stack trace follows an error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.052Z", Info, "", "07:41:16.052 [main] INFO  org.wikidata.query.rdf.tool.Update - Starting Updater 0.3.137 (2f6e0c1) --wikibaseHost wikibase.example.org"),
			we("2026-11-29T07:41:18.490Z", Info, "", "07:41:18.490 [main] INFO  o.w.q.r.t.change.RecentChangesPoller - Got 14 changes, from Q48812@991204@20261129074102|8812 to Q50133@991217@20261129074117|8825"),
			we("2026-11-29T07:41:31.003Z", Warn, "", "07:41:31.003 [update 3] WARN  o.w.q.rdf.tool.wikibase.WikibaseRepository - Retrying fetch of https://wikibase.example.org/wiki/Special:EntityData/Q50133.ttl after 503"),
			we("2026-11-29T07:41:44.719Z", Error, "", "07:41:44.719 [main] ERROR org.wikidata.query.rdf.tool.Update - Error during updater run.",
				"java.lang.RuntimeException: org.wikidata.query.rdf.tool.exception.ContainedException: Non-200 response from triple store: HTTP/1.1 500 Server Error",
				"\tat org.wikidata.query.rdf.tool.Updater.handleChanges(Updater.java:249)",
				"\tat org.wikidata.query.rdf.tool.Updater.run(Updater.java:141)",
				"Caused by: org.wikidata.query.rdf.tool.exception.ContainedException: Non-200 response from triple store: HTTP/1.1 500 Server Error",
				"\t... 2 common frames omitted"),
		},
	},
}

func TestFresh831Formats(t *testing.T) { assertTable(t, fresh831Cases) }
func TestFresh831Score(t *testing.T) {
	checkScore(t, "fresh831 formats", fresh831Cases, [worldNumFields]float64{91.6, 74.9, 99.9, 83.2})
}
