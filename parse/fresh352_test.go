package parse

import "testing"

// The three-hundred-and-fifty-second fresh table, written on 2026-12-06: big-data platforms, a
// further pass, shapes no earlier table holds. Each family is one product's documented or observed
// output: kafka-consumer-perf-test.sh's CSV-like stats rows (a `yyyy-MM-dd HH:mm:ss:SSS` time with a
// colon before the milliseconds, the detailed rows' first row with an epoch in rebalance.time.ms);
// a Go service on franz-go with kgo.BasicLogger and the usual `[2006-01-02 15:04:05.999] ` prefix
// (Go's .999 drops trailing zeros, and the dot with them); ZooKeeper's zkSnapShotToolkit.sh
// (SnapshotFormatter: one `----`-separated block a znode, ctime and mtime in Date.toString on a JVM
// at CET, the system znodes' zero stat printed as 1970); HBase 2.5's `hbase hfile -v -p -f`
// (HFilePrettyPrinter's `K: row/family:qualifier/epoch-ms/Type/vlen=N/seqid=N V: value` cells among
// log4j2 console lines); `hdfs oiv -p Delimited` (PBImageDelimitedTextWriter's tab-separated rows,
// `yyyy-MM-dd HH:mm` times, directories' access time formatDate(0)); `yarn node -status` (NodeCLI's
// `Node Report : ` block with Last-Health-Update in `E dd/MMM/yy hh:mm:ss:SSzz`, a 12-hour clock with
// no marker and the zone glued to the milliseconds); HiveServer2 3.1 running Hive on Spark
// (SparkSubmitSparkClient's LogRedirector relaying spark-submit's stderr a line at a time under the
// thread `spark-submit-stderr-redir-<caller thread>`); the Flink Kubernetes Operator's own console
// layout (`%d %-30c{1.} [%-5level][namespace/name] msg`, the level after the abbreviated logger,
// AuditUtils' `>>> Event[Job] | Warning | …` columns); spark-submit --verbose of Spark 3.5 in YARN
// cluster mode (the Parsed arguments, Main class, Arguments, Spark config and Classpath elements
// messages, each a log4j2 line with unindented continuation lines).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`hadoop`, `hdfs`, `namenode`, `datanode`, `yarn`, `resourcemanager`, `nodemanager`, `spark`,
// `flink`, `kafka`, `zookeeper`, `hbase`, `regionserver`, `hive`, `hiveserver2`, `impala`, `impalad`,
// `presto`, `trino`, `airflow`, `oozie`, `livy`, `tez`, `zkTxnLogToolkit`, `TxnLogToolkit`,
// `createSession`, `cxid 0x`, `zkSnapShotToolkit`, `SnapshotFormatter`, `ZNode Details`, `cZxid`,
// `ctime = `, `ephemeralOwner`, `Last zxid`, `Session Details`, `dump-log`, `baseOffset`,
// `data.consumed.in.MB`, `consumer-perf-test`, `MB.sec`, `nMsg.sec`, `fetch.MB.sec`,
// `rebalance.time.ms`, `start.time`, `producer-perf`, `records/sec`, `Completed request`,
// `Principal = User`, `hfile -p`, `HFilePrettyPrinter`, `vlen=`, `Fileinfo`, `Scanning ->`,
// `Scanned kv count`, `oiv`, `ModificationTime`, `PreferredBlockSize`, `NSQUOTA`, `1970-01-01 00:00`,
// `supergroup`, `dfs -ls`, `Node Report`, `Last-Health-Update`, `Health-Report`, `Memory-Capacity`,
// `Node-Id`, `Queue Information`, `Application Report`, `Start-Time :`, `SparkClientImpl`,
// `SparkSubmitSparkClient`, `stderr-redir`, `spark-submit-stderr-redir`, `RemoteDriver`,
// `Hive Session ID`, `VERTICES`, `spark_submit.py`, `flink-kubernetes-operator`, `FlinkDeployment`,
// `o.a.f.k.o`, `[INFO ][`, `>>> Event`, `Status[Job]`, `resource.namespace`, `Parsed arguments`,
// `Using properties file`, `Adding default property`, `Spark properties used`, `Main class:`,
// `Spark Executor Command`, `made progress`, `sarama`, `kafkajs`, `franz`, `kgo`, `BasicLogger`,
// `immediate metadata update`, `beginning to manage the group`, `Query (id`, `Impala Version`,
// `queryStats`, `BasicQueryInfo`, `list-runs`, `json_fields`, `Zookeeper version:`,
// `Latency min/avg/max`). The products themselves are in many tables (Hadoop's daemons and CLIs in
// fresh56, fresh102, fresh110, fresh112, fresh122, fresh127, fresh300, fresh315, fresh328 and
// others; Kafka's tools in fresh38, fresh112, fresh122, fresh157; ZooKeeper's txn-log dump in
// fresh56 and its zkCli `stat` in fresh335; Sarama in fresh163; the Flink operator's older
// `LEVEL logger [ns/name] - msg` layout in fresh34; Airflow's relayed spark-submit line in holdout);
// the consumer perf test, franz-go's BasicLogger, the snapshot dump, the HFile pretty printer, the
// Delimited fsimage, the node report, the spark-submit-stderr-redir relay, the operator's
// level-after-logger console and spark-submit's verbose blocks are in none. Left out after the
// search: Impala's text query profile (hundreds of lines a record, no short real form), Trino's
// `/v1/query` JSON and Airflow's `dags list-runs` table (their exact key order and table style could
// not be confirmed), Airflow's Elasticsearch JSON task log (fresh49) and Airflow standalone
// (fresh41). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Zone-less times are taken as UTC (the perf test's rows, kgo's prefix, the
// HFile tool's and the YARN client's log4j stamps, the fsimage rows, Hive's and Spark's stamps, the
// operator's); the snapshot's `CET` is converted from +01:00; the node report's `UTC` glued to the
// milliseconds is UTC, and its `SS` prints 41 milliseconds as `:41`. A row's first time is its time
// (the perf test's start.time or time column, the fsimage row's ModificationTime, a znode's ctime);
// the zero stat of `/` and the `/zookeeper` nodes, printed as 1970, is no time; an HFile cell's time
// is its timestamp in the key; a node report's time is its Last-Health-Update. A line relayed inside
// another's message (Hive's copy of a spark-submit line) takes the outer line's time and level, as in
// holdout's Airflow case; epochs in messages (start time:, spark.app.submitTime, rebalance.time.ms)
// are no times. Levels only where the line marks one: the tools' and Hive's and Spark's log4j level,
// kgo's `[WARN]`, the operator's `[ERROR]` after the logger; the `| Warning |` column of the
// operator's audit line and `DeleteColumn` in a cell are no levels. The host is the record's host
// field: the node report's Node-Id (the node the report is about, as fresh300's container report);
// brokers, peers, the ResourceManager, the HiveServer2 remote host and the fsimage owners are not.
// A record that spans lines is one entry: a znode block, a node report, a log4j line with the
// unindented lines of its message (spark-submit's blocks, a stack trace).
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit aeb7847 before any rule for it: level 88.9 %, time 85.9 %, host 88.9 %, records 81.1 %.
// That is the macro figure (micro: level 90.2 %, time 86.6 %, host 90.2 %, records 84.1 %), in a
// worktree at aeb7847 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 9 families fully right (franz-go's BasicLogger, the Delimited fsimage, Hive's spark-submit relay,
// the Flink operator's console, spark-submit --verbose); the gaps are the perf test's second header
// joined to the row above it, the snapshot's ctime inside a znode block, the HFile tool's cell lines
// (joined to a log4j line, and no time from the key's epoch) and the node report (joined to a log4j
// line, and no time or host from its Last-Health-Update and Node-Id).

