package parse

import "testing"

// The seven-hundred-and-forty-second fresh table: captive portals and Wi-Fi controllers' logs as
// people attach them to tickets, shapes no earlier table holds. Each family is one product's
// documented or observed output: openNDS in OpenWrt's logread (`Www Mmm dd HH:mm:ss yyyy
// daemon.level opennds[pid]: msg`); CoovaChilli 1.4 run with `--fg --debug` (syserr.c's stderr line
// `file.c: line: errno (text) msg`, no time) and CoovaChilli 1.3 in the foreground (syslog's
// LOG_PERROR copy `coova-chilli[pid]: msg`, no time); PacketFence's Go pfdhcp in packetfence.log
// (a BSD syslog header, then log15's `t=… lvl=… msg="…"`); UniFi Poller (unpoller, the UniFi
// Network exporter) on a container's stdout (Go's log package, `[LEVEL]` after the time or after
// `file.go:line:`) and the same program in syslog; balena's WiFi Connect captive portal in the
// balenaCloud dashboard's log (`dd.MM.yy HH:mm:ss (+hhmm)  service  msg`); OPNsense's captive
// portal log as its GUI view is copied (`Mmm dd HH:mm:ss<TAB>captiveportal[pid]: AUTH …`).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`coova`, `chilli`, `coovachilli`, `chillispot`, `main-opt.c`,
// `(Debug)`, `(Info)`, `uamport`, `opennds`, `daemon.notice opennds`, `ndsctl`, `binauth`,
// `binauthlog`, `Preauth`, `nodogsplash`, `wifidog`, `nds_`, `fas`, `unifi`, `ubiquiti`,
// `inform-`, `unpoller`, `unifi-poller`, `UniFi Measurements`, `omada`, `tp-link`,
// `omada-controller`, `tp-link-omada`, `eap225`, `eap245`, `SourceFile`, `[main] [INFO]`,
// `mongod`, `mongod.log`, `server.log`, `packetfence`, `pfqueue`, `pfdhcp`, `pfdhcp[`, `pfdns`,
// `pfacct`, `pfdhcplistener`, `httpd.portal`, `httpd.dispatcher`, `pfconnector`, `log15`,
// `lvl=`, `lvl=dbug`, `hostapd`, `wpa_supplicant`, `IEEE 802.11: associated`, `EAPOL`,
// `eap_server`, `captive`, `captiveportal`, `portalauth`, `portal`, `portal.log`, `hotspot`,
// `hotspot.log`, `Guest Portal`, `opnsense`, `pfsense`, `wifi-connect`, `wifi_connect`,
// `WiFi Connect`, `balena`, `comitup`, `raspap`, `wifimanager`, `*wm:`, `nmcli`, `create_ap`,
// `lnxrouter`, `wifiphisher`, `fluxion`, `airgeddon`, `ucentral`, `owgw`, `openwifi`,
// `openwisp`, `openwisp-radius`, `radiusdesk`, `radius`, `radiusd`, `freeradius`, `wispr`,
// `WISPr`, `uamserver`, `hs_lan`, `haserl`, `dedalo`, `aruba`, `ruckus`, `cisco wlc`, `%APF`,
// `meraki`, `mist`, `mikrotik`, `cambium`, `cnmaestro`, `extreme`, `aerohive`, `engenius`,
// `nuclias`, `gwn`, `grandstream`, `fortiap`, `alcatel`, `stellar`, `linksys`,
// `netgear insight`, `zeroshell`, `apfree`, `authpriv`, `MHS`, `cppm`, `ise-psc`, `oauth`,
// `lighttpd`, `ALL_DEVICES`). UniFi Network's server.log, its CEF, API and UniFi OS outputs,
// UniFi APs' and switches' syslog, Omada's server.log (3.x and 5.x, in docker logs too) and its
// remote syslog, PacketFence's Perl packetfence.log, hostapd's syslog, logread, journal, `-t`
// and hostapd_cli outputs, CoovaChilli in syslog-ng's ISO file and NethSecurity's messages,
// Nodogsplash's and WiFiDog's foreground debug, pfSense's portalauth.log, the balena CLI's
// `balena logs` and docker service logs are earlier tables' and were left out. `opennds`,
// `ndsctl`, `unifi` and `coova` match here only in earlier tables' grep lists, sources of other
// families and other outputs; `(Debug)`, `(Info)`, `lvl=` and `lvl=dbug` other products; `WiFi
// Connect` only ESP and Android lines; `portalauth` only pfSense's file. Left out as not
// confirmed by any search in the time given: comitup's log, RaspAP's, and Omada 5's server.log as
// a file of its own (its shape is already in the docker logs family). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). OpenWrt's logread stamp has its year and no zone (UTC by the rules).
// CoovaChilli's stderr lines carry no time at all: `clock realtime sec 1795938076` is a message
// value, not the record's time. PacketFence's syslog header is the local time with no zone (read as
// UTC) and log15's t= carries the offset (+0100): either is accepted. unpoller's Go stamps have no
// zone (UTC); in syslog the header's time and unpoller's own are both accepted. The balenaCloud
// dashboard's stamp is day first with a two-digit year and the offset in parentheses (+0300, so
// 10:41:16 is 07:41:16Z). OPNsense's GUI line has no year (2026). Levels only where the line marks
// one: logread's facility.level word (daemon.notice, daemon.err), log15's lvl= (dbug, info, warn,
// eror), unpoller's `[DEBUG]`, `[INFO]`, `[ERROR]`, WiFi Connect's `[wifi_connect::module:WARN]`.
// CoovaChilli's `0 (Debug)` is the errno column: syserr.c prints `Debug` in place of strerror when
// errno is 0 whatever the priority, and the text of the errno otherwise, so it is no level; its
// 1.3 stderr lines, PacketFence's and OPNsense's AUTH and DENY are no levels either. The host is
// the record's host field: the syslog header's in PacketFence's and unpoller's syslog lines only;
// OpenWrt's logread, the dashboard's service column (`main`), the clients' MACs and addresses,
// the UniFi controller's URL and the portal zone are no hosts. Every family here writes one line a
// record.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "issues" and "code"); none rests on memory alone, though the level words a thread did
// not show (log15's warn and eror) come from log15's own names. Hosts, ids, addresses, users and
// messages are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit f231be0 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at f231be0 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 8 families fully right; there is no gap.

