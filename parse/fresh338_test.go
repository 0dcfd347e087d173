package parse

import "testing"

// The three-hundred-and-thirty-eighth fresh table, written on 2026-12-06: Kubernetes node
// components and add-ons at their 2025-2026 versions as kubectl logs, journalctl and crictl show
// them, a further pass in options and record kinds no earlier table holds. Each family is one
// product's documented or observed output: the kubelet with `logging: {format: json}` read with
// `journalctl -o short-full` on a node at CET (the journal's weekday, date and zone abbreviation
// before component-base's JSON); containerd 2.1 read with `journalctl -o with-unit` (the unit's
// name where the identifier was) and its CRI messages, TaskExit's `exited_at:{seconds:…}` among
// them; CRI-O at log_level debug read with `journalctl -o cat` (no header, logrus' time with a
// +01:00 offset, the Request and the file= of each record); the Cilium 1.18 agent with
// `format: json-ts` and debug on (slog's JSON with a time to the second and a nested source
// object); calico-node under `kubectl logs --timestamps` (the kubelet's stamp before Calico's own
// and before BIRD's untimed lines); CoreDNS 1.13 read with `crictl logs -t` on a node whose API
// server is down (the ready plugin waiting, client-go's reflector lines through CoreDNS' logger,
// the banner after them); the ingress-nginx controller at --v=2 with a JSON log-format-upstream
// (the JSON access objects with $host, the `"NGINX configuration change" diff=<` record over many
// lines); cert-manager 1.19 with `--logging-format=json` (the component-base encoder with a
// logger key); Karpenter's two replicas through `kubectl logs --prefix` (the disruption record);
// the cluster-autoscaler on AWS (a failed ASG activity printed as a struct over many lines under
// a klog warning).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`kubelet`, `"caller":"kubelet/`, `"caller":"kuberuntime`, `SyncLoop (PLEG)`, `kubelet[`,
// `short-full`, `CET wk-`, `containerd`, `containerd.service[`, `with-unit`, `TaskExit`,
// `exited_at`, `podsandbox handler`, `RunPodSandbox for`, `cri-o`, `crio`, `interceptors.go`,
// `-o cat`, `Got pod network`, `crictl`, `crictl logs`, `cilium`, `json-ts`, `text-ts`,
// `"source":{"function"`, `"module":"agent`, `"subsys":`, `calico`, `felix`, `bird:`, `confd`,
// `summary.go`, `Summarising`, `coredns`, `plugin/ready`, `Still waiting on`,
// `plugin/kubernetes: pkg/mod`, `plugin/kubernetes`, `Failed to watch`, `Unhandled Error`,
// `ingress-nginx`, `nginx.go:`, `NGINX configuration change`, `diff=<`, `log-format-escape-json`,
// `proxy_upstream_name`, `time_iso8601`, `"vhost"`, `cert-manager`, `"logger":"cert-manager`,
// `acmechallenges`, `cainjector`, `logging-format=json`, `karpenter`, `NodeClaim`,
// `disrupting node`, `disrupted-node-count`, `[pod/karpenter`, `TLS handshake error`,
// `cluster-autoscaler`, `static_autoscaler`, `auto_scaling_groups.go`, `scaling failed with`,
// `ActivityId`, `Final scale-up plan`, `Disabling scale-up`, `errorClass=`). The kubelet is in
// fresh4 (its JSON bare, k8s-json-logging, and the journal's short header), fresh65 (its log
// file), fresh90 (short-iso), fresh164, fresh177, fresh199 and fresh239 (short-precise); its JSON
// under a journal header, and short-full for it, are in none. containerd is in world, fresh65 (JSON,
// ctr events), fresh90, fresh164, fresh177 and fresh239 (the journal's short, short-precise,
// short-iso and short-monotonic forms); with-unit and the TaskExit lines are in none. CRI-O is in
// fresh_test (the journal's short form), fresh65 (conmon) and fresh239 (short-iso-precise); its
// headerless -o cat output at debug with an offset is in none. The Cilium agent is in fresh_test
// (logrus without a time), fresh199 (1.17's slog text), fresh239 (cilium-dbg monitor) and
// fresh286 (1.16's text-ts); slog's JSON with a source object is in none. calico-node is in
// fresh_test and fresh239 (its bare output) and fresh286 (install-cni); under kubectl's stamp in
// none. CoreDNS is in world, fresh86, fresh149, fresh160, fresh199, fresh239 and fresh286; the
// ready plugin's waiting line, client-go's reflector lines through plugin/kubernetes and crictl's
// stamp are in none. ingress-nginx is in fresh4 (the default upstreaminfo access line), fresh234
// and fresh286 (the banner); JSON access objects and the configuration diff are in none.
// cert-manager is in fresh14 (klog text) and fresh286 (1.6's klogr); its JSON is in none.
// Karpenter is in fresh33 (its two JSON shapes bare); behind kubectl's --prefix, and its
// disruption record, in none. The cluster-autoscaler is in fresh34 (klog) and fresh43; the
// struct printed over many lines is in none. Left out as measured already: kube-proxy (fresh33,
// fresh286), the apiserver's audit and trace records (fresh2, fresh38, fresh65, fresh286), etcd
// (fresh_test, fresh65, fresh216, fresh286), hubble (fresh34, fresh199, fresh239), crictl events
// (its indented protojson was left out: no page showed a real event with its sandbox status). The
// table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A journal header and the line inside it both carry the record's time, so
// either is accepted (short-full's `Sun 2026-11-29 08:41:16 CET` is 07:41:16 UTC; the kubelet's
// ts is epoch milliseconds); the kubelet's or the runtime's stamp before a line and the
// component's own time after it likewise; CRI-O's and cert-manager's times are their own;
// TaskExit's exited_at, the AWS activity's StartTime and EndTime, the backoff's `until`, the
// diff's file times and a time inside a message are not the record's. Levels only where the line
// marks one: level= and the JSON level keys, the klog letter, Calico's [LEVEL], CoreDNS' bracketed
// word (WARNING is Warn), component-base JSON's v (info) or err without v (error); BIRD's lines,
// CoreDNS' banner and the nginx access objects have none, and a status or exit_status is no
// level. The host is the record's host field: the journal header's host; a pod, a node named in a
// message or an attribute (Cilium's nodeName, Karpenter's Node), the request's Host header under
// "host" in an nginx access object, a provider-id, the API server's and a client's addresses are
// not. A record that spans lines is one entry: ingress-nginx's diff=< value with its ` >`, the
// cluster-autoscaler's warning with the struct from `{` to `}`.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 1b98717 before any rule for it: level 90.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 91.2 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 1b98717 with no change to trawl's code (only this file and table_test.go's list), 9 of
// 10 families fully right; the one gap is the level of the kubelet's JSON behind journalctl's
// short-full header (its time and host are read).

