package parse

import "testing"

// The four-hundred-and-fifty-second fresh table, written on 2026-12-06: Kubernetes and container
// platforms, yet another pass, in shapes no earlier table holds. Each family is one product's
// documented or observed output: `kubectl cluster-info dump` (each container's log between its
// `==== START logs for container … ====` and `==== END logs … ====` lines, klog and CoreDNS lines
// inside); `minikube logs` with its `==> Audit <==` table (RFC 822 Start and End Time cells in a
// zone of the user's machine); the Kubernetes Dashboard v2 API's Go log (a `yyyy/MM/dd HH:mm:ss`
// stamp, then a second bracketed RFC 3339 stamp on its Incoming/Outcoming lines); `helm history`
// (uitable's tab-separated, space-padded cells with an ANSI C UPDATED time) and `helm list` (the
// same table with Go's `time.Time` String, `+0000 UTC`, `-0800 PST`, `+0100 CET` in one list); the
// Podman API service (`podman system service` under podman.service) in the journal, its logrus lines
// with a +01:00 time and its `@ - - [dd/Mon/yyyy:HH:mm:ss +0100]` access lines; `kubectl
// port-forward` (untimed Forwarding/Handling lines on stdout, klog errors on stderr); `kubectl
// drain` (untimed progress lines, a `Warning:` line, `error when evicting` retries); `kubeadm certs
// check-expiration` (its `[check-expiration]` lines and a padded table whose EXPIRES column is a
// deadline).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`START logs for container`, `cluster-info dump`, `==> kubelet <==`,
// `==> Audit`, `minikube logs`, `Last Start`, `Start Time`, `kubernetes-dashboard`, `Incoming HTTP`,
// `Outcoming`, `helm history`, `helm list`, `helm ls`, `REVISION`, `+0000 UTC`, `helm`, `@ - - [`,
// `libpod/`, `podman system service`, `podman.sock`, `port-forward`, `Forwarding from`,
// `Handling connection`, `portforward.go`, `kubectl drain`, `cordoned`, `evicting pod`,
// `disruption budget`, `check-expiration`, `RESIDUAL TIME`, `EXTERNALLY MANAGED`, `kubenswrapper`,
// `cri-dockerd`, `crictl`, `k9s`, `eksctl`, `kind export`, `podman machine`, `quay`,
// `gunicorn-web`, `az container`, `last timestamp:`, `firecracker`, `anonymous-instance`, `tkn `,
// `argo logs`, `flux logs`, `lxc monitor`, `APP/PROC/WEB`, `Step 1/`, `[+] Running`, `Attaching to`,
// `kubectl events`, `kubectl wait`, `Pulling fs layer`, `Unable to find image`). minikube is in
// fresh35 (its glog file) and fresh414 (`minikube start` on a terminal); its logs command and the
// Audit table are in none. Helm is in fresh27 (`helm upgrade --debug`) and fresh414 (under vcluster);
// its history and list tables are in none. Podman's events, pod logs, logs with names and the
// journald driver are in fresh5, fresh322 and others; the API service's access lines are in none.
// kubectl's get, describe, rollout status, -v klog and logs shapes are in many tables; cluster-info
// dump, port-forward and drain are in none; kubeadm's init, upgrade apply and minikube's kubeadm run
// are in fresh27, fresh239 and rules_test.go, certs check-expiration in none. The Dashboard is in none.
// Left out as measured already: tkn (fresh53, fresh380), flux logs (fresh53), k9s and eksctl
// (fresh34, fresh179), Firecracker (fresh264, fresh392), lxc monitor (fresh152 and later), Cloud
// Foundry's cf logs (fresh77, fresh437), `docker compose up`'s Attaching lines and [+] Running
// (fresh163 and others). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). klog's `I1129 07:38:02.114530` has no year (2026) and no zone; minikube's
// `28 Nov 26 21:39 PST` is converted from PST (-08:00), and a row's time is its Start Time (the End
// Time is when the command ended); the Dashboard's Go stamp has no zone (UTC) and its bracketed
// stamp is the same second; helm history's ANSI C time has no zone (UTC); helm list's Go String
// carries its offset and zone name; the journal's `Nov 29 08:41:16` has no zone and is taken as UTC
// while podman's own time and access stamp are at +01:00, so either is accepted; kubeadm's EXPIRES
// is when a certificate runs out, not when the row was written, so the rows carry no time of their
// own. kubectl port-forward's and drain's plain lines, the cluster dump's START/END lines and the
// `[check-expiration]` lines carry no time. Levels only where the line marks one: klog's letter,
// CoreDNS's [INFO]/[WARNING]/[ERROR], logrus' level=, kubectl's `Warning:` prefix; helm's `failed`
// STATUS, drain's `error when evicting …` sentence, kubeadm's `<invalid>` and the Dashboard's
// `health check failed` are no levels. The host is the record's host field: only the journal's
// host name; minikube's Profile and User, helm's NAMESPACE, the Dashboard's and port-forward's
// addresses, drain's node and podman's `@` (the unix socket's client) are no hosts. Each line here is
// a record of its own; table borders, header rows and blank separators are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7e13a53 before any rule for it: level 98.0 %, time 86.9 %, host 98.0 %, records 97.0 %.
// That is the macro figure (micro: level 96.8 %, time 85.7 %, host 96.8 %, records 95.2 %), in a
// worktree at 7e13a53 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 9 families fully right (the Dashboard's two stamps, helm history's ANSI C and helm list's Go
// String times in mixed zones, the Podman API service's journal and access lines, kubectl
// port-forward's and kubectl drain's output); the gaps are the cluster dump's END and START lines
// joined to the klog line above them, a minikube Audit row with more words in its Args cell left
// without a time, and kubeadm's EXPIRES deadlines read as the rows' times.