var fresh742Cases = []worldCase{
	{
		name:   "opennds-openwrt-logread",
		source: "openNDS on OpenWrt read with logread (`Www Mmm dd HH:mm:ss yyyy daemon.level opennds[pid]: msg`, levels debug, info, notice, err): openNDS/openNDS issues #211, #256, #442 and #657 (pasted `logread -e opennds` output)",
		why:    "ctime's weekday-first stamp with the year last; the facility.level word is the level; the gateway interface's address and the clients' MACs are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026 daemon.notice opennds[3172]: openNDS Version 10.3.1 is in startup"),
			we("2026-11-29T07:41:16Z", Notice, "", "Sun Nov 29 07:41:16 2026 daemon.notice opennds[3172]: Interface br-guest is at 10.42.0.1 (02:5e:77:10:20:31)"),
			we("2026-11-29T07:41:17Z", Info, "", "Sun Nov 29 07:41:17 2026 daemon.info opennds[3172]: Client status Page: Configured"),
			we("2026-11-29T07:43:02Z", Debug, "", "Sun Nov 29 07:43:02 2026 daemon.debug opennds[3172]: client access: GET /hotspot-detect.html"),
			we("2026-11-29T07:43:05Z", Notice, "", "Sun Nov 29 07:43:05 2026 daemon.notice opennds[3172]: Adding 10.42.0.117 6a:1f:33:90:4c:e2 token 7c31e0a9 to client list"),
			we("2026-11-29T07:44:40Z", Error, "", "Sun Nov 29 07:44:40 2026 daemon.err opennds[3172]: Failed to read the FAS key from /etc/config/opennds, FAS secure level 1 used"),
		},
	},
	{
		name:   "coova-chilli14-fg-debug-errno-column",
		source: "CoovaChilli 1.4 run as `chilli --fg --debug` (src/syserr.c sys_err: `fprintf(stderr, \"%s: %d: %d (%s) %s\\n\", fn, ln, en, en ? strerror(en) : \"Debug\", …)`, the source file, line, errno and its text, no time): coova/coova-chilli src/syserr.c (read with the code search) and issue #334 (pasted output)",
		why:    "no time on any line (the realtime clock's epoch seconds are a message value); `0 (Debug)` is errno 0's placeholder, printed whatever the priority, and `98 (Address already in use)` an errno's text: no level; file and line are no time",
		entries: []worldEntry{
			we("", Unknown, "", "main-opt.c: 640: 0 (Debug) DHCP Listen: 10.1.0.1"),
			we("", Unknown, "", "main-opt.c: 641: 0 (Debug) UAM Listen: 10.1.0.1"),
			we("", Unknown, "", "chilli.c: 7278: 0 (Debug) clock realtime sec 1795938076 nsec 412200913"),
			we("", Unknown, "", "net.c: 1337: 0 (Debug) device wlan1 ifindex 7"),
			we("", Unknown, "", "redir.c: 3412: 98 (Address already in use) bind() failed for 10.1.0.1:3990"),
		},
	},
	{
		name:   "coova-chilli13-foreground-perror-ident",
		source: "CoovaChilli 1.3 run in the foreground (`chilli -fd` / `chilli --debug --fg`; syslog opened with LOG_PERROR, so stderr gets `ident[pid]: msg` with no time, and chilli_opt's config errors `coova-chilli: msg` with no pid): coova/coova-chilli issues #294 and #263 (pasted output), #537",
		why:    "no time, no level and no host on any line: `coova-chilli[4410]` is the program and its pid; the config file path and the tun address are no host",
		entries: []worldEntry{
			we("", Unknown, "", "coova-chilli[4410]: (Re)processing options [/var/run/chilli.4410.cfg.bin]"),
			we("", Unknown, "", "coova-chilli[4411]: running chilli_opt on /var/run/chilli.4410.cfg.bin"),
			we("", Unknown, "", "coova-chilli: Error opening configuration file '/etc/chilli/hs-lobby.conf'"),
			we("", Unknown, "", "coova-chilli[4410]: TX queue length set to 100"),
			we("", Unknown, "", "coova-chilli[4410]: Running /etc/chilli/up.sh"),
		},
	},
	{
		name:   "packetfence-pfdhcp-log15-syslog",
		source: "PacketFence's Go DHCP server pfdhcp in packetfence.log/the journal (BSD `Mmm dd HH:mm:ss host pfdhcp[pid]: ` then inconshreveable/log15's logfmt `t=yyyy-MM-ddTHH:mm:ss±hhmm lvl=… msg=\"…\" pid=… mac=…`): inverse-inc/packetfence issues #3339 and #8281 (pasted logs); log15's level names crit, eror, warn, info, dbug",
		why:    "the syslog header's local time with no zone (UTC by the rules) and log15's t= with +0100, both accepted; lvl= is the level; the client MAC is no host",
		entries: []worldEntry{
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16Z", Debug, "pf-nac01", `Nov 29 08:41:16 pf-nac01 pfdhcp[21877]: t=2026-11-29T08:41:16+0100 lvl=dbug msg="3c:22:fb:51:0a:7e Discover xID 4e:91:0c:27" pid=21877 mac=3c:22:fb:51:0a:7e`),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16Z", Info, "pf-nac01", `Nov 29 08:41:16 pf-nac01 pfdhcp[21877]: t=2026-11-29T08:41:16+0100 lvl=info msg="DHCPDISCOVER from 3c:22:fb:51:0a:7e (lab-laptop-14)" pid=21877 mac=3c:22:fb:51:0a:7e`),
			we("2026-11-29T08:41:16Z|2026-11-29T07:41:16Z", Info, "pf-nac01", `Nov 29 08:41:16 pf-nac01 pfdhcp[21877]: t=2026-11-29T08:41:16+0100 lvl=info msg="DHCPOFFER on 192.168.70.23 to 3c:22:fb:51:0a:7e (lab-laptop-14)" pid=21877 mac=3c:22:fb:51:0a:7e`),
			we("2026-11-29T08:42:05Z|2026-11-29T07:42:05Z", Warn, "pf-nac01", `Nov 29 08:42:05 pf-nac01 pfdhcp[21877]: t=2026-11-29T08:42:05+0100 lvl=warn msg="No more available IP in the pool for 3c:22:fb:51:0a:99" pid=21877 mac=3c:22:fb:51:0a:99`),
			we("2026-11-29T08:42:31Z|2026-11-29T07:42:31Z", Error, "pf-nac01", `Nov 29 08:42:31 pf-nac01 pfdhcp[21877]: t=2026-11-29T08:42:31+0100 lvl=eror msg="Unable to update ip4log for 3c:22:fb:51:0a:7e: dial tcp 127.0.0.1:3306: connect: connection refused" pid=21877`),
		},
	},
	{
		name:   "unpoller-container-stdout",
		source: "UniFi Poller (unpoller, the UniFi Network metrics exporter) in its container (`docker logs`): Go's log package, `yyyy/MM/dd HH:mm:ss [LEVEL] msg`, and with debug on `yyyy/MM/dd HH:mm:ss.uuuuuu file.go:line: [LEVEL] msg`: unpoller/unpoller issues #994, #747 and #601 (pasted logs)",
		why:    "a slashed zone-less date (UTC by the rules), with microseconds when debug adds them; `start.go:116:` is a source position, no time; the bracketed word is the level; the controller's URL is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 [INFO] Loading Configuration File: /etc/unpoller/up.conf"),
			we("2026-11-29T07:41:16.204118Z", Debug, "", "2026/11/29 07:41:16.204118 start.go:113: [DEBUG] Debug Logging Enabled"),
			we("2026-11-29T07:41:16.204377Z", Info, "", "2026/11/29 07:41:16.204377 start.go:116: [INFO] UniFi Poller v2.39.0 Starting Up! PID: 1"),
			we("2026-11-29T07:41:16.21902Z", Debug, "", "2026/11/29 07:41:16.219020 updateweb.go:259: [DEBUG] Requesting https://10.20.0.1/api/auth/login, with params: true, cookies: 0"),
			we("2026-11-29T07:41:46.77301Z", Info, "", "2026/11/29 07:41:46.773010 logger.go:17: [INFO] UniFi Metrics Recorded. Site: 1, Client: 41, Gateways: 1, UAP: 4, USW: 3, IDS/Event/Alarm/Anomaly: 0/0/0/0, Dur: 212ms"),
			we("2026-11-29T07:42:16.80466Z", Error, "", "2026/11/29 07:42:16.804660 logger.go:29: [ERROR] Metric fetch failed: controller https://10.20.0.1: authentication failed (user: unifipoller): 429 Too Many Requests"),
		},
	},
	{
		name:   "unpoller-syslog-inner-go-stamp",
		source: "UniFi Poller run as a systemd or init service writing to syslog (BSD `Mmm dd HH:mm:ss host unifi-poller[pid]: ` or `unpoller[pid]: `, then its own Go log line with its stamp): unpoller/unpoller issue #222 and unpoller/dashboards issue #28 (pasted /var/log/syslog)",
		why:    "the syslog header's time and unpoller's own stamp of the same moment, either accepted; the header's host; the bracketed level after the inner stamp (or after `file.go:line:`); the controller's URL is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:22Z|2026-11-29T07:41:22.673513Z", Debug, "mon-vm2", "Nov 29 07:41:22 mon-vm2 unifi-poller[7684]: 2026/11/29 07:41:22.673513 unifi.go:186: [DEBUG] Requesting https://localhost:8443/api/s/default/stat/sta, with params: false, cookies: 2"),
			we("2026-11-29T07:41:22Z|2026-11-29T07:41:22.679386Z", Debug, "mon-vm2", "Nov 29 07:41:22 mon-vm2 unifi-poller[7684]: 2026/11/29 07:41:22.679386 unifi.go:157: [DEBUG] Requested https://localhost:8443/api/s/default/stat/sta: elapsed 6ms, returned 31540 bytes"),
			we("2026-11-29T07:41:22Z|2026-11-29T07:41:22.774325Z", Info, "mon-vm2", "Nov 29 07:41:22 mon-vm2 unifi-poller[7684]: 2026/11/29 07:41:22.774325 report.go:49: [INFO] UniFi Measurements Exported. Site: 1, Client: 29, UAP: 3, USG/UDM: 1, USW: 2, Descs: 143, Metrics: 2911, Errs: 0, 0s: 0, Reqs/Total: 5 / 3320ms"),
			we("2026-11-29T07:52:39Z", Error, "mon-vm2", `Nov 29 07:52:39 mon-vm2 unpoller[53817]: 2026/11/29 07:52:39 [ERROR] influxdb.Write(points): {"error":"partial write: field type conflict: input field \"tx_bytes-r\" on measurement \"uap\" is type integer, already exists as type float dropped=3"}`),
		},
	},
	{
		name:   "balena-wifi-connect-dashboard-log",
		source: "balena's WiFi Connect captive portal (wifi-connect, Rust) as the balenaCloud dashboard's device log shows and downloads it (`dd.MM.yy HH:mm:ss (+hhmm)  service  msg`, the supervisor's own lines with no service; wifi-connect's warnings `[wifi_connect::module:WARN] msg`): balena-os/balena-intel issue #324 and balena-os/wifi-connect issue #328 (pasted dashboard logs)",
		why:    "a day-first dotted date with a two-digit year and the viewer's offset in parentheses (+0300 here); `main` is the service, no host; only the `[…:WARN]` marker gives a level; the portal's 192.168.42.1 is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:11Z", Unknown, "", "29.11.26 10:41:11 (+0300) Supervisor starting"),
			we("2026-11-29T07:41:16Z", Unknown, "", "29.11.26 10:41:16 (+0300)  main  Starting WiFi Connect"),
			we("2026-11-29T07:41:16Z", Unknown, "", "29.11.26 10:41:16 (+0300)  main  WiFi device: wlan0"),
			we("2026-11-29T07:41:17Z", Unknown, "", `29.11.26 10:41:17 (+0300)  main  Access points: ["Harbour-Office", "Harbour-Guest", "DIRECT-7A-Printer"]`),
			we("2026-11-29T07:41:18Z", Unknown, "", "29.11.26 10:41:18 (+0300)  main  Starting HTTP server on 192.168.42.1:80"),
			we("2026-11-29T07:43:40Z", Warn, "", "29.11.26 10:43:40 (+0300)  main  [wifi_connect::network:WARN] Connection to access point not activated 'Harbour-Office': Deactivated"),
		},
	},
	{
		name:   "opnsense-captiveportal-gui-view",
		source: "OPNsense's captive portal log as its GUI view (Services > Captive Portal > Log File) is copied into a ticket (`Mmm dd HH:mm:ss`, a tab, `captiveportal[pid]: AUTH user (ip) zone n`, DENY for a refused login): opnsense/core issues #3612 (a pasted line) and #3855",
		why:    "a year-less BSD time, then a tab, then the process: no host; AUTH and DENY are the portal's verdicts, no level; the client's address and the zone number are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "Nov 29 07:41:16\tcaptiveportal[61420]: AUTH mara.lindqvist (10.60.4.27) zone 0"),
			we("2026-11-29T07:41:58Z", Unknown, "", "Nov 29 07:41:58\tcaptiveportal[61420]: DENY guest-voucher-0412 (10.60.4.31) zone 0"),
			we("2026-11-29T07:42:09Z", Unknown, "", "Nov 29 07:42:09\tcaptiveportal[61420]: AUTH guest-voucher-0413 (10.60.4.31) zone 0"),
			we("2026-11-29T07:45:33Z", Unknown, "", "Nov 29 07:45:33\tcaptiveportal[61420]: AUTH anonymous (10.60.5.12) zone 1"),
		},
	},
}

func TestFresh742Formats(t *testing.T) { assertTable(t, fresh742Cases) }
func TestFresh742Score(t *testing.T) {
	checkScore(t, "fresh742 formats", fresh742Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
