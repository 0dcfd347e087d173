package parse

import "testing"

// The two-hundred-and-sixty-ninth fresh table, written on 2026-12-06: geospatial servers and tools,
// shapes no earlier table holds. Each family is one product's documented or observed output:
// GeoServer 2.2x's geoserver.log under the log4j 2 DEFAULT_LOGGING profile with request logging
// enabled (the padded `%-6level`, JUL's CONFIG, the LoggingFilter's request line with its Headers
// block and a POST body, its ` took Nms` line); MapServer's MS_ERRORFILE at DEBUG 5 (ctime in
// brackets and the microseconds after them, printed without zero padding); ogr2ogr's stderr with
// CPL_DEBUG and CPL_TIMESTAMP (ctime, a four-digit fraction and the seconds since start before the
// debug category; `ERROR 1:` and `Warning 1:` with no time, a PostgreSQL error over several lines);
// QGIS Server's QGIS_SERVER_LOG_STDERR lines (a bare time of day, the level word and `Server[pid]:`)
// inside Apache's error log under mod_fcgid; TileServer GL's console with morgan's `tiny` access
// lines; pg_tileserv's logrus text under systemd read with journalctl on a host at +01:00;
// osrm-extract and osrm-contract 6.x with their bracketed nanosecond stamps and the progress dots
// that, off a terminal, go on lines of their own; Nominatim's query log file (NOMINATIM_LOG_FILE,
// the start time with PHP's trimmed microtime fraction); OpenTripPlanner 2.x's plain console
// (`HH:mm:ss.SSS LEVEL [thread] correlationId (File.java:N) msg`); osm2pgsql 2.x with
// --log-level=debug (two spaces after the time, the thread number in brackets, WARNING: and ERROR:
// prefixes, a PostgreSQL error over several lines).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`geoserver`, `org.geoserver`, `geoserver.filters`, `geowebcache`, `geotools`, `CONFIG [`,
// `  Headers:`, `request-size:`, `mapserver`, `mapserv`, `MS_ERRORFILE`, `msDrawMap`, `msLoadMap`,
// `loadParams`, `CGI Request`, `[Sun Nov 29 07:4x:xx 2026].`, `gdal`, `ogr2ogr`, `ogrinfo`,
// `gdalwarp`, `gdal_translate`, `GDALOpen`, `GDAL: `, `CPL_DEBUG`, `CPL_`, `ERROR 1:`,
// `Warning 1:`, `0...10...20`, `qgis`, `QGIS_SERVER`, `qgis_mapserv`, `Server[`, `INFO Server[`,
// `Qgis Server Settings`, `Request finished in`, `New request`, `WfsOutput`, `mod_fcgid`, `fcgid`,
// `End of script output`, `tileserver`, `Starting tileserver`, `mbtiles`, `morgan`, `GET /data/`,
// `Listening at http`, `Startup complete`, `martin`, `martin::`, `actix_web::middleware::logger`,
// `pg_tileserv`, `pg_featureserv`, `Serving HTTP  at`, `INFO[0000]`, `level=info msg=`, `osrm`,
// `osrm-routed`, `osrm-extract`, `osrm-contract`, `] [info]`, `[info]   `, `RAM: peak`,
// `preprocessing `, `nominatim`, `Updated data`, `] 0.0412 1 search`, `opentripplanner`, `otp`,
// `OtpStartupInfo`, `OTP STARTING UP`, `(GraphBuilder`, `graph.obj`, `Grizzly`, `osm2pgsql`,
// `planet_osm`, `  [00] `, `Clustering table`, `postgis`, `mapnik`, `tegola`, `graphhopper`,
// `valhalla`, `photon`, `pelias`, `tippecanoe`, `pmtiles`, `titiler`, `geonode`, `GetMap`,
// `EPSG:3857`). GeoServer is in fresh60, as the log4j 1 profile's plain lines and a
// ServiceException's trace; the log4j 2 profile's padded level, CONFIG and the request logging with
// its headers and body are in none. osrm-routed is in fresh44 (the untimed `[info]` console and its
// request lines); osrm-extract and osrm-contract with the 6.x stamps and the progress block are in
// none. Nominatim is in fresh44 as nominatim-cli's `yyyy-MM-dd HH:mm:ss: msg` output; its query log
// file is in none. GraphHopper (fresh44) and Photon and Pelias (fresh97, fresh108, fresh193) are left
// out as measured already; MapServer, GDAL's tools, QGIS Server, TileServer GL, pg_tileserv,
// OpenTripPlanner and osm2pgsql are in no earlier table (the `mapserv` found in fresh6 is inside
// ImapServer, the `gdal` in fresh157 an apt package's name). Martin was left out: its 1.x console is
// tracing-subscriber's compact format with ANSI colours on by default, its 0.x one env_logger's
// bracketed line, neither a shape of its own. The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). GeoServer's `29 Nov 07:41:16` has no year (2026); MapServer's and GDAL's
// ctime in brackets has no zone and is taken as UTC, and the digits after the bracket are the
// record's fraction (MapServer prints tv_usec with %ld, so `.2817` is 0.002817 s; GDAL prints
// tv_usec/100 with %04d) — the second alone is accepted too, since the bracket holds it; GDAL's
// `0.0125` after the comma is time since start, no clock. QGIS Server's `07:41:16` is a time of day
// on the clock's day; Apache's stamp has microseconds and no zone. pg_tileserv's logrus time carries
// +01:00 and the journal's header the same instant in local time with no zone (taken as UTC), so
// either is accepted. OSRM's `[2026-11-29T07:41:16.623285207]` and osm2pgsql's
// `2026-11-29 07:41:16` have no zone; Nominatim's `[2026-11-29 07:41:16.91]` is PHP's date() with
// the decimals of microtime(true) as printed (trailing zeros dropped: `.91` is 0.91 s); OTP's
// `07:41:02.311` is a time of day. ogr2ogr's ERROR and Warning lines and its progress line,
// TileServer GL's lines and MapServer's are the ones with no time or no level of their own. Levels
// only where the line marks one: log4j's level column (CONFIG as info), QGIS's INFO WARNING
// CRITICAL, Apache's `[module:level]`, GDAL's `ERROR 1:` and `Warning 1:` (a CPL_DEBUG line's
// `GDAL:` or `PG:` is a category, no level), TileServer GL's `[INFO]` and `WARN:`, logrus's level=,
// OSRM's `[info]` `[warn]` `[error]`, OTP's level word, osm2pgsql's `WARNING:` and `ERROR:` (its
// `SQL:` is a category and its plain lines have none); morgan's status, Nominatim's result count and
// MapServer's messages carry none. The host is the record's host field: the journal header's name;
// an HTTP Host header in GeoServer's Headers block, Apache's `[client addr]`, a database host in a
// message and the listen addresses are not hosts. A record that spans lines is one entry:
// GeoServer's request line with its Headers block (and the body of a POST, with the empty line
// after it), a log4j ERROR with its exception, ogr2ogr's and osm2pgsql's PostgreSQL errors with
// their LINE, HINT and CONTEXT lines, OSRM's progress block (` 10% `, `.` … on lines of their own
// when stdout is no terminal), OTP's ERROR with its stack trace.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 28faf5f before any rule for it: level 96.2 %, time 97.5 %, host 97.5 %, records 93.8 %.
// That is the macro figure (micro: level 96.6 %, time 97.8 %, host 97.8 %, records 94.4 %), in a
// worktree at 28faf5f with no change to trawl's code (only this file and table_test.go's list), 9 of
// 10 families fully right; the gap is ogr2ogr's untimed `ERROR 1:` and `Warning 1:` lines, which
// trawl joins to the timed CPL_DEBUG record before them, and the PostgreSQL lines it splits from an
// `ERROR 1:` that starts a record. MapServer's and GDAL's fraction after the ctime bracket is not
// read (trawl gives the bracket's second, which the table accepts as decided before the run).

