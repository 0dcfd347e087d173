package parse

import "testing"

// The seven-hundred-and-twenty-fourth fresh table: bug trackers and project management servers, the
// logs their admins attach to tickets, in shapes no earlier table holds. Each family is one
// product's documented or observed output: Jira's Tomcat access log (the client, the request id
// `521x4120x1` and the user before a CLF time) and its atlassian-jira-security.log (the eight
// columns with no level); Confluence's conf_access_log (the bracketed CLF time first, nothing
// quoted, the duration with `ms`); Bugzilla (BMO) through Log::Log4perl's text layout (the level
// cut to five, NOTIC, a slashed time in brackets, `at FILE line N (Sub)` closing the record);
// Phorge's Aphlict notification server (Node's toLocaleString in brackets, an uncaught exception's
// empty line and stack under it); YouTrack's Docker console (untimed `* …` bullets after a
// banner); Redmine in the Passenger image under docker-compose (the service, `App N output:`, then
// Ruby's Logger); Taiga's taiga-events console (winston's `[LEVEL] - [time]: msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`redmine`, `redmine.log`, `Current user:`, `Processing by`,
// `Started GET`, `App [0-9]* output:`, `Rails`, `passenger`, `puma`, `unicorn`, `bugzilla`,
// `Bugzilla::`, `ProcessBugmail`, `checksetup`, `collectstats`, `whine`, `jobqueue`,
// `jobqueue.pl`, `TheSchwartz`, `mod_perl`, `log4perl`, `Mozlog`, `"EnvVersion"`, `NOTIC [`,
// `INFO  [2026/11/29`, `jira`, `atlassian`, `atlassian-jira.log`, `outgoing-mail`, `mailitem`,
// `http-access`, `localhost_access`, `catalina`, `PASSED authentication`, `FAILED authentication`,
// `Failure count equals`, a `NxNxN user [` request id before a CLF time, `confluence`,
// `conf_access`, `http-nio-8090`, a `[dd/Mon/yyyy:… ±hhmm] user http-nio` opening, `synchrony`,
// `taiga`, `taiga-events`, `New WS connection`, `] - [2026-11-29`, `celery`, `gunicorn`,
// `django`, `mantis`, `trac`, `Trac[`, `trac.log`, `tracd`, `Server starting in PID`,
// `Serving on 0.0.0.0`, `[29/Nov/2026 07`, `youtrack`, `Starting YouTrack`,
// `Configuring JetBrains`, `runtime environment is successfully configured`,
// `Service-Container[`, `jetbrains hub`, `openproject`, `good_job`, `delayed_job`, `ActiveJob`,
// `Sidekiq`, `phabricator`, `phd`, `aphlict`, `UNCAUGHT EXCEPTION`, `GMT+0000 (`, `AM] `, a
// `[M/D/2026, h:mm:ss AM]` opening, `kanboard`, `focalboard`, `Server.Start`, `caller=`,
// `caller="`, ` Z] `, `planka`, `wekan`, `leantime`, `taskcafe`, `taskwarrior`, `plane`, `vikunja`,
// `huly`, `tuleap`, `fossil`, `gitlab`, `gitea`, `otrs`, `znuny`, `request tracker`, `rt_`,
// `zammad`, `osticket`, `bugsnag`, `sentry`, `ProcessWebhook`, `nuxt`, `Hub`, `x1 `). Jira is in
// the holdout table only by atlassian-jira.log, Confluence in fresh15's only by
// atlassian-confluence.log, Taiga in fresh125's only by taiga-back's gunicorn console; Redmine,
// Bugzilla, YouTrack and Aphlict appear only in other tables' grep lists or as the sites of other
// families' sources (redmine.lighttpd.net, bug reports on bugzilla, `youtrackdb`); `App N
// output:` matches Passenger with plain Rails lines, and the `[11/29/2026, 8:14:02 AM] INFO:`
// opening another Node product with a level word and an ASCII space before AM. Left out as
// measured already: Jira's atlassian-jira.log, Confluence's atlassian-confluence.log, taiga-back's
// gunicorn console, Trac's log file, MantisBT's file log, Kanboard, OpenProject's production.log,
// Zammad, OTRS, Znuny, RT, GLPI, Bitbucket, Bamboo, Gerrit, Rails' simple-formatter production.log
// (so Redmine's plain one) and tracd's http.server access lines. Left out as not confirmed by any
// search in the time given: YouTrack's youtrack.log (its log4j pattern was cut off in the
// documentation found), Jira's outgoing-mail log, OpenProject's good_job worker, BMO's Mozilla JSON
// layout, Focalboard, Planka, Wekan and Leantime. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Jira's access and security logs carry +0100 and Confluence's -0500: both
// are converted. Bugzilla's log4perl time, Aphlict's locale string, Taiga's winston time and
// Redmine's Ruby Logger stamp have no zone and are taken as UTC; Aphlict's is month-first with a
// 12-hour clock and a narrow no-break space before AM. YouTrack's console lines carry no time and
// must get none. Levels only where the line marks one: log4perl's padded or cut word (NOTIC is
// Notice, FATAL Critical), Ruby's Logger word, winston's bracketed upper-case word; the access
// logs' statuses, the security log's PASSED and FAILED, Aphlict's and YouTrack's lines carry none.
// No family has a host field: clients' IPs, threads, the compose service `redmine_1`, Passenger's
// `App 87`, Listener ids, WebSocket client uuids and the hostnames in messages are no hosts. A
// record that spans lines is one entry: the Carp trace under Bugzilla's ERROR, and Aphlict's
// uncaught exception with its empty line and Node stack. YouTrack's warning banner is fed but not
// scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages") and read_file; no family rests on memory
// alone, and the details that do (Jira's HttpSession messages, the Carp trace, the U+202F, Redmine's
// mailer line) are marked "from memory" in their sources. Hosts, ids, addresses, users and messages
// are invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 97.5 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 97.7 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 7
// of 8 families fully right; the gap is Aphlict's uncaught exception, which trawl cuts at its empty
// line, leaving the Error line and Node stack unjoined to the bracketed line above them.

