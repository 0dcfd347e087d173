package parse

import "testing"

// The two-hundred-and-twenty-eighth fresh table, written on 2026-12-05: syslog test vectors, a
// fourth pass: senders' headers that the earlier passes do not hold, as relays capture them raw
// (one message a line unless the message itself carries newlines).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`Originator@6876`, `junos@2636`, `NXLOG@14506`, `MSWinEventLog`, `system,info`, `%%01`,
// `%%10`, `sequenceId`, `timeQuality`, `origin software`, `<191>`, `<0>`, `<0>1 `, `<191>1 `,
// `Comware`, `H3C`, `Huawei`, `mikrotik`, `unifi`, `ESXi`, `Hostd`, `NX-OS`, `: 2026 Nov`,
// `show-timezone`, `Aruba`, `ProCurve`, `Snare`, `Kiwi`, `Local7.Notice`, `: \ufeff`, `RP/0/`,
// `tasmota`, `arcao`, `>1 - [a-z]`, `syncAccuracy`, `notime`, `notq`, `rfc5424micro`,
// `syslog-format`, `docker/`, `log/syslog`, ` /usr/…[pid]: `, `>[0-9]*: %` (a sequence number
// straight before the mnemonic: only fresh65, in another sense), `>[0-9]*: [*.]` (world_test,
// rules_test, fresh37, fresh144: the clock-state prefixes are measured, so they are left out),
// `>N: NwNd:` and `>N: hh:mm:ss: %` (uptime stamps: none), `>Traceback`, `<1N>word: ` (none),
// `SysLogHandler` (eleven tables, as files and journals; fresh17 with append_nul; a raw datagram
// with its traceback's lines is in none), `out_syslog`, `syslog_format` (Fluent Bit: fresh19,
// fresh77, fresh124, left out), `>20…T…+01:00 host tag[pid]` (Go's log/syslog network form is in
// fresh57/fresh77 with a plain tag: here its default tag, os.Args[0], a path), `CheckPoint`,
// `Event|`, `FTD-`, `Meraki`, `RouterOS iso8601` (fresh140 and others: left out)). Docker's syslog
// driver is in fresh9 (the Unix form) and fresh43 (rfc5424micro with the default twelve-character
// tag, one message a line): its rfc5424 form with a templated tag holding slashes, a colon and dots,
// and rfc5424micro over TCP with RFC 5425 octet counts before each frame, are in none. Left out as
// measured already: NILVALUE vectors, BOMs, SD escapes, fraction widths, far offsets, PRIs 0 and 191,
// a PRI alone, IPv6 hosts, octet counts before BSD payloads, logger's notime and nohost, Cisco's
// `*`/`.` prefixes, origin-id hosts and years (fresh3 to fresh215). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Levels come from the PRI (severity = PRI mod 8), never from a word in the
// message. Cisco's uptime stamps (`2w3d`, and `hh:mm:ss` counted from boot) are not wall times, so
// those records have none; a Cisco line with a sequence number only has none either. A Python
// datagram sent by SysLogHandler has no time and no host; its traceback's lines are one record with
// the line that carries the PRI. The host is the header's hostname; a container name, an image, an
// address or a host named in the message is not the record's host.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout
// the source says "from memory". Hosts, ids, addresses, users and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit dac0c7e before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro the same), in a worktree at dac0c7e with no change to trawl's code
// (only this file and table_test.go's list): all 8 families fully right, no gap.

