package parse

import "testing"

// The four-hundred-and-seventy-ninth fresh table: IoT, embedded and home-automation devices' logs
// (device firmware consoles, gateways, controllers and their hubs' log files) as people attach them
// to tickets, shapes no earlier table holds. Each family is one product's documented or observed
// output: a Vera/Ezlo controller's LuaUPnP.log (a numeric log type and a tab before a two-digit-year
// date); Rhasspy's voice-satellite server log (`[LEVEL:date,ms] logger: msg` with a traceback);
// Fibaro Home Center 3's QuickApp console (`[dd.MM.yyyy] [HH:mm:ss] [LEVEL] [QUICKAPPnnn]:`);
// Gladys Assistant's server log (the tracer library's `ISO±hhmm <level> file.js:line (method)`);
// the openHASP display plate's serial console (a month-name stamp, then two memory brackets, an
// uptime before NTP); the OpenTherm Gateway ESP8266 firmware's telnet debug (a time of day and a
// heap bracket); Mycroft's skills.log (`date | LEVEL | pid | module | msg`); Yadoms' plugin log (a
// rotation header, then `HH:mm:ss : thread : [Information] : msg`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive, brackets as fixed
// strings) by product and by a fragment of its line first (`home assistant`, `homeassistant`,
// `home-assistant`, `openhab`, `zigbee2mqtt`, `z2m`, `esphome`, `tasmota`, `mosquitto`, `node-red`,
// `nodered`, `domoticz`, `deconz`, `iobroker`, `fhem`, `hubitat`, `smartthings`, `zwave`, `z-wave`,
// `zwavejs`, `zwave-js`, `openzwave`, `esp-idf`, `esp_idf`, `zephyr`, `freertos`, `particle`,
// `riot`, `contiki`, `nuttx`, `mbed`, `shelly`, `homebridge`, `frigate`, `scrypted`, `evcc`,
// `victron`, `venus`, `openmqttgateway`, `homey`, `hue bridge`, `tradfri`, `insteon`, `homeseer`,
// `indigo`, `vera`, `fibaro`, `jeedom`, `gladys`, `espurna`, `wled`, `klipper`, `octoprint`,
// `moonraker`, `marlin`, `chirpstack`, `things stack`, `lorawan`, `lora_pkt_fwd`,
// `packet_forwarder`, `rtl_433`, `balena`, `mender`, `swupdate`, `rauc`, `thingsboard`, `emqx`,
// `hivemq`, `kura`, `greengrass`, `iotedge`, `iot edge`, `nrf`, `u-boot`, `logread`, `pi-hole`,
// `pihole`, `mainsail`, `fluidd`, `rhasspy`, `mycroft`, `snips`, `openbeken`, `tuya`, `matter`,
// `chip-tool`, `otbr`, `openthread`, `wyze`, `blynk`, `micropython`, `circuitpython`, `arduino`,
// `platformio`, `mqtt`, `zigbee`, `ezsp`, `bellows`, `zigpy`, `silabs`, `appdaemon`, `nuki`,
// `ebusd`, `openhasp`, `cumulocity`, `losant`, `edgex`, `node-wot`, `openremote`, `thingspeak`,
// `iotivity`, `motioneye`, `zoneminder`, `go2rtc`, `ser2net`, `rfxcom`, `rflink`, `enocean`, `knx`,
// `knxd`, `modbus`, `opendtu`, `ahoy`, `esp8266`, `esp32`, `LuaUPnP`, `luup`, `ReGaHss`,
// `homematic`, `raspberrymatic`, `homegear`, `BidCoS`, `pimatic`, `mgos`, `mongoose`,
// `MQTTClient_`, `CONNACK |`, `core_mqtt`, `aws iot`, `azure iot`, `iothub`, `tracer`, `[DEBUG:`,
// `ovos`, `| INFO     |`, `QUICKAPP`, `[DEBUG] [QUICK`, `logcat`, `edge driver`, `loxone`,
// `teltonika`, `rut9`, `HASP:`, `MQTT RCV`, `[app]`, `wiren`, `wb-mqtt`, `DRIVER`, `CNTRLR`,
// `~!~`, `sonoff`, `theengs`, `emsesp`, `ems-esp`, `otgw`, `_debugBOL`, `opentherm`, `espeasy`,
// `meshtastic`, `valetudo`, `yadoms`, `[Information]`, `mainThread :`, `Zigbee2mqttManager`,
// `+0100 <`, `<info>`, `rhasspyserver`, `hermes/`, `Scene::RunScene`, `m_szValue_set`,
// `didn't exit`, `SKILLS`, `picroft`, `hc3`, `home center`, `][DEBUG] :`, `<0x`, `[Nov 29 07`).
// None of Vera's LuaUPnP.log, Rhasspy, Fibaro's HC3 console, Gladys, openHASP, the OTGW firmware,
// Mycroft or Yadoms is in any table (`vera` matches only other words, `<info>` NetworkManager,
// `| INFO     |` loguru lines without a pid column, `[Information]` .NET and Firely lines, `mainThread :`
// Tautulli's `INFO :: MainThread :`, `<0x` other products' thread ids, `[Nov 29 07` other
// products' bracketed stamps without memory brackets). Left out as measured already: Home
// Assistant, openHAB, Zigbee2MQTT, ESPHome, Tasmota, Mosquitto, Node-RED, Domoticz, deCONZ, ioBroker,
// FHEM, Hubitat, Z-Wave JS, Shelly, Homebridge, Frigate, EMS-ESP, ESP-IDF, Zephyr, WLED, Klipper,
// OctoPrint, ChirpStack, Mender, Mongoose OS, Meshtastic, Particle. Left out as not confirmed by
// any search: SmartThings Edge's `edge:drivers:logcat` lines and HomeSeer's log. Left out as too
// close to a measured shape: Jeedom's `[yyyy-MM-dd HH:mm:ss][LEVEL] : msg` (udp2raw's
// `[date][LEVEL]msg` is in a table). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Vera's `11/29/26` is month-first with a two-digit year and no zone; Fibaro's
// day-first `[29.11.2026] [07:41:16]`, Rhasspy's and Mycroft's stamps and Yadoms' lines have no zone
// and are taken as UTC; Gladys' `+0100` is converted (08:41:16+0100 is 07:41:16Z). openHASP's
// `[Nov 29 …]` has no year (2026); its uptime bracket before NTP is no time; the OTGW firmware's and
// Yadoms' times of day are on the clock's day. Levels only where the line marks one: Vera's 01
// (LV_CRITICAL) is Critical and 02 (LV_WARNING) Warn, while 06, 08 and 50 name a category
// (variable, action, Lua) and give none; Rhasspy's and Mycroft's level names, Fibaro's DEBUG TRACE
// WARNING ERROR, Gladys' `<info>` `<warn>` `<error>` and Yadoms' Poco priorities (Information
// Warning Error Debug). openHASP marks its level only by ANSI colour (off here) and the OTGW
// firmware not at all: no level. No family has a host field: Fibaro's QUICKAPP245, the MQTT
// brokers' addresses, Rhasspy's site ids and the OTGW topic's device id are no hosts. A record that
// spans lines is one entry: Rhasspy's and Mycroft's ERROR with its Python traceback, Gladys'
// `<error>` with the Error's stack. Yadoms' rotation header is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit ff42eb7 before any rule for it: level 92.5 %, time 87.5 %, host 100.0 %, records 97.5 %.
// That is the macro figure (micro: level 92.1 %, time 86.8 %, host 100.0 %, records 97.4 %), in a
// worktree at ff42eb7 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are Vera's two-digit log type (01 critical, 02 warning), which
// trawl does not read as a level, and Rhasspy's `[LEVEL:date,ms]` bracket, whose date trawl does
// not read (no record has a time), whose INFO it misses and whose traceback it splits from the
// ERROR.

