package parse

import "testing"

// The seven-hundred-and-twentieth fresh table: game server panels and mod loaders, the logs people
// attach when a modded game or its loader will not start, in shapes no earlier table holds. The
// panels of the theme are measured already (Pterodactyl Wings and its panel, the legacy daemon,
// LinuxGSM, AMP and ampinstmgr, MCSManager, Forge, Fabric, BepInEx, SMAPI, MelonLoader,
// tModLoader, r2modman), so the eight families are loaders and their launchers: Script Hook V's
// ScriptHookV.log (two `//` banner lines, then `[HH:mm:ss] INIT: …`); Script Hook V .NET's log
// (`[HH:mm:ss] [LEVEL] msg`, a .NET stack under an ERROR); RAGE Plugin Hook's log (`[M/d/yyyy
// h:mm:ss AM.fff]`, the milliseconds after the AM/PM marker); Everest's log.txt for Celeste
// (`(MM/dd/yyyy HH:mm:ss) [Everest] [Level] [tag] msg`); RE-UE4SS's UE4SS.log (seven fraction
// digits, no level); XIVLauncher's output.log (Serilog's file sink with a `+01:00` offset and
// `[INF]`); the Dalamud injector on XIVLauncher.Core's console (`[HH:mm:ss LVL] msg`); YimMenu's log
// (`[HH:mm:ss.fffffff][LEVEL/file.cpp:line] msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive, as fixed strings) by
// product and by a fragment of its line first (`pterodactyl`, `wings`, `pufferpanel`, `pufferd`,
// `puffer`, `linuxgsm`, `lgsm`, `crafty`, `amp `, `cubecoders`, `fabric`, `forge`, `neoforge`,
// `fml`, `bepinex`, `smapi`, `stardew`, `melonloader`, `melon`, `modloader`, `[Message:`,
// `[Info   :`, `SMAPI]`, `modlauncher`, `LaunchWrapper`, `quilt`, `velocity`, `bungeecord`, `paper`,
// `spigot`, `mcsmanager`, `pelican`, `gameap`, `steamcmd`, `srcds`, `valheim`, `oxide`, `umod`,
// `factorio`, `terraria`, `tmodloader`, `vintagestory`, `satisfactory`, `palworld`, `7 days`,
// `7dtd`, `space engineers`, `garry`, `gmod`, `dont_starve`, `rimworld`, `harmony`, `r2modman`,
// `thunderstore`, `curseforge`, `prism`, `multimc`, `gameserver`, `game server`, `windowsgsm`,
// `multicraft`, `opengamepanel`, `tcadmin`, `kubek`, `ue4ss`, `UObjectBase`, `vortex`, `skse`,
// `f4se`, `scripthook`, `SCRIPT HOOK`, `Alexander Blade`, `INIT: `, `CORE: `,
// `ScriptHookVDotNet`, `SHVDN`, `RagePluginHook`, `RAGE Plugin`, `PM.844`, `Started new log on`,
// `lspdfr`, `northstar`, `bakkesmod`, `dalamud`, `xivlauncher`, `TROUBLESHXLTING`, `+07:00 [INF]`,
// `[INF] [`, `everest`, `celeste`, `[Everest]`, `) [Everest]`, `reshade`, `doorstop`, `HarmonyX`,
// `MonoMod`, `OWML`, `BSIPA`, `il2cpp`, `Cpp2IL`, `Il2CppInterop`, `nvse`, `YimMenu`,
// `batch.hpp`, `[INFO/`, `OpenVHook`, `Registering script`, `commander`). None of Script Hook V,
// Script Hook V .NET, RAGE Plugin Hook, Everest, UE4SS, XIVLauncher, Dalamud or YimMenu is in any
// table (`RAGE Plugin` matches only "storage plugin", `INIT: ` and `CORE: ` other products'
// subsystems, `[INF] [` other Serilog products, `[INFO/` Python's `[INFO/logger]`, `commander`
// other products). Left out as measured already: the panels and loaders named above. Left out as
// not confirmed by any search: PufferPanel's and Crafty Controller's own logs (the searches found
// their code and READMEs, not a line), Northstar's log. Left out as the same shape as a family kept: OpenVHook.log (Script Hook
// V's bracketed time of day). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Script Hook V's, Script Hook V .NET's, the Dalamud injector's and YimMenu's
// stamps are times of day only: they are on the clock's day. RAGE Plugin Hook's month-first date
// has a 12-hour time (12 AM is midnight) and its milliseconds after the marker; Everest's
// month-first date and UE4SS's seven-digit stamp have no zone and are taken as UTC; XIVLauncher's
// stamp carries its offset (+01:00) and is converted. Levels only where the line marks one: Script
// Hook V .NET's bracketed DEBUG INFO WARNING ERROR, Everest's second bracket (Info Warn Error),
// Serilog's INF WRN ERR, YimMenu's word before the slash; Script Hook V's INIT, CORE and UNINIT
// are subsystems, and RAGE Plugin Hook and UE4SS write none. No family has a host field: the
// writer names (`[Everest]`), components (`[GameStart]`, `[core]`), script and mod names are no
// hosts. A record that spans lines is one entry: a .NET exception and its `   at` lines under
// Script Hook V .NET's ERROR, XIVLauncher's ERR and the Dalamud injector's ERR. Script Hook V's
// banner and Everest's `CELESTE : version` line are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of a
// layout the source says "from memory" (Script Hook V .NET's stack under an ERROR, YimMenu's
// WARNING word). Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit db42860 before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 86.5 %, host 100.0 %, records 100.0 %), in a
// worktree at db42860 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is RAGE Plugin Hook's milliseconds written after the AM/PM marker
// (`AM.402`), which trawl drops, cutting the time to the second.

