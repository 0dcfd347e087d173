package parse

import "testing"

// The two-hundred-and-twenty-seventh fresh table, written on 2026-12-05: network infrastructure
// daemons' own logs at verbose settings in 2025-2026, in options and shapes no earlier table holds.
// Each family is one product's documented or observed output: BIND 9.20 with `print-time iso8601`
// (local time, no zone), print-category and print-severity; Unbound 1.22 with log-queries,
// log-replies and log-tag-queryreply (the `query:`/`reply:` tags in the severity place) and its
// bracketed epoch time; PowerDNS Recursor 5's structured logging written to stderr with
// --log-timestamp (a BSD date without host before the key=value pairs); OpenVPN 2.6 at verb 4 (the
// `us=` microseconds after the ISO date, the client instance prefix); strongSwan 6's charon file
// logger with `time_format = %Y-%m-%dT%H:%M:%S%z` and ike_name; FRRouting 10's extended log target
// in the rfc5424 format and in the local-syslog format, written to a file; FRRouting's classic file
// log with `log timestamp precision 6` and `log record-priority`; BIRD 3 with `timeformat log iso
// long ms` and the thread number before the class.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`bind`, `named`, `print-category`, `queries: info`, `client @0x`, `T07:41:16.[0-9]*
// queries`, `unbound`, `log-time-ascii`, `] reply: `, `] query: `, `pdns`, `powerdns`, `recursor`,
// `subsystem=`, `knot`, `coredns`, `kea`, `DHCP4_`, `DHCP4_LEASE`, `DHCPSRV`, `dhcpd`, `dnsmasq`,
// `DHCPACK`, `chrony`, `measurements.log`, `tracking.log`, `Date (UTC) Time`, `ntpsec`, `ntpd`,
// `openvpn`, `TLS: Initial packet`, `charon`, `strongswan`, `12\[IKE\]`, `keepalived`,
// `Keepalived_vrrp`, `frr`, `zebra`, `bgpd`, `bgpd\[`, `BGP:`, `location@50145`, `bird`, `bird:`,
// `OSPF`, `[000N] <`). BIND is in many tables (fresh43's foreground, fresh55's iso8601-utc channel,
// fresh86's security, lame-servers and dnssec channels, fresh181's zone-less query log, the
// holdout's categories and querylog): `print-time iso8601`, the local ISO time without a zone, is in
// none. Unbound is in fresh38 (log-time-ascii), fresh64 (log-time-iso), fresh86 (verbosity 4) and
// others; the query/reply tags are in none. The Recursor's structured lines are in fresh5 through
// syslog with a host; its stderr form with a bare BSD date is in none. OpenVPN 2.6's `us=` is in
// rules_test's openvpn-microseconds (startup lines only); the verb 4 server with client instance
// prefixes is in none. strongSwan's file logger is in fresh173 (`%F %T` with log_level) and fresh200
// (weekday-comma time); an ISO time with a numeric offset is in none. FRR is in fresh5 and fresh162
// (the file log) and fresh37 (Quagga's record-priority); the extended rfc5424 and local-syslog
// targets and record-priority with microseconds are in none. BIRD 1.6 and 2 are in fresh5 and other
// tables without milliseconds or thread numbers. Left out as measured already: Knot DNS and Knot
// Resolver (fresh5, fresh64, fresh86), CoreDNS's log and errors plugins (world_test, fresh86,
// fresh160), Kea's file, syslog, packet-dump, legal and journal shapes (fresh55, fresh64, fresh86,
// fresh156, fresh160, fresh173), ISC dhcpd, dnsmasq, chrony's measurements/statistics/tracking/
// selection/refclocks/rtc/tempcomp logs, NTPsec's logfile and stats files, keepalived's log file and
// syslog. The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A time without a zone (BIND's iso8601, OpenVPN's, BIRD's, FRR's file and
// local-syslog stamps) is taken as UTC; strongSwan's +0100 and FRR's Z are converted. The Recursor's
// BSD date and its ts= epoch both carry the record's time, so either is accepted. Levels only where
// the line marks one: BIND's severity column, Unbound's severity word (its query/reply tags are no
// level), the Recursor's prio= key, the syslog PRI of FRR's extended targets, FRR's record-priority
// word (notifications Notice, informational Info, warnings Warn, errors Error, debugging Debug) and
// BIRD's class (<TRACE> Trace, <WARN>, <ERR>). OpenVPN and strongSwan
// without log_level carry none, whatever WARNING or failed their messages say. The host is the
// record's host field: only FRR's rfc5424 HOSTNAME here; client addresses, OpenVPN's common-name
// instance prefix, IKE peers and BGP neighbours are not hosts.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and one was changed after it for a misreading of the level scale, not of the output:
// BIRD's <TRACE> was first set to Debug, but Level has a Trace of its own and earlier tables map
// BIRD's <TRACE> onto it, so the two <TRACE> records want Trace. A family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit ec8f310 before any rule for it: level 98.1 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 97.7 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at ec8f310 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 9 families fully right, with the two BIRD <TRACE> records wanting Trace (the very first run,
// with them wrongly wanting Debug, gave level 93.7 %); the gap is OpenVPN's WARNING word.

