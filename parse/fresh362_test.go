package parse

import "testing"

// The three-hundred-and-sixty-second fresh table, written on 2026-12-06: times as programs spell
// them, a further pass after fresh178, fresh181, fresh183 and fresh346, in products and output
// shapes no earlier table holds. Each family is one program's documented or observed output, chosen
// for the way it spells or places its time: rtorrent's log file (libtorrent writes epoch seconds and
// one level letter before each message); Nagios Core's perfdata files under the default templates
// (`[SERVICEPERFDATA]` or `[HOSTPERFDATA]`, a tab, epoch seconds, then the host); Tsung's tsung.log
// (an epoch at the end of each `# stats: dump at` line, the untimed stats lines of that dump under
// it); k6's CSV output (the metric name first, epoch seconds in the second column); JMeter's CSV
// results file (epoch milliseconds first, the load generator's Hostname column near the end);
// Karma's log4js console (`29 11 2026 07:41:16.204:INFO [karma-server]:`, day, month and year as
// numbers with spaces); tshark's frame tree on Windows (`Arrival Time:` in a Windows time zone
// name, `W. Europe Standard Time`, beside an `Epoch Time:` in seconds); msi's -p summary of
// miniSEED records (the start time last, as `2026,333,07:41:16.019538`, an ordinal day of the year);
// an RMAN backup log with NLS_DATE_FORMAT set (every time after its message, `Starting backup at
// 2026-11-29 07:41:16`); an RTKLIB solution file in GPS week and seconds of the week (GPS time, 18 s
// ahead of UTC).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`rtorrent`, `libtorrent`, `log.open_file`, `Starting thread`, `nagios`,
// `perfdata`, `SERVICEPERFDATA`, `HOSTPERFDATA`, `TIMET`, `tsung`, `stats: dump`, `users_count`,
// `k6`, `metric_name,timestamp`, `http_req_duration,`, `http_reqs,`, `jmeter`, `jtl`,
// `timeStamp,elapsed`, `Hostname,`, `karma`, `[karma-server]`, `[launcher]`, `:INFO [`, `log4js`,
// `tshark`, `Arrival Time`, `Epoch Time`, `bytes on wire`, `Standard Time`, `W. Europe`, `miniseed`,
// `mseed`, `slinktool`, `seedlink`, ` Hz, `, `,333,`, `rman`, `Starting backup at`, `ORA_DISK_1`,
// `piece handle`, `NLS_DATE_FORMAT`, `rtklib`, `rnx2rtkp`, `RTKPOST`, `GPST`, `latitude(deg)`,
// `GPS week`, `week2447`). No table holds rtorrent, Tsung, msi or seedlink tools, RTKLIB's solution
// file, JMeter's or k6's result files, or Nagios' default perfdata templates (the `GPST` hits are
// Greenplum's gpstart, the `TIMET` hits PNP4Nagios' `DATATYPE::…\tTIMET::` spool in fresh346's
// notes, left out there). Nagios is in many tables as nagios.log; its perfdata files are in none.
// JMeter is in fresh60 as jmeter.log; its .jtl results in none (the `jtl` hits are Log4j2's JTL
// templates). k6 is in fresh176 as its console in a CI job; its CSV output in none. Karma is named only in fresh283 as a plugin in a message; its
// own console is in none. tshark is in fresh32 (the one-line summary) and fresh299 (a field export);
// fresh299 left out the -V tree because its lines could not be confirmed, and the tree is in none
// (the `Standard Time` hits are JavaScript's `GMT+0100 (Central European Standard Time)` in fresh22
// and fresh319 and zone words in fresh147, fresh148 and fresh331). RTKLIB is named in fresh97 only
// as a solver's glog line. RMAN's output was left out of fresh271 as a judgement of times (dates
// inside `Starting backup at` messages); it is measured here, the date after the message being the
// line's own time. Left out as measured already: the GitLab trace's `section_start:<epoch>`
// (fresh38, fresh185), zsh's and fish's history and lastcomm (fresh260), PuTTY's log banner
// (fresh110, fresh154), Data Pump with logtime=all (fresh52), cmd's `%date% %time%` under de-DE
// (fresh202), asciinema's header and offsets (fresh260), z/OS's `26333` and OpenVMS' OPCOM banner
// (fresh20, fresh45, fresh253), the CMTrace bias in minutes (cmtrace_test and others), DB2's +060
// (fresh2, fresh52). The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). An epoch is the instant it counts: rtorrent's, Nagios' $TIMET$, Tsung's dump
// line, k6's timestamp column in seconds, JMeter's timeStamp in milliseconds. A time without a zone
// is UTC: Karma's, RMAN's NLS dates and its banner's ctime, msi's SEED time (which is UTC by the
// SEED standard in any case). A zone name is converted: `W. Europe Standard Time` is Windows' name
// for Berlin's zone, +01:00 in November, so tshark's Arrival Time 08:41:16 is 07:41:16 UTC, the
// instant its Epoch Time gives. A day of the year is a date: day 333 of 2026 is 29 November, day 332
// the 28th. GPS week 2447 and 27694 seconds into it is 07:41:34 GPS time, which is 07:41:16 UTC
// (GPS time runs 18 leap seconds ahead). No time where the line has none of its own: Tsung's stats
// lines (they belong to the dump above them), Karma's reporter lines, RMAN's lines without `at
// <date>`, the Frame tree's deltas and `Time since reference` (offsets); a tag like
// TAG20261129T074116, a piece name's stamp, a DBID, a sequence number, a latency, an elapsed
// 00:00:48 or a sample count is no time either. Levels only where the line marks one:
// libtorrent's letter (C critical, E error, W warn, N notice, I info, D debug) and log4js' level
// word; none for a Nagios plugin's `CRITICAL` output text, k6's error column, JMeter's `false` or
// 500, msi's data-quality letter (D, R, Q, M), RTKLIB's Q column or anything in RMAN's output. The
// host is the record's host field: Nagios' $HOSTNAME$ column (the host the check is of, as a
// metric's host tag is) and JMeter's Hostname column (the load generator that wrote the sample);
// never a URL's host, a tracker, a seismic station, a capture interface or a vendor-prefixed MAC. A
// record that spans lines is one entry: a Tsung dump from its `# stats: dump at` line through its
// stats lines; a tshark frame from `Frame N:` through its tree, its protocol summary lines and the
// blank line after them. Every other line is a record of its own.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 03cd259 before any rule for it: level 85.8 %, time 41.4 %, host 83.3 %, records 80.0 %.
// That is the macro figure (micro: level 86.9 %, time 55.7 %, host 90.2 %, records 90.2 %), in a
// worktree at 03cd259 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 10 families fully right (rtorrent's log, k6's CSV and JMeter's results file); the gaps are Nagios'
// perfdata columns (time and host), Tsung's dump line and its stats lines, Karma's log4js DATE and
// level, tshark's Windows zone name and its frame's protocol lines, msi's ordinal SEED time, two of
// RMAN's `starting … at <date>` lines, and RTKLIB's GPS week and seconds.

