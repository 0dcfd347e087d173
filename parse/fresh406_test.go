package parse

import "testing"

// The four-hundred-and-sixth fresh table, written on 2026-12-05: big-data platforms, a further
// pass — the tools' own printed output from HBase, Kafka, Impala, Hive and Airflow components no
// earlier table holds. Each family is one product's documented or observed output: the HBase 2
// shell's list_procedures (Ruby Time#to_s stamps with a +0100 offset); `hbase snapshot info
// -list-snapshots` (SnapshotInfo's pipe-separated table with a zone-less local creation time); the
// HBase 2.x shell's scan (one cell a line, `timestamp=` in ISO 8601 local time); Kafka's
// OffsetsMessageFormatter over __consumer_offsets (`[group,topic,partition]::OffsetAndMetadata(…
// commitTimestamp=epoch ms …)`); Kafka's TransactionLogMessageFormatter over __transaction_state
// (`id::TransactionMetadata(… txnStartTimestamp=… txnLastUpdateTimestamp=…)`); impala-shell with
// -p printing each query's runtime profile (a labelled Summary block with a nanosecond Start Time
// and a Coordinator); Hive 3's SHOW COMPACTIONS in beeline (an epoch-ms starttime column, `---` for
// none, a partition value that looks like a date); Airflow 2's `airflow tasks states-for-dag-run`
// (rich's table with `|` and a `===+===` rule, ISO times with +00:00).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`hbase`, `list_procedures`, `Last_Update`, `Submitted_Time`, `list-snapshots`,
// `Snapshot Info`, `CREATION TIME`, `column=cf`, `COLUMN+CELL`, `get_slowlog`, `slowlog`,
// `responseTooSlow`, `balancer_decision`, `list_locks`, `list_regions`, `backup_17`, `Start time=`,
// `RegionMover`, `graceful_stop`, `ProcedureWALPrettyPrinter`, `LoadTestTool`, `kafka`,
// `OffsetAndMetadata`, `commitTimestamp`, `OffsetsMessageFormatter`, `TransactionMetadata`,
// `txnLastUpdateTimestamp`, `GroupMetadata`, `baseOffset`, `kafka-dump-log`, `CreateTime:`,
// `trogdor`, `KRaftMigration`, `kcat`, `schema-registry`, `kafdrop`, `impala`, `Query (id=`,
// `Query Runtime Profile`, `Session Type`, `Start Time:`, `profile_log`, `impala_audit`, `hive`,
// `SHOW COMPACTIONS`, `compactionid`, `enqueuetime`, `llapstatus`, `HiveMetaStore.audit`,
// `airflow`, `states-for-dag-run`, `list-runs`, `execution_date`, `airflow dags`, `dags test`,
// `flink`, `flink-cdc`, `statefun`, `AuditUtils`, `spark`, `rapids`, `spark-jobserver`, `druid`,
// `druid/broker`, `generationTime`, `pinot`, `ServerQueryLogger`, `ControllerStarter`, `nifi`,
// `nifi-toolkit`, `eventTime`, `clusterNodeAddress`, `provenance`, `flower`, `Visit me at`).
// HBase is in some thirty tables (its daemons' logs, GC, the shell's console log, hbck, the canary,
// the WAL and HFile pretty printers, ExportSnapshot, PerformanceEvaluation); list_procedures, the
// snapshot list and a scan's cells are in none. Kafka is in some seventy (its daemons, request,
// authorizer, state-change and cleaner logs, dump-log, every kafka-*.sh console); the offsets and
// transaction formatters over the internal topics are in none. Impala is in fresh49 and fresh62
// (glog, the audit, lineage and base64 profile logs) and later tables; the text profile that
// impala-shell prints is in none. Hive is in many (HiveServer2, the metastore and its audit,
// beeline's console, LLAP, WebHCat, EXPLAIN); SHOW COMPACTIONS is in none. Airflow is in some
// twenty (scheduler, task logs, workers, triggerer, the dag processor, Airflow 3's consoles, and
// list-runs in fresh352); states-for-dag-run is in none. Left out as measured already: Flink's
// operator audit lines and CLI consoles, Spark's event logs, structured-streaming progress and
// driver pods, Druid's emitter and request logs, Pinot's broker query log, NiFi's app, user,
// request and bulletin logs, Celery Flower behind Airflow (fresh60); HBase's slow-log responses
// (pretty JSON whose layout no search confirmed) and its backup history were dropped unconfirmed.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). list_procedures' `2026-11-29 08:41:16 +0100` is converted from +01:00, and
// its first time (Submitted_Time) is the row's, the Last_Update after it a later time of the same
// row; SnapshotInfo's and the scan's zone-less local times are taken as UTC; commitTimestamp is
// epoch milliseconds; a transaction record's time is its txnLastUpdateTimestamp (the update the
// record writes), not txnStartTimestamp (-1 when no transaction is open); Impala's Start Time has
// nine fractional digits and no zone; SHOW COMPACTIONS' starttime is epoch milliseconds and `---`
// when the compaction has not started (the partition `dt=2026-11-28` is a value, no time); a
// states-for-dag-run row's time is its first time, execution_date. Prompts, `N row(s)`, `Took …
// seconds`, `Fetched …` and `N rows selected` lines carry no time; a tombstone `::NULL` has none.
// No family has a level: SUCCESS, FAILED, failed, succeeded, state=Ongoing, Query Status: OK are
// states, not levels. The host is the record's host field: Impala's Coordinator (the impalad that
// ran the query and wrote its profile); a client Network Address, a JDBC URL's host, a worker id
// with a host in it, a group, a topic or a row key are not hosts. A record that spans lines is one
// entry: an Impala profile from `Query Runtime Profile:` to its last timeline line. The column
// headers of list_procedures, the scan, SnapshotInfo and states-for-dag-run, written once, are fed
// to the stream but not scored; beeline reprints its borders and header for every query, so they
// are records of their own with no time.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d01cd4c before any rule for it: level 80.4 %, time 52.9 %, host 79.1 %, records 75.8 %.
// That is the macro figure (micro: level 72.7 %, time 50.0 %, host 77.3 %, records 72.7 %), in a
// worktree at d01cd4c with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (the snapshot list and states-for-dag-run); the gaps are the HBase shell's
// space-led rows joined to the prompt (list_procedures, scan), the epoch-ms times inside Kafka's
// formatter dumps (commitTimestamp, txnLastUpdateTimestamp), impala-shell's profile block with its
// Start Time and Coordinator, and beeline's SHOW COMPACTIONS (the rule joined to the header,
// MAJOR/MINOR read as levels, the epoch-ms starttime column). The beeline borders and header were
// first fed unscored, as a file's header is; TestRepeatedLinesReadAlike then showed that fed once
// they change how later passes read the rows, and since beeline prints them with every result they
// were made records of their own (no time, no level, no host) before the figure above was taken; no
// expectation of a row was changed.

