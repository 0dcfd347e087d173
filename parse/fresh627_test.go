package parse

import "testing"

// The six-hundred-and-twenty-seventh fresh table: geospatial and mapping servers and their tools,
// shapes no earlier table holds. Each family is one product's documented or observed output:
// Valhalla's midgard logger (`yyyy/MM/dd HH:mm:ss.ffffff [LEVEL] msg`, written in UTC by
// valhalla_build_tiles and valhalla_service); imposm 3's logger (an RFC 3339 stamp with the local
// offset in brackets, then the time since start `H:MM:SS`, then `[level]`); Planetiler's console
// (an uptime `H:MM:SS` and no clock at all, a three-letter level, the stage in brackets, a progress
// record over three lines); Overpass API's transactions.log (a zone-less stamp and the pid in
// brackets, no level, a query's text on the lines under its record); osm2pgsql-replication's
// `update` (Python logging's `yyyy-MM-dd HH:mm:ss [LEVEL]: msg` with osm2pgsql's own two-space lines
// between); openrouteservice 9's console (the thread right-aligned in a wide column, the logger in
// `[ … ]`); tegola's `yyyy-MM-dd HH:mm:ss [LEVEL] file.go:N: msg`; pygeoapi's default logging
// (`[yyyy-MM-ddTHH:mm:ssZ] {/full/path.py:N} LEVEL - msg`, a Flask traceback under an ERROR).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`geoserver`, `geowebcache`, `mapserver`, `osrm`, `nominatim`, `renderd`, `mod_tile`,
// `tegola`, `martin`, `t-rex`, `tileserver`, `pg_tileserv`, `pg_featureserv`, `osm2pgsql`,
// `imposm`, `ogr2ogr`, `gdal`, `shp2pgsql`, `raster2pgsql`, `qgis`, `pygeoapi`, `valhalla`,
// `graphhopper`, `opentripplanner`, `photon`, `mapproxy`, `deegree`, `geonetwork`, `overpass`,
// `mapnik`, `tilemaker`, `planetiler`, `osmium`, `pyosmium`, `mapcache`, `terracotta`, `titiler`,
// `mbtiles`, `tippecanoe`, `geoserver.log`, `openlayers`, `cesium`, `pelias`, `postgis`,
// `osmosis`, `tirex`, `mapbox`, `maplibre`, `openrouteservice`, `gisgraphy`, `actinia`,
// `pgrouting`, `geomesa`, `geowave`, `tile38`, `versatiles`, `geotools`, `osm2pgsql-replication`,
// `osm2pgsql_replication`, `[INFO]: Using replication`, `replication service`, `ORS-pl-`,
// `o.h.o.r.`, `RoutingProfileManager`, `ORSGraphHopper`, `request_read_and_idx`,
// `read_idx_finished`, `Dispatcher version`, `osm3s`, `transactions.log`, `dispatcher`,
// `[INFO] config.go:`, `] worker.go:`, `seeding map`, `go-spatial`, `Tile extract successfully`,
// `Admin db`, `.917431 [INFO]`, `[INFO] Running`, `[step]`, `[step] Starting`, `[progress]`,
// `] 0:00:`, `INF [`, ` INF [`, ` DEB - `, `DEB - argument`, `osm_pass`, `pygeoapi/flask_app.py`,
// `} ERROR - `, `} INFO - `, `{/`, `Z] {/`). None of Valhalla, imposm, Planetiler, Overpass API,
// osm2pgsql-replication, openrouteservice, tegola or pygeoapi is in any table: `valhalla` and
// `tegola` are only in fresh269's list of greps; `replication service` matches Exchange's, FRS's
// and Veeam's; `INF [` matches MediaMTX's and go2rtc's slashed or timed lines, never an uptime;
// `[step]` a ZenML line. The nearest shape is Airflow's `[time] {file.py:N} LEVEL - msg`
// (fresh112, fresh157 and others), which pygeoapi's resembles; pygeoapi's has the full path in
// the braces and a literal Z after a second with no fraction, and is kept as a product of its own.
// Left out as measured already: GeoServer (fresh60, fresh269), MapServer, GDAL's tools, QGIS
// Server, TileServer GL, pg_tileserv, OpenTripPlanner, osm2pgsql itself (fresh269), osrm-routed,
// GraphHopper and nominatim-cli (fresh44), Photon and Pelias, ArcGIS Server (fresh513), renderd (a
// syslog sender in rules_test.go, so mod_tile's renderd is left out too). Left out as not
// confirmed by any search: MapProxy's log.ini lines, Martin (its shapes are tracing's and
// env_logger's, in other tables). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Valhalla's stamp is gmtime's (UTC) with microseconds. imposm's bracket is
// RFC 3339 with the local offset (`+01:00`), and the `0:00:12` after it is the time since start, no
// clock. Planetiler prints only its uptime (`0:00:03`): its records have no time of their own.
// Overpass's, osm2pgsql-replication's (and osm2pgsql's lines between), openrouteservice's and
// tegola's stamps have no zone and are taken as UTC. pygeoapi's datefmt writes a literal `Z`.
// Levels only where the line marks one: Valhalla's `[INFO]` `[WARN]` `[ERROR]` `[DEBUG]`; imposm's
// `[info]` `[warn]` `[error]` `[fatal]` (fatal is Critical; its `[step]` and `[progress]` classes,
// which have no Level, are left out of the table); Planetiler's DEB INF WAR ERR; Python's
// `[INFO]:` `[WARNING]:` `[ERROR]:` `[DEBUG]:`; openrouteservice's level word; tegola's bracketed
// word; pygeoapi's level word. Overpass's lines and osm2pgsql's plain lines carry none. No family
// has a host field: Overpass's pids, ORS's thread names, the replication server's URL and the
// database host in a message are no hosts. A record that spans lines is one entry: Planetiler's
// progress record (its `cpus:` and `read(` lines) and an ERR with its Java stack, an Overpass query
// record with the query text on the lines under it, pygeoapi's ERROR with Flask's traceback.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 000dc44 before any rule for it: level 97.5 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 97.7 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 000dc44 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Planetiler's DEB after the uptime with no stage bracket, which
// trawl gives no level (its INF, WAR and ERR lines, each with a bracketed stage, are read, and the
// uptime is rightly taken for no time).

