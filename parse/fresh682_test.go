package parse

import "testing"

// The six-hundred-and-eighty-second fresh table: weather stations and environmental sensing
// software, the logs hobbyists attach to tickets about their personal weather station, their
// Geiger counter or their radar clock, shapes no earlier table holds. Each family is one product's
// documented or observed output: pywws run by hand (a time of day, the logger name and the message
// glued with colons, the Python version's `[GCC …]` on a line of its own) and pywws-livelog in the
// journal; ecowitt2mqtt under docker compose (`yyyy-MM-dd HH:mm:ss,fff | LEVEL | msg` behind the
// service's `name  | ` prefix) and under systemd (the journal's header around the same line);
// Safecast's bGeigie Nano log file (`# NEW LOG` header, then one `$BNRDD,…*CS` sentence every five
// seconds with an ISO time in Z); GCLog, the Geiger counter logger daemon, in the journal
// (`[WARNING] `/`[ERROR] ` markers, the CPM line carrying the measurement's own UTC asctime);
// Cumulus MX's MXdiags log (`yyyy-MM-dd HH:mm:ss.fff msg`, no level); and PiClock's console log
// with its rain-radar fetches (`print` lines, some with a ctime glued after a colon, most with no
// time at all).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`weewx`, `weewxd`, `wview`, `cumulus`, `cumulusmx`, `Cumulus MX`, `MXdiags`,
// `Creating main MX`, `meteobridge`, `pywws`, `pywws.logger`, `:pywws.`, `pywws-livelog`,
// `_read_block`, `Synchronising`, `wunderground`, `rtl_433`, `rtl433`, `ecowitt`, `ecowitt2mqtt`,
// `gw1000`, `Sending PUBLISH`, `Published to`, `| DEBUG |`, `davis`, `weatherflow`, `tempest`,
// `ambient`, `ambientweather`, `weatherlink`, `meteohub`, `netatmo`, `acurite`, `lacrosse`,
// `fine offset`, `ws2300`, `te923`, `wmr`, `vantage`, `interceptor`, `weewx.restx`, `StdReport`,
// `weather`, `meteo`, `wetter`, `openweathermap`, `bloomsky`, `aprs`, `direwolf`, `xastir`,
// `radiomon`, `radmon`, `gmcmap`, `geiger`, `geigerlog`, `gclog`, `Geiger tube`, `radiation`,
// `uradmonitor`, `safecast`, `bgeigie`, `BNRDD`, `# NEW LOG`, `format=1`, `purpleair`,
// `luftdaten`, `sensor.community`, `airrohr`, `Feinstaub`, `sds011`, `pms5003`, `airgradient`,
// `aqi`, `opensensemap`, `rosout`, `sensors-connectivity`, `Station Data`, `wradlib`, `pysteps`,
// `rainbow`, `radx`, `rainviewer`, `nowcast`, `piclock`, `wxstart`,
// `getting current and forecast`, `esphome`, `tasmota`, `Live Data`). None of pywws, ecowitt2mqtt,
// the bGeigie log, GCLog, Cumulus MX or PiClock is in any table (`cumulus` matches only Cumulus
// Linux, `gclog` only the JVM's GC log options, `| DEBUG |` other products' Python formats, `# NEW
// LOG` nothing). Left out as measured already: WeeWX (its V4 syslog shape is in fresh30), rtl_433
// (fresh261 and others), radiosonde_auto_rx, Tempest and ESPHome/Tasmota firmware. Left out
// because the shape is already in a table: airalab's sensors-connectivity, whose
// `[rosout][INFO] yyyy-MM-dd HH:mm:ss,fff:` is ROS 1's rospy file format. Left out as not
// confirmed by any search: Meteobridge, WeatherLink, GeigerLog's program log, wradlib and pysteps
// (which log nothing of their own shape), and the sensor.community firmware's serial console (no
// times). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). pywws's console has a time of day only: it is on the clock's day. The
// journal's stamps, ecowitt2mqtt's, Cumulus MX's and PiClock's ctime have no zone and are read as
// UTC; ecowitt2mqtt under systemd carries its own stamp of the same moment inside the journal's, and
// either is accepted. The bGeigie's sentence carries its time in Z. GCLog's CPM line is written a
// minute after the interval it measures, on a machine at +01:00: the record's time is the journal's,
// and the asctime inside it (the interval's start, in UTC) is data. PiClock's lines without a ctime
// have no time of their own. Levels only where the line marks one: ecowitt2mqtt's word between
// pipes, GCLog's `[WARNING]`, `[ERROR]` and `[DEBUG]`; pywws, the bGeigie, GCLog's plain lines,
// Cumulus MX and PiClock carry none. The host is the record's host field: only the journal's;
// pywws's weather station, ecowitt2mqtt's compose service and MQTT broker, the upload servers
// (radmon.org, safecast.org, rainviewer) and the radar names are no hosts. A record that spans
// lines is one entry: pywws's Python version line with its `[GCC …]` line; the journal's one-line
// traceback with escaped newlines stays one line. The bGeigie log's header is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 188306f before any rule for it: level 100.0 %, time 81.2 %, host 100.0 %, records 97.9 %.
// That is the macro figure (micro: level 100.0 %, time 79.5 %, host 100.0 %, records 97.7 %), in a
// worktree at 188306f with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are pywws's time of day glued by a colon to its logger name,
// which trawl does not read, with the Python version's `[GCC …]` line left as a record of its own,
// and PiClock's ctime glued after a colon, which trawl does not read either.

