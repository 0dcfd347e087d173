package parse

import "testing"

// The five-hundred-and-twenty-second fresh table: Kubernetes and container platforms, a further
// pass, shapes no earlier table holds, as `kubectl logs`, crictl and the cluster's CLIs show them.
// Each family is one product's documented or observed output: Rancher's local-path-provisioner
// (the provisioner library's klog lines interleaved with its own logrus text); crictl on a node with
// no endpoint configured (logrus' elapsed-seconds `WARN[0000]`, the CRI client's klog line, `FATA`,
// then a `crictl ps` table); `istioctl analyze -A` (untimed `Level [ISTnnnn] (Kind ns/name) text`
// lines and cobra's two-line error); Rancher's system-upgrade-controller (klog, then logrus with
// `func=` and `file=` fields); Flagger's zap JSON with a `canary` field; AAD Pod Identity's NMI node
// agent (klog with its `Status (200) took N ns for req.method=…` lines); Alibaba's Terway CNI daemon
// (klog with no thread id column); the NFS subdir external provisioner (klog with the event
// recorder's `type: 'Warning'` lines).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first: `kyverno`, `gatekeeper`, `cert-manager`, `argocd`, `argo-cd`, `flux`,
// `velero`, `longhorn`, `rook`, `calico`, `felix`, `cilium`, `flannel`, `weave`, `multus`, `antrea`,
// `kube-router`, `kube-ovn`, `istio`, `linkerd`, `kuma`, `traefik`, `ingress-nginx`, `metallb`,
// `external-dns`, `cluster-autoscaler`, `karpenter`, `keda`, `knative`, `tekton`, `crossplane`,
// `kube-vip`, `kube-state-metrics`, `metrics-server`, `coredns`, `etcd`, `containerd`, `cri-o`,
// `crio`, `podman`, `kata`, `gvisor`, `runsc`, `sysbox`, `k3s`, `k0s`, `microk8s`, `kind`,
// `minikube`, `talos`, `machined`, `rancher`, `openshift`, `nomad`, `swarm`, `portainer`, `harbor`,
// `dragonfly`, `spegel`, `kube-proxy`, `konnectivity`, `aws-node`, `amazon-vpc-cni`, `azure-cni`,
// `ebs-csi`, `csi-provisioner`, `secrets-store`, `vault-agent`, `spire`, `falco`, `trivy`,
// `kubescape`, `prometheus-operator`, `thanos`, `promtail`, `fluent-bit`, `vector`, `cluster-api`,
// `capi`, `strimzi`, `cloudnative-pg`, `cnpg`, `patroni`, `spilo`, `eck`, `jaeger`, `olm`, `kiali`,
// `kubevirt`, `virt-handler`, `whereabouts`, `submariner`, `skupper`, `consul`, `contour`,
// `emissary`, `kong`, `gloo`, `haproxy-ingress`, `typha`, `tigera`, `nvidia-device-plugin`,
// `gpu-operator`, `node-feature-discovery`, `descheduler`, `kured`, `system-upgrade-controller`,
// `system-upgrade`, `reloader`, `sealed-secrets`, `external-secrets`, `dex`, `oauth2-proxy`,
// `argo-workflows`, `argo-rollouts`, `flagger`, `"canary"`, `podinfo`, `canary`, `chaos-mesh`,
// `litmus`, `kubeflow`, `kuberay`, `volcano`, `kueue`, `yunikorn`, `kubecost`, `opencost`,
// `goldilocks`, `vertical-pod-autoscaler`, `vpa-recommender`, `recommender`, `kubelet`,
// `kube-scheduler`, `kubeadm`, `kube-apiserver`, `kube-controller-manager`,
// `cloud-controller-manager`, `crictl`, `kubectl logs`, `youki`, `crun`, `runc`, `conmon`,
// `buildkit`, `kaniko`, `skaffold`, `tilt`, `helm`, `kustomize`, `k9s`, `stern`, `lens`, `openebs`,
// `portworx`, `mayastor`, `topolvm`, `local-path-provisioner`, `local-path`, `nfs-subdir`,
// `nfs-client-provisioner`, `nfs-provisioner`, `nfs-server-provisioner`, `ganesha`, `epoch 5b`,
// `democratic-csi`, `csi-driver-nfs`, `smb.csi`, `juicefs`, `seaweed`, `minio`, `ceph-csi`,
// `trident`, `vsphere-csi`, `csi-attacher`, `csi-resizer`, `csi-snapshotter`,
// `node-driver-registrar`, `livenessprobe`, `csi-s3`, `geesefs`, `synology`, `powerstore`,
// `alluxio`, `fluid`, `heketi`, `[negroni]`, `[kubeexec]`, `aws-load-balancer-controller`,
// `ingress-gce`, `gke-metadata`, `azure-workload-identity`, `aad-pod-identity`, `aad-pod`,
// `pod identity`, `nmi`, `server.go:196`, `mic`, `kube2iam`, `kiam`, `node-problem-detector`,
// `kube-bench`, `polaris`, `datree`, `kube-linter`, `kube-score`, `kubeconform`, `kubeval`,
// `popeye`, `pluto`, `kubearmor`, `tetragon`, `tracee`, `hubble`, `spiderpool`, `terway`, `kilo`,
// `coil`, `ovn-kubernetes`, `ovnkube`, `openshift-sdn`, `sriov`, `bond-cni`, `macvlan`,
// `cni-plugins`, `bandwidth plugin`, `portmap`, `nginx-ingress-controller`, `envoy-gateway`,
// `cilium-envoy`, `ztunnel`, `ambient`, `pilot-discovery`, `istiod`, `istioctl`, `IST0`,
// `Analyzers found issues`, `No validation issues`, `linkerd check`, `linkerd-proxy`,
// `linkerd2-proxy`, `osm-controller`, `open-service-mesh`, `consul-dataplane`, `kuma-dp`, `kmesh`,
// `traefik mesh`, `maesh`, `nginx service mesh`, `aws app mesh`, `appmesh`, `dapr`, `daprd`,
// `kubevip`, `kube-vip-cloud`, `cri-dockerd`, `dockershim`, `firecracker`, `cloud-hypervisor`,
// `virtink`, `kwok`, `vcluster`, `loft`, `capsule`, `hierarchical namespace`, `hnc`, `kubed`,
// `cluster-proportional-autoscaler`, `cluster-proportional`, `nodelocaldns`, `node-local-dns`,
// `kube-dns`, `dnsmasq-nanny`, `kubekey`, `kk create`, `success: [`, `GreetingsModule`, `sealos`,
// `k3d`, `event-exporter`, `machine-config`, `kube-mgmt`, `nydus`, `stargz`, `zot`, `runwasi`,
// `spin`, `wasmedge`, `krustlet`, `pixie`, `vela`, `kubevela`, `karmada`, `openkruise`, `kruise`,
// `clusternet`, `liqo`, `spark-operator`, `flink`, `camel-k`, `bank-vaults`, `cadvisor`,
// `prometheus-adapter`, `fluentd`, `datadog`, `dynatrace`, `sysdig`, `node_exporter`,
// `cluster-proportional`, `hcloud`, `hetzner`, `ccm`, `lxc`, `nspawn`, `k8s-device-plugin`,
// `intel-device`, `kubeapps`, `kubero`, `epinio`, `openfaas`, `faas-netes`, `fission`, `kubeless`,
// `keptn`, `backstage`, `kubebuilder`, `controller-runtime`, `ko build`, `jib`, and the fragments
// `runtime connect using default`, `WARN[0000]`, `ERRO[0000]`, `FATA[0000]`, `remote_runtime.go`,
// `connect using default`, `DEFAULT_PATH_FOR_NON_LISTED`, `helper-pod`,
// `Starting provisioner controller`, `leaderelection.go`, `client_config.go`,
// `Neither --kubeconfig`, `func="github.com/rancher`, `wrangler`, `lasso`. Most Kubernetes products
// those strings name are families of an earlier table or were weighed by one (the control plane
// and kubelet's klog, etcd, containerd, CRI-O, the OCI runtimes, the Calico, Cilium, Flannel,
// Antrea, Kube-OVN, Multus, Whereabouts and AWS VPC CNIs, Istio's proxies and istiod, Linkerd,
// Consul, Kuma, Envoy, the ingress controllers, the CSI drivers named in fresh483, Heketi, KubeKey,
// the VPA recommender, Dapr, OpenFaaS, the OpenShift machine-config daemon, k3d, Kyverno, Argo,
// Flux, cert-manager and the rest that fresh483's header lists), so they were left out as measured
// already. `client_config.go`, `Neither --kubeconfig`, `leaderelection.go`, `wrangler`, `lasso`,
// `IST0` (a SCADA line's id), `crictl` (CoreDNS read with `crictl logs -t`, a minikube audit row,
// never crictl's own stderr) and `local-path` (grep lists only) match only other products' lines.
// None of local-path-provisioner, crictl's own warnings, `istioctl analyze`, the
// system-upgrade-controller, Flagger, AAD Pod Identity's NMI, Terway or the NFS subdir external
// provisioner is in any table. Left out as not confirmed by any search, or confirmed only as plain
// klog already measured: Kmesh, Traefik Mesh, NGINX Service Mesh, openshift-sdn, kube-mgmt,
// runwasi's shims and the CSI sidecars (csi-attacher, livenessprobe). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). klog's `I1129 07:41:16.318402` has no year (2026) and no zone (UTC, as pods
// log), with or without Terway's missing thread id column; logrus' `time="…Z"` and Flagger's `ts`
// end in Z. crictl's `WARN[0000]` counts seconds since the command started and is no time, nor is
// `2 hours ago` in its table; `istioctl analyze` writes no time. Terway's `expireAt=… +0000 UTC` and
// `updateAt=… m=+…`, NMI's nanosecond durations and the system-upgrade-controller's `file=…:519`
// are no times of a record. Levels only where the line marks one: klog's letter, logrus' `level=`
// and its short `WARN`/`ERRO`/`FATA` (FATA is Critical), zap's `level` key, istioctl's leading
// Error, Warning or Info and cobra's `Error:`; the event recorder's `type: 'Warning'`, Flagger's
// `Halt advancement` at info and the `crictl ps` rows carry no level of their own. No family has a
// host field: the node in local-path's `at worker-3:/opt/…`, NMI's `req.remote`, Flagger's
// `canary`, Terway's metadata server, namespaces, pods and plans are no hosts. A record that spans
// lines is one entry: cobra's `Error: Analyzers found issues …` with its `See https://…` line.
// crictl's table header is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit deac384 before any rule for it: level 100.0 %, time 100.0 %,
// host 100.0 %, records 97.5 %. That is the macro figure (micro: level 100.0 %, time 100.0 %, host
// 100.0 %, records 97.6 %), in a worktree at deac384 with no change to trawl's code (only this file
// and table_test.go's list), 7 of 8 families fully right; the gap is istioctl's two-line cobra
// error, whose `See https://…` line trawl reads as a record of its own.

