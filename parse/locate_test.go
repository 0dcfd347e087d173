package parse

import (
	"encoding/binary"
	"fmt"
	"testing"
	"time"
)

// locateNow is the locator tests' clock: the day the sample lines below were written.
var locateNow = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

// TestLocateSpellings runs the locator over the spellings of a time that real logs use, each at
// the place its logger puts it, and over numbers that only look like times.
func TestLocateSpellings(t *testing.T) {
	cases := []struct {
		line, want string // want is RFC 3339 in UTC, "" for no time
		why        string
	}{
		{"2026-11-29T07:41:16.123456Z msg", "2026-11-29T07:41:16.123456Z", "RFC 3339"},
		{"[1] 2026/11/29 07:19:40.624334 [INF] x", "2026-11-29T07:19:40.624334Z", "NATS: after a pid in brackets, slashes"},
		{"app.log.1 2026-11-29 00:00:00.008 25746 INFO x", "2026-11-29T00:00:00.008Z", "OpenStack: after a file name"},
		{"11-29 07:41:16.811  1702  2395 D Tag: x", "2026-11-29T07:41:16.811Z", "logcat: month-day without a year"},
		{"261129 074116 148 INFO x", "2026-11-29T07:41:16Z", "Hadoop: compact two-digit year and clock"},
		{"26/11/29 07:41:16 WARN x", "2026-11-29T07:41:16Z", "Spark: two-digit year first"},
		{"29/11/26 07:41:16 x", "2026-11-29T07:41:16Z", "two-digit year last, day first (the year-first reading is ahead of now)"},
		{"11/29/2026 07:41:16 x", "2026-11-29T07:41:16Z", "US month/day/year"},
		{"29.11.2026 07:41:16 x", "2026-11-29T07:41:16Z", "dotted day.month.year"},
		{"2026-11-29 07:41:16, Info  CBS x", "2026-11-29T07:41:16Z", "Windows CBS: comma after the time"},
		{"Nov 29 2026 07:41:16 fw01 : %ASA-6-302013: x", "2026-11-29T07:41:16Z", "Cisco ASA: month word with year"},
		{"Nov  9 07:41:16 host x", "2026-11-09T07:41:16Z", "BSD syslog: padded day, no year"},
		{"WARN [11-29|07:41:19.004] peer dropped", "2026-11-29T07:41:19.004Z", "log15 and go-ethereum: a level, then month-day and the clock split by a pipe"},
		{"CRIT[11-29|07:41:19.004] out of disk", "2026-11-29T07:41:19.004Z", "the same, the level glued to the bracket"},
		{"[2026-11-29][07:41:16][app::sync][WARN] x", "2026-11-29T07:41:16Z", "fern's example: the date and the clock in brackets of their own"},
		{"row [11-29|07:41:19] x", "", "a year-less date only as the first word or after a level word"},
		{"call load_stats(1, '2026-11-28 00:00:00');", "", "a quoted argument in a query is the query's, not the line's time"},
		{"10.0.0.5 \"2026-11-29T07:41:16+08:00\" \"GET / HTTP/1.1\" 200 612", "2026-11-28T23:41:16Z", "nginx's $time_iso8601 in quotes is the line's time"},
		{"lastTimestamp: \"2026-11-29T07:41:16Z\"", "2026-11-29T07:41:16Z", "a quoted value after its key is the line's time"},
		{"May 10:05:20 . 0 clients", "", "a month and a day, then a clock without seconds: no date glued to a clock by a colon"},
		{"29 May 10:05:20 . 0 clients", "2026-05-29T10:05:20Z", "Redis: day, month, clock"},
		{"1764401476.049   5006 10.0.0.7 TCP_MISS/200", "2025-11-29T07:31:16.049Z", "Squid: epoch seconds with milliseconds"},
		{"1764401476123 INFO x", "2025-11-29T07:31:16.123Z", "epoch milliseconds as the first column"},
		{"type=SYSCALL msg=audit(1764401476.588:4686): arch=c000003e", "2025-11-29T07:31:16.588Z", "auditd: epoch inside msg=audit("},
		{"[2026-11-29T07:41:16.647+0000][32376][gc] x", "2026-11-29T07:41:16.647Z", "JVM unified logging: +0000"},
		{"Sat Nov 29 07:41:16 2026 -04:00", "2026-11-29T11:41:16Z", "ctime with an offset after the year"},
		{"Sat Nov 29 07:41:16 CET 2026", "2026-11-29T06:41:16Z", "date(1): zone abbreviation before the year"},
		{"2026-11-29 07:41:16.123 CEST [2811] LOG:  x", "2026-11-29T05:41:16.123Z", "PostgreSQL: zone abbreviation"},
		{"2026-11-29 07:41:16 PDT x", "2026-11-29T14:41:16Z", "PDT is UTC-7"},
		{"2026-11-29 07:41:16 IST x", "2026-11-29T02:11:16Z", "IST is India's, +05:30, unless the local zone calls itself IST"},
		{"[WARN] 2026-11-29T07:41:16Z x", "2026-11-29T07:41:16Z", "after a level"},
		{"11/29-07:41:16.123456  [**] [1:2000:1] probe [**]", "2026-11-29T07:41:16.123456Z", "Snort: month/day, a dash, the clock"},
		{"step 11/29-07:41 x", "", "month/day and a dash inside a sentence's word is no date"},
		{"- 1764401476 2025.11.29 R1-M0 2025-11-28-23.31.16.123456 R1-M0 RAS KERNEL INFO x", "2025-11-28T23:31:16.123456Z", "BGL: the written wall-clock time over the epoch column before it"},
		{"Nov-29 07:41:16.412 [main] DEBUG nextflow.cli.Launcher - run", "2026-11-29T07:41:16.412Z", "Nextflow: the month and the day joined by a dash"},
		{"WARNING 11-29 07:41:21 [cuda.py:412] x", "2026-11-29T07:41:21Z", "vLLM: a date without a year after the level"},
		{"steps 11-29 07:41 done", "", "a date without a year after a word that is no level"},
		{"20261129-07:41:16:11|Step_LSC|30002312|onStandStepChanged 3579", "2026-11-29T07:41:16.011Z", "HealthApp: a count of milliseconds after a colon, not padded"},
		{"20261129-7:4:6:1|Step_LSC|30002312|onStandStepChanged 3579", "2026-11-29T07:04:06.001Z", "HealthApp: no field of the clock padded"},
		{"[2026-Nov-29 07:41:16.412074] <info> started", "2026-11-29T07:41:16.412074Z", "Boost.Log's default: the year, the month's name, the day"},
		{"WARN  | 07:41:16 413 [Router] No suitable channel", "2026-11-29T07:41:16Z", "a clock after a level and a pipe, on the clock's day"},
		{"Fixed | 07:41:16 bug", "", "a word that is no level before the pipe gives no time"},
		{"build 2026-Nov-x 07:41:16", "", "a year and a month's name without a day is no date"},
		{"20261130-0:0:0:232|Step_SPUtils|30002312|setDiffTotalSteps=8874", "2026-11-30T00:00:00.232Z", "HealthApp at midnight"},
		{"build 20261130-1:2:3 deployed", "", "an unpadded clock without HealthApp's milliseconds is a version's numbers"},
		{"20261129-22:5:29:606|Step_LSC|30002312|onExtend:1514038530000 14 0 4", "2026-11-29T22:05:29.606Z", "HealthApp: the minute alone not padded"},
		{"[2026.11.29-07.41.16:123][  0]LogNet: Warning: x", "2026-11-29T07:41:16.123Z", "Unreal Engine: dotted clock, milliseconds after a colon"},
		{"20261128 000001 DEBIT 12.00 ACME", "", "a compact date and a sequence number are no clock"},
		{"1 1/3 12:00:01 ok", "", "a year-less date after a number is a count's fraction"},
		{"20261129 074116 099.0 231.2 [OL]", "2026-11-29T07:41:16Z", "a compact date, a blank and a compact clock (NUT's upslog)"},
		{"[29112026 07:41:16] dionaea dionaea.c:245-info: x", "", "a compact date day first is not read: on days to the 12th it reads month first as well"},
		{"1,2026/11/29 07:41:16,012801096514,TRAFFIC,end", "2026-11-29T07:41:16Z", "PAN-OS's CSV: the serial number after the comma is no fraction"},
		{"2026-11-29 07:41:16,123,INFO,started", "2026-11-29T07:41:16.123Z", "milliseconds before a CSV's next field"},
		{"2026-11-29T07:41:16,412070981,x", "2026-11-29T07:41:16Z", "nine digits before a comma are the next field's"},
		{"[31022026 07:41:16] x", "", "no such day either way"},
		{"261129074116.773 3128 00000 - 10.0.0.4:51234", "2026-11-29T07:41:16.773Z", "twelve packed digits and a fraction open the line (3proxy)"},
		{"id 261129074116.773 ok", "", "twelve packed digits after a word are an id"},
		{"20261129:07:41:16:004120 gpstart:mdw:gpadmin-[INFO]:-x", "2026-11-29T07:41:16Z", "a compact date, a colon and a clock; the pid after it is no fraction"},
		{"2026 11 29 08:41:16 Info x", "2026-11-29T08:41:16Z", "a date's parts between blanks, with a clock after them"},
		{"2026 11 29 items shipped", "", "numbers between blanks without a clock are no date"},
		{"(3) Nov29 07:41:16 Main [App] >> x", "2026-11-29T07:41:16Z", "a month name glued to its day (BeeGFS)"},
		{"reNov29 07:41:16 x", "", "a month's name that ends a longer word is none"},
		{"4121  2f14  11/29 07:41:16 ### x", "2026-11-29T07:41:16Z", "a year-less date after a pid and a hexadecimal thread id (Commvault)"},
		{"cafe 11/29 07:41:16 x", "", "a year-less date after a word is no column's"},
		{"step 11/29 07:41:16 x", "", "nor after a word of a sentence"},
		{"(2026-11-29  7:41:16:123456): [sssd] x", "2026-11-29T07:41:16.123456Z", "sssd: microseconds after a colon"},
		{"[CET Nov 29 08:41:16] info     : x", "2026-11-29T07:41:16Z", "Monit: the zone written before the date"},
		{"[CRIT Nov 29 08:41:16] x", "2026-11-29T08:41:16Z", "a word before the date that names no zone"},
		{"Nov 29, 2026 7:41:16 PM org.example.Main start", "2026-11-29T19:41:16Z", "java.util.logging: comma, unpadded hour, PM"},
		{"Nov 29, 2026 12:05:00 AM x", "2026-11-29T00:05:00Z", "12 AM is midnight"},
		{"29-Nov-2026 07:41:16.123 SEVERE [main] x", "2026-11-29T07:41:16.123Z", "Tomcat: day-month word-year"},
		{"10.0.0.1 - - [29/Nov/2026:07:41:16 +0100] \"GET /\"", "2026-11-29T06:41:16Z", "access log time"},
		{"*Nov 29 07:41:16.123: %SYS-5-CONFIG_I: x", "2026-11-29T07:41:16.123Z", "Cisco IOS: leading star"},
		{"[11.29 07:41:16] chrome.exe - x", "2026-11-29T07:41:16Z", "Proxifier: dotted month.day"},
		{"Start-Date: 2026-11-29  07:41:16", "2026-11-29T07:41:16Z", "apt history: two blanks between date and clock"},
		{"20261129T074116.5 x", "2026-11-29T07:41:16.5Z", "compact ISO"},
		{"Saturday, November 29, 2026 7:41:16 AM x", "2026-11-29T07:41:16Z", "long names"},
		{"Sat, 29 Nov 2026 07:41:16 GMT x", "2026-11-29T07:41:16Z", "RFC 1123"},
		{"2026-11-29 07:41:16 UTC+2 x", "2026-11-29T05:41:16Z", "UTC with an offset"},
		{"Sun Nov 29 2026 08:41:16 GMT+0100 (Central European Standard Time) <41> x", "2026-11-29T07:41:16Z", "JavaScript's Date.toString: GMT with a four-digit offset and the zone's name"},
		{"Sun Nov 29 2026 02:41:16 GMT-05:00 x", "2026-11-29T07:41:16Z", "GMT with a west offset written with a colon"},
		{"07:41:16.250 [main] INFO x", "2026-11-29T07:41:16.25Z", "logback: a time of day alone, at the start"},
		{"(041207) [07:41:16] Starting session", "2026-11-29T07:41:16Z", "a time of day alone in a bracket of its own after a process column"},
		{"MSI (s) (94:D4) [07:41:19:412]: Executing op", "2026-11-29T07:41:19.412Z", "a bracketed clock as the fourth word, milliseconds after a colon"},
		{"GPSVC(3a8.3ac) 07:41:16:412 CGPService::Start", "2026-11-29T07:41:16.412Z", "a clock with its milliseconds after a colon after an id column"},
		{"07:41:16:123456 worker started", "2026-11-29T07:41:16.123456Z", "microseconds after a colon, at the start"},
		{"[4120] 1795938076.412345: Sending request (215 bytes) to EXAMPLE.TEST", "2026-11-29T07:41:16.412345Z", "KRB5_TRACE: an epoch after the bracketed pid, closed by a colon"},
		{"[4120] 1795938076.412345 bytes sent", "", "a float after a bracketed number, not closed by a colon, is a quantity"},
		{"[2] 1500000000.00: balance", "", "a sum after a row number: krb5 writes microseconds"},
		{`"7:41:16.4123456 PM","explorer.exe","4121"`, "2026-11-29T19:41:16.4123456Z", "a CSV's quoted first column: a 12-hour clock with seven fraction digits (Process Monitor)"},
		{`"7:41:16","x"`, "", "an hour without its zero needs AM or PM"},
		{"(412) 07:41:16 worker started", "", "a bare clock after a column, with no bracket and no colon fraction, may be a sentence's"},
		{"(412) [07:41:16 worker] started", "", "a bracket that holds more than the clock"},
		{"clip 1 01:02:03:04 cut", "", "a timecode's frames after a colon are no fraction"},
		{"a b c d [07:41:16] x", "", "a bracketed clock past the fourth word"},
		{"Uptime is [07:41:16] now", "", "a bracketed clock after words is a sentence's"},
		{"TODO [12:30:45] call Bob", "", "a bracketed clock after a word in capitals, with no id before it"},
		{"[ 1764401476.811  1702: 2395 D/WindowManager ]", "2025-11-29T07:31:16.811Z", "logcat -v long,epoch: the epoch inside the header's padded bracket"},
		{"[ scores 1764401476.811 1702 ]", "", "a float after a word in a bracket is no time"},
		{"[ 1764401476.5 ] item one", "", "a padded bracket's epoch needs logcat's pid after it"},
		{"[ 1764401476 ] nofrac", "", "and its fraction"},
		{"[I][2026-11-29 +8.0 15:41:16.412][4120, 4120*][Main] x", "2026-11-29T07:41:16.412Z", "Tencent's xlog: the zone in hours between the date and the clock"},
		{"2026-11-29 -3.5 04:11:16 x", "2026-11-29T07:41:16Z", "a zone of half hours"},
		{"2026-11-29 +8.05 15:41:16 x", "", "two decimals are no such zone"},
		{"2026-11-29 +1.3 15:41:16 x", "", "a zone is whole or half hours"},
		{"report 2026-11-29 +2.5 10:00 change", "", "the zone in hours comes before a clock with its seconds"},
		{"PID 1234 [07:41:16] started", "", "a bracketed clock after a label and a number"},
		{"2045 Jan 10 07:41:40 client connected", "2026-01-10T07:41:40Z", "a year that makes the time implausible is no year"},
		{"RP/0/RSP0/CPU0:2020 Dec 23 10:42:37 UTC: config[65820]: x", "2020-12-23T10:42:37Z", "IOS XR: the year first, glued to the node id"},
		{"<181>2022 Oct 19 11:34:01 Berlin: %ETHPORT-5-IF_HARDWARE: x", "2022-10-19T11:34:01Z", "NX-OS: the year first, after the PRI"},
		{"id 2020x Dec 23 10:42:37 y", "2025-12-23T10:42:37Z", "a number glued to letters is no year: December is last year's"},
		{"07:42:05:WARNING:WU01:FS00:Exception: x", "2026-11-29T07:42:05Z", "Folding@home: a clock glued by a colon to the ids after it"},
		{"07:42:05:wu01 x", "", "a clock glued to a lower-case word"},
		{"[NOTICE] 332/074116 (1) : New worker", "2026-11-29T07:41:16Z", "HAProxy 2.3: the day of the year from 0, after the level"},
		{"[4120:4133:1129/074116.123456:ERROR:gpu_init.cc(523)] x", "2026-11-29T07:41:16.123456Z", "Chromium: month, day and a compact clock among colon fields"},
		{"  4120:20261129:074116.123 Starting Zabbix Agent", "2026-11-29T07:41:16.123Z", "Zabbix: a compact date and clock joined to the pid by colons"},
		{"#1795938076", "2026-11-29T07:41:16Z", "bash history: an epoch comment line"},
		{"681a0eb6.2be54ef4 0x7a33d7285740 slapd starting", "2025-05-06T13:29:26.736448244Z", "OpenLDAP 2.5+: seconds and nanoseconds in hexadecimal"},
		{"@4000000062b22ef4269d79a4 qmail-smtpd[9539]: AUTH failed", "2022-06-21T20:49:46.6478545Z", "TAI64N (daemontools, runit, s6): 2^62 + 10 + the seconds, then the nanoseconds"},

		{"[3]1A2B.3C4D::11/29/2026-07:41:16.250 [netdrv]Reset done", "2026-11-29T07:41:16.25Z", "Windows trace: a date after pid.tid and two colons, a dash before the clock"},
		{"00001a2b.00003c4d::2026/11/29-07:41:16.250 WARN  [NM] x", "2026-11-29T07:41:16.25Z", "Windows cluster log: year first after two colons"},
		{"8812 05RENME 07:41:16.5 2026.11.29 0x0 t=[0x1]", "2026-11-29T07:41:16.5Z", "a time of day before its dotted date, mid-line"},
		{"2026:11:29-07:41:16 utm ulogd[5120]: x", "2026-11-29T07:41:16Z", "Sophos UTM: a date with colons, a dash, the clock"},
		{"00:0006:00000:00000:2026/11/29 07:41:16.12 kernel  Using config area", "2026-11-29T07:41:16.12Z", "SAP ASE: a date joined to ids by a colon"},
		{"lxc-start web01 20261129074116.123 INFO     confile - x", "2026-11-29T07:41:16.123Z", "LXC: yyyyMMddHHmmss"},
		{"[2026/11/29@08:41:16.123+0100] P-4120 T-140412 I BROKER", "2026-11-29T07:41:16.123Z", "OpenEdge: an @ between date and clock"},
		{"NPS01,IAS,11/29/2026,07:41:16,1,alice", "2026-11-29T07:41:16Z", "a CSV's next field is no fraction"},
		{"key 4120:2026 of 12", "", "a number after ids with no date"},
		{"order 20261129074116 shipped", "", "fourteen digits without a fraction are an id"},
		{":2026/11/29 07:41:16 x", "", "a date after a colon that opens the line joins no ids"},
		{"ratio 2026:11:29 of the cells", "", "colons between numbers without a clock are no date"},
		{"job 12 took 07:41 2026 tries", "", "a clock followed by a bare number is no date"},
		{"route fe80::1204:ffff:fe12:3456 up", "", "an IPv6 address after two colons is no date"},
		{"neighbor fe80::12:30 2026-11-29 lladdr 52:54:00:12:34:56", "", "nor are its groups before a date"},
		{"elapsed 1:02.5 10.3.2026 total", "", "a time of day before a date has its seconds"},
		{"07:41 2026-11-29 backup started", "2026-11-29T07:41:00Z", "unless it opens the line"},
		{"07:41:16 29/11/2026 backup started", "2026-11-29T07:41:16Z", "a clock before a day-first date"},
		{"order 1764401476 shipped", "", "an integer in the middle is an id, not an epoch"},
		{"size=1764401476123 bytes", "", "a size"},
		{"1999999999 items", "", "an epoch past the plausibility window"},
		{"connect to 10.0.0.1 12:00 failed", "", "an address and a clock are not a date"},
		{"version 2.6.32 10:00:00 x", "", "a version number"},
		{"took 00:00:05 to finish", "", "a duration in the middle"},
		{"2026-11-29 without a clock", "", "a date needs a clock"},
		{"done 100/123456 rows", "", "a fraction in a message is no day of the year"},
		{"1024/131072 blocks", "", "a ratio is no month and day"},
		{"#1795938076 tagged", "", "an epoch comment is the whole line"},
		{"6b0bd71c fix the build on arm64", "", "eight hexadecimal digits alone may be a commit's hash"},
		{"6b0bd71c slapd starting", "2026-11-29T07:41:16Z", "OpenLDAP 2.4's seconds in hexadecimal, before slapd's own words"},
		{"deadbeef.12345678 x", "", "hexadecimal seconds outside the plausibility window"},
		{"2037-01-01 00:00:00 far future", "", "beyond the plausibility window"},
		{"[1] 2027/11/29 07:19:40.624334 [ERR] clock jumped", "2027-11-29T07:19:40.624334Z", "a written year ahead of the clock is still a date"},
		{"2026-13-45 07:41:16 x", "", "a date that does not exist"},
	}
	for _, c := range cases {
		t.Run(c.line, func(t *testing.T) {
			s, ok := locate([]byte(c.line), locateNow.UnixNano(), &wallClock{})
			got := ""
			if ok && s.kind != stampColumnEpoch {
				got = fmtTime(s.t)
			}
			if got != c.want {
				t.Errorf("locate(%q) = %q, want %q (%s)", c.line, got, c.want, c.why)
			}
		})
	}
}

