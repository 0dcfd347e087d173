package parse

import "testing"

// The five-hundred-and-ninety-seventh fresh table: levels as programs spell and place them, a seventh
// further pass (severity words, letters, digits, symbols and colours in places tables do not yet
// hold: after tags, inside brackets, at line ends, in message ids, as numbers on a product's own
// scale). Each family is one product's output: OpenXcom's openxcom.log (a day-first bracketed stamp,
// a tab, the level word in brackets, a tab); the same logger's Y-M-D_H-M-S stamp of the Xilmi fork;
// OpenXcom's debug copy on stderr (the bracketed level and no time); Evennia's server log (Twisted's
// stamp and `[-]` system tag, then Evennia's two-symbol marker `[..]`, `[WW]`, `[EE]`); Simutrans'
// log file (`Warning: who:<tab>`, `Message:`, `Debug:`, `ERROR:` with the forum lines under it) and
// the same words through syslog; OpenEngine's ColorStreamLogger (an SGR colour, then `[II]`, `[WW]`,
// `[EE]`); DevilutionX on a terminal (SDL's `INFO:` `WARN:` `ERROR:` prefixes).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`openxcom`, `oxce`, `openxcom.log`, `[WARN]<tab>`, `evennia`, `[WW]`, `[EE]`, `[..]`,
// `AMPProtocol`, `simutrans`, `Message: `, `forum.simutrans`, `openengine`, `ColorStreamLogger`,
// `devilution`, `diablo`, `SDL_Log`, `cw_debug`, and the candidates dropped as already measured:
// `hana`, `indexserver`, `IRIS`, `Generic.Event`, `openedge`, `foundationdb`, `glusterfs`, `MSGID:`,
// `icinga`, `PBS_Server`, `veeam`, `Sybase`, `marklogic`, `aerospike`, `kamailio`, `lustre`,
// `htcondor`, `db2diag`, `domino`, `diags.log`, ` - ERR - `, `knot`, `bacula`, `zigbee2mqtt`,
// `esphome`, `node-red`, `openhab`, `domoticz`, `iobroker`, `qbittorrent`, `pihole`, `zoneminder`,
// `.WAR-`, `[NTC]`, `mythtv`, `tvheadend`, `Slim::`, `snapserver`, `icecast`, `liquidsoap`,
// `deluge`, `aria2`, `ergo`, `unrealircd`, `inspircd`, `prosody`, `syncthing`, `gitea`,
// `sge_qmaster`, `lsf`, `mikrotik`, `bigip`, `brocade`, `%%01`, `comware`, `<Warn:`, `swlogd`,
// `MINOR:`, `<NOTI>`, `sonicwall`, `ontap`, `middlewared`, `tarantool`, `rethinkdb`, `arangodb`,
// `proxysql`, `pgpool`, `odoo`, `zope`, `netscaler`, `cfengine`, `bird`, `exabgp`, `conntrackd`,
// `[IKE1]`, `charon`, `gpsd`, `ganesha`, `beegfs`, `(0x0400)`, `sssd`, `factorio`, `luanti`,
// `openttd`, `wesnoth`, `freeciv`, `ddnet`, `mindustry`, `supertuxkart`, `godot`, `blender`,
// `kicad`, `qgis`, `musescore`, `boulder`, `i2pd`, `stunnel`, `privoxy`, `tinyproxy`, `sing-box`).
// None of OpenXcom, Evennia, Simutrans, OpenEngine or DevilutionX is in any table (`[..]` and
// `Message: ` match only other products' lines). Left out as measured already: every product in
// the list above. Left out as not confirmed by any search: Oolite's message classes, Unvanquished's
// colour-coded `Warn:`, unixcw's `[DD]`/`[II]` labels. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). OpenXcom's stamps are local and zone-less, read as UTC: `29-11-2026
// 07:41:16` is day-first, the fork's `2026-11-29_07-41-16` has dashes between hour, minute and
// second. Twisted's `2026-11-29T07:41:16+0000` carries its offset. Syslog's date has no year (2026).
// Simutrans' log file, OpenXcom's stderr copy and DevilutionX's terminal lines carry no time. Levels
// only where the line marks one: OpenXcom's FATAL ERROR WARN INFO DEBUG (FATAL is Critical);
// Evennia's `[..]` (log_info) Info, `[WW]` Warn, `[EE]` Error; Simutrans' `Debug:`, `Message:`
// (Info), `Warning:`, `ERROR:`; OpenEngine's `[II]` `[WW]` `[EE]` inside the colour; SDL's `INFO:`
// `WARN:` `ERROR:` `DEBUG:`. The host is the record's host field: only the syslog line's; Twisted's
// `[AMPProtocol,0,127.0.0.1]` names a peer and is no host. A record that spans lines is one entry:
// Simutrans' ERROR with the two forum lines it always writes under it.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from memory"
// (OpenEngine's time and DevilutionX's prefixes). Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 915de82 before any rule for it: level 84.6 %, time 87.5 %, host 100.0 %, records 97.5 %.
// That is the macro figure (micro: level 84.8 %, time 87.9 %, host 100.0 %, records 97.0 %), in a
// worktree at 915de82 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are the fork's underscore-glued Y-M-D_H-M-S stamp, which trawl
// does not read as a time, Evennia's `[..]` marker and Simutrans' `Message:` word (in its log file
// and through syslog), which it does not read as Info, and the two forum lines under Simutrans'
// ERROR, which it splits off as records of their own.

