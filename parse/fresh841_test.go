package parse

import "testing"

// The eight-hundred-and-forty-first fresh table: Kubernetes operators and controllers at debug,
// another pass, written in the languages the Go controller-runtime tables leave out. Each family
// is one operator's output as it really writes it: the Keycloak operator (Quarkus with the Java
// Operator SDK: an abbreviated category in brackets, the reconciler thread in parentheses, a Java
// stack trace under an error); a Stackable data-platform operator (Rust, tracing's default
// formatter: an RFC 3339 microsecond time, the level padded to five, the module path as target);
// an older Stackable ZooKeeper operator run as a systemd unit (journald's year-less header, then
// tracing's own year-less time with milliseconds); a .NET KubeOps operator with the default
// Microsoft console logger (a four-letter level, the category and event id, the message indented
// on the next lines, no time at all) and with the JSON console formatter (Timestamp with a space
// and a Z, LogLevel as a word); hjacobs' kube-janitor at --debug (Python logging
// `%(asctime)s %(levelname)s: %(message)s`, a traceback under an error); TwiN's k8s-ttl-controller
// (Go's standard log: a slashed date and no level); an Elixir Bonny operator (Elixir Logger's
// console `$time $metadata[$level] $message`: a time of day only, metadata pairs before the level
// bracket).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `cert-manager`, `external-dns`, `argocd`, `argo-cd`, `argo cd`,
// `flux`, `kustomize-controller`, `helm-controller`, `source-controller`, `crossplane`, `keda`,
// `karpenter`, `cluster-autoscaler`, `velero`, `strimzi`, `controller-runtime`, `klog`,
// `kubebuilder`, `operator-sdk`, `prometheus-operator`, `rook`, `istio-operator`, `kyverno`,
// `gatekeeper`, `ingress-nginx`, `metallb`, `calico`, `cilium`, `longhorn`, `kube-state`,
// `descheduler`, `external-secrets`, `sealed-secrets`, `reloader`, `cnpg`, `cloudnative-pg`,
// `zalando`, `postgres-operator`, `vertical-pod`, `cluster-api`, `trust-manager`, `kamaji`,
// `knative`, `tekton`, `spark-operator`, `kubeflow`, `opentelemetry-operator`, `elastic-operator`,
// `percona`, `rabbitmq`, `vitess`, `kubevirt`, `multus`, `gpu-operator`, `node-problem`, `kured`,
// `rancher`, `fleet`, `kube-vip`, `aws-load-balancer`, `ebs-csi`, `secrets-store`,
// `vault-secrets`, `csi-provisioner`, `kopf`, `java-operator-sdk`, `javaoperatorsdk`, `josdk`,
// `ReconciliationDispatcher`, `ReconcilerExecutor`, `keycloak-operator`, `keycloak operator`,
// `shell-operator`, `metacontroller`, `keptn`, `flagger`, `argo-rollouts`, `argo workflows`,
// `workflow-controller`, `chaos-mesh`, `litmus`, `kube-green`, `kubecost`, `opencost`, `stackable`,
// `stackable_operator`, `kube-rs`, `kube_runtime`, `kube::runtime`, `object.ref`,
// `tracing_subscriber`, `KubeOps`, `dotnet-operator`, `ResourceWatcher`, `bonny`, `elixir`,
// `fluxd`, `helm-operator`, `go-kit`, `k8up`, `pulumi`, `pulumi-kubernetes-operator`, `capsule`,
// `mariadb-operator`, `redis-operator`, `spotahome`, `confluent`, `camel-k`, `node-termination`,
// `kube-janitor`, `k8s-ttl-controller`, `twin.sh`, `kube-cleanup-operator`, `lwolf`,
// `grafana-operator`, `loki-operator`, `logerr`, `cluster-logging-operator`, `"_ts"`, `vcluster`,
// `karmada`, `openkruise`, `kruise`, `kubevela`, `vela-core`, `tofu-controller`, `tf-controller`,
// `sveltos`, `logging-operator`, `fluent-operator`, `victoriametrics`, `vmoperator`,
// `opensearch-operator`, `argocd-image-updater`, `applicationset`, `notifications-controller`,
// `redpanda`, `emqx`, `dapr`, `kserve`, `cass-operator`, `k8ssandra`, `cluster-proportional`,
// `keel`, `reflector`, `kubernetes-reflector`, `emberstack`, `clastix`, `liqo`, `submariner`,
// `skupper`, `jenkins-operator`, `crunchy`, `stackgres`, `spire`, `quarkus`, `debezium`,
// `apicurio`, `drain-cleaner`, `solr-operator`, `infinispan`, `goldilocks`, `polaris`,
// `k8s-sidecar`, `kube-fledged`, `secret-generator`, `sops-secrets-operator`, `k8s-image-swapper`,
// `kube-image-keeper`, `cainjector`, `approver-policy`, `kuberhealthy`, `kubeturbo`. The theme's
// named products (cert-manager, external-dns, Argo CD's application controller, the Flux
// controllers, Crossplane, KEDA, Karpenter, cluster-autoscaler, Velero, Strimzi) are all measured
// already, in klog, logrus, zap and JSON, so they were left out; `javaoperatorsdk` and
// `ReconciliationDispatcher` match only Flink's and Spark's operators, `elixir` other products,
// `quarkus` other Quarkus services, `tracing_subscriber` other Rust daemons, `TwiN` other projects
// of that author; Keycloak's operator, Stackable, KubeOps, kube-janitor, k8s-ttl-controller and
// Bonny match nothing. KubeOps and Stackable each give two families: two output shapes of one
// product. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Times without a zone (Quarkus', kube-janitor's, Go's log) are UTC; tracing
// and KubeOps' JSON write Z; journald's header and the ZooKeeper operator's own time are
// year-less, in 2026, and both are the record's time (`a|b`); Bonny's Elixir console writes only
// a time of day, on the clock's day; KubeOps' default console writes no time, so its records
// have none. Levels only where the line marks one: Quarkus' and tracing's level column (DEBUG,
// INFO, WARN, ERROR), KubeOps' four-letter prefix (dbug, info, warn, fail = Error) and its
// LogLevel word (Debug, Information, Warning, Error), kube-janitor's `LEVEL:` after the time,
// Bonny's `[level]` bracket (debug, info, warning, error); k8s-ttl-controller's Go log lines carry
// none. The host is the record's host field: only the journald header has one (the node running
// the ZooKeeper operator); the API server address in kube-janitor's urllib3 lines and the
// clusters, namespaces and pods named in messages are no hosts. Records: Quarkus' stack trace,
// kube-janitor's traceback and KubeOps' indented message and exception lines belong to the record
// above them; every other record is one line.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of a layout
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and
// every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong carries a
// gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 43bf173 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 43bf173 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 8 families fully right; there are no gaps: trawl already reads every family's time, level, host
// and record boundaries.

