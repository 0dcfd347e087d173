package parse

import "testing"

// The ninety-first fresh table, written on 2026-12-01: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the earlier fresh tables, compared by family
// and by product and not only by name, so that its score is again an honest figure for logs trawl
// has never been tuned on. Its theme is mobile and desktop applications' own log files as support
// engineers collect them from a user's machine. It has four parts. The first is Electron and other
// desktop apps' own files (Signal Desktop's bunyan NDJSON, GitHub Desktop's daily log, VS Code's
// sharedprocess.log, new Teams' MSTeams log, Mattermost Desktop's main.log, Rancher Desktop's
// background.log, PowerToys' runner log, Joplin's log.txt, Telegram Desktop's log.txt, FileZilla's
// client log file, 1Password 8's Linux log, the abraunegg OneDrive client's log, Keybase's service
// log and Electrum's log file). The second is games and their launchers (Steam's cloud_log,
// workshop_log and compat_log, Lutris' debug output, Moonlight's log and the Unity Hub's info-log.json). The third
// is creative and office applications (Blender's CLOG lines and its render progress, LibreOffice's
// SAL_LOG output, darktable's -d output, VLC's --file-logging, PrusaSlicer's boost log, Cura's
// cura.log and GnuCash's trace file). The fourth is developer desktop tools (Chrome Remote Desktop's
// host log, VS Code's Remote - SSH output, DBeaver's debug log and the JetBrains Toolbox App's log). Where a product is already in an earlier table (VS Code, Teams,
// Steam, OneDrive, Unity, Chromium's layout), the family here is another file of it that no earlier table holds, and
// source says so.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock, "" when a record has
// no time of its own (an elapsed time or none), the written clock read as UTC when the format writes
// no zone, a bare time of day on the clock's day, levels only where the source puts them (a level
// word in free text is no level), "" host when the record names none, and a multi-line record as one
// entry.
//
// The lines were written for this table in the layout each product really uses: Signal Desktop's
// from the NDJSON quoted in signalapp/Signal-Desktop#2733, Steam's cloud_log from the lines quoted
// in ValveSoftware/steam-for-linux#12094 and Blender's CLOG from the lines quoted in
// vvoovv/blosm#169; the rest from memory of real lines (each source says so). Hosts, ids and
// messages are invented, and every time is in late November 2026. Written against a hard time limit
// and mostly from memory, it holds 32 families rather than 40. The expectations were decided from
// the format before the table was first run; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score. The table is a measurement, never to be tuned
// on: no parser rule is to be written from it, or it stops being one.
//
// Its first figure, scored once at commit ff69b10 before any rule was written from it: level 91.9 %,
// time 89.8 %, host 99.2 %, records 97.7 % (macro), 22 of 32 families fully right. After that run the
// expected times of teams2-msteams-log were corrected (they had dropped the microseconds the lines
// carry, a mistake of the table's, not trawl's); with them the time figure reads 93.0 % and 23
// families are fully right.
//
// go test ./parse -run Fresh91 -v

