package parse

import "testing"

// The seven-hundred-and-sixty-fourth fresh table: monitoring servers' own logs, the files a
// monitoring team reads when the monitoring itself misbehaves. Each family is one daemon's file:
// NSClient++'s nsclient.log (a date with a colon, then the level glued to the source path and
// line); Centreon Gorgone's gorgoned.log (dashes around the level); Centreon Broker's legacy
// *-master.log (epoch in brackets, a padded level word with a colon); Checkmk 1.x's notify.log
// (a date and the message, no level); Sensu Classic's sensu-server.log (one JSON object a line,
// an offset without a colon); Sensu's API and Uchiwa through journald (a syslog header before the
// JSON, whose time carries +0800 or +08:00); the LibreNMS dispatcher service through journald (a
// thread name and the level in parentheses glued to the message); Netdata's python.d plugin in
// error.log (the plugin name before the level, a job in brackets).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `nagios`, `icinga`, `icinga2`, `icingadb`, `zabbix`,
// `zabbix_server`, `zabbix_agent`, `zabbix_proxy`, `zabbix_web`, `checkmk`, `check_mk`, `cmk`,
// `cmk.base`, `cmc.log`, `notify.log`, `notifying `, `mknotifyd`, `liveproxyd`, `mkeventd`,
// `cmk-agent-ctl`, `agent-receiver`, `alertmanager`, `grafana`, `netdata`, `go.d`, `python.d`,
// `go.d INFO`, `python.d INFO`, `collector.log`, `munin`, `munin-update`, `munin-node`,
// `munin-html`, `munin-graph`, `cacti`, `spine`, `SPINE:`, `Poller\[`, `SYSTEM STATS`,
// `librenms`, `librenms-service`, `dispatcher`, `Poller_0`, `(INFO):`, `MainThread(INFO)`,
// `observium`, `opennms`, `Poller-Thread`, `karaf`, `prtg`, `PRTG Core`, `sensu`,
// `sensu-server`, `sensu-client`, `sensu-api`, `sensu-backend`, `sensu-agent`, `sensu classic`,
// `uchiwa`, `centreon`, `centreon-broker`, `centreon broker`, `cbd`, `] error:   `,
// `] info:    `, `gorgone`, `- INFO - [`, `nsclient`, `nscp`, `error:c:`, `ncpa`,
// `ncpa_listener`, `ncpa_passive`, `naemon`, `shinken`, `xymon`, `hobbit`, `zenoss`, `pandora`,
// `monit`, `monitorix`, `opsview`, `op5`, `nagvis`, `nagios xi`, `nagiosxi`, `thruk`,
// `livestatus`, `gearman`, `mod_gearman`, `nrpe`, `nsca`, `pnp4nagios`, `npcd`, `nagflux`,
// `collectd`, `telegraf`, `kapacitor`, `vmalert`, `victoriametrics`, `thanos`, `loki`,
// `cortex`, `mimir`, `smokeping`, `mrtg`, `ntopng`, `oxidized`, `rancid`, `gatus`,
// `uptime-kuma`, `statping`, `healthchecks`, `glances`, `riemann`, `bosun`, `scollector`,
// `alerta`, `cabot`, `blackbox_exporter`, `node_exporter`, `pushgateway`,
// `CURRENT SERVICE STATE`, `SERVICE ALERT`, `HOST ALERT`, `logger=`, `level=warn ts=`. Nearly
// every product of the theme is measured already (Nagios's nagios.log and debug log, Icinga 2's
// main, debug and startup logs, Zabbix server, agent, agent 2, proxy and Java gateway, Checkmk's
// cmc.log and web.log, Alertmanager, Grafana in every format, Netdata's error, access and logfmt
// logs, Munin's update, limits and node logs, cacti.log, LibreNMS's syslog templates, OpenNMS's
// manager log, Sensu Go's JSON, Centreon Engine's two formats, NCPA, Naemon, Shinken, Xymon,
// Thruk), so they were left out; the eight families here match only grep lists or other files
// (`nsclient` and `nscp` only grep lists, `cbd` unrelated words, `notify.log` other daemons,
// `(INFO):` other Python formats, `python.d` and `go.d` only names of plugins, `sensu` only Sensu
// Go). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time without a zone (NSClient++, Gorgone, Checkmk, Netdata, the journal
// headers) is taken as UTC; Centreon Broker's epoch is UTC; Sensu's +0000 is UTC and the
// JSON's +0800 and +08:00 are converted; a journald line before Sensu's JSON carries two versions
// of the record's time (the header's, taken as UTC, and the JSON's, converted), and either is
// accepted (`a|b`); the journal's year-less dates are in 2026. Levels only where the line marks
// one: NSClient++'s word before the source path (debug, error, info), Gorgone's between dashes,
// Centreon Broker's word before the colon, Sensu's "level" field, LibreNMS's in parentheses after
// the thread name (a traceback line of the dispatcher carries none), python.d's word after the
// plugin name; Checkmk's notify.log carries none. The host is the record's host field: the
// journal header's host for Sensu's API, Uchiwa and LibreNMS (LibreNMS's thread named after the
// host is no host field); NSClient++, Gorgone, Centreon Broker, Checkmk, Sensu's file and Netdata
// write none (a peer address or a database host in a message is no host). Every record is one
// line: the journal writes each traceback line as an entry of its own.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (Checkmk's "Got raw notification" line, Sensu's "publishing check request"
// fields, the Uchiwa startup line). Hosts, ids, addresses, users and messages are invented, and
// every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong carries a
// gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 6f898b1 before any rule for it: level 77.5 %, time 97.5 %,
// host 97.5 %, records 95.0 %.
// That is the macro figure (micro: level 76.5 %, time 97.1 %, host 97.1 %, records 94.1 %), in a
// worktree at 6f898b1 with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps: NSClient++'s level word glued to the source path is not read,
// and neither is LibreNMS's level in parentheses after the thread name, whose journal traceback
// lines (each an entry with its own header) are also joined into one record.

