package parse

import "testing"

// The seven-hundred-and-twenty-eighth fresh table: data catalogs', lineage tools' and graph databases'
// logs and tools' output as people attach them to tickets, shapes no earlier table holds. Each family
// is one product's documented or observed output: Dgraph's bulk loader progress (`[HH:mm:ss+0100]
// MAP …`/`REDUCE …`, a time of day with its offset glued on) and its live loader on a terminal (a
// Badger line, then untimed `[    2s] Txns: …` ticks); the ArangoDB Starter's console (`ISO time
// |INFO| msg component=arangodb`, the field on a line of its own after a message ending in a newline);
// `neo4j-admin database import`'s report (stage headers with a time, indented estimates, dotted
// progress rows, `IMPORT DONE`); NebulaGraph Importer 3.x's Go log (`yyyy/MM/dd HH:mm:ss [INFO]
// file.go:n:`); OpenMetadata's ingestion CLI (`[yyyy-MM-dd HH:mm:ss] LEVEL    {logger:module:line} -`);
// Amundsen databuilder's basicConfig lines (`LEVEL:logger:msg`, no time); Memgraph in the journal.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`datahub`, `amundsen`, `openmetadata`, `marquez`, `openlineage`, `neo4j`, `janusgraph`,
// `gremlin`, `arangodb`, `arangod`, `dgraph`, `badger`, `memgraph`, `nebula`, `tigergraph`,
// `orientdb`, `apache atlas`, `atlas`, `egeria`, `cosmos`, `neptune`, `gsql`, `cypher`, `bolt`,
// `debug.log`, `query.log`, `metadata-service`, `gms`, `dgraph alpha`, `alpha.go`, `neo4j.log`,
// `Started.`, `Remote interface available`, `{main}`, `[o.n.`, `nebula-graphd`, `graphd`, `metad`,
// `storaged`, `Stardog`, `allegrograph`, `virtuoso`, `blazegraph`, `fuseki`, `jena`, `rdf4j`,
// `graphdb`, `ontotext`, `surrealdb`, `kuzu`, `falkordb`, `redisgraph`, `hugegraph`, `titan`,
// `agensgraph`, `age`, `dolphin`, `ingestion`, `airflow`, `ckan`, `typedb`, `grakn`, `vaticle`,
// `arcadedb`, `cayley`, `terminusdb`, `nquad_count`, `N-Quads`, `MAP 01s`, `spline`, `metacat`,
// `dataverse`, `oxigraph`, `neo4j-admin`, `IMPORT DONE`, `{metadata`, `datahub-frontend`,
// `datahub-actions`, `datahub_actions`, `play.api`, `databuilder`, `memgraph_log`, `arangodb
// starter`, `arangosh`, `arangoimport`, `arangodump`, `gadmin`, `ratel`, `dgraph live`, `dgraph
// bulk`, `Elapsed:`, `openmetadata-ingestion`, `metadata ingest`, `gremlin console`, `gremlin>`,
// `neptune audit`, `cosmos gremlin`, `magda`, `kylo`, `unity catalog`, `unitycatalog`,
// `openlineage-spark`, `OpenLineageSparkListener`, `OpenLineageClient`, `marquez-web`,
// `datahub-upgrade`, `mae-consumer`, `mce-consumer`, `amundsen-frontend`, `amundsen-search`,
// `neo4j-etl`, `gds`, `apoc`, `bloom`, `nebula-importer`, `nebula-exchange`, `nebula-studio`,
// `nebula-console`, `janusgraph-server.sh`, `gremlin-server.sh`, `dse graph`, `datastax graph`,
// `arangodb-starter`, `arango-starter`, `dgraph-ratel`, `zero.go`, `draft.go`, `raft.go`, `NEBULA
// IMPORTER`, `clientmgr`, `|INFO|`, `component=arangodb`, `ArcadeDB_0`, `ArcadeDBServer`, `REDUCE 0`,
// `edge_count`, `RDFs/sec`, `Txns:`, `Import starting`, `Node import`, `IMPORT FAILED`, `∆`,
// `Estimated number of`, `Peak memory usage`, `actions.out`, `ingestion-bot`, `metadata.Ingestion`,
// `metadata.Utils`, `memgraph[`, `neo4j[`, `arangodb[`, `dgraph[`, `INFO:databuilder`,
// `databuilder.`, `janusgraph[`, `BoltS`). None of Dgraph's bulk or live loader output, the ArangoDB
// Starter, neo4j-admin's import report, NebulaGraph Importer, OpenMetadata's ingestion CLI,
// Amundsen's databuilder or Memgraph in the journal is a family of any table (`|INFO|`, `REDUCE 0`,
// `IMPORT DONE`, `IMPORT FAILED`, `Peak memory usage`, `clientmgr` and `BoltS` match other
// products' lines or other tables' grep lists; `databuilder` and `neo4j-admin` only grep lists).
// Left out as measured already: DataHub's GMS and its ingest CLI (DataHub Actions writes the CLI's
// very layout), the OpenMetadata server, Marquez, Amundsen's metadata service, Egeria, Neo4j's
// neo4j.log, debug.log, query.log, security.log and JSON log, JanusGraph and Gremlin Server, ArangoDB's
// arangod log and JSON log, Dgraph alpha and zero, Memgraph's own log file, NebulaGraph's glog,
// ArcadeDB (both layouts in fresh366), TigerGraph, OrientDB, HugeGraph, TypeDB, Apache Atlas,
// Gravitino, Polaris, Nessie, Lakekeeper, the Hive metastore. Left out as the same layout as a
// measured family: OpenMetadata's `metadata docker --start` (the DataHub CLI's bracketed layout).
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Dgraph's bulk loader prints a time of day with the machine's offset glued on
// (`[08:41:16+0100]`, so 07:41:16Z on the clock's day); its elapsed times (`01m47s`, `[    2s]`) are
// no times, and its untimed lines have none. Badger's, NebulaGraph Importer's and OpenMetadata's
// stamps have no zone and are taken as UTC; the Starter's ISO time carries +01:00; neo4j-admin's
// stage headers carry +0000, and its dotted rows, `IMPORT DONE` and `Imported:` have no time;
// Amundsen's databuilder lines have none at all; Memgraph's are the journal's, in 2026. Levels only
// where the line marks one: Badger's `INFO:`, the Starter's `|INFO|`, the Importer's `[INFO]`,
// OpenMetadata's padded level word, the databuilder's word before the first colon; Dgraph's progress,
// neo4j-admin's report and Memgraph's journal lines carry none. The host is the record's host field:
// only the journal's; the Starter's `component=arangodb`, graphd, bolt and listen addresses are no
// hosts. A record that spans lines is one entry: the Starter's message with ` component=arangodb` on
// the next line, neo4j-admin's headers with their indented lines, OpenMetadata's traceback and
// configuration hints, the databuilder's traceback. neo4j-admin's header block is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages") and find_string; where a search did not
// confirm a detail the source says "from memory" (the bracketed clock on Dgraph's MAP lines, the
// wording of Memgraph's later lines). Hosts, ids, addresses, users and messages are invented, and
// every time is in late November 2026. The expectations were decided from the format before the table
// was first run, and none was changed after it; a family trawl still gets wrong carries a gap that
// says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 79.2 %, time 69.2 %, host 79.2 %, records 75.0 %.
// That is the macro figure (micro: level 75.6 %, time 65.9 %, host 75.6 %, records 70.7 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are Dgraph's bulk loader clock with its glued offset, which trawl
// does not read; the live loader's untimed lines, joined to Badger's timed line above them; and
// neo4j-admin's report, whose stage headers, dotted rows and summary are joined to the first timed
// header.

