package parse

import "testing"

// The thirty-seventh fresh table, written on 2026-12-01: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the first thirty-six fresh tables
// (fresh_test.go to fresh36_test.go), compared by family and by product and not only by name, so
// that its score is again an honest figure for logs trawl has never been tuned on. It has two
// halves. The first is syslog test vectors: the edge cases that syslog parsers' own test suites,
// options and issues exercise and that no earlier table holds (rsyslog pmrfc3164's bracketed and
// at-signed host names and its headerless detection, sd-daemon's level prefixes, RFC 5424 §6.5's
// example shapes, RFC 5425's TLS frames, PRIs out of range or unclosed, the local0..local7 and
// kernel facilities, UTF-8 host names, util-linux logger's notime and nohost, a BOM in a BSD
// line's content, syslog-ng's parse errors and repeat suppression, RFC 5424 without its VERSION,
// rsyslogd's and journald's own rate-limit and suspension lines, IPv4-mapped sender addresses,
// truncated datagrams, Cisco-style counters and clock markers on the wire, an empty host between
// two blanks and a blank before the PRI). The second is network appliances and security devices
// as they send syslog or write their local files and buffers, each a product or mode no earlier
// table holds (Aruba ClearPass's syslog export, Versa's analytics logs, SonicWall SMA 100, Nokia
// SR Linux, FortiAuthenticator, FD.io VPP, Keenetic, UniFi Network's CEF SIEM feed, Extreme WiNG,
// Quagga with record-priority, a Juniper SRX in WELF, Arista EOS with high-resolution stamps,
// Junos with time-format year millisecond, FortiGate's packet sniffer, the ASA's capture buffer,
// Check Point's fw monitor -T, OpenVPN's status file, BIG-IP with iso-date and Cisco ISE's
// ise-psc.log). Where a product is already in an earlier table (SonicWall, FortiGate, Arista,
// Junos, the ASA, Check Point, OpenVPN, BIG-IP, ISE), the family here is another file or mode of
// it that no earlier table holds, and source says so.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own, the written clock read as UTC when the format
// writes no zone, a year-less date in the table's year and a bare time of day on the clock's day,
// levels only where the source puts them (a PRI gives its severity, PRI mod 8; a PRI that is out
// of range or not closed gives none; otherwise the product's own scale at the place it puts it; a
// level word in free text is no level), "" host when the record names none (a peer, a client, a
// device id or a request id is no host; the sender's own name in the header or in a field naming
// the writer is), and a multi-line record as one entry.
//
// The lines were written for this table in the layout each product or test vector really uses,
// learned from the RFCs (3164, 5424, 5425, 6587), the parsers' documentation and issue threads,
// and vendors' documentation where a search found them (named in source; where a detail is from
// memory of real lines rather than a found page, source says so); hosts, ids and messages are
// invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score. The table is a measurement, never to be tuned
// on: no parser rule is to be written from it, or it stops being one.
//
// Its first figure, scored once at commit 071c1a1 before any rule was written from it: level 89.8 %,
// time 93.6 %, host 80.5 %, records 92.1 % (macro), 28 of 42 families fully right.
//
// go test ./parse -run Fresh37 -v