var fresh764Cases = []worldCase{
	{
		name:   "nsclient-plus-plus-nsclient-log-level-glued-to-path",
		source: "NSClient++ (mickem/nscp) nsclient.log `yyyy-MM-dd HH:mm:ss: level:source-path:line: message` (`2016-03-04 09:45:51: debug:c:\\source\\master\\include\\nrpe/server/protocol.hpp:72: Accepting connection from: …`, `error:…check_pdh.cpp:231:`): mickem/nscp issues #255 and #521",
		why:    "a date ending in a colon; the level word is glued by a colon to a Windows source path, its line number and another colon; a client address in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", `2026-11-29 07:41:16: debug:c:\source\0.5.2\include\nrpe/server/protocol.hpp:72: Accepting connection from: 10.20.4.17, count=1`),
			we("2026-11-29T07:41:16Z", Error, "", `2026-11-29 07:41:16: error:c:\source\0.5.2\modules\CheckSystem\check_pdh.cpp:231: Exception in Failed to poll counter: \Processor(_Total)\% Spin Time`),
			we("2026-11-29T07:41:30Z", Info, "", `2026-11-29 07:41:30: info:c:\source\0.5.2\modules\CommandClient\CommandClient.cpp:44: UNKNOWN: Unknown command(s): check_spooler`),
			we("2026-11-29T07:41:44Z", Error, "", `2026-11-29 07:41:44: error:c:\source\0.5.2\modules\CheckSystem\pdh_thread.cpp:246: Failed to get network metrics`),
		},
	},
	{
		name:   "centreon-gorgone-gorgoned-log-dashed-level",
		source: "Centreon Gorgone /var/log/centreon-gorgone/gorgoned.log `yyyy-MM-dd HH:mm:ss - LEVEL - [module] message` (`2020-05-05 11:54:36 - INFO - [core] Module 'httpserver' is loaded`, `- ERROR - MySQL error : cannot connect …`): centreon-archive/centreon-archived issues #8687 and #9159, centreon/centreon-collect issue #1868",
		why:    "the level between ` - ` dashes after a zone-less time; the module in brackets after it, or none on an error; a database host in the message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 - INFO - [core] Module 'httpserver' is loaded"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 - INFO - [core] Gorgoned started"),
			we("2026-11-29T07:41:18Z", Error, "", "2026-11-29 07:41:18 - ERROR - MySQL error : cannot connect to database 'mysql:host=db02.example.net:3306;dbname=centreon': Access denied for user 'centreon'@'10.3.0.5' (using password: YES) (caller: gorgone::class::db:/usr/share/perl5/gorgone/class/db.pm:278) (try: 0)"),
			we("2026-11-29T07:41:25Z", Info, "", "2026-11-29 07:41:25 - INFO - [proxy] Close connection for 4"),
			we("2026-11-29T07:41:26Z", Debug, "", "2026-11-29 07:41:26 - DEBUG - [engine] Send external command : '/usr/bin/printf \"[1795938086] SCHEDULE_FORCED_SVC_CHECK;web07;Load;1795938086\\n\" >> /var/lib/centreon-engine/rw/centengine.cmd'"),
		},
	},
	{
		name:   "centreon-broker-legacy-master-log-epoch-level-word",
		source: "Centreon Broker 2.x/3.x *-master.log `[epoch] level:   category: message` (`[1509009428] error:   compression: … got corrupted compressed data`, `[1498574347] debug:   BBDO: unserialized 28 bytes …`, `[…] info:    callbacks: generating log event`): centreon-archive/centreon-broker issue #137, centreon-archive/centreon-archived issue #5385",
		why:    "a Unix epoch in brackets, then the level word with a colon padded to a fixed width before the category",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[1795938076] info:    tcp: acceptor is listening on port 5669"),
			we("2026-11-29T07:41:17Z", Error, "", "[1795938077] error:   compression: 0x1f3a2b0 got corrupted compressed data, skipping next byte"),
			we("2026-11-29T07:41:17Z", Error, "", "[1795938077] error:   std::bad_alloc"),
			we("2026-11-29T07:41:18Z", Debug, "", "[1795938078] debug:   BBDO: unserialized 28 bytes for event of type 196613"),
		},
	},
	{
		name:   "checkmk1-notify-log-no-level",
		source: "Checkmk 1.x var/log/notify.log `yyyy-MM-dd HH:mm:ss message` with indented steps (`2018-01-05 10:14:37   * notifying … via xmpp.pl, parameters: …, bulk: no`, `…      executing /omd/sites/site/local/share/check_mk/notifications/xmpp.pl`, `…      Output: …`): seppovic/check_mk-plugins issue #8; the `Got raw notification` line from memory",
		why:    "a zone-less time and then the message, indented by the notification step; no level, no host; every line carries its time, so each is a record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 Got raw notification (web03;CPU load) context with 68 variables"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16   * notifying hkessler via mail, parameters: from, reply_to, bulk: no"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16      executing /omd/sites/prod/share/check_mk/notifications/mail"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026-11-29 07:41:17      Output: Spooled mail to local mail transmission agent"),
		},
	},
	{
		name:   "sensu-classic-server-log-json-offset-no-colon",
		source: "Sensu Classic (1.x, Ruby) /var/log/sensu/sensu-server.log, one JSON object a line `{\"timestamp\":\"yyyy-MM-ddTHH:mm:ss.ffffff+0000\",\"level\":…,\"message\":…, …}`: sensu/sensu issues #1806, #1816 and #1176; the `publishing check request` fields from memory",
		why:    "JSON with a microsecond time whose offset has no colon (+0000); the level is the \"level\" field; no host field",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.276394Z", Info, "", `{"timestamp":"2026-11-29T07:41:16.276394+0000","level":"info","message":"handler output","handler":{"type":"pipe","command":"/opt/sensu/embedded/bin/handler-mailer.rb","name":"mailer"},"output":["mail sent to oncall@example.org\n"]}`),
			we("2026-11-29T07:41:17.002113Z", Warn, "", `{"timestamp":"2026-11-29T07:41:17.002113+0000","level":"warn","message":"loading config file","file":"/etc/sensu/conf.d/check_disk.json"}`),
			we("2026-11-29T07:41:19.384936Z", Error, "", `{"timestamp":"2026-11-29T07:41:19.384936+0000","level":"error","message":"[amqp] Detected TCP connection failure: Errno::ECONNREFUSED"}`),
			we("2026-11-29T07:41:20.11882Z", Info, "", `{"timestamp":"2026-11-29T07:41:20.118820+0000","level":"info","message":"publishing check request","payload":{"command":"check-disk-usage.rb -w 80 -c 90","name":"check_disk","issued":1795938080},"subscribers":["linux"]}`),
		},
	},
	{
		name:   "sensu1-api-uchiwa-journald-json-plus-eight",
		source: "Sensu Classic's sensu-api and Uchiwa logging JSON to stdout, stored by journald and printed by journalctl (`Feb 28 14:53:39 app3 sensu-api[633]: {\"timestamp\":\"2018-02-28T14:53:39.384936+0800\",\"level\":\"error\",…}`, `… uchiwa[526]: {\"timestamp\":\"2018-02-28T14:53:43.964653208+08:00\",\"level\":\"warn\",…}`): sensu/sensu issue #1816; the Uchiwa startup message from memory",
		why:    "a year-less journal header in local time before JSON whose time carries +0800 (Ruby) or +08:00 with nanoseconds (Go): two versions of the record's time; the level is the JSON's; the host is the header's",
		entries: []worldEntry{
			we("2026-11-29T10:41:16Z|2026-11-29T02:41:16.384936Z", Error, "mon-app3", `Nov 29 10:41:16 mon-app3 sensu-api[633]: {"timestamp":"2026-11-29T10:41:16.384936+0800","level":"error","message":"[amqp] Detected TCP connection failure: Errno::ECONNREFUSED"}`),
			we("2026-11-29T10:41:20Z|2026-11-29T02:41:20.964653208Z", Warn, "mon-app3", `Nov 29 10:41:20 mon-app3 uchiwa[526]: {"timestamp":"2026-11-29T10:41:20.964653208+08:00","level":"warn","message":"GET http://127.0.0.1:4567/stashes returned: 500 Internal Server Error"}`),
			we("2026-11-29T10:41:24Z|2026-11-29T02:41:24.517200Z", Info, "mon-app3", `Nov 29 10:41:24 mon-app3 sensu-api[633]: {"timestamp":"2026-11-29T10:41:24.517200+0800","level":"info","message":"api listening","protocol":"http","bind":"0.0.0.0","port":4567}`),
			we("2026-11-29T10:41:31Z|2026-11-29T02:41:31.1002003Z", Info, "mon-app3", `Nov 29 10:41:31 mon-app3 uchiwa[526]: {"timestamp":"2026-11-29T10:41:31.100200300+08:00","level":"info","message":"Uchiwa is now listening on 0.0.0.0:3000"}`),
		},
	},
	{
		name:   "librenms-dispatcher-journald-thread-level-parens",
		source: "LibreNMS dispatcher service (librenms-service.py, Python logging `%(threadName)s(%(levelname)s):%(message)s`) through journald: `Jan 11 10:36:41 srv-net101 librenms-service.py[1348043]: Poller_0-2(INFO):Completed poller run for 161 in 4.58s`, its Traceback lines each an entry: librenms/librenms issues #12427 and #17966 (the main thread named after the host: `REDACTEDHOSTNAME(INFO):Entering main LibreNMS service loop …`)",
		why:    "a syslog header, then a thread name with the level in parentheses glued to the message; the main thread is named after the host but the host is the header's; traceback lines carry no level",
		gap:    "the level in parentheses after the thread name (`Poller_0-4(INFO):`, `nms-poll01(INFO):`) is not read (Unknown); and the journal's traceback line `  File \"…\", line 550, in reap`, an entry of its own with its own syslog header, is joined to the `Traceback (most recent call last):` entry before it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "nms-poll01", "Nov 29 07:41:16 nms-poll01 librenms-service.py[18820]: nms-poll01(INFO):Entering main LibreNMS service loop on 18820/nms-poll01..."),
			we("2026-11-29T07:41:17Z", Info, "nms-poll01", "Nov 29 07:41:17 nms-poll01 librenms-service.py[18820]: Poller_0-4(INFO):Polling device 112"),
			we("2026-11-29T07:41:21Z", Info, "nms-poll01", "Nov 29 07:41:21 nms-poll01 librenms-service.py[18820]: Poller_0-4(INFO):Completed poller run for 112 in 4.12s"),
			we("2026-11-29T07:41:22Z", Unknown, "nms-poll01", "Nov 29 07:41:22 nms-poll01 librenms-service.py[18820]: Traceback (most recent call last):"),
			we("2026-11-29T07:41:22Z", Unknown, "nms-poll01", `Nov 29 07:41:22 nms-poll01 librenms-service.py[18820]:   File "/opt/librenms/LibreNMS/service.py", line 550, in reap`),
		},
	},
	{
		name:   "netdata-python-d-plugin-error-log",
		source: "Netdata's python.d.plugin lines in error.log `yyyy-MM-dd HH:mm:ss: python.d LEVEL: job[name] : message` (`2019-10-07 15:22:52: python.d INFO: plugin[main] : [boinc] built 1 job(s) configs`, `2020-04-14 08:40:41: python.d INFO: web_log[apache_log] : Collected data: …`): netdata/netdata issues #7010, #8709, #9923 and #5872",
		why:    "a date ending in a colon, then the plugin name, then the level glued to a colon, then a job in brackets and ` : `",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16: python.d INFO: plugin[main] : using python v3"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16: python.d INFO: plugin[main] : [apache] built 2 job(s) configs"),
			we("2026-11-29T07:41:17Z", Debug, "", "2026-11-29 07:41:17: python.d DEBUG: web_log[nginx_shop] : sleeping for 0.9994 secs to reach frequency of 1.0 secs"),
			we("2026-11-29T07:41:18Z", Error, "", `2026-11-29 07:41:18: python.d ERROR: nvidia_smi[nvidia_smi] : xml parse failed: "nvidia-smi: command not found"`),
		},
	},
}

func TestFresh764Formats(t *testing.T) { assertTable(t, fresh764Cases) }
func TestFresh764Score(t *testing.T) {
	checkScore(t, "fresh764 formats", fresh764Cases, [worldNumFields]float64{89.9, 97.4, 97.4, 94.9})
}
