package parse

import "testing"

// The three-hundred-and-forty-third fresh table, written on 2026-12-06: big-data query engines' and
// warehouses' own server logs in their 2025-2026 versions, in record kinds no earlier table holds.
// Each family is one product's documented or observed output: StarRocks 3.5's fe.log with
// sys_log_format=json (Log4j2's JsonTemplateLayout with a space-separated `@timestamp` in UTC and
// dotted thread keys, a stack trace stringified into "exception"); StarRocks' fe.audit.log under the
// same switch (the audit line moved into "message", the [query] category lost); Doris 2.1.4+/3.0's
// FE started with `start_fe.sh --console` and read with kubectl logs (each line led by
// RuntimeLogger or AuditLogger); ClickHouse 25's system.text_log exported with `FORMAT JSONEachRow`
// (hostname, event_time_microseconds, level as Enum names, slashes escaped) and with
// `FORMAT TSVWithNames` (a header row, the message's newlines escaped as `\n`); Trino's server.log
// in airlift's text format with log.annotation-file (the annotations as a column between the logger
// and the message, the JVM's +0100); Trino run by `launcher run` under systemd and read with
// journalctl (airlift's tab-separated line behind the journal's header, a stack trace and its two
// blank lines each under the header); Impala 4.5's impalad.INFO from start-up (the version block,
// the flags dump, the CPU info, a statement and a Thrift request spread over lines after one glog
// prefix).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`trino`, `io.trino`, `presto`, `com.facebook.presto`, `QueryMonitor`, `annotation-file`,
// `\tenvironment=`, `launcher run`, `trino[`, `presto[`, `SyslogIdentifier`, `SERVER STARTED`,
// `impala`, `impalad`, `impalad[`, `catalogd`, `statestored`, `impala-server`, `impalad version`,
// `Built on`, `Flags (see also`, `--abort_on_config_error`, `Cpu Info`, `Physical Memory`,
// `Using hostname`, `minidump`, `stdout will be logged`, `Running on machine`, `Analyzing query`,
// `TExecuteStatementReq`, `sessionHandle`, `I1129`, `E1129`, `W1129`, `glog`, `drill`, `drillbit`,
// `sqlline`, `org.apache.drill`, `dremio`, `queries.json`, `queryText`, `outcomeReason`,
// `audit.json`, `tracker.json`, `metadata_refresh`, `starrocks`, `StarRocksFE`, `fe.log`,
// `fe.warn`, `fe.audit`, `be.INFO`, `be.WARNING`, `big_query`, `profile.log`, `internal.log`,
// `sys_log_format`, `JsonTemplateLayout`, `"@timestamp":"20`, `thread.name`, `thread.id`,
// `"file":"`, `AuditLog.java`, `|Client=`, `doris`, `DorisFE`, `HeartbeatMgr`, `(main|1)`,
// `start_fe.sh`, `--console`, `RuntimeLogger`, `AuditLogger`, `StdoutLogger`, `isNereids`,
// `clickhouse`, `text_log`, `event_time`, `event_time_microseconds`, `JSONEachRow`,
// `TabSeparated`, `TSVWithNames`, `TabSeparatedWithNames`, `CSVWithNames`, `clusterAllReplicas`,
// `"hostname":"`, `logger_name`, `MergerMutator`, `UNKNOWN_TABLE`, `<Information>`, `<Error>`,
// `executeQuery`, `{} <`, `query_id`, `crash_log`, `error_log`, `druid`, `org.apache.druid`,
// `overlord`, `coordinator`, `historical`, `broker`, `pinot`, `pinot-`, `org.apache.pinot`,
// `helix`, `kylin`, `greenplum`, `vertica`, `databend`, `duckdb`, `kudu`, `hiveserver`).
// Trino is in fresh10, fresh49 (JSON), fresh62 (launcher.log), fresh78 (the gateway), fresh171
// (QueryMonitor), fresh230 (Bootstrap, configuration errors), fresh280 (JSON with an annotations
// object) and the CLI's console; airlift's text line with the annotations column, and Trino behind
// the journal, are in none. PrestoDB (server.log, launcher.log, http-request.log, the C++ worker's
// glog) is in fresh13, fresh62 and fresh132 and is left out. Impala's impalad, catalogd,
// statestored and admissiond glogs, impalad.ERROR, the audit, lineage and profile logs and
// impala-shell are in fresh9, fresh49, fresh62, fresh78, fresh122 and fresh132; the start-up blocks
// and the statement and Thrift dumps spread over lines are in none. StarRocks' fe.log, fe.warn.log,
// fe.audit.log (plain and audit_log_json_format), be.INFO and be.out are in fresh9, fresh49,
// fresh132 and fresh290; sys_log_format=json is in none. Doris' fe.log, fe.warn.log, fe.audit.log,
// BE glog and HDFS broker are in fresh6, fresh27, fresh39 and fresh132; the --console prefixes are
// in none. ClickHouse's server, err, Keeper, Docker, compose, JSON-log, client and Pretty/Vertical
// outputs are in holdout, fresh23, fresh49, fresh79, fresh141, fresh168, fresh186, fresh251 and
// fresh290; text_log as JSONEachRow or TSVWithNames is in none. Left out as measured already:
// Drill (drillbit.log, drillbit_queries.json, sqlline.log: fresh8, fresh132), Dremio's server.log
// (fresh13; its queries.json is Drill's shape, measured in fresh132), Druid (service, peon, request,
// emitter, supervise, GC and slf4j request logs: fresh3, fresh49, fresh56, fresh62, fresh127,
// fresh230, fresh290), Pinot (controller, broker, server, minion, broker query log, ingestion job:
// fresh6, fresh62, fresh132, fresh290). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). StarRocks' JSON `@timestamp` is written in UTC with a `Z` after the
// milliseconds; Doris', ClickHouse's and glog's stamps have no zone and are taken as UTC; glog's
// `mmdd` and the journal's `Nov 29` have no year (2026); Trino's +0100 is converted. The journal's
// second and airlift's milliseconds are both the record's time, so either is accepted. Times inside
// messages are not the record's: `Built on …` in Impala's version block, partition dates in SQL and
// part names. Levels only where the line marks one: StarRocks' "level" key (the audit line's too,
// logged at INFO), Doris' level word after a RuntimeLogger stamp (none on an AuditLogger line),
// ClickHouse's Enum level in its key or column (Information is info, Warning warn, Fatal critical),
// airlift's level column, glog's letter; `State=ERR`, an ErrorCode or an exception class is no
// level. The host is the record's host field: ClickHouse's hostname key or column, the host= entry
// of Trino's annotations, the journal header's name; feIp, Client, a worker's URI, Impala's `Using
// hostname:` message and the glog header's machine are not. A record that spans lines is one entry:
// Doris' error with its trace, Trino's error with its trace and its blank lines (behind the journal
// header too), Impala's version block, flags dump, CPU info, a statement written over lines and a
// Thrift request printed as a struct.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 99aef9e before any rule for it: level 100.0 %, time 87.5 %, host 87.5 %, records 96.9 %.
// That is the macro figure (micro: level 100.0 %, time 86.4 %, host 88.6 %, records 97.7 %), in a
// worktree at 99aef9e with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right (StarRocks' JSON fe.log and fe.audit.log, Doris' --console prefixes,
// ClickHouse's TSVWithNames export, Impala's start-up blocks); the gaps are the
// event_time_microseconds key of ClickHouse's JSONEachRow export, the host= entry of Trino's
// annotations column, and the empty journal lines that end a Trino stack trace behind journalctl's
// header.

