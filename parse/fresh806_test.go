package parse

import "testing"

// The eight-hundred-and-sixth fresh table: education and research platforms. Each family is one
// product's own log as its operators read it: Open edX's edx.log written by rsyslog from the
// platform's SysLogHandler format (`[service_variant=lms][logger][env:…] LEVEL [host  pid]`, a
// traceback folded into the line with #012); Overleaf's CLSI service as bunyan JSON lines; OJS's
// (PKP) scheduled-task execution log (`[Y-m-d H:i:s] [Type] message`); DSpace 6's dspace.log
// (log4j `%d %-5p %c @ %m` with LogManager's `user:session_id=…:ip_addr=…:action:extra` header);
// CKAN's paste logging with the level cut to five letters (WARNI); Moodle's PHP error_log with the
// default exception handler's multi-line debug block and PHP's own `PHP Warning:` lines; Invenio
// (Zenodo's framework) through Flask's default handler with a traceback under its ERROR line;
// jupyterhub-idle-culler's Tornado lines with their short yymmdd date inside the hub's journal.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `moodle`, `open edx`, `openedx`, `edx-platform`, `tracking_logs`,
// `service_variant`, `canvas`, `canvas-lms`, `canvas_lms`, `delayed_job`, `Delayed::`,
// `inst-jobs`, `jupyterhub`, `jupyter`, `configurable-http-proxy`, `binderhub`, `nbgrader`,
// `overleaf`, `sharelatex`, `web-sharelatex`, `logger-sharelatex`, `clsi`, `"name":"web"`,
// `dspace`, `dspace.log`, `session_id=`, `ip_addr=`, `@ anonymous`, `OJS`, `open journal`, `pkp`,
// `pkp-lib`, `scheduledTask`, `zenodo`, `invenio`, `ERROR in app`, `ckan`, `ckan.`,
// `levelname)-5.5s`, `WARNI `, `dataverse`, `payara`, `eprints`, `islandora`, `fedora commons`,
// `omeka`, `laminas`, `ERR (3)`, `koha`, `xnat`, `omero`, `opencast`, `kaltura`, `bigbluebutton`,
// `h5p`, `webwork`, `coderunner`, `jobe`, `blackboard`, `sakai`, `ilias`, `chamilo`, `mahara`,
// `kolibri`, `indico`, `autolab`, `tango`, `limesurvey`, `redcap`, `ezproxy`, `openathens`,
// `shibboleth`, `vufind`, `folio`, `evergreen`, `xqueue`, `codejail`, `hypothes`, `gradescope`,
// `mdl_`, `moodledata`, `Default exception handler`, `dmlreadexception`. Moodle's cron mtrace,
// Open edX's tracking log and tutor's LMS log, DSpace 7's log, JupyterHub and its proxy, nbgrader,
// Koha, Kaltura, Opencast, BigBlueButton, Indico and Kolibri are measured already and were left
// out (JupyterHub's journal is measured with the hub's full date; the idle culler is kept for the
// short yymmdd date tornado.log writes by default); `canvas` matches only other products (ClearCanvas, evas canvas) and grep lists, `overleaf`
// only Cloverleaf, `ckan` only words like CheckAndFix, `invenio`, `dataverse`, `eprints`, `pkp`
// and `service_variant` only grep lists, `session_id=` other products' key=value pairs. Canvas's
// delayed-jobs log was a candidate but no search confirmed the layout Canvas's own logger writes,
// so it was left out. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Open edX's rsyslog header is year-less, so in 2026; OJS, DSpace, CKAN and
// Invenio write zone-less local times, the idle culler a yymmdd date inside a year-less journal
// header (both of the same second), taken as UTC (the servers run in UTC); Moodle's PHP
// error_log writes `UTC` after its day-first date; Overleaf's bunyan time is ISO with Z. Levels
// only where the line marks one: edX's level column after `[env:…]`, bunyan's numeric level (30
// info, 40 warn, 50 error), OJS's bracketed type where it is a level (Notice, Warning, Error; its
// `[Completed]` type and untyped lines carry none), DSpace's and CKAN's level columns (CKAN's
// WARNI is WARNING cut to five letters), PHP's `PHP Warning:`/`PHP Notice:`/`PHP Fatal error:`
// (fatal is Critical), Flask's `ERROR in`/`WARNING in`/`INFO in`, Tornado's letter (I D W E); Moodle's `Default exception
// handler:` lines carry none (the "ERROR:" inside their debug text is the database's message).
// The host is the record's host field: edX's rsyslog hostname (repeated inside the bracket),
// bunyan's `hostname`, the journal's host before jupyterhub[pid]; OJS, DSpace, CKAN, Moodle and Flask write none (DSpace's ip_addr is the
// client). Records: edX's traceback is folded into its one line by rsyslog (#012); the Java stack
// under DSpace's ERROR, CKAN's and Invenio's Python tracebacks and Moodle's debug block (the SQL,
// `Error code:` and `* line N of …` lines) are one record each.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory". Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run,
// and none was changed after it; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score.
//
// Its first figure, scored at commit cab9b82 before any rule for it: level 100.0 %, time 100.0 %,
// host 100.0 %, records 100.0 %.
// That is the micro figure (the macro figure is the same), in a worktree at cab9b82 with no change
// to trawl's code (only this file and table_test.go's list), 8 of 8 families fully right; there
// are no gaps: every level, time, host and record boundary of the 31 records is read as written.

