package parse

import "testing"

// The eight-hundred-and-fifty-third fresh table: network time, DNS and DHCP on small routers, in
// the layouts their daemons and tools write outside the syslog trawl's tables already hold. Each
// family is one program's output: dhcpcd's own log file (`logfile` in dhcpcd.conf: a syslog-style
// date and the pid in brackets, no host and no tag); dhcpcd in the foreground on stderr (no time
// at all, the interface first); Larry Doolittle's ntpclient (a Modified Julian Day and the
// seconds of the day as the first two columns); `unbound-control stats` (key=value counters,
// one of them time.now in Unix seconds); BusyBox udhcpc and BusyBox ntpd run in the foreground
// (the applet's name and a colon, no time); Blocky's CSV query log (tab-separated, the time
// first, the Blocky host's name last); Blocky's query log written to its logrus JSON console
// (the instance key names the Blocky host).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `dnsmasq`, `odhcpd`, `odhcp6c`, `udhcpc`, `dhcpcd`, `chrony`,
// `chronyd`, `chronyc`, `chronyc -c`, `unbound`, `unbound-control`, `time.now=`, `time.elapsed`,
// `num.queries`, `total.num`, `kea`, `kea-ctrl`, `kea-dhcp4`, `kea-lfc`, `kea-netconf`,
// `kea-shell`, `CTRL_AGENT`, `adguard`, `AdGuardHome[`, `dnsproxy`, `blocky`, `blocky.*csv`,
// `querylog`, `query_log`, `"prefix":"`, `ntpd`, `ntpd[`, `ntpd: reply from`,
// `ntpd: sending query`, `ntpsec`, `timesyncd`, `openntpd`, `sysntpd`, `ntpdate`, `sntp`,
// `ntpclient`, `htpdate`, `rdate`, `knot-resolver`, `kresd`, `pdns`, `powerdns`, `coredns`,
// `pihole`, `pi-hole`, `FTL`, `dhclient`, `dhcpd`, `dhcrelay`, `technitium`, `dnscrypt`,
// `dnscrypt-wrapper`, `stubby`, `stubby[`, `STUBBY:`, `getdns`, `ptp4l`, `linuxptp`, `phc2sys`,
// `gpsd`, `netifd`, `named[`, `bind9`, `maradns`, `query.log`, `routedns`, `dnsdist`, `nsd[`,
// `wide-dhcpv6`, `dhcp6c`, `systemd-networkd`, `smartdns`, `mosdns`, `https_dns_proxy`, `doh`,
// `doh-server`, `m13253`, `dns-over-https`, `cloudflared`, `cloudflared proxy-dns`, `leases`,
// `ISC DHCP`, `radvd`, `rdnssd`, `ndppd`, `6relayd`, `miniupnpd`, `hostapd`, `pppd`, `ddns`,
// `inadyn`, `ddclient`, `dibbler`, `stork`, `nextdns`, `ndhc`, `connman`, `unwind`, `w32tm`,
// `stripchart`, `dhcp4 (`, `adblock`, `simple-adblock`, `banip`, `log-debug`, `dnsmasq-dhcp[`,
// `odhcpd: `, `udhcpc: started`, `udhcpc: broadcasting`, `udhcpc: lease of`, `dhcpcd[`,
// `]: eth0:`, `]: wlan0:`, a year-less date followed by a bracketed pid alone, a line opening
// with a five-digit day and `seconds.millis`, and `thread0.num`/`num.cachehits`/`mem.cache`
// inside a record. Nearly every daemon of the theme is measured already (dnsmasq, odhcpd, chrony
// and its statistics files, unbound's log files and syslog, Kea's control agent, DHCPv4 and
// DDNS logs, AdGuard Home's log and query log, Blocky's console, Pi-hole, ntpd's ntpstats files,
// the daemons through OpenWrt's logread), so they were left out; what remains are the outputs
// above, which match only grep lists, other layouts of the same daemon (dhcpcd through syslog,
// udhcpc and ntpd inside logread lines, unbound's log, Blocky's bracketed console), or another
// program with a similar column (ntpd's loopstats, whose first columns are also a Modified Julian
// Day and the seconds of the day). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). dhcpcd's log file writes a year-less local date: it is in 2026 and read
// as UTC; ntpclient's day 61373 is 2026-11-29 and its second column the UTC seconds of that day
// with milliseconds; unbound-control's time.now is Unix seconds with microseconds, and its
// time.up and time.elapsed are durations, no time; Blocky's CSV writes a zone-less local time
// (read as UTC); Blocky's logrus JSON writes RFC 3339 with the +01:00 offset, converted; the
// foreground stderr of dhcpcd, udhcpc and ntpd carries no time. Levels only where the line marks
// one: Blocky's JSON level key (info, warning, error); none of the other outputs writes a level
// (dhcpcd's log file and stderr, ntpclient, unbound-control, udhcpc, ntpd, Blocky's CSV), so they
// give Unknown. The host is the record's host field: Blocky's CSV ends with the name of the host
// Blocky runs on and its JSON query lines name it under instance (a Blocky line with no instance
// has none); the client addresses and names, the leased and the server addresses, the interface
// names and the applets' names before a colon are no hosts, and the other outputs have no host
// field. Every record is one line.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory" (unbound-control's counters, the BusyBox applets' messages, Blocky's JSON timestamp and
// message text). Hosts, ids, addresses, users and messages are invented, and every time is in
// late November 2026. The expectations were decided from the format before the table was first
// run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 12101aa before any rule for it: level 92.5 %, time 90.0 %, host 73.8 %, records 90.0 %.
// That is the macro figure (micro: level 90.9 %, time 87.9 %, host 72.7 %, records 87.9 %), in a
// worktree at 12101aa with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps: unbound-control's counter lines after the first are joined into
// one record that takes time.now's time, and Blocky's host is not read, neither from the CSV query
// log's last column nor from the JSON query log's instance key.

