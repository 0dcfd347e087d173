package parse

import "testing"

// The five-hundred-and-ninety-eighth fresh table: times as programs spell them, another further
// pass, here in game and VR clients' logs as players attach them to bug reports: a dotted date
// before a padded Unity level (VRChat), a twelve-hour clock with the milliseconds after AM
// (Resonite), a weekday-first date with the year after the day (SteamVR's vrserver.txt, with and
// without a level), an uptime in milliseconds and no clock at all (Starsector's log4j `%r`), a time
// of day glued to `GMT` beside the seconds since start (Elite Dangerous's netLog), a level before a
// time of day (Beat Saber's BSIPA), and a date with minutes and no seconds (Farming Simulator).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `factorio`, `7 days to die`, `zomboid`, `don't starve`, `mindustry`,
// `vintage story`, `valheim`, `KSP.log`, `SMAPI`, `InitGame`, `srcds`, `monit`, `zabbix`, `i2pd`,
// `privoxy`, `fetchmail`, `procmail`, `msmtp`, `mailman`, `prosody`, `irssi`, `minetest`, `mpd`,
// `wsjt`, `loopstats`, `MpCmdRun`, `setupapi`, `GPSVC`, `netlogon`, `fsck_hfs`, `cloud-init`,
// `Start-Date`, `lighttpd`, `kea-dhcp`, `slapd`, `bird`, `tmodloader`, `openmw`, `freeorion`,
// `wesnoth`, `flightgear`, `x-plane`, `citra`, `ryujinx`, `ppsspp`, `transcript`, `MSI (s)`,
// `Inno Setup`, `Burn v3`, `chocolatey`, `winget`, `VBox.log`, `parallels`, `unturned`, `beammp`,
// `ets2`, `bedrock`, `gromacs`, `gaussian`, `PWSCF`, `cp2k`, `PROGRAM STARTED AT`, `OUTCAR`,
// `openfoam`, `snakemake`, `nextflow`, `gatk`, `picard`, `cellranger`, `joblog`, `zsh_history`,
// `fish_history`, `lastcomm`, `HEAD@{`, `svn log`, `fossil`, `darcs`, `bzr`, `urgency=`,
// `avorion`, `necesse`, `barotrauma`, `stormworks`, `trackmania`, `war thunder`, `osu`,
// `stepmania`, `melonloader`, `star citizen`, `dcs.log`, `EDCORE`, and for the eight kept:
// `vrchat`, `Log        -`, `OnPlayerJoined`, `resonite`, `neosvr`, `frooxengine`, `FPS)`, `AM.`,
// `steamvr`, `vrserver`, `[Info] - `, `starsector`, `starfarer`, `StarfarerLauncher`,
// `[main] INFO  com`, `elite dangerous`, `netLog.`, `StarPos`, `GMT 9`, `beat saber`, `beatsaber`,
// `BSIPA`, `[INFO @`, `IPA]`, `ScoreSaber`, `farming simulator`, `farming`, `giants`,
// `GIANTS Engine`, `Running LUA`. None of VRChat, Resonite, SteamVR, Starsector, Elite Dangerous,
// Beat Saber or Farming Simulator is in any table (`FPS)` matches other products' frame counters,
// `AM.` twelve-hour times of other products, `[Info] - ` and `[main] INFO  com` other products'
// lines). Left out as in a table already: nearly every other candidate above (Factorio, 7 Days to
// Die, Project Zomboid, Don't Starve, Mindustry, Valheim, KSP, SMAPI, X-Plane, FlightGear, the
// emulators, the science codes, the shells' histories and the version-control logs). Left out as not
// confirmed by any search: Avorion, Necesse, Barotrauma's server log and Eco's server log. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). VRChat's dotted date, SteamVR's `Sun Nov 29 2026` and Farming Simulator's
// minute stamp have no zone and are read as UTC; Farming Simulator's has no seconds (:00). Resonite's
// `7:41:16 AM.512`, Beat Saber's `07:41:16` and Elite's `07:41:16GMT` are times of day, on the clock's
// day; Elite's is GMT, and its `96.066s` is the time since start, not the record's time.
// Starsector's log4j column is milliseconds since start: its records have no time of their own.
// Levels only where the line marks one: VRChat's Unity column (Log is Unity's ordinary level, Info;
// Debug, Warning, Error, Exception as Debug, Warn, Error, Error), SteamVR's bracketed [Info]
// [Warning] [Error], Starsector's log4j word, BSIPA's word before the `@`, Farming Simulator's
// `Error:`/`Warning:`/`Info:`; Resonite, Elite and SteamVR 1.x lines carry none. None of the eight
// has a host field: VRChat's user names, SteamVR's driver names, Elite's star systems and
// Starsector's threads are no hosts. A record that spans lines is one entry: Resonite's exception
// with its `   at` lines, Starsector's ERROR with its Java stack.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 915de82 before any rule for it: level 95.8 %, time 62.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 94.9 %, time 64.1 %, host 100.0 %, records 100.0 %), in a
// worktree at 915de82 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are VRChat's Unity `Log` level, which trawl leaves Unknown,
// Resonite's twelve-hour time with the milliseconds after AM, Elite's time of day glued to `GMT` in
// braces, and BSIPA's time of day after the level and `@`, none of which trawl reads as a time.