var fresh452Cases = []worldCase{
	{
		name:   "kubectl-cluster-info-dump-container-log-sections",
		gap:    "trawl joins the `==== END logs for container … ====` line that follows a klog line to that klog record, and the next container's `==== START logs for container … ====` line with it: neither starts a record of its own (the START line before the first klog line does)",
		source: "`kubectl cluster-info dump` to stdout: after the JSON lists, each container's log written between `==== START logs for container %s of pod %s/%s ====` and `==== END logs for container %s of pod %s/%s ====` (kubectl's clusterinfo_dump.go printContainer, found with find_string; a user's dump with kube-flannel's klog inside, and one with CoreDNS's `[INFO] plugin/…` lines)",
		why:    "the START and END lines are records of their own with no time; the klog lines between them keep their yearless time and letter; CoreDNS's bracketed level with no time",
		entries: []worldEntry{
			we("", Unknown, "", "==== START logs for container kube-scheduler of pod kube-system/kube-scheduler-cp-1 ===="),
			we("2026-11-29T07:38:02.11453Z", Info, "", "I1129 07:38:02.114530       1 serving.go:386] Generated self-signed cert in-memory"),
			we("2026-11-29T07:38:02.771204Z", Warn, "", `W1129 07:38:02.771204       1 authentication.go:368] Error looking up in-cluster authentication configuration: configmaps "extension-apiserver-authentication" is forbidden: User "system:kube-scheduler" cannot get resource "configmaps" in API group "" in the namespace "kube-system"`),
			we("2026-11-29T07:38:03.002918Z", Info, "", "I1129 07:38:03.002918       1 leaderelection.go:254] attempting to acquire leader lease kube-system/kube-scheduler..."),
			we("2026-11-29T07:39:41.550127Z", Error, "", `E1129 07:39:41.550127       1 leaderelection.go:429] Failed to update lock optimistically: Operation cannot be fulfilled on leases.coordination.k8s.io "kube-scheduler": the object has been modified; please apply your changes to the latest version and try again, falling back to slow path`),
			we("", Unknown, "", "==== END logs for container kube-scheduler of pod kube-system/kube-scheduler-cp-1 ===="),
			we("", Unknown, "", "==== START logs for container coredns of pod kube-system/coredns-7c65d6cfc9-x2k8q ===="),
			we("", Info, "", "[INFO] plugin/reload: Running configuration SHA512 = 4c1d7e0b9a38f2e65d17c0a94b3e8f21d6a5c7b09e4f13a2d8c6b5e7f0a1d3c9e2b4f6a8c0d1e3f5a7b9c2d4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7"),
			we("", Warn, "", "[WARNING] plugin/kubernetes: starting server with unsynced Kubernetes API"),
			we("", Error, "", "[ERROR] plugin/errors: 2 4711902385512047731.1838820946619125077. HINFO: read udp 10.244.0.3:40312->10.96.0.10:53: i/o timeout"),
			we("", Unknown, "", "==== END logs for container coredns of pod kube-system/coredns-7c65d6cfc9-x2k8q ===="),
		},
	},
	{
		name:   "minikube-logs-audit-table-rfc822-pst",
		gap:    "trawl reads the RFC 822 Start Time of rows whose Args cell has as many words as the rows before it, but a row with more words in Args (`-- sudo crictl ps`) gets no time: the stamp sits at another whitespace-token position than the earlier rows taught",
		source: "`minikube logs` (v1.30+): the `==> Audit <==` section, a tablewriter table with `|` borders (Command, Args, Profile, User, Version, Start Time, End Time), times in the machine's zone in RFC 822 `02 Jan 06 15:04 MST`, End Time empty while a command runs: kubernetes/minikube PR #15872 (the RFC 822 cells), PRs #13976 and #10106 and issues #13484, #11644, #13978 (the table, and the earlier RFC 1123 cells)",
		why:    "each row is one command: its Start Time, with a two-digit year and a PST zone name, is its time; the End Time is a second time that is not the start; Profile and User are no hosts; borders and the header row are not records",
		entries: []worldEntry{
			wskip("==> Audit <==",
				"|---------|----------------------------------------------|----------|------|---------|---------------------|---------------------|",
				"| Command |                     Args                     | Profile  | User | Version |      Start Time     |       End Time      |",
				"|---------|----------------------------------------------|----------|------|---------|---------------------|---------------------|"),
			we("2026-11-29T05:39:00Z", Unknown, "", "| start   | --driver=docker --kubernetes-version=v1.31.2 | minikube | dana | v1.34.0 | 28 Nov 26 21:39 PST | 28 Nov 26 21:41 PST |"),
			we("2026-11-29T05:42:00Z", Unknown, "", "| addons  | enable metrics-server                        | minikube | dana | v1.34.0 | 28 Nov 26 21:42 PST | 28 Nov 26 21:42 PST |"),
			we("2026-11-29T05:44:00Z", Unknown, "", "| image   | load web:dev                                 | minikube | dana | v1.34.0 | 28 Nov 26 21:44 PST |                     |"),
			we("2026-11-29T05:46:00Z", Unknown, "", "| ssh     | -- sudo crictl ps                            | minikube | dana | v1.34.0 | 28 Nov 26 21:46 PST | 28 Nov 26 21:46 PST |"),
			wskip("|---------|----------------------------------------------|----------|------|---------|---------------------|---------------------|"),
		},
	},
	{
		name:   "kubernetes-dashboard-v2-go-log-bracket-stamp",
		source: "the Kubernetes Dashboard v2 API container read with `kubectl logs` (Go's log package `yyyy/MM/dd HH:mm:ss msg`; the request filter's `[RFC 3339] Incoming HTTP/2.0 GET path request from addr: {}` and `[RFC 3339] Outcoming response to addr with 200 status code`): kubernetes/minikube issue #10087, easzlab/kubeasz issue #671, kubernetes-retired/dashboard issues #7180 and #272, kubernetes/website issue #20364",
		why:    "two stamps of the same second on the request lines, the first without a zone; no level anywhere (`health check failed` and `error reading preface` are message text); the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z", Unknown, "", "2026/11/29 07:41:02 Starting overwatch"),
			we("2026-11-29T07:41:02Z", Unknown, "", "2026/11/29 07:41:02 Using namespace: kubernetes-dashboard"),
			we("2026-11-29T07:41:02Z", Unknown, "", "2026/11/29 07:41:02 Successful initial request to the apiserver, version: v1.31.2"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026/11/29 07:41:19 [2026-11-29T07:41:19Z] Incoming HTTP/2.0 GET /api/v1/namespace request from 10.244.1.7:51814: {}"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026/11/29 07:41:19 Getting list of namespaces"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026/11/29 07:41:19 [2026-11-29T07:41:19Z] Outcoming response to 10.244.1.7:51814 with 200 status code"),
			we("2026-11-29T07:41:32Z", Unknown, "", "2026/11/29 07:41:32 Metric client health check failed: the server is currently unable to handle the request (get services dashboard-metrics-scraper). Retrying in 30 seconds."),
			we("2026-11-29T07:41:40Z", Unknown, "", "2026/11/29 07:41:40 http2: server: error reading preface from client 10.244.1.1:40322: read tcp 10.244.1.9:8443->10.244.1.1:40322: read: connection reset by peer"),
		},
	},
	{
		name:   "helm3-history-ansic-uitable",
		source: "`helm history RELEASE` (Helm 3: REVISION, UPDATED, STATUS, CHART, APP VERSION, DESCRIPTION; UPDATED in ANSI C `Mon Jan _2 15:04:05 2006`, the machine's local time without a zone): helm.sh docs 'helm history' (the angry-bird example); the cells tab-separated and space-padded by gosuri/uitable as helm list's are (see the next case), the tabs from memory",
		why:    "a tab-separated table whose rows each carry an ANSI C time with the year last and no zone; STATUS `failed` is a release status, no level; the header is not a record",
		entries: []worldEntry{
			wskip("REVISION\tUPDATED                 \tSTATUS    \tCHART         \tAPP VERSION\tDESCRIPTION                                         "),
			we("2026-11-27T16:02:11Z", Unknown, "", "1       \tFri Nov 27 16:02:11 2026\tsuperseded\tpayments-2.4.0\t3.8.1      \tInstall complete                                    "),
			we("2026-11-28T09:15:47Z", Unknown, "", "2       \tSat Nov 28 09:15:47 2026\tsuperseded\tpayments-2.4.1\t3.8.2      \tUpgrade complete                                    "),
			we("2026-11-29T07:40:03Z", Unknown, "", "3       \tSun Nov 29 07:40:03 2026\tfailed    \tpayments-2.5.0\t3.9.0      \tUpgrade \"payments\" failed: context deadline exceeded"),
			we("2026-11-29T07:48:26Z", Unknown, "", "4       \tSun Nov 29 07:48:26 2026\tdeployed  \tpayments-2.4.1\t3.8.2      \tRollback to 2                                       "),
		},
	},
	{
		name:   "helm3-list-go-time-string-mixed-zones",
		source: "`helm list -A` (Helm 3: NAME, NAMESPACE, REVISION, UPDATED, STATUS, CHART, APP VERSION; UPDATED is Go's time.Time String `yyyy-MM-dd HH:mm:ss.fffffffff -0700 MST` with trailing zeros cut, in the zone of the machine that deployed each release; cells tab-separated and space-padded): READMEs and notes pasting `helm list` / `helm ls -A -a` output found with find_string (mixed `-0500 EST` and `+0000 UTC` rows, `+0800 CST`)",
		why:    "a fraction of varying length, then a numeric offset and a zone name; rows in different zones in one table; NAMESPACE is no host; the header is not a record",
		entries: []worldEntry{
			wskip("NAME          \tNAMESPACE    \tREVISION\tUPDATED                                \tSTATUS  \tCHART                       \tAPP VERSION"),
			we("2026-11-29T06:31:09.7730212Z", Unknown, "", "ingress-nginx \tingress-nginx\t2       \t2026-11-28 22:31:09.7730212 -0800 PST  \tdeployed\tingress-nginx-4.11.3        \t1.11.3     "),
			we("2026-11-29T05:05:44.90117Z", Unknown, "", "kube-prom     \tmonitoring   \t7       \t2026-11-29 06:05:44.90117 +0100 CET    \tfailed  \tkube-prometheus-stack-65.1.0\tv0.77.2    "),
			we("2026-11-29T07:48:26.418203377Z", Unknown, "", "payments      \tshop         \t4       \t2026-11-29 07:48:26.418203377 +0000 UTC\tdeployed\tpayments-2.4.1              \t3.8.2      "),
			we("2026-11-27T11:20:58.06Z", Unknown, "", "sealed-secrets\tkube-system  \t1       \t2026-11-27 11:20:58.06 +0000 UTC       \tdeployed\tsealed-secrets-2.16.2       \t0.27.2     "),
		},
	},
	{
		name:   "podman-api-service-journal-access-lines",
		source: "the Podman API service (`podman system service`, podman.service activated by podman.socket) read with journalctl on a host at +01:00: its logrus lines `time=\"RFC 3339±hh:mm\" level=… msg=\"…\"` and the compat API's access lines `@ - - [dd/Mon/yyyy:HH:mm:ss +0100] \"GET /v1.44/containers/…/json HTTP/1.1\" 200 7364` (the client of a unix socket is `@`): podman-container-tools/podman issue #9633 (the service's logrus lines in the journal); a homelab runbook found with find_string quoting the `podman[pid]: @ - - […]` lines Traefik's polling writes",
		why:    "the journal's zone-less local time and podman's own +01:00 time are an hour apart: either is accepted; the access line has no level; `@` is the socket's client, no host; the journal's host is the host",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16Z", Info, "ctr-host-03", `Nov 29 08:41:16 ctr-host-03 podman[2291]: time="2026-11-29T08:41:16+01:00" level=info msg="/usr/bin/podman filtering at log level info"`),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16Z", Info, "ctr-host-03", `Nov 29 08:41:16 ctr-host-03 podman[2291]: time="2026-11-29T08:41:16+01:00" level=info msg="Using systemd socket activation to determine API endpoint"`),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16Z", Info, "ctr-host-03", `Nov 29 08:41:16 ctr-host-03 podman[2291]: time="2026-11-29T08:41:16+01:00" level=info msg="API service listening on \"/run/podman/podman.sock\". URI: \"unix:///run/podman/podman.sock\""`),
			we("2026-11-29T08:41:17Z|2026-11-29T07:41:17Z", Unknown, "ctr-host-03", `Nov 29 08:41:17 ctr-host-03 podman[2291]: @ - - [29/Nov/2026:08:41:17 +0100] "GET /v1.44/containers/json?limit=0 HTTP/1.1" 200 4817`),
			we("2026-11-29T08:41:17Z|2026-11-29T07:41:17Z", Unknown, "ctr-host-03", `Nov 29 08:41:17 ctr-host-03 podman[2291]: @ - - [29/Nov/2026:08:41:17 +0100] "GET /v1.44/containers/8e1f0c3a9b27d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0d/json HTTP/1.1" 200 7412`),
			we("2026-11-29T08:41:22Z|2026-11-29T07:41:22Z", Warn, "ctr-host-03", `Nov 29 08:41:22 ctr-host-03 podman[2291]: time="2026-11-29T08:41:22+01:00" level=warning msg="Failed to decode the keys [\"storage.options.overlay.pull_options\"] from \"/usr/share/containers/storage.conf\""`),
			we("2026-11-29T08:41:27Z|2026-11-29T07:41:27Z", Unknown, "ctr-host-03", `Nov 29 08:41:27 ctr-host-03 podman[2291]: @ - - [29/Nov/2026:08:41:27 +0100] "GET /v1.44/events?filters=%7B%22type%22%3A%5B%22container%22%5D%7D HTTP/1.1" 200 0`),
		},
	},
	{
		name:   "kubectl-port-forward-stdout-and-klog-stderr",
		source: "`kubectl port-forward svc/… 5432:5432` on a terminal (stdout: `Forwarding from 127.0.0.1:5432 -> 5432`, `Forwarding from [::1]:5432 -> 5432`, one `Handling connection for 5432` a connection; stderr: klog `E1129 … portforward.go:413] an error occurred forwarding …` and `portforward.go:234] lost connection to pod`): kubeflow/community-distribution issue #2227, kubernetes/minikube issue #13176, olric-data/olric issue #262, podman-container-tools/podman issue #13482",
		why:    "untimed plain lines between klog lines; the `->` arrows, the bracketed [::1] and the addresses are neither times nor hosts; klog's E is the level",
		entries: []worldEntry{
			we("", Unknown, "", "Forwarding from 127.0.0.1:5432 -> 5432"),
			we("", Unknown, "", "Forwarding from [::1]:5432 -> 5432"),
			we("", Unknown, "", "Handling connection for 5432"),
			we("", Unknown, "", "Handling connection for 5432"),
			we("2026-11-29T07:41:16.508221Z", Error, "", `E1129 07:41:16.508221   48112 portforward.go:413] an error occurred forwarding 5432 -> 5432: error forwarding port 5432 to pod 5f0c2a9e7d1b4c3a8e6f9d2b1a0c7e5d4f3b2a1c9e8d7f6a5b4c3d2e1f0a9b8c, uid : failed to execute portforward in network namespace "/var/run/netns/cni-3b7e2f1a-9c4d-5e6f-a7b8-c9d0e1f2a3b4": failed to connect to localhost:5432 inside namespace "5f0c2a9e7d1b4c3a8e6f9d2b1a0c7e5d4f3b2a1c9e8d7f6a5b4c3d2e1f0a9b8c", IPv4: dial tcp4 127.0.0.1:5432: connect: connection refused IPv6 dial tcp6 [::1]:5432: connect: connection refused`),
			we("2026-11-29T07:41:16.509874Z", Error, "", "E1129 07:41:16.509874   48112 portforward.go:234] lost connection to pod"),
		},
	},
	{
		name:   "kubectl-drain-eviction-progress",
		source: "`kubectl drain worker-2 --ignore-daemonsets --delete-emptydir-data` (untimed lines: `node/NAME cordoned`, `Warning: ignoring DaemonSet-managed Pods: ns/pod, …`, `evicting pod ns/pod`, `error when evicting pods/\"pod\" -n \"ns\" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.`, `pod/NAME evicted`, `node/NAME drained`): k3d-io/k3d PR #1414, openshift/origin PR #31161, longhorn/longhorn issue #1286, kubernetes/kubectl issue #172",
		why:    "no time anywhere; `Warning:` is kubectl's warning prefix; `error when evicting …` is a sentence beginning with the word, no level marker; the node and pod names are objects, no hosts",
		entries: []worldEntry{
			we("", Unknown, "", "node/worker-2 cordoned"),
			we("", Warn, "", "Warning: ignoring DaemonSet-managed Pods: kube-system/cilium-4kx8d, kube-system/kube-proxy-7mzqp, monitoring/node-exporter-b2r9w"),
			we("", Unknown, "", "evicting pod shop/payments-6d9c8b7f5-q4wzt"),
			we("", Unknown, "", "evicting pod shop/cache-0"),
			we("", Unknown, "", "evicting pod kube-system/coredns-7c65d6cfc9-x2k8q"),
			we("", Unknown, "", `error when evicting pods/"cache-0" -n "shop" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.`),
			we("", Unknown, "", "pod/payments-6d9c8b7f5-q4wzt evicted"),
			we("", Unknown, "", "pod/coredns-7c65d6cfc9-x2k8q evicted"),
			we("", Unknown, "", "evicting pod shop/cache-0"),
			we("", Unknown, "", "pod/cache-0 evicted"),
			we("", Unknown, "", "node/worker-2 drained"),
		},
	},
	{
		name:   "kubeadm-certs-check-expiration-table",
		gap:    "trawl takes each row's EXPIRES cell (`Nov 30, 2026 07:36 UTC`, a certificate's deadline) as the row's time; the rows carry no time of their own",
		source: "`kubeadm certs check-expiration` (two `[check-expiration]` lines, a blank line, then a tabwriter table CERTIFICATE, EXPIRES `Jan 02, 2006 15:04 MST`, RESIDUAL TIME, CERTIFICATE AUTHORITY, EXTERNALLY MANAGED, `<invalid>` once a certificate has run out): kubernetes/kubeadm issue #2866, kubernetes.io 'Certificate Management with kubeadm', a CSDN post pasting the output",
		why:    "EXPIRES is when each certificate runs out, a deadline and not the row's time, so the rows carry no time; `[check-expiration]` is a phase tag, no level; `<invalid>` is no level; the blank line and header are not records",
		entries: []worldEntry{
			we("", Unknown, "", "[check-expiration] Reading configuration from the cluster..."),
			we("", Unknown, "", "[check-expiration] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -o yaml'"),
			wskip("",
				"CERTIFICATE             EXPIRES                  RESIDUAL TIME   CERTIFICATE AUTHORITY   EXTERNALLY MANAGED"),
			we("", Unknown, "", "admin.conf              Nov 30, 2026 07:36 UTC   1d              ca                      no      "),
			we("", Unknown, "", "apiserver               Nov 30, 2026 07:35 UTC   1d              ca                      no      "),
			we("", Unknown, "", "apiserver-etcd-client   Nov 30, 2026 07:35 UTC   1d              etcd-ca                 no      "),
			we("", Unknown, "", "etcd-server             Nov 30, 2026 07:35 UTC   1d              etcd-ca                 no      "),
			we("", Unknown, "", "front-proxy-client      Nov 30, 2026 07:35 UTC   1d              front-proxy-ca          no      "),
			we("", Unknown, "", "super-admin.conf        Nov 28, 2026 07:36 UTC   <invalid>       ca                      no      "),
		},
	},
}

func TestFresh452Formats(t *testing.T) { assertTable(t, fresh452Cases) }
func TestFresh452Score(t *testing.T) {
	checkScore(t, "fresh452 formats", fresh452Cases, [worldNumFields]float64{97.9, 86.8, 97.9, 96.9})
}
