package parse

import "testing"

// The six-hundred-and-tenth fresh table: Kubernetes and container platforms, a third further pass
// (control-plane components, node agents, operators, CNI and CSI plugins, container runtimes, service
// meshes, as kubectl logs and crictl logs show them), shapes no earlier table holds. Each family is
// one product's documented or observed output: Network Service Mesh's nsmgr (logrus with the nested
// formatter, `Mmm dd HH:mm:ss.SSS [INFO] [cmd:/bin/nsmgr] msg`); Dell's csi-baremetal (the same
// formatter with `[Component] [Method]` brackets); KubeOne's verbose terminal output
// (`INFO[08:41:16 CET] msg  node=…`); OpenELB's manager (zap JSON with an epoch `ts` interleaved
// with klog leader-election lines); overlaybd-tcmu, containerd's overlaybd block daemon (PhotonLibOS'
// alog `yyyy/MM/dd HH:mm:ss.uuuuuu|INFO |th=…|file:line|func:msg`); Inspektor Gadget's DaemonSet
// (logrus `time="…" level=… msg="…"`) and its headless `ig daemon` in the journal; kube-eventer
// (klog).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`multus`, `whereabouts`, `rook`, `op-osd`, `capnslog`, `longhorn`,
// `instance-manager`, `linstor`, `LINSTOR/Satellite`, `piraeus`, `kubevirt`, `virt-handler`,
// `virt-launcher`, `emissary`, `diagd`, `ambassador`, `dapr`, `scope=dapr`, `k0s`,
// `component=kubelet`, `karpenter`, `talos`, `machined`, `kuma`, `kuma-dp`, `keda`, `crossplane`,
// `kube-vip`, `metallb`, `speaker`, `velero`, `logSource`, `gatekeeper`, `kyverno`, `strimzi`,
// `antrea`, `kube-ovn`, `kube-router`, `spiderpool`, `gvisor`, `runsc`, `sysbox`, `kata`, `crun`,
// `youki`, `podman`, `cri-o`, `crio`, `conmon`, `linkerd`, `ThreadId(`, `cilium`, `calico`, `felix`,
// `weave`, `flannel`, `coredns`, `istio`, `pilot-discovery`, `envoy`, `openebs`, `portworx`,
// `longhorn-manager`, `csi-`, `ebs-csi`, `nvidia`, `gpu-operator`, `submariner`, `skupper`,
// `contour`, `traefik`, `consul`, `knative`, `tekton`, `argocd`, `argo`, `flux`,
// `kustomize-controller`, `helm-controller`, `rancher`, `rke2`, `k3s`, `cert-manager`,
// `external-dns`, `cluster-autoscaler`, `kube-proxy`, `kubelet`, `etcd`, `kube-apiserver`, `crictl`,
// `kubectl`, `openshift`, `ovnkube`, `ovn-controller`, `cilium-agent`, `hubble`, `tetragon`,
// `falco`, `trivy`, `kube-bench`, `descheduler`, `node-problem-detector`, `vcluster`, `minikube`,
// `microk8s`, `containerd`, `dockerd`, `nerdctl`, `buildkit`, `kaniko`, `harbor`, `dragonfly`,
// `spegel`, `zot`, `nomad`, `kopf`, `kopf.objects`, `[cni-net]`, `azure-vnet`, `azure-cni`,
// `juicefs`, `<INFO>`, `cloud-hypervisor`, `vmm/src`, `firecracker`, `anonymous-instance`, `nsmgr`,
// `network service mesh`, `networkservicemesh`, `forwarder-vpp`, `cmd-nsc`, `registry-k8s`,
// `[cmd:`, `osm-controller`, `open service mesh`, `ipamd`, `aws-node`, `amazon-vpc-cni`, `kured`,
// `kilo`, `trident`, `requestSource`, `democratic-csi`, `mayastor`, `io_engine`, `kiali`,
// `telepresence`, `cnpg`, `cloudnative-pg`, `logging_pod`, `patroni`, `sealed-secrets`, `reloader`,
// `node-feature-discovery`, `metacontroller`, `shell-operator`, `catalog-operator`, `olm`,
// `operator-lifecycle`, `lxd`, `incus`, `com.docker.backend`, `virtiofsd`, `kubeedge`, `edgecore`,
// `karmada`, `volcano`, `kueue`, `topolvm`, `csi-driver-smb`, `secrets-store`, `vsphere-csi`,
// `hetzner`, `local-path`, `runwasi`, `wasmedge`, `gloo`, `nginx service mesh`, `cilium-envoy`,
// `zalando`, `postgres-operator`, `elastic-operator`, `vault-agent`, `vault-k8s`,
// `external-secrets`, `sriov`, `kubeadm`, `[preflight]`, `kube-controller-manager`,
// `cloud-controller-manager`, `aws-load-balancer`, `ingress-gce`, `apisix`, `kong`,
// `haproxy-ingress`, `skipper`, `openkruise`, `clusternet`, `liqo`, `cluster-api`, `metal3`,
// `ironic`, `tinkerbell`, `kubecost`, `opencost`, `chaos-mesh`, `litmus`, `kubeshark`, `botkube`,
// `robusta`, `goldilocks`, `polaris`, `vpa`, `ztunnel`, `kubernetes-dashboard`,
// `Starting overwatch`, `k9s`, `mosn`, `kubearmor`, `kwok`, `kubewarden`, `cri-dockerd`, `kadalu`,
// `easegress`, `tracee`, `coil`, `kindnet`, `hybridnet`, `konnectivity`, `metrics-server`, `kepler`,
// `kuberay`, `kube-state-metrics`, `headlamp`, `kine`, `kamaji`, `ceph-csi`, `cinder-csi`,
// `storageos`, `carina`, `hwameistor`, `inspektor`, `beyla`, `capsule`, `trust-manager`,
// `grafana-operator`, `jaeger-operator`, `mariadb-operator`, `rabbitmq-cluster-operator`, `katib`,
// `kmesh`, `merbridge`, `aeraki`, `layotto`, `sermant`, `pixiu`, `kata-agent`, `nydus`, `stargz`,
// `overlaybd`, `|th=`, `th=00`, `photon`, `fabedge`, `openelb`, `purelb`, `loxilb`, `kubesphere`,
// `gobgpd`, `"ts":16`, `cloud-provider-kind`, `kube-rbac-proxy`, `kube-eventer`, `event-exporter`,
// `kubelet-csr-approver`, `kapp-controller`, `kpack`, `shipwright`, `kubeslice`, `admiralty`,
// `open-cluster-management`, `kubeone`, `kubermatic`, `INFO[08:`, `DEBU[`, `CET]`,
// `Determine hostname`, `kops`, `eksctl`, `k3d`, `INFO[0000]`, `clusterctl`, `csi-baremetal`,
// `nested-logrus`, `[ERRO] [`). None of Network Service Mesh, csi-baremetal, KubeOne, OpenELB,
// overlaybd, Inspektor Gadget or kube-eventer is in any table, and no table holds the nested
// formatter's `Mmm dd HH:mm:ss.SSS [INFO] [` line (`[cmd:` matches only Cloverleaf's bracket,
// `Determine hostname` only a Hadoop message, `photon` only Photon Server's log4net, `nested-logrus`
// only an earlier grep list). Left out as measured already: every product in the list above that a
// table holds (Multus, Rook, Longhorn, LINSTOR, KubeVirt, Emissary, Dapr, k0s, Karpenter, Talos,
// Kuma, KEDA, MetalLB, Velero, Strimzi, Antrea, Kube-OVN, gVisor, Kata, crun, Podman, CRI-O,
// Linkerd, Cilium, Calico, Istio and ztunnel, OpenEBS, MOSN, Easegress, the earlier passes'
// kube-monkey, Kiali, OpenCost, crictl, Flagger, Kubeshark and the rest). Left out as not confirmed
// by any search: Carina's, Hybridnet's, FabEdge's, PureLB's, KubeSlice's, Layotto's and
// kubelet-csr-approver's own lines. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The nested formatter's `Nov 29 07:41:16.212` has no year (2026) and no zone
// (UTC). KubeOne's `08:41:16 CET` is a time of day on the clock's day, CET +01:00, so 07:41:16Z.
// OpenELB's JSON `ts` is epoch seconds with a fraction; its klog lines and kube-eventer's carry no
// year. overlaybd's and Inspektor Gadget's stamps are a zone-less local time (UTC) and RFC 3339 in
// Z; in the journal the journal's time and ig's own are the same second. Levels only where the line
// marks one: the nested formatter's INFO DEBU WARN ERRO, logrus' word before KubeOne's bracket,
// zap's `level`, klog's I/W/E letter, alog's padded INFO WARN ERROR, logrus' `level=`. The host is
// the record's host field: only the journal's; KubeOne's `node=`, NSM's `[cmd:]` and `[id:]`,
// OpenELB's Service name and namespace, overlaybd's registry and kube-eventer's sink are no hosts.
// No family here writes a record over several lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout
// the source says "from memory" (kube-eventer's klog lines). Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 6b818f1 before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 87.2 %, host 100.0 %, records 100.0 %), in a
// worktree at 6b818f1 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is KubeOne's clock inside logrus' level bracket
// (`INFO[08:41:16 CET]`), which trawl does not read, leaving every KubeOne record without a time.

