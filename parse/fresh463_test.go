package parse

import "testing"

// The four-hundred-and-sixty-third fresh table, written on 2026-12-06: syslog test vectors, a
// twenty-third pass: senders, relays and stores whose syslog shapes no earlier table holds
// (embedded devices, a language library's syslog handler, a relay that rewrites the header). Each
// family is one product's output in one stored shape: OpenWrt's ddns-scripts writing its own
// per-section log /var/log/ddns/<section>.log (write_log's ` HHMMSS level : msg`, the time of day
// only, a blank level column for debug lines and the `uci configuration:` dump written by one
// printf with embedded newlines); the same ddns-scripts lines through logger as logread prints them
// (`ddns-scripts[pid]: section: msg` under user.*); OpenWrt's adblock 3.x in logread (the tag
// `adblock-[3.8.15]`, a version in brackets where a pid would be) and adblock 4.x (the tag
// `adblock-4.1.5[pid]`, the version with dots before the pid); OpenWrt's watchcat forwarded by
// logread -r to an Ubuntu 24.04 rsyslog that rewrites the yearless header into RFC 3339 with its
// own +01:00 offset; spdlog's syslog_sink with enable_formatting (its `[yyyy-MM-dd HH:mm:ss.SSS]
// [logger] [level]` pattern inside a Debian rsyslog line, no pid since syslog_option is 0); the
// same sink without formatting read back with `journalctl -o short-iso` (the journal adds the pid
// the message never carried); log4net's LocalSyslogAppender with the pattern of its manual
// (`MM/dd/yyyy HH:mm:ss.fff [thread] LEVEL logger - msg`, identity the application's name with
// LOG_PID, an exception's lines escaped to #012 by rsyslog).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`ddns-scripts`, `/var/log/ddns`, `  note :`, `uci configuration`,
// `verbose mode  :`, `write_log`, `use_syslog`, `ddns`, `adblock`, `adblock-`, `adblock-[`,
// `watchcat`, `spdlog`, `syslog_sink`, `LocalSyslogAppender`, `log4net`, `#012`, `Billing.Worker`,
// and for the candidates left out: `tasmota`, `ESP-`, `esphome`, `WLED`, `kiwi`, `Local7.Info`,
// `Vigor`, `draytek`, `devID=`, `zyxel`, `sys="SecureNet`, `sophos`, `Serilog`, `SourceContext`,
// `NLog`, `SysLogHandler`, `#000`, `log/syslog`, `srslog`, `logback`, `SyslogAppender`, `winston`,
// `glossy`, `Sys::Syslog`, `mikrotik`, `dhcp,info`, `ubiquiti`, `unifi`, `ProCurve`, `ports: port`,
// `APC`, `shelly`, `nxlog`, `to_syslog`, `snare`, `MSWinEventLog`, `chain_hostnames`,
// `chain-hostnames`, `fluent`, `vector`, `logstash`, `tftpd32`, `Visual Syslog`, `openHAB`,
// `Home Assistant`, `Formatter3164`, `TRAPMGR`, `%% `, `FASTPATH`, `UNITMGR`, `<NOTI>`, `socklog`,
// `metalog`, `<daemon.info>`, `<3.6>`, `evtsys`, `Eventlog to Syslog`, `syslog4j`,
// `syslog-client`, `SyslogUdpHandler`, `Syslog::Logger`, `hslogger`, `Log::Dispatch`, `log4perl`,
// `SyslogNet`, `banIP`, `mwan3track`, `travelmate`, `usteer`, `Teltonika`, `RutOS`, `tai64`,
// `@40000000`, `Venus`, `%LINK-I-`, `ICX`, `EXOS`, `AAA.authPass`, `Comware`, `%%10`, `%%01`,
// `AlliedWare`, `netbsd`, `multilog`, `svlogd`, `loguru`, `structlog`, `monolog`, `meraki`,
// `cradlepoint`, `peplink`, `moxa`, `hirschmann`, `scalance`, `westermo`, `lantronix`, `go-syslog`,
// `winston-syslog`, `pysyslog`, `RemoteSyslogAppender`, `logrus`, `log4cplus`, `Poco`,
// `RemoteSyslogChannel`, `omfwd`, `ForwardFormat`, `RSYSLOG_SyslogProtocol23Format`, `FROMHOST`,
// `pfSense`, `opnsense`, `ipfire`, `asuswrt`, `turris`, `arcao`, `SimpleSyslog`, `nc -klu`,
// `no-parse`, `LOG_PID`, `Rfc5424SysLogHandler`, `rfc5424-logging`, `sc4s`, `graylog`,
// `logstash-output-syslog`, `out_syslog`, `syslogexporter`, `cribl`, `PutSyslog`,
// `fluent-plugin-remote_syslog`, `remote-log-format`, `mmanon`, `omudpspoof`, `spoof`,
// `grandstream`, `yealink`, `omada`). ddns-scripts, adblock, watchcat, spdlog's syslog sink and
// log4net's LocalSyslogAppender are in none (the `ddns` hits are Kea's DHCP-DDNS, asuswrt-merlin's
// `ddns update` tag, ISC dhcpd's ddns bindings, inadyn's DDNS checkip and words such as clouddns
// and AdGuardDNS; the `adblock` hits are bitcoind's `ReadBlockFromDisk`; spdlog is in many tables
// as a file or console pattern, never through syslog(3)). Left out as measured already:
// Tasmota, ESPHome, WLED and the Arduino Syslog libraries (fresh140, fresh155, fresh235 and on),
// banIP, mwan3 and travelmate on OpenWrt (fresh137), Python's SysLogHandler, Go's log/syslog,
// logback's and log4j's SyslogAppender, log4net's RemoteSyslogAppender, Serilog, NLog, Monolog's
// SyslogUdpHandler, syslog-ng's no-parse relays and chained hostnames, Kiwi, nxlog and Snare. The
// table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). ddns-scripts' ` 074116` is a time of day with no date and no zone, on the
// clock's day and taken as UTC; the date inside `PID '8841' started at 2026-11-29 07:41` is message
// text. logread's ctime carries a year and no zone (UTC). The relayed watchcat line's time is
// rsyslog's rendering with the receiver's +01:00, converted. spdlog's and log4net's own stamps sit
// inside a syslog line of the same second, so either is accepted; the journal's short-iso time
// carries +0100. Levels only where the line marks one: ddns-scripts' level column (EMERG ALERT CRIT
// ERROR WARN note info; the blank column of a debug line marks none), logread's facility.level,
// spdlog's `[level]` word, log4net's padded level word (FATAL is Critical); the watchcat lines
// stored by rsyslog and the raw spdlog lines in the journal show no level. The host is the record's
// host field: the relayed line's gw-cabin, the Debian syslog header's name, the journal's host;
// logread and the ddns log file have none, and the ping targets, the DDNS domain and the modbus
// peer are no hosts. A record that spans lines is one entry: ddns-scripts' `uci configuration:`
// with the sorted `ddns.section.option='value'` lines after it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 749c40f before any rule for it: level 91.7 %, time 87.5 %, host 93.1 %, records 91.7 %.
// That is the macro figure (micro: level 85.4 %, time 78.0 %, host 87.8 %, records 85.4 %), in a
// worktree at 749c40f with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is ddns-scripts' own log file: its ` HHMMSS` time of day and its
// level column are not read, and the lines of its `uci configuration:` dump open an entry that
// swallows every line after it.

