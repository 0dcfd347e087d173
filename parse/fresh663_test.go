package parse

import "testing"

// The six-hundred-and-sixty-third fresh table: serverless and edge function runtimes, the lines a
// function's developer pastes into a ticket from a local emulator, a function pod or a platform's
// CLI, shapes no earlier table holds. Each family is one product's documented or observed output:
// the AWS Lambda Runtime Interface Emulator in a Lambda base image (`dd Mon yyyy HH:mm:ss,SSS
// [LEVEL] (rapid) msg` among the runtime's untimed START and REPORT lines); OpenFaaS' of-watchdog
// in http mode (Go's log lines, the function's own output relayed as `stderr: …` with its own
// stamp); Cloudflare workerd's KJ diagnostics (`file.c++:line: severity: msg`, no time); Deno
// Deploy's `deployctl logs` (a nanosecond ISO time, a region, the console message and an error's
// stack); serverless-offline's `(λ: name)` lines; Nuclio's processor (`yy.MM.dd`, a right-aligned
// logger name cut to 25 characters, `(I)`); Fission's executor (zap's console encoder with a Go
// stack under WARN and ERROR); `supabase functions serve` (the CLI's and the edge runtime's
// untimed lines and a worker boot error with its `at` line).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first: `openfaas`, `of-watchdog`, `faasd`, `faas-cli`, `fwatchdog`,
// `watchdog`, `Forking -`, `Forking:`, `Forking fprocess`, `Writing lock-file`, `OperationalMode`,
// `ContentLength:`, `Started logging`, `knative`, `queue-proxy`, `queueproxy`, `activator`,
// `knative.dev/key`, `knative.dev/pod`, `fission`, `executor/executor.go`, `poolmgr`,
// `newdeploy`, `generic_pool`, `workerd`, `workerd/`, `c++:`, `kj/`, `: info: `, `: warning: `,
// `Inspector is listening`, `Received signal #`, `wrangler`, `[wrangler:`, `wrangler:inf`,
// `miniflare`, `deno`, `deno deploy`, `deployctl`, `gcp-europe`, `gcp-us`, `isolate start time`,
// `lambda`, `aws-lambda`, `aws-lambda-rie`, `lambda-runtime-interface`, `rapid`, `(rapid)`,
// `RequestId:`, `START RequestId`, `Billed Duration`, `INIT_START`, `INIT START`, `INVOKE START`,
// `extensionsDisabledByLayer`, `Lambda Extension`, `lambda-web-adapter`, `Lambda Insights`,
// `firecracker`, `Running Firecracker`, `fc_api`, `vmm`, `api_server`, `jailer`, `flintlock`,
// `ignite`, `fly.io`, `flyctl`, `app[`, `vercel`, `netlify`, `edge function`, `◈`, `nuclio`,
// `processor (I)`, `processor (D)`, `processor.http`, `sor.http`, `(I) `, `openwhisk`, `invoker`,
// `kubeless`, `sam local`, `serverless-offline`, `serverless offline`, `sls offline`, `offline:`,
// `(λ:`, `Offline [http`, `azure functions`, `func start`, `Host lock lease`, `Host.Startup`,
// `Host.General`, `Microsoft.Azure.WebJobs`, `Executing 'Functions`, `Worker process started`,
// `Function execution`, `Function execution took`, `functions-framework`, `Serving function`,
// `Signature type`, `cloud run`, `cloudfunctions`, `supabase`, `edge-runtime`,
// `supabase-edge-runtime`, `supabase functions serve`, `Serving functions on`,
// `Edge Functions runtime`, `serving the request`, `worker boot error`, `[Info]`, `spin `,
// `spin up`, `spin_trigger`, `spin_http`, `fermyon`, `wasmcloud`, `wasmtime`, `wash `,
// `fnproject`, `fn-`, `fn_id`, `nitric`, `kong`, `zap`, `iron`, `ow-`. None of the Lambda RIE,
// of-watchdog, workerd's own diagnostics, deployctl, serverless-offline, Nuclio's processor,
// Fission or the Supabase CLI's serve output is in any table (`nuclio`, `processor (I)`,
// `fission`, `workerd` and `miniflare` appear only in other tables' lists of greps; `: info: `,
// `: warning: `, `c++:`, `rapid`, `Started logging`, `newdeploy`, `INVOKE START`, `offline:`, `(I) `
// and `[Info]` match only other products' lines).
// Left out as measured already: the OpenFaaS gateway, Knative Serving's components (the
// queue-proxy writes the same zap JSON with Knative's keys), Firecracker, `fly logs`, Lambda's
// CloudWatch lines and `aws logs tail`, `sam local`, wrangler's tail and dev output, Azure
// Functions Core Tools and the portal's log stream, OpenWhisk's controller, Alibaba Function
// Compute, `gcloud functions logs read`, Vercel, Netlify, Deno's own console and std/log, Supabase
// auth. Left out as not confirmed by any search: the Azure Functions host's container console,
// Google's functions-framework, wasmCloud's host and Spin's tracing lines with their times. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The emulator's `29 Nov 2026 07:41:16,204`, the watchdog's Go stamp and
// Nuclio's `26.11.29 07:41:16.204` (a two-digit year first) have no zone and are read as UTC, as
// the containers log; deployctl's and zap's ISO times end in Z. The runtime's START and REPORT
// lines, workerd's diagnostics, serverless-offline's lines and the Supabase CLI's lines carry no
// time: their entries have none. Levels only where the line marks one: the emulator's bracketed
// INFO and WARNING, workerd's `info:`, `warning:`, `error:` after the file and line, Nuclio's one
// letter in parentheses, zap's level column; deployctl shows a level only as a colour, and the
// watchdog, serverless-offline and the Supabase CLI write none (`worker boot error` is message
// text). No family has a host field: deployctl's region, the watchdog's upstream 127.0.0.1, the
// Supabase gateway's 127.0.0.1:54321, `(λ: name)`, Fission's pod names and Nuclio's logger names
// are no hosts. A record that spans lines is one entry: deployctl's uncaught error with its stack,
// Fission's WARN and ERROR with the Go stack under them, the worker boot error with its `at`
// line. The spinner line of deployctl and serverless-offline's banner are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of
// a layout the source says "from memory" (serverless-offline's banner and the prefix-less request
// line of its later versions). Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table
// was first run, and none was changed after it; a family trawl still gets wrong carries a gap that
// says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 717472f before any rule for it: level 87.5 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 86.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in
// a worktree at 717472f with no change to trawl's code (only this file and table_test.go's list),
// 7 of 8 families fully right; the gap is Nuclio's one-letter level in parentheses after the
// padded logger name, which trawl does not read, so its six records come out with no level.