var fresh228Cases = []worldCase{
	{
		name:   "cisco-ios-seqnum-without-timestamps",
		source: "Cisco IOS / IOS XE with `service sequence-numbers` and `no service timestamps`, sent to a syslog server without `logging origin-id` (`<PRI>seq: %FAC-SEV-MNEMONIC: text`): Cisco Catalyst 9400/9500 IOS XE 'Configuring System Message Logs' (System Log Message Format: `seq no:timestamp: %facility-severity-MNEMONIC:description`, the timestamp only when `service timestamps log` is configured); blog.certskills.com Config Lab 'Syslog 1' (timestamps disabled, sequence numbers enabled)",
		why:    "a PRI then the device's sequence number and the mnemonic: no time, no host; the PRI gives the level (the mnemonic's digit agrees); a hostname and an address in the text are not the host",
		entries: []worldEntry{
			we("", Notice, "", "<189>4711: %SYS-5-CONFIG_I: Configured from console by netops on vty0 (10.20.0.5)"),
			we("", Error, "", "<187>4712: %LINK-3-UPDOWN: Interface GigabitEthernet1/0/7, changed state to down"),
			we("", Notice, "", "<189>4713: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet1/0/7, changed state to down"),
			we("", Info, "", "<190>4714: %DHCP-6-ADDRESS_ASSIGN: Interface Vlan20 assigned DHCP address 10.20.0.41, mask 255.255.255.0, hostname acc-sw07"),
			we("", Warn, "", "<188>4715: %PLATFORM_ENV-4-FAN_FAULT: Switch 1: Fan 2 is not functioning"),
		},
	},
	{
		name:   "cisco-ios-seqnum-long-uptime-stamps",
		source: "Cisco IOS with `service sequence-numbers` and `service timestamps log uptime`, sent raw (`<PRI>seq: uptime: %FAC-SEV-MNEMONIC: text`, the uptime as `d h` or `NwNd` once past a day): Cisco IE 2000/IE 3000 and Catalyst 4500 'Configuring System Message Logging' (timestamp formats `mm/dd hh:mm:ss`, `hh:mm:ss (short uptime)`, `d h (long uptime)`)",
		why:    "the stamp after the sequence number is the device's uptime (`2w3d`, `1d04h`), not a time of day: the records have no time; the PRI gives the level",
		entries: []worldEntry{
			we("", Notice, "", "<189>318: 2w3d: %SYS-5-CONFIG_I: Configured from console by admin on vty1 (10.20.0.6)"),
			we("", Error, "", "<187>319: 2w3d: %LINK-3-UPDOWN: Interface GigabitEthernet0/2, changed state to down"),
			we("", Notice, "", "<189>320: 2w3d: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/2, changed state to down"),
			we("", Warn, "", "<188>321: 2w4d: %CDP-4-DUPLEX_MISMATCH: duplex mismatch discovered on GigabitEthernet0/3 (not half duplex), with dist-sw02 GigabitEthernet1/0/14 (half duplex)."),
		},
	},
	{
		name:   "cisco-ios-seqnum-short-uptime-after-boot",
		source: "Cisco IOS with `service sequence-numbers` and `service timestamps log uptime` in the first day after a reload (`<PRI>seq: hh:mm:ss: %FAC-SEV-MNEMONIC: text`, hh:mm:ss counted from boot): Cisco IE 3000 / Aironet 1100 'Configuring System Message Logging' (its example `00:00:46: %LINK-3-UPDOWN: Interface Port-channel1, changed state to up`, the short uptime format)",
		why:    "`00:00:46` is an uptime, not a time of day: no time; the sequence numbers start again at 1 after the reload",
		entries: []worldEntry{
			we("", Error, "", "<187>1: 00:00:41: %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to up"),
			we("", Error, "", "<187>2: 00:00:41: %LINK-3-UPDOWN: Interface GigabitEthernet0/2, changed state to up"),
			we("", Notice, "", "<189>3: 00:00:42: %LINEPROTO-5-UPDOWN: Line protocol on Interface Vlan1, changed state to up"),
			we("", Notice, "", "<189>4: 00:00:44: %SYS-5-RESTART: System restarted --"),
		},
	},
	{
		name:   "python-sysloghandler-udp-traceback-rawmsg",
		source: "Python logging.handlers.SysLogHandler over UDP (`'<%d>' % prio` then the formatted record, `Formatter('%(name)s: %(message)s')`, append_nul=False; logger.exception sends the traceback inside the same datagram) received by rsyslog with EscapeControlCharactersOnReceive off and written with a `%rawmsg%\\n` template: cpython Lib/logging/handlers.py SysLogHandler.emit; tiddlyweb/tiddlyweb issue #66 (exceptions sent as one message including the whole traceback); swiftstack/1space PR #287 (SysLogHandler's framing, no newline, no hostname); Opentrons/buildroot PR #48 (newlines of Python stack traces in syslog)",
		why:    "a PRI, the logger's name as the tag, no time and no host; a traceback's lines without a PRI continue the record above; the PRI gives the level (user facility)",
		entries: []worldEntry{
			we("", Info, "", "<14>billing: invoice 4411 queued for capture"),
			we("", Warn, "", "<12>billing: gateway slow, retry 2 for invoice 4412"),
			we("", Error, "",
				"<11>billing: charge failed for invoice 4412",
				"Traceback (most recent call last):",
				`  File "/srv/billing/app/charge.py", line 88, in run`,
				"    resp = gateway.capture(inv.id, inv.total)",
				`  File "/srv/billing/app/gateway.py", line 41, in capture`,
				`    raise GatewayTimeout(f"no answer from {self.host} after {self.timeout}s")`,
				"app.gateway.GatewayTimeout: no answer from 10.40.2.17 after 30s"),
			we("", Debug, "", "<15>billing: capture queue depth 3"),
		},
	},
	{
		name:   "docker-syslog-rfc5424-templated-tag",
		source: "Docker's syslog logging driver with `syslog-format=rfc5424` (RFC 3339 seconds with the host's offset, the tag as APP-NAME and as MSGID, dockerd's pid as PROCID, no SD) and a `tag` template `{{.ImageName}}/{{.Name}}`; stdout at daemon.info, stderr at daemon.err: docker/docs config/containers/logging/syslog.md (the ABNF mapping, tag as APP-NAME and MSGID), docker docs 'Log tags for logging driver'; rio-ke/python-mysql docker-syslog.cmd (`tag: docker/{{.Name}}/{{.ID}}` with syslog-format rfc5424)",
		why:    "an APP-NAME with slashes, a registry host, a colon and dots repeated as MSGID; the offset +01:00 is converted; the image's registry host is not the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "dock02", "<30>1 2026-11-29T08:41:16+01:00 dock02 registry.example.net/shop/worker:2.4.1/shop-worker-1 1876 registry.example.net/shop/worker:2.4.1/shop-worker-1 - worker 1 started, concurrency 8"),
			we("2026-11-29T07:41:18Z", Info, "dock02", "<30>1 2026-11-29T08:41:18+01:00 dock02 registry.example.net/shop/worker:2.4.1/shop-worker-1 1876 registry.example.net/shop/worker:2.4.1/shop-worker-1 - job 88121 done in 412 ms"),
			we("2026-11-29T07:41:21Z", Error, "dock02", "<27>1 2026-11-29T08:41:21+01:00 dock02 registry.example.net/shop/worker:2.4.1/shop-worker-1 1876 registry.example.net/shop/worker:2.4.1/shop-worker-1 - WARN redis at 10.30.1.12:6379 unreachable, backing off"),
			we("2026-11-29T07:41:25Z", Info, "dock02", "<30>1 2026-11-29T08:41:25+01:00 dock02 registry.example.net/shop/worker:2.4.1/shop-worker-1 1876 registry.example.net/shop/worker:2.4.1/shop-worker-1 - job 88122 done in 390 ms"),
		},
	},
	{
		name:   "docker-syslog-rfc5424micro-tcp-octet-counted",
		source: "Docker's syslog logging driver with `syslog-address=tcp://…` and `syslog-format=rfc5424micro` (RFC 5425 octet-counting framing on TCP, microsecond time, the tag `docker/{{.Name}}/{{.ID}}` as APP-NAME and MSGID; each line of a container's stderr sent as its own message) as a raw TCP capture shows it: docker/docs config/containers/logging/syslog.md; rio-ke/python-mysql docker-syslog.cmd (the tag template); the octet-counting framer for TCP from memory",
		why:    "an octet count before each RFC 5424 frame; a stack line sent by Docker as a message of its own is its own record; the PRI gives the level (stderr at err)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "dock01", "124 <30>1 2026-11-29T07:41:16.204118Z dock01 docker/shop-api/3f2a1b9c4d5e 2211 docker/shop-api/3f2a1b9c4d5e - listening on :8080"),
			we("2026-11-29T07:41:17.518003Z", Info, "dock01", "126 <30>1 2026-11-29T07:41:17.518003Z dock01 docker/shop-api/3f2a1b9c4d5e 2211 docker/shop-api/3f2a1b9c4d5e - GET /healthz 200 3ms"),
			we("2026-11-29T07:41:19.090417Z", Error, "dock01", "148 <27>1 2026-11-29T07:41:19.090417Z dock01 docker/shop-api/3f2a1b9c4d5e 2211 docker/shop-api/3f2a1b9c4d5e - error: connect ECONNREFUSED 10.30.1.9:5432"),
			we("2026-11-29T07:41:19.090512Z", Error, "dock01", "175 <27>1 2026-11-29T07:41:19.090512Z dock01 docker/shop-api/3f2a1b9c4d5e 2211 docker/shop-api/3f2a1b9c4d5e -     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)"),
		},
	},
	{
		name:   "go-log-syslog-dial-argv0-tag",
		source: "Go's log/syslog Dial(\"udp\", …, LOG_LOCAL3, \"\") (the network form `<PRI>RFC3339 host tag[pid]: msg`, time.RFC3339 in the sender's zone, the tag defaulting to os.Args[0]) as a relay captures it raw: Go standard library log/syslog (syslog.go, netConn.writeString; the empty tag taken from os.Args[0]), from memory",
		why:    "an RFC 3339 time with an offset where RFC 3164 puts its date; the tag is a path with slashes; the PRI gives the level (local3)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "app02", "<158>2026-11-29T08:41:16+01:00 app02 /opt/ordersvc/bin/ordersvc[3107]: order 88 accepted for customer c-4471"),
			we("2026-11-29T07:41:19Z", Warn, "app02", "<156>2026-11-29T08:41:19+01:00 app02 /opt/ordersvc/bin/ordersvc[3107]: stock service slow (2.1s) for sku 7781"),
			we("2026-11-29T07:41:22Z", Error, "app02", "<155>2026-11-29T08:41:22+01:00 app02 /opt/ordersvc/bin/ordersvc[3107]: payment callback from 203.0.113.40 rejected: bad signature"),
			we("2026-11-29T07:41:30Z", Notice, "app02", "<157>2026-11-29T08:41:30+01:00 app02 /opt/ordersvc/bin/ordersvc[3107]: config reloaded from /etc/ordersvc/ordersvc.yaml"),
		},
	},
	{
		name:   "trellix-appliance-rfc3339-timestamp-no-zone",
		source: "Trellix (FireEye) NX/EX/CMS appliances with `logging fields timestamp format rfc-3339` (`yyyy-mm-ddThh:mm:ss` in place of the RFC 3164 date, no zone and no fraction unless the subsecond field is enabled) sending to a remote syslog server: docs.trellix.com 'logging fields timestamp format [rfc-3164 | rfc-3339]'; the rest of the header (host, then tag[pid]:) from memory",
		why:    "an ISO date and time without zone or fraction where the BSD date goes: taken as UTC; the PRI gives the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "cms01", "<38>2026-11-29T07:41:16 cms01 sshd[4120]: Accepted publickey for admin from 10.9.0.4 port 51022 ssh2"),
			we("2026-11-29T07:41:40Z", Notice, "cms01", "<37>2026-11-29T07:41:40 cms01 cli[4188]: user admin executed 'show logging'"),
			we("2026-11-29T07:42:03Z", Warn, "cms01", "<36>2026-11-29T07:42:03 cms01 sshd[4201]: Failed password for invalid user test from 198.51.100.77 port 40112 ssh2"),
			we("2026-11-29T07:42:10Z", Error, "cms01", "<35>2026-11-29T07:42:10 cms01 sshd[4201]: error: maximum authentication attempts exceeded for invalid user test from 198.51.100.77 port 40112 ssh2"),
		},
	},
}

func TestFresh228Formats(t *testing.T) { assertTable(t, fresh228Cases) }
func TestFresh228Score(t *testing.T) {
	checkScore(t, "fresh228 formats", fresh228Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
