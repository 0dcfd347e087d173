package parse

import "testing"

// The two-hundred-and-eightieth fresh table, written on 2026-12-06: big-data and distributed-data
// platforms as they run in clouds and on Kubernetes, in shapes no earlier table holds. Each family is
// one product's documented or observed output: a Spark 3.5 application's driver and executor pods
// read together with `kubectl logs -l … --prefix --timestamps`; the Kubeflow Spark operator 1.x
// (v1beta2) pod's klog lines with its multi-line status-update blocks; an Amazon EMR step's syslog
// (EMR's `%c (%t):` layout, the job's Counters block); an EMR core node's NodeManager log in the
// same layout with the container monitor's kill and the container-launch exception; an AWS Glue 4.0
// job's driver stream (`[thread] pkg.Class (File.scala:method(line)):`, ProcessLauncher's Python
// traceback); Amazon Managed Service for Apache Flink's CloudWatch JSON records under `aws logs
// tail`; Flink on Kubernetes with log4j2's JsonTemplateLayout LogstashJsonEventLayoutV1 template;
// Amazon MSK Connect's worker-prefixed events; Databricks audit logs as delivered to S3; Trino on
// Kubernetes with log.format=json and an annotation file naming the pod's host.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`spark-operator`, `spark on k8s`, `spark-kubernetes`, `spark.kubernetes`,
// `KubernetesClusterSchedulerBackend`, `ExecutorPodsAllocator`, `LoggingPodStatusWatcherImpl`,
// `sparkapplication`, `spark-driver`, `spark-kubernetes-driver]`, `spark-kubernetes-executor]`,
// `[pod/`, `--prefix`, `Update the status of SparkApplication`, `submission.go`,
// `spark_pod_eventhandler`, `Starting processing key`, `EMR`, `step log`, `command-runner`,
// `INFO startExec`, `(main): `, `RMProxy (main)`, `MetricsSaver`, `Job (main)`,
// `Streaming Command Failed`, `packageJobJar`, `Counters: 5`, `File System Counters`,
// `emr-containers`, `EMR Serverless`, `NodeManager`, `ContainerLaunch`, `ContainerImpl`,
// `ContainersLauncher #`, `IPC Server handler`, `(Container Monitor)`, `Dump of the process-tree`,
// `DefaultContainerExecutor`, `LinuxContainerExecutor`, `Dataproc`, `dataproc.job.driver`,
// `cloud_dataproc`, `yarn-userlogs`, `gcloud dataproc batches`, `gcloud logging read`,
// `receiveTimestamp`, `resource_name`, `Databricks`, `DriverDaemon`, `driver/log4j`, `auditLevel`,
// `shardName`, `sourceIPAddress`, `Microsoft.Databricks`, `Flink`, `JsonTemplateLayout`,
// `GcpLayout`, `timestampSeconds`, `epochSecond`, `"@version":1`, `level_value`, `logger_name`,
// `source_host`, `kinesisanalytics`, `kinesis-analytics`, `applicationARN`, `messageSchemaVersion`,
// `"messageType":"`, `Managed Service for Apache Flink`, `aws logs tail`, `kraft`, `QuorumController`,
// `RaftManager`, `strimzi`, `Reconciliation #`, `MSK`, `MSK Connect`, `[Worker-0`, `AbstractConfig:`,
// `GlueContext`, `aws-glue`, `Logging.scala`, `GlueCloudwatchSink`, `glueexceptionanalysis`,
// `ProcessLauncher`, ` jr_`, `zookeeper`, `QuorumPeer`, `logback`, `hbase`, `HRegionServer`,
// `responseTooSlow`, `RpcServer.default`, `Trino`, `presto`, `io.trino`, `airlift`,
// `"annotations":`, `log.annotation-file`, `PrestoServer`, `prestissimo`, `kuberay`, `kopf`,
// `yunikorn`, `celeborn`, `uniffle`, `volcano`).
// Spark on Kubernetes is in fresh41 (spark-submit's pod-status watcher), fresh56 (a driver pod
// behind the entrypoint's traced exec) and fresh78 (an executor pod the same way, the apache
// operator, the Kubeflow operator 2.x's zap console); the pods behind kubectl's prefix and the
// kubelet's time, and the Kubeflow operator 1.x's klog with its JSON status blocks, are in none.
// EMR is in fresh20 (the step controller) and fresh112 (the instance controller); the step syslog
// and the NodeManager in EMR's `(thread):` layout are in none (the NodeManager's Apache layout is
// fresh171's). Glue, Managed Flink, MSK Connect and Databricks' audit delivery are in none
// (Databricks' driver log4j, stdout, init-script and notebook output are fresh49's, fresh157's and
// fresh163's; Flink's ECS JSON is fresh157's; Kafka Connect's own logs are many tables'). The
// LogstashJsonEventLayoutV1 template is in fresh182 under Spring Boot, never under Flink on
// Kubernetes. Trino's JSON log is fresh49's, without annotations. Left out as measured already:
// Kafka in KRaft mode (fresh112, fresh132, fresh168, fresh182, fresh237, fresh238, fresh56, fresh78
// and others), ZooKeeper 3.8 and 3.9 with logback (fresh132, fresh163, fresh230), HBase
// RegionServers in every layout from 1.x to 2.6 (fresh3, fresh127, fresh171), Dataproc's gcloud
// output (fresh157, fresh163) and Cloud Logging's YAML and sink JSON (fresh27, fresh180), Trino's
// text server.log, launcher and request logs (holdout_test.go, fresh27, fresh62, fresh171). The
// table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The kubelet's nanosecond time and Spark's `yy/MM/dd HH:mm:ss` of the same
// second are both the record's time, so either is accepted; klog's `MMdd` has no year (2026); EMR's,
// Glue's and MSK Connect's log4j times carry no zone and are taken as UTC; `aws logs tail` gives the
// only time of a Managed Flink record (its JSON holds none); Databricks' timestamp is epoch
// milliseconds; the Logstash template's @timestamp carries +00:00; Airlift's is an instant with Z. A
// `lastModified:` epoch, a checkpoint's trigger epoch, a partition date or a `dt=` path inside a
// message is no time of the record. Levels only where the line marks one: Spark's, log4j's and
// Airlift's level words, klog's letter (I for an event whose type is 'Warning'), MSF's messageType,
// the template's level; a Databricks event has none (a 401 statusCode is no level), and an EMR job
// client's INFO stays Info over a `Status : FAILED` and an `Error:` line under it. The host is the
// record's host field: the template's source_host and Trino's annotations.host (both the pod's
// hostname); a pod in kubectl's prefix, an MSK worker id, a CloudWatch stream name, a Databricks
// shard or source address, an executor's or broker's address in a message are not hosts. A record
// that spans lines is one entry: a stack trace whose lines each carry kubectl's prefix and time, the
// operator's `from:`/`to:` JSON blocks, the Counters block, the process-tree dump, the
// container-launch exception, Glue's Python traceback, and AbstractConfig's `values:` dump whose
// lines each carry the MSK worker prefix.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 50e127b before any rule for it: level 90.0 %, time 100.0 %, host 90.0 %, records 100.0 %.
// That is the macro figure (micro: level 93.0 %, time 100.0 %, host 93.0 %, records 100.0 %), in a
// worktree at 50e127b with no change to trawl's code (only this file and table_test.go's list), 8 of
// 10 families fully right (the Spark pods behind kubectl's prefix and time, the Spark operator's klog
// blocks, EMR's step syslog and NodeManager, Glue, Flink's Logstash template, MSK Connect and the
// Databricks audit delivery); the gaps are Managed Flink's messageType behind `aws logs tail`'s time
// and stream name, and Trino's host nested in its annotations.

