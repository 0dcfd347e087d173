package parse

import "testing"

// The six-hundred-and-forty-ninth fresh table: data pipeline and ETL tools' logs as people attach
// them to bug reports, shapes no earlier table holds. Each family is one product's documented or
// observed output: Prefect 1's (Prefect Core's) console and agent log (`[date time,ms] LEVEL -
// logger | msg`, a Python traceback under a task's ERROR); the Meltano Singer SDK's tap log (pipe
// separated columns: time with a comma, a padded level, a padded logger name); KNIME Analytics
// Platform's knime.log (`date time,ms LEVEL thread Class : msg`) and its Console view (no time, the
// level word first, a padded node name and a node id like `0:12`, a message that may go on over a
// second line); CloudQuery's CLI log (`ISO-Z INF msg key=value…`); Sling's CLI console (a zone-less
// date and time, then `INF`/`DBG`); the dbt Fusion engine's console (no time at all, right-aligned
// status words, `warning: dbt1005:` lines); a Prefect 2 agent run under systemd and read with
// journalctl (the journal's header around Prefect's own `HH:mm:ss.fff | LEVEL | logger - msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`airbyte`, `meltano`, `dbt=`, `dbt `, `Running with dbt`, `singer`,
// `tap-`, `target-`, `nifi`, `o.a.n.`, `talend`, `[statistics]`, `pentaho`, `kettle`, `Spoon`,
// `Carte`, `apache hop`, `Hop -`, `hop-run`, `dagster`, `dagster -`, `prefect`, `prefect.engine`,
// `Flow run`, `luigi`, `Worker(`, `airflow`, `taskinstance`, `kestra`, `mage`, `sqlmesh`,
// `fivetran`, `streamsets`, `informatica`, `ssis`, `logstash`, `embulk`, `debezium`, `flink`,
// `METRIC:`, `INFO METRIC`, `[info     ]`, `Environment `, `Finished running`,
// `replication-orchestrator`, `i.a.w.`, `StandardFlowFileQueue`, `Finished processing`,
// ` - dagster - `, `| INFO    |`, `Created task run`, `Hop`, `argo`, `dagster-webserver`, `dagit`,
// `dagster.code_server`, `prefect.FlowRunner`, `Beginning Flow run`, `prefect.flow_runs`,
// `| INFO     | tap-`, `singer_sdk`, `meltano sdk`, `tesb`, `digdag`, `conduit`, `cloudquery`,
// `sling`, `mage-ai`, `mage_ai`, `dtexec`, `End Error`, `Execute Package Utility`,
// `SOURCE_CAPTURE`, `attunity`, `qlik`, `OGG-`, `goldengate`, `ggserr`, `Data Services`,
// `al_engine`, `elementary`, `glue`, `bruin`, `hvr`, `striim`, `airbyte-ci`, `octavia`, `Kitchen`,
// `dbt-fusion`, `dbt Cloud`, `orchestra`, `estuary`, `flowctl`, `hop-server`, `HopServer`,
// `WorkerSinkTask`, `kafka connect`, `Beam`, `DirectRunner`, `dataflow`, `great_expectations`,
// `great expectations`, `Checkpoint`, `bytewax`, `arroyo`, `benthos`, `nifi-toolkit`, `cli.sh`,
// `stateless`, `stitch`, `main - INFO`, `tap - INFO`, `target - INFO`, `knime`, `NodeLogger`,
// ` : INFO  : `, `slingdata`, `sling replication`, `sling run`, `cq-source`, `dataform`,
// `Succeeded [`, `dbtf`, `singer-sdk`, `Beginning full_table sync`, `Beginning incremental sync`,
// `prefect.TaskRunner`, `prefect.CloudFlowRunner`, `FlowRunner`, `TaskRunner`, `dagster - DEBUG`,
// `dagster - INFO`, `dagster.daemon`, `apache camel`, `spring batch`, `SimpleStepHandler`,
// `steampipe`, `dbt-osmosis`, `Job: [SimpleJob`, `ingestr`, `hevo`, `rivery`, `polytomic`,
// `dagster-dbt`, `rill`, `duckdb`, `pg_dump`, `pgloader`, `datasette`, `csvkit`, `] INFO - agent |`,
// ` - prefect.`, `| INFO     | `, `main NodeLogger`, `NodeContainer`, `WARN  File`, ` Succeeded [`,
// `Loading ~/.dbt`, `warning: dbt`, `INF connecting to`, `running stream`, `invocation_id`,
// `Sync summary`, `prefect.profiles`, `prefect.agent`, `Starting v2`). None of Prefect 1's bracketed
// console, the Singer SDK's pipe columns, KNIME's log file or console, CloudQuery, Sling, dbt Fusion
// or a Prefect 2 agent in the journal is in any table: `prefect` matches Prefect 2's own console
// (fresh3) and grep lists, `FlowRunner` Azkaban's, `knime` and `stitch` only grep lists or other
// words, `sling` Slingshot and Apache Sling, `| INFO     | ` loguru's shape in other products,
// ` Succeeded [` a SQL Agent job's outcome, `invocation_id` other products' JSON. Left out as
// measured already: Airbyte (job, platform, workload-launcher, protocol messages, abctl), Meltano's
// run, dbt Core (console, log file, JSON), PipelineWise, Apache NiFi and MiNiFi, Talend's job log,
// Pentaho Kettle's Pan and Carte, Apache Hop, Dagster's and Prefect 2's consoles, Luigi, Airflow,
// Kestra, Mage, SQLMesh, dlt, Kedro, Embulk, DataX, SeaTunnel, Oozie, Azkaban, DolphinScheduler,
// StreamSets, Informatica, ODI, DataStage, GoldenGate, Qlik Replicate, SSIS's dtexec. Left out as
// not confirmed by any search: Stitch's extraction log, Bruin's run output, SAP Data Services'
// trace log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Prefect 1's, the Singer SDK's, KNIME's and Sling's stamps have no zone and
// are taken as UTC; CloudQuery's end in Z, and a `sync_time=` in its message is not the record's
// time. KNIME's console and dbt Fusion's console carry no time: those records have none, and a
// node id like `0:12` or a duration like `[  2.25s]` is no time. In the journal the journal's time
// and Prefect's own time of day of the same second are both accepted. Levels only where the line
// marks one: Prefect's level word, the SDK's padded level column, KNIME's level column and its
// console's first word, zerolog's INF/DBG/WRN/ERR in CloudQuery and Sling, dbt Fusion's `warning:`
// prefix; dbt Fusion's status words (Succeeded, Passed, Failed, Finished) are results, not levels,
// and journal lines with no Prefect level carry none. The host is the record's host field: only the
// journal's; Prefect's agent labels, KNIME's worker threads, database addresses and CloudQuery's
// plugin names are no hosts. A record that spans lines is one entry: Prefect 1's ERROR with its
// traceback, a KNIME console warning whose message goes on over a second line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 6d5e872 before any rule for it: level 91.1 %, time 91.1 %, host 91.1 %, records 86.8 %.
// That is the macro figure (micro: level 89.6 %, time 89.6 %, host 89.6 %, records 85.4 %), in a
// worktree at 6d5e872 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are KNIME's console, where the line that goes on with a warning
// is read as a record of its own, and dbt Fusion's console, where the indented action lines after a
// `warning: dbtNNNN:` diagnostic are joined to it instead of read as records of their own.

