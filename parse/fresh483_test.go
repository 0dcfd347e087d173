package parse

import "testing"

// The four-hundred-and-eighty-third fresh table: Kubernetes and container platforms, another pass,
// shapes no earlier table holds, as `kubectl logs` or the node's files show them. Each family is
// one product's documented or observed output: kube-monkey's klog lines and the day's schedule it
// prints on stdout as a tab-indented block; the dnsmasq container of a kube-dns pod (the nanny's
// klog lines relaying dnsmasq's own, an empty klog message, a fatal exit with klog's goroutine
// stack); py-kube-downscaler's Python logging (`yyyy-MM-dd HH:mm:ss,SSS LEVEL: msg`, a traceback
// under an ERROR); GoKubeDownscaler's slog JSON with its level under a `severity` key; the EFS CSI
// driver's amazon-efs-mount-watchdog log (`yyyy-MM-dd HH:mm:ss UTC - LEVEL - msg`); Kiali's zerolog
// console (`RFC 3339 Z INF msg`) after automaxprocs' Go log line, with a zerolog JSON line among
// them; OpenCost's cost-model (zerolog's console with nanoseconds); Botkube's logrus text with full
// timestamps (`INFO[RFC 3339] msg`) and a Go runtime panic under it.
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first: `rook`, `op-osd`, ` I | `, `emissary`, `diagd`, `ambassador`,
// `linkerd`, `ThreadId(`, `weave`, `INFO: 20`, `multus`, `[verbose]`, `whereabouts`, `azure-vnet`,
// `azure cni`, `[cni]`, `harbor`, `[/core/`, `oauth2-proxy`, `oauthproxy`, `falco`,
// `Shell spawned`, `hubble`, `FORWARDED`, `kubevirt`, `virt-handler`, `virt-launcher`, `mayastor`,
// `io_engine`, `k9s`, `K9s starting`, `must-gather`, `kaniko`, `INFO[0000]`, `talos`, `[talos]`,
// `longhorn`, `skipper`, `[APP]`, `rancher`, `kubeadm`, `[preflight]`, `kube-bench`, `[PASS]`,
// `nvidia-container`, `nvc.c`, `stern`, `kyverno`, `calico`, `felix`, `cilium`, `flannel`,
// `antrea`, `kube-ovn`, `istio`, `envoy`, `traefik`, `contour`, `kong`, `haproxy-ingress`,
// `ingress-nginx`, `containerd`, `cri-o`, `crio`, `kubelet`, `etcd`, `argocd`, `flux`, `velero`,
// `karpenter`, `metallb`, `kube-vip`, `k3s`, `k0s`, `kata`, `gvisor`, `runsc`, `crun`, `conmon`,
// `podman`, `cert-manager`, `knative`, `keda`, `crossplane`, `tekton`, `strimzi`, `cloudnative-pg`,
// `cnpg`, `tetragon`, `trivy`, `gatekeeper`, `external-dns`, `sealed-secrets`, `dex`, `kuma`,
// `consul`, `ipamd`, `aws-node`, `aws-routed-eni`, `coredns`, `kube-proxy`, `kube-apiserver`,
// `kube-scheduler`, `minikube`, `microk8s`, `openshift`, `helm`, `skaffold`, `tilt`, `buildkit`,
// `portainer`, `nomad`, `kubectl`, `portworx`, `openebs`, `ceph-csi`, `csi-`, `spegel`,
// `dragonfly`, `gardener`, `cluster-autoscaler`, `node-problem`, `kube-state`, `runc`,
// `cri-dockerd`, `docker`, `kured`, `reloader`, `vcluster`, `kwok`, `submariner`, `kubeedge`,
// `edgecore`, `openyurt`, `fluent-bit`, `vector`, `promtail`, `grafana-agent`, `alloy`, `otel`,
// `jaeger`, `thanos`, `loki`, `kube-router`, `cilium-envoy`, `nginx-gateway`, `gateway-api`,
// `pomerium`, `authelia`, `kubewarden`, `kuberay`, `kubeflow`, `argo-workflows`,
// `workflow-controller`, `argo-rollouts`, `spinnaker`, `jenkins`, `keycloak`, `zalando`, `spilo`,
// `patroni`, `piraeus`, `linstor`, `topolvm`, `democratic-csi`, `csi-driver-nfs`, `secrets-store`,
// `external-secrets`, `vault-agent`, `vault`, `kube-rbac-proxy`, `metrics-server`,
// `prometheus-operator`, `alertmanager`, `sysbox`, `youki`, `lxd`, `incus`, `firecracker`,
// `cloud-hypervisor`, `kubespray`, `rke2`, `rke`, `eksctl`, `kops`, `gke`, `aks`,
// `openstack-magnum`, `capi`, `cluster-api`, `clusterctl`, `kopf`, `kopf.objects`, `nuclio`,
// `processor (I)`, `telepresence`, `teleport`, `APP/PROC/WEB`, `[RTR/`, `cf logs`, `heroku`,
// `app[web.1]`, `fly.io`, `flyctl`, `ecs-agent`, `ecs agent`, `com.docker.backend`,
// `docker desktop`, `rancher-desktop`, `rancher desktop`, `colima`, `===> DETECTING`, `[detector]`,
// `buildpack`, `dapr`, `apisix`, `trident`, `osm-controller`, `open service mesh`, `weave-net`,
// `weaveworks`, `ovn-controller`, `|INFO|`, `kubecost`, `opencost`, `elastic-operator`, `eck`,
// `kube-downscaler`, `shell-operator`, `addon-operator`, `kpack`, `devspace`, `okteto`,
// `kubescape`, `virtual-kubelet`, `chaos-mesh`, `litmus`, `lager`, `diego`, `"log_level"`,
// `garden`, `cloud foundry`, `cloudfoundry`, `gorouter`, `bosh`, `marathon`, `mesos`, `swarm`,
// `docker service logs`, `kubectl logs --prefix`, `[pod/`, `kubectl get events`, `LAST SEEN`,
// `kubectl describe`, `Back-off restarting`, `node-feature-discovery`, `nfd-`, `sriov`, `dcgm`,
// `gpu-operator`, `volcano`, `kueue`, `kasten`, `k10`, `stash`, `trust-manager`, `pinniped`, `olm`,
// `catalog-operator`, `percona`, `mongodb-kubernetes`, `redis-operator`, `vitess`, `tidb-operator`,
// `yugabyte`, `cockroach`, `scylla`, `k8ssandra`, `cass-operator`, `minio operator`, `kamaji`,
// `capsule`, `loft`, `kyma`, `kubesphere`, `ks-apiserver`, `kubeadm join`, `kubelet.go`, `ztunnel`,
// `pilot-agent`, `sidecar-injector`, `istio-cni`, `cni-plugin`, `install-cni`, `calico-node`,
// `bird`, `confd`, `typha`, `goldmane`, `whisker`, `windows node`, `kube-proxy.exe`, `hcsshim`,
// `containerd-shim`, `hns`, `flanneld.exe`, `wins`, `csi-proxy`, `conmon-rs`, `STEP 1/`, `buildah`,
// `nerdctl`, `copilot`, `doctl`, `cloud run`, `containerapp`, `railway`, `render.com`, `skupper`,
// `qdrouterd`, `skrouterd`, `SERVER (info)`, `(info)`, `tyk`, `krakend`, `▶ INFO`, `citrix`,
// `nitrointerface`, `aws-load-balancer`, `load balancer controller`, `apptainer`, `singularity`,
// `INFO:    `, `FATAL:   `, `kiali`, `INF Kiali`, `downscaler`, `headlamp`, `kubernetes-dashboard`,
// `Starting overwatch`, `event-exporter`, `haproxytech`, `haproxy kubernetes`, `HAProxy ingress`,
// `envoy-gateway`, `agic`, `application gateway`, `glbc`, `postgres-operator`, `pgo`, `crunchy`,
// `stackgres`, `rabbitmq-cluster-operator`, `mariadb-operator`, `grafana-operator`,
// `jaeger-operator`, `opentelemetry-operator`, `harvester`, `fleet`, `tinkerbell`, `ironic`,
// `metal3`, `nmstate`, `meshery`, `gloo`, `botkube`, `kube-monkey`, `kubemonkey`, `polaris`,
// `goldilocks`, `node-local-dns`, `nodelocaldns`, `dnsmasq-nanny`, `kube-dns`,
// `cluster-proportional`, `kube2iam`, `kiam`, `aws-iam-authenticator`, `eks-pod-identity`,
// `azure-workload-identity`, `gke-metadata-server`, `ebs-csi`, `efs-csi`, `azuredisk`, `azurefile`,
// `gce-pd`, `pd.csi`, `vsphere-csi`, `cinder-csi`, `hostpath`, `local-path`, `efs`,
// `mount-watchdog`, `env_logger`, `Today's schedule`, `cost-model`, `rabbitmq`, `severity":"INFO`,
// `GoKubeDownscaler`, `higress`, `cloudflared`, `maxprocs`, `UTC - INFO`, ` - INFO - `, `nanny.go`,
// `dnsmasq[`, `Got EOF`, `Status Update:`, `Termination Time`, `End of schedule`, `Downscaler v`,
// `Scaling down`, `"severity":"INFO","msg"`, `mount.log`, `amazon-efs`, `efs-utils`, `stunnel`,
// `TLS tunnel`, `aws-efs`, `Cloud Costs`, `Metric emission`, `Kiali Cache`, `nanny`, `k8s-dns`,
// `chaos monkey`, `INFO[2026-11-29T`. Most Kubernetes products those strings name are families of
// an earlier table or were weighed by one (the control plane and kubelet's klog, etcd, containerd,
// CRI-O, runc, crun, youki, gVisor, Kata, Podman, Buildah, the Calico, Cilium, Flannel, Antrea,
// Kube-OVN, Multus, Whereabouts, Azure and AWS VPC CNIs, Istio, Linkerd, Consul, Kuma, Envoy,
// Traefik, Contour, Kong, Emissary, Skipper, APISIX, Higress, HAProxy's and NGINX's ingress
// controllers, the AWS Load Balancer Controller, Rook, Longhorn, Mayastor, LINSTOR, the NFS, SMB
// and Secrets Store CSI drivers, democratic-csi, cert-manager, Argo, Flux, Velero, Karpenter, KEDA,
// MetalLB, kube-vip, k3s, k0s, RKE2, Talos, kubeadm, minikube, kind, k9s, kaniko, Kopf, Strimzi,
// the Zalando and Percona operators, ECK, kured, Spegel, KubeVirt, NodeLocal DNSCache, the
// nvidia-container toolkit, sysbox, Portainer, the ECS agent, Cloud Foundry, Heroku, Fly,
// amazon-efs-utils' mount.log), so they were left out as measured already. `nanny`, `dnsmasq[`,
// `Scaling down`, `Status Update:`, `TLS tunnel`, `maxprocs`, ` - INFO - `, `severity":"INFO` and
// `INFO[2026-11-29T` match only other products' lines. None of kube-monkey, kube-dns'
// dnsmasq-nanny, either kube-downscaler, the EFS mount watchdog's log, Kiali, OpenCost (or
// Kubecost's cost-model) or Botkube is in any table. Left out as not confirmed by any search:
// Nuclio's processor log, the nmstate handler's nmstatectl lines, Meshery, Goldilocks and the
// Windows node components (hcsshim, csi-proxy, flanneld.exe). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). klog's `I1129 07:41:16.204519` has no year (2026) and no zone (UTC, as pods
// log); kube-downscaler's and Kiali's Go log line's stamps are zone-less and read as UTC; the
// watchdog's stamp carries the word UTC; Kiali's, OpenCost's, Botkube's and GoKubeDownscaler's end
// in Z. The termination times in kube-monkey's schedule, the `Generating next schedule at` time and
// kube-downscaler's uptime window (`Mon-Fri 07:30-19:00 Europe/Berlin`) are no times of a record;
// kube-monkey's schedule block and Botkube's panic report have no time of their own. Levels only
// where the line marks one: klog's letter (F is Critical), the downscaler's level word before its
// colon, the `severity` key (slog's WARN), the watchdog's word between dashes, zerolog's INF DBG
// WRN ERR and its JSON `level`, logrus' INFO and ERRO; automaxprocs' Go log line, the schedule
// block and the runtime's panic report carry none. No family has a host field: `dnsmasq[9]:` is the
// relayed program, workloads, namespaces, PVCs, fs ids, asset keys and the API server's address are
// no hosts. A record that spans lines is one entry: klog's fatal line with its goroutine stack, the
// downscaler's ERROR with its traceback, kube-monkey's schedule block, and the panic report with
// its blank line and goroutine dump.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 30769f0 before any rule for it: level 95.4 %, time 97.9 %,
// host 97.9 %, records 95.8 %. That is the macro figure (micro: level 95.5 %, time 97.7 %, host
// 97.7 %, records 95.5 %), in a worktree at 30769f0 with no change to trawl's code (only this file
// and table_test.go's list), 6 of 8 families fully right; the gaps are kube-monkey's schedule
// block, which trawl joins to the klog line before it, and Botkube's Go panic report, which trawl
// reads as Critical from the word panic.

