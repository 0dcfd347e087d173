package parse

import "testing"

// The two-hundred-and-sixty-sixth fresh table, written on 2026-12-05: a Linux desktop's and
// workstation's session and hardware services, as files, as their own consoles print them and as
// journalctl prints them, shapes no earlier table holds. Each family is one product's documented or
// observed output: Xorg.0.log as GDM keeps it in ~/.local/share/xorg, from the `Log file renamed`
// line through the banner (untimed lines under a bare `[ uptime] ` stamp), the Markers legend with
// its tab-indented lines and the `(==) Log file: …, Time:` line, to the fatal `no screens found`
// ending (the untimed `Fatal server error:` and `Please consult …` lines under their `(EE) ` line);
// GNOME Shell in `journalctl -o verbose` (GLib's structured fields, a JS ERROR whose stack is
// printed under the MESSAGE= column); gnome-session in the journal, each warning twice, once
// through syslog and once through the LOG_PERROR copy on the stderr the journal keeps under the
// wrapper's name; KWin as Plasma 6's plasma-kwin_wayland.service in `journalctl --user -o
// with-unit` (the user manager's unit and the user unit joined by a slash, CET); PipeWire 1.2 on a
// terminal with its default local time of day; NetworkManager in `journalctl -o json` with its own
// NM_ fields and the `<level>  [epoch]` inside MESSAGE; wpa_cli's interactive mode with the
// supplicant's own `<N>` message levels; bluetoothd run in the foreground (`-n -d`), its syslog
// lines copied to stderr; CUPS' error_log at the default LogLevel when a failed job dumps its debug
// history; and PackageKit's transaction history as `pkcon get-transactions` prints it.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`xorg`, `Xorg.0`, `(II)`, `(EE)`, `(WW)`, `(==)`, `(--)`, `(**)`, `(NI)`, `Markers:`,
// `Fatal server error`, `no screens found`, `X.Org X Server`, `Log file renamed`, `wiki.x.org`,
// `Server terminated with error`, `gnome-shell`, `gnome-session`, `gnome-session-binary`,
// `GnomeDesktop-WARNING`, `gdm-log`, `JS ERROR`, `MESSAGE=JS`, `GLIB_DOMAIN`, `CODE_FUNC=`,
// `_SOURCE_REALTIME`, `org.gnome.Shell@`, `o verbose`, `kwin`, `plasma`, `kwin_wayland`,
// `plasma-kwin`, `kwin_wayland_drm`, `with-unit`, `user@1000.service/`, `pipewire`, `wireplumber`,
// `[W][`, `[E][`, `pw.conf`, `mod.protocol-native`, `spa.bluez5`, `log.timestamp`,
// `NetworkManager`, `nm-dispatcher`, `NM_LOG_LEVEL`, `NM_DEVICE`, `"_HOSTNAME":`, `o json`,
// `wpa_supplicant`, `wpa_cli`, `<3>CTRL`, `<4>Failed`, `Interactive mode`, `bluetoothd`,
// `bluetoothd[`, `src/adapter.c`, `LOG_PERROR`, `cups`, `error_log`, `page_log`,
// `messages were recorded`, `End of messages`, `LogDebugHistory`, `time-at-processing`,
// `printer-state-reasons`, `fwupd`, `fwupdmgr`, `FuEngine`, `packagekit`, `packagekitd`,
// `get-transactions`, `Transaction: /`, `Affected packages`, `Real name`, `gdm`, `gdm-`, `flatpak`,
// `sddm`, `lightdm`). Xorg.0.log is in holdout_test.go (the `[ uptime] (XX)` lines) and fresh71
// (Xorg under gdm-x-session in the journal); its banner, its Markers legend, the Log file line with
// its Time and the fatal ending are in none. GNOME Shell is in fresh12 (GLib's stderr), fresh17 and
// fresh71 (the JS stack in short-iso-precise); its verbose records are in none. gnome-session is in
// fresh67 only as a syslog tag; its doubled journal lines are in none. KWin is in fresh71
// (short-precise); with-unit is in none. PipeWire is in fresh22 (the monotonic `[L][sssss.uuuuuu]`
// stamp) and fresh71 (pipewire-pulse in the journal); the local-time default of 1.2 is in none.
// NetworkManager is in world_test.go, fresh_test.go, fresh74, fresh90, fresh111 and fresh164
// (syslog, short-precise, short-iso-precise, -o cat); its JSON records are in none. wpa_supplicant
// is in holdout_test.go, fresh71, fresh90, fresh129 (file, syslog, journal, logcat); wpa_cli is in
// none. bluetoothd is in fresh21 (short-precise); its foreground stderr is in none. CUPS' error_log
// is in holdout_test.go and fresh71 (standard and usecs), page_log in fresh8, access_log in fresh41;
// the debug-history dump is in none. PackageKit is in fresh71, fresh84, fresh111 and fresh244
// (packagekitd's console, pkcon's progress, syslog, the journal); its transaction history is in
// none. Left out as measured already: fwupd (fresh32, fresh105), GDM (fresh33, fresh71, fresh111),
// Flatpak (fresh71), WirePlumber (fresh71), SDDM and LightDM (fresh35, fresh71, fresh83). The table
// holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Xorg's `[    21.406]` is seconds since the server started, no time: its
// only clock is the `Time:` of the Log file line (ctime without a zone, so UTC), and the kernel's
// build date in `Current Operating System:` is no time of the record. journalctl's verbose header
// and with-unit stamp name CET and are converted; the verbose header is the journal's receive
// time and _SOURCE_REALTIME_TIMESTAMP the sender's, either accepted. The short journal lines have
// no zone and are taken as UTC. PipeWire's `[07:44:01.902515]` is a local time of day with no date
// and no zone: the clock's day, UTC. NetworkManager's JSON carries __REALTIME_TIMESTAMP, the
// sender's _SOURCE_REALTIME_TIMESTAMP and NM's own epoch in MESSAGE, any accepted;
// __MONOTONIC_TIMESTAMP, TIMESTAMP_MONOTONIC and TIMESTAMP_BOOTTIME are no clocks. wpa_cli and
// bluetoothd's stderr carry no time. CUPS' stamp is converted from +0100; the `recorded from 08:41:11
// to 08:41:18` and `time-at-processing=` epoch inside the dumped lines are no times of those lines.
// pkcon's `System time:` is the transaction's time; `Duration: 41 (seconds)` and `User ID: 1000`
// are none. Levels only where the line marks one: Xorg's markers ((II) Info, (WW) Warn, (EE) Error,
// and (--) probed, (**) from config, (==) default, which the log's own Markers legend lists as
// where a setting came from: informational lines, Info); the journal's PRIORITY (verbose and
// JSON), so GJS's JS ERROR at PRIORITY=4 is Warn; gnome-session's own gdm-log prefix (`WARNING:`,
// `Domain-WARNING:`, `CRITICAL:`); PipeWire's [E][W][I]; wpa_supplicant's `<N>` (its own levels:
// 2 debug, 3 info, 4 warning, 5 error, not a syslog PRI); CUPS' letter. bluetoothd's stderr,
// kwin's and systemd's with-unit lines and pkcon's blocks have none (`Failed`, `Succeeded: False`
// are no levels). The host is the record's host field: the journal's (the header's name in short
// and with-unit, _HOSTNAME in verbose and JSON); NM_DEVICE, a Bluetooth address, a PID in
// `[2101]` and pkcon's `Username:` are no hosts. A record that spans lines is one entry: Xorg's
// banner and its untimed lines, the Markers legend, the `(EE) ` line with `Fatal server error:` or
// the `Please consult` lines under it; a verbose record from its header to its last field, the
// stack lines under MESSAGE= included; a pkcon transaction block from `Transaction:` to its last
// affected package.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d0cdcdb before any rule for it: level 87.0 %, time 80.0 %, host 100.0 %, records 98.0 %.
// That is the macro figure (micro: level 80.9 %, time 88.2 %, host 100.0 %, records 95.6 %), in a
// worktree at d0cdcdb with no change to trawl's code (only this file and table_test.go's list), 5 of
// 10 families fully right; the gaps are Xorg's (--) (**) (==) markers and its untimed lines under a
// bare stamp, the GLib `Domain-WARNING:` inside gnome-session's stderr copy, PipeWire's bracketed
// local time of day, wpa_cli's `<N>` message levels read as syslog PRIs, and the `System time:` of
// pkcon's transaction blocks.