var fresh598Cases = []worldCase{
	{
		name:   "vrchat-output-log-dotted-unity-level",
		source: "VRChat's output_log_*.txt (`yyyy.MM.dd HH:mm:ss Level      -  msg`, the Unity level padded to ten: Log, Debug, Warning, Error, Exception): nukora/VRChatActivityTools issue #25 (a pasted log), m-hayabusa/VRCImageHelper issue #30, MinadukiSekina/VRCToolBox issue #100",
		why:    "a dotted date, zone-less local time (UTC by the rules); the padded Unity level then ` -  `; a notification's `created at: … UTC` inside the message is not the record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026.11.29 07:41:16 Log        -  [Behaviour] Joining wrld_4f1c2a9e-7b3d-4e21-9a0c-5d8e6f7a1b2c:48211~region(eu)"),
			we("2026-11-29T07:41:19Z", Info, "", "2026.11.29 07:41:19 Log        -  [Behaviour] OnPlayerJoined Kestrel Vane (usr_3b9e1d42-8c7a-4f05-b1e6-2a9d7c4e0f13)"),
			we("2026-11-29T07:41:22Z", Debug, "", "2026.11.29 07:41:22 Debug      -  [API] [412] Sending Get request to https://api.vrchat.cloud/api/1/worlds/wrld_4f1c2a9e-7b3d-4e21-9a0c-5d8e6f7a1b2c"),
			we("2026-11-29T07:41:25Z", Debug, "", "2026.11.29 07:41:25 Debug      -  Received Notification: <Notification from username:Pell Orrin, sender user id:usr_7a2c9e14-0b3d-4f6e-8d1a-c5b2e9f07a36 to  of type: friendRequest, id: frq_1e8d4c2b-9a7f-4b30-a6e5-0d3c7f9b2e41, created at: 11/28/2026 21:05:44 UTC, details: {{}}, type:friendRequest, m seen:False, message: \"\">"),
			we("2026-11-29T07:41:31Z", Warn, "", "2026.11.29 07:41:31 Warning    -  [AssetBundleDownloadManager] Avatar avtr_9c1e3b7d-2f4a-4e86-b0d5-7a6c8e1f2d94 exceeds the download size limit, falling back"),
			we("2026-11-29T07:41:40Z", Error, "", "2026.11.29 07:41:40 Error      -  [Network Processing] RPC 'SyncPickup' on object Tumbler_07 failed: the owner left the instance"),
		},
	},
	{
		name:   "resonite-log-twelve-hour-ms-after-ampm",
		source: "Resonite's Logs/<machine> - <version> - <date>.log (`h:mm:ss AM.fff ( NN FPS)<TAB>msg`, the milliseconds after AM/PM, the frame rate in parentheses; an exception with `   at` lines under it): Yellow-Dog-Man/Resonite-Issues issues #4266 (a pasted excerpt) and #4432",
		why:    "a twelve-hour time of day with AM and the milliseconds after it (the clock's day); `( 60 FPS)` is a frame rate, no time; no level; the `   at` lines belong to the exception above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.512Z", Unknown, "", "7:41:16 AM.512 ( 60 FPS)\tResonite Beta 2026.11.27.1204"),
			we("2026-11-29T07:41:16.530Z", Unknown, "", "7:41:16 AM.530 ( 60 FPS)\tSupported Texture Formats: Alpha8, RGB24, ARGB32, RGBA32, BC1, BC3, BC4, BC5, BC6H, BC7"),
			we("2026-11-29T07:41:18.004Z", Unknown, "", "7:41:18 AM.004 ( 72 FPS)\tJoining session S-U-Orrin:Lakehouse at lnl-nat://b3c1e9d2a7f4/S-U-Orrin:Lakehouse"),
			we("2026-11-29T07:41:20.118Z", Unknown, "",
				"7:41:20 AM.118 ( 58 FPS)\tException running final pose update: System.NullReferenceException: Object reference not set to an instance of an object",
				"   at void FrooxEngine.PositionAtUser.OnCommonUpdate()",
				"   at void FrooxEngine.World.RunUpdates()"),
			we("2026-11-29T11:58:02.031Z", Unknown, "", "11:58:02 AM.031 ( 90 FPS)\tSaving world Lakehouse to resrec:///U-Orrin/R-7c2e9a41"),
		},
	},
	{
		name:   "steamvr-vrserver-weekday-year-level",
		source: "SteamVR 2.x's logs/vrserver.txt (`Ddd Mmm dd yyyy HH:mm:ss.ffffff [Level] - msg`, levels Info, Warning, Error): ValveSoftware/SteamVR-for-Linux issue #843 (a pasted log), ValveSoftware/openvr issue #1759",
		why:    "a weekday first, the year after the day, microseconds; zone-less (UTC); the bracketed level then ` - `; driver names in brackets are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.104215Z", Info, "", "Sun Nov 29 2026 07:41:16.104215 [Info] - vrserver 2.15.2 startup with PID=61204, config=/home/orrin/.steam/steam/config, runtime=/home/orrin/.steam/steam/steamapps/common/SteamVR, arch=linux64"),
			we("2026-11-29T07:41:16.104392Z", Info, "", "Sun Nov 29 2026 07:41:16.104392 [Info] - [vrserver] watchdogs enabled"),
			we("2026-11-29T07:41:16.105017Z", Error, "", "Sun Nov 29 2026 07:41:16.105017 [Error] - CSharedResourceNamespaceClient::Init(): failed connect"),
			we("2026-11-29T07:41:16.105122Z", Warn, "", "Sun Nov 29 2026 07:41:16.105122 [Warning] - CSharedResourceNamespaceClient::Init(): still waiting for vrserver to reply with namespace data"),
			we("2026-11-29T07:41:19.884506Z", Info, "", "Sun Nov 29 2026 07:41:19.884506 [Info] - [lighthouse] LHR-4E2A91C7 H: Tracking state changed to 'Running_OK'"),
		},
	},
	{
		name:   "steamvr1-vrserver-weekday-year-no-level",
		source: "SteamVR 1.x's logs/vrserver.txt on Windows (`Ddd Mmm dd yyyy HH:mm:ss.fff - msg`, no level): alvr-org/ALVR issues #116 and #226, polygraphene/ALVR issue #291 (pasted logs)",
		why:    "a weekday first, the year after the day, milliseconds, zone-less (UTC); ` - ` and the message, no level; `[Settings]` is a component, `PID=` a process",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.736Z", Unknown, "", `Sun Nov 29 2026 07:41:16.736 - vrserver.exe startup with PID=18232, config=C:\Program Files (x86)\Steam\config, runtime=C:\Program Files (x86)\Steam\steamapps\common\SteamVR`),
			we("2026-11-29T07:41:16.737Z", Unknown, "", "Sun Nov 29 2026 07:41:16.737 - Setting shared memory namespace to 18232"),
			we("2026-11-29T07:41:16.743Z", Unknown, "", `Sun Nov 29 2026 07:41:16.743 - [Settings] Load Default Json Settings from C:\Program Files (x86)\Steam\steamapps\common\SteamVR\resources\settings\default.vrsettings`),
			we("2026-11-29T07:41:17.021Z", Unknown, "", "Sun Nov 29 2026 07:41:17.021 - VRServer will wait for VRMonitor before exiting"),
		},
	},
	{
		name:   "starsector-log4j-uptime-only",
		source: "Starsector's starsector-core/starsector.log (log4j `%r [%t] %-5p %c  - %m`: milliseconds since start, thread, padded level, class, two blanks, ` - `): launcher and log-reader test fixtures found with find_string (`0    [main] INFO  com.fs.starfarer.StarfarerLauncher  - Starting Starsector 0.98a-RC8 launcher`, `183534 [Thread-2] WARN  …`)",
		why:    "the first column is milliseconds since the game started, no clock: the records have no time of their own; the padded log4j level; a Java stack under an ERROR belongs to it",
		entries: []worldEntry{
			we("", Info, "", "0    [main] INFO  com.fs.starfarer.StarfarerLauncher  - Starting Starsector 0.98a-RC8 launcher"),
			we("", Info, "", `18   [main] INFO  com.fs.starfarer.StarfarerLauncher  - Running in C:\Games\Starsector`),
			we("", Info, "", "9214 [Thread-3] INFO  com.fs.starfarer.loading.SpecStore  - Loading hull spec [data/hulls/corvid_mk2.ship]"),
			we("", Warn, "", "12870 [Thread-3] WARN  com.fs.starfarer.loading.scripts.ScriptStore  - Class [data.scripts.world.OrrinGen] has no generate() method"),
			we("", Error, "",
				"20411 [Thread-3] ERROR com.fs.starfarer.combat.CombatMain  - java.lang.RuntimeException: Spec of class [com.fs.starfarer.loading.specs.HullVariantSpec] with id [corvid_mk2_Std] not found",
				"java.lang.RuntimeException: Spec of class [com.fs.starfarer.loading.specs.HullVariantSpec] with id [corvid_mk2_Std] not found",
				"\tat com.fs.starfarer.loading.SpecStore.o00000(Unknown Source)",
				"\tat com.fs.starfarer.loading.SpecStore.new(Unknown Source)"),
		},
	},
	{
		name:   "elite-dangerous-netlog-gmt-uptime",
		source: "Elite Dangerous 2.3+ Logs/netLog.*.log (`{HH:mm:ssGMT s.fffs} msg`, the time of day glued to GMT, then seconds since start; the System line with StarPos and Body): a netLog reader's regular expressions found with find_string (`{12:55:06GMT 96.066s} System:\"…\" StarPos:(…)ly Body:9 RelPos:(…)km NormalFlight`), TradeDangerous's netLog import plugin; the other messages from memory",
		why:    "a time of day with `GMT` glued to the seconds (UTC, the clock's day); `96.066s` beside it is the time since start; star systems are no hosts; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `{07:41:16GMT 96.066s} System:"Col 285 Sector QA-E c12-9" StarPos:(-143.406,58.125,-21.031)ly Body:4 RelPos:(-812.442,301.58,1290.04)km NormalFlight`),
			we("2026-11-29T07:41:19Z", Unknown, "", "{07:41:19GMT 99.210s} FindBestIsland:Orrin:1:2381044:14018233"),
			we("2026-11-29T07:42:05Z", Unknown, "", `{07:42:05GMT 145.875s} System:"Col 285 Sector QA-E c12-9" StarPos:(-143.406,58.125,-21.031)ly Body:4 RelPos:(-610.129,288.44,1011.7)km Supercruise`),
			we("2026-11-29T07:43:52Z", Unknown, "", `{07:43:52GMT 252.604s} System:"Synuefe XR-H d11-102" StarPos:(-140.781,61.906,-18.250)ly Body:0 RelPos:(4.2e+06,-1.1e+05,8.7e+05)km Supercruise`),
		},
	},
	{
		name:   "beat-saber-bsipa-level-at-time",
		source: "Beat Saber modded with BSIPA (Logs/_latest.log: `[LEVEL @ HH:mm:ss | Logger] msg`, levels TRACE DEBUG INFO NOTICE WARNING ERROR CRITICAL): a Beat Saber log-diagnosis tool's test fixture found with find_string (`[INFO @ 10:39:06 | IPA] Game version 1.40.8`, `[CRITICAL @ … | IPA/LibraryLoader]`), nike4613/BeatSaber-IPA-Reloaded issue #108",
		why:    "the level before an `@` and a time of day (the clock's day), then `| Logger` in the same brackets; each line carries its own prefix",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "[DEBUG @ 07:41:16 | IPA] Game version set early to 1.42.1_8244"),
			we("2026-11-29T07:41:16Z", Critical, "", "[CRITICAL @ 07:41:16 | IPA/LibraryLoader] No library BeatSaber.VisualTests.PlayTests found"),
			we("2026-11-29T07:41:22Z", Info, "", "[INFO @ 07:41:22 | IPA] Game version 1.42.1"),
			we("2026-11-29T07:41:25Z", Warn, "", "[WARNING @ 07:41:25 | SongCore] Folder: 'CustomLevels/4f2c (Harbour Lights - Orrin)' is missing Info.dat"),
			we("2026-11-29T07:41:31Z", Error, "", "[ERROR @ 07:41:31 | BeatLeader] Replay upload failed: 503 Service Unavailable"),
		},
	},
	{
		name:   "farming-simulator-log-minute-stamp",
		source: "Farming Simulator 22/25's log.txt with timestamps (`yyyy-MM-dd HH:mm msg`, minutes and no seconds; `Error:`, `Warning:`, `Info:` after the stamp), from memory; the GIANTS Engine header block it follows: Courseplay/courseplay issues #3262 and #4676",
		why:    "a zone-less date and time with no seconds (UTC by the rules, :00); the level word with a colon after the stamp, where the line has one",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "", "2026-11-29 07:41 Farming Simulator 25"),
			we("2026-11-29T07:41:00Z", Unknown, "", "2026-11-29 07:41   Version: 1.6.0.0 ESD 1.6.0.0"),
			we("2026-11-29T07:41:00Z", Info, "", "2026-11-29 07:41 Info: Loading savegame 'savegame3'"),
			we("2026-11-29T07:42:00Z", Warn, "", "2026-11-29 07:42 Warning: Missing l10n 'input_ORRIN_TOGGLE_BEACON' in mod 'FS25_OrrinBeacons'"),
			we("2026-11-29T07:43:00Z", Error, "", "2026-11-29 07:43 Error: Running LUA method 'update'."),
		},
	},
}

func TestFresh598Formats(t *testing.T) { assertTable(t, fresh598Cases) }
func TestFresh598Score(t *testing.T) {
	checkScore(t, "fresh598 formats", fresh598Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
