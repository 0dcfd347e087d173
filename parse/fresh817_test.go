package parse

import "testing"

// The eight-hundred-and-seventeenth fresh table: small streaming media servers and the restreamers
// around them, as their own loggers write them. Each family is one server's log: rtsp-simple-server
// before it became MediaMTX (a slashed date, then its client/publisher/reader counters in brackets,
// no level); v4l2rtspserver's log4cpp layout (a dated header line with the level in brackets and
// the source file, the message on a tab-indented second line) and its later undated form; the
// Dafang-hacks build of v4l2rtspserver with loguru (an uptime in parentheses, a padded thread, the
// verbosity before a bar); webrtc-streamer's WebRTC RTC_LOG lines (elapsed seconds:milliseconds and
// a thread number in brackets, no level); lal's nazalog (a slashed date with microseconds, a level
// padded to five, group prefixes in brackets, the caller after ` - ` at the end); uStreamer (a level
// between dashes and a monotonic clock in brackets with the thread name); node-rtsp-rtmp-server (a
// date with milliseconds, a bracketed protocol or client tag, no level).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `wowza`, `wowzastreaming`, `red5`, `red5pro`, `red5 pro`, `ant media`,
// `antmedia`, `ant-media`, `srs`, `ossrs`, `oryx`, `srs-stack`, `mediamtx`, `rtsp-simple-server`,
// `rtsp-simple`, `nginx-rtmp`, `rtmp`, `ovenmedia`, `OvenMediaEngine`, `flussonic`, `erlyvideo`,
// `nimble`, `gstreamer`, `gst-rtsp`, `GST_DEBUG`, `gst_`, `rtsp-media.c`, `icecast`, `icecast-error`,
// `main/main.c`, `shoutcast`, `jellyfin`, `emby`, `plex`, `Plex Media`, `kurento`, `janus`,
// `mediasoup`, `live555`, `ffmpeg`, `mistserver`, `MistController`, `unreal media`, `unreal`,
// `evostream`, `crtmpserver`, `datarhei`, `restreamer`, `owncast`, `go2rtc`, `frigate`,
// `zoneminder`, `motion`, `vlc`, `tvheadend`, `wirecast`, `navidrome`, `airsonic`, `subsonic`,
// `liquidsoap`, `snapcast`, `zlmediakit`, `monibuca`, `livego`, `node-media-server`,
// `simple-realtime`, `srt-live`, `srt-live-transmit`, `SRT.cn`, `srtla`, `belabox`, `nginx-vod`,
// `shaka`, `bento4`, `pion`, `livekit`, `jitsi`, `jicofo`, `jvb`, `bigbluebutton`, `freeswitch`,
// `RTMPProvider`, `minidlna`, `readymedia`, `universal media server`, `serviio`, `mythtv`,
// `mythbackend`, `kodi`, `xiu`, `rygel`, `threadfin`, `xteve`, `dizqueTV`, `ersatz`, `mopidy`,
// `ampache`, `azuracast`, `streamlink`, `easydarwin`, `lal`, `lalserver`, `q191201771`, `naza`,
// `v4l2rtspserver`, `log4cpp`, `[NOTICE] -`, `dafang`, `loguru`, `(   0.0`, `webrtc-streamer`,
// `PeerConnectionManager`, `peer_connection.cc`, `[004:`, `ustreamer`, `pikvm`, `rtsptoweb`,
// `node-rtsp-rtmp`, `iizukanao`, `rtsp:client=`, `[1/0/0]`. Most servers of the theme are measured
// already (Wowza's access, error and console logs, Red5, Ant Media, SRS 3, 5 and 6, MediaMTX,
// nginx-rtmp, OvenMediaEngine, Nimble, GStreamer's debug lines, ZLMediaKit, SRT Live Server,
// node-media-server, MistServer, Icecast, SHOUTcast), so they were left out; `v4l2rtspserver`,
// `webrtc-streamer`, `ustreamer`, `rtsp-simple-server`, `naza` and `lal` match only grep lists or
// other products' names, and the loguru layout is measured for loguru itself, not for the Dafang
// build of v4l2rtspserver. Flussonic was a candidate, but no search confirmed its layout. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Every dated line here carries no zone and is taken as UTC. The undated
// v4l2rtspserver lines, webrtc-streamer's elapsed `[004:299]`, uStreamer's monotonic seconds and
// the lines with no stamp (a perror line, node's deprecation warning) have no time. Levels only
// where the line marks one: log4cpp's bracketed NOTICE, INFO, ERROR (padded `[ERROR ]`); loguru's
// verbosity column (0 Info, 9 Debug, WARN, ERR); nazalog's padded INFO, WARN, ERROR, DEBUG;
// uStreamer's INFO, ERROR, DEBUG between the dashes. rtsp-simple-server, webrtc-streamer and
// node-rtsp-rtmp-server write no level (an `ERR` or `DeprecationWarning` inside the message is
// none). No family writes a host: client addresses, peers and session ids are no host. The
// log4cpp records are two lines (the header, then the tab-indented message); every other record is
// one line, and an untimed line that a program prints by itself (perror's `VIDIOC_STREAMOFF: …`,
// node's `(node:…) [DEP0005] …`) is a record of its own.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"). Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7f43fec before any rule for it: level 85.0 %, time 95.0 %, host 95.0 %, records 90.0 %.
// That is the macro figure (micro: level 84.6 %, time 94.9 %, host 94.9 %, records 89.7 %), in a
// worktree at 7f43fec with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps: loguru's verbosity digits (0, 9) in the Dafang v4l2rtspserver
// build are not read as levels, and an untimed line a program prints by itself (perror's
// `VIDIOC_STREAMOFF: …` after a log4cpp record, node's `(node:…) [DEP0005] DeprecationWarning`
// after a dated node-rtsp-rtmp-server line) is joined to the record before it. Node's warning was
// first expected with no level; at landing it was set to Warn, as the tables read Python's
// `UserWarning:` category: the process names the line a warning (the one expectation of this table
// changed after a run; the first figure above is kept as scored).

