package parse

import "testing"

// The four-hundred-and-seventy-first fresh table: desktop and end-user applications' logs as people
// attach them to bug reports, shapes no earlier table holds. Each family is one product's documented
// or observed output: World of Warcraft's WoWCombatLog (the 11.x/12.x line with a year and an hour
// offset glued to the milliseconds); EVE Online's chat log (its dashed header block, then
// `[ yyyy.MM.dd HH:mm:ss ] Pilot > text`); Strawberry's console (a time of day only, a padded
// level word, `Class:line`), and the same lines in the journal; Quassel's client debug log
// (`[Info ]`, `[Warn ]`, `[Debug]`); Mozilla VPN's log file (a day-first date in brackets and
// `(main - Component)`); Arduino IDE 2 on a terminal (Theia's `ISO-Z logger LEVEL msg` with a
// stack under an ERROR) and its log file (a zone-less local stamp before the same line).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`COMBAT_LOG`, `SPELL_DAMAGE`, `ENCOUNTER_START`, `warcraft`, `EVE Online`, `eve online`,
// `Gamelog`, `Channel Name:`, `Listener:`, `EVE System`, `strawberry`, `clementine`,
// `GstEnginePipeline`, `quassel`, `[Warn ]`, `[Debug]`, `mozillavpn`, `mozilla vpn`, `(main - `,
// `arduino`, `arduino-ide`, `daemon INFO`, `root INFO`, `Theia`, `windscribe`, `piavpn`,
// `daemon.connection`, `surfshark`, `expressvpn`, `ivpn`, `battle.net`, `ALWAYS|`, `yuzu`, `iina`,
// `gajim`, `nheko`, `zotero`, `keepassxc`, `bitwarden`, `Tor Browser`, `obsidian`, `emacs`, and
// the products already measured: `firefox`, `MOZ_LOG`, `chrome_debug`, `electron`, `vscode`,
// `idea.log`, `jetbrains`, `libreoffice`, `SAL_LOG`, `slack`, `discord`, `steam`, `minecraft`,
// `unreal`, `mpv`, `vlc`, `openvpn`, `wireguard`, `tailscale`, `zoom`, `teams`, `thunderbird`,
// `kodi`, `!ENTRY`, `neovim`, `mullvad`, `protonvpn`, `anyconnect`, `globalprotect`, `PanGPS`,
// `telegram`, `pidgin`, `hexchat`, `mumble`, `teamspeak`, `dolphin`, `retroarch`, `lutris`,
// `heroic`, `spotify`, `audacity`, `Player.log`, `Zed.log`, `rpcs3`, `Path of Exile`,
// `Client.txt`, `OfficeClickToRun`, `GMT+0`, `Report.wer`, `rstudio`, `prism`, `cemu`,
// `duckstation`, `pcsx2`, `webex`, `weechat`). None of WoW's combat log, EVE's chat log,
// Strawberry, Quassel, Mozilla VPN or Arduino IDE 2 is in any table (`arduino` matches only
// microcontroller firmware and its syslog senders; `[Warn ]` and `[Debug]` other products). Left out
// as measured already: Firefox's MOZ_LOG, Chromium's and Electron's logs, VS Code, JetBrains,
// LibreOffice's SAL_LOG, Slack, Discord, Steam, Minecraft, Unreal, Unity, mpv, VLC, Kodi, OBS, the
// OpenVPN, WireGuard, Tailscale, Mullvad, Proton, AnyConnect and GlobalProtect clients, Signal,
// Telegram, Teams, Zoom, Thunderbird, Path of Exile's Client.txt, Office's Click-to-Run ULS log.
// Left out as not confirmed by any search: Windscribe's and PIA's desktop logs. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). WoW's `11/29/2026 02:41:16.462-5` is local time with its hour offset glued
// to the milliseconds (UTC-5, so 07:41:16.462Z). EVE's chat times are EVE time (UTC). Strawberry's
// console has a time of day only: it is on the clock's day; in the journal the journal's time and
// Strawberry's own time of the same second are both accepted. Quassel's and Mozilla VPN's stamps
// have no zone and are taken as UTC; Mozilla VPN's date is day-first. Arduino IDE 2's Theia stamp
// ends in Z; its log file puts the writer's zone-less local stamp before it, and either is accepted
// (the zone-less one read as UTC, as the rules say). Levels only where the line marks one:
// Strawberry's DEBUG INFO WARN ERROR, Quassel's bracketed words, Theia's level word after the
// logger name; WoW's event names (UNIT_DIED, SPELL_DAMAGE), EVE's lines and Mozilla VPN's lines
// carry none. The host is the record's host field: only the journal's; EVE's pilot names, WoW's
// player GUIDs and realm names, Quassel's IRC network and Arduino's daemon address are no hosts. A
// record that spans lines is one entry: Theia's ERROR with the JavaScript stack under it. EVE's
// header block is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit c5fa4ec before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 86.8 %, host 100.0 %, records 100.0 %), in a
// worktree at c5fa4ec with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is WoW's hour offset glued to the milliseconds (`-5`), which
// trawl drops, reading the local time as UTC.

