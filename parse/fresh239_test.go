package parse

import "testing"

// The two-hundred-and-thirty-ninth fresh table, written on 2026-12-05: Kubernetes node and
// control-plane components at raised verbosity as admins read them in 2025-2026 (Kubernetes
// 1.32-1.34), in shapes no earlier table holds. Each family is one product's documented or observed
// output: the kubelet at -v=4 in `journalctl -u kubelet -o short-precise`, with a probe's multi-line
// output value that journalctl indents under the header; containerd 2.x in `journalctl -u containerd
// -o short-monotonic` (a boot-relative clock before the host, the logrus time= inside); CRI-O 1.3x
// in `journalctl -u crio -o short-iso-precise`; kube-apiserver's httplog access lines at -v=3 read
// from its static pod's CRI log file under /var/log/pods; calico-node's stdout with Felix, confd and
// BIRD's untimed `bird:` lines interleaved; CoreDNS's log plugin query lines beside errors plugin
// lines under its startup banner; `cilium-dbg monitor --type drop` with its banner; `hubble observe`
// with the observing node's name in brackets; `kubeadm upgrade apply` output with klog lines at
// --v=5 between the bracketed phases; `kubectl get events -o wide` with its SOURCE column.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`kubelet`, `kube-proxy`, `kube-apiserver`, `audit.k8s.io`, `requestReceivedTimestamp`,
// `stageTimestamp`, `containerd`, `io.containerd`, `containerd 2`, `crio\[`, `cri-o`, `cilium`,
// `cilium-agent`, `cilium-dbg`, `cilium monitor`, `Listening for events`, `hubble`,
// `print-node-name`, `o dict`, `VERDICT:`, `calico`, `felix`, `bird:`, `Mesh_`, `coredns`,
// `plugin/errors`, `plugin/log`, `qr,aa`, `qr,rd`, `etcd`, `kubeadm`, `upgrade/`, `upgrade/config`,
// `upgrade apply`, `kubectl events`, `kubectl get events`, `LAST SEEN`, `SUBOBJECT`, `Back-off`,
// `httplog`, `stderr F I1`, `trace.go`, `Trace\[`, `kubelet.go`, `prober.go`, `output=<`,
// `proxier.go`, `nftables`, `short-monotonic`, `short-iso-precise`). The kubelet behind the
// journal's short header is in fresh4 (kubelet-journal), and in fresh164 and fresh177 as
// systemctl status and short-iso output; the probe's `output=<` block is in fresh199 only as a
// plain klog line: the journal's indented continuation of a multi-line value under short-precise is
// in none. containerd's journal is in fresh164 (short-precise, no hostname) and fresh177 (short-iso):
// short-monotonic is in none for it. CRI-O's journal line is in fresh_test (crio-journal, short):
// short-iso-precise is in none for it. kube-apiserver httplog is in fresh199 only as a plain klog
// line and the CRI file prefix only in rules_test: the two together are in none. Calico Felix is
// in fresh_test (calico-felix) alone: the BIRD lines between Felix's are in none. CoreDNS's errors
// plugin is in world_test and fresh86, the log plugin's query line with `qr,aa` in fresh149,
// fresh154 and fresh199 (behind stern or kubectl prefixes): the bare container output with the
// startup banner is in none. Hubble's compact output is in fresh34 without a node and its JSON in
// fresh199: the compact output with the node in brackets is in none. cilium monitor is in none.
// kubeadm init's output is in fresh27: upgrade apply's is in none. kubectl get events is in fresh4
// (default columns): -o wide with SOURCE is in none. Left out as measured already: the audit log's
// JSON events (fresh2, fresh65), etcd's zap JSON behind journald (fresh65, fresh216 and others),
// kube-proxy's klog (fresh33), the apiserver's trace blocks (fresh38). The table holds 10
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A journal header and the klog or logrus line inside it both carry the
// record's time, so either is accepted; short-monotonic's bracketed seconds since boot are no wall
// time, so only the logrus time= counts there; the CRI file's timestamp and the klog header
// likewise both count. kubectl's LAST SEEN and FIRST SEEN are ages, no time of the record;
// calico-node's `bird:` lines, CoreDNS's query lines, cilium monitor and kubeadm's phase lines carry
// none. Levels only where the line marks one: the klog letter, logrus's level=, Felix's [INFO]
// bracket, CoreDNS's [INFO]/[ERROR], the events' TYPE column (Normal Info, Warning Warn); hubble's
// verdicts, cilium's `xx drop`, BIRD's lines and kubeadm's phase names are none, and a CRI stream
// name (stderr) is no level. The host is the record's host field: the journal's host (the node),
// the node in hubble's brackets, the event's SOURCE host (`kubelet, wk-07`); a pod, a client
// srcIP, a peer address, an API server address and a node named in a message are not. A record
// that spans lines is one entry: the kubelet's probe output block under its header.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 56a33f8 before any rule for it: level 90.0 %, time 90.0 %, host 72.5 %, records 85.0 %.
// That is the macro figure (micro: level 86.7 %, time 86.7 %, host 71.1 %, records 80.0 %), in a
// worktree at 56a33f8 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 10 families fully right; the gaps are calico-node's `bird:` lines and kubeadm's phase lines joined
// to the timed line before them, the node in hubble's brackets and the host in the events' SOURCE
// column.

