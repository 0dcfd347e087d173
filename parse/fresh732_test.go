package parse

import "testing"

// The seven-hundred-and-thirty-second fresh table: license servers and software licensing, the
// logs an administrator attaches to a ticket when a seat is denied or a server will not start, in
// shapes no earlier table holds. Each family is one product's documented or observed output:
// X-Formation's LM-X License Server log (`[yyyy-MM-dd HH:mm:ss] msg`); the CimLM License Server
// Monitor log of 3D Systems/Oqton (a day-first date with a two-digit year, `29/11/26 07:41:16
// Connection Start user@client …`); vlmcsd, the KMS emulator, in verbose mode (`yyyy-MM-dd
// HH:mm:ss: msg`, a request spread over one stamped line per field); py-kms's log file (a weekday
// and a day-first date, `Sun, 29 Nov 2026 07:41:16 INFO     msg`) and the original py-kms
// server.py's console (untimed lines and a ctime date inside `Received V6 request on …`); the
// Sentinel RMS (SentinelLM) usage log lservsta (a ctime-like date and the same instant in epoch
// seconds in the middle of a transaction line); Reprise RLM's reportlog in std format (the
// yearless `mm/dd hh:mm:ss` at the end of OUT and IN records); WIBU CodeMeter's license tracking
// logfile (`2026-11-29T07:41:16 Access Server:"…", LicenseId:…, Client:"…"`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`lmgrd`, `flexlm`, `flexnet`, `(lmgrd)`, `TIMESTAMP `, `adskflex`,
// `(MLM)`, `mathworks`, `autodesk`, `AdskLicensing`, `rlm`, `reprise`, `(rlm)`, `reportlog`,
// `requested product`, `lm-x`, `lmx`, `x-formation`, `License server has pid`, `Serving licenses
// for vendor`, `sentinel`, `sentinel rms`, `sentinellm`, `sentinel ldk`, `hasp`, `hasplm`,
// `hasplms`, `aksusbd`, `lserv`, `lservsta`, `# Startup`, `kms`, `vlmcsd`, `Incoming KMS request`,
// `connection accepted:`, `py-kms`, `pykms`, `TCP server listening`, `Received V6 request`, `1688`,
// `cimlm`, `cimatron`, `Grab Module`, `Connection Start`, `codemeter`, `wibu`, `TmrLogfile`,
// `CodeMeter_started`, `LicenseId:`, `Access Server:`, `AppText`, `dsls`, `DSLicSrv`,
// `LICENSESERV`, `license server`, `licens`, `OUT: `, `IN: "`, `DENIED:`, `UNSUPPORTED:`,
// `lmutil`, `lmstat`, `Flexible License Manager`, `rlmstat`, `keygen`, `openlm`, `lum`, `i4blt`,
// `flexera`). FlexNet's lmgrd debug log (MathWorks' MLM among its vendor daemons) and RLM's debug
// log are in fresh346, so they are left out here, as are the FlexNet Publisher variants that print
// the same `H:MM:SS (daemon) msg` line (Autodesk's adskflex, IBM Rational's ibmratl, the 11.12
// `(@lmgrd-SLOG@)` summary lines). No table holds LM-X, CimLM, vlmcsd, py-kms, the Sentinel RMS
// usage log, RLM's reportlog or CodeMeter's logfile: `Connection Start`, `connection accepted:`,
// `TCP server listening`, `lserv`, `reportlog`, `1688`, `kms`, `sentinel` and `hasp` hit other
// things (an SMTP session line, other servers' listeners, `SqlServer` in .NET frames, Spring Boot's
// ConditionEvaluationReportLogger, pids and line numbers, kmsg and dkms, Redis Sentinel and
// Microsoft Sentinel, z/OS JES2's $HASP). Left out for want of a confirmed layout: Autodesk's
// Licensing Service log (AdskLicensingService), Sentinel LDK's hasplms logs, the DS License
// Server's log and FlexNet's lmadmin. Left out as a report rather than a log: `lmutil lmstat -a`
// (its user lines carry a checkout start, its header the time of the enquiry). The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time without a zone is UTC: LM-X's, CimLM's, vlmcsd's, py-kms's, the
// ctime dates of py-kms's console and of the Sentinel usage log (whose epoch column is the same
// instant), CodeMeter's (UTC, as its help says). CimLM's date is day-first with a two-digit year
// (29/11/26 is 2026-11-29). RLM's reportlog date has no year: 2026. No time where the line has none
// of its own: py-kms's old console lines except `Received V6 request on <ctime>.`, whose date is
// the time the request came in. Levels only where the line marks one: py-kms's padded level word
// (INFO WARNING ERROR DEBUG) and LM-X's `WARNING: ` before a warning; CimLM's events, vlmcsd's
// lines, Sentinel's transaction codes (1 is a denial), RLM's OUT and IN and CodeMeter's entries
// carry none. The host is the record's host field, and none of these families has one: the server
// named in LM-X's banner and CimLM's Server Start, vlmcsd's `Workstation name`, the Host column of
// the Sentinel and RLM records (the client's machine), CodeMeter's `Server:"…"` and `Client:"…"`
// values and every user@client are message or client fields. Each line is a record of its own
// (vlmcsd's request block is one stamped line per field). The Sentinel `# Startup` line and
// CodeMeter's TmrLogfile header line are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); no family rests on memory. Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 100.0 %, time 82.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 85.4 %, host 100.0 %, records 100.0 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are the ctime date inside py-kms's `Received V6 request on …`
// line, which trawl does not read, and the yearless `mm/dd hh:mm:ss` at the end of RLM's reportlog
// records, which it does not read either.

