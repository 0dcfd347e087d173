package parse

import "testing"

// The five-hundred-and-forty-seventh fresh table: big-data platforms, a ninth pass (the tools around
// the lake and the warehouse: a Flink SQL platform, transformation and loading tools, a metadata
// catalog's and an installer's command lines, BI and data-quality consoles), shapes no earlier table
// holds. Each family is one product's documented or observed output: Dinky's server log
// (`[dinky] yyyy-MM-dd HH:mm:ss CST LEVEL logger line method - msg`, a Java stack under an ERROR);
// SQLMesh's log file (`asctime - thread - logger - LEVEL - msg (file.py:N)`, a traceback under an
// ERROR); Lightdash's backend in its plain format (`yyyy-MM-dd HH:mm:ss [Lightdash] level: msg`);
// Soda Core's `soda scan` console (`[HH:mm:ss] text`, no date and no level); dlt's pipeline log
// (`asctime|[LEVEL]|pid|thread|dlt|file|func:line|msg`); Airbyte's abctl installer (pterm's padded
// `  INFO    `, ` SUCCESS  `, `  ERROR   ` prefixes, no time, indented lines under an INFO); DataHub's
// `datahub ingest` command line (`[asctime] LEVEL    {module:line} - msg`); and Elementary's edr
// command line (`yyyy-MM-dd HH:mm:ss — LEVEL — msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first, and a name was kept only where it is in no table's cases (outside the
// header comments, where earlier passes list their greps): `kyuubi`, `celeborn`, `uniffle`, `ozone`,
// `ratis`, `gravitino`, `paimon`, `amoro`, `arctic`, `linkis`, `inlong`, `apache hop`, `hop-run`,
// `kettle`, `pentaho`, `spoon`, `talend`, `hue`, `akhq`, `datahub`, `openmetadata`, `airbyte`,
// `meltano`, `metabase`, `redash`, ` pig`, `pig.Main`, `h2o`, `rocketmq`, `ignite`, `hazelcast`,
// `geode`, `scylla`, `giraph`, `sedona`, `flink cdc`, `flink-cdc`, `griffin`, `eagle`, `bigtop`,
// `submarine`, `kestra`, `mage`, `dagster`, `prefect`, `luigi`, `nessie`, `dremio`, `spark
// jobserver`, `jobserver`, `akkaSource`, `toree`, `cloudera`, `cloudera manager`, `cmf`,
// `hortonworks`, `mapr`, `dataflow`, `ambari`, `sqoop`, `zeppelin`, `pinot`, `kylin`, `tajo`,
// `hawq`, `phoenix`, `kafka-manager`, `cmak`, `kafdrop`, `schema-registry`, `lenses`, `conduktor`,
// `strimzi`, `debezium`, `kafka connect`, `mirrormaker`, `cruise`, `trino`, `alluxio`, `juicefs`,
// `lakefs`, `minio`, `delta`, `unity catalog`, `unitycatalog`, `unity-catalog`, `polaris`,
// `xtable`, `onetable`, `delta-sharing`, `spark thrift`, `gluten`, `velox`, `comet`, `auron`,
// `blaze`, `opentsdb`, `tsdb`, `sqlmesh`, `lightdash`, `[Lightdash]`, `[Lightdash`, `dinky`,
// `dlink`, `[dinky]`, `CST INFO`, `loadYAMLResource`, `pachyderm`, `pachd`, `arroyo`, `bytewax`,
// `fluss`, `kpow`, `astro`, `raydp`, `sparklens`, `mrjob`, `dr-elephant`, `drelephant`, `Running
// step`, `spline`, `zoonavigator`, `zkui`, `nifi toolkit`, `cli.sh`, `turnilo`, `imply`,
// `chunjun`, `bitsail`, `pinpoint`, `deequ`, `armada`, `zenml`, `great expectations`,
// `great_expectations`, `elementary`, `edr=`, `evidence`, `daft`, `lakesoul`, `kyligence`,
// `byconity`, `cnosdb`, `tdengine`, `taosd`, `hologres`, `maxcompute`, `odps`, `odpscmd`,
// `logview`, `emr`, `MainThread agent`, `cloudera-scm-agent`, `scm-agent`, `|[INFO]|`, `|dlt|`,
// `dlthub`, `dlt|`, `dlt`, `soda`, `Soda Core`, `[PASSED]`, `snowflake`, `snowsql`, `bqjob`,
// `bq `, `prestissimo`, `mage_ai`, `mage-ai`, `statefun`, `horovod`, `seaweed`, `MainThread - `,
// ` - MainThread`, `(base.py`, `gms`, `amundsen`, `datahub.cli`, `ingest_cli`, `INFO     {`,
// `{datahub`, `abctl`, ` SUCCESS  `, `SUCCESS `, `kcat`, `rill`, `[info     ]`, `— INFO —`,
// `spark-jobserver`, `sparkmonitor`, `presto-gateway`, `hbase-indexer`, `lily`, `solrcloud`,
// `banana`, `tephra`, `twill`, `oryx`, `predictionio`, `kowl`, `redpanda console`, `ticdc`,
// `tispark`, `flink-tidb`, `addax`, `doris-manager`, `cloudberry`, `hashdata`, `streamx`,
// `ververica`, `lightdash`, `monte carlo`, `sqlfluff`, `motherduck`, `polars`, `modin`, `vaex`,
// `petastorm`, `koalas`, `spark-nlp`, `sparknlp`, `synapseml`, `mmlspark`, `hyperspace`,
// `spark-on-k8s`, `kube-batch`, `exasol`, `netezza`, `cascading`, `scalding`, `mahout`,
// `hadoop streaming`, `nutch`. None of Dinky, SQLMesh, Lightdash, Soda Core, dlt, abctl, the DataHub
// CLI or Elementary is in any table's cases: `datahub` matches only DataHub's GMS server log (a
// logback layout, another output), `dlt` only the letters in an Exchange DN, `elementary` only an
// EFL widget library's lines, `soda` only other words, ` SUCCESS  ` only loguru's `| SUCCESS  |`
// column, `MainThread - ` the AWS CLI's `asctime - thread - logger - LEVEL - msg` (SQLMesh's adds the `(file.py:N)` tail and the thread
// pools' names), `— INFO —` ProtonVPN's five-column lines, and `[PASSED]` another product's test
// output. Left out as measured already: Kyuubi, Celeborn, Uniffle, Ozone, Gravitino, Amoro, Linkis,
// InLong, Apache Hop and Kettle, Talend, AKHQ, DataHub's GMS, OpenMetadata, Airbyte's platform logs,
// Meltano, Metabase, Redash, H2O, RocketMQ, Ignite, Hazelcast, Kestra, Dagster, Prefect, Luigi,
// Dremio, Spark JobServer, Toree, Cloudera Manager, Ambari, Zeppelin, Pinot, Kylin, Phoenix, CMAK,
// Kafdrop, Strimzi, Debezium, MirrorMaker, Cruise Control, Trino, Alluxio, JuiceFS, lakeFS, MinIO,
// Delta Lake, OpenTSDB, the Snowflake CLI. Left out for a shape another table holds: Apache Fluss
// (Flink's log4j layout, `[] - msg`), zkui (JUL's two-line records). Left out as not confirmed by
// any search: Arroyo, Pachyderm's pachd, the Unity Catalog server's log, MaxCompute's odpscmd,
// Bytewax. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Dinky's logback pattern prints the JVM zone's short name: CST here is an
// Asia/Shanghai server's China Standard Time, +08:00, so 15:41:16 CST is 07:41:16Z. SQLMesh's, dlt's
// and the DataHub CLI's Python stamps, Lightdash's winston stamp and Elementary's stamp have no zone
// and are read as UTC. Soda Core's console has a bracketed time of day only: it is on the clock's
// day. abctl writes no time at all: "" for every record. Levels only where the line marks one:
// Dinky's padded column, SQLMesh's fourth column, Lightdash's lower-case word before a colon, dlt's
// bracketed column, the DataHub CLI's padded word, Elementary's word between em dashes, and abctl's
// pterm prefix, where SUCCESS is the level between info and warning and is read as Notice (as
// loguru's SUCCESS is in fresh_test.go); Soda Core's lines carry none (`[PASSED]` is a check's
// outcome). No family has a host field: the GMS address, the Hive metastore, the Flink cluster and
// the Kubernetes context named in messages are no hosts. A record that spans lines is one entry:
// Dinky's ERROR with its stack, SQLMesh's, dlt's and the DataHub CLI's errors with their Python
// tracebacks, abctl's INFO with its indented provider lines; each of Soda Core's lines, indented or
// not, is a record of its own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages" and find_string); where a search did not
// confirm a layout the source says "from memory" (Elementary's edr line only). Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 0369b38 before any rule for it: level 92.9 %, time 80.4 %, host 92.9 %, records 87.5 %.
// That is the macro figure (micro: level 90.7 %, time 79.1 %, host 90.7 %, records 83.7 %), in a
// worktree at 0369b38 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are Dinky's CST, read as US Central time (-06:00) rather than
// China Standard Time (+08:00), and abctl's untimed lines that begin with pterm's padded SUCCESS,
// DEBUG or ERROR prefix, which trawl joins to the record above instead of starting a record of
// their own.

