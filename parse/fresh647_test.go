package parse

import "testing"

// The six-hundred-and-forty-seventh fresh table: web browsers' and Electron applications' own
// output, as people paste it into bug reports, in shapes no earlier table holds. Each family is one
// product's documented or observed output: Signal Desktop's saved debug log (a padded level word,
// then an ISO time in Z, an updateSchema message over indented lines); Discord's terminal output on
// Linux (the module updater's locale stamp `11/29/2026, 8:41:16 AM GMT+1 [Modules]`, `blackbox:`
// lines, untimed bootstrap lines and inspected objects over several lines); Discord's native
// Rust updater (`[date micro +01:00] LEVEL [updater_client::…]:`); the VS Code CLI's `code tunnel`
// console (`[yyyy-MM-dd HH:mm:ss] level`, a link on the line under an empty info line); VS Code's
// Remote - Tunnels output channel (the extension's local stamp around the CLI's UTC stamp); VS
// Code's Chromium lines on a Windows console with the process id only (`[pid:MMdd/HHmmss.mmm:…]`);
// Obsidian on a Linux terminal (its loader's zone-less stamp, untimed lines, Chromium's pid-only
// lines with `file.cc:line]`); Firefox on a Linux terminal (Gecko's untimed `[Parent pid, Main
// Thread] WARNING:` lines between GLib's `(firefox:pid): Gtk-CRITICAL **: HH:mm:ss.SSS:` lines).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`chrome_debug`, `MOZ_LOG`, `vscode`, `VS Code`, `slack`, `discord`,
// `teams`, `obsidian`, `signal`, `electron`, `firefox`, `chromium`, `ERROR:`, `renderer`,
// `sharedprocess`, `ptyhost`, `exthost`, `main.log`, `Brave`, `edge`, `msedge`, `vivaldi`, `opera`,
// `safari`, `webkit`, `epiphany`, `qutebrowser`, `librewolf`, `waterfox`, `thorium`, `tor browser`,
// `cursor`, `windsurf`, `notion`, `figma`, `postman`, `insomnia`, `1password`, `bitwarden`,
// `element`, `mattermost`, `whatsapp`, `skype`, `zulip`, `rocket.chat`, `github desktop`,
// `gitkraken`, `hyper`, `tabby`, `atom`, `logseq`, `joplin`, `typora`, `mark text`, `todoist`,
// `spotify`, `electron-log`, `electron-updater`, `squirrel`, `SquirrelSetup`, `nativefier`,
// `ferdium`, `franz`, `rambox`, `station`, `beeper`, `wire`, `keybase`, `loom`, `docker desktop`,
// `lens`, `mongodb compass`, `balena`, `etcher`, `minecraft launcher`, `epic games`, `steam`, `cef`,
// `CefSharp`, `chrome://`, `net-export`, `netlog`, `crashpad`, `breakpad`, `about:support`,
// `browser console`, `geckodriver`, `chromedriver`, `marionette`, `webdriver`, `puppeteer`,
// `playwright`, `selenium`, `[main 20`, `tunnels::`, `code tunnel`, `code-server`,
// `Loading main app package`, `main app package`, `[NOTICE] Bootstrapped`, `/26, 0`,
// `Sync.Service`, `ShipIt`, `:INFO:CONSOLE`, `CONSOLE(`, `google-chrome`, `chrome.desktop`,
// `brave-browser`, `app:_init`, `remote-wsl`, `wsl daemon`, `Resolving wsl`, `[renderer`,
// `[Modules]`, `discord_`, `Discord Canary`, `discord desktop`, `renderer_js`, `debuglogs`,
// `INFO  2026`, `WARN  2026`, `openvscode`, `serve-web`, `Extension host agent`, `vscode-server`,
// `Copilot`, `updater_client`, `Modules initializing`, `splashScreen`, `Starting updater`,
// `blackbox:`, `reqwest::connect`, `russh`, `rpc.0`, `Ignored: Error`, `obsidian.asar`,
// `app ready`, `Debug log`, `This log will be posted`, `Main Thread] WARNING`, `[Parent `,
// `Gtk-WARNING`, `JavaScript error`, `[GFX1`, `###!!!`, `AM CST`, `PM CST`, `AM UTC`, ` AM EST`,
// `, 1:`, `cache_util`, `disk_cache.cc`, `bus.cc`, `tor_file_watcher`, `tor-torrc`,
// `Tor can't help you`, `nsSigHandlers`, `GLib-GIO-WARNING`, `glib warning`, `signal-desktop`,
// `Signal Desktop`, `Open this link in your browser`, `Visual Studio Code Server`, `tunnel`,
// `GMT+1 [`, `ERROR:media/gpu`, `vaapi_wrapper`, `Unable to create cache`, `old_Cache_Data`,
// `Checking for update using`, `App is up to date`, `updateSchema`, `SQL channel job`,
// `Discord 0.0`, `HostIdentifier`, `debug [reqwest`, `] info [`, `] debug [`, `code-tunnel`,
// `vscode.dev/tunnel`, `Parent 1`, `Child 8`, `, Main Thread] WARNING:`, `brave`, `tor-internals`,
// `updater`, and as patterns Chromium's prefix with the process id only `[pid:MMdd/HHmmss.`,
// electron-log's console `HH:mm:ss.SSS > `, `[yyyy-MM-dd HH:mm:ss.ffffff +hh:mm]` and
// `[yyyy-MM-dd HH:mm:ss] level `). None of Signal Desktop's text debug log, Discord's terminal
// output or its Rust updater, the VS Code tunnel CLI or its output channel, Chromium's pid-only
// prefix, Obsidian's loader or Firefox's terminal lines is in any table (Signal Desktop is measured
// only as bunyan NDJSON; `Main Thread] WARNING` matches only Gecko's lines inside logcat; the
// `+hh:mm]` bracket matches a Rust service with a `T[thread]` column; `GLib-GIO-WARNING` one
// Nautilus line; `blackbox`, `HostIdentifier`, `] info [` and `] debug [` other products' lines;
// the `HH:mm:ss.SSS > ` pattern a serial monitor). Left out as measured already: Chromium's and
// Chrome's debug log with a thread id (and its CONSOLE lines and VERBOSE levels), Firefox's MOZ_LOG
// with and without timestamps, geckodriver, ChromeDriver, Playwright, VS Code's log files (1.70+ and
// before, sharedprocess, Remote - SSH and Containers output), electron-log with and without a
// scope, Slack's desktop log, Teams classic and new Teams, Signal Desktop's NDJSON, Mattermost
// Desktop, GitHub Desktop, Joplin, Keybase, 1Password, Edge Update, Squirrel, Chrome Remote
// Desktop, Safari's Web Inspector export, WebView consoles, Steam's webhelper logs. Left out as
// composed of measured shapes: Brave's stderr (tor's own lines between Chromium's). Left out as not
// confirmed by any search: Tor Browser's copied Tor log, Firefox's last-update.log with times, the
// Edge installer log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Signal's stamps end in Z. Discord's locale stamp has a twelve-hour clock
// and `GMT+1` (8:41 AM is 07:41Z); its updater's stamp has `+01:00`. The tunnel CLI's stamp, the
// Remote - Tunnels channel's local stamp, Obsidian's stamp and Chromium's `MMdd/HHmmss` (no year:
// 2026) have no zone and are read as UTC; on the channel's lines that carry the CLI's UTC stamp
// inside the outer local one (a machine at UTC-5), either is accepted. GLib's time of day is on the
// clock's day. A line that carries no time (Discord's and Obsidian's untimed lines, Gecko's
// warnings) has none. Levels only where the line marks one: Signal's padded word, the updater's
// word, the CLI's lower-case word, the channel's outer `[info]`/`[error]`, Chromium's colon field
// (CONSOLE is a source, not a level), Gecko's `WARNING:`, GLib's `-WARNING`/`-CRITICAL`
// (CRITICAL is Critical); Discord's `[Modules]` and `blackbox:` lines and Obsidian's loader lines
// carry none. The host is the record's host field, and none of these lines has one: process ids,
// module paths, tunnel names and vscode.dev links are no hosts. A record that spans lines is one
// entry: Signal's updateSchema block, Discord's inspected array, the CLI's empty info line with the
// link under it, Obsidian's failed update check with its Error and stack.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (no family here rests on memory; the Discord updater's WARN and ERROR
// texts are invented in its confirmed layout). Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 6d5e872 before any rule for it: level 93.8 %, time 95.8 %, host 95.8 %, records 91.7 %.
// That is the macro figure (micro: level 93.0 %, time 95.3 %, host 95.3 %, records 90.7 %), in a
// worktree at 6d5e872 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are Discord's untimed `splashScreen.webContentsSend` line and its
// inspected array, which trawl joins to the timed `blackbox:` record above, and Obsidian's untimed
// `Ignored: Error: …` line, which trawl joins to the loader line above, with the failed update
// check (which marks no level) read as error.

