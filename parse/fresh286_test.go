package parse

import "testing"

// The two-hundred-and-eighty-sixth fresh table, written on 2026-12-06: Kubernetes control-plane and
// networking components in shapes no earlier table holds. Each family is one product's documented
// or observed output: kube-apiserver with `--audit-log-path=-`, its audit events on stdout
// interleaved with its klog lines on stderr in `kubectl logs`; etcdctl 3.5's `snapshot restore`
// (the `Deprecated:` notice and its blank line, a cobra `Error:` line, then etcdutl's zap console
// lines with the host's +01:00 offset and a `stack` field of escaped frames); NodeLocal DNSCache's
// node-cache (its own start-up lines dated by Go's log package, then CoreDNS's untimed banner, log
// and errors lines); Calico 3.29's install-cni init container (`cni-installer/<nil> <nil>:` where
// the file and line should be, messages ending in a newline, the written conflist printed bare
// after its `Created` line); k0s relaying kube-scheduler's and kube-controller-manager's klog
// leader-election lines inside its own logrus lines (`level=info` on every relayed line,
// component= and stream=); the Cilium 1.16 agent's logrus text with a quoted time=, its flag dump
// and client-go's leader election bridged under subsys=klog; kube-proxy in IPVS mode with
// `--logging-format=json` (graceful-termination records at v=5); the ingress-nginx controller's
// start-up banner (dashes, Release, Build, Repository, nginx version and blank lines) before klog,
// Lua balancer errors and access lines; cert-manager 1.6's klogr lines (`logger "msg"="…"
// "key"=value` with trailing blanks); the MetalLB 0.12 speaker's go-kit JSON with
// `"caller":"level.go:63"` beside hashicorp memberlist's lines that carry their level only as
// `[DEBUG]`/`[WARN]`/`[ERR]` at the head of msg.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`kube-apiserver`, `apiserver`, `audit.k8s.io`, `audit-log-path`, `"auditID"`,
// `ResponseComplete`, `etcd`, `etcdutl`, `v3_snapshot`, `restoring snapshot`, `Deprecated: Use`,
// `"caller":"`, `kube-scheduler`, `kube-controller-manager`, `leaderelection`,
// `successfully acquired lease`, `attempting to acquire leader lease`, `failed to renew lease`,
// `Leaderelection lost`, `coredns`, `[INFO] 10.`, `NOERROR`, `node-cache`, `nodelocaldns`,
// `169.254.20.10`, `Corefile.base`, `cilium`, `subsys=`, `"subsys":"`, `text-ts`, `json-ts`,
// `subsys=klog`, `msg="  --`, `l2announce`, `cilium-operator`, `calico`, `felix`, `int_dataplane`,
// `typha`, `kube-controllers`, `cni-installer`, `<nil> <nil>`, `install-cni`,
// `10-calico.conflist`, `flannel`, `subnet.env`, `kube-proxy`, `ipvs`, `IPVS`, `Using ipvs`,
// `graceful_termination`, `realServer`, `ipset`, `proxier.go`, `ingress-nginx`, `nginx-ingress`,
// `NGINX Ingress controller`, `Release:`, `nginx version:`, `balancer.lua`, `admission`,
// `metallb`, `speaker`, `serviceAnnounced`, `memberlist`, `level.go:63`,
// `"component":"Memberlist"`, `frr-k8s`, `cert-manager`, `cert-manager.controller`,
// `cert-manager/controller`, `"msg"="`, `cainjector`, `external-dns`, `Desired change`,
// `karpenter`, `karpenter.sh`, `NodeClaim`, `"logger":"controller"`, `k0s`, `k3s`, `rke2`,
// `stream=stderr`, `component=kube-scheduler`, `klog`, `I1129`, `httplog.go`, `kubelet`,
// `crictl`, `Running on machine`). The audit log is in fresh2 (JSON events alone) and fresh65
// (legacy format); its events interleaved with the server's klog lines in the pod's output are in
// none. etcd's server is in fresh_test (zap JSON), world (capnslog), fresh65 and fresh216 (3.6
// console) and etcdctl 3.6's client warnings in fresh186; `snapshot restore`'s output is in none.
// CoreDNS is in world, fresh86, fresh149, fresh160 and fresh239; node-cache's dated lines before its
// untimed CoreDNS output are in none. Calico's Felix is in fresh_test and fresh239 and its CNI
// plugin's log file in fresh99; install-cni's output is in none. k0s is in fresh35 as its own
// logrus lines; the klog lines it relays with stream= are in none, and the scheduler's and
// controller manager's klog (fresh23, fresh43, fresh246) never came through such a relay. The
// Cilium agent is in fresh_test (logrus text without a time, 1.6-1.16), fresh199 (1.17's slog mix)
// and fresh239 (cilium-dbg monitor); 1.16's text with a quoted time= and klog bridged under
// subsys=klog is in none. kube-proxy is in fresh33 as iptables-mode klog; IPVS mode and its JSON
// logging are in none. ingress-nginx is in fresh4 and fresh234 (klog, nginx access and error
// lines); its start-up banner is in none. cert-manager is in fresh14 as klog with logger=; the
// older klogr `"msg"=` form is in none. MetalLB is in fresh25 (0.14 JSON with real callers) and
// fresh162 (frr-k8s); 0.12's level.go:63 caller and the memberlist lines are in none. Left out as
// measured already: Flannel (fresh99 klog), Karpenter (fresh33 JSON in both shapes), ExternalDNS
// (fresh33 logrus text, fresh199 JSON), Calico Felix and BIRD (fresh_test, fresh239), k3s's journal
// (fresh5), the apiserver's trace blocks and httplog (fresh38, fresh239), kube-scheduler's and the
// controller manager's plain klog and JSON (fresh23, fresh43, fresh181, fresh246). The table holds
// 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). klog's year-less `Lmmdd` is in 2026; etcdutl's RFC 3339 time carries the
// host's +01:00 and is converted; node-cache's `yyyy/MM/dd HH:mm:ss` from Go's log package has no
// zone (the container runs in UTC), and CoreDNS's lines after it carry no time at all, nor do the
// ingress-nginx banner, the `Deprecated:` and `Error:` lines and the printed conflist; the audit
// event carries requestReceivedTimestamp and stageTimestamp, either accepted; k0s's zone-less
// `yyyy-MM-dd HH:mm:ss` and the relayed klog time are both the record's, either accepted; the
// component-base JSON `ts` is epoch milliseconds. Levels only where the line marks one: klog's
// letter (also inside a k0s line: k0s's logwriter logs every relayed line with Infof, so its
// level=info says nothing of the component's record, and the klog letter is the record's own level,
// as a relayed syslog line's own level is), logrus's level=, Calico's [INFO]/[WARNING], zap's
// lower-case word, CoreDNS's and node-cache's bracketed word, nginx's bracket, MetalLB's level key,
// memberlist's bracket at the head of msg, component-base JSON's v (info) or err without v (error);
// the audit event's "level":"Metadata" is how much was recorded, no severity, and the banner, the
// access lines and the `Deprecated:` notice carry none. The host is the record's host field, and
// none of these lines has one: the audit event's sourceIPs, the node names in a message or a value
// (`"node name":"wk-3"`, `"nodename": "wk-3"`), nginx's `host:` and a peer URL are no hosts. A
// record that spans lines is one entry: the ingress-nginx banner (one Println), a Calico line whose
// message ends in a newline with the blank line after it, install-cni's `Created …` line with the
// conflist printed after it, the `Deprecated:` notice with its blank line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d356449 before any rule for it: level 96.3 %, time 98.3 %, host 98.3 %, records 96.2 %.
// That is the macro figure (micro: level 95.3 %, time 97.7 %, host 97.7 %, records 95.3 %), in a
// worktree at d356449 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 10 families fully right; the gaps are node-cache's first CoreDNS server-block lines joined to its
// last dated line, the klog letter inside k0s's relayed lines (k0s's constant level=info wins), and
// the ingress-nginx start-up banner split into three records.

