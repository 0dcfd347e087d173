package parse

import "testing"

// The four-hundred-and-ninety-first fresh table: cloud platforms' logs as exported, a further pass
// (cloud providers' service logs, audit trails, load balancer and CDN logs, serverless runtimes'
// logs as downloaded or exported to files), shapes no earlier table holds. Each family is one
// product's documented or observed output as an engineer ends up reading it: AWS Global
// Accelerator's flow logs from S3 (space-separated, the start and end epochs deep in the line);
// Cloud Storage's hourly usage log CSV (a header row, every value double-quoted, epoch microseconds
// first); Amazon Redshift's audit logs from S3, the connection log (pipe-separated, the event words
// before a `Www, d Mon yyyy HH:mm:ss:SSS` date) and the user activity log (a single-quoted
// `'…Z UTC [ db=… ]' LOG:` head, statements over several lines); AzCopy v10's job log (UTC slashed
// dates, `INFO:`/`ERR:` with `[P#0-T#0]`, request dumps and `Dst:` lines under a record); an Azure
// App Service WebJob's job_log.txt (`[MM/dd/yyyy HH:mm:ss > id: SYS INFO]`); Alibaba Cloud Function
// Compute's invocation log (untimed `FC Invoke Start/End RequestId` lines around the Go runtime's
// timed ones); `gcloud functions logs read` for a 1st-gen Cloud Function (a LEVEL letter column
// and TIME_UTC).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`cloudtrail`, `alb`, `elb`, `cloudfront`, `s3 server access`,
// `REST.GET.OBJECT`, `vpc flow`, `START RequestId`, `REPORT RequestId`, `api gateway`, `waf`,
// `route 53`, `route53`, `resolver query`, `eb-engine`, `elastic beanstalk`, `amazon-ssm-agent`,
// `ssm-agent`, `ecs-agent`, `ecs agent`, `network firewall`, `global accelerator`,
// `globalaccelerator`, `accelerator`, `aga_flow`, `agaregion`, `flow_id`, `codebuild`,
// `cloud run`, `cloud functions`, `functions logs`, `functions logs read`, `EXECUTION_ID`,
// `TIME_UTC`, `User function triggered`, `Function execution started`, `app engine`, `appengine`,
// `dev_appserver`, `devappserver`, `usage logs`, `time_micros`, `c_ip_type`, `cs_operation`,
// `cs_bucket`, `storage_byte_hours`, `Google Cloud Storage`, `cloud storage`, `gsutil`,
// `cloud sql`, `cloud-sql-proxy`, `cloud_sql_proxy`, `cloud build`, `Step #`, `gcloud`,
// `audit log`, `activity log`, `app service`, `PID[`, `application logs`, `AppServiceHTTPLogs`,
// `AppServiceAppLogs`, `DetailedErrors`, `w3svc`, `LogFiles`, `deployment center`, `kudu`,
// `webjob`, `job_log`, `WindowsScriptHost`, `SYS INFO`, `azure functions`, `Executing 'Functions`,
// `func host`, `front door`, `frontdoor`, `application gateway`, `ApplicationGateway`,
// `storage analytics`, `azcopy`, `AzcopyVersion`, `UPLOADFAILED`, `[P#`, `Log times are in UTC`,
// `storage explorer`, `Azurite`, `blobfuse`, `waagent`, `ExtHandler`, `custom script`,
// `WindowsAzureGuestAgent`, `WaAppAgent`, `TransparentInstaller`, `diagnostics extension`, `himds`,
// `azure arc`, `azcmagent`, `mdsd`, `Azure Monitor Agent`, `AzureMonitor`, `Azure Firewall`,
// `AzureFirewall`, `Key Vault`, `eventhub`, `event hubs`, `ProcessInvoker`, `Agent.Listener`,
// `Runner.Listener`, `AgentProcess`, `redshift`, `useractivitylog`, `connectionlog`,
// `authenticated |`, `initiating session`, `xid=`, `LOG: `, `cloudflare`, `cloudflared`,
// `logpush`, `wrangler`, `fastly`, `akamai`, `bunny`, `keycdn`, `edgio`, `heroku`,
// `at=info method`, `vercel`, `netlify`, `fly.io`, `render`, `railway`, `digitalocean`,
// `droplet`, `linode`, `hetzner`, `scaleway`, `ovh`, `oci`, `oracle cloud`, `oracle-cloud-agent`,
// `ibm cloud`, `alibaba`, `function compute`, `FC Invoke`, `tencent`, `huawei`, `yandex`,
// `openwhisk`, `cloud foundry`, `cf logs`, `APP/PROC`, `firebase`, `firebase-debug`, `sam local`,
// `lambda`, `platform.start`, `EXTENSION Name`, `Duration:`, `cloudwatch`,
// `amazon-cloudwatch-agent`, `AmazonCloudWatchAgent`, `I! `, `stackdriver`, `firehose`,
// `kinesis`, `kinesis agent`, `aws-kinesis-agent`, `FileTailer`, `x-ray`, `xray`, `amplify`,
// `Starting phase`, `codedeploy`, `EC2Launch`, `ec2config`, `cfn-init`, `cfn-hup`, `greengrass`,
// `osconfig`, `ops agent`, `google-cloud-ops-agent`, `cloud-init`, `guest_agent`, `guest-agent`,
// `google_guest`, `efs-utils`, `mount.efs`, `mountpoint`, `mount-s3`, `gcsfuse`, `s3fs`,
// `datasync`, `storage gateway`, `emr`, `command-runner`, `StepRunner`, `Ensure step`,
// `sagemaker`, `botocore`, `Loaded Command Group`, `knack`, `AppSync`, `client vpn`,
// `connection-attempt-status`, `verified access`, `ocsf`, `Datadog`, `bastion`, `stdout:`). None
// of Global Accelerator's flow logs, Cloud Storage's usage logs, Redshift's audit logs, AzCopy's
// job log, WebJobs' job_log.txt, Function Compute's invocation log or `gcloud functions logs read`
// is in any table: `redshift` matches only a Glue traceback's argument (fresh280), `accelerator`
// only ML launchers and OpenStack Cyborg, `SYS INFO` only one-api's tags (fresh100), `job_log` only
// Grid Engine's reporting file and Hydra, `initiating session` only ocserv and ZooKeeper, `xid=`
// and `LOG: ` other products, `Function execution started` only `firebase functions:log`'s
// `ISO D name: msg` lines (fresh14), `TIME_UTC` only ClickHouse's `date_time_utc` key, `kudu` mostly
// Apache Kudu's daemon logs, and `FC Invoke`, `AzcopyVersion`, `webjob`,
// `cs_bucket`, `globalaccelerator` and `functions logs` nothing. Left out as measured already:
// CloudTrail, the ALB, NLB and CLB logs, CloudFront, S3 server access logs, VPC and Transit
// Gateway flow logs, Lambda's runtime lines, Route 53, WAF, Network Firewall, Elastic Beanstalk,
// the SSM, ECS, CodeDeploy, CloudWatch, X-Ray and Kinesis agents, EMR, Glue, Greengrass, Amplify,
// cfn-init, EC2Launch, the Cloud SQL Auth Proxy, the OS Config and guest agents, gcsfuse,
// Mountpoint for S3, `gcloud logging read` and its App Engine and Cloud Run printers, Azure
// Functions, App Service's logs, Storage Analytics, Front Door, Application Gateway, the Activity
// Log, waagent, Azure Arc's himds.log, Cloudflare, Fastly, Akamai, bunny.net, Heroku, Vercel,
// wrangler, fly.io, Cloud Foundry and OCI's audit events. Left out for variety: Redshift's user log
// (a third Redshift file, pipe-separated with its time last). Considered and not searched further:
// AWS Client VPN's connection log and Verified Access's OCSF JSON (JSON shapes earlier tables
// measure), Azurite and blobfuse2 (an emulator and a mount helper rather than a provider's
// export). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A Global Accelerator flow record's time is its start epoch in seconds,
// never its end epoch (as earlier tables read VPC and Transit Gateway flow logs); a Cloud Storage
// usage row's time is time_micros, epoch microseconds, never a date inside an object name;
// Redshift's connection log date has its milliseconds after a colon and is UTC, its user activity
// log's time ends in Z; AzCopy's slashed date is UTC (its log says so), never the `Local time is`
// date in its header line nor a response's Date header in a request dump; WebJobs' month-first
// date is App Service's UTC clock; Function Compute's Go runtime lines end in Z, and its `FC Invoke
// Start/End` lines carry no time (Time 0); gcloud's TIME_UTC column is zone-less and UTC. Levels
// only where the line marks one: Redshift's `LOG:` (Info, as PostgreSQL's); AzCopy's `INFO:` and
// `ERR:`; WebJobs' `SYS INFO`, `SYS ERR`, `INFO` and `ERR` (Kudu's tags for its own lines and the
// job's stdout and stderr, written as level words); Function Compute's `[INFO]` and `[ERROR]`;
// gcloud's D I W E letters. Flow and usage rows, Redshift's connection events (`authentication
// failure` included) and AzCopy's untagged header lines and request dumps carry none: ACCEPT,
// REJECT, an HTTP status or `RESPONSE STATUS CODE ERROR` is no level. No family has a host field:
// client and endpoint addresses, Redshift's remotehost, Cloud Storage's cs_host (the request's Host
// header), the WebJob's six-hex instance id, Function Compute's request id and gcloud's execution
// id are no hosts. A record that spans lines is one entry: a Redshift statement with its unprefixed
// lines, AzCopy's REQUEST/RESPONSE block with its indented dump and an ERR with its `Dst:` line;
// Cloud Storage's and gcloud's heading rows are fed and not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"; find_string for Function Compute); where
// a search did not confirm a detail the source says "from memory". Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 25b8301 before any rule for it: level 69.2 %, time 65.0 %, host 90.0 %, records 85.0 %.
// That is the macro figure (micro: level 67.5 %, time 70.0 %, host 90.0 %, records 85.0 %), in a
// worktree at 25b8301 with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (AzCopy's job log and gcloud's table); the gaps are Global Accelerator's
// start epoch and Cloud Storage's time_micros (no time read), Redshift's connection events of two
// words (joined to the record before), Redshift's `LOG:` level, WebJobs' `SYS INFO`/`SYS ERR`
// levels, and Function Compute's untimed `FC Invoke End` line (joined to the record before).

