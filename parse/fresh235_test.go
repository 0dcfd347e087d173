package parse

import "testing"

// The two-hundred-and-thirty-fifth fresh table, written on 2026-12-05: embedded Linux and
// microcontroller logs as engineers read them in 2025-2026, shapes no earlier table holds. Each
// family is one product's documented or observed output: BusyBox syslogd's /var/log/messages built
// with FEATURE_SYSLOGD_PRECISE_TIMESTAMPS (a sub-second BSD stamp before the host and
// facility.priority); an ESP32-C3's ESP-ROM banner and an ESP-IDF 5 second-stage bootloader (the
// ROM's `Build:` date and the bootloader's `compile time` are build dates, not the log's time);
// Home Assistant's system log detail dialog copied out (`Logger:`, `Source:`, `First occurred:`,
// `Last logged:` then the message) in a 24-hour and in an en-US 12-hour locale with a dated first
// occurrence; grabserial's `-t` relative stamps and `-T` system-time stamps in front of a board's
// U-Boot and kernel console; tio's `--timestamp` session with a Zephyr board behind it; a Yocto
// systemd board's serial console mixing kernel printk stamps, systemd status lines and the getty
// banner.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`busybox`, `syslogd`, `syslogd -S`, `OPT_small`, `PRECISE`, `logread`, `openwrt`,
// `daemon.notice`, `kern.info`, `U-Boot`, `yocto`, `buildroot`, `ESP-IDF`, `esp32`, `wifi:`,
// `ESP-ROM`, `ets Jun`, `rst:0x`, `compile time`, `zephyr`, `<inf>`, `<err>`, `arduino`,
// `platformio`, `pio device`, `klipper`, `klippy`, `Start printer at`, `Stats [0-9]`, `Log
// rollover`, `tasmota`, `home-assistant`, `home-assistant.log`, `First occurred`, `raspberrypi`,
// `Starting kernel`, `Hit any key`, `[  OK  ]`, `Reached target`, `netifd`, `procd`, `odhcpd`,
// `ubus call log`, `grabserial`, `minicom`, `picocom`, `tio v`, `espflash`, `octoprint`,
// `Send: N`, `00> `, `RTT`, `mongoose`, `RIOT`, `nuttx`, `freertos`, `esphome`, `openocd`,
// `micropython`, `mcu_awake`, `uart:~`, `<6>[`, `kernel: [ `). BusyBox syslogd is in many tables
// (fresh13's -S small output, fresh41's remote -R wire, fresh155's and fresh137's boards): its
// precise-timestamp build is in none. The ESP32 ROM's `rst:0x` lines are in fresh12, fresh41 and
// fresh63 (the classic ESP32 and ESP8266 banners): the C3/S3 `ESP-ROM:` banner with its `Build:`
// date and the IDF 5 bootloader's dated `compile time` are in none. Home Assistant is in fresh81,
// fresh51 and others as home-assistant.log, `ha core logs` and add-ons: the system log dialog's
// copied text is in none. grabserial, tio and a systemd serial console with printk stamps mixed in
// are in none (fresh7 holds systemd's status lines only as /var/log/boot.log, without kernel lines
// or getty banner). Left out as measured already: OpenWrt logread and its kernel lines (fresh137,
// fresh142, fresh194), U-Boot and barebox banners (fresh39, fresh194), ESP-IDF's `I (1234) tag:`
// and system-time formats (fresh2, fresh63), Zephyr's `[hh:mm:ss.mmm,uuu] <inf>` (fresh2,
// fresh155), the Arduino IDE and PlatformIO monitors' stamps (fresh12, fresh41), klippy.log
// (fresh16), Tasmota's console (fresh9). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time of day without a date (grabserial -T, tio, Home Assistant's
// 24-hour dialog) is on the clock's day; Home Assistant's dialog carries a first and a last time,
// so either is accepted. Uptimes (ESP-IDF's milliseconds, the kernel's [ seconds ], Zephyr's
// uptime, grabserial -t's elapsed seconds) are no time of the record; a build date (ESP-ROM's
// `Build:`, the bootloader's `compile time`, U-Boot's banner) is not the log's time either. Levels
// only where the line marks one: BusyBox's facility.priority, ESP-IDF's letter, Zephyr's <inf>;
// systemd's [  OK  ] and [FAILED] are statuses, as in fresh7, and the Home Assistant dialog names no
// level. The host is the record's host field: BusyBox's hostname column; a board's hostname in a
// systemd message or in the getty banner is not a host field. A record that spans lines is one
// entry: a Home Assistant dialog block, a FAILED status with its See-hint.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 4585c9d before any rule for it: level 98.2 %, time 73.2 %, host 85.7 %, records 71.4 %.
// That is the macro figure (micro: level 97.4 %, time 86.8 %, host 86.8 %, records 84.2 %), in a
// worktree at 4585c9d with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are the precise-timestamp BusyBox host column, Home Assistant's
// dialog blocks (records and times) and the FAILED See-hint on a serial console.

