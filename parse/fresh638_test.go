package parse

import "testing"

// The six-hundred-and-thirty-eighth fresh table: audio servers and personal media servers, the
// tools around them and what they write, as people attach it to tickets, in shapes no earlier
// table holds. Each family is one product's documented or observed output: CamillaDSP started by
// squeezelite and read from the journal (the journal's local time before CamillaDSP's own UTC
// time with microseconds); BlueALSA's debug stderr in the journal (one priority letter after the
// program's name); myMPD under systemd (a padded level word and a padded thread name after the
// syslog tag); Kometa's meta.log (a bracketed time, a padded `[file.py:line]`, a padded
// `[LEVEL]`, the message in a box); roc-toolkit's roc-recv (a time of day, a thread id and a
// three-letter level in brackets); Unmanic's log (an ISO time glued to the level by a colon, a
// Python traceback under an ERROR); mpdscribble's log file (an ISO time with a four-digit offset,
// no level); EmbyStat 0.2's console (a bracketed time, a bracketed .NET logger, `[INF]`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `pipewire`, `wireplumber`, `pulseaudio`, `pulse`, `jackd`,
// `jack2`, `jackdbus`, `jack_`, `jack_connect`, `jack_control`, `JACK is starting`,
// `Statistics reset`, `qjackctl`, `netjack`, `zita`, `a2j`, `a2jmidid`, `alsa_in`, `pw.`, `spa.`,
// `mod.`, `pw_context`, `pw-cat`, `pw-dump`, `pactl`, `pipewire-pulse`, `pipewire-media-session`,
// `media-session`, `mpd`, `Music Player Daemon`, `mpd.log`, `player: played`, `mopidy`, `Mopidy-`,
// `mopidy.core`, `mopidy-iris`, `navidrome`, `jellyfin`, `Jellyfin.Server`, `Jellyfin.Api`,
// `jellyfin-ffmpeg`, `FFmpeg.Transcode`, `plex`, `Plex Media Server`, `Plex Media Scanner`,
// `Plex Transcoder`, `PlexTranscoder`, `emby`, `Emby.Server`, `Emby.Server.Implementations`,
// `MediaBrowser`, `airsonic`, `airsonic-advanced`, `subsonic`, `libresonic`, `madsonic`,
// `supysonic`, `funkwhale`, `gonic`, `ampache`, `koel`, `owntone`, `forked-daapd`, `daapd`,
// `mt-daapd`, `firefly media`, `snapcast`, `snapserver`, `snapclient`, `snapweb`, `shairport`,
// `librespot`, `go-librespot`, `spotifyd`, `raspotify`, `spotify connect`, `zeroconf`, `icecast`,
// `liquidsoap`, `darkice`, `butt`, `azuracast`, `owncast`, `squeezebox`, `squeezelite`,
// `squeezelite[`, `Office-sb`, `piCorePlayer`, `lyrion`, `logitechmediaserver`, `slimserver`,
// `roon`, `volumio`, `moode`, `minidlna`, `readymedia`, `gerbera`, `mediatomb`, `rygel`,
// `upmpdcli`, `gmediarender`, `bubbleupnp`, `twonky`, `mezzmo`, `universal media server`, `ums`,
// `serviio`, `ushare`, `kodi`, `stremio`, `kyoo`, `audiobookshelf`, `komga`, `kavita`, `tautulli`,
// `sonarr`, `radarr`, `lidarr`, `bazarr`, `overseerr`, `jellyseerr`, `ombi`, `jfa-go`, `jellystat`,
// `tdarr`, `unmanic`, `Unmanic.`, `:INFO:`, `:WARNING:`, `[FORMATTED]`, `kometa`,
// `plex-meta-manager`, `plex_meta_manager`, `meta.log`, `[util.py:`, `[INFO]     |`, `tunarr`,
// `ersatztv`, `dizquetv`, `threadfin`, `xteve`, `tvheadend`, `mythtv`, `mythbackend`, `jriver`,
// `beets`, `blissify`, `polaris`, `mstream`, `ympd`, `myMPD`, `mympd`, `mympdapi`,
// `NOTICE   mympd`, `NOTICE   `, `rompr`, `pympd`, `euterpe`, `ncmpcpp`, `cantata`, `mpris`,
// `mpdscribble`, `mpdas`, `audioscrobbler`, `[last.fm]`, `new song detected`, `embystat`,
// `MEDIA-SYNC`, `CHECKUDPATE`, `-JOB`, `camilladsp`, `DEBUG [src/`, `INFO [src/`, `.rs:`,
// `socketserver.rs`, `bluealsa`, `bluez-alsa`, `/usr/bin/bluealsa`, `: D: ../../src`,
// `ba-rfcomm`, `bluez`, `alsa`, `aplay`, `roc-toolkit`, `roc-recv`, `roc-send`, `roc_sndio`,
// `[dbg] roc`, `] [dbg] `, `] [inf] `, `rtpmidi`, `sonobus`, `jamulus`, `hqplayer`, `fluidsynth`,
// `ardour`, `carla`, `qpwgraph`, `easyeffects`, `pulseeffects`, `rtkit`, `scream`, `esound`, `esd`,
// `nas audio`, `soundserver`, `ubuntu sound`, `music assistant`, `music_assistant`,
// `swing music`, `swingmusic`, `Janus`, `stash`, `photoprism`, `immich`, `lms`, `strawberry`,
// `headphones`, `mylar`, `ubooquity`, `calibre-web`, `podgrab`, `pinchflat`, `tubearchivist`,
// `ffmpeg`, `transcode`, `exception: `, `[info]: `, `[error]: `, `[warn]: `, `Z [info]`,
// `[ERROR] 2`, `[INFO] 0`, `[INFO] 1`, `main.go:1`, `INFO[0000]`, `DEBU[0000]`, `WARN[0`, and
// by pattern for the shapes themselves (an ISO time glued to `:INFO:`, an ISO time with a
// colon-less offset before the message, a time of day with four decimals before `[INFO]`, a time
// of day before `[tid] [lvl]`, a `[file.py:line]` column before `[LEVEL]`). None of CamillaDSP,
// BlueALSA, myMPD, Kometa, roc-toolkit, Unmanic, mpdscribble or EmbyStat is in any table (`mpd`
// and `alsa` match other products' words; `-JOB`, `:INFO:` and `NOTICE   ` other shapes). Left
// out as measured already: PipeWire, WirePlumber, PulseAudio, JACK's jackd, jackdbus and qjackctl,
// MPD, Mopidy, Navidrome, Jellyfin, Plex, Emby, Airsonic, gonic, Funkwhale, Ampache, Koel,
// OwnTone, Snapcast, shairport-sync, librespot, spotifyd, Icecast, Liquidsoap, Lyrion and
// squeezelite, Roon, Volumio, moOde, MiniDLNA, Gerbera, Serviio, Rygel, upmpdcli, Kodi,
// Audiobookshelf, Tautulli, the *arr applications, Jamulus and EasyEffects. Left out because their
// line shape is in a table already though the product is not: go-librespot (logrus' terminal
// `INFO[0000] msg`), Tunarr (winston's `ISO-Z [info]: msg`), jfa-go (`[ERROR] HH:mm:ss …`, a
// shape an ETL table holds), CamillaDSP's bare lines (`yyyy-MM-dd HH:mm:ss.SSS LEVEL
// [src/….rs:line]`, a Rust database's shape; kept here only inside the journal, as squeezelite
// runs it). Left out as not confirmed by any search with a usable line: Swing Music, Jellystat
// (its pasted sync logs carry neither time nor level), Supysonic, HQPlayer, Twonky, SonoBus. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The journal's times have no zone and are taken as UTC; under squeezelite
// the journal runs on a +01:00 machine while CamillaDSP prints UTC, so both stamps of the same
// moment are accepted. Kometa's, Unmanic's and EmbyStat's stamps have no zone and are taken as
// UTC; mpdscribble's `+0100` is converted (08:41:16+0100 is 07:41:16Z); roc-toolkit's time of day
// has no date and is on the clock's day. Levels only where the line marks one: CamillaDSP's level
// word (TRACE is Trace), BlueALSA's letter (D I W E), myMPD's padded word (NOTICE is Notice),
// Kometa's bracketed word (WARNING is Warn), roc's bracketed three letters (dbg inf nte trc err,
// nte being Notice), Unmanic's word between colons, EmbyStat's `[INF]` `[WRN]` `[ERR]`;
// mpdscribble's lines carry none (`[last.fm]` is a scrobbler's name). The host is the record's
// host field: only the journal's (lounge-pi, den-pi, musicbox); roc's sender address, BlueALSA's
// Bluetooth address in a D-Bus path, myMPD's MPD partition, Unmanic's and EmbyStat's logger names
// and EmbyStat's Emby address are no hosts. A record that spans lines is one entry: Unmanic's
// traceback under its ERROR, EmbyStat's exception under its ERR; the empty line mpdscribble
// writes after a `new song detected` line belongs to that line, not a record of its own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a detail
// the source says "from memory" (myMPD's thread names other than mympd; the exception lines under
// EmbyStat's ERR). No family rests on memory alone. Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0883e68 before any rule for it: level 97.9 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 97.8 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 0883e68 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is roc-toolkit's note level `[nte]`, which trawl does not read
// (the line comes out with no level) while it reads roc's dbg, inf, trc and err.