var fresh483Cases = []worldCase{
	{
		name:   "kube-monkey-klog-and-schedule",
		source: "kube-monkey's container log (`kubectl logs -n kube-system deploy/kube-monkey`: glog's `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg` on stderr, and the day's schedule printed with fmt.Println on stdout as a tab-indented block between `********** Today's schedule **********` and `********** End of schedule **********`): asobti/kube-monkey issues #193, #195 and #213, schedule/schedule.go (Print)",
		why:    "a one-letter level glued to a yearless date; the schedule block is its own record, with no time and no level, and the termination times inside it are no times of a record",
		gap:    "the schedule block kube-monkey prints with fmt.Println (tab-indented lines from `********** Today's schedule **********` to `********** End of schedule **********`) is joined to the klog line before it instead of being a record of its own with no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204519Z", Info, "", "I1129 07:41:16.204519       1 config.go:82] Successfully validated configs"),
			we("2026-11-29T07:41:16.213307Z", Info, "", "I1129 07:41:16.213307       1 kubemonkey.go:24] Status Update: Generating next schedule at 2026-11-29 08:00:00 +0000 UTC"),
			we("2026-11-29T08:00:00.048190Z", Info, "", "I1129 08:00:00.048190       1 schedule.go:57] Status Update: 2 terminations scheduled today"),
			we("2026-11-29T08:00:00.048261Z", Info, "", "I1129 08:00:00.048261       1 kubemonkey.go:62] Status Update: Waiting to run scheduled terminations."),
			we("", Unknown, "",
				"\t********** Today's schedule **********",
				"\tk8 Api Kind\tKind Name\t\tTermination Time",
				"\t-----------\t---------\t\t----------------",
				"\tv1.Deployment\tcart-api\t\t11/29/2026 10:17:42 +0000 UTC",
				"\tv1.StatefulSet\tsession-cache\t\t11/29/2026 11:05:09 +0000 UTC",
				"\t********** End of schedule **********"),
			we("2026-11-29T10:17:42.101544Z", Error, "", "E1129 10:17:42.101544       1 kubemonkey.go:81] Failed to execute termination for v1.Deployment cart-api. Error: no terminations requested for v1.Deployment cart-api"),
		},
	},
	{
		name:   "kube-dns-dnsmasq-nanny",
		source: "the dnsmasq container of a kube-dns pod (`kubectl logs -n kube-system kube-dns-… -c dnsmasq`: the dnsmasq-nanny's klog lines, dnsmasq's own output relayed as `nanny.go:N] dnsmasq[pid]: …`, an empty klog message before `Got EOF from stdout`, and a fatal `dnsmasq exited` with klog's goroutine stack under it): rootsongjc/kubernetes-handbook issue #125, projectcalico/calico issue #1581, kubernetes/kubeadm issue #193, kubernetes/dns PRs #367 and #470",
		why:    "klog's level letter; `dnsmasq[9]:` inside the message is the relayed program, not a host; the F line with the goroutine stack under it is one Critical record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.310422Z", Info, "", "I1129 07:41:16.310422       1 main.go:78] opts: {{/usr/sbin/dnsmasq [-k --cache-size=1000 --no-negcache --dns-forward-max=1500 --log-facility=- --server=/cluster.local/127.0.0.1#10053 --server=/in-addr.arpa/127.0.0.1#10053 --server=/ip6.arpa/127.0.0.1#10053] true} /etc/k8s/dns/dnsmasq-nanny 10000000000 127.0.0.1:10053}"),
			we("2026-11-29T07:41:16.310587Z", Info, "", "I1129 07:41:16.310587       1 nanny.go:124] Starting dnsmasq [-k --cache-size=1000 --no-negcache --dns-forward-max=1500 --log-facility=- --server=/cluster.local/127.0.0.1#10053 --server=/in-addr.arpa/127.0.0.1#10053 --server=/ip6.arpa/127.0.0.1#10053]"),
			we("2026-11-29T07:41:16.538104Z", Info, "", "I1129 07:41:16.538104       1 nanny.go:153]"),
			we("2026-11-29T07:41:16.538139Z", Warn, "", "W1129 07:41:16.538139       1 nanny.go:154] Got EOF from stdout"),
			we("2026-11-29T07:41:16.538150Z", Info, "", "I1129 07:41:16.538150       1 nanny.go:150] dnsmasq[9]: started, version 2.90 cachesize 1000"),
			we("2026-11-29T07:52:03.771920Z", Critical, "",
				"F1129 07:52:03.771920       1 nanny.go:220] dnsmasq exited: exit status 2",
				"goroutine 1 [running]:",
				"k8s.io/klog/v2.stacks(0x1)",
				"\t/go/pkg/mod/k8s.io/klog/v2@v2.130.1/klog.go:914 +0x8a",
				"k8s.io/klog/v2.(*loggingT).output(0x2a1c5e0, 0x3, 0x0, 0xc0002f8e70, 0x0, {0x1f0a2b4?, 0x1?}, 0x0?, 0x0)",
				"\t/go/pkg/mod/k8s.io/klog/v2@v2.130.1/klog.go:771 +0x5a5",
				"main.main()",
				"\t/go/src/k8s.io/dns/cmd/dnsmasq-nanny/main.go:91 +0x2c5"),
		},
	},
	{
		name:   "py-kube-downscaler",
		source: "kube-downscaler (hjacobs' original and caas-team's py-kube-downscaler; Python logging `%(asctime)s %(levelname)s: %(message)s`, a start-up line listing its settings, one `Scaling down|up Kind ns/name from N to M replicas (uptime: …, downtime: …)` line per action, and logger.exception's traceback when a resource fails): hjacobs/kube-downscaler issue #40, deliveryhero/helm-charts issue #706, caas-team/py-kube-downscaler issue #96; the exception line from memory",
		why:    "a comma before the milliseconds and a colon after the level word; the uptime window's Berlin hours are no time of the record; the traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-28T07:41:16.629Z", Info, "", "2026-11-28 07:41:16,629 INFO: Downscaler v24.3.1 started with debug=False, default_downtime=never, default_uptime=Mon-Fri 07:30-19:00 Europe/Berlin, downscale_period=never, downtime_replicas=0, dry_run=False, exclude_namespaces=kube-system,downscaler, grace_period=900, include_resources=deployments,statefulsets, interval=60, namespace=, once=False, upscale_period=never"),
			we("2026-11-28T18:00:23.032Z", Info, "", "2026-11-28 18:00:23,032 INFO: Scaling down Deployment shop/checkout-web from 3 to 0 replicas (uptime: Mon-Fri 07:30-19:00 Europe/Berlin, downtime: never)"),
			we("2026-11-28T18:00:23.047Z", Info, "", "2026-11-28 18:00:23,047 INFO: Scaling down StatefulSet shop/orders-db from 1 to 0 replicas (uptime: Mon-Fri 07:30-19:00 Europe/Berlin, downtime: never)"),
			we("2026-11-28T18:00:23.109Z", Error, "",
				"2026-11-28 18:00:23,109 ERROR: Failed to process Deployment shop/payments-api: 409 Client Error: Conflict for url: https://10.96.0.1:443/apis/apps/v1/namespaces/shop/deployments/payments-api",
				"Traceback (most recent call last):",
				`  File "/kube_downscaler/scaler.py", line 412, in autoscale_resource`,
				"    resource.update()",
				`  File "/usr/local/lib/python3.12/site-packages/pykube/objects.py", line 165, in update`,
				"    self.patch(self.obj, subresource=subresource)",
				"requests.exceptions.HTTPError: 409 Client Error: Conflict for url: https://10.96.0.1:443/apis/apps/v1/namespaces/shop/deployments/payments-api"),
			we("2026-11-29T06:30:04.415Z", Info, "", "2026-11-29 06:30:04,415 INFO: Scaling up Deployment shop/checkout-web from 0 to 3 replicas (uptime: Mon-Fri 07:30-19:00 Europe/Berlin, downtime: never)"),
		},
	},
	{
		name:   "gokubedownscaler-json-severity",
		source: "caas-team's GoKubeDownscaler with JSON logs (Go slog's JSON handler with the level key renamed `severity`: `{\"time\":RFC 3339 nanos,\"severity\":\"INFO\",\"msg\":…,attrs}`): caas-team/GoKubeDownscaler PR #542 (its example output) and issue #539",
		why:    "the level is the `severity` key, WARN in slog's spelling; the workload's namespace/name is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118331Z", Info, "", `{"time":"2026-11-29T07:41:16.204118331Z","severity":"INFO","msg":"started downscaler","config":"[dryRun:false debug:false includeNamespaces:[] includeResources:[deployments statefulsets] excludeNamespaces:[kube-system kube-downscaler] interval:30s]"}`),
			we("2026-11-29T07:41:16.251870114Z", Info, "", `{"time":"2026-11-29T07:41:16.251870114Z","severity":"INFO","msg":"scanning workloads"}`),
			we("2026-11-29T07:41:16.318402776Z", Info, "", `{"time":"2026-11-29T07:41:16.318402776Z","severity":"INFO","msg":"downscaling workload","workload":"staging/search-api","kind":"deployment","replicas":2,"scope":"namespace"}`),
			we("2026-11-29T07:41:16.320115090Z", Warn, "", `{"time":"2026-11-29T07:41:16.32011509Z","severity":"WARN","msg":"failed to parse annotation, ignoring it","workload":"staging/report-cron","annotation":"downscaler/uptime","value":"Mon-Fri 7:30-19:00"}`),
			we("2026-11-29T07:41:16.402761553Z", Error, "", `{"time":"2026-11-29T07:41:16.402761553Z","severity":"ERROR","msg":"failed to scale workload","workload":"staging/ledger","kind":"statefulset","error":"statefulsets.apps \"ledger\" is forbidden: User \"system:serviceaccount:kube-downscaler:kube-downscaler\" cannot patch resource \"statefulsets\" in API group \"apps\" in the namespace \"staging\""}`),
		},
	},
	{
		name:   "aws-efs-csi-mount-watchdog-utc",
		source: "amazon-efs-mount-watchdog inside the EFS CSI driver's efs-plugin container (/var/log/amazon/efs/mount-watchdog.log, read with `kubectl exec` or from the node: `yyyy-MM-dd HH:mm:ss UTC - LEVEL - msg`): kubernetes-sigs/aws-efs-csi-driver issue #973, aws/efs-utils issues #374 and #69",
		why:    "a seconds-only stamp with the zone word UTC, then ` - LEVEL - `; the fs id, pod uid and stunnel port in the tunnel names are no times or hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 UTC - INFO - amazon-efs-mount-watchdog, version 2.1.0, is enabled and started"),
			we("2026-11-29T07:41:16Z", Warn, "", "2026-11-29 07:41:16 UTC - WARNING - TLS tunnel is not running for fs-0c4d91e27ab35f608.var.lib.kubelet.pods.5e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b.volumes.kubernetes.io~csi.pvc-7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d.mount.20417"),
			we("2026-11-29T07:41:16Z", Info, "", `2026-11-29 07:41:16 UTC - INFO - Starting TLS tunnel: "/usr/bin/stunnel5 /var/run/efs/stunnel-config.fs-0c4d91e27ab35f608.var.lib.kubelet.pods.5e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b.volumes.kubernetes.io~csi.pvc-7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d.mount.20417"`),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 UTC - INFO - Started TLS tunnel, pid: 4187"),
			we("2026-11-29T07:43:47Z", Debug, "", "2026-11-29 07:43:47 UTC - DEBUG - TLS tunnel for fs-0c4d91e27ab35f608.var.lib.kubelet.pods.5e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b.volumes.kubernetes.io~csi.pvc-7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d.mount.20417 is running"),
			we("2026-11-29T07:46:02Z", Warn, "", "2026-11-29 07:46:02 UTC - WARNING - Connection timeout for /var/lib/kubelet/pods/5e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b/volumes/kubernetes.io~csi/pvc-7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d/mount after 30 sec, SIGKILL has been sent to the potential unhealthy stunnel 4187, restarting a new stunnel process."),
		},
	},
	{
		name:   "kiali-zerolog-console",
		source: "Kiali 2.x in istio-system (`kubectl logs -n istio-system -l app=kiali --tail=-1`: automaxprocs' Go log line first, then zerolog's console writer `RFC 3339 Z LVL msg` with INF DBG WRN ERR, and an occasional zerolog JSON line from a second logger): kiali/kiali PR #8357 and issue #6856",
		why:    "a three-letter level after a seconds-only Z time; the Go log line has a slashed date and no level; the JSON line's level and time are keys",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 maxprocs: Leaving GOMAXPROCS=2: CPU quota undefined"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16Z INF Kiali: Version: v2.17.0, Commit: 8e2b7c41d09f5a3e6b1c2d7f4a90e3b58c61d2f0, Go: 1.24.6"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29T07:41:16Z DBG Kiali: Command line: [/opt/kiali/kiali -config /kiali-configuration/config.yaml]"),
			we("2026-11-29T07:41:17Z", Info, "", `{"level":"info","time":"2026-11-29T07:41:17Z","message":"Adding a RegistryRefreshHandler"}`),
			we("2026-11-29T07:41:17Z", Warn, "", "2026-11-29T07:41:17Z WRN Kiali has no access to namespace [payments]; it will be left out of the graph"),
			we("2026-11-29T07:41:19Z", Error, "", `2026-11-29T07:41:19Z ERR Failed to fetch Prometheus metrics: Post "http://prometheus.istio-system:9090/api/v1/query_range": dial tcp 10.96.41.7:9090: connect: connection refused`),
		},
	},
	{
		name:   "opencost-zerolog-nanos",
		source: "OpenCost's cost-model container (`kubectl logs -n opencost deploy/opencost -c opencost`: zerolog's console writer `RFC 3339 nanoseconds Z LVL msg`, INF WRN ERR DBG): opencost/opencost issues #3316, #2344 and #2851",
		why:    "nine fraction digits before Z, a three-letter level; asset keys and PVC names are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.297893567Z", Info, "", "2026-11-29T07:41:16.297893567Z INF Cloud Costs enabled: true"),
			we("2026-11-29T07:41:16.618425528Z", Error, "", "2026-11-29T07:41:16.618425528Z ERR Failed to lookup reserved instance data: No Athena Bucket configured"),
			we("2026-11-29T07:41:16.61845003Z", Error, "", "2026-11-29T07:41:16.618450030Z ERR Failed to lookup savings plan data: No Athena Bucket configured"),
			we("2026-11-29T07:43:02.170435900Z", Warn, "", `2026-11-29T07:43:02.1704359Z WRN Metric emission: error getting LoadBalancer cost: strconv.ParseFloat: parsing "": invalid syntax`),
			we("2026-11-29T07:45:11.470044473Z", Warn, "", "2026-11-29T07:45:11.470044473Z WRN ETL: did not find allocations for asset key: eu-central-1-prod/pvc-3b9d2e71-6c4a-4f08-9e15-a7c2d8f04b63"),
		},
	},
	{
		name:   "botkube-logrus-full-timestamp-panic",
		source: "Botkube 0.x deployed with kubectl (`kubectl logs -n botkube deploy/botkube`: logrus' text formatter with FullTimestamp, `INFO[RFC 3339] msg` padded, and a Go runtime panic with its goroutine dump when a notifier's setup fails): kubeshop/botkube issue #428 and PR #233",
		why:    "a four-letter level glued to a bracketed RFC 3339 time; the panic report has no time and no level (the runtime writes none) and holds a blank line",
		gap:    "the Go runtime's panic report (`panic: runtime error: index out of range …` with its goroutine dump) is read as Critical from the word panic, though the runtime writes no level; its time, host and boundaries are right",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "INFO[2026-11-29T07:41:16Z] Registering the filter ImageTagChecker"),
			we("2026-11-29T07:41:16Z", Info, "", "INFO[2026-11-29T07:41:16Z] Starting controller"),
			we("2026-11-29T07:41:16Z", Info, "", "INFO[2026-11-29T07:41:16Z] Starting mattermost bot"),
			we("2026-11-29T07:41:17Z", Error, "", `ERRO[2026-11-29T07:41:17Z] Error in connecting to Mattermost team ops-alerts: : Sorry, we could not find the page.`),
			we("", Unknown, "",
				"panic: runtime error: index out of range [0] with length 0",
				"",
				"goroutine 1 [running]:",
				"github.com/infracloudio/botkube/pkg/bot.NewMattermostBot(0xc0004e8000, 0x1)",
				"\t/go/src/github.com/infracloudio/botkube/pkg/bot/mattermost.go:91 +0x6c5",
				"main.main()",
				"\t/go/src/github.com/infracloudio/botkube/cmd/botkube/main.go:62 +0x2f4"),
		},
	},
}

func TestFresh483Formats(t *testing.T) { assertTable(t, fresh483Cases) }
func TestFresh483Score(t *testing.T) {
	checkScore(t, "fresh483 formats", fresh483Cases, [worldNumFields]float64{95.3, 97.8, 97.8, 95.7})
}
