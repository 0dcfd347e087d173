package parse

import "testing"

// The seven-hundred-and-twenty-second fresh table: EV charging and OCPP servers' logs as people
// attach them to tickets, shapes no earlier table holds. Each family is one product's documented or
// observed output: SteVe's log4j2 console (`[INFO ] yyyy-MM-dd HH:mm:ss,SSS logger - msg`, its
// WebSocketLogger's `[chargeBoxId=…, sessionId=…]` lines and an ERROR with its Java stack); EVerest's
// manager on a terminal (a microsecond stamp, a four-letter level INFO WARN ERRO DEBG, a padded
// module column, a C++ signature before `::`), the same lines in a syslog file with rsyslog's
// high-precision stamp and host, and under `docker compose` with the service prefix; MicroOcpp's
// serial monitor (`[MO] info (File.cpp:line): msg`, no clock); the Python `ocpp` library under
// logging.basicConfig (`INFO:ocpp:<id>: send …`, a traceback under websockets' ERROR); Josev, the ISO
// 15118 SECC (the level word first, then a comma-millisecond stamp), on a terminal and under
// `docker compose`.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`steve`, `de.rwth`, `WebSocketLogger`, `[INFO ] 20`, `citrineos`,
// `everest`, `[ERRO]`, `[DEBG]`, `evse_manager`, `OCPP201`, `host manager[`, `manager-1`, `libocpp`,
// `ocpp`, `microocpp`, `[MO] `, `[AO] `, `INFO:ocpp`, `INFO:websockets`, `mobilityhouse`,
// `lbbrhzn`, `josev`, `iso15118`, ` - iso15118`, `secc`, `evcc`, `openevse`, `evse`, `ocpp-rpc`,
// `ocpp-go`, `OCPP.Core`, `chargepoint`, `charge point`, `BootNotification`, `StatusNotification`,
// `MeterValues`, `ChargeBox`, `wallbox`, `go-e`, `openwb`, `smartevse`, `open-ocpp`, `emobility`,
// `e-mobility`, `easee`, `zaptec`, `tesla`, `SolarEdge`, `victron`, `sonnen`, `emhass`,
// `openleadr`, `OpenADR`, `Heartbeat`, `manager:`, `(MainThread) [`, `:: `). None of SteVe,
// EVerest's charging stack, MicroOcpp, the Python ocpp library or Josev is in any table (`steve`
// matches only other words and sites, `everest` only the Celeste mod loader of fresh720, `ocpp` an
// IBM i job name, `secc` only seccomp, `[INFO ] 20`, `[ERRO]`, `[DEBG]`, `manager-1` and `:: `
// other products). Left out as measured already: evcc (fresh30), esp32-evse (fresh575), Home
// Assistant's log and so the lbbrhzn/ocpp integration in it, ioBroker's log and so ioBroker.ocpp.
// Left out as not confirmed by any search: CitrineOS's console, OCPP.Core's log file, open-ocpp's
// and ocpp-go's output. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). SteVe's, EVerest's console and compose, and Josev's stamps have no zone and
// are taken as UTC; the syslog file's `+0100` is converted. MicroOcpp's serial lines and the Python
// library's basicConfig lines carry no time: their entries keep none, and an ISO stamp inside an
// OCPP JSON payload (`currentTime`, `timestamp`) is never the record's. Levels only where the line
// marks one: SteVe's bracketed word, EVerest's four letters (ERRO is Error, DEBG Debug), MicroOcpp's
// lower-case word after `[MO]`, the Python level name before the first colon, Josev's leading word;
// the sketch's `[main]` lines carry none. The host is the record's host field: only the syslog
// file's; chargeBoxIds, charge point ids, compose service names, backend URLs, IPv6 peers and
// network interfaces are no hosts. A record that spans lines is one entry: SteVe's ERROR with its
// stack, the Python traceback under websockets' ERROR.
//
// The shapes come from the issue threads and sources each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages" and find_string); no family rests on memory. Hosts,
// ids, addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 100.0 %, time 97.9 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 97.8 %, host 100.0 %, records 100.0 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is the Python ocpp library's time-less line that trawl dates by
// the `currentTime` inside its BootNotification reply's JSON payload.

