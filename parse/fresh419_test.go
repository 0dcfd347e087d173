package parse

import "testing"

// The four-hundred-and-nineteenth fresh table, written on 2026-12-06: network appliances whose
// syslog lands on a central collector, yet another pass (switches, routers, a wireless controller's
// own table and VPN gateways), in shapes no earlier table holds. Each family is one product's
// documented or observed output: Cisco IOS with `logging host … session-id hostname
// sequence-num-session` (the `[syslog@9 s_sn="N" s_id ="host:port"]` block after the counter) and
// with `sequence-num-session` alone; an ASR920 with `logging origin-id hostname`, service sequence
// numbers and uptime stamps; IOS with `logging origin-id ipv6` (an IPv6 address as the origin,
// colons and all); IOS with the message counter and the sequence number but no origin, stamped with
// the uptime; Aruba Instant's `show log` table (Time, Priority, Message, the priority a word); a
// Cisco ASA with `logging debug-trace` (IKEv2 debug lines as %ASA-7-711001) at the collector; and
// strongSwan's charon lines as a CloudStack virtual router's log was pasted (no time, no host).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`sophos`, `watchguard`, `sonicwall`, `fortigate`, `palo alto`, `checkpoint`, `juniper`,
// `srx`, `ftd`, `barracuda`, `zyxel`, `unifi`, `aruba`, `ruckus`, `wlc`, `meraki`, `riverbed`,
// `steelhead`, `silver peak`, `edgeconnect`, `netscaler`, `pfsense`, `opnsense`, `mikrotik`,
// `nx-os`, `arista`, `junos`, `procurve`, `aoscx`, `exos`, `huawei`, `h3c`, `icx`, `vyos`,
// `openvpn`, `pulse secure`, `ivanti`, `globalprotect`, `anyconnect`, `strongswan`, `zscaler`,
// `stormshield`, `hillstone`, `sangfor`, `kerio`, `untangle`, `omada`, `c.t.s.o`, `capsman`,
// `caps,info`, `wireless,info`, `nov/29`, `fortiwan`, `TOTLEN=`, `WAAS`, `clavister`, `EFW:`,
// `id=sslvpn`, `E-Class`, `SMASSLVPN`, `moxa`, `exinda`, `aryaka`, `gs1920`, `securepoint`,
// `grandstream`, `cbs350`, `m4300`, `%LINK-W-Down`, `-Nov-2026 `, `:%AAA-I`, `spamApTask`,
// `CLIENT_ORCH_LOG`, `{wncd_x_R0`, `(note):`, `splice/probe`, `vpn=ive`, `msg_id="`,
// `log_version=`, `flows src=`, `CEF:0|Ubiquiti`, `sequenceId`, `filterlog`, `RP/0/RSP0`,
// `ports: port`, `Event Log listing`, `devID=`, `GLOBALPROTECT`, `eventtime=`, `gcat=`,
// `<134>id=firewall`, `Viptela`, `AMM|`, `<NOTI>`, `:303022:`, `show msglog`, `show traplog`,
// `Syslog History Table`, `Logged command`, `show system commit`, `time-format`, `Ebra: %`,
// `E-Class`, `ICASTART`, `0-PPE-0`, `s_sn`, `s_id`, `syslog@9`, `sequence-num-session`,
// `origin-id`, `message-counter`, `2y10w`, `ASR920`, `SEC_LOGIN-5-LOGIN_SUCCESS`, `711001`,
// `IKEv2-PROTO`, `device-id ipaddress`, `context-name`, `Priority      Message`,
// `Notification  `, `Debugging  `, `IAP iap`, `transmit rate changed`, `[CFG1]`, `[IKE1]`,
// `Sun, 2026`, `charon: NN[`, `ike 0:`, `diagnose debug application`, `kiwi`, `logcli`, `vector`,
// and the regular expressions `<PRI>N: host: N: uptime:`, `<PRI>N: N: uptime:`, `<PRI>N: IPv6:`,
// `Mmm dd HH:MM:SS NN[GRP]`). Cisco IOS is in many tables (world_test.go and fresh37, fresh54,
// fresh133 among others) with the counter, the origin as a name or an IPv4 address, two counters
// before a clock, and uptime stamps without an origin; the syslog@9 block (session-id,
// sequence-num-session), the origin as an IPv6 address, an origin with an uptime after its
// sequence number, and two counters before an uptime are in none. Aruba Instant's syslog and its
// CLI `show log system` are in earlier tables; the Time/Priority/Message table with Cisco-like
// priority words is in none. The ASA's hostname, address and buffer shapes are in world_test.go and
// fresh133; its debug-trace lines (711001 with IKEv2-PROTO-n inside) are in none. strongSwan's
// filelog and syslog shapes are in fresh162, fresh173 and fresh200; the untimed `charon: NN[GRP]`
// paste is in none. Left out as measured already: everything else in the list above (each has its
// shapes in an earlier table). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). IOS's `*Nov 29 07:41:16.123` (star: an unsynchronised clock) and Aruba's
// `Nov 29 07:52:10` have no year (2026) and no zone (UTC); `UTC` after a time is UTC. An uptime
// (`2y10w`, `3w2d`) is no clock, so such a record has no time; the counters and sequence numbers
// (`7433:`, `007439:`, `s_sn="84"`) are no times. strongSwan's charon lines carry no time at all.
// Levels only where the line marks one: the digit of IOS's and the ASA's %FAC-N-MNEMONIC (the
// PRI's severity agrees with it), Aruba's Priority column (Notification as Notice, Debugging as
// Debug); `IKEv2-PROTO-2` inside an ASA debug line is the debug module's own verbosity, not the
// record's level, and charon's `[IKE]` is a subsystem. The host is the record's host field: IOS's
// origin-id (a name, or an IPv6 address), the hostname part of the session-id tag (`s_id
// ="acc-sw-07:514"`: the session is tagged with the sending device's name; the port is the
// collector's), the ASA's device-id; addresses in messages and Aruba's `IAP ap-lobby-1:` are not
// hosts. Each line is its own record here.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit a5d732f before any rule for it: level 95.0 %, time 100.0 %, host 75.0 %, records 100.0 %.
// That is the macro figure (micro: level 94.1 %, time 100.0 %, host 76.5 %, records 100.0 %), in a
// worktree at a5d732f with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are the hostname in IOS's syslog@9 session-id tag, the ASR920's
// origin-id before an uptime, and the `Debugging` priority word of Aruba Instant's log table.

