package parse

import "testing"

// The seven-hundred-and-eighty-third fresh table: RTOS and microcontroller firmware consoles.
// Each family is one firmware's or its tool's serial output: FreeRTOS's logging task (the AWS
// demos' message counter, tick count and task name before a bracketed level and library, with the
// next call's prefix glued to the message); Realtek AmebaD's boot ROM and bootloader
// (`[MODULE_BOOT-LEVEL_INFO]:`); the newer ameba-rtos bootloader (`[BOOT-I]` tags) captured by a
// serial terminal that writes a time of day first; Bouffalo Lab's BL602 bl_iot_sdk blog (ticks in
// brackets, a padded level, file and line); the Arduino LMIC ttn-otaa sketch (`os_getTime(): EV_…`
// with the EV_JOINED key block); the Blynk library's BLYNK_PRINT (millis in brackets, the ASCII
// logo block); a Cooja simulation script's log (simulation time, mote id, the mote's Contiki-NG
// line); Bouffalo's flash tool console (`[HH:MM:SS.mmm] - `).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `zephyr`, `freertos`, `esp-idf`, `esp32`, `arduino`, `mbed`,
// `nuttx`, `riot`, `chibios`, `contiki`, `nrf`, `nrf connect`, `particle`, `device os`, `stm32`,
// `HAL_`, `micropython`, `circuitpython`, `tasmota`, `threadx`, `azure rtos`, `vxworks`, `qnx`,
// `mynewt`, `embox`, `px4`, `ardupilot`, `betaflight`, `marlin`, `klipper`, `esphome`, `wled`,
// `openthread`, `matter`, `lwip`, `segger`, `pico`, `rp2040`, `ti-rtos`, `simplelink`, `silabs`,
// `gecko`, `nimble`, `tock`, `hubris`, `embassy`, `defmt`, `u-boot`, `coreboot`, `openocd`,
// `littlekernel`, `l4re`, `seL4`, `tf-a`, `op-tee`, `barebox`, `ecos`, `rt-thread`, `liteos`,
// `alios`, `tizenrt`, `lldbg`, `mongoose os`, `mgos`, `zerynth`, `ubirch`, `pigweed`, `pw_log`,
// `nanoframework`, `meadow`, `tinygo`, `lvgl`, `smoothieware`, `grbl`, `openmv`, `spresense`,
// `mcuboot`, `memfault`, `golioth`, `blynk`, `blynk.cloud`, `wiced`, `WPRINT`, `cypress`,
// `cy_log`, `app_log`, `modustoolbox`, `sming`, `iot_thread`, `iot_logging`, `cooja`, `COOJA
// logger`, `coojalogger`, `<info> app`, `nrf_log`, `DBG ][`, `xdc.runtime`, `ti.sysbios`,
// `sysbios`, `LoggerSys`, `System_printf`, `Display_printf`, `toit`, `jaguar`, `esp-println`,
// `MODULE_BOOT`, `BOOT-I]`, `ameba`, `bl602`, `bl_iot`, `bouffalo`, `hal_boot2`, `bflb`,
// `flash_cube`, `Chip name is`, `Erase time cost`, `lmic`, `EV_JOIN`, `EV_TXCOMPLETE`, `loramac`,
// `wakaama`, `mcumgr`, `toit`, `meshtastic`, `beken`, `winnermicro`, `ssl_tls.c`. Nearly every
// firmware named is measured already (Zephyr's many layouts, ESP-IDF with and without system time
// and colour, Arduino-ESP32, the Arduino IDE serial monitor, Mbed trace, NuttX, RIOT, Contiki-NG,
// nRF5 NRF_LOG, Particle, MicroPython, CircuitPython, RT-Thread, Mynewt, defmt, Tock, PX4, Klipper,
// Marlin, Tasmota), so they were left out; `ameba` matches only Crystal's linter and grep lists,
// `blynk` and `cooja` only grep lists, `lmic` only `lmicroseconds`; `iot_thread`, `MODULE_BOOT`,
// `hal_boot2`, `bflb` and `EV_JOIN` match nothing. Left out as not confirmed by any search: TI-RTOS's
// xdc.runtime Log, Toit's Jaguar console, esp-hal's esp-println logger, Bouffalo's newer
// bouffalo_sdk log tags. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Firmware counts time from boot: FreeRTOS's tick count, BL602's bracketed
// ticks, LMIC's os_getTime(), Blynk's millis and Cooja's simulation microseconds are no time of day,
// so those records have none, nor do AmebaD's boot lines. The serial terminal before ameba-rtos's
// lines and Bouffalo's flash tool write a time of day without a date: it is on the clock's day, in
// UTC. Levels only where the line marks one: FreeRTOS's `[INFO]` `[WARN]` `[ERROR]`, AmebaD's
// `LEVEL_INFO` and `LEVEL_ERROR`, ameba-rtos's letter after the module (`BOOT-I`, `BOOT-E`), BL602's
// padded word, the Contiki-NG prefix inside Cooja's line (`INFO`, `WARN`, `ERR`, `DBG`); FreeRTOS's
// bare glued prefix line, Ameba's untagged ROM lines, LMIC's events, Blynk's prints, Cooja's own
// line and the flash tool's lines carry none. No family writes a host: Cooja's mote id is a node
// number, not the record's host. Records: Blynk's logo block is one record with its `[0]` line;
// LMIC's EV_JOINED is one record with the netid and devaddr lines its handler prints; every other
// line is a record.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (AmebaD's LEVEL_ERROR name, Blynk's logo block, Contiki-NG's prefix inside
// Cooja's line). Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 9590483 before any rule for it: level 62.5 %, time 100.0 %, host 100.0 %, records 97.5 %.
// That is the macro figure (micro: level 61.5 %, time 100.0 %, host 100.0 %, records 97.4 %), in a
// worktree at 9590483 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right (BL602's blog, Blynk's prints, Bouffalo's flash tool); the gaps are levels
// and one record: FreeRTOS's `[INFO]` after the counter, tick and task columns, AmebaD's
// `[MODULE_BOOT-LEVEL_INFO]:`, ameba-rtos's `[BOOT-I]` letter and the Contiki-NG prefix inside
// Cooja's line are not read, and LMIC's EV_JOINED block is cut after its first line.

