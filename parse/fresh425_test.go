package parse

import "testing"

// The four-hundred-and-twenty-fifth fresh table, written on 2026-12-06: syslog test vectors, a
// nineteenth pass: senders, relays and stores whose syslog shapes no earlier table holds. Each
// family is one daemon's output in one stored shape: inadyn 1.99's own log file (`Www Mmm dd
// HH:MM:SS yyyy: msg`, the checkip request and the server's HTTP response dumped with their
// embedded newlines and a blank line); rp-pppoe's pppoe-server in Debian 12's rsyslog file (RFC 3339
// with microseconds and a +01:00 offset, the client's MAC and address in the message); the
// ipt_NETFLOW kernel module in Ubuntu's /var/log/kern.log (a BSD header, then the kernel's
// `[ uptime]` in brackets); miniupnpd in OpenWrt's `logread` (a weekday date with the year after the
// time, `daemon.sev` before the tag, no host); pmacct's pmacctd with `syslog: daemon` read with
// journalctl (its own `LEVEL ( plugin/type ):` prefix behind the journal's header); addrwatch's
// addrwatch_stdout lines (an epoch first, then interface, VLAN, MAC, address and packet origin);
// addrwatch_syslog in /var/log/daemon.log (ident without a pid, the same epoch line as message);
// inadyn 2.x run by hand with --foreground and no --syslog (untimed `inadyn[pid]: msg` lines).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`inadyn`, `In-a-dyn`, `Update forced for alias`, `IP server response`,
// `checkip`, `pppoe-server`, `Session created for client`, `Service-Name`, `rp-pppoe`,
// `ipt_NETFLOW`, `ipt-netflow`, `srcversion`, `added destination`, `miniupnpd`, `SoapMethod`,
// `udp_notify`, `pmacctd`, `pmacct`, `( default/core )`, `addrwatch`, `ARP_REQ`, `ND_NS`,
// `ND_DAD`, `oidentd`, `minissdpd`, `uftpd`, `mdnsd`, `querierd`, `ssdp-responder`, `openl2tp`,
// `rdnssd`, `npd6`, `hsflowd`, `ushare`, `xupnpd`, `cnid_metad`, and, dropped as held already:
// `busybox`, `logread`, `metalog`, `socklog`, `svlogd`, `kiwi`, `snare`, `MSWinEventLog`, `[ID `,
// `vmsyslogd`, `RSYSLOG_DebugFormat`, `MARK --`, `evtsys`, `ptp4l`, `phc2sys`, `gpsd`, `ulogd`,
// `LOGEMU`, `knotd`, `nsd[`, `ocserv`, `pluto`, `snmptrapd`, `upsmon`, `apcupsd`, `nfcapd`,
// `lldpd`, `ladvd`, `rasdaemon`, `mcelog`, `tgtd`, `ctdb`, `ser2net`, `conserver`, `odhcpd`,
// `igmpproxy`, `smcroute`, `tincd`, `accel-ppp`, `in.tftpd`, `sslh`, `tinyproxy`, `msmtp`,
// `fetchmail`, `opendmarc`, `sensord`, `ipmievd`, `arpwatch`, `sshguard`, `doas`, `dcron`,
// `earlyoom`, `usbguard`, `ddclient`, `ucarp`, `scanlogd`, `samhain`, `mimedefang`,
// `milter-greylist`, `qmail`, `pcscd`, `tac_plus`, `xinetd`, `radvd`, `netatalk`, `minidlna`).
// pmacct is in fresh32 as nfacctd on the console (no time, no host); pmacctd through syslog and the
// journal is in none. miniupnpd is in fresh17 as a BSD syslog file; OpenWrt's logread with its
// facility.severity is in none for it. The `<Notice>` LOG_PERROR shape and the ctime-with-colon
// shape are in earlier tables for other products; inadyn's log file with its HTTP dumps is in none,
// nor is its untimed foreground output (the `tag[pid]: msg` shape is held for hcsecd and others),
// nor is pppoe-server, ipt_NETFLOW or addrwatch. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). inadyn's ctime and logread's weekday dates carry a year and no zone and are
// taken as UTC; the BSD headers of kern.log, daemon.log and the journal are yearless (2026) and UTC;
// pppoe-server's RFC 3339 time is converted from +01:00; addrwatch's epoch seconds are its time, and
// in daemon.log the header's second and the epoch's are both the record's (either accepted). The
// kernel's `[   13.902045]` is seconds since boot, no clock. Levels only where the line marks one:
// logread's `daemon.notice`, `daemon.err`, `daemon.info`, `daemon.warn`, and pmacct's own `INFO`,
// `WARN`, `ERROR` before `( plugin/type ):`; the BSD files, the RFC 3339 file, inadyn's log file and
// addrwatch's lines store no severity, and `error -111`, `No such device` or `failed` in a message
// are message text. The host is the header's host (bras1, nat1, probe2, netmon1); logread has none;
// the PPPoE client's MAC and address, NetFlow's collector, the SSDP and UPnP peers, addrwatch's
// MAC/IP pairs and inadyn's checkip server (`Host: checkip.dyndns.org` is an HTTP header) are not
// hosts. A record that spans lines is one entry: inadyn's request dump with its Host and User-Agent
// lines and the blank line after them, and its response dump with headers, blank line and body.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit eb87c08 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at eb87c08 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 8 families fully right; the table has no gap.