var fresh732Cases = []worldCase{
	{
		name:   "lmx-license-server-log",
		source: "X-Formation LM-X License Server's log (lmx-serv.log, also its stdout in a container): every line `[yyyy-MM-dd HH:mm:ss] message`, a bare `[stamp]` for an empty line, `WARNING: ` before a warning: Softing licsrv container README found with find_string (`[2021-05-26 13:38:30] LM-X License Server v4.9.23 build … on softing_licsrv (Linux_x64)`, `Serving licenses for vendor SOFTING.`, `WARNING: It is not recommended to run license server as root.`), QIAGEN CLC Network License Manager manual 'License manager log file'",
		why:    "a bracketed zone-less ISO date and time; a line that is only the stamp is a record with a time; WARNING: is the line's own marker; the host named in the banner is message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] LM-X License Server v5.6.2 build 1c94e07a on lic03 (Linux_x64)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] License server has pid 2214."),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16] Serving licenses for vendor ORBITSIM."),
			we("2026-11-29T07:41:16Z", Warn, "", "[2026-11-29 07:41:16] WARNING: It is not recommended to run license server as root."),
			we("2026-11-29T07:41:16Z", Unknown, "", "[2026-11-29 07:41:16]"),
			we("2026-11-29T07:41:17Z", Unknown, "", "[2026-11-29 07:41:17] License server using TCP IPv4 port 6200."),
		},
	},
	{
		name:   "cimlm-license-server-monitor-log",
		source: "3D Systems/Oqton CimLM License Server Monitor's log (License Server\\Log\\CimLmService_yyyy-MM.log): `dd/MM/yy HH:mm:ss Event fields`, events Server Start, Connection Start, Client Grab Module, ModuleName … Success n of m, Client Ungrab All Modules, Connection End: 3D Systems knowledge article 'License Log Details [CimLM]' (its generic example)",
		why:    "a day-first date with a two-digit year (29/11/26); the server name in Server Start and user@client in the others are no host fields; the version and port are no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `29/11/26 07:41:16 Server Start LIC-CAM02      10106  16.0.2 C:\ProgramData\Oqton\Licenses Cimatron,2026 | CimatronViewer,2026 |`),
			we("2026-11-29T08:02:11Z", Unknown, "", "29/11/26 08:02:11 Connection Start jkowal@WS-ENG-31 7412  Cimatron 2026 7412"),
			we("2026-11-29T08:02:12Z", Unknown, "", "29/11/26 08:02:12 Client Grab Module  jkowal@WS-ENG-31 7412  MoldDesign Cimatron 2026"),
			we("2026-11-29T08:02:12Z", Unknown, "", "29/11/26 08:02:12 ModuleName MoldDesign Success  1 of 3"),
			we("2026-11-29T09:30:02Z", Unknown, "", "29/11/26 09:30:02 Client Ungrab All Modules jkowal@WS-ENG-31 7412  Cimatron 2026"),
			we("2026-11-29T09:30:03Z", Unknown, "", "29/11/26 09:30:03 Connection End jkowal@WS-ENG-31 7412"),
		},
	},
	{
		name:   "vlmcsd-kms-emulator-verbose-log",
		source: "vlmcsd (Wind4/vlmcsd) with -v on stdout or -l file: every line `yyyy-MM-dd HH:mm:ss: message`, each field of a KMS request on a line of its own with the same stamp and a padded `Name   : value`: mogeko/docker-vlmcsd README found with find_string (`2018-04-17 08:31:43: IPv4 connection accepted: 172.23.0.1:38940.`, `<<< Incoming KMS request`, `Protocol version                : 4.0`), a vlmcsd Slack notifier's docstring describing the same block, Wind4/vlmcsd issue #15",
		why:    "a zone-less ISO date and time closed by a colon; the request block is one record per line, each with its own stamp; the workstation name and client address are no hosts; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16: Listening on 0.0.0.0:1688"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16: vlmcsd svn1113, built 2020-03-28 started successfully"),
			we("2026-11-29T08:02:11Z", Unknown, "", "2026-11-29 08:02:11: IPv4 connection accepted: 10.20.4.57:50214."),
			we("2026-11-29T08:02:11Z", Unknown, "", "2026-11-29 08:02:11: <<< Incoming KMS request"),
			we("2026-11-29T08:02:11Z", Unknown, "", "2026-11-29 08:02:11: Protocol version                : 6.0"),
			we("2026-11-29T08:02:11Z", Unknown, "", "2026-11-29 08:02:11: Workstation name                : WS-ACC-014.corp.example"),
			we("2026-11-29T08:02:12Z", Unknown, "", "2026-11-29 08:02:12: IPv4 connection closed: 10.20.4.57:50214."),
		},
	},
	{
		name:   "py-kms-server-logfile",
		source: "py-kms (SystemRage/py-kms) pykms_logserver.log with -V INFO: Python logging `%(asctime)s %(levelname)-8s %(message)s` with datefmt `%a, %d %b %Y %H:%M:%S`: py-kms docs Usage.md found with find_string (`Mon, 12 Jun 2017 22:09:00 INFO     TCP server listening at 0.0.0.0 on port 1688.`, `HWID: 364F463A8863D35F`)",
		why:    "a weekday and a day-first RFC 1123 date without a zone; the level word padded to eight columns; the client address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Sun, 29 Nov 2026 07:41:16 INFO     TCP server listening at 0.0.0.0 on port 1688."),
			we("2026-11-29T07:41:16Z", Info, "", "Sun, 29 Nov 2026 07:41:16 INFO     HWID: 5A2C91F07E3B4D18"),
			we("2026-11-29T08:02:11Z", Debug, "", "Sun, 29 Nov 2026 08:02:11 DEBUG    Connection accepted: 10.20.4.61:50233"),
			we("2026-11-29T08:02:12Z", Warn, "", "Sun, 29 Nov 2026 08:02:12 WARNING  Unknown SKU ID 4e5a7c11-90b2-4d3e-8f61-2b7d0c9a5e34, using default client count."),
			we("2026-11-29T08:02:13Z", Error, "", "Sun, 29 Nov 2026 08:02:13 ERROR    Connection reset by 10.20.4.61:50233 before the response was sent."),
		},
	},
	{
		name:   "py-kms-legacy-console",
		gap:    "the C ctime date inside `Received V6 request on Sun Nov 29 08:02:11 2026.` is not read: the line gets no time",
		source: "the original py-kms server.py (myanaloglife/py-kms and its forks) on a terminal: untimed lines `TCP server listening at 0.0.0.0 on port 1688.`, `Connection accepted: ip:port`, `Received V6 request on <ctime>.`, `Connection closed: ip:port`: a blog post in the code corpus found with find_string ('TCP server listening at 0.0.0.0 on port 1688'), pasting that console after `slmgr -ato`",
		why:    "lines with no stamp carry no time; the request line's C ctime date (`Sun Nov 29 08:02:11 2026`, a space-padded day) is the time the request came in; the client address is no host; no level",
		entries: []worldEntry{
			we("", Unknown, "", "TCP server listening at 0.0.0.0 on port 1688."),
			we("", Unknown, "", "Connection accepted: 10.20.4.57:50214"),
			we("2026-11-29T08:02:11Z", Unknown, "", "Received V6 request on Sun Nov 29 08:02:11 2026."),
			we("", Unknown, "", "Connection closed: 10.20.4.57:50214"),
			we("2026-11-29T09:30:02Z", Unknown, "", "Received V5 request on Sun Nov 29 09:30:02 2026."),
		},
	},
	{
		name:   "sentinel-rms-usage-log",
		source: "Sentinel RMS (SentinelLM) license server usage log (lservsta, LSERVSTA): one transaction a line `Server-LFE License-LFE Reserved Day Mon dd hh:mm:ss yyyy  epoch feature ver trans numkeys keylife user host lsver currency comment checksums`, and `# Startup …` lines: SentinelLM System Administrator's Guide 'log file' (manualshelf, pages 40-41), Sentinel RMS 'License Manager Usage Logs' help, S&P Global License Manager usage-log help",
		why:    "a ctime-like date (weekday, month name, time, year) and the same instant as epoch seconds beside it; feature versions, counts and base64 checksums are no times; the Host column is the client's machine, no host of the record; trans 1 (denial) is no level",
		entries: []worldEntry{
			wskip("# Startup Sentinel RMS Development Kit v9.7.0.0033 Sun Nov 29 07:41:16 2026  1795938076 lic04 140 4294489039"),
			we("2026-11-29T08:02:11Z", Unknown, "", "2 0 MTI1 Sun Nov 29 08:02:11 2026  1795939331 hydrosim v 0 3 0 alice ws-14 9.7.0 1 - MA== 612944 MTc5NTkzOTMzMQ=="),
			we("2026-11-29T08:05:40Z", Unknown, "", "2 0 MTI1 Sun Nov 29 08:05:40 2026  1795939540 hydrosim v 1 3 0 bob ws-22 9.7.0 1 - MQ== 318207 MTc5NTkzOTU0MA=="),
			we("2026-11-29T09:30:02Z", Unknown, "", "2 0 MTI1 Sun Nov 29 09:30:02 2026  1795944602 hydrosim v 2 2 5271 alice ws-14 9.7.0 1 - Mg== 907113 MTc5NTk0NDYwMg=="),
		},
	},
	{
		name:   "rlm-reportlog-std",
		gap:    "the yearless month-first `mm/dd hh:mm:ss` at the end of the OUT and IN records is not read: no record gets a time",
		source: "Reprise RLM ISV server reportlog in the default std format (REPORTLOG +file std): `OUT product version pool# user host \"isv_def\" count cur_use cur_resuse server_handle share_handle process_id \"project\" \"requested product\" \"requested version\" mm/dd hh:mm:ss` and `IN why product version user host \"isv_def\" count cur_use cur_resuse server_handle mm/dd hh:mm:ss`: Reprise docs 'Reportlog File Format' (reprisesoftware.com/docs/admin/reportlog-format.html), RLM end-user manual 6.4.2 (onlinedocs.microchip.com)",
		why:    "the time comes last, month-first and without a year (2026); versions, pool numbers and hex handles are no times; the host column is the client's machine, no host of the record; no level",
		entries: []worldEntry{
			we("2026-11-29T08:02:11Z", Unknown, "", `OUT nuke_i 12.0 3 alice ws-14 "" 1 1 0 4a 4a 1f3c "" "nuke_i" "12.0" 11/29 08:02:11`),
			we("2026-11-29T08:05:40Z", Unknown, "", `OUT nuke_r 12.0 4 bob ws-22 "" 1 2 0 4b 4b 2a07 "comp" "nuke_r" "12.0" 11/29 08:05:40`),
			we("2026-11-29T09:30:02Z", Unknown, "", `IN 1 nuke_i 12.0 alice ws-14 "" 1 1 0 4a 11/29 09:30:02`),
			we("2026-11-29T09:31:40Z", Unknown, "", `IN 2 nuke_r 12.0 bob ws-22 "" 1 0 0 4b 11/29 09:31:40`),
		},
	},
	{
		name:   "codemeter-license-tracking-log",
		source: "WIBU CodeMeter License Server's license tracking (TMR) logfile: `<timestamp> Entry Key:value, …` with a UTC timestamp, entries TmrLogfile (the header), Admin `Server:\"…\" CodeMeter_started <timestamp>`, License, Access `Server:\"…\", LicenseId:…, AccessId:…, Client:\"…\", User:\"…\", AppId:…, AppText:\"…\"`: CodeMeter's bundled help (CodeMeter 6.40-7.51 packages in the pages corpus, with the example `2014-02-07T10:34:33 SignedLogfile FirmCode:10, …`)",
		why:    "an ISO date and time with a T and no zone (UTC as the help says); the Admin entry repeats the start time at its end; Server:\"lic05\" names the license server inside the entry and Client:\"WS-14\" the client, neither is the record's host field; no level",
		entries: []worldEntry{
			wskip(`2026-11-29T07:41:16 TmrLogfile FirmCode:6000274, Runtime-Version:8.20.6539.500, TmrServerName:"lic05", TmrServerIp:"10.20.1.5", LogfileId:848216476`),
			we("2026-11-29T07:41:16Z", Unknown, "", `2026-11-29T07:41:16 Admin Server:"lic05" CodeMeter_started 2026-11-29T07:41:16`),
			we("2026-11-29T07:41:17Z", Unknown, "", `2026-11-29T07:41:17 License Server:"lic05", LicenseID:1, SN:3-4411207, FC:6000274, PC:1201, FM:0, ET:never, LQ:10, PT:"Orbit CAM Floating"`),
			we("2026-11-29T08:02:11Z", Unknown, "", `2026-11-29T08:02:11 Access Server:"lic05", LicenseId:1, AccessId:17, Client:"WS-14", User:"alice", AppId:0, AppText:"orbitcam 2026.2"`),
			we("2026-11-29T08:05:40Z", Unknown, "", `2026-11-29T08:05:40 Access Server:"lic05", LicenseId:1, AccessId:18, Client:"WS-22", User:"bob", AppId:0, AppText:"orbitcam 2026.2"`),
			we("2026-11-29T11:58:00Z", Unknown, "", `2026-11-29T11:58:00 Admin Server:"lic05" CodeMeter_stopped`),
		},
	},
}

func TestFresh732Formats(t *testing.T) { assertTable(t, fresh732Cases) }
func TestFresh732Score(t *testing.T) {
	checkScore(t, "fresh732 formats", fresh732Cases, [worldNumFields]float64{99.9, 82.4, 99.9, 99.9})
}
