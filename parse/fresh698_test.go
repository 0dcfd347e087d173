package parse

import "testing"

// The six-hundred-and-ninety-eighth fresh table: astronomy and telescope control, the logs people
// attach when an imaging night, an all-sky camera or a radio telescope's control software goes
// wrong, in shapes no earlier table holds. Each family is one product's documented or observed
// output: Siril's log (`HH:mm:ss: message`, a time of day and a colon); INDIGO's indigo_server on
// stderr (a time of day with microseconds, then `indigo_server:`); an INDI driver's messages as the
// client's message pane lists them (`HH:mm:ss.fff: [LEVEL] message`); katcp's `#log level
// timestamp name message` informs (MeerKAT's control protocol, an epoch in seconds, escaped
// blanks); the SKA Observatory logging standard (`1|ISO-Z|LEVEL|thread|function|file#line|tags|msg`);
// indi-allsky's log file in two generations (its rsyslog rule's `MMM d HH:mm:ss host [LEVEL] …`, and
// the high-precision template's RFC 3339 time with an offset before the host); OpenLiveStacker's
// log.txt (CppCMS's `yyyy-MM-dd HH:mm:ss; module, level: msg (file:line)`, a JSON request over
// several lines in one record).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`indi`, `indiserver`, `kstars`, `ekos`, `phd2`, `PHDGuiding`,
// `N.I.N.A`, `nina`, `sharpcap`, `ascom`, `ACP`, `skyx`, `theskyx`, `firecapture`,
// `sequence generator`, `SGPro`, `voyager`, `astroberry`, `stellarmate`, `astrometry`,
// `solve-field`, `gnuradio`, `gqrx`, `casa`, `casa.log`, `casalogger`, `rtl_sdr`, `rtl_tcp`,
// `siril`, `Welcome to siril`, `Stacking`, `pixinsight`, `ccdciel`, `indigo`, `indigo_server`,
// `INDIGO server`, `alpaca`, `maxim`, `sgpro`, `astap`, `gpsd`, `chrony`, `stellarium`, `APT`,
// `APT `, `astro photography tool`, `cartes du ciel`, `skychart`, `astroimager`, `lin_guider`,
// `oacapture`, `asiair`, `kstars.log`, `INDI::`, `[PHD]`, `Guiding`, `hamlib`, `rotctld`,
// `predict`, `gpredict`, `satnogs`, `dump1090`, `openskyspace`, `seestar`, `indi_`, `pymeade`,
// `bifrost`, `dsa`, `pulsar`, `presto`, `sigproc`, `tempo2`, `sofa`, `ocs`, `rts2`, `talon`,
// `ASCOM`, `Remote Server`, `tracelogger`, `openastro`, `eqmod`, `read_eqmod`,
// `dispatch_command`, `onstep`, `skysafari`, `astroplanner`, `allsky`, `indi-allsky`,
// `MainProcess-`, `[WARNING] MainProcess`, `ImageWorker`, `Capture-1-`, `heasoft`, `ds9`, `wsjt`,
// `radio-astro`, `einstein`, `katcp`, `#log `, `#log warn`, `#log info`, `ska-`, `ska_`,
// `ska-telescope`, `tango`, `tango-device`, `|INFO|MainThread|`, `indiweb`, `pyobs`, `chimera`,
// `Session log file`, `sec<TAB>:`, `Capture.log`, `Debug.log`, `asi_`, `zwo`, `LogFrame`,
// `Starting FireCapture`, `LoadFits`, `openlivestacker`, `cppcms`, `; cppcms`, `(http_api.cpp`,
// `.355: [DEBUG]`, `: [DEBUG] `). None of Siril, INDIGO, the INDI message pane's
// `HH:mm:ss.fff: [LEVEL]` line, katcp, the SKA logging standard, indi-allsky or OpenLiveStacker is
// in any table (`siril`, `sharpcap`, `firecapture`, `indigo`, `cppcms` match only earlier tables'
// lists of greps; `MainProcess-` and `tango` other products; `: [DEBUG] ` other shapes). Left out as
// measured already: KStars/Ekos's log, N.I.N.A.'s log, PHD2's debug and guide logs, indiserver's
// verbose output, Stellarium's log, CASA's logger, astropy, GNU Radio, SatNOGS, gpredict, Hamlib,
// WSJT-X, dump1090, SDR++, SDRangel, OpenWebRX, SatDump, UHD, JS8Call, radiosonde_auto_rx, ESO's
// esorex, the LSST pipetask log. Left out as not confirmed by any search: SharpCap's log, FireCapture's
// log, Sequence Generator Pro's log, CCDciel's log, the INDI driver's own log file under ~/.indi/logs.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Siril's, INDIGO's and the INDI message pane's lines carry a time of day only:
// they are on the clock's day. katcp's timestamp is an epoch in seconds with a fraction. The SKA
// standard's time ends in Z. indi-allsky's rsyslog date has no year (2026) and no zone (UTC); its
// high-precision stamp carries +11:00 and is converted. OpenLiveStacker's stamp has no zone and is
// taken as UTC. Levels only where the line marks one: the INDI driver's bracketed [INFO] [WARNING]
// [ERROR] [DEBUG], katcp's lower-case level word (fatal is Critical), the SKA standard's third field,
// indi-allsky's bracketed word after the host, OpenLiveStacker's word after `module,`; Siril's and
// INDIGO's lines carry none. The host is the record's host field: only indi-allsky's (the syslog
// host after the time); katcp's logger names (`cbf.xengine.x-host12`), the SKA `tango-device:` tags,
// INDIGO's `indigo_server:` and the drivers' device names are no hosts. A record that spans lines is
// one entry: OpenLiveStacker's request dump, its JSON body and the closing ` (ctl_app.h:29)`.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages") and find_string; where a search did not
// confirm a detail the source says "from memory" (katcp's version-5 timestamp in seconds). Hosts,
// ids, addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit beb2b2f before any rule for it: level 100.0 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 88.1 %, records 100.0 %), in a
// worktree at beb2b2f with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is indi-allsky's high-precision log, whose host word between the
// RFC 3339 time with an offset and the bracketed level trawl does not read.