var fresh663Cases = []worldCase{
	{
		name:   "aws-lambda-rie-rapid",
		source: "the AWS Lambda Runtime Interface Emulator in a Lambda base image run with `docker run -p 9000:8080` (`dd Mon yyyy HH:mm:ss,SSS [LEVEL] (rapid) msg`, levels INFO WARNING DEBUG, with the runtime's untimed START, END and REPORT lines among them): aws/aws-lambda-base-images issue #1 (the older logrus shape of the same lines), localstack/localstack PR #11067, READMEs pasting `docker run` output found with find_string (`[INFO] (rapid) exec '/var/runtime/bootstrap' (cwd=/var/task, handler=)`, `[WARNING] (rapid) Cannot list external agents`, `INIT START(type: on-demand, phase: init)`, `INVOKE START(requestId: …)`)",
		why:    "a day-first date with a month name and a comma before the milliseconds; the bracketed level word before `(rapid)`; the START and REPORT lines between them carry no time and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "29 Nov 2026 07:41:16,204 [INFO] (rapid) exec '/var/runtime/bootstrap' (cwd=/var/task, handler=)"),
			we("2026-11-29T07:41:22.818Z", Warn, "", "29 Nov 2026 07:41:22,818 [WARNING] (rapid) Cannot list external agents error=open /opt/extensions: no such file or directory"),
			we("2026-11-29T07:41:22.818Z", Info, "", "29 Nov 2026 07:41:22,818 [INFO] (rapid) INIT START(type: on-demand, phase: init)"),
			we("", Unknown, "", "START RequestId: 3b9e7f21-6c0d-4a58-9e13-8f2d5a7c4e06 Version: $LATEST"),
			we("2026-11-29T07:41:22.861Z", Info, "", "29 Nov 2026 07:41:22,861 [INFO] (rapid) INVOKE START(requestId: 3b9e7f21-6c0d-4a58-9e13-8f2d5a7c4e06)"),
			we("", Unknown, "", "REPORT RequestId: 3b9e7f21-6c0d-4a58-9e13-8f2d5a7c4e06\tInit Duration: 0.27 ms\tDuration: 412.77 ms\tBilled Duration: 413 ms\tMemory Size: 3008 MB\tMax Memory Used: 3008 MB"),
		},
	},
	{
		name:   "openfaas-of-watchdog-http-mode",
		source: "OpenFaaS of-watchdog in http mode, as `faas-cli logs` or `kubectl logs` show a function pod (Go's log package `yyyy/MM/dd HH:mm:ss msg`: `Forking - cmd [args]`, `Started logging: stderr from function.`, `Listening on port: 8080`, the function's own output relayed as `stdout: …`/`stderr: …`, one `METHOD / - status - ContentLength: NB (Ns)` line per call): openfaas/of-watchdog PRs #120 and #154 (pasted runs), PR #77",
		why:    "Go's zone-less slashed date and no level; a relayed `stderr:` line may carry the function's own Go log stamp after the watchdog's; the upstream 127.0.0.1 is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 Forking - ./handler [--port 8082]"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 Started logging: stderr from function."),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 Listening on port: 8080"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 stderr: 2026/11/29 07:41:16 thumbnailer 0.4.1 ready on 127.0.0.1:8082"),
			we("2026-11-29T07:41:31Z", Unknown, "", "2026/11/29 07:41:31 stderr: 2026/11/29 07:41:31 decode failed for upload 88213: image: unknown format"),
			we("2026-11-29T07:41:31Z", Unknown, "", "2026/11/29 07:41:31 POST / - 400 - ContentLength: 27B (0.0382s)"),
		},
	},
	{
		name:   "workerd-kj-log-stderr",
		source: "Cloudflare workerd's own diagnostics on stderr, run as `workerd serve config.capnp` (KJ's log line `src-file:line: severity: message`, severities info, warning, error; no time): workers-sdk test snapshots found with find_string (`workerd/server/server.c++:2984: info: Inspector is listening`, `…:1174: info: Inspector client attaching [core:user:a]`), pasted stderr in projects' notes (`workerd/server/server.c++:1951: warning: A DurableObjectNamespace in the config referenced the class …`, `workerd/server/server.c++:3319: error: Fallback service failed to fetch module; payload = ; spec = …`, `…:5350: error: Uncaught exception: …`)",
		why:    "no time at all; the level is the word after the source file and line; `c++:2984` is a file and line, no time",
		entries: []worldEntry{
			we("", Info, "", "workerd/server/server.c++:2984: info: Inspector is listening"),
			we("", Info, "", "workerd/server/server.c++:1174: info: Inspector client attaching [core:user:orders-api]"),
			we("", Warn, "", `workerd/server/server.c++:1951: warning: A DurableObjectNamespace in the config referenced the class "CartSession", but no such Durable Object class is exported from the worker.`),
			we("", Error, "", "workerd/server/server.c++:3319: error: Fallback service failed to fetch module; payload = ; spec = /?specifier=node%3Azlib&referrer=%2Fsrv%2Forders-api%2Fdist%2Findex.js&rawSpecifier=node%3Azlib"),
			we("", Error, "", "workerd/server/server.c++:5350: error: Uncaught exception: jsg.TypeError: Cannot read properties of undefined (reading 'sku')"),
		},
	},
	{
		name:   "deno-deployctl-logs-region",
		source: "`deployctl logs --project=…` for a Deno Deploy project (`${time}   ${region} ${message}`: the API's RFC 3339 time with nanoseconds, three blanks, the region, the trimmed console message; the level only as a colour; a spinner's `✔ Project: name` first): denoland/deployctl src/subcommands/logs.ts, PRs #132 and #165 (a pasted run: `… gcp-asia-east1 Listening on http://localhost:80/`, `isolate start time: 1.10 s`)",
		why:    "an ISO time in Z with nanoseconds, then a region name that is no host; no level in the text; an uncaught error's stack lines belong to it",
		entries: []worldEntry{
			wskip("✔ Project: harbor-orders"),
			we("2026-11-29T07:41:16.830606578Z", Unknown, "", "2026-11-29T07:41:16.830606578Z   gcp-europe-west3 Listening on http://localhost:80/"),
			we("2026-11-29T07:41:16.831022418Z", Unknown, "", "2026-11-29T07:41:16.831022418Z   gcp-europe-west3 isolate start time: 412.08 ms"),
			we("2026-11-29T07:41:19.204117305Z", Unknown, "", "2026-11-29T07:41:19.204117305Z   gcp-us-east4 GET /api/orders?tenant=41 200 18ms"),
			we("2026-11-29T07:41:20.551903774Z", Unknown, "",
				"2026-11-29T07:41:20.551903774Z   gcp-europe-west3 Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'total')",
				"    at summarize (file:///src/routes/orders.ts:41:27)",
				"    at async handler (file:///src/main.ts:18:12)"),
			we("2026-11-29T07:41:24.009871223Z", Unknown, "", "2026-11-29T07:41:24.009871223Z   gcp-asia-northeast1 cache miss for key orders:7731"),
		},
	},
	{
		name:   "serverless-offline-lambda-lines",
		source: "serverless-offline (`serverless offline` / `sls offline`) on a terminal: `Starting Offline at stage dev (region)`, then per call `METHOD /stage/path (λ: name)` and `(λ: name) RequestId: id  Duration: N ms  Billed Duration: N ms`, the handler's own console output between them; no times: dherault/serverless-offline issues #1765 (pasted `(λ: sqsEvent) RequestId: …  Duration: 7.41 ms  Billed Duration: 8 ms` lines) and #549 (the request line, then with a `Serverless:` prefix); the banner and the prefix-less request line of v12+ from memory",
		why:    "no time and no level on any line; `(λ: name)` names a function, no host; each line is a record of its own, not a continuation of the one before",
		entries: []worldEntry{
			wskip("Starting Offline at stage dev (eu-west-1)"),
			we("", Unknown, "", "GET /dev/orders (λ: listOrders)"),
			we("", Unknown, "", "listing orders for tenant 41"),
			we("", Unknown, "", "(λ: listOrders) RequestId: 0c7e2f5a-91b4-4d3e-a8c6-5f2b7d9e1a34  Duration: 48.12 ms  Billed Duration: 49 ms"),
			we("", Unknown, "", "POST /dev/orders (λ: createOrder)"),
			we("", Unknown, "", "(λ: createOrder) RequestId: 7d41a9c3-2e8f-4b06-9c15-e3a0b6f8d27c  Duration: 131.77 ms  Billed Duration: 132 ms"),
		},
	},
	{
		name:   "nuclio-processor-padded-logger",
		source: "Nuclio's function processor, as `kubectl logs` or `docker logs nuclio-…` show it (`yy.MM.dd HH:mm:ss.SSS`, the logger name right-aligned to 25 characters and cut from the left, a one-letter level in parentheses (D) (I) (W) (E), the message, then its context as JSON): nuclio/nuclio issue #1822 and cvat-ai/cvat issues #2641 and #4736 (pasted processor logs: `processor (I) Starting processor {\"version\": …}`, `processor.http (I) Starting {\"listenAddress\": \":8080\", …}`, `sor.http.w0.python.logger (D) Using Python handler`)",
		why:    "a two-digit year first with dots (yy.MM.dd, so 26.11.29 is 2026-11-29); the level is one letter in parentheses after a padded, left-truncated logger name; the JSON context is no time",
		gap:    "the one-letter level in parentheses after the padded logger name ((D) (I) (W) (E)) is not read: every record comes out with no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `26.11.29 07:41:16.204                 processor (I) Starting processor {"version": "Label: 1.13.9, Git commit: 5c2e81f0d4a7b3e9c61f28a0d7e4b5c3a9f1e602, OS: linux, Arch: amd64, Go version: go1.21.8"}`),
			we("2026-11-29T07:41:16.219Z", Info, "", `26.11.29 07:41:16.219            processor.http (I) Starting {"listenAddress": ":8080", "readBufferSize": 16384, "maxRequestBodySize": 33554432, "cors": null}`),
			we("2026-11-29T07:41:16.220Z", Debug, "", `26.11.29 07:41:16.220 sor.http.w0.python.logger (D) Using Python handler {"handler": "main:handler"}`),
			we("2026-11-29T07:41:16.231Z", Debug, "", "26.11.29 07:41:16.231                 processor (D) Processor started"),
			we("2026-11-29T07:41:48.902Z", Warn, "", `26.11.29 07:41:48.902 sor.http.w0.python.logger (W) Model weights not cached, downloading {"model": "detector-v3", "bytes": 244318208}`),
			we("2026-11-29T07:42:03.115Z", Error, "", `26.11.29 07:42:03.115 sor.http.w0.python.logger (E) Exception caught in handler {"exc": "ValueError: image is empty", "traceback": "Traceback (most recent call last):\n  File \"/opt/nuclio/main.py\", line 31, in handler\nValueError: image is empty\n"}`),
		},
	},
	{
		name:   "fission-executor-zap-console-stack",
		source: "Fission's executor pod (zap's console encoder: `ISO-8601 Z\\tLEVEL\\t[logger\\t]caller\\tmessage\\t{fields}`, a Go stack under WARN and ERROR as zap's development config writes it): fission/fission issue #2694 (a pasted executor log), issue #1640 (the logger names generic_pool_manager and new_deploy, then in zap JSON)",
		why:    "tab-separated columns with the level word second; an optional logger name column before the caller; the Go stack under a WARN or ERROR (function lines, then tab-indented file lines) belongs to that record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.271Z", Debug, "", "2026-11-29T07:41:16.271Z\tDEBUG\tutils/namespace.go:49\tnamespaces\t{\"function_namespace\": \"fn\", \"builder_namespace\": \"fn-build\", \"default_namespace\": \"default\"}"),
			we("2026-11-29T07:41:16.280Z", Info, "", "2026-11-29T07:41:16.280Z\tINFO\tcrd/client.go:105\tWaiting for CRDs to be installed"),
			we("2026-11-29T07:41:17.002Z", Info, "", "2026-11-29T07:41:17.002Z\tINFO\tgeneric_pool_manager\tpoolmgr/gpm.go:381\tPoolmanager starts to clean orphaned resources\t{\"instanceID\": \"k2v9xq4m\"}"),
			we("2026-11-29T07:41:17.310Z", Warn, "",
				"2026-11-29T07:41:17.310Z\tWARN\tnew_deploy\tnewdeploy/newdeploymgr.go:614\tfunction has no resource limits, using environment defaults\t{\"function\": \"resize-image\", \"namespace\": \"fn\"}",
				"github.com/fission/fission/pkg/executor/executortype/newdeploy.(*NewDeploy).createFunction",
				"\tpkg/executor/executortype/newdeploy/newdeploymgr.go:614",
				"github.com/fission/fission/pkg/executor/executortype/newdeploy.(*NewDeploy).GetFuncSvc",
				"\tpkg/executor/executortype/newdeploy/newdeploymgr.go:201"),
			we("2026-11-29T07:43:02.118Z", Error, "",
				"2026-11-29T07:43:02.118Z\tERROR\tgeneric_pool_manager.generic_pool\tpoolmgr/gp.go:412\terror specializing function pod\t{\"function\": \"thumb\", \"pod\": \"poolmgr-python-fn-5d7c9b8f4-qx2lm\", \"error\": \"context deadline exceeded\"}",
				"github.com/fission/fission/pkg/executor/executortype/poolmgr.(*GenericPool).specializePod",
				"\tpkg/executor/executortype/poolmgr/gp.go:412",
				"github.com/fission/fission/pkg/executor/executortype/poolmgr.(*GenericPool).getFuncSvc",
				"\tpkg/executor/executortype/poolmgr/gp.go:455"),
		},
	},
	{
		name:   "supabase-functions-serve-console",
		source: "`supabase functions serve` on a terminal (the CLI's `Setting up Edge Functions runtime...`, `Serving functions on http://127.0.0.1:54321/functions/v1/<function-name>`, `Using supabase-edge-runtime-<v> (compatible with Deno v<v>)`, then the main worker's `serving the request with supabase/functions/<name>` and a `worker boot error: …` with its `    at file:///…` line; no times): supabase/cli PR #2324, supabase/supabase issue #39671, a pasted boot failure and READMEs' expected output found with find_string",
		why:    "no time and no level (`worker boot error` is message text, not a level marker); the `    at file:///…` line belongs to the boot error above it; 127.0.0.1:54321 is the local gateway, no host",
		entries: []worldEntry{
			we("", Unknown, "", "Setting up Edge Functions runtime..."),
			we("", Unknown, "", "Serving functions on http://127.0.0.1:54321/functions/v1/<function-name>"),
			we("", Unknown, "", "Using supabase-edge-runtime-1.69.28 (compatible with Deno v2.1.4)"),
			we("", Unknown, "", "serving the request with supabase/functions/send-receipt"),
			we("", Unknown, "",
				`worker boot error: failed to create the graph: Module not found "file:///home/deno/functions/_shared/mailer.ts".`,
				"    at file:///home/deno/functions/send-receipt/index.ts:3:24"),
		},
	},
}

func TestFresh663Formats(t *testing.T) { assertTable(t, fresh663Cases) }
func TestFresh663Score(t *testing.T) {
	checkScore(t, "fresh663 formats", fresh663Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 99.9})
}
