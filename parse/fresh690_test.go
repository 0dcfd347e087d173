package parse

import "testing"

// The six-hundred-and-ninetieth fresh table: cloud providers' SDKs and CLIs in their debug and
// verbose output, and a credential helper, as people paste them into tickets, shapes no earlier
// table holds. Each family is one product's documented or observed output: the AWS SDK for Go v2's
// default logger (`SDK yyyy/MM/dd HH:mm:ss DEBUG Request` with the HTTP dump under it); boto3's
// set_stream_logger (`… botocore.credentials [DEBUG] …`, a traceback under a line); the Azure SDK for
// Python's HttpLoggingPolicy under logging.basicConfig (`INFO:azure.core…:Request URL: …` with the
// method and headers on the lines under it, no time); the Azure SDK for .NET's console listener
// (`[Informational] Azure-Identity: …`, an Azure-Core request with its headers under it); the Azure
// SDK for JavaScript's @azure/logger (`azure:identity:info …`, a JSON request under a line); the AWS
// SDK for C++'s log file (`[DEBUG] yyyy-MM-dd HH:mm:ss.SSS Tag [thread] …`, multi-line messages);
// aws-vault --debug (Go's log, `[keyring]` lines, a closing `aws-vault: error:`); the Azure Developer
// CLI's --debug (Go's log with `file.go:line:`, the Azure SDK for Go's Retry and Request events).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`botocore`, `awscli`, `aws cli`, `aws-cli`, `gcloud`, `google cloud sdk`,
// `azure cli`, `az cli`, `knack`, `azcopy`, `eksctl`, `sam cli`, `samcli`, `aws-sam`, `doctl`,
// `oci cli`, `oci-cli`, `ibmcloud`, `IBMCLOUD_TRACE`, `REQUEST: [`, `aliyun`, `aws-sdk-go`, `aws-sdk`,
// `SDK 20`, `SDK 2026`, `DEBUG: Request`, `aws-vault`, `[keyring]`, `keyring`, `Considering backends`,
// `Loading config file`, `99designs`, `saml2aws`, `credential-helper`, `credential helper`,
// `ecr-login`, `amazon-ecr`, `docker-credential`, `git-credential-manager`, `Git Credential`,
// `GCM_TRACE`, `gcm`, `trace: [`, `gke-gcloud-auth`, `kubelogin`, `cloud-sql-proxy`,
// `cloud_sql_proxy`, `session-manager-plugin`, `ssm-agent`, `amazon-ssm`, `aws-iam-authenticator`,
// `azure-core`, `azure.core`, `http_logging_policy`, `No body was attached`, `A body is sent`,
// `Request URL:`, `Request headers:`, `Response status:`, `azure.identity`, `azure-identity`,
// `DefaultAzureCredential`, `ManagedIdentityCredential`, `msal`, `google-auth`, `google.auth`,
// `credential_process`, `awscrt`, `aws-c-`, `aws_logging`, `AWS_LOG`, `flyctl`, `hcloud`, `linode`,
// `linode-cli`, `scaleway`, `scw `, `upcloud`, `exoscale`, `vultr`, `ovh`, `ovhcloud`, `civo`,
// `azd`, `azure-dev`, `azure developer cli`, `=====> Try`, `OUTGOING REQUEST`, `REQUEST/RESPONSE`,
// `RESPONSE RECEIVED`, `Try=1`, `Run exec`, `main.go:47`, `func host`, `copilot`, `amplify`,
// `boto3`, `set_stream_logger`, `botocore.credentials`, `botocore.utils`, `botocore.endpoint`,
// `botocore.hooks`, `IMDS ENDPOINT`, `Looking for credentials`, `MainThread - botocore`,
// `Event choose-service-name`, `s5cmd`, `gsutil`, `Running [gcloud`, `cli.knack`, `[ℹ]`,
// `openstackclient`, `keystoneauth`, `tccli`, `tencentcloud`, `huaweicloud`, `ossutil`, `coscmd`,
// `cos-cli`, `bigquery`, `gcsfuse`, `mountpoint-s3`, `rclone`, `goofys`, `s3fs`, `azcmagent`,
// `waagent`, `WALinuxAgent`, `google-guest-agent`, `cloud-init`, `ec2-instance-connect`,
// `firebase`, `[debug] [`, `ebcli`, `elastic beanstalk`, `HTTP REQUEST`,
// `begin processing with ParameterSet`, `Az.Accounts`, `azure powershell`, `Connect-AzAccount`,
// `aws toolkit`, `CurlHttpClient`, `CurlHandleContainer`, `AWSAuthV4Signer`, `Aws_Init_Cleanup`,
// `aws_sdk_`, `aws-sdk-cpp`, `AWSClient`, `CANONICAL STRING`, `Request Signature`, `smithy`,
// `ClientLogMode`, `aws-sdk-go-v2`, `aws-sdk-java`, `software.amazon.awssdk`, `Sending Request`,
// `DefaultSdkHttpFullRequest`, `aws-sdk-js`, `@aws-sdk`, `aws-sdk-rust`, `AWS SDK`, `Azure SDK`,
// `azure-sdk`, `azure sdk`, `azure-sdk-for`, `azsdk`, `Informational]`, `Azure-Core`,
// `Azure-Identity`, `AzureEventSourceListener`, `EventSource`, `azure:`, `@azure`, `azure:core`,
// `azure:identity`, `azure:keyvault`, `core-rest-pipeline`, `retryPolicy:info`, `gimme-aws-creds`,
// `granted`, `aws-sso`, `ecs-agent`, `cdk`, `heroku`, `wrangler`, `cloudflared`, `x-goog`, `x-ms-`,
// `x-amz-`, `googleapis`, `google-cloud`, `openshift`, `rosa`, `akamai`). None of the Go v2 SDK's
// standard logger, boto3's stream logger, the Azure SDKs for Python, .NET and JavaScript, the C++
// SDK's log file, aws-vault or azd is in any table (`botocore.credentials` and `botocore.hooks` match
// only the AWS CLI's `- MainThread -` layout; `azsdk` only AzCopy's user agent; `Informational]` a
// printer's log; `main.go:47` a zap line; `keyring` and `Loading config file` other products; `SDK`
// v1's `DEBUG: Request` and AzCopy's `==> REQUEST/RESPONSE` blocks are other layouts, and azd's
// lines here leave that block out). Left out as measured already: the AWS CLI's and the Azure CLI's
// --debug, gcloud's log file and its `logs read` outputs, AzCopy, eksctl, the Firebase CLI,
// cloud-sql-proxy, the AWS SDK for Go v1's LogDebug, the AWS CRT's C log, the Azure SDK for Java's
// DefaultLogger, MSAL, aws-iam-authenticator, SAM CLI, Copilot, Amplify, doctl, linode-cli and OCI's
// audit list. Left out as a shape other tables hold: kubelogin and gke-gcloud-auth-plugin (klog),
// amazon-ecr-credential-helper's ecr-login.log (logrus text), Git Credential Manager's GCM_TRACE (Git's
// trace layout) and the IBM Cloud CLI's trace (the cf CLI's `REQUEST: [time]` blocks). Left for a later
// table: Azure PowerShell's -Debug stream (`DEBUG: 5:32:36 PM - … begin processing`), and saml2aws,
// which was not searched. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Go's log (the Go v2 SDK's `SDK ` logger, aws-vault, azd) writes the local
// time with no zone, boto3's asctime and the C++ SDK's stamp likewise: all are taken as UTC, as the
// rules say. The Azure SDKs for Python (under basicConfig), .NET (the console listener) and
// JavaScript write no time at all: those records' time is empty, and a response's `Date:` header or
// a token's `ExpiresOn:` is no record time; nor is the Go v2 SDK's `X-Amz-Date:` header or the C++
// SDK's `x-amz-date:` canonical header. aws-vault's closing `aws-vault: error:` line has no time.
// Levels only where the line marks one: the Go v2 SDK's DEBUG and WARN, boto3's bracketed level names,
// Python's `INFO:`/`WARNING:` prefixes, the .NET EventLevel names in brackets (Informational is
// info, Verbose is debug, Warning is warn), the level at the end of the JavaScript namespace
// (`:info`, `:warning`, `:verbose` is debug, `:error`), the C++ SDK's bracketed `[TRACE]` to
// `[ERROR]`, and the `error:` marker after `aws-vault:`; aws-vault's and azd's other lines carry
// none (`[keyring]` is a component, `main.go:47:` a file and line). No family has a host field:
// vaults, buckets, STS and management endpoints, and the IMDS address are peers. A record that
// spans lines is one entry: the Go v2 SDK's request and response dumps, boto3's traceback, the
// Python policy's request and response blocks and the chained credential's warning, the .NET
// request and error-response events with their header lines, the JavaScript `Request: {` JSON, the
// C++ signer's canonical headers and its XML client's error, and azd's `Retry:` and `Request:`
// events with the lines under them.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of a
// layout (some messages' wording, the .NET request block's header lines) the source says "from
// memory"; no family rests on memory as a whole. Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3b19223 before any rule for it: level 87.5 %, time 100.0 %, host 100.0 %, records 83.3 %.
// That is the macro figure (micro: level 86.0 %, time 100.0 %, host 100.0 %, records 86.0 %), in a
// worktree at 3b19223 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are the Go v2 SDK's request dump, cut at its `X-Amz-Date:` header
// line; the Python policy's and the chained credential's continuation lines and the .NET Azure-Core
// events' header lines, which each become records of their own; and the level at the end of the
// JavaScript logger's namespace, which trawl does not read.