// TestLocateLocalZone checks that a zone abbreviation is first read as the machine's zone calls it.
func TestLocateLocalZone(t *testing.T) {
	dublin, err := time.LoadLocation("Europe/Dublin")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	s, ok := locate([]byte("2026-07-01 10:00:00 IST x"), locateNow.UnixNano(), &wallClock{loc: dublin})
	if !ok || fmtTime(s.t) != "2026-07-01T09:00:00Z" {
		t.Fatalf("IST in Dublin = %v %q, want Irish Standard Time, +01:00", ok, fmtTime(s.t))
	}
}

// TestStampedLevels reads the level where each layout puts it, and never from the message.
func TestStampedLevels(t *testing.T) {
	cases := []struct {
		lines []string
		want  []Level
		why   string
	}{
		{[]string{"[1] 2026/11/29 07:19:40.624334 [INF] Starting", "[1] 2026/11/29 07:19:41.000000 [ERR] boom"}, []Level{Info, Error}, "NATS"},
		{[]string{"11-29 07:41:16.811  1702  2395 D Tag: x", "11-29 07:41:16.900  1702  2395 E Tag: ERROR in body"}, []Level{Debug, Error}, "logcat letter after pid and tid"},
		{[]string{"2026-11-29 07:41:16, Info  CBS Loaded", "2026-11-29 07:41:17, Warning  CBS Failed"}, []Level{Info, Warn}, "Windows CBS: capitalized word after a comma"},
		{[]string{"Nov 29 2026 07:41:16 fw01 : %ASA-4-106023: Deny tcp"}, []Level{Warn}, "Cisco message id severity digit"},
		{[]string{"2026-11-29 07:41:16 host kernel: x level=error y"}, []Level{Error}, "a level= pair after a syslog header"},
		{[]string{"app.log 2026-11-29 07:41:16 1 INFO a", "app.log 2026-11-29 07:41:17 2 INFO b", "app.log 2026-11-29 07:41:18 3 INFO c",
			"app.log 2026-11-29 07:41:19 4 done ERROR x"}, []Level{Info, Info, Info, Unknown}, "a learned place: ERROR later in the message is not the level"},
		{[]string{"2026-11-29 07:41:16 started the ERROR handler"}, []Level{Unknown}, "a plain word first, the upper-case word is prose"},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			p := NewParser(func() time.Time { return locateNow })
			for i, l := range c.lines {
				if rec := p.Parse([]byte(l)); rec.Level != c.want[i] {
					t.Errorf("line %d %q: level %v, want %v", i, l, rec.Level, c.want[i])
				}
			}
		})
	}
}

