package parse

import "testing"

// The five-hundredth fresh table: big-data platforms, a sixth pass (Hadoop ecosystem, stream
// processors, query engines, schedulers, notebooks and their daemons' own log files), shapes no
// earlier table holds. Each family is one product's documented or observed output: Numaflow's Go
// data plane in a vertex pod (zap JSON with a nanosecond ISO ts); nbgrader's command line
// (`[AutogradeApp | LEVEL]`, no time, a traceback under an ERROR); Livebook's console (its
// `[Livebook]` banner, then Elixir Logger's time of day and `[level]` with an empty line before each
// record); the Hatchet Python SDK's worker log (`[LEVEL]<tab>🪓 -- time - msg`, a gRPC error's repr
// over lines); the Hatchet TypeScript SDK's logger (`🪓 pid | MM/dd/yy, hh:mm:ss AM  [LEVEL/Context]`,
// a narrow no-break space before AM); Elyra's Kubeflow Pipelines bootstrapper (`[L HH:mm:ss.SSS]`
// with no app name); Apache DevLake's per-task logs (logrus text, a quoted zone-less time); and
// ElasticJob-Lite's logback pattern (`[LEVEL] time --thread-- [logger] msg `).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`numaflow`, `numaproj`, `Sink-processor`, `udf-processor`,
// `edge_fetcher`, `nbgrader`, `AutogradeApp`, `| INFO]`, `| ERROR]`, `App | `, `livebook`,
// `[Livebook`, `Application running at`, `not responding **`, `NIF`, `hatchet`, `HatchetClient`,
// `🪓`, `[ERROR]<tab>`, ` -- 20`, `AM  [`, `[INFO/`, `/Worker]`, `elyra`, `bootstrapper`, `LabApp`,
// `] kfp '`, `[I 0`, `secs)`, `':'`, `devlake`, `incubator-devlake`, `[pipeline service]`,
// `[task #`, `elasticjob`, `elastic-job`, `shardingsphere`, `--main--`, `_Worker-1--`, `_Worker-`,
// `LiteJob`, `JobRunShell`, `KernelGatewayApp`, `kernel_gateway`, `kernel gateway`, `NotebookApp`,
// `Cube.js`, `cube-js`, `cubejs`, `Load Request`, `Performing query`, `timeplus`, `openlookeng`,
// `hetu`, `streampipes`, `quine`, `deephaven`, `posit connect`, `rstudio-connect`, `beakerx`,
// `almond`, `xeus`, `ijulia`, `irkernel`, `solara`, `quarto`, `deepnote`, `pluto.jl`,
// `jupyter-book`, `nbclient`, `apicurio`, `conduktor`, `seafowl`, `roapi`, `lakesail`, `trafodion`,
// `twill`, `glaredb`, `orkes`, `spylon`, `marimo`, and the products already measured: `oozie`,
// `nifi`, `flink`, `druid`, `trino`, `presto`, `pinot`, `kylin`, `ranger`, `atlas`, `ambari`, `hue`,
// `luigi`, `dagster`, `prefect`, `azkaban`, `dolphinscheduler`, `storm`, `samza`, `heron`,
// `pulsar`, `kudu`, `clickhouse`, `doris`, `starrocks`, `ignite`, `hazelcast`, `superset`, `dask`,
// `ray`, `materialize`, `risingwave`, `ksqldb`, `alluxio`, `drill`, `dremio`, `phoenix`,
// `greenplum`, `vertica`, `mlflow`, `kubeflow`, `airflow`, `argo`, `htcondor`, `pbs`, `sge`, `lsf`,
// `jupyterhub`, `[I 2`, `tez`, `hive.log`, `kyuubi`, `gobblin`, `flume`, `sqoop`, `accumulo`,
// `knox`, `cloudera`, `metabase`, `redash`, `pig`, `hudi`, `ozone`, `enterprise gateway`, `voila`,
// `toree`, `polynote`, `streamlit`, `bokeh`, `gradio`, `papermill`, `nbconvert`, `ipyparallel`,
// `shiny server`, `seatunnel`, `pentaho`, `kettle`, `talend`, `kestra`, `rundeck`, `temporal`,
// `zeppelin`, `livy`, `windmill`, `powerjob`, `cronicle`, `ballista`, `datafusion`, `cratedb`,
// `xxl-job`, `flowable`, `camunda`, `nextflow`, `cromwell`, `snakemake`). None of Numaflow,
// nbgrader, Livebook, Hatchet, Elyra, DevLake or ElasticJob is in any table (`shardingsphere`
// matches only ShardingSphere-Proxy's own lines; `_Worker-` and `JobRunShell` plain Quartz lines
// with other layouts; `[I 0` the classic Notebook server's `[I time NotebookApp]`, which carries an
// app name Elyra's bootstrapper does not write; `[INFO/` another product's bracket). Left out as
// measured already: the Hadoop daemons, Hive, Oozie, NiFi, Flink, Storm, Samza, Pulsar, Druid,
// Trino, Presto, Pinot, ClickHouse, Doris, StarRocks, Dremio, Drill, Airflow, Dagster, Prefect,
// Luigi, Azkaban, DolphinScheduler, Kestra, Slurm, HTCondor, PBS, LSF, Ray, Dask, JupyterHub,
// Jupyter Server and the classic Notebook server, Zeppelin, Livy, Bokeh, Gradio, papermill,
// nbconvert, Shiny Server. Left out because its lines are another table's shape: the Jupyter Kernel
// Gateway (`[I yyyy-MM-dd HH:mm:ss.SSS KernelGatewayApp]`, Jupyter Server's own layout) and Elyra's
// server extension in JupyterLab (`[I HH:mm:ss.SSS LabApp]`, the Notebook server's); Timeplus
// Proton (ClickHouse's layout); openLooKeng (Presto's). Left out as not confirmed by any search:
// the Hatchet engine's own console, Deephaven's server log, Cube's server log. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Numaflow's ts ends in Z; its version field's BuildDate is not the record's
// time. Livebook's Elixir Logger lines and Elyra's bootstrapper lines carry a time of day only:
// they are on the clock's day. The Hatchet Python SDK's, DevLake's and ElasticJob's stamps have no
// zone and are taken as UTC; the Hatchet TypeScript SDK's `11/29/26, 07:41:15 AM` is a zone-less
// local time on a 12-hour clock, taken as UTC. nbgrader's lines and Livebook's banner have no time
// (Time 0), and the submission time in an nbgrader message is not the record's. Levels only where
// the line marks one: zap's "level", nbgrader's word after ` | `, Elixir's `[debug]` `[warning]`
// `[error]`, Hatchet's bracketed words (Python's first, TypeScript's before the slash), Elyra's
// letter, logrus' `level=`, ElasticJob's padded `%-5level`; Livebook's banner carries none. The
// host is the record's host field, and none of these has one: Numaflow's pipeline and vertex,
// Livebook's node name, Hatchet's contexts and the engine's address, DevLake's plugin, ElasticJob's
// ZooKeeper servers are no hosts. A record that spans lines is one entry: nbgrader's traceback,
// Livebook's `** … **` pair, the Hatchet Python SDK's gRPC error repr down to its closing `>`,
// ElasticJob's Java stack. Livebook's empty lines are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory. Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit bb8946e before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 97.9 %.
// That is the macro figure (micro: level 100.0 %, time 85.7 %, host 100.0 %, records 97.6 %), in a
// worktree at bb8946e with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is the Hatchet Python SDK's worker log, whose time after the tab,
// the axe emoji and ` -- ` trawl does not read, and whose gRPC error repr loses its closing `>` to a
// record of its own.

