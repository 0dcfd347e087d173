package parse

import "testing"

// The seven-hundred-and-thirtieth fresh table: building automation, BACnet and KNX software's logs
// as people attach them to tickets, shapes no earlier table holds. Each family is one product's
// documented or observed output: BACpypes3's `--debug` output (Python's `LEVEL:logger:msg` with the
// object dumps indented under it); the Calimero KNXnet/IP server on a console (a time of day and a
// bracketed level padded to seven); Calimero's core library in a Java service read with journalctl
// (the journal header, then a bracketed zone-less ISO stamp with nanoseconds and the level word);
// EnergyPlus's eplusout.err (no times, `** Warning **`, `** Severe  **`, `**  Fatal  **` markers
// with `**   ~~~   **` continuation lines); the OpenStudio CLI running a building model
// (`[HH:mm:ss.ffffff LEVEL] msg`, a Ruby backtrace under an ERROR); vcontrold, the Viessmann
// heating controller daemon, in its log file (`[pid] ctime : msg`); the Node-RED KNX Ultimate
// nodes' node-color-log lines (a German `d.M.yyyy, HH:mm:ss` date, the node in brackets, an
// ANSI-coloured `[INFO]`); Haxall's console (Fantom's `[yyyy-MM-dd HH:mm:ss] [level] [log] msg`,
// an Err trace under an `[err]`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`bacnet`, `bacpypes`, `bac0`, `bacnet4j`, `bacnet-stack`, `knxd`,
// `knx`, `eibd`, `linknx`, `calimero`, `xknx`, `niagara`, `volttron`, `Tridium`, `baja`, `jace`,
// `mango`, `Mango Automation`, `openremote`, `ioBroker`, `fhem`, `domoticz`, `loxone`, `crestron`,
// `lutron`, `ems-esp`, `skyspark`, `haystack`, `sedona`, `modbus`, `enocean`, `openhab`,
// `home assistant`, `homeassistant`, `node-red`, `bemoss`, `BEMS`, `elevator`, `hvac`,
// `thermostat`, `ecobee`, `daikin`, `Desigo`, `metasys`, `volttron.platform`, `vip`, `agent.py`,
// `zwave`, `zigbee2mqtt`, `Z-Wave JS`, `victron`, `venus`, `openplc`, `codesys`, `tasmota`,
// `espHome`, `Shelly`, `iobroker.js-controller`, `fhem.pl`, `mbusd`, `mosquitto`, `evcc`,
// `openhab.log`, `smarthome`, `homematic`, `rfxtrx`, `ebusd`, `knx_ip`, `KNXnet`, `bacserv`,
// `readprop`, `yabe`, `contemporary`, `MSTP`, `mstpcap`, `Who-Is`, `I-Am`, `BVLC`, `haxall`,
// `fantom`, `energyplus`, `eplusout`, `~~~`, `** Warning **`, `openleadr`, `openadr`,
// `node-bacnet`, `bacstack`, `chipkin`, `wago`, `twincat`, `heishamon`, `vcontrold`, `nibe`,
// `ma.log`, `radixiot`, `knx-ultimate`, `BAScontrol`, `CAS BACnet`, `ecostruxure`, `Schneider`,
// `Distech`, `Siemens`, `Honeywell`, `Johnson`, `openbms`, `brick`, `boptest`, `kone`, `otis`,
// `schindler`, `lift`, `elevat`, `escalat`, `Optolink`, `ESPAltherma`, `sensibo`, `tado`,
// `evohome`, `ebus`, `KNX IP`, `knxip`, `KNX/IP`, `GroupValueWrite`, `GroupValue`, `A_GroupValue`,
// `L_Data`, `ReadProperty`, `WriteProperty`, `who-is`, `iam`, `COV`, `SubscribeCOV`,
// `analog-value`, `analogValue`, `presentValue`, `present-value`, `DEBUG:__main__`,
// `DEBUG:bacpypes`, `bacpypes3`, `io.calimero`, `knx-server`, `[INFO   ]`, `[TRACE  ]`,
// `calimero.link`, `Program Version,EnergyPlus`, `************* `, `** Severe  **`, `YMD=`,
// `DEBUG:Fri`, `DEBUG:Sat`, `>SEND:`, `<RECV:`, `viessmann`, `openv`, `knxUltimate`,
// `knx ultimate`, `supergiovane`, `openstudio`, `WARN] `, `hx::`, `KnxConnection`, `Vitotronic`,
// `vclient`). None of BACpypes, Calimero, EnergyPlus, OpenStudio, vcontrold, KNX Ultimate or
// Haxall is in any table: `openremote`, `mango` and `bacstack` match only other tables' grep
// lists, `supergiovane` a Node-RED case's source, `vclient` and `DEBUG:__main__` other products'
// lines, and `[INFO   ]`, `************* `, `~~~`, `** Warning **` and `WARN] ` other products'
// lines. Left out as measured already: knxd's trace, the BACnet stack's bacserv, BAC0, VOLTTRON's
// log, the Niagara 4 and NiagaraAX station output, the NETx KNX OPC server, Crestron's error log,
// Loxone, openHAB, ioBroker, FHEM, Home Assistant (and xknx inside it), Node-RED's own console,
// ebusd, EMS-ESP, the OpenTherm gateway, Homematic and Sedona. Left out as not confirmed by any
// search or not a shape of its own: linknx, eibd, OpenLEADR, BEMOSS, elevator controllers (no
// public log found), node-bacnet's `debug` lines (the debug package's shape) and the KNX monitor's
// Serilog lines. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). BACpypes3's debug lines and EnergyPlus's error file carry no time at all
// (""; the `YMD=` of EnergyPlus's version header, fed but not scored, is no time of the records
// under it). The Calimero server's and OpenStudio's stamps are a time of day only: on the clock's
// day. In the journal, the journal's time and Calimero's zone-less stamp of the same moment are
// both accepted. vcontrold's ctime, KNX Ultimate's day-first German date and Haxall's stamp have
// no zone and are taken as UTC. Levels only where the line marks one: BACpypes3's `DEBUG:` prefix;
// Calimero's bracketed padded words and its level word after the stamp; EnergyPlus's Warning
// (Warn), Severe (Error) and Fatal (Critical) markers, while its `*************` progress lines
// carry none; OpenStudio's word after the time; KNX Ultimate's `[INFO]`, `[WARN]`, `[ERROR]`
// inside ANSI colours; Haxall's `[info]`, `[warn]`, `[err]`. vcontrold's lines carry no level (its
// `>SEND:` and `<RECV:` are directions). The host is the record's host field: only the journal's;
// BACnet device addresses, KNX gateways and tunnelling clients, the serial device and the Node-RED
// node names are no hosts. A record that spans lines is one entry: BACpypes3's object dumps,
// EnergyPlus's `~~~` continuation lines and its fatal summary, OpenStudio's Ruby backtrace and
// Haxall's Err trace.
//
// The shapes come from the documentation, sources and issue threads each case names, found with
// the search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a
// layout the source says "from memory" (Haxall's use of Fantom's LogRec format on its console,
// and a few level words and colours the sources did not show). Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 87.5 %, time 87.5 %, host 87.5 %, records 87.5 %.
// That is the macro figure (micro: level 83.7 %, time 83.7 %, host 83.7 %, records 83.7 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is EnergyPlus's eplusout.err, whose lines after the version
// header are all indented three blanks and are joined to that header as its continuation, so none
// of its Warning, Severe, Fatal or progress lines starts a record of its own.

