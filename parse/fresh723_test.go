package parse

import "testing"

// The seven-hundred-and-twenty-third fresh table: LoRaWAN and low-power IoT gateways' logs as people
// attach them to tickets, shapes no earlier table holds. Each family is one product's documented or
// observed output: ChirpStack Concentratord in the foreground (`ISO-Z LEVEL [module::path] msg`);
// ChirpStack Gateway OS's OpenWrt logread (a ctime-like date with the year after the time and a
// facility.severity pair, no host); The Things Stack under docker compose (the console handler's
// `LEVEL Message   fields` with no time); Helium's gateway-rs in the journal (a tracing level, span and
// target after the tag); the Meshtastic Python CLI with --debug (`LEVEL file:… func line:N msg` and
// a protobuf dump over several lines); meshtasticd, Meshtastic's Linux-native daemon, in the journal
// (`LEVEL | HH:mm:ss uptime [Thread] msg`, `??:??:??` before the clock is known); Semtech's
// sx1302_hal packet forwarder on a console (JiT queue lines behind `src/jitqueue.c:line:func(): `);
// and gotthardp's lorawan-server (Erlang lager, `[level] <pid>@module:function:line`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`chirpstack`, `concentratord`, `libconcentratord`, `INFO  [`,
// `chirpstack-gateway-os`, `user.info chirpstack`, `udp-forwarder`, `mqtt-forwarder`, `the things
// stack`, `thethings`, `lorawan-stack`, `ttn-lw`, `stack_1`, `Setting up Identity Server`,
// `namespace=gatewayserver`, `helium`, `helium_gateway`, `gateway_rs`, `gateway-rs`, `run: gateway`,
// `meshtastic`, `meshtasticd`, `mesh_interface`, `file:mesh`, `_handleFromRadio`, `??:??:??`,
// `portduino`, `jitqueue`, `jit_print_queue`, `JSON up:`, `JSON down:`, `PULL_RESP`, `PULL_ACK`,
// `PUSH_DATA`, `sx1302`, `sx130`, `semtech`, `lora_pkt_fwd`, `pkt_fwd`, `packet forwarder`,
// `basicstation`, `basic station`, `[SYS:`, `lorawan`, `lorawan-server`, `lorawan_`, `gotthardp`,
// `] <0.`, `@lorawan`, `unknown_devaddr`, `gateway-bridge`, `ttn`, `lns`, `DevEUI`, `dev_eui`,
// `kerlink`, `multitech`, `mpower`, `milesight`, `loriot`, `meshcore`, `reticulum`, `rnsd`, `rnode`,
// `otbr`, `otbr-agent`, `openthread`, `zigbee2mqtt`, `deconz`, `zwavejs`, `wmbusmeters`, `rtl_433`).
// `chirpstack` matches only the ChirpStack v4 server under compose, the v3 network server on a TTY
// and the Gateway Bridge in the journal; `meshtastic` only the firmware's serial log and its remote
// syslog; `??:??:??` only that serial log; `] <0.` other Erlang daemons; `gateway-rs` and `sx1302`
// unrelated lines (an rsyslog name, a Basics Station config key). None of Concentratord, Gateway OS,
// The Things Stack, gateway-rs, the Meshtastic CLI, meshtasticd, the sx1302_hal JiT lines or
// lorawan-server is in any table. Left out as measured already: Semtech's UDP packet forwarder's
// plain `INFO: [up]` lines and statistics block, LoRa Basics Station's `[SYS:INFO]` log, the
// ChirpStack v4 server, network server v3 and Gateway Bridge, Meshtastic's serial log and syslog,
// OpenThread, Zigbee2MQTT, deCONZ, Z-Wave JS, wmbusmeters, rtl_433, Reticulum. Left out as not
// confirmed by any search: Kerlink's and MultiTech mPower's own LoRa logs, the ChirpStack MQTT
// Forwarder's stdout (the same shape as Concentratord's). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Concentratord's stamp ends in Z. Gateway OS's logread date carries its year
// and no zone, read as UTC. The Things Stack's console, the Meshtastic CLI and the packet
// forwarder's lines carry no time: they have none (`count_us`, `tmst` and concentrator times are
// counters). The journal's `Nov 29 07:41:16` is in 2026; meshtasticd's own time of day is the same
// second, and `??:??:??` is no time, so the journal's time stands. lorawan-server's lager stamp has
// no zone and is read as UTC. Levels only where the line marks one: Concentratord's padded word,
// logread's severity after the facility (user.info, user.warn, user.err), The Things Stack's word
// after the compose prefix, gateway-rs's tracing word, Python's levelname (WARNING is Warn),
// meshtasticd's word before the bar, the forwarder's `INFO:`, `DEBUG:` and `WARNING:` (its JSON
// payload lines and the JiT line with no level word carry none), lager's bracketed word; the
// Portduino banner has none. The host is the record's host field: only the journal's; compose
// services, gateway EUIs, node numbers, MQTT servers, router URIs and peer addresses are no hosts.
// A record that spans lines is one entry: the CLI's `Received from radio: config {` with its
// protobuf dump.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (only The Things Stack's padded field column). Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong would carry a gap that says what it does not read, and stay in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in
// a worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 8
// of 8 families fully right; there is no gap.

