package parse

import "testing"

// The four-hundred-and-seventy-second fresh table: syslog test vectors, a twenty-fourth pass —
// syslog messages as real senders emit them and receivers store them, shapes no earlier table
// holds. Each family is one product's documented or observed output: Oracle Communications
// Convergent Charging Controller's alarms (a Solaris `[ID n user.level]` tag, then `process(pid)
// SEVERITY:`); Oracle Database Firewall's RFC 3164 lines (`DBFW:id`, heartbeats full of epochs);
// the syslog daemon of Netscape (iPlanet) Messaging Server (a bracketed common-log date with its
// offset first, `Facility Level:`); the WebTrends syslog daemon's file (`WTsyslog[date ip=… pri=…]`
// and the datagram's PRI); a Ribbon (Sonus) SBC's call trace over TCP syslog (`<147> 1`, a blank
// between the PRI and the version, the SIP message escaped with #012); Cisco Meeting Management's
// audit log (an inner date and time two blanks apart) and its containers' system log (stderr sent
// at <11> whatever the inner level); a Raritan Dominion SX II's bare `<PRI>[Event]: text`
// datagrams.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive, as fixed strings) by
// product and by a fragment of its line first (`Eltek`, `PRTG`, `Syslog Watcher`, `Sx300`,
// `[ZONE-`, `3CDaemon`, `Advantech`, `Belden`, `Biamp`, `EdgeMarc`, `EndRun`, `Extron`, `Geist`,
// `Genband`, `ManageEngine`, `Men&Mice`, `Modicon`, `Nagios Log Server`, `Overland`, `Q-SYS`,
// `QSYSOPR`, `Red Lion`, `Robustel`, `Shure`, `Socomec`, `Sonus`, `Ribbon`, `Ribbon SBC`,
// `app_sonus`, `paStash`, `<147> 1`, `> 1 20`, `Session Border`, `Stealthwatch`, `Lancope`,
// `StoreEver`, `SyncServer`, `TS4500`, `Tandberg`, `Tripp Lite`, `WhatsUp`, `Convergent Charging`,
// `Convergent`, `smsAlarmDaemon`, `smsAlarm`, `user.severity`, `[ID `, `NCC`, `Trellix`,
// `FireEye`, `mgmtd`, `.NOTICE]`, `DBFW`, `DBFW:`, `Database Firewall`, `Oracle Database
// Firewall`, `Oracle Communications`, `LogLogic`, `APC:`, `Prestige`, `ZyXEL Communications
// Corp`, `board 0 line 0`, `Network Security Platform`, `CueServer`, `ntopng`, `[Threshold
// Cross]`, `cgxFlowLog`, `CloudGenix`, `Prisma SD-WAN`, `Security Event Manager`, `SolarWinds
// SEM`, `2024-4-25`, `Kiwi CatTools`, `CatTools`, `Ingate`, `sipfw`, `WTsyslog`, `WebTrends`,
// `Netscape Messaging`, `Netscape`, `iPlanet`, `Messaging Server`, `Account Notice`, `General
// Notice`, `SMTP Error`, `Lire`, `Local ESM`, `NGCP`, `Trellix ESM`, `McAfee ESM`, `Nitro`,
// `BeyondInsight`, `BeyondTrust`, `Agent Desc:`, `Event Forwarder`, `FASTPATH`, `UNKN[`, `%% `,
// `Sun Storage`, `SUNW-MSG-ID`, `log.sipd`, `log.sysmand`, `process log`, `Acme Packet`,
// `Meeting Management`, `cmm-web`, `Cisco Meeting`, `Meeting Server`, `acano`, `StealthBits`,
// `NetIQ`, `Novell Access Manager`, `[Port Disconnected]`, `Raritan`, `Dominion SX`, `SX II`,
// `SX2`, and the products and senders already measured: `Hillstone`, `Sangfor`, `Ruijie`, `ZTE`,
// `OmniSwitch`, `Moxa`, `Hirschmann`, `Scalance`, `Teltonika`, `logread`, `DD-WRT`, `asuswrt`,
// `Stonesoft`, `Kemp`, `LoadMaster`, `Barracuda`, `Imperva`, `Cambium`, `Ruckus`, `Mitel`,
// `Avaya`, `Polycom`, `Nokia`, `Allied`, `Netgear`, `Opengear`, `APC`, `iDRAC`, `iLO`, `Brocade`,
// `raslogd`, `Huawei`, `H3C`, `Comware`, `Zyxel`, `DrayTek`, `Omada`, `Aruba`, `ProCurve`,
// `SonicWall`, `WatchGuard`, `Check Point`, `Sophos`, `Fortigate`, `Palo Alto`, `MikroTik`,
// `EdgeRouter`, `UniFi`, `Junos`, `Synology`, `QNAP`, `filterlog`, `OPNsense`, `BIG-IP`,
// `NetScaler`, `ESXi`, `Snare`, `NXLog`, `Meraki`, `Arista`, `Cumulus`, `Mellanox`, `Cisco WLC`,
// `Cisco SG`, `Cisco SB`, `Cisco MDS`, `%UC_`, `Proxmox`, `TrueNAS`, `Peplink`, `Cyberoam`,
// `Untangle`, `IPFire`, `Vyatta`, `VyOS`, `Kiwi`, `Local7.Info`, `Visual Syslog`, `Yealink`,
// `Grandstream`, `Hikvision`, `Keenetic`, `Asustor`, `TerraMaster`, `Xerox`, `EqualLogic`,
// `Data Domain`, `Asterisk`, `FreeSWITCH`, `Kamailio`, `3CX`, `Solaris`, `AIX`, `HP-UX`, `z/OS`,
// `busybox`, `syslog-ng`, `RSYSLOG_`, `log/syslog`, `SysLogHandler`, `SyslogAppender`, `Serilog`,
// `log4net`, `NLog`, `Monolog`, `to_syslog_ietf`, `to_syslog_snare`, `octet`, `BOM`, `RELP`,
// `AudioCodes`, `Meinberg`, `Infoblox`, `Cradlepoint`, `Spectracom`, and a hundred common
// daemons, every one of them present). None of Oracle CCC's alarms, Oracle Database Firewall,
// Netscape Messaging Server's syslogd, the WTsyslog daemon, the Sonus/Ribbon SBC, Cisco Meeting
// Management or a Dominion SX II is in any table: `[ID ` matches Solaris's own daemons, `NCC`
// other words, `WebTrends` only the WELF firewall format (fresh37, fresh48), `Lire` only the Kiwi
// formats it names (fresh356), `Netscape`, `iPlanet` and `Messaging Server` other products' logs,
// `Ribbon` a printer's ribbon, `> 1 20` a generic shipper with a blank before the version
// (fresh215), `paStash` AudioCodes' viewer (fresh140), `Raritan` only the PX3 PDU (fresh61), `SX2`
// an emulator (PCSX2). Left out as measured already: Trellix NX's `[mgmtd.NOTICE]`, TIBCO LogLogic,
// the ZyXEL Prestige, APC's cards, AudioCodes, Acme Packet, ntopng, Prisma SD-WAN, BeyondInsight,
// Trellix ESM and the DTI (FASTPATH) switch. Left out as not confirmed by any search: Stealthwatch,
// Q-SYS, Robustel, PRTG's receiver, Tripp Lite, Kiwi CatTools and Cisco Meeting Server. The table
// holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A BSD header without a year is in 2026 and, with no zone, UTC; Netscape's
// bracketed `-0500` and the SBC's `-05:00` are converted; WTsyslog's receiver date has no zone and
// is UTC; CMM's header and its own inner time of the same second are both accepted; the Dominion
// SX II writes no time, so its records have none (never a neighbour's). Levels only where the line
// marks one: the syslog severity of a PRI (<147> local2.err, <134> local0.info, <12> warning),
// CCC's `user.level` tag and its upper-case severity word (they agree), Netscape's level word after
// the facility; CMM's system lines carry their own `INFO`, `WARNING`, `ERROR` words, which are the
// record's level over the <11> stamped on everything the containers write to stderr (the PRI only
// where no word is written); Oracle DBFW's lines carry none. The host is the record's host field:
// the BSD header's host, Netscape's host after the date, WTsyslog's `ip=` address, the RFC 5424
// HOSTNAME; SIP peers, CMM's user addresses, CCC's billing engine and the SX II's `from host '…'`
// are no hosts, and the SX II's datagrams have none. A record that spans lines is one entry; here
// the multi-line payloads (SIP messages, CMM's change lists) arrive escaped as #012 on one line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a part of
// a layout the source says "from memory". Hosts, ids, addresses, users and messages are invented,
// and every time is in late November 2026. The expectations were decided from the format before the
// table was first run, and none was changed after it; a family trawl still gets wrong carries a gap
// that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit ff42eb7 before any rule for it: level 84.4 %, time 100.0 %, host 75.0 %, records 100.0 %.
// That is the macro figure (micro: level 87.9 %, time 100.0 %, host 72.7 %, records 100.0 %), in a
// worktree at ff42eb7 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 8 families fully right; the gaps are the host after Netscape Messaging Server's bracketed date and
// the `ip=` host inside WTsyslog's bracket (neither read), the Sonus SBC's APP-NAME `TRC` read as a
// trace level over its PRI, and CMM's <11> PRI taken over the line's own `INFO` word.

