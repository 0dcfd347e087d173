package parse

import "testing"

// The seven-hundred-and-thirty-ninth fresh table: recipe, grocery and household apps' logs as people
// attach them to bug reports, product outputs no earlier table holds. Each family is one product's
// documented or observed output: Tandoor Recipes 2.x (the thread name and the level word before a
// comma-millisecond stamp, a traceback under an ERROR); ezBookkeeping (a bracketed level and request
// id, a recovered panic with Go's `file.go:line (0xpc)` frames under it); Actual Budget's sync
// server (untimed start-up lines, then winston's `ISO-Z info: GET 304 /path`); Actual-sync, a bank
// sync scheduler for Actual (`ISO-Z [LEVEL] [run] [{ctx}] msg {` with a pretty-printed JSON block);
// actual-auto-sync, another one (pino-pretty: `yyyy/MM/dd hh:mmAM 30 | pid=1 hostname=… msg=…`);
// Homebox (zerolog's console, `7:41AM INF caller > msg k=v`); Firefly III's data importer container
// (an untimed banner, Apache's error and access lines and Laravel's lines in one stream); KitchenOwl's
// backend start-up (a SyntaxWarning with its source line, alembic's untimed INFO lines, a tqdm bar,
// uWSGI's banner). The last two are streams whose single line shapes other tables know (Laravel,
// Apache, alembic, uWSGI); the products' streams are in none.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`mealie`, `tandoor`, `recipes`, `grocy`, `kitchenowl`, `homebox`,
// `firefly`, `firefly-iii`, `actual budget`, `actualbudget`, `actual-server`, `actual-sync`,
// `ghostfolio`, `wallos`, `baby buddy`, `babybuddy`, `barcode buddy`, `barcodebuddy`, `vikunja`,
// `donetick`, `wger`, `monica`, `snipe`, `paperless`, `bookstack`, `nextcloud cookbook`, `spoolman`,
// `maybe finance`, `budibase`, `sure finance`, `ezbookkeeping`, `cookcli`, `norish`,
// `bar assistant`, `salt rim`, `koillection`, `lubelogger`, `hortusfox`, `shelf`, `ryot`, `mylar`,
// `dawarich`, `immich`, `kitchen`, `grocery`, `recipe`, `pantry`, `budget`, `household`, `hledger`,
// `beancount`, `fava`, `gnucash`, `kresus`, `ihatemoney`, `splitwise`, `spliit`, `cospend`,
// `manyfold`, `[Nest]`, `MainThread`, `Thread-1 (worker)`, `recipes.connector`,
// `System Error! because`, `ghostfolio-sync`, `Crontab Not Present`, `PM INF`, `AM INF`, `zerolog`,
// `hay`, `uwsgi`, `spawned uWSGI`, `Starting uWSGI`, `actual-app`, `sync-server`, `data-importer`,
// `data importer`, `tubearchivist`, `PM     LOG`, `   ERROR [`, `Z info: POST`, `Z info: `,
// `Z [INFO] [`, `Z [DEBUG] [`, `AM 30 |`, `M 30 | pid=`, ` | pid=1 hostname=`, `actual-auto-sync`,
// `Actual-sync`, `Upgrading households`, `alembic.runtime.migration`, `ConnectorManager`,
// `mpm_prefork:notice`). None of Tandoor, ezBookkeeping, Actual's server, Actual-sync,
// actual-auto-sync, Homebox, Firefly III's data importer or KitchenOwl is in any table (`tandoor`,
// `grocy` and `actual budget` match only earlier tables' grep lists, `homebox` only a CasaOS host
// name, `ConnectorManager` another product's logger, `MainThread` other products' thread columns).
// Left out as measured already: Mealie's server log (fresh516), Firefly III's Laravel log file
// (fresh125), wger (fresh676), Vikunja (fresh125), Ghostfolio (NestJS's `[Nest]` logger is in a dozen
// tables), Grocy (its container prints only php-fpm's, nginx's and s6's lines), Tandoor 1.x's
// boot.sh with gunicorn (gunicorn's lines are measured). Left out as not confirmed by any search:
// Donetick, Wallos and LubeLogger. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Tandoor's, ezBookkeeping's, Laravel's, Apache's error-log and uWSGI's stamps
// have no zone and are taken as UTC; Actual's and Actual-sync's end in Z; the access line's +0000 is
// converted. actual-auto-sync's `12:00AM` is midnight and its minute-only stamps have no seconds;
// Homebox's `7:41AM` is a time of day with no date, on the clock's day. Start-up lines with no stamp
// (Actual's `Listening on :::5006...`, the importer's banner, KitchenOwl's alembic and tqdm lines)
// have no time; tqdm's `00:02<00:00` is an elapsed time. Levels only where the line marks one:
// Tandoor's level word after the thread name, ezBookkeeping's and Actual-sync's bracketed words,
// winston's `info:`, pino's numbers (30 info, 40 warn, 50 error), zerolog's INF DBG WRN ERR,
// Apache's `[core:notice]`, Laravel's `local.DEBUG`, alembic's padded INFO, Python's SyntaxWarning
// (a warning, as the other tables read Python's warnings); the access line, the banners and the
// tqdm bar carry none. The host is the record's host field: only pino's `hostname=`; Actual-sync's
// server name and remoteAddress, Homebox's `rid=homebox/…` request id, the importer's client address
// and Tandoor's database address are no hosts. A record that spans lines is one entry: Tandoor's
// traceback, ezBookkeeping's Go frames, Actual-sync's JSON blocks, the SyntaxWarning's source line.
//
// The shapes come from the issue threads each case names, found with the search tool (corpora
// "docs", "issues", "code", "pages"); where a search did not confirm a part of a layout the source
// says "from memory" (ezBookkeeping's INFO lines, Actual-sync's ERROR word). Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 87.5 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 88.1 %, time 100.0 %, host 88.1 %, records 100.0 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is actual-auto-sync's pino-pretty line, whose numeric level (30,
// 40, 50) and `hostname=` field trawl does not read.

