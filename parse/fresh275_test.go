package parse

import "testing"

// The two-hundred-and-seventy-fifth fresh table, written on 2026-12-06: DNS, DHCP and IP address
// management servers' logs, as files and as syslog, in shapes no earlier table holds. Each family is
// one product's documented or observed output: BIND 9.18's query-errors category in its own file
// channel with print-time, print-category and print-severity (the `debug 1:` and `debug 2:`
// severities, then `info:` once the query log is on); BIND's update and update-security categories
// through syslog with print-category and print-severity; Unbound 1.22's logfile with
// log-time-ascii, a log-identity in place of `unbound`, log-local-actions, rpz-log and log-servfail;
// knotd in the journal read with `journalctl -o json` (its own ZONE field, no SYSLOG_IDENTIFIER);
// the PowerDNS Authoritative Server 4.9 under systemd with loglevel-show and log-dns-queries (each
// line `msg="…" prio="…"`); CoreDNS as a systemd service in `journalctl -u coredns`, its loop
// plugin's FATAL and systemd's own lines; dnsmasq's log-facility file with the SIGUSR1 statistics
// and cache dump (an epoch `time` line, a table with ctime expiry dates); ISC dhcpd in DHCPv6 mode
// through rsyslog's RSYSLOG_FileFormat; Technitium DNS Server's log file with "Use Local Time" on
// (the `Local` label, query lines and a .NET exception with its stack); phpIPAM's syslog logging as
// a collector stores it in RFC 5424 (its informational events sent at debug priority).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`bind`, `named`, `named[`, `query-errors`, `debug 1:`, `debug 2:`, `query failed`,
// `query failed (SERVFAIL)`, `fetch completed`, `client @0x`, `queries:`, `print-severity`,
// `category`, `updating zone`, `update-security`, `signer "`, `rate-limit`, `limit responses`,
// `xfer-out`, `transfer of '`, `AXFR-style`, `lame-servers`, `managed-keys`, `dnssec: `, `unbound`,
// `log-time-ascii`, `log-identity`, `log-local-actions`, `always_nxdomain`, `static IN`,
// `RPZ applied`, `rpz: applied`, `SERVFAIL <`, `log-servfail`, `so-rcvbuf`, `knot`, `knotd`,
// `knotd[`, `KNOT_`, `"ZONE"`, `"_COMM":"knotd"`, `KSK submission`, `DNSSEC, next signing`,
// `__REALTIME_TIMESTAMP`, `SYSLOG_IDENTIFIER`, `kresd`, `pdns`, `powerdns`, `pdns_server`,
// `pdns_server[`, `pdns_recursor`, `recursor`, `loglevel-show`, `query-logging`, `log-dns-queries`,
// `wants '`, `packetcache`, `msg="Remote`, `prio="Notice"`, `prio="Error"`, `Done launching threads`,
// `dnsdist`, `LogAction`, `coredns`, `coredns[`, `[INFO] plugin`, `plugin/loop`, `plugin/health`,
// `HINFO`, `[FATAL] plugin`, `dnsmasq`, `dnsmasq[`, `queries forwarded`, `cache insertions`,
// `cache size`, `: time 17`, `Host                           Address`, `kea`, `kea-dhcp4`,
// `DHCP4_`, `DHCP6_`, `DHCPSRV`, `stork`, `kea-leases`, `valid_lifetime`, `dhcpd`, `dhcpd[`,
// `dhcpd -6`, `isc-dhcp`, `DHCPACK`, `DHCPDISCOVER`, `Solicit message`, `Advertise NA`,
// `Reply NA`, `Picking pool address`, `transaction ID`, `dhcp6`, `DHCPV6`, `technitium`,
// `Technitium`, `QNAME: `, `Local] `, `SocketException`, `netbox`, `rq worker`, `runscript`,
// `phpipam`, `changelog |`, `pingCheck`, `discoveryCheck`, `infoblox`, `bluecat`, `efficientip`).
// BIND is in many tables (the holdout's categories and querylog, fresh43's foreground, fresh55's
// iso8601-utc channel, fresh86's security, lame-servers and dnssec files, fresh181's query log,
// fresh227's print-time iso8601, fresh242's BIND 9.3-9.9 channel, rules_test's resolver and xfer-in
// debug lines); the query-errors category and the update categories with print-severity through
// syslog are in none. Unbound is in fresh38 (log-time-ascii), fresh64 (log-time-iso), fresh86
// (verbosity 4), fresh227 (query/reply tags) and others; a log-identity and the local-zone and RPZ
// action lines are in none. Knot DNS is in fresh5 (its log file); its journal fields in none. The
// Authoritative Server is in fresh13 and fresh17 (syslog and foreground), the Recursor in fresh5,
// fresh55, fresh160 and fresh227; loglevel-show's msg=/prio= lines of the Authoritative Server are in
// none. CoreDNS is in world_test, fresh86, fresh149, fresh160 and fresh239 (container output, stern);
// as a systemd service in the journal, with the loop and health plugins, in none. dnsmasq is in many
// tables (its log file, stderr, log-queries=extra, log-dhcp, TFTP, OpenWrt's logread); the SIGUSR1
// dump is in none. ISC dhcpd's DHCPv4 lines, failover records, leases file and foreground stderr
// are earlier tables'; its DHCPv6 exchange is in none. Technitium is in fresh2 (the UTC log file);
// the Local label and its exception records are in none. NetBox's rqworker console is fresh125's;
// phpIPAM is in none. Left out as measured already: Kea (file, syslog, journal, legal log, DHCPv6,
// DDNS, Control Agent and packet loggers in fresh_test, fresh55, fresh64, fresh86, fresh156,
// fresh160, fresh173), Knot Resolver (fresh64, fresh86), dnsdist (fresh17, fresh86), Infoblox,
// BlueCat and EfficientIP (fresh75, fresh121, fresh154, fresh217), Windows DNS and DHCP Server
// (the holdout, fresh167, fresh175), Pi-hole and AdGuard Home. The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). BIND's `29-Nov-2026 07:41:16.204`, dnsmasq's and Unbound's year-less
// ASCII times and Technitium's `[… Local]` carry no zone and are taken as UTC (Local names no
// offset); the journal's and syslog's year-less dates are in 2026; rsyslog's +01:00 and the
// collector's RFC 5424 offsets are converted; knotd's record time is the journal's
// __REALTIME_TIMESTAMP or its _SOURCE_REALTIME_TIMESTAMP, either accepted. Times inside messages are
// not the record's: dnsmasq's `time 1795938076` line has the header's own second, its cache rows'
// ctime expiries are later; Knot's `next signing at`, phpIPAM's changelog date and BIND's `in
// 3.000184` are message text. Levels only where the line marks one: BIND's print-severity word
// (`debug 2` is Debug), Unbound's severity word, the journal's PRIORITY, the Authoritative Server's
// prio= (its `Done launching threads` is written at Error), CoreDNS's bracketed word (FATAL is
// Critical), the RFC 5424 PRI of phpIPAM's lines (user.debug for its informational events, auth.alert
// for a failed login); dnsmasq's file, the journal's short lines, dhcpd's and Technitium's lines
// carry none. The host is the record's host field: the syslog and journal host, knotd's _HOSTNAME,
// the RFC 5424 HOSTNAME; clients (BIND's `10.0.3.7#53124`, Unbound's `@port`, Technitium's bracket,
// phpIPAM's REMOTE_ADDR), DHCPv6 clients' link-local addresses, upstream servers and Unbound's
// log-identity are not hosts. A record that spans lines is one entry: Technitium's exception with
// its `   at` lines.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 687a648 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in
// a worktree at 687a648 with no change to trawl's code (only this file and table_test.go's list),
// 10 of 10 families fully right, 77 records; there are no gaps: trawl reads BIND's `debug 2`
// severity and the category before it, Unbound's identity tag without a host, knotd's journal JSON,
// the Authoritative Server's prio=, CoreDNS's FATAL behind the journal's tag, dnsmasq's dump lines
// (neither the epoch line nor the ctime expiries move the time), rsyslog's +01:00, Technitium's
// Local clock and exception frames, and phpIPAM's RFC 5424 PRI as they are.

