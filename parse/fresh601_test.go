package parse

import "testing"

// The six-hundred-and-first fresh table: big-data platforms, a thirteenth pass (Hadoop ecosystem,
// stream processors, query engines, schedulers, notebooks and their daemons' own log files), with
// outputs of the ecosystem's members no table holds yet. Each family is one product's documented or
// observed output: ipyparallel's ipcontroller log (traitlets' `[IPController]` with the level
// written only from WARNING up, `WARNING | `) and `ipcluster start`'s console relaying the engines'
// own stamped lines behind its own stamp; Polynote's untimed server console (`[INFO]  `, a warning
// continued on indented lines); Feldera's pipeline-manager stdout (`[pipeline-<uuid>]` before Rust
// tracing lines); Apache StreamPipes' backend as Docker Desktop copies it (a local stamp before
// Spring Boot 3's `ISO-Z  LEVEL   --- [thread]`); The Littlest JupyterHub's installer.log
// (`asctime message`, no level); LinkedIn's Xinfra Monitor (Kafka's log4j layout with a config dump
// over tab-indented lines); OpenMLDB's TaskManager job log (Spark's yy/MM/dd lines with a HybridSE
// exception's `(At file.cc:N)` lines under one).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`mapr`, `warden`, `mesos`, `marathon`, `chronos`, `aurora`,
// `papermill`, `polynote`, `marimo`, `dataiku`, `knime`, `h2o`, `redash`, `opentsdb`,
// `janusgraph`, `gremlin`, `sentry`, `heron`, `apex`, `wayang`, `streampipes`, `crail`, `tajo`,
// `giraph`, `mahout`, `nutch`, `databend`, `risingwave`, `materialize`, `feldera`, `greptime`,
// `quickwit`, `lakesoul`, `geomesa`, `spring cloud data flow`, `skipper`, `argo`, `windmill`,
// `mage`, `kernel gateway`, `voila`, `nbconvert`, `htcondor`, `slurm`, `spark-operator`,
// `control-center`, `tinkerpop`, `scylla`, `cassandra`, `hvr`, `estuary`, `daft`, `polars`,
// `modin`, `crunch`, `falcon`, `eagle`, `hama`, `gora`, `parquet-cli`, `orc-tools`, `avro-tools`,
// `kettle`, `livy`, `alluxio`, `presto`, `qubole`, `cube`, `vespa`, `KernelGatewayApp`, `pathway`,
// `fluvio`, `nextflow`, `snakemake`, `cromwell`, `timeplus`, `devlake`, `hamilton`, `snowflake`,
// `snowsql`, `dataproc`, `hdinsight`, `glue`, `teradata`, `ulimit -a`, `firebolt`, `imply`,
// `spark-submit`, `ballista`, `mage-ai`, `ploomber`, `orchest`, `kedro`, `dvc`, `pachyderm`,
// `lakefs`, `hopsworks`, `openlineage`, `wherobots`, `sparkmonitor`, `beakerx`, `datalore`,
// `deepnote`, `zeppelin`, `nteract`, `jupyterhub`, `enterprise_gateway`, `tljh`, `hdfs dfsadmin`,
// `balancer`, `yarn logs`, `fsimage`, `oiv`, `rumen`, `gridmix`, `teragen`, `terasort`, `iggy`,
// `tansu`, `decodable`, `cronicle`, `dkron`, `xxl-job`, `xxl`, `powerjob`, `jobrunr`, `quartz`,
// `genie`, `metacat`, `maestro`, `flowman`, `spline`, `openmldb`, `dr. elephant`, `dr-elephant`,
// `drelephant`, `xinfra`, `kafka-monitor`, `cadence`, `ipcontroller`, `ipyparallel`, `ipengine`,
// `reef`, `myriad`, `tony`, `spark-kubernetes-operator`, `almond`, `dataflow`, `hex`,
// `IPController`, `IPEngineApp`, `IPClusterStart`, `[IPController`, `ipcluster`, `[INFO]  `,
// `[pipeline-`, `dbsp_adapters`, `o.a.s.commons`, `INFO   ---`, `the littlest`, `installer.log`,
// `Setting up hub environment`, `com.linkedin.kmf`, `kmf`, `OpenmldbSession`, `hybridse`, `(At /`).
// None of ipyparallel, Polynote, Feldera, StreamPipes, TLJH, Xinfra Monitor or OpenMLDB is in any
// table: `ipyparallel`, `IPController`, `polynote`, `feldera`, `streampipes`, `xinfra` and
// `openmldb` match only earlier tables' grep lists; `[INFO]  `, `INFO   ---`, `installer.log` and
// `kmf` match other products' lines. Left out as measured already: the Hadoop daemons and their
// tools, Hive, HBase, Spark, Flink, Kafka and its tools, Mesos, Marathon, Aurora, Slurm, HTCondor,
// Nextflow, Snakemake, Cromwell, Databend, RisingWave, Materialize, GreptimeDB, Quickwit, Vespa,
// Redash, H2O, OpenTSDB, JanusGraph and Gremlin Server, Windmill, Fluvio, DevLake, Voila,
// papermill, nbconvert, Zeppelin, JupyterHub, Livy, Alluxio, Presto, Cronicle, XXL-JOB, PowerJob,
// Dr. Elephant. Left out because its lines are another table's shape: OpenMLDB's tablet log
// (glog). Left out as not confirmed by any search: marimo's server log, Pathway's, LakeSoul's,
// Hopsworks', Apache Wayang's and Netflix Metacat's logs. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). ipyparallel's, TLJH's and Xinfra Monitor's stamps have no zone and are
// read as UTC; an ipcluster line relaying an engine's line carries two stamps of nearly the same
// moment and either is accepted. Polynote's console has no time: its records have Time 0. Feldera's
// tracing time ends in Z. StreamPipes' lines carry Docker Desktop's zone-less local stamp (a machine
// at +01:00, read as UTC by the rules) and Spring Boot's stamp in Z: either is accepted. OpenMLDB's
// yy/MM/dd is Spark's two-digit year first. Levels only where the line marks one: ipyparallel's
// `WARNING | ` and `ERROR | ` (its info lines write none), Polynote's bracketed word, the tracing
// and Spring Boot level columns, log4j's word after the time; TLJH's installer writes none, not
// even for a failed command. The host is the record's host field, and none of these families has
// one: ipyparallel's application names, Feldera's pipeline id, StreamPipes' consul host and
// auto-discovered IP, Kafka brokers, ZooKeeper hosts and controller addresses are no hosts. A
// record that spans lines is one entry: the traceback under ipcontroller's ERROR, Polynote's
// indented warning, TLJH's failed command output, Xinfra Monitor's config dump, the HybridSE
// exception and its `(At …)` lines under OpenMLDB's line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of a
// layout the source says "from memory" (ipcontroller's traceback, Polynote's `[ERROR]` padding,
// TLJH's failed command block); every family's main line was confirmed. Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it.
//
// Its first figure, scored at commit 915de82 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in
// a worktree at 915de82 with no change to trawl's code (only this file and table_test.go's list),
// 8 of 8 families fully right over 39 records; there is no gap.

