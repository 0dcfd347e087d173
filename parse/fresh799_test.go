package parse

import "testing"

// The seven-hundred-and-ninety-ninth fresh table: Linux desktop and laptop daemons at debug or
// verbose settings, in the layouts of their own log files and terminals: optimus-manager's daemon
// log (a bracketed count of milliseconds since start, no clock time); blueman-applet's Python
// logging (a time of day with dots, a padded level); swayidle -d (a local date and time before a
// dash and a bracketed source file, no level); udiskie -v (the level first, then a bracketed
// Python asctime); xfce4-power-manager --debug (TRACE[file:line] function(), no time); bumblebeed
// -v (a bracketed uptime, then a bracketed level); upowerd --verbose on a terminal (GLib's
// default handler: DOMAIN-LEVEL, a time of day); hypridle (hyprutils' bracketed LOG/WARN/ERR tag,
// no time).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `networkmanager`, `wpa_supplicant`, `bluetoothd`, `bluez`,
// `pipewire`, `wireplumber`, `upower`, `tlp`, `thermald`, `fwupd`, `gnome-shell`, `mutter`, `kwin`,
// `plasmashell`, `Xorg`, `sway`, `hyprland`, `gdm`, `sddm`, `packagekit`, `colord`, `cups-browsed`,
// `iwd`, `ModemManager`, `polkit`, `geoclue`, `avahi`, `boltd`, `fprintd`, `power-profiles`,
// `switcheroo`, `iio-sensor`, `lightdm`, `greetd`, `weston`, `wayfire`, `labwc`, `niri`, `cosmic`,
// `gamescope`, `picom`, `waybar`, `mako`, `dunst`, `speech-dispatcher`, `fcitx`, `ibus`, `jackdbus`,
// `solaar`, `openrazer`, `bluealsa`, `usbguard`, `snapper`, `xscreensaver`, `kanata`, `corectrl`,
// `nbfc`, `gamemode`, `timeshift`, `plymouth`, `btmon`, `HCI Command`, `swayidle`, `swaylock`,
// `- [main.c`, `optimus`, `relativeCreated`, `blueman`, `blueman-applet [0-9]`, `udiskie`, `xfpm`,
// `TRACE[`, `bumblebee`, `[INFO]/usr`, `upowerd`, `UPower-Linux`, `hypridle`, `[LOG] `, `touchegg`,
// `powerdevil`, `swww`, `envycontrol`, `autorandr`. The theme's own daemons (NetworkManager,
// wpa_supplicant, bluetoothd, PipeWire, WirePlumber, fwupd, gnome-shell, kwin, Xorg, sway, Hyprland,
// gdm, sddm, PackageKit, colord, cups-browsed, thermald, TLP) are all measured already, so this
// table takes their neighbours on the same desktops; `bumblebee`, `swayidle`, `hypridle` and
// `upowerd` match only grep lists, optirun's console or upowerd's journal and monitor output, not
// these layouts. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). swayidle's and udiskie's local times are taken as UTC; blueman's and
// upowerd's times of day carry no date and fall on the clock's day; optimus-manager's relative
// milliseconds, bumblebeed's uptime and xfpm's and hypridle's untimed lines carry no time. Levels
// only where the line marks one: optimus-manager's, blueman's and udiskie's Python level names,
// bumblebeed's [INFO]/[WARN]/[ERROR]/[DEBUG], upowerd's GLib -DEBUG/-WARNING/-CRITICAL suffix, xfpm's
// TRACE tag (Trace), hypridle's [LOG] (Info), [WARN] and [ERR]; swayidle marks its level by colour
// only, so it has none in a file. No line carries a host. blueman's logged exception with its
// traceback is one record.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from memory"
// (all but optimus-manager's). Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7bea2d1 before any rule for it: level 87.5 %, time 87.5 %,
// host 100.0 %, records 100.0 %. That is the macro figure (micro: level 90.3 %, time 87.1 %, host
// 100.0 %, records 100.0 %), in a worktree at 7bea2d1 with no change to trawl's code (only this
// file and table_test.go's list), 6 of 8 families fully right; the gaps: blueman's dotted time of
// day after the program name is not read (no time), and xfce4-power-manager's TRACE tag glued to
// its `[file:line]` is not read as a level.