var fresh343Cases = []worldCase{
	{
		name:   "starrocks35-fe-log-json-template",
		source: "StarRocks 3.5's fe/log/fe.log with `sys_log_format = json` in fe.conf: Log4jConfig builds a JsonTemplateLayout whose template is `@timestamp` (pattern `yyyy-MM-dd HH:mm:ss.SSSXXX`, timeZone UTC), `level`, `thread.name`, `thread.id`, `line`, `file`, `method`, `message` and `exception` (the stack trace stringified in full, present only when one is thrown): StarRocks/starrocks fe/fe-core/src/main/java/com/starrocks/common/Log4jConfig.java; docs.starrocks.io 'logs' (3.5.x, the FE files)",
		why:    "a JSON line whose time key is @timestamp with a space and a Z, not ISO 8601's T; dotted keys; a stack trace inside one JSON string is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"@timestamp":"2026-11-29 07:41:16.204Z","level":"INFO","thread.name":"main","thread.id":1,"line":141,"file":"StarRocksFEServer.java","method":"start","message":"FE starting, version 3.5.9-4a1c27e, meta dir /data/starrocks/fe/meta"}`),
			we("2026-11-29T07:41:31.870Z", Info, "", `{"@timestamp":"2026-11-29 07:41:31.870Z","level":"INFO","thread.name":"leaderCheckpointer","thread.id":58,"line":187,"file":"Checkpoint.java","method":"doCheckpoint","message":"checkpoint finished save image.1844021"}`),
			we("2026-11-29T07:42:03.118Z", Warn, "", `{"@timestamp":"2026-11-29 07:42:03.118Z","level":"WARN","thread.name":"starrocks-mysql-nio-pool-12","thread.id":412,"line":748,"file":"StmtExecutor.java","method":"execute","message":"execute Exception, sql: select * from sales.orders_2025q3, error: Getting analyzing error. Detail message: Unknown table 'sales.orders_2025q3'."}`),
			we("2026-11-29T07:42:40.551Z", Error, "", `{"@timestamp":"2026-11-29 07:42:40.551Z","level":"ERROR","thread.name":"tablet scheduler","thread.id":61,"line":1102,"file":"TabletScheduler.java","method":"scheduleTablet","message":"failed to schedule tablet 91245, type: REPLICA_MISSING","exception":"com.starrocks.clone.SchedException: unable to find dest path for new replica\n\tat com.starrocks.clone.TabletScheduler.chooseAvailableDestPath(TabletScheduler.java:1560)\n\tat com.starrocks.clone.TabletScheduler.handleReplicaMissing(TabletScheduler.java:812)\n"}`),
			we("2026-11-29T07:43:00.002Z", Info, "", `{"@timestamp":"2026-11-29 07:43:00.002Z","level":"INFO","thread.name":"colocate group balancer","thread.id":63,"line":233,"file":"ColocateTableBalancer.java","method":"runAfterCatalogReady","message":"colocate group 10244.10301 is stable"}`),
		},
	},
	{
		name:   "starrocks35-fe-audit-log-json-template",
		source: "StarRocks 3.5's fe/log/fe.audit.log when `sys_log_format = json`: Log4jConfig gives the audit appender the same JsonTemplateLayout as fe.log (the plain file's `%d [%c{1}] %m%n` and its [query] category are gone; the caller's location is AuditLog's log method), the message the audit builder's `|Client=…|User=…|…|Stmt=…` line: StarRocks/starrocks fe-core common/Log4jConfig.java (syslog_audit_layout); the audit fields from memory of fe.audit.log",
		why:    "the JSON level key marks the audit line at INFO; State=ERR and ErrorCode are no level; feIp and Client are addresses, no host",
		entries: []worldEntry{
			we("2026-11-29T07:42:03.119Z", Info, "", `{"@timestamp":"2026-11-29 07:42:03.119Z","level":"INFO","thread.name":"AuditEventProcessor","thread.id":88,"line":60,"file":"AuditLog.java","method":"log","message":"|Client=10.30.4.17:52114|User=analyst|AuthorizedUser='analyst'@'%'|ResourceGroup=default_wg|Catalog=default_catalog|Db=sales|State=ERR|ErrorCode=ANALYZE_ERROR|Time=3|ScanBytes=0|ScanRows=0|ReturnRows=0|CpuCostNs=0|MemCostBytes=0|StmtId=77|QueryId=4c1e9a2b-cd11-11f0-9a3e-0242ac120004|IsQuery=true|feIp=10.30.1.5|Stmt=select * from sales.orders_2025q3|Digest=|PlanCpuCost=0.0|PlanMemCost=0.0|Warehouse=default_warehouse"}`),
			we("2026-11-29T07:42:19.402Z", Info, "", `{"@timestamp":"2026-11-29 07:42:19.402Z","level":"INFO","thread.name":"AuditEventProcessor","thread.id":88,"line":60,"file":"AuditLog.java","method":"log","message":"|Client=10.30.4.17:52114|User=analyst|AuthorizedUser='analyst'@'%'|ResourceGroup=default_wg|Catalog=default_catalog|Db=sales|State=EOF|ErrorCode=|Time=184|ScanBytes=10485760|ScanRows=240000|ReturnRows=12|CpuCostNs=91234567|MemCostBytes=20971520|StmtId=78|QueryId=5d2fab3c-cd11-11f0-9a3e-0242ac120004|IsQuery=true|feIp=10.30.1.5|Stmt=select region, sum(amount) from sales.orders group by region|Digest=|PlanCpuCost=1.2E7|PlanMemCost=2.4E6|Warehouse=default_warehouse"}`),
			we("2026-11-29T07:43:51.006Z", Info, "", `{"@timestamp":"2026-11-29 07:43:51.006Z","level":"INFO","thread.name":"AuditEventProcessor","thread.id":88,"line":60,"file":"AuditLog.java","method":"log","message":"|Client=10.30.4.22:40318|User=etl|AuthorizedUser='etl'@'%'|ResourceGroup=etl_wg|Catalog=default_catalog|Db=dwd|State=EOF|ErrorCode=|Time=12877|ScanBytes=8589934592|ScanRows=412000000|ReturnRows=0|CpuCostNs=402118770112|MemCostBytes=6442450944|StmtId=12|QueryId=6e30bc4d-cd11-11f0-8b1f-0242ac120007|IsQuery=false|feIp=10.30.1.5|Stmt=insert overwrite dwd.orders_daily partition(p20261128) select * from ods.orders where dt = '2026-11-28'|Digest=|PlanCpuCost=8.8E10|PlanMemCost=3.1E9|Warehouse=default_warehouse"}`),
		},
	},
	{
		name:   "doris-fe-console-logger-prefixes",
		source: "Apache Doris 2.1.4+/3.0's FE started in the foreground for Kubernetes with `sh bin/start_fe.sh --console` and read with kubectl logs: every fe.log line led by `RuntimeLogger `, every fe.audit.log line by `AuditLogger ` (StdoutLogger and StderrLogger for fe.out), then the file's own layout (`%d{yyyy-MM-dd HH:mm:ss,SSS} %p (%t|%tid) [%C{1}.%M():%L] %m%n`, the audit's `%d [%c{1}] |Client=…`): apache/doris-website docs/admin-manual/log-management/fe-log.md ('Log Configuration for k8s', enable_file_logger), apache/doris fe-core common/Log4jConfig.java (the two layouts); the audit fields and a trace's lines after the prefixed line from memory",
		why:    "a logger's name before the date; RuntimeLogger lines carry a level word after the time, AuditLogger lines none; the trace under an ERROR is one record; feIp and Client are addresses",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "RuntimeLogger 2026-11-29 07:41:16,204 INFO (main|1) [Env.initialize():1180] doris home: /opt/apache-doris/fe, meta dir: /opt/apache-doris/fe/doris-meta"),
			we("2026-11-29T07:41:17.880Z", Info, "", "RuntimeLogger 2026-11-29 07:41:17,880 INFO (main|1) [Env.getClusterIdAndRole():1402] current node role: FOLLOWER, node name: fe_3c9d1a2b_7e4f_4a61_b0c8_5d2e9f1a7b34"),
			we("2026-11-29T07:41:29.880Z", Warn, "", "RuntimeLogger 2026-11-29 07:41:29,880 WARN (heartbeat mgr|32) [HeartbeatMgr.runAfterCatalogReady():175] get bad heartbeat response: type: BACKEND, status: BAD, msg: java.net.ConnectException: Connection refused"),
			we("2026-11-29T07:42:03.118Z", Unknown, "", "AuditLogger 2026-11-29 07:42:03,118 [query] |Client=10.40.7.21:50312|User=etl|Ctl=internal|Db=dwd|CommandType=Query|State=EOF|ErrorCode=0|ErrorMessage=|Time(ms)=211|ScanBytes=33554432|ScanRows=510000|ReturnRows=24|StmtId=918|QueryId=8f2c4a1b9e3d4f70-a61b2c3d4e5f6071|IsQuery=true|isNereids=true|feIp=10.40.2.17|Stmt=SELECT dt, count(*) FROM dwd.orders GROUP BY dt|CpuTimeMS=380|peakMemoryBytes=41943040|Workload Group=normal"),
			we("2026-11-29T07:42:10.412Z", Error, "",
				"RuntimeLogger 2026-11-29 07:42:10,412 ERROR (thrift-server-pool-17|288) [FrontendServiceImpl.loadTxnBegin():1215] failed to begin: errCode = 2, detailMessage = current running txns on db 10012 is 1000, larger than limit 1000",
				"org.apache.doris.common.UserException: errCode = 2, detailMessage = current running txns on db 10012 is 1000, larger than limit 1000",
				"\tat org.apache.doris.transaction.DatabaseTransactionMgr.checkRunningTxnExceedLimit(DatabaseTransactionMgr.java:412)",
				"\tat org.apache.doris.transaction.DatabaseTransactionMgr.beginTransaction(DatabaseTransactionMgr.java:355)"),
			we("2026-11-29T07:42:15.020Z", Unknown, "", "AuditLogger 2026-11-29 07:42:15,020 [slow_query] |Client=10.40.7.30:44120|User=bi_reader|Ctl=internal|Db=ads|CommandType=Query|State=EOF|ErrorCode=0|ErrorMessage=|Time(ms)=7412|ScanBytes=2147483648|ScanRows=98000000|ReturnRows=200|StmtId=41|QueryId=1a9e7c5b3d1f4e20-b83c6d4e2f1a0b97|IsQuery=true|isNereids=true|feIp=10.40.2.17|Stmt=SELECT city, sum(gmv) FROM ads.gmv_daily WHERE dt >= '2026-11-01' GROUP BY city|CpuTimeMS=51200|peakMemoryBytes=1073741824|Workload Group=normal"),
		},
	},
	{
		name:   "clickhouse25-text-log-jsoneachrow-export",
		source: "ClickHouse 25.8's system.text_log exported with `clickhouse-client -q \"SELECT hostname, event_time_microseconds, thread_name, level, query_id, logger_name, message FROM clusterAllReplicas('prod', system.text_log) WHERE … FORMAT JSONEachRow\"` (one object a row; DateTime64 as a quoted string in the server's zone; level the Enum8 name Fatal … Trace; `/` escaped as `\\/` and newlines as `\\n`): clickhouse.com docs 'system.text_log' (the columns, the Enum8 levels) and 'Formats: JSON' (the escaping)",
		why:    "the time key is event_time_microseconds with no zone; the host is the hostname key; Information, Warning and Trace are level names; escaped slashes and a stack trace inside the message string",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204511Z", Error, "chp-s1r1", `{"hostname":"chp-s1r1","event_time_microseconds":"2026-11-29 07:41:16.204511","thread_name":"TCPHandler","level":"Error","query_id":"7c1e4a2b-9d3f-4e60-8a1b-2c3d4e5f6071","logger_name":"executeQuery","message":"Code: 60. DB::Exception: Unknown table expression identifier 'shop.orders_tmp' in scope SELECT count() FROM shop.orders_tmp. (UNKNOWN_TABLE) (version 25.8.4.13 (official build)) (from 10.30.4.17:50212) (in query: SELECT count() FROM shop.orders_tmp)"}`),
			we("2026-11-29T07:41:18.660032Z", Warn, "chp-s1r2", `{"hostname":"chp-s1r2","event_time_microseconds":"2026-11-29 07:41:18.660032","thread_name":"BgSchPool","level":"Warning","query_id":"","logger_name":"shop.orders (ReplicatedMergeTreeRestartingThread)","message":"Table was in readonly mode. Will try to activate it."}`),
			we("2026-11-29T07:41:19.003118Z", Debug, "chp-s1r1", `{"hostname":"chp-s1r1","event_time_microseconds":"2026-11-29 07:41:19.003118","thread_name":"MergeMutate","level":"Debug","query_id":"","logger_name":"shop.orders (3e9b1c2d-4f5a-4b6c-8d7e-9f0a1b2c3d4e) (MergerMutator)","message":"Selected 6 parts from 202611_1_88_4 to 202611_93_93_0"}`),
			we("2026-11-29T07:41:22.517840Z", Info, "chp-s2r1", `{"hostname":"chp-s2r1","event_time_microseconds":"2026-11-29 07:41:22.517840","thread_name":"BgMBSchPool","level":"Information","query_id":"","logger_name":"DiskSelector","message":"Disk cold uses path \/mnt\/ch-cold\/clickhouse\/, keep_free_space 10.00 GiB"}`),
			we("2026-11-29T07:41:25.100457Z", Error, "chp-s2r1", `{"hostname":"chp-s2r1","event_time_microseconds":"2026-11-29 07:41:25.100457","thread_name":"TCPHandler","level":"Error","query_id":"b41f8e2a-6c3d-4a1b-9e7f-0d2c5a8b1e34","logger_name":"TCPHandler","message":"Code: 241. DB::Exception: Memory limit (total) exceeded: would use 57.60 GiB (attempt to allocate chunk of 4.00 MiB bytes), current RSS: 57.58 GiB, maximum: 57.60 GiB. OvercommitTracker decision: Query was selected to stop by OvercommitTracker. (MEMORY_LIMIT_EXCEEDED), Stack trace (when copying this message, always include the lines below):\n\n0. DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool) @ 0x000000000d8e2b1b\n1. DB::MemoryTracker::allocImpl(long, bool, MemoryTracker*, double) @ 0x000000000da11c70\n"}`),
			we("2026-11-29T07:41:25.311902Z", Trace, "chp-s1r2", `{"hostname":"chp-s1r2","event_time_microseconds":"2026-11-29 07:41:25.311902","thread_name":"TCPHandler","level":"Trace","query_id":"c52a9f3b-7d4e-4b2c-8f10-1e3d6b9c2f45","logger_name":"ContextAccess (analyst)","message":"Access granted: SELECT(order_id, amount) ON shop.orders"}`),
		},
	},
	{
		name:   "clickhouse25-text-log-tsv-with-names-export",
		source: "ClickHouse 25.8's system.text_log saved with `clickhouse-client -q \"SELECT event_time_microseconds, hostname, thread_name, level, logger_name, message FROM system.text_log WHERE … FORMAT TSVWithNames\" > text_log.tsv` (a header row of the column names, then one tab-separated row a record, a message's newlines written as `\\n`): clickhouse.com docs 'system.text_log' (the columns and levels); TabSeparated's escaping and the header row from memory",
		why:    "a header row, then the time in the first column, the host in the second, the level as an Enum name in the fourth; an escaped stack trace stays on its row; Fatal is critical",
		entries: []worldEntry{
			wskip("event_time_microseconds\thostname\tthread_name\tlevel\tlogger_name\tmessage"),
			we("2026-11-29T08:02:11.481220Z", Error, "chp-s2r2", "2026-11-29 08:02:11.481220\tchp-s2r2\tTCPHandler\tError\texecuteQuery\tCode: 241. DB::Exception: Memory limit (for query) exceeded: would use 9.31 GiB (attempt to allocate chunk of 4194304 bytes), maximum: 9.31 GiB. (MEMORY_LIMIT_EXCEEDED) (version 25.8.4.13 (official build)) (from 10.30.4.21:38810) (in query: SELECT user_id, groupArray(event) FROM shop.events GROUP BY user_id), Stack trace (when copying this message, always include the lines below):\\n\\n0. DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool) @ 0x000000000d8e2b1b\\n1. DB::MemoryTracker::allocImpl(long, bool, MemoryTracker*, double) @ 0x000000000da11c70\\n"),
			we("2026-11-29T08:02:14.006113Z", Warn, "chp-s2r2", "2026-11-29 08:02:14.006113\tchp-s2r2\tBgSchPool\tWarning\tshop.events (ReplicatedMergeTreePartCheckThread)\tPart 202611_412_412_0 is lost forever."),
			we("2026-11-29T08:02:20.733901Z", Info, "chp-s2r1", "2026-11-29 08:02:20.733901\tchp-s2r1\tHTTPHandler\tInformation\tDynamicQueryHandler\tRequest URI: /?query=SELECT+1&database=shop"),
			we("2026-11-29T08:03:01.000412Z", Debug, "chp-s2r1", "2026-11-29 08:03:01.000412\tchp-s2r1\tSystemLogFlush\tDebug\tSystemLog (system.text_log)\tFlushing system log, 412 entries to flush up to offset 98213"),
			we("2026-11-29T08:03:05.118004Z", Critical, "chp-s2r2", "2026-11-29 08:03:05.118004\tchp-s2r2\tSignalListener\tFatal\tBaseDaemon\t(version 25.8.4.13 (official build), build id: 5D1E8A0C2B7F4E19, git hash: 3f9c2a1b) (from thread 4471) (query_id: d63bae4c-8e5f-4c3d-9a21-2f4e7c0d3a56) (query: INSERT INTO shop.events FORMAT Native) Received signal Segmentation fault (11)"),
		},
	},
	{
		name:   "trino-server-log-text-annotations",
		gap:    "trawl reads airlift's time, level and records but no host: the `host=trino-c1` entry of the annotations column (`environment=prod,host=trino-c1`, the tab-separated field between the logger and the message) is not read as the host",
		source: "Trino 47x's var/log/server.log in airlift's default text format with `log.annotation-file` holding `environment=prod` and `host=trino-c1` (written by the node's configuration management): StaticFormatter writes the time in the JVM's zone with `+HHMM`, TAB, level, TAB, thread, TAB, logger, TAB, the annotations joined as `k=v,k=v`, TAB, the message, and after a thrown exception its stack trace then two line feeds: airlift/airlift log-manager/src/main/java/io/airlift/log/StaticFormatter.java and Format.java; trino.io 'Logging properties' (log.annotation-file)",
		why:    "an extra column of key=value pairs between the logger and the message, whose host= is the host; +0100 converted; a worker's URI is a peer; the error's trace and the blank lines after it are one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "trino-c1", "2026-11-29T08:41:16.118+0100\tINFO\tmain\tio.trino.server.PluginManager\tenvironment=prod,host=trino-c1\t-- Loading plugin /usr/lib/trino/plugin/delta-lake --"),
			we("2026-11-29T07:41:39.552Z", Info, "trino-c1", "2026-11-29T08:41:39.552+0100\tINFO\tmain\tio.trino.server.Server\tenvironment=prod,host=trino-c1\t======== SERVER STARTED ========"),
			we("2026-11-29T07:44:02.871Z", Warn, "trino-c1", "2026-11-29T08:44:02.871+0100\tWARN\tnode-state-poller-0\tio.trino.metadata.RemoteNodeState\tenvironment=prod,host=trino-c1\tNode state update request to http://10.30.6.14:8080/v1/info/state has not returned in 10.02s"),
			we("2026-11-29T07:45:10.004Z", Error, "trino-c1",
				"2026-11-29T08:45:10.004+0100\tERROR\tdispatcher-query-41\tio.trino.dispatcher.DispatchManager\tenvironment=prod,host=trino-c1\tFailed to dispatch query 20261129_074509_00312_x7k2m",
				"java.lang.IllegalStateException: Resource group global.adhoc is disabled",
				"\tat io.trino.execution.resourcegroups.InternalResourceGroupManager.selectGroup(InternalResourceGroupManager.java:167)",
				"\tat io.trino.dispatcher.DispatchManager.createQueryInternal(DispatchManager.java:253)",
				"",
				""),
			we("2026-11-29T07:45:11.230Z", Info, "trino-c1", "2026-11-29T08:45:11.230+0100\tINFO\tdispatcher-query-42\tio.trino.event.QueryMonitor\tenvironment=prod,host=trino-c1\tTIMELINE: Query 20261129_074511_00313_x7k2m :: FINISHED :: elapsed 1120ms :: planning 84ms :: waiting 0ms :: scheduling 102ms :: running 901ms :: finishing 33ms :: begin 2026-11-29T08:45:10.110+01:00 :: end 2026-11-29T08:45:11.230+01:00"),
		},
	},
	{
		name:   "trino-launcher-run-journal-trace",
		gap:    "the two blank lines that end airlift's stack trace, each a journal line with an empty message (`Nov 29 07:44:51 trino-w-04 trino[2817]: `), are not joined to the ERROR above them: each is cut off as a record of its own with no level, though the trace lines under the same header are joined",
		source: "a Trino 478 worker run by a systemd unit with `ExecStart=/usr/lib/trino/bin/launcher run --etc-dir=/etc/trino` and `SyslogIdentifier=trino`, read with plain `journalctl -u trino`: airlift's console handler writes its tab-separated lines (`ISO time\\tLEVEL\\tthread\\tlogger\\tmessage`, the host's clock in UTC with Z) to stdout, and journald keeps each line, a stack trace's lines and the two blank lines after it each under the journal's `Mmm dd HH:mm:ss host trino[pid]: ` header: airlift/airlift StaticFormatter.java (the line, the trace and its two line feeds); the unit and the journal's rendering from memory",
		why:    "the journal's yearless second and host, then airlift's own instant with milliseconds (either accepted); the trace lines and the empty lines under the header belong to the ERROR; the S3 path is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z|2026-11-29T07:41:16Z", Info, "trino-w-04", "Nov 29 07:41:16 trino-w-04 trino[2817]: 2026-11-29T07:41:16.204Z\tINFO\tmain\tio.trino.server.Server\tTrino version: 478"),
			we("2026-11-29T07:41:38.911Z|2026-11-29T07:41:38Z", Info, "trino-w-04", "Nov 29 07:41:38 trino-w-04 trino[2817]: 2026-11-29T07:41:38.911Z\tINFO\tmain\tio.trino.server.Server\t======== SERVER STARTED ========"),
			we("2026-11-29T07:44:51.330Z|2026-11-29T07:44:51Z", Error, "trino-w-04",
				"Nov 29 07:44:51 trino-w-04 trino[2817]: 2026-11-29T07:44:51.330Z\tERROR\t20261129_074448_00057_q2w9e.2.0.3-14-118\tio.trino.execution.executor.timesharing.TimeSharingTaskExecutor\tError processing Split 20261129_074448_00057_q2w9e.2.0.3-14 (start = 4.71E8, wall = 3012 ms, cpu = 2850 ms, wait = 1 ms, calls = 19)",
				"Nov 29 07:44:51 trino-w-04 trino[2817]: io.trino.spi.TrinoException: Error reading from s3://dwh-raw/events/dt=2026-11-28/part-00019.parquet at position 83886080",
				"Nov 29 07:44:51 trino-w-04 trino[2817]: \tat io.trino.parquet.reader.ParquetReader.readNextPage(ParquetReader.java:321)",
				"Nov 29 07:44:51 trino-w-04 trino[2817]: Caused by: java.net.SocketTimeoutException: Read timed out",
				"Nov 29 07:44:51 trino-w-04 trino[2817]: \t... 14 more",
				"Nov 29 07:44:51 trino-w-04 trino[2817]: ",
				"Nov 29 07:44:51 trino-w-04 trino[2817]: "),
			we("2026-11-29T07:44:53.002Z|2026-11-29T07:44:53Z", Warn, "trino-w-04", "Nov 29 07:44:53 trino-w-04 trino[2817]: 2026-11-29T07:44:53.002Z\tWARN\thttp-worker-311\tio.trino.server.remotetask.HttpRemoteTask\tTask 20261129_074448_00057_q2w9e.3.0.5-0 failed with a retryable error, retrying in 1.00s"),
		},
	},
	{
		name:   "impala-impalad-info-startup-blocks",
		source: "Impala 4.5's impalad.INFO from start-up (glog 0.3.5's three header lines, then `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg`): logging.cc's stdout and stderr notices (the second at ERROR), init.cc's version string over three lines, the `Flags (see also /varz are on debug webserver):` dump with one `--flag=value` a line, `Cpu Info:` with its indented lines, `Physical Memory:`; later Frontend.java's `Analyzing query:` with the statement's own line breaks and impala-hs2-server.cc's `ExecuteStatement(): request=TExecuteStatementReq {` printed as a Thrift struct; from memory of real impalad.INFO files",
		why:    "one glog prefix followed by lines that carry none (version block, flags, CPU info, a statement, a Thrift struct closing with `}`) is one record each; `Built on …` and the SQL's dates are no times; the E notice is an error; no host field",
		entries: []worldEntry{
			wskip("Log file created at: 2026/11/29 07:41:16",
				"Running on machine: impala-coord-01.lake.example",
				"Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg"),
			we("2026-11-29T07:41:16.204511Z", Info, "", "I1129 07:41:16.204511 31207 logging.cc:167] stdout will be logged to this file."),
			we("2026-11-29T07:41:16.204602Z", Error, "", "E1129 07:41:16.204602 31207 logging.cc:168] stderr will be logged to this file."),
			we("2026-11-29T07:41:16.209001Z", Info, "",
				"I1129 07:41:16.209001 31207 init.cc:367] impalad version 4.5.0-RELEASE RELEASE (build 8a2c41f0e73b5d1c9e6f4a7b2d3c5e1f0a9b8c7d)",
				"Built on Thu Oct 30 09:12:44 UTC 2025",
				"Build Flags: is_ndebug=true  cmake_build_type=RELEASE  library_link_type=STATIC"),
			we("2026-11-29T07:41:16.209040Z", Info, "", "I1129 07:41:16.209040 31207 init.cc:368] Using hostname: impala-coord-01.lake.example"),
			we("2026-11-29T07:41:16.209120Z", Info, "",
				"I1129 07:41:16.209120 31207 logging.cc:203] Flags (see also /varz are on debug webserver):",
				"--catalog_client_connection_num_retries=10",
				"--catalog_client_rpc_timeout_ms=0",
				"--default_query_options=mem_limit=8g,timezone=UTC",
				"--is_coordinator=true",
				"--is_executor=false",
				"--mem_limit=80%",
				"--state_store_host=impala-ss-01.lake.example"),
			we("2026-11-29T07:41:16.231118Z", Info, "",
				"I1129 07:41:16.231118 31207 init.cc:378] Cpu Info:",
				"  Model: Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz",
				"  Cores: 64",
				"  Max Possible Cores: 64",
				"  L1 Cache: 48.00 KB (Line: 64.00 B)",
				"  Hardware Supports:",
				"    ssse3",
				"    sse4_1",
				"    avx2"),
			we("2026-11-29T07:41:16.231260Z", Info, "", "I1129 07:41:16.231260 31207 init.cc:379] Physical Memory: 503.52 GB"),
			we("2026-11-29T07:45:02.101330Z", Info, "",
				"I1129 07:45:02.101330 41877 impala-hs2-server.cc:570] ExecuteStatement(): request=TExecuteStatementReq {",
				"  01: sessionHandle (struct) = TSessionHandle {",
				"    01: sessionId (struct) = THandleIdentifier {",
				"      01: guid (string) = \"8\\x9b\\x1c\\xe2\\x0fA\\xd3\\x11\\x9a\\x07\\xb4\\x2e\\x61\\xc0\\x5f\\x3d\",",
				"      02: secret (string) = \"<redacted>\",",
				"    },",
				"  },",
				"  02: statement (string) = \"SELECT o.region, sum(o.amount) FROM sales.orders o WHERE o.dt = '2026-11-28' GROUP BY o.region\",",
				"  04: runAsync (bool) = true,",
				"}"),
			we("2026-11-29T07:45:02.118204Z", Info, "",
				"I1129 07:45:02.118204 41877 Frontend.java:2134] 7a4c1e2d3b4f5a6e:9c8b7a6d00000000] Analyzing query: SELECT o.region, sum(o.amount)",
				"FROM sales.orders o",
				"WHERE o.dt = '2026-11-28'",
				"GROUP BY o.region db: default"),
			we("2026-11-29T07:45:03.771002Z", Warn, "", "W1129 07:45:03.771002 41902 hdfs-scan-node-base.cc:588] 7a4c1e2d3b4f5a6e:9c8b7a6d00000002] Disk I/O error on hdfs://nn1.lake.example:8020/warehouse/orders/dt=2026-11-28/part-00007.parq: Connection reset by peer, retrying"),
		},
	},
}

func TestFresh343Formats(t *testing.T) { assertTable(t, fresh343Cases) }
func TestFresh343Score(t *testing.T) {
	checkScore(t, "fresh343 formats", fresh343Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 96.8})
}
