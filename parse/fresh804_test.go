package parse

import "testing"

// The eight-hundred-and-fourth fresh table: game backends and multiplayer servers, in shapes no
// earlier table holds. Each family is one product's own output: Torch, the Space Engineers server
// manager (NLog `${time} [${level}] ${logger}: ${message}`, a four-digit fraction on a time of day,
// an exception's stack under its ERROR line) and its Chat.log (`${longdate} ${message}`);
// Enshrouded's dedicated server (a one-letter level and an uptime `[I 00:00:00,224]` in one
// bracket, the subsystem in a second) and the same server behind the mornedhels image's
// supervisord (a dated stamp, `supervisord:` and the program's name, no level); Unturned's
// Logs/Server.log (a bracketed ISO date and time, no level); Barotrauma's server log (a bracketed
// day-first dotted date); Colyseus under DEBUG=colyseus:* with no TTY (the debug module's ISO-Z
// time and namespace, a stack under an error); Photon Server's core log (a pid and a colon before
// a time of day and a dash).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `nakama`, `colyseus`, `colyseus:`, `photon`, `Photon-`,
// `PhotonCLR`, `CService`, `- CService`, `Service Running`, `agones`, `open-match`, `openmatch`,
// `mirror`, `fishnet`, `fish-net`, `terraria`, `tmodloader`, `tshock`, `oxide`, `umod`, `rust`,
// `ark:`, `shootergame`, `zomboid`, `7 days`, `7dtd`, `satisfactory`, `FactoryGame`, `valheim`,
// `factorio`, `minecraft`, `palworld`, `space engineers`, `torch`, `srcds`, `garry`,
// `don't starve`, `dontstarve`, `conan`, `unturned`, `enshrouded`, `v rising`, `vrising`,
// `core keeper`, `barotrauma`, `sons of the forest`, `astroneer`, `eco server`, `eco `,
// `soldat`, `sa-mp`, `samp`, `open.mp`, `openmp`, `omp-server`, `server_log`, `ragemp`, `rimworld`,
// `hathora`, `edgegap`, `playfab`, `gamelift`, `pragma`, `rivet`, `pterodactyl`, `wings`,
// `linuxgsm`, `teamspeak`, `mumble`, `murmur`, `steamcmd`, `LogNet`, `LogInit`, `unity`, `godot`,
// `unreal`, `UE3`, `] Log: `, `killing floor`, `InitGame`, `mta`, `multi theft`, `xonotic`,
// `quake`, `ioquake`, `openarena`, `etlegacy`, `openttd`, `luanti`, `minetest`, `veloren`,
// `bedrock`, `paper`, `spigot`, `bungeecord`, `velocity`, `geyser`, `nukkit`, `pocketmine`,
// `cuberite`, `forge`, `fabric`, `beammp`, `fivem`, `cfx`, `alt:v`, `redm`, `dayz`, `arma`,
// `hytale`, `starbound`, `mindustry`, `vintage story`, `teeworlds`, `ddnet`, `openra`, `wesnoth`,
// `bepinex`, `sourcemod`, `metamod`, `amxmodx`, `hlds`, `L 11/`, `assetto`, `assettoserver`,
// `spacetime`, `foundry`, `avorion`, `cubecoders`, `crafty`, `necesse`, `nitrox`, `bzfs`,
// `freeciv`, `zandronum`, `mcgalaxy`, `classicube`, `openrct2`, `minqlx`, `rocketmod`, `openmod`,
// `squad`, `mordhau`, `pavlov`, `insurgency`, `scum`, `hurtworld`, `icarus`, `stationeers`,
// `bannerlord`, `empyrion`, `heroic`, `debug-module`. Nearly every product of the theme is
// measured already (Nakama's JSON, Photon's log4net application logs, Agones' controller and SDK
// sidecar, Open Match, tModLoader, Project Zomboid, 7 Days to Die, Oxide, ARK, Conan, Palworld,
// Valheim, Space Engineers' own log, Don't Starve Together, the Unreal and Unity shapes), so they
// were left out; Torch (only PyTorch's tools match `torch`), Enshrouded, Unturned, Barotrauma,
// Colyseus and Photon's core log match only grep lists. Colyseus's debug-module line is the shape
// of an earlier rule family; it is measured here as the product's own output, with a stack under a
// namespace named errors. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). None of these servers writes a zone: every stamp is taken as UTC. Torch's
// main log and Photon's core log carry only a time of day, so their records are on the clock's day
// (2026-11-29); Enshrouded's own stamp counts from the process's start (00:00:00,224), an uptime,
// so its records have no time; Barotrauma's date is day-first (29.11.2026). Levels only where the
// line marks one: Torch's bracketed NLog level (INFO, WARN, ERROR, FATAL as Critical) and
// Enshrouded's letter (I, W, E); Torch's Chat.log, the supervisord-wrapped Enshrouded lines (whose
// inner letter the image strips), Unturned, Barotrauma, Colyseus (a debug namespace such as
// colyseus:errors is a channel, not a level) and Photon's core log carry none. No family writes a
// host: `supervisord:` and `enshrouded-server` are the supervisor and its program, Photon's first
// number is a pid, and player names, addresses and room ids are peers. A Torch ERROR's exception
// and a Colyseus error's `at` frames are one record with their line.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (Photon's core log line; Unturned's exception lines; debug's non-TTY prefix).
// Hosts, ids, addresses, users and messages are invented, and every time is in late November 2026.
// The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read,
// and it stays in the score.
//
// Its first figure, scored at commit cab9b82 before any rule for it: level 96.9 %, time 87.5 %,
// host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 97.0 %, time 87.9 %, host 100.0 %, records 100.0 %), in a
// worktree at cab9b82 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps: Photon's core log's time of day after a pid and a colon is not
// read, and a Colyseus line under the colyseus:errors namespace is given the level Error from its
// words, though it has no level column.

