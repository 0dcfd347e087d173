package parse

import "testing"

// The six-hundred-and-forty-second fresh table: library, museum and archive systems, their
// repositories, catalogues and preservation pipelines, as their logs are attached to tickets, in
// shapes no earlier table holds. Each family is one product's documented or observed output: DSpace
// 7/8's dspace.log (log4j2 with the correlation and request ids, `unknown` when unset, and ` @ `
// before the message, a 500's stack under its ERROR); Fedora Commons 6 in Tomcat under docker
// compose (Fedora's logback `LEVEL HH:mm:ss.SSS [thread] (Class) msg` between Tomcat's own lines,
// each behind `fedora-1  | `); Islandora Workbench's workbench.log (`dd-Mon-yy HH:MM:SS - LEVEL -
// msg`); ArchivesSpace's archivesspace.out (Ruby's Logger with `Thread-N:` and the indexers' own
// stamps); Evergreen ILS's OpenSRF osrfsys.log (`service date [TAG:pid:file:line:xid] msg`) and the
// same services through syslog into an ISO-dated syslog-ng file with the host; Archivematica's
// MCPServer log in its `detailed` file format (the level padded to eight first) and in the 1.17
// format with the thread name after the level.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`koha`, `koha-`, `plack_koha`, `plack-error`, `sip2`, `SIPServer`,
// `zebrasrv`, `z39.50`, `dspace`, `dspace.log`, `org.dspace`, `org.dspace.app`,
// `DSpaceAPIRequestLoggingFilter`, `LoggerUsageEventListener`, `cocoon`, `INFO  unknown`,
// `ERROR unknown`, ` @ Before request`, `fedora`, `fcrepo`, `org.fcrepo`, `fedora-commons`,
// `fedora.log`, `FedoraPropsConfig`, `] (FedoraPropsConfig)`, `ModeShape`, `(DefaultPropertiesLoader)`,
// `INFO 13:`, `INFO 07:41`, `islandora`, `islandora_workbench`, `workbench`, ` - INFO - `,
// `-Dec-20 `, `-Nov-26 `, `archivesspace`, `archivesspace.out`, `aspace`, `-- : Thread-`,
// `Thread-2`, `Staff Indexer`, `PUI Indexer`, `Running index round`, `Responded with`, `evergreen`,
// `open-ils`, `opensrf`, `osrf`, `osrfsys`, `Application.pm`, `[INFO:`, `[WARN:`, `[ERR :`,
// `omeka`, `omeka-s`, `application.log`, `ERR (3)`, `zend`, `laminas`, `collectiveaccess`,
// `KLogger`, ` --> `, `archivematica`, `archivematica.mcp`, `mcp.server`, `MCPServer`, `MCPClient`,
// `jobChain`, `gearman`, `ThreadPoolExecutor`, `DEBUG     20`, `INFO      20`, `WARNING   20`,
// `__init__:`, `cantaloupe`, `iiif`, `alpaca`, `Camel`, `crayfish`, `houdini`, `homarus`,
// `hypercube`, `FITS`, `fits.log`, `blacklight`, `hyrax`, `samvera`, `hydra`, `invenio`, `eprints`,
// `atom`, `accesstomemory`, `atom-worker`, `arFindingAid`, `qubit`, `symfony`, `folio`, `okapi`,
// `vufind`, `greenstone`, `alma`, `NCIP`, `marc`, `zebra`, `solr`, `drupal`, `watchdog`, `tomcat`,
// `catalina`, `mediawiki`, `alfresco`, `nuxeo`, `arkivum`, `preservica`, `ojs`, `PKP`,
// `dataverse`, `payara`, `figshare`, `handle.net`, `oai`, `BagIt`). None of DSpace's dspace.log,
// Fedora Commons, Islandora Workbench, ArchivesSpace, Evergreen/OpenSRF or Archivematica is in any
// table (`dspace` is only named in fresh626's list of greps and in a Hammerspoon source; `fedora`
// matches the Linux distribution; `aspace` matches words like namespace; `workbench` other
// products; `- INFO -` is Python's common pattern, never after a `dd-Mon-yy` date;
// `ThreadPoolExecutor` appears only inside other layouts; `INFO 07:41` is drftpd's and
// matrix-hookshot's level-first lines, not Fedora's `(Class)` shape). Left out as measured already:
// Koha's SIP2 log4perl log and its zebrasrv YAZ log (fresh270). Left out as in a shape a table
// already holds: Omeka and Omeka S (Zend/Laminas `ERR (3):` lines), CollectiveAccess (KLogger),
// Cantaloupe (logback's default console), Fedora 4 in the journal (a BSD syslog line around the
// same logback shape). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). DSpace's, ArchivesSpace's, Evergreen's, Archivematica's and Islandora
// Workbench's stamps have no zone and are taken as UTC; Workbench's `29-Nov-26` is day, month name
// and a two-digit year. Fedora's logback lines carry a time of day only: they are on the clock's
// day; Tomcat's lines between them have a day-first date with a month name. ArchivesSpace's
// indexer lines carry the indexer's own stamp with an offset beside the logger's: either is
// accepted. Levels only where the line marks one: DSpace's padded level word, Fedora's leading
// level word and Tomcat's WARNING/INFO after the time, Workbench's level between ` - `, Ruby's
// INFO/DEBUG/WARN/ERROR after the bracket, OpenSRF's tag in the bracket (`ERR ` Error, `WARN` Warn,
// `INFO` Info, `DEBG` Debug), Archivematica's leading level word. The host is the record's host
// field: only the syslog-ng file's (brick01, brick02, brick03); DSpace's correlation and request
// ids, the compose service `fedora-1`, Ruby's pid and thread, OpenSRF's service names and
// Archivematica's thread names are no hosts. A record that spans lines is one entry: DSpace's ERROR
// with the Java stack, Fedora's ERROR with its stack behind the compose prefix, Archivematica's
// ERROR with the Python traceback.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory as a whole,
// and the few details that do (Fedora's stack under an ERROR, Archivematica's traceback) say "from
// memory" in their source. Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 6d5e872 before any rule for it: level 97.5 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 97.5 %, time 100.0 %, host 87.5 %, records 100.0 %), in a
// worktree at 6d5e872 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Evergreen's OpenSRF lines through syslog into an ISO-dated
// file, where trawl reads neither the host between the date and the service nor the `ERR ` tag.

