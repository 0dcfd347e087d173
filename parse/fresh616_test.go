package parse

import "testing"

// The six-hundred-and-sixteenth fresh table: game servers' and game engines' logs as their consoles
// and log files write them, shapes no earlier table holds. Each family is one product's documented or
// observed output: OGRE's Ogre.log (a bare `HH:MM:SS:` time of day); osu! lazer's runtime.log
// (osu-framework's `yyyy-MM-dd HH:mm:ss [level]:`); osu! stable's runtime.log (a month-first date, a
// twelve-hour time and a colon); SCP: Secret Laboratory's LocalAdmin console (a bracketed stamp with
// a spaced offset); Flax Engine's log (a dated banner, then `[ uptime ]: [Level]`); Hearthstone's
// Power.log (a one-letter level before a seven-digit time of day); Empyrion's dedicated server log
// (a day of the month glued to the time, an hour_minute column, `-LOG-` and `-ERR-`, a Mono
// exception under an error); Hytale's dedicated server (a padded JUL level inside the stamp's
// bracket, a right-aligned logger, a Java stack under a SEVERE).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`factorio`, `valheim`, `terraria`, `tmodloader`, `space engineers`,
// `7 days`, `7DaysToDie`, `starbound`, `project zomboid`, `zomboid`, `minetest`, `luanti`, `ddnet`,
// `teeworlds`, `arma`, ` RPT`, `mindustry`, `vintage story`, `vintagestory`, `smapi`, `stardew`,
// `bepinex`, `Robust`, `space station`, `bedrock`, `velocity`, `bungeecord`, `oxide`, `openttd`,
// `cryengine`, `godot`, `Crash Report`, `srcds`, `L 11/29/2026 - `, `Server thread/INFO`, `LogInit`,
// `Player.log`, `don't starve`, `dontstarve`, `server_log.txt`, `Thread:`, `INF `, `ACTION[`,
// `[I] `, `[Notification]`, `] [Info]`, `steamcmd`, `palworld`, `rust`, `FiveM`, `txAdmin`,
// `openrct`, `0ad`, `Xonotic`, `quake`, `Veloren`, `Eco server`, `corekeeper`, `openra`, `wesnoth`,
// `barotrauma`, `empyrion`, `unturned`, `killing floor`, `ScriptLog`, `tshock`, `nakama`,
// `colyseus`, `o3de`, `urho3d`, `ogre`, `Ogre.log`, `infolog`, `spring engine`, `springrts`,
// `avorion`, `localadmin`, `SCP:`, `RustDedicated`, `facepunch`, `ClientUserinfo`, `InitGame`,
// `roblox`, `FLog::`, `league of legends`, `hearthstone`, `DebugPrintPower`, `Power.log`, `osu!`,
// `osu-lazer`, `[verbose]`, `stellaris`, `pdx_`, `KSP.log`, `[LOG `, `[WRN `, `kerbal`, `playnite`,
// `galaxy_client`, `gog galaxy`, `sa-mp`, `samp`, `open.mp`, `ragemp`, `rage:mp`, `necesse`,
// `stationeers`, `bannerlord`, `rgl_log`, `torque`, `stride`, `monogame`, `cocos`, `hytale`,
// `cubeworld`, `StrangeLoop`, `renpy`, `gamemaker`, `mordhau`, `enshrouded`, `core keeper`,
// `vrising`, `v rising`, `astroneer`, `sons of the forest`, `satisfactory`, `FactoryGame`,
// `the forest`, `Hurtworld`, `Wurm`, `ScummVM`, `Unity Hub`, `UnrealBuildTool`, `UBT`, `Dota`,
// `urban terror`, `ioquake`, `openarena`, `warsow`, `sauerbraten`, `cube 2`, `assaultcube`, `flax`,
// `flaxengine`, `soldat`, `etlegacy`, `et: legacy`, `zandronum`, `odamex`, `bzflag`, `bzfs`,
// `freeciv`, `widelands`, `unciv`, `naev`, `hedgewars`, `red eclipse`, `xash`, `Ogre::`,
// `GameState.`, `lazer`, `osu`, `SCP: Secret`, `secretlab`, `EmpyrionDedicated`, `-LOG-`, `r3dlog`,
// `ALWAYS|`, `fyrox`, `jmonkey`, `libgdx`, `unigine`, `lumberyard`, `hearth`, `[t=`,
// `Hearthstone Deck`, `Rust server`, `Creating resource group`, `Added resource location`,
// `OctreeSceneManager`, `[verbose]:`, `[important]`, `runtime.log`, `Runtime Log for`, `AM: `,
// `-04:00] `, `Game process started`, `Start of the log`, `]: [Info]`, `[ 00:00:`, `PowerTaskList`,
// `CREATE_GAME`, `Dedi log`, `   INFO]`, `[HytaleServer]`, `FINEST]`, `HytaleServer`). None of
// Ogre.log, osu!'s two runtime logs, LocalAdmin, Flax, Power.log, Empyrion's or Hytale's logs is in
// any table: `ogre` matches only `progress`, `osu` only other words, `-LOG-` only file names,
// `[verbose]` Kong and other products, `hearth` a heartbeat, `runtime.log` other products' files,
// `]: [Info]` and `   INFO]` other shapes. Left out as measured already: every game family with hits
// above (Factorio, Valheim, Terraria, Minecraft and its proxies and forks, Source's srcds and
// SourceMod, Unreal, Unity, Godot, CryEngine, Arma and DayZ, 7 Days to Die, Space Engineers,
// Starbound, Project Zomboid, Luanti, DDNet and Teeworlds, Mindustry, Vintage Story, SMAPI, BepInEx,
// KSP, OpenRA, Wesnoth, FiveM, alt:V, Cuberite, Veloren, Kerbal, Farming Simulator, VRChat and the
// rest). Left out as not confirmed by any search: Urho3D's log (only its level constants were
// found), Soldat's console log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Ogre.log's and Power.log's times of day have no date: they are on the
// clock's day. osu!'s two runtime logs, Power.log, Empyrion's and Hytale's stamps have no zone and
// are read as UTC; osu! stable's is month-first with a twelve-hour time. LocalAdmin's stamp carries
// its offset (+01:00, an hour earlier in UTC). Empyrion's stamp has only the day of the month (the
// clock's month and year); its `07_41` column is no time of its own. Flax's bracketed time is the
// time since start: its records have no time of their own, and its dated banner is fed but not
// scored. Levels only where the line marks one: osu! lazer's bracketed words (verbose is read as
// debug and important as notice, as other tables read them), Flax's `[Info]`, `[Warning]`,
// `[Error]`, Power.log's letter (D is debug), Empyrion's `-LOG-` (the plain log level, info) and
// `-ERR-`, Hytale's JUL words (SEVERE error, FINE debug, FINEST trace); Ogre.log, osu! stable's log
// and LocalAdmin carry none (an `OGRE EXCEPTION` is a message). No family has a host field: ports,
// pids, GameAccountIds, paths and Hytale's bracketed loggers are no hosts. A record that spans lines
// is one entry: Empyrion's -ERR- with the Mono exception and its `at` lines, Hytale's SEVERE with
// the Java exception and its stack.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory. Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 0064dd7 before any rule for it: level 85.0 %, time 87.5 %, host 100.0 %, records 97.5 %.
// That is the macro figure (micro: level 85.4 %, time 87.8 %, host 100.0 %, records 97.6 %), in a
// worktree at 0064dd7 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are osu! lazer's `[important]` level word, which trawl does not
// read, and Empyrion's dedicated log, whose day-glued stamp, `-LOG-`/`-ERR-` markers and exception
// block trawl does not read.