var fresh471Cases = []worldCase{
	{
		name:   "wow-combatlog-year-hour-offset",
		source: "World of Warcraft 11.x/12.x Logs/WoWCombatLog-*.txt (`M/d/yyyy HH:mm:ss.fff±H  EVENT,params…`, two spaces before the event, the local hour offset glued to the milliseconds; COMBAT_LOG_VERSION 22 header line): combat-log parser test fixtures found with find_string (`9/15/2025 21:30:21.462-4  COMBAT_LOG_VERSION,22,…`, `11/22/2025 11:20:43.174-5  ENCOUNTER_START,…`, `9/14/2026 20:01:05.123+2`)",
		why:    "a month-first slashed date with a year; `-5` after the milliseconds is the hour offset (UTC-5); GUIDs, hex flags and spell ids are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.462Z", Unknown, "", "11/29/2026 02:41:16.462-5  COMBAT_LOG_VERSION,22,ADVANCED_LOG_ENABLED,1,BUILD_VERSION,12.1.5,PROJECT_ID,1"),
			we("2026-11-29T07:41:16.463Z", Unknown, "", `11/29/2026 02:41:16.463-5  ZONE_CHANGE,2769,"Nerub-ar Palace",16`),
			we("2026-11-29T07:43:09.118Z", Unknown, "", `11/29/2026 02:43:09.118-5  ENCOUNTER_START,2902,"Ulgrax the Devourer",16,20,2657`),
			we("2026-11-29T07:43:10.774Z", Unknown, "", `11/29/2026 02:43:10.774-5  SPELL_DAMAGE,Player-1403-0A7C22F1,"Brenwick-Draenor-EU",0x512,0x0,Creature-0-4233-2657-11930-215657-00004B1C2E,"Ulgrax the Devourer",0x10a48,0x0,1449,"Arcane Explosion",0x40,Creature-0-4233-2657-11930-215657-00004B1C2E,0000000000000000,96,100,0,0,0,-1,0,0,0,-2712.41,-98.20,2292,4.7121,82,48211,31040,-1,64,0,0,0,nil,nil,nil,ST`),
			we("2026-11-29T07:47:52.009Z", Unknown, "", `11/29/2026 02:47:52.009-5  UNIT_DIED,0000000000000000,nil,0x80000000,0x80000000,Player-1403-0A7C22F1,"Brenwick-Draenor-EU",0x512,0x0,0`),
		},
	},
	{
		name:   "eve-online-chatlog-header",
		source: "EVE Online's Documents/EVE/logs/Chatlogs/<Channel>_<yyyyMMdd>_<HHmmss>_<charid>.txt (a dashed header block with Channel ID, Channel Name, Listener and Session started, then `[ yyyy.MM.dd HH:mm:ss ] Author > text`): nohus/rift's ChatLogFileParser and ChatLogFileMetadata (found with the code search); the header's exact spacing from memory",
		why:    "a dotted date inside a bracket padded with blanks; EVE time is UTC; `EVE System` and pilot names are authors, not hosts; no level",
		entries: []worldEntry{
			wskip("",
				"",
				"---------------------------------------------------------------",
				"",
				"  Channel ID:      local",
				"  Channel Name:    Local",
				"  Listener:        Tamsin Verrault",
				"  Session started: 2026.11.29 07:40:58",
				"---------------------------------------------------------------",
				""),
			we("2026-11-29T07:41:02Z", Unknown, "", "[ 2026.11.29 07:41:02 ] EVE System > Channel changed to Local : Perimeter"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[ 2026.11.29 07:41:16 ] Oskar Lindqvar > anyone selling nanite paste in station?"),
			we("2026-11-29T07:43:40Z", Unknown, "", "[ 2026.11.29 07:43:40 ] Tamsin Verrault > o7 heading out"),
			we("2026-11-29T07:44:05Z", Unknown, "", "[ 2026.11.29 07:44:05 ] EVE System > Channel changed to Local : Jita"),
		},
	},
	{
		name:   "strawberry-console-time-of-day",
		source: "Strawberry music player run from a terminal (its logging.cpp: `HH:mm:ss.zzz LEVEL Class:line` padded to a column, then the message; levels DEBUG INFO WARN ERROR): strawberrymusicplayer/strawberry issues #121, #343, #1812 and #1822",
		why:    "a time of day with milliseconds and no date (the clock's day); the level word padded to five; `GstEnginePipeline:1825` is a class and line, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.420Z", Info, "", "07:41:16.420 INFO  main:161                         Strawberry 1.2.14"),
			we("2026-11-29T07:41:16.431Z", Warn, "", `07:41:16.431 WARN  IconLoader:87                    Couldn't load icon "love" from system theme icons.`),
			we("2026-11-29T07:41:17.905Z", Debug, "", `07:41:17.905 DEBUG GstEnginePipeline:1825           Setting pipeline 2 state to "Playing"`),
			we("2026-11-29T07:41:18.212Z", Error, "", `07:41:18.212 ERROR GstEnginePipeline:1402           "Could not open resource for reading." (5)`),
			we("2026-11-29T07:41:18.230Z", Debug, "", `07:41:18.230 DEBUG LyricsFetcherSearch:138          Using lyrics from "Musixmatch" for "Harbour Lights" "Low Tide" with score 2`),
		},
	},
	{
		name:   "strawberry-journal-own-clock",
		source: "Strawberry started from the desktop file under GNOME, its console lines read with journalctl (BSD journal line with the app id `org.strawberrymusicplayer.strawberry.desktop[pid]:`, then Strawberry's own `HH:mm:ss.zzz LEVEL Class:line msg`): strawberrymusicplayer/strawberry issues #1532 and #1106",
		why:    "the journal's time and Strawberry's time of day of the same second; the journal's host; the level word after the inner time",
		entries: []worldEntry{
			we("2026-11-29T07:50:31Z|2026-11-29T07:50:31.877Z", Debug, "tuxbox", `Nov 29 07:50:31 tuxbox org.strawberrymusicplayer.strawberry.desktop[20417]: 07:50:31.877 DEBUG GstEnginePipeline:1684           Pipeline 3 state changed from "Paused" to "Playing"`),
			we("2026-11-29T07:50:31Z|2026-11-29T07:50:31.902Z", Info, "tuxbox", `Nov 29 07:50:31 tuxbox org.strawberrymusicplayer.strawberry.desktop[20417]: 07:50:31.902 INFO  ScrobblingAPI20:702             Scrobbled 3 songs to "Last.fm"`),
			we("2026-11-29T07:50:33Z|2026-11-29T07:50:33.015Z", Warn, "tuxbox", `Nov 29 07:50:33 tuxbox org.strawberrymusicplayer.strawberry.desktop[20417]: 07:50:33.015 WARN  AlbumCoverLoader:412            Unable to load cover from "file:///home/ines/Music/Harbour Lights/Low Tide/cover.webp"`),
			we("2026-11-29T07:50:40Z|2026-11-29T07:50:40.558Z", Error, "tuxbox", `Nov 29 07:50:40 tuxbox org.strawberrymusicplayer.strawberry.desktop[20417]: 07:50:40.558 ERROR TidalService:988                Tidal: "Reply from server missing Json data."`),
		},
	},
	{
		name:   "quassel-client-debug-log",
		source: "Quassel 0.14's client and core logger (`yyyy-MM-dd HH:mm:ss [Level] msg`, the level word padded to five in brackets: `[Debug]`, `[Info ]`, `[Warn ]`, `[Error]`; `--debug-irc` lines `IRC net  N >> \"…\"`): quassel/quassel PRs #472 and #424",
		why:    "a zone-less date and time (UTC by the rules); the bracketed level padded with a blank; the IRC network number and the raw IRC line's server are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [Info ] Quassel Client v0.14.0 (dist-8c3a1f2)"),
			we("2026-11-29T07:41:16Z", Warn, "", `2026-11-29 07:41:16 [Warn ] Missing icon: "{inactive-quassel-tray}"`),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 07:41:17 [Debug] Using the DataStream protocol..."),
			we("2026-11-29T07:41:20Z", Debug, "", `2026-11-29 07:41:20 [Debug] IRC net  2 >> "JOIN #harbour-dev"`),
			we("2026-11-29T07:41:31Z", Error, "", "2026-11-29 07:41:31 [Error] Could not connect to core: The remote host closed the connection"),
		},
	},
	{
		name:   "mozilla-vpn-log-day-first",
		source: "Mozilla VPN's log file (mozillavpn.txt, `[dd.MM.yyyy HH:mm:ss.zzz] (thread - Component) msg`): mozilla-mobile/mozilla-vpn-client PR #1109 (a pasted log), issue #859",
		why:    "a day-first dotted date in brackets; `(main - Controller)` is a thread and component, no level and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "", "[29.11.2026 07:41:16.412] (main - LogHandler) Log file: /home/ines/.local/share/mozillavpn.txt"),
			we("2026-11-29T07:41:16.413Z", Unknown, "", "[29.11.2026 07:41:16.413] (main - Command) MozillaVPN 2.24.1"),
			we("2026-11-29T07:41:16.414Z", Unknown, "", "[29.11.2026 07:41:16.414] (main - Command) User-Agent: MozillaVPN/2.24.1 (sys:fedora 41)"),
			we("2026-11-29T07:41:19.087Z", Unknown, "", "[29.11.2026 07:41:19.087] (main - Controller) Activation started"),
			we("2026-11-29T07:41:19.640Z", Unknown, "", "[29.11.2026 07:41:19.640] (main - ConnectionHealth) Connection health changed to: stable"),
		},
	},
	{
		name:   "arduino-ide2-terminal-theia",
		source: "Arduino IDE 2 started from a terminal with `--log-level debug` (Theia's backend logger `yyyy-MM-ddTHH:mm:ss.SSSZ logger LEVEL msg`, loggers root, config, daemon, discovery-log; an ERROR with the Node stack under it): arduino/arduino-ide issues #2585, #2122 and #1942, PR #2101",
		why:    "an ISO time in Z, then a logger name, then the level word; the stack's `at …` lines belong to the ERROR above them; the daemon's 127.0.0.1 is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.802Z", Info, "", `2026-11-29T07:41:16.802Z root INFO Deployed backend plugin "vscode.cpp@1.52.1" from "/opt/arduino-ide/resources/app/plugins/vscode-builtin-cpp/extension": 3.1 ms [Finished 1.204 s after backend start]`),
			we("2026-11-29T07:41:16.955Z", Info, "", "2026-11-29T07:41:16.955Z config INFO The CLI config is valid."),
			we("2026-11-29T07:41:17.311Z", Info, "", "2026-11-29T07:41:17.311Z daemon INFO Daemon is running."),
			we("2026-11-29T07:41:21.046Z", Debug, "", `2026-11-29T07:41:21.046Z root DEBUG Board config changed: {"selectedBoard":{"name":"Arduino Nano ESP32","fqbn":"arduino:esp32:nano_nora"},"selectedPort":{"address":"/dev/ttyACM0","protocol":"serial"}}`),
			we("2026-11-29T07:41:24.590Z", Error, "",
				`2026-11-29T07:41:24.590Z daemon ERROR Error: {"error":"Can't open serial port /dev/ttyACM0: permission denied"}`,
				"    at Socket.<anonymous> (/opt/arduino-ide/resources/app/lib/backend/main.js:2:1048572)",
				"    at Socket.emit (node:events:519:28)",
				"    at addChunk (node:internal/streams/readable:559:12)"),
		},
	},
	{
		name:   "arduino-ide2-log-file-local-prefix",
		source: "Arduino IDE 2.2+'s rotating log file on Windows (%AppData%\\Arduino IDE\\*.log: the file writer's zone-less local `yyyy-MM-dd HH:mm:ss` before Theia's `ISO-Z logger LEVEL msg`), here a machine at +01:00: arduino/arduino-ide issues #2231 and #1527",
		why:    "two stamps of the same moment: the local one has no zone (read as UTC by the rules), the Theia one ends in Z; either is accepted; the level word after the logger name",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.790Z", Info, "", `2026-11-29 08:41:16 2026-11-29T07:41:16.790Z daemon INFO Starting daemon from C:\Users\ines\AppData\Local\Programs\Arduino IDE\resources\app\lib\backend\resources\arduino-cli.exe...`),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.791Z", Info, "", "2026-11-29 08:41:16 2026-11-29T07:41:16.791Z root INFO Backend s.initialize: 0.4 ms [Finished 0.712 s after backend start]"),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.795Z", Info, "", "2026-11-29 08:41:16 2026-11-29T07:41:16.795Z discovery-log INFO start"),
			we("2026-11-29T08:41:18Z|2026-11-29T07:41:18.260Z", Warn, "", "2026-11-29 08:41:18 2026-11-29T07:41:18.260Z root WARN Could not resolve the sketch folder: C:\\Users\\ines\\Documents\\Arduino\\blink_nano"),
			we("2026-11-29T08:41:19Z|2026-11-29T07:41:19.004Z", Error, "", "2026-11-29 08:41:19 2026-11-29T07:41:19.004Z daemon ERROR Failed to upload: no upload port provided"),
		},
	},
}

func TestFresh471Formats(t *testing.T) { assertTable(t, fresh471Cases) }
func TestFresh471Score(t *testing.T) {
	checkScore(t, "fresh471 formats", fresh471Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
