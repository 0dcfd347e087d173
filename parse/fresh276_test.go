package parse

import "testing"

// The two-hundred-and-seventy-sixth fresh table, written on 2026-12-05: VPN and tunnel daemons' logs
// as files and through journald and syslog, in shapes no earlier table holds. Each family is one
// product's documented or observed output: the OpenVPN server in OPNsense's log view copied from the
// browser (tab-separated time, the syslog severity OpenVPN gives its message flags, the process and
// the client-prefixed message, newest first); Pritunl's server output (every OpenVPN line behind the
// Pritunl host's name in brackets, OpenVPN's ctime with an unpadded `us=` at verb 4, the untimed
// option errors); ocserv 1.3 with --log-stderr read with `docker logs` (no time, no ident, the
// `main[user]:addr:port`, `worker[user]: addr` and `sec-mod:` prefixes); tailscaled under systemd
// read with journalctl (it drops its own stamp when it runs under systemd); Libreswan's pluto on
// OpenWrt read with `logread` (every pluto line at authpriv.warn, the connection's `/1x1` alias
// suffix); Headscale under systemd read with journalctl (zerolog's console time and three-letter
// level behind the journal's header, the caller path and `>`, a WRN whose message starts with a
// newline and so spills into a second journal entry); SoftEther VPN Server's syslog datagrams as a
// bare UDP listener prints them (`[machine/VPN/HUB] (local time) <LOG_TYPE>: msg`, no PRI, no
// header); strongSwan's charon-systemd read with `journalctl -o json` (the journal's PRIORITY
// beside strongSwan's own GROUP, LEVEL and THREAD fields); WireGuard's kernel module in
// `dmesg -x -T` (the decoded facility and level before the bracketed ctime, the debug lines of the
// handshake); wg-quick on macOS in a terminal (the `[#]` commands, the `[+]` notes about the utun
// interface and the route monitor, its `Warning:` about the file's mode).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`openvpn`, `TLS: Initial packet`, `Peer Connection Initiated`, `MULTI_sva`, `MULTI:`,
// `Data Channel:`, `us=`, `2026 us=`, `multi_create_instance`, `Options error`, `\tNotice\topenvpn`,
// `\topenvpn\t`, `Inactivity timeout`, `strongswan`, `charon`, `charon-systemd`, `charon-nm`,
// `[IKE]`, `IKE_SA`, `IKE_SA_UNIQUE_ID`, `"GROUP":"IKE"`, `57d2708c`, `00[DMN]`, `swanctl`,
// `libreswan`, `pluto`, `pluto[`, `authpriv.warn`, `authpriv.warn pluto`, `openswan`, `racoon`,
// `ipsec`, `IKEv2`, `wireguard`, `wireguard: wg0`, `Sending handshake initiation`, `Handshake for
// peer`, `Keypair`, `kern  :debug`, `dmesg -x`, `dmesg -T`, `wg-quick`, `wg0`, `[#]`, `[+]`,
// `utun`, `ifconfig utun`, `wg addconf`, `Interface for wg`, `Backgrounding route monitor`, `is
// world accessible`, `ip link add`, `wireguard-go`, `tailscale`, `tailscaled`, `tailscaled[`,
// `magicsock`, `wgengine`, `logtail`, `[RATELIMIT]`, `headscale`, `headscale[`, `home/runner/work`,
// `derp_server.go`, `derp`, `softether`, `SoftEther`, `vpnserver`, `vpncmd`, `SiWriteSysLog`,
// `/VPN/`, `<SECURITY_LOG>`, `<SERVER_LOG>`, `packet_log`, `pkt_`, `ocserv`, `ocserv[`, `main[`,
// `sec-mod:`, `worker-vpn`, `log-stderr`, `occtl`, `openconnect`, `pritunl`, `pritunl[`,
// `pritunl-client`, `▶`, `zerotier`, `zerotier-one`, `zerotier-cli`, `listpeers`, `netbird`,
// `nebula`, `firezone`, `innernet`, `defguard`, `boringtun`, `sstp`, `accel-ppp`, `pptpd`,
// `xl2tpd`, `l2tp`). OpenVPN is in many tables (the --log file in world_test, its status files in
// fresh37 and fresh66, the server journal in fresh66, the management >LOG lines in fresh114,
// machine-readable output in fresh173, 2.6's ISO log at verb 3 and 4 in fresh200 and fresh227,
// Access Server in fresh26, pfSense's openvpn.log in fresh75, openvpn3 and the clients in fresh59,
// fresh162 and fresh243); OPNsense's log view holds Kea and the kernel in fresh160, never OpenVPN,
// and no table holds OpenVPN's syslog severities in a column. Pritunl is in fresh24 (pritunl.log)
// and as a name in fresh162 and fresh243; its server output and the ctime `us=` of OpenVPN before
// 2.6 are in none. ocserv is in fresh13 through syslog to a collector; its header-less stderr in
// none. tailscaled is in fresh12 (its stderr), fresh162 (containerboot) and fresh243 (logtap); in
// the journal, where it writes no stamp, in none. Libreswan's pluto is in fresh5 (its logfile) and
// in Sophos UTM's syslog (fresh2, fresh128); in OpenWrt's logread in none. Headscale is in fresh14
// (the console) and fresh141 (JSON); in the journal with the caller in none. SoftEther is in fresh7
// (server_log and security_log files); its syslog datagrams in none. charon-systemd is in fresh156
// (`-o verbose`); its `-o json` entries in none. WireGuard's kernel messages are in fresh13 through
// rsyslog with the printk uptime; `dmesg -x -T` is in rules_test.go for other drivers, for WireGuard
// in none. wg-quick is in fresh66 (the journal) and fresh200 (Linux, a terminal); the macOS script
// with utun and `[+]` in none. Left out as measured already: strongSwan's file loggers, syslog and
// swanctl shapes (holdout, fresh66, fresh87, fresh128, fresh173, fresh200, fresh227), WireGuard for
// Windows, wireguard-go, `wg show` and the apps (fresh16, fresh59, fresh139, fresh150, fresh162),
// ZeroTier One (fresh141's logread; no other shape of its own log could be confirmed with the search
// tool), NetBird, Nebula, Firezone, tinc, racoon, accel-ppp, pptpd and xl2tpd (fresh15, fresh16,
// fresh18, fresh25, fresh141, fresh146, fresh162). Pritunl's client service log (`[time][LEVEL] ▶
// msg ◆ key=value`, pritunl-client-electron service/logger/formatter.go) was found too and left for
// another table, Pritunl being measured here already. The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). OPNsense's log view, OpenVPN's ctime, logread's ctime, SoftEther's
// parenthesized time and dmesg -T's bracketed ctime are local times written with no zone, taken as
// UTC; OpenVPN's `us=` is the microseconds printed with %d, so `us=48120` is .048120 of a second;
// the journal's short header has no year (2026), and Headscale's zerolog time inside it is of the
// same second; the journal JSON carries __REALTIME_TIMESTAMP and _SOURCE_REALTIME_TIMESTAMP, either
// accepted; ocserv's stderr and wg-quick's lines carry no time. Levels only where the line marks one:
// the Severity column of OPNsense's view (Notice, Warning as Warn, Error), logread's
// facility.severity (authpriv.warn as Warn on every pluto line, routine or not), zerolog's TRC DBG
// INF WRN ERR, the journal's PRIORITY (5 Notice, 6 Info, 7 Debug; strongSwan's LEVEL 0-2 is its own
// verbosity and THREAD a thread, neither a level), dmesg -x's decoded level, and a `WARN:` or
// `Warning:` that opens a message (Headscale's deprecation note, wg-quick's mode warning); Pritunl's
// OpenVPN lines, ocserv, tailscaled and SoftEther's log types (SERVER_LOG, SECURITY_LOG) carry none,
// and `error:` inside tailscaled's health message or `Options error:` is message text. The host is
// the record's host field: the journal's host (`headscale`, named like the program), the JSON's
// _HOSTNAME, the Pritunl host's name that output.py puts in brackets before every line, the machine
// name before `/VPN` in SoftEther's datagram; OpenVPN's `cn/addr:port` and `addr:port` prefixes,
// ocserv's `main[user]:addr:port`, SoftEther's "Host name" of a connecting client, IKE peers,
// WireGuard endpoints, the DERP region and the headscale node names are not hosts. Every line is a
// record of its own here: Pritunl pushes each OpenVPN line as one document, journald splits
// Headscale's WRN at its newline into two entries, and wg-quick echoes each command alone.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 687a648 before any rule for it: level 98.3 %, time 92.9 %, host 80.0 %, records 100.0 %.
// That is the macro figure (micro: level 98.6 %, time 93.0 %, host 83.1 %, records 100.0 %), in a
// worktree at 687a648 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 10 families fully right (OpenVPN in OPNsense's view, ocserv's stderr, pluto in logread, Headscale
// in the journal, charon-systemd's JSON, WireGuard in dmesg -x -T and wg-quick on macOS); the gaps
// are the `us=` microseconds after OpenVPN's ctime and the bracketed host name of Pritunl's server
// output, the word `error:` inside tailscaled's health message taken as a level, and the machine name
// in SoftEther's `[host/VPN/HUB]` bracket.