var fresh690Cases = []worldCase{
	{
		name:   "aws-sdk-go-v2-standard-logger",
		source: "the AWS SDK for Go v2 with its default logger (smithy-go logging.NewStandardLogger: Go's log with the prefix `SDK ` and LstdFlags, then the classification DEBUG or WARN and the message; ClientLogMode LogRequest|LogResponse|LogRetries dumps the HTTP request and response on the lines under it): aws/aws-sdk-go-v2 issue #889 (a pasted `SDK yyyy/MM/dd HH:mm:ss DEBUG Request Signature:` block), PR #872; the retry and checksum messages' wording from memory",
		why:    "the `SDK ` prefix before a zone-less slashed date (UTC by the rules); DEBUG and WARN after the time; the HTTP dump under a Request or Response line belongs to it, its Date header and X-Amz-Date are no record times",
		gap:    "the header line `X-Amz-Date: 20261129T074116Z` of the request dump under `SDK … DEBUG Request` is taken as the start of a new record (its compact ISO time), so the dump is cut there",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "",
				"SDK 2026/11/29 07:41:16 DEBUG Request",
				"POST / HTTP/1.1",
				"Host: dynamodb.eu-central-1.amazonaws.com",
				"User-Agent: aws-sdk-go-v2/1.32.6 ua/2.1 os/linux lang/go#1.23.4 md/GOOS#linux md/GOARCH#amd64 api/dynamodb#1.38.0",
				"Content-Length: 61",
				"Accept-Encoding: identity",
				"Amz-Sdk-Invocation-Id: 5c2e8f41-93ab-4d07-b6e1-0a7f3c9d2e18",
				"Amz-Sdk-Request: attempt=1; max=3",
				"Authorization: AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE7Q2R4T6VW/20261129/eu-central-1/dynamodb/aws4_request, SignedHeaders=accept-encoding;amz-sdk-invocation-id;amz-sdk-request;content-length;content-type;host;x-amz-date;x-amz-target, Signature=9f3a",
				"Content-Type: application/x-amz-json-1.0",
				"X-Amz-Date: 20261129T074116Z",
				"X-Amz-Target: DynamoDB_20120810.GetItem",
				""),
			we("2026-11-29T07:41:16Z", Debug, "",
				"SDK 2026/11/29 07:41:16 DEBUG Response",
				"HTTP/1.1 200 OK",
				"Content-Length: 112",
				"Connection: keep-alive",
				"Content-Type: application/x-amz-json-1.0",
				"Date: Sun, 29 Nov 2026 07:41:16 GMT",
				"Server: Server",
				"X-Amz-Crc32: 2718349051",
				"X-Amzn-Requestid: K7Q1T9VR2M4N6P8S0U3W5Y7A9C1E3G5I7K9M1O3Q5S7U9W1Y3",
				""),
			we("2026-11-29T07:41:17Z", Debug, "", "SDK 2026/11/29 07:41:17 DEBUG retrying request DynamoDB/PutItem, attempt 2"),
			we("2026-11-29T07:41:18Z", Warn, "", "SDK 2026/11/29 07:41:18 WARN Response has no supported checksum. Not validating response payload."),
		},
	},
	{
		name:   "boto3-set-stream-logger",
		source: "boto3.set_stream_logger('botocore', logging.DEBUG) (its format `%(asctime)s %(name)s [%(levelname)s] %(message)s`): boto/boto3 issue #3997 (a pasted run: `… botocore.credentials [DEBUG] Looking for credentials via: env`), boto/botocore issue #3439 and #1841; boto3/__init__.py set_stream_logger",
		why:    "a comma before the milliseconds; the logger name before the level in brackets; a traceback logged with exc_info belongs to the line above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "2026-11-29 07:41:16,204 botocore.credentials [DEBUG] Looking for credentials via: env"),
			we("2026-11-29T07:41:16.205Z", Debug, "", "2026-11-29 07:41:16,205 botocore.credentials [DEBUG] Looking for credentials via: assume-role"),
			we("2026-11-29T07:41:16.209Z", Info, "", "2026-11-29 07:41:16,209 botocore.credentials [INFO] Found credentials in shared credentials file: ~/.aws/credentials"),
			we("2026-11-29T07:41:16.318Z", Debug, "", `2026-11-29 07:41:16,318 botocore.endpoint [DEBUG] Making request for OperationModel(name=ListObjectsV2) with params: {'url_path': '?list-type=2', 'query_string': {'prefix': 'exports/2026-11-29/'}, 'method': 'GET', 'headers': {'User-Agent': 'Boto3/1.35.71 md/Botocore#1.35.71 ua/2.0 os/linux#6.8.0-49-generic md/arch#x86_64 lang/python#3.12.7 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.35.71'}, 'body': b''}`),
			we("2026-11-29T07:41:17.902Z", Debug, "",
				`2026-11-29 07:41:17,902 botocore.utils [DEBUG] Caught retryable HTTP exception while making metadata service request to http://169.254.169.254/latest/api/token: Connect timeout on endpoint URL: "http://169.254.169.254/latest/api/token"`,
				"Traceback (most recent call last):",
				`  File "/opt/etl/venv/lib/python3.12/site-packages/urllib3/connection.py", line 198, in _new_conn`,
				"    sock = connection.create_connection(",
				`  File "/opt/etl/venv/lib/python3.12/site-packages/urllib3/util/connection.py", line 85, in create_connection`,
				"    raise err",
				"TimeoutError: timed out"),
			we("2026-11-29T07:41:18.005Z", Warn, "", "2026-11-29 07:41:18,005 botocore.credentials [WARNING] Refreshing temporary credentials failed during mandatory refresh period."),
		},
	},
	{
		name:   "azure-sdk-python-http-logging-basicconfig",
		source: "the Azure SDK for Python under logging.basicConfig(level=INFO) (`LEVEL:logger:message`; azure-core's HttpLoggingPolicy writes one record of several lines: Request URL, method, the indented headers, the body note; the Response status and headers likewise): cartography-cncf/cartography PR #729 and home-assistant/core issue #119846 (pasted blocks), Azure/azure-sdk-for-python issues #19925, #33924 and PR #20300; the DefaultAzureCredential warning's wording from memory",
		why:    "no time at all: every record's time is empty; INFO and WARNING before the logger name; the headers, including a Date header, and the attempted-credentials lines belong to the record above them",
		gap:    "the unindented lines under a time-less `LEVEL:logger:message` record (`Request method:`, `Request headers:`, `No body was attached…`, `Response headers:`, `Attempted credentials:`, `Visit …`, `To mitigate …`) are not joined to it: each starts a record of its own, the indented lines going with it",
		entries: []worldEntry{
			we("", Info, "",
				"INFO:azure.core.pipeline.policies.http_logging_policy:Request URL: 'https://stshopexports.blob.core.windows.net/exports?restype=REDACTED&comp=REDACTED&prefix=REDACTED'",
				"Request method: 'GET'",
				"Request headers:",
				"    'x-ms-version': 'REDACTED'",
				"    'Accept': 'application/xml'",
				"    'User-Agent': 'azsdk-python-storage-blob/12.24.0 Python/3.12.7 (Linux-6.8.0-49-generic-x86_64-with-glibc2.39)'",
				"    'x-ms-date': 'REDACTED'",
				"    'x-ms-client-request-id': '0b7e4c1a-ae2f-11f1-9c3d-0242ac120004'",
				"    'Authorization': 'REDACTED'",
				"No body was attached to the request"),
			we("", Info, "",
				"INFO:azure.core.pipeline.policies.http_logging_policy:Response status: 200",
				"Response headers:",
				"    'Transfer-Encoding': 'chunked'",
				"    'Content-Type': 'application/xml'",
				"    'Server': 'Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0'",
				"    'x-ms-request-id': '4f1c2a7e-801e-0031-2b6d-41207a000000'",
				"    'x-ms-client-request-id': '0b7e4c1a-ae2f-11f1-9c3d-0242ac120004'",
				"    'x-ms-version': 'REDACTED'",
				"    'Date': 'Sun, 29 Nov 2026 07:41:16 GMT'"),
			we("", Info, "", "INFO:azure.identity._credentials.environment:No environment configuration found."),
			we("", Warn, "",
				"WARNING:azure.identity._credentials.chained:DefaultAzureCredential failed to retrieve a token from the included credentials.",
				"Attempted credentials:",
				"\tEnvironmentCredential: EnvironmentCredential authentication unavailable. Environment variables are not fully configured.",
				"Visit https://aka.ms/azsdk/python/identity/environmentcredential/troubleshoot to troubleshoot this issue.",
				"\tManagedIdentityCredential: ManagedIdentityCredential authentication unavailable, no response from the IMDS endpoint.",
				"\tAzureCliCredential: Azure CLI not found on path",
				"To mitigate this issue, please refer to the troubleshooting guidelines here at https://aka.ms/azsdk/python/identity/defaultazurecredential/troubleshoot."),
		},
	},
	{
		name:   "azure-sdk-net-console-listener",
		source: "the Azure SDK for .NET with AzureEventSourceListener.CreateConsoleLogger() (`[EventLevel] EventSourceName: message`, levels Verbose, Informational, Warning, Error; Azure-Core's Request and Response events carry their headers on the lines under them, ending with the client assembly): dotnet/source-indexer PR #167 and Azure/azure-sdk-for-net issue #34265 (pasted `[Informational] Azure-Identity: DefaultAzureCredential.GetToken invoked.` lines), PR #7577; the Azure-Core request block's lines from memory",
		why:    "no time; the EventLevel name in brackets (Informational is info, Verbose is debug); the event source name is no host; the header lines and `client assembly:` belong to the Request or Response above them",
		gap:    "the `Name:value` header lines and `client assembly:` under an Azure-Core `[Informational] … Request` or `[Error] … Error response` event are not joined to it: each starts a record of its own",
		entries: []worldEntry{
			we("", Info, "", "[Informational] Azure-Identity: DefaultAzureCredential.GetToken invoked. Scopes: [ https://vault.azure.net/.default ] ParentRequestId: 7d3c9e10-4b2a-4f6e-8c51-2a9d0e7b4f13"),
			we("", Warn, "", "[Warning] Azure-Identity: ManagedIdentityCredential.GetToken was unable to retrieve an access token. Scopes: [ https://vault.azure.net/.default ] ParentRequestId: 7d3c9e10-4b2a-4f6e-8c51-2a9d0e7b4f13 Exception: Azure.Identity.CredentialUnavailableException (0x80131500): ManagedIdentityCredential authentication unavailable. No response received from the managed identity endpoint."),
			we("", Info, "", "[Informational] Azure-Identity: AzureCliCredential.GetToken succeeded. Scopes: [ https://vault.azure.net/.default ] ParentRequestId: 7d3c9e10-4b2a-4f6e-8c51-2a9d0e7b4f13 ExpiresOn: 2026-11-29T08:41:15.0000000+00:00"),
			we("", Info, "",
				"[Informational] Azure-Core: Request [7d3c9e10-4b2a-4f6e-8c51-2a9d0e7b4f13] GET https://kv-shop-prod.vault.azure.net/secrets/orders-db-password/?api-version=7.5",
				"Accept:application/json",
				"x-ms-client-request-id:7d3c9e10-4b2a-4f6e-8c51-2a9d0e7b4f13",
				"x-ms-return-client-request-id:true",
				"User-Agent:azsdk-net-Security.KeyVault.Secrets/4.7.0 (.NET 8.0.11; Ubuntu 24.04.1 LTS)",
				"Authorization:REDACTED",
				"client assembly: Azure.Security.KeyVault.Secrets"),
			we("", Error, "",
				"[Error] Azure-Core: Error response [7d3c9e10-4b2a-4f6e-8c51-2a9d0e7b4f13] 403 Forbidden (00.1s)",
				"Cache-Control:no-cache",
				"x-ms-request-id:c41e0f2b-5a7d-4e93-b1c8-0d2f6a9e3b57",
				"x-ms-keyvault-service-version:1.9.2111.1",
				"Date:Sun, 29 Nov 2026 07:41:17 GMT",
				"Content-Length:312"),
			we("", Debug, "", "[Verbose] Azure-Core: Request [7d3c9e10-4b2a-4f6e-8c51-2a9d0e7b4f13] exception Azure.RequestFailedException: Caller is not authorized to perform action on resource."),
		},
	},
	{
		name:   "azure-sdk-js-logger-namespaces",
		source: "the Azure SDK for JavaScript with AZURE_LOG_LEVEL=verbose under Node (@azure/logger writes `azure:<package>:<level> message` to stderr, core-rest-pipeline's policies as `azure:core-rest-pipeline <policy>:<level>`, a request's options as indented JSON under `Request: {`): Azure/azure-sdk-for-js issue #31094 (a pasted run), PR #5423",
		why:    "no time; the level is the last colon part of the namespace (info, warning, verbose is debug, error); the vault and token hosts in the messages are peers; the JSON under `Request: {` is one record",
		gap:    "the level at the end of the @azure/logger namespace (`azure:identity:info`, `azure:core-client:warning`, `retryPolicy:error`, `:verbose`) is not read: every record's level is unknown",
		entries: []worldEntry{
			we("", Info, "", "azure:identity:info EnvironmentCredential => Found the following environment variables: AZURE_TENANT_ID, AZURE_CLIENT_ID"),
			we("", Warn, "", "azure:core-client:warning The baseUri option for SDK Clients has been deprecated, please use endpoint instead."),
			we("", Info, "", "azure:core-rest-pipeline retryPolicy:info Retry 0: Attempting to send request 3e9d1c70-5f2b-4a8e-9c14-7b0d2e6f8a31"),
			we("", Info, "",
				"azure:keyvault-secrets:info Request: {",
				`  "url": "https://kv-shop-dev.vault.azure.net/secrets/stripe-key/?api-version=7.5",`,
				`  "headers": {`,
				`    "accept": "application/json",`,
				`    "user-agent": "azsdk-js-keyvault-secrets/4.9.0 core-rest-pipeline/1.18.1 Node/22.11.0 OS/(x64-Linux-6.8.0-49-generic)",`,
				`    "x-ms-client-request-id": "3e9d1c70-5f2b-4a8e-9c14-7b0d2e6f8a31"`,
				"  },",
				`  "method": "GET",`,
				`  "timeout": 0,`,
				`  "disableKeepAlive": false,`,
				`  "withCredentials": false,`,
				`  "requestId": "3e9d1c70-5f2b-4a8e-9c14-7b0d2e6f8a31",`,
				`  "allowInsecureConnection": false`,
				"}"),
			we("", Debug, "", "azure:identity:verbose ClientSecretCredential => getToken() => Attempting to acquire token for scopes: https://vault.azure.net/.default"),
			we("", Error, "", "azure:core-rest-pipeline retryPolicy:error Retry 2: Maximum retries reached. Returning the last received response, or throwing the last received error."),
		},
	},
	{
		name:   "aws-sdk-cpp-log-file",
		source: "the AWS SDK for C++'s default log file (aws_sdk_<date>.log, `[LEVEL] yyyy-MM-dd HH:mm:ss.SSS Tag [thread-id] message`; a message with newlines, such as the signer's canonical headers or an XML client's error, spans lines): aws/aws-sdk-cpp issues #565, #238 and #1685, PR #3003 (pasted logs)",
		why:    "the level in brackets before a zone-less date (UTC by the rules); the thread id in brackets is no time; TRACE and WARN; the canonical headers and the error's response-header lines belong to the line above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "[INFO] 2026-11-29 07:41:16.412 Aws_Init_Cleanup [140213847381824] Initiate AWS SDK for C++ with Version:1.11.460"),
			we("2026-11-29T07:41:16.413Z", Info, "", "[INFO] 2026-11-29 07:41:16.413 CurlHttpClient [140213847381824] Initializing Curl library with version: 8.5.0, ssl version: OpenSSL/3.0.13"),
			we("2026-11-29T07:41:16.420Z", Debug, "",
				"[DEBUG] 2026-11-29 07:41:16.420 AWSAuthV4Signer [140213847381824] Canonical Header String: amz-sdk-invocation-id:1B2C3D4E-5F60-4718-8293-A4B5C6D7E8F9",
				"amz-sdk-request:attempt=1",
				"host:shop-backups.s3.eu-west-1.amazonaws.com",
				"x-amz-content-sha256:UNSIGNED-PAYLOAD",
				"x-amz-date:20261129T074116Z",
				""),
			we("2026-11-29T07:41:16.511Z", Trace, "", "[TRACE] 2026-11-29 07:41:16.511 CurlHttpClient [140213847381824] x-amz-request-id: 7QK2M9TZ4B1XW8NC"),
			we("2026-11-29T07:41:17.002Z", Warn, "", "[WARN] 2026-11-29 07:41:17.002 AWSClient [140213847381824] If the signature check failed. This could be because of a time skew. Attempting to adjust the signer."),
			we("2026-11-29T07:41:17.003Z", Error, "",
				"[ERROR] 2026-11-29 07:41:17.003 AWSXmlClient [140213847381824] HTTP response code: 403",
				"Resolved remote host IP address: 52.218.41.207",
				"Request ID: 7QK2M9TZ4B1XW8ND",
				"Exception name: AccessDenied",
				"Error message: Access Denied",
				"6 response headers:",
				"connection : close",
				"content-type : application/xml",
				"date : Sun, 29 Nov 2026 07:41:16 GMT",
				"server : AmazonS3",
				"x-amz-id-2 : b3BlbnNoaWZ0LWNsdXN0ZXItNDEyMDctZXhhbXBsZQ==",
				"x-amz-request-id : 7QK2M9TZ4B1XW8ND",
				""),
		},
	},
	{
		name:   "aws-vault-debug",
		source: "aws-vault --debug (Go's log with LstdFlags on stderr: `yyyy/MM/dd HH:mm:ss msg`, the keyring library's lines tagged `[keyring]`; a failure ends with kingpin's `aws-vault: error: …` and no time): 99designs/aws-vault issues #654, #355, #822 and #890 (pasted debug runs); the STS and session messages' wording from memory",
		why:    "a zone-less slashed date (UTC by the rules); `[keyring]` is a component tag, no level; the closing `aws-vault: error:` line has no time and is a record of its own with the error marker",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 aws-vault v7.2.0"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 [keyring] Considering backends: [secret-service]"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 Loading config file /home/ines/.aws/config"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 Parsing config file /home/ines/.aws/config"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 Using STS endpoint https://sts.eu-central-1.amazonaws.com"),
			we("", Error, "", "aws-vault: error: exec: Failed to get credentials for shop-prod: operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 0c5f7a2e-93d1-4b6a-8e20-7f41b9d3c6a5, api error AccessDenied: User: arn:aws:iam::412041207731:user/ines is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::412041207731:role/shop-admin"),
		},
	},
	{
		name:   "azd-debug-azure-sdk-lines",
		source: "the Azure Developer CLI with --debug (Go's log with LstdFlags|Lshortfile on stderr: `yyyy/MM/dd HH:mm:ss file.go:line: msg`; the Azure SDK for Go's Retry, Authentication and Request events through `main.go:47:`, the request's method, URL and headers indented under `==> OUTGOING REQUEST`): Azure/azure-dev PR #1053 (a pasted run); the command-runner line's wording from memory",
		why:    "a zone-less slashed date (UTC by the rules); `main.go:47:` is a file and line, no time and no level; the `=====> Try=1` line and the indented request dump belong to the line above them; management.azure.com is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 command_runner.go:266: Run exec: 'az account show --output json', exit code: 0"),
			we("2026-11-29T07:41:17Z", Unknown, "",
				"2026/11/29 07:41:17 main.go:47: Retry: ",
				"=====> Try=1 GET https://management.azure.com/subscriptions/3f8e2c41-7a9d-4b60-91e5-2d4c8b0a1e37/resourcegroups/rg-shop-dev?api-version=2021-04-01"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 main.go:47: Authentication: *azidentity.AzureCLICredential.GetToken() acquired a token for scope https://management.core.windows.net//.default"),
			we("2026-11-29T07:41:17Z", Unknown, "",
				"2026/11/29 07:41:17 main.go:47: Request: ==> OUTGOING REQUEST (Try=1)",
				"   GET https://management.azure.com/subscriptions/3f8e2c41-7a9d-4b60-91e5-2d4c8b0a1e37/resourcegroups/rg-shop-dev?api-version=2021-04-01",
				"   Accept: application/json",
				"   Authorization: REDACTED",
				"   User-Agent: azsdk-go-armresources/v1.2.0 (go1.23.3; linux),azdev/1.11.0 (Go go1.23.3; linux/amd64)",
				""),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026/11/29 07:41:18 main.go:47: Retry: response 404"),
		},
	},
}

func TestFresh690Formats(t *testing.T) { assertTable(t, fresh690Cases) }
func TestFresh690Score(t *testing.T) {
	checkScore(t, "fresh690 formats", fresh690Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 83.2})
}