var fresh730Cases = []worldCase{
	{
		name:   "bacpypes3-debug-object-dumps",
		source: "BACpypes3 sample or `python3 -m bacpypes3 --debug` (Python's basic `LEVEL:logger:msg` on stderr, the ModuleLogger's `    - name: value` lines, and each PDU's debug_contents dump indented under its line): JoelBender/BACpypes3 issue #12 (a pasted --debug log) and JoelBender/bacpypes issue #321",
		why:    "no time at all; `DEBUG:` is the level; the indented `<…object at 0x…>` and `name = value` lines belong to the DEBUG line above them; the BACnet addresses are no host",
		entries: []worldEntry{
			we("", Debug, "", "DEBUG:__main__:args: Namespace(address='10.40.0.21/24', instance=599, name='ahu-tool', vendoridentifier=999, foreign=None, ttl=30, bbmd=None, network=0, debug=[], color=None, route_aware=None)"),
			we("", Debug, "",
				"DEBUG:bacpypes3.appservice.ApplicationServiceAccessPoint:sap_indication <bacpypes3.apdu.ReadPropertyRequest object at 0x7f3a51c2e0d0>",
				"    <bacpypes3.apdu.ReadPropertyRequest object at 0x7f3a51c2e0d0>",
				"        pduDestination = <IPv4Address 10.40.0.31>",
				"        pduExpectingReply = True",
				"        pduNetworkPriority = 0",
				"        apduType = 0",
				"        apduService = 12",
				"        objectIdentifier = <ObjectIdentifier analog-input,7>",
				"        propertyIdentifier = <PropertyIdentifier: present-value>"),
			we("", Debug, "",
				"DEBUG:bacpypes3.netservice.NetworkAdapter:process_npdu <bacpypes3.npdu.NPDU object at 0x7f3a51c2e190> (net=None)",
				"    <bacpypes3.npdu.NPDU object at 0x7f3a51c2e190>",
				"        pduDestination = <Address 10.40.0.31>",
				"        pduExpectingReply = True",
				"        pduNetworkPriority = 0",
				"        npduVersion = 1",
				"        pduData = x'02.75.0b.0c.0c.00.00.00.07.19.55'"),
			we("", Debug, "", "DEBUG:bacpypes3.netservice.NetworkServiceAccessPoint:    - local_adapter: <bacpypes3.netservice.NetworkAdapter object at 0x7f3a51c0b8e0>"),
			we("", Debug, "", "DEBUG:__main__:    - value: 21.375"),
		},
	},
	{
		name:   "calimero-server-console-padded-level",
		source: "the Calimero KNXnet/IP server (calimero-server, io.calimero.server.knx-server) on a console (`HH:mm:ss.SSS [LEVEL  ] logger: msg`, the level padded to seven in brackets): calimero-project/calimero-server issue #21 (a pasted log with INFO, DEBUG and TRACE); the WARN and ERROR lines from memory of the same layout",
		why:    "a time of day with milliseconds and no date (the clock's day); the bracketed level padded with blanks; the tunnelling client's address and the KNX individual address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "07:41:16.204 [INFO   ] io.calimero.server.knx-server: Calimero KNXnet/IP server 3.0 (bldg-c knx) is up and running"),
			we("2026-11-29T07:41:18.552Z", Debug, "", "07:41:18.552 [DEBUG  ] io.calimero.server.knx-server: responses to client use route-back control endpoint 10.40.2.77:51213"),
			we("2026-11-29T07:41:18.553Z", Trace, "", "07:41:18.553 [TRACE  ] io.calimero.server.knx-server: /dev/ttyKNX0 received 10.40.2.77:51213 06 10 02 05 00 1a 08 02 00 00 00 00 00 00 08 02 00 00 00 00 00 00 04 04 02 00"),
			we("2026-11-29T07:41:18.561Z", Info, "", "07:41:18.561 [INFO   ] io.calimero.server.knx-server: assign additional individual address 1.1.241 to channel 4"),
			we("2026-11-29T07:41:49.017Z", Warn, "", "07:41:49.017 [WARN   ] io.calimero.server.knx-server: /dev/ttyKNX0 channel 4: no heartbeat from 10.40.2.77:51213 within 120 s, closing connection"),
			we("2026-11-29T07:41:52.330Z", Error, "", "07:41:52.330 [ERROR  ] io.calimero.server.knx-server: /dev/ttyKNX0 open serial port failed: device busy"),
		},
	},
	{
		name:   "calimero-core-java-journal",
		source: "Calimero's core library (calimero.knxnetip, calimero.link) in a Java service under systemd, read with journalctl (BSD journal line with `java[pid]:`, then `[yyyy-MM-ddTHH:mm:ss.nnnnnnnnn] LEVEL logger - msg`): calimero-project/calimero-core issue #163 (a pasted journal)",
		why:    "the journal's time and Calimero's zone-less nanosecond stamp of the same moment; the journal's host; the level word after the bracketed stamp; the gateway in the logger name is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.064954699Z", Info, "bms-gw01", "Nov 29 07:41:16 bms-gw01 java[2214]: [2026-11-29T07:41:16.064954699] INFO calimero.knxnetip.KNXnet/IP Tunneling 10.40.2.11:3671 - establishing connection to 10.40.2.11:3671 (channel 61)"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.071224827Z", Trace, "bms-gw01", "Nov 29 07:41:16 bms-gw01 java[2214]: [2026-11-29T07:41:16.071224827] TRACE calimero.knxnetip.KNXnet/IP Tunneling 10.40.2.11:3671 - from 10.40.2.11:3671: KNXnet/IP tunneling.req (0x420 v1.0) length 21: 06 10 04 20 00 15 04 3d 02 00 29 00 bc e0 11 07 0c 0c 01 00 81"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.071340118Z", Debug, "bms-gw01", "Nov 29 07:41:16 bms-gw01 java[2214]: [2026-11-29T07:41:16.071340118] DEBUG calimero.knxnetip.KNXnet/IP Tunneling 10.40.2.11:3671 - received request seq 2 (channel 61) cEMI L-Data.ind 1.1.7->1/4/12"),
			we("2026-11-29T07:41:23Z|2026-11-29T07:41:23.880412556Z", Warn, "bms-gw01", "Nov 29 07:41:23 bms-gw01 java[2214]: [2026-11-29T07:41:23.880412556] WARN calimero.link.10.40.2.11:3671 - negative confirmation of 1/4/13: 2e 00 bc e0 11 07 0c 0d 01 00 80"),
			we("2026-11-29T07:41:41Z|2026-11-29T07:41:41.002917340Z", Error, "bms-gw01", "Nov 29 07:41:41 bms-gw01 java[2214]: [2026-11-29T07:41:41.002917340] ERROR calimero.knxnetip.KNXnet/IP Tunneling 10.40.2.11:3671 - communication failure, no connection-state response from 10.40.2.11:3671"),
		},
	},
	{
		name:   "energyplus-eplusout-err",
		source: "EnergyPlus's eplusout.err (the `Program Version,EnergyPlus, Version …, YMD=yyyy.MM.dd HH:mm,` header, then `   ** Warning ** msg`, `   ** Severe  ** msg`, `   **  Fatal  ** msg`, continuation lines `   **   ~~~   ** …` and progress lines `   ************* …`): NatLabRockies/EnergyPlus issue #9157, IBM/rl-testbed-for-energyplus issue #13, airboxlab/rllib-energyplus issue #35 and NatLabRockies/OpenStudio-workflow-gem issue #113; the fatal summary lines from memory",
		gap:    "every line after the `Program Version,EnergyPlus` header is indented three blanks and is joined to that header as a continuation, so no `** Warning **`, `** Severe  **`, `**  Fatal  **` or `*************` line starts a record of its own",
		why:    "no time on any record (the header's YMD is the run's start, fed but not scored); the marker between `**` is the level; `~~~` lines and the fatal summary belong to the message above them; `*************` lines carry no level",
		entries: []worldEntry{
			wskip("Program Version,EnergyPlus, Version 24.2.0-94a887817b, YMD=2026.11.29 07:41,"),
			we("", Unknown, "", "   ************* Beginning Zone Sizing Calculations"),
			we("", Warn, "",
				"   ** Warning ** Weather file location will be used rather than entered (IDF) Location object.",
				"   **   ~~~   ** ..Location object=BLDG7 CAMPUS NORTH",
				"   **   ~~~   ** ..Weather File Location=Hamburg Fuhlsbuettel DE DEU ISD-TMYx WMO#=101470",
				"   **   ~~~   ** ..due to location differences, Latitude difference=[0.21] degrees, Longitude difference=[0.44] degrees."),
			we("", Warn, "", `   ** Warning ** ProcessScheduleInput: Schedule:Constant="AHU2 ALWAYS ON", Blank Schedule Type Limits Name input -- will not be validated.`),
			we("", Unknown, "", "   ************* Testing Individual Supply Air Path Integrity"),
			we("", Error, "", `   ** Severe  ** AirLoopHVAC:ZoneSplitter="AHU2 SUPPLY SPLITTER", not found on any AirLoopHVAC:SupplyPath.`),
			we("", Critical, "",
				"   **  Fatal  ** Preceding condition(s) cause termination.",
				"   ...Summary of Errors that led to program termination:",
				"   ..... Reference severe error count=1",
				`   ..... Last severe error=AirLoopHVAC:ZoneSplitter="AHU2 SUPPLY SPLITTER", not found on any AirLoopHVAC:SupplyPath.`),
			we("", Unknown, "", "   ************* EnergyPlus Terminated--Fatal Error Detected. 2 Warning; 1 Severe Errors; Elapsed Time=00hr 00min  1.84sec"),
		},
	},
	{
		name:   "openstudio-cli-run-workflow",
		source: "the OpenStudio 3 CLI running a building model (`openstudio run -w workflow.osw`: `[HH:mm:ss.ffffff LEVEL] msg`, the workflow's Ruby backtrace under an ERROR, one `:/ruby/…:line:in `method'` per line): NatLabRockies/OpenStudio issue #4274 (a pasted run); the INFO line from memory",
		why:    "a time of day with microseconds and no date, inside a bracket with the level word (the clock's day); the backtrace lines belong to the ERROR above them; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402113Z", Info, "", "[07:41:16.402113 INFO] Loading seed model /home/ines/bldg7/run/in.osm"),
			we("2026-11-29T07:41:17.022558Z", Warn, "", "[07:41:17.022558 WARN] Removing 2 collinear vertices from Face 14."),
			we("2026-11-29T07:41:17.023001Z", Warn, "", "[07:41:17.023001 WARN] Removing 1 collinear vertices from Face 31."),
			we("2026-11-29T07:41:48.310221Z", Warn, "", "[07:41:48.310221 WARN] EnergyPlus returned a non-zero exit code. Check the stdout-energyplus log."),
			we("2026-11-29T07:41:48.310587Z", Error, "",
				"[07:41:48.310587 ERROR] :/ruby/3.2.0/gems/openstudio-workflow-2.4.0/lib/openstudio/workflow/util/energyplus.rb failed with EnergyPlus Terminated with a Fatal Error. Check eplusout.err log., :/ruby/3.2.0/gems/openstudio-workflow-2.4.0/lib/openstudio/workflow/util/energyplus.rb:187:in `call_energyplus'",
				":/ruby/3.2.0/gems/openstudio-workflow-2.4.0/lib/openstudio/workflow/jobs/run_energyplus.rb:63:in `perform'",
				":/ruby/3.2.0/gems/openstudio-workflow-2.4.0/lib/openstudio/workflow/run.rb:292:in `step'"),
		},
	},
	{
		name:   "vcontrold-logfile-pid-ctime",
		source: "vcontrold, the Viessmann Optolink heating controller daemon, in its log file (-l or <logfile>; common.c's logIT: `[pid] <ctime with its newline blanked> : msg`, no level word): openv/vcontrold src/common.c (read with the code tools) and openv/openv issue #211 (the same ctime in its debug lines)",
		why:    "a ctime date (day name, month name, day, time, year) after a pid in brackets, then ` : `; zone-less, so UTC; `>SEND:` and `<RECV:` are directions, no level; the serial device is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2318] Sun Nov 29 07:41:16 2026 : Client 10.40.3.9 connected, fd 5"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2318] Sun Nov 29 07:41:16 2026 : >FRAMER: open device /dev/ttyUSB0 ProtocolID 41"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[2318] Sun Nov 29 07:41:17 2026 : >SEND: 41 05 00 01 55 25 02 82"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[2318] Sun Nov 29 07:41:17 2026 : <RECV: len=1 06 (20.0 ms)"),
			we("2026-11-29T07:41:21Z", Unknown, "", "[2318] Sun Nov 29 07:41:21 2026 : >FRAMER: Error 0x15 != 0x06 P300_ACK (command getTempWWist)"),
		},
	},
	{
		name:   "knx-ultimate-node-color-log",
		source: "node-red-contrib-knx-ultimate's logger (node-color-log with the node as prefix: `<toLocaleString> [knxUltimate… <node name>] ESC[42mESC[30m[INFO]ESC[0m ESC[32mmsg ESC[0m`, here a de-DE locale `d.M.yyyy, HH:mm:ss`): Supergiovane/node-red-contrib-knx-ultimate issue #512 (a pasted log) and its KnxLog sources found with the code search; the WARN and ERROR colours from memory",
		why:    "a day-first dotted date with a comma before the time, zone-less (UTC); the level word in brackets wrapped in ANSI colour codes; the node name in angle brackets and the gateway address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "29.11.2026, 07:41:16 [knxUltimate-config <KNX IP Router Haus C>] \x1b[42m\x1b[30m[INFO]\x1b[0m \x1b[32mETS CSV loaded: 412 group addresses\x1b[0m"),
			we("2026-11-29T07:41:16Z", Info, "", "29.11.2026, 07:41:16 [knxUltimate-config <KNX IP Router Haus C>] \x1b[42m\x1b[30m[INFO]\x1b[0m \x1b[32mAutoconnection: yes Node KNX IP Router Haus C\x1b[0m"),
			we("2026-11-29T07:41:17Z", Info, "", "29.11.2026, 07:41:17 [knxUltimate <OG2 Buero Temperatur IST>] \x1b[42m\x1b[30m[INFO]\x1b[0m \x1b[32maddClient: node id 3c9e1a77d0b452e8\x1b[0m"),
			we("2026-11-29T07:41:27Z", Warn, "", "29.11.2026, 07:41:27 [knxUltimate-config <KNX IP Router Haus C>] \x1b[43m\x1b[30m[WARN]\x1b[0m \x1b[33mconnection state request to 10.40.2.11:3671 not answered\x1b[0m"),
			we("2026-11-29T07:41:37Z", Error, "", "29.11.2026, 07:41:37 [knxUltimate-config <KNX IP Router Haus C>] \x1b[41m\x1b[30m[ERROR]\x1b[0m \x1b[31mknxConnection error: timed out waiting for CONNECTIONSTATE_RESPONSE\x1b[0m"),
		},
	},
	{
		name:   "haxall-fantom-console-err-trace",
		source: "Haxall (the Project Haystack server, Fantom) on its console: Fantom's LogRec.toStr (`[yyyy-MM-dd hh:mm:ss] [level] [logName] msg`, levels debug info warn err) with the Err's trace printed under an `[err]`: fantom-lang/fantom src/sys/fan/LogRec.fan and fanx-dev/fanx src/std/fan/util/LogRec.fan (found with the code search); that Haxall prints its logs so, and the trace's lines, from memory",
		why:    "a zone-less date and time in brackets (UTC), then the level word in brackets and the log name; `[err]` is Error; the `sys::IOErr` line and its indented frames belong to the err above them; the Modbus device is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] [info] [hx] Haxall 3.1.11 booting database /var/lib/haxall/bldg7"),
			we("2026-11-29T07:41:18Z", Info, "", "[2026-11-29 07:41:18] [info] [hxHttp] http started on port 8080"),
			we("2026-11-29T07:41:20Z", Debug, "", "[2026-11-29 07:41:20] [debug] [hxModbus] open tcp://10.40.5.20:502 unit 3"),
			we("2026-11-29T07:41:22Z", Warn, "", "[2026-11-29 07:41:22] [warn] [hxConn] Chiller-2: 4 points in fault after poll"),
			we("2026-11-29T07:41:25Z", Error, "",
				"[2026-11-29 07:41:25] [err] [hxModbus] Chiller-2 poll failed",
				"sys::IOErr: java.net.SocketTimeoutException: Read timed out",
				"  fan.sys.IOErr.make (IOErr.java:29)",
				"  hxModbus::ModbusTcpLink.read (ModbusTcpLink.fan:88)",
				"  hxModbus::ModbusDispatch.onPoll (ModbusDispatch.fan:141)"),
		},
	},
}

func TestFresh730Formats(t *testing.T) { assertTable(t, fresh730Cases) }
func TestFresh730Score(t *testing.T) {
	checkScore(t, "fresh730 formats", fresh730Cases, [worldNumFields]float64{87.4, 87.4, 87.4, 87.4})
}