// TestColumnEpoch takes ten digits in a middle column as the time only when three lines in a row
// agree on the column and their times go forward a little, as supercomputer logs write them; ids
// and sizes do not.
// A supercomputer's event dump is in no time order: its epoch column is learned from many lines
// in a row holding one, and then every line's own epoch is its time, the lines held before too.
func TestColumnEpochOutOfOrder(t *testing.T) {
	epochs := []int64{1764401476, 1701000000, 1731000000, 1764401000, 1704000000, 1750000000, 1720000000, 1760000000}
	s := NewStream("dump", StreamOptions{Now: func() time.Time { return locateNow }, Location: time.UTC})
	b := &Batch{}
	var off int64
	for i, e := range epochs {
		l := fmt.Sprintf("%d node-%d unix.hw state_change.unavailable %d 1 Component State Change", 134681+i*977, 20+i, e)
		s.Line([]byte(l), off, false, b)
		off += int64(len(l)) + 1
	}
	s.Flush(b)
	if b.Len() != len(epochs) {
		t.Fatalf("%d entries, want %d", b.Len(), len(epochs))
	}
	for i, e := range epochs {
		if got := b.Entry(i).Time; got != e*int64(time.Second) {
			t.Errorf("line %d: time %s, want %s", i, fmtTime(got), fmtTime(e*int64(time.Second)))
		}
	}
}

