package parse

import "testing"

// The six-hundred-and-thirty-sixth fresh table: desktop session, input and accessibility daemons'
// logs as people attach them to bug reports, shapes no earlier table holds. Each family is one
// product's documented or observed output: Wayfire's own log (a doubled level letter, then a
// day-first `dd-mm-yy` date); Waybar on a terminal (spdlog's bracketed date and level, GTK's
// `Gtk-WARNING **: HH:MM:SS.mmm:` lines among them); xdg-desktop-portal-wlr's `yyyy/MM/dd HH:MM:SS
// [LEVEL] - subsystem:` lines; niri in the journal (tracing's UTC stamp and padded level inside a
// journal line); ibus-typing-booster's debug.log (Python logging with `file.py line N function
// LEVEL:` and a traceback under an ERROR); `ibus-daemon -v` with ibus-rime (GLib's IBUS-WARNING and
// librime's year-less glog lines); Orca's debug file (a time of day with microseconds, continuation
// lines indented by 18 blanks); the keyszer/Toshy keymapper's console (`(--)`, `(DD)`, `(WW)`,
// `(EE)` markers and no time).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`gnome-shell`, `kwin`, `kwin_wayland`, `kwin_core`, `kwin_x11`,
// `Xorg`, `Xorg.0.log`, `(II)`, `(EE)`, `(WW)`, `(--)`, `(DD)`, `mutter`, `xwayland`, `sway`,
// `swaylock`, `swayidle`, `hyprland`, `hypr`, `hypridle`, `hyprlock`, `hyprpaper`, `wlroots`,
// `labwc`, `wayfire`, `II 29-`, `weston`, `river`, `niri`, `DEBUG niri`, `cosmic`, `gamescope`,
// `[gamescope]`, `cage`, `wayvnc`, `kanshi`, `waybar`, `[info] Using`, `spdlog`, `polybar`,
// `xdg-desktop-portal`, `xdg-desktop-portal-wlr`, `xdg-desktop-portal-hyprland`, `xdpw`,
// `[DEBUG] - `, `[INFO] - `, `WAYLAND_DEBUG`, `wl_display`, `-> wl_`, `ibus`, `ibus-daemon`,
// `IBUS-`, `(ibus`, `typing-booster`, `typing_booster`, `hunspell_table`, `rime`, `librime`,
// `rime.ibus`, `user_dictionary.cc`, `fcitx`, `fcitx5`, `fcitx4`, `(INFO-`, `(ERROR-`,
// `speech-dispatcher`, `speechd`, `espeak`, `orca`, `at-spi`, `at-spi2`, `atspi`, `EVENT MANAGER: `,
// `onboard`, `squeekboard`, `maliit`, `caribou`, `gdm`, `sddm`, `lightdm`, `greetd`, `gnome-session`,
// `xsession-errors`, `Gjs`, `Cjs`, `Gjs-Message`, `Gnome-shell-Message`, `JS ERROR`, `GLib-GObject`,
// `cinnamon`, `glass.log`, `plasmashell`, `kded`, `xfce4-session`, `budgie`, `lxqt`, `lxsession`,
// `mate-session`, `xfwm`, `openbox`, `awesome`, `i3`, `xmonad`, `picom`, `compton`, `dunst`, `mako`,
// `swaync`, `wofi`, `fuzzel`, `wlogout`, `libinput`, `libinput debug-events`, `KEYBOARD_KEY`,
// `POINTER_MOTION`, `evdev`, `evtest`, `Event: time`, `EV_KEY`, `SYN_REPORT`, `xkb`, `keyd`,
// `kmonad`, `kanata`, `xremap`, `input-remapper`, `keyszer`, `xkeysnail`, `toshy`, `xwaykeyz`,
// `xbindkeys`, `sxhkd`, `swhkd`, `xdotool`, `ydotool`, `autokey`, `libseat`, `seatd`, `xrdp`,
// `gnome-remote-desktop`, `redshift`, `gammastep`, `wlsunset`, `copyq`, `cliphist`, `kdeconnect`,
// `gsconnect`, `pipewire`, `wireplumber`). None of Wayfire, Waybar, xdg-desktop-portal-wlr, niri,
// ibus-typing-booster, ibus-daemon or librime's glog, Orca the screen reader, or keyszer is in any
// table (`wayfire` and `orca` match only other words, `xdg-desktop-portal-wlr` only a source naming
// its issue for PipeWire's lines, `(--)` only Xorg.0.log, `rime` and `ibus` only other words).
// Left out as measured already: Xorg.0.log, gnome-shell, KWin, plasmashell, mutter, Xwayland,
// sway's debug log, Hyprland's hyprland.log (and hypridle's, the same `[LOG]` shape), weston,
// gamescope, WAYLAND_DEBUG, evtest, fcitx5's stderr, speech-dispatcher's log, brltty, GDM, SDDM,
// LightDM, greetd, input-remapper, polybar, picom, ~/.xsession-errors. Left out as not confirmed by
// any search: fcitx 4's `(INFO-pid file.c:line)` console lines, kanata's console. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Wayfire's `29-11-26` is day, month, two-digit year; its, Waybar's,
// xdg-desktop-portal-wlr's and ibus-typing-booster's stamps have no zone and are taken as UTC.
// GTK's and GLib's `HH:MM:SS.mmm:` after `**:` and Orca's `HH:MM:SS.ffffff` are times of day only:
// they are on the clock's day. librime's glog `I1129` has no year: 2026. niri's journal line and
// niri's own stamp (ending in Z, on a machine that runs on UTC) are the same second, and either is
// accepted. keyszer's lines carry no time. Levels only where the line marks one: Wayfire's II WW EE
// DD, spdlog's bracketed words, GLib's WARNING after the domain, xdg-desktop-portal-wlr's bracketed
// words, tracing's padded word, Python logging's word before the colon, glog's letter, keyszer's
// `(--)` (its info, as Xorg's `(--)` is informational) `(DD)` `(WW)` `(EE)`; Orca writes none. The
// host is the record's host field: only niri's journal line has one; Orca's app names, the portal's
// outputs and render node, keyszer's devices are no hosts. A record that spans lines is one entry:
// ibus-typing-booster's ERROR with the Python traceback under it, Orca's text with its lines
// indented by 18 blanks. glog's `Logging before InitGoogleLogging()` notice is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part the
// source says "from memory" (only Orca's message texts after the dash). Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0883e68 before any rule for it: level 77.5 %, time 97.5 %, host 97.5 %, records 95.0 %.
// That is the macro figure (micro: level 77.5 %, time 97.5 %, host 97.5 %, records 95.0 %), in a
// worktree at 0883e68 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are Wayfire's doubled level letters (II WW EE DD), which trawl
// does not read, Waybar's GTK warning line, which trawl joins to the spdlog record above it (losing
// its time and level), and keyszer's `(--)` and `(DD)` markers, which trawl does not read as levels.

