package parse

import "testing"

// The eight-hundred-and-twenty-ninth fresh table: VPN and remote-access clients whose own log files
// trawl's tables do not hold yet. Each family is one client's or service's output: Windscribe's
// desktop app log (a day-first six-digit date, milliseconds after a colon, an uptime column and a
// category tag) and its merged debug log with a leading process letter; Windscribe's Android app
// log as JSON lines with short keys (tm, lvl, mod, msg); Firezone's connlib file logger as JSON in
// the Google Cloud layout (time, target, a source location object, severity); Firezone's 1.x
// headless client on a terminal (tracing's ISO-Z time, two spaces, the level, the target);
// Pritunl's legacy GTK client on a terminal (a bracketed comma-millisecond time and level tag,
// then an indented block of key = value lines, among OpenVPN's own ctime lines); SoftEther's
// packet log (comma-separated date and time columns before the session and the packet's fields)
// and SoftEther 5's server log with the Proto module's bracketed protocol tag before a client's
// address (a shape of a measured family that its table does not hold).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `pritunl`, `pritunl-client`, `pritunl-link`, `pritunl-zero`,
// `ocserv`, `ocserv-worker`, `occtl`, `sec-mod`, `softether`, `vpncmd`, `vpnserver`,
// `packet_log`, `security_log`, `SID-SECURENAT`, `,SID-`, `firezone`, `firezone-gateway`,
// `firezone_headless`, `firezone_tunnel`, `connlib`, `googleapis.com/sourceLocation`, `netbird`,
// `netbird-relay`, `tailscale`, `derp`, `derper`, `anyconnect`, `secure client`, `vpnagent`,
// `vpnagentd`, `vpnui`, `acvpnui`, `acumbrella`, `umbrella`, `globalprotect`, `pangps`, `PanGPA`,
// `[main@`, `forticlient`, `fortitray`, `openvpn connect`, `openvpn`, `openvpn3`, `ovpnagent`,
// `openvpn-as`, `openvpnas`, `wireguard`, `wg-quick`, `strongswan`, `charon`, `libreswan`,
// `pluto`, `zerotier`, `headscale`, `nebula`, `cisco asa`, `%ASA-`, `sslvpn`, `zscaler`,
// `cloudflare warp`, `warp-svc`, `twingate`, `tinc`, `nordvpn`, `nordlayer`, `protonvpn`,
// `mullvad`, `expressvpn`, `surfshark`, `ipvanish`, `hide.me`, `ivpn`, `windscribe`, `"tm"`,
// `innernet`, `openconnect`, `sstp`, `accel-ppp`, `pptpd`, `xl2tpd`, `ipsec`, `racoon`, `ziti`,
// `netmaker`, `defguard`, `outline`, `teleport`, `cloudflared`, `ngrok`, `Check Point Mobile`,
// `trac.log`, `TR_`, `ivanti`, `pulse`, `dsAccessService`, `debuglog`, `f5 access`,
// `edge client`, `f5vpn`, `sonicwall`, `netextender`, `mobileiron`, `tunnelblick`, `viscosity`,
// `netskope`, `perimeter`, `sophos connect`, `ncp secure`, `thegreenbow`, `shrew`, `iked`,
// `ii :`, `aviatrix`, `watchguard`, `endpoint security`, `wireguard-nt`. Nearly every name of the
// theme is measured already (Pritunl's server log and its OpenVPN instances, ocserv's syslog and
// stderr, SoftEther's server log and syslog datagrams, Firezone 0.7's compose output, NetBird's
// client and servers, Tailscale's derper and tailscaled, AnyConnect's DART bundle, GlobalProtect's
// PanGPS log and the openconnect gpclient, OpenVPN Connect's app log), so those shapes were left
// out; `windscribe` matches only a grep list that left Windscribe out as unconfirmed, `"tm"` a
// Kamailio key, `googleapis.com/sourceLocation` a Zeebe family with no time key, `packet_log` only
// grep lists, and `firezone_`, `connlib`, `pritunl-client` and `SID-SECURENAT` nothing. Left out
// as not confirmed by any search: Shrew Soft's iked log, the Pulse/Ivanti client's debuglog,
// Cisco Secure Client's vpnagentd syslog lines on Linux and FortiClient's own log files. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Windscribe's desktop logs write UTC (the app start time inside the message
// is local, hours apart from the line's own), its six-digit date is day, month, two-digit year
// (291126 is 2026-11-29) and the milliseconds follow a colon; the uptime column after the time is
// no time. Windscribe Android's tm, Pritunl's client and SoftEther's logs carry no zone and are
// taken as UTC; OpenVPN's ctime lines carry their year; Firezone writes ISO-Z. Levels only
// where the line marks one: Windscribe Android's lvl, Firezone's severity key and tracing level
// column, Pritunl's bracketed tag; Windscribe desktop's [basic]/[engine] tag is a log category, no
// level, and its leading G is the process that wrote the line, no level; OpenVPN's ctime lines and
// SoftEther's logs carry none ([OpenVPN] and [HUB "VPN"] are a module and a hub). No family writes a host: addresses in SoftEther's packet
// columns and Proto lines and in Firezone's messages are the packet's or the portal's. Pritunl's indented
// key = value lines belong to the record above them; every other record is one line.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (Firezone's WARNING severity word and the headless client's WARN/ERROR lines;
// Windscribe desktop's engine category). Hosts, ids, addresses, users and messages are invented,
// and every time is in late November 2026. The expectations were decided from the format before
// the table was first run, and none was changed after it; a family trawl still gets wrong carries
// a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit cd08169 before any rule for it: level 96.9 %, time 62.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 97.0 %, time 63.6 %, host 100.0 %, records 100.0 %), in a
// worktree at cd08169 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are Windscribe's: its desktop logs' day-first ddMMyy date is read
// as yyMMdd (2029-11-26 for 2026-11-29) with or without the leading process letter, a word of one
// desktop message (onConnectionError) is read as the level Error, and the Android app's JSON time
// under the key tm is not read.

