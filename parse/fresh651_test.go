package parse

import "testing"

// The six-hundred-and-fifty-first fresh table: satellite ground stations, GNSS receivers and
// precision time, the logs people attach to tickets about them, in shapes no earlier table holds.
// Each family is one product's documented or observed output: BKG's NtripCaster log file (an
// icecast-1 style `[dd/Mon/yyyy:HH:mm:ss]`, then the thread number and name in brackets);
// goestools' goesrecv -v (an ISO-Z time before `[monitor]` and the demodulator's figures); RTKLIB
// str2str as an RTKBase service in the journal (its own status stamp is GPS time, 18 s ahead of
// the journal's UTC); F Prime's text logger in the journal (`EVENT: (id) (base:sec,usec) SEVERITY:`);
// sfptpd's console (microsecond messages with syslog priority words, interleaved with its
// real-time stats lines); Yamcs Server's yamcs-server.log (CompactFormatter: a year-less
// month-name date, the Yamcs instance, the logger, `[thread]`, `[JUL level]`, a stack trace under a
// SEVERE); Meta's sptp with logrus on a terminal (`DEBU[0000]`, a packet time in a DELAY_REQ
// message); satpulsed in the journal (a sentence with a `key=value` tail).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`gpsd`, `satnogs`, `satnogs-client`, `gnss-sdr`, `gnss`, `rtklib`, `str2str`, `rtkrcv`,
// `ptp4l`, `phc2sys`, `ts2phc`, `timemaster`, `pmc`, `ubxtool`, `u-blox`, `ubx`, `gpsmon`, `cgps`,
// `chrony`, `chronyd`, `ntpd`, `ntpsec`, `linuxptp`, `master offset`, `selected best master`,
// `gr-satellites`, `gnuradio`, `gqrx`, `rtl_sdr`, `rtl_tcp`, `dump1090`, `readsb`, `gps-sdr`,
// `ntripcaster`, `NtripCaster`, `ntrip`, `sbp`, `swift`, `piksi`, `septentrio`, `mosaic`, `trimble`,
// `NMEA`, `$GPGGA`, `$GNRMC`, `gpspipe`, `gpsfake`, `SHM`, `kernel PPS`, `pps`, `ppstest`,
// `satdump`, `SatDump`, `predict`, `gpredict`, `hamlib`, `rotctld`, `rigctld`, `rotctl`, `orbit`,
// `tle`, `timesyncd`, `systemd-timesyncd`, `phc_ctl`, `clock_gettime`, `sfptpd`, `Solarflare`,
// `ptpd`, `ptpd2`, `white rabbit`, `wr-switch`, `gnss_logger`, `GnssLogger`, `Fix,`, `Raw,`,
// `ublox`, `ublox_gps`, `zed-f9p`, `pygnssutils`, `gnssdump`, `<UBX(`, `iTOW`, `U_GNSS`, `rtcm`,
// `rtcm3`, `rtklibexplorer`, `convbin`, `satpulse`, `satpulsed`, `ntpshm`, `openhpsdr`, `leo`,
// `ground station`, `groundstation`, `yamcs`, `org.yamcs`, `_global`, `openmct`, `cosmos`,
// `openc3`, `fprime`, `fprime-gds`, `F Prime`, `EVENT: (`, `ACTIVITY_HI`, `WARNING_HI`,
// `DIAGNOSTIC:`, `OpCodeRegistered`, `cmdDisp`, `cFS`, `cfe`, `EVS`, `gpsbabel`, `navit`,
// `foxtrotgps`, `hackrf`, `soapy`, `SoapySDR`, `uhd`, `[INFO] [UHD]`, `UHD`, `limesdr`, `airspy`,
// `direwolf`, `aprs`, `noaa-apt`, `wxtoimg`, `meteor`, `LRPT`, `goestools`, `goesrecv`,
// `goesproc`, `gain:`, `vit(avg)`, `sdr`, `ntpd-rs`, `ntp-daemon`, `ntpd::`, `statime`, `sptp`,
// `ptp4u`, `c4u`, `facebook/time`, `DEBU[0000]`, `px4`, `openntpd`, `measurements.log`,
// `tracking.log`, `statistics.log`, `clockstats`, `peerstats`, `rawstats`, `SNIP`, `emlid`,
// `reachview`, `rtkbase`, `gpsd[`, `gpsd:ERROR`, `gpsd:WARN`, `ptp4l[`, `phc2sys[`, `ts2phc[`,
// `timemaster[`, `meinberg`, `mbg`, `timecard`, `ocp`, `gr-satnogs`, `satnogs-flowgraph`,
// `Tracking of GPS`, `Position at`, `sbf`, `gpsd_json`, `TPV`, `clock_class`, `gmCapable`,
// `nmea_pps`, `pps-gpio`, `kernel: pps`, `pps pps0`, `timebeat`, `gpslogger`, `time=20`,
// `Main Thread`, `Calendar Thread`, `Accepted encoder`, `Accepted client`, `Kicking`, `[CC---]`,
// ` bps (0)`, `stream server start`, `in-sync:`, `freq-adj`, `one-way-delay`, `: notice: `,
// `PHC frequency`, `ptp hardware clock`, `[monitor]`, `MESSAGE DEBUG PRINT`). None of BKG's
// NtripCaster, goesrecv, str2str's status line, F Prime's text logger, sfptpd, Yamcs, sptp or
// satpulsed is in any table (`str2str` and `gr-satellites` match only other tables' grep lists;
// `EVENT: (`, `DIAGNOSTIC:`, `_global`, `Main Thread`, `gain:`, `DEBU[0000]`, `Accepted client`,
// `Kicking` and `: notice: ` other products' lines). Left out as measured already: gpsd's foreground
// debug and gpspipe, the SatNOGS client, gpredict, SatDump, GNU Radio, gnss-sdr's glog and
// console, RTKLIB's .pos, RINEX, NovAtel OEM7, Android's GnssLogger, ptp4l, phc2sys, ts2phc,
// timemaster and pmc in every form, ptpd2, chrony, ntpd, NTPsec, ntpd-rs, OpenNTPD, cFS. Left out
// as not confirmed by any search, or with no time, level or host of their own: ubxtool's and
// gnssdump's decoded messages, ubxlib's `U_GNSS:` debug, rtkrcv's trace file, statime, OpenC3
// COSMOS, gr-satellites' PDU dumps. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). NtripCaster's bracketed date, sfptpd's `%Y-%m-%d %X.%06d` and Yamcs'
// year-less `MMM dd HH:mm:ss.SSS` are zone-less local times, read as UTC (Yamcs' in 2026);
// goesrecv's ends in Z. str2str's own stamp is GPS time (`utc2gpst(timeget())`), 18 s ahead of UTC,
// so the record's UTC time is the journal's second, which is what GPS time minus 18 s gives too; the
// GPS stamp read as UTC is wrong. F Prime's time tag (time base 2, Unix seconds and microseconds)
// and the journal's time are both accepted. sptp's `[0002]` is seconds since start: its records have
// no time, and the T3 time inside a DELAY_REQ message is a packet's, not the record's. Levels only
// where the line marks one: sfptpd's priority words (info, notice, warning, error; trace as
// debug), Yamcs' bracketed JUL level (SEVERE Error, FINE Debug), logrus' four letters, F Prime's
// severity word (DIAGNOSTIC Debug, ACTIVITY_HI and ACTIVITY_LO Info, WARNING_HI and WARNING_LO
// Warn); NtripCaster, goesrecv, str2str, satpulsed and sfptpd's stats lines carry none. The host is
// the record's host field: only the journal's (basegnss, obc-sim-2, gm-rack4); NtripCaster's
// servername, the encoders' and clients' addresses, sfptpd's sync instances and clocks, Yamcs'
// instances (`_global`, `simulator`), sptp's PTP server and satpulsed's PTP clock device are no
// hosts. A record that spans lines is one entry: Yamcs' SEVERE with its frames and the blank line
// after them.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"; find_string for str2str's status
// printf); no family rests on memory. Hosts, ids, addresses, users and messages are invented, and
// every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong carries a gap
// that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3a5e29b before any rule for it: level 87.5 %, time 100.0 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 88.4 %, time 100.0 %, host 86.0 %, records 100.0 %), in a
// worktree at 3a5e29b with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are F Prime's severity word after its time tag, which trawl does
// not read as a level, and Yamcs' instance name after the time, which trawl takes for the host.