var fresh627Cases = []worldCase{
	{
		name:   "valhalla-midgard-logger-utc",
		source: "Valhalla's midgard logger (src/midgard/logging.cc: gmtime's `%04d/%02d/%02d %02d:%02d:%09.6f`, then ` [ERROR] `, ` [WARN] `, ` [INFO] `, ` [DEBUG] `, ` [TRACE] `, then the message): valhalla/valhalla PR #5136 and issues #2956, #1949; nilsnolde/docker-valhalla issues #6, #26 and #109 (valhalla_build_tiles and the service's start)",
		why:    "a slashed date with microseconds, written in UTC; the bracketed level word after it; a tile count and thread count are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Info, "", "2026/11/29 07:41:16.204518 [INFO] Running valhalla_build_tiles with 6 thread(s)."),
			we("2026-11-29T07:41:16.205002Z", Warn, "", "2026/11/29 07:41:16.205002 [WARN] Non-empty /srv/valhalla/tiles/2 will be purged of tiles"),
			we("2026-11-29T07:41:19.881230Z", Warn, "", "2026/11/29 07:41:19.881230 [WARN] Admin db /srv/valhalla/admins.sqlite not found.  Not saving admin information."),
			we("2026-11-29T07:44:02.117094Z", Info, "", "2026/11/29 07:44:02.117094 [INFO] Tile extract successfully loaded with tile count: 2214"),
			we("2026-11-29T07:44:05.530611Z", Error, "", "2026/11/29 07:44:05.530611 [ERROR] Failed to open file /srv/valhalla/tiles/1/047/701.gph.tmp"),
			we("2026-11-29T07:44:05.600002Z", Debug, "", "2026/11/29 07:44:05.600002 [DEBUG] Got request 14 from 10.40.2.18 for /route"),
		},
	},
	{
		name:   "imposm3-rfc3339-offset-elapsed",
		source: "imposm 3's log/logger.go (`[%s] %d:%02d:%02d ` with now.Format(time.RFC3339) and the time since start, before a message that starts with `[level]`: debug, progress, step, info, warn, error, fatal): omniscale/imposm3 log/logger.go (read with the code search), PR #307 and openmaptiles/openmaptiles issue #1677 (pasted lines)",
		why:    "an RFC 3339 stamp with the local +01:00 offset in brackets, then the time since start (no clock), then the level in brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29T08:41:16+01:00] 0:00:00 [info] removing existing cache /var/cache/imposm/osm"),
			we("2026-11-29T07:41:29Z", Warn, "", "[2026-11-29T08:41:29+01:00] 0:00:13 [warn] mapping: zorder type is deprecated and will be removed. See enumerate type."),
			we("2026-11-29T07:58:02Z", Info, "", "[2026-11-29T08:58:02+01:00] 0:16:46 [info] Imposm took: 16m46.2s"),
			we("2026-11-29T08:02:40Z", Error, "", `[2026-11-29T09:02:40+01:00] 0:21:24 [error] SQL Error: pq: relation "import.osm_landusages" does not exist in query CREATE INDEX "osm_landusages_geom" ON "import"."osm_landusages" USING GIST ("geometry")`),
			we("2026-11-29T08:02:41Z", Critical, "", "[2026-11-29T09:02:41+01:00] 0:21:25 [fatal] import failed: generalizing tables: pq: could not extend file: No space left on device"),
		},
	},
	{
		name:   "planetiler-uptime-console",
		source: "Planetiler's console (planetiler-core log4j2.properties: `%highlight{$${uptime:now} %level{length=3} %X{stage}- %msg%n%throwable}`, so `H:MM:SS` since start, INF DEB WAR ERR, `[stage] ` when a stage runs; the progress message spans three lines): onthegomap/planetiler log4j2.properties (code search), issue #830 (a pasted progress record), test fixtures found with find_string (`0:00:01 DEB - argument: …`, `0:08:41 INF [osm_pass1] - Starting...`)",
		why:    "the only stamp is an uptime: no record has a time of its own; a three-letter level; a progress record and an ERR with its Java stack are one entry each",
		entries: []worldEntry{
			we("", Debug, "", "0:00:00 DEB - argument: area=liechtenstein (name of the extract to download if osm_url/osm_path not specified)"),
			we("", Info, "", "0:00:02 INF [osm_pass1] - Starting..."),
			we("", Info, "",
				"0:00:04 INF [osm_pass1] - nodes: [ 418k 100%  209k/s ] 3.2M  ways: [  31k 100%   15k/s ] rels: [  744 100%  372/s ] blocks: [   64 100%   32/s ]",
				"    cpus: 3.6 gc:  3% heap: 512M/4.2G direct: 52M postGC: 101M hppc: 1.4M",
				"    read( 1%) ->    (0/10) -> process(58% 61% 57%)"),
			we("", Warn, "", "0:00:09 WAR [osm_pass2:process] - Error processing way 48213377: TopologyException: side location conflict at 9.5214 47.1402"),
			we("", Error, "",
				"0:01:12 ERR [archive:write] - Error writing tile 14/8592/5750",
				"java.io.IOException: No space left on device",
				"\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)",
				"\tat com.onthegomap.planetiler.mbtiles.Mbtiles$BatchedTileWriter.write(Mbtiles.java:842)"),
		},
	},
	{
		name:   "overpass-transactions-log",
		source: "Overpass API's $DB_DIR/transactions.log written by the dispatcher and by each interpreter process (`yyyy-MM-dd HH:mm:ss [pid] msg`; a query record is `[pid] ` with the query text on the lines under it): drolbr/Overpass-API issues #582 (a pasted log) and #559",
		why:    "a zone-less date and time, then the pid in brackets (no level, no host); the query's text on the next line belongs to the record above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z", Unknown, "", "2026-11-29 07:41:02 [23017] Dispatcher version 0.7.62.5 2f6f1d0ab8c3e9e5d41b7c2a0f7e5c3d9b1a4e62 just started."),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 [48810] request_read_and_idx() start"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 [23017] request_read_and_idx of process 48810 timeout 180 space 536870912."),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"2026-11-29 07:41:16 [48810] ",
				`[out:json][timeout:25];node["amenity"="drinking_water"](47.36,8.50,47.40,8.57);out body;`),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 [23017] waited idle for 4 cycles."),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 [23017] read_finished of process 48810."),
		},
	},
	{
		name:   "osm2pgsql-replication-update",
		source: "osm2pgsql-replication (scripts/osm2pgsql-replication: Python logging `{asctime} [{levelname}]: {message}` with `%Y-%m-%d %H:%M:%S`), with osm2pgsql's own `yyyy-MM-dd HH:mm:ss  msg` lines between during `update`: osm2pgsql-dev/osm2pgsql PRs #1975, #1972 and #1548 (pasted output)",
		why:    "a zone-less date and time, then the level in brackets with a colon after it; osm2pgsql's lines between carry two spaces and no level; the replication server's URL is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO]: Using replication service 'https://planet.example.org/replication/minute/'. Current sequence 6830214 (2026-11-29 07:38:02+00:00)."),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 [DEBUG]: Calling osm2pgsql with: /usr/bin/osm2pgsql --append --slim --prefix planet_osm -d gis /tmp/tmpq2k81x_f/osm2pgsql_diff.osc.gz"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17  osm2pgsql version 2.0.1"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19  Reading input files done in 2s."),
			we("2026-11-29T07:41:24Z", Warn, "", "2026-11-29 07:41:24 [WARNING]: Database is more than 2 days behind the server; consider a re-import."),
			we("2026-11-29T07:41:24Z", Error, "", "2026-11-29 07:41:24 [ERROR]: osm2pgsql exited with status 1. Aborting replication."),
		},
	},
	{
		name:   "openrouteservice-9-thread-column",
		source: "openrouteservice 9's console and logs/ors.log (`yyyy-MM-dd HH:mm:ss LEVEL <thread right-aligned in a wide column> [ <logger abbreviated and padded> ]   msg`): GIScience/openrouteservice issue #2308 (pasted graph-build lines); the older `… INFO [logger ] - msg` of 8.x in issue #1770; the column widths from that paste",
		why:    "a zone-less date and time, a level word, then a thread name padded far to the right; the profile thread `ORS-pl-driving-car` and the logger in `[ … ]` are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO                                                  main [ o.h.o.a.Application                      ]   Starting Application v9.1.2 using Java 21.0.5 with PID 1"),
			we("2026-11-29T07:41:21Z", Info, "", "2026-11-29 07:41:21 INFO                                    ORS-pl-driving-car [ o.h.o.r.RoutingProfile                   ]   [1] Profile: 'driving-car', encoder: 'driving-car', location: '/home/ors/graphs/driving-car'."),
			we("2026-11-29T07:52:40Z", Info, "", "2026-11-29 07:52:40 INFO                                    ORS-pl-driving-car [ o.h.o.r.g.e.c.CoreLMPreparationHandler   ]   Finished LM preparation, totalMB:8192, usedMB:5120"),
			we("2026-11-29T07:52:41Z", Warn, "", "2026-11-29 07:52:41 WARN                                        ORS-pl-walking [ o.h.o.r.g.e.ORSGraphHopper               ]   No custom areas are used, custom_areas.directory not given"),
			we("2026-11-29T07:53:02Z", Error, "", "2026-11-29 07:53:02 ERROR                                       ORS-pl-cycling [ o.h.o.r.RoutingProfileManager            ]   Failed to load profile 'cycling-regular': graph directory is locked"),
		},
	},
	{
		name:   "tegola-level-file-line",
		source: "tegola's internal/log (`yyyy-MM-dd HH:mm:ss [LEVEL] file.go:N: msg`, levels DEBUG INFO WARN ERROR): go-spatial/tegola issue #997 and PR #372 (pasted `tegola cache seed` output), issue #423",
		why:    "a zone-less date and time, the level word in brackets, then the Go file and line before the message; tile coordinates like 13/4096/4095 are no dates",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO] config.go:406: loading local config (/etc/tegola/config.toml)"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO] providers.go:82: registering provider(type): osm (mvt_postgis)"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 07:41:17 [DEBUG] postgis.go:612: connecting to postgis at db-gis:5432"),
			we("2026-11-29T07:41:19Z", Info, "", "2026-11-29 07:41:19 [INFO] worker.go:94: seeding map (streets) tile (13/4290/2871) took: 41ms"),
			we("2026-11-29T07:41:22Z", Warn, "", "2026-11-29 07:41:22 [WARN] server.go:131: no cache configured, every tile will be generated on request"),
			we("2026-11-29T07:41:25Z", Error, "", `2026-11-29 07:41:25 [ERROR] middleware_tile_cache.go:58: cache response writer err: open /var/cache/tegola/streets/14/8580/5743: permission denied`),
		},
	},
	{
		name:   "pygeoapi-default-logformat",
		source: "pygeoapi's pygeoapi/log.py (default logformat `[%(asctime)s] {%(pathname)s:%(lineno)d} %(levelname)s - %(message)s` and dateformat `%Y-%m-%dT%H:%M:%SZ`, on stdout unless logging.logfile is set; Flask's `Exception on … [GET]` with its traceback goes through the same root handler): geopython/pygeoapi log.py (read with the code search), issues #1656, #1108 and #2385",
		why:    "an ISO time with a literal Z in brackets, the full source path and line in braces, the level word before ` - `; a traceback under an ERROR is one entry",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "[2026-11-29T07:41:16Z] {/usr/local/lib/python3.12/site-packages/pygeoapi/log.py:121} DEBUG - Logging initialized"),
			we("2026-11-29T07:41:18Z", Info, "", "[2026-11-29T07:41:18Z] {/usr/local/lib/python3.12/site-packages/pygeoapi/api/__init__.py:412} INFO - Loading 6 collections from /pygeoapi/local.config.yml"),
			we("2026-11-29T07:42:03Z", Warn, "", "[2026-11-29T07:42:03Z] {/usr/local/lib/python3.12/site-packages/pygeoapi/provider/postgresql.py:237} WARNING - Could not determine geometry type of table parcels_2026, using Geometry"),
			we("2026-11-29T07:42:31Z", Error, "", "[2026-11-29T07:42:31Z] {/usr/local/lib/python3.12/site-packages/pygeoapi/api/__init__.py:578} ERROR - Collection not found: rivers_ch"),
			we("2026-11-29T07:42:55Z", Error, "",
				"[2026-11-29T07:42:55Z] {/usr/local/lib/python3.12/site-packages/flask/app.py:875} ERROR - Exception on /collections/parcels/items [GET]",
				"Traceback (most recent call last):",
				`  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 1511, in wsgi_app`,
				"    response = self.full_dispatch_request()",
				"psycopg2.OperationalError: connection to server at \"db-gis\" (10.40.2.7), port 5432 failed: Connection refused"),
		},
	},
}

func TestFresh627Formats(t *testing.T) { assertTable(t, fresh627Cases) }

func TestFresh627Score(t *testing.T) {
	checkScore(t, "fresh627 formats", fresh627Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
