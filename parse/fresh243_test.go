package parse

import "testing"

// The two-hundred-and-forty-third fresh table, written on 2026-12-05: desktop and end-user client
// programs' own logs as support staff collect them, in shapes no earlier table holds. Each family
// is one product's documented or observed output: Steam's connection_log.txt (a `[0,0]`/`[1,11]`
// pair after the bracketed time); Zoom's ~/.zoom/logs/zoom_stdout_stderr.log on Linux (the
// launcher's and client's untimed stdout and stderr); Tailscale's logtap stream (`tailscale debug
// localapi GET logtap`: one JSON object a line, the time nested in logtail.client_time); the NordVPN
// daemon in the journal (Go's log time and a `[Info]`/`[Debug]` tag inside a BSD journal line);
// Docker Desktop 2.x's log.txt on Windows (a bare time of day, then padded component and level
// brackets, a logrus line nested in some); the community protonvpn-cli 2.x log and the official
// protonvpn-nm-lib log (em-dash separated columns, a multi-line arguments dump); and the OpenVPN 3
// core's client log as an app embedding it shows it (untimed, multi-line option and peer-info
// blocks).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`proxifier`, `openvpn`, `wireguard`, `tailscale`, `logtail`, `client_time`,
// `"logtail":{`, `zoom`, `zoom_stdout`, `ZoomLauncher`, `CZPClientLogMgr`, `Linux Client Version`,
// `zypak`, `teams`, `slack`, `vscode`, `vs code`, `exthost`, `[info] >`, `git status -z`, `Info  -`,
// `AM] `, `steam`, `content_log`, `connection_log`, `] [0,0]`, `] [1,`, `SetSteamID`, `shader_log`,
// `remote_connections`, `webhelper`, `cef_log`, `chrome_debug`, `.cc(`, `VERBOSE1`, `moz_log`,
// `MOZ_LOG`, `dropbox`, `onedrive`, `SyncDiagnostics`, `docker desktop`, `docker-desktop`,
// `com.docker`, `com.docker.backend`, `ApiProxy`, `][ApiProxy`, `[Info   ]`, `[Warning]`, `idea.log`,
// `jetbrains`, `electron`, `nordvpnd`, `[Debug] [moose]`, `proton`, `protonvpn`, ` — INFO — `,
// ` — DEBUG — `, `mullvad`, `mullvad_daemon`, `[mullvad`, `globalprotect`, `PanGPS`, `anyconnect`,
// `forticlient`, `openfortivpn`, `discord`, `spotify`, `thunderbird`, `nextcloud.sync`, `syncthing`,
// `obs-studio`, `Citrix`, `pritunl`). Tailscale is in fresh12, fresh141, fresh162 and fresh200
// (tailscaled's Go log, containerboot, derper); the logtap JSON is in none. OpenVPN is in many
// tables (2.x logs, status files, the Connect app's `HH:mm:ss.SSS --` log, openvpn3-linux); the 3.x
// core's untimed client log is in none. Docker Desktop is in fresh23, fresh160, fresh163 and fresh201
// (the 4.x backend's ISO-stamped `[..][component][L]` lines); ApiProxy appears in fresh23 only as a
// component name there, and 2.x's log.txt with its time of day and padded brackets is in none. Steam
// is in many tables (content_log, bootstrap, cloud, workshop, compat, steamcmd), connection_log by
// name only in other shapes; its `[0,0]` lines are in none. Zoom is in fresh19, fresh63, fresh145,
// fresh158 and fresh195 as other products' or other shapes (a cable modem, the Zoom API); its Linux
// stdout/stderr file is in none. ProtonVPN appears only as a word in other tables; its Linux logs are
// in none; NordVPN is in none. Left out as measured already: Proxifier (world_test, fresh110,
// fresh151, fresh181), WireGuard's clients (fresh12, fresh13, fresh16, fresh59, fresh84, fresh139),
// Teams classic and new (fresh91 and others), Slack desktop, VS Code's main, shared-process, legacy
// and remote logs (fresh7, fresh91, fresh98, fresh195), Chromium's chrome_debug.log layout (many
// tables), Firefox MOZ_LOG timed and untimed (fresh7, fresh195), OneDrive (fresh91), IntelliJ's
// idea.log (fresh8, fresh33, fresh38), Mullvad (fresh59). For OneDrive's SyncDiagnostics.log, Zoom's
// Windows and macOS logs and Tailscale's Windows log files no layout could be confirmed with the
// search tool, so they are not here. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Docker Desktop 2.x's time of day is on worldNow's day; its nested logrus
// time and the journal header around nordvpnd's own time both carry the record's time, so either is
// accepted. Zoom's stdout/stderr file and the OpenVPN 3 core's log carry no time. Levels only where
// the line marks one: nordvpnd's `[Info]`/`[Debug]` (its `[NC]` and `[moose]` are subsystems, and its
// untagged setting lines have none), Docker Desktop's level bracket, protonvpn's level column; Steam,
// Zoom, Tailscale's logtap text and the OpenVPN core have none. The host is the record's host field:
// the journal header's name; a Steam CM server, a VPN gateway or a DERP region named in a message is
// a peer. A record that spans lines is one entry: protonvpn-cli's `Arguments` with its dict on the
// next line, the OpenVPN core's `UNUSED OPTIONS` and `Peer Info:` blocks.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d57b6ac before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 95.8 %.
// That is the macro figure (micro: level 100.0 %, time 91.1 %, host 100.0 %, records 95.6 %), in a
// worktree at d57b6ac with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are the nested time of Tailscale's logtap JSON and the record
// boundaries of the OpenVPN 3 core's untimed option and peer-info blocks.

