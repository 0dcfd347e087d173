package parse

import "testing"

// The six-hundred-and-sixty-second fresh table: feature-flag, configuration and service-discovery
// services' logs as people attach them to tickets, shapes no earlier table holds. Each family is one
// product's documented or observed output: OpenFeature flagd on a terminal (zap's console encoder
// with the epoch as a float in e+09 notation); Flipt with JSON logging (the one-letter keys L, T
// and M, T with the server's UTC offset); go-feature-flag's relay proxy (zap JSON with a float `ts`,
// the evaluation line of its log exporter inside msg); Split Synchronizer (`SPLITIO-AGENT | LEVEL:`
// before a slashed date and `file.go:line:`); Split's Go SDK (`LEVEL - yyyy/MM/dd HH:mm:ss`); the
// LaunchDarkly Relay Proxy before 5.7 (`[LaunchDarkly Relay (SdkKey ending with …)]` before the
// date, and `HttpEventPublisher:` lines) and from 5.9.2 on (microseconds, then `[main]` or
// `[env: name]`, then `LEVEL:`); Apollo Config's Java client and config service under Spring
// Boot's console pattern, with the Eureka registration failure's stack.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`unleash`, `flagsmith`, `growthbook`, `flagd`, `consul-template`,
// `confd`, `spring cloud config`, `config-server`, `configserver`, `apollo`, `launchdarkly`,
// `ld-relay`, `flipt`, `configcat`, `go-feature-flag`, `flagr`, `split-synchronizer`, `splitio`,
// `eureka`, `nacos`, `envconsul`, `gomplate`, `reloader`, `stakater`, `archaius`, `openfeature`,
// `unleash-edge`, `unleash-proxy`, `disconf`, `polaris`, `spring-cloud`, `registrator`,
// `vault agent`, `vault-agent`, `consul`, `etcd`, `zookeeper`, `external-dns`,
// `config-reloader`, `configmap-reload`, `prometheus-config-reloader`, `flipper`, `posthog`,
// `statsig`, `optimizely`, `devcycle`, `feature flag`, `toggle`, `ConfigService`, `remco`,
// `kelseyhightower`, `serf`, `nomad`, `coredns`, `traefik`, `istio`, `pilot-discovery`,
// `DiscoveryClient`, `PropertySourceBootstrap`, `ApolloConfig`,
// `ConfigServicePropertySourceLocator`, `NacosPropertySourceBuilder`, `ClientWorker`,
// `Relay Proxy`, `SPLITIO`, `split synchron`, `git2consul`, `nerve`, `synapse`, `unleash_edge`,
// `unleash-server`, `apollo-config`, `apolloconfig`, `Fetching config from server`,
// `Located environment`, `EurekaServer`, `chef`, `puppet`, `salt-minion`, `cfengine`,
// `featurehub`, `gofeatureflag`, `ldclient`, `LDClient`, `L":"INFO`, `"T":"`, `SdkKey ending`,
// `HttpEventPublisher`, `[env: `, `filepath_sync`, `from_config.go`, `middleware/zap.go`,
// `RemoteConfigRepository`, `c.c.f.a.i`, `INFO - 20`, `DEBUG - 20`, `SPLITIO-AGENT`,
// `sdk.split.io`, `relay proxy`, `flag-sync`, `goff`). None of flagd, Flipt, go-feature-flag,
// Split Synchronizer, Split's Go SDK, the Relay Proxy or Apollo Config is in any table (`unleash`
// matches only Ruckus Unleashed; `apollo` Apollo Cyber RT and Apollo GraphQL; `launchdarkly` and
// `splitio` only their Android and iOS SDKs; `eureka` a Zowe line and a shop's feed; `L":"INFO`
// and `"T":"` Scylla Manager's zap JSON, in UTC; `INFO - 20` CodeIgniter's dashed date and
// sqm-autorate; `goff` ulogd). Left out as measured already: consul-template, confd, Nacos,
// ZooKeeper, etcd, Consul, Nomad, Vault Agent, the Stakater reloader, Traefik, CoreDNS, Istio's
// pilot, Serf, the LaunchDarkly and Split mobile SDKs. Left out as not confirmed by any search:
// the Unleash server's log4js lines, Flagsmith's API, GrowthBook's back-end, Unleash Edge and
// Spring Cloud Config Server (Spring Boot's pattern, no shape of its own). The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). flagd's float epoch and go-feature-flag's `ts` are seconds since the epoch
// with their fraction; Flipt's T carries -05:00 and is converted (its `grpc.start_time` is another
// field, not the record's time). Split's, the Relay Proxy's and Apollo's stamps have no zone and are
// taken as UTC (the containers run in UTC). Levels only where the line marks one: flagd's and
// go-feature-flag's level word or field, Flipt's L, Split's `INFO:` and `INFO -`, the Relay Proxy's
// `INFO:` and `ERROR:`, Spring Boot's padded column; the 5.x Relay Proxy's `HttpEventPublisher:`
// lines and its `Reconnecting` line carry none (an `error` in their message is no level), and the
// go-feature-flag 1.30 line whose msg holds `INFO` is the error its level field says. The host is
// the record's host field, and none of these lines has one: Flipt's `peer.address`,
// go-feature-flag's `host` (the HTTP Host header), the Relay Proxy's `[env: Production]` and SDK
// key tail, Split's Redis address and Apollo's meta server and Eureka instance id are no hosts. A
// record that spans lines is one entry: the Eureka client's WARN with the TransportException stack.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of
// a layout the source says "from memory" (the Relay Proxy 6.x date layout, Split's Go SDK ERROR and
// WARNING prefixes). Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 717472f before any rule for it: level 95.0 %, time 95.0 %, host 95.0 %, records 92.5 %.
// That is the macro figure (micro: level 95.3 %, time 95.3 %, host 95.3 %, records 93.0 %), in a
// worktree at 717472f with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is the Relay Proxy 5.x's `[LaunchDarkly Relay (SdkKey ending with
// …)]` lines after its `HttpEventPublisher:` lines, which trawl joins to the record above.