var fresh37Cases = []worldCase{
	// Syslog test vectors.
	{
		name:   "rfc3164-bracketed-host",
		source: "RFC 3164 headers whose HOSTNAME is wrapped in square brackets, as some devices send their address: rsyslog pmrfc3164's permit.squareBracketsInHostname (rsyslog.com doc 'pmrfc3164': hostnames enclosed in brackets are parsed without the brackets), the raw lines as a collector keeps them with their PRI",
		why:    "the PRI gives the level; the bracketed token after the time is the sender, read without its brackets, an IPv4 or IPv6 address or a name",
		gap:    "a plain name in brackets (`[edge-sw04]`) is not read as the host: only an address or a name with a domain is, since a thread's `[worker-2]` looks the same",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.20.0.7", "<190>Nov 29 07:41:16 [10.20.0.7] dhcpd[4120]: DHCPACK on 10.20.4.41 to 52:54:00:12:34:56 via eth1"),
			we("2026-11-29T07:41:17Z", Warn, "10.20.0.7", "<188>Nov 29 07:41:17 [10.20.0.7] ntpd[812]: no servers reachable"),
			we("2026-11-29T07:41:19Z", Error, "fe80::5054:ff:fe12:3456", "<187>Nov 29 07:41:19 [fe80::5054:ff:fe12:3456] radvd[901]: sendmsg: Cannot assign requested address"),
			we("2026-11-29T07:41:20Z", Notice, "edge-sw04", "<13>Nov 29 07:41:20 [edge-sw04] admin: port 4 re-enabled after storm-control shutdown"),
		},
	},
	{
		name:   "rfc3164-syslog-ng-at-sign-host",
		source: "RFC 3164 lines relayed by a syslog-ng server whose HOSTNAME is prefixed by the source name and an at sign (`source@host`): rsyslog pmrfc3164's permit.AtSignsInHostname (rsyslog.com doc 'pmrfc3164': the hostname sent by syslog-ng may be prefixed by the source name followed by an at-sign); the raw relayed lines with their PRI; from memory of real lines",
		why:    "the PRI gives the level; in `s_net@edge01` the part before @ is a syslog-ng source, the part after it the sender's host",
		gap:    "the host is read as the whole `source@host` token, with syslog-ng's source name before the @",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "edge01", "<38>Nov 29 07:41:16 s_net@edge01 sshd[4120]: Accepted publickey for deploy from 10.20.0.7 port 51234 ssh2: ED25519 SHA256:4f1c2a7e9b3d41c28a7e9b3d4f1c2a7e9b3d41c2"),
			we("2026-11-29T07:41:17Z", Info, "edge01", "<86>Nov 29 07:41:17 s_net@edge01 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx"),
			we("2026-11-29T07:41:19Z", Error, "relay02", "<27>Nov 29 07:41:19 s_local@relay02 nginx[4131]: connect() failed (111: Connection refused) while connecting to upstream"),
			we("2026-11-29T07:41:20Z", Info, "edge02", "<30>Nov 29 07:41:20 s_net@edge02 systemd[1]: Started apt-daily.service - Daily apt download activities."),
		},
	},
	{
		name:   "rsyslog-headerless-fromhost",
		source: "rsyslog 8.2508+ with pmrfc3164's detect.headerless (a received line with no PRI and no timestamp gets the tag `headerless`, the sender's IP address as the hostname and the reception time), written with RSYSLOG_TraditionalFileFormat beside ordinary lines: rsyslog.com doc 'pmrfc3164' (detect.headerless, headerless.hostname, headerless.tag)",
		why:    "rsyslog's own header in front: the reception time, the sender's address in the host place (the device that sent the line, so its host), the tag `headerless` with no colon; a stored file has no PRI, so no level, though a line says ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "10.20.0.31", "Nov 29 07:41:16 10.20.0.31 headerless link state changed on port 4: down"),
			we("2026-11-29T07:41:16Z", Unknown, "10.20.0.31", "Nov 29 07:41:16 10.20.0.31 headerless link state changed on port 4: up (1000M full)"),
			we("2026-11-29T07:41:18Z", Unknown, "gw01", "Nov 29 07:41:18 gw01 dnsmasq[812]: query[A] updates.example.org from 10.20.0.7"),
			we("2026-11-29T07:41:21Z", Unknown, "10.20.0.32", "Nov 29 07:41:21 10.20.0.32 headerless ERROR: fan 2 failure detected"),
		},
	},
	{
		name:   "sd-daemon-level-prefix",
		source: "a service's stdout and stderr with sd-daemon's level prefixes (`<0>` SD_EMERG to `<7>` SD_DEBUG at the start of each line, which journald reads as the PRIORITY when SyslogLevelPrefix= is on), kept in a plain file by a redirect or a process supervisor: sd-daemon(3) (SD_EMERG … SD_DEBUG); systemd.exec(5) (SyslogLevelPrefix=)",
		why:    "a bare `<N>` before the message is a syslog severity with no facility, and nothing else: no time, no host",
		entries: []worldEntry{
			we("", Info, "", "<6>shop-worker 4.1.2 starting, 8 threads"),
			we("", Notice, "", "<5>listening on /run/shop-worker.sock"),
			we("", Warn, "", "<4>config key queue.retry is deprecated, use queue.retries"),
			we("", Error, "", "<3>failed to connect to 10.20.0.9:5432: connection refused"),
			we("", Debug, "", "<7>poll loop: 41 fds ready"),
		},
	},
	{
		name:   "rfc5424-section-6-5-examples",
		source: "the shapes of RFC 5424 §6.5's four examples (no structured data and a BOM-led MSG with a MSGID; a fractional time with a -07:00-style offset and an IPv4 HOSTNAME and no MSGID; one SD-ELEMENT and a BOM-led MSG; two SD-ELEMENTs and no MSG), written with our own hosts and messages: RFC 5424 §6.5",
		why:    "the PRI gives the level (34 auth.crit, 165 local4.notice); the offset is converted; the HOSTNAME is a name or an address",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Critical, "gate01.example.org", "<34>1 2026-11-29T07:41:16.204Z gate01.example.org su - ID41 - \ufeff'su root' failed for alice on /dev/pts/4"),
			we("2026-11-29T07:41:17.000003Z", Notice, "192.0.2.41", "<165>1 2026-11-28T23:41:17.000003-08:00 192.0.2.41 shopproc 4120 - - %% Batch window opens in 10 minutes."),
			we("2026-11-29T07:41:18.003Z", Notice, "win41.example.org", "<165>1 2026-11-29T07:41:18.003Z win41.example.org evntslog - ID41 [exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"1041\"] \ufeffAn application event was recorded"),
			we("2026-11-29T07:41:19.004Z", Notice, "win41.example.org", `<165>1 2026-11-29T07:41:19.004Z win41.example.org evntslog - ID42 [exampleSDID@32473 iut="3" eventSource="Application" eventID="1042"][examplePriority@32473 class="low"]`),
		},
	},
	{
		name:   "rfc5425-tls-frames",
		source: "RFC 5425 §4.3 (syslog over TLS: each SYSLOG-FRAME is MSG-LEN SP SYSLOG-MSG, the length counting octets, so a BOM and UTF-8 count as bytes) as a decrypted capture of the stream shows the frames one a line; RFC 5424 messages inside with SD-ELEMENTs, a BOM, an offset and a nil HOSTNAME",
		why:    "the octet count before the PRI is framing, not a time or a level; the PRI gives the level; the HOSTNAME is the host and `-` is none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204412Z", Notice, "tls-gw01.example.org", "104 <165>1 2026-11-29T07:41:16.204412+00:00 tls-gw01.example.org shop-api 4120 ORD - \ufeffOrder 41207 accepted"),
			we("2026-11-29T07:41:17.31Z", Error, "tls-gw01.example.org", "132 <163>1 2026-11-29T07:41:17.31Z tls-gw01.example.org shop-api 4120 ORD [meta sequenceId=\"412\"] \ufeffOrder 41208 rejected: card declined"),
			we("2026-11-29T07:41:19Z", Info, "bastion.example.org", `167 <86>1 2026-11-29T08:41:19+01:00 bastion.example.org sshd 4131 - [origin ip="10.20.0.3" software="OpenSSH"] Accepted publickey for deploy from 10.20.0.7 port 51234 ssh2`),
			we("2026-11-29T07:41:20.5Z", Info, "", "82 <14>1 2026-11-29T07:41:20.5Z - cron-runner - - - nightly export finished in 41.2 s"),
		},
	},
	{
		name:   "syslog-pri-out-of-range",
		source: "RFC 3164 §4.1.1 and RFC 5424 §6.2.1 (PRI is at most 191, local7.debug, and at most three digits) against PRIs beyond the table (192, 255, a four-digit and a five-digit value) before an otherwise valid header, as the invalid-PRI vectors of syslog parser test suites shape them (rsyslog, syslog-ng and go-syslog reject or default such PRIs); from memory of parsers' vectors",
		why:    "a PRI out of range encodes no facility and severity, so it gives no level; the header after it is intact, so its time and host are the record's",
		gap:    "the HOSTNAME of an RFC 5424 header behind a five-digit PRI (`<99999>1 …`) is not read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gw01", "<192>Nov 29 07:41:16 gw01 pppd[412]: LCP terminated by peer"),
			we("2026-11-29T07:41:17Z", Unknown, "gw01", "<255>Nov 29 07:41:17 gw01 pppd[412]: Connection terminated."),
			we("2026-11-29T07:41:18Z", Unknown, "gw01", "<1000>Nov 29 07:41:18 gw01 pppd[412]: Modem hangup"),
			we("2026-11-29T07:41:19Z", Unknown, "gw01", "<99999>1 2026-11-29T07:41:19Z gw01 pppd 412 - - Exit."),
		},
	},
	{
		name:   "syslog-pri-unclosed",
		source: "RFC 3164 §4.3.3 (a PRI must be `<`, one to three digits and `>`; otherwise the relay treats the line as having none) against broken openings: a PRI never closed, a missing `<`, a blank inside the brackets, square brackets for angle ones; as the malformed-PRI vectors of syslog parser test suites shape them; from memory of parsers' vectors",
		why:    "no valid PRI, so no level; the BSD header after the broken opening is intact, so its time and host are the record's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gw02", "<34 Nov 29 07:41:16 gw02 su: 'su root' failed for alice on /dev/pts/4"),
			we("2026-11-29T07:41:17Z", Unknown, "gw02", "34>Nov 29 07:41:17 gw02 su: pam_unix(su:auth): authentication failure; logname=alice uid=1000 euid=0 tty=/dev/pts/4 ruser=alice rhost=  user=root"),
			we("2026-11-29T07:41:18Z", Unknown, "gw02", "< 38>Nov 29 07:41:18 gw02 sshd[4120]: Invalid user admin from 203.0.113.45 port 51234"),
			we("2026-11-29T07:41:19Z", Unknown, "gw02", "[38]Nov 29 07:41:19 gw02 sshd[4120]: Connection closed by invalid user admin 203.0.113.45 port 51234 [preauth]"),
		},
	},
	{
		name:   "rfc5424-local-facilities",
		source: "RFC 5424 §6.2.1 facilities 16-23 (local0 to local7, PRI 128 to 191) as appliances and daemons configured onto them send them: local0 haproxy, local2 a PBX, local4 a debug channel, local6 a switch, local7 a router; the severity is PRI mod 8",
		why:    "the PRI's severity is the level whatever the local facility; the HOSTNAME is the host; an HTTP client or SIP peer in the message is not",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "lb01.example.org", `<134>1 2026-11-29T07:41:16.204Z lb01.example.org haproxy 4120 - - 10.20.0.7:51234 [29/Nov/2026:07:41:16.204] fe_https~ be_api/api01 0/0/1/12/13 200 412 - - ---- 41/41/2/1/0 0/0 "GET /api/cart HTTP/1.1"`),
			we("2026-11-29T07:41:17Z", Error, "pbx01.example.org", `<147>1 2026-11-29T07:41:17Z pbx01.example.org asterisk 812 - - chan_pjsip: Registration from '<sip:41@10.20.0.5>' failed for '10.20.0.41:5060' - Wrong password`),
			we("2026-11-29T07:41:18Z", Debug, "app01.example.org", "<167>1 2026-11-29T07:41:18Z app01.example.org shop-api 4120 TRACE - cache miss for key cart:41207"),
			we("2026-11-29T07:41:19Z", Alert, "sw-core01.example.org", "<177>1 2026-11-29T07:41:19Z sw-core01.example.org stpd 901 - - topology change storm on VLAN 41: 412 changes in 60 s"),
			we("2026-11-29T07:41:20Z", Critical, "rtr01.example.org", "<186>1 2026-11-29T07:41:20Z rtr01.example.org bgpd 1204 - - all BGP sessions down: no route to 10.20.0.2"),
		},
	},
	{
		name:   "rfc3164-kern-facility-severities",
		source: "RFC 3164 §4.1.1 facility 0 (kernel messages) at its severities, as a host's syslog daemon forwards printk output over the network (`<N>Mmm dd HH:mm:ss host kernel: [uptime] msg`, PRI below 8): RFC 3164; the kernel's KERN_* levels; from memory of real lines",
		why:    "PRI 0 to 7 is the kernel facility and the severity itself; the bracketed seconds since boot inside the message are not the record's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "nas01", "<6>Nov 29 07:41:16 nas01 kernel: [ 4120.204412] e1000e 0000:00:19.0 eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx"),
			we("2026-11-29T07:41:17Z", Warn, "nas01", "<4>Nov 29 07:41:17 nas01 kernel: [ 4121.310004] EXT4-fs (sdb1): warning: mounting fs with errors, running e2fsck is recommended"),
			we("2026-11-29T07:41:18Z", Error, "nas01", "<3>Nov 29 07:41:18 nas01 kernel: [ 4122.002117] ata2.00: failed command: READ FPDMA QUEUED"),
			we("2026-11-29T07:41:19Z", Critical, "nas01", "<2>Nov 29 07:41:19 nas01 kernel: [ 4123.500000] mce: [Hardware Error]: Machine check events logged"),
			we("2026-11-29T07:41:20Z", Emergency, "nas01", "<0>Nov 29 07:41:20 nas01 kernel: [ 4124.000001] Kernel panic - not syncing: Fatal exception in interrupt"),
		},
	},
	{
		name:   "rfc5424-utf8-hostname",
		source: "RFC 5424 §6.2.4 (HOSTNAME is PRINTUSASCII, an internationalized name to be written as its A-label) against senders that write the Unicode name as UTF-8, as the invalid-hostname vectors of syslog parser test suites shape it; from memory of parsers' vectors. The A-label form is in an earlier table; this is the raw UTF-8 form",
		why:    "the HOSTNAME is one token of non-ASCII letters, still the sender's own name; the PRI gives the level; an offset is converted",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "bücherei-fw01", "<14>1 2026-11-29T07:41:16Z bücherei-fw01 filterd 412 - - blocked 203.0.113.45 → 10.20.0.7:22"),
			we("2026-11-29T06:41:17.5Z", Notice, "köln-sw02.example.de", "<13>1 2026-11-29T07:41:17.5+01:00 köln-sw02.example.de lldpd 812 - - new neighbor on port 7: ap-empfang"),
			we("2026-11-29T07:41:18Z", Error, "東京-gw01", "<11>1 2026-11-29T07:41:18Z 東京-gw01 ipsec 4120 - - tunnel to osaka-gw02 down"),
			we("2026-11-29T07:41:19Z", Debug, "αθήνα-ap03", "<15>1 2026-11-29T07:41:19Z αθήνα-ap03 hostapd 901 - - wlan0: STA 52:54:00:aa:bb:cc IEEE 802.11: associated"),
		},
	},
	{
		name:   "logger-rfc5424-notime-nohost",
		source: "util-linux logger with --rfc5424=notime,nohost (no timestamp and no timeQuality, the TIMESTAMP and HOSTNAME written as NILVALUE; the tag defaults to the user name; -i adds the pid; --msgid sets MSGID; -p local3.err) and with nohost alone, as a collector keeps the datagrams raw one a line: logger(1) (--rfc5424[=without]); from memory of real lines. logger's full --rfc5424 with timeQuality is in an earlier table; this is its notime and nohost mode",
		why:    "a NILVALUE TIMESTAMP means the record has no time of its own; a NILVALUE HOSTNAME means no host; the PRI gives the level",
		entries: []worldEntry{
			we("", Notice, "", "<13>1 - - alice - - - backup of /srv/shop started"),
			we("", Notice, "", "<13>1 - - alice 4120 - - backup of /srv/shop finished: 41207 files"),
			we("", Error, "", "<155>1 - - backup 4120 BKP - disk /dev/sdb1 is 97% full"),
			we("2026-11-29T07:41:19.204412Z", Info, "", `<14>1 2026-11-29T07:41:19.204412+00:00 - backup 4131 - [timeQuality tzKnown="1" isSynced="1" syncAccuracy="41207"] snapshot rotated`),
		},
	},
	{
		name:   "rfc3164-bom-in-content",
		source: "RFC 5424 §6.4's BOM carried into RFC 3164 lines by relays that translate the format and keep MSG's first bytes: the BOM after the tag's colon, glued to the colon, or where the TAG begins; as the encoding vectors of syslog parser test suites shape it; from memory of parsers' vectors",
		why:    "a BOM inside the line is an invisible character of the content, not a break in the header: the time, host and PRI are read as usual",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "web01", "<14>Nov 29 07:41:16 web01 shop-api[4120]: \ufeffcheckout completed for order 41207"),
			we("2026-11-29T07:41:17Z", Warn, "web01", "<12>Nov 29 07:41:17 web01 shop-api[4120]:\ufeffpayment provider slow: 4120 ms"),
			we("2026-11-29T07:41:18Z", Error, "web01", "<11>Nov 29 07:41:18 web01 \ufeffshop-api[4120]: order 41208 failed: card declined"),
			we("2026-11-29T07:41:19Z", Notice, "web02", "<13>Nov 29 07:41:19 web02 \ufeffKäufer 41 hat bestellt"),
		},
	},
	{
		name:   "syslog-ng-error-processing",
		source: "syslog-ng's `Error processing log message` records (when its syslog parser rejects a received message it keeps the whole line behind that prefix, with the program syslog-ng and the sender's address as HOST, in the same destination as the other messages): syslog-ng/syslog-ng issue #619 (the maintainer on piggybacking the error on the message) and issue #1407 quoting such a line; the file template's BSD header",
		why:    "the header's host is the sender's address, the device whose message failed; the rejected message quoted after the colon keeps its own PRI and time, which are text; a stored file has no PRI, so no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "10.20.0.41", "Nov 29 07:41:16 10.20.0.41 syslog-ng[2592]: Error processing log message (at position 51): <165>1 2026-11-29T07:41:16.204+00:00 cam-07 onvifd – – motion start zone=2"),
			we("2026-11-29T07:41:17Z", Unknown, "logsrv01", "Nov 29 07:41:17 logsrv01 syslog-ng[2592]: Syslog connection accepted; fd='41', client='AF_INET(10.20.0.42:51234)', local='AF_INET(0.0.0.0:514)'"),
			we("2026-11-29T07:41:18Z", Unknown, "10.20.0.42", "Nov 29 07:41:18 10.20.0.42 syslog-ng[2592]: Error processing log message (at position 3): <1 65>1 2026-11-29T07:41:18Z ups01 upsd - - battery low"),
			we("2026-11-29T07:41:19Z", Unknown, "10.20.0.41", "Nov 29 07:41:19 10.20.0.41 onvifd[41]: motion stop zone=2"),
		},
	},
	{
		name:   "syslog-ng-suppressed-repeats",
		source: "syslog-ng's repeat suppression (suppress() on a destination: `Last message '<first 20 characters>' repeated N times, suppressed by syslog-ng on <fqdn>`, written into the destination as one of syslog-ng's own messages) between the lines it stands for: syslog-ng/syslog-ng issue #458 quoting lib/logwriter.c; syslog-ng OSE admin guide 'suppress()'",
		why:    "syslog-ng's own line has its own header with the log server as host; the FQDN at its end repeats it; the message's quoted head is text; a stored file has no PRI",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "bastion01", "Nov 29 07:41:16 bastion01 sshd[4120]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.45  user=root"),
			we("2026-11-29T07:41:46Z", Unknown, "logsrv01", "Nov 29 07:41:46 logsrv01 syslog-ng[2592]: Last message 'pam_unix(sshd:auth):' repeated 41 times, suppressed by syslog-ng on logsrv01.example.org"),
			we("2026-11-29T07:41:47Z", Unknown, "bastion01", "Nov 29 07:41:47 bastion01 sshd[4131]: Connection closed by authenticating user root 203.0.113.45 port 51234 [preauth]"),
		},
	},
	{
		name:   "rfc5424-missing-version",
		source: "RFC 5424 §6.2.2 (VERSION follows the PRI) against senders that leave it out and write the rest of the RFC 5424 header after the PRI (`<PRI>time host app procid msgid sd msg`), as the missing-version vectors of syslog parser test suites shape it; from memory of parsers' vectors",
		why:    "the PRI gives the level; the RFC 3339 time is the record's; the HOSTNAME after it is the host and `-` is none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "app01.example.org", "<165>2026-11-29T07:41:16.204Z app01.example.org shop-api 4120 ORD - order 41207 accepted"),
			we("2026-11-29T06:41:17.31Z", Error, "app01.example.org", `<163>2026-11-29T07:41:17.31+01:00 app01.example.org shop-api 4120 ORD [meta sequenceId="41"] order 41208 rejected`),
			we("2026-11-29T07:41:18Z", Info, "app02.example.org", "<14>2026-11-29T07:41:18Z app02.example.org cron - - - job nightly-export started"),
			we("2026-11-29T07:41:19.5Z", Warn, "", "<12>2026-11-29T07:41:19.5Z - shop-api 4131 - - disk nearly full"),
		},
	},
	{
		name:   "rsyslogd-internal-messages",
		source: "rsyslogd's own messages in /var/log/syslog: its start line with the origin element, imuxsock's rate-limiting notices (`begin to drop messages from pid N due to rate-limiting`, `N messages lost due to rate-limiting`), an action suspended and resumed with the error-code URL: rsyslog docs 'imuxsock' (SysSock.RateLimit.Interval, Burst) and rsyslog issues quoting `action … suspended … try https://www.rsyslog.com/e/2007`; from memory of real lines",
		why:    "a BSD header with the host and the tag rsyslogd and no pid; the [origin …] element is text; a stored file has no PRI, so no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "web01", `Nov 29 07:41:16 web01 rsyslogd: [origin software="rsyslogd" swVersion="8.2312.0" x-pid="812" x-info="https://www.rsyslog.com"] start`),
			we("2026-11-29T07:41:17Z", Unknown, "web01", "Nov 29 07:41:17 web01 rsyslogd: imuxsock: begin to drop messages from pid 4120 due to rate-limiting"),
			we("2026-11-29T07:41:22Z", Unknown, "web01", "Nov 29 07:41:22 web01 rsyslogd: imuxsock: 4120 messages lost due to rate-limiting (200 allowed within 5 seconds)"),
			we("2026-11-29T07:41:23Z", Unknown, "web01", "Nov 29 07:41:23 web01 rsyslogd: action 'action-2-builtin:omfwd' suspended (module 'builtin:omfwd'), retry 0. There should be messages before this one giving the reason for suspension. [v8.2312.0 try https://www.rsyslog.com/e/2007 ]"),
			we("2026-11-29T07:41:53Z", Unknown, "web01", "Nov 29 07:41:53 web01 rsyslogd: action 'action-2-builtin:omfwd' resumed (module 'builtin:omfwd') [v8.2312.0 try https://www.rsyslog.com/e/2359 ]"),
		},
	},
	{
		name:   "journald-ratelimit-suppressed",
		source: "systemd-journald's own messages as journalctl prints them (the short format): the rate limiter's `Suppressed N messages from unit` (RateLimitIntervalSec=, RateLimitBurst=) and the hash table fill-level notice before a rotation: journald.conf(5) (RateLimitIntervalSec=); from memory of real lines",
		why:    "journalctl's header with the host; the unit named is text, not a host; no level in the short format",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "app01", "Nov 29 07:41:16 app01 systemd-journald[412]: Suppressed 41207 messages from shop-worker.service"),
			we("2026-11-29T07:41:16Z", Unknown, "app01", "Nov 29 07:41:16 app01 shop-worker[4120]: retrying job 41207 (attempt 3)"),
			we("2026-11-29T07:41:46Z", Unknown, "app01", "Nov 29 07:41:46 app01 systemd-journald[412]: Suppressed 4120 messages from shop-worker.service"),
			we("2026-11-29T07:41:50Z", Unknown, "app01", "Nov 29 07:41:50 app01 systemd-journald[412]: Data hash table of /var/log/journal/4f1c2a7e9b3d41c28a7e9b3d4f1c2a7e/system.journal has a fill level at 75.0 (8533 of 11377 items, 6553600 file size, 768 bytes per hash table item), suggesting rotation."),
		},
	},
	{
		name:   "rfc3164-ipv4-mapped-host",
		source: "a collector listening on a dual-stack socket that writes an IPv4 sender's address in its IPv4-mapped IPv6 form (`::ffff:a.b.c.d`) where the hostname goes (rsyslog's %fromhost% for a sender without a name, syslog-ng's HOST with keep-hostname(no) and no DNS): RFC 4291 §2.5.5.2 (IPv4-mapped addresses); from memory of real lines",
		why:    "the mapped address is one token and the sender's own: the host; a raw line keeps its PRI, a stored one none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "::ffff:10.20.0.51", "Nov 29 07:41:16 ::ffff:10.20.0.51 printerd: Toner cartridge low (black)"),
			we("2026-11-29T07:41:17Z", Unknown, "::ffff:10.20.0.52", "Nov 29 07:41:17 ::ffff:10.20.0.52 upsd: On battery power in response to an input power problem"),
			we("2026-11-29T07:41:18Z", Unknown, "::ffff:10.20.0.51", "Nov 29 07:41:18 ::ffff:10.20.0.51 printerd: Paper jam in tray 2"),
			we("2026-11-29T07:41:19Z", Notice, "::ffff:10.20.0.53", "<13>Nov 29 07:41:19 ::ffff:10.20.0.53 camera[41]: motion detected zone 2"),
		},
	},
	{
		name:   "rfc5424-truncated-datagrams",
		source: "RFC 5424 §6.1 and RFC 5426 §3.2 (a receiver may truncate a message longer than it accepts; senders over UDP cut at 480, 1024 or 2048 octets) as collectors store the cut datagrams: inside an SD-ELEMENT, inside the MSG, inside the APP-NAME and inside the TIMESTAMP, as the truncation vectors of syslog parser test suites shape them; from memory of parsers' vectors",
		why:    "what is left of the header is still read: the PRI's level and, where it is whole, the time and the host; a cut TIMESTAMP gives no time and leaves no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "app01.example.org", `<14>1 2026-11-29T07:41:16.204Z app01.example.org shop-api 4120 - [req@32473 id="4f1c2a7e" path="/api/checkout" ua="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrom`),
			we("2026-11-29T07:41:17.31Z", Error, "app01.example.org", `<11>1 2026-11-29T07:41:17.31Z app01.example.org shop-api 4120 - - Traceback (most recent call last): File "/srv/shop/app.py", line 412, in checkout: File "/srv/shop/pay`),
			we("2026-11-29T07:41:18Z", Notice, "app02.example.org", "<13>1 2026-11-29T07:41:18Z app02.example.org sho"),
			we("", Warn, "", "<12>1 2026-11-29T07:41:1"),
		},
	},
	{
		name:   "rfc3164-cisco-counter-star-clock",
		source: "Cisco IOS messages as a collector receives them raw, with no origin-id and so no HOSTNAME: the PRI, the message counter (`412: `, dropped by `no logging message-counter syslog`), the clock with `*` (not synchronised) or `.` (synchronised, then lost) and milliseconds, `service timestamps log datetime msec [show-timezone]`, then `%FAC-SEV-MNEMONIC:`: Cisco IOS 'System Message Logging' (message format, timestamps) and Graylog and Logstash threads on Cisco's leading counter; from memory of real lines. The relayed and buffer forms are in earlier tables; this is the raw wire form without a host",
		why:    "the PRI gives the level; a counter and a clock marker before the time are not part of it; no HOSTNAME, so no host; the time in the login message is text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "", "<189>*Nov 29 07:41:16.204: %SYS-5-CONFIG_I: Configured from console by admin on vty0 (10.20.0.7)"),
			we("2026-11-29T07:41:17.31Z", Error, "", "<187>412: *Nov 29 07:41:17.310: %LINK-3-UPDOWN: Interface GigabitEthernet0/4, changed state to down"),
			we("2026-11-29T07:41:18.002Z", Notice, "", "<189>413: Nov 29 07:41:18.002 UTC: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/4, changed state to down"),
			we("2026-11-29T07:41:19.5Z", Notice, "", "<189>414: .Nov 29 07:41:19.500: %SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: admin] [Source: 10.20.0.7] [localport: 22] at 07:41:19 UTC Sun Nov 29 2026"),
		},
	},
	{
		name:   "rfc3164-empty-host-double-space",
		source: "RFC 3164 §4.1.2 (one SP between TIMESTAMP, HOSTNAME and TAG) against senders that leave the HOSTNAME empty and so write two blanks before the tag, as the empty-field vectors of syslog parser test suites shape it; from memory of parsers' vectors. The RFC 5424 empty fields and a `-` host are in earlier tables; this is the BSD empty host",
		why:    "the PRI gives the level; the empty field between the two blanks is no host, and the tag after it is not a host either",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "<13>Nov 29 07:41:16  shop-api[4120]: order 41207 accepted"),
			we("2026-11-29T07:41:17Z", Warn, "", "<12>Nov 29 07:41:17  shop-api[4120]: slow query 4120 ms"),
			we("2026-11-29T07:41:18Z", Error, "", "<11>Nov 29 07:41:18  kernel: Out of memory: Killed process 4131 (shop-worker)"),
			we("2026-11-29T07:41:19Z", Info, "", "<78>Nov 29 07:41:19  CRON[812]: (root) CMD (run-parts /etc/cron.hourly)"),
		},
	},
	{
		name:   "syslog-leading-blank-before-pri",
		source: "syslog lines that arrive with blanks or a tab before the PRI (a sender's framing bug, a TCP stream split after a separator, an octet count followed by two blanks), as the whitespace vectors of syslog parser test suites shape them (rsyslog and syslog-ng skip leading blanks before `<`); from memory of parsers' vectors",
		why:    "leading blanks do not make a line a continuation of the one above: each is a record of its own whose PRI gives the level and whose header gives the time and host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "gw03", " <13>Nov 29 07:41:16 gw03 ntpd[812]: synchronized to 10.20.0.1, stratum 2"),
			we("2026-11-29T07:41:17Z", Warn, "gw03", "\t<12>Nov 29 07:41:17 gw03 ntpd[812]: clock step 0.412 s"),
			we("2026-11-29T07:41:18.204Z", Notice, "gw03.example.org", "  <165>1 2026-11-29T07:41:18.204Z gw03.example.org ntpd 812 - - leap second announced"),
			we("2026-11-29T07:41:19Z", Error, "gw03", " <11>Nov 29 07:41:19 gw03 chronyd[901]: Can't synchronise: no selectable sources"),
		},
	},

	// Network appliances and security devices.
	{
		name:   "aruba-clearpass-syslog-export",
		source: "Aruba ClearPass Policy Manager's syslog export filters (Session Logs, System Events, Audit Records: the syslog header, then the CPPM time `yyyy-MM-dd HH:mm:ss,SSS`, the node's address, the export filter's name, a message id, the segment count and number, then comma-separated `Attribute=value` pairs): ClearPass Policy Manager user guide 'Syslog Export Filters'; from memory of real lines",
		why:    "the PRI gives the level; the header's time and the CPPM's own agree; the node named in the header is the writer; the NAS, the user's device and the AD server are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.204Z", Info, "cppm01", "<134>Nov 29 07:41:16 cppm01 2026-11-29 07:41:16,204 10.20.0.5 Session_Logs 41207 1 0 Common.Username=alice,Common.Service=Corp 802.1X,Common.Roles=[Employee],Common.NAS-IP-Address=10.20.0.1,RADIUS.Acct-Framed-IP-Address=10.20.4.41,Common.Enforcement-Profiles=Corp VLAN,Common.Login-Status=ACCEPT"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.31Z", Warn, "cppm01", "<132>Nov 29 07:41:17 cppm01 2026-11-29 07:41:17,310 10.20.0.5 Session_Logs 41208 1 0 Common.Username=bob,Common.Service=Corp 802.1X,Common.NAS-IP-Address=10.20.0.1,Common.Login-Status=REJECT,Common.Alerts=Invalid password"),
			we("2026-11-29T07:41:19Z|2026-11-29T07:41:19.002Z", Error, "cppm01", "<131>Nov 29 07:41:19 cppm01 2026-11-29 07:41:19,002 10.20.0.5 CPPM_System_Events 41209 1 0 Source=Policy server,Level=ERROR,Category=Authentication,Action=None,Description=Failed to connect to AD domain controller dc01.example.org"),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.5Z", Notice, "cppm01", "<133>Nov 29 07:41:20 cppm01 2026-11-29 07:41:20,500 10.20.0.5 CPPM_Audit_Records 41210 1 0 Name=Corp 802.1X,Action=MODIFY,Category=Service,User=admin"),
		},
	},
	{
		name:   "versa-analytics-kvp",
		source: "Versa Networks FlexVNF / Versa Analytics logs in the KVP format the log collector receives and writes (`yyyy-MM-ddTHH:mm:ss+zzzz logType, applianceName=…, tenantName=…, key=value, …`): Versa docs 'Log Collector' and 'Versa Analytics log formats'; from memory of real lines",
		why:    "an ISO time with a colon-less offset, then the log type; applianceName names the branch appliance that produced the record, its writer; the addresses are peers; no level",
		gap:    "applianceName=, the appliance that wrote the record, is not read as the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "branch-01", "2026-11-29T07:41:16+0000 accessLog, applianceName=branch-01, tenantName=acme, flowId=33612, flowCookie=1795938076, sourceIPv4Address=10.20.0.7, destinationIPv4Address=198.51.100.2, sourcePort=51234, destinationPort=443, protocolIdentifier=6, action=allow, appId=ssl, rule=allow-web, fromZone=trust, toZone=untrust, sentOctets=4120, recvdOctets=41207"),
			we("2026-11-29T07:41:17Z", Unknown, "branch-01", "2026-11-29T08:41:17+0100 urlfLog, applianceName=branch-01, tenantName=acme, flowId=33613, urlCategory=gambling, urlReputation=high_risk, httpUrl=casino.example.net/, action=block, sourceIPv4Address=10.20.0.9, destinationIPv4Address=203.0.113.80"),
			we("2026-11-29T07:41:18Z", Unknown, "branch-02", "2026-11-29T07:41:18+0000 accessLog, applianceName=branch-02, tenantName=acme, flowId=41207, flowCookie=1795938078, sourceIPv4Address=10.30.0.4, destinationIPv4Address=192.0.2.53, sourcePort=53000, destinationPort=53, protocolIdentifier=17, action=deny, rule=block-external-dns, fromZone=trust, toZone=untrust"),
		},
	},
	{
		name:   "sonicwall-sma100-syslog",
		source: "SonicWall SMA 100 series (Secure Mobile Access, the SSL VPN appliance) syslog as a relay stores it (`Mmm dd HH:mm:ss host id=sslvpn sn=serial time=\"yyyy-MM-dd HH:mm:ss\" vp_time=\"yyyy-MM-dd HH:mm:ss UTC\" fw=ip pri=n m=… c=… src=… dst=… user=\"…\" usr=\"…\" msg=\"…\" agent=\"…\"`): SonicWall SMA 100 administration guide (Log settings) and SIEM parsers' SMA mappings; from memory of real lines. SonicOS firewall syslog is in an earlier table; this is the SMA's",
		why:    "the relay's header gives the host; time= (the appliance's clock, set to UTC) and vp_time= in UTC agree with the header; pri= on syslog's scale is the level; the user's address and the portal's servers are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "sma-gw01", `Nov 29 07:41:16 sma-gw01 id=sslvpn sn=2CB8ED41A207 time="2026-11-29 07:41:16" vp_time="2026-11-29 07:41:16 UTC" fw=198.51.100.2 pri=6 m=1 c=1 src=203.0.113.45 dst=198.51.100.2 user="alice" usr="alice" msg="User login successful" agent="Mozilla/5.0 (Windows NT 10.0; Win64; x64)" duration=0 portal="VirtualOffice" domain="LocalDomain"`),
			we("2026-11-29T07:41:18Z", Warn, "sma-gw01", `Nov 29 07:41:18 sma-gw01 id=sslvpn sn=2CB8ED41A207 time="2026-11-29 07:41:18" vp_time="2026-11-29 07:41:18 UTC" fw=198.51.100.2 pri=4 m=2 c=1 src=203.0.113.77 dst=198.51.100.2 user="admin" usr="admin" msg="Login failed - Incorrect username/password" agent="curl/8.5.0" portal="VirtualOffice" domain="LocalDomain"`),
			we("2026-11-29T07:41:19Z", Info, "sma-gw01", `Nov 29 07:41:19 sma-gw01 id=sslvpn sn=2CB8ED41A207 time="2026-11-29 07:41:19" vp_time="2026-11-29 07:41:19 UTC" fw=198.51.100.2 pri=6 m=3 c=2 src=10.8.0.6 dst=10.20.0.10:3389 user="alice" usr="alice" msg="RDP session started" proto=tcp/3389 portal="VirtualOffice"`),
			we("2026-11-29T07:41:20Z", Error, "sma-gw01", `Nov 29 07:41:20 sma-gw01 id=sslvpn sn=2CB8ED41A207 time="2026-11-29 07:41:20" vp_time="2026-11-29 07:41:20 UTC" fw=198.51.100.2 pri=3 m=4 c=4 msg="Unable to contact RADIUS server 10.20.0.11"`),
		},
	},
	{
		name:   "nokia-srlinux-log",
		source: "Nokia SR Linux's log files under /var/log/srlinux (its rsyslog template: an RFC 3339 time with microseconds, the host, `facility|SEVR` with the severity cut to four capitals (NOTI WARN INFO ERR CRIT), the application's tag, then `subsystem|pid|tid|sequence|L:` with a severity letter): Nokia SR Linux Configuration Basics guide (logging) and learn.srlinux.dev; from memory of real lines. SR OS is in an earlier table; this is SR Linux",
		why:    "the severity after the facility and the bar is the level; the letter before the message agrees; the BGP peer and the gNMI client are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204412Z", Notice, "leaf1", "2026-11-29T07:41:16.204412+00:00 leaf1 local6|NOTI sr_app_mgr: app|1204|1204|00041|N: The sr_bgp_mgr application has started"),
			we("2026-11-29T07:41:17.310004Z", Warn, "leaf1", "2026-11-29T07:41:17.310004+00:00 leaf1 local6|WARN sr_bgp_mgr: bgp|2041|2077|00120|W: In network-instance default, the BGP session with peer 10.20.0.2 moved from the ESTABLISHED state to the IDLE state"),
			we("2026-11-29T07:41:18.002117Z", Info, "leaf1", "2026-11-29T07:41:18.002117+00:00 leaf1 local6|INFO sr_aaa_mgr: aaa|1753|1753|00089|I: User admin opened a gnmi session from 10.20.0.7"),
			we("2026-11-29T07:41:19.5Z", Error, "leaf1", "2026-11-29T07:41:19.500000+00:00 leaf1 local6|ERR sr_linux_mgr: linux|1402|1402|00212|E: Interface ethernet-1/4 is now down for reason: port-oper-down"),
			we("2026-11-29T07:41:20.004Z", Critical, "leaf1", "2026-11-29T07:41:20.004000+00:00 leaf1 local6|CRIT sr_chassis_mgr: chassis|1311|1311|00077|C: Fan tray 2 has failed"),
		},
	},
	{
		name:   "fortiauthenticator-kv",
		source: "FortiAuthenticator's remote syslog (a PRI glued to FortiOS-family key=value pairs: date= and time= in the unit's zone, devname, devid, logid, type, subtype, level, user, and the message): Fortinet docs 'FortiAuthenticator Administration Guide' (Logging, remote syslog) and the FortiOS log reference for the shared header fields; from memory of real lines. FortiGate, FortiWeb, FortiMail and FortiSwitch are in earlier tables; this is FortiAuthenticator",
		why:    "the PRI and level= agree and give the level; date= and time= in UTC are the record's time; devname is the writer as for FortiGate; the NAS and the user's address are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "fac01", `<110>date=2026-11-29 time=07:41:16 devname="fac01" devid="FAC-VMTM41207412" logid="20995" type="event" subtype="authentication" level="information" user="alice" nas="10.20.0.1" userip="10.20.4.41" action="Authentication" status="success" msg="Local user authentication with FortiToken successful"`),
			we("2026-11-29T07:41:18Z", Warn, "fac01", `<108>date=2026-11-29 time=07:41:18 devname="fac01" devid="FAC-VMTM41207412" logid="20996" type="event" subtype="authentication" level="warning" user="bob" nas="10.20.0.1" userip="10.20.4.42" action="Authentication" status="failure" msg="Local user authentication failed: invalid token code"`),
			we("2026-11-29T07:41:19Z", Error, "fac01", `<107>date=2026-11-29 time=07:41:19 devname="fac01" devid="FAC-VMTM41207412" logid="30211" type="event" subtype="system" level="error" action="LDAP" status="failure" msg="Remote LDAP server dc01.example.org unreachable"`),
			we("2026-11-29T07:41:20Z", Notice, "fac01", `<109>date=2026-11-29 time=07:41:20 devname="fac01" devid="FAC-VMTM41207412" logid="10001" type="event" subtype="admin" level="notice" user="admin" userip="10.20.0.7" action="Login" status="success" msg="Administrator admin logged in via GUI"`),
		},
	},
	{
		name:   "fdio-vpp-log",
		source: "FD.io VPP's own log (the vlib log ring written to /var/log/vpp/vpp.log by `unix { log … }` and shown by `show logging`: `yyyy/MM/dd HH:mm:ss:mmm level  class/subclass  msg`, the milliseconds after a colon, levels emerg alert crit err warn notice info debug): fd.io VPP documentation 'Logging' (vlib log classes and levels); from memory of real lines",
		why:    "a slashed date and a clock whose milliseconds follow a colon; the padded level word is VPP's own scale; the plugin or interface class is not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Notice, "", "2026/11/29 07:41:16:204 notice     plugin/load    Loaded plugin: acl_plugin.so (Access Control Lists (ACL))"),
			we("2026-11-29T07:41:16.31Z", Info, "", "2026/11/29 07:41:16:310 info       dpdk           EAL: Probe PCI driver: net_ice (8086:159b) device: 0000:3b:00.0 (socket 0)"),
			we("2026-11-29T07:41:17.002Z", Warn, "", "2026/11/29 07:41:17:002 warn       dpdk           Unsupported PCI device 0x8086:0x1572 found at PCI address 0000:5e:00.1"),
			we("2026-11-29T07:41:18.5Z", Error, "", "2026/11/29 07:41:18:500 err        linux-cp/if    lcp_itf_pair_create: host interface tap41 already exists"),
		},
	},
	{
		name:   "keenetic-ndm-log",
		source: "a Keenetic router's system log (Web interface > Diagnostics > System log, or `show log` in the CLI: a level letter I, W, E or C, the year-less time in brackets, then the daemon and its component path `ndm: Network::Interface::…:`): Keenetic support 'System log'; from memory of real lines",
		why:    "the level is the letter before the bracketed year-less time (I info, W warning, E error, C critical); the interface and peer names are text; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `I [Nov 29 07:41:16] ndm: Network::Interface::Ethernet: "GigabitEthernet1/0": interface is up.`),
			we("2026-11-29T07:41:17Z", Warn, "", `W [Nov 29 07:41:17] ndm: Network::Interface::Rtx::WifiMonitor: "WifiMaster0/AccessPoint0": STA(52:54:00:aa:bb:cc) had deauthenticated by STA (reason: STA is leaving or has left BSS).`),
			we("2026-11-29T07:41:18Z", Error, "", "E [Nov 29 07:41:18] ipsec: 13[IKE] <vpn-hq|41> received AUTHENTICATION_FAILED notify error"),
			we("2026-11-29T07:41:19Z", Critical, "", `C [Nov 29 07:41:19] ndm: Network::Interface::Ppp: "PPPoE0": failed to connect: no response from the access concentrator.`),
		},
	},
	{
		name:   "unifi-network-cef-siem",
		source: "UniFi Network's SIEM integration (Settings > Control Plane > Integrations, Activity Logging to a syslog server in CEF: `CEF:0|Ubiquiti|UniFi Network|version|event id|name|severity|UNIFIcategory=… UNIFIsubCategory=… UNIFIhost=… … msg=…` behind a BSD header with the console's name): Ubiquiti help center 'SIEM Integration with UniFi'; from memory of real lines. UniFi APs' own syslog and the Network Application's server.log are in earlier tables; this is the CEF feed",
		why:    "the PRI gives the level; the console in the header and in UNIFIhost is the writer; the AP and the client named in the extension are peers; CEF's 0-10 severity is not read over the PRI",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "UDM-Pro-HQ", "<14>Nov 29 07:41:16 UDM-Pro-HQ CEF:0|Ubiquiti|UniFi Network|9.0.114|400|WiFi Client Connected|1|UNIFIcategory=Monitoring UNIFIsubCategory=WiFi UNIFIhost=UDM-Pro-HQ UNIFIclientMac=52:54:00:aa:bb:cc UNIFIclientIp=10.20.4.41 UNIFIconnectedToDeviceName=ap-lobby UNIFIwifiName=Corp msg=alice-phone connected to Corp on ap-lobby."),
			we("2026-11-29T07:41:17Z", Notice, "UDM-Pro-HQ", "<13>Nov 29 07:41:17 UDM-Pro-HQ CEF:0|Ubiquiti|UniFi Network|9.0.114|544|Admin Accessed UniFi Network|1|UNIFIcategory=System UNIFIsubCategory=Admin UNIFIhost=UDM-Pro-HQ UNIFIaccessMethod=web UNIFIadmin=admin src=10.20.0.7 msg=admin accessed UniFi Network using the web."),
			we("2026-11-29T07:41:18Z", Warn, "UDM-Pro-HQ", "<12>Nov 29 07:41:18 UDM-Pro-HQ CEF:0|Ubiquiti|UniFi Network|9.0.114|101|Threat Detected and Blocked|7|UNIFIcategory=Security UNIFIsubCategory=Intrusion Prevention UNIFIhost=UDM-Pro-HQ src=203.0.113.45 dst=10.20.0.10 dpt=22 proto=TCP msg=ET SCAN Potential SSH Scan blocked."),
			we("2026-11-29T07:41:19Z", Error, "UDM-Pro-HQ", "<11>Nov 29 07:41:19 UDM-Pro-HQ CEF:0|Ubiquiti|UniFi Network|9.0.114|311|Device Offline|5|UNIFIcategory=Monitoring UNIFIsubCategory=Devices UNIFIhost=UDM-Pro-HQ UNIFIdeviceName=ap-warehouse UNIFIdeviceMac=52:54:00:41:20:7f msg=ap-warehouse is offline."),
		},
	},
	{
		name:   "extreme-wing-syslog",
		source: "Extreme Networks (formerly Motorola/Zebra) WiNG 5 wireless controllers and APs sending syslog (`<PRI>Mmm dd HH:mm:ss host %MODULE-SEV-MNEMONIC: text`, the severity digit inside the mnemonic, DOT11, RADIUS, CFGD and others as modules): WiNG 5 System Reference Guide (logging, event system) and WiNG CLI reference 'logging'; from memory of real lines",
		why:    "the PRI and the mnemonic's digit agree and give the level; the controller in the header is the writer; the client's MAC and the AP named are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "rfs4000-1", "<190>Nov 29 07:41:16 rfs4000-1 %DOT11-6-ASSOC: Client '52-54-00-AA-BB-CC' associated to wireless LAN 'Corp' on radio 'ap7532-41:R1'"),
			we("2026-11-29T07:41:17Z", Notice, "rfs4000-1", "<189>Nov 29 07:41:17 rfs4000-1 %DOT11-5-EAP_SUCCESS: EAP authentication successful for user 'alice' on client '52-54-00-AA-BB-CC'"),
			we("2026-11-29T07:41:18Z", Warn, "rfs4000-1", "<188>Nov 29 07:41:18 rfs4000-1 %RADIUS-4-SERVER_UNREACHABLE: RADIUS server 10.20.0.11 not responding, failing over"),
			we("2026-11-29T07:41:19Z", Error, "rfs4000-1", "<187>Nov 29 07:41:19 rfs4000-1 %DEVICE-3-OFFLINE: Device 'ap7532-42' (B4-C7-99-41-20-7F) is offline, last seen at rf-domain 'hq'"),
		},
	},
	{
		name:   "quagga-record-priority-log",
		source: "Quagga's daemon log files with `log record-priority` (zlog writes the priority's name before the protocol: `yyyy/MM/dd HH:mm:ss[.fff] priority: PROTOCOL: msg`, the names emergencies alerts critical errors warnings notifications informational debugging; `log timestamp precision 3` adds milliseconds): Quagga manual 'Basic Commands' (log record-priority, log timestamp precision) and lib/log.c; from memory of real lines. FRR's log file without priorities is in an earlier table; this is Quagga's with them",
		why:    "the priority's name after the date is the level, the protocol after it is not; the neighbour addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026/11/29 07:41:16 notifications: OSPF: OSPFd 1.2.4 starting: vty@2604"),
			we("2026-11-29T07:41:17Z", Info, "", "2026/11/29 07:41:17 informational: OSPF: AdjChg: Nbr 10.20.0.2 on eth1:10.20.0.1: Loading -> Full (LoadingDone)"),
			we("2026-11-29T07:41:18.204Z", Warn, "", "2026/11/29 07:41:18.204 warnings: ZEBRA: netlink-listen error: No buffer space available, type=RTM_NEWROUTE(24), seq=4120, pid=0"),
			we("2026-11-29T07:41:19Z", Error, "", "2026/11/29 07:41:19 errors: BGP: 10.20.0.9 [Error] bgp_read_packet error: Connection reset by peer"),
			we("2026-11-29T07:41:20Z", Debug, "", "2026/11/29 07:41:20 debugging: OSPF: Hello received from [10.20.0.2] via [eth1:10.20.0.1]"),
		},
	},
	{
		name:   "juniper-srx-welf",
		source: "a Juniper SRX streaming its security logs in WebTrends Enhanced Log Format (`set security log format welf`: `id=firewall time=\"yyyy-MM-dd HH:mm:ss\" fw=name pri=n proto=… src=… dst=… msg=…`, pri= on syslog's 0-7 scale and fw= the firewall's name), as the collector keeps each record: Juniper 'security log (Security)' reference (format sd-syslog, syslog, welf) and the WELF field list (id, time, fw, pri); from memory of real lines. The SRX's sd-syslog and RT_FLOW lines are in earlier tables; this is its WELF mode",
		why:    "time= is the record's clock, read as UTC; pri= is the level; fw= names the firewall that wrote the record, its host; src and dst are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "srx01-edge", `id=firewall time="2026-11-29 07:41:16" fw="srx01-edge" pri=6 proto=tcp/https src=10.20.0.7 dst=198.51.100.2 src_port=51234 dst_port=443 rule="allow-web" msg="session created 10.20.0.7/51234->198.51.100.2/443 junos-https"`),
			we("2026-11-29T07:41:17Z", Warn, "srx01-edge", `id=firewall time="2026-11-29 07:41:17" fw="srx01-edge" pri=4 proto=tcp/ssh src=203.0.113.45 dst=198.51.100.2 src_port=51999 dst_port=22 rule="deny-all" msg="session denied 203.0.113.45/51999->198.51.100.2/22 junos-ssh"`),
			we("2026-11-29T07:41:18Z", Info, "srx01-edge", `id=firewall time="2026-11-29 07:41:18" fw="srx01-edge" pri=6 proto=tcp/https src=10.20.0.7 dst=198.51.100.2 src_port=51234 dst_port=443 rule="allow-web" sent=4120 rcvd=41207 duration=2 msg="session closed TCP FIN"`),
			we("2026-11-29T07:41:19Z", Error, "srx01-edge", `id=firewall time="2026-11-29 07:41:19" fw="srx01-edge" pri=3 proto=udp src=10.20.0.9 dst=192.0.2.53 src_port=53000 dst_port=53 msg="IDP attack DNS:OVERFLOW:TOO-LONG-TCP-MSG dropped"`),
		},
	},
	{
		name:   "arista-eos-high-resolution-timestamps",
		source: "Arista EOS with `logging format timestamp high-resolution` (an RFC 3339 time with microseconds and the offset instead of the BSD stamp) and `logging format hostname fqdn`, as /var/log/messages and `show logging` keep it: Arista EOS User Manual 'logging format timestamp' and 'logging format hostname'; from memory of real lines. EOS's default BSD-stamped lines are in an earlier table; this is the high-resolution mode",
		why:    "the ISO time with microseconds and offset, then the FQDN host, the agent and the Cisco-style mnemonic whose digit is the level (as the earlier table reads it); the neighbor is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204412Z", Notice, "leaf1.example.org", "2026-11-29T07:41:16.204412+00:00 leaf1.example.org Ebra: %LINEPROTO-5-UPDOWN: Line protocol on Interface Ethernet4, changed state to down"),
			we("2026-11-29T07:41:17.310004Z", Info, "leaf1.example.org", "2026-11-29T07:41:17.310004+00:00 leaf1.example.org Lldp: %LLDP-6-NEIGHBOR_NEW: LLDP neighbor with chassisId 5254.0041.207f and portId \"Ethernet1\" added on interface Ethernet4"),
			we("2026-11-29T07:41:18.002117Z", Error, "leaf1.example.org", "2026-11-29T08:41:18.002117+01:00 leaf1.example.org Bgp: %BGP-3-NOTIFICATION: sent to neighbor 10.20.0.2 (VRF default AS 65020) 4/0 (Hold Timer Expired Error/Unspecified) 0 bytes"),
			we("2026-11-29T07:41:19.5Z", Warn, "leaf1.example.org", "2026-11-29T07:41:19.500000+00:00 leaf1.example.org PowerManager: %ENVMON-4-POWER_SUPPLY_FAILED: Power supply 2 has failed"),
		},
	},
	{
		name:   "junos-time-format-year-millisecond",
		source: "Junos local log files with `set system syslog time-format year millisecond` (`Mmm dd yyyy HH:mm:ss.fff host process[pid]: TAG: msg`, the year after the day and milliseconds after the seconds; no priority without explicit-priority): Juniper 'time-format (System Logging)' and 'Including the Year or Millisecond in Timestamps'; from memory of real lines. Junos with explicit-priority and its structured-data mode are in earlier tables; this is the year and millisecond stamp",
		why:    "a year between the day and the clock and milliseconds after it; the host follows; the Junos event tag (UI_COMMIT, SNMP_TRAP_LINK_DOWN) is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "srx01", "Nov 29 2026 07:41:16.204  srx01 mgd[4120]: UI_COMMIT: User 'admin' requested 'commit' operation (comment: none)"),
			we("2026-11-29T07:41:17.31Z", Unknown, "srx01", "Nov 29 2026 07:41:17.310  srx01 mib2d[1812]: SNMP_TRAP_LINK_DOWN: ifIndex 541, ifAdminStatus up(1), ifOperStatus down(2), ifName ge-0/0/4"),
			we("2026-11-29T07:41:18.002Z", Unknown, "srx01", "Nov 29 2026 07:41:18.002  srx01 sshd[4131]: SSHD_LOGIN_FAILED: Login failed for user 'root' from host '203.0.113.45'"),
			we("2026-11-29T07:41:19.5Z", Unknown, "srx01", "Nov 29 2026 07:41:19.500  srx01 rpd[1412]: BGP_IO_ERROR_CLOSE_SESSION: BGP peer 10.20.0.2 (External AS 65020): Error event Operation timed out(60) for I/O session - closing it"),
		},
	},
	{
		name:   "fortigate-diagnose-sniffer",
		source: "FortiGate's packet sniffer, `diagnose sniffer packet any 'port 443' 4 0 a` (verbosity 4: the interface and direction; `a`: absolute UTC time `yyyy-MM-dd HH:mm:ss.ffffff`), with the interfaces= and filters= lines it prints first: Fortinet docs 'Using the FortiOS built-in packet sniffer'; from memory of real lines. FortiGate's debug console is in an earlier table; this is the sniffer",
		why:    "the absolute time in UTC opens each packet; the interface and the addresses are no host; the two header lines carry no time",
		entries: []worldEntry{
			we("", Unknown, "", "interfaces=[any]"),
			we("", Unknown, "", "filters=[port 443]"),
			we("2026-11-29T07:41:16.204412Z", Unknown, "", "2026-11-29 07:41:16.204412 port5 in 10.20.0.7.51234 -> 93.184.216.34.443: syn 4120412041"),
			we("2026-11-29T07:41:16.204901Z", Unknown, "", "2026-11-29 07:41:16.204901 port1 out 198.51.100.2.51234 -> 93.184.216.34.443: syn 4120412041"),
			we("2026-11-29T07:41:16.231004Z", Unknown, "", "2026-11-29 07:41:16.231004 port1 in 93.184.216.34.443 -> 198.51.100.2.51234: syn 1204120412 ack 4120412042"),
		},
	},
	{
		name:   "cisco-asa-show-capture",
		source: "Cisco ASA `show capture NAME` (a count line, a blank, then each packet numbered and indented: `   n: HH:mm:ss.ffffff       src.port > dst.port: flags seq win <options>`, closed by `N packets shown`): Cisco ASA 'Packet Capture' configuration guide and TAC captures; from memory of real lines. The ASA's syslog and buffer are in earlier tables; this is its capture buffer",
		why:    "an indented, numbered packet line is a record of its own with a bare time of day on the clock's day; the addresses are peers; the closing count line has no time",
		gap:    "the indented, numbered packet lines are joined to the count line above them, so they get no entry of their own",
		entries: []worldEntry{
			wskip("4 packets captured", ""),
			we("2026-11-29T07:41:16.204412Z", Unknown, "", "   1: 07:41:16.204412       10.20.0.7.51234 > 198.51.100.2.443: S 4120412041:4120412041(0) win 64240 <mss 1460,sackOK,timestamp 4120412 0>"),
			we("2026-11-29T07:41:16.230017Z", Unknown, "", "   2: 07:41:16.230017       198.51.100.2.443 > 10.20.0.7.51234: S 1204120412:1204120412(0) ack 4120412042 win 65160 <mss 1380>"),
			we("2026-11-29T07:41:16.230321Z", Unknown, "", "   3: 07:41:16.230321       10.20.0.7.51234 > 198.51.100.2.443: . ack 1204120413 win 502"),
			we("2026-11-29T07:41:16.231004Z", Unknown, "", "   4: 07:41:16.231004       10.20.0.7.51234 > 198.51.100.2.443: P 4120412042:4120412559(517) ack 1204120413 win 502"),
			we("", Unknown, "", "4 packets shown"),
		},
	},
	{
		name:   "checkpoint-fw-monitor-timestamps",
		source: "Check Point `fw monitor -T` (each packet at each inspection point: `[vs_N][fw_N] ddMmmyyyy H:mm:ss.ffffff iface:dir[len]: src -> dst (PROTO) len=… id=…`, then the transport line `TCP: sport -> dport flags seq=… ack=…` below it): Check Point sk30583 'What is FW Monitor' (-T prints the time stamp); from memory of real lines. Check Point's log exports, fwd.elg and zdebug drops are in earlier tables; this is fw monitor",
		why:    "a packet is two lines, the second with no time of its own; the compact date with an unpadded hour is the record's time, in UTC here; the virtual system and the instance are not hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204412Z", Unknown, "",
				"[vs_0][fw_1] 29Nov2026 7:41:16.204412 eth1:i[60]: 10.20.0.7 -> 198.51.100.2 (TCP) len=60 id=41207",
				"TCP: 51234 -> 443 .S.... seq=f5a1c2e9 ack=00000000"),
			we("2026-11-29T07:41:16.204431Z", Unknown, "",
				"[vs_0][fw_1] 29Nov2026 7:41:16.204431 eth1:I[60]: 10.20.0.7 -> 198.51.100.2 (TCP) len=60 id=41207",
				"TCP: 51234 -> 443 .S.... seq=f5a1c2e9 ack=00000000"),
			we("2026-11-29T07:41:16.204502Z", Unknown, "",
				"[vs_0][fw_1] 29Nov2026 7:41:16.204502 eth0:o[60]: 203.0.113.2 -> 198.51.100.2 (TCP) len=60 id=41207",
				"TCP: 41234 -> 443 .S.... seq=f5a1c2e9 ack=00000000"),
			we("2026-11-29T07:41:16.204517Z", Unknown, "",
				"[vs_0][fw_1] 29Nov2026 7:41:16.204517 eth0:O[60]: 203.0.113.2 -> 198.51.100.2 (TCP) len=60 id=41207",
				"TCP: 41234 -> 443 .S.... seq=f5a1c2e9 ack=00000000"),
		},
	},
	{
		name:   "openvpn-status-file",
		source: "the OpenVPN server's status file in --status-version 2 (rewritten every N seconds: TITLE, TIME with the text time and time_t, HEADER rows naming the columns, CLIENT_LIST and ROUTING_TABLE rows with `Connected Since` and `Last Ref`, GLOBAL_STATS, END): openvpn(8) (--status, --status-version); from memory of real files. OpenVPN's log and Access Server's log are in earlier tables; this is the status file",
		why:    "TIME carries the file's time; a client row's connection time and a route's last reference are its own times; the TITLE's build date and the HEADER rows are no record times; the common name and the real address are clients",
		gap:    "the HEADER rows are joined to the row above them, and GLOBAL_STATS and END to the ROUTING_TABLE row",
		entries: []worldEntry{
			wskip("TITLE,OpenVPN 2.6.12 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] [DCO] built on Jul 18 2024"),
			we("2026-11-29T07:41:16Z", Unknown, "", "TIME,2026-11-29 07:41:16,1795938076"),
			wskip("HEADER,CLIENT_LIST,Common Name,Real Address,Virtual Address,Virtual IPv6 Address,Bytes Received,Bytes Sent,Connected Since,Connected Since (time_t),Username,Client ID,Peer ID,Data Channel Cipher"),
			we("2026-11-29T07:30:02Z", Unknown, "", "CLIENT_LIST,alice,203.0.113.45:51234,10.8.0.6,,41207,412041,2026-11-29 07:30:02,1795937402,UNDEF,4,0,AES-256-GCM"),
			wskip("HEADER,ROUTING_TABLE,Virtual Address,Common Name,Real Address,Last Ref,Last Ref (time_t)"),
			we("2026-11-29T07:41:12Z", Unknown, "", "ROUTING_TABLE,10.8.0.6,alice,203.0.113.45:51234,2026-11-29 07:41:12,1795938072"),
			we("", Unknown, "", "GLOBAL_STATS,Max bcast/mcast queue length,0"),
			we("", Unknown, "", "END"),
		},
	},
	{
		name:   "f5-bigip-iso-date",
		source: "BIG-IP with `tmsh modify sys syslog iso-date enabled` (the local files /var/log/ltm and /var/log/secure with an ISO 8601 time and offset in place of the BSD stamp, then the host, the severity word and `process[pid]: msgid:sev: msg`): F5 K-article on the iso-date option of sys syslog; from memory of real lines. BIG-IP's BSD-stamped /var/log/ltm is in an earlier table; this is the iso-date mode",
		why:    "the ISO time with an offset is converted; the severity word after the host is the level, as the BSD form is read; the pool member and the admin's address are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "bigip01.example.org", "2026-11-29T07:41:16+00:00 bigip01.example.org notice mcpd[4120]: 01070638:5: Pool /Common/pool_web member /Common/10.20.0.21:80 monitor status down. [ /Common/http: down; last error:  ]  [ was up for 41hrs:12mins:4sec ]"),
			we("2026-11-29T07:41:17Z", Warn, "bigip01.example.org", "2026-11-29T08:41:17+01:00 bigip01.example.org warning tmm1[18124]: 01260013:4: SSL Handshake failed for TCP 203.0.113.45:51234 -> 198.51.100.10:443"),
			we("2026-11-29T07:41:18Z", Error, "bigip01.example.org", "2026-11-29T07:41:18+00:00 bigip01.example.org err mcpd[4120]: 01071038:3: Master Key not present for decryption of /Common/shop_key."),
			we("2026-11-29T07:41:19Z", Info, "bigip01.example.org", `2026-11-29T07:41:19+00:00 bigip01.example.org info sshd(pam_audit)[4131]: 01070417:6: AUDIT - user admin - RAW: sshd(pam_audit): user=admin(admin) partition=[All] level=Administrator tty=ssh host=10.20.0.7 attempts=1 start="Sun Nov 29 07:41:19 2026".`),
		},
	},
	{
		name:   "cisco-ise-psc-log",
		source: "Cisco ISE's ise-psc.log in /opt/CSCOcpm/logs (`show logging application ise-psc.log`: log4j `yyyy-MM-dd HH:mm:ss,SSS LEVEL  [thread][[session]] class -:session:::- msg`, the padded level, the `-::::-` context marker empty outside a session): Cisco ISE troubleshooting documents (debug logs, posture and profiler); from memory of real lines. ISE's remote syslog is in an earlier table; this is its local debug log",
		why:    "a zone-less comma-millisecond time read as UTC; the padded level word after it; the thread and the session id in brackets and the endpoint's MAC are not hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Debug, "", "2026-11-29 07:41:16,204 DEBUG  [http-nio-10.20.0.5-8443-exec-4][[]] cisco.cpm.posture.runtime.PostureHandlerImpl -::::- NAC agent is not installed on the endpoint 52:54:00:AA:BB:CC"),
			we("2026-11-29T07:41:17.31Z", Info, "", "2026-11-29 07:41:17,310 INFO   [admin-http-pool41][[]] cpm.admin.infra.spring.ISEAdminControllerUtils -:admin:::- Admin admin logged in from 10.20.0.7"),
			we("2026-11-29T07:41:18.002Z", Warn, "", "2026-11-29 07:41:18,002 WARN   [RMI TCP Connection(41)-127.0.0.1][[]] cisco.profiler.infrastructure.probemgr.INDispatcher -::::- Endpoint cache size 41207 exceeds threshold"),
			we("2026-11-29T07:41:19.5Z", Error, "", "2026-11-29 07:41:19,500 ERROR  [pool-412-thread-1][[]] cisco.cpm.infrastructure.certmgmt.api.CertMgmtImpl -::::- Failed to fetch CRL from http://pki.example.org/crl/corp.crl"),
		},
	},
}

func TestFresh37Formats(t *testing.T) { assertTable(t, fresh37Cases) }

// TestFresh37Score logs the thirty-seventh fresh figure, for logs trawl was never tuned on:
// go test ./parse -run TestFresh37Score -v
func TestFresh37Score(t *testing.T) {
	checkScore(t, "fresh37 formats", fresh37Cases, [worldNumFields]float64{89.7, 93.5, 80.4, 92.0})
}
