package parse

import "testing"

// The five-hundred-and-ninety-first fresh table: network appliances at a collector, a fourteenth
// pass — the software load balancers, VPN concentrators and overlay edges that now stand where the
// boxes stood, as their lines reach a collector's file (the journal's forward, `docker logs`,
// `kubectl logs --timestamps`, the daemon's own file), shapes no earlier table holds. Each family
// is one product's documented or observed output: Katran's gRPC server (glog); LoxiLB's log file
// (`yyyy-MM-dd HH:mm:ss module: msg`) and the same daemon in Docker under journald (`[API]`);
// kube-loxilb's klog lines with the container runtime's RFC 3339 offset stamp in front; innernet's
// server under journald (pretty_env_logger's ` INFO  target > msg`); Netmaker's netclient under
// journald (`[netclient] yyyy-MM-dd HH:mm:ss msg`); Defguard's gateway under journald
// (env_logger's `[ISO-Z LEVEL target]`) and in Docker (tracing with `message=` and `log.target=`
// fields).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`katran`, `KatranGrpcService`, `KatranLb`, `BpfAdapter`, `innernet`,
// `innernet-server`, `innernet_server`, `netclient`, `[netclient]`, `netmaker interface`, `loxilb`,
// `kube-loxilb`, `[API] lbRules`, `lbRules`, `netlox`, `api: Load balancer`, `agent.go:52]`,
// `defguard`, `defguard-gateway`, `defguard_gateway`, `log.target=`, `log.module_path`, `engarde`,
// `wg-portal`, `seesaw`, `speedify`, `the dude`, `snapt`, and the products of the thirteen earlier
// passes: `watchguard`, `sophos`, `barracuda`, `big-ip`, `netscaler`, `a10`, `kemp`, `aos-cx`,
// `arubaos`, `ruckus`, `smartzone`, `meraki`, `exos`, `arista`, `brocade`, `huawei`, `h3c`,
// `cumulus`, `vyos`, `zyxel`, `draytek`, `omada`, `peplink`, `cradlepoint`, `velocloud`, `versa`,
// `viptela`, `silver peak`, `steelconnect`, `rv345`, `flexiwan`, `firezone`, `netmaker`,
// `openwisp`, `nuage`, `faucet`, `fatpipe`, `viprinet`, `glorytun`, `openmptcprouter`, `ocserv`,
// `softether`, `pritunl`, `headscale`, `nebula`, `zerotier`, `boringtun`, `wg-easy`, `gobetween`,
// `zevenet`, `haproxy`, `envoy`, `traefik`, `keepalived`, `ldirectord`, `ipvs`). Katran, LoxiLB,
// kube-loxilb, innernet and Defguard appear only in other tables' lists of grepped names, never
// as a family; `netclient` matches only Zwift's `NETCLIENT:[INFO]` lines and other text; Netmaker's
// server stdout is fresh141's, its netclient agent in the journal is in none. Left out as measured
// already: the vendors' firewalls, routers, switches, balancers, wireless controllers and
// concentrators of the earlier passes (fresh474's, fresh501's and fresh511's lists), Netmaker's
// server, Firezone 0.7, flexiWAN, OpenMPTCProuter and glorytun, BoringTun, NetBird, Headscale.
// Left out as not confirmed by any search: engarde's console, wg-portal's log, Seesaw's engine,
// Speedify's server. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). glog's and klog's `I1129 07:41:16.004642` has no year (2026) and no zone
// (UTC). The journal's BSD stamps have no year and no zone and are read as UTC; where a daemon's own
// stamp follows (LoxiLB's, netclient's, Defguard's), both are accepted: Defguard's gateway host
// keeps CET, so its journal says 08:41 where the gateway's own Z stamp says 07:41, and either is
// the record's time. kube-loxilb's runtime stamp carries +07:00 and its klog stamp is UTC; both are
// the same instant and either is accepted. Levels only where the line marks one: glog's and klog's
// letter, pretty_env_logger's and env_logger's word, tracing's word; LoxiLB's `[API]` and `api:`
// are modules and netclient's `[netclient]` a program name, so those lines carry no level. The host
// is the record's host field: only the journal's; Katran's real addresses, the peers innernet and
// netclient name, Defguard's core address, tracing's `peer=Server` span and LoxiLB's endpoint IPs
// are no hosts. Every record here is one line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit c092b93 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at c092b93 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 8 families fully right; no family carries a gap.

