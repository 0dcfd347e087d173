package parse

import "testing"

// The three-hundred-and-ninety-fourth fresh table, written on 2026-12-06: Kubernetes and container
// platforms' logs, another pass, shapes no earlier table holds. Each family is one product's
// documented or observed output: the Operator SDK's ansible-operator with its zap JSON (epoch `ts`)
// and the `Ansible Task StdOut` block it prints between them; `etcdctl endpoint status -w table`;
// the API server's `/readyz?verbose` read with `kubectl get --raw`; `calicoctl node status` (a
// banner, the BGP peer table with a SINCE time of day); consul-dataplane's pod log (Envoy's lines
// with the odd `Z+00:00` stamp between hclog lines); NGINX Gateway Fabric's control plane read with
// `kubectl logs` (the `Defaulted container` note, zap JSON with an RFC 3339 `ts`); `kubectl rollout
// status` (untimed progress lines and kubectl's `error:` line); `skaffold dev` (its untimed phase
// lines and list items, then the app's lines behind `[container]`); `tilt ci` (each line behind a
// right-aligned resource name and a box-drawing bar).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`multus`, `[verbose]`, `talos`, `talosctl`, `user: warning`, `stern`,
// `karpenter`, `metallb`, `kube-vip`, `weave`, `linkerd`, `ThreadId(`, `kubectl describe`,
// `default-scheduler`, `LAST SEEN`, `crictl`, `stdout F`, `cilium`, `hubble`, `calico`, `felix`,
// `antrea`, `kube-router`, `flannel`, `contour`, `envoy-gateway`, `traefik`, `kyverno`, `argocd`,
// `flux`, `cert-manager`, `kube-ovn`, `ovnkube`, `kopf`, `operator-sdk`, `ansible-operator`,
// `ansible`, `Ansible Task`, `playbook`, `helm`, `istio`, `pilot-discovery`, `info	ads`, `ztunnel`,
// `kuma`, `consul-dataplane`, `hclog`, `[INFO]  `, `kube-scheduler`, `kube-controller-manager`,
// `konnectivity`, `coredns`, `etcd`, `etcdctl`, `IS LEADER`, `RAFT INDEX`, `DB SIZE`,
// `IS LEARNER`, `kubeadm`, `[preflight]`, `kubectl rollout`, `Waiting for deployment`,
// `successfully rolled out`, `condition met`, `kubenswrapper`, `cri-o`, `k3s`, `rke2`, `microk8s`,
// `minikube`, `skaffold`, `Generating tags`, `Watching for changes`, `Press Ctrl-C`, `tilt `,
// `Tiltfile`, `│`, `vcluster`, `AUDIT: id`, `stage="ResponseComplete"`, `apisix`, `linkerd viz`,
// `proxy=in`, `node-to-node`, `BGP status`, `Calico process`, `PEER ADDRESS`, `calicoctl`,
// `readyz`, `[+]ping`, `osm-controller`, `nginx-gateway`, `gateway-fabric`, `Handling events`,
// `kourier`, `pomerium`, `ingress-nginx`, `haproxytech`, `kong`, `"v":0`, `[pod/`, `cilium monitor`,
// `xx drop`, `module=agent`, `|binding|`). Istiod's tab-separated scope lines and ztunnel are in
// fresh189 and others, linkerd viz tap in fresh259, the legacy audit log in fresh61/fresh65, APISIX
// in fresh24 and later, cilium monitor in fresh199, Talos through talosctl in fresh234, etcd's
// server logs and etcdctl's client warnings in fresh186 and later; none of these is here. The
// ansible-operator, etcdctl's status table, the readyz listing, calicoctl, consul-dataplane, NGINX
// Gateway Fabric, kubectl rollout status, skaffold and tilt are in none. The table holds 9
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The ansible-operator's `ts` is epoch seconds with a fraction; NGF's `ts` is
// RFC 3339 in UTC; Envoy's stamp under consul-dataplane is `…Z+00:00` (UTC written twice), hclog's
// RFC 3339 with milliseconds; calicoctl's SINCE is a time of day with no date, so on the clock's day;
// the apps behind skaffold and tilt write Go's `yyyy/MM/dd HH:mm:ss` without a zone (UTC) and an RFC
// 3339 stamp. etcdctl's table, the readyz listing, kubectl rollout status, and skaffold's and tilt's
// own lines carry no time. Levels only where the line marks one: zap's and hclog's level words,
// Envoy's [info]/[warning], kubectl's `error:` prefix (the way kubectl marks its error output),
// the app's level word behind tilt's prefix; readyz's `[-]` and `failed`, etcdctl's ERRORS column,
// BGP `start`/`Passive` and skaffold's `Not found` are no levels. No family has a host field:
// etcdctl's ENDPOINT and calicoctl's PEER ADDRESS are the addresses queried or peered with, the
// consul server addresses are peers, tilt's and skaffold's prefixes name resources and containers.
// A record that spans lines is one entry: the ansible-operator's StdOut block from its dashed title
// to its closing rule. Table borders and headers are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d748992 before any rule for it: level 86.8 %, time 82.0 %, host 86.8 %, records 79.3 %.
// That is the macro figure (micro: level 83.6 %, time 78.7 %, host 83.6 %, records 73.8 %), in a
// worktree at d748992 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 9 families fully right (etcdctl's status table, the readyz listing, consul-dataplane's Envoy and
// hclog lines, NGINX Gateway Fabric through kubectl logs, kubectl rollout status); the gaps are the
// ansible-operator's StdOut block cut at its first blank line, calicoctl's SINCE time of day,
// skaffold's ` - item` lines joined to the phase line above, and every line behind tilt's
// right-aligned `name │ ` prefix joined into one record.