var fresh362Cases = []worldCase{
	{
		name:   "rtorrent-libtorrent-log-file-epoch-letter",
		source: "rtorrent 0.9/0.10 with `log.open_file = \"log\", …` and `log.add_output = \"info\", \"log\"`: libtorrent's log_file_write writes `cachedTime.seconds() ' ' level-letter ' ' message`, the letters C E W N I D for critical..debug: rakshasa/libtorrent src/torrent/utils/log.cc (log_level_char, log_file_write); rakshasa/rtorrent issue #339 (a peer log: epoch seconds then I), jesec/rtorrent issue #40 (the main log's N lines)",
		why:    "epoch seconds open the line, then one level letter; an info hash, a chunk number, a tracker URL and a file name are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "1795938076 N rtorrent disk: Starting thread."),
			we("2026-11-29T07:41:16Z", Notice, "", "1795938076 N rtorrent scgi: Starting thread."),
			we("2026-11-29T07:41:19Z", Info, "", "1795938079 I tracker_list: 4F2A91C07D3E5B8816A0C2E94D7B1F3A6E0C9D52: sending 'started' to http://tracker.example.net:6969/announce"),
			we("2026-11-29T07:41:22Z", Info, "", "1795938082 I peer_list: 4F2A91C07D3E5B8816A0C2E94D7B1F3A6E0C9D52: added 38 peers from tracker, 12 new"),
			we("2026-11-29T07:41:40Z", Warn, "", "1795938100 W storage: 4F2A91C07D3E5B8816A0C2E94D7B1F3A6E0C9D52: could not sync chunk 1412: No space left on device"),
			we("2026-11-29T07:42:03Z", Error, "", "1795938123 E rtorrent: Could not open torrent file '/srv/torrents/watch/debian-13.2.0-amd64-netinst.iso.torrent': Permission denied"),
			we("2026-11-29T07:42:10Z", Critical, "", "1795938130 C rtorrent: Caught internal_error: 'DownloadMain::receive_tracker_success() received an unexpected state'."),
		},
	},
	{
		name:   "nagios-perfdata-file-default-template",
		gap:    "trawl reads neither the time nor the host of `[SERVICEPERFDATA]\t<epoch>\t<host>\t…` or `[HOSTPERFDATA]\t<epoch>\t<host>\t…`: the epoch in the tab-separated column after the bracketed tag is not read as the time, and the third column not as the host",
		source: "Nagios Core 4 with process_performance_data=1 and service_perfdata_file/host_perfdata_file set but no *_perfdata_file_template, so the defaults of xdata/xpddefault.h apply: `[SERVICEPERFDATA]\\t$TIMET$\\t$HOSTNAME$\\t$SERVICEDESC$\\t$SERVICEEXECUTIONTIME$\\t$SERVICELATENCY$\\t$SERVICEOUTPUT$\\t$SERVICEPERFDATA$` and `[HOSTPERFDATA]\\t$TIMET$\\t$HOSTNAME$\\t$HOSTEXECUTIONTIME$\\t$HOSTOUTPUT$\\t$HOSTPERFDATA$`: the nagios-perfdata package's documentation (Data.Nagios.Perfdata.Template, quoting xpddefault.h); the PNP4Nagios DATATYPE:: templates in nagios.cfg gists (dnsmichi, HackRanger) for contrast",
		why:    "a bracketed tag and a tab, then epoch seconds; the third column is the host the check is of; a plugin's OK or CRITICAL is output text, not a level; execution time and latency are durations",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "web01", "[SERVICEPERFDATA]\t1795938076\tweb01\tHTTP\t0.012\t0.104\tHTTP OK: HTTP/1.1 200 OK - 5231 bytes in 0.011 second response time\ttime=0.011412s;2.000000;5.000000;0.000000 size=5231B;;;0"),
			we("2026-11-29T07:41:21Z", Unknown, "db02", "[HOSTPERFDATA]\t1795938081\tdb02\t4.011\tPING OK - Packet loss = 0%, RTA = 0.41 ms\trta=0.412000ms;3000.000000;5000.000000;0.000000 pl=0%;80;100;0"),
			we("2026-11-29T07:41:27Z", Unknown, "db02", "[SERVICEPERFDATA]\t1795938087\tdb02\tDisk /var\t0.021\t0.233\tDISK CRITICAL - free space: /var 812 MB (4.1% inode=88%):\t/var=19188MB;16000;18000;0;20000"),
			we("2026-11-29T07:41:33Z", Unknown, "mail01", "[SERVICEPERFDATA]\t1795938093\tmail01\tSMTP\t10.002\t0.097\tCRITICAL - Socket timeout after 10 seconds\t"),
		},
	},
	{
		name:   "tsung-log-stats-dump-blocks",
		gap:    "trawl does not read the epoch that ends `# stats: dump at 1795938086` (no time) and does not join a dump's `stats:` lines to it: the stats lines up to the first dump's `stats: 503` are records of their own, and from each dump's `stats: size_rcv` line on the lines run together across the next `# stats: dump at` line into one record, the first of them taking the byte count 2811904 as its time (2019-01-12T19:01:12Z)",
		source: "Tsung 1.7/1.8's tsung.log with the default text backend (ts_mon.erl export_stats: `# stats: dump at <epoch seconds>` at every dump interval, then `stats: users N Max`, samples as `stats: <name> <count> <mean> <stddev> <max> <min> <mean total> <count total>` and counters as `stats: <name> <count> <total>`): processone/tsung docs/faq.rst ('What is the format of the stats file tsung.log?') and src/tsung_controller/ts_mon.erl",
		why:    "the only time is the epoch that ends the `# stats: dump at` line; the stats lines under it are that dump's and carry no time of their own; means, maxima and byte totals are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:26Z", Unknown, "",
				"# stats: dump at 1795938086",
				"stats: users 41 41",
				"stats: users_count 41 41",
				"stats: connected 38 41",
				"stats: connect 41 5.912 1.204 14.81 3.301 0 0",
				"stats: request 212 88.41 21.03 902.4 31.2 0 0",
				"stats: page 61 412.3 101.7 1804.2 120.4 0 0",
				"stats: 200 210 210",
				"stats: 503 2 2",
				"stats: size_rcv 2811904 2811904",
				"stats: size_sent 190112 190112"),
			we("2026-11-29T07:41:36Z", Unknown, "",
				"# stats: dump at 1795938096",
				"stats: users 77 77",
				"stats: users_count 36 77",
				"stats: connected 31 72",
				"stats: connect 36 6.204 1.611 19.02 3.118 5.912 41",
				"stats: request 398 97.12 30.88 1411.7 29.8 88.41 212",
				"stats: page 117 455.9 140.2 2210.5 118.7 412.3 61",
				"stats: 200 391 601",
				"stats: 503 7 9",
				"stats: size_rcv 5204480 8016384",
				"stats: size_sent 356981 547093"),
			we("2026-11-29T07:41:46Z", Unknown, "",
				"# stats: dump at 1795938106",
				"stats: users 80 80",
				"stats: users_count 3 80",
				"stats: connected -12 72",
				"stats: request 441 131.6 58.04 3004.1 30.2 93.05 610",
				"stats: page 130 602.7 211.9 4011.8 121.0 436.4 178",
				"stats: 200 420 1021",
				"stats: 503 21 30",
				"stats: error_connect_econnrefused 3 3",
				"stats: size_rcv 5730816 13747200",
				"stats: size_sent 390004 937097"),
		},
	},
	{
		name:   "k6-csv-output-epoch-second-column",
		source: "k6 0.4x-0.5x `k6 run --out csv=results.csv script.js` (a header row metric_name,timestamp,metric_value,check,error,error_code,group,method,name,proto,scenario,status,subproto,tls_version,url,extra_tags, then one sample a row, the timestamp in Unix seconds with the default timeFormat unix): grafana.com/docs/k6 'Results output: CSV' (v0.49.x and latest, the format and the timeFormat option)",
		why:    "the metric name first and epoch seconds in the second column; a check's name, an error text, an error code and a status are no levels; the URL's host is the server under test",
		entries: []worldEntry{
			wskip("metric_name,timestamp,metric_value,check,error,error_code,group,method,name,proto,scenario,status,subproto,tls_version,url,extra_tags"),
			we("2026-11-29T07:41:16Z", Unknown, "", "http_reqs,1795938076,1.000000,,,,,GET,https://shop.example.test/api/cart,HTTP/2.0,default,200,,tls1.3,https://shop.example.test/api/cart,"),
			we("2026-11-29T07:41:16Z", Unknown, "", "http_req_duration,1795938076,84.211000,,,,,GET,https://shop.example.test/api/cart,HTTP/2.0,default,200,,tls1.3,https://shop.example.test/api/cart,"),
			we("2026-11-29T07:41:17Z", Unknown, "", "checks,1795938077,1.000000,cart returns 200,,,,,,,default,,,,,"),
			we("2026-11-29T07:41:47Z", Unknown, "", "http_req_failed,1795938107,1.000000,,request timeout,1050,,POST,https://shop.example.test/api/order,,default,0,,,https://shop.example.test/api/order,"),
			we("2026-11-29T07:41:48Z", Unknown, "", "vus,1795938108,25.000000,,,,,,,,,,,,,"),
		},
	},
	{
		name:   "jmeter-jtl-csv-epoch-millis-hostname",
		source: "Apache JMeter 5.6 in non-GUI mode with `-l results.jtl` as CSV (print_field_names on) and jmeter.save.saveservice.hostname=true: a header row, timeStamp in epoch milliseconds first, Hostname (the load generator's own host) after Latency and before IdleTime and Connect: ludeknovy/jtl-reporter issue #63 (a Taurus kpi.jtl with a Hostname column), ICTU/quality-time issue #2966 (JMeter CSV as a source); the full default column list from memory of JMeter's listener documentation",
		why:    "epoch milliseconds open each row; elapsed, latency and connect are durations; `false` in success, a 500 and a Non HTTP response code are no levels; the Hostname column is the host that ran the sampler, the URL's host is the server under test",
		entries: []worldEntry{
			wskip("timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,Hostname,IdleTime,Connect"),
			we("2026-11-29T07:41:16.204Z", Unknown, "loadgen-02", "1795938076204,412,GET /api/cart,200,OK,Checkout 1-1,text,true,,5231,812,25,25,https://shop.example.test/api/cart,398,loadgen-02,0,37"),
			we("2026-11-29T07:41:16.731Z", Unknown, "loadgen-02", "1795938076731,1204,POST /api/order,500,Internal Server Error,Checkout 1-3,text,false,Test failed: code expected to equal /200/,1180,1544,25,25,https://shop.example.test/api/order,1198,loadgen-02,0,41"),
			we("2026-11-29T07:41:17.015Z", Unknown, "loadgen-02", "1795938077015,30001,GET /api/stock,Non HTTP response code: java.net.SocketTimeoutException,Non HTTP response message: Read timed out,Checkout 1-7,text,false,,2011,640,25,25,https://shop.example.test/api/stock,0,loadgen-02,0,35"),
			we("2026-11-29T07:41:18.44Z", Unknown, "loadgen-02", "1795938078440,96,Login,200,OK,Checkout 1-2,text,true,,4120,702,25,25,https://shop.example.test/login,94,loadgen-02,0,0"),
		},
	},
	{
		name:   "karma-log4js-date-day-month-year",
		gap:    "trawl reads neither the time nor the level of `29 11 2026 07:41:16.204:INFO [karma-server]: …`: log4js' DATE (day, month and year as space-separated numbers, then the clock) is not read as a time, and the level word glued to `.SSS:` before the bracketed category is not read",
		source: "Karma 6 on a terminal (its log4js layout `%d{DATE}:%p [%c]: %m`, log4js' DATE being `dd MM yyyy hh:mm:ss.SSS` with a 24-hour hh; the progress reporter's `Executed N of M SUCCESS` and `TOTAL:` lines written without the layout): karma-runner/karma issues #2372 and #2647 (pasted consoles, the latter behind a CI's stamps), #796 (the older layout without a date)",
		why:    "day, month and year as numbers separated by spaces, then the clock, `.SSS:` glued to the level word and the category in brackets; the reporter's lines carry no time and no level, SUCCESS being a result",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.19Z", Debug, "", "29 11 2026 07:41:16.190:DEBUG [config]: Loading config /srv/shop-ui/karma.conf.js"),
			we("2026-11-29T07:41:16.199Z", Error, "", `29 11 2026 07:41:16.199:ERROR [plugin]: Cannot find plugin "karma-coverage-istanbul-reporter".`),
			we("2026-11-29T07:41:16.204Z", Info, "", "29 11 2026 07:41:16.204:INFO [karma-server]: Karma v6.4.4 server started at http://localhost:9876/"),
			we("2026-11-29T07:41:16.206Z", Info, "", "29 11 2026 07:41:16.206:INFO [launcher]: Launching browsers ChromeHeadless with concurrency unlimited"),
			we("2026-11-29T07:41:17.431Z", Info, "", "29 11 2026 07:41:17.431:INFO [Chrome Headless 131.0.6778.85 (Linux x86_64)]: Connected on socket Qm7rXk2dT9vB0aLpAAAB with id 41877302"),
			we("2026-11-29T07:41:19.002Z", Warn, "", "29 11 2026 07:41:19.002:WARN [web-server]: 404: /assets/img/logo-dark.svg"),
			we("", Unknown, "", "Chrome Headless 131.0.6778.85 (Linux x86_64): Executed 212 of 212 SUCCESS (1.804 secs / 1.622 secs)"),
			we("", Unknown, "", "TOTAL: 212 SUCCESS"),
		},
	},
	{
		name:   "tshark-verbose-frame-windows-zone-name",
		gap:    "trawl reads no time from the frame tree (neither `Arrival Time: Nov 29, 2026 08:41:16.204811000 W. Europe Standard Time`, a Windows zone name, nor `Epoch Time: 1795938076.204811000 seconds`), and it ends the frame's record at `[Protocols in frame: …]`: the unindented protocol summary lines after the tree (`Ethernet II, …`, `Internet Protocol Version 4, …`, `Transmission Control Protocol, …`) become records of their own",
		source: "tshark 3.6/4.0 on Windows, `tshark -r smb-slow.pcapng -V -O frame` (the Frame tree in full: Interface id, Encapsulation type, `Arrival Time: Mmm dd, yyyy HH:mm:ss.nnnnnnnnn <Windows time zone name>`, `Epoch Time: <s.ns> seconds`, the bracketed deltas, Frame Number and lengths; every other protocol as its one summary line; a blank line after each frame): ZerBea/hcxdumptool issue #45 (a frame tree with `Romance Standard Time` and `Epoch Time: … seconds`), KimiNewt/pyshark issue #336 (Arrival Time with CDT beside Epoch Time); -O's one-line summaries from memory of tshark(1)",
		why:    "the zone is a Windows name in words, `W. Europe Standard Time`, +01:00 in November; Epoch Time is the same instant; the deltas and `Time since reference` are offsets; the frame is one record from `Frame N:` to the blank line, its protocol lines included",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Unknown, "",
				`Frame 1: 66 bytes on wire (528 bits), 66 bytes captured (528 bits) on interface \Device\NPF_{3F2A9C1E-7B4D-4E21-9A0C-5D8E6F1B2C34}, id 0`,
				`    Interface id: 0 (\Device\NPF_{3F2A9C1E-7B4D-4E21-9A0C-5D8E6F1B2C34})`,
				`        Interface name: \Device\NPF_{3F2A9C1E-7B4D-4E21-9A0C-5D8E6F1B2C34}`,
				"        Interface description: Ethernet",
				"    Encapsulation type: Ethernet (1)",
				"    Arrival Time: Nov 29, 2026 08:41:16.204811000 W. Europe Standard Time",
				"    [Time shift for this packet: 0.000000000 seconds]",
				"    Epoch Time: 1795938076.204811000 seconds",
				"    [Time delta from previous captured frame: 0.000000000 seconds]",
				"    [Time delta from previous displayed frame: 0.000000000 seconds]",
				"    [Time since reference or first frame: 0.000000000 seconds]",
				"    Frame Number: 1",
				"    Frame Length: 66 bytes (528 bits)",
				"    Capture Length: 66 bytes (528 bits)",
				"    [Frame is marked: False]",
				"    [Frame is ignored: False]",
				"    [Protocols in frame: eth:ethertype:ip:tcp]",
				"Ethernet II, Src: Dell_4a:1c:0e (d0:94:66:4a:1c:0e), Dst: Cisco_9f:f0:21 (00:00:0c:9f:f0:21)",
				"Internet Protocol Version 4, Src: 10.20.3.14, Dst: 10.20.8.5",
				"Transmission Control Protocol, Src Port: 51822, Dst Port: 445, Seq: 0, Len: 0",
				""),
			we("2026-11-29T07:41:16.205907Z", Unknown, "",
				`Frame 2: 66 bytes on wire (528 bits), 66 bytes captured (528 bits) on interface \Device\NPF_{3F2A9C1E-7B4D-4E21-9A0C-5D8E6F1B2C34}, id 0`,
				`    Interface id: 0 (\Device\NPF_{3F2A9C1E-7B4D-4E21-9A0C-5D8E6F1B2C34})`,
				`        Interface name: \Device\NPF_{3F2A9C1E-7B4D-4E21-9A0C-5D8E6F1B2C34}`,
				"        Interface description: Ethernet",
				"    Encapsulation type: Ethernet (1)",
				"    Arrival Time: Nov 29, 2026 08:41:16.205907000 W. Europe Standard Time",
				"    [Time shift for this packet: 0.000000000 seconds]",
				"    Epoch Time: 1795938076.205907000 seconds",
				"    [Time delta from previous captured frame: 0.001096000 seconds]",
				"    [Time delta from previous displayed frame: 0.001096000 seconds]",
				"    [Time since reference or first frame: 0.001096000 seconds]",
				"    Frame Number: 2",
				"    Frame Length: 66 bytes (528 bits)",
				"    Capture Length: 66 bytes (528 bits)",
				"    [Frame is marked: False]",
				"    [Frame is ignored: False]",
				"    [Protocols in frame: eth:ethertype:ip:tcp]",
				"Ethernet II, Src: Cisco_9f:f0:21 (00:00:0c:9f:f0:21), Dst: Dell_4a:1c:0e (d0:94:66:4a:1c:0e)",
				"Internet Protocol Version 4, Src: 10.20.8.5, Dst: 10.20.3.14",
				"Transmission Control Protocol, Src Port: 445, Dst Port: 51822, Seq: 0, Ack: 1, Len: 0",
				""),
			we("2026-11-29T07:41:17.411032Z", Unknown, "",
				`Frame 3: 214 bytes on wire (1712 bits), 214 bytes captured (1712 bits) on interface \Device\NPF_{3F2A9C1E-7B4D-4E21-9A0C-5D8E6F1B2C34}, id 0`,
				`    Interface id: 0 (\Device\NPF_{3F2A9C1E-7B4D-4E21-9A0C-5D8E6F1B2C34})`,
				`        Interface name: \Device\NPF_{3F2A9C1E-7B4D-4E21-9A0C-5D8E6F1B2C34}`,
				"        Interface description: Ethernet",
				"    Encapsulation type: Ethernet (1)",
				"    Arrival Time: Nov 29, 2026 08:41:17.411032000 W. Europe Standard Time",
				"    [Time shift for this packet: 0.000000000 seconds]",
				"    Epoch Time: 1795938077.411032000 seconds",
				"    [Time delta from previous captured frame: 1.205125000 seconds]",
				"    [Time delta from previous displayed frame: 1.205125000 seconds]",
				"    [Time since reference or first frame: 1.206221000 seconds]",
				"    Frame Number: 3",
				"    Frame Length: 214 bytes (1712 bits)",
				"    Capture Length: 214 bytes (1712 bits)",
				"    [Frame is marked: False]",
				"    [Frame is ignored: False]",
				"    [Protocols in frame: eth:ethertype:ip:tcp:nbss:smb2]",
				"Ethernet II, Src: Dell_4a:1c:0e (d0:94:66:4a:1c:0e), Dst: Cisco_9f:f0:21 (00:00:0c:9f:f0:21)",
				"Internet Protocol Version 4, Src: 10.20.3.14, Dst: 10.20.8.5",
				"Transmission Control Protocol, Src Port: 51822, Dst Port: 445, Seq: 1, Ack: 1, Len: 160",
				"NetBIOS Session Service",
				"SMB2 (Server Message Block Protocol version 2)",
				""),
		},
	},
	{
		name:   "msi-miniseed-summary-ordinal-time",
		gap:    "trawl does not read the SEED time that ends the line (`…, 20 Hz, 2026,333,07:41:16.019538`): a year, a day of the year and a clock separated by commas is not read as a time",
		source: "msi, the miniSEED inspector built on libmseed 2, with -p: one line a record from msr_print at detail 0 (`%s, %06d, %c, %d, %d samples, %-.10g Hz, %s`: NET_STA_LOC_CHAN from msr_srcname, the sequence number, the data-quality letter, the record length, the sample count, the rate, and the start time from ms_hptime2seedtimestr as `yyyy,ddd,HH:MM:SS.ffffff`): libmseed 2 msrutils.c (msr_print, msr_srcname); IRIS DMC's slinktool manual (-p, 'a single summary line for each data packet'); msi's -p from memory",
		why:    "the time comes last, as the year, the day of the year and the clock separated by commas; the sequence number, sample count and rate are no times; the quality letter (D, R, Q, M) is no level; a station is no host",
		entries: []worldEntry{
			we("2026-11-28T23:59:12Z", Unknown, "", "IU_KONO_00_LHZ, 000790, M, 4096, 3411 samples, 1 Hz, 2026,332,23:59:12.000000"),
			we("2026-11-29T07:40:41Z", Unknown, "", "IU_KONO_10_LHZ, 000812, Q, 512, 71 samples, 1 Hz, 2026,333,07:40:41.000000"),
			we("2026-11-29T07:41:16.019538Z", Unknown, "", "IU_KONO_00_BHZ, 004127, D, 512, 412 samples, 20 Hz, 2026,333,07:41:16.019538"),
			we("2026-11-29T07:41:16.069538Z", Unknown, "", "IU_KONO_00_BHN, 003981, D, 512, 398 samples, 20 Hz, 2026,333,07:41:16.069538"),
			we("2026-11-29T07:41:20.125Z", Unknown, "", "GE_WLF__HHZ, 118204, R, 512, 1084 samples, 100 Hz, 2026,333,07:41:20.125000"),
		},
	},
	{
		name:   "oracle-rman-nls-date-after-message",
		source: "Oracle RMAN 19c run by a backup script that exports NLS_DATE_FORMAT='yyyy-mm-dd HH24:MI:SS' and appends RMAN's output to a log (the banner `Recovery Manager: Release … - Production on <ctime>`, `Starting backup at <date>`, `allocated channel:`, `channel ORA_DISK_1: starting piece 1 at <date>`, `piece handle=… tag=TAG… comment=NONE`, `Finished backup at <date>`, the control file autobackup): hemantoracledba.blogspot.com 2015-07 (an RMAN session's lines with the default DD-MON-RR), swiv.com.br (the banner), mucha0619/infrastructure Veeam/oracle_rman_backup_script/rman_incr_backup_orcl1.sh (NLS_DATE_FORMAT exported for RMAN)",
		why:    "the time comes after the message (`… at 2026-11-29 07:41:16`) in the format the script set; the banner's ctime ends its line; TAG20261129T074116, a piece name's stamp, the 2026_11_29 directory, DBID and SID are names and ids, 00:00:48 is a duration; a line without `at <date>` has no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:14Z", Unknown, "", "Recovery Manager: Release 19.0.0.0.0 - Production on Sun Nov 29 07:41:14 2026"),
			we("", Unknown, "", "Version 19.24.0.0.0"),
			we("", Unknown, "", "connected to target database: SHOP (DBID=2841177305)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Starting backup at 2026-11-29 07:41:16"),
			we("", Unknown, "", "using target database control file instead of recovery catalog"),
			we("", Unknown, "", "allocated channel: ORA_DISK_1"),
			we("", Unknown, "", "channel ORA_DISK_1: SID=412 device type=DISK"),
			we("", Unknown, "", "channel ORA_DISK_1: starting full datafile backup set"),
			we("", Unknown, "", "channel ORA_DISK_1: specifying datafile(s) in backup set"),
			we("", Unknown, "", "input datafile file number=00001 name=/u01/oradata/SHOP/system01.dbf"),
			we("2026-11-29T07:41:17Z", Unknown, "", "channel ORA_DISK_1: starting piece 1 at 2026-11-29 07:41:17"),
			we("2026-11-29T07:42:05Z", Unknown, "", "channel ORA_DISK_1: finished piece 1 at 2026-11-29 07:42:05"),
			we("", Unknown, "", "piece handle=/u03/fra/SHOP/backupset/2026_11_29/o1_mf_nnndf_TAG20261129T074116_mz4q8k2d_.bkp tag=TAG20261129T074116 comment=NONE"),
			we("", Unknown, "", "channel ORA_DISK_1: backup set complete, elapsed time: 00:00:48"),
			we("2026-11-29T07:42:05Z", Unknown, "", "Finished backup at 2026-11-29 07:42:05"),
			we("2026-11-29T07:42:06Z", Unknown, "", "Starting Control File and SPFILE Autobackup at 2026-11-29 07:42:06"),
			we("", Unknown, "", "piece handle=/u03/fra/SHOP/autobackup/2026_11_29/o1_mf_s_1218529326_mz4q9p1f_.bkp comment=NONE"),
			we("2026-11-29T07:42:07Z", Unknown, "", "Finished Control File and SPFILE Autobackup at 2026-11-29 07:42:07"),
		},
	},
	{
		name:   "rtklib-pos-gps-week-time-of-week",
		gap:    "trawl does not read a GPS week and seconds of the week (`2447  27694.000` opening the row, in GPS time, 18 s ahead of UTC) as a time",
		source: "RTKLIB 2.4.3's solution file from RTKPOST or rnx2rtkp with the time format set to GPS week and seconds (`ww ssss GPST`): the `%` header lines (program, input files, `obs start : … GPST (weekNNNN SSSS.Ss)`), the column line, then one epoch a line with latitude, longitude, height, Q (1 fix, 2 float, 5 single), ns and the sigmas, age and ratio: an Emlid Reach solution stream quoted in a user's Node script (the `GPST latitude(deg) …` header and a `1934 433341.500 …` row), a RTKPOST header with `GPST (week1878 259200.0s)` in a Hungarian RTKLIB tutorial; the option's name from memory",
		why:    "the time is a GPS week and the seconds into it, in GPS time, 18 s ahead of UTC; Q and ns are a fix quality and a satellite count, no level; coordinates, sigmas and the ratio are no times",
		entries: []worldEntry{
			wskip("% program   : RTKPOST ver.2.4.3 b34",
				`% inp file  : C:\survey\rov03330.26o`,
				`% inp file  : C:\survey\brdc3330.26n`,
				"% obs start : 2026/11/29 07:41:34.0 GPST (week2447 27694.0s)",
				"% obs end   : 2026/11/29 07:49:58.0 GPST (week2447 28198.0s)",
				"% pos mode  : kinematic",
				"%",
				"% (lat/lon/height=WGS84/ellipsoidal,Q=1:fix,2:float,3:sbas,4:dgps,5:single,6:ppp,ns=# of satellites)",
				"%  GPST                  latitude(deg) longitude(deg)  height(m)   Q  ns   sdn(m)   sde(m)   sdu(m)  sdne(m)  sdeu(m)  sdun(m) age(s)  ratio"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2447  27694.000   48.137154212   11.575492834   542.3318   1  14   0.0041   0.0037   0.0102   0.0011  -0.0018   0.0020   1.00  211.4"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2447  27695.000   48.137154230   11.575492801   542.3342   1  14   0.0041   0.0037   0.0102   0.0011  -0.0018   0.0020   1.00  198.0"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2447  27696.000   48.137154251   11.575492862   542.3290   2  13   0.0212   0.0188   0.0517   0.0061  -0.0092   0.0103   2.00    2.4"),
			we("2026-11-29T07:41:22Z", Unknown, "", "2447  27700.000   48.137153990   11.575493117   542.4105   5   9   1.8204   1.4123   4.1020   0.5311  -0.8802   0.9014   0.00    0.0"),
		},
	},
}

func TestFresh362Formats(t *testing.T) { assertTable(t, fresh362Cases) }
func TestFresh362Score(t *testing.T) {
	checkScore(t, "fresh362 formats", fresh362Cases, [worldNumFields]float64{85.7, 42.4, 83.2, 79.9})
}
