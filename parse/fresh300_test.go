package parse

import "testing"

// The three hundredth fresh table, written on 2026-12-06: big-data platforms' job, container and
// driver logs as engineers fetch them, in shapes no earlier table holds. Each family is one
// product's documented or observed output: Hadoop 3.4's `yarn container -list` (the client's
// log4j console lines, then a tab-separated table whose times are Times.format's `EEE MMM dd
// HH:mm:ss Z yyyy` and whose Host column names the NodeManager); `yarn container -status` (a
// `Container Report :` block a container, epoch-millisecond Start-Time, the Host field, YARN's
// diagnostics running over lines); the ResourceManager's REST `ws/v1/cluster/apps` read with
// `jq -c '.apps.app[]'` (one application a line, epoch milliseconds, the RM's clusterId before
// them); the Spark History Server's REST `api/v1/applications` read with `jq -c '.[]'` (times
// with a glued `GMT`, an unfinished attempt's `1969-12-31T23:59:59.999GMT`); a Spark 4.0
// spark-submit in cluster mode against a standalone master's REST server (RestSubmissionClient's
// lines and the server's pretty-printed JSON answer); the SeaTunnel Zeta client's console (the
// JobMetricsRunner's `Job Progress Information` block and the `Job Statistic Information` block
// under an empty log message); a Spark 3.5 executor's stderr with Gluten's Velox backend (glog
// lines with a four-digit year between Spark's yy/MM/dd lines, a Velox error whose `Error Source:`
// and `Error Code:` lines continue a Spark ERROR record); the Databricks CLI's `databricks bundle
// run` (Run URL, then a zone-less local time, the run's quoted name and its life-cycle state and
// result); Flink's REST `jobs/overview` read with `jq -c '.jobs[]'` (hyphenated epoch-millisecond
// keys, `end-time` -1 for a running job).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`LogType:`, `LogContents`, `LogAggregationType`, `End of LogType`, `Container: container_`,
// `yarn logs`, `LogLastModifiedTime`, `SparkListener`, `structuredLogging`, `spark-submit`,
// `SparkSubmit`, `spark.driver`, `kubectl logs`, `spark-operator`, `SparkApplication`, `flink`,
// `taskmanager`, `jobmanager`, `Dataproc`, `databricks`, `EMR`, `Livy`, `Oozie`, `Tez`,
// `syslog_dag`, `HiveServer2`, `trino`, `presto`, `airflow`, `dask`, `ray job`, `job-driver`,
// `Dataflow`, `beam`, `Celeborn`, `kyuubi`, `druid`, `pinot`, `hudi`, `iceberg`, `delta`,
// `Synapse`, `HDInsight`, `storm`, `samza`, `Zeppelin`, `Impala`, `kudu`, `hbase`, `nifi`,
// `Avro-Json`, `JOB_SUBMITTED`, `jhist`, `jobhistory`, `mapred job`, `Submitted At`,
// `Launched At`, `Finished At`, `startTimeEpoch`, `GMT"`, `appSparkVersion`, `sparkUser`,
// `lastUpdated`, `1969-12-31`, `/api/v1/applications`, `start-time`, `"end-time"`,
// `jobs/overview`, `last-modification`, `velox`, `gluten`, `VeloxRuntime`, `WholeStage`,
// `Connector.cpp`, `I2026`, `I1129 `, `W1129 `, `log_year`, `seatunnel`, `Job Statistic`,
// `Statistic Information`, `Job Progress Information`, `JobMetricsRunner`, `Statistic Time`,
// `Total Read Count`, `ClientExecuteCommand`, `SeaTunnelClient`, `dolphinscheduler`, `azkaban`,
// `datax`, `JobContainer`, `kettle`, `pentaho`, `hop-run`, `dbt`, `airbyte`, `dagster`,
// `RUN_START`, `prefect`, `luigi`, `Execution Summary`, `metaflow`, `argo logs`, `kestra`,
// `bundle run`, `Run URL:`, `" RUNNING`, `TERMINATED SUCCESS`, `startedTime`, `amHostHttpAddress`,
// `amContainerLogs`, `applicationTags`, `ws/v1`, `clusterId`, `elapsedTime`, `starrocks`, `doris`,
// `yunikorn`, `YK_APP_SUMMARY`, `uniffle`, `kubeflow`, `Glue Exception Analysis`, `paimon`,
// `Container Report`, `Container-Id :`, `Start-Time :`, `Application Attempt Report`,
// `container -list`, `container -status`, `ExposedPorts`, `Execution-Type`, `LOG-URL`,
// `NodeHttpAddress`, `AHSProxy`, `DefaultNoHARMFailoverProxyProvider`, `Connecting to
// ResourceManager`, `+0100 2026`, `Running/Restarting`, `flink list`, `SubmissionStatusResponse`,
// `CreateSubmissionResponse`, `RestSubmission`, `driverState`, `:6066`, `ApplicationMaster RPC
// port`, `Spark Executor Command`, `Started daemon with process name`, `INFO  : `, `Query
// Execution Summary`, `, ip=`, `raysubmit`, `jq -c`).
// `yarn logs` is in fresh6, fresh157, fresh234 and others, the yarn Client's application report
// in fresh36, fresh49, fresh122 and fresh293, the RM's ApplicationSummary line in fresh56, and
// the client's `Connecting to ResourceManager` line in fresh23, fresh112, fresh122, fresh157 and
// fresh280; the container list, the container report, and the RM's REST dump are in none. The Spark event log is in fresh4 and fresh211, the History
// Server's own .out in fresh56; its REST dump is in none. spark-submit is in many tables in client,
// YARN and Kubernetes modes (fresh12, fresh41, fresh56, fresh171 and others); against a standalone
// REST server it is in none. SeaTunnel's plain log lines are in fresh20; its metrics blocks are in
// none. Velox's glog is in fresh62 under Presto C++; Gluten inside a Spark executor is in none.
// Databricks' driver logs, init scripts, notebook cells and audit delivery are in fresh49, fresh157,
// fresh163 and fresh280; the CLI's bundle run is in none. `flink list` is in fresh157; the REST
// jobs overview is in none. Left out as measured already: DolphinScheduler's task log with its `->`
// lines (fresh132), the MapReduce .jhist file (fresh56), Airflow 3's task log view (fresh230), `ray
// job submit` with its `(pid=, ip=)` prefixes (fresh41), beeline's operation log (fresh23),
// YuniKorn's zap console (fresh23); also left out after the search: `mapred job -history` (its
// sections have no record boundaries the rules decide), Glue's exception-analysis line (the error
// stream's layout was not confirmed), YuniKorn's YK_APP_SUMMARY (the zap console measured). The
// table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The YARN client's console lines, Spark's yy/MM/dd lines, SeaTunnel's and
// the Databricks CLI's stamps carry no zone and are taken as UTC; Times.format's `+0100` is
// converted; glog's `I20261129` has its year. A record that names when its job or container
// started and ended (a table row, a report, a REST object) has its start as its time: the first
// time it names (startedTime after the clusterId, the Start Time column, Start-Time, startTime
// and the startTimeEpoch of the same instant, start-time); a finish of 0, N/A, -1 or 1969 is no
// time. Levels only where the line marks one: log4j's and Spark's level words, glog's letter, the
// CLI's `Error:`; a container or job state (RUNNING, COMPLETE, FAILED, INTERNAL_ERROR) is no level.
// The host is the record's host field: the container's Host (the NodeManager, without its port) in
// the list and in the report; an application spans nodes and has none (amHostHttpAddress names
// where its master ran), nor has a Spark or Flink job; a master, worker, ResourceManager or name
// node named in a message is a peer. A record that spans lines is one entry: a container report
// with its diagnostics, the RestSubmissionClient line with the JSON it prints, a SeaTunnel block
// under its log line, a Spark ERROR with the Velox error and the frames under it, the Run URL with
// the empty line after it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 775c25c before any rule for it: level 90.3 %, time 58.3 %, host 86.1 %, records 83.3 %.
// That is the macro figure (micro: level 88.5 %, time 73.1 %, host 84.6 %, records 80.8 %), in a
// worktree at 775c25c with no change to trawl's code (only this file and table_test.go's list), 3 of
// 9 families fully right (the Spark 4 REST submission, SeaTunnel's blocks, Gluten's mixed stderr);
// the gaps are the YARN CLI's untimed output after its timed console lines (the container count,
// the container reports), the container list's Host column, the report's Start-Time epoch and Host
// field, epoch milliseconds under the REST dumps' own keys (startedTime, startTimeEpoch,
// start-time) and the History Server's GMT-glued startTime, and the Databricks CLI's untimed
// Run URL and Error lines after a timed state line.

