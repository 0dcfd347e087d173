package parse

import "testing"

// The eight-hundred-and-fourteenth fresh table: serverless and edge runtimes, the lines their
// users paste from a function platform's CLI, a function host's container or a local emulator.
// Each family is one product's output: OpenFaaS' `faas-cli logs` (Go's time.Time string, the
// function and its container instance, then the watchdog's own Go stamp); faasd's per-function
// journal (journalctl's short lines with an `openfaas-fn:<name>[pid]` tag, the watchdog's stamp
// after it); Apache OpenWhisk's `wsk activation poll` (nanosecond ISO times with the stream name,
// and untimed `Activation: name (id)` lines); Fermyon Spin run with `-vvvvv` (tracing's full
// format with span prefixes); wasmCloud's `wash dev` (tracing's lines with cargo's right-aligned
// `Finished` line between them); the Azure Functions host in a Linux container (the
// `MS_FUNCTION_LOGS` comma-separated event lines with an EventLevel digit first); the AWS SAM
// CLI with `--debug` (`yyyy-MM-dd HH:mm:ss,SSS | msg`); Fission's `fission fn logs --detail` (a
// `=== Function=… Node=…` header above the function pod's Go log lines).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `openfaas`, `fwatchdog`, `faas-netes`, `faas-cli`, `faas-cli logs`,
// `faasd`, `openfaas-fn`, `Forking fprocess`, `Wrote 92 Bytes`, `UTC sentimentanalysis`,
// `queue-worker`, `Received on [`, `knative`, `queue-proxy`, `activator`, `activator/main`,
// `queue/main`, `knative.dev/pod`, `kourier`, `fission`, `fission fn`, `fission fn logs`,
// `fission-router`, `=== Function=`, `Environment=go`, `Node=kind`, `nuclio`, `nuctl`,
// `workerd`, `miniflare`, `[mf:`, `mf:inf`, `mf:wrn`, `wrangler`, `spin`, `spin up`, `spin_`,
// `spin_trigger`, `spin_engine`, `spin_http_engine`, `Processing request for application`,
// `bindle`, `-vvvvv`, `INFO new:`, `fermyon`, `spin cloud`, `deployctl`, `deno deploy`,
// `sam local`, `sam-local`, `sam logs`, `sam-cli`, `aws-sam-cli`, `Using SAM Template`,
// `local start-api command`, `Changing event name`, `Expand command line arguments`, `,109 | `,
// ` | Config file`, `START RequestId`, `REPORT RequestId`, `[$LATEST]`, `func start`,
// `azure functions`, `Host lock lease`, `Executing 'Functions`, `Host.General`,
// `Host.Startup`, `MS_FUNCTION_LOGS`, `MS_FUNCTION_METRICS`, `TESTDOCS`,
// `Disposing language worker`, `LoggerFilterOptions`, `azure-functions-host`,
// `AzureFunctionsJobHost`, `Worker process started`, `Microsoft.Azure.WebJobs`, `kubeless`,
// `openwhisk`, `wsk `, `wsk activation`, `Activation: `, `Z stdout:`, `Z stderr:`, `stdout: [`,
// `fnproject`, `fn server`, `fn_id`, `fnlb`, `IronFunctions`, `wasmcloud`, `wasmcloud_host`,
// `wash `, `wash dev`, `wash up`, `washboard`, `Finished ``, `Finished `release``, `wasmtime`,
// `wasmer`, `WasmEdge`, `wagi`, `lambda`, `lambda_runtime`, `cargo lambda`, `cloudflared`,
// `vercel`, `vercel dev`, `netlify`, `netlify dev`, `functions:serve`, `firebase`, `emulators`,
// `i  functions`, `functions-framework`, `Serving function`, `Cloud Functions`, `supabase`,
// `edge-runtime`, `OpenFunction`, `Nitric`, `lambda-web-adapter`, `serverless-offline`,
// `localstack`, `KEDA`, `http-add-on`, `dapr`, `riff`. The products named in the theme are
// mostly measured already (fresh663 holds the Lambda RIE, of-watchdog in http mode, workerd's KJ
// diagnostics, deployctl, serverless-offline, Nuclio's processor, Fission's executor and the
// Supabase CLI; fresh14 Knative Serving's zap JSON; fresh33 the OpenFaaS gateway; fresh27 and
// fresh184 Azure Functions Core Tools and the portal's stream; fresh98 `sam local start-api`;
// fresh184 and fresh149 wrangler tail and Lambda's CloudWatch lines; the Firebase emulator's
// `i  functions:` lines are in rules_test.go), so those shapes were left out; the eight families
// here match nothing but other tables' grep lists (`faas-cli logs`, `faasd`, `fission`,
// `openwhisk`, `wasmcloud`, `wash`, `spin_trigger`, `Host.General`) or other products' lines
// (`Activation: ` NetworkManager's, `stdout: [` KNIME's, `-vvvvv` another CLI's, `Spin up`
// CircleCI's). Left out as not confirmed by any search: Miniflare 2's `[mf:inf]` lines. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). faas-cli's Go time string carries `+0000 UTC`; the watchdog's Go stamp
// after it, the SAM CLI's `yyyy-MM-dd HH:mm:ss,SSS` and the function's Go stamp under Fission's
// header have no zone and are read as UTC, as the containers and CI hosts log; journalctl's
// year-less short time is in 2026; tracing's, OpenWhisk's and the Functions host's ISO times end
// in Z. A line that carries two versions of its own time (faas-cli's provider time and the
// watchdog's stamp; the journal's time and the watchdog's stamp) accepts either (`a|b`).
// OpenWhisk's `Activation:` lines, cargo's `Finished` line and Fission's `===` header carry no
// time. Levels only where the line marks one: tracing's level column (TRACE, DEBUG, INFO, WARN)
// and the Functions host's EventLevel digit (2 Error, 3 Warning, 4 Informational, 5 Verbose,
// read as Debug); `stdout:` and `stderr:` name a stream, not a level, and faas-cli, faasd's
// journal, the SAM CLI and Fission's lines write none. The host is the record's host field:
// journalctl's hostname, the Functions host's containerName column (the instance's name, the
// sixteenth field), the `Node=` of Fission's header; faas-cli's function name and container
// instance, OpenWhisk's activation ids, tracing's `addr=` and the SAM CLI's `--host=127.0.0.1`
// are no hosts, and the Go lines under Fission's header carry none of their own. Every record is
// one line; journalctl's `-- Logs begin at … --` banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of
// a layout the source says "from memory". Hosts, ids, addresses, users and messages are invented,
// and every time is in late November 2026. The expectations were decided from the format before
// the table was first run, and none was changed after it; a family trawl still gets wrong carries
// a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7eb372e before any rule for it: level 80.0 %, time 80.0 %, host 77.5 %, records 85.0 %.
// That is the macro figure (micro: level 81.1 %, time 81.1 %, host 78.4 %, records 83.8 %), in a
// worktree at 7eb372e with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right (faas-cli logs, faasd's journal, Spin's tracing, the SAM CLI's debug
// lines); the gaps: OpenWhisk's untimed `Activation:` lines and cargo's `Finished` line in wash dev
// are joined to the stamped line before them, the Functions host's `MS_FUNCTION_LOGS` line gives no
// level, time or host at all, and the `Node=` of Fission's header is not read as the host.