var fresh722Cases = []worldCase{
	{
		name:   "steve-ocpp-log4j2-console",
		source: "SteVe, the OCPP central system (steve-community/steve; log4j2 `[%-5p] yyyy-MM-dd HH:mm:ss,SSS logger - msg`, WebSocketLogger lines `[chargeBoxId=…, sessionId=…] Sending:/Received:`, an ERROR with its Java stack under it): steve-community/steve issues #129, #817, #898 and #529",
		why:    "the level padded to five inside brackets before a zone-less comma-millisecond time (UTC); the chargeBoxId is a station, no host; the `at …` lines and `Caused by` belong to the ERROR above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402Z", Info, "", "[INFO ] 2026-11-29 07:41:16,402 de.rwth.idsg.steve.Application - Loaded the properties. Starting with the 'PROD' profile"),
			we("2026-11-29T07:41:16.477Z", Info, "", "[INFO ] 2026-11-29 07:41:16,477 de.rwth.idsg.steve.Application - Date/time zone of the application is set to UTC. Current date/time: 2026-11-29T07:41:16.441Z"),
			we("2026-11-29T07:43:02.118Z", Info, "", `[INFO ] 2026-11-29 07:43:02,118 de.rwth.idsg.steve.ocpp.ws.WebSocketLogger - [chargeBoxId=HBR-WALL-07, sessionId=8c1e04d2] Received: [2,"40211","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Preparing","timestamp":"2026-11-29T07:43:01Z"}]`),
			we("2026-11-29T07:43:02.131Z", Info, "", `[INFO ] 2026-11-29 07:43:02,131 de.rwth.idsg.steve.ocpp.ws.WebSocketLogger - [chargeBoxId=HBR-WALL-07, sessionId=8c1e04d2] Sending: [3,"40211",{}]`),
			we("2026-11-29T07:47:55.906Z", Warn, "", "[WARN ] 2026-11-29 07:47:55,906 de.rwth.idsg.steve.ocpp.ws.WebSocketLogger - [chargeBoxId=HBR-WALL-07, sessionId=8c1e04d2] Connection is closed, status: CloseStatus[code=1006, reason=Connection Idle Timeout]"),
			we("2026-11-29T07:48:10.233Z", Error, "",
				"[ERROR] 2026-11-29 07:48:10,233 de.rwth.idsg.steve.ocpp.ws.ChargePointServiceInvoker - Exception occurred",
				"de.rwth.idsg.steve.SteveException: No session context for chargeBoxId 'HBR-WALL-07'",
				"\tat de.rwth.idsg.steve.ocpp.ws.SessionContextStoreImpl.getSession(SessionContextStoreImpl.java:131) ~[steve.jar:?]",
				"\tat de.rwth.idsg.steve.ocpp.ws.ChargePointServiceInvoker.run(ChargePointServiceInvoker.java:81) ~[steve.jar:?]",
				"\tat de.rwth.idsg.steve.ocpp.ChargePointService16_InvokerImpl.remoteStartTransaction(ChargePointService16_InvokerImpl.java:164) ~[steve.jar:?]"),
		},
	},
	{
		name:   "everest-manager-console",
		source: "EVerest's manager on a terminal (everest-framework's console sink `yyyy-MM-dd HH:mm:ss.ffffff [LEVL] module:impl  :: msg`, four-letter levels VERB DEBG INFO WARN ERRO CRIT, the C++ function signature before `::` on WARN and ERRO): EVerest/everest-demo issues #128, #162 and PR #80",
		why:    "a zone-less time with microseconds (UTC); the four-letter level in brackets (ERRO is Error, DEBG Debug); the module column is padded; the function signature in parentheses is no time; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402117Z", Info, "", "2026-11-29 07:41:16.402117 [INFO] manager          :: Loading config file at: /etc/everest/config-harbour-ac.yaml"),
			we("2026-11-29T07:41:25.118406Z", Info, "", "2026-11-29 07:41:25.118406 [INFO] evse_manager_1:  :: Module evse_manager_1 initialized [9211ms]"),
			we("2026-11-29T07:41:27.550912Z", Warn, "", "2026-11-29 07:41:27.550912 [WARN] ocpp:OCPP201    void ocpp::v2::MonitoringUpdater::start_monitoring() :: Attempted to start monitoring without 'MonitoringCtrlrEnabled'"),
			we("2026-11-29T07:41:28.004331Z", Info, "", "2026-11-29 07:41:28.004331 [INFO] ocpp:OCPP201     :: All EVSE ready. Starting OCPP2.0.1 service"),
			we("2026-11-29T07:41:28.109874Z", Error, "", "2026-11-29 07:41:28.109874 [ERRO] ocpp:OCPP201    void ocpp::WebsocketLibwebsockets::on_conn_fail(ocpp::ConnectionData*) :: OCPP client connection to server failed"),
			we("2026-11-29T07:41:31.660205Z", Debug, "", "2026-11-29 07:41:31.660205 [DEBG] auth:Auth        :: Provided token HBR04C19 (RFID) was not found in the local cache"),
		},
	},
	{
		name:   "everest-manager-syslog-iso",
		source: "EVerest's manager as a systemd service, read from the syslog file (rsyslog's high-precision `yyyy-MM-ddTHH:mm:ss.ffffff±hhmm host manager[pid]:` then EVerest's `[LEVL] module :: msg`): EVerest/EVerest issue #2240",
		why:    "an ISO time with microseconds and an offset without a colon (+0100); the syslog host; EVerest's four-letter level after the tag",
		entries: []worldEntry{
			we("2026-11-29T07:41:02.094042Z", Info, "quaywall-02", "2026-11-29T08:41:02.094042+0100 quaywall-02 manager[2871]: [INFO] ocpp:OCPP201 :: OCPP not fully initialized, but received a session event on evse_id: 1 that will be queued up: Enabled"),
			we("2026-11-29T07:41:02.189351Z", Info, "quaywall-02", "2026-11-29T08:41:02.189351+0100 quaywall-02 manager[2871]: [INFO] ocpp:OCPP201 :: EVSE 1 ready."),
			we("2026-11-29T07:41:03.510695Z", Info, "quaywall-02", `2026-11-29T08:41:03.510695+0100 quaywall-02 manager[2871]: [INFO] ocpp:OCPP201 :: Established connection to device model database: "/var/lib/everest/ocpp201/device_model_storage.db"`),
			we("2026-11-29T07:41:09.877120Z", Warn, "quaywall-02", "2026-11-29T08:41:09.877120+0100 quaywall-02 manager[2871]: [WARN] evse_manager_1: :: Powermeter did not report a reading within 30 s"),
			we("2026-11-29T07:41:14.006532Z", Error, "quaywall-02", "2026-11-29T08:41:14.006532+0100 quaywall-02 manager[2871]: [ERRO] ocpp:OCPP201 :: CLIENT_CONNECTION_ERROR: [conn fail: 111]. Attempting reconnect"),
		},
	},
	{
		name:   "everest-demo-compose-prefix",
		source: "EVerest's demo stack under `docker compose up` (the compose service prefix `manager-1      | ` before EVerest's `yyyy-MM-dd HH:mm:ss.ffffff [LEVL] module :: msg`): EVerest/everest-demo issue #167 and PR #38",
		why:    "the compose service name and bar come first (a container, no host); then a zone-less microsecond time and the four-letter level; the libwebsockets signature with `void*` and `size_t` is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:02.795330Z", Info, "", "manager-1      | 2026-11-29 07:41:02.795330 [INFO] ocpp:OCPP201     :: Attempting reconnect after a wait of: 6000ms"),
			we("2026-11-29T07:41:02.808237Z", Info, "", "manager-1      | 2026-11-29 07:41:02.808237 [INFO] ocpp:OCPP201     :: LWS connect with info port: [9310] address: [csms.harbour.test] path: [/quay-ac-03] protocol: [ocpp2.0.1] security profile: [1]"),
			we("2026-11-29T07:41:02.808414Z", Error, "", "manager-1      | 2026-11-29 07:41:02.808414 [ERRO] ocpp:OCPP201    int ocpp::WebsocketLibwebsockets::process_callback(void*, int, void*, void*, size_t) :: CLIENT_CONNECTION_ERROR: [conn fail: 111]. Attempting reconnect"),
			we("2026-11-29T07:41:04.912510Z", Info, "", "manager-1      | 2026-11-29 07:41:04.912510 [INFO] evse_manager_1:  :: EVSE IEC Charger state: Wait for Auth->PrepareCharging"),
			we("2026-11-29T07:41:05.030021Z", Warn, "", "manager-1      | 2026-11-29 07:41:05.030021 [WARN] evse_security:E static std::string evse_security::OpenSSLSupplier::x509_get_responder_url(evse_security::X509Handle*) :: Could not retrieve OCSP Responder URL from certificate"),
		},
	},
	{
		name:   "microocpp-serial-monitor",
		source: "MicroOcpp (formerly ArduinoOcpp) on an ESP32's serial monitor (`[MO] level (File.cpp:line): msg`, levels debug info warning error, no clock), with the sketch's own `[main]` lines between: matth-x/MicroOcpp issue #226, OpenEVSE/openevse_esp32_firmware issue #873",
		why:    "no time at all (the entries keep none); the level is the lower-case word after `[MO]`; `(Connection.cpp:65)` is a file and line, no time; the backend URL's host is no host; the sketch's `[main]` lines carry no level",
		entries: []worldEntry{
			we("", Unknown, "", "[main] Wait for WiFi: .. connected"),
			we("", Info, "", "[MO] info (MicroOcpp.cpp:301): initialized MicroOcpp v1.2.0"),
			we("", Warn, "", "[MO] warning (MicroOcppMongooseClient.cpp:261): Insecure connection (WS)"),
			we("", Info, "", "[MO] info (RequestQueue.cpp:45): operation timeout: BootNotification"),
			we("", Warn, "", "[MO] warning (MicroOcppMongooseClient.cpp:485): connection ws://csms.harbour.test:8180/steve/websocket/CentralSystemService/quay-dc-11 -- HTTP error 404"),
			we("", Error, "", "[MO] error (Transaction.cpp:212): StartTransaction rejected: idTag HBR04C19 blocked"),
		},
	},
	{
		name:   "mobilityhouse-ocpp-basicconfig",
		source: "The Python `ocpp` library (mobilityhouse/ocpp) in a script with `logging.basicConfig(level=logging.INFO)` (`LEVEL:logger:msg`, the library's `<id>: send …` and `<id>: receive message …`, websockets' own `INFO:websockets.server:` lines, a traceback under websockets' ERROR): mobilityhouse/ocpp issue #97 and its README's example output, found with find_string (`INFO:ocpp:SOME_ID: receive message [2,…`)",
		why:    "no time anywhere in the record; the level is the first word before a colon; the charge point id after the logger name is no host; the traceback lines belong to the ERROR above them",
		entries: []worldEntry{
			we("", Info, "", "INFO:websockets.server:server listening on 0.0.0.0:9310"),
			we("", Info, "", "INFO:websockets.server:connection open"),
			we("", Info, "", `INFO:ocpp:QUAY-AC-03: receive message [2,"5c1f0b7e-2a44-4d1b-9e63-0f8a51c2d7aa","BootNotification",{"chargePointModel":"Tidewater 22","chargePointVendor":"Harbour Power"}]`),
			we("", Info, "", `INFO:ocpp:QUAY-AC-03: send [3,"5c1f0b7e-2a44-4d1b-9e63-0f8a51c2d7aa",{"currentTime":"2026-11-29T07:41:16.402117+00:00","interval":300,"status":"Accepted"}]`),
			we("", Warn, "", "WARNING:ocpp:QUAY-AC-03: Ignoring response with unknown unique id: 7e90c2d1-0b3a-4f8e-a1c6-55d2e8f4b901"),
			we("", Error, "",
				"ERROR:websockets.server:connection handler failed",
				"Traceback (most recent call last):",
				`  File "/srv/csms/venv/lib/python3.12/site-packages/websockets/legacy/server.py", line 236, in handler`,
				"    await self.ws_handler(self)",
				"websockets.exceptions.ConnectionClosedError: no close frame received or sent"),
		},
		gap: "a record with no time of its own takes the ISO `currentTime` inside its JSON payload as its time: the BootNotification reply (`send [3,…,{\"currentTime\":…}]`) should keep none",
	},
	{
		name:   "josev-iso15118-secc-console",
		source: "Josev, the ISO 15118 SECC/EVCC in Python (ecog-io/iso15118, formerly SwitchEV; `%(levelname)s    %(asctime)s - %(name)s (%(lineno)d): %(message)s`, the level first and four blanks after it): ecog-io/iso15118 issues #427 and #131",
		why:    "the level word first, then a zone-less date with comma milliseconds (UTC); `(112)` is a line number, no time; the network interface and IPv6 peer are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.680Z", Debug, "", "DEBUG    2026-11-29 07:41:16,680 - asyncio (54): Using selector: EpollSelector"),
			we("2026-11-29T07:41:16.707Z", Info, "", "INFO    2026-11-29 07:41:16,707 - iso15118.secc.secc_settings (112): SECC settings:"),
			we("2026-11-29T07:41:16.708Z", Info, "", "INFO    2026-11-29 07:41:16,708 - iso15118.secc.secc_settings (114): NETWORK_INTERFACE             : eth1"),
			we("2026-11-29T07:41:19.233Z", Info, "", "INFO    2026-11-29 07:41:19,233 - iso15118.secc.transport.udp_server (126): Received SDP request from [fe80::7a2c:11ff:fe4d:90a3]:58112"),
			we("2026-11-29T07:41:49.241Z", Warn, "", "WARNING    2026-11-29 07:41:49,241 - iso15118.shared.comm_session (390): Timeout: SessionSetupReq"),
			we("2026-11-29T07:41:49.244Z", Error, "", "ERROR    2026-11-29 07:41:49,244 - iso15118.shared.comm_session (402): Terminating communication session: TCP connection to EVCC lost"),
		},
	},
	{
		name:   "josev-iso15118-compose-prefix",
		source: "Josev's SECC under `docker compose up` (the compose prefix `secc-1   | ` before Josev's `LEVEL    yyyy-MM-dd HH:mm:ss,SSS - logger (line): msg`): SmartEVSE/SmartEVSE-3 issue #25, ecog-io/iso15118 issue #230",
		why:    "the compose service name first (no host), then the level word and a zone-less comma-millisecond time (UTC); V2G message names and session ids are no level or time",
		entries: []worldEntry{
			we("2026-11-29T07:52:40.797Z", Info, "", "secc-1   | INFO    2026-11-29 07:52:40,797 - iso15118.shared.comm_session (236): PowerDeliveryReq received"),
			we("2026-11-29T07:52:40.798Z", Debug, "", "secc-1   | DEBUG    2026-11-29 07:52:40,798 - iso15118.secc.states.iso15118_2_states (1670): ChargeProgress set to Start"),
			we("2026-11-29T07:52:40.827Z", Info, "", "secc-1   | INFO    2026-11-29 07:52:40,827 - iso15118.shared.comm_session (432): Sent PowerDeliveryRes"),
			we("2026-11-29T07:52:40.828Z", Info, "", "secc-1   | INFO    2026-11-29 07:52:40,828 - iso15118.shared.states (139): Entered state ChargingStatus"),
			we("2026-11-29T07:53:41.002Z", Warn, "", "secc-1   | WARNING    2026-11-29 07:53:41,002 - iso15118.shared.comm_session (390): Timeout: ChargingStatusReq"),
		},
	},
}

func TestFresh722Formats(t *testing.T) { assertTable(t, fresh722Cases) }
func TestFresh722Score(t *testing.T) {
	checkScore(t, "fresh722 formats", fresh722Cases, [worldNumFields]float64{99.9, 97.8, 99.9, 99.9})
}
