package parse

import "testing"

// The four-hundred-and-ninety-third fresh table: levels as programs spell and place them, a fourth
// further pass, in product shapes no earlier table holds: a level in its own bracket after a pid:tid
// bracket, NOTE and DEBUG1/DEBUG2 for levels, a severity letter at the end of a message id, one
// letter glued to a subsystem with a slash, four-letter priorities (ALRT, DBUG), a level word padded
// to a column before a subsystem, a level word with a blank before its colon, and a lower-case word
// padded inside its brackets. Each family is one product's documented or observed output: FreeRDP's
// WLog console (`[07:41:16:204] [pid:tid] [WARN][com.freerdp.…] - [function]: msg`); Input Leap's
// server log (`[ISO] NOTE: …`, `DEBUG1:`, `DEBUG2:`, `FATAL:`); SDL Hercules' hardcopy log with
// LOGOPT TIMESTAMP (`HH:MM:SS HHCnnnnnI`, W, E, S); X-Plane 12's Log.txt (`0:42:18.569 E/SCN:`, the
// time since start, a build header, plugins' raw lines); FlightGear's fgfs.log (`    0.30 [ALRT]:
// terrasync`, seconds since start, a value continued on tab-indented lines); DCS World's dcs.log
// (`INFO    DCS (Main):`, `WARNING EDCORE (Main):`, between `=== Log opened UTC …` and `=== Log
// closed.`); Cataclysm: Dark Days Ahead's debug.log (`HH:mm:ss.SSS WARNING : msg`, an ERROR with a
// backtrace under it); SuperTuxKart's stdout.log (`[warn   ]`, `[verbose  ]`, no time).
//
// Every candidate was grepped for in every parse/*_test.go, case-insensitively, by product and by a
// fragment of its line first (`freerdp`, `com.freerdp`, `WLog`, `WLOG_`, `[WARN][com.`,
// `[ERROR][com.`, `synergy`, `barrier`, `input-leap`, `input leap`, `inputleap`, `deskflow`,
// `NOTE: `, `NOTE: client`, `DEBUG1:`, `DEBUG2:`, `] INFO: `, `hercules`, `HHC`, `HHC0`, `HHC01`,
// `HHC01413I`, `LOGOPT`, `-SDL-`, `x-plane`, `xplane`, `x plane`, `Log.txt`, `Laminar`, `I/SYS`,
// `I/SCN`, `E/SCN`, `W/ATC`, `/ATC`, `MACIBM`, `flightgear`, `fgfs`, `terrasync`, `[ALRT]`,
// `[DBUG]`, `[INFO]:general`, `]:general`, `dcs.log`, `EDCORE`, `ERROR_ONCE`, `Eagle Dynamics`,
// `Log opened UTC`, `=== Log`, `(Main):`, `cataclysm`, `Starting log.`, `debug_write_backtrace`,
// `supertuxkart`, `stk-code`, `[FileManager]`, `[info   ]`, `[warn   ]`, `[verbose`; and, dropped
// as already measured or kept for later, `bigip`, `big-ip`, `tmm[`, `01260013`, `mikrotik`,
// `routeros`, `system,error`, `aruba`, `<NOTI>`, `<ERRS>`, `authmgr`, `comware`, `h3c`, `/5/SHELL`,
// `%%01`, `huawei`, `brocade`, `FID 128`, `[SEC-`, `exos`, `<Warn:`, `extremexos`, `ceph`, `osd.`,
// `samba`, `log.smbd`, `smbd/server.c`, `gpfs`, `mmfs`, `[I] Command`, `db2diag`, `LEVEL: Warning`,
// `AMQERR`, `AMQ9`, `websphere mq`, `Reporter::`, `reporter.log`, `zeek`, `prosody`, `c2s`,
// `cardano`, `ChainDB`, `hyperledger`, `UTC 0001`, `lsf`, `sbatchd`, `setupapi`, `!!!  `, `dvi:`,
// `veeam`, `<01> Info`, `ontap`, `netapp`, `wafl.`, `kannel`, `bacula`, `JobId`, `i2pd`, `monero`,
// `net.p2p`, `octez`, `substrate`, `polkadot`, `crystal`, `error(gpa)`, `ERROR:flutter`, `flutter`,
// `Gtk-WARNING`, `[pulseaudio]`, `pipewire`, `openocd`, `Info : `, `avrdude`, `virNet`, `libvirt`,
// `bochs`, `errpt`, `traffic server`, `trafficserver`, `diags.log`, `spamd`, `krb5kdc`, `](info)`,
// `- ERR -`, `389-ds`, `sssd`, `(0x0400)`, `privoxy`, `tinyproxy`, `stunnel`, `LOG5[`, `gpsd`,
// `<info>  [`, `cups`, `openedge`, `progress`, `iris`, `cconsole`, `tuxedo`, `LIBTUX`, `ULOG`,
// `####<`, `goldengate`, `OGG-`, `CAUAJM`, `autosys`, `dsmerror`, `ANS1`, `ANR0`, `netbackup`,
// `bpbkar`, `yate`, `open5gs`, `srsran`, `srslte`, `osmocom`, `LTND`, `lightningd`, `UNUSUAL`,
// `electrum`, `syncthing`, `gitea`, `gogs`, `jicofo`, `factorio`, `arma`, `Warning Message:`,
// `godot`, `px4`, `zephyr`, `<inf>`, `esp-idf`, `contiki`, `esphome`, `][W][`, `z2m`, `gromacs`,
// `lammps`, `w: file`, `cfengine`, `cf-agent`, `vagrant`, `ServerApp]`, `raylet`, `NCCL`,
// `folding`, `FS00`, `dxvk`, `vkd3d`, `gamescope`, `mangohud`, `ryujinx`, `|W|`, `citra`,
// `<Warning> core`, `ppsspp`, `vita3k`, `bird`, `<WARN> `, `ovs-vswitchd`, `|bridge|`,
// `openvswitch`, `unbound`, `knot`, `nsd[`, `pihole`, `pi-hole`, `FTL`, `ws_common`, `http_plugin`,
// `datapower`, `hana`, `Basis  `, `vertica`, `monetdb`, `merovingian`, `orientdb`, `WARNI`,
// `arangod`, `{general}`, `rethinkdb`, `couchdb`, `aerospike`, `couchbase`, `ns_server:`, `scylla`,
// `tidb`, `clickhouse`, `trino`, `searchd`, `manticore`, `vespa`, `vespa-logfmt`, `BIP2`, `xrdp`,
// `guacd`, `nomachine`, `nxserver`, `teamviewer`, `anydesk`, `parsec`, `moonlight`, `sunshine`,
// `nextcloud.sync`, `[ info `, `rclone`, `urbackup`, `duplicati`, `plex`, `jellyfin`, `[WRN] [`,
// `emby`, `sonarr`, `|Warn|`, `radarr`, `sabnzbd`, `::WARNING::`, `nzbget`, `qbittorrent`,
// `(W) 2026`, `transmission`, `deluge`, `aria2`, `yt-dlp`, `youtube-dl`, `mopidy`, `snapcast`,
// `snapserver`, `squeezebox`, `Slim::`, `roon`, `owntone`, `forked-daapd`, `liquidsoap`, `openhab`,
// `fhem`, `iobroker`, `domoticz`, `node-red`, `tvheadend`, `mythtv`, `CoreContext`, `DDEBUG`,
// `dnf.log`, `zypper`, `zypp`, `anaconda`, `calamares`, `sddm`, `lightdm`, `sway`, `wlr]`,
// `hyprland`, `picom`, `polybar`, `fcitx`, `JS ERROR`, `warzone`, `openmw`, `minetest`, `luanti`,
// `ACTION[`, `ddnet`, `teeworlds`, `mindustry`, `starbound`, `smapi`, `stardew`, `vintage`,
// `[Notification]`, `zomboid`, `beamng`, `|I|`, `star citizen`, `<Join PU>`, `Notice] <`). None of
// FreeRDP, Input Leap (or Synergy or Barrier), Hercules, X-Plane, FlightGear, DCS World, Cataclysm
// or SuperTuxKart is in any table (`cataclysm` and `supertuxkart` appear only in fresh345's list of
// grepped words, `[info   ]` only for other products, `DEBUG1:` for firewalld and others, `NOTE: `,
// `(Main):` and `=== Log` in other shapes, `barrier` only as a word of other lines). Left out as
// measured already: the network appliances (F5, MikroTik, Aruba, Comware, Huawei, Brocade, EXOS),
// Ceph, Samba, GPFS, Db2, MQ, Zeek, Prosody, Cardano, Fabric, LSF, setupapi, Veeam, ONTAP, Kannel,
// Bacula, DXVK, gamescope, Ryujinx, Citra, PPSSPP, BIRD, Open vSwitch, Unbound, Knot, Pi-hole, the
// HANA, MonetDB, Vespa and OrientDB logs, NetBackup, Tuxedo, GoldenGate, the media servers, the
// download clients, the home-automation hubs, the installers and the desktop shells grepped above,
// and the games already in tables (Factorio, DDNet, Mindustry, Starbound, SMAPI, Luanti, Zomboid,
// BeamNG). Left out as not confirmed by any search: OpenMW's, Warzone 2100's, Vita3K's and picom's
// logs and Star Citizen's Game.log; vkd3d-proton's log was kept back as too close to Wine's
// `tid:class:` lines, which tables hold. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). FreeRDP's `[07:41:16:204]`, Hercules' `07:41:16` and Cataclysm's
// `07:41:16.102` are times of day with no date: they are on the clock's day. Input Leap's ISO stamp
// has no zone and is taken as UTC; DCS's stamps are UTC, as its `=== Log opened UTC` header says.
// X-Plane's `0:42:18.569` and FlightGear's `    0.30` are times since the program started, and
// SuperTuxKart writes no time at all: those records have none. Levels only where the line marks
// one: FreeRDP's bracketed TRACE DEBUG INFO WARN ERROR FATAL; Input Leap's NOTE (Notice), DEBUG1 and
// DEBUG2 (Debug), FATAL (Critical); the last letter of an HHC message id (I Info, W Warn, E Error, S
// severe: Critical), as earlier tables read IBM ids; X-Plane's letter before the slash (I, W, E, D);
// FlightGear's DBUG INFO WARN ALRT (Alert); DCS's padded INFO DEBUG WARNING ERROR; Cataclysm's INFO
// WARNING ERROR before ` : `, and none on its `Starting log.` line; SuperTuxKart's lower-case words,
// `verbose` (between debug and info) as Debug. None of these products writes a host: a gateway, a
// client's screen name, a multiplayer server, a METAR station or the STK addons server named in a
// message is no host. A record that spans lines is one entry: FlightGear's search paths on
// tab-indented lines, Cataclysm's ERROR with its backtrace. X-Plane's build header, DCS's `=== Log
// opened` and `=== Log closed.` lines and Cataclysm's dashed line are fed but not scored; each of
// them stands alone, so a record above one of them ends before it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 25b8301 before any rule for it: level 87.2 %, time 100.0 %, host 100.0 %, records 97.5 %.
// That is the macro figure (micro: level 84.8 %, time 100.0 %, host 100.0 %, records 97.8 %), in a
// worktree at 25b8301 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are X-Plane's level letter glued to a subsystem with a slash
// (`E/SCN:`), which trawl does not read; Hercules' S letter of a severe message id, which it reads
// as Error; and DCS's `=== Log closed.` footer, which it joins to the last record above it.

