package parse

import "testing"

// The five-hundred-and-fifty-fourth fresh table: Kubernetes and container platforms, another further
// pass — control-plane helpers, node agents, operators, CSI plugins and the CLIs around them, as
// `kubectl logs` and a terminal show them — shapes no earlier table holds. Each family is one
// product's documented or observed output: Kubeshark's CLI (zerolog's console writer, an ISO time
// with the local offset, a three-letter level and `file.go:line >`); oc-mirror v2 (a slashed
// zone-less date, two blanks and a padded `[LEVEL]   :`); the Vault Agent Injector, vault-k8s
// (hclog's `ISO-Z [LEVEL]  name: msg`, and the bare `Listening on` line it prints between them);
// kubewatch (logrus text with `pkg=kubewatch-<resource>`); DigitalOcean's CSI plugin (logrus text
// with `method=`, `node_id=` and `region=`); Altinity's clickhouse-operator (controller-runtime's
// tab-separated console lines and klog lines in one stream, a klog record whose list of objects
// spans lines); OpenYurt's yurthub (its `yurthub version: projectinfo.Info{…}` banner, then klog);
// kube-fledged's controller (klog, image-pull jobs that name worker nodes).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive, as a fixed string) by
// product and by a fragment of its line first (`kubeshark`, `tapRunner`, `versionCheck`,
// `.go:23 >`, `INF config.go`, `oc-mirror`, `oc mirror`, `[INFO]   :`, `[WARN]   :`,
// `[ERROR]  :`, `welcome to oc-mirror`, `mirrorToDisk`, `ImageSetConfiguration`, `vault-k8s`,
// `agent-injector`, `agent-inject`, `handler: Request received`, `handler.auto-tls`,
// `handler.certwatcher`, `Listening on ":8080"`, `vault-secrets-webhook`, `bank-vaults`, `kubewatch`,
// `pkg=kubewatch`, `Processing add to`, `robusta`, `csi-digitalocean`, `dobs.csi`, `do-csi`,
// `region=nyc`, `node_id=`, `clickhouse-operator`, `altinity`, `ClickHouseInstallation`,
// `worker-chi-reconciler`, `CreateServiceCHI`, `Reconciled objects`, `chi-`, `yurthub`, `yurt-hub`,
// `yurt-`, `openyurt`, `projectinfo.Info`, `kube-fledged`, `kubefledged`, `image_manager.go`,
// `imagecache`), and, before choosing, the neighbours already measured or found there: `kube-vip`,
// `metallb`, `multus`, `whereabouts`, `kube-ovn`, `antrea`, `weave`, `flannel`, `felix`, `cilium`,
// `longhorn`, `openebs`, `rook`, `velero`, `cert-manager`, `external-dns`, `kyverno`, `gatekeeper`,
// `linkerd`, `istio`, `envoy`, `kuma`, `consul`, `traefik`, `ingress-nginx`, `keda`, `knative`,
// `argocd`, `flux`, `crossplane`, `karpenter`, `cluster-autoscaler`, `metrics-server`, `coredns`,
// `etcd`, `containerd`, `cri-o`, `podman`, `conmon`, `crun`, `runc`, `gvisor`, `kata`, `k3s`, `k0s`,
// `microk8s`, `rke2`, `talos`, `kubelet`, `kube-proxy`, `kube-apiserver`, `crictl`,
// `kubectl logs`, `[pod/`, `stern`, `k9s`, `neuvector`, `|CTL|`, `nsx`, `nsx@6876`, `lxd`, `lager`,
// `nvidia-container`, `portainer`, `kuberay`, `flink-kubernetes`, `o.a.f.k.o`, `strimzi`,
// `patroni`, `kopf`, `cloudflared`, `teleport`, `vsphere-csi`, `csi.vsphere`, `azure-vnet`,
// `[cni-net]`, `kubeedge`, `karmada`, `clusternet`, `kuberhealthy`, `koordinator`, `koordlet`,
// `chaosd`, `+00:00] [INFO]`, `kapp-controller`, `ratify`, `aci-containers`, `opflex`, `finch`,
// `fleet-agent`, `metacontroller`, `directpv`, `scylla-operator`, `messaging-topology`, `aeraki`,
// `traefik-mesh`, `flomesh`, `pipy`, `runhcs`, `containerd-shim-spin`, `kepler`, `hwameistor`).
// None of Kubeshark, oc-mirror, vault-k8s, kubewatch, csi-digitalocean, clickhouse-operator,
// yurthub or kube-fledged is in any table (`openyurt` is only in earlier tables' lists of greps,
// `altinity` only as clickhouse-backup, `imagecache` only as an iOS symbol, `node_id=` only as
// other products' fields). Left out as measured already: NeuVector, VMware NCP, the Flink operator,
// vSphere CSI, Azure CNI, stern, k9s, the TiDB-style bracketed lines chaosd shares, and the products
// in the list above that matched. Left out as not confirmed by any search: koordlet, Aeraki and
// Flomesh's Pipy sidecar; the OpFlex agent (no pasted line found). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Kubeshark's stamps carry the workstation's offset (+01:00) and are
// converted. oc-mirror's stamps have no zone and are taken as UTC. hclog's, logrus's and
// controller-runtime's stamps end in Z. klog's `I1129 07:41:16.123456` has no year: it is in 2026,
// and UTC. Levels only where the line marks one: zerolog's INF DBG WRN ERR, oc-mirror's bracketed
// word, hclog's bracketed word, logrus's level=, controller-runtime's tab-separated word, klog's
// first letter (I W E F). yurthub's version banner and the injector's `Listening on` line carry
// none and no time of their own (the BuildDate inside the banner is the build's, not the record's).
// The host is the record's host field, and none of these has one: kube-fledged's and
// clickhouse-operator's worker nodes and hosts, DigitalOcean's node_id and region, Kubeshark's proxy
// host and the registries oc-mirror names are no hosts. A record that spans lines is one entry:
// clickhouse-operator's `Reconciled objects:` with the objects listed under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); none rests on memory alone. Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit a457dc5 before any rule for it: level 97.9 %, time 95.4 %, host 97.9 %, records 95.8 %.
// That is the macro figure (micro: level 97.8 %, time 95.6 %, host 97.8 %, records 95.6 %), in a
// worktree at a457dc5 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are the injector's bare `Listening on ":8080"...` line, which
// trawl joins to the hclog record above it instead of reading it as a record of its own, and
// yurthub's version banner, whose BuildDate trawl takes for the banner's own time.

