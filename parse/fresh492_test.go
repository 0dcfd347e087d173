package parse

import "testing"

// The four-hundred-and-ninety-second fresh table: times as programs spell them, another pass, in
// shapes no earlier table holds: the time of outputs made by radio, flight, weather and satellite
// programs and by a few old servers, each spelled its own way. Each family is one product's
// documented or observed output: a Cabrillo 3.0 contest log as N1MM Logger+ exports it (`QSO:` lines
// with an ISO date and a four-digit UTC time with no colon); an IGC flight-recorder file as XCSoar
// writes it (the day-first two-digit-year date once in the `HFDTEDATE:` header, then `B` fixes with
// the UTC time glued to the record letter and the position); NOAA's METAR cycle file (a
// `yyyy/MM/dd HH:mm` line over each report, and the report's own `ddHHmmZ` group); a RINEX 3
// observation file from RTKLIB's convbin/rtkconv (epoch lines `> yyyy MM dd HH mm ss.sssssss` in GPS
// time with the satellites' lines under them); AIS sentences with NMEA 4.10 tag blocks as the
// Norwegian Coastal Administration's feed sends them (the time as epoch seconds in `c:` before the
// `!AIVDM` sentence); ratbox-services' log (`yyyy/M/d HH.mm`, a dot between the hour and the minute
// and no seconds); GroupWise's POA log (a time of day only, the date in the file's name, and a hex
// thread id after it); Hercules' (SDL Hyperion) log file with `logopt timestamp` (a time of day
// before each `HHCnnnnns` message, its last letter the severity).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`cabrillo`, `QSO:`, `START-OF-LOG`, `HFDTE`, `B0741`, `IGC`, `METAR`,
// `tgftp`, `Z 24012KT`, `KT 10SM`, `RINEX`, `> 2026 11 29`, `END OF HEADER`, `AIVDM`, `\s:`, `tag
// block`, `ais-catcher`, `aishub`, `ratbox`, `solanum`, `charybdis`, `07.41 `, `groupwise`, `poa`,
// `hercules`, `HHC0`, and these, found in earlier tables and left out: `wsjt`, `ALL.TXT`, `FT8`,
// `jtdx`, `adif`, `QSO_DATE`, `<eor>`, `TIME_ON`, `MSG,3`, `basestation`, `dump1090`, `GPRMC`,
// `GPGGA`, `nmea`, `rtl_433`, `aprs`, `direwolf`, `kstars`, `N.I.N.A`, `indi_`, `HL7`, `MSH|`,
// `FIX.4`, `quickfix`, `coldfusion`, `jrpp`, `Thread[main`, `derby`, `CGI::Carp`, `majordomo`,
// `uucico`, `inspircd`, `unrealircd`, `irssi`, `mirc`, `eggdrop`, `znc`, `gammu`, `smstools`,
// `hylafax`, `netatalk`, `ganesha`, `openafs`, `beegfs`, `Nov29`, `lustre`, `mmfs`, `gpfs`,
// `heartbeat`, `VCS INFO`, `::2026`, `JES2`, `$HASP`, `DFHSI`, `CICS`, `QHST`, `ipmitool`, `racadm`,
// `mcelog`, `upslog`, `rrdtool`, `mrtg`, `cacti`, `[**]`, `** Alert`, `rkhunter`, `W32TmServiceMain`,
// `w32time.log`, `MpCmdRun`, `netlogon`, `utmpdump`, `lastlog`, `logrotate`, `sulog`, `fmdump`,
// `informix`, `ingres`, `firebird`, `Utility.Event`, `filemaker`, `queue_log`, `factorio`,
// `luanti`, `wesnoth`, `SMAPI`, `zomboid`, `mindustry`, `munki`, `jamf`, `installd`, `PFRO`,
// `transcript`, `ноя`, `11月`, `nov. 29`, `Gestartet`, `sáb`, `openfire`, `prosody`, `shinken`,
// `xymon`, `monit`, `PM2 log`, `tinyproxy`, `sockd`, `3proxy`, `stunnel`, `hiawatha`, `naviserver`,
// `tornado`, `passenger`, `hunchentoot`, `mojolicious`, `dancer`, `catalyst`, `procmail`,
// `roundcube`, `sogod`, `kopano`, `axigen`, `kerio`, `icewarp`, `smartermail`, `communigate`,
// `bedrock`, `supertuxkart`, `syncthing`, `rclone`, `aria2`, `qbittorrent`, `deluge`, `sabnzbd`,
// `nzbget`, `sonarr`, `jellyfin`, `plex`, `zigbee2mqtt`, `esphome`, `tasmota`, `node-red`, `fhem`,
// `motion_init`, `mythtv`, `tvheadend`, `oscam`, `Slim::`, `icecast`, `liquidsoap`, `urbackup`,
// `bareos`). None of Cabrillo, IGC, METAR, RINEX, AIS tag blocks, ratbox-services, GroupWise or
// Hercules is in any table (`IGC` matches only inside other words, `METAR` only inside an Android
// dump's `imeTargetName`, and `poa` nothing).
// Left out as measured already: WSJT-X's ALL.TXT, ADIF, SBS BaseStation, NMEA's GPRMC, rtl_433,
// APRS, the astronomy programs, HL7, FIX, ColdFusion's CSV logs, IRC clients and the
// InspIRCd and UnrealIRCd daemons, and the locale passes (fresh147, fresh148, fresh175, fresh202).
// Left out as not confirmed by any search: Mailman 2's logs and Majordomo's. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Cabrillo's `2026-11-29 0741` is UTC with no seconds (07:41:00Z). IGC's B and
// E records carry `HHMMSS` in UTC, on the day of the `HFDTEDATE:291126` header (ddMMyy). NOAA's
// date line and the report's `290751Z` are the same instant (07:51Z), so either reading is right.
// RINEX's epochs are GPS time (the header's TIME OF FIRST OBS says GPS), 18 s ahead of UTC, so
// `> 2026 11 29 07 41 34.0000000` is 07:41:16Z. AIS's `c:1795938076` is epoch seconds (07:41:16Z).
// ratbox-services' `2026/11/29 07.41` is zone-less local time with no seconds, taken as UTC at
// 07:41:00. GroupWise's and Hercules' times of day have no date and are on the clock's day. Levels
// only where the line marks one: Hercules' severity letter at the end of the message id (I Info,
// W Warn, E Error); no other family marks a level (Cabrillo's `599`, METAR's `RMK`, RINEX's event
// flag and the AIS fill bits are none). No family has a host field: a station's call sign, an
// airport's ICAO code, a receiver's marker name, an AIS base station's `s:` source, an IRC server
// and a client's address are no hosts. Records: each line is its own record, except a METAR report
// with its date line and the blank line after it (one record), a RINEX epoch with its satellite
// lines (one record) and a two-sentence AIS message (the group's second sentence belongs to the
// first). Headers are fed but not scored: Cabrillo's tags and END-OF-LOG, IGC's A, H, I and G
// records, RINEX's header.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, call signs, positions, users and messages are invented, and
// every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong carries a gap
// that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 25b8301 before any rule for it: level 100.0 %, time 37.5 %, host 100.0 %, records 85.0 %.
// That is the macro figure (micro: level 100.0 %, time 38.9 %, host 100.0 %, records 88.9 %), in a
// worktree at 25b8301 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right (METAR, GroupWise, Hercules); the gaps are Cabrillo's `hhmm` time with no
// colon, IGC's `HHMMSS` glued to the record letter, RINEX's space-separated epoch in GPS time and its
// satellite lines, AIS's epoch in the tag block's `c:` field and its two-sentence group, and
// ratbox-services' `HH.mm` with a dot between the hour and the minute, none of which trawl reads.

