package parse

import "testing"

// The five-hundred-and-sixteenth fresh table: the labelled datasets' domains, a twenty-ninth pass
// (the kinds of systems public labelled log datasets such as Loghub's draw from: distributed
// systems, supercomputers, operating systems, mobile systems, server applications and standalone
// software), with products of those domains in shapes those datasets do not hold. Each family is one
// product's documented or observed output: Golem's yapapi requestor log (a distributed computing
// market; `[ISO+hhmm LEVEL logger] msg`); the ROCm HIP runtime's AMD_LOG_LEVEL trace from a
// supercomputer's GPU node (`:N:file.cpp :line: µs us: [pid tid] msg`, a level digit and a
// monotonic counter, no time); ReactOS's kernel debug log (`(path:line) msg`, no time, `err:` after
// the location); KOReader's crash.log on e-readers and phones (`MM/dd/yy-HH:mm:ss LEVEL msg`);
// Mealie's server log (`LEVEL    ISO - msg`, its settings dump a JSON block under one record) and
// MeshCentral's mesherrors.txt (a dashed header with a locale time and the version, a blank line,
// then the error and its Node stack); MuseScore Studio 4's log file (pipe-separated columns) and
// Shotcut's log (`[Level  ] <Class::method> msg`, no time).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `golem`, `yapapi`, `yagna`, `yapapi.summary`, `rocm`, `rocdevice`,
// `AMD_LOG_LEVEL`, ` us: [pid:`, `hip_memory`, `reactos`, `(ntoskrnl/`, `kdinit`, `freeldr`,
// `) err: `, `err:(`, `koreader`, `crash.log`, `DEBUG input event`, `/25-`, `mealie`,
// `SYSTEM STARTUP`, `APP SETTINGS`, `INFO     20`, `meshcentral`, `mesherrors`, `---- 1.0`,
// `AM ----`, `-------- 11/`, `musescore`, `MuseScore4`, `| main_thread`, `main_thread`, `shotcut`,
// `[Debug  ]`, `[Info   ]`, `[Warning] <`, `ShotcutSettings`, `Mlt::`, and the candidates dropped:
// `UCX`, `UCX  WARN`, `NCCL`, `NCCL INFO`, `libfabric`, `Executing start method`, `smf`, `hilog`,
// `tizen`, `dlog`, `qbittorrent`, `deluge`, `prusaslicer`, `cura`, `UM.Qt`, `octoprint`, `klipper`,
// `Plex Media`, `sonarr`, `radarr`, `nzbget`, `sabnzbd`, `openlitespeed`, `lighttpd`, `freeswitch`,
// `kamailio`, `knotd`, `powerdns`, `ldmsd`, `nhc`, `dcgm`, `nv-hostengine`, `kicad`, `freecad`,
// `darktable`, `godot`, `calibre`, `musescore`, `duplicati`, `restic`, `borg`, `urbackup`,
// `bacula`, `nextcloud.sync`, `kvrocks`, `seaweedfs`, `juicefs`, `rqlite`, `garage`, `cubefs`,
// `iotdb`, `moosefs`, `lizardfs`, `orangefs`, `beegfs`, `horovod`, `cobalt`, `xdmod`, `openscad`,
// `scribus`, `kdenlive`, `handbrake`, `mkvtoolnix`, `picard`, `beets`, `mixxx`, `gnucash`, `qgis`,
// `stellarium`, `wsjt`, `fldigi`, `sdr++`, `sdrangel`, `dump1090`, `rtl_433`, `direwolf`,
// `flightgear`, `x-plane`, `KSP.log`, `openttd`, `wesnoth`, `factorio`, `valheim`, `7DaysToDie`,
// `srcds`, `minetest`, `luanti`, `ddnet`, `mindustry`, `starbound`, `vintagestory`, `zomboid`,
// `smapi`, `bepinex`, `melonloader`, `cataclysm`, `aerospike`, `tarantool`, `nsqd`, `raylet`,
// `gcs_server`, `distributed.scheduler`, `boinc`, `FahClient`, `folding`, `fabricmanager`,
// `opensm`, `prosody`, `ejabberd`, `openfire`, `inspircd`, `unrealircd`, `coturn`, `janus`,
// `jicofo`, `icecast`, `liquidsoap`, `mopidy`, `waydroid`, `anbox`, `pmbootstrap`, `openraft`,
// `dragonflydb`, `risingwave`, `databend`, `greptime`, `quickwit`, `meilisearch`, `typesense`,
// `qdrant`, `milvus`, `arangodb`, `couchdb`, `foundationdb`, `tigerbeetle`, `yugabyte`, `scylla`,
// `charliecloud`, `enroot`, `likwid`, `score-p`, `hpctoolkit`, `daos`, `pmix`, `haiku`,
// `serenity`, `fuchsia`, `redox`, `minix`, `hurd`, `truenas`, `xcp-ng`, `nixos`, `emerge.log`,
// `fastlane`, `appium`, `maestro`, `frida`, `grapheneos`, `microg`, `guacamole`, `rustdesk`,
// `hbbs`, `frps`, `vaultwarden`, `authelia`, `kanidm`, `seafile`, `paperless`, `immich`,
// `photoprism`, `flexlm`, `lmgrd`, `chromeos`, `session_manager`, `flutter`, `xcodebuild`,
// `sailfish`, `lomiri`, `harmonyos`, `MPLog`, `talos`, `calamares`, `subiquity`, `y2log`,
// `archinstall`, `androidaps`, `xdrip`, `gadgetbridge`, `termux`, `briar`, `newpipe`, `orbot`,
// `sunshine`, `mihon`, `tachiyomi`, `obtainium`, `seedvault`, `jami`, `baresip`, `linphone`,
// `yggdrasil`, `i2pd`, `kubo`, `storagenode`, `renterd`, `siad`, `kindle`, `kobo`, `owntracks`,
// `gpslogger`, `adaway`, `blokada`, `f-droid`, `kavita`, `audiobookshelf`, `tandoor`, `grocy`,
// `linkding`, `uptime kuma`. None of Golem, the ROCm HIP runtime's trace, ReactOS, KOReader,
// Mealie, MeshCentral, MuseScore or Shotcut is in any table (`main_thread` matches other products'
// thread columns; `[Info   ]` and `[Warning] <` other products' padded levels; `crash.log` other
// products' files; `SYSTEM STARTUP` and `APP SETTINGS` other products' words; `INFO     20` Python
// loggers with a comma in the time). Left out as measured already: every product of the second
// list that matched an earlier table's family (Sia's siad, Folding@home, Ray, Horovod, the FlexNet
// lmgrd log, RustDesk, Haiku's and SerenityOS's logs, Fuchsia's ffx log among them). Left out as
// not confirmed by any search: Mixxx's mixxx.log file (only its console lines were found), KiCad's
// trace log, archinstall's install.log lines. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). yapapi's stamp carries its offset (+0100, so 07:41:16.004Z for 08:41:16.004).
// KOReader's month-first date with a two-digit year, Mealie's ISO stamp, MuseScore's ISO stamp and
// MeshCentral's `11/29/2026, 7:41:16 AM` have no zone and are taken as UTC. ROCm's `2291835107 us`
// is a monotonic counter in microseconds, no time: those records have none; ReactOS's debug lines
// and Shotcut's lines carry no time at all. Levels only where the line marks one: yapapi's level
// word before the logger, ROCm's digit between colons (1 error, 2 warning, 3 info, 4 debug),
// ReactOS's `err:` after the location (its DPRINT1 lines carry none), KOReader's padded level word,
// Mealie's padded levelname, MuseScore's level column and Shotcut's bracketed level (`Warning` is
// Warn); MeshCentral's error log marks none (its `ERROR:` is the message's own word). The host:
// none of these families has a host field; Golem's provider names, the daemon's 127.0.0.1, a
// client's address in an access line and the GPU's pid and tid are no hosts. A record that spans
// lines is one entry: Mealie's settings dump (a JSON block under one stamp) and each MeshCentral
// block (its header, a blank line, the error and the Node stack under it, a blank line).
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d8a4da7 before any rule for it: level 87.5 %, time 100.0 %, host 100.0 %, records 87.5 %.
// That is the macro figure (micro: level 87.8 %, time 100.0 %, host 100.0 %, records 92.7 %), in a
// worktree at d8a4da7 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are the ROCm HIP trace's level digit between colons (`:3:`),
// which trawl does not read, and MeshCentral's error blocks, whose message and stack under the
// dashed header's blank line trawl does not keep with the header.