var fresh651Cases = []worldCase{
	{
		name:   "ntripcaster-bkg-logfile-thread",
		source: "BKG NtripCaster 0.1.5's log file (`[dd/Mon/yyyy:HH:mm:ss] [n:Thread name] msg`, an icecast-1 style bracketed date, then the thread number and name in brackets): eringerli/RpiNtripBase issue #1 (a pasted log), goblimey/ntripcaster issue #1 (the same lines on stdout without the thread)",
		why:    "a day/month-name/year date glued to the time by a colon, zone-less (UTC by the rules); `[0:Main Thread]` is a thread, no level; the servername, the encoder's and the clients' addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[29/Nov/2026:07:41:16] [0:Main Thread] NtripCaster Version 0.1.5 Starting.."),
			we("2026-11-29T07:41:16Z", Unknown, "", "[29/Nov/2026:07:41:16] [0:Main Thread] Using 'rtk-base-07' as servername..."),
			we("2026-11-29T07:41:16Z", Unknown, "", "[29/Nov/2026:07:41:16] [1:Calendar Thread] Bandwidth:0.000000KB/s Sources:0 Clients:0"),
			we("2026-11-29T07:41:19Z", Unknown, "", "[29/Nov/2026:07:41:19] [2:Connection Handler] Accepted encoder on mountpoint /KRNV0 from 10.44.7.12. 1 sources connected"),
			we("2026-11-29T07:41:27Z", Unknown, "", "[29/Nov/2026:07:41:27] [3:Connection Handler] Accepted client 4 [rover2] from [10.44.9.31] on mountpoint [/KRNV0]. 1 clients connected"),
			we("2026-11-29T07:43:02Z", Unknown, "", "[29/Nov/2026:07:43:02] [2:Source Thread] Kicking source 0 [10.44.7.12] [Source signed off (killed itself)] [encoder], connected for 103 seconds, 418220 bytes transfered. 0 sources connected"),
		},
	},
	{
		name:   "goesrecv-verbose-monitor",
		source: "goestools' goesrecv run with -v (`yyyy-MM-ddTHH:mm:ssZ [monitor] gain: …, freq: …, omega: …, vit(avg): …, rs(sum): …, packets: …, drops: …` once a second): pietern/goestools issue #97 (a pasted run), issue #67",
		why:    "an ISO time ending in Z before a bracketed `[monitor]` tag, no level; the figures after it (gain, freq, omega) are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16Z [monitor] gain: 9.82, freq: -1204.7, omega: 2.589, vit(avg):  391, rs(sum):    0, packets: 19, drops: 0"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29T07:41:17Z [monitor] gain: 9.83, freq: -1198.2, omega: 2.589, vit(avg):  402, rs(sum):    1, packets: 18, drops: 0"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29T07:41:18Z [monitor] gain: 9.81, freq: -1211.9, omega: 2.589, vit(avg):  873, rs(sum):   14, packets: 12, drops: 6"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29T07:41:19Z [monitor] gain: 9.84, freq: -1207.3, omega: 2.589, vit(avg):  415, rs(sum):    2, packets: 19, drops: 0"),
		},
	},
	{
		name:   "str2str-rtkbase-journal-gps-time",
		source: "RTKLIB str2str run as an RTKBase systemd service and read with journalctl (the journal's BSD line, then str2str's status line `fprintf(stderr,\"%s [%s] %10d B %7d bps %s\\n\", time_str(utc2gpst(timeget()),0), …)`: a GPS-time `yyyy/MM/dd HH:mm:ss`, the stream states, bytes and bit rate): RTKLIB app/consapp/str2str/str2str.c (found with find_string), Stefal/rtkbase issues #549 and #339",
		why:    "the journal's time and str2str's own stamp, which is GPS time (18 s ahead of UTC): the record's UTC time is the journal's second; the journal's host; `[CC---]` is the stream states, no level; the caster address is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "basegnss", "Nov 29 07:41:16 basegnss str2str_tcp[812]: stream server start"),
			we("2026-11-29T07:41:21Z", Unknown, "basegnss", "Nov 29 07:41:21 basegnss str2str_tcp[812]: 2026/11/29 07:41:39 [WC---]          0 B       0 bps (0) /dev/ttyGNSS0 (1) waiting..."),
			we("2026-11-29T07:41:26Z", Unknown, "basegnss", "Nov 29 07:41:26 basegnss str2str_tcp[812]: 2026/11/29 07:41:44 [CC---]      41210 B   11592 bps (0) /dev/ttyGNSS0 (1) 1 client"),
			we("2026-11-29T07:41:31Z", Unknown, "basegnss", "Nov 29 07:41:31 basegnss str2str_tcp[812]: 2026/11/29 07:41:49 [CC---]      88417 B   11804 bps (0) /dev/ttyGNSS0 (1) 2 clients"),
			we("2026-11-29T07:41:36Z", Unknown, "basegnss", "Nov 29 07:41:36 basegnss str2str_ntrip_A[845]: 2026/11/29 07:41:54 [CE---]     130042 B   11688 bps (0) localhost (1) caster.example.net/KRNV0 error"),
		},
	},
	{
		name:   "fprime-text-logger-journal",
		source: "F Prime's text logger (Svc/PassiveConsoleTextLogger ConsoleTextLoggerImplCommon.cpp: `EVENT: (%d) (%d:%d,%d) %s: %s`, the event id, the time base with seconds and microseconds, the severity FATAL WARNING_HI WARNING_LO COMMAND ACTIVITY_HI ACTIVITY_LO DIAGNOSTIC) from a deployment run as a systemd service: nasa/fprime issue #2817 (a pasted journal)",
		why:    "the journal's time and the event's own time tag, time base 2 with Unix seconds and microseconds; the severity word after the time tag (DIAGNOSTIC Debug, ACTIVITY_HI and ACTIVITY_LO Info, WARNING_HI and WARNING_LO Warn, FATAL Critical); the journal's host; `(cmdDisp)` is a component",
		gap:    "the F Prime severity word after the `EVENT: (id) (base:seconds,microseconds)` time tag (DIAGNOSTIC, ACTIVITY_HI, ACTIVITY_LO, WARNING_HI, WARNING_LO) is not read: every record has no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.422963Z", Debug, "obc-sim-2", "Nov 29 07:41:16 obc-sim-2 FlightSoftware[31207]: EVENT: (1280) (2:1795938076,422963) DIAGNOSTIC: (cmdDisp) OpCodeRegistered : Opcode 0x5102 registered to port 17 slot 61"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.108441Z", Info, "obc-sim-2", "Nov 29 07:41:17 obc-sim-2 FlightSoftware[31207]: EVENT: (1281) (2:1795938077,108441) ACTIVITY_HI: (cmdDisp) OpCodeDispatched : Opcode 0x5102 dispatched to port 17"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.110902Z", Info, "obc-sim-2", "Nov 29 07:41:17 obc-sim-2 FlightSoftware[31207]: EVENT: (1282) (2:1795938077,110902) ACTIVITY_LO: (cmdDisp) OpCodeCompleted : Opcode 0x5102 completed"),
			we("2026-11-29T07:41:22Z|2026-11-29T07:41:22.731560Z", Warn, "obc-sim-2", "Nov 29 07:41:22 obc-sim-2 FlightSoftware[31207]: EVENT: (20738) (2:1795938082,731560) WARNING_HI: (radioLink) FramerBufferOverflow : Downlink frame dropped, queue depth 64"),
			we("2026-11-29T07:41:24Z|2026-11-29T07:41:24.015337Z", Warn, "obc-sim-2", "Nov 29 07:41:24 obc-sim-2 FlightSoftware[31207]: EVENT: (16642) (2:1795938084,015337) WARNING_LO: (health) HLTH_PING_LATE : Ping entry sunSensor late"),
		},
	},
	{
		name:   "sfptpd-stderr-messages-and-stats",
		source: "Solarflare/AMD sfptpd with message_log stderr and stats_log stdout on one console (src/sfptpd_logging.c: messages `%Y-%m-%d %X.%06d: <priority>: msg` with the syslog priority words, trace as `debug`; real-time stats `<time> [instance:source->clock], offset: …, freq-adj: …, in-sync: …`): Xilinx-CNS/sfptpd sfptpd_logging.c and config/ptp_slave.cfg (found with the code search)",
		why:    "a zone-less local date and time with microseconds before a colon (UTC by the rules); the priority word after it (info, notice, warning, error, debug); the stats lines carry no level; `ptp1` and `phc1` are a sync instance and a clock, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204518Z", Info, "", "2026-11-29 07:41:16.204518: info: using configuration file /etc/sfptpd.conf"),
			we("2026-11-29T07:41:16.311902Z", Notice, "", "2026-11-29 07:41:16.311902: notice: ptp1: selected as sync instance, now in state ptp-listening"),
			we("2026-11-29T07:41:19.870133Z", Warn, "", "2026-11-29 07:41:19.870133: warning: clock phc1(enp65s0f0): step of 0.000412003 s applied to clock"),
			we("2026-11-29T07:41:21.000094Z", Unknown, "", "2026-11-29 07:41:21.000094 [ptp1:gm->phc1(enp65s0f0)], offset: -14.250, freq-adj: 1532.104, in-sync: 1, one-way-delay: 512.000"),
			we("2026-11-29T07:41:21.000311Z", Unknown, "", "2026-11-29 07:41:21.000311 [phc1->system], offset: 3.125, freq-adj: -8801.442, in-sync: 1"),
			we("2026-11-29T07:41:24.558810Z", Error, "", "2026-11-29 07:41:24.558810: error: ptp1: failed to retrieve transmit timestamp for Delay_Req, seq 1207"),
			we("2026-11-29T07:41:24.559002Z", Debug, "", "2026-11-29 07:41:24.559002: debug: ptp1: servo pid filter reset"),
		},
	},
	{
		name:   "yamcs-server-compact-log",
		source: "Yamcs Server's yamcs-server.log.N written by org.yamcs.logging.CompactFormatter (`MMM dd HH:mm:ss.SSS <instance or _global> <logger> [<thread id>] [<JUL level>] msg`, a thrown exception as `: <exception>` then tab-indented frames, `Caused by:` and a blank line): yamcs/yamcs CompactFormatter.java, docs.yamcs.org Server Administration / Logging",
		why:    "a month-name date without a year (2026) with milliseconds, zone-less (UTC); the bracketed JUL level after the thread id (INFO, WARNING, SEVERE Error, FINE Debug); `simulator` and `_global` are Yamcs instances, no host; a stack trace is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.318Z", Info, "", "Nov 29 07:41:16.318 _global org.yamcs.YamcsServer [1] [INFO] Yamcs started in 5312ms. Started 3 of 3 instances and 11 services"),
			we("2026-11-29T07:41:16.402Z", Info, "", "Nov 29 07:41:16.402 _global org.yamcs.http.HttpServer [1] [INFO] Website deployed at http://gs-ops-3:8090"),
			we("2026-11-29T07:41:18.027Z", Debug, "", "Nov 29 07:41:18.027 simulator org.yamcs.tctm.UdpTmDataLink [41] [FINE] Received packet of length 132 from 10.61.0.18"),
			we("2026-11-29T07:41:21.744Z", Warn, "", "Nov 29 07:41:21.744 simulator org.yamcs.tctm.TcpTcDataLink [38] [WARNING] Connection to 10.61.0.18:10025 lost, will retry in 5000ms"),
			we("2026-11-29T07:41:23.903Z", Error, "",
				"Nov 29 07:41:23.903 simulator org.yamcs.archive.XtceTmRecorder [52] [SEVERE] Error while recording packet: java.lang.IllegalStateException: stream tm_realtime is closed",
				"\torg.yamcs.yarch.Stream.emitTuple(Stream.java:87)",
				"\torg.yamcs.archive.XtceTmRecorder$StreamRecorder.onTuple(XtceTmRecorder.java:204)",
				"\tjava.base/java.lang.Thread.run(Thread.java:1583)",
				""),
			we("2026-11-29T07:41:24.110Z", Info, "", "Nov 29 07:41:24.110 simulator org.yamcs.tctm.TcpTcDataLink [38] [INFO] Link connected to 10.61.0.18:10025"),
		},
	},
	{
		name:   "sptp-logrus-console",
		source: "Meta's sptp (facebook/time cmd/sptp) run by hand with -verbose, logrus' text formatter on a terminal (`LEVL[seconds since start] msg`, DEBU INFO WARN ERRO): facebook/time issue #466 (a pasted run), PR #278",
		why:    "the bracketed number is seconds since start, no time; a DELAY_REQ line carries a packet's T3 time in its message that is not the record's; the four-letter level; the server address is a peer",
		entries: []worldEntry{
			we("", Warn, "", "WARN[0000] overriding iface from CLI flag"),
			we("", Debug, "", "DEBU[0000] starting PHC frequency: -3921.55126953125"),
			we("", Info, "", "INFO[0000] Starting http json server on :4269"),
			we("", Debug, "", "DEBU[0000] [10.20.4.1] client -> DELAY_REQ (seq=8812, our T3=2026-11-29 07:41:17.406176045 +0000 UTC)"),
			we("", Error, "", "ERRO[0002] result 10.20.4.1: timed out waiting for SYNC from 10.20.4.1"),
		},
	},
	{
		name:   "satpulsed-journal-logfmt-tail",
		source: "SatPulse's satpulsed GNSS-to-PTP daemon under systemd, read with journalctl (a BSD journal line, then a sentence and slog-style `key=value` attributes): jclark/satpulse issue #264 (a pasted journal)",
		why:    "the journal's time and host; the message's `key=value` tail (path, freq, refPeriod) carries no level and no time; the PTP clock device is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gm-rack4", "Nov 29 07:41:16 gm-rack4 satpulsed[733]: selected PTP hardware clock: path=/dev/ptp0 known=true bothEdges=false oneEdge=true poll4Hz=true"),
			we("2026-11-29T07:41:17Z", Unknown, "gm-rack4", "Nov 29 07:41:17 gm-rack4 satpulsed[733]: detected a GPS"),
			we("2026-11-29T07:41:17Z", Unknown, "gm-rack4", "Nov 29 07:41:17 gm-rack4 satpulsed[733]: enabled external timestamping on the PTP hardware clock: device=/dev/ptp0 pin=0 channel=0 edgesPerPulse=1"),
			we("2026-11-29T07:41:18Z", Unknown, "gm-rack4", "Nov 29 07:41:18 gm-rack4 satpulsed[733]: successfully received a external timestamp from the PTP hardware clock"),
			we("2026-11-29T07:41:21Z", Unknown, "gm-rack4", "Nov 29 07:41:21 gm-rack4 satpulsed[733]: initial corrected frequency: freq=9120.55412 refPeriod=3s localPeriod=2.999972637s"),
		},
	},
}

func TestFresh651Formats(t *testing.T) { assertTable(t, fresh651Cases) }
func TestFresh651Score(t *testing.T) {
	checkScore(t, "fresh651 formats", fresh651Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 99.9})
}
