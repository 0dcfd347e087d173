package parse

import "testing"

// The six-hundred-and-fourteenth fresh table: cloud platforms' logs as exported, a further pass
// (cloud providers' logging services and audit trails as their CLIs, consoles' downloads and
// export sinks write them: CSV, JSON, text), shapes no earlier table holds. Each family is one
// product's documented or observed output as an engineer ends up pasting it into a ticket: AWS App
// Runner's console Event log copied as it comes (`MM-dd-yyyy hh:mm AM/PM message`, newest first);
// the AWS IAM credential report CSV (22 columns, the creation time first among several times);
// `aws stepfunctions get-execution-history --output text` (an `EVENTS` row with its details rows
// under it, as awscli/text.py writes them); Alibaba Cloud ActionTrail events pretty-printed one
// after the other (an STS session's creationDate above the event's eventTime); IBM Cloud Activity
// Tracker's CADF events one a line (a `+0000` offset, a severity field, the caller's host object);
// Huawei Cloud CTS traces one a line (epoch-millisecond time and record_time, trace_rating);
// Amazon Lightsail's container service log (`[dd/Mon/yyyy:HH:mm:ss] [deployment:N] …`); and
// `linode-cli events list --text` (tab-separated, the zone-less time in the last column).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`cloud`, `eksctl`, `[ℹ]`, `amplify`, `Starting phase`, `netlify`,
// `AM: `, `firebase`, `functions:log`, `app runner`, `apprunner`, `[AppRunner]`, `Service status
// is set`, `Deployment with ID`, `Successfully pulled image`, `AM Service`, `lightsail`,
// `[deployment:`, `Creating your deployment`, `Reached a steady state`, `cs.amazonlightsail`,
// `containerapp`, `container apps`, `cloud foundry`, `[APP/PROC`, `live-tail`, `start-live-tail`,
// `credential report`, `password_last_used`, `mfa_active`, `access_key_1`, `user_creation_time`,
// `<root_account>`, `not_supported`, `AWS IAM`, `iam`, `credential`, `operations list`, `copilot`,
// `sam logs`, `azure static`, `oryx`, `cloudflare pages`, `yc logging`, `yandex`, `ibmcloud`,
// `ibm cloud`, `activity tracker`, `ActivityTracker`, `logSourceCRN`, `severity":"normal`,
// `reasonType`, `cadf`, `"initiator"`, `eventTime":"`, `tencent`, `aliyun`, `actiontrail`,
// `Action Trail`, `acsRegion`, `aliyuncs`, `sessionContext`, `hcloud`, `linode`, `linode-cli`,
// `linode_boot`, `entity.label`, `scaleway`, `ovh`, `ovhcloud`, `huawei`, `huawei cloud`,
// `huaweicloud`, `Cloud Trace`, `cloud trace service`, `trace_status`, `trace_name`,
// `record_time`, `service_type`, `ConsoleAction`, `step functions`, `stepfunctions`, `sfn`,
// `states:`, `get-execution-history`, `ExecutionStarted`, `TaskStateEntered`,
// `TASKFAILEDEVENTDETAILS`, `INPUTDETAILS`, `codedeploy`, `LifecycleEvent`, `guardduty`,
// `security hub`, `inspector`, `crawler`, `BENCHMARK :`, `glue`, `datasync`, `transfer family`,
// `CONNECTED SourceIP`, `synthetics`, `Start Canary`, `canary`, `azure automation`, `runbook`,
// `session manager`, `aws backup`, `botocore`, `MainThread - `, `Making request for
// OperationModel`, `knack`, `cli.azure`, `TimeGenerated [UTC]`, `[UTC]`, `health describe`,
// `az login`, `Azure CLI`, `azure-cli`, `aws cli`, `awscli`, `lambda insights`, `xray`, `x-ray`,
// `cloudshell`, `beanstalk`, `Pulling image`). None of App Runner, Lightsail, the IAM credential
// report, Step Functions' history, ActionTrail, Activity Tracker, CTS or linode-cli is in any table
// by name or by line (`linode`, `ibm cloud` and `live-tail` match only other tables' grep lists;
// `not_supported`, `reasonType`, `service_type`, `eventTime":"` and `Successfully pulled image`
// match other products' lines: OpenStack's CADF notifications, kubelet events, CloudTrail JSON).
// Left out as measured already: eksctl, Amplify, Netlify, Firebase's functions:log, Cloud Foundry's
// cf logs, AWS Copilot, SAM's logs, Azure Container Apps, Azure Static Web Apps' Oryx build, the
// AWS CLI's and Azure CLI's --debug output, Log Analytics' CSV export, DataSync, CodeDeploy,
// GuardDuty, Security Hub and Transfer Family. Left out as not confirmed by any search: a Glue
// crawler's CloudWatch log (`BENCHMARK : …`) and CloudWatch Synthetics' canary log. The table holds
// 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). App Runner's console times are a browser's local time shown without a zone,
// here a laptop on UTC, minutes only; 09:14 PM is 21:14. The credential report's row time is its
// user_creation_time, the first time of the row: password_last_used, access-key rotation and use
// are other moments. Step Functions' text output carries the CLI's ISO time with +00:00. ActionTrail's
// record time is eventTime (Z), not the session's creationDate above it. Activity Tracker's eventTime
// has a `+0000` offset and two fractional digits. CTS's `time` is epoch milliseconds; its
// record_time (when CTS received the trace) is not the record's. Lightsail's bracketed stamp has no
// zone and is UTC; linode-cli's created column likewise. Levels only where the line marks one:
// Activity Tracker's severity (normal Info, warning Warn, critical Critical), CTS's trace_rating
// (normal Info, warning Warn, incident Error), and the level word of the container's own line in
// Lightsail's log; App Runner's statuses, the credential report, Step Functions' event types
// (TaskFailed, ExecutionFailed), ActionTrail's errorCode and linode-cli's statuses (failed,
// notification) carry none. No record has a host of its own: API endpoints (AcsHost, HostId),
// callers' addresses (sourceIpAddress, initiator.host.address, source_ip), target resources
// (resource_name, entity.label, an instance id) and account users are no hosts. A record that
// spans lines is one entry: a Step Functions event with its details rows, an ActionTrail object.
// The credential report's and linode-cli's header rows are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (Lightsail's log and linode-cli's text output wholly; the one-a-line
// framing of Activity Tracker's and CTS's archives, whose events themselves are documented). Hosts,
// ids, addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 0064dd7 before any rule for it: level 83.3 %, time 100.0 %, host 100.0 %, records 87.5 %.
// That is the macro figure (micro: level 85.7 %, time 100.0 %, host 100.0 %, records 82.9 %), in a
// worktree at 0064dd7 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are Step Functions' details rows, which trawl does not join to
// the `EVENTS` row above them, Activity Tracker's severity `normal`, which it does not read as Info,
// and CTS's trace_rating, which it does not read as a level at all.

