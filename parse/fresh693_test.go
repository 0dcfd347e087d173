package parse

import "testing"

// The six-hundred-and-ninety-third fresh table: media players and console emulators, their log
// files and terminal output as people attach them to bug reports, shapes no earlier table holds. Each
// family is one product's documented or observed output: ScummVM's scummvm.log (a bracketed
// zone-less stamp, `--- Log opened.`); Batocera's EmulationStation es_log.txt (tab-separated
// `date time<TAB>LEVEL<TAB>msg`, a tab-indented further line); ES-DE's es_log.txt (`%b %d %T Info:<TAB>`);
// RetroPie's EmulationStation es_log.txt (`%b %d %H:%M:%S lvlN: <TAB>`, the digit the level);
// Batocera's emulator launcher (configgen) es_launch_stdout.log (Python logging with
// `(file.py:line):function`); RALibretro's log (a compact `HHmmss.fff` time of day, `[INFO ] [CFG]`);
// Vita3K's vita3k.log (spdlog `[HH:mm:ss.fff] |I| [function]:`); IINA's iina.log
// (`HH:mm:ss.SSS [subsystem][d]`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`jellyfin`, `plex`, `emby`, `ryujinx`, `citra`, `azahar`, `lime3ds`,
// `yuzu`, `ppsspp`, `mgba`, `scummvm`, `dosbox`, `dosbox-staging`, `mame`, `xenia`, `xemu`,
// `vita3k`, `shadps4`, `music player daemon`, `mpd`, `audacious`, `rhythmbox`, `amarok`, `elisa`,
// `cmus`, `foobar`, `mpc-hc`, `smplayer`, `mplayer`, `celluloid`, `haruna`, `sunshine`, `moonlight`,
// `playnite`, `emulationstation`, `es-de`, `es_log`, `pegasus`, `batocera`, `retropie`, `recalbox`,
// `runcommand`, `flycast`, `melonds`, `snes9x`, `mednafen`, `mupen64`, `project64`, `navidrome`,
// `airsonic`, `owncast`, `infuse`, `stremio`, `kodi`, `mpv`, `vlc`, `quod libet`, `lollypop`, `gonic`,
// `ares`, `bsnes`, `redream`, `citra_qt`, `duckstation`, `pcsx2`, `rpcs3`, `cemu`, `iina`,
// `launchbox`, `musicbee`, `openmsx`, `stella`, `fs-uae`, `hatari`, `plexamp`,
// `jellyfin-media-player`, `osmc`, `libretro`, `mesen`, `bizhawk`, `cxbx`, `86box`, `pcem`,
// `emulatorlauncher`, `configgen`, `unixSettings`, `switchlauncher`, `ralibretro`,
// `retroachievements`, `Running system`, `|I|`, `<Info>`, `] |I| [`, `] |W| [`, `] |E| [`,
// `vita3k.log`, `iina.log`, `[iina]`, `][d] `, `][w] `, `][e] `, `[player0]`, `lvl0`, `lvl1:`,
// `lvl2:`, `Info:\t`, `Warn:\t`, `Error:\t`, `\tERROR\t`, `\tINFO\t`, `DEBUG (`, `[CFG]`,
// `[INFO ] [`, `Loaded target`, `--- Log opened`, `--- Log opened.`, `log opened`,
// `Log closed successfully`). None of ScummVM's log, the three EmulationStation logs, Batocera's
// launcher log, RALibretro, Vita3K or IINA is a family of any table: `scummvm`, `vita3k`, `iina`,
// `mgba`, `duckstation`, `pcsx2` and `rpcs3` appear only in other tables' header lists, `es-de`
// only inside other words, `configgen` only inside `ParentServerConfigGeneration`, `[CFG]` only as
// free5GC's and strongSwan's categories, `\tERROR\t` and `DEBUG (` only in other products' lines
// (none with a date of its own before a tab, none with `(file.py:line):function`). Left out as
// measured already: Jellyfin, Plex, Emby, Kodi, mpv, VLC, MPD, SMPlayer, Stremio, Navidrome, gonic,
// Airsonic, Moonlight, Sunshine, Playnite, Ryujinx, Citra (and so yuzu's shape), PPSSPP, Dolphin,
// RetroArch, shadPS4, Xenia, DOSBox-X and DOSBox Staging, jellyfin-media-player's QsLog. Left out as
// not confirmed by any search: DuckStation's, RPCS3's (only lines without their time column were
// found), PCSX2's emulog, mGBA's Qt log file and Pegasus' lastrun.log. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). ScummVM's, Batocera's (both logs) stamps have no zone and are taken as UTC;
// ES-DE's and RetroPie's `Nov 29 07:41:16` have no year and are in 2026; RALibretro's `074116.094`,
// Vita3K's `[07:41:16.102]` and IINA's `07:41:16.203` are times of day only, on the clock's day.
// Levels only where the line marks one: Batocera's ERROR WARNING INFO DEBUG between tabs, ES-DE's
// `Error:` `Warn:` `Info:` `Debug:`, RetroPie's `lvl0`..`lvl3` (the LogLevel enum: error, warning,
// info, debug), the launcher's Python level names, RALibretro's bracketed words, Vita3K's spdlog
// letters (C is Critical) and IINA's `d` `w` `e`; ScummVM's lines carry none. No family has a host
// field: RALibretro's category, Vita3K's function name and IINA's subsystem are no hosts. A record
// that spans lines is one entry: Batocera's ERROR with its tab-indented second line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages", and find_string); the parts no search
// confirmed say "from memory" in the source (RALibretro's [COR] category and other level words,
// IINA's `player0` subsystem, the tab after RetroPie's `lvlN:`). Hosts, ids, paths, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3b19223 before any rule for it: level 87.5 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 87.5 %, time 87.5 %, host 100.0 %, records 100.0 %), in a
// worktree at 3b19223 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are RetroPie's `lvlN:` digit, which trawl does not read as a
// level, and RALibretro's compact `HHmmss.fff` time of day, which trawl does not read as a time.