var fresh406Cases = []worldCase{
	{
		name:   "hbase-shell-list-procedures",
		gap:    "trawl joins each procedure row, which opens with a space (` 1412 org.apache.hadoop.hbase.master.procedure.CreateTableProcedure SUCCESS 2026-11-29 08:41:16 +0100 …`), to the `hbase:003:0> list_procedures` prompt above it as a continuation line, so no row is a record of its own and its Ruby `yyyy-MM-dd HH:mm:ss +0100` stamp is not read as its time",
		source: "HBase 2's shell `list_procedures` (formatter header `Id Name State Submitted_Time Last_Update`, each row the procedure id, class, state and two `Time.at(ms / 1000).to_s` stamps `yyyy-MM-dd HH:mm:ss +hhmm`, then `N row(s)` and `Took N seconds`): apache/hbase hbase-shell/src/main/ruby/shell/commands/list_procedures.rb; the formatter's leading space and the footer lines from memory",
		why:    "Ruby's Time#to_s with a +0100 offset, twice on a row (submitted, then last update); the procedure id and class name are no times; SUCCESS and FAILED are states, no levels",
		entries: []worldEntry{
			we("", Unknown, "", "hbase:003:0> list_procedures"),
			wskip(" Id Name State Submitted_Time Last_Update"),
			we("2026-11-29T07:41:16Z", Unknown, "", " 1412 org.apache.hadoop.hbase.master.procedure.CreateTableProcedure SUCCESS 2026-11-29 08:41:16 +0100 2026-11-29 08:41:18 +0100"),
			we("2026-11-29T07:43:02Z", Unknown, "", " 1415 org.apache.hadoop.hbase.master.procedure.DisableTableProcedure FAILED 2026-11-29 08:43:02 +0100 2026-11-29 08:43:07 +0100"),
			we("2026-11-29T07:48:55Z", Unknown, "", " 1421 org.apache.hadoop.hbase.master.assignment.TransitRegionStateProcedure RUNNABLE 2026-11-29 08:48:55 +0100 2026-11-29 08:49:01 +0100"),
			we("", Unknown, "", "3 row(s)"),
			we("", Unknown, "", "Took 0.0218 seconds"),
		},
	},
	{
		name:   "hbase-snapshot-info-list-snapshots",
		source: "`hbase snapshot info -list-snapshots` (SnapshotInfo.run: `printf(\"%-20s | %-20s | %s%n\")` header SNAPSHOT | CREATION TIME | TABLE NAME, each row `%-20s | %20s | %s` with SimpleDateFormat `yyyy-MM-dd'T'HH:mm:ss` in the JVM's zone): apache/hbase hbase-server/src/main/java/org/apache/hadoop/hbase/snapshot/SnapshotInfo.java",
		why:    "pipe-separated columns; the time right-aligned in its column with no zone; a name longer than 20 pushes the pipes right; `1129` and `1128` in names are no times; no level, no host",
		entries: []worldEntry{
			wskip("SNAPSHOT             | CREATION TIME        | TABLE NAME"),
			we("2026-11-29T07:41:16Z", Unknown, "", "orders-snap-1129     |  2026-11-29T07:41:16 | sales:orders"),
			we("2026-11-28T23:05:02Z", Unknown, "", "customers-nightly-1128 |  2026-11-28T23:05:02 | crm:customers"),
			we("2026-11-29T02:30:44Z", Unknown, "", "events-pre-split     |  2026-11-29T02:30:44 | telemetry:events"),
			we("2026-11-29T07:58:09Z", Unknown, "", "meta-before-merge    |  2026-11-29T07:58:09 | hbase:meta"),
		},
	},
	{
		name:   "hbase-shell-scan-cells",
		gap:    "trawl joins each cell line, which opens with a space before the row key (` ord#20261129#0041   column=d:amount, timestamp=2026-11-29T07:41:16.242, value=…`), to the `hbase:004:0> scan …` prompt above it, so no cell is a record of its own and its `timestamp=` is not read as its time",
		source: "the HBase 2.x shell's `scan` (header `ROW  COLUMN+CELL`, each cell ` rowkey  column=family:qualifier, timestamp=yyyy-MM-ddTHH:mm:ss.SSS, value=…` in local time, then `N row(s)` and `Took N seconds`): scan outputs pasted in public notes and code comments found with find_string (`, timestamp=2021-` under `COLUMN+CELL`); the HBase reference guide's shell examples",
		why:    "the cell's timestamp after `column=`, ISO 8601 with milliseconds and no zone; a row key holding `20261129` is no time; the prompt and footer have no time",
		entries: []worldEntry{
			we("", Unknown, "", "hbase:004:0> scan 'sales:orders', {LIMIT => 2}"),
			wskip("ROW                                   COLUMN+CELL"),
			we("2026-11-29T07:41:16.242Z", Unknown, "", " ord#20261129#0041                    column=d:amount, timestamp=2026-11-29T07:41:16.242, value=129.90"),
			we("2026-11-29T07:41:16.205Z", Unknown, "", " ord#20261129#0041                    column=d:customer, timestamp=2026-11-29T07:41:16.205, value=cust-88172"),
			we("2026-11-29T07:41:18.031Z", Unknown, "", " ord#20261129#0042                    column=d:amount, timestamp=2026-11-29T07:41:18.031, value=14.50"),
			we("2026-11-29T07:41:18.030Z", Unknown, "", " ord#20261129#0042                    column=d:status, timestamp=2026-11-29T07:41:18.030, value=PAID"),
			we("", Unknown, "", "2 row(s)"),
			we("", Unknown, "", "Took 0.0391 seconds"),
		},
	},
	{
		name:   "kafka-consumer-offsets-formatter",
		gap:    "trawl reads no time from `[group,topic,partition]::OffsetAndMetadata(offset=…, commitTimestamp=1795938076412, expireTimestamp=None)`: the epoch-millisecond commitTimestamp inside the case-class dump is not read as the record's time",
		source: "`kafka-console-consumer.sh --topic __consumer_offsets --formatter \"kafka.coordinator.group.GroupMetadataManager$OffsetsMessageFormatter\"` (`[group,topic,partition]::OffsetAndMetadata(offset=N, leaderEpoch=Optional[N]|Optional.empty, metadata=, commitTimestamp=epoch ms, expireTimestamp=None)`, a deleted offset as `::NULL`): apache/kafka PR #16689 (the formatter moved to tools), public walkthroughs pasting its output found with find_string (`OffsetAndMetadata(offset=`)",
		why:    "the only time is commitTimestamp, epoch milliseconds inside a Scala case-class dump; offset and epoch numbers are no times; a tombstone has no time; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "", "[billing-consumers,invoices,0]::OffsetAndMetadata(offset=48211, leaderEpoch=Optional[3], metadata=, commitTimestamp=1795938076412, expireTimestamp=None)"),
			we("2026-11-29T07:41:16.412Z", Unknown, "", "[billing-consumers,invoices,1]::OffsetAndMetadata(offset=47930, leaderEpoch=Optional.empty, metadata=, commitTimestamp=1795938076412, expireTimestamp=None)"),
			we("2026-11-29T07:41:21.977Z", Unknown, "", "[fraud-scorer,payments,4]::OffsetAndMetadata(offset=1204417, leaderEpoch=Optional[7], metadata=ckpt-1129, commitTimestamp=1795938081977, expireTimestamp=None)"),
			we("", Unknown, "", "[console-consumer-40117,invoices,0]::NULL"),
			we("2026-11-29T07:46:16.43Z", Unknown, "", "[billing-consumers,invoices,0]::OffsetAndMetadata(offset=48390, leaderEpoch=Optional[3], metadata=, commitTimestamp=1795938376430, expireTimestamp=None)"),
		},
	},
	{
		name:   "kafka-transaction-state-formatter",
		gap:    "trawl reads no time from `id::TransactionMetadata(…, txnStartTimestamp=…, txnLastUpdateTimestamp=1795938076388)`: the epoch-millisecond txnLastUpdateTimestamp (and txnStartTimestamp) inside the case-class dump is not read",
		source: "`kafka-console-consumer.sh --topic __transaction_state --formatter \"kafka.coordinator.transaction.TransactionLog$TransactionLogMessageFormatter\"` (`id::TransactionMetadata(transactionalId=…, producerId=…, producerEpoch=…, txnTimeoutMs=…, state=…, pendingState=None, topicPartitions=HashSet(…), txnStartTimestamp=…, txnLastUpdateTimestamp=…)`): TransactionMetadata.toString in apache/kafka's core (found with find_string `txnLastUpdateTimestamp=`), public walkthroughs pasting the formatter's output",
		why:    "two epoch-ms times on a line: the start of the transaction and the update this record writes, which is its time; txnStartTimestamp=-1 when none is open; txnTimeoutMs=60000 is no time; state=Ongoing is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.12Z", Unknown, "", "payments-tx-7::TransactionMetadata(transactionalId=payments-tx-7, producerId=5012, producerEpoch=3, txnTimeoutMs=60000, state=Ongoing, pendingState=None, topicPartitions=HashSet(payments-2, payments-5), txnStartTimestamp=1795938076120, txnLastUpdateTimestamp=1795938076120)"),
			we("2026-11-29T07:41:16.388Z", Unknown, "", "payments-tx-7::TransactionMetadata(transactionalId=payments-tx-7, producerId=5012, producerEpoch=3, txnTimeoutMs=60000, state=PrepareCommit, pendingState=None, topicPartitions=HashSet(payments-2, payments-5), txnStartTimestamp=1795938076120, txnLastUpdateTimestamp=1795938076388)"),
			we("2026-11-29T07:41:16.402Z", Unknown, "", "payments-tx-7::TransactionMetadata(transactionalId=payments-tx-7, producerId=5012, producerEpoch=3, txnTimeoutMs=60000, state=CompleteCommit, pendingState=None, topicPartitions=HashSet(), txnStartTimestamp=1795938076120, txnLastUpdateTimestamp=1795938076402)"),
			we("2026-11-29T07:52:03.014Z", Unknown, "", "ledger-writer-0::TransactionMetadata(transactionalId=ledger-writer-0, producerId=6100, producerEpoch=0, txnTimeoutMs=60000, state=Empty, pendingState=None, topicPartitions=HashSet(), txnStartTimestamp=-1, txnLastUpdateTimestamp=1795938723014)"),
			we("2026-11-29T07:52:03.561Z", Unknown, "", "ledger-writer-0::TransactionMetadata(transactionalId=ledger-writer-0, producerId=6100, producerEpoch=0, txnTimeoutMs=60000, state=Ongoing, pendingState=None, topicPartitions=HashSet(ledger-0), txnStartTimestamp=1795938723561, txnLastUpdateTimestamp=1795938723561)"),
		},
	},
	{
		name:   "impala-shell-query-profile",
		gap:    "trawl cuts impala-shell's profile after its first line `Query Runtime Profile:`: the `Query (id=…):` line, the indented Summary and the Query Timeline are not joined to it, so the `Start Time: 2026-11-29 07:41:16.204118000` field is not read as the record's time nor `Coordinator: host:port` as its host",
		source: "impala-shell 4.x run with `-p` (after each query `Fetched N row(s) in Ns`, then `Query Runtime Profile:` and the profile text: `Query (id=…):`, an indented Summary of labelled fields — Session ID, Session Type, Start Time and End Time `yyyy-MM-dd HH:mm:ss.nnnnnnnnn`, Query State, Query Status, User, Network Address, Default Db, Sql Statement, Coordinator host:port — and the Query Timeline with relative durations): cloudera/hue's jobbrowser tests (a profile beginning `Query (id=…):\\n  Summary:`), Impala's query-profile documentation; the field order from memory",
		why:    "a labelled multi-line block is one record; its time is the Start Time field (nine fractional digits, no zone), not End Time; the Coordinator names the impalad that ran it; the client's Network Address and the `dt = '2026-11-28'` literal are no host and no time; Query Status: OK is no level",
		entries: []worldEntry{
			we("", Unknown, "", "Fetched 4 row(s) in 2.75s"),
			we("2026-11-29T07:41:16.204118Z", Unknown, "impala-coord-01.example.net",
				"Query Runtime Profile:",
				"Query (id=4c4b1d2e9f7a3e10:8d2f6a1b00000000):",
				"  Summary:",
				"    Session ID: 2a4e9c71b3d05f18:6e0b7d2c9a41f3b5",
				"    Session Type: HIVESERVER2",
				"    Start Time: 2026-11-29 07:41:16.204118000",
				"    End Time: 2026-11-29 07:41:18.950327000",
				"    Query Type: QUERY",
				"    Query State: FINISHED",
				"    Query Status: OK",
				"    Impala Version: impalad version 4.4.1-RELEASE RELEASE (build 0c1e2f3a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9d0)",
				"    User: nadia@CORP.EXAMPLE",
				"    Network Address: ::ffff:10.30.2.41:52718",
				"    Default Db: sales",
				"    Sql Statement: SELECT region, count(*) FROM orders WHERE dt = '2026-11-28' GROUP BY region",
				"    Coordinator: impala-coord-01.example.net:27000",
				"    Query Timeline: 2s746ms",
				"       - Query submitted: 48.210us (48.210us)",
				"       - Planning finished: 31.905ms (31.857ms)",
				"       - Rows available: 2s701ms (2s669ms)",
				"       - First row fetched: 2s719ms (18.004ms)"),
			we("", Unknown, "", "Fetched 1 row(s) in 0.41s"),
			we("2026-11-29T07:42:03.771042Z", Unknown, "impala-coord-02.example.net",
				"Query Runtime Profile:",
				"Query (id=9e01f4c2d6b8a735:1f3c5e7a00000000):",
				"  Summary:",
				"    Session ID: 7d1b3f5e9a2c4e60:b8d0f2a4c6e81a3f",
				"    Session Type: HIVESERVER2",
				"    Start Time: 2026-11-29 07:42:03.771042000",
				"    End Time: 2026-11-29 07:42:04.180955000",
				"    Query Type: QUERY",
				"    Query State: FINISHED",
				"    Query Status: OK",
				"    Impala Version: impalad version 4.4.1-RELEASE RELEASE (build 0c1e2f3a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9d0)",
				"    User: nadia@CORP.EXAMPLE",
				"    Network Address: ::ffff:10.30.2.41:52718",
				"    Default Db: sales",
				"    Sql Statement: SELECT max(order_ts) FROM orders",
				"    Coordinator: impala-coord-02.example.net:27000",
				"    Query Timeline: 409.913ms",
				"       - Query submitted: 51.004us (51.004us)",
				"       - Planning finished: 12.660ms (12.609ms)",
				"       - Rows available: 398.120ms (385.460ms)",
				"       - First row fetched: 401.733ms (3.613ms)"),
		},
	},
	{
		name:   "hive-show-compactions-beeline",
		gap:    "in beeline's boxed SHOW COMPACTIONS output trawl joins the `+----+` rule under the header to the header line, reads the type column's MAJOR and MINOR in each row as levels (error, warn), and does not read the starttime column's epoch milliseconds (`| 1795938076123  |`) as the row's time",
		source: "Hive 3.1's `SHOW COMPACTIONS;` in beeline's default table format (columns compactionid, dbname, tabname, partname, type, state, workerid, starttime in epoch milliseconds, duration in ms, hadoopjobid; `---` where a value is unset; `N rows selected (N seconds)` after): from memory (no search confirmed the column list)",
		why:    "a boxed table row whose only time is an epoch-ms column; `---` when the compaction has not started; the partition value dt=2026-11-28 and the job id's cluster timestamp are no times; the worker id carries a host but is not the record's; succeeded and failed are states, no levels",
		entries: []worldEntry{
			we("", Unknown, "", "0: jdbc:hive2://hs2-01.example.net:10000/default> SHOW COMPACTIONS;"),
			we("", Unknown, "", "+---------------+---------+-----------+----------------+--------+------------+------------------------+----------------+-----------+-------------------------+"),
			we("", Unknown, "", "| compactionid  | dbname  |  tabname  |    partname    |  type  |   state    |        workerid        |   starttime    | duration  |       hadoopjobid       |"),
			we("", Unknown, "", "+---------------+---------+-----------+----------------+--------+------------+------------------------+----------------+-----------+-------------------------+"),
			we("2026-11-29T07:41:16.123Z", Unknown, "", "| 3101          | sales   | orders    | dt=2026-11-28  | MAJOR  | succeeded  | hms-02.example.net-37  | 1795938076123  | 48211     | job_1795900000000_0412  |"),
			we("2026-11-29T07:43:11.002Z", Unknown, "", "| 3102          | sales   | orders    | dt=2026-11-29  | MINOR  | working    | hms-02.example.net-38  | 1795938191002  | ---       | job_1795900000000_0415  |"),
			we("", Unknown, "", "| 3103          | sales   | returns   | dt=2026-11-28  | MAJOR  | initiated  | ---                    | ---            | ---       | ---                     |"),
			we("2026-11-29T07:41:16.402Z", Unknown, "", "| 3098          | crm     | contacts  | ---            | MINOR  | failed     | hms-01.example.net-12  | 1795938076402  | 1207      | job_1795900000000_0409  |"),
			we("", Unknown, "", "+---------------+---------+-----------+----------------+--------+------------+------------------------+----------------+-----------+-------------------------+"),
			we("", Unknown, "", "4 rows selected (0.114 seconds)"),
		},
	},
	{
		name:   "airflow-tasks-states-for-dag-run",
		source: "Airflow 2's `airflow tasks states-for-dag-run DAG RUN_ID` with the default table output (AirflowConsole over rich: columns dag_id | execution_date | task_id | state | start_date | end_date, a `===+===` rule under the header, ISO 8601 times with +00:00 and microseconds): the CLI usage in public READMEs found with find_string (`states-for-dag-run`); the table's rule and columns from memory",
		why:    "a row's first time is its execution_date (the run's logical date), before start_date and end_date; times carry +00:00; failed is a state, no level; no host",
		entries: []worldEntry{
			wskip(
				"dag_id     | execution_date            | task_id        | state   | start_date                       | end_date",
				"===========+===========================+================+=========+==================================+=================================="),
			we("2026-11-29T07:41:12Z", Unknown, "", "etl_orders | 2026-11-29T07:41:12+00:00 | extract_orders | success | 2026-11-29T07:41:16.118412+00:00 | 2026-11-29T07:41:21.007735+00:00"),
			we("2026-11-29T07:41:12Z", Unknown, "", "etl_orders | 2026-11-29T07:41:12+00:00 | load_staging   | success | 2026-11-29T07:41:23.440190+00:00 | 2026-11-29T07:42:05.912077+00:00"),
			we("2026-11-29T07:41:12Z", Unknown, "", "etl_orders | 2026-11-29T07:41:12+00:00 | merge_orders   | failed  | 2026-11-29T07:42:08.003311+00:00 | 2026-11-29T07:42:41.860524+00:00"),
		},
	},
}

func TestFresh406Formats(t *testing.T) { assertTable(t, fresh406Cases) }
func TestFresh406Score(t *testing.T) {
	checkScore(t, "fresh406 formats", fresh406Cases, [worldNumFields]float64{85.3, 56.5, 79, 75.7})
}