var fresh804Cases = []worldCase{
	{
		name:   "torch-space-engineers-nlog-main",
		source: "Torch (TorchAPI/Torch, the Space Engineers dedicated server manager) Logs/Torch-<date>.log and console: its NLog.config layout `${time} [${level:uppercase=true}] ${logger}: ${message}` (found with the code search); TorchAPI/Torch issues #334 and #414 (pasted start-ups: `03:56:36.9258 [INFO]   SteamCMD: …`, `[INFO]   Torch.Managers.PatchManager.PatchManager: …`) and #541 (`05:54:38.6114 FATAL ERROR`) and #569 (`[ERROR] Keen: System.InvalidOperationException`)",
		why:    "a time of day with four fraction digits and no date; the NLog level in brackets, padded with blanks before the logger; an exception's message and frames on the lines under its ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.9258Z", Info, "", "07:41:16.9258 [INFO]   Initializer: Loading config D:\\SEServer\\Torch.cfg"),
			we("2026-11-29T07:41:17.3618Z", Info, "", "07:41:17.3618 [INFO]   Torch.Managers.PatchManager.PatchManager: Patching begins..."),
			we("2026-11-29T07:41:58.0405Z", Warn, "", "07:41:58.0405 [WARN]   Torch.Server.Managers.InstanceManager: World 'Outpost Kestrel' has 3 missing mods, continuing without them"),
			we("2026-11-29T07:42:03.5512Z", Error, "",
				"07:42:03.5512 [ERROR]  Keen: System.InvalidOperationException: Steamworks GameServer is not initialized.",
				"   at Steamworks.InteropHelp.TestIfAvailableGameServer()",
				"   at Steamworks.SteamGameServer.LogOnAnonymous()",
				"   at VRage.Steam.MySteamGameServer.Start(IPEndPoint serverEndpoint, UInt16 steamPort, String versionString)"),
			we("2026-11-29T07:42:04.0017Z", Critical, "", "07:42:04.0017 [FATAL]  Torch: Server crashed, restarting in 5 seconds"),
		},
	},
	{
		name:   "torch-space-engineers-chat-log",
		source: "Torch's Logs/Chat.log: the same NLog.config's chat target, layout `${longdate} ${message}` (NLog's longdate `yyyy-MM-dd HH:mm:ss.ffff`), found with the code search next to the main target",
		why:    "NLog's longdate with four fraction digits, then the chat line itself: a player's name and a colon, which is no level and no host",
		entries: []worldEntry{
			we("2026-11-29T07:45:12.4410Z", Unknown, "", "2026-11-29 07:45:12.4410 Server: Welcome to Kestrel Reach, restarts at 12:00 UTC"),
			we("2026-11-29T07:46:30.1287Z", Unknown, "", "2026-11-29 07:46:30.1287 Mara Voss: anyone selling uranium near the station?"),
			we("2026-11-29T07:46:41.9002Z", Unknown, "", "2026-11-29 07:46:41.9002 Tobin Reyes: /faction invite Mara Voss"),
		},
	},
	{
		name:   "enshrouded-server-letter-uptime",
		source: "Enshrouded's dedicated server log (enshrouded_server.log and the container's console: `[I 00:00:00,224] [app] start creation step Init_OnlineSystem`, `[E …] [savedata] Couldn't retrieve …`, `[W …] [savedata] Steam Cloud is disabled.`): mornedhels/enshrouded-server issue #101, jsknnr/enshrouded-server issue #99",
		why:    "a one-letter level and a stamp counted from the process's start share one bracket (an uptime with a comma before the milliseconds, no time of the record); the subsystem in a second bracket",
		entries: []worldEntry{
			we("", Info, "", "[I 00:00:00,224] [app] start creation step Init_OnlineSystem"),
			we("", Info, "", "[I 00:00:00,226] [os] Started thread 0x0000000004a31fc0 (P2pReceiveThread) with stack range (0x000000001c160000-0x000000001c260000 size:1,048,576)"),
			we("", Error, "", "[E 00:00:00,227] [savedata] Couldn't retrieve steam remote storage interface."),
			we("", Warn, "", "[W 00:00:00,227] [savedata] Steam Cloud is disabled."),
			we("", Info, "", "[I 00:00:14,881] [Session] 'HostOnline' (up)!"),
		},
	},
	{
		name:   "enshrouded-mornedhels-supervisord-stamp",
		source: "the mornedhels/enshrouded-server image's log, the game's lines behind supervisord's stamp (`2024-02-14 14:56:25.498 supervisord: enshrouded-server [server] Start Saving`): mornedhels/enshrouded-server issues #29, #16 and #149 (the latter with the ruled Session block, each line stamped)",
		why:    "a dated stamp with milliseconds, then `supervisord:` and the program's name where a syslog host and tag might be read; the game's letter level is not kept, so no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:25.498Z", Unknown, "", "2026-11-29 07:41:25.498 supervisord: enshrouded-server [server] Start Saving"),
			we("2026-11-29T07:41:25.508Z", Unknown, "", "2026-11-29 07:41:25.508 supervisord: enshrouded-server [savedata] Compression of Blob 0x00000000::USER took 412.00 us"),
			we("2026-11-29T07:41:36.230Z", Unknown, "", "2026-11-29 07:41:36.230 supervisord: enshrouded-server -------------- Session ----------------"),
			we("2026-11-29T07:41:36.231Z", Unknown, "", "2026-11-29 07:41:36.231 supervisord: enshrouded-server   m#0(128): up 0 (0), down 0 (0), remote 0 (0), limit 2,048, lost 0, ping 38 ms, Connected"),
		},
	},
	{
		name:   "unturned-server-log",
		source: "Unturned's dedicated server Logs/Server_<name>.log and console (`[yyyy-MM-dd HH:mm:ss] msg`): SmartlyDressedGames/Unturned-Docs issues #33, #64 and #206, SmartlyDressedGames/U3-SDK issue #5408; an exception's lines under its stamped line from memory",
		why:    "a bracketed ISO date and time with no fraction and no zone; no level column; an exception's frames on lines of their own under it",
		entries: []worldEntry{
			we("2026-11-29T07:41:10Z", Unknown, "", "[2026-11-29 07:41:10] Game version: 3.24.8.1 Engine version: 2021.3.29f1"),
			we("2026-11-29T07:41:11Z", Unknown, "", "[2026-11-29 07:41:11] Successfully set map to Washington!"),
			we("2026-11-29T07:41:12Z", Unknown, "", "[2026-11-29 07:41:12] Preloading vehicle assets: 164/212"),
			we("2026-11-29T07:43:51Z", Unknown, "",
				"[2026-11-29 07:43:51] Exception while loading barricade save data:",
				"System.IndexOutOfRangeException: Index was outside the bounds of the array.",
				"  at SDG.Unturned.BarricadeManager.loadRegion (System.Byte x, System.Byte y) [0x0009c] in <3f1e0a2b8c7d4e5f9a1b2c3d4e5f6a7b>:0"),
		},
	},
	{
		name:   "barotrauma-server-log-day-first",
		source: "Barotrauma's dedicated server log (ServerLogs/<server>_<date>_<hhmm>.txt and its console; `[dd.MM.yyyy HH:mm:ss] Name: message`, `[…] Name opened Hatch`): FakeFishGames/Barotrauma issue #366 (a pasted log), #7723 (the files' names)",
		why:    "a bracketed day-first date with dots; a character's name and a colon after it, which is no level and no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:54Z", Unknown, "", "[29.11.2026 07:41:54] Ilse Brandt: reactor is at 40, someone fix the pump in ballast"),
			we("2026-11-29T07:41:55Z", Unknown, "", "[29.11.2026 07:41:55] Corvin Hale closed Windowed Door"),
			we("2026-11-29T07:41:56Z", Unknown, "", "[29.11.2026 07:41:56] Corvin Hale opened Hatch"),
			we("2026-11-29T07:42:10Z", Unknown, "", "[29.11.2026 07:42:10] Client \"seabed_wolf\" kicked \"Ilse Brandt\"."),
		},
	},
	{
		name:   "colyseus-debug-namespaces-no-tty",
		source: "Colyseus servers run with DEBUG=colyseus:* (the debug module's namespaces colyseus:matchmaking, colyseus:messages, colyseus:errors): colyseus/colyseus PR #471 and issue #465 (DEBUG=colyseus:messages), issue #197 (an error with its `at` frames); the debug module's non-TTY prefix (an ISO-Z time, the namespace, the message) from memory",
		why:    "an ISO time in UTC with milliseconds and a Z, then a namespace with a colon in it; a namespace named errors is a channel, not a level; an error's stack under its line",
		gap:    "level: the line `… colyseus:errors Error: Failed to join invalid room …` is read as Error from the words after the debug namespace (the namespace `colyseus:errors` and the message's `Error:`), though the line carries no level column",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482Z", Unknown, "", "2026-11-29T07:41:16.482Z colyseus:matchmaking spawning 'battle_room', roomId: Xk2pQ9fTa"),
			we("2026-11-29T07:41:16.519Z", Unknown, "", "2026-11-29T07:41:16.519Z colyseus:messages received: 'move' (sessionId: 4hJ0vNw2c) {\"x\":12,\"y\":-3}"),
			we("2026-11-29T07:41:18.007Z", Unknown, "",
				"2026-11-29T07:41:18.007Z colyseus:errors Error: Failed to join invalid room \"Qm8zLr1Vb\"",
				"    at MatchMaker.joinById (/srv/arena/node_modules/@colyseus/core/build/MatchMaker.js:201:15)",
				"    at async WebSocketTransport.onConnection (/srv/arena/node_modules/@colyseus/ws-transport/build/WebSocketTransport.js:112:22)"),
			we("2026-11-29T07:41:21.330Z", Unknown, "", "2026-11-29T07:41:21.330Z colyseus:matchmaking disposing 'battle_room' (roomId: Xk2pQ9fTa)"),
		},
	},
	{
		name:   "photon-socketserver-core-log",
		source: "Photon Server's core log (deploy/bin_Win64/log/Photon-<instance>-<date>.log, next to PhotonCLR.log: festivaldev/Paradise issue #3 names the files); the line's layout (`pid: HH:mm:ss.fff - message`) from memory",
		why:    "a pid and a colon before a time of day with milliseconds, then a dash; no date, no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.264Z", Unknown, "", "5128: 07:41:16.264 - CService::OnStart() - START"),
			we("2026-11-29T07:41:16.280Z", Unknown, "", "5128: 07:41:16.280 - Using config file name: PhotonServer.config"),
			we("2026-11-29T07:41:17.014Z", Unknown, "", "5128: 07:41:17.014 - Service Running"),
			we("2026-11-29T07:58:40.902Z", Unknown, "", "5128: 07:58:40.902 - Server shutting down..."),
		},
	},
}

func TestFresh804Formats(t *testing.T) { assertTable(t, fresh804Cases) }
func TestFresh804Score(t *testing.T) {
	checkScore(t, "fresh804 formats", fresh804Cases, [worldNumFields]float64{96.8, 99.9, 99.9, 99.9})
}