var fresh642Cases = []worldCase{
	{
		name:   "dspace7-dspace-log-request-ids",
		source: "DSpace 7/8's backend log [dspace]/log/dspace.log (log4j2: the date with a comma before the milliseconds, the level padded to five, the UI's correlation id or `unknown`, the request id or `unknown`, the logger, ` @ `, the message; a 500's Java stack under its ERROR): DSpace/DSpace issues #8250 and #8148, DSpace/RestContract issue #174 (pasted logs), DSpace/DSpace PR #3206, DSpace's log4j2.xml found with the code search",
		why:    "a zone-less date and time (UTC by the rules); the level word before two ids that are no host; `@` between the logger and the message; the stack's `at` lines and the exception line belong to the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.227Z", Info, "", "2026-11-29 07:41:16,227 INFO  unknown 3f9c2a71-8d4e-4b6a-9e1f-0c5d7b2a4e18 org.dspace.app.rest.utils.DSpaceAPIRequestLoggingFilter @ Before request [GET /server/api/core/sites] originated from https://repo.harbourlib.example.org/"),
			we("2026-11-29T07:41:16.310Z", Info, "", "2026-11-29 07:41:16,310 INFO  5b0e8c3d-21f7-4a90-b6d2-8e4f1a9c7d03 a71d4e2c-6b8f-4c1e-9a3d-2f5b0e7c8d91 org.dspace.app.rest.utils.DSpaceAPIRequestLoggingFilter @ After request [GET /server/api/discover/search/objects] originated from /search with status 200"),
			we("2026-11-29T07:41:18.044Z", Warn, "", "2026-11-29 07:41:18,044 WARN  5b0e8c3d-21f7-4a90-b6d2-8e4f1a9c7d03 0c2f7a9e-3d1b-4e8c-b5a6-7f9d2e4c1b08 org.dspace.app.rest.exception.DSpaceApiExceptionControllerAdvice @ Resource not found (status:404) at org.dspace.app.rest.repository.ItemRestRepository.findOne(ItemRestRepository.java:122)"),
			we("2026-11-29T07:41:21.905Z", Error, "",
				"2026-11-29 07:41:21,905 ERROR unknown 9d3b6f1e-4a2c-4d8e-8b7f-1e0c5a3d9f62 org.dspace.app.rest.exception.DSpaceApiExceptionControllerAdvice @ An exception has occurred (status:500)",
				`java.lang.NullPointerException: Cannot invoke "org.dspace.content.Bitstream.getFormat(org.dspace.core.Context)" because "bitstream" is null`,
				"\tat org.dspace.app.rest.converter.BitstreamConverter.convert(BitstreamConverter.java:48) ~[dspace-server-webapp-8.1.jar:8.1]",
				"\tat org.dspace.app.rest.converter.ConverterService.toRest(ConverterService.java:112) ~[dspace-server-webapp-8.1.jar:8.1]",
				"\tat org.dspace.app.rest.repository.BundleRestRepository.findOne(BundleRestRepository.java:96) ~[dspace-server-webapp-8.1.jar:8.1]"),
			we("2026-11-29T07:45:00.012Z", Info, "", "2026-11-29 07:45:00,012 INFO  unknown unknown org.dspace.statistics.SolrLoggerServiceImpl @ Committed 214 usage events to the statistics core"),
		},
	},
	{
		name:   "fcrepo6-tomcat-compose-console",
		source: "Fedora Commons 6 (fcrepo-webapp in Tomcat) under docker compose, its console read with `docker compose logs` (the service prefix `fedora-1  | `, then either Tomcat's `dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method msg` or Fedora's logback `LEVEL HH:mm:ss.SSS [thread] (Class) msg`): avalonmediasystem/avalon-docker issue #86 (a pasted console), fcrepo/fcrepo PR #2039; the stack under an ERROR from memory",
		why:    "Fedora's lines carry a time of day only, after the level word (the clock's day); Tomcat's lines a day-first date with a month name and the level after the time; `fedora-1` is the compose service, no host; the stack behind the prefix belongs to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:02.584Z", Warn, "", "fedora-1  | 29-Nov-2026 07:41:02.584 WARNING [main] org.apache.catalina.startup.ContextConfig.validateSecurityRoles Security role name [fedoraAdmin] used in an <auth-constraint> without being defined in a <security-role>"),
			we("2026-11-29T07:41:07.713Z", Info, "", "fedora-1  | INFO 07:41:07.713 [main] (FedoraPropsConfig) Fedora home: /data/fcrepo"),
			we("2026-11-29T07:41:07.716Z", Info, "", "fedora-1  | INFO 07:41:07.716 [main] (FedoraPropsConfig) Fedora OCFL root: /data/fcrepo/data/ocfl-root"),
			we("2026-11-29T07:41:14.902Z", Info, "", "fedora-1  | 29-Nov-2026 07:41:14.902 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [12318] milliseconds"),
			we("2026-11-29T07:42:30.051Z", Warn, "", "fedora-1  | WARN 07:42:30.051 [http-nio-8080-exec-7] (FedoraLdp) Request for /rest/harbour/maps/1931-chart has an unsupported Accept header: image/avif"),
			we("2026-11-29T07:43:12.449Z", Error, "",
				"fedora-1  | ERROR 07:43:12.449 [http-nio-8080-exec-3] (RepositoryRuntimeExceptionMapper) Caught a RepositoryRuntimeException: Failed to read ocfl object info:fedora/harbour/maps/1932-chart",
				"fedora-1  | org.fcrepo.kernel.api.exception.RepositoryRuntimeException: Failed to read ocfl object info:fedora/harbour/maps/1932-chart",
				"fedora-1  | \tat org.fcrepo.persistence.ocfl.impl.OcflPersistentStorageSession.getHeaders(OcflPersistentStorageSession.java:311)",
				"fedora-1  | \tat org.fcrepo.kernel.impl.services.ResourceFactoryImpl.getResource(ResourceFactoryImpl.java:188)"),
		},
	},
	{
		name:   "islandora-workbench-log",
		source: "Islandora Workbench's workbench.log (Python logging with `%(asctime)s - %(levelname)s - %(message)s` and the date format `%d-%b-%y %H:%M:%S`): mjordan/islandora_workbench_docs docs/logging.md (its example log)",
		why:    "a day-first date with a month name and a two-digit year (29-Nov-26 is 2026-11-29), zone-less (UTC by the rules); the level between two ` - `; node ids, record ids and HTTP codes are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `29-Nov-26 07:41:16 - INFO - Starting configuration check for "create" task using config file harbour_photos.yml.`),
			we("2026-11-29T07:41:17Z", Info, "", "29-Nov-26 07:41:17 - INFO - OK, CSV file input_data/harbour_photos.csv found."),
			we("2026-11-29T07:41:19Z", Warn, "", `29-Nov-26 07:41:19 - WARNING - Term "Lighthouses" (CSV row hp-0409) is not in the "subject" vocabulary and will be added.`),
			we("2026-11-29T07:42:10Z", Info, "", `29-Nov-26 07:42:10 - INFO - Node for "Harbour at dusk, 1931" (record hp-0412) created at https://digital.harbourlib.example.org/node/2207.`),
			we("2026-11-29T07:43:02Z", Error, "", `29-Nov-26 07:43:02 - ERROR - Node for CSV record "hp-0417" not created, HTTP response code was 422, response body was {"message":"Unprocessable Entity: validation failed.\nfield_edtf_date: 1931-13 is not a valid EDTF date.\n"}.`),
		},
	},
	{
		name:   "archivesspace-out-ruby-logger",
		source: "ArchivesSpace's logs/archivesspace.out (Ruby's Logger `L, [yyyy-MM-ddTHH:mm:ss.ffffff #pid] LEVEL -- : msg`, the level padded to five, every message starting `Thread-N:`; the indexers' `Staff Indexer [yyyy-MM-dd HH:mm:ss ±zzzz] …` lines): archivesspace/archivesspace issues #3657 (a pasted log) and #1114, PR #1433 (SolrIndexingError)",
		why:    "a zone-less ISO time with microseconds inside brackets (UTC by the rules) after the level letter; the indexer's own stamp with an offset is the same moment, either is accepted; `#2871` is a pid and `Thread-3110` a thread, no host; the response hash is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.502562Z|2026-11-29T07:41:16Z", Info, "", "I, [2026-11-29T07:41:16.502562 #2871]  INFO -- : Thread-3110: Staff Indexer [2026-11-29 07:41:16 +0000] Running index round"),
			we("2026-11-29T07:41:16.791004Z", Debug, "", `D, [2026-11-29T07:41:16.791004 #2871] DEBUG -- : Thread-3114: Responded with [200, {"Cache-Control"=>"private, must-revalidate, max-age=0", "Content-Type"=>"application/json", "Content-Length"=>"57"}, ["{\"session\":\"b81f0c2e\",\"user\":{\"username\":\"search_indexer\"}}"]]...`),
			we("2026-11-29T07:41:20.118230Z", Warn, "", "W, [2026-11-29T07:41:20.118230 #2871]  WARN -- : Thread-3116: Slow query (2.41s) on /repositories/2/resources/935/tree/node"),
			we("2026-11-29T07:41:24.660013Z", Error, "", "E, [2026-11-29T07:41:24.660013 #2871] ERROR -- : Thread-3121: SolrIndexingError: Solr commit failed: 503 Service Unavailable (http://solr.harbourlib.example.org:8983/solr/archivesspace/update)"),
			we("2026-11-29T07:41:31.004418Z|2026-11-29T07:41:31Z", Info, "", "I, [2026-11-29T07:41:31.004418 #2871]  INFO -- : Thread-3118: PUI Indexer [2026-11-29 07:41:31 +0000] Index round complete"),
		},
	},
	{
		name:   "evergreen-osrfsys-log-file",
		source: "Evergreen ILS's OpenSRF services logging to a file (/openils/var/log/osrfsys.log; OpenSRF's log.c _osrfLogToFile: `%s %s [%s:%ld:%s:%d:%s] %s`, the service name, a zone-less `%Y-%m-%d %H:%M:%S`, then the tag ERR , WARN, INFO, DEBG, INT  or ACT, the pid, the source file, the line and the transaction id in brackets): OpenSRF src/libopensrf/log.c read with find_string, the Evergreen wiki page evergreen-admin:configuration:loglevels",
		why:    "the service name comes before the date; the tag is the first field in the bracket (`ERR ` padded with a blank, `DEBG`); `open-ils.cstore` is a service, no host; the transaction id is digits, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "open-ils.cstore 2026-11-29 07:41:16 [INFO:28411:osrf_stack.c:116:] Message processing duration 0.002114"),
			we("2026-11-29T07:41:17Z", Info, "", `open-ils.circ 2026-11-29 07:41:17 [INFO:30112:Application.pm:159:1795938077301120] CALL: open-ils.circ open-ils.circ.checkout.full.override 0a7e41d9c2, {"barcode":"31234000418822","patron_barcode":"21234000077104"}`),
			we("2026-11-29T07:41:19Z", Warn, "", "open-ils.cstore 2026-11-29 07:41:19 [WARN:28399:osrf_prefork.c:515:] All 30 drones of open-ils.cstore are busy, request queued"),
			we("2026-11-29T07:41:22Z", Error, "", "open-ils.storage 2026-11-29 07:41:22 [ERR :30544:Publisher.pm:211:1795938082305440] Database error while updating asset.copy 418822: deadlock detected"),
			we("2026-11-29T07:41:23Z", Debug, "", "open-ils.actor 2026-11-29 07:41:23 [DEBG:30790:CStoreEditor.pm:135:1795938083307900] editor[0|1] request en-US open-ils.cstore.direct.actor.user.retrieve 4117"),
		},
	},
	{
		name:   "evergreen-opensrf-syslog-iso",
		source: "Evergreen ILS's OpenSRF services logging through syslog (`<logfile>syslog</logfile>`, local0) into a syslog-ng file with an ISO date: `yyyy-MM-dd HH:mm:ss host service: [TAG:pid:file:line:xid] msg`: the Evergreen wiki page evergreen-admin:configuration:loglevels (its WARN and INFO examples), OpenSRF src/libopensrf/log.c (the syslog() call)",
		why:    "a zone-less ISO date (UTC by the rules), then the host, then the service as the program; the level is the tag in the bracket, not syslog's severity (not printed)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "brick02", "2026-11-29 07:41:16 brick02 open-ils.cstore: [INFO:9911:osrf_stack.c:116:] Message processing duration 0.001204"),
			we("2026-11-29T07:41:18Z", Info, "brick02", "2026-11-29 07:41:18 brick02 open-ils.search: [INFO:10244:Biblio.pm:1187:1795938078102440] performing search: keyword: harbour lighthouses site(HBR-MAIN)"),
			we("2026-11-29T07:41:21Z", Warn, "brick03", "2026-11-29 07:41:21 brick03 open-ils.cstore: [WARN:7712:osrf_prefork.c:515:] All 30 drones of open-ils.cstore are busy, request queued"),
			we("2026-11-29T07:41:25Z", Error, "brick03", "2026-11-29 07:41:25 brick03 open-ils.auth: [ERR :7840:Auth.pm:302:1795938085078400] Authentication failed for user hbr_circ04: password mismatch"),
			we("2026-11-29T07:41:30Z", Warn, "brick01", "2026-11-29 07:41:30 brick01 router: [WARN:1422:osrf_router.c:781:] Lost connection to open-ils.trigger on private.localhost, removing class"),
		},
		gap: "the host between the zone-less ISO date and the `service:` program is not read, and neither is the `ERR ` tag (padded with a blank) in the OpenSRF bracket after the program (its WARN and INFO are)",
	},
	{
		name:   "archivematica-mcpserver-detailed-log",
		source: "Archivematica 1.x MCPServer with its file logging (serverConfig.logging.json's `detailed` formatter `%(levelname)-8s  %(asctime)s  %(name)s:%(module)s:%(funcName)s:%(lineno)d:  %(message)s`, datefmt `%Y-%m-%d %H:%M:%S`): archivematica/Issues issue #589 (a pasted MCPServer log), artefactual/archivematica's logging.json read with the code search; the traceback under logger.exception from memory",
		why:    "the level word padded to eight first, then two blanks and a zone-less date (UTC by the rules); `name:module:func:line:` is no time or host; the Python traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "DEBUG     2026-11-29 07:41:16  archivematica.mcp.server:jobChain:__init__:60:  Creating jobChain unitTransfer: <UUID: 6c2e1b4a-9d3f-4e7a-8b0c-2f5d1a7e9c43, path: %sharedPath%currentlyProcessing/harbour_maps_1931-6c2e1b4a-9d3f-4e7a-8b0c-2f5d1a7e9c43/>"),
			we("2026-11-29T07:41:16Z", Info, "", "INFO      2026-11-29 07:41:16  archivematica.mcp.server:jobChainLink:__init__:52:  Running Verify transfer compliance (unit 6c2e1b4a-9d3f-4e7a-8b0c-2f5d1a7e9c43)"),
			we("2026-11-29T07:41:19Z", Warn, "", "WARNING   2026-11-29 07:41:19  archivematica.mcp.server:watchDirectory:start:88:  Watched directory /var/archivematica/sharedDirectory/watchedDirectories/activeTransfers/standardTransfer does not exist, creating it"),
			we("2026-11-29T07:41:30Z", Error, "",
				"ERROR     2026-11-29 07:41:30  archivematica.mcp.server:taskGroupRunner:_handle_gearman_response:312:  Gearman task 4c1d8e2a-7b3f-4a9c-9e6d-0f2b5c8a1d37 failed",
				"Traceback (most recent call last):",
				`  File "/usr/lib/archivematica/MCPServer/taskGroupRunner.py", line 301, in _handle_gearman_response`,
				"    exit_code = result['exitCode']",
				"KeyError: 'exitCode'"),
		},
	},
	{
		name:   "archivematica-mcpserver-thread-name",
		source: "Archivematica 1.17/1.18 MCPServer's log (`%(levelname)s %(threadName)s %(asctime)s %(module)s:%(funcName)s:%(lineno)d:  %(message)s`: the level word, the Python thread name, a zone-less date and time, `module:function:line:` and two blanks): archivematica/Issues issue #1791 (a pasted MCPServer log)",
		why:    "the level word first, then a thread name, then the date (UTC by the rules); `ThreadPoolExecutor-1_0` is a thread and the package and task UUIDs no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Info, "", "INFO MainThread 2026-11-29 07:41:15 mcp:main:142:  Starting MCPServer (PID 1207), database harbour_am"),
			we("2026-11-29T07:41:16Z", Info, "", "INFO ThreadPoolExecutor-1_0 2026-11-29 07:41:16 client:run:106:  Running Move to processing directory (package 3e8a5c1d-2b7f-4d90-a6e4-9c1f0b2d7a58)"),
			we("2026-11-29T07:41:17Z", Debug, "", "DEBUG ThreadPoolExecutor-1_0 2026-11-29 07:41:17 gearman_backend:update_task_results:261:  Task 7d2f9b1c-4e6a-4c83-b0d5-1a9e3f7c2b64 finished! Result COMPLETE - 0"),
			we("2026-11-29T07:41:22Z", Warn, "", "WARNING ThreadPoolExecutor-1_2 2026-11-29 07:41:22 gearman_backend:submit:198:  Gearman server gearmand:4730 busy, resubmitting batch 3 of 5"),
			we("2026-11-29T07:41:27Z", Error, "", "ERROR ThreadPoolExecutor-1_1 2026-11-29 07:41:27 client:run:131:  Job Normalize for preservation failed (package 3e8a5c1d-2b7f-4d90-a6e4-9c1f0b2d7a58): exit code 1"),
		},
	},
}

func TestFresh642Formats(t *testing.T) { assertTable(t, fresh642Cases) }
func TestFresh642Score(t *testing.T) {
	checkScore(t, "fresh642 formats", fresh642Cases, [worldNumFields]float64{97.4, 99.9, 87.4, 99.9})
}