var fresh814Cases = []worldCase{
	{
		name:   "openfaas-faas-cli-logs-go-time-string",
		source: "OpenFaaS `faas-cli logs <fn>` (`<RFC8601 Timestamp> <function name> (<container instance>) <msg>`, the provider's time printed as Go's time.Time string `2019-07-21 07:57:14.437219758 +0000 UTC`, then the classic watchdog's own `yyyy/MM/dd HH:mm:ss` line): openfaas/docs PR #163 (docs/cli/logs.md) and PR #261",
		why:    "Go's time.Time string with nanoseconds, `+0000` and `UTC` first; the function name and the container instance in parentheses are no host; the watchdog's own stamp follows (either time is the record's); no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:14.437219758Z|2026-11-29T07:41:14Z", Unknown, "", "2026-11-29 07:41:14.437219758 +0000 UTC shrinkimg (shrinkimg-6c9d7b5f4-k2x8p) 2026/11/29 07:41:14 Forking fprocess."),
			we("2026-11-29T07:41:14.438102416Z|2026-11-29T07:41:14Z", Unknown, "", "2026-11-29 07:41:14.438102416 +0000 UTC shrinkimg (shrinkimg-6c9d7b5f4-k2x8p) 2026/11/29 07:41:14 Query  width=320"),
			we("2026-11-29T07:41:14.441530871Z|2026-11-29T07:41:14Z", Unknown, "", "2026-11-29 07:41:14.441530871 +0000 UTC shrinkimg (shrinkimg-6c9d7b5f4-k2x8p) 2026/11/29 07:41:14 Path  /function/shrinkimg"),
			we("2026-11-29T07:41:15.002917344Z|2026-11-29T07:41:15Z", Unknown, "", "2026-11-29 07:41:15.002917344 +0000 UTC shrinkimg (shrinkimg-6c9d7b5f4-tq4m9) 2026/11/29 07:41:15 Wrote 18344 Bytes - Duration: 0.561208 seconds"),
		},
	},
	{
		name:   "faasd-journalctl-openfaas-fn-tag",
		source: "faasd's function logs in the journal (`journalctl -t openfaas-fn:f2`: `Feb 23 16:55:56 alexx openfaas-fn:f2[16011]: 2020/02/23 16:55:56 Forking fprocess.`, after the `-- Logs begin at … --` banner): openfaas/faasd PR #50",
		why:    "journalctl's short format with a tag holding a colon (`openfaas-fn:<name>[pid]`), then the watchdog's own Go stamp; the hostname is the host; no level",
		entries: []worldEntry{
			wskip("-- Logs begin at Sun 2026-11-29 06:02:11 UTC, end at Sun 2026-11-29 07:43:40 UTC. --"),
			we("2026-11-29T07:42:51Z", Unknown, "faasd-edge01", "Nov 29 07:42:51 faasd-edge01 openfaas-fn:qrcode[21877]: 2026/11/29 07:42:51 Version: 0.9.14\tSHA: 4c2e91d07b5a3f86e1d20c9b7a4f5e3d2c1b0a98"),
			we("2026-11-29T07:42:51Z", Unknown, "faasd-edge01", "Nov 29 07:42:51 faasd-edge01 openfaas-fn:qrcode[21877]: 2026/11/29 07:42:51 Read/write timeout: 5s, 5s. Port: 8080"),
			we("2026-11-29T07:42:51Z", Unknown, "faasd-edge01", "Nov 29 07:42:51 faasd-edge01 openfaas-fn:qrcode[21877]: 2026/11/29 07:42:51 Writing lock-file to: /tmp/.lock"),
			we("2026-11-29T07:43:08Z", Unknown, "faasd-edge01", "Nov 29 07:43:08 faasd-edge01 openfaas-fn:qrcode[21877]: 2026/11/29 07:43:08 Forking fprocess."),
			we("2026-11-29T07:43:08Z", Unknown, "faasd-edge01", "Nov 29 07:43:08 faasd-edge01 openfaas-fn:qrcode[21877]: 2026/11/29 07:43:08 Wrote 2716 Bytes - Duration: 0.031744 seconds"),
		},
	},
	{
		name:   "openwhisk-wsk-activation-poll",
		source: "Apache OpenWhisk's `wsk activation poll` (`2016-02-23T15:28:02.015099357Z stdout: [ … ] msg` lines with nanosecond ISO-Z times, and the untimed `Activation: <action> (<activation id>)` line after each activation's logs): apache/openwhisk issue #22",
		why:    "a nanosecond ISO time then the stream name (stdout, stderr), which is no level; the `Activation:` lines are records of their own with no time",
		gap:    "the untimed `Activation: <action> (<id>)` lines are joined to the ISO-stamped `stdout:`/`stderr:` line before them instead of kept as records of their own (no time, no level)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.015099357Z", Unknown, "", "2026-11-29T07:41:16.015099357Z stdout: [ 7a41c0e9b2d35f68 ] resizing cat-0412.jpg from bucket uploads"),
			we("2026-11-29T07:41:17.826113391Z", Unknown, "", "2026-11-29T07:41:17.826113391Z stderr: [ 7a41c0e9b2d35f68 ] source image smaller than 320px, upscaling"),
			we("", Unknown, "", "Activation: thumbnailer (c3e9a1f04b7d4e2a9f6b8d0c1e2f3a4b)"),
			we("2026-11-29T07:41:21.482853574Z", Unknown, "", "2026-11-29T07:41:21.482853574Z stdout: [ 7a41c0e9b2d35f68 ] resizing dog-0977.jpg from bucket uploads"),
			we("", Unknown, "", "Activation: thumbnailer (0d8f2b6a91c74e35a2b4c6d8e0f1a3b5)"),
		},
	},
	{
		name:   "fermyon-spin-vvvvv-tracing",
		source: "Fermyon Spin with `-vvvvv` (tracing-subscriber's full format: `2022-06-28T19:27:14.367304Z TRACE new: bindle::standalone: Computed invoice file path invoice_path=…`, `2022-06-28T19:27:14.367759Z  INFO bindle::client: …`, span prefixes such as `get_yanked_invoice{invoice_id=…}:`): spinframework/spin PR #609; the WARN line's target from memory",
		why:    "microsecond ISO-Z time, the level right-aligned to five, then span names (with fields in braces) and the target before the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.367304Z", Trace, "", "2026-11-29T07:41:16.367304Z TRACE new: bindle::standalone: Computed invoice file path invoice_path=/tmp/.tmpQ8x2Lk/5e0f7c41d2a39b86e1f40d7c2b9a8e6f5d4c3b2a1908f7e6d5c4b3a29180f7e6/invoice.toml"),
			we("2026-11-29T07:41:16.367759Z", Info, "", "2026-11-29T07:41:16.367759Z  INFO bindle::client: Provided base URL missing trailing slash, adding..."),
			we("2026-11-29T07:41:16.392146Z", Debug, "", "2026-11-29T07:41:16.392146Z DEBUG get_yanked_invoice{invoice_id=spin-orders/0.4.1}: reqwest::connect: starting new connection: http://bindle.lab.example.org:8080/"),
			we("2026-11-29T07:41:16.910227Z", Warn, "", "2026-11-29T07:41:16.910227Z  WARN spin_loader::local: Component 'orders' has no allowed_outbound_hosts; outbound requests will be denied"),
		},
	},
	{
		name:   "wasmcloud-wash-dev-cargo-line",
		source: "wasmCloud's `wash dev` (tracing's lines without a target: `2026-01-16T19:37:43.963878Z  INFO starting development session for project path=…`, the build's own cargo line `    Finished `release` profile [optimized] target(s) in 0.03s` between them, `INFO HTTP server listening addr=0.0.0.0:8000`): wasmCloud/wash PR #238; the same level column in wasmCloud/wasmCloud PR #619 and issue #4218",
		why:    "tracing's microsecond ISO-Z time and padded level with key=value fields; cargo's right-aligned `Finished` line is a record of its own with no time and no level, not a continuation",
		gap:    "cargo's right-aligned `    Finished release profile … in 0.05s` line is joined to the tracing line before it as a continuation instead of kept as a record of its own with no time and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:43.963878Z", Info, "", `2026-11-29T07:41:43.963878Z  INFO starting development session for project path="/home/dev/src/stockcheck"`),
			we("2026-11-29T07:41:45.048456Z", Info, "", `2026-11-29T07:41:45.048456Z  INFO building component path="/home/dev/src/stockcheck"`),
			we("2026-11-29T07:41:45.048473Z", Info, "", `2026-11-29T07:41:45.048473Z  INFO executing build command command="cargo build --target wasm32-wasip2 --release" component_path="target/wasm32-wasip2/release/stockcheck.wasm"`),
			we("", Unknown, "", "    Finished `release` profile [optimized] target(s) in 0.05s"),
			we("2026-11-29T07:41:45.154869Z", Info, "", "2026-11-29T07:41:45.154869Z  INFO HTTP server listening addr=0.0.0.0:8000"),
		},
	},
	{
		name:   "azure-functions-linux-container-ms-function-logs",
		source: "the Azure Functions host in a Linux container (LinuxContainerEventGenerator: `MS_FUNCTION_LOGS {(int)ToEventLevel(level)},{subscriptionId},{appName},{functionName},{eventName},{source},{details},{summary},{hostVersion},{eventTimestamp},{exceptionType},{exceptionMessage},{functionInvocationId},{hostInstanceId},{activityId},{_containerName},{StampName},{TenantId},{runtimeSiteName},{slotName}`), found with find_string in Azure/azure-functions-host's source; the pasted line `MS_FUNCTION_LOGS 5,,,,,Microsoft.Azure.WebJobs.Script.Workers.Rpc.JobHostRpcWorkerChannelManager,\"\",\"Disposing language worker channel …\",3.0.14916.0,2020-12-13T22:27:13.4965327Z,,\"\",,87117e4d-…,,TESTDOCS,,,,`: Azure/azure-functions-python-worker issue #793",
		why:    "a stream name then comma-separated fields: the EventLevel digit first (2 Error, 3 Warning, 4 Informational, 5 Verbose), the time (ISO with seven fraction digits) in the tenth field, the container's name, the instance's host field, in the sixteenth",
		gap:    "the `MS_FUNCTION_LOGS` comma-separated line is not read at all: no level from the EventLevel digit first (4, 5, 3, 2 read as Unknown), no time from the ISO time in the tenth field, no host from the containerName in the sixteenth",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4965327Z", Info, "lnx-wk07-8f3c2a", `MS_FUNCTION_LOGS 4,5e6f7a8b-1c2d-4e3f-9a0b-1c2d3e4f5a6b,orders-func,,,Host.Startup,"","Host lock lease acquired by instance ID '0000000000000000000000003D4A1B2C'.",4.1036.2.0,2026-11-29T07:41:16.4965327Z,,"",,5c1f2e3d-4a5b-4c6d-8e7f-9a0b1c2d3e4f,,lnx-wk07-8f3c2a,,,,`),
			we("2026-11-29T07:41:16.5120448Z", Debug, "lnx-wk07-8f3c2a", `MS_FUNCTION_LOGS 5,5e6f7a8b-1c2d-4e3f-9a0b-1c2d3e4f5a6b,orders-func,,,Microsoft.Azure.WebJobs.Script.Workers.Rpc.RpcFunctionInvocationDispatcher,"","Worker process started and initialized.",4.1036.2.0,2026-11-29T07:41:16.5120448Z,,"",,5c1f2e3d-4a5b-4c6d-8e7f-9a0b1c2d3e4f,,lnx-wk07-8f3c2a,,,,`),
			we("2026-11-29T07:41:19.0473116Z", Warn, "lnx-wk07-8f3c2a", `MS_FUNCTION_LOGS 3,5e6f7a8b-1c2d-4e3f-9a0b-1c2d3e4f5a6b,orders-func,ShipOrder,,Function.ShipOrder.User,"","Carrier API answered 429, retrying in 2s",4.1036.2.0,2026-11-29T07:41:19.0473116Z,,"",b7c6d5e4-f3a2-4b1c-9d8e-7f6a5b4c3d2e,5c1f2e3d-4a5b-4c6d-8e7f-9a0b1c2d3e4f,00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00,lnx-wk07-8f3c2a,,,,`),
			we("2026-11-29T07:41:21.3308291Z", Error, "lnx-wk07-8f3c2a", `MS_FUNCTION_LOGS 2,5e6f7a8b-1c2d-4e3f-9a0b-1c2d3e4f5a6b,orders-func,ShipOrder,FunctionCompleted,Function.ShipOrder,"","Executed 'Functions.ShipOrder' (Failed, Id=b7c6d5e4-f3a2-4b1c-9d8e-7f6a5b4c3d2e, Duration=2284ms)",4.1036.2.0,2026-11-29T07:41:21.3308291Z,System.InvalidOperationException,"Order 4120 has no shippable lines",b7c6d5e4-f3a2-4b1c-9d8e-7f6a5b4c3d2e,5c1f2e3d-4a5b-4c6d-8e7f-9a0b1c2d3e4f,00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00,lnx-wk07-8f3c2a,,,,`),
		},
	},
	{
		name:   "aws-sam-cli-debug-pipe",
		source: "the AWS SAM CLI with `--debug` (`2023-04-14 12:33:01,109 | Config file location: …`, `… | Using SAM Template at …`, `… | Expand command line arguments to:` with the arguments on the next stamped line, `… | local start-api command is called`): aws/aws-sam-cli issue #5014",
		why:    "a date and a comma-millisecond time, a pipe, then the message: no level; `--host=127.0.0.1` in the arguments is no host; the expanded arguments are a record of their own with the same stamp",
		entries: []worldEntry{
			we("2026-11-29T07:41:01.109Z", Unknown, "", "2026-11-29 07:41:01,109 | Config file location: /home/dev/src/orders-api/samconfig.toml"),
			we("2026-11-29T07:41:01.146Z", Unknown, "", "2026-11-29 07:41:01,146 | Using SAM Template at /home/dev/src/orders-api/.aws-sam/build/template.yaml"),
			we("2026-11-29T07:41:01.207Z", Unknown, "", "2026-11-29 07:41:01,207 | Expand command line arguments to:"),
			we("2026-11-29T07:41:01.207Z", Unknown, "", "2026-11-29 07:41:01,207 | --template_file=/home/dev/src/orders-api/.aws-sam/build/template.yaml --port=3001 --host=127.0.0.1 --static_dir=public --layer_cache_basedir=/home/dev/.aws-sam/layers-pkg --container_host=localhost --container_host_interface=127.0.0.1 "),
			we("2026-11-29T07:41:01.337Z", Unknown, "", "2026-11-29 07:41:01,337 | local start-api command is called"),
		},
	},
	{
		name:   "fission-fn-logs-detail-header",
		source: "Fission's `fission fn logs --name <fn> --detail` (a `=== Function=hello Environment=go Namespace=default Pod=poolmgr-go-default-… Container=go Node=kind-worker` header, then the function pod's Go `yyyy/MM/dd HH:mm:ss` lines): fission/fission issue #3050",
		why:    "an untimed header of key=value pairs whose Node= names the machine, then Go-stamped lines with no level and no host of their own",
		gap:    "the `Node=` value of the untimed `=== Function=… Node=edge-node-03` header is not read as the host (host empty)",
		entries: []worldEntry{
			we("", Unknown, "edge-node-03", "=== Function=resize Environment=go Namespace=media Pod=poolmgr-go-media-4410382-7b9c6d5f8-q2w7x Container=go Node=edge-node-03"),
			we("2026-11-29T07:41:34Z", Unknown, "", "2026/11/29 07:41:34 listening on 8888 ..."),
			we("2026-11-29T07:41:50Z", Unknown, "", "2026/11/29 07:41:50 specializing ..."),
			we("2026-11-29T07:41:50Z", Unknown, "", "2026/11/29 07:41:50 loading plugin from /userfunc/deployarchive/resize-0c4f7a2e-91b3-4d5c-8e6f-2a1b3c4d5e6f-x7k2pq-ab12cd"),
			we("2026-11-29T07:41:51Z", Unknown, "", "2026/11/29 07:41:51 done"),
		},
	},
}

func TestFresh814Formats(t *testing.T) { assertTable(t, fresh814Cases) }
func TestFresh814Score(t *testing.T) {
	checkScore(t, "fresh814 formats", fresh814Cases, [worldNumFields]float64{79.9, 79.9, 77.4, 84.9})
}
