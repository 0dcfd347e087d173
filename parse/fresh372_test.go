package parse

import "testing"

// The three-hundred-and-seventy-second fresh table, written on 2026-12-06: wireless controllers'
// and access points' logs as an engineer reads them from the controller's CLI, a debug console,
// an API or a download, a further pass after fresh3, fresh21, fresh28, fresh48, fresh54, fresh128,
// fresh154, fresh174, fresh294, fresh356 and fresh365, in shapes no earlier table holds. Each
// family is one product's documented or observed output: a Catalyst 9800's `show logging profile
// wireless` with the decoder's preamble (`Logging display requested on … for Hostname: [h]`, the
// look-back line, the `executing cmd on chassis` line) before its btrace lines, one of them an
// `[errmsg]` line carrying a %CLIENT_ORCH_LOG syslog; a FortiGate's wireless controller debug for one
// station (`diagnose wireless-controller wlac sta_filter`, uptime seconds and `<ih>`/`<cc>`/`<eh>`
// tags); the Mist API's client events search written out with jq (a float epoch `timestamp`); an
// AireOS controller's `show ap eventlog` (the download preamble and banner, then the IOS AP's event
// log with an unsynchronised `*Mar  1` clock before the join); ArubaOS 8's `show ap debug
// mgmt-frames` (a titled table of yearless management frames, newest first); the Meraki Dashboard's
// wireless event log downloaded as CSV; OpenWrt's hostapd notifications read with `ubus subscribe`.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`aruba`, `ruckus`, `wlc`, `9800`, `meraki`, `unifi`, `ubiquiti`,
// `mist`, `cambium`, `capsman`, `mikrotik`, `fortiap`, `aerohive`, `hostapd`, `omada`, `engenius`,
// `cnpilot`, `wncd`, `{wncd`, `client-orch-sm`, `profile wireless`, `Logging display requested`,
// `Displaying logs from the last`, `executing cmd on chassis`, `SANET-SHIM`,
// `CLIENT_ADDED_TO_RUN_STATE`, `sta_filter`, `<ih>`, `<cc>`, `cw_acd`, `wlac`, `mgmt::`,
// `STA_CFG_REQ`, `4-Way Handshake`, `api/v1/sites`, `clients/events`, `"type":"CLIENT_`,
// `CLIENT_AUTHENTICATED`, `"wlan_id"`, `show ap eventlog`, `AP Event log`, `event log download`,
// `%CAPWAP`, `%CAPWAP-5-CHANGED`, `%LWAPP`, `*Mar  1`, `show ap debug`, `mgmt-frames`,
// `Traced 802.11`, `assoc-resp`, `Time (UTC)`, `Event type`, `802.11 association`, `MR46`,
// `ubus subscribe`, `"assoc": {`, `(phy #`, `new station`, `iw event`, `rkscli`, `get syslog`,
// `ARM History`, `wifi,info`, `@wifi`). The 9800's btrace is in fresh28 (the bare lines) and its
// syslog and `show logging` in fresh21 and fresh294; the decoder's preamble with the host in
// brackets is in none. FortiAP's remote syslog is in fresh75 and FortiOS's own logs in many tables;
// the wlac station debug is in none. Mist is in fresh116, fresh154 and fresh174 (AP syslog,
// webhooks); its API's client events in none. AireOS is in fresh3, fresh48 and fresh114 (syslog,
// msglog, traplog, debug client); an AP's event log read from the controller in none. ArubaOS 8 is
// in fresh3, fresh23, fresh133 and fresh294 (`show auth-tracebuf`); the management-frame trace in
// none. Meraki's events are in many shapes (syslog, API, webhooks); the Dashboard's CSV download is
// in none. hostapd on OpenWrt is in fresh142 and others as logread; its ubus notifications in none.
// Left out as measured already: `iw event -t` (fresh31), CAPsMAN's log (fresh294), UniFi's stahtd
// and server logs, Ruckus SmartZone, Unleashed and ZoneDirector syslog, Cambium ePMP, Aerohive's
// buffered log, Huawei and Zyxel controllers. The table holds 7 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The 9800's decoder writes its request time with the controller's zone in
// parentheses (UTC here) and its btrace lines with nanoseconds and no zone; the FortiGate's debug
// numbers are seconds since boot, no clock; Mist's timestamp is epoch seconds with milliseconds;
// the AP's event log and Aruba's frame trace have no year (2026), and an AP that has not yet taken
// the controller's clock writes `*Mar  1 00:00:09.215`, which is read as written (1 March 2026); the
// Meraki CSV's time column is UTC with no year. Levels only where the line marks one: the btrace's
// (note)/(info)/(ERR), the digit of an IOS %FAC-N-MNEMONIC; the frame trace, the debug, the API and
// the CSV carry none. The host is the record's host field: the decoder's `Hostname: [h]`, the
// Meraki CSV's access point column (the device that logged the event, as the Dashboard API's
// deviceName is in fresh190); a station's MAC, a BSSID, a CAPWAP peer address and a Mist AP id
// are not hosts. A blank line after a preamble belongs to the record before it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit c6de9a4 before any rule for it: level 100.0 %, time 98.0 %, host 69.4 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 97.5 %, host 77.5 %, records 100.0 %), in a
// worktree at c6de9a4 with no change to trawl's code (only this file and table_test.go's list), 4 of
// 7 families fully right; the gaps are the 9800 decoder preamble's time and `Hostname: [h]`, the
// frame type Aruba's management-frame table gives as a host, and the Meraki CSV's access point
// column not read as the host.

