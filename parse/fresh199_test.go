package parse

import "testing"

// The hundred-and-ninety-ninth fresh table, written on 2026-12-05: Kubernetes operators and
// cloud-native controllers in their 2025-2026 releases, as kubectl logs, stern and a node's files
// show them, in shapes no earlier table holds. Each family is one product's documented or observed
// output: Cilium 1.17's agent in the middle of its move to slog (lines with an unquoted time= and a
// module= beside logrus lines with no time at all), Istio's ztunnel in its tab-separated text (with
// tracing spans in the scope column) and in its JSON form (dotted keys, `message` and `scope`),
// istiod's CA logging a PEM certificate over many lines, linkerd2-proxy's JSON log whose
// `timestamp` is the proxy's uptime in brackets, stern with `--timestamps=short` (a year-less
// `MM-DD hh:mm:ss` after the pod and container names), kube-apiserver's "Observed a panic" with its
// goroutine dump as a klog multi-line value (`stacktrace=<` … ` >`), the kubelet's "Probe failed"
// with the probe's output as such a value, Velero's and ExternalDNS's logrus JSON
// (--log-format=json), Kyverno's JSON (--loggingFormat=json), the KEDA operator's zap JSON with
// `--zap-time-encoding=millis`, the Trivy operator's zap JSON with an epoch ts, falcoctl's pterm
// lines with their tree-drawn argument lines, and `hubble observe -o json` with the node that saw
// each flow.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`cert-manager`, `karpenter`, `velero`, `crossplane`, `keda`, `external-dns`, `argocd`,
// `argo-cd`, `argo workflows`, `rollouts`, `flux`, `kustomize-controller`, `helm-controller`,
// `cilium`, `hubble`, `ztunnel`, `istiod`, `linkerd`, `kyverno`, `gatekeeper`, `falco`, `trivy`,
// `coredns`, `etcd`, `containerd`, `cri-o`, `crio`, `kubelet`, `klog`, `audit.k8s`,
// `kube-apiserver`, `panic:`, `stern`, `kubectl`, `nodeName`, `=<"`, `timestamps=short`,
// `print-node-name`, `log_as_json`, `falcoctl`, `stacktrace=<`, `Observed a panic`, `panic'd`,
// `level=INFO source=`, `"timestamp":"[`, `module=agent`, `pterm`, `└`, `"flow":{`, `logSource`,
// `"logger":"setup"`, `trivy-operator`, `--log-format`, `pkica`, `Using existing public key`,
// `Mounting arguments`, `"level":"panic"`, `zap-time-encoding`, `"node_name"`, `ThreadId(`,
// `"scope":"`, `hbone`, `Invoked duration`, `subsys=`, `loggingFormat`, `falco-rules`).
// Cilium's agent is in fresh_test as logrus text with no time (1.6-1.16) only; its slog lines
// with `time=` and `module=` are in none. Hubble is in fresh34 as `hubble observe`'s compact text;
// its JSON with node_name is in none. istiod is in earlier tables only through kubectl prefixes
// and the sidecar's pilot-agent; its multi-line PEM record is in none. linkerd2-proxy is in fresh5
// as plain text with the uptime in brackets; its JSON form is in none. stern is in many tables
// with its default RFC 3339 stamp; its short stamp is in none. Kyverno is in fresh99 as zap console
// text; Velero in fresh14 and ExternalDNS in fresh33 as logrus text; KEDA in fresh24 as zap console
// text; Trivy in fresh34 as the trivy CLI; their JSON forms (and the Trivy operator) are in none.
// klog's `key=<` multi-line value is in no table (fresh99's CSI mount error is a raw multi-line
// message, not a value). ztunnel and falcoctl are in no table. Left out as measured already:
// cert-manager's klog text (fresh14), Karpenter's JSON (fresh33), Crossplane's console (fresh35),
// Gatekeeper's JSON (fresh35), Argo CD's text and repo-server JSON (fresh24, fresh53), Argo
// Workflows (fresh12, fresh185), Argo Rollouts (fresh34), Flux's JSON and CLI (fresh36, fresh53),
// Falco's text, JSON and startup (fresh66, fresh150), CoreDNS (world, fresh86, fresh149, fresh160),
// etcd's zap JSON, its panic level and journal (fresh_test, fresh65), containerd's text and JSON
// (world, fresh65, fresh90), CRI-O (fresh_test, fresh65), the audit log in JSON and legacy form
// (fresh2, fresh65), component-base JSON (fresh4). Left out for want of a page that settled the
// lines: linkerd2-proxy's wall-clock timestamp option (the PR that adds it was open when read),
// hubble observe's --print-node-name text, Crossplane 2's logs. The table holds 15 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time without a zone is UTC (falcoctl's stamp; stern's short stamp, stern
// run on a host whose zone is UTC). klog's year-less `Lmmdd` is in 2026. linkerd2-proxy's
// `[ 10132.943961s]` is an uptime: its records have no time of their own; Cilium's logrus lines
// without `time=` have none either. KEDA's ts is epoch milliseconds with a fraction, the Trivy
// operator's epoch seconds. A stern line carries two versions of its own time (stern's, to the
// second, and klog's): either is accepted. Levels only where the line marks one: Cilium's, Velero's,
// ExternalDNS's level= or "level" word (warning is Warn), ztunnel's and istiod's level column,
// linkerd's upper-case "level", klog's letter, Kyverno's, KEDA's and the Trivy operator's zap
// levels, falcoctl's INFO/WARN/ERROR; none in Hubble's flows (FORWARDED and DROPPED are verdicts).
// The host is the record's host field: Hubble's `node_name`, the node that observed the flow. A
// host= key in Cilium's line names the API server it dials, a peer; addresses, workloads, pods,
// registries and srcIP are peers too, never the record's host. A record that spans lines is one
// entry: istiod's message with its PEM block, a klog record with its `key=<` value down to ` >`,
// falcoctl's line with its `├`/`└` argument lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); hosts, ids, addresses, users and messages
// are invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 35a5c5a before any rule for it: level 93.3 %, time 93.3 %, host 99.0 %, records 100.0 %.
// That is the macro figure (micro: level 92.9 %, time 92.9 %, host 98.6 %, records 100.0 %), in a
// worktree at 35a5c5a with no change to trawl's code (no file modified but this one and
// table_test.go's list), 13 of 15 families fully right. Right from the start: ztunnel's text with
// its span scopes and its JSON, istiod's PEM block joined to its record, linkerd2-proxy's JSON
// uptime read as no time, the apiserver's and the kubelet's `key=<` values down to ` >`, the
// logrus JSON of Velero and ExternalDNS (fatal read as Critical), Kyverno's JSON, KEDA's epoch
// milliseconds, the Trivy operator's epoch seconds, falcoctl's tree lines and Hubble's node_name.
// What fails: a host= key naming the API server in Cilium's untimed logrus line is read as the
// host; stern's short `MM-DD hh:mm:ss` stamp after the pod and container names leaves the line
// with no time and no level. No expectation was changed after the first run.

