package parse

import "testing"

// The six-hundred-and-seventy-sixth fresh table: sports, fitness and cycling software's logs as
// people attach them to bug reports, shapes no earlier table holds. Each family is one product's
// documented or observed output: GoldenCheetah's goldencheetah.log (Qt's message pattern, a
// bracketed time of day whose hour is not padded, then the type word); FitTrackee's log file (a
// slashed date, ` - logger - LEVEL - `, a traceback under an ERROR); wger's web container
// (`level=… ts=yyyy-MM-dd HH:mm:ss,SSS module=… path=… line=… message=…`); garmin-grafana's fetch
// container (a banner, Python's bare `WARNING:root:` line, then ` - LEVEL - ` after a comma-milli
// time); garmin-to-fittrackee on a terminal (rich's handler with wrapped lines and a blank time
// column); Zwift's Launcher_log.txt (`[HH:mm:ss yyyy-MM-dd] Launcher:`, the time before the date);
// Open Rowing Monitor in the journal (`npm[pid]:` and no level); LiftTrace's server (a bracketed
// ISO time and a padded bracketed level).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`zwift`, `goldencheetah`, `golden cheetah`, `connectiq`,
// `connect iq`, `garmin`, `qdomyos`, `fittrackee`, ` - fittrackee`, `fittrackee.py`, `strava`,
// `gadgetbridge`, `opentracks`, `endurain`, `runalyze`, `wger`, `module=log`, `level=ERROR ts=`,
// ` ts=20`, `home assistant`, `homeassistant`, `homeassistant.`, `zwift_hass`,
// `custom_components.zwift`, `auuki`, `mywhoosh`, `trainerroad`, `sauce4zwift`, `zoffline`,
// `openant`, `pycycling`, `fitbit`, `polar`, `wahoo`, `rouvy`, `kinomap`, `peloton`,
// `intervals.icu`, `garmindb`, `garminconnect`, `garth`, `garmin-grafana`, `garmin_fetch`,
// ` - INFO - `, `garmin-to-fittrackee`, `strava_to_fittrackee`, `s2f`, `withings`, `suunto`,
// `openscale`, `tapiriik`, `gpxsee`, `traccar`, `owntracks`, `amazfit`, `huami`, `zepp`, `mi band`,
// `sporttracks`, `turtle sport`, `mytourbook`, `fit-file`, `fitparse`, `bluetooth`, `bleak`,
// `ant+`, `antplus`, `ftms`, `heart rate`, `openrowingmonitor`, `rowingmonitor`, `npm[`, `rowing`,
// `pm5`, `ergdata`, `tacx`, `kickr`, `smart trainer`, `FE-C`, `bike`, `cycling`, `hevy`,
// `healthkit`, `google fit`, `health connect`, `workout`, `treadmill`, `lifttrace`, `] [INFO ] [`,
// `[INFO ]`, `Launcher:`, `Launcher_log`, `] Launcher`, `paintEngine`, `] warning: `, `] debug: `).
// Zwift's game Log.txt, qdomyos-zwift and gymnasticon are fresh407's, and the watch SDKs (Connect IQ)
// fresh155's; Zwift's launcher log is in none (`Launcher_log` matches only a list of greps in
// fresh195, `Launcher:` other launchers). None of GoldenCheetah, FitTrackee, wger, garmin-grafana,
// garmin-to-fittrackee, Open Rowing Monitor or LiftTrace is in any table; their fragments
// (` - INFO - `, `level=ERROR ts=`, `[INFO ]`, `] warning: `) match other products' lines only.
// Left out: Home Assistant's fitness integrations (zwift_hass, garmin_connect), whose lines are Home
// Assistant's log, in many tables; Endurain's app.log, whose layout no search confirmed in the time
// given; Gadgetbridge, OpenTracks, Wahoo, Polar and the other products already measured. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). GoldenCheetah's `[7:41:16.244]` is a local time of day with no date: it
// is on the clock's day, read as UTC. FitTrackee's, wger's, garmin-grafana's, rich's, the Zwift
// launcher's and the journal's stamps have no zone and are taken as UTC; the journal's has no year
// (2026); rich's date is month-first with a two-digit year. LiftTrace's ISO time ends in Z. A rich
// record whose time column is blank (rich leaves it blank when it repeats the line above's) has no
// time of its own, and garmin-grafana's `WARNING:root:` line has none either. Levels only where the
// line marks one: Qt's type word (debug, info, warning, critical), the dash-separated level words,
// wger's level=, Python's `WARNING:` prefix, rich's level column and LiftTrace's bracketed word;
// the Zwift launcher's `Launcher:` and Open Rowing Monitor's lines carry none. The host is the
// record's host field: only the journal's; a BLE address, the Garmin and FitTrackee servers and
// file paths are no hosts. A record that spans lines is one entry: FitTrackee's, wger's and
// garmin-grafana's tracebacks under their ERROR lines, and rich's wrapped message lines. The
// garmin-grafana banner is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (wger's traceback under its ERROR line, LiftTrace's WARN and ERROR words).
// Hosts, ids, addresses, users and messages are invented, and every time is in late November 2026.
// The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read,
// and it stays in the score.
//
// Its first figure, scored at commit 22ad146 before any rule for it: level 97.5 %, time 87.5 %, host 97.5 %, records 95.0 %.
// That is the macro figure (micro: level 97.4 %, time 87.2 %, host 97.4 %, records 94.9 %), in a
// worktree at 22ad146 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are GoldenCheetah's time of day with a one-digit hour
// (`[7:41:16.244]`), which trawl does not read, and rich's record with a blank time column, which
// trawl joins with its wrapped lines to the record before.