var fresh280Cases = []worldCase{
	{
		name:   "spark-k8s-pods-kubectl-label-prefix-timestamps",
		source: "`kubectl logs -n spark-jobs -l spark-app-selector=spark-… --prefix --timestamps --max-log-requests 8` over a Spark 3.5 application's pods, one pod after another (`[pod/<pod>/<container>] `, the kubelet's RFC 3339 nanosecond time, then Spark's log4j2-defaults `yy/MM/dd HH:mm:ss LEVEL Class: msg`; the containers spark-kubernetes-driver and spark-kubernetes-executor, executor pods `<prefix>-exec-N`): kubernetes/kubernetes PR #76471 and wercker/stern issue #145 (the prefix with --timestamps), spark.apache.org 'Running Spark on Kubernetes' (pod and container names); the Spark lines from memory of real pods",
		why:    "two times on a line, the kubelet's and Spark's of the same second, either accepted; Spark's level word after both; a stack trace whose every line carries the prefix and a time of its own is one record; pods and executor addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:21.903418775Z|2026-11-29T07:41:21Z", Info, "", "[pod/orders-etl-8d2c41f0a7b3e915-driver/spark-kubernetes-driver] 2026-11-29T07:41:21.903418775Z 26/11/29 07:41:21 INFO SparkContext: Running Spark version 3.5.3"),
			we("2026-11-29T07:41:25.118204431Z|2026-11-29T07:41:25Z", Info, "", "[pod/orders-etl-8d2c41f0a7b3e915-driver/spark-kubernetes-driver] 2026-11-29T07:41:25.118204431Z 26/11/29 07:41:25 INFO ExecutorPodsAllocator: Going to request 3 executors from Kubernetes for ResourceProfile Id: 0, target: 3, known: 0, sharedSlotFromPendingPods: 2147483647."),
			we("2026-11-29T07:41:33.550019327Z|2026-11-29T07:41:33Z", Info, "", "[pod/orders-etl-8d2c41f0a7b3e915-driver/spark-kubernetes-driver] 2026-11-29T07:41:33.550019327Z 26/11/29 07:41:33 INFO KubernetesClusterSchedulerBackend$KubernetesDriverEndpoint: Registered executor NettyRpcEndpointRef(spark-client://Executor) (10.42.5.23:45822) with ID 1,  ResourceProfileId 0"),
			we("2026-11-29T07:41:44.20477131Z|2026-11-29T07:41:44Z", Warn, "",
				"[pod/orders-etl-8d2c41f0a7b3e915-driver/spark-kubernetes-driver] 2026-11-29T07:41:44.204771310Z 26/11/29 07:41:44 WARN TaskSetManager: Lost task 3.0 in stage 1.0 (TID 7) (10.42.5.23 executor 1): java.io.FileNotFoundException: No such file or directory: s3a://shop-lake/raw/orders/dt=2026-11-28/part-00003-5e1c.snappy.parquet",
				"[pod/orders-etl-8d2c41f0a7b3e915-driver/spark-kubernetes-driver] 2026-11-29T07:41:44.204790118Z \tat org.apache.hadoop.fs.s3a.S3AFileSystem.s3GetFileStatus(S3AFileSystem.java:3866)",
				"[pod/orders-etl-8d2c41f0a7b3e915-driver/spark-kubernetes-driver] 2026-11-29T07:41:44.204794502Z \tat org.apache.spark.sql.execution.datasources.FileScanRDD$$anon$1.nextIterator(FileScanRDD.scala:220)"),
			we("2026-11-29T07:41:30.771204118Z|2026-11-29T07:41:30Z", Info, "", "[pod/orders-etl-8d2c41f0a7b3e915-exec-1/spark-kubernetes-executor] 2026-11-29T07:41:30.771204118Z 26/11/29 07:41:30 INFO CoarseGrainedExecutorBackend: Successfully registered with driver"),
			we("2026-11-29T07:41:44.190338702Z|2026-11-29T07:41:44Z", Error, "",
				"[pod/orders-etl-8d2c41f0a7b3e915-exec-1/spark-kubernetes-executor] 2026-11-29T07:41:44.190338702Z 26/11/29 07:41:44 ERROR Executor: Exception in task 3.0 in stage 1.0 (TID 7)",
				"[pod/orders-etl-8d2c41f0a7b3e915-exec-1/spark-kubernetes-executor] 2026-11-29T07:41:44.190351260Z java.io.FileNotFoundException: No such file or directory: s3a://shop-lake/raw/orders/dt=2026-11-28/part-00003-5e1c.snappy.parquet",
				"[pod/orders-etl-8d2c41f0a7b3e915-exec-1/spark-kubernetes-executor] 2026-11-29T07:41:44.190355871Z \tat org.apache.hadoop.fs.s3a.S3AFileSystem.s3GetFileStatus(S3AFileSystem.java:3866)"),
			we("2026-11-29T07:41:31.402911550Z|2026-11-29T07:41:31Z", Info, "", "[pod/orders-etl-8d2c41f0a7b3e915-exec-2/spark-kubernetes-executor] 2026-11-29T07:41:31.402911550Z 26/11/29 07:41:31 INFO Executor: Starting executor ID 2 on host 10.42.6.17"),
		},
	},
	{
		name:   "kubeflow-spark-operator-v1-klog-status-blocks",
		source: "the Kubeflow Spark operator 1.x (v1beta2, `spark-operator -v=2 -logtostderr`) read with `kubectl logs`: klog `Lmmdd HH:mm:ss.uuuuuu threadid file.go:line] msg`, controller.go's enqueue and processing-key lines, submission.go's `spark-submit arguments: [...]`, controller.go's `Update the status of SparkApplication ns/name from:` with the old and new status as indented JSON on the lines after (`to:` between them), event.go's `Event(v1.ObjectReference{...}): type: 'Warning' reason: '…'` recorded at I, the E line of a failed spark-submit: kubeflow/spark-operator issues #1622 (the status block and event.go), #355 (processing keys), #412 (the E line and -v=2's arguments)",
		why:    "a year-less klog time; the letter is the level, so an event of type 'Warning' is Info; a status update with its pretty JSON and the `to:` line is one record; dates and times inside the JSON and the arguments are not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.902114Z", Info, "", "I1129 07:41:15.902114      10 controller.go:207] SparkApplication spark-jobs/orders-etl was added, enqueuing it for submission"),
			we("2026-11-29T07:41:15.90217Z", Info, "", `I1129 07:41:15.902170      10 controller.go:247] Starting processing key: "spark-jobs/orders-etl"`),
			we("2026-11-29T07:41:15.904518Z", Info, "", "I1129 07:41:15.904518      10 submission.go:65] spark-submit arguments: [/opt/spark/bin/spark-submit --class com.example.OrdersJob --master k8s://https://10.96.0.1:443 --deploy-mode cluster --conf spark.kubernetes.namespace=spark-jobs --conf spark.app.name=orders-etl --conf spark.kubernetes.driver.pod.name=orders-etl-driver --conf spark.kubernetes.container.image=registry.example.net/spark:3.5.3 --conf spark.executor.instances=3 local:///opt/app/orders.jar 2026-11-28]"),
			we("2026-11-29T07:41:19.460021Z", Info, "",
				"I1129 07:41:19.460021      10 controller.go:837] Update the status of SparkApplication spark-jobs/orders-etl from:",
				"{",
				`  "lastSubmissionAttemptTime": null,`,
				`  "terminationTime": null,`,
				`  "driverInfo": {},`,
				`  "applicationState": {`,
				`    "state": ""`,
				"  }",
				"}",
				"to:",
				"{",
				`  "sparkApplicationId": "spark-2f8c41d07e5b4a6f9d13c0e7a2b5f816",`,
				`  "submissionID": "5d0e7c1a-94b2-4f3e-8a61-2c7b9e0d4f18",`,
				`  "lastSubmissionAttemptTime": "2026-11-29T07:41:19Z",`,
				`  "terminationTime": null,`,
				`  "driverInfo": {`,
				`    "podName": "orders-etl-driver"`,
				"  },",
				`  "applicationState": {`,
				`    "state": "SUBMITTED"`,
				"  },",
				`  "submissionAttempts": 1`,
				"}"),
			we("2026-11-29T07:41:19.460311Z", Info, "", `I1129 07:41:19.460311      10 event.go:282] Event(v1.ObjectReference{Kind:"SparkApplication", Namespace:"spark-jobs", Name:"orders-etl", UID:"9b1e4c7a-2d3f-4e5a-8b6c-7d8e9f0a1b2c", APIVersion:"sparkoperator.k8s.io/v1beta2", ResourceVersion:"4410921", FieldPath:""}): type: 'Normal' reason: 'SparkApplicationSubmitted' SparkApplication orders-etl was submitted successfully`),
			we("2026-11-29T07:41:19.460402Z", Info, "", `I1129 07:41:19.460402      10 controller.go:254] Ending processing key: "spark-jobs/orders-etl"`),
			we("2026-11-29T07:52:03.118044Z", Error, "", "E1129 07:52:03.118044      10 controller.go:569] failed to run spark-submit for SparkApplication spark-jobs/nightly-agg: failed to run spark-submit for SparkApplication spark-jobs/nightly-agg: exit status 1"),
			we("2026-11-29T07:52:03.11826Z", Info, "", `I1129 07:52:03.118260      10 event.go:282] Event(v1.ObjectReference{Kind:"SparkApplication", Namespace:"spark-jobs", Name:"nightly-agg", UID:"e4d3c2b1-a0f9-4e8d-9c7b-6a5f4e3d2c1b", APIVersion:"sparkoperator.k8s.io/v1beta2", ResourceVersion:"4412077", FieldPath:""}): type: 'Warning' reason: 'SparkApplicationSubmissionFailed' failed to submit SparkApplication nightly-agg: failed to run spark-submit for SparkApplication spark-jobs/nightly-agg: exit status 1`),
		},
	},
	{
		name:   "aws-emr-step-syslog-logger-thread",
		source: "Amazon EMR's step syslog (s3://<log-uri>/<cluster-id>/steps/<step-id>/syslog, the `hadoop jar` client under EMR's log4j `%d{ISO8601} %p %c (%t): %m%n`: the fully qualified logger, then the thread in parentheses before the colon; the job's `Counters: N` block continuing on tab-indented group and counter lines, a failed attempt's diagnostics on the lines under its `Task Id :` line): Yelp/mrjob tests/logs/test_log4j.py (`… INFO amazon.emr.metrics.MetricsSaver (main): …` and `… INFO org.apache.hadoop.mapreduce.Job (main): Counters: 54` with its indented lines) and tests/logs/test_step.py (the step syslog paths, the job client's messages, the `Status : FAILED` block); the MetricsConfigRecord text from memory",
		why:    "a zone-less ISO time, then the level, the logger and `(main):`; an epoch in a message is no time; the Counters block and the failed attempt's `Error:` and frames belong to the INFO line above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:17.83Z", Info, "", "2026-11-29 07:41:17,830 INFO amazon.emr.metrics.MetricsSaver (main): MetricsConfigRecord disabledInCluster: false instanceEngineCycleSec: 60 clusterEngineCycleSec: 60 disableClusterEngine: true maxMemoryMb: 3072 maxInstanceCount: 500 lastModified: 1795937012204"),
			we("2026-11-29T07:41:18.511Z", Info, "", "2026-11-29 07:41:18,511 INFO org.apache.hadoop.yarn.client.DefaultNoHARMFailoverProxyProvider (main): Connecting to ResourceManager at ip-10-20-9-10.ec2.internal/10.20.9.10:8032"),
			we("2026-11-29T07:41:22.102Z", Info, "", "2026-11-29 07:41:22,102 INFO org.apache.hadoop.yarn.client.api.impl.YarnClientImpl (main): Submitted application application_1795937100000_0042"),
			we("2026-11-29T07:41:34.378Z", Info, "", "2026-11-29 07:41:34,378 INFO org.apache.hadoop.mapreduce.Job (main):  map 0% reduce 0%"),
			we("2026-11-29T07:42:10.913Z", Info, "",
				"2026-11-29 07:42:10,913 INFO org.apache.hadoop.mapreduce.Job (main): Task Id : attempt_1795937100000_0042_m_000003_0, Status : FAILED",
				"Error: java.lang.RuntimeException: PipeMapRed.waitOutputThreads(): subprocess failed with code 1",
				"\tat org.apache.hadoop.streaming.PipeMapRed.waitOutputThreads(PipeMapRed.java:326)",
				"\tat org.apache.hadoop.streaming.PipeMapRed.mapRedFinished(PipeMapRed.java:539)"),
			we("2026-11-29T07:43:02.44Z", Info, "", "2026-11-29 07:43:02,440 INFO org.apache.hadoop.mapreduce.Job (main): Job job_1795937100000_0042 completed successfully"),
			we("2026-11-29T07:43:02.512Z", Info, "",
				"2026-11-29 07:43:02,512 INFO org.apache.hadoop.mapreduce.Job (main): Counters: 54",
				"\tFile System Counters",
				"\t\tFILE: Number of bytes read=0",
				"\t\tS3: Number of bytes read=41207412",
				"\tJob Counters ",
				"\t\tFailed map tasks=1",
				"\t\tLaunched map tasks=9"),
			we("2026-11-29T07:43:02.53Z", Info, "", "2026-11-29 07:43:02,530 INFO org.apache.hadoop.streaming.StreamJob (main): Output directory: s3://shop-etl/out/orders/2026-11-29/"),
		},
	},
	{
		name:   "aws-emr-nodemanager-thread-layout",
		source: "an Amazon EMR core node's NodeManager log (/var/log/hadoop-yarn/yarn-yarn-nodemanager-<host>.log under EMR's log4j `%d{ISO8601} %p %c (%t): %m%n`: thread names with blanks, `#N` and port numbers in the parentheses; ContainersMonitorImpl's kill with its process-tree dump on the lines after, DefaultContainerExecutor's exit code and its container-launch exception with ExitCodeException and frames): an EMR NodeManager walkthrough in the code corpus (`… ContainerManagerImpl (IPC Server handler 32 on default port 8041): Start request for container_…`, `SecurityLogger.org.apache.hadoop.ipc.Server (Socket Reader #1 for port 8041): Auth successful …`) and an EMR log-triage tool's sample lines (`… DefaultContainerExecutor (ContainersLauncher #3): Exit code from container … is : 137`); the dump's and the exception's lines from memory of Hadoop's ContainersMonitorImpl and ContainerExecutor",
		why:    "the thread in parentheses holds blanks, digits and a `#`; a kill with its process-tree dump, and the launch exception with its frames, are one record each; the container, the user and the node names in messages are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:24.611Z", Info, "", "2026-11-29 07:41:24,611 INFO SecurityLogger.org.apache.hadoop.ipc.Server (Socket Reader #1 for port 8041): Auth successful for appattempt_1795937100000_0042_000001 (auth:SIMPLE)"),
			we("2026-11-29T07:41:24.618Z", Info, "", "2026-11-29 07:41:24,618 INFO org.apache.hadoop.yarn.server.nodemanager.containermanager.ContainerManagerImpl (IPC Server handler 7 on default port 8041): Start request for container_1795937100000_0042_01_000004 by user hadoop"),
			we("2026-11-29T07:41:24.702Z", Info, "", "2026-11-29 07:41:24,702 INFO org.apache.hadoop.yarn.server.nodemanager.containermanager.container.ContainerImpl (AsyncDispatcher event handler): Container container_1795937100000_0042_01_000004 transitioned from SCHEDULED to RUNNING"),
			we("2026-11-29T07:42:09.355Z", Warn, "",
				"2026-11-29 07:42:09,355 WARN org.apache.hadoop.yarn.server.nodemanager.containermanager.monitor.ContainersMonitorImpl (Container Monitor): Container [pid=21407,containerID=container_1795937100000_0042_01_000004] is running 412876800B beyond the 'PHYSICAL' memory limit. Current usage: 3.4 GB of 3 GB physical memory used; 5.1 GB of 15 GB virtual memory used. Killing container.",
				"Dump of the process-tree for container_1795937100000_0042_01_000004 :",
				"\t|- PID PPID PGRPID SESSID CMD_NAME USER_MODE_TIME(MILLIS) SYSTEM_TIME(MILLIS) VMEM_USAGE(BYTES) RSSMEM_USAGE(PAGES) FULL_CMD_LINE",
				"\t|- 21407 21405 21407 21407 (bash) 0 0 115924992 778 /bin/bash -c /usr/lib/jvm/jre-17/bin/java -Xmx2458m org.apache.hadoop.mapred.YarnChild 10.20.9.10 41207 attempt_1795937100000_0042_m_000003_1 4",
				"\t|- 21418 21407 21407 21407 (java) 40120 2210 5476204544 890112 /usr/lib/jvm/jre-17/bin/java -Xmx2458m org.apache.hadoop.mapred.YarnChild 10.20.9.10 41207 attempt_1795937100000_0042_m_000003_1 4"),
			we("2026-11-29T07:42:09.371Z", Warn, "", "2026-11-29 07:42:09,371 WARN org.apache.hadoop.yarn.server.nodemanager.DefaultContainerExecutor (ContainersLauncher #3): Exit code from container container_1795937100000_0042_01_000004 is : 137"),
			we("2026-11-29T07:42:09.372Z", Warn, "",
				"2026-11-29 07:42:09,372 WARN org.apache.hadoop.yarn.server.nodemanager.DefaultContainerExecutor (ContainersLauncher #3): Exception from container-launch with container ID: container_1795937100000_0042_01_000004 and exit code: 137",
				"ExitCodeException exitCode=137: ",
				"\tat org.apache.hadoop.util.Shell.runCommand(Shell.java:1009)",
				"\tat org.apache.hadoop.util.Shell.run(Shell.java:902)",
				"\tat org.apache.hadoop.yarn.server.nodemanager.DefaultContainerExecutor.launchContainer(DefaultContainerExecutor.java:338)"),
			we("2026-11-29T07:42:09.38Z", Info, "", "2026-11-29 07:42:09,380 INFO org.apache.hadoop.yarn.server.nodemanager.containermanager.container.ContainerImpl (AsyncDispatcher event handler): Container container_1795937100000_0042_01_000004 transitioned from RUNNING to EXITED_WITH_FAILURE"),
		},
	},
	{
		name:   "aws-glue-job-driver-stream-caller",
		source: "an AWS Glue 4.0 Spark job's driver log stream (log group /aws-glue/jobs/error, stream jr_<run id>) printed with `aws logs get-log-events --log-group-name /aws-glue/jobs/error --log-stream-name jr_… --query 'events[*].[message]' --output text` (one event's message a line, a multi-line event's lines kept): Glue's log4j layout `yyyy-MM-dd HH:mm:ss,SSS LEVEL [thread] pkg.Class (File.scala:method(line)): msg` as pasted in apache/hudi issue #5291 (GlueCloudwatchSink, glueexceptionanalysis and spark.SparkContext lines); ProcessLauncher's `Error from Python:Traceback …` event from memory",
		why:    "the thread in brackets after the level, then a caller location in parentheses with a line number before the colon; an ERROR whose Python traceback follows on its own lines is one record; the run id and executor addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "2026-11-29 07:41:16,412 INFO [main] glue.ProcessLauncher (Logging.scala:logInfo(61)): Launching python process with the job's script /tmp/orders_nightly.py"),
			we("2026-11-29T07:41:20.118Z", Info, "", "2026-11-29 07:41:20,118 INFO [Thread-9] spark.SparkContext (Logging.scala:logInfo(61)): Running Spark version 3.3.0-amzn-1"),
			we("2026-11-29T07:41:22.53Z", Info, "", "2026-11-29 07:41:22,530 INFO [Thread-9] sink.GlueCloudwatchSink (GlueCloudwatchSink.scala:logInfo(22)): CloudwatchSink: jobName: orders-nightly jobRunId: jr_4c1e9b7a2d3f5e6081a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7a8"),
			we("2026-11-29T07:41:40.771Z", Warn, "", "2026-11-29 07:41:40,771 WARN [task-result-getter-1] scheduler.TaskSetManager (Logging.scala:logWarning(73)): Lost task 3.0 in stage 2.0 (TID 41) (172.35.14.201 executor 2): java.io.IOException: Connection reset by peer"),
			we("2026-11-29T07:42:05.003Z", Error, "",
				"2026-11-29 07:42:05,003 ERROR [main] glue.ProcessLauncher (Logging.scala:logError(77)): Error from Python:Traceback (most recent call last):",
				`  File "/tmp/orders_nightly.py", line 41, in <module>`,
				`    orders = glueContext.create_dynamic_frame.from_catalog(database="shop_raw", table_name="orders_2026_11_28")`,
				`  File "/opt/amazon/lib/python3.10/site-packages/awsglue/dynamicframe.py", line 787, in from_catalog`,
				"    return self._glue_context.create_dynamic_frame_from_catalog(db, table_name, redshift_tmp_dir, transformation_ctx, push_down_predicate, additional_options, catalog_id, **kwargs)",
				"pyspark.sql.utils.AnalysisException: Table or view not found: shop_raw.orders_2026_11_28"),
			we("2026-11-29T07:42:05.12Z", Info, "", "2026-11-29 07:42:05,120 INFO [shutdown-hook-0] spark.SparkContext (Logging.scala:logInfo(61)): Successfully stopped SparkContext"),
		},
	},
	{
		name:   "aws-managed-flink-cloudwatch-json-tail",
		source: "Amazon Managed Service for Apache Flink's application log (CloudWatch, default stream kinesis-analytics-log-stream) read with `aws logs tail /aws/kinesis-analytics/orders-enrich` in its detailed format (the event's time with microseconds and +00:00, the stream name, the message); each message a JSON object with locationInformation, logger, message, threadName, applicationARN, applicationVersionId, messageSchemaVersion and the level in messageType: docs.aws.amazon.com managed-flink 'Write custom messages to CloudWatch Logs' (the record and its keys), the AWS CLI 'logs tail' reference (the detailed format); the throwableInformation key from memory",
		why:    "the JSON holds no time: the tail's is the record's; the level is messageType; the ARN, the version id and the stream name are no host or time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", `2026-11-29T07:41:16.412000+00:00 kinesis-analytics-log-stream {"locationInformation":"org.apache.flink.runtime.checkpoint.CheckpointCoordinator.completePendingCheckpoint(CheckpointCoordinator.java:1421)","logger":"org.apache.flink.runtime.checkpoint.CheckpointCoordinator","message":"Completed checkpoint 4412 for job 3f9c1e0b2d4a4e5f8a6b7c9d0e1f2a3b (812344 bytes, checkpointDuration=612 ms, finalizationTime=3 ms).","threadName":"jobmanager-io-thread-3","applicationARN":"arn:aws:kinesisanalytics:eu-west-1:210987654321:application/orders-enrich","applicationVersionId":"14","messageSchemaVersion":"1","messageType":"INFO"}`),
			we("2026-11-29T07:41:19.806Z", Warn, "", `2026-11-29T07:41:19.806000+00:00 kinesis-analytics-log-stream {"locationInformation":"org.apache.flink.connector.kinesis.source.reader.PollingKinesisShardSplitReader.fetch(PollingKinesisShardSplitReader.java:96)","logger":"org.apache.flink.connector.kinesis.source.reader.PollingKinesisShardSplitReader","message":"Shard shardId-000000000007 of stream orders-in is throttled, backing off for 500 ms","threadName":"Source Data Fetcher for Source: orders-in -> enrich (2/4)#0","applicationARN":"arn:aws:kinesisanalytics:eu-west-1:210987654321:application/orders-enrich","applicationVersionId":"14","messageSchemaVersion":"1","messageType":"WARN"}`),
			we("2026-11-29T07:41:52.004Z", Error, "", `2026-11-29T07:41:52.004000+00:00 kinesis-analytics-log-stream {"locationInformation":"org.apache.flink.runtime.taskmanager.Task.transitionState(Task.java:1140)","logger":"org.apache.flink.runtime.taskmanager.Task","message":"enrich (2/4)#0 switched from RUNNING to FAILED with failure cause:","throwableInformation":"java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)\n","threadName":"enrich (2/4)#0","applicationARN":"arn:aws:kinesisanalytics:eu-west-1:210987654321:application/orders-enrich","applicationVersionId":"14","messageSchemaVersion":"1","messageType":"ERROR"}`),
			we("2026-11-29T07:41:52.019Z", Info, "", `2026-11-29T07:41:52.019000+00:00 kinesis-analytics-log-stream {"locationInformation":"org.apache.flink.runtime.executiongraph.ExecutionGraph.transitionState(DefaultExecutionGraph.java:1201)","logger":"org.apache.flink.runtime.executiongraph.ExecutionGraph","message":"Job orders-enrich (3f9c1e0b2d4a4e5f8a6b7c9d0e1f2a3b) switched from state RUNNING to RESTARTING.","threadName":"flink-pekko.actor.default-dispatcher-17","applicationARN":"arn:aws:kinesisanalytics:eu-west-1:210987654321:application/orders-enrich","applicationVersionId":"14","messageSchemaVersion":"1","messageType":"INFO"}`),
		},
	},
	{
		name:   "flink-k8s-logstash-v1-json-template",
		source: "Flink 1.20 in native Kubernetes mode with log4j-console.properties set to JsonTemplateLayout's classpath:LogstashJsonEventLayoutV1.json, read with `kubectl logs -l app=orders-enrich` (the JobManager's pod, then a TaskManager's): the template's keys in its order (mdc, exception with exception_class, exception_message and stacktrace, line_number, class, @version 1, source_host from ${hostName}, message, thread_name, @timestamp, level, file, method, logger_name) as public repositories copy it and vy/log4j2-logstash-layout's README shows it, the log4j2 JSON Template Layout manual (the timestamp resolver's default `yyyy-MM-dd'T'HH:mm:ss.SSSZZZ` in the JVM's zone, UTC in the pods); empty mdc and exception members left out from memory",
		why:    "@timestamp with +00:00 is the time, not the checkpoint's trigger epoch in the message; level is the level; source_host is the pod's hostname, the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:42:16.412Z", Info, "orders-enrich-6c9f7d8b54-t2kqx", `{"line_number":1234,"class":"org.apache.flink.runtime.checkpoint.CheckpointCoordinator","@version":1,"source_host":"orders-enrich-6c9f7d8b54-t2kqx","message":"Triggering checkpoint 4413 (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ 1795938136409 for job 3f9c1e0b2d4a4e5f8a6b7c9d0e1f2a3b.","thread_name":"Checkpoint Timer","@timestamp":"2026-11-29T07:42:16.412+00:00","level":"INFO","file":"CheckpointCoordinator.java","method":"startTriggeringCheckpoint","logger_name":"org.apache.flink.runtime.checkpoint.CheckpointCoordinator"}`),
			we("2026-11-29T07:42:19.118Z", Info, "orders-enrich-6c9f7d8b54-t2kqx", `{"line_number":1460,"class":"org.apache.flink.runtime.executiongraph.DefaultExecutionGraph","@version":1,"source_host":"orders-enrich-6c9f7d8b54-t2kqx","message":"Job orders-enrich (3f9c1e0b2d4a4e5f8a6b7c9d0e1f2a3b) switched from state RUNNING to RESTARTING.","thread_name":"flink-pekko.actor.default-dispatcher-5","@timestamp":"2026-11-29T07:42:19.118+00:00","level":"INFO","file":"DefaultExecutionGraph.java","method":"transitionState","logger_name":"org.apache.flink.runtime.executiongraph.ExecutionGraph"}`),
			we("2026-11-29T07:42:18.004Z", Warn, "orders-enrich-taskmanager-1-2", `{"exception":{"exception_class":"java.net.SocketTimeoutException","exception_message":"Read timed out","stacktrace":"java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)\n\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:304)\n"},"line_number":1140,"class":"org.apache.flink.runtime.taskmanager.Task","@version":1,"source_host":"orders-enrich-taskmanager-1-2","message":"enrich (2/4)#0 (8a1b2c3d4e5f60718293a4b5c6d7e8f9_cbc357ccb763df2852fee8c4fc7d55f2_1_0) switched from RUNNING to FAILED with failure cause:","thread_name":"enrich (2/4)#0","@timestamp":"2026-11-29T07:42:18.004+00:00","level":"WARN","file":"Task.java","method":"transitionState","logger_name":"org.apache.flink.runtime.taskmanager.Task"}`),
			we("2026-11-29T07:42:18.03Z", Error, "orders-enrich-taskmanager-1-2", `{"line_number":712,"class":"org.apache.flink.streaming.connectors.elasticsearch.ElasticsearchSinkBase","@version":1,"source_host":"orders-enrich-taskmanager-1-2","message":"Failed Elasticsearch item request: 429 Too Many Requests from es-data-2.search.svc:9200","thread_name":"I/O dispatcher 4","@timestamp":"2026-11-29T07:42:18.030+00:00","level":"ERROR","file":"ElasticsearchSinkBase.java","method":"afterBulk","logger_name":"org.apache.flink.streaming.connectors.elasticsearch.ElasticsearchSinkBase"}`),
		},
	},
	{
		name:   "aws-msk-connect-worker-prefixed-events",
		source: "Amazon MSK Connect's connector log (Kafka Connect 3.7 on MSK's workers: `[Worker-<17 hex>] ` before Kafka's `[yyyy-MM-dd HH:mm:ss,SSS] LEVEL msg (logger:line)`, every line of a multi-line record, such as AbstractConfig's `values:` dump or a stack trace, an event of its own under the same prefix), printed with `aws logs filter-log-events --log-group-name /msk-connect/orders-s3-sink --query 'events[*].[message]' --output text`: the Amazon MSK Developer Guide 'Logging for MSK Connect' (the sample WARN event, and the redaction example whose `key = value` lines each carry the worker prefix)",
		why:    "a bracketed worker id, then Kafka's bracketed zone-less time and the level; a config dump and a stack trace whose lines repeat the worker prefix are one record; the worker id and the broker named in a message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.15Z", Info, "",
				"[Worker-0f3c9a1b2d4e6f781] [2026-11-29 07:41:16,150] INFO [orders-s3-sink|task-0] S3SinkConnectorConfig values: ",
				"[Worker-0f3c9a1b2d4e6f781] \taws.access.key.id = ",
				"[Worker-0f3c9a1b2d4e6f781] \taws.secret.access.key = [hidden]",
				"[Worker-0f3c9a1b2d4e6f781] \tflush.size = 1000",
				"[Worker-0f3c9a1b2d4e6f781] \ts3.bucket.name = shop-lake-raw",
				"[Worker-0f3c9a1b2d4e6f781] \ts3.region = eu-west-1",
				"[Worker-0f3c9a1b2d4e6f781]  (org.apache.kafka.common.config.AbstractConfig:376)"),
			we("2026-11-29T07:41:17.402Z", Info, "", "[Worker-0f3c9a1b2d4e6f781] [2026-11-29 07:41:17,402] INFO [orders-s3-sink|task-0] [Consumer clientId=connector-consumer-orders-s3-sink-0, groupId=connect-orders-s3-sink] Subscribed to topic(s): orders (org.apache.kafka.clients.consumer.internals.ClassicKafkaConsumer:481)"),
			we("2026-11-29T07:41:19.884Z", Warn, "", "[Worker-0f3c9a1b2d4e6f781] [2026-11-29 07:41:19,884] WARN [Producer clientId=connector-dlq-producer-orders-s3-sink-0] Connection to node 2 (b-2.shop-msk.k7x2q1.c3.kafka.eu-west-1.amazonaws.com/INTERNAL_IP) could not be established. Node may not be available. (org.apache.kafka.clients.NetworkClient:885)"),
			we("2026-11-29T07:41:25.007Z", Error, "",
				"[Worker-0a7d4e2c9b1f3e586] [2026-11-29 07:41:25,007] ERROR [orders-s3-sink|task-1] WorkerSinkTask{id=orders-s3-sink-1} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask:234)",
				"[Worker-0a7d4e2c9b1f3e586] org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.",
				"[Worker-0a7d4e2c9b1f3e586] \tat org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:632)"),
			we("2026-11-29T07:41:25.019Z", Info, "", "[Worker-0a7d4e2c9b1f3e586] [2026-11-29 07:41:25,019] INFO [orders-s3-sink|task-1] Stopping task orders-s3-sink-1 (org.apache.kafka.connect.runtime.Worker:1014)"),
		},
	},
	{
		name:   "databricks-audit-log-delivery-json",
		source: "Databricks audit logs as delivered to S3 (one workspace's JSON file, one event a line: version 2.0, auditLevel, timestamp in epoch milliseconds, orgId, shardName, accountId, sourceIPAddress, userAgent, sessionId, userIdentity with email, serviceName, actionName, requestId, requestParams, response with statusCode, errorMessage and result, MAX_LOG_MESSAGE_LENGTH): docs.databricks.com 'Configure audit log delivery' (JSON files, one per workspace) and 'Audit log reference' (the services and actions, the verbose runCommand's executionTime and status), Azure Monitor's DatabricksWorkspace table (the same fields as columns); the key order and the epoch-millisecond timestamp from memory",
		why:    "the time is an epoch in milliseconds; there is no level (a 401 statusCode and a failed status are no levels); the source address is a client and the shard a deployment, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", `{"version":"2.0","auditLevel":"WORKSPACE_LEVEL","timestamp":1795938076204,"orgId":"4120412041207731","shardName":"dbc-7f3a9c1e-b2d4","accountId":"6e2b9d41-07c3-4f8a-a1e5-3d9c0b7f2a64","sourceIPAddress":"10.40.12.7","userAgent":"databricks-sdk-py/0.38.0 python/3.11.9 os/linux auth/pat","sessionId":null,"userIdentity":{"email":"mira.kovac@example.com","subjectName":null},"serviceName":"clusters","actionName":"create","requestId":"7c1f4e2a-9b3d-4c1a-8e2f-0b6d41207ab1","requestParams":{"cluster_name":"orders-nightly","spark_version":"15.4.x-scala2.12","node_type_id":"i3.xlarge","num_workers":"8"},"response":{"statusCode":200,"errorMessage":null,"result":"{\"cluster_id\":\"1129-074116-k2v8p1qz\"}"},"MAX_LOG_MESSAGE_LENGTH":16384}`),
			we("2026-11-29T07:43:02.511Z", Unknown, "", `{"version":"2.0","auditLevel":"WORKSPACE_LEVEL","timestamp":1795938182511,"orgId":"4120412041207731","shardName":"dbc-7f3a9c1e-b2d4","accountId":"6e2b9d41-07c3-4f8a-a1e5-3d9c0b7f2a64","sourceIPAddress":"10.40.12.7","userAgent":"Apache-HttpClient/4.5.14 (Java/17.0.12) Databricks-Service/driver","sessionId":null,"userIdentity":{"email":"etl-bot@example.com","subjectName":null},"serviceName":"jobs","actionName":"runNow","requestId":"2a3b4c5d-6e7f-4081-92a3-b4c5d6e7f809","requestParams":{"job_id":"41207","notebook_params":"{\"run_date\":\"2026-11-28\"}"},"response":{"statusCode":200,"errorMessage":null,"result":"{\"run_id\":88412}"},"MAX_LOG_MESSAGE_LENGTH":16384}`),
			we("2026-11-29T07:44:30.007Z", Unknown, "", `{"version":"2.0","auditLevel":"WORKSPACE_LEVEL","timestamp":1795938270007,"orgId":"4120412041207731","shardName":"dbc-7f3a9c1e-b2d4","accountId":"6e2b9d41-07c3-4f8a-a1e5-3d9c0b7f2a64","sourceIPAddress":"","userAgent":null,"sessionId":null,"userIdentity":{"email":"mira.kovac@example.com","subjectName":null},"serviceName":"notebook","actionName":"runCommand","requestId":"5d6e7f80-9102-4a3b-8c4d-5e6f7a8b9c0d","requestParams":{"notebookId":"3304120412077","executionTime":"13.789","status":"failed","commandId":"a1b2c3d4e5f6","commandText":"df = spark.table(\"shop_raw.orders\").where(\"dt = '2026-11-28'\")"},"response":{"statusCode":200,"errorMessage":null,"result":null},"MAX_LOG_MESSAGE_LENGTH":16384}`),
			we("2026-11-29T07:52:11.93Z", Unknown, "", `{"version":"2.0","auditLevel":"WORKSPACE_LEVEL","timestamp":1795938731930,"orgId":"4120412041207731","shardName":"dbc-7f3a9c1e-b2d4","accountId":"6e2b9d41-07c3-4f8a-a1e5-3d9c0b7f2a64","sourceIPAddress":"198.51.100.44","userAgent":"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36","sessionId":null,"userIdentity":{"email":"j.okafor@example.com","subjectName":null},"serviceName":"accounts","actionName":"login","requestId":"9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f","requestParams":{"user":"j.okafor@example.com","authenticationMethod":"PASSWORD"},"response":{"statusCode":401,"errorMessage":"Invalid credentials","result":null},"MAX_LOG_MESSAGE_LENGTH":16384}`),
		},
	},
	{
		name:   "trino-k8s-json-annotation-host",
		gap:    "trawl reads Airlift's timestamp and level but no host: the `host` key inside the nested `\"annotations\":{…}` object (log.annotation-file's host=${ENV:HOSTNAME}) is not read as the host (empty), though a top-level host key is",
		source: "Trino 47x on Kubernetes (the community Helm chart's coordinator and worker pods) with log.format=json and log.annotation-file holding `environment=prod` and `host=${ENV:HOSTNAME}`, read with `kubectl logs -l app.kubernetes.io/name=trino` (the coordinator's pod, then a worker's): Airlift's JsonRecord (timestamp as an instant with nanoseconds and Z, level, thread, logger, message, throwableClass, throwableMessage and stackTrace on an exception, then the annotations object): trino.io 'Logging properties' (log.annotation-file with its `host=${ENV:HOSTNAME}` example, log.format JSON), airlift/airlift log-manager JsonRecord.java and JsonFormatter.java",
		why:    "the time and level keys are the plain ones; the host is annotations.host, the pod's hostname, nested one level down; worker addresses in messages are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118412307Z", Info, "trino-coordinator-7c4d9f8b6-h2m5x", `{"timestamp":"2026-11-29T07:41:16.118412307Z","level":"INFO","thread":"main","logger":"io.trino.server.PluginManager","message":"-- Finished loading plugin /usr/lib/trino/plugin/iceberg --","annotations":{"environment":"prod","host":"trino-coordinator-7c4d9f8b6-h2m5x"}}`),
			we("2026-11-29T07:41:49.337201544Z", Warn, "trino-coordinator-7c4d9f8b6-h2m5x", `{"timestamp":"2026-11-29T07:41:49.337201544Z","level":"WARN","thread":"node-state-poller-0","logger":"io.trino.metadata.RemoteNodeState","message":"Error fetching node state from http://10.42.7.31:8080/v1/info/state: Server refused connection: http://10.42.7.31:8080/v1/info/state","annotations":{"environment":"prod","host":"trino-coordinator-7c4d9f8b6-h2m5x"}}`),
			we("2026-11-29T07:41:52.204118730Z", Info, "trino-worker-5d8f7c9b6-x2k4q", `{"timestamp":"2026-11-29T07:41:52.204118730Z","level":"INFO","thread":"main","logger":"io.trino.server.Server","message":"Server startup completed in 24.81s","annotations":{"environment":"prod","host":"trino-worker-5d8f7c9b6-x2k4q"}}`),
			we("2026-11-29T07:42:31.771004112Z", Error, "trino-worker-5d8f7c9b6-x2k4q", `{"timestamp":"2026-11-29T07:42:31.771004112Z","level":"ERROR","thread":"20261129_074228_00041_k2v8p.1.2.0-7-113","logger":"io.trino.execution.executor.timesharing.TimeSharingTaskExecutor","message":"Error processing Split 20261129_074228_00041_k2v8p.1.2.0-7 (start = 9.8412304E7, wall = 2410 ms, cpu = 2120 ms, wait = 0 ms, calls = 14)","throwableClass":"io.trino.spi.TrinoException","throwableMessage":"Error opening Iceberg split s3://shop-lake/warehouse/orders/data/dt=2026-11-28/00003-41-5e1c.parquet","stackTrace":"io.trino.spi.TrinoException: Error opening Iceberg split s3://shop-lake/warehouse/orders/data/dt=2026-11-28/00003-41-5e1c.parquet\n\tat io.trino.plugin.iceberg.IcebergPageSourceProvider.createParquetPageSource(IcebergPageSourceProvider.java:1004)\n","annotations":{"environment":"prod","host":"trino-worker-5d8f7c9b6-x2k4q"}}`),
		},
	},
}

func TestFresh280Formats(t *testing.T) { assertTable(t, fresh280Cases) }
func TestFresh280Score(t *testing.T) {
	checkScore(t, "fresh280 formats", fresh280Cases, [worldNumFields]float64{99.9, 99.9, 89.9, 99.9})
}