var fresh591Cases = []worldCase{
	{
		name:   "katran-grpc-server-glog",
		source: "Katran's example gRPC server (katran_server_grpc) on its console, glog `Lmmdd HH:MM:SS.uuuuuu  tid file.cpp:line] msg` (`I1025 10:28:58.004642  8667 KatranGrpcService.cpp:69] Starting Katran`): facebookincubator/katran issue #240 (a pasted console)",
		why:    "glog's level letter glued to a year-less month and day; the thread id and file:line before `]`; the reals' addresses in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.004642Z", Info, "", "I1129 07:41:16.004642  8667 KatranGrpcService.cpp:69] Starting Katran"),
			we("2026-11-29T07:41:16.377120Z", Info, "", "I1129 07:41:16.377120  8667 KatranLb.cpp:412] Attaching balancer XDP program to interface ens5f1 (ifindex 6)"),
			we("2026-11-29T07:41:16.512903Z", Warn, "", "W1129 07:41:16.512903  8667 KatranLb.cpp:1584] Can't find real 10.44.8.21 for vip 192.0.2.80:443:6"),
			we("2026-11-29T07:41:17.090418Z", Error, "", "E1129 07:41:17.090418  8671 BpfAdapter.cpp:836] Error while updating value in map: File exists"),
			we("2026-11-29T07:41:18.230775Z", Info, "", "I1129 07:41:18.230775  8667 KatranGrpcService.cpp:118] Server listening on 0.0.0.0:50051"),
		},
	},
	{
		name:   "loxilb-log-file-module-prefix",
		source: "LoxiLB's own log file (/var/log/loxilb.log, `yyyy-MM-dd HH:mm:ss module: msg`, the API module's `lbRules :` dumps and `Error occur :` lines): loxilb-io/loxilb issue #887 (a pasted log)",
		why:    "a zone-less date and time, then a module name and a colon; `api:` is no level; the rule dump's addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 api: Load balancer POST API called. url : /netlox/v1/config/loadbalancer"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 api: lbRules : {{10.60.11.10 8080 tcp 0 0 false false 0 0 false  0  } [] [{10.60.2.31 8080 1 } {10.60.2.32 8080 1 }]}"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 api: Load balancer DELETE API called. url : /netlox/v1/config/loadbalancer/externalipaddress/10.60.11.12/port/9000/protocol/tcp"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29 07:41:19 api: Error occur : no-rule error"),
		},
	},
	{
		name:   "loxilb-docker-journald-api-module",
		source: "LoxiLB in a Docker container whose output the docker daemon writes to the journal, read from /var/log/messages (`Mmm dd HH:MM:SS host docker[pid]: yyyy-MM-dd HH:mm:ss [API] msg`): loxilb-io/kube-loxilb issue #38 (a pasted log)",
		why:    "the journal's year-less stamp and host, then LoxiLB's own stamp of the same second; `[API]` is a module, no level",
		entries: []worldEntry{
			we("2026-11-29T07:52:40Z", Unknown, "lb-node3", "Nov 29 07:52:40 lb-node3 docker[1822]: 2026-11-29 07:52:40 [API] Load balancer DELETE API called. url : /netlox/v1/config/loadbalancer/externalipaddress/172.22.9.5/port/5672/protocol/tcp?bgp=false&block=0"),
			we("2026-11-29T07:52:40Z", Unknown, "lb-node3", "Nov 29 07:52:40 lb-node3 docker[1822]: 2026-11-29 07:52:40 [API] lbRules : {{172.22.9.5 5672 tcp 0 0 false false 0 0 false  0  } [] []}"),
			we("2026-11-29T07:52:40Z", Unknown, "lb-node3", "Nov 29 07:52:40 lb-node3 docker[1822]: 2026-11-29 07:52:40 [API] Error occur : no-rule error"),
			we("2026-11-29T07:52:50Z", Unknown, "lb-node3", "Nov 29 07:52:50 lb-node3 docker[1822]: 2026-11-29 07:52:50 [API] Load balancer POST API called. url : /netlox/v1/config/loadbalancer"),
		},
	},
	{
		name:   "kube-loxilb-kubectl-timestamps-klog",
		source: "kube-loxilb read with `kubectl logs --timestamps` (the runtime's RFC 3339 stamp with nanoseconds and the node's offset, then klog `Lmmdd HH:MM:SS.uuuuuu    pid file.go:line] msg`): loxilb-io/kube-loxilb issue #53 (a pasted log)",
		why:    "two stamps of the same instant: +07:00 in front, UTC in klog's; the klog letter is the level; the LB's URLs and CIDR are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.970284211Z|2026-11-29T07:41:16.970081Z", Info, "", "2026-11-29T14:41:16.970284211+07:00 I1129 07:41:16.970081       1 agent.go:52] Starting kube-loxilb:"),
			we("2026-11-29T07:41:16.970330397Z|2026-11-29T07:41:16.970190Z", Info, "", "2026-11-29T14:41:16.970330397+07:00 I1129 07:41:16.970190       1 agent.go:54]   Build: 2026_11_20-main-5c1e9d0"),
			we("2026-11-29T07:41:16.971069073Z|2026-11-29T07:41:16.970924Z", Info, "", "2026-11-29T14:41:16.971069073+07:00 I1129 07:41:16.970924       1 agent.go:72] URLs: [http://172.24.31.11:11111 http://172.24.31.12:11111]"),
			we("2026-11-29T07:41:47.118406532Z|2026-11-29T07:41:47.118211Z", Warn, "", "2026-11-29T14:41:47.118406532+07:00 W1129 07:41:47.118211       1 loadbalancer.go:1173] loxilb-lb-ip-pool: no free address for service shop/checkout"),
			we("2026-11-29T07:41:47.120977410Z|2026-11-29T07:41:47.120802Z", Error, "", "2026-11-29T14:41:47.12097741+07:00 E1129 07:41:47.120802       1 loadbalancer.go:388] failed to add load-balancer: failed to generate external IP. IP Pool is full"),
		},
	},
	{
		name:   "innernet-server-journal-pretty-env-logger",
		source: "innernet-server under systemd (`journalctl -u innernet-server@net`: the BSD journal line, then pretty_env_logger's ` LEVEL target > msg`, the level padded to five): tonarino/innernet issue #89 (a pasted journal)",
		why:    "the journal's host and stamp; the level word after two blanks; `innernet_server::db` is a target; the peers' addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "hub-fra1", "Nov 29 07:41:16 hub-fra1 innernet-server[628]:  INFO  innernet_server::db > migrated db version from 1 to 2"),
			we("2026-11-29T07:41:16Z", Info, "hub-fra1", "Nov 29 07:41:16 hub-fra1 innernet-server[628]:  INFO  innernet_server > innernet-server 1.6.1 starting."),
			we("2026-11-29T07:41:16Z", Info, "hub-fra1", "Nov 29 07:41:16 hub-fra1 innernet-server[628]:  INFO  innernet_server > listening on 10.66.0.1:51820"),
			we("2026-11-29T07:43:02Z", Warn, "hub-fra1", "Nov 29 07:43:02 hub-fra1 innernet-server[628]:  WARN  innernet_server > peer laptop-ines (10.66.2.7) has an expired invitation"),
			we("2026-11-29T07:43:09Z", Error, "hub-fra1", "Nov 29 07:43:09 hub-fra1 innernet-server[628]:  ERROR innernet_server > request from 10.66.3.14 rejected: unauthorized access"),
		},
	},
	{
		name:   "netmaker-netclient-journal",
		source: "Netmaker's netclient agent under systemd, read with journalctl (`Mmm dd HH:MM:SS host netclient[pid]: [netclient] yyyy-MM-dd HH:mm:ss msg`, and a few lines without the inner prefix): gravitl/netmaker issue #1826 (a pasted journal)",
		why:    "the journal's stamp and host, then netclient's own stamp of the same second; `[netclient]` is a program name, no level; the peer's endpoint is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "edge-lis2", "Nov 29 07:41:16 edge-lis2 netclient[40211]: [netclient] 2026-11-29 07:41:16 adding addresses to netmaker interface"),
			we("2026-11-29T07:41:18Z", Unknown, "edge-lis2", "Nov 29 07:41:18 edge-lis2 netclient[40211]: [netclient] 2026-11-29 07:41:18 initialized endpoint detection on port 51821"),
			we("2026-11-29T07:41:21Z", Unknown, "edge-lis2", "Nov 29 07:41:21 edge-lis2 netclient[40211]: [netclient] 2026-11-29 07:41:21 determined new endpoint for peer qW3r0vXyTn2bC8kLm5Pz1aHd7sGf4jUe6iO9pRtYw0E= - 10.91.0.14:51821"),
			we("2026-11-29T07:42:03Z", Unknown, "edge-lis2", "Nov 29 07:42:03 edge-lis2 netclient[40211]: completed pull for server 7d1c2e9a-3b40-4f5e-a6c7-8d9e0f1a2b3c.mesh.example.net"),
		},
	},
	{
		name:   "defguard-gateway-journal-env-logger",
		source: "Defguard's VPN gateway (defguard-gateway 0.7+) under systemd, read with journalctl (the BSD journal line in the host's local time, then env_logger's `[yyyy-MM-ddTHH:MM:SSZ LEVEL target] msg`): DefGuard/defguard issues #679 and #825 (pasted journals)",
		why:    "the journal's zone-less stamp (the host keeps CET, so it reads an hour after the gateway's own Z stamp; either is accepted); the level word inside the bracket; the core's gRPC URL is no host",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16Z", Info, "vpn-gw-waw", `Nov 29 08:41:16 vpn-gw-waw defguard-gateway[15416]: [2026-11-29T07:41:16Z INFO  defguard_gateway::gateway] Starting defguard gateway version 1.4.0 with configuration: Config { token: "***", name: Some("waw-1"), grpc_url: "https://grpc.corp.example:444", userspace: false, stats_period: 30, ifname: "wg-office" }`),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16Z", Info, "vpn-gw-waw", "Nov 29 08:41:16 vpn-gw-waw defguard-gateway[15416]: [2026-11-29T07:41:16Z INFO  defguard_wireguard_rs::wgapi_linux] Creating interface wg-office"),
			we("2026-11-29T08:41:17Z|2026-11-29T07:41:17Z", Debug, "vpn-gw-waw", "Nov 29 08:41:17 vpn-gw-waw defguard-gateway[15416]: [2026-11-29T07:41:17Z DEBUG defguard_gateway::gateway] Sending peer stats update for 14 peers"),
			we("2026-11-29T08:46:03Z|2026-11-29T07:46:03Z", Error, "vpn-gw-waw", `Nov 29 08:46:03 vpn-gw-waw defguard-gateway[15416]: [2026-11-29T07:46:03Z ERROR defguard_gateway::gateway] Couldn't retrieve gateway configuration from the core. Using gRPC url: https://grpc.corp.example:444/. Retrying in 10s. Error: status: Unavailable, message: "error trying to connect: tcp connect error: Connection refused (os error 111)"`),
			we("2026-11-29T08:46:13Z|2026-11-29T07:46:13Z", Warn, "vpn-gw-waw", "Nov 29 08:46:13 vpn-gw-waw defguard-gateway[15416]: [2026-11-29T07:46:13Z WARN  defguard_gateway::gateway] Configuration stream closed by core, reconnecting"),
		},
	},
	{
		name:   "defguard-gateway-docker-tracing-fields",
		source: "Defguard's gateway in Docker Compose (`docker logs`: tracing's `yyyy-MM-ddTHH:MM:SS.ffffffZ LEVEL [span: ]target: message=… log.target=… log.file=… log.line=…`): DefGuard/defguard issue #3099 (a pasted log)",
		why:    "an ISO time in Z, then tracing's level word padded to five; `Connection{peer=Server}` is a span, and `20.x` the core's address: no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:21.209651Z", Debug, "", "2026-11-29T07:41:21.209651Z DEBUG defguard_gateway::gateway: message=Found 3 peers configured on WireGuard interface log.target=defguard_gateway::gateway log.module_path=defguard_gateway::gateway log.file=src/gateway.rs log.line=854"),
			we("2026-11-29T07:41:26.972024Z", Debug, "", "2026-11-29T07:41:26.972024Z DEBUG Connection{peer=Server}: h2::codec::framed_read: message=received frame=Reset { stream_id: StreamId(1), error_code: CANCEL }"),
			we("2026-11-29T07:41:26.972140Z", Info, "", "2026-11-29T07:41:26.972140Z  INFO defguard_gateway::gateway: message=gRPC stream from Defguard Core has been closed log.target=defguard_gateway::gateway log.module_path=defguard_gateway::gateway log.file=src/gateway.rs log.line=751"),
			we("2026-11-29T07:41:26.972154Z", Info, "", "2026-11-29T07:41:26.972154Z  INFO defguard_gateway::gateway: message=Defguard Core gRPC stream has been disconnected: 198.51.100.40:53254 log.target=defguard_gateway::gateway log.module_path=defguard_gateway::gateway log.file=src/gateway.rs log.line=760"),
			we("2026-11-29T07:41:36.980311Z", Error, "", "2026-11-29T07:41:36.980311Z ERROR defguard_gateway::gateway: message=Failed to update WireGuard interface wg-office: Netlink error log.target=defguard_gateway::gateway log.module_path=defguard_gateway::gateway log.file=src/gateway.rs log.line=402"),
		},
	},
}

func TestFresh591Formats(t *testing.T) { assertTable(t, fresh591Cases) }

func TestFresh591Score(t *testing.T) {
	checkScore(t, "fresh591 formats", fresh591Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