var fresh522Cases = []worldCase{
	{
		name:   "local-path-provisioner-klog-and-logrus",
		source: "Rancher's local-path-provisioner read with `kubectl logs -n local-path-storage deploy/local-path-provisioner` (the sig-storage provisioner library's klog lines `Lmmdd hh:mm:ss.uuuuuu pid file:line] msg` interleaved with the provisioner's own logrus text `time=\"RFC 3339 Z\" level=… msg=\"…\"`): k3s-io/k3s issue #9834, rancher/local-path-provisioner issues #39, #102 and #265",
		why:    "two shapes in one stream: klog's letter and logrus' level= key; klog has no year (2026) and no zone (UTC); the node in `at worker-3:/opt/…` is no host; the helper pod's failure is one line of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", `time="2026-11-29T07:41:16Z" level=debug msg="Applied config: {\"nodePathMap\":[{\"node\":\"DEFAULT_PATH_FOR_NON_LISTED_NODES\",\"paths\":[\"/opt/local-path-provisioner\"]}]}"`),
			we("2026-11-29T07:41:16.318402Z", Info, "", "I1129 07:41:16.318402       1 leaderelection.go:250] attempting to acquire leader lease local-path-storage/rancher.io-local-path..."),
			we("2026-11-29T07:41:16.520777Z", Info, "", "I1129 07:41:16.520777       1 controller.go:811] Starting provisioner controller rancher.io/local-path_local-path-provisioner-5d9c7f6b8-qw4ts_0b7e2c41-9a3d-4f5e-8c21-6d4a1b7f3e90!"),
			we("2026-11-29T07:43:02.114903Z", Info, "", `I1129 07:43:02.114903       1 controller.go:1337] provision "shop/orders-data" class "local-path": started`),
			we("2026-11-29T07:43:02Z", Info, "", `time="2026-11-29T07:43:02Z" level=info msg="Creating volume pvc-4e1a9c02-7b3d-4f6a-9e58-2c7d0b1f8a36 at worker-3:/opt/local-path-provisioner/pvc-4e1a9c02-7b3d-4f6a-9e58-2c7d0b1f8a36_shop_orders-data"`),
			we("2026-11-29T07:45:04.201556Z", Error, "", `E1129 07:45:04.201556       1 controller.go:974] error syncing claim "4e1a9c02-7b3d-4f6a-9e58-2c7d0b1f8a36": failed to provision volume with StorageClass "local-path": failed to create volume pvc-4e1a9c02-7b3d-4f6a-9e58-2c7d0b1f8a36: create process timeout after 120 seconds`),
		},
	},
	{
		name:   "crictl-default-endpoints-logrus-elapsed",
		source: "crictl (cri-tools 1.2x) run on a node with no /etc/crictl.yaml: logrus' short form on stderr `WARN[0000] runtime connect using default endpoints: [...]. As the default settings are now deprecated, you should set the endpoint instead.`, `ERRO[0000]`, the CRI client's klog `E1129 … remote_runtime.go:390] \"…\" err=… filter=…`, then `FATA[0000] listing containers: …`; the table of a later `crictl ps` with the endpoint set: kubernetes-sigs/cri-tools issues #1041, #1089 and #703, kubernetes/minikube issue #10175; the table's columns from memory",
		why:    "logrus' `[0000]` is seconds since start, no time; the klog line in between has its own time; FATA is Critical; the `crictl ps` rows' `2 hours ago` is no time and the rows carry no level",
		entries: []worldEntry{
			we("", Warn, "", "WARN[0000] runtime connect using default endpoints: [unix:///var/run/dockershim.sock unix:///run/containerd/containerd.sock unix:///run/crio/crio.sock unix:///var/run/cri-dockerd.sock]. As the default settings are now deprecated, you should set the endpoint instead. "),
			we("", Warn, "", "WARN[0000] image connect using default endpoints: [unix:///var/run/dockershim.sock unix:///run/containerd/containerd.sock unix:///run/crio/crio.sock unix:///var/run/cri-dockerd.sock]. As the default settings are now deprecated, you should set the endpoint instead. "),
			we("2026-11-29T07:41:16.702318Z", Error, "", `E1129 07:41:16.702318   48211 remote_runtime.go:390] "ListContainers with filter from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing dial unix /var/run/dockershim.sock: connect: no such file or directory\"" filter="&ContainerFilter{Id:,State:&ContainerStateValue{State:CONTAINER_RUNNING,},PodSandboxId:,LabelSelector:map[string]string{},}"`),
			we("", Critical, "", `FATA[0000] listing containers: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial unix /var/run/dockershim.sock: connect: no such file or directory" `),
			wskip("CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD"),
			we("", Unknown, "", "9c41e7a2b3d05       a1f3c9e07b2d4       2 hours ago         Running             coredns             0                   5e7d2a9c4b1f0       coredns-7db6d8ff4d-h2k9p"),
			we("", Unknown, "", "2b8f06d1c7e93       e4c1a7b9d3f20       2 hours ago         Running             kube-proxy          1                   81c3f5a0d9e27       kube-proxy-m4xqz"),
		},
	},
	{
		name:   "istioctl-analyze-report",
		source: "`istioctl analyze -A` (Istio 1.2x: one line a message, `Level [ISTnnnn] (Kind namespace/name) text` with the level word Error, Warning or Info, then cobra's `Error: Analyzers found issues when analyzing all namespaces.` whose error message carries a second line `See https://istio.io/v1.x/docs/reference/config/analysis for more information about causes and resolutions.`): istio/istio PR #27793 and issues #27390, #30874 and #31918, istio.io 'Diagnose your Configuration with Istioctl Analyze'",
		why:    "untimed lines; the level word before the bracketed code; namespaces, services and ports are no hosts; cobra's two-line error is one record",
		gap:    "the `See https://istio.io/…/analysis for more information about causes and resolutions.` line, the second line of cobra's `Error: Analyzers found issues …` message, is read as a record of its own instead of being joined to the Error line",
		entries: []worldEntry{
			we("", Error, "", `Error [IST0101] (VirtualService shop/checkout) Referenced host not found: "checkout-v2.shop.svc.cluster.local"`),
			we("", Warn, "", "Warning [IST0103] (Pod shop/cart-6b9d4c7f5-tq2lr) The pod shop/cart-6b9d4c7f5-tq2lr is missing the Istio proxy. This can often be resolved by restarting or redeploying the workload."),
			we("", Info, "", "Info [IST0102] (Namespace monitoring) The namespace is not enabled for Istio injection. Run 'kubectl label namespace monitoring istio-injection=enabled' to enable it, or 'kubectl label namespace monitoring istio-injection=disabled' to explicitly mark it as not needing injection."),
			we("", Info, "", "Info [IST0118] (Service shop/inventory) Port name inv (port: 8080, targetPort: 8080) doesn't follow the naming convention of Istio port."),
			we("", Error, "",
				"Error: Analyzers found issues when analyzing all namespaces.",
				"See https://istio.io/v1.24/docs/reference/config/analysis for more information about causes and resolutions."),
		},
	},
	{
		name:   "system-upgrade-controller-logrus-func-file",
		source: "Rancher's system-upgrade-controller read with `kubectl logs -n system-upgrade deploy/system-upgrade-controller` (client-go's klog warning first, then wrangler's and lasso's logrus text `time=\"RFC 3339 Z\" level=… msg=\"…\" func=\"…\" file=\"…:line\"`, and lasso's klog `E… controller.go:N] error syncing '…': handler …, requeuing`): rancher/system-upgrade-controller issues #125, #147, #158 and #25",
		why:    "klog and logrus with func= and file= fields; `file=\"…/init.go:503\"` is no time; the plan and node names are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.881204Z", Warn, "", "W1129 07:41:16.881204       1 client_config.go:659] Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work."),
			we("2026-11-29T07:41:18Z", Info, "", `time="2026-11-29T07:41:18Z" level=info msg="Applying CRD plans.upgrade.cattle.io" func="github.com/rancher/wrangler/v3/pkg/crd.(*Factory).createCRD" file="/go/pkg/mod/github.com/rancher/wrangler/v3@v3.1.0/pkg/crd/init.go:519"`),
			we("2026-11-29T07:41:19Z", Debug, "", `time="2026-11-29T07:41:19Z" level=debug msg="DesiredSet - No change(2) apiextensions.k8s.io/v1, Kind=CustomResourceDefinition /plans.upgrade.cattle.io for  plans.upgrade.cattle.io" func="github.com/rancher/wrangler/v3/pkg/apply.(*desiredSet).compareObjects" file="/go/pkg/mod/github.com/rancher/wrangler/v3@v3.1.0/pkg/apply/desiredset_compare.go:254"`),
			we("2026-11-29T07:41:20Z", Info, "", `time="2026-11-29T07:41:20Z" level=info msg="Starting upgrade.cattle.io/v1, Kind=Plan controller" func="github.com/rancher/lasso/pkg/controller.(*controller).run" file="/go/pkg/mod/github.com/rancher/lasso@v0.0.0-20240924233157-8f384efc8813/pkg/controller/controller.go:148"`),
			we("2026-11-29T07:52:07.415630Z", Error, "", "E1129 07:52:07.415630       1 controller.go:135] error syncing 'system-upgrade/k3s-agent': handler system-upgrade-controller: DesiredSet - Replace Wait batch/v1, Kind=Job system-upgrade/apply-k3s-agent-on-edge-node-4-with-9c1d7e0b2a4f-3e61c for system-upgrade-controller system-upgrade/k3s-agent, requeuing"),
		},
	},
	{
		name:   "flagger-zap-json-canary",
		source: "Flagger read with `kubectl -n istio-system logs deploy/flagger` (zap's production JSON with an ISO-8601 `ts`: `{\"level\":…,\"ts\":\"yyyy-MM-ddTHH:mm:ss.SSSZ\",\"caller\":\"controller/events.go:33\",\"msg\":…,\"canary\":\"name.namespace\"}`): fluxcd/flagger issues #273, #1689 and #1732; the error line's caller from memory",
		why:    "a JSON record with the level and an ISO time under zap's keys; `canary` names a workload, no host; `Halt advancement` is logged at info although it reads like a warning",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"level":"info","ts":"2026-11-29T07:41:16.204Z","caller":"flagger/main.go:149","msg":"Starting flagger version 1.40.0 revision 3c9f1d2 mesh provider istio"}`),
			we("2026-11-29T07:48:30.117Z", Info, "", `{"level":"info","ts":"2026-11-29T07:48:30.117Z","caller":"controller/events.go:33","msg":"Starting canary analysis for checkout.shop","canary":"checkout.shop"}`),
			we("2026-11-29T07:48:30.142Z", Info, "", `{"level":"info","ts":"2026-11-29T07:48:30.142Z","caller":"controller/events.go:33","msg":"Advance checkout.shop canary weight 10","canary":"checkout.shop"}`),
			we("2026-11-29T07:49:30.251Z", Info, "", `{"level":"info","ts":"2026-11-29T07:49:30.251Z","caller":"controller/events.go:45","msg":"Halt advancement no values found for istio metric request-success-rate probably checkout.shop is not receiving traffic: running query failed: no values found","canary":"checkout.shop"}`),
			we("2026-11-29T07:53:30.308Z", Error, "", `{"level":"error","ts":"2026-11-29T07:53:30.308Z","caller":"controller/events.go:39","msg":"Rolling back checkout.shop failed checks threshold reached 5","canary":"checkout.shop"}`),
		},
	},
	{
		name:   "aad-pod-identity-nmi-klog-status",
		source: "AAD Pod Identity's NMI DaemonSet 1.6-1.8 read with `kubectl logs -n kube-system nmi-…` (klog: start-up lines, a warning when it flushes iptables, `server.go:191] Status (200) took N ns for req.method=GET reg.path=/metadata/identity/oauth2/token req.remote=10.…` per token request, `E… server.go:370] failed to get matching identities for pod: …`): Azure/aad-pod-identity issues #799, #671, #678 and #1174",
		why:    "klog with no year; the nanosecond duration and the pod's address (`req.remote`) are neither a time nor a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.240866Z", Info, "", "I1129 07:41:16.240866       1 main.go:87] starting nmi process. Version: v1.8.17. Build date: 2026-11-02-18:20."),
			we("2026-11-29T07:41:16.352486Z", Info, "", "I1129 07:41:16.352486       1 server.go:105] listening on port 2579"),
			we("2026-11-29T07:41:16.566502Z", Warn, "", "W1129 07:41:16.566502       1 iptables.go:123] flushing iptables to add aad-metadata custom chains"),
			we("2026-11-29T07:44:09.471207Z", Info, "", "I1129 07:44:09.471207       1 server.go:191] status (200) took 152411087 ns for req.method=GET reg.path=/metadata/identity/oauth2/token req.remote=10.244.3.27"),
			we("2026-11-29T07:46:12.731401Z", Error, "", "E1129 07:46:12.731401       1 server.go:370] failed to get matching identities for pod: payments/ledger-7f5b9c6d4-k8zrn, error: context canceled"),
		},
	},
	{
		name:   "terway-eniip-klog-no-pid",
		source: "Alibaba Cloud's Terway CNI daemon (the terway container of a terway-eniip pod, `kubectl logs -n kube-system terway-eniip-… -c terway`: klog's letter and `mmdd hh:mm:ss.uuuuuu` with no thread id column, then `file:line] subSys=… msg`, some lines carrying Go time strings of credentials): chaos-mesh/chaos-mesh issue #3599 (a pasted terway-eniip log)",
		why:    "klog without the pid column; `expireAt=… +0000 UTC` and `updateAt=… m=+…` inside a message are not the record's time; the metadata server's 100.100.100.200 is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.233267Z", Info, "", "I1129 07:41:16.233267 sts.go:53] subSys=credential resolve encrypted credential /var/addon/token-config"),
			we("2026-11-29T07:41:16.233411Z", Info, "", "I1129 07:41:16.233411 aliyun_client_mgr.go:136] expireAt=2026-11-29 08:56:40 +0000 UTC subSys=clientMgr updateAt=2026-11-29 07:41:16.233408223 +0000 UTC m=+43012.611874502 credential update"),
			we("2026-11-29T07:45:49.508372Z", Error, "", `E1129 07:45:49.508372 pool.go:598] subSys=pool Get "http://100.100.100.200/latest/meta-data/network/interfaces/macs/": dial tcp 100.100.100.200:80: i/o timeout`),
			we("2026-11-29T07:45:52.117940Z", Warn, "", "W1129 07:45:52.117940 pool.go:611] subSys=pool sync pool failed, will retry in 30s"),
		},
	},
	{
		name:   "nfs-subdir-external-provisioner-klog-events",
		source: "kubernetes-sigs' nfs-subdir-external-provisioner 4.0 read with `kubectl logs deploy/nfs-subdir-external-provisioner` (klog from the sig-storage provisioner library: leader election, `controller.go:N] Starting provisioner controller …!`, `provision \"ns/claim\" class \"nfs-client\": started`, the event recorder's `event.go:N] Event(v1.ObjectReference{…}): type: 'Normal' reason: 'Provisioning' …`, and the provisioner's own `W… provisioner.go:N] path … does not exist, deletion skipped`): kubernetes-sigs/nfs-subdir-external-provisioner issue #278, kubernetes-retired/external-storage issue #918",
		why:    "klog letters only: the event's `type: 'Normal'` or `type: 'Warning'` is the message's word, not the record's level; the NFS server named in a path is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.967042Z", Info, "", "I1129 07:41:16.967042       1 leaderelection.go:250] attempting to acquire leader lease default/k8s-sigs.io-nfs-subdir-external-provisioner..."),
			we("2026-11-29T07:41:33.410877Z", Info, "", "I1129 07:41:33.410877       1 controller.go:811] Starting provisioner controller k8s-sigs.io/nfs-subdir-external-provisioner_nfs-subdir-external-provisioner-6f8d9b7c5-r2vxl_5a1c7e3d-2b9f-4d60-a8e4-71c0f2d9b634!"),
			we("2026-11-29T07:43:05.118205Z", Info, "", `I1129 07:43:05.118205       1 controller.go:1337] provision "gitlab/repo-data" class "nfs-client": started`),
			we("2026-11-29T07:43:05.127069Z", Info, "", `I1129 07:43:05.127069       1 event.go:389] Event(v1.ObjectReference{Kind:"PersistentVolumeClaim", Namespace:"gitlab", Name:"repo-data", UID:"be8f79ad-5b0b-4c41-bdee-9b566bfb5c4c", APIVersion:"v1", ResourceVersion:"4981345", FieldPath:""}): type: 'Warning' reason: 'ProvisioningFailed' failed to provision volume with StorageClass "nfs-client": unable to create directory to provision new pv: mkdir /persistentvolumes/gitlab-repo-data-pvc-be8f79ad-5b0b-4c41-bdee-9b566bfb5c4c: permission denied`),
			we("2026-11-29T07:47:40.979734Z", Warn, "", "W1129 07:47:40.979734       1 provisioner.go:160] path /persistentvolumes/gitlab-old-cache-pvc-6a56cd5d-9edd-41e8-826f-005056aeaadc does not exist, deletion skipped"),
		},
	},
}

func TestFresh522Formats(t *testing.T) { assertTable(t, fresh522Cases) }
func TestFresh522Score(t *testing.T) {
	checkScore(t, "fresh522 formats", fresh522Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 97.4})
}
