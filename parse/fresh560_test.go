package parse

import "testing"

// The five-hundred-and-sixtieth fresh table: the labelled datasets' domains, a thirty-third pass (the
// kinds of systems public labelled log datasets such as Loghub's draw from: distributed systems,
// supercomputers, operating systems, mobile systems, server applications and standalone software),
// with products of those domains in shapes those datasets do not hold. Each family is one product's
// documented or observed output: COLMAP's glog lines with glog 0.7's four-digit year glued to the
// level letter (`I20261129 07:41:16.502311 tid file:line] msg`), once as feature extraction's
// per-image lines and once as the mapper's headings (one record whose rules and title span four
// lines); Thonny's backend.log in two generations (a time of day, `[MainThread]`, the level padded to
// eight, a Python traceback under an ERROR; and the 4.0 line without the thread); Delta Chat
// Desktop's tab-separated log.tsv (the mobile and desktop messenger) in two generations (with the
// quoted stack column and the account id, and the 2020 layout with an empty stack column); JS8Call's
// DIRECTED.TXT (UTC stamp, dial frequency, audio offset, SNR, `FROM: text`); JS8Call-improved's
// console (a two-digit-year ISO stamp in Z, then `LEVEL:`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`colmap`, `pycolmap`, `feature_extraction.cc`, `incremental_mapper`,
// `misc.cc`, `Processed file [`, `I2026`, `I2025`, `I20261129 `, `thonny`, `thonny:`,
// `[MainThread] INFO    `, `MainThread] INFO`, `bare_metal_backend`, `deltachat`, `delta chat`,
// `core/event`, `DC_EVENT_INFO`, `main/deltachat`, `log.tsv`, `js8call`, `js8`, `DIRECTED.TXT`,
// `DIRECTED`, `HEARTBEAT SNR`, `@ALLCALL`, `14.078000`, `14.078`, and the candidates dropped as
// already there or not confirmed: `boinc`, `folding`, `FahCore`, `nordugrid`, `A-REX`, `arex`,
// `dirac`, `fts3`, `gridftp`, `moab`, `oar`, `rasdaemon`, `mcelog`, `fuchsia`, `serenity`,
// `chromeos`, `zephyr`, `<inf>`, `esp-idf`, `slog2`, `qnx`, `tombstone`, `----- pid`,
// `cocoalumberjack`, `swiftybeaver`, `xcglogger`, `litespeed`, `passenger`, `haraka`, `zimbra`,
// `hmailserver`, `tinyproxy`, `privoxy`, `v2ray`, `xray`, `frp`, `pihole`, `pi-hole`, `FTL`,
// `adguard`, `389`, `sonarqube`, `odoo`, `seafile`, `node-red`, `domoticz`, `openhab`,
// `zigbee2mqtt`, `iobroker`, `fhem`, `qbittorrent`, `transmission`, `deluge`, `filezilla`, `winscp`,
// `putty`, `rclone`, `handbrake`, `plex`, `sonarr`, `radarr`, `sabnzbd`, `nzbget`, `emby`, `kerio`,
// `mdaemon`, `3proxy`, `sockd`, `dante`, `stalwart`, `maddy`, `cometbft`, `tendermint`,
// `hyperledger`, `geth`, `bitcoin`, `substrate`, `polkadot`, `solana`, `monero`, `nsqd`, `gearman`,
// `openafs`, `FileLog`, `irods`, `lager`, `opafm`, `fabricmanager`, `fabric manager`, `ufm`,
// `setupact`, `mplog`, `LOG[`, `cmtrace`, `intune`, `sccm`, `jamf`, `munki`,
// `managedsoftwareupdate`, `emerge`, `zypper`, `anaconda`, `IEF403I`, `jes2`, `opcom`, `kermit`,
// `dumpstate`, `nativescript`, `titanium`, `fastlane`, `openfire`, `tigase`, `vaultwarden`,
// `buildbot`, `twistd`, `[notice] Bootstrapped`, `softether`, `freshclam`, `clamav`, `rspamd`,
// `mailman`, `vbox`, `In(05)`, `teamviewer`, `anydesk`, `sunshine`, `rustdesk`, `nextcloud.sync`,
// `ardour`, `musescore`, `blender`, `godot`, `wireshark`, `dosbox`, `parsec`, `insync`, `backblaze`,
// `crashplan`, `guacd`, `apache james`, `karaf`, `FelixStartLevel`, `*INFO*`, `sling`, `liferay`,
// `alfresco`, `nuxeo`, `opencms`, `pentaho`, `sap hana`, `indexserver`, `dev_w0`, `netweaver`,
// `informix`, `db2diag`, `sybase`, `openedge`, `P-1234`, `cconsole`, `intersystems`, `firebird`,
// `maxdb`, `ingres`, `filemaker`, `4D `, `gt.m`, `mnesia`, `teradata`, `traffic ops`, `fineract`,
// `ofbiz`, `syncope`, `ctdb`, `ganesha`, `cobbler`, `foreman`, `maas`, `webos`, `LunaSysMgr`, `b2g`,
// `connect iq`, `pebble`, `phosh`, `modemmanager`, `ofono`, `RILJ`, `eg25`, `stellarium`, `kstars`,
// `ekos`, `indi_`, `indiserver`, `phd2`, `n.i.n.a`, `siril`, `wsjt`, `ALL.TXT`, `fldigi`, `direwolf`,
// `rtl_433`, `dump1090`, `openwebrx`, `octoprint`, `klippy`, `klipper`, `moonraker`, `prusaslicer`,
// `cura`, `factorio`, `openttd`, `ddnet`, `teeworlds`, `minetest`, `luanti`, `wesnoth`, `freeciv`,
// `mindustry`, `veloren`, `0 a.d.`, `pyrogenesis`, `xonotic`, `darkplaces`, `openra`, `kvrocks`,
// `dragonfly`, `keydb`, `garnet`, `seata`, `nacos`, `xxl-job`, `dubbo`, `brpc`, `butil`, `go-zero`,
// `kdeconnect`, `gadgetbridge`, `osmand`, `organicmaps`, `briar`, `conversations`, `newpipe`,
// `conman`, `powerman`, `reframe`, `anki`, `calibre`, `joplin`, `trilium`, `spyder`, `geany`,
// `gnu radio`, `gnuradio`, `platformio`, `freecad`, `openscad`, `meshroom`, `qgis`, `josm`,
// `gpredict`, `grass gis`, `talos`, `bottlerocket`, `hyperqueue`, `cylc`, `ecflow`, `MSG:[`, `3fs`,
// `vineyard`, `milvus`, `qdrant`, `weaviate`, `davx`, `meshtastic`, `tasmota`, `esphome`,
// `bsdinstall`, `xbps`, `eopkg`, `slackpkg`, `transcript`, `robocopy`, `MSI (s)`, `gluon`,
// `simplex`, `session android`, `mihon`, `tachiyomi`, `aegis`, `antennapod`, `kiwix`,
// `home assistant companion`, `owntracks`, `traccar`, `osmtracker`). None of COLMAP, Thonny's logs,
// Delta Chat Desktop's log file or JS8Call is in any table (`thonny` matches only a MicroPython
// case's source naming Thonny's shell, `deltachat` only an ANR case's source, `MainThread] INFO`
// and `log.tsv` other products' lines and files, `I2026` only other products' glog-like or
// Meteor lines). Left out as measured already: nearly every candidate above with hits (BOINC,
// Folding@home, Slurm's kin, Zephyr, ESP-IDF, QNX, CocoaLumberjack, Passenger, Pi-hole, Node-RED,
// openHAB, qBittorrent, rclone, Plex, Tor, ClamAV, VirtualBox, Factorio, Minetest, Cylc,
// HyperQueue, KDE Connect, Trilium, AliceVision and the rest). Left out as not confirmed by any
// search in the time there was: brpc's server log, Vineyard's vineyardd, JOSM's console, Aegis'
// debug log (logcat only), slackpkg's output, JS8Call's ALL.TXT. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). COLMAP's glog stamp has no zone and is taken as UTC. Thonny's backend.log
// stamps a time of day only: it is on the clock's day. Delta Chat's stamps end in Z. JS8Call's
// DIRECTED.TXT stamp is UTC with no zone marker; its offset column (2026 Hz) is no year.
// JS8Call-improved's stamp has a two-digit year and ends in Z. Levels only where the line marks
// one: glog's letter (I W E), Thonny's padded level name, Delta Chat's level column,
// JS8Call-improved's `DEBUG:`/`WARNING:`; DIRECTED.TXT lines and Qt category lines carry none.
// None of these files has a host field: callsigns, COM ports, mail servers and account addresses
// are peers or devices, not the record's host. A record that spans lines is one entry: COLMAP's
// heading with its rules, Thonny's ERROR with the traceback under it.
//
// The shapes come from the issue threads each case names, found with the search tool (corpus
// "issues"); where a search did not confirm a line the source says "from memory" (Delta Chat's
// DEBUG and ERROR lines, JS8Call-improved's WARNING word; DIRECTED.TXT's tabs are read from the
// columns as the PR shows them). Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table
// was first run, and none was changed after it; a family trawl still gets wrong would carry a gap
// that says what it does not read, and stay in the score.
//
// Its first figure, scored at commit 1be75fe before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 1be75fe with no change to trawl's code (only this file and table_test.go's list), 8 of
// 8 families fully right; there is no gap.

