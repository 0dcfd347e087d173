package parse

import "testing"

// The four-hundred-and-sixty-fifth fresh table, written on 2026-12-05: network appliances at a
// collector, a fourth further pass (wireless controllers, authentication gateways, stacked switches
// and blade interconnects whose syslog lands on a central rsyslog or syslog-ng), shapes no earlier
// table holds. Each family is one product's documented or observed output: FortiAuthenticator's
// remote syslog as it leaves the unit (a PRI glued to a BSD time and the `db[pid]:` tag with no host,
// then category=, subcategory=, typeid= and level= pairs and a bare message); the same lines as an
// rsyslog collector stores them in RSYSLOG_TraditionalFileFormat (the collector puts the sender's
// name in); FortiWLC's ALARM lines (`ALARM: <epoch>l | source | severity | MNE | text`, the
// controller's address as the host); FortiGate's wireless client events (FortiOS 6.2+ `subtype=
// "wireless"` with probe, association and authentication actions and remotewtptime, the AP's clock
// since boot) sent with no syslog header; the same under syslog-ng's `$ISODATE $HOST` file template
// with the unit's local date=/time= and a tz= field; a stacked Catalyst's lines whose mnemonic
// carries the stack member (`%SEC_LOGIN-SW1-5-LOGIN_SUCCESS`) with a sequence number and a PHT
// clock; the same under syslog-ng's ISODATE and the sender's address; HPE Virtual Connect's vcmd
// lines with an RFC 3164 header as rsyslog writes them.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`fortiauthenticator`, `typeid=`, `subcategory=`, `category="Event"`, `db[`, `fortiwlc`,
// `meru`, `ALARM: `, `ALARM: 17`, `| system | notice`, `remotewtptime`, `subtype="wireless"`,
// `subtype=wireless`, `stamac`, `probe-req`, `%SEC_LOGIN-SW`, `-SW1-`, ` PHT`, `%STACKMGR`, `vcmd`,
// `Virtual Connect`, `solidfire`, `vplex`, `Symmetrix`, `cloudian`, `hyperstore`, `tegile`,
// `purealert`, `uemcli`, `CELFSS`, `SDS Block`, `eternus`, `Storage: Operation`, `sapd[`, `|AP `,
// `<404003>`, `CLI[5]`, `<Warn:`, `%FPRM`, `%UCSM`, `AUDT:`, `SEC-3020`, `TMNX`, `MINOR: `,
// `{wncd`, `(note):`, `01070417`, `nsconmsg`, `fwd.elg`, `mp-log`, `sport[`, `splice/`, `a10logd`,
// `[ACOS]`, `%ACE-`, `devID=`, `msg_id="3000`, `device_name="SFW"`, `log_component=`,
// `Ubiquiti|UniFi`, `,v6.`, `U6-`, `stdout#info`, `[OVPN`, `<local3.`, `CLIENT_CLIENT`, `00515`,
// `[fw4_`, `Extreme Campus`, `Campus Controller`, `type=kevent`, `timeQuality`, `scalance`).
// FortiAuthenticator is in fresh37 as FortiOS-style date=/time=/devname= pairs; its `db[pid]:` tag
// with category/subcategory/typeid, raw or through rsyslog, is in none. FortiWLC is in fresh103 as
// `MODULE: msg` lines; its ALARM lines with an epoch and pipes are in none. FortiGate's key=value log
// is in many tables; its wireless client events (remotewtptime) are in none. Catalyst and IOS lines
// are in many tables; a mnemonic with the stack member inside and a PHT clock are in none. Virtual
// Connect is in fresh19 with the ISO 8601 header; the RFC 3164 header is in none. Left out as
// measured already: Aruba controllers and Instant APs (fresh3, fresh54, fresh69, fresh133), the
// ExtremeXOS and EOS S/K-series markers (fresh48, fresh128), Hitachi VSP and SDS Block, ETERNUS
// (fresh8, fresh103, fresh441), Riverbed, A10, BIG-IP, NetScaler, Check Point, PAN-OS, Nokia SR OS,
// UniFi, OpenVPN AS, Solace. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). BSD times have no year (2026) and no zone (UTC); FortiWLC's `1795938076l`
// is the same second as its header; FortiGate's date= and time= carry no zone in the raw family
// (UTC, eventtime the same second), and in the syslog-ng family they are local time at tz="+0100",
// the ISODATE before them the same instant; PHT is Philippine time, +08:00; syslog-ng's ISODATE
// (receipt, whole seconds) and the switch's own clock (milliseconds) are both the record's time.
// Levels only where the line marks one: FortiAuthenticator's and FortiGate's level=, FortiWLC's
// severity column, the digit after the stack member in the mnemonic, Virtual Connect's last
// bracket element; status="Failed", action= and the message are no levels. The host is the record's
// host field: the collector's host column (fac-01, the switch's address, the VC domain's name), the
// FortiWLC controller's address in the header, FortiGate's devname= when no header stands before it;
// FortiAuthenticator's raw lines have none; nas=, ap=, sn=, stamac=, Source: and the user's address
// are peers or radios, not hosts. Every record is one line.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 749c40f before any rule for it: level 87.5 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 86.2 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 749c40f with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is FortiWLC's ALARM lines, whose severity word in the pipe-separated
// column after the source (`| system | notice | NOT |`) is not read as the level.