var fresh841Cases = []worldCase{
	{
		name:   "keycloak-operator-quarkus-josdk-debug",
		source: "Keycloak operator (Quarkus + Java Operator SDK) console `yyyy-MM-dd HH:mm:ss,SSS LEVEL [abbreviated.category] (thread) message` with a stack trace under an error (`2025-11-06 05:44:30,932 ERROR [io.jav.ope.pro.eve.EventProcessor] (ReconcilerExecutor-keycloakcontroller-977) Uncaught error during event processing ExecutionScope{…}`): keycloak/keycloak issue #43991, stack frames as in issues #21814 and #30005; the DEBUG lines' categories from memory",
		why:    "a comma before the milliseconds, the level before a bracketed abbreviated category and a parenthesised reconciler thread; the tab-indented `at` frames and the `Caused by:` line belong to the error above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "2026-11-29 07:41:16,204 DEBUG [io.jav.ope.pro.eve.EventProcessor] (pool-7-thread-3) Received event: ResourceEvent{action=UPDATED, associated resource id=ResourceID{name='sso-prod', namespace='identity'}}"),
			we("2026-11-29T07:41:16.219Z", Debug, "", "2026-11-29 07:41:16,219 DEBUG [io.jav.ope.pro.eve.ReconciliationDispatcher] (ReconcilerExecutor-keycloakcontroller-412) Reconciling resource sso-prod with version: 88412077 with execution scope: ExecutionScope{ resource id: ResourceID{name='sso-prod', namespace='identity'}, version: 88412077}"),
			we("2026-11-29T07:41:16.233Z", Info, "", "2026-11-29 07:41:16,233 INFO  [org.key.ope.con.KeycloakController] (ReconcilerExecutor-keycloakcontroller-412) --- Reconciling Keycloak: sso-prod in namespace: identity"),
			we("2026-11-29T07:41:17.508Z", Warn, "", "2026-11-29 07:41:17,508 WARN  [org.key.ope.con.KeycloakDeploymentDependentResource] (ReconcilerExecutor-keycloakcontroller-412) Keycloak sso-prod: hostname not set, falling back to strict=false"),
			we("2026-11-29T07:41:18.640Z", Error, "",
				"2026-11-29 07:41:18,640 ERROR [io.jav.ope.pro.eve.EventProcessor] (ReconcilerExecutor-keycloakcontroller-412) Error during event processing ExecutionScope{ resource id: ResourceID{name='sso-prod', namespace='identity'}, version: 88412077}: io.fabric8.kubernetes.client.KubernetesClientException: Failure executing: PUT at: https://10.96.0.1:443/apis/apps/v1/namespaces/identity/statefulsets/sso-prod. Message: Operation cannot be fulfilled on statefulsets.apps \"sso-prod\": the object has been modified.",
				"\tat io.fabric8.kubernetes.client.dsl.internal.OperationSupport.requestFailure(OperationSupport.java:671)",
				"\tat io.javaoperatorsdk.operator.processing.event.ReconciliationDispatcher.reconcileExecution(ReconciliationDispatcher.java:151)",
				"\tat io.javaoperatorsdk.operator.processing.event.EventProcessor$ReconcilerExecutor.run(EventProcessor.java:449)",
				"\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
				"Caused by: io.fabric8.kubernetes.client.KubernetesClientException: Operation cannot be fulfilled on statefulsets.apps \"sso-prod\"",
				"\t... 4 more"),
		},
	},
	{
		name:   "stackable-operator-rust-tracing-fmt",
		source: "Stackable operators (stackable-operator crate on kube-rs, tracing-subscriber's default fmt layer: `RFC3339-micros-Z LEVEL target: message key=value…`, the level right-aligned to five): stackabletech/opa-operator issue #521 (`2024-02-13T09:18:40.770253Z ERROR stackable_operator::logging::controller: Failed to reconcile object controller.name=\"opacluster.opa.stackable.tech\" error=…`); the padded INFO/WARN and the DEBUG targets from memory",
		why:    "a Z time with microseconds, then the level padded to five (two spaces before INFO and WARN), then a Rust module path with `::` and a colon; key=value pairs follow the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.118402Z", Debug, "", `2026-11-29T07:41:20.118402Z DEBUG stackable_operator::client: applying object object.name="hive-metastore" object.namespace="lakehouse" field_manager="hive.stackable.tech_hivecluster"`),
			we("2026-11-29T07:41:20.140977Z", Info, "", `2026-11-29T07:41:20.140977Z  INFO stackable_operator::logging::controller: Reconciled object controller.name="hivecluster.hive.stackable.tech" object=HiveCluster.v1alpha1.hive.stackable.tech/hive-metastore.lakehouse`),
			we("2026-11-29T07:41:21.002513Z", Warn, "", `2026-11-29T07:41:21.002513Z  WARN kube_client::client: Unsuccessful data error parse: 409 conflict`),
			we("2026-11-29T07:41:21.007760Z", Error, "", `2026-11-29T07:41:21.007760Z ERROR stackable_operator::logging::controller: Failed to reconcile object controller.name="hivecluster.hive.stackable.tech" error=reconciler for object HiveCluster.v1alpha1.hive.stackable.tech/hive-metastore.lakehouse failed error.sources=[failed to apply StatefulSet, configmaps "hive-metastore-default" not found: NotFound]`),
		},
	},
	{
		name:   "stackable-zookeeper-operator-journal-tracing-yearless",
		source: "an older Stackable ZooKeeper operator run as a systemd unit, read with journalctl: journald's `Mon DD HH:MM:SS host unit[pid]:` then tracing's own year-less `Mon DD HH:MM:SS.mmm LEVEL target: message` (`Oct 01 13:11:33 test-vps-2 stackable-zookeeper-operator[47819]: Oct 01 13:11:33.004  WARN kube::client: Unsuccessful data error parse: 404 page not found`): stackabletech/documentation issue #90; the DEBUG line from memory",
		why:    "two year-less times of the same record, the second with milliseconds; the level (padded to five) comes after the inner time, not after the tag; the host is journald's",
		entries: []worldEntry{
			we("2026-11-29T07:41:33Z|2026-11-29T07:41:33.001Z", Debug, "zk-ctl-02", "Nov 29 07:41:33 zk-ctl-02 stackable-zookeeper-operator[51204]: Nov 29 07:41:33.001 DEBUG stackable_operator::controller: Reconciling ZookeeperCluster zk-main in namespace data"),
			we("2026-11-29T07:41:33Z|2026-11-29T07:41:33.004Z", Warn, "zk-ctl-02", "Nov 29 07:41:33 zk-ctl-02 stackable-zookeeper-operator[51204]: Nov 29 07:41:33.004  WARN kube::client: Unsuccessful data error parse: 404 page not found"),
			we("2026-11-29T07:41:33Z|2026-11-29T07:41:33.006Z", Error, "zk-ctl-02", `Nov 29 07:41:33 zk-ctl-02 stackable-zookeeper-operator[51204]: Nov 29 07:41:33.006 ERROR stackable_operator::controller: Reconciliation finished with an error, this should not happen, please file an issue err=QueueError { source: InitialListFailed { source: Api(ErrorResponse { status: "404 Not Found", code: 404 }) } }`),
			we("2026-11-29T07:41:48Z|2026-11-29T07:41:48.517Z", Info, "zk-ctl-02", "Nov 29 07:41:48 zk-ctl-02 stackable-zookeeper-operator[51204]: Nov 29 07:41:48.517  INFO stackable_operator::crd: CRD zookeeperclusters.zookeeper.stackable.tech is now established"),
		},
	},
	{
		name:   "kubeops-dotnet-console-two-line",
		source: "KubeOps (dotnet/dotnet-operator-sdk) with the default Microsoft.Extensions.Logging console formatter: `lvl: Category[EventId]` then the message and any exception indented by six spaces, no time (`fail: KubeOps.Operator.Kubernetes.ResourceWatcher[0]` / `      There was an error while watching the resource \"MyResource\".` / `      Microsoft.Rest.HttpOperationException: …` / `         at k8s.Kubernetes…`): dotnet/dotnet-operator-sdk issues #476 and #450, PR #553; the dbug and info lines' categories from memory",
		why:    "a four-letter level and the category with its event id on one line, the message on the next, indented; no time anywhere; the exception's `at` lines belong to the record",
		entries: []worldEntry{
			we("", Debug, "",
				"dbug: KubeOps.Operator.Watcher.ResourceWatcher[0]",
				`      Received watch event "Modified" for "V1BackupPolicy/nightly-pg".`),
			we("", Info, "",
				"info: Contoso.BackupOperator.Controller.V1BackupPolicyController[0]",
				`      Reconciling BackupPolicy "nightly-pg" in namespace "billing".`),
			we("", Warn, "",
				"warn: KubeOps.Operator.Queue.EntityRequeueBackgroundService[0]",
				`      Requeue of "V1BackupPolicy/nightly-pg" delayed by 00:00:30.`),
			we("", Error, "",
				"fail: KubeOps.Operator.Watcher.ResourceWatcher[0]",
				`      There was an error while watching the resource "V1BackupPolicy".`,
				"      k8s.Autorest.HttpOperationException: Operation returned an invalid status code 'Forbidden'",
				"         at k8s.Kubernetes.SendRequestRaw(String requestContent, HttpRequestMessage httpRequest, CancellationToken cancellationToken)",
				"         at k8s.AbstractKubernetes.ListClusterCustomObjectWithHttpMessagesAsync(String group, String version, String plural, CancellationToken cancellationToken)"),
		},
	},
	{
		name:   "kubeops-dotnet-json-console",
		source: "KubeOps with the Microsoft JSON console formatter: one object per line with `Timestamp` (`yyyy-MM-dd HH:mm:ssZ`, a space and a Z), `EventId`, `LogLevel` as a word, `Category`, `Message`, `State` (`{\"Timestamp\":\"2024-05-17 13:11:04Z\",\"EventId\":0,\"LogLevel\":\"Debug\",\"Category\":\"KubeOps.Operator.Watcher.LeaderAwareResourceWatcher\",\"Message\":…,\"State\":{…}}`): dotnet/dotnet-operator-sdk issue #763",
		why:    "a Timestamp key with a space between date and time and a Z; the level is LogLevel's word (Information, Warning)",
		entries: []worldEntry{
			we("2026-11-29T07:42:04Z", Debug, "", `{"Timestamp":"2026-11-29 07:42:04Z","EventId":0,"LogLevel":"Debug","Category":"KubeOps.Operator.Watcher.LeaderAwareResourceWatcher","Message":"Received watch event \u0022Added\u0022 for \u0022V1TenantQuota/team-orion\u0022.","State":{"Message":"Received watch event \u0022Added\u0022 for \u0022V1TenantQuota/team-orion\u0022.","type":"Added","kind":"V1TenantQuota","name":"team-orion","{OriginalFormat}":"Received watch event \u0022{type}\u0022 for \u0022{kind}/{name}\u0022."}}`),
			we("2026-11-29T07:42:04Z", Info, "", `{"Timestamp":"2026-11-29 07:42:04Z","EventId":0,"LogLevel":"Information","Category":"Fabrikam.QuotaOperator.Controllers.TenantQuotaController","Message":"Reconciling tenant quota team-orion","State":{"Message":"Reconciling tenant quota team-orion","name":"team-orion","{OriginalFormat}":"Reconciling tenant quota {name}"}}`),
			we("2026-11-29T07:42:05Z", Warn, "", `{"Timestamp":"2026-11-29 07:42:05Z","EventId":0,"LogLevel":"Warning","Category":"Fabrikam.QuotaOperator.Controllers.TenantQuotaController","Message":"Namespace orion-ci exceeds 90% of its CPU quota","State":{"Message":"Namespace orion-ci exceeds 90% of its CPU quota","ns":"orion-ci","{OriginalFormat}":"Namespace {ns} exceeds 90% of its CPU quota"}}`),
			we("2026-11-29T07:42:09Z", Error, "", `{"Timestamp":"2026-11-29 07:42:09Z","EventId":0,"LogLevel":"Error","Category":"KubeOps.Operator.Watcher.LeaderAwareResourceWatcher","Message":"There was an error while watching the resource \u0022V1TenantQuota\u0022.","Exception":"k8s.Autorest.HttpOperationException: Operation returned an invalid status code \u0027Forbidden\u0027    at k8s.Kubernetes.SendRequestRaw(String requestContent, HttpRequestMessage httpRequest, CancellationToken cancellationToken)","State":{"Message":"There was an error while watching the resource \u0022V1TenantQuota\u0022.","resource":"V1TenantQuota","{OriginalFormat}":"There was an error while watching the resource \u0022{resource}\u0022."}}`),
		},
	},
	{
		name:   "kube-janitor-python-debug",
		source: "hjacobs/kube-janitor at --debug, Python logging `%(asctime)s %(levelname)s: %(message)s` (`2020-01-02 20:01:38,929 DEBUG: Rule backtest-configmaps applies 48h TTL to ConfigMap …`, `… INFO: Deleting ConfigMap …`, urllib3's `DEBUG: https://172.20.0.1:443 \"DELETE /api/v1/… HTTP/1.1\" 200 None`): hjacobs/kube-janitor issue #51; the traceback under logger.exception from memory",
		why:    "the level word glued to a colon after a comma-millisecond time; urllib3's API server address is a peer, no host; a Python traceback belongs to the error above it",
		entries: []worldEntry{
			we("2026-11-29T07:43:10.412Z", Debug, "", `2026-11-29 07:43:10,412 DEBUG: Rule preview-namespaces with JMESPath "starts_with(metadata.name, 'preview-')" evaluated for Namespace preview-pr-2291: True`),
			we("2026-11-29T07:43:10.413Z", Debug, "", "2026-11-29 07:43:10,413 DEBUG: Namespace preview-pr-2291 with 3d TTL is 3d4h12m7s old"),
			we("2026-11-29T07:43:10.413Z", Info, "", "2026-11-29 07:43:10,413 INFO: Namespace preview-pr-2291 with 3d TTL is 3d4h12m7s old and will be deleted (rule preview-namespaces matches)"),
			we("2026-11-29T07:43:10.431Z", Debug, "", `2026-11-29 07:43:10,431 DEBUG: https://10.100.0.1:443 "DELETE /api/v1/namespaces/preview-pr-2291 HTTP/1.1" 200 None`),
			we("2026-11-29T07:43:11.058Z", Error, "",
				"2026-11-29 07:43:11,058 ERROR: Could not delete Deployment preview-pr-2287/web",
				"Traceback (most recent call last):",
				`  File "/kube_janitor/janitor.py", line 142, in delete`,
				"    resource.delete()",
				"requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://10.100.0.1:443/apis/apps/v1/namespaces/preview-pr-2287/deployments/web"),
		},
	},
	{
		name:   "k8s-ttl-controller-go-stdlog",
		source: "TwiN/k8s-ttl-controller, Go's standard log (`yyyy/MM/dd HH:mm:ss message`, no level: `2024/12/09 14:27:48 [namespaces/namespace-oak] is configured with a TTL of 10m, which means it has expired 3m5s ago`, `… Execution took 77989ms, sleeping for 5m0s`): TwiN/k8s-ttl-controller issue #98; the error line's wording from memory",
		why:    "a slashed date and no level at all: `[kind/name]` in brackets is the object, not a level or a host, and `failed` in a message is no level",
		entries: []worldEntry{
			we("2026-11-29T07:44:02Z", Unknown, "", "2026/11/29 07:44:02 [namespaces/review-app-5512] is configured with a TTL of 2h, which means it will expire in 41m17s"),
			we("2026-11-29T07:44:02Z", Unknown, "", "2026/11/29 07:44:02 [jobs/db-seed-7f3a] is configured with a TTL of 30m, which means it has expired 4m51s ago"),
			we("2026-11-29T07:44:03Z", Unknown, "", "2026/11/29 07:44:03 [jobs/db-seed-7f3a] deleted"),
			we("2026-11-29T07:44:03Z", Unknown, "", `2026/11/29 07:44:03 [pods/loadgen-0] failed to delete: pods "loadgen-0" is forbidden: User "system:serviceaccount:ttl:k8s-ttl-controller" cannot delete resource "pods"`),
			we("2026-11-29T07:44:41Z", Unknown, "", "2026/11/29 07:44:41 Execution took 39211ms, sleeping for 5m0s"),
		},
	},
	{
		name:   "bonny-elixir-operator-console-metadata",
		source: "an Elixir operator on Bonny with Elixir Logger's console backend configured `format: \"$time $metadata[$level] $message\\n\", metadata: [:request_id, :file, :line]`: adriffaud/memcached_operator_bonny config/config.exs; Logger's `$time` as `HH:MM:SS.mmm` and `key=value ` metadata from memory",
		why:    "a time of day with no date (on the clock's day), then `file=… line=…` pairs before the bracketed level",
		entries: []worldEntry{
			we("2026-11-29T07:45:12.306Z", Debug, "", "07:45:12.306 file=lib/bonny/server/watcher.ex line=58 [debug] {Bonny.Server.Watcher}: Received ADDED event for cache.example.dev/v1alpha1/Memcached sessions-cache"),
			we("2026-11-29T07:45:12.311Z", Info, "", "07:45:12.311 file=lib/memcached_operator/controller/v1alpha1/memcached.ex line=27 [info] Reconciling Memcached sessions-cache in namespace web: size 3"),
			we("2026-11-29T07:45:13.020Z", Warn, "", "07:45:13.020 file=lib/memcached_operator/controller/v1alpha1/memcached.ex line=64 [warning] Deployment sessions-cache has 1 of 3 replicas ready"),
			we("2026-11-29T07:45:19.877Z", Error, "", "07:45:19.877 file=lib/bonny/axn.ex line=211 [error] Failed applying descendant apps/v1/Deployment web/sessions-cache: {:error, %K8s.Client.APIError{message: \"admission webhook denied the request\", reason: \"Forbidden\"}}"),
		},
	},
}

func TestFresh841Formats(t *testing.T) { assertTable(t, fresh841Cases) }
func TestFresh841Score(t *testing.T) {
	checkScore(t, "fresh841 formats", fresh841Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