var fresh638Cases = []worldCase{
	{
		name:   "camilladsp-under-squeezelite-journal",
		source: "CamillaDSP started by squeezelite on a Raspberry Pi, read with journalctl (BSD journal line with the parent's `squeezelite[pid]:`, then CamillaDSP's own `yyyy-MM-dd HH:mm:ss.ffffff LEVEL [src/file.rs:line] msg`, its time one hour behind the journal's local time): HEnquist/camilladsp issues #294 (a pasted journal) and #278 (the bare lines)",
		why:    "two stamps of one moment: the journal's zone-less local time (+01:00, read as UTC by the rules) and CamillaDSP's UTC time with microseconds; either is accepted; the level word after the inner time, TRACE included; the journal's host",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.204117Z", Info, "lounge-pi", "Nov 29 08:41:16 lounge-pi squeezelite[9411]: 2026-11-29 07:41:16.204117 INFO [src/bin.rs:740] CamillaDSP version 2.0.3"),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.219840Z", Debug, "lounge-pi", "Nov 29 08:41:16 lounge-pi squeezelite[9411]: 2026-11-29 07:41:16.219840 DEBUG [src/alsadevice.rs:912] Playback device supports rate adjust: false"),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16.231402Z", Trace, "lounge-pi", "Nov 29 08:41:16 lounge-pi squeezelite[9411]: 2026-11-29 07:41:16.231402 TRACE [src/processing.rs:40] Processing chunk of 4096 frames from the room_eq_48k pipeline"),
			we("2026-11-29T08:41:19Z|2026-11-29T07:41:19.877015Z", Warn, "lounge-pi", "Nov 29 08:41:19 lounge-pi squeezelite[9411]: 2026-11-29 07:41:19.877015 WARN [src/alsadevice.rs:309] Prepare playback after buffer underrun"),
			we("2026-11-29T08:41:23Z|2026-11-29T07:41:23.005226Z", Error, "lounge-pi", "Nov 29 08:41:23 lounge-pi squeezelite[9411]: 2026-11-29 07:41:23.005226 ERROR [src/bin.rs:212] Capture error: ALSA function 'snd_pcm_open' failed with error 'EBUSY: Device or resource busy'"),
		},
	},
	{
		name:   "bluealsa-stderr-in-journal",
		source: "BlueALSA (bluez-alsa) built with --enable-debug, its stderr in the journal (`bluealsa[pid]: /usr/bin/bluealsa: L: ../../src/file.c:line: msg`, one priority letter X A C E W N I D): arkq/bluez-alsa issue #361 (a pasted journal), issues #415 and #554 (the bare stderr), src/shared/log.c (priority2str) and src/shared/log.h (DEBUG_LOG_PREFIX)",
		why:    "the level is one letter and a colon after the program's own name, and after the syslog tag; the source file and line are no time; the Bluetooth address in a D-Bus path is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "den-pi", "Nov 29 07:41:16 den-pi bluealsa[1187]: /usr/bin/bluealsa: I: ../../src/main.c:598: Adding new Bluetooth adapter: hci0"),
			we("2026-11-29T07:41:16Z", Debug, "den-pi", "Nov 29 07:41:16 den-pi bluealsa[1187]: /usr/bin/bluealsa: D: ../../src/ba-transport.c:1412: Created new transport thread [ba-a2dp-sbc]: A2DP Source (SBC)"),
			we("2026-11-29T07:41:20Z", Debug, "den-pi", "Nov 29 07:41:20 den-pi bluealsa[1187]: /usr/bin/bluealsa: D: ../../src/dbus.c:70: Called: org.bluealsa.PCM1.Open() on /org/bluealsa/hci0/dev_F4_4E_FD_31_0A_2C/a2dpsrc/sink"),
			we("2026-11-29T07:41:24Z", Warn, "den-pi", "Nov 29 07:41:24 den-pi bluealsa[1187]: /usr/bin/bluealsa: W: ../../src/a2dp-sbc.c:301: Missing SBC audio frames: 3"),
			we("2026-11-29T07:41:31Z", Error, "den-pi", "Nov 29 07:41:31 den-pi bluealsa[1187]: /usr/bin/bluealsa: E: ../../src/ba-transport.c:988: Couldn't acquire transport: org.bluez.Error.NotAvailable: Operation currently not available"),
		},
	},
	{
		name:   "mympd-journal-level-thread",
		source: "myMPD 15 under systemd, read with journalctl (its stdout without a tty: `%-8s %-10s` level and thread name, then an optional `\"partition\": ` and the message): jcorporation/myMPD issue #1303 (a pasted journal) and src/lib/log.c (loglevel_names EMERG ALERT CRITICAL ERROR WARN NOTICE INFO DEBUG); the thread names other than mympd from memory",
		why:    "the level word padded to eight after the syslog tag, then a thread name padded to ten; NOTICE is Notice; the MPD partition in quotes and the listening address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "musicbox", "Nov 29 07:41:16 musicbox mympd[2789]: NOTICE   mympd     Starting myMPD 15.2.1"),
			we("2026-11-29T07:41:16Z", Notice, "musicbox", "Nov 29 07:41:16 musicbox mympd[2789]: NOTICE   mympd     Listening on http://[::]:8080"),
			we("2026-11-29T07:41:17Z", Warn, "musicbox", `Nov 29 07:41:17 musicbox mympd[2789]: WARN     mympdapi  "default": MPD connection error: Connection refused`),
			we("2026-11-29T07:41:27Z", Info, "musicbox", `Nov 29 07:41:27 musicbox mympd[2789]: INFO     mympdapi  "default": Connected to MPD 0.24.4`),
			we("2026-11-29T07:42:02Z", Error, "musicbox", `Nov 29 07:42:02 musicbox mympd[2789]: ERROR    webserver Error opening file "/var/lib/mympd/pics/thumbs/Harbour Lights.webp": No such file or directory`),
		},
	},
	{
		name:   "kometa-meta-log-boxed",
		source: "Kometa (formerly Plex Meta Manager) logs/meta.log (`[yyyy-MM-dd HH:mm:ss,SSS] [file.py:line]` padded to 27, `[LEVEL]` padded to 10, then the message in a box `| … |` 100 wide): Kometa-Team/Kometa issues #99 (a pasted log) and #108",
		why:    "a bracketed zone-less time with a comma before the milliseconds; the `[file.py:line]` column is no level; the level in brackets padded with blanks; a separator row of `=` is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "[2026-11-29 07:41:16,102] [kometa.py:1047]            [INFO]     |====================================================================================================|"),
			we("2026-11-29T07:41:16.103Z", Info, "", "[2026-11-29 07:41:16,103] [kometa.py:1052]            [INFO]     | Starting Run                                                                                       |"),
			we("2026-11-29T07:41:16.311Z", Debug, "", "[2026-11-29 07:41:16,311] [config.py:214]             [DEBUG]    | Loading config from: /config/config.yml                                                            |"),
			we("2026-11-29T07:41:18.944Z", Info, "", "[2026-11-29 07:41:18,944] [plex.py:506]               [INFO]     | Connecting to Plex Library: Films                                                                  |"),
			we("2026-11-29T07:41:52.017Z", Warn, "", "[2026-11-29 07:41:52,017] [builder.py:1873]           [WARNING]  | Collection Warning: No items found for tmdb_collection: 884210                                     |"),
			we("2026-11-29T07:42:05.630Z", Error, "", `[2026-11-29 07:42:05,630] [config.py:1189]            [ERROR]    | Plex Error: Plex Library "Concerts" not found                                                      |`),
		},
	},
	{
		name:   "roc-recv-tid-level-module",
		source: "roc-toolkit's roc-recv and roc-send with -vv (`HH:mm:ss.SSS [tid] [lvl] roc_module: [file.cpp:line] msg`, levels err inf nte dbg trc): roc-streaming/roc-toolkit PR #643 and issue #528 (pasted output), src/internal_modules/roc_core/target_pc/roc_core/log_backend.cpp",
		why:    "a time of day with milliseconds and no date (the clock's day); the thread id in brackets is no time; a three-letter level in brackets; the sender's address in a session line is a peer, not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.768Z", Debug, "", "07:41:16.768 [48213] [dbg] roc_core: [pool_impl.cpp:53] pool: initializing: name=packet_pool object_size=680 min_slab=8B(1S) max_slab=0B(0S)"),
			we("2026-11-29T07:41:16.771Z", Info, "", "07:41:16.771 [48213] [inf] roc_sndio: [pulseaudio_device.cpp:412] pulseaudio sink: opened device: name=alsa_output.usb-Schiit_Modi-00.analog-stereo rate=48000"),
			we("2026-11-29T07:41:16.802Z", Notice, "", "07:41:16.802 [48214] [nte] roc_pipeline: [receiver_source.cpp:118] receiver source: bound endpoint rtp+rs8m://0.0.0.0:10001"),
			we("2026-11-29T07:41:21.045Z", Info, "", "07:41:21.045 [48214] [inf] roc_pipeline: [receiver_session_group.cpp:201] session group: creating session: src_addr=192.168.40.17:41022 dst_addr=0.0.0.0:10001"),
			we("2026-11-29T07:41:21.052Z", Trace, "", "07:41:21.052 [48214] [trc] roc_audio: [depacketizer.cpp:276] depacketizer: fetched=480 missing=0 dropped=0"),
			we("2026-11-29T07:41:29.310Z", Error, "", "07:41:29.310 [48213] [err] roc_sndio: [pulseaudio_device.cpp:655] pulseaudio sink: stream failed: Connection terminated"),
		},
		gap: "roc's note level `[nte]` in brackets after the thread id is not read as Notice (the line comes out with no level); dbg, inf, trc and err are read",
	},
	{
		name:   "unmanic-colon-level-traceback",
		source: "Unmanic's log (~/.unmanic/logs/unmanic.log and the container output: `yyyy-MM-ddTHH:mm:ss:LEVEL:Unmanic.Component - msg`, a Python traceback under an ERROR): Unmanic/unmanic issues #567, #539, #468 and #391 (pasted logs)",
		why:    "an ISO time with no fraction and no zone joined to the level by a colon; `Unmanic.Worker` is a logger, not a host; the traceback lines belong to the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T07:41:16:INFO:Unmanic.Foreman - Processing item - /library/tv/Harbour Lights/Season 1/Harbour.Lights.S01E03.mkv"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29T07:41:17:INFO:Unmanic.Worker - Picked up job - /library/tv/Harbour Lights/Season 1/Harbour.Lights.S01E03.mkv"),
			we("2026-11-29T07:41:19Z", Warn, "", "2026-11-29T07:41:19:WARNING:Unmanic.LibraryScannerManager - Library scan completed in 11.402137279510498 seconds"),
			we("2026-11-29T07:41:22Z", Error, "",
				"2026-11-29T07:41:22:ERROR:Unmanic.Worker - [FORMATTED] - Exception in processing job with Kestrel-Worker-2: - [Errno 28] No space left on device: '/tmp/unmanic/unmanic_file_conversion-qwpzt-1795937282'",
				"Traceback (most recent call last):",
				`  File "/usr/local/lib/python3.12/dist-packages/unmanic/libs/workers.py", line 441, in run`,
				"    self.__process_task_queue_item()",
				`  File "/usr/local/lib/python3.12/dist-packages/unmanic/libs/workers.py", line 541, in __process_task_queue_item`,
				"    os.makedirs(cache_directory)",
				"OSError: [Errno 28] No space left on device: '/tmp/unmanic/unmanic_file_conversion-qwpzt-1795937282'"),
			we("2026-11-29T07:41:30Z", Debug, "", "2026-11-29T07:41:30:DEBUG:Unmanic.PostProcessor - [FORMATTED] - Removing task cache directory '/tmp/unmanic/unmanic_file_conversion-qwpzt-1795937282'"),
		},
	},
	{
		name:   "mpdscribble-log-offset",
		source: "mpdscribble's log file (`log = …/mpdscribble.log`: `yyyy-MM-ddTHH:mm:ss+hhmm msg`, the scrobbler's name in brackets, a `new song detected` line followed by an empty line): MusicPlayerDaemon/mpdscribble issues #28 and #37 (pasted logs)",
		why:    "an ISO time with a four-digit offset and no colon (+0100, so an hour earlier in UTC); no level; `[last.fm]` is a scrobbler, not a level or host; the empty line after a song line is not a record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T08:41:16+0100 starting mpdscribble (mdc 0.25)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T08:41:16+0100 loaded 12 songs from /home/ines/.mpdscribble/lastfm.journal"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T08:41:16+0100 connected to mpd 0.24.4 at /run/mpd/socket"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29T08:41:17+0100 new song detected (Harbour Lights - Low Tide), id: 14, pos: 3", ""),
			we("2026-11-29T07:41:48Z", Unknown, "", "2026-11-29T08:41:48+0100 [last.fm] submitting 1 song"),
			we("2026-11-29T07:41:49Z", Unknown, "", "2026-11-29T08:41:49+0100 [last.fm] OK"),
			we("2026-11-29T07:42:10Z", Unknown, "", "2026-11-29T08:42:10+0100 [libre.fm] waiting 120 seconds before trying again"),
		},
	},
	{
		name:   "embystat-console-context-level",
		source: "EmbyStat 0.2's container console (`[yyyy-MM-dd HH:mm:ss] [SourceContext]  [LVL] msg`, an empty `[]` for its own lines, tab-separated system info rows; the exception lines under an ERR from Serilog's usual `{NewLine}{Exception}` template, from memory): mregni/EmbyStat issue #1868 (pasted console logs), issue #1184",
		why:    "a bracketed zone-less time, then a bracketed .NET logger (empty for the app's own lines) and two blanks before the three-letter level; the logger is no host; the exception under an ERR belongs to it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] []  [INF] --------------------------------------------------------------------"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] []  [INF] \tVersion\t\t0.2.0.0"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] []  [INF] \tLog dir:\t/app/logs"),
			we("2026-11-29T07:41:18Z", Warn, "", "[2026-11-29 07:41:18] [Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager]  [WRN] No XML encryptor configured. Key {5b9e2c41-7d0a-4c6f-9e1b-2f8a3d4c5e60} may be persisted to storage in unencrypted form."),
			we("2026-11-29T07:41:19Z", Info, "", "[2026-11-29 07:41:19] [Microsoft.Hosting.Lifetime]  [INF] Now listening on: http://[::]:6555"),
			we("2026-11-29T07:42:03Z", Error, "",
				"[2026-11-29 07:42:03] [EmbyStat.Jobs.Jobs.Sync.ShortSyncJob]  [ERR] Short media sync failed",
				"System.Net.Http.HttpRequestException: Connection refused (emby.lan:8096)",
				"   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
				"   at EmbyStat.Clients.Base.BaseClient.ExecuteAsync[T](RestRequest request)"),
		},
	},
}

func TestFresh638Formats(t *testing.T) { assertTable(t, fresh638Cases) }
func TestFresh638Score(t *testing.T) {
	checkScore(t, "fresh638 formats", fresh638Cases, [worldNumFields]float64{97.8, 99.9, 99.9, 99.9})
}