var fresh817Cases = []worldCase{
	{
		name:   "rtsp-simple-server-v0-client-counters",
		source: "rtsp-simple-server v0.9 (before MediaMTX's level column): `yyyy/MM/dd HH:mm:ss [clients/publishers/readers] [client addr] msg`: bluenviron/mediamtx issue #50 (`2020/08/01 04:24:41 [1/0/0] [client ] connected`); the client's address inside its brackets from memory",
		why:    "a slashed date with no zone, then three counters in brackets that look like a fraction, no level; an ERR: inside the message is no level column",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 [0/0/0] rtsp-simple-server v0.9.7"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 [0/0/0] [TCP listener] opened on :8554"),
			we("2026-11-29T07:42:03Z", Unknown, "", "2026/11/29 07:42:03 [1/0/0] [client 10.20.4.31:50214] connected"),
			we("2026-11-29T07:42:03Z", Unknown, "", "2026/11/29 07:42:03 [1/0/0] [client 10.20.4.31:50214] ANNOUNCE"),
			we("2026-11-29T07:42:04Z", Unknown, "", "2026/11/29 07:42:04 [1/1/0] [client 10.20.4.31:50214] is publishing on path 'cam-north', 2 tracks with udp"),
		},
	},
	{
		name:   "v4l2rtspserver-log4cpp-dated-two-line",
		gap:    "perror's untimed `VIDIOC_STREAMOFF: Bad file descriptor` after the last two-line record is joined to that record as a continuation, though the program prints it by itself; the dated records are right",
		source: "mpromonet/v4l2rtspserver with its log4cpp PatternLayout (`%d [%-6p] - %l%n\\t%m%n`: date with a comma and milliseconds, the level padded in brackets, ` - `, the source file:line, then the message on a tab-indented line): mpromonet/v4l2rtspserver issue #37 (`2016-10-02 20:56:18,647 [NOTICE] - …/src/main.cpp:352` / `\\tCreate V4L2 Source.../dev/video0`, `[ERROR ]`, then perror's `VIDIOC_STREAMOFF: Bad file descriptor`) and issue #3",
		why:    "the header line carries the time and level, the message is on the tab-indented line under it: two lines, one record; the level is padded inside the brackets; a perror line after them is a record of its own with no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.647Z", Notice, "", "2026-11-29 07:41:16,647 [NOTICE] - /home/pi/v4l2rtspserver/src/main.cpp:352", "\tCreate V4L2 Source.../dev/video0"),
			we("2026-11-29T07:41:16.648Z", Notice, "", "2026-11-29 07:41:16,648 [NOTICE] - src/V4l2Device.cpp:115", "\tdriver:uvcvideo 4000001"),
			we("2026-11-29T07:41:16.649Z", Error, "", "2026-11-29 07:41:16,649 [ERROR ] - src/V4l2Device.cpp:159", "\tCannot set format for device:/dev/video0 Invalid argument"),
			we("2026-11-29T07:41:16.650Z", Error, "", "2026-11-29 07:41:16,650 [ERROR ] - src/V4l2Device.cpp:65", "\tCannot init device:/dev/video0"),
			we("", Unknown, "", "VIDIOC_STREAMOFF: Bad file descriptor"),
		},
	},
	{
		name:   "v4l2rtspserver-undated-level-file-two-line",
		source: "mpromonet/v4l2rtspserver 0.1-0.2 on a terminal (`[NOTICE] /home/…/src/main.cpp:607` / `\\tCreate V4L2 Source.../dev/video100`, no date): mpromonet/v4l2rtspserver issues #158 and #188",
		why:    "no time at all: the bracketed level and the file:line on one line, the message tab-indented under it; each pair is one record",
		entries: []worldEntry{
			we("", Notice, "", "[NOTICE] /home/pi/v4l2rtspserver/src/main.cpp:564", "\tVersion: 0.2.0-6-g3542b6f live555 version:2020.04.24"),
			we("", Notice, "", "[NOTICE] /home/pi/v4l2rtspserver/src/main.cpp:608", "\tCreate V4L2 Source.../dev/video1"),
			we("", Notice, "", "[NOTICE] /home/pi/v4l2rtspserver/v4l2wrapper/src/V4l2Device.cpp:146", "\t/dev/video1:H264 size:1280x720"),
			we("", Info, "", "[INFO] /home/pi/v4l2rtspserver/libv4l2cpp/src/V4l2MmapDevice.cpp:92", "\tDevice /dev/video1 buffer idx:0 size:1382400 offset:0"),
		},
	},
	{
		name:   "v4l2rtspserver-dafang-loguru",
		gap:    "loguru's verbosity digits before the bar (`      0|` for Info, `       9|` for a debug verbosity) are read as no level (Unknown); the WARN column is read",
		source: "v4l2rtspserver-master of the Xiaomi Dafang hacks, logging with loguru (`2018-06-07 00:14:55.406 (   0.003s) [main thread     ]               main.cpp:443      0| …`; `[DeviceSource    ]H264_V4l2DeviceSource.c:39       9| …`): EliasKotlyar/Xiaomi-Dafang-Hacks issue #419, Dafang-Hacks/Main issue #47, anmaped/openfang issue #13; WARN and ERR in the verbosity column as loguru writes them (loguru.cpp print_preamble)",
		why:    "a date with milliseconds, an uptime in parentheses, a padded thread name, a right-aligned file glued to the bracket when it is long; the verbosity before the bar is the level (0 Info, 9 Debug)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.406Z", Info, "", "2026-11-29 07:41:16.406 (   0.003s) [main thread     ]               main.cpp:443      0| === Dumping environment variables ==="),
			we("2026-11-29T07:41:16.407Z", Info, "", "2026-11-29 07:41:16.407 (   0.004s) [main thread     ]               main.cpp:446      0| LD_LIBRARY_PATH=/system/sdcard/lib/:/thirdlib:/system/lib"),
			we("2026-11-29T07:41:19.365Z", Debug, "", "2026-11-29 07:41:19.365 (   2.962s) [DeviceSource    ]       DeviceSource.cpp:32       9| intv_sec:1795938079 fps:1 bandwidth:212kbps"),
			we("2026-11-29T07:41:19.366Z", Debug, "", "2026-11-29 07:41:19.366 (   2.963s) [DeviceSource    ]H264_V4l2DeviceSource.c:39       9| SPS size:21 bufSize:24112"),
			we("2026-11-29T07:41:21.010Z", Warn, "", "2026-11-29 07:41:21.010 (   4.607s) [DeviceSource    ]         ImpEncoder.cpp:1133  WARN| stream 0 polling timeout, retrying"),
		},
	},
	{
		name:   "webrtc-streamer-rtc-log-elapsed",
		source: "mpromonet/webrtc-streamer with WebRTC's RTC_LOG (`[sss:mmm][thread] (file.cc:line): msg`, the first field the seconds and milliseconds since start): mpromonet/webrtc-streamer issue #388",
		why:    "the bracketed `[004:299]` is an elapsed time, not a time of day: no record has a time; a thread number in brackets and the source file in parentheses, no level",
		entries: []worldEntry{
			we("", Unknown, "", "[004:299][14] (PeerConnectionManager.cpp:984): CreatePeerConnection peerid:0.5183402917"),
			we("", Unknown, "", "[004:299][1] (peer_connection_factory.cc:357): Using default network controller factory"),
			we("", Unknown, "", "[004:300][1] (cpu_info.cc:53): Available number of cores: 4"),
			we("", Unknown, "", "[004:301][10] (openssl_key_pair.cc:38): Making key pair"),
			we("", Unknown, "", "[004:303][14] (PeerConnectionManager.cpp:672): nb video track:1 nb audio track:0"),
		},
	},
	{
		name:   "lal-nazalog",
		source: "q191201771/lal (lalserver) through its nazalog logger: q191201771/naza pkg/nazalog/log.go (writeTime `yyyy/MM/dd HH:mm:ss.uuuuuu ` then the level strings ` INFO `, ` WARN `, `DEBUG `, `ERROR `, each prefix as `[prefix] `, the message, ` - file.go:line`)",
		why:    "a slashed date with microseconds; INFO and WARN are padded to five with a leading space, so two spaces stand before them; bracketed prefixes after the level; the caller at the end of the line",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102318Z", Info, "", "2026/11/29 07:41:16.102318  INFO start rtmp server listen. addr=:1935 - server_manager.go:127"),
			we("2026-11-29T07:42:05.440912Z", Info, "", "2026/11/29 07:42:05.440912  INFO [GROUP1] lifecycle new group. group=0xc0001a6000, appName=live, streamName=studio-b - group.go:78"),
			we("2026-11-29T07:42:05.441207Z", Debug, "", "2026/11/29 07:42:05.441207 DEBUG [RTMPPUBSUB1] < R Handshake C0+C1. - server_session.go:203"),
			we("2026-11-29T07:43:12.006551Z", Warn, "", "2026/11/29 07:43:12.006551  WARN [GROUP1] in stream not exist. streamName=studio-c - group.go:341"),
			we("2026-11-29T07:43:40.219874Z", Error, "", "2026/11/29 07:43:40.219874 ERROR [RTMPPUBSUB1] read message failed. err=EOF - server_session.go:160"),
		},
	},
	{
		name:   "ustreamer-monotonic-thread",
		source: "pikvm/ustreamer src/libs/logging_base.h (US_LOG_PRINTF_NOLOCK: `-- ` label ` [%.03Lf %9s] -- ` msg, the label INFO, PERF, VERB, DEBUG or ERROR padded to five, the number the monotonic clock, the thread name right-aligned) and src/libs/logging.h",
		why:    "the level between two dashes; the bracketed number is the monotonic clock (seconds since boot), not a time of day: no record has a time",
		entries: []worldEntry{
			we("", Info, "", "-- INFO  [8013.402      main] -- Starting PiKVM uStreamer 6.12 ..."),
			we("", Info, "", "-- INFO  [8013.403      main] -- Using internal blank placeholder"),
			we("", Info, "", "-- INFO  [8013.405      http] -- Listening HTTP on [0.0.0.0]:8080"),
			we("", Debug, "", "-- DEBUG [8013.411    stream] -- Calling ioctl(VIDIOC_QUERYCAP) ..."),
			we("", Error, "", "-- ERROR [8013.418    stream] -- Can't open capture device: No such file or directory"),
		},
	},
	{
		name:   "node-rtsp-rtmp-server-console",
		source: "iizukanao/node-rtsp-rtmp-server on a terminal (`2019-02-18 18:15:50.868 [rtsp] server started on port 8082`, `[rtsp:client=c7] connected`, node's own `(node:4135) [DEP0005] DeprecationWarning: …` between them): iizukanao/node-rtsp-rtmp-server issue #125",
		why:    "a date with milliseconds and no zone, then a bracketed protocol or client tag; no level; node's deprecation warning carries no time and is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.644Z", Unknown, "", "2026-11-29 07:41:16.644 attachRecordedDir: dir=file app=file"),
			we("", Warn, "", "(node:5120) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead."),
			we("2026-11-29T07:41:16.871Z", Unknown, "", "2026-11-29 07:41:16.871 [rtsp] server started on port 8554"),
			we("2026-11-29T07:42:30.102Z", Unknown, "", "2026-11-29 07:42:30.102 [rtsp:client=c3] connected"),
			we("2026-11-29T07:42:30.117Z", Unknown, "", "2026-11-29 07:42:30.117 [rtsp:client=c3] request"),
		},
	},
}

func TestFresh817Formats(t *testing.T) { assertTable(t, fresh817Cases) }
func TestFresh817Score(t *testing.T) {
	checkScore(t, "fresh817 formats", fresh817Cases, [worldNumFields]float64{87.4, 97.4, 97.4, 94.9})
}