var fresh698Cases = []worldCase{
	{
		name:   "siril-log-time-of-day-colon",
		source: "Siril's log pane and its saved log (`HH:mm:ss: message`, a time of day only, then a colon and the message; no level): naztronaut/siril-scripts issues #44, #19 and #90 (pasted Siril logs)",
		why:    "a time of day with no date and a colon glued to the seconds (the clock's day); `4144x2822` and `32 bits` are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T02:14:07Z", Unknown, "", "02:14:07: Setting CWD (Current Working Directory) to '/home/ilse/astro/2026-11-28_NGC891/process'"),
			we("2026-11-29T02:14:09Z", Unknown, "", "02:14:09: Reading FITS: file pp_light_00012.fit, 1 layer(s), 4144x2822 pixels, 32 bits"),
			we("2026-11-29T02:31:55Z", Unknown, "", "02:31:55: Rejection stacking complete. 118 images have been stacked."),
			we("2026-11-29T02:31:56Z", Unknown, "", "02:31:56: Execution time: 17 min 48.20 s"),
			we("2026-11-29T02:31:56Z", Unknown, "", "02:31:56: Saving FITS: file result_118x300s.fit, 1 layer(s), 4144x2822 pixels, 32 bits"),
		},
	},
	{
		name:   "indigo-server-log-microsecond-time-of-day",
		source: "INDIGO's indigo_server log on stderr (`HH:mm:ss.ffffff indigo_server: message`, a driver's debug lines `indigo_ccd_x[function:line]: …`): indigo-astronomy/indigo issue #353 (a pasted server log)",
		why:    "a time of day with microseconds and no date (the clock's day); `indigo_server:` is the program, no host; `[process_plug_event:1620]` is a function and line; no level",
		entries: []worldEntry{
			we("2026-11-29T01:52:03.412876Z", Unknown, "", "01:52:03.412876 indigo_server: INDIGO server 2.0-300 built on Oct 14 2026 09:12:44"),
			we("2026-11-29T01:52:03.420115Z", Unknown, "", "01:52:03.420115 indigo_server: Driver indigo_ccd_asi 2.0.0.44 loaded"),
			we("2026-11-29T01:52:03.420398Z", Unknown, "", "01:52:03.420398 indigo_server: indigo_ccd_asi[process_plug_event:1620]: 'ZWO ASI2600MM Pro #0' attached"),
			we("2026-11-29T01:52:03.431902Z", Unknown, "", "01:52:03.431902 indigo_server: Server started on port 7624"),
			we("2026-11-29T01:52:07.118243Z", Unknown, "", "01:52:07.118243 indigo_server: Driver indigo_mount_lx200 2.0.0.32 loaded"),
		},
	},
	{
		name:   "indi-driver-messages-time-ms-bracket-level",
		source: "an INDI driver's messages as the client's message pane lists them (`HH:mm:ss.fff: [LEVEL] message`, the driver's own [INFO] [WARNING] [ERROR] [DEBUG] tags): indilib/indi issue #1095 (indi_eqmod_telescope messages pasted)",
		why:    "a time of day with milliseconds and a colon, no date (the clock's day); the level is the bracketed word after it; encoder counts and RA/DEC are no times",
		entries: []worldEntry{
			we("2026-11-29T03:40:11.207Z", Info, "", "03:40:11.207: [INFO] Mount is unparked."),
			we("2026-11-29T03:40:11.355Z", Debug, "", "03:40:11.355: [DEBUG] Current encoders RA=8421376 DE=10573312"),
			we("2026-11-29T03:40:12.018Z", Warn, "", "03:40:12.018: [WARNING] Mount is 4 minutes from the meridian limit."),
			we("2026-11-29T03:40:14.902Z", Error, "", "03:40:14.902: [ERROR] Serial read error: timeout after 1 second(s)."),
			we("2026-11-29T03:40:15.001Z", Info, "", "03:40:15.001: [INFO] Slewing to JNow RA 02:22:41 - DEC +42:20:57"),
		},
	},
	{
		name:   "katcp-log-inform-epoch-seconds",
		source: "katcp (the MeerKAT/SKA-SA control protocol) `#log level timestamp name message` informs as a device server sends them and a client session shows them, spaces escaped as `\\_`: the katcp Rust crate's messages/log.rs example (`#log warn 10000 device.sub-system Something\\_may\\_be\\_wrong`, found with the code search) and the Julia katcp LogInform type; the version-5 timestamp in seconds with a fraction from memory",
		why:    "an epoch in seconds with milliseconds after the level word; the level word is lower-case (fatal is Critical); the logger name (`cbf.xengine.x-host12`) is no host",
		entries: []worldEntry{
			we("2026-11-29T03:12:40.125Z", Info, "", `#log info 1795921960.125 cbf.fengine.f-host07 F-engine\_input\_0\_locked\_to\_sync\_epoch`),
			we("2026-11-29T03:12:41.402Z", Warn, "", `#log warn 1795921961.402 cbf.xengine.x-host12 Packet\_loss\_on\_stream\_baseline-correlation-products:\_0.12%`),
			we("2026-11-29T03:13:05.007Z", Error, "", `#log error 1795921985.007 sensors.digitiser.m042 ADC\_overrange\_on\_h-pol\_for\_3\_dumps`),
			we("2026-11-29T03:14:22.55Z", Debug, "", `#log debug 1795922062.550 subarray.1 capture-init\_requested\_for\_product\_array\_1`),
			we("2026-11-29T03:15:00Z", Critical, "", `#log fatal 1795922100.000 proxy.dsh Lost\_connection\_to\_device\_server\_dsh-m017`),
		},
	},
	{
		name:   "ska-logging-standard-pipe",
		source: "the SKA Observatory logging standard of ska-ser-logging and the Tango base classes (`1|yyyy-MM-ddTHH:mm:ss.fffZ|LEVEL|thread|function|file#line|tags|message`): ska-ser-logging's README (its grammar and examples) and pod logs pasted in SKA repositories' docs, found with find_string (`|tango-device:`)",
		why:    "a version digit and a pipe before the ISO time in Z; the level is the third pipe field; `tango-device:mid-dish/…/SKA042` is a device tag, no host; an empty thread and tag field",
		entries: []worldEntry{
			we("2026-11-29T04:05:10.931Z", Info, "", "1|2026-11-29T04:05:10.931Z|INFO|MainThread|init_device|dish_manager.py#212|tango-device:mid-dish/dish-manager/SKA042|Dish manager initialising"),
			we("2026-11-29T04:05:11.047Z", Debug, "", "1|2026-11-29T04:05:11.047Z|DEBUG|Thread-3 (_event_consumer)|_on_state_change|component_manager.py#388|tango-device:mid-dish/dish-manager/SKA042|dishMode changed from STARTUP to STANDBY_LP"),
			we("2026-11-29T04:05:12.3Z", Info, "", "1|2026-11-29T04:05:12.300Z|INFO||configure|subarray.py#127||Subarray 2 configured with 4 receptors"),
			we("2026-11-29T04:05:40.502Z", Warn, "", "1|2026-11-29T04:05:40.502Z|WARNING|MainThread|_poll_spf|spf_component_manager.py#145|tango-device:mid-dish/simulator-spfc/SKA042|Feed temperature above threshold: 28.4 K"),
			we("2026-11-29T04:06:02.118Z", Error, "", "1|2026-11-29T04:06:02.118Z|ERROR|Thread-7|track_load_table|ds_component_manager.py#604|tango-device:mid-dish/ds-manager/SKA042|Track table rejected: first sample is in the past"),
			we("2026-11-29T04:06:02.12Z", Critical, "", "1|2026-11-29T04:06:02.120Z|CRITICAL|MainThread|_watchdog|ds_component_manager.py#711|tango-device:mid-dish/ds-manager/SKA042|Watchdog expired, stowing the dish"),
		},
	},
	{
		name:   "indi-allsky-rsyslog-file-host-bracket-level",
		source: "indi-allsky's /var/log/indi-allsky/indi-allsky.log written by its rsyslog rule (`MMM d HH:mm:ss host [LEVEL] Process-pid/Thread module.function() #line: message`): aaronwmorris/indi-allsky issues #414, #1113 and #593 (pasted logs)",
		why:    "a syslog date with no year (2026) and the host after it; the level word in brackets after the host; `MainProcess-4410/MainThread` and `#562` are a process and a line number, no host and no time",
		entries: []worldEntry{
			we("2026-11-29T02:14:32Z", Info, "skycam7", "Nov 29 02:14:32 skycam7 [INFO] MainProcess-4410/MainThread allsky.run() #562: Camera last ready: 14.2s"),
			we("2026-11-29T02:14:32Z", Info, "skycam7", "Nov 29 02:14:32 skycam7 [INFO] Capture-1-4417/MainThread capture.detectNight() #1392: Sun altitude: -31.4"),
			we("2026-11-29T02:14:40Z", Warn, "skycam7", "Nov 29 02:14:40 skycam7 [WARNING] ImageWorker-1-4421/MainThread image._calibrate() #1660: Bad Pixel Map not found: ccd1 16bit 15.0s gain 200 bin 1 -10.0c"),
			we("2026-11-29T02:14:41Z", Error, "skycam7", "Nov 29 02:14:41 skycam7 [ERROR] Upload-1-4419/MainThread uploader.saferun() #140: Upload failed: [Errno 113] No route to host"),
			we("2026-11-29T02:14:42Z", Debug, "skycam7", "Nov 29 02:14:42 skycam7 [DEBUG] Video-1-4420/MainThread video.saferun() #201: Waiting for tasks"),
		},
	},
	{
		name:   "indi-allsky-iso-offset-file-host-bracket-level",
		source: "indi-allsky's log with rsyslog's high-precision timestamp template (`yyyy-MM-ddTHH:mm:ss.ffffff±hh:mm host [LEVEL] Process-pid/Thread module.function() [line]: message`): aaronwmorris/indi-allsky issue #1918 (a pasted log)",
		why:    "an RFC 3339 time with microseconds and a +11:00 offset (UTC 10:40), then the host; the level in brackets; `[896]` is a line number, no level",
		gap:    "the host word between an RFC 3339 time with an offset and a bracketed level word ([INFO]) is not read",
		entries: []worldEntry{
			we("2026-11-29T10:40:15.057817Z", Info, "obs-ridge", "2026-11-29T21:40:15.057817+11:00 obs-ridge [INFO] Capture-1-3302/MainThread indi.getCcdTemperature() [896]: Camera temperature: 12.7"),
			we("2026-11-29T10:40:15.157602Z", Info, "obs-ridge", "2026-11-29T21:40:15.157602+11:00 obs-ridge [INFO] Capture-1-3302/MainThread capture.detectNight() [1394]: Moon altitude: 22.1, phase 61.3%"),
			we("2026-11-29T10:40:18.002113Z", Warn, "obs-ridge", "2026-11-29T21:40:18.002113+11:00 obs-ridge [WARNING] Sensor-1-3306/MainThread sensor.saferun() [205]: Sensor read timeout: bme280 at 0x76"),
			we("2026-11-29T10:40:20.44091Z", Error, "obs-ridge", "2026-11-29T21:40:20.440910+11:00 obs-ridge [ERROR] ImageWorker-1-3305/MainThread image.processImage() [412]: Image processing failed: corrupt FITS data"),
			we("2026-11-29T10:40:21.000045Z", Debug, "obs-ridge", "2026-11-29T21:40:21.000045+11:00 obs-ridge [DEBUG] MainProcess-3300/MainThread allsky._queueManualTasks() [1228]: Checking for manually submitted tasks"),
		},
	},
	{
		name:   "openlivestacker-log-txt-semicolon-module-level",
		source: "OpenLiveStacker's debug/log.txt (CppCMS's booster logger: `yyyy-MM-dd HH:mm:ss; module, level: message (file.cpp:line)`, a message that spans lines closed by its ` (file:line)`): artyom-beilis/OpenLiveStacker issue #81 (a pasted log.txt with a JSON request over several lines)",
		why:    "a zone-less date and time followed by a semicolon (UTC by the rules); the level word after the module name and a comma; the JSON body and its closing ` (ctl_app.h:29)` belong to the record above",
		entries: []worldEntry{
			we("2026-11-28T21:40:02Z", Info, "", "2026-11-28 21:40:02; ols, info: Starting OpenLiveStacker on port 8080 (main.cpp:212)"),
			we("2026-11-28T21:40:09Z", Info, "", "2026-11-28 21:40:09; cppcms_http, info: POST /api/camera (http_api.cpp:294)"),
			we("2026-11-28T21:40:09Z", Info, "",
				"2026-11-28 21:40:09; stacker, info: GOT:",
				"{",
				"\t\"id\" :\t0,",
				"\t\"operation\" :\t\"open\"",
				"}",
				" (ctl_app.h:29)"),
			we("2026-11-28T21:41:30Z", Warn, "", "2026-11-28 21:41:30; stacker, warning: Failed to register frame 37, skipping (stack_ctl.cpp:411)"),
			we("2026-11-28T21:42:05Z", Error, "", "2026-11-28 21:42:05; camera, error: ASI camera returned timeout on frame readout (asi_camera.cpp:388)"),
			we("2026-11-28T21:42:06Z", Debug, "", "2026-11-28 21:42:06; cppcms_http, debug: Timeout on connection for URI: /api/stream (http_api.cpp:185)"),
		},
	},
}

func TestFresh698Formats(t *testing.T) { assertTable(t, fresh698Cases) }
func TestFresh698Score(t *testing.T) {
	checkScore(t, "fresh698 formats", fresh698Cases, [worldNumFields]float64{99.9, 99.9, 87.4, 99.9})
}
