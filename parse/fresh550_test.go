package parse

import "testing"

// The five-hundred-and-fiftieth fresh table: levels as programs spell and place them, a sixth
// further pass, in product shapes no earlier table holds: a level word padded to a column before a
// pipe and a time of day, a level word in parentheses glued to a colon-led category path, a level
// word after a program's name and a colon, a lower-case level word after a bracketed 12-hour stamp
// with a stack under it, a level word in a third bracket after a logger's name in brackets, an
// upper-case word at the head of a many-line error dump with no time at all, a level word after a
// file position with the source excerpt under it (and `fatal error:` at the end), and an upper-case
// word before a module tag and a colon. Each family is one product's documented or observed output:
// Warzone 2100's WZlog file (`info    |HH:mm:ss: [function:line] msg`, `error   |`, under a
// `--- Starting log […]---` banner); Panda3D's notify output (`:display:x11display(error): msg`,
// `:device(warning):`, `(debug)`); FluidSynth's stderr (`fluidsynth: warning: msg`, `error:`,
// `debug:`); Skyrim's Papyrus.0.log (`[MM/dd/yyyy - hh:mm:ssAM] error: msg` with a `stack:` block
// under it); RED4ext's log for Cyberpunk 2077 (spdlog `[yyyy-MM-dd HH:mm:ss.SSS] [RED4ext] [info]`);
// SuperCollider's sclang post window (`WARNING: msg`, the `ERROR: Message '…' not understood.`
// dump with RECEIVER, ARGS and CALL STACK, closed by `^^ …`); LilyPond's console (`file.ly:14:22:
// warning: msg` and the two-line source excerpt, `Processing`, `Parsing...`, `fatal error: failed
// files`); raylib's TraceLog (`INFO: DISPLAY: msg`, `WARNING: FILEIO: [path] msg`, `INFO:     > `).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`vmware`, `In(05)`, `Wa(03)`, `stunnel`, `LOG5[`, `sssd`, `(0x0400)`,
// `(0x3ff0)`, `samba`, `smbd`, `,  0]`, `qbittorrent`, `(N) 20`, `winscp`, `filezilla`, `!! `,
// `wireshark`, `MESSAGE] --`, `ceph`, `gluster`, `MSGID`, `tarantool`, `I>`, `clickhouse`,
// `<Information>`, `aerospike`, `fcitx`, `icecast`, `EROR`, `minetest`, `luanti`, `zigbee2mqtt`,
// `kamailio`, `asterisk`, `sonarr`, `|Info|`, `sabnzbd`, `::INFO::`, `transmission`, `pihole`,
// `pihole-FTL`, `suricata`, `websphere`, `WSVR`, `389-ds`, `- ERR -`, `lxc`, `gogs`, `deluge`,
// `node-red`, `adguard`, `pipewire`, `sway`, `prosody`, `tinyproxy`, `ryujinx`, `|I|`, `vita3k`,
// `xenia`, `i> `, `openmw`, `KSP.log`, `[LOG `, `kerbal`, `smapi`, `bepinex`, `[Info   :`,
// `melonloader`, `starbound`, `vintage story`, `vintagestory`, `mikrotik`, `huawei`, `%%01`, `h3c`,
// `exos`, `<Info:`, `SR OS`, `MINOR:`, `netapp`, `ontap`, `errpt`, `setupapi`, `!!!  `, `LOG]!>`,
// `cmtrace`, `celery`, `/MainProcess]`, `jupyter`, `[I 20`, `tornado`, `[I 26`, `scrapy`,
// `airflow`, `citra`, `ppsspp`, `mixxx`, `godot`, `fixme:`, `dxvk`, `zephyr`, `<inf>`, `contiki`,
// `[INFO: `, `mbed`, `[DBG ]`, `rt-thread`, `I/main`, `particle`, `px4`, `iobroker`, `fhem`,
// `domoticz`, `homebridge`, `hmailserver`, `zimbra`, `litespeed`, `traffic server`, `ET_NET`,
// `jetty`, `oejs`, `lager`, `bitcoin`, `:warning]`, `monero`, `lnd`, `[INF] LTND`, `lightningd`,
// `cardano`, `tendermint`, `I[20`, `hyperledger`, `chia`, `jicofo`, `jitsi`, `coturn`,
// `turnserver`, `opensips`, `janus`, `kstars`, `ekos`, `nina`, `cura`, `prusaslicer`, `slic3r`,
// `bambu`, `orcaslicer`, `emby`, `tvheadend`, `mythtv`, `Slim::`, `squeezebox`, `lyrion`,
// `snapcast`, `snapserver`, `owntone`, `forked-daapd`, `roon`, `urbackup`, `veeam`, `duplicacy`,
// `nextcloud`, `[ info `, `seafile`, `tigervnc`, `rustdesk`, `nomachine`, `nxserver`, `teamviewer`,
// `anydesk`, `parsec`, `sunshine`, `moonlight`, `shairport`, a run of games and creative tools
// (`wsjt`, `fldigi`, `direwolf`, `hamlib`, `gpredict`, `indi_`, `phd2`, `sharpcap`, `firecapture`,
// `siril`, `darktable`, `rawtherapee`, `digikam`, `gimp`, `inkscape`, `scribus`, `krita`,
// `blender`, `openshot`, `kdenlive`, `shotcut`, `natron`, `ardour`, `lmms`, `musescore`,
// `rosegarden`, `qjackctl`, `carla`, `yoshimi`, `zynaddsubfx`, `fluidsynth`, `timidity`,
// `supercollider`, `sclang`, `puredata`, `csound`, `sonic pi`, `mame`, `fs-uae`, `vice`, `dosbox`,
// `scummvm`, `openttd`, `widelands`, `wesnoth`, `freeciv`, `0ad`, `pyrogenesis`, `openra`,
// `xonotic`, `warzone2100`, `hedgewars`, `supertux`, `veloren`, `mindustry`, `cataclysm`,
// `nethack`, `crawl`, `angband`, `factorio`, `terraria`, `rimworld`, `kenshi`, `noita`,
// `satisfactory`, `valheim`, `palworld`, `enshrouded`, `conan exiles`, `7 days to die`,
// `project zomboid`, `arma`, `dayz`, `space engineers`, `stellaris`, `hoi4`, `europa universalis`,
// `crusader kings`, `civilization`, `fallout`, `skyrim`, `papyrus`, `elder scrolls`, `cyberpunk`,
// `witcher`), `warzone`, `Papyrus`, `RED4ext`, `SKSE`, `ANR0`, `dsmserv`, `spectrum protect`,
// `SAS log`, `NOTE: The data set`, `domino`, `YN0000`, `ERR_PNPM`, `w: file`, `vivado`,
// `CRITICAL WARNING`, `quartus`, `Warning (10230)`, `verilator`, `%Warning-`, `modelsim`, `questa`,
// `** Warning`, `Warning-[`, `xmvlog`, `*W,`, `bitbake`, `biber`, `Config.pm`, `mkdocs`,
// `INFO    -  `, `hugo`, `fluidsynth: `, `lilypond`, `gnucash`, `ledger`, `hledger`, `defold`,
// `INFO:DLIB`, `INFO:ENGINE`, `panda3d`, `(warning):`, `raylib`, `INFO: Initializing`,
// `Validation Error: [`, `bochs`, `i[BIOS`, `i[CPU`, `mednafen`, `bsnes`, `snes9x`, `fceux`,
// `stella`, `hatari`, `86box`, `pcem`, `basilisk`, `winuae`, `pnpm`, `WARN  deprecated`,
// `solar2d`, `irrlicht`, `o3de`, `love2d`, `rkhunter`, `[ Warning ]`, `lynis`, `conky`,
// `openbox`, `Openbox-Message`, `feh: WARNING`, `chkrootkit`, `[ OK ]`, `[ ok ]`, `dunst`,
// `Cannot call`, `stack:`, `ableton`, `audacious`, `bitwig`, `guitarix`, `quod libet`,
// `quodlibet`, `easyeffects`, `renoise`, `chuck`, `scsynth`, `cyber engine tweaks`, `openmpt`,
// `milkytracker`, `[RED4ext]`, `x11display`, `glgsg`, `(fatal):`, `(error):`, `Papyrus log opened`,
// `RECEIVER:`, `CALL STACK:`, `DoesNotUnderstand`, `barcheck`, `Parsing...`, `Interpreting music`,
// `FILEIO:`, `INFO:     >`, `WZlog`, `Starting log`, `info    |`, `error   |`, `|14:`). None of
// Warzone 2100, Panda3D, FluidSynth, Skyrim's Papyrus log, RED4ext, sclang, LilyPond or raylib is
// in any table: `warzone` appears only in the greps and left-outs of fresh493 and fresh517 (not
// confirmed by a search there), `info    |` and `error   |` only in TeamSpeak's, the Android
// Emulator's and other products' pipe-separated columns, `(error):` only in Kerberos' and
// Alluxio's lines, `RECEIVER:` and `CALL STACK:` only in other products' messages, `Starting log`
// only in other products' banners. Left out as measured already: nearly every candidate above
// with hits (VMware, stunnel, SSSD, Samba, qBittorrent, WinSCP, FileZilla, Ceph, GlusterFS,
// ClickHouse, Minetest/Luanti, Asterisk, Bochs, pnpm, Defold, Verilator, Vivado, Quartus,
// Questa, Biber, rkhunter, Celery, Jupyter and the rest). Left out as not confirmed by any search
// in the time there was: Cadence Xcelium's `*W,CODE (file,line|col):`, Hatari's console,
// Irrlicht's own lines (no level: its warnings reach users only through Luanti's, in a table
// already). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Warzone 2100's WZlog stamps a time of day only: it is on the clock's day.
// Papyrus writes the game machine's local time with a 12-hour clock and AM/PM glued to the seconds
// and no zone: read as UTC (01:05:09PM is 13:05:09). RED4ext's spdlog stamp has no zone: UTC.
// Panda3D's notify lines, FluidSynth's, sclang's post window, LilyPond's console and raylib's
// TraceLog carry no time: Time 0. Levels only where the line marks one: Warzone's `info`,
// `warning`, `error` before the pipe; Panda3D's word in parentheses after the category (`debug`,
// `info`, `warning`, `error`); FluidSynth's word after `fluidsynth:`; Papyrus' `warning:` and
// `error:` after the stamp (its `Papyrus log opened` and budget lines carry none); RED4ext's third
// bracket; sclang's `WARNING:` and `ERROR:` (its `SCDoc:` lines and welcome banner carry none);
// LilyPond's `warning:` and `error:` after the file position and `fatal error:` (Critical, as fatal
// is), its progress lines none; raylib's `INFO:`, `WARNING:`, `ERROR:`. The host is the record's
// host field: none of these has one (Panda3D's x11display, sclang's RECEIVER, Papyrus' quest and
// alias names are no hosts). A record that spans lines is one entry: Papyrus' error with its
// `stack:` block, sclang's error dump up to its `^^` line, LilyPond's message with the source
// excerpt under it. Warzone's `--- Starting log` banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail the
// source says "from memory" (Papyrus' `stack:` frames, Warzone's `warning` word). Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 0369b38 before any rule for it: level 100.0 %, time 87.5 %, host 100.0 %, records 97.5 %.
// That is the macro figure (micro: level 100.0 %, time 88.4 %, host 100.0 %, records 97.7 %), in a
// worktree at 0369b38 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are Warzone 2100's time of day glued behind the pipe after the
// padded debug part, which trawl does not read (no record gets a time), and sclang's error dump,
// whose RECEIVER, ARGS and CALL STACK lines and closing `^^` line trawl does not join to the
// `ERROR:` line above them.

