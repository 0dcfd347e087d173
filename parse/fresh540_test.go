package parse

import "testing"

// The five-hundred-and-fortieth fresh table: IoT and embedded devices' logs, another pass (routers'
// firmware, gateways, smart-home hubs, PLCs, embedded consoles), shapes no earlier table holds. Each
// family is one product's documented or observed output: Quectel's QConnectManager (quectel-CM) on
// a router's console (`[MM-dd_HH:mm:ss:SSS] msg`) and the same lines relayed by netifd into
// OpenWrt's logread; a PLCnext Control's Output.log (`yy.MM.dd HH:mm:ss.fff Component LEVEL msg`);
// the Tuya IoT SDK's UART console on a smart plug (`[MM-dd HH:mm:ss TUYA Level][file.c:line]`,
// a banner printed with newlines inside one record) and the Tuya IPC SDK's console on a doorbell
// (`[MM-dd HH:mm:ss-- TUYA Level][…]`); a Crestron 3-Series control processor's error log
// (`Level: Program [App#] # yyyy-MM-dd HH:mm:ss # msg`); the NETx KNX OPC/BMS server's system log
// (`LEVEL;MM/dd/yy HH:mm:ss.fff;MODULE;msg;0`); Z-Wave.me's Z-Way server log
// (`[yyyy-MM-dd HH:mm:ss.fff] [L] [facility] msg`).
//
// Every candidate was grepped for (case-insensitively) in every parse/*_test.go by product and by a
// fragment of its line first (`openwrt`, `dd-wrt`, `ddwrt`, `mikrotik`, `tasmota`, `esphome`,
// `zigbee2mqtt`, `home assistant`, `homeassistant`, `openhab`, `domoticz`, `node-red`, `nodered`,
// `esp-idf`, `esp_idf`, `zephyr`, `freertos`, `nuttx`, `mongoose`, `particle`, `balena`, `mender`,
// `swupdate`, `rauc`, `hawkbit`, `u-boot`, `codesys`, `twincat`, `iobroker`, `homebridge`, `deconz`,
// `zwave`, `zwave-js`, `hubitat`, `smartthings`, `shelly`, `greengrass`, `iot edge`, `iotedge`,
// `edgex`, `thingsboard`, `chirpstack`, `things stack`, `lorawan`, `mosquitto`, `frigate`,
// `scrypted`, `wled`, `klipper`, `octoprint`, `marlin`, `px4`, `ardupilot`, `victron`, `venus`,
// `openthread`, `otbr`, `matter`, `chip`, `CHIP:`, `ofono`, `connman`, `fwupd`, `uuu`, `jffs2`,
// `busybox`, `procd`, `netifd`, `dnsmasq`, `hostapd`, `ubus`, `tplink`, `asuswrt`, `merlin`,
// `fritz`, `unifi`, `ubiquiti`, `edgeos`, `vyos`, `pfsense`, `opnsense`, `pi-hole`, `pihole`,
// `bluez`, `bluetoothd`, `rtthread`, `rt-thread`, `contiki`, `riot`, `mbed`, `azure rtos`, `threadx`,
// `lwip`, `Guru Meditation`, `rst:0x`, `ets `, `I (`, `W (`, `[D][`, `[I][`, `MQT:`, `TASMOTA`,
// `esp32`, `esp8266`, `nrf`, `<inf> `, `<err> `, `<wrn> `, `uboot`, `U-Boot SPL`, `Starting kernel`,
// `mender-client`, `ota`, `fhem`, `evcc`, `meshtastic`, `valetudo`, `opendtu`, `ahoy`, `rtl_433`,
// `openmqttgateway`, `keenetic`, `ndm:`, `tizen`, `dlog`, `webos`, `pmlog`, `qnx`, `slog2`,
// `vxworks`, `defmt`, `probe-rs`, `openocd`, `pyocd`, `aktualizr`, `torizon`, `nanomq`, `openbeken`,
// `teltonika`, `rutos`, `freshtomato`, `tomato`, `padavan`, `draytek`, `zyxel`, `motioneye`,
// `motion`, `openipc`, `majestic`, `memfault`, `golioth`, `kura`, `openplc`, `plcnext`, `wirenboard`,
// `wb-mqtt`, `gladys`, `jeedom`, `homey`, `snapcast`, `mynewt`, `chibios`, `embassy`, `msh >`,
// `Info : `, `tShell`, `ESPresense`, `ser2net`, `gpsd`, `moonraker`, `Prusa`, `reprap`, `rrf`,
// `duet`, `shairport`, `rhasspy`, `mycroft`, `frr`, `ModemManager`, `qmi`, `uqmi`, `mwan3`, `sqm`,
// `adblock`, `luci`, `uhttpd`, `ubnt`, `opkg`, `zigpy`, `ZHA`, `bellows`, `ezsp`, `silabs`,
// `openzwave`, `Z-Wave JS`, `tuya`, `localtuya`, `tinytuya`, `broadlink`, `xiaomi`, `miio`,
// `roborock`, `dreame`, `s7`, `snap7`, `modbus`, `open62541`, `opcua`, `opc ua`, `ethercat`, `SOEM`,
// `linuxcnc`, `rdk`, `mod=`, `lvl=`, `opensync`, `plume`, `quectel`, `QConnectManager`, `qmichannel`,
// `clientWDS`, `wwan (`, `roku`, `brightscript`, `pkt_fwd`, `packet_forwarder`, `concentrator`,
// `basicstation`, `[SYS:`, `go2rtc`, `z-way`, `razberry`, `zway`, `[I] [core]`, `[zway]`,
// `Starting module`, `SETDATA`, `homegear`, `forte`, `4diac`, `du-agent`, `aduc`,
// `aws-iot-device-client`, `blynk`, `barebox`, `op-tee`, `I/TC`, `BL31`, `prplmesh`, `wakaama`,
// `leshan`, `zenoh`, `hono`, `ditto`, `helium`, `semtech`, `fledge`, `hilog`, `openharmony`,
// `netgear`, `tp-link`, `d-link`, `huawei`, `zte`, `sagemcom`, `technicolor`, `cradlepoint`,
// `peplink`, `inseego`, `moxa`, `advantech`, `scalance`, `westermo`, `hirschmann`, `ulog`,
// `I/NO_TAG`, `kubeedge`, `anax`, `baetyl`, `rainmaker`, `liteos`, `alios`, `homekit`, `neuron`,
// `z-stack`, `linksys`, `eero`, `starlink`, `TUYA Debug`, `TUYA Notice`, `TUYA Err`, `-- TUYA`,
// `nxaOPC`, `SERVER_ENGINE`, `netx`, `hikvision`, `dahua`, `loxone`, `crestron`, `control4`,
// `savant`, `niagara`, `tridium`, `sys.registry`, `MESSAGE [`, `desigo`, `Arp.Plc`, `Output.log`,
// `TLDM`, `SimplSharpPro`, `PERSISTENTLOG`, `Router got`, `.exe # `, ` # 20`). None of quectel-CM,
// PLCnext, the Tuya SDKs' consoles, Crestron's error log, NETx or Z-Way is in any table (`tuya`
// matches only grep lists, `crestron` only its audit log over syslog, `netx` only Broadcom's
// NetXtreme drivers, `Output.log` and `Starting module` other products, `daemon.notice netifd`
// other lines of OpenWrt). Left out as measured already: OpenWrt's logread and its daemons,
// ModemManager, Tasmota, ESPHome, ESP-IDF, Zephyr, NuttX, RIOT, Mbed, Zigbee2MQTT, deCONZ, Z-Wave JS,
// Home Assistant, openHAB, Domoticz, FHEM, ioBroker, Node-RED, Mender, SWUpdate, RAUC, hawkBit,
// fwupd, aktualizr, the Azure Device Update agent, the AWS IoT Device Client, Greengrass, Niagara's
// station output (fresh81), Basic Station, Meshtastic, Valetudo, OpenDTU, evcc, Codesys, OpenPLC.
// Left out as not confirmed by any search: 4diac FORTE's console, RT-Thread's ulog lines and
// memfaultd's output. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). quectel-CM's `[11-29_07:41:16:577]` and the Tuya SDKs' `11-29 07:41:16` have
// no year: they are in 2026; every stamp here has no zone and is read as UTC (the router's clock,
// the PLC's, the control processor's, the Windows server's, the hub's). In logread the full date
// and quectel-CM's inner stamp of the same moment are both accepted. PLCnext's `26.11.29` is
// year-first (two digits), so 2026-11-29; NETx's `11/29/26` is month-first. Levels only where the
// line marks one: logread's facility.severity (daemon.notice, daemon.warn), PLCnext's level word
// after the component, the Tuya SDKs' word after `TUYA` (Debug, Notice, Err), Crestron's leading
// word (Info, Notice, Warning, Error, Fatal is Critical), NETx's first semicolon field, Z-Way's
// bracketed letter (D I W E); quectel-CM's own lines carry none. None of these records has a host
// field: logread writes none, and the modem's addresses, KNX gateways, Crestron's IP-IDs, Tuya's
// cloud host and Z-Wave node numbers are peers, not the record's host. A record that spans lines
// is one entry: the Tuya IoT SDK's banner with its BUILD AT and IOT DEFS lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (Z-Way's line layout, NETx's order of month and day, the Tuya `Err`
// word). Hosts, ids, addresses, users and messages are invented, and every time is in late November
// 2026. The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read,
// and it stays in the score.
//
// Its first figure, scored at commit 9282ae9 before any rule for it: level 62.5 %, time 75.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 65.1 %, time 74.4 %, host 100.0 %, records 100.0 %), in a
// worktree at 9282ae9 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right; the gaps are quectel-CM's `[MM-dd_HH:mm:ss:SSS]` stamp on its console,
// which trawl does not read as a time, Crestron's time between the `#` marks, also unread, and the
// level words of the two Tuya SDK consoles (after `TUYA` inside the leading bracket) and of NETx
// (the first semicolon field), which trawl leaves unknown.