var fresh394Cases = []worldCase{
	{
		name:   "ansible-operator-zap-stdout-block",
		gap:    "trawl ends the `--------------------------- Ansible Task StdOut ---…` block at the blank line after its title: the `TASK [role : name] ***` banner, the `task path:` line and the closing rule of dashes become records of their own instead of joining the title's record",
		source: "the Operator SDK's ansible-operator read with `kubectl logs deploy/…-controller-manager -c manager` (zap JSON with an epoch-seconds `ts`, `logger` cmd/logging_event_handler, then the `--------------------------- Ansible Task StdOut ---…` block with the task's banner and a closing rule of dashes): operator-framework/operator-sdk PRs #2321 and #2589, issues #4446 and #3868; the block's inner lines from memory",
		why:    "`ts` is epoch seconds with a fraction; the StdOut block is printed by one call between two JSON lines and has no time or level of its own; `runner_on_failed` is an event type, the level is the zap level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4127Z", Info, "", `{"level":"info","ts":1795938076.4127,"logger":"cmd","msg":"Watching single namespace.","Namespace":"shop"}`),
			we("2026-11-29T07:41:19.118204Z", Info, "", `{"level":"info","ts":1795938079.118204,"logger":"logging_event_handler","msg":"[playbook task start]","name":"cache-a","namespace":"shop","gvk":"cache.example.org/v1alpha1, Kind=Valkey","event_type":"playbook_on_task_start","job":"4411823019537","EventData.Name":"valkey : Render the StatefulSet"}`, ""),
			we("", Unknown, "",
				"--------------------------- Ansible Task StdOut -------------------------------",
				"",
				"TASK [valkey : Render the StatefulSet] *****************************************",
				"task path: /opt/ansible/roles/valkey/tasks/main.yml:14",
				"",
				"-------------------------------------------------------------------------------"),
			we("2026-11-29T07:41:21.90331Z", Error, "", `{"level":"error","ts":1795938081.90331,"logger":"logging_event_handler","msg":"","name":"cache-a","namespace":"shop","gvk":"cache.example.org/v1alpha1, Kind=Valkey","event_type":"runner_on_failed","job":"4411823019537","EventData.Task":"Render the StatefulSet","EventData.TaskArgs":"","EventData.FailedTaskPath":"/opt/ansible/roles/valkey/tasks/main.yml:14","error":"[playbook task failed]"}`),
			we("2026-11-29T07:41:22.00817Z", Info, "", `{"level":"info","ts":1795938082.00817,"logger":"runner","msg":"Ansible-runner exited successfully","job":"4411823019537","name":"cache-a","namespace":"shop"}`),
		},
	},
	{
		name:   "etcdctl-endpoint-status-table",
		source: "`etcdctl --endpoints=… endpoint status -w table` from etcd 3.5/3.6 (a tablewriter table: ENDPOINT, ID, VERSION, DB SIZE, IS LEADER, IS LEARNER, RAFT TERM, RAFT INDEX, RAFT APPLIED INDEX, ERRORS): etcd-io/etcd issues #11537 and #13510, etcd-io/website PR #285",
		why:    "no time and no level in a row; the endpoint URL is the member dialled, not a host field; the raft numbers and the member id are no times; borders and the header are not records",
		entries: []worldEntry{
			wskip("+--------------------------+------------------+---------+---------+-----------+------------+-----------+------------+--------------------+--------+",
				"|         ENDPOINT         |        ID        | VERSION | DB SIZE | IS LEADER | IS LEARNER | RAFT TERM | RAFT INDEX | RAFT APPLIED INDEX | ERRORS |",
				"+--------------------------+------------------+---------+---------+-----------+------------+-----------+------------+--------------------+--------+"),
			we("", Unknown, "", "| https://10.40.0.11:2379  | 3c8e1f07a52d94b6 |  3.5.17 |   88 MB |     false |      false |        17 |   41208833 |           41208833 |        |"),
			we("", Unknown, "", "| https://10.40.0.12:2379  | 9a04d7e2c1b3f865 |  3.5.17 |   88 MB |      true |      false |        17 |   41208833 |           41208833 |        |"),
			we("", Unknown, "", "| https://10.40.0.13:2379  | e27b6c90d4f18a35 |  3.5.17 |   91 MB |     false |      false |        17 |   41208831 |           41208830 |        |"),
			wskip("+--------------------------+------------------+---------+---------+-----------+------------+-----------+------------+--------------------+--------+"),
		},
	},
	{
		name:   "kube-apiserver-readyz-verbose",
		source: "`kubectl get --raw='/readyz?verbose'` against kube-apiserver 1.31 (one `[+]name ok` or `[-]name failed: reason withheld` line a check, then `readyz check failed` or `readyz check passed`): etcd-io/etcd PR #16984 (the same healthz package's `[-]… failed:` lines); the check names and the closing line from memory",
		why:    "no time and no level: `[-]` and `failed` are the check's result, not a level; each check is its own line",
		entries: []worldEntry{
			we("", Unknown, "", "[+]ping ok"),
			we("", Unknown, "", "[+]log ok"),
			we("", Unknown, "", "[-]etcd failed: reason withheld"),
			we("", Unknown, "", "[+]etcd-readiness ok"),
			we("", Unknown, "", "[+]informer-sync ok"),
			we("", Unknown, "", "[+]poststarthook/start-apiserver-admission-initializer ok"),
			we("", Unknown, "", "[-]poststarthook/rbac/bootstrap-roles failed: reason withheld"),
			we("", Unknown, "", "[+]shutdown ok"),
			we("", Unknown, "", "readyz check failed"),
		},
	},
	{
		name:   "calicoctl-node-status-bgp",
		source: "`calicoctl node status` on a calico-node host (`Calico process is running.`, `IPv4 BGP status`, a table PEER ADDRESS, PEER TYPE, STATE, SINCE, INFO with SINCE a time of day for a session changed today, `IPv6 BGP status` / `No IPv6 peers found.`): projectcalico/calicoctl issue #1281, projectcalico/calico issues #2905, #2458 and #5128, easzlab/kubeasz issue #45",
		why:    "SINCE is a time of day with no date: on the clock's day; the peer address is a peer; `start`, `Passive` and `Established` are BGP states, no levels; the banner lines carry nothing",
		entries: []worldEntry{
			we("", Unknown, "", "Calico process is running.", ""),
			we("", Unknown, "", "IPv4 BGP status"),
			wskip("+--------------+-------------------+-------+----------+-------------+",
				"| PEER ADDRESS |     PEER TYPE     | STATE |  SINCE   |    INFO     |",
				"+--------------+-------------------+-------+----------+-------------+"),
			we("2026-11-29T06:12:40Z", Unknown, "", "| 10.40.1.21   | node-to-node mesh | up    | 06:12:40 | Established |"),
			we("2026-11-29T06:12:41Z", Unknown, "", "| 10.40.1.22   | node-to-node mesh | up    | 06:12:41 | Established |"),
			we("2026-11-29T07:41:09Z", Unknown, "", "| 10.40.2.7    | node-to-node mesh | start | 07:41:09 | Passive     |"),
			wskip("+--------------+-------------------+-------+----------+-------------+", ""),
			we("", Unknown, "", "IPv6 BGP status"),
			we("", Unknown, "", "No IPv6 peers found."),
		},
	},
	{
		name:   "consul-dataplane-pod-envoy-hclog",
		source: "the consul-dataplane sidecar of a Consul 1.14+ mesh pod read with `kubectl logs … -c consul-dataplane` (Envoy's lines written by consul-dataplane as `yyyy-MM-ddTHH:mm:ss.mmmZ+00:00 [level] envoy.logger(tid) msg`, then hclog's `yyyy-MM-ddTHH:mm:ss.mmmZ [LEVEL]  consul-dataplane.module: msg: key=value`): hashicorp/consul issue #15820, hashicorp/consul-k8s issue #1814, hashicorp/consul-server-connection-manager PR #21",
		why:    "Envoy's stamp ends `Z+00:00`, UTC written twice; Envoy's level in lower-case brackets, hclog's in upper case; the Consul server addresses are peers; envoy.main(15) is a logger and thread",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.99Z", Info, "", "2026-11-29T07:41:16.990Z+00:00 [info] envoy.admin(15) admin address: 127.0.0.1:19000"),
			we("2026-11-29T07:41:17.031Z", Info, "", "2026-11-29T07:41:17.031Z+00:00 [info] envoy.config(15) loading 3 cluster(s)"),
			we("2026-11-29T07:41:17.036Z", Warn, "", "2026-11-29T07:41:17.036Z+00:00 [warning] envoy.main(15) there is no configured limit to the number of allowed active connections. Set a limit via the runtime key overload.global_downstream_max_connections"),
			we("2026-11-29T07:41:17.591Z", Info, "", "2026-11-29T07:41:17.591Z [INFO]  consul-dataplane.server-connection-manager: trying to connect to a Consul server"),
			we("2026-11-29T07:41:17.592Z", Info, "", "2026-11-29T07:41:17.592Z [INFO]  consul-dataplane.server-connection-manager: current prioritized list of known Consul servers: addresses=[10.40.3.11:8502, 10.40.3.12:8502, 10.40.3.13:8502]"),
			we("2026-11-29T07:41:17.804Z", Error, "", `2026-11-29T07:41:17.804Z [ERROR] consul-dataplane.server-connection-manager: connection error: error="fetching supported dataplane features: rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 10.40.3.11:8502: connect: connection refused\""`),
		},
	},
	{
		name:   "nginx-gateway-fabric-kubectl-logs",
		source: "NGINX Gateway Fabric 1.6/2.x control plane read with `kubectl logs -n nginx-gateway <pod>` (kubectl's `Defaulted container \"nginx-gateway\" out of: …` note first, then zap JSON `{\"level\":…,\"ts\":\"RFC 3339\",\"logger\":…,\"msg\":…}` with an error's `stacktrace` string): nginx/nginx-gateway-fabric issues #3268 and #3137, PR #2141",
		why:    "kubectl's note carries no time and no level; `ts` is an RFC 3339 string; the escaped newlines of `stacktrace` stay inside one JSON line; batchID is no time",
		entries: []worldEntry{
			we("", Unknown, "", `Defaulted container "nginx-gateway" out of: nginx-gateway, nginx, init (init)`),
			we("2026-11-29T07:41:16Z", Info, "", `{"level":"info","ts":"2026-11-29T07:41:16Z","msg":"Starting NGINX Gateway Fabric in static mode","version":"2.2.1","commit":"5c1e9a07d4b2f83e61a09c7d2b4f8e3a1c6d9b02","date":"2026-11-20T10:12:44Z","dirty":"false"}`),
			we("2026-11-29T07:41:17Z", Info, "", `{"level":"info","ts":"2026-11-29T07:41:17Z","msg":"successfully acquired lease nginx-gateway/edge-nginx-gateway-fabric-leader-election"}`),
			we("2026-11-29T07:41:19Z", Info, "", `{"level":"info","ts":"2026-11-29T07:41:19Z","logger":"eventLoop.eventHandler","msg":"Handling events didn't result into NGINX configuration changes","batchID":27}`),
			we("2026-11-29T07:41:23Z", Error, "", `{"level":"error","ts":"2026-11-29T07:41:23Z","logger":"eventLoop.eventHandler","msg":"Failed to update NGINX configuration","error":"failed to apply config: agent connection for pod shop/edge-gw-nginx-7f9c5d8b6-q2x4w not found","stacktrace":"github.com/nginx/nginx-gateway-fabric/internal/controller.(*eventHandlerImpl).HandleEventBatch\n\tgithub.com/nginx/nginx-gateway-fabric/internal/controller/handler.go:212"}`),
		},
	},
	{
		name:   "kubectl-rollout-status",
		source: "`kubectl rollout status deployment/web`, `statefulset/…` and `daemonset/…` (kubectl 1.31: `Waiting for deployment \"web\" rollout to finish: N out of M new replicas have been updated...`, `… old replicas are pending termination...`, `deployment \"web\" successfully rolled out`, kubectl's `error: … exceeded its progress deadline` on stderr): from memory (kubectl's rollout status viewer messages)",
		why:    "no time anywhere; the quoted names and counts are no levels; kubectl marks its failure with the `error:` prefix",
		entries: []worldEntry{
			we("", Unknown, "", `Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...`),
			we("", Unknown, "", `Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...`),
			we("", Unknown, "", `Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...`),
			we("", Unknown, "", `deployment "web" successfully rolled out`),
			we("", Unknown, "", `Waiting for daemon set "node-exporter" rollout to finish: 3 of 5 updated pods are available...`),
			we("", Unknown, "", `Waiting for partitioned roll out to finish: 1 out of 3 new pods have been updated...`),
			we("", Error, "", `error: deployment "api" exceeded its progress deadline`),
		},
	},
	{
		name:   "skaffold-dev-console",
		gap:    "trawl joins skaffold's ` - item` list lines (` - web -> image:tag`, ` - web: Not found. Building`, ` - deployment/web is ready.`) to the phase line above them (`Generating tags...`, `Checking cache...`): a line starting with a space and a dash is read as a continuation, not as a record of its own",
		source: "`skaffold dev` 2.x on a terminal (its phase lines `Generating tags...`, `Checking cache...`, `Starting deploy...`, list items ` - web -> image:tag`, ` - deployment/web is ready.`, `Watching for changes...`, then the app's lines behind `[container] `): from memory (Skaffold's quickstart output and its log tailer prefix)",
		why:    "skaffold's own lines carry no time and no level, and each list item is its own line; the app's Go log stamp behind the prefix has no zone (UTC); the image tag's digits are no time",
		entries: []worldEntry{
			we("", Unknown, "", "Generating tags..."),
			we("", Unknown, "", " - web -> registry.example.org/shop/web:v2.8.0-14-g7c1e9a0"),
			we("", Unknown, "", "Checking cache..."),
			we("", Unknown, "", " - web: Not found. Building"),
			we("", Unknown, "", "Starting deploy..."),
			we("", Unknown, "", " - deployment.apps/web configured"),
			we("", Unknown, "", "Waiting for deployments to stabilize..."),
			we("", Unknown, "", " - deployment/web is ready."),
			we("", Unknown, "", "Deployments stabilized in 4.118 seconds"),
			we("", Unknown, "", "Watching for changes..."),
			we("2026-11-29T07:41:16Z", Unknown, "", "[web] 2026/11/29 07:41:16 listening on :8080"),
			we("2026-11-29T07:41:19Z", Unknown, "", "[web] 2026/11/29 07:41:19 GET /healthz 200 312µs"),
		},
	},
	{
		name:   "tilt-ci-resource-prefix",
		gap:    "trawl joins every line behind Tilt's right-aligned `        api │ ` prefix to the line above (all seven lines become one record): the space-indented resource prefix reads as a continuation, so neither the records nor the app's RFC 3339 time and level word behind the bar are read",
		source: "`tilt ci` (and `tilt up --stream`) output: Tilt's own lines, then each resource's lines behind its name right-aligned and ` │ `, the app's own stamp and level behind it: from memory (Tilt's terminal log view)",
		why:    "the resource name before the bar is no host; Tilt's build steps have no time and no level; the app's RFC 3339 stamp and level word behind the bar are the record's",
		entries: []worldEntry{
			we("", Unknown, "", "Successfully loaded Tiltfile (14.207ms)"),
			we("", Unknown, "", "        api │ Initial Build"),
			we("", Unknown, "", "        api │ STEP 1/3 — Building Dockerfile: [api]"),
			we("", Unknown, "", "        api │ STEP 3/3 — Deploying"),
			we("2026-11-29T07:41:16.204Z", Info, "", "        api │ 2026-11-29T07:41:16.204Z INFO starting HTTP server addr=:8080"),
			we("2026-11-29T07:41:18.551Z", Warn, "", "        api │ 2026-11-29T07:41:18.551Z WARN slow query took=1.82s table=orders"),
			we("2026-11-29T07:41:20.013Z", Error, "", "     worker │ 2026-11-29T07:41:20.013Z ERROR job failed id=4411 err=\"context deadline exceeded\""),
		},
	},
}

func TestFresh394Formats(t *testing.T) { assertTable(t, fresh394Cases) }
func TestFresh394Score(t *testing.T) {
	checkScore(t, "fresh394 formats", fresh394Cases, [worldNumFields]float64{86.7, 86.7, 86.7, 79.2})
}