var fresh199Cases = []worldCase{
	{
		name:   "cilium117-agent-slog-module-mixed",
		source: "Cilium 1.17's agent while its logging moved to slog: hive cells log `time=RFC 3339 level=info msg=… module=agent.…` (unquoted time, a module= key), older subsystems still log logrus text `level=info msg=\"…\" subsys=…` with no time: cilium/cilium issue #38728 (kubectl logs of a 1.17 agent), cilium/hive PR #27 (`time=2024-11-28T15:29:27Z level=info msg=Starting`)",
		why:    "slog's unquoted time= beside lines with no time at all in one stream; a host= key naming the API server is a peer",
		entries: []worldEntry{
			we("", Info, "", `level=info msg="Cgroup metadata manager is enabled" subsys=cgroup-manager`),
			we("2026-11-29T07:41:16Z", Info, "", `time=2026-11-29T07:41:16Z level=info msg="Spire Delegate API Client is disabled as no socket path is configured" module=agent.controlplane.auth.spire-delegate`),
			we("2026-11-29T07:41:16Z", Info, "", `time=2026-11-29T07:41:16Z level=info msg=Invoked duration=241.80772ms function="cmd.configureAPIServer (cmd/cells.go:320)"`),
			we("2026-11-29T07:41:17Z", Info, "", `time=2026-11-29T07:41:17Z level=info msg="Starting hive"`),
			we("", Info, "", `level=info msg="Establishing connection to apiserver" host="https://10.96.0.1:443" subsys=k8s-client`),
			we("2026-11-29T07:41:21Z", Warn, "", `time=2026-11-29T07:41:21Z level=warn msg="Unable to update ipcache map entry on pod add" module=agent.controlplane.ipcache error="ipcache entry owned by kvstore or agent" k8sPodName=shop/api-5d9c7b6f4-x2k8p podIP=10.244.1.37`),
			we("2026-11-29T07:41:24Z", Error, "", `time=2026-11-29T07:41:24Z level=error msg="Failed to create k8s client" module=agent.infra.k8s-client error="Get \"https://10.96.0.1:443/version\": dial tcp 10.96.0.1:443: i/o timeout"`),
		},
	},
	{
		name:   "ztunnel-text-spans",
		source: "Istio ztunnel's default text log (Rust tracing: `RFC 3339 time with microseconds<TAB>level<TAB>target, with its spans as name{k=v}<TAB>message<TAB>key=value …`, the access log's `connection complete` records): istio/ztunnel PR #1500 (an access line), cilium/cilium PR #41945 (debug lines with `proxy::inbound:proxy{wl=…}` spans)",
		why:    "tab-separated with a lower-case level and a scope column that holds braces; src.addr, dst.addr and workloads are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", "2026-11-29T07:41:16.204118Z\tinfo\tapp\tztunnel started\tversion=1.28.1 proxy_mode=\"Shared\""),
			we("2026-11-29T07:41:18.004411Z", Debug, "", "2026-11-29T07:41:18.004411Z\tdebug\tproxy::inbound:proxy{wl=shop/api-5d9c7b6f4-x2k8p}\taccepted connection\tconn=10.244.2.14:49356(spiffe://cluster.local/ns/shop/sa/frontend)->10.244.1.37:15008"),
			we("2026-11-29T07:41:23.017733Z", Info, "", "2026-11-29T07:41:23.017733Z\tinfo\taccess\tconnection complete\tsrc.addr=10.244.2.14:49356 src.workload=\"frontend-6c9b7d5f8-q8r2t\" src.namespace=\"shop\" src.identity=\"spiffe://cluster.local/ns/shop/sa/frontend\" dst.addr=10.244.1.37:15008 dst.hbone_addr=10.244.1.37:8080 dst.service=\"api.shop.svc.cluster.local\" dst.workload=\"api-5d9c7b6f4-x2k8p\" dst.namespace=\"shop\" dst.identity=\"spiffe://cluster.local/ns/shop/sa/api\" direction=\"inbound\" bytes_sent=4120 bytes_recv=812 duration=\"5013ms\""),
			we("2026-11-29T07:41:30.500201Z", Warn, "", "2026-11-29T07:41:30.500201Z\twarn\txds::client:xds{id=4}\tXDS client connection error: gRPC connection error connecting to https://istiod.istio-system.svc:15012: status: Unavailable, retrying in 200ms"),
			we("2026-11-29T07:41:31.112004Z", Error, "", "2026-11-29T07:41:31.112004Z\terror\taccess\tconnection complete\tsrc.addr=10.244.2.19:40112 src.workload=\"batch-29412077-7xk2p\" src.namespace=\"shop\" dst.addr=10.244.3.8:15008 dst.hbone_addr=10.244.3.8:5432 dst.workload=\"db-0\" dst.namespace=\"shop\" direction=\"outbound\" bytes_sent=0 bytes_recv=0 duration=\"1ms\" error=\"connection closed due to policy rejection\""),
		},
	},
	{
		name:   "ztunnel-json-dotted-keys",
		source: "Istio ztunnel with JSON logging (`{\"level\":…,\"time\":…,\"scope\":…,\"message\":…, then dotted keys such as src.addr and nested span objects}`): istio/ztunnel issue #2055 (a `no allow policies matched` record and a `connection complete` record in JSON)",
		why:    "a JSON object whose text is under message and whose time is under time; the span objects and the peers' addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T08:02:11.540412Z", Info, "", `{"level":"info","time":"2026-11-29T08:02:11.540412Z","scope":"access","message":"connection complete","src.addr":"10.244.2.14:35214","src.workload":"frontend-6c9b7d5f8-q8r2t","src.namespace":"shop","src.identity":"spiffe://cluster.local/ns/shop/sa/frontend","dst.addr":"10.244.1.37:15008","dst.hbone_addr":"10.244.1.37:8080","dst.service":"api.shop.svc.cluster.local","direction":"inbound","bytes_sent":1204,"bytes_recv":377,"duration":"12ms"}`),
			we("2026-11-29T08:02:14.907001Z", Info, "", `{"level":"info","time":"2026-11-29T08:02:14.907001Z","scope":"ztunnel::state","message":"no allow policies matched","proxy":{"wl":"shop/db-0"},"inbound":{"id":"5f1c2a7e9b3d4c1a8e2f0b6d41207ab1","peer":"10.244.2.19:40422"}}`),
			we("2026-11-29T08:02:20.118204Z", Warn, "", `{"level":"warn","time":"2026-11-29T08:02:20.118204Z","scope":"ztunnel::proxy::outbound","message":"failed to fetch certificate, retrying","proxy":{"wl":"shop/batch-29412077-7xk2p"},"identity":"spiffe://cluster.local/ns/shop/sa/batch"}`),
			we("2026-11-29T08:02:21.300911Z", Error, "", `{"level":"error","time":"2026-11-29T08:02:21.300911Z","scope":"access","message":"connection failed","src.addr":"10.244.2.19:40430","dst.addr":"10.244.3.8:15008","direction":"outbound","error":"io error: Connection refused (os error 111)"}`),
		},
	},
	{
		name:   "istiod-pkica-pem-multiline",
		source: "istiod's log (istio.io/pkg/log text: `RFC 3339 time<TAB>level<TAB>scope<TAB>message`), its pkica scope printing the CA's certificate as a PEM block over many lines: istio/istio issue #52922 (kubectl logs of istiod, `Using existing public key: -----BEGIN CERTIFICATE-----`) and #57922",
		why:    "a record whose message goes on for a PEM block's lines down to its END line, none of them indented",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.243715Z", Info, "", "2026-11-29T07:41:16.243715Z\tinfo\tcontrollers\tstarting\tcontroller=configmap istio-1-28"),
			we("2026-11-29T07:41:16.271605Z", Info, "", "2026-11-29T07:41:16.271605Z\tinfo\tpkica\tLoad signing key and cert from existing secret istio-system/istio-ca-secret"),
			we("2026-11-29T07:41:16.272041Z", Info, "",
				"2026-11-29T07:41:16.272041Z\tinfo\tpkica\tUsing existing public key: -----BEGIN CERTIFICATE-----",
				"MIIC/TCCAeWgAwIBAgIRAPq4f1c2a7e9b3d4c1a8e2f0wDQYJKoZIhvcNAQELBQAw",
				"GDEWMBQGA1UEChMNY2x1c3Rlci5sb2NhbDAeFw0yNjExMDQwOTEyNDBaFw0zNjEx",
				"MDEwOTEyNDBaMBgxFjAUBgNVBAoTDWNsdXN0ZXIubG9jYWwwggEiMA0GCSqGSIb3",
				"4f1c2a7e9b3d4c1a8e2f0b6d41207ab1c0ffee00deadbeef41207ab1c0ffee00",
				"-----END CERTIFICATE-----"),
			we("2026-11-29T07:41:16.355002Z", Info, "", "2026-11-29T07:41:16.355002Z\tinfo\tdelta\tADS: new delta connection for node:api-5d9c7b6f4-x2k8p.shop-41"),
			we("2026-11-29T07:41:19.004113Z", Warn, "", "2026-11-29T07:41:19.004113Z\twarn\tvalidationController\tnot ready to patch ValidatingWebhookConfiguration istio-validator-istio-system: webhook is not ready, retry in 1s"),
		},
	},
	{
		name:   "linkerd-proxy-json-uptime",
		source: "linkerd2-proxy with the JSON log format (proxy.logFormat json: `{\"timestamp\":\"[ seconds.micross]\",\"level\":\"INFO\",\"fields\":{\"message\":…},\"target\":…,\"spans\":[…],\"threadId\":\"ThreadId(n)\"}`, the timestamp being the time since the proxy started): linkerd/linkerd2 issue #12505 ('timestamp is in weird format') and linkerd/linkerd2-proxy PR #3186",
		why:    "a JSON key named timestamp that holds an uptime in brackets, not a time: no record has a time of its own; the addresses in spans are peers",
		entries: []worldEntry{
			we("", Info, "", `{"timestamp":"[     0.002204s]","level":"INFO","fields":{"message":"Using single-threaded proxy runtime"},"target":"linkerd2_proxy::rt","threadId":"ThreadId(1)"}`),
			we("", Info, "", `{"timestamp":"[     0.004118s]","level":"INFO","fields":{"message":"Admin interface on 0.0.0.0:4191"},"target":"linkerd2_proxy","threadId":"ThreadId(1)"}`),
			we("", Info, "", `{"timestamp":"[  4120.943961s]","level":"INFO","fields":{"message":"Continuing after timeout: linkerd_proxy_http::version::Version protocol detection timed out after 10s"},"target":"linkerd_detect","spans":[{"name":"outbound"},{"addr":"10.244.3.8:5432","name":"proxy"}],"threadId":"ThreadId(2)"}`),
			we("", Warn, "", `{"timestamp":"[  4188.201447s]","level":"WARN","fields":{"message":"Failed to connect","error":"connect timed out after 1s"},"target":"linkerd_reconnect","spans":[{"name":"outbound"},{"addr":"10.244.1.37:8080","name":"proxy"},{"name":"service","ns":"shop","port":8080}],"threadId":"ThreadId(1)"}`),
			we("", Error, "", `{"timestamp":"[  4190.004512s]","level":"ERROR","fields":{"message":"Server failed to become ready","error":"policy service unavailable"},"target":"linkerd_app_core::serve","spans":[{"name":"inbound"},{"name":"server","port":8080}],"threadId":"ThreadId(1)"}`),
		},
	},
	{
		name:   "stern-timestamps-short",
		source: "stern with `--timestamps=short` (since 1.24: the pod's and the container's names, then `01-02 15:04:05` in the local zone, here UTC, before each line; `--only-log-lines`), tailing kindnet (klog) and CoreDNS (`[LEVEL] plugin/…`): stern/stern PR #249 and issue #247",
		why:    "a year-less `MM-DD hh:mm:ss` after two name columns; the klog line behind it carries the same time to the microsecond, CoreDNS's line has only stern's; the pod names are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.620499Z", Info, "", "kindnet-hqn2k kindnet-cni 11-29 07:41:16 I1129 07:41:16.620499       1 main.go:250] Node kind-worker3 has CIDR [10.244.3.0/24]"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.374482Z", Info, "", "kindnet-5f4ms kindnet-cni 11-29 07:41:16 I1129 07:41:16.374482       1 main.go:227] handling current node"),
			we("2026-11-29T07:41:25Z", Warn, "", "coredns-7db6d8ff4d-k2x8p coredns 11-29 07:41:25 [WARNING] plugin/kubernetes: starting server with unsynced Kubernetes API"),
			we("2026-11-29T07:41:31Z|2026-11-29T07:41:31.118004Z", Error, "", `kindnet-5f4ms kindnet-cni 11-29 07:41:31 E1129 07:41:31.118004       1 main.go:191] "Failed to sync nodes" err="Get \"https://10.96.0.1:443/api/v1/nodes\": dial tcp 10.96.0.1:443: i/o timeout"`),
			we("2026-11-29T07:41:40Z", Info, "", `coredns-7db6d8ff4d-k2x8p coredns 11-29 07:41:40 [INFO] 10.244.1.7:51514 - 4120 "A IN orders.shop.svc.cluster.local. udp 47 false 512" NOERROR qr,aa,rd 110 0.000204s`),
		},
	},
	{
		name:   "kube-apiserver-observed-panic-stacktrace-value",
		source: "kube-apiserver 1.31+ (k8s.io/apimachinery's HandleCrash logging `\"Observed a panic\" panic=… panicGoValue=… stacktrace=…` through klog, whose text format writes a value with newlines as `key=<`, each line indented by a tab, closed by a ` >` line), with httplog's `\"HTTP\"` records around it: kubernetes/kubernetes issue #100413 (an Observed a panic with its goroutine dump), the Kubernetes contributors' blog 'Contextual Logging in Kubernetes 1.24' (the `=<` … ` >` form)",
		why:    "a klog record whose stacktrace value runs over indented lines to a lone ` >`; the srcIP and the user agent are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.104412Z", Info, "", `I1129 07:41:16.104412       1 httplog.go:134] "HTTP" verb="LIST" URI="/api/v1/namespaces/shop/pods?limit=500" latency="14.204118ms" userAgent="kubectl/v1.34.2 (linux/amd64) kubernetes/4f1c2a7" audit-ID="5f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1" srcIP="10.20.0.5:51234" resp=200`),
			we("2026-11-29T07:41:17.900112Z", Error, "",
				`E1129 07:41:17.900112       1 runtime.go:142] "Observed a panic" panic="runtime error: invalid memory address or nil pointer dereference" panicGoValue="runtime.errorString(\"invalid memory address or nil pointer dereference\")" stacktrace=<`,
				"\tgoroutine 412077 [running]:",
				"\tk8s.io/apimachinery/pkg/util/runtime.logPanic({0x2f1c2a0, 0xc01a2b3c40}, {0x2a41b80, 0x4f1c2e0})",
				"\t\tk8s.io/apimachinery/pkg/util/runtime/runtime.go:132 +0xbc",
				"\tk8s.io/apiserver/pkg/server/filters.(*timeoutHandler).ServeHTTP.func1.1()",
				"\t\tk8s.io/apiserver/pkg/server/filters/timeout.go:110 +0x9c",
				"\tpanic({0x2a41b80?, 0x4f1c2e0?})",
				"\t\truntime/panic.go:785 +0x132",
				"\tk8s.io/apiserver/pkg/endpoints/handlers.(*WatchServer).HandleHTTP(0xc0412077e0, {0x3f1ca10, 0xc01a2b3d00}, 0xc012077f00)",
				"\t\tk8s.io/apiserver/pkg/endpoints/handlers/watch.go:241 +0x5e4",
				" >"),
			we("2026-11-29T07:41:17.900377Z", Error, "", `E1129 07:41:17.900377       1 wrap.go:57] "apiserver panic'd" method="GET" URI="/apis/apps/v1/namespaces/shop/deployments?watch=true" auditID="9b3d4c1a-8e2f-4b6d-9c3a-2b1e5f1c2a7e"`),
			we("2026-11-29T07:41:18.002117Z", Info, "", `I1129 07:41:18.002117       1 httplog.go:134] "HTTP" verb="WATCH" URI="/apis/apps/v1/namespaces/shop/deployments?watch=true" latency="1.204118s" userAgent="argocd-application-controller/v0.0.0 (linux/amd64) kubernetes/$Format" audit-ID="9b3d4c1a-8e2f-4b6d-9c3a-2b1e5f1c2a7e" srcIP="10.244.2.31:40118" resp=500`),
		},
	},
	{
		name:   "kubelet-probe-failed-output-value",
		source: "the kubelet's klog text as `journalctl -u kubelet -o cat` prints it (one journal entry a record, its newlines kept), its prober's `\"Probe failed\" probeType=… pod=… podUID=… containerName=… probeResult=… output=…` with an exec or HTTP probe's output as a klog multi-line value (`output=<`, tab-indented lines, ` >`): kubernetes/kubernetes pkg/kubelet/prober (InfoS \"Probe failed\"), the Kubernetes contributors' blog 'Contextual Logging in Kubernetes 1.24' (the `=<` form)",
		why:    "the probe's output as a multi-line value under the record; the pod and podUID named are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512004Z", Info, "", `I1129 07:41:16.512004    2041 kubelet.go:2470] "SyncLoop (probe)" probe="readiness" status="" pod="shop/api-5d9c7b6f4-x2k8p"`),
			we("2026-11-29T07:41:21.118204Z", Info, "",
				`I1129 07:41:21.118204    2041 prober.go:107] "Probe failed" probeType="Readiness" pod="shop/api-5d9c7b6f4-x2k8p" podUID="7e5d4c3b-2a19-4f1c-8e2f-0b6d41207ab1" containerName="api" probeResult="failure" output=<`,
				"\tHTTP probe failed with statuscode: 503",
				"\tupstream not ready: db-0.shop.svc.cluster.local:5432 (connection refused)",
				" >"),
			we("2026-11-29T07:41:31.200911Z", Info, "",
				`I1129 07:41:31.200911    2041 prober.go:107] "Probe failed" probeType="Liveness" pod="shop/worker-6f9c7b-q2wzl" podUID="0b6d4120-7ab1-4c0f-9e2f-5f1c2a7e9b3d" containerName="worker" probeResult="failure" output=<`,
				"\tERROR: queue depth check failed",
				"\tredis: dial tcp 10.96.41.7:6379: connect: connection refused",
				"\texit status 1",
				" >"),
			we("2026-11-29T07:41:31.204412Z", Info, "", `I1129 07:41:31.204412    2041 kuberuntime_manager.go:1092] "Message for Container of pod" containerName="worker" containerStatusID={"Type":"containerd","ID":"4a1f0c9e2b7d"} pod="shop/worker-6f9c7b-q2wzl" containerMessage="Container worker failed liveness probe, will be restarted"`),
			we("2026-11-29T07:42:03.004118Z", Error, "", `E1129 07:42:03.004118    2041 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"worker\" with CrashLoopBackOff: \"back-off 40s restarting failed container=worker pod=worker-6f9c7b-q2wzl_shop(0b6d4120-7ab1-4c0f-9e2f-5f1c2a7e9b3d)\"" pod="shop/worker-6f9c7b-q2wzl" podUID="0b6d4120-7ab1-4c0f-9e2f-5f1c2a7e9b3d"`),
		},
	},
	{
		name:   "velero-json-logsource",
		source: "the Velero server with `--log-format=json` (logrus' JSON formatter, keys sorted: the backup or restore, error and its error.file/error.function, level, logSource, msg, time in RFC 3339): velero.io docs 'velero server' flags (--log-format text|json) and vmware-tanzu/velero issues pasting JSON server logs",
		why:    "a JSON object with the time last under time, logrus' warning, error.file holding a path with a line number",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","logSource":"pkg/cmd/server/server.go:262","msg":"Starting Velero server v1.17.1 (8b2f1c4a7e9d0b3c6f5a2e1d4c7b0a9f8e6d5c4b)","time":"2026-11-29T07:41:16Z"}`),
			we("2026-11-29T07:41:17Z", Info, "", `{"backup":"velero/nightly-20261129074117","level":"info","logSource":"pkg/backup/backup.go:486","msg":"Backing up resource","name":"api","namespace":"shop","resource":"deployments.apps","time":"2026-11-29T07:41:17Z"}`),
			we("2026-11-29T07:41:19Z", Warn, "", `{"backup":"velero/nightly-20261129074117","level":"warning","logSource":"pkg/backup/item_backupper.go:612","msg":"Volume snapshot location not found for provider aws, skipping","time":"2026-11-29T07:41:19Z"}`),
			we("2026-11-29T07:41:21Z", Error, "", `{"backupLocation":"velero/default","controller":"backup-sync","error":"rpc error: code = Unknown desc = AccessDenied: Access Denied","error.file":"/go/src/github.com/vmware-tanzu/velero/pkg/persistence/object_store.go:315","error.function":"github.com/vmware-tanzu/velero/pkg/persistence.(*objectBackupStore).ListBackups","level":"error","logSource":"pkg/controller/backup_sync_controller.go:107","msg":"Error getting backups from backup store","time":"2026-11-29T07:41:21Z"}`),
		},
	},
	{
		name:   "external-dns-logrus-json",
		source: "ExternalDNS with `--log-format=json` (logrus' JSON formatter: level, msg, time in RFC 3339, keys sorted): kubernetes-sigs/external-dns docs (flags --log-format text|json, --log-level)",
		why:    "the shortest logrus JSON, level first and the time last; zones, records and the provider's endpoints are payload",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","msg":"config: {APIServerURL: KubeConfig: RequestTimeout:30s Sources:[service ingress] Provider:aws DomainFilter:[example.org] TXTOwnerID:k8s-prod-eu}","time":"2026-11-29T07:41:16Z"}`),
			we("2026-11-29T07:41:17Z", Info, "", `{"level":"info","msg":"Applying provider record filter for domains: [example.org. .example.org.]","time":"2026-11-29T07:41:17Z"}`),
			we("2026-11-29T07:41:18Z", Debug, "", `{"level":"debug","msg":"Endpoints generated from service: shop/api: [api.example.org 0 IN A  203.0.113.41 []]","time":"2026-11-29T07:41:18Z"}`),
			we("2026-11-29T07:41:19Z", Info, "", `{"level":"info","msg":"Desired change: CREATE api.example.org A","profile":"default","time":"2026-11-29T07:41:19Z","zoneID":"/hostedzone/Z04412077ABCDEF","zoneName":"example.org."}`),
			we("2026-11-29T07:42:19Z", Critical, "", `{"level":"fatal","msg":"failed to sync *v1.Ingress: context deadline exceeded","time":"2026-11-29T07:42:19Z"}`),
		},
	},
	{
		name:   "kyverno-json-logging",
		source: "Kyverno 1.10+ with `--loggingFormat=json` (zap's JSON through logr: level, ts in RFC 3339, logger, caller, msg and the fields): kyverno.io docs 'Troubleshooting' and the admission controller's flags (--loggingFormat text|json); the text form is fresh99's",
		why:    "zap JSON with ts as an RFC 3339 string and a caller; a version's build time in a field is not the record's, the resource named is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","ts":"2026-11-29T07:41:16Z","logger":"setup.version","caller":"version/version.go:32","msg":"version","version":"v1.15.2","hash":"4c1e9d2a","time":"2026-11-04T09:12:40Z"}`),
			we("2026-11-29T07:41:17Z", Info, "", `{"level":"info","ts":"2026-11-29T07:41:17Z","logger":"webhooks.server","caller":"server/server.go:241","msg":"starting webhook server","port":9443}`),
			we("2026-11-29T07:41:30Z", Error, "", `{"level":"error","ts":"2026-11-29T07:41:30Z","logger":"webhooks.resource.validate","caller":"validation/validation.go:150","msg":"validation failed","gvk":"/v1, Kind=Pod","resource":"shop/Pod/web-7d9c-q2x8k","action":"Enforce","failed rules":{"require-requests-limits":"validation error: CPU and memory resource requests and limits are required. rule validate failed at path /spec/containers/0/resources/limits/"}}`),
			we("2026-11-29T07:41:45Z", Info, "", `{"level":"info","ts":"2026-11-29T07:41:45Z","logger":"background","caller":"background/update_request_controller.go:194","msg":"reconciling update request","ur":"kyverno/ur-4f1c2"}`),
		},
	},
	{
		name:   "keda-operator-json-millis",
		source: "the KEDA operator with `--zap-encoder=json --zap-time-encoding=millis` (controller-runtime's zap JSON: level, ts as epoch milliseconds with a fraction, logger, msg, the controller's fields; the Helm chart's logging.operator.format and timeEncoding values): keda.sh docs 'Troubleshooting' and the chart's values (timeEncoding: epoch, millis, nano, iso8601, rfc3339 or rfc3339nano); the console form is fresh24's",
		why:    "an epoch in milliseconds, not seconds, as a float under ts; the Prometheus address in the error is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204412Z", Info, "", `{"level":"info","ts":1795938076204.412,"logger":"setup","msg":"Starting manager"}`),
			we("2026-11-29T07:41:16.31Z", Info, "", `{"level":"info","ts":1795938076310.0,"logger":"setup","msg":"KEDA Version: 2.18.1"}`),
			we("2026-11-29T07:41:40.5005Z", Info, "", `{"level":"info","ts":1795938100500.5,"logger":"controller","msg":"Reconciling ScaledObject","controller":"scaledobject","controllerGroup":"keda.sh","controllerKind":"ScaledObject","ScaledObject":{"name":"web","namespace":"shop"},"namespace":"shop","name":"web","reconcileID":"4f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1"}`),
			we("2026-11-29T07:42:03.004125Z", Error, "", `{"level":"error","ts":1795938123004.125,"logger":"scale_handler","msg":"error getting metric for trigger","scaledObject.Namespace":"shop","scaledObject.Name":"web","trigger":"prometheusScaler","error":"Get \"http://prometheus.monitoring:9090/api/v1/query\": dial tcp 10.96.0.41:9090: connect: connection refused","stacktrace":"github.com/kedacore/keda/v2/pkg/scaling.(*scaleHandler).GetScaledObjectMetrics\n\t/workspace/pkg/scaling/scale_handler.go:574"}`),
		},
	},
	{
		name:   "trivy-operator-json-epoch",
		source: "the Trivy operator's log (controller-runtime's zap production JSON: level, ts as epoch seconds with a fraction, logger, msg, buildInfo at start, the report's fields): aquasecurity/trivy-operator issues pasting `kubectl logs deploy/trivy-operator`; the trivy CLI is fresh34's",
		why:    "an epoch-seconds float; buildInfo's Date is a build time, not the record's; the registry and the scanned image are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2041Z", Info, "", `{"level":"info","ts":1795938076.2041,"logger":"main","msg":"Starting operator","buildInfo":{"Version":"0.29.0","Commit":"4f1c2a7e9b3d4c1a8e2f0b6d41207ab1c0ffee00","Date":"2026-11-04T10:12:40Z","Executable":""}}`),
			we("2026-11-29T07:41:16.5Z", Info, "", `{"level":"info","ts":1795938076.5,"logger":"operator","msg":"Resolved install mode","install mode":"AllNamespaces","operator namespace":"trivy-system","target namespaces":[],"exclude namespaces":"","target workloads":["pod","replicaset","replicationcontroller","statefulset","daemonset","cronjob","job"]}`),
			we("2026-11-29T07:43:02.118Z", Info, "", `{"level":"info","ts":1795938182.118,"logger":"reconciler.scan job","msg":"Deleting complete scan job owned by workload","job":"trivy-system/scan-vulnerabilityreport-5d9c7b6f4","kind":"ReplicaSet","name":"api-5d9c7b6f4","namespace":"shop"}`),
			we("2026-11-29T07:43:40.77Z", Error, "", `{"level":"error","ts":1795938220.77,"logger":"reconciler.scan job","msg":"Scan job container","job":"trivy-system/scan-vulnerabilityreport-6c9b7d5f8","container":"web","status.reason":"Error","status.message":"2026-11-29T07:43:39Z\tFATAL\tFatal error\timage scan error: unable to initialize an image artifact: GET https://registry.example.org/v2/shop/web/manifests/4.1: UNAUTHORIZED","stacktrace":"github.com/aquasecurity/trivy-operator/pkg/vulnerabilityreport/controller.(*ScanJobController).processFailedScanJob\n\t/home/runner/work/trivy-operator/pkg/vulnerabilityreport/controller/scanjob.go:371"}`),
		},
	},
	{
		name:   "falcoctl-pterm-tree",
		source: "falcoctl 0.7+ as the Falco chart's falcoctl-artifact-install and falcoctl-artifact-follow containers print it (pterm's logger: `yyyy-MM-dd hh:mm:ss LEVEL  message` with the level padded, arguments inline or on `├`/`└` lines indented under the message): falcosecurity/charts PR #453 (the follow sidecar), falcosecurity/falcoctl issues #866 and #868 and falcosecurity/falco-website PR #827; the line layout from memory of falcoctl's output, not settled by a page",
		why:    "a zoneless date and time, a padded upper-case level, and argument lines drawn as a tree under their record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 INFO  Resolving dependencies ..."),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 INFO  Installing artifacts refs: [ghcr.io/falcosecurity/rules/falco-rules:4]"),
			we("2026-11-29T07:41:18Z", Info, "",
				"2026-11-29 07:41:18 INFO  Verifying signature for artifact",
				"                      └ digest: ghcr.io/falcosecurity/rules/falco-rules@sha256:4f1c2a7e9b3d4c1a8e2f0b6d41207ab1c0ffee004f1c2a7e9b3d4c1a8e2f0b6d"),
			we("2026-11-29T07:41:19Z", Info, "",
				"2026-11-29 07:41:19 INFO  Artifact successfully installed",
				"                      ├ name: ghcr.io/falcosecurity/rules/falco-rules:4",
				"                      ├ type: rulesfile",
				"                      ├ digest: sha256:4f1c2a7e9b3d4c1a8e2f0b6d41207ab1c0ffee004f1c2a7e9b3d4c1a8e2f0b6d",
				"                      └ directory: /rulesfiles"),
			we("2026-11-29T09:41:19Z", Warn, "", "2026-11-29 09:41:19 WARN  Unable to check for new versions: falco versions endpoint not reachable url: http://localhost:8765/versions"),
			we("2026-11-29T09:41:20Z", Error, "", "2026-11-29 09:41:20 ERROR unable to pull artifact ghcr.io/falcosecurity/rules/falco-rules:4: GET https://ghcr.io/token: 429 Too Many Requests"),
		},
	},
	{
		name:   "hubble-observe-json-node-name",
		source: "`hubble observe -o json` through Hubble Relay (one GetFlowsResponse a line: `{\"flow\":{\"time\":…,\"uuid\":…,\"verdict\":…,\"IP\":…,\"l4\":…,\"source\":…,\"destination\":…,\"Type\":…,\"node_name\":…,\"Summary\":…},\"node_name\":…,\"time\":…}`): docs.cilium.io 'Inspecting Network Flows with the CLI' (-o json, jsonpb); the compact text is fresh34's",
		why:    "the node that observed the flow under node_name is the record's host; the pods and addresses are peers; FORWARDED and DROPPED are verdicts, not levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118330Z", Unknown, "kind-worker", `{"flow":{"time":"2026-11-29T07:41:16.204118330Z","uuid":"4f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1","verdict":"FORWARDED","IP":{"source":"10.244.1.22","destination":"10.244.2.14","ipVersion":"IPv4"},"l4":{"TCP":{"source_port":51234,"destination_port":8080,"flags":{"SYN":true}}},"source":{"ID":412,"identity":41207,"namespace":"shop","labels":["k8s:app=frontend"],"pod_name":"frontend-5f7d8c9b4-x2k4p"},"destination":{"identity":23456,"namespace":"shop","labels":["k8s:app=api"],"pod_name":"api-6c9b7d5f8-q8r2t"},"Type":"L3_L4","node_name":"kind-worker","event_type":{"type":4},"traffic_direction":"EGRESS","is_reply":false,"Summary":"TCP Flags: SYN"},"node_name":"kind-worker","time":"2026-11-29T07:41:16.204118330Z"}`),
			we("2026-11-29T07:41:16.205002117Z", Unknown, "kind-worker2", `{"flow":{"time":"2026-11-29T07:41:16.205002117Z","uuid":"9b3d4c1a-8e2f-4b6d-9c3a-2b1e5f1c2a7e","verdict":"FORWARDED","IP":{"source":"10.244.1.22","destination":"10.244.2.14","ipVersion":"IPv4"},"l4":{"TCP":{"source_port":51234,"destination_port":8080,"flags":{"SYN":true}}},"source":{"identity":41207,"namespace":"shop","pod_name":"frontend-5f7d8c9b4-x2k4p"},"destination":{"ID":1204,"identity":23456,"namespace":"shop","pod_name":"api-6c9b7d5f8-q8r2t"},"Type":"L3_L4","node_name":"kind-worker2","event_type":{"type":4,"sub_type":3},"traffic_direction":"INGRESS","is_reply":false,"Summary":"TCP Flags: SYN"},"node_name":"kind-worker2","time":"2026-11-29T07:41:16.205002117Z"}`),
			we("2026-11-29T07:41:17.002411004Z", Unknown, "kind-worker2", `{"flow":{"time":"2026-11-29T07:41:17.002411004Z","uuid":"1e5f1c2a-7e9b-4d4c-8a8e-2f0b6d4c3a2b","verdict":"DROPPED","drop_reason":133,"IP":{"source":"10.244.1.40","destination":"10.244.2.31","ipVersion":"IPv4"},"l4":{"TCP":{"source_port":43122,"destination_port":5432,"flags":{"SYN":true}}},"source":{"identity":50412,"namespace":"shop","pod_name":"batch-29412077-7xk2p"},"destination":{"ID":2207,"identity":31207,"namespace":"shop","pod_name":"db-0"},"Type":"L3_L4","node_name":"kind-worker2","event_type":{"type":1,"sub_type":133},"traffic_direction":"INGRESS","drop_reason_desc":"POLICY_DENIED","Summary":"TCP Flags: SYN"},"node_name":"kind-worker2","time":"2026-11-29T07:41:17.002411004Z"}`),
		},
	},
}

func TestFresh199Formats(t *testing.T) { assertTable(t, fresh199Cases) }

func TestFresh199Score(t *testing.T) {
	checkScore(t, "fresh199 formats", fresh199Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