var fresh425Cases = []worldCase{
	{
		name:   "inadyn-199-logfile-http-dumps",
		source: "inadyn 1.99 with `--logfile` (each message `Www Mmm dd HH:MM:SS yyyy: msg`; the checkip query and the IP server's response written by one call with their embedded newlines, the request ending in a blank line, the response's headers, blank line and HTML body): troglobit/inadyn issues #97 and #112 (users pasting the log file)",
		why:    "a ctime with the year before a colon; a dumped HTTP request or response is one record with unstamped lines and a blank line inside; `Host:` is an HTTP header, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: Inadyn version 1.99.4 -- Dynamic DNS update client."),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: Resolving hostname shed-gw.dynalias.example => IP# 203.0.113.41"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Sun Nov 29 07:41:16 2026: Checking for IP# change, connecting to checkip.dyndns.org(216.146.38.70:80)"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Sun Nov 29 07:41:16 2026: Querying DDNS checkip server for my public IP#: GET / HTTP/1.0",
				"Host: checkip.dyndns.org",
				"User-Agent: inadyn/1.99.4 troglobit@gmail.com",
				""),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026: Checked my IP, return code: 0"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026: IP server response:"),
			we("2026-11-29T07:41:17Z", Unknown, "",
				"Sun Nov 29 07:41:17 2026: HTTP/1.1 200 OK",
				"Content-Type: text/html",
				"Server: DynDNS-CheckIP/1.0",
				"Connection: close",
				"Cache-Control: no-cache",
				"Pragma: no-cache",
				"Content-Length: 105",
				"",
				"<html><head><title>Current IP Check</title></head><body>Current IP Address: 198.51.100.77</body></html>"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Sun Nov 29 07:41:17 2026: IP# change detected, new IP# 198.51.100.77"),
			we("2026-11-29T07:41:18Z", Unknown, "", "Sun Nov 29 07:41:18 2026: Update forced for alias shed-gw.dynalias.example, new IP# 198.51.100.77"),
		},
	},
	{
		name:   "rp-pppoe-server-rsyslog-rfc3339-offset",
		source: "rp-pppoe's pppoe-server on a Debian 12 access concentrator, stored by rsyslog's default RSYSLOG_FileFormat in /var/log/syslog (`yyyy-MM-ddTHH:mm:ss.ffffff±hh:mm host tag[pid]: msg`): the `Session %u created for client %02x:…:%02x (%d.%d.%d.%d) on %s using Service-Name '%s'` and `pppoe_free_session: Could not find session %p on busy list` syslog calls in rp-pppoe src/pppoe-server.c (found with find_string); the `closed for client` line and the file's header from memory",
		why:    "an RFC 3339 time with microseconds and +01:00; the client's MAC and address in the message are a peer; an empty quoted Service-Name; no severity in the file",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Unknown, "bras1", "2026-11-29T08:41:16.204811+01:00 bras1 pppoe-server[2211]: Session 7 created for client 02:1a:4b:3c:5d:6e (10.67.15.2) on eth1 using Service-Name ''"),
			we("2026-11-29T07:41:19.550102Z", Unknown, "bras1", "2026-11-29T08:41:19.550102+01:00 bras1 pppoe-server[2211]: Session 8 created for client 0c:8b:fd:11:22:33 (10.67.15.3) on eth1.204 using Service-Name 'fibre-home'"),
			we("2026-11-29T07:52:03.018774Z", Unknown, "bras1", "2026-11-29T08:52:03.018774+01:00 bras1 pppoe-server[2211]: Session 7 closed for client 02:1a:4b:3c:5d:6e (10.67.15.2) on eth1"),
			we("2026-11-29T07:52:03.019020Z", Unknown, "bras1", "2026-11-29T08:52:03.019020+01:00 bras1 pppoe-server[2211]: pppoe_free_session: Could not find session 0x55d0c4e1a2b0 on busy list"),
		},
	},
	{
		name:   "ipt-netflow-kern-log-uptime",
		source: "the ipt_NETFLOW kernel module (aabc/ipt-netflow) loading and exporting, in Ubuntu 22.04's /var/log/kern.log (`Mmm dd HH:mm:ss host kernel: [ uptime] msg`): aabc/ipt-netflow issues #67 (the dmesg lines at load: version and srcversion, hashsize, added destination, protocol version, is loaded), #205 and #111 (the version line with srcversion and llist), #27 (kernel lines in a syslog file); the sendmsg error line from memory",
		why:    "the kernel's seconds since boot in brackets after the tag, no clock; a git version, srcversion hash and collector address are no times or hosts; no severity in the file",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "nat1", "Nov 29 07:41:16 nat1 kernel: [   13.902045] ipt_NETFLOW version 2.6-12-g40fefb2, srcversion 7A3E51C09B2D48F6E1C5A04; llist"),
			we("2026-11-29T07:41:16Z", Unknown, "nat1", "Nov 29 07:41:16 nat1 kernel: [   13.907454] ipt_NETFLOW: hashsize 160000 (1250K)"),
			we("2026-11-29T07:41:16Z", Unknown, "nat1", "Nov 29 07:41:16 nat1 kernel: [   13.965022] ipt_NETFLOW: added destination 10.30.0.9:2055 (unconnected)"),
			we("2026-11-29T07:41:16Z", Unknown, "nat1", "Nov 29 07:41:16 nat1 kernel: [   13.972340] ipt_NETFLOW protocol version 9 (netflow) enabled."),
			we("2026-11-29T07:41:16Z", Unknown, "nat1", "Nov 29 07:41:16 nat1 kernel: [   13.978291] ipt_NETFLOW is loaded."),
			we("2026-11-29T07:52:03Z", Unknown, "nat1", "Nov 29 07:52:03 nat1 kernel: [  660.118402] ipt_NETFLOW: sendmsg[0] error -111: data loss 4 pkt, 1290 bytes"),
		},
	},
	{
		name:   "miniupnpd-openwrt-logread",
		source: "miniupnpd on OpenWrt 23.05 read with `logread` (ubox logd: `Www Mmm dd HH:MM:SS yyyy facility.severity tag[pid]: msg`, no host): openwrt/packages issue #17258 (the daemon.err sendto/try_sendto lines), coolsnowwolf/lede issue #10238 (daemon.notice SoapMethod lines), miniupnp's listening and redirect messages from memory",
		why:    "a weekday date with the year after the time; the level is the severity after the facility and dot; no host field; the SSDP multicast group and the LAN client are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026 daemon.notice miniupnpd[5745]: HTTP listening on port 5000"),
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026 daemon.notice miniupnpd[5745]: Listening for NAT-PMP/PCP traffic on port 5351"),
			we("2026-11-29T07:42:10Z", Error, "", "Sun Nov 29 07:42:10 2026 daemon.err miniupnpd[5745]: sendto(udp_notify=6, 192.168.8.1): No such device"),
			we("2026-11-29T07:42:10Z", Error, "", "Sun Nov 29 07:42:10 2026 daemon.err miniupnpd[5745]: try_sendto(sock=6, len=465, dest=239.255.255.250:1900): sendto: No such device"),
			we("2026-11-29T07:43:55Z", Notice, "", "Sun Nov 29 07:43:55 2026 daemon.notice miniupnpd[5745]: SoapMethod: Unknown: GetFirewallStatus urn:schemas-upnp-org:service:WANIPConnection:1"),
			we("2026-11-29T07:44:02Z", Info, "", "Sun Nov 29 07:44:02 2026 daemon.info miniupnpd[5745]: redirecting port 51413 to 192.168.8.131:51413 protocol TCP for: Transmission at 51413"),
			we("2026-11-29T07:44:09Z", Warn, "", "Sun Nov 29 07:44:09 2026 daemon.warn miniupnpd[5745]: upnp_event_recv: recv(): Connection reset by peer"),
		},
	},
	{
		name:   "pmacctd-journal-level-prefix",
		source: "pmacct's pmacctd with `syslog: daemon` in pmacctd.conf, read with `journalctl -u pmacctd` (the journal's `Mmm dd HH:mm:ss host ident[pid]: ` header, then the message pmacct formats itself, `LEVEL ( plugin/type ): msg`): pmacct src/log.c (Log() hands the formatted string to syslog() unchanged), pmacct/pmacct PR #847 (the `INFO ( default/core ):` and `WARN ( default_memory/memory ):` lines); the pcap error and purge lines from memory",
		why:    "the journal's time and host, then pmacct's own level word before a parenthesised plugin/type; `SRC HOST aggregation` is configuration, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "probe2", "Nov 29 07:41:16 probe2 pmacctd[2211]: INFO ( default/core ): Promiscuous Mode Accounting Daemon, pmacctd 1.7.9-git (20241120-0 (4f1c2a7e))"),
			we("2026-11-29T07:41:16Z", Info, "probe2", "Nov 29 07:41:16 probe2 pmacctd[2211]: INFO ( default/core ): Reading configuration file '/etc/pmacct/pmacctd.conf'."),
			we("2026-11-29T07:41:16Z", Warn, "probe2", "Nov 29 07:41:16 probe2 pmacctd[2211]: WARN ( default_memory/memory ): defaulting to SRC HOST aggregation."),
			we("2026-11-29T07:41:17Z", Error, "probe2", "Nov 29 07:41:17 probe2 pmacctd[2211]: ERROR ( default/core ): pcap_open_live(): eth3: No such device exists"),
			we("2026-11-29T07:46:16Z", Info, "probe2", "Nov 29 07:46:16 probe2 pmacctd[2219]: INFO ( flows/print ): *** Purging cache - START (PID: 2219) ***"),
			we("2026-11-29T07:46:16Z", Info, "probe2", "Nov 29 07:46:16 probe2 pmacctd[2219]: INFO ( flows/print ): *** Purging cache - END (PID: 2219, QN: 118/118, ET: 0) ***"),
		},
	},
	{
		name:   "addrwatch-stdout-epoch-pairs",
		source: "addrwatch 1.0's addrwatch_stdout reading the daemon's shared memory (printf `%lu %s %u %s %s %s`: epoch seconds, interface, VLAN tag, MAC, IPv4 or IPv6 address, packet origin ARP_REQ ARP_REP ARP_ACD ND_NS ND_NA ND_DAD): fln/addrwatch src/addrwatch_stdout.c and the pkt_origin_str table in src/common.c",
		why:    "a bare epoch opens every line; the MAC and IP pair is what was seen on the wire, no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "1795938076 eth0 0 02:1a:4b:3c:5d:6e 10.20.0.51 ARP_REQ"),
			we("2026-11-29T07:41:16Z", Unknown, "", "1795938076 eth0 0 02:1a:4b:3c:5d:6e fe80::1a:4bff:fe3c:5d6e ND_NS"),
			we("2026-11-29T07:41:17Z", Unknown, "", "1795938077 eth0 20 0c:8b:fd:11:22:33 10.20.20.7 ARP_REP"),
			we("2026-11-29T07:41:19Z", Unknown, "", "1795938079 eth1 0 52:54:00:4f:1c:2a 10.20.1.77 ARP_ACD"),
			we("2026-11-29T07:41:21Z", Unknown, "", "1795938081 eth0 0 02:1a:4b:3c:5d:6e 2001:db8:20::5d6e ND_DAD"),
		},
	},
	{
		name:   "addrwatch-syslog-daemon-log-no-pid",
		source: "addrwatch 1.0's addrwatch_syslog (openlog(\"addrwatch\", 0, LOG_DAEMON): no pid; syslog(LOG_INFO, the same epoch, interface, VLAN, MAC, address, origin line)) stored by rsyslog's traditional format in Debian's /var/log/daemon.log: fln/addrwatch src/addrwatch_syslog.c; the file format from memory",
		why:    "a tag with no pid; the message opens with an epoch of the same or the previous second (the shared-memory reader runs after the sniffer); MAC and IP pairs are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "netmon1", "Nov 29 07:41:16 netmon1 addrwatch: 1795938076 eth0 0 02:1a:4b:3c:5d:6e 10.20.0.51 ARP_REQ"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:16Z", Unknown, "netmon1", "Nov 29 07:41:17 netmon1 addrwatch: 1795938076 eth0 0 02:1a:4b:3c:5d:6e fe80::1a:4bff:fe3c:5d6e ND_NS"),
			we("2026-11-29T07:41:17Z", Unknown, "netmon1", "Nov 29 07:41:17 netmon1 addrwatch: 1795938077 eth0 20 0c:8b:fd:11:22:33 10.20.20.7 ARP_REP"),
			we("2026-11-29T07:41:21Z", Unknown, "netmon1", "Nov 29 07:41:21 netmon1 addrwatch: 1795938081 eth0 0 02:1a:4b:3c:5d:6e 2001:db8:20::5d6e ND_NA"),
		},
	},
	{
		name:   "inadyn-2-foreground-untimed-pid",
		source: "inadyn 2.x run by hand with `--foreground` (`-n`) and no `--syslog`: each message `inadyn[pid]: msg` on the terminal with no time and no level: troglobit/inadyn issues #416 and #155 (users pasting the output), #343 (the same messages in the journal)",
		why:    "no time, no host and no level; `IP#` and the provider `default@freedns.afraid.org` are message text; the pid in brackets is no time",
		entries: []worldEntry{
			we("", Unknown, "", "inadyn[3317]: In-a-dyn version 2.12.0 -- Dynamic DNS update client."),
			we("", Unknown, "", "inadyn[3317]: Guessing DDNS plugin 'default@duckdns.org' from 'duckdns.org'"),
			we("", Unknown, "", "inadyn[3317]: Checking for IP# change, connecting to checkip.dyndns.com([158.101.44.242]:80)"),
			we("", Unknown, "", "inadyn[3317]: Current IP# 198.51.100.77 at default@duckdns.org"),
			we("", Unknown, "", "inadyn[3317]: Update forced for alias lab-north.duckdns.example, new IP# 198.51.100.77"),
			we("", Unknown, "", "inadyn[3317]: Updating cache for lab-north.duckdns.example"),
		},
	},
}

func TestFresh425Formats(t *testing.T) { assertTable(t, fresh425Cases) }
func TestFresh425Score(t *testing.T) {
	checkScore(t, "fresh425 formats", fresh425Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