var fresh693Cases = []worldCase{
	{
		name:   "scummvm-log-file-bracketed-stamp",
		source: "ScummVM's scummvm.log (SDL backends, `[yyyy-MM-dd HH:mm:ss] msg`, the file opened with `--- Log opened.` and closed with `--- Log closed successfully.`, a game's data files logged with their MD5 and size): scummvm/scummvm PR #3372 (a pasted log), PR #2188 (--logfile)",
		why:    "a zone-less date and time in square brackets (UTC by the rules); the build date inside the version line is no record time; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] ScummVM 2.9.1 (Nov 12 2026 10:02:33)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] Vorbis FLAC MP3 RGB zLib MPEG2 FluidSynth Theora FreeType2 FriBiDi JPEG PNG GIF taskbar TTS cloud (servers, local) TinyGL OpenGL (with shaders)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] --- Log opened."),
			we("2026-11-29T07:41:23Z", Unknown, "", "[2026-11-29 07:41:23] Running Flight of the Amazon Queen (DOS/English)"),
			we("2026-11-29T07:41:23Z", Unknown, "", "[2026-11-29 07:41:23] queen.1c: 5b2e71c0a94d3f8e6d1a07b9c4e2f315, 3628147 bytes."),
			we("2026-11-29T08:02:51Z", Unknown, "", "[2026-11-29 08:02:51] --- Log closed successfully."),
		},
	},
	{
		name:   "batocera-es-log-tab-level",
		source: "Batocera's EmulationStation es_log.txt (/userdata/system/configs/emulationstation/es_log.txt: `yyyy-MM-dd HH:mm:ss<TAB>LEVEL<TAB>msg`, levels ERROR WARNING INFO DEBUG, a message's further lines opening with a tab): batocera-linux/batocera.linux issue #8566 and batocera-linux/batocera-emulationstation issue #1440 (a pasted log); the level words from batocera-emulationstation's es-core/src/Log.cpp (whose newest version adds a `[tid]` column, not used here)",
		why:    "a zone-less ISO date and time, then tab-separated level words; the tab-indented line under an ERROR belongs to it",
		entries: []worldEntry{
			we("2026-11-28T21:14:02Z", Info, "", "2026-11-28 21:14:02\tINFO\tEmulationStation - v41, built Nov 21 2026 - 04:10:55"),
			we("2026-11-28T21:14:02Z", Info, "", "2026-11-28 21:14:02\tINFO\tLoading system config file /usr/share/emulationstation/es_systems.cfg..."),
			we("2026-11-28T21:14:04Z", Warn, "", "2026-11-28 21:14:04\tWARNING\tSystem \"gamegear\" has no games! Ignoring it."),
			we("2026-11-28T21:14:09Z", Error, "",
				"2026-11-28 21:14:09\tERROR\tError initializing SDL!",
				"\tCould not initialize EGL"),
			we("2026-11-28T21:14:09Z", Error, "", "2026-11-28 21:14:09\tERROR\tRenderer failed to initialize!"),
		},
	},
	{
		name:   "es-de-es-log-month-day-level-tab",
		source: "ES-DE (EmulationStation Desktop Edition) ~/ES-DE/logs/es_log.txt (Log.cpp: `std::put_time(localtime, \"%b %d %T \")` then the level name `Error`, `Warn`, `Info` or `Debug` and `:\\t`): RetroDECK/ES-DE es-core/src/Log.cpp and Log.h (found with the code search)",
		why:    "a month name and day with no year (2026 by the rules), then a capitalised level word with a colon and a tab",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 Info:\tES-DE 3.3.0 (r41), built Nov 18 2026 - 19:02:11"),
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 Info:\tApplication data directory: \"/home/marit/ES-DE\""),
			we("2026-11-29T07:41:18Z", Warn, "", "Nov 29 07:41:18 Warn:\tSystemData::loadFindRules(): No es_find_rules.xml file found for system \"atomiswave\""),
			we("2026-11-29T07:41:19Z", Debug, "", "Nov 29 07:41:19 Debug:\tGuiScraperMulti: Scraping \"Sky Courier (Europe).sfc\""),
			we("2026-11-29T07:44:02Z", Error, "", "Nov 29 07:44:02 Error:\tFileData::launchGame(): Couldn't find emulator binary for \"snes\" (tried \"snes9x\")"),
		},
	},
	{
		name:   "retropie-es-log-lvl-digit",
		source: "RetroPie's EmulationStation es_log.txt (/opt/retropie/configs/all/emulationstation/es_log.txt: `%b %d %H:%M:%S lvlN: <TAB>msg`, N the LogLevel enum: 0 error, 1 warning, 2 info, 3 debug): c64-dev/es-theme-epicnoir issue #16 (a pasted line `Jul 13 12:10:25 lvl1: System … has no games! Ignoring it.`), Aloshi/EmulationStation issue #632 (the older untimed `lvl2: \\t…` lines); the enum from ES's Log.h; the tab after the colon from the older lines",
		why:    "a month name and day with no year, then `lvl` and a digit that is the level (0 error … 3 debug)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 lvl2: \tEmulationStation - v2.11.2rp, built Nov 20 2026 - 17:44:03"),
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 lvl2: \tParsing XML file \"/home/pi/.emulationstation/gamelists/nes/gamelist.xml\"..."),
			we("2026-11-29T07:41:17Z", Warn, "", "Nov 29 07:41:17 lvl1: \tSystem \"sega32x\" has no games! Ignoring it."),
			we("2026-11-29T07:41:17Z", Warn, "", "Nov 29 07:41:17 lvl1: \tError - folder with path \"/home/pi/RetroPie/roms/pcengine\" is not a directory!"),
			we("2026-11-29T07:43:40Z", Error, "", "Nov 29 07:43:40 lvl0: \t...launch terminated with nonzero exit code 1!"),
		},
	},
	{
		name:   "batocera-configgen-es-launch-stdout",
		source: "Batocera's emulator launcher (configgen) log /userdata/system/logs/es_launch_stdout.log (Python logging `%(asctime)s %(levelname)s (%(filename)s:%(lineno)d):%(funcName)s %(message)s`): ordovice/batocera-switch issue #20 (a pasted log), batocera-linux/batocera.linux PR #13759",
		why:    "a Python asctime with a comma before the milliseconds, zone-less; the level word, then the file and line in parentheses glued to the function name",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.463Z", Debug, "", "2026-11-29 07:41:16,463 DEBUG (emulatorlauncher.py:71):start_rom Running system: snes"),
			we("2026-11-29T07:41:16.470Z", Debug, "", "2026-11-29 07:41:16,470 DEBUG (unixSettings.py:69):loadAll Looking for snes.* in /userdata/system/batocera.conf"),
			we("2026-11-29T07:41:16.488Z", Info, "", "2026-11-29 07:41:16,488 INFO (videoMode.py:64):changeMode setVideoMode(1920x1080.60.00): [\"batocera-resolution\", \"setMode\", \"1920x1080.60.00\"]"),
			we("2026-11-29T07:41:17.012Z", Debug, "", "2026-11-29 07:41:17,012 DEBUG (emulatorlauncher.py:302):runCommand command: ['retroarch', '-L', '/usr/lib/libretro/snes9x_libretro.so', '--config', '/userdata/system/configs/retroarch/retroarchcustom.cfg', '/userdata/roms/snes/Sky Courier (Europe).sfc']"),
			we("2026-11-29T07:52:40.905Z", Error, "", "2026-11-29 07:52:40,905 ERROR (emulatorlauncher.py:318):runCommand Process exited with error code 1"),
		},
	},
	{
		name:   "ralibretro-log-compact-time-of-day",
		source: "RALibretro (RetroAchievements' libretro frontend) RALibretro.log (`HHmmss.fff [LEVEL] [CAT] msg`, the level padded to five in brackets, then a three-letter category): RetroAchievements/RALibretro issue #460 (a pasted log of `[INFO ] [CFG]` lines); the [COR] category and the other level words from memory",
		why:    "a compact time of day with no separators and milliseconds (the clock's day); the bracketed level padded with a blank; the category is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.094Z", Info, "", "074116.094 [INFO ] [CFG] Variable snes9x_overclock_superfx found in selections, set to \"100%\""),
			we("2026-11-29T07:41:16.094Z", Info, "", "074116.094 [INFO ] [CFG] Selection snes9x_audio_interpolation deserialized as \"gaussian\""),
			we("2026-11-29T07:41:16.311Z", Debug, "", "074116.311 [DEBUG] [COR] Pixel format set to RGB565"),
			we("2026-11-29T07:41:17.002Z", Warn, "", "074117.002 [WARN ] [COR] Unhandled environment call 65581"),
			we("2026-11-29T07:41:19.650Z", Error, "", "074119.650 [ERROR] [COR] Could not load the game: missing BIOS \"gba_bios.bin\""),
		},
	},
	{
		name:   "vita3k-log-bracketed-time-letter",
		source: "Vita3K's vita3k.log (spdlog pattern `[%H:%M:%S.%e] |%L| [%!]: %v`: a bracketed time of day with milliseconds, spdlog's one-letter level T D I W E C, the calling function in brackets): Vita3K/Vita3K vita3k/util/src/logging.cpp (LOG_PATTERN), Vita3K/Vita3K-Android PR #607",
		why:    "a time of day only (the clock's day) in brackets; the level letter between bars; the function name in brackets is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "[07:41:16.102] |I| [init]: Vita3K: 0.2.1 Build 3872 Commit hash: 5d0c2a7e"),
			we("2026-11-29T07:41:16.350Z", Info, "", "[07:41:16.350] |I| [init]: Base path: /home/marit/.local/share/Vita3K/Vita3K/"),
			we("2026-11-29T07:41:18.771Z", Warn, "", "[07:41:18.771] |W| [load_app_impl]: Firmware font package is missing, some text may not render"),
			we("2026-11-29T07:41:21.930Z", Error, "", "[07:41:21.930] |E| [sceAppUtilSaveDataDataSave]: returned 0x80100647 (SCE_APPUTIL_ERROR_SAVEDATA_NO_SPACE_FS)"),
			we("2026-11-29T07:41:22.004Z", Critical, "", "[07:41:22.004] |C| [exception_handler]: Exception EXCEPTION_ACCESS_VIOLATION (0xc0000005)."),
		},
	},
	{
		name:   "iina-log-time-of-day-subsystem-letter",
		source: "IINA's iina.log (Logger.swift: `HH:mm:ss.SSS [subsystem][l] msg`, the level letter v d w e, the general subsystem `iina`; one file per session directory): iina/iina iina/Logger.swift (found with find_string); the `player0` subsystem name from memory",
		why:    "a time of day only (the clock's day); the subsystem and a one-letter level in two glued brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.203Z", Debug, "", "07:41:16.203 [iina][d] App will launch"),
			we("2026-11-29T07:41:16.987Z", Debug, "", "07:41:16.987 [player0][d] Open URL: file:///Users/marit/Movies/harbour-tour-2026.mkv"),
			we("2026-11-29T07:41:17.245Z", Warn, "", "07:41:17.245 [player0][w] Cannot find subtitle for harbour-tour-2026.mkv"),
			we("2026-11-29T07:41:19.530Z", Error, "", "07:41:19.530 [player0][e] mpv error: loading failed"),
		},
	},
}

func TestFresh693Formats(t *testing.T) { assertTable(t, fresh693Cases) }
func TestFresh693Score(t *testing.T) {
	checkScore(t, "fresh693 formats", fresh693Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
