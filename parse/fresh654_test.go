package parse

import "testing"

// The six-hundred-and-fifty-fourth fresh table: cameras, NVRs and video surveillance software, the
// logs people attach to tickets when a camera drops or a detector stays silent, shapes no earlier
// table holds. Each family is one product's documented or observed output: Viseron's console
// (`[date time] [LEVEL   ] [logger] - msg`, a traceback under an ERROR); Moonfire NVR's tracing
// output (a zone-less microsecond stamp, a right-aligned level, a thread and a span); Neolink's
// env_logger lines with an error's `Caused by:` chain under them; Double Take's messages.log (a
// two-digit-year date, `level:`, and JavaScript objects dumped over the lines below); CodeProject.AI
// Server's log as Blue Iris users paste it (a time of day glued to the text by a colon); the
// ZoneMinder event server's console logs (`DBG-2:`, `INF:`, `WAR:`, `ERR:` glued to a
// comma-separated date and time); Kerberos.io v2 machinery's log (a day-first date, a padded level,
// `[trivial]`, the configuration dump under it); Kerberos Agent v3 in the journal (logrus's
// `INFO[ISO+offset]` after the journal's own stamp and host).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`frigate`, `zoneminder`, `zmc`, `zma`, `motion`, `motioneye`,
// `shinobi`, `go2rtc`, `agent dvr`, `agentdvr`, `ispy`, `ispyconnect`, `blue iris`, `blueiris`,
// `hikvision`, `dahua`, `reolink`, `unifi`, `unifi protect`, `unifi-protect`, `milestone`,
// `nx witness`, `networkoptix`, `nxwitness`, `mediaserver`, `scrypted`, `viseron`, `moonfire`,
// `moonfire_db`, `main moonfire`, `retina::`, `streamer{`, `kerberos`, `kerberos.io`, `kerberosio`,
// `kerberos agent`, `kerberos-agent`, `machinery`, `log.stash`, `[trivial]`, `camect`,
// `synology surveillance`, `surveillance station`, `synology`, `securityspy`, `mediamtx`,
// `rtsp-simple-server`, `rtsp simple`, `mjpg-streamer`, `mjpg`, `v4l2rtspserver`, `uv4l`, `ffmpeg`,
// `double-take`, `double take`, `doubletake`, `compreface`, `deepstack`, `codeproject`, `CPAI`,
// `Response rec'd`, `Object Detection (YOLO`, `amcrest`, `axis`, `onvif`, `wyze`, `WyzeBridge`,
// `ring-mqtt`, `neolink`, `bc_protocol`, `camthread`, `env_logger`, `Caused by:`, `tapo`,
// `homebridge`, `homebridge-camera`, `camera.ui`, `owncast`, `Lorex`, `xeoma`, `netcam`,
// `eventserver`, `zmeventnotification`, `zmes`, `zm_detect`, `pyzm`, `DBG-2:`, `DBG-1:`,
// `CONSOLE DEBUG:`, `INF:20`, `WAR:20`, `ERR:20`, `Tick START`, `ipcam`, `motionplus`,
// `motion-project`, `libcamera`, `rpicam`, `picamera`, `openipc`, `majestic`, `divinus`,
// `objectdetection`, `Device Lost`, `[INFO    ] [`, `[DEBUG   ] [`, `[WARNING ]`, `verbose: {`,
// `verbose: `, `messages.log`, `INFO[20`, `ERRO[20`, `Ubiquiti`). None of Viseron, Moonfire NVR,
// Neolink, Double Take, CodeProject.AI, the ZoneMinder event server (zmeventnotification), Kerberos.io
// machinery or Kerberos Agent is in any table (`kerberos` and `machinery` match only the
// authentication protocol and other words; `INFO[20`, `ERRO[20`, `[INFO    ] [`, `[WARNING ]`,
// `verbose: `, `env_logger` and `Caused by:` other products' lines of a similar shape). Left out as
// measured already: Frigate (s6 and go2rtc), go2rtc's console, ZoneMinder's own log and syslog lines,
// Motion's daemon log, motionEye, MediaMTX and rtsp-simple-server, mjpg-streamer, OpenIPC's majestic,
// camera-streamer, the Hikvision, Dahua, Bosch, Mobotix, Vivotek and Avigilon syslog senders,
// Milestone's event log, UniFi Protect, Scrypted, Shinobi and Blue Iris (named in earlier tables'
// greps). Left out as not line logs: Agent DVR's and iSpy's log pages (HTML tables pasted as
// `11:30:08 AM | …`), and docker-wyze-bridge because `wyze` is in an earlier table. The table holds
// 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Viseron's, Moonfire's, Double Take's, the event server's and Kerberos
// machinery's stamps have no zone and are read as UTC; Double Take's `26-11-29` is yy-MM-dd;
// machinery's `29/11/2026` is day-first. Neolink's env_logger stamp ends in Z. CodeProject.AI's
// `07:41:16:` is a time of day only: it is on the clock's day. Kerberos Agent's journal line carries
// the journal's zone-less local stamp and logrus's own time with its offset (+01:00): either is
// accepted. Levels only where the line marks one: Viseron's bracketed word, Moonfire's and Neolink's
// level column, Double Take's `info:` `verbose:` `error:` (verbose is Debug, as elsewhere), the event
// server's `DBG-n:` `INF:` `WAR:` `ERR:`, machinery's padded word, logrus's `INFO` `WARN` `ERRO`;
// CodeProject.AI's lines and systemd's journal line carry none. The host is the record's host field:
// only the journal's (nvr-attic); camera names, RTSP addresses, Moonfire's thread and stream names,
// Neolink's camera names and the event server's monitor names are no hosts. A record that spans lines
// is one entry: Viseron's traceback, Neolink's `Caused by:` chain, Double Take's dumped objects and
// machinery's configuration block.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3a5e29b before any rule for it: level 89.6 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 88.6 %, time 86.4 %, host 100.0 %, records 100.0 %), in a
// worktree at 3a5e29b with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is the ZoneMinder event server's console lines, whose
// `INF:2026-11-29,07:41:16` (a level tag glued to a date, a comma before the time) trawl reads
// neither a time nor a level from (only the WAR line comes out Warn).