var fresh806Cases = []worldCase{
	{
		name:   "openedx-edx-log-rsyslog-service-variant",
		source: "edx-platform lms/envs/docker-production.py syslog_format `[service_variant={service_variant}][%(name)s][env:{logging_env}] %(levelname)s [{hostname}  %(process)d] [%(filename)s:%(lineno)d] - %(message)s` sent through SysLogHandler (read with the code corpus; the same string in ecommerce, license_manager and video-pipeline settings); rsyslog's traditional file header before it and the #012 folding of a traceback from memory",
		why:    "a year-less syslog header, then the platform's bracket run with no space before the level; the host appears twice, the second time with two spaces before the pid; a traceback folded into one line with #012",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "lms-prod-03", "Nov 29 07:41:16 lms-prod-03 [service_variant=lms][courseware.module_render][env:prod] INFO [lms-prod-03  4120] [module_render.py:612] - xblock handler problem_check called by user 8811 for block-v1:UnivX+BIO101+2026_T3+type@problem+block@q4"),
			we("2026-11-29T07:41:18Z", Warn, "lms-prod-03", "Nov 29 07:41:18 lms-prod-03 [service_variant=lms][edx.grades.signals][env:prod] WARNING [lms-prod-03  4120] [handlers.py:211] - Grade recompute skipped for user 8811: course UnivX/BIO101 has no grading policy cached"),
			we("2026-11-29T07:41:21Z", Error, "lms-prod-03", "Nov 29 07:41:21 lms-prod-03 [service_variant=lms][django.request][env:prod] ERROR [lms-prod-03  4122] [log.py:224] - Internal Server Error: /courses/course-v1:UnivX+BIO101+2026_T3/progress#012Traceback (most recent call last):#012  File \"/openedx/venv/lib/python3.11/site-packages/django/core/handlers/exception.py\", line 55, in inner#012    response = get_response(request)#012KeyError: 'chapter_2'"),
			we("2026-11-29T07:42:02Z", Info, "cms-prod-01", "Nov 29 07:42:02 cms-prod-01 [service_variant=cms][cms.djangoapps.contentstore.tasks][env:prod] INFO [cms-prod-01  2207] [tasks.py:1044] - Course import course-v1:UnivX+CHEM210+2027_T1 finished: 143 blocks"),
		},
	},
	{
		name:   "overleaf-clsi-bunyan-json",
		source: "Overleaf (ShareLaTeX) services' logs under /var/log/sharelatex (later /var/log/overleaf) as bunyan JSON lines `{\"name\":\"clsi\",\"hostname\":…,\"pid\":…,\"level\":30,…,\"msg\":…,\"time\":\"…Z\",\"v\":0}`: overleaf/toolkit issue #69 (`bin/logs -f clsi`), overleaf/overleaf issue #430 (web-sharelatex at level 50 with an err object and its stack escaped in the line), overleaf/overleaf wiki Log-files named in issue #702",
		why:    "one JSON object a line: the time is the ISO `time` key near the end, the level a bunyan number, the host the container id in `hostname`; an err stack stays escaped inside the line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "7c2e90a4b1d3", `{"name":"clsi","hostname":"7c2e90a4b1d3","pid":211,"level":30,"project_id":"6744b1e0c2a9f3001d8e4a17","user_id":"6744a8f1c2a9f3001d8e4a02","msg":"syncing resources to disk","time":"2026-11-29T07:41:16.204Z","v":0}`),
			we("2026-11-29T07:41:19.877Z", Warn, "7c2e90a4b1d3", `{"name":"clsi","hostname":"7c2e90a4b1d3","pid":211,"level":40,"project_id":"6744b1e0c2a9f3001d8e4a17","timeout":240000,"msg":"compile timed out, killing latexmk","time":"2026-11-29T07:41:19.877Z","v":0}`),
			we("2026-11-29T07:41:20.031Z", Error, "5ab3f1e8c0d2", `{"name":"web","hostname":"5ab3f1e8c0d2","pid":98,"level":50,"err":{"message":"clsi api responded with non-success code: 500","name":"Error","stack":"Error: clsi api responded with non-success code: 500\n    at Request._callback (/overleaf/services/web/app/src/Features/Compile/ClsiManager.js:412:19)"},"project_id":"6744b1e0c2a9f3001d8e4a17","msg":"error compiling project","time":"2026-11-29T07:41:20.031Z","v":0}`),
		},
	},
	{
		name:   "ojs-pkp-scheduled-task-log",
		source: "PKP's ScheduledTask::addExecutionLogEntry (pkp/pkp-lib classes/scheduledTask/ScheduledTask.php, read with find_string): `'[' . Core::getCurrentDate() . '] '` then `'[' . __($type) . '] '` when a type is given, with the types common.completed, common.error, common.warning and common.notice (ScheduledTaskHelper.php); the log files sit in files_dir/scheduledTaskLogs; the English strings Completed, Error, Warning, Notice and the Y-m-d H:i:s date from memory",
		why:    "a bracketed zone-less date, then an optional bracketed message type: Notice, Warning and Error are levels, Completed is not, and an untyped line carries none",
		entries: []worldEntry{
			we("2026-11-29T07:00:02Z", Notice, "", "[2026-11-29 07:00:02] [Notice] Task process started."),
			we("2026-11-29T07:00:03Z", Unknown, "", "[2026-11-29 07:00:03] Sent 12 review reminders for journal \"jmarbio\"."),
			we("2026-11-29T07:00:04Z", Warn, "", "[2026-11-29 07:00:04] [Warning] Reviewer 4411 has no email address; reminder for submission 918 skipped."),
			we("2026-11-29T07:00:05Z", Error, "", "[2026-11-29 07:00:05] [Error] Crossref deposit for submission 918 failed: HTTP 401 Unauthorized"),
			we("2026-11-29T07:00:05Z", Unknown, "", "[2026-11-29 07:00:05] [Completed] Task process stopped."),
		},
	},
	{
		name:   "dspace6-dspace-log-logmanager-header",
		source: "DSpace 6's [dspace]/log/dspace.log.yyyy-MM-dd (log4j `%d %-5p %c @ %m%n`, the message built by LogManager.getHeader as `user:session_id=…:ip_addr=…:action:extra`, `anonymous` for no user, a Java stack under an ERROR): from memory; the DSpace 7 successor's `@` separator as DSpace/DSpace issues #8250 and #3244 show it",
		why:    "a comma-millisecond time, the level padded to five, the logger, ` @ `, then a colon-joined header whose ip_addr is the client, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16,123 INFO  org.dspace.usage.LoggerUsageEventListener @ anonymous:session_id=6C1F0B7E2A9D4E3F8B5A1C2D3E4F5A6B:ip_addr=10.20.4.17:view_item:handle=123456789/4411"),
			we("2026-11-29T07:41:17.540Z", Info, "", "2026-11-29 07:41:17,540 INFO  org.dspace.app.xmlui.cocoon.AuthenticationUtil @ jlarsen@univ.example.edu:session_id=0D9E8F7A6B5C4D3E2F1A0B9C8D7E6F5A:ip_addr=10.20.9.102:login:type=explicit"),
			we("2026-11-29T07:41:19.002Z", Warn, "", "2026-11-29 07:41:19,002 WARN  org.dspace.app.xmlui.aspect.artifactbrowser.ItemViewer @ anonymous:session_id=6C1F0B7E2A9D4E3F8B5A1C2D3E4F5A6B:ip_addr=10.20.4.17:invalid_handle:handle=123456789/99999"),
			we("2026-11-29T07:41:22.318Z", Error, "", "2026-11-29 07:41:22,318 ERROR org.dspace.discovery.SolrServiceImpl @ Error while indexing item 7b4c2e19-5d3a-4f8e-9c61-0a2b3c4d5e6f",
				"org.apache.solr.client.solrj.SolrServerException: Server refused connection at: http://localhost:8080/solr/search",
				"\tat org.apache.solr.client.solrj.impl.HttpSolrServer.executeMethod(HttpSolrServer.java:566)",
				"\tat org.dspace.discovery.SolrServiceImpl.writeDocument(SolrServiceImpl.java:1405)"),
		},
	},
	{
		name:   "ckan-paste-generic-formatter-truncated-level",
		source: "CKAN's ckan.ini logging section (`[formatter_generic] format = %(asctime)s %(levelname)-5.5s [%(name)s] %(message)s`, the Paste/Pylons deployment template it inherits): from memory",
		why:    "the level padded and cut to five letters (WARNI for WARNING), the logger name in brackets; a Python traceback under an ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16,123 INFO  [ckan.lib.search] Indexing dataset ocean-temperature-buoys-2026 (id 3c2f1e0d-9b8a-4c7d-a6e5-f4d3c2b1a098)"),
			we("2026-11-29T07:41:17.532Z", Warn, "", "2026-11-29 07:41:17,532 WARNI [ckanext.harvest.queue] Harvest object 51e2a9c0 for source csw-marine-institute has no content, skipping"),
			we("2026-11-29T07:41:18.004Z", Error, "", "2026-11-29 07:41:18,004 ERROR [ckan.config.middleware.flask_app] Exception on /dataset/ocean-temperature-buoys-2026 [GET]",
				"Traceback (most recent call last):",
				"  File \"/usr/lib/ckan/default/src/ckan/ckan/views/dataset.py\", line 412, in read",
				"    pkg_dict = get_action('package_show')(context, data_dict)",
				"ckan.logic.NotAuthorized: User ingest-bot not authorized to read package 3c2f1e0d"),
			we("2026-11-29T07:41:19.210Z", Debug, "", "2026-11-29 07:41:19,210 DEBUG [ckan.lib.redis] Using Redis at redis://ckan-redis:6379/1"),
		},
	},
	{
		name:   "moodle-php-error-log-default-exception-handler",
		source: "Moodle's default_exception_handler writing through PHP's error_log to the php-fpm/Apache error_log file (`[dd-Mon-yyyy HH:mm:ss UTC] Default exception handler: … Debug: …` then the SQL, `Error code: dmlreadexception` and the `* line N of /lib/dml/moodle_database.php: dml_read_exception thrown` backtrace): the debug block's content as catalyst/moodle-auth_outage issue #37 and danmarsden/moodle-local_recompletion issue #93 paste it; the error_log prefix and the `* line` form from memory; PHP's own `PHP Warning:` lines from deraadt/Moodle-block_progress issue #5",
		why:    "PHP's day-first date with a UTC word in brackets; Moodle's multi-line debug block is one record with no level (the database's ERROR is inside the message); PHP's own lines carry PHP Notice/Warning/Fatal error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[29-Nov-2026 07:41:16 UTC] Default exception handler: Error reading from database Debug: ERROR:  relation \"mdl_local_attendx_sessions\" does not exist",
				"LINE 1: SELECT * FROM mdl_local_attendx_sessions WHERE courseid = $1",
				"                      ^",
				"SELECT * FROM mdl_local_attendx_sessions WHERE courseid = $1",
				"[array (",
				"  0 => 412,",
				")]",
				"Error code: dmlreadexception",
				"* line 497 of /lib/dml/moodle_database.php: dml_read_exception thrown",
				"* line 1121 of /lib/dml/pgsql_native_moodle_database.php: call to moodle_database->query_end()",
				"* line 58 of /local/attendx/view.php: call to pgsql_native_moodle_database->get_records()"),
			we("2026-11-29T07:41:20Z", Warn, "", "[29-Nov-2026 07:41:20 UTC] PHP Warning:  Undefined array key \"grade\" in /var/www/moodle/mod/assign/locallib.php on line 5123"),
			we("2026-11-29T07:41:21Z", Notice, "", "[29-Nov-2026 07:41:21 UTC] PHP Notice:  Trying to access array offset on value of type null in /var/www/moodle/blocks/xp/classes/local/xp/level.php on line 88"),
			we("2026-11-29T07:41:25Z", Critical, "", "[29-Nov-2026 07:41:25 UTC] PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes) in /var/www/moodle/lib/dml/moodle_database.php on line 1288"),
		},
	},
	{
		name:   "invenio-flask-default-handler-traceback",
		source: "Invenio (the framework under Zenodo and InvenioRDM) logging through Flask's default handler (`[%(asctime)s] %(levelname)s in %(module)s: %(message)s`, the asctime with a comma before the milliseconds) in the uWSGI container's output, an `Exception on <path> [GET]` with its traceback under an ERROR: from memory; invenio-app-rdm's record routes as inveniosoftware/invenio-app-rdm PR #3035 and issue #3559 describe them",
		why:    "a bracketed comma-millisecond time, then `LEVEL in module:`; the traceback lines under an ERROR are one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.311Z", Info, "", "[2026-11-29 07:41:16,311] INFO in ext: Loaded OAI-PMH sets for community marine-data (14 sets)"),
			we("2026-11-29T07:41:18.902Z", Warn, "", "[2026-11-29 07:41:18,902] WARNING in views: Draft 8kq2m-7vx41 requested by user 2210 has no files bucket"),
			we("2026-11-29T07:41:20.445Z", Error, "", "[2026-11-29 07:41:20,445] ERROR in app: Exception on /records/8kq2m-7vx41 [GET]",
				"Traceback (most recent call last):",
				"  File \"/opt/invenio/var/instance/python/lib/python3.12/site-packages/flask/app.py\", line 917, in full_dispatch_request",
				"    rv = self.dispatch_request()",
				"KeyError: 'pids'"),
		},
	},
	{
		name:   "jupyterhub-idle-culler-service-journal",
		source: "jupyterhub-idle-culler run as a JupyterHub managed service, its Tornado log lines (`[I yymmdd HH:MM:SS cull_idle:NNN] msg`, the short two-digit-year date of tornado.log's default datefmt `%y%m%d %H:%M:%S`) relayed into the hub's journal by systemd (`Mon dd HH:MM:SS host jupyterhub[pid]:`): from memory",
		why:    "a year-less journal header with the host, then Tornado's level letter and a compact yymmdd date inside the bracket; two versions of the same second",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "hub-edu01", "Nov 29 07:41:16 hub-edu01 jupyterhub[1187]: [I 261129 07:41:16 __init__:156] Culling server for user s2241937 (inactive since 2026-11-29T06:40:51.102Z)"),
			we("2026-11-29T07:41:17Z", Debug, "hub-edu01", "Nov 29 07:41:17 hub-edu01 jupyterhub[1187]: [D 261129 07:41:17 __init__:342] Not culling server for user s2209314 (active 41s ago)"),
			we("2026-11-29T07:41:19Z", Warn, "hub-edu01", "Nov 29 07:41:19 hub-edu01 jupyterhub[1187]: [W 261129 07:41:19 __init__:188] Server for s2241937 is slow to stop, waiting"),
			we("2026-11-29T07:41:25Z", Error, "hub-edu01", "Nov 29 07:41:25 hub-edu01 jupyterhub[1187]: [E 261129 07:41:25 __init__:201] Error culling s2241937: HTTP 503: Service Unavailable"),
		},
	},
}

func TestFresh806Formats(t *testing.T) { assertTable(t, fresh806Cases) }
func TestFresh806Score(t *testing.T) {
	checkScore(t, "fresh806 formats", fresh806Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
