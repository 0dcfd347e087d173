package parse

import "testing"

// The six-hundred-and-twentieth fresh table: big-data platforms, a fourteenth pass (Hadoop
// ecosystem, Spark, Flink, Kafka, ZooKeeper, HBase, Hive and similar: daemons' logs, client consoles
// and job logs), shapes no earlier table holds. Each family is one product's documented or observed
// output: Pachyderm 1.x pachd's text log (`ISO-Z LEVEL  method {json} []`) and `pachctl logs`' JSON
// lines of a pipeline worker; the HBase shell run with `-n` (ISO8601 log4j lines with a T and a
// comma, the `hbase:001:0>` prompt, `ROW  COLUMN+CELL`, `Took N seconds`); Apache Giraph's worker
// messages on a TinkerPop GiraphGraphComputer console (`[INFO] class - msg`, no time); Splink's EM
// training console (bare messages, no time, no level); Zingg's console (`%-5p %c - %m`) and Zingg
// 0.4's log file (`date,ms [thread] LEVEL class - msg` with a Spark logical plan under an error);
// Apache Toree's Scala kernel on Jupyter Notebook's console (three writers on one stream).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`ambari`, `ranger`, `knox`, `livy`, `oozie`, `sqoop`, `flume`, `pig `,
// `tez`, `impala`, `kudu`, `pinot`, `kylin`, `zeppelin`, `atlas`, `storm`, `samza`, `accumulo`,
// `phoenix`, `drill`, `doris`, `starrocks`, `superset`, `dagster`, `prefect`, `luigi`, `beam`,
// `pulsar`, `bookkeeper`, `ignite`, `geode`, `hazelcast`, `alluxio`, `iceberg`, `databricks`,
// `dremio`, `gobblin`, `azkaban`, `dolphinscheduler`, `seatunnel`, `kyuubi`, `celeborn`, `uniffle`,
// `paimon`, `hudi`, `inlong`, `amoro`, `linkis`, `streampark`, `openmldb`, `greenplum`, `vertica`,
// `ray `, `dask`, `cloudera`, `hue`, `sentry`, `griffin`, `mlflow`, `kafka connect`, `ksql`,
// `schema-registry`, `cruise`, `burrow`, `redpanda`, `trino`, `presto`, `druid`, `nifi`, `airflow`,
// `hbase`, `hive`, `zookeeper`, `flink`, `yarn`, `spark`, `kafka`, `tajo`, `crail`, `heron`, `apex`,
// `gearpump`, `ozone`, `submarine`, `slider`, `chukwa`, `whirr`, `falcon`, `lens`, `eagle`, `bigtop`,
// `ambari-agent`, `cdap`, `debezium`, `materialize`, `risingwave`, `feast`, `great_expectations`,
// `dbt`, `meltano`, `airbyte`, `singer`, `kestra`, `mage`, `argo`, `hopsworks`, `polaris`,
// `gravitino`, `unity catalog`, `xtable`, `fluss`, `juicefs`, `cubefs`, `seaweedfs`, `lakefs`,
// `nessie`, `marquez`, `openlineage`, `datahub`, `amundsen`, `metabase`, `redash`, `jupyter`,
// `sparklyr`, `koalas`, `polars`, `duckdb`, `clickhouse`, `byconity`, `databend`, `greptime`,
// `questdb`, `tdengine`, `iotdb`, `kvrocks`, `curve`, `eventmesh`, `rocketmq`, `tubemq`, `shenyu`,
// `dolphin`, `kcat`, `kafkacat`, `akhq`, `kafdrop`, `kafka-ui`, `provectus`, `strimzi`,
// `mirrormaker`, `benthos`, `toree`, `soda`, `Soda Core`, `soda scan`, `Scan summary`, `giraph`,
// `hawq`, `pachyderm`, `pachd`, `protorpclog`, `"workerId"`, `PPS master`, `arroyo`, `sedona`,
// `deequ`, `lakesoul`, `metacat`, `wayang`, `kyligence`, `pathway`, `daft`, `zingg`,
// `TrainingDataFinder`, `splink`, `Largest change in params`, `EM converged`, `hbase(main)`,
// `hbase:001:0>`, `COLUMN+CELL`, `Took 0.`, `NativeCodeLoader`, `Starting Spark Kernel`,
// `LogLastModifiedTime`, `LogAggregationType`, `Configured Capacity`, `Live datanodes`, `The
// filesystem under path`, `Status: HEALTHY`, `Query 2026`, `Splits:`, `hdinsight`, `auron`,
// `presto-cli`). None of Pachyderm, Zingg, Splink, Giraph or Toree is a family of any table
// (`pachyderm`, `pachd`, `giraph` and `toree` match only earlier headers' grep lists and their "not
// confirmed" notes). Caution: `hbase:001:0>` and `COLUMN+CELL` match fresh122 (a shell session's
// prompt) and fresh406 (hbase-shell-scan-cells, hbase-shell-list-procedures), so the HBase shell is
// measured already; this table's HBase family (the `-n` session with its ISO8601 log4j lines and
// a WARN's stack), written before that was found, was taken out when the table landed. Left out as
// measured already: Soda Core's scan
// console, the Hadoop daemons, YARN's aggregated logs, HDFS reports, Spark, Flink, Kafka, ZooKeeper,
// Hive, Trino/Presto, Druid, NiFi, Airflow and the rest of the list above that has a family. Left
// out as not confirmed by any search: Arroyo's controller and worker, LakeSoul, Pathway. The table
// holds 7 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). pachd's stamps and pachctl's `ts` end in Z; the HBase shell's ISO8601 stamp
// (a T, a comma before the milliseconds), Zingg 0.4's stamp and Spark's `yy/MM/dd` have no zone and
// are read as UTC; Jupyter's `[I HH:mm:ss.SSS NotebookApp]` has a time of day only and is on the
// clock's day. Giraph's console, Splink's console and Zingg's console carry no time, so those
// records have none. Levels only where the line marks one: pachd's level word, log4j's level column
// (HBase, Zingg, Spark), Giraph's `[INFO]`/`[WARN]`, Jupyter's `[I`/`[W` letter; pachctl's JSON
// lines, Splink's messages, the shell's prompt and `Took` lines, Toree's banner and the JVM's
// uncaught exception carry none. No family has a host field: Pachyderm's worker pod name, HBase's
// region server, Giraph's ZooKeeper and Jupyter's kernel id are no hosts. A record that spans lines
// is one entry: HBase's WARN with its exception and stack, Giraph's two-line waitAllRequests, a
// Splink heading with its list or blocking rule, Zingg's ERROR with its `at` lines or its logical
// plan, the JVM's `Exception in thread "main"` with its stack (a record of its own, not the Spark
// WARN's above it).
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); every family's layout was confirmed by
// a search, none rests on memory. Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 8f540bf before any rule for it: level 98.0 %, time 98.0 %, host 98.0 %, records 87.8 %.
// That is the macro figure (micro: level 97.2 %, time 97.2 %, host 97.2 %, records 86.1 %) of the
// seven families, in a worktree at 8f540bf with no change to trawl's code (only this file and
// table_test.go's list), 3 of 7 fully right (both Pachyderm families and Zingg 0.4's log file);
// the gaps are record boundaries: Giraph's second waitAllRequests line and Splink's blocking rule
// split off from their records, Zingg's console keeping only the first tab-less `at` line under an
// ERROR, and Toree's untimed banner joined to Jupyter's line above it. (Scored with the HBase
// shell's family, the eight gave 89.9 / 89.9 / 89.9 / 76.8.)

