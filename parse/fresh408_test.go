package parse

import "testing"

// The four-hundred-and-eighth fresh table, written on 2026-12-06: times as programs spell them, yet
// another pass, in shapes no earlier table holds. Each family is one product's documented or
// observed output: a NovAtel OEM7 receiver's ASCII logs (the long header's GPS week and seconds of
// the week, GPS time, TIMEA's UTC fields in its body); EOSIO/Leap nodeos (the level word first, an
// ISO time with milliseconds and no zone, the block's own time after `@`); an Earthworm module's
// logit file (`yyyyMMdd_UTC_HH:mm:ss`, the zone name between the date and the clock); a SeisComP
// application's console (a clock with no date, `[level/Component]` after it); PHD2's guide log (a
// wall clock in the section's `Guiding Begins at` line, then CSV frames timed in seconds since
// guiding began); Hubot's log.js (JavaScript's Date#toString with a GMT-0800 offset and the zone's
// long name in parentheses); `rrdtool fetch` (epoch seconds with a colon before the values) and
// `rrdtool dump` (each row behind a comment giving the local time with its zone name and the epoch).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`novatel`, `BESTPOS`, `#INSPVA`, `INS_SOLUTION`, `FINESTEERING`,
// `GPS week`, `gps time`, `GPRMC`, `nodeos`, `eosio`, `antelope`, `produce_block`, `Produced block`,
// `earthworm`, `_UTC_`, `logit`, `startstop`, `seiscomp`, `scmaster`, `phd2`, `Guiding Begins`,
// `PHD2 version`, `Log enabled at`, `hubot`, `GMT+0000 (`, `GMT-0800 (`, `GMT+0100 (`,
// `Pacific Standard Time`, `Coordinated Universal Time`, `rrdtool`, `rrdtool fetch`, `mrtg`,
// `graphite`, `carbon`, `opentsdb`, `put sys`, `cpu,host=`, `collectd`, `cacti`, `xymon`, `str2str`;
// and, dropped because an earlier table holds them, `peerstats`, `loopstats`, `errpt`, `OPCOM`,
// `H3C`, `errdump`, `netscaler`, `fmdump`, `Executing start method`, `Factorio`, `VBox.log`,
// `PrintGCDateStamps`, `vmstat`, `nmon`, `CMTrace`, `UPID:`, `pulseaudio`, `pipewire`, `murmur`,
// `weblogic`, `short-unix`, `short-full`, `reltime`, `short-delta`, `wpa_supplicant`, `HTCondor`,
// `Svr;`, `CWWK`, `db2diag`, `HASP`, `ES Startup`, `2026-333`, `stunnel`, `mcelog`, `audit(11/29`,
// `fping`, `lctl`, `mmfs`, `beegfs`, `BOINC`, `WU01`, `INFO [11-29|`, `i2pd`, `iperf`, `dstat`,
// `atop`, `collectl`, `upslog`, `apcupsd`, `logrotate state`, `emerge.log`, `zypper`, `Inno Setup`,
// `Burn v3`, `SQLAGENT`, `Perforce`, `twistd`, `homebridge`, `FHEM`, `snapserver`, `icecast`,
// `sonarr`, `qbittorrent`, `seafile`, `prosody`, `ejabberd`, `jicofo`, `coturn`, `GST_DEBUG`,
// `ffmpeg started`, `handbrake`, `obs-studio`, `MOZ_LOG`, `filezilla`, `winscp`, `PuTTY log`,
// `anydesk`, `tigervnc`, `x11vnc`, `xrdp`, `bareos`, `veeam`, `bpbrm`, `commvault`, `dsmsched`,
// `crashplan`, `w32tm`, `w32time`, `m=+`, `tv_sec`, `ptp4l`, `ntpdate`, `sntp`, `Ref time`,
// `asciinema`, `timbre`, `rippled`, `cardano`, `tendermint`, `rphost`, `queue_log`, `rosout`,
// `lightningd`, `klippy`, `kstars`, `kemal`, `MSG,3`, `dump1090`, `nextflow`, `fetchmail`,
// `sleeping at`, ` Kas `, ` lis `, `Νοε`. NovAtel, nodeos, Earthworm, SeisComP, Hubot and rrdtool
// are in none; PHD2 is in fresh96 as its debug log, and its guide log is in none. RTKLIB's solution
// file in GPS week and seconds is fresh362's; a NovAtel header carrying the week is in none. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). NovAtel's header time is GPS time: week 2447 began at 2026-11-29 00:00 GPS,
// and GPS runs 18 s ahead of UTC, so 27694.000 s into it is 07:41:16 UTC; TIMEA's body gives the
// same instant as UTC fields. nodeos' time has no zone and is UTC; the block time after `@` in the
// message is not the record's. Earthworm's date carries the zone's name, UTC. SeisComP's console
// clock has no date and is on the clock's day. PHD2's `Guiding Begins at` and `Guiding Ends at` are
// local times with no zone, taken as UTC; a frame's Time column is seconds since guiding began, no
// clock, so a frame has no time of its own. Hubot's `GMT-0800 (Pacific Standard Time)` is converted
// (23:41:16 on the 28th is 07:41:16 UTC on the 29th). rrdtool fetch's epoch before the colon is the
// row's time; rrdtool dump's comment gives it twice, `08:40:00 CET` and the epoch, the same
// instant. Levels only where the line marks one: nodeos' first word, SeisComP's bracketed level,
// PHD2's `INFO:` line, log.js's level word; NovAtel's FINESTEERING is a time status and SOL_COMPUTED
// a solution status, not levels. No family has a host field. Records: each line of these outputs is
// its own record, except PHD2's `Guiding Begins at` line with the settings summary written under it
// when guiding starts (one record); header lines (rrdtool's column names and XML around the rows,
// PHD2's banner and CSV column line) are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d01cd4c before any rule for it: level 77.5 %, time 62.5 %, host 87.5 %, records 85.4 %.
// That is the macro figure (micro: level 77.8 %, time 66.7 %, host 88.9 %, records 86.1 %), in a
// worktree at d01cd4c with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right (nodeos, Hubot, rrdtool fetch); the gaps are NovAtel's GPS week and
// seconds, Earthworm's `_UTC_` date, SeisComP's `[level/Component]`, PHD2's section summary, and
// rrdtool dump's indented rows.

