package parse

import "testing"

// The two-hundred-and-eighty-first fresh table, written on 2026-12-06: network appliances' local logs
// and histories in a further pass, as their CLIs and their own APIs show them, shapes no earlier
// table holds. Each family is one product's documented or observed output: SONiC's `show
// reboot-cause history` (a tabulate table whose Name is a boot-time stamp with underscores and whose
// Time is `date`'s 12-hour `Ddd Mmm dd hh:mm:ss AM UTC yyyy`, or N/A); MikroTik RouterOS 7's REST
// API log (`GET /rest/log` written one object a line with `jq -c '.[]'`: the `time` string as the
// console prints it, the level among the `topics`); OpenWrt's logd read over ubus (`ubus call log
// read '{"stream":false}'` through `jq -c '.log[]'`: the syslog PRI as a number, epoch milliseconds);
// Nokia SR OS's MD-CLI `show system management-interface commit-history` (a numbered block a commit,
// the `Committed` time with tenths and an offset); Arista EOS's `show agent logs crash` (a `===>`
// header a file with its modification time, the agent's `===== Output from … started` banner with
// a yearless time, then the agent's untimed output and a Python traceback); Aruba AOS-CX's `show
// boot-history` (an `Index`/`Boot ID` block a boot, the reboot time as `dd Mmm yy HH:mm:ss : reason`);
// the UniFi Network application's event list (`stat/event` through `jq -c '.data[]'`, epoch
// milliseconds and a `datetime` of the same second); Cisco Catalyst SD-WAN Manager's reboot history
// (`/dataservice/device/reboothistory/details` through `jq -c '.data[]'`, epoch milliseconds beside
// an ISO time with the device's offset, and a later `lastupdated`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`mikrotik`, `routeros`, `unifi`, `ubiquiti`, `edgeos`, `aruba`, `aos-cx`, `extreme`,
// `exos`, `voss`, `huawei`, `vrp`, `h3c`, `comware`, `ruckus`, `smartzone`, `sophos`, `watchguard`,
// `firebox`, `check point`, `checkpoint`, `fw log`, `juniper`, `srx`, `RT_FLOW`, `RT_FLOW_SESSION`,
// `junos@2636`, `show security log`, `arista`, `cumulus`, `sonic`, `vyos`, `openwrt`, `nokia`,
// `sros`, `MD-CLI`, `commit-history`, `Committed 20`, `Total Commits`, `reboot-cause`, `show
// reboot`, `AM UTC 2026`, `PM UTC 2026`, `First boot of SONiC`, `2026_11_2`, `/rest/log`,
// `"topics"`, `rest-api`, `ubus call log`, `"priority":`, `"source":1`, `logd`, `Output from
// /usr/bin`, `/var/log/agents`, `doBackoff`, `show agent`, `TerminAttr`, `ProcMgr`, `boot-history`,
// `Boot ID`, `Current Boot`, `Reboot requested`, `Kernel crash`, `Uncontrolled reboot`,
// `stat/event`, `EVT_`, `ap_name`, `is_negative`, `reboothistory`, `reboot_date_time`, `vdevice`,
// `vmanage`, `sdwan`, `viptela`, `nv config`, `apply-id`, `ptmd`, `csc.log`, `ted.elg`, `kdebug`,
// `display logfile`, `display reboot-info`, `reboot-info`, `show reload`). The vendors have had
// many passes: MikroTik's `/log print` (fresh6, fresh87), its remote syslog, CEF and ISO forms are
// earlier tables', its REST API is in none; OpenWrt's logread and its relays are in many tables,
// `ubus call log` only in fresh235's header list, never as a family; Nokia SR OS's log, remote
// syslog and log 99 are fresh7/fresh54/fresh138's and SR Linux fresh37/fresh165's, the MD-CLI
// commit history is in none; Arista EOS is in six shapes (fresh3, fresh37, fresh69, fresh75,
// fresh87, fresh154), its agent logs only in fresh190's list of what was left out; Aruba CX's event
// log, `show logging -r`, accounting and debug buffer are earlier tables', `show boot-history` only
// in fresh190's list of what was left out; UniFi's syslog, server log, unifi-core and CEF are
// earlier tables', its event API in none (fresh154's `ap_name` is Juniper Mist's webhook); SONiC's
// syslog, swss.rec, sairedis.rec and its relay are fresh6/fresh87/fresh138's, the reboot-cause
// history is in none; Cisco SD-WAN's vManage server log and cEdge messages are fresh114/fresh133's,
// its reboot history API is in none. Left out as measured already: Huawei VRP's and H3C Comware's
// information center in every output (fresh5, fresh48, fresh54, fresh69, fresh87, fresh138,
// fresh154), Extreme EXOS and VOSS (fresh3, fresh19, fresh54, fresh87), Ruckus SmartZone and ICX,
// Sophos SFOS and UTM, WatchGuard, Check Point's .elg files and Log Exporter, Junos SRX flow and
// IDP logs (sd-syslog in fresh69 and the holdout; `show security log file` differs only by a
// zone-less time, which fresh24 holds), VyOS's `show log`, Cumulus's syslog. Left out for want of a
// page that settled the lines in the time given: Cumulus NVUE's `nv config history`, Sophos SFOS's
// /log/csc.log, Check Point's ted.elg and `fw ctl kdebug -T`, Huawei VRP's `display reboot-info`.
// The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). SONiC's Time column is the record's time (12-hour with AM/PM, the zone word
// UTC, the year last); its Name (`2026_11_29_07_38_02`, when the cause was processed at the next
// boot) is the entry's name, not its time, and a row whose Time is N/A has none. RouterOS's `time`
// is a bare time of day for today's lines (on the clock's day) and a date and time for older ones.
// logd's `time` is epoch milliseconds; the `[   41.226718]` in a kernel line is the uptime. SR OS's
// `Committed` time carries tenths and +01:00. EOS's `===>` header carries the file's time with a
// year; the banner's `started Nov 28 23:50:41.207113` has none (2026); the agent's own output has no
// time. AOS-CX's `29 Nov 26 05:08:44` is day, month, two-digit year, taken as UTC; the current boot's
// `up for N seconds` is no time. UniFi's `time` (milliseconds) and `datetime` (seconds) are one
// instant, either accepted; SD-WAN's `reboot_date_time-date` and `reboot_date_time` are one instant
// (-05:00 converted), and `lastupdated` is when the manager last polled, not the reboot. Levels
// only where the record marks one: RouterOS's severity topic (info, warning, error with critical
// taken as the most severe), logd's PRI (priority 84 is authpriv.warning); SONiC's Cause, SR OS's
// commit, EOS's agent output, AOS-CX's boot reason, UniFi's key and SD-WAN's reboot reason are no
// levels. The host is the record's host field: SD-WAN's `vdevice-host-name` (the device whose
// history it is); UniFi's `ap_name`, `sw_name` and `gw_name` name the device an event of the
// Network application concerns and its `hostname` a client, so its events carry no host; the SR OS
// `from` address, RouterOS's and logd's addresses are peers. A record that spans lines is one entry:
// an SR OS commit block (its number, Committed, Comment or Log, Location), an AOS-CX boot block with
// the blank line after it, EOS's Python traceback. Table headers and rules are fed but not scored.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 50e127b before any rule for it: level 59.8 %, time 58.8 %, host 69.2 %, records 75.0 %.
// That is the macro figure (micro: level 51.3 %, time 59.0 %, host 71.8 %, records 71.8 %), in a
// worktree at 50e127b with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (SONiC's reboot-cause history and SR OS's commit history); the gaps are the
// level in RouterOS's JSON `topics` and its bare time of day, the level in logd's numeric PRI, the
// record boundaries of EOS's agent logs and of AOS-CX's boot blocks, a UniFi client's `hostname`
// taken for the host, and SD-WAN's reboot time and `vdevice-host-name`.
//
// go test ./parse -run Fresh281 -v