var fresh620Cases = []worldCase{
	{
		name:   "pachyderm-pachd-text-protorpclog",
		source: "Pachyderm 1.x pachd's text log (`yyyy-MM-ddTHH:mm:ssZ LEVEL  method {json} []`, the gRPC call logged as a method name and a JSON object): pachyderm/pachyderm issues #1720 (`INFO  protorpclog.Call {…}`) and #4607 (`INFO pfs.API.PutFile {…} []`, `INFO PPS master: …`)",
		why:    "an ISO time in Z, then the level word padded to five; durations and JSON after the method are no times; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29T07:41:16Z INFO  protorpclog.Call {"service":"pps.API","method":"CreateJob","request":"pipeline:\u003cname:\"ingest\" \u003e ","duration":"0.004118220s"}`),
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29T07:41:16Z INFO PPS master: creating resources for pipeline "ingest"`),
			we("2026-11-29T07:41:17Z", Info, "", `2026-11-29T07:41:17Z INFO pfs.API.PutFile {"duration":0.512204118,"request":{"file":{"commit":{"repo":{"name":"raw-events"},"id":"master"},"path":"/2026-11-29/part-0007.csv"}}} []`),
			we("2026-11-29T07:41:18Z", Error, "", `2026-11-29T07:41:18Z ERROR pfs.API.InspectCommit {"duration":0.000871002,"error":"commit 5e0b7d21c4a34f6f9a1b2c3d4e5f6a7b not found in repo raw-events","request":{"commit":{"repo":{"name":"raw-events"},"id":"5e0b7d21c4a34f6f9a1b2c3d4e5f6a7b"}}} []`),
			we("2026-11-29T07:41:19Z", Info, "", `2026-11-29T07:41:19Z INFO moving pipeline ingest to PIPELINE_RUNNING`),
		},
	},
	{
		name:   "pachyderm-pachctl-logs-json",
		source: "`pachctl get-logs` / `pachctl logs` output of a Pachyderm 1.x pipeline worker, one JSON object a line (`pipelineName`, `jobId`, `workerId`, `datumId`, `data`, `ts` in RFC 3339 nanoseconds Z, `message`): pachyderm/pachyderm issue #2807",
		why:    "the time is the `ts` key after the datum's file hashes; the worker's pod name is no host; no level key",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118733Z", Unknown, "", `{"pipelineName":"ingest","jobId":"b41d0e7c9f2a4c1d8e3f5a6b7c8d9e0f","workerId":"pipeline-ingest-v3-q8x2m","datumId":"9a1f6c0e47b2d38855e1f0a9c3b7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9a1b3c5","data":[{"path":"/2026-11-29/part-0007.csv","hash":"Yx3kQp9vR2mN8tW4zL6cB1dF5gH7jK0sA2eU4iO6pE8="}],"ts":"2026-11-29T07:41:16.204118733Z","message":"starting to download data"}`),
			we("2026-11-29T07:41:16.219902511Z", Unknown, "", `{"pipelineName":"ingest","jobId":"b41d0e7c9f2a4c1d8e3f5a6b7c8d9e0f","workerId":"pipeline-ingest-v3-q8x2m","datumId":"9a1f6c0e47b2d38855e1f0a9c3b7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9a1b3c5","data":[{"path":"/2026-11-29/part-0007.csv","hash":"Yx3kQp9vR2mN8tW4zL6cB1dF5gH7jK0sA2eU4iO6pE8="}],"ts":"2026-11-29T07:41:16.219902511Z","message":"finished downloading data after 15.783778ms"}`),
			we("2026-11-29T07:41:17.80233109Z", Unknown, "", `{"pipelineName":"ingest","jobId":"b41d0e7c9f2a4c1d8e3f5a6b7c8d9e0f","workerId":"pipeline-ingest-v3-q8x2m","datumId":"9a1f6c0e47b2d38855e1f0a9c3b7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9a1b3c5","data":[{"path":"/2026-11-29/part-0007.csv","hash":"Yx3kQp9vR2mN8tW4zL6cB1dF5gH7jK0sA2eU4iO6pE8="}],"user":true,"ts":"2026-11-29T07:41:17.802331090Z","message":"parsed 48211 rows, 3 rejected"}`),
			we("2026-11-29T07:41:18.00412876Z", Unknown, "", `{"pipelineName":"ingest","jobId":"b41d0e7c9f2a4c1d8e3f5a6b7c8d9e0f","workerId":"pipeline-ingest-v3-q8x2m","datumId":"9a1f6c0e47b2d38855e1f0a9c3b7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9a1b3c5","data":[{"path":"/2026-11-29/part-0007.csv","hash":"Yx3kQp9vR2mN8tW4zL6cB1dF5gH7jK0sA2eU4iO6pE8="}],"ts":"2026-11-29T07:41:18.004128760Z","message":"failed processing datum: exit status 1, retrying in 0s"}`),
		},
	},
	{
		name:   "giraph-job-console-bracket-level",
		source: "Apache Giraph's worker messages on the console of a TinkerPop hadoop-gremlin GiraphGraphComputer run (`[LEVEL] class - msg`, no time; NettyClient's waitAllRequests writes its sent figures on a second line): apache/tinkerpop PR #175 (TINKERPOP-1036)",
		why:    "a bracketed level first and no time at all; the `MBytes/sec sent` line continues the waitAllRequests record",
		gap:    "the untimed `MBytes/sec sent = …` second line of NettyClient's waitAllRequests is split off as a record of its own instead of continuing the `[INFO]` line above it",
		entries: []worldEntry{
			we("", Info, "", "[INFO] org.apache.giraph.comm.netty.NettyClient - connectAllAddresses: Successfully added 2 connections, (2 total connected) 0 failed, 0 failures total."),
			we("", Info, "", "[INFO] org.apache.giraph.worker.BspServiceWorker - exchangeVertexPartitions: Done with exchange."),
			we("", Info, "", "[INFO] org.apache.giraph.graph.GraphTaskManager - execute: 4 partitions to process with 2 compute thread(s), originally 2 thread(s) on superstep 3"),
			we("", Info, "",
				"[INFO] org.apache.giraph.comm.netty.NettyClient - waitAllRequests: Finished all requests. MBytes/sec received = 0.0131, MBytesReceived = 0.0211, ave received req MBytes = 0.0004, secs waited = 1.61",
				"MBytes/sec sent = 0.0128, MBytesSent = 0.0206, ave sent req MBytes = 0.0004, secs waited = 1.61"),
			we("", Warn, "", "[WARN] org.apache.giraph.bsp.BspService - process: Disconnected from ZooKeeper (will automatically try to recover) WatchedEvent state:Disconnected type:None path:null"),
		},
	},
	{
		name:   "splink-em-training-console",
		source: "Splink 3's training messages on a notebook's or terminal's console (its logger prints the bare message: `----- Starting EM training session -----`, the blocking rule and the comparisons listed on the lines under their heading, `Iteration N: Largest change in params was …`, `EM converged after N iterations`): moj-analytical-services/splink PR #400 and issue #1382",
		why:    "no time and no level anywhere; a heading with its indented list or its blocking rule under it is one record, and each iteration line is a record of its own",
		gap:    "the blocking rule on the line under `Training the m probabilities of the model by blocking on:` is split off as a record of its own instead of continuing its heading",
		entries: []worldEntry{
			we("", Unknown, "", "----- Starting EM training session -----"),
			we("", Unknown, "",
				"Training the m probabilities of the model by blocking on:",
				"l.surname = r.surname and l.postcode = r.postcode"),
			we("", Unknown, "",
				"Parameter estimates will be made for the following comparison(s):",
				"    - first_name",
				"    - dob"),
			we("", Unknown, "", "Iteration 1: Largest change in params was -0.407 in the m_probability of first_name, level `Exact match`"),
			we("", Unknown, "", "Iteration 2: Largest change in params was 0.0318 in probability_two_random_records_match"),
			we("", Unknown, "", "EM converged after 2 iterations"),
		},
	},
	{
		name:   "zingg-console-padded-level-class",
		source: "Zingg 0.3's console through scripts/zingg.sh (`%-5p %c - %m%n`: the level padded to five, the logger, ` - `, no time; a Spark error's `at` lines without a tab): zinggAI/zingg issues #49 and #649",
		why:    "a padded level word first and no time; the `at` lines under an ERROR are its record",
		gap:    "under an untimed ERROR, only the first tab-less `at …` line is joined; the second is split off as a record of its own",
		entries: []worldEntry{
			we("", Info, "", "INFO  zingg.client.Client - Reading input of type csv from /data/customers/2026-11-29.csv"),
			we("", Info, "", "INFO  org.apache.spark.ml.util.Instrumentation - [3c9e71b4] training finished"),
			we("", Warn, "", "WARN  zingg.TrainingDataFinder - Read training samples 14 neg 31"),
			we("", Error, "",
				"ERROR org.apache.spark.ml.util.Instrumentation - org.apache.spark.SparkException: Exception thrown in awaitResult: ",
				"at org.apache.spark.util.ThreadUtils$.awaitResult(ThreadUtils.scala:301)",
				"at org.apache.spark.broadcast.TorrentBroadcast.readBroadcastBlock(TorrentBroadcast.scala:231)"),
			we("", Warn, "", "WARN  zingg.client.Client - Apologies for this message. Zingg has encountered an error. Exception thrown in awaitResult: "),
		},
	},
	{
		name:   "zingg-log4j2-file-thread-before-level",
		source: "Zingg 0.4's log (`yyyy-MM-dd HH:mm:ss,SSS [thread] LEVEL class - msg`, an AnalysisException printed with Spark's logical plan tree under it): zinggAI/zingg issue #708",
		why:    "the thread in brackets before the padded level; a logical plan's `:- Project` and `+- Filter` lines continue the error above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.168Z", Info, "", "2026-11-29 07:41:16,168 [main] INFO  zingg.common.client.Client - Zingg running phase findTrainingData for model 118"),
			we("2026-11-29T07:41:17.779Z", Warn, "", "2026-11-29 07:41:17,779 [main] WARN  zingg.TrainingDataFinder - Read training samples 6 neg 9"),
			we("2026-11-29T07:41:18.035Z", Info, "", "2026-11-29 07:41:18,035 [main] INFO  zingg.TrainingDataFinder - Created positive sample pairs "),
			we("2026-11-29T07:41:18.402Z", Error, "",
				"2026-11-29 07:41:18,402 [main] ERROR zingg.common.client.Client - Union can only be performed on tables with the same number of columns",
				"org.apache.spark.sql.AnalysisException: Union can only be performed on tables with the same number of columns, but the first table has 19 columns and the second table has 17 columns;",
				"'Union false, false",
				":- Project [z_zid#311L, fname#316, lname#317, city#318, postcode#319, z_source#320]",
				":  +- Filter (cast(z_isMatch#402 as int) = 1)"),
		},
	},
	{
		name:   "toree-kernel-in-jupyter-notebook-console",
		source: "Apache Toree's Scala kernel started by Jupyter Notebook on the container's console: the notebook server's `[I HH:mm:ss.SSS NotebookApp]` lines, Toree's `Starting Spark Kernel with SPARK_HOME=…`, Spark's `yy/MM/dd HH:mm:ss LEVEL Class:` line, a JVM `Exception in thread \"main\"` with its stack: jupyter/docker-stacks issue #860",
		why:    "three writers on one console: a bracketed letter level and a time of day only, an untimed banner, a two-digit-year Spark line; the JVM's uncaught exception is a record of its own, not the Spark WARN's",
		gap:    "Toree's untimed `Starting Spark Kernel with SPARK_HOME=…` banner is joined to the timed `[I … NotebookApp]` line above it instead of standing as a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.787Z", Info, "", "[I 07:41:15.787 NotebookApp] Writing notebook-signing key to /home/jovyan/.local/share/jupyter/notebook_secret"),
			we("", Unknown, "", "Starting Spark Kernel with SPARK_HOME=/usr/local/spark"),
			we("2026-11-29T07:41:16.891Z", Info, "", "[I 07:41:16.891 NotebookApp] Kernel started: 5b0e2c71-93d4-4a7e-b1f8-2d6c9e0a4f13"),
			we("2026-11-29T07:41:18Z", Warn, "", "26/11/29 07:41:18 WARN NativeCodeLoader: Unable to load native-hadoop library for your platform... using builtin-java classes where applicable"),
			we("", Unknown, "",
				`Exception in thread "main" java.lang.NoClassDefFoundError: scala/App$class`,
				"\tat org.apache.toree.Main$.<init>(Main.scala:24)",
				"\tat org.apache.toree.Main$.<clinit>(Main.scala)",
				"\tat org.apache.toree.Main.main(Main.scala)"),
			we("2026-11-29T07:41:25.113Z", Warn, "", "[W 07:41:25.113 NotebookApp] Timeout waiting for kernel_info reply from 5b0e2c71-93d4-4a7e-b1f8-2d6c9e0a4f13"),
			we("2026-11-29T07:41:27.204Z", Info, "", "[I 07:41:27.204 NotebookApp] KernelRestarter: restarting kernel (1/5), keep random ports"),
		},
	},
}

func TestFresh620Formats(t *testing.T) { assertTable(t, fresh620Cases) }
func TestFresh620Score(t *testing.T) {
	checkScore(t, "fresh620 formats", fresh620Cases, [worldNumFields]float64{97.9, 97.9, 97.9, 87.7})
}
