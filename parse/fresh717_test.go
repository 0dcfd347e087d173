package parse

import "testing"

// The seven-hundred-and-seventeenth fresh table: remote desktop and screen sharing, the lines
// people attach to tickets when a VNC, RDP or NX session will not come up, in shapes no earlier
// table holds. Each family is one product's documented or observed output: KasmVNC's Xvnc log
// (a leading blank, an ISO date with comma milliseconds, `[INFO]`); RealVNC Server's log file
// (a syslog PRI, an ISO time with Z and the host before `vncserver-x11[pid]:`) and its syslog
// lines (`vncserver-x11[488,root]:`, the pid bracket naming the user); guacd in a container with
// no time and no host (`guacd[1]: INFO:<TAB>msg`) and the same under docker-compose behind the
// service column; gnome-remote-desktop in the journal, FreeRDP's wlog line inside it and the
// daemon's own `[RDP]` lines under the 15-character ident; xrdp run in the foreground (`xrdp -n`:
// the `logging configuration:` block, stamped lines and untimed stderr lines between them); and
// FreeNX's nxserver log (`[dd.MM HH:MM:SS.fff: pid/pid] msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`rustdesk`, `hbbs`, `hbbr`, `librustdesk`, `rustdesk-server`,
// `rendezvous_server`, `xrdp`, `sesman`, `xrdp-sesman`, `xrdp-chansrv`, `[xrdp_`, `SyslogLevel`,
// `logging configuration:`, `ssl_tls_print_error`, `guacd`, `guacamole`, `guacd[`, `guacd[1]`,
// `guacd        |`, `Guacamole proxy daemon`, `Listening on host`, `tigervnc`, `Xvnc`, `vncext`,
// `VNC extension`, `x0vncserver`, `vncviewer`, `CConn`, `SConnection`, `turbovnc`, `nomachine`,
// `nxserver`, `nxnode`, `NXSERVER`, `nxserver.log`, `NX>`, `NX SERVER START`, `HELLO NXSERVER`,
// `freenx`, `sunshine`, `moonlight`, `moonlight-embedded`, `Apollo`, `[2026:11:`, `Qt Info`,
// `x11vnc`, `Got connection from client`, `freerdp`, `com.freerdp`, `com.freerdp.core.rdp`,
// `wlfreerdp`, `remmina`, `rdesktop`, `[INFO ]`, `Connected to RDP`, `realvnc`, `vncserver-x11`,
// `vncserver`, `ServerManager:`, `Connections: connected`, `Connections: disconnected`,
// `<13> 2026`, `ultravnc`, `winvnc`, `tightvnc`, `tvnserver`, `kasm`, `kasmvnc`,
// `got client connection`, `websockify`, `new handler Process`, `krdp`, `org.kde.krdp`,
// `gnome-remote-desktop`, `gnome-remote-de[`, `grd_`, `anydesk`, `teamviewer`, `meshcentral`,
// `parsec`, `chrome remote`, `chrome-remote`, `spice`, `x2go`, `weston`, `neko`, `selkies`,
// `dwservice`, `weylus`, `barrier`, `deskflow`, `input-leap`, `synergy`, `sshx`, `tmate`,
// `teleport`, `rport`, `netbird`, `jump desktop`, `splashtop`, `supremo`, `dameware`, `bomgar`,
// `screenconnect`). None of KasmVNC, RealVNC Server, guacd's container output, the
// gnome-remote-desktop journal, xrdp's foreground console or FreeNX's nxserver log is in any table
// (`gnome-remote-desktop`, `nomachine` and `nxserver` appear only in other tables' grep lists;
// `<13> 2026` in fresh61's Aviatrix family, the same PRI-then-ISO layout from another product,
// so RealVNC's log file is a new product's output more than a new layout). Left out as measured already: RustDesk's
// flexi_logger files and its hbbs/hbbr servers, xrdp.log and xrdp-sesman.log, guacd in syslog, the
// Guacamole web application's log, TigerVNC's Xvnc log, x11vnc, Sunshine's two stamps,
// Moonlight-qt, FreeRDP's wlog on a console, Remmina, remote-viewer, wayvnc, AnyDesk, TeamViewer,
// Parsec, Chrome Remote Desktop, MeshCentral, X2Go, Xpra, noVNC's websockify. Left out as not
// confirmed by any search: NoMachine's own nxserver.log, TightVNC's tvnserver.log, UltraVNC's
// WinVNC.log, KDE's KRdp. The table holds 8 families, none of them resting on memory.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). KasmVNC's and xrdp's stamps have no zone and are taken as UTC; RealVNC's
// log file ends its ISO time in Z; the syslog and journal headers have no year (2026). FreeNX's
// `28.11 21:46:34.985` is day first with no year (2026). In the gnome-remote-desktop journal the
// journal's time and FreeRDP's inner time of day with milliseconds (`[07:41:16:204]`, on the
// journal's day) are both accepted. guacd's container lines carry no time: they must have none.
// Levels only where the line marks one: KasmVNC's `[INFO]` `[DEBUG]` `[ERROR]`, RealVNC's PRI
// (`<13>` notice, `<14>` info, `<11>` error), guacd's `INFO:` `WARNING:` `ERROR:` `DEBUG:`,
// FreeRDP's `[DEBUG]` `[WARN]` `[ERROR]` inside the journal line, xrdp's padded `[INFO ]`
// `[DEBUG]` `[ERROR]`; RealVNC's syslog lines, the daemon's `[RDP]` lines, xrdp's untimed stderr
// lines and FreeNX's lines (whose `NX> 105` codes are protocol numbers) carry none. The host is
// the record's host field: RealVNC's log-file host and the syslog and journal hosts; KasmVNC's and
// RealVNC's viewer addresses, guacd's `guacd[1]`, the compose service column, xrdp's client address
// and FreeNX's `Welcome to: nxgate` are no hosts. A record is one line in all eight families
// (none of them writes a multi-line record); xrdp's untimed stderr lines are records of their own,
// not continuations. xrdp's `logging configuration:` block is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); no layout here is from
// memory. Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit db42860 before any rule for it: level 96.4 %, time 96.4 %,
// host 96.4 %, records 94.6 %. That is the macro figure (micro: level 95.2 %, time 95.2 %, host
// 95.2 %, records 92.9 %), in a worktree at db42860 with no change to trawl's code (only this file
// and table_test.go's list), 7 of 8 families fully right; the gap is xrdp's foreground console,
// whose untimed stderr lines (`ssl_tls_print_error: …`) trawl joins to the stamped line above
// them instead of reading them as records of their own.

