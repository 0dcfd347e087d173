package parse

import "testing"

// The seven-hundred-and-eighty-first fresh table: PaaS and hosting platforms' log exports and CLI
// tails that the earlier tables do not hold. Each family is one platform's own output: Google App
// Engine's legacy Python SDK, both its local dev_appserver.py console (a padded level word, a
// comma-millisecond time and `file.py:line]`, with tracebacks under an empty ERROR message) and its
// appcfg.py update console (a minute-resolution `hh:mm AM` clock), and App Engine's legacy request
// log (Apache combined with a zone offset, then the quoted Host header and `ms= cpu_ms=
// api_cpu_ms= cpm_usd=`); Clever Cloud's `clever logs` (an ISO-Z time and a colon glued before
// the application's line); Scalingo's `scalingo logs` (Go's time.Time String form, four fields with
// nanoseconds, an offset and a zone name, then the container in brackets); Convox's `convox logs`
// (an ISO-Z time and `service/<name>/<process id>`); PythonAnywhere's web-app server log (uWSGI's
// output with a `YYYY-MM-DD HH:MM:SS` prefix) and error log (a `YYYY-MM-DD HH:MM:SS,mmm:` prefix on
// every line, traceback lines included).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `heroku`, `router`, `app[web`, `heroku[`, `logplex`, `at=info`,
// `dyno=`, `vercel`, `netlify`, `render.com`, `render`, `render-`, `fly.io`, `flyctl`, `fly-proxy`,
// `railway`, `nixpacks`, `digitalocean`, `app platform`, `wrangler`, `wrangler:`, `wrangler:inf`,
// `miniflare`, `workerd`, `cloudflare`, `papertrail`, `logtail`, `better stack`, `betterstack`,
// `app engine`, `appengine`, `gae`, `dev_appserver`, `devappserver`, `devappserver2`,
// `admin_server`, `Starting API server`, `Skipping SDK`, `module.py:`, `cpu_ms`, `api_cpu_ms`,
// `cpm_usd`, `gzip(gfe)`, `appengine.google.com`, `Rolling back the update`, `Compilation starting`,
// `Closing update`, `azure`, `app service`, `w3wp`, `kudu`, `platform.sh`, `upsun`, `deploy.log`,
// `Launching command`, `platform log`, `dokku`, `caprover`, `captain`, `coolify`, `kamal`,
// `dokploy`, `piku`, `lambda`, `START RequestId`, `REPORT RequestId`, `Duration:.*Memory Usage`,
// `netlify-functions`, `functions:serve`, `cloud run`, `cloud functions`, `openshift`,
// `cloud foundry`, `[APP/`, `[RTR/`, `cf logs`, `openwhisk`, `activations`, `scalingo`, `web-1]`,
// `clever`, `clever cloud`, `clever-tools`, `clever logs`, `convox`, `service/web/`, `koyeb`,
// `northflank`, `zeabur`, `qovery`, `sevalla`, `deno deploy`, `supabase`, `firebase`,
// `elastic beanstalk`, `beanstalk`, `amplify`, `porter`, `kinsta`, `pantheon`, `acquia`,
// `wp engine`, `terminus`, `nanobox`, `engineyard`, `engine yard`, `hatchbox`, `cleavr`,
// `laravel forge`, `forge`, `ploi`, `glitch`, `replit`, `pythonanywhere`, `Error running WSGI`,
// `nais`, `foreman`, `drupal`, `watchdog`, `swa start`, `[swa]`, `vercel dev`, `x-request-start`,
// `docker.log`. Heroku (router, app and logplex lines, Postgres and metrics), Vercel, Netlify's
// deploy log, Fly.io, wrangler, DigitalOcean's doctl, Papertrail, Logtail, Azure App Service,
// Dokku, Cloud Foundry and Lambda are measured already, so they were left out; Netlify's function
// log writes the same `h:mm:ss AM:` clock as its measured deploy log, and Platform.sh's deploy log
// and Koyeb's CLI gave no layout to the search, so they were left out too. `dev_appserver`,
// `devappserver` and `gzip(gfe)` match only a grep list and a GCS usage-log user agent, `convox`
// only a grep list (its syslog resource, not its CLI), `clever` only other names and a grep list,
// `web-1]` an unrelated record; PythonAnywhere, Scalingo, `cpu_ms` and `appengine.google.com`
// match nothing. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). dev_appserver's, PythonAnywhere's and appcfg's times carry no zone and are
// taken as UTC; appcfg's `07:41 AM` is a time of day on the clock's day, to the minute; App
// Engine's request log writes -08:00 and Scalingo's +0100 CET, converted; Clever Cloud's and
// Convox's are ISO-Z. PythonAnywhere's server log wraps uWSGI lines that carry uWSGI's own
// asctime a second earlier (`[Sun Nov 29 07:41:05 2026]`), so either is accepted (`a|b`). Levels
// only where the line marks one: dev_appserver's padded level word (INFO, WARNING, ERROR); no other
// family writes a level (Clever Cloud's, Scalingo's and Convox's lines are the application's bare
// output, App Engine's request log is an access line, appcfg's and PythonAnywhere's prefixes hold
// only a time, and `Error running WSGI application` is a message). No family writes a host field:
// Scalingo's `[web-1]` and `[router]` are containers, Convox's `service/web/<id>` a process, App
// Engine's quoted `shop-api.appspot.com` the HTTP Host header and Scalingo's router `host=` too,
// appcfg's `Host: appengine.google.com` the deploy endpoint, and the uWSGI `nodename:` line a
// message, so every host is "". Records: dev_appserver's traceback under its ERROR line is one
// record; every line PythonAnywhere's error log prefixes with a time is a record of its own, the
// traceback lines included, as each carries its own time.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (appcfg.py update's console; dev_appserver's request lines and traceback
// block; the newer PythonAnywhere error-log prefix). Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 9590483 before any rule for it: level 100.0 %, time 87.5 %,
// host 100.0 %, records 100.0 %. That is the macro figure (micro: level 100.0 %, time 86.5 %, host
// 100.0 %, records 100.0 %), in a worktree at 9590483 with no change to trawl's code (only this
// file and table_test.go's list), 7 of 8 families fully right; the one gap is a time: appcfg.py
// update's minute-resolution `07:41 AM` clock at the head of the line is not read, so its records
// get no time.