var fresh540Cases = []worldCase{
	{
		name:   "quectel-cm-console-month-day-underscore",
		source: "Quectel's QConnectManager (quectel-CM) run on a router or gateway's console (`[MM-dd_HH:mm:ss:SSS] msg`, a year-less date joined to the time by an underscore and the milliseconds after a colon, no level): immortalwrt/packages issue #1145 (its lines relayed by netifd, the inner stamp and text the program prints)",
		why:    "a bracketed year-less date with an underscore and colon-milliseconds (2026 by the rules); the modem's addresses, the APN and the USB ids are no hosts; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.577Z", Unknown, "", "[11-29_07:41:16:577] QConnectManager_Linux_V1.6.5"),
			we("2026-11-29T07:41:16.581Z", Unknown, "", "[11-29_07:41:16:581] Find /sys/bus/usb/devices/1-1.2 idVendor=0x2c7c idProduct=0x0125, bus=0x001, dev=0x004"),
			we("2026-11-29T07:41:16.585Z", Unknown, "", "[11-29_07:41:16:585] Auto find qmichannel = /dev/cdc-wdm0"),
			we("2026-11-29T07:41:16.591Z", Unknown, "", "[11-29_07:41:16:591] Modem works in QMI mode"),
			we("2026-11-29T07:41:17.204Z", Unknown, "", "[11-29_07:41:17:204] requestRegistrationState2 MCC: 262, MNC: 3, PS: Attached, DataCap: LTE"),
			we("2026-11-29T07:41:17.862Z", Unknown, "", "[11-29_07:41:17:862] ifconfig wwan0 10.88.41.6 netmask 255.255.255.252"),
		},
	},
	{
		name:   "quectel-cm-openwrt-logread-netifd",
		source: "quectel-CM started by OpenWrt's proto handler, its output relayed by netifd and read with logread (`Www Mmm d HH:mm:ss yyyy facility.severity netifd: iface (pid): [MM-dd_HH:mm:ss:SSS] msg`): immortalwrt/packages issue #1145",
		why:    "logread's full date and the program's own year-less stamp of the same moment (either accepted); daemon.notice and daemon.warn are the levels; logread has no host field, and `wwan (3379)` is an interface and a pid",
		entries: []worldEntry{
			we("2026-11-29T07:50:24Z", Notice, "", "Sun Nov 29 07:50:24 2026 daemon.notice netifd: Interface 'wwan' is setting up now"),
			we("2026-11-29T07:50:27Z", Warn, "", "Sun Nov 29 07:50:27 2026 daemon.warn odhcpd[1612]: No default route present, setting ra_lifetime to zero!"),
			we("2026-11-29T07:50:31Z|2026-11-29T07:50:31.204Z", Notice, "", "Sun Nov 29 07:50:31 2026 daemon.notice netifd: wwan (4417): [11-29_07:50:31:204] QConnectManager_Linux_V1.6.5"),
			we("2026-11-29T07:50:31Z|2026-11-29T07:50:31.213Z", Notice, "", "Sun Nov 29 07:50:31 2026 daemon.notice netifd: wwan (4417): [11-29_07:50:31:213] netcard driver = qmi_wwan_q, driver version = V1.2.6"),
			we("2026-11-29T07:50:32Z|2026-11-29T07:50:32.090Z", Notice, "", "Sun Nov 29 07:50:32 2026 daemon.notice netifd: wwan (4417): [11-29_07:50:32:090] Get clientWDS = 20"),
			we("2026-11-29T07:50:33Z|2026-11-29T07:50:33.771Z", Notice, "", "Sun Nov 29 07:50:33 2026 daemon.notice netifd: wwan (4417): [11-29_07:50:33:771] requestSetupDataCall WdsConnectionIPv4Handle: 0x8641f2a0"),
		},
	},
	{
		name:   "plcnext-output-log-two-digit-year",
		source: "a PLCnext Control's diagnostic log /opt/plcnext/logs/Output.log (`yy.MM.dd HH:mm:ss.fff Component LEVEL msg`, the component a dotted Arp name, runs of blanks between columns): plcnext.help PLCnext_Runtime/output_log.htm (its example file); the WARN, ERROR and DEBUG words from the page's message types",
		why:    "a two-digit year first in a dotted date (26.11.29 is 2026-11-29, not 26 November); the dotted component name is no host; the level word after it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.830Z", Info, "", "26.11.29 07:41:16.830 Arp.System.Acf.Internal.Sm.ProcessesController INFO  Process 'MainProcess' started successfully."),
			we("2026-11-29T07:41:16.831Z", Info, "", "26.11.29 07:41:16.831 Arp.Plc.Plm.Internal.PlmManager INFO Component 'PumpLib.PumpComponent-1' from library 'PumpLib' created."),
			we("2026-11-29T07:41:16.902Z", Debug, "", "26.11.29   07:41:16.902  PumpLib.PumpComponent DEBUG 'LoadSettings' invoked of object with instance name 'PumpLib.PumpComponent-1'"),
			we("2026-11-29T07:41:18.115Z", Warn, "", "26.11.29 07:41:18.115 Arp.Io.Axioline.AxlCommunication WARN  Axioline F bus: module 4 (AXL F DI16/1 1H) not responding, retry 1 of 3"),
			we("2026-11-29T07:41:19.440Z", Error, "", "26.11.29 07:41:19.440 Arp.Plc.Esm.Internal.EsmDomain ERROR Task 'Cyclic100' exceeded its watchdog time of 100 ms."),
		},
	},
	{
		name:   "tuya-iot-sdk-uart-console",
		source: "the Tuya IoT SDK's UART console on a flashed smart plug (`[MM-dd HH:mm:ss TUYA Level][file.c:line] msg`, levels Debug and Notice, the SDK banner printed with newlines inside one Notice): ct-Open-Source/tuya-convert issue #380; the `Err` word from memory",
		why:    "a year-less date and time inside the bracket before `TUYA` and the level word; the source file and line in the second bracket; the BUILD AT and IOT DEFS lines belong to the banner's Notice above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "[11-29 07:41:16 TUYA Debug][uni_thread.c:158] Init Thread Del Mgr"),
			we("2026-11-29T07:41:16Z", Debug, "", "[11-29 07:41:16 TUYA Debug][ty_work_queue.c:22] init work queue. stack size:2560 pro:3 num:2"),
			we("2026-11-29T07:41:16Z", Notice, "", "[11-29 07:41:16 TUYA Notice][tuya_device.c:155] key:7, relay:14, led:26"),
			we("2026-11-29T07:41:16Z", Notice, "",
				"[11-29 07:41:16 TUYA Notice][tuya_device.c:158] < TUYA IOT SDK V:2.3.1 BS:40.00_PT:2.2_LAN:3.3_CAD:1.0.2_CD:1.0.0 >",
				"< BUILD AT:2026_11_02_14_20_51 BY ci_builder FOR bk7231n_common AT 7231N >",
				"IOT DEFS < WIFI_GW:1 DEBUG:1 KV_FILE:0 SHUTDOWN_MODE:0 LITTLE_END:1 TLS_MODE:3 ENABLE_LOCAL_LINKAGE:0 >"),
			we("2026-11-29T07:41:19Z", Error, "", "[11-29 07:41:19 TUYA Err][mqc_app.c:274] mqtt connect fail. rt:-3"),
		},
	},
	{
		name:   "tuya-ipc-sdk-dashed-time",
		source: "the Tuya IPC SDK's console on a video doorbell's serial or telnet shell (`[MM-dd HH:mm:ss-- TUYA Level][file.c:line] msg`, two dashes glued to the seconds): guino/BazzDoorbell issue #4",
		why:    "a year-less date and time with `--` glued to the seconds; the level word after `TUYA`; the cloud host in a message is no record host",
		entries: []worldEntry{
			we("2026-11-29T07:43:02Z", Debug, "", "[11-29 07:43:02-- TUYA Debug][sys_timer.c:63] system timer has been inited"),
			we("2026-11-29T07:43:02Z", Debug, "", "[11-29 07:43:02-- TUYA Debug][simplekv.c:1246] key:gw_bi find value.Len:160"),
			we("2026-11-29T07:43:03Z", Debug, "", "[11-29 07:43:03-- TUYA Debug][uni_thread.c:220] Thread:wk_th-0 Exec Start. Set to Running Status"),
			we("2026-11-29T07:43:05Z", Notice, "", "[11-29 07:43:05-- TUYA Notice][tuya_ipc_api.c:412] ipc sdk init success, firmware 4.7.12"),
			we("2026-11-29T07:43:09Z", Notice, "", "[11-29 07:43:09-- TUYA Notice][mqc_app.c:188] mqtt get serve ip success, m2.tuyaeu.com"),
		},
	},
	{
		name:   "crestron-3series-error-log",
		source: "a Crestron 3-Series control processor's error log as the `err` console command and Toolbox show it (`Level: Application [App#] # yyyy-MM-dd HH:mm:ss # Message`, levels OK, Info, Notice, Warning, Error, Fatal): Crestron 3-Series Control Systems Reference Guide DOC. 7150B, Message Format (its `Info: TLDM.exe # … # Router got Connected` example)",
		why:    "the level word and a colon first, then the program and its slot, then the time between `#` marks (zone-less: UTC by the rules); the program and slot are no host",
		gap:    "the date and time between the `#` marks after the level word and the program (`Info: TLDM.exe # yyyy-MM-dd HH:mm:ss # msg`) is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Info: TLDM.exe # 2026-11-29 07:41:16 # Router got Connected"),
			we("2026-11-29T07:41:22Z", Notice, "", "Notice: SimplSharpPro.exe [App01] # 2026-11-29 07:41:22 # Program Starting: BoardroomAV v3.2.7"),
			we("2026-11-29T07:41:25Z", Warn, "", "Warning: SimplSharpPro.exe [App01] # 2026-11-29 07:41:25 # IP-ID 0x03 (TSW-770) offline"),
			we("2026-11-29T07:41:31Z", Error, "", "Error: SimplSharpPro.exe [App01] # 2026-11-29 07:41:31 # Module S-2.1 : TCP client to 10.20.4.61:23 refused"),
			we("2026-11-29T07:42:03Z", Critical, "", "Fatal: SimplSharpPro.exe [App02] # 2026-11-29 07:42:03 # Unhandled exception in ControlSystem constructor, program stopped"),
		},
	},
	{
		name:   "netx-knx-opc-server-system-log",
		source: "the NETx KNX OPC/BMS server's system log <Workspace>\\LogFiles\\nxaOPCSystem.35.log (`LEVEL;MM/dd/yy HH:mm:ss.fff;MODULE;message;0`, semicolon-separated, levels INFO, WARNING, ERROR): the NETx Automation wiki's System logging page; the order of month and day from memory",
		why:    "the level as the first semicolon field, a two-digit-year slashed date with milliseconds; the module field and the gateway addresses in the message are no host",
		gap:    "the level word as the first semicolon-separated field (`INFO;`, `WARNING;`, `ERROR;`) is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.234Z", Info, "", "INFO;11/29/26 07:41:16.234;SERVER_ENGINE;Licensed Gateway Number: 16;0"),
			we("2026-11-29T07:41:16.249Z", Info, "", "INFO;11/29/26 07:41:16.249;SERVER_ENGINE;Option 'KNX.Timeout' = '3';0"),
			we("2026-11-29T07:41:17.502Z", Info, "", "INFO;11/29/26 07:41:17.502;KNX_GATEWAY;Tunnel to 10.40.2.11:3671 established, channel 12;0"),
			we("2026-11-29T07:41:44.018Z", Warn, "", "WARNING;11/29/26 07:41:44.018;KNX_GATEWAY;Heartbeat to 10.40.2.12:3671 not answered;0"),
			we("2026-11-29T07:41:59.771Z", Error, "", "ERROR;11/29/26 07:41:59.771;KNX_GATEWAY;Connection to gateway 10.40.2.12:3671 lost;0"),
		},
	},
	{
		name:   "zway-server-log",
		source: "Z-Wave.me's Z-Way server log /var/log/z-way-server.log on a RaZberry or Z-Station (`[yyyy-MM-dd HH:mm:ss.fff] [L] [facility] msg`, L one of D I W E, facilities core and zway); the file's path from Z-Wave-Me/home-automation issue #287, the line's layout from memory",
		why:    "a bracketed ISO date with milliseconds, then a one-letter level in brackets, then the facility; node numbers and the Z-Wave frame bytes are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.103Z", Info, "", "[2026-11-29 07:41:16.103] [I] [core] ---  Starting module Cron"),
			we("2026-11-29T07:41:16.288Z", Info, "", "[2026-11-29 07:41:16.288] [I] [core] ---  Starting module ZWave"),
			we("2026-11-29T07:41:18.402Z", Debug, "", "[2026-11-29 07:41:18.402] [D] [zway] RECEIVED: ( 01 09 00 04 00 0C 03 20 03 FF 2A )"),
			we("2026-11-29T07:41:18.410Z", Debug, "", "[2026-11-29 07:41:18.410] [D] [zway] SETDATA devices.12.instances.0.commandClasses.32.data.level = 255 (0x000000ff)"),
			we("2026-11-29T07:41:25.017Z", Warn, "", "[2026-11-29 07:41:25.017] [W] [zway] Node 17:0 CC Wakeup: no reply for 3 wakeups, marking as failed"),
			we("2026-11-29T07:41:30.650Z", Error, "", "[2026-11-29 07:41:30.650] [E] [core] Error: Cannot instantiate module PhilioHW: TypeError: Cannot read property 'data' of undefined"),
		},
	},
}

func TestFresh540Formats(t *testing.T) { assertTable(t, fresh540Cases) }
func TestFresh540Score(t *testing.T) {
	checkScore(t, "fresh540 formats", fresh540Cases, [worldNumFields]float64{87.4, 87.4, 99.9, 99.9})
}