func TestColumnEpoch(t *testing.T) {
	p := NewParser(func() time.Time { return locateNow })
	lines := []string{
		"134681 node-246 unix.hw state_change.unavailable 1764401476 1 Component State Change",
		"134682 node-246 unix.hw state_change.available 1764401480 1 Component State Change",
		"134683 node-246 unix.hw state_change.available 1764401485 1 Component State Change",
		"order 1764401476 shipped",
		"order 1700000000 shipped to 1764401476",
		"order 1700000100 shipped",
	}
	want := []string{"", "", "2025-11-29T07:31:25Z", "", "", ""}
	for i, l := range lines {
		if got := fmtTime(p.Parse([]byte(l)).Time); got != want[i] {
			t.Errorf("line %d %q: time %q, want %q", i, l, got, want[i])
		}
	}
}

// TestHasDigit8 checks the eight-at-a-time digit test against the plain one, for every byte value
// at every place among other bytes.
func TestHasDigit8(t *testing.T) {
	for _, fill := range []byte{0, ' ', 'a', 0xff, '/', ':'} {
		for pos := 0; pos < 8; pos++ {
			for v := 0; v < 256; v++ {
				var b [8]byte
				for k := range b {
					b[k] = fill
				}
				b[pos] = byte(v)
				want := false
				for _, c := range b {
					want = want || isDigit(c)
				}
				if got := hasDigit8(binary.LittleEndian.Uint64(b[:])); got != want {
					t.Fatalf("hasDigit8(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}