var fresh662Cases = []worldCase{
	{
		name:   "flagd-console-epoch-float",
		source: "OpenFeature flagd `flagd start --debug` on a terminal (zap's console encoder: the epoch in seconds as a float in e+09 notation, a tab, the level word, the caller `pkg/file.go:line`, the message, then the fields as JSON): open-feature/flagd issue #356 (a pasted `flagd start --uri file:… --debug` run)",
		why:    "the time is a float epoch in scientific notation; the level is the lower-case word after it; `from_config.go:76` is a caller, no time; the `component` field is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118204Z", Debug, "", "1.795938076118204e+09\tdebug\truntime/from_config.go:76\tusing filepath sync-provider for: \"file:/etc/flagd/flags.json\"\t{\"component\": \"runtime\"}"),
			we("2026-11-29T07:41:16.118377Z", Info, "", "1.795938076118377e+09\tinfo\tfile/filepath_sync.go:29\tStarting filepath sync notifier\t{\"component\": \"sync\", \"sync\": \"filepath\"}"),
			we("2026-11-29T07:41:16.120951Z", Info, "", "1.795938076120951e+09\tinfo\tservice/connect_service.go:108\tmetrics listening at 8014\t{\"component\": \"service\"}"),
			we("2026-11-29T07:41:31.502113Z", Warn, "", "1.795938091502113e+09\twarn\tfile/filepath_sync.go:88\tfile /etc/flagd/flags.json was removed, waiting for it to come back\t{\"component\": \"sync\", \"sync\": \"filepath\"}"),
			we("2026-11-29T07:41:32.004786Z", Error, "", "1.795938092004786e+09\terror\tfile/filepath_sync.go:61\terror fetching file /etc/flagd/flags.json: open /etc/flagd/flags.json: no such file or directory\t{\"component\": \"sync\", \"sync\": \"filepath\"}"),
		},
	},
	{
		name:   "flipt-json-ltm-offset",
		source: "Flipt with `log.encoding: json` (zap's JSON with one-letter keys: `L` the level, `T` an ISO 8601 time with the server's UTC offset, `M` the message, then the gRPC fields): docs.flipt.io 'Observability', Logging (its JSON and console examples)",
		why:    "the level and time under the one-letter keys L and T; T carries a -05:00 offset; `grpc.start_time` is a second time of the same instant; `peer.address` is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"L":"INFO","T":"2026-11-29T02:41:16-05:00","M":"api server running","server":"http","address":"http://0.0.0.0:8080"}`),
			we("2026-11-29T07:41:18Z", Debug, "", `{"L":"DEBUG","T":"2026-11-29T02:41:18-05:00","M":"evaluate","request":"{\"namespace_key\":\"default\",\"flag_key\":\"new-checkout\",\"entity_id\":\"cust-40912\"}"}`),
			we("2026-11-29T07:41:18Z", Info, "", `{"L":"INFO","T":"2026-11-29T02:41:18-05:00","M":"finished unary call with code OK","server":"grpc","grpc.start_time":"2026-11-29T02:41:18-05:00","system":"grpc","span.kind":"server","grpc.service":"flipt.evaluation.EvaluationService","grpc.method":"Boolean","peer.address":"10.42.7.19:52635","grpc.code":"OK","grpc.time_ms":0.161}`),
			we("2026-11-29T07:41:47Z", Warn, "", `{"L":"WARN","T":"2026-11-29T02:41:47-05:00","M":"finished unary call with code DeadlineExceeded","server":"grpc","grpc.start_time":"2026-11-29T02:41:42-05:00","system":"grpc","span.kind":"server","grpc.service":"flipt.Flipt","grpc.method":"ListFlags","peer.address":"10.42.7.23:40118","error":"rpc error: code = DeadlineExceeded desc = context deadline exceeded","grpc.code":"DeadlineExceeded","grpc.time_ms":5000.412}`),
			we("2026-11-29T07:41:52Z", Error, "", `{"L":"ERROR","T":"2026-11-29T02:41:52-05:00","M":"finished unary call with code Internal","server":"grpc","grpc.start_time":"2026-11-29T02:41:52-05:00","system":"grpc","span.kind":"server","grpc.service":"flipt.Flipt","grpc.method":"CreateSegment","peer.address":"10.42.7.23:40122","error":"rpc error: code = Internal desc = pq: could not serialize access due to concurrent update","grpc.code":"Internal","grpc.time_ms":12.907}`),
		},
	},
	{
		name:   "go-feature-flag-relay-proxy-json",
		source: "go-feature-flag's relay proxy in Docker (zap's production JSON: `level`, `ts` as a float epoch, `caller`, `msg`, and the request fields of its echo middleware; the log exporter's own line inside msg, and in 1.30.0 the Go logger's whole line under an error level): thomaspoignant/go-feature-flag issue #2053 (1.29.0 and 1.30.0 outputs pasted), PR #1946",
		why:    "the time is a float epoch under ts; the msg carries a bracketed ISO time and, in one release, a Go log date and the word INFO under level error; `host` is the HTTP Host header, no record host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.20451Z", Info, "", `{"level":"info","ts":1795938076.20451,"caller":"api/server.go:142","msg":"starting go-feature-flag relay proxy ...","address":"0.0.0.0:1031","version":"1.42.0"}`),
			we("2026-11-29T07:41:18.89109Z", Info, "", `{"level":"info","ts":1795938078.89109,"caller":"middleware/zap.go:71","msg":"Success","remote_ip":"10.42.3.8","latency":"1.470577ms","host":"goff.internal:1031","request":"POST /v1/feature/new-checkout/eval","status":200,"size":154,"user_agent":"Go-http-client/1.1","request_id":""}`),
			we("2026-11-29T07:41:18.8931952Z", Info, "", `{"level":"info","ts":1795938078.8931952,"caller":"logsexporter/exporter.go:51","msg":"[2026-11-29T07:41:18Z] user=\"cust-40912\", flag=\"new-checkout\", value=\"true\""}`),
			we("2026-11-29T07:42:03.1694467Z", Error, "", `{"level":"error","ts":1795938123.1694467,"msg":"2026/11/29 07:42:03 INFO [2026-11-29T07:42:03Z] user=\"cust-51877\", flag=\"dark-mode\", value=\"<no value>\""}`),
			we("2026-11-29T07:42:31.7702Z", Warn, "", `{"level":"warn","ts":1795938151.7702,"caller":"middleware/zap.go:69","msg":"Client error","remote_ip":"10.42.3.8","latency":"312.9µs","host":"goff.internal:1031","request":"POST /v1/feature/checkout-v3/eval","status":400,"size":72,"user_agent":"curl/8.6.0","request_id":""}`),
		},
	},
	{
		name:   "split-synchronizer-agent-prefix",
		source: "Split Synchronizer (split-synchronizer, the Docker image `splitsoftware/split-synchronizer`): Go's log.New with the prefix `SPLITIO-AGENT | LEVEL: ` and Ldate|Ltime|Lshortfile, so `SPLITIO-AGENT | WARNING: yyyy/MM/dd HH:mm:ss file.go:line: msg`: splitio/split-synchronizer issue #102 (a pasted WARNING line), its log package's Initialize (found with find_string), Split's FME troubleshooting page (an ERROR line)",
		why:    "a product prefix and a pipe before the level word and its colon; the slashed date comes after the level; `common.go:221:` is a file and line, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "SPLITIO-AGENT | INFO: 2026/11/29 07:41:16 start.go:112: Split Synchronizer - Version: 5.8.2 (5c1d0e7)"),
			we("2026-11-29T07:41:16Z", Info, "", "SPLITIO-AGENT | INFO: 2026/11/29 07:41:16 start.go:160: Starting in synchronizer mode, storage: redis 10.30.4.11:6379 db=0"),
			we("2026-11-29T07:41:17Z", Debug, "", "SPLITIO-AGENT | DEBUG: 2026/11/29 07:41:17 splitfetcher.go:54: Fetched 14 feature flags, till=1795938076512"),
			we("2026-11-29T07:41:17Z", Warn, "", "SPLITIO-AGENT | WARNING: 2026/11/29 07:41:17 common.go:221: Error fetching last update for segment beta_testers"),
			we("2026-11-29T07:41:47Z", Error, "", "SPLITIO-AGENT | ERROR: 2026/11/29 07:41:47 fetchdataforproxy.go:209: Error fetching split changes  Get https://sdk.split.io/api/splitChanges?since=1795938076512: x509: certificate signed by unknown authority"),
		},
	},
	{
		name:   "split-go-sdk-level-dash",
		source: "Split's Go SDK (splitio/go-client with go-toolkit's logging): `LEVEL - yyyy/MM/dd HH:mm:ss msg`: splitio/go-client issue #130 (a pasted DEBUG and INFO run); the ERROR and WARNING prefixes from memory of go-toolkit's logger",
		why:    "the level word and a dash before a slashed date; request lines carry a URL and `since=` epochs that are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "DEBUG - 2026/11/29 07:41:16 [GET]  https://sdk.split.io/api/splitChanges?since=-1"),
			we("2026-11-29T07:41:16Z", Debug, "", "DEBUG - 2026/11/29 07:41:16 Headers: map[Accept-Encoding:[gzip] Content-Type:[application/json]]"),
			we("2026-11-29T07:41:17Z", Info, "", "INFO - 2026/11/29 07:41:17 Start Streaming"),
			we("2026-11-29T07:41:17Z", Debug, "", "DEBUG - 2026/11/29 07:41:17 SyncAll Ready"),
			we("2026-11-29T07:43:02Z", Warn, "", "WARNING - 2026/11/29 07:43:02 Streaming connection lost, switching to polling every 60 seconds"),
			we("2026-11-29T07:43:05Z", Error, "", "ERROR - 2026/11/29 07:43:05 Error fetching split changes: Get \"https://sdk.split.io/api/splitChanges?since=1795938076512\": dial tcp: lookup sdk.split.io: i/o timeout"),
		},
	},
	{
		name:   "ld-relay-v5-sdkkey-prefix",
		source: "LaunchDarkly Relay Proxy 5.x before 5.7 (Go's standard logger with a prefix first: `[LaunchDarkly Relay (SdkKey ending with xxxxx)] yyyy/MM/dd HH:mm:ss LEVEL: msg`, and the events publisher's `HttpEventPublisher: yyyy/MM/dd HH:mm:ss msg` with no level): launchdarkly/ld-relay issue #51 (pasted), the 5.7.0 changelog (PR #75) naming the old prefix",
		why:    "a bracketed prefix with spaces and parentheses before the date; a level word with a colon only on some lines; the SDK key's tail is no host",
		gap:    "the `[LaunchDarkly Relay (SdkKey ending with …)] yyyy/MM/dd HH:mm:ss` lines that follow the `HttpEventPublisher:` lines are not read as new records: they are joined to the publisher's record above as continuations, so their level, time and boundaries are lost",
		entries: []worldEntry{
			we("2026-11-29T07:41:12Z", Info, "", "[LaunchDarkly Relay (SdkKey ending with 4c2e1)] 2026/11/29 07:41:12 INFO: Successfully initialized LaunchDarkly client"),
			we("2026-11-29T07:41:24Z", Unknown, "", "HttpEventPublisher: 2026/11/29 07:41:24 Unexpected error while sending events: Post https://events.launchdarkly.com/bulk: EOF"),
			we("2026-11-29T07:41:24Z", Unknown, "", "HttpEventPublisher: 2026/11/29 07:41:24 Will retry posting events after 1 second"),
			we("2026-11-29T07:46:05Z", Error, "", "[LaunchDarkly Relay (SdkKey ending with 4c2e1)] 2026/11/29 07:46:05 ERROR: Error encountered processing stream: unexpected EOF"),
			we("2026-11-29T07:46:05Z", Unknown, "", "[LaunchDarkly Relay (SdkKey ending with 4c2e1)] 2026/11/29 07:46:05 Reconnecting in 3.0000 secs"),
		},
	},
	{
		name:   "ld-relay-v6-main-env-tag",
		source: "LaunchDarkly Relay Proxy 5.9.2 and later (6.x, 7.x, 8.x): the time with microseconds first, then `[main]` or `[env: name]`, then a level such as `INFO:`, then the message: launchdarkly/ld-relay 5.9.2 changelog (PR #86, issue #85), issue #474 (the `DEBUG: Request: method=POST url=/bulk …` line); the slashed date layout from memory of Go's standard logger with Lmicroseconds",
		why:    "a slashed date with microseconds, then a bracketed tag (`[env: Production]` holds a space and a colon) before the level word; the environment is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", "2026/11/29 07:41:16.204118 [main] INFO: Starting LaunchDarkly relay proxy version 8.10.5 with configuration file /ldr/relay.conf"),
			we("2026-11-29T07:41:16.311942Z", Info, "", "2026/11/29 07:41:16.311942 [env: Production] INFO: Starting LaunchDarkly streaming connection"),
			we("2026-11-29T07:41:16.902377Z", Info, "", "2026/11/29 07:41:16.902377 [env: Production] INFO: Initialized LaunchDarkly client for \"Production\""),
			we("2026-11-29T07:41:20.015530Z", Debug, "", "2026/11/29 07:41:20.015530 [main] DEBUG: Request: method=POST url=/bulk auth=*7f3a2 status=202 bytes=0"),
			we("2026-11-29T07:44:51.660014Z", Warn, "", "2026/11/29 07:44:51.660014 [env: Staging] WARN: Unexpected error in stream processing; will retry (unexpected EOF)"),
			we("2026-11-29T07:44:52.118403Z", Error, "", "2026/11/29 07:44:52.118403 [env: Staging] ERROR: Error in stream connection (giving up permanently): HTTP error 401 (invalid SDK key)"),
		},
	},
	{
		name:   "apollo-config-client-spring-boot",
		source: "Apollo Config (apolloconfig/apollo, formerly ctripcorp) client and config service under Spring Boot's console pattern (`yyyy-MM-dd HH:mm:ss.SSS  LEVEL pid --- [thread] c.c.f.a.i.Logger  : msg`), the Eureka registration failure with its stack: apolloconfig/apollo issues #1556 and #4065 (RemoteConfigRepository's `Load config failed, will retry in 1 SECONDS`), #3420 (apollo-service.log with the TransportException stack)",
		why:    "the level padded after two blanks, a pid and `---`; a truncated thread name; a WARN with a Java stack under it is one record; the meta server and config service addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Info, "", "2026-11-29 07:41:16.118  INFO 21540 --- [           main] c.c.f.a.i.DefaultMetaServerProvider      : Located meta services from apollo.meta configuration: http://10.30.1.15:8080!"),
			we("2026-11-29T07:41:16.402Z", Warn, "", "2026-11-29 07:41:16.402  WARN 21540 --- [figRepository-1] c.c.f.a.i.RemoteConfigRepository         : Load config failed, will retry in 1 SECONDS. appId: order-svc, cluster: default, namespaces: application"),
			we("2026-11-29T07:41:17.409Z", Warn, "", "2026-11-29 07:41:17.409  WARN 21540 --- [figRepository-1] c.c.f.a.i.AbstractConfigRepository       : Sync config failed, will retry. Repository class com.ctrip.framework.apollo.internals.RemoteConfigRepository, reason: Load Apollo Config failed - appId: order-svc, cluster: default, namespace: application, url: http://10.30.1.15:8080/configs/order-svc/default/application?ip=10.30.6.44 [Cause: [status code: 404] Could not find config for namespace - appId: order-svc, cluster: default, namespace: application, please check whether the configs are released in Apollo!]"),
			we("2026-11-29T07:41:20.902Z", Info, "", "2026-11-29 07:41:20.902  INFO 1 --- [           main] c.c.f.a.c.s.AppNamespaceServiceWithCache : Loaded 3 new app namespaces with startId 0"),
			we("2026-11-29T07:41:24.418Z", Warn, "",
				"2026-11-29 07:41:24.418  WARN 1 --- [DiscoveryClient-InstanceInfoReplicator-0] com.netflix.discovery.DiscoveryClient    : DiscoveryClient_APOLLO-CONFIGSERVICE/cfg-node-2:apollo-configservice:8080 - registration failed Cannot execute request on any known server",
				"com.netflix.discovery.shared.transport.TransportException: Cannot execute request on any known server",
				"\tat com.netflix.discovery.shared.transport.decorator.RetryableEurekaHttpClient.execute(RetryableEurekaHttpClient.java:112)",
				"\tat com.netflix.discovery.shared.transport.decorator.EurekaHttpClientDecorator.register(EurekaHttpClientDecorator.java:56)",
				"\tat com.netflix.discovery.DiscoveryClient.register(DiscoveryClient.java:829)",
				"\tat com.netflix.discovery.InstanceInfoReplicator.run(InstanceInfoReplicator.java:121)"),
			we("2026-11-29T07:41:30.005Z", Info, "", "2026-11-29 07:41:30.005  INFO 1 --- [           main] c.c.f.a.c.ConfigServiceApplication       : Started ConfigServiceApplication in 14.211 seconds (JVM running for 15.02)"),
		},
	},
}

func TestFresh662Formats(t *testing.T) { assertTable(t, fresh662Cases) }

func TestFresh662Score(t *testing.T) {
	checkScore(t, "fresh662 formats", fresh662Cases, [worldNumFields]float64{94.9, 94.9, 94.9, 92.4})
}