var fresh266Cases = []worldCase{
	{
		name:   "xorg-0-log-banner-markers-fatal",
		gap:    "an untimed line that opens at the margin under a stamped one is a record of its own: the banner's `X.Org X Server …` lines are not joined to their bare `[    21.406] ` stamp, nor `Fatal server error:` and `Please consult …` to their `(EE) ` (the markers' levels are read)",
		source: "Xorg 21.1 started by GDM, ~/.local/share/xorg/Xorg.0.log (`[ seconds] (XX) msg`; the banner written as `[ seconds] ` and a newline before `X.Org X Server …` and `X Protocol Version …` with no stamp; the Markers legend and `Before reporting problems` with tab-indented lines; `(==) Log file: \"…\", Time: Www Mmm dd HH:mm:ss yyyy`; FatalError's `(EE) ` line followed by the untimed `Fatal server error:` and `Please consult the The X.Org Foundation support` lines): Xorg.0.log pastes found with find_string (an Ubuntu 24.04 GDM log from `Log file renamed` through the Markers legend and Log file line; a FreeBSD 14 log's banner; several 1.20/21 `no screens found(EE)` endings); the XFree86 log-file description of the banner and markers (pages corpus)",
		why:    "the uptime stamp is no time, so only the Log file line has one; (--) (**) (==) are informational markers; the untimed banner, legend and fatal lines belong to the stamped line above them; the kernel build date in Current Operating System is no time",
		entries: []worldEntry{
			we("", Info, "", `[    21.406] (--) Log file renamed from "/var/lib/gdm3/.local/share/xorg/Xorg.pid-1187.log" to "/var/lib/gdm3/.local/share/xorg/Xorg.0.log"`),
			we("", Unknown, "",
				"[    21.406] ",
				"X.Org X Server 1.21.1.13",
				"X Protocol Version 11, Revision 0"),
			we("", Unknown, "", "[    21.406] Current Operating System: Linux ws-tomas 6.8.0-90-generic #91-Ubuntu SMP PREEMPT_DYNAMIC Tue Nov 17 09:21:40 UTC 2026 x86_64"),
			we("", Unknown, "",
				"[    21.406] \tBefore reporting problems, check http://wiki.x.org",
				"\tto make sure that you have the latest version."),
			we("", Unknown, "",
				"[    21.406] Markers: (--) probed, (**) from config file, (==) default setting,",
				"\t(++) from command line, (!!) notice, (II) informational,",
				"\t(WW) warning, (EE) error, (NI) not implemented, (??) unknown."),
			we("2026-11-29T07:41:16Z", Info, "", `[    21.407] (==) Log file: "/var/lib/gdm3/.local/share/xorg/Xorg.0.log", Time: Sun Nov 29 07:41:16 2026`),
			we("", Info, "", `[    21.408] (==) Using system config directory "/usr/share/X11/xorg.conf.d"`),
			we("", Info, "", `[    21.412] (**) OutputClass "nvidia" ModulePath extended to "/usr/lib/x86_64-linux-gnu/nvidia/xorg,/usr/lib/xorg/modules"`),
			we("", Warn, "", `[    21.655] (WW) Falling back to old probe method for modesetting`),
			we("", Error, "", "[    21.702] (EE) Screen(s) found, but none have a usable configuration."),
			we("", Error, "",
				"[    21.702] (EE) ",
				"Fatal server error:"),
			we("", Error, "", "[    21.702] (EE) no screens found(EE) "),
			we("", Error, "",
				"[    21.702] (EE) ",
				"Please consult the The X.Org Foundation support ",
				"\t at http://wiki.x.org",
				" for help. "),
			we("", Error, "", `[    21.702] (EE) Please also check the log file at "/var/lib/gdm3/.local/share/xorg/Xorg.0.log" for additional information.`),
			we("", Error, "", "[    21.709] (EE) Server terminated with error (1). Closing log file."),
		},
	},
	{
		name:   "gnome-shell-journal-verbose-glib-fields",
		source: "GNOME Shell 47 in `journalctl --user -u org.gnome.Shell@wayland -o verbose` (a header `Www yyyy-MM-dd HH:mm:ss.uuuuuu TZ [cursor]`, then four-space-indented FIELD=value lines; a value with newlines printed with its later lines indented under the value, 4 + len(FIELD) + 1 columns): systemd src/shared/logs-show.c (output_verbose, print_multiline); GLib's structured journal fields PRIORITY, GLIB_DOMAIN, CODE_FILE, CODE_LINE, CODE_FUNC and the trusted _ fields, and GJS's `JS ERROR:` message with its stack, from memory",
		why:    "a record of many lines, its time in the CET header (or _SOURCE_REALTIME_TIMESTAMP), its level in PRIORITY (5 notice, 4 warning: the JS ERROR is a warning), its host in _HOSTNAME; the stack lines under MESSAGE= are the same record",
		entries: []worldEntry{
			we("2026-11-29T07:12:40.518302Z|2026-11-29T07:12:40.518288Z", Notice, "ws-lena",
				"Sun 2026-11-29 08:12:40.518302 CET [s=8c2f4e1a9b7d4c05a3e6f1b2d0c9e8a7;i=2b41f;b=4e7a1c9d2f3b4a6e8c0d1f2a3b4c5d6e;m=1a2b3c4d5;t=6616504ced29e;x=3c9d1e7f2a4b6c80]",
				"    _BOOT_ID=4e7a1c9d2f3b4a6e8c0d1f2a3b4c5d6e",
				"    _MACHINE_ID=b81f3c6d0e2a4f5789c1d3e5f7a9b0c2",
				"    _HOSTNAME=ws-lena",
				"    _RUNTIME_SCOPE=system",
				"    PRIORITY=5",
				"    _UID=1000",
				"    _GID=1000",
				"    _TRANSPORT=journal",
				"    SYSLOG_IDENTIFIER=gnome-shell",
				"    GLIB_DOMAIN=GNOME Shell",
				"    CODE_FILE=file:///home/lena/.local/share/gnome-shell/extensions/tray-clock@lena.example/extension.js",
				"    CODE_LINE=88",
				"    CODE_FUNC=_onSettingsChanged",
				"    MESSAGE=tray-clock: reloading 3 time zones from settings",
				"    _PID=2144",
				"    _COMM=gnome-shell",
				"    _EXE=/usr/bin/gnome-shell",
				"    _CMDLINE=/usr/bin/gnome-shell",
				"    _SYSTEMD_CGROUP=/user.slice/user-1000.slice/user@1000.service/session.slice/org.gnome.Shell@wayland.service",
				"    _SYSTEMD_UNIT=user@1000.service",
				"    _SYSTEMD_USER_UNIT=org.gnome.Shell@wayland.service",
				"    _SOURCE_REALTIME_TIMESTAMP=1795936360518288"),
			we("2026-11-29T07:12:44.77195Z|2026-11-29T07:12:44.771933Z", Warn, "ws-lena",
				"Sun 2026-11-29 08:12:44.771950 CET [s=8c2f4e1a9b7d4c05a3e6f1b2d0c9e8a7;i=2b425;b=4e7a1c9d2f3b4a6e8c0d1f2a3b4c5d6e;m=1a2f8a02b;t=66165050fba6e;x=91e04d2c7b3a5f18]",
				"    _BOOT_ID=4e7a1c9d2f3b4a6e8c0d1f2a3b4c5d6e",
				"    _MACHINE_ID=b81f3c6d0e2a4f5789c1d3e5f7a9b0c2",
				"    _HOSTNAME=ws-lena",
				"    _RUNTIME_SCOPE=system",
				"    PRIORITY=4",
				"    _UID=1000",
				"    _GID=1000",
				"    _TRANSPORT=journal",
				"    SYSLOG_IDENTIFIER=gnome-shell",
				"    GLIB_DOMAIN=Gjs",
				"    CODE_FILE=../gjs/jsapi-util.cpp",
				"    CODE_LINE=539",
				"    CODE_FUNC=gjs_log_exception_full",
				"    MESSAGE=JS ERROR: TypeError: this._indicator is null",
				"            _updateLabel@file:///home/lena/.local/share/gnome-shell/extensions/tray-clock@lena.example/extension.js:141:14",
				"            _onTick@file:///home/lena/.local/share/gnome-shell/extensions/tray-clock@lena.example/extension.js:97:14",
				"            @resource:///org/gnome/shell/ui/init.js:21:20",
				"    _PID=2144",
				"    _COMM=gnome-shell",
				"    _EXE=/usr/bin/gnome-shell",
				"    _CMDLINE=/usr/bin/gnome-shell",
				"    _SYSTEMD_CGROUP=/user.slice/user-1000.slice/user@1000.service/session.slice/org.gnome.Shell@wayland.service",
				"    _SYSTEMD_UNIT=user@1000.service",
				"    _SYSTEMD_USER_UNIT=org.gnome.Shell@wayland.service",
				"    _SOURCE_REALTIME_TIMESTAMP=1795936364771933"),
			we("2026-11-29T07:13:02.090113Z|2026-11-29T07:13:02.090101Z", Warn, "ws-lena",
				"Sun 2026-11-29 08:13:02.090113 CET [s=8c2f4e1a9b7d4c05a3e6f1b2d0c9e8a7;i=2b433;b=4e7a1c9d2f3b4a6e8c0d1f2a3b4c5d6e;m=1a40e7aa6;t=661650617fb81;x=05b7c3e9a1d2f460]",
				"    _BOOT_ID=4e7a1c9d2f3b4a6e8c0d1f2a3b4c5d6e",
				"    _MACHINE_ID=b81f3c6d0e2a4f5789c1d3e5f7a9b0c2",
				"    _HOSTNAME=ws-lena",
				"    _RUNTIME_SCOPE=system",
				"    PRIORITY=4",
				"    _UID=1000",
				"    _GID=1000",
				"    _TRANSPORT=journal",
				"    SYSLOG_IDENTIFIER=gnome-shell",
				"    GLIB_DOMAIN=libmutter",
				"    CODE_FILE=../src/wayland/meta-wayland.c",
				"    CODE_LINE=694",
				"    CODE_FUNC=meta_wayland_log_func",
				"    MESSAGE=WL: error in client communication (pid 4120)",
				"    _PID=2144",
				"    _COMM=gnome-shell",
				"    _EXE=/usr/bin/gnome-shell",
				"    _CMDLINE=/usr/bin/gnome-shell",
				"    _SYSTEMD_CGROUP=/user.slice/user-1000.slice/user@1000.service/session.slice/org.gnome.Shell@wayland.service",
				"    _SYSTEMD_UNIT=user@1000.service",
				"    _SYSTEMD_USER_UNIT=org.gnome.Shell@wayland.service",
				"    _SOURCE_REALTIME_TIMESTAMP=1795936382090101"),
		},
	},
	{
		name:   "gnome-session-journal-gdm-log-twice",
		source: "gnome-session in the journal (journalctl short): its gdm-log.c handler writes `Domain-LEVEL: msg` or `LEVEL: msg` (WARNING, CRITICAL, ERROR…) with syslog() after openlog(LOG_PID | LOG_PERROR), so each line reaches the journal through syslog as `gnome-session-binary[pid]: WARNING: …` and again through the stderr the journal keeps under the wrapper's name, `gnome-session[pid]: gnome-session-binary[pid]: WARNING: …`: GNOME/gnome-session gnome-session/gdm-log.c; dsheeler/CoverflowAltTab issue #90 (the doubled lines and an unprefixed `Unrecoverable failure in required component`)",
		why:    "the journal's time and host; the level is gdm-log's prefix after the (inner) program name; the stderr copy names the binary and its pid again inside the message; an unprefixed line has no level",
		entries: []worldEntry{
			we("2026-11-29T08:12:07Z", Warn, "ws-ilse", "Nov 29 08:12:07 ws-ilse gnome-session-binary[2101]: WARNING: Could not parse desktop file tracker-miner-rss-3.desktop or it references a not found TryExec binary"),
			we("2026-11-29T08:12:07Z", Warn, "ws-ilse", "Nov 29 08:12:07 ws-ilse gnome-session[2101]: gnome-session-binary[2101]: WARNING: Could not parse desktop file tracker-miner-rss-3.desktop or it references a not found TryExec binary"),
			we("2026-11-29T08:12:09Z", Warn, "ws-ilse", "Nov 29 08:12:09 ws-ilse gnome-session-binary[2101]: GnomeDesktop-WARNING: Could not create transient scope for PID 2388: GDBus.Error:org.freedesktop.DBus.Error.UnixProcessIdUnknown: Failed to set unit properties: No such process"),
			we("2026-11-29T08:12:09Z", Warn, "ws-ilse", "Nov 29 08:12:09 ws-ilse gnome-session[2101]: gnome-session-binary[2101]: GnomeDesktop-WARNING: Could not create transient scope for PID 2388: GDBus.Error:org.freedesktop.DBus.Error.UnixProcessIdUnknown: Failed to set unit properties: No such process"),
			we("2026-11-29T09:30:52Z", Unknown, "ws-ilse", "Nov 29 09:30:52 ws-ilse gnome-session-binary[2101]: Unrecoverable failure in required component org.gnome.Shell.desktop"),
			we("2026-11-29T09:30:52Z", Critical, "ws-ilse", "Nov 29 09:30:52 ws-ilse gnome-session-binary[2101]: CRITICAL: We failed, but the fail whale is dead. Sorry...."),
			we("2026-11-29T09:30:52Z", Critical, "ws-ilse", "Nov 29 09:30:52 ws-ilse gnome-session[2101]: gnome-session-binary[2101]: CRITICAL: We failed, but the fail whale is dead. Sorry...."),
		},
	},
	{
		name:   "kwin-wayland-journal-with-unit",
		source: "KWin in Plasma 6's systemd boot, `journalctl --user -u plasma-kwin_wayland -o with-unit` (short-full's `Www yyyy-MM-dd HH:mm:ss TZ` and host, then the unit instead of the identifier: `_SYSTEMD_UNIT/_SYSTEMD_USER_UNIT[pid]: msg`, so the user manager's own lines read `user@1000.service/init.scope[pid]`): systemd src/shared/logs-show.c (output_short, OUTPUT_WITH_UNIT); heckelson/i3-and-kde-plasma issue #62 and catsout/wallpaper-engine-kde-plugin issue #391 (plasma-kwin_x11 and plasma-plasmashell as user units); kwin's Qt logging categories from memory",
		why:    "a weekday, a full date and CET, converted; the host after the zone; `user@1000.service/plasma-kwin_wayland.service[1402]` is the unit and pid, no host; kwin's category is no level",
		entries: []worldEntry{
			we("2026-11-29T08:02:09Z", Unknown, "plasma-ws", "Sun 2026-11-29 09:02:09 CET plasma-ws user@1000.service/init.scope[1180]: Starting plasma-kwin_wayland.service - KDE Window Manager..."),
			we("2026-11-29T08:02:10Z", Unknown, "plasma-ws", "Sun 2026-11-29 09:02:10 CET plasma-ws user@1000.service/plasma-kwin_wayland.service[1402]: kwin_core: XWayland server started on display :1"),
			we("2026-11-29T08:02:11Z", Unknown, "plasma-ws", "Sun 2026-11-29 09:02:11 CET plasma-ws user@1000.service/plasma-kwin_wayland.service[1402]: kwin_wayland_drm: Failed to create framebuffer: Invalid argument"),
			we("2026-11-29T08:02:11Z", Unknown, "plasma-ws", "Sun 2026-11-29 09:02:11 CET plasma-ws user@1000.service/init.scope[1180]: Started plasma-kwin_wayland.service - KDE Window Manager."),
			we("2026-11-29T08:17:45Z", Unknown, "plasma-ws", "Sun 2026-11-29 09:17:45 CET plasma-ws user@1000.service/plasma-kwin_wayland.service[1402]: kwin_libinput: Libinput: event7  - ELAN0676:00 04F3:3195 Touchpad: kernel bug: Touch jump detected and discarded."),
		},
	},
	{
		name:   "pipewire12-stderr-local-time",
		source: "PipeWire 1.2 run in a terminal (`pipewire` after the user service was stopped): the default logger writes `[L][HH:MM:SS.uuuuuu] topic(%-12s) | [%16.16s:%5d func()] msg` with PIPEWIRE_LOG_TIMESTAMP's default `local`, L one of E W I D T: PipeWire's environment documentation (PIPEWIRE_LOG_TIMESTAMP: local, monotonic, realtime, none; default local); client and daemon pastes found with find_string (`[W][07:58:54.071351] pw.conf      | [          conf.c: 1182 try_load_conf()]` beside the older monotonic stamps)",
		why:    "a local time of day with microseconds and no date or zone: the clock's day, UTC; the level letter in brackets; a topic longer than its column (mod.protocol-pulse) and a file name cut to 16 characters",
		entries: []worldEntry{
			we("2026-11-29T07:44:01.902515Z", Warn, "", "[W][07:44:01.902515] mod.rt       | [     module-rt.c:  297 translate_error()] RTKit error: org.freedesktop.DBus.Error.AccessDenied"),
			we("2026-11-29T07:44:01.902811Z", Info, "", "[I][07:44:01.902811] mod.rt       | [     module-rt.c:  641 set_nice()] Priority nice level set to -11"),
			we("2026-11-29T07:44:02.118406Z", Warn, "", "[W][07:44:02.118406] spa.alsa     | [      alsa-pcm.c: 1173 spa_alsa_open()] 'front:2': playback open failed: Device or resource busy"),
			we("2026-11-29T07:44:02.118733Z", Error, "", "[E][07:44:02.118733] mod.protocol-pulse | [  pulse-server.c: 2311 do_create_playback_stream()] [Firefox] ERROR command:3 (CREATE_PLAYBACK_STREAM) tag:12 error:25 (Input/output error)"),
			we("2026-11-29T07:44:05.600128Z", Error, "", "[E][07:44:05.600128] spa.bluez5   | [   bluez5-dbus.c: 4692 transport_acquire_cb()] Failed to acquire transport /org/bluez/hci0/dev_4C_87_5D_1A_22_90/fd3: org.bluez.Error.Failed"),
		},
	},
	{
		name:   "networkmanager-journal-json-nm-fields",
		source: "NetworkManager 1.48 with its journal backend read with `journalctl -u NetworkManager -o json` (one object a line: __CURSOR, __REALTIME_TIMESTAMP, __MONOTONIC_TIMESTAMP, _BOOT_ID, then PRIORITY, MESSAGE=`<level>  [epoch.frac] msg`, SYSLOG_IDENTIFIER, NM_LOG_DOMAINS, NM_LOG_LEVEL, CODE_FUNC, CODE_FILE, CODE_LINE, TIMESTAMP_MONOTONIC, TIMESTAMP_BOOTTIME, NM_DEVICE and the trusted _ fields): NetworkManager src/libnm-log-core/nm-logging.c (_nm_log_impl, LOG_BACKEND_JOURNAL); journalctl(1) -o json; NM_LOG_LEVEL's spelling from memory",
		why:    "the time is __REALTIME_TIMESTAMP in microseconds (the source stamp and NM's own epoch in MESSAGE are the same instant); the level is PRIORITY (NM's `<warn>` agrees); the host is _HOSTNAME; NM_DEVICE and the monotonic and boot-time seconds are neither",
		entries: []worldEntry{
			we("2026-11-29T07:41:22.204811Z|2026-11-29T07:41:22.20479Z|2026-11-29T07:41:22.2047Z", Info, "lap-tomas", `{"__CURSOR":"s=5a1c9e2f7b3d4a60;i=48211;b=9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7;m=a958e2eb;t=661656b6dac8b;x=2d4f6a8c1e3b5d70","__REALTIME_TIMESTAMP":"1795938082204811","__MONOTONIC_TIMESTAMP":"2841177835","_BOOT_ID":"9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7","_MACHINE_ID":"c2b0a9f7e5d3c1b9a7f5e3d1c0b2a4f6","_HOSTNAME":"lap-tomas","_RUNTIME_SCOPE":"system","PRIORITY":"6","SYSLOG_FACILITY":"3","SYSLOG_IDENTIFIER":"NetworkManager","SYSLOG_PID":"812","NM_LOG_LEVEL":"INFO","NM_LOG_DOMAINS":"device","CODE_FUNC":"_set_state_full","CODE_FILE":"src/core/devices/nm-device.c","CODE_LINE":"17240","TIMESTAMP_MONOTONIC":"2841.177814","TIMESTAMP_BOOTTIME":"2841.177814","NM_DEVICE":"wlp2s0","_TRANSPORT":"journal","_PID":"812","_UID":"0","_GID":"0","_COMM":"NetworkManager","_EXE":"/usr/sbin/NetworkManager","_CMDLINE":"/usr/sbin/NetworkManager --no-daemon","_SYSTEMD_UNIT":"NetworkManager.service","MESSAGE":"<info>  [1795938082.2047] device (wlp2s0): state change: config -> ip-config (reason 'none', managed-type: 'full')","_SOURCE_REALTIME_TIMESTAMP":"1795938082204790"}`),
			we("2026-11-29T07:41:27.002214Z|2026-11-29T07:41:27.002196Z|2026-11-29T07:41:27.0021Z", Warn, "lap-tomas", `{"__CURSOR":"s=5a1c9e2f7b3d4a60;i=4821e;b=9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7;m=a9a20f21;t=661656bb6e066;x=7c1e3a5b9d2f4e68","__REALTIME_TIMESTAMP":"1795938087002214","__MONOTONIC_TIMESTAMP":"2845975329","_BOOT_ID":"9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7","_MACHINE_ID":"c2b0a9f7e5d3c1b9a7f5e3d1c0b2a4f6","_HOSTNAME":"lap-tomas","_RUNTIME_SCOPE":"system","PRIORITY":"4","SYSLOG_FACILITY":"3","SYSLOG_IDENTIFIER":"NetworkManager","SYSLOG_PID":"812","NM_LOG_LEVEL":"WARN","NM_LOG_DOMAINS":"device,wifi","CODE_FUNC":"_nm_device_activation_failed","CODE_FILE":"src/core/devices/nm-device.c","CODE_LINE":"16811","TIMESTAMP_MONOTONIC":"2845.975310","TIMESTAMP_BOOTTIME":"2845.975310","NM_DEVICE":"wlp2s0","NM_CONNECTION":"3f1b7c2e-9a4d-4e60-b8c5-1d2e3f4a5b6c","_TRANSPORT":"journal","_PID":"812","_UID":"0","_GID":"0","_COMM":"NetworkManager","_EXE":"/usr/sbin/NetworkManager","_CMDLINE":"/usr/sbin/NetworkManager --no-daemon","_SYSTEMD_UNIT":"NetworkManager.service","MESSAGE":"<warn>  [1795938087.0021] device (wlp2s0): Activation: failed for connection 'kantoor-5g'","_SOURCE_REALTIME_TIMESTAMP":"1795938087002196"}`),
			we("2026-11-29T07:41:31.550129Z|2026-11-29T07:41:31.550112Z|2026-11-29T07:41:31.5501Z", Info, "lap-tomas", `{"__CURSOR":"s=5a1c9e2f7b3d4a60;i=48229;b=9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7;m=a9e7b8a6;t=661656bfc45b1;x=e5a7c9b1d3f20468","__REALTIME_TIMESTAMP":"1795938091550129","__MONOTONIC_TIMESTAMP":"2850523302","_BOOT_ID":"9f3e7a1c5d2b4e68a0c1d2e3f4a5b6c7","_MACHINE_ID":"c2b0a9f7e5d3c1b9a7f5e3d1c0b2a4f6","_HOSTNAME":"lap-tomas","_RUNTIME_SCOPE":"system","PRIORITY":"6","SYSLOG_FACILITY":"3","SYSLOG_IDENTIFIER":"NetworkManager","SYSLOG_PID":"812","NM_LOG_LEVEL":"INFO","NM_LOG_DOMAINS":"core","CODE_FUNC":"nm_manager_update_state","CODE_FILE":"src/core/nm-manager.c","CODE_LINE":"1188","TIMESTAMP_MONOTONIC":"2850.523287","TIMESTAMP_BOOTTIME":"2850.523287","_TRANSPORT":"journal","_PID":"812","_UID":"0","_GID":"0","_COMM":"NetworkManager","_EXE":"/usr/sbin/NetworkManager","_CMDLINE":"/usr/sbin/NetworkManager --no-daemon","_SYSTEMD_UNIT":"NetworkManager.service","MESSAGE":"<info>  [1795938091.5501] manager: NetworkManager state is now CONNECTED_SITE","_SOURCE_REALTIME_TIMESTAMP":"1795938091550112"}`),
		},
	},
	{
		name:   "wpa-cli-interactive-events",
		gap:    "trawl reads wpa_supplicant's own `<3>` and `<4>` message levels as syslog PRI values: `<3>` (MSG_INFO) comes out as error; `<4>` (MSG_WARNING) is right only because syslog's severity 4 is also a warning",
		source: "wpa_cli 2.11 attached in interactive mode (`wpa_cli -i wlp2s0`): after its banner each unsolicited control-interface event is printed as received, `<N>` then the text, N the supplicant's own message level (wpa_debug.h: MSG_EXCESSIVE 0, MSG_MSGDUMP 1, MSG_DEBUG 2, MSG_INFO 3, MSG_WARNING 4, MSG_ERROR 5); `Failed to initiate AP scan` is wpa_msg(MSG_WARNING): hostap src/utils/wpa_debug.h and wpa_supplicant/scan.c (found with find_string), event lines `<3>CTRL-EVENT-SCAN-RESULTS ` in several parsers' sources; the banner's wording from memory",
		why:    "no time and no host; `<3>` is wpa_supplicant's MSG_INFO and `<4>` its MSG_WARNING, not a syslog PRI (which would read 3 as error and 4 as warning of facility kern); the banner is fed, not scored",
		entries: []worldEntry{
			wskip(
				"wpa_cli v2.11",
				"Copyright (c) 2004-2024, Jouni Malinen <j@w1.fi> and contributors",
				"",
				"This software may be distributed under the terms of the BSD license.",
				"See README for more details.",
				"",
				"",
				"Selected interface 'wlp2s0'",
				"",
				"Interactive mode",
				""),
			we("", Info, "", "<3>CTRL-EVENT-SCAN-STARTED "),
			we("", Info, "", "<3>CTRL-EVENT-SCAN-RESULTS "),
			we("", Info, "", "<3>SME: Trying to authenticate with 6c:3b:6b:12:a4:e0 (SSID='kantoor-5g' freq=5500 MHz)"),
			we("", Info, "", "<3>Trying to associate with 6c:3b:6b:12:a4:e0 (SSID='kantoor-5g' freq=5500 MHz)"),
			we("", Info, "", "<3>Associated with 6c:3b:6b:12:a4:e0"),
			we("", Info, "", "<3>WPA: Key negotiation completed with 6c:3b:6b:12:a4:e0 [PTK=CCMP GTK=CCMP]"),
			we("", Info, "", "<3>CTRL-EVENT-CONNECTED - Connection to 6c:3b:6b:12:a4:e0 completed [id=0 id_str=]"),
			we("", Warn, "", "<4>Failed to initiate AP scan"),
			we("", Info, "", "<3>CTRL-EVENT-DISCONNECTED bssid=6c:3b:6b:12:a4:e0 reason=4 locally_generated=1"),
		},
	},
	{
		name:   "bluetoothd-foreground-debug-stderr",
		source: "BlueZ 5.79's bluetoothd run in the foreground with debug (`bluetoothd -n -d`): __btd_log_init opens syslog with LOG_PERROR when not detached, so every line is copied to stderr as glibc writes it there, `bluetoothd[pid]: msg`, with no time and no priority; DBG lines as `file.c:function() msg`: bluez/bluez src/log.c (__btd_log_init); the messages from memory of BlueZ threads",
		why:    "no time, no level, no host: `bluetoothd[2291]` is the program and pid; `Failed to set mode` is an error() text but no level is written; the Bluetooth addresses are peers",
		entries: []worldEntry{
			we("", Unknown, "", "bluetoothd[2291]: Bluetooth daemon 5.79"),
			we("", Unknown, "", "bluetoothd[2291]: src/main.c:parse_config() parsing /etc/bluetooth/main.conf"),
			we("", Unknown, "", "bluetoothd[2291]: Starting SDP server"),
			we("", Unknown, "", "bluetoothd[2291]: Bluetooth management interface 1.23 initialized"),
			we("", Unknown, "", "bluetoothd[2291]: src/adapter.c:read_info_complete() index 0 status 0x00"),
			we("", Unknown, "", "bluetoothd[2291]: Failed to set mode: Blocked through rfkill (0x12)"),
			we("", Unknown, "", "bluetoothd[2291]: src/adapter.c:connected_callback() hci0 device 4C:87:5D:1A:22:90 connected eir_len 5"),
		},
	},
	{
		name:   "cups-error-log-debug-history-dump",
		source: "CUPS 2.4's /var/log/cups/error_log at the default LogLevel warn with LogDebugHistory: when a job stops, cupsd writes `[Job N] The following messages were recorded from %X to %X`, the buffered debug lines, `[Job N] End of messages` and the printer-state lines, all at level D and stamped with the moment of the dump (`L [dd/MMM/yyyy:HH:mm:ss +zzzz] msg`): OpenPrinting/cups scheduler/job.c (dump_job_history, found with find_string); error_log pastes with the dump (find_string)",
		why:    "a +0100 offset converted; every dumped line carries the dump's stamp, not the time it was recorded; `from 08:41:11 to 08:41:18` and `time-at-processing=1795938071` are no times of their lines; E and D letters are the levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Error, "", "E [29/Nov/2026:08:41:18 +0100] [Job 412] Job stopped due to filter errors; please consult the error_log file for details."),
			we("2026-11-29T07:41:18Z", Debug, "", "D [29/Nov/2026:08:41:18 +0100] [Job 412] The following messages were recorded from 08:41:11 to 08:41:18"),
			we("2026-11-29T07:41:18Z", Debug, "", "D [29/Nov/2026:08:41:18 +0100] [Job 412] Applying default options..."),
			we("2026-11-29T07:41:18Z", Debug, "", `D [29/Nov/2026:08:41:18 +0100] [Job 412] Queued on "Brother_HL_L2350DW" by "tomas".`),
			we("2026-11-29T07:41:18Z", Debug, "", "D [29/Nov/2026:08:41:18 +0100] [Job 412] time-at-processing=1795938071"),
			we("2026-11-29T07:41:18Z", Debug, "", `D [29/Nov/2026:08:41:18 +0100] [Job 412] argv[5]="PageSize=A4 job-uuid=urn:uuid:7c2e9a41-d05b-3f8e-6a1d-0c9be8f7a653 number-up=1 job-originating-host-name=localhost"`),
			we("2026-11-29T07:41:18Z", Debug, "", "D [29/Nov/2026:08:41:18 +0100] [Job 412] PID 48211 (/usr/lib/cups/filter/rastertobrlaser) stopped with status 1."),
			we("2026-11-29T07:41:18Z", Debug, "", "D [29/Nov/2026:08:41:18 +0100] [Job 412] End of messages"),
			we("2026-11-29T07:41:18Z", Debug, "", "D [29/Nov/2026:08:41:18 +0100] [Job 412] printer-state=3(idle)"),
			we("2026-11-29T07:41:18Z", Debug, "", `D [29/Nov/2026:08:41:18 +0100] [Job 412] printer-state-message="Filter failed"`),
			we("2026-11-29T07:41:18Z", Debug, "", "D [29/Nov/2026:08:41:18 +0100] [Job 412] printer-state-reasons=none"),
		},
	},
	{
		name:   "pkcon-get-transactions-history",
		source: "PackageKit's transaction history as `pkcon get-transactions 3` prints its results (each transaction a block: `Transaction: /tid`, then one-space-indented `System time:` (the ISO 8601 timespec in UTC), `Succeeded: True|False`, `Role:`, `Duration: N (seconds)` when not 0, `Command line:`, `User ID:`, `Username:`, `Real name:` (the GECOS field, commas and all), `Affected packages:` with ` - info name-version.arch` lines, or `Affected packages: None`): PackageKit/PackageKit client/pk-console.c (pk_console_transaction_cb); the progress lines printed before the results are left out",
		why:    "a block of lines is one transaction; its time is System time; the duration, uid and package versions are no times; `Succeeded: False` is no level; Username is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Unknown, "",
				"Transaction: /47_dbebacdb",
				" System time: 2026-11-29T07:41:16.204811Z",
				" Succeeded: True",
				" Role: update-packages",
				" Duration: 41 (seconds)",
				" Command line: /usr/bin/gnome-software --gapplication-service",
				" User ID: 1000",
				" Username: tomas",
				" Real name: Tomas Berg,,,",
				" Affected packages:",
				" - updating firefox-133.0.3-1.fc41.x86_64",
				" - updating mesa-dri-drivers-24.2.8-1.fc41.x86_64"),
			we("2026-11-29T08:03:57.118402Z", Unknown, "",
				"Transaction: /48_eaccbdda",
				" System time: 2026-11-29T08:03:57.118402Z",
				" Succeeded: True",
				" Role: refresh-cache",
				" Duration: 12 (seconds)",
				" Command line: /usr/libexec/packagekitd",
				" User ID: 0",
				" Username: root",
				" Real name: root",
				" Affected packages: None"),
			we("2026-11-29T09:15:02.660017Z", Unknown, "",
				"Transaction: /49_cdbaeabe",
				" System time: 2026-11-29T09:15:02.660017Z",
				" Succeeded: False",
				" Role: install-packages",
				" Duration: 3 (seconds)",
				" Command line: pkcon install vlc",
				" User ID: 1000",
				" Username: tomas",
				" Real name: Tomas Berg,,,",
				" Affected packages:",
				" - installing vlc-3.0.21-13.fc41.x86_64"),
		},
	},
}

func TestFresh266Formats(t *testing.T) { assertTable(t, fresh266Cases) }
func TestFresh266Score(t *testing.T) {
	checkScore(t, "fresh266 formats", fresh266Cases, [worldNumFields]float64{91, 99.9, 99.9, 97.9})
}