var fresh647Cases = []worldCase{
	{
		name:   "signal-desktop-debuglog-text",
		source: "Signal Desktop's debug log as View > Debug Log saves and uploads it (a `Debug log` title, a notice, the user agent, then `LEVEL ISO-Z msg` with the level padded to five: `INFO  `, `WARN  `, `ERROR `; a message that spans lines goes on indented): signalapp/Signal-Desktop issues #2873 and #3742 (pasted logs)",
		why:    "the level word first, padded with blanks, then an ISO time in Z; updateSchema's indented lines belong to the record above them; the title, notice and user agent are fed but not scored",
		entries: []worldEntry{
			wskip("Debug log",
				"This log will be posted publicly online for contributors to view. You may examine and edit it before submitting.",
				"",
				"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Signal/7.81.0 Chrome/142.0.7444.59 Electron/39.2.1 Safari/537.36 node/22.20.0 env/production"),
			we("2026-11-29T07:41:16.204Z", Info, "", "INFO  2026-11-29T07:41:16.204Z app ready"),
			we("2026-11-29T07:41:16.205Z", Info, "", "INFO  2026-11-29T07:41:16.205Z starting version 7.81.0"),
			we("2026-11-29T07:41:16.231Z", Info, "",
				"INFO  2026-11-29T07:41:16.231Z updateSchema:",
				"  Current user_version: 1360;",
				"  Most recent db schema: 1360;",
				"  SQLite version: 3.50.4;",
				"  SQLCipher version: 4.11.0 community;"),
			we("2026-11-29T07:41:19.877Z", Warn, "", "WARN  2026-11-29T07:41:19.877Z SocketManager: authenticated socket connect failed, retrying in 2000ms"),
			we("2026-11-29T07:41:22.112Z", Error, "", "ERROR 2026-11-29T07:41:22.112Z MessageReceiver: handleEnvelope failed for envelope 4f1c9d2e: Error: No record for device 3a7e0c55.2"),
		},
	},
	{
		name:   "discord-linux-terminal-locale-stamp",
		source: "Discord 0.0.1xx started from a terminal on Linux (the bootstrap's untimed `Starting app.` and `splashScreen.…` lines, util.inspect output spread over lines, and the module updater's `M/d/yyyy, h:mm:ss AM GMT+1 [Modules] msg` in the locale's form with the zone's short name; `blackbox:` lines with the same stamp after the tag): flathub/com.discordapp.Discord issues #570 and #218, Doc0x1/Discord-Auto-Updater-For-Linux issue #5, moonlight-mod/moonlight issue #333 (pasted output)",
		why:    "a month-first date with a comma and a twelve-hour clock with AM and GMT+1 (07:41Z); `[Modules]` is a component, no level; the `blackbox:` tag comes before the time; an untimed line is a record of its own with no time; the inspected array's lines are one record",
		gap:    "the untimed `splashScreen.webContentsSend: … [` line and its inspected array are joined to the timed `blackbox:` record above them instead of starting a record of their own",
		entries: []worldEntry{
			we("", Unknown, "", "Starting app."),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/2026, 8:41:16 AM GMT+1 [Modules] Modules initializing"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/2026, 8:41:16 AM GMT+1 [Modules] Module install path: /home/ines/.config/discord/0.0.118/modules"),
			we("2026-11-29T07:41:17Z", Unknown, "", `blackbox: 11/29/2026, 8:41:17 AM GMT+1 1 Discord starting: {"releaseChannel":"stable","version":"0.0.118"}, modulepath: /home/ines/.config/discord/0.0.118/modules`),
			we("", Unknown, "",
				"splashScreen.webContentsSend: SPLASH_UPDATE_STATE SPLASH_UPDATE_STATE [",
				"  { status: 'downloading-updates', current: 1, total: 3, progress: 42 }",
				"]"),
			we("2026-11-29T07:41:19Z", Unknown, "", "11/29/2026, 8:41:19 AM GMT+1 [Modules] Streaming discord_voice@1 to /home/ines/.config/discord/0.0.118/modules/pending/discord_voice-1.zip: 42%"),
		},
	},
	{
		name:   "discord-updater-client-rust-log",
		source: "Discord 1.0.13x's native updater on Linux (Rust: `[yyyy-MM-dd HH:mm:ss.ffffff +hh:mm] LEVEL [module::path]: msg`, modules updater_client, updater_client::install, updater_client::db; Rust Debug structs in the message): flathub/com.discordapp.Discord issues #632 and #639 (pasted output); the WARN and ERROR texts are invented in the same layout",
		why:    "a bracketed date with microseconds and a `+01:00` offset after a blank; the level word after the bracket; the module path in brackets is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", "[2026-11-29 08:41:16.204118 +01:00] INFO [updater_client]: Updater received command 3: UpdateToLatest { options: Some(UpdateOptions { skip_host_delta: false, skip_module_delta: {}, skip_all_module_delta: false, allow_optional_updates: false }) }"),
			we("2026-11-29T07:41:16.205933Z", Info, "", "[2026-11-29 08:41:16.205933 +01:00] INFO [updater_client::install]: Starting update to latest."),
			we("2026-11-29T07:41:16.20604Z", Info, "", "[2026-11-29 08:41:16.206040 +01:00] INFO [updater_client::db]: Opening installer database (exclusive: true, caller: update_to_latest)."),
			we("2026-11-29T07:41:16.871502Z", Warn, "", "[2026-11-29 08:41:16.871502 +01:00] WARN [updater_client::install]: Delta patch for discord_voice failed, falling back to a full download"),
			we("2026-11-29T07:41:17.002311Z", Error, "", `[2026-11-29 08:41:17.002311 +01:00] ERROR [updater_client::install]: Failed to install module discord_voice: Io(Os { code: 28, kind: StorageFull, message: "No space left on device" })`),
		},
	},
	{
		name:   "vscode-cli-tunnel-console",
		source: "the VS Code CLI's `code tunnel` (and the tunnel service's console window) on a terminal (`[yyyy-MM-dd HH:mm:ss] level msg`, the stamp in UTC without a zone, levels trace debug info warn error, a `[crate::module]` before some messages; the link message opens with a line break): microsoft/vscode issue #181804, microsoft/vscode-remote-release issue #8351 (pasted output)",
		why:    "a bracketed zone-less date and time without fractions (UTC), then a lower-case level word; `[tunnels::connections::ws]` is a module, no host; the link under an empty info line is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "[2026-11-29 07:41:16] debug starting as new singleton"),
			we("2026-11-29T07:41:16Z", Trace, "", "[2026-11-29 07:41:16] trace Found token in keyring"),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29 07:41:17] info Creating tunnel with the name: build-box-07"),
			we("2026-11-29T07:41:18Z", Info, "",
				"[2026-11-29 07:41:18] info ",
				"Open this link in your browser https://vscode.dev/tunnel/build-box-07/home/ines/src/harbour"),
			we("2026-11-29T07:52:03Z", Warn, "", "[2026-11-29 07:52:03] warn Tunnel exited unexpectedly but gracefully, reconnecting"),
			we("2026-11-29T07:52:03Z", Error, "", "[2026-11-29 07:52:03] error [tunnels::connections::relay_tunnel_host] error handshaking session: EOF"),
		},
	},
	{
		name:   "vscode-remote-tunnel-output-channel",
		source: "VS Code's `Remote - Tunnels` output channel on Windows (the extension's own `yyyy-MM-dd HH:mm:ss.SSS [level] msg` in local time, and each line of the CLI it spawns logged under `[info]` with the CLI's own `[yyyy-MM-dd HH:mm:ss] level msg` in UTC inside; the CLI's license banner of `*` lines), here a machine at UTC-5: microsoft/vscode issues #200910, #267495 and #322248 (pasted logs)",
		why:    "two stamps of different clocks on one line: the outer local one and the inner UTC one, both zone-less (read as UTC by the rules), either accepted; the outer `[info]` is the level; the banner's `*` is text",
		entries: []worldEntry{
			we("2026-11-29T02:41:15.512Z", Info, "", "2026-11-29 02:41:15.512 [info] No other tunnel running"),
			we("2026-11-29T02:41:15.87Z", Info, "", `2026-11-29 02:41:15.870 [info] tunnel Spawning: c:\Users\ines\AppData\Local\Programs\Microsoft VS Code\bin\code-tunnel.exe tunnel --accept-server-license-terms --log info --name ines-desk --parent-process-id 9120`),
			we("2026-11-29T02:41:16.031Z", Info, "", "2026-11-29 02:41:16.031 [info] * Visual Studio Code Server"),
			we("2026-11-29T02:41:21.644Z|2026-11-29T07:41:21Z", Info, "", "2026-11-29 02:41:21.644 [info] [2026-11-29 07:41:21] info Creating tunnel with the name: ines-desk"),
			we("2026-11-29T02:52:40.118Z", Error, "", `2026-11-29 02:52:40.118 [error] Could not parse status output: "Running tunnel CLI\nstatus exit(7720): + 0"`),
		},
	},
	{
		name:   "vscode-windows-console-chromium-pid-only",
		source: "VS Code (Electron) started as `code .` from PowerShell on Windows, Chromium's lines on the console with the process id only (`[pid:MMdd/HHmmss.mmm:LEVEL:file(line)] msg`, milliseconds, no thread id): microsoft/vscode issues #180794 and #171358, electron/electron issues #36237 and #2157 (pasted output)",
		why:    "one number before the month-day, not two; the compact time has milliseconds; the level is the third colon field; CONSOLE(2) is a source line, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.809Z", Error, "", "[10244:1129/074116.809:ERROR:cache_util_win.cc(20)] Unable to move the cache: Access is denied. (0x5)"),
			we("2026-11-29T07:41:16.81Z", Error, "", `[10244:1129/074116.810:ERROR:cache_util.cc(146)] Unable to move cache folder C:\Users\ines\AppData\Roaming\Code\Cache\Cache_Data to C:\Users\ines\AppData\Roaming\Code\Cache\old_Cache_Data_000`),
			we("2026-11-29T07:41:16.811Z", Error, "", "[10244:1129/074116.811:ERROR:disk_cache.cc(208)] Unable to create cache"),
			we("2026-11-29T07:41:17.204Z", Warn, "", "[10244:1129/074117.204:WARNING:dns_config_service_win.cc(761)] Failed to read DnsConfig."),
			we("2026-11-29T07:41:18.011Z", Info, "", `[10344:1129/074118.011:INFO:CONSOLE(2)] "[uncaught exception]: Error: Canceled", source: vscode-file://vscode-app/c:/Users/ines/AppData/Local/Programs/Microsoft%20VS%20Code/resources/app/out/vs/workbench/workbench.desktop.main.js (2)`),
		},
	},
	{
		name:   "obsidian-linux-terminal",
		source: "Obsidian 1.x started from a terminal on Linux (its loader's `yyyy-MM-dd HH:mm:ss msg` with no level, untimed `Ignored: Error: …` lines, an Error's stack under a failed update check, and Chromium's lines with the process id only and microseconds, newer ones with `file.cc:line]` and no parentheses): the Obsidian GPU acceleration note and the container write-up found with find_string (`Loading main app package /usr/lib/obsidian/obsidian.asar`, `Checking for update using Github`, `[9869:0118/132951.112089:ERROR:media/gpu/vaapi/vaapi_wrapper.cc:1631]`), here a machine at UTC",
		why:    "a zone-less date and time with no level (UTC); the untimed Ignored line is a record of its own with no time; Chromium's pid-only prefix with a path and a line after a colon; the Error and its `at` lines belong to the update check above them",
		gap:    "the untimed `Ignored: Error: …` line is joined to the timed loader line above it instead of starting a record of its own, and the failed update check, whose loader line marks no level, comes out as error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 Loading main app package /opt/Obsidian/resources/obsidian.asar"),
			we("", Unknown, "", "Ignored: Error: ENOENT: no such file or directory, open '/home/ines/.config/obsidian/obsidian.json'"),
			we("2026-11-29T07:41:16.402118Z", Error, "", "[2113:1129/074116.402118:ERROR:media/gpu/vaapi/vaapi_wrapper.cc:1631] vaInitialize failed: unknown libva error"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 Checking for update using Github"),
			we("2026-11-29T07:41:17Z", Unknown, "",
				"2026-11-29 07:41:17 Failed to check for update using Github (net::ERR_NAME_NOT_RESOLVED)",
				"Error: net::ERR_NAME_NOT_RESOLVED",
				"    at SimpleURLLoaderWrapper.<anonymous> (node:electron/js2c/browser_init:2:118211)",
				"    at SimpleURLLoaderWrapper.emit (node:events:518:28)"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17 Checking for update using obsidian.md"),
		},
	},
	{
		name:   "firefox-linux-terminal-gecko-glib-warnings",
		source: "Firefox started from a terminal on Linux (Gecko's untimed `[Parent pid, Main Thread] WARNING: msg: 'glib warning', file path:line` and `[Child pid, …]` lines from its GLib log handler and NS_WARNING, between GLib's own `(firefox:pid): Domain-LEVEL **: HH:mm:ss.SSS: msg`): kenz-gelsoft/gecko-dev issues #39, #42 and #43 (pasted output)",
		why:    "Gecko's WARNING after the process bracket is the level and the line has no time; GLib's line has a time of day (the clock's day) and its level in `GLib-GIO-WARNING` / `Gtk-CRITICAL`; the process name and pid are no host",
		entries: []worldEntry{
			we("", Warn, "", "[Parent 31877, Main Thread] WARNING: Failed to create file monitor for /home/ines/.config/glib-2.0/settings/keyfile: Unable to find default local file monitor type: 'glib warning', file /builds/worker/checkouts/gecko/toolkit/xre/nsSigHandlers.cpp:187"),
			we("2026-11-29T07:41:16.802Z", Warn, "", "(firefox:31877): GLib-GIO-WARNING **: 07:41:16.802: Failed to create file monitor for /home/ines/.config/glib-2.0/settings/keyfile: Unable to find default local file monitor type"),
			we("", Warn, "", "[Child 31990, Main Thread] WARNING: Theme parsing error: gtk.css:2:21: Failed to import: Error opening file /home/ines/.config/gtk-3.0/colors.css: No such file or directory: 'glib warning', file /builds/worker/checkouts/gecko/toolkit/xre/nsSigHandlers.cpp:187"),
			we("", Warn, "", "[Parent 31877, Main Thread] WARNING: Unable to read system value: 'aValue > 0', file /builds/worker/checkouts/gecko/xpcom/base/nsSystemInfo.cpp:1673"),
			we("2026-11-29T07:41:19.114Z", Critical, "", "(firefox:31877): Gtk-CRITICAL **: 07:41:19.114: gtk_widget_get_scale_factor: assertion 'GTK_IS_WIDGET (widget)' failed"),
		},
	},
}

func TestFresh647Formats(t *testing.T) { assertTable(t, fresh647Cases) }
func TestFresh647Score(t *testing.T) {
	checkScore(t, "fresh647 formats", fresh647Cases, [worldNumFields]float64{93.7, 95.7, 95.7, 91.6})
}
