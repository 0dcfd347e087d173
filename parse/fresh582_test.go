package parse

import "testing"

// The five-hundred-and-eighty-second fresh table: the labelled datasets' domains, a thirty-sixth
// pass. Loghub's datasets hold distributed systems, supercomputers, operating systems, mobile
// systems, server applications and standalone software; this pass stays with the last domain, the
// desktop programs people run on their own machine and paste logs from into tickets, in shapes those
// datasets do not hold. Each family is one product's output: MiKTeX Console's log4cxx file (a
// comma before the milliseconds and a numeric offset glued to them); JACK's jackdbus.log (a
// ctime-style stamp with a colon after the year, `ERROR:` after it); QjackCtl's messages window (a
// time of day with milliseconds, jackd's and libjack's unstamped lines between); Exaile 4.1 run with
// --debug (`HH:MM:SS,mmm:LEVEL   : msg (logger)`), Exaile 4.1 on a terminal without it (`HH:MM:SS
// LEVEL   : msg (logger)`) and Exaile 4.0 (`LEVEL   : msg`, no time at all); Zettlr's log viewer
// (`[HH:MM:SS] [Level] msg`); Shotwell's shotwell.log (`L pid date time [LVL] msg`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`foundationdb`, `Severity="`, `ucx`, `UCX ERROR`, `nccl`, `NCCL INFO`, `opensm`, `easybuild`,
// `build_log.py`, `apptainer`, `singularity`, `nextflow`, `nextflow.cli`, `snakemake`, `cromwell`,
// `parsl`, `idevicesyslog`, `<Notice>`, `openrc`, `svlogd`, `tai64`, `s6-log`, `multilog`,
// `MSI (s)`, `cmtrace`, `<![LOG[`, `anaconda`, `calamares`, `y2log`, `yast`, `zypper`, `pacman`,
// `[ALPM]`, `emerge.log`, `chocolatey`, `winget`, `asterisk`, `freeswitch`, `prosody`, `c2s`,
// `openfire`, `kamailio`, `opensips`, `coturn`, `janus`, `sonarqube`, `web[][`, `web[`, `389-ds`,
// `slapd`, `samba`, `smbd`, `freeradius`, `Info: `, `kea`, `kea-dhcp4`, `zabbix`, `nagios`, `icinga`,
// `information/`, `fluent-bit`, `[ info]`, `bacula`, `bareos`, `libvirt`, `(XEN)`, `vbox.log`,
// `vmware`, `In(05)`, `syncthing`, `qbittorrent`, `aria2`, `[NOTICE]`, `prusaslicer`, `octoprint`,
// `klipper`, `node-red`, `zigbee2mqtt`, `v2ray`, `xray`, `[Warning]`, `frp`, `frps`, `[service.go`,
// `geode`, `tid=0x`, `pbs_server`, `Svr;`, `htcondor`, `(pid:`, `SchedLog`, `gridengine`,
// `sge_qmaster`, `|E|`, `hilog`, `svc.startd`, `Executing start method`, `setupapi`, `Section start`,
// `Device Install`, `tizen`, `dlog`, `slurm`, `lsf`, `mbatchd`, `torque`, `pbs_mom`, `flux`,
// `couchbase`, `ns_server`, `ignite`, `hazelcast`, `bookkeeper`, `pulsar`, `alluxio`, `seaweedfs`,
// `juicefs`, `kudu`, `ozone`, `websphere`, `WSVR0001I`, `weblogic`, `####<`, `glassfish`, `payara`,
// `open liberty`, `CWWKE`, `lustre`, `LustreError`, `ray`, `raylet`, `dask`, `distributed.worker`,
// `riak`, `lager`, `ejabberd`, `rabbit`, `helix`, `accumulo`, `leofs`, `xtreemfs`, `orangefs`,
// `mfsmaster`, `lizardfs`, `beegfs`, `moab`, `oar-server`, `xcat`, `warewulf`, `munged`, `pmix`,
// `lmod`, `spack`, `ch-run`, `flux-broker`, `sailfish`, `lomiri`, `magisk`, `twrp`, `kernelsu`,
// `tombstone`, `termux`, `scrcpy`, `frida`, `waydroid`, `anbox`, `haiku`, `reactos`, `serenity`,
// `redox`, `fuchsia`, `zephyr`, `<inf>`, `nuttx`, `riot`, `contiki`, `kannel`, `gammu`, `jasmin`,
// `yate`, `drachtio`, `rtpengine`, `baresip`, `linphone`, `pjsua`, `icecast`, `liquidsoap`,
// `libretime`, `azuracast`, `navidrome`, `mpd`, `mopidy`, `snapserver`, `squeezebox`, `Slim::`,
// `shairport`, `owntone`, `forked-daapd`, `tvheadend`, `mythbackend`, `vdr`, `nextpvr`, `bigtop`,
// `hama`, `apache reef`, `twill`, `ratis`, `atomix`, `dqlite`, `rqlite`, `litefs`, `litestream`,
// `mcrouter`, `nutcracker`, `twemproxy`, `traffic server`, `diags.log`, `gobblin`, `flume`, `sqoop`,
// `luigi`, `azkaban`, `prefect`, `dagster`, `temporal`, `cadence`, `conductor`, `open ondemand`,
// `xdmod`, `gmond`, `boinc`, `folding@home`, `FS01`, `gromacs`, `lammps`, `openfoam`, `gaussian`,
// `quantum espresso`, `flipper`, `grapheneos`, `wear os`, `garmin`, `fitbit`, `kaios`, `calibre`,
// `anki`, `jabref`, `gnucash`, `kmymoney`, `homebank`, `bitcoin`, `UpdateTip`, `electrum`, `monero`,
// `geth`, `lighthouse`, `prysm`, `LTND`, `lightningd`, `kubo`, `[notice]`, `i2p`, `freenet`, `gnunet`,
// `yggdrasil`, `cjdns`, `zerotier`, `nebula`, `headscale`, `zettlr`, `joplin`, `logseq`,
// `standard notes`, `xournal`, `scribus`, `lyx`, `texstudio`, `miktex`, `tlmgr`, `calligra`,
// `okular`, `digikam`, `shotwell`, `gthumb`, `hugin`, `meshroom`, `natron`, `olive`, `flowblade`,
// `pitivi`, `openshot`, `handbrake`, `hb_init`, `makemkv`, `mkvtoolnix`, `picard`, `beets`,
// `puddletag`, `exaile`, `rhythmbox`, `lollypop`, `quod libet`, `deadbeef`, `amarok`, `foobar2000`,
// `musicbee`, `sonic pi`, `supercollider`, `pure data`, `mixxx`, `hydrogen`, `rosegarden`,
// `qtractor`, `carla`, `jackd`, `jack server`, `wireplumber`, and for the families kept:
// `miktex-console`, `Console - starting`, `,110-0`, `jackdbus`, `jack server starting`,
// `Starting jack server`, `qjackctl`, `Could not start JACK`, `ALSA connection graph`, `INFO    :`,
// `:INFO    :`, `(xl.main)`, `Booting`, `[Warning] [`, `] [Info] `, `[WRN]`, `kdenlive`, `krita`,
// `ardour`, `lmms`). Nearly every distributed, supercomputer, mobile, operating-system and server
// product tried is in an earlier table already; MiKTeX, jackdbus, Exaile, Zettlr and Shotwell are in
// none, `qjackctl` matches one earlier table only by a mention in a comment on another product, and
// the fragments `INFO    :`, `[Warning] [`, `] [Info] ` and `[WRN]` match other products' lines. Left
// out as measured already: the whole of the other five domains' products listed above. Left out as
// not confirmed by any search and not in a shape worth a memory: Pitivi, KMyMoney, HomeBank, Okular,
// TeXstudio. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). MiKTeX's `2026-11-29 08:41:16,110+0100` carries its offset glued to the
// milliseconds (so 07:41:16.110Z). jackdbus's `Sun Nov 29 07:41:16 2026:` has no zone and is UTC.
// QjackCtl's, Exaile 4.1's and Zettlr's stamps are times of day only: they are on the clock's day.
// Exaile 4.0's console lines have no time, and neither have jackd's and libjack's lines between
// QjackCtl's own: those records have none. Shotwell's date and time have no zone (UTC). Levels only
// where the line marks one: MiKTeX's INFO WARN ERROR, jackdbus's `ERROR:` after the stamp (its
// other lines carry none), Exaile's padded level word before the colon, Zettlr's bracketed
// [Info] [Warning] [Error], Shotwell's [DBG] [INF] [MSG] [WRN] [CRT] (GLib's message level is
// Notice, critical is Critical); QjackCtl's lines carry none. No family has a host field: ALSA's
// hw:0, JACK's client names, Exaile's udisks2 and Zettlr's files are no hosts. A record that spans
// lines is one entry: Exaile's ERROR with the Python traceback under it. jackd's and libjack's
// unstamped lines in QjackCtl's window are records of their own, not continuations of the line
// above.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit a167dd2 before any rule for it: level 92.8 %, time 95.3 %, host 95.3 %, records 93.8 %.
// That is the macro figure (micro: level 91.1 %, time 93.3 %, host 93.3 %, records 91.1 %), in a
// worktree at a167dd2 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are QjackCtl's window, where libjack's unstamped lines are joined
// to the stamped line above instead of standing as records of their own, and Shotwell's `[MSG]`
// tag, read as Info rather than GLib's message level, Notice.