var fresh300Cases = []worldCase{
	{
		name:   "hadoop-yarn-container-list-times-format-table",
		gap:    "trawl joins the untimed `Total number of containers :3` line (and the header under it) to the client's timed AHSProxy log4j line above it, and reads no host from the Host column (`wrk-07:8041`; the container id in the first column was taken for one at first)",
		source: "Hadoop 3.4's `yarn container -list <appattempt>` on a cluster at +01:00: the client's log4j console lines (`%d{ISO8601} %p %c{2}: %m%n`), then ApplicationCLI.listContainers' `Total number of containers :N`, a header and one row a container in CONTAINER_PATTERN `%30s\\t%20s\\t%20s\\t%20s\\t%20s\\t%20s\\t%35s` with Times.format's `EEE MMM dd HH:mm:ss Z yyyy` (N/A for no finish) and the assigned node in Host: apache/hadoop ApplicationCLI.java and yarn/util/Times.java; the console lines from memory",
		why:    "columns right-aligned with spaces after tabs; a weekday-first date with a +0100 offset and the year last; the row's first time is its start, N/A is no time; Host is the NodeManager host:port; RUNNING and COMPLETE are states, no level",
		entries: []worldEntry{
			we("2026-11-29T08:41:15.902Z", Info, "", "2026-11-29 08:41:15,902 INFO client.DefaultNoHARMFailoverProxyProvider: Connecting to ResourceManager at rm-01.dc2.example.net/10.20.0.10:8032"),
			we("2026-11-29T08:41:16.115Z", Info, "", "2026-11-29 08:41:16,115 INFO client.AHSProxy: Connecting to Application History server at rm-01.dc2.example.net/10.20.0.10:10200"),
			we("", Unknown, "", "Total number of containers :3"),
			wskip("                  Container-Id\t          Start Time\t         Finish Time\t               State\t                Host\t   Node Http Address\t                            LOG-URL"),
			we("2026-11-29T07:41:02Z", Unknown, "wrk-07", "container_e07_1795900000000_0042_01_000001\tSun Nov 29 08:41:02 +0100 2026\t                 N/A\t             RUNNING\t         wrk-07:8041\t  http://wrk-07:8042\thttp://wrk-07:8042/node/containerlogs/container_e07_1795900000000_0042_01_000001/etl"),
			we("2026-11-29T07:41:09Z", Unknown, "wrk-11", "container_e07_1795900000000_0042_01_000002\tSun Nov 29 08:41:09 +0100 2026\tSun Nov 29 08:44:51 +0100 2026\t            COMPLETE\t         wrk-11:8041\t  http://wrk-11:8042\thttp://wrk-11:8042/node/containerlogs/container_e07_1795900000000_0042_01_000002/etl"),
			we("2026-11-29T07:41:09Z", Unknown, "wrk-03", "container_e07_1795900000000_0042_01_000003\tSun Nov 29 08:41:09 +0100 2026\t                 N/A\t             RUNNING\t         wrk-03:8041\t  http://wrk-03:8042\thttp://wrk-03:8042/node/containerlogs/container_e07_1795900000000_0042_01_000003/etl"),
		},
	},
	{
		name:   "hadoop-yarn-container-status-report-block",
		gap:    "trawl joins each `Container Report : ` block to the client's timed AHSProxy log4j line above it; read alone, a report still gets no time from the epoch milliseconds on its tab-indented `Start-Time : ` line and no host from its `Host : wrk-07:8041` line",
		source: "Hadoop 3.4's `yarn container -status <containerId>` run twice: the client's log4j console lines, then ApplicationCLI.printContainerReport's `Container Report : ` and its tab-indented `Container-Id`, `Start-Time` and `Finish-Time` (epoch milliseconds, 0 while running), `State`, `Execution-Type`, `LOG-URL`, `Host`, `NodeHttpAddress`, `ExposedPorts` and `Diagnostics` lines, YARN's diagnostics text keeping its own newlines: apache/hadoop ApplicationCLI.java (printContainerReport); the diagnostics wording from memory",
		why:    "a labelled block a container: its time is the epoch on Start-Time, Finish-Time 0 is none; the host is the Host field without its port; the diagnostics' untabbed lines belong to the report",
		entries: []worldEntry{
			we("2026-11-29T08:45:30.441Z", Info, "", "2026-11-29 08:45:30,441 INFO client.DefaultNoHARMFailoverProxyProvider: Connecting to ResourceManager at rm-01.dc2.example.net/10.20.0.10:8032"),
			we("2026-11-29T08:45:30.652Z", Info, "", "2026-11-29 08:45:30,652 INFO client.AHSProxy: Connecting to Application History server at rm-01.dc2.example.net/10.20.0.10:10200"),
			we("2026-11-29T07:41:02.008Z", Unknown, "wrk-07",
				"Container Report : ",
				"\tContainer-Id : container_e07_1795900000000_0042_01_000001",
				"\tStart-Time : 1795938062008",
				"\tFinish-Time : 0",
				"\tState : RUNNING",
				"\tExecution-Type : GUARANTEED",
				"\tLOG-URL : http://wrk-07:8042/node/containerlogs/container_e07_1795900000000_0042_01_000001/etl",
				"\tHost : wrk-07:8041",
				"\tNodeHttpAddress : http://wrk-07:8042",
				"\tExposedPorts : ",
				"\tDiagnostics : "),
			we("2026-11-29T08:46:12.207Z", Info, "", "2026-11-29 08:46:12,207 INFO client.DefaultNoHARMFailoverProxyProvider: Connecting to ResourceManager at rm-01.dc2.example.net/10.20.0.10:8032"),
			we("2026-11-29T08:46:12.391Z", Info, "", "2026-11-29 08:46:12,391 INFO client.AHSProxy: Connecting to Application History server at rm-01.dc2.example.net/10.20.0.10:10200"),
			we("2026-11-29T07:41:09.412Z", Unknown, "wrk-11",
				"Container Report : ",
				"\tContainer-Id : container_e07_1795900000000_0042_01_000002",
				"\tStart-Time : 1795938069412",
				"\tFinish-Time : 1795938291877",
				"\tState : COMPLETE",
				"\tExecution-Type : GUARANTEED",
				"\tLOG-URL : http://wrk-11:8042/node/containerlogs/container_e07_1795900000000_0042_01_000002/etl",
				"\tHost : wrk-11:8041",
				"\tNodeHttpAddress : http://wrk-11:8042",
				"\tExposedPorts : ",
				"\tDiagnostics : Container killed by the ApplicationMaster.",
				"Container killed on request. Exit code is 143",
				"Container exited with a non-zero exit code 143. "),
		},
	},
	{
		name:   "hadoop-yarn-rm-rest-apps-jq-compact",
		source: "the ResourceManager's REST API (`curl -s 'http://rm-01:8088/ws/v1/cluster/apps?limit=3' | jq -c '.apps.app[]'`, Hadoop 3.4): one app object a line in the RM's key order (id, user, name, queue, state, finalStatus, progress, trackingUI, trackingUrl, diagnostics, clusterId, applicationType, applicationTags, priority, startedTime, launchTime, finishedTime, elapsedTime, amContainerLogs, amHostHttpAddress, amRPCAddress, masterNodeId, …), times in epoch milliseconds: hadoop.apache.org ResourceManagerRest.html (Cluster Applications API, its JSON response example), microsoft/azure-tools-for-java PR #403 (the fields)",
		why:    "the clusterId (the RM's start, epoch ms) comes before startedTime and is no time of the app; startedTime is the record's time, finishedTime 0 none; the AM's host and node id name where its master ran, no host of the app; FAILED is a final status, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:01.204Z", Unknown, "", `{"id":"application_1795900000000_0042","user":"etl","name":"orders_daily_agg","queue":"root.etl","state":"RUNNING","finalStatus":"UNDEFINED","progress":10.0,"trackingUI":"ApplicationMaster","trackingUrl":"http://rm-01.dc2.example.net:8088/proxy/application_1795900000000_0042/","diagnostics":"","clusterId":1795900000000,"applicationType":"SPARK","applicationTags":"airflow_dag_id:orders_daily","priority":0,"startedTime":1795938061204,"launchTime":1795938062008,"finishedTime":0,"elapsedTime":248115,"amContainerLogs":"http://wrk-07:8042/node/containerlogs/container_e07_1795900000000_0042_01_000001/etl","amHostHttpAddress":"wrk-07:8042","amRPCAddress":"wrk-07:40417","masterNodeId":"wrk-07:8041","allocatedMB":9216,"allocatedVCores":3,"reservedMB":0,"reservedVCores":0,"runningContainers":3,"memorySeconds":2284310,"vcoreSeconds":744,"queueUsagePercentage":14.0625,"clusterUsagePercentage":4.6875,"logAggregationStatus":"NOT_START","unmanagedApplication":false,"amNodeLabelExpression":""}`),
			we("2026-11-29T07:21:01.204Z", Unknown, "", `{"id":"application_1795900000000_0041","user":"etl","name":"orders_hourly_compact","queue":"root.etl","state":"FINISHED","finalStatus":"SUCCEEDED","progress":100.0,"trackingUI":"History","trackingUrl":"http://rm-01.dc2.example.net:8088/proxy/application_1795900000000_0041/","diagnostics":"","clusterId":1795900000000,"applicationType":"SPARK","applicationTags":"","priority":0,"startedTime":1795936861204,"launchTime":1795936862008,"finishedTime":1795937096551,"elapsedTime":235347,"amContainerLogs":"http://wrk-11:8042/node/containerlogs/container_e07_1795900000000_0041_01_000001/etl","amHostHttpAddress":"wrk-11:8042","amRPCAddress":"wrk-11:39201","masterNodeId":"wrk-11:8041","allocatedMB":-1,"allocatedVCores":-1,"reservedMB":-1,"reservedVCores":-1,"runningContainers":-1,"memorySeconds":2410337,"vcoreSeconds":941,"queueUsagePercentage":0.0,"clusterUsagePercentage":0.0,"logAggregationStatus":"SUCCEEDED","unmanagedApplication":false,"amNodeLabelExpression":""}`),
			we("2026-11-29T07:10:15.33Z", Unknown, "", `{"id":"application_1795900000000_0040","user":"hive","name":"INSERT OVERWRITE TABLE shop.daily_totals PARTITION (dt='2026-11-28') ...(Stage-1)","queue":"root.etl","state":"FINISHED","finalStatus":"FAILED","progress":100.0,"trackingUI":"History","trackingUrl":"http://rm-01.dc2.example.net:8088/cluster/app/application_1795900000000_0040","diagnostics":"Task failed task_1795900000000_0040_m_000003\nJob failed as tasks failed. failedMaps:1 failedReduces:0 killedMaps:0 killedReduces: 0\n","clusterId":1795900000000,"applicationType":"MAPREDUCE","applicationTags":"","priority":0,"startedTime":1795936215330,"launchTime":1795936216118,"finishedTime":1795936323904,"elapsedTime":108574,"amContainerLogs":"http://wrk-03:8042/node/containerlogs/container_e07_1795900000000_0040_01_000001/hive","amHostHttpAddress":"wrk-03:8042","amRPCAddress":"wrk-03:43519","masterNodeId":"wrk-03:8041","allocatedMB":-1,"allocatedVCores":-1,"reservedMB":-1,"reservedVCores":-1,"runningContainers":-1,"memorySeconds":391022,"vcoreSeconds":208,"queueUsagePercentage":0.0,"clusterUsagePercentage":0.0,"logAggregationStatus":"SUCCEEDED","unmanagedApplication":false,"amNodeLabelExpression":""}`),
		},
	},
	{
		name:   "spark-history-rest-applications-jq-gmt",
		gap:    "trawl reads no time from the application objects: neither `\"startTime\":\"2026-11-29T07:41:04.117GMT\"` (GMT glued to the milliseconds) nor the epoch milliseconds under `startTimeEpoch`",
		source: "the Spark History Server's REST API (`curl -s 'http://shs-01:18080/api/v1/applications?minDate=2026-11-29' | jq -c '.[]'`): one application a line with its attempts, startTime, endTime and lastUpdated as `yyyy-MM-ddTHH:mm:ss.SSSGMT` and the same as startTimeEpoch, endTimeEpoch and lastUpdatedEpoch, an unfinished attempt's endTime `1969-12-31T23:59:59.999GMT` and endTimeEpoch -1: apache/spark PR #40313 (a running application's JSON), hortonworks/cloudbreak PR #11486 (a YARN application through Knox), apache/spark PR #11152 (the `GMT` date parameters)",
		why:    "`GMT` glued to the milliseconds with no separator; the start is the record's time (startTime and startTimeEpoch name one instant); the 1969 endTime and the -1 epochs are no times; duration is milliseconds; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:04.117Z", Unknown, "", `{"id":"application_1795900000000_0042","name":"orders_daily_agg","attempts":[{"attemptId":"1","startTime":"2026-11-29T07:41:04.117GMT","endTime":"1969-12-31T23:59:59.999GMT","lastUpdated":"2026-11-29T07:45:33.204GMT","duration":269087,"sparkUser":"etl","completed":false,"appSparkVersion":"3.5.6","startTimeEpoch":1795938064117,"endTimeEpoch":-1,"lastUpdatedEpoch":1795938333204}]}`),
			we("2026-11-29T07:21:05.88Z", Unknown, "", `{"id":"application_1795900000000_0041","name":"orders_hourly_compact","attempts":[{"attemptId":"1","startTime":"2026-11-29T07:21:05.880GMT","endTime":"2026-11-29T07:24:53.012GMT","lastUpdated":"2026-11-29T07:24:53.540GMT","duration":227132,"sparkUser":"etl","completed":true,"appSparkVersion":"3.5.6","startTimeEpoch":1795936865880,"endTimeEpoch":1795937093012,"lastUpdatedEpoch":1795937093540}]}`),
			we("2026-11-29T06:58:12.404Z", Unknown, "", `{"id":"spark-8c2e41d07a3b4f5e9d1c6b2a0f3e7d94","name":"churn-features","attempts":[{"startTime":"2026-11-29T06:58:12.404GMT","endTime":"2026-11-29T07:12:40.771GMT","lastUpdated":"2026-11-29T07:12:41.105GMT","duration":868367,"sparkUser":"spark","completed":true,"appSparkVersion":"4.0.1","startTimeEpoch":1795935492404,"endTimeEpoch":1795936360771,"lastUpdatedEpoch":1795936361105}]}`),
		},
	},
	{
		name:   "spark4-submit-standalone-rest-cluster-mode",
		source: "spark-submit of Spark 4.0 with `--deploy-mode cluster --master spark://sp-master-01:6066` against a standalone master with its REST server enabled: the log4j2-defaults console (`%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex`, plain text since SPARK-50773), RestSubmissionClient's `Submitting a request to launch…`, `Submission successfully created as driver-…`, `State of driver … is now RUNNING.`, `Driver is running on worker … at host:port.` and `Server responded with CreateSubmissionResponse:` followed by the response's pretty-printed JSON: apache/spark RestSubmissionClient.scala, mesosphere/dcos-spark issue #5 (the lines with the JSON block), ywilkof/spark-jobs-rest-client issue #9 (the response's fields), apache/spark PR #49421",
		why:    "the two-digit year first; the driver id and the worker id carry yyyyMMddHHmmss stamps that are no times; the JSON answer under `Server responded with` is that line's record; the worker's address is a peer, no host",
		entries: []worldEntry{
			we("", Unknown, "", "Using Spark's default log4j profile: org/apache/spark/log4j2-defaults.properties"),
			we("2026-11-29T07:41:16Z", Info, "", "26/11/29 07:41:16 INFO RestSubmissionClient: Submitting a request to launch an application in spark://sp-master-01.dc2.example.net:6066."),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 INFO RestSubmissionClient: Submission successfully created as driver-20261129074117-0007. Polling submission state..."),
			we("2026-11-29T07:41:17Z", Info, "", "26/11/29 07:41:17 INFO RestSubmissionClient: Submitting a request for the status of submission driver-20261129074117-0007 in spark://sp-master-01.dc2.example.net:6066."),
			we("2026-11-29T07:41:18Z", Info, "", "26/11/29 07:41:18 INFO RestSubmissionClient: State of driver driver-20261129074117-0007 is now RUNNING."),
			we("2026-11-29T07:41:18Z", Info, "", "26/11/29 07:41:18 INFO RestSubmissionClient: Driver is running on worker worker-20261129062002-10.20.3.21-38611 at 10.20.3.21:38611."),
			we("2026-11-29T07:41:18Z", Info, "",
				"26/11/29 07:41:18 INFO RestSubmissionClient: Server responded with CreateSubmissionResponse:",
				"{",
				`  "action" : "CreateSubmissionResponse",`,
				`  "message" : "Driver successfully submitted as driver-20261129074117-0007",`,
				`  "serverSparkVersion" : "4.0.1",`,
				`  "submissionId" : "driver-20261129074117-0007",`,
				`  "success" : true`,
				"}"),
			we("2026-11-29T07:41:18Z", Info, "", "26/11/29 07:41:18 INFO ShutdownHookManager: Shutdown hook called"),
			we("2026-11-29T07:41:18Z", Info, "", "26/11/29 07:41:18 INFO ShutdownHookManager: Deleting directory /tmp/spark-5c1d9e2a-7b3f-4a60-9e21-3d4c5b6a7f80"),
		},
	},
	{
		name:   "seatunnel-zeta-client-metrics-statistic-blocks",
		source: "the SeaTunnel 2.3 Zeta client's console (`bin/seatunnel.sh --config …`, log4j2 `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%-30.30c{1.}] [%t] - %m%n`): ClientJobProxy's submit lines, the JobMetricsRunner's minutely message that starts with a newline (a row of asterisks, ` Job Progress Information`, `Label : value` rows padded to 26 and 19 with Last and Current Statistic Time, an empty line after), ClientExecuteCommand's `Job Statistic Information` block at the end, Hazelcast's client shutdown: zilliztech/vts issue #77 (the progress blocks on a console), apache/seatunnel issues #6038 and #8702 (the statistic and progress blocks), #8322; the logger abbreviations from the pattern",
		why:    "the log line ends at ` - ` and its message is the block below it; the times inside the block (Start Time, Last Statistic Time) are not record starts; the job id is 19 digits, no time; Hazelcast's build date is no time; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "2026-11-29 07:41:16,412 INFO  [o.a.s.c.s.u.ConfigBuilder     ] [main] - Loading config file from path: /opt/seatunnel/jobs/orders_to_doris.conf"),
			we("2026-11-29T07:41:17.95Z", Info, "", "2026-11-29 07:41:17,950 INFO  [o.a.s.e.c.j.ClientJobProxy    ] [main] - Start submit job, job id: 1047331822903377921, with plugin jar [file:/opt/seatunnel/connectors/connector-jdbc-2.3.11.jar, file:/opt/seatunnel/connectors/connector-doris-2.3.11.jar]"),
			we("2026-11-29T07:41:18.102Z", Info, "", "2026-11-29 07:41:18,102 INFO  [o.a.s.e.c.j.ClientJobProxy    ] [main] - Submit job finished, job id: 1047331822903377921, job name: orders_to_doris"),
			we("2026-11-29T07:41:18.109Z", Warn, "", "2026-11-29 07:41:18,109 WARN  [o.a.s.e.c.j.JobMetricsRunner  ] [job-metrics-runner-1047331822903377921] - Failed to get job metrics summary, it maybe first-run"),
			we("2026-11-29T07:42:18.12Z", Info, "",
				"2026-11-29 07:42:18,120 INFO  [o.a.s.e.c.j.JobMetricsRunner  ] [job-metrics-runner-1047331822903377921] - ",
				"***********************************************",
				"           Job Progress Information",
				"***********************************************",
				"Job Id                    : 1047331822903377921",
				"Read Count So Far         :              481920",
				"Write Count So Far        :              480000",
				"Average Read Count        :              8032/s",
				"Average Write Count       :              8000/s",
				"Last Statistic Time       : 2026-11-29 07:41:18",
				"Current Statistic Time    : 2026-11-29 07:42:18",
				"***********************************************",
				""),
			we("2026-11-29T07:42:41.633Z", Info, "",
				"2026-11-29 07:42:41,633 INFO  [s.c.s.s.c.ClientExecuteCommand] [main] - ",
				"***********************************************",
				"           Job Statistic Information",
				"***********************************************",
				"Start Time                : 2026-11-29 07:41:16",
				"End Time                  : 2026-11-29 07:42:41",
				"Total Time(s)             :                  85",
				"Total Read Count          :              692104",
				"Total Write Count         :              692104",
				"Total Failed Count        :                   0",
				"***********************************************",
				""),
			we("2026-11-29T07:42:41.702Z", Info, "", "2026-11-29 07:42:41,702 INFO  [c.h.c.LifecycleService        ] [main] - hz.client_1 [seatunnel] [5.1] HazelcastClient 5.1 (20220228 - 21f20e7) is SHUTDOWN"),
		},
	},
	{
		name:   "gluten-velox-executor-stderr-glog-mixed",
		source: "a Spark 3.5 executor's stderr file with Apache Gluten's Velox backend (the executor's work dir, or the Executors tab's stderr link): Spark's log4j2 lines (`%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex`) and the native side's glog lines on the same stream (`Lyyyymmdd hh:mm:ss.uuuuuu tid file:line] msg`, Velox's `Exceptions.h` line), TaskResources' `Task N failed by error: ` with the GlutenException's VeloxRuntimeError text (Error Source, Error Code, Reason, Retriable, Context, Function, File, Line, Stack trace) and the Java frames under it: apache/gluten issue #6357 (the glog line with its year and the TaskResources record), issues #4332, #2416, #6292 and #11128 (the error's fields), PRs #1694 and #3466 (Velox logging to stderr, glog severities)",
		why:    "two layouts interleaved in one file: yy/MM/dd with a level word, and glog's letter with an eight-digit date; the error's continuation lines start with `Error Source:` and `Error Code:` and are no records or levels of their own; the split's dt=2026-11-28 is a path",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Info, "", "26/11/29 07:41:20 INFO Executor: Running task 3.0 in stage 7.0 (TID 412)"),
			we("2026-11-29T07:41:20.611847Z", Info, "", "I20261129 07:41:20.611847 48240 VeloxMemoryManager.cc:164] Growing memory pool root/Gluten_Stage_7_TID_412_VTID_3 by 64.00MB to 448.00MB"),
			we("2026-11-29T07:41:22.903114Z", Warn, "", "W20261129 07:41:22.903114 48240 SortBuffer.cpp:162] Spilling sort buffer of Gluten_Stage_7_TID_412_VTID_3 with 1.82GB in memory"),
			we("2026-11-29T07:41:24.017552Z", Error, "", "E20261129 07:41:24.017552 48240 Exceptions.h:67] Line: /opt/gluten/ep/build-velox/build/velox_ep/velox/exec/Driver.cpp:555, Function:runInternal, Expression:  Operator::getOutput failed for [operator: TableScan, plan node ID: 0]: Error during calling Java code from native code: java.io.IOException: Filesystem closed, Source: RUNTIME, ErrorCode: INVALID_STATE"),
			we("2026-11-29T07:41:24Z", Error, "",
				"26/11/29 07:41:24 ERROR TaskResources: Task 412 failed by error: ",
				"org.apache.gluten.exception.GlutenException: org.apache.gluten.exception.GlutenException: Exception: VeloxRuntimeError",
				"Error Source: RUNTIME",
				"Error Code: INVALID_STATE",
				"Reason: Operator::getOutput failed for [operator: TableScan, plan node ID: 0]: Error during calling Java code from native code: java.io.IOException: Filesystem closed",
				"Retriable: False",
				"Context: Split [Hive: hdfs://nn-01.dc2.example.net:8020/warehouse/shop.db/orders/dt=2026-11-28/part-00017-5e1c9a2b.zstd.parquet 0 - 134217728] Task Gluten_Stage_7_TID_412_VTID_3",
				"Function: runInternal",
				"File: /opt/gluten/ep/build-velox/build/velox_ep/velox/exec/Driver.cpp",
				"Line: 555",
				"Stack trace:",
				"# 0  _ZN8facebook5velox7process10StackTraceC1Ei",
				"# 1  _ZN6gluten24WholeStageResultIterator4nextEv",
				"# 2  Java_org_apache_gluten_vectorized_ColumnarBatchOutIterator_nativeHasNext",
				"",
				"\tat org.apache.gluten.vectorized.ColumnarBatchOutIterator.nativeHasNext(Native Method)",
				"\tat org.apache.gluten.vectorized.ColumnarBatchOutIterator.hasNextInternal(ColumnarBatchOutIterator.java:65)",
				"\tat org.apache.gluten.vectorized.GeneralOutIterator.hasNext(GeneralOutIterator.java:37)"),
			we("2026-11-29T07:41:24Z", Info, "", "26/11/29 07:41:24 INFO Executor: Executor interrupted and killed task 3.0 in stage 7.0 (TID 412), reason: Stage cancelled"),
			we("2026-11-29T07:41:25Z", Info, "", "26/11/29 07:41:25 INFO CoarseGrainedExecutorBackend: Got assigned task 431"),
		},
	},
	{
		name:   "databricks-cli-bundle-run-job-states",
		gap:    "trawl joins an untimed CLI line to the timed state line above it: the second run's `Run URL:` line to `TERMINATED SUCCESS`, and the CLI's `Error: failed to reach TERMINATED or SKIPPED` line to the `INTERNAL_ERROR FAILED` line, whose record then takes Error as its level",
		source: "the Databricks CLI's `databricks bundle run nightly_orders_job` (CLI 0.27x): `Run URL: …` and an empty line, then one line a state change from JobProgressEvent.String (the local time as `2006-01-02 15:04:05`, the run name in quotes, the life-cycle state, the result state and the state message when set), and on failure cobra's `Error: failed to reach TERMINATED or SKIPPED, got …`: databricks/cli bundle/run/progress/job.go, databricks/bundle-examples (a private-wheel example's output), a blog post's `bundle run` output, a deploy script quoting the Error line",
		why:    "a zone-less local time read as UTC; the run name in brackets and quotes is no host or level; TERMINATED SUCCESS and INTERNAL_ERROR FAILED are states, no levels; the CLI's `Error:` line is an error; the Run URL has no time",
		entries: []worldEntry{
			we("", Unknown, "", "Run URL: https://adb-5550148211907722.2.azuredatabricks.net/?o=5550148211907722#job/804218837156220/run/731992051128871", ""),
			we("2026-11-29T07:41:16Z", Unknown, "", `2026-11-29 07:41:16 "[dev lena_k] nightly_orders_job" PENDING Waiting for cluster`),
			we("2026-11-29T07:44:02Z", Unknown, "", `2026-11-29 07:44:02 "[dev lena_k] nightly_orders_job" RUNNING`),
			we("2026-11-29T07:51:40Z", Unknown, "", `2026-11-29 07:51:40 "[dev lena_k] nightly_orders_job" TERMINATED SUCCESS`),
			we("", Unknown, "", "Run URL: https://adb-5550148211907722.2.azuredatabricks.net/?o=5550148211907722#job/804218837156220/run/902117734480093", ""),
			we("2026-11-29T08:02:40Z", Unknown, "", `2026-11-29 08:02:40 "[dev lena_k] nightly_orders_job" RUNNING`),
			we("2026-11-29T08:05:57Z", Unknown, "", `2026-11-29 08:05:57 "[dev lena_k] nightly_orders_job" INTERNAL_ERROR FAILED Task load_orders failed with message: Workload failed, see run output for details. This caused all downstream tasks to get skipped.`),
			we("", Error, "", "Error: failed to reach TERMINATED or SKIPPED, got INTERNAL_ERROR: Task load_orders failed with message: Workload failed, see run output for details. This caused all downstream tasks to get skipped."),
		},
	},
	{
		name:   "flink-rest-jobs-overview-jq-compact",
		source: "Flink's REST API on a JobManager (`curl -s http://flink-jm:8081/jobs/overview | jq -c '.jobs[]'`, Flink 1.20/2.0): one JobDetails object a line, `jid`, `name`, `start-time`, `end-time` (-1 while running), `duration`, `state`, `last-modification` in epoch milliseconds and the per-state task counts: apache/flink JobDetails.java (the field names and their order), TouK/nussknacker PR #1150 (a client of the endpoint); the tasks map's key order from memory",
		why:    "hyphenated keys; start-time is the record's time, end-time -1 none and duration milliseconds; FAILED and CANCELED are states and task counts, no level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:20:02.114Z", Unknown, "", `{"jid":"4f2c1e9a7b3d5e60a18c2d4b6f8e0a13","name":"orders-enrichment","start-time":1795936802114,"end-time":-1,"duration":1273886,"state":"RUNNING","last-modification":1795936809420,"tasks":{"running":4,"canceling":0,"canceled":0,"total":4,"created":0,"scheduled":0,"deploying":0,"reconciling":0,"finished":0,"initializing":0,"failed":0}}`),
			we("2026-11-29T06:30:00.502Z", Unknown, "", `{"jid":"9d0b7e2c41a35f68b1c4e7d2a0f93b56","name":"insert-into_default_catalog.default_database.daily_totals","start-time":1795933800502,"end-time":1795934041877,"duration":241375,"state":"FINISHED","last-modification":1795934041877,"tasks":{"running":0,"canceling":0,"canceled":0,"total":6,"created":0,"scheduled":0,"deploying":0,"reconciling":0,"finished":6,"initializing":0,"failed":0}}`),
			we("2026-11-29T05:12:44.09Z", Unknown, "", `{"jid":"2b61f0c8e3d94a7d85e0c1b3a6f29d47","name":"clickstream-sessionizer","start-time":1795929164090,"end-time":1795935739655,"duration":6575565,"state":"FAILED","last-modification":1795935739655,"tasks":{"running":0,"canceling":0,"canceled":3,"total":4,"created":0,"scheduled":0,"deploying":0,"reconciling":0,"finished":0,"initializing":0,"failed":1}}`),
		},
	},
}

func TestFresh300Formats(t *testing.T) { assertTable(t, fresh300Cases) }
func TestFresh300Score(t *testing.T) {
	checkScore(t, "fresh300 formats", fresh300Cases, [worldNumFields]float64{90.2, 80.5, 86, 83.2})
}
