package parse

import "testing"

// The seven-hundred-and-fifteenth fresh table: VPN and overlay networks' logs as people attach them
// to tickets, shapes no earlier table holds. Each family is one product's documented or observed
// output: Husarnet's daemon in the syslog (its own `yyyy-MM-dd_HH:mm:ss` stamp with an underscore
// and a padded level word after the syslog header); Tailscale's Kubernetes operator (zap JSON with
// the time as Unix seconds in `ts`); ngoduykhanh's wireguard-ui under `docker compose logs` (a
// start-up banner, Echo's untimed `⇨ http server started` line and Echo's JSON request log); Nebula
// in the journal (logrus text with a `-00:00` offset inside a journal line); NetBird's self-hosted
// management and signal services under `docker compose logs`; VpnCloud in the foreground
// (`LEVEL - msg`, no time); Headscale's coloured zerolog console lines as OpenBSD's syslogd writes
// them (the escape byte spelled `\^[`); tinc's daemon logging to the syslog (`tinc.NETNAME[pid]:`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`wireguard`, `wg-quick`, `tailscale`, `tailscaled`, `zerotier`,
// `zerotier-one`, `nebula`, `slackhq`, `headscale`, `netbird`, `tinc`, `tincd`, `softether`,
// `vpnserver`, `charon`, `strongswan`, `swanctl`, `IKE_SA`, `ipsec`, `innernet`, `netmaker`, `zrok`,
// `openziti`, `ziti`, `firezone`, `defguard`, `pritunl`, `ocserv`, `libreswan`, `pluto`,
// `wstunnel`, `nebula-cert`, `lighthouse`, `derp`, `magicsock`, `wgengine`, `boringtun`,
// `wireguard-go`, `n2n`, `edge`, `supernode`, `zt1`, `vpncloud`, `peervpn`, `fastd`, `yggdrasil`,
// `cjdns`, `openconnect`, `sstp`, `xl2tpd`, `pppd`, `frp`, `frpc`, `frps`, `cloudflared`,
// `twingate`, `husarnet`, `tunnelblick`, `outline`, `shadowsocks`, `v2ray`, `xray`, `hysteria`,
// `trojan`, `clash`, `sing-box`, `gost`, `nps`, `wiretrustee`, `tailnet`, `zt-`, `swan`, `vtun`,
// `quicktun`, `13[IKE]`, `[IKE]`, `[CFG]`, `[NET]`, `[KNL]`, `wg-portal`, `wgportal`, `wgdashboard`,
// `wg-access-server`, `wireguard-ui`, `wg-gen-web`, `subspace`, `tailscale-operator`, `operator-`,
// `headplane`, `ztncui`, `charon-nm`, `NetworkManager-strongswan`, `strongswan android`,
// `charon.log`, `netbird-signal`, `netbird-relay`, `signal/server`, `management/server`,
// `relay/server`, `tinc.conf`, `tincd[`, `tinc.`, `vpn_2026`, `security_log`, `packet_log`,
// `zerotier-one[`, `zerotier-cli`, `tailscale debug`, `tsnet`, `derper`, `golink`, `nebula[`,
// `nebula-`, `headscale  |`, `netbird-client`, `_07:4`, `NAT_INIT`, `"ts":1`, `startup","msg`,
// `remote_ip`, `latency_human`, `http server started`, `⇨`, `wgui`,
// `time="2026-11-29T07:41:16-00:00`, `-00:00"`, `Handshake message`, `INFO[20`, `signal_1`,
// `management-1`, `netbird-management`, `management/cmd`, `Added peer`, `INFO - `, `\^[`, `^[[`,
// `[90m`, `#033[`, `headscale[`, `kubectl`, `zap`). None of Husarnet, VpnCloud, wireguard-ui,
// Tailscale's operator, NetBird's compose services, Nebula's journal lines, Headscale's
// syslogd-escaped colours or tinc's syslog tag is in any table (`tinc.` matches only tinc's own log
// file; `[90m` only raw escape bytes; `^[[` only a console server's caret-spelled colours around
// systemd's status; `"ts":1`, `remote_ip` and `INFO - ` other products).
// Left out as measured already: Nebula's logrus text, JSON and slog modes, its logrus TTY lines
// (`INFO[…]`, a shape another table holds), tailscaled's log, journal and derper, Headscale's
// zerolog console, JSON and journal lines, NetBird's client log and Home Assistant add-on, tinc's
// log file, ZeroTier under OpenWrt's logread, SoftEther's server log and syslog datagrams,
// strongSwan's charon in every layout the earlier tables hold, wg-quick, wireguard-go, wg-easy,
// BoringTun, defguard, innernet and Netmaker. Left out as not confirmed by any search: WGDashboard's
// own log, wg-access-server, ztncui and Headplane. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Syslog and journal headers carry no year (2026) and no zone (UTC); where
// the daemon writes its own time after the header (Husarnet's underscore stamp, Nebula's
// `-00:00`, Headscale's `Z`) both are the same second here. The operator's `ts` is Unix seconds
// with seven decimals; wireguard-ui's request log and NetBird's stamps end in Z; VpnCloud's lines
// and wireguard-ui's `⇨` line have no time and must come out with none. Levels only where the line
// marks one: Husarnet's padded INFO/ERROR, zap's and logrus's `level`, NetBird's INFO/WARN,
// VpnCloud's word before the dash, Headscale's INF/DBG/WRN/ERR inside colour codes; tinc's syslog
// lines and Echo's request log carry none. The host is the record's host field: the syslog or
// journal header's host; the compose service names, HTTP Host headers, client addresses, peers'
// IPv6 addresses, Nebula's certName/vpnIp, Headscale's `machine=`, tinc's node names and the
// Kubernetes objects are no hosts. wireguard-ui's start-up banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); tinc's syslog tag comes from tinc.conf(5)
// and the earlier table's tinc log file, its messages from memory. Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit db42860 before any rule for it: level 87.5 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 89.2 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at db42860 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Headscale's level word inside OpenBSD syslogd's `\^[`-spelled
// colour codes, which trawl does not read, leaving every record of that family with no level.

