package parse

import "testing"

// The three-hundred-and-seventy-first fresh table, written on 2026-12-06: big-data platforms'
// daemons and their tools, another pass, in consoles and debug settings no table holds. Each family
// is one product's documented or observed output: Cassandra's sstableloader on a terminal (the
// per-peer progress lines and the indented `Summary statistics:` block); `nodetool
// compactionhistory` in Cassandra 4.1 (a table whose compacted_at column is a zone-less local
// ISO time); kafka-verifiable-consumer.sh's JSON events (an epoch-ms "timestamp" and a "name");
// `kafka-metadata-quorum.sh describe --replication` (Kafka 4.x's padded, tab-ended table with two
// epoch-ms columns); `kafka-transactions.sh describe-producers` (the same table shape, one epoch-ms
// LastTimestamp); Druid's bin/post-index-task on a terminal (task ids that carry an ISO time);
// `flink savepoint` and `flink stop` on a terminal with the CLI's exception banner; the Hive CLI
// started with `--hiveconf hive.root.logger=DEBUG,console` (log4j2's `yy/MM/dd HH:mm:ss [thread]:
// LEVEL logger: msg` on stderr between the CLI's own OK and Time taken lines); the Trino CLI with
// `--debug` (the query-stats block printed after a result).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`flink`, `hive`, `hiveserver2`, `hbase`, `regionserver`, `kafka`, `druid`, `pinot`,
// `trino`, `presto`, `airflow`, `nifi`, `cassandra`, `nodetool`, `zookeeper`, `yarn`, `impala`,
// `kudu`, `oozie`, `livy`, `zeppelin`, `superset`, `dagster`, `prefect`, `ozone`, `storm`, `beam`,
// `clickhouse`, `starrocks`, `doris`, `ranger`, `atlas`, `knox`, `tez`, `alluxio`, `solr`, `scylla`,
// `redpanda`, `pulsar`, `kylin`, `dolphinscheduler`, `debezium`, `ksql`, `kafka-connect`, `hue`,
// `ambari`, `sstableloader`, `progress: [`, `Summary statistics`, `Connections per host`,
// `nb-1-big`, `compactionhistory`, `compacted_at`, `Compaction History`, `auditlogviewer`,
// `|category:`, `fqltool`, `Query start time`, `Tracing session`, `source_elapsed`,
// `cassandra-stress`, `Starting repair command`, `reaper`, `i.c.r.`, `CompactionTask.java`,
// `kafka-dump-log`, `baseOffset:`, `CreateTime:`, `verifiable`, `startup_complete`,
// `partitions_assigned`, `records_consumed`, `offsets_committed`, `metadata-quorum`,
// `LastFetchTimestamp`, `kafka-transactions`, `describe-producers`, `CurrentTransactionStartOffset`,
// `find-hanging`, `kafka-storage`, `Formatting metadata directory`, `kafka.authorizer.logger`,
// `state.change.logger`, `log-cleaner`, `print.timestamp`, `kafka-console-consumer`, `records sent`,
// `|task-0]`, `KafkaServer id=`, `post-index-task`, `Beginning indexing`, `Task started:`,
// `Running command[`, `LoggingEmitter`, `"feed":"metrics"`, `druid/historical`, `queryType`,
// `Triggering savepoint`, `Job has been submitted with JobID`, `flink list`, `JobManager`, `[] - `,
// `+I[`, `1> (`, `o.a.f.k.o`, `flink-kubernetes-operator`, `sql-client`, `HiveMetaStore.audit`,
// `ugi=`, `INFO  : Compiling`, `conf.HiveConf`, `]: DEBUG`, `26/11/29 07:41:16 [main]`,
// `Hive Session ID`, `Time taken:`, `Fetched:`, `VERTICES`, `schematool`, `io.trino`,
// `"logger":"io.trino`, `http-request.log`, `trino-cli`, `trino>`, `Query 2026`, `Splits:`,
// `Per Node:`, `Parallelism:`, `Peak Memory:`, `{taskinstance.py`, `UTC] {`, `{processor.py`,
// `DAG File Processing Stats`, `DagBundlesManager`, `airflow.sdk`, `task.stdout`, `standalone |`,
// `org.apache.nifi`, `nifi-bootstrap`, `nifi-user`, `Bootstrap Config File`, `d.o.a.n`,
// `Standard FlowFile Attributes`, `LogAttribute`, `RS_OPEN_REGION`, `responseTooSlow`, `hbck`,
// `hbase shell`, `WALPrettyPrinter`, `HFilePrettyPrinter`, `CanaryTool`, `QueryLogger`,
// `BaseBrokerRequestHandler`, `pinot-admin`, `zkCli`, `zkTxnLogToolkit`, `Client port found`).
// The big-data daemons themselves are in many tables (Kafka's server, controller, state-change and
// cleaner logs, Connect, the verifiable producer and the perf tools; Cassandra's system, debug, audit
// and full-query logs, nodetool status, netstats and repair; Druid's service, metrics and request
// logs and its supervise script; Flink's daemon logs, the operator and the SQL client; Hive's
// server, metastore, beeline and hiveserver2.out; Trino's server, JSON and HTTP logs and the CLI's
// short stats; NiFi's app, bootstrap, user and deprecation logs; HBase's daemons, shell, WAL and
// HFile tools; Airflow's task, scheduler, processor and standalone output; Pinot's broker query log
// and ingestion job). sstableloader, compactionhistory, the verifiable consumer, the quorum's
// replication table, describe-producers, post-index-task, the savepoint CLI, the Hive CLI's DEBUG
// console and the Trino CLI's --debug stats are in none. The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). compactionhistory's compacted_at has no zone and is taken as UTC; the
// verifiable consumer's "timestamp", the quorum's LastFetchTimestamp and LastCaughtUpTimestamp (either
// accepted) and describe-producers' LastTimestamp are epoch milliseconds; the Hive console's
// `26/11/29 07:41:16` is a two-digit year with no zone. A time inside an id is no time of the
// record: Druid's task id `index_parallel_…_2026-11-29T07:41:16.204Z`, Trino's query id
// `20261129_074116_00004_…`, the compaction id (a time UUID); sstableloader's, Flink's and Druid's
// console lines carry no time at all. Levels only where the line marks one: the Hive console's level
// word; none elsewhere ("success":false, `Task finished with status: FAILED`, FAILED in Trino's
// stats or an exception banner are no levels). No family has a host field: sstableloader's peers,
// the quorum's node ids, Trino's coordinator in the query URL and Druid's coordinator in the task
// URLs are not the record's host. A record that spans lines is one entry: sstableloader's summary
// block with its indented lines, Flink's exception banner with its blank line and stack trace, a
// Hive DEBUG line with its stack trace, Trino's stats block from `Query …` to the elapsed line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit c6de9a4 before any rule for it: level 96.8 %, time 77.4 %, host 96.8 %, records 87.8 %.
// That is the macro figure (micro: level 96.2 %, time 80.8 %, host 96.2 %, records 90.4 %), in a
// worktree at c6de9a4 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 9 families fully right (sstableloader, the verifiable consumer, post-index-task); the gaps are the
// epoch-ms cells of Kafka's tool tables (the quorum's replication table, describe-producers), the
// first row of compactionhistory, Flink's exception banner across its blank line, the Hive CLI's
// OK and Time taken lines swallowed by the log line before them, and Trino's --debug stats block.

