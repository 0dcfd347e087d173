package parse

import "testing"

// The four-hundred-and-forty-seventh fresh table, written on 2026-12-06: syslog test vectors, a
// twenty-second pass: senders, relays and stores whose syslog shapes no earlier table holds
// (embedded devices, a language library's syslog handler, a relay that rewrites the header). Each
// family is one product's output in one stored shape: sqm-scripts on OpenWrt read with logread
// (`user.notice SQM: …`); ebusd (the eBUS daemon on a Raspberry Pi) run in the foreground under
// systemd, its own stamped line inside Debian's /var/log/syslog, and the same read with `journalctl
// -o short-iso` on a machine at +01:00 (ebusd's zone-less local stamp inside a `+0100` header);
// Ruby's logging gem with its Syslog appender, once with the default Basic layout (the level name
// right-aligned to five characters) and once with a Pattern layout (`[%d] %-5l -- %c : %m`); uqmi's
// QMI protocol handler on OpenWrt, whose output netifd logs as `netifd: wwan (pid): …` in logread;
// the whatsbee-sonoff firmware (ESP8266), which sends `hostname message` with no PRI and no time, as
// rsyslog stores it (the sender's address put in the host field, the device's name left where the
// tag goes); sqm-autorate's own log on the router (`[LEVEL - yyyyMMddTHH:mm:ss]: msg`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`sqm`, `sqm-scripts`, `Starting SQM`, `SQM: `, `sqm-autorate`,
// `next_ul_rate`, `ebusd`, `ebus`, `[bus notice]`, `bus started`, `Logging.appenders`,
// `appenders.syslog`, `Logging::Appenders`, `twp/logging`, `logging gem` (fresh34 holds The
// Foreman's file in the gem's own layout, fresh125 the gem's pattern on a terminal: its syslog
// appender is in none), ` INFO  -- `, `logsly`, `uqmi`, `umbim`, `qmi.sh`, `netifd: wwan`,
// `netifd: wan (` (fresh142, fresh194: other protocol handlers), `Waiting for SIM` (fresh18, another
// product), `whatsbee`, `wbee`, `ubusd`, `alfred`, `owserver`, `triggerhappy`, `Syslogs.jl`,
// `hslogger` (fresh104, fresh376), `ExSyslogger`, `logger_syslog_backend`, `tracing-syslog`,
// `sysloggly`, `ithowifi`, `wago`, `pfc200`, `reolink`, and, looked at and left as held already:
// `tomato` (FreshTomato's wire form in fresh116, AdvancedTomato's messages in fresh319), `LOGSTASH[`
// and `output-syslog` (Logstash's syslog output in fresh19, fresh77, fresh287), `Log2Syslog` and
// `fhem` (fresh355), `arcao` (seven tables), `tasmota`, `esphome`, `zephyr`, `netconsole`,
// `RemoteSyslogAppender`, `RemoteSyslogChannel`, `log4cplus`, `syslog_backend`, `SyslogAppender`,
// `SysLogHandler`, `rfc5424-logging`, `Formatter5424`, `NLog.Targets`, `srslog`, `Sys::Syslog`,
// `Log::Dispatch`, `Syslog::Logger`, `winston`, `pino-syslog`, `syslogexporter`, `Message forwarded
// from`, `evtsys`, `MSWinEventLog`, `kiwi`, `papertrail`, `nxlog`, `chain-hostnames`, `rawmsg`,
// `Debug line with all properties`, `mikrotik`, `unifi`, `procurve`, `traputil`, `raslog`, `idrac`,
// `draytek`, `teltonika`, `airos`, `grandstream`, `yealink`, `peplink`, `cradlepoint`, `opengear`,
// `raritan`, `meinberg`, `slog2info`, `dd-wrt`). logread's format, Debian's traditional syslog file,
// the journal's short-iso output and rsyslog's substitution of the sender's address are in earlier
// tables with other senders; sqm-scripts, sqm-autorate, ebusd, the logging gem's Syslog appender,
// uqmi's handler and whatsbee-sonoff are in none. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). logread's `Sun Nov 29 07:41:16 2026` has a year and no zone (UTC); the BSD
// headers of Debian's file and rsyslog's file are yearless (2026) and UTC; ebusd's
// `2026-11-29 07:41:16.204` and the Pattern layout's `[2026-11-29T07:41:16]` are the same instant as
// the header around them, either accepted; in the journal at +01:00 the header's `+0100` is
// converted and ebusd's zone-less local `08:41:16.204` is taken as UTC, so the two are not the same
// instant and either is accepted as the rules say; sqm-autorate's `20261129T07:41:16` has no zone
// (UTC). Levels only where the line marks one: logread's facility.level (user.notice,
// daemon.notice), ebusd's `[area level]`, the Basic layout's right-aligned level name, the Pattern
// layout's padded level, sqm-autorate's bracketed level; Debian's file and rsyslog's file store no
// severity, and SQM's `ERROR:` inside a user.notice message is message text. The host is the
// record's host field: the BSD header's host, the journal's host, the sender's address that rsyslog
// wrote into the host field; logread and sqm-autorate's file have none, the wbee-sonoff device name
// in the tag position is no host field, and the eBUS address `31/36`, the uqmi pid, the APN and the
// addresses inside messages are not hosts.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 7e13a53 before any rule for it: level 75.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 73.5 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 7e13a53 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right (sqm-scripts, both logging gem layouts, uqmi's handler, whatsbee-sonoff and
// sqm-autorate); the gaps are ebusd's level, the second word of its `[area level]` bracket after
// its own stamp, read neither behind the BSD header of Debian's file nor behind the journal's
// short-iso header.

