package parse

import "testing"

// The six-hundred-and-thirty-first fresh table: software-defined radio, amateur radio and satellite
// software's logs as people attach them to bug reports, shapes no earlier table holds. Each family is
// one product's documented or observed output: SDRTrunk's application log (a compact
// `yyyyMMdd HHmmss.SSS` date, the thread in brackets, logback's level, a memory gauge after the
// message, a Java stack under an ERROR); Trunk Recorder's Boost.Log lines (`[date time.micro]
// (severity)   msg`, its banner spread over several lines); radiosonde_auto_rx's Python log
// (`date time,ms LEVEL:Module - msg`, an APRS-IS reply running onto a second line); acarsdec's text
// output (a `[#1 (F:… L:… E:…) dd/MM/yyyy HH:mm:ss.SSS ----` header over the ACARS message's
// lines); Reticulum's rnsd log file (`[date time] [Level]` padded to ten, Verbose and Extra among
// the levels, a Python traceback logged as one Error); mlat-client's console (`time.ctime()` before
// every line, the server's message of the day over several lines); mlat-server's log (a compact
// `yyyyMMdd HH:mm:ss.SSS`, a padded level and logger name, a traceback under an ERROR); APRSD's log
// file (a bracketed US date with a 12-hour clock and AM/PM, the thread padded to twenty, the level
// cut to five letters, the source path after the message).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`gnuradio`, `gnu radio`, `gr::log`, `rtl_433`, `rtl433`, `dump1090`, `readsb`, `tar1090`,
// `direwolf`, `dire wolf`, `gpsd`, `satnogs`, `satnogs-client`, `wsjt`, `WSJT-X`, `wsjtx`, `jtdx`,
// `ALL.TXT`, `openwebrx`, `owrx`, `csdr`, `soapy`, `SoapySDR`, `rtl_tcp`, `rtl_fm`, `hamlib`,
// `rigctld`, `flrig`, `fldigi`, `js8call`, `aprs`, `aprsc`, `aprx`, `aprsd`, `xastir`, `ax25`,
// `kiss`, `gqrx`, `sdr++`, `sdrpp`, `sdrangel`, `pskreporter`, `wsprd`, `wspr`, `wsprdaemon`,
// `svxlink`, `mmdvm`, `MMDVMHost`, `pi-star`, `dstar`, `ircddb`, `ircddbgateway`, `DMRGateway`,
// `YSFGateway`, `ysf`, `allstar`, `echolink`, `piaware`, `fr24feed`, `flightaware`, `adsb`,
// `mode-s`, `mlat`, `mlat-client`, `mlat-server`, `multilateration`, `acars`, `acarsdec`,
// `acarshub`, `vdlm2dec`, `dumpvdl2`, `vdl2`, `dump978`, `rtl_airband`, `RTLSDR-Airband`, `airband`,
// `rbfeeder`, `radarbox`, `opensky`, `stratux`, `noaa-apt`, `wxtoimg`, `satdump`, `gpredict`,
// `gr-satellites`, `hackrf`, `uhd`, `[INFO] [UHD]`, `limesuite`, `airspy`, `multimon`, `ais`,
// `AIS-catcher`, `rtl_ais`, `gnuais`, `kismet`, `srsran`, `srslte`, `osmocom`, `osmo-bts`, `yate`,
// `trunk-recorder`, `trunk_recorder`, `Trunk Recorder`, `talkgroup`, `op25`, `sdrtrunk`,
// `dsheirer`, `cqrlog`, `n1mm`, `log4om`, `qsstv`, `freedv`, `xlxd`, `mrefd`, `m17`, `linbpq`,
// `bpq32`, `ka9q`, `ardop`, `winlink`, `pat winlink`, `websdr`, `kiwisdr`, `ubx`, `u-blox`, `gnss`,
// `gnss-sdr`, `gpsmon`, `rtklib`, `str2str`, `nmea`, `GPGGA`, `GNRMC`, `chirp`, `auto_rx`,
// `radiosonde`, `sondehub`, `meshtastic`, `reticulum`, `rnsd`, `hamclock`, `gridtracker`,
// `chirpstack`, `lora_pkt_fwd`, `packet forwarder`, `ttn`, `signalk`, `openplotter`, and the
// fragments `i.g.d.`, `ApplicationLog - `, `Tuner Class`, `(info)   `, `(error)   `,
// `INFO:Scanner`, `dft_detect`, `(F:1`, `Aircraft reg:`, `Flight id:`, `[Notice]   `,
// `[Verbose]  `, `[Extra]`, `Handshake complete`, `Server says:`, `  INFO     client`,
// `[MainThread          ]`, `AM] [MainThread`, ` AM] [`, ` PM] [`, `[WARNI]`). None of SDRTrunk,
// Trunk Recorder, radiosonde_auto_rx, acarsdec, Reticulum, mlat-client, mlat-server or APRSD is in
// any table (`(info)   ` and `(error)   ` match only ptpd2 and Kerberos lines, `[Notice]   ` HAProxy's
// master, `Handshake complete` and `Server says:` hostapd and WiFiDog; `[WARNI]` with a padded
// thread is the generic Python recipe of fresh158 and fresh523 under an ISO date, and the bracketed
// US date with AM/PM is Homebridge's, with a comma, in fresh181). Left out as measured already:
// GNU Radio, rtl_433, dump1090 and readsb, tar1090, Direwolf, gpsd, SatNOGS, WSJT-X and JTDX,
// OpenWebRX, SoapySDR and UHD, Hamlib, fldigi, JS8Call, SDRangel, SDR++, SatDump, gpredict,
// MMDVMHost, Pi-Star, PiAware and fr24feed, Kismet, srsRAN, Osmocom, Meshtastic, ChirpStack and the
// LoRa packet forwarder, AIS-catcher, RTKLIB. Left out as sharing a shape already held: rtl_airband
// (plain journal lines, found in rtl-airband/RTLSDR-Airband issue #137), wiedehopf's mlat-server fork
// in the journal, Trunk Recorder's and rnsd's lines under journald. Left out as not confirmed by any
// search: dumpvdl2's own text output. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Every stamp of these families is zone-less local time and is read as UTC,
// as the rules say, except acarsdec's, which is UTC by its code (gmtime_r); acarsdec's date is
// day-first; APRSD's clock is 12-hour with AM/PM (09:15:40 PM is 21:15:40); mlat-client's is C's
// ctime (`Sun Nov 29 07:41:16 2026`). Levels only where the line marks one: SDRTrunk's and
// mlat-server's level column, Trunk Recorder's `(info)`, `(warning)`, `(error)`, radiosonde_auto_rx's
// word before the colon, APRSD's five-letter cut (`[WARNI]` is Warn), Reticulum's bracketed word
// (Notice is Notice; Verbose sits between Info and Debug and is Debug; Extra is below Debug and is
// Trace). acarsdec's `L:-27 E:0` is a signal level and an error count, and mlat-client's lines carry
// no level. The host is the record's host field, and none of these writes one: Trunk Recorder's
// `[metro]` is a trunked system's short name, mlat-server's `[10.44.0.12:51822]` a client, the
// multilateration server and the APRS-IS servers are peers, aircraft registrations and flight ids are
// no hosts. A record that spans lines is one entry: SDRTrunk's ERROR with its stack, Trunk
// Recorder's banner, auto_rx's APRS-IS reply, every acarsdec message, Reticulum's logged traceback,
// mlat-client's server message, mlat-server's ERROR with its traceback. acarsdec's blank line before
// its first message is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory alone. Hosts,
// ids, addresses, users, callsigns and messages are invented, and every time is in late November
// 2026. The expectations were decided from the format before the table was first run, and none was
// changed after it; a family trawl still gets wrong carries a gap that says what it does not read,
// and it stays in the score.
//
// Its first figure, scored at commit 000dc44 before any rule for it: level 95.4 %, time 100.0 %, host 100.0 %, records 87.5 %.
// That is the macro figure (micro: level 95.1 %, time 100.0 %, host 100.0 %, records 92.7 %), in a
// worktree at 000dc44 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are SDRTrunk's level word after a thread name that holds brackets
// of its own (`[sdrtrunk channel [2/P25-1] MULTI FREQ thread 1] ERROR`), which trawl does not read;
// acarsdec's message lines under its bracketed header, which trawl does not join to it; and
// Reticulum's `[Extra]` level word, which trawl leaves without a level instead of Trace.

