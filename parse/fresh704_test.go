package parse

import "testing"

// The seven-hundred-and-fourth fresh table: home routers and community mesh networks, shapes no
// earlier table holds. Each family is one product's documented or observed output: cake-autorate's
// own log file on an OpenWrt router (`TYPE; yyyy-MM-dd-HH:mm:ss; epoch.micro; fields…`, a HEADER
// line naming the fields); batman-adv's debug log as `batctl log` prints it (`[%10u] ` milliseconds
// since boot, then the message); batctl's tcpdump (`batctl td`, a time of day with microseconds
// before `BAT …: OGM IV via neigh …`); fastd's stderr (`%F %T %z --- Level: msg`) and fastd on a
// Freifunk Gluon node read with logread (the syslog level fastd maps its own onto); mesh11sd's
// lines in OpenWrt's logread and in `mesh11sd read_log` (a zone abbreviation and a `[n]` counter);
// olsrd's debug table dump on stdout (a `--- HH:MM:SS.cc ---- LINKS` banner over a table).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`openwrt`, `logread`, `dd-wrt`, `ddwrt`, `batman`, `batctl`, `batadv`, `batman-adv`,
// `bat0`, `[batman`, `Received BATMAN`, `BATMAN_IV`, `OGM IV`, `OGM2`, `BAT `, `[%10u]`,
// `jiffies`, `babeld`, `babel`, `olsr`, `olsrd`, `olsrd2`, `olsr2`, `oonf`, `LINKS`, `hyst`,
// `DIJKSTRA`, `olsrd_txtinfo`, `jsoninfo`, `freifunk`, `gluon`, `fastd`, `--- Info:`,
// `daemon.notice fastd`, `respondd`, `tunneldigger`, `hopglass`, `yanic`, `l3roamd`, `mmfd`,
// `mesh-announce`, `autoupdater`, `gluon-autoupdater`, `nodewatcher`, `ffmap`, `wg-installer`,
// `bmx`, `bmx6`, `bmx7`, `alfred`, `libremesh`, `shared-state`, `qmp`, `althea`, `aredn`,
// `serval`, `servald`, `reticulum`, `rnsd`, `yggdrasil`, `cjdns`, `mikrotik`, `routeros`,
// `tomato`, `freshtomato`, `pfsense`, `opnsense`, `dpinger`, `dnsbl`, `DNSBL-`, `unified.log`,
// `upgrade_log`, `acme.sh`, `ntopng`, `cake`, `cake-autorate`, `cake_autorate`, `autorate`,
// `DATA; `, `LOAD; `, `sqm`, `mesh11sd`, `read_log`, `HWMP`, `m-11s`, `Phantom meshnode`,
// `https-dns-proxy`, `prplmesh`, `easymesh`, `mwan3`, `travelmate`, `banip`, `nlbwmon`,
// `usteer`, `dawn`, `uspot`, `unetd`, `owut`, `attendedsysupgrade`, `vpn-policy-routing`,
// `simple-adblock`, `gargoyle`, `asuswrt`, `merlin`, `fritz`, `unifi`, `edgeos`). `batman`,
// `batctl`, `olsrd`, `fastd` and `bmx7` appear only in other tables' lists of greps (and
// batman-adv once inside a kernel line of a Gluon node's syslog), none as a family of its own or in
// these shapes; `cake` and `autorate` match only CAKE in sqm-scripts' lines and sqm-autorate's
// bracketed log; `DATA; ` and `LOAD; ` only other products' fields; `read_log` a Python script.
// Left out as measured already: OpenWrt's logread and its daemons (dnsmasq, odhcpd, netifd,
// hostapd, fw4, mwan3, travelmate, banIP, adblock, nlbwmon, DAWN, usteer), DD-WRT's and
// FreshTomato's syslog, AsusWRT-Merlin, the FRITZ!Box event log, MikroTik RouterOS in all its
// outputs, pfSense's and OPNsense's logs (filterlog, dpinger, pfBlockerNG, clog), babeld,
// tunneldigger, the Gluon node's rsyslog collector, sqm-autorate, Meshtastic, Reticulum,
// Yggdrasil, cjdns. Left out as not confirmed by any search: OLSRv2's OONF log lines, Serval DNA's
// log, yanic. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). cake-autorate writes the router's zone-less local date and time glued by a
// dash and the epoch time of the same instant: the router runs in UTC, and either is accepted.
// batman-adv's debug log carries milliseconds since boot only, so its records have no time. batctl
// td's and olsrd's times of day are on the clock's day (olsrd's two decimals are hundredths).
// fastd's stderr stamp carries its offset (+0100, converted). OpenWrt's logread stamp has a year
// and no zone (UTC); mesh11sd read_log's stamp has the zone abbreviation CET (+01:00). Levels only
// where the line marks one: cake-autorate's DEBUG and ERROR record types (DATA and LOAD are
// measurements, no level); fastd's word before the colon (Info, Warning, Error, DEBUG); the
// facility.level of logread and read_log; batman-adv's, batctl td's and olsrd's lines carry none.
// The host is the record's host field: none of these has one (logread prints no host); MAC
// addresses, originators, gateways and fastd's peers are no hosts. A record that spans lines is one
// entry: olsrd's banner with its table. cake-autorate's HEADER line is fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (olsrd's table dump only). Hosts, ids, addresses, users and messages are
// invented, and every time is in late November 2026. The expectations were decided from the format
// before the table was first run, and none was changed after it; a family trawl still gets wrong
// carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit beb2b2f before any rule for it: level 92.5 %, time 87.5 %, host 100.0 %, records 87.5 %.
// That is the macro figure (micro: level 91.4 %, time 91.4 %, host 100.0 %, records 91.4 %), in a
// worktree at beb2b2f with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are cake-autorate's record type before the first semicolon,
// which trawl does not read as the level (DEBUG gets none, and an ERROR line takes Warn from a word
// of its message), and olsrd's dashed banner, whose time of day trawl does not read and whose table
// it does not join to it.