var fresh717Cases = []worldCase{
	{
		name:   "kasmvnc-xvnc-log-leading-space-comma-millis",
		source: "KasmVNC's Xvnc log (~/.vnc/<host>:<display>.log, each line ` yyyy-MM-dd HH:mm:ss,fff [LEVEL] Component: msg` with one leading blank): kasmtech/KasmVNC issues #152 and #227 pasting the log",
		why:    "a leading blank before an ISO date with comma milliseconds; the bracketed level word; `websocket 33:` and the client address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", " 2026-11-29 07:41:16,204 [INFO] websocket 41: got client connection from 10.40.7.19"),
			we("2026-11-29T07:41:16.205Z", Debug, "", " 2026-11-29 07:41:16,205 [DEBUG] websocket 41: using SSL socket"),
			we("2026-11-29T07:41:16.211Z", Info, "", ` 2026-11-29 07:41:16,211 [INFO] websocket 41: 10.40.7.19 10.40.7.19 marlow "GET /app/images/settings.svg HTTP/1.1" 200 2911`),
			we("2026-11-29T07:41:17.530Z", Info, "", " 2026-11-29 07:41:17,530 [INFO] VNCSConnST: Client pixel format depth 24 (32bpp) little-endian bgr888"),
			we("2026-11-29T07:43:02.118Z", Error, "", " 2026-11-29 07:43:02,118 [ERROR] VNCSConnST: closing 10.40.7.19::51734: Clean disconnection"),
		},
	},
	{
		name:   "realvnc-vncserver-log-pri-iso-host",
		source: "RealVNC Server's log file (/var/log/vncserver-x11.log and ~/.vnc/vncserver-x11.log: `<PRI> ISO-Z host vncserver-x11[pid]: Area: msg`): a fail2ban filter readme and a Raspberry Pi notes page found with find_string (`<13> 2023-07-02T17:50:30.774Z whitebox vncserver-x11[551]: Connections: disconnected: …`, `<14> … getUserPermissions: …`); help.realvnc.com 'All About Logging'",
		why:    "a syslog PRI before an ISO time with Z and the host: <13> is notice, <14> info, <11> error; the viewer's address:port is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "kestrel", "<13> 2026-11-29T07:41:16.204Z kestrel vncserver-x11[612]: ServerManager: Server started"),
			we("2026-11-29T07:41:18.930Z", Info, "kestrel", "<14> 2026-11-29T07:41:18.930Z kestrel vncserver-x11[612]: getUserPermissions: Permissions for dora are [f]"),
			we("2026-11-29T07:41:18.934Z", Notice, "kestrel", "<13> 2026-11-29T07:41:18.934Z kestrel vncserver-x11[612]: Connections: connected: 10.12.0.44::50218 (TCP)"),
			we("2026-11-29T07:52:40.007Z", Notice, "kestrel", "<13> 2026-11-29T07:52:40.007Z kestrel vncserver-x11[612]: Connections: disconnected: 10.12.0.44::50218 (TCP) ([ViewerClosed] VNC Viewer closed)"),
			we("2026-11-29T08:03:11.552Z", Error, "kestrel", "<11> 2026-11-29T08:03:11.552Z kestrel vncserver-x11[612]: ConsoleDisplay: Cannot find a running X server on vt1"),
		},
	},
	{
		name:   "realvnc-vncserver-x11-syslog-pid-comma-user",
		source: "RealVNC Server in Service Mode logging to syslog (/var/log/syslog, `Mon dd HH:MM:SS host vncserver-x11[pid,user]: Area: msg`, or `[pid]` in the journal): a fail2ban filter gist and RealVNC forum posts found with find_string (`vncserver-x11[445,root]: Connections: disconnected: …`, `vncserver-x11[1275,root]: VendorConfig: …`)",
		why:    "the pid bracket also names the user (`[445,root]`); no level; the host is the syslog header's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "pi-lab3", "Nov 29 07:41:16 pi-lab3 vncserver-x11[488,root]: ServerManager: Server started"),
			we("2026-11-29T07:41:17Z", Unknown, "pi-lab3", "Nov 29 07:41:17 pi-lab3 vncserver-x11[488,root]: ConsoleDisplay: Found running X server (pid=701, binary=/usr/lib/xorg/Xorg)"),
			we("2026-11-29T07:45:03Z", Unknown, "pi-lab3", "Nov 29 07:45:03 pi-lab3 vncserver-x11[488,root]: Connections: disconnected: 10.3.1.77::61022 (TCP) ([AuthFailure] Either the username was not recognised, or the password was incorrect)"),
			we("2026-11-29T07:46:29Z", Unknown, "pi-lab3", "Nov 29 07:46:29 pi-lab3 vncserver-x11[488,root]: Connections: connected: 10.3.1.77::61040 (TCP)"),
		},
	},
	{
		name:   "guacd-docker-logs-no-time",
		source: "Apache Guacamole guacd in the guacamole/guacd container (`docker logs guacd`: `guacd[pid]: LEVEL:<TAB>msg`, no time, no host): guacd's own log handler writing to stderr in foreground; READMEs and issue threads found with find_string (`guacd[1]: INFO:\\tCreating new client for protocol \"vnc\"`, `guacd[8]: INFO:\\tCursor rendering: local`)",
		why:    "no time and no host at all; the level word before a colon and a tab; `guacd[1]` is the program and pid, not a host",
		entries: []worldEntry{
			we("", Info, "", "guacd[1]: INFO:\tGuacamole proxy daemon (guacd) version 1.6.0 started"),
			we("", Info, "", "guacd[1]: INFO:\tListening on host 0.0.0.0, port 4822"),
			we("", Info, "", "guacd[1]: INFO:\tCreating new client for protocol \"rdp\""),
			we("", Info, "", "guacd[1]: INFO:\tConnection ID is \"$3f0c9a52-7be1-4d06-a1c3-58e2d94b07aa\""),
			we("", Error, "", "guacd[14]: ERROR:\tServer refused connection (wrong security type?)"),
			we("", Warn, "", "guacd[14]: WARNING:\tUnable to load keymap \"xx-xx-qwerty\""),
		},
	},
	{
		name:   "guacd-docker-compose-logs-service-prefix",
		source: "guacd under docker-compose (`docker-compose logs -f`: the service name padded and a bar, then `guacd[pid]: LEVEL:<TAB>msg`): a Guacamole reverse-proxy write-up found with find_string (`guacd        | guacd[1]: INFO:\\tConnection \"$…\" removed.`)",
		why:    "the compose service column before the line is no host; no time; the level after the program's pid",
		entries: []worldEntry{
			we("", Info, "", "guacd        | guacd[1]: INFO:\tCreating new client for protocol \"vnc\""),
			we("", Info, "", "guacd        | guacd[1]: INFO:\tConnection ID is \"$9d1e6b70-2c44-4f8a-b3d9-0e57a1c2f861\""),
			we("", Info, "", "guacd        | guacd[23]: INFO:\tUser \"@71b2e0c4-55aa-4e3c-9f10-8c6d2a4b3e19\" joined connection \"$9d1e6b70-2c44-4f8a-b3d9-0e57a1c2f861\" (1 users now present)"),
			we("", Debug, "", "guacd        | guacd[23]: DEBUG:\tRequested clipboard encoding: \"ISO8859-1\""),
			we("", Info, "", "guacd        | guacd[1]: INFO:\tConnection \"$9d1e6b70-2c44-4f8a-b3d9-0e57a1c2f861\" removed."),
		},
	},
	{
		name:   "gnome-remote-desktop-journal-freerdp-wlog-inner",
		source: "gnome-remote-desktop-daemon in the journal (`journalctl` short: `Mon dd HH:MM:SS host gnome-remote-desktop-daemon[pid]: …`, FreeRDP's wlog line `[HH:MM:SS:fff] [pid:tid] [LEVEL][com.freerdp.x] - [func]: msg` inside, and the daemon's own `[RDP] …` lines under the ident cut to 15 characters `gnome-remote-de`): theCapypara/field-monitor issue #53 pasting the journal",
		why:    "the wlog's bracketed level inside a journal line; the inner time of day with milliseconds after a colon and the journal's time both accepted; a line of the daemon's own carries no level; the host is the journal's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204Z", Debug, "lab-ws07", "Nov 29 07:41:16 lab-ws07 gnome-remote-desktop-daemon[20417]: [07:41:16:204] [20417:00004fc1] [DEBUG][com.freerdp.core.rdp] - [rdp_server_transition_to_state][0x5611e0a2c4d0]: CONNECTION_STATE_NEGO --> CONNECTION_STATE_NLA"),
			we("2026-11-29T07:41:16Z", Unknown, "lab-ws07", "Nov 29 07:41:16 lab-ws07 gnome-remote-de[20417]: [RDP] Network Autodetection: RTT 12 ms, bandwidth estimation enabled"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.031Z", Warn, "lab-ws07", "Nov 29 07:41:17 lab-ws07 gnome-remote-desktop-daemon[20417]: [07:41:17:031] [20417:00004fc1] [WARN][com.freerdp.core.nego] - [nego_process_negotiation_request]: client requested unsupported protocols 0x00000008"),
			we("2026-11-29T07:41:17Z", Unknown, "lab-ws07", "Nov 29 07:41:17 lab-ws07 gnome-remote-de[20417]: Activating client"),
			we("2026-11-29T07:58:02Z|2026-11-29T07:58:02.660Z", Error, "lab-ws07", "Nov 29 07:58:02 lab-ws07 gnome-remote-desktop-daemon[20417]: [07:58:02:660] [20417:00004fc3] [ERROR][com.freerdp.core.transport] - [transport_read_layer]: BIO_read returned a system error 104: Connection reset by peer"),
		},
	},
	{
		name:   "xrdp-foreground-n-console-config-header-bare-lines",
		source: "xrdp and xrdp-sesman run in the foreground (`xrdp -n`, `xrdp-sesman -ns`): the `logging configuration:` block, then `[yyyyMMdd-HH:MM:SS] [LEVEL] msg` lines mixed with untimed stderr lines of the TLS and MCS code: neutrinolabs/xrdp pull request #963 and scarygliders/X11RDP-o-Matic issue #72 pasting the console",
		why:    "the configuration block is fed but not scored; the untimed stderr lines between stamped lines are records of their own with no time and no level, not continuations",
		entries: []worldEntry{
			wskip("logging configuration:", "\tLogFile:       /var/log/xrdp.log", "\tLogLevel:      4", "\tEnableSyslog:  1", "\tSyslogLevel:   4"),
			we("2026-11-29T07:41:16Z", Info, "", "[20261129-07:41:16] [INFO ] starting xrdp with pid 30112"),
			we("2026-11-29T07:41:16Z", Info, "", "[20261129-07:41:16] [INFO ] listening to port 3389 on 0.0.0.0"),
			we("2026-11-29T07:44:52Z", Info, "", "[20261129-07:44:52] [INFO ] Socket 12: AF_INET connection received from 10.8.3.61 port 52877"),
			we("2026-11-29T07:44:52Z", Debug, "", "[20261129-07:44:52] [DEBUG] Security layer: requested 11, selected 1"),
			we("", Unknown, "", "ssl_tls_print_error: SSL_read: I/O error"),
			we("", Unknown, "", "xrdp_process_main_loop: libxrdp_process_incoming failed"),
			we("2026-11-29T07:44:53Z", Error, "", "[20261129-07:44:53] [ERROR] Listening socket is in wrong state, terminating listener"),
		},
		gap: "the untimed stderr lines between stamped lines (`ssl_tls_print_error: …`, `xrdp_process_main_loop: …`) are not read as records of their own: they are joined as continuation lines to the stamped record before them",
	},
	{
		name:   "freenx-server-nxserver-log-day-month-bracket",
		source: "FreeNX server's nxserver log (/var/log/nxserver.log with NX_LOG_LEVEL set: `[dd.MM HH:MM:SS.fff: pid/pid] msg`, day first, no year, no level): dimbor-ru/freenx-server issue #3 pasting the log block of a connection",
		why:    "a day-first day.month with no year and milliseconds after a dot, then `pid/pid` before the bracket closes; `NX>` protocol codes and the client address are no level and no host",
		entries: []worldEntry{
			we("2026-11-28T21:46:34.985Z", Unknown, "", "[28.11 21:46:34.985: 40213/40213] -- NX SERVER START: -c /usr/bin/nxserver - ORIG_COMMAND="),
			we("2026-11-28T21:46:34.986Z", Unknown, "", "[28.11 21:46:34.986: 40213/40213] HELLO NXSERVER - Version 3.5.0-2.1.1-CE OS (GPL, using backend: 3.5.99.27)"),
			we("2026-11-28T21:46:35.112Z", Unknown, "", "[28.11 21:46:35.112: 40213/40213] NX> 105 login"),
			we("2026-11-28T21:46:35.240Z", Unknown, "", "[28.11 21:46:35.240: 40213/40213] NX> 103 Welcome to: nxgate user: hedda"),
			we("2026-11-28T21:46:37.503Z", Unknown, "", "[28.11 21:46:37.503: 40213/40377] NX> 1009 Session status: starting"),
		},
	},
}

func TestFresh717Formats(t *testing.T) { assertTable(t, fresh717Cases) }

func TestFresh717Score(t *testing.T) {
	checkScore(t, "fresh717 formats", fresh717Cases, [worldNumFields]float64{96.3, 96.3, 96.3, 94.5})
}