var fresh829Cases = []worldCase{
	{
		name:   "windscribe-desktop-log-day-first-uptime",
		source: "Windscribe desktop app log (`[ddMMyy HH:mm:ss:zzz   uptime] [category]\\t msg`, the line's time UTC while the `App start time` in the message is local): Windscribe/Desktop-App issue #124; the engine category from memory",
		why:    "a six-digit day-first date with a two-digit year, milliseconds after a colon, an uptime in seconds padded before the bracket, then a category tag (no level) and a tab",
		gap:    "a level Error is taken from the message's `error: 6` after `onConnectionError(),` on a line whose [engine] tag is a category and carries no level (the day-first ddMMyy date is read since the session's rule for it)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[291126 07:41:16:204      0.118] [basic]\t App start time: \"Sun Nov 29 08:41:16 2026\""),
			we("2026-11-29T07:41:16.205Z", Unknown, "", "[291126 07:41:16:205      0.119] [basic]\t App version: \"v2.9.4\""),
			we("2026-11-29T07:41:16.241Z", Unknown, "", "[291126 07:41:16:241      0.155] [basic]\t Detected Firewall products: empty"),
			we("2026-11-29T07:41:19.870Z", Unknown, "", "[291126 07:41:19:870      3.784] [engine]\t ConnectionManager::onConnectionError(), error: 6"),
		},
	},
	{
		name:   "windscribe-debug-log-process-letter",
		source: "Windscribe desktop's merged debug log from Settings > Help, each line led by the letter of the process that wrote it (`G [270423 01:48:46:199      0.017] [basic]\\t App start time: …`): Windscribe/Desktop-App issue #88",
		why:    "a process letter and a space before the bracketed day-first time; the G is no level",
		entries: []worldEntry{
			we("2026-11-29T07:48:46.199Z", Unknown, "", "G [291126 07:48:46:199      0.017] [basic]\t App start time: \"Sun Nov 29 18:48:46 2026\""),
			we("2026-11-29T07:48:46.203Z", Unknown, "", "G [291126 07:48:46:203      0.021] [basic]\t Detected OpenVPN versions: QList(\"2.6.8\")"),
			we("2026-11-29T07:48:46.222Z", Unknown, "", "G [291126 07:48:46:222      0.040] [basic]\t GUI pid:  31877"),
			we("2026-11-29T07:48:47.015Z", Unknown, "", "G [291126 07:48:47:015      0.833] [basic]\t Platform: \"wayland\""),
		},
	},
	{
		name:   "windscribe-android-json-tm-lvl",
		source: "Windscribe Android app log as JSON lines with short keys (`{\"tm\":\"yyyy-MM-dd HH:mm:ss.SSS\",\"lvl\":\"info\",\"mod\":\"LoginScreen\",\"msg\":…}`): Windscribe/Android-App issue #69",
		why:    "the time under tm with no zone, the level under lvl, the module under mod",
		entries: []worldEntry{
			we("2026-11-29T07:41:20.890Z", Info, "", `{"tm":"2026-11-29 07:41:20.890","lvl":"info","mod":"LoginScreen","msg":"Trying to log in with provided credentials..."}`),
			we("2026-11-29T07:41:20.893Z", Debug, "", `{"tm":"2026-11-29 07:41:20.893","lvl":"debug","mod":"wsnet-wrapper","msg":"New curl request : https://api.example.net/Session"}`),
			we("2026-11-29T07:41:22.342Z", Warn, "", `{"tm":"2026-11-29 07:41:22.342","lvl":"warn","mod":"UnblockWgParamsRepository","msg":"Fetched 0 unblock wg params, keeping cached set"}`),
			we("2026-11-29T07:41:25.004Z", Error, "", `{"tm":"2026-11-29 07:41:25.004","lvl":"error","mod":"VpnController","msg":"WireGuard handshake timed out after 3 attempts"}`),
		},
	},
	{
		name:   "firezone-connlib-json-file-logger",
		source: "Firezone connlib's file logger, JSON in Google Cloud's layout (`{\"time\":\"…Z\",\"target\":…,\"logging.googleapis.com/sourceLocation\":{\"file\":…,\"line\":…},\"severity\":\"DEBUG\",\"message\":…}`): firezone/firezone PR #2058; the WARNING and ERROR severity words from memory (tracing-stackdriver's names)",
		why:    "an ISO-Z time under time, the level under severity after a nested source location object",
		entries: []worldEntry{
			we("2026-11-29T07:41:26.396615Z", Debug, "", `{"time":"2026-11-29T07:41:26.396615Z","target":"libs_common::session","logging.googleapis.com/sourceLocation":{"file":"connlib/libs/common/src/session.rs","line":"324"},"severity":"DEBUG","message":"Attempting connection to portal..."}`),
			we("2026-11-29T07:41:26.81204Z", Info, "", `{"time":"2026-11-29T07:41:26.81204Z","target":"libs_common::session","logging.googleapis.com/sourceLocation":{"file":"connlib/libs/common/src/session.rs","line":"351"},"severity":"INFO","message":"Connected to portal, waiting for init"}`),
			we("2026-11-29T07:41:31.100922Z", Warn, "", `{"time":"2026-11-29T07:41:31.100922Z","target":"firezone_tunnel::control_protocol","logging.googleapis.com/sourceLocation":{"file":"connlib/libs/tunnel/src/control_protocol.rs","line":"212"},"severity":"WARNING","message":"ICE candidate gathering slow for gateway 7c1e"}`),
			we("2026-11-29T07:41:40.004417Z", Error, "", `{"time":"2026-11-29T07:41:40.004417Z","target":"firezone_tunnel","logging.googleapis.com/sourceLocation":{"file":"connlib/libs/tunnel/src/lib.rs","line":"488"},"severity":"ERROR","message":"Failed to set up connection to gateway 7c1e: timeout"}`),
		},
	},
	{
		name:   "firezone-headless-client-tracing",
		source: "Firezone 1.x headless client on a terminal, tracing's default format (`2025-10-22T01:58:09.972Z  INFO firezone_headless_client: arch=\"x86_64\" version=\"1.5.5\"`): firezone/firezone PR #10677; the WARN and ERROR lines from memory",
		why:    "an ISO-Z time with milliseconds, two spaces, a right-aligned level, the Rust target and key=value fields",
		entries: []worldEntry{
			we("2026-11-29T07:58:09.972Z", Info, "", `2026-11-29T07:58:09.972Z  INFO firezone_headless_client: arch="x86_64" version="1.5.9"`),
			we("2026-11-29T07:58:10.271Z", Info, "", `2026-11-29T07:58:10.271Z  INFO phoenix_channel: Connected to portal host=api`),
			we("2026-11-29T07:58:10.369Z", Info, "", `2026-11-29T07:58:10.369Z  INFO firezone_tunnel::client: Activating resource name=wiki.corp.test address=wiki.corp.test sites=fra-gws`),
			we("2026-11-29T07:58:41.006Z", Warn, "", `2026-11-29T07:58:41.006Z  WARN phoenix_channel: Hiccup in portal connection error=connection reset backoff=1.2s`),
			we("2026-11-29T07:59:02.417Z", Error, "", `2026-11-29T07:59:02.417Z ERROR firezone_tunnel::client: Failed to resolve resource name=db.corp.test error=no gateway available`),
		},
	},
	{
		name:   "pritunl-client-gtk-legacy-terminal",
		source: "Pritunl's legacy GTK client run from a terminal (`[yyyy-MM-dd HH:mm:ss,SSS][INFO] msg`, then indented `key = value` lines; OpenVPN's ctime lines `Wed Mar 23 22:56:52 2016 OpenVPN 2.3.2 …` follow): pritunl/pritunl issue #298",
		why:    "a bracketed time with comma milliseconds glued to a bracketed level; an indented key = value block under it is one record; OpenVPN's ctime lines carry no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:37.185Z", Info, "",
				"[2026-11-29 07:41:37,185][INFO] Failed to sync conf, no subscription",
				"  server_id   = u'5f2a'",
				"  user_id     = u'9c01'",
				"  status_code = 480",
				"  sync_host   = u'https://vpn.corp.test:443'"),
			we("2026-11-29T07:41:52Z", Unknown, "", "Sun Nov 29 07:41:52 2026 OpenVPN 2.4.12 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] built on Mar 17 2026"),
			we("2026-11-29T07:41:52Z", Unknown, "", "Sun Nov 29 07:41:52 2026 Control Channel Authentication: tls-auth using INLINE static key file"),
			we("2026-11-29T07:42:03.44Z", Error, "",
				"[2026-11-29 07:42:03,440][ERROR] Profile connection failed",
				"  profile_id  = u'a77e'",
				"  exit_code   = 1"),
		},
	},
	{
		name:   "softether-packet-log-csv",
		source: "SoftEther VPN's packet_log, comma-separated (`2019-03-12,18:41:38.986,SID-SECURENAT-1,-,00AC4A95E51D,FFFFFFFFFFFF,0x0800,80,UDPv4,-,192.168.30.1,echo(7),…`): partout-io/tunnelkit issue #67",
		why:    "the date and the time are two comma-separated columns; the session id, MACs and the packet's addresses follow; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:38.986Z", Unknown, "", "2026-11-29,07:41:38.986,SID-SECURENAT-1,-,5E1A4C0B7D22,FFFFFFFFFFFF,0x0800,80,UDPv4,-,192.168.30.1,echo(7),192.168.30.255,echo(7),-,-,-,FFFFFFFFFFFF5E1A4C0B7D22080045000042"),
			we("2026-11-29T07:41:39.112Z", Unknown, "", "2026-11-29,07:41:39.112,SID-ALICE-[OPENVPN_L3]-7,-,5E1A4C0B7D22,02AC3F1E9A10,0x0800,60,TCPv4,-,192.168.30.14,51822,10.8.0.1,https(443),SYN,-,-,-"),
			we("2026-11-29T07:41:39.240Z", Unknown, "", "2026-11-29,07:41:39.240,SID-ALICE-[OPENVPN_L3]-7,-,02AC3F1E9A10,5E1A4C0B7D22,0x0806,42,ARPv4,-,10.8.0.1,-,192.168.30.14,-,-,-,-,-"),
			we("2026-11-29T07:41:40.005Z", Unknown, "", "2026-11-29,07:41:40.005,SID-SECURENAT-1,-,5E1A4C0B7D22,02AC3F1E9A10,0x0800,342,UDPv4,DHCPv4,192.168.30.1,bootps(67),192.168.30.14,bootpc(68),-,-,-,-"),
		},
	},
	{
		name:   "softether5-server-log-proto-module",
		source: "SoftEther VPN 5.x server_log with the Proto module's lines (`[OpenVPN] 192.168.122.100:47390 -> 0.0.0.0:1194 (UDP): Session created.`): SoftEtherVPN/SoftEtherVPN PR #1191; the server_log's `yyyy-MM-dd HH:mm:ss.SSS` prefix: partout-io/tunnelkit issue #67 and SoftEtherVPN/SoftEtherVPN issue #1403",
		why:    "a bracketed protocol tag right after the time, then the client's address and port, an arrow and the listener's: the tag is no level and the address is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.639Z", Unknown, "", "2026-11-29 07:41:16.639 [OpenVPN] 198.51.100.23:47390 -> 0.0.0.0:1194 (UDP): Session created."),
			we("2026-11-29T07:41:16.702Z", Unknown, "", "2026-11-29 07:41:16.702 [WireGuard] 203.0.113.77:51820 -> 0.0.0.0:51820 (UDP): Session created."),
			we("2026-11-29T07:41:18.245Z", Unknown, "", "2026-11-29 07:41:18.245 [HUB \"VPN\"] Session \"SID-BOB-[OPENVPN_L3]-4\": The session has been terminated. The statistical information is as follows: Total outgoing data size: 7363 bytes, Total incoming data size: 59203 bytes."),
			we("2026-11-29T07:41:26.673Z", Unknown, "", "2026-11-29 07:41:26.673 [OpenVPN] 198.51.100.23:47390 -> 0.0.0.0:1194 (UDP): Session deleted."),
		},
	},
}

func TestFresh829Formats(t *testing.T) { assertTable(t, fresh829Cases) }
func TestFresh829Score(t *testing.T) {
	checkScore(t, "fresh829 formats", fresh829Cases, [worldNumFields]float64{96.8, 99.9, 99.9, 99.9})
}