var fresh636Cases = []worldCase{
	{
		name:   "wayfire-log-letters-day-first-yy",
		source: "Wayfire's own log on stderr (`wayfire -d 2> wf.log`: a doubled level letter II, WW, EE or DD, then `dd-mm-yy HH:MM:SS.mmm - [file:line] msg`, wlroots' lines going through the same logger): WayfireWM/wayfire issue #2269 and PRs #2717 and #2573 (pasted logs)",
		why:    "a doubled level letter first; a two-digit day, month and year, day first, then a time with milliseconds and no zone (UTC by the rules); the bracketed file and line is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.173Z", Info, "", "II 29-11-26 07:41:16.173 - [src/main.cpp:438] Starting wayfire version 0.10.1"),
			we("2026-11-29T07:41:16.204Z", Debug, "", "DD 29-11-26 07:41:16.204 - [backend/drm/drm.c:1611] Found connector 'HDMI-A-2'"),
			we("2026-11-29T07:41:16.231Z", Info, "", `II 29-11-26 07:41:16.231 - [src/core/output-layout.cpp:1182] new output: eDP-1 ("BOE 0x0a1c (null)")`),
			we("2026-11-29T07:41:16.262Z", Warn, "", `WW 29-11-26 07:41:16.262 - [src/core/plugin-loader.cpp:121] plugin "wobbly" has no metadata, skipping its options`),
			we("2026-11-29T07:41:17.009Z", Error, "", "EE 29-11-26 07:41:17.009 - [src/core/plugin-loader.cpp:87] error loading plugin [/usr/lib/wayfire/libfiredecor.so]: /usr/lib/wayfire/libfiredecor.so: undefined symbol: _ZN2wf5scene11damage_nodeE"),
		},
	},
	{
		name:   "waybar-spdlog-stderr-with-gtk-warning",
		source: "Waybar run from a terminal (spdlog's default `[yyyy-MM-dd HH:mm:ss.mmm] [level] msg`, levels trace debug info warning error; GTK's own `(waybar:pid): Gtk-WARNING **: HH:MM:SS.mmm: msg` interleaved): Alexays/Waybar issues #4456, #3216 and #4829, swaywm/sway issue #4793 (pasted logs)",
		why:    "a bracketed zone-less date and time (UTC by the rules), then the bracketed level word; GTK's line has a time of day only (the clock's day) and its WARNING after the domain",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.220Z", Debug, "", "[2026-11-29 07:41:16.220] [debug] Try expanding: $XDG_CONFIG_HOME/waybar/config.jsonc"),
			we("2026-11-29T07:41:16.221Z", Info, "", "[2026-11-29 07:41:16.221] [info] Using configuration file /home/ines/.config/waybar/config.jsonc"),
			we("2026-11-29T07:41:16.226Z", Warn, "", "(waybar:4412): Gtk-WARNING **: 07:41:16.226: Theme parsing error: style.css:48:14: Junk at end of value for font-size"),
			we("2026-11-29T07:41:16.248Z", Warn, "", "[2026-11-29 07:41:16.248] [warning] battery: no battery found under /sys/class/power_supply, hiding the module"),
			we("2026-11-29T07:41:17.905Z", Error, "", `[2026-11-29 07:41:17.905] [error] custom/vpn: exec failed: "/home/ines/bin/vpn-status" exited with code 127`),
		},
	},
	{
		name:   "xdg-desktop-portal-wlr-stderr",
		source: "xdg-desktop-portal-wlr run by hand with `-l DEBUG` (its logger: `yyyy/MM/dd HH:MM:SS [LEVEL] - subsystem: msg`): emersion/xdg-desktop-portal-wlr issues #145, #271, #51 and #314 (pasted logs)",
		why:    "a slashed zone-less date and time (UTC by the rules), then the bracketed level word and ` - `; the wl_output and render node are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "2026/11/29 07:41:16 [DEBUG] - config: chooser_type: simple"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026/11/29 07:41:16 [DEBUG] - wlroots: interface to register zwlr_screencopy_manager_v1  (Version: 3)"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] - xdpw: Using render node /dev/dri/renderD129"),
			we("2026-11-29T07:41:29Z", Info, "", "2026/11/29 07:41:29 [INFO] - dbus: select sources method invoked"),
			we("2026-11-29T07:41:29Z", Error, "", "2026/11/29 07:41:29 [ERROR] - wlroots: no output matching DP-3 found"),
		},
	},
	{
		name:   "niri-journal-tracing-inner-utc",
		source: "niri started as a systemd user unit, read with journalctl (BSD journal line `Mon dd HH:MM:SS host niri[pid]:`, then tracing-subscriber's `yyyy-MM-ddTHH:MM:SS.ffffffZ LEVEL target: msg`, the level right-aligned to five): niri-wm/niri issues #2864, #2165 and #3007, NixOS/nixpkgs issue #518280 (pasted journals)",
		why:    "the journal's time and niri's own UTC time of the same second (the machine runs on UTC); the level word after niri's time; the journal's host; `niri::backend::tty` is a target, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.046516Z", Info, "lumen", "Nov 29 07:41:16 lumen niri[2731]: 2026-11-29T07:41:16.046516Z  INFO niri: starting version 25.11 (Fedora 25.11-1.fc43)"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.114835Z", Debug, "lumen", `Nov 29 07:41:16 lumen niri[2731]: 2026-11-29T07:41:16.114835Z DEBUG niri_config: loaded config from "/home/ines/.config/niri/config.kdl"`),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.561865Z", Debug, "lumen", `Nov 29 07:41:16 lumen niri[2731]: 2026-11-29T07:41:16.561865Z DEBUG niri::backend::tty: device added: 57857 "/dev/dri/card1"`),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.933175Z", Warn, "lumen", "Nov 29 07:41:16 lumen niri[2731]: 2026-11-29T07:41:16.933175Z  WARN niri::backend::tty: error setting gamma for DP-2: the connector has no GAMMA_LUT property"),
			we("2026-11-29T07:42:03Z|2026-11-29T07:42:03.408112Z", Error, "lumen", "Nov 29 07:42:03 lumen niri[2731]: 2026-11-29T07:42:03.408112Z ERROR niri::pw_utils: error starting screencast: pipewire stream failed to connect"),
		},
	},
	{
		name:   "ibus-typing-booster-debug-log",
		source: "ibus-typing-booster's ~/.local/share/ibus-typing-booster/debug.log (Python logging `yyyy-MM-dd HH:mm:ss,mmm file.py line N function LEVEL: msg`; an exception's traceback under its ERROR line): mike-fabian/ibus-typing-booster issues #128 and #178 (a pasted log); the traceback under the ERROR from Python logging's exception()",
		why:    "a zone-less date and time with comma milliseconds (UTC by the rules); the level word after the file, line and function, before a colon; the traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:09.301Z", Info, "", "2026-11-29 07:41:09,301 main.py line 241 main INFO: ibus-typing-booster 2.27.40 starting for engine typing-booster"),
			we("2026-11-29T07:41:09.512Z", Info, "", "2026-11-29 07:41:09,512 tabsqlitedb.py line 171 init INFO: Opened user database /home/ines/.local/share/ibus-typing-booster/user.db"),
			we("2026-11-29T07:42:14.929Z", Debug, "", "2026-11-29 07:42:14,929 hunspell_table.py line 5120 on_gsettings_value_changed DEBUG: Settings changed: key=dictionary value=de_DE,en_GB"),
			we("2026-11-29T07:42:15.004Z", Warn, "", "2026-11-29 07:42:15,004 itb_util.py line 3112 get_hunspell_dictionary_wordlist WARNING: No hunspell dictionary found for pt_BR"),
			we("2026-11-29T07:43:02.117Z", Error, "",
				"2026-11-29 07:43:02,117 hunspell_table.py line 1804 _update_candidates ERROR: Exception while updating the candidates",
				"Traceback (most recent call last):",
				`  File "/usr/share/ibus-typing-booster/engine/hunspell_table.py", line 1799, in _update_candidates`,
				"    self.emoji_matcher.candidates(self._transliterated_strings[ime])",
				"KeyError: 'NoIME'"),
		},
	},
	{
		name:   "ibus-daemon-verbose-rime-glog",
		source: "`ibus-daemon -v` in a terminal with ibus-rime loaded (GLib's `(ibus-ui-gtk3:pid): IBUS-WARNING **: HH:MM:SS.mmm: msg`, and librime's glog lines on stderr before InitGoogleLogging, `Lmmdd HH:MM:SS.ffffff tid file.cc:line] msg`, L one of I W E): hchunhui/librime-lua issue #47 and gentoo-zh/overlay issue #509 (pasted output)",
		why:    "GLib's line has a time of day only (the clock's day) and WARNING after the domain; glog's has no year (2026) and its level letter glued to the month and day; the thread id is no time; glog's notice line is fed, not scored",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.738Z", Warn, "", "(ibus-ui-gtk3:3120): IBUS-WARNING **: 07:41:16.738: panel.vala:262: Failed to read the accent color: No global engine."),
			wskip("WARNING: Logging before InitGoogleLogging() is written to STDERR"),
			we("2026-11-29T07:41:16.910632Z", Info, "", "I1129 07:41:16.910632  3141 deployer.cc:96] starting work thread for 3 tasks."),
			we("2026-11-29T07:41:16.912008Z", Info, "", "I1129 07:41:16.912008  3141 schema_update.cc:211] updating schema 'double_pinyin_flypy'."),
			we("2026-11-29T07:41:17.204118Z", Warn, "", "W1129 07:41:17.204118  3141 user_db.cc:288] user db 'luna_pinyin.userdb' needs repair, recovering from snapshot."),
			we("2026-11-29T07:41:17.338002Z", Error, "", "E1129 07:41:17.338002  3141 dictionary.cc:404] Error loading prism for dictionary 'luna_pinyin.extended'."),
		},
	},
	{
		name:   "orca-debug-out-time-of-day",
		source: "Orca's debug file (`orca --debug`, debug-<date>.out: debug.println with timestamp=True writes `HH:MM:SS.ffffff - TEXT`, a multi-line text's further lines indented by 18 blanks; object events `OBJECT EVENT: type (detail1, detail2, any_data)`): GNOME/orca src/orca/debug.py (println, printObjectEvent); the message texts after the dash from memory",
		why:    "a time of day with microseconds and no date (the clock's day); no level (the debug levels are not written); the indented lines under a stamped line belong to it; app names are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.530118Z", Unknown, "", "07:41:16.530118 - OBJECT EVENT: object:state-changed:focused (1, 0, 0)"),
			we("2026-11-29T07:41:16.531002Z", Unknown, "",
				"07:41:16.531002 - FOCUS MANAGER: Changing locus of focus from",
				"                  app='gedit' name='Untitled Document 1' role='text'",
				"                  to app='gedit' name='File name' role='text'"),
			we("2026-11-29T07:41:16.544870Z", Unknown, "", "07:41:16.544870 - SPEECH OUTPUT: 'Save As dialog'"),
			we("2026-11-29T07:41:16.545231Z", Unknown, "", "07:41:16.545231 - SPEECH OUTPUT: 'File name text'"),
			we("2026-11-29T07:41:16.551906Z", Unknown, "", "07:41:16.551906 - BRAILLE LINE:  'gedit application Save As dialog File name  $l'"),
		},
	},
	{
		name:   "keyszer-toshy-keymapper-console",
		source: "the keyszer keymapper (and its Toshy/xwaykeyz forks) on the console, as toshy-debug shows it (keyszer's logger prints `(--)` for info, `(DD)` debug, `(WW)` warn, `(EE)` error, no time): joshgoebel/keyszer src/keyszer/logger.py, RedBearAK/Toshy issue #522 (pasted output)",
		why:    "an Xorg-like marker in parentheses and nothing else before the message: (--) is keyszer's info; no time and no host; the device paths are no host",
		entries: []worldEntry{
			we("", Info, "", "(--) Grabbing keyboard: /dev/input/event4 (AT Translated Set 2 keyboard)"),
			we("", Debug, "", "(DD) Activating keymap for ThinkPad media keys."),
			we("", Info, "", "(--) Ready to process input."),
			we("", Warn, "", "(WW) Device /dev/input/event19 went away, releasing it"),
			we("", Error, "", "(EE) Could not open /dev/uinput: permission denied (is the user in the input group?)"),
		},
	},
}

func TestFresh636Formats(t *testing.T) { assertTable(t, fresh636Cases) }
func TestFresh636Score(t *testing.T) {
	checkScore(t, "fresh636 formats", fresh636Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