var fresh239Cases = []worldCase{
	{
		name:   "kubelet-v4-journal-short-precise-probe-output-block",
		source: "kubelet at -v=4 under systemd read with `journalctl -u kubelet -o short-precise` (`Mmm dd HH:MM:SS.micro host kubelet[pid]: Lmmdd hh:mm:ss.micro pid file:line] \"msg\" k=v`; klog's multi-line value `output=<` … ` >` kept in one journal entry, journalctl indenting its continuation lines under the header): kubernetes/kubernetes issues quoting `Probe failed` with output=< blocks; journalctl(1) short-precise; the indentation from memory",
		why:    "the journal's microsecond time and klog's own; the klog letter is the level; a probe's output block printed under the header with the header's width of spaces belongs to its record; the pod in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.004733Z|2026-11-29T07:41:20.004512Z", Info, "wk-07", `Nov 29 07:41:20.004733 wk-07 kubelet[1187]: I1129 07:41:20.004512    1187 kubelet.go:2470] "SyncLoop (PLEG): event for pod" pod="shop/api-6c9b7d5f8-q8r2t" event={"ID":"3c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f","Type":"ContainerStarted","Data":"9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d"}`),
			we("2026-11-29T07:41:20.118402Z|2026-11-29T07:41:20.118177Z", Info, "wk-07", `Nov 29 07:41:20.118402 wk-07 kubelet[1187]: I1129 07:41:20.118177    1187 kuberuntime_manager.go:1054] "computePodActions got for pod" podActions="KillPod: false, CreateSandbox: false, Attempt: 0, ContainersToStart: [], ContainersToKill: map[]" pod="shop/api-6c9b7d5f8-q8r2t"`),
			we("2026-11-29T07:41:22.118204Z|2026-11-29T07:41:22.118010Z", Info, "wk-07",
				`Nov 29 07:41:22.118204 wk-07 kubelet[1187]: I1129 07:41:22.118010    1187 prober.go:107] "Probe failed" probeType="Readiness" pod="shop/api-6c9b7d5f8-q8r2t" podUID="3c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f" containerName="api" probeResult="failure" output=<`,
				"                                            \tHTTP probe failed with statuscode: 503",
				"                                            \tbody: {\"status\":\"starting\",\"checks\":{\"db\":\"pending\"}}",
				"                                             >"),
			we("2026-11-29T07:41:24.530911Z|2026-11-29T07:41:24.530688Z", Error, "wk-07", `Nov 29 07:41:24.530911 wk-07 kubelet[1187]: E1129 07:41:24.530688    1187 log.go:32] "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \"registry.example.org/shop/worker:4.3\": not found" image="registry.example.org/shop/worker:4.3"`),
			we("2026-11-29T07:41:25.002117Z|2026-11-29T07:41:25.001904Z", Info, "wk-07", `Nov 29 07:41:25.002117 wk-07 kubelet[1187]: I1129 07:41:25.001904    1187 status_manager.go:914] "Patch status for pod" pod="shop/api-6c9b7d5f8-q8r2t" podUID="3c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f" patch="{\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"False\"}]}}"`),
		},
	},
	{
		name:   "containerd2-journal-short-monotonic",
		source: "containerd 2.x under systemd read with `journalctl -u containerd -o short-monotonic` (`[ seconds.micro] host containerd[pid]: time=\"RFC3339Nano\" level=… msg=… k=v`; CRI plugin messages such as RunPodSandbox and the 2.x plugin ids io.containerd.*.v1): journalctl(1) output modes; containerd issues quoting its journal; from memory for the combination",
		why:    "a boot-relative monotonic clock in brackets is no wall time: the record's time is logrus's time=; the level= pair is the level; the node after the brackets is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118330Z", Info, "wk-07", `[ 1843.552107] wk-07 containerd[812]: time="2026-11-29T07:41:16.204118330Z" level=info msg="RunPodSandbox for &PodSandboxMetadata{Name:api-6c9b7d5f8-q8r2t,Uid:3c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f,Namespace:shop,Attempt:0,}"`),
			we("2026-11-29T07:41:16.611402117Z", Debug, "wk-07", `[ 1843.959388] wk-07 containerd[812]: time="2026-11-29T07:41:16.611402117Z" level=debug msg="shim bootstrap parameters" address="unix:///run/containerd/s/9b3d4c1a8e2f4b6d9c3a2b1e5f1c2a7e" namespace=k8s.io protocol=ttrpc version=3`),
			we("2026-11-29T07:41:17.020335901Z", Warn, "wk-07", `[ 1844.368520] wk-07 containerd[812]: time="2026-11-29T07:41:17.020335901Z" level=warning msg="cleaning up after shim disconnected" id=7e9b3d4c1a8e2f0b6d41207ab15f1c2a namespace=k8s.io`),
			we("2026-11-29T07:41:18.500201001Z", Error, "wk-07", `[ 1845.848411] wk-07 containerd[812]: time="2026-11-29T07:41:18.500201001Z" level=error msg="PullImage \"registry.example.org/shop/worker:4.3\" failed" error="failed to resolve reference \"registry.example.org/shop/worker:4.3\": registry.example.org/shop/worker:4.3: not found"`),
		},
	},
	{
		name:   "crio133-journal-short-iso-precise",
		source: "CRI-O 1.33 under systemd read with `journalctl -u crio -o short-iso-precise` (`yyyy-mm-ddThh:mm:ss.micro+00:00 host crio[pid]: time=\"yyyy-mm-dd hh:mm:ss.nnnnnnnnnZ\" level=… msg=… id=… name=/runtime.v1…`): journalctl(1) output modes; cri-o/cri-o issues quoting node logs (the logrus line as in fresh_test's crio-journal)",
		why:    "an ISO header with microseconds and an offset, then CRI-O's own nanosecond time with a space before the clock; the level= pair; the gRPC method name is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.480112Z|2026-11-29T07:41:16.480093412Z", Info, "wk-03", `2026-11-29T07:41:16.480112+00:00 wk-03 crio[912]: time="2026-11-29 07:41:16.480093412Z" level=info msg="Checking image status: registry.k8s.io/pause:3.10" id=4f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1 name=/runtime.v1.ImageService/ImageStatus`),
			we("2026-11-29T07:41:16.912044Z|2026-11-29T07:41:16.912011877Z", Info, "wk-03", `2026-11-29T07:41:16.912044+00:00 wk-03 crio[912]: time="2026-11-29 07:41:16.912011877Z" level=info msg="Created container 9e8d7c6b5a4f: shop/api-6c9b7d5f8-x7m2k/api" id=9b3d4c1a-8e2f-4b6d-9c3a-2b1e5f1c2a7e name=/runtime.v1.RuntimeService/CreateContainer`),
			we("2026-11-29T07:41:17.301877Z|2026-11-29T07:41:17.301850120Z", Warn, "wk-03", `2026-11-29T07:41:17.301877+00:00 wk-03 crio[912]: time="2026-11-29 07:41:17.301850120Z" level=warning msg="Allowed annotations are specified for workload [io.containers.trace-syscall]"`),
			we("2026-11-29T07:41:18.044519Z|2026-11-29T07:41:18.044490006Z", Error, "wk-03", `2026-11-29T07:41:18.044519+00:00 wk-03 crio[912]: time="2026-11-29 07:41:18.044490006Z" level=error msg="Failed to cleanup (probably retrying): failed to destroy network for pod sandbox k8s_batch-29412077-7xk2p_shop_1e5f1c2a-7e9b-4d4c-8a8e-2f0b6d4c3a2b_0(5f1c2a7e9b3d): plugin type=\"cilium-cni\" failed (delete): unable to connect to Cilium daemon"`),
		},
	},
	{
		name:   "kube-apiserver-httplog-cri-pod-log-file",
		source: "kube-apiserver at -v=3 read from its static pod's file /var/log/pods/kube-system_kube-apiserver-cp-1_<uid>/kube-apiserver/0.log (the CRI log format `RFC3339Nano stream P|F line`, the line klog's `Lmmdd … httplog.go:134] \"HTTP\" verb=… URI=… latency=… userAgent=… audit-ID=… srcIP=… resp=…`): kubernetes.io 'Logging Architecture'; kubernetes/kubernetes issues quoting httplog lines; from memory for the pairing",
		why:    "the CRI timestamp and klog's own both carry the time; the klog letter is the level, the stream name stderr is not; srcIP and the user agent's node are peers, and the file has no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118330Z|2026-11-29T07:41:16.204001Z", Info, "", `2026-11-29T07:41:16.204118330Z stderr F I1129 07:41:16.204001       1 httplog.go:134] "HTTP" verb="GET" URI="/api/v1/namespaces/kube-system/pods?limit=500" latency="3.412ms" userAgent="kubectl/v1.34.1 (linux/amd64) kubernetes/93248f9" audit-ID="4f1c2a7e-9b3d-4c1a-8e2f-0b6d41207ab1" srcIP="10.0.8.21:51234" apf_pl="exempt" apf_fs="exempt" apf_execution_time="3.1ms" resp=200`),
			we("2026-11-29T07:41:16.530447201Z|2026-11-29T07:41:16.530390Z", Info, "", `2026-11-29T07:41:16.530447201Z stderr F I1129 07:41:16.530390       1 httplog.go:134] "HTTP" verb="PATCH" URI="/api/v1/nodes/wk-07/status?timeout=10s" latency="6.881ms" userAgent="kubelet/v1.34.1 (linux/amd64) kubernetes/93248f9" audit-ID="9b3d4c1a-8e2f-4b6d-9c3a-2b1e5f1c2a7e" srcIP="10.0.8.17:40412" apf_pl="system" apf_fs="system-nodes" apf_execution_time="6.2ms" resp=200`),
			we("2026-11-29T07:41:17.004112877Z|2026-11-29T07:41:17.004060Z", Warn, "", `2026-11-29T07:41:17.004112877Z stderr F W1129 07:41:17.004060       1 dispatcher.go:225] Failed calling webhook, failing closed validate.kyverno.svc-fail: failed calling webhook "validate.kyverno.svc-fail": failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/validate/fail?timeout=10s": context deadline exceeded`),
			we("2026-11-29T07:41:18.500201001Z|2026-11-29T07:41:18.500112Z", Error, "", `2026-11-29T07:41:18.500201001Z stderr F E1129 07:41:18.500112       1 status.go:71] "Unhandled Error" err="apiserver received an error that is not an metav1.Status: &errors.errorString{s:\"http: Handler timeout\"}: http: Handler timeout" logger="UnhandledError"`),
		},
	},
	{
		name:   "calico-node-felix-bird-interleaved",
		gap:    "the untimed `bird: …` lines after a Felix/confd line are joined to it as continuations instead of standing as records of their own",
		source: "calico-node's container output (`kubectl logs -n calico-system calico-node-…`): Felix, confd and startup lines `yyyy-MM-dd HH:mm:ss.SSS [LEVEL][pid] component/file.go line: msg` with BIRD's own `bird: …` lines between them, untimed: projectcalico/calico issues #8619 and #4958, projectcalico/node issue #242",
		why:    "BIRD's untimed, level-less `bird:` lines are records of their own between Felix's timed ones, not continuations; the node name in a Felix message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", "2026-11-29 07:41:16.118 [INFO][71] confd/resource.go 277: Target config /etc/calico/confd/config/bird.cfg has been updated"),
			we("", Unknown, "", "bird: Reconfiguration requested by SIGHUP"),
			we("", Unknown, "", "bird: Mesh_10_0_8_18: State changed to feed"),
			we("", Unknown, "", "bird: Mesh_10_0_8_18: State changed to up"),
			we("2026-11-29T07:41:17.452Z", Info, "", `2026-11-29 07:41:17.452 [INFO][68] felix/int_dataplane.go 2045: Received *proto.HostMetadataV4V6Update update from calculation graph msg=hostname:"wk-08" ipv4_addr:"10.0.8.18/24"`),
			we("2026-11-29T07:41:18.004Z", Warn, "", `2026-11-29 07:41:18.004 [WARNING][68] felix/route_table.go 812: Failed to add route; will retry error=network is unreachable ifaceName="vxlan.calico" ipVersion=0x4 tableIndex=254`),
		},
	},
	{
		name:   "coredns-log-plugin-container-output",
		source: "CoreDNS 1.12 with the log and errors plugins, the container's output (`kubectl logs -n kube-system coredns-…`): the startup banner `.:53`, `CoreDNS-x.y.z`, `os/arch, goversion, commit` once, then `[INFO] client:port - id \"TYPE CLASS name. proto size do bufsize\" RCODE flags rsize duration` and `[ERROR] plugin/errors: …`: coredns/coredns issues #4724 and #3399; coredns.io plugin/log",
		why:    "a bracketed level before a client address, no time; the client address is a peer; the banner is no record",
		entries: []worldEntry{
			wskip(".:53", "[INFO] plugin/reload: Running configuration SHA512 = 7e3f5a8b2c4d6e8f0a1b3c5d7e9f4b6f0e2a9c1d", "CoreDNS-1.12.1", "linux/amd64, go1.24.1, 707c7c1"),
			we("", Info, "", `[INFO] 10.244.3.17:41221 - 40512 "A IN api.shop.svc.cluster.local. udp 54 false 512" NOERROR qr,aa,rd 108 0.000187311s`),
			we("", Info, "", `[INFO] 10.244.3.17:41221 - 40513 "AAAA IN api.shop.svc.cluster.local. udp 54 false 512" NOERROR qr,aa,rd 147 0.000141028s`),
			we("", Info, "", `[INFO] 10.244.1.22:53340 - 7731 "A IN registry.example.org.shop.svc.cluster.local. udp 71 false 1232" NXDOMAIN qr,aa,rd 164 0.000120955s`),
			we("", Error, "", "[ERROR] plugin/errors: 2 registry.example.org. A: read udp 10.244.0.9:38412->192.0.2.53:53: i/o timeout"),
		},
	},
	{
		name:   "cilium-dbg-monitor-type-drop",
		source: "`cilium-dbg monitor --type drop` inside the cilium-agent pod (banner `Listening for events on N CPUs with 64x4096 of shared memory` / `Press Ctrl-C to quit`, a logrus line from the monitor, then `xx drop (reason) flow 0x… to endpoint N, ifindex N, file bpf_lxc.c:N, , identity A->B: src -> dst proto flags`): cilium/cilium issues #11517 and #5496",
		why:    "drop lines carry no time and no level; `xx drop` is no level; the identities and addresses are peers; the monitor's logrus line has a level= and no time",
		entries: []worldEntry{
			wskip("Listening for events on 8 CPUs with 64x4096 of shared memory", "Press Ctrl-C to quit"),
			we("", Info, "", `level=info msg="Initializing dissection cache..." subsys=monitor`),
			we("", Unknown, "", "xx drop (Policy denied) flow 0x7a3c41e2 to endpoint 1412, ifindex 27, file bpf_lxc.c:2127, , identity 50412->31207: 10.244.1.40:43122 -> 10.244.2.31:5432 tcp SYN"),
			we("", Unknown, "", "xx drop (Policy denied) flow 0x7a3c41e2 to endpoint 1412, ifindex 27, file bpf_lxc.c:2127, , identity 50412->31207: 10.244.1.40:43122 -> 10.244.2.31:5432 tcp SYN"),
			we("", Unknown, "", "xx drop (Stale or unroutable IP) flow 0x0 to endpoint 0, ifindex 4, file bpf_host.c:1311, , identity world->unknown: 203.0.113.41:51022 -> 10.244.2.9:8443 tcp SYN"),
		},
	},
	{
		name:   "hubble-observe-node-name-brackets",
		gap:    "the observing node in brackets after the year-less time (`Nov 29 07:41:16.204 [wk-07]: …`) is not read as the host",
		source: "`hubble observe` compact output through Hubble Relay with the node shown (`Mmm dd HH:MM:SS.mmm [node]: src -> dst verdict (summary)`): cilium/hubble issues #86 and #267; the compact form without the node is fresh34's",
		why:    "a year-less date with milliseconds, then the observing node in brackets before a colon: that node is the record's host; the pods and addresses are peers; FORWARDED and DROPPED are verdicts, not levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "wk-07", "Nov 29 07:41:16.204 [wk-07]: shop/frontend-5f7d8c9b4-x2k4p:51234 (ID:41207) -> shop/api-6c9b7d5f8-q8r2t:8080 (ID:23456) to-endpoint FORWARDED (TCP Flags: SYN)"),
			we("2026-11-29T07:41:16.205Z", Unknown, "wk-08", "Nov 29 07:41:16.205 [wk-08]: shop/frontend-5f7d8c9b4-x2k4p:51234 (ID:41207) <- shop/api-6c9b7d5f8-q8r2t:8080 (ID:23456) to-stack FORWARDED (TCP Flags: SYN, ACK)"),
			we("2026-11-29T07:41:17.002Z", Unknown, "wk-08", "Nov 29 07:41:17.002 [wk-08]: shop/batch-29412077-7xk2p:43122 (ID:50412) <> shop/db-0:5432 (ID:31207) Policy denied DROPPED (TCP Flags: SYN)"),
			we("2026-11-29T07:41:17.310Z", Unknown, "cp-1", "Nov 29 07:41:17.310 [cp-1]: 203.0.113.41:51022 (world) -> kube-system/hubble-relay-7c9d8b6f5-m4k2p:4245 (ID:1207) to-endpoint FORWARDED (TCP Flags: SYN)"),
		},
	},
	{
		name:   "kubeadm-upgrade-apply-v5",
		source: "`kubeadm upgrade apply v1.34.2 --v=5` terminal output (bracketed phase lines `[upgrade/config] …`, `[upgrade/version] …`, `[upgrade/successful] SUCCESS! …`, untimed, with klog lines `Lmmdd hh:mm:ss.micro pid file:line] msg` between them at --v=5): kubernetes/kubeadm issues #1617 and #2154; kubernetes/website PR #4770",
		why:    "the phase names in brackets are no level and the phase lines carry no time; the klog lines between them have their own month-day time and letter, and a phase line after a klog line is not its continuation",
		entries: []worldEntry{
			we("", Unknown, "", "[preflight] Running pre-flight checks."),
			we("2026-11-29T09:12:04.118402Z", Info, "", "I1129 09:12:04.118402   48213 preflight.go:77] validating if the cluster has the kube-proxy DaemonSet"),
			we("", Unknown, "", `[upgrade/config] Reading configuration from the "kubeadm-config" ConfigMap in namespace "kube-system"...`),
			we("", Unknown, "", `[upgrade/version] You have chosen to upgrade to version "v1.34.2"`),
			we("2026-11-29T09:12:06.530911Z", Warn, "", `W1129 09:12:06.530911   48213 checks.go:846] detected that the sandbox image "registry.k8s.io/pause:3.8" of the container runtime is inconsistent with that used by kubeadm.It is recommended to use "registry.k8s.io/pause:3.10" as the CRI sandbox image.`),
			we("", Unknown, "", `[upgrade/successful] SUCCESS! A control plane node of your cluster was upgraded to "v1.34.2".`),
		},
	},
	{
		name:   "kubectl-get-events-o-wide-source",
		gap:    "the host in the SOURCE column (`kubelet, wk-07`) of `kubectl get events -o wide` is not read",
		source: "`kubectl get events -o wide` (columns LAST SEEN, TYPE, REASON, OBJECT, SUBOBJECT, SOURCE, MESSAGE, FIRST SEEN, COUNT, NAME; SOURCE `component, host` for an event with a source host): kubernetes/kubernetes issue #29838 (the older wide layout with SOURCE and SUBOBJECT); kubectl's event printer from memory for the current column order",
		why:    "ages are no times; TYPE is the level; the host in SOURCE after the component is the node that reported the event, so the record's host; the scheduler's events have none; the node named in the message is no host",
		entries: []worldEntry{
			wskip("LAST SEEN   TYPE      REASON      OBJECT                        SUBOBJECT                SOURCE              MESSAGE                                                           FIRST SEEN   COUNT   NAME"),
			we("", Info, "", "4m12s       Normal    Scheduled   pod/api-6c9b7d5f8-q8r2t                                default-scheduler   Successfully assigned shop/api-6c9b7d5f8-q8r2t to wk-07           4m12s        1       api-6c9b7d5f8-q8r2t.187c2a1f0e3b4d5a"),
			we("", Info, "wk-07", `4m10s       Normal    Pulled      pod/api-6c9b7d5f8-q8r2t       spec.containers{api}     kubelet, wk-07      Container image "registry.example.org/shop/api:4.3" already present on machine   4m10s        1       api-6c9b7d5f8-q8r2t.187c2a1f5a2b9e01`),
			we("", Warn, "wk-07", "37s         Warning   Unhealthy   pod/api-6c9b7d5f8-q8r2t       spec.containers{api}     kubelet, wk-07      Readiness probe failed: HTTP probe failed with statuscode: 503    3m58s        14      api-6c9b7d5f8-q8r2t.187c2a1f9d4c7b22"),
			we("", Warn, "wk-08", "12s         Warning   BackOff     pod/worker-5d9c7b6f4-j2x9w    spec.containers{worker}  kubelet, wk-08      Back-off pulling image \"registry.example.org/shop/worker:4.3\"     2m31s        9       worker-5d9c7b6f4-j2x9w.187c2a20c1e8f3a4"),
		},
	},
}

func TestFresh239Formats(t *testing.T) { assertTable(t, fresh239Cases) }
func TestFresh239Score(t *testing.T) {
	checkScore(t, "fresh239 formats", fresh239Cases, [worldNumFields]float64{94.9, 94.9, 77.4, 93.2})
}