var fresh554Cases = []worldCase{
	{
		name:   "kubeshark-cli-zerolog-console",
		source: "Kubeshark's CLI (`kubeshark tap`, zerolog's ConsoleWriter: `yyyy-MM-ddTHH:mm:ss±hh:mm LVL file.go:line > msg key=value…`, levels DBG INF WRN ERR): kubeshark/kubeshark issues #1292 and #1330 (pasted terminal output)",
		why:    "an ISO time with the local offset (+01:00, converted); the three-letter level before `file.go:line >`; `127.0.0.1` and the registry in key=value pairs are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+01:00 INF versionCheck.go:23 > Checking for a newer version..."),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+01:00 INF config.go:117 > Found config file! path=/home/marta/.kubeshark/config.yaml"),
			we("2026-11-29T07:41:16Z", Debug, "", `2026-11-29T08:41:16+01:00 DBG config.go:79 > Init config is finished. config={"Tap":{"Docker":{"Registry":"docker.io/kubeshark","Tag":"v52.3.91"},"Namespaces":["payments"],"Proxy":{"Host":"127.0.0.1"}}}`),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29T08:41:17+01:00 INF tapRunner.go:53 > Using Docker: registry=docker.io/kubeshark tag=v52.3.91"),
			we("2026-11-29T07:41:49Z", Warn, "", "2026-11-29T08:41:49+01:00 WRN tapRunner.go:212 > Pod is not ready yet. pod=kubeshark-hub-6b8f9c7d4-qm2xz"),
			we("2026-11-29T07:42:47Z", Error, "", `2026-11-29T08:42:47+01:00 ERR tapRunner.go:231 > Failed creating pod! error="context deadline exceeded" pod=kubeshark-front-5f7d8b6c9-wk4hn`),
		},
	},
	{
		name:   "oc-mirror-v2-console",
		source: "OpenShift's oc-mirror plugin v2 (`oc mirror --v2`, its own logger: `yyyy/MM/dd HH:mm:ss  [LEVEL]   : msg`, the bracketed level padded to nine before ` : `; INFO WARN ERROR DEBUG): openshift/oc-mirror PRs #908 and #895 (pasted runs), openshift/openshift-docs PR #74485 (the documentation's example output), an `[ERROR]  :` line found with find_string",
		why:    "a slashed zone-less date (UTC by the rules) and two blanks; the level word in brackets padded with blanks before the colon; emoji in the message; the registries named are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", "2026/11/29 07:41:16  [WARN]   : ⚠️  --v2 flag identified, flow redirected to the oc-mirror v2 version. This is Tech Preview, it is still under development and it is not production ready."),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16  [INFO]   : 👋 Hello, welcome to oc-mirror"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16  [INFO]   : 🔀 workflow mode: mirrorToMirror"),
			we("2026-11-29T07:41:38Z", Info, "", "2026/11/29 07:41:38  [INFO]   : images to copy 41"),
			we("2026-11-29T07:43:05Z", Error, "", "2026/11/29 07:43:05  [ERROR]  : [Worker] error mirroring image registry.example.internal:5000/team-a/ledger-api@sha256:4f2a9c0e1b7d: manifest unknown"),
			we("2026-11-29T07:43:05Z", Debug, "", "2026/11/29 07:43:05  [DEBUG]  : [Batch] retrying 1 image after 5s"),
		},
	},
	{
		name:   "vault-k8s-agent-injector-hclog",
		source: "The Vault Agent Injector (hashicorp/vault-k8s, `kubectl logs vault-agent-injector-…`: hclog's `yyyy-MM-ddTHH:mm:ss.SSSZ [LEVEL]  name: msg`, and a bare `Listening on \":8080\"...` printed between them): hashicorp/vault-helm issue #274, hashicorp/vault issue #27788, hashicorp/vault-k8s issue #110",
		why:    "an ISO time in Z, the level bracketed and padded before the logger name; the `Listening on` line is a record of its own with no time and no level",
		gap:    "the bare `Listening on \":8080\"...` line the injector prints between its hclog records is joined to the hclog record above it as a continuation line, not read as a record of its own (no time, no level)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.104Z", Info, "", "2026-11-29T07:41:16.104Z [INFO]  handler: Starting handler.."),
			we("", Unknown, "", `Listening on ":8080"...`),
			we("2026-11-29T07:41:16.188Z", Info, "", "2026-11-29T07:41:16.188Z [INFO]  handler.auto-tls: Generated CA"),
			we("2026-11-29T07:41:16.189Z", Info, "", "2026-11-29T07:41:16.189Z [INFO]  handler.certwatcher: Updated certificate bundle received. Updating certs..."),
			we("2026-11-29T07:41:36.532Z", Info, "", "2026-11-29T07:41:36.532Z [INFO]  handler: Request received: Method=POST URL=/mutate?timeout=10s"),
			we("2026-11-29T07:41:36.541Z", Error, "", `2026-11-29T07:41:36.541Z [ERROR] handler: error on request: Error="error validating agent configuration: no Vault role found" Code=500`),
		},
	},
	{
		name:   "kubewatch-logrus-pkg",
		source: "kubewatch (robusta-dev/kubewatch, `kubectl logs deploy/kubewatch`: logrus text `time=\"ISO-Z\" level=info msg=\"Processing add to <resource>: ns/name\" pkg=kubewatch-<resource>`): robusta-dev/kubewatch issue #84",
		why:    "logrus's quoted ISO time in Z and level=; `pkg=kubewatch-pod` is a component, the namespace/name in the message no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="Starting kubewatch controller" pkg=kubewatch-pod`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="Kubewatch controller synced and ready" pkg=kubewatch-deployment`),
			we("2026-11-29T07:41:19Z", Info, "", `time="2026-11-29T07:41:19Z" level=info msg="Processing add to pod: payments/ledger-api-6d9c7b5f4-h8t2m" pkg=kubewatch-pod`),
			we("2026-11-29T07:41:52Z", Info, "", `time="2026-11-29T07:41:52Z" level=info msg="Processing update to deployment: payments/ledger-api" pkg=kubewatch-deployment`),
			we("2026-11-29T07:41:53Z", Error, "", `time="2026-11-29T07:41:53Z" level=error msg="slack: failed to post message: channel_not_found" pkg=kubewatch-deployment`),
		},
	},
	{
		name:   "csi-digitalocean-logrus",
		source: "DigitalOcean's CSI plugin (digitalocean/csi-digitalocean, the csi-do-plugin container: logrus text `time=\"ISO-Z\" level=info msg=\"…\" method=… node_id=… region=…`, the fields sorted): digitalocean/csi-digitalocean issue #41 (pasted plugin log)",
		why:    "logrus's quoted ISO time and level=; node_id= is a droplet id and region= a region, no host; volume ids and socket paths are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="removing socket" node_id=418203377 region=fra1 socket=/var/lib/csi/sockets/pluginproxy/csi.sock`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="server started" addr=/var/lib/csi/sockets/pluginproxy/csi.sock node_id=418203377 region=fra1`),
			we("2026-11-29T07:41:44Z", Info, "", `time="2026-11-29T07:41:44Z" level=info msg="controller publish volume called" droplet_id=418203391 method=controller_publish_volume node_id=418203377 region=fra1 volume_id=8c1e4b7a-cd2f-11f1-9a3e-0a58ac14023b`),
			we("2026-11-29T07:41:47Z", Warn, "", `time="2026-11-29T07:41:47Z" level=warning msg="volume is already attached to another droplet" droplet_id=418203391 method=controller_publish_volume node_id=418203377 region=fra1 volume_id=8c1e4b7a-cd2f-11f1-9a3e-0a58ac14023b`),
			we("2026-11-29T07:42:17Z", Error, "", `time="2026-11-29T07:42:17Z" level=error msg="method failed" error="rpc error: code = Aborted desc = volume 8c1e4b7a-cd2f-11f1-9a3e-0a58ac14023b is attached to droplet 418203355" method=/csi.v1.Controller/ControllerPublishVolume node_id=418203377 region=fra1`),
		},
	},
	{
		name:   "clickhouse-operator-klog-and-zap",
		source: "Altinity's clickhouse-operator 0.25 (`kubectl logs deploy/clickhouse-operator -c clickhouse-operator`: controller-runtime's console lines `ISO-Z<TAB>LEVEL<TAB>msg<TAB>{json}` and the operator's own klog lines `Lmmdd HH:mm:ss.uuuuuu pid file.go:line] msg` in one stream; a `Reconciled objects:` record lists the objects on the lines under it): Altinity/clickhouse-operator issues #1845, #1263 and #1310",
		why:    "two shapes in one stream: a tab-separated level word after an ISO time, and klog's year-less time after the level letter; the object list under a klog line belongs to it; pod hostnames in messages are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:14Z", Info, "", "2026-11-29T07:41:14Z\tINFO\tStarting EventSource\t{\"controller\": \"clickhousekeeperinstallation\", \"controllerGroup\": \"clickhouse-keeper.altinity.com\", \"controllerKind\": \"ClickHouseKeeperInstallation\", \"source\": \"kind source: *v1.StatefulSet\"}"),
			we("2026-11-29T07:41:14.130568Z", Info, "", "I1129 07:41:14.130568       1 controller.go:587] ENQUEUE new ReconcileCHI cmd=add for analytics/events"),
			we("2026-11-29T07:41:14.131309Z", Warn, "", "W1129 07:41:14.131309       1 warnings.go:70] v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice"),
			we("2026-11-29T07:41:15.942327Z", Info, "", "I1129 07:41:15.942327       1 worker.go:1269] updateConfigMap():analytics/events/7f0c2e9a-1d4b-4e8f-a6c3-5b9d0e2f4a71:Update ConfigMap analytics/chi-events-common-configd"),
			we("2026-11-29T07:41:17.157694Z", Info, "",
				"I1129 07:41:17.157694       1 worker-deleter.go:39] clean():analytics/events/7f0c2e9a-1d4b-4e8f-a6c3-5b9d0e2f4a71:Reconciled objects:",
				"Service: analytics/chi-events-main-0-0",
				"Service: analytics/clickhouse-events",
				"ConfigMap: analytics/chi-events-common-usersd",
				"StatefulSet: analytics/chi-events-main-0-0"),
			we("2026-11-29T07:41:19.608113Z", Error, "", "E1129 07:41:19.608113       1 connection.go:141] QueryContext():FAILED Query(http://clickhouse_operator:***@chi-events-main-0-1.analytics.svc.cluster.local:8123/) dial tcp 10.42.3.17:8123: connect: connection refused for SQL: SELECT version()"),
		},
	},
	{
		name:   "openyurt-yurthub-banner-klog",
		source: "OpenYurt's yurthub on an edge node (`kubectl logs -n kube-system yurt-hub-…` or the static pod's container log: a `yurthub version: projectinfo.Info{…}` banner printed with fmt, then klog `Lmmdd HH:mm:ss.uuuuuu pid file.go:line] msg`, the FLAG dump first): openyurtio/openyurt issues #1186 and #1170",
		why:    "the banner has no time of its own (its BuildDate is the build's) and no level; klog's level letter and year-less time; the apiserver address and node names in messages are no host",
		gap:    "the `BuildDate:\"…\"` inside the `yurthub version: projectinfo.Info{…}` banner is read as the banner's own time; the banner has none",
		entries: []worldEntry{
			we("", Unknown, "", `yurthub version: projectinfo.Info{GitVersion:"v1.6.1", GitCommit:"3e9a1c4", BuildDate:"2026-11-02T03:12:40Z", GoVersion:"go1.23.9", Compiler:"gc", Platform:"linux/arm64", AllVersions:[]string{"v1.6.1"}}`),
			we("2026-11-29T07:41:16.789809Z", Info, "", `I1129 07:41:16.789809       1 start.go:64] FLAG: --bind-address="127.0.0.1"`),
			we("2026-11-29T07:41:16.789842Z", Info, "", `I1129 07:41:16.789842       1 start.go:64] FLAG: --disk-cache-path="/etc/kubernetes/cache/"`),
			we("2026-11-29T07:41:16.801130Z", Warn, "", "W1129 07:41:16.801130       1 client_config.go:615] Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work."),
			we("2026-11-29T07:41:46.802417Z", Error, "", "E1129 07:41:46.802417       1 health_checker.go:147] failed to update lease for node edge-gw-07: Put \"https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/edge-gw-07?timeout=10s\": dial tcp 10.96.0.1:443: i/o timeout"),
		},
	},
	{
		name:   "kube-fledged-controller-klog",
		source: "kube-fledged's controller (senthilrch/kube-fledged, `kubectl logs -n kube-fledged deploy/kubefledged-controller`: klog `Lmmdd HH:mm:ss.uuuuuu pid file.go:line] msg`, image-pull jobs named with `(pull:- image --> node, runtime: …)`): senthilrch/kube-fledged issues #105 and #121",
		why:    "klog's level letter and year-less time; the worker node after `-->` and the runtime version are no host and no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:06.103331Z", Info, "", "I1129 07:41:06.103331       1 controller.go:430] Starting to sync image cache warmup-cache(refresh)"),
			we("2026-11-29T07:41:06.199059Z", Info, "", "I1129 07:41:06.199059       1 image_manager.go:354] Started image manager"),
			we("2026-11-29T07:41:06.219084Z", Info, "", "I1129 07:41:06.219084       1 image_manager.go:435] Job warmup-cache-k7vqz created (pull:- registry.example.internal/ml/infer-gpu:3.4.0 --> gpu-node-a12, runtime: containerd://1.7.24)"),
			we("2026-11-29T07:42:41.470289Z", Info, "", "I1129 07:42:41.470289       1 image_manager.go:181] Job warmup-cache-k7vqz succeeded (pull:- registry.example.internal/ml/infer-gpu:3.4.0 --> gpu-node-a12, runtime: containerd://1.7.24)"),
			we("2026-11-29T07:43:06.251730Z", Error, "", "E1129 07:43:06.251730       1 image_manager.go:226] Pull error for image registry.example.internal/ml/tokenizer:0.9.2 in node gpu-node-a14: Back-off pulling image \"registry.example.internal/ml/tokenizer:0.9.2\""),
			we("2026-11-29T07:43:06.262090Z", Warn, "", "W1129 07:43:06.262090       1 controller.go:651] Image cache warmup-cache not fully synced: 1 of 6 images failed"),
		},
	},
}

func TestFresh554Formats(t *testing.T) { assertTable(t, fresh554Cases) }
func TestFresh554Score(t *testing.T) {
	checkScore(t, "fresh554 formats", fresh554Cases, [worldNumFields]float64{97.8, 95.3, 97.8, 95.7})
}