var fresh783Cases = []worldCase{
	{
		name:   "freertos-iot-logging-task-glued-prefix",
		source: "FreeRTOS logging task (iot_logging_task) as the AWS demos print it: `counter tick [task] [LEVEL] [LIBRARY] [file.c:line] counter tick [task] message` with the next call's bare prefix glued after the message, and a bare prefix alone after a message ending in a newline: aws/amazon-freertos issue #2952 and PR #2521",
		why:    "two numbers (message counter, tick count) and a task name before the level tag; no time of day; the bare `counter tick [task]` line is a record with no level",
		gap:    "the level tag `[INFO]` `[WARN]` `[ERROR]` after the message counter, the tick count and the `[iot_thread]` task bracket is not read: every record comes out Unknown",
		entries: []worldEntry{
			we("", Info, "", "114 52307 [iot_thread] [INFO] [MQTT] [core_mqtt.c:1563] 115 52307 [iot_thread] Received MQTT CONNACK successfully from broker.116 52307 [iot_thread]"),
			we("", Info, "", "117 52307 [iot_thread] [INFO] [ShadowDemo] [shadow_demo_main.c:612] 118 52307 [iot_thread] Incoming QoS : 1"),
			we("", Unknown, "", "119 52307 [iot_thread]"),
			we("", Warn, "", "120 52410 [iot_thread] [WARN] [MQTT] [core_mqtt.c:1012] 121 52410 [iot_thread] Publish ack for packet 7 not received within 500 ms, retrying.122 52410 [iot_thread]"),
			we("", Error, "", "123 53811 [iot_thread] [ERROR] [ShadowDemo] [shadow_demo_main.c:702] 124 53811 [iot_thread] Failed to parse delta document for pump-07: invalid JSON at offset 42.125 53811 [iot_thread]"),
		},
	},
	{
		name:   "realtek-amebad-module-level-boot",
		source: "Realtek AmebaD boot ROM and bootloader on the log UART (`[MODULE_BOOT-LEVEL_INFO]:IMG2 ENTRY[…]`, untagged lines such as `Normal boot` between): Samsung/TizenRT issue #5910; the LEVEL_ERROR name from memory",
		why:    "the module and level glued in one bracket before a colon; no time; untagged ROM lines carry no level",
		gap:    "the level inside AmebaD's glued `[MODULE_BOOT-LEVEL_INFO]:` / `[MODULE_BOOT-LEVEL_ERROR]:` bracket is not read: the records come out Unknown",
		entries: []worldEntry{
			we("", Info, "", "[MODULE_BOOT-LEVEL_INFO]:IMG1 ENTER ROMSUB:2"),
			we("", Unknown, "", "Normal boot"),
			we("", Info, "", "[MODULE_BOOT-LEVEL_INFO]:OTA1 USE, version: 200311"),
			we("", Info, "", "[MODULE_BOOT-LEVEL_INFO]:IMG2 ENTRY[0x85000:0xc00d7a1]"),
			we("", Error, "", "[MODULE_BOOT-LEVEL_ERROR]:OTA2 signature invalid, fall back to OTA1"),
		},
	},
	{
		name:   "ameba-rtos-boot-tag-letter-terminal-time",
		source: "ameba-rtos bootloader (`[BOOT-I] KM4 BOOT REASON: 0`, `[FLASH-I] Flash ID: …`, `[BOOT-E] …`, untagged `ROM:[V1.0]`) captured by a serial terminal writing `HH:MM:SS.mmm  ` first: Ameba-AIoT/ameba-rtos issue #421",
		why:    "a time of day without a date and two spaces; the level is the letter after the module's dash inside brackets",
		gap:    "the level letter after the module's dash in `[BOOT-I]`, `[FLASH-I]`, `[BOOT-E]` after a terminal's time of day is not read: Unknown instead of Info and Error (the time is read)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.051Z", Unknown, "", "07:41:16.051  ROM:[V1.0]"),
			we("2026-11-29T07:41:16.067Z", Unknown, "", "07:41:16.067  IMG1 ENTRY[f8026a1:0]"),
			we("2026-11-29T07:41:16.067Z", Info, "", "07:41:16.067  [BOOT-I] KM4 BOOT REASON: 0 "),
			we("2026-11-29T07:41:16.07Z", Info, "", "07:41:16.070  [FLASH-I] Flash ID: c8-40-18"),
			we("2026-11-29T07:41:16.074Z", Error, "", "07:41:16.074  [BOOT-E] KR4 XIP IMG invalid, BOOT FAIL!!"),
		},
	},
	{
		name:   "bl602-bl-iot-sdk-blog-ticks",
		source: "Bouffalo Lab BL602 bl_iot_sdk blog (`[         0][INFO  : hal_boot2.c: 285] [HAL] [BOOT2] …`: ticks right-aligned in brackets, the level padded, file and line): openshwprojects/OpenBK7231T_App PR #1322",
		why:    "a tick count since boot in brackets (no time of day) glued to a bracket with a padded level word, a file and a line number",
		entries: []worldEntry{
			we("", Info, "", "[         0][INFO  : hal_boot2.c: 285] [HAL] [BOOT2] Active Partition[0] consumed 596 Bytes"),
			we("", Info, "", "[       214][INFO  : bl_main.c: 188] [WIFI] wifi_mgmr started, mac 18:b9:05:3c:11:7e"),
			we("", Warn, "", "[      2210][WARN  : wifi_mgmr.c: 933] [WIFI] scan timeout on channel 6, retrying"),
			we("", Error, "", "[      3407][ERROR : wifi_mgmr.c: 415] [WIFI] connect to ap-shed-02 failed, reason 15"),
		},
	},
	{
		name:   "arduino-lmic-ttn-otaa-ostime-events",
		source: "MCCI arduino-lmic ttn-otaa sketch's onEvent (`Serial.print(os_getTime()); Serial.print(\": \");` then the event name; EV_JOINED prints netid and devaddr lines): mcci-catena/arduino-lmic issues #782 and #432 (`2968: EV_JOINING`)",
		why:    "a tick count and a colon before the event; no time, no level; the EV_JOINED block is one record",
		gap:    "the `netid:` and `devaddr:` lines EV_JOINED's handler prints after `731560: EV_JOINED` are not joined to it: the record is cut after its first line",
		entries: []worldEntry{
			we("", Unknown, "", "Starting"),
			we("", Unknown, "", "3114: EV_JOINING"),
			we("", Unknown, "", "402877: EV_TXSTART"),
			we("", Unknown, "", "731560: EV_JOINED", "netid: 19", "devaddr: 260B1F2A"),
			we("", Unknown, "", "1043121: EV_TXCOMPLETE (includes waiting for RX windows)"),
		},
	},
	{
		name:   "blynk-print-millis-logo",
		source: "Blynk library with BLYNK_PRINT (`[millis] message`: `[11287] Connecting to cloud.blynk.cc:8442`): Blynk-Technologies/blynk-library issue #9 and #580 (`Connecting to blynk.cloud:80`), BlynkDebug.h's BlynkMillis; the `[0]` logo block from memory",
		why:    "milliseconds since boot in brackets, no time of day and no level; the ASCII logo under `[0]` is one record",
		entries: []worldEntry{
			we("", Unknown, "", "[0] ", "    ___  __          __", "   / _ )/ /_ _____  / /__", "  / _  / / // / _ \\/  '_/", " /____/_/\\_, /_//_/_/\\_\\", "        /___/ v1.3.2 on ESP32"),
			we("", Unknown, "", "[5012] Connecting to greenhouse-iot"),
			we("", Unknown, "", "[7301] Connected to WiFi"),
			we("", Unknown, "", "[7302] Connecting to blynk.cloud:80"),
			we("", Unknown, "", "[7560] Ready (ping: 61ms)."),
		},
	},
	{
		name:   "cooja-script-logger-contiki-ng",
		source: "a Cooja simulation script logger (`log.log(time + \" \" + id + \" \" + msg + \"\\n\")` after `Starting COOJA logger`): mdequanter/2024_2025_Project_MPA code/analyses/coojalogger.js; the mote's Contiki-NG `[LEVEL: module    ]` prefix from memory",
		why:    "simulation microseconds and a mote id before the mote's own line; no time of day; the level is the Contiki-NG prefix; the mote id is no host",
		gap:    "the Contiki-NG level prefix (`[INFO: Main      ]`, `[DBG : App       ]`, `[WARN: RPL       ]`, `[ERR : TSCH      ]`) after Cooja's simulation time and mote id is not read: the records come out Unknown",
		entries: []worldEntry{
			we("", Unknown, "", "Starting COOJA logger"),
			we("", Info, "", "1000000 1 [INFO: Main      ] Starting Contiki-NG-release/v4.9"),
			we("", Debug, "", "1012544 1 [DBG : App       ] sending request 1 to fd00::202:2:2:2"),
			we("", Warn, "", "61245873 3 [WARN: RPL       ] no parent, scheduling DIS"),
			we("", Error, "", "183002117 2 [ERR : TSCH      ] ! dropping packet, queue full"),
		},
	},
	{
		name:   "bouffalo-flash-tool-console-time-of-day",
		source: "Bouffalo Lab's flash tool (bflb_mcu_tool / bouffalo_flash_cube) console (`[09:44:57.740] - Chip name is bl616`, `[12:08:30.478] - Erase time cost(ms): …`): zephyrproject-rtos/zephyr issue #116290, bouffalolab/bouffalo_sdk issue #183",
		why:    "a bracketed time of day without a date, then ` - `; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.74Z", Unknown, "", "[07:41:16.740] - =================================================="),
			we("2026-11-29T07:41:16.74Z", Unknown, "", "[07:41:16.740] - Chip name is bl616"),
			we("2026-11-29T07:41:16.741Z", Unknown, "", "[07:41:16.741] - Serial port is /dev/ttyUSB1"),
			we("2026-11-29T07:41:19.113Z", Unknown, "", "[07:41:19.113] - Erase flash  from 0x10000 to 0x17a2c0"),
			we("2026-11-29T07:41:22.172Z", Unknown, "", "[07:41:22.172] - Erase time cost(ms): 3059.2"),
		},
	},
}

func TestFresh783Formats(t *testing.T) { assertTable(t, fresh783Cases) }
func TestFresh783Score(t *testing.T) {
	checkScore(t, "fresh783 formats", fresh783Cases, [worldNumFields]float64{62.4, 99.9, 99.9, 97.4})
}