var fresh492Cases = []worldCase{
	{
		name:   "cabrillo-contest-log",
		gap:    "the ISO date and the four-digit `hhmm` UTC time with no colon after `QSO:`, the frequency and the mode are not read",
		source: "Cabrillo 3.0 contest log as a logger exports it (N1MM Logger+ or WriteLog: `START-OF-LOG: 3.0` and tag lines, then `QSO: freq mo yyyy-mm-dd hhmm call rst exch call rst exch`, `END-OF-LOG:`): the cabrillo crate's test data rdxc.txt and docs (docs.rs/cabrillo), thxo/cabrillo on PyPI",
		why:    "an ISO date then a four-digit UTC time with no colon and no seconds; call signs are stations, not hosts; the RST `599` is no level",
		entries: []worldEntry{
			wskip("START-OF-LOG: 3.0",
				"CREATED-BY: N1MM Logger+ 1.0.10512.0",
				"CONTEST: CQ-WW-CW",
				"CALLSIGN: K1QZV",
				"CATEGORY-OPERATOR: SINGLE-OP",
				"CATEGORY-BAND: ALL",
				"CATEGORY-POWER: LOW",
				"CATEGORY-MODE: CW",
				"CLAIMED-SCORE: 48211",
				"OPERATORS: K1QZV",
				"NAME: Ines Marlowe",
				"SOAPBOX: Low dipole, good conditions on 20m Sunday morning."),
			we("2026-11-29T07:41:00Z", Unknown, "", "QSO: 14025 CW 2026-11-29 0741 K1QZV         599 05     DL2RFK        599 14"),
			we("2026-11-29T07:42:00Z", Unknown, "", "QSO: 14027 CW 2026-11-29 0742 K1QZV         599 05     OK1TWM        599 15"),
			we("2026-11-29T07:44:00Z", Unknown, "", "QSO: 14031 CW 2026-11-29 0744 K1QZV         599 05     EA8DBX        599 33"),
			we("2026-11-29T07:47:00Z", Unknown, "", "QSO:  7012 CW 2026-11-29 0747 K1QZV         599 05     VE3KQN        599 04"),
			wskip("END-OF-LOG:"),
		},
	},
	{
		name:   "igc-flight-recorder",
		gap:    "the `HHMMSS` UTC time glued to the B or E record letter, dated by the `HFDTEDATE:ddMMyy` header, is not read",
		source: "IGC flight-recorder file as XCSoar writes it (A record, H header records with `HFDTEDATE:ddMMyy,nn`, an I record, then `B HHMMSS DDMMmmmN DDDMMmmmE A PPPPP GGGGG` fixes and `E HHMMSS TLC` events, a G security record last): till213/SkyDolly's IGCImport README, DCGM/LAA-maps-viewer igc.php, the IGC 2008 format page (xp-soaring.github.io) quoted in a B-record description",
		why:    "the date is in the header only, day first with a two-digit year; each fix's UTC time is glued to the record letter and followed by the position with no separator",
		entries: []worldEntry{
			wskip("AXCSAAA",
				"HFDTEDATE:291126,01",
				"HFFXA050",
				"HFPLTPILOTINCHARGE:Ines Marlowe",
				"HFGTYGLIDERTYPE:ASK 21",
				"HFGIDGLIDERID:D-4187",
				"HFFTYFRTYPE:XCSOAR,XCSOAR Android 7.43",
				"HFGPSRECEIVER:Internal GPS",
				"I023638FXA3940SIU"),
			we("2026-11-29T07:41:16Z", Unknown, "", "B0741164807123N01131456EA0062400671"),
			we("2026-11-29T07:41:20Z", Unknown, "", "B0741204807131N01131502EA0063100679"),
			we("2026-11-29T07:41:24Z", Unknown, "", "B0741244807140N01131549EA0063900688"),
			we("2026-11-29T07:41:25Z", Unknown, "", "E074125PEV"),
			we("2026-11-29T07:41:28Z", Unknown, "", "B0741284807149N01131597EA0064800697"),
			wskip("G4F1A8C20B7D36E95"),
		},
	},
	{
		name:   "noaa-metar-cycle-file",
		source: "NOAA's tgftp METAR files (data/observations/metar/cycles/07Z.TXT and stations/<ICAO>.TXT: a `yyyy/MM/dd HH:mm` line over each raw report, a blank line between observations): tomushub/mater read_data.py and yvesc/MeteoBox README (the tgftp paths); the two-line layout from memory",
		why:    "a slashed date line with no seconds over a report whose own time is `ddHHmmZ` (the day of the month and a Zulu time glued); the ICAO code is a station, not a host; the observation is one record of two lines",
		entries: []worldEntry{
			we("2026-11-29T07:51:00Z", Unknown, "",
				"2026/11/29 07:51",
				"KJFK 290751Z 31014G24KT 10SM FEW250 03/M07 A3011 RMK AO2 SLP196 T00281072",
				""),
			we("2026-11-29T07:53:00Z", Unknown, "",
				"2026/11/29 07:53",
				"KBOS 290753Z 30016G27KT 10SM SCT045 01/M09 A3008 RMK AO2 PK WND 30031/0712 SLP187 T00061089",
				""),
			we("2026-11-29T07:50:00Z", Unknown, "",
				"2026/11/29 07:50",
				"EGLL 290750Z AUTO 24012KT 9999 BKN014 09/07 Q1004",
				""),
			we("2026-11-29T07:56:00Z", Unknown, "",
				"2026/11/29 07:56",
				"KORD 290756Z 27009KT 6SM -SN BR OVC021 M02/M04 A3002 RMK AO2 SLP178 P0000 T10221039",
				""),
		},
	},
	{
		name:   "rinex3-observation-epochs",
		gap:    "the space-separated `> yyyy MM dd HH mm ss.sssssss` epoch in GPS time is not read, and the satellite lines under it are not joined to their epoch",
		source: "RINEX 3.04 observation file from RTKLIB's rtkconv/convbin (80-column header lines with labels from column 61, `END OF HEADER`, then epoch records `> yyyy MM dd HH mm ss.sssssss flag count` with one line per satellite under them): tomojitakasu/RTKLIB src/rinex.c, georust/rinex TODO, midgard's RINEX 3 header parser",
		why:    "the date and time are space-separated numbers after `>`, in GPS time (18 s ahead of UTC); the satellite lines with pseudoranges and phases belong to their epoch; the marker name is no host",
		entries: []worldEntry{
			wskip("     3.04           OBSERVATION DATA    M                   RINEX VERSION / TYPE",
				"RTKCONV 2.4.3 b34                       20261129 080312 UTC PGM / RUN BY / DATE",
				"HARB                                                        MARKER NAME",
				"G    4 C1C L1C D1C S1C                                      SYS / # / OBS TYPES",
				"  2026    11    29     7    41    34.0000000     GPS        TIME OF FIRST OBS",
				"                                                            END OF HEADER"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"> 2026 11 29 07 41 34.0000000  0  3",
				"G05  21934125.456   115266712.34807     -1234.567          43.250",
				"G13  23011877.902   120930144.88106      2210.104          38.750",
				"G20  20488310.117   107668302.51508      -412.930          47.000"),
			we("2026-11-29T07:41:17Z", Unknown, "",
				"> 2026 11 29 07 41 35.0000000  0  3",
				"G05  21934360.021   115267945.10207     -1234.602          43.000",
				"G13  23011457.335   120927934.66206      2210.087          38.500",
				"G20  20488388.704   107668715.44308      -412.955          47.250"),
			we("2026-11-29T07:41:18Z", Unknown, "",
				"> 2026 11 29 07 41 36.0000000  0  3",
				"G05  21934594.588   115269177.86907     -1234.641          43.250",
				"G13  23011036.770   120925724.44306      2210.060          38.500",
				"G20  20488467.291   107669128.37108      -412.981          47.000"),
		},
	},
	{
		name:   "ais-nmea-tag-block-epoch",
		gap:    "the epoch seconds in the tag block's `c:` field are not read, and a group's second sentence (`g:2-2-…`) is not joined to the first",
		source: "AIS sentences with NMEA 4.10 tag blocks as the Norwegian Coastal Administration's TCP feed sends them (`\\s:source,c:epoch*hh\\!BSVDM,…`, a group tag `g:1-2-id` on a two-sentence message): cvagner/docker-gpsd-timestamp README (the `c` tag block's timestamp, the NCA feed), marnav's nmea/tag_block.hpp (sentence groups), gpsd's AIVDM documentation; the source field's spelling from memory",
		why:    "the time is epoch seconds in the `c:` field of a tag block between backslashes; the base station in `s:` is no host; the second sentence of a group has no time and belongs to the first",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", `\s:2573135,c:1795938076*0B\!BSVDM,1,1,,A,13maO@0P00OH;vNLAtKP0?wN0<0v,0*3C`),
			we("2026-11-29T07:41:23Z", Unknown, "", `\s:2573250,c:1795938083*05\!BSVDM,1,1,,B,33mSa80P1COGg@hLJnv4?vN80Dr:,0*51`),
			we("2026-11-29T07:42:05Z", Unknown, "",
				`\g:1-2-4417,s:2573135,c:1795938125*6A\!BSVDM,2,1,7,A,53mf:@02>t@iT<4d0010ThE=@4pN0000000000153@:656Nd0<@SVP5,0*5D`,
				`\g:2-2-4417*53\!BSVDM,2,2,7,A,3k1H88888888880,2*60`),
			we("2026-11-29T07:43:40Z", Unknown, "", `\s:2573250,c:1795938220*04\!BSVDM,1,1,,A,B3mN1l000>`+"`"+`K4pN5Lkh3wwq1UoP06,0*2E`),
			we("2026-11-29T07:44:12Z", Unknown, "", `\s:2573135,c:1795938252*0D\!BSVDM,1,1,,B,13mPlr001eOH4BLLB9eP0Ov20<1S,0*17`),
		},
	},
	{
		name:   "ratbox-services-log",
		gap:    "the `HH.mm` time after the slashed date (a dot between the hour and the minute, no seconds) is not read",
		source: "ratbox-services' logfile (src/log.c: slog() writes smalldate() then the message; smalldate is `%d/%d/%d %02d.%02d` from localtime, year/month/day unpadded, the hour and minute joined by a dot, no seconds): ktdreyer/ratbox-svn src/log.c (found with the code search); the messages from memory",
		why:    "a dot between the hour and the minute and no seconds; unpadded month and day; the IRC server and an oper's user@host are no hosts; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:00Z", Unknown, "", "2026/11/29 07.41 ratbox-services started"),
			we("2026-11-29T07:41:00Z", Unknown, "", "2026/11/29 07.41 Connection to server hub.harbournet.example activated"),
			we("2026-11-29T07:43:00Z", Unknown, "", "2026/11/29 07.43 OPERSERV: tkessler!tom@staff.harbournet.example oper login"),
			we("2026-11-29T07:46:00Z", Unknown, "", "2026/11/29 07.46 USERSERV: REGISTER brenwick by brenwick!bw@198.51.100.23"),
			we("2026-11-29T07:52:00Z", Unknown, "", "2026/11/29 07.52 Connection to server hub.harbournet.example closed: Read error"),
		},
	},
	{
		name:   "groupwise-poa-log",
		source: "GroupWise Post Office Agent log (poa log files named MMDDpoa.NNN, each line a time of day, the hex thread id that follows the date and time information, then the event): Novell GroupWise 6.5/7/2012 administration guides, 'Using POA Log Files' and the /log switch; the line's event texts from memory",
		why:    "a time of day with no date (the date is in the file's name): on the clock's day; the three-digit hex thread id after it is no time; the client address at the end is no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "07:41:16 1A2 C/S Login win ::GW Id=imarlowe :: 10.20.4.17"),
			we("2026-11-29T07:41:18Z", Unknown, "", "07:41:18 2F1 MTP: Receiving file /srv/groupwise/po1/wpcsout/ofs/0/4b1c2e01.000"),
			we("2026-11-29T07:41:19Z", Unknown, "", "07:41:19 2F1 Distribute message from: tkessler"),
			we("2026-11-29T07:42:03Z", Unknown, "", "07:42:03 1A2 C/S Logout win ::GW Id=imarlowe :: 10.20.4.17"),
			we("2026-11-29T07:44:30Z", Unknown, "", "07:44:30 3C0 Processing update-database on user database user4kz.db"),
		},
	},
	{
		name:   "hercules-hyperion-logopt-timestamp",
		source: "SDL Hercules Hyperion's log file with `logopt timestamp` (a time of day before each `HHCnnnnns` message on the logfile, not on the panel; the message id's last letter the severity): SDL-Hercules-390/hyperion issue #259 ('Missing timestamp', LOGOPT TIMESTAMP honoured in the logfile), hercules-390/hyperion issue #145; the prefix's exact spelling from memory",
		why:    "a time of day with no date: on the clock's day; the level is the last letter of the message id (I, W, E); the CPU and device numbers are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 HHC01413I Hercules version 4.7.0.11141-SDL-g8f3d1c2"),
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 HHC02204I LOGOPT         set to TIMESTAMP"),
			we("2026-11-29T07:41:17Z", Info, "", "07:41:17 HHC00100I Thread id 00007f3a1c7fe640, prio 0, name 'Processor CP00' started"),
			we("2026-11-29T07:41:18Z", Warn, "", "07:41:18 HHC01441W Config file[14] harbour.cnf: unsupported statement 'ECPSVM' ignored"),
			we("2026-11-29T07:41:21Z", Error, "", "07:41:21 HHC00900E 0:0E20 CTCI: Error opening /dev/net/tun: Permission denied"),
		},
	},
}

func TestFresh492Formats(t *testing.T) { assertTable(t, fresh492Cases) }
func TestFresh492Score(t *testing.T) {
	checkScore(t, "fresh492 formats", fresh492Cases, [worldNumFields]float64{99.9, 37.4, 99.9, 84.9})
}