var fresh676Cases = []worldCase{
	{
		name:   "goldencheetah-log-qt-message-pattern",
		gap:    "the bracketed time of day whose hour is not padded to two digits (`[7:41:16.244]`) is not read: those records get no time; `[10:02:03.114]` is read",
		source: "GoldenCheetah's goldencheetah.log (stderr redirected to the athlete library, or --debug to the terminal; the release build's Qt message pattern `[%{time h:mm:ss.zzz}] %{type}: %{message}`, the hour not padded): GoldenCheetah/GoldenCheetah src/Core/main.cpp (debugFormat), PR #3837 (a pasted log), PR #3485",
		why:    "a bracketed time of day with milliseconds and an unpadded hour, no date (the clock's day); Qt's type word after it is the level (debug, info, warning, critical); `0x0b` and file names are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.244Z", Debug, "", `[7:41:16.244] debug: Opening athlete "Maren Vos" in "/home/maren/.goldencheetah/Maren Vos"`),
			we("2026-11-29T07:41:18.031Z", Warn, "", "[7:41:18.031] warning: QWidget::paintEngine: Should no longer be called"),
			we("2026-11-29T07:41:21.507Z", Debug, "", "[7:41:21.507] debug: ANT+ channel 2 assigned to device type 0x0b (power), id 40712"),
			we("2026-11-29T07:41:25.880Z", Critical, "", "[7:41:25.880] critical: Fortius: bulk write to endpoint 0x02 failed, trainer disconnected"),
			we("2026-11-29T10:02:03.114Z", Info, "", "[10:02:03.114] info: Strava upload finished for 2026_11_29_07_40_12.json (activity 99120455)"),
		},
	},
	{
		name:   "fittrackee-log-slashed-date-dashes",
		source: "FitTrackee's log file (fittrackee.log, the Flask app's logging `%(asctime)s - %(name)s - %(levelname)s - %(message)s` with the date as `yyyy/MM/dd HH:mm:ss`; an exception's traceback under its ERROR line): SamR1/FitTrackee issues #716 and #823 (pasted lines), #573 (fittrackee.log attached)",
		why:    "a slashed zone-less date (UTC); the level word is the third dash-separated field, after the logger name; a Python traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 - fittrackee - INFO - creating workout 'Morning ride' for user 'kjeld' from 2026-11-29_0712.gpx"),
			we("2026-11-29T07:41:19Z", Warn, "", "2026/11/29 07:41:19 - fittrackee - WARNING - weather data not available for workout 7rJfQw2sVhGk3cTzLmNp4E (visualcrossing: 429)"),
			we("2026-11-29T07:43:02Z", Error, "",
				"2026/11/29 07:43:02 - fittrackee_workouts_upload - ERROR - exception: could not convert string to float: 'NaN;'",
				"Traceback (most recent call last):",
				`  File "/usr/src/app/fittrackee/workouts/services/workout_from_file/base_workout_with_segment_service.py", line 204, in process_workout`,
				"    self._process_file()",
				"ValueError: could not convert string to float: 'NaN;'"),
			we("2026-11-29T07:44:40Z", Error, "", "2026/11/29 07:44:40 - fittrackee - ERROR - list index out of range"),
		},
	},
	{
		name:   "wger-server-key-value-spaced-ts",
		source: "wger's web container (wger/server; its LOGGING formatter `level=%(levelname)s ts=%(asctime)s module=%(module)s path=%(pathname)s line=%(lineno)d message=%(message)s`, asctime with a blank and a comma): wger-project/docker issue #154 (pasted lines); the traceback Django's request logger adds to an Internal Server Error from memory",
		why:    "key=value pairs whose ts value holds a blank between the date and the time and a comma before the milliseconds (zone-less, UTC); level= is the level; the traceback under the ERROR is its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "level=INFO ts=2026-11-29 07:41:16,204 module=sync path=/home/wger/src/wger/exercises/sync.py line=118 message=Synchronized 862 exercises from the remote instance"),
			we("2026-11-29T07:41:20.551Z", Warn, "", "level=WARNING ts=2026-11-29 07:41:20,551 module=log path=/home/wger/.local/lib/python3.12/site-packages/django/utils/log.py line=253 message=Not Found: /static/images/logos/apple-touch-icon.png"),
			we("2026-11-29T07:41:33.017Z", Error, "",
				"level=ERROR ts=2026-11-29 07:41:33,017 module=log path=/home/wger/.local/lib/python3.12/site-packages/django/utils/log.py line=253 message=Internal Server Error: /api/v2/routine/118/date-sequence-display/",
				"Traceback (most recent call last):",
				`  File "/home/wger/.local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner`,
				"    response = get_response(request)",
				"KeyError: 'slot_entries'"),
			we("2026-11-29T07:42:05.880Z", Info, "", "level=INFO ts=2026-11-29 07:42:05,880 module=tasks path=/home/wger/src/wger/nutrition/tasks.py line=64 message=Fetched 40 ingredient images"),
		},
	},
	{
		name:   "garmin-grafana-fetch-dashes-banner",
		source: "garmin-grafana's garmin-fetch-data container (a banner, Python's default `LEVEL:root:msg` for an early warning, then `%(asctime)s - %(levelname)s - %(message)s`; a traceback under a login error): arpanghosh8453/garmin-grafana issues #24, #219 and #10, PR #191 (pasted logs)",
		why:    "a zone-less date with a comma before the milliseconds, then the level between dashes; the watch sync time and a date inside the message are no record times; `WARNING:root:` has a level and no time; the banner is fed, not scored",
		entries: []worldEntry{
			wskip("",
				"______________________________________________________________________",
				"",
				"  garmin fetch  |  Garmin Connect to InfluxDB",
				"______________________________________________________________________",
				""),
			we("", Warn, "", "WARNING:root:System ENV variables are overridden with override-default-vars.env"),
			we("2026-11-29T07:41:16.512Z", Info, "", "2026-11-29 07:41:16,512 - INFO - Trying to login to Garmin Connect using token data from directory '~/.garminconnect'..."),
			we("2026-11-29T07:41:17.290Z", Info, "", "2026-11-29 07:41:17,290 - INFO - Update found : Current watch sync time is 2026-11-29 06:58:12+00:00 UTC"),
			we("2026-11-29T07:41:19.004Z", Warn, "", "2026-11-29 07:41:19,004 - WARNING - Failed to fetch Lifestyle Journaling data for date 2026-11-28: 'NoneType' object is not iterable"),
			we("2026-11-29T07:52:40.118Z", Error, "",
				"2026-11-29 07:52:40,118 - ERROR - Error in request: 429 Client Error: Too Many Requests for url: https://connectapi.garmin.example/oauth-service/oauth/exchange/user/2.0",
				"Traceback (most recent call last):",
				`  File "/app/garmin_grafana/garmin_fetch.py", line 141, in garmin_login`,
				"    garmin.login(TOKEN_DIR)",
				"garminconnect.GarminConnectTooManyRequestsError: Error in request: 429 Client Error: Too Many Requests"),
		},
	},
	{
		name:   "garmin-to-fittrackee-rich-wrapped",
		gap:    "a rich record whose time column is blank (it repeats the time of the line above) is joined, with its wrapped lines, to the record before instead of being a record of its own",
		source: "garmin-to-fittrackee on a terminal (rich's log handler: `[MM/dd/yy HH:mm:ss] LEVEL    message   file.py:line`, the message wrapped onto lines indented under it and ending in the module and function names, the time column left blank when it repeats the line above's): Dryusdan/garmin-to-fittrackee issue #6 (a pasted log)",
		why:    "a month-first two-digit-year date in brackets; the indented wrapped lines belong to the record above them; a record whose time column is blank is a record of its own with no time written",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"[11/29/26 07:41:16] INFO     Logged in to Garmin Connect, fetching      main.py:118",
				"                             activities since 2026-11-22 main sync"),
			we("2026-11-29T07:41:19Z", Info, "",
				"[11/29/26 07:41:19] INFO     Activity data downloaded to file        main.py:137",
				"                             /tmp/20511873344.gpx main sync"),
			we("", Error, "",
				"                    ERROR    Failed to post                    fittrackee.py:245",
				"                             /tmp/20511873344.gpx.Return code",
				`                             413. Error {"status": "fail",`,
				`                             "message": "file size is greater`,
				`                             than the allowed size"} fittrackee`,
				"                             upload_gpx"),
			we("2026-11-29T07:41:24Z", Warn, "",
				"[11/29/26 07:41:24] WARNING  Activity 20511877102 already exists   main.py:151",
				"                             in FitTrackee, skipping main sync"),
			we("2026-11-29T07:41:30Z", Info, "", "[11/29/26 07:41:30] INFO     Sync done: 2 uploaded, 1 skipped main sync      main.py:170"),
		},
	},
	{
		name:   "zwift-launcher-log-time-before-date",
		source: "Zwift's launcher log (Documents\\Zwift\\Logs\\Launcher_log.txt, `[HH:mm:ss yyyy-MM-dd] Launcher: msg`, the time before the date): zoffline/zwift-offline issue #474 (a pasted log)",
		why:    "a bracket holding the time of day first and the ISO date after it (zone-less, UTC); `Launcher:` is a component, no level; Windows paths are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:40:55Z", Unknown, "", "[07:40:55 2026-11-29] Launcher: Auto Startup is Disabled."),
			we("2026-11-29T07:40:55Z", Unknown, "", "[07:40:55 2026-11-29] Launcher: Launcher Version Number 1.1.16"),
			we("2026-11-29T07:40:56Z", Unknown, "", `[07:40:56 2026-11-29] Launcher: Attempting to create or access download folder at C:\Users\tjalle\AppData\Local\Zwift\launcher`),
			we("2026-11-29T07:40:57Z", Unknown, "", "[07:40:57 2026-11-29] Launcher: prefs.xml file found."),
			we("2026-11-29T07:41:03Z", Unknown, "", "[07:41:03 2026-11-29] Launcher: Game version 1.79.0 is current, skipping update"),
		},
	},
	{
		name:   "openrowingmonitor-journal-npm",
		source: "Open Rowing Monitor on a Raspberry Pi as a systemd service run through npm, read with `journalctl -u openrowingmonitor` (BSD journal line, `npm[pid]:`, then the app's loglevel output with no level word): JaapvanEkris/openrowingmonitor issues #145 and #188 (pasted logs)",
		why:    "a journal line with no year and the Pi's host name; the app writes no level; `Rowing started at 07:42:30` and a BLE address inside the message are no time and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "rowerpi", "Nov 29 07:41:16 rowerpi npm[1187]: ==== Open Rowing Monitor 0.9.7 ===="),
			we("2026-11-29T07:41:16Z", Unknown, "rowerpi", "Nov 29 07:41:16 rowerpi npm[1187]: bluetooth profile: Concept2 PM5"),
			we("2026-11-29T07:41:17Z", Unknown, "rowerpi", "Nov 29 07:41:17 rowerpi npm[1196]: Gpio-service: pin number 17, polling interval 5 us, triggered on Up flank, minimal pulse time 50 us"),
			we("2026-11-29T07:42:14Z", Unknown, "rowerpi", "Nov 29 07:42:14 rowerpi npm[1187]: PM5 Connection established, address: 5c:e1:0a:73:19:b4"),
			we("2026-11-29T07:42:30Z", Unknown, "rowerpi", "Nov 29 07:42:30 rowerpi npm[1187]: Rowing started at 07:42:30"),
			we("2026-11-29T07:42:36Z", Unknown, "rowerpi", "Nov 29 07:42:36 rowerpi npm[1187]: stroke: 2, dist: 17.9m, heartrate: 131 BPM, pace: 2:07/500m, stroke dist: 9.6m, strokerate: 24.1 SPM, drive dur: 0.81s, rec. dur: 1.68s, stroke dur: 2.49s"),
		},
	},
	{
		name:   "lifttrace-server-iso-padded-level",
		source: "LiftTrace's server on a terminal or in `docker logs` (`[ISO-8601 Z] [LEVEL] [component] msg`, the level padded to five inside its bracket, the component optional; request lines `GET /path → status (ms)`): TraceApps/lifttrace issue #90 (a pasted log); the WARN and ERROR words from memory",
		why:    "an ISO time in Z in brackets; the padded bracketed level; the bracketed component and the request's status are no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.318Z", Info, "", "[2026-11-29T07:41:16.318Z] [INFO ] [scheduler] Starting 15-minute tick loop"),
			we("2026-11-29T07:41:16.327Z", Info, "", "[2026-11-29T07:41:16.327Z] [INFO ] LiftTrace running on port 3003"),
			we("2026-11-29T07:41:22.940Z", Info, "", "[2026-11-29T07:41:22.940Z] [INFO ] GET /2026-11-29 → 200 (14ms)"),
			we("2026-11-29T07:41:40.006Z", Warn, "", "[2026-11-29T07:41:40.006Z] [WARN ] [oidc-env] Provider 2 has no client secret, skipping"),
			we("2026-11-29T07:45:00.512Z", Error, "", "[2026-11-29T07:45:00.512Z] [ERROR] [scheduler] Nightly backup failed: EACCES: permission denied, open '/data/backups/lifttrace-2026-11-29.db'"),
		},
	},
}

func TestFresh676Formats(t *testing.T) { assertTable(t, fresh676Cases) }
func TestFresh676Score(t *testing.T) {
	checkScore(t, "fresh676 formats", fresh676Cases, [worldNumFields]float64{97.4, 87.4, 97.4, 94.9})
}