var fresh491Cases = []worldCase{
	{
		name:   "aws-global-accelerator-flow-log",
		source: "AWS Global Accelerator flow logs as delivered to S3 (AWSLogs/<account>/globalaccelerator/…, one space-separated record a line: version account accelerator-id client-ip client-port gip gip-port endpoint-ip endpoint-port protocol ip-address-type packets bytes start-time end-time action log-status aga-source-ip aga-source-port endpoint-region aga-region direction vpc-id reject-reason): the field order from the Athena guide 'Querying AWS Global Accelerator flow logs' (its aga_flow_logs DDL); the values' spelling (version 1.0, TCP, IPv4, INGRESS) from memory",
		why:    "a flow record's time is its start epoch in seconds, never its end epoch; `1.0` first is the version, no time; ACCEPT/REJECT and OK are no levels; the endpoint and client addresses are no hosts",
		gap:    "the start epoch in seconds (the fourteenth space-separated field, after the packet and byte counts) is not read: the records get no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "", "1.0 123456789012 3f2a9b1c-7d4e-4a6b-9c8d-0e1f2a3b4c5d 198.51.100.23 51522 75.2.60.14 443 10.30.4.17 443 TCP IPv4 12 4120 1795938060 1795938120 ACCEPT OK 10.30.4.250 40218 eu-west-1 eu-west-1 INGRESS vpc-0a1b2c3d4e5f60718 -"),
			we("2026-11-29T07:41:02Z", Unknown, "", "1.0 123456789012 3f2a9b1c-7d4e-4a6b-9c8d-0e1f2a3b4c5d 203.0.113.77 60311 75.2.60.14 443 10.30.5.41 443 TCP IPv4 41 38817 1795938062 1795938120 ACCEPT OK 10.30.5.250 41992 eu-west-1 eu-west-1 INGRESS vpc-0a1b2c3d4e5f60718 -"),
			we("2026-11-29T07:42:05Z", Unknown, "", "1.0 123456789012 3f2a9b1c-7d4e-4a6b-9c8d-0e1f2a3b4c5d 192.0.2.140 33870 99.83.190.51 53 10.30.4.17 53 UDP IPv4 2 148 1795938125 1795938180 ACCEPT OK 10.30.4.251 52004 eu-west-1 eu-west-1 INGRESS vpc-0a1b2c3d4e5f60718 -"),
			we("2026-11-29T07:43:00Z", Unknown, "", "1.0 123456789012 3f2a9b1c-7d4e-4a6b-9c8d-0e1f2a3b4c5d 198.51.100.90 44107 75.2.60.14 8443 10.30.5.41 8443 TCP IPv4 3 180 1795938180 1795938240 REJECT OK 10.30.5.251 43310 eu-west-1 eu-west-1 INGRESS vpc-0a1b2c3d4e5f60718 -"),
		},
	},
	{
		name:   "gcs-usage-log-csv",
		source: "Cloud Storage usage logs (the hourly <bucket>_usage_<yyyy_MM_dd_HH_mm_ss>_<id>_v0 CSV objects: a header row, then every field double-quoted: time_micros, c_ip, c_ip_type, c_ip_region, cs_method, cs_uri, sc_status, cs_bytes, sc_bytes, time_taken_micros, cs_host, cs_referer, cs_user_agent, s_request_id, cs_operation, cs_bucket, cs_object): docs.cloud.google.com/storage/docs/access-logs ('Usage logs and storage logs', the usage log format) and the cloud_storage_usage_schema_v0 copied in the gist hjpotter92/1df28e8b25f78bf14b72ff0dd0d69b49; the quoting of every value from memory",
		why:    "the time is time_micros, epoch microseconds in the first quoted field; an object name or a URI with a date in it is no time; cs_host (storage.googleapis.com) is the request's Host header, no host; no level",
		gap:    "time_micros, the epoch in microseconds in the first double-quoted CSV field, is not read: the records get no time",
		entries: []worldEntry{
			wskip(`"time_micros","c_ip","c_ip_type","c_ip_region","cs_method","cs_uri","sc_status","cs_bytes","sc_bytes","time_taken_micros","cs_host","cs_referer","cs_user_agent","s_request_id","cs_operation","cs_bucket","cs_object"`),
			we("2026-11-29T07:41:16.204511Z", Unknown, "", `"1795938076204511","203.0.113.45","1","","GET","/download/storage/v1/b/harbor-assets-prod/o/img%2Flogo.png?alt=media","200","0","18244","41000","storage.googleapis.com","https://harbor.example.net/","Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36,gzip(gfe)","ADPycdt4mH2fQv0eR1nZk9sLx7wJ3bT6uYcQ","GET_Object","harbor-assets-prod","img/logo.png"`),
			we("2026-11-29T07:41:19.880102Z", Unknown, "", `"1795938079880102","10.128.0.14","1","","POST","/upload/storage/v1/b/harbor-assets-prod/o?uploadType=multipart&name=reports%2F2026-11-28.csv","200","52311","1021","188000","storage.googleapis.com","","gcloud/502.0.0 command/gcloud.storage.cp invocation-id/9f1e2d3c4b5a69788796a5b4c3d2e1f0 environment/GCE client-os/LINUX,gzip(gfe)","ADPycdvB2k8qLmN4oP6rS0tU2wX4yZ6aBcDe","POST_Object","harbor-assets-prod","reports/2026-11-28.csv"`),
			we("2026-11-29T07:42:03.01733Z", Unknown, "", `"1795938123017330","198.51.100.61","1","","GET","/harbor-assets-prod/img/banner-winter.webp","404","0","245","9000","storage.googleapis.com","https://harbor.example.net/sale","Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1,gzip(gfe)","ADPycduX9wV7tS5rQ3pO1nM9lK7jH5gF3dS1","GET_Object","harbor-assets-prod","img/banner-winter.webp"`),
			we("2026-11-29T07:43:10.552904Z", Unknown, "", `"1795938190552904","10.128.0.14","1","","DELETE","/storage/v1/b/harbor-assets-prod/o/tmp%2Fupload-7f3a.part","204","0","0","27000","storage.googleapis.com","","google-api-python-client/2.154.0 gdcl/2.154.0 gl-python/3.12.7,gzip(gfe)","ADPycdsQ1wE3rT5yU7iO9pA1sD3fG5hJ7kL9","DELETE_Object","harbor-assets-prod","tmp/upload-7f3a.part"`),
		},
	},
	{
		name:   "redshift-connection-log",
		source: "Amazon Redshift audit logging's connection log in S3 (<account>_redshift_<region>_<cluster>_connectionlog_<time>.gz, pipe-separated with the padded columns of STL_CONNECTION_LOG: event, recordtime as `Www, d Mon yyyy HH:mm:ss:SSS`, remotehost, remoteport, pid, dbname, username, authmethod, duration, ssl fields …): docs.aws.amazon.com/redshift 'Database audit logging' and STL_CONNECTION_LOG; signalfx/aws-log-collector tests/data/e2e/redshift_connectionlog.log and parsers/redshift_base.py (`%a, %d %b %Y %H:%M:%S:%f`)",
		why:    "the event words come first and the time second, after a pipe; the milliseconds follow a colon, not a dot; `authentication failure` is an event, no level; remotehost is the client, no host",
		gap:    "a line whose event is two words before the first pipe (`initiating session |`, `authentication failure |`, `disconnecting session |`) is not read as a record of its own: it is joined, with its `Sun, 29 Nov 2026 HH:mm:ss:SSS` date, to the `authenticated` record before it",
		entries: []worldEntry{
			we("2026-11-29T07:40:01.112Z", Unknown, "", "authenticated |Sun, 29 Nov 2026 07:40:01:112|[local] | |61530|dev |rdsdb |Ident |0| | |0| | | | | | |"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "authenticated |Sun, 29 Nov 2026 07:41:16:204|::ffff:10.40.12.7 |51844 |1073942211|analytics |etl_loader |password |0|TLSv1.2 |ECDHE-RSA-AES256-GCM-SHA384 |1500| | | |psql | | | |"),
			we("2026-11-29T07:41:16.205Z", Unknown, "", "initiating session |Sun, 29 Nov 2026 07:41:16:205|::ffff:10.40.12.7 |51844 |1073942211|analytics |etl_loader |password |0|TLSv1.2 |ECDHE-RSA-AES256-GCM-SHA384 |1500| | | |psql | | | |"),
			we("2026-11-29T07:42:40.031Z", Unknown, "", "authentication failure |Sun, 29 Nov 2026 07:42:40:031|::ffff:10.40.19.55 |60122 |1073950018|analytics |report_ro |password |0|TLSv1.2 |ECDHE-RSA-AES256-GCM-SHA384 |1500| | | | | | | |"),
			we("2026-11-29T07:43:02.918Z", Unknown, "", "disconnecting session |Sun, 29 Nov 2026 07:43:02:918|::ffff:10.40.12.7 |51844 |1073942211|analytics |etl_loader |password |106713042|TLSv1.2 |ECDHE-RSA-AES256-GCM-SHA384 |1500| | | |psql | | | |"),
		},
	},
	{
		name:   "redshift-user-activity-log",
		source: "Amazon Redshift audit logging's user activity log in S3 (…_useractivitylog_<time>.gz with enable_user_activity_logging: `'yyyy-MM-ddTHH:mm:ssZ UTC [ db=… user=… pid=… userid=… xid=… ]' LOG: statement`, a statement's further lines unprefixed): docs.aws.amazon.com/redshift 'Database audit logging'; signalfx/aws-log-collector tests/data/e2e/redshift_useractivitylog.log",
		why:    "the time inside a single-quoted bracket with a Z and a redundant UTC; LOG: is the level (Info, as PostgreSQL's); a multi-line statement, one of whose lines holds a date literal, is one record",
		gap:    "the `LOG:` after the single-quoted `'… UTC [ db=… xid=… ]'` head is not read as a level (Info)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "'2026-11-29T07:41:16Z UTC [ db=analytics user=etl_loader pid=1073942211 userid=104 xid=88412093 ]' LOG: SET datestyle TO ISO;"),
			we("2026-11-29T07:41:17Z", Info, "", "'2026-11-29T07:41:17Z UTC [ db=analytics user=etl_loader pid=1073942211 userid=104 xid=88412094 ]' LOG: COPY staging.orders_raw FROM 's3://harbor-etl-landing/orders/2026/11/29/' IAM_ROLE 'arn:aws:iam::123456789012:role/harbor-redshift-copy' FORMAT AS PARQUET;"),
			we("2026-11-29T07:41:52Z", Info, "",
				"'2026-11-29T07:41:52Z UTC [ db=analytics user=report_ro pid=1073950311 userid=112 xid=88412130 ]' LOG: SELECT  o.region,",
				"        date_trunc('day', o.created_at) AS day,",
				"        SUM(o.total_cents) / 100.0 AS revenue",
				"FROM    analytics.orders o",
				"WHERE   o.created_at >= '2026-11-01'",
				"GROUP BY 1, 2",
				"ORDER BY 2 DESC;"),
			we("2026-11-29T07:41:52Z", Info, "", "'2026-11-29T07:41:52Z UTC [ db=analytics user=report_ro pid=1073950311 userid=112 xid=88412130 ]' LOG: COMMIT;"),
			we("2026-11-29T07:45:03Z", Info, "", "'2026-11-29T07:45:03Z UTC [ db=dev user=rdsdb pid=61530 userid=1 xid=88412201 ]' LOG: select count(*) from pg_catalog.stv_sessions;"),
		},
	},
	{
		name:   "azcopy-v10-job-log",
		source: "AzCopy v10's job log (~/.azcopy/<job-id>.log, also what Storage Explorer's 'Open AzCopy log' opens: `yyyy/MM/dd HH:mm:ss msg` in UTC, `INFO:`/`ERR:` with `[P#n-T#n]` before a transfer's message, an ERR's `   Dst:` line under it, `==> REQUEST/RESPONSE` blocks with the request dump indented under them): microsoft/AzureStorageExplorer issues #3109, #8775 and #8810, Azure/azure-storage-azcopy issue #1657 and #750, MicrosoftDocs/azure-docs issue #20288; the dump's response lines from memory",
		why:    "a slashed zone-less date (UTC, the log says so) before an unmarked header line, an `INFO:` or `ERR:` word; `Local time is 29 Nov 2026 08:41:16` and a response's Date header are no record times; the request dump and the `Dst:` line belong to the record above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 AzcopyVersion  10.27.1"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 Log times are in UTC. Local time is 29 Nov 2026 08:41:16"),
			we("2026-11-29T07:41:17Z", Info, "", "2026/11/29 07:41:17 INFO: [P#0-T#0] has worker 143 which is processing TRANSFER"),
			we("2026-11-29T07:41:18Z", Unknown, "",
				"2026/11/29 07:41:18 ==> REQUEST/RESPONSE (Try=1/48.2136ms, OpTime=48.3301ms) -- RESPONSE STATUS CODE ERROR",
				"   PUT https://harborbackup01.blob.core.windows.net/nightly/orders-2026-11-28.parquet?blockid=MDAwMDA%3D&comp=block&se=2026-12-06T07%3A40%3A00Z&sig=-REDACTED-&sp=rwl&sr=c&sv=2023-08-03",
				"   Content-Length: [8388608]",
				"   User-Agent: [AzCopy/10.27.1 azsdk-go-azblob/v1.4.0 (go1.22.5; linux)]",
				"   X-Ms-Client-Request-Id: [5b2e9f10-3c4d-4e6f-7a8b-9c0d1e2f3a4b]",
				"   --------------------------------------------------------------------------------",
				"   RESPONSE Status: 403 This request is not authorized to perform this operation using this permission.",
				"   Date: [Sun, 29 Nov 2026 07:41:18 GMT]",
				"   X-Ms-Error-Code: [AuthorizationPermissionMismatch]"),
			we("2026-11-29T07:41:18Z", Error, "",
				"2026/11/29 07:41:18 ERR: [P#0-T#0] UPLOADFAILED: /srv/exports/nightly/orders-2026-11-28.parquet : 403 : 403 This request is not authorized to perform this operation using this permission.. When Staging block. X-Ms-Request-Id: 7c1d2e3f-001e-0042-4b7a-42c0e5000000",
				"   Dst: https://harborbackup01.blob.core.windows.net/nightly/orders-2026-11-28.parquet"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026/11/29 07:41:19 all parts of entire Job 5b2e9f10-3c4d-4e6f-7a8b-9c0d1e2f3a4b successfully completed, cancelled or paused"),
		},
	},
	{
		name:   "azure-webjobs-job-log",
		source: "an Azure App Service continuous WebJob's job_log.txt (D:\\home\\data\\jobs\\continuous\\<name>\\job_log.txt, shown by the portal's WebJob logs: `[MM/dd/yyyy HH:mm:ss > instance: SYS INFO] msg` for Kudu's own lines, `INFO]` and `ERR ]` for the job's stdout and stderr): projectkudu/kudu issues #964, #960 and #3364, PR #2198",
		why:    "a month-first slashed date inside a bracket, in UTC (App Service's clock); the level word after the instance id (SYS INFO, SYS ERR, INFO, ERR padded with a blank); the six-hex instance id is no host; a timeout's `00:01:00` in the message is no time",
		gap:    "Kudu's `SYS INFO` and `SYS ERR` level words after the instance id (`> 4c7d2e: SYS INFO]`) are not read as levels; the job's own `INFO]` and `ERR ]` are",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[11/29/2026 07:41:16 > 4c7d2e: SYS INFO] Status changed to Starting"),
			we("2026-11-29T07:41:16Z", Info, "", "[11/29/2026 07:41:16 > 4c7d2e: SYS INFO] Run script 'run.cmd' with script host - 'WindowsScriptHost'"),
			we("2026-11-29T07:41:16Z", Info, "", "[11/29/2026 07:41:16 > 4c7d2e: SYS INFO] Status changed to Running"),
			we("2026-11-29T07:41:18Z", Info, "", "[11/29/2026 07:41:18 > 4c7d2e: INFO] Harbor queue listener connected to orders-inbound"),
			we("2026-11-29T07:43:05Z", Error, "", "[11/29/2026 07:43:05 > 4c7d2e: ERR ] Unhandled exception. System.TimeoutException: The operation did not complete within the allocated time 00:01:00 for object receiver."),
			we("2026-11-29T07:43:05Z", Error, "", "[11/29/2026 07:43:05 > 4c7d2e: SYS ERR ] Job failed due to exit code -532462766"),
		},
	},
	{
		name:   "alibaba-fc-invoke-log",
		source: "Alibaba Cloud Function Compute's function log for one invocation, as the console's log query and `s logs` show it (an untimed `FC Invoke Start RequestId: …` line, the Go runtime's `yyyy-MM-ddTHH:mm:ss.SSSZ <request-id> [LEVEL] file:line: msg` lines, an untimed `FC Invoke End RequestId: …`): Function Compute's Go MNS-trigger sample (found with find_string, `2022-07-28T18:43:50.784Z 250efb53-… [INFO] main.go:25: event: …`), its custom-runtime 'Context and log format' page, and Serverless Devs' fc logs code matching `FC Invoke Start`",
		why:    "the untimed Start and End lines are records of their own with no time; a Z time then the request id then the level in brackets",
		entries: []worldEntry{
			we("", Unknown, "", "FC Invoke Start RequestId: 7d3c2a1b-58e4-4f09-9b6a-2e1d0c9f8a76"),
			we("2026-11-29T07:41:16.784Z", Info, "", "2026-11-29T07:41:16.784Z 7d3c2a1b-58e4-4f09-9b6a-2e1d0c9f8a76 [INFO] main.go:31: received OSS event for harbor-uploads/avatars/u-20431.png"),
			we("2026-11-29T07:41:17.102Z", Info, "", "2026-11-29T07:41:17.102Z 7d3c2a1b-58e4-4f09-9b6a-2e1d0c9f8a76 [INFO] main.go:58: thumbnail written to harbor-thumbs/avatars/u-20431_128.png (11834 bytes)"),
			we("2026-11-29T07:41:17.230Z", Error, "", "2026-11-29T07:41:17.230Z 7d3c2a1b-58e4-4f09-9b6a-2e1d0c9f8a76 [ERROR] main.go:64: failed to update metadata: oss: service returned error: StatusCode=403, ErrorCode=AccessDenied, RequestId=674E8A3C2B1F4D6E8A9C0B1D"),
			we("", Unknown, "", "FC Invoke End RequestId: 7d3c2a1b-58e4-4f09-9b6a-2e1d0c9f8a76"),
		},
	},
	{
		name:   "gcloud-functions-logs-read-table",
		source: "`gcloud functions logs read <name>` for a 1st-gen Cloud Function (a table: `LEVEL  NAME  EXECUTION_ID  TIME_UTC  LOG`, one letter D I W E for the severity, the time in UTC with milliseconds): vmware-archive/kubeless issue #21 (the table pasted from gcloud); the runtime's `Function execution started` / `Function execution took N ms, finished with status: …` lines from memory",
		why:    "the level is a one-letter column before the function name; the time is the fourth column, zone-less (UTC by its heading); the execution id is no host",
		entries: []worldEntry{
			wskip("LEVEL  NAME        EXECUTION_ID  TIME_UTC                 LOG"),
			we("2026-11-29T07:41:16.043Z", Debug, "", "D      syncOrders  fx8k2m4q1r7t  2026-11-29 07:41:16.043  Function execution started"),
			we("2026-11-29T07:41:16.512Z", Info, "", "I      syncOrders  fx8k2m4q1r7t  2026-11-29 07:41:16.512  fetched 42 orders from harbor-api"),
			we("2026-11-29T07:41:17.09Z", Warn, "", "W      syncOrders  fx8k2m4q1r7t  2026-11-29 07:41:17.090  order 88213 has no shipping region, defaulting to eu"),
			we("2026-11-29T07:41:17.644Z", Error, "", "E      syncOrders  fx8k2m4q1r7t  2026-11-29 07:41:17.644  Error: write EPIPE"),
			we("2026-11-29T07:41:17.65Z", Debug, "", "D      syncOrders  fx8k2m4q1r7t  2026-11-29 07:41:17.650  Function execution took 1607 ms, finished with status: 'crash'"),
		},
	},
}

func TestFresh491Formats(t *testing.T) { assertTable(t, fresh491Cases) }
func TestFresh491Score(t *testing.T) {
	checkScore(t, "fresh491 formats", fresh491Cases, [worldNumFields]float64{71.6, 67.4, 92.4, 89.9})
}
