package parse

import "testing"

// The eight-hundred-and-thirty-third fresh table: weather stations and environmental sensors, the
// tools people run beside them. Each family is one program's own output: Pimoroni's Enviro boards
// (the phew logging module's log.txt, a level word padded in brackets with the free memory);
// rtl_433's rtl_433_mqtt_hass bridge (Python logging behind an ISO time with a +hhmm offset in
// brackets); the MultiGeiger radiation sensor's serial log (a GEIGER: prefix before a UTC time);
// the Ruuvi Gateway's ESP-IDF console (a level letter and an uptime, a JSON response block after
// its line); govee2mqtt, the bridge for Govee thermo-hygrometers (a bracketed ISO time without a
// zone, the level and the Rust module path inside the bracket); ambientweather2mqtt (an ISO time
// with an offset, a [Module] tag and no level); weewxd run in a console (LOOP: and REC: packets
// with a zone abbreviation and the epoch in parentheses); the AirGradient ONE's open firmware
// through PlatformIO's monitor time filter (a time of day, then `> `).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `weewx`, `cumulus`, `rtl_433`, `weatherlink`, `ambient weather`,
// `ambientweather`, `purpleair`, `sensor.community`, `airrohr`, `meteobridge`, `pywws`, `wview`,
// `weatherflow`, `tempest`, `ecowitt`, `gw1000`, `acurite`, `netatmo`, `luftdaten`, `davis`,
// `vantage`, `meteohub`, `weather display`, `cwop`, `weewx-sdr`, `interceptor`, `belchertown`,
// `weectl`, `sds011`, `bme280`, `fine offset`, `fineoffset`, `wunderground`, `airgradient`,
// `esp8266`, `openweathermap`, `meteostick`, `rtl_tcp`, `rtlamr`, `awekas`, `weathercloud`,
// `cumulusmx`, `auto_rx`, `radiosonde`, `sondehub`, `satdump`, `goesrecv`, `goestools`,
// `vit(avg)`, `kivy`, `[Logger`, `phew`, `pimoroni`, `enviro`, `espeasy`, `homebridge`, `rshake`,
// `raspberry shake`, `seedlink`, `blitzortung`, `dsame`, `weatherflow2mqtt`, `owfs`, `owserver`,
// `sensebox`, `noaa-apt`, `wxtoimg`, `aprx`, `lacrosse`, `airlink`, `ttgo`, `awair`, `bresser`,
// `wmr`, `te923`, `ws23`, `wh1080`, `ftplog`, `meshtastic`, `ringserver`, `glidernet`,
// `openmqttgateway`, `theengs`, `ruuvi`, `govee`, `govee2mqtt`, `govee::`, `mitemp`, `aranet`,
// `airthings`, `switchbot`, `inkbird`, `ambientweather2mqtt`, `weatherlink2mqtt`, `mqtt_hass`,
// `rtl_433_mqtt_hass`, `INFO:root`, `multigeiger`, `GEIGER:`, `I (1`, `LOOP:`, `REC:`, `ug/m3`,
// `openair`, `platformio`, `time filter`, `weewx-influx`, `MXdiags`. WeeWX (its 3.x syslog, 4.x
// syslog and 5.x journal), pywws, ecowitt2mqtt, Cumulus MX's MXdiags, rtl_433's JSON and key=value
// output, auto_rx, SatDump, goestools and the Kivy logger are measured already, so they were left
// out; the weewxd console's LOOP:/REC: lines are not (`LOOP:` matches only other products' lines,
// and weewx-influx issue #4 was used for WeeWX's syslog lines only); `INFO:root` matches plain
// Python logging without the bracketed offset time; `I (1` matches other ESP-IDF firmwares, never
// with a JSON block after the line; `enviro` matches only `environment`; the PlatformIO time
// filter is measured for ESP32 boot output, not for the AirGradient's sensor lines. The table holds
// 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Times with no zone are UTC (phew's RTC set from NTP, MultiGeiger's
// utctime(), govee2mqtt's container); rtl_433_mqtt_hass writes +0100 and ambientweather2mqtt
// -05:00, converted; weewxd writes the station's zone abbreviation (EST, converted) and the same
// instant again as an epoch, one time; the PlatformIO time filter writes a time of day only, on
// the clock's day; the Ruuvi Gateway's ESP-IDF lines carry only an uptime in milliseconds, so
// they have no time. Levels only where the line marks one: phew's level word (info, warning,
// error, debug, exception as Error), the Python level name after the bracket, the ESP-IDF letter
// (I W E D), govee2mqtt's level inside the bracket; MultiGeiger, ambientweather2mqtt, weewxd's
// packets and the AirGradient's lines carry none. No line carries a host field, so every host is
// "" (the MQTT broker, the station's address and the uploader's server in the messages are peers).
// The Ruuvi Gateway's JSON response is one record with the line before it; every other record is
// one line.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (the weewxd REC: line beside the LOOP: one; govee2mqtt's WARN and DEBUG
// words). Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run,
// and none was changed after it; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score.
//
// Its first figure, scored at commit 0abef2f before any rule for it: level 87.5 %, time 96.9 %,
// host 96.9 %, records 93.8 %. That is the micro figure (macro: level 87.1 %, time 95.8 %, host
// 95.8 %, records 91.7 %), in a worktree at 0abef2f with no change to trawl's code (only this file
// and table_test.go's list), 4 of 8 families fully right; the gaps: phew's `exception` level word,
// wider than its pad, is not read (Unknown for Error); MultiGeiger's and ambientweather2mqtt's
// messages that begin with `Error:` are given Error though neither program prints a level; and
// weewxd's REC: line is joined to the LOOP: line before it, so that record and its time are lost.