var fresh243Cases = []worldCase{
	{
		name:   "steam-connection-log-cm-pair",
		source: "Steam client's logs/connection_log.txt (`[yyyy-MM-dd HH:mm:ss] [a,b] msg`, the pair a connection and attempt counter): ValveSoftware/steam-for-linux issue #7142 (a pasted connection_log)",
		why:    "a bracketed comma pair after the bracketed time is no level and no host; the CM server names in the message are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] [1,11] Connect() starting connection (eNetQOSLevelLow, cm2-fra1.cm.steampowered.com:443, WebSocket)"),
			we("2026-11-29T07:42:16Z", Unknown, "", "[2026-11-29 07:42:16] [1,0] ConnectFailed('Connection Failed':0) (0.0.0.0:0, WebSocket)"),
			we("2026-11-29T07:42:16Z", Unknown, "", "[2026-11-29 07:42:16] [0,0] StartAutoReconnect() will start in 37 seconds"),
			we("2026-11-29T07:42:53Z", Unknown, "", "[2026-11-29 07:42:53] [0,0] Server says 50% of connections should be websockets, we rolled 18 - using WebSockets as default."),
			we("2026-11-29T07:42:53Z", Unknown, "", "[2026-11-29 07:42:53] [0,0] Existing WebSocket ping data (cm3-ams1.cm.steampowered.com:27020) results: 21.0000ms + load 44.0000 (3120 seconds ago)"),
		},
	},
	{
		name:   "zoom-linux-stdout-stderr-untimed",
		source: "Zoom for Linux's ~/.zoom/logs/zoom_stdout_stderr.log (the launcher's and the client's stdout/stderr, no times): flathub/us.zoom.Zoom issues #246 and #377, ogra1/zoom-snap issue #120, Botspot/pi-apps issue #1404",
		why:    "a file with no times at all: every record has Time 0; a MAC address, bracketed key: value fields and a Qt category are no level and no host",
		entries: []worldEntry{
			we("", Unknown, "", "ZoomLauncher started."),
			we("", Unknown, "", "Zoom path is: /opt/zoom"),
			we("", Unknown, "", "Start subprocess: /opt/zoom/zoom sucessfully,  process pid: 48213"),
			we("", Unknown, "", "zoom started."),
			we("", Unknown, "", "[CZPClientLogMgr::LogClientEnvironment] [MacAddr: 02:1A:7C:4E:90:B3][client: Linux][OS:  Ubuntu 24.04.1 LTS x64][Hardware: CPU Core:8 Frenquency:3.2 G Memory size:15872MB CPU Brand:AMD Ryzen 7 5800U with Radeon Graphics GPU Brand:][Req ID: ]"),
			we("", Unknown, "", "Linux Client Version is 6.2.11.5069"),
			we("", Unknown, "", "qt.scenegraph.general: Using sg animation driver"),
		},
	},
	{
		name:   "tailscale-logtap-json",
		source: "Tailscale's logtap stream (`tailscale debug localapi GET logtap`, one JSON object a line: `{\"logtail\":{\"client_time\":…,\"proc_id\":…,\"proc_seq\":…},\"text\":\"…\\n\"}`): tailscale/tailscale issue #19874",
		why:    "the time is nested one object down (logtail.client_time), the message is a text field ending in an escaped newline; DERP regions and peers in the text are no host",
		gap:    "trawl reads no time from the nested logtail.client_time field: every record comes out with Time 0",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.974092Z", Unknown, "", `{"logtail":{"client_time":"2026-11-29T07:41:16.974092Z","proc_id":2817364409,"proc_seq":48211},"text":"magicsock: closing connection to derp-9 (idle), age 2m4s\n"}`),
			we("2026-11-29T07:41:17.20411Z", Unknown, "", `{"logtail":{"client_time":"2026-11-29T07:41:17.20411Z","proc_id":2817364409,"proc_seq":48212},"text":"wgengine: Reconfig: configuring userspace WireGuard config (with 2/9 peers)\n"}`),
			we("2026-11-29T07:41:17.31877Z", Unknown, "", `{"logtail":{"client_time":"2026-11-29T07:41:17.31877Z","proc_id":2817364409,"proc_seq":48213},"text":"magicsock: derp-9 connected; connGen=3\n"}`),
			we("2026-11-29T07:41:19.002518Z", Unknown, "", `{"logtail":{"client_time":"2026-11-29T07:41:19.002518Z","proc_id":2817364409,"proc_seq":48214},"text":"control: NetInfo: NetInfo{varies=false hairpin=false ipv6=false udp=true derp=#9 portmap=} \n"}`),
		},
	},
	{
		name:   "nordvpnd-journal-go-log",
		source: "NordVPN for Linux's daemon in the journal (`MMM dd HH:mm:ss host nordvpnd[pid]: yyyy/MM/dd HH:mm:ss [Level] msg`, some lines untagged): NordSecurity/nordvpn-linux issues #1364 and #1276",
		why:    "Go's log time inside a BSD journal line; `[Info]`/`[Debug]` are levels, `[NC]` and `[moose]` are subsystems, the untagged setting lines have none; the host is the journal's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "thinkpad-k7", "Nov 29 07:41:16 thinkpad-k7 nordvpnd[2897]: 2026/11/29 07:41:16 [Info] Daemon has started"),
			we("2026-11-29T07:41:16Z", Info, "thinkpad-k7", "Nov 29 07:41:16 thinkpad-k7 nordvpnd[2897]: 2026/11/29 07:41:16 [Info] Detected package type: deb"),
			we("2026-11-29T07:41:16Z", Unknown, "thinkpad-k7", "Nov 29 07:41:16 thinkpad-k7 nordvpnd[2897]: 2026/11/29 07:41:16 Kill Switch set to: disabled"),
			we("2026-11-29T07:44:02Z", Debug, "thinkpad-k7", "Nov 29 07:44:02 thinkpad-k7 nordvpnd[2897]: 2026/11/29 07:44:02 [Debug] [moose] flushing changes"),
			we("2026-11-29T07:44:02Z", Unknown, "thinkpad-k7", "Nov 29 07:44:02 thinkpad-k7 nordvpnd[2897]: 2026/11/29 07:44:02 [NC] stopped NC management loop"),
			we("2026-11-29T07:44:02Z", Unknown, "thinkpad-k7", "Nov 29 07:44:02 thinkpad-k7 systemd[1]: nordvpnd.service: Deactivated successfully."),
		},
	},
	{
		name:   "docker-desktop-2-windows-log-txt",
		source: "Docker Desktop 2.x for Windows' log.txt (`[HH:mm:ss.SSS][Component padded][Level padded] msg`, levels Info and Warning; Error from memory), some ApiProxy lines carrying a logrus time=/msg= pair: docker/for-win issues #6850, #8317, #2471 and #9103",
		why:    "a bare time of day (on the clock's day) in a bracket, then a padded component and a padded level bracket; a nested logrus time; a literal \\n at the end of the proxy lines",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.39Z", Info, "", `[07:41:16.390][ApiProxy          ][Info   ] proxy >> GET /v1.24/events\n`),
			we("2026-11-29T07:41:16.392Z", Info, "", `[07:41:16.392][ApiProxy          ][Info   ] proxy << GET /v1.24/events (5m0.0017204s)\n`),
			we("2026-11-29T07:41:18.104Z", Info, "", "[07:41:18.104][SegmentApi        ][Info   ] Usage statistic: heartbeat"),
			we("2026-11-29T07:41:19.319Z", Warn, "", "[07:41:19.319][ApiProxy          ][Warning] ignored error: The handle is invalid."),
			we("2026-11-29T07:41:31.528Z|2026-11-29T07:41:31Z", Info, "", `[07:41:31.528][ApiProxy       ][Info   ] time="2026-11-29T07:41:31Z" msg="proxy >> POST /v1.38/containers/create\n"`),
			we("2026-11-29T07:41:40.002Z", Error, "", "[07:41:40.002][VpnKit          ][Error  ] vpnkit.exe: Process died"),
		},
	},
	{
		name:   "protonvpn-cli-community-log",
		source: "the community protonvpn-cli 2.x's ~/.pvpn-cli/pvpn-cli.log (`yyyy-MM-dd HH:mm:ss,SSS — protonvpn-cli — LEVEL — func:line — msg`, the arguments dict on the line below): Rafficer/linux-cli-community issue #219; the ERROR line from memory",
		why:    "em-dash separated columns with a comma millisecond; the level is the third column; a multi-line record whose second line is a Python dict",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.113Z", Debug, "", "2026-11-29 07:41:16,113 — protonvpn-cli — DEBUG — cli:84 — ###########################"),
			we("2026-11-29T07:41:16.114Z", Debug, "", "2026-11-29 07:41:16,114 — protonvpn-cli — DEBUG — cli:85 — ### NEW PROCESS STARTED ###"),
			we("2026-11-29T07:41:16.127Z", Debug, "",
				"2026-11-29 07:41:16,127 — protonvpn-cli — DEBUG — cli:92 — Arguments",
				"{'--cc': 'NL', '--fastest': False, '--help': False, '--p2p': False, '--random': False, '--sc': False, '--tor': False, '--version': False, '-p': None, '<servername>': None, 'c': True, 'connect': False, 'd': False, 'disconnect': False, 'r': False, 's': False, 'status': False}"),
			we("2026-11-29T07:41:16.173Z", Debug, "", "2026-11-29 07:41:16,173 — protonvpn-cli — DEBUG — country_f:201 — Starting country connect"),
			we("2026-11-29T07:41:16.174Z", Debug, "", "2026-11-29 07:41:16,174 — protonvpn-cli — DEBUG — disconnect:307 — Initiating disconnect"),
			we("2026-11-29T07:41:29.902Z", Error, "", "2026-11-29 07:41:29,902 — protonvpn-cli — ERROR — openvpn_connect:412 — [!] Error connecting to VPN."),
		},
	},
	{
		name:   "protonvpn-nm-lib-log",
		source: "ProtonVPN's protonvpn-nm-lib 3.x log (~/.cache/protonvpn/logs/protonvpn.log: `yyyy-MM-dd HH:mm:ss,SSS — file.py — LEVEL — func:line — msg`): ProtonVPN/linux-cli issue #86",
		why:    "em-dash columns with the source file name where the logger name would be; quoted hashes and class names in the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.081Z", Info, "", "2026-11-29 07:41:16,081 — connection_backend.py — INFO — get_backend:14 — Connection backend: <class 'protonvpn_nm_lib.core.connection_backend.nm_client.nm_client.NetworkManagerClient'>"),
			we("2026-11-29T07:41:16.082Z", Info, "", `2026-11-29 07:41:16,082 — dbus_reconnect.py — INFO — get_hash_from_template:192 — Template hash "4a1f0c9e7b2d63a85e1c0f4b9d7a2e6c3b8f1d0a5e9c7b2a4d6f8e1c3b5a7d9f"`),
			we("2026-11-29T07:41:16.082Z", Info, "", "2026-11-29 07:41:16,082 — nm_client.py — INFO — __get_protonvpn_connection:217 — VPN connection: None"),
			we("2026-11-29T07:41:17.27Z", Info, "", "2026-11-29 07:41:17,270 — default.py — INFO — address:45 — Saved IP to metadata"),
			we("2026-11-29T07:41:17.286Z", Info, "", "2026-11-29 07:41:17,286 — api.py — INFO — setup_connection:134 — Appended server label."),
		},
	},
	{
		name:   "openvpn3-core-untimed-client-log",
		source: "the OpenVPN 3 core's client log as an app embedding it shows it (no time prefix; multi-line messages such as UNUSED OPTIONS and Peer Info: written as one): OpenVPN/openvpn3 issue #95",
		why:    "no times; a heading line followed by numbered option lines or IV_ key=value lines is one record; the gateway named in Contacting is a peer",
		gap:    "trawl splits the untimed multi-line blocks line by line: `UNUSED OPTIONS` and each numbered `5 [resolv-retry] [infinite]` line, `Peer Info:` and each `IV_…=` line come out as records of their own",
		entries: []worldEntry{
			we("", Unknown, "", "OpenVPN core 3.9_git:released win x86_64 64-bit"),
			we("", Unknown, "", "Frame=512/2048/512 mssfix-ctrl=1250"),
			we("", Unknown, "",
				"UNUSED OPTIONS",
				"5 [resolv-retry] [infinite]",
				"6 [nobind]",
				"10 [verb] [3]"),
			we("", Unknown, "", "Contacting 203.0.113.71:1194 via UDP"),
			we("", Unknown, "",
				"Peer Info:",
				"IV_VER=3.9_git:released",
				"IV_PLAT=win",
				"IV_NCP=2",
				"IV_PROTO=990"),
			we("", Unknown, "", "Session is ACTIVE"),
		},
	},
}

func TestFresh243Formats(t *testing.T) { assertTable(t, fresh243Cases) }
func TestFresh243Score(t *testing.T) {
	checkScore(t, "fresh243 formats", fresh243Cases, [worldNumFields]float64{99.9, 87.4, 99.9, 95.7})
}