var fresh654Cases = []worldCase{
	{
		name:   "viseron-bracket-level-logger-dash",
		source: "Viseron (roflcoopter/viseron) on its container's console: `[yyyy-MM-dd HH:mm:ss] [LEVEL   ] [logger padded] - msg`, the level padded to eight in brackets, then the logger padded in brackets, then ` - `: roflcoopter/viseron issues #108, #477 and #739 (pasted logs); the older order `[time] [logger] [LEVEL]` in issues #87 and #176; the Python traceback under an ERROR (logging's exception output) from memory",
		why:    "a zone-less bracketed date and time; the level is the first padded bracket, the second is the logger (`viseron.camera.carport` names a camera, no host); the traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] [INFO    ] [viseron.core            ] - -------------------------------------------"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] [INFO    ] [viseron.core            ] - Initializing..."),
			we("2026-11-29T07:41:17Z", Debug, "", "[2026-11-29 07:41:17] [DEBUG   ] [viseron.mqtt            ] - MQTT connected with returncode 0"),
			we("2026-11-29T07:41:19Z", Warn, "", "[2026-11-29 07:41:19] [WARNING ] [viseron.camera.carport  ] - No frame received from camera for 10 seconds, restarting pipe"),
			we("2026-11-29T07:41:21Z", Error, "",
				"[2026-11-29 07:41:21] [ERROR   ] [viseron.detector        ] - Failed to initialize object detector edgetpu",
				"Traceback (most recent call last):",
				`  File "/src/viseron/detector/__init__.py", line 112, in __init__`,
				"    self.interpreter = make_interpreter(self.model_path)",
				"ValueError: Failed to load delegate from libedgetpu.so.1"),
		},
	},
	{
		name:   "moonfire-nvr-tracing-span-thread",
		source: "Moonfire NVR 0.7+ `moonfire-nvr run` on a terminal (tracing's format: a zone-less local `yyyy-MM-ddTHH:mm:ss.ffffff`, the level right-aligned in five, the thread name, an optional span `streamer{stream=\"…\"}:`, the target and `:`, then the message): scottlamb/moonfire-nvr issues #33, #331, #300 and #277",
		why:    "six fractional digits and no zone; two blanks before INFO and WARN, one before ERROR; the thread name (`main`, padded or not, `s-carport-main`, `tokio-runtime-worker`) and the span are no host; an RTSP address in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.829156Z", Info, "", "2026-11-29T07:41:16.829156  INFO main moonfire_nvr::cmds: Opening /var/lib/moonfire-nvr/db/db in ReadWrite mode with SQLite version 3.46.1"),
			we("2026-11-29T07:41:16.839521Z", Info, "", "2026-11-29T07:41:16.839521  INFO main moonfire_db::db: Loaded 3 cameras"),
			we("2026-11-29T07:41:16.842810Z", Info, "", "2026-11-29T07:41:16.842810  INFO            main moonfire_nvr::cmds::run: no LISTEN_FDs"),
			we("2026-11-29T07:41:16.843077Z", Info, "", `2026-11-29T07:41:16.843077  INFO s-carport-main streamer{stream="carport-main"}: moonfire_nvr::streamer: opening input url=rtsp://10.20.0.31/Streaming/Channels/101`),
			we("2026-11-29T07:41:16.856004Z", Warn, "", `2026-11-29T07:41:16.856004  WARN tokio-runtime-worker streamer{stream="carport-main"}: retina::client::parse: DESCRIBE response at rtsp://10.20.0.31/Streaming/Channels/101 has no content type; trying sdp anyway`),
			we("2026-11-29T07:41:22.120377Z", Error, "", `2026-11-29T07:41:22.120377 ERROR s-carport-sub streamer{stream="carport-sub"}: moonfire_nvr::streamer: carport-sub: sleeping for 1 s after error err=UNAVAILABLE: connection refused`),
		},
	},
	{
		name:   "neolink-env-logger-caused-by",
		source: "Neolink (QuantumEntangledAndy/neolink, thirtythreeforty/neolink) on a terminal or in the Home Assistant add-on: env_logger's `[yyyy-MM-ddTHH:mm:ssZ LEVEL target] msg`, the level padded to five; an error's `Caused by:` chain on the indented lines under it: QuantumEntangledAndy/neolink issues #165 and #305 and PR #175, dm82m/hassio-addons issue #35, thirtythreeforty/neolink issue #231",
		why:    "an ISO time in Z inside the bracket with the level and the target; the WARN's blank indented line and `Caused by:` chain are one record; the camera name before `:` and its address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29T07:41:16Z INFO  neolink] Neolink 5c1f9e27b04d3a6e8f1c2d9b7a0e4f3c6b8d1a22 release"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29T07:41:16Z INFO  neolink::rtsp] Starting RTSP Server at 0.0.0.0:8554"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29T07:41:16Z INFO  neolink_core::bc_protocol] carport: TCP Discovery success at 10.20.0.44:9000"),
			we("2026-11-29T07:41:17Z", Debug, "", "[2026-11-29T07:41:17Z DEBUG neolink::rtsp::stream] Inserting Skip Frame"),
			we("2026-11-29T07:43:02Z", Warn, "",
				"[2026-11-29T07:43:02Z WARN  neolink::common::camthread] Connection Lost: Failed to connect to camera carport at Address: 10.20.0.44 on channel 0",
				"    ",
				"    Caused by:",
				"        Cannot contact camera at given address"),
			we("2026-11-29T07:43:02Z", Info, "", "[2026-11-29T07:43:02Z INFO  neolink::common::camthread] Attempt reconnect in 5s"),
		},
	},
	{
		name:   "double-take-messages-log-objects",
		source: "Double Take (jakowenko/double-take, skrashevich/double-take) .storage/messages.log and its container output: `yy-MM-dd HH:mm:ss level: msg` (levels info, verbose, debug, error), the configuration and each result dumped as a JavaScript object over the lines below `verbose: {` and `info: {`: jakowenko/double-take issues #133 and #69, skrashevich/double-take issues #172 and #393, skrashevich/hassio-addons issue #2",
		why:    "a two-digit year first (yy-MM-dd) and a zone-less time; the level word before a colon; a dumped object's lines (one of them holding a US-style timestamp string) are one record with the line that opens it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "26-11-29 07:41:16 info: Double Take v1.13.11.8"),
			we("2026-11-29T07:41:16Z", Debug, "",
				"26-11-29 07:41:16 verbose: {",
				"  telemetry: false,",
				"  auth: false,",
				"  detect: {",
				"    match: { save: true, base64: false, confidence: 60, purge: 168, min_area: 10000 },",
				"    unknown: { save: true, base64: false, confidence: 40, purge: 8, min_area: 0 }",
				"  },",
				"  time: { timezone: 'UTC' },",
				"  version: '1.13.11.8'",
				"}"),
			we("2026-11-29T07:41:17Z", Info, "", "26-11-29 07:41:17 info: MQTT: connected"),
			we("2026-11-29T07:41:17Z", Info, "", "26-11-29 07:41:17 info: MQTT: subscribed to frigate/events"),
			we("2026-11-29T07:43:05Z", Info, "", "26-11-29 07:43:05 info: processing carport: 1795849385.112904-k2q8zd"),
			we("2026-11-29T07:43:06Z", Info, "",
				"26-11-29 07:43:06 info: {",
				"  id: '1795849385.112904-k2q8zd',",
				"  duration: 0.62,",
				"  timestamp: '11/29/2026, 7:43:06 AM',",
				"  attempts: 6,",
				"  camera: 'carport',",
				"  zones: [],",
				"  matches: []",
				"}"),
			we("2026-11-29T07:44:10Z", Error, "", "26-11-29 07:44:10 error: compreface process error: connect ECONNREFUSED 10.20.0.5:8000"),
		},
	},
	{
		name:   "codeproject-ai-server-log-time-colon",
		source: "CodeProject.AI Server's log (the dashboard's log pane and its saved log, as Blue Iris users attach it): `HH:mm:ss:` glued to the text, then the module or the server's message; no date and no level: codeproject/CodeProject.AI-Server issue #89",
		why:    "a time of day with no date (the clock's day) followed directly by a colon and the message; the module name `Object Detection (YOLOv5 6.2)` and its version are no time and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16:Object Detection (YOLOv5 6.2): Detecting using ipcam-combined"),
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16:Response rec'd from Object Detection (YOLOv5 6.2) command 'custom' (...4c1e2a) ['Found person']  took 38ms"),
			we("2026-11-29T07:41:17Z", Unknown, "", "07:41:17:Response rec'd from Object Detection (YOLOv5 6.2) command 'detect' (...9b03f7) ['No objects found']  took 41ms"),
			we("2026-11-29T07:41:20Z", Unknown, "", "07:41:20:Object Detection (YOLOv5 6.2): Detecting using ipcam-dark"),
		},
	},
	{
		name:   "zmeventnotification-console-logs",
		source: "ZoneMinder's event server zmeventnotification.pl 6.x with console_logs=yes: printDebug/printInfo/printWarning/printError print `DBG-n:`, `INF:`, `WAR:` or `ERR:`, then strftime('%Y-%m-%d,%H:%M:%S', localtime), a blank, the `PARENT:` or fork prefix and the message: ZoneMinder/zmeventnotification zmeventnotification.pl (v6.1.28, read with read_file), issues #356 and #163",
		why:    "the level tag glued to the date by a colon, and a comma between the date and the time; `DBG-2` is a debug level with its verbosity digit; the WARN line's message also says WARNING; monitor names are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "INF:2026-11-29,07:41:16 PARENT: |------- Starting ES version: 6.1.28 ---------|"),
			we("2026-11-29T07:41:16Z", Debug, "", "DBG-1:2026-11-29,07:41:16 PARENT: ES invoked via ZMDC. Will exit when needed and have zmdc restart it"),
			we("2026-11-29T07:41:16Z", Warn, "", "WAR:2026-11-29,07:41:16 PARENT: WARNING: SSL is disabled, which means all traffic will be unencrypted"),
			we("2026-11-29T07:41:21Z", Debug, "", "DBG-2:2026-11-29,07:41:21 PARENT: ----------> Tick START (active forks:0, total forks:0, active hooks: 0 running for:1 min)<--------------"),
			we("2026-11-29T07:42:03Z", Info, "", "INF:2026-11-29,07:42:03 PARENT: New event 48213 reported for Monitor:4 (Name:Carport) Motion All[last processed eid:48207]"),
			we("2026-11-29T07:42:04Z", Error, "", "ERR:2026-11-29,07:42:04 PARENT: rules: Could not open /etc/zm/es_rules.json: No such file or directory"),
		},
		gap: "trawl reads no time from a level tag glued to a date with a comma before the time (`INF:2026-11-29,07:41:16`), and no level from the `DBG-n:`, `INF:` and `ERR:` tags",
	},
	{
		name:   "kerberos-io-machinery-day-first-trivial",
		source: "Kerberos.io v2 machinery (kerberos-io/machinery, its log.stash and console): `dd/MM/yyyy HH:mm:ss.fff LEVEL [trivial] msg`, the level padded to five, the `Final configuration:` record's `- key = value` lines under it: kerberos-io/machinery issue #67, kerberos-io/web issue #71",
		why:    "a day-first slashed date with milliseconds and no zone; the padded level before `[trivial]`; the configuration dump's `- key = value` lines (one with an RTSP address) are one record with the line above",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.283Z", Info, "", "29/11/2026 07:41:16.283 INFO  [trivial] Logging is written to: /etc/opt/kerberosio/logs/log.stash"),
			we("2026-11-29T07:41:16.291Z", Info, "", "29/11/2026 07:41:16.291 INFO  [trivial] Reading configuration file: /etc/opt/kerberosio/config/config.xml"),
			we("2026-11-29T07:41:16.328Z", Info, "",
				"29/11/2026 07:41:16.328 INFO  [trivial] Final configuration:",
				"- algorithm = DifferentialCollins",
				"- algorithms.DifferentialCollins.threshold = 15",
				"- capture = IPCamera",
				"- captures.IPCamera.url = rtsp://10.20.0.52:554/stream1",
				"- condition = Enabled"),
			we("2026-11-29T07:41:16.714Z", Info, "", "29/11/2026 07:41:16.714 INFO  [trivial] Starting capture device: IPCamera"),
			we("2026-11-29T07:41:16.731Z", Error, "", "29/11/2026 07:41:16.731 ERROR [trivial] Kerberos : Capture : Failed to open stream of device: GarageCam"),
		},
	},
	{
		name:   "kerberos-agent-journal-logrus-offset",
		source: "Kerberos Agent v3 (kerberos-io/agent, Go, logrus's text format with a full RFC 3339 time: `INFO[yyyy-MM-ddTHH:mm:ss±hh:mm] msg`, levels INFO WARN ERRO) run as the systemd template unit kerberos-agent@ and read with journalctl: kerberos-io/hub issue #13; the JSON form of the same logger in kerberos-io/agent issue #75",
		why:    "the journal's zone-less stamp and host, then logrus's four-letter level glued to its bracketed time with a +01:00 offset; either time is accepted; the camera's address in a message is no host; systemd's own line carries no level",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z", Unknown, "nvr-attic", "Nov 29 08:41:16 nvr-attic systemd[1]: Started kerberos-agent@attic.service - kerberos agent attic."),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16Z", Info, "nvr-attic", "Nov 29 08:41:16 nvr-attic kerberos-agent[20488]: INFO[2026-11-29T08:41:16+01:00] Successfully Opened config.json from agent"),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16Z", Info, "nvr-attic", "Nov 29 08:41:16 nvr-attic kerberos-agent[20488]: INFO[2026-11-29T08:41:16+01:00] Main: updated unique key for agent to: K7QW2M9XTR4B8NLD5VYC3HJPZE6SGA"),
			we("2026-11-29T08:41:19Z|2026-11-29T07:41:19Z", Warn, "nvr-attic", "Nov 29 08:41:19 nvr-attic kerberos-agent[20488]: WARN[2026-11-29T08:41:19+01:00] RunAgent: no sub stream configured, using the main stream for livestreaming"),
			we("2026-11-29T08:41:25Z|2026-11-29T07:41:25Z", Error, "nvr-attic", "Nov 29 08:41:25 nvr-attic kerberos-agent[20488]: ERRO[2026-11-29T08:41:25+01:00] RunAgent: error opening RTSP stream: dial tcp 10.20.0.61:554: i/o timeout"),
		},
	},
}

func TestFresh654Formats(t *testing.T) { assertTable(t, fresh654Cases) }
func TestFresh654Score(t *testing.T) {
	checkScore(t, "fresh654 formats", fresh654Cases, [worldNumFields]float64{89.5, 87.4, 99.9, 99.9})
}