var fresh723Cases = []worldCase{
	{
		name:   "chirpstack-concentratord-stdout",
		source: "ChirpStack Concentratord 4.x run in the foreground with log_to_syslog=false (Rust's log crate through its own stdout logger: `yyyy-MM-ddTHH:mm:ss.SSSZ LEVEL [module::path] msg`, the level padded to five): chirpstack/chirpstack-concentratord issues #253 and #176 (pasted start-up logs)",
		why:    "an ISO time to the millisecond in Z, then a padded level word, then the Rust module in brackets; GPIO chips, pins and the SPI path are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T07:41:16.204Z INFO  [libconcentratord::reset] Configuring reset pin, dev: /dev/gpiochip0, pin: 23"),
			we("2026-11-29T07:41:16.205Z", Info, "", "2026-11-29T07:41:16.205Z INFO  [chirpstack_concentratord_sx1302::cmd::root] Starting Concentratord SX1302 (version: 4.8.1, docs: https://www.chirpstack.io/docs/chirpstack-concentratord/)"),
			we("2026-11-29T07:41:16.611Z", Debug, "", "2026-11-29T07:41:16.611Z DEBUG [chirpstack_concentratord_sx1302::handler::command] Received command, command: config, gateway_id: 0016c001f1a3b7e2"),
			we("2026-11-29T07:41:19.930Z", Warn, "", "2026-11-29T07:41:19.930Z WARN  [chirpstack_concentratord_sx1302::handler::jit] Downlink rejected, downlink_id: 2817345021, error: TooLate"),
			we("2026-11-29T07:41:22.048Z", Error, "", "2026-11-29T07:41:22.048Z ERROR [chirpstack_concentratord_sx1302::concentrator] Starting concentrator failed, error: lgw_start failed"),
		},
	},
	{
		name:   "chirpstack-gateway-os-logread",
		source: "ChirpStack Gateway OS 4.x (OpenWrt) `logread` (`Www Mmm d HH:mm:ss yyyy facility.severity tag[pid]: msg`, no host column; Concentratord and the forwarders log to syslog): chirpstack/chirpstack-gateway-os issues #158, #153 and #120",
		why:    "a ctime-like date with the year after the time; the facility.severity pair gives the level; no host in logread's line; frequencies and ids are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Sun Nov 29 07:41:16 2026 user.info chirpstack-concentratord-sx1302[2214]: Starting Concentratord SX1302 (version: 4.8.1, docs: https://www.chirpstack.io/docs/chirpstack-concentratord/)"),
			we("2026-11-29T07:41:17Z", Info, "", "Sun Nov 29 07:41:17 2026 user.info chirpstack-concentratord-sx1302[2214]: Configuring radio, radio: 0, enabled: true, center_freq: 867500000, type: SX1250"),
			we("2026-11-29T07:42:03Z", Info, "", "Sun Nov 29 07:42:03 2026 user.info chirpstack-concentratord-sx1302[2214]: Frame received, uplink_id: 913377402, count_us: 44120377, freq: 868100000, bw: 125000, mod: LoRa, dr: SF9"),
			we("2026-11-29T07:42:30Z", Warn, "", "Sun Nov 29 07:42:30 2026 user.warn chirpstack-mqtt-forwarder[2290]: MQTT connection error, error: Connection refused (os error 111)"),
			we("2026-11-29T07:42:31Z", Error, "", "Sun Nov 29 07:42:31 2026 user.err chirpstack-concentratord-sx1302[2214]: Read temperature error, error: i2c read failed"),
		},
	},
	{
		name:   "things-stack-compose-console",
		source: "The Things Stack (ttn-lw-stack) under docker compose (`stack_1      | ` before the console handler's `LEVEL Message` with no time, then its fields): TheThingsIndustries/lorawan-stack-docs issue #740 (`stack_1      | INFO Setting up Identity Server`), TheThingsNetwork/lorawan-stack issues #1789 and #520; the padded field column from memory",
		why:    "the compose service's prefix is a container, not a host; the console handler writes no time, so none; the level word starts the message; `namespace=` and `remote_addr=` are fields, the remote address a peer",
		entries: []worldEntry{
			we("", Info, "", "stack_1      | INFO Setting up Identity Server"),
			we("", Info, "", "stack_1      | INFO Setting up Gateway Server"),
			we("", Info, "", "stack_1      | INFO Listening for connections            address=:1700 namespace=gatewayserver/io/udp protocol=udp"),
			we("", Debug, "", "stack_1      | DEBUG Gateway connected                     gateway_uid=kestrel-roof-01 namespace=gatewayserver remote_addr=203.0.113.41:39012"),
			we("", Warn, "", "stack_1      | WARN Failed to handle uplink message       error=error:pkg/networkserver:device_not_found (device not found) namespace=networkserver"),
			we("", Error, "", "stack_1      | ERROR Request error                          duration=2.41ms error=error:pkg/errors/web:unknown (Not Found) method=GET namespace=web remote_addr=198.51.100.17:5331 status=404 url=/api/v2/gateways/kestrel-roof-01"),
		},
	},
	{
		name:   "helium-gateway-rs-journal",
		source: "Helium's gateway-rs (helium_gateway, Rust tracing without a time of its own: ` LEVEL span: target: msg`) read with journalctl on a hotspot: helium/gateway-rs issue #488 (`WARN run: gateway_rs::gateway: ignoring semtech udp parsing error …`) and issue #261 (the journal lines `Jun 08 15:18:00 pizero helium_gateway[355]: …`)",
		why:    "the journal's time and host; the tracing level word after the tag (padded with a blank); `run:` is a span and `gateway_rs::gateway` a target; router URIs and the packet forwarder's address are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "hotspot-kestrel", "Nov 29 07:41:16 hotspot-kestrel helium_gateway[418]:  INFO run: gateway_rs::server: starting server version=1.3.2 key=14kGc2NpQw8r3xTzVb9mJd7fLsY1uAeH6oRnX5kPq2WiZ region=EU868"),
			we("2026-11-29T07:41:17Z", Info, "hotspot-kestrel", "Nov 29 07:41:17 hotspot-kestrel helium_gateway[418]:  INFO run: gateway_rs::beaconer: starting beacon_interval=21600"),
			we("2026-11-29T07:42:05Z", Warn, "hotspot-kestrel", "Nov 29 07:42:05 hotspot-kestrel helium_gateway[418]:  WARN run: gateway_rs::gateway: ignoring semtech udp parsing error invalid GWMP version: 1"),
			we("2026-11-29T07:43:40Z", Error, "hotspot-kestrel", "Nov 29 07:43:40 hotspot-kestrel helium_gateway[418]: ERROR run: gateway_rs::packet_router: failed to connect to packet router uri=http://packet-router.example.net:8080 error=transport error"),
		},
	},
	{
		name:   "meshtastic-python-cli-debug",
		source: "the Meshtastic Python CLI with --debug (Python logging as `LEVEL file:<file> <func> line:<n> msg`, a received config printed as a protobuf text dump over several lines): meshtastic/python issue #492 (a pasted --debug log), issue #5",
		why:    "no time at all; the level word first; `file:mesh_interface.py` and `line:768` are the source position; the protobuf dump under `Received from radio:` belongs to that record; node numbers are peers",
		entries: []worldEntry{
			we("", Debug, "", "DEBUG file:serial_interface.py __init__ line:57 Connecting to /dev/ttyUSB0"),
			we("", Debug, "", `DEBUG file:mesh_interface.py _handleFromRadio line:764 in mesh_interface.py _handleFromRadio() fromRadioBytes: b'*\x08\n\x06\x08\x03\x10\x01'`),
			we("", Debug, "",
				"DEBUG file:mesh_interface.py _handleFromRadio line:768 Received from radio: config {",
				"  lora {",
				"    use_preset: true",
				"    region: EU_868",
				"    hop_limit: 3",
				"    tx_enabled: true",
				"  }",
				"}"),
			we("", Info, "", "INFO file:mesh_interface.py _handleConfigComplete line:1021 Node info received for 14 nodes"),
			we("", Warn, "", "WARNING file:mesh_interface.py _handlePacketFromRadio line:1143 Ignoring packet without a from field: 0x5b7a21f3"),
		},
	},
	{
		name:   "meshtasticd-journal-portduino",
		source: "meshtasticd (Meshtastic's Linux-native Portduino build) under systemd, read with journalctl (BSD journal line, then the firmware's own `LEVEL | HH:mm:ss uptime [Thread] msg`, `??:??:??` before the clock is known, and the untagged Portduino start-up lines): meshtastic/firmware issues #4250, #6565, #5618 and #6304",
		why:    "the journal's time and host; the firmware's time of day of the same second is accepted too; `??:??:??` is no time; the level word after the tag; node ids and the MQTT server are peers; the Portduino banner has no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:09Z", Unknown, "pi-meshnode", "Nov 29 07:41:09 pi-meshnode meshtasticd[1187]: Portduino is starting, VFS root at /root/.portduino/default"),
			we("2026-11-29T07:41:09Z", Debug, "pi-meshnode", "Nov 29 07:41:09 pi-meshnode meshtasticd[1187]: DEBUG | ??:??:?? 0 Upgrade time to quality NTP"),
			we("2026-11-29T07:41:10Z", Info, "pi-meshnode", "Nov 29 07:41:10 pi-meshnode meshtasticd[1187]: INFO  | 07:41:10 1 Loaded saved nodedatabase version 24, with nodes count: 37"),
			we("2026-11-29T07:41:52Z", Info, "pi-meshnode", "Nov 29 07:41:52 pi-meshnode meshtasticd[1187]: INFO  | 07:41:52 43 [Router] Received text msg from=0x9c4e1a20, id=0x2d61b0c7, msg=anyone on the ridge tonight?"),
			we("2026-11-29T07:42:14Z", Warn, "pi-meshnode", "Nov 29 07:42:14 pi-meshnode meshtasticd[1187]: WARN  | 07:42:14 65 [mqtt] MQTT connection to mqtt.example.org failed, retrying in 30 s"),
			we("2026-11-29T07:42:40Z", Error, "pi-meshnode", "Nov 29 07:42:40 pi-meshnode meshtasticd[1187]: ERROR | 07:42:40 91 [RadioIf] SX126x init failed with status -2"),
		},
	},
	{
		name:   "sx1302-hal-pkt-fwd-jit-console",
		source: "Semtech's sx1302_hal lora_pkt_fwd on the console (no time on its lines: `INFO: [up] …`, `WARNING: [down] …`, `JSON up:`/`JSON down:` payload lines, and the JiT queue's debug lines prefixed with `src/jitqueue.c:line:function(): `): Lora-net/sx1302_hal issue #134, RAKWireless/udp-packet-forwarder issue #19, Lora-net/packet_forwarder issues #53 and #150",
		why:    "no time; the level word comes after the `src/file.c:line:func(): ` prefix or first on the line; `count_us` and `tmst` are concentrator counters, no time; lines without a level word carry none",
		entries: []worldEntry{
			we("", Unknown, "", `JSON down: {"txpk":{"imme":true,"freq":869.525000,"rfch":0,"powe":14,"modu":"LORA","datr":"SF9BW125","codr":"4/5","ipol":true,"prea":8,"size":17,"data":"YCwBACaAAQABC3vD5kZxGQ=="}}`),
			we("", Info, "", `INFO: [down] a packet will be sent in "immediate" mode`),
			we("", Unknown, "", "src/jitqueue.c:131:jit_enqueue(): Current concentrator time is 1823004417, pkt_type=2"),
			we("", Debug, "", "src/jitqueue.c:172:jit_enqueue(): DEBUG: insert IMMEDIATE downlink, first in JiT queue (count_us=1823084417)"),
			we("", Info, "", "src/jitqueue.c:440:jit_print_queue(): INFO: [jit] queue is empty"),
			we("", Warn, "", "WARNING: [down] packet was scheduled but failed to TX"),
		},
	},
	{
		name:   "lorawan-server-lager-log",
		source: "gotthardp/lorawan-server (Erlang, lager's file and console format `yyyy-MM-dd HH:mm:ss.SSS [level] <pid>@module:function:line msg`, or `<pid> msg` without the location): gotthardp/lorawan-server issues #34, #434 and #64",
		why:    "a zone-less date and time (UTC by the rules); the bracketed lager level; the Erlang pid and module:function:line are no time; gateway EUIs and the forwarder's address tuple are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.244Z", Debug, "", "2026-11-29 07:41:16.244 [debug] <0.232.0> Supervisor lorawan_sup started lorawan_gw_router:start_link() at pid <0.233.0>"),
			we("2026-11-29T07:41:18.902Z", Info, "", "2026-11-29 07:41:18.902 [info] <0.233.0>@lorawan_gw_router:handle_cast:92 gateway B827EBFFFE6C1A3D {connected,{{192,168,40,17},41700}}"),
			we("2026-11-29T07:42:05.117Z", Warn, "", "2026-11-29 07:42:05.117 [warning] <0.311.0>@lorawan_handler:handle_uplink:214 node 26011F4C fcnt_gap 17"),
			we("2026-11-29T07:42:31.930Z", Error, "", "2026-11-29 07:42:31.930 [error] <0.1073.0>@lorawan_iface_forwarder:process_frame:149 ERROR: {unknown_devaddr,<<38,1,31,76>>}"),
		},
	},
}

func TestFresh723Formats(t *testing.T) { assertTable(t, fresh723Cases) }
func TestFresh723Score(t *testing.T) {
	checkScore(t, "fresh723 formats", fresh723Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