var fresh235Cases = []worldCase{
	{
		name:   "busybox-syslogd-precise-timestamps",
		source: "BusyBox 1.36 syslogd built with FEATURE_SYSLOGD_PRECISE_TIMESTAMPS writing /var/log/messages (`Mmm dd HH:MM:SS.ffffff host facility.priority tag: msg`): busybox sysklogd/syslogd.c config help; busybox mailing list patch 'unification for the several syslogd options that influence handling and formatting of log timestamps' (PRECISE_TIMESTAMPS, zero-padded sub-second column); the fraction's width from memory",
		why:    "a BSD stamp with a microsecond fraction, then BusyBox's host and facility.priority columns before the tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.208114Z", Info, "rtu-07", "Nov 29 07:41:16.208114 rtu-07 syslog.info syslogd started: BusyBox v1.36.1"),
			we("2026-11-29T07:41:16.431902Z", Notice, "rtu-07", "Nov 29 07:41:16.431902 rtu-07 daemon.notice udhcpc: lease of 10.20.4.117 obtained from 10.20.4.1, lease time 86400"),
			we("2026-11-29T07:41:17.009331Z", Warn, "rtu-07", "Nov 29 07:41:17.009331 rtu-07 authpriv.warn dropbear[611]: Bad password attempt for 'root' from 192.0.2.41:50522"),
			we("2026-11-29T07:41:18.770245Z", Error, "rtu-07", "Nov 29 07:41:18.770245 rtu-07 kern.err kernel: mmc0: error -110 whilst initialising SD card"),
		},
	},
	{
		name:   "esp32c3-esp-rom-banner-idf5-bootloader",
		source: "ESP32-C3 ROM banner (`ESP-ROM:esp32c3-api1-20210207`, `Build:Feb  7 2021`, `rst:0x1 (POWERON),boot:0xc (SPI_FAST_FLASH_BOOT)`, `SPIWP:`, `mode:`, `load:`, `entry`) then the ESP-IDF 5 second-stage bootloader (`I (30) boot: ESP-IDF 5.1.2 2nd stage bootloader`, `I (30) boot: compile time Apr 26 2024 15:00:38`): dchristl/esp32_nat_router_extended issue #131, esphome/issues #2931, espressif/arduino-esp32 issue #11685",
		why:    "ROM lines with no time and no level; `Build:` gives the ROM's build date; the bootloader's letter and uptime in milliseconds, and its `compile time` line names a build date that is not the record's time",
		entries: []worldEntry{
			we("", Unknown, "", "ESP-ROM:esp32c3-api1-20210207"),
			we("", Unknown, "", "Build:Feb  7 2021"),
			we("", Unknown, "", "rst:0x1 (POWERON),boot:0xc (SPI_FAST_FLASH_BOOT)"),
			we("", Unknown, "", "SPIWP:0xee"),
			we("", Unknown, "", "entry 0x403cc71a"),
			we("", Info, "", "I (31) boot: ESP-IDF v5.3.2 2nd stage bootloader"),
			we("", Info, "", "I (31) boot: compile time Nov 29 2026 06:58:12"),
			we("", Warn, "", "W (58) boot.esp32c3: PRO CPU has been reset by WDT."),
			we("", Error, "", "E (412) esp_image: image at 0x110000 has invalid magic byte (nothing flashed here?)"),
		},
	},
	{
		name:   "home-assistant-system-log-dialog-copy-24h",
		source: "Home Assistant 2025 Settings > System > Logs, an entry's detail dialog copied out (`Logger:`, `Source:`, `integration: … (documentation, issues)`, `First occurred: HH:MM:SS (N occurrences)`, `Last logged: HH:MM:SS`, a blank line, the message): Koenkk/zigbee2mqtt issue #17861, home-assistant/core issue #73660, home-assistant/home-assistant.io issue #25084",
		why:    "a block of labelled lines with a first and a last time of day and no date, the message after a blank line; no level is written",
		gap:    "each dialog line is read as a record of its own (the block is not joined from `Logger:` to the message), and no time is taken from `First occurred: HH:MM:SS (N occurrences)` or `Last logged: HH:MM:SS`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:52:03Z", Unknown, "",
				"Logger: homeassistant.components.mqtt.client",
				"Source: components/mqtt/client.py:871",
				"integration: MQTT (documentation, issues)",
				"First occurred: 07:41:16 (4 occurrences)",
				"Last logged: 07:52:03",
				"",
				"Error returned from MQTT server: The connection was refused"),
			we("2026-11-29T09:12:44Z", Unknown, "",
				"Logger: custom_components.solax_modbus",
				"Source: custom_components/solax_modbus/__init__.py:402",
				"integration: SolaX Inverter Modbus (documentation, issues)",
				"First occurred: 09:12:44 (1 occurrences)",
				"Last logged: 09:12:44",
				"",
				"Failed to connect to 10.20.4.50:502"),
		},
	},
	{
		name:   "home-assistant-system-log-dialog-copy-12h-dated",
		source: "Home Assistant system log detail dialog copied in the en-US locale (`First occurred: November 27, 2022 at 2:07:43 PM (205 occurrences)`, `Last logged: 12:09:59 PM`): home-assistant/home-assistant.io issue #25084, lkempf/casambi-bt-hass issue #85",
		why:    "a first occurrence dated on an earlier day with a 12-hour time, a last time of day with AM/PM and no date",
		gap:    "each dialog line is read as a record of its own, and no time is taken from `First occurred: November 27, 2026 at 2:07:43 PM (212 occurrences)` or `Last logged: 10:31:09 AM`",
		entries: []worldEntry{
			we("2026-11-27T14:07:43Z|2026-11-29T10:31:09Z", Unknown, "",
				"Logger: homeassistant.util.loop",
				"Source: util/loop.py:136",
				"First occurred: November 27, 2026 at 2:07:43 PM (212 occurrences)",
				"Last logged: 10:31:09 AM",
				"",
				"Detected blocking call to open with args ('/config/.storage/tapo_cache',) inside the event loop by custom integration 'tapo_cam'"),
			we("2026-11-29T08:02:17Z", Unknown, "",
				"Logger: zigpy.application",
				"Source: runner.py:154",
				"First occurred: 8:02:17 AM (1 occurrences)",
				"Last logged: 8:02:17 AM",
				"",
				"Unknown device AddrModeAddress(addr_mode=<AddrMode.NWK: 2>, address=0x5a1c)"),
		},
	},
	{
		name:   "grabserial-relative-t",
		source: "grabserial -t (`[%4.6f %2.6f] ` elapsed seconds since the first character and the delta from the line before): tbird20d/grabserial README and grabserial source (show_time)",
		why:    "a bracket of two relative second counts before each console line: no time of the record; the kernel's own [ seconds ] behind it is an uptime too",
		entries: []worldEntry{
			we("", Unknown, "", "[0.000000 0.000000] U-Boot SPL 2024.07 (Nov 12 2026 - 09:14:31 +0000)"),
			we("", Unknown, "", "[0.412887 0.412887] Trying to boot from MMC1"),
			we("", Unknown, "", "[1.482113 0.003904] Starting kernel ..."),
			we("", Unknown, "", "[2.913004 0.000291] [    0.000000] Booting Linux on physical CPU 0x0000000000 [0x410fd034]"),
		},
	},
	{
		name:   "grabserial-systime-T",
		source: "grabserial -T (`[%H:%M:%S.%f %2.6f] ` the host's time of day and the delta from the line before): tbird20d/grabserial README ('with system timestamp (-T)') and grabserial source (show_systime)",
		why:    "a time of day with microseconds and a delta in one bracket; U-Boot's banner carries its build date, not the log's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.208114Z", Unknown, "", "[07:41:16.208114 0.000000] U-Boot 2024.07 (Nov 12 2026 - 09:14:31 +0000)"),
			we("2026-11-29T07:41:16.230410Z", Unknown, "", "[07:41:16.230410 0.022296] DRAM:  2 GiB"),
			we("2026-11-29T07:41:18.901233Z", Unknown, "", "[07:41:18.901233 0.004410] [    1.204530] mmc0: new HS200 MMC card at address 0001"),
			we("2026-11-29T07:41:21.117802Z", Unknown, "", "[07:41:21.117802 0.318004] gw-imx8-0412 login:"),
		},
	},
	{
		name:   "tio-timestamp-zephyr-board",
		source: "tio 3 with --timestamp (24hour, `[HH:MM:SS.mmm] ` before tio's own lines and each received line: `tio v…`, `Press ctrl-t q to quit`, `Connected to /dev/ttyACM0`): tio/tio issues #163 and #203; the Zephyr lines behind it in the default log format (`[hh:mm:ss.mmm,uuu] <inf> module: msg`), Zephyr logging documentation",
		why:    "tio's time of day before a Zephyr line that carries its own uptime stamp and level: the record's time is tio's, the level Zephyr's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Unknown, "", "[07:41:16.118] tio v3.8"),
			we("2026-11-29T07:41:16.118Z", Unknown, "", "[07:41:16.118] Press ctrl-t q to quit"),
			we("2026-11-29T07:41:16.119Z", Unknown, "", "[07:41:16.119] Connected to /dev/ttyACM0"),
			we("2026-11-29T07:41:17.402Z", Info, "", "[07:41:17.402] [00:00:00.012,000] <inf> main: sensor node 4f2a ready"),
			we("2026-11-29T07:41:19.655Z", Warn, "", "[07:41:19.655] [00:00:02.265,380] <wrn> bme280: humidity read retry 2"),
			we("2026-11-29T07:41:20.010Z", Error, "", "[07:41:20.010] [00:00:02.620,117] <err> net_mqtt: Failed to connect to 192.0.2.14:1883 (-111)"),
		},
	},
	{
		name:   "yocto-systemd-serial-console-printk-mixed",
		source: "a Yocto (Poky 5.0, systemd 255) board's serial console: kernel printk lines `[    2.118204] systemd[1]: …` mixed with systemd's console status (`[  OK  ] Started …`, `[FAILED] Failed to start …` and its See-hint, `         Starting …`) and the getty banner `Poky (Yocto Project Reference Distro) 5.0.6 host ttyS0`: systemd-system.conf ShowStatus=, Yocto Project reference manual; from memory",
		why:    "uptime-stamped printk lines with no time of the record, status words that are no level, and a board's hostname in messages and in the getty banner that is no host field",
		entries: []worldEntry{
			we("", Unknown, "", "[    2.118204] systemd[1]: systemd 255.4^ running in system mode (+PAM -AUDIT -SELINUX -APPARMOR +IMA -SMACK +SECCOMP -GCRYPT -GNUTLS -OPENSSL +ACL +BLKID -CURL -ELFUTILS -FIDO2 -IDN2 -IDN -IPTC +KMOD -LIBCRYPTSETUP +LIBFDISK -PCRE2 -PWQUALITY -P11KIT -QRENCODE -TPM2 -BZIP2 -LZ4 -XZ -ZLIB +ZSTD -BPF_FRAMEWORK -XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified)"),
			we("", Unknown, "", "[    2.140771] systemd[1]: Detected architecture arm64."),
			we("", Unknown, "", "[    2.163019] systemd[1]: Hostname set to <gw-cm4-0213>."),
			we("", Unknown, "", "[  OK  ] Started systemd-journald.service - Journal Service."),
			we("", Unknown, "",
				"[FAILED] Failed to start wpa_supplicant@wlan0.service - WPA supplicant daemon (interface-specific version).",
				"See 'systemctl status wpa_supplicant@wlan0.service' for details."),
			we("", Unknown, "", "         Starting systemd-timesyncd.service - Network Time Synchronization..."),
			we("", Unknown, "", "Poky (Yocto Project Reference Distro) 5.0.6 gw-cm4-0213 ttyS0"),
		},
	},
}

func TestFresh235Formats(t *testing.T) { assertTable(t, fresh235Cases) }
func TestFresh235Score(t *testing.T) {
	checkScore(t, "fresh235 formats", fresh235Cases, [worldNumFields]float64{99.9, 74.9, 99.9, 74.9})
}
