package parse

import "testing"

// The six-hundred-and-eighty-sixth fresh table: window managers', compositors' and display
// servers' own log files and stderr as people attach them to bug reports, shapes no earlier table
// holds. Each family is one product's documented or observed output: Qtile's qtile.log (Python
// logging with `file.py:func():L123` and a traceback under an ERROR); Compiz on a terminal
// (`compiz (plugin) - Level: msg`, no time); i3's own log under the C locale (`MM/dd/yy HH:mm:ss - `,
// DLOG's `file.c:function:line - `, ELOG's `ERROR: `); i3's stdout in the journal under
// gdm-x-session on an en_US machine (a 12-hour `MM/dd/yyyy hh:mm:ss AM - ` inside a journal line);
// river on a tty (Zig's std.log `level(scope): msg`, no time); wayvnc in the journal (`Info:`,
// `DEBUG: ../src/file.c: line:`, `Warning:`, `ERROR:`); Enlightenment's ~/.e-log.log (EFL's
// eina_log `ERR<pid>:domain file:line func()` with a `*** Backtrace ***` block); VcXsrv's log on
// Windows (a banner, then untimed `(II)`/`(EE)` markers and `winXxxProc - ` lines).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`xorg`, `Xorg.0`, `weston`, `weston-`, `sway`, `i3`, `i3 `, `i3wm`,
// `[libi3]`, `i3-dump-log`, `AM - `, `PM - `, `mutter`, `gnome-shell`, `kwin`, `kwin_wayland`,
// `kwin_x11`, `picom`, `compton`, `hyprland`, `Hyprland`, `hyprland.log`, `wlroots`, `[wlr]`,
// `[ERROR] [wlr]`, `info(wlroots)`, `(wlroots):`, `info: initializing`, `xfwm`, `xfwm4`, `openbox`,
// `Openbox-Message`, `Openbox-Warning`, `awesome`, `W: awesome`, `E: awesome`, `xrdp`, `xwayland`,
// `Xwayland`, `xwm`, `gamescope`, `labwc`, `river`, `niri`, `dwm`, `dwl`, `bspwm`, `qtile`,
// `qtile.log`, `libqtile`, ` libqtile `, `():L`, `herbstluft`, `herbstclient`, `xvfb`, `Xvfb`,
// `Xephyr`, `xpra`, `tigervnc`, `Xvnc`, `x0vncserver`, `x11vnc`, `rfbLog`, `wayvnc`, `wlvncc`,
// `neatvnc`, `Info: New client`, `Info: Listening`, `DEBUG: ../src`, `Warning: ../src`,
// `DEBUG: ../`, `: Info: `, `sh[`, `mir`, `mirserver`, `miral`, `ubuntu frame`, `cinnamon`,
// `muffin`, `marco`, `budgie`, `budgie-wm`, `gala`, `fluxbox`, `enlightenment`, `e_module`,
// `e_mod_main`, `eina`, `efl`, `ecore`, `:ecore `, `elementary`, `terminology`, `ERR<`, `WRN<`,
// `CRI<`, `*** Backtrace ***`, `compiz`, `compiz (`, `compizconfig`, `- Info:`, `- Debug:`,
// `- Warn:`, `) - Error:`, `wayfire`, `smithay`, `anvil`, `anvil::`, `cosmic-comp`, `cosmic_comp`,
// `jwm`, `icewm`, `xmonad`, `spectrwm`, `leftwm`, `jay`, `jay `, `arcan`, `hikari`, `phoc`,
// `phosh`, `sommelier`, `kmscon`, `nxserver`, `nomachine`, `nxagent`, `x2go`, `vcxsrv`, `xming`,
// `xwin`, `XWin`, `xquartz`, `winClipboard`, `(II) AIGLX`, `(EE)`, `(II)`, `(WW)`, `libinput`,
// `gnome-remote-desktop`, `grd`, `sddm`, `gdm`, `lightdm`, `Xsession`, `.xsession-errors`,
// `Window manager warning`, `Could not resolve keysym`, `dunst`, `mako`, `waybar`, `swaybg`,
// `swayidle`, `xfce4-session`, `plasmashell`, `error(`, `warning(`, `info(`, `debug(`, `:L`,
// `00:00:00.000 [`, `xdotool`). None of Qtile, Compiz, i3's own log, river, wayvnc,
// Enlightenment/EFL's eina_log or VcXsrv is in any table: `i3` and `river` match only other words
// (an `i3 ` only in other products' lines, `river` in `driver`), `wayvnc` and `xmonad` only fresh636's
// greps, `error(`, `info(`, `warning(` and `debug(` only other products' function-call-like text
// (no `level(scope):` with a scope of wlroots), `- Info:` and its kin only other products'
// ` - Info:` after a stamp, `():L` only as a lower-case fragment of other words, `ERR<` only syslog's
// `kern.err<3>`-style text, `eina` only other words, `xwin` and `xming` only other products (a PuTTY launcher's log). Left out as
// measured already: Xorg.0.log, Xwayland, weston, sway's debug log (wlroots' `00:00:00.000 [INFO]
// [file.c:line]` lines, the shape labwc, dwl and cage write too), Hyprland, KWin, gnome-shell and
// mutter, plasmashell, picom, awesome, polybar, Wayfire, Waybar, niri, gamescope, Mir and Ubuntu
// Frame, Xpra, TigerVNC's Xvnc, x11vnc, xrdp, NoMachine, GDM, SDDM, LightDM,
// ~/.xsession-errors, the xkbcomp warnings. Left out as not confirmed by any search in the time
// there was: herbstluftwm's `--verbose` lines, Jay's and cosmic-comp's logs, leftwm's, Openbox's
// GLib messages (no time and a domain-level word only). The table holds 8 families; none was
// replaced.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Qtile's `2026-11-29 07:41:16,104` has no zone and is taken as UTC. i3's
// C-locale `11/29/26 07:41:16` is month, day, two-digit year, with no zone: UTC. In the journal,
// i3's en_US `11/29/2026 01:05:09 PM` is the same second as the journal's `Nov 29 13:05:09`, and
// either is accepted. wayvnc's journal lines carry only the journal's time. Compiz's, river's,
// Enlightenment's and VcXsrv's lines carry no time: Time 0. Levels only where the line marks one:
// Qtile's word after the stamp, Compiz's word after `(plugin) - `, i3's `ERROR:` (DLOG and LOG
// lines mark none), Zig's `error`, `warning`, `info`, `debug` before the scope, wayvnc's `Info`,
// `DEBUG`, `Warning`, `ERROR`, eina_log's `CRI` (critical) `ERR` `WRN` `INF`, the X server's
// `(II)` and `(EE)`; VcXsrv's `winMultiWindowWMProc - Error code: 3 (Window)` names an X protocol
// error in its message and marks no level. The host is the record's host field: only the journal
// lines' (i3's and wayvnc's); wayvnc's client address, window ids, DRM nodes, displays and plugin
// names are no hosts. A record that spans lines is one entry: Qtile's ERROR with its traceback,
// eina_log's ERR with the `*** Backtrace ***` block under it. VcXsrv's banner is fed but not
// scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages") and find_string; where a search did not
// confirm a detail the source says "from memory" (Enlightenment's file name and its `e` domain).
// Hosts, ids, addresses, users and messages are invented, and every time is in late November 2026.
// The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read,
// and it stays in the score.
//
// Its first figure, scored at commit 188306f before any rule for it: level 75.0 %, time 100.0 %, host 100.0 %, records 97.5 %.
// That is the macro figure (micro: level 75.6 %, time 100.0 %, host 100.0 %, records 97.8 %), in a
// worktree at 188306f with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are Compiz's level word after `compiz (plugin) - ` (not read),
// a level trawl reads from one of i3's DLOG lines that marks none (`CONFIG(line  14): font …`,
// read as Info), and eina_log's `ERR<pid>:domain` levels (not read) with its backtrace block split
// off the error it belongs to.