var fresh500Cases = []worldCase{
	{
		name:   "numaflow-vertex-zap-json",
		source: "Numaflow 1.4+'s Go data plane in a vertex pod's `numa` container (zap's JSON encoder: level, an RFC 3339 nanosecond ts in Z, logger `numaflow.Sink-processor`, caller, msg, then pipeline and vertex fields): numaproj/numaflow issue #2569 (a pasted `kubectl logs … -c numa`); the older epoch-float ts in issues #560 and #266",
		why:    "a JSON line whose ts is an ISO time with nanoseconds; the version field's BuildDate is a second time that is not the record's; the level key in lower case; the vertex and pipeline are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118233Z", Info, "", `{"level":"info","ts":"2026-11-29T07:41:16.204118233Z","logger":"numaflow.Sink-processor","caller":"commands/processor.go:48","msg":"Starting vertex data processor","version":"Version: v1.5.2, BuildDate: 2026-10-02T09:14:51Z, GitCommit: 3c9e1f2a7b04d5e6f8a9b0c1d2e3f4a5b6c7d8e9, GitTag: v1.5.2, GitTreeState: clean, GoVersion: go1.24.9, Compiler: gc, Platform: linux/amd64"}`),
			we("2026-11-29T07:41:16.213502117Z", Info, "", `{"level":"info","ts":"2026-11-29T07:41:16.213502117Z","logger":"numaflow.Sink-processor","caller":"fetch/edge_fetcher.go:55","msg":"Creating a new edge watermark fetcher","pipeline":"orders-etl","vertex":"archive"}`),
			we("2026-11-29T07:42:03.880411902Z", Warn, "", `{"level":"warn","ts":"2026-11-29T07:42:03.880411902Z","logger":"numaflow.Sink-processor","caller":"fetch/processor_manager.go:204","msg":"No active processor for the edge yet, holding the watermark","pipeline":"orders-etl","vertex":"archive","edge":"orders-etl-enrich-archive","partition":0}`),
			we("2026-11-29T07:42:19.05137764Z", Error, "", `{"level":"error","ts":"2026-11-29T07:42:19.051377640Z","logger":"numaflow.Sink-processor","caller":"forward/forward.go:402","msg":"Retrying failed messages","pipeline":"orders-etl","vertex":"archive","errors":{"rpc error: code = Unavailable desc = connection error":12},"retryAttempt":3}`),
		},
	},
	{
		name:   "nbgrader-autograde-app-level",
		source: "nbgrader 0.9's command line (traitlets' log_format `[%(name)s | %(levelname)s] %(message)s`: the app name and the level word in one bracket, no time; a traceback logged as the message of an ERROR, its lines indented under it): jupyter/nbgrader issues #1377 (a pasted `[AutogradeApp | ERROR] Traceback …`), #1905 and #1302",
		why:    "no time at all: every record has Time 0, and the submission time inside a message is not the record's; the level word after ` | ` in the bracket; a traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("", Info, "", "[AutogradeApp | INFO] Copying /srv/course/dsci210/submitted/kwon_h/hw07/data/trips.csv -> /srv/course/dsci210/autograded/kwon_h/hw07/data/trips.csv"),
			we("", Info, "", "[AutogradeApp | INFO] Creating/updating student with ID 'kwon_h': {}"),
			we("", Info, "", "[AutogradeApp | INFO] SubmittedAssignment<hw07 for kwon_h> submitted at 2026-11-28 23:58:41.306112"),
			we("", Warn, "", "[AutogradeApp | WARNING] Attribute 'checksum' for cell correct_speed does not exist in the database"),
			we("", Error, "",
				"[AutogradeApp | ERROR] Traceback (most recent call last):",
				`      File "/opt/conda/lib/python3.12/site-packages/nbgrader/converters/base.py", line 409, in convert_notebooks`,
				"        self.convert_single_notebook(notebook_filename)",
				`      File "/opt/conda/lib/python3.12/site-packages/nbgrader/converters/autograde.py", line 191, in convert_single_notebook`,
				"        super(Autograde, self).convert_single_notebook(notebook_filename)",
				"    nbgrader.preprocessors.execute.UnresponsiveKernelError: Timeout waiting for execute reply (30s)."),
			we("", Warn, "", "[AutogradeApp | WARNING] Removing failed assignment: /srv/course/dsci210/autograded/ortiz_m/hw07"),
		},
	},
	{
		name:   "livebook-console-elixir-logger",
		source: "Livebook started with `livebook server` (its own `[Livebook] Application running at …` banner with no time and no level, then Elixir Logger's default console format `\\n$time $metadata[$level] $message\\n`: a time of day with milliseconds, the level in lower case in brackets, an empty line before each record; a distribution error's two `** … **` lines in one message): livebook-dev/livebook issues #1925 and #2429",
		why:    "a time of day without a date (the clock's day); `[debug]`, `[warning]`, `[error]`; the banner has no time and no level; the empty lines between records are fed, not scored; the node name is a peer, no host",
		entries: []worldEntry{
			we("", Unknown, "", "[Livebook] Application running at http://localhost:8080/?token=q7v2m4xk9r3tzb8n6wyd5hcp0fgsja1e"),
			wskip(""),
			we("2026-11-29T07:41:22.318Z", Debug, "", "07:41:22.318 [debug] Downloading NIF from https://github.com/elixir-nx/explorer/releases/download/v0.11.1/libexplorer-v0.11.1-nif-2.16-x86_64-unknown-linux-gnu.so.tar.gz"),
			wskip(""),
			we("2026-11-29T07:41:25.906Z", Debug, "", "07:41:25.906 [debug] NIF cached at /home/ines/.cache/rustler_precompiled/precompiled_nifs/libexplorer-v0.11.1-nif-2.16-x86_64-unknown-linux-gnu.so.tar.gz and extracted to /home/ines/.cache/mix/installs/elixir-1.18.4-erts-15.2/3b1f0a7c9e2d4f6a8b0c1d2e3f4a5b6c/_build/dev/lib/explorer/priv/native/libexplorer-v0.11.1-nif-2.16-x86_64-unknown-linux-gnu.so"),
			wskip(""),
			we("2026-11-29T07:44:09.771Z", Warn, "", "07:44:09.771 [warning] Failed to connect to the Teams hub wss://teams.example.dev/user/websocket: :nxdomain, retrying in 5s"),
			wskip(""),
			we("2026-11-29T07:52:10.044Z", Error, "",
				"07:52:10.044 [error] ** Node :livebook_runtime_ab12cd@nb-ws-04 not responding **",
				"** Removing (timedout) connection **"),
		},
	},
	{
		name:   "hatchet-python-sdk-axe-prefix",
		source: "the Hatchet Python SDK's worker logger (hatchet_sdk/v0/logger.py: `logging.Formatter(\"[%(levelname)s]\\t🪓 -- %(asctime)s - %(message)s\")`, asctime with a comma before the milliseconds; a gRPC _InactiveRpcError's repr over tab-indented lines and a closing `>`): hatchet-dev/hatchet sdks/python/hatchet_sdk/v0/logger.py and issue #1804 (a pasted worker log)",
		why:    "the level word in brackets first, a tab, an axe emoji and `--` before a zone-less time (UTC by the rules); the RPC error's lines, its created_time and the lone `>` belong to the ERROR above them",
		gap:    "the zone-less time after the tab, the axe emoji and ` -- ` is not read (no record gets a time), and the lone `>` that closes the gRPC error's repr is split from the ERROR record it ends",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[INFO]\t🪓 -- 2026-11-29 07:41:16,204 - starting runner..."),
			we("2026-11-29T07:41:16.219Z", Debug, "", "[DEBUG]\t🪓 -- 2026-11-29 07:41:16,219 - 'invoice-worker' waiting for ['invoice-rollup:aggregate', 'invoice-rollup:publish']"),
			we("2026-11-29T07:41:16.847Z", Info, "", "[INFO]\t🪓 -- 2026-11-29 07:41:16,847 - acquired action listener: 6a1f0c2e-4b7d-4e19-9a35-0d8e2b5c7f41"),
			we("2026-11-29T07:42:30.102Z", Warn, "", "[WARNING]\t🪓 -- 2026-11-29 07:42:30,102 - action listener connection interrupted, retrying... (1/15)"),
			we("2026-11-29T07:43:02.518Z", Error, "", "[ERROR]\t🪓 -- 2026-11-29 07:43:02,518 - failed to register workflow: invoice-rollup"),
			we("2026-11-29T07:43:02.519Z", Error, "",
				"[ERROR]\t🪓 -- 2026-11-29 07:43:02,519 - <_InactiveRpcError of RPC that terminated with:",
				"\tstatus = StatusCode.UNAVAILABLE",
				`	details = "failed to connect to all addresses; last error: UNKNOWN: ipv4:10.42.3.17:7077: Failed to connect to remote host: Connection refused"`,
				`	debug_error_string = "UNKNOWN:Error received from peer  {created_time:"2026-11-29T07:43:02.518874+00:00", grpc_status:14, grpc_message:"failed to connect to all addresses"}"`,
				">"),
		},
	},
	{
		name:   "hatchet-typescript-sdk-locale-time",
		source: "the Hatchet TypeScript SDK's HatchetLogger (sdks/typescript/src/util/logger: `🪓 ${process.pid} | ${time} ${color} [${level}/${context}] ${message}`, time from `toLocaleString('en-US', {month, day, year, hour, minute, second: '2-digit'})`, so `11/29/26, 07:41:15 AM` with ICU 72's narrow no-break space before AM in Node 18.13 and later), as copied from a terminal (the colour escapes rendered away, two blanks before the bracket): hatchet-dev/hatchet's logger.ts (found with find_string); the narrow space: nodejs/help issue #4068 and nodejs/node issue #45753",
		why:    "a pid and a pipe before a month-first date with a two-digit year, a comma and a 12-hour clock whose AM follows a U+202F; the level before a slash and a context in one bracket; the context is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Info, "", "🪓 51873 | 11/29/26, 07:41:15\u202fAM  [INFO/Worker] Registered workflow: nightly-export"),
			we("2026-11-29T07:41:16Z", Info, "", "🪓 51873 | 11/29/26, 07:41:16\u202fAM  [INFO/Worker] Worker export-worker listening for actions"),
			we("2026-11-29T07:43:48Z", Debug, "", "🪓 51873 | 11/29/26, 07:43:48\u202fAM  [DEBUG/ActionListener] Received action nightly-export:compress for run 0d5e1c77-9a2b-4f63-b8e4-71c3a9f20b5d"),
			we("2026-11-29T07:44:02Z", Warn, "", "🪓 51873 | 11/29/26, 07:44:02\u202fAM  [WARN/ActionListener] Connection to the engine lost, retrying in 5s (attempt 2 of 20)"),
			we("2026-11-29T07:44:31Z", Error, "", "🪓 51873 | 11/29/26, 07:44:31\u202fAM  [ERROR/Worker] Step nightly-export:compress failed: Error: ENOSPC: no space left on device, write"),
		},
	},
	{
		name:   "elyra-kfp-bootstrapper-time-of-day",
		source: "Elyra's generic-pipeline bootstrapper in a Kubeflow Pipelines step pod (elyra/kfp/bootstrapper.py: `logging.basicConfig(format='[%(levelname)1.1s %(asctime)s.%(msecs).03d] %(message)s', datefmt='%H:%M:%S')`; log_operation_info's `'pipeline':'node' - action (n.nnn secs)`, a blank before the missing duration): elyra-ai/elyra's kfp/bootstrapper.py (read with read_file) and PR #950",
		why:    "one level letter and a time of day in one bracket with no app name (the clock's day); the pipeline name's digits are no time; `(0.318 secs)` is a duration",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.198Z", Debug, "", "[D 07:41:16.198] Parsing Arguments....."),
			we("2026-11-29T07:41:16.204Z", Info, "", "[I 07:41:16.204] 'churn-model-1129074052':'prepare_features' - starting operation "),
			we("2026-11-29T07:41:31.87Z", Info, "", "[I 07:41:31.870] 'churn-model-1129074052':'prepare_features' - Packages installed (15.665 secs)"),
			we("2026-11-29T07:41:33.402Z", Info, "", "[I 07:41:33.402] 'churn-model-1129074052':'prepare_features' - downloaded prepare_features-5c0e7d1a-2f94-4b8e-a6c3-9d1e0f7b2a48.tar.gz from bucket: ml-pipelines, object: churn-model-1129074052/prepare_features-5c0e7d1a-2f94-4b8e-a6c3-9d1e0f7b2a48.tar.gz (0.318 secs)"),
			we("2026-11-29T07:42:48.915Z", Warn, "", `[W 07:42:48.915] Cannot create files in "/tmp".`),
			we("2026-11-29T07:42:50.006Z", Error, "", "[E 07:42:50.006] Unexpected error: <class 'papermill.exceptions.PapermillExecutionError'>"),
		},
	},
	{
		name:   "devlake-task-log-logrus",
		source: "Apache DevLake's per-task log files (logs/pipelines/pipeline-N/task-N-…-plugin.log: logrus' text formatter with a quoted zone-less `time=\"yyyy-MM-dd HH:mm:ss\"`, `level=`, and a msg that opens with ` [pipeline service] [pipeline #N] [task #N] [plugin]`): apache/devlake issue #3845 (pasted task logs)",
		why:    "a quoted date and time with no zone (UTC by the rules); logrus' `level=warning` and `level=error`; the bracketed pipeline and task numbers are no level and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29 07:41:16" level=info msg=" [pipeline service] [pipeline #41] [task #187] start executing task: 187"`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29 07:41:16" level=info msg=" [pipeline service] [pipeline #41] [task #187] [gitlab] executing subtask collectApiMergeRequests"`),
			we("2026-11-29T07:41:58Z", Warn, "", `time="2026-11-29 07:41:58" level=warning msg=" [pipeline service] [pipeline #41] [task #187] [gitlab] retry #1 for projects/312/merge_requests?page=7: 502 Bad Gateway"`),
			we("2026-11-29T07:42:40Z", Error, "", `time="2026-11-29 07:42:40" level=error msg=" [pipeline service] [pipeline #41] [task #187] [gitlab] subtask collectApiMergeRequests ended unexpectedly: context deadline exceeded"`),
			we("2026-11-29T07:42:41Z", Info, "", `time="2026-11-29 07:42:41" level=info msg=" [pipeline service] [pipeline #41] [task #187] [gitlab] finished step: 3 / 28"`),
		},
	},
	{
		name:   "elasticjob-lite-logback-thread-dashes",
		source: "an ElasticJob-Lite 3 job service with ElasticJob's own logback pattern (`[%-5level] %d{yyyy-MM-dd HH:mm:ss,SSS} --%thread-- [%logger] %msg %n`: the padded level in brackets first, the thread between double dashes, a blank before each line's end; a Java stack under an ERROR): apache/shardingsphere-elasticjob issues #1679 and #1037 (pasted lines)",
		why:    "the level bracket before a zone-less time (UTC by the rules); `--settlementJob_Worker-1--` is a thread; the stack belongs to the ERROR above it; ZooKeeper's servers named in a message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[INFO ] 2026-11-29 07:41:16,204 --main-- [org.apache.shardingsphere.elasticjob.reg.zookeeper.ZookeeperRegistryCenter] Registry center init, server lists: zk-a.batch.internal:2181,zk-b.batch.internal:2181 "),
			we("2026-11-29T07:41:16.977Z", Info, "", "[INFO ] 2026-11-29 07:41:16,977 --main-- [org.quartz.core.QuartzScheduler] Scheduler settlementJob_$_NON_CLUSTERED started. "),
			we("2026-11-29T07:41:17.31Z", Warn, "", "[WARN ] 2026-11-29 07:41:17,310 --main-- [org.apache.shardingsphere.elasticjob.lite.internal.sharding.ShardingService] Job 'settlementJob' has no online instance for sharding item 2, it waits for the next trigger. "),
			we("2026-11-29T07:45:00.118Z", Error, "",
				"[ERROR] 2026-11-29 07:45:00,118 --settlementJob_Worker-1-- [org.apache.shardingsphere.elasticjob.infra.handler.error.impl.LogJobErrorHandler] Job 'settlementJob' exception occur in job processing ",
				"java.sql.SQLTransientConnectionException: settlement-pool - Connection is not available, request timed out after 30004ms.",
				"\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696) ~[HikariCP-5.1.0.jar:na]",
				"\tat com.acme.settlement.job.SettlementJob.execute(SettlementJob.java:58) ~[classes/:na]",
				"\tat org.apache.shardingsphere.elasticjob.simple.executor.SimpleJobExecutor.process(SimpleJobExecutor.java:32) ~[elasticjob-simple-executor-3.0.4.jar:3.0.4]"),
			we("2026-11-29T07:45:00.131Z", Debug, "", "[DEBUG] 2026-11-29 07:45:00,131 --settlementJob_Worker-1-- [org.apache.shardingsphere.elasticjob.lite.internal.failover.FailoverService] Job 'settlementJob' sharding item 1 marked for failover. "),
		},
	},
}

func TestFresh500Formats(t *testing.T) { assertTable(t, fresh500Cases) }
func TestFresh500Score(t *testing.T) {
	checkScore(t, "fresh500 formats", fresh500Cases, [worldNumFields]float64{99.9, 87.4, 99.9, 97.8})
}