var fresh338Cases = []worldCase{
	{
		name:   "kubelet-json-logging-journal-short-full-cet",
		source: "kubelet 1.34 with `logging: {format: json}` in its KubeletConfiguration (k8s.io/component-base/logs/json: `ts` epoch milliseconds with a fraction, `caller`, `msg`, `v` on InfoS records, `err` on ErrorS records, klog.KObj values as {name,namespace}) under systemd on a node whose zone is Europe/Berlin, read with `journalctl -u kubelet -o short-full` (`Day yyyy-MM-dd HH:mm:ss TZ host ident[pid]: msg`): kubernetes/kubernetes PR #100409 and issue #99802 (kubelet's JSON lines), kubernetes/klog issue #411 (the kubelet in the journal); short-full from journalctl(1); the records' keys from memory",
		why:    "the journal's local time with a CET abbreviation and the JSON's epoch milliseconds are one instant; v marks info and err without v an error; the times in a node condition and the pod named are not the record's; the journal's host is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.20425Z", Info, "wk-07", `Sun 2026-11-29 08:41:16 CET wk-07 kubelet[1187]: {"ts":1795938076204.25,"caller":"kubelet/kubelet.go:2554","msg":"SyncLoop (PLEG): event for pod","v":2,"pod":{"name":"api-6c9b7d5f8-q8r2t","namespace":"shop"},"event":{"ID":"bd789c23-5e1a-470f-c9a6-72e2f9edbbe5","Type":"ContainerStarted","Data":"cc7780376ff1758e71519d85b0c8e1c4c35227e518a826ea3f8c20b4cbaf26d8"}}`),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.1185Z", Info, "wk-07", `Sun 2026-11-29 08:41:19 CET wk-07 kubelet[1187]: {"ts":1795938079118.5,"caller":"prober/prober.go:107","msg":"Probe failed","v":1,"probeType":"Readiness","pod":{"name":"api-6c9b7d5f8-q8r2t","namespace":"shop"},"podUID":"bd789c23-5e1a-470f-c9a6-72e2f9edbbe5","containerName":"api","probeResult":"failure","output":"HTTP probe failed with statuscode: 503"}`),
			we("2026-11-29T07:41:24Z|2026-11-29T07:41:24.530125Z", Error, "wk-07", `Sun 2026-11-29 08:41:24 CET wk-07 kubelet[1187]: {"ts":1795938084530.125,"caller":"kubelet/pod_workers.go:1301","msg":"Error syncing pod, skipping","pod":{"name":"worker-5d9c7b6f4-j2x9w","namespace":"shop"},"podUID":"bfbf984f-c051-0735-c0bb-5ebbb766be95","err":"failed to \"StartContainer\" for \"worker\" with ImagePullBackOff: \"Back-off pulling image \\\"registry.example.org/shop/worker:4.3\\\"\""}`),
			we("2026-11-29T07:41:30Z|2026-11-29T07:41:30.00275Z", Info, "wk-07", `Sun 2026-11-29 08:41:30 CET wk-07 kubelet[1187]: {"ts":1795938090002.75,"caller":"nodestatus/setters.go:602","msg":"Node became not ready","v":0,"node":{"name":"wk-07"},"condition":{"type":"Ready","status":"False","lastHeartbeatTime":"2026-11-29T07:41:30Z","lastTransitionTime":"2026-11-29T07:41:30Z","reason":"KubeletNotReady","message":"container runtime is down"}}`),
			we("2026-11-29T07:41:31Z|2026-11-29T07:41:31.7505Z", Error, "wk-07", `Sun 2026-11-29 08:41:31 CET wk-07 kubelet[1187]: {"ts":1795938091750.5,"caller":"kuberuntime/kuberuntime_manager.go:1290","msg":"CreatePodSandbox for pod failed","pod":{"name":"batch-29412077-7xk2p","namespace":"shop"},"err":"rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused\""}`),
		},
	},
	{
		name:   "containerd21-journal-with-unit-cri-task-exit",
		source: "containerd 2.1 under systemd read with `journalctl -u containerd -o with-unit` (`Day yyyy-MM-dd HH:mm:ss TZ host unit.service[pid]: msg`, the unit's name where the syslog identifier was; the logrus text `time=\"RFC 3339 ns\" level=… msg=\"…\"` inside): the CRI plugin's RunPodSandbox and CreateContainer returns, `TaskExit event in podsandbox handler container_id:\"…\"  id:\"…\"  pid:N  exit_status:N  exited_at:{seconds:N  nanos:N}`, the shim cleanup warning: containerd/containerd issues #11836 and #11837 and PR #10603; with-unit from journalctl(1), from memory",
		why:    "the journal's time and logrus' own; exited_at's epoch is when the task exited, a value of the message; `containerd.service` in place of the identifier; exit_status:137 is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204512345Z", Info, "wk-07", `Sun 2026-11-29 07:41:16 UTC wk-07 containerd.service[812]: time="2026-11-29T07:41:16.204512345Z" level=info msg="RunPodSandbox for &PodSandboxMetadata{Name:api-6c9b7d5f8-q8r2t,Uid:bd789c23-5e1a-470f-c9a6-72e2f9edbbe5,Namespace:shop,Attempt:0,} returns sandbox id \"6011c9a59c8c63f6012eec35f5e499706860a2ab442ca0473c46eaf20668ec08\""`),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.11800421Z", Info, "wk-07", `Sun 2026-11-29 07:41:17 UTC wk-07 containerd.service[812]: time="2026-11-29T07:41:17.118004210Z" level=info msg="CreateContainer within sandbox \"6011c9a59c8c63f6012eec35f5e499706860a2ab442ca0473c46eaf20668ec08\" for &ContainerMetadata{Name:api,Attempt:3,} returns container id \"1281efe602d31cf87b454bb53557020cde377803a720257528ace7c259f07148\""`),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:21.904411872Z", Info, "wk-07", `Sun 2026-11-29 07:41:21 UTC wk-07 containerd.service[812]: time="2026-11-29T07:41:21.904411872Z" level=info msg="TaskExit event in podsandbox handler container_id:\"1281efe602d31cf87b454bb53557020cde377803a720257528ace7c259f07148\"  id:\"1281efe602d31cf87b454bb53557020cde377803a720257528ace7c259f07148\"  pid:48211  exit_status:137  exited_at:{seconds:1795938081  nanos:503118802}"`),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:21.951207733Z", Warn, "wk-07", `Sun 2026-11-29 07:41:21 UTC wk-07 containerd.service[812]: time="2026-11-29T07:41:21.951207733Z" level=warning msg="cleaning up after shim disconnected" id=1281efe602d31cf87b454bb53557020cde377803a720257528ace7c259f07148 namespace=k8s.io`),
			we("2026-11-29T07:41:22Z|2026-11-29T07:41:22.310551904Z", Error, "wk-07", `Sun 2026-11-29 07:41:22 UTC wk-07 containerd.service[812]: time="2026-11-29T07:41:22.310551904Z" level=error msg="StopPodSandbox for \"714fc2c4a9c8f2fe48dc0e12f23a36b21fb9525ea1a0c86bf47feb694add679d\" failed" error="failed to destroy network for sandbox \"714fc2c4a9c8f2fe48dc0e12f23a36b21fb9525ea1a0c86bf47feb694add679d\": plugin type=\"calico\" failed (delete): error getting ClusterInformation: connection is unauthorized: Unauthorized"`),
		},
	},
	{
		name:   "crio136-debug-journal-cat-cet-offset",
		source: "CRI-O 1.36 with `log_level = \"debug\"` on a node whose zone is Europe/Berlin, read with `journalctl -u crio -o cat` (the message alone, no header: logrus text `time=\"RFC 3339 ns±hh:mm\" level=… msg=\"…\" file=\"dir/file.go:N\" id=uuid name=/runtime.v1.Service/Method`): cri-o/cri-o PR #9919 (a 2026 journal paste: the T-separated time, file= and the Request/Response debug lines), issue #8884 (Creating container, a local offset, Response: &ContainerStatusResponse{…}), PR #5797 (Started container with PID=, containerID=, sandboxID=); -o cat from journalctl(1)",
		why:    "no journal header: logrus' time with a +01:00 offset is the record's; level=debug on the Request lines; `file=\"…:70\"`, PID= and the ids are no times; a pod's name is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512331Z", Debug, "", `time="2026-11-29T08:41:16.204512331+01:00" level=debug msg="Request: &ContainerStatusRequest{ContainerId:34cdc9af19fbc9f450ed7aa7840b9906831cec9eded12b5e6c003fb8bd3fbd60,Verbose:false,}" file="interceptors/interceptors.go:70" id=00e02037-e895-409e-94fc-739c03d6740d name=/runtime.v1.RuntimeService/ContainerStatus`),
			we("2026-11-29T07:41:16.231907118Z", Info, "", `time="2026-11-29T08:41:16.231907118+01:00" level=info msg="Creating container: shop/api-6c9b7d5f8-q8r2t/api" file="server/container_create.go:294" id=5d7b58a9-b1bf-4615-8da9-c65bad90ce7a name=/runtime.v1.RuntimeService/CreateContainer`),
			we("2026-11-29T07:41:16.40211753Z", Info, "", `time="2026-11-29T08:41:16.402117530+01:00" level=info msg="Started container" PID=48211 containerID=34cdc9af19fbc9f450ed7aa7840b9906831cec9eded12b5e6c003fb8bd3fbd60 description=shop/api-6c9b7d5f8-q8r2t/api file="server/container_start.go:75" id=bfbf984f-c051-4735-80bb-5ebbb766be95 name=/runtime.v1.RuntimeService/StartContainer sandboxID=f80d0a002dfc1c7110da71c05f45c249853565017090ac820c4bd70d503a8df8`),
			we("2026-11-29T07:41:47.004112331Z", Warn, "", `time="2026-11-29T08:41:47.004112331+01:00" level=warning msg="Stopping container 40cb104f1aebd0332dc0e4363ba0b9cbc866104c66acda600e031bcb24ffd20f with stop signal timed out. Killing" file="oci/runtime_oci.go:905"`),
			we("2026-11-29T07:41:52.500201001Z", Error, "", `time="2026-11-29T08:41:52.500201001+01:00" level=error msg="Failed to cleanup (probably retrying): failed to destroy network for pod sandbox k8s_worker-5d9c7b6f4-j2x9w_shop_bfbf984f-c051-0735-c0bb-5ebbb766be95_0(8ebbdfaea20b7f90b04ca78177c3ec80e59d1cdd131e8e9001d5ce11c9c88f26): error removing pod shop_worker-5d9c7b6f4-j2x9w from CNI network \"k8s-pod-network\": plugin type=\"calico\" failed (delete): error getting ClusterInformation: connection is unauthorized: Unauthorized" file="server/sandbox_stop_linux.go:96" id=bd789c23-5e1a-470f-89a6-72e2f9edbbe5 name=/runtime.v1.RuntimeService/StopPodSandbox`),
		},
	},
	{
		name:   "cilium118-agent-json-ts-debug-source",
		source: "the Cilium 1.18 agent with `logOptions: {format: json-ts}` and `debug: {enabled: true}` in `kubectl logs -n kube-system ds/cilium -c cilium-agent` (slog's JSON handler: `time` formatted RFC 3339 to the second by Cilium's ReplaceAttr, the level lower-cased, at debug AddSource's nested `source` object {function,file,line}, `msg`, `module`, then the record's attributes, logr's `err` renamed `error`): cilium/cilium pkg/logging/slog.go and logging.go (json-ts, replaceAttrFn, AddSource when the level is debug), the text-ts form in fresh286; the messages from memory",
		why:    "a JSON record whose time has no fraction; debug, info, warn and error lower-case; source.line, endpointID and identity are numbers, no times; a peer node under nodeName and a hostIP attribute are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"time":"2026-11-29T07:41:16Z","level":"info","source":{"function":"github.com/cilium/cilium/daemon/cmd.newDaemon","file":"/go/src/github.com/cilium/cilium/daemon/cmd/daemon.go","line":512},"msg":"Restored endpoints","module":"agent.controlplane.daemon","count":14}`),
			we("2026-11-29T07:41:17Z", Debug, "", `{"time":"2026-11-29T07:41:17Z","level":"debug","source":{"function":"github.com/cilium/cilium/pkg/endpoint.(*Endpoint).regenerate","file":"/go/src/github.com/cilium/cilium/pkg/endpoint/policy.go","line":412},"msg":"Regenerating endpoint","module":"agent.controlplane.endpoint-manager","ciliumEndpointName":"shop/api-6c9b7d5f8-q8r2t","containerID":"34cdc9af19","endpointID":1187,"identity":48211,"ipv4":"10.0.3.17","reason":"one or more identities created or deleted"}`),
			we("2026-11-29T07:41:18Z", Debug, "", `{"time":"2026-11-29T07:41:18Z","level":"debug","source":{"function":"github.com/cilium/cilium/pkg/node/manager.(*manager).NodeUpdated","file":"/go/src/github.com/cilium/cilium/pkg/node/manager/manager.go","line":657},"msg":"Received node update event from custom-resource","module":"agent.controlplane.node-manager","nodeName":"wk-08","ipv4":"10.0.8.18"}`),
			we("2026-11-29T07:41:21Z", Warn, "", `{"time":"2026-11-29T07:41:21Z","level":"warn","source":{"function":"github.com/cilium/cilium/pkg/k8s/watchers.(*K8sPodWatcher).updateK8sPodV1","file":"/go/src/github.com/cilium/cilium/pkg/k8s/watchers/pod.go","line":378},"msg":"Unable to update ipcache map entry on pod add","module":"agent.controlplane.k8s-watcher","error":"ipcache entry for podIP 10.0.3.41 owned by kvstore or agent","hostIP":"10.0.3.4","k8sPodName":"shop/batch-29412077-7xk2p","podIP":"10.0.3.41"}`),
			we("2026-11-29T07:41:25Z", Error, "", `{"time":"2026-11-29T07:41:25Z","level":"error","source":{"function":"github.com/cilium/cilium/pkg/datapath/loader.(*loader).ReloadDatapath","file":"/go/src/github.com/cilium/cilium/pkg/datapath/loader/loader.go","line":733},"msg":"Error while rewriting endpoint BPF program","module":"agent.datapath.loader","endpointID":2406,"error":"failed to compile bpf_lxc.o: exit status 1"}`),
		},
	},
	{
		name:   "calico-node-kubectl-timestamps-felix-bird",
		source: "calico-node 3.30/3.31 read with `kubectl logs --timestamps -n calico-system ds/calico-node -c calico-node` (the kubelet's RFC 3339 nanosecond stamp, then Calico's own `yyyy-MM-dd HH:mm:ss.SSS [LEVEL][pid] component/file.go line: msg` or BIRD's untimed `bird: …`): projectcalico/calico issue #4262 (confd and Felix lines), issues #8619 and #4958 as in fresh239 (bird: lines between Felix's); the --timestamps stamp from kubectl logs --help; felix/summary.go's `Summarising … dataplane reconciliation loops` line from memory",
		why:    "kubectl's stamp before every line and Calico's own time after it on its lines; with the stamp a `bird:` line is a timed record of its own, not a continuation; [WARNING] spelled out; the durations and a workload id are no times or hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118204331Z|2026-11-29T07:41:16.118Z", Info, "", "2026-11-29T07:41:16.118204331Z 2026-11-29 07:41:16.118 [INFO][71] confd/resource.go 277: Target config /etc/calico/confd/config/bird.cfg has been updated"),
			we("2026-11-29T07:41:16.130554217Z", Unknown, "", "2026-11-29T07:41:16.130554217Z bird: Reconfiguration requested by SIGHUP"),
			we("2026-11-29T07:41:16.131002874Z", Unknown, "", "2026-11-29T07:41:16.131002874Z bird: Reconfigured"),
			we("2026-11-29T07:41:17.45277109Z|2026-11-29T07:41:17.452Z", Info, "", `2026-11-29T07:41:17.452771090Z 2026-11-29 07:41:17.452 [INFO][68] felix/endpoint_mgr.go 602: Updating per-endpoint chains. id=proto.WorkloadEndpointID{OrchestratorId:"k8s", WorkloadId:"shop/api-6c9b7d5f8-q8r2t", EndpointId:"eth0"}`),
			we("2026-11-29T07:41:18.004602118Z|2026-11-29T07:41:18.004Z", Warn, "", `2026-11-29T07:41:18.004602118Z 2026-11-29 07:41:18.004 [WARNING][68] felix/health.go 211: Reporter is not ready: reporting non-ready. name="int_dataplane"`),
			we("2026-11-29T07:42:16.118402771Z|2026-11-29T07:42:16.118Z", Info, "", "2026-11-29T07:42:16.118402771Z 2026-11-29 07:42:16.118 [INFO][68] felix/summary.go 100: Summarising 12 dataplane reconciliation loops over 1m0.9s: avg=9ms longest=41ms (resync-filter-v4,resync-nat-v4)"),
			we("2026-11-29T07:42:20.550331002Z", Unknown, "", "2026-11-29T07:42:20.550331002Z bird: Mesh_10_0_8_18: State changed to down"),
		},
	},
	{
		name:   "coredns113-crictl-logs-timestamps-api-down",
		source: "CoreDNS 1.13 on a control-plane node whose API server is down, read on the node with `crictl logs -t <container>` (the kubelet's CRI log reader, the RFC 3339 nanosecond stamp before each line): the kubernetes plugin waiting (`[INFO] plugin/kubernetes: waiting for Kubernetes API before starting server`), the ready plugin's `[INFO] plugin/ready: Still waiting on: \"kubernetes\"`, client-go's reflector lines routed through CoreDNS's logger (`[INFO] plugin/kubernetes: pkg/mod/k8s.io/client-go@vX/tools/cache/reflector.go:N: failed to list *v1.T: …`, `[ERROR] plugin/kubernetes: Failed to watch: …`), `[WARNING] plugin/kubernetes: starting server with unsynced Kubernetes API`, then the banner: kubernetes/kubernetes issue #125845, coredns/coredns issues #4774 and #5326, coredns/helm issue #135, coredns/coredns PR #7727 (the error kept after `Failed to watch`); kubernetes-sigs/cri-tools cmd/crictl/logs.go",
		why:    "the runtime's stamp is the only time, on the banner's lines too; the bracketed word is the level (WARNING is Warn); `@v0.34.2`, `reflector.go:290` and go1.25.4 are no times; the API server's address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512331Z", Info, "", "2026-11-29T07:41:16.204512331Z [INFO] plugin/kubernetes: waiting for Kubernetes API before starting server"),
			we("2026-11-29T07:41:16.712004118Z", Info, "", `2026-11-29T07:41:16.712004118Z [INFO] plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.34.2/tools/cache/reflector.go:290: failed to list *v1.Namespace: Get "https://10.96.0.1:443/api/v1/namespaces?limit=500&resourceVersion=0": dial tcp 10.96.0.1:443: connect: connection refused`),
			we("2026-11-29T07:41:16.712219846Z", Error, "", `2026-11-29T07:41:16.712219846Z [ERROR] plugin/kubernetes: Failed to watch: failed to list *v1.Namespace: Get "https://10.96.0.1:443/api/v1/namespaces?limit=500&resourceVersion=0": dial tcp 10.96.0.1:443: connect: connection refused`),
			we("2026-11-29T07:41:22.118402771Z", Info, "", `2026-11-29T07:41:22.118402771Z [INFO] plugin/ready: Still waiting on: "kubernetes"`),
			we("2026-11-29T07:41:25.205330117Z", Warn, "", "2026-11-29T07:41:25.205330117Z [WARNING] plugin/kubernetes: starting server with unsynced Kubernetes API"),
			we("2026-11-29T07:41:25.205611402Z", Unknown, "", "2026-11-29T07:41:25.205611402Z .:53"),
			we("2026-11-29T07:41:25.205704339Z", Unknown, "", "2026-11-29T07:41:25.205704339Z CoreDNS-1.13.2"),
			we("2026-11-29T07:41:25.205711822Z", Unknown, "", "2026-11-29T07:41:25.205711822Z linux/amd64, go1.25.4, 1db4568"),
		},
	},
	{
		name:   "ingress-nginx-json-access-config-diff-value",
		source: "the ingress-nginx controller 1.13/1.14 at --v=2 with `log-format-escape-json: \"true\"` and a JSON `log-format-upstream` in its ConfigMap, as `kubectl logs -n ingress-nginx deploy/ingress-nginx-controller` shows it: klog lines, the `\"NGINX configuration change\" diff=<` record whose value is nginx.conf's unified diff (klog's multi-line value: each line after a tab, closed by ` >`), one JSON object an access: kubernetes/ingress-nginx issues #10566 (the diff record after a log-format-upstream change), #9819 and #8693 (JSON log-format-upstream with $time_iso8601 and $host), PR #836",
		why:    "a klog multi-line value: the diff's lines, with the old and new files' times in its --- and +++ headers, belong to the record that opens it; an access object's time is $time_iso8601 with +00:00; its \"host\" is the request's Host header, not the record's host; 502 is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Info, "", `I1129 07:41:16.123456       7 controller.go:214] "Configuration changes detected, backend reload required"`),
			we("2026-11-29T07:41:16.187204Z", Info, "",
				`I1129 07:41:16.187204       7 nginx.go:757] "NGINX configuration change" diff=<`,
				"\t--- /etc/nginx/nginx.conf\t2026-11-29 07:38:02.409112204 +0000",
				"\t+++ /tmp/nginx/new-nginx-cfg2741190583\t2026-11-29 07:41:16.180455019 +0000",
				"\t@@ -1,6 +1,6 @@",
				"\t ",
				"\t-# Configuration checksum: 15120457339518730081",
				"\t+# Configuration checksum: 2207736185143360514",
				"\t ",
				"\t # setup custom paths that do not require root access",
				"\t pid /tmp/nginx/nginx.pid;",
				"\t@@ -1187,7 +1187,7 @@",
				"\t \t\t\tset $proxy_upstream_name \"shop-api-8080\";",
				"\t-\t\t\tproxy_read_timeout                      60s;",
				"\t+\t\t\tproxy_read_timeout                      120s;",
				" >"),
			we("2026-11-29T07:41:16.402118Z", Info, "", `I1129 07:41:16.402118       7 controller.go:228] "Backend successfully reloaded"`),
			we("2026-11-29T07:41:17Z", Unknown, "", `{"time": "2026-11-29T07:41:17+00:00", "request_id": "bd789c235e1a470fc9a672e2f9edbbe5", "remote_addr": "10.20.0.5", "host": "shop.example.com", "method": "GET", "path": "/api/orders", "status": 200, "bytes_sent": 1843, "request_time": 0.041, "upstream_addr": "10.244.3.17:8080", "upstream_status": "200", "proxy_upstream_name": "shop-api-8080", "http_user_agent": "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"}`),
			we("2026-11-29T07:41:18Z", Unknown, "", `{"time": "2026-11-29T07:41:18+00:00", "request_id": "bfbf984fc0510735c0bb5ebbb766be95", "remote_addr": "10.20.0.5", "host": "shop.example.com", "method": "POST", "path": "/api/checkout", "status": 502, "bytes_sent": 150, "request_time": 0.003, "upstream_addr": "10.244.3.17:8080, 10.244.5.9:8080", "upstream_status": "502, 502", "proxy_upstream_name": "shop-api-8080", "http_user_agent": "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"}`),
			we("2026-11-29T07:41:19.004112Z", Warn, "", `W1129 07:41:19.004112       7 controller.go:1111] Error getting SSL certificate "shop/web-tls": local SSL certificate shop/web-tls was not found. Using default certificate`),
		},
	},
	{
		name:   "cert-manager119-json-logging-format",
		source: "cert-manager 1.19's controller with `--logging-format=json` (the Kubernetes component-base JSON encoder: `ts` epoch milliseconds with a fraction, `logger` from the named logr logger, `caller`, `msg`, `v` on info records, `err` on error records, then the record's keys; client-go's leader election without a logger) in `kubectl logs -n cert-manager deploy/cert-manager`: cert-manager/cert-manager PR #5828 (the flag), issues #6768 and #6104 and PR #6779 (JSON records pasted); the logger key's place from zap's encoder order; the ACME messages from memory",
		why:    "a millisecond epoch with a fraction; v marks info and err without v an error (an `error` key beside v is a value); dnsName and resource_name name the certificate's domain and objects, no host; the renewal time in a message is not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:10.5005Z", Info, "", `{"ts":1795938070500.5,"caller":"leaderelection/leaderelection.go:257","msg":"attempting to acquire leader lease kube-system/cert-manager-controller...","v":0}`),
			we("2026-11-29T07:41:16.2045Z", Info, "", `{"ts":1795938076204.5,"logger":"cert-manager.controller","caller":"acmeorders/sync.go:218","msg":"Order has already been completed, cleaning up any owned Challenge resources","v":0,"resource_name":"web-tls-1-2814337651","resource_namespace":"shop","resource_kind":"Order","resource_version":"v1"}`),
			we("2026-11-29T07:41:17.11825Z", Info, "", `{"ts":1795938077118.25,"logger":"cert-manager.controller","caller":"acmechallenges/sync.go:270","msg":"propagation check failed","v":1,"resource_name":"api-tls-1-3920571146-1502364401","resource_namespace":"shop","resource_kind":"Challenge","resource_version":"v1","dnsName":"api.example.org","type":"DNS-01","error":"DNS record for \"api.example.org\" not yet propagated"}`),
			we("2026-11-29T07:41:21.902125Z", Error, "", `{"ts":1795938081902.125,"logger":"cert-manager.controller","caller":"controller/controller.go:162","msg":"re-queuing item due to error processing","key":"shop/api-tls-1-3920571146-1502364401","err":"error getting clouddns service: failed to retrieve token: context deadline exceeded"}`),
			we("2026-11-29T07:41:30.75075Z", Info, "", `{"ts":1795938090750.75,"logger":"cert-manager.controller","caller":"trigger/trigger_controller.go:229","msg":"Certificate must be re-issued","v":0,"key":"shop/web-tls","reason":"Renewing","message":"Renewing certificate as renewal was scheduled at 2026-11-29 07:41:30 +0000 UTC"}`),
		},
	},
	{
		name:   "karpenter-kubectl-prefix-two-replicas-disruption",
		source: "Karpenter 1.6-1.8 read across both replicas with `kubectl logs -n kube-system -l app.kubernetes.io/name=karpenter --prefix` (`[pod/<pod>/controller] ` before each line; zap's JSON with an upper-case level, time ISO 8601 to the millisecond, logger, message, commit and the controller's keys; the disruption controller's `disrupting node(s)` with command-id, reason, decision, counts and the disrupted and replacement nodes): kubernetes-sigs/karpenter issues #2329 and #2332 and PR #1998 (the disruption keys), aws/karpenter-provider-aws issues #7189 and #9238 (launched nodeclaim, the leader lease line); --prefix from kubectl logs --help",
		why:    "kubectl's bracketed pod and container first: the pod is no host; the time and level are the JSON's; the provider-id, zone and the nodes named are no hosts; durations and counts are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `[pod/karpenter-7c9f8b6d5-k2x8p/controller] {"level":"INFO","time":"2026-11-29T07:41:16.204Z","logger":"controller","message":"found provisionable pod(s)","commit":"1ad0d78","controller":"provisioner","namespace":"","name":"","reconcileID":"5d2c9a1e-7f3b-4e8d-9a61-0c4b2e7f1a93","Pods":"shop/batch-29412077-7xk2p, shop/batch-29412077-q2wzl","duration":"38.411226ms"}`),
			we("2026-11-29T07:41:17.02Z", Info, "", `[pod/karpenter-7c9f8b6d5-m4k2p/controller] {"level":"INFO","time":"2026-11-29T07:41:17.020Z","logger":"controller","message":"attempting to acquire leader lease kube-system/karpenter-leader-election...","commit":"1ad0d78"}`),
			we("2026-11-29T07:41:19.551Z", Info, "", `[pod/karpenter-7c9f8b6d5-k2x8p/controller] {"level":"INFO","time":"2026-11-29T07:41:19.551Z","logger":"controller","message":"launched nodeclaim","commit":"1ad0d78","controller":"nodeclaim.lifecycle","controllerGroup":"karpenter.sh","controllerKind":"NodeClaim","NodeClaim":{"name":"default-x2k4p"},"namespace":"","name":"default-x2k4p","reconcileID":"0b7e44f2-19c8-4a3d-b1e0-6f2a9c5d8e17","provider-id":"aws:///eu-west-1b/i-0a4f1c2a7e9b3d4c1","instance-type":"m7i.xlarge","zone":"eu-west-1b","capacity-type":"spot","allocatable":{"cpu":"3920m","ephemeral-storage":"17Gi","memory":"14481Mi","pods":"58"}}`),
			we("2026-11-29T07:48:02.33Z", Info, "", `[pod/karpenter-7c9f8b6d5-k2x8p/controller] {"level":"INFO","time":"2026-11-29T07:48:02.330Z","logger":"controller","message":"disrupting node(s)","commit":"1ad0d78","controller":"disruption","namespace":"","name":"","reconcileID":"7b6a5c4d-2e1f-4a0b-8c9d-3e4f5a6b7c8d","command-id":"1a9c7e5b-3d2f-4b8e-9c6a-0f1e2d3c4b5a","reason":"underutilized","decision":"replace","disrupted-node-count":1,"replacement-node-count":1,"pod-count":6,"disrupted-nodes":[{"Node":{"name":"ip-10-0-12-40.eu-west-1.compute.internal"},"NodeClaim":{"name":"default-q8r2t"},"capacity":{"cpu":"7910m","memory":"29317Mi","pods":"58"},"instance-type":"m7i.2xlarge","capacity-type":"on-demand"}],"replacement-nodes":[{"capacity-type":"spot","instance-types":"m7i.xlarge, m6i.xlarge, m7a.xlarge, c7i.2xlarge and 41 other(s)"}]}`),
			we("2026-11-29T07:48:09.004Z", Error, "", `[pod/karpenter-7c9f8b6d5-k2x8p/controller] {"level":"ERROR","time":"2026-11-29T07:48:09.004Z","logger":"controller","message":"Reconciler error","commit":"1ad0d78","controller":"nodeclaim.lifecycle","controllerGroup":"karpenter.sh","controllerKind":"NodeClaim","NodeClaim":{"name":"default-r7t2m"},"namespace":"","name":"default-r7t2m","reconcileID":"8e3f1c2a-5b7d-4e9a-a0c1-2d4f6b8e0a13","error":"launching nodeclaim, creating instance, insufficient capacity, with fleet error(s), InsufficientInstanceCapacity: We currently do not have sufficient m7i.xlarge capacity in the Availability Zone you requested (eu-west-1b)."}`),
		},
	},
	{
		name:   "cluster-autoscaler-aws-asg-activity-struct-block",
		source: "the cluster-autoscaler 1.31-1.34 on AWS in `kubectl logs -n kube-system deploy/cluster-autoscaler` (klog text `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg`): the scale-up lines (`Final scale-up plan: [{group cur->new (max: N)}]`, `Scale-up: setting group … size to N`, `Setting asg … size to N`), the ASG's failed activity printed by `klog.Warningf(\"ASG %s scaling failed with %s\", …, *activity)` as the AWS SDK's pretty-printed struct over many lines (`{`, `  Field: value,` …, `}`), the backoff `Disabling scale-up for node group … until <time> m=+…; errorClass=…; errorCode=…` and `Failed to fix node group sizes`: kubernetes/autoscaler issue #7702 and PR #7703 (closed unmerged), issues #6128 and #3835; the errorCode's value from memory",
		why:    "a warning whose message is a struct printed over many lines: the lines from `{` to `}` are its record; the Cause's times, StartTime, EndTime and the backoff's until are not the record's; `3->5 (max: 10)` and m=+… are no times; the node group and the ARN are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204412Z", Info, "", "I1129 07:41:16.204412       1 orchestrator.go:189] Final scale-up plan: [{eks-batch-spot-5e2f8a1c-9b3d-4c1a-8e2f-0b6d41207ab1 3->5 (max: 10)}]"),
			we("2026-11-29T07:41:16.204519Z", Info, "", "I1129 07:41:16.204519       1 executor.go:147] Scale-up: setting group eks-batch-spot-5e2f8a1c-9b3d-4c1a-8e2f-0b6d41207ab1 size to 5"),
			we("2026-11-29T07:41:16.204602Z", Info, "", "I1129 07:41:16.204602       1 auto_scaling_groups.go:265] Setting asg eks-batch-spot-5e2f8a1c-9b3d-4c1a-8e2f-0b6d41207ab1 size to 5"),
			we("2026-11-29T07:41:47.815402Z", Warn, "",
				"W1129 07:41:47.815402       1 auto_scaling_groups.go:551] ASG eks-batch-spot-5e2f8a1c-9b3d-4c1a-8e2f-0b6d41207ab1 scaling failed with {",
				`  ActivityId: "2c9e1f7a-4b3d-8e2f-0b6d-41207ab15f1c",`,
				`  AutoScalingGroupARN: "arn:aws:autoscaling:eu-west-1:210987654321:autoScalingGroup:7d2e4c1a-3b9f-4a60-8e21-5c0d9f1b2a73:autoScalingGroupName/eks-batch-spot-5e2f8a1c-9b3d-4c1a-8e2f-0b6d41207ab1",`,
				`  AutoScalingGroupName: "eks-batch-spot-5e2f8a1c-9b3d-4c1a-8e2f-0b6d41207ab1",`,
				`  Cause: "At 2026-11-29T07:41:16Z a user request update of AutoScalingGroup constraints to min: 0, max: 10, desired: 5 changing the desired capacity from 3 to 5.  At 2026-11-29T07:41:28Z an instance was started in response to a difference between desired and actual capacity, increasing the capacity from 3 to 5.",`,
				`  Description: "Launching a new EC2 instance.  Status Reason: Could not launch Spot Instances. InsufficientInstanceCapacity - There is no Spot capacity available that matches your request. Launching EC2 instance failed.",`,
				`  Details: "{\"Subnet ID\":\"subnet-0b6d41207ab15f1c2\",\"Availability Zone\":\"eu-west-1b\"}",`,
				"  EndTime: 2026-11-29 07:41:29 +0000 UTC,",
				"  Progress: 100,",
				"  StartTime: 2026-11-29 07:41:28.914 +0000 UTC,",
				`  StatusCode: "Failed",`,
				`  StatusMessage: "Could not launch Spot Instances. InsufficientInstanceCapacity - There is no Spot capacity available that matches your request. Launching EC2 instance failed."`,
				"}"),
			we("2026-11-29T07:41:47.820118Z", Warn, "", "W1129 07:41:47.820118       1 clusterstate.go:297] Disabling scale-up for node group eks-batch-spot-5e2f8a1c-9b3d-4c1a-8e2f-0b6d41207ab1 until 2026-11-29 07:46:47.815611302 +0000 UTC m=+2030.419314682; errorClass=OutOfResource; errorCode=placeholder-cannot-be-fulfilled"),
			we("2026-11-29T07:41:58.004411Z", Error, "", "E1129 07:41:58.004411       1 static_autoscaler.go:439] Failed to fix node group sizes: failed to decrease eks-batch-spot-5e2f8a1c-9b3d-4c1a-8e2f-0b6d41207ab1: attempt to delete existing nodes targetSize:5 delta:-2 existingNodes: 3"),
		},
	},
}

func TestFresh338Formats(t *testing.T) { assertTable(t, fresh338Cases) }
func TestFresh338Score(t *testing.T) {
	checkScore(t, "fresh338 formats", fresh338Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