var fresh682Cases = []worldCase{
	{
		name:   "pywws-console-colon-glued-time-of-day",
		source: "pywws run by hand with -v (its logger's `%(asctime)s:%(name)s:%(message)s` with datefmt `%H:%M:%S`; the `Python version` line carries sys.version, whose `[GCC …]` is on a second line): jim-easterbrook/pywws issues #92, #91 and #96 (pasted pywws-logdata, pywws-hourly and pywws-livelog output)",
		why:    "a time of day with no date (the clock's day) glued by a colon to the logger name; the `[GCC 12.2.0]` line belongs to the version line above it; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z", Unknown, "", "07:41:02:pywws.logger:pywws version 24.11.0, build 1712 (3e0c9a4)"),
			we("2026-11-29T07:41:02Z", Unknown, "",
				"07:41:02:pywws.logger:Python version 3.11.2 (main, Mar 13 2025, 12:18:29) ",
				"[GCC 12.2.0]"),
			we("2026-11-29T07:41:03Z", Unknown, "", "07:41:03:pywws.weatherstation:using pywws.device_libusb1"),
			we("2026-11-29T07:41:04Z", Unknown, "", "07:41:04:pywws.logdata:Synchronising to weather station"),
			we("2026-11-29T07:41:29Z", Unknown, "", "07:41:29:pywws.weatherstation:status {'lost_connection': False, 'rain_overflow': False}"),
			we("2026-11-29T07:41:30Z", Unknown, "", "07:41:30:pywws.process:Generating summary data"),
		},
	},
	{
		name:   "pywws-livelog-journal",
		source: "pywws-livelog as a systemd service read with journalctl (`Mmm dd HH:mm:ss host pywws-livelog[pid]: logger:msg`, the time dropped from pywws's own format; a traceback logged as one line with escaped newlines): jim-easterbrook/pywws issue #68",
		why:    "the journal's time and host; `pywws.service.underground` is a logger, no host; `[Errno 28]` is no level; the traceback is one line",
		entries: []worldEntry{
			we("2026-11-29T08:20:11Z", Unknown, "wxshed", "Nov 29 08:20:11 wxshed pywws-livelog[2317]: pywws.logger:pywws version 24.11.0, build 1712 (3e0c9a4)"),
			we("2026-11-29T08:20:38Z", Unknown, "wxshed", "Nov 29 08:20:38 wxshed pywws-livelog[2317]: pywws.weatherstation:status {'rain_overflow': False, 'lost_connection': False}"),
			we("2026-11-29T08:20:40Z", Unknown, "wxshed", "Nov 29 08:20:40 wxshed pywws-livelog[2317]: pywws.service.mqtt:OK"),
			we("2026-11-29T08:20:40Z", Unknown, "wxshed", `Nov 29 08:20:40 wxshed pywws-livelog[2317]: pywws.service.underground:server response "success"`),
			we("2026-11-29T08:25:01Z", Unknown, "wxshed", "Nov 29 08:25:01 wxshed pywws-livelog[2317]: pywws.livelog:[Errno 28] No space left on device: '/home/orla/weather/data/calib/2026/2026-11/2026-11-29.txt'"),
			we("2026-11-29T08:25:01Z", Unknown, "wxshed", `Nov 29 08:25:01 wxshed pywws-livelog[2317]: Traceback (most recent call last):\n  File "/usr/local/lib/python3.11/dist-packages/pywws/livelog.py", line 91, in live_log`),
		},
	},
	{
		name:   "ecowitt2mqtt-compose-pipes",
		source: "ecowitt2mqtt under docker compose (its `%(asctime)s | %(levelname)s | %(message)s` behind compose's `ecowitt2mqtt  | ` prefix; DEBUG lines from paho's `Sending PUBLISH`): bachya/ecowitt2mqtt issues #420 and #482, PR #666 (pasted --verbose output)",
		why:    "a zone-less date and time with comma milliseconds (UTC by the rules); the level word between pipes; the compose service name is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Info, "", "ecowitt2mqtt  | 2026-11-29 07:41:16,102 | INFO | Starting ecowitt2mqtt (version 2024.11.0)"),
			we("2026-11-29T07:41:32.743Z", Debug, "", "ecowitt2mqtt  | 2026-11-29 07:41:32,743 | DEBUG | Sending PUBLISH (d0, q0, r0, m41), 'b'homeassistant/sensor/7A3C90E1B24D5F68C0A1D2E3F4051627/tempf/state'', ... (4 bytes)"),
			we("2026-11-29T07:41:32.751Z", Info, "", "ecowitt2mqtt  | 2026-11-29 07:41:32,751 | INFO | Published to ecowitt2mqtt/gw2000a"),
			we("2026-11-29T07:41:48.310Z", Warn, "", `ecowitt2mqtt  | 2026-11-29 07:41:48,310 | WARNING | Unknown battery type for "wh90batt"; assuming voltage`),
			we("2026-11-29T07:42:04.118Z", Error, "", "ecowitt2mqtt  | 2026-11-29 07:42:04,118 | ERROR | Unable to publish payload: [code 7] The connection was lost."),
		},
	},
	{
		name:   "ecowitt2mqtt-journal-inner-stamp",
		source: "ecowitt2mqtt as a systemd service read with journalctl (the journal's `Mmm dd HH:mm:ss host ecowitt2mqtt[pid]:` header around its own `yyyy-MM-dd HH:mm:ss,fff | LEVEL | msg`), systemd's own lines between: bachya/ecowitt2mqtt issue #1135",
		why:    "two stamps of the same moment (the journal's and ecowitt2mqtt's); the level word between pipes after the inner stamp; systemd's lines carry no level; the journal's host",
		entries: []worldEntry{
			we("2026-11-29T08:12:09Z|2026-11-29T08:12:09.429Z", Info, "attic", "Nov 29 08:12:09 attic ecowitt2mqtt[41877]: 2026-11-29 08:12:09,429 | INFO | Published to weather/garden/station"),
			we("2026-11-29T08:12:25Z|2026-11-29T08:12:25.445Z", Info, "attic", "Nov 29 08:12:25 attic ecowitt2mqtt[41877]: 2026-11-29 08:12:25,445 | INFO | Published to weather/garden/station"),
			we("2026-11-29T08:12:34Z", Unknown, "attic", "Nov 29 08:12:34 attic systemd[1]: Stopping ecowitt2mqtt.service - ECOWITT2MQTT daemon..."),
			we("2026-11-29T08:12:34Z", Unknown, "attic", "Nov 29 08:12:34 attic systemd[1]: Started ecowitt2mqtt.service - ECOWITT2MQTT daemon."),
			we("2026-11-29T08:12:36Z|2026-11-29T08:12:36.387Z", Info, "attic", "Nov 29 08:12:36 attic ecowitt2mqtt[41902]: 2026-11-29 08:12:36,387 | INFO | Starting ecowitt2mqtt (version 2024.11.0)"),
			we("2026-11-29T08:12:52Z|2026-11-29T08:12:52.016Z", Error, "attic", "Nov 29 08:12:52 attic ecowitt2mqtt[41902]: 2026-11-29 08:12:52,016 | ERROR | Error while connecting to MQTT broker 192.0.2.40:1883: [Errno 111] Connection refused"),
		},
	},
	{
		name:   "safecast-bgeigie-nano-log",
		source: "Safecast bGeigie Nano's SD-card log (`# NEW LOG` and `# format=…` header lines, then `$BNRDD,device,yyyy-MM-ddTHH:mm:ssZ,CPM,CP5s,total,A|V,lat,N|S,lon,E|W,alt,A|V,sats,hdop*XX`, an NMEA-style checksum): bGeigie firmware and parser sources found with find_string (`$BNRDD,%04d,%[^,],%d,…` scanf formats, a Nano log sample in a Safecast uploader, an import test fixture with the header lines)",
		why:    "an ISO time in Z as the third comma field of an NMEA-style sentence; the latitude and longitude (`4807.0382`, `01134.5927`) and the checksum are no times; no level, no host; the header is fed but not scored",
		entries: []worldEntry{
			wskip("# NEW LOG", "# format=1.2.0"),
			we("2026-11-29T07:41:05Z", Unknown, "", "$BNRDD,2381,2026-11-29T07:41:05Z,31,3,31,A,4807.0382,N,01134.5927,E,532.40,A,7,1.12*63"),
			we("2026-11-29T07:41:10Z", Unknown, "", "$BNRDD,2381,2026-11-29T07:41:10Z,33,2,33,A,4807.0371,N,01134.5960,E,532.10,A,7,1.12*6C"),
			we("2026-11-29T07:41:15Z", Unknown, "", "$BNRDD,2381,2026-11-29T07:41:15Z,34,4,37,A,4807.0355,N,01134.6002,E,531.80,A,8,0.98*62"),
			we("2026-11-29T07:41:20Z", Unknown, "", "$BNRDD,2381,2026-11-29T07:41:20Z,36,3,40,A,4807.0340,N,01134.6051,E,531.60,A,8,0.98*6D"),
			we("2026-11-29T07:41:25Z", Unknown, "", "$BNRDD,2381,2026-11-29T07:41:25Z,35,1,41,V,4807.0340,N,01134.6051,E,531.60,V,3,9.71*6D"),
		},
	},
	{
		name:   "gclog-geiger-journal",
		source: "GCLog, the Geiger counter logger daemon, through syslog read with journalctl (logger.c: LOG_NOTICE plain, `[WARNING] ` and `[ERROR] ` prefixes; gclog.c's `CPM: %d (= %d/%d), Timestamp: %s` with asctime of the interval's start in UTC; `[DEBUG]` lines in later versions), a Raspberry Pi at +01:00: stelas/GCLog logger.c and gclog.c, issues #1 and #3",
		why:    "the journal's zone-less time and host; the bracketed level after the pid; the asctime inside the CPM line is the measured interval's start in UTC, a minute earlier and an hour off, not the record's time",
		entries: []worldEntry{
			we("2026-11-29T08:40:15Z", Debug, "radpi", "Nov 29 08:40:15 radpi gclog[611]: [DEBUG] Entering main loop..."),
			we("2026-11-29T08:41:16Z", Unknown, "radpi", "Nov 29 08:41:16 radpi gclog[611]: CPM: 19 (= 1121/59), Timestamp: Sun Nov 29 07:40:15 2026"),
			we("2026-11-29T08:41:17Z", Warn, "radpi", "Nov 29 08:41:17 radpi gclog[611]: [WARNING] Upload to radmon.org failed."),
			we("2026-11-29T08:42:16Z", Unknown, "radpi", "Nov 29 08:42:16 radpi gclog[611]: CPM: 22 (= 1298/59), Timestamp: Sun Nov 29 07:41:16 2026"),
			we("2026-11-29T08:43:17Z", Error, "radpi", "Nov 29 08:43:17 radpi gclog[611]: [ERROR] Reading ZERO value from Geiger tube."),
		},
	},
	{
		name:   "cumulusmx-mxdiags-log",
		source: "Cumulus MX's diagnostics log (MXdiags/yyyyMMdd-HHmmss.txt, written through a TextWriterTraceListener as `DateTime.Now.ToString(\"yyyy-MM-dd HH:mm:ss.fff \") + message`, no level): cumulusmx/CumulusMX Cumulus.cs (the service console listener's line) and the MigrateData3to4 and ImportWD utilities' LogMessage, found with find_string; the messages' wording from memory",
		why:    "a zone-less local date and time with milliseconds (UTC by the rules); the station's IP address and the version are no host and no time; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "2026-11-29 07:41:16.204 Cumulus MX v.4.3.1 build 4106"),
			we("2026-11-29T07:41:16.211Z", Unknown, "", "2026-11-29 07:41:16.211 Platform: Unix"),
			we("2026-11-29T07:41:16.389Z", Unknown, "", "2026-11-29 07:41:16.389 Station type: Ecowitt Local API"),
			we("2026-11-29T07:41:18.552Z", Unknown, "", "2026-11-29 07:41:18.552 Connecting to station at 192.0.2.77"),
			we("2026-11-29T07:41:21.930Z", Unknown, "", "2026-11-29 07:41:21.930 GetLiveData: Error - The operation has timed out."),
		},
	},
	{
		name:   "piclock-radar-console-log",
		source: "PiClock, the Raspberry Pi weather clock with rain-radar maps, its startup.sh writing Clock/PyQtPiClock.1.log from bare `print` statements (`getting current and forecast:` + time.ctime(), `getting radar map radarN:` + ctime, `radar map received:radarN:` + ctime, `radar map frame count:radarN:N`, `get radar api call spacing oneshot get i=…`, `get radar error radarN:code`): n0bel/PiClock Clock/PyQtPiClock.py, issues #266, #223 and #43",
		why:    "a ctime glued after a colon with no zone (UTC by the rules); the lines with no ctime have no time of their own and are records of their own, not continuations; `radar1` is a map, no host; no level",
		gap:    "the ctime glued after a colon (`forecast:Sun Nov 29 07:41:16 2026`, `radar1:Sun Nov 29 07:41:18 2026`) is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "getting current and forecast:Sun Nov 29 07:41:16 2026"),
			we("", Unknown, "", "get radar api call spacing oneshot get i=0.1"),
			we("2026-11-29T07:41:16Z", Unknown, "", "getting radar map radar1:Sun Nov 29 07:41:16 2026"),
			we("2026-11-29T07:41:18Z", Unknown, "", "radar map received:radar1:Sun Nov 29 07:41:18 2026"),
			we("", Unknown, "", "radar map frame count:radar1:6"),
			we("", Unknown, "", "get radar error radar2:3"),
		},
	},
}

func TestFresh682Formats(t *testing.T) { assertTable(t, fresh682Cases) }
func TestFresh682Score(t *testing.T) {
	checkScore(t, "fresh682 formats", fresh682Cases, [worldNumFields]float64{99.9, 93.7, 99.9, 99.9})
}