var fresh371Cases = []worldCase{
	{
		name:   "cassandra-sstableloader-progress-console",
		source: "Cassandra 4.1 sstableloader run on a terminal (`sstableloader -d 10.40.2.11 /srv/restore/shop/orders`): `Established connection to initial hosts`, `Streaming relevant part of … to [peers]`, the `progress: [/peer]session:files done/total pct … total: pct rate (avg: rate)` lines, the `Summary statistics:` block with its indented `name : value` lines: cassandra.apache.org sstableloader docs (options, --no-progress); the progress and summary layout from memory",
		why:    "no time and no level anywhere; the peers in brackets are stream targets, no host; the summary block with its indented lines is one record",
		entries: []worldEntry{
			we("", Unknown, "", "Established connection to initial hosts"),
			we("", Unknown, "", "Opening sstables and calculating sections to stream"),
			we("", Unknown, "", "Streaming relevant part of /srv/restore/shop/orders/nb-7-big-Data.db /srv/restore/shop/orders/nb-8-big-Data.db  to [/10.40.2.11:7000, /10.40.2.12:7000, /10.40.2.13:7000]"),
			we("", Unknown, "", "progress: [/10.40.2.11:7000]0:1/2 48% [/10.40.2.12:7000]0:0/2 21% [/10.40.2.13:7000]0:1/2 56% total: 41% 18.204MiB/s (avg: 18.204MiB/s)"),
			we("", Unknown, "", "progress: [/10.40.2.11:7000]0:2/2 100% [/10.40.2.12:7000]0:2/2 100% [/10.40.2.13:7000]0:2/2 100% total: 100% 6.512MiB/s (avg: 21.877MiB/s)"),
			we("", Unknown, "",
				"Summary statistics: ",
				"   Connections per host    : 1         ",
				"   Total files transferred : 6         ",
				"   Total bytes transferred : 212.431MiB",
				"   Total duration          : 9711 ms   ",
				"   Average transfer rate   : 21.877MiB/s",
				"   Peak transfer rate      : 24.102MiB/s"),
		},
	},
	{
		name:   "cassandra-nodetool-compactionhistory",
		source: "`nodetool compactionhistory` in Cassandra 4.1 (a `Compaction History:` line, a header, then one row a compaction: id, keyspace_name, columnfamily_name, compacted_at as a zone-less ISO local time with milliseconds, bytes_in, bytes_out, rows_merged as `{n:count}`): docs.datastax.com nodetool compactionhistory (2.2 and 3.x pages, the first three columns), docs.scylladb.com compactionhistory (the compacted_at column); the 4.1 column set from memory",
		why:    "each row's compacted_at is its time (no zone: UTC); the id is a time UUID, no time; the two header lines carry nothing",
		entries: []worldEntry{
			we("", Unknown, "", "Compaction History: "),
			we("", Unknown, "", "id                                   keyspace_name columnfamily_name compacted_at            bytes_in  bytes_out rows_merged       "),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "6a1f0c20-cd3a-11f0-8e4b-5d2c7a9f0b13 shop          orders            2026-11-29T07:41:16.204 50337812  48102933  {1:201442, 2:3811}"),
			we("2026-11-29T07:39:02.877Z", Unknown, "", "1b9e7d60-cd3a-11f0-8e4b-5d2c7a9f0b13 system        sstable_activity  2026-11-29T07:39:02.877 12044     6210      {1:88, 2:41}      "),
			we("2026-11-29T07:12:45.019Z", Unknown, "", "4c0a2f10-cd36-11f0-8e4b-5d2c7a9f0b13 shop          carts             2026-11-29T07:12:45.019 331902117 301448020 {1:1204471, 3:112}"),
		},
	},
	{
		name:   "kafka-verifiable-consumer-json-events",
		source: "kafka-verifiable-consumer.sh (org.apache.kafka.tools.VerifiableConsumer): one JSON object a line, `{\"timestamp\":epoch-ms,\"name\":\"startup_complete|partitions_assigned|records_consumed|offsets_committed|partitions_revoked|shutdown_complete\",…}`, offsets_committed with \"success\" and, on failure, \"error\": a Korean Kafka study note's run found with find_string, confluent-kafka-go's and confluent-kafka-dotnet's verifiable clients (the same events)",
		why:    "the only time is an epoch-ms \"timestamp\"; \"success\":false and \"error\" are no level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", `{"timestamp":1795938076204,"name":"startup_complete"}`),
			we("2026-11-29T07:41:19.518Z", Unknown, "", `{"timestamp":1795938079518,"name":"partitions_assigned","partitions":[{"topic":"payments","partition":0},{"topic":"payments","partition":1}]}`),
			we("2026-11-29T07:41:19.601Z", Unknown, "", `{"timestamp":1795938079601,"name":"records_consumed","count":500,"partitions":[{"topic":"payments","partition":0,"count":262,"minOffset":118204,"maxOffset":118465},{"topic":"payments","partition":1,"count":238,"minOffset":117990,"maxOffset":118227}]}`),
			we("2026-11-29T07:41:19.633Z", Unknown, "", `{"timestamp":1795938079633,"name":"offsets_committed","offsets":[{"topic":"payments","partition":0,"offset":118466},{"topic":"payments","partition":1,"offset":118228}],"success":true}`),
			we("2026-11-29T07:41:24.907Z", Unknown, "", `{"timestamp":1795938084907,"name":"offsets_committed","offsets":[{"topic":"payments","partition":0,"offset":118702}],"error":"Commit cannot be completed since the group has already rebalanced and assigned the partitions to another member.","success":false}`),
			we("2026-11-29T07:41:25.012Z", Unknown, "", `{"timestamp":1795938085012,"name":"partitions_revoked","partitions":[{"topic":"payments","partition":0},{"topic":"payments","partition":1}]}`),
			we("2026-11-29T07:41:25.390Z", Unknown, "", `{"timestamp":1795938085390,"name":"shutdown_complete"}`),
		},
	},
	{
		name:   "kafka-metadata-quorum-replication-table",
		gap:    "trawl reads no time from the replication table's rows: the 13-digit epoch-ms LastFetchTimestamp and LastCaughtUpTimestamp cells between padded, tab-ended columns are not read as times",
		source: "`kafka-metadata-quorum.sh --bootstrap-controller … describe --replication` in Kafka 4.x (ToolsUtils.prettyPrintTable: each cell padded to its column and followed by a tab; NodeId, DirectoryId, LogEndOffset, Lag, LastFetchTimestamp, LastCaughtUpTimestamp as epoch ms, Status Leader/Follower/Observer): KIP-836 and the MetadataQuorumCommand commit message (the first column set), test fixtures found with find_string that copy Kafka 4.2's output",
		why:    "two epoch-ms columns of the same replica, either accepted; the offsets and lag are no times; node ids are no hosts; the header row carries nothing",
		entries: []worldEntry{
			we("", Unknown, "", "NodeId\tDirectoryId           \tLogEndOffset\tLag\tLastFetchTimestamp\tLastCaughtUpTimestamp\tStatus  \t"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "3000  \tq1Xv9sTbR3mJ0hYk2LwZ7A\t88412       \t0  \t1795938076204     \t1795938076204        \tLeader  \t"),
			we("2026-11-29T07:41:15.911Z", Unknown, "", "3001  \tH7cPz2QeSxu4Lk9bNw0tVg\t88412       \t0  \t1795938075911     \t1795938075911        \tFollower\t"),
			we("2026-11-29T07:41:15.87Z|2026-11-29T07:41:11.002Z", Unknown, "", "3002  \tm0Rt5yJd8KfWq3ZsXe1uBA\t88390       \t22 \t1795938075870     \t1795938071002        \tFollower\t"),
			we("2026-11-29T07:41:16.019Z", Unknown, "", "1     \tAs9dF3gH5jK7lZ1xC2vB4n\t88412       \t0  \t1795938076019     \t1795938076019        \tObserver\t"),
		},
	},
	{
		name:   "kafka-transactions-describe-producers",
		gap:    "trawl reads no time from describe-producers' rows: the 13-digit epoch-ms LastTimestamp cell between padded, tab-ended columns is not read as a time",
		source: "`kafka-transactions.sh --bootstrap-server … describe-producers --topic ledger --partition 3` (KIP-664's tool, TransactionsCommand: ProducerId, ProducerEpoch, LatestCoordinatorEpoch, LastSequence, LastTimestamp as epoch ms, CurrentTransactionStartOffset or None, printed with the tools' padded tab-ended table); from memory",
		why:    "LastTimestamp in epoch ms is the row's time; producer ids, sequences and offsets are no times; the header row carries nothing",
		entries: []worldEntry{
			we("", Unknown, "", "ProducerId\tProducerEpoch\tLatestCoordinatorEpoch\tLastSequence\tLastTimestamp\tCurrentTransactionStartOffset\t"),
			we("2026-11-29T07:41:16.118Z", Unknown, "", "71004     \t2            \t14                    \t1843        \t1795938076118\t88102                        \t"),
			we("2026-11-29T07:41:14.455Z", Unknown, "", "71022     \t0            \t14                    \t77          \t1795938074455\tNone                         \t"),
			we("2026-11-29T07:40:11.87Z", Unknown, "", "70991     \t5            \t13                    \t20311       \t1795938011870\t87440                        \t"),
		},
	},
	{
		name:   "druid-post-index-task-console",
		source: "Druid's bin/post-index-task (post-index-task-main, Python) on a terminal: `Beginning indexing data for <ds>`, `Task started: <id>`, `Task log:` and `Task status:` URLs, `Task <id> still running...`, `Task finished with status: …`, `Completed indexing data for <ds>. Now loading indexed data onto the cluster...`, `<ds> is N% finished loading...`, `<ds> loading complete! You may now query your data`; the task id's `_YYYY-MM-DDTHH:MM:SS.mmmZ` suffix: druid.apache.org Tasks API docs (task ids); the script's lines from memory",
		why:    "no time and no level: the ISO time inside the task id is part of an id; the coordinator in the URLs is no host",
		entries: []worldEntry{
			we("", Unknown, "", "Beginning indexing data for clickstream"),
			we("", Unknown, "", "Task started: index_parallel_clickstream_kmhbdapo_2026-11-29T07:41:16.204Z"),
			we("", Unknown, "", "Task log:     http://druid-ovl-1.lab.internal:8081/druid/indexer/v1/task/index_parallel_clickstream_kmhbdapo_2026-11-29T07:41:16.204Z/log"),
			we("", Unknown, "", "Task status:  http://druid-ovl-1.lab.internal:8081/druid/indexer/v1/task/index_parallel_clickstream_kmhbdapo_2026-11-29T07:41:16.204Z/status"),
			we("", Unknown, "", "Task index_parallel_clickstream_kmhbdapo_2026-11-29T07:41:16.204Z still running..."),
			we("", Unknown, "", "Task index_parallel_clickstream_kmhbdapo_2026-11-29T07:41:16.204Z still running..."),
			we("", Unknown, "", "Task finished with status: SUCCESS"),
			we("", Unknown, "", "Completed indexing data for clickstream. Now loading indexed data onto the cluster..."),
			we("", Unknown, "", "clickstream is 0.0% finished loading..."),
			we("", Unknown, "", "clickstream loading complete! You may now query your data"),
		},
	},
	{
		name:   "flink-cli-savepoint-stop-console",
		gap:    "trawl ends CliFrontend's exception banner at its blank line: the `org.apache.flink.util.FlinkException: …` line, its `\tat` frames and `Caused by:` after the blank line are not joined to the dashed line and ` The program finished with the following exception:`",
		source: "Flink 1.20's bin/flink on a terminal: `flink savepoint <jobId> <dir>` (`Triggering savepoint for job <id>.`, `Waiting for response...`, `Savepoint completed. Path: …`, `You can resume your program from this savepoint with the run command.`), `flink stop --savepointPath <dir> <jobId>` (`Suspending job \"<id>\" with a CANONICAL savepoint.`), and CliFrontend's failure banner (a dashed line, ` The program finished with the following exception:`, a blank line, the exception with its stack trace): apache/flink PRs #4789 and #4684 (the savepoint command); the printed lines from memory",
		why:    "a console with no time and no level; the hex job id and the savepoint path are no times; the banner with its blank line and stack trace is one record",
		entries: []worldEntry{
			we("", Unknown, "", "Triggering savepoint for job 3f1c2b9e7a41f0e9d2b5c8e1a7d0b114."),
			we("", Unknown, "", "Waiting for response..."),
			we("", Unknown, "", "Savepoint completed. Path: s3://flink-state/savepoints/savepoint-3f1c2b-6a0c1d5e2f3b"),
			we("", Unknown, "", "You can resume your program from this savepoint with the run command."),
			we("", Unknown, "", `Suspending job "9b8e7d6c5f4a3b2109f8e7d6c5b4a392" with a CANONICAL savepoint.`),
			we("", Unknown, "",
				"------------------------------------------------------------",
				" The program finished with the following exception:",
				"",
				"org.apache.flink.util.FlinkException: Could not stop with a savepoint job \"9b8e7d6c5f4a3b2109f8e7d6c5b4a392\".",
				"\tat org.apache.flink.client.cli.CliFrontend.lambda$stop$4(CliFrontend.java:595)",
				"\tat org.apache.flink.client.cli.CliFrontend.runClusterAction(CliFrontend.java:1041)",
				"\tat org.apache.flink.client.cli.CliFrontend.stop(CliFrontend.java:583)",
				"Caused by: java.util.concurrent.TimeoutException",
				"\tat java.base/java.util.concurrent.CompletableFuture.timedGet(CompletableFuture.java:1886)",
				"\t... 9 more"),
		},
	},
	{
		name:   "hive-cli-debug-root-logger-console",
		gap:    "trawl joins the CLI's own untimed `OK` and `Time taken: 0.871 seconds, Fetched: 3 row(s)` lines to the `[main]: INFO ql.Driver:` line before them as its continuation, so they are no records of their own",
		source: "the Hive CLI started with `hive --hiveconf hive.root.logger=DEBUG,console`: hive-log4j2.properties' console appender on stderr, `%d{yy/MM/dd HH:mm:ss} [%t]: %p %c{2}: %m%n`, between the CLI's own `OK` and `Time taken: N seconds, Fetched: N row(s)` lines: hive-log4j2.properties copies found with find_string (the console pattern); the CLI lines from memory",
		why:    "a two-digit year first with no zone; the thread in brackets then a colon before the level word; a stack trace under a DEBUG line belongs to it; OK and Time taken carry no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "26/11/29 07:41:16 [main]: DEBUG conf.HiveConf: Using the default value passed in for log id: 5d2c9a1e-7f3b-4e8d-9a61-0c4b2e7f1a93"),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 [main]: INFO session.SessionState: Created HDFS directory: /tmp/hive/mkoval/5d2c9a1e-7f3b-4e8d-9a61-0c4b2e7f1a93"),
			we("2026-11-29T07:41:17Z", Debug, "",
				"26/11/29 07:41:17 [main]: DEBUG metastore.RetryingMetaStoreClient: Failed to get delegation token, retrying",
				"org.apache.thrift.transport.TTransportException: java.net.SocketTimeoutException: Read timed out",
				"\tat org.apache.thrift.transport.TIOStreamTransport.read(TIOStreamTransport.java:129)",
				"\tat org.apache.thrift.transport.TTransport.readAll(TTransport.java:86)"),
			we("2026-11-29T07:41:18Z", Warn, "", "26/11/29 07:41:18 [main]: WARN conf.HiveConf: HiveConf of name hive.stats.fetch.partition.stats does not exist"),
			we("2026-11-29T07:41:19Z", Info, "", "26/11/29 07:41:19 [main]: INFO ql.Driver: Completed executing command(queryId=mkoval_20261129074118_3f1c2b9e-7a41-4f0e-9d2b-5c8e1a7d0b11); Time taken: 0.412 seconds"),
			we("", Unknown, "", "OK"),
			we("", Unknown, "", "Time taken: 0.871 seconds, Fetched: 3 row(s)"),
		},
	},
	{
		name:   "trino-cli-debug-query-stats",
		gap:    "trawl does not join the --debug stats block: the query URL, `Splits:`, `CPU Time:`, `Per Node:`, `Parallelism:`, `Peak Memory:` and elapsed lines are not joined to `Query <id>, FINISHED, N nodes`",
		source: "the Trino CLI (trino-cli 4xx) with `--debug`: after a result, the stats block `Query <id>, FINISHED, N nodes`, the query's UI URL, `Splits: …`, `CPU Time: …`, `Per Node: …`, `Parallelism: …`, `Peak Memory: …`, then `elapsed [rows, bytes] [rate]`; a failed query's `Query <id> failed: msg` line; from memory",
		why:    "the query id `20261129_074116_00004_…` encodes a time but is an id: no time; FAILED and failed are no levels; the coordinator in the URL is no host; the block is one record",
		entries: []worldEntry{
			we("", Unknown, "",
				"Query 20261129_074116_00004_q8mzt, FINISHED, 3 nodes",
				"http://trino-coord-1.lab.internal:8080/ui/query.html?20261129_074116_00004_q8mzt",
				"Splits: 41 total, 41 done (100.00%)",
				"CPU Time: 0.9s total,  228K rows/s, 13.8MB/s, 31% active",
				"Per Node: 0.1 CPU, 22.7K rows/s, 1.37MB/s",
				"Parallelism: 0.3",
				"Peak Memory: 1.21MB",
				"3.02 [205K rows, 12.4MB] [67.9K rows/s, 4.12MB/s]"),
			we("", Unknown, "", "Query 20261129_074131_00005_q8mzt failed: line 1:8: Column 'order_ts' cannot be resolved"),
		},
	},
}

func TestFresh371Formats(t *testing.T) { assertTable(t, fresh371Cases) }
func TestFresh371Score(t *testing.T) {
	checkScore(t, "fresh371 formats", fresh371Cases, [worldNumFields]float64{96.7, 79.5, 96.7, 87.7})
}