var fresh649Cases = []worldCase{
	{
		name:   "prefect1-core-bracketed-pipe-logger",
		source: "Prefect 1 (Prefect Core) default log format `[%(asctime)s] %(levelname)s - %(name)s | %(message)s` on the console of a flow run and of `prefect agent local start`: PrefectHQ/prefect PR #684 (FlowRunner and TaskRunner lines) and issue #3278 (agent lines); the traceback under a TaskRunner ERROR from memory",
		why:    "a bracketed zone-less date and time with a comma before the milliseconds; the level word after it; ` - logger | ` before the message; a Python traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29 07:41:16,204] INFO - agent | Starting LocalAgent with labels ['etl-box-3']"),
			we("2026-11-29T07:41:16.388Z", Info, "", "[2026-11-29 07:41:16,388] INFO - agent | Waiting for flow runs..."),
			we("2026-11-29T07:42:03.117Z", Info, "", "[2026-11-29 07:42:03,117] INFO - prefect.FlowRunner | Beginning Flow run for 'nightly-orders'"),
			we("2026-11-29T07:42:03.452Z", Debug, "", "[2026-11-29 07:42:03,452] DEBUG - prefect.TaskRunner | Task 'extract_orders': Handling state change from Pending to Running"),
			we("2026-11-29T07:42:09.73Z", Error, "",
				"[2026-11-29 07:42:09,730] ERROR - prefect.TaskRunner | Task 'load_orders': Exception encountered during task execution!",
				"Traceback (most recent call last):",
				`  File "/opt/conda/lib/python3.8/site-packages/prefect/engine/task_runner.py", line 861, in get_task_run_state`,
				"    value = prefect.utilities.executors.run_task_with_timeout(",
				`  File "/srv/flows/orders.py", line 58, in load_orders`,
				"    conn.execute(stmt)",
				"psycopg2.OperationalError: could not connect to server: Connection refused"),
			we("2026-11-29T07:42:10.015Z", Info, "", "[2026-11-29 07:42:10,015] INFO - prefect.FlowRunner | Flow run FAILED: some reference tasks failed."),
		},
	},
	{
		name:   "singer-sdk-tap-pipe-columns",
		source: "a tap built on the Meltano Singer SDK run on its own (singer_sdk's default logging: `%(asctime)s | %(levelname)-8s | %(name)-20s | %(message)s`, METRIC lines from `singer_sdk.metrics`): meltano/sdk PR #1854 (pasted example logs), PR #3056 (`Beginning {method} sync of '{stream}'...`)",
		why:    "a zone-less time with a comma before the milliseconds, then pipe-separated columns: the level padded to eight, the logger name padded to twenty; the METRIC JSON carries no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.885Z", Info, "", "2026-11-29 07:41:16,885 | INFO     | tap-harbourdesk      | Skipping deselected stream 'ticket_audits'."),
			we("2026-11-29T07:41:16.886Z", Info, "", "2026-11-29 07:41:16,886 | INFO     | tap-harbourdesk.tickets | Beginning incremental sync of 'tickets'..."),
			we("2026-11-29T07:41:17.49Z", Info, "", `2026-11-29 07:41:17,490 | INFO     | singer_sdk.metrics   | METRIC: {"type": "timer", "metric": "http_request_duration", "value": 0.48213, "tags": {"stream": "tickets", "endpoint": "/api/v2/tickets", "http_status_code": 200, "status": "succeeded"}}`),
			we("2026-11-29T07:41:18.022Z", Warn, "", "2026-11-29 07:41:18,022 | WARNING  | tap-harbourdesk.tickets | Property 'custom_fields' was present in the 'tickets' stream but not found in catalog schema. Ignoring."),
			we("2026-11-29T07:41:19.34Z", Error, "", "2026-11-29 07:41:19,340 | ERROR    | tap-harbourdesk.tickets | Request to /api/v2/tickets failed with 429 Too Many Requests after 5 retries"),
			we("2026-11-29T07:41:19.341Z", Info, "", `2026-11-29 07:41:19,341 | INFO     | singer_sdk.metrics   | METRIC: {"type": "counter", "metric": "record_count", "value": 1184, "tags": {"stream": "tickets", "context": {}}}`),
		},
	},
	{
		name:   "knime-log-file-thread-class-colon",
		source: "KNIME Analytics Platform's workspace .metadata/knime/knime.log (log4j `%d{ISO8601} %-5p %t %c{1} : %m`, the NodeLogger welcome banner at start): OpenMS/OpenMS issue #1318 (a pasted knime.log); the Node and NodeContainer lines from memory",
		why:    "a zone-less date and time with a comma; the level padded to five; a thread name (`main`, `KNIME-Worker-4`) and a class before ` : `; a node id `0:12` in the message is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.983Z", Info, "", "2026-11-29 07:41:16,983 INFO  main NodeLogger : # Welcome to KNIME Analytics Platform v5.3.2.v202411061536 #"),
			we("2026-11-29T07:41:17.12Z", Debug, "", "2026-11-29 07:41:17,120 DEBUG main NodeContainer : Column Filter 0:12 has new state: CONFIGURED_MARKEDFOREXEC"),
			we("2026-11-29T07:41:18.455Z", Warn, "", `2026-11-29 07:41:18,455 WARN  KNIME-Worker-3 Node : CSV Reader 0:3 : No such file: "/home/rhea/data/orders_2026-11.csv"`),
			we("2026-11-29T07:41:19.702Z", Error, "", "2026-11-29 07:41:19,702 ERROR KNIME-Worker-4 Node : DB Writer 0:9 : Execute failed: Connection to database refused"),
			we("2026-11-29T07:41:19.71Z", Debug, "", "2026-11-29 07:41:19,710 DEBUG KNIME-Worker-4 NodeContainer : DB Writer 0:9 has new state: IDLE"),
		},
	},
	{
		name:   "knime-console-view-untimed",
		source: "KNIME Analytics Platform's Console view copied into a ticket (`LEVEL NodeName NodeID message`, the level padded to five, the node name padded to a column, no time; a message may go on over a second line): DGadaleta88/data_curation_workflow issue #1 (pasted console, `WARN  File Upload 0:1446:0:1417 No such file`), genericworkflownodes/GenericKnimeNodes issue #143 (`ERROR YaraMapper 0:46 Failing process stdout: []`)",
		why:    "no time at all; the level word first; node ids like `0:3` and `0:7:0:5` are no times of day; a line that does not start with a level continues the warning above it",
		entries: []worldEntry{
			we("", Warn, "", `WARN  CSV Reader           0:3        No such file: "/home/rhea/data/orders_2026-11.csv"`),
			we("", Warn, "",
				"WARN  Column Filter        0:12       Column 'region_code' is not part of the table spec anymore.",
				"Excluding it from the output."),
			we("", Error, "", "ERROR DB Writer            0:9        Execute failed: Connection to database refused"),
			we("", Error, "", "ERROR Python Script        0:7:0:5    Execute failed: KeyError: 'order_total'"),
			we("", Warn, "", "WARN  Row Filter           0:14       Node created with warnings: no rows match the filter"),
		},
		gap: "the line that goes on with a level-first console warning (a line with no level word and no node column of its own) is read as a record of its own, not joined to the warning above it",
	},
	{
		name:   "cloudquery-cli-log-zerolog-text",
		source: "CloudQuery CLI's cloudquery.log and console (zerolog console writer `RFC3339-Z LVL msg key=value…`, `module=cli` and the plugins' modules): cloudquery/cloudquery issue #20393 (pasted log), PRs #17826 and #18641 (`Sync summary`, `invocation_id`); the WRN and ERR resolver lines from memory",
		why:    "an ISO time ending in Z; the three-letter zerolog level; `sync_time=` inside the message is a second time that is not the record's; plugin names are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29T07:41:16Z INF Loading spec(s) args=["sync.yml"] invocation_id=3d0f1e2a-6b7c-4d8e-9f01-a2b3c4d5e6f7 module=cli`),
			we("2026-11-29T07:41:17Z", Info, "", `2026-11-29T07:41:17Z INF Start sync destinations=["pg_dwh (cloudquery/postgresql@v8.6.1)"] invocation_id=3d0f1e2a-6b7c-4d8e-9f01-a2b3c4d5e6f7 module=cli source="gh_org (cloudquery/github@v11.2.0)" sync_time=2026-11-29T07:41:17Z transformers=[]`),
			we("2026-11-29T07:41:49Z", Warn, "", `2026-11-29T07:41:49Z WRN rate limit reached, retrying after 12s invocation_id=3d0f1e2a-6b7c-4d8e-9f01-a2b3c4d5e6f7 module=gh_org-src table=github_repositories`),
			we("2026-11-29T07:42:05Z", Error, "", `2026-11-29T07:42:05Z ERR table resolver finished with error error="GET https://api.github.com/orgs/harbour-dev/teams: 403 Resource not accessible by integration" invocation_id=3d0f1e2a-6b7c-4d8e-9f01-a2b3c4d5e6f7 module=gh_org-src table=github_teams`),
			we("2026-11-29T07:42:20Z", Info, "", `2026-11-29T07:42:20Z INF Sync summary duration=1m3s errors=1 invocation_id=3d0f1e2a-6b7c-4d8e-9f01-a2b3c4d5e6f7 module=cli resources=4182 result="Sync completed with errors" warnings=1`),
		},
	},
	{
		name:   "sling-cli-console-zoneless",
		source: "Sling CLI (slingdata-io/sling-cli) console with `-d` (zerolog console writer with a `2006-01-02 15:04:05` stamp, then INF or DBG): slingdata-io/sling-cli issue #222 (pasted replication log); the WRN line from memory",
		why:    "a zone-less date and time with no fraction; a three-letter level; `[2 / 3]` stream counters and database names are neither times nor hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29 07:41:16 INF [2 / 3] running stream "public"."orders"`),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 DBG Sling version: 1.4.20 (linux amd64)"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 DBG type is db-db"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 INF connecting to source database (postgres)"),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29 07:41:18 INF connecting to target database (snowflake)"),
			we("2026-11-29T07:41:25Z", Warn, "", `2026-11-29 07:41:25 WRN column "legacy_flag" not found in target table, adding it`),
			we("2026-11-29T07:41:31Z", Info, "", "2026-11-29 07:41:31 INF execution failed"),
		},
	},
	{
		name:   "dbt-fusion-console-untimed",
		source: "the dbt Fusion engine's console (`dbtf build`: a version line, right-aligned action words `Loading`, `Succeeded [ 2.25s]`, `Failed`, `Finished`, and `warning: dbtNNNN:` diagnostics, no times): dbt-labs/dbt-fusion issues #828 and #195",
		why:    "no time on any line; durations in brackets are no times; status words are results, not levels; the `warning:` prefix is a level; indented lines are records of their own, not continuations",
		entries: []worldEntry{
			we("", Unknown, "", "dbt-fusion 2.0.0-preview.164"),
			we("", Warn, "", "warning: dbt1005: No profile specified in dbt_project.yml"),
			we("", Unknown, "", "   Loading ~/.dbt/profiles.yml"),
			we("", Unknown, "", " Succeeded [  2.25s] model dbt_rhea.stg_orders (table)"),
			we("", Unknown, "", "    Passed [  0.91s] test  dbt_rhea_dbt_test__audit.not_null_stg_orders_order_id"),
			we("", Unknown, "", "    Failed [  1.74s] test  dbt_rhea_dbt_test__audit.unique_stg_orders_order_id"),
			we("", Unknown, "", "  Finished 'build' target 'dev' with 1 error and 1 warning in 6s 212ms"),
		},
		gap: "after a `warning: dbtNNNN:` diagnostic, the indented action lines that follow (`Loading`, `Succeeded [  2.25s]`, `Passed`, `Failed`, `Finished`) are joined to it as its continuation instead of read as records of their own",
	},
	{
		name:   "prefect2-agent-systemd-journal",
		source: "a Prefect 2 agent started from a systemd unit (`bash -c 'prefect agent start …'`) and read with journalctl: the journal's `Mmm dd HH:mm:ss host bash[pid]:` around Prefect's console `HH:mm:ss.fff | LEVEL   | logger - msg`, and Prefect's wrapped banner as plain lines: PrefectHQ/prefect issue #9394 (pasted journal), PR #8075 (`prefect.agent - Submitting flow run`)",
		why:    "the journal's time and Prefect's time of day of the same second; the journal's host; the level word padded to seven between pipes; banner lines with no level carry none",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Unknown, "etl-worker-2", "Nov 29 07:41:15 etl-worker-2 systemd[1]: Started Run prefect2 agent for the orders work queue."),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.918Z", Debug, "etl-worker-2", "Nov 29 07:41:16 etl-worker-2 bash[51873]: 07:41:16.918 | DEBUG   | prefect.profiles - Using profile 'default'"),
			we("2026-11-29T07:41:17Z", Unknown, "etl-worker-2", "Nov 29 07:41:17 etl-worker-2 bash[51873]: Starting v2.20.9 agent connected to"),
			we("2026-11-29T07:41:17Z", Unknown, "etl-worker-2", "Nov 29 07:41:17 etl-worker-2 bash[51873]: https://prefect.internal.example/api..."),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.337Z", Debug, "etl-worker-2", "Nov 29 07:41:17 etl-worker-2 bash[51873]: 07:41:17.337 | DEBUG   | prefect.client - Connecting to API at https://prefect.internal.example/api/"),
			we("2026-11-29T07:43:02Z|2026-11-29T07:43:02.115Z", Info, "etl-worker-2", "Nov 29 07:43:02 etl-worker-2 bash[51873]: 07:43:02.115 | INFO    | prefect.agent - Submitting flow run '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f'"),
			we("2026-11-29T07:43:09Z|2026-11-29T07:43:09.604Z", Error, "etl-worker-2", "Nov 29 07:43:09 etl-worker-2 bash[51873]: 07:43:09.604 | ERROR   | prefect.agent - Failed to submit flow run '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' to infrastructure."),
		},
	},
}

func TestFresh649Formats(t *testing.T) { assertTable(t, fresh649Cases) }
func TestFresh649Score(t *testing.T) {
	checkScore(t, "fresh649 formats", fresh649Cases, [worldNumFields]float64{91.0, 91.0, 91.0, 86.7})
}