var fresh516Cases = []worldCase{
	{
		name:   "golem-yapapi-requestor-log",
		source: "Golem Network's yapapi requestor log (Python logging, `[yyyy-MM-ddTHH:mm:ss.fff±hhmm LEVEL logger] msg`, loggers yapapi.summary, yapapi.engine, ya_market.rest, ya_payment.rest): golemfactory/yapapi issue #1051 and golemfactory/yagna issue #1899 (pasted logs); the WARNING and ERROR words from memory (Python's level names)",
		why:    "an ISO time with a glued ±hhmm offset inside a bracket, the level word after it and the logger name before the closing bracket; provider names and the daemon's 127.0.0.1 are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.004Z", Info, "", "[2026-11-29T08:41:16.004+0100 INFO yapapi.summary] Agreement confirmed by provider 'tidewater-7.h'"),
			we("2026-11-29T07:41:16.172Z", Debug, "", "[2026-11-29T08:41:16.172+0100 DEBUG yapapi.summary] [Job 3] Worker started for provider 'tidewater-7.h'"),
			we("2026-11-29T07:41:16.706Z", Debug, "", "[2026-11-29T08:41:16.706+0100 DEBUG ya_payment.rest] request: {'method': 'GET', 'url': 'http://127.0.0.1:7465/payment-api/v1/debitNoteEvents?afterTimestamp=2026-11-29T07%3A41%3A05.118000%2B00%3A00', 'timeout': 300}"),
			we("2026-11-29T07:41:19.440Z", Warn, "", "[2026-11-29T08:41:19.440+0100 WARNING yapapi.engine] Failed to create activity for agreement 5e1f0c7a92d4b3e8: timed out, retrying"),
			we("2026-11-29T07:41:31.872Z", Error, "", "[2026-11-29T08:41:31.872+0100 ERROR yapapi.engine] Task computation failed on provider 'quayside.h': exit code 137"),
		},
	},
	{
		name:   "rocm-hip-amd-log-level-trace",
		source: "the ROCm HIP runtime (clr/rocclr) with AMD_LOG_LEVEL set, on a GPU compute node (`:level:file.cpp <pad>:line: <µs> us: [pid:N tid:0x…] msg`, level 1 error, 2 warning, 3 info, 4 debug; the counter from a monotonic clock): ROCm/clr issue #126, triton-lang/triton issue #4445, iree-org/iree issue #20766, the level list in ROCm/hip PR #3515",
		why:    "a level digit between colons before a file name, a line number and a microsecond counter that is no time (so no record has one); the pid and tid are no host",
		gap:    "the level digit between colons that opens the line (`:3:` info, `:4:` debug, `:1:` error) is not read: every record comes out with no level",
		entries: []worldEntry{
			we("", Info, "", ":3:rocdevice.cpp            :468 : 2291835107 us: [pid:51877 tid:0x7f3c2e1b9740] Initializing HSA stack."),
			we("", Info, "", ":3:rocdevice.cpp            :554 : 2291850233 us: [pid:51877 tid:0x7f3c2e1b9740] Enumerated GPU agents = 4"),
			we("", Debug, "", ":4:rocdevice.cpp            :2210: 2291902455 us: [pid:51877 tid:0x7f3c2e1b9740] Allocate hsa device memory 0x7f2a91200000, size 0x4000000"),
			we("", Info, "", ":3:hip_memory.cpp           :601 : 2291902718 us: [pid:51877 tid:0x7f3c2e1b9740] hipMalloc: Returned hipSuccess : 0x7f2a91200000: duration: 312 us"),
			we("", Error, "", ":1:hip_code_object.cpp      :624 : 2291954120 us: [pid:51877 tid:0x7f3c2e1b9740] Cannot find CO in the bundle for ISA: amdgcn-amd-amdhsa--gfx942:sramecc+:xnack-"),
		},
	},
	{
		name:   "reactos-kernel-debug-log",
		source: "ReactOS's kernel debug output on COM1 or in debug.log (DPRINT1 `(path/file.c:line) msg`; the ERR macro's `(path:line) err: msg`): reactos/reactos PRs #6012 and #4892 (pasted lines); PR #8699's time prefix was closed, not merged, so the lines carry no time",
		why:    "a parenthesised source path and line before the message and no time at all; `err:` after the location is the level; the DPRINT1 lines mark none",
		entries: []worldEntry{
			we("", Unknown, "", "(ntoskrnl/kd64/kdinit.c:95) ReactOS 0.4.16-x86-dev (Build 20261128-7c1e2a9) (Commit 7c1e2a9d44f0b3e8a61c52d9e0f7a3b4c5d6e7f8)"),
			we("", Unknown, "", "(ntoskrnl/kd64/kdinit.c:96) 2 System Processors [4095 MB Memory]"),
			we("", Unknown, "", "(ntoskrnl/ke/i386/cpu.c:446) Supported CPU features: KF_RDTSC KF_CR4 KF_CMOV KF_GLOBAL_PAGE KF_MTRR KF_CMPXCHG8B KF_MMX KF_FXSR KF_XMMI KF_XMMI64"),
			we("", Error, "", "(boot/freeldr/freeldr/ntldr/winldr.c:525) err: PeLdrLoadImage('kdserial.dll') failed"),
			we("", Unknown, "", "(ntoskrnl/io/iomgr/driver.c:1351) '\\Driver\\usbehci' initialization failed, status (0xc0000001)"),
		},
	},
	{
		name:   "koreader-crash-log",
		source: "KOReader's crash.log on Kobo, Kindle and PocketBook readers (logger.lua: `MM/dd/yy-HH:mm:ss LEVEL msg`, the device's local time): koreader/koreader issues #13580 and #8228; the padding of INFO and WARN to five from memory",
		why:    "a month-first date with a two-digit year glued to the time by a dash; the level word after it; an epoch in an input event's message is no time of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "11/29/26-07:41:16 INFO  Launching KOReader v2026.11 on a Kobo Libra Colour"),
			we("2026-11-29T07:41:17Z", Debug, "", "11/29/26-07:41:17 DEBUG input event => type: 1 (EV_KEY), code: 116 (KEY_POWER), value: 1, time: 1795938077.218339"),
			we("2026-11-29T07:41:18Z", Info, "", "11/29/26-07:41:18 INFO  FM loaded plugin statistics at plugins/statistics.koplugin"),
			we("2026-11-29T07:41:20Z", Warn, "", "11/29/26-07:41:20 WARN  cannot register font </mnt/onboard/fonts/Literata-Italic.ttf>"),
			we("2026-11-29T07:41:25Z", Error, "", "11/29/26-07:41:25 ERROR Opening /mnt/onboard/Books/low-tide.epub failed: document has no pages"),
		},
	},
	{
		name:   "mealie-server-log-settings-dump",
		source: "Mealie 2.x's server log in `docker logs` (`%(levelname)-8s %(asctime)s - %(message)s`, the time ISO with no zone; `------APP SETTINGS------` then the settings as an indented JSON block under one stamp): mealie-recipes/mealie issues #4841 and #3180, alexbelgium/hassio-addons issue #1700; the WARNING and ERROR padding from memory (Python's `-8s`)",
		why:    "a level name padded to eight before a zone-less ISO time and a dash; a JSON block whose lines have no stamp belongs to the record above it; a client's address in a request line is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "INFO     2026-11-29T07:41:16 - Started server process [7]"),
			we("2026-11-29T07:41:16Z", Info, "", "INFO     2026-11-29T07:41:16 - start: database initialization"),
			we("2026-11-29T07:41:17Z", Info, "", "INFO     2026-11-29T07:41:17 - ------APP SETTINGS------"),
			we("2026-11-29T07:41:17Z", Info, "",
				"INFO     2026-11-29T07:41:17 - {",
				`    "PRODUCTION": true,`,
				`    "BASE_URL": "https://recipes.harbourside.example",`,
				`    "DB_ENGINE": "postgres",`,
				`    "TOKEN_TIME": 48`,
				"}"),
			we("2026-11-29T07:41:44Z", Warn, "", "WARNING  2026-11-29T07:41:44 - OIDC: could not load the provider's configuration, retrying in 30 seconds"),
			we("2026-11-29T07:42:03Z", Error, "", "ERROR    2026-11-29T07:42:03 - Recipe scrape failed for https://stews.example.net/harbour-stew: 403 Client Error: Forbidden"),
		},
	},
	{
		name:   "meshcentral-mesherrors-blocks",
		source: "MeshCentral's meshcentral-data/mesherrors.txt (each error a block: `-------- M/d/yyyy, h:mm:ss AM ---- version --------`, a blank line, the message or the Node exception with its stack, a blank line): Ylianst/MeshCentral issues #3879 (a pasted file), #1587 and #660",
		why:    "a month-first date and a 12-hour time with AM inside a dashed header, no zone; the block under it (blank lines, a stack, an error object) is one record; `ERROR:` is the message's word, no level; 127.0.0.1 is no host",
		gap:    "the block under the dashed header is not kept with it: after the blank line a one-line message or an `Error:` with its stack starts records of its own, and an exception's record ends before `Emitted 'error' event on …` and the error object under it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"-------- 11/29/2026, 7:41:16 AM ---- 1.1.46 --------",
				"",
				"ERROR: MeshCentral HTTPS server port 443 is not available.",
				""),
			we("2026-11-29T07:43:02Z", Unknown, "",
				"-------- 11/29/2026, 7:43:02 AM ---- 1.1.46 --------",
				"",
				"node:events:497",
				"      throw er; // Unhandled 'error' event",
				"      ^",
				"",
				"Error: EACCES: permission denied, watch",
				"    at FSWatcher._handle.onchange (node:internal/fs/watchers:207:21)",
				"Emitted 'error' event on FSWatcher instance at:",
				"    at FSWatcher._handle.onchange (node:internal/fs/watchers:213:12) {",
				"  errno: -13,",
				"  syscall: 'watch',",
				"  code: 'EACCES',",
				"  filename: null",
				"}",
				""),
			we("2026-11-29T11:58:40Z", Unknown, "",
				"-------- 11/29/2026, 11:58:40 AM ---- 1.1.46 --------",
				"",
				"Error: connect ECONNREFUSED 127.0.0.1:27017",
				"    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)",
				""),
		},
	},
	{
		name:   "musescore4-log-pipe-columns",
		source: "MuseScore Studio 4's log file (MuseScore4/logs/MuseScore_yyMMdd_HHmmss.log: `yyyy-MM-ddTHH:mm:ss.zzz | LEVEL | thread | Class::method | msg`, the level padded to five, the thread `main_thread` or a number): musescore/MuseScore issues #11237, #28596, #33744 and #30921",
		why:    "a zone-less ISO time with milliseconds, then pipe-separated columns: the padded level, a thread name or a long thread number (no host, no time), the function",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.104Z", Info, "", "2026-11-29T07:41:16.104 | INFO  | main_thread     | GlobalModule::onPreInit | log path: /home/ines/.local/share/MuseScore/MuseScore4/logs/MuseScore_261129_074116.log"),
			we("2026-11-29T07:41:16.104Z", Info, "", "2026-11-29T07:41:16.104 | INFO  | main_thread     | GlobalModule::onPreInit | === Started MuseScore Studio 4.6.3, build: 261024113 ==="),
			we("2026-11-29T07:41:16.139Z", Error, "", `2026-11-29T07:41:16.139 | ERROR | main_thread     | LanguagesService::setCurrentLanguage | Error loading translator "/opt/mscore/share/mscore4portable-4.6//locale/qt_de_DE.qm" `),
			we("2026-11-29T07:41:16.151Z", Warn, "", "2026-11-29T07:41:16.151 | WARN  | main_thread     | IpcSocket::connect | failed connect to server"),
			we("2026-11-29T07:41:16.152Z", Info, "", `2026-11-29T07:41:16.152 | INFO  | 140211873097408 | IpcServer::listen | id: "3b9e0c4d5a6f47e1b2c3d4e5f6a7b8c9" `),
			we("2026-11-29T07:41:22.587Z", Debug, "", `2026-11-29T07:41:22.587 | DEBUG | main_thread     | NotationProject::load | try load: "/home/ines/Scores/low-tide.mscz"`),
		},
	},
	{
		name:   "shotcut-log-bracketed-level",
		source: "Shotcut's log (shotcut-log.txt in its app data folder, the same lines on the console: `[Level  ] <Class::method> msg`, the level padded to seven in brackets, MLT's own lines under `<MLT>`; no time): mltframework/shotcut issues #1407, #856 and #1180 (pasted logs)",
		why:    "a bracketed level padded with blanks before a `<Class::method>` tag and no time at all; `Warning` is Warn; MLT's `[consumer 0x…]` is no host",
		entries: []worldEntry{
			we("", Info, "", "[Info   ] <Application::Application> Starting Shotcut version 25.10.31 "),
			we("", Info, "", "[Info   ] <Application::Application> number of logical cores = 16 "),
			we("", Debug, "", `[Debug  ] <ShotcutSettings::log> language "de_DE" `),
			we("", Debug, "", "[Debug  ] <MainWindow::MainWindow> begin "),
			we("", Warn, "", "[Warning] <MLT> [consumer 0x5581c2a3e9f0] The DeckLink drivers not installed."),
			we("", Info, "", `[Info   ] <MainWindow::open> "/home/ines/Videos/harbour-day.mlt" `),
		},
	},
}

func TestFresh516Formats(t *testing.T) { assertTable(t, fresh516Cases) }
func TestFresh516Score(t *testing.T) {
	checkScore(t, "fresh516 formats", fresh516Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 87.4})
}