var fresh610Cases = []worldCase{
	{
		name:   "nsm-nsmgr-nested-logrus",
		source: "Network Service Mesh's nsmgr, registry and forwarder as kubectl logs shows them (the SDK's logrus with the nested formatter: `Mmm dd HH:mm:ss.SSS [LEVL] [key:value]… msg`, four-letter levels INFO DEBU WARN ERRO TRAC): networkservicemesh/deployments-k8s issue #9726 and networkservicemesh/sdk PR #1506 (pasted nsmgr logs)",
		why:    "a year-less syslog-like date with milliseconds; the level is a four-letter word in brackets; `[cmd:/bin/nsmgr]`, `[id:…]` and `[type:…]` are fields, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.212Z", Info, "", "Nov 29 07:41:16.212 [INFO] [cmd:/bin/nsmgr] Setting env variable DLV_LISTEN_NSMGR to a valid dlv '--listen' value will cause the dlv debugger to execute this binary and listen as directed."),
			we("2026-11-29T07:41:16.230Z", Info, "", "Nov 29 07:41:16.230 [INFO] [cmd:/bin/nsmgr] Config: &{Name:nsmgr-q7kzt ListenOn:[unix:///var/lib/networkservicemesh/nsm.io.sock tcp://:5001] RegistryURL:{Scheme:tcp Host:registry:5002} MaxTokenLifetime:10m0s LogLevel:INFO}"),
			we("2026-11-29T07:41:19.408Z", Debug, "", `Nov 29 07:41:19.408 [DEBU] [id:4c1e7a2b-90d3-4f5e-b8a1-2d6c3e9f0a17] [type:networkService] server-request={"id":"4c1e7a2b-90d3-4f5e-b8a1-2d6c3e9f0a17","network_service":"vl3-lab","mechanism":{"cls":"LOCAL","type":"KERNEL"}}`),
			we("2026-11-29T07:41:24.771Z", Warn, "", "Nov 29 07:41:24.771 [WARN] [id:4c1e7a2b-90d3-4f5e-b8a1-2d6c3e9f0a17] [heal:eventLoop] [type:networkService] data plane is down, reselecting the forwarder"),
			we("2026-11-29T07:41:25.013Z", Error, "", `Nov 29 07:41:25.013 [ERRO] [id:4c1e7a2b-90d3-4f5e-b8a1-2d6c3e9f0a17] [type:networkService] Error returned from sdk/pkg/networkservice/common/discover/discoverCandidateServerChainElement.Request: network service endpoint for service vl3-lab not found`),
		},
	},
	{
		name:   "csi-baremetal-nested-logrus-component",
		source: "Dell's csi-baremetal node and controller services (logrus with the nested formatter: `Mmm dd HH:mm:ss.SSS [LEVL] [Component] [Method] msg`): dell/csi-baremetal issue #262 (pasted node-service lines)",
		why:    "a year-less date with milliseconds; the four-letter level in the first bracket; `[VolumeManager] [Discover]` are a component and a method, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.105Z", Info, "", "Nov 29 07:41:16.105 [INFO] [VolumeManager] [Discover] Found 4 drives on node 2f8a91c4-7d1e-4b6a-a3c9-0e5d7b2f1c88"),
			we("2026-11-29T07:41:16.322Z", Debug, "", "Nov 29 07:41:16.322 [DEBU] [LVGController] [Reconcile] Reconcile LogicalVolumeGroup lvg-5c2e19aa"),
			we("2026-11-29T07:41:42.412Z", Error, "", `Nov 29 07:41:42.412 [ERRO] [VolumeManager] [Discover] unable to inspect system LVG: drives.baremetal-csi.dellemc.com "system drive" not found`),
			we("2026-11-29T07:42:12.453Z", Warn, "", "Nov 29 07:42:12.453 [WARN] [NodePublishVolume] [CSINodeService] volume pvc-9b3e4c21-66f0-4a1d-8e7b-d5a2c0f8e913 is already published to /var/lib/kubelet/pods/71c0e5d2/volumes/kubernetes.io~csi/pvc-9b3e4c21/mount"),
		},
	},
	{
		name:   "kubeone-logrus-clock-zone",
		source: "KubeOne's `kubeone apply -v` on the operator's terminal (logrus' text formatter without colour: `LEVL[HH:mm:ss ZONE] msg` padded, then `node=<address>` fields; INFO DEBU WARN): kubermatic/kubeone issue #2904 (a pasted verbose run)",
		why:    "a time of day with a zone abbreviation and no date (the clock's day, CET is +01:00); the level is the word before the bracket; `node=` names the machine a task acts on, not the writer, so no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "INFO[08:41:16 CET] Determine hostname...                        "),
			we("2026-11-29T07:41:17Z", Debug, "", `DEBU[08:41:17 CET] Hostname is already set to "cp-1.lab.internal"  node=10.20.0.11`),
			we("2026-11-29T07:41:17Z", Debug, "", `DEBU[08:41:17 CET] Operating system is already set to "ubuntu"   node=10.20.0.11`),
			we("2026-11-29T07:41:18Z", Info, "", "INFO[08:41:18 CET] Running host probes...                       "),
			we("2026-11-29T07:41:52Z", Warn, "", `WARN[08:41:52 CET] Task failed, error was: runtime: running task on "10.20.0.12"  node=10.20.0.12`),
		},
	},
	{
		name:   "openelb-manager-zap-epoch-and-klog",
		source: "OpenELB's openelb-manager as kubectl logs shows it (controller-runtime's zap in production JSON with `ts` in epoch seconds, interleaved with client-go's klog leader election lines `I1130 16:05:32.946446       1 leaderelection.go:242] …`): openelb/openelb issue #318 (the full manager log pasted)",
		why:    "two shapes in one stream: JSON whose `ts` is epoch seconds with a fraction and `level` a word, and klog's letter-and-MMDD header with no year; `name`/`namespace` are a Service's, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.944Z", Info, "", `{"level":"info","ts":1795938076.944,"logger":"controller-runtime.builder","msg":"Registering a validating webhook","GVK":"network.kubesphere.io/v1alpha2, Kind=Eip","path":"/validate-network-kubesphere-io-v1alpha2-eip"}`),
			we("2026-11-29T07:41:16.9465Z", Info, "", `{"level":"info","ts":1795938076.9465,"logger":"gobgpd","msg":"gobgpd starting"}`),
			we("2026-11-29T07:41:16.946446Z", Info, "", "I1129 07:41:16.946446       1 leaderelection.go:242] attempting to acquire leader lease  openelb-system/openelb-speaker..."),
			we("2026-11-29T07:41:16.954802Z", Info, "", "I1129 07:41:16.954802       1 leaderelection.go:252] successfully acquired lease openelb-system/openelb-speaker"),
			we("2026-11-29T07:41:19.215Z", Error, "", `{"level":"error","ts":1795938079.215,"logger":"controller-runtime.manager.controller.service","msg":"Reconciler error","name":"web-front","namespace":"shop","error":"no available eip in pool eip-lab"}`),
			we("2026-11-29T07:41:20.118734Z", Error, "", "E1129 07:41:20.118734       1 leaderelection.go:330] error retrieving resource lock openelb-system/openelb-speaker: context deadline exceeded"),
		},
	},
	{
		name:   "overlaybd-tcmu-photon-alog",
		source: "overlaybd-tcmu, containerd's overlaybd snapshotter's block device daemon (/var/log/overlaybd.log, PhotonLibOS' alog: `yyyy/MM/dd HH:mm:ss.uuuuuu|LEVEL|th=<thread>|file:line|func:msg`, the level padded to five): PhotonLibOS alog.cpp's header writer (found with find_string `|INFO |th=`), a Photon-based cache's pasted kubectl logs, containerd/overlaybd issue #86",
		why:    "a slashed date with microseconds glued to a pipe; the level word padded inside pipes; the thread id and file:line are no time and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102334Z", Info, "", "2026/11/29 07:41:16.102334|INFO |th=00007F3A1C2E5700|/src/overlaybd/main.cpp:402|main:overlaybd-tcmu 1.0.15 starting, log file /var/log/overlaybd.log"),
			we("2026-11-29T07:41:16.102871Z", Info, "", "2026/11/29 07:41:16.102871|INFO |th=00007F3A1C2E5700|/src/overlaybd/image_service.cpp:291|init:global config: cacheType=file, cacheDir=/opt/overlaybd/registry_cache, cacheSizeGB=8"),
			we("2026-11-29T07:41:19.660418Z", Warn, "", "2026/11/29 07:41:19.660418|WARN |th=00007F3A0B7FE700|/src/overlaybd/registryfs/registryfs_v2.cpp:188|get_actual_url:retry get blob url, code=503, blob=sha256:3f1c2b9e7a41"),
			we("2026-11-29T07:41:21.004112Z", Error, "", "2026/11/29 07:41:21.004112|ERROR|th=00007F3A0B7FE700|/src/overlaybd/image_file.cpp:217|open_lowers:failed to open remote file registry.lab.internal/shop/web:2.4 (errno: 5)"),
			we("2026-11-29T07:41:21.004390Z", Error, "", "2026/11/29 07:41:21.004390|ERROR|th=00007F3A0B7FE700|/src/overlaybd/image_file.cpp:402|init_image_file:image file init failed: /run/overlaybd-snapshotter/snapshots/412/block/config.v1.json"),
		},
	},
	{
		name:   "inspektor-gadget-daemon-logrus",
		source: "Inspektor Gadget's gadget DaemonSet (gadgettracermanager) as `kubectl logs -n gadget ds/gadget` shows it (logrus' text formatter: `time=\"RFC3339\" level=… msg=\"…\"`): inspektor-gadget/inspektor-gadget PR #4674 (pasted daemon logs) and issue #4414",
		why:    "logfmt keys with a quoted RFC 3339 time in Z; the level is the `level=` value; a node or container named in msg is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="Inspektor Gadget version: 0.48.1"`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="Config: daemon-log-level=debug"`),
			we("2026-11-29T07:41:17Z", Debug, "", `time="2026-11-29T07:41:17Z" level=debug msg="container runtime client for \"containerd\" connected at /run/containerd/containerd.sock"`),
			we("2026-11-29T07:41:18Z", Warn, "", `time="2026-11-29T07:41:18Z" level=warning msg="Runtime enricher (cri-o): couldn't get current containers: dial unix /run/crio/crio.sock: connect: no such file or directory"`),
			we("2026-11-29T07:41:22Z", Error, "", `time="2026-11-29T07:41:22Z" level=error msg="gadget trace_exec: loading eBPF program: operation not permitted"`),
		},
	},
	{
		name:   "inspektor-gadget-ig-journal",
		source: "Inspektor Gadget's `ig daemon` run headless from ig.service, read with journalctl (the journal's `Mmm dd HH:mm:ss host ig[pid]:` before ig's logrus `time=\"…\" level=… msg=\"…\"`): inspektor-gadget/inspektor-gadget issue #4414 (ig in the journal) and PR #4674 (the logrus line)",
		why:    "the journal's year-less time and ig's own RFC 3339 time of the same second; the journal's host; the level from ig's `level=`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "edge-node-3", `Nov 29 07:41:16 edge-node-3 ig[1208]: time="2026-11-29T07:41:16Z" level=info msg="starting Inspektor Gadget daemon at unix:///var/run/ig/ig.socket"`),
			we("2026-11-29T07:41:16Z", Debug, "edge-node-3", `Nov 29 07:41:16 edge-node-3 ig[1208]: time="2026-11-29T07:41:16Z" level=debug msg="loaded 4 operators: ebpf, wasm, LocalManager, otel-metrics"`),
			we("2026-11-29T07:41:31Z", Warn, "edge-node-3", `Nov 29 07:41:31 edge-node-3 ig[1208]: time="2026-11-29T07:41:31Z" level=warning msg="no BTF found for kernel 5.15.0-1071-raspi, falling back to btfhub"`),
			we("2026-11-29T07:41:33Z", Error, "edge-node-3", `Nov 29 07:41:33 edge-node-3 ig[1208]: time="2026-11-29T07:41:33Z" level=error msg="running gadget ghcr.io/inspektor-gadget/gadget/trace_open:v0.48.1: pulling image: unauthorized"`),
		},
	},
	{
		name:   "kube-eventer-klog",
		source: "AliyunContainerService's kube-eventer (the event exporter to DingTalk, Kafka, Elasticsearch sinks) as kubectl logs shows it (client-go's klog `Lmmdd hh:mm:ss.uuuuuu pid file:line] msg`): from memory",
		why:    "klog's letter-and-MMDD header with no year; the sink's webhook host and the event's node are no host of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.203118Z", Info, "", "I1129 07:41:16.203118       1 eventer.go:67] /kube-eventer --source=kubernetes:https://kubernetes.default --sink=dingtalk:https://oapi.dingtalk.com/robot/send?access_token=REDACTED&label=lab-cluster&level=Warning"),
			we("2026-11-29T07:41:16.204911Z", Info, "", "I1129 07:41:16.204911       1 eventer.go:68] kube-eventer version: v1.2.7"),
			we("2026-11-29T07:41:16.388402Z", Info, "", "I1129 07:41:16.388402       1 eventer.go:95] Starting eventer"),
			we("2026-11-29T07:42:00.001577Z", Info, "", "I1129 07:42:00.001577       1 manager.go:102] Exporting 3 events"),
			we("2026-11-29T07:42:00.612930Z", Error, "", "E1129 07:42:00.612930       1 dingtalk.go:151] failed to send msg to dingtalk. error: Post \"https://oapi.dingtalk.com/robot/send\": dial tcp: lookup oapi.dingtalk.com: i/o timeout"),
		},
	},
}

func TestFresh610Formats(t *testing.T) { assertTable(t, fresh610Cases) }
func TestFresh610Score(t *testing.T) {
	checkScore(t, "fresh610 formats", fresh610Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
