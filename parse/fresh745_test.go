package parse

import "testing"

// The seven-hundred-and-forty-fifth fresh table: network appliances' logs, another pass, in outputs
// no earlier table holds. Kerio Control's Dial log (`[dd/Mon/yyyy HH:mm:ss] Line "…" …`) and
// Connection log (`[ID] … [Rule] … [Connection] … [Duration]`), Kerio WinRoute Firewall 6.x's
// Connection log (the `->` arrow) and its Config log dump of a new traffic policy, Kerio Control's
// Alert log, Stormshield SNS lines handed on with the `id=firewall` token stripped (they open with
// `time=`), DrayTek Vigor's ADSL_Status datagram, and WatchGuard's SSO Agent log (wagsrvc.log).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`zyxel`, `usg_flex`, `devID=`, `cat="`, `note="`, `draytek`, `vigor`, `Vigor:`,
// `watchguard`, `firebox`, `msg_id=`, `sophos`, `ulogd[`, `sys="SecureNet"`, `sub="packetfilter"`,
// `device_name=`, `log_component=`, `log_subtype=`, `device="SFW"`, `barracuda`, `sonicwall`,
// `sn=`, `fw=`, ` m=`, `pri=`, `stormshield`, `startime=`, `kerio`, `winroute`, `netasq`, `tz=+`,
// `cloudgen`, `box_`, `ESG`, `bsmtpd`, `spamd`, `dynupdate`, `dialing`, `Line "`, `hanging up`,
// `session opened for host`, `Kerio PPPoE`, `connection time`, `[Duration]`, `[Connection]`,
// `wagsrvc`, `eventlogmonitor`, `DrayTek WAN`, `ADSL_Status`, `DSL_Status`, `sophos_log`,
// `sav-ev`, `E-Class`, `fw="SN`, `Session PHS`, `ADSL`). Every product of the theme is in many
// tables already; the outputs here are not (`[Connection]` matches other products only; Kerio's
// tables hold its security, config, debug, warning and filter logs; Stormshield's hold the line
// with `id=firewall` first). Left out as measured already: Zyxel USG/ATP syslog, CEF and `show
// logging entries`, DrayTek's `Vigor:` syslog, WatchGuard's syslog, CEF, LEEF and Traffic Monitor,
// Sophos UTM and SFOS in all their shapes, Sophos Web Appliance's sophos_log, Barracuda CloudGen
// (including its `Session PHS:` lines), WAF, ESG and WSG, SonicWall SonicOS, SMA 100 and SMA 1000.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Kerio's bracketed stamps have no zone and are read as UTC. Stormshield's
// time is the firewall's local time with its offset in `tz=` (+0100: an hour earlier in UTC), as
// the earlier Stormshield family has it; `startime` is the connection's start, not the record's.
// DrayTek's datagram has a syslog date without a year (2026). Levels only where the line marks
// one: Stormshield's `pri=` (syslog severity digits), the SSO Agent's level word; Kerio's logs,
// its alert type words and DrayTek's status line carry none. The host is the record's host field:
// Stormshield's `fw=` serial (as in the earlier family); Kerio's lines and WinRoute's have none
// (their users, clients and remote names are no hosts); `Vigor` in the datagram is a tag.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (Kerio Control's Alert log and WatchGuard's wagsrvc.log). Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 1326daa before any rule for it: level 90.6 %, time 87.5 %, host 87.5 %, records 100.0 %.
// That is the macro figure (micro: level 89.7 %, time 86.2 %, host 86.2 %, records 100.0 %), in a
// worktree at 1326daa with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Stormshield's line without its leading `id=firewall`, whose
// `tz=` offset, `pri=` severity and `fw=` serial trawl does not read.