var fresh728Cases = []worldCase{
	{
		name:   "dgraph-bulk-loader-progress-offset-clock",
		gap:    "the untimed `Processing file (3 out of 12): …` line under a timed MAP line is joined to it instead of starting a record of its own (its bracketed time with the offset glued on, `[08:41:16+0100]`, is read since the rule for it; before, no MAP or REDUCE line had a time and this line stood alone)",
		source: "Dgraph's bulk loader (`dgraph bulk -f … -s …`) printing its progress once a second on stdout: `[HH:mm:ss±hhmm] PHASE elapsed counters…`, the time of day formatted `15:04:05Z0700` with the machine's offset, the MAP phase's nquad counters and the REDUCE phase's percentage and plist counters, and the untimed `Processing file (n out of m): path` line: dgraph-io/dgraph issue #4395 (REDUCE lines pasted) and PR #2599 (MAP and processing-file lines, then without the bracketed clock); the bracketed clock on MAP lines from memory",
		why:    "a time of day with no date but an offset glued to it (+0100, so one hour earlier in UTC, on the clock's day); `01s`, `01m47s` are elapsed times and `41.27%` a share, no times; the processing-file line carries no time of its own; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[08:41:16+0100] MAP 01s nquad_count:1.204M err_count:0.000 nquad_speed:1.198M/sec edge_count:3.611M edge_speed:3.594M/sec"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[08:41:17+0100] MAP 02s nquad_count:2.388M err_count:0.000 nquad_speed:1.191M/sec edge_count:7.164M edge_speed:3.573M/sec"),
			we("", Unknown, "", "Processing file (3 out of 12): /srv/lineage/rdf/part-00003.rdf.gz"),
			we("2026-11-29T07:43:02Z", Unknown, "", "[08:43:02+0100] REDUCE 01m47s 41.27% edge_count:14.90M edge_speed:1.862M/sec plist_count:2.113M plist_speed:264.1k/sec. Num Encoding: 9"),
			we("2026-11-29T07:43:03Z", Unknown, "", "[08:43:03+0100] REDUCE 01m48s 47.05% edge_count:16.99M edge_speed:2.041M/sec plist_count:2.140M plist_speed:257.2k/sec. Num Encoding: 12"),
		},
	},
	{
		name:   "dgraph-live-loader-elapsed-ticks",
		gap:    "the untimed lines after Badger's timed line (`Processed schema file`, `Processing …`, the `[    2s] Txns:` ticks) are joined to it as its continuation: the run is one entry",
		source: "Dgraph's live loader (`dgraph live -f … -s …`) on a terminal: Badger's own logger line (`badger yyyy/MM/dd HH:mm:ss INFO: msg`) while it opens the client directory, the untimed `Processing file` lines, and the progress every two seconds as `[    Ns] Txns: … RDFs: … RDFs/sec: … Aborts: …`: dgraph-io/dgraph issue #3617 (the output pasted), issues #2169 and #2291 (the older `Total Txns done:` wording)",
		why:    "only Badger's line has a clock (zone-less, read as UTC) and a level word; `[    2s]` is the time since the start, padded in brackets, not a time of day; the Processing lines and the ticks carry no time of their own and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "badger 2026/11/29 07:41:16 INFO: All 0 tables opened in 0s"),
			we("", Unknown, "", `Processed schema file "lineage.schema"`),
			we("", Unknown, "", "Processing /srv/lineage/rdf/assets-2026-11.rdf.gz"),
			we("", Unknown, "", "[    2s] Txns: 18 RDFs: 18000 RDFs/sec:  9000 Aborts: 0"),
			we("", Unknown, "", "[    4s] Txns: 41 RDFs: 41000 RDFs/sec: 10250 Aborts: 2"),
			we("", Unknown, "", "[    6s] Txns: 63 RDFs: 63000 RDFs/sec: 10500 Aborts: 2"),
		},
	},
	{
		name:   "arangodb-starter-pipe-level-component",
		source: "the ArangoDB Starter (`arangodb --starter.address …`, or the arangodb/arangodb-starter image) on its console: `RFC 3339 time with the local offset |LEVEL| message component=arangodb`, a message that ends in a newline putting ` component=arangodb` on a line of its own: arangodb/arangodb issue #8977 (pasted starter log), the Starter's cluster deployment documentation and two install notes found with find_string (`Waiting for 3 servers to show up.` then ` component=arangodb`)",
		why:    "an ISO time with a +01:00 offset; the level word between pipes; `component=arangodb` is a field, not a host, and 10.20.4.11:8528 is the starter's address; the continuation line ` component=arangodb` belongs to the message above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+01:00 |INFO| Starting arangodb version 0.18.9, build 4c1e7a2 component=arangodb"),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29T08:41:18+01:00 |INFO| Using storage engine 'rocksdb' component=arangodb"),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29T08:41:18+01:00 |INFO| Serving as master with ID '5d07c3a9' on 10.20.4.11:8528... component=arangodb"),
			we("2026-11-29T07:41:18Z", Info, "",
				"2026-11-29T08:41:18+01:00 |INFO| Waiting for 3 servers to show up.",
				" component=arangodb"),
			we("2026-11-29T07:41:31Z", Info, "", "2026-11-29T08:41:31+01:00 |INFO| Starting agent on port 8531 component=arangodb"),
		},
	},
	{
		name:   "neo4j-admin-import-report",
		gap:    "the records after `Import starting` (the `(1/4) Node import <time>` stage header, the dotted progress rows, `IMPORT DONE in …` and `Imported:`) are joined to it as continuation lines, so the stage header's own time is not read",
		source: "`neo4j-admin database import full` (4.x `neo4j-admin import`) on a terminal: a header block (version, files, available resources), then `Import starting yyyy-MM-dd HH:mm:ss.SSS+zzzz` and `(n/4) Stage yyyy-MM-dd HH:mm:ss.SSS+zzzz` each with indented estimates, progress rows of dots ending `  5% ∆212ms`, and `IMPORT DONE in …` with the indented `Imported:` counts: neo4j/neo4j issues #12633, #12199 and #13307 (the output pasted)",
		why:    "the times are inside the stage headers, with a +0000 offset; indented lines belong to the header above them; the dotted progress rows, `IMPORT DONE in 41s 208ms.` and `Imported:` carry no time of their own (`∆212ms` is a duration); no level",
		entries: []worldEntry{
			wskip("Neo4j version: 5.24.2",
				"Importing the contents of these files into /var/lib/neo4j/data/databases/lineage:",
				"Nodes:",
				"  /var/lib/neo4j/import/datasets.csv",
				"",
				"Available resources:",
				"  Total machine memory: 31.27GiB",
				"  Free machine memory: 18.02GiB",
				"  Max heap memory : 7.813GiB",
				"  Max worker threads: 8",
				""),
			we("2026-11-29T07:41:16.204Z", Unknown, "",
				"Import starting 2026-11-29 07:41:16.204+0000",
				"  Estimated number of nodes: 1.20 M",
				"  Estimated number of relationships: 3.88 M",
				"  Estimated disk space usage: 612.9MiB",
				"  Estimated required memory usage: 1.031GiB"),
			wskip(""),
			we("2026-11-29T07:41:16.377Z", Unknown, "",
				"(1/4) Node import 2026-11-29 07:41:16.377+0000",
				"  Estimated number of nodes: 1.20 M",
				"  Estimated disk space usage: 212.4MiB",
				"  Estimated required memory usage: 1.031GiB"),
			we("", Unknown, "", ".......... .......... .......... .......... ..........   5% ∆212ms"),
			we("", Unknown, "", ".......... .......... .......... .......... ..........  10% ∆96ms"),
			we("", Unknown, "", "IMPORT DONE in 41s 208ms."),
			we("", Unknown, "",
				"Imported:",
				"  1204117 nodes",
				"  3877540 relationships",
				"  5120004 properties"),
		},
	},
	{
		name:   "nebula-importer-v3-go-log",
		source: "NebulaGraph Importer 3.x (`nebula-importer --config …`) on its console and import.log: Go's log package `yyyy/MM/dd HH:mm:ss` with a bracketed level and `file.go:line:` (`[INFO] clientmgr.go:31: Create 30 Nebula Graph clients`), the start banner `--- START OF NEBULA IMPORTER ---` with no level: nebula-contrib/NebulaGraph-Bench issue #74 (the output pasted), vesoft-inc/nebula-importer issues #39 and #159",
		why:    "a zone-less slashed date (UTC by the rules); the bracketed level after the time; `reader.go:68:` is a file and line, no time; the graphd address 10.30.2.7:9669 is no host; the banner has no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 --- START OF NEBULA IMPORTER ---"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] connection_pool.go:77: [nebula-go] connection pool is initialized successfully"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] clientmgr.go:31: Create 16 Nebula Graph clients"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] reader.go:49: The delimiter of /srv/lineage/csv/dataset.csv is U+002C ','"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] reader.go:68: Start to read file(0): /srv/lineage/csv/dataset.csv, schema: < :VID(string),dataset.name:string,dataset.platform:string,dataset.created:datetime >"),
		},
	},
	{
		name:   "openmetadata-ingestion-cli",
		source: "OpenMetadata's ingestion framework run as `metadata ingest -c workflow.yaml` (ingestion/src/metadata/utils/logger.py: BASE_LOGGING_FORMAT `[%(asctime)s] %(levelname)-8s {%(name)s:%(module)s:%(lineno)d} - %(message)s` with datefmt `%Y-%m-%d %H:%M:%S`; a traceback logged at DEBUG and a configuration error whose message runs over several lines): the logger module found with find_string, and pasted runs in project notes found with find_string (`{metadata.Utils:logger:192} - Error loading metadata configuration`, `Workflow Postgres Summary:`)",
		why:    "a zone-less date and time in brackets with no fraction; the level padded to eight; `{metadata.Ingestion:sql_column_handler:296}` is a logger, module and line, no time; a message's later lines (the traceback, the config hints) belong to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] INFO     {metadata.Ingestion:server_mixin:64} - OpenMetadata client running with Server version [1.6.4] and Client version [1.6.4.0]"),
			we("2026-11-29T07:41:19Z", Warn, "", "[2026-11-29 07:41:19] WARNING  {metadata.Ingestion:metadata:211} - Table [warehouse.staging.tmp_orders_load] has no primary key"),
			we("2026-11-29T07:41:22Z", Debug, "",
				"[2026-11-29 07:41:22] DEBUG    {metadata.Ingestion:sql_column_handler:296} - Traceback (most recent call last):",
				`  File "/opt/om/lib/python3.11/site-packages/metadata/ingestion/source/database/sql_column_handler.py", line 292, in get_columns_and_constraints`,
				"    columns = self._get_columns_internal(",
				"KeyError: 'numeric_precision'"),
			we("2026-11-29T07:41:25Z", Error, "",
				"[2026-11-29 07:41:25] ERROR    {metadata.Utils:logger:192} - Error loading metadata configuration: We encountered an error parsing the configuration of your PostgresConnection.",
				"You might need to review your config based on the original cause of this failure:",
				"     - Extra parameter in ('sslmode',)"),
			we("2026-11-29T07:41:31Z", Info, "", "[2026-11-29 07:41:31] INFO     {metadata.Utils:logger:222} - Workflow Postgres Summary:"),
			we("2026-11-29T07:41:31Z", Info, "", "[2026-11-29 07:41:31] INFO     {metadata.Utils:logger:222} - Processed records: 27"),
		},
	},
	{
		name:   "amundsen-databuilder-basic-format",
		source: "Amundsen's databuilder job scripts (example/scripts/sample_data_loader.py and the like) with logging.basicConfig's default format `LEVEL:logger:message`, no time; a publisher failure with its traceback under it: amundsen-io/amundsen issue #786 and amundsen-io/amundsendatabuilder issue #55 (the output pasted)",
		why:    "no time at all; the level word before the first colon; the Neo4j bolt address in a message is no host; the traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("", Info, "", "INFO:databuilder.publisher.neo4j_csv_publisher:Publishing Node csv files ['/var/tmp/amundsen/tables/nodes/Table_0.csv', '/var/tmp/amundsen/tables/nodes/Column_1.csv']"),
			we("", Info, "", "INFO:databuilder.publisher.neo4j_csv_publisher:Publishing Relationship csv files ['/var/tmp/amundsen/tables/relationships/Table_Column_0.csv']"),
			we("", Warn, "", "WARNING:databuilder.publisher.elasticsearch_publisher:received no data to upload to Elasticsearch!"),
			we("", Error, "",
				"ERROR:databuilder.publisher.neo4j_csv_publisher:Failed to publish. Rolling back.",
				"Traceback (most recent call last):",
				`  File "/opt/amundsen/venv/lib/python3.10/site-packages/databuilder/publisher/neo4j_csv_publisher.py", line 214, in publish_impl`,
				"    tx.commit()",
				"neo4j.exceptions.ServiceUnavailable: Failed to read from defunct connection IPv4Address(('neo4j.catalog.internal', 7687))"),
		},
	},
	{
		name:   "memgraph-journal-bolts",
		source: "Memgraph 1.x installed from its Debian package and read with `journalctl --unit memgraph` (the BSD journal line `MMM dd HH:mm:ss host memgraph[pid]: message`, Memgraph's start-up messages with no stamp or level of their own): memgraph/docs PR #113 (quick-start: `Starting 8 BoltS workers`); the other messages' wording from memory",
		why:    "the journal's time with no year (2026) and the journal's host; Memgraph's lines carry no level; 0.0.0.0:7687 is a listen address, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "graphbox", "Nov 29 07:41:16 graphbox memgraph[14654]: Starting 8 BoltS workers"),
			we("2026-11-29T07:41:16Z", Unknown, "graphbox", "Nov 29 07:41:16 graphbox memgraph[14654]: BoltS server is fully armed and operational"),
			we("2026-11-29T07:41:16Z", Unknown, "graphbox", "Nov 29 07:41:16 graphbox memgraph[14654]: BoltS listening on 0.0.0.0 at 7687"),
			we("2026-11-29T07:52:03Z", Unknown, "graphbox", "Nov 29 07:52:03 graphbox memgraph[14654]: Shutting down..."),
		},
	},
}

func TestFresh728Formats(t *testing.T) { assertTable(t, fresh728Cases) }
func TestFresh728Score(t *testing.T) {
	checkScore(t, "fresh728 formats", fresh728Cases, [worldNumFields]float64{76.6, 76.6, 76.6, 69.9})
}