var fresh419Cases = []worldCase{
	{
		name:   "cisco-ios-syslog9-session-id-sd",
		gap:    "trawl reads the star clock and the %LINK-3- digit but no host: the hostname in the `[syslog@9 s_sn=\"84\" s_id =\"acc-sw-07:514\"]` block (before the colon and the port) is not read as the host",
		source: "Cisco IOS with `logging host A session-id hostname sequence-num-session`, a message counter and `service sequence-numbers`, its clock never synced (`<PRI>counter: [syslog@9 s_sn=\"n\" s_id =\"host:port\"]: seq: *Mmm dd HH:mm:ss.mmm: %FAC-SEV-MNEMONIC: text`, the blank before `=` as IOS writes it): leodido/go-syslog PR #22 (pcap dumps of a switch with these options), ansible-network/resource_module_models PR #125 (the session_id and sequence_num_session options of `logging host`)",
		why:    "an SD-like block between the counter and the sequence number; the star clock has no year; the host is the hostname in the session-id tag, the port after it is not",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Error, "acc-sw-07", `<187>165: [syslog@9 s_sn="84" s_id ="acc-sw-07:514"]: 000161: *Nov 29 07:41:16.123: %LINK-3-UPDOWN: Interface GigabitEthernet1/0/15, changed state to down`),
			we("2026-11-29T07:41:17.124Z", Notice, "acc-sw-07", `<189>166: [syslog@9 s_sn="85" s_id ="acc-sw-07:514"]: 000162: *Nov 29 07:41:17.124: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet1/0/15, changed state to down`),
			we("2026-11-29T07:41:19.87Z", Info, "acc-sw-07", `<190>167: [syslog@9 s_sn="86" s_id ="acc-sw-07:514"]: 000163: *Nov 29 07:41:19.870: %SEC-6-IPACCESSLOGP: list 110 denied tcp 10.40.7.22(51512) -> 10.40.0.1(23), 1 packet`),
			we("2026-11-29T07:42:02.511Z", Warn, "acc-sw-07", `<188>168: [syslog@9 s_sn="87" s_id ="acc-sw-07:514"]: 000164: *Nov 29 07:42:02.511: %SW_MATM-4-MACFLAP_NOTIF: Host 3c22.fb41.2207 in vlan 40 is flapping between port Gi1/0/15 and port Gi1/0/16`),
		},
	},
	{
		name:   "cisco-ios-syslog9-sequence-num-session",
		source: "Cisco IOS with `logging host A sequence-num-session` only (no session-id, no service sequence-numbers), the message counter on and `service timestamps log datetime msec show-timezone` on a synced clock (`<PRI>counter: [syslog@9 s_sn=\"n\"]: Mmm dd HH:mm:ss.mmm UTC: %FAC-SEV-MNEMONIC: text`): leodido/go-syslog PR #22 (the syslog@9 block), ansible-network/resource_module_models PR #125; the block without s_id from memory",
		why:    "the block holds only the session's sequence number; no host anywhere; the time is yearless with UTC after it",
		entries: []worldEntry{
			we("2026-11-29T07:43:10.551Z", Notice, "", `<189>41: [syslog@9 s_sn="12"]: Nov 29 07:43:10.551 UTC: %SYS-5-CONFIG_I: Configured from console by netops on vty0 (10.40.0.9)`),
			we("2026-11-29T07:43:55.02Z", Error, "", `<187>42: [syslog@9 s_sn="13"]: Nov 29 07:43:55.020 UTC: %LINK-3-UPDOWN: Interface TenGigabitEthernet0/1/0, changed state to down`),
			we("2026-11-29T07:43:55.021Z", Notice, "", `<189>43: [syslog@9 s_sn="14"]: Nov 29 07:43:55.021 UTC: %OSPF-5-ADJCHG: Process 10, Nbr 10.255.0.6 on TenGigabitEthernet0/1/0 from FULL to DOWN, Neighbor Down: Interface down or detached`),
			we("2026-11-29T07:44:01.33Z", Notice, "", `<189>44: [syslog@9 s_sn="15"]: Nov 29 07:44:01.330 UTC: %BGP-5-ADJCHANGE: neighbor 203.0.113.9 Down BGP Notification sent`),
		},
	},
	{
		name:   "cisco-asr920-origin-id-uptime",
		gap:    "trawl reads the level and leaves the uptime untimed, but reads no host: the origin-id `edge-asr-03:` between the counter `7433:` and the sequence number `007439:`, before an uptime `2y10w:` instead of a clock, is not read as the host",
		source: "a Cisco ASR920 with `logging origin-id hostname`, `service sequence-numbers` and `service timestamps log uptime` sent raw to a collector (`<PRI>counter: origin: seq: uptime: %FAC-SEV-MNEMONIC: text`): elastic/integrations issue #2607 (the ASR920 line and its fields); the messages from memory",
		why:    "the origin-id names the host; the uptime `2y10w` is no clock, so no time; the counter and the sequence number are no times",
		entries: []worldEntry{
			we("", Notice, "edge-asr-03", "<165>7433: edge-asr-03: 007439: 2y10w: %SYS-5-CONFIG_I: Configured from console by netops on vty0 (10.40.0.9)"),
			we("", Error, "edge-asr-03", "<163>7434: edge-asr-03: 007440: 2y10w: %LINK-3-UPDOWN: Interface GigabitEthernet0/0/4, changed state to down"),
			we("", Notice, "edge-asr-03", "<165>7435: edge-asr-03: 007441: 2y10w: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0/4, changed state to down"),
			we("", Info, "edge-asr-03", "<166>7436: edge-asr-03: 007443: 2y10w: %SEC-6-IPACCESSLOGP: list MGMT-IN denied tcp 198.51.100.23(40212) -> 10.40.0.3(22), 1 packet"),
		},
	},
	{
		name:   "cisco-ios-origin-id-ipv6",
		source: "Cisco IOS XE with `logging origin-id ipv6`, the counter, `service sequence-numbers` and a synced msec clock with its zone (`<PRI>counter: IPv6-address: seq: Mmm dd HH:mm:ss.mmm UTC: %FAC-SEV-MNEMONIC: text`): rsyslog/rsyslog issue #3069 (the origin-id and sequence layout with a name), ansible-network/resource_module_models PR #125 (origin-id's hostname, ip, ipv6 and string); the IPv6 origin from memory",
		why:    "the origin is an IPv6 address whose colons run into the header's own `: `; it is the host; the addresses in the messages are peers",
		entries: []worldEntry{
			we("2026-11-29T07:45:02.118Z", Notice, "2001:db8:40::3", "<189>2210: 2001:db8:40::3: 2207: Nov 29 07:45:02.118 UTC: %SYS-5-CONFIG_I: Configured from console by netops on vty1 (2001:db8:40::9)"),
			we("2026-11-29T07:45:40.002Z", Error, "2001:db8:40::3", "<187>2211: 2001:db8:40::3: 2208: Nov 29 07:45:40.002 UTC: %LINK-3-UPDOWN: Interface GigabitEthernet0/0/1, changed state to up"),
			we("2026-11-29T07:45:41.003Z", Notice, "2001:db8:40::3", "<189>2212: 2001:db8:40::3: 2209: Nov 29 07:45:41.003 UTC: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0/1, changed state to up"),
			we("2026-11-29T07:46:12.44Z", Notice, "2001:db8:40::3", "<189>2213: 2001:db8:40::3: 2210: Nov 29 07:46:12.440 UTC: %SSH-5-SSH2_USERAUTH: User 'netops' authentication for SSH2 Session from 2001:db8:40::9 (tty = 0) using crypto cipher 'aes256-ctr', hmac 'hmac-sha2-256' Succeeded"),
		},
	},
	{
		name:   "cisco-ios-two-counters-uptime",
		source: "Cisco IOS with the message counter and `service sequence-numbers` but no origin-id, stamped with `service timestamps log uptime` (`<PRI>counter: seq: uptime: %FAC-SEV-MNEMONIC: text`): rsyslog/rsyslog issue #3069 (the two counters before the stamp, pmciscoios' case 3); the uptime stamp from memory of the IOS configuration guides",
		why:    "two numbers with colons, then an uptime `3w2d`: no clock, no host; the digit in %FAC-N- is the level",
		entries: []worldEntry{
			we("", Notice, "", "<189>421370: 421366: 3w2d: %SYS-5-CONFIG_I: Configured from console by netops on vty0 (10.40.0.9)"),
			we("", Info, "", "<190>421371: 421367: 3w2d: %SEC-6-IPACCESSLOGP: list ACL-SSH permitted tcp 10.40.0.9(51022) -> 10.40.0.1(22), 1 packet"),
			we("", Error, "", "<187>421372: 421368: 3w2d: %LINK-3-UPDOWN: Interface GigabitEthernet1/0/2, changed state to down"),
			we("", Warn, "", "<188>421373: 421369: 3w2d: %SW_MATM-4-MACFLAP_NOTIF: Host 5e91.0a12.3456 in vlan 20 is flapping between port Gi1/0/2 and port Gi1/0/7"),
		},
	},
	{
		name:   "aruba-instant-show-log-priority-table",
		gap:    "trawl reads the time and the Notification column as Notice, but not the priority word `Debugging` in the table's second column as Debug: those rows get no level",
		source: "HPE Aruba Instant (IAP virtual controller) log table as the CLI prints it (a `Time Priority Message` heading and a dashed rule, then `Mmm dd HH:mm:ss  Priority  Message`, newest first, the priority a word: Notification, Debugging): sebvance/alien_technology issue #6 (a pasted table)",
		why:    "a heading and a rule first; a yearless time; the priority word is the level; `IAP ap-lobby-1:` and the station's address are message text, no host",
		entries: []worldEntry{
			wskip("Time             Priority      Message        ",
				"---------------  ------------  ---------------"),
			we("2026-11-29T07:52:10Z", Notice, "", "Nov 29 07:52:10  Notification  Diagnostic log generated"),
			we("2026-11-29T07:51:33Z", Debug, "", "Nov 29 07:51:33  Debugging     Station 3c:22:fb:41:22:07 (10.40.20.31, lab-laptop-31, Windows Notebook), IAP ap-lobby-1: transmit rate changed from 144Mbps to 173Mbps"),
			we("2026-11-29T07:50:02Z", Notice, "", "Nov 29 07:50:02  Notification  Admin user admin logged into web management interface from 10.40.0.9 with privilege level read-write"),
			we("2026-11-29T07:48:12Z", Notice, "", "Nov 29 07:48:12  Notification  Configuration saved by user admin"),
			we("2026-11-29T07:47:58Z", Debug, "", "Nov 29 07:47:58  Debugging     Default RADIUS accounting primary server changed to 10.40.0.20 by user admin"),
		},
	},
	{
		name:   "cisco-asa-debug-trace-711001",
		source: "a Cisco ASA VPN head-end with `logging debug-trace`, `logging timestamp` and `logging device-id hostname` while `debug crypto ikev2 protocol` runs (each debug line sent as `%ASA-7-711001: text`, next to the real 750003 negotiation message), as the collector stores it: Cisco ASA Series Syslog Messages (711001, 750003); the IKEv2 debug lines from memory",
		why:    "the year after the day; the host before ` : `; the ASA's digit is the level, `IKEv2-PROTO-4` inside is the debug module's verbosity",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "vpn-asa01", "Nov 29 2026 07:41:16 vpn-asa01 : %ASA-7-711001: IKEv2-PROTO-4: (12): Received Packet [From 203.0.113.77:500/To 198.51.100.2:500/VRF i0:f0]"),
			we("2026-11-29T07:41:16Z", Debug, "vpn-asa01", "Nov 29 2026 07:41:16 vpn-asa01 : %ASA-7-711001: IKEv2-PROTO-4: (12): Initiator SPI : 4B7C1E2A9D03F651 - Responder SPI : 0000000000000000 Message id: 0"),
			we("2026-11-29T07:41:16Z", Debug, "vpn-asa01", "Nov 29 2026 07:41:16 vpn-asa01 : %ASA-7-711001: IKEv2-PROTO-2: (12): Failed to find a matching policy"),
			we("2026-11-29T07:41:16Z", Warn, "vpn-asa01", "Nov 29 2026 07:41:16 vpn-asa01 : %ASA-4-750003: Local:198.51.100.2:500 Remote:203.0.113.77:500 Username:Unknown IKEv2 Negotiation aborted due to ERROR: Failed to find a matching policy"),
		},
	},
	{
		name:   "strongswan-charon-untimed-router-paste",
		source: "strongSwan's charon on a CloudStack virtual router, its lines as pasted from the router's log without the date and host columns (`charon: NN[GRP] text`, indented detail lines under CHD): apache/cloudstack PR #872",
		why:    "no time, no host and no level anywhere; the thread number and the group in brackets are no level; each line is its own record, the indented ones too",
		entries: []worldEntry{
			we("", Unknown, "", "charon: 13[IKE] detected rekeying of CHILD_SA site-b{41}"),
			we("", Unknown, "", "charon: 13[NET] sending packet: from 198.51.100.2[4500] to 203.0.113.77[4500] (204 bytes)"),
			we("", Unknown, "", "charon: 12[ENC] parsed QUICK_MODE request 6 [ HASH ]"),
			we("", Unknown, "", "charon: 12[CHD]   using AES_CBC for encryption"),
			we("", Unknown, "", "charon: 12[IKE] CHILD_SA site-b{42} established with SPIs c41d7a90_i 2e3f4b58_o and TS 10.40.0.0/16 === 10.60.0.0/16"),
		},
	},
}

func TestFresh419Formats(t *testing.T) { assertTable(t, fresh419Cases) }
func TestFresh419Score(t *testing.T) {
	checkScore(t, "fresh419 formats", fresh419Cases, [worldNumFields]float64{94.9, 99.9, 74.9, 99.9})
}