var fresh582Cases = []worldCase{
	{
		name:   "miktex-console-log4cxx",
		source: "MiKTeX Console's log file (%LOCALAPPDATA%\\MiKTeX\\miktex\\log\\miktex-console.log, log4cxx `yyyy-MM-dd HH:mm:ss,SSS±hhmm LEVEL logger - msg`, loggers Console and miktex-console.core): MiKTeX/miktex issue #179 (a pasted log); MiKTeX/miktex issues #3 and #13 for the log directory",
		why:    "a comma before the milliseconds and the offset glued to them (+0100); the level word padded to five; `Process.cpp:177` is a file and line, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.11Z", Info, "", "2026-11-29 08:41:16,110+0100 INFO  Console - starting: MiKTeX Console 4.16 (MiKTeX 24.4 64-bit)"),
			we("2026-11-29T07:41:18.403Z", Info, "", "2026-11-29 08:41:18,403+0100 INFO  miktex-console.core - checking for updates from https://mirror.example.net/CTAN/systems/win32/miktex/tm/packages/"),
			we("2026-11-29T07:41:22.917Z", Warn, "", "2026-11-29 08:41:22,917+0100 WARN  miktex-console.core - package repository is not up-to-date (last sync 9 days ago)"),
			we("2026-11-29T07:41:25.061Z", Error, "", "2026-11-29 08:41:25,061+0100 ERROR miktex-console.core - The executed process did not succeed."),
			we("2026-11-29T07:41:25.061Z", Error, "", `2026-11-29 08:41:25,061+0100 ERROR miktex-console.core - Source: Libraries\MiKTeX\Core\Process\Process.cpp:177`),
			we("2026-11-29T07:43:02.554Z", Info, "", "2026-11-29 08:43:02,554+0100 INFO  Console - finishing with exit code 0"),
		},
	},
	{
		name:   "jackdbus-log-ctime-colon",
		source: "JACK2's jackdbus log (~/.log/jack/jackdbus.log, `Www Mmm dd HH:MM:SS yyyy: msg`, errors as `…: ERROR: msg`): NixOS/nixpkgs issue #74742 and dnschneid/crouton issue #2087 (pasted logs)",
		why:    "a ctime stamp with the year last and a colon glued to it; `ERROR:` after the stamp is the level, other lines carry none; hw:0 is an ALSA device, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: Starting jack server..."),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: JACK server starting in realtime mode with priority 10"),
			we("2026-11-29T07:41:16Z", Error, "", "Sun Nov 29 07:41:16 2026: ERROR: Cannot lock down 107738624 byte memory area (Cannot allocate memory)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: Acquired audio card Audio1"),
			we("2026-11-29T07:41:17Z", Error, "", `Sun Nov 29 07:41:17 2026: ERROR: control open "hw:1" (No such file or directory)`),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026: Released audio card Audio1"),
		},
	},
	{
		name:   "qjackctl-messages-window",
		source: "QjackCtl's Messages window copied into a ticket (`HH:mm:ss.zzz msg` for its own lines; jackd's and libjack's stderr lines with no stamp between them): jackaudio/jack2 issues #105 and #737, NixOS/nixpkgs issue #74742 (pasted windows)",
		why:    "a time of day with milliseconds (the clock's day); libjack's unstamped lines are records of their own with no time, not continuations; no level anywhere",
		entries: []worldEntry{
			we("2026-11-29T07:41:11.937Z", Unknown, "", "07:41:11.937 Patchbay deactivated."),
			we("2026-11-29T07:41:11.943Z", Unknown, "", "07:41:11.943 Statistics reset."),
			we("2026-11-29T07:41:20.676Z", Unknown, "", "07:41:20.676 JACK is starting..."),
			we("2026-11-29T07:41:20.677Z", Unknown, "", "07:41:20.677 /usr/bin/jackd -dalsa -dhw:1 -r48000 -p512 -n3"),
			we("", Unknown, "", "Cannot connect to server socket err = No such file or directory"),
			we("", Unknown, "", "Cannot connect to server request channel"),
			we("", Unknown, "", "jack server is not running or cannot be started"),
			we("2026-11-29T07:41:20.683Z", Unknown, "", "07:41:20.683 Could not start JACK. Sorry."),
		},
		gap: "libjack's unstamped lines between QjackCtl's stamped ones are not read as records of their own: they are joined to the stamped line above as its continuation",
	},
	{
		name:   "exaile-debug-millis-colon",
		source: "Exaile 4.1 run with --debug (`HH:MM:SS,mmm:LEVEL   : msg (logger)`, the level word padded to eight, the logger in parentheses at the end; a Python traceback under an ERROR): exaile/exaile issues #883 and #919 (pasted logs)",
		why:    "a time of day with a comma before the milliseconds and a colon glued before the level word; `(xl.player.gst.engine [player-a1])` is a logger and a player name, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:30.772Z", Info, "", "07:41:30,772:INFO    : Loading Exaile 4.1.4... (xl.main)"),
			we("2026-11-29T07:41:30.776Z", Debug, "", "07:41:30,776:DEBUG   : Settings loaded from /home/ines/.config/exaile (xl.main)"),
			we("2026-11-29T07:41:30.906Z", Debug, "", "07:41:30,906:DEBUG   : Set user volume: 0.80 (xl.player.gst.engine [player-a1])"),
			we("2026-11-29T07:41:31.214Z", Warn, "", `07:41:31,214:WARNING : Failed to get pixbuf from "audio-x-generic": Icon 'audio-x-generic' not present in theme Arc (xlgui.icons)`),
			we("2026-11-29T07:41:44.508Z", Error, "",
				"07:41:44,508:ERROR   : Unhandled exception (xl.common)",
				"Traceback (most recent call last):",
				`  File "/usr/lib/exaile/xlgui/panel/playlists.py", line 612, in on_row_activated`,
				"    self.open_item(tree.get_selected_item())",
				"AttributeError: 'NoneType' object has no attribute 'name'"),
		},
	},
	{
		name:   "exaile-console-seconds",
		source: "Exaile 4.1 run from a terminal without --debug (`HH:MM:SS LEVEL   : msg (logger)`, seconds only, the level word padded to eight): exaile/exaile issue #907 (a pasted log)",
		why:    "a time of day without milliseconds (the clock's day), then the padded level word and a colon; the logger in parentheses at the end",
		entries: []worldEntry{
			we("2026-11-29T07:52:15Z", Info, "", "07:52:15 INFO    : Loading Exaile 4.1.4... (xl.main)"),
			we("2026-11-29T07:52:15Z", Info, "", "07:52:15 INFO    : Using GStreamer 1.24.2 (xl.version)"),
			we("2026-11-29T07:52:15Z", Debug, "", "07:52:15 DEBUG   : Provider m3u registered for service playlist-format-converter with target None (xl.providers)"),
			we("2026-11-29T07:52:16Z", Info, "", "07:52:16 INFO    : Crossfade: enabled (1500.0ms) (xl.player.gst.engine [player])"),
			we("2026-11-29T07:52:19Z", Warn, "", "07:52:19 WARNING : Could not read cover art from /home/ines/Music/Low Tide/folder.jpg (xl.covers)"),
		},
	},
	{
		name:   "exaile-4-0-no-time",
		source: "Exaile 4.0 on a terminal (`LEVEL   : msg`, the level word padded to eight, no time): exaile/exaile issues #508 and #921 (pasted logs)",
		why:    "no time at all: the records have none; the level word before the colon",
		entries: []worldEntry{
			we("", Info, "", "INFO    : Loading Exaile 4.0.2..."),
			we("", Info, "", "INFO    : Using Python 3.8.10"),
			we("", Info, "", "INFO    : Loading collection..."),
			we("", Info, "", "INFO    : Connected to udisks2"),
			we("", Warn, "", `WARNING : Failed to get pixbuf from "folder": Icon 'folder' not present in theme Arc`),
		},
	},
	{
		name:   "zettlr-log-viewer",
		source: "Zettlr's log (Develop > Open Logs, copied into a ticket; `[HH:MM:SS] [Level] msg`, levels Verbose Info Warning Error, a `[Component]` tag often after the level): Zettlr/Zettlr issues #1461 and #1889 (pasted logs)",
		why:    "a bracketed time of day (the clock's day), then a bracketed level word; the boot line's own date in the message is the same moment; `[Application]` and `[R]` are component tags, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:13Z", Info, "", "[07:41:13] [Info] こんにちは！ Booting Zettlr at Sun Nov 29 2026 07:41:13 GMT+0000 (Coordinated Universal Time)."),
			we("2026-11-29T07:41:13Z", Info, "", "[07:41:13] [Info] Performing environment check ..."),
			we("2026-11-29T07:41:13Z", Warn, "", "[07:41:13] [Warning] [Application] App is unpackaged, but there was no Pandoc executable: /opt/zettlr/resources/pandoc"),
			we("2026-11-29T07:41:14Z", Info, "", "[07:41:14] [Info] Loaded all roots in 0.214 seconds"),
			we("2026-11-29T07:41:15Z", Error, "", "[07:41:15] [Error] [citeproc] Could not load CSL library /home/ines/Documents/refs.json: Unexpected token } in JSON at position 4411"),
		},
	},
	{
		name:   "shotwell-log-file",
		source: "Shotwell's ~/.cache/shotwell/shotwell.log (wiki.gnome.org Apps/Shotwell/Architecture/Logging names the file and the levels debug, info, message, warning, critical; the line `L pid yyyy-MM-dd HH:mm:ss [LVL] file.vala:line: msg` with three-letter tags DBG INF MSG WRN CRT from memory)",
		why:    "a letter and a pid before a zone-less date (UTC); the three-letter level tag in brackets; `main.vala:386` is a file and line, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "L 20417 2026-11-29 07:41:16 [MSG] main.vala:386: Shotwell 0.32.10"),
			we("2026-11-29T07:41:16Z", Info, "", "L 20417 2026-11-29 07:41:16 [INF] Photos.vala:412: Using libraw 0.21.2"),
			we("2026-11-29T07:41:17Z", Debug, "", "L 20417 2026-11-29 07:41:17 [DBG] LibraryMonitor.vala:958: Discovered 5 unknown files in /home/ines/Pictures/2026/11/29"),
			we("2026-11-29T07:41:21Z", Warn, "", "L 20417 2026-11-29 07:41:21 [WRN] Photo.vala:2271: Unable to read metadata for /home/ines/Pictures/2026/11/29/IMG_4411.HEIC: unsupported format"),
			we("2026-11-29T07:41:23Z", Critical, "", "L 20417 2026-11-29 07:41:23 [CRT] Database.vala:115: Unable to open database: database disk image is malformed"),
		},
		gap: "Shotwell's `[MSG]` tag (GLib's message level) is read as Info, not Notice",
	},
}

func TestFresh582Formats(t *testing.T) { assertTable(t, fresh582Cases) }
func TestFresh582Score(t *testing.T) {
	checkScore(t, "fresh582 formats", fresh582Cases, [worldNumFields]float64{92.7, 95.2, 95.2, 93.7})
}
