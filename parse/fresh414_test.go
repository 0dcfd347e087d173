package parse

import "testing"

// The four-hundred-and-fourteenth fresh table, written on 2026-12-06: Kubernetes and container
// platforms, a further pass (controllers, operators, CNI and CSI plugins, runtimes and their CLIs),
// in shapes no earlier table holds. Each family is one product's documented or observed output:
// `kind create cluster -v 1` (untimed status lines with their ✓/✗ marks, kind's `DEBUG: file:line]`
// lines, and the `ERROR:` record with its `Command Output:` and `Stack Trace:` block); the vcluster
// CLI (loft's logger: a bare `HH:mm:ss` clock, then info, done, warn or fatal, and untimed `- Use …`
// lines under a done line); `openshift-install create cluster` on a terminal (logrus with no time,
// the full level word and the message padded to 44 columns with a trailing space); `clusterctl init`
// (untimed logr lines with `Key="value"` pairs, a closing note written by one call over blank and
// indented lines, cobra's `Error:`); the youki runtime's stderr (tracing's untimed text with a
// right-aligned level and a target, and anyhow's `Error:` with its `Caused by:` chain after a blank
// line); `kubectl get pods -v=6` (klog on stderr between the table's header and rows on stdout);
// `dockerd-rootless-setuptool.sh install` (its `[INFO]`/`[ERROR]` lines and RootlessKit's
// `[rootlesskit:parent] error:` whose newuidmap output ends on a `: exit status 1` line); `minikube
// start` on a terminal (emoji-led steps, `    ▪ ` sub-steps, a `❗` warning and a klog error line).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`whereabouts`, `[verbose]`, `multus`, `openshift-install`,
// `openshift_install`, `Consuming Install`, `Install complete`, `kind create`, `Ensuring node`,
// `Preparing nodes`, `Writing configuration`, `Deleted nodes`, `Command Output`, `Stack Trace:`,
// `DEBUG: docker/`, `vcluster`, `devspace`, `done Switched`, `Switched active kube context`,
// `mayastor`, `io-engine`, `linstor`, `MainWorkerPool`, `harbor`, `kube-burner`, `time="20`,
// `INFO[20`, `INFO[0000]`, `DEBU[0000]`, `microshift`, `clusterctl`, `capi-system`,
// `Fetching providers`, `Installing Provider`, `kubescape`, `rootlesskit`, `[rootlesskit:`,
// `dockerd-rootless`, `youki`, `Caused by:`, `crates/`, ` INFO global:`, `submariner`, `sysbox`,
// `sysbox-mgr`, `trivy`, `popeye`, `sonobuoy`, `nydus`, `stargz`, `piraeus`, `cdi-importer`,
// `karmada`, `kubeedge`, `cloudcore`, `openyurt`, `kwok`, `virtual-kubelet`, `chaos-mesh`,
// `litmus`, `kubewarden`, `kruise`, `topolvm`, `vsphere-csi`, `local-path`, `csi-driver-smb`,
// `csi-provisioner`, `external-attacher`, `csi-resizer`, `node-driver-registrar`, `spiderpool`,
// `sriov`, `antrea`, `kube-ovn`, `ovnkube`, `hubble`, `(ID:`, `FORWARDED`, `weave`, `runsc`,
// `gvisor`, `crun`, `nerdctl`, `buildah`, `skopeo`, `STEP 1/`, `k3d`, `colima`, `limactl`, `k9s`,
// `cnpg`, `cloudnative`, `ipamd`, `aws-node`, `azure-vnet`, `nvidia-container`, `Reconciler error`,
// `round_trippers`, `minikube`, `minikube start`, `😄`, `minikube v1`, `eventrouter`, `cri-dockerd`,
// `quadlet`, `external-secrets`, `skaffold`, `talosctl`, `must-gather`). Left out as measured already:
// Whereabouts (its logger is Multus's, `RFC 3339 [level] msg`, in fresh99), kube-burner and
// sysbox-mgr (logrus with a quoted zone-less `yyyy-MM-dd HH:mm:ss`, in several tables), k3d's and
// skopeo's `INFO[0000]` (fresh399 and others), Hubble's observe text and JSON (fresh34, fresh199,
// fresh239), Mayastor's io-engine and LINSTOR (fresh46, fresh153), CloudNativePG (fresh31), the
// AWS and Azure CNIs (fresh38, fresh99), gVisor's runsc (fresh152 and others), Talos and
// must-gather (fresh234, fresh332). minikube is in earlier tables only as its glog log file; its
// terminal output is in none. kind, vcluster, openshift-install, clusterctl, youki, RootlessKit
// and kubectl's -v klog lines are in none. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). vcluster's bare `07:41:16` has no date and no zone: it is on the clock's day
// and taken as UTC; klog's `I1129 07:41:16.102334` has no year (2026) and no zone. kind, openshift-
// install, clusterctl, youki, the rootless setup tool and minikube's steps carry no time: the
// `(until 8:02AM UTC)` in openshift-install's message is a deadline, not the record's time. Levels
// only where the line marks one: kind's `DEBUG:` and `ERROR:`, loft's info/done/warn/fatal (done is
// loft's Donef, written at info level; fatal is Critical), logrus' full level words, cobra's and
// anyhow's `Error:`, tracing's right-aligned level, klog's letter, the setup tool's `[INFO]` and
// `[ERROR]`, RootlessKit's `error:` after its `[rootlesskit:parent]` tag, minikube's ❗ (its warning
// style); kind's ✓ and ✗ are a step's outcome and carry no level, and `CrashLoopBackOff` in a table
// row is a status. No family has a host field: kind's node names, vcluster's namespaces, the API
// server addresses are no hosts. A record that spans lines is one entry: kind's ERROR with its
// Command Output and stack, loft's done line with its `- Use` lines, clusterctl's closing note with
// its blank and indented lines, anyhow's `Error:` through its `Caused by:` chain, RootlessKit's error
// with its `: exit status 1` line; a table row, a minikube sub-step and a klog line are records of
// their own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3bf89f8 before any rule for it: level 77.8 %, time 82.0 %, host 82.0 %, records 73.5 %.
// That is the macro figure (micro: level 75.4 %, time 80.0 %, host 80.0 %, records 72.3 %), in a
// worktree at 3bf89f8 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right (openshift-install's padded console, clusterctl's untimed logr lines with
// the closing note, youki's untimed tracing lines with anyhow's Caused-by chain); the gaps are kind's
// space-led status lines joined to its DEBUG line and its ERROR record cut before Command Output
// and the stack, loft's `done` read as no level, kubectl's table joined to the klog line above it,
// RootlessKit's `: exit status 1` tail left out of its error, and every untimed minikube step after
// its glog line joined to that line.