var fresh547Cases = []worldCase{
	{
		name:   "dinky-server-log-cst",
		gap:    "the zone abbreviation CST after Dinky's clock is read as US Central Standard Time (-06:00), not as the China Standard Time (+08:00) an Asia/Shanghai JVM prints, so every time is fourteen hours late",
		source: "Dinky (DataLinkDC/dinky, the Flink SQL platform) server log through its logback pattern (`[dinky] yyyy-MM-dd HH:mm:ss z LEVEL logger line method - msg`, the zone's short name from the JVM, CST for Asia/Shanghai): DataLinkDC/dinky issue #3400 (a pasted log of GlobalConfiguration lines)",
		why:    "the application's name in brackets before the date; a zone abbreviation after the clock (CST, China Standard Time, +08:00); the level padded to five, then a logger, a line number and a method before ` - `; a Java stack under an ERROR is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[dinky] 2026-11-29 15:41:16 CST INFO  org.apache.flink.configuration.GlobalConfiguration 213 loadYAMLResource - Loading configuration property: jobmanager.rpc.address, fl-jm-03"),
			we("2026-11-29T07:41:16Z", Info, "", "[dinky] 2026-11-29 15:41:16 CST INFO  org.apache.flink.configuration.GlobalConfiguration 213 loadYAMLResource - Loading configuration property: state.checkpoints.dir, hdfs:///flink/checkpoints/orders_sync"),
			we("2026-11-29T07:41:19Z", Warn, "", "[dinky] 2026-11-29 15:41:19 CST WARN  org.apache.flink.yarn.configuration.YarnLogConfigUtil 85 discoverLogConfigFile - The configuration directory ('/opt/flink/conf') already contains a LOG4J config file.If you want to use logback, then please delete or rename the log configuration file."),
			we("2026-11-29T07:41:27Z", Error, "",
				"[dinky] 2026-11-29 15:41:27 CST ERROR org.dinky.service.impl.TaskServiceImpl 412 submitTask - Task [orders_sync_to_doris] submit failed",
				"org.dinky.data.exception.BusException: Flink cluster flink-yarn-session-07 is unreachable",
				"\tat org.dinky.service.impl.TaskServiceImpl.submitTask(TaskServiceImpl.java:398)",
				"\tat org.dinky.controller.TaskController.submitTask(TaskController.java:121)",
				"Caused by: java.net.ConnectException: Connection refused (Connection refused)",
				"\t... 2 more"),
			we("2026-11-29T07:41:31Z", Info, "", "[dinky] 2026-11-29 15:41:31 CST INFO  org.dinky.job.JobManager 305 executeSql - Start execute FlinkSQL, statement count: 4"),
		},
	},
	{
		name:   "sqlmesh-log-file",
		source: "SQLMesh's log file logs/sqlmesh_<yyyy_MM_dd_HH_mm_ss>.log (LOG_FORMAT `%(asctime)s - %(threadName)s - %(name)s - %(levelname)s - %(message)s (%(filename)s:%(lineno)d)`): SQLMesh/sqlmesh issue #4505 (pasted lines), PR #1778 (the file handler)",
		why:    "the level is the fourth dash-separated column, after the thread and the logger; the file and line in parentheses end the line; a traceback after a logged exception is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.104Z", Info, "", "2026-11-29 07:41:16,104 - MainThread - sqlmesh.core.context - INFO - Loading project from /srv/analytics/warehouse (context.py:612)"),
			we("2026-11-29T07:41:16.926Z", Debug, "", "2026-11-29 07:41:16,926 - MainThread - sqlmesh.core.engine_adapter.base - DEBUG - Pinging the database to check the connection (base.py:2090)"),
			we("2026-11-29T07:41:17.310Z", Info, "", `2026-11-29 07:41:17,310 - ThreadPoolExecutor-0_1 - sqlmesh.core.engine_adapter.base - INFO - Executing SQL: CREATE TABLE IF NOT EXISTS "sqlmesh__marts"."marts__daily_orders__2208815532" AS SELECT 1 (base.py:2126)`),
			we("2026-11-29T07:41:18.044Z", Warn, "", "2026-11-29 07:41:18,044 - MainThread - sqlmesh.core.config.connection - WARNING - concurrent_tasks is set to 8 but the engine supports 1; using 1 (connection.py:304)"),
			we("2026-11-29T07:41:19.552Z", Error, "",
				"2026-11-29 07:41:19,552 - ThreadPoolExecutor-0_0 - sqlmesh.core.scheduler - ERROR - Failed to evaluate marts.daily_orders (scheduler.py:488)",
				"Traceback (most recent call last):",
				`  File "/srv/analytics/.venv/lib/python3.12/site-packages/sqlmesh/core/scheduler.py", line 470, in evaluate`,
				"    self.snapshot_evaluator.evaluate(snapshot, start=start, end=end)",
				`sqlmesh.utils.errors.SQLMeshError: Binder Error: Referenced column "order_ts" not found`),
		},
	},
	{
		name:   "lightdash-backend-plain",
		source: "Lightdash's backend with LIGHTDASH_LOG_FORMAT=plain (winston: `YYYY-MM-DD HH:mm:ss [Lightdash] level: message`, levels error warn info http debug): lightdash/lightdash packages/backend/src/logging/logger.ts (found with the code search)",
		why:    "a zone-less date and time (UTC by the rules); the product's name in brackets before a lower-case level with a colon",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [Lightdash] info: Running database migrations"),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29 07:41:18 [Lightdash] info: Lightdash Server listening on port 8080"),
			we("2026-11-29T07:42:03Z", Debug, "", "2026-11-29 07:42:03 [Lightdash] debug: Compiling dbt project analytics_core (218 models)"),
			we("2026-11-29T07:42:40Z", Warn, "", "2026-11-29 07:42:40 [Lightdash] warn: Scheduler job 5113 took longer than 30000ms to complete"),
			we("2026-11-29T07:43:12Z", Error, "", "2026-11-29 07:43:12 [Lightdash] error: Error running query for explore orders: Query exceeded limit for bytes billed"),
		},
	},
	{
		name:   "soda-core-scan-console",
		source: "Soda Core 3's `soda scan` console (each line `[HH:mm:ss] text`, the check results indented under the time, no level): sodadata docs pages and project READMEs found with find_string (`[22:51:18] Soda Core 3.1.4`, `[22:51:19] Scan summary:`, `[22:51:19] 5/5 checks PASSED:`)",
		why:    "a bracketed time of day with no date (the clock's day); every line is a record of its own, indented ones too; `[PASSED]` and `[FAILED]` are check outcomes, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] Soda Core 3.5.5"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[07:41:18] Scan summary:"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[07:41:18] 2/3 checks PASSED: "),
			we("2026-11-29T07:41:18Z", Unknown, "", "[07:41:18]     shipments in lakehouse_trino"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[07:41:18]       row_count > 0 [PASSED]"),
			we("2026-11-29T07:41:18Z", Unknown, "", "[07:41:18] Oops! 1 failures. 0 warnings. 0 errors. 2 pass."),
		},
	},
	{
		name:   "dlt-pipeline-log",
		source: "dlt (dlthub) with RUNTIME__LOG_LEVEL set: its RunConfiguration log_format `{asctime}|[{levelname}]|{process}|{thread}|{name}|{filename}|{funcName}:{lineno}|{message}` (found with find_string in dlt's configuration specs)",
		why:    "pipe-separated columns with the level in brackets; the process id and a long thread id are no times; a traceback under an error is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.207Z", Info, "", "2026-11-29 07:41:16,207|[INFO]|48213|140229731591936|dlt|pipeline.py|extract:468|Extracting source github_issues into pipeline gh_to_duckdb"),
			we("2026-11-29T07:41:16.388Z", Debug, "", "2026-11-29 07:41:16,388|[DEBUG]|48213|140229731591936|dlt|client.py|_send_request:204|Making GET request to https://api.github.com/repos/acme/widgets/issues?per_page=100"),
			we("2026-11-29T07:41:21.940Z", Warn, "", "2026-11-29 07:41:21,940|[WARNING]|48213|140229731591936|dlt|client.py|_send_request:219|Rate limited, retrying in 12 seconds"),
			we("2026-11-29T07:41:40.015Z", Info, "", "2026-11-29 07:41:40,015|[INFO]|48213|140229606115008|dlt|load.py|complete_jobs:391|Job issues.4f1c2a9e17.parquet COMPLETED"),
			we("2026-11-29T07:41:41.602Z", Error, "",
				"2026-11-29 07:41:41,602|[ERROR]|48213|140229731591936|dlt|load.py|run:612|Load package 1795913500.3102 failed",
				"Traceback (most recent call last):",
				`  File "/opt/etl/.venv/lib/python3.11/site-packages/dlt/load/load.py", line 598, in run`,
				"    self.load_single_package(load_id, schema)",
				"dlt.destinations.exceptions.DatabaseTerminalException: Catalog Error: Table with name issues does not exist!"),
		},
	},
	{
		name:   "airbyte-abctl-console",
		gap:    "an untimed line that begins with pterm's padded level word (` SUCCESS  `, `  DEBUG   `, `  ERROR   `) is joined to the record above it instead of starting a record of its own, so it loses its level",
		source: "Airbyte's abctl installer on a terminal (pterm prefixes centred in a box: `  INFO    `, ` SUCCESS  `, ` WARNING  `, `  DEBUG   `, `  ERROR   `; indented continuation lines under an INFO; no time): airbytehq/airbyte issues #41938, #41992, #44931 and #50429",
		why:    "no time at all; the level word padded at the start of the line; SUCCESS is pterm's level between info and warning (Notice, as loguru's SUCCESS); the indented provider lines belong to the INFO above them",
		entries: []worldEntry{
			we("", Info, "",
				"  INFO    Using Kubernetes provider:",
				"            Provider: kind",
				"            Kubeconfig: /home/ops/.airbyte/abctl/abctl.kubeconfig",
				"            Context: kind-airbyte-abctl"),
			we("", Notice, "", " SUCCESS  Found Docker installation: version 27.3.1"),
			we("", Notice, "", " SUCCESS  Port 8000 appears to be available"),
			we("", Info, "", "  INFO    No existing cluster found, cluster 'airbyte-abctl' will be created"),
			we("", Debug, "", "  DEBUG   Creating data directory '/home/ops/.airbyte/abctl/data'"),
			we("", Warn, "", " WARNING  Less than 4 CPUs detected, consider running with --low-resource-mode"),
			we("", Error, "", "  ERROR   Cluster 'airbyte-abctl' could not be created"),
		},
	},
	{
		name:   "datahub-cli-ingest",
		source: "DataHub's CLI `datahub ingest -c recipe.yml` (Python logging `[asctime] LEVEL    {module:lineno} - message`, the level padded to eight): project READMEs and a deployment guide found with find_string (`[2022-04-26 11:11:55,980] INFO     {datahub.cli.ingest_cli:96} - DataHub CLI version: 0.8.33.1`)",
		why:    "the time in brackets, then the padded level, then a module and line in braces; the GMS server address in a message is no host; a traceback under an error is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.125Z", Info, "", "[2026-11-29 07:41:16,125] INFO     {datahub.cli.ingest_cli:202} - DataHub CLI version: 1.3.1.7"),
			we("2026-11-29T07:41:16.159Z", Info, "", "[2026-11-29 07:41:16,159] INFO     {datahub.ingestion.run.pipeline:225} - Sink configured successfully. DataHubRestEmitter: configured to talk to http://datahub-gms.data.internal:8080"),
			we("2026-11-29T07:41:19.480Z", Warn, "", "[2026-11-29 07:41:19,480] WARNING  {datahub.ingestion.source.sql.hive:388} - Unable to parse column type struct<id:int,tags:array<string>> of table sales.events"),
			we("2026-11-29T07:41:24.002Z", Error, "",
				"[2026-11-29 07:41:24,002] ERROR    {datahub.ingestion.run.pipeline:721} - Caught error",
				"Traceback (most recent call last):",
				`  File "/opt/datahub/venv/lib/python3.11/site-packages/datahub/ingestion/run/pipeline.py", line 455, in run`,
				"    for wu in itertools.islice(",
				"thrift.transport.TTransport.TTransportException: Could not connect to hms-02.data.internal:9083"),
			we("2026-11-29T07:41:24.410Z", Info, "", "[2026-11-29 07:41:24,410] INFO     {datahub.cli.ingest_cli:143} - Finished metadata ingestion"),
		},
	},
	{
		name:   "elementary-edr-cli",
		source: "Elementary's `edr monitor` / `edr report` command line (its logger `%(asctime)s — %(levelname)s — %(message)s`, em dashes around the level, a zone-less date and time): from memory",
		why:    "the level between two em dashes after a zone-less stamp with no fraction; `edr=0.16.1` and dbt's version are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 — INFO — Running with edr=0.16.1"),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29 07:41:18 — INFO — Elementary's database and schema: '\"analytics.elementary\"'"),
			we("2026-11-29T07:41:25Z", Warn, "", "2026-11-29 07:41:25 — WARNING — Elementary dbt package version 0.15.2 is older than the CLI's 0.16.1, consider upgrading"),
			we("2026-11-29T07:41:31Z", Info, "", "2026-11-29 07:41:31 — INFO — Sent 3 alerts to Slack channel #data-alerts"),
			we("2026-11-29T07:41:32Z", Error, "", "2026-11-29 07:41:32 — ERROR — Failed to send alert 7e1c2b90: channel_not_found"),
		},
	},
}

func TestFresh547Formats(t *testing.T) { assertTable(t, fresh547Cases) }
func TestFresh547Score(t *testing.T) {
	checkScore(t, "fresh547 formats", fresh547Cases, [worldNumFields]float64{92.8, 80.3, 92.8, 87.4})
}