var fresh465Cases = []worldCase{
	{
		name:   "fortiauthenticator-db-tag-category",
		source: "FortiAuthenticator's remote syslog as sent (`<PRI>Mmm dd HH:mm:ss db[pid]: category=\"Event\" subcategory=\"…\" typeid=N level=\"…\" user=\"…\" nas=\"…\" action=\"…\" status=\"…\" message`, no host after the time): Fortinet docs, FortiSIEM External Systems Configuration Guide 'Fortinet FortiAuthenticator' (sample event type); the level words other than information from memory",
		why:    "a PRI and a yearless BSD time, then the tag db[pid]: with no host; level= names the level; nas= is a RADIUS client, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `<14>Nov 29 07:41:16 db[16987]: category="Event" subcategory="Authentication" typeid=20995 level="information" user="ops-lena" nas="" action="Logout" status="" Administrator 'ops-lena' logged out`),
			we("2026-11-29T07:42:03Z", Warn, "", `<12>Nov 29 07:42:03 db[16987]: category="Event" subcategory="Authentication" typeid=20996 level="warning" user="k.moreau" nas="10.20.0.1" action="Authentication" status="Failed" Local user authentication failed: token code mismatch`),
			we("2026-11-29T07:43:40Z", Error, "", `<11>Nov 29 07:43:40 db[16987]: category="Event" subcategory="System" typeid=10011 level="error" user="" nas="" action="" status="" LDAP server dc2.corp.example unreachable`),
			we("2026-11-29T07:44:05Z", Info, "", `<14>Nov 29 07:44:05 db[16987]: category="Event" subcategory="Admin Configuration" typeid=30101 level="information" user="ops-lena" nas="" action="Update" status="Success" RADIUS client fgt-branch7 modified`),
		},
	},
	{
		name:   "fortiauthenticator-rsyslog-traditional",
		source: "the same FortiAuthenticator lines kept by an rsyslog collector with RSYSLOG_TraditionalFileFormat (the PRI dropped, the sender's resolved name put in as HOSTNAME before the db[pid]: tag): FortiSIEM External Systems Configuration Guide (the line) and rsyslog's template documentation; the stored line from memory",
		why:    "the collector's host column is the host; level= is the level; the user's address is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:45:12Z", Info, "fac-01", `Nov 29 07:45:12 fac-01 db[16987]: category="Event" subcategory="Authentication" typeid=20001 level="information" user="j.okafor" nas="10.20.0.1" action="Authentication" status="Success" Local user authentication with FortiToken successful from 10.20.4.77`),
			we("2026-11-29T07:45:40Z", Warn, "fac-01", `Nov 29 07:45:40 fac-01 db[16987]: category="Event" subcategory="Authentication" typeid=20996 level="warning" user="p.rossi" nas="10.20.0.3" action="Authentication" status="Failed" Remote LDAP user authentication failed: invalid credentials`),
			we("2026-11-29T07:46:58Z", Info, "fac-01", `Nov 29 07:46:58 fac-01 db[16987]: category="Event" subcategory="Authentication" typeid=20995 level="information" user="admin" nas="" action="Logout" status="" Administrator 'admin' logged out`),
		},
	},
	{
		name:   "fortiwlc-alarm-epoch-pipes",
		gap:    "trawl reads the header's time and host but no level: the severity word in the pipe-separated column after `ALARM: <epoch>l | source |` (notice, critical, warning, with its NOT/CRI/WAR mnemonic after it) is not read as the level",
		source: "FortiWLC (formerly Meru) controller ALARM lines as the syslog server stores them (`Mmm dd HH:mm:ss controller-ip ALARM: <epoch>l | source | severity | MNE | text`): FortiWLC (SD) Syslog Messages appendix, 'Controller Management' (fortinetguru.com and the rssing mirror); the ap source and the CRI and WAR mnemonics from memory",
		why:    "an epoch with a trailing l inside the message, the same second as the header; the severity column is the level; the header's address is the controller",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "10.20.0.5", "Nov 29 07:41:16 10.20.0.5 ALARM: 1795938076l | system | notice | NOT | Controller administrative reboot requested"),
			we("2026-11-29T07:44:51Z", Critical, "10.20.0.5", "Nov 29 07:44:51 10.20.0.5 ALARM: 1795938291l | ap | critical | CRI | AP-12 (floor3-east) is down"),
			we("2026-11-29T07:46:02Z", Warn, "10.20.0.5", "Nov 29 07:46:02 10.20.0.5 ALARM: 1795938362l | ap | warning | WAR | AP-07 radio 1 changed channel to 44 because of interference"),
			we("2026-11-29T07:47:30Z", Notice, "10.20.0.5", "Nov 29 07:47:30 10.20.0.5 ALARM: 1795938450l | system | notice | NOT | Controller time synchronized with NTP server 10.20.0.2"),
		},
	},
	{
		name:   "fortigate-wireless-client-events",
		source: "FortiGate (FortiOS 6.2+) wireless client event logs sent to syslog with no header (`<PRI>date= time= devname= devid= logid= type=\"event\" subtype=\"wireless\" level= vd= eventtime= logdesc= sn= ap= vap= ssid= radioid= stamac= channel= … action= msg= remotewtptime=`): Fortinet docs, FortiOS 6.2.0 New Features 'Troubleshooting – Extended Logging'; the assoc and auth-failure lines' logids from memory",
		why:    "date= and time= without a zone, eventtime the same second; level= is the level; devname is the writer; remotewtptime is the AP's seconds since boot, no time; sn, ap and stamac are radios and clients",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "fgt-hq", `<189>date=2026-11-29 time=07:41:16 devname="fgt-hq" devid="FG100FTK20041207" logid="0104043681" type="event" subtype="wireless" level="notice" vd="root" eventtime=1795938076 logdesc="Probe request from wireless station" sn="FP231FTF20012345" ap="FP231FTF20012345" vap="corp-wpa2" ssid="CORP" radioid=2 stamac="3c:22:fb:41:07:12" channel=36 security="WPA2 Enterprise" encryption="AES" action="probe-req" reason="Reserved 0" msg="AP received probe request frame from client 3c:22:fb:41:07:12" remotewtptime="3121.884512"`),
			we("2026-11-29T07:41:16Z", Notice, "fgt-hq", `<189>date=2026-11-29 time=07:41:16 devname="fgt-hq" devid="FG100FTK20041207" logid="0104043682" type="event" subtype="wireless" level="notice" vd="root" eventtime=1795938076 logdesc="Probe response to wireless station" sn="FP231FTF20012345" ap="FP231FTF20012345" vap="corp-wpa2" ssid="CORP" radioid=2 stamac="3c:22:fb:41:07:12" channel=36 security="WPA2 Enterprise" encryption="AES" action="probe-resp" reason="Reserved 0" msg="AP sent probe response frame to client 3c:22:fb:41:07:12" remotewtptime="3121.884733"`),
			we("2026-11-29T07:41:17Z", Notice, "fgt-hq", `<189>date=2026-11-29 time=07:41:17 devname="fgt-hq" devid="FG100FTK20041207" logid="0104043573" type="event" subtype="wireless" level="notice" vd="root" eventtime=1795938077 logdesc="Association request from wireless station" sn="FP231FTF20012345" ap="FP231FTF20012345" vap="corp-wpa2" ssid="CORP" radioid=2 stamac="3c:22:fb:41:07:12" channel=36 security="WPA2 Enterprise" encryption="AES" action="assoc-req" reason="Reserved 0" msg="AP received association request frame from client 3c:22:fb:41:07:12" remotewtptime="3122.101977"`),
			we("2026-11-29T07:41:21Z", Warn, "fgt-hq", `<188>date=2026-11-29 time=07:41:21 devname="fgt-hq" devid="FG100FTK20041207" logid="0104043620" type="event" subtype="wireless" level="warning" vd="root" eventtime=1795938081 logdesc="Wireless client 802.1X authentication failed" sn="FP231FTF20012345" ap="FP231FTF20012345" vap="corp-wpa2" ssid="CORP" radioid=2 stamac="3c:22:fb:41:07:12" channel=36 security="WPA2 Enterprise" encryption="AES" action="dot1x-auth-fail" reason="RADIUS reject" msg="Client 3c:22:fb:41:07:12 failed 802.1X authentication" remotewtptime="3126.430015"`),
		},
	},
	{
		name:   "fortigate-wireless-syslog-ng-isodate",
		source: "FortiGate wireless client events kept by syslog-ng with `template(\"${ISODATE} ${HOST} ${MSGHDR}${MSG}\\n\")` (receipt time with its offset, the sender's name, then the key=value body with the unit's local date=/time= and tz=): Fortinet FortiOS 6.2.0 New Features 'Troubleshooting – Extended Logging' (the body), syslog-ng's macro documentation; the stored line from memory",
		why:    "the ISODATE first is the record's time; date=/time= are local at tz=+0100, the same instant; the header's name is the host; level= is the level",
		entries: []worldEntry{
			we("2026-11-29T07:42:02Z", Notice, "fgt-hq", `2026-11-29T07:42:02+00:00 fgt-hq date=2026-11-29 time=08:42:02 devname="fgt-hq" devid="FG100FTK20041207" logid="0104043574" type="event" subtype="wireless" level="notice" vd="root" eventtime=1795938122 tz="+0100" logdesc="Association response to wireless station" sn="FP231FTF20012345" ap="FP231FTF20012345" vap="guest" ssid="GUEST" radioid=1 stamac="a4:83:e7:19:52:0c" channel=6 security="Captive Portal" encryption="N/A" action="assoc-resp" reason="Reserved 0" msg="AP sent association response frame to client a4:83:e7:19:52:0c" remotewtptime="3167.520144"`),
			we("2026-11-29T07:42:09Z", Warn, "fgt-hq", `2026-11-29T07:42:09+00:00 fgt-hq date=2026-11-29 time=08:42:09 devname="fgt-hq" devid="FG100FTK20041207" logid="0104043621" type="event" subtype="wireless" level="warning" vd="root" eventtime=1795938129 tz="+0100" logdesc="Wireless client deauthenticated" sn="FP231FTF20012345" ap="FP231FTF20012345" vap="guest" ssid="GUEST" radioid=1 stamac="a4:83:e7:19:52:0c" channel=6 security="Captive Portal" encryption="N/A" action="deauth" reason="Inactivity timeout" msg="AP deauthenticated client a4:83:e7:19:52:0c" remotewtptime="3174.002871"`),
			we("2026-11-29T07:42:31Z", Notice, "fgt-hq", `2026-11-29T07:42:31+00:00 fgt-hq date=2026-11-29 time=08:42:31 devname="fgt-hq" devid="FG100FTK20041207" logid="0104043681" type="event" subtype="wireless" level="notice" vd="root" eventtime=1795938151 tz="+0100" logdesc="Probe request from wireless station" sn="FP231FTF20012399" ap="FP231FTF20012399" vap="corp-wpa2" ssid="CORP" radioid=2 stamac="f0:18:98:2d:61:aa" channel=149 security="WPA2 Enterprise" encryption="AES" action="probe-req" reason="Reserved 0" msg="AP received probe request frame from client f0:18:98:2d:61:aa" remotewtptime="911.337406"`),
		},
	},
	{
		name:   "cisco-catalyst-stack-member-pht",
		source: "a stacked Catalyst switch's syslog as the collector receives it (`<PRI>seq: Mmm dd HH:mm:ss.mmm ZONE: %FACILITY-SWn-SEV-MNEMONIC: text`, the stack member between facility and severity, `service timestamps log datetime msec localtime show-timezone` with PHT): IBM QRadar DSM guide 'Cisco CatOS for Catalyst Switches sample event messages'; the STACKMGR and LINK lines with the member from memory",
		why:    "a sequence number before the time; PHT is +08:00, so 15:41 is 07:41 UTC; the digit after SW1 is the severity; no host (no origin-id); the Source: address is a client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.675Z", Notice, "", "<165>7622: Nov 29 15:41:16.675 PHT: %SEC_LOGIN-SW1-5-LOGIN_SUCCESS: Login Success [user: netops] [Source: 10.20.40.35] [localport: 22] at 15:41:16 PHT Sun Nov 29 2026"),
			we("2026-11-29T07:47:02.481Z", Info, "", "<166>7627: Nov 29 15:47:02.481 PHT: %SYS-SW1-6-LOGOUT: User netops has exited tty session 3(10.20.40.35)"),
			we("2026-11-29T07:48:10.02Z", Warn, "", "<164>7630: Nov 29 15:48:10.020 PHT: %STACKMGR-SW2-4-STACK_LINK_CHANGE: Stack port 1 on switch 2 is down"),
			we("2026-11-29T07:48:11.204Z", Error, "", "<163>7633: Nov 29 15:48:11.204 PHT: %LINK-SW2-3-UPDOWN: Interface GigabitEthernet2/0/14, changed state to down"),
		},
	},
	{
		name:   "cisco-catalyst-stack-syslog-ng-isodate",
		source: "the same stacked Catalyst's lines kept by syslog-ng with `${ISODATE} ${HOST} ${MSG}` (the receipt time with its offset and the sender's address, then the sequence number, the PHT clock and the member-tagged mnemonic): IBM QRadar DSM guide 'Cisco CatOS for Catalyst Switches sample event messages' (the line), syslog-ng's macro documentation; the stored line from memory",
		why:    "two times of the same instant, the ISODATE in whole seconds and the switch's PHT clock in milliseconds; the address after the ISODATE is the host; the digit after SWn is the severity",
		entries: []worldEntry{
			we("2026-11-29T07:52:40Z|2026-11-29T07:52:40.318Z", Warn, "10.20.40.2", "2026-11-29T07:52:40+00:00 10.20.40.2 7641: Nov 29 15:52:40.318 PHT: %SEC_LOGIN-SW1-4-LOGIN_FAILED: Login failed [user: admin] [Source: 10.20.77.4] [localport: 22] [Reason: Login Authentication Failed] at 15:52:40 PHT Sun Nov 29 2026"),
			we("2026-11-29T07:52:44Z|2026-11-29T07:52:44.901Z", Notice, "10.20.40.2", "2026-11-29T07:52:44+00:00 10.20.40.2 7642: Nov 29 15:52:44.901 PHT: %SYS-SW1-5-CONFIG_I: Configured from console by netops on vty0 (10.20.40.35)"),
			we("2026-11-29T07:53:02Z|2026-11-29T07:53:02.117Z", Notice, "10.20.40.2", "2026-11-29T07:53:02+00:00 10.20.40.2 7643: Nov 29 15:53:02.117 PHT: %LINEPROTO-SW2-5-UPDOWN: Line protocol on Interface GigabitEthernet2/0/14, changed state to up"),
		},
	},
	{
		name:   "hpe-virtual-connect-rfc3164",
		source: "HPE Virtual Connect Manager's remote syslog with the RFC 3164 date (`Mmm dd HH:mm:ss hostname vcmd: [ObjectShortName:ObjectName:EventCode:Severity] msg`) as rsyslog stores it: HP Virtual Connect for c-Class BladeSystem User Guide, 'System Log entry format' (\"Date in RFC 3164 or ISO 8601 format\"); the RFC 3164 line itself from memory",
		why:    "a yearless BSD time and the VC domain's name as host; the last element inside the bracket is the severity (Info, Warning, Critical); the enclosure, bay and profile names are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "VCEFX4120741299", "Nov 29 07:41:16 VCEFX4120741299 vcmd: [VCD:dc2-c7000-11_vc_domain:1012:Info] VCM user login : netops@10.20.0.44"),
			we("2026-11-29T07:41:58Z", Warn, "VCEFX4120741299", "Nov 29 07:41:58 VCEFX4120741299 vcmd: [ENET:enc1_iobay2:3020:Warning] Uplink port X2 link down"),
			we("2026-11-29T07:43:11Z", Critical, "VCEFX4120741299", "Nov 29 07:43:11 VCEFX4120741299 vcmd: [NET:prod-vlan-210:7014:Critical] Network prod-vlan-210 has no active uplinks"),
			we("2026-11-29T07:44:20Z", Info, "VCEFX4120741299", "Nov 29 07:44:20 VCEFX4120741299 vcmd: [PRO:esx-b12:6027:Info] Profile esx-b12 assigned to enc1_devbay12"),
		},
	},
}

func TestFresh465Formats(t *testing.T) { assertTable(t, fresh465Cases) }
func TestFresh465Score(t *testing.T) {
	checkScore(t, "fresh465 formats", fresh465Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 99.9})
}
