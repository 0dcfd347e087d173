package parse

import "testing"

// The five-hundred-and-eighty-fifth fresh table: big-data platforms, a twelfth pass, with the
// outputs of the ecosystem's smaller and newer members that no table holds yet. Each family is one
// product's documented or observed output: Digdag's `digdag run` console (a numeric offset after
// the time, `[LEVEL] (thread):`, an sh> task's output under its line); Apache Fluss's TabletServer
// log (log4j2 with the logger padded to sixty columns and an empty `[]`); Apache Uniffle's
// coordinator-rpc-audit.log (a bracketed time, tab-separated key=value fields); Egeria's OMAG
// Server Platform console (Spring Boot lines and the console audit destination's
// `Date.toString() server Severity OMRS-AUDIT-nnnn` lines in one stream); Apicurio Registry 2's
// Quarkus console (`LEVEL <> [category] (thread)`); AutoMQ's Strimzi-packaged broker as its issue
// reporters paste it (the container's name before the date); ZenML's and Bytewax's untimed
// consoles.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`ambari`, `cloudera`, `ranger`, `knox`, `oozie`, `sqoop`, `livy`,
// `zeppelin`, `atlas`, `pinot`, `doris`, `starrocks`, `kylin`, `impala`, `kudu`, `pulsar`,
// `bookkeeper`, `storm`, `samza`, `beam`, `dask`, `superset`, `dagster`, `prefect`, `luigi`,
// `great expectations`, `great_expectations`, `dbt`, `iceberg`, `delta`, `databricks`, `drill`,
// `phoenix`, `accumulo`, `solr`, `ignite`, `hazelcast`, `geode`, `alluxio`, `ozone`, `tez`, `yarn`,
// `hudi`, `gobblin`, `griffin`, `dolphinscheduler`, `azkaban`, `seatunnel`, `datax`, `canal`,
// `debezium`, `kafka connect`, `schema registry`, `schema-registry`, `ksql`, `redpanda`,
// `rocketmq`, `celeborn`, `uniffle`, `kyuubi`, `paimon`, `streampark`, `inlong`, `linkis`,
// `meltano`, `airbyte`, `singer`, `dremio`, `starburst`, `apache hop`, `kettle`, `pentaho`,
// `talend`, `flume`, `chukwa`, `greenplum`, `vertica`, `clickhouse`, `trino`, `presto`, `druid`,
// `airflow`, `nifi`, `zookeeper`, `hbase`, `hive`, `flink`, `kafka`, `spark`, `hue`, `jupyter`,
// `mlflow`, `kubeflow`, `nessie`, `marquez`, `openlineage`, `amundsen`, `datahub`, `trino-cli`,
// `beeline`, `impala-shell`, `spark-shell`, `pyspark`, `sparklyr`, `Controller.py`,
// `AmbariServer`, `scm-agent`, `cloudera-scm`, `MainThread agent`, `LogType:`,
// `LoggingPodStatusWatcher`, `UserGroupSync`, `gateway-audit`, `allowed=true`, `RMAuditLogger`,
// `DECRYPT_EEK`, `kms-audit`, `SparkListener`, `Starting metrics report`, `Log cleaner thread`,
// `log-cleaner`, `Log4jAuditLogger`, `zkTxnLogToolkit`, `createSession`, `HiveMetaStore.audit`,
// `DAG File Processing Stats`, `SERVER[`, `pig`, `KafkaManagerActor`, `cmak`, `rdkafka`,
// `metabase`, `juicefs`, `Bytes Already Moved`, `made progress`, `Running/Restarting`,
// `baseOffset`, `dump-log`, `command-runner`, `emr`, `Reconciliation #`, `strimzi`, `kedro`,
// `data.consumed.in.MB`, `Canary`, `WALPrettyPrinter`, `xa_portal`, `cruise`, `burrow`, `akhq`,
// `kafdrop`, `kcat`, `librdkafka`, `sarama`, `franz`, `minifi`, `FSCK started`,
// `LogLastModifiedTime`, `distcp`, `StreamingQueryProgress`, `spark-sql`, `Time taken:`, `hbck`,
// `JournalNode`, `zkfc`, `HttpFS`, `webhdfs`, `polaris`, `gravitino`, `unity catalog`, `metatool`,
// `llap`, `sedona`, `submarine`, `toree`, `spark connect`, `amoro`, `bigtop`, `ratis`, `helix`,
// `hawq`, `hivemall`, `carbondata`, `shardingsphere`, `iotdb`, `hugegraph`, `kvrocks`,
// `eventmesh`, `xtable`, `fluss`, `gluten`, `benthos`, `redpanda connect`, `arroyo`, `bytewax`,
// `warpstream`, `bufstream`, `automq`, `quix`, `feast`, `hopsworks`, `feathr`, `delta sharing`,
// `delta-sharing`, `lakefs`, `ballista`, `duckdb`, `byconity`, `volcano`, `yunikorn`, `lighter`,
// `sparkmagic`, `enterprise gateway`, `trino gateway`, `presto gateway`, `seaweedfs`, `cubefs`,
// `horovod`, `rapids`, `maxwell`, `flink cdc`, `chunjun`, `addax`, `embulk`, `digdag`, `Digdag v`,
// `td-agent`, `streamsets`, `striim`, `mirrormaker`, `karapace`, `apicurio`, `kafka-ui`,
// `redpanda console`, `conduktor`, `faust`, `pulsar manager`, `nsq`, `memphis`, `openmetadata`,
// `egeria`, `OMRS`, `OMAGServerPlatform`, `flyte`, `kestra`, `temporal`, `metaflow`, `zenml`,
// `elyra`, `sqlmesh`, `snowplow`, `timescale`, `ekuiper`, `wso2`, `kafka streams`,
// `stream-thread`, `kafka-reassign`, `kafka-topics`, `kafka-consumer-groups`, `kraft`,
// `rpc-audit`, `coordinator-rpc-audit`, `cmd=fetchClientConf`, `statusCode=`, `executionTimeUs`,
// `BrokerLifecycleManager`, `S3Storage`, `+0900 [`, `sh>:`, `(main):`, `ServerBase`,
// `com.alibaba.fluss`, `<> [`, `has started.`, `Initiating a new run`,
// `error connecting to worker`, `timely:work`). None of Digdag, Fluss, Egeria, Apicurio,
// AutoMQ, ZenML or Bytewax is in any table (each of `fluss`, `apicurio`, `automq`, `zenml`,
// `bytewax` matches only earlier tables' grep lists; `ServerBase` only TeamSpeak's
// `VirtualServerBase`); Uniffle's coordinator log and shuffle server log are, its
// coordinator-rpc-audit.log is not (`statusCode=` and `executionTimeUs` match other products'
// lines, Alluxio's audit log among them). Left out as measured already: nearly every product of
// the theme named above (Ambari, Cloudera Manager, Ranger, Knox, Oozie, Livy, Zeppelin, Kylin,
// Impala, Kudu, Pinot, Doris, StarRocks, Druid, Airflow, NiFi and MiNiFi, Kafka and its tools,
// ZooKeeper, HBase, Hive, Spark, Flink, Trino, Presto, Hudi, Iceberg, Celeborn, Kyuubi, Amoro,
// Strimzi, Redpanda Console, Marquez, DataHub, Nessie, Kedro, Embulk, StreamSets, Kafka Streams).
// Left out as not confirmed by any search: WarpStream's and Bufstream's agent logs, Arroyo's
// controller log, Memphis's broker log, Apache Toree's kernel log, Delta Sharing's server log,
// Apache Griffin's measure log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Digdag's `2026-11-29 16:41:15 +0900` carries its offset after a blank
// (07:41:15Z); the session time inside its messages is no record time. Fluss's, Uniffle's,
// Apicurio's and AutoMQ's stamps have no zone and are read as UTC. Egeria's Spring Boot lines end
// in Z; its audit lines are Java's `Date.toString()` with the zone name UTC (`Sun Nov 29 07:41:25
// UTC 2026`). ZenML's and Bytewax's consoles carry no time at all: every record has Time 0.
// Levels only where the line marks one: Digdag's `[WARN]`, Fluss's, Apicurio's and AutoMQ's level
// words, Spring Boot's level column, and the Egeria audit line's severity column after the server
// name (Information is Info, Error is Error); Uniffle's statusCode is an RPC result, and Bytewax's
// `error connecting` is a word of the message: no level. The host is the record's host field, and
// none of these lines has one: AutoMQ's leading `kafka` is the container's name, Egeria's
// `lakeMetadataStore` an OMAG server's name, Uniffle's serverNode a peer, Apicurio's remote_ip a
// client, Bytewax's `worker 2:` a worker index. A record that spans lines is one entry: Digdag's
// sh> line with the task's output under it, Fluss's ERROR with its exception and frames, ZenML's
// `Using stack:` with its indented components, Bytewax's panic with its `note:` line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory alone (the
// Digdag error line's wording and the Apicurio category names beyond those in the issues are
// written in the confirmed shapes). Hosts, ids, addresses, users and messages are invented, and
// every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong carries a
// gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit a167dd2 before any rule for it: level 95.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 95.3 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at a167dd2 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Egeria's audit line, whose severity word after the server
// name (`Information`, `Error`) trawl does not read, so those records get no level.

