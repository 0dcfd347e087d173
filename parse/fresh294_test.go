package parse

import "testing"

// The two-hundred-and-ninety-fourth fresh table, written on 2026-12-06: wireless networks'
// controllers and access points, in shapes no earlier table holds. Each family is one product's
// documented or observed output: ArubaOS 8's `show auth-tracebuf` (a titled table of yearless
// 802.1X and WPA2 key-exchange events); a UniFi access point's remote syslog from its stahtd daemon
// (`stahtd: stahtd[pid]: [STA-TRACKER].stahtd_dump_event(): {JSON}` behind the AP's
// `mac,model-firmware:` tag); OpenWISP's config agent on OpenWrt read with `logread`; MikroTik
// CAPsMAN's client lines in RouterOS 7's `/log print follow-only` (time of day only, the follow
// separator and the Ctrl-C line); hostapd on a Raspberry Pi access point in
// `journalctl -u hostapd -o short-monotonic` (time since boot and a boot separator); TP-Link Omada's
// controller syslog as rsyslog's high-precision file keeps it (rsyslog's RFC 3339 time with an
// offset, then the controller's own zone-less local time, `Controller - - -` and an escaped #015);
// the Meraki Dashboard API's wireless client connectivity events written out with jq; a Catalyst
// 9800 controller's own `show logging` buffer (IOS XE's preamble, then the wireless syslogs with
// `Chassis 1 R0/0: wncd:`); wpa_supplicant running an 802.11s mesh backhaul on a Linux AP in
// `journalctl -o short-iso` (an offset without a colon).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitively (`wlc`, `9800`, `aireos`, `catalyst`, `aruba`, `stm\[`, `AOS-8`,
// `ArubaOS`, `instant`, `ruckus`, `smartzone`, `unleashed`, `unifi`, `ubnt`, `hostapd`,
// `wpa_supplicant`, `openwisp`, `capsman`, `mikrotik`, `omada`, `tp-link`, `tplink`, `meraki`,
// `mist`, `cambium`, `fortiap`, `wlan`, `AP-STA-CONNECTED`, `CTRL-EVENT`, `WPA: `, `IEEE 802.11`,
// `%APMGR`, `%CAPWAP`, `DOT11`, `apfMsConn`, `wireless`, `cnMaestro`, `EnGenius`, `openwrt`,
// `netgear`, `iwd`, `stahtd`, `STA-TRACKER`, `dns_resp_seen`, `auth_ts`, `U6-Lite`,
// `auth-tracebuf`, `tracebuf`, `station-up`, `wpa2-key`, `eap-id-req`, `rad-accept`,
// `mgmt-frames`, `caps,info`, `caps,`, `@cap`, `@cap-`, `wifiwave2`, `wireless,info`,
// `follow-only`, `Ctrl-C to quit`, `= = = =`, `roamed to`, `signal strength -`, `short-monotonic`,
// `short-iso`, `Boot `, `AP-ENABLED`, `UNINITIALIZED->ENABLED`, `mesh0`, `MESH-PEER`,
// `MESH-GROUP`, `mesh plink`, `EAP245`, `EAP6`, `Omada Controller`, `Controller - - -`,
// `[client:`, `#015`, `is roaming from`, `logged in to the controller`, `Event type`,
// `Time (UTC)`, `connectivityEvents`, `durationMs`, `includedSeverities`, `"subtype":"assoc"`,
// `occurredAt`, `deviceSerial`, `clients/events`, `AP_RESTARTED`, `CLIENT_AUTH`, `CLIENT_ORCH`,
// `wncd`, `Chassis 1 R0/0`, `R0/0:`, `AP_JOIN_DISJOIN`, `CAPWAPAC`, `EXCLUSION`, `Log Buffer (`,
// `rfc5424`, `syslog-format`, `eventd_to_syslog`, `@@`, `logread`, `daemon.info openwisp`,
// `openwisp-monitoring`, `kernel: [*`, `show log`, `show logging`).
// ArubaOS 8 is in fresh3 (syslog), fresh23 (`show log`), fresh69 (Instant's `show log system`)
// and fresh133 (rsyslog taking the year for the host); `show auth-tracebuf` is in none. UniFi APs
// are in fresh3 (remote syslog with hostapd lines) and fresh128 (/var/log/messages); stahtd's
// STA-TRACKER JSON is in none. OpenWISP is in none (OpenWrt's logread is fresh142's, for hostapd).
// MikroTik's `/log print` is in fresh6 and fresh87, its remote, ISO and REST forms in holdout,
// fresh54, fresh69 and fresh281; CAPsMAN's client lines and the follow mode's separator and Ctrl-C
// line are in none. hostapd is in fresh2, fresh114 and fresh142 (syslog, -t debug, CLI events,
// logread); the journal's short-monotonic form in none. Omada's controller is in fresh10
// (server.log) and fresh162 (docker logs); its syslog in none. Meraki's syslog, webhooks and the
// network events API are in fresh2, fresh43, fresh154 and fresh190; the wireless connectivity
// events API in none. The 9800 is in fresh21 (through rsyslog) and fresh28 (btrace); its own
// `show logging` buffer in none. wpa_supplicant is in holdout, fresh71 and fresh266; mesh mode in
// the journal in none. Left out as measured already: AireOS (syslog, debug client, show logging,
// msglog and traplog in fresh3, fresh48, fresh54, fresh114 and fresh169), Ruckus SmartZone,
// ZoneDirector and Unleashed (fresh6, fresh48, fresh75, fresh138), Juniper Mist's AP syslog and
// webhooks (fresh116, fresh154), Cambium, FortiAP, WiNG, Huawei and Zyxel controllers. The table
// holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The auth trace buffer's and the UniFi AP's `Mmm dd HH:mm:ss` have no year
// (2026); CAPsMAN's bare time of day is on the clock's day; logread's `Www Mmm dd HH:mm:ss yyyy`
// and the 9800's yearless msec stamp carry no zone and are UTC, Meraki's occurredAt is in Z; the
// journal's short-iso offset +0100 is converted; short-monotonic's `[ seconds.micros]` is time
// since boot, no clock, so those records have no time. Omada's line carries two versions of its
// own time: rsyslog's, with +01:00, and the controller's own `yyyy-MM-dd HH:mm:ss` in its local
// zone (-08:00) with no zone written, which is taken as UTC, so either is accepted. Levels only
// where the line marks one: the PRI of the UniFi AP's syslog, logread's facility.severity,
// RouterOS' severity topic, Meraki's severity key (info, warn), the 9800's digit in
// %FAC-SEV-MNEMONIC; the trace buffer, the journal's short forms and Omada's file carry none
// (rad-reject, `soft failure`, `was wrong` are message text). The host is the record's host field:
// the UniFi AP's name, the journal's host, rsyslog's host column for Omada; the BSSIDs, RADIUS
// servers, CAP interfaces, AP names inside Omada's brackets, Meraki's deviceSerial and the 9800's
// `Chassis 1 R0/0` are no hosts, and logread, RouterOS' terminal and a `show` buffer have none. The
// header of the trace buffer, the RouterOS prompt, the follow separator, the Ctrl-C line, the
// journal's boot separator and the IOS XE preamble are fed but not scored; each is no part of the
// record before it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 819d65e before any rule for it: level 100.0 %, time 100.0 %, host 77.8 %, records 95.6 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 71.7 %, records 96.7 %), in a
// worktree at 819d65e with no change to trawl's code (only this file and table_test.go's list), 6 of
// 9 families fully right; the gaps are the event column of ArubaOS' auth trace buffer taken for a
// host, RouterOS' follow separator and Ctrl-C line joined to the line above, and the host of
// Omada's syslog in rsyslog's file.

