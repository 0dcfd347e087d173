package parse

import "testing"

// The six-hundred-and-eighty-third fresh table: maritime, shipping and logistics software's logs as
// people attach them to tickets, shapes no earlier table holds. Each family is one product's
// documented or observed output: OpenGTS's fleet-tracking server log (`[INFO_|MM/dd HH:mm:ss|
// Class.method:line] msg`); AvNav's chart-plotter server log (every field joined by a dash, the
// level word between dashes); the Yacht Devices YDWG-02 NMEA 2000 gateway's RAW lines (a time of
// day, R or T, a CAN id and data bytes); KBox's boat-gateway serial log (`uptime;LHI;file:line|msg`);
// SensESP 1.x's serial debug (`(I) (function) msg` after a colour reset, no time); pypilot's
// autopilot lines in the journal; gr-ais's ais_rx.py decoded AIS blocks (an `!AIVDM` sentence and
// its decoded fields); InvenTree's inventory server and django-q worker under `docker compose logs`.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`traccar`, `opencpn`, `signalk`, `signal k`, `ais-catcher`,
// `aiscatcher`, `rtl_ais`, `gpsd`, `kplex`, `pypilot`, `avnav`, `opentcs`, `openboxes`,
// `owntracks`, `ot-recorder`, `odoo`, `rtklib`, `str2str`, `ais`, `nmea`, `AIVDM`,
// `tracker-server`, `MESSAGE `, `navit`, `openstreetmap`, `osrm`, `vroom`, `graphhopper`,
// `valhalla`, `dump1090`, `readsb`, `zebra`, `honeywell`, `sap ewm`, `wms`, `manifest`, `marine`,
// `vessel`, `ship`, `chartplotter`, `canboat`, `n2k`, `analyzer`, `actisense`, `gnss`, `ublox`,
// `u-blox`, `mmsi`, `aisdecoder`, `ais_decoder`, `libais`, `pyais`, `aishub`, `jsonais`, `MQTT`,
// `fleet`, `freeboard`, `openplotter`, `bbn`, `ipsolution`, `mavlink`, `ardupilot`, `ArduRover`,
// `venus`, `tai64`, `@4000`, `multilog`, `moos`, `alog`, `pMarine`, `openlmis`, `inventree`,
// `dolibarr`, `ofbiz`, `idempiere`, `karrio`, `fleetbase`, `openwms`, `bridge command`, `qtvlm`,
// `xygrib`, `victron`, `dbus-systemcalc`, `vedirect`, `openrov`, `mission oriented`, `kafka`,
// `opengts`, `teltonika`, `yacht devices`, `ydwg`, `19F5`, `sensesp`, `grocy`, `barcode buddy`,
// `datawedge`, `osmand`, `gpslogger`, `gr-ais`, `aisdeco`, `ais-dispatcher`, `aisdispatcher`,
// `phonetrack`, `hauk`, `flespi`, `wialon`, `navixy`, `gpsgate`, `ERPNext`, `tryton`,
// `openbravo`, `snipe`, `partkeepr`, `NMEA 0183`, `rtl-ais`, `opensky`, `oceanwise`, `ecdis`,
// `s-57`, `s57`, `gdal`, `freight`, `orekit`, `PDA`, `modula`, `autostore`, `kardex`, `AGV`,
// `fleet manager`, `ROS`, `nav2`, `openrmf`, `free_fleet`, `rmf`, `kbox`, `;LHI;`, `;LWI;`,
// `INFO_|`, `WARN_|`, `lysmarine`, `Data.logInfo`, `TrackWriter`, `-INFO-`, `(I) (`,
// `filesystem.cpp`, `0DF50B23`, ` R 0`, `yacht`, `;N;$`, `fraunhofer`, `shipxplorer`,
// `sxfeeder`, `radarbox`, `gnuais`, `aismon`, `[Q] INFO`, `Mobile Marine`, `Process-1:1`). None
// of OpenGTS, AvNav, the YDWG-02 RAW format, SensESP, pypilot, gr-ais or InvenTree is in any table;
// `kbox` matches only other products' words (no `;LHI;` line), `-INFO-` and `(I) (` other
// products' lines, and `[Q] INFO` django-q under other applications, never behind a compose
// prefix. Left out as measured already: Traccar, OpenCPN, the Signal K server, AIS-catcher,
// rtl_ais, gpsd, RTKLIB's str2str, OwnTracks, Teltonika, Victron's Venus OS, MOOS-IvP, Odoo,
// OpenBoxes, OpenLMIS, OFBiz, Dolibarr, ERPNext, Tryton, dump1090 and readsb. Left out as not
// confirmed by any search: openTCS's kernel log, kplex, Karrio's server log. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). OpenGTS's `11/29 07:41:16` has no year (2026) and no zone (UTC). AvNav's
// `2026-11-29 07:41:16,120` has no zone and is taken as UTC; the dash-joined numbers after it are
// a process and a thread, no offset. The YDWG-02 RAW time of day has no date: it is on the clock's
// day, as is the django-q worker's `07:41:16` behind InvenTree's compose prefix. KBox's first
// number is milliseconds since boot and SensESP prints no time, so their records have none;
// gr-ais's blocks have no time either (`Time Stamp: 16 seconds` is the AIS second, the ETA a
// voyage's). pypilot's journal lines carry the journal's yearless time (2026). Levels only where
// the line marks one: OpenGTS's `INFO_` `WARN_` `ERROR`, AvNav's level word between dashes, KBox's
// last letter of `LHI`/`LWI`, SensESP's `(I)` `(D)` `(W)` `(E)`, django-q's `INFO` `ERROR`; the
// RAW lines' R and T are directions, and pypilot, gr-ais and InvenTree's server lines carry none.
// The host is the record's host field: only the journal's (`skipperpi`); OpenGTS's device
// address, SensESP's Signal K server, the compose service name and the sudo line's USER= are no
// hosts. A record that spans lines is one entry: gr-ais's sentence with its decoded fields under
// it, up to the blank line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages") and find_string; where a search did not
// confirm a detail the source says "from memory" (OpenGTS's `WARN_` and `ERROR` words, KBox's W
// and E level letters). Hosts, ids, addresses, users and messages are invented, and every time is
// in late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says what
// it does not read, and it stays in the score.
//
// Its first figure, scored at commit 188306f before any rule for it: level 52.5 %, time 77.5 %, host 100.0 %, records 87.5 %.
// That is the macro figure (micro: level 51.2 %, time 78.0 %, host 100.0 %, records 92.7 %), in a
// worktree at 188306f with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right (YDWG-02 RAW, pypilot in the journal, InvenTree under compose); the gaps
// are OpenGTS's pipe-split bracket (no time, and the `INFO_`/`WARN_` words unread), AvNav's
// dash-joined numbers read as a zone offset and its level word between dashes unread, KBox's level
// letter in `;LHI;`, SensESP's `(I)`-style level letter, and gr-ais's decoded field lines split from
// their `!AIVDM` sentence.