var fresh745Cases = []worldCase{
	{
		name:   "kerio-control-dial-log",
		source: "Kerio Control's Dial log (logs/dial.log: `[dd/Mon/yyyy HH:mm:ss] Line \"name\" dialing…`, `connected`, `hanging up…`, `disconnected, connection time …`): GFI support article 117311 \"Dial Logs in Kerio Control\" and manuals.gfi.com using-the-dial-log-1451 (found with the pages search)",
		why:    "a day-first bracketed date with a month name and no zone (UTC); `connection time 00:41:07` is a duration, no time; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:48Z", Unknown, "", `[29/Nov/2026 07:41:48] Line "Fibre PPPoE" dialing manually from IP 10.20.0.44, user jkolar.`),
			we("2026-11-29T07:42:03Z", Unknown, "", `[29/Nov/2026 07:42:03] Line "Fibre PPPoE" connected`),
			we("2026-11-29T08:23:10Z", Unknown, "", `[29/Nov/2026 08:23:10] Line "Fibre PPPoE" hanging up, manually from IP 10.20.0.44, user jkolar.`),
			we("2026-11-29T08:23:12Z", Unknown, "", `[29/Nov/2026 08:23:12] Line "Fibre PPPoE" disconnected, connection time 00:41:07, 88214170 bytes received, 6120388 bytes transmitted`),
			we("2026-11-29T09:00:00Z", Unknown, "", `[29/Nov/2026 09:00:00] Line "Backup LTE" dialing due to configured connect time.`),
		},
	},
	{
		name:   "kerio-control-connection-log",
		source: "Kerio Control's Connection log (`[dd/Mon/yyyy HH:mm:ss] [ID] n [Rule] name [Service] svc [User] u [Connection] PROTO src:port > dst:port [Duration] n sec [Bytes] a/b/c [Packets] a/b/c`): manuals.gfi.com using-the-connection-log-1457 (found with the pages search)",
		why:    "bracketed column names after the stamp; the user and the remote name are no hosts; no level",
		entries: []worldEntry{
			we("2026-11-29T07:44:19Z", Unknown, "", `[29/Nov/2026 07:44:19] [ID] 2210457 [Rule] NAT [Service] HTTPS [User] jkolar [Connection] TCP 10.20.0.44:52114 > files.hradec-example.cz:443 [Duration] 96 sec [Bytes] 18220/412967/431187 [Packets] 211/330/541`),
			we("2026-11-29T07:44:52Z", Unknown, "", `[29/Nov/2026 07:44:52] [ID] 2210502 [Rule] NAT [Service] DNS [Connection] UDP 10.20.0.61:60211 > 192.0.2.53:53 [Duration] 1 sec [Bytes] 74/158/232 [Packets] 1/1/2`),
			we("2026-11-29T07:46:07Z", Unknown, "", `[29/Nov/2026 07:46:07] [ID] 2210611 [Rule] Remote desktop in [Service] RDP [Connection] TCP 198.51.100.23:40991 > 10.20.0.12:3389 [Duration] 3600 sec [Bytes] 9120558/2210433/11330991 [Packets] 40112/28119/68231`),
		},
	},
	{
		name:   "kerio-winroute-connection-log-arrow",
		source: "Kerio WinRoute Firewall 6.x Connection log, the same columns with a `->` arrow and no [Service] when the port has none: WinRoute 6.7 administrator's guide (kwfag67, chapter 22.5, found with the pages search)",
		why:    "the WinRoute arrow `->` between peers; day-first stamp in brackets, no zone; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T10:02:31Z", Unknown, "", `[29/Nov/2026 10:02:31] [ID] 88412 [Rule] NAT [Service] HTTP [User] mdvorak [Connection] TCP 192.168.5.31:3311 -> update.example-av.net:80 [Duration] 14 sec [Bytes] 812/40233/41045 [Packets] 9/31/40`),
			we("2026-11-29T10:02:40Z", Unknown, "", `[29/Nov/2026 10:02:40] [ID] 88419 [Rule] Local traffic [Connection] TCP 192.168.5.40:4120 -> 192.168.5.1:44333 [Duration] 2 sec [Bytes] 1204/3310/4514 [Packets] 6/5/11`),
			we("2026-11-29T10:05:12Z", Unknown, "", `[29/Nov/2026 10:05:12] [ID] 88466 [Rule] NAT [Service] SMTP [Connection] TCP 192.168.5.8:1719 -> mx.example-mail.org:25 [Duration] 6 sec [Bytes] 48211/612/48823 [Packets] 40/22/62`),
		},
	},
	{
		name:   "kerio-winroute-config-log-traffic-policy",
		source: "Kerio WinRoute Firewall 6.x Config log, the traffic policy written out rule by rule on Apply (`[stamp] Admin - New traffic policy set:` then `[stamp] Admin - n: name=(…) src=(…) dst=(…) service=(…) … action=(…)` per rule, `default:` for the last): WinRoute administrator's guide (yumpu copy, chapter 22.4/22.5, found with the pages search)",
		why:    "every rule line carries its own stamp and is a record; `Admin` is the user, no host; no level",
		entries: []worldEntry{
			we("2026-11-29T10:14:03Z", Unknown, "", `[29/Nov/2026 10:14:03] mdvorak - New traffic policy set:`),
			we("2026-11-29T10:14:03Z", Unknown, "", `[29/Nov/2026 10:14:03] mdvorak - 1: name=(ICMP traffic) src=(any) dst=(any) service=("Ping") snat=(any) dnat=(any) action=(Permit) time_range=(always) inspector=(default)`),
			we("2026-11-29T10:14:03Z", Unknown, "", `[29/Nov/2026 10:14:03] mdvorak - 2: name=(Mail in) src=(any) dst=(Firewall) service=("SMTP") snat=(any) dnat=(192.168.5.8) action=(Permit) time_range=(always) inspector=(default)`),
			we("2026-11-29T10:14:03Z", Unknown, "", `[29/Nov/2026 10:14:03] mdvorak - default: name=(Default rule) src=(any) dst=(any) service=(any) snat=(any) dnat=(any) action=(Drop) time_range=(always) inspector=(default)`),
		},
	},
	{
		name:   "kerio-control-alert-log",
		source: "Kerio Control's Alert log (logs/alert.log: a bracketed stamp, then the alert type in capitals, then its details): support.keriocontrol.gfi.com \"Kerio Control System Alerts\" and GFI article 117307 (the stamp and the capitalised type); the wording after the type from memory",
		why:    "the alert type in capitals is no level; the client address and the user are no hosts",
		entries: []worldEntry{
			we("2026-11-29T08:12:45Z", Unknown, "", `[29/Nov/2026 08:12:45] HOST_CONNECTION_LIMIT Host 10.20.0.77 has reached the connection limit (600 connections)`),
			we("2026-11-29T08:30:02Z", Unknown, "", `[29/Nov/2026 08:30:02] CONNECTIVITY Internet connectivity changed: link "Fibre PPPoE" is down, using "Backup LTE"`),
			we("2026-11-29T08:47:19Z", Unknown, "", `[29/Nov/2026 08:47:19] P2P Peer-to-peer network client detected at 10.20.0.93 (user pnovak), traffic blocked`),
		},
	},
	{
		name:   "stormshield-sns-kv-without-id",
		gap:    "without the leading id=firewall the line is not read as Stormshield's: the tz=+0100 offset is not applied to time= (local time read as UTC), the pri= severity is not read as the level and the fw= serial is not read as the host",
		source: "Stormshield SNS audit lines as a collector hands them on without the leading `id=firewall` (`time=\"yyyy-MM-dd HH:mm:ss\" fw=\"serial\" tz=+hhmm startime=\"…\" pri=n … logtype=\"alarm\"`): SEKOIA-IO/documentation generated/79029ef9-…_sample.md (alarm1, alarm2, auth samples, found with the code search)",
		why:    "the line opens with `time=` in local time; `tz=+0100` makes it an hour earlier in UTC; `startime` is the connection's start; pri is the syslog severity; the fw serial is the host, as in the earlier Stormshield family",
		entries: []worldEntry{
			we("2026-11-29T07:52:10Z", Warn, "SN210W-HQ", `time="2026-11-29 08:52:10" fw="SN210W-HQ" tz=+0100 startime="2026-11-29 08:52:10" pri=4 confid=00 srcif="Ethernet0" srcifname="out" ipproto=tcp proto=unknown src=203.0.113.77 srcport=44012 dst=192.0.2.10 dstport=8443 ipv=4 action=block msg="Invalid TCP protocol (packet too short)" class=protocol classification=0 alarmid=98 target=dst sensible=1 logtype="alarm"`),
			we("2026-11-29T07:55:41Z", Warn, "SN210W-HQ", `time="2026-11-29 08:55:41" fw="SN210W-HQ" tz=+0100 startime="2026-11-29 08:54:11" pri=4 msg="CRL download failed" class=system alarmid=56 repeat=4 logtype="alarm"`),
			we("2026-11-29T08:01:07Z", Unknown, "SN210W-HQ", `time="2026-11-29 09:01:07" fw="SN210W-HQ" tz=+0100 startime="2026-11-29 09:01:07" user="lfournier" src=10.8.0.14 domain="corp.example" confid=0 ruleid=0 method="OPENVPN" error=0 msg="Authentication successful" logtype="auth"`),
			we("2026-11-29T08:03:33Z", Critical, "SN210W-HQ", `time="2026-11-29 09:03:33" fw="SN210W-HQ" tz=+0100 startime="2026-11-29 09:03:33" pri=2 msg="Power supply 2 failure" class=system alarmid=116 logtype="alarm"`),
		},
	},
	{
		name:   "draytek-vigor-adsl-status-datagram",
		source: "DrayTek Vigor's DSL line status sent by syslog (`<pri>MMM  d HH:mm:ss Vigor: ADSL_Status:[Mode=… State=SHOWTIME UpSpeed=… DownSpeed=… SNR=… Atten=…]`): jwillmer/DrayTek-WAN-Status WanStatus.cs (parses `>MMM  d HH:mm:ss Vigor`, `ADSL_Status`, `States=SHOWTIME`, `UpSpeed=`, `DownSpeed=`, found with the code search); the bracket and the other keys from memory",
		why:    "a raw priority before a BSD date with a padded day; `Vigor` is a tag, no host; the priority's severity is the syslog level (134: local0.info)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `<134>Nov 29 07:41:16 Vigor: ADSL_Status:[Mode=17A States=SHOWTIME UpSpeed=40011000 DownSpeed=108442000 SNR=9 Atten=14 ]`),
			we("2026-11-29T07:42:16Z", Info, "", `<134>Nov 29 07:42:16 Vigor: ADSL_Status:[Mode=17A States=SHOWTIME UpSpeed=40011000 DownSpeed=108442000 SNR=8 Atten=14 ]`),
			we("2026-11-29T07:43:16Z", Info, "", `<134>Nov 29 07:43:16 Vigor: ADSL_Status:[Mode=17A States=TRAINING UpSpeed=0 DownSpeed=0 SNR=0 Atten=0 ]`),
		},
	},
	{
		name:   "watchguard-sso-agent-wagsrvc-log",
		source: "WatchGuard Authentication Gateway SSO Agent debug log (wagsrvc.log; eventlogmonitor.log alike): WatchGuard help center \"About SSO Log Files\" (the files and their rotation, found with the pages search); the line layout (`yyyy-MM-dd HH:mm:ss.fff [thread] LEVEL message`) from memory",
		why:    "an ISO-like stamp with milliseconds and no zone (UTC); the level word after the thread; domain controllers and client addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `2026-11-29 07:41:16.204 [8] INFO Firebox 10.0.1.1 connected on port 4114`),
			we("2026-11-29T07:41:17.019Z", Debug, "", `2026-11-29 07:41:17.019 [14] DEBUG Query user for 10.0.8.57 via Event Log Monitor dc02.corp.example`),
			we("2026-11-29T07:41:17.388Z", Warn, "", `2026-11-29 07:41:17.388 [14] WARN No user found for 10.0.8.57 by SSO Client, trying Event Log Monitor`),
			we("2026-11-29T07:41:19.902Z", Error, "", `2026-11-29 07:41:19.902 [21] ERROR LDAP search failed on dc01.corp.example: The server is not operational`),
		},
	},
}

func TestFresh745Formats(t *testing.T) { assertTable(t, fresh745Cases) }

func TestFresh745Score(t *testing.T) {
	checkScore(t, "fresh745 formats", fresh745Cases, [worldNumFields]float64{90.5, 87.4, 87.4, 99.9})
}