var fresh715Cases = []worldCase{
	{
		name:   "husarnet-daemon-syslog-underscore-stamp",
		source: "Husarnet's husarnet-daemon under systemd, read from /var/log/syslog (`MMM dd HH:mm:ss host husarnet-daemon[pid]: yyyy-MM-dd_HH:mm:ss LEVEL    msg`, the daemon's own stamp with an underscore between date and time, the level word padded to eight): husarnet/husarnet issue #135",
		why:    "the daemon's own date glued to its time by an underscore after the syslog header; the padded level word after it; the peer's IPv6 address in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "rover-07", "Nov 29 07:41:16 rover-07 husarnet-daemon[1162]: 2026-11-29_07:41:16 INFO     joined network as fc94:2b1e:77c0:41a3:9d5e:1f02:6b8c:3e71"),
			we("2026-11-29T07:41:19Z", Info, "rover-07", "Nov 29 07:41:19 rover-07 husarnet-daemon[1162]: 2026-11-29_07:41:19 INFO     reestablish connection to [fc94:8e3d:1a27:5b90:c4f6:0d18:92ab:7e45]"),
			we("2026-11-29T07:41:22Z", Error, "rover-07", "Nov 29 07:41:22 rover-07 husarnet-daemon[1162]: 2026-11-29_07:41:22 ERROR    tried to serialize unexpected peer to base message type: NAT_INIT_TRANSIENT"),
			we("2026-11-29T07:41:37Z", Info, "rover-07", "Nov 29 07:41:37 rover-07 husarnet-daemon[1162]: 2026-11-29_07:41:37 INFO     received multicast from fc94:8e3d:1a27:5b90:c4f6:0d18:92ab:7e45"),
		},
	},
	{
		name:   "tailscale-k8s-operator-zap-epoch-json",
		source: "Tailscale's Kubernetes operator read with `kubectl -n tailscale logs` (zap's production JSON encoder: `{\"level\":…,\"ts\":<Unix seconds as a float>,\"logger\":…,\"msg\":…}` with the reconciler's fields after it): tailscale/tailscale issue #7813",
		why:    "the time is Unix seconds with seven decimals in a `ts` key; the level in `level`; the Kubernetes object names and the tailnet are no hosts; an error's stacktrace is a JSON string on the same line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4127305Z", Info, "", `{"level":"info","ts":1795938076.4127305,"logger":"startup","msg":"Startup complete, operator running","version":"1.90.4-t1a2b3c4d"}`),
			we("2026-11-29T07:41:17.0519838Z", Debug, "", `{"level":"debug","ts":1795938077.0519838,"logger":"service-reconciler","msg":"starting reconcile","Service":{"name":"grafana","namespace":"monitoring"}}`),
			we("2026-11-29T07:41:19.3384417Z", Info, "", `{"level":"info","ts":1795938079.3384417,"logger":"proxygroup-reconciler","msg":"ProxyGroup is ready","ProxyGroup":"ingress-pg"}`),
			we("2026-11-29T07:42:22.9016554Z", Error, "", `{"level":"error","ts":1795938142.9016554,"logger":"ingress-reconciler","msg":"Reconciler error","controller":"ingress","Ingress":{"name":"wiki","namespace":"docs"},"error":"failed to provision: tailscale API returned 403: tailnet policy does not permit tag:k8s-ops","stacktrace":"sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler\n\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.19.4/pkg/internal/controller/controller.go:316"}`),
			we("2026-11-29T07:43:21.1207743Z", Warn, "", `{"level":"warn","ts":1795938201.1207743,"logger":"dnsrecords-reconciler","msg":"no ts.net hostname found for Service, skipping DNS record","Service":{"name":"grafana","namespace":"monitoring"}}`),
		},
	},
	{
		name:   "wireguard-ui-compose-echo-access-json",
		source: "ngoduykhanh/wireguard-ui under `docker compose logs` (a `wireguard-ui  | ` prefix; a start-up banner of `Key\\t: value` lines with no time, Echo's `⇨ http server started on` line, then Echo's JSON request log `{\"time\":RFC 3339 nanoseconds,\"id\":…,\"remote_ip\":…,\"host\":…,\"method\":…,\"uri\":…,\"status\":…,…}`): ngoduykhanh/wireguard-ui issues #406 and #47; levels by WGUI_LOG_LEVEL from PR #332",
		why:    "a compose service prefix before JSON; the request log's `host` is the HTTP Host header and `remote_ip` a client, no hosts; no level in the request log; the untimed start-up line is its own record",
		entries: []worldEntry{
			wskip("wireguard-ui  | Wireguard UI",
				"wireguard-ui  | App Version\t: v0.6.2",
				"wireguard-ui  | Git Commit\t: 2fdc0d4",
				"wireguard-ui  | Authentication\t: true",
				"wireguard-ui  | Bind address\t: 0.0.0.0:5000",
				"wireguard-ui  | Base path\t: /"),
			we("", Unknown, "", "wireguard-ui  | ⇨ http server started on [::]:5000"),
			we("2026-11-29T07:41:16.702214357Z", Unknown, "", `wireguard-ui  | {"time":"2026-11-29T07:41:16.702214357Z","id":"","remote_ip":"10.13.13.7","host":"wg.corp.example:5000","method":"GET","uri":"/login","user_agent":"Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0","status":200,"error":"","latency":131208,"latency_human":"131.208µs","bytes_in":0,"bytes_out":4877}`),
			we("2026-11-29T07:41:22.118406551Z", Unknown, "", `wireguard-ui  | {"time":"2026-11-29T07:41:22.118406551Z","id":"","remote_ip":"10.13.13.7","host":"wg.corp.example:5000","method":"POST","uri":"/login","user_agent":"Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0","status":401,"error":"","latency":88307412,"latency_human":"88.307412ms","bytes_in":52,"bytes_out":61}`),
			we("2026-11-29T07:41:30.004512903Z", Unknown, "", `wireguard-ui  | {"time":"2026-11-29T07:41:30.004512903Z","id":"","remote_ip":"10.13.13.7","host":"wg.corp.example:5000","method":"POST","uri":"/api/apply-wg-config","user_agent":"Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0","status":500,"error":"open /etc/wireguard/wg0.conf: permission denied","latency":2210931,"latency_human":"2.210931ms","bytes_in":0,"bytes_out":36}`),
		},
	},
	{
		name:   "nebula-journal-logrus-zero-offset",
		source: "Slack's Nebula under systemd, read with journalctl (`MMM dd HH:mm:ss host nebula[pid]: time=\"RFC 3339 with -00:00\" level=… msg=\"…\" key=value…`): slackhq/nebula issue #1125",
		why:    "logrus text inside a journal line; `-00:00` is UTC; certName, vpnIp, relay and udpAddr name peers, not the host; the level is logrus's level= key",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "edge-fra", `Nov 29 07:41:16 edge-fra nebula[811]: time="2026-11-29T07:41:16-00:00" level=info msg="Handshake message sent" cached=true handshake="map[stage:2 style:ix_psk0]" relay=10.77.0.2 vpnIp=10.77.4.31`),
			we("2026-11-29T07:41:16Z", Info, "edge-fra", `Nov 29 07:41:16 edge-fra nebula[811]: time="2026-11-29T07:41:16-00:00" level=info msg="Handshake message received" certName=build-runner-3 fingerprint=4c1e9a07d2b35f68e90a1c2d3b4f5e6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4 handshake="map[stage:1 style:ix_psk0]" initiatorIndex=1937461102 remoteIndex=0 responderIndex=0 udpAddr="198.51.100.44:4242" vpnIp=10.77.4.31`),
			we("2026-11-29T07:41:21Z", Warn, "edge-fra", `Nov 29 07:41:21 edge-fra nebula[811]: time="2026-11-29T07:41:21-00:00" level=warning msg="Refusing to handshake with myself" vpnIp=10.77.0.9`),
			we("2026-11-29T07:41:24Z", Error, "edge-fra", `Nov 29 07:41:24 edge-fra nebula[811]: time="2026-11-29T07:41:24-00:00" level=error msg="Failed to send handshake message" error="sendto: network is unreachable" udpAddr="203.0.113.9:4242" vpnIp=10.77.4.31`),
			we("2026-11-29T07:41:31Z", Info, "edge-fra", `Nov 29 07:41:31 edge-fra nebula[811]: time="2026-11-29T07:41:31-00:00" level=info msg="Tunnel status" certName=build-runner-3 localIndex=2884017731 remoteIndex=1937461102 tunnelCheck="map[method:active state:dead]" vpnIp=10.77.4.31`),
		},
	},
	{
		name:   "netbird-server-compose-management-signal",
		source: "NetBird's self-hosted management and signal services under `docker compose logs` (`service  | RFC 3339 Z LEVEL pkg/file.go:line: msg`, the compose prefix padded to the longest service name): netbirdio/netbird issues #5130 and #855",
		why:    "the compose prefix before NetBird's own `Z` stamp, level word and source file and line; a peer's WireGuard key in brackets and relay addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "netbird-management  | 2026-11-29T07:41:16Z INFO management/cmd/management.go:306: running with the embedded IdP: https://mesh.example.org/oauth2"),
			we("2026-11-29T07:41:16Z", Info, "", "netbird-management  | 2026-11-29T07:41:16Z INFO management/server/store/store.go:292: using SQLite store engine"),
			we("2026-11-29T07:41:17Z", Info, "", "netbird-signal      | 2026-11-29T07:41:17Z INFO signal/cmd/run.go:132: started Signal Service"),
			we("2026-11-29T07:41:29Z", Info, "", "netbird-signal      | 2026-11-29T07:41:29Z INFO signal/server/signal.go:69: peer connected [q3Rt0m7Wd1vKx8yZ2aBcDeFgHiJkLmNoPqRsTuVwXy4=] [streamID 1795938089506305876]"),
			we("2026-11-29T07:42:03Z", Warn, "", "netbird-management  | 2026-11-29T07:42:03Z WARN management/server/grpcserver.go:405: failed logging in peer q3Rt0m7Wd1vKx8yZ2aBcDeFgHiJkLmNoPqRsTuVwXy4=: peer login has expired, please log in once more"),
		},
	},
	{
		name:   "vpncloud-stdout-level-dash",
		source: "VpnCloud run in the foreground (the Rust log crate through its own logger: `LEVEL - msg`, no time): dswd/vpncloud issue #313",
		why:    "a level word and a dash open each untimed line; a peer's address:port is no host and no time",
		entries: []worldEntry{
			we("", Info, "", "INFO - Auto-claiming 10.88.0.14/32 due to interface address"),
			we("", Info, "", "INFO - Added peer 192.0.2.61:3210"),
			we("", Info, "", "INFO - Closing pending connection to 192.0.2.61:3210 due to error in crypto init"),
			we("", Warn, "", "WARN - Failed to resolve vpn2.example.net: failed to lookup address information: Name or service not known"),
			we("", Error, "", "ERROR - Failed to open device: Operation not permitted (os error 1)"),
		},
	},
	{
		name:   "headscale-openbsd-syslog-vis-colours",
		source: "Headscale's zerolog console writer with colours, logged through OpenBSD's syslogd, which writes the escape byte as `\\^[` (`MMM dd HH:mm:ss host headscale[pid]: \\^[[90m<RFC 3339 Z>\\^[[0m \\^[[33mDBG\\^[[0m msg \\^[[36mkey=\\^[[0mvalue…`): juanfont/headscale issue #73",
		why:    "the escape byte spelled `\\^[` around the daemon's own time and its three-letter level; the colour codes are no level and no time; the machine named in `machine=` is a node, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "hs-gw", `Nov 29 07:41:16 hs-gw headscale[88728]: \^[[90m2026-11-29T07:41:16Z\^[[0m \^[[32mINF\^[[0m listening and serving HTTP on: 0.0.0.0:8080`),
			we("2026-11-29T07:41:22Z", Debug, "hs-gw", `Nov 29 07:41:22 hs-gw headscale[88728]: \^[[90m2026-11-29T07:41:22Z\^[[0m \^[[33mDBG\^[[0m Sending keepalive \^[[36mfunc=\^[[0mkeepAlive \^[[36mmachine=\^[[0mlaptop-rk`),
			we("2026-11-29T07:41:40Z", Warn, "hs-gw", `Nov 29 07:41:40 hs-gw headscale[88728]: \^[[90m2026-11-29T07:41:40Z\^[[0m \^[[31mWRN\^[[0m Machine key not found in database \^[[36mmachine=\^[[0mnas-02`),
			we("2026-11-29T07:41:41Z", Error, "hs-gw", `Nov 29 07:41:41 hs-gw headscale[88728]: \^[[90m2026-11-29T07:41:41Z\^[[0m \^[[1m\^[[31mERR\^[[0m\^[[0m Cannot decode message \^[[31merror=\^[[0m\^[[31m"chacha20poly1305: message authentication failed"\^[[0m \^[[36mhandler=\^[[0mPollNetMap`),
		},
	},
	{
		name:   "tinc-syslog-netname-ident",
		source: "tinc 1.0's tincd logging to syslog, its default (`MMM dd HH:mm:ss host tinc.NETNAME[pid]: msg`, no level word in the line): tinc.conf(5) (\"messages appear in syslog as coming from tincd.NETNAME\") and tincd(8) --logfile; the `tinc.NETNAME` spelling as the earlier table's tinc log file; the messages from memory",
		why:    "a syslog tag with a dot naming the VPN, not the machine; node names and their addresses in the message are no hosts; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gw-ams", "Nov 29 07:41:16 gw-ams tinc.office[812]: tincd 1.0.36 (Oct 14 2026 10:12:03) starting, debug level 0"),
			we("2026-11-29T07:41:16Z", Unknown, "gw-ams", "Nov 29 07:41:16 gw-ams tinc.office[812]: /dev/net/tun is a Linux tun/tap device (tun mode)"),
			we("2026-11-29T07:41:16Z", Unknown, "gw-ams", "Nov 29 07:41:16 gw-ams tinc.office[812]: Ready"),
			we("2026-11-29T07:41:18Z", Unknown, "gw-ams", "Nov 29 07:41:18 gw-ams tinc.office[812]: Connection with lisbon (198.51.100.7 port 655) activated"),
			we("2026-11-29T07:44:02Z", Unknown, "gw-ams", "Nov 29 07:44:02 gw-ams tinc.office[812]: Error while connecting to porto (203.0.113.25 port 655): Connection refused"),
		},
	},
}

func TestFresh715Formats(t *testing.T) { assertTable(t, fresh715Cases) }
func TestFresh715Score(t *testing.T) {
	checkScore(t, "fresh715 formats", fresh715Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
