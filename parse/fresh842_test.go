package parse

import "testing"

// The eight-hundred-and-forty-second fresh table: desktop apps' own log files, as they sit in the
// user's profile or come out of the app's terminal. Each family is one desktop client's file or
// console: Blizzard's Battle.net Agent (a bracketed level letter and a four-digit fraction, with
// the HTTP response's JSON block under its request line); the Spotify core's console lines (a
// bare time of day and a priority letter before a `[module:line]` tag); the Spotify Linux client's
// terminal (Chromium/CEF `[MMDD/HHMMSS.ffffff:LEVEL:file(line)]` lines among the untimed `[+]`
// lines of an LD_PRELOAD ad blocker); Ubisoft Connect's launcher_log.txt (a bracketed pid, the
// date, a bracketed thread, the level and `file.cpp (line)` in wide columns); the Rockstar Games
// Launcher's launcher.log (`[time] [DISPLAY] [thread] [channel]`); the League client's UX log
// lines (`LeagueClient.exe(tid): LEVEL| plugin| msg`, no clock); the League game's r3dlog
// (`elapsed| LEVEL| msg`, seconds since the log began); Steam's shader_log.txt.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `teams`, `MSTeams`, `ms-teams`, `teamsbootstrapper`, `Skylib`,
// `onedrive`, `syncengine`, `OneDriveSetup`, `odl`, `zoom`, `zoom sdk`, `meetingsdk`, `zoomsdk`,
// `slack`, `discord`, `steam`, `content_log`, `connection_log`, `shader_log`, `vrclient`,
// `webhelper`, `epic games`, `epicgames`, `UnrealEngine`, `LogHttp`, `battle.net`, `battlenet`,
// `blizzard`, `Agent.exe`, `agent-`, `Request GET /agent`, `spotify`, `libspotify`, `offline-mgr`,
// `electron`, `electron-log`, `squirrel`, `legendary`, `heroic`, `lutris`, `gog`, `galaxy`,
// `ubisoft`, `uplay`, `upc`, `HubUtils`, `EA app`, `EADesktop`, `ea-desktop`, `origin`, `rockstar`,
// `Social Club`, `[DISPLAY]`, `riot`, `riotclient`, `LeagueClient`, `ALWAYS|`, `OKAY|`,
// `valorant`, `overwolf`, `curseforge`, `wargaming`, `itch`, `teams-for-linux`, `telegram`,
// `signal`, `whatsapp`, `skype`, `webex`, `parsec`, `anydesk`, `teamviewer`, `obs`, `vlc`,
// `firefox`, `thunderbird`, `dropbox`, `vscode`, `jetbrains`, `1password`, `bitwarden`,
// `keybase`, `nvidia`, `geforce`, `razer`, `logitech`, `minecraft`, `playnite`. The theme's own
// names are nearly all measured already (classic and new Teams, the Linux OneDrive client, Zoom's
// Linux console, Slack's desktop log, Discord's terminal, updater and bots, Steam's content,
// connection, bootstrap, cloud, compat and workshop logs, the Epic Games launcher, GOG Galaxy,
// Heroic, Legendary, raspotify's librespot), so they were left out; Battle.net's Agent, Spotify's
// own client lines, Ubisoft Connect, the Rockstar launcher, the League client and game logs and
// Steam's shader_log match only grep lists (`battle.net`, `ubisoft`, `uplay`, `ALWAYS|`,
// `shader_log`) or other products (`spotify` in librespot and mopidy lines). The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). None of these files writes a zone, so every time is taken as UTC; the
// Spotify core's time of day is on the clock's day; the CEF `MMDD/HHMMSS` stamp has no year and is
// in 2026; the League lines carry no clock (the UX log's lines none at all, the r3dlog's only the
// seconds since the log began), so their records have no time. Levels only where the line marks
// one: the Agent's bracketed letter (I W E), the Spotify core's letter (I W E), CEF's level word,
// the `[+]` lines of the ad blocker none; Ubisoft's level column (INFO WARNING ERROR); the Rockstar
// launcher's level column (DISPLAY, its ordinary level, is Info; WARNING, ERROR); the League
// columns (OKAY and ALWAYS are Info, WARN, ERROR); Steam's shader_log writes none. No family writes
// a host, so every host is "". The Agent's request line with its response block is one record;
// every other record is one line, and the ad blocker's untimed lines are records of their own.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory". Hosts, ids, addresses, users and messages are invented, and every time is
// in late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 43bf173 before any rule for it: level 72.5 %, time 97.5 %, host 97.5 %, records 95.0 %.
// That is the macro figure (micro: level 72.7 %, time 97.0 %, host 97.0 %, records 93.9 %), in a
// worktree at 43bf173 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps: the ad blocker's untimed `[+]` line after a CEF line in the
// Spotify terminal is joined to the CEF record, the Rockstar launcher's `[DISPLAY]` level is not
// read, the League client UX log's `LEVEL|` column is not read at all on its clockless lines, and
// the r3dlog's `OKAY|` level is not read.