var fresh683Cases = []worldCase{
	{
		name:   "opengts-dcserver-log",
		source: "OpenGTS's device-communication-server and servlet logs ($GTS_HOME/logs/*.log, Print.logInfo's `[LEVEL|MM/dd HH:mm:ss|Class.method:line] msg`, the level padded with an underscore to five: `INFO_`, `WARN_`, `ERROR`): found with find_string `[INFO_|` (a forum post pasting w-gprmc.log `[INFO_|01/26 14:58:41|Data.logInfo:1447] gprmc: …`, a simulator spec parsing `[INFO_|12/16 16:09:59|TrackClientPacketHandler.getHandlePacket:371] Recv[TXT]: …`, and the OpenGTS source comment `xxxx[INFO_|08/05 16:34:11|OSTools.printMemoryUsage:219]`); `WARN_` and `ERROR` from memory",
		why:    "a month-first date with no year (2026) inside a bracket split by pipes; the level word padded with `_` comes first; the device's client address and the $GPRMC time in the message are no host and no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[INFO_|11/29 07:41:16|DCServerFactory.startServer:612] Starting DCS 'gtsdmtp' on TCP port 31000"),
			we("2026-11-29T07:41:20Z", Info, "", "[INFO_|11/29 07:41:20|TrackClientPacketHandler.getHandlePacket:371] Recv[TXT]: $POS,359881,074119.000,A,5357.4410,N,00958.1102,E,11.4,087.2,291126,,,A/00000,00000/0,0,0,0/412200/#"),
			we("2026-11-29T07:41:20Z", Info, "", "[INFO_|11/29 07:41:20|Data.logInfo:1447] gprmc: [10.44.7.19] GET: http://fleet.example.net:8080/gprmc/Data?acct=harbourfreight&dev=truck17&gprmc=$GPRMC,074119,A,5357.4410,N,00958.1102,E,11.4,087.2,291126,,*1C"),
			we("2026-11-29T07:42:03Z", Warn, "", "[WARN_|11/29 07:42:03|TrackClientPacketHandler.parseInsertRecord:540] Device not found: AccountID=harbourfreight, DeviceID=trailer42"),
			we("2026-11-29T07:42:09Z", Error, "", "[ERROR|11/29 07:42:09|DBConnection.getConnection:417] SQL Error: Communications link failure"),
		},
	},
	{
		name:   "avnav-server-log-dashes",
		source: "AvNav's server log (avnav/data/log/avnav.log, Python logging with every field joined by a dash: `yyyy-MM-dd HH:mm:ss,SSS-n-n-threadName-LEVEL-msg`): wellenvogel/avnav issues #261 (TrackWriter ERROR lines) and #219 (`…-signalk-websocket-None-INFO-websocket receiver None started`)",
		why:    "a zone-less date with comma milliseconds, then two numbers and a thread name all joined by dashes, a thread name that holds dashes itself, then the level word between dashes",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.120Z", Info, "", "2026-11-29 07:41:16,120-121-2214-main-INFO-AvNav server version 20261115 starting"),
			we("2026-11-29T07:41:16.902Z", Info, "", "2026-11-29 07:41:16,902-903-2241-signalk-websocket-None-INFO-websocket receiver None started"),
			we("2026-11-29T07:41:19.455Z", Warn, "", "2026-11-29 07:41:19,455-455-2260-AVNSerialReader-ttyUSB0-WARNING-unable to open port /dev/ttyUSB0, retrying in 5s"),
			we("2026-11-29T07:41:21.030Z", Error, "", "2026-11-29 07:41:21,030-031-2277-TrackWriter-ERROR-inconsistent data , found normal value and dict with key signalk.navigation.courseRhumbline"),
			we("2026-11-29T07:41:24.611Z", Debug, "", "2026-11-29 07:41:24,611-612-2241-signalk-websocket-None-DEBUG-received delta with 14 values"),
		},
	},
	{
		name:   "yacht-devices-ydwg02-raw",
		source: "Yacht Devices YDWG-02/YDEN-02 NMEA 2000 gateway's RAW format, as a chart plotter or logger saves it (`HH:MM:SS.mmm R|T CANID(8 hex) data bytes`): the canboat crate's ydwg02.rs doc comment quoting the YDWG-02 manual (`00:17:55.475 R 0DF50B23 FF FF FF FF FF 00 00 FF`), mirroring parseRawFormatYDWG02 in canboat/common/parse.c",
		why:    "a time of day with milliseconds and no date (the clock's day); R and T are directions, not levels; the 29-bit CAN id and the data bytes are hex, no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.475Z", Unknown, "", "07:41:16.475 R 09F80123 A0 1C 5F 3B 22 0C 8B 05"),
			we("2026-11-29T07:41:16.480Z", Unknown, "", "07:41:16.480 R 09F10D23 FF FF 7A 0B FF 7F FF FF"),
			we("2026-11-29T07:41:16.502Z", Unknown, "", "07:41:16.502 R 0DF50B23 FF 4C 11 00 00 00 00 FF"),
			we("2026-11-29T07:41:16.611Z", Unknown, "", "07:41:16.611 T 0DF01AFE 00 FF FF 7F 14 03 FF FF"),
			we("2026-11-29T07:41:17.008Z", Unknown, "", "07:41:17.008 R 19F51323 01 2F 30 70 00 2F 30 70"),
		},
	},
	{
		name:   "kbox-firmware-serial-log",
		source: "KBox (sarfata/kbox-firmware, a boat's NMEA 0183/2000 gateway) on its USB serial port (`uptime-ms;L<origin><level>;file:line|msg`, origin H for the Teensy host and W for the ESP WiFi module): sarfata/kbox-firmware issue #150 (`36758;LWI;src/esp/main.cpp:128|…`, `39248;LHI;src/common/comms/KommandHandler.cpp:32|…`); the W and E level letters from memory",
		why:    "the first number is milliseconds since boot, no time; the level is the last letter of the `L..` field between semicolons; the source path and line are no time",
		gap:    "the level letter at the end of the `;LHI;` field between semicolons is not read",
		entries: []worldEntry{
			we("", Info, "", "1204;LHI;src/host/main.cpp:83|KBox starting, firmware v1.3.2"),
			we("", Info, "", "36214;LWI;src/esp/main.cpp:128|ESP Connected clients: 1 Free heap: 35880 Uptime: 36s"),
			we("", Info, "", "40212;LHI;src/host/os/TaskManager.cpp:77|KBox uptime: 40s RAM Used: 16412 bytes Free: 16060 bytes"),
			we("", Warn, "", "41877;LHW;src/host/services/NMEA2000Service.cpp:144|N2K bus: no address claimed after 3 attempts"),
			we("", Error, "", "42003;LHE;src/common/comms/KommandHandler.cpp:32|Received error frame!"),
		},
	},
	{
		name:   "sensesp-v1-serial-debug",
		source: "SensESP 1.x (Signal K sensors on an ESP32/ESP8266) on the serial monitor, RemoteDebug's `(L) (function) msg` with a colour reset before it, levels (D) (I) (W) (E): SignalK/SensESP issue #374 (`␛[0m(I) (enable) Enabling subsystems`, `␛[0m(D) (connect) Initiating websocket connection with server...`)",
		why:    "no time at all; the level is a letter in parentheses after an ANSI colour reset; the function name in the second parentheses is no level; the Signal K server's address is no host",
		gap:    "the parenthesised level letter `(I)`, `(D)`, `(W)`, `(E)` after the ANSI colour reset is not read",
		entries: []worldEntry{
			we("", Info, "", "\x1b[0m(I) Serial debug enabled"),
			we("", Info, "", "\x1b[0m(I) (setup_saved_ssid) Connecting to wifi dockside-guest."),
			we("", Debug, "", "\x1b[0m(D) (enable_all) Enabling all required sensors and transforms"),
			we("", Debug, "", "\x1b[0m(D) (connect) Websocket is connecting to Signal K server on address 10.10.10.1:3000"),
			we("", Warn, "", "\x1b[0m(W) (on_disconnected) Websocket client disconnected."),
			we("", Error, "", "\x1b[0m(E) (send_access_request) Can't handle response -1 to access request."),
		},
	},
	{
		name:   "pypilot-journal",
		source: "pypilot (the Raspberry Pi sailboat autopilot) as journalctl shows it on a Bareboat Necessities / Lysmarine image (`Mmm dd HH:mm:ss host pypilot[pid]: msg`, its print() lines, a line continued on the next journal line): pypilot/pypilot issue #152",
		why:    "a syslog-style journal line with the host field; pypilot prints no level; the indented continuation is its own journal record with its own prefix; the sudo line's USER= and COMMAND= are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "skipperpi", "Nov 29 07:41:16 skipperpi pypilot[2214]: loading servo calibration /home/pypilot/.pypilot/servocalibration"),
			we("2026-11-29T07:41:16Z", Unknown, "skipperpi", "Nov 29 07:41:16 skipperpi pypilot[2214]: Available Pilots: ['absolute', 'simple', 'basic', 'learning']"),
			we("2026-11-29T07:41:16Z", Unknown, "skipperpi", "Nov 29 07:41:16 skipperpi sudo[2230]:  pypilot : PWD=/ ; USER=root ; COMMAND=/usr/bin/chrt -pf 2 2228"),
			we("2026-11-29T07:41:17Z", Unknown, "skipperpi", "Nov 29 07:41:17 skipperpi pypilot[2228]: Using fusion algorithm Kalman STATE4"),
			we("2026-11-29T07:41:17Z", Unknown, "skipperpi", "Nov 29 07:41:17 skipperpi pypilot[2228]: Using ellipsoid compass calibration"),
			we("2026-11-29T07:41:18Z", Unknown, "skipperpi", "Nov 29 07:41:18 skipperpi pypilot[2214]:          cannot stroke the watchdog"),
		},
	},
	{
		name:   "gr-ais-ais-rx-decoded",
		source: "gr-ais's ais_rx.py (GNU Radio AIS receiver) on a terminal with decoding on: each `!AIVDM` sentence, then the decoded fields one per line (`AIS VHF maritime channel 87B (161.975 MHz)`, `Mobile Marine Service Identifier: …`), then a blank line: bistromath/gr-ais PR #6",
		why:    "a multi-line record with no time and no level: the decoded field lines (`Time Stamp: 16 seconds`, `Estimated Time of Arrival 05-05 17:00 UTC`) belong to the sentence above them and are no record's time",
		gap:    "the decoded field lines under each `!AIVDM` sentence are split into records of their own instead of joining the sentence above them",
		entries: []worldEntry{
			we("", Unknown, "",
				"!AIVDM,1,1,,B,15N4cJ`005Jrek0H@9n`DW5608EP,0*13",
				"AIS VHF maritime channel 88B (162.025 MHz)",
				"Position Report Class A",
				"Mobile Marine Service Identifier: 367412650",
				"Navigation Status: Under way using engine",
				"Speed Over Ground: 10.2 knots",
				"Longitude: W 122° 23' 41.400\" (-122.394833°)",
				"Latitude : N 37° 48' 21.000\" (37.805833°)",
				"Course Over Ground: 271.0°",
				"Time Stamp: 16 seconds",
				""),
			we("", Unknown, "",
				"!AIVDM,1,1,,A,55NGb802=f8q<D5@000l4pU>0Lp4hDp00000001S;AJ::4A80?4i@E53,0*3E",
				"AIS VHF maritime channel 87B (161.975 MHz)",
				"Static and Voyage Related Data",
				"Mobile Marine Service Identifier: 367555480",
				"Call Sign: WDK7712",
				"Ship Name: BAY TRADER",
				"Destination: OAKLAND",
				"Estimated Time of Arrival 11-29 14:30 UTC",
				""),
			we("", Unknown, "",
				"!AIVDM,1,1,,A,403OviAv5uu0;JvUHvKJrQ700@5`,0*1C <- CRC OK!",
				"AIS VHF maritime channel 87B (161.975 MHz)",
				"Base Station Report",
				"Mobile Marine Service Identifier: 3669702",
				""),
		},
	},
	{
		name:   "inventree-compose-worker",
		source: "InvenTree (inventory and stock management) under `docker compose logs`: the service prefix `inventree-server  | ` / `inventree-worker  | `, the server's untimed start lines, and the worker's django-q `HH:mm:ss [Q] LEVEL msg`: inventree/InvenTree issues #11338 and #2321",
		why:    "a compose service prefix that is no host; a time of day (the clock's day) after it and a bracketed [Q] before the level word; the untimed start lines are records of their own with no time",
		entries: []worldEntry{
			we("", Unknown, "", "inventree-server  | Loading config file : /home/inventree/data/config.yaml"),
			we("", Unknown, "", "inventree-server  | Database connection sucessful!"),
			we("2026-11-29T07:41:16Z", Info, "", "inventree-worker  | 07:41:16 [Q] INFO Q Cluster lima-harbour-crane-seven starting."),
			we("2026-11-29T07:41:16Z", Info, "", "inventree-worker  | 07:41:16 [Q] INFO Process-1:1 ready for work at 41"),
			we("2026-11-29T07:41:42Z", Info, "", "inventree-worker  | 07:41:42 [Q] INFO Process-1:1 processing [pallet-north-seven-quebec]"),
			we("2026-11-29T07:41:43Z", Error, "", "inventree-worker  | 07:41:43 [Q] ERROR Failed [pallet-north-seven-quebec] - Exchange rate update failed: HTTP 503 from api.frankfurter.app"),
		},
	},
}

func TestFresh683Formats(t *testing.T) { assertTable(t, fresh683Cases) }
func TestFresh683Score(t *testing.T) {
	checkScore(t, "fresh683 formats", fresh683Cases, [worldNumFields]float64{74.9, 99.9, 99.9, 87.4})
}
