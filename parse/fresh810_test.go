package parse

import "testing"

// The eight-hundred-and-tenth fresh table: amateur radio and mesh networking software's logs as
// hams attach them to bug reports, shapes no earlier table holds. Each family is one product's
// documented or observed output: aprx's rflog file (`yyyy-MM-dd HH:mm:ss.SSS`, the port's callsign
// padded to a column, then R, T or d before the TNC2 packet); aprx's debug output on stdout (trace
// lines with no time, its rflog lines behind a millisecond counter); ircDDBGateway's daemon log (a
// level letter and a colon before a date, and a colon after the seconds; each hex dump line a record
// of its own); ircDDBGateway's Headers.log (a date with a colon after the seconds, no level); F4FXL's
// DStarGateway (a bracketed date, then a bracketed level padded to seven); MeshCore's companion or
// repeater firmware with a set clock (`HH:mm:ss - d/M/yyyy U: msg`, the date day-first after the
// time); MeshCore's repeater with MESH_DEBUG (untimed `DEBUG: ` and `PACKET: ` lines); the
// lora-aprs LoRa APRS iGate's serial console (an ANSI colour, a level letter, a right-aligned source
// file and line, a colon, then a bracketed time of day).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `meshtastic`, `direwolf`, `aprx`, `aprx-rf`, `APRX28`, `netax25rx`,
// `pat winlink`, `winlink`, `js8call`, `js8`, `wsjt`, `ALL.TXT`, `wsjtx.log`, `fldigi`, `ircddb`,
// `ircDDBGateway`, `Headers.log`, `Repeater header`, `- My:`, `STARnet`, `mmdvm`, `pi-star`,
// `pistar`, `dstarrepeater`, `DStarGateway`, `[DEBUG  ]`, `ysfreflector`, `ysfgateway`,
// `dmrgateway`, `p25gateway`, `nxdngateway`, `dapnet`, `unifiedpager`, `svxlink`, `echolink`,
// `allstar`, `app_rpt`, `hamlib`, `rigctld`, `rotctld`, `flrig`, `gqrx`, `wspr`, `wsprd`,
// `wsprdaemon`, `aprsc`, `aprsd`, `aprsis`, `xastir`, `yaac`, `hamclock`, `reticulum`, `rnsd`,
// `nomadnet`, `lxmf`, `meshcore`, `PACKET: recv`, `Dispatcher::`, `BRIDGE:`, `aredn`, `olsr`,
// `babel`, `batman`, `yggdrasil`, `cjdns`, `bpq`, `linbpq`, `jnos`, `ax25`, `kiss`, `kissutil`,
// `soundmodem`, `vara`, `ardop`, `wfview`, `cloudlog`, `wavelog`, `log4om`, `n1mm`, `cqrlog`,
// `hblink`, `freedmr`, `xlxd`, `urfd`, `mrefd`, `m17`, `analog_bridge`, `mmdvm_bridge`, `tgif`,
// `openwebrx`, `kiwisdr`, `sdrangel`, `ka9q`, `radiod`, `freedv`, `jtdx`, `mshv`, `satnogs`,
// `gpredict`, `chirp`, `chirp.drivers`, `lora-aprs`, `TaskLora`, `mheard`, `rmsgw`, `adif`,
// `QSO_DATE`. Left out as measured already: Meshtastic's serial, syslog, CLI and meshtasticd
// lines, Dire Wolf's console and CSV log, WSJT-X's ALL.TXT, syslog and rig control log, JS8Call,
// fldigi's debug log, Pat with VARA, Hamlib, aprsc, APRSD, MMDVMHost, DMRHost, YSFGateway,
// DAPNETGateway, HBlink3, SvxLink, Reticulum, the richonguzman LoRa APRS iGate's RFC 5424 lines.
// `BRIDGE:` and `Dispatcher::` match only other products' lines, `[DEBUG  ]` other products'
// padded levels, `lora-aprs` only fresh752's grep list; aprx, ircDDBGateway and DStarGateway appear
// only in grep lists (fresh631, fresh677, fresh741). Left out as sharing a shape already held:
// DMRGateway, P25Gateway, NXDNGateway, APRSGateway and YSFReflector (MMDVMHost's `L: date
// time.ms`). Left out as not confirmed by any search: LinBPQ's log files, JNOS and wfview. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Every stamp of these families is zone-less and read as UTC; MeshCore's date
// is day-first (`29/11/2026`) and its `U` after the date is taken for no level; the iGate's
// bracketed time of day is on the clock's day. aprx's debug counter (`13437298`) is no time: those
// lines and aprx's trace lines carry none, nor do MeshCore's MESH_DEBUG lines. Levels only where the
// line marks one: ircDDBGateway's letter (M and I are Info, W Warn, E Error), DStarGateway's
// bracketed word, MeshCore's `DEBUG:` prefix, the iGate's letter (D I W E); aprx's R, T and d are the
// packet's direction and fate, no level, and MeshCore's `PACKET:` and `U:` lines carry none. The
// host is the record's host field, and none of these writes one: aprx's port callsign is a radio
// port, Headers.log's `(127.0.0.1:20011)` is the repeater's address, callsigns, reflectors and
// APRS-IS servers are peers. Every record is one line: each hex dump line of ircDDBGateway and
// DStarGateway carries its own stamp and is a record of its own.
//
// The shapes come from the issue threads each case names, found with the search tool (corpora
// "docs", "issues", "code", "pages"); where a search did not confirm a part the source says "from
// memory". Hosts, ids, addresses, callsigns and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run, and
// none was changed after it; a family trawl still gets wrong carries a gap that says what it does
// not read, and it stays in the score.
//
// Its first figure, scored at commit 7eb372e before any rule for it: level 87.5 %, time 87.5 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 87.9 %, time 87.9 %, host 100.0 %, records 100.0 %), in a
// worktree at 7eb372e with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is the LoRa APRS iGate's serial console, whose level letter
// behind an ANSI colour and bracketed time of day after a right-aligned file name and line trawl
// reads neither of.