var fresh281Cases = []worldCase{
	{
		name:   "sonic-show-reboot-cause-history",
		source: "SONiC's `show reboot-cause history` (sonic-utilities' tabulate table of STATE_DB's REBOOT_CAUSE entries: Name `yyyy_MM_dd_HH_mm_ss`, Cause, Time as `date` prints it, User, Comment, N/A where unknown): sonic-net/sonic-buildimage issues #25420, #26996 and #10804 (the 12-hour `Tue Feb 10 06:38:38 PM UTC 2026` form), sonic-net/sonic-utilities PRs #1210 and #3271, sonic-net/sonic-mgmt PR #4270",
		why:    "two stamps a row: the Name is the processing time at the next boot, the Time column the reboot's; 12-hour time with PM before the zone word and the year last; N/A rows have no time",
		entries: []worldEntry{
			wskip("Name                 Cause         Time                             User    Comment",
				"-------------------  ------------  -------------------------------  ------  -----------------------------------------------"),
			we("2026-11-29T07:36:51Z", Unknown, "", "2026_11_29_07_38_02  warm-reboot   Sun Nov 29 07:36:51 AM UTC 2026  admin   N/A"),
			we("2026-11-28T21:59:40Z", Unknown, "", "2026_11_28_22_03_11  reboot        Sat Nov 28 09:59:40 PM UTC 2026  netops  N/A"),
			we("2026-11-28T14:18:09Z", Unknown, "", "2026_11_28_14_20_37  Kernel Panic  Sat Nov 28 02:18:09 PM UTC 2026  N/A     N/A"),
			we("", Unknown, "", "2026_11_27_23_14_05  Power Loss    N/A                              N/A     Unknown"),
			we("", Unknown, "", "2026_11_27_21_02_44  Unknown       N/A                              N/A     Unknown (First boot of SONiC version 202505.41)"),
		},
	},
	{
		name:   "mikrotik-routeros7-rest-log-jq",
		gap:    "trawl reads no level from the JSON `topics` value (`system,info,account`, `dhcp,warning`, `system,error,critical`) and no time from a `time` value that is a bare time of day (`\"time\":\"07:41:16\"`); only the dated `2026-11-28 23:58:12` is read",
		source: "MikroTik RouterOS 7's REST API (`curl -k -u api: https://router/rest/log | jq -c '.[]'`: the console API's `/log print` as JSON, every value a string, keys `.id`, `message`, `time`, `topics` in order): help.mikrotik.com 'REST API' (JSON format, every value a string) and wiki 'Manual:System/Log' (topics with the severity among them); the `time` strings as 7.x's `/log print` writes them (a bare time for today, a date and time before) from memory",
		why:    "a bare `07:41:16` is on the clock's day; the level is the severity topic inside `topics` (critical beside error is the most severe); `*3F2C` is an id; the firewall line's addresses and ports are no times",
		entries: []worldEntry{
			we("2026-11-28T23:58:12Z", Info, "", `{".id":"*3F1A","message":"user netops logged out from 10.20.0.5 via winbox","time":"2026-11-28 23:58:12","topics":"system,info,account"}`),
			we("2026-11-29T07:41:16Z", Info, "", `{".id":"*3F2C","message":"user netops logged in from 10.20.0.5 via rest-api","time":"07:41:16","topics":"system,info,account"}`),
			we("2026-11-29T07:41:19Z", Warn, "", `{".id":"*3F2D","message":"defconf offering lease 10.20.0.254 for 3C:46:D8:12:34:56 without success","time":"07:41:19","topics":"dhcp,warning"}`),
			we("2026-11-29T07:41:33Z", Critical, "", `{".id":"*3F2E","message":"login failure for user root from 198.51.100.40 via ssh","time":"07:41:33","topics":"system,error,critical"}`),
			we("2026-11-29T07:42:05Z", Info, "", `{".id":"*3F2F","message":"ether5 link down","time":"07:42:05","topics":"interface,info"}`),
			we("2026-11-29T07:42:11Z", Info, "", `{".id":"*3F30","message":"wan-in: in:ether1 out:(unknown 0), connection-state:new proto TCP (SYN), 203.0.113.77:51220->198.51.100.2:8291, len 60","time":"07:42:11","topics":"firewall,info"}`),
		},
	},
	{
		name:   "openwrt-ubus-log-read-jq",
		gap:    "trawl reads the epoch-millisecond `time` but no level from the numeric `priority`: a JSON syslog PRI (29, 30, 6, 84, 27) is not taken as facility and severity",
		source: "OpenWrt's logd read over ubus (`ubus call log read '{\"lines\":6,\"stream\":false}' | jq -c '.log[]'`: each entry `msg`, `id`, `priority` (the syslog PRI, facility and severity), `source` (0 kernel, 1 syslog), `time` in epoch milliseconds; the syslog header stripped from msg, the kernel's uptime stamp kept): openwrt/ubox log/logd.c (log_fill_msg, the non-stream reply) and log/syslog.c (log_add)",
		why:    "the level is the severity in a numeric PRI (29 daemon.notice, 84 authpriv.warning, 6 kern.info); the time is epoch milliseconds; `[   41.226718]` is uptime; ids and pids are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Notice, "", `{"msg":"netifd: Interface 'wan' is now up","id":4411,"priority":29,"source":1,"time":1795938076412}`),
			we("2026-11-29T07:41:17.031Z", Info, "", `{"msg":"dnsmasq[1843]: using nameserver 192.0.2.53#53","id":4412,"priority":30,"source":1,"time":1795938077031}`),
			we("2026-11-29T07:41:18.86Z", Info, "", `{"msg":"[   41.226718] br-lan: port 2(lan2) entered forwarding state","id":4413,"priority":6,"source":0,"time":1795938078860}`),
			we("2026-11-29T07:41:19.204Z", Warn, "", `{"msg":"dropbear[2310]: Bad password attempt for 'root' from 198.51.100.40:51844","id":4414,"priority":84,"source":1,"time":1795938079204}`),
			we("2026-11-29T07:41:21.577Z", Error, "", `{"msg":"odhcpd[1617]: Failed to send to ff02::1%lan@br-lan (Address not available)","id":4415,"priority":27,"source":1,"time":1795938081577}`),
			we("2026-11-29T07:41:22.003Z", Info, "", `{"msg":"hostapd: phy0-ap0: AP-STA-CONNECTED 3c:46:d8:12:34:56 auth_alg=sae","id":4416,"priority":30,"source":1,"time":1795938082003}`),
		},
	},
	{
		name:   "nokia-sros-mdcli-commit-history",
		source: "Nokia SR OS 22+ MD-CLI `show system management-interface commit-history` (a `Commit History` title between rules, `Total Commits : n`, then per commit its id alone on a line and indented `Committed <RFC 3339 with tenths and offset> by user (interface) from address`, `Comment`, `Log`, `Location` lines, newest first): Nokia 7750 SR System Management Guide 22.7 'Commit history'",
		why:    "a record starts with a bare commit number and its time is on the next, indented line; tenths of a second and a +01:00 offset; `from 10.20.7.40` is the session's peer; the title, rules and total are fed but not scored",
		entries: []worldEntry{
			wskip("===============================================================================",
				"Commit History",
				"===============================================================================",
				"Total Commits : 4",
				""),
			we("2026-11-29T07:41:16.4Z", Unknown, "",
				"4",
				"  Committed 2026-11-29T08:41:16.4+01:00 by netops (MD-CLI) from 10.20.0.5",
				`  Comment   "Raise BGP prefix limit for peer AS64511."`,
				`  Location  "cf3:\config.cfg"`),
			we("2026-11-29T07:12:03.9Z", Unknown, "",
				"3",
				"  Committed 2026-11-29T08:12:03.9+01:00 by nc-automation (NETCONF) from 10.20.7.40",
				`  Comment   "CHG-20417 add VPRN 3100 for tenant blue"`,
				`  Location  "cf3:\config.cfg.1"`),
			we("2026-11-28T22:55:41Z", Unknown, "",
				"2",
				"  Committed 2026-11-28T23:55:41.0+01:00 by admin (MD-CLI) from Console",
				`  Location  "cf3:\config.cfg.2"`),
			we("2026-11-28T22:50:09.7Z", Unknown, "",
				"1",
				"  Committed 2026-11-28T23:50:09.7+01:00 by system (MD-CLI) from Console",
				`  Log       "System booted version C-25.10.R1."`,
				`  Location  "Configuration is not saved to startup."`),
		},
	},
	{
		name:   "arista-eos-show-agent-logs-crash",
		gap:    "trawl joins each agent log file into one record from its `===>` header: the `===== Output from … started Nov 28 23:50:41.207113 ===` banner (its yearless time unread), the `EntityManager::doBackoff` line and the Python traceback are not records of their own",
		source: "Arista EOS `show agent logs crash` (per agent log file a `===> /var/log/agents/Name-pid Ddd Mmm dd HH:mm:ss yyyy <===` header, the agent's `===== Output from /usr/bin/Name [] (PID=n) started Mmm dd HH:mm:ss.ffffff ===` banner, then its stderr: EntityManager's `doBackoff` line, a Python traceback): aristanetworks/anta's VerifyAgentLogs unit test (the command and its output); the traceback's frames from memory",
		why:    "a file header with a full date, an agent banner with a yearless time and microseconds, then untimed output lines that are records of their own; a traceback is one record; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Unknown, "", "===> /var/log/agents/Lldp-1987 Sun Nov 29 07:41:20 2026 <==="),
			we("2026-11-28T23:50:41.207113Z", Unknown, "", "===== Output from /usr/bin/Lldp [] (PID=1987) started Nov 28 23:50:41.207113 ==="),
			we("", Unknown, "", "EntityManager::doBackoff waiting for remote sysdb version ....ok"),
			we("", Unknown, "",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3.9/site-packages/LldpAgent.py", line 412, in handleNeighborUpdate`,
				"    neighbor = self.neighbors_[ intfId ]",
				"KeyError: 'Ethernet12/1'",
				""),
			we("2026-11-29T07:41:20Z", Unknown, "", "===> /var/log/agents/Aaa-1204 Sun Nov 29 07:41:20 2026 <==="),
			we("2026-11-28T23:50:39.88453Z", Unknown, "", "===== Output from /usr/bin/Aaa [] (PID=1204) started Nov 28 23:50:39.884530 ==="),
			we("", Unknown, "", "EntityManager::doBackoff waiting for remote sysdb version ...................ok"),
		},
	},
	{
		name:   "aruba-cx-show-boot-history",
		gap:    "trawl cuts each `Index : n` block into lines (`Index`, `Boot ID`, the current boot's uptime line each a record of its own) and joins the blank, the next block's `Index` and `Boot ID` lines to the `dd Mmm yy HH:mm:ss : reason` line before them: the reboot time is read, but on a record that starts at the block's third line",
		source: "HPE Aruba AOS-CX 10.x `show boot-history` (under `Management module` and a rule, a block per boot newest first: `Index : n`, `Boot ID : 128-bit hex`, then `Current Boot, up for N seconds` for the running boot or `timestamp : reason` for earlier ones, reasons such as `<daemon> crash`, `Kernel crash`, `Reboot requested through database`, `Uncontrolled reboot`; a blank line between blocks): HPE AOS-CX 10.02 command reference 'show boot-history' (fields, reasons, the time in the configured zone); the `dd Mmm yy HH:mm:ss` layout from memory",
		why:    "the time is on a block's third line as day, month name and a two-digit year (`29 Nov 26` is 29 November 2026, not 26 November); the current boot has only an uptime; the Boot ID is hex, no time",
		entries: []worldEntry{
			wskip("Management module", "================="),
			we("", Unknown, "",
				"Index : 3",
				"Boot ID : 5c1e0a9f3b7d4e21a8c64f0d2b9e7a13",
				"Current Boot, up for 9216 seconds",
				""),
			we("2026-11-29T05:08:44Z", Unknown, "",
				"Index : 2",
				"Boot ID : e2d4f6a8b0c14e3f9a7b5c3d1e0f2a4b",
				"29 Nov 26 05:08:44 : Kernel crash",
				""),
			we("2026-11-28T22:30:05Z", Unknown, "",
				"Index : 1",
				"Boot ID : 0b7d9f1e3a5c4b6d8e0f2a4c6e8b0d2f",
				"28 Nov 26 22:30:05 : Reboot requested through database",
				""),
			we("2026-11-27T14:02:51Z", Unknown, "",
				"Index : 0",
				"Boot ID : 9a8b7c6d5e4f40312a3b4c5d6e7f8091",
				"27 Nov 26 14:02:51 : hpe-sysmond crash"),
		},
	},
	{
		name:   "unifi-network-api-stat-event-jq",
		gap:    "trawl takes the client's `hostname` (`kims-iphone`) in the EVT_WU_Connected event as the record's host; the Network application's events carry no host field",
		source: "the UniFi Network application's event list (`POST /proxy/network/api/s/default/stat/event` on a UniFi OS console, `jq -c '.data[]'`: `_id`, the device's MAC and name (`ap`/`ap_name`, `sw`/`sw_name`, `gw`/`gw_name`), a client's `user` and `hostname`, `key` EVT_…, `subsystem`, `site_id`, `time` in epoch milliseconds, `datetime` RFC 3339 in seconds, `msg`): UniFi API clients' test fixtures on GitHub (an Event type with time, datetime, key, msg, site_id, subsystem, ap, ap_name; a `/stat/event` POST); the msg wording from memory",
		why:    "milliseconds and an ISO time of the same second; the AP, switch and gateway names are the devices an event concerns and the hostname is a client, no host field; EVT_ keys are no levels; MACs and the Mongo id are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z|2026-11-29T07:41:16Z", Unknown, "", `{"_id":"6749f1a2c3b4d5e6f7a8b901","ap":"f4:e2:c6:1a:2b:3c","ap_name":"AP-Lobby","key":"EVT_AP_Lost_Contact","subsystem":"wlan","is_negative":true,"site_id":"5f1e2d3c4b5a69788796a5b4","time":1795938076412,"datetime":"2026-11-29T07:41:16Z","msg":"AP[f4:e2:c6:1a:2b:3c] was disconnected"}`),
			we("2026-11-29T07:42:05.087Z|2026-11-29T07:42:05Z", Unknown, "", `{"_id":"6749f1d5c3b4d5e6f7a8b934","user":"3c:46:d8:12:34:56","hostname":"kims-iphone","ssid":"Office","ap":"f4:e2:c6:1a:2b:3c","ap_name":"AP-Lobby","channel":"36","radio":"na","key":"EVT_WU_Connected","subsystem":"wlan","site_id":"5f1e2d3c4b5a69788796a5b4","time":1795938125087,"datetime":"2026-11-29T07:42:05Z","msg":"User[3c:46:d8:12:34:56] has connected to AP[f4:e2:c6:1a:2b:3c] with SSID \"Office\" on \"channel 36(na)\""}`),
			we("2026-11-29T07:44:51.73Z|2026-11-29T07:44:51Z", Unknown, "", `{"_id":"6749f27bc3b4d5e6f7a8b97e","sw":"d8:b3:70:4c:5d:6e","sw_name":"USW-Core","key":"EVT_SW_Lost_Contact","subsystem":"lan","is_negative":true,"site_id":"5f1e2d3c4b5a69788796a5b4","time":1795938291730,"datetime":"2026-11-29T07:44:51Z","msg":"Switch[d8:b3:70:4c:5d:6e] was disconnected"}`),
			we("2026-11-29T07:50:33.118Z|2026-11-29T07:50:33Z", Unknown, "", `{"_id":"6749f3d1c3b4d5e6f7a8ba02","gw":"24:5a:4c:9e:8f:70","gw_name":"UDM-Pro","key":"EVT_GW_WANTransition","subsystem":"wan","site_id":"5f1e2d3c4b5a69788796a5b4","time":1795938633118,"datetime":"2026-11-29T07:50:33Z","msg":"Gateway[UDM-Pro] WAN transition from eth8 to eth9 (failover)"}`),
		},
	},
	{
		name:   "cisco-sdwan-reboot-history-api-jq",
		gap:    "trawl reads neither time nor host: not `reboot_date_time-date` (epoch milliseconds) or `reboot_date_time` (RFC 3339 with an offset) as the time, and not `vdevice-host-name` as the host",
		source: "Cisco Catalyst SD-WAN Manager 20.x `GET /dataservice/device/reboothistory/details` written one object a line with `jq -c '.data[]'` (`reboot_date_time-date` in epoch milliseconds, `lastupdated` in epoch milliseconds, `reboot_date_time` RFC 3339 with the device's offset, `reboot_reason`, `vdevice-host-name`, `vdevice-name` the system IP): developer.cisco.com SD-WAN API 20.16 and 20.18 'Get Reboot History Details' and 'Create Reboot History List' (the response example); the reasons other than the NETCONF one from memory",
		why:    "the reboot's time twice (milliseconds and an ISO time with -05:00), and a later `lastupdated` that is the poll, not the reboot; the host is vdevice-host-name, the system IP beside it is an address",
		entries: []worldEntry{
			we("2026-11-29T06:58:12Z", Unknown, "br-edge-12", `{"reboot_date_time-date":1795935492000,"lastupdated":1795936118406,"reboot_date_time":"2026-11-29T06:58:12+00:00","reboot_reason":"Initiated by user - Reboot issued via NETCONF","vdevice-host-name":"br-edge-12","vdevice-name":"10.255.1.12"}`),
			we("2026-11-28T15:21:47Z", Unknown, "nyc-edge-03", `{"reboot_date_time-date":1795879307000,"lastupdated":1795879922911,"reboot_date_time":"2026-11-28T10:21:47-05:00","reboot_reason":"Initiated by user - activate 20.15.1","vdevice-host-name":"nyc-edge-03","vdevice-name":"10.255.3.3"}`),
			we("2026-11-27T03:05:19Z", Unknown, "br-edge-12", `{"reboot_date_time-date":1795748719000,"lastupdated":1795749044270,"reboot_date_time":"2026-11-27T03:05:19+00:00","reboot_reason":"Power cycle","vdevice-host-name":"br-edge-12","vdevice-name":"10.255.1.12"}`),
		},
	},
}

func TestFresh281Formats(t *testing.T) { assertTable(t, fresh281Cases) }
func TestFresh281Score(t *testing.T) {
	checkScore(t, "fresh281 formats", fresh281Cases, [worldNumFields]float64{59.7, 58.7, 69.1, 74.9})
}