var fresh597Cases = []worldCase{
	{
		name:   "openxcom-log-bracketed-level",
		source: "OpenXcom's openxcom.log: src/Engine/Logger.h (OpenXcom/OpenXcom, found with read_file): `[` now() `]` tab `[` LEVEL `]` tab msg, now() is strftime `%d-%m-%Y %H:%M:%S` in local time, levels FATAL ERROR WARN INFO DEBUG",
		why:    "a day-first dashed date in brackets; the level word in the second bracket after a tab",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[29-11-2026 07:41:16]\t[INFO]\tOpenXcom Version: 1.0.0"),
			we("2026-11-29T07:41:16Z", Info, "", "[29-11-2026 07:41:16]\t[INFO]\tData folder is: /usr/share/openxcom/"),
			we("2026-11-29T07:41:17Z", Warn, "", "[29-11-2026 07:41:17]\t[WARN]\tCouldn't find translation for STR_ELERIUM_CANNON_B"),
			we("2026-11-29T07:41:19Z", Error, "", "[29-11-2026 07:41:19]\t[ERROR]\tFailed to load sound set GEO.CAT"),
			we("2026-11-29T07:43:02Z", Critical, "", "[29-11-2026 07:43:02]\t[FATAL]\tA fatal error has occurred: Segmentation fault."),
		},
	},
	{
		name:   "openxcom-fork-ymd-stamp",
		source: "OpenXcom fork's openxcom.log with now() changed from D-M-Y_H-M-S to Y-M-D_H-M-S: Xilmi/OpenXcom pull request #33 (CrossPlatform::now); the rest of the line as Logger.h writes it",
		why:    "a year-first date glued by an underscore to a dashed time of day; the level word in brackets after a tab",
		entries: []worldEntry{
			we("2026-11-28T21:05:40Z", Info, "", "[2026-11-28_21-05-40]\t[INFO]\tLoading rulesets..."),
			we("2026-11-28T21:05:44Z", Debug, "", "[2026-11-28_21-05-44]\t[DEBUG]\tMod 'Brutal-AI' loaded in 412 ms"),
			we("2026-11-28T21:06:12Z", Warn, "", "[2026-11-28_21-06-12]\t[WARN]\tSave game 'autosave_geo.asav' uses an older ruleset"),
			we("2026-11-28T21:09:57Z", Error, "", "[2026-11-28_21-09-57]\t[ERROR]\tCould not write user/options.cfg"),
		},
	},
	{
		name:   "openxcom-stderr-debug-copy",
		source: "OpenXcom with its reporting level at DEBUG copies each line to stderr without the stamp: src/Engine/Logger.h (`fprintf(stderr, \"%s\", os.str())`, os holding `[LEVEL]` tab msg)",
		why:    "the level word in brackets at the start and no time at all",
		entries: []worldEntry{
			we("", Info, "", "[INFO]\tInitializing engine..."),
			we("", Debug, "", "[DEBUG]\tSound mixer opened at 22050 Hz, 2 channels"),
			we("", Warn, "", "[WARN]\tNo soundfont found, falling back to OPL"),
			we("", Error, "", "[ERROR]\tUnable to open file DATA/BIGLETS.DAT"),
		},
	},
	{
		name:   "evennia-twisted-marker",
		gap:    "Evennia's `[..]` marker (log_info) is not read as Info",
		source: "Evennia's server.log through Twisted's log.msg: evennia/utils/logger.py (log_info `[..]`, log_warn `[WW]`, log_err `[EE]`, found with read_file), the Twisted stamp and system tag from evennia/evennia issue #1177 (`2017-01-27T18:00:12+0000 [AMPProtocol,0,127.0.0.1] [::] …`)",
		why:    "an ISO stamp with a +0000 offset, Twisted's system tag in brackets, then Evennia's two-symbol marker in a second bracket; the address in the system tag is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16+0000 [-] [..] Loaded 1204 objects from the database."),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29T07:41:17+0000 [-] [..] Server started on telnet port 4000."),
			we("2026-11-29T07:44:31Z", Warn, "", "2026-11-29T07:44:31+0000 [AMPProtocol,0,127.0.0.1] [WW] Account 'marisol' tried to puppet a deleted character (#512)."),
			we("2026-11-29T07:45:02Z", Error, "", "2026-11-29T07:45:02+0000 [AMPProtocol,0,127.0.0.1] [EE] Script 'weather_cycle' (#88) failed to start: no location."),
		},
	},
	{
		name:   "simutrans-log-word-prefix",
		gap:    "the `Message:` word is not read as Info, and the two forum lines under an `ERROR:` are split off as records of their own",
		source: "Simutrans' simu.log (-log -debug): src/simutrans/utils/log.cc (simutrans/simutrans, found with read_file): `Debug: %s:\\t`, `Message: %s:\\t`, `Warning: %s:\\t`, `ERROR: %s:\\t` then the message, an ERROR followed by two forum lines",
		why:    "the level word first, then the function name and a colon; no time; the two lines under ERROR belong to it",
		entries: []worldEntry{
			we("", Info, "", "Message: simu_main():\tVersion: 124.2.1  Date: Nov 28 2026"),
			we("", Debug, "", "Debug: obj_reader_t::read_file():\tloading pak128/way.asphalt_road.pak"),
			we("", Warn, "", "Warning: tool_t::init():\tno tool for 'shortcut' 62 found"),
			we("", Error, "",
				"ERROR: loadsave_t::rd_open():\tfile 'save/lakeside-2026.sve' is from a newer version",
				"For help with this error or to file a bug report please see the Simutrans forum:",
				"https://forum.simutrans.com"),
			we("", Info, "", "Message: karte_t::load():\tloading map 'save/lakeside-2025.sve'"),
		},
	},
	{
		name:   "simutrans-syslog-word",
		gap:    "the `Message:` word after the syslog tag is not read as Info",
		source: "Simutrans' dedicated server with `-log syslog`: src/simutrans/utils/log.cc (openlog(tag, LOG_PID, LOG_DAEMON), vsyslog with `Warning: %s\\t%s`, `Message: %s\\t%s`, `ERROR: %s\\t%s`), as rsyslog stores it",
		why:    "a BSD syslog line: the host field, the tag with its pid, then Simutrans' level word before the function and a tab",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ttdhost", "Nov 29 07:41:16 ttdhost simutrans[6120]: Message: network_init_server()\tserver started on port 13353"),
			we("2026-11-29T07:48:02Z", Warn, "ttdhost", "Nov 29 07:48:02 ttdhost simutrans[6120]: Warning: nwc_join_t::execute()\tclient 3 sent a wrong checksum"),
			we("2026-11-29T07:52:40Z", Error, "ttdhost", "Nov 29 07:52:40 ttdhost simutrans[6120]: ERROR: network_send_all()\tcould not send to client 4"),
		},
	},
	{
		name:   "openengine-colour-marker",
		source: "OpenEngine's ColorStreamLogger (Logging/ColorStreamLogger.cpp, found with find_string): an SGR colour (32 Info, 33 Warning, 31 Error) when TERM is xterm-color, `[II]`/`[WW]`/`[EE]`, a space, Utils::DateTime::GetCurrent(), `: `, the message, a reset; the DateTime text from memory",
		why:    "the colour escape then the two-letter marker in brackets; a ctime-like stamp after it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "\x1b[32m[II] Sun Nov 29 07:41:16 2026: Renderer initialized with OpenGL 4.6\x1b[m"),
			we("2026-11-29T07:41:17Z", Warn, "", "\x1b[33m[WW] Sun Nov 29 07:41:17 2026: Texture 'hull_diffuse.tga' is not a power of two\x1b[m"),
			we("2026-11-29T07:41:18Z", Error, "", "\x1b[31m[EE] Sun Nov 29 07:41:18 2026: Shader 'phong.glsl' failed to compile\x1b[m"),
			we("2026-11-29T07:41:20Z", Info, "", "\x1b[32m[II] Sun Nov 29 07:41:20 2026: Scene loaded: 3411 nodes\x1b[m"),
		},
	},
	{
		name:   "devilutionx-sdl-prefix",
		source: "DevilutionX run from a terminal, its messages through SDL's default log output (`PRIORITY: message`, priorities VERBOSE DEBUG INFO WARN ERROR CRITICAL): from memory",
		why:    "SDL's priority word and a colon at the start; no time",
		entries: []worldEntry{
			we("", Info, "", "INFO: DevilutionX 1.5.4"),
			we("", Debug, "", "DEBUG: Found diabdat.mpq in /home/ren/.local/share/diasurgical/devilution/"),
			we("", Warn, "", "WARN: Missing translation for 'Level 6 Stash'"),
			we("", Error, "", "ERROR: Failed to open audio device: ALSA: Couldn't open audio device"),
		},
	},
}

func TestFresh597Formats(t *testing.T) { assertTable(t, fresh597Cases) }
func TestFresh597Score(t *testing.T) {
	checkScore(t, "fresh597 formats", fresh597Cases, [worldNumFields]float64{84.5, 99.9, 99.9, 97.4})
}