var fresh472Cases = []worldCase{
	{
		name:   "oracle-ccc-smsalarm-solaris-id",
		source: "Oracle Communications Convergent Charging Controller (NCC) alarms as its nodes write them to syslog for smsAlarmDaemon (`Mon DD HH:MM:SS hostname process: [ID alarmID user.severity] process(PID) SEVERITY: text`, severities Critical, Error, Warning, Notice): Oracle CCC 15.2 Alarms Guide, 'Alarm Topic Description' (found with the docs search); the alarm texts from memory",
		why:    "a Solaris-style `[ID n user.level]` tag after the process, then the process(pid) and an upper-case severity word; the level is marked twice and both agree; the alarm id is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "ccc-slc01", "Nov 29 07:41:16 ccc-slc01 smsAlarmDaemon: [ID 953149 user.notice] smsAlarmDaemon(4411) NOTICE: Alarm daemon started, forwarding to SMF ccc-smf01"),
			we("2026-11-29T07:41:18Z", Warn, "ccc-slc01", "Nov 29 07:41:18 ccc-slc01 slee_acs: [ID 704230 user.warning] slee_acs(5120) WARNING: Control plan 'PP_Std_2026' took 812 ms to compile"),
			we("2026-11-29T07:42:03Z", Error, "ccc-slc01", "Nov 29 07:42:03 ccc-slc01 beClient: [ID 180244 user.error] beClient(5233) ERROR: Lost connection to billing engine 10.30.4.12:1500, failing over to ccc-vwars02"),
			we("2026-11-29T07:42:05Z", Critical, "ccc-slc02", "Nov 29 07:42:05 ccc-slc02 xmsTrigger: [ID 552871 user.crit] xmsTrigger(3802) CRITICAL: Cannot open listener on port 2028: Address already in use"),
		},
	},
	{
		name:   "oracle-database-firewall-syslog",
		source: "Oracle Database Firewall 5.0's syslog messages (`date time hostname source num: DBFW:id message_text`; id 1 general messages, id 3 heartbeats whose text is a sec.msec epoch, six counters, the reset epoch and the resilience mode): Oracle Database Firewall Administration Guide, appendix C 'syslog message format' (found with the docs search)",
		why:    "a plain RFC 3164 file line with no PRI and no level; `DBFW1:` is the source and `DBFW:3` a message id; the heartbeat's epochs are counters' times, not the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "dbfw-ext01", "Nov 29 07:41:16 dbfw-ext01 DBFW1: DBFW:1 Configuration file reloaded"),
			we("2026-11-29T07:41:17Z", Unknown, "dbfw-ext01", "Nov 29 07:41:17 dbfw-ext01 DBFW1: DBFW:3 1795938077.516 0 0 0 6067 0 0 1795910400.097 0"),
			we("2026-11-29T07:46:17Z", Unknown, "dbfw-ext01", "Nov 29 07:46:17 dbfw-ext01 DBFW1: DBFW:3 1795938377.502 2 0 0 6211 1 0 1795910400.097 0"),
			we("2026-11-29T07:48:40Z", Unknown, "dbfw-ext01", "Nov 29 07:48:40 dbfw-ext01 DBFW1: DBFW:1 Enforcement point hr-prod started in blocking mode"),
		},
	},
	{
		name:   "netscape-messaging-server-syslogd",
		gap:    "the host after the bracketed common-log-format date (`[29/Nov/2026:02:41:16 -0500] mail01 imapd[18040]:`) is not read: every record comes out with no host",
		source: "the syslog daemon shipped with Netscape (iPlanet) Messaging Server (`[DD/MMM/YYYY:HH:MM:SS +ZZZZ] Hostname Process[Pid]: Facility Level: Message`): Lire::Syslog(3pm), LogReport's Lire documentation (found with the pages search); the facility names (General, Account, SMTP) and level words (Critical, Error, Warning, Notice, Information, Debug) from memory",
		why:    "the common-log-format date in brackets with its offset comes first; the host after it; the level is the second word of `Facility Level:`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "mail01", "[29/Nov/2026:02:41:16 -0500] mail01 imapd[18040]: Account Notice: login [10.2.0.44:51233] jdoe plaintext"),
			we("2026-11-29T07:41:19Z", Warn, "mail01", "[29/Nov/2026:02:41:19 -0500] mail01 smtpd[18112]: General Warning: connection rate from 198.51.100.7 exceeds the configured limit"),
			we("2026-11-29T07:42:03Z", Error, "mail01", "[29/Nov/2026:02:42:03 -0500] mail01 imapd[18040]: General Error: failed to open mailbox store partition primary: No space left on device"),
			we("2026-11-29T07:42:10Z", Info, "mail01", "[29/Nov/2026:02:42:10 -0500] mail01 stored[17950]: General Information: expire pass finished, 412 messages removed"),
			we("2026-11-29T07:43:00Z", Critical, "mail02", "[29/Nov/2026:02:43:00 -0500] mail02 mshttpd[20511]: General Critical: cannot bind to port 80: permission denied"),
		},
	},
	{
		name:   "webtrends-wtsyslog-daemon-file",
		gap:    "the `ip=` address inside the `WTsyslog[date ip=… pri=…]` bracket is not read as the host: every record comes out with no host",
		source: "the syslog daemon that came with WebTrends Firewall Suite, its file (`WTsyslog[YYYY-MM-DD HH:MM:SS ip=HOSTNAME pri=WT_PRIORITY] <XX>Message`, the received datagram kept with its PRI): Lire::Syslog(3pm), LogReport's Lire documentation (found with the pages search); the pri= values and the messages from memory",
		why:    "the receiver's zone-less date and the sender's address inside a `WTsyslog[…]` bracket; the datagram's PRI glued after it marks the level; the ip= address is the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.1.4.2", "WTsyslog[2026-11-29 07:41:16 ip=10.1.4.2 pri=6] <30>named[812]: zone example.org/IN: loaded serial 2026112901"),
			we("2026-11-29T07:41:20Z", Warn, "10.1.4.254", `WTsyslog[2026-11-29 07:41:20 ip=10.1.4.254 pri=4] <164>%PIX-4-106023: Deny udp src outside:203.0.113.9/53 dst inside:10.1.4.20/1027 by access-group "outside_in"`),
			we("2026-11-29T07:42:03Z", Error, "10.1.4.2", "WTsyslog[2026-11-29 07:42:03 ip=10.1.4.2 pri=3] <19>sendmail[1933]: 4BT7g3a01933: SYSERR(root): collect: I/O error on connection from mx.example.net"),
			we("2026-11-29T07:42:30Z", Notice, "10.1.4.7", "WTsyslog[2026-11-29 07:42:30 ip=10.1.4.7 pri=5] <13>logger: backup job 44 finished"),
		},
	},
	{
		name:   "ribbon-sonus-sbc-trc-rfc5424-space",
		source: "a Ribbon (Sonus) SBC 5000 sending its call trace (TRC) events over TCP syslog, as rsyslog escapes them (`<147> 1 ISO-time host … sent msg for CallId:N to IP/port:a/p, Local IP/port:b/q, SMM:…RAW PDU:#012<SIP message, #012 for each line break>`): sipcapture/paStash wiki 'Example: SONUS Logs' and plugins/filters/app_sonus/filter_app_sonuslog.js (found with the code search); the fields between the host and `sent msg` from memory",
		why:    "a space between the PRI and the version digit; an ISO time with a -05:00 offset; the SIP message kept on one line with #012 escapes, so each event is one record; the peers' addresses are no host; <147> is local2.err",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Error, "sbc5k-a", "<147> 1 2026-11-29T02:41:16.204118-05:00 sbc5k-a TRC - - - .SIPSG: sent msg for CallId:9981 to IP/port:10.60.1.20/5060, Local IP/port:10.60.0.5/5060, SMM:No RAW PDU:#012INVITE sip:+14155550142@10.60.1.20:5060 SIP/2.0#012Via: SIP/2.0/UDP 10.60.0.5:5060;branch=z9hG4bK0a1b2c#012Call-ID: 7f3e2a91@10.60.0.5#012CSeq: 1 INVITE#012Content-Length: 0#012"),
			we("2026-11-29T07:41:16.231502Z", Error, "sbc5k-a", "<147> 1 2026-11-29T02:41:16.231502-05:00 sbc5k-a TRC - - - .SIPSG: received msg for CallId:9981 from IP/port:10.60.1.20/5060, Local IP/port:10.60.0.5/5060, SMM:No RAW PDU:#012SIP/2.0 100 Trying#012Via: SIP/2.0/UDP 10.60.0.5:5060;branch=z9hG4bK0a1b2c#012Call-ID: 7f3e2a91@10.60.0.5#012CSeq: 1 INVITE#012Content-Length: 0#012"),
			we("2026-11-29T07:41:19.870044Z", Error, "sbc5k-a", "<147> 1 2026-11-29T02:41:19.870044-05:00 sbc5k-a TRC - - - .SIPSG: received msg for CallId:9981 from IP/port:10.60.1.20/5060, Local IP/port:10.60.0.5/5060, SMM:No RAW PDU:#012SIP/2.0 200 OK#012Via: SIP/2.0/UDP 10.60.0.5:5060;branch=z9hG4bK0a1b2c#012Call-ID: 7f3e2a91@10.60.0.5#012CSeq: 1 INVITE#012Content-Length: 0#012"),
		},
	},
	{
		name:   "cisco-cmm-audit-syslog",
		source: "Cisco Meeting Management's audit log to a syslog server (`<134>Mmm dd HH:mm:ss host yyyy-MM-dd  HH:mm:ss,SSS - local:user/HTTP/IPv4:addr:tcp:port - action`, two blanks between the inner date and time, a multi-line change list escaped as #012): splunk/splunk-connect-for-syslog issue #1494",
		why:    "a syslog header, then CMM's own date and time with two blanks between them and a comma before the milliseconds; either is the record's time; the user's address is a client, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.141Z", Info, "cmm01", "<134>Nov 29 07:41:16 cmm01 2026-11-29  07:41:16,141 - local:opsadmin/HTTP/IPv4:10.9.0.31:tcp:50412 - Logged in"),
			we("2026-11-29T07:41:40Z|2026-11-29T07:41:40.502Z", Info, "cmm01", `<134>Nov 29 07:41:40 cmm01 2026-11-29  07:41:40,502 - local:opsadmin/HTTP/IPv4:10.9.0.31:tcp:50412 - Applied configuration modifications:#012    Configuration path ["time", "ntp_servers", 1] unset`),
			we("2026-11-29T07:41:40Z|2026-11-29T07:41:40.611Z", Info, "cmm01", "<134>Nov 29 07:41:40 cmm01 2026-11-29  07:41:40,611 - local:opsadmin/HTTP/IPv4:10.9.0.31:tcp:50412 - Update configuration successful"),
			we("2026-11-29T07:55:02Z|2026-11-29T07:55:02.003Z", Info, "cmm01", "<134>Nov 29 07:55:02 cmm01 2026-11-29  07:55:02,003 - local:opsadmin/HTTP/IPv4:10.9.0.31:tcp:50412 - Logged out"),
		},
	},
	{
		name:   "cisco-cmm-system-syslog-containers",
		gap:    "the PRI <11> (user.err) is taken over the line's own `INFO` word after the tag (`cmm-web_smart_agent_1[273]:  INFO …`); the `- WARNING -` and `- ERROR -` words are read",
		source: "Cisco Meeting Management's system log to a syslog server: each container's output under its own tag (`<PRI>Mmm dd HH:mm:ss host cmm-web_<service>_1[pid]:  msg`), the smart agent's `LEVEL ISO-Z STATUS | text | module:line` and the events monitor's `yyyy-MM-dd HH:mm:ss,SSS - LEVEL - …`, stderr sent at <11> whatever the inner level: splunk/splunk-connect-for-syslog issue #1494",
		why:    "the PRI says user.err for anything on stderr while the line's own level word says INFO or WARNING: the inner word is the record's level, the PRI only where no word is written; the header's time or the inner time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:05.123456Z", Info, "cmm01", "<11>Nov 29 07:41:16 cmm01 cmm-web_smart_agent_1[273]:  INFO 2026-11-29T07:41:05.123456Z SUCCESS | initializing smart agent v1.2.5 | sapy.manage:19"),
			we("2026-11-29T07:41:24Z", Info, "cmm01", "<14>Nov 29 07:41:24 cmm01 cmm-web_proxy_1[273]:  Web is available - starting"),
			we("2026-11-29T07:41:32Z|2026-11-29T07:41:32.46Z", Warn, "cmm01", "<11>Nov 29 07:41:32 cmm01 cmm-web_events_monitor_1[273]:  2026-11-29 07:41:32,460 - WARNING - 154:140233771 - /home/unprivuser/cmm/cmm_meetings/management/commands/monitor.py:88 - lost connection to call bridge cb-lon-01, retrying in 10 s"),
			we("2026-11-29T07:41:40Z|2026-11-29T07:41:40.118Z", Error, "cmm01", "<11>Nov 29 07:41:40 cmm01 cmm-web_events_monitor_1[273]:  2026-11-29 07:41:40,118 - ERROR - 154:140233771 - /home/unprivuser/cmm/cmm_meetings/management/commands/monitor.py:131 - call bridge cb-lon-01 API returned 401"),
		},
	},
	{
		name:   "raritan-dominion-sx2-bare-pri",
		source: "a Raritan Dominion SX II console server's syslog datagrams (`<PRI>[Event Name]: text`, no date and no host in the message): splunk/splunk-connect-for-syslog issue #2085 (the messages found in the reporter's capture); the other event names from memory",
		why:    "a PRI glued to a bracketed event name and nothing else of a header: no time of its own and no host; `from host '…'` names the client",
		entries: []worldEntry{
			we("", Info, "", "<14>[Login]: User 'admin' logged in from host '10.20.70.46'."),
			we("", Info, "", "<14>[Port Connected]: Port 'core-sw1 - N9K Top' connected by user 'admin' from host '10.20.70.46'."),
			we("", Info, "", "<14>[Port Disconnected]: Port 'core-sw1 - N9K Top' disconnected by user 'admin' from host '10.20.70.46'."),
			we("", Warn, "", "<12>[Authentication Failed]: Authentication failed for user 'netops' from host '10.20.70.51'."),
			we("", Info, "", "<14>[Logout]: User 'admin' logged out from host '10.20.70.46'."),
		},
	},
}

func TestFresh472Formats(t *testing.T) { assertTable(t, fresh472Cases) }
func TestFresh472Score(t *testing.T) {
	checkScore(t, "fresh472 formats", fresh472Cases, [worldNumFields]float64{96.8, 99.9, 74.9, 99.9})
}