var fresh781Cases = []worldCase{
	{
		name:   "gae-dev-appserver-python-console",
		source: "App Engine legacy Python SDK dev_appserver.py (devappserver2) console `LEVEL(padded to 8) yyyy-MM-dd HH:mm:ss,SSS file.py:line] msg`: scudette/rekall-agent-server issue #13, GoogleCloudPlatform/cloud-code-intellij issue #925 (`INFO     2016-09-22 16:43:14,981 devappserver2.py:769] Skipping SDK update check.`); the module.py request lines and the wsgi.py traceback block under an empty ERROR message from memory",
		why:    "the level word comes first, padded, before a comma-millisecond time with no zone; the source file and line end in `]`; a traceback follows an ERROR line whose message is empty",
		entries: []worldEntry{
			we("2026-11-29T07:41:14.981Z", Info, "", "INFO     2026-11-29 07:41:14,981 devappserver2.py:769] Skipping SDK update check."),
			we("2026-11-29T07:41:15.072Z", Info, "", `INFO     2026-11-29 07:41:15,072 dispatcher.py:197] Starting module "default" running at: http://localhost:8080`),
			we("2026-11-29T07:41:15.310Z", Warn, "", "WARNING  2026-11-29 07:41:15,310 simple_search_stub.py:1196] Could not read search indexes from /tmp/appengine.shop-ledger.ana/search_indexes"),
			we("2026-11-29T07:41:22.907Z", Error, "", "ERROR    2026-11-29 07:41:22,907 wsgi.py:263] ",
				"Traceback (most recent call last):",
				`  File "/opt/google-cloud-sdk/platform/google_appengine/google/appengine/runtime/wsgi.py", line 240, in Handle`,
				"    handler = _config_handle.add_wsgi_middleware(self._LoadHandler())",
				"ImportError: No module named ledger_api"),
			we("2026-11-29T07:41:22.915Z", Info, "", `INFO     2026-11-29 07:41:22,915 module.py:821] default: "GET /ledger/today HTTP/1.1" 500 -`),
		},
	},
	{
		name:   "gae-appcfg-update-console-clock",
		source: "App Engine legacy SDK appcfg.py update console (`hh:mm AM msg`: Application, Host, Starting update of app, Scanning files on local disk, Compilation starting, Completed update of app) from memory; the Java appcfg's `Rolling back the update` lines in GoogleCloudPlatform/google-cloud-eclipse issue #591 carry no clock",
		why:    "a minute-resolution 12-hour clock with AM and no date or zone; `Host:` names the deploy endpoint, not the record's host",
		gap:    "the leading minute-resolution 12-hour clock `07:41 AM` (no seconds, no date) is not read as a time: every record gets no time, though each carries its time of day on the clock's day",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "", "07:41 AM Application: shop-ledger-2026; version: 14"),
			we("2026-11-29T07:41:00Z", Unknown, "", "07:41 AM Host: appengine.google.com"),
			we("2026-11-29T07:41:00Z", Unknown, "", "07:41 AM Starting update of app: shop-ledger-2026, version: 14"),
			we("2026-11-29T07:42:00Z", Unknown, "", "07:42 AM Scanning files on local disk."),
			we("2026-11-29T07:43:00Z", Unknown, "", "07:43 AM Completed update of app: shop-ledger-2026, version: 14"),
		},
	},
	{
		name:   "gae-legacy-request-log-combined-extras",
		source: "App Engine legacy request log (appcfg.py request_logs / the admin console): Apache combined with `[dd/Mon/yyyy:HH:mm:ss -0700]`, then the quoted hostname and `ms= cpu_ms= api_cpu_ms= cpm_usd=`, task lines adding `queue_name= task_name=`: blog.notdot.net 'Demystifying the App Engine request logs', stackoverflow question 5945538",
		why:    "an access line with a -08:00 offset; the quoted host after the user agent is the HTTP Host header, no host field; the App Engine extras are key=value pairs with no level",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z", Unknown, "", `203.0.113.45 - - [29/Nov/2026:00:41:16 -0800] "GET /ledger/today HTTP/1.1" 200 1843 "https://shop-ledger.example.com/" "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0,gzip(gfe)" "shop-ledger-2026.appspot.com" ms=41 cpu_ms=23 api_cpu_ms=0 cpm_usd=0.000205`),
			we("2026-11-29T08:41:19Z", Unknown, "", `198.51.100.61 - ana.kovac [29/Nov/2026:00:41:19 -0800] "POST /ledger/entries HTTP/1.1" 500 312 - "python-requests/2.32.3" "shop-ledger-2026.appspot.com" ms=5022 cpu_ms=1877 api_cpu_ms=1204 cpm_usd=0.052311`),
			we("2026-11-29T08:42:00Z", Unknown, "", `0.1.0.1 - - [29/Nov/2026:00:42:00 -0800] "GET /tasks/rollup HTTP/1.1" 200 2 - "AppEngine-Google; (+http://code.google.com/appengine)" "shop-ledger-2026.appspot.com" ms=212 cpu_ms=776 api_cpu_ms=590 cpm_usd=0.021713 queue_name=__cron task_name=7c4e2a19b05d83f6a1e9c2d4b7f03a58`),
			we("2026-11-29T08:42:07Z", Unknown, "", `203.0.113.45 - - [29/Nov/2026:00:42:07 -0800] "GET /favicon.ico HTTP/1.1" 404 0 "https://shop-ledger.example.com/ledger/today" "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0,gzip(gfe)" "shop-ledger-2026.appspot.com" ms=3 cpu_ms=0 api_cpu_ms=0 cpm_usd=0.000010`),
		},
	},
	{
		name:   "clever-cloud-clever-logs",
		source: "Clever Cloud `clever logs` (clever-tools: `ISO-Z: line` for every line of the application and its build hooks): CleverCloud/clever-tools issue #403 (`2020-05-10T12:48:25.418Z: $ tsc`, and `clever logs | cut -c 27-` to drop the prefix)",
		why:    "an ISO-Z time with milliseconds and a colon glued to it, then the application's raw output: no level and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:24.267Z", Unknown, "", "2026-11-29T07:41:24.267Z: Running CC_POST_BUILD_HOOK: npm run build"),
			we("2026-11-29T07:41:25.167Z", Unknown, "", "2026-11-29T07:41:25.167Z: > ledger-web@3.8.1 build"),
			we("2026-11-29T07:41:25.766Z", Unknown, "", "2026-11-29T07:41:25.766Z: $ tsc -p tsconfig.build.json"),
			we("2026-11-29T07:41:34.605Z", Unknown, "", "2026-11-29T07:41:34.605Z: Done in 9.33s."),
			we("2026-11-29T07:41:41.020Z", Unknown, "", "2026-11-29T07:41:41.020Z: ledger-web listening on 0.0.0.0:8080"),
		},
	},
	{
		name:   "scalingo-cli-logs-go-time-string",
		source: "Scalingo `scalingo logs` (Scalingo/cli logs/logs.go colorizeLogs: the first four space-separated fields are the date, then `[container]`, then the content; router lines are key=value pairs): the date in Go's time.Time String form `2006-01-02 15:04:05.999999999 -0700 MST` from the same split of four fields",
		why:    "a date, a nanosecond time, a +0100 offset and the CET zone name as four fields, then the container in brackets (web-1, router), which is no host; router lines carry host= as the HTTP host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118903362Z", Unknown, "", "2026-11-29 08:41:16.118903362 +0100 CET [web-1] > ledger-api@2.4.0 start"),
			we("2026-11-29T07:41:17.450211904Z", Unknown, "", "2026-11-29 08:41:17.450211904 +0100 CET [web-1] Server listening on port 24913"),
			we("2026-11-29T07:41:19.902871553Z", Unknown, "", `2026-11-29 08:41:19.902871553 +0100 CET [router] method=GET path="/api/ledger/today" host=ledger-api.osc-fr1.scalingo.io request_id=5f0c2e7a-41d9-4b8e-a3c6-9d1e7b2f4a08 container=web-1 from="203.0.113.45" protocol=https status=200 duration=0.041s bytes=1843 referer="-" user_agent="Mozilla/5.0"`),
			we("2026-11-29T07:41:22.014550177Z", Unknown, "", "2026-11-29 08:41:22.014550177 +0100 CET [worker-1] job ledger.rollup failed after 3 attempts: connection refused"),
		},
	},
	{
		name:   "convox-logs-service-process",
		source: "Convox `convox logs -a app` (`ISO-Z service/<service>/<process id> msg`): Convox docs 'Logging' (`2020-01-01T00:00:00Z service/web/012345689 starting on port 3000`)",
		why:    "a second-resolution ISO-Z time, then the service path with the process id, which is no host; the rest is the application's output with no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16Z service/web/web-7d9f6c5b4-x2kqp starting on port 3000"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29T07:41:17Z service/web/web-7d9f6c5b4-x2kqp GET /ledger/today 200 41ms"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29T07:41:19Z service/worker/worker-5b8c7d6f9-m4tzn rollup batch 2026-11-28 done: 1204 rows"),
			we("2026-11-29T07:41:20Z", Unknown, "", "2026-11-29T07:41:20Z service/web/web-7d9f6c5b4-x2kqp POST /ledger/entries 500 5022ms"),
		},
	},
	{
		name:   "pythonanywhere-server-log-uwsgi",
		source: "PythonAnywhere web app server log (`<user>.pythonanywhere.com.server.log`: uWSGI's output with a `yyyy-MM-dd HH:mm:ss ` prefix, uWSGI's banner carrying its own asctime): openNAMU/openNAMU issue #1888 (`2023-08-16 09:57:06 *** Starting uWSGI 2.0.20 (64bit) on [Wed Aug 16 09:57:05 2023] ***`, `… nodename: green-liveweb23`)",
		why:    "a zone-less second-resolution prefix; the banner carries uWSGI's own time a second earlier; `nodename:` is a message, not a host field; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:06Z|2026-11-29T07:41:05Z", Unknown, "", "2026-11-29 07:41:06 *** Starting uWSGI 2.0.28 (64bit) on [Sun Nov 29 07:41:05 2026] ***"),
			we("2026-11-29T07:41:06Z", Unknown, "", "2026-11-29 07:41:06 compiled with version: 11.4.0 on 03 October 2026 11:20:41"),
			we("2026-11-29T07:41:06Z", Unknown, "", "2026-11-29 07:41:06 nodename: blue-liveweb41"),
			we("2026-11-29T07:41:06Z", Unknown, "", "2026-11-29 07:41:06 detected number of CPU cores: 4"),
			we("2026-11-29T07:41:07Z", Unknown, "", "2026-11-29 07:41:07 spawned uWSGI worker 1 (pid: 31, cores: 1)"),
		},
	},
	{
		name:   "pythonanywhere-error-log-prefixed-traceback",
		source: "PythonAnywhere web app error log (`<user>.pythonanywhere.com.error.log`: every line prefixed with its time, traceback lines included): DjangoGirls/tutorial PR #627 (`2016-01-07 13:17:08,392 :ImportError: No module named 'whitenoise'`), tomcam/py4webcasts issue #13 (`Error running WSGI application`); the newer `yyyy-MM-dd HH:mm:ss,SSS: ` prefix with no space before the colon from memory",
		why:    "a comma-millisecond prefix glued to a colon on every line, so each traceback line is a record with its own time; `Error running WSGI application` is a message, not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:22.392Z", Unknown, "", "2026-11-29 07:41:22,392: Error running WSGI application"),
			we("2026-11-29T07:41:22.393Z", Unknown, "", "2026-11-29 07:41:22,393: ModuleNotFoundError: No module named 'ledger_api'"),
			we("2026-11-29T07:41:22.393Z", Unknown, "", `2026-11-29 07:41:22,393:   File "/var/www/anakovac_pythonanywhere_com_wsgi.py", line 16, in <module>`),
			we("2026-11-29T07:41:22.394Z", Unknown, "", "2026-11-29 07:41:22,394:     from ledger_api import app as application  # noqa"),
			we("2026-11-29T07:41:22.394Z", Unknown, "", "2026-11-29 07:41:22,394: ***************************************************"),
		},
	},
}

func TestFresh781Formats(t *testing.T) { assertTable(t, fresh781Cases) }

func TestFresh781Score(t *testing.T) {
	checkScore(t, "fresh781 formats", fresh781Cases, [worldNumFields]float64{99.9, 87.4, 99.9, 99.9})
}