var fresh493Cases = []worldCase{
	{
		name:   "freerdp-wlog-console-bracket-level",
		source: "FreeRDP 2/3 clients (xfreerdp, sdl-freerdp, wfreerdp) on a terminal: WLog's default console layout `[HH:mm:ss:SSS] [pid:tid] [LEVEL][tag] - [function]: msg` (FreeRDP 2 without the function bracket), levels TRACE DEBUG INFO WARN ERROR FATAL: FreeRDP/FreeRDP issues #11883, #11218, #10878 and #5758, PR #10796",
		why:    "a time of day whose milliseconds follow a third colon (the clock's day); a pid:tid bracket; the level in its own bracket glued to the logger tag; the gateway named in a message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[07:41:16:204] [48211:0000bc53] [INFO][com.freerdp.client.x11] - [xf_pre_connect]: Loading keyboard layout 0x00000809 (en-GB)"),
			we("2026-11-29T07:41:16.219Z", Warn, "", "[07:41:16:219] [48211:0000bc53] [WARN][com.freerdp.client.common.cmdline] - [warn_credential_args]: A password given with /p can be read from the process list"),
			we("2026-11-29T07:41:16.587Z", Debug, "", "[07:41:16:587] [48211:0000bc55] [DEBUG][com.freerdp.core.nego] - [nego_connect]: Negotiated security protocol: NLA"),
			we("2026-11-29T07:41:17.032Z", Error, "", "[07:41:17:032] [48211:0000bc55] [ERROR][com.freerdp.core.transport] - [transport_connect_tls]: TLS handshake with rdgw.corp.example.net:443 failed"),
			we("2026-11-29T07:41:17.033Z", Error, "", "[07:41:17:033] [48211:0000bc55] [ERROR][com.freerdp.core] - [freerdp_post_connect]: ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]"),
		},
	},
	{
		name:   "input-leap-log-note-debug-digits",
		source: "Input Leap 3 (the Barrier fork of Synergy 1) server log, as its GUI's log pane and `--log` file write it: `[yyyy-MM-ddTHH:mm:ss] LEVEL: msg`, levels FATAL ERROR WARNING NOTE INFO DEBUG DEBUG1 DEBUG2: input-leap/input-leap issues #2238, #2096 and #2025",
		why:    "a zone-less ISO time in brackets (UTC by the rules); NOTE is the notice level, DEBUG1 and DEBUG2 deeper debug levels (Debug), FATAL critical; a client's screen name or the server's address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29T07:41:16] INFO: drag and drop enabled"),
			we("2026-11-29T07:41:16Z", Notice, "", "[2026-11-29T07:41:16] NOTE: started server (IPv4/IPv6), waiting for clients on port 24800"),
			we("2026-11-29T07:41:23Z", Debug, "", `[2026-11-29T07:41:23] DEBUG1: send info ack to "kitchen-nuc"`),
			we("2026-11-29T07:41:23Z", Notice, "", `[2026-11-29T07:41:23] NOTE: client "kitchen-nuc" has connected`),
			we("2026-11-29T07:41:24Z", Debug, "", "[2026-11-29T07:41:24] DEBUG2: writing secure socket:0x55d3a8e1c4f0"),
			we("2026-11-29T07:43:02Z", Warn, "", `[2026-11-29T07:43:02] WARNING: client "kitchen-nuc" has not responded to heartbeat`),
			we("2026-11-29T07:43:05Z", Critical, "", "[2026-11-29T07:43:05] FATAL: An error occurred: cannot listen for clients: cannot bind address: Address already in use"),
		},
	},
	{
		name:   "hercules-hyperion-logfile-hhc-letter",
		source: "SDL Hercules 4 (Hyperion) hardcopy log with `LOGOPT TIMESTAMP` (`HH:MM:SS HHCnnnnnS text`, the id's last letter the severity WRMSG writes: I, W, E, S): SDL-Hercules-390/hyperion issues #259 and #695, wrljet/hercules-helper issue #55, hyperion's `WRMSG(HHC00102, \"E\", …)` calls and a test script quoting `HHC01430S` (found with find_string)",
		why:    "a time of day with no date (the clock's day); the level is the last letter of the HHC message id (I Info, W Warn, E Error, S severe: Critical), the rule earlier tables use for IBM ids; a device number or a thread id is neither level nor host",
		gap:    "the S (severe) letter at the end of an HHC message id is read as Error, not Critical",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 HHC01413I Hercules version 4.8.0.11412-SDL-g51c2e7d0"),
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 HHC17003I MAIN     storage is 8G (mainsize); storage is not locked"),
			we("2026-11-29T07:41:17Z", Info, "", "07:41:17 HHC00100I Thread id 00007f51c3ffe6c0, prio 2, name 'Processor CP00' started"),
			we("2026-11-29T07:41:17Z", Warn, "", "07:41:17 HHC00423W 0:0A82 file cckd/zres2.cckd: shadow file not found, continuing without it"),
			we("2026-11-29T07:41:17Z", Error, "", "07:41:17 HHC01462E 0:0A90 devtype 3391 not recognized"),
			we("2026-11-29T07:41:18Z", Critical, "", "07:41:18 HHC01430S Error in function configure_storage( 16G ): Cannot allocate memory"),
		},
	},
	{
		name:   "xplane12-log-txt-letter-subsystem",
		source: "X-Plane 12's Log.txt (a header with the build and `X-Plane Started on …`, then `H:MM:SS.mmm L/SUB: msg`, the time since start, one letter I W E D glued to a subsystem such as SYS SCN ATC; plugins' own lines written raw): kubilus1/autoortho issue #565, vranki/ExtPlane issue #49, hotbso/xa-snow issue #13, rswilem/winctrl-xplane-plugin issue #46",
		why:    "`0:42:18.569` is the time since start, no time of day (ExtPlane's log shows `28:21:37.030`); the letter before the slash is the level; a plugin's raw line is a record with neither",
		entries: []worldEntry{
			wskip("Log.txt for X-Plane 12.2.1-r1-5f0c3a9e (build 122107 Intel 64-bit, Vulkan 7c1e0b2d94a3f6e8)",
				"Compiled on Oct  6 2026 10:12:40",
				"X-Plane Started on Sun Nov 29 07:40:12 2026",
				""),
			we("", Info, "", "0:00:00.000 I/SYS: Physical memory (total for computer): 34359738368"),
			we("", Info, "", "0:00:41.812 I/SCN: DSF load time: 1204712 for file Global Scenery/X-Plane 12 Global Scenery/Earth nav data/+40+000/+47+008.dsf (212884 tris, 1 skipped for -14.2 m^2)"),
			we("", Unknown, "", "[RemoteFMC] listening for tablet connections on 0.0.0.0:49100"),
			we("", Warn, "", "0:31:07.455 W/ATC: Altitude Alert: p=1 (D-EKLM), Needs to CLIMB to 6000.000000, Cur_Indi: 5412.113281, Cur_Pres: 5410.902344, Last: 5398.771484"),
			we("", Debug, "", "0:31:07.455 D/ATC: p=1 (D-EKLM): Maintain 6000ft"),
			we("", Error, "", `0:42:18.569 E/SCN: ***Error with scenery file "+46+009.dsf" (io_dsf.cpp:917.)***`),
			we("", Error, "", "0:42:18.570 E/SYS: MACIBM_alert: Error loading the scenery package: Custom Scenery/zz_mesh_alps_hd/"),
		},
	},
	{
		name:   "flightgear-fgfs-log-four-letter-priority",
		source: "FlightGear 2020.x fgfs.log and console (`%8.2f [PRIO]:%-10s msg`: seconds since start right-aligned, a four-letter priority in brackets (BULK DBUG INFO WARN ALRT), the log class padded to ten; a value printed over several lines goes on with tab-indented lines): ThunderFly-aerospace/PX4-FlightGear-Bridge issues #18 and #22, legoboyvdlp/A320-family issue #177; DBUG from memory of simgear's logstream",
		why:    "seconds since start, no time; ALRT is the alert priority, DBUG debug; the search paths' tab-indented lines belong to the record above them; a METAR station is no host",
		entries: []worldEntry{
			we("", Info, "", "    0.21 [INFO]:general    FlightGear:  Version 2020.3.19"),
			we("", Warn, "", "    0.22 [WARN]:input      Failed to find bindings for joystick 'Thrustmaster T.16000M'"),
			we("", Info, "",
				"    0.24 [INFO]:general    scenery-search-paths = ",
				"\t/home/okke/.fgfs/TerraSync",
				"\t/srv/fgdata/Scenery"),
			we("", Alert, "", "    0.30 [ALRT]:terrasync  Starting automatic scenery download/synchronization to '/home/okke/.fgfs/TerraSync'."),
			we("", Debug, "", "   12.84 [DBUG]:nasal      loading module fdm_init from /srv/fgdata/Nasal/fdm_init.nas"),
			we("", Alert, "", " 1843.02 [ALRT]:nasal      Nasal runtime error: non-objects have no members"),
		},
	},
	{
		name:   "dcs-world-dcs-log-padded-level",
		source: "DCS World's Saved Games\\DCS\\Logs\\dcs.log (`=== Log opened UTC yyyy-MM-dd HH:mm:ss`, then `yyyy-MM-dd HH:mm:ss.SSS LEVEL   SUBSYSTEM (thread): msg`, the level padded to eight: INFO DEBUG WARNING ERROR; `=== Log closed.` at the end): ciribob/DCS-SimpleRadioStandalone PR #784, ValveSoftware/Proton issue #1722, dcs-liberation/dcs_liberation issue #301, dcs-bios/dcs-bios issue #109",
		why:    "the level word padded to a column between the time and the subsystem (`WARNING EDCORE` fills it); the stamps are UTC as the header says; a multiplayer server's address is no host",
		gap:    "the `=== Log closed.` footer line is joined to the last record above it instead of standing alone",
		entries: []worldEntry{
			wskip("=== Log opened UTC 2026-11-29 07:40:58"),
			we("2026-11-29T07:40:58.412Z", Info, "", `2026-11-29 07:40:58.412 INFO    DCS (Main): Command line: "D:\Games\DCS World\bin\DCS.exe" --force_enable_VR`),
			we("2026-11-29T07:41:02.907Z", Debug, "", "2026-11-29 07:41:02.907 DEBUG   Scripting (Main): Loading ./MissionEditor/modules/me_mission.lua"),
			we("2026-11-29T07:41:05.118Z", Warn, "", "2026-11-29 07:41:05.118 WARNING EDCORE (Main): Can't open file 'bazar/effects/particlesystem2/heatblur_v2.lua' from fs"),
			we("2026-11-29T07:41:16.640Z", Info, "", "2026-11-29 07:41:16.640 INFO    NET (Main): Connecting to server 203.0.113.40:10308"),
			we("2026-11-29T07:41:31.002Z", Error, "", `2026-11-29 07:41:31.002 ERROR   Lua::Config (Main): Call error onSimulationStart:[string "C:\Users\pilot\Saved Games\DCS\Scripts\Hooks\statshook.lua"]:41: attempt to index a nil value`),
			wskip("=== Log closed."),
		},
	},
	{
		name:   "cataclysm-dda-debug-log-space-colon",
		source: "Cataclysm: Dark Days Ahead's config/debug.log (a dashed line, `HH:mm:ss.SSS : Starting log.`, then `HH:mm:ss.SSS LEVEL : msg` with INFO WARNING ERROR; a debugmsg writes `ERROR : (error message will follow backtrace)` with the indented backtrace under it, then the message): CleverRaven/Cataclysm-DDA PRs #26690 and #44498, issues #51627 and #22371; the message line after the backtrace from memory",
		why:    "a time of day only (the clock's day); the level word then a blank before the colon; the start line has a time and no level; the backtrace belongs to the ERROR above it",
		entries: []worldEntry{
			wskip("-----------------------------------------"),
			we("2026-11-29T07:41:16.102Z", Unknown, "", "07:41:16.102 : Starting log."),
			we("2026-11-29T07:41:16.103Z", Info, "", "07:41:16.103 INFO : Cataclysm DDA version 0.H-4512-gb7e10c3f2a"),
			we("2026-11-29T07:41:16.870Z", Warn, "", `07:41:16.870 WARNING : opendir [./user_mods/] failed with "No such file or directory".`),
			we("2026-11-29T07:41:22.415Z", Error, "",
				"07:41:22.415 ERROR : (error message will follow backtrace)",
				"    0   cataclysm-tiles                     0x000055d1c2a4b7f6 _Z21debug_write_backtraceRSo + 54",
				"    1   cataclysm-tiles                     0x000055d1c2a49e1e _Z8DebugLog10DebugLevel10DebugClass + 462",
				"    2   cataclysm-tiles                     0x000055d1c2a48523 _Z12realDebugmsgPKcS0_S0_RKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE + 131"),
			we("2026-11-29T07:41:22.416Z", Error, "", `07:41:22.416 ERROR : src/item_factory.cpp:3012 [void Item_factory::check_definitions() const] item "hazmat_suit_mk2" has unknown material "rubber_lined"`),
		},
	},
	{
		name:   "supertuxkart-stdout-log-padded-brackets",
		source: "SuperTuxKart's stdout.log in its config directory (and the terminal): `[level  ] Component: msg`, the level lower-case and padded inside its brackets (verbose, debug, info, warn, error, fatal), no time: supertuxkart/stk-code issues #2386, #1961, #4768 and #4044",
		why:    "no time at all; the level is a padded lower-case word in brackets, `[verbose  ]` one wider than the rest (verbose sits between debug and info: Debug); the addons server in a URL is no host",
		entries: []worldEntry{
			we("", Error, "", "[error  ] UserConfig: Could not read user config file '/home/ilse/.config/supertuxkart/config-1.4/config.xml'."),
			we("", Info, "", "[info   ] [FileManager]: User directory is '/home/ilse/.config/supertuxkart/config-1.4/'."),
			we("", Warn, "", "[warn   ] track: Music information for track 'Volcano Fortress' replaced by default music."),
			we("", Info, "", "[info   ] HTTPRequest: Sending userid=204117&token=************************ to https://online.supertuxkart.net/api/v2/user/poll/"),
			we("", Debug, "", "[verbose  ] RaceManager: Nothing to unlock after race 3 of the grand prix."),
		},
	},
}

func TestFresh493Formats(t *testing.T) { assertTable(t, fresh493Cases) }

func TestFresh493Score(t *testing.T) {
	checkScore(t, "fresh493 formats", fresh493Cases, [worldNumFields]float64{97.8, 99.9, 99.9, 97.4})
}