var fresh686Cases = []worldCase{
	{
		name:   "qtile-log-file-funcname-lineno",
		source: "Qtile's ~/.local/share/qtile/qtile.log (libqtile/log_utils.py: Python logging `%(asctime)s %(levelname)s %(name)s %(filename)s:%(funcName)s():L%(lineno)d %(message)s`, a traceback under an ERROR): qtile/qtile issues #1273, #2814, #3190 and #3771 (pasted qtile.log lines)",
		why:    "a zone-less date and time with a comma before the milliseconds; the level word, then the logger name `libqtile`, then `file.py:func():L123`; the Python traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.104Z", Info, "", "2026-11-29 07:41:16,104 INFO libqtile manager.py:load_config():L118 Loading config from /home/ines/.config/qtile/config.py"),
			we("2026-11-29T07:41:16.388Z", Warn, "", "2026-11-29 07:41:16,388 WARNING libqtile base.py:_configure():L402 Widget CheckUpdates: no distro given, falling back to 'Arch'"),
			we("2026-11-29T07:41:17.902Z", Error, "",
				"2026-11-29 07:41:17,902 ERROR libqtile hook.py:fire():L1051 Error in hook client_new",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3.12/site-packages/libqtile/hook.py", line 1049, in fire`,
				"    i(*args, **kwargs)",
				`  File "/home/ines/.config/qtile/config.py", line 214, in float_dialogs`,
				`    if c.window.get_wm_type() == "dialog":`,
				"AttributeError: 'NoneType' object has no attribute 'get_wm_type'"),
			we("2026-11-29T07:41:20.015Z", Debug, "", "2026-11-29 07:41:20,015 DEBUG libqtile core.py:handle_MapRequest():L640 Managing window 0x1a00007 (firefox)"),
			we("2026-11-29T07:43:05.530Z", Warn, "", "2026-11-29 07:43:05,530 WARNING libqtile core.py:_xpoll():L371 Shutting down due to X connection error XCB_CONN_ERROR (1)"),
		},
	},
	{
		name:   "compiz-stderr-plugin-level",
		source: "Compiz 0.8/0.9 on a terminal or in ~/.xsession-errors (`compiz (plugin) - Level: msg`, levels Fatal Error Warn Info Debug; compizconfig's own `compizconfig - Info:` lines; no time): compiz-reloaded/compiz issue #123, compiz-reloaded/compicc issues #3 and #5, microsoft/WSL issue #8389 (pasted output), and Ubuntu forum threads found with find_string (`compiz (core) - Warn: failed to receive ConfigureNotify event on 0x…`)",
		why:    "no time at all; the level word after the plugin in parentheses and ` - `; the window ids and the plugin names are no hosts",
		entries: []worldEntry{
			we("", Info, "", "compiz (core) - Info: Loading plugin: ccp"),
			we("", Info, "", "compizconfig - Info: Profile     : default"),
			we("", Debug, "", "compiz (core) - Debug: Could not stat() file /home/ines/.compiz/plugins/libanimation.so : No such file or directory"),
			we("", Error, "", "compiz (core) - Error: Plugin 'opengl' not loaded."),
			we("", Warn, "", "compiz (decor) - Warn: No default decoration found, placement will not be correct"),
			we("", Warn, "", "compiz (core) - Warn: failed to receive ConfigureNotify event on 0x2a00006"),
		},
	},
	{
		name:   "i3-log-c-locale-two-digit-year",
		source: "i3 started with `i3 -V -d all >~/.i3/i3.log 2>&1` under the C locale (src/log.c: strftime `%x %X - `, so `MM/dd/yy HH:mm:ss - `; DLOG adds `file.c:function:line - `, ELOG `ERROR: `, libi3's LOG `[libi3] file.c `): i3/i3 src/log.c (read with the code search), i3/i3 issues #2011 and #4944 (pasted logs)",
		why:    "a month-first slashed date with a two-digit year and no zone (UTC by the rules); only ELOG's `ERROR:` marks a level; `config_parser.c:parse_config:313` is a source position, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/26 07:41:16 - i3 4.24 (2024-11-06) starting"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/26 07:41:16 - main.c:main:651 - Done checking for other i3 instances"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/26 07:41:16 - config_parser.c:parse_config:313 - CONFIG(line  14): font pango:DejaVu Sans Mono 9"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/26 07:41:16 - [libi3] libi3/font.c Using Pango font DejaVu Sans Mono, size 9"),
			we("2026-11-29T07:41:17Z", Error, "", `11/29/26 07:41:17 - ERROR: Could not translate string to key symbol: "XF86Launch9"`),
			we("2026-11-29T07:41:19Z", Unknown, "", "11/29/26 07:41:19 - handlers.c:handle_event:1512 - event type 19, xkb_base 85"),
		},
	},
	{
		name:   "i3-journal-gdm-x-session-en-us-ampm",
		source: "i3 in a GDM session on an en_US machine, its stdout in the journal under gdm-x-session (BSD journal line, then i3's `%x %X` in en_US: `MM/dd/yyyy hh:mm:ss AM - `, ELOG `ERROR: ` and libi3's `[libi3] ERROR: `): i3/i3 issue #1810 and regolith-linux/regolith-desktop issue #283 (pasted syslog lines)",
		why:    "the journal's time and i3's own 12-hour local time of the same second (both read as UTC: 01:05:09 PM is 13:05:09); the journal's host; the level from `ERROR:` after i3's dash",
		entries: []worldEntry{
			we("2026-11-29T07:43:02Z", Error, "ws-ruth", "Nov 29 07:43:02 ws-ruth /usr/libexec/gdm-x-session[2203]: 11/29/2026 07:43:02 AM - [libi3] ERROR: Could not open font Iosevka Term 11 (X error 15). Trying fallback to 'fixed'."),
			we("2026-11-29T07:43:05Z", Error, "ws-ruth", "Nov 29 07:43:05 ws-ruth /usr/libexec/gdm-x-session[2203]: 11/29/2026 07:43:05 AM - ERROR: Received ExposeEvent for unknown window 0x00c0000a"),
			we("2026-11-29T07:43:05Z", Error, "ws-ruth", "Nov 29 07:43:05 ws-ruth /usr/libexec/gdm-x-session[2203]: 11/29/2026 07:43:05 AM - ERROR: Received ConfigureNotify for unknown window 0x00c0000a"),
			we("2026-11-29T13:05:09Z", Error, "ws-ruth", `Nov 29 13:05:09 ws-ruth /usr/libexec/gdm-x-session[2203]: 11/29/2026 01:05:09 PM - ERROR: CONFIG: Expected one of these tokens: <end>, '#', 'set ', 'bindsym', 'bindcode', 'bind'`),
		},
	},
	{
		name:   "river-stderr-zig-std-log-scope",
		source: "river (the Zig Wayland compositor) on a tty, its stderr (Zig std.log: `level(scope): msg` or `level: msg` for the default scope, levels error warning info debug; wlroots' lines come through the `wlroots` scope with `[file.c:line]`): riverwm/river issues #438 and #197, chaotic-aur/packages issue #937 (pasted output)",
		why:    "no time; the level word glued to the scope in parentheses before a colon; wlroots' `[backend/drm/drm.c:259]` and the DRM node are no times and no hosts",
		entries: []worldEntry{
			we("", Info, "", "info: initializing server"),
			we("", Error, "", "error(wlroots): [libseat] [libseat/backend/seatd.c:70] Could not connect to socket /run/seatd.sock: No such file or directory"),
			we("", Info, "", "info(wlroots): [backend/session/session.c:109] Successfully loaded libseat session"),
			we("", Info, "", "info(wlroots): [backend/drm/backend.c:213] Initializing DRM backend for /dev/dri/card1 (amdgpu)"),
			we("", Debug, "", "debug(output): new output DP-2, enabling with mode 2560x1440@143.973Hz"),
			we("", Warn, "", "warning(input_manager): failed to find a keymap for layout 'de(nodeadkeys)', using the default"),
		},
	},
	{
		name:   "wayvnc-journal-level-source-position",
		source: "wayvnc run from a systemd user unit on a Raspberry Pi's labwc session, read with journalctl (BSD journal line, then wayvnc's `Info: msg`, `DEBUG: ../src/file.c: line: msg`, `Warning: ../src/file.c: line: msg`, `ERROR: ../src/file.c: line: msg`): any1/wayvnc issues #322 (the journal lines), #330, #254, #323 and #445",
		why:    "the journal's time and host; the level word after the ident (`Info`, `DEBUG`, `Warning`, `ERROR`); `../src/server.c: 825:` is a source position, no time; the client's address is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "pi-kiosk3", "Nov 29 07:41:16 pi-kiosk3 wayvnc[1844]: Info: Capturing output HDMI-A-1"),
			we("2026-11-29T07:41:16Z", Debug, "pi-kiosk3", "Nov 29 07:41:16 pi-kiosk3 wayvnc[1844]: DEBUG: ../src/server.c: 2143: Successfully bound to address"),
			we("2026-11-29T07:41:16Z", Info, "pi-kiosk3", "Nov 29 07:41:16 pi-kiosk3 wayvnc[1844]: Info: Listening for connections on 0.0.0.0:5900"),
			we("2026-11-29T07:41:16Z", Warn, "pi-kiosk3", "Nov 29 07:41:16 pi-kiosk3 wayvnc[1844]: Warning: ../src/main.c: 1218: Authentication enabled with relaxed encryption; not all sessions are guaranteed to be encrypted"),
			we("2026-11-29T07:44:51Z", Info, "pi-kiosk3", "Nov 29 07:44:51 pi-kiosk3 wayvnc[1844]: Info: New client connection from ::ffff:10.20.4.77: 0x55b81d2f60 (ref 1)"),
			we("2026-11-29T07:44:52Z", Error, "pi-kiosk3", "Nov 29 07:44:52 pi-kiosk3 wayvnc[1844]: ERROR: ../src/server.c: 1291: Failed to encode current frame"),
		},
	},
	{
		name:   "enlightenment-e-log-eina-backtrace",
		source: "Enlightenment's ~/.e-log.log (EFL's eina_log_print_cb_stderr: `LVL<pid>:domain file:line function() msg`, levels CRI ERR WRN INF DBG, and `*** Backtrace ***` with one `library\\t address base` line a frame under a logged error): the EFL logging guide on enlightenment.org (develop/debug/log-levels), marcelhollerbach/verne issue #5 (a pasted EFL log with a backtrace); the file's name and the `e` domain from memory",
		why:    "no time; the three-letter level and the pid in angle brackets glued to the domain; the backtrace's addresses are no times and belong to the error above them",
		entries: []worldEntry{
			we("", Info, "", "INF<3127>:e ../src/bin/e_main.c:1024 _e_main_modules_load() Loading module 'pager'"),
			we("", Warn, "", "WRN<3127>:ecore_x ../src/lib/ecore_x/ecore_x_randr.c:312 ecore_x_randr_screen_primary_output_get() no primary output, using the first connected one"),
			we("", Error, "",
				"ERR<3127>:ecore ../src/lib/ecore/ecore_anim.c:92 _tick_send() Cannot write to animator control fd",
				"*** Backtrace ***",
				"/usr/lib/libeina.so.1\t 0x7f52c1a0bc79 0x7f52c19e9000",
				"/usr/lib/libecore.so.1\t 0x7f52c0e61429 0x7f52c0e55000",
				"/usr/bin/enlightenment\t 0x55d3a0b1f3ee 0x55d3a0a00000"),
			we("", Error, "", "ERR<3127>:e ../src/bin/e_module.c:329 e_module_new() Module 'tiling' failed to load: /usr/lib/enlightenment/modules/tiling/linux-gnu-x86_64-0.26.0/module.so: cannot open shared object file"),
			we("", Critical, "", "CRI<3127>:evas_main ../src/lib/evas/canvas/evas_object_main.c:120 _evas_object_image_free() Invalid image object 0x55d3a1f0c8a0"),
		},
	},
	{
		name:   "vcxsrv-log-untimed-markers",
		source: "VcXsrv's log on Windows (%TEMP%\\VCXSrv.0.log or `-logfile`: a `Welcome to the VcXsrv X Server` banner, then untimed lines, the X server's `(II)`, `(WW)`, `(EE)` markers and XWin's `winXxxProc - msg` lines): marchaesen/vcxsrv issues #6, #51 and #70, ArcticaProject/vcxsrv issue #12 (pasted logs)",
		why:    "no time anywhere; the level only from the `(II)`/`(EE)` marker; `Error code: 3 (Window)` in a winMultiWindowWMProc line is an X protocol error in the message, no level; the banner is fed but not scored",
		entries: []worldEntry{
			wskip("Welcome to the VcXsrv X Server",
				"Vendor: The VcXsrv Project",
				"Release: 21.1.16.1",
				"",
				"OS: Windows NT 6.2 build 9200 (64-bit)",
				"Contact: https://github.com/marchaesen",
				""),
			we("", Unknown, "", `LoadPreferences: C:\Users\ines\AppData\Roaming\.XWinrc not found`),
			we("", Error, "", "(EE) AIGLX: No native OpenGL in modes with a root window"),
			we("", Info, "", "(II) IGLX: Loaded and initialized swrast"),
			we("", Info, "", "(II) GLX: Initialized DRISWRAST GL provider for screen 0"),
			we("", Unknown, "", "winClipboardThreadProc - DISPLAY=127.0.0.1:0.0"),
			we("", Unknown, "", "winMultiWindowWMProc - Error code: 3 (Window), ID: 0x00a0001b, Major opcode: 18 (ChangeProperty), Minor opcode: 0 ((null))"),
			we("", Error, "", "(EE) Server terminated with error (1). Closing log file."),
		},
	},
}

func TestFresh686Formats(t *testing.T) { assertTable(t, fresh686Cases) }
func TestFresh686Score(t *testing.T) {
	checkScore(t, "fresh686 formats", fresh686Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