var fresh269Cases = []worldCase{
	{
		name:   "geoserver-log4j2-request-logging",
		source: "GeoServer 2.21+ logs/geoserver.log under DEFAULT_LOGGING.xml (log4j 2 `%date{dd MMM HH:mm:ss} %-6level [%logger{2}] - %msg%n%throwable`, org.geoserver at CONFIG) with Settings > Global > Enable Request Logging, Log Request Headers and Log Request Bodies: geoserver/geoserver src/main/src/main/resources/DEFAULT_LOGGING.xml and src/main/java/org/geoserver/filters/LoggingFilter.java (the request line `addr \"METHOD uri?query\" \"UA\" \"Referer\" \"Content-type\" `, then `\\n  Headers:` and `\\n    name: value` lines, ` request-size: N body: ` and the body, and `addr \"METHOD uri\" took Nms`); docs.geoserver.org 2.25.x production/troubleshooting 'Logging service requests'",
		why:    "a day and month name with no year; the level padded to six (CONFIG fills it); the request record spans its Headers block and a POST's body, with the empty line the body's newline leaves; the HTTP host header and the client address are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z", Info, "", "29 Nov 07:41:02 CONFIG [geoserver.config] - Loaded workspace 'topo'"),
			we("2026-11-29T07:41:02Z", Info, "", "29 Nov 07:41:02 CONFIG [geoserver.config] - Loaded data store 'topo_pg', enabled"),
			we("2026-11-29T07:41:16Z", Info, "",
				`29 Nov 07:41:16 INFO   [geoserver.filters] - 10.20.4.18 "GET /geoserver/topo/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=topo%3Acontours&STYLES=&CRS=EPSG%3A3857&BBOX=860785.2,6003224.9,861396.7,6003836.4&WIDTH=256&HEIGHT=256&FORMAT=image%2Fpng&TRANSPARENT=true" "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0" "https://maps.example.org/viewer/" "" `,
				"  Headers:",
				"    host: gs01.example.org:8080",
				"    user-agent: Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
				"    accept: image/avif,image/webp,*/*",
				"    referer: https://maps.example.org/viewer/",
				"    x-forwarded-for: 10.20.4.18"),
			we("2026-11-29T07:41:16Z", Info, "", `29 Nov 07:41:16 INFO   [geoserver.filters] - 10.20.4.18 "GET /geoserver/topo/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=topo%3Acontours&STYLES=&CRS=EPSG%3A3857&BBOX=860785.2,6003224.9,861396.7,6003836.4&WIDTH=256&HEIGHT=256&FORMAT=image%2Fpng&TRANSPARENT=true" took 84ms`),
			we("2026-11-29T07:41:25Z", Info, "",
				`29 Nov 07:41:25 INFO   [geoserver.filters] - 10.20.4.31 "POST /geoserver/wfs" "QGIS/34000/Fedora Linux 41" "" "text/xml" `,
				"  Headers:",
				"    host: gs01.example.org:8080",
				"    content-type: text/xml",
				"    content-length: 298 request-size: 298 body: ",
				`<wfs:Transaction service="WFS" version="1.1.0" xmlns:wfs="http://www.opengis.net/wfs" xmlns:ogc="http://www.opengis.net/ogc">`,
				`  <wfs:Delete typeName="topo:survey_points">`,
				`    <ogc:Filter><ogc:FeatureId fid="survey_points.1182"/></ogc:Filter>`,
				"  </wfs:Delete>",
				"</wfs:Transaction>",
				""),
			we("2026-11-29T07:41:25Z", Info, "", `29 Nov 07:41:25 INFO   [geoserver.filters] - 10.20.4.31 "POST /geoserver/wfs" took 131ms`),
			we("2026-11-29T07:41:31Z", Warn, "", "29 Nov 07:41:31 WARN   [geoserver.wms] - Style 'contours_labels' references font 'Noto Sans Condensed', which is not available on this server"),
			we("2026-11-29T07:41:40Z", Error, "",
				"29 Nov 07:41:40 ERROR  [geoserver.ows] - ",
				"org.geoserver.platform.ServiceException: Could not find layer topo:contours_2025",
				"\tat org.geoserver.wms.map.GetMapKvpRequestReader.parseLayers(GetMapKvpRequestReader.java:1423)",
				"\tat org.geoserver.ows.Dispatcher.parseRequestKVP(Dispatcher.java:1612)"),
		},
	},
	{
		name:   "mapserver-ms-errorfile-debug",
		source: "MapServer 8's MS_ERRORFILE written to a file with DEBUG 5 in the mapfile (msDebug: `[%s].%ld ` from ctime with its newline chopped and tv_usec unpadded, then the message; msSetError's message under debug as `routine(): Error class. message`): MapServer/MapServer src mapdebug.c (msDebug), issues #4662 and #7584, PR #7025 (an MS4W errorfile paste with `CGI Request 1 on process`, `msLoadMap(): 0.019s`, `mapserv request processing time`) and #5720 (the msDrawMap error text)",
		why:    "ctime in brackets with no zone, the microseconds after the bracket and without zero padding (`.2817` is 0.002817 s); no level anywhere, an error class inside the message is no level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.861204Z|2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026].861204 CGI Request 1 on process 31877"),
			we("2026-11-29T07:41:16.861377Z|2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026].861377 msLoadMap(): 0.004s"),
			we("2026-11-29T07:41:16.903118Z|2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026].903118 msDrawMap(): rendering using outputformat named png (AGG/PNG)."),
			we("2026-11-29T07:41:16.948522Z|2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026].948522 msDrawMap(): Layer 0 (parcels), 0.045s"),
			we("2026-11-29T07:41:17.002817Z|2026-11-29T07:41:17Z", Unknown, "", "[Sun Nov 29 07:41:17 2026].2817 msDrawMap(): Layer 1 (roads), 0.054s"),
			we("2026-11-29T07:41:17.04109Z|2026-11-29T07:41:17Z", Unknown, "", "[Sun Nov 29 07:41:17 2026].41090 msDrawRasterLayerLow(): Image handling error. Corrupt, empty or missing file '/srv/ortho/2026/ortho_33_0512.tif' for layer 'orthophoto_2026'."),
			we("2026-11-29T07:41:17.041233Z|2026-11-29T07:41:17Z", Unknown, "", "[Sun Nov 29 07:41:17 2026].41233 msDrawMap(): Image handling error. Failed to draw layer named 'orthophoto_2026'."),
			we("2026-11-29T07:41:17.061003Z|2026-11-29T07:41:17Z", Unknown, "", "[Sun Nov 29 07:41:17 2026].61003 msFreeMap(): freeing map at 0x55d1c2e04f10."),
		},
	},
	{
		name:   "gdal-ogr2ogr-cpl-debug-timestamp",
		gap:    "the PostgreSQL lines under an `ERROR 1:` (`LINE 1: …` and its caret; `ERROR:  …` and `CONTEXT:  …`) are not joined to it: without a time, a line of its own opens a record (GDAL's `ERROR 1:` and `Warning 1:` lines are records of their own with their levels since the forty-third session)",
		source: "ogr2ogr (GDAL 3.x) loading PostgreSQL with `--debug on --config CPL_TIMESTAMP ON -progress`, stderr and stdout together: CPLDebug's `[ctime].%04d, %03.04f: CATEGORY: msg` (tv_usec/100, seconds since the first message), CPLDefaultErrorHandler's `ERROR %d: msg` and `Warning %d: msg` with no time, a PostgreSQL error carried over its own lines, the `0...10...20` progress line: OSGeo/gdal port/cpl_error.cpp (CPLDebug, CPLDefaultErrorHandler), OSGeo/gdal PR #14580 (doc/source/user/debug.rst with CPL_TIMESTAMP output), OSGeo/gdal issue #10359 and GeoNode/django-osgeo-importer PR #189 (the multi-line `ERROR 1:` from PostgreSQL)",
		why:    "ctime in brackets, a four-digit fraction after it and the seconds since start after a comma; the debug category (GDAL:, PG:) is no level; ERROR 1 and Warning 1 carry no time and must not take a neighbour's; a PostgreSQL error's LINE, caret and HINT lines and the empty line after them belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4182Z|2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026].4182, 0.0000: GDAL: GDALOpen(/srv/data/cadastre/parcels_2026.gpkg, this=0x55f0d3a1c2b0) succeeds as GPKG."),
			we("2026-11-29T07:41:16.4307Z|2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026].4307, 0.0125: GPKG: Dataset /srv/data/cadastre/parcels_2026.gpkg has 2 vector layers"),
			we("2026-11-29T07:41:16.512Z|2026-11-29T07:41:16Z", Unknown, "", "[Sun Nov 29 07:41:16 2026].5120, 0.0938: PG: PostgreSQL version string : 'PostgreSQL 16.6 (Debian 16.6-1.pgdg120+1) on x86_64-pc-linux-gnu'"),
			we("", Warn, "", "Warning 1: Layer creation options ignored since an existing layer is being appended to."),
			we("2026-11-29T07:41:17.0021Z|2026-11-29T07:41:17Z", Unknown, "", "[Sun Nov 29 07:41:17 2026].0021, 0.5839: PG: Command Results Tuples = 0"),
			we("", Error, "",
				"ERROR 1: ERROR:  column \"lot_area_m2\" of relation \"parcels_2026\" does not exist",
				"LINE 1: INSERT INTO \"cadastre\".\"parcels_2026\" (\"geom\" , \"lot_area_m2\", \"lot_no...",
				"                                                          ^",
				""),
			we("", Error, "",
				"ERROR 1: COPY statement failed.",
				"ERROR:  invalid input syntax for type integer: \"12a\"",
				"CONTEXT:  COPY parcels_2026, line 1, column lot_no: \"12a\"",
				""),
			we("", Unknown, "", "0...10...20...30...40...50...60...70...80...90...100 - done."),
		},
	},
	{
		name:   "qgis-server-stderr-in-apache-error-log",
		source: "QGIS Server 3.x under Apache mod_fcgid with QGIS_SERVER_LOG_STDERR=1 and QGIS_SERVER_LOG_LEVEL=0: the FastCGI process's stderr lands unprefixed in Apache's error.log between httpd's own `[ctime.usec year] [module:level] [pid N] …` lines; QGIS writes QgsMessageLogConsole::formatLogMessage's `%1 %2 %3[%4]: %5` (QTime::currentTime().toString(), INFO WARNING CRITICAL, the tag, the pid): qgis/QGIS src/core/qgsmessagelog.cpp (formatLogMessage), 3liz/lizmap-web-client issue #2755 (the two interleaved in one error.log), qgis/QGIS PR #32202 (the `Qgis Server Settings:` block), qgis/QGIS issue #54973 (fcgid's read data timeout)",
		why:    "QGIS's bare time of day is on the clock's day and its level word comes after it; Apache's lines between carry microseconds and a year; the client address in brackets is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:02.11824Z", Notice, "", "[Sun Nov 29 07:41:02.118240 2026] [mpm_prefork:notice] [pid 2201] AH00163: Apache/2.4.62 (Debian) mod_fcgid/2.3.9 OpenSSL/3.0.15 configured -- resuming normal operations"),
			we("2026-11-29T07:41:02.118301Z", Notice, "", "[Sun Nov 29 07:41:02.118301 2026] [core:notice] [pid 2201] AH00094: Command line: '/usr/sbin/apache2'"),
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 INFO Server[2217]: Qgis Server Settings: "),
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 INFO Server[2217]:   - QGIS_SERVER_LOG_LEVEL / '' (Log level): '0' (read from ENVIRONMENT_VARIABLE)"),
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 INFO Server[2217]:   - QGIS_SERVER_LOG_STDERR / '' (Activate/Deactivate logging to stderr): '1' (read from ENVIRONMENT_VARIABLE)"),
			we("2026-11-29T07:41:17Z", Info, "", "07:41:17 INFO Server[2217]: ******************** New request ***************"),
			we("2026-11-29T07:41:17Z", Info, "", "07:41:17 INFO Server[2217]: MAP:/srv/qgis/projects/cadastre.qgs"),
			we("2026-11-29T07:41:18Z", Warn, "", "07:41:18 WARNING Server[2217]: Layer 'flood_zones_2026' has an invalid data source and was skipped"),
			we("2026-11-29T07:41:18Z", Info, "", "07:41:18 INFO WfsOutputExtension[2217]: responseComplete ran in 0.0s"),
			we("2026-11-29T07:41:18Z", Info, "", "07:41:18 INFO Server[2217]: Request finished in 412 ms"),
			we("2026-11-29T07:41:21Z", Critical, "", "07:41:21 CRITICAL Server[2217]: Layer(s) not valid: flood_zones_2026"),
			we("2026-11-29T07:43:40.171206Z", Warn, "", "[Sun Nov 29 07:43:40.171206 2026] [fcgid:warn] [pid 2204:tid 140233] [client 10.20.7.15:51882] mod_fcgid: read data timeout in 120 seconds, referer: https://maps.example.org/"),
			we("2026-11-29T07:43:40.17129Z", Error, "", "[Sun Nov 29 07:43:40.171290 2026] [core:error] [pid 2204:tid 140233] [client 10.20.7.15:51882] End of script output before headers: qgis_mapserv.fcgi, referer: https://maps.example.org/"),
		},
	},
	{
		name:   "tileserver-gl-console-morgan-tiny",
		source: "TileServer GL 4.x/5.x in Docker (`docker logs`, NODE_ENV=production): console.log start-up lines (`Starting tileserver-gl vX`, `[INFO] Automatically creating config file for …`, `WARN: MBTiles not in \"openmaptiles\" format…`, `Listening at http://[::]:8080/`, `Startup complete`) and morgan's `tiny` access format `:method :url :status :res[content-length] - :response-time ms`: maptiler/tileserver-gl src/main.js (startWithInputFile), issues #526 (the access lines), #785 and #383 (the start-up lines)",
		why:    "no time anywhere; `[INFO]` and `WARN:` are levels, the access line's status is none; a content length or `-` after the status is no time",
		entries: []worldEntry{
			we("", Unknown, "", "Starting tileserver-gl v4.13.2"),
			we("", Unknown, "", "No MBTiles specified, using osm-2026-11.mbtiles"),
			we("", Info, "", "[INFO] Automatically creating config file for osm-2026-11.mbtiles"),
			we("", Info, "", "[INFO] Only a basic preview style will be used."),
			we("", Warn, "", `WARN: MBTiles not in "openmaptiles" format. Serving raw data only...`),
			we("", Unknown, "", "Starting server"),
			we("", Unknown, "", "Listening at http://[::]:8080/"),
			we("", Unknown, "", "Startup complete"),
			we("", Unknown, "", "GET /styles/basic-preview/style.json 200 2218 - 4.811 ms"),
			we("", Unknown, "", "GET /data/osm-2026-11/14/8801/5374.pbf 200 48213 - 12.402 ms"),
			we("", Unknown, "", "GET /data/osm-2026-11/15/17602/10749.pbf 204 - - 1.036 ms"),
			we("", Unknown, "", "GET /styles/basic-preview/512/14/8801/5374.png 500 - - 211.530 ms"),
		},
	},
	{
		name:   "pg-tileserv-journal-logrus",
		source: "pg_tileserv run as a systemd service on a host at +01:00 and read with journalctl (BSD journal line with the local time, then logrus's TextFormatter off a terminal: `time=\"RFC 3339 with offset\" level=info|warning|error|debug msg=\"…\" key=value`): CrunchyData/pg_tileserv main.go (logrus), the pg_tileserv Katacoda tutorial (the start-up and `msg=\"GET /\" method=GET url=/` lines); the systemd unit from memory",
		why:    "the journal's local time without zone and logrus's same instant with +01:00 are both the record's time; level= names the level (warning as warn); the journal's host is the host, the database host in a message is not",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z|2026-11-29T08:41:02Z", Info, "tiles01", `Nov 29 08:41:02 tiles01 pg_tileserv[1204]: time="2026-11-29T08:41:02+01:00" level=info msg="pg_tileserv 1.0.11"`),
			we("2026-11-29T07:41:02Z|2026-11-29T08:41:02Z", Info, "tiles01", `Nov 29 08:41:02 tiles01 pg_tileserv[1204]: time="2026-11-29T08:41:02+01:00" level=info msg="Using database connection info from environment variable DATABASE_URL"`),
			we("2026-11-29T07:41:02Z|2026-11-29T08:41:02Z", Info, "tiles01", `Nov 29 08:41:02 tiles01 pg_tileserv[1204]: time="2026-11-29T08:41:02+01:00" level=info msg="Serving HTTP  at 0.0.0.0:7800"`),
			we("2026-11-29T07:41:02Z|2026-11-29T08:41:02Z", Info, "tiles01", `Nov 29 08:41:02 tiles01 pg_tileserv[1204]: time="2026-11-29T08:41:02+01:00" level=info msg="Connected as 'tileserv' to 'gis' @ 'db02.internal.example.org'"`),
			we("2026-11-29T07:41:09Z|2026-11-29T08:41:09Z", Info, "tiles01", `Nov 29 08:41:09 tiles01 pg_tileserv[1204]: time="2026-11-29T08:41:09+01:00" level=info msg="GET /public.parcels/14/8801/5374.pbf" method=GET url=/public.parcels/14/8801/5374.pbf`),
			we("2026-11-29T07:41:09Z|2026-11-29T08:41:09Z", Debug, "tiles01", `Nov 29 08:41:09 tiles01 pg_tileserv[1204]: time="2026-11-29T08:41:09+01:00" level=debug msg="Tile request for layer public.parcels at 14/8801/5374 took 38ms"`),
			we("2026-11-29T07:41:12Z|2026-11-29T08:41:12Z", Warn, "tiles01", `Nov 29 08:41:12 tiles01 pg_tileserv[1204]: time="2026-11-29T08:41:12+01:00" level=warning msg="Unable to find layer public.parcels_2025"`),
			we("2026-11-29T07:41:15Z|2026-11-29T08:41:15Z", Error, "tiles01", `Nov 29 08:41:15 tiles01 pg_tileserv[1204]: time="2026-11-29T08:41:15+01:00" level=error msg="ERROR: canceling statement due to statement timeout (SQLSTATE 57014)"`),
		},
	},
	{
		name:   "osrm-extract-contract-v6-timestamps",
		source: "osrm-extract and osrm-contract 6.x with output redirected to a file (util::Log: `[%FT%H:%M:%S.fraction] [info|warn|error] msg`, info on stdout and warn/error on stderr; util::Percent off a terminal ends each `.` and ` N% ` step with a newline and no new prefix): Project-OSRM/osrm-backend src/util/log.cpp and include/util/percent.hpp, issues #7186 (a 6.x extract log with nanosecond stamps), #5231 and #5267 (the progress steps on lines of their own), #4569 and #5705 (contract and extract lines)",
		why:    "a bracketed ISO time with nanoseconds and no zone, then the level in brackets; the indented tag names under `Found 3 turn restriction tags:` are records of their own; the progress block's `.` and ` 10% ` lines belong to the line that opened it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.623285207Z", Info, "", "[2026-11-29T07:41:16.623285207] [info] Parsed 0 location-dependent features with 0 GeoJSON polygons"),
			we("2026-11-29T07:41:16.623373135Z", Info, "", "[2026-11-29T07:41:16.623373135] [info] Using script /opt/car.lua"),
			we("2026-11-29T07:41:16.623422449Z", Info, "", "[2026-11-29T07:41:16.623422449] [info] Input file: dach-latest.osm.pbf"),
			we("2026-11-29T07:41:16.641168361Z", Info, "", "[2026-11-29T07:41:16.641168361] [info] Found 3 turn restriction tags:"),
			we("2026-11-29T07:41:16.641199254Z", Info, "", "[2026-11-29T07:41:16.641199254] [info]   motorcar"),
			we("2026-11-29T07:41:16.641211668Z", Info, "", "[2026-11-29T07:41:16.641211668] [info]   motor_vehicle"),
			we("2026-11-29T07:44:02.118774350Z", Warn, "", "[2026-11-29T07:44:02.118774350] [warn] Restriction relation 14402371 has no valid from way, ignoring"),
			we("2026-11-29T07:52:40.004512889Z", Info, "", "[2026-11-29T07:52:40.004512889] [info] RAM: peak bytes used: 9182736384"),
			we("2026-11-29T07:53:09.876221053Z", Info, "", "[2026-11-29T07:53:09.876221053] [info] preprocessing 3412733 (100%) nodes..."),
			we("2026-11-29T07:53:09.876308412Z", Info, "",
				"[2026-11-29T07:53:09.876308412] [info] .",
				" 10% ",
				".",
				" 20% ",
				".",
				" 30% ",
				".",
				" 40% ",
				".",
				" 50% ",
				".",
				" 60% ",
				".",
				" 70% ",
				".",
				" 80% ",
				".",
				" 90% ",
				".",
				" 100% "),
			we("2026-11-29T08:01:44.210337906Z", Error, "", "[2026-11-29T08:01:44.210337906] [error] [exception] std::bad_alloc"),
			we("2026-11-29T08:01:44.210401175Z", Error, "", "[2026-11-29T08:01:44.210401175] [error] Please provide more memory or consider using a larger swapfile"),
		},
	},
	{
		name:   "nominatim-php-query-log-file",
		source: "Nominatim 4.x's query log (NOMINATIM_LOG_FILE: `<request time> <execution time in s> <number of results> <type> \"<query string>\"`, written by logEnd as `[%s] %.4f %d %s \"%s\"` with the start time from date('Y-m-d H:i:s') and the decimals of microtime(true)): osm-search/Nominatim docs/customize/Settings.md (NOMINATIM_LOG_FILE) and lib-php/log.php (logStart, logEnd)",
		why:    "a bracketed zone-less date whose fraction has one to four digits (PHP drops trailing zeros: `.91`, `.7`); the execution time and the result count are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4182Z", Unknown, "", `[2026-11-29 07:41:16.4182] 0.0412 1 search "q=Hauptstra%C3%9Fe+12%2C+Freiburg&format=jsonv2&addressdetails=1"`),
			we("2026-11-29T07:41:16.91Z", Unknown, "", `[2026-11-29 07:41:16.91] 0.0071 1 reverse "lat=47.99591&lon=7.85224&format=json&zoom=18"`),
			we("2026-11-29T07:41:17.7Z", Unknown, "", `[2026-11-29 07:41:17.7] 0.0023 2 place "osm_ids=W104393803,N240109189&format=json"`),
			we("2026-11-29T07:41:18.2604Z", Unknown, "", `[2026-11-29 07:41:18.2604] 1.2871 10 search "q=bakery&viewbox=7.80%2C48.02%2C7.90%2C47.96&bounded=1&limit=10&format=geojson"`),
			we("2026-11-29T07:41:20.5508Z", Unknown, "", `[2026-11-29 07:41:20.5508] 0.0194 0 search "q=Zzyzx+Rd+99&countrycodes=de&format=json"`),
		},
	},
	{
		name:   "opentripplanner-2-plain-console",
		source: "OpenTripPlanner 2.x's default console (logback.xml's plain appender `%d{HH:mm:ss.SSS} %level [%thread] %X{correlationId} \\(%F:%L\\) %msg%n`, so an empty correlation id leaves two spaces): opentripplanner/OpenTripPlanner application/src/main/resources/logback.xml, PR #6264 (OtpStartupInfo's STARTING UP line), PR #6799 (`OTP UPDATERS INITIALIZED … is ready for routing!`), HSLdevcom/digitransit-ui issue #4779 (GraphBuilderDataSources lines); the correlation id on a request thread and the stack trace from memory",
		why:    "a bare time of day with milliseconds on the clock's day; the level word before the thread in brackets; a file:line in parentheses is no time; an ERROR's stack trace is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:02.311Z", Info, "", "07:41:02.311 INFO [main]  (OtpStartupInfo.java:40) OTP STARTING UP - Run Planner - version: 2.8.1, ser.ver.id: 192, commit: 4b7e1c09d2a35f6e8b90c1d2e3f4a5b6c7d8e9f0, branch: HEAD"),
			we("2026-11-29T07:41:02.498Z", Info, "", "07:41:02.498 INFO [main]  (GraphBuilderDataSources.java:221) Data source location(s): /var/opentripplanner"),
			we("2026-11-29T07:41:09.87Z", Info, "", "07:41:09.870 INFO [main]  (SerializedGraphObject.java:267) Graph loaded.  |V|=1,204,331 |E|=2,977,512"),
			we("2026-11-29T07:41:31.004Z", Warn, "", "07:41:31.004 WARN [main]  (GtfsModule.java:188) Stop 'vbb:900000100003' is more than 500 m from any street and was linked to its nearest edge"),
			we("2026-11-29T07:41:40.551Z", Info, "", "07:41:40.551 INFO [main]  (GrizzlyServer.java:128) Grizzly server running."),
			we("2026-11-29T07:41:41.002Z", Info, "", "07:41:41.002 INFO [updater-1]  (UpdaterConfigurator.java:96) OTP UPDATERS INITIALIZED (2 updaters) - OTP 2.8.1 is ready for routing!"),
			we("2026-11-29T07:42:03.115Z", Error, "",
				"07:42:03.115 ERROR [grizzly-http-server-4] 8c1d2e3f-4a5b-4c6d-9e7f-0a1b2c3d4e5f (OTPExceptionMapper.java:42) Unhandled exception",
				"java.lang.IllegalStateException: No transit data for date 2026-12-24",
				"\tat org.opentripplanner.routing.algorithm.raptoradapter.router.TransitRouter.route(TransitRouter.java:121)",
				"\tat org.opentripplanner.routing.algorithm.RoutingWorker.route(RoutingWorker.java:143)"),
		},
	},
	{
		name:   "osm2pgsql-2-log-level-debug",
		source: "osm2pgsql 2.x with --log-level=debug on stderr (logger::generate_common_prefix: `{:%Y-%m-%d %H:%M:%S}` in local time, two spaces, `[{:02d}] ` the thread number at debug, then `WARNING: ` or `ERROR: ` or `SQL: `): osm2pgsql-dev/osm2pgsql src/logging.hpp and src/logging.cpp, issue #2049 (the two spaces and the thread number), issues #859 and #1571 (a PostgreSQL COPY error whose CONTEXT line follows on its own line); the message wording from memory",
		why:    "a zone-less date, two spaces and a thread number in brackets that is no level; WARNING: and ERROR: after it are levels, SQL: is a category; the PostgreSQL CONTEXT line and the empty line after it belong to the error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16  [00] osm2pgsql version 2.0.1"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16  [00] Database version: 16.6 (Debian 16.6-1.pgdg120+1)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16  [00] PostGIS version: 3.5"),
			we("2026-11-29T07:41:16Z", Warn, "", "2026-11-29 07:41:16  [00] WARNING: The pgsql (default) output is deprecated. For details see https://osm2pgsql.org/doc/faq.html#the-pgsql-output-is-deprecated-what-does-that-mean"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17  [00] Setting up table 'planet_osm_point'"),
			we("2026-11-29T07:52:40Z", Unknown, "", "2026-11-29 07:52:40  [00] Reading input files done in 683s (11m 23s)."),
			we("2026-11-29T07:52:41Z", Unknown, "", "2026-11-29 07:52:41  [03] Clustering table 'planet_osm_roads' by geometry..."),
			we("2026-11-29T07:55:02Z", Error, "",
				`2026-11-29 07:55:02  [00] ERROR: DB copy thread failed: Ending COPY mode for 'planet_osm_line' failed: ERROR:  invalid input syntax for type integer: "covered"`,
				`CONTEXT:  COPY planet_osm_line, line 1, column layer: "covered"`,
				""),
		},
	},
}

func TestFresh269Formats(t *testing.T) { assertTable(t, fresh269Cases) }
func TestFresh269Score(t *testing.T) {
	checkScore(t, "fresh269 formats", fresh269Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 97.4})
}