var fresh704Cases = []worldCase{
	{
		name:   "cake-autorate-own-log-file",
		source: "cake-autorate's log file on OpenWrt (`TYPE; yyyy-MM-dd-HH:mm:ss; epoch.micro; …`, record types DEBUG, DATA, LOAD, ERROR, a HEADER line naming the DATA fields): lynxthecat/cake-autorate issues #24, #46, #62 and #115 (pasted logs), PR #101 (ERROR records)",
		why:    "the record type first, then a date and time glued by a dash with no zone, then epoch seconds with microseconds of the same instant; DATA and LOAD are measurement records, no level; the semicolon-separated numbers are no times",
		gap:    "the record type before the first semicolon (DEBUG, ERROR) is not read as the level: DEBUG lines get none and the ERROR line takes Warn from the word Warning in its message",
		entries: []worldEntry{
			wskip("HEADER; LOG_DATETIME; LOG_TIMESTAMP; PROC_TIME_US; DL_ACHIEVED_RATE_KBPS; UL_ACHIEVED_RATE_KBPS; DL_LOAD_PERCENT; UL_LOAD_PERCENT; RTT_TIMESTAMP; REFLECTOR; SEQUENCE; RTT_BASELINE; RTT_US; RTT_DELTA_US; ADJ_DELAY_THR; SUM_DELAYS; DL_LOAD_CONDITION; UL_LOAD_CONDITION; CAKE_DL_RATE_KBPS; CAKE_UL_RATE_KBPS"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.214388Z", Debug, "", "DEBUG; 2026-11-29-07:41:16; 1795938076.214388; Starting CAKE-autorate 3.2.1"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.215902Z", Debug, "", "DEBUG; 2026-11-29-07:41:16; 1795938076.215902; Down interface: ifb-wan (12000 / 48000 / 95000)"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.402117Z", Unknown, "", "DATA; 2026-11-29-07:41:17; 1795938077.402117; 1795938077.401655; 31820; 4410; 66; 36; 1795938077.388204; 9.9.9.9; 412; 21340; 27900; 6560; 30600; 0; dl_high; ul_low; 48000; 12000"),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.118540Z", Unknown, "", "LOAD; 2026-11-29-07:41:18; 1795938078.118540; 1795938078.117203; 29733; 3902; 48000; 12000"),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:21.660071Z", Error, "", "ERROR; 2026-11-29-07:41:21; 1795938081.660071; Warning: no reflector response within 2 s; reflector 1.0.0.1 replaced with 208.67.222.222"),
		},
	},
	{
		name:   "batman-adv-batctl-log-uptime-ms",
		source: "batman-adv's debug log read with `batctl log` (/sys/kernel/debug/batman_adv/<mesh>/log: `[%10u] ` milliseconds since boot, then the message): net/batman-adv log.c (batadv_fdebug_log) and bat_iv_ogm.c (`Received BATMAN packet via NB: …`), batctl's bisect_iv.c skipping the 13-character stamp of each line (found with find_string)",
		why:    "the bracketed number is milliseconds since boot, no time of day: the records have no time; MAC addresses and the interface are no host; no level",
		entries: []worldEntry{
			we("", Unknown, "", "[  84213376] Received BATMAN packet via NB: 02:ba:7e:11:22:31, IF: mesh0 [02:ba:7e:11:22:30] (from OG: 02:ba:7e:44:55:61, via prev OG: 02:ba:7e:44:55:61, seqno 118421, tq 243, TTL 49, V 15, IDF 0)"),
			we("", Unknown, "", "[  84213377] Creating new originator: 02:ba:7e:90:0a:17"),
			we("", Unknown, "", "[  84213391] Changing route towards: 02:ba:7e:44:55:61 (now via 02:ba:7e:11:22:31 - was via 02:ba:7e:65:3c:02)"),
			we("", Unknown, "", "[  84214020] Drop packet: originator packet from myself (via neighbor)"),
		},
	},
	{
		name:   "batctl-tcpdump-ogm-time-of-day",
		source: "batctl td <mesh-if> (batctl's tcpdump.c: print_time's time of day with microseconds, then `BAT <orig>: OGM IV via neigh <mac>, seq N, tq N, ttl N, v N, flags […], length N, tvlv_len N`), a batman-adv test script cutting the time stamp off each `OGM IV via neigh` line (found with find_string)",
		why:    "a time of day with microseconds and no date (the clock's day); `BAT` is the packet type, no level; the originator's MAC is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Unknown, "", "07:41:16.204118 BAT 02:ba:7e:44:55:61: OGM IV via neigh 02:ba:7e:11:22:31, seq 118421, tq 243, ttl 49, v 15, flags [...], length 24, tvlv_len 0"),
			we("2026-11-29T07:41:16.871530Z", Unknown, "", "07:41:16.871530 BAT 02:ba:7e:90:0a:17: OGM IV via neigh 02:ba:7e:90:0a:17, seq 5530, tq 255, ttl 50, v 15, flags [..I], length 36, tvlv_len 12"),
			we("2026-11-29T07:41:17.203877Z", Unknown, "", "07:41:17.203877 BAT 02:ba:7e:44:55:61: OGM IV via neigh 02:ba:7e:65:3c:02, seq 118422, tq 198, ttl 48, v 15, flags [N..], length 24, tvlv_len 0"),
		},
	},
	{
		name:   "fastd-stderr-offset-level-word",
		source: "fastd on stderr (src/log.c fastd_logf: strftime `%F %T %z --- `, then the prefix `Fatal: `, `Error: `, `Warning: `, `Info: `, `Verbose: `, `DEBUG: `): neocturne/fastd src/log.c; fastd(1) --log-level",
		why:    "a date and time with a numeric offset, then ` --- ` and the level word before a colon; peers in angle brackets and their addresses are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 08:41:16 +0100 --- Info: fastd v22 starting"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 08:41:16 +0100 --- Info: changed to UID 65534, GID 65534"),
			we("2026-11-29T07:41:18Z", Debug, "", "2026-11-29 08:41:18 +0100 --- DEBUG: sending handshake to <gw03>[192.0.2.44]:10000..."),
			we("2026-11-29T07:41:18Z", Info, "", "2026-11-29 08:41:18 +0100 --- Info: connection with <gw03> established."),
			we("2026-11-29T07:42:02Z", Warn, "", "2026-11-29 08:42:02 +0100 --- Warning: resolving host `gw07.ffwb.example.net' failed: Name or service not known"),
			we("2026-11-29T07:42:05Z", Error, "", "2026-11-29 08:42:05 +0100 --- Error: sendmsg: Network is unreachable"),
		},
	},
	{
		name:   "fastd-gluon-node-logread",
		source: "fastd's syslog output on a Freifunk Gluon node read with OpenWrt's logread (`Www Mmm dd HH:mm:ss yyyy facility.level fastd[pid]: msg`; fastd maps Fatal to crit, Error to err, Warning to warning, Info to notice, Verbose to info): neocturne/fastd src/log.c get_syslog_level; the logread layout as in openNDS/mesh11sd issue #48",
		why:    "logread's date with a year and no zone; the syslog level after the facility (Info lines become notice); no host field; the peer's name is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026 daemon.notice fastd[1423]: fastd v22 starting"),
			we("2026-11-29T07:41:17Z", Info, "", "Sun Nov 29 07:41:17 2026 daemon.info fastd[1423]: resolving host `gw03.ffwb.example.net' for peer <mesh_vpn_backbone_peer_gw03>..."),
			we("2026-11-29T07:41:18Z", Notice, "", "Sun Nov 29 07:41:18 2026 daemon.notice fastd[1423]: connection with <mesh_vpn_backbone_peer_gw03> established."),
			we("2026-11-29T07:43:40Z", Warn, "", "Sun Nov 29 07:43:40 2026 daemon.warn fastd[1423]: resolving host `gw07.ffwb.example.net' failed: Try again"),
			we("2026-11-29T07:44:02Z", Error, "", "Sun Nov 29 07:44:02 2026 daemon.err fastd[1423]: sendmsg: Network unreachable"),
		},
	},
	{
		name:   "mesh11sd-openwrt-logread",
		source: "mesh11sd (the 802.11s mesh daemon of OpenWrt's routing feed) in OpenWrt's logread (`Www Mmm dd HH:mm:ss yyyy daemon.level mesh11sd[pid]: msg`, levels debug, info, notice, warn): openNDS/mesh11sd issues #7, #48, #51, #60 and #132 (pasted logread output)",
		why:    "logread's date with a year and no zone; the level after `daemon.`; the bracketed MAC addresses and the portal are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026 daemon.notice mesh11sd[2871]: mesh11sd v5.1.0 has started: mesh management mode 1"),
			we("2026-11-29T07:41:16Z", Info, "", "Sun Nov 29 07:41:16 2026 daemon.info mesh11sd[2871]: option checkinterval [ 10 ]"),
			we("2026-11-29T07:41:16Z", Warn, "", "Sun Nov 29 07:41:16 2026 daemon.warn mesh11sd[2871]: WARNING - country code not set - interoperability with other mesh nodes may be compromised or fail altogether...."),
			we("2026-11-29T07:41:17Z", Debug, "", "Sun Nov 29 07:41:17 2026 daemon.debug mesh11sd[2871]: Entering check portal.... lan"),
			we("2026-11-29T07:41:27Z", Info, "", "Sun Nov 29 07:41:27 2026 daemon.info mesh11sd[2871]:  Path to station [ 5e:21:9a:04:c3:1b ] is stable"),
		},
	},
	{
		name:   "mesh11sd-read-log-zone-counter",
		source: "`mesh11sd read_log` (mesh11sd 6.x's own log reader: `Www Mmm dd HH:mm:ss ZZZ yyyy daemon.level mesh11sd[pid]: [n] msg`, the zone abbreviation before the year, a running counter in brackets): openNDS/mesh11sd issue #175 (pasted read_log -f output), issue #185",
		why:    "the zone abbreviation CET (+01:00) between the time and the year; the level after `daemon.`; `[844]` is a message counter, no time; the portal's MAC is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:36Z", Debug, "", "Sun Nov 29 08:41:36 CET 2026 daemon.debug mesh11sd[3120]: [844] MBP - checking vtunnel"),
			we("2026-11-29T07:41:37Z", Info, "", "Sun Nov 29 08:41:37 CET 2026 daemon.info mesh11sd[3120]: [845] Path to [ 5e:21:9a:04:c3:1b ], stable, [ 1 ] hop(s) via [ 5e:21:9a:04:c3:1b ], HWMP Sequence Lifetime [ 1900 ] ms"),
			we("2026-11-29T07:41:40Z", Info, "", "Sun Nov 29 08:41:40 CET 2026 daemon.info mesh11sd[3120]: [852] Portal [ MBP@6a:10:77:d2:05:e0 ]"),
			we("2026-11-29T07:41:52Z", Notice, "", "Sun Nov 29 08:41:52 CET 2026 daemon.notice mesh11sd[3120]: [861] Phantom meshnode detected [ 00:b0:52:00:00:01 ] - deleting"),
		},
	},
	{
		name:   "olsrd-stdout-table-dump",
		source: "olsrd 0.9 run in the foreground with DebugLevel 1 (a `--- HH:MM:SS.cc ----… TABLE` banner with the wall clock in hundredths, a blank line, a column header and the rows of LINKS, NEIGHBORS, TOPOLOGY): from memory of olsrd's debug output (olsr_wallclock_string); no search confirmed the layout",
		why:    "a time of day with two decimals (hundredths) inside a dashed banner; the table under it, blank lines included, belongs to the banner; addresses are neighbours, no host; no level",
		gap:    "the time of day inside the dashed `--- HH:MM:SS.cc ----… TABLE` banner is not read, and the table under the banner is not joined to it (its header and rows come out as entries of their own)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.48Z", Unknown, "",
				"--- 07:41:16.48 ---------------------------------------------------- LINKS",
				"",
				"IP address       hyst         LQ       ETX",
				"10.31.40.1       0.000  1.000/0.945   1.058",
				"10.31.40.17      0.000  0.886/0.902   1.251",
				""),
			we("2026-11-29T07:41:16.48Z", Unknown, "",
				"--- 07:41:16.48 ------------------------------------------------ NEIGHBORS",
				"",
				"IP address       LQ           SYM   MPR   MPRS  will",
				"10.31.40.1       1.000/0.945  YES   NO    YES   3",
				"10.31.40.17      0.886/0.902  YES   YES   NO    3",
				""),
			we("2026-11-29T07:41:21.50Z", Unknown, "",
				"--- 07:41:21.50 ------------------------------------------------- TOPOLOGY",
				"",
				"Source IP addr   Dest IP addr           LQ        ETX",
				"10.31.40.1       10.31.52.9      0.960/0.811      1.284",
				""),
		},
	},
}

func TestFresh704Formats(t *testing.T) { assertTable(t, fresh704Cases) }
func TestFresh704Score(t *testing.T) {
	checkScore(t, "fresh704 formats", fresh704Cases, [worldNumFields]float64{92.4, 87.4, 99.9, 87.4})
}