var fresh91Cases = []worldCase{

	// Electron and other desktop apps' own files.
	{
		name:   "signal-desktop-bunyan-ndjson",
		source: "Signal Desktop's logs/log.log and its stdout before the pino switch (bunyan NDJSON: name, hostname, pid, numeric level, msg, ISO time, v): the lines quoted in signalapp/Signal-Desktop#2733",
		why:    "bunyan's numeric levels (20 debug, 30 info, 40 warn, 50 error) and the writer's hostname field in a JSON object whose time comes after the message",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331Z", Info, "ws-ana", `{"name":"log","hostname":"ws-ana","pid":4122,"level":30,"msg":"Remove all notifications","time":"2026-11-29T08:12:04.331Z","v":0}`),
			we("2026-11-29T08:12:04.902Z", Debug, "ws-ana", `{"name":"log","hostname":"ws-ana","pid":4122,"level":20,"msg":"SQL channel job 8812 (getUnreadByConversation) succeeded in 41ms","time":"2026-11-29T08:12:04.902Z","v":0}`),
			we("2026-11-29T08:12:07.118Z", Warn, "ws-ana", `{"name":"log","hostname":"ws-ana","pid":4122,"level":40,"msg":"MessageReceiver: websocket closed with code 1006, reconnecting","time":"2026-11-29T08:12:07.118Z","v":0}`),
			we("2026-11-29T08:12:09.560Z", Error, "ws-ana", `{"name":"log","hostname":"ws-ana","pid":4122,"level":50,"msg":"Top-level unhandled promise rejection: HTTPError: promiseAjax: error response; code: 502","time":"2026-11-29T08:12:09.560Z","v":0}`),
		},
	},
	{
		name:   "github-desktop-daily-log",
		source: "GitHub Desktop's daily log file (logs/YYYY-MM-DD.desktop.production.log: `ISO-8601Z - level: [process] msg`, a git failure followed by its stderr lines): desktop/desktop issue threads asking for it ('Help > Show Logs'); the layout from memory of real lines",
		why:    "a winston-style level after the ISO time and a dash; a failed git command with its stderr block is one record",
		gap:    "the stderr block after a git failure (`stderr:` then git's own `fatal: ...` line and a blank line) is not kept with its record: the record ends at `stderr:` and the fatal line starts a record of its own",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331Z", Info, "", "2026-11-29T08:12:04.331Z - info: [main] [AppWindow] Launching: 3.4.9 (win32 10.0.26100)"),
			we("2026-11-29T08:12:11.004Z", Warn, "", "2026-11-29T08:12:11.004Z - warn: [ui] Unable to refresh tokens for account octo-dev: 401"),
			we("2026-11-29T08:14:21.774Z", Error, "", "2026-11-29T08:14:21.774Z - error: [ui] `git -c credential.helper= fetch --prune --recurse-submodules=on-demand origin` exited with an unexpected code: 128.",
				"stderr:",
				"fatal: unable to access 'https://github.com/example-org/shop-web.git/': Could not resolve host: github.com",
				""),
			we("2026-11-29T08:14:22.010Z", Info, "", "2026-11-29T08:14:22.010Z - info: [ui] Executing fetch: git -c credential.helper= fetch --prune origin (took 1204ms)"),
		},
	},
	{
		name:   "vscode-sharedprocess-log",
		source: "Visual Studio Code 1.9x's logs/<session>/sharedprocess.log (`yyyy-MM-dd HH:mm:ss.SSS [level] msg`, local time, an error's stack on the following lines): from memory of real lines. VS Code's main, renderer and exthost logs are earlier tables'; this is the shared process's file (extension gallery, settings sync)",
		why:    "a bracketed level word after a zone-less time; an error with its stack is one record",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331Z", Info, "", "2026-11-29 08:12:04.331 [info] Getting Manifest... ms-python.python"),
			we("2026-11-29T08:12:05.902Z", Warn, "", "2026-11-29 08:12:05.902 [warning] Cannot verify signature of extension ms-toolsai.jupyter: UnknownError"),
			we("2026-11-29T08:12:07.118Z", Error, "", "2026-11-29 08:12:07.118 [error] Error: getaddrinfo ENOTFOUND marketplace.visualstudio.com",
				"    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)"),
			we("2026-11-29T08:12:09.004Z", Info, "", "2026-11-29 08:12:09.004 [info] Settings Sync: Account status changed from uninitialized to available"),
		},
	},
	{
		name:   "teams2-msteams-log",
		source: "new Microsoft Teams (2.x) MSTeams_*.log in %LOCALAPPDATA%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams\\Logs (`ISO-8601 with microseconds and offset, thread id in hex, <LEVEL>, msg`): from memory of real lines. Teams classic's logs.txt is an earlier table's; this is the new client's file",
		why:    "an angle-bracketed level after a hex thread id; a local offset to convert",
		entries: []worldEntry{
			we("2026-11-29T07:12:04.331518Z", Info, "", "2026-11-29T08:12:04.331518+01:00 0x00003a2c <INFO> TeamsWebView2::WebViewManager::CreateWebView: creating WebView2 for window 1"),
			we("2026-11-29T07:12:05.010204Z", Warn, "", "2026-11-29T08:12:05.010204+01:00 0x00001f48 <WARN> native_modules::NetworkMonitor: connectivity changed, isOnline=false"),
			we("2026-11-29T07:12:06.77294Z", Error, "", "2026-11-29T08:12:06.772940+01:00 0x00003a2c <ERROR> TeamsWebView2::WebViewManager: navigation failed, hr=0x80072ee7"),
		},
	},
	{
		name:   "mattermost-desktop-main-log",
		source: "Mattermost Desktop 5.x logs/main.log (electron-log's default `[yyyy-MM-dd HH:mm:ss.SSS] [level] msg`, the app's module in brackets, local time): from memory of real lines. Mattermost server's JSON log is an earlier table's; the desktop app is not",
		why:    "electron-log's bracketed time and level; an error with its stack is one record",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331Z", Info, "", "[2026-11-29 08:12:04.331] [info]  [App] Starting Mattermost Desktop 5.10.2"),
			we("2026-11-29T08:12:05.118Z", Warn, "", "[2026-11-29 08:12:05.118] [warn]  [ServerManager] [chat.example.org] server version could not be fetched"),
			we("2026-11-29T08:12:06.540Z", Error, "", "[2026-11-29 08:12:06.540] [error] [WebContentsManager] Error: net::ERR_CERT_AUTHORITY_INVALID",
				"    at SimpleURLLoaderWrapper.<anonymous> (node:electron/js2c/browser_init:2:49311)"),
		},
	},
	{
		name:   "rancher-desktop-background-log",
		source: "Rancher Desktop's logs/background.log (`ISO-8601Z: msg`, no level): from memory of real lines",
		why:    "an ISO time with a colon after it and no level at all",
		gap:    "a message that begins with `Error:` after the `time: ` prefix is read as level Error, though background.log writes no level",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331Z", Unknown, "", "2026-11-29T08:12:04.331Z: Rancher Desktop 1.16.0 starting"),
			we("2026-11-29T08:12:19.004Z", Unknown, "", "2026-11-29T08:12:19.004Z: Kubernetes was started in 14.67 seconds"),
			we("2026-11-29T08:12:21.880Z", Unknown, "", "2026-11-29T08:12:21.880Z: Error: spawn nerdctl ENOENT while checking image list"),
		},
	},
	{
		name:   "powertoys-runner-log",
		source: "Microsoft PowerToys' %LOCALAPPDATA%\\Microsoft\\PowerToys\\Logs\\<version>\\runner-log_*.txt (spdlog pattern `[yyyy-MM-dd HH:mm:ss.ffffff] [p-pid] [t-tid] [level] msg`, local time): from memory of real lines",
		why:    "spdlog's level names (info, warning, error) in the fourth bracket after the process and thread brackets",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331518Z", Info, "", "[2026-11-29 08:12:04.331518] [p-7412] [t-7416] [info] Runner is starting. Elevated=0"),
			we("2026-11-29T08:12:04.902117Z", Warn, "", "[2026-11-29 08:12:04.902117] [p-7412] [t-7416] [warning] Module PowerToys.FancyZonesModuleInterface.dll did not respond to get_config within 2000 ms"),
			we("2026-11-29T08:12:05.210004Z", Error, "", "[2026-11-29 08:12:05.210004] [p-7412] [t-8120] [error] Failed to register hotkey Win+Shift+T: 1409"),
		},
	},
	{
		name:   "joplin-desktop-log",
		source: "Joplin desktop's profile log.txt (`yyyy-MM-dd HH:mm:ss: msg`, local time, the component as a prefix of the message): from memory of real lines",
		why:    "a zone-less date and time ended by a colon, no level column",
		entries: []worldEntry{
			we("2026-11-29T08:12:04Z", Unknown, "", "2026-11-29 08:12:04: Synchronizer: Starting synchronisation to target 9... [1764403924331]"),
			we("2026-11-29T08:12:06Z", Unknown, "", "2026-11-29 08:12:06: Synchronizer: Operations completed: "),
			we("2026-11-29T08:12:06Z", Unknown, "", "2026-11-29 08:12:06: DecryptionWorker: decrypted 14 items, failed 1"),
		},
	},
	{
		name:   "telegram-desktop-log",
		source: "Telegram Desktop's tdata/log.txt (`[yyyy.MM.dd HH:mm:ss] msg`, local time, no level): from memory of real lines. Telegram is named in an earlier table only as a word in a message",
		why:    "a dotted date inside brackets",
		entries: []worldEntry{
			we("2026-11-29T08:12:04Z", Unknown, "", "[2026.11.29 08:12:04] Launched version: 5008003, install beta: [FALSE], alpha: 0, debug mode: [FALSE]"),
			we("2026-11-29T08:12:04Z", Unknown, "", "[2026.11.29 08:12:04] Executable dir: /opt/Telegram/, name: Telegram"),
			we("2026-11-29T08:12:07Z", Unknown, "", "[2026.11.29 08:12:07] MTP Error: Connection to DC4 failed, restarting."),
		},
	},
	{
		name:   "filezilla-client-logfile",
		source: "FileZilla client 3.x 'Log to file' (Settings > Logging: `yyyy-MM-dd HH:mm:ss pid engine Type: msg`, local time, the message type Status, Command, Response, Error): from memory of real lines. FileZilla Server's legacy log is an earlier table's; the client's file is not",
		why:    "a process id and engine number between the time and the message type; only Error is a level",
		entries: []worldEntry{
			we("2026-11-29T08:12:04Z", Unknown, "", "2026-11-29 08:12:04 4312 1 Status: Connecting to 203.0.113.40:21..."),
			we("2026-11-29T08:12:04Z", Unknown, "", "2026-11-29 08:12:04 4312 1 Command: USER deploy"),
			we("2026-11-29T08:12:05Z", Unknown, "", "2026-11-29 08:12:05 4312 1 Response: 331 Password required for deploy"),
			we("2026-11-29T08:12:25Z", Error, "", "2026-11-29 08:12:25 4312 1 Error: Connection timed out after 20 seconds of inactivity"),
		},
	},
	{
		name:   "onepassword-linux-log",
		source: "1Password 8's ~/.config/1Password/logs/1Password_rNNNNN.log (Rust tracing: `LEVEL  ISO-8601 with offset thread [1P:file:line] msg`): from memory of real lines",
		why:    "the level first, padded, then an offset time to convert, a thread and a bracketed source location",
		entries: []worldEntry{
			we("2026-11-29T07:12:04.331Z", Info, "", "INFO  2026-11-29T08:12:04.331+01:00 runtime-worker(ThreadId(5)) [1P:op-app/src/app/backend/sync.rs:214] Sync completed for 3 vaults"),
			we("2026-11-29T07:12:06.118Z", Warn, "", "WARN  2026-11-29T08:12:06.118+01:00 runtime-worker(ThreadId(7)) [1P:foundation/op-browser-support/src/lib.rs:88] browser extension connection rejected: untrusted origin"),
			we("2026-11-29T07:12:09.004Z", Error, "", "ERROR 2026-11-29T08:12:09.004+01:00 runtime-worker(ThreadId(5)) [1P:op-net/src/client.rs:402] request to my.1password.com failed: connection reset"),
		},
	},
	{
		name:   "onedrive-abraunegg-log",
		source: "the abraunegg OneDrive client 2.4's --enable-logging file (/var/log/onedrive/<user>.onedrive.log: `yyyy-MMM-dd HH:mm:ss.fffffff` then the message, local time, no level): from memory of real lines. OneDrive for Windows' diagnostics line is an earlier table's; the Linux client's log is not",
		why:    "a month abbreviation between year and day and seven fractional digits",
		gap:    "the client's `ERROR:` at the start of a message (free text after the time; the file writes no level) is read as level Error",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.3310421Z", Unknown, "", "2026-Nov-29 08:12:04.3310421    Syncing changes from OneDrive ..."),
			we("2026-11-29T08:12:05.1180877Z", Unknown, "", "2026-Nov-29 08:12:05.1180877    Uploading new file ./Documents/report-q4.odt ... done."),
			we("2026-11-29T08:12:09.0042213Z", Unknown, "", "2026-Nov-29 08:12:09.0042213    ERROR: OneDrive returned a 'HTTP 429 - Too Many Requests' - gracefully handling error"),
		},
	},
	{
		name:   "keybase-service-log",
		source: "Keybase's keybase.service.log (`ISO-8601 with microseconds and offset ▶ [LEVL keybase file:line] tag msg`, levels DEBU INFO WARN ERRO): from memory of real lines",
		why:    "a four-letter level inside a bracket after an arrow, with an offset time to convert",
		entries: []worldEntry{
			we("2026-11-29T07:12:04.331518Z", Info, "", "2026-11-29T08:12:04.331518+01:00 ▶ [INFO keybase service.go:412] 001 + Service#Run()"),
			we("2026-11-29T07:12:04.902117Z", Debug, "", "2026-11-29T08:12:04.902117+01:00 ▶ [DEBU keybase socket.go:64] 002 + Binding to unix:/run/user/1000/keybase/keybased.sock"),
			we("2026-11-29T07:12:07.118004Z", Warn, "", "2026-11-29T08:12:07.118004+01:00 ▶ [WARN keybase chat_gregor.go:180] 003 gregor connection lost, reconnecting"),
			we("2026-11-29T07:12:09.560221Z", Error, "", "2026-11-29T08:12:09.560221+01:00 ▶ [ERRO keybase kbfs_ops.go:991] 004 KBFS mount failed: fusermount: permission denied"),
		},
	},
	{
		name:   "electrum-log-file",
		source: "Electrum 4.x's ~/.electrum/logs/electrum_log_*.log (`yyyyMMddTHHmmss.ffffffZ | LEVEL | module | msg`, the level right-aligned): from memory of real lines",
		why:    "a basic-format ISO time with a Z, and a padded level between pipes",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331518Z", Info, "", "20261129T081204.331518Z |     INFO | daemon.Daemon | launching GUI: qt"),
			we("2026-11-29T08:12:05.118004Z", Debug, "", "20261129T081205.118004Z |    DEBUG | network | connecting to electrum.example.net:50002:s as new interface"),
			we("2026-11-29T08:12:07.004221Z", Warn, "", "20261129T081207.004221Z |  WARNING | interface.[electrum.example.net:50002] | disconnecting due to: RequestTimedOut()"),
			we("2026-11-29T08:12:09.560004Z", Error, "", "20261129T081209.560004Z |    ERROR | gui.qt.main_window.[default_wallet] | on_error: FeeEstimateError"),
		},
	},

	// Games and their launchers.
	{
		name:   "steam-cloud-log",
		source: "the Steam client's logs/cloud_log.txt (`[yyyy-MM-dd HH:mm:ss] [AppID n] msg`, local time, no level): the lines quoted in ValveSoftware/steam-for-linux#12094. Steam's content_log, connection_log and bootstrap log are earlier tables'; the cloud log is not",
		why:    "a bracketed time followed by a bracketed app id",
		entries: []worldEntry{
			we("2026-11-29T08:12:04Z", Unknown, "", "[2026-11-29 08:12:04] [AppID 1091500] Starting sync (eval,)"),
			we("2026-11-29T08:12:04Z", Unknown, "", "[2026-11-29 08:12:04] [AppID 1091500] Need to sync from local change number '12' to global change number '14' (delta), but not attempting now"),
			we("2026-11-29T08:12:05Z", Unknown, "", "[2026-11-29 08:12:05] [AppID 1091500] Upload complete: 3 files, 2.1 MB"),
		},
	},
	{
		name:   "steam-workshop-log",
		source: "the Steam client's logs/workshop_log.txt (`[yyyy-MM-dd HH:mm:ss] [AppID n] msg`, local time, no level): its path from arma-actions/workshop-upload#4 and tModLoader/tModLoader#1724; the lines from memory",
		why:    "the same bracketed time and app id with workshop item results",
		entries: []worldEntry{
			we("2026-11-29T08:14:10Z", Unknown, "", "[2026-11-29 08:14:10] [AppID 1281930] Download item 3350112876 requested by app"),
			we("2026-11-29T08:14:12Z", Unknown, "", "[2026-11-29 08:14:12] [AppID 1281930] Download item 3350112876 result : OK"),
			we("2026-11-29T08:14:40Z", Unknown, "", "[2026-11-29 08:14:40] [AppID 1281930] Update item 3350119041 failed : Access Denied"),
		},
	},
	{
		name:   "steam-compat-log",
		source: "the Steam client's logs/compat_log.txt on Linux (`[yyyy-MM-dd HH:mm:ss] msg`, local time, no level: Steam Play's tool choices and launches): its name in arma-actions/workshop-upload#4; the lines from memory",
		why:    "a bracketed time and no level, the tool and app ids inside the message",
		entries: []worldEntry{
			we("2026-11-29T08:12:04Z", Unknown, "", "[2026-11-29 08:12:04] Loaded 6 compat tools"),
			we("2026-11-29T08:12:31Z", Unknown, "", "[2026-11-29 08:12:31] Using tool 'proton_experimental' for app 1091500"),
			we("2026-11-29T08:12:31Z", Unknown, "", "[2026-11-29 08:12:31] Command prefix for tool 1493710: '/home/ana/.steam/steam/steamapps/common/Proton - Experimental/proton' waitforexitandrun"),
		},
	},
	{
		name:   "lutris-debug-output",
		source: "Lutris 0.5's output with -d (`LEVEL    yyyy-MM-dd HH:mm:ss,SSS [module.function:line]:msg`, local time): from memory of real lines",
		why:    "Python logging's level name first, padded, then the time and a bracketed location glued to the message",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331Z", Info, "", "INFO     2026-11-29 08:12:04,331 [startup.init_lutris:183]:Starting Lutris 0.5.18"),
			we("2026-11-29T08:12:04.902Z", Debug, "", "DEBUG    2026-11-29 08:12:04,902 [application.do_command_line:524]:Running Lutris with args --debug"),
			we("2026-11-29T08:12:05.118Z", Warn, "", "WARNING  2026-11-29 08:12:05,118 [display._get_vidmodes:104]:xrandr is not available"),
			we("2026-11-29T08:12:09.004Z", Error, "", "ERROR    2026-11-29 08:12:09,004 [game.start:712]:Unable to find Wine executable at /home/ana/.local/share/lutris/runners/wine/lutris-GE-8/bin/wine"),
		},
	},
	{
		name:   "moonlight-qt-log",
		source: "Moonlight (moonlight-qt) log file (%TEMP%\\Moonlight-*.log: `HH:mm:ss - Source Level (category): msg`, the time elapsed since start): from memory of real lines",
		why:    "an elapsed clock that is no time of its own; the level after the SDL or Qt source word",
		entries: []worldEntry{
			we("", Info, "", "00:00:00 - Qt Info: Moonlight Qt v6.1.0"),
			we("", Info, "", "00:00:02 - SDL Info (0): Found 1 gamepad(s): Xbox Series X Controller"),
			we("", Warn, "", "00:00:05 - SDL Warn (0): Unable to get audio device name for default device"),
			we("", Error, "", "00:00:09 - SDL Error (0): Failed to connect to 192.168.1.40: RTSP handshake failed: 10060"),
		},
	},
	{
		name:   "unity-hub-info-log-json",
		source: "Unity Hub 3.x's logs/info-log.json (one JSON object a line: timestamp, level, moduleName, pid, message): from memory of real lines. Unity's Editor.log and Player.log are earlier tables'; the Hub's log is not",
		why:    "JSON with the level name and an ISO Z time",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331Z", Info, "", `{"timestamp":"2026-11-29T08:12:04.331Z","level":"info","moduleName":"EditorManager","pid":2212,"message":"Found 3 installed editors"}`),
			we("2026-11-29T08:12:05.118Z", Warn, "", `{"timestamp":"2026-11-29T08:12:05.118Z","level":"warn","moduleName":"LicensingSdk","pid":2212,"message":"Licensing client handshake took 4012 ms"}`),
			we("2026-11-29T08:12:09.004Z", Error, "", `{"timestamp":"2026-11-29T08:12:09.004Z","level":"error","moduleName":"InstallService","pid":2212,"message":"Failed to download module android: ECONNRESET"}`),
		},
	},

	// Creative and office applications.
	{
		name:   "blender-clog",
		source: "Blender 4.x's console with --log \"*\" (CLOG: `LEVEL (category): file:line function: msg`, no time): the lines quoted in vvoovv/blosm#169",
		why:    "CLOG's level word first and no time",
		entries: []worldEntry{
			we("", Info, "", "INFO (wm.operator): source/blender/windowmanager/intern/wm_event_system.cc:1190 wm_operator_reports: bpy.ops.wm.save_mainfile()"),
			we("", Warn, "", "WARN (bke.liboverride): source/blender/blenkernel/intern/lib_override.cc:3104 lib_override_library_main_resync_on_library_indirect_level: Object 'Rig.001' could not be resynced"),
			we("", Error, "", "ERROR (bke.appdir): source/blender/blenkernel/intern/appdir.cc:662 appdir_temp_ensure: Could not create temporary directory /mnt/scratch/blender"),
		},
	},
	{
		name:   "blender-render-progress",
		source: "Blender 4.x's console while rendering with -b (Cycles progress lines `Fra:n Mem:... | Time:mm:ss.ss | ...`, Saved:, the closing Time:): from memory of real lines",
		why:    "render progress with an elapsed time only and no level",
		gap:    "the closing ` Time: 00:41.87 (Saving: ...)` line, indented by one space, is joined to the Saved: line before it as a continuation",
		entries: []worldEntry{
			we("", Unknown, "", "Fra:1 Mem:312.44M (Peak 356.10M) | Time:00:04.21 | Mem:0.00M, Peak:0.00M | Scene, ViewLayer | Synchronizing object | Cube"),
			we("", Unknown, "", "Fra:1 Mem:401.02M (Peak 512.88M) | Time:00:38.77 | Remaining:00:03.10 | Mem:188.40M, Peak:190.12M | Scene, ViewLayer | Sample 112/128"),
			we("", Unknown, "", "Saved: '/home/ana/render/shot_0001.png'"),
			we("", Unknown, "", " Time: 00:41.87 (Saving: 00:00.12)"),
		},
	},
	{
		name:   "libreoffice-sal-log",
		source: "LibreOffice 24.x's stderr with SAL_LOG set (`level:area:pid:tid:file:line: msg`, no time): from memory of real lines and the SAL_LOG description in sal/log.hxx",
		why:    "the level word glued to the area by colons, no time",
		gap:    "SAL_LOG's level word glued to the area by colons (`warn:vcl.gdi:pid:tid:file:line:`) is not read: level Unknown",
		entries: []worldEntry{
			we("", Warn, "", "warn:vcl.gdi:31207:31207:vcl/source/gdi/print.cxx:1302: Printer::SetPaperSizeUser: unknown paper 297x420"),
			we("", Info, "", "info:sfx.doc:31207:31241:sfx2/source/doc/docfile.cxx:2211: SfxMedium::Transfer_Impl: copying to /tmp/lu31207g.tmp"),
			we("", Warn, "", "warn:unotools.misc:31207:31207:unotools/source/misc/mediadescriptor.cxx:702: caught css::ucb::InteractiveIOException message: \"at ucb/source/ucp/file/filglob.cxx:349\""),
		},
	},
	{
		name:   "darktable-debug-output",
		source: "darktable 4.x's stdout with -d common (`seconds-since-start [module] msg`, right-aligned): from memory of real lines",
		why:    "an elapsed seconds count that is no time of its own, no level",
		entries: []worldEntry{
			we("", Unknown, "", "     0.0412 [dt_init] using profile `/home/ana/.config/darktable'"),
			we("", Unknown, "", "     1.8820 [opencl_init] found 1 device"),
			we("", Unknown, "", "     2.3141 [dt_dev_load_image] loading image 1422 took 0.210 secs"),
		},
	},
	{
		name:   "vlc-file-logging",
		source: "VLC 3.0's --file-logging output (vlc-log.txt: a `-- logger module started --` line, then `module level: msg`, no time): from memory of real lines. VLC is named in earlier tables only as a user agent or a package",
		why:    "the module name then the level word before the colon, no time; the logger banner is no record",
		entries: []worldEntry{
			wskip("-- logger module started --"),
			we("", Debug, "", "main debug: VLC media player - 3.0.21 Vetinari"),
			we("", Warn, "", "main warning: picture might be displayed late (missing 12 ms)"),
			we("", Error, "", "avcodec error: more than 5 seconds of late video -> dropping frame (computer too slow ?)"),
		},
	},
	{
		name:   "prusaslicer-boost-log",
		source: "PrusaSlicer 2.8's console with --loglevel=5 (boost.log `[yyyy-MM-dd HH:mm:ss.ffffff] [0xthread] [level]    msg`, local time): from memory of real lines",
		why:    "a bracketed time, a hex thread and a bracketed boost severity",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331518Z", Info, "", "[2026-11-29 08:12:04.331518] [0x00004a1c] [info]    Initializing StaticPrintConfigs"),
			we("2026-11-29T08:12:04.902117Z", Debug, "", "[2026-11-29 08:12:04.902117] [0x00004a1c] [debug]   PresetBundle loaded 214 print presets"),
			we("2026-11-29T08:12:05.118004Z", Warn, "", "[2026-11-29 08:12:05.118004] [0x00003b80] [warning] Failed to load OpenGL extension GL_ARB_debug_output"),
			we("2026-11-29T08:12:09.560221Z", Error, "", "[2026-11-29 08:12:09.560221] [0x00004a1c] [error]   Error while loading project: file not found"),
		},
	},
	{
		name:   "cura-log",
		source: "UltiMaker Cura 5.x's cura.log (`yyyy-MM-dd HH:mm:ss,SSS - LEVEL - [thread] module.function [line]: msg`, local time): from memory of real lines",
		why:    "Python logging with the level between dashes after a comma-millisecond time",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331Z", Info, "", "2026-11-29 08:12:04,331 - INFO - [MainThread] cura.CuraApplication.initialize [1132]: Running Cura 5.9.0"),
			we("2026-11-29T08:12:05.118Z", Warn, "", "2026-11-29 08:12:05,118 - WARNING - [MainThread] UM.Qt.QtApplication.initializeEngine [460]: Unable to load translation for 'cura.json'"),
			we("2026-11-29T08:12:09.004Z", Error, "", "2026-11-29 08:12:09,004 - ERROR - [Thread-12] CuraEngineBackend.StartSliceJob.run [338]: No active extruder stacks, cannot slice"),
		},
	},
	{
		name:   "gnucash-trace",
		source: "GnuCash 5's gnucash.trace in the temp directory (`* HH:mm:ss  LEVEL <module> msg`, a bare time of day): from memory of real lines",
		why:    "a star, a bare time of day and the level before an angle-bracketed module",
		entries: []worldEntry{
			we("2026-11-29T08:12:04Z", Info, "", "* 08:12:04  INFO <gnc.app-utils> Opening file:///home/ana/finance/books.gnucash"),
			we("2026-11-29T08:12:05Z", Warn, "", "* 08:12:05  WARN <gnc.gui> [gnc_main_window_restore_window()] Window 2 has no plugin pages"),
			we("2026-11-29T08:12:09Z", Critical, "", "* 08:12:09  CRIT <gnc.backend.dbi> [GncDbiSqlConnection::execute_nonselect_statement()] Error executing SQL"),
		},
	},

	// Developer desktop tools.
	{
		name:   "chrome-remote-desktop-host-log",
		source: "Chrome Remote Desktop's Linux host log (/tmp/chrome_remote_desktop_YYYYMMDD_*.log: Chromium's `[pid:tid:MMDD/HHMMSS.ffffff:LEVEL:file(line)] msg`, local time, no year): from memory of real lines. Chromium's own chrome_debug layout is an earlier table's; the remoting host's file is not",
		why:    "Chromium's bracketed prefix with a year-less month-day and the level word inside it",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331518Z", Info, "", "[4412:4412:1129/081204.331518:INFO:remoting_me2me_host.cc(1742)] Starting host process: version 131.0.6778.17"),
			we("2026-11-29T08:12:05.118004Z", Warn, "", "[4412:4430:1129/081205.118004:WARNING:ftl_signaling_connector.cc(140)] Failed to connect to FTL signaling: UNAVAILABLE"),
			we("2026-11-29T08:12:09.560221Z", Error, "", "[4412:4412:1129/081209.560221:ERROR:remoting_me2me_host.cc(905)] Failed to start Xorg session: exit code 1"),
		},
	},
	{
		name:   "vscode-remote-ssh-output",
		source: "VS Code's Remote - SSH extension output channel as users paste it (`[HH:mm:ss.SSS] msg`, a bare time of day, no level): from memory of real lines. VS Code's own log files are earlier tables' and sharedprocess.log is above; this is the extension's output",
		why:    "a bracketed bare time of day and no level",
		gap:    "`Resolver error: Error: ...` after the bracketed time is read as level Error, though the output channel writes no level",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331Z", Unknown, "", "[08:12:04.331] Log Level: 2"),
			we("2026-11-29T08:12:04.352Z", Unknown, "", "[08:12:04.352] Running script with connection command: \"C:\\Windows\\System32\\OpenSSH\\ssh.exe\" -T -D 51844 build-01 bash"),
			we("2026-11-29T08:12:09.118Z", Unknown, "", "[08:12:09.118] Resolver error: Error: Connecting with SSH timed out"),
		},
	},
	{
		name:   "dbeaver-debug-log",
		source: "DBeaver 24's workspace .metadata/dbeaver-debug.log (`yyyy-MM-dd HH:mm:ss.SSS - msg`, local time, an exception's class and stack on the following lines): from memory of real lines. Eclipse's own .metadata/.log is an earlier table's; DBeaver's debug log is not",
		why:    "a dash after the time, no level; an exception with its stack is one record",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331Z", Unknown, "", "2026-11-29 08:12:04.331 - DBeaver 24.2.5.202411171553 is starting"),
			we("2026-11-29T08:12:04.902Z", Unknown, "", "2026-11-29 08:12:04.902 - Initialize desktop platform..."),
			we("2026-11-29T08:12:20.118Z", Unknown, "", "2026-11-29 08:12:20.118 - Error connecting to database 'shop-prod'",
				"org.jkiss.dbeaver.model.exec.DBCConnectException: Connection refused: db-prod.example.internal:5432",
				"\tat org.jkiss.dbeaver.model.impl.jdbc.JDBCDataSource.openConnection(JDBCDataSource.java:261)",
				"\tat org.jkiss.dbeaver.model.impl.jdbc.JDBCExecutionContext.connect(JDBCExecutionContext.java:111)"),
		},
	},
	{
		name:   "jetbrains-toolbox-log",
		source: "the JetBrains Toolbox App 2.x's logs/toolbox.log (`yyyy-MM-dd HH:mm:ss.SSS [thread-no] LEVEL logger - msg`, local time): from memory of real lines. IntelliJ's idea.log is an earlier table's; the Toolbox App's log is not",
		why:    "a bracketed padded thread number between the time and the level",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.331Z", Info, "", "2026-11-29 08:12:04.331 [    1]   INFO m.i.t.a.ToolboxApplication - Toolbox App version 2.5.2.35332"),
			we("2026-11-29T08:12:06.118Z", Warn, "", "2026-11-29 08:12:06.118 [   41]   WARN m.i.t.c.u.UpdatesFeedLoader - Feed download took 5012 ms"),
			we("2026-11-29T08:12:09.004Z", Error, "", "2026-11-29 08:12:09.004 [   44]  ERROR m.i.t.c.i.InstallOperation - Failed to install IntelliJ IDEA Ultimate 2026.3: not enough disk space"),
		},
	},
}

func TestFresh91Formats(t *testing.T) { assertTable(t, fresh91Cases) }

func TestFresh91Score(t *testing.T) {
	checkScore(t, "fresh91 formats", fresh91Cases, [worldNumFields]float64{92.9, 99.1, 99.1, 97.6})
}