var fresh352Cases = []worldCase{
	{
		name:   "kafka-consumer-perf-test-stats-rows",
		gap:    "trawl reads the `yyyy-MM-dd HH:mm:ss:SSS` row times and the tools' log4j line, but joins the untimed `time, threadId, …` header of the --show-detailed-stats run to the timed summary row above it as a continuation line",
		source: "kafka-consumer-perf-test.sh (Kafka 3.x, ConsumerPerformance moved to tools): a header line `start.time, end.time, data.consumed.in.MB, MB.sec, …` and one row whose times are SimpleDateFormat `yyyy-MM-dd HH:mm:ss:SSS`; with --show-detailed-stats a `time, threadId, …` header and a row a reporting interval, the first row carrying an epoch in rebalance.time.ms and a negative fetch.time.ms; the tools' log4j `[%d] %p %m (%c)%n` on stderr between: apache/kafka PR #13215 (old and new output), vdesabou/kafka-docker-playground PR #2429 (detailed rows with the epoch)",
		why:    "a colon before the milliseconds; comma-separated columns with two times, the first the row's; an epoch and a negative number in later columns are no times; the header lines carry nothing",
		entries: []worldEntry{
			wskip("start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29 07:41:16:204, 2026-11-29 07:41:27:918, 95.3674, 8.1413, 100000, 8536.7936, 3122, 8592, 11.0995, 11638.7337"),
			wskip("time, threadId, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec"),
			we("2026-11-29T07:42:02.611Z", Warn, "", "[2026-11-29 07:42:02,611] WARN [Consumer clientId=perf-consumer-client, groupId=perf-consumer-52117] Error while fetching metadata with correlation id 2 : {orders=LEADER_NOT_AVAILABLE} (org.apache.kafka.clients.NetworkClient)"),
			we("2026-11-29T07:42:03.517Z", Unknown, "", "2026-11-29 07:42:03:517, 0, 0.0010, 0.0003, 1, 0.3064, 1795938122955, -1795938119438, 0.0000, 0.0000"),
			we("2026-11-29T07:42:04.519Z", Unknown, "", "2026-11-29 07:42:04:519, 0, 11.9209, 11.8971, 12500, 12475.0499, 0, 1002, 11.8971, 12475.0499"),
			we("2026-11-29T07:42:05.521Z", Unknown, "", "2026-11-29 07:42:05:521, 0, 24.3187, 12.3731, 25500, 12974.0519, 0, 1002, 12.3731, 12974.0519"),
		},
	},
	{
		name:   "franz-go-kgo-basiclogger-time-prefix",
		source: "a Go consumer on franz-go with `kgo.WithLogger(kgo.BasicLogger(os.Stderr, kgo.LogLevelInfo, func() string { return time.Now().Format(\"[2006-01-02 15:04:05.999] \") }))`: BasicLogger writes `prefix [LEVEL] message; key: val, key: val` (twmb/franz-go pkg/kgo/logger.go), the time prefix as in many public programs using it (read with the code search); the client's messages from memory",
		why:    "a bracketed local time with a fraction of one to three digits, or none and no dot (Go's .999), then the bracketed level; the broker address and the member id are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[2026-11-29 07:41:16.204] [INFO] immediate metadata update triggered; why: querying metadata for consumer initialization"),
			we("2026-11-29T07:41:16.21Z", Info, "", "[2026-11-29 07:41:16.21] [INFO] beginning to manage the group lifecycle; group: orders-enricher"),
			we("2026-11-29T07:41:16.3Z", Warn, "", "[2026-11-29 07:41:16.3] [WARN] unable to open connection to broker; addr: kafka-2.lake.internal:9092, broker: 2, err: dial tcp 10.40.3.12:9092: connect: connection refused"),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29 07:41:17] [INFO] joining group; group: orders-enricher"),
			we("2026-11-29T07:41:17.482Z", Info, "", "[2026-11-29 07:41:17.482] [INFO] joined, balancing group; group: orders-enricher, member_id: kgo-4f1c2a7e-9b3d-4c1a-8e2f-4411aa22bb33, instance_id: <nil>, generation: 12, balance_protocol: cooperative-sticky, leader: true"),
			we("2026-11-29T07:41:17.49Z", Info, "", "[2026-11-29 07:41:17.49] [INFO] assigning partitions; why: newly assigned from join response, how: assigning everything new, keeping current assignment, input: orders[0 1 2 3]"),
			we("2026-11-29T07:41:21.05Z", Error, "", "[2026-11-29 07:41:21.05] [ERROR] fatal InitProducerID error; err: TRANSACTIONAL_ID_AUTHORIZATION_FAILED: Transactional Id authorization failed."),
		},
	},
	{
		name:   "zookeeper-snapshot-formatter-znodes-cet",
		gap:    "trawl keeps each znode block whole but reads no time from it: `  ctime = Sat Nov 28 23:02:11 CET 2026` (Date.toString with a zone abbreviation) on the block's third line is not read, so every znode comes out untimed (right only for the 1970 zero-stat nodes)",
		source: "ZooKeeper 3.8's zkSnapShotToolkit.sh on a snapshot file (SnapshotFormatter.printDetails: `ZNode Details (count=N):`, then for each znode `----`, its path and printStat's `  cZxid = %#016x`, `  ctime = ` + new Date(ctime).toString(), mZxid, mtime, pZxid, cversion, dataVersion, aclVersion, ephemeralOwner, `  dataLength = N`; then `Session Details (sid, timeout, ephemeralCount):` with a `%#016x, %d, %d` line a session, `----` and `Last zxid: 0x…`): apache/zookeeper SnapshotFormatter.java and zookeeperTools.md; run on a host at CET",
		why:    "a znode's block has its path first and its ctime on the third line as `Sun Nov 29 08:12:40 CET 2026`; the root's and /zookeeper's zero stat prints 1970 and is no time; zxids and session ids in hex are no times",
		entries: []worldEntry{
			we("", Unknown, "", "ZNode Details (count=7):"),
			wskip("----"),
			we("", Unknown, "",
				"/",
				"  cZxid = 0x00000000000000",
				"  ctime = Thu Jan 01 01:00:00 CET 1970",
				"  mZxid = 0x00000000000000",
				"  mtime = Thu Jan 01 01:00:00 CET 1970",
				"  pZxid = 0x00000400000002",
				"  cversion = 1",
				"  dataVersion = 0",
				"  aclVersion = 0",
				"  ephemeralOwner = 0x00000000000000",
				"  dataLength = 0"),
			wskip("----"),
			we("2026-11-28T22:02:11Z", Unknown, "",
				"/brokers",
				"  cZxid = 0x00000400000002",
				"  ctime = Sat Nov 28 23:02:11 CET 2026",
				"  mZxid = 0x00000400000002",
				"  mtime = Sat Nov 28 23:02:11 CET 2026",
				"  pZxid = 0x00000400000003",
				"  cversion = 1",
				"  dataVersion = 0",
				"  aclVersion = 0",
				"  ephemeralOwner = 0x00000000000000",
				"  dataLength = 0"),
			wskip("----"),
			we("2026-11-28T22:02:11Z", Unknown, "",
				"/brokers/ids",
				"  cZxid = 0x00000400000003",
				"  ctime = Sat Nov 28 23:02:11 CET 2026",
				"  mZxid = 0x00000400000003",
				"  mtime = Sat Nov 28 23:02:11 CET 2026",
				"  pZxid = 0x00000400000021",
				"  cversion = 7",
				"  dataVersion = 0",
				"  aclVersion = 0",
				"  ephemeralOwner = 0x00000000000000",
				"  dataLength = 0"),
			wskip("----"),
			we("2026-11-29T07:12:40Z", Unknown, "",
				"/brokers/ids/1",
				"  cZxid = 0x00000400000021",
				"  ctime = Sun Nov 29 08:12:40 CET 2026",
				"  mZxid = 0x00000400000030",
				"  mtime = Sun Nov 29 08:37:05 CET 2026",
				"  pZxid = 0x00000400000021",
				"  cversion = 0",
				"  dataVersion = 1",
				"  aclVersion = 0",
				"  ephemeralOwner = 0x1000a1b2c30001",
				"  dataLength = 214"),
			wskip("----"),
			we("", Unknown, "",
				"/zookeeper",
				"  cZxid = 0x00000000000000",
				"  ctime = Thu Jan 01 01:00:00 CET 1970",
				"  mZxid = 0x00000000000000",
				"  mtime = Thu Jan 01 01:00:00 CET 1970",
				"  pZxid = 0x00000000000000",
				"  cversion = 0",
				"  dataVersion = 0",
				"  aclVersion = 0",
				"  ephemeralOwner = 0x00000000000000",
				"  dataLength = 0"),
			wskip("----"),
			we("", Unknown, "",
				"/zookeeper/config",
				"  cZxid = 0x00000000000000",
				"  ctime = Thu Jan 01 01:00:00 CET 1970",
				"  mZxid = 0x00000000000000",
				"  mtime = Thu Jan 01 01:00:00 CET 1970",
				"  pZxid = 0x00000000000000",
				"  cversion = 0",
				"  dataVersion = 0",
				"  aclVersion = 0",
				"  ephemeralOwner = 0x00000000000000",
				"  dataLength = 0"),
			wskip("----"),
			we("", Unknown, "",
				"/zookeeper/quota",
				"  cZxid = 0x00000000000000",
				"  ctime = Thu Jan 01 01:00:00 CET 1970",
				"  mZxid = 0x00000000000000",
				"  mtime = Thu Jan 01 01:00:00 CET 1970",
				"  pZxid = 0x00000000000000",
				"  cversion = 0",
				"  dataVersion = 0",
				"  aclVersion = 0",
				"  ephemeralOwner = 0x00000000000000",
				"  dataLength = 0"),
			wskip("----"),
			wskip("Session Details (sid, timeout, ephemeralCount):"),
			we("", Unknown, "", "0x1000a1b2c30001, 18000, 1"),
			we("", Unknown, "", "0x3000f00dbeef02, 30000, 0"),
			wskip("----"),
			we("", Unknown, "", "Last zxid: 0x400000031"),
		},
	},
	{
		name:   "hbase25-hfile-pretty-printer-cells",
		gap:    "trawl joins `Scanning -> …` to the log4j WARN line above it, and every `K: …` cell line and `Scanned kv count -> 4` to the CacheConfig log4j line; read alone, a cell line still gets no time from the epoch milliseconds in its key (`/1795938076123/Put/`)",
		source: "HBase 2.5's `hbase hfile -v -p -f <store file>` (HFilePrettyPrinter: `Scanning -> <path>` when verbose, each cell as `K: ` + KeyValue.toString (`row/family:qualifier/timestamp/Type/vlen=N/seqid=N`) + ` V: ` + Bytes.toStringBinary(value), `Scanned kv count -> N` at the end), the tool's log4j2 console lines (`%d{ISO8601} %-5p [%t] %c{2}: %.1000m%n`) among them: apache/hbase HFilePrettyPrinter.java, a user's `hbase hfile -v -p -m -f` paste on haomeiwen.com (subject crrztctx); the CacheConfig message from memory",
		why:    "a cell's time is the epoch milliseconds inside its key; DeleteColumn is a cell type, no level; a value in \\x escapes and an empty value after `V: `; `Scanning ->` and the count line carry no time",
		entries: []worldEntry{
			we("2026-11-29T09:02:50.877Z", Warn, "", "2026-11-29T09:02:50,877 WARN  [main] util.NativeCodeLoader: Unable to load native-hadoop library for your platform... using builtin-java classes where applicable"),
			we("", Unknown, "", "Scanning -> hdfs://nn1.dc2.example.net:8020/hbase/data/default/orders/6c1e0f3a9b2d4e57a8c1f0e2d3b4a5c6/d/4e2a9c7f1b3d45e6a8f0c2b4d6e8f0a1"),
			we("2026-11-29T09:02:51.412Z", Info, "", "2026-11-29T09:02:51,412 INFO  [main] hfile.CacheConfig: Created cacheConfig: cacheDataOnRead=true, cacheDataOnWrite=false, cacheIndexesOnWrite=false, cacheBloomsOnWrite=false, cacheEvictOnClose=false, cacheDataCompressed=false, prefetchOnOpen=false"),
			we("2026-11-29T07:41:16.123Z", Unknown, "", "K: ord-000412/d:status/1795938076123/Put/vlen=7/seqid=18 V: SHIPPED"),
			we("2026-11-29T07:41:16.123Z", Unknown, "", `K: ord-000412/d:total/1795938076123/Put/vlen=8/seqid=18 V: \x00\x00\x00\x00\x00\x01\x86\xA0`),
			we("2026-11-29T07:41:41.002Z", Unknown, "", "K: ord-000413/d:note/1795938101002/DeleteColumn/vlen=0/seqid=20 V: "),
			we("2026-11-29T07:41:52.44Z", Unknown, "", "K: ord-000413/d:status/1795938112440/Put/vlen=7/seqid=21 V: PENDING"),
			we("", Unknown, "", "Scanned kv count -> 4"),
		},
	},
	{
		name:   "hdfs-oiv-delimited-fsimage-tsv",
		source: "Hadoop 3's `hdfs oiv -p Delimited -i fsimage_… -o fsimage.tsv`, read with head (PBImageDelimitedTextWriter: the header `Path Replication ModificationTime AccessTime PreferredBlockSize BlocksCount FileSize NSQUOTA DSQUOTA Permission UserName GroupName` tab-separated, times through SimpleDateFormat(\"yyyy-MM-dd HH:mm\") in the JVM's zone, a directory's access time formatDate(0)): apache/hadoop PBImageDelimitedTextWriter.java",
		why:    "tab-separated columns with two minute-resolution times, the first the row's; a directory's second time is 1970; the dates in a path (/2026/11/28) and the quota Long.MAX are no times; the owner and group are no hosts",
		entries: []worldEntry{
			wskip("Path\tReplication\tModificationTime\tAccessTime\tPreferredBlockSize\tBlocksCount\tFileSize\tNSQUOTA\tDSQUOTA\tPermission\tUserName\tGroupName"),
			we("2026-11-29T07:12:00Z", Unknown, "", "/\t0\t2026-11-29 07:12\t1970-01-01 00:00\t0\t0\t0\t9223372036854775807\t-1\tdrwxr-xr-x\thdfs\tsupergroup"),
			we("2026-11-02T10:20:00Z", Unknown, "", "/data\t0\t2026-11-02 10:20\t1970-01-01 00:00\t0\t0\t0\t-1\t-1\tdrwxr-xr-x\thdfs\tsupergroup"),
			we("2026-11-28T23:58:00Z", Unknown, "", "/data/raw/2026/11/28\t0\t2026-11-28 23:58\t1970-01-01 00:00\t0\t0\t0\t-1\t-1\tdrwxr-x---\tetl\thadoop"),
			we("2026-11-28T23:41:00Z", Unknown, "", "/data/raw/2026/11/28/part-00000.parquet\t3\t2026-11-28 23:41\t2026-11-29 06:03\t134217728\t2\t201326592\t0\t0\t-rw-r-----\tetl\thadoop"),
			we("2026-11-28T23:58:00Z", Unknown, "", "/data/raw/2026/11/28/_SUCCESS\t3\t2026-11-28 23:58\t2026-11-28 23:58\t134217728\t0\t0\t0\t0\t-rw-r-----\tetl\thadoop"),
			we("2026-11-29T06:40:00Z", Unknown, "", "/tmp/hive\t0\t2026-11-29 06:40\t1970-01-01 00:00\t0\t0\t0\t-1\t-1\tdrwx-wx-wx\thive\tsupergroup"),
		},
	},
	{
		name:   "yarn-node-status-report-12h-clock",
		gap:    "trawl joins each `Node Report : ` block to the client's ResourceUtils log4j line above it; read alone, a report still gets no time from `Last-Health-Update : Sun 29/Nov/26 07:40:51:412UTC` and no host from its `Node-Id : host:port` line",
		source: "Hadoop 3.3/3.4's `yarn node -status <NodeId>` run twice: the client's log4j console lines (`%d{ISO8601} %p %c{2}: %m%n`), then NodeCLI.printNodeStatus' `Node Report : ` and its tab-indented Node-Id, Rack, Node-State, Node-Http-Address, Last-Health-Update in DateFormatUtils `E dd/MMM/yy hh:mm:ss:SSzz`, Health-Report, Containers, Memory, CPU, Node-Labels, Node Attributes and utilization lines: apache/hadoop NodeCLI.java and TestYarnCLI.testNodeStatus (read with the code search), users' pastes of `yarn node -status` (`Last-Health-Update : Wed 05/Nov/25 02:56:33:655UTC`)",
		why:    "a labelled block a node; its time is Last-Health-Update: a weekday, a two-digit year, a 12-hour clock with no AM/PM (these are morning times), milliseconds after a colon with no zero padding to three (`:41` is 41 ms) and the zone glued on; the host is the Node-Id without its port; the client's lines before it are records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO client.DefaultNoHARMFailoverProxyProvider: Connecting to ResourceManager at rm-01.dc2.example.net/10.20.0.10:8032"),
			we("2026-11-29T07:41:16.512Z", Info, "", "2026-11-29 07:41:16,512 INFO conf.Configuration: resource-types.xml not found"),
			we("2026-11-29T07:41:16.512Z", Info, "", "2026-11-29 07:41:16,512 INFO resource.ResourceUtils: Unable to find 'resource-types.xml'."),
			we("2026-11-29T07:40:51.412Z", Unknown, "wrk-07.dc2.example.net",
				"Node Report : ",
				"\tNode-Id : wrk-07.dc2.example.net:45454",
				"\tRack : /dc2/rack-04",
				"\tNode-State : RUNNING",
				"\tNode-Http-Address : wrk-07.dc2.example.net:8042",
				"\tLast-Health-Update : Sun 29/Nov/26 07:40:51:412UTC",
				"\tHealth-Report : ",
				"\tContainers : 6",
				"\tMemory-Used : 24576MB",
				"\tMemory-Capacity : 65536MB",
				"\tCPU-Used : 12 vcores",
				"\tCPU-Capacity : 32 vcores",
				"\tNode-Labels : ",
				"\tNode Attributes : ",
				"\tResource Utilization by Node : PMem:41208 MB, VMem:52771 MB, VCores:9.418",
				"\tResource Utilization by Containers : PMem:22016 MB, VMem:30109 MB, VCores:7.9921"),
			we("2026-11-29T07:41:33.118Z", Info, "", "2026-11-29 07:41:33,118 INFO client.DefaultNoHARMFailoverProxyProvider: Connecting to ResourceManager at rm-01.dc2.example.net/10.20.0.10:8032"),
			we("2026-11-29T07:41:33.407Z", Info, "", "2026-11-29 07:41:33,407 INFO conf.Configuration: resource-types.xml not found"),
			we("2026-11-29T07:41:33.407Z", Info, "", "2026-11-29 07:41:33,407 INFO resource.ResourceUtils: Unable to find 'resource-types.xml'."),
			we("2026-11-29T07:41:02.041Z", Unknown, "wrk-11.dc2.example.net",
				"Node Report : ",
				"\tNode-Id : wrk-11.dc2.example.net:45454",
				"\tRack : /dc2/rack-06",
				"\tNode-State : UNHEALTHY",
				"\tNode-Http-Address : wrk-11.dc2.example.net:8042",
				"\tLast-Health-Update : Sun 29/Nov/26 07:41:02:41UTC",
				"\tHealth-Report : 1/1 local-dirs usable space is below configured utilization percentage/no more usable space [ /data/1/yarn/local : used space above threshold of 90.0% ] ; 1/1 log-dirs usable space is below configured utilization percentage/no more usable space [ /data/1/yarn/logs : used space above threshold of 90.0% ] ",
				"\tContainers : 0",
				"\tMemory-Used : 0MB",
				"\tMemory-Capacity : 65536MB",
				"\tCPU-Used : 0 vcores",
				"\tCPU-Capacity : 32 vcores",
				"\tNode-Labels : ",
				"\tNode Attributes : ",
				"\tResource Utilization by Node : PMem:3112 MB, VMem:4480 MB, VCores:0.0412",
				"\tResource Utilization by Containers : PMem:0 MB, VMem:0 MB, VCores:0.0"),
		},
	},
	{
		name:   "hive31-hs2-spark-submit-stderr-redir",
		source: "HiveServer2 3.1's hiveserver2.log (hive-log4j2.properties `%d{ISO8601} %5p [%t] %c{2}: %m%n`) running Hive on Spark: SparkSubmitSparkClient logs `Running client driver with argv: …` and hands spark-submit's stdout and stderr to LogRedirector, which logs each line at INFO under the thread `spark-submit-stderr-redir-` + the caller's thread name, so Spark 2's own `yy/MM/dd HH:mm:ss LEVEL Class: msg` lines and yarn.Client's tab-indented report lines each become a Hive record; SparkTask's failure with its trace: apache/hive SparkSubmitSparkClient.java and LogRedirector.java (read with the code search); the caller's thread name and the SparkTask message from memory",
		why:    "Hive's ISO stamp with a comma and `%5p` (two spaces before INFO); a thread name with a space and a colon inside the brackets; the relayed Spark line's own stamp and WARN are not the record's (holdout's Airflow rule); `start time: 1795938077602` is no time; the remote host is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:14.902Z", Info, "", "2026-11-29T07:41:14,902  INFO [HiveServer2-Background-Pool: Thread-118] client.SparkSubmitSparkClient: Running client driver with argv: /opt/spark/bin/spark-submit --executor-cores 4 --executor-memory 8g --num-executors 6 --properties-file /tmp/spark-submit.4411802753915470212.properties --class org.apache.hive.spark.client.RemoteDriver /opt/hive/lib/hive-exec-3.1.3.jar --remote-host hs2-01.dc2.example.net --remote-port 35871 --conf hive.spark.client.connect.timeout=30000 --conf hive.spark.client.server.connect.timeout=90000"),
			we("2026-11-29T07:41:16.118Z", Info, "", "2026-11-29T07:41:16,118  INFO [spark-submit-stderr-redir-HiveServer2-Background-Pool: Thread-118] client.SparkSubmitSparkClient: 26/11/29 07:41:16 WARN NativeCodeLoader: Unable to load native-hadoop library for your platform... using builtin-java classes where applicable"),
			we("2026-11-29T07:41:17.640Z", Info, "", "2026-11-29T07:41:17,640  INFO [spark-submit-stderr-redir-HiveServer2-Background-Pool: Thread-118] client.SparkSubmitSparkClient: 26/11/29 07:41:17 INFO Client: Submitting application application_1795900000000_0217 to ResourceManager"),
			we("2026-11-29T07:41:18.655Z", Info, "", "2026-11-29T07:41:18,655  INFO [spark-submit-stderr-redir-HiveServer2-Background-Pool: Thread-118] client.SparkSubmitSparkClient: 26/11/29 07:41:18 INFO Client: Application report for application_1795900000000_0217 (state: ACCEPTED)"),
			we("2026-11-29T07:41:18.657Z", Info, "", "2026-11-29T07:41:18,657  INFO [spark-submit-stderr-redir-HiveServer2-Background-Pool: Thread-118] client.SparkSubmitSparkClient: 26/11/29 07:41:18 INFO Client: "),
			we("2026-11-29T07:41:18.657Z", Info, "", "2026-11-29T07:41:18,657  INFO [spark-submit-stderr-redir-HiveServer2-Background-Pool: Thread-118] client.SparkSubmitSparkClient: \t client token: Token { kind: YARN_CLIENT_TOKEN, service:  }"),
			we("2026-11-29T07:41:18.658Z", Info, "", "2026-11-29T07:41:18,658  INFO [spark-submit-stderr-redir-HiveServer2-Background-Pool: Thread-118] client.SparkSubmitSparkClient: \t diagnostics: AM container is launched, waiting for AM container to Register with RM"),
			we("2026-11-29T07:41:18.658Z", Info, "", "2026-11-29T07:41:18,658  INFO [spark-submit-stderr-redir-HiveServer2-Background-Pool: Thread-118] client.SparkSubmitSparkClient: \t ApplicationMaster host: N/A"),
			we("2026-11-29T07:41:18.658Z", Info, "", "2026-11-29T07:41:18,658  INFO [spark-submit-stderr-redir-HiveServer2-Background-Pool: Thread-118] client.SparkSubmitSparkClient: \t ApplicationMaster RPC port: -1"),
			we("2026-11-29T07:41:18.658Z", Info, "", "2026-11-29T07:41:18,658  INFO [spark-submit-stderr-redir-HiveServer2-Background-Pool: Thread-118] client.SparkSubmitSparkClient: \t queue: root.etl"),
			we("2026-11-29T07:41:18.658Z", Info, "", "2026-11-29T07:41:18,658  INFO [spark-submit-stderr-redir-HiveServer2-Background-Pool: Thread-118] client.SparkSubmitSparkClient: \t start time: 1795938077602"),
			we("2026-11-29T07:41:18.658Z", Info, "", "2026-11-29T07:41:18,658  INFO [spark-submit-stderr-redir-HiveServer2-Background-Pool: Thread-118] client.SparkSubmitSparkClient: \t final status: UNDEFINED"),
			we("2026-11-29T07:41:18.658Z", Info, "", "2026-11-29T07:41:18,658  INFO [spark-submit-stderr-redir-HiveServer2-Background-Pool: Thread-118] client.SparkSubmitSparkClient: \t tracking URL: http://rm-01.dc2.example.net:8088/proxy/application_1795900000000_0217/"),
			we("2026-11-29T07:41:18.658Z", Info, "", "2026-11-29T07:41:18,658  INFO [spark-submit-stderr-redir-HiveServer2-Background-Pool: Thread-118] client.SparkSubmitSparkClient: \t user: hive"),
			we("2026-11-29T07:42:05.311Z", Error, "",
				"2026-11-29T07:42:05,311 ERROR [HiveServer2-Background-Pool: Thread-118] spark.SparkTask: Failed to execute spark task, with exception 'org.apache.hadoop.hive.ql.metadata.HiveException(Failed to create Spark client for Spark session 3c7e1d20-5b4a-4f8e-9a61-0c4b2e7f1a93)'",
				"org.apache.hadoop.hive.ql.metadata.HiveException: Failed to create Spark client for Spark session 3c7e1d20-5b4a-4f8e-9a61-0c4b2e7f1a93",
				"\tat org.apache.hadoop.hive.ql.exec.spark.session.SparkSessionImpl.getHiveException(SparkSessionImpl.java:221)",
				"\tat org.apache.hadoop.hive.ql.exec.spark.session.SparkSessionImpl.open(SparkSessionImpl.java:92)",
				"\tat org.apache.hadoop.hive.ql.exec.spark.SparkTask.execute(SparkTask.java:115)"),
		},
	},
	{
		name:   "flink-k8s-operator-console-mdc-level",
		source: "the Flink Kubernetes Operator 1.x pod's console (helm conf/log4j-operator.properties: `%style{%d}{yellow} %style{%-30c{1.}}{cyan} %highlight{[%-5level]%notEmpty{[%X{resource.namespace}/}%notEmpty{%X{resource.name}]} %msg%n%throwable}`, read without colour as in the PR's example), AuditUtils' `>>> %-16s | %-7s | %-15s | %s` event and status lines: apache/flink-kubernetes-operator log4j-operator.properties, AuditUtils.java, PR #90 (the layout's output); the observer and reconciler messages from memory",
		why:    "the time, then the logger abbreviated to initials and padded to 30, then the level in brackets padded to five with the resource's namespace/name glued after it; `| Warning |` in an audit line is the Kubernetes event type, not the level; a stack trace belongs to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 o.a.f.k.o.c.FlinkDeploymentController [INFO ][shop/orders-enricher] Starting reconciliation"),
			we("2026-11-29T07:41:16.231Z", Info, "", "2026-11-29 07:41:16,231 o.a.f.k.o.l.AuditUtils         [INFO ][shop/orders-enricher] >>> Event[Job]       | Info    | SPECCHANGED     | UPGRADE change(s) detected (Diff: FlinkDeploymentSpec[job.parallelism : 4 -> 6]), starting reconciliation."),
			we("2026-11-29T07:41:16.240Z", Info, "", "2026-11-29 07:41:16,240 o.a.f.k.o.l.AuditUtils         [INFO ][shop/orders-enricher] >>> Status[Job]      | Info    | UPGRADING       | The resource is being upgraded "),
			we("2026-11-29T07:41:18.902Z", Warn, "", "2026-11-29 07:41:18,902 o.a.f.k.o.o.d.ApplicationObserver [WARN ][shop/orders-enricher] Savepoint trigger timed out after PT5M, the savepoint will be retried"),
			we("2026-11-29T07:41:20.117Z", Info, "", "2026-11-29 07:41:20,117 o.a.f.k.o.l.AuditUtils         [INFO ][shop/orders-enricher] >>> Event[Job]       | Warning | SAVEPOINTERROR  | Savepoint failed for savepointTriggerNonce: 4"),
			we("2026-11-29T07:41:25.33Z", Error, "",
				"2026-11-29 07:41:25,330 i.j.o.p.e.ReconciliationDispatcher [ERROR][shop/orders-enricher] Error during event processing ExecutionScope{ resource id: ResourceID{name='orders-enricher', namespace='shop'}, version: 41207} failed.",
				"org.apache.flink.kubernetes.operator.exception.ReconciliationException: java.util.concurrent.TimeoutException",
				"\tat org.apache.flink.kubernetes.operator.controller.FlinkDeploymentController.reconcile(FlinkDeploymentController.java:161)",
				"\tat io.javaoperatorsdk.operator.processing.Controller$1.execute(Controller.java:153)",
				"Caused by: java.util.concurrent.TimeoutException",
				"\tat java.base/java.util.concurrent.CompletableFuture.timedGet(Unknown Source)"),
			we("2026-11-29T07:41:30.001Z", Info, "", "2026-11-29 07:41:30,001 i.j.o.LeaderElectionManager    [INFO ] New leader with identity: flink-kubernetes-operator-7c9d5b8f4-x2kqp"),
			we("2026-11-29T07:42:41.516Z", Info, "", "2026-11-29 07:42:41,516 o.a.f.k.o.l.AuditUtils         [INFO ][shop/orders-enricher] >>> Status[Job]      | Info    | STABLE          | The resource deployment is considered to be stable and won't be rolled back "),
		},
	},
	{
		name:   "spark35-submit-verbose-yarn-cluster",
		source: "spark-submit --verbose --master yarn --deploy-mode cluster on Spark 3.5 (log4j2-defaults' console `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex` after the untimed `Using Spark's default log4j profile` line): SparkSubmitArguments' `Using properties file:` and `Adding default property:` lines, SparkSubmit's logInfo(appArgs.toString) (`Parsed arguments:` with two-space-indented fields, the `Spark properties used, …` paragraph and the template's trailing blank and four-space lines), then runMain's `Main class:`, `Arguments:`, `Spark config:`, `Classpath elements:` and `\\n` messages whose values are unindented lines: apache/spark SparkSubmitArguments.scala and SparkSubmit.scala (read with the code search); spark.app.submitTime in the config from memory",
		why:    "yy/MM/dd with no milliseconds; a message's unindented lines (`--jar`, a bare `2026-11-28` argument, `(spark.app.submitTime,1795938075871)`) belong to the line above; the epoch in the config is no time; a message of a newline leaves an empty line under its stamp",
		entries: []worldEntry{
			we("", Unknown, "", "Using Spark's default log4j profile: org/apache/spark/log4j2-defaults.properties"),
			we("2026-11-29T07:41:15Z", Info, "", "26/11/29 07:41:15 INFO SparkSubmitArguments: Using properties file: /etc/spark/conf/spark-defaults.conf"),
			we("2026-11-29T07:41:15Z", Info, "", "26/11/29 07:41:15 INFO SparkSubmitArguments: Adding default property: spark.eventLog.enabled=true"),
			we("2026-11-29T07:41:15Z", Info, "", "26/11/29 07:41:15 INFO SparkSubmitArguments: Adding default property: spark.eventLog.dir=hdfs:///spark-history"),
			we("2026-11-29T07:41:15Z", Info, "", "26/11/29 07:41:15 INFO SparkSubmitArguments: Adding default property: spark.yarn.historyServer.address=sp-hist-01.dc2.example.net:18080"),
			we("2026-11-29T07:41:15Z", Info, "",
				"26/11/29 07:41:15 INFO SparkSubmit: Parsed arguments:",
				"  master                  yarn",
				"  remote                  null",
				"  deployMode              cluster",
				"  executorMemory          4g",
				"  executorCores           2",
				"  totalExecutorCores      null",
				"  propertiesFile          /etc/spark/conf/spark-defaults.conf",
				"  driverMemory            2g",
				"  driverCores             null",
				"  driverExtraClassPath    null",
				"  driverExtraLibraryPath  null",
				"  driverExtraJavaOptions  null",
				"  supervise               false",
				"  queue                   etl",
				"  numExecutors            8",
				"  files                   null",
				"  pyFiles                 null",
				"  archives                null",
				"  mainClass               com.example.etl.OrdersDaily",
				"  primaryResource         file:/opt/jobs/etl-orders-2.4.1.jar",
				"  name                    orders-daily",
				"  childArgs               [--run-date 2026-11-28]",
				"  jars                    null",
				"  packages                null",
				"  packagesExclusions      null",
				"  repositories            null",
				"  verbose                 true",
				"",
				"Spark properties used, including those specified through",
				" --conf and those from the properties file /etc/spark/conf/spark-defaults.conf:",
				"  (spark.eventLog.dir,hdfs:///spark-history)",
				"  (spark.eventLog.enabled,true)",
				"  (spark.yarn.historyServer.address,sp-hist-01.dc2.example.net:18080)",
				"",
				"    "),
			we("2026-11-29T07:41:15Z", Warn, "", "26/11/29 07:41:15 WARN NativeCodeLoader: Unable to load native-hadoop library for your platform... using builtin-java classes where applicable"),
			we("2026-11-29T07:41:16Z", Info, "",
				"26/11/29 07:41:16 INFO SparkSubmit: Main class:",
				"org.apache.spark.deploy.yarn.YarnClusterApplication"),
			we("2026-11-29T07:41:16Z", Info, "",
				"26/11/29 07:41:16 INFO SparkSubmit: Arguments:",
				"--jar",
				"file:/opt/jobs/etl-orders-2.4.1.jar",
				"--class",
				"com.example.etl.OrdersDaily",
				"--arg",
				"--run-date",
				"--arg",
				"2026-11-28"),
			we("2026-11-29T07:41:16Z", Info, "",
				"26/11/29 07:41:16 INFO SparkSubmit: Spark config:",
				"(spark.app.name,orders-daily)",
				"(spark.app.submitTime,1795938075871)",
				"(spark.eventLog.dir,hdfs:///spark-history)",
				"(spark.eventLog.enabled,true)",
				"(spark.executor.cores,2)",
				"(spark.executor.instances,8)",
				"(spark.executor.memory,4g)",
				"(spark.master,yarn)",
				"(spark.submit.deployMode,cluster)",
				"(spark.submit.pyFiles,)",
				"(spark.yarn.historyServer.address,sp-hist-01.dc2.example.net:18080)",
				"(spark.yarn.queue,etl)"),
			we("2026-11-29T07:41:16Z", Info, "",
				"26/11/29 07:41:16 INFO SparkSubmit: Classpath elements:",
				""),
			we("2026-11-29T07:41:16Z", Info, "",
				"26/11/29 07:41:16 INFO SparkSubmit: ",
				""),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 INFO DefaultNoHARMFailoverProxyProvider: Connecting to ResourceManager at rm-01.dc2.example.net/10.20.0.10:8032"),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 INFO Client: Requesting a new application from cluster with 12 NodeManagers"),
		},
	},
}

func TestFresh352Formats(t *testing.T) { assertTable(t, fresh352Cases) }
func TestFresh352Score(t *testing.T) {
	checkScore(t, "fresh352 formats", fresh352Cases, [worldNumFields]float64{88.8, 85.8, 88.8, 81})
}