var fresh227Cases = []worldCase{
	{
		name:   "bind920-print-time-iso8601-local-category-severity",
		source: "BIND 9.20 logging channel with `print-time iso8601; print-category yes; print-severity yes;` (the local time as YYYY-MM-DDThh:mm:ss.sss with no zone, unlike iso8601-utc's Z): BIND 9 ARM 'logging Block' (print-time: iso8601, iso8601-utc, local); lib/isc time.c isc_time_formatISO8601Lms from memory",
		why:    "an ISO time with milliseconds and no zone, read as UTC; the category and severity columns; the query line's client address and view are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29T07:41:16.204 general: info: zone example.org/IN/internal: loaded serial 2026112903 (DNSSEC signed)"),
			we("2026-11-29T07:41:16.317Z", Notice, "", "2026-11-29T07:41:16.317 general: notice: all zones loaded"),
			we("2026-11-29T07:41:18.902Z", Info, "", "2026-11-29T07:41:18.902 queries: info: client @0x7f1c2b4e9168 10.20.4.31#51822 (api.example.org): view internal: query: api.example.org IN AAAA +E(0)K (10.20.0.2)"),
			we("2026-11-29T07:41:19.044Z", Info, "", "2026-11-29T07:41:19.044 dnssec: info: keymgr: DNSKEY example.org/ECDSAP256SHA256/40211 (ZSK) created for policy standard"),
			we("2026-11-29T07:41:21.530Z", Warn, "", "2026-11-29T07:41:21.530 resolver: warning: checkhints: view internal: b.root-servers.net/A (170.247.170.2) missing from hints"),
			we("2026-11-29T07:41:23.118Z", Error, "", "2026-11-29T07:41:23.118 xfer-in: error: transfer of 'partner.example.net/IN' from 192.0.2.53#53: failed while receiving responses: REFUSED"),
		},
	},
	{
		name:   "unbound122-log-tag-queryreply-epoch",
		source: "Unbound 1.22 logfile with `log-queries: yes`, `log-replies: yes`, `log-tag-queryreply: yes`, log-time-ascii off (`[epoch] unbound[pid:thread] tag: msg`): unbound.conf(5) (log-tag-queryreply: the words query and reply replace info); util/log.c log_vmsg from NLnet Labs' unbound source",
		why:    "a bracketed epoch time; the severity word notice/info/error is the level, while the query: and reply: tags in the same place are none; a reply's NOERROR and the client address are no level and no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "[1795938076] unbound[812:0] notice: init module 0: validator"),
			we("2026-11-29T07:41:16Z", Info, "", "[1795938076] unbound[812:0] info: start of service (unbound 1.22.0)."),
			we("2026-11-29T07:41:21Z", Unknown, "", "[1795938081] unbound[812:1] query: 10.20.4.31 api.example.org. A IN"),
			we("2026-11-29T07:41:21Z", Unknown, "", "[1795938081] unbound[812:1] reply: 10.20.4.31 api.example.org. A IN NOERROR 0.012418 0 59"),
			we("2026-11-29T07:41:23Z", Error, "", "[1795938083] unbound[812:0] error: SERVFAIL <broken.example.net. AAAA IN>: all servers for this domain failed, at zone example.net. upstream server timeout"),
		},
	},
	{
		name:   "pdns-recursor5-structured-stderr-log-timestamp",
		source: "PowerDNS Recursor 5 run in the foreground with `--disable-syslog --log-timestamp=yes` (structured logging to stderr: a BSD date, then msg=, subsystem=, level=, prio=, tid=, ts= and the event's keys): doc.powerdns.com recursor 'Logging' (structured logging, log-timestamp, disable-syslog); the stderr prefix from memory",
		why:    "a BSD date with no host before key=value pairs; prio= is the level; level=\"0\" is the verbosity, not a severity; the ts= epoch repeats the time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.118Z", Notice, "", `Nov 29 07:41:16 msg="PowerDNS Recursor starting" subsystem="config" level="0" prio="Notice" tid="0" ts="1795938076.118" version="5.2.1"`),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.402Z", Info, "", `Nov 29 07:41:16 msg="Listening for queries" subsystem="config" level="0" prio="Info" tid="0" ts="1795938076.402" address="0.0.0.0:53" proto="udp"`),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.551Z", Warn, "", `Nov 29 07:41:19 msg="Unable to update Trust Anchor" subsystem="trustanchors" level="0" prio="Warning" tid="0" ts="1795938079.551" file="/var/lib/pdns-recursor/root.keys" error="file not found"`),
			we("2026-11-29T07:41:22Z|2026-11-29T07:41:22.007Z", Error, "", `Nov 29 07:41:22 msg="Error resolving" subsystem="syncres" level="0" prio="Error" tid="3" ts="1795938082.007" qname="broken.example.net" qtype="AAAA" exception="Too many outgoing queries"`),
		},
	},
	{
		name:   "openvpn26-verb4-us-server-instances",
		source: "OpenVPN 2.6 server at `verb 4` with `log /var/log/openvpn/server.log` (`YYYY-MM-DD HH:MM:SS us=NNNNNN` when the verbosity is 4 or more, the client instance `cn/addr:port` prefix, the `Current Parameter Settings:` dump one line each): openvpn(8) --verb and --log; OpenVPN community forum threads quoting verb 4 logs; the us= field from memory of error.c",
		why:    "the microseconds after `us=` belong to the time; the instance prefix names a client, not a host; WARNING inside a message is no level",
		gap:    "the word WARNING: after the client instance prefix (`alice/203.0.113.45:51234 WARNING: 'link-mtu' is used inconsistently…`) is read as the level Warn; OpenVPN's log has no level column",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "", "2026-11-29 07:41:16 us=204118 Current Parameter Settings:"),
			we("2026-11-29T07:41:16.204131Z", Unknown, "", "2026-11-29 07:41:16 us=204131   config = '/etc/openvpn/server/server.conf'"),
			we("2026-11-29T07:41:21.551203Z", Unknown, "", "2026-11-29 07:41:21 us=551203 203.0.113.45:51234 TLS: Initial packet from [AF_INET]203.0.113.45:51234, sid=4f1c2a7e 9b3d4c1a"),
			we("2026-11-29T07:41:21.902114Z", Unknown, "", "2026-11-29 07:41:21 us=902114 alice/203.0.113.45:51234 MULTI_sva: pool returned IPv4=10.8.0.6, IPv6=(Not enabled)"),
			we("2026-11-29T07:41:22.004871Z", Unknown, "", "2026-11-29 07:41:22 us=004871 alice/203.0.113.45:51234 WARNING: 'link-mtu' is used inconsistently, local='link-mtu 1549', remote='link-mtu 1553'"),
			we("2026-11-29T07:41:22.010222Z", Unknown, "", "2026-11-29 07:41:22 us=010222 alice/203.0.113.45:51234 Data Channel: cipher 'AES-256-GCM', peer-id: 0"),
		},
	},
	{
		name:   "strongswan6-filelog-iso-offset-ike-name",
		source: "strongSwan 6.0 charon file logger in charon-logging.conf (`time_format = %Y-%m-%dT%H:%M:%S%z`, `ike_name = yes`, default = 2: the strftime time, the thread and subsystem, `<conn|n>`): docs.strongswan.org 'Logging' (filelog options time_format, ike_name, time_add_ms); strongswan/strongswan discussion #277 (a file logger with time_format)",
		why:    "an ISO time with a +0100 offset and no separator in the offset, converted; no level (no log_level); the IKE peer is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T08:41:16+0100 00[DMN] Starting IKE charon daemon (strongSwan 6.0.1, Linux 6.12.0-1-amd64, x86_64)"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29T08:41:16+0100 00[CFG] loaded 2 RADIUS server configurations"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29T08:41:19+0100 13[NET] <site-b|4> received packet: from 198.51.100.20[500] to 203.0.113.10[500] (464 bytes)"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026-11-29T08:41:19+0100 13[IKE] <site-b|4> IKE_SA site-b[4] established between 203.0.113.10[gw-a.example.org]...198.51.100.20[gw-b.example.org]"),
			we("2026-11-29T07:41:24Z", Unknown, "", "2026-11-29T08:41:24+0100 07[IKE] <site-b|4> received AUTHENTICATION_FAILED notify error"),
		},
	},
	{
		name:   "frr10-extlog-rfc5424-file",
		source: "FRRouting 10 extended log target (`log extended ext1` / `destination file /var/log/frr/ext.log format rfc5424`, the version, unique-id and error-category keywords on): FRR user docs 'Extended Logging Target' (extlog.rst: rfc5424 format with ISO 8601 timestamps and structured data); lib/zlog_5424.c zlog_5424_one (`<PRI>1 TS HOST progname pid PREFIX [origin enterpriseId=\"50145\" …][location@50145 tid=… id=… ec=…] text`)",
		why:    "a whole RFC 5424 line written to a file: PRI gives the level, HOSTNAME the host; the daemon's prefix BGP is the MSGID; the BGP neighbour is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Notice, "rtr1", `<29>1 2026-11-29T07:41:16.204118Z rtr1 bgpd 2291 BGP [origin enterpriseId="50145" software="FRRouting" swVersion="10.2.1"][location@50145 tid="2291" id="M7Q4P-46WDR"] bgpd 10.2.1 starting: vty@2605, bgp@<all>:179`),
			we("2026-11-29T07:41:18.550912Z", Info, "rtr1", `<30>1 2026-11-29T07:41:18.550912Z rtr1 bgpd 2291 BGP [origin enterpriseId="50145" software="FRRouting" swVersion="10.2.1"][location@50145 tid="2291" id="ZTA2J-YRKGY"] %ADJCHANGE: neighbor 10.20.0.2(spine1) in vrf default Up`),
			we("2026-11-29T07:41:31.007114Z", Warn, "rtr1", `<28>1 2026-11-29T07:41:31.007114Z rtr1 bgpd 2291 BGP [origin enterpriseId="50145" software="FRRouting" swVersion="10.2.1"][location@50145 tid="2294" id="HZN6M-XRM1E" ec="100663299"] 10.20.0.6 [Error] Received unsupported capability code 73`),
			we("2026-11-29T07:41:44.301422Z", Error, "rtr1", `<27>1 2026-11-29T07:41:44.301422Z rtr1 zebra 2280 ZEBRA [origin enterpriseId="50145" software="FRRouting" swVersion="10.2.1"][location@50145 tid="2280" id="X5XE1-RS0SW" ec="4043309074"] netlink-dp (NS 0) error: Network is unreachable, type=RTM_NEWROUTE(24), seq=88, pid=3125604190`),
		},
	},
	{
		name:   "frr10-extlog-local-syslog-file",
		source: "FRRouting 10 extended log target in the `local-syslog` format written to a file (`<PRI>Mmm dd HH:MM:SS progname[pid]: text`, RFC 3164 without the hostname field, the message keeping its `[ID]` prefix): FRR user docs 'Extended Logging Target' (local-syslog: same as rfc3164 but without the hostname field); lib/zlog_5424.c zlog_3164_one",
		why:    "a PRI before a BSD date with no host: the daemon name and pid follow the time directly; the level from the PRI",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "<29>Nov 29 07:41:16 ospfd[2302]: [VTVCM-Y2NW3] OSPFd 10.2.1 starting: vty@2604"),
			we("2026-11-29T07:41:27Z", Info, "", "<30>Nov 29 07:41:27 ospfd[2302]: [AANAM-EVKR0] AdjChg: Nbr 10.20.0.2(spine1) on eth1:10.20.0.1: Loading -> Full (LoadingDone)"),
			we("2026-11-29T07:41:39Z", Warn, "", "<28>Nov 29 07:41:39 ospfd[2302]: [Q8B8X-6GTH8][EC 134217740] Packet[DD]: Neighbor 10.20.0.6 MTU 9000 is larger than [eth2:10.20.0.5]'s MTU 1500"),
			we("2026-11-29T07:41:52Z", Debug, "", "<31>Nov 29 07:41:52 ospfd[2302]: [W6Q7C-PQ52K] ospf_spf_calculate_schedule: SPF: calculation timer scheduled"),
		},
	},
	{
		name:   "frr10-record-priority-precision-6",
		source: "FRRouting 10 file log with `log file /var/log/frr/frr.log`, `log timestamp precision 6` and `log record-priority` (`YYYY/MM/DD HH:MM:SS.ffffff priority: PROTO: [ID] msg`): FRR user docs 'Basic Commands' (log timestamp precision, log record-priority); the priority words from memory of lib/log.c zlog_priority",
		why:    "microseconds after the slashed date; the record-priority word (notifications, informational, warnings, errors, debugging) is the level; the protocol tag after it is none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Notice, "", "2026/11/29 07:41:16.204118 notifications: BGP: [M7Q4P-46WDR] bgpd 10.2.1 starting: vty@2605, bgp@<all>:179"),
			we("2026-11-29T07:41:18.550912Z", Info, "", "2026/11/29 07:41:18.550912 informational: BGP: [ZTA2J-YRKGY] %ADJCHANGE: neighbor 10.20.0.2(spine1) in vrf default Up"),
			we("2026-11-29T07:41:31.007114Z", Warn, "", "2026/11/29 07:41:31.007114 warnings: BGP: [HZN6M-XRM1E][EC 100663299] 10.20.0.6 [Error] Received unsupported capability code 73"),
			we("2026-11-29T07:41:44.301422Z", Error, "", "2026/11/29 07:41:44.301422 errors: ZEBRA: [X5XE1-RS0SW][EC 4043309074] netlink-dp (NS 0) error: Network is unreachable, type=RTM_NEWROUTE(24), seq=88, pid=3125604190"),
			we("2026-11-29T07:41:45.000318Z", Debug, "", "2026/11/29 07:41:45.000318 debugging: ZEBRA: [WVJCK-PPMGD] zebra_rib_process: processing 10.30.0.0/16"),
		},
	},
	{
		name:   "bird3-timeformat-iso-long-ms-thread",
		source: "BIRD 3.0/3.1 log file (`log \"/var/log/bird.log\" all;`, `timeformat log iso long ms;`: the time with milliseconds, the logging thread's number in brackets, the <CLASS>): BIRD user's guide 'timeformat' (iso long ms) and 'log' (classes info, warning, error, fatal, debug, trace, remote, auth, bug); the thread number from memory of BIRD 3's multithreaded log",
		why:    "milliseconds on a zone-less ISO time; a bracketed four-digit thread number before the class; <TRACE> is Trace; the BGP peer is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 [0001] <INFO> Started"),
			we("2026-11-29T07:41:16.311Z", Trace, "", "2026-11-29 07:41:16.311 [0003] <TRACE> spine1: Started"),
			we("2026-11-29T07:41:18.552Z", Trace, "", "2026-11-29 07:41:18.552 [0003] <TRACE> spine1: BGP session established"),
			we("2026-11-29T07:41:31.007Z", Warn, "", "2026-11-29 07:41:31.007 [0004] <WARN> Kernel dropped some netlink messages, will resync on next scan."),
			we("2026-11-29T07:41:44.301Z", Error, "", "2026-11-29 07:41:44.301 [0003] <ERR> spine2: Error: Hold timer expired"),
		},
	},
}

func TestFresh227Formats(t *testing.T) { assertTable(t, fresh227Cases) }
func TestFresh227Score(t *testing.T) {
	checkScore(t, "fresh227 formats", fresh227Cases, [worldNumFields]float64{98, 99.9, 99.9, 99.9})
}