var fresh463Cases = []worldCase{
	{
		name:   "openwrt-ddns-scripts-section-logfile-hhmmss",
		gap:    "trawl reads no time from write_log's ` HHMMSS level : msg` lines (the six-digit time of day after one space, no date) and no level from the padded column (` note` is Unknown); the `uci configuration:` line is cut from its `ddns.section.option='value'` lines, and those open an entry that swallows every later line (verbose mode, info, WARN, ERROR)",
		source: "OpenWrt's ddns-scripts, the per-section log /var/log/ddns/<section>.log written by write_log() in /usr/lib/ddns/dynamic_dns_functions.sh (`printf \"%s\\n\" \" $__TIME LEVEL : $__MSG\"` with __TIME=$(date +%H%M%S), the level column EMERG ALERT ` CRIT` ERROR ` WARN` ` note` ` info` and six blanks for debug; dynamic_dns_updater.sh's start-up lines `PID '$$' started at $(date +'%F %R')`, `ddns version  :`, `uci configuration:${N}$(uci -q show ddns.$SECTION_ID | sort)` and `verbose mode  :`): openwrt/packages net/ddns-scripts/files/usr/lib/ddns/dynamic_dns_functions.sh and dynamic_dns_updater.sh; the update messages from memory",
		why:    "a time of day with no date before a padded level column (blank for debug lines); a date inside the PID line is message text; the uci dump is one record of several lines; the DDNS domain and addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", " 074116       : ************ ************** ************** **************"),
			we("2026-11-29T07:41:16Z", Notice, "", " 074116  note : PID '8841' started at 2026-11-29 07:41"),
			we("2026-11-29T07:41:16Z", Unknown, "", " 074116       : ddns version  : 2.8.2-r47"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				" 074116       : uci configuration:",
				"ddns.cabin_ipv4.domain='cabin.example.net'",
				"ddns.cabin_ipv4.enabled='1'",
				"ddns.cabin_ipv4.interface='wan'",
				"ddns.cabin_ipv4.ip_source='network'",
				"ddns.cabin_ipv4.password='***PW***'",
				"ddns.cabin_ipv4.service_name='dynv6.com'",
				"ddns.cabin_ipv4=service"),
			we("2026-11-29T07:41:16Z", Unknown, "", " 074116       : verbose mode  : 0 - run normal, NO console output"),
			we("2026-11-29T07:41:17Z", Info, "", " 074117  info : Detect registered/public IP"),
			we("2026-11-29T07:41:18Z", Warn, "", " 074118  WARN : Get registered/public IP for 'cabin.example.net' failed - retry 1/5 in 60 seconds"),
			we("2026-11-29T07:42:19Z", Info, "", " 074219  info : Update needed - L: '198.51.100.23' <> R: '198.51.100.7'"),
			we("2026-11-29T07:42:20Z", Error, "", " 074220 ERROR : cURL Error: '6'"),
		},
	},
	{
		name:   "openwrt-ddns-scripts-logread-section-prefix",
		source: "the same write_log() calls through `logger -p user.LEVEL -t ddns-scripts[$$] $SECTION_ID: $__MSG` (debug lines are not sent to syslog; use_syslog decides the lowest level sent), read on the router with logread (`Www Mmm dd HH:MM:SS yyyy facility.level tag: msg`): openwrt/packages net/ddns-scripts/files/usr/lib/ddns/dynamic_dns_functions.sh; logread's layout as in OpenWrt's ubox logread.c, from memory",
		why:    "logread's ctime with a year and no zone, the facility.level word, the tag with the pid in brackets, then the section name and a colon; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026 user.notice ddns-scripts[8841]: cabin_ipv4: PID '8841' started at 2026-11-29 07:41"),
			we("2026-11-29T07:41:17Z", Info, "", "Sun Nov 29 07:41:17 2026 user.info ddns-scripts[8841]: cabin_ipv4: Detect registered/public IP"),
			we("2026-11-29T07:41:18Z", Warn, "", "Sun Nov 29 07:41:18 2026 user.warn ddns-scripts[8841]: cabin_ipv4: Get registered/public IP for 'cabin.example.net' failed - retry 1/5 in 60 seconds"),
			we("2026-11-29T07:42:20Z", Error, "", "Sun Nov 29 07:42:20 2026 user.err ddns-scripts[8841]: cabin_ipv4: cURL Error: '6'"),
			we("2026-11-29T07:52:31Z", Info, "", "Sun Nov 29 07:52:31 2026 user.info ddns-scripts[8841]: cabin_ipv4: Update successful - IP '198.51.100.23' send"),
		},
	},
	{
		name:   "openwrt-adblock3-logread-bracketed-version-tag",
		source: "OpenWrt's adblock 3.x (19.07 era) f_log(): `logger -p \"${class}\" -t \"adblock-[${adb_ver}]\" \"${log_msg}\"` with no pid, the version in brackets, the f_jsnup debug line with `:::`, read with logread: openwrt/packages net/adblock/files/adblock.sh (the 3.x f_log and f_jsnup); the messages from memory",
		why:    "the tag's brackets hold a dotted version, not a pid; `:::` inside the message; logread's ctime and facility.level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Info, "", "Sun Nov 29 07:41:20 2026 user.info adblock-[3.8.15]: adblock instance started ::: action: start, priority: 0, pid: 9120"),
			we("2026-11-29T07:41:58Z", Debug, "", "Sun Nov 29 07:41:58 2026 user.debug adblock-[3.8.15]: f_jsnup::: status: enabled, mode: start, cnt: 148210, notify: 0, notify_cnt: 0, notify_pid: -"),
			we("2026-11-29T07:41:58Z", Info, "", "Sun Nov 29 07:41:58 2026 user.info adblock-[3.8.15]: blocklist with overall 148210 blocked domains loaded successfully (TP-Link Archer C7 v5, OpenWrt 19.07.10 r11427-9ce6aa9d8d)"),
			we("2026-11-29T09:12:04Z", Error, "", "Sun Nov 29 09:12:04 2026 user.err adblock-[3.8.15]: dns backend restart with adblock blocklist failed"),
			we("2026-11-29T09:12:04Z", Error, "", "Sun Nov 29 09:12:04 2026 user.err adblock-[3.8.15]: Please also check 'https://github.com/openwrt/packages/blob/master/net/adblock/files/README.md' (OpenWrt 19.07.10 r11427-9ce6aa9d8d)"),
		},
	},
	{
		name:   "openwrt-adblock4-logread-version-pid-tag",
		source: "OpenWrt's adblock 4.x f_log(): `logger -p \"${class}\" -t \"adblock-${adb_ver}[${$}]\" \"${log_msg}\"` (the dotted version joined to the name with a dash, then the pid), f_jsnup's debug line, read with logread: openwrt/packages net/adblock/files/adblock.sh (the 4.x f_log and f_jsnup); the messages from memory",
		why:    "a tag with a dotted version before the pid; `:::` in the message; logread's ctime and facility.level; no host",
		entries: []worldEntry{
			we("2026-11-29T08:02:41Z", Info, "", "Sun Nov 29 08:02:41 2026 user.info adblock-4.1.5[12873]: adblock instance started ::: action: start, priority: 0, pid: 12873"),
			we("2026-11-29T08:03:26Z", Debug, "", "Sun Nov 29 08:03:26 2026 user.debug adblock-4.1.5[12873]: f_jsnup  ::: status: enabled, cnt: 211754, mail: 0, mail_service: /etc/adblock/adblock.mail, mail_cnt: 0, mail_pid: -"),
			we("2026-11-29T08:03:26Z", Info, "", "Sun Nov 29 08:03:26 2026 user.info adblock-4.1.5[12873]: blocklist with overall 211754 blocked domains loaded successfully (Linksys E8450 (UBI), OpenWrt 23.05.5 r24106-10cc5fcd00)"),
			we("2026-11-29T08:17:09Z", Error, "", "Sun Nov 29 08:17:09 2026 user.err adblock-4.1.5[13390]: status update failed"),
			we("2026-11-29T08:17:09Z", Error, "", "Sun Nov 29 08:17:09 2026 user.err adblock-4.1.5[13390]: Please also check 'https://github.com/openwrt/packages/blob/master/net/adblock/files/README.md'"),
		},
	},
	{
		name:   "openwrt-watchcat-logread-remote-rsyslog-rfc3339",
		source: "OpenWrt's watchcat (`logger -p daemon.info -t \"watchcat[$$]\"` and daemon.err lines) forwarded by logd's `logread -r host port` (`<PRI>Mmm dd HH:MM:SS hostname tag: msg`, no year, no zone) to an Ubuntu 24.04 rsyslog that stores it with RSYSLOG_FileFormat (the sender's yearless time rendered as RFC 3339 with the receiver's offset, then the host from the header): openwrt/packages utils/watchcat/files/watchcat.sh; the forwarding and the receiver's template from memory",
		why:    "the relay rewrote the header: the router's yearless time now carries the receiver's +01:00; the host is the router's name; ping targets and interface names are no hosts; no level is stored",
		entries: []worldEntry{
			we("2026-11-29T06:41:16Z", Unknown, "gw-cabin", `2026-11-29T07:41:16+01:00 gw-cabin watchcat[2214]: Could not reach 9.9.9.9 via "wan" for "120" seconds. Restarting "wan" after reaching "600" seconds`),
			we("2026-11-29T06:43:16Z", Unknown, "gw-cabin", `2026-11-29T07:43:16+01:00 gw-cabin watchcat[2214]: Could not reach 9.9.9.9 via "wan" for "240" seconds. Restarting "wan" after reaching "600" seconds`),
			we("2026-11-29T06:49:17Z", Unknown, "gw-cabin", `2026-11-29T07:49:17+01:00 gw-cabin watchcat[2214]: Resetting current-bands to 'any' on modem: "wwan" now.`),
			we("2026-11-29T06:49:17Z", Unknown, "gw-cabin", `2026-11-29T07:49:17+01:00 gw-cabin watchcat[2214]: Reconnecting modem: "wwan" now.`),
		},
	},
	{
		name:   "spdlog-syslog-sink-formatted-debian-syslog",
		source: "spdlog 1.x's syslog_sink (`spdlog::syslog_logger_mt(name, ident, 0, LOG_USER, true)`: openlog with syslog_option 0, so no pid; with enable_formatting the default pattern `[%Y-%m-%d %H:%M:%S.%e] [%n] [%l] %v` is passed to syslog(3)), stored by Debian 12's rsyslog in /var/log/syslog with the traditional file format: gabime/spdlog include/spdlog/sinks/syslog_sink.h (the enable_formatting constructor) and the wiki's pattern flags; the stored line from memory",
		why:    "the syslog header's time and host, then spdlog's bracketed time with milliseconds of the same second, the logger name and the level word in brackets; the serial device and the modbus peer are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.203Z", Info, "edge-gw-07", "Nov 29 07:41:16 edge-gw-07 sensorhub: [2026-11-29 07:41:16.203] [modbus] [info] polling 14 registers on /dev/ttyS1 every 500 ms"),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.871Z", Warn, "edge-gw-07", "Nov 29 07:41:19 edge-gw-07 sensorhub: [2026-11-29 07:41:19.871] [modbus] [warning] slave 3 did not answer within 250 ms, retry 1/3"),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.622Z", Error, "edge-gw-07", "Nov 29 07:41:20 edge-gw-07 sensorhub: [2026-11-29 07:41:20.622] [modbus] [error] slave 3 marked offline after 3 retries"),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:21.005Z", Debug, "edge-gw-07", "Nov 29 07:41:21 edge-gw-07 sensorhub: [2026-11-29 07:41:21.005] [mqtt] [debug] publish site/edge-gw-07/slave3/state qos=1 len=42"),
			we("2026-11-29T07:41:30Z|2026-11-29T07:41:30.440Z", Critical, "edge-gw-07", "Nov 29 07:41:30 edge-gw-07 sensorhub: [2026-11-29 07:41:30.440] [main] [critical] watchdog: modbus thread stalled for 10003 ms"),
		},
	},
	{
		name:   "spdlog-syslog-sink-raw-journal-short-iso",
		source: "spdlog 1.x's syslog_sink without formatting (`enable_formatting` false, the default of syslog_logger_mt: only the message goes to syslog(3)) on a systemd host, read with `journalctl -t sensorhub -o short-iso` (systemd 252: `yyyy-MM-ddTHH:mm:ss+hhmm host ident[pid]: msg`, the journal adding the _PID the message did not carry): gabime/spdlog include/spdlog/sinks/syslog_sink.h; journalctl's short-iso from memory",
		why:    "an ISO time with a +0100 offset without a colon; the journal's host; no level is shown (the priority stays in the journal's field); the pid in brackets was added by the journal",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "edge-gw-08", "2026-11-29T08:41:16+0100 edge-gw-08 sensorhub[1532]: polling 14 registers on /dev/ttyS1 every 500 ms"),
			we("2026-11-29T07:41:19Z", Unknown, "edge-gw-08", "2026-11-29T08:41:19+0100 edge-gw-08 sensorhub[1532]: slave 3 did not answer within 250 ms, retry 1/3"),
			we("2026-11-29T07:41:20Z", Unknown, "edge-gw-08", "2026-11-29T08:41:20+0100 edge-gw-08 sensorhub[1532]: slave 3 marked offline after 3 retries"),
			we("2026-11-29T07:41:30Z", Unknown, "edge-gw-08", "2026-11-29T08:41:30+0100 edge-gw-08 sensorhub[1532]: watchdog: modbus thread stalled for 10003 ms"),
		},
	},
	{
		name:   "log4net-localsyslogappender-manual-pattern",
		source: "log4net's LocalSyslogAppender on Linux (openlog(identity, 1 = LOG_PID, facility), the identity defaulting to the application's friendly name; syslog(priority, \"%s\", rendered event), the exception appended by AppenderSkeleton after a layout that ignores it) with the pattern of its manual `%date{MM/dd/yyyy HH:mm:ss.fff} [%thread] %-5level %logger - %message%newline` and threshold WARN, stored by rsyslog in /var/log/messages (the exception's newlines escaped as #012): logging.apache.org log4net manual 'LocalSyslogAppender'; apache/logging-log4net src/log4net/Appender/LocalSyslogAppender.cs; rsyslog's #012 escaping from memory",
		why:    "a US month-first date inside the syslog line of the same second; the level word padded to five (FATAL is Critical); an identity with dots before the pid; an exception flattened into one line with #012",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.482Z", Warn, "ledger-app-03", "Nov 29 07:41:16 ledger-app-03 Ledger.Sync[2871]: 11/29/2026 07:41:16.482 [14] WARN  Ledger.Sync.Jobs.ReconcileJob - reconcile batch 7712 took 41250 ms (limit 30000 ms)"),
			we("2026-11-29T07:41:22Z|2026-11-29T07:41:22.019Z", Error, "ledger-app-03", "Nov 29 07:41:22 ledger-app-03 Ledger.Sync[2871]: 11/29/2026 07:41:22.019 [9] ERROR Ledger.Sync.Gateway.PaymentClient - settlement call for batch 7713 failed#012System.Net.Http.HttpRequestException: Connection refused (pay.internal.example:8443)#012   at Ledger.Sync.Gateway.PaymentClient.SettleAsync(Batch batch)#012   at Ledger.Sync.Jobs.SettleJob.RunAsync()"),
			we("2026-11-29T07:41:40Z|2026-11-29T07:41:40.330Z", Warn, "ledger-app-03", "Nov 29 07:41:40 ledger-app-03 Ledger.Sync[2871]: 11/29/2026 07:41:40.330 [14] WARN  Ledger.Sync.Jobs.ReconcileJob - reconcile batch 7714 took 38120 ms (limit 30000 ms)"),
			we("2026-11-29T07:42:03Z|2026-11-29T07:42:03.902Z", Critical, "ledger-app-03", "Nov 29 07:42:03 ledger-app-03 Ledger.Sync[2871]: 11/29/2026 07:42:03.902 [1] FATAL Ledger.Sync.Program - ledger database unreachable after 5 attempts, stopping host"),
		},
	},
}

func TestFresh463Formats(t *testing.T) { assertTable(t, fresh463Cases) }
func TestFresh463Score(t *testing.T) {
	checkScore(t, "fresh463 formats", fresh463Cases, [worldNumFields]float64{91.6, 87.4, 93.0, 91.6})
}