var fresh585Cases = []worldCase{
	{
		name:   "digdag-run-console-offset",
		source: "Digdag 0.9 `digdag run workflow.dig` on a terminal (`yyyy-MM-dd HH:mm:ss Z: Digdag vX` banner, then `yyyy-MM-dd HH:mm:ss Z [LEVEL] (thread): msg`, the task thread `0017@+workflow+task`, an sh> task's own output on the lines under it): a pasted session in the Qiita article toyama0919/items/2b1a7729d9a9b7be4900 (found with the pages search); docs.digdag.io internal.html (task logging through logback)",
		why:    "a zone-less-looking date with a numeric offset after a blank (+0900, so UTC-9 h); the level in brackets after it; the session time inside the message is no record time; a task's stdout lines belong to its sh> line",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Unknown, "", "2026-11-29 16:41:15 +0900: Digdag v0.9.42"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026-11-29 16:41:17 +0900 [WARN] (main): Using a new session time 2026-11-29T00:00:00+00:00."),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 16:41:17 +0900 [INFO] (main): Using session /home/aiko/etl/.digdag/status/20261129T000000+0000."),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29 16:41:18 +0900 [INFO] (main): Starting a new session project id=1 workflow name=nightly_load session_time=2026-11-29T00:00:00+00:00"),
			we("2026-11-29T07:41:20Z", Info, "",
				"2026-11-29 16:41:20 +0900 [INFO] (0017@+nightly_load+extract): sh>: ./bin/extract.sh --day 2026-11-28",
				"extracted 18204 rows from orders",
				"wrote /data/stage/orders_20261128.csv"),
			we("2026-11-29T07:41:24Z", Error, "", "2026-11-29 16:41:24 +0900 [ERROR] (0017@+nightly_load+load): Task failed with unexpected error: Command failed with code 1"),
		},
	},
	{
		name:   "fluss-tablet-server-log4j2-padded-logger",
		source: "Apache Fluss 0.7/0.8 TabletServer and CoordinatorServer log file (log4j2 `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n`: the logger padded to sixty columns, an empty NDC `[]`, then ` - `; an ERROR with its exception and `at … ~[jar]` frames under it): apache/fluss issue #1486 (a pasted `Could not start TabletServer.` block)",
		why:    "a comma-millisecond zone-less time (UTC); the level word padded to five; the logger padded with blanks before `[]`; the stack lines belong to the ERROR above them; the ZooKeeper address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO  org.apache.fluss.server.ServerBase                           [] - Starting TabletServer."),
			we("2026-11-29T07:41:16.377Z", Info, "", "2026-11-29 07:41:16,377 INFO  org.apache.fluss.server.zk.ZooKeeperClient                   [] - Connected to ZooKeeper at zk-2.lake.internal:2181/fluss"),
			we("2026-11-29T07:41:17.052Z", Warn, "", "2026-11-29 07:41:17,052 WARN  org.apache.fluss.server.log.LogManager                       [] - Found a corrupted index file for bucket orders_cdc-3 in /var/lib/fluss/data/log, deleting and rebuilding it."),
			we("2026-11-29T07:41:18.611Z", Error, "",
				"2026-11-29 07:41:18,611 ERROR org.apache.fluss.server.ServerBase                           [] - Could not start TabletServer.",
				"org.apache.fluss.exception.FlussException: Failed to start the TabletServer.",
				"        at org.apache.fluss.server.ServerBase.start(ServerBase.java:136) ~[fluss-server-0.8.0.jar:0.8.0]",
				"        at org.apache.fluss.server.ServerBase.startServer(ServerBase.java:93) [fluss-server-0.8.0.jar:0.8.0]",
				"        at org.apache.fluss.server.tablet.TabletServer.main(TabletServer.java:172) [fluss-server-0.8.0.jar:0.8.0]"),
			we("2026-11-29T07:41:31.940Z", Info, "", "2026-11-29 07:41:31,940 INFO  org.apache.fluss.server.replica.ReplicaManager               [] - Become leader for bucket TableBucket{tableId=42, bucket=3} with leader epoch 7."),
		},
	},
	{
		name:   "uniffle-coordinator-rpc-audit-log",
		source: "Apache Uniffle 0.10's coordinator-rpc-audit.log (`[yyyy-MM-dd HH:mm:ss.SSS] cmd=…\\tstatusCode=…\\tappId=…\\tshuffleId=…\\texecutionTimeUs=…\\targs{…}`, tab-separated, a trailing tab when there are no args): apache/uniffle PR #1979 (its description pastes the new file)",
		why:    "a bracketed zone-less time with a dot before the milliseconds (UTC); tab-separated key=value fields; statusCode is an RPC result, no level; the serverNode in args is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.986Z", Unknown, "", "[2026-11-29 07:41:16.986] cmd=fetchClientConfV2\tstatusCode=SUCCESS\tappId=N/A\tshuffleId=-1\texecutionTimeUs=5412\t"),
			we("2026-11-29T07:41:18.902Z", Unknown, "", "[2026-11-29 07:41:18.902] cmd=heartbeat\tstatusCode=SUCCESS\tappId=N/A\tshuffleId=-1\texecutionTimeUs=702\targs{serverNode=rss-worker-07-19999}"),
			we("2026-11-29T07:41:21.413Z", Unknown, "", "[2026-11-29 07:41:21.413] cmd=getShuffleAssignments\tstatusCode=SUCCESS\tappId=app-20261129074102-0031_1795938062118\tshuffleId=0\texecutionTimeUs=16877\targs{partitionNum=8, partitionNumPerRange=1, replica=1, requiredTags=[ss_v5, GRPC], requiredShuffleServerNumber=-1, faultyServerIds=[], stageId=-1, stageAttemptNumber=0, isReassign=false}"),
			we("2026-11-29T07:41:21.690Z", Unknown, "", "[2026-11-29 07:41:21.690] cmd=registerApplicationInfo\tstatusCode=SUCCESS\tappId=app-20261129074102-0031_1795938062118\tshuffleId=-1\texecutionTimeUs=3980\targs{user=etl}"),
			we("2026-11-29T07:42:03.115Z", Unknown, "", "[2026-11-29 07:42:03.115] cmd=appHeartbeat\tstatusCode=NO_REGISTER\tappId=app-20261129073310-0029_1795937590004\tshuffleId=-1\texecutionTimeUs=291\t"),
		},
	},
	{
		name:   "egeria-omag-platform-console-audit",
		source: "Egeria's OMAG Server Platform on its console (Spring Boot 3's `ISO-Z  LEVEL pid --- [thread] logger : msg`, and the console audit log destination's `Date.toString() server Severity OMRS-AUDIT-nnnn text` lines among them; severities Information, Event, Decision, Action, Error, Exception, Startup…): odpi/egeria issues #7681 and #631, odpi/egeria-docs snippets/tasks/configuring-the-audit-log.md",
		why:    "two shapes in one stream: Spring Boot's ISO time in Z with the level word, and the audit line's `Sun Nov 29 07:41:25 UTC 2026` with the severity word after the server name (Information is Info, Error is Error); the OMAG server name is no host",
		gap:    "the audit line's severity word after the server name (`Information`, `Error`, after `Sun Nov 29 07:41:25 UTC 2026 lakeMetadataStore`) is not read: those records get no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.751Z", Info, "", "2026-11-29T07:41:20.751Z  INFO 1 --- [           main] o.o.o.s.springboot.OMAGServerPlatform    : Starting OMAGServerPlatform using Java 17.0.13 with PID 1 (/deployments/server/server-chassis-spring-5.2.jar started by default in /deployments)"),
			we("2026-11-29T07:41:23.347Z", Warn, "", "2026-11-29T07:41:23.347Z  WARN 1 --- [           main] o.o.o.s.springboot.OMAGServerPlatform    : strict.ssl is set to false! Invalid certificates will be accepted for connection!"),
			we("2026-11-29T07:41:25.363Z", Info, "", "2026-11-29T07:41:25.363Z  INFO 1 --- [           main] o.o.o.s.springboot.OMAGServerPlatform    : Startup detected for servers: lakeMetadataStore"),
			we("2026-11-29T07:41:25Z", Info, "", "Sun Nov 29 07:41:25 UTC 2026 lakeMetadataStore Information OMRS-AUDIT-0050 The Open Metadata Repository Services (OMRS) is about to process open metadata archive Core Content Pack"),
			we("2026-11-29T07:41:29Z", Error, "", "Sun Nov 29 07:41:29 UTC 2026 lakeMetadataStore Error OMRS-AUDIT-0035 The connector to the remote cohort member lakeCatalog2 could not be created: the server at https://catalog2.lake.internal:9443 is unavailable"),
		},
	},
	{
		name:   "apicurio-registry2-quarkus-console",
		source: "Apicurio Registry 2.x (a Quarkus application) on its console: `yyyy-MM-dd HH:mm:ss LEVEL <requestId> [category] (thread) msg`, an empty `<>` outside a request: Apicurio/apicurio-registry issue #3288 (a pasted startup in DEBUG) and issue #4342 (the access-log lines, `(executor-thread-34)`)",
		why:    "a zone-less time to the second (UTC); the level word, then an empty `<>` request id, the category in brackets and the thread in parentheses; a remote_ip in an access line is a client, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO <> [io.apicurio.registry.storage.impl.sql.AbstractSqlRegistryStorage] (main) SqlRegistryStorage constructed successfully.  JDBC URL: jdbc:postgresql://pg-registry.lake.internal:5432/registry"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 DEBUG <> [null] (main) Create constructor: public io.apicurio.registry.rest.RegistryExceptionMapper()"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026-11-29 07:41:17 WARN <> [io.quarkus.config] (main) Unrecognized configuration key \"quarkus.oidc.tenant-enabled\" was provided; it will be ignored"),
			we("2026-11-29T07:41:44Z", Info, "", `2026-11-29 07:41:44 INFO <> [io.quarkus.vertx.http.runtime.filters.accesslog.JBossLoggingAccessLogReceiver] (executor-thread-12) apicurio-registry.access method="POST" path="/apis/registry/v2/groups/orders/artifacts" response_code="200" response_time="-" remote_ip="10.40.3.18" remote_user="-" user_agent="Vert.x-WebClient/4.5.10"`),
			we("2026-11-29T07:41:52Z", Error, "", "2026-11-29 07:41:52 ERROR <> [io.apicurio.registry.storage.impl.sql.HandleFactory] (executor-thread-15) Failed to acquire a database connection: Acquisition timeout while waiting for new connection"),
		},
	},
	{
		name:   "automq-strimzi-broker-container-prefix",
		source: "AutoMQ 1.6's Strimzi-packaged broker (automq-strimzi image) as its issue reporters paste it: the container name `kafka` before Strimzi's log4j `%d{yyyy-MM-dd HH:mm:ss,SSS} %p %m (%c) [%t]%n`: AutoMQ/automq issue #3177 (a pasted recovery failure)",
		why:    "a word before the date (the container's name, no host); a comma-millisecond zone-less time (UTC); the level word; the logger in parentheses and the thread in brackets after the message; an S3 request id is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.405Z", Info, "", "kafka 2026-11-29 07:41:16,405 INFO [BrokerLifecycleManager id=1002] Successfully registered broker 1002 with broker epoch 48123 (kafka.server.BrokerLifecycleManager) [broker-1002-lifecycle-manager-event-handler]"),
			we("2026-11-29T07:41:17.218Z", Info, "", "kafka 2026-11-29 07:41:17,218 INFO [S3Storage] start recover WAL, node 1002 epoch 31 (com.automq.stream.s3.S3Storage) [main]"),
			we("2026-11-29T07:41:19.118Z", Warn, "", "kafka 2026-11-29 07:41:19,118 WARN [S3Storage] recover WAL failed, retry 1/3: S3Exception: Please reduce your request rate. (Service: S3, Status Code: 503, Request ID: 7Q2K9ZC4M1V8XH3T) (com.automq.stream.s3.S3Storage) [main]"),
			we("2026-11-29T07:41:22.730Z", Error, "", "kafka 2026-11-29 07:41:22,730 ERROR Exiting Kafka due to fatal exception during startup. (kafka.Kafka$) [main]"),
			we("2026-11-29T07:41:22.741Z", Info, "", "kafka 2026-11-29 07:41:22,741 INFO [BrokerLifecycleManager id=1002] closed event queue. (org.apache.kafka.queue.KafkaEventQueue) [main]"),
		},
	},
	{
		name:   "zenml-pipeline-run-console-untimed",
		source: "ZenML 0.8x running a pipeline locally (`python run.py`): the client's untimed console lines (`Initiating a new run for the pipeline: …`, `Using stack: …` with its components indented under it, `Step … has started.`, the step's own prints prefixed `[step]`, `Step … has finished in …`): zenml-io/zenml PR #3486 (its description pastes the output) and PR #1664",
		why:    "no time and no level on any line: every record has Time 0, never the time of reading; the stack's indented component lines belong to `Using stack:`; a step's prints are records of their own",
		entries: []worldEntry{
			we("", Unknown, "", "Initiating a new run for the pipeline: churn_training."),
			we("", Unknown, "", "Caching is disabled by default for churn_training."),
			we("", Unknown, "", "Using user: default"),
			we("", Unknown, "",
				"Using stack: default",
				"  artifact_store: default",
				"  orchestrator: default"),
			we("", Unknown, "", "Dashboard URL for Pipeline Run: http://127.0.0.1:8237/runs/5d0c1e7a-93b2-4f1e-8a6d-2c7b9e0f4a11"),
			we("", Unknown, "", "Step load_customers has started."),
			we("", Unknown, "", "[load_customers] Loaded 48211 rows from s3://lake-raw/crm/customers/2026-11-28/"),
			we("", Unknown, "", "Step load_customers has finished in 2.841s."),
		},
	},
	{
		name:   "bytewax-worker-console-untimed",
		source: "a Bytewax 0.21 dataflow run with `python -m bytewax.run dataflow:flow` across pods (the Timely cluster's untimed `worker N:<tab-padding>error connecting to worker M: …; retrying` lines, and a Rust panic with its `note: run with RUST_BACKTRACE=1` line under it): bytewax/bytewax issues #540 and #68",
		why:    "no time and no level: `error` is a word of the message, no level; `worker 2:` is a worker index, no host; the panic's note line belongs to the panic",
		entries: []worldEntry{
			we("", Unknown, "", "worker 2:       error connecting to worker 1: Connection refused (os error 111); retrying"),
			we("", Unknown, "", "worker 2:       error connecting to worker 1: Connection refused (os error 111); retrying"),
			we("", Unknown, "", "worker 2:       error connecting to worker 0: Connection timed out (os error 110); retrying"),
			we("", Unknown, "",
				"thread 'timely:work-2' panicked at src/run.rs:118:22:",
				"note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"),
		},
	},
}

func TestFresh585Formats(t *testing.T) { assertTable(t, fresh585Cases) }
func TestFresh585Score(t *testing.T) {
	checkScore(t, "fresh585 formats", fresh585Cases, [worldNumFields]float64{94.9, 99.9, 99.9, 99.9})
}