var fresh614Cases = []worldCase{
	{
		name:   "aws-apprunner-console-event-log",
		source: "AWS App Runner console, a service's Logs tab, the Event log copied as it comes (`MM-dd-yyyy hh:mm AM/PM message`, newest first, minutes only): aws/apprunner-roadmap issues #46 (a pasted event and deployment log) and #110",
		why:    "a month-first dashed date with a 12-hour clock and no seconds; the deployment id and OPERATION_IN_PROGRESS are no level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:58:00Z", Unknown, "", "11-29-2026 07:58 AM Service status is set to RUNNING."),
			we("2026-11-29T07:57:00Z", Unknown, "", "11-29-2026 07:57 AM Deployment with ID : 7c41e0b95a2d4f3e8b6a1d0c9e8f7a6b completed successfully."),
			we("2026-11-29T07:52:00Z", Unknown, "", "11-29-2026 07:52 AM Successfully pulled image from ECR."),
			we("2026-11-29T07:49:00Z", Unknown, "", "11-29-2026 07:49 AM Service status is set to OPERATION_IN_PROGRESS."),
			we("2026-11-29T07:49:00Z", Unknown, "", "11-29-2026 07:49 AM Deployment with ID : 7c41e0b95a2d4f3e8b6a1d0c9e8f7a6b started. Triggering event : CONFIGURATION_UPDATE"),
			we("2026-11-28T21:14:00Z", Unknown, "", "11-28-2026 09:14 PM Deployment failed. For details, see service logs."),
		},
	},
	{
		name:   "aws-iam-credential-report-csv",
		source: "AWS IAM credential report as the console's Download credential report or `aws iam get-credential-report` (base64-decoded) writes it (22 columns, `user,arn,user_creation_time,…`, ISO times with +00:00, `N/A`, `no_information`, `not_supported` for the root account): the IAM User Guide's \"Getting credential reports\" (id_credentials_getting-report.html, the column list) and boto3's get_credential_report",
		why:    "a CSV row whose first time is the user's creation time; later columns hold other times (last use, rotation) that are not the row's; `<root_account>` and user names are no hosts; no level; the header row is fed, not scored",
		entries: []worldEntry{
			wskip("user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated"),
			we("2026-11-20T09:12:44Z", Unknown, "", "<root_account>,arn:aws:iam::418273645091:root,2026-11-20T09:12:44+00:00,not_supported,2026-11-29T07:41:16+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A"),
			we("2026-11-21T14:03:09Z", Unknown, "", "ines.marlow,arn:aws:iam::418273645091:user/ines.marlow,2026-11-21T14:03:09+00:00,true,2026-11-29T06:55:31+00:00,2026-11-21T14:05:52+00:00,N/A,true,true,2026-11-21T14:07:18+00:00,2026-11-29T07:30:00+00:00,eu-west-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A"),
			we("2026-11-22T10:41:27Z", Unknown, "", "ci-deployer,arn:aws:iam::418273645091:user/service/ci-deployer,2026-11-22T10:41:27+00:00,false,N/A,N/A,N/A,false,true,2026-11-22T10:41:29+00:00,2026-11-29T07:36:00+00:00,us-east-1,ecr,true,2026-11-27T16:20:02+00:00,N/A,N/A,N/A,false,N/A,false,N/A"),
			we("2026-11-26T08:19:50Z", Unknown, "", "olek.brandt,arn:aws:iam::418273645091:user/olek.brandt,2026-11-26T08:19:50+00:00,true,no_information,2026-11-26T08:19:50+00:00,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A"),
		},
	},
	{
		name:   "aws-stepfunctions-execution-history-text",
		source: "AWS CLI v2 `aws stepfunctions get-execution-history --execution-arn … --output text` (an `EVENTS` row of id, previousEventId, timestamp, type in sorted key order, then the event's details object as its own uppercased row and `INPUTDETAILS`, as awscli/text.py writes a list of dicts with nested dicts; the CLI's ISO timestamps with +00:00): aws/aws-cli awscli/text.py; the event types and detail objects from floci-io/floci issues #1652 and #2520 and turbot/steampipe-plugin-aws PR #728",
		why:    "the identifier word `EVENTS` and two small integers before an ISO time with +00:00; the detail rows under an event belong to it; `TaskFailed` and `ExecutionFailed` are event types, no level; the state machine's role ARN and the Lambda's region are no host",
		gap:    "the details rows under an `EVENTS` row (`EXECUTIONSTARTEDEVENTDETAILS`, `INPUTDETAILS`, `TASKFAILEDEVENTDETAILS` …) are not joined to it: each becomes an entry of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "",
				"EVENTS\t1\t0\t2026-11-29T07:41:16.412000+00:00\tExecutionStarted",
				"EXECUTIONSTARTEDEVENTDETAILS\t{\"orderId\":\"o-58213\",\"sku\":\"KT-4410\"}\tarn:aws:iam::418273645091:role/service-role/StepFunctions-orders-role-8c2e41",
				"INPUTDETAILS\tFalse"),
			we("2026-11-29T07:41:16.447Z", Unknown, "",
				"EVENTS\t2\t0\t2026-11-29T07:41:16.447000+00:00\tTaskStateEntered",
				"STATEENTEREDEVENTDETAILS\t{\"orderId\":\"o-58213\",\"sku\":\"KT-4410\"}\tReserveStock",
				"INPUTDETAILS\tFalse"),
			we("2026-11-29T07:41:16.452Z", Unknown, "",
				"EVENTS\t3\t2\t2026-11-29T07:41:16.452000+00:00\tTaskScheduled",
				"TASKSCHEDULEDEVENTDETAILS\t{\"FunctionName\":\"arn:aws:lambda:eu-west-1:418273645091:function:reserve-stock:$LATEST\",\"Payload\":{\"orderId\":\"o-58213\",\"sku\":\"KT-4410\"}}\teu-west-1\tinvoke\tlambda"),
			we("2026-11-29T07:41:16.518Z", Unknown, "",
				"EVENTS\t4\t3\t2026-11-29T07:41:16.518000+00:00\tTaskStarted",
				"TASKSTARTEDEVENTDETAILS\tinvoke\tlambda"),
			we("2026-11-29T07:41:46.530Z", Unknown, "",
				"EVENTS\t5\t4\t2026-11-29T07:41:46.530000+00:00\tTaskFailed",
				"TASKFAILEDEVENTDETAILS\t{\"errorMessage\":\"stock service did not answer within 30 s\",\"errorType\":\"TimeoutError\"}\tLambda.Unknown\tinvoke\tlambda"),
			we("2026-11-29T07:41:46.561Z", Unknown, "",
				"EVENTS\t6\t5\t2026-11-29T07:41:46.561000+00:00\tExecutionFailed",
				"EXECUTIONFAILEDEVENTDETAILS\tAn error occurred while executing the state 'ReserveStock' (entered at the event id #2). The error 'Lambda.Unknown' is not handled.\tStates.TaskFailed"),
		},
	},
	{
		name:   "alibaba-actiontrail-event-pretty",
		source: "Alibaba Cloud ActionTrail events as the console's event detail and `aliyun actiontrail LookupEvents` print them, pretty JSON with two-space indents pasted one after the other (userIdentity with sessionContext.attributes.creationDate first, then acsRegion, eventName, requestParameters, eventSource, eventTime, eventType, serviceName, sourceIpAddress): alibabacloud.com ActionTrail help, \"Query ActionTrail events by assuming a RAM role\" and doc-detail 28826 (sample event logs), doc-detail 173654 (the field list)",
		why:    "an object over many lines is one record; its time is eventTime (Z), not the STS session's creationDate above it; AcsHost and HostId are API endpoints, sourceIpAddress a client: no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"{",
				`  "apiVersion": "2014-05-26",`,
				`  "requestId": "5E2B7C41-9A0D-4F3E-8B61-D2C0E9F8A7B6",`,
				`  "eventType": "ApiCall",`,
				`  "userIdentity": {`,
				`    "accessKeyId": "STS.NTx4kQ8vRm2Lp7Wc9Yd3****",`,
				`    "sessionContext": {`,
				`      "attributes": {`,
				`        "mfaAuthenticated": "false",`,
				`        "creationDate": "2026-11-29T06:58:02Z"`,
				`      }`,
				`    },`,
				`    "accountId": "128834917205****",`,
				`    "principalId": "30291847561230****:ines",`,
				`    "type": "assumed-role",`,
				`    "userName": "ops-admin:ines"`,
				`  },`,
				`  "acsRegion": "eu-central-1",`,
				`  "eventName": "StopInstance",`,
				`  "requestParameters": {`,
				`    "AcsHost": "ecs.eu-central-1.aliyuncs.com",`,
				`    "InstanceId": "i-gw8c41e0b95a2d4f3e8b6",`,
				`    "RegionId": "eu-central-1",`,
				`    "HostId": "ecs.eu-central-1.aliyuncs.com"`,
				`  },`,
				`  "eventSource": "ecs.eu-central-1.aliyuncs.com",`,
				`  "eventTime": "2026-11-29T07:41:16Z",`,
				`  "eventId": "5E2B7C41-9A0D-4F3E-8B61-D2C0E9F8A7B6",`,
				`  "eventVersion": 1,`,
				`  "serviceName": "Ecs",`,
				`  "sourceIpAddress": "198.51.100.23",`,
				`  "userAgent": "AlibabaCloud (Linux; amd64) Go/1.23.4 Core/0.0.1 aliyun-cli/3.0.240"`,
				"}"),
			we("2026-11-29T07:44:02Z", Unknown, "",
				"{",
				`  "apiVersion": "2014-05-26",`,
				`  "requestId": "A19F3D62-7C0B-4E8A-9D15-3B6E2F0C8A47",`,
				`  "eventType": "ApiCall",`,
				`  "userIdentity": {`,
				`    "accessKeyId": "STS.NTx4kQ8vRm2Lp7Wc9Yd3****",`,
				`    "sessionContext": {`,
				`      "attributes": {`,
				`        "mfaAuthenticated": "false",`,
				`        "creationDate": "2026-11-29T06:58:02Z"`,
				`      }`,
				`    },`,
				`    "accountId": "128834917205****",`,
				`    "principalId": "30291847561230****:ines",`,
				`    "type": "assumed-role",`,
				`    "userName": "ops-admin:ines"`,
				`  },`,
				`  "acsRegion": "eu-central-1",`,
				`  "eventName": "ModifyInstanceSpec",`,
				`  "errorCode": "InvalidInstanceType.ValueNotSupported",`,
				`  "errorMessage": "The specified InstanceType does not exist or beyond the permitted range.",`,
				`  "requestParameters": {`,
				`    "AcsHost": "ecs.eu-central-1.aliyuncs.com",`,
				`    "InstanceId": "i-gw8c41e0b95a2d4f3e8b6",`,
				`    "InstanceType": "ecs.g9i.large",`,
				`    "HostId": "ecs.eu-central-1.aliyuncs.com"`,
				`  },`,
				`  "eventSource": "ecs.eu-central-1.aliyuncs.com",`,
				`  "eventTime": "2026-11-29T07:44:02Z",`,
				`  "eventId": "A19F3D62-7C0B-4E8A-9D15-3B6E2F0C8A47",`,
				`  "eventVersion": 1,`,
				`  "serviceName": "Ecs",`,
				`  "sourceIpAddress": "198.51.100.23",`,
				`  "userAgent": "AlibabaCloud (Linux; amd64) Go/1.23.4 Core/0.0.1 aliyun-cli/3.0.240"`,
				"}"),
			we("2026-11-29T07:52:40Z", Unknown, "",
				"{",
				`  "apiVersion": "2015-05-01",`,
				`  "requestId": "C7E04B19-2D6A-4F8C-B3E1-90A5D7F62C18",`,
				`  "eventType": "ConsoleSignin",`,
				`  "userIdentity": {`,
				`    "accountId": "128834917205****",`,
				`    "principalId": "27738104926615****",`,
				`    "type": "ram-user",`,
				`    "userName": "olek"`,
				`  },`,
				`  "acsRegion": "cn-hangzhou",`,
				`  "eventName": "ConsoleSignin",`,
				`  "eventSource": "signin.aliyun.com",`,
				`  "eventTime": "2026-11-29T07:52:40Z",`,
				`  "eventId": "C7E04B19-2D6A-4F8C-B3E1-90A5D7F62C18",`,
				`  "eventVersion": 1,`,
				`  "serviceName": "AasSub",`,
				`  "sourceIpAddress": "203.0.113.61",`,
				`  "userAgent": "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"`,
				"}"),
		},
	},
	{
		name:   "ibm-activity-tracker-cadf-jsonl",
		source: "IBM Cloud Activity Tracker events (CADF: outcome, typeURI, eventType, eventTime as `yyyy-MM-ddTHH:mm:ss.ff+0000`, action, initiator with host.address, target, observer, reason, severity normal/warning/critical, message, logSourceCRN), one event a line as an Event Routing target in Cloud Object Storage holds them once gunzipped: cloud.ibm.com docs atracker-event (the fields), IBM QRadar DSM's \"IBM Cloud Activity Tracker sample event messages\" (a whole event); the one-a-line framing from memory",
		why:    "eventTime with two fractional digits and a +0000 offset without a colon; `severity` is the level (normal is Info, warning Warn, critical Critical); initiator.host.address and agent are the caller's, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.41Z", Info, "", `{"outcome":"success","typeURI":"https://iam.cloud.ibm.com/v1/apikeys","eventType":"activity","eventTime":"2026-11-29T07:41:16.41+0000","action":"iam-identity.user-apikey.create","id":"b7e3c1d0-5a2f-4e8b-9c61-0d2e4f6a8b1c","correlationId":"0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f","initiator":{"id":"IBMid-6930017K2Q","name":"ines.marlow@example.org","typeURI":"service/security/account/user","host":{"agent":"ibmcloud-cli/2.30.0 (linux amd64)","address":"203.0.113.24","addressType":"IPv4"},"credential":{"type":"token"}},"target":{"id":"crn:v1:bluemix:public:iam-identity::a/4f1d2c3b5a6e7d8c9b0a1e2f3d4c5b6a::apikey:ApiKey-91c0e7d2","name":"ci-deployer-key","typeURI":"iam-identity/user-apikey"},"observer":{"name":"ActivityTracker"},"reason":{"reasonCode":201,"reasonType":"Created"},"severity":"normal","message":"IAM Identity Service: create user-apikey ci-deployer-key","logSourceCRN":"crn:v1:bluemix:public:iam-identity::a/4f1d2c3b5a6e7d8c9b0a1e2f3d4c5b6a::","saveServiceCopy":true,"dataEvent":false}`),
			we("2026-11-29T07:44:02.12Z", Warn, "", `{"outcome":"success","typeURI":"https://eu-de.iaas.cloud.ibm.com/v1/security_groups","eventType":"activity","eventTime":"2026-11-29T07:44:02.12+0000","action":"is.security-group.rule.create","id":"e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b","correlationId":"6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d","initiator":{"id":"IBMid-6930017K2Q","name":"ines.marlow@example.org","typeURI":"service/security/account/user","host":{"agent":"Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0","address":"203.0.113.24","addressType":"IPv4"},"credential":{"type":"token"}},"target":{"id":"crn:v1:bluemix:public:is:eu-de:a/4f1d2c3b5a6e7d8c9b0a1e2f3d4c5b6a::security-group:r010-7f3e9c2a-41d0-4b8e-a6c1-2d5e8f0b9a37","name":"sg-web-tier","typeURI":"is/security-group"},"observer":{"name":"ActivityTracker"},"reason":{"reasonCode":201,"reasonType":"Created"},"severity":"warning","message":"Virtual Private Cloud: create security-group-rule sg-web-tier 0.0.0.0/0 tcp 22","logSourceCRN":"crn:v1:bluemix:public:is:eu-de:a/4f1d2c3b5a6e7d8c9b0a1e2f3d4c5b6a::","saveServiceCopy":true,"dataEvent":false}`),
			we("2026-11-29T07:52:40Z", Critical, "", `{"outcome":"failure","typeURI":"https://iam.cloud.ibm.com/identity/token","eventType":"activity","eventTime":"2026-11-29T07:52:40.00+0000","action":"iam-identity.user-apikey.login","id":"3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9","correlationId":"8e7d6c5b-4a3f-4e2d-b1c0-9f8e7d6c5b4a","initiator":{"id":"iam-ServiceId-2d7e1c40","name":"build-runner","typeURI":"service/security/account/serviceid","host":{"agent":"Go-http-client/2.0","address":"192.0.2.88","addressType":"IPv4"},"credential":{"type":"apikey"}},"target":{"id":"crn:v1:bluemix:public:iam-identity::a/4f1d2c3b5a6e7d8c9b0a1e2f3d4c5b6a::apikey:ApiKey-5be2a914","name":"build-runner-key","typeURI":"iam-identity/user-apikey"},"observer":{"name":"ActivityTracker"},"reason":{"reasonCode":400,"reasonType":"Bad Request","reasonForFailure":"Provided API key could not be found."},"severity":"critical","message":"IAM Identity Service: login user-apikey build-runner-key -failure","logSourceCRN":"crn:v1:bluemix:public:iam-identity::a/4f1d2c3b5a6e7d8c9b0a1e2f3d4c5b6a::","saveServiceCopy":true,"dataEvent":false}`),
		},
	},
	{
		name:   "huawei-cloud-cts-trace-jsonl",
		source: "Huawei Cloud Cloud Trace Service traces transferred to OBS, one trace a line once the object is gunzipped (time and record_time as epoch milliseconds, user, service_type, resource_type, resource_name, trace_name, trace_rating normal/warning/incident, trace_type, source_ip, code, request_id, trace_id): support.huaweicloud.com CTS \"Trace Structure\" (cts_03_0010, the key fields) and the huaweicloud-sdk ListTraces model (trace_rating); the one-a-line framing from memory",
		why:    "the record's time is `time` in epoch milliseconds (record_time, when CTS received it, comes later in the line); trace_rating is the level (normal Info, warning Warn, incident Error); source_ip is the caller and resource_name a target: no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", `{"time":1795938076412,"user":{"id":"0a7e3c1b9d2f4e6a8c5b1d3f7e9a2c4b","name":"ines","domain":{"name":"acme-eu","id":"5d2c8e1f0a3b4c6d9e7f1a2b3c4d5e6f"}},"service_type":"ECS","event_type":"system","project_id":"8f1e2d3c4b5a69788796a5b4c3d2e1f0","resource_type":"ecs","resource_name":"web-02","resource_id":"b2c4d6e8-0a1b-4c3d-9e5f-7a8b9c0d1e2f","trace_name":"startServer","trace_rating":"normal","trace_type":"ConsoleAction","api_version":"v1","source_ip":"198.51.100.7","code":"202","request_id":"req-7c41e0b9","trace_id":"d3b7c1a2-41e0-11f1-9b6a-286ed488c1f2","record_time":1795938076893}`),
			we("2026-11-29T07:44:02.118Z", Warn, "", `{"time":1795938242118,"user":{"id":"0a7e3c1b9d2f4e6a8c5b1d3f7e9a2c4b","name":"ines","domain":{"name":"acme-eu","id":"5d2c8e1f0a3b4c6d9e7f1a2b3c4d5e6f"}},"service_type":"VPC","event_type":"system","project_id":"8f1e2d3c4b5a69788796a5b4c3d2e1f0","resource_type":"securityGroupRule","resource_name":"sg-web","resource_id":"5e7a9c1b-3d2f-4a6e-8b0c-1d3e5f7a9b2c","trace_name":"createSecurityGroupRule","trace_rating":"warning","trace_type":"ApiCall","api_version":"v3","source_ip":"198.51.100.7","code":"201","request_id":"req-a19f3d62","trace_id":"06d2e8f4-41e0-11f1-8c2d-286ed488c1f2","record_time":1795938242530}`),
			we("2026-11-29T07:52:40.007Z", Error, "", `{"time":1795938760007,"user":{"id":"9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f","name":"ci-runner","domain":{"name":"acme-eu","id":"5d2c8e1f0a3b4c6d9e7f1a2b3c4d5e6f"}},"service_type":"RDS","event_type":"system","project_id":"8f1e2d3c4b5a69788796a5b4c3d2e1f0","resource_type":"instance","resource_name":"orders-db","resource_id":"c1e3a5b7d9f24e6a8c0b2d4f6a8c0e2b","trace_name":"deleteInstance","trace_rating":"incident","trace_type":"ApiCall","api_version":"v3","source_ip":"192.0.2.41","code":"403","message":"{\"error_code\":\"DBS.200823\",\"error_msg\":\"The DB instance is protected from deletion.\"}","request_id":"req-c7e04b19","trace_id":"4a1c9e72-41e1-11f1-a7d3-286ed488c1f2","record_time":1795938760361}`),
			we("2026-11-29T08:03:11.25Z", Info, "", `{"time":1795939391250,"user":{"id":"0a7e3c1b9d2f4e6a8c5b1d3f7e9a2c4b","name":"ines","domain":{"name":"acme-eu","id":"5d2c8e1f0a3b4c6d9e7f1a2b3c4d5e6f"}},"service_type":"IAM","event_type":"global","project_id":"8f1e2d3c4b5a69788796a5b4c3d2e1f0","resource_type":"user","resource_name":"ines","resource_id":"0a7e3c1b9d2f4e6a8c5b1d3f7e9a2c4b","trace_name":"login","trace_rating":"normal","trace_type":"ConsoleAction","api_version":"v3","source_ip":"198.51.100.7","code":"302","request_id":"req-1f2e3d4c","trace_id":"a8e6c4b2-41e2-11f1-b5a9-286ed488c1f2","record_time":1795939391702}`),
		},
	},
	{
		name:   "aws-lightsail-container-service-log",
		source: "Amazon Lightsail container service logs as the console's Logs page and `aws lightsail get-container-log` show them for a container (`[dd/Mon/yyyy:HH:mm:ss] [deployment:N] message` for the service's own deployment lines, the container's stdout behind the same bracketed stamp): from memory (the searches found only the Lightsail API reference, no pasted log)",
		why:    "an access-log-style bracketed day-first date without a zone (UTC); `[deployment:4]` is a deployment number, no level; the container's own line keeps its level word and its client address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[29/Nov/2026:07:41:16] [deployment:4] Creating your deployment"),
			we("2026-11-29T07:42:51Z", Unknown, "", "[29/Nov/2026:07:42:51] [deployment:4] Started 1 new node"),
			we("2026-11-29T07:43:05Z", Info, "", "[29/Nov/2026:07:43:05] INFO:     Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)"),
			we("2026-11-29T07:43:09Z", Unknown, "", "[29/Nov/2026:07:43:09] [deployment:4] Reached a steady state"),
			we("2026-11-29T07:43:10Z", Unknown, "", "[29/Nov/2026:07:43:10] [deployment:4] Took 1 min 54 sec to complete"),
		},
	},
	{
		name:   "linode-cli-events-list-text",
		source: "Akamai Cloud (Linode) `linode-cli events list --text` (a tab-separated header row of column names, then one event a row: id, username, entity.label, action, status, created as a zone-less ISO time in UTC): from memory",
		why:    "the time is the last column, after an event id of nine digits; the zone-less created time is UTC; `failed` and `notification` are statuses, no level; entity.label is the event's target, no host",
		entries: []worldEntry{
			wskip("id\tusername\tentity.label\taction\tstatus\tcreated"),
			we("2026-11-29T07:41:16Z", Unknown, "", "948372615\tines\tweb-02\tlinode_boot\tfinished\t2026-11-29T07:41:16"),
			we("2026-11-29T07:39:02Z", Unknown, "", "948372101\tines\tweb-02\tlinode_shutdown\tfinished\t2026-11-29T07:39:02"),
			we("2026-11-29T07:22:45Z", Unknown, "", "948370877\tci-bot\tdb-backup\tbackups_restore\tfailed\t2026-11-29T07:22:45"),
			we("2026-11-29T06:58:13Z", Unknown, "", "948368430\tolek\tnb-eu-1\tnodebalancer_config_update\tnotification\t2026-11-29T06:58:13"),
		},
	},
}

func TestFresh614Formats(t *testing.T) { assertTable(t, fresh614Cases) }
func TestFresh614Score(t *testing.T) {
	checkScore(t, "fresh614 formats", fresh614Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 87.4})
}