var fresh842Cases = []worldCase{
	{
		name:   "battlenet-agent-log-json-response",
		source: "Blizzard Battle.net Agent, C:\\ProgramData\\Battle.net\\Agent\\Agent.NNNN\\Logs\\Agent-*.log (`[I 2025-05-17 19:54:00.0045] Request GET /agent` then `Response 200 (20.4230 ms): {` and the indented JSON body): redact7/bnetinstaller issue #1; the W and E letters from memory",
		why:    "a level letter inside the bracket before a date with a four-digit fraction; the response line and its JSON body belong to the request's record",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.9981Z", Info, "", "[I 2026-11-29 07:41:15.9981] Agent listening on 127.0.0.1:1120"),
			we("2026-11-29T07:41:16.0045Z", Info, "",
				"[I 2026-11-29 07:41:16.0045] Request GET /agent ",
				"Response 200 (18.3310 ms): {",
				`  "authorization": "50913377420186422917",`,
				`  "pid": 9184,`,
				`  "region": "eu",`,
				`  "state": 1004,`,
				`  "version": "2.41.0.9310"`,
				"}"),
			we("2026-11-29T07:41:20.3117Z", Warn, "", "[W 2026-11-29 07:41:20.3117] Product 'fenris' install path D:\\Games\\Diablo IV not found, marking for repair"),
			we("2026-11-29T07:41:22.9051Z", Error, "",
				"[E 2026-11-29 07:41:22.9051] Request POST /install/fenris ",
				"Response 404 (1.2210 ms): {",
				`  "error": 2312`,
				"}"),
		},
	},
	{
		name:   "spotify-core-time-of-day-letter",
		source: "the Spotify core's console lines `HH:MM:SS.mmm L [module:line] msg` (`21:59:49.091 I [ap:1752] Connecting to AP ap.spotify.com:4070`, `I [offline-mgr:2084] Storage has been cleaned`), seen behind tizonia's `[Spotify] : ` prefix: tizonia/tizonia-openmax-il issue #525; written here bare as the client prints them, and the W and E letters, from memory",
		why:    "only a time of day with milliseconds, then one priority letter and a `[module:line]` tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.091Z", Info, "", "07:41:16.091 I [ap:1752] Connecting to AP ap-gew4.spotify.com:4070"),
			we("2026-11-29T07:41:16.105Z", Info, "", "07:41:16.105 I [offline-mgr:2084] Storage has been cleaned"),
			we("2026-11-29T07:41:16.109Z", Info, "", "07:41:16.109 I [ap:1226] Connected to AP: 10.44.0.12:4070"),
			we("2026-11-29T07:41:18.502Z", Warn, "", "07:41:18.502 W [audio-driver:412] Underrun on device 'default', padding 2048 frames"),
			we("2026-11-29T07:41:19.003Z", Error, "", "07:41:19.003 E [ch:328] Channel 14 error 0x2a for track 5Xb2Yq0iNkR1mD3LwPq7Zc"),
		},
	},
	{
		name:   "spotify-linux-terminal-cef-adblock",
		source: "the Spotify Linux client's terminal with spotify-adblock preloaded: CEF lines `[1201/102614.535969:ERROR:buffer_manager.cc(488)] …` among the blocker's `[+] getaddrinfo:\\t\\t<host>` and `[+] cef_urlrequest_create:\\t<url>` lines: abba23/spotify-adblock-linux issue #86; the WARNING and INFO CEF lines from memory",
		why:    "Chromium's year-less MMDD/HHMMSS.micro stamp with the level word inside the bracket; the blocker's untimed `[+]` lines are records of their own and carry neither time nor level, and the host names in them are no host",
		gap:    "the ad blocker's untimed `[+] cef_urlrequest_create:` line after a CEF `[MMDD/HHMMSS.micro:ERROR:…]` line is joined to that record as a continuation, though it is a record of its own written by another writer (the first `[+]` line, with no record before it, stands alone)",
		entries: []worldEntry{
			we("", Unknown, "", "[+] getaddrinfo:\t\tapresolve.spotify.com"),
			we("2026-11-29T07:41:16.535969Z", Error, "", "[1129/074116.535969:ERROR:buffer_manager.cc(488)] [.DisplayCompositor]GL ERROR :GL_INVALID_OPERATION : glBufferData: <- error from previous GL command"),
			we("", Unknown, "", "[+] cef_urlrequest_create:\thttps://spclient.wg.spotify.com/metadata/4/artists?country=SE&product=free"),
			we("2026-11-29T07:41:17.002114Z", Warn, "", "[1129/074117.002114:WARNING:gpu_process_host.cc(1237)] The GPU process has crashed 1 time(s)"),
			we("2026-11-29T07:41:17.310022Z", Info, "", "[1129/074117.310022:INFO:CONSOLE(2)] \"Failed to load resource: net::ERR_BLOCKED_BY_CLIENT\", source: https://open.spotify.com/ads (2)"),
		},
	},
	{
		name:   "ubisoft-connect-launcher-log",
		source: "Ubisoft Connect's launcher_log.txt (`[ 5156]  2022-03-14 16:39:38      [ 8576]      INFO       HubUtils.cpp (169)                               -- Starting Ubisoft Game Launcher --`): TheRealAyCe/ubisoftconnect-win7fix issues #2 and #6; the WARNING and ERROR words from memory",
		why:    "a bracketed, space-padded pid before the date and a bracketed thread after it; the level and the `file.cpp (line)` source sit in wide space-padded columns",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[ 6204]  2026-11-29 07:41:16      [ 7120]      INFO       HubUtils.cpp (169)                               -- Starting Ubisoft Game Launcher --"),
			we("2026-11-29T07:41:16Z", Info, "", "[ 6204]  2026-11-29 07:41:16      [ 7120]      INFO       HubUtils.cpp (182)                               Exe version: 162.0.11208        "),
			we("2026-11-29T07:41:19Z", Warn, "", "[ 6204]  2026-11-29 07:41:19      [ 9388]      WARNING    ConnectionManager.cpp (412)                      Retrying connection to public-ubiservices.example.net (attempt 2)"),
			we("2026-11-29T07:41:24Z", Error, "", "[ 6204]  2026-11-29 07:41:24      [ 9388]      ERROR      DownloadManager.cpp (877)                        Failed to patch product 5271: disk write error 112"),
		},
	},
	{
		name:   "rockstar-games-launcher-log",
		source: "Rockstar Games Launcher launcher.log (`[2024-12-31 15:57:45.689] [DISPLAY] [Main ] [launcher] Opening log file.`): Whisky-App/Whisky issue #835; the WARNING and ERROR levels from memory",
		why:    "the level column DISPLAY (the launcher's ordinary level) after a bracketed millisecond time, then a padded thread and a channel in brackets",
		gap:    "the level column `[DISPLAY]` after the bracketed time is not read as a level (Unknown, want Info); `[WARNING]` and `[ERROR]` are read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.689Z", Info, "", "[2026-11-29 07:41:16.689] [DISPLAY] [Main ] [launcher] Opening log file."),
			we("2026-11-29T07:41:16.694Z", Info, "", "[2026-11-29 07:41:16.694] [DISPLAY] [Main ] [main] Version: 1.0.104.2391"),
			we("2026-11-29T07:41:17.120Z", Warn, "", "[2026-11-29 07:41:17.120] [WARNING] [Main ] [preqmanager] Could not get preq list from cache, downloading"),
			we("2026-11-29T07:41:21.058Z", Error, "", "[2026-11-29 07:41:21.058] [ERROR] [Download] [titlestorage] Failed to verify title gta5: hash mismatch in x64a.rpf"),
		},
	},
	{
		name:   "league-client-ux-pipe-columns",
		source: "League of Legends client UX lines `LeagueClient.exe(0000003E):   WARN|           rcp-be-lol-lobby| lol-lobby: …` and `ALWAYS|` lines: mmtrt/leagueoflegends issue #61; the OKAY and ERROR words from memory",
		why:    "no clock at all: the process and a hex thread, a right-aligned level ended by a pipe, a right-aligned plugin ended by a pipe",
		gap:    "no level is read from the right-aligned `LEVEL|` column after `LeagueClient.exe(tid):` on a line with no clock: WARN, ALWAYS, OKAY and ERROR all give Unknown",
		entries: []worldEntry{
			we("", Warn, "", "LeagueClient.exe(0000003E):   WARN|           rcp-be-lol-lobby| lol-lobby: Couldn't find timer named lol-lobby.parties-presence-4"),
			we("", Info, "", "LeagueClient.exe(00000040): ALWAYS|           rcp-be-lol-lobby| Parties registration: scheduling (3.0)"),
			we("", Info, "", "LeagueClient.exe(00000033):   OKAY|        rcp-be-lol-gameflow| Gameflow phase changed to Lobby"),
			we("", Error, "", "LeagueClient.exe(00000045):  ERROR|       rcp-be-lol-summoner| Request to /summoner-ledge/v1/summoners failed with 503"),
		},
	},
	{
		name:   "league-game-r3dlog-elapsed",
		source: "League of Legends game r3dlog `SSSSSS.mmm|  LEVEL| msg` (`000000.001|   OKAY| Riot::RADS::Reader::RadsMain::Initialize: …`, `000001.560|   OKAY| …`): winepak/applications issue #14; the WARN and ERROR words from memory",
		why:    "the leading number is seconds since the log began, no time of the record's own; the level is right-aligned before a pipe",
		gap:    "the r3dlog's `OKAY|` level after the elapsed seconds is not read (Unknown, want Info); `WARN|` and `ERROR|` are read",
		entries: []worldEntry{
			we("", Info, "", `000000.001|   OKAY| Riot::RADS::Reader::RadsMain::Initialize: RADS library initializing with specified working directory "C:\Riot Games\League of Legends\Game".`),
			we("", Info, "", "000000.012|   OKAY| Riot::RADS::Reader::ReleaseManifest::LoadInternal: (\"C:/Riot Games/League of Legends/Game/releasemanifest\")"),
			we("", Warn, "", "000001.560|   WARN| Unable to process data overlay file ./DATA/overlay_eu.bin"),
			we("", Error, "", "000004.233|  ERROR| Failed to create D3D11 device (hr=0x887a0004), falling back to DX9"),
		},
	},
	{
		name:   "steam-shader-log",
		source: "Steam client logs/shader_log.txt `[YYYY-MM-DD HH:MM:SS] msg` (its name in a Steam logs listing: arma-actions/workshop-upload PR #4; the line layout as Steam's other logs write it, from memory)",
		why:    "a bracketed local time with no fraction and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] Starting processing job for app 1091500 (fossilize replay, 4 threads)"),
			we("2026-11-29T07:41:58Z", Unknown, "", "[2026-11-29 07:41:58] Processing job for app 1091500 finished: 2318 pipelines compiled"),
			we("2026-11-29T07:42:03Z", Unknown, "", "[2026-11-29 07:42:03] Failed to open shader cache for app 730: no such file"),
		},
	},
}

func TestFresh842Formats(t *testing.T) { assertTable(t, fresh842Cases) }

func TestFresh842Score(t *testing.T) {
	checkScore(t, "fresh842 formats", fresh842Cases, [worldNumFields]float64{72.4, 97.4, 97.4, 94.9})
}