var fresh616Cases = []worldCase{
	{
		name:   "ogre3d-ogre-log-time-of-day",
		source: "OGRE's Ogre.log as the LogManager's default log writes it (`HH:MM:SS: msg`, a time of day and a colon, no date, no level): OGRECave/ogre issues #1677, #3448 and #941, OGRECave/ogre-next issue #341 (pasted Ogre.log excerpts)",
		why:    "a bare time of day with a colon glued to the seconds (the clock's day); quoted resource group names, paths and the exception's class are no level and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16: Creating resource group HarbourDocks"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16: Added resource location '/opt/harbourrun/Media/packs/docks.zip' of type 'Zip' to resource group 'HarbourDocks'"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16: MovableObjectFactory for type 'HarbourBuoy' registered."),
			we("2026-11-29T07:41:17Z", Unknown, "", "07:41:17: Parsing scripts for resource group General"),
			we("2026-11-29T07:41:19Z", Unknown, "", "07:41:19: OGRE EXCEPTION(6:FileNotFoundException): Cannot locate resource Dock_Crane.material in resource group General. in ResourceGroupManager::openResource at /build/ogre/OgreMain/src/OgreResourceGroupManager.cpp (line 681)"),
		},
	},
	{
		name:   "osu-lazer-runtime-log-bracket-level",
		source: "osu! (lazer)'s %AppData%/osu/logs/*.runtime.log from osu-framework's Logger (`yyyy-MM-dd HH:mm:ss [level]: msg`, levels debug, verbose, important, error): ppy/osu issue #10639 (a pasted runtime.log) and PR #19096",
		why:    "a zone-less date and time (UTC by the rules), then the lower-case level word in brackets with a colon after it; verbose is read as debug and important as notice, as other tables read them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 [verbose]: ----------------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 [verbose]: runtime Log for ines (LogLevel: Verbose)"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 [verbose]: osu 2026.1118.0-lazer"),
			we("2026-11-29T07:41:19Z", Notice, "", "2026-11-29 07:41:19 [important]: Your beatmap \"Harbour Lights (Hard)\" failed to import: the file is corrupt."),
			we("2026-11-29T07:41:24Z", Error, "", "2026-11-29 07:41:24 [error]: Failed to connect to spectator server: The SSL connection could not be established."),
		},
		gap: "osu-framework's `[important]` level word is not read (the line comes out with no level); verbose, error and the time are read",
	},
	{
		name:   "osu-stable-runtime-log-ampm",
		source: "osu! (stable)'s Logs/runtime.log (`M/d/yyyy h:mm:ss AM: msg`, a month-first date, a twelve-hour time, a colon, no level), between dashed banner lines: ppy/osu issue #2604 (a pasted runtime.log)",
		why:    "a month-first slashed date with an unpadded twelve-hour time and AM/PM, zone-less (UTC by the rules); the PM line is in the afternoon; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/2026 7:41:16 AM: ----------------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/2026 7:41:16 AM: Runtime Log for tamsinv"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/2026 7:41:16 AM: osu! version b20261120.2"),
			we("2026-11-29T07:41:17Z", Unknown, "", "11/29/2026 7:41:17 AM: GL Initialized"),
			we("2026-11-28T21:05:40Z", Unknown, "", "11/28/2026 9:05:40 PM: GL Renderer:                AMD Radeon RX 6600"),
		},
	},
	{
		name:   "scpsl-localadmin-bracket-offset",
		source: "SCP: Secret Laboratory's LocalAdmin (its console and LocalAdminLogs files: `[yyyy-MM-dd HH:mm:ss.fff ±HH:mm] msg`, the game process's output echoed under the same stamp, no level): CubeCoders/AMPTemplates issue #1441 (a pasted console)",
		why:    "a bracketed date and time with milliseconds and a spaced offset (+01:00, so an hour earlier in UTC); a line with an empty message still has its time; the port and pid are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[2026-11-29 08:41:16.204 +01:00] SCP: Secret Laboratory - LocalAdmin v. 2.5.16"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[2026-11-29 08:41:16.204 +01:00] "),
			we("2026-11-29T07:41:16.205Z", Unknown, "", "[2026-11-29 08:41:16.205 +01:00] Started new session on port 7777."),
			we("2026-11-29T07:41:16.205Z", Unknown, "", "[2026-11-29 08:41:16.205 +01:00] Executing: SCPSL.x86_64"),
			we("2026-11-29T07:41:16.207Z", Unknown, "", "[2026-11-29 08:41:16.207 +01:00] Game process started with PID: 48213"),
			we("2026-11-29T07:42:03.918Z", Unknown, "", "[2026-11-29 08:42:03.918 +01:00] The game process has been terminated..."),
		},
	},
	{
		name:   "flax-engine-log-uptime-banner",
		source: "Flax Engine's editor and game log (Logs/Log_*.txt and stdout: a `Start of the log, yyyy-MM-dd HH:mm:ss` banner between `=` rules, then `[ HH:mm:ss.fff ]: [Level] msg` where the time is the time since start): FlaxEngine/FlaxEngine issues #639, #2885 and #1895 (the console time is the time since launch)",
		why:    "the bracketed time is an uptime, no time of day: the records have no time of their own; the level word in brackets after the colon (Info, Warning, Error); the banner is fed but not scored",
		entries: []worldEntry{
			wskip("================================================================",
				"           Start of the log, 2026-11-29 07:41:16",
				"================================================================"),
			we("", Info, "", "[ 00:00:00.038 ]: [Info] Flax Engine"),
			we("", Info, "", "[ 00:00:00.038 ]: [Info] Platform: Linux x64 (Development)"),
			we("", Info, "", "[ 00:00:00.039 ]: [Info] Project name: HarbourRun"),
			we("", Warn, "", "[ 00:00:02.412 ]: [Warning] Missing audio device. Audio will be disabled."),
			we("", Error, "", "[ 00:00:05.870 ]: [Error] Failed to load asset 'Content/Scenes/Dock.scene'. Missing file."),
		},
	},
	{
		name:   "hearthstone-power-log-letter-level",
		source: "Hearthstone's Logs/Power.log with the Power logger enabled in log.config (`L HH:mm:ss.fffffff Class.Method() - msg`, a one-letter level, a time of day with seven fraction digits, the indented tag dump): HearthSim/python-hearthstone tests/data.py and the Sunchy321/tcg.cards log-parser grammar (`'D ' time ' '`), found with the code search",
		why:    "a one-letter level (D is debug) before a bare time of day with 100-nanosecond digits (the clock's day, zone-less read as UTC); each indented tag line is a record of its own; the GameAccountId is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.4102270Z", Debug, "", "D 07:41:16.4102270 GameState.DebugPrintPower() - CREATE_GAME"),
			we("2026-11-29T07:41:16.4160830Z", Debug, "", "D 07:41:16.4160830 GameState.DebugPrintPower() -     GameEntity EntityID=1"),
			we("2026-11-29T07:41:16.4163310Z", Debug, "", "D 07:41:16.4163310 GameState.DebugPrintPower() -         tag=TURN value=1"),
			we("2026-11-29T07:41:16.4188020Z", Debug, "", "D 07:41:16.4188020 GameState.DebugPrintPower() -     Player EntityID=2 PlayerID=1 GameAccountId=[hi=144115198130930503 lo=52813377]"),
			we("2026-11-29T07:41:16.4190550Z", Debug, "", "D 07:41:16.4190550 GameState.DebugPrintPower() -         tag=PLAYSTATE value=PLAYING"),
		},
	},
	{
		name:   "empyrion-dedicated-day-time-log",
		source: "Empyrion - Galactic Survival's dedicated server log (Logs/<build>/Dedicated_*.log and current.log: `dd-HH:mm:ss.fff HH_mm -LOG- msg`, `-ERR-` for errors, the Mono exception under it): BitR/empyrion-docker issue #11, RavienGaming/Reforged-Eden-2 issues #352 and #365 (pasted logs)",
		why:    "a day of the month glued to the time with a dash (the clock's month and year), then an hour_minute column that is no time of its own; -LOG- is the plain log level (info) and -ERR- an error; the exception and its `at` lines belong to the -ERR- above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.129Z", Info, "", `29-07:41:16.129 07_41 -LOG- Args: C:\Games\Empyrion - Dedicated Server\DedicatedServer\EmpyrionDedicated.exe -batchmode -logFile Logs/current.log`),
			we("2026-11-29T07:41:16.152Z", Info, "", `29-07:41:16.152 07_41 -LOG- Dedi log path = C:\Games\Empyrion - Dedicated Server\DedicatedServer\EmpyrionDedicated_Data\..\Logs`),
			we("2026-11-29T07:41:16.190Z", Info, "", "29-07:41:16.190 07_41 -LOG- Dedicated Server Empyrion - Galactic Survival"),
			we("2026-11-29T07:41:16.190Z", Info, "", "29-07:41:16.190 07_41 -LOG- Version: v1.13.2"),
			we("2026-11-29T07:44:02.518Z", Error, "",
				"29-07:44:02.518 07_44 -ERR- No config found for 'AsteroidFieldHarbour'",
				"NullReferenceException: Object reference not set to an instance of an object",
				"  at Eleon.Modding.SectorGenerator.PickField (System.String name) [0x00012] in <4a1c0f3e9b2d4c51a7e6f08d13b2c9aa>:0 ",
				"  at Eleon.Modding.SectorGenerator.Build (System.Random rng) [0x00033] in <4a1c0f3e9b2d4c51a7e6f08d13b2c9aa>:0 "),
		},
		gap: "the `dd-HH:mm:ss.fff` stamp (a day of the month glued to the time with a dash) is not read as a time, the `-LOG-` and `-ERR-` level markers after the hour_minute column are not read, and the exception under an -ERR- line is split off as records of its own",
	},
	{
		name:   "hytale-server-padded-level-logger",
		source: "Hytale's dedicated server (HytaleServer.jar) console and logs/*.log (`[yyyy/MM/dd HH:mm:ss LEVEL]` with the JUL level right-aligned in six, then the logger name in brackets right-aligned in a wide column; a SEVERE with the Java stack under it): pterodactyl/game-eggs issues #409 and #376, John-Willikers/hyfixes issues #8 and #16, cryptobench/EasyClaims issue #13",
		why:    "a slashed zone-less date and time (UTC by the rules) with the level word padded inside the bracket; JUL levels: SEVERE is error, FINE debug, FINEST trace; the bracketed logger is no host; the exception and its `at` lines are one record with the SEVERE line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026/11/29 07:41:16   INFO]                   [HytaleServer]          Hytale Server Booted! [Multiplayer] took 6sec 904ms 17us 250ns"),
			we("2026-11-29T07:41:16Z", Warn, "", "[2026/11/29 07:41:16   WARN]                   [HytaleServer] World 'harbour' is older than this build, converting 412 chunks."),
			we("2026-11-29T07:41:40Z", Trace, "", "[2026/11/29 07:41:40 FINEST]                    [LoginTiming] setTimeout-initial"),
			we("2026-11-29T07:41:40Z", Debug, "", "[2026/11/29 07:41:40   FINE]                    [LoginTiming] Registered took 1ms 402us 118ns"),
			we("2026-11-29T07:43:05Z", Error, "",
				"[2026/11/29 07:43:05 SEVERE]                [World|harbour] Failed to save chunk!",
				"java.lang.IllegalStateException: Chunk 14,-9 was unloaded while saving",
				"\tat com.hypixel.hytale.server.core.universe.world.chunk.ChunkSaver.write(ChunkSaver.java:214)",
				"\tat com.hypixel.hytale.server.core.universe.world.chunk.ChunkSaver.flush(ChunkSaver.java:97)",
				"\tat java.base/java.lang.Thread.run(Thread.java:1474)"),
		},
	},
}

func TestFresh616Formats(t *testing.T) { assertTable(t, fresh616Cases) }
func TestFresh616Score(t *testing.T) {
	checkScore(t, "fresh616 formats", fresh616Cases, [worldNumFields]float64{84.9, 87.4, 99.9, 97.4})
}