var fresh372Cases = []worldCase{
	{
		name:   "cisco-c9800-show-logging-profile-wireless-decoder-preamble",
		gap:    "trawl reads neither the time nor the host of the decoder's preamble `Logging display requested on 2026/11/29 07:45:02 (UTC) for Hostname: [wlc9800-b2], …`: the slashed date after `requested on` with the zone in parentheses is not read as the time and `Hostname: [h]` not as the host",
		source: "Catalyst 9800 (IOS XE 17.9-17.18) `show logging profile wireless start last 10 minutes` and `show logging process wncd`: the decoder's preamble `Logging display requested on yyyy/MM/dd HH:mm:ss (TZ) for Hostname: [h], Model: [m], Version: [v], SN: [s], MD_SN: [s]`, the `Displaying logs from the last …` and `executing cmd on chassis: 1; rp slot: 0;  location: local ...` lines, then btrace lines `yyyy/MM/dd HH:mm:ss.nnnnnnnnn {wncd_x_R0-N}{1}: [module] [pid]: (level): msg`: a public 9800 RA-trace parsing note (the preamble line with its bracketed fields and `[auth-mgr]` … `Session Start event called from SANET-SHIM`) and a Catalyst 9300 SZTP lab note (`show logging process … internal` with the same preamble), both found with find_string; the `[errmsg]` line carrying %CLIENT_ORCH_LOG from memory",
		why:    "a preamble line whose time carries the zone in parentheses and whose host is `Hostname: [h]`, a blank line after it; look-back and chassis lines with no time; btrace levels in parentheses (note is notice, ERR error); a MAC, a BSSID and an AP name in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:45:02Z", Unknown, "wlc9800-b2",
				"Logging display requested on 2026/11/29 07:45:02 (UTC) for Hostname: [wlc9800-b2], Model: [C9800-40-K9        ], Version: [17.12.04], SN: [FOX2611P0QA], MD_SN: [FOX2611P0QA]",
				""),
			we("", Unknown, "", "Displaying logs from the last 0 days, 0 hours, 10 minutes, 0 seconds"),
			we("", Unknown, "", "executing cmd on chassis: 1; rp slot: 0;  location: local ...", ""),
			we("2026-11-29T07:41:16.412349416Z", Notice, "", "2026/11/29 07:41:16.412349416 {wncd_x_R0-2}{1}: [client-orch-sm] [18811]: (note): MAC: 3c22.fb41.079a  Association received. BSSID 04d5.905e.c12a, WLAN corp-ssid, Slot 1 AP 04d5.905e.c120, AP-B2-Floor3"),
			we("2026-11-29T07:41:16.415022871Z", Info, "", "2026/11/29 07:41:16.415022871 {wncd_x_R0-2}{1}: [auth-mgr] [18811]: (info): [3c22.fb41.079a:capwap_90000012] Session Start event called from SANET-SHIM, vlan: 0"),
			we("2026-11-29T07:41:16.603318094Z", Notice, "", "2026/11/29 07:41:16.603318094 {wncd_x_R0-2}{1}: [errmsg] [18811]: (note): %CLIENT_ORCH_LOG-6-CLIENT_ADDED_TO_RUN_STATE: Username entry (ana.ruiz) joined with ssid (corp-ssid) for device with MAC: 3c22.fb41.079a on channel (36)"),
			we("2026-11-29T07:42:40.118772013Z", Error, "", "2026/11/29 07:42:40.118772013 {wncd_x_R0-2}{1}: [dot1x] [18811]: (ERR): MAC: a483.e752.19c4  EAPOL key M2 MIC validation failed, sending deauth"),
		},
	},
	{
		name:   "fortigate-wlac-sta-filter-debug-console",
		source: "FortiGate (FortiOS 7.x) wireless controller debug for one station on the console: `diagnose wireless-controller wlac sta_filter <mac> 1` then `diagnose debug enable`, each line `seconds.millis <tag> text` with the cw_acd tags `<ih>` (802.11 frames, `IEEE 802.11 mgmt::assoc_req <== sta vap ssid rId wId bssid`), `<cc>` (CAPWAP station config `STA_CFG_REQ(n) sta … ==> ws (0-ip:5246)`) and `<eh>` (EAPOL and the 4-way handshake): from memory of Fortinet's wireless troubleshooting articles; the `mgmt::assoc_req` naming as in hostapd's ieee802_11.c (found with find_string)",
		why:    "the leading number is seconds since the controller booted, no clock and no epoch; no level; the station MAC, BSSID and the AP's CAPWAP address are no hosts; the command lines are not scored",
		entries: []worldEntry{
			wskip("FGT-HQ # diagnose wireless-controller wlac sta_filter 3c:22:fb:41:07:9a 1",
				"Set filter sta 3c:22:fb:41:07:9a level 1",
				"FGT-HQ # diagnose debug enable"),
			we("", Unknown, "", "64012.318 <ih> IEEE 802.11 mgmt::auth <== 3c:22:fb:41:07:9a vap corp-ssid rId 1 wId 0 04:d5:90:5e:c1:2a"),
			we("", Unknown, "", "64012.319 <ih> IEEE 802.11 mgmt::auth_resp ==> 3c:22:fb:41:07:9a vap corp-ssid rId 1 wId 0 04:d5:90:5e:c1:2a"),
			we("", Unknown, "", "64012.322 <ih> IEEE 802.11 mgmt::assoc_req <== 3c:22:fb:41:07:9a vap corp-ssid rId 1 wId 0 04:d5:90:5e:c1:2a"),
			we("", Unknown, "", "64012.324 <cc> STA_CFG_REQ(41) sta 3c:22:fb:41:07:9a add ==> ws (0-10.20.1.14:5246) rId 1 wId 0"),
			we("", Unknown, "", "64012.327 <ih> IEEE 802.11 mgmt::assoc_resp ==> 3c:22:fb:41:07:9a vap corp-ssid rId 1 wId 0 04:d5:90:5e:c1:2a resp 0"),
			we("", Unknown, "", "64012.331 <eh> send 1/4 msg of 4-Way Handshake"),
			we("", Unknown, "", "64012.349 <eh> recv 2/4 msg of 4-Way Handshake"),
		},
	},
	{
		name:   "mist-api-client-events-search-jq",
		source: "Juniper Mist's API `GET /api/v1/sites/:site_id/clients/events/search` written one event a line with `jq -c '.results[]'` (type, a float epoch `timestamp`, mac, ap, band, channel, ssid, wlan_id, proto, text, org_id, site_id): the Mist OpenAPI description 'Sites Clients - Wireless' (api-evangelist/mist-ai mirror of tmunzer/Mist-OAS3.0); the event keys from memory",
		why:    "the only time is epoch seconds with milliseconds in `timestamp`; no level (the event type is no level); the ap key is an AP's MAC id, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "", `{"type":"CLIENT_AUTHENTICATED","timestamp":1795938076.412,"mac":"3c22fb41079a","ap":"5c5b35d0e1f2","band":"5","channel":36,"ssid":"corp-ssid","wlan_id":"9e1f4c2a-7b3d-4e8a-a5c1-2d6f0b9e3a71","proto":"ax","text":"","org_id":"c41d7a90-2e3f-4b58-9a1c-6e0d8f2b4a15","site_id":"1a6e9d02-7c4b-4f13-8e5a-3b2c0d9f7e64"}`),
			we("2026-11-29T07:41:16.601Z", Unknown, "", `{"type":"CLIENT_IP_ASSIGNED","timestamp":1795938076.601,"mac":"3c22fb41079a","ap":"5c5b35d0e1f2","band":"5","channel":36,"ssid":"corp-ssid","wlan_id":"9e1f4c2a-7b3d-4e8a-a5c1-2d6f0b9e3a71","proto":"ax","text":"IP 10.44.12.87 assigned","org_id":"c41d7a90-2e3f-4b58-9a1c-6e0d8f2b4a15","site_id":"1a6e9d02-7c4b-4f13-8e5a-3b2c0d9f7e64"}`),
			we("2026-11-29T07:52:03.077Z", Unknown, "", `{"type":"CLIENT_AUTH_FAILURE","timestamp":1795938723.077,"mac":"a483e75219c4","ap":"5c5b35d0e2a8","band":"24","channel":6,"ssid":"corp-ssid","wlan_id":"9e1f4c2a-7b3d-4e8a-a5c1-2d6f0b9e3a71","proto":"n","text":"802.1X authentication failed: RADIUS server rejected","org_id":"c41d7a90-2e3f-4b58-9a1c-6e0d8f2b4a15","site_id":"1a6e9d02-7c4b-4f13-8e5a-3b2c0d9f7e64"}`),
			we("2026-11-29T08:10:45.930Z", Unknown, "", `{"type":"CLIENT_DEAUTHENTICATED","timestamp":1795939845.93,"mac":"3c22fb41079a","ap":"5c5b35d0e1f2","band":"5","channel":36,"ssid":"corp-ssid","wlan_id":"9e1f4c2a-7b3d-4e8a-a5c1-2d6f0b9e3a71","proto":"ax","text":"reason 3: STA is leaving","org_id":"c41d7a90-2e3f-4b58-9a1c-6e0d8f2b4a15","site_id":"1a6e9d02-7c4b-4f13-8e5a-3b2c0d9f7e64"}`),
		},
	},
	{
		name:   "cisco-aireos-show-ap-eventlog",
		source: "AireOS 8.x `show ap eventlog <ap-name>` (the controller pulls the IOS-based AP's event log: `AP event log download has been initiated`, `Waiting for download to complete`, `AP event log download completed.`, a `=== AP Event log Contents ===` banner, then `*Mmm dd HH:mm:ss.mmm: %FAC-N-MNEMONIC: text`, the lines before the join with the AP's unset `*Mar  1` clock): from memory of Cisco's AP join troubleshooting documents",
		why:    "preamble and banner lines carry nothing; a yearless IOS stamp with a star; the severity digit in %FAC-N-; `*Mar  1 00:00:09.215` is the AP's clock before it was set, read as written; the controller address is a peer",
		entries: []worldEntry{
			wskip("(Cisco Controller) >show ap eventlog AP-Lobby-2", ""),
			we("", Unknown, "", "AP event log download has been initiated"),
			we("", Unknown, "", "Waiting for download to complete"),
			we("", Unknown, "", "AP event log download completed."),
			we("", Unknown, "", "======================= AP Event log Contents ====================="),
			we("2026-03-01T00:00:09.215Z", Error, "", "*Mar  1 00:00:09.215: %LINK-3-UPDOWN: Interface GigabitEthernet0, changed state to up"),
			we("2026-03-01T00:00:21.873Z", Error, "", "*Mar  1 00:00:21.873: %CAPWAP-3-ERRORLOG: Go join a capwap controller"),
			we("2026-11-29T07:41:16.004Z", Notice, "", "*Nov 29 07:41:16.004: %CAPWAP-5-CHANGED: CAPWAP changed state to JOIN"),
			we("2026-11-29T07:41:16.522Z", Notice, "", "*Nov 29 07:41:16.522: %CAPWAP-5-CHANGED: CAPWAP changed state to CONFIG"),
			we("2026-11-29T07:41:19.310Z", Notice, "", "*Nov 29 07:41:19.310: %LINEPROTO-5-UPDOWN: Line protocol on Interface Dot11Radio1, changed state to up"),
			we("2026-11-29T07:43:02.118Z", Warn, "", "*Nov 29 07:43:02.118: %DTLS-4-BAD_CERT: Certificate verification failed. Peer IP: 10.20.0.9"),
		},
	},
	{
		name:   "arubaos8-show-ap-debug-mgmt-frames",
		source: "ArubaOS 8 controller `show ap debug mgmt-frames ap-name <ap>` (a `Traced 802.11 Management Frames` title, a column header `Timestamp stype SA DA BSS signal Misc` with dashes, then one row a frame, newest first: `Mmm dd HH:mm:ss.mmm  stype  SA  DA  BSS  signal  misc`): from memory of Aruba's AOS 8 CLI reference and client troubleshooting threads",
		why:    "a titled table whose rows start with a yearless time with milliseconds; no level; the MAC columns are stations and BSSIDs, no host; the title and header are not scored",
		entries: []worldEntry{
			wskip("(mc-b2) #show ap debug mgmt-frames ap-name AP-B2-315",
				"",
				"Traced 802.11 Management Frames",
				"-------------------------------",
				"Timestamp            stype          SA                 DA                 BSS                signal  Misc",
				"---------            -----          --                 --                 ---                ------  ----"),
			we("2026-11-29T07:41:16.118Z", Unknown, "", "Nov 29 07:41:16.118  assoc-resp     40:e3:d6:a1:b2:c1  3c:22:fb:41:07:9a  40:e3:d6:a1:b2:c1  15      Success"),
			we("2026-11-29T07:41:16.104Z", Unknown, "", "Nov 29 07:41:16.104  assoc-req      3c:22:fb:41:07:9a  40:e3:d6:a1:b2:c1  40:e3:d6:a1:b2:c1  0       -"),
			we("2026-11-29T07:41:16.097Z", Unknown, "", "Nov 29 07:41:16.097  auth           40:e3:d6:a1:b2:c1  3c:22:fb:41:07:9a  40:e3:d6:a1:b2:c1  15      seq num 0"),
			we("2026-11-29T07:40:58.611Z", Unknown, "", "Nov 29 07:40:58.611  deauth         40:e3:d6:a1:b2:c1  3c:22:fb:41:07:9a  40:e3:d6:a1:b2:c1  15      Unspecified Failure"),
		},
	},
	{
		name:   "meraki-dashboard-wireless-event-log-csv",
		gap:    "trawl reads the CSV's yearless time but no host: the `Access point` column named in the header row is not read as the host",
		source: "the Meraki Dashboard's Network-wide > Event log for wireless, downloaded as CSV (a header row `Time (UTC),Event type,Client,Access point,SSID,Details`, then one event a row, the time as the Dashboard shows it `Mmm dd HH:mm:ss` with no year, details quoted when they hold commas): from memory",
		why:    "a yearless time in the first CSV column; no level (the event type is no level); the access point column names the device that logged the event; the client column is a client",
		entries: []worldEntry{
			wskip("Time (UTC),Event type,Client,Access point,SSID,Details"),
			we("2026-11-29T07:41:16Z", Unknown, "MR46-Lobby", `Nov 29 07:41:16,802.11 association,Pixel-8-ana,MR46-Lobby,corp-ssid,"channel: 36, rssi: 41"`),
			we("2026-11-29T07:41:17Z", Unknown, "MR46-Lobby", `Nov 29 07:41:17,WPA authentication,Pixel-8-ana,MR46-Lobby,corp-ssid,"identity: ana.ruiz@example.org, radius_proto: ipv4"`),
			we("2026-11-29T07:52:03Z", Unknown, "MR36-Hall", `Nov 29 07:52:03,802.1X authentication failure,a4:83:e7:52:19:c4,MR36-Hall,corp-ssid,"reason: 802.1X auth fail, radius: 10.20.0.31"`),
			we("2026-11-29T08:10:45Z", Unknown, "MR46-Lobby", `Nov 29 08:10:45,802.11 disassociation,Pixel-8-ana,MR46-Lobby,corp-ssid,"reason: 8, duration: 1769.4"`),
		},
	},
	{
		name:   "openwrt-hostapd-ubus-subscribe",
		source: "OpenWrt's hostapd ubus notifications read with `ubus subscribe hostapd.phy0-ap0` (ubus cli prints each as `{ \"method\": {json} }`; hostapd notifies probe, auth, assoc and disassoc with address, target, signal and freq, as usteer and DAWN consume them): from memory of OpenWrt's ubus cli and hostapd's ubus.c",
		why:    "no time, no level and no host: the signal (-71) and freq (5180) numbers are no times; the station address is a client, the target the AP's BSSID",
		entries: []worldEntry{
			we("", Unknown, "", `{ "probe": {"address":"3c:22:fb:41:07:9a","target":"94:83:c4:1a:2b:3d","signal":-71,"freq":5180} }`),
			we("", Unknown, "", `{ "auth": {"address":"3c:22:fb:41:07:9a","target":"94:83:c4:1a:2b:3d","signal":-69,"freq":5180} }`),
			we("", Unknown, "", `{ "assoc": {"address":"3c:22:fb:41:07:9a","target":"94:83:c4:1a:2b:3d","signal":-69,"freq":5180} }`),
			we("", Unknown, "", `{ "disassoc": {"address":"3c:22:fb:41:07:9a"} }`),
		},
	},
}

func TestFresh372Formats(t *testing.T) { assertTable(t, fresh372Cases) }
func TestFresh372Score(t *testing.T) {
	checkScore(t, "fresh372 formats", fresh372Cases, [worldNumFields]float64{99.9, 97.9, 83.6, 99.9})
}
