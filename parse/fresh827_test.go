package parse

import "testing"

// The eight-hundred-and-twenty-seventh fresh table: time synchronization and GNSS, in the shapes
// of products and tools no earlier table holds. Each family is one product's output: Intel's
// synce4l (the SyncE daemon of the linuxptp family) on stdout with -m (`synce4l[mono.ms]:`, a
// monotonic stamp, no wall time) and through syslog (the monotonic stamp in brackets after an RFC
// 3164 header); ntp's ntptime utility, its two-call report appended to a file by cron (a block
// whose time is prettydate's hex NTP stamp and local date); the BKG Ntrip Client's log file (a
// two-digit-year `yy-MM-dd HH:mm:ss`, a mountpoint before the message); AWS ClockBound's daemon
// with Rust tracing on stdout (ISO-Z microseconds, a padded level, the module target); Meinberg's
// mbgsvcd through syslog; gpsd's gpscsv (a CSV header, then one TPV a row with an ISO-Z time);
// Windows' `w32tm /query /status` appended to a file by a scheduled task (a block of `Name: value`
// lines whose only time is `Last Successful Sync Time:` in the US 12-hour form).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `gpsd`, `chrony`, `chronyd`, `peerstats`, `loopstats`, `clockstats`,
// `rawstats`, `ptp4l`, `phc2sys`, `ts2phc`, `timemaster`, `u-blox`, `ubxtool`, `gpsmon`,
// `meinberg`, `mbgsvcd`, `mbgstatus`, `lantime`, `mbg`, `ntpsec`, `ntpd`, `ntpdate`, `openntpd`,
// `sntp`, `timesyncd`, `linuxptp`, `pmc`, `ptpd`, `ptpd2`, `gpsctl`, `cgps`, `gpspipe`, `NMEA`,
// `GPGGA`, `$GP`, `$GN`, `ntpviz`, `ntpmon`, `clknetsim`, `chronyc`, `chronyc -c`, `sourcestats`,
// `measurements.log`, `statistics.log`, `tracking.log`, `refclocks`, `tempcomp`, `ntp_shm`,
// `phc_ctl`, `hwstamp`, `rtklib`, `str2str`, `rtkrcv`, `gnss-sdr`, `satpulse`, `ppstest`,
// `w32time`, `w32tm`, `stripchart`, `query /status`, `Last Successful Sync Time`, `Leap Indicator`,
// `ntp.log`, `ntpq`, `master offset`, `selected best master`, `ublox`, `ubx`, `NAV-PVT`, `ptp4l[`,
// `phc2sys[`, `ts2phc[`, `selected source`, `System clock wrong`, `ntpd[`, `chronyd[`, `NTS-KE`,
// `ntske`, `sptp`, `fbclock`, `ptp4u`, `ptpcheck`, `calnex`, `ntpresponder`, `timebeat`,
// `ntpd-rs`, `statime`, `rsntp`, `gpsd_json`, `TPV`, `gpscsv`, `ept,lat`, `gpsdecode`, `gpsrinex`,
// `gps2udp`, `gpxlogger`, `ntpshmviz`, `htpdate`, `tlsdate`, `ntpclient`, `roughtime`,
// `clockdiff`, `clockbound`, `clock_bound`, `clockboundd`, `BKG Ntrip Client`, `Get data in RTCM`,
// `Configuration read`, `ntripclient`, `synce4l`, `synce`, `eec_state`, `dpll`, `tz2alt`, `nsm`,
// `hwclock`, `ppsi`, `wr-switch`, `ntploggps`, `ntptime`, `ntp_gettime() returns`,
// `ntp_adjtime() returns`, `adjtimex`, `ntptrace`, `spectracom`, `securesync`, `syncserver`,
// `endrun`, `oregano`, `syn1588`, `timecard`, `ocp-tap`, `Lady Heather`, `ntpleapfetch`,
// `timingstats`, `sysstats`, `protostats`. Left out as measured already: gpsd's foreground debug,
// gpspipe and ntpshmmon, chrony's every log file and chronyc's sources and tracking, ntpd's and
// NTPsec's stats files, ptp4l, phc2sys, ts2phc, timemaster and pmc in every form, ptpd2, OpenNTPD,
// ntpd-rs, sptp, satpulsed, sfptpd, w32tm's stripchart and the W32Time debug log, htpdate (read with
// OpenBSD's syslogd), ntpdig. `synce` matches only unrelated words (`async`, `syncer`), `mbg` and
// `Configuration read` other products, `Leap Indicator` ntpdc's sysinfo; synce4l, ntptime's
// report, BNC, ClockBound, mbgsvcd, gpscsv and `w32tm /query /status` are in no table. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). synce4l's `[8837.741]` is CLOCK_MONOTONIC seconds since boot, no time: on
// stdout its records have none; through syslog the header's year-less date is the record's time
// (2026). ntptime's report is one record per run, timed by its ntp_gettime() line (the hex NTP
// stamp and prettydate's local date say the same instant; the local date, zone-less, is read as
// UTC). BNC's `26-11-29` is a two-digit year, 2026, zone-less; ClockBound's and gpscsv's times end
// in Z; mbgsvcd's syslog header is year-less (2026); w32tm's `11/29/2026 7:41:16 AM` is the zone-less
// local time of the last sync, the block's only time. Levels only where the line marks one:
// ClockBound's tracing level (INFO, WARN, ERROR, DEBUG); synce4l (neither form writes its level),
// ntptime (`returns code 0 (OK)` is a return code), BNC, mbgsvcd through a plain RFC 3164 file,
// gpscsv and w32tm carry none. The host is the record's host field: the syslog header's host for
// synce4l and mbgsvcd; none for the others (BNC's mountpoint, w32tm's `Source:` server and
// ClockBound's chrony address are peers). Multi-line records: ntptime's report and w32tm's
// status block are one entry each.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory" (synce4l's syslog form, ntptime's report, BNC's log line, ClockBound's tracing layout,
// mbgsvcd's messages, gpscsv's columns, w32tm's status block). Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit cd08169 before any rule for it: level 100.0 %, time 75.0 %,
// host 100.0 %, records 75.0 %.
// That is the macro figure (micro: level 100.0 %, time 80.6 %, host 100.0 %, records 80.6 %), in a
// worktree at cd08169 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are the two multi-line blocks: ntptime's report is cut at its
// `ntp_adjtime()` line and its prettydate time line is not read, and w32tm's status block is split
// into its `Name: value` lines, so neither record gets its time.