var fresh631Cases = []worldCase{
	{
		name:   "sdrtrunk-app-log-compact-date",
		gap:    "the level word after a thread name that itself holds brackets (`[sdrtrunk channel [2/P25-1] MULTI FREQ thread 1] ERROR`) is not read",
		source: "SDRTrunk's application log (~/SDRTrunk/logs/sdrtrunk_app.log, logback `yyyyMMdd HHmmss.SSS [thread] LEVEL logger - msg  [Used/Allocated Percent%]`, an exception's stack under an ERROR): DSheirer/sdrtrunk issues #1278, #2211, #1902 and #2292 (pasted logs)",
		why:    "a compact date and a time with no separators before the milliseconds; the thread in brackets may itself hold brackets; the memory gauge after the message is no time; the Java stack belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "20261129 074116.204 [main] INFO  i.g.d.log.ApplicationLog - SDRTrunk Version  : 0.6.1  [9MB/48MB 19%]"),
			we("2026-11-29T07:41:18.93Z", Info, "", "20261129 074118.930 [main] INFO  i.g.d.s.t.manager.TunerManager - Tuner plug-in detected at USB Bus [1] Port [3] Tuner Class [RTL-2832]  [22MB/64MB 34%]"),
			we("2026-11-29T07:41:19.412Z", Warn, "", "20261129 074119.412 [main] WARN  i.g.d.vector.VectorUtilities - CPU supports maximum SIMD instructions of Species[float, 8, S_256_BIT]  [31MB/64MB 48%]"),
			we("2026-11-29T07:42:05.377Z", Error, "",
				"20261129 074205.377 [sdrtrunk channel [2/P25-1] MULTI FREQ thread 1] ERROR i.g.d.s.t.m.PolyphaseChannelSourceManager - Error getting source  [118MB/256MB 46%]",
				"org.usb4java.LibUsbException: USB error 4: error reading tuner register: No such device (it may have been disconnected)",
				"\tat io.github.dsheirer.source.tuner.rtl.RTL2832TunerController.read(RTL2832TunerController.java:771)",
				"\tat io.github.dsheirer.source.tuner.rtl.r8x.R8xTunerController.setFrequency(R8xTunerController.java:412)",
				"\tat io.github.dsheirer.source.tuner.manager.PolyphaseChannelSourceManager.getSource(PolyphaseChannelSourceManager.java:233)"),
			we("2026-11-29T07:42:06.02Z", Info, "", "20261129 074206.020 [sdrtrunk cached thread 3] INFO  i.g.d.a.c.mbe.JmbeAudioModule - JMBE audio conversion library loaded: JMBE Audio Conversion Library v1.0.9  [120MB/256MB 47%]"),
		},
	},
	{
		name:   "trunk-recorder-boost-log",
		source: "Trunk Recorder's console and log file (Boost.Log `[%TimeStamp%] (%Severity%)   %Message%`, the stamp `%Y-%m-%d %H:%M:%S.%f`; the banner logged as one message with newlines inside): TrunkRecorder/trunk-recorder issues #947, #499 and #1031, PR #337 (pasted logs), its config.cc (the format string, found with find_string)",
		why:    "a bracketed zone-less time with microseconds, then Boost's severity word in parentheses and three blanks; the banner's dashed lines belong to the (info) record above them; `[metro]` is a system's short name, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.409213Z", Info, "", "[2026-11-29 07:41:16.409213] (info)   Using Config file: /etc/trunk-recorder/config.json"),
			we("2026-11-29T07:41:16.409388Z", Info, "",
				"[2026-11-29 07:41:16.409388] (info)   ",
				"-------------------------------------",
				"     Trunk Recorder",
				"-------------------------------------",
				""),
			we("2026-11-29T07:41:16.409472Z", Info, "", "[2026-11-29 07:41:16.409472] (info)   Trunk-Recorder: Version: 5.0.2"),
			we("2026-11-29T07:44:09.551027Z", Error, "", "[2026-11-29 07:44:09.551027] (error)   [metro] 1190C  TG:                       - (     40112) Freq: 868.437500 MHz    Not Recording: no source covering Freq"),
			we("2026-11-29T07:45:00.002311Z", Warn, "", "[2026-11-29 07:45:00.002311] (warning)   [metro] There have been no valid Control Channel messages in 10 seconds"),
		},
	},
	{
		name:   "radiosonde-auto-rx-python-log",
		source: "radiosonde_auto_rx's log (Python logging `%(asctime)s %(levelname)s:%(message)s`, modules `Scanner #0`, `APRS-IS`, `Flask`; an APRS-IS server reply logged with its own newlines): projecthorus/radiosonde_auto_rx issues #538 and #743 (pasted logs)",
		why:    "a zone-less time with a comma before the milliseconds; the level glued to the module by a colon; the APRS-IS reply's second line, with a GMT date of its own, belongs to the DEBUG record above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.518Z", Info, "", "2026-11-29 07:41:16,518 INFO:Scanner #0 - Detected peaks on 3 frequencies (MHz): [401.5  402.7  404.1 ]"),
			we("2026-11-29T07:41:16.52Z", Debug, "", "2026-11-29 07:41:16,520 DEBUG:Scanner #0 - Attempting sonde detection on 401.500 MHz"),
			we("2026-11-29T07:41:28.903Z", Info, "", "2026-11-29 07:41:28,903 INFO:Scanner #0 - Detected new RS41 sonde on 401.500 MHz!"),
			we("2026-11-29T07:42:01.069Z", Debug, "",
				"2026-11-29 07:42:01,069 DEBUG:APRS-IS - Incoming data from APRS-IS: # aprsc 2.1.19-g730c5c0 29 Nov 2026 07:41:41 GMT T2ZURICH 10.20.4.9:14580",
				"# aprsc 2.1.19-g730c5c0 29 Nov 2026 07:42:01 GMT T2ZURICH 10.20.4.9:14580",
				""),
			we("2026-11-29T07:43:10.144Z", Warn, "", "2026-11-29 07:43:10,144 WARNING:Sondehub Uploader - Upload to Sondehub failed: HTTP 503 from api.v2.sondehub.org, retrying in 10 s"),
			we("2026-11-29T07:45:02.331Z", Error, "", "2026-11-29 07:45:02,331 ERROR:Scanner #0 - rtl_power call failed with return code 1."),
		},
	},
	{
		name:   "acarsdec-text-output-multiline",
		gap:    "the message lines under acarsdec's `[#1 (F:… L:… E:…) dd/MM/yyyy time ----` header (Mode and Label, Aircraft reg, No, the text, the decoded block) are not joined to it: the record holds the header line alone",
		source: "acarsdec's standard output (-o 1, output.c printmsg: `\\n[#chan (F:MHz L:level E:errors) dd/MM/yyyy HH:mm:ss.SSS --------------------------------`, then `Mode : … Label : … Id : … Ack : …`, `Aircraft reg: … Flight id: …`, `No: …`, the text, and the decoded OOOI block under `##########################`; the date from gmtime_r): acarsdec's output.c (found with find_string, read with read_file), TLeconte/acarsdec PR #49 (a pasted message), TLeconte/vdlm2dec issue #13",
		why:    "a day-first date inside a bracketed header after the channel's frequency, signal level and error count (no level, no host); every line under the header is the same message; the blank line before each header ends the message above",
		entries: []worldEntry{
			wskip(""),
			we("2026-11-29T07:41:16.412Z", Unknown, "",
				"[#1 (F:131.725 L:-27 E:0) 29/11/2026 07:41:16.412 --------------------------------",
				"Mode : 2 Label : H1 Id : 4 Ack : !",
				"Aircraft reg: D-AIZQ Flight id: LH0917",
				"No: D04A",
				"#DFB/PER1,EDDF,LEMD,0742,FL340,M78",
				""),
			we("2026-11-29T07:41:39.087Z", Unknown, "",
				"[#2 (F:131.825 L:-31 E:1) 29/11/2026 07:41:39.087 --------------------------------",
				"Mode : 2 Label : 10 Id : 2 Ack : !",
				"Aircraft reg: EI-FNH Flight id: EI0364",
				"No: M21A",
				"/FB 0412/AD EGLL/N50.882,W003.104",
				"##########################",
				"Destination Airport : EGLL",
				"Estimation Time of Arrival : 0812",
				""),
			we("2026-11-29T07:42:05.630Z", Unknown, "",
				"[#1 (F:131.725 L:-22 E:0) 29/11/2026 07:42:05.630 --------------------------------",
				"Mode : 2 Label : Q0 Id : 7 Nak",
				"Aircraft reg: G-EUYT Flight id: BA0482",
				"No: S33B",
				""),
		},
	},
	{
		name:   "reticulum-rnsd-logfile",
		gap:    "Reticulum's `[Extra]` level word (below Debug) is not read: the line gets no level instead of Trace",
		source: "Reticulum's rnsd log file (~/.reticulum/logfile, RNS/__init__.py log(): `\"[\"+timestamp_str()+\"] \"+loglevelname(level)+\" \"+msg`, the level names `[Critical]` `[Error]   ` `[Warning] ` `[Notice]  ` `[Info]    ` `[Verbose] ` `[Debug]   ` `[Extra]   ` padded to ten, the time `%Y-%m-%d %H:%M:%S` in local time; trace_exception logs the formatted traceback as one Error): markqvist/Reticulum RNS/__init__.py (found with find_string and read with read_file), liamcottle/reticulum-meshchat issue #64 (a pasted log)",
		why:    "a bracketed zone-less time, then the level word in brackets padded with blanks; Verbose (below Info) is Debug and Extra (below Debug) is Trace; the traceback's lines belong to the Error record that starts it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "[2026-11-29 07:41:16] [Notice]   Started rnsd version 1.0.4"),
			we("2026-11-29T07:41:16Z", Debug, "", "[2026-11-29 07:41:16] [Verbose]  Bringing up system interfaces..."),
			we("2026-11-29T07:41:17Z", Warn, "", "[2026-11-29 07:41:17] [Warning]  AutoInterface[Default Interface] Detected possible carrier loss on wlan0: [Errno 101] Network is unreachable"),
			we("2026-11-29T07:41:18Z", Trace, "", "[2026-11-29 07:41:18] [Extra]    Cleaning resource and packet caches..."),
			we("2026-11-29T07:41:40Z", Error, "", "[2026-11-29 07:41:40] [Error]    An unhandled <class 'OSError'> exception occurred: [Errno 19] No such device"),
			we("2026-11-29T07:41:40Z", Error, "",
				"[2026-11-29 07:41:40] [Error]    Traceback (most recent call last):",
				`  File "/usr/lib/python3/dist-packages/RNS/Interfaces/RNodeInterface.py", line 1184, in readLoop`,
				"    data_in = self.serial.read(1)",
				"OSError: [Errno 19] No such device",
				""),
		},
	},
	{
		name:   "mlat-client-ctime",
		source: "mlat-client run by hand or by a feeder script (its log helper prints `time.ctime()` then the message; the server's message of the day logged after `Server says:` with its own newlines and indentation): mutability/mlat-client issues #14 and #21, jprochazka/adsb-receiver issue #310 (pasted logs)",
		why:    "C's ctime with a weekday and the year after the time of day; the multilateration server's host and port are a peer, no host; the indented lines of the server's message belong to the record that announces it; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 mlat-client 0.2.13 starting up"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026 Connected to multilateration server at mlat.club-feed.example:31090, handshaking"),
			we("2026-11-29T07:41:17Z", Unknown, "",
				"Sun Nov 29 07:41:17 2026 Server says: ",
				"",
				"        Club test server, expect restarts at weekends.",
				"        Source: https://git.club-feed.example/mlat-server",
				"        "),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026 Handshake complete."),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026   Compression:       zlib2"),
			we("2026-11-29T07:58:40Z", Unknown, "", "Sun Nov 29 07:58:40 2026 Lost connection to mlat.club-feed.example:31090"),
		},
	},
	{
		name:   "mlat-server-traceback",
		source: "mutability's mlat-server log (`yyyyMMdd HH:mm:ss.SSS  LEVEL(padded to 8) logger(padded to 20) [client address] msg`, a Python traceback under an ERROR): mutability/mlat-client issue #12 (a pasted server log)",
		why:    "a compact date, a colon-separated time with milliseconds and two blanks; the level padded to eight; `[10.44.0.12:51822]` is a client, no host; the traceback belongs to the ERROR above it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "20261129 07:41:16.204  INFO     client               [10.44.0.12:51822] Accepted new client connection"),
			we("2026-11-29T07:41:16.53Z", Info, "", "20261129 07:41:16.530  INFO     client               [10.44.0.12:51822] Handshake successful (club-rx4 mlat-client 0.2.13 zlib2 dump1090)"),
			we("2026-11-29T07:41:58.017Z", Warn, "", "20261129 07:41:58.017  WARNING  client               [10.44.0.12:51822] Receiver clock jumped by 4.2 ms, resetting sync state"),
			we("2026-11-29T07:42:03.09Z", Error, "",
				"20261129 07:42:03.090  ERROR    client               [10.44.0.31:40210] Exception handling client",
				"Traceback (most recent call last):",
				`  File "/opt/mlat-server/mlat/server/jsonclient.py", line 278, in handle_connection`,
				"    if not self.process_handshake(hs):",
				`  File "/opt/mlat-server/mlat/server/jsonclient.py", line 351, in process_handshake`,
				"    clock_type = str(hs.get('clock_type', 'dump1090'))",
				"AttributeError: 'list' object has no attribute 'get'"),
			we("2026-11-29T07:42:03.091Z", Info, "", "20261129 07:42:03.091  INFO     client               [10.44.0.31:40210] Client disconnected"),
		},
	},
	{
		name:   "aprsd-12-hour-clock",
		source: "APRSD's log file (oslo.config `[logging] logformat = [%(asctime)s] [%(threadName)-20.20s] [%(levelname)-5.5s] %(message)s - [%(pathname)s:%(lineno)d]`, `date_format = %m/%d/%Y %I:%M:%S %p`): craigerl/aprsd issue #86 (a pasted log) and its sample aprsd.conf (found with find_string)",
		why:    "a bracketed month-first date with a 12-hour clock and AM/PM (a PM time is after noon); the thread padded to twenty; the level cut to five letters (`[WARNI]`); the source path and line after the message are no time",
		entries: []worldEntry{
			we("2026-11-28T21:15:40Z", Info, "", "[11/28/2026 09:15:40 PM] [KeepAlive           ] [INFO ] Uptime 13:34:24 Tracked 0 Packets 412 - [/opt/aprsd/.venv/lib/python3.11/site-packages/aprsd/threads/keep_alive.py:82]"),
			we("2026-11-29T07:41:16Z", Info, "", "[11/29/2026 07:41:16 AM] [MainThread          ] [INFO ] APRSD Started version: 3.4.2 - [/opt/aprsd/.venv/lib/python3.11/site-packages/aprsd/cmds/server.py:51]"),
			we("2026-11-29T07:41:17Z", Debug, "", "[11/29/2026 07:41:17 AM] [MainThread          ] [DEBUG] aprs_network.host = noam.aprs2.net - [/opt/aprsd/.venv/lib/python3.11/site-packages/aprsd/cmds/server.py:59]"),
			we("2026-11-29T07:41:32Z", Warn, "", "[11/29/2026 07:41:32 AM] [RX_MSG              ] [WARNI] Failed to parse packet from KD2XYZ-9: Unsupported packet format - [/opt/aprsd/.venv/lib/python3.11/site-packages/aprsd/threads/rx.py:88]"),
			we("2026-11-29T07:52:44Z", Error, "", "[11/29/2026 07:52:44 AM] [KeepAlive           ] [ERROR] Connection to APRS-IS lost, reconnecting - [/opt/aprsd/.venv/lib/python3.11/site-packages/aprsd/threads/keep_alive.py:97]"),
		},
	},
}

func TestFresh631Formats(t *testing.T) { assertTable(t, fresh631Cases) }
func TestFresh631Score(t *testing.T) {
	checkScore(t, "fresh631 formats", fresh631Cases, [worldNumFields]float64{95.3, 99.9, 99.9, 87.4})
}