var fresh479Cases = []worldCase{
	{
		name:   "vera-luaupnp-log",
		gap:    "the two-digit log type before the tab is not read as the level: `01` (LV_CRITICAL) and `02` (LV_WARNING) come out with no level",
		source: "Vera/Ezlo controllers' /var/log/cmh/LuaUPnP.log (`NN<TAB>MM/dd/yy HH:mm:ss.SSS<TAB>msg <0xthread>`, NN the log type: 01 LV_CRITICAL, 02 LV_WARNING, 06 LV_VARIABLE, 08 LV_ACTION, 50 LV_LUA): akbooer/openLuup openLuup/logs.lua (its comment lists the log types and quotes the scene and variable lines ALTUI parses) and ALTUI's J_ALTUI_utils.js regex found with find_string (`\\d*\\t(\\d*/\\d*/\\d*\\s\\d*:\\d*:\\d*.\\d*).*Scene::RunScene running`)",
		why:    "a two-digit type column and a tab before a two-digit-year month-first date; 01 (critical) and 02 (warning) are severities, the other numbers are categories (variable, action, Lua) and give no level; the thread id `<0x…>` and the ANSI colour around the variable name are no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "", "50\t11/29/26 07:41:16.204\tluup_log:47: HallwayPIR: arming delay 30 s for device 23 <0x7435e520>"),
			we("2026-11-29T07:41:16.318Z", Unknown, "", "06\t11/29/26 07:41:16.318\tDevice_Variable::m_szValue_set device: 12 service: urn:upnp-org:serviceId:SwitchPower1 variable: \x1b[35;1mStatus\x1b[0m was: 0 now: 1 #hooks: 0 upnp: 0 skip: 0 v:0x11d3f80/NONE duplicate:0 <0x7435e520>"),
			we("2026-11-29T07:41:17.002Z", Unknown, "", "08\t11/29/26 07:41:17.002\tScene::RunScene running 4 Hallway night light <0x7485e520>"),
			we("2026-11-29T07:41:19.877Z", Warn, "", "02\t11/29/26 07:41:19.877\tZWaveNode::HandlePollUpdate node 17 no response, will retry in 60 s <0x7465e520>"),
			we("2026-11-29T07:41:23.540Z", Critical, "", "01\t11/29/26 07:41:23.540\tLuaInterface::CallFunction_Timer-5 function poll_thermostat failed [string \"local t = luup.variable_get(...\"]:212: attempt to index a nil value <0x7425e520>"),
		},
	},
	{
		name:   "rhasspy-hermes-server-log",
		source: "Rhasspy 2.5's server and services log (`[LEVEL:yyyy-MM-dd HH:mm:ss,SSS] logger: msg`, Python's logging with the level name first inside the bracket; a traceback under an exception): rhasspy/rhasspy issues #113, #126, #256 and #356, rhasspy/larynx_old issue #2",
		why:    "the level word glued to the date by a colon inside one bracket; a comma before the milliseconds; the MQTT topics and site ids are no host; the traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[INFO:2026-11-29 07:41:16,204] quart.serving: Running on http://0.0.0.0:12101 (CTRL + C to quit)"),
			we("2026-11-29T07:41:16.530Z", Warn, "", "[WARNING:2026-11-29 07:41:16,530] rhasspyserver_hermes: Dialogue management is disabled. Wake word will not re-enable ASR"),
			we("2026-11-29T07:41:21.048Z", Debug, "", "[DEBUG:2026-11-29 07:41:21,048] rhasspydialogue_hermes: <- HotwordDetected(model_id='porcupine_raspberry-pi', site_id='kitchen-sat', session_id=None)"),
			we("2026-11-29T07:41:21.052Z", Debug, "", "[DEBUG:2026-11-29 07:41:21,052] rhasspyserver_hermes: Publishing 51 bytes(s) to hermes/asr/startListening"),
			we("2026-11-29T07:41:51.060Z", Error, "",
				"[ERROR:2026-11-29 07:41:51,060] rhasspyserver_hermes: api_listen_for_command",
				"Traceback (most recent call last):",
				`  File "/usr/lib/rhasspy/rhasspy-server-hermes/rhasspyserver_hermes/__main__.py", line 1050, in api_listen_for_command`,
				"    result = await core.transcribe_wav(wav_bytes, timeout_seconds=30)",
				"asyncio.exceptions.TimeoutError"),
		},
	},
	{
		name:   "fibaro-hc3-console",
		source: "Fibaro Home Center 3's QuickApp and scene console as copied from the web UI or the TQAE emulator (`[dd.MM.yyyy] [HH:mm:ss] [LEVEL] [QUICKAPPnnn]: msg`, levels DEBUG, TRACE, WARNING, ERROR): a Nest QuickApp README and jangabrielsson's TQAE documentation found with find_string (`[23.01.2023] [14:07:26] [DEBUG] [QUICKAPP245]: …`, `[04.01.2022] [21:00:00] [DEBUG] [QUICKAPP1001]: …`)",
		why:    "a day-first dotted date and the time in two separate brackets (the hub's local time, no zone: UTC by the rules); the level word in its own bracket; QUICKAPP245 and SCENE12 are the sender, not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "[29.11.2026] [07:41:16] [DEBUG] [QUICKAPP245]: Netatmo Weather v2.4 starting"),
			we("2026-11-29T07:41:16Z", Trace, "", "[29.11.2026] [07:41:16] [TRACE] [QUICKAPP245]: onInit done, polling every 300 s"),
			we("2026-11-29T07:41:46Z", Warn, "", "[29.11.2026] [07:41:46] [WARNING] [QUICKAPP245]: station 70:ee:50:3a:9c:12 reported no outdoor module"),
			we("2026-11-29T07:42:16Z", Error, "", `[29.11.2026] [07:42:16] [ERROR] [QUICKAPP245]: getStationsData() status is 403: {"error":{"code":3,"message":"Access token expired"}}`),
			we("2026-11-29T07:43:00Z", Debug, "", "[29.11.2026] [07:43:00] [DEBUG] [SCENE12]: Night mode: 6 lights off, alarm armed"),
		},
	},
	{
		name:   "gladys-assistant-tracer",
		source: "Gladys Assistant 4's server log (`docker logs gladys`: the tracer library's colorConsole, `yyyy-MM-ddTHH:mm:ss±hhmm <level> file.js:line (Class.method) msg`): GladysAssistant/Gladys server/utils/logger.js and PR #1769 (a pasted Zigbee2mqtt start-up log)",
		why:    "an ISO time with an offset without a colon (+0100); the level in angle brackets; `init.js:39` is a file and line, no time; the MQTT broker address is no host; an Error's stack belongs to its record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29T08:41:16+0100 <info> index.js:44 (Object.start) Gladys Assistant started on port 80"),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29T08:41:17+0100 <info> connect.js:35 (MqttClient.<anonymous>) Connected to MQTT container mqtt://localhost:1884"),
			we("2026-11-29T07:41:19Z", Warn, "", `2026-11-29T08:41:19+0100 <warn> handleMqttMessage.js:96 (Zigbee2mqttManager.handleMqttMessage) Zigbee2mqtt device "0x00158d0009a1c3e4" not supported by Gladys`),
			we("2026-11-29T07:41:25Z", Error, "",
				`2026-11-29T08:41:25+0100 <error> scene.executeActions.js:58 (SceneManager.executeActions) NotFoundError: Device "lampe-bureau" not found`,
				"    at DeviceManager.setValue (/src/server/lib/device/device.setValue.js:21:11)",
				"    at SceneManager.executeActions (/src/server/lib/scene/scene.executeActions.js:52:40)"),
			we("2026-11-29T07:41:31Z", Info, "", "2026-11-29T08:41:31+0100 <info> scene.command.js:17 (SceneManager.command) Scene salon-soir executed"),
		},
	},
	{
		name:   "openhasp-serial-console",
		source: "openHASP firmware's serial and telnet console on an ESP32 display plate (`[Mon dd HH:mm:ss.SSS][maxfree/totalfree frag][lvglfree/lvgltotal frag] TAG: msg`, `[%15d.%03d]` uptime before the clock is set; the level shown only by ANSI colour, here with colours off): HASwitchPlate/openHASP src/log/hasp_debug.cpp (debugPrintTimestamp, debugPrintHaspMemory) and issue #285",
		why:    "a month-name date without a year in a bracket, then two memory brackets of slashed numbers that are no date; before NTP the bracket holds seconds since boot (no time); no level marker; the broker address is no host",
		entries: []worldEntry{
			we("", Unknown, "", "[              4.812][124812/141368  8][31944/32768  1] HASP: Loading /pages.jsonl"),
			we("2026-11-29T07:41:16.204Z", Unknown, "", "[Nov 29 07:41:16.204][118772/131044  9][28880/32768  2] WIFI: Connected to Lindqvist-IoT"),
			we("2026-11-29T07:41:16.530Z", Unknown, "", "[Nov 29 07:41:16.530][118772/131044  9][28880/32768  2] MQTT: Connected to broker 192.168.40.5"),
			we("2026-11-29T07:41:17.012Z", Unknown, "", "[Nov 29 07:41:17.012][117220/129580  9][28404/32768  3] MQTT RCV: hasp/plate-kitchen/command/p1b4.text = 21.5"),
			we("2026-11-29T07:41:17.044Z", Unknown, "", `[Nov 29 07:41:17.044][117220/129580  9][28404/32768  3] MQTT PUB: p1b4 => {"event":"up","val":1}`),
		},
	},
	{
		name:   "otgw-firmware-telnet-debug",
		source: "The OpenTherm Gateway ESP8266 firmware's telnet debug stream (port 23; `[HH:mm:ss][freeheap|maxblock] function    (line): msg`, the function padded to twelve): rvdbreemen/OTGW-firmware Debug.h (_debugBOL) found with the code search",
		why:    "a time of day only (the clock's day) in a bracket, then a bracket of heap figures split by a bar; `( 903)` is a source line, no time; no level; the MQTT topic's device id is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16][  27448| 21960] startWiFi   ( 112): Connected to Lindqvist-IoT, IP 192.168.40.31"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[07:41:16][  27016| 21960] startMQTT   (  98): MQTT broker 192.168.40.5 port 1883"),
			we("2026-11-29T07:41:21Z", Unknown, "", "[07:41:21][  26552| 21736] processOT   ( 903): Boiler status: CH[-] DHW[x] Flame[x]"),
			we("2026-11-29T07:41:22Z", Unknown, "", "[07:41:22][  26552| 21736] sendMQTTData( 211): Topic [otgw-firmware/value/otgw-0f3a21/boilertemperature] Msg [54.25]"),
		},
	},
	{
		name:   "mycroft-skills-log",
		source: "Mycroft (mycroft-core on a Mark II or Picroft) /var/log/mycroft/skills.log (`yyyy-MM-dd HH:mm:ss.SSS | LEVEL    | pid | module:function:line | msg`, the level padded to eight, the pid to five; LOG.exception adds the traceback): mycroft/util/log.py's formatter found with find_string (`{asctime} | {levelname:8} | {process:5} | {name} | {message}`), MycroftAI/mycroft-core issue #2362",
		why:    "a zone-less date and time with milliseconds (UTC by the rules); the padded level between bars; the pid column and `load:113` are no time; the traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 | INFO     |  1842 | mycroft.skills.skill_loader:load:113 | Loading skill mycroft-timer.mycroftai"),
			we("2026-11-29T07:41:16.377Z", Debug, "", "2026-11-29 07:41:16.377 | DEBUG    |  1842 | mycroft.skills.settings:_get_remote_settings:304 | Settings for mycroft-timer.mycroftai unchanged"),
			we("2026-11-29T07:41:31.902Z", Warn, "", "2026-11-29 07:41:31.902 | WARNING  |  1842 | mycroft.skills.intent_services.padatious_service:train:201 | Padatious training timed out"),
			we("2026-11-29T07:42:03.771Z", Error, "",
				"2026-11-29 07:42:03.771 | ERROR    |  1842 | mycroft.skills.mycroft_skill.mycroft_skill:on_error:924 | An error occurred while processing a request in Weather Skill",
				"Traceback (most recent call last):",
				`  File "/opt/mycroft/skills/mycroft-weather.mycroftai/__init__.py", line 412, in handle_current_weather`,
				"    report = self._build_report(message)",
				"KeyError: 'temp'"),
		},
	},
	{
		name:   "yadoms-plugin-log",
		source: "Yadoms home-automation server's plugin logs (a `# Log file created/rotated <date> GMT` header, then `HH:mm:ss : thread : [Priority] : msg` with Poco's priority names Information, Warning, Error, Debug): Yadoms/yadoms issues #195 and #239",
		why:    "a time of day only (the clock's day), then the thread name and the bracketed Poco priority word between ` : ` separators; the rotation header is fed but not scored",
		entries: []worldEntry{
			wskip("# Log file created/rotated Sunday, 29 Nov 26 06:41:12 GMT"),
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 : mainThread : [Information] : Linky started"),
			we("2026-11-29T07:41:17Z", Debug, "", "07:41:17 : mainThread : [Debug] : Opening serial port /dev/ttyUSB1 at 1200 bauds"),
			we("2026-11-29T07:41:19Z", Warn, "", "07:41:19 : mainThread : [Warning] : No teleinfo frame received for 2 s, retrying"),
			we("2026-11-29T07:41:30Z", Error, "", "07:41:30 : mainThread : [Error] : Unable to open serial port /dev/ttyUSB1 : Permission denied"),
			we("2026-11-29T07:41:30Z", Info, "", "07:41:30 : mainThread : [Information] : Linky is stopped"),
		},
	},
}

func TestFresh479Formats(t *testing.T) { assertTable(t, fresh479Cases) }
func TestFresh479Score(t *testing.T) {
	checkScore(t, "fresh479 formats", fresh479Cases, [worldNumFields]float64{94.9, 99.9, 99.9, 99.9})
}