var fresh447Cases = []worldCase{
	{
		name:   "sqm-scripts-openwrt-logread-user-notice",
		source: "sqm-scripts on OpenWrt (sqm_logger runs `logger -t SQM`, so every line is user.notice; read with logread: `Ddd Mmm dd HH:mm:ss yyyy facility.level tag: msg`, no host): tohojo/sqm-scripts issue #19 (the system log after `/etc/init.d/sqm restart`) and issue #96 (`SQM: ERROR: cmd_wrapper: tc: FAILURE (1): …`)",
		why:    "logread's ctime-style time with the year after it; the level is the facility.level pair; `ERROR:` inside a user.notice line is message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026 user.notice SQM: Stopping SQM on pppoe-wan"),
			we("2026-11-29T07:41:17Z", Notice, "", "Sun Nov 29 07:41:17 2026 user.notice SQM: Starting SQM script: piece_of_cake.qos on pppoe-wan, in: 92000 Kbps, out: 38000 Kbps"),
			we("2026-11-29T07:41:17Z", Notice, "", "Sun Nov 29 07:41:17 2026 user.notice SQM: ERROR: cmd_wrapper: tc: FAILURE (2): /sbin/tc qdisc add dev ifb4pppoe-wan root cake bandwidth 92000kbit besteffort"),
			we("2026-11-29T07:41:18Z", Notice, "", "Sun Nov 29 07:41:18 2026 user.notice SQM: piece_of_cake.qos was started on pppoe-wan successfully"),
		},
	},
	{
		name:   "ebusd-foreground-debian-syslog-own-stamp",
		gap:    "trawl reads no level from ebusd's `[area level]` bracket (`[main notice]`, `[bus error]`, `[update notice]`) after its own `yyyy-MM-dd HH:mm:ss.mmm` stamp behind the BSD header and `ebusd[pid]: `: every record comes out Unknown; time, host and records are right",
		source: "ebusd run in the foreground (`-f`) under systemd on Raspberry Pi OS, its stdout forwarded by journald to rsyslog's traditional /var/log/syslog; ebusd's own line `yyyy-MM-dd HH:mm:ss.mmm [area level] msg` with areas main, bus, update and levels error, notice, info, debug: john30/ebusd issues #273, #1266 and #171 (terminal and log file pastes); the syslog wrapping from memory",
		why:    "the BSD header's time and ebusd's millisecond stamp of the same second; the level is the second word in the brackets; `31/36` and the hex telegrams are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204Z", Notice, "heizung-pi", "Nov 29 07:41:16 heizung-pi ebusd[612]: 2026-11-29 07:41:16.204 [main notice] ebusd 25.1.p20251012 started with auto scan on device: /dev/ttyACM0, serial"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.731Z", Notice, "heizung-pi", "Nov 29 07:41:16 heizung-pi ebusd[612]: 2026-11-29 07:41:16.731 [bus notice] bus started with own address 31/36"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.012Z", Info, "heizung-pi", "Nov 29 07:41:17 heizung-pi ebusd[612]: 2026-11-29 07:41:17.012 [main info] reading file broadcast.csv"),
			we("2026-11-29T07:41:23Z|2026-11-29T07:41:23.488Z", Error, "heizung-pi", "Nov 29 07:41:23 heizung-pi ebusd[612]: 2026-11-29 07:41:23.488 [bus error] send to 08: ERR: arbitration lost, retry"),
			we("2026-11-29T07:41:33Z|2026-11-29T07:41:33.090Z", Notice, "heizung-pi", "Nov 29 07:41:33 heizung-pi ebusd[612]: 2026-11-29 07:41:33.090 [update notice] received unknown MS cmd: 1008b5110101 / 0a7c816005ffff0000ff"),
		},
	},
	{
		name:   "ebusd-journal-short-iso-cet-local-stamp",
		gap:    "trawl reads no level from ebusd's `[area level]` bracket (`[main notice]`, `[main debug]`, `[main error]`) after its own zone-less stamp behind the journal's short-iso header `yyyy-MM-ddTHH:mm:ss+0100 host ebusd[pid]: `: every record comes out Unknown; time, host and records are right",
		source: "ebusd in the foreground under systemd on a Raspberry Pi at +01:00, read with `journalctl -u ebusd -o short-iso` (`yyyy-MM-ddTHH:mm:ss+0100 host ebusd[pid]: ` before ebusd's own zone-less local `yyyy-MM-dd HH:mm:ss.mmm [area level] msg`): john30/ebusd issues #1266 and #273 for ebusd's line; the journal output from memory",
		why:    "the journal's time with a `+0100` offset and ebusd's local stamp an hour later on the clock (zone-less, so UTC by the rules); the journal's host; the level in the brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T08:41:16.204Z", Notice, "kessel-pi", "2026-11-29T08:41:16+0100 kessel-pi ebusd[588]: 2026-11-29 08:41:16.204 [main notice] ebusd 25.1.p20251012 started with full scan on device: ens:192.168.20.41:9999, enhanced"),
			we("2026-11-29T07:41:16Z|2026-11-29T08:41:16.519Z", Notice, "kessel-pi", "2026-11-29T08:41:16+0100 kessel-pi ebusd[588]: 2026-11-29 08:41:16.519 [bus notice] device status: resetting"),
			we("2026-11-29T07:41:17Z|2026-11-29T08:41:17.233Z", Debug, "kessel-pi", "2026-11-29T08:41:17+0100 kessel-pi ebusd[588]: 2026-11-29 08:41:17.233 [main debug] file type of /etc/ebusd/vaillant/15.720.csv is file"),
			we("2026-11-29T07:41:29Z|2026-11-29T08:41:29.870Z", Error, "kessel-pi", "2026-11-29T08:41:29+0100 kessel-pi ebusd[588]: 2026-11-29 08:41:29.870 [main error] scan config 15: ERR: read timeout"),
		},
	},
	{
		name:   "ruby-logging-gem-syslog-appender-basic-layout",
		source: "Ruby's logging gem (TwP/logging) with `Logging.appenders.syslog('billing')` (logopt LOG_PID|LOG_CONS) and the appender's default Basic layout (`%*s  %s : %s` with the level name right-aligned to MAX_LEVEL_LENGTH 5, two spaces, the logger's name, ` : `, the message), in Debian 12's /var/log/syslog: the appender's source lib/logging/appenders/syslog.rb and logsly's syslog output (Logging.appenders.syslog with LOG_PID|LOG_CONS) found in the code corpus; the Basic layout's format from memory",
		why:    "the level name after the tag, right-aligned so INFO and WARN carry a leading space and ERROR none; the logger's class name and ` : ` follow it; the BSD header's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "app3", "Nov 29 07:41:16 app3 billing[4410]:  INFO  Billing::Invoicer : invoice 88213 sent to 3 recipients"),
			we("2026-11-29T07:41:17Z", Warn, "app3", "Nov 29 07:41:17 app3 billing[4410]:  WARN  Billing::Gateway : retrying capture for order 55120 (attempt 2)"),
			we("2026-11-29T07:41:19Z", Error, "app3", "Nov 29 07:41:19 app3 billing[4410]: ERROR  Billing::Gateway : capture failed for order 55120: Net::ReadTimeout"),
			we("2026-11-29T07:41:20Z", Debug, "app3", "Nov 29 07:41:20 app3 billing[4410]: DEBUG  Billing::Ledger : posted 2 lines to ledger 7"),
		},
	},
	{
		name:   "ruby-logging-gem-syslog-appender-pattern-layout",
		source: "Ruby's logging gem Syslog appender given `Logging.layouts.pattern` with its default pattern `[%d] %-5l -- %c : %m` (%d as ISO 8601 without a zone), in Debian 12's /var/log/syslog: lib/logging/appenders/syslog.rb and logsly's syslog output (a pattern layout handed to Logging.appenders.syslog) found in the code corpus; the default pattern and date format from memory",
		why:    "the header's time and the layout's zone-less ISO time in brackets of the same second; the padded level after it, then `-- logger : message`",
		entries: []worldEntry{
			we("2026-11-29T07:42:01Z", Info, "app3", "Nov 29 07:42:01 app3 worker[5120]: [2026-11-29T07:42:01] INFO  -- Jobs::Reconcile : batch 771 reconciled, 140 rows"),
			we("2026-11-29T07:42:05Z", Warn, "app3", "Nov 29 07:42:05 app3 worker[5120]: [2026-11-29T07:42:05] WARN  -- Jobs::Reconcile : 2 rows skipped: currency mismatch"),
			we("2026-11-29T07:42:09Z", Error, "app3", "Nov 29 07:42:09 app3 worker[5120]: [2026-11-29T07:42:09] ERROR -- Jobs::Export : upload to sftp://files.example.net failed: connection reset"),
			we("2026-11-29T07:42:10Z", Critical, "app3", "Nov 29 07:42:10 app3 worker[5120]: [2026-11-29T07:42:10] FATAL -- Jobs::Runner : giving up after 5 failures"),
		},
	},
	{
		name:   "uqmi-netifd-proto-logread-wwan",
		source: "OpenWrt's QMI protocol handler (/lib/netifd/proto/qmi.sh driving uqmi), whose stdout netifd logs as `netifd: <interface> (<pid>): <line>`, read with logread (daemon.notice): the handler's messages (`Waiting for SIM initialization`, `Starting network`, `Unable to connect, check APN and authentication`) and netifd's `Interface 'x' is setting up now` from memory",
		why:    "logread's time with the year; daemon.notice is the level; the `(3128)` after the interface is the handler's pid, no time; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026 daemon.notice netifd: Interface 'wwan' is setting up now"),
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026 daemon.notice netifd: wwan (3128): Waiting for SIM initialization"),
			we("2026-11-29T07:41:19Z", Notice, "", "Sun Nov 29 07:41:19 2026 daemon.notice netifd: wwan (3128): Starting network wwan"),
			we("2026-11-29T07:41:24Z", Notice, "", "Sun Nov 29 07:41:24 2026 daemon.notice netifd: wwan (3128): Unable to connect, check APN and authentication"),
			we("2026-11-29T07:41:25Z", Notice, "", "Sun Nov 29 07:41:25 2026 daemon.notice netifd: Interface 'wwan' is now down"),
		},
	},
	{
		name:   "whatsbee-sonoff-no-pri-rsyslog-fromhost",
		source: "the whatsbee-sonoff ESP8266 firmware's syslog (WBEE_syslog.ino: `sprintf(\"%s %s\", Hostname, message)` sent over UDP with no PRI and no time), as rsyslog stores it in its traditional file format (no time in the message, so the reception time; the sender's address put in the host field; the device's name parsed as the tag): bmotes/whatsbee-sonoff WBEE_syslog.ino found in the code corpus; rsyslog's handling from memory; the messages invented in the firmware's `AREA: text` style",
		why:    "the relay wrote the header: its time and the sender's address are the record's; the device's name sits where the tag goes and is no host field; no severity stored",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "10.0.0.51", "Nov 29 07:41:16 10.0.0.51 wbee-sonoff-3 WIFI: Connected"),
			we("2026-11-29T07:41:17Z", Unknown, "10.0.0.51", "Nov 29 07:41:17 10.0.0.51 wbee-sonoff-3 MQTT: Attempting connection..."),
			we("2026-11-29T07:41:17Z", Unknown, "10.0.0.51", "Nov 29 07:41:17 10.0.0.51 wbee-sonoff-3 MQTT: Connected"),
			we("2026-11-29T07:41:42Z", Unknown, "10.0.0.51", "Nov 29 07:41:42 10.0.0.51 wbee-sonoff-3 RSLT: POWER = ON"),
		},
	},
	{
		name:   "sqm-autorate-own-log-bracket-level-compact-date",
		source: "sqm-autorate (the Lua CAKE rate controller on OpenWrt) writing /tmp/sqm-autorate.log: `[LEVEL - yyyyMMddTHH:mm:ss]: msg`: sqm-autorate/sqm-autorate PR #145 (`[INFO - 20220216T15:58:53]: next_ul_rate … next_dl_rate …`); the WARN and DEBUG names and the messages from memory",
		why:    "a basic-format date glued by T to an extended time, zone-less (UTC), inside brackets after the level and ` - `; the rates are no times; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[INFO - 20261129T07:41:16]: Starting sqm-autorate.lua v0.5.2"),
			we("2026-11-29T07:41:17Z", Info, "", "[INFO - 20261129T07:41:17]: next_ul_rate 18450 next_dl_rate 71120"),
			we("2026-11-29T07:41:20Z", Warn, "", "[WARN - 20261129T07:41:20]: no reflector responses for 5 s, holding rates"),
			we("2026-11-29T07:41:21Z", Debug, "", "[DEBUG - 20261129T07:41:21]: reflector 9.9.9.9 delta_ms 41.7 baseline_ms 12.3"),
		},
	},
}

func TestFresh447Formats(t *testing.T) { assertTable(t, fresh447Cases) }
func TestFresh447Score(t *testing.T) {
	checkScore(t, "fresh447 formats", fresh447Cases, [worldNumFields]float64{74.9, 99.9, 99.9, 99.9})
}