var fresh560Cases = []worldCase{
	{
		name:   "colmap-glog-year-feature-extraction",
		source: "COLMAP 3.9+ run from a terminal (glog 0.7's prefix with a four-digit year: `Lyyyymmdd HH:MM:SS.ffffff tid file:line] msg`, feature_extraction.cc's per-image lines, E for an image already extracted): colmap/colmap issues #3409 and #3394",
		why:    "a level letter glued to an eight-digit date with the year; the thread id is no time; every `Name:`/`Features:` line is a record of its own with its own prefix",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.502311Z", Info, "", "I20261129 07:41:16.502311 3180442 sift.cc:721] Creating SIFT GPU feature extractor"),
			we("2026-11-29T07:41:16.731906Z", Info, "", "I20261129 07:41:16.731906 3180451 feature_extraction.cc:258] Processed file [1/14]"),
			we("2026-11-29T07:41:16.731933Z", Info, "", "I20261129 07:41:16.731933 3180451 feature_extraction.cc:261]   Name:            quay_0001.jpg"),
			we("2026-11-29T07:41:16.731940Z", Info, "", "I20261129 07:41:16.731940 3180451 feature_extraction.cc:280]   Features:        7412"),
			we("2026-11-29T07:41:16.780215Z", Error, "", "E20261129 07:41:16.780215 3180451 feature_extraction.cc:265] quay_0002.jpg IMAGE_EXISTS: Features for image were already extracted."),
			we("2026-11-29T07:41:17.004518Z", Warn, "", "W20261129 07:41:17.004518 3180442 feature_extraction.cc:302] quay_0003.jpg: Camera model does not match the prior camera, using SIMPLE_RADIAL"),
		},
	},
	{
		name:   "colmap-glog-year-banner-blocks",
		source: "COLMAP's incremental mapper (misc.cc's PrintHeading: a glog line whose message is a newline, then a rule of `=`, the heading, a second rule, all one LOG(INFO)): colmap/colmap PR #2420 and issue #3394",
		why:    "one glog record that spans four lines: the rules and the heading under the prefix belong to it; the lines after them carry their own prefixes",
		entries: []worldEntry{
			we("2026-11-29T07:52:03.118402Z", Info, "",
				"I20261129 07:52:03.118402 139921770215424 misc.cc:198] ",
				"==============================================================================",
				"Finding good initial image pair",
				"=============================================================================="),
			we("2026-11-29T07:52:03.240977Z", Info, "",
				"I20261129 07:52:03.240977 139921770215424 misc.cc:198] ",
				"==============================================================================",
				"Initializing with image pair #9 and #4",
				"=============================================================================="),
			we("2026-11-29T07:52:04.013560Z", Info, "", "I20261129 07:52:04.013560 139921770215424 incremental_mapper.cc:496] => Image sees 412 / 1893 points"),
			we("2026-11-29T07:52:04.880114Z", Warn, "", "W20261129 07:52:04.880114 139921770215424 incremental_mapper.cc:355] Could not register image #12, trying again with a relaxed threshold"),
		},
	},
	{
		name:   "thonny-backend-log-thread",
		source: "Thonny 4.1's backend.log (the MicroPython/ESP back-end's Python logging `HH:MM:SS.mmm [thread] LEVEL   logger: msg`, a time of day only, the level name padded to eight): thonny/thonny issues #3044 and #3224",
		why:    "a time of day with milliseconds and no date (the clock's day); the thread in brackets, then the padded level word; COM ports and the board are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.201Z", Info, "", "07:41:16.201 [MainThread] INFO    thonny: Thonny version: 4.1.6"),
			we("2026-11-29T07:41:16.202Z", Info, "", `07:41:16.202 [MainThread] INFO    thonny: cwd: C:\Users\marit`),
			we("2026-11-29T07:41:16.515Z", Info, "", "07:41:16.515 [MainThread] INFO    thonny.plugins.micropython.bare_metal_backend: Connected to the board on COM7"),
			we("2026-11-29T07:41:18.930Z", Warn, "", "07:41:18.930 [MainThread] WARNING thonny.plugins.micropython.bare_metal_backend: Could not sync time: board did not answer in 2.0 s"),
			we("2026-11-29T07:41:21.077Z", Error, "",
				"07:41:21.077 [MainThread] ERROR   thonny.plugins.micropython.mp_back: Crash in backend",
				"Traceback (most recent call last):",
				`  File "C:\Program Files (x86)\Thonny\lib\site-packages\thonny\plugins\micropython\mp_back.py", line 312, in _read_commands`,
				"    cmd = self._fetch_next_incoming_message()",
				"OSError: [Errno 5] Input/output error"),
		},
	},
	{
		name:   "thonny-backend-log-no-thread",
		source: "Thonny 4.0's backend.log (the same logger without the thread column: `HH:MM:SS.mmm LEVEL   logger: msg`): thonny/thonny issue #2748",
		why:    "a time of day only (the clock's day), then the level name padded to eight; the board's port is no host",
		entries: []worldEntry{
			we("2026-11-29T08:03:44.147Z", Info, "", "08:03:44.147 INFO    thonny: Thonny version: 4.0.2"),
			we("2026-11-29T08:03:44.148Z", Info, "", `08:03:44.148 INFO    thonny: sys.executable: C:\Users\marit\thonny-4.0.2-windows-portable\python.exe`),
			we("2026-11-29T08:03:45.402Z", Debug, "", "08:03:45.402 DEBUG   thonny.plugins.micropython.bare_metal_backend: Interrupting with Ctrl+C"),
			we("2026-11-29T08:03:47.660Z", Error, "", "08:03:47.660 ERROR   thonny.plugins.micropython.mp_back: Exception while handling 'get_globals'"),
		},
	},
	{
		name:   "deltachat-desktop-log-tsv",
		source: "Delta Chat Desktop 1.3x+'s log file (~/.config/DeltaChat/logs/*.log.tsv: tab-separated ISO-Z time, a channel padded to 22, the LEVEL word, the quoted stack (\"\" when none), then the quoted arguments; core events add the account id and the event name): deltachat/deltachat-desktop issue #2800, chatmail/core issue #5881 (INFO and WARNING lines; the ERROR line from memory)",
		why:    "an ISO time in Z, then the channel (core/event, main/deltachat) and the level word in its own column; the mail server and the account address in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.870Z", Info, "", "2026-11-29T07:41:16.870Z\tmain/index            \tINFO\t\"\"\t\"Deltachat Version 1.48.0 v1.48.0 1795930876000\""),
			we("2026-11-29T07:41:17.093Z", Info, "", "2026-11-29T07:41:17.093Z\tmain/deltachat        \tINFO\t\"\"\t\"Ready, starting accounts io...\""),
			we("2026-11-29T07:41:17.540Z", Info, "", "2026-11-29T07:41:17.540Z\tcore/event            \tINFO\t\"\"\t2\t\"DC_EVENT_INFO\"\t0\t\"src/imap/idle.rs:57: INBOX: Idle entering wait-on-remote state\""),
			we("2026-11-29T07:41:18.004Z", Warn, "", "2026-11-29T07:41:18.004Z\tcore/event            \tWARNING\t\"\"\t2\t\"DC_EVENT_WARNING\"\t0\t\"src/imap.rs:410: IMAP failed to login to mail.harbourmail.example: timeout\""),
			we("2026-11-29T07:41:19.311Z", Error, "", "2026-11-29T07:41:19.311Z\tmain/deltachat/webxdc \tERROR\t\"\\n/opt/DeltaChat/resources/app.asar/src/main/deltachat/webxdc.ts:732:9\"\t\"webxdc cleanup failed\"\t{\"code\":\"ENOENT\",\"path\":\"/home/marit/.config/DeltaChat/Partitions\"}"),
		},
	},
	{
		name:   "deltachat-desktop-log-tsv-2020",
		source: "Delta Chat Desktop 1.1x's log file (the 2020 layout: ISO-Z time, the padded channel, the LEVEL word, an empty stack column, then the quoted event name, data1 and data2, no account id): deltachat/deltachat-desktop issue #1835 (INFO lines; the DEBUG and ERROR lines from memory)",
		why:    "an ISO time in Z and the level word in the third tab column; the empty column after it is no field; the account address is no host",
		entries: []worldEntry{
			we("2026-11-29T09:12:40.101Z", Info, "", "2026-11-29T09:12:40.101Z\tcore/event            \tINFO\t\t\"DC_EVENT_INFO\"\t0\t\"src/key.rs:253: Generating keypair with type Default\""),
			we("2026-11-29T09:12:40.129Z", Info, "", "2026-11-29T09:12:40.129Z\tcore/event            \tINFO\t\t\"DC_EVENT_INFO\"\t0\t\"src/configure/mod.rs:295: key generation completed\""),
			we("2026-11-29T09:12:40.130Z", Info, "", "2026-11-29T09:12:40.130Z\tmain/deltachat/login  \tINFO\t\t\"Ready, starting io...\""),
			we("2026-11-29T09:12:41.452Z", Debug, "", "2026-11-29T09:12:41.452Z\tcore/event            \tDEBUG\t\t\"DC_EVENT_SMTP_CONNECTED\"\t0\t\"SMTP-LOGIN as ines@harbourmail.example ok\""),
			we("2026-11-29T09:12:44.870Z", Error, "", "2026-11-29T09:12:44.870Z\tcore/event            \tERROR\t\t\"DC_EVENT_ERROR_NETWORK\"\t0\t\"Cannot connect to IMAP server mail.harbourmail.example:993\""),
		},
	},
	{
		name:   "js8call-directed-txt",
		source: "JS8Call's DIRECTED.TXT (one line per directed message heard: UTC `yyyy-MM-dd HH:mm:ss`, the dial frequency in MHz, the audio offset in Hz, the SNR, then `FROM: text`; the columns tab-separated): JS8Call-improved/JS8Call-improved PR #123 (the columns shown there as runs of blanks)",
		why:    "a zone-less date and time (UTC); the offset column (here 2026 Hz) is no year and the frequency no time; callsigns are stations heard, not the host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Unknown, "", "2026-11-29 07:41:15\t14.078000\t2026\t-07\tKD9QRT: @ALLCALL HEARTBEAT EN52 ♢"),
			we("2026-11-29T07:41:30Z", Unknown, "", "2026-11-29 07:41:30\t14.078000\t1840\t+04\tVE3HLN: KD9QRT HEARTBEAT SNR -07 ♢"),
			we("2026-11-29T07:42:45Z", Unknown, "", "2026-11-29 07:42:45\t14.078000\t1512\t-15\tW4XMB: KD9QRT SNR? ♢"),
			we("2026-11-29T07:43:00Z", Unknown, "", "2026-11-29 07:43:00\t7.078000\t2026\t-11\tEA4RTC: @JS8NET QTH MADRID IN80 ♢"),
		},
	},
	{
		name:   "js8call-improved-console",
		source: "JS8Call-improved 2.5 started from a terminal (its Qt message handler: a two-digit-year ISO stamp in Z `yy-MM-ddTHH:mm:ss.zzzZ: LEVEL: msg`, and Qt category lines with the category before the stamp and no level): JS8Call-improved/JS8Call-improved PR #144 (its DEBUG lines and the category line; the WARNING word from memory)",
		why:    "a two-digit year before the ISO month (26-11-29 is 2026-11-29), ending in Z; the level word after the stamp; `qt.multimedia.ffmpeg:` is a category, no level; APRS callsigns are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.960Z", Unknown, "", "qt.multimedia.ffmpeg: 26-11-29T07:41:15.960Z: Using Qt multimedia with FFmpeg version n7.1.3 LGPL version 2.1 or later"),
			we("2026-11-29T07:41:18.079Z", Debug, "", `26-11-29T07:41:18.079Z: DEBUG: APRS Message Received from "OE3KTR-9" to "BLN1" : "Net tonight 19:00 on 3.578"`),
			we("2026-11-29T07:41:18.080Z", Debug, "", `26-11-29T07:41:18.080Z: DEBUG: Destination not in heard list: "BLN1"`),
			we("2026-11-29T07:41:23.512Z", Warn, "", `26-11-29T07:41:23.512Z: WARNING: Rig control: CAT command timed out, retrying`),
			we("2026-11-29T07:41:30.641Z", Debug, "", `26-11-29T07:41:30.641Z: DEBUG: APRS Message Received from "PA3GVK" to "PA2ZWE" : "ack4812"`),
		},
	},
}

func TestFresh560Formats(t *testing.T) { assertTable(t, fresh560Cases) }
func TestFresh560Score(t *testing.T) {
	checkScore(t, "fresh560 formats", fresh560Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