var fresh550Cases = []worldCase{
	{
		name:   "warzone2100-wzlog-level-before-pipe",
		source: "Warzone 2100 4.x's log file (~/.local/share/warzone2100/logs/WZlog-MMdd_HHmmss.txt: a `--- Starting log [path]---` banner, then `part    |HH:mm:ss: [function:line] msg`, the debug part padded to eight before a pipe: `info`, `error`): Warzone2100/warzone2100 issue #2379 (a pasted log); the `warning` part from memory",
		why:    "the level word is the debug part padded to a column before a pipe, glued to a time of day with no date (the clock's day); the `[function:line]` bracket is no level",
		entries: []worldEntry{
			wskip("--- Starting log [/home/ines/.local/share/warzone2100//logs/WZlog-1129_074108.txt]---"),
			we("2026-11-29T07:41:16Z", Info, "", "info    |07:41:16: [res_parse:102] audio is not a directory!"),
			we("2026-11-29T07:41:16Z", Info, "", "info    |07:41:16: [loadLevFile:318] Loading mod list: autorepair, harbour-maps"),
			we("2026-11-29T07:41:22Z", Warn, "", "warning |07:41:22: [loadTemplateCommon:204] Template Truck-Viper-Wheels uses a component that is not available: Sensor-Wide"),
			we("2026-11-29T07:41:29Z", Error, "", "error   |07:41:29: [khr_callback:1913] GL::API(Performance:Medium) : Fragment shader recompiled because the state key changed"),
			we("2026-11-29T07:43:02Z", Info, "", "info    |07:43:02: [NETallowJoining:3345] Player 2 (Tamsin) joined from slot 3"),
		},
	},
	{
		name:   "panda3d-notify-paren-level",
		source: "Panda3D's notify output on stderr (`:category:subcategory(severity): msg`, severities spam debug info warning error fatal): panda3d/panda3d issues #261 and #575, ikalevatykh/pybullet_rendering issue #5 (pasted console output)",
		why:    "the level word sits in parentheses glued to the end of a colon-led category path (`:display:gsg:glgsg(warning):`); no time; `x11display` is a category, no host",
		entries: []worldEntry{
			we("", Debug, "", ":display:x11display(debug): Found RandR extension 1.6"),
			we("", Debug, "", ":display:x11display(debug): Using XRRScreenResources to obtain display modes"),
			we("", Warn, "", ":device(warning): /dev/input/event14 is not readable, some features will be unavailable."),
			we("", Warn, "", ":display:gsg:glgsg(warning): Unable to query GL_RENDERER"),
			we("", Error, "", ":display:gsg:glgsg(error): Could not load program: harbour-water.sha (The profile is not supported.)"),
			we("", Error, "", ":display:x11display(error): BadMatch (invalid parameter attributes)"),
		},
	},
	{
		name:   "fluidsynth-stderr-name-level",
		source: "FluidSynth's default log function on stderr (`fluidsynth: level: msg`, levels panic error warning info debug): FluidSynth/fluidsynth issues #1091 and #1576, LMMS/LMMS issue #4702, muse-sequencer/muse issue #1115 (pasted output)",
		why:    "the level word after the program's name and a colon; `[bank=128 prog=0]` is no level; no time",
		entries: []worldEntry{
			we("", Warn, "", "fluidsynth: warning: No preset found on channel 9 [bank=128 prog=0]"),
			we("", Warn, "", "fluidsynth: warning: Instrument not found on channel 4 [bank=8 prog=61], substituted [bank=0 prog=61]"),
			we("", Error, "", "fluidsynth: error: There is no preset with bank number 5 and preset number 12 in SoundFont 1"),
			we("", Debug, "", "fluidsynth: debug: Discovering sample 'Harp_C5', src_start 41220, loop_start 41220, loop_end 48913, src_end 48913"),
		},
	},
	{
		name:   "skyrim-papyrus-log-ampm-stack",
		source: "Skyrim's Documents/My Games/Skyrim/Logs/Script/Papyrus.0.log (`[MM/dd/yyyy - hh:mm:ssAM] msg`, `error:` and `warning:` after the stamp, `Papyrus log opened (PC)`): the UESP Creation Kit wiki's Papyrus error samples (ck.uesp.net User:DavidJCobb/Miscellany, `[02/09/2014 - 03:33:25PM] error: …`); the `stack:` line and its tab-indented frames from memory",
		why:    "a month-first date, ` - ` and a 12-hour time with AM/PM glued to the seconds, no zone (UTC); a lower-case level word after the bracket; the stack under an error belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[11/29/2026 - 07:41:16AM] Papyrus log opened (PC)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[11/29/2026 - 07:41:16AM] Update budget: 1.200000ms (Extra tasklet budget: 1.200000ms, Load screen budget: 500.000000ms)"),
			we("2026-11-29T07:42:03Z", Warn, "", "[11/29/2026 - 07:42:03AM] warning: Property Quarry on script HarborMineScript attached to alias Foreman on quest HRB_MineQuest (0A00D812) cannot be initialized because the script no longer contains that property"),
			we("2026-11-29T07:43:51Z", Error, "",
				"[11/29/2026 - 07:43:51AM] error: Cannot call GetActorBase() on a None object, aborting function call",
				"stack:",
				"\t[alias Foreman on quest HRB_MineQuest (0A00D812)].HarborMineScript.OnUpdate() - \"HarborMineScript.psc\" Line 57"),
			we("2026-11-29T13:05:09Z", Error, "", "[11/29/2026 - 01:05:09PM] error: Unable to bind script HRB_OldCartScript to HRB_Cart (0A00E0F3) because their base types do not match"),
		},
	},
	{
		name:   "red4ext-spdlog-logger-then-level",
		source: "RED4ext's red4ext/logs/red4ext-*.log for Cyberpunk 2077 (spdlog `[yyyy-MM-dd HH:mm:ss.SSS] [RED4ext] [level] msg`, levels debug info warning error): jackhumbert/let_there_be_flight issues #71 and #64, wopss/RED4ext issues #76 and #60, justarandomguyintheinternet/CP77_radioExt issue #5 (pasted logs)",
		why:    "a zone-less stamp in brackets (UTC), the logger's name in a second bracket, the level word in a third; Windows paths and an error code inside the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482Z", Info, "", "[2026-11-29 07:41:16.482] [RED4ext] [info] RED4ext (v1.27.0) is initializing..."),
			we("2026-11-29T07:41:16.483Z", Debug, "", `[2026-11-29 07:41:16.483] [RED4ext] [debug]   Plugins: D:\Games\Cyberpunk 2077\red4ext\plugins`),
			we("2026-11-29T07:41:16.519Z", Info, "", `[2026-11-29 07:41:16.519] [RED4ext] [info] Loading plugin from 'D:\Games\Cyberpunk 2077\red4ext\plugins\HarbourLights\HarbourLights.dll'...`),
			we("2026-11-29T07:41:17.846Z", Warn, "", `[2026-11-29 07:41:17.846] [RED4ext] [warning] Could not load plugin 'HarbourLights'. Error code: 1114, msg: 'A dynamic link library (DLL) initialization routine failed.', path: 'D:\Games\Cyberpunk 2077\red4ext\plugins\HarbourLights\HarbourLights.dll'`),
			we("2026-11-29T07:41:17.901Z", Error, "", "[2026-11-29 07:41:17.901] [RED4ext] [error] Could not find the address of 'CGameApplication::AddState', hash: 2781236101"),
			we("2026-11-29T07:41:17.902Z", Info, "", "[2026-11-29 07:41:17.902] [RED4ext] [info] 3 plugin(s) loaded"),
		},
	},
	{
		name:   "supercollider-sclang-error-dump",
		source: "SuperCollider 3.13's sclang post window, as printed on a terminal or copied from the IDE (`WARNING: msg`, the `ERROR: Message 'sel' not understood.` dump with `RECEIVER:`, `ARGS:`, `CALL STACK:` and tab-indented frames, closed by `^^ ERROR: …` and `RECEIVER: nil`; `SCDoc:` lines and the welcome banner): supercollider/supercollider issues #230, #1026, #2200 and #6056, GameOfLife/Unit-Lib issue #62 (pasted post windows)",
		why:    "an upper-case level word at the head of a line with no time; the error dump's lines (`RECEIVER:`, `ARGS:`, frames, the closing `^^` line) are one record; `SCDoc:` lines carry no level",
		gap:    "the lines of sclang's error dump under `ERROR: Message '…' not understood.` (`RECEIVER:`, `ARGS:`, `CALL STACK:`, the tab-indented frames, the closing `^^ ERROR: …` and `RECEIVER: nil`) are not joined to it: the record is cut after its first line",
		entries: []worldEntry{
			we("", Unknown, "", "*** Welcome to SuperCollider 3.13.0. *** For help press Ctrl-D."),
			we("", Unknown, "", "SCDoc: Indexing help-files..."),
			we("", Unknown, "", "SCDoc: Indexed 1412 documents in 1.02 seconds"),
			we("", Warn, "", "WARNING: Attempted to modify missing Text Mirror for Document {4c1e2a90-5b7d-4f3e-9a61-0d8e2f7b3c15}"),
			we("", Error, "",
				"ERROR: Message 'harbourBells' not understood.",
				"RECEIVER:",
				"   nil",
				"ARGS:",
				"   Integer 3",
				"CALL STACK:",
				"\tDoesNotUnderstandError:reportError",
				"\t\targ this = <instance of DoesNotUnderstandError>",
				"\tNil:handleError",
				"\t\targ this = nil",
				"\t\targ error = <instance of DoesNotUnderstandError>",
				"\tObject:doesNotUnderstand",
				"\t\targ this = nil",
				"\t\targ selector = 'harbourBells'",
				"\t\targ args = [*1]",
				"\tInterpreter:interpretPrintCmdLine",
				"\t\targ this = <instance of Interpreter>",
				"\t\tvar code = \"~tide.harbourBells(3)\"",
				"^^ ERROR: Message 'harbourBells' not understood.",
				"RECEIVER: nil"),
		},
	},
	{
		name:   "lilypond-console-position-level-excerpt",
		source: "LilyPond 2.24's console (`Processing `file.ly'`, `Parsing...`, `file.ly:line:col: warning: msg` or `error: msg` with the source line split at the column over two lines under it, `fatal error: failed files: \"…\"`): openlilylib/snippets issue #19, sugarlabs/musicblocks issue #180, svenax/bagpipemusic issue #7, MutopiaProject/MutopiaProject PR #927 (pasted logs)",
		why:    "the level word after a file position (no time); the source excerpt's two lines under a warning or an error belong to it; `fatal error:` is Critical; progress lines carry no level",
		entries: []worldEntry{
			we("", Unknown, "", "Processing `harbour_hymn.ly'"),
			we("", Unknown, "", "Parsing..."),
			we("", Warn, "",
				"harbour_hymn.ly:14:22: warning: barcheck failed at: 1/4",
				"  c4 d e f | g a b c ",
				"                     | d2 d"),
			we("", Unknown, "", "Interpreting music...[8][16][24]"),
			we("", Error, "",
				"harbour_hymn.ly:31:9: error: syntax error, unexpected '}'",
				"  \\tempo ",
				"         } 4 = 72"),
			we("", Critical, "", "fatal error: failed files: \"harbour_hymn.ly\""),
		},
	},
	{
		name:   "raylib-tracelog-level-module",
		source: "raylib 5.x's TraceLog on stdout (`LEVEL: MODULE: msg`, `INFO:     > detail` lines, levels INFO WARNING ERROR): tsoding/musializer issue #36, raysan5/raylib issues #159, #2259, #3487 and #4499, Bigfoot71/r3d issue #14 (pasted output)",
		why:    "an upper-case level word and a colon at the head of the line, then a module tag and a colon; each `INFO:     >` detail line is a record of its own; no time",
		entries: []worldEntry{
			we("", Info, "", "INFO: Initializing raylib 5.5"),
			we("", Info, "", "INFO: DISPLAY: Device initialized successfully"),
			we("", Info, "", "INFO:     > Display size: 2560 x 1440"),
			we("", Warn, "", "WARNING: FILEIO: [resources/harbour_tiles.png] Failed to open file"),
			we("", Warn, "", "WARNING: IMAGE: Failed to load image data"),
			we("", Error, "", "ERROR: AUDIO: Failed to initialize playback device"),
		},
	},
}

func TestFresh550Formats(t *testing.T) { assertTable(t, fresh550Cases) }
func TestFresh550Score(t *testing.T) {
	checkScore(t, "fresh550 formats", fresh550Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 97.4})
}