var fresh724Cases = []worldCase{
	{
		name:   "jira-tomcat-access-log-request-id",
		source: "Jira Server/Data Center's Tomcat access log (logs/access_log.yyyy-mm-dd, the AccessLogValve pattern `%a %{jira.request.id}r %{jira.request.username}r %t \"%m %U%q %H\" %s %b %D \"%{Referer}i\" \"%{User-Agent}i\" \"%{jira.request.assession.id}r\"`): confluence.atlassian.com adminjiraserver 'Log format' (940696477) and jirakb 'How to parse Access Log in Jira for audit purposes'; community.atlassian.com 'access_log format help' (a pasted line and the server.xml comment)",
		why:    "the client's IP, then the request id `521x4120x1` (minutes since midnight x request number x users) and the user before a CLF time with an offset (+0100 converted); the client is a peer, no host; the status is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `10.20.4.17 521x4120x1 alice [29/Nov/2026:08:41:16 +0100] "GET /browse/OPS-412 HTTP/1.1" 200 18342 87 "https://jira.harbourline.example/secure/Dashboard.jspa" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0" "1qk2v7a"`),
			we("2026-11-29T07:41:18Z", Unknown, "", `10.20.7.33 521x4121x2 - [29/Nov/2026:08:41:18 +0100] "GET /rest/api/2/serverInfo HTTP/1.1" 200 412 6 "-" "curl/8.11.0" "-"`),
			we("2026-11-29T07:42:03Z", Unknown, "", `10.20.4.17 522x4133x2 alice [29/Nov/2026:08:42:03 +0100] "POST /rest/api/2/issue/OPS-412/comment HTTP/1.1" 201 1893 244 "https://jira.harbourline.example/browse/OPS-412" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0" "1qk2v7a"`),
			we("2026-11-29T07:42:40Z", Unknown, "", `198.51.100.23 522x4140x1 - [29/Nov/2026:08:42:40 +0100] "POST /rest/auth/1/session HTTP/1.1" 401 152 31 "-" "python-requests/2.32.3" "-"`),
			we("2026-11-29T07:44:12Z", Unknown, "", `10.20.5.8 524x4188x3 bjensen [29/Nov/2026:08:44:12 +0100] "GET /secure/RapidBoard.jspa?rapidView=42&projectKey=OPS HTTP/1.1" 500 7120 1204 "https://jira.harbourline.example/projects/OPS" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15" "9zt4ke"`),
		},
	},
	{
		name:   "jira-security-log-no-level",
		source: "Jira's atlassian-jira-security.log (eight columns: `yyyy-MM-dd HH:mm:ss,SSS±hhmm thread user request-id asession-id ip url message`, no level column; `The user '…' has PASSED authentication.`, `login : '…' tried to login but …`): confluence.atlassian.com jirakb 'How to analyze the atlassian-jira-security.log file'; community.atlassian.com FAQ 2414521 (pasted security log lines); the HttpSession messages from memory",
		why:    "a comma time with a +0100 offset glued to the milliseconds; the thread, user, request id, session hash, IP and URL columns before the message; FAILED and PASSED are message words, no level; the IP is the client's",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.47Z", Unknown, "", "2026-11-29 08:41:12,470+0100 http-nio-8080-exec-14 alice 521x4118x1 1qk2v7a 10.20.4.17 /login.jsp The user 'alice' has PASSED authentication."),
			we("2026-11-29T07:41:12.481Z", Unknown, "", "2026-11-29 08:41:12,481+0100 http-nio-8080-exec-14 alice 521x4118x1 1qk2v7a 10.20.4.17 /login.jsp HttpSession created [1qk2v7a]"),
			we("2026-11-29T07:42:39.906Z", Unknown, "", "2026-11-29 08:42:39,906+0100 http-nio-8080-exec-3 anonymous 522x4139x1 5m1x0c 198.51.100.23 /rest/auth/1/session login : 'svc-deploy' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie."),
			we("2026-11-29T07:42:39.921Z", Unknown, "", "2026-11-29 08:42:39,921+0100 http-nio-8080-exec-3 anonymous 522x4139x1 5m1x0c 198.51.100.23 /rest/auth/1/session The user 'svc-deploy' has FAILED authentication.  Failure count equals 4"),
			we("2026-11-29T07:47:05.118Z", Unknown, "", "2026-11-29 08:47:05,118+0100 http-nio-8080-exec-22 bjensen 527x4302x2 9zt4ke 10.20.5.8 /logout HttpSession [9zt4ke] destroyed for 'bjensen'"),
		},
	},
	{
		name:   "confluence-conf-access-log-bracket-first",
		source: "Confluence 7.11+'s conf_access_log<date>.log (Tomcat AccessLogValve, default pattern `%t %{X-AUSERNAME}o %I %h %r %s %Dms %b %{Referer}i %{User-Agent}i`: the bracketed CLF time first, then user, thread, client, the unquoted request line, status, duration with `ms`, bytes, referer and user agent): confluence.atlassian.com 'Configure access logs' (CONF88, conf720, conf84) and confkb 'Audit Confluence Using the Tomcat Valve Component' (its example lines)",
		why:    "the CLF time in brackets opens the line, with a -0500 offset to convert; `http-nio-8090-exec-6` is a thread and the IP a client, neither a host; nothing is quoted; the epoch milliseconds in a query string are no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[29/Nov/2026:02:41:16 -0500] alice http-nio-8090-exec-6 10.20.4.17 GET /display/OPS/Runbooks HTTP/1.1 200 412ms 28114 https://wiki.harbourline.example/dashboard.action Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[29/Nov/2026:02:41:17 -0500] - http-nio-8090-exec-2 10.20.7.33 GET /status HTTP/1.1 200 3ms 20 - kube-probe/1.31"),
			we("2026-11-29T07:41:21Z", Unknown, "", "[29/Nov/2026:02:41:21 -0500] alice http-nio-8090-exec-9 10.20.4.17 POST /rest/api/content/884211/child/comment HTTP/1.1 200 198ms 2240 https://wiki.harbourline.example/display/OPS/Runbooks Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"),
			we("2026-11-29T07:41:22Z", Unknown, "", "[29/Nov/2026:02:41:22 -0500] alice http-nio-8090-exec-4 10.20.4.17 GET /rest/quickreload/latest/884211?since=1795930881000&_=1795930875412 HTTP/1.1 204 9ms - https://wiki.harbourline.example/display/OPS/Runbooks Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"),
			we("2026-11-29T07:43:05Z", Unknown, "", "[29/Nov/2026:02:43:05 -0500] bjensen http-nio-8090-exec-14 10.20.5.8 GET /pages/viewpage.action?pageId=884299 HTTP/1.1 404 57ms 9812 - Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"),
		},
	},
	{
		name:   "bugzilla-bmo-log4perl-text-level-cut-five",
		source: "Bugzilla (BMO, mozilla-bteam/bmo) through Log::Log4perl's text layout, as its jobqueue worker writes to a terminal and the dev bugzilla.log (`%-5.5p [%d] [%c] %m{chomp} at %F line %L (%M)%n`; Bugzilla::Logging adds a NOTICE level, cut to NOTIC by %-5.5p): mozilla-bteam/bmo conf/log4perl-dev.conf, conf/log4perl-syslog.conf (the Screen appender) and Bugzilla/Logging.pm (found with the code search); PRs #458 and #497 (the jobqueue's logging). log4perl's %d is `yyyy/MM/dd HH:mm:ss`; the Carp trace under the ERROR from memory",
		why:    "the level padded or cut to five (NOTIC is Notice, FATAL is Critical) before a bracketed slashed local time with no zone (UTC by the rules); the category in brackets; `at FILE line N (Sub)` closes the record, after a Carp trace when the message has one",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "INFO  [2026/11/29 07:41:16] [Bugzilla.JobQueue.Worker] worker 4120 starting, queue send_bugmail at /app/Bugzilla/JobQueue/Worker.pm line 61 (Bugzilla::JobQueue::Worker::start)"),
			we("2026-11-29T07:41:16Z", Debug, "", "DEBUG [2026/11/29 07:41:16] [Bugzilla.Memcached] using memcached servers 10.20.9.4:11211 10.20.9.5:11211 at /app/Bugzilla/Memcached.pm line 48 (Bugzilla::Memcached::_new)"),
			we("2026-11-29T07:41:22Z", Notice, "", "NOTIC [2026/11/29 07:41:22] [Bugzilla.Auth] login failure for ines@harbourline.example from 203.0.113.9 (3 of 5) at /app/Bugzilla/Auth.pm line 199 (Bugzilla::Auth::_handle_login_result)"),
			we("2026-11-29T07:41:40Z", Warn, "", "WARN  [2026/11/29 07:41:40] [Bugzilla.BugMail] bug 1998412: recipient oskar@harbourline.example has bounced 12 times, mail disabled at /app/Bugzilla/BugMail.pm line 388 (Bugzilla::BugMail::_send_mail)"),
			we("2026-11-29T07:42:03Z", Error, "",
				"ERROR [2026/11/29 07:42:03] [Bugzilla.JobQueue.Worker] job 88412 (send_bugmail) failed: cannot connect to SMTP server smtp.harbourline.example:25 at /app/Bugzilla/Mailer.pm line 211.",
				"\tBugzilla::Mailer::MessageToMTA(\"From: bugzilla-daemon\\x{a}To: oskar\\@harbourline.example\\x{a}\"...) called at /app/Bugzilla/BugMail.pm line 402",
				"\tBugzilla::BugMail::_send_mail(HASH(0x55d0c1a2e8f0)) called at /app/Bugzilla/JobQueue/Runner.pm line 77 at /app/Bugzilla/JobQueue/Worker.pm line 58 (Bugzilla::JobQueue::Worker::work_once)"),
			we("2026-11-29T07:43:10Z", Critical, "", "FATAL [2026/11/29 07:43:10] [Bugzilla.DB] cannot connect to database bugs on db-bmo.harbourline.example: Too many connections at /app/Bugzilla/DB.pm line 1288 (Bugzilla::DB::_connect)"),
		},
	},
	{
		name:   "phorge-aphlict-log-locale-string",
		gap:    "an empty line ends a record: the Error line and Node stack after the empty line under `<<< UNCAUGHT EXCEPTION! >>>` are not joined to the bracketed line above them",
		source: "Phabricator/Phorge's notification server Aphlict (aphlict.log and its console: AphlictLog.js writes `'[' + new Date().toLocaleString() + '] ' + msg`, Node's en-US `M/D/YYYY, h:mm:ss AM`, with a narrow no-break space before AM under ICU 72+; `Started Server (PID %d)`, `<Listener/N…> Connected from %s.`, the uncaught-exception handler's `\\n<<< UNCAUGHT EXCEPTION! >>>\\n\\n` + stack): phacility/phabricator support/aphlict/server/aphlict_server.js, lib/AphlictLog.js, lib/AphlictClientServer.js and lib/AphlictListener.js (found with find_files and read_file); the U+202F from memory",
		why:    "a month-first slashed date, a comma and a 12-hour time with AM after a narrow no-break space, local and zone-less (UTC by the rules); no level; the client address is a peer; the uncaught exception's empty line and Node stack belong to the bracketed line above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[11/29/2026, 7:41:16\u202fAM] Started Server (PID 4120)"),
			we("2026-11-29T07:41:52Z", Unknown, "", "[11/29/2026, 7:41:52\u202fAM] <Listener/1/> Connected from ::ffff:10.20.4.17."),
			we("2026-11-29T07:41:52Z", Unknown, "", "[11/29/2026, 7:41:52\u202fAM] <Listener/1/> Received message: {\"command\":\"subscribe\",\"data\":[\"PHID-USER-x7k2qlmd3vfa\",\"PHID-PROJ-c4n8tq2wzh1e\"]}"),
			we("2026-11-29T07:44:30Z", Unknown, "", "[11/29/2026, 7:44:30\u202fAM] <Listener/1/> Disconnected."),
			we("2026-11-29T07:58:03Z", Unknown, "",
				"[11/29/2026, 7:58:03\u202fAM] ",
				"<<< UNCAUGHT EXCEPTION! >>>",
				"",
				"Error: listen EADDRINUSE: address already in use 0.0.0.0:22280",
				"    at Server.setupListenHandle [as _listen2] (node:net:1908:16)",
				"    at listenInCluster (node:net:1965:12)",
				"    at doListen (node:net:2139:7)",
				"    at process.processTicksAndRejections (node:internal/process/task_queues:83:21)"),
		},
	},
	{
		name:   "youtrack-docker-console-untimed-bullets",
		source: "JetBrains YouTrack's Docker image on `docker logs` (the launcher's warning banner about unmapped volumes, `Starting YouTrack...`, then `* Configuring JetBrains YouTrack …`, `* Loading logging configuration from …`, `* Redirecting … logging to …` bullets with a trailing blank, no time and no level; the application's own logs go to files): Websoft9/docker-library issues #1039, #831 and #1158 (pasted docker logs), dzwicker/docker-youtrack issue #15",
		why:    "lines with no time and no level are records of their own and must get none, never a neighbour's time; the banner is fed but not scored; the hostname 'localhost' in a message is no host",
		entries: []worldEntry{
			wskip("=== WARNING! WARNING! WARNING! ========================================================================== (start warning)",
				"Non-anonymous volume should has been mapped to folder /opt/youtrack/conf inside container in non-demo environment.",
				"(as well as non-anonymous volumes to directories /opt/youtrack/data, /opt/youtrack/logs and /opt/youtrack/backups).",
				"=========================================================================================================== (end warning)"),
			we("", Unknown, "", "Starting YouTrack..."),
			we("", Unknown, "", "* Configuring JetBrains YouTrack 2026.3 "),
			we("", Unknown, "", "* Made default base-url 'http://localhost:8080/' from hostname 'localhost' and listen port '8080' "),
			we("", Unknown, "", "* Loading logging configuration from /opt/youtrack/lib/ext/log4j.xml "),
			we("", Unknown, "", "* Redirecting JetBrains YouTrack 2026.3 logging to /opt/youtrack/logs/internal/services/bundleProcess "),
			we("", Unknown, "", "* Starting Service-Container[bundleProcess] "),
		},
	},
	{
		name:   "redmine-passenger-compose-ruby-logger",
		source: "Redmine 5 in the Passenger image under docker-compose (`redmine_1  | App N output: ` before Ruby's Logger `L, [ISO #pid] LEVEL -- : msg`; Redmine's `  Current user: …` line and the `Creating scope :system` warning): HugoHasenbein/redmine_auto_resubmission issue #2 (a pasted `app_1  | App 132 output: I, […]  INFO -- : Started PATCH …` log), docker-library/redmine issue #217 (the WARN line), phlegx/redmine_gitlab_hook issue #42; the mailer's `Email delivery error:` line from memory",
		why:    "the compose service and Passenger's `App 87 output:` come before Ruby's Logger line: the time is the ISO one inside the brackets (the `at … +0000` of a Started line is the same second), the level the word after it; the service name is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118204Z", Info, "", `redmine_1  | App 87 output: I, [2026-11-29T07:41:16.118204 #87]  INFO -- : Started GET "/issues/4120" for 10.20.4.17 at 2026-11-29 07:41:16 +0000`),
			we("2026-11-29T07:41:16.121877Z", Info, "", "redmine_1  | App 87 output: I, [2026-11-29T07:41:16.121877 #87]  INFO -- : Processing by IssuesController#show as HTML"),
			we("2026-11-29T07:41:16.180553Z", Info, "", "redmine_1  | App 87 output: I, [2026-11-29T07:41:16.180553 #87]  INFO -- :   Current user: mhalvorsen (id=17)"),
			we("2026-11-29T07:41:16.402118Z", Info, "", "redmine_1  | App 87 output: I, [2026-11-29T07:41:16.402118 #87]  INFO -- : Completed 200 OK in 284ms (Views: 201.4ms | ActiveRecord: 41.2ms | Allocations: 88213)"),
			we("2026-11-29T07:41:30.004512Z", Warn, "", "redmine_1  | App 87 output: W, [2026-11-29T07:41:30.004512 #87]  WARN -- : Creating scope :system. Overwriting existing method Enumeration.system."),
			we("2026-11-29T07:41:31.552901Z", Error, "", "redmine_1  | App 87 output: E, [2026-11-29T07:41:31.552901 #87] ERROR -- : Email delivery error: Net::ReadTimeout with #<TCPSocket:(closed)>"),
		},
	},
	{
		name:   "taiga-events-winston-console-level-first",
		source: "Taiga 6's taiga-events container on `docker logs` (src/logger/index.js: winston's printf `[${LEVEL}] - [${timestamp}]: ${message}` with the timestamp `YYYY-MM-DD HH:mm:ss`, used when NODE_ENV is not production, which the image's Dockerfile does not set; messages from src/index.js and src/ws/client.js): taigaio/taiga-events src/logger/index.js, src/index.js, src/ws/client.js and docker/Dockerfile (found with find_files and read_file)",
		why:    "the upper-case level in brackets first, a dash, then a bracketed zone-less time (UTC by the rules) and a colon; the WebSocket client ids are uuids, no hosts; the RabbitMQ address in a message is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[INFO] - [2026-11-29 07:41:16]: WS server is started"),
			we("2026-11-29T07:41:16Z", Info, "", "[INFO] - [2026-11-29 07:41:16]: Liveness / Readiness server was started in http://localhost:3023/healthz"),
			we("2026-11-29T07:41:40Z", Info, "", "[INFO] - [2026-11-29 07:41:40]: New WS connection: 3c9a7e12-5b4d-4f0a-9e21-7d8c6b5a4f13"),
			we("2026-11-29T07:41:40Z", Info, "", `[INFO] - [2026-11-29 07:41:40]: New message: {"cmd":"subscribe","routing_key":"changes.project.14.userstories"}`),
			we("2026-11-29T07:43:55Z", Error, "", "[ERROR] - [2026-11-29 07:43:55]: read ECONNRESET"),
			we("2026-11-29T07:44:02Z", Warn, "", `[WARN] - [2026-11-29 07:44:02]: Unhandled Rejection: "Error: connect ECONNREFUSED 172.18.0.4:5672"`),
		},
	},
}

func TestFresh724Formats(t *testing.T) { assertTable(t, fresh724Cases) }
func TestFresh724Score(t *testing.T) {
	checkScore(t, "fresh724 formats", fresh724Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 97.4})
}