var fresh720Cases = []worldCase{
	{
		name:   "scripthookv-log-time-of-day-subsystem",
		source: "Alexander Blade's Script Hook V for GTA V (ScriptHookV.log next to GTA5.exe: two `//` banner lines, then `[HH:mm:ss] SUBSYSTEM: msg` with INIT, CORE and UNINIT): Guad/GTACoop issue #29 and scripthookvdotnet/scripthookvdotnet issue #1104 (pasted logs)",
		why:    "a bare time of day in brackets (the clock's day); INIT, CORE and UNINIT are subsystems, no level; the `//` banner is fed but not scored; the hex addresses are no times",
		entries: []worldEntry{
			wskip("// GTA V SCRIPT HOOK (build Nov 12 2026, v1.0.3521.0)",
				"//     (C) Alexander Blade 2015-2026"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] INIT: Started"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] INIT: Success, game version is VER_1_0_3521_0"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16] INIT: Registering script 'HarbourTrainer.asi' (0x00007FF84C1A2B90)"),
			we("2026-11-29T07:41:31Z", Unknown, "", "[07:41:31] CORE: Started thread 'HarbourTrainer.asi' (0x00007FF84C1A2B90), id 31 active 1"),
			we("2026-11-29T07:58:02Z", Unknown, "", "[07:58:02] UNINIT: Unregistering script 'HarbourTrainer.asi'"),
		},
	},
	{
		name:   "scripthookvdotnet-log-bracket-level",
		source: "Script Hook V .NET's ScriptHookVDotNet.log (`[HH:mm:ss] [LEVEL] msg`, levels DEBUG INFO WARNING ERROR; an exception's .NET stack under its ERROR line): scripthookvdotnet/scripthookvdotnet issue #1464 (a pasted log) and PR #1097 (`[20:06:42] [DEBUG] [Script] msg`); the stack under an ERROR from memory",
		why:    "a time of day in brackets, then the level word in its own bracket; the .NET exception and its `   at` lines belong to the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:18Z", Debug, "", `[07:41:18] [DEBUG] Loading API from .\ScriptHookVDotNet3.dll ...`),
			we("2026-11-29T07:41:19Z", Debug, "", `[07:41:19] [DEBUG] Loading scripts from D:\Games\GTAV\scripts ...`),
			we("2026-11-29T07:41:19Z", Info, "", `[07:41:19] [INFO] Found 2 script(s) in D:\Games\GTAV\scripts\DockWorkers.dll.`),
			we("2026-11-29T07:41:20Z", Warn, "", `[07:41:20] [WARNING] Skipped D:\Games\GTAV\scripts\OldRadar.dll because it targets API version 2.`),
			we("2026-11-29T07:41:22Z", Error, "",
				"[07:41:22] [ERROR] Failed to instantiate script DockWorkers.Main because constructor threw an exception:",
				"System.NullReferenceException: Object reference not set to an instance of an object.",
				"   at DockWorkers.Main..ctor()",
				"   at SHVDN.ScriptDomain.InstantiateScript(Type scriptType)"),
		},
	},
	{
		name:   "rage-plugin-hook-log-ampm-millis",
		source: "RAGE Plugin Hook's RagePluginHook.log for GTA V (LSPDFR's loader: `[M/d/yyyy h:mm:ss tt.fff] msg`, the milliseconds after the AM/PM marker, no level): scripthookvdotnet/scripthookvdotnet issue #1092 (a pasted RPH log)",
		why:    "a month-first date with a 12-hour time and AM/PM, then `.fff` after the marker; 12 AM is midnight; the time inside `Started new log on …` is the same moment; no level",
		gap:    "the milliseconds written after the AM/PM marker (`AM.402`) are not read: the time is cut to the second",
		entries: []worldEntry{
			we("2026-11-29T00:03:09.402Z", Unknown, "", "[11/29/2026 12:03:09 AM.402] Started new log on 11/29/2026 12:03:09 AM.402"),
			we("2026-11-29T00:03:09.403Z", Unknown, "", "[11/29/2026 12:03:09 AM.403] Log path: D:\\Games\\GTAV\\RagePluginHook.log"),
			we("2026-11-29T00:03:09.405Z", Unknown, "", "[11/29/2026 12:03:09 AM.405] Initializing input system"),
			we("2026-11-29T07:41:16.851Z", Unknown, "", "[11/29/2026 7:41:16 AM.851] Console key has been set to F4 (key code: 115)"),
			we("2026-11-29T07:44:02.117Z", Unknown, "", "[11/29/2026 7:44:02 AM.117] LSPD First Response: Loading plugin HarbourPatrol.dll"),
		},
	},
	{
		name:   "everest-celeste-log-paren-date",
		source: "Everest, the Celeste mod loader (log.txt: a `CELESTE : version` line, then `(MM/dd/yyyy HH:mm:ss) [Everest] [Level] [tag] msg`): EverestAPI/Everest PR #303 (its example log)",
		why:    "a month-first date and time in parentheses with no zone (UTC); `[Everest]` is the writer and `[core]` a tag, the level is the second bracket; the version line is fed but not scored",
		entries: []worldEntry{
			wskip("CELESTE : 1.4.0.0"),
			we("2026-11-29T07:41:16Z", Info, "", "(11/29/2026 07:41:16) [Everest] [Info] [core] Booting Everest"),
			we("2026-11-29T07:41:16Z", Info, "", "(11/29/2026 07:41:16) [Everest] [Info] [core] VersionCelesteString: 1.4.0.0-fna [Everest: 4512-github-7e2c1f0]"),
			we("2026-11-29T07:41:18Z", Warn, "", "(11/29/2026 07:41:18) [Everest] [Warn] [loader] Mod HarbourHelper depends on CommunalHelper 1.21.0, which is not installed"),
			we("2026-11-29T07:41:19Z", Error, "", "(11/29/2026 07:41:19) [Everest] [Error] [loader] Failed loading everest.yaml in Mods/TideTowers.zip"),
		},
	},
	{
		name:   "ue4ss-log-seven-digit-fraction",
		source: "RE-UE4SS, the Unreal Engine scripting system and mod loader (UE4SS.log: `[yyyy-MM-dd HH:mm:ss.fffffff] msg`, seven fraction digits, no level): UE4SS-RE/RE-UE4SS issue #761 (a pasted log of a Palworld server)",
		why:    "a zone-less date and time with seven fraction digits (UTC); no level; `0x58` offsets and mod names are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.9571181Z", Unknown, "", "[2026-11-29 07:41:16.9571181] UObjectBase::bHidden = 0x58"),
			we("2026-11-29T07:41:16.9583343Z", Unknown, "", "[2026-11-29 07:41:16.9583343] UObjectBase::bReplicates = 0x5B"),
			we("2026-11-29T07:41:17.0412206Z", Unknown, "", "[2026-11-29 07:41:17.0412206] Starting mods (from enabled.txt, no defined load order)..."),
			we("2026-11-29T07:41:17.0433918Z", Unknown, "", "[2026-11-29 07:41:17.0433918] Mod 'HarbourTweaks' has enabled.txt, starting mod"),
		},
	},
	{
		name:   "xivlauncher-output-serilog-offset",
		source: "XIVLauncher's output.log (Serilog's file sink: `yyyy-MM-dd HH:mm:ss.fff zzz [LVL] msg`, an exception under its line): goatcorp/FFXIVQuickLauncher issues #1178, #1126 and #1130 (pasted logs)",
		why:    "a local time with its UTC offset after a blank (+01:00); the three-letter level in brackets; the exception and its `   at` lines belong to the ERR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.042Z", Info, "", "2026-11-29 08:41:16.042 +01:00 [INF] ========================================================"),
			we("2026-11-29T07:41:16.055Z", Info, "", "2026-11-29 08:41:16.055 +01:00 [INF] Starting a session(v6.5.4.0 - 6.5.4-0-gc81e2a7)"),
			we("2026-11-29T07:41:16.391Z", Info, "", "2026-11-29 08:41:16.391 +01:00 [INF] Trying to set up Loc for language code en"),
			we("2026-11-29T07:41:19.208Z", Warn, "", "2026-11-29 08:41:19.208 +01:00 [WRN] Could not fetch news, retrying in 30 seconds"),
			we("2026-11-29T07:41:24.770Z", Error, "",
				"2026-11-29 08:41:24.770 +01:00 [ERR] Could not start the game",
				"XIVLauncher.Common.Dalamud.DalamudRunnerException: An internal Dalamud error has occured",
				`   at XIVLauncher.Common.Windows.WindowsDalamudRunner.Run(FileInfo runner, Boolean fakeLogin) in C:\build\xl\XIVLauncher.Common.Windows\WindowsDalamudRunner.cs:line 64`,
				`   at XIVLauncher.Common.Dalamud.DalamudLauncher.Run(FileInfo gameExe, String gameArgs) in C:\build\xl\XIVLauncher.Common\Dalamud\DalamudLauncher.cs:line 88`),
		},
	},
	{
		name:   "dalamud-injector-console-time-level",
		source: "the Dalamud injector run by XIVLauncher.Core on Linux (Serilog's console template `[HH:mm:ss LVL] msg`, a `[Component]` prefix in some messages, an exception under its ERR): rankynbass/XIVLauncher.Core issue #64 (a pasted log)",
		why:    "a time of day and the three-letter level in one bracket (the clock's day); `[GameStart]` is a component, no level and no host; each ERR carries its stack",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[07:41:16 INF] Dalamud.Injector starting, runtime 9.0.3"),
			we("2026-11-29T07:41:16Z", Info, "", `[07:41:16 INF] Using start info: {"WorkingDirectory":"/home/ines/.xlcore/dalamud/Hooks/12.0.4.2","Language":1}`),
			we("2026-11-29T07:41:17Z", Warn, "", "[07:41:17 WRN] [GameStart] Could not set the ACL on the game process, continuing"),
			we("2026-11-29T07:41:21Z", Error, "",
				"[07:41:21 ERR] [GameStart] Uncaught error during initialization, trying to kill process",
				"Dalamud.Injector.GameStart+GameStartException: Game exited prematurely.",
				`   at Dalamud.Injector.GameStart.LaunchGame(String workingDir, String exePath, String arguments) in D:\a\Dalamud\Dalamud\Dalamud.Injector\GameStart.cs:line 241`),
			we("2026-11-29T07:41:21Z", Error, "",
				"[07:41:21 ERR] Operation failed.",
				"Dalamud.Injector.GameStart+GameStartException: Game exited prematurely.",
				`   at Dalamud.Injector.Program.ProcessLaunchCommand(List`+"`"+`1 args) in D:\a\Dalamud\Dalamud\Dalamud.Injector\Program.cs:line 931`),
		},
	},
	{
		name:   "yimmenu-log-level-slash-file-line",
		source: "YimMenu, the GTA V mod menu and Lua script loader (its cout/file log `[HH:mm:ss.fffffff][LEVEL/file.cpp:line] msg`): YimMenu-Lua/Samurais-Scripts issue #25 (a pasted log with INFO lines); the WARNING level word from memory",
		why:    "a time of day with seven fraction digits (the clock's day) glued to a second bracket that holds the level, a slash and the source file and line; `GTA5.exe+0x…` offsets are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.6915292Z", Info, "", "[07:41:16.6915292][INFO/batch.hpp:106] Found 'RAI' GTA5.exe+0x12B4A0C"),
			we("2026-11-29T07:41:16.6919342Z", Info, "", "[07:41:16.6919342][INFO/batch.hpp:106] Found 'WMSB' GTA5.exe+0xD1A2F4"),
			we("2026-11-29T07:41:17.1022468Z", Warn, "", "[07:41:17.1022468][WARNING/lua_manager.cpp:212] Script harbour_tweaks.lua uses a deprecated function"),
			we("2026-11-29T07:41:17.4410073Z", Info, "", "[07:41:17.4410073][INFO/main.cpp:131] Lua manager initialized."),
		},
	},
}

func TestFresh720Formats(t *testing.T) { assertTable(t, fresh720Cases) }
func TestFresh720Score(t *testing.T) {
	checkScore(t, "fresh720 formats", fresh720Cases, [worldNumFields]float64{99.9, 87.4, 99.9, 99.9})
}