var fresh414Cases = []worldCase{
	{
		name:   "kind-create-cluster-v1-error-stack",
		gap:    "trawl joins kind's untimed status lines that open with a space (` ✓ Ensuring node image …`, ` ✗ Writing configuration …`) to the `DEBUG: docker/images.go:58]` line above them, and ends the `ERROR: failed to create cluster: …` record at its first line: its `Command Output: …` line, `Stack Trace:` and the Go frames with their tab-indented file lines are not joined to it",
		source: "kind 0.2x `kind create cluster -v 1` on a terminal or in CI (`Creating cluster \"name\" ...`, status lines ` ✓ Step 📦` / ` ✗ Step 📜`, `DEBUG: docker/images.go:58] …` at -v 1, `Deleted nodes: [...]`, then `ERROR: failed to create cluster: …` with `Command Output: …`, `Stack Trace:` and Go frames with tab-indented file lines): kubernetes-sigs/kind issues #1288, #2491 and #3554, kiali/kiali issue #6300, elastic/beats issue #21856",
		why:    "no time anywhere; `DEBUG:` and `ERROR:` are kind's level words; ✓ and ✗ mark a step's outcome, no level; the ERROR record runs through its command output and stack; node names are no hosts",
		entries: []worldEntry{
			we("", Unknown, "", `Creating cluster "ci-e2e-81" ...`),
			we("", Debug, "", "DEBUG: docker/images.go:58] Image: kindest/node:v1.31.2@sha256:5c1e0a2b7d3f4e8a9b610f2c4d6e8a13b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5 present locally"),
			we("", Unknown, "", " ✓ Ensuring node image (kindest/node:v1.31.2) 🖼"),
			we("", Unknown, "", " ✓ Preparing nodes 📦 📦  "),
			we("", Unknown, "", " ✗ Writing configuration 📜 "),
			we("", Unknown, "", `Deleted nodes: ["ci-e2e-81-control-plane" "ci-e2e-81-worker"]`),
			we("", Error, "",
				`ERROR: failed to create cluster: failed to generate kubeadm config content: failed to get kubernetes version from node: failed to get file: command "docker exec --privileged ci-e2e-81-control-plane cat /kind/version" failed with error: exit status 1`,
				"Command Output: Error response from daemon: container 7f3a9c1e5b2d40e8a6c4f1b9d7e2a5c3f0b8d6e4a2c1f9e7b5d3a1c8e6f4b2d0 is not running",
				"Stack Trace:",
				"sigs.k8s.io/kind/pkg/errors.WithStack",
				"\t/src/pkg/errors/errors.go:59",
				"sigs.k8s.io/kind/pkg/exec.(*LocalCmd).Run",
				"\t/src/pkg/exec/local.go:124",
				"sigs.k8s.io/kind/pkg/cluster/nodeutils.KubeVersion",
				"\t/src/pkg/cluster/nodeutils/util.go:35"),
		},
	},
	{
		name:   "vcluster-cli-clock-level-words",
		gap:    "trawl reads loft's `HH:mm:ss` and its info, warn and fatal words, but not `done` (loft's Donef, an info-level success line) as a level: the three done lines get no level",
		source: "the vcluster CLI 0.19-0.2x (`vcluster create`/`connect`, loft-sh/log: a bare local `HH:mm:ss`, a lower-case level word info, done, warn, debug or fatal, the message; `- Use …` hint lines with no prefix under the done line): pastes of `vcluster create` and `vcluster connect` output in loft-sh/vcluster issue threads and blog posts found with find_string (`14:03:12 info Using vcluster …`, `12:44:19 done Successfully created virtual cluster …`, `04:56:56 warn Since you are using port-forwarding …`); the fatal line from memory",
		why:    "a time of day with no date and no zone (the clock's day, UTC); the level word after it, done being loft's info-level success line and fatal Critical; the untimed `- Use` lines belong to the done line above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 info Creating namespace vc-team-a"),
			we("2026-11-29T07:41:17Z", Info, "", "07:41:17 info execute command: helm upgrade team-a /tmp/vcluster-0.21.1.tgz --create-namespace --kubeconfig /tmp/3188421077 --namespace vc-team-a --install --repository-config='' --values /tmp/2290114563"),
			we("2026-11-29T07:41:19Z", Info, "", "07:41:19 done Successfully created virtual cluster team-a in namespace vc-team-a"),
			we("2026-11-29T07:41:21Z", Info, "", "07:41:21 info Waiting for vcluster to come up..."),
			we("2026-11-29T07:41:33Z", Info, "", "07:41:33 info vcluster is waiting, because vcluster pod team-a-0 has status: Init:1/3"),
			we("2026-11-29T07:42:04Z", Info, "", "07:42:04 done vCluster is up and running"),
			we("2026-11-29T07:42:05Z", Info, "",
				"07:42:05 done Switched active kube context to vcluster_team-a_vc-team-a_kind-mgmt",
				"- Use `vcluster disconnect` to return to your previous kube context",
				"- Use `kubectl get namespaces` to access the vcluster"),
			we("2026-11-29T07:42:05Z", Warn, "", "07:42:05 warn Since you are using port-forwarding to connect, you will need to leave this terminal open"),
			we("2026-11-29T08:13:40Z", Critical, "", "08:13:40 fatal create vcluster team-b: namespace vc-team-b is being terminated, please wait and try again"),
		},
	},
	{
		name:   "openshift-install-console-padded-levels",
		source: "`openshift-install create cluster` 4.1x on a terminal (logrus' TextFormatter with the timestamp disabled and the level untruncated: `LEVEL msg` with the message padded to 44 columns and a trailing space; INFO, WARNING, ERROR, FATAL; `Waiting up to 20m0s (until 8:02AM UTC) for …`): openshift/installer issue #5287 (the console), PR #1413 and issue #1928 (the level words in the log file); the ERROR and FATAL messages from memory",
		why:    "no time of its own (the `until 8:02AM UTC` deadline is message text); the full level word first; short messages padded with spaces to a column, every line ending in a space",
		entries: []worldEntry{
			we("", Info, "", `INFO Credentials loaded from the "default" profile in file "/home/ops/.aws/credentials" `),
			we("", Info, "", "INFO Consuming Install Config from target directory "),
			we("", Warn, "", "WARNING Release Image Architecture not detected. Release Image Architecture is unknown "),
			we("", Info, "", "INFO Creating infrastructure resources...         "),
			we("", Info, "", "INFO Waiting up to 20m0s (until 8:02AM UTC) for the Kubernetes API at https://api.lab7.ocp.example.net:6443... "),
			we("", Info, "", "INFO API v1.31.4 up                               "),
			we("", Error, "", "ERROR Cluster operator authentication Degraded is True with OAuthServerRouteEndpointAccessibleController_SyncError: OAuthServerRouteEndpointAccessibleControllerDegraded: Get \"https://oauth-openshift.apps.lab7.ocp.example.net/healthz\": EOF "),
			we("", Critical, "", "FATAL failed to initialize the cluster: Cluster operators authentication, console are not available "),
		},
	},
	{
		name:   "clusterctl-init-untimed-logr",
		source: "Cluster API's `clusterctl init --infrastructure docker` (logr through clusterctl's own logger: untimed messages with `Key=\"value\"` pairs, a closing note written by one call with blank lines and an indented command, cobra's `Error: …` on failure): kubernetes-sigs/cluster-api issues #3720, #9101, #4474 and #2642",
		why:    "no time and no level on the progress lines; `Version=\"v1.16.2\"` is a pair, no time; the closing note's blank and indented lines belong to it; cobra's `Error:` is the level",
		entries: []worldEntry{
			we("", Unknown, "", "Fetching providers"),
			we("", Unknown, "", `Installing cert-manager Version="v1.16.2"`),
			we("", Unknown, "", "Waiting for cert-manager to be available..."),
			we("", Unknown, "", `Installing Provider="cluster-api" Version="v1.9.3" TargetNamespace="capi-system"`),
			we("", Unknown, "", `Installing Provider="bootstrap-kubeadm" Version="v1.9.3" TargetNamespace="capi-kubeadm-bootstrap-system"`),
			we("", Unknown, "", `Installing Provider="control-plane-kubeadm" Version="v1.9.3" TargetNamespace="capi-kubeadm-control-plane-system"`),
			we("", Unknown, "", `Installing Provider="infrastructure-docker" Version="v1.9.3" TargetNamespace="capd-system"`, ""),
			we("", Unknown, "", "Your management cluster has been initialized successfully!", ""),
			we("", Unknown, "",
				"You can now create your first workload cluster by running the following:",
				"",
				"  clusterctl generate cluster [name] --kubernetes-version [version] | kubectl apply -f -",
				""),
			we("", Error, "", `Error: failed to get provider components for the "docker" provider: failed to read "infrastructure-components-development.yaml" from provider's repository "infrastructure-docker": failed to download files from GitHub release v1.9.3: 403 API rate limit exceeded for 203.0.113.44`),
		},
	},
	{
		name:   "youki-stderr-tracing-anyhow-chain",
		source: "the youki OCI runtime 0.4/0.5 run with --log-level debug and no --log file (tracing-subscriber's fmt layer `.without_time()` to stderr: a level right-aligned to five columns, the target, a colon, the message and `key=value` fields), then main's anyhow error `Error: msg`, a blank line, `Caused by:` and numbered causes: youki-dev/youki crates/youki/src/observability.rs, issues #2559 and #3670, PR #1302",
		why:    "no time at all; DEBUG, ` INFO`, ` WARN`, ERROR at the start with a Rust target after; anyhow's `Error:` record runs over a blank line through its `Caused by:` chain",
		entries: []worldEntry{
			we("", Debug, "", `DEBUG youki: started by user 0 with ArgsOs { inner: ["youki", "--log-level=debug", "--root", "/run/youki", "create", "--bundle", "/run/containerd/io.containerd.runtime.v2.task/k8s.io/4c7e1a9f2b3d", "4c7e1a9f2b3d"] }`),
			we("", Debug, "", "DEBUG youki::commands::create: start creating container 4c7e1a9f2b3d"),
			we("", Info, "", " INFO libcgroups::common: cgroup manager V2 will be used"),
			we("", Warn, "", " WARN libcgroups::v2::util: Controller rdma is not yet implemented."),
			we("", Error, "", `ERROR libcontainer::process::container_main_process: failed to wait for init ready err=Channel(ReceiveError { msg: "waiting for init ready", source: BrokenChannel })`),
			we("", Error, "",
				"Error: failed to create container",
				"",
				"Caused by:",
				"    0: failed to build init container",
				"    1: failed to receive. \"waiting for init ready\". BrokenChannel",
				"    2: channel connection broken"),
		},
	},
	{
		name:   "kubectl-v6-klog-stderr-over-table",
		source: "`kubectl get pods -v=6` on a terminal (klog on stderr: `Lmmdd hh:mm:ss.uuuuuu pid file:line] msg`, loader.go's config line and round_trippers.go's `GET url 200 OK in N milliseconds`, then the table on stdout; a second run's memcache.go error): from memory of kubectl's verbosity output (the round_trippers and loader lines), the table from kubectl's printers",
		why:    "klog's yearless stamp and level letter on the stderr lines; the table's header and rows have no time and are records of their own; `3d4h`, `(2m ago)` and CrashLoopBackOff are no times or levels; the API server's address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102334Z", Info, "", "I1129 07:41:16.102334   48213 loader.go:402] Config loaded from file:  /home/ops/.kube/config"),
			we("2026-11-29T07:41:16.187410Z", Info, "", "I1129 07:41:16.187410   48213 round_trippers.go:553] GET https://10.40.0.10:6443/api/v1/namespaces/payments/pods?limit=500 200 OK in 61 milliseconds"),
			we("", Unknown, "", "NAME                            READY   STATUS             RESTARTS        AGE"),
			we("", Unknown, "", "ledger-api-7c9d4b6f5-h2x8q      1/1     Running            0               3d4h"),
			we("", Unknown, "", "ledger-worker-5b8f7c9d6-p4m2k   0/1     CrashLoopBackOff   14 (2m ago)     71m"),
			we("2026-11-29T07:41:18.220417Z", Error, "", `E1129 07:41:18.220417   48219 memcache.go:265] couldn't get current server API group list: Get "https://10.40.0.10:6443/api?timeout=32s": dial tcp 10.40.0.10:6443: connect: connection refused`),
			we("2026-11-29T07:41:18.231950Z", Error, "", `E1129 07:41:18.231950   48219 memcache.go:265] couldn't get current server API group list: Get "https://10.40.0.10:6443/api?timeout=32s": dial tcp 10.40.0.10:6443: connect: connection refused`),
		},
	},
	{
		name:   "dockerd-rootless-setuptool-rootlesskit",
		gap:    "trawl ends RootlessKit's `[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap … failed: …` record at its first line: the `: exit status 1` line that ends the same error text is not joined to it",
		source: "Docker's `dockerd-rootless-setuptool.sh install` (its `[INFO] msg` and `[ERROR] msg` lines) with RootlessKit's own failure `[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap … failed: <newuidmap's output with its newline>` followed by `: exit status 1` on the next line: pages pasting the setup tool's failure under Lima and in rootless BuildKit notes, found with find_string `[rootlesskit:parent]`; the [INFO] messages from memory",
		why:    "no time anywhere; `[INFO]` and `[ERROR]` are the script's levels; RootlessKit's `error:` after its bracketed tag is its level, and the `: exit status 1` line ends that error's text",
		entries: []worldEntry{
			we("", Info, "", "[INFO] Checking RootlessKit functionality"),
			we("", Error, "",
				"[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 4121 [0 1001 1 1 231072 65536] failed: newuidmap: write to uid_map failed: Operation not permitted",
				": exit status 1"),
			we("", Error, "", "[ERROR] RootlessKit failed, see the error messages and https://rootlesscontaine.rs/getting-started/common/ . Set --force to ignore"),
			we("", Info, "", "[INFO] Creating /home/dev/.config/systemd/user/docker.service"),
			we("", Info, "", "[INFO] Installed docker.service successfully."),
			we("", Info, "", "[INFO] To control docker.service, run: `systemctl --user (start|stop|restart) docker.service`"),
		},
	},
	{
		name:   "minikube-start-terminal-emoji-steps",
		gap:    "after minikube's glog line `E1129 07:41:29.331207 … cache.go:189] …` trawl joins every untimed line that follows (the `❗` warning, the emoji-led steps and the `    ▪ ` sub-steps) to it, so none of them is a record of its own and the ❗ warning is not read as Warn",
		source: "`minikube start` 1.3x on a terminal (out.Step lines led by an emoji and two spaces, `    ▪ ` sub-steps under Preparing Kubernetes, the ❗ warning style, a glog `E1129 hh:mm:ss.uuuuuu pid file:line]` line written to stderr among them): from memory of minikube's console output and its kic fallback warning",
		why:    "the steps carry no time and no level; ❗ is minikube's warning style; the glog line has its own yearless time and letter; each sub-step is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "😄  minikube v1.34.0 on Ubuntu 24.04 (kvm/amd64)"),
			we("", Unknown, "", "✨  Using the docker driver based on existing profile"),
			we("", Unknown, "", `👍  Starting "minikube" primary control-plane node in "minikube" cluster`),
			we("", Unknown, "", "🚜  Pulling base image v0.0.45 ..."),
			we("2026-11-29T07:41:29.331207Z", Error, "", "E1129 07:41:29.331207   52114 cache.go:189] Error downloading kic artifacts:  failed to download kic base image or any fallback image"),
			we("", Warn, "", "❗  minikube was unable to download gcr.io/k8s-minikube/kicbase:v0.0.45, but successfully downloaded docker.io/kicbase/stable:v0.0.45 as a fallback image"),
			we("", Unknown, "", "🐳  Preparing Kubernetes v1.31.0 on Docker 27.2.0 ..."),
			we("", Unknown, "", "    ▪ Generating certificates and keys ..."),
			we("", Unknown, "", "    ▪ Booting up control plane ..."),
			we("", Unknown, "", "    ▪ Configuring RBAC rules ..."),
			we("", Unknown, "", "🔎  Verifying Kubernetes components..."),
			we("", Unknown, "", `🏄  Done! kubectl is now configured to use "minikube" cluster and "default" namespace by default`),
		},
	},
}

func TestFresh414Formats(t *testing.T) { assertTable(t, fresh414Cases) }
func TestFresh414Score(t *testing.T) {
	checkScore(t, "fresh414 formats", fresh414Cases, [worldNumFields]float64{89.3, 94.5, 94.5, 88.9})
}