var fresh799Cases = []worldCase{
	{
		name:   "optimus-manager-daemon-relative-ms",
		source: "optimus-manager's daemon and switch logs (/var/log/optimus-manager/…): optimus_manager/log_utils.py `logging.basicConfig(format=\"[%(relativeCreated)d] %(levelname)s: %(message)s\")`, found by the format string with the search tool",
		why:    "a bracketed count of milliseconds since the process started, no clock time; the level name after it",
		entries: []worldEntry{
			we("", Info, "", "[182] INFO: # Daemon pre-start hook"),
			we("", Info, "", "[236] INFO: Requested mode is: hybrid"),
			we("", Warn, "", "[241] WARNING: Cannot find a NVIDIA GPU on the PCI bus, falling back to integrated"),
			we("", Error, "", "[3107] ERROR: Cannot load kernel module nvidia_drm: modprobe exited with code 1"),
		},
	},
	{
		name:   "blueman-applet-dotted-time-of-day",
		source: "blueman's logging setup (`%(name)s %(asctime)s %(levelname)-8s %(module)s:%(lineno)s %(funcName)-10s: %(message)s` with a dotted H.M.S time and milliseconds) from memory; the search tool did not find the format string",
		why:    "the program name first, then a time of day with dots and milliseconds, a level padded to eight, module:line and function; a logged exception's traceback follows as lines of the same record",
		gap:    "the dotted time of day with milliseconds after the program name (`blueman-applet 07.41.16.204`) is not read: every record gets no time, though the line carries one on the clock's day",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "blueman-applet 07.41.16.204 INFO     PluginManager:90 load_plugin: loading <class 'blueman.plugins.applet.PowerManager.PowerManager'>"),
			we("2026-11-29T07:41:16.517Z", Debug, "", "blueman-applet 07.41.16.517 DEBUG    Manager:71 _on_adapter_added: /org/bluez/hci0"),
			we("2026-11-29T07:41:19.088Z", Warn, "", "blueman-applet 07.41.19.088 WARNING  DiscvManager:104 update_menuitems: warning: adapter hci0 not powered"),
			we("2026-11-29T07:41:22.630Z", Error, "", "blueman-applet 07.41.22.630 ERROR    DBusProxy:60 callback: Connection to 5C:44:3E:10:2A:7B failed",
				"Traceback (most recent call last):",
				"  File \"/usr/lib/python3/dist-packages/blueman/bluez/Device.py\", line 44, in connect",
				"    self._call(\"Connect\")",
				"blueman.bluez.errors.DBusFailedError: br-connection-page-timeout"),
		},
	},
	{
		name:   "swayidle-debug-date-dash",
		source: "swayidle -d on stderr (log.c: `strftime(buffer, sizeof(buffer), \"%F %T - \", tm_info)`, then `[file:line] ` and the message; the level shown by colour only) from memory",
		why:    "a local date and time, a dash, a bracketed source file and line; no level word",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 - [main.c:1012] Got timeout 300"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 - [main.c:415] Register with timeout: 300000"),
			we("2026-11-29T07:46:16Z", Unknown, "", "2026-11-29 07:46:16 - [main.c:521] Idle state"),
			we("2026-11-29T07:46:16Z", Unknown, "", "2026-11-29 07:46:16 - [main.c:133] Cmd exec swaylock -f -c 1d2021"),
		},
	},
	{
		name:   "udiskie-verbose-level-first",
		source: "udiskie -v on the terminal (cli.py's debug format `%(levelname)s [%(asctime)s] %(name)s: %(message)s`) from memory",
		why:    "the level name first, then the Python asctime with comma milliseconds in brackets, the logger name",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "DEBUG [2026-11-29 07:41:16,204] udiskie.mount: found device owning \"/dev/sdb1\": \"/org/freedesktop/UDisks2/block_devices/sdb1\""),
			we("2026-11-29T07:41:16.733Z", Info, "", "INFO [2026-11-29 07:41:16,733] udiskie.mount: mounted /org/freedesktop/UDisks2/block_devices/sdb1 on /media/kim/CAMERA"),
			we("2026-11-29T07:42:05.019Z", Error, "", "ERROR [2026-11-29 07:42:05,019] udiskie.mount: failed to unmount /org/freedesktop/UDisks2/block_devices/sdb1: target is busy"),
		},
	},
	{
		name:   "xfce4-power-manager-debug-trace",
		source: "xfce4-power-manager --debug on the terminal (xfpm-debug.c / libxfce4util's TRACE: `TRACE[file:line] function(): message`) from memory",
		why:    "no time; a TRACE tag glued to the bracketed source file and line, then the function",
		gap:    "the TRACE tag glued to `[file:line]` at the start of the line is not read as a level: Unknown, though the line marks Trace",
		entries: []worldEntry{
			we("", Trace, "", "TRACE[xfpm-power.c:412] xfpm_power_get_properties(): on_battery=1 lid_is_closed=0"),
			we("", Trace, "", "TRACE[xfpm-battery.c:288] xfpm_battery_refresh(): BAT0 percentage 41 state discharging"),
			we("", Trace, "", "TRACE[xfpm-manager.c:705] xfpm_manager_lid_changed_cb(): lid closed, action suspend"),
		},
	},
	{
		name:   "bumblebeed-verbose-uptime-level",
		source: "bumblebeed --verbose / --debug on stderr (bb_log: `[%5d.%06d]` seconds since boot, then `[LEVEL]` glued to the message) from memory",
		why:    "a bracketed uptime in seconds and microseconds (no clock time), then a bracketed level tag glued to the message",
		entries: []worldEntry{
			we("", Info, "", "[  214.806331] [INFO]/usr/sbin/bumblebeed 3.2.1 started"),
			we("", Debug, "", "[  214.806512] [DEBUG]Active configuration: driver nvidia, PM method bbswitch"),
			we("", Warn, "", "[  388.120044] [WARN]The Bumblebee server was not started, launching X anyway"),
			we("", Error, "", "[  390.501877] [ERROR]X did not start. Check /var/log/Xorg.8.log"),
		},
	},
	{
		name:   "upowerd-verbose-glib-terminal",
		source: "upowerd --verbose run on a terminal (GLib's default handler: `DOMAIN-DEBUG: HH:MM:SS.mmm: message`; warnings as `(prog:pid): DOMAIN-WARNING **: HH:MM:SS.mmm: message`) from memory",
		why:    "the GLib domain and level glued with a dash before a time of day with milliseconds; warnings carry the program and pid in parentheses and two asterisks",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "UPower-Linux-DEBUG: 07:41:16.204: using /sys/class/power_supply/BAT0 for battery"),
			we("2026-11-29T07:41:16.311Z", Debug, "", "UPower-DEBUG: 07:41:16.311: emitting device-added: /org/freedesktop/UPower/devices/battery_BAT0"),
			we("2026-11-29T07:41:46.012Z", Warn, "", "(upowerd:1388): UPower-Linux-WARNING **: 07:41:46.012: energy 0 outside range, clamping"),
			we("2026-11-29T07:42:10.550Z", Critical, "", "(upowerd:1388): UPower-CRITICAL **: 07:42:10.550: up_device_get_object_path: assertion 'UP_IS_DEVICE (device)' failed"),
		},
	},
	{
		name:   "hypridle-hyprutils-bracket-tags",
		source: "hypridle on stderr or in its journal-less log (hyprutils' Debug::log: `[LOG] `, `[WARN] `, `[ERR] `, `[TRACE] ` prefixes) from memory",
		why:    "no time; a bracketed tag first: LOG is the ordinary level (Info), WARN, ERR, TRACE",
		entries: []worldEntry{
			we("", Info, "", "[LOG] found ext-idle-notify-v1 at 27"),
			we("", Info, "", "[LOG] Registered timeout rule for 300s: on-timeout loginctl lock-session"),
			we("", Trace, "", "[TRACE] Got an idle event for rule 0"),
			we("", Warn, "", "[WARN] Inhibit locks acquired: 1, ignoring idle for rule 1"),
			we("", Error, "", "[ERR] Couldn't connect to dbus system bus: org.freedesktop.DBus.Error.NoServer"),
		},
	},
}

func TestFresh799Formats(t *testing.T) { assertTable(t, fresh799Cases) }
func TestFresh799Score(t *testing.T) {
	checkScore(t, "fresh799 formats", fresh799Cases, [worldNumFields]float64{87.4, 87.4, 99.9, 99.9})
}