var fresh853Cases = []worldCase{
	{
		name:   "dhcpcd-logfile-syslog-date-bracketed-pid",
		source: "dhcpcd with `logfile /var/log/dhcpcd.log` (NetworkConfiguration/dhcpcd src/logerr.c: logprintdate writes strftime `%b %d %T ` in local time, then `[%d]` getpid() and `: `, with the comment `syslog style, but without the hostname or tag`; src/dhcpcd.c sets logopts = LOGERR_LOG | LOGERR_LOG_DATE | LOGERR_LOG_PID)",
		why:    "a year-less syslog date followed straight by a bracketed pid and a colon: no host and no tag between them; the interface and its colon open the message; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 [1187]: dhcpcd-10.0.10 starting"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 [1190]: eth0: soliciting a DHCP lease"),
			we("2026-11-29T07:41:21Z", Unknown, "", "Nov 29 07:41:21 [1190]: eth0: offered 192.168.8.42 from 192.168.8.1"),
			we("2026-11-29T07:41:21Z", Unknown, "", "Nov 29 07:41:21 [1190]: eth0: leased 192.168.8.42 for 86400 seconds"),
		},
	},
	{
		name:   "dhcpcd-foreground-stderr-untimed",
		source: "dhcpcd run in the foreground (`dhcpcd -B eth0`) printing to stderr (NetworkConfiguration/dhcpcd src/logerr.c: the date is only written to stderr with LOGERR_ERR_DATE, which src/dhcpcd.c does not set; nor the pid, LOGERR_ERR_PID)",
		why:    "no time, no pid, no tag: the interface name and a colon open most lines and are no host",
		entries: []worldEntry{
			we("", Unknown, "", "dhcpcd-10.0.10 starting"),
			we("", Unknown, "", "eth0: IAID 4c:1f:0a:22"),
			we("", Unknown, "", "eth0: rebinding lease of 192.168.8.42"),
			we("", Unknown, "", "eth0: leased 192.168.8.42 for 86400 seconds"),
			we("", Unknown, "", "eth0: adding default route via 192.168.8.1"),
		},
	},
	{
		name:   "ntpclient-mjd-second-columns",
		source: "Larry Doolittle's ntpclient (`ntpclient -s -h pool.ntp.org -i 600 -l`), ntpclient.c rfc1305print: printf `%d %5d.%.3d  %8.1f %8.1f  %8.1f %8.1f %9d` of arrival->coarse/86400+15020 (the Modified Julian Day), arrival->coarse%86400 and the milliseconds, then elapsed, stall, skew, dispersion and freq; the column header ` day   second     elapsed    stall     skew  dispersion  freq`",
		why:    "the record's time is a Modified Julian Day and the UTC seconds of the day with milliseconds; the other columns are durations and a frequency, no time; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.160Z", Unknown, "", "61373 27676.160    1398.0     40.3     -12.4    793.5    123456"),
			we("2026-11-29T07:51:16.172Z", Unknown, "", "61373 28276.172    1411.2     38.9       3.1    801.2    123470"),
			we("2026-11-29T08:01:16.165Z", Unknown, "", "61373 28876.165    1402.7     41.0      -7.8    796.4    123481"),
		},
	},
	{
		name:   "unbound-control-stats-time-now",
		source: "`unbound-control stats_noreset` on an OpenWrt router (one `name=value` counter a line; time.now the current time in seconds since 1970, time.up the uptime and time.elapsed the time since the last printout, both in seconds): unbound-control(8) STATISTIC COUNTERS; the exact decimals from memory",
		why:    "key=value counters: only time.now carries a time, in Unix seconds with microseconds; time.up and time.elapsed are durations; no level, no host",
		gap:    "the key=value counter lines after the first are joined into one record with time.now's line (total.num.cachehits, time.now, time.up and time.elapsed become one entry), which takes time.now's Unix time for total.num.cachehits, though each counter is a line of its own and only time.now carries a time",
		entries: []worldEntry{
			we("", Unknown, "", "thread0.num.queries=4127"),
			we("", Unknown, "", "total.num.cachehits=3521"),
			we("2026-11-29T07:41:16.204118Z", Unknown, "", "time.now=1795938076.204118"),
			we("", Unknown, "", "time.up=86412.908241"),
			we("", Unknown, "", "time.elapsed=300.004113"),
		},
	},
	{
		name:   "busybox-udhcpc-foreground-untimed",
		source: "BusyBox udhcpc run by hand in the foreground (`udhcpc -f -i eth0.2`), its messages on stderr prefixed by the applet's name (networking/udhcp/dhcpc.c: `started, v%s`, `broadcasting discover`, `broadcasting select for %s, server %s`, `lease of %s obtained from %s, lease time %u`): from memory",
		why:    "the applet's name and a colon open each untimed line: it is no host and no tag after a time; the server's address is a peer",
		entries: []worldEntry{
			we("", Unknown, "", "udhcpc: started, v1.36.1"),
			we("", Unknown, "", "udhcpc: broadcasting discover"),
			we("", Unknown, "", "udhcpc: broadcasting select for 198.51.100.77, server 198.51.100.1"),
			we("", Unknown, "", "udhcpc: lease of 198.51.100.77 obtained from 198.51.100.1, lease time 43200"),
		},
	},
	{
		name:   "busybox-ntpd-foreground-debug-untimed",
		source: "BusyBox ntpd in the foreground with debug output (`ntpd -n -d -p 0.openwrt.pool.ntp.org`, the way OpenWrt's sysntpd is debugged), messages on stderr after the applet's name (networking/ntpd.c: `sending query to %s`, `reply from %s: offset:%+f delay:%f status:0x%02x strat:%d refid:0x%08x rootdelay:%f reach:0x%02x`, `timed out waiting for %s, reach 0x%02x, next query in %us`): from memory",
		why:    "untimed lines opened by `ntpd:`; the offsets and delays are durations, the peer address no host; no level",
		entries: []worldEntry{
			we("", Unknown, "", "ntpd: sending query to 203.0.113.45"),
			we("", Unknown, "", "ntpd: reply from 203.0.113.45: offset:+0.002146 delay:0.011873 status:0x24 strat:2 refid:0x0a2c0001 rootdelay:0.003281 reach:0x01"),
			we("", Unknown, "", "ntpd: timed out waiting for 203.0.113.61, reach 0x00, next query in 32s"),
			we("", Unknown, "", "ntpd: sending query to 203.0.113.61"),
		},
	},
	{
		name:   "blocky-querylog-csv-tab-hostname-last",
		source: "Blocky's query log with `queryLog: type: csv` (one file a day), 0xERR0R/blocky querylog/file_writer.go createQueryLogRow: Start.Format(`2006-01-02 15:04:05`), client IP, client names joined by `; `, duration in ms, response reason, question name, answer, response code, response type, question type, util.HostnameString(); createCsvWriter sets Comma to a tab",
		why:    "tab-separated columns: a zone-less local time first; the client's address and name are peers; the last column is the name of the host Blocky runs on; no level",
		gap:    "the Blocky host's name in the last tab-separated column (gw-attic) is not read: the host comes out empty",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gw-attic", "2026-11-29 07:41:16\t192.168.8.23\tlaptop-anna\t3\tRESOLVED\tapi.example.org.\tA (203.0.113.9)\tNOERROR\tRESOLVED\tA\tgw-attic"),
			we("2026-11-29T07:41:17Z", Unknown, "gw-attic", "2026-11-29 07:41:17\t192.168.8.31\tphone-ben; phone-ben.lan\t0\tBLOCKED (ads)\ttracker.example.net.\t\tNOERROR\tBLOCKED\tA\tgw-attic"),
			we("2026-11-29T07:41:19Z", Unknown, "gw-attic", "2026-11-29 07:41:19\t192.168.8.23\tlaptop-anna\t1\tCACHED\tapi.example.org.\tA (203.0.113.9)\tNOERROR\tCACHED\tA\tgw-attic"),
			we("2026-11-29T07:41:25Z", Unknown, "gw-attic", "2026-11-29 07:41:25\t192.168.8.40\tnone\t212\tRESOLVED\tmissing.example.com.\t\tNXDOMAIN\tRESOLVED\tAAAA\tgw-attic"),
		},
	},
	{
		name:   "blocky-querylog-console-logrus-json-instance",
		source: "Blocky with `log: format: json` and `queryLog: type: console`: the query log written through logrus (0xERR0R/blocky querylog/logger_writer.go LogEntryFields: client_ip, client_names, response_reason, response_type, response_code, question_name, question_type, answer, duration_ms, instance = BlockyInstance, zero fields removed) under logrus' JSONFormatter (keys sorted, level, msg, prefix, time); the RFC 3339 time with the local offset and the message text from memory",
		why:    "a JSON object whose keys are sorted: the level key gives the level, time carries +01:00; instance names the Blocky host, client_ip and client_names are peers; a line with no instance has no host",
		gap:    "the Blocky host under the JSON key instance (gw-attic) is not read as the host: it comes out empty",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "gw-attic", `{"answer":"A (203.0.113.9)","client_ip":"192.168.8.23","client_names":"laptop-anna","duration_ms":3,"instance":"gw-attic","level":"info","msg":"query resolved","prefix":"queryLog","question_name":"api.example.org.","question_type":"A","response_code":"NOERROR","response_reason":"RESOLVED","response_type":"RESOLVED","time":"2026-11-29T08:41:16+01:00"}`),
			we("2026-11-29T07:41:17Z", Info, "gw-attic", `{"client_ip":"192.168.8.31","client_names":"phone-ben","instance":"gw-attic","level":"info","msg":"query resolved","prefix":"queryLog","question_name":"tracker.example.net.","question_type":"A","response_code":"NOERROR","response_reason":"BLOCKED (ads)","response_type":"BLOCKED","time":"2026-11-29T08:41:17+01:00"}`),
			we("2026-11-29T07:41:30Z", Warn, "", `{"level":"warning","msg":"can't download list 'https://lists.example.org/ads.txt': Get \"https://lists.example.org/ads.txt\": dial tcp 198.51.100.9:443: i/o timeout","prefix":"list_cache","time":"2026-11-29T08:41:30+01:00"}`),
			we("2026-11-29T07:41:44Z", Error, "", `{"level":"error","msg":"resolve error: all upstreams failed","prefix":"parallel_best_resolver","time":"2026-11-29T08:41:44+01:00"}`),
		},
	},
}

func TestFresh853Formats(t *testing.T) { assertTable(t, fresh853Cases) }
func TestFresh853Score(t *testing.T) {
	checkScore(t, "fresh853 formats", fresh853Cases, [worldNumFields]float64{92.4, 89.9, 73.7, 89.9})
}