var fresh286Cases = []worldCase{
	{
		name:   "kube-apiserver-audit-stdout-klog-interleaved",
		source: "kube-apiserver 1.34 as a kubeadm static pod with `--audit-log-path=-` and `kubectl logs -n kube-system kube-apiserver-cp-1`: audit.k8s.io/v1 events one JSON object a line on stdout (the log backend) between the server's klog lines on stderr: kubernetes/kubernetes PR #43314 (`-` sends audit events to stdout), coreos/tectonic-installer PR #314 (the two streams interleaved in two formats), kubernetes/kops issue #4202; the event's fields as in fresh2 (k8s.io/apiserver audit/v1 types); the klog lines from memory",
		why:    "two layouts in one stream; the event's level is the audit level, no severity; its two timestamps are both the record's; sourceIPs and the user are clients, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204412Z", Info, "", "I1129 07:41:16.204412       1 options.go:228] external host was not specified, using 10.20.0.11"),
			we("2026-11-29T07:41:16.511842Z", Info, "", `I1129 07:41:16.511842       1 server.go:150] "Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""`),
			we("2026-11-29T07:41:18.102114Z|2026-11-29T07:41:18.106302Z", Unknown, "", `{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"3c9e1f42-7a5b-4d18-9e0c-2b6f8a1d5e73","stage":"ResponseComplete","requestURI":"/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-scheduler?timeout=5s","verb":"update","user":{"username":"system:kube-scheduler","groups":["system:authenticated"]},"sourceIPs":["10.20.0.11"],"userAgent":"kube-scheduler/v1.34.2 (linux/amd64) kubernetes/8cc511e/leader-election","objectRef":{"resource":"leases","namespace":"kube-system","name":"kube-scheduler","uid":"9a2e4c61-0b7d-4f3a-8e15-6c2d9b0f1a48","apiGroup":"coordination.k8s.io","apiVersion":"v1","resourceVersion":"48211"},"responseStatus":{"metadata":{},"code":200},"requestReceivedTimestamp":"2026-11-29T07:41:18.102114Z","stageTimestamp":"2026-11-29T07:41:18.106302Z","annotations":{"authorization.k8s.io/decision":"allow","authorization.k8s.io/reason":"RBAC: allowed by ClusterRoleBinding \"system:kube-scheduler\" of ClusterRole \"system:kube-scheduler\" to User \"system:kube-scheduler\""}}`),
			we("2026-11-29T07:41:19.330117Z", Warn, "", `W1129 07:41:19.330117       1 dispatcher.go:217] Failed calling webhook, failing closed validate.kyverno.svc-fail: failed calling webhook "validate.kyverno.svc-fail": failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/validate/fail?timeout=10s": context deadline exceeded`),
			we("2026-11-29T07:41:21.447809Z|2026-11-29T07:41:21.449126Z", Unknown, "", `{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"b71d0e85-2c4f-4a96-8d31-5e9f0a7c2b14","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/payments/secrets/db-creds","verb":"get","user":{"username":"system:serviceaccount:shop:api","uid":"5d8f2a14-9c3e-4b70-a6e1-0f4b7d2c9e58","groups":["system:serviceaccounts","system:serviceaccounts:shop","system:authenticated"]},"sourceIPs":["10.244.2.17"],"userAgent":"api/v0.0.0 (linux/amd64) kubernetes/$Format","objectRef":{"resource":"secrets","namespace":"payments","name":"db-creds","apiVersion":"v1"},"responseStatus":{"metadata":{},"status":"Failure","message":"secrets \"db-creds\" is forbidden: User \"system:serviceaccount:shop:api\" cannot get resource \"secrets\" in API group \"\" in the namespace \"payments\"","reason":"Forbidden","details":{"name":"db-creds","kind":"secrets"},"code":403},"requestReceivedTimestamp":"2026-11-29T07:41:21.447809Z","stageTimestamp":"2026-11-29T07:41:21.449126Z","annotations":{"authorization.k8s.io/decision":"forbid","authorization.k8s.io/reason":""}}`),
			we("2026-11-29T07:41:27.880245Z|2026-11-29T07:41:27.881903Z", Unknown, "", `{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Request","auditID":"e4a92c07-1f6b-4d53-b8e2-9c0d7a3f1e66","stage":"ResponseStarted","requestURI":"/api/v1/namespaces/shop/pods/api-6c9d7f5b8-q2wzk/exec?command=sh\u0026container=api\u0026stdin=true\u0026stdout=true\u0026tty=true","verb":"create","user":{"username":"oidc:lena@example.org","groups":["oidc:platform","system:authenticated"]},"sourceIPs":["198.51.100.24"],"userAgent":"kubectl/v1.34.1 (linux/amd64) kubernetes/93e0d70","objectRef":{"resource":"pods","namespace":"shop","name":"api-6c9d7f5b8-q2wzk","apiVersion":"v1","subresource":"exec"},"responseStatus":{"metadata":{},"code":101},"requestReceivedTimestamp":"2026-11-29T07:41:27.880245Z","stageTimestamp":"2026-11-29T07:41:27.881903Z","annotations":{"authorization.k8s.io/decision":"allow","authorization.k8s.io/reason":"RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"cluster-admin\" to Group \"oidc:platform\""}}`),
			we("2026-11-29T07:41:42.117502Z", Error, "", "E1129 07:41:42.117502       1 watcher.go:342] watch chan error: etcdserver: mvcc: required revision has been compacted"),
		},
	},
	{
		name:   "etcdctl35-snapshot-restore-deprecated-console",
		source: "etcdctl 3.5's `snapshot restore` on a control-plane node at +01:00, stdout and stderr together: the `Deprecated: Use `etcdutl snapshot restore` instead.` notice and a blank line, then etcdutl's zap console lines (RFC 3339 time with the host's offset, a tab, a lower-case level, the caller, the message, the fields as a JSON object; the restoring line's explicit `stack` field with escaped newlines and tabs): etcd-io/etcd issues #13763 (etcdctl 3.5.1 restore with the notice and the stack field) and #16052 (etcdutl with a +03:00 offset), etcd-io/website PR #576; the membership lines and the `Error: data-dir … not empty` line from memory",
		why:    "a notice and an error with no time before console lines whose +01:00 is converted; the stack field's `\\n\\t` are escapes inside one line; the peer URLs and member ids are no host",
		entries: []worldEntry{
			we("", Unknown, "", "Deprecated: Use `etcdutl snapshot restore` instead.", ""),
			we("", Error, "", `Error: data-dir "/var/lib/etcd" not empty or could not be read`),
			we("", Unknown, "", "Deprecated: Use `etcdutl snapshot restore` instead.", ""),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+01:00\tinfo\tsnapshot/v3_snapshot.go:260\trestoring snapshot\t{\"path\": \"/root/etcd-20261129-0700.db\", \"wal-dir\": \"/var/lib/etcd-restored/member/wal\", \"data-dir\": \"/var/lib/etcd-restored\", \"snap-dir\": \"/var/lib/etcd-restored/member/snap\", \"stack\": \"go.etcd.io/etcd/etcdutl/v3/snapshot.(*v3Manager).Restore\\n\\tgo.etcd.io/etcd/etcdutl/v3@v3.5.21/snapshot/v3_snapshot.go:266\\ngo.etcd.io/etcd/etcdutl/v3/etcdutl.SnapshotRestoreCommandFunc\\n\\tgo.etcd.io/etcd/etcdutl/v3@v3.5.21/etcdutl/snapshot_command.go:147\\ngo.etcd.io/etcd/etcdctl/v3/ctlv3/command.snapshotRestoreCommandFunc\\n\\tgo.etcd.io/etcd/etcdctl/v3/ctlv3/command/snapshot_command.go:129\\ngithub.com/spf13/cobra.(*Command).execute\\n\\tgithub.com/spf13/cobra@v1.1.3/command.go:856\\nmain.main\\n\\tgo.etcd.io/etcd/etcdctl/v3/main.go:59\\nruntime.main\\n\\truntime/proc.go:272\"}"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+01:00\tinfo\tmembership/store.go:141\tTrimming membership information from the backend..."),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+01:00\tinfo\tmembership/cluster.go:421\tadded member\t{\"cluster-id\": \"5e1c0b7a9f3d2486\", \"local-member-id\": \"0\", \"added-peer-id\": \"8a4d2f6c1e9b7035\", \"added-peer-peer-urls\": [\"https://10.20.0.11:2380\"]}"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29T08:41:17+01:00\tinfo\tsnapshot/v3_snapshot.go:287\trestored snapshot\t{\"path\": \"/root/etcd-20261129-0700.db\", \"wal-dir\": \"/var/lib/etcd-restored/member/wal\", \"data-dir\": \"/var/lib/etcd-restored\", \"snap-dir\": \"/var/lib/etcd-restored/member/snap\"}"),
		},
	},
	{
		name:   "node-local-dns-node-cache-dated-then-coredns",
		gap:    "trawl joins CoreDNS's untimed server-block lines `cluster.local.:53 on 169.254.20.10` and `.:53 on 169.254.20.10` to node-cache's last dated line (`2026/11/29 07:41:16 [INFO] Added interface - nodelocaldns`) as its continuation lines instead of reading each as a record of its own; the reload, version, query and errors lines after them come out right and no time runs on",
		source: "NodeLocal DNSCache's node-cache 1.2x (`kubectl -n kube-system logs node-local-dns-…`): node-cache's own start-up lines through CoreDNS's clog before CoreDNS has set up its logging (Go's log prefix `yyyy/MM/dd HH:mm:ss` then `[INFO]`/`[ERROR]`), then CoreDNS's server blocks `zone.:53 on 169.254.20.10`, the reload line, the version lines and the log and errors plugins' lines with no time: kubernetes/dns PR #367 (a pasted `kubectl logs` of nodelocaldns), elastisys/compliantkubernetes-apps issue #1822 (`Using Pidfile ` with its trailing blank), kubernetes/dns cmd/node-cache/main.go (clog.Infof of the image version in init)",
		why:    "the dated lines carry their time, the CoreDNS lines after them none, so no time may run on; the bracketed word is the level; the client and upstream addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] Starting node-cache image: 1.25.0"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] Using Corefile /etc/Corefile"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] Using Pidfile "),
			we("2026-11-29T07:41:16Z", Error, "", "2026/11/29 07:41:16 [ERROR] Failed to read node-cache coreFile /etc/coredns/Corefile.base - open /etc/coredns/Corefile.base: no such file or directory"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] Added interface - nodelocaldns"),
			we("", Unknown, "", "cluster.local.:53 on 169.254.20.10"),
			we("", Unknown, "", ".:53 on 169.254.20.10"),
			we("", Info, "", "[INFO] plugin/reload: Running configuration SHA512 = 3f8a2c91d47e5b06a1c9e8f2d4b7a3c5e0f1d2a6b9c8e7f4a3d2c1b0e9f8a7d6c5b4a3e2f1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1"),
			we("", Unknown, "", "CoreDNS-1.11.3"),
			we("", Unknown, "", "linux/amd64, go1.22.7, "),
			we("", Info, "", `[INFO] 10.244.2.17:51874 - 40512 "A IN api.shop.svc.cluster.local. udp 54 false 512" NOERROR qr,aa,rd 108 0.000341874s`),
			we("", Error, "", "[ERROR] plugin/errors: 2 registry.example.org. A: read udp 169.254.20.10:41122->10.96.0.10:53: i/o timeout"),
		},
	},
	{
		name:   "calico-install-cni-nil-caller-conflist",
		source: "Calico 3.29's install-cni init container (`kubectl logs -n calico-system calico-node-… -c install-cni`): the Calico formatter `yyyy-MM-dd HH:mm:ss.SSS [LEVEL][pid] cni-installer/<nil> <nil>: msg key=value` (no caller recorded, so `<nil>` for the file and the line), messages written as given so `Wrote Calico CNI binaries to %s\\n` and `CNI plugin version: %s` with the binary's own newline leave a blank line, an error field written unquoted, the conflist printed with fmt.Println after `Created …`: projectcalico/calico issue #8481 (the `cni-installer/<nil> <nil>:` lines), projectcalico/calico cni-plugin/pkg/install/install.go and libcalico-go/lib/logutils/logutils.go (the messages and the formatter)",
		why:    "`<nil> <nil>` sits where a file and a line number go; the bracketed level glued to the pid; a blank line after a message that ends in a newline and the bare JSON after `Created` belong to their line; the node name in the conflist is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.197Z", Warn, "", "2026-11-29 07:41:16.197 [WARNING][1] cni-installer/<nil> <nil>: Error removing old TLS directory error=unlinkat /host/etc/cni/net.d/calico-tls: device or resource busy"),
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 [INFO][1] cni-installer/<nil> <nil>: Running as a Kubernetes pod"),
			we("2026-11-29T07:41:16.291Z", Info, "", `2026-11-29 07:41:16.291 [INFO][1] cni-installer/<nil> <nil>: File is already up to date, skipping file="/host/opt/cni/bin/bandwidth"`),
			we("2026-11-29T07:41:16.291Z", Info, "", "2026-11-29 07:41:16.291 [INFO][1] cni-installer/<nil> <nil>: Installed /host/opt/cni/bin/bandwidth"),
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29 07:41:16.402 [INFO][1] cni-installer/<nil> <nil>: Installed /host/opt/cni/bin/tuning"),
			we("2026-11-29T07:41:16.403Z", Info, "", "2026-11-29 07:41:16.403 [INFO][1] cni-installer/<nil> <nil>: Wrote Calico CNI binaries to /host/opt/cni/bin", ""),
			we("2026-11-29T07:41:16.431Z", Info, "", "2026-11-29 07:41:16.431 [INFO][1] cni-installer/<nil> <nil>: CNI plugin version: v3.29.1", ""),
			we("2026-11-29T07:41:16.431Z", Info, "", "2026-11-29 07:41:16.431 [INFO][1] cni-installer/<nil> <nil>: /host/secondary-bin-dir is not writeable, skipping"),
			we("2026-11-29T07:41:16.436Z", Info, "", "2026-11-29 07:41:16.436 [INFO][1] cni-installer/<nil> <nil>: Using CNI config template from CNI_NETWORK_CONFIG environment variable."),
			we("2026-11-29T07:41:16.44Z", Info, "",
				"2026-11-29 07:41:16.440 [INFO][1] cni-installer/<nil> <nil>: Created /host/etc/cni/net.d/10-calico.conflist",
				"{",
				`  "name": "k8s-pod-network",`,
				`  "cniVersion": "0.3.1",`,
				`  "plugins": [`,
				"    {",
				`      "type": "calico",`,
				`      "log_level": "info",`,
				`      "log_file_path": "/var/log/calico/cni/cni.log",`,
				`      "datastore_type": "kubernetes",`,
				`      "nodename": "wk-3",`,
				`      "mtu": 0,`,
				`      "ipam": {`,
				`          "type": "calico-ipam"`,
				"      },",
				`      "policy": {`,
				`          "type": "k8s"`,
				"      },",
				`      "kubernetes": {`,
				`          "kubeconfig": "/etc/cni/net.d/calico-kubeconfig"`,
				"      }",
				"    },",
				"    {",
				`      "type": "portmap",`,
				`      "snat": true,`,
				`      "capabilities": {"portMappings": true}`,
				"    }",
				"  ]",
				"}"),
			we("2026-11-29T07:41:16.441Z", Info, "", "2026-11-29 07:41:16.441 [INFO][1] cni-installer/<nil> <nil>: Done configuring CNI.  Sleep= false"),
		},
	},
	{
		name:   "k0s-relayed-klog-scheduler-leader-election",
		gap:    "trawl takes k0s's relay level=info as the level of a relayed klog line: the klog letter at the head of msg (`msg=\"E1129 07:42:10.554210 …`) is not read as the record's own level, so the leader-election and `Leaderelection lost` errors come out Info",
		source: "k0s 1.3x's controller supervising kube-scheduler and kube-controller-manager: each line a child writes is relayed as k0s's own logrus text line (`time=\"yyyy-MM-dd HH:mm:ss\" level=info msg=\"<the klog line, quotes escaped>\" component=… stream=stderr`), beside the supervisor's own lines (`Starting to supervise`, `Process exited: exit status 1`, `respawning in 5s`): k0sproject/k0smotron issue #857 (relayed kube-apiserver klog lines), k0sproject/k0s issue #3535, k0s pkg/supervisor/logwriter.go (every relayed line logged with Infof) and supervisor.go (the stream field and the supervisor's messages); the leader-election messages as in kubernetes/kubernetes issues #101727 and #96923",
		why:    "k0s's level=info is the relay's and constant, the klog letter inside msg is the record's level; the zone-less second and klog's microseconds are both its time; escaped quotes inside msg; component= names a process, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:17Z", Info, "", `time="2026-11-29 07:41:17" level=info msg="Starting to supervise" component=kube-scheduler`),
			we("2026-11-29T07:41:17Z", Info, "", `time="2026-11-29 07:41:17" level=info msg="Started successfully, go nuts pid 2204" component=kube-scheduler`),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.402117Z", Info, "", `time="2026-11-29 07:41:18" level=info msg="I1129 07:41:18.402117    2204 leaderelection.go:257] attempting to acquire leader lease kube-system/kube-scheduler..." component=kube-scheduler stream=stderr`),
			we("2026-11-29T07:41:35Z|2026-11-29T07:41:35.11824Z", Info, "", `time="2026-11-29 07:41:35" level=info msg="I1129 07:41:35.118240    2204 leaderelection.go:271] successfully acquired lease kube-system/kube-scheduler" component=kube-scheduler stream=stderr`),
			we("2026-11-29T07:41:36Z|2026-11-29T07:41:36.004513Z", Info, "", `time="2026-11-29 07:41:36" level=info msg="I1129 07:41:36.004513    2231 event.go:389] \"Event occurred\" object=\"kube-system/kube-controller-manager\" fieldPath=\"\" kind=\"Lease\" apiVersion=\"coordination.k8s.io/v1\" type=\"Normal\" reason=\"LeaderElection\" message=\"cp-2_6f0c2a9e-4b1d-4e8a-9c3f-7d5e2b1a0c94 became leader\"" component=kube-controller-manager stream=stderr`),
			we("2026-11-29T07:42:10Z|2026-11-29T07:42:10.55421Z", Error, "", `time="2026-11-29 07:42:10" level=info msg="E1129 07:42:10.554210    2204 leaderelection.go:429] Failed to update lock optimistically: Put \"https://localhost:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-scheduler?timeout=5s\": context deadline exceeded, falling back to slow path" component=kube-scheduler stream=stderr`),
			we("2026-11-29T07:42:15Z|2026-11-29T07:42:15.55901Z", Info, "", `time="2026-11-29 07:42:15" level=info msg="I1129 07:42:15.559010    2204 leaderelection.go:297] failed to renew lease kube-system/kube-scheduler: timed out waiting for the condition" component=kube-scheduler stream=stderr`),
			we("2026-11-29T07:42:15Z|2026-11-29T07:42:15.559122Z", Error, "", `time="2026-11-29 07:42:15" level=info msg="E1129 07:42:15.559122    2204 server.go:267] \"Leaderelection lost\"" component=kube-scheduler stream=stderr`),
			we("2026-11-29T07:42:15Z", Warn, "", `time="2026-11-29 07:42:15" level=warning msg="Process exited: exit status 1" component=kube-scheduler`),
			we("2026-11-29T07:42:15Z", Info, "", `time="2026-11-29 07:42:15" level=info msg="respawning in 5s" component=kube-scheduler`),
		},
	},
	{
		name:   "cilium116-agent-text-ts-klog-bridge",
		source: "the Cilium 1.16 agent (`kubectl -n kube-system logs ds/cilium 2>&1`): kubectl's `Defaulted container` notice, then logrus text with a quoted whole-second time (`time=\"RFC 3339\" level=… msg=\"…\" key=value subsys=…`), the start-up flag dump as `msg=\"  --flag='value'\"`, and client-go's klog (the L2 announcements' leader election) bridged into logrus under subsys=klog, where `Failed to update lock optimitically … falling back to slow path` is turned down to info: bitnami/charts issue #30231 and cilium/cilium PR #34620 (1.16 lines with time=\"…\"), cilium/cilium issue #20390 (the Defaulted container line), cilium/cilium pkg/logging/logging.go (text-ts, the klog bridge and its override)",
		why:    "logrus's quoted time and level=; kubectl's notice has neither; an error text bridged at info stays Info; the node and addresses in values are no host",
		entries: []worldEntry{
			we("", Unknown, "", `Defaulted container "cilium-agent" out of: cilium-agent, config (init), mount-cgroup (init), apply-sysctl-overwrites (init), mount-bpf-fs (init), clean-cilium-state (init), install-cni-binaries (init)`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="Memory available for map entries (0.003% of 16647155712B): 41617889B" subsys=config`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="  --bpf-lb-mode='snat'" subsys=daemon`),
			we("2026-11-29T07:41:16Z", Info, "", `time="2026-11-29T07:41:16Z" level=info msg="  --enable-l2-announcements='true'" subsys=daemon`),
			we("2026-11-29T07:41:19Z", Info, "", `time="2026-11-29T07:41:19Z" level=info msg="attempting to acquire leader lease kube-system/cilium-l2announce-shop-web..." subsys=klog`),
			we("2026-11-29T07:41:21Z", Info, "", `time="2026-11-29T07:41:21Z" level=info msg="Failed to update lock optimitically: Operation cannot be fulfilled on leases.coordination.k8s.io \"cilium-l2announce-shop-web\": the object has been modified; please apply your changes to the latest version and try again, falling back to slow path" subsys=klog`),
			we("2026-11-29T07:41:24Z", Warn, "", `time="2026-11-29T07:41:24Z" level=warning msg="Unable to update CiliumNode custom resource" error="Operation cannot be fulfilled on ciliumnodes.cilium.io \"wk-3\": the object has been modified; please apply your changes to the latest version and try again" subsys=ipam`),
			we("2026-11-29T07:41:30Z", Error, "", `time="2026-11-29T07:41:30Z" level=error msg="error retrieving resource lock kube-system/cilium-l2announce-shop-web: Get \"https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/cilium-l2announce-shop-web?timeout=5s\": context deadline exceeded" subsys=klog`),
		},
	},
	{
		name:   "kube-proxy-ipvs-json-logging-format",
		source: "kube-proxy 1.34 in IPVS mode with `--logging-format=json` at -v=5 (k8s.io/component-base/logs/json: `ts` epoch milliseconds with a fraction, `caller`, `msg`, `v` on InfoS records, `err` on ErrorS records, the values as keys): the IPVS proxier's structured messages (`IPVS scheduler not specified, use rr by default`, graceful termination's `Trying to delete real server`, `Skip deleting real server till all connection have expired` with activeConnection and inactiveConnection, `Adding real server to graceful delete real server list`) from kubernetes/kubernetes PRs #98684 and #80100 and a blog's paste of kube-proxy.INFO in IPVS mode (found with find_string); the JSON encoding as in fresh4 and fresh246; the lines in JSON from memory",
		why:    "a millisecond epoch with a fraction; v marks an info record and err without v an error; the iptables-restore rules are one escaped string; virtual and real server addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.2045Z", Info, "", `{"ts":1795938076204.5,"caller":"app/server_linux.go:263","msg":"Using ipvs Proxier","v":0,"ipFamily":"IPv4"}`),
			we("2026-11-29T07:41:16.31125Z", Info, "", `{"ts":1795938076311.25,"caller":"ipvs/proxier.go:377","msg":"IPVS scheduler not specified, use rr by default","v":0,"ipFamily":"IPv4"}`),
			we("2026-11-29T07:41:21.902125Z", Info, "", `{"ts":1795938081902.125,"caller":"ipvs/graceful_termination.go:159","msg":"Trying to delete real server","v":5,"realServer":"10.96.112.40:80/TCP/10.244.2.17:8080"}`),
			we("2026-11-29T07:41:21.902375Z", Info, "", `{"ts":1795938081902.375,"caller":"ipvs/graceful_termination.go:170","msg":"Skip deleting real server till all connection have expired","v":5,"realServer":"10.96.112.40:80/TCP/10.244.2.17:8080","activeConnection":3,"inactiveConnection":1}`),
			we("2026-11-29T07:41:21.903Z", Info, "", `{"ts":1795938081903,"caller":"ipvs/graceful_termination.go:153","msg":"Adding real server to graceful delete real server list","v":5,"realServer":"10.96.112.40:80/TCP/10.244.2.17:8080"}`),
			we("2026-11-29T07:41:22.04075Z", Info, "", `{"ts":1795938082040.75,"caller":"ipvs/proxier.go:1034","msg":"SyncProxyRules complete","v":2,"ipFamily":"IPv4","elapsed":"138.4ms"}`),
			we("2026-11-29T07:41:42.5175Z", Error, "", `{"ts":1795938102517.5,"caller":"ipvs/proxier.go:1601","msg":"Failed to execute iptables-restore","ipFamily":"IPv4","rules":"*nat\n:KUBE-SERVICES - [0:0]\n:KUBE-POSTROUTING - [0:0]\n-A KUBE-POSTROUTING -m mark ! --mark 0x00004000/0x00004000 -j RETURN\nCOMMIT\n","err":"exit status 4: iptables-restore v1.8.10 (nf_tables): Chain 'KUBE-MARK-MASQ' does not exist\n"}`),
		},
	},
	{
		name:   "ingress-nginx-banner-lua-balancer",
		gap:    "trawl splits the start-up banner written by one Println into three records: the opening line of dashes alone, `NGINX Ingress controller` through `nginx version:` with its blank line, and the closing dashes with the blank line after them",
		source: "the ingress-nginx 1.13 controller (`kubectl -n ingress-nginx logs deploy/ingress-nginx-controller`): the banner printed with fmt.Println(version.String()) (a line of dashes, `NGINX Ingress controller`, Release, Build, Repository, the output of `nginx -v` with its own newline, dashes, and Println's blank line), then klog lines (`Creating API client`, `Running in Kubernetes cluster`), access lines in the default upstreaminfo format, nginx error lines with the Lua balancer's `[lua] balancer.lua:…` and the `Event occurred` record: kubernetes/ingress-nginx version/version.go and cmd/nginx/main.go, PR #9656 (a pasted banner); the balancer error text and the blank lines from memory",
		why:    "the banner is one record with no time or level; then klog, access and error lines in one stream; `host:` in the error line is the HTTP Host and the client and upstream addresses are peers",
		entries: []worldEntry{
			we("", Unknown, "",
				"-------------------------------------------------------------------------------",
				"NGINX Ingress controller",
				"  Release:       v1.13.4",
				"  Build:         3b9d1f0a7c2e5d8b4f6a1c0e9d2b7f5a3c8e1d40",
				"  Repository:    https://github.com/kubernetes/ingress-nginx",
				"  nginx version: nginx/1.27.1",
				"",
				"-------------------------------------------------------------------------------",
				""),
			we("2026-11-29T07:41:16.204412Z", Warn, "", "W1129 07:41:16.204412       7 client_config.go:667] Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work."),
			we("2026-11-29T07:41:16.20469Z", Info, "", `I1129 07:41:16.204690       7 main.go:205] "Creating API client" host="https://10.96.0.1:443"`),
			we("2026-11-29T07:41:16.215118Z", Info, "", `I1129 07:41:16.215118       7 main.go:248] "Running in Kubernetes cluster" major="1" minor="34" git="v1.34.2" state="clean" commit="8cc511e399b929453cd98ae65b419c3cc227ec79" platform="linux/amd64"`),
			we("2026-11-29T07:41:18Z", Unknown, "", `10.20.4.31 - - [29/Nov/2026:07:41:18 +0000] "GET /api/cart HTTP/2.0" 200 612 "https://shop.example.net/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15" 233 0.012 [shop-cart-8080] [] 10.244.2.31:8080 612 0.012 200 8f2c41d07a9e4b1c93d5e6f7a8b9c0d1`),
			we("2026-11-29T07:41:19Z", Error, "", `2026/11/29 07:41:19 [error] 31#31: *2117 [lua] balancer.lua:348: balance(): error while setting current upstream peer 10.244.2.31:8080: invalid port while connecting to upstream, client: 10.20.4.31, server: shop.example.net, request: "GET /api/cart HTTP/2.0", host: "shop.example.net"`),
			we("2026-11-29T07:41:21Z", Warn, "", `2026/11/29 07:41:21 [warn] 31#31: *2140 a client request body is buffered to a temporary file /tmp/nginx/client-body/0000000004, client: 10.20.4.31, server: shop.example.net, request: "POST /api/upload HTTP/2.0", host: "shop.example.net"`),
			we("2026-11-29T07:41:24.004118Z", Info, "", `I1129 07:41:24.004118       7 event.go:377] "Event occurred" object="shop/web" fieldPath="" kind="Ingress" apiVersion="networking.k8s.io/v1" type="Normal" reason="Sync" message="Scheduled for sync"`),
		},
	},
	{
		name:   "cert-manager16-klogr-quoted-keys",
		source: "cert-manager 1.5-1.7's controller through klogr (klog's header, then the logger's name, `\"msg\"=\"…\"` and quoted `\"key\"=value` pairs, two blanks before WithValues' pairs and trailing blanks after a bare message), with client-go's plain klog lines between: cert-manager/cert-manager issues #2419, #2526 and #2601 (pasted controller logs)",
		why:    "klog's letter and year-less date, then a logger name and quoted keys; trailing blanks belong to the line; the ACME error text under \"error\" is no level of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204412Z", Info, "", `I1129 07:41:16.204412       1 start.go:75] cert-manager "msg"="starting controller"  "git-commit"="5ecf5b5617a4813ea8115da5dcfe3cd18b8ff047" "version"="v1.6.3"`),
			we("2026-11-29T07:41:16.204598Z", Warn, "", "W1129 07:41:16.204598       1 client_config.go:615] Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work."),
			we("2026-11-29T07:41:16.206117Z", Info, "", `I1129 07:41:16.206117       1 controller.go:268] cert-manager/controller/build-context "msg"="configured acme dns01 nameservers" "nameservers"=["10.96.0.10:53"] `),
			we("2026-11-29T07:41:16.206842Z", Info, "", `I1129 07:41:16.206842       1 controller.go:115] cert-manager/controller "msg"="starting leader election"  `),
			we("2026-11-29T07:41:16.20739Z", Info, "", "I1129 07:41:16.207390       1 leaderelection.go:248] attempting to acquire leader lease kube-system/cert-manager-controller..."),
			we("2026-11-29T07:41:33.880214Z", Info, "", "I1129 07:41:33.880214       1 leaderelection.go:258] successfully acquired lease kube-system/cert-manager-controller"),
			we("2026-11-29T07:42:05.119004Z", Info, "", `I1129 07:42:05.119004       1 sync.go:304] cert-manager/controller/certificates-readiness "msg"="updated Secret resource metadata as it was out of date" "key"="shop/web-tls" "related_resource_kind"="Secret" "related_resource_name"="web-tls" "related_resource_namespace"="shop" "resource_kind"="Certificate" "resource_name"="web-tls" "resource_namespace"="shop" "resource_version"="v1" `),
			we("2026-11-29T07:42:07.552901Z", Error, "", `E1129 07:42:07.552901       1 controller.go:166] cert-manager/controller/orders "msg"="re-queuing item due to error processing" "error"="Failed to finalize Order: 429 urn:ietf:params:acme:error:rateLimited: Error finalizing order :: too many certificates already issued for exact set of domains: shop.example.net" "key"="shop/web-tls-7x9kq-2041168120" `),
		},
	},
	{
		name:   "metallb012-speaker-memberlist-levels-in-msg",
		source: "the MetalLB 0.12 speaker in layer-2 mode with --log-level=debug (go-kit's JSON logger with keys in alphabetical order, `\"caller\":\"level.go:63\"` on every leveled line, `ts` RFC 3339 nano UTC), and hashicorp memberlist's own lines passed through a stdlib adapter with `\"component\":\"Memberlist\"`, no level key and memberlist's `[DEBUG]`, `[WARN]` or `[ERR]` at the head of msg: metallb/metallb issue #2005 (0.12.1 lines with level.go:63), issues #598 and #1395 and PR #527 (memberlist lines)",
		why:    "level is a key on the speaker's lines and a bracket at the head of msg on memberlist's; `\"node name\"` and the member names are nodes named in the message, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118397Z", Info, "", `{"branch":"dev","caller":"level.go:63","commit":"dev","goversion":"gc / go1.16.15 / amd64","level":"info","msg":"MetalLB speaker starting version 0.12.1 (commit dev, branch dev)","ts":"2026-11-29T07:41:16.204118397Z","version":"0.12.1"}`),
			we("2026-11-29T07:41:16.31204556Z", Info, "", `{"caller":"level.go:63","level":"info","msg":"node event - forcing sync","node addr":"10.20.0.13","node event":"NodeJoin","node name":"wk-3","ts":"2026-11-29T07:41:16.31204556Z"}`),
			we("2026-11-29T07:41:37.545679927Z", Debug, "", `{"caller":"net.go:210","component":"Memberlist","msg":"[DEBUG] memberlist: Stream connection from=10.20.0.13:51874","ts":"2026-11-29T07:41:37.545679927Z"}`),
			we("2026-11-29T07:41:55.945471502Z", Debug, "", `{"caller":"net.go:785","component":"Memberlist","msg":"[DEBUG] memberlist: Initiating push/pull sync with: wk-2 10.20.0.12:7946","ts":"2026-11-29T07:41:55.945471502Z"}`),
			we("2026-11-29T07:42:01.118204Z", Info, "", `{"caller":"level.go:63","event":"serviceAnnounced","ips":["10.20.0.240"],"level":"info","msg":"service has IP, announcing","pool":"default","protocol":"layer2","service":"shop/web","ts":"2026-11-29T07:42:01.118204Z"}`),
			we("2026-11-29T07:42:26.63105Z", Warn, "", `{"caller":"state.go:1117","component":"Memberlist","msg":"[WARN] memberlist: Refuting a suspect message (from: wk-2)","ts":"2026-11-29T07:42:26.63105Z"}`),
			we("2026-11-29T07:42:31.90022Z", Error, "", `{"caller":"net.go:744","component":"Memberlist","msg":"[ERR] memberlist: Push/Pull with wk-2 failed: dial tcp 10.20.0.12:7946: i/o timeout","ts":"2026-11-29T07:42:31.90022Z"}`),
			we("2026-11-29T07:42:32.004417Z", Debug, "", `{"caller":"level.go:63","event":"endUpdate","level":"debug","msg":"end of service update","service":"shop/web","ts":"2026-11-29T07:42:32.004417Z"}`),
		},
	},
}

func TestFresh286Formats(t *testing.T) { assertTable(t, fresh286Cases) }
func TestFresh286Score(t *testing.T) {
	checkScore(t, "fresh286 formats", fresh286Cases, [worldNumFields]float64{96.2, 98.2, 98.2, 96.1})
}