var fresh276Cases = []worldCase{
	{
		name:   "openvpn-opnsense-log-view-severity",
		source: "the OpenVPN server on OPNsense, its log (VPN > OpenVPN > Log File) copied from the browser: `yyyy-MM-ddTHH:mm:ss`, a tab, the Severity (OpenVPN's syslog priority: LOG_ERR for fatal and non-fatal errors, LOG_WARNING for M_WARN, LOG_NOTICE otherwise), a tab, the process, a tab, a space and the message with OpenVPN's `addr:port` or `cn/addr:port` client prefix, newest first: pfelk/pfelk issue #376 (a pasted OPNsense openvpn log); OpenVPN's error.c syslog mapping from memory",
		why:    "a zone-less ISO time (UTC); the Severity column is the level (Notice, Warning, Error); the client prefix and the user name are peers, no host; newest first, every line a record",
		entries: []worldEntry{
			we("2026-11-29T07:58:40Z", Notice, "", "2026-11-29T07:58:40\tNotice\topenvpn\t nadia/198.51.100.7:51822 [nadia] Inactivity timeout (--ping-restart), restarting"),
			we("2026-11-29T07:44:02Z", Error, "", "2026-11-29T07:44:02\tError\topenvpn\t 203.0.113.58:40114 TLS Error: TLS handshake failed"),
			we("2026-11-29T07:41:17Z", Notice, "", "2026-11-29T07:41:17\tNotice\topenvpn\t nadia/198.51.100.7:51822 MULTI_sva: pool returned IPv4=10.99.40.6, IPv6=(Not enabled)"),
			we("2026-11-29T07:41:17Z", Notice, "", "2026-11-29T07:41:17\tNotice\topenvpn\t 198.51.100.7:51822 [nadia] Peer Connection Initiated with [AF_INET]198.51.100.7:51822"),
			we("2026-11-29T07:41:17Z", Notice, "", "2026-11-29T07:41:17\tNotice\topenvpn\t user 'nadia' authenticated using 'Local Database'"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026-11-29T07:41:17\tWarning\topenvpn\t 198.51.100.7:51822 WARNING: 'link-mtu' is used inconsistently, local='link-mtu 1557', remote='link-mtu 1541'"),
			we("2026-11-29T07:41:16Z", Notice, "", "2026-11-29T07:41:16\tNotice\topenvpn\t 198.51.100.7:51822 TLS: Initial packet from [AF_INET]198.51.100.7:51822, sid=1c7e2a90 4b3f8d21"),
		},
	},
	{
		name:   "pritunl-server-output-host-label",
		gap:    "trawl reads no host: the Pritunl host's name in the leading bracket is not taken as the host, on the timed lines nor on the untimed option errors",
		source: "Pritunl's server output (a server's Output view, one document a line from ServerOutput.push_output: `[host name] ` and the OpenVPN line; OpenVPN before 2.6 at verb 4 writes `Www Mmm dd HH:mm:ss yyyy us=N msg` with the microseconds unpadded, and its option errors with no time): pritunl/pritunl pritunl/server/output.py (`'[%s] %s' % (label, output)`, label = settings.local.host.name), pritunl/pritunl issues #158 and #374 (pasted outputs with `us=`) and #213 (the untimed `Options error:` lines)",
		why:    "the bracket is the Pritunl host that runs the server; ctime with the year after the clock, then `us=48120` is .048120 s, not .48120; the option-error lines have no time and are records of their own; client addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "silent-harbor-3172", "[silent-harbor-3172] Sun Nov 29 07:41:16 2026 us=204118 MULTI: multi_create_instance called"),
			we("2026-11-29T07:41:16.204377Z", Unknown, "silent-harbor-3172", "[silent-harbor-3172] Sun Nov 29 07:41:16 2026 us=204377 198.51.100.7:51822 Re-using SSL/TLS context"),
			we("2026-11-29T07:41:16.211902Z", Unknown, "silent-harbor-3172", "[silent-harbor-3172] Sun Nov 29 07:41:16 2026 us=211902 198.51.100.7:51822 TLS: Initial packet from [AF_INET]198.51.100.7:51822, sid=4a2e9c13 7d01b6f5"),
			we("2026-11-29T07:41:17.04812Z", Unknown, "silent-harbor-3172", "[silent-harbor-3172] Sun Nov 29 07:41:17 2026 us=48120 198.51.100.7:51822 Connection reset, restarting [0]"),
			we("2026-11-29T07:41:17.048311Z", Unknown, "silent-harbor-3172", "[silent-harbor-3172] Sun Nov 29 07:41:17 2026 us=48311 198.51.100.7:51822 SIGUSR1[soft,connection-reset] received, client-instance restarting"),
			we("", Unknown, "silent-harbor-3172", "[silent-harbor-3172] Options error: --replay-window only makes sense with --proto udp"),
			we("", Unknown, "silent-harbor-3172", "[silent-harbor-3172] Use --help for more information."),
		},
	},
	{
		name:   "ocserv13-log-stderr-docker-logs",
		source: "ocserv 1.3 run in a container with --log-stderr (-e) and read with `docker logs`: _oc_syslog writes `fmt \"\\n\"` to stderr when syslog is not open, so no time, ident or pid; mslog's `main[user]:addr:port msg` or `main: msg`, oclog's `worker[user]: addr msg`, seclog's `sec-mod: msg`, and `file.c:line: ` before LOG_ERR messages: openconnect/ocserv src/log.h and src/main-log.c, aminvakil/docker-ocserv PR #88 (logging to stderr in the image); the messages from memory",
		why:    "no time, no level and no host on any line; `main[mila]:198.51.100.7:51822` is a user and a client address, and `worker-vpn.c:901:` is a source line, neither a time",
		entries: []worldEntry{
			we("", Unknown, "", "main: initialized ocserv 1.3.0"),
			we("", Unknown, "", "sec-mod: sec-mod initialized (socket: /var/run/ocserv-socket.7f3a2c1e.0)"),
			we("", Unknown, "", "main: listening (TCP) on 0.0.0.0:443..."),
			we("", Unknown, "", "sec-mod: initiating session for user 'mila' (session: Qm3Xc8)"),
			we("", Unknown, "", "main[mila]:198.51.100.7:51822 user logged in"),
			we("", Unknown, "", "worker[mila]: 198.51.100.7 suggesting DPD of 90 secs"),
			we("", Unknown, "", "worker[mila]: 198.51.100.7 worker-vpn.c:901: error parsing CSTP data"),
			we("", Unknown, "", "main[mila]:198.51.100.7:51822 user disconnected (reason: user disconnected, rx: 48211, tx: 192044)"),
		},
	},
	{
		name:   "tailscaled-journal-untimed",
		gap:    "the word `error:` after tailscaled's `health(warnable=no-derp-connection): ` prefix, inside the journal message, is read as the level Error; tailscaled writes no level",
		source: "tailscaled under tailscaled.service read with `journalctl -u tailscaled` (short format: `Mmm dd HH:mm:ss host tailscaled[pid]: msg`; logpolicy leaves out Go's log stamp when it runs under systemd, so the journal's header is the only time): tailscale/tailscale PR #223 (`logpolicy: don't log timestamp when running under systemd`), tailscale-dev/deck-tailscale PR #7 (a pasted journal with `[RATELIMIT] format(…)`); the messages from memory",
		why:    "the journal's year-less time and its host; the subsystems (magicsock:, wgengine:, health(…):) are no levels, and `error:` inside the health message is message text; the peer's address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "nas01", "Nov 29 07:41:16 nas01 tailscaled[812]: logtail started"),
			we("2026-11-29T07:41:16Z", Unknown, "nas01", `Nov 29 07:41:16 nas01 tailscaled[812]: Program starting: v1.90.8-t4c1a2b3d4-g9f8e7d6c5, Go 1.25.4: []string{"/usr/sbin/tailscaled", "--state=/var/lib/tailscale/tailscaled.state", "--socket=/run/tailscale/tailscaled.sock", "--port=41641"}`),
			we("2026-11-29T07:41:17Z", Unknown, "nas01", "Nov 29 07:41:17 nas01 tailscaled[812]: wgengine: Reconfig: configuring userspace WireGuard config (with 2/11 peers)"),
			we("2026-11-29T07:41:18Z", Unknown, "nas01", "Nov 29 07:41:18 nas01 tailscaled[812]: magicsock: disco: node [Qx7kP] d:5b1e0c9a2f4d7e61 now using 198.51.100.44:41641 mtu=1360 tx=8c2f1a9d0b3e"),
			we("2026-11-29T07:41:19Z", Unknown, "nas01", `Nov 29 07:41:19 nas01 tailscaled[812]: [RATELIMIT] format("netcheck: report: %v")`),
			we("2026-11-29T07:41:25Z", Unknown, "nas01", "Nov 29 07:41:25 nas01 tailscaled[812]: health(warnable=no-derp-connection): error: Tailscale could not connect to the relay server"),
		},
	},
	{
		name:   "libreswan-pluto-openwrt-logread",
		source: "Libreswan 5's pluto on OpenWrt read with `logread` (`Www Mmm dd HH:mm:ss yyyy facility.severity prog[pid]: msg`; pluto logs to authpriv at LOG_WARNING, so every line is authpriv.warn; the connection name with its `/1x1` alias suffix and the #serial): openwrt/packages issue #25042 (a pasted logread of pluto), libreswan/libreswan issues #786 and #615 (the `initiator established IKE SA` and `Child SA using #1` wordings)",
		why:    "logread's ctime with the year after the clock (UTC); authpriv.warn is the level of every pluto line, routine or not; the quoted connection and #serial are no host, nor are the peer and its ID",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "", `Sun Nov 29 07:41:16 2026 authpriv.warn pluto[2741]: "branch-b/1x1" #1: initiating IKEv2 connection to 198.51.100.20 using UDP`),
			we("2026-11-29T07:41:16Z", Warn, "", `Sun Nov 29 07:41:16 2026 authpriv.warn pluto[2741]: "branch-b/1x1" #1: sent IKE_SA_INIT request to 198.51.100.20:UDP/500`),
			we("2026-11-29T07:41:16Z", Warn, "", `Sun Nov 29 07:41:16 2026 authpriv.warn pluto[2741]: "branch-b/1x1" #1: processed IKE_SA_INIT response from 198.51.100.20:UDP/500 {cipher=AES_GCM_16_256 integ=n/a prf=HMAC_SHA2_512 group=DH19}, initiating IKE_AUTH`),
			we("2026-11-29T07:41:17Z", Warn, "", `Sun Nov 29 07:41:17 2026 authpriv.warn pluto[2741]: "branch-b/1x1" #1: initiator established IKE SA; authenticated peer using authby=secret and ID_FQDN '@gw-b.example.net'`),
			we("2026-11-29T07:41:17Z", Warn, "", `Sun Nov 29 07:41:17 2026 authpriv.warn pluto[2741]: "branch-b/1x1" #2: initiator established Child SA using #1; IPsec tunnel [10.30.0.0/16===10.40.0.0/16] {ESP/ESN=>0x7c1d2e3f <0x9a8b7c6d xfrm=AES_GCM_16_256-NONE DPD=active}`),
			we("2026-11-29T07:41:17Z", Warn, "", `Sun Nov 29 07:41:17 2026 authpriv.warn pluto[2741]: "branch-b/1x2" #3: initiating Child SA using IKE SA #1`),
		},
	},
	{
		name:   "headscale-journal-zerolog-caller",
		source: "Headscale 0.24+ under headscale.service read with `journalctl -u headscale` (the journal's short header, then zerolog's ConsoleWriter without colour: RFC 3339 time, TRC/DBG/INF/WRN/ERR, for calls with .Caller() the build path relative to the working directory and ` > `, the message and key=value fields; a deprecation warning whose message begins with a newline, so journald stores the `WRN` and the `WARN: …` text as two entries): juanfont/headscale issue #2310 (a pasted `journalctl -u headscale` with the caller paths and the split WRN), juanfont/headscale issue #73 (the console writer in the journal)",
		why:    "the journal's time and zerolog's are of the same second; the three letters after zerolog's time are the level; `WARN:` opening the spilled entry is its level; the host is the journal's, named like the program; the caller path and node names are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "headscale", "Nov 29 07:41:16 headscale systemd[1]: Started headscale.service - headscale coordination server for Tailscale."),
			we("2026-11-29T07:41:16Z", Warn, "headscale", "Nov 29 07:41:16 headscale headscale[2207]: 2026-11-29T07:41:16Z WRN"),
			we("2026-11-29T07:41:16Z", Warn, "headscale", `Nov 29 07:41:16 headscale headscale[2207]: WARN: The "dns.override_local_dns" configuration key is deprecated and has been removed. Please see the changelog for more details.`),
			we("2026-11-29T07:41:16Z", Info, "headscale", "Nov 29 07:41:16 headscale headscale[2207]: 2026-11-29T07:41:16Z INF Opening database database=sqlite3 path=/var/lib/headscale/db.sqlite"),
			we("2026-11-29T07:41:16Z", Info, "headscale", "Nov 29 07:41:16 headscale headscale[2207]: 2026-11-29T07:41:16Z INF ../../../home/runner/work/headscale/headscale/hscontrol/derp/server/derp_server.go:103 > DERP region: {RegionID:999 RegionCode:headscale RegionName:Headscale Embedded DERP Avoid:false Nodes:[0xc0004a2b40]}"),
			we("2026-11-29T07:41:19Z", Error, "headscale", `Nov 29 07:41:19 headscale headscale[2207]: 2026-11-29T07:41:19Z ERR ../../../home/runner/work/headscale/headscale/hscontrol/auth.go:218 > failed to validate pre-auth key error="authkey expired" node=build-07`),
			we("2026-11-29T07:41:20Z", Debug, "headscale", "Nov 29 07:41:20 headscale headscale[2207]: 2026-11-29T07:41:20Z DBG ../../../home/runner/work/headscale/headscale/hscontrol/poll.go:642 > sending keepalive node=nadia-laptop node.id=7"),
		},
	},
	{
		name:   "softether-syslog-datagram",
		gap:    "trawl reads the time in parentheses but no host: the machine name before `/VPN` in the leading `[sevpn01/VPN]` or `[sevpn01/VPN/CORP]` bracket is not read as the record's host",
		source: "SoftEther VPN Server with `Send Server and Virtual Hub Security Logs by Syslog`, the datagrams as a bare UDP listener prints them: SiWriteSysLog formats `[%S/VPN/%S] (%S) <%S>: %s` (machine name, hub, GetDateTimeStrMilli's local `yyyy-MM-dd HH:mm:ss.SSS`, SERVER_LOG or SECURITY_LOG, the message) or `[%S/VPN] …` without a hub, and SendSysLog sends it with no PRI and no header: SoftEtherVPN/SoftEtherVPN src/Cedar/Server.c (SiWriteSysLog) and Logging.c (WriteServerLog, WriteHubLog), SoftEtherVPN/SoftEtherVPN issue #106 (no facility or severity) and issues #1403 and #2074 (the server log's messages); the listener from memory",
		why:    "the machine name before /VPN is the host; the time in parentheses has no zone (UTC); SERVER_LOG and SECURITY_LOG are log types, no levels; the client's \"Host name\" and the CID/SID ids are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "sevpn01", "[sevpn01/VPN] (2026-11-29 07:41:16.204) <SERVER_LOG>: The SoftEther VPN Server has been started."),
			we("2026-11-29T07:41:19.87Z", Unknown, "sevpn01", `[sevpn01/VPN] (2026-11-29 07:41:19.870) <SERVER_LOG>: On the TCP Listener (Port 443), a Client (IP address 198.51.100.7, Host name "dsl-198-51-100-7.example.net", Port number 51822) has connected.`),
			we("2026-11-29T07:41:20.512Z", Unknown, "sevpn01", `[sevpn01/VPN/CORP] (2026-11-29 07:41:20.512) <SECURITY_LOG>: Connection "CID-218": Successfully authenticated as user "mila".`),
			we("2026-11-29T07:41:20.53Z", Unknown, "sevpn01", `[sevpn01/VPN/CORP] (2026-11-29 07:41:20.530) <SECURITY_LOG>: Session "SID-MILA-[OPENVPN_L3]-7": The new session has been created. (IP address: 198.51.100.7, Port number: 51822, Physical underlying protocol: "Standard TCP/IP (IPv4)")`),
			we("2026-11-29T07:58:02.118Z", Unknown, "sevpn01", `[sevpn01/VPN/CORP] (2026-11-29 07:58:02.118) <SECURITY_LOG>: Session "SID-MILA-[OPENVPN_L3]-7": The session has been terminated. The statistical information is as follows: Total outgoing data size: 482113 bytes, Total incoming data size: 90121 bytes.`),
		},
	},
	{
		name:   "strongswan-charon-systemd-journal-json",
		source: "strongSwan's charon-systemd read with `journalctl -u strongswan -o json` (its journal logger sends the bare MESSAGE with MESSAGE_ID, PRIORITY 5 for strongSwan's level 0, 6 for level 1, 7 above, GROUP, LEVEL, THREAD and, within an IKE_SA, IKE_SA_UNIQUE_ID and IKE_SA_NAME; journald adds __REALTIME_TIMESTAMP, _HOSTNAME and the trusted fields, and no SYSLOG_IDENTIFIER): strongswan/strongswan src/charon-systemd/charon-systemd.c (journal_logger vlog); journalctl(1) -o json for the envelope, from memory",
		why:    "one JSON object a line; the time is __REALTIME_TIMESTAMP (or _SOURCE_REALTIME_TIMESTAMP) in microseconds; the level is PRIORITY, not strongSwan's LEVEL key nor THREAD; the host is _HOSTNAME; the peers and gateways in MESSAGE are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.518204Z|2026-11-29T07:41:12.518177Z", Info, "gw-a", `{"__CURSOR":"s=5e1c9a0b2d7f4e63a81c0d2b9f4e7a16;i=4f20;b=c07a1e5d93b24f6e8d1a2c3b4e5f6a7b;m=8e3f1a20;t=62a8f0c17a93c;x=1d2e3f4a5b6c7d8e","__REALTIME_TIMESTAMP":"1795938072518204","__MONOTONIC_TIMESTAMP":"2386530848","_BOOT_ID":"c07a1e5d93b24f6e8d1a2c3b4e5f6a7b","_TRANSPORT":"journal","PRIORITY":"6","_UID":"0","_GID":"0","_MACHINE_ID":"7b4e2c9d1a0f4e8b9c3d5a6e7f8a9b0c","_HOSTNAME":"gw-a","_COMM":"charon-systemd","_EXE":"/usr/sbin/charon-systemd","_CMDLINE":"/usr/sbin/charon-systemd","_SYSTEMD_CGROUP":"/system.slice/strongswan.service","_SYSTEMD_UNIT":"strongswan.service","_PID":"1812","MESSAGE":"loaded plugins: charon-systemd random nonce x509 pubkey pem openssl kernel-netlink socket-default vici updown","MESSAGE_ID":"57d2708c-d607-43bd-8c39-66bf2a41c7e0","GROUP":"DMN","LEVEL":"1","THREAD":"0","_SOURCE_REALTIME_TIMESTAMP":"1795938072518177"}`),
			we("2026-11-29T07:41:16.204118Z|2026-11-29T07:41:16.20409Z", Notice, "gw-a", `{"__CURSOR":"s=5e1c9a0b2d7f4e63a81c0d2b9f4e7a16;i=4f31;b=c07a1e5d93b24f6e8d1a2c3b4e5f6a7b;m=8e76d5b2;t=62a8f0c1b4e56;x=2a3b4c5d6e7f8091","__REALTIME_TIMESTAMP":"1795938076204118","__MONOTONIC_TIMESTAMP":"2390216826","_BOOT_ID":"c07a1e5d93b24f6e8d1a2c3b4e5f6a7b","_TRANSPORT":"journal","PRIORITY":"5","_UID":"0","_GID":"0","_MACHINE_ID":"7b4e2c9d1a0f4e8b9c3d5a6e7f8a9b0c","_HOSTNAME":"gw-a","_COMM":"charon-systemd","_EXE":"/usr/sbin/charon-systemd","_CMDLINE":"/usr/sbin/charon-systemd","_SYSTEMD_CGROUP":"/system.slice/strongswan.service","_SYSTEMD_UNIT":"strongswan.service","_PID":"1812","MESSAGE":"initiating IKE_SA site-b[4] to 198.51.100.20","MESSAGE_ID":"57d2708c-d607-43bd-8c39-66bf0e93d5a1","GROUP":"IKE","LEVEL":"0","THREAD":"13","IKE_SA_UNIQUE_ID":"4","IKE_SA_NAME":"site-b","_SOURCE_REALTIME_TIMESTAMP":"1795938076204090"}`),
			we("2026-11-29T07:41:16.204421Z|2026-11-29T07:41:16.2044Z", Info, "gw-a", `{"__CURSOR":"s=5e1c9a0b2d7f4e63a81c0d2b9f4e7a16;i=4f32;b=c07a1e5d93b24f6e8d1a2c3b4e5f6a7b;m=8e76d6e1;t=62a8f0c1b4f85;x=3b4c5d6e7f8091a2","__REALTIME_TIMESTAMP":"1795938076204421","__MONOTONIC_TIMESTAMP":"2390217129","_BOOT_ID":"c07a1e5d93b24f6e8d1a2c3b4e5f6a7b","_TRANSPORT":"journal","PRIORITY":"6","_UID":"0","_GID":"0","_MACHINE_ID":"7b4e2c9d1a0f4e8b9c3d5a6e7f8a9b0c","_HOSTNAME":"gw-a","_COMM":"charon-systemd","_EXE":"/usr/sbin/charon-systemd","_CMDLINE":"/usr/sbin/charon-systemd","_SYSTEMD_CGROUP":"/system.slice/strongswan.service","_SYSTEMD_UNIT":"strongswan.service","_PID":"1812","MESSAGE":"sending packet: from 203.0.113.10[500] to 198.51.100.20[500] (336 bytes)","MESSAGE_ID":"57d2708c-d607-43bd-8c39-66bf7d20e6b4","GROUP":"NET","LEVEL":"1","THREAD":"13","IKE_SA_UNIQUE_ID":"4","IKE_SA_NAME":"site-b","_SOURCE_REALTIME_TIMESTAMP":"1795938076204400"}`),
			we("2026-11-29T07:41:16.231977Z|2026-11-29T07:41:16.23195Z", Debug, "gw-a", `{"__CURSOR":"s=5e1c9a0b2d7f4e63a81c0d2b9f4e7a16;i=4f36;b=c07a1e5d93b24f6e8d1a2c3b4e5f6a7b;m=8e7742b9;t=62a8f0c1bb9e9;x=4c5d6e7f8091a2b3","__REALTIME_TIMESTAMP":"1795938076231977","__MONOTONIC_TIMESTAMP":"2390244685","_BOOT_ID":"c07a1e5d93b24f6e8d1a2c3b4e5f6a7b","_TRANSPORT":"journal","PRIORITY":"7","_UID":"0","_GID":"0","_MACHINE_ID":"7b4e2c9d1a0f4e8b9c3d5a6e7f8a9b0c","_HOSTNAME":"gw-a","_COMM":"charon-systemd","_EXE":"/usr/sbin/charon-systemd","_CMDLINE":"/usr/sbin/charon-systemd","_SYSTEMD_CGROUP":"/system.slice/strongswan.service","_SYSTEMD_UNIT":"strongswan.service","_PID":"1812","MESSAGE":"using 203.0.113.1 as nexthop and eth0 as dev to reach 198.51.100.20/32","MESSAGE_ID":"57d2708c-d607-43bd-8c39-66bf5c18a2f9","GROUP":"KNL","LEVEL":"2","THREAD":"9","IKE_SA_UNIQUE_ID":"4","IKE_SA_NAME":"site-b","_SOURCE_REALTIME_TIMESTAMP":"1795938076231950"}`),
			we("2026-11-29T07:41:16.318544Z|2026-11-29T07:41:16.318512Z", Notice, "gw-a", `{"__CURSOR":"s=5e1c9a0b2d7f4e63a81c0d2b9f4e7a16;i=4f3c;b=c07a1e5d93b24f6e8d1a2c3b4e5f6a7b;m=8e789440;t=62a8f0c1d0b50;x=5d6e7f8091a2b3c4","__REALTIME_TIMESTAMP":"1795938076318544","__MONOTONIC_TIMESTAMP":"2390331252","_BOOT_ID":"c07a1e5d93b24f6e8d1a2c3b4e5f6a7b","_TRANSPORT":"journal","PRIORITY":"5","_UID":"0","_GID":"0","_MACHINE_ID":"7b4e2c9d1a0f4e8b9c3d5a6e7f8a9b0c","_HOSTNAME":"gw-a","_COMM":"charon-systemd","_EXE":"/usr/sbin/charon-systemd","_CMDLINE":"/usr/sbin/charon-systemd","_SYSTEMD_CGROUP":"/system.slice/strongswan.service","_SYSTEMD_UNIT":"strongswan.service","_PID":"1812","MESSAGE":"IKE_SA site-b[4] established between 203.0.113.10[gw-a.example.org]...198.51.100.20[gw-b.example.org]","MESSAGE_ID":"57d2708c-d607-43bd-8c39-66bf93b7e0c2","GROUP":"IKE","LEVEL":"0","THREAD":"11","IKE_SA_UNIQUE_ID":"4","IKE_SA_NAME":"site-b","_SOURCE_REALTIME_TIMESTAMP":"1795938076318512"}`),
			we("2026-11-29T07:41:16.319208Z|2026-11-29T07:41:16.319181Z", Notice, "gw-a", `{"__CURSOR":"s=5e1c9a0b2d7f4e63a81c0d2b9f4e7a16;i=4f3e;b=c07a1e5d93b24f6e8d1a2c3b4e5f6a7b;m=8e7896d8;t=62a8f0c1d0de8;x=6e7f8091a2b3c4d5","__REALTIME_TIMESTAMP":"1795938076319208","__MONOTONIC_TIMESTAMP":"2390331916","_BOOT_ID":"c07a1e5d93b24f6e8d1a2c3b4e5f6a7b","_TRANSPORT":"journal","PRIORITY":"5","_UID":"0","_GID":"0","_MACHINE_ID":"7b4e2c9d1a0f4e8b9c3d5a6e7f8a9b0c","_HOSTNAME":"gw-a","_COMM":"charon-systemd","_EXE":"/usr/sbin/charon-systemd","_CMDLINE":"/usr/sbin/charon-systemd","_SYSTEMD_CGROUP":"/system.slice/strongswan.service","_SYSTEMD_UNIT":"strongswan.service","_PID":"1812","MESSAGE":"CHILD_SA net-net{7} established with SPIs c41e9a07_i 0b7d2f13_o and TS 10.30.0.0/16 === 10.40.0.0/16","MESSAGE_ID":"57d2708c-d607-43bd-8c39-66bf4e0a9c37","GROUP":"IKE","LEVEL":"0","THREAD":"11","IKE_SA_UNIQUE_ID":"4","IKE_SA_NAME":"site-b","_SOURCE_REALTIME_TIMESTAMP":"1795938076319181"}`),
		},
	},
	{
		name:   "wireguard-dmesg-x-ctime",
		source: "the WireGuard kernel module's messages in `dmesg -x -T` (util-linux: `facility:level : [Www Mmm dd HH:mm:ss yyyy] msg`, the module's load banner at info and its net_dbg handshake lines at debug once dynamic debug is on for the module): WireGuard's 'Debug info' (`echo module wireguard +p > /sys/kernel/debug/dynamic_debug/control`) and util-linux dmesg(1) (-x, -T); the messages from memory of drivers/net/wireguard",
		why:    "dmesg -x's decoded level before the bracketed ctime (local, read as UTC); the copyright years and the keypair and peer numbers are no times; the peer's endpoint is no host",
		entries: []worldEntry{
			we("2026-11-29T07:12:40Z", Info, "", "kern  :info  : [Sun Nov 29 07:12:40 2026] wireguard: WireGuard 1.0.0 loaded. See www.wireguard.com for information."),
			we("2026-11-29T07:12:40Z", Info, "", "kern  :info  : [Sun Nov 29 07:12:40 2026] wireguard: Copyright (C) 2015-2019 Jason A. Donenfeld <Jason@zx2c4.com>. All Rights Reserved."),
			we("2026-11-29T07:41:16Z", Debug, "", "kern  :debug : [Sun Nov 29 07:41:16 2026] wireguard: wg0: Sending handshake initiation to peer 4 (198.51.100.20:51820)"),
			we("2026-11-29T07:41:21Z", Debug, "", "kern  :debug : [Sun Nov 29 07:41:21 2026] wireguard: wg0: Handshake for peer 4 (198.51.100.20:51820) did not complete after 5 seconds, retrying (try 2)"),
			we("2026-11-29T07:41:21Z", Debug, "", "kern  :debug : [Sun Nov 29 07:41:21 2026] wireguard: wg0: Receiving handshake response from peer 4 (198.51.100.20:51820)"),
			we("2026-11-29T07:41:21Z", Debug, "", "kern  :debug : [Sun Nov 29 07:41:21 2026] wireguard: wg0: Keypair 9 created for peer 4"),
			we("2026-11-29T07:50:21Z", Debug, "", "kern  :debug : [Sun Nov 29 07:50:21 2026] wireguard: wg0: Zeroing out all keys for peer 4 (198.51.100.20:51820), since we haven't received a new one in 540 seconds"),
		},
	},
	{
		name:   "wg-quick-macos-utun-terminal",
		source: "`sudo wg-quick up wg0` on macOS (wireguard-tools' darwin.bash: its mode check's `Warning: \\`file' is world accessible`, cmd()'s `[#] command` echo, get_real_interface's `[+] Interface for wg0 is utunN`, monitor_daemon's `[+] Backgrounding route monitor`, die()'s `wg-quick: msg`, all on stderr with no time): WireGuard/wireguard-tools src/wg-quick/darwin.bash",
		why:    "no time and no host anywhere; `[#]` and `[+]` are the script's marks, no levels; `Warning:` opening its line is the level Warn; the addresses, the utun interface and the gateway are no host",
		entries: []worldEntry{
			we("", Warn, "", "Warning: `/usr/local/etc/wireguard/wg0.conf' is world accessible"),
			we("", Unknown, "", "[#] wireguard-go utun"),
			we("", Unknown, "", "[+] Interface for wg0 is utun4"),
			we("", Unknown, "", "[#] wg addconf utun4 /dev/fd/63"),
			we("", Unknown, "", "[#] ifconfig utun4 inet 10.66.0.7/32 10.66.0.7 alias"),
			we("", Unknown, "", "[#] ifconfig utun4 mtu 1420"),
			we("", Unknown, "", "[#] ifconfig utun4 up"),
			we("", Unknown, "", "[#] route -q -n add -inet 0.0.0.0/1 -interface utun4"),
			we("", Unknown, "", "[#] route -q -n add -inet 128.0.0.0/1 -interface utun4"),
			we("", Unknown, "", "[#] route -q -n add -inet 198.51.100.20 -gateway 192.168.1.1"),
			we("", Unknown, "", "[+] Backgrounding route monitor"),
			we("", Unknown, "", "wg-quick: `wg0' already exists as `utun4'"),
		},
	},
}

func TestFresh276Formats(t *testing.T) { assertTable(t, fresh276Cases) }
func TestFresh276Score(t *testing.T) {
	checkScore(t, "fresh276 formats", fresh276Cases, [worldNumFields]float64{98.2, 99.9, 79.9, 99.9})
}