var fresh833Cases = []worldCase{
	{
		name:   "pimoroni-enviro-phew-log-txt",
		source: "pimoroni/phew phew/logging.py `\"{0} [{1:8} /{2:>4}kB] {3}\".format(datetime, level, round(gc.mem_free() / 1024), text)` with datetime_string `YYYY-MM-DD HH:MM:SS`; the `> ` message prefixes from pimoroni/enviro main.py",
		why:    "a level word padded to eight inside brackets with the free memory after a slash; `exception` is wider than the pad",
		gap:    "level: phew's `[exception / 117kB]` is read as Unknown; the word exception (wider than the eight-column pad, so only the format's one space before the slash) is the record's level, Error",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [info     / 141kB] > performing startup"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16 [debug    / 139kB] > 412 blocks free out of 848"),
			we("2026-11-29T07:41:19Z", Warn, "", "2026-11-29 07:41:19 [warning  / 122kB] > wifi connection to greenhouse-iot failed, retrying"),
			we("2026-11-29T07:41:27Z", Error, "", "2026-11-29 07:41:27 [error    / 118kB] ! failed to upload reading 2026-11-29T07-41-16Z.json to influxdb"),
			we("2026-11-29T07:41:27Z", Error, "", "2026-11-29 07:41:27 [exception / 117kB] ! OSError: [Errno 113] EHOSTUNREACH"),
		},
	},
	{
		name:   "rtl433-mqtt-hass-bracketed-offset",
		source: "rtl_433 examples/rtl_433_mqtt_hass.py after merbanan/rtl_433 PR #2566 (`[2023-07-14T22:53:31+0200] INFO:root:Published …`: a bracketed ISO time with a +hhmm offset before Python's default `LEVEL:logger:msg`)",
		why:    "the time with a colon-less offset in brackets; the level name glued to `:root:`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29T08:41:16+0100] INFO:root:MQTT connected: Connection Accepted."),
			we("2026-11-29T07:41:31Z", Info, "", "[2026-11-29T08:41:31+0100] INFO:root:Published Bresser-6in1: temperature_C, humidity, wind_avg_m_s, rain_mm"),
			we("2026-11-29T07:41:31Z", Debug, "", "[2026-11-29T08:41:31+0100] DEBUG:root:Skipped Bresser-6in1: battery_ok"),
			we("2026-11-29T07:42:05Z", Warn, "", "[2026-11-29T08:42:05+0100] WARNING:root:MQTT disconnected: Unexpected disconnection."),
		},
	},
	{
		name:   "multigeiger-serial-geiger-prefix",
		source: "ecocurious2/MultiGeiger multigeiger/log.cpp `#define LOG_PREFIX_FORMAT \"GEIGER: %s \"` with utctime(); the layout discussed in ecocurious2/MultiGeiger issue #410 (`GEIGER: 2021-03-27T12:00:23 …`)",
		why:    "a fixed GEIGER: prefix before a UTC ISO time without a zone; no level is printed",
		gap:    "level: `GEIGER: <time> Error: connection … failed` is read as Error from the message's first word; MultiGeiger prints no level, so the record's is Unknown",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "GEIGER: 2026-11-29T07:41:16 Simple Multi-Geiger, Version V1.17.0"),
			we("2026-11-29T07:41:17Z", Unknown, "", "GEIGER: 2026-11-29T07:41:17 Sending to sensor.community: esp32-7731204"),
			we("2026-11-29T07:43:45Z", Unknown, "", "GEIGER: 2026-11-29T07:43:45 Measured THP: T=4.81 H=88 P=101244"),
			we("2026-11-29T07:43:46Z", Unknown, "", "GEIGER: 2026-11-29T07:43:46 Error: connection to api.sensor.community failed, code -1"),
		},
	},
	{
		name:   "ruuvi-gateway-esp-idf-json-block",
		source: "Ruuvi Gateway firmware's ESP-IDF console `L (uptime_ms) tag: [thread] msg`, a JSON response printed on the lines after its own: ruuvi/ruuvi.gateway_esp.c issue #307",
		why:    "a level letter and an uptime in milliseconds, no time; the JSON block belongs to the line before it",
		entries: []worldEntry{
			we("", Info, "", "I (98214) gw_mqtt: [mqtt] Connected to broker mqtt.barn.example:1883"),
			we("", Info, "", "I (105473) http_server: [http_server] Json resp: code=200, content:",
				"{",
				"        \"fw_ver\":       \"v1.15.2\",",
				"        \"nrf52_fw_ver\": \"v1.0.0\",",
				"        \"use_mqtt\":     true,",
				"        \"mqtt_server\":  \"mqtt.barn.example\"",
				"}"),
			we("", Warn, "", "W (182006) http_send: [http_send] HTTP POST to https://network.ruuvi.com/record: status 502"),
			we("", Error, "", "E (245110) adv_post: [adv_post] Failed to send advs, reconnecting"),
		},
	},
	{
		name:   "govee2mqtt-bracketed-level-module",
		source: "wez/govee2mqtt's log `[YYYY-MM-DDTHH:MM:SS LEVEL module::path] msg`: wez/govee2mqtt issues #19, #29, #116 (pasted add-on logs); the WARN and DEBUG words from memory (env_logger's names)",
		why:    "the time without a zone, the padded level and the Rust module path all inside one bracket",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29T07:41:16 INFO  govee::commands::serve] Starting service. version 2026.11.02-4c1e9a07"),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29T07:41:17 INFO  govee::service::iot] Connected to IoT: CONNACK code 0: Connection Accepted."),
			we("2026-11-29T07:41:27Z", Info, "", "[2026-11-29T07:41:27 INFO  govee::commands::serve] Cellar Hygrometer (D7:31:C2:44:18:90:5B:0E) sku=H5075"),
			we("2026-11-29T07:41:58Z", Warn, "", "[2026-11-29T07:41:58 WARN  govee::lan_api] LAN discovery: no reply from 10.20.4.61"),
		},
	},
	{
		name:   "ambientweather2mqtt-iso-offset-module",
		source: "neilenns/ambientweather2mqtt's log `YYYY-MM-DDTHH:MM:SS±hh:mm [Module] msg`: neilenns/ambientweather2mqtt issue #73 (`… [Main] Starting up`)",
		why:    "an ISO time with an offset, then a bracketed module name; no level",
		gap:    "level: `<time> [Main] Error: Unexpected token …` is read as Error from the message's first word after the [Main] module tag; ambientweather2mqtt prints no level, so the record's is Unknown",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T02:41:16-05:00 [Main] Starting up"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T02:41:16-05:00 [MQTT] Connected to mqtt://10.0.7.2:1883"),
			we("2026-11-29T07:42:16Z", Unknown, "", "2026-11-29T02:42:16-05:00 [Web server] Received weather data from 10.0.7.44"),
			we("2026-11-29T07:42:20Z", Unknown, "", "2026-11-29T02:42:20-05:00 [Main] Error: Unexpected token u in JSON at position 0"),
		},
	},
	{
		name:   "weewxd-console-loop-rec",
		source: "weewxd run in a console, its packets printed `LOOP:   YYYY-MM-DD HH:MM:SS ZZZ (epoch) key: value, …`: matthewwall/weewx-influx issue #4; the REC: line's layout beside it from memory",
		why:    "a tag, then the time with a zone abbreviation and the same instant as an epoch in parentheses; no level",
		gap:    "record: the `REC:    2026-11-29 02:45:00 EST (…)` line is joined to the LOOP: line before it (no entry starts at it, so its time 07:45:00Z, level and host are lost); each REC: and LOOP: packet is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "LOOP:   2026-11-29 02:41:16 EST (1795938076) altimeter: 30.112, barometer: 30.11, dateTime: 1795938076, outHumidity: 91.0, outTemp: 33.4, windDir: 214.0, windSpeed: 4.2"),
			we("2026-11-29T07:41:18Z", Unknown, "", "LOOP:   2026-11-29 02:41:18 EST (1795938078) altimeter: 30.112, barometer: 30.11, dateTime: 1795938078, outHumidity: 91.0, outTemp: 33.4, windDir: 220.0, windSpeed: 3.6"),
			we("2026-11-29T07:45:00Z", Unknown, "", "REC:    2026-11-29 02:45:00 EST (1795938300) altimeter: 30.1118, barometer: 30.11, dateTime: 1795938300.0, interval: 5, outHumidity: 91.0, outTemp: 33.3, rain: 0.0, usUnits: 1"),
		},
	},
	{
		name:   "airgradient-one-openair-pio-monitor",
		source: "the AirGradient ONE's open firmware (Open-Air-Foundation/firmware-one-openair) seen through PlatformIO's monitor time filter `HH:MM:SS.mmm > line`: Open-Air-Foundation/firmware-one-openair PR #236",
		why:    "a time of day with milliseconds and `> ` before the firmware's own line; no date, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.206Z", Unknown, "", "07:41:16.206 > PM1 ug/m3: 4"),
			we("2026-11-29T07:41:16.207Z", Unknown, "", "07:41:16.207 > PM2.5 ug/m3: 9"),
			we("2026-11-29T07:41:16.494Z", Unknown, "", "07:41:16.494 > Temperature in C: 19.42"),
			we("2026-11-29T07:41:16.495Z", Unknown, "", "07:41:16.495 > Relative Humidity: 47"),
		},
	},
}

func TestFresh833Formats(t *testing.T) { assertTable(t, fresh833Cases) }
func TestFresh833Score(t *testing.T) {
	checkScore(t, "fresh833 formats", fresh833Cases, [worldNumFields]float64{87.0, 95.7, 95.7, 91.6})
}