var fresh294Cases = []worldCase{
	{
		name:   "arubaos8-show-auth-tracebuf",
		gap:    "trawl takes the event name in the column after the yearless time (`station-up`, `eap-id-req`, `rad-accept`, `wpa2-key1`) for a syslog host: a `show auth-tracebuf` row `Mmm dd HH:mm:ss  event  dir  sta  bssid …` has no host field",
		source: "ArubaOS 8 mobility controller CLI `show auth-tracebuf [mac …]` (a `Auth Trace Buffer` title and dashes, then `Mmm dd HH:mm:ss  event  direction  station-mac  bssid  id/vlan  length  extra` columns: station-up, eap-id-req/resp, rad-req/accept/reject with the server after the BSSID, eap-success, wpa2-key1..4, station-data-ready with the VLAN): Aruba community article 'What do the different numbers mean in the show auth-tracebuf command output?' (ArubaOS 3.1 and later); the EAP and key rows from exam material quoting the command; the column spacing from memory",
		why:    "a yearless time with two spaces after it and no level; the arrows and asterisks are directions; the station, the BSSID and the RADIUS server named after a slash are peers, not the host; the numbers after them are ids, VLANs and lengths, no times",
		entries: []worldEntry{
			wskip("Auth Trace Buffer", "-----------------", "", ""),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16  station-up             *  3c:22:fb:41:22:07  d8:c7:c8:aa:bb:c1      -    -    wpa2 8021x aes"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16  eap-id-req            <-  3c:22:fb:41:22:07  d8:c7:c8:aa:bb:c1      1    5"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16  eap-id-resp           ->  3c:22:fb:41:22:07  d8:c7:c8:aa:bb:c1      1    14   alice"),
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16  rad-req               ->  3c:22:fb:41:22:07  d8:c7:c8:aa:bb:c1      37   223  10.20.0.40"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Nov 29 07:41:17  rad-accept            <-  3c:22:fb:41:22:07  d8:c7:c8:aa:bb:c1/cppm-01  37   311"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Nov 29 07:41:17  eap-success           <-  3c:22:fb:41:22:07  d8:c7:c8:aa:bb:c1      6    4"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Nov 29 07:41:17  wpa2-key1             <-  3c:22:fb:41:22:07  d8:c7:c8:aa:bb:c1      -    117"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Nov 29 07:41:17  wpa2-key4             ->  3c:22:fb:41:22:07  d8:c7:c8:aa:bb:c1      -    95"),
			we("2026-11-29T07:41:17Z", Unknown, "", "Nov 29 07:41:17  station-data-ready    *   3c:22:fb:41:22:07  00:00:00:00:00:00      120  -"),
			we("2026-11-29T07:43:02Z", Unknown, "", "Nov 29 07:43:02  rad-reject            <-  5e:91:0a:12:34:56  d8:c7:c8:aa:bb:c1/cppm-01  38   44"),
		},
	},
	{
		name:   "unifi-ap-stahtd-sta-tracker-syslog",
		source: "a UniFi access point's remote syslog from stahtd, the station tracker (`<PRI>Mmm dd HH:mm:ss ap-name mac,model-firmware: stahtd: stahtd[pid]: [STA-TRACKER].stahtd_dump_event(): {\"message_type\":\"STA_ASSOC_TRACKER\",\"mac\":…,\"vap\":…,\"event_type\":…,\"assoc_status\":…,\"event_id\":…,\"auth_ts\":…,\"dns_resp_seen\":…}`, the tag written twice): home-assistant/core issue #64997 (a syslog server's export of a U6-Lite's stahtd lines); the header as in fresh3's UniFi AP syslog (philhagen/sof-elk issue #408); the other JSON keys from memory",
		why:    "the AP's name is the host; the PRI's severity is the level, and `soft failure` inside the JSON is none; the station MAC, the vap and auth_ts (seconds since the AP booted) are no host and no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "U6-Lite-Hall", `<14>Nov 29 07:41:16 U6-Lite-Hall 7845584b41a2,U6-Lite-6.6.77+15402: stahtd: stahtd[2965]: [STA-TRACKER].stahtd_dump_event(): {"message_type":"STA_ASSOC_TRACKER","mac":"3c:22:fb:41:22:07","vap":"rai1","event_type":"fixup","assoc_status":"0","event_id":"1","auth_ts":"0.0","dns_resp_seen":"yes"}`),
			we("2026-11-29T07:41:22Z", Info, "U6-Lite-Hall", `<14>Nov 29 07:41:22 U6-Lite-Hall 7845584b41a2,U6-Lite-6.6.77+15402: stahtd: stahtd[2965]: [STA-TRACKER].stahtd_dump_event(): {"message_type":"STA_ASSOC_TRACKER","mac":"5e:91:0a:12:34:56","vap":"ra0","event_type":"soft failure","assoc_status":"0","event_id":"2","auth_ts":"4412.861902","auth_failures":"1","arp_reply_gw_seen":"no","dns_resp_seen":"no"}`),
			we("2026-11-29T07:41:23Z", Info, "U6-Lite-Hall", "<14>Nov 29 07:41:23 U6-Lite-Hall 7845584b41a2,U6-Lite-6.6.77+15402: hostapd: ra0: STA 5e:91:0a:12:34:56 IEEE 802.11: disassociated"),
			we("2026-11-29T07:42:05Z", Info, "U6-Lite-Hall", `<14>Nov 29 07:42:05 U6-Lite-Hall 7845584b41a2,U6-Lite-6.6.77+15402: stahtd: stahtd[2965]: [STA-TRACKER].stahtd_dump_event(): {"message_type":"STA_ASSOC_TRACKER","mac":"f2:4c:1a:22:07:9b","vap":"rai1","event_type":"fixup","assoc_status":"0","event_id":"1","auth_ts":"0.0","dns_resp_seen":"yes"}`),
		},
	},
	{
		name:   "openwisp-config-agent-logread",
		source: "OpenWISP's config agent (openwisp-config) on OpenWrt, read with `logread` as its debugging page says (`Www Mmm d HH:mm:ss yyyy facility.severity openwisp: msg`, the agent's `logger -t openwisp -p daemon.info|daemon.err` calls, crond starting openwisp-monitoring): openwisp/openwisp-config docs/user/debugging.rst and openwisp.agent; openwisp-config PR #229 and issue #145 (its logger calls); a GSoC README pasting `logread -f` with the agent's outdated/downloading/applying lines; the error message from memory",
		why:    "logread's weekday, date and year after the time of day; daemon.info and daemon.err are the level; no host field on logread's lines; crond's pid and the job's pid are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "Sun Nov 29 07:41:16 2026 daemon.info openwisp: Local configuration outdated"),
			we("2026-11-29T07:41:16Z", Info, "", "Sun Nov 29 07:41:16 2026 daemon.info openwisp: Downloading configuration from controller..."),
			we("2026-11-29T07:41:17Z", Info, "", "Sun Nov 29 07:41:17 2026 daemon.info openwisp: Configuration downloaded, now applying it..."),
			we("2026-11-29T07:41:22Z", Info, "", "Sun Nov 29 07:41:22 2026 daemon.info openwisp: OpenWISP config agent stopping"),
			we("2026-11-29T07:41:22Z", Info, "", "Sun Nov 29 07:41:22 2026 daemon.info openwisp: OpenWISP config agent started"),
			we("2026-11-29T07:45:00Z", Info, "", "Sun Nov 29 07:45:00 2026 cron.info crond[1501]: USER root pid 14122 cmd /usr/sbin/openwisp-monitoring"),
			we("2026-11-29T07:47:13Z", Error, "", "Sun Nov 29 07:47:13 2026 daemon.err openwisp: Failed to connect to controller during checksum download: curl exit code 7"),
		},
	},
	{
		name:   "mikrotik-capsman-log-print-follow",
		gap:    "the follow mode's `= = = …` separator and the closing `-- Ctrl-C to quit.` line are joined to the timed line above them as continuation lines instead of standing apart from the record",
		source: "MikroTik RouterOS 7 CAPsMAN (wifi package) in a terminal: `/log print follow-only where topics~\"wireless\"` after the prompt (today's entries with the time of day only, the topics with the severity, `MAC@interface(SSID) connected|roamed to …|disconnected, reason, signal strength -n`), a `= = = …` separator where the space bar was pressed, `-- Ctrl-C to quit.` at the end: MikroTik manual 'Log' (print follow, the separator, the Ctrl-C line); jomjol/AI-on-the-edge-device issue #3059 and 2GT-Media-Group-LLC/mikrotik-manager issue #105 (CAPsMAN's client lines)",
		why:    "a bare time of day is on the clock's day; `wireless,info` carries the severity; the client MAC and the CAP interface after @ are no host; the signal strength is no time; the prompt, the separator and the Ctrl-C line belong to no record",
		entries: []worldEntry{
			wskip(`[netops@capsman-hq] > /log print follow-only where topics~"wireless"`),
			we("2026-11-29T07:41:16Z", Info, "", "07:41:16 wireless,info 3C:22:FB:41:22:07@cap-lobby-5g(corp) connected, signal strength -61"),
			we("2026-11-29T07:41:58Z", Info, "", "07:41:58 wireless,info 3C:22:FB:41:22:07@cap-lobby-5g(corp) roamed to 3C:22:FB:41:22:07@cap-hall-5g(corp), signal strength -58"),
			wskip("= = = = = = = = = = = = = = = = = = = = = = = = = = ="),
			we("2026-11-29T07:43:10Z", Info, "", "07:43:10 wireless,info 5E:91:0A:12:34:56@cap-hall-2g(guest) disconnected, connection lost, signal strength -83"),
			we("2026-11-29T07:43:12Z", Info, "", "07:43:12 wireless,info 5E:91:0A:12:34:56@cap-hall-2g(guest) connected, signal strength -79"),
			we("2026-11-29T07:44:01Z", Info, "", "07:44:01 wireless,info F2:4C:1A:22:07:9B@cap-office-5g(corp) disconnected, 4-way handshake timeout, signal strength -70"),
			wskip("-- Ctrl-C to quit."),
		},
	},
	{
		name:   "hostapd-journal-short-monotonic",
		source: "hostapd on a Raspberry Pi access point read with `journalctl -u hostapd -o short-monotonic` (`[ seconds.micros] host hostapd[pid]: iface: msg`, the time since boot; `-- Boot id --` between two boots): journalctl(1) output modes; hostapd's interface-state, AP-ENABLED, STA and AP-STA-CONNECTED lines as in iiab/iiab issue #2696; the interface-state lines from memory",
		why:    "the bracketed number is time since boot, no clock: no record has a time; the host after it is the host; the boot separator is no record; no level in this output mode",
		entries: []worldEntry{
			we("", Unknown, "rpi-ap", "[   14.204118] rpi-ap hostapd[611]: wlan0: interface state UNINITIALIZED->ENABLED"),
			we("", Unknown, "rpi-ap", "[   14.204533] rpi-ap hostapd[611]: wlan0: AP-ENABLED"),
			we("", Unknown, "rpi-ap", "[ 4412.812004] rpi-ap hostapd[611]: wlan0: STA 3c:22:fb:41:22:07 IEEE 802.11: associated (aid 1)"),
			we("", Unknown, "rpi-ap", "[ 4412.861775] rpi-ap hostapd[611]: wlan0: AP-STA-CONNECTED 3c:22:fb:41:22:07"),
			we("", Unknown, "rpi-ap", "[ 4412.862011] rpi-ap hostapd[611]: wlan0: STA 3c:22:fb:41:22:07 WPA: pairwise key handshake completed (RSN)"),
			wskip("-- Boot 7d1c3e9a5b2f4c8e9a0d1b2c3d4e5f60 --"),
			we("", Unknown, "rpi-ap", "[   13.990215] rpi-ap hostapd[598]: wlan0: interface state UNINITIALIZED->COUNTRY_UPDATE"),
			we("", Unknown, "rpi-ap", "[   15.120447] rpi-ap hostapd[598]: wlan0: interface state COUNTRY_UPDATE->ENABLED"),
		},
	},
	{
		name:   "omada-controller-syslog-rsyslog-precise",
		source: "TP-Link Omada controller's remote syslog as rsyslog's high-precision file keeps it (`yyyy-MM-ddTHH:mm:ss.uuuuuu±hh:mm host  yyyy-MM-dd HH:mm:ss Controller - - - msg`: two spaces after the host, the controller's own local time with no zone, client, AP, DHCP, login and operation events, a carriage return escaped as #015): calebyourison/simple_template_log_parser templates/omada_templates.py and test/sample_log_files/omada_sample_log.log",
		why:    "rsyslog's time with +01:00 and the controller's zone-less local time (8 hours behind) are two versions of the record's time; rsyslog's host column is the host; the AP names and MACs in brackets are peers; no level; #015 is an escaped CR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204311Z|2026-11-28T23:41:15Z", Unknown, "omada-ctl", `2026-11-29T08:41:16.204311+01:00 omada-ctl  2026-11-28 23:41:15 Controller - - - [client:pixel-8:3C-22-FB-41-22-07] is connected to [ap:AP-Lobby:0C-EF-15-AA-BB-01] with SSID "corp" on channel 36.`),
			we("2026-11-29T07:42:03.51884Z|2026-11-28T23:42:02Z", Unknown, "omada-ctl", "2026-11-29T08:42:03.518840+01:00 omada-ctl  2026-11-28 23:42:02 Controller - - - [client:pixel-8:3C-22-FB-41-22-07] is roaming from [ap:AP-Lobby:0C-EF-15-AA-BB-01][Channel 36] to [ap:AP-Hall:0C-EF-15-AA-BB-02][channel 149] with SSID corp"),
			we("2026-11-29T07:44:27.009115Z|2026-11-28T23:44:26Z", Unknown, "omada-ctl", `2026-11-29T08:44:27.009115+01:00 omada-ctl  2026-11-28 23:44:26 Controller - - - [client:5E-91-0A-12-34-56:5E-91-0A-12-34-56] failed to connect to [ap:AP-Hall:0C-EF-15-AA-BB-02] with SSID "guest" on channel 6 because the password was wrong.(3 times in the last minute)`),
			we("2026-11-29T07:45:10.771902Z|2026-11-28T23:45:09Z", Unknown, "omada-ctl", "2026-11-29T08:45:10.771902+01:00 omada-ctl  2026-11-28 23:45:09 Controller - - - [ap:AP-Hall:0C-EF-15-AA-BB-02] was disconnected."),
			we("2026-11-29T07:45:12.330457Z|2026-11-28T23:45:11Z", Unknown, "omada-ctl", "2026-11-29T08:45:12.330457+01:00 omada-ctl  2026-11-28 23:45:11 Controller - - - DHCP Server allocated IP address 10.20.7.44 for the client[MAC: 5e-91-0a-12-34-56].#015"),
			we("2026-11-29T07:50:00.118224Z|2026-11-28T23:49:58Z", Unknown, "omada-ctl", "2026-11-29T08:50:00.118224+01:00 omada-ctl  2026-11-28 23:49:58 Controller - - - netadmin logged in to the controller from 10.20.0.5."),
			we("2026-11-29T07:51:37.902551Z|2026-11-28T23:51:36Z", Unknown, "omada-ctl", `2026-11-29T08:51:37.902551+01:00 omada-ctl  2026-11-28 23:51:36 Controller - - - {"details":{},"operation":"Selected logs deleted successfully in Global View."}`),
		},
	},
	{
		name:   "meraki-api-wireless-connectivity-events-jq",
		source: "Cisco Meraki Dashboard API GET /networks/{networkId}/wireless/clients/{clientId}/connectivityEvents (getNetworkWirelessClientConnectivityEvents: an array of {occurredAt, deviceSerial, band, ssidNumber, type, subtype, severity, durationMs, channel, rssi, eventData}; types assoc, disassoc, auth, deauth, dns, dhcp, roam, connection, sticky; severities good, info, warn, bad) written out with `jq -c '.[]'`: the Meraki API v1 reference page and the SDKs' includedSeverities documentation; the subtype values from memory",
		why:    "one event a line; occurredAt is the time; severity is the level (info, warn); the AP's serial number is no host name; durationMs, rssi and channel are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.09021Z", Info, "", `{"occurredAt":"2026-11-29T07:41:16.090210Z","deviceSerial":"Q3AB-7C2D-9E4F","band":5,"ssidNumber":0,"type":"assoc","subtype":"assoc","severity":"info","durationMs":12,"channel":44,"rssi":41,"eventData":{"clientIp":"0.0.0.0"}}`),
			we("2026-11-29T07:41:16.231877Z", Info, "", `{"occurredAt":"2026-11-29T07:41:16.231877Z","deviceSerial":"Q3AB-7C2D-9E4F","band":5,"ssidNumber":0,"type":"auth","subtype":"8021x_eap_success","severity":"info","durationMs":141,"channel":44,"rssi":41,"eventData":{"identity":"alice"}}`),
			we("2026-11-29T07:41:16.512004Z", Info, "", `{"occurredAt":"2026-11-29T07:41:16.512004Z","deviceSerial":"Q3AB-7C2D-9E4F","band":5,"ssidNumber":0,"type":"dhcp","subtype":"dhcp_ack","severity":"info","durationMs":280,"channel":44,"rssi":40,"eventData":{"clientIp":"10.20.7.41"}}`),
			we("2026-11-29T07:52:40.004118Z", Info, "", `{"occurredAt":"2026-11-29T07:52:40.004118Z","deviceSerial":"Q3AB-8E1F-2A3B","band":5,"ssidNumber":0,"type":"roam","subtype":"roam","severity":"info","durationMs":38,"channel":149,"rssi":22,"eventData":{"clientIp":"10.20.7.41"}}`),
			we("2026-11-29T07:58:02.77152Z", Warn, "", `{"occurredAt":"2026-11-29T07:58:02.771520Z","deviceSerial":"Q3AB-8E1F-2A3B","band":5,"ssidNumber":0,"type":"connection","subtype":"sticky","severity":"warn","durationMs":0,"channel":149,"rssi":9,"eventData":{}}`),
			we("2026-11-29T08:03:19.440213Z", Warn, "", `{"occurredAt":"2026-11-29T08:03:19.440213Z","deviceSerial":"Q3AB-8E1F-2A3B","band":5,"ssidNumber":0,"type":"dns","subtype":"dns_timeout","severity":"warn","durationMs":5004,"channel":149,"rssi":18,"eventData":{"dnsServer":"10.20.0.53"}}`),
		},
	},
	{
		name:   "cisco-c9800-show-logging-buffer",
		source: "a Catalyst 9800 wireless controller's own `show logging` (IOS XE 17's status preamble ending in `Log Buffer (n bytes):`, then `Mmm dd HH:mm:ss.mmm: %FACILITY-SEV-MNEMONIC: Chassis 1 R0/0: process: text` with `service timestamps log datetime msec`, the client orchestration, CAPWAP join, dot1x and exclusion messages): Cisco Catalyst 9800 configuration guide 'Syslog messages in access points and controllers' (as fresh21); the preamble and the message texts from memory",
		why:    "a yearless msec time with no zone; the digit in the mnemonic is the level; `Chassis 1 R0/0: wncd:` is the origin, no host; the AP names, MACs and the AuditSessionID are no hosts and no times; the preamble belongs to no record",
		entries: []worldEntry{
			wskip("Syslog logging: enabled (0 messages dropped, 2 messages rate-limited, 0 flushes, 0 overruns, xml disabled, filtering disabled)",
				"",
				"No Active Message Discriminator.",
				"",
				"",
				"",
				"No Inactive Message Discriminator.",
				"",
				"",
				"    Console logging: disabled",
				"    Monitor logging: level debugging, 0 messages logged, xml disabled,",
				"                     filtering disabled",
				"    Buffer logging:  level informational, 18422 messages logged, xml disabled,",
				"                    filtering disabled",
				"    Exception Logging: size (4096 bytes)",
				"    Count and timestamp logging messages: disabled",
				"    File logging: disabled",
				"    Persistent logging: disabled",
				"",
				"No active filter modules.",
				"",
				"    Trap logging: level informational, 18530 message lines logged",
				"        Logging to 10.20.0.50  (udp port 514, audit disabled,",
				"              link up),",
				"              18530 message lines logged,",
				"              0 message lines rate-limited,",
				"              0 message lines dropped-by-MD,",
				"              xml disabled, sequence number disabled",
				"              filtering disabled",
				"        Logging Source-Interface:       VRF Name:",
				"        TLS Profiles:",
				"",
				"Log Buffer (102400 bytes):",
				""),
			we("2026-11-29T07:41:16.412Z", Info, "", "Nov 29 07:41:16.412: %CLIENT_ORCH_LOG-6-CLIENT_ADDED_TO_RUN_STATE: Chassis 1 R0/0: wncd: Username entry (alice) joined with ssid (corp) for device with MAC: 3c22.fb41.2207 on channel (36)"),
			we("2026-11-29T07:41:19.005Z", Notice, "", "Nov 29 07:41:19.005: %CAPWAPAC_SMGR_TRACE_MESSAGE-5-AP_JOIN_DISJOIN: Chassis 1 R0/0: wncd: AP Event: AP Name: AP-3F-East, MAC: 0c75.bdb6.4120 Disjoined"),
			we("2026-11-29T07:41:52.771Z", Notice, "", "Nov 29 07:41:52.771: %CAPWAPAC_SMGR_TRACE_MESSAGE-5-AP_JOIN_DISJOIN: Chassis 1 R0/0: wncd: AP Event: AP Name: AP-3F-East, MAC: 0c75.bdb6.4120 Joined"),
			we("2026-11-29T07:42:10.118Z", Notice, "", "Nov 29 07:42:10.118: %DOT1X-5-FAIL: Chassis 1 R0/0: sessmgrd: Authentication failed for client (5e91.0a12.3456) with reason (Cred Fail) on Interface capwap_90000012 AuditSessionID 0A14000A0000A41B7C2D9E4F Username: bob"),
			we("2026-11-29T07:42:10.121Z", Notice, "", "Nov 29 07:42:10.121: %CLIENT_EXCLUSION_SERVER-5-ADD_TO_EXCLUSIONLIST_REASON: Chassis 1 R0/0: wncd: Client 5e91.0a12.3456 was added to exclusion list associated with AP Name:AP-3F-East, BSSID:MAC: 0c75.bdb6.412f, reason:802.1X Authentication failed 3 times."),
			we("2026-11-29T07:44:31.004Z", Error, "", "Nov 29 07:44:31.004: %APMGR_TRACE_MESSAGE-3-WLC_GEN_ERR: Chassis 1 R0/0: wncd: Error in Session timer expired for AP AP-2F-West"),
		},
	},
	{
		name:   "wpa-supplicant-mesh-journal-short-iso",
		source: "wpa_supplicant running an 802.11s mesh backhaul (mesh_fwding) on a Linux access point, read with `journalctl -u wpa_supplicant@mesh0 -o short-iso` on Raspberry Pi OS 11 (`yyyy-MM-ddTHH:mm:ss+hhmm host wpa_supplicant[pid]: mesh0: msg`, the offset without a colon; interface state, AP-ENABLED, MESH-GROUP-STARTED, plink and MESH-PEER-CONNECTED/DISCONNECTED lines): journalctl(1) output modes; wpa_supplicant's mesh control events (wpa_ctrl.h); from memory of real lines",
		why:    "an ISO time with a +0100 offset and no colon in it, converted; the journal's host; the peer MACs are no hosts; no level in this output mode",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mesh-ap-2", "2026-11-29T08:41:16+0100 mesh-ap-2 wpa_supplicant[611]: mesh0: interface state UNINITIALIZED->ENABLED"),
			we("2026-11-29T07:41:16Z", Unknown, "mesh-ap-2", "2026-11-29T08:41:16+0100 mesh-ap-2 wpa_supplicant[611]: mesh0: AP-ENABLED"),
			we("2026-11-29T07:41:16Z", Unknown, "mesh-ap-2", "2026-11-29T08:41:16+0100 mesh-ap-2 wpa_supplicant[611]: mesh0: joining mesh backhaul-mesh"),
			we("2026-11-29T07:41:17Z", Unknown, "mesh-ap-2", `2026-11-29T08:41:17+0100 mesh-ap-2 wpa_supplicant[611]: mesh0: MESH-GROUP-STARTED ssid="backhaul-mesh" id=0`),
			we("2026-11-29T07:41:19Z", Unknown, "mesh-ap-2", "2026-11-29T08:41:19+0100 mesh-ap-2 wpa_supplicant[611]: mesh0: new peer notification for 02:c0:ca:41:22:07"),
			we("2026-11-29T07:41:19Z", Unknown, "mesh-ap-2", "2026-11-29T08:41:19+0100 mesh-ap-2 wpa_supplicant[611]: mesh0: mesh plink with 02:c0:ca:41:22:07 established"),
			we("2026-11-29T07:41:19Z", Unknown, "mesh-ap-2", "2026-11-29T08:41:19+0100 mesh-ap-2 wpa_supplicant[611]: mesh0: MESH-PEER-CONNECTED 02:c0:ca:41:22:07"),
			we("2026-11-29T07:52:03Z", Unknown, "mesh-ap-2", "2026-11-29T08:52:03+0100 mesh-ap-2 wpa_supplicant[611]: mesh0: MESH-PEER-DISCONNECTED 02:c0:ca:41:22:07"),
		},
	},
}

func TestFresh294Formats(t *testing.T) { assertTable(t, fresh294Cases) }
func TestFresh294Score(t *testing.T) {
	checkScore(t, "fresh294 formats", fresh294Cases, [worldNumFields]float64{99.9, 99.9, 88.8, 95.5})
}