var fresh601Cases = []worldCase{
	{
		name:   "ipyparallel-ipcontroller-log",
		source: "ipyparallel's controller log (~/.ipython/profile_<name>/log/ipcontroller-<pid>.log, traitlets' `yyyy-MM-dd HH:mm:ss.SSS [IPController] msg`, the level written only from WARNING up as `LEVEL | `): ipython/ipyparallel issue #880, ipython/ipython issue #8459 (pasted controller logs); the traceback under an ERROR from memory",
		why:    "a zone-less date and time with milliseconds (UTC by the rules); `[IPController]` is the application name, no level and no host; info lines carry no level; `WARNING | ` and `ERROR | ` after the name are levels; the engine's tcp address is no host; the traceback belongs to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29 07:41:16.204 [IPController] Hub listening on tcp://10.40.2.11:47213 for registration."),
			we("2026-11-29T07:41:16.207Z", Unknown, "", "2026-11-29 07:41:16.207 [IPController] Hub using DB backend: DictDB"),
			we("2026-11-29T07:41:18.481Z", Unknown, "", "2026-11-29 07:41:18.481 [IPController] registration::finished registering engine 3:5c2e91ab-0f7d44e1a8b36c2d9e1f7a40 in 1934ms"),
			we("2026-11-29T07:41:18.482Z", Unknown, "", "2026-11-29 07:41:18.482 [IPController] engine::Engine Connected: 3"),
			we("2026-11-29T07:43:51.730Z", Warn, "", "2026-11-29 07:43:51.730 [IPController] WARNING | heartbeat::missed 5c2e91ab-0f7d44e1a8b36c2d9e1f7a40 : 2"),
			we("2026-11-29T07:44:02.118Z", Error, "",
				"2026-11-29 07:44:02.118 [IPController] ERROR | task::result for unknown engine 7:e01a44c9-3b8d27f5c6a1904e2d7b5f13",
				"Traceback (most recent call last):",
				`  File "/opt/conda/lib/python3.12/site-packages/ipyparallel/controller/task_scheduler.py", line 602, in dispatch_result`,
				"    engine = self.targets.index(idents[0])",
				"ValueError: b'e01a44c9-3b8d27f5c6a1904e2d7b5f13' is not in list"),
		},
	},
	{
		name:   "ipyparallel-ipcluster-relayed-engine",
		source: "`ipcluster start --debug` on a terminal (ipyparallel's IPClusterStart lines, and the engines' own `yyyy-MM-dd HH:mm:ss.SSS [IPEngineApp] msg` lines relayed from the launcher's output behind IPClusterStart's own stamp): ipython/ipyparallel issues #344 and #880, roryk/ipython-cluster-helper issue #46 (`[IPEngineApp] WARNING | url_file … not found`)",
		why:    "two stamps of nearly the same moment on a relayed line, both zone-less (either accepted); `WARNING | ` after the inner application name is the level; IPClusterStart's own lines carry none; the controller's address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.902Z", Unknown, "", "2026-11-29 07:41:15.902 [IPClusterStart] Starting ipcluster with [daemonize=False]"),
			we("2026-11-29T07:41:16.004Z", Unknown, "", "2026-11-29 07:41:16.004 [IPClusterStart] Starting 4 Engines with MPIEngineSetLauncher"),
			we("2026-11-29T07:41:16.913Z|2026-11-29T07:41:16.911Z", Unknown, "", "2026-11-29 07:41:16.913 [IPClusterStart] 2026-11-29 07:41:16.911 [IPEngineApp] Loading url_file '/home/oskar/.ipython/profile_mpi/security/ipcontroller-lake-engine.json'"),
			we("2026-11-29T07:41:17.305Z|2026-11-29T07:41:17.301Z", Warn, "", "2026-11-29 07:41:17.305 [IPClusterStart] 2026-11-29 07:41:17.301 [IPEngineApp] WARNING | url_file '/home/oskar/.ipython/profile_mpi/security/ipcontroller-lake-engine.json' not found"),
			we("2026-11-29T07:41:18.930Z|2026-11-29T07:41:18.928Z", Unknown, "", "2026-11-29 07:41:18.930 [IPClusterStart] 2026-11-29 07:41:18.928 [IPEngineApp] Registering with controller at tcp://10.40.2.11:47213"),
			we("2026-11-29T07:41:46.118Z", Unknown, "", "2026-11-29 07:41:46.118 [IPClusterStart] Engines appear to have started successfully"),
		},
	},
	{
		name:   "polynote-server-console-untimed",
		source: "Polynote's server console (polynote.Main on a terminal: `[LEVEL]` padded to eight columns, then the message; no time; a long warning continued on lines indented by eight blanks): polynote/polynote issue #630 (a pasted console), PR #461 (Server.scala's `Logging.info(s\"Loading configuration from …\")`); the `[ERROR]` padding from memory",
		why:    "no time at all (Time 0, never the clock's); the bracketed level word; a warning's indented continuation lines are one record",
		entries: []worldEntry{
			we("", Info, "", "[INFO]  Loading configuration from /etc/polynote/config.yml"),
			we("", Warn, "",
				"[WARN]  The server listens on 0.0.0.0:8192, so every host that can reach this port",
				"        can run code on this machine as the user polynote.",
				"        Set listen.host in config.yml to 127.0.0.1 unless a proxy guards it."),
			we("", Info, "", "[INFO]  Polynote version 0.6.1"),
			we("", Info, "", "[INFO]  Running on http://0.0.0.0:8192"),
			we("", Error, "", "[ERROR] Kernel for notebooks/churn-features.ipynb failed to start: java.io.IOException: Cannot run program \"python3\": error=2, No such file or directory"),
		},
	},
	{
		name:   "feldera-manager-stdout-pipeline-prefix",
		source: "Feldera's pipeline-manager console with a local runner's pipelines inheriting its stdout (each pipeline line prefixed with `[pipeline-<uuid>]`, then Rust tracing's `RFC3339-Z LEVEL target: msg`): feldera/feldera issue #3687 (a pasted log), PR #61 (runners inherit the manager's stdout)",
		why:    "a bracketed pipeline id before an ISO time in Z with microseconds; the tracing level padded to five; the pipeline id, Kafka brokers and HTTP clients are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", "[pipeline-019d7a2e-41c3-7f10-b2a8-5c0e93d1a7f4] 2026-11-29T07:41:16.204118Z  INFO dbsp_adapters::server: Pipeline initialization complete"),
			we("2026-11-29T07:41:16.377510Z", Error, "", "[pipeline-019d7a2e-41c3-7f10-b2a8-5c0e93d1a7f4] 2026-11-29T07:41:16.377510Z ERROR dbsp_adapters::server: Response: 503 Service Unavailable (size: Sized(131)) to request GET /status"),
			we("2026-11-29T07:41:21.850942Z", Warn, "", "[pipeline-019d7a2e-41c3-7f10-b2a8-5c0e93d1a7f4] 2026-11-29T07:41:21.850942Z  WARN dbsp_adapters::transport::kafka::ft::input: Kafka consumer group orders-ingest is rebalancing, partition 3 revoked"),
			we("2026-11-29T07:42:03.009417Z", Info, "", "[pipeline-019d7a2e-41c3-7f10-b2a8-5c0e93d1a7f4] 2026-11-29T07:42:03.009417Z  INFO dbsp_adapters::controller: checkpoint 14 written in 1.84s"),
			we("2026-11-29T07:42:40.662035Z", Error, "", "[pipeline-019d7a2e-41c3-7f10-b2a8-5c0e93d1a7f4] 2026-11-29T07:42:40.662035Z ERROR dbsp_adapters::controller: input endpoint 'orders.kafka' failed: broker transport failure (kafka-a2.lake.internal:9092)"),
		},
	},
	{
		name:   "streampipes-backend-docker-desktop",
		source: "Apache StreamPipes' backend container as Docker Desktop's log view copies it (Docker Desktop's zone-less local `yyyy-MM-dd HH:mm:ss` before Spring Boot 3's `ISO-Z  LEVEL   --- [thread] logger : msg` with no pid), here a machine at +01:00: apache/streampipes issue #1975 (a pasted backend log)",
		why:    "two stamps of the same second: Docker Desktop's local one (no zone, read as UTC by the rules) and Spring Boot's in Z; either is accepted; the level word before `---`; consul and the auto-discovered IP are no hosts",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 08:41:16 2026-11-29T07:41:16.204Z  INFO   --- [           main] o.a.s.commons.networking.Networking      : Using auto-discovered IP: 172.20.0.9"),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.251Z", Info, "", "2026-11-29 08:41:16 2026-11-29T07:41:16.251Z  INFO   --- [           main] o.a.s.s.consul.ConsulProvider            : Checking if consul is available on host consul and port 8500"),
			we("2026-11-29T08:41:21Z|2026-11-29T07:41:21.930Z", Warn, "", "2026-11-29 08:41:21 2026-11-29T07:41:21.930Z  WARN   --- [           main] o.a.s.m.health.PipelineHealthCheck       : Pipeline 'press-line-temperatures' is not running, trying to restore it"),
			we("2026-11-29T08:41:24Z|2026-11-29T07:41:24.018Z", Error, "", "2026-11-29 08:41:24 2026-11-29T07:41:24.018Z ERROR   --- [pool-4-thread-1] o.a.s.m.execution.PipelineExecutor       : Could not invoke pipeline element org.apache.streampipes.processors.filters.jvm.numericalfilter on extensions-all-jvm:8090"),
		},
	},
	{
		name:   "tljh-installer-log",
		source: "The Littlest JupyterHub's /opt/tljh/installer.log (tljh/log.py: a FileHandler with `%(asctime)s %(message)s`, so a comma before the milliseconds and no level): jupyterhub/the-littlest-jupyterhub tljh/log.py (found with the code search), PR #82 and issue #285; the failed command's output block under its line from memory",
		why:    "a zone-less date and time with comma milliseconds (UTC by the rules); no level is written, not even for a failure; a failed command's output continues on lines of its own and belongs to the line above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29 07:41:16,204 Setting up admin users"),
			we("2026-11-29T07:41:16.219Z", Unknown, "", "2026-11-29 07:41:16,219 Granting passwordless sudo to JupyterHub admins..."),
			we("2026-11-29T07:41:17.603Z", Unknown, "", "2026-11-29 07:41:17,603 Setting up user environment..."),
			we("2026-11-29T07:43:02.118Z", Unknown, "", "2026-11-29 07:43:02,118 Ran ['/opt/tljh/user/bin/mamba', 'install', '-c', 'conda-forge', '--yes', 'jupyterlab-git==0.51.9'] with exit code 1"),
			we("2026-11-29T07:43:02.120Z", Unknown, "",
				"2026-11-29 07:43:02,120 Could not solve for environment specs",
				"The following package could not be installed",
				"└─ jupyterlab-git 0.51.9 does not exist (perhaps a typo or a missing channel)."),
		},
	},
	{
		name:   "xinfra-monitor-kafka-log4j-config-dump",
		source: "LinkedIn's Xinfra Monitor (kafka-monitor) console through its log4j.properties (`[yyyy-MM-dd HH:mm:ss,SSS] LEVEL msg (logger)`, a service's config dump spread over tab-indented lines with the logger on the last): linkedin/kafka-monitor PR #252 (a pasted run), issue #352 (the com.linkedin.xinfra.monitor classes)",
		why:    "a bracketed zone-less time with comma milliseconds (UTC); the level word after it; the logger in parentheses at the end; a config dump is one record; brokers and ZooKeeper hosts are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29 07:41:16,204] INFO produce-service/ProduceService is initialized. (com.linkedin.xinfra.monitor.services.ProduceService)"),
			we("2026-11-29T07:41:16.212Z", Info, "",
				"[2026-11-29 07:41:16,212] INFO ConsumeServiceConfig values:",
				"\tbootstrap.servers = kafka-a1.lake.internal:9092",
				"\tconsume.latency.sla.ms = 20000",
				"\ttopic = xinfra-monitor-topic",
				"\tzookeeper.connect = zk-a1.lake.internal:2181",
				" (com.linkedin.xinfra.monitor.services.configs.ConsumeServiceConfig)"),
			we("2026-11-29T07:41:19.877Z", Warn, "", "[2026-11-29 07:41:19,877] WARN [Producer clientId=xinfra-monitor-producer] Connection to node 2 (kafka-a2.lake.internal/10.40.3.12:9092) could not be established. Broker may not be available. (org.apache.kafka.clients.NetworkClient)"),
			we("2026-11-29T07:42:31.050Z", Error, "", "[2026-11-29 07:42:31,050] ERROR single-cluster-monitor/ProduceService failed to send message to partition 5 (com.linkedin.xinfra.monitor.services.ProduceService)"),
		},
	},
	{
		name:   "openmldb-taskmanager-job-hybridse-at",
		source: "OpenMLDB's TaskManager offline job log (Spark's `yy/MM/dd HH:mm:ss LEVEL Class: msg`, and a HybridSE exception printed under a line with its `    (At file.cc:N)` and `(Caused by)` lines): 4paradigm/OpenMLDB issue #2481 (a pasted job log), PR #3640 (OpenmldbSession's `Fail to register table` warning)",
		why:    "a two-digit year first (yy/MM/dd); the level word after the time; the HybridSE exception and its `(At …)` lines have no time and belong to the line above them; database.table names are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:42:01Z", Info, "", "26/11/29 07:42:01 INFO SparkContext: Running Spark version 3.2.1"),
			we("2026-11-29T07:42:04Z", Warn, "", "26/11/29 07:42:04 WARN OpenmldbSession: Fail to register table fraud.orders, error: Path does not exist: file:/srv/openmldb/offline/fraud/orders;"),
			we("2026-11-29T07:42:04Z", Info, "",
				"26/11/29 07:42:04 INFO SparkPlanner: Disable window parallelization optimization, enable by setting openmldb.window.parallelization",
				"com._4paradigm.hybridse.sdk.UnsupportedHybridSeException: SQL parse error: Fail to transform data provider op: table orders not exists in database [fraud]",
				"    (At /__w/OpenMLDB/OpenMLDB/hybridse/src/vm/sql_compiler.cc:275)",
				"    (At /__w/OpenMLDB/OpenMLDB/hybridse/src/vm/sql_compiler.cc:170)",
				"    (Caused by) Fail to generate physical plan batch mode"),
			we("2026-11-29T07:42:06Z", Info, "", "26/11/29 07:42:06 INFO SparkContext: Successfully stopped SparkContext"),
		},
	},
}

func TestFresh601Formats(t *testing.T) { assertTable(t, fresh601Cases) }
func TestFresh601Score(t *testing.T) {
	checkScore(t, "fresh601 formats", fresh601Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