var fresh810Cases = []worldCase{
	{
		name:   "aprx-rflog-port-callsign-direction",
		source: "aprx's rflog file (`yyyy-MM-dd HH:mm:ss.SSS CALL-N    R SRC>DST,PATH:payload`): PhirePhly/aprx issue #36 (R and T lines of a digipeated packet), issue #43 (the R, T and d marks); the column padding from a grep for `W1XM      [RT]` in a CGI script found by code search",
		why:    "a port callsign padded to a column between the time and a one-letter direction; R, T and d are no levels; the packet's source and path are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "", "2026-11-29 07:41:16.412 OH9XYZ-2  R OH9ABC-7>APDR16,WIDE1-1,WIDE2-1:=6512.34N/02541.20E> mobile 145.050"),
			we("2026-11-29T07:41:16.415Z", Unknown, "", "2026-11-29 07:41:16.415 OH9XYZ-2  T OH9ABC-7>APDR16,OH9XYZ-2*,WIDE2-1:=6512.34N/02541.20E> mobile 145.050"),
			we("2026-11-29T07:42:03.908Z", Unknown, "", "2026-11-29 07:42:03.908 OH9XYZ-2  d OH9KLM-10>APRX29,TCPIP*,qAC,T2NORDIC::OH9ABC-7 :ack12"),
			we("2026-11-29T07:43:30.001Z", Unknown, "", "2026-11-29 07:43:30.001 APRSIS    T OH9XYZ-2>APRX29,TCPIP*:!6510.00N/02540.00E& aprx igate OH9XYZ"),
		},
	},
	{
		name:   "aprx-debug-stdout-counter",
		source: "aprx run in the foreground with -dd (trace lines `netax25rx packet len=42 …`, `Received frame of 42 bytes from ax0: CALL`, and the rflog line behind a millisecond counter: `13437298        OH2RDK-2  R     SRC>DST:…`): PhirePhly/aprx issue #7",
		why:    "no wall-clock time anywhere: the leading counter is milliseconds of a monotonic clock, not a time; R is the direction; callsigns are no hosts",
		entries: []worldEntry{
			we("", Unknown, "", "netax25rx packet len=47 from rx_socket;  family=17 protocol=200 ifindex=3 hatype=3 pkttype=0 halen=0"),
			we("", Unknown, "", "Received frame of 47 bytes from ax0: OH9XYZ-2"),
			we("", Unknown, "", "20117843        OH9XYZ-2  R     OH9ABC-7>APK004,WIDE2-1::OH9DEF   :hello{7"),
			we("", Unknown, "", "historydb_lookup('OH9DEF   ') -> i=12 .. no match"),
		},
	},
	{
		name:   "ircddbgateway-daemon-log-colon-after-seconds",
		source: "g4klx ircDDBGateway's daemon log file ircDDBGateway-yyyy-MM-dd.log (`L: yyyy-MM-dd HH:mm:ss: msg`, L one of M I W E, hex dumps of D-PRS data one stamped line each): g4klx/ircDDBGateway issues #73, #70 and #25, g4klx/MMDVM-Host issue #425",
		why:    "a level letter and colon before the date, and a colon glued to the seconds; no milliseconds (MMDVMHost's shape has them and no colon)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "I: 2026-11-29 07:41:16: Starting ircDDB Gateway daemon - 20200621"),
			we("2026-11-29T07:41:17Z", Info, "", "M: 2026-11-29 07:41:17: Adding GB7XYZ B to the cache as a local repeater"),
			we("2026-11-29T07:41:17Z", Error, "", "E: 2026-11-29 07:41:17: Cannot bind the TCP server address, err=98"),
			we("2026-11-29T07:42:40Z", Info, "", "M: 2026-11-29 07:42:40: 0000:  24 24 43 52 43 31 41 32 42 2C 4D 30 41 42 43 3E    *$$CRC1A2B,M0ABC>*"),
			we("2026-11-29T07:42:41Z", Warn, "", "W: 2026-11-29 07:42:41: Invalid DPRS data from M0ABC   , dropped"),
		},
	},
	{
		name:   "ircddbgateway-headers-log",
		source: "g4klx ircDDBGateway's Headers.log (`yyyy-MM-dd HH:mm:ss: Repeater header - My: CALL    /SFX  Your: CQCQCQ    Rpt1: … Rpt2: … Flags: 00 00 00 (addr:port)`): g4klx/ircDDBGateway issue #73; the Network header variant from memory",
		why:    "a date with a colon glued to the seconds and no level; the bracketed address at the end is the repeater's, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Unknown, "", "2026-11-29 07:41:20: Repeater header - My: M0ABC   /ID51  Your: CQCQCQ    Rpt1: GB7XYZ B  Rpt2: GB7XYZ G  Flags: 00 00 00 (127.0.0.1:20011)"),
			we("2026-11-29T07:41:52Z", Unknown, "", "2026-11-29 07:41:52: Repeater header - My: 2E0DEF  /5100  Your: CQCQCQ    Rpt1: GB7XYZ B  Rpt2: GB7XYZ G  Flags: 00 00 00 (127.0.0.1:20011)"),
			we("2026-11-29T07:43:05Z", Unknown, "", "2026-11-29 07:43:05: Network header - My: EA1GHI  /    Your: CQCQCQ    Rpt1: REF030 C  Rpt2: GB7XYZ B  Flags: 00 00 00 (198.51.100.44:20001)"),
		},
	},
	{
		name:   "dstargateway-bracket-padded-level",
		source: "F4FXL DStarGateway's log (`[yyyy-MM-dd HH:mm:ss] [LEVEL  ] msg`, the level padded to seven inside its bracket, hex dumps one stamped line each): F4FXL/DStarGateway issue #58; the WARNING and ERROR words from memory",
		why:    "a bracketed zone-less date, then a bracketed level padded with spaces; DPRS lines carry callsigns and APRS paths that are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] [INFO   ] DPRS    M0ABC  A/51     M0ABC-A  M0ABC-A>API51,DSTAR*:!5130.12N/00012.34W[/"),
			we("2026-11-29T07:41:16Z", Debug, "", "[2026-11-29 07:41:16] [DEBUG  ] From RF"),
			we("2026-11-29T07:41:16Z", Debug, "", "[2026-11-29 07:41:16] [DEBUG  ] 0000:  24 24 43 52 43 34 46 31 30 2C 4D 30 41 42 43 2D    *$$CRC4F10,M0ABC-*"),
			we("2026-11-29T07:42:02Z", Warn, "", "[2026-11-29 07:42:02] [WARNING] ircDDB: connection to ircv4.openquad.net lost, reconnecting"),
			we("2026-11-29T07:42:09Z", Error, "", "[2026-11-29 07:42:09] [ERROR  ] Cannot open the UDP socket on 0.0.0.0:20010, err=98"),
		},
	},
	{
		name:   "meshcore-serial-rtc-day-first",
		source: "MeshCore firmware's serial log once its clock is set (`HH:mm:ss - d/M/yyyy U: msg`, the date after the time and day-first): meshcore-dev/MeshCore PR #454 (a bridge's `U: BRIDGE: …` and `U: TX, len=…` lines); what the `U` stands for from memory (no level)",
		why:    "the time of day comes before its date, which is day-first with no padding; `U:` is no level letter of a known set",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 - 29/11/2026 U: RX, len=42 (type=2, route=D, payload_len=38) SNR=9 RSSI=-71 score=1000 hash=3A7F1C20"),
			we("2026-11-29T07:41:18Z", Unknown, "", "07:41:18 - 29/11/2026 U: TX, len=119 (type=4, route=F, payload_len=117)"),
			we("2026-11-29T07:43:02Z", Unknown, "", "07:43:02 - 29/11/2026 U: BRIDGE: Read from serial len=127 crc=0x4d2e valid=true"),
			we("2026-11-29T08:05:40Z", Unknown, "", "08:05:40 - 29/11/2026 U: BRIDGE: Write to serial len=64 crc=0x91b3"),
		},
	},
	{
		name:   "meshcore-repeater-mesh-debug-untimed",
		source: "MeshCore's simple_repeater built with MESH_DEBUG=1 (untimed `DEBUG: Class::method(): msg` and `PACKET: recv, len=… (type=…, route=…, payload_len=…) SNR=… RSSI=… score=…` lines): meshcore-dev/MeshCore issue #24 and PR #2935",
		why:    "no time at all; `DEBUG:` is a level prefix, `PACKET:` is a kind of line, no level",
		entries: []worldEntry{
			we("", Unknown, "", "PACKET: recv, len=38 (type=2, route=D, payload_len=36) SNR=6 RSSI=-88 score=1000"),
			we("", Debug, "", "DEBUG: Dispatcher::checkRecv(), score delay below threshold (0)"),
			we("", Debug, "", "DEBUG: Mesh::onRecvPacket(): valid advertisement received!"),
			we("", Unknown, "", "PACKET: send, len=114 (type=4, route=F, payload_len=109)"),
		},
	},
	{
		name:   "lora-aprs-igate-ansi-serial-time-of-day",
		source: "lora-aprs/LoRa_APRS_iGate's serial console (an ANSI colour, a level letter, the source file right-aligned, its line, ` : `, then `[HH:mm:ss]` and the message, colours reset around it): lora-aprs/LoRa_APRS_iGate issue #86; the I, W and E letters and their colours from memory",
		why:    "the level letter comes first behind an escape sequence, a padded file name and line number before a bracketed time of day; the APRS-IS server named in a line is a peer",
		gap:    "trawl reads neither the level letter (D, I, W, E) behind the ANSI colour at the start of the line nor the bracketed time of day `[07:41:16]` after the right-aligned file name and line number (`TaskLora.cpp   40 : `): every record comes out Unknown with no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "", "\x1b[0;34mD              TaskLora.cpp   40 : [07:41:16] \x1b[0m\x1b[0;34mReceived packet 'Source: DL9ABC-11, Destination: APRS, Path: , Type: Position Without Timestamp, Data: !/5?\\bP^YY[S/H' with RSSI -41 and SNR 9.75\x1b[0m"),
			we("2026-11-29T07:41:20Z", Info, "", "\x1b[0;32mI              TaskAprsIs.cpp 61 : [07:41:20] \x1b[0m\x1b[0;32mconnected to APRS-IS server euro.aprs2.net:14580\x1b[0m"),
			we("2026-11-29T07:41:33Z", Warn, "", "\x1b[0;33mW              TaskWifi.cpp   52 : [07:41:33] \x1b[0m\x1b[0;33mWiFi signal weak: -84 dBm\x1b[0m"),
			we("2026-11-29T07:42:05Z", Error, "", "\x1b[0;31mE              TaskNTP.cpp    38 : [07:42:05] \x1b[0m\x1b[0;31mNTP update failed\x1b[0m"),
		},
	},
}

func TestFresh810Formats(t *testing.T) { assertTable(t, fresh810Cases) }

func TestFresh810Score(t *testing.T) {
	checkScore(t, "fresh810 formats", fresh810Cases, [worldNumFields]float64{87.4, 87.4, 99.9, 99.9})
}