var fresh827Cases = []worldCase{
	{
		name:   "synce4l-stdout-monotonic",
		source: "Intel synce4l run with -m (linuxptp's print(): `progname[mono_sec.ms]: [message_tag] msg`, `synce4l[8837.741]: [synce4l] created synce1`, `config item synce1.recover_time is 20 (0x14)`): intel/synce4l issue #38",
		why:    "the bracketed number after the program is CLOCK_MONOTONIC seconds since boot, no wall time; the message tag in brackets is no level and no host; no level at all",
		entries: []worldEntry{
			we("", Unknown, "", "synce4l[5120.338]: [synce4l] created synce1"),
			we("", Unknown, "", "synce4l[5120.338]: [synce4l] config item synce1.recover_time is 30 (0x1e)"),
			we("", Unknown, "", "synce4l[5120.346]: [synce4l] clock_source enp81s0f0 added on device synce1 addr 0x2c41a60"),
			we("", Unknown, "", "synce4l[5151.902]: [synce4l] EEC_LOCKED/EEC_LOCKED_HO_ACQ on synce1 of enp81s0f0"),
		},
	},
	{
		name:   "synce4l-syslog-monotonic-stamp",
		source: "synce4l through syslog() into rsyslog's traditional file: linuxptp's print() writes `[mono_sec.ms] [message_tag] msg` to syslog (from memory), under the RFC 3164 header; the message tag and messages as in intel/synce4l issue #38",
		why:    "a bracketed monotonic stamp right after the tag's colon: the header's year-less date is the record's time, the monotonic seconds are none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gm-edge02", "Nov 29 07:41:16 gm-edge02 synce4l[2211]: [5120.338] [synce4l] created synce1"),
			we("2026-11-29T07:41:16Z", Unknown, "gm-edge02", "Nov 29 07:41:16 gm-edge02 synce4l[2211]: [5120.346] [synce4l] clock_source enp81s0f0 added on device synce1 addr 0x2c41a60"),
			we("2026-11-29T07:41:48Z", Unknown, "gm-edge02", "Nov 29 07:41:48 gm-edge02 synce4l[2211]: [5151.902] [synce4l] EEC_LOCKED/EEC_LOCKED_HO_ACQ on synce1 of enp81s0f0"),
			we("2026-11-29T07:52:03Z", Unknown, "gm-edge02", "Nov 29 07:52:03 gm-edge02 synce4l[2211]: [5766.015] [synce4l] EEC_HOLDOVER on synce1 of enp81s0f0"),
		},
	},
	{
		name:   "ntptime-report-cron-append",
		source: "ntp's util/ntptime.c report (`ntp_gettime() returns code %d (%s)`, `  time %s, (.%0*d),` with prettydate's `hex.frac  Sun, Nov 29 2026  7:41:16.235`, `ntp_adjtime() returns code`, modes, offset, status, time constant lines) appended by cron: from memory",
		why:    "a multi-line report per run; its only time is on the second line, the hex NTP stamp and the local date of the same instant; `returns code 0 (OK)` is no level",
		gap:    "the report is not read as one record: it is cut at the `ntp_adjtime() returns code` line, and the `  time <hex>.<frac>  Sun, Nov 29 2026  7:41:16.235,` line's prettydate (weekday, month name, day, year, unpadded hour) is not read, so every report has no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.235Z", Unknown, "",
				"ntp_gettime() returns code 0 (OK)",
				"  time eeb6559c.3c28f5c2  Sun, Nov 29 2026  7:41:16.235, (.235041),",
				"  maximum error 187500 us, estimated error 14 us, TAI offset 37",
				"ntp_adjtime() returns code 0 (OK)",
				"  modes 0x0 (),",
				"  offset -8.412 us, frequency 11.306 ppm, interval 1 s,",
				"  maximum error 187500 us, estimated error 14 us,",
				"  status 0x2001 (PLL,NANO),",
				"  time constant 7, precision 0.001 us, tolerance 500 ppm,"),
			we("2026-11-29T07:51:16.24Z", Unknown, "",
				"ntp_gettime() returns code 0 (OK)",
				"  time eeb657f4.3d70a3d7  Sun, Nov 29 2026  7:51:16.240, (.240112),",
				"  maximum error 190500 us, estimated error 11 us, TAI offset 37",
				"ntp_adjtime() returns code 0 (OK)",
				"  modes 0x0 (),",
				"  offset 3.977 us, frequency 11.298 ppm, interval 1 s,",
				"  maximum error 190500 us, estimated error 11 us,",
				"  status 0x2001 (PLL,NANO),",
				"  time constant 7, precision 0.001 us, tolerance 500 ppm,"),
			we("2026-11-29T08:01:16.238Z", Unknown, "",
				"ntp_gettime() returns code 5 (ERROR)",
				"  time eeb65a4c.3ced9168  Sun, Nov 29 2026  8:01:16.238, (.238003),",
				"  maximum error 16000000 us, estimated error 16000000 us, TAI offset 37",
				"ntp_adjtime() returns code 5 (ERROR)",
				"  modes 0x0 (),",
				"  offset 0.000 us, frequency 11.298 ppm, interval 1 s,",
				"  maximum error 16000000 us, estimated error 16000000 us,",
				"  status 0x2041 (PLL,UNSYNC,NANO),",
				"  time constant 7, precision 0.001 us, tolerance 500 ppm,"),
		},
	},
	{
		name:   "bkg-ntrip-client-bnc-logfile",
		source: "the BKG Ntrip Client (BNC) log file (`yy-MM-dd hh:mm:ss msg`, a stream's mountpoint before its messages, `Get data in RTCM 3.x format`): BNC's help, software.rtcm-ntrip.org bnchelp.html (the product and its logfile option); the line layout from memory",
		why:    "a two-digit year first (26-11-29); the mountpoint before the colon is a stream, no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "26-11-29 07:41:16 Configuration read: BNC.bnc, 3 stream(s)"),
			we("2026-11-29T07:41:17Z", Unknown, "", "26-11-29 07:41:17 KARL00DEU0: Get data in RTCM 3.x format"),
			we("2026-11-29T07:41:17Z", Unknown, "", "26-11-29 07:41:17 HELG00DEU0: Get data in RTCM 3.x format"),
			we("2026-11-29T07:43:52Z", Unknown, "", "26-11-29 07:43:52 KARL00DEU0: Data timeout, reconnecting in 16 seconds"),
			we("2026-11-29T07:44:08Z", Unknown, "", "26-11-29 07:44:08 KARL00DEU0: Response: HTTP/1.1 200 OK"),
		},
	},
	{
		name:   "aws-clockbound-daemon-tracing",
		source: "AWS ClockBound's clockbound daemon (aws/clock-bound) logging with Rust tracing's default fmt layer on stdout (`2026-11-29T07:41:16.402817Z  INFO module::path: msg`): the daemon from aws/clock-bound issue #20 and its README; the tracing layout from memory",
		why:    "an ISO time ending in Z with microseconds, a right-padded level word, the module target before a colon; chrony's address in the message is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402817Z", Info, "", "2026-11-29T07:41:16.402817Z  INFO clock_bound::daemon: ClockBound daemon starting, max_drift_ppb=15000"),
			we("2026-11-29T07:41:16.404102Z", Debug, "", "2026-11-29T07:41:16.404102Z DEBUG clock_bound::chrony_client: polling chronyd at 127.0.0.1:323"),
			we("2026-11-29T07:41:17.511930Z", Warn, "", "2026-11-29T07:41:17.511930Z  WARN clock_bound::clock_state_fsm: chronyd reports leap status unsynchronized, clock status UNKNOWN"),
			we("2026-11-29T07:41:48.009311Z", Error, "", "2026-11-29T07:41:48.009311Z ERROR clock_bound::chrony_client: tracking request failed: Resource temporarily unavailable (os error 11)"),
			we("2026-11-29T07:42:18.006475Z", Info, "", "2026-11-29T07:42:18.006475Z  INFO clock_bound::clock_state_fsm: clock status SYNCHRONIZED, bound 312.5us"),
		},
	},
	{
		name:   "meinberg-mbgsvcd-syslog",
		source: "Meinberg's mbgtools-lx mbgsvcd (the service daemon feeding ntpd's SHM from a Meinberg PCI/USB clock) through syslog into rsyslog's traditional file: from memory (the daemon's messages are invented in its style)",
		why:    "a plain RFC 3164 line; the card's model and serial number after the tag are no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "tsrv-03", "Nov 29 07:41:16 tsrv-03 mbgsvcd[918]: mbgsvcd v4.2.24 starting, 1 device(s) found"),
			we("2026-11-29T07:41:16Z", Unknown, "tsrv-03", "Nov 29 07:41:16 tsrv-03 mbgsvcd[918]: GPS180PEX 029511026581: using SHM unit 0 for ntpd"),
			we("2026-11-29T07:41:47Z", Unknown, "tsrv-03", "Nov 29 07:41:47 tsrv-03 mbgsvcd[918]: GPS180PEX 029511026581: reference time not synchronized, antenna disconnected"),
			we("2026-11-29T07:48:05Z", Unknown, "tsrv-03", "Nov 29 07:48:05 tsrv-03 mbgsvcd[918]: GPS180PEX 029511026581: synchronized after antenna reconnect"),
		},
	},
	{
		name:   "gpsd-gpscsv-tpv",
		source: "gpsd's gpscsv client (`gpscsv -n 4`: a header of the TPV fields, then one row per TPV, the time as ISO 8601 UTC with milliseconds): gpscsv(1); the column list from memory",
		why:    "a CSV header to skip, then rows whose first column is an ISO-Z time; no level, no host",
		entries: []worldEntry{
			wskip("time,ept,lat,lon,altHAE,epx,epy,epv,track,speed,climb,eps,mode"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T07:41:16.000Z,0.005,48.13712455,11.57548211,561.204,2.143,2.877,5.912,211.4051,0.021,0.004,5.75,3"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29T07:41:17.000Z,0.005,48.13712461,11.57548207,561.198,2.143,2.877,5.912,211.4051,0.018,-0.002,5.75,3"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026-11-29T07:41:18.000Z,0.005,48.13712449,11.57548219,561.311,2.151,2.884,5.927,209.8803,0.019,0.011,5.77,3"),
		},
	},
	{
		name:   "windows-w32tm-query-status-append",
		source: "Windows Time's `w32tm /query /status` output appended to a file by a scheduled task (`Leap Indicator:`, `Stratum:`, `Precision:`, `Root Delay:`, `Root Dispersion:`, `ReferenceId:`, `Last Successful Sync Time: 11/29/2026 7:41:16 AM`, `Source:`, `Poll Interval:`): from memory",
		why:    "a block of `Name: value` lines; its only time is the last sync in the US 12-hour form on the seventh line; `Source:` names the time server, a peer; no level",
		gap:    "the status block is not joined: each `Name: value` line is an entry of its own, so the `Leap Indicator:` line that opens the record has no time, though the block's `Last Successful Sync Time: 11/29/2026 7:41:16 AM` carries it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Leap Indicator: 0(no warning)",
				"Stratum: 3 (secondary reference - syncd by (S)NTP)",
				"Precision: -23 (119.209ns per tick)",
				"Root Delay: 0.0214233s",
				"Root Dispersion: 7.7924519s",
				"ReferenceId: 0x0A14000B (source IP:  10.20.0.11)",
				"Last Successful Sync Time: 11/29/2026 7:41:16 AM",
				"Source: dc02.corp.example",
				"Poll Interval: 10 (1024s)"),
			we("2026-11-29T08:58:20Z", Unknown, "",
				"Leap Indicator: 0(no warning)",
				"Stratum: 3 (secondary reference - syncd by (S)NTP)",
				"Precision: -23 (119.209ns per tick)",
				"Root Delay: 0.0198364s",
				"Root Dispersion: 7.8031120s",
				"ReferenceId: 0x0A14000B (source IP:  10.20.0.11)",
				"Last Successful Sync Time: 11/29/2026 8:58:20 AM",
				"Source: dc02.corp.example",
				"Poll Interval: 10 (1024s)"),
			we("2026-11-29T10:15:24Z", Unknown, "",
				"Leap Indicator: 3(not synchronized)",
				"Stratum: 0 (unspecified)",
				"Precision: -23 (119.209ns per tick)",
				"Root Delay: 0.0000000s",
				"Root Dispersion: 0.0000000s",
				"ReferenceId: 0x00000000 (unspecified)",
				"Last Successful Sync Time: 11/29/2026 10:15:24 AM",
				"Source: Local CMOS Clock",
				"Poll Interval: 10 (1024s)"),
		},
	},
}

func TestFresh827Formats(t *testing.T) { assertTable(t, fresh827Cases) }

func TestFresh827Score(t *testing.T) {
	checkScore(t, "fresh827 formats", fresh827Cases, [worldNumFields]float64{99.9, 74.9, 99.9, 74.9})
}