var fresh275Cases = []worldCase{
	{
		name:   "bind-query-errors-channel-debug-severity",
		source: "BIND 9.18 with a file channel for the query-errors category (`channel qerr { file \"query-errors.log\"; severity debug 2; print-time yes; print-category yes; print-severity yes; }`): `dd-Mmm-yyyy HH:MM:SS.mmm query-errors: debug 1|debug 2|info: …`, the `query failed (SERVFAIL) for name/IN/TYPE at query.c:N` line at debug 1 (at info once the query log is on) and `fetch completed at resolver.c:N for name/TYPE in secs: result/result [domain:…,referral:…]` at debug 2: BIND 9 ARM 'The query-errors Category' (isc-projects/bind9 doc/arm reference.rst, found with find_string); the client @0x and view parts from memory",
		why:    "the severity is a word and a number (`debug 2`); a date with a month name and no zone; the fetch's duration `in 3.000184` and `resolver.c:4287` are no times; the client address is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:14.88Z", Debug, "", "29-Nov-2026 07:41:14.880 query-errors: debug 1: client @0x7f3a2c0a1c28 10.0.3.21#40122 (shop.partner.example): view internal: query failed (SERVFAIL) for shop.partner.example/IN/AAAA at query.c:7776"),
			we("2026-11-29T07:41:16.203Z", Debug, "", "29-Nov-2026 07:41:16.203 query-errors: debug 2: fetch completed at resolver.c:4287 for api.partner.example/A in 3.000184: timed out/success [domain:partner.example,referral:0,restart:3,qrysent:4,timeout:3,lame:0,quota:0,neterr:0,badresp:0,adberr:0,findfail:0,valfail:0]"),
			we("2026-11-29T07:41:16.204Z", Debug, "", "29-Nov-2026 07:41:16.204 query-errors: debug 1: client @0x7f3a2c01e168 10.0.3.7#53124 (api.partner.example): view internal: query failed (SERVFAIL) for api.partner.example/IN/A at query.c:7776"),
			we("2026-11-29T07:42:03.517Z", Debug, "", "29-Nov-2026 07:42:03.517 query-errors: debug 2: fetch completed at resolver.c:4287 for dnssec-failed.example/DNSKEY in 0.061203: broken trust chain/broken trust chain [domain:dnssec-failed.example,referral:1,restart:2,qrysent:3,timeout:0,lame:0,quota:0,neterr:0,badresp:0,adberr:0,findfail:0,valfail:1]"),
			we("2026-11-29T07:42:03.518Z", Info, "", "29-Nov-2026 07:42:03.518 query-errors: info: client @0x7f3a2c11b3d0 10.0.3.44#50021 (www.dnssec-failed.example): view internal: query failed (SERVFAIL) for www.dnssec-failed.example/IN/A at query.c:7776"),
		},
	},
	{
		name:   "bind-update-categories-syslog-print-severity",
		source: "BIND 9.18 with a syslog channel (`syslog daemon; print-category yes; print-severity yes;`) for the update and update-security categories, stored by rsyslog in /var/log/syslog (`Mmm dd HH:mm:ss host named[pid]: category: severity: client @0x… addr#port/key name: updating zone 'zone/IN': adding an RR at 'name' TYPE data`, `update 'zone/IN' denied`, `signer \"key\" approved`, `update unsuccessful: …: 'name not in use' prerequisite not satisfied (YXDOMAIN)`): the update lines as public threads and the Splunk/Infoblox samples quote them (found with find_string: `updating zone '`); the category and severity words before them from BIND's ARM (print-category, print-severity); which severity each line carries from memory",
		why:    "syslog's host and year-less date; the category and BIND's severity word after the tag give the level; the client, the key name and the addresses in the RRs are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ns1", `Nov 29 07:41:16 ns1 named[1187]: update-security: info: client @0x7f3a2c01e168 10.0.3.2#41822/key dhcp-updater: signer "dhcp-updater" approved`),
			we("2026-11-29T07:41:16Z", Info, "ns1", "Nov 29 07:41:16 ns1 named[1187]: update: info: client @0x7f3a2c01e168 10.0.3.2#41822/key dhcp-updater: updating zone 'lan.corp.example/IN': deleting rrset at 'laptop-kim.lan.corp.example' A"),
			we("2026-11-29T07:41:16Z", Info, "ns1", "Nov 29 07:41:16 ns1 named[1187]: update: info: client @0x7f3a2c01e168 10.0.3.2#41822/key dhcp-updater: updating zone 'lan.corp.example/IN': adding an RR at 'laptop-kim.lan.corp.example' A 10.0.3.57"),
			we("2026-11-29T07:41:17Z", Info, "ns1", "Nov 29 07:41:17 ns1 named[1187]: update: info: client @0x7f3a2c0a1c28 10.0.3.2#41830/key dhcp-updater: updating zone '3.0.10.in-addr.arpa/IN': adding an RR at '57.3.0.10.in-addr.arpa' PTR laptop-kim.lan.corp.example."),
			we("2026-11-29T07:41:20Z", Error, "ns1", "Nov 29 07:41:20 ns1 named[1187]: update-security: error: client @0x7f3a2c11b3d0 10.0.7.44#53012: update 'lan.corp.example/IN' denied"),
			we("2026-11-29T07:41:22Z", Info, "ns1", "Nov 29 07:41:22 ns1 named[1187]: update: info: client @0x7f3a2c11c540 10.0.3.2#41838/key dhcp-updater: updating zone 'lan.corp.example/IN': update unsuccessful: printer-2.lan.corp.example: 'name not in use' prerequisite not satisfied (YXDOMAIN)"),
		},
	},
	{
		name:   "unbound-ascii-log-identity-local-actions-rpz",
		source: "Unbound 1.22 writing its logfile with `log-time-ascii: yes`, `log-identity: \"rslv-b\"` (the identity in place of `unbound` before `[pid:thread]`), `log-local-actions: yes` (lz_inform_print: `zone. type addr@port` then the query's name, type and class), `rpz-log: yes` with `rpz-log-name` (log_rpz_apply: `rpz: applied [name] [trigger] dname action addr@port` then the query) and `log-servfail: yes`: NLnetLabs/unbound services/localzone.c and services/rpz.c (found with find_string: `lz_inform_print`), unbound.conf(5) (log-identity, log-local-actions); the start-up lines from memory",
		why:    "a year-less ASCII time with no host: the identity `rslv-b[2204:1]` stands where a program would, and is no host; the severity word gives the level; the client `10.0.3.7@53124` is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:12Z", Warn, "", "Nov 29 07:41:12 rslv-b[2204:0] warning: so-rcvbuf 4194304 was not granted. Got 425984. To fix: start with root permissions(linux) or sysctl bigger net.core.rmem_max(linux) or kern.ipc.maxsockbuf(bsd) values."),
			we("2026-11-29T07:41:12Z", Notice, "", "Nov 29 07:41:12 rslv-b[2204:0] notice: init module 0: validator"),
			we("2026-11-29T07:41:12Z", Notice, "", "Nov 29 07:41:12 rslv-b[2204:0] notice: init module 1: iterator"),
			we("2026-11-29T07:41:12Z", Info, "", "Nov 29 07:41:12 rslv-b[2204:0] info: start of service (unbound 1.22.0)."),
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 rslv-b[2204:1] info: adserver.example. always_nxdomain 10.0.3.7@53124 pixel.adserver.example. A IN"),
			we("2026-11-29T07:41:16Z", Info, "", "Nov 29 07:41:16 rslv-b[2204:1] info: corp.example. static 10.0.3.21@40112 oldprinter.corp.example. AAAA IN"),
			we("2026-11-29T07:41:17Z", Info, "", "Nov 29 07:41:17 rslv-b[2204:0] info: rpz: applied [threat-feed] malware-c2.example. nxdomain 10.0.3.44@50021 malware-c2.example. A IN"),
			we("2026-11-29T07:41:18Z", Info, "", "Nov 29 07:41:18 rslv-b[2204:1] info: rpz: applied [threat-feed] clientip 10.0.9.0/24 nodata 10.0.9.31@41877 cloud.example.org. AAAA IN"),
			we("2026-11-29T07:41:20Z", Error, "", "Nov 29 07:41:20 rslv-b[2204:1] error: SERVFAIL <api.partner.example. A IN>: all servers for this domain failed, at zone partner.example. upstream server timeout"),
		},
	},
	{
		name:   "knotd-journal-json-zone-field",
		source: "Knot DNS 3.4's knotd under systemd, read with `journalctl -u knot -o json` (knotd sends each message with sd_journal_send: PRIORITY, MESSAGE with the level word and `[zone.]` prefix, and ZONE for zone messages; no SYSLOG_IDENTIFIER, so _COMM names it; journald adds __REALTIME_TIMESTAMP, _SOURCE_REALTIME_TIMESTAMP and _HOSTNAME): CZ-NIC/knot src/knot/common/log.c (emit_log_msg, level_prefix); the messages and the journal's other fields from memory",
		why:    "one JSON object a line: the time in epoch microseconds (two of them), the level in PRIORITY, the host in _HOSTNAME; the `next signing at` time inside MESSAGE and the serials are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.118204Z|2026-11-29T07:41:12.118101Z", Info, "ns-auth-01", `{"__CURSOR":"s=4b1f0c2e9a7d4c6b8e3f1a2d5c7b9e0f;i=2f1a;b=9c4e2a7f1b3d4e5f8a6c0d2b4e6f8a1c;m=83612a4b;t=6452b1f7c4e56;x=1e2f3a4b5c6d7e8f","__REALTIME_TIMESTAMP":"1795938072118204","__MONOTONIC_TIMESTAMP":"2204118603","_BOOT_ID":"9c4e2a7f1b3d4e5f8a6c0d2b4e6f8a1c","_TRANSPORT":"journal","PRIORITY":"6","MESSAGE":"info: Knot DNS 3.4.2 started","_PID":"812","_UID":"113","_GID":"120","_COMM":"knotd","_EXE":"/usr/sbin/knotd","_CMDLINE":"/usr/sbin/knotd -m 512","_SYSTEMD_CGROUP":"/system.slice/knot.service","_SYSTEMD_UNIT":"knot.service","_SYSTEMD_SLICE":"system.slice","_SOURCE_REALTIME_TIMESTAMP":"1795938072118101","_HOSTNAME":"ns-auth-01","_MACHINE_ID":"0f3a7c1e9b2d4f6a8c0e2b4d6f8a1c3e"}`),
			we("2026-11-29T07:41:12.164511Z|2026-11-29T07:41:12.164402Z", Info, "ns-auth-01", `{"__CURSOR":"s=4b1f0c2e9a7d4c6b8e3f1a2d5c7b9e0f;i=2f1b;b=9c4e2a7f1b3d4e5f8a6c0d2b4e6f8a1c;m=8361df1d;t=6452b1f7cf9ff;x=2a3b4c5d6e7f8091","__REALTIME_TIMESTAMP":"1795938072164511","__MONOTONIC_TIMESTAMP":"2204164910","_BOOT_ID":"9c4e2a7f1b3d4e5f8a6c0d2b4e6f8a1c","_TRANSPORT":"journal","PRIORITY":"6","MESSAGE":"info: [corp.example.] zone file parsed, serial 2026112901","ZONE":"corp.example.","_PID":"812","_UID":"113","_GID":"120","_COMM":"knotd","_EXE":"/usr/sbin/knotd","_CMDLINE":"/usr/sbin/knotd -m 512","_SYSTEMD_CGROUP":"/system.slice/knot.service","_SYSTEMD_UNIT":"knot.service","_SYSTEMD_SLICE":"system.slice","_SOURCE_REALTIME_TIMESTAMP":"1795938072164402","_HOSTNAME":"ns-auth-01","_MACHINE_ID":"0f3a7c1e9b2d4f6a8c0e2b4d6f8a1c3e"}`),
			we("2026-11-29T07:41:12.170233Z|2026-11-29T07:41:12.170118Z", Info, "ns-auth-01", `{"__CURSOR":"s=4b1f0c2e9a7d4c6b8e3f1a2d5c7b9e0f;i=2f1c;b=9c4e2a7f1b3d4e5f8a6c0d2b4e6f8a1c;m=8361f563;t=6452b1f7d1039;x=3b4c5d6e7f809112","__REALTIME_TIMESTAMP":"1795938072170233","__MONOTONIC_TIMESTAMP":"2204170632","_BOOT_ID":"9c4e2a7f1b3d4e5f8a6c0d2b4e6f8a1c","_TRANSPORT":"journal","PRIORITY":"6","MESSAGE":"info: [corp.example.] loaded, serial 2026112900 -> 2026112901, 48213 bytes","ZONE":"corp.example.","_PID":"812","_UID":"113","_GID":"120","_COMM":"knotd","_EXE":"/usr/sbin/knotd","_CMDLINE":"/usr/sbin/knotd -m 512","_SYSTEMD_CGROUP":"/system.slice/knot.service","_SYSTEMD_UNIT":"knot.service","_SYSTEMD_SLICE":"system.slice","_SOURCE_REALTIME_TIMESTAMP":"1795938072170118","_HOSTNAME":"ns-auth-01","_MACHINE_ID":"0f3a7c1e9b2d4f6a8c0e2b4d6f8a1c3e"}`),
			we("2026-11-29T07:41:16.204118Z|2026-11-29T07:41:16.204011Z", Notice, "ns-auth-01", `{"__CURSOR":"s=4b1f0c2e9a7d4c6b8e3f1a2d5c7b9e0f;i=2f1d;b=9c4e2a7f1b3d4e5f8a6c0d2b4e6f8a1c;m=839dd1b6;t=6452b1fba8c56;x=4c5d6e7f80911223","__REALTIME_TIMESTAMP":"1795938076204118","__MONOTONIC_TIMESTAMP":"2208204517","_BOOT_ID":"9c4e2a7f1b3d4e5f8a6c0d2b4e6f8a1c","_TRANSPORT":"journal","PRIORITY":"5","MESSAGE":"notice: [corp.example.] DNSSEC, KSK submission, waiting for confirmation","ZONE":"corp.example.","_PID":"812","_UID":"113","_GID":"120","_COMM":"knotd","_EXE":"/usr/sbin/knotd","_CMDLINE":"/usr/sbin/knotd -m 512","_SYSTEMD_CGROUP":"/system.slice/knot.service","_SYSTEMD_UNIT":"knot.service","_SYSTEMD_SLICE":"system.slice","_SOURCE_REALTIME_TIMESTAMP":"1795938076204011","_HOSTNAME":"ns-auth-01","_MACHINE_ID":"0f3a7c1e9b2d4f6a8c0e2b4d6f8a1c3e"}`),
			we("2026-11-29T07:41:16.20453Z|2026-11-29T07:41:16.204422Z", Info, "ns-auth-01", `{"__CURSOR":"s=4b1f0c2e9a7d4c6b8e3f1a2d5c7b9e0f;i=2f1e;b=9c4e2a7f1b3d4e5f8a6c0d2b4e6f8a1c;m=839dd352;t=6452b1fba8df2;x=5d6e7f8091122334","__REALTIME_TIMESTAMP":"1795938076204530","__MONOTONIC_TIMESTAMP":"2208204929","_BOOT_ID":"9c4e2a7f1b3d4e5f8a6c0d2b4e6f8a1c","_TRANSPORT":"journal","PRIORITY":"6","MESSAGE":"info: [corp.example.] DNSSEC, next signing at 2026-12-06T08:41:16+0100","ZONE":"corp.example.","_PID":"812","_UID":"113","_GID":"120","_COMM":"knotd","_EXE":"/usr/sbin/knotd","_CMDLINE":"/usr/sbin/knotd -m 512","_SYSTEMD_CGROUP":"/system.slice/knot.service","_SYSTEMD_UNIT":"knot.service","_SYSTEMD_SLICE":"system.slice","_SOURCE_REALTIME_TIMESTAMP":"1795938076204422","_HOSTNAME":"ns-auth-01","_MACHINE_ID":"0f3a7c1e9b2d4f6a8c0e2b4d6f8a1c3e"}`),
			we("2026-11-29T07:51:16.61803Z|2026-11-29T07:51:16.617921Z", Warn, "ns-auth-01", `{"__CURSOR":"s=4b1f0c2e9a7d4c6b8e3f1a2d5c7b9e0f;i=2f3a;b=9c4e2a7f1b3d4e5f8a6c0d2b4e6f8a1c;m=8dcd0a41;t=6452b42fdd0ee;x=6e7f809112233445","__REALTIME_TIMESTAMP":"1795938676618030","__MONOTONIC_TIMESTAMP":"2808618429","_BOOT_ID":"9c4e2a7f1b3d4e5f8a6c0d2b4e6f8a1c","_TRANSPORT":"journal","PRIORITY":"4","MESSAGE":"warning: [corp.example.] DS check, KSK submission, attempt 3, negative","ZONE":"corp.example.","_PID":"812","_UID":"113","_GID":"120","_COMM":"knotd","_EXE":"/usr/sbin/knotd","_CMDLINE":"/usr/sbin/knotd -m 512","_SYSTEMD_CGROUP":"/system.slice/knot.service","_SYSTEMD_UNIT":"knot.service","_SYSTEMD_SLICE":"system.slice","_SOURCE_REALTIME_TIMESTAMP":"1795938676617921","_HOSTNAME":"ns-auth-01","_MACHINE_ID":"0f3a7c1e9b2d4f6a8c0e2b4d6f8a1c3e"}`),
			we("2026-11-29T07:52:40.118207Z|2026-11-29T07:52:40.118098Z", Error, "ns-auth-01", `{"__CURSOR":"s=4b1f0c2e9a7d4c6b8e3f1a2d5c7b9e0f;i=2f3b;b=9c4e2a7f1b3d4e5f8a6c0d2b4e6f8a1c;m=8ec3e5de;t=6452b47f6d41f;x=7f80911223344556","__REALTIME_TIMESTAMP":"1795938760118207","__MONOTONIC_TIMESTAMP":"2892118606","_BOOT_ID":"9c4e2a7f1b3d4e5f8a6c0d2b4e6f8a1c","_TRANSPORT":"journal","PRIORITY":"3","MESSAGE":"error: [lab.corp.example.] refresh, remote 192.0.2.53@53, failed (connection timeout)","ZONE":"lab.corp.example.","_PID":"812","_UID":"113","_GID":"120","_COMM":"knotd","_EXE":"/usr/sbin/knotd","_CMDLINE":"/usr/sbin/knotd -m 512","_SYSTEMD_CGROUP":"/system.slice/knot.service","_SYSTEMD_UNIT":"knot.service","_SYSTEMD_SLICE":"system.slice","_SOURCE_REALTIME_TIMESTAMP":"1795938760118098","_HOSTNAME":"ns-auth-01","_MACHINE_ID":"0f3a7c1e9b2d4f6a8c0e2b4d6f8a1c3e"}`),
		},
	},
	{
		name:   "pdns-auth-loglevel-show-journal",
		source: "PowerDNS Authoritative Server 4.9 under its systemd unit (stdout with --disable-syslog --log-timestamp=no, read with journalctl) with `loglevel-show=yes` (4.9.0: each line `msg=\"…\" prio=\"Level\"`) and `log-dns-queries=yes` at loglevel 5 (`Remote addr wants 'name|TYPE', do = N, bufsize = N: packetcache HIT|MISS`): doc.powerdns.com authoritative settings 'loglevel-show' (found with find_string), PowerDNS/pdns issue #2676 (the query line); the query line's Notice, the Error of `Done launching threads` and the other messages from memory",
		why:    "the journal's year-less date and host, then msg= and prio= with no subsystem or ts: prio= is the level (a start-up success at Error); the remote address is a client",
		entries: []worldEntry{
			we("2026-11-29T07:41:12Z", Error, "ns-pdns-01", `Nov 29 07:41:12 ns-pdns-01 pdns_server[811]: msg="Done launching threads, ready to distribute questions" prio="Error"`),
			we("2026-11-29T07:41:16Z", Notice, "ns-pdns-01", `Nov 29 07:41:16 ns-pdns-01 pdns_server[811]: msg="Remote 10.0.3.7 wants 'www.corp.example|A', do = 0, bufsize = 1232: packetcache MISS" prio="Notice"`),
			we("2026-11-29T07:41:16Z", Notice, "ns-pdns-01", `Nov 29 07:41:16 ns-pdns-01 pdns_server[811]: msg="Remote 10.0.3.7 wants 'www.corp.example|AAAA', do = 1, bufsize = 1232: packetcache HIT" prio="Notice"`),
			we("2026-11-29T07:41:19Z", Error, "ns-pdns-01", `Nov 29 07:41:19 ns-pdns-01 pdns_server[811]: msg="Backend reported condition which prevented lookup (GSQLBackend unable to lookup 'www.lab.corp.example|A':Failed to execute mysql_stmt_execute() of 'any-query': MySQL server has gone away) sending out servfail" prio="Error"`),
			we("2026-11-29T07:41:25Z", Notice, "ns-pdns-01", `Nov 29 07:41:25 ns-pdns-01 pdns_server[811]: msg="AXFR-out zone 'corp.example', client '10.0.3.9:41822', transfer initiated" prio="Notice"`),
		},
	},
	{
		name:   "coredns-systemd-journal-loop-fatal",
		source: "CoreDNS 1.11 run as a systemd service and read with `journalctl -u coredns` (its untimed stdout behind the journal's `Mmm dd HH:mm:ss host coredns[pid]: `: the `.:53` server block, `[INFO] plugin/reload: Running configuration SHA512 = …`, the version lines, the loop plugin's `[FATAL] plugin/loop: Loop (addr -> :53) detected for zone \".\", see … Query: \"HINFO n.n.\"`, systemd's own `coredns.service: Main process exited` lines between, then the log, health and errors plugins): coredns/coredns PR #2400 and issue #2795 (the loop message), PR #4533 and k3s-io/k3s issue #7014 (the health plugin's warning); systemd's lines from memory",
		why:    "the journal's time and host; the bracketed word after the tag is the level, FATAL is Critical; the banner lines and systemd's lines have none; durations (1.204118227s) and the HINFO probe's numbers are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "dns-edge-02", "Nov 29 07:41:16 dns-edge-02 systemd[1]: Started coredns.service - CoreDNS DNS server."),
			we("2026-11-29T07:41:16Z", Unknown, "dns-edge-02", "Nov 29 07:41:16 dns-edge-02 coredns[2231]: .:53"),
			we("2026-11-29T07:41:16Z", Info, "dns-edge-02", "Nov 29 07:41:16 dns-edge-02 coredns[2231]: [INFO] plugin/reload: Running configuration SHA512 = 0c6e2f4a8b1d3e5f7a9c0b2d4e6f8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a6c8e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0e"),
			we("2026-11-29T07:41:16Z", Unknown, "dns-edge-02", "Nov 29 07:41:16 dns-edge-02 coredns[2231]: CoreDNS-1.11.3"),
			we("2026-11-29T07:41:16Z", Unknown, "dns-edge-02", "Nov 29 07:41:16 dns-edge-02 coredns[2231]: linux/amd64, go1.22.5, a6338e9"),
			we("2026-11-29T07:41:16Z", Critical, "dns-edge-02", `Nov 29 07:41:16 dns-edge-02 coredns[2231]: [FATAL] plugin/loop: Loop (127.0.0.1:44154 -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO 4547991504243258144.3688648895315093531."`),
			we("2026-11-29T07:41:16Z", Unknown, "dns-edge-02", "Nov 29 07:41:16 dns-edge-02 systemd[1]: coredns.service: Main process exited, code=exited, status=1/FAILURE"),
			we("2026-11-29T07:41:16Z", Unknown, "dns-edge-02", "Nov 29 07:41:16 dns-edge-02 systemd[1]: coredns.service: Failed with result 'exit-code'."),
			we("2026-11-29T07:44:02Z", Info, "dns-edge-02", `Nov 29 07:44:02 dns-edge-02 coredns[2302]: [INFO] 10.0.3.7:53124 - 40211 "AAAA IN intranet.corp.example. udp 51 false 1232" NOERROR qr,aa,rd 139 0.000184s`),
			we("2026-11-29T07:44:05Z", Warn, "dns-edge-02", `Nov 29 07:44:05 dns-edge-02 coredns[2302]: [WARNING] plugin/health: Local health request to "http://:8080/health" took more than 1s: 1.204118227s`),
			we("2026-11-29T07:44:09Z", Error, "dns-edge-02", "Nov 29 07:44:09 dns-edge-02 coredns[2302]: [ERROR] plugin/errors: 2 api.partner.example. A: read udp 10.0.3.53:41221->9.9.9.9:53: i/o timeout"),
		},
	},
	{
		name:   "dnsmasq-sigusr1-cache-dump-logfile",
		source: "dnsmasq 2.90 with `log-facility=/var/log/dnsmasq.log` and log-queries, after `kill -USR1`: dump_cache's `time <epoch>`, cache size, forwarded/local counts, authoritative zones, pool memory, TCP children and per-server lines, then with log-queries the cache table (a `Host Address Flags Expires Source` header, a dashed rule, each entry `%-30.30s %-40.40s flags %-24.24s` with its expiry in ctime), each line behind the file's `Mmm dd HH:mm:ss dnsmasq[pid]: `: dnsmasq src/cache.c dump_cache and dump_cache_entry (RMerl/asuswrt-merlin.ng's copy, found with the search tool), openwrt/openwrt PR #11357 (the statistics in logread)",
		why:    "no host and no level; the `time 1795938076` line is the header's own second; the ctime expiry dates with a year in the table rows are later and no record's time; the table's header and rule are records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Unknown, "", "Nov 29 07:41:15 dnsmasq[812]: reply updates.vendor.example is 203.0.113.41"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: time 1795938076"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: cache size 1000, 0/2211 cache insertions re-used unexpired cache entries."),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: queries forwarded 2211, queries answered locally 498"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: queries for authoritative zones 0"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: pool memory in use 48, max 96, allocated 4800"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: child processes for TCP requests: in use 0, highest since last SIGUSR1 1, max allowed 20."),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: server 9.9.9.9#53: queries sent 1402, retried 3, failed 0, nxdomain replies 41, avg. latency 18ms"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: server 149.112.112.112#53: queries sent 809, retried 1, failed 2, nxdomain replies 17, avg. latency 24ms"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: Host                           Address                                  Flags      Expires                  Source"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: ------------------------------ ---------------------------------------- ---------- ------------------------ ------------"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: updates.vendor.example         203.0.113.41                             4F         Sun Nov 29 07:44:58 2026"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: cdn.vendor.example             cdn-edge-7.vendor-cdn.example            CF         Sun Nov 29 07:46:02 2026"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: laptop-kim.lan                 10.0.3.57                                4F  D      Sun Nov 29 19:38:40 2026"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: wpad.corp.example                                                       4F   NX    Sun Nov 29 08:11:16 2026"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16 dnsmasq[812]: api.partner.example            2001:db8:77::15                          6F         Sun Nov 29 07:42:31 2026"),
		},
	},
	{
		name:   "isc-dhcpd6-rsyslog-fileformat",
		source: "ISC dhcpd 4.4 in DHCPv6 mode (`dhcpd -6`, isc-dhcp-server6) through rsyslog's RSYSLOG_FileFormat (`yyyy-MM-ddTHH:mm:ss.ffffff±hh:mm host dhcpd[pid]: msg`): the Solicit/Advertise/Request/Reply exchange (`Solicit message from addr port 546, transaction ID 0x…`, `Picking pool address …`, `Advertise NA: address … to client with duid … iaid = N valid for N seconds`, `Sending Advertise to …`): u-root/u-root issue #1368 and NetworkConfiguration/dhcpcd issue #324 (the server's lines); the rsyslog template from memory",
		why:    "an RFC 3339 time with microseconds and +01:00, then the host; the client's link-local address, the DUID's colon-separated bytes, the hex transaction id and `valid for 43200 seconds` are no host and no times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "gw-core-01", "2026-11-29T08:41:16.204118+01:00 gw-core-01 dhcpd[1402]: Solicit message from fe80::5054:ff:fe3a:1c07 port 546, transaction ID 0x4A1B2C00"),
			we("2026-11-29T07:41:16.20453Z", Unknown, "gw-core-01", "2026-11-29T08:41:16.204530+01:00 gw-core-01 dhcpd[1402]: Picking pool address 2001:db8:40:10::1a2"),
			we("2026-11-29T07:41:16.204611Z", Unknown, "gw-core-01", "2026-11-29T08:41:16.204611+01:00 gw-core-01 dhcpd[1402]: Advertise NA: address 2001:db8:40:10::1a2 to client with duid 00:01:00:01:2e:8f:11:0a:52:54:00:3a:1c:07 iaid = 978123527 valid for 43200 seconds"),
			we("2026-11-29T07:41:16.204702Z", Unknown, "gw-core-01", "2026-11-29T08:41:16.204702+01:00 gw-core-01 dhcpd[1402]: Sending Advertise to fe80::5054:ff:fe3a:1c07 port 546"),
			we("2026-11-29T07:41:17.31105Z", Unknown, "gw-core-01", "2026-11-29T08:41:17.311050+01:00 gw-core-01 dhcpd[1402]: Request message from fe80::5054:ff:fe3a:1c07 port 546, transaction ID 0x9C4D7E00"),
			we("2026-11-29T07:41:17.311422Z", Unknown, "gw-core-01", "2026-11-29T08:41:17.311422+01:00 gw-core-01 dhcpd[1402]: Reply NA: address 2001:db8:40:10::1a2 to client with duid 00:01:00:01:2e:8f:11:0a:52:54:00:3a:1c:07 iaid = 978123527 valid for 43200 seconds"),
			we("2026-11-29T07:41:17.311509Z", Unknown, "gw-core-01", "2026-11-29T08:41:17.311509+01:00 gw-core-01 dhcpd[1402]: Sending Reply to fe80::5054:ff:fe3a:1c07 port 546"),
		},
	},
	{
		name:   "technitium-local-time-log-exception",
		source: "Technitium DNS Server's log file (logs/yyyy-MM-dd.log) with \"Use Local Time\" on: WriteLog's `[yyyy-MM-dd HH:mm:ss Local] msg`, the query lines `[addr:port] [PROTO] QNAME: …; QTYPE: …; QCLASS: …; RCODE: …; ANSWER: […]` with Log All Queries, and an exception written with ex.ToString() (the .NET message and its `   at …` frames): TechnitiumSoftware/DnsServer DnsServerCore/LogManager.cs (WriteLog, Write(IPEndPoint, DnsTransportProtocol, …)); the exception's frames from memory",
		why:    "the word Local names no offset, so the clock is read as UTC; the client in the next bracket is a peer; an exception and its indented frames are one record; no level",
		entries: []worldEntry{
			we("2026-11-29T08:41:12Z", Unknown, "", "[2026-11-29 08:41:12 Local] Logging started."),
			we("2026-11-29T08:41:13Z", Unknown, "", "[2026-11-29 08:41:13 Local] DNS Server was started successfully."),
			we("2026-11-29T08:41:16Z", Unknown, "", "[2026-11-29 08:41:16 Local] [10.0.3.7:53124] [UDP] QNAME: printer.corp.example; QTYPE: A; QCLASS: IN; RCODE: NoError; ANSWER: [10.0.3.40]"),
			we("2026-11-29T08:41:16Z", Unknown, "", "[2026-11-29 08:41:16 Local] [10.0.3.21:40412] [TCP] QNAME: _ldap._tcp.dc._msdcs.corp.example; QTYPE: SRV; QCLASS: IN; RCODE: NxDomain; ANSWER: []"),
			we("2026-11-29T08:41:19Z", Unknown, "",
				"[2026-11-29 08:41:19 Local] [10.0.3.7:53130] [UDP] System.Net.Sockets.SocketException (110): Connection timed out",
				"   at TechnitiumLibrary.Net.Dns.ClientConnection.UdpClientConnection.QueryAsync(DnsDatagram request, Int32 timeout, Int32 retries, CancellationToken cancellationToken)",
				"   at TechnitiumLibrary.Net.Dns.DnsClient.InternalResolveAsync(DnsDatagram request, CancellationToken cancellationToken)",
				`   at DnsServerCore.Dns.DnsServer.RecursiveResolveAsync(DnsQuestionRecord question, NetworkAddress eDnsClientSubnet, Boolean dnssecValidation, Boolean cachePrefetchOperation, Boolean cacheRefreshOperation) in Z:\Technitium\Projects\DnsServer\DnsServerCore\Dns\DnsServer.cs:line 3311`),
			we("2026-11-29T08:41:20Z", Unknown, "", "[2026-11-29 08:41:20 Local] [10.0.3.7:53130] [UDP] QNAME: api.partner.example; QTYPE: A; QCLASS: IN; RCODE: ServerFailure; ANSWER: []"),
		},
	},
	{
		name:   "phpipam-syslog-rfc5424-collector",
		source: "phpIPAM 1.6 with its log setting on syslog (Logging::syslog_write: openlog('phpipam', LOG_NDELAY|LOG_PID, facility) and `REMOTE_ADDR | user | command | details`, LOG_AUTH for login commands, severity 0/1/2 sent as LOG_DEBUG/LOG_WARNING/LOG_ALERT; the changelog through 'phpipam-changelog' as `changelog | user | type | id | action | Y-m-d H:i:s | changes`), forwarded by the server's rsyslog in RFC 5424 and stored raw by the collector: phpipam/phpipam functions/classes/class.Log.php; the commands and details from memory",
		why:    "the PRI gives the level: an ordinary event at user.debug (15) is Debug, a failed login at auth.alert (33) is Alert; the offset +01:00 is converted; the client address first in the message and the changelog's own local date are not the record's host or time",
		entries: []worldEntry{
			we("2026-11-29T07:40:58.118402Z", Debug, "ipam01", "<39>1 2026-11-29T08:40:58.118402+01:00 ipam01 phpipam 2839 - - 10.0.3.7 | kbauer | User login | User kbauer logged in"),
			we("2026-11-29T07:41:16.204118Z", Debug, "ipam01", "<15>1 2026-11-29T08:41:16.204118+01:00 ipam01 phpipam 2841 - - 10.0.3.7 | kbauer | Subnet edit | Subnet 10.40.12.0/24 edit success"),
			we("2026-11-29T07:41:16.231877Z", Debug, "ipam01", "<15>1 2026-11-29T08:41:16.231877+01:00 ipam01 phpipam-changelog 2841 - - changelog | kbauer | subnet | 58 | edit | 2026-11-29 08:41:16 | [description]: Lab printers => Lab printers and scanners"),
			we("2026-11-29T07:44:03.55719Z", Alert, "ipam01", "<33>1 2026-11-29T08:44:03.557190+01:00 ipam01 phpipam 2850 - - 198.51.100.23 | admin | User login | Invalid username or password"),
			we("2026-11-29T07:45:12.004811Z", Warn, "ipam01", "<12>1 2026-11-29T08:45:12.004811+01:00 ipam01 phpipam 2851 - - 10.0.3.7 | kbauer | Address add | Address 10.40.12.77 add failed: IP address already exists"),
		},
	},
}

func TestFresh275Formats(t *testing.T) { assertTable(t, fresh275Cases) }
func TestFresh275Score(t *testing.T) {
	checkScore(t, "fresh275 formats", fresh275Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