var fresh739Cases = []worldCase{
	{
		name:   "tandoor2-thread-level-comma-stamp",
		source: "Tandoor Recipes 2.x in `docker logs` (its Django LOGGING format `%(threadName)s %(levelname)s %(asctime)s %(name)s %(message)s`: the thread name first, which may hold a blank and parentheses, then the level word, then the zone-less date with a comma before the milliseconds, then the logger): TandoorRecipes/recipes issue #3972 (pasted `MainThread DEBUG …` and `Thread-1 (worker) INFO …` lines); the traceback under an ERROR is Python logging's own, not seen in a paste",
		why:    "the thread name and the level word come before the time; `(worker)` is part of the thread name; the comma before the milliseconds; the traceback belongs to the ERROR above it; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.039Z", Debug, "", "MainThread DEBUG 2026-11-29 07:41:16,039 recipes.connector ConnectorManager initializing"),
			we("2026-11-29T07:41:16.041Z", Info, "", "Thread-1 (worker) INFO 2026-11-29 07:41:16,041 recipes.connector.worker started ConnectionManager worker 0"),
			we("2026-11-29T07:42:03.518Z", Warn, "", "MainThread WARNING 2026-11-29 07:42:03,518 cookbook.helper.recipe_url_import no nutrition block found for https://kitchen.example.org/lentil-soup"),
			we("2026-11-29T07:42:09.770Z", Error, "",
				"MainThread ERROR 2026-11-29 07:42:09,770 django.request Internal Server Error: /api/shopping-list-entry/",
				"Traceback (most recent call last):",
				`  File "/opt/recipes/venv/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner`,
				"    response = get_response(request)",
				"django.db.utils.OperationalError: connection to server at \"db_recipes\" (172.19.0.2), port 5432 failed: Connection refused"),
			we("2026-11-29T07:42:11.004Z", Info, "", "Thread-2 (worker) INFO 2026-11-29 07:42:11,004 recipes.connector.worker finished batch for space 3"),
		},
	},
	{
		name:   "ezbookkeeping-request-id-go-stack",
		source: "ezBookkeeping's server log (`yyyy-MM-dd HH:mm:ss [LEVEL] [request id] message`, a recovered panic followed by Go's `file.go:line (0xpc)` frames): mayswind/ezbookkeeping issue #428 (a pasted `[ERROR] [4ee2d198-…] System Error! because runtime error…` with its frames); the INFO lines' wording from memory",
		why:    "a zone-less date and time (UTC by the rules); the level word in brackets, then the request id in brackets; the frames under the ERROR are one record with it; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO] [b81f04c2-7d31-4e0a-0000-01a96c2d77e3] 200 POST /api/v1/transactions/add.json 38ms"),
			we("2026-11-29T07:41:22Z", Info, "", "2026-11-29 07:41:22 [INFO] [c09a11d5-2e6b-4f1c-0000-01a96c2d77e4] 200 GET /api/v1/accounts/list.json 4ms"),
			we("2026-11-29T07:42:40Z", Error, "",
				"2026-11-29 07:42:40 [ERROR] [d7e3c019-5b44-0a1e-0000-01a96c2d77e5] System Error! because runtime error: index out of range [3] with length 3",
				"runtime/panic.go:115 (0x47f2a4)",
				"github.com/mayswind/ezbookkeeping/pkg/converters/csv/csv_file_importer.go:141 (0x1251f3c)",
				"github.com/mayswind/ezbookkeeping/pkg/api/transactions.go:1602 (0x1313a11)",
				"github.com/gin-gonic/gin@v1.11.0/context.go:192 (0xd96c4d)"),
			we("2026-11-29T07:42:41Z", Info, "", "2026-11-29 07:42:41 [INFO] [e11b6a70-9c02-4d85-0000-01a96c2d77e6] 500 POST /api/v1/transactions/parse_import.json 212ms"),
		},
	},
	{
		name:   "actual-server-winston-request-lines",
		source: "Actual Budget's sync server in `docker logs` (untimed start-up lines, then winston's `ISO-Z level: METHOD status path`): actualbudget/actual issues #5473 and #4376 (pasted `Migrations: DONE`, `Listening on :::5006...`, `…Z info: GET 304 /account/validate`)",
		why:    "the start-up lines carry no time and no level; an ISO time in Z then the lowercase level with a colon; the request path is no host",
		entries: []worldEntry{
			we("", Unknown, "", "Migrations: DONE"),
			we("", Unknown, "", "Running in production mode - Serving static React app"),
			we("", Unknown, "", "Listening on :::5006..."),
			we("2026-11-29T07:41:19.160Z", Info, "", "2026-11-29T07:41:19.160Z info: GET 304 /account/validate"),
			we("2026-11-29T07:41:21.840Z", Info, "", "2026-11-29T07:41:21.840Z info: GET 200 /sync/list-user-files"),
			we("2026-11-29T07:41:23.358Z", Info, "", "2026-11-29T07:41:23.358Z info: POST 200 /sync/sync"),
		},
	},
	{
		name:   "actual-sync-json-context-block",
		source: "Actual-sync (agigante80/Actual-sync, a scheduler for Actual Budget's bank sync) in `docker logs` (`ISO-Z [LEVEL] [run id] [{context}] message {` with the meta object pretty-printed over the following lines): agigante80/Actual-sync issue #83 (pasted `[INFO]` and `[DEBUG]` lines with their JSON blocks); the `[ERROR]` word from the same logger's levels, from memory",
		why:    "an ISO time in Z; the level in brackets; the JSON lines down to the closing brace belong to the line above; `\"server\": \"Larder\"` is an Actual server's name and `remoteAddress` a client, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:09.733Z", Info, "",
				"2026-11-29T07:41:09.733Z [INFO] Manual sync triggered via dashboard {",
				`  "server": "Larder",`,
				`  "remoteAddress": "192.168.40.17"`,
				"}"),
			we("2026-11-29T07:41:09.738Z", Debug, "",
				`2026-11-29T07:41:09.738Z [DEBUG] [5c0e91ab] [{"server":"Larder"}] Checking if data directory exists: /app/data/larder {`,
				`  "dataDir": "/app/data/larder"`,
				"}"),
			we("2026-11-29T07:41:10.110Z", Info, "", `2026-11-29T07:41:10.110Z [INFO] [5c0e91ab] [{"server":"Larder"}] Connected to Actual server`),
			we("2026-11-29T07:41:10.132Z", Info, "",
				`2026-11-29T07:41:10.132Z [INFO] [5c0e91ab] [{"server":"Larder"}] Budget file loaded successfully {`,
				`  "encrypted": false,`,
				`  "accounts": 6`,
				"}"),
			we("2026-11-29T07:41:14.902Z", Error, "",
				`2026-11-29T07:41:14.902Z [ERROR] [5c0e91ab] [{"server":"Larder"}] Bank sync failed for account {`,
				`  "account": "Household checking",`,
				`  "error": "ITEM_LOGIN_REQUIRED"`,
				"}"),
		},
	},
	{
		name:   "actual-auto-sync-pino-pretty-numeric-level",
		source: "seriouslag/actual-auto-sync (a bank-sync scheduler for Actual Budget) in `docker logs` (pino-pretty with translateTime `yyyy/mm/dd hh:MMTT`, the numeric pino level, then `| pid=… hostname=… msg=…`): seriouslag/actual-auto-sync issue #23 (pasted `2025/09/18 01:00AM 30 | pid=1 hostname=9ab677d9f2a1 msg=Starting service...`)",
		why:    "a slashed date and a twelve-hour time with AM/PM glued on and no seconds (12:00AM is midnight); pino's 30 is info, 40 warn, 50 error; `hostname=` is the record's own host field",
		gap:    "the numeric pino level (30, 40, 50) after the AM/PM time and before ` | ` is not read, and neither is the `hostname=` field after `pid=`: every record comes out with no level and no host",
		entries: []worldEntry{
			we("2026-11-29T00:00:00Z", Info, "4c1f0e9a7b2d", "2026/11/29 12:00AM 30 | pid=1 hostname=4c1f0e9a7b2d msg=Starting service... "),
			we("2026-11-29T00:00:00Z", Info, "4c1f0e9a7b2d", "2026/11/29 12:00AM 30 | pid=1 hostname=4c1f0e9a7b2d msg=Initializing Actual API... "),
			we("2026-11-29T00:00:00Z", Info, "4c1f0e9a7b2d", "2026/11/29 12:00AM 30 | pid=1 hostname=4c1f0e9a7b2d msg=Scheduling sync to run at 06:00 am... "),
			we("2026-11-29T06:00:00Z", Warn, "4c1f0e9a7b2d", "2026/11/29 06:00AM 40 | pid=1 hostname=4c1f0e9a7b2d msg=Sync id 7e2a90c4-1b5d-4f3e-9a6c-2d8b0f41e957 not in ACTUAL_BUDGET_SYNC_IDS, skipping... "),
			we("2026-11-29T06:01:00Z", Error, "4c1f0e9a7b2d", "2026/11/29 06:01AM 50 | pid=1 hostname=4c1f0e9a7b2d msg=Failed to sync budget 3f6d1c22-8a4e-4b09-b7d1-5e2c9a0f1b34: network-failure "),
		},
	},
	{
		name:   "homebox-zerolog-console-kitchen-time",
		source: "Homebox (sysadminsmedia/homebox) in `docker logs` (zerolog's ConsoleWriter without colour: a twelve-hour time of day `3:04PM`, the three-letter level, the caller `file.go:line`, ` > `, the message and key=value fields): sysadminsmedia/homebox issues #377 (pasted `12:54PM INF ../go/src/app/internal/web/mid/logger.go:36 > request received method=OPTIONS …`) and #851 (DBG and INF lines)",
		why:    "a time of day with AM/PM and no seconds and no date (the clock's day); INF DBG WRN ERR; the caller's `:36` is a line number; `rid=homebox/…` is a request id, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Info, "", "7:41AM INF ../go/src/app/internal/web/mid/logger.go:36 > request received method=GET path=/api/v1/items rid=homebox/Qm7TzX2pLd-000211"),
			we("2026-11-29T07:41:00Z", Info, "", "7:41AM INF ../go/src/app/internal/web/mid/logger.go:41 > request finished method=GET path=/api/v1/items rid=homebox/Qm7TzX2pLd-000211 status=200"),
			we("2026-11-29T07:43:00Z", Debug, "", "7:43AM DBG ../go/src/app/internal/core/services/reporting/eventbus.go:71 > event published event=item.mutation group=9f3e2a10"),
			we("2026-11-29T07:44:00Z", Warn, "", "7:44AM WRN ../go/src/app/app/api/handlers/v1/v1_ctrl_items.go:118 > location not found location=5b1d9c04"),
			we("2026-11-29T07:45:00Z", Error, "", `7:45AM ERR ../go/src/app/app/api/handlers/v1/v1_ctrl_items_attachments.go:93 > failed to save attachment error="open /data/attachments/9f3e2a10/receipt-drill.pdf: no space left on device"`),
		},
	},
	{
		name:   "firefly-data-importer-container-stream",
		source: "Firefly III's data importer (CSV importer) container in `docker logs`: its entrypoint's untimed banner, Apache's error-log lines, Laravel's `[Y-m-d H:i:s] env.LEVEL: msg` lines (two trailing blanks) and Apache's access lines interleaved: firefly-iii/firefly-iii issues #3266 and #6370 (pasted streams)",
		why:    "four shapes in one stream: the banner has no time; Apache's ctime with microseconds and `[core:notice]`; Laravel's bracketed zone-less time and `local.DEBUG`; the access line's time with its offset; the client address is a peer, no host",
		entries: []worldEntry{
			we("", Unknown, "", "Now in entrypoint.sh for Firefly III Data Importer"),
			we("2026-11-29T07:41:02.170884Z", Notice, "", "[Sun Nov 29 07:41:02.170884 2026] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.62 (Debian) PHP/8.3.14 configured -- resuming normal operations"),
			we("2026-11-29T07:41:02.170951Z", Notice, "", "[Sun Nov 29 07:41:02.170951 2026] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'"),
			we("2026-11-29T07:41:51Z", Debug, "", `[2026-11-29 07:41:51] local.DEBUG: Now at App\Http\Controllers\IndexController::index  `),
			we("2026-11-29T07:41:51Z", Unknown, "", `172.24.0.1 - - [29/Nov/2026:07:41:51 +0000] "GET / HTTP/1.1" 200 2115 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"`),
			we("2026-11-29T07:42:40Z", Info, "", `[2026-11-29 07:42:40] local.INFO: Conversion of conv-Rb4kT9sWq2Lm is done, 41 transactions ready for import.  `),
		},
	},
	{
		name:   "kitchenowl-backend-startup",
		source: "KitchenOwl's backend container in `docker logs` at start (Python's SyntaxWarning with the source line under it, alembic's `INFO  [alembic.runtime.migration] …` with no time, the `Upgrading households` tqdm bar, uWSGI's banner): TomBursch/kitchenowl issues #599, #422 and #519 (pasted start-ups)",
		why:    "no line carries a date except uWSGI's banner (a ctime in brackets); the warning and its quoted source line are one record; alembic's padded INFO is a level; tqdm's `00:02<00:00` is an elapsed time, not a time of day",
		entries: []worldEntry{
			we("", Warn, "",
				`/opt/venv/lib/python3.12/site-packages/pyRdfa/extras/httpheader.py:344: SyntaxWarning: invalid escape sequence '\-'`,
				`  """Parses a quoted string.`),
			we("", Info, "", "INFO  [alembic.runtime.migration] Context impl PostgresqlImpl."),
			we("", Info, "", "INFO  [alembic.runtime.migration] Will assume transactional DDL."),
			we("", Unknown, "", "Upgrading households: 100% 4/4 [00:02<00:00,  1.61it/s]"),
			we("", Unknown, "", "[uWSGI] getting INI configuration from wsgi.ini"),
			we("2026-11-29T07:41:16Z", Unknown, "", "*** Starting uWSGI 2.0.28 (64bit) on [Sun Nov 29 07:41:16 2026] ***"),
		},
	},
}

func TestFresh739Formats(t *testing.T) { assertTable(t, fresh739Cases) }
func TestFresh739Score(t *testing.T) {
	checkScore(t, "fresh739 formats", fresh739Cases, [worldNumFields]float64{87.4, 99.9, 87.4, 99.9})
}