var fresh408Cases = []worldCase{
	{
		name:   "novatel-oem7-ascii-long-header",
		gap:    "trawl reads no time from NovAtel's long ASCII header `#BESTPOSA,COM1,0,81.0,FINESTEERING,2447,27694.000,…;…`: the GPS week and seconds of the week (GPS time, 18 s ahead of UTC) after the time status are not read as a time, nor TIMEA's UTC year, month, day, hour, minute and milliseconds fields in its body",
		source: "a NovAtel OEM7 receiver's ASCII logs as a terminal or logging script captures them from its COM port (`#NAMEA,port,sequence,idle%,time status,GPS week,GPS seconds,receiver status,reserved,sw version;body*crc32`; TIMEA's body carries the UTC offset and UTC year, month, day, hour, minute, milliseconds): the header fields as ROS' novatel_gps_msgs NovatelMessageHeader names them (message_name, port, sequence_num, percent_idle_time, gps_time_status, gps_week_num, gps_seconds) and MRPT's nv_oem6_header_t; the ASCII layout and TIMEA's body from memory",
		why:    "the time is GPS week and seconds of the week in GPS time (18 s ahead of UTC); the idle percentage, CRC and software version are no times; FINESTEERING and SOL_COMPUTED are no levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `#BESTPOSA,COM1,0,81.0,FINESTEERING,2447,27694.000,02000020,cdba,16809;SOL_COMPUTED,SINGLE,51.15043712385,-114.03067769104,1097.2099,-17.0000,WGS84,0.9038,0.8534,1.7480,"",0.000,0.000,35,30,30,30,00,06,39,33*6f2f8aab`),
			we("2026-11-29T07:41:16Z", Unknown, "", `#BESTVELA,COM1,0,81.0,FINESTEERING,2447,27694.000,02000020,10a2,16809;SOL_COMPUTED,DOPPLER_VELOCITY,0.150,0.000,0.0206,227.712486,0.0009,0.0*a7c9d1e4`),
			we("2026-11-29T07:41:17Z", Unknown, "", `#TIMEA,COM1,0,80.5,FINESTEERING,2447,27695.000,02000020,9924,16809;VALID,1.667187222e-10,9.641617960e-10,-18.00000000000,2026,11,29,7,41,17000,VALID*2a79e8a1`),
			we("2026-11-29T07:41:25.25Z", Unknown, "", `#BESTPOSA,COM1,0,79.5,FINESTEERING,2447,27703.250,02000020,cdba,16809;SOL_COMPUTED,PSRDIFF,51.15043698817,-114.03067801260,1097.4413,-17.0000,WGS84,0.5127,0.4411,1.0382,"AB12",3.000,0.000,35,31,31,31,00,06,39,33*b3e10c52`),
		},
	},
	{
		name:   "eosio-nodeos-level-first",
		source: "EOSIO/Leap nodeos 2.x-3.x on stderr (fc logging: `level yyyy-MM-ddTHH:mm:ss.SSS thread file.cpp:line function ] msg`, the level word padded to five and first; producer_plugin's `Produced block … #N @ time signed by …` and `Received block … @ time …`): EOSIO/eos issues #11092 (level-first lines) and #5242 (the older thread-first shape), #6768",
		why:    "the level word before an ISO time with no zone; the block's own time after `@` in the message is not the record's; `] ` ends the header, block numbers and lib counts are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.5Z", Info, "", "info  2026-11-29T07:41:16.500 nodeos    producer_plugin.cpp:2496      produce_block        ] Produced block 00a1b2c3d4e5f607... #10597011 @ 2026-11-29T07:41:16.500 signed by acmeprod1111 [trxs: 0, lib: 10597010, confirmed: 0]"),
			we("2026-11-29T07:41:17.012Z", Warn, "", `warn  2026-11-29T07:41:17.012 net-0     net_plugin.cpp:3042           handle_message       ] ["10.40.2.17:9876 - 4f1c2ab" - 3 10.40.2.17:9876] bad packed_transaction : deadline exceeded after 30 ms`),
			we("2026-11-29T07:41:18.34Z", Error, "", "error 2026-11-29T07:41:18.340 nodeos    controller.cpp:2499           apply_block          ] e.to_detail_string(): 3080004 tx_cpu_usage_exceeded: Transaction took 41 us longer than its billed CPU time"),
			we("2026-11-29T07:41:18.844Z", Debug, "", "debug 2026-11-29T07:41:18.844 nodeos    producer_plugin.cpp:2040      schedule_production_ ] Speculative Block Created; Scheduling Speculative/Production Change"),
			we("2026-11-29T07:41:19.002Z", Info, "", "info  2026-11-29T07:41:19.002 nodeos    producer_plugin.cpp:496       on_incoming_block    ] Received block 8c2d0a1f39b7e4c6... #10597015 @ 2026-11-29T07:41:19.000 signed by bravoprod222 [trxs: 12, lib: 10596689, conf: 0, latency: 2 ms]"),
		},
	},
	{
		name:   "earthworm-logit-utc-date",
		gap:    "`20261129_UTC_07:41:16` is not read as a time: a compact yyyyMMdd date glued to the clock by `_UTC_` (the zone's name between the date and the clock) gives no time to any line",
		source: "an Earthworm 7.x module's log file written by logit() with the time flag (`yyyyMMdd_UTC_HH:mm:ss msg`, the date, the zone's name and the clock glued by underscores), here startstop's and pick_ew's: from memory (the search found no page pasting it)",
		why:    "a compact date and a clock with `_UTC_` between them; module pids and station counts are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "20261129_UTC_07:41:16 startstop: Earthworm v7.10.1 (64 bit), EW_PARAMS=/opt/earthworm/run/params"),
			we("2026-11-29T07:41:16Z", Unknown, "", "20261129_UTC_07:41:16 startstop: process <pick_ew> <18422> started"),
			we("2026-11-29T07:41:17Z", Unknown, "", "20261129_UTC_07:41:17 pick_ew: Read 84 stations from pick_ew.sta"),
			we("2026-11-29T07:42:05Z", Unknown, "", "20261129_UTC_07:42:05 statmgr: <carlstatrig> has not sent a heartbeat for 90 seconds; restarting it"),
		},
	},
	{
		name:   "seiscomp-app-console-clock",
		source: "a SeisComP 4-6 application's console log on stderr (`--console=1` or `--debug`: `HH:mm:ss [level/Component] msg`, or `[level]` with no component; levels error, warning, notice, info, debug): swiss-seismological-service/scdetect issue #41 (a SeisComP application's console output)",
		why:    "a clock with no date (on the clock's day) and the level inside brackets before a slash; the slink port and counts are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 [info/Application] Connecting to messaging at localhost/production"),
			we("2026-11-29T07:41:16Z", Debug, "", "07:41:16 [debug] Adding plugin path: /home/sysop/.seiscomp/plugins"),
			we("2026-11-29T07:41:17Z", Notice, "", "07:41:17 [notice/Application] Loaded 212 streams from inventory"),
			we("2026-11-29T07:41:19Z", Warn, "", "07:41:19 [warning/RecordStream] slink://localhost:18000: connection refused, retrying in 5 s"),
			we("2026-11-29T07:41:24Z", Error, "", "07:41:24 [error/Application] Failed to read station config for GE.WLF: no binding"),
		},
	},
	{
		name:   "phd2-guide-log-elapsed",
		gap:    "the settings summary PHD2 writes under `Guiding Begins at 2026-11-28 21:04:20` (the Dither =, Pixel scale = and Search region = lines, untimed) is cut off from it: each summary line starts a record of its own",
		source: "PHD2's guide log (PHD2_GuideLog_yyyy-MM-dd_HHmmss.txt: a banner, then each guiding section as `Guiding Begins at yyyy-MM-dd HH:mm:ss` with a settings summary, a column label line, CSV frames whose Time column is seconds since guiding began, `INFO:` lines between them, `Guiding Ends at …`): OpenPHDGuiding/phd2 wiki 'PHD2GuideLog' (the columns and INFO: lines); bbs.zwoastro.com thread 15762 (the column line); the banner and summary lines from memory",
		why:    "a local wall clock with no zone in the section's first line, then frames timed only relative to it (no time of their own); the settings summary belongs to its Guiding Begins line; INFO: marks an info line",
		entries: []worldEntry{
			wskip("PHD2 version 2.6.13, Log version 2.5. Log enabled at 2026-11-28 21:02:44", ""),
			we("2026-11-28T21:04:20Z", Unknown, "",
				"Guiding Begins at 2026-11-28 21:04:20",
				"Dither = both axes, Dither scale = 1.000, Image noise reduction = none, Guide-frame time lapse = 0, Server enabled",
				"Pixel scale = 1.52 arc-sec/px, Binning = 1, Focal length = 480 mm",
				"Search region = 15 px, Star mass tolerance = 50.0%"),
			wskip("Frame,Time,mount,dx,dy,RARawDistance,DECRawDistance,RAGuideDistance,DECGuideDistance,RADuration,RADirection,DECDuration,DECDirection,XStep,YStep,StarMass,SNR,ErrorCode"),
			we("", Unknown, "", `1,2.047,"Mount",0.231,-0.118,0.244,0.097,0.171,0.000,141,W,0,,,,11423,38.41,0`),
			we("", Unknown, "", `2,4.103,"Mount",-0.087,0.142,-0.061,-0.155,0.000,-0.155,0,,128,N,,,11390,38.12,0`),
			we("", Info, "", "INFO: DITHER by 1.254, -0.871, new lock pos = 612.118, 401.337"),
			we("", Unknown, "", `3,6.158,"DROP",,,,,,,,,,,,,0,0.00,1,"Star lost - low SNR"`),
			we("2026-11-28T21:34:20Z", Unknown, "", "Guiding Ends at 2026-11-28 21:34:20"),
		},
	},
	{
		name:   "hubot-logjs-date-tostring",
		source: "Hubot 2.x-3.x's logger (the log npm package, log.js: `'[' + new Date + '] ' + LEVEL + ' ' + msg`, so JavaScript's Date#toString with a GMT±hhmm offset and the zone's long name in parentheses; levels EMERGENCY ALERT CRITICAL ERROR WARNING NOTICE INFO DEBUG): from memory of log.js and of hubot's console",
		why:    "a weekday-first date with the year after the day, a GMT-0800 offset and `(Pacific Standard Time)` before the bracket closes: 23:41 on the 28th local is 07:41 UTC on the 29th; the level word follows the bracket",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[Sat Nov 28 2026 23:41:16 GMT-0800 (Pacific Standard Time)] INFO hubot-redis-brain: Using default redis on localhost:6379"),
			we("2026-11-29T07:41:16Z", Debug, "", "[Sat Nov 28 2026 23:41:16 GMT-0800 (Pacific Standard Time)] DEBUG Loading scripts from /opt/opsbot/scripts"),
			we("2026-11-29T07:41:18Z", Warn, "", "[Sat Nov 28 2026 23:41:18 GMT-0800 (Pacific Standard Time)] WARNING deploy targets not refreshed: timeout after 5000 ms"),
			we("2026-11-29T07:41:21Z", Error, "", "[Sat Nov 28 2026 23:41:21 GMT-0800 (Pacific Standard Time)] ERROR Unable to start the Slack RTM session: invalid_auth"),
			we("2026-11-29T07:41:22Z", Notice, "", "[Sat Nov 28 2026 23:41:22 GMT-0800 (Pacific Standard Time)] NOTICE Reconnecting in 10 s"),
		},
	},
	{
		name:   "rrdtool-fetch-epoch-colon",
		source: "`rrdtool fetch file.rrd AVERAGE -s … -e …` (a line of right-aligned data-source names and a blank line, then `epoch: value value` with values in %e notation and nan for unknown): oetiker/rrdtool-1.x issues #503 and #29, collectd/collectd PR #1049 (fetch output pasted)",
		why:    "epoch seconds followed by a colon start each row; the %e values (1.2345000000e+04) are no times; -nan rows still carry their time",
		entries: []worldEntry{
			wskip("                             rx                  tx", ""),
			we("2026-11-29T07:35:00Z", Unknown, "", "1795937700: 1.2345000000e+04 3.4567000000e+03"),
			we("2026-11-29T07:40:00Z", Unknown, "", "1795938000: 1.1802000000e+04 3.1200000000e+03"),
			we("2026-11-29T07:45:00Z", Unknown, "", "1795938300: -nan -nan"),
		},
	},
	{
		name:   "rrdtool-dump-row-comments",
		gap:    "trawl folds every tab-indented line of the dump into the record the untimed `<rrd>` line starts: `\t<lastupdate>1795938076</lastupdate> <!-- 2026-11-29 08:41:16 CET -->` and each `\t\t\t<!-- 2026-11-29 08:35:00 CET / 1795937700 --> <row>…` line start no record of their own, so no row gets its own time (the joined record takes the first row's)",
		source: "`rrdtool dump file.rrd` on a host in CET (XML: `<lastupdate>epoch</lastupdate> <!-- local time ZONE -->`, and in each archive's <database> every row behind `<!-- yyyy-MM-dd HH:mm:ss ZONE / epoch -->`): from memory of rrd_dump.c's output; rrdtool xport's <row><t>epoch</t> rows as commx/python-rrdtool issue #40 pastes them",
		why:    "the row's time is given twice in a comment, local time with the zone's name (CET, +01:00) and the epoch, the same instant; the values in <v> are no times; XML around the rows is no record",
		entries: []worldEntry{
			wskip(`<?xml version="1.0" encoding="utf-8"?>`, `<!DOCTYPE rrd SYSTEM "https://oss.oetiker.ch/rrdtool/rrdtool.dtd">`, "<!-- Round Robin Database Dump -->", "<rrd>", "\t<version>0003</version>", "\t<step>300</step> <!-- Seconds -->"),
			we("2026-11-29T07:41:16Z", Unknown, "", "\t<lastupdate>1795938076</lastupdate> <!-- 2026-11-29 08:41:16 CET -->"),
			wskip("\t<!-- Round Robin Archives -->\t<rra>", "\t\t<cf>AVERAGE</cf>", "\t\t<pdp_per_row>1</pdp_per_row> <!-- 300 seconds -->", "\t\t<database>"),
			we("2026-11-29T07:35:00Z", Unknown, "", "\t\t\t<!-- 2026-11-29 08:35:00 CET / 1795937700 --> <row><v>1.2345000000e+04</v><v>3.4567000000e+03</v></row>"),
			we("2026-11-29T07:40:00Z", Unknown, "", "\t\t\t<!-- 2026-11-29 08:40:00 CET / 1795938000 --> <row><v>1.1802000000e+04</v><v>3.1200000000e+03</v></row>"),
			we("2026-11-29T07:45:00Z", Unknown, "", "\t\t\t<!-- 2026-11-29 08:45:00 CET / 1795938300 --> <row><v>NaN</v><v>NaN</v></row>"),
			wskip("\t\t</database>", "\t</rra>", "</rrd>"),
		},
	},
}

func TestFresh408Formats(t *testing.T) { assertTable(t, fresh408Cases) }
func TestFresh408Score(t *testing.T) {
	checkScore(t, "fresh408 formats", fresh408Cases, [worldNumFields]float64{87.4, 62.4, 87.4, 85.3})
}
