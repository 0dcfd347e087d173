package parse

import "testing"

// The twenty-first fresh table, written on 2026-11-30: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the first twenty fresh tables
// (fresh_test.go to fresh20_test.go), compared by family and by product and not only by name, so
// that its score is again an honest figure for logs trawl has never been tuned on. It is weighted
// about evenly over the domains of public labelled log corpora: Linux server daemons in their
// syslog lines (snmpd, multipathd, iscsid, systemd-resolved, systemd-timesyncd, chronyd's syslog
// messages, dhclient, Postfix's postscreen, Dovecot's LMTP and Sieve, bluetoothd, rtkit-daemon,
// udisksd); network devices as a collector or the device's own buffer keeps them (the Catalyst
// 9800 wireless controller, Cisco Wave 2 access points, Ruijie RGOS in both its syslog layouts,
// D-Link DGS switches, A10 ACOS, FortiSwitch, Teltonika RutOS, Cisco IOS with uptime stamps);
// big-data, grid and HPC services in their default layouts (Apache Pig's console, the Maui
// scheduler, TORQUE's server and accounting logs, OpenStack under DevStack's journal, NorduGrid
// ARC's A-REX, Cruise Control, Apache Kyuubi, Ganglia's gmond and gmetad, OpenSearch Dashboards);
// mobile platforms (macOS Console.app's copied lines, Apple Health's export.xml, logcat's
// long,epoch, time,year and threadtime,zone forms, logcat's kernel buffer, the iOS .ips crash
// report, macOS periodic's daily.out); and syslog as libraries and tools write it (NLog's syslog
// target, Log4j 2's BSD SyslogLayout, an rsyslog template keyed on fromhost-ip, HP-UX syslogd,
// CloudBees' syslog-java-client, util-linux logger's --stderr echo).
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own (a clock with an hour and no date is on the
// clock's day), the written clock read as UTC when the format writes no zone, a year-less date in
// the table's year, levels only where the source puts them and mapped from the program's own
// scale (a PRI gives its severity; a level word in free text is no level), "" host when the record
// names none (a peer, a client or a managed device named in the message is no host; the sender's
// own name or address in the header, or in a field that names it, is), and a multi-line record as
// one entry.
//
// The lines were written for this table in the layout each product really uses, learned from its
// documentation, source and public threads (named in source; where a detail is from memory of real
// lines rather than a found page, source says so); hosts, ids and messages are invented, and every
// time is in late November 2026. The expectations were decided from the format before the table
// was first run; a family trawl still gets wrong carries a gap that says what it does not read, and
// it stays in the score. The table is a measurement, never to be tuned on: no parser rule is to be
// written from it, or it stops being one.
//
// Its first figure, scored once at commit 247ecab before any rule was written from it: level 89.1 %,
// time 93.3 %, host 95.6 %, records 91.1 % (macro), 36 of 45 families fully right.
//
// go test ./parse -run Fresh21 -v

var fresh21Cases = []worldCase{
	// Linux server daemons in their syslog lines.
	{
		name:   "snmpd-syslog",
		source: "Net-SNMP snmpd logging to syslog (`snmpd -Lsd`: `NET-SNMP version x.y.z`, `Connection from UDP: [addr]:port->[addr]:161` with dontLogTCPWrappersConnects off, `error on subcontainer 'ia_addr' insert (-1)`, `Cannot statfs …`) in an rsyslog traditional file: from memory of real /var/log/messages lines and net-snmp-users threads",
		why:    "a plain RFC 3164 file line with the host; the agent and manager addresses in the message are peers; snmpd writes no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "nms01", "Nov 29 07:41:16 nms01 snmpd[1412]: NET-SNMP version 5.9.4"),
			we("2026-11-29T07:41:17Z", Unknown, "nms01", "Nov 29 07:41:17 nms01 snmpd[1412]: Connection from UDP: [10.20.0.41]:51234->[10.20.0.5]:161"),
			we("2026-11-29T07:41:18Z", Unknown, "nms01", "Nov 29 07:41:18 nms01 snmpd[1412]: error on subcontainer 'ia_addr' insert (-1)"),
			we("2026-11-29T07:41:19Z", Unknown, "nms01", "Nov 29 07:41:19 nms01 snmpd[1412]: Cannot statfs /run/user/1000/doc: Permission denied"),
		},
	},
	{
		name:   "multipathd-journal-short-iso",
		source: "device-mapper-multipath's multipathd path checker messages (`sdc: tur checker reports path is down`, `checker failed path 8:32 in map mpatha`, `mpatha: remaining active paths: 1`, `8:32: reinstated`) as `journalctl -o short-iso` prints them (`yyyy-MM-ddTHH:mm:ss±hhmm host unit[pid]: msg`): journalctl(1) output modes; the messages from memory of RHEL and SUSE support articles on path failover",
		why:    "an ISO time with a four-digit offset and no colon, converted; device numbers like 8:32 are not clocks",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "db01", "2026-11-29T08:41:16+0100 db01 multipathd[812]: sdc: tur checker reports path is down"),
			we("2026-11-29T07:41:16Z", Unknown, "db01", "2026-11-29T08:41:16+0100 db01 multipathd[812]: checker failed path 8:32 in map mpatha"),
			we("2026-11-29T07:41:16Z", Unknown, "db01", "2026-11-29T08:41:16+0100 db01 multipathd[812]: mpatha: remaining active paths: 1"),
			we("2026-11-29T07:41:46Z", Unknown, "db01", "2026-11-29T08:41:46+0100 db01 multipathd[812]: 8:32: reinstated"),
			we("2026-11-29T07:41:46Z", Unknown, "db01", "2026-11-29T08:41:46+0100 db01 multipathd[812]: mpatha: sdc - tur checker reports path is up"),
		},
	},
	{
		name:   "iscsid-syslog",
		source: "open-iscsi's iscsid in syslog (tag `iscsid:` with no pid; `Connection1:0 to [target: iqn…, portal: addr,3260] through [iface: default] is operational now`, `Kernel reported iSCSI connection 1:0 error (1020 - ISCSI_ERR_TCP_CONN_CLOSE: TCP connection closed) state (3)`, `connection1:0 is operational after recovery (n attempts)`): from memory of real /var/log/messages lines quoted in open-iscsi mailing-list and distribution bug threads",
		why:    "a tag without a pid; the portal address and the iqn's embedded year-month are not hosts or times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "db01", "Nov 29 07:41:16 db01 iscsid: Connection1:0 to [target: iqn.2026-11.org.example:storage.lun1, portal: 10.0.0.50,3260] through [iface: default] is operational now"),
			we("2026-11-29T07:41:48Z", Unknown, "db01", "Nov 29 07:41:48 db01 iscsid: Kernel reported iSCSI connection 1:0 error (1020 - ISCSI_ERR_TCP_CONN_CLOSE: TCP connection closed) state (3)"),
			we("2026-11-29T07:41:52Z", Unknown, "db01", "Nov 29 07:41:52 db01 iscsid: connection1:0 is operational after recovery (1 attempts)"),
		},
	},
	{
		name:   "systemd-resolved-rsyslog-fileformat",
		source: "systemd-resolved's messages (`Using degraded feature set UDP instead of UDP+EDNS0 for DNS server …`, `Grace period over, resuming full feature set …`, `Clock change detected. Flushing caches.`, `eth0: Bus client set DNS server list to: …`) in Debian 12's rsyslog default RSYSLOG_FileFormat (`yyyy-MM-ddTHH:mm:ss.ffffff±hh:mm host tag: msg`): rsyslog documentation 'Templates' (RSYSLOG_FileFormat); the messages from memory of systemd issue threads on EDNS0 fallback",
		why:    "a high-precision RFC 3339 time with an offset before the host; DNS server addresses in the message are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Unknown, "web01", "2026-11-29T07:41:16.412345+00:00 web01 systemd-resolved[612]: Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.0.0.53."),
			we("2026-11-29T07:41:16.413001Z", Unknown, "web01", "2026-11-29T07:41:16.413001+00:00 web01 systemd-resolved[612]: Clock change detected. Flushing caches."),
			we("2026-11-29T07:41:20.1Z", Unknown, "web01", "2026-11-29T07:41:20.100000+00:00 web01 systemd-resolved[612]: eth0: Bus client set DNS server list to: 10.0.0.53, 10.0.0.54"),
			we("2026-11-29T07:46:16.50012Z", Unknown, "web01", "2026-11-29T07:46:16.500120+00:00 web01 systemd-resolved[612]: Grace period over, resuming full feature set (UDP+EDNS0) for DNS server 10.0.0.53."),
		},
	},
	{
		name:   "systemd-timesyncd-syslog",
		source: "systemd-timesyncd's messages (`Initial clock synchronization to Www yyyy-MM-dd HH:mm:ss.ffffff UTC.`, `Timed out waiting for reply from addr:123 (name).`, `Contacted time server addr:123 (name).`, `Network configuration changed, trying to establish connection.`) in an RFC 3164 file: from memory of Ubuntu syslog lines quoted in systemd and Launchpad threads",
		why:    "the first record's message carries the synchronised clock with a weekday and zone, a few hundred milliseconds off the header; the NTP servers are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.412345Z", Unknown, "web01", "Nov 29 07:41:16 web01 systemd-timesyncd[588]: Initial clock synchronization to Sun 2026-11-29 07:41:16.412345 UTC."),
			we("2026-11-29T07:41:46Z", Unknown, "web01", "Nov 29 07:41:46 web01 systemd-timesyncd[588]: Timed out waiting for reply from 185.125.190.58:123 (ntp.ubuntu.com)."),
			we("2026-11-29T07:41:47Z", Unknown, "web01", "Nov 29 07:41:47 web01 systemd-timesyncd[588]: Contacted time server 185.125.190.57:123 (ntp.ubuntu.com)."),
			we("2026-11-29T07:45:02Z", Unknown, "web01", "Nov 29 07:45:02 web01 systemd-timesyncd[588]: Network configuration changed, trying to establish connection."),
		},
	},
	{
		name:   "chronyd-syslog",
		source: "chronyd's messages through syslog (`chronyd version 4.x starting (+CMDMON +NTP …)`, `Selected source addr (name)`, `System clock wrong by -n seconds`, `Source addr replaced with addr (name)`, `Can't synchronise: no majority`): chrony documentation (chronyd(8), chrony.conf(5) logchange) and from memory of real /var/log/messages lines",
		why:    "chronyd's own syslog lines, unlike its measurement logfiles: an RFC 3164 header and no level; the feature list in parentheses is not a level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "web01", "Nov 29 07:41:16 web01 chronyd[701]: chronyd version 4.5 starting (+CMDMON +NTP +REFCLOCK +RTC +PRIVDROP +SCFILTER +SIGND +ASYNCDNS +NTS +SECHASH +IPV6 -DEBUG)"),
			we("2026-11-29T07:41:21Z", Unknown, "web01", "Nov 29 07:41:21 web01 chronyd[701]: Selected source 192.0.2.10 (2.pool.ntp.org)"),
			we("2026-11-29T07:41:21Z", Unknown, "web01", "Nov 29 07:41:21 web01 chronyd[701]: System clock wrong by -1.412345 seconds"),
			we("2026-11-29T07:58:40Z", Unknown, "web01", "Nov 29 07:58:40 web01 chronyd[701]: Can't synchronise: no majority"),
		},
	},
	{
		name:   "dhclient-syslog-fqdn",
		source: "ISC dhclient's lease messages (`DHCPREQUEST for addr on eth0 to addr port 67 (xid=0x…)`, `DHCPACK of addr from addr (xid=0x…)`, `bound to addr -- renewal in n seconds.`) in an RFC 3164 file whose sender is written as a fully qualified name (rsyslog with PreserveFQDN on): rsyslog documentation (global PreserveFQDN); the messages from memory of real syslog lines",
		why:    "the host is a fully qualified name; the DHCP server and leased address are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "web01.dc1.example.net", "Nov 29 07:41:16 web01.dc1.example.net dhclient[912]: DHCPREQUEST for 10.0.0.41 on eth0 to 10.0.0.1 port 67 (xid=0x41207ab1)"),
			we("2026-11-29T07:41:16Z", Unknown, "web01.dc1.example.net", "Nov 29 07:41:16 web01.dc1.example.net dhclient[912]: DHCPACK of 10.0.0.41 from 10.0.0.1 (xid=0x41207ab1)"),
			we("2026-11-29T07:41:16Z", Unknown, "web01.dc1.example.net", "Nov 29 07:41:16 web01.dc1.example.net dhclient[912]: bound to 10.0.0.41 -- renewal in 1723 seconds."),
		},
	},
	{
		name:   "postfix-postscreen",
		source: "Postfix postscreen and dnsblog (`CONNECT from [addr]:port to [addr]:25`, `PREGREET n after s from [addr]:port: EHLO …\\r\\n`, `addr … listed by domain … as 127.0.0.2`, `DNSBL rank n for [addr]:port`, `DISCONNECT [addr]:port`): Postfix POSTSCREEN_README (its logged examples); the exact lines from memory",
		why:    "postscreen's bracketed client addresses are peers, not hosts; an escaped `\\r\\n` inside the message does not end the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mx1", "Nov 29 07:41:16 mx1 postfix/postscreen[2212]: CONNECT from [198.51.100.7]:41230 to [192.0.2.25]:25"),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", `Nov 29 07:41:16 mx1 postfix/postscreen[2212]: PREGREET 11 after 0.12 from [198.51.100.7]:41230: EHLO spam\r\n`),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", "Nov 29 07:41:16 mx1 postfix/dnsblog[2214]: addr 198.51.100.7 listed by domain zen.spamhaus.org as 127.0.0.2"),
			we("2026-11-29T07:41:22Z", Unknown, "mx1", "Nov 29 07:41:22 mx1 postfix/postscreen[2212]: DNSBL rank 3 for [198.51.100.7]:41230"),
			we("2026-11-29T07:41:22Z", Unknown, "mx1", "Nov 29 07:41:22 mx1 postfix/postscreen[2212]: DISCONNECT [198.51.100.7]:41230"),
		},
	},
	{
		name:   "dovecot-lmtp-sieve-syslog",
		source: "Dovecot's LMTP delivery with Pigeonhole Sieve and the ManageSieve login (`dovecot: lmtp(user)<pid><session>: sieve: msgid=<…>: stored mail into mailbox 'INBOX'`, `dovecot: managesieve-login: Login: user=<…>, method=PLAIN, rip=…, lip=…`, and an `Error:` prefix Dovecot puts after the log prefix for its error level): Dovecot documentation 'Logging' (log prefixes, Error:/Warning:/Fatal: levels) and Pigeonhole 'Sieve' logging; the lines from memory",
		why:    "the session prefix is followed by Dovecot's own level word for errors and warnings; rip= and lip= are peers",

		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mx1", "Nov 29 07:41:16 mx1 dovecot: lmtp(4121): Connect from local"),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", "Nov 29 07:41:16 mx1 dovecot: lmtp(alice@example.org)<4121><s2F0Y2gxQTEy>: sieve: msgid=<41207.ab@shop.example.org>: stored mail into mailbox 'INBOX'"),
			we("2026-11-29T07:41:17Z", Unknown, "mx1", "Nov 29 07:41:17 mx1 dovecot: managesieve-login: Login: user=<alice@example.org>, method=PLAIN, rip=10.0.0.41, lip=10.0.0.25, mpid=4125, TLS, session=<aB3dEf41Xy>"),
			we("2026-11-29T07:41:20Z", Error, "mx1", "Nov 29 07:41:20 mx1 dovecot: lmtp(bob@example.org)<4130><t3G1Z2hyQjIz>: Error: sieve: failed to open sieve script /var/vmail/bob/.dovecot.sieve: Permission denied"),
			we("2026-11-29T07:41:21Z", Warn, "mx1", "Nov 29 07:41:21 mx1 dovecot: lmtp(bob@example.org)<4130><t3G1Z2hyQjIz>: Warning: sieve: user's script has errors; falling back to keep"),
		},
	},
	{
		name:   "bluetoothd-journal-short-precise",
		source: "BlueZ bluetoothd's messages (`Bluetooth daemon 5.x`, `Starting SDP server`, `Bluetooth management interface 1.22 initialized`, debug-style `src/file.c:function() text` lines) as `journalctl -o short-precise` prints them: journalctl(1) output modes; the messages from memory of BlueZ issue threads",
		why:    "a year-less date with microseconds; the `src/adapter.c:func()` prefix is a source location, not a level or a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Unknown, "ws01", "Nov 29 07:41:16.412345 ws01 bluetoothd[845]: Bluetooth daemon 5.72"),
			we("2026-11-29T07:41:16.413002Z", Unknown, "ws01", "Nov 29 07:41:16.413002 ws01 bluetoothd[845]: Starting SDP server"),
			we("2026-11-29T07:41:16.52Z", Unknown, "ws01", "Nov 29 07:41:16.520000 ws01 bluetoothd[845]: Bluetooth management interface 1.22 initialized"),
			we("2026-11-29T07:41:30.004121Z", Unknown, "ws01", "Nov 29 07:41:30.004121 ws01 bluetoothd[845]: profiles/audio/avdtp.c:avdtp_connect_cb() connect to 1A:2B:3C:4D:5E:6F: Connection refused (111)"),
		},
	},
	{
		name:   "rtkit-daemon-syslog",
		source: "RealtimeKit's rtkit-daemon (`Successfully made thread n of process n owned by 'uid' high priority at nice level -11.`, `Supervising n threads of n processes of n users.`): from memory of real desktop syslog lines quoted in distribution forum threads",
		why:    "a very chatty desktop daemon whose numbers (nice level, counts) are not levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "ws01", "Nov 29 07:41:16 ws01 rtkit-daemon[1123]: Successfully made thread 4121 of process 4100 owned by '1000' high priority at nice level -11."),
			we("2026-11-29T07:41:16Z", Unknown, "ws01", "Nov 29 07:41:16 ws01 rtkit-daemon[1123]: Supervising 4 threads of 2 processes of 1 users."),
			we("2026-11-29T07:41:17Z", Unknown, "ws01", "Nov 29 07:41:17 ws01 rtkit-daemon[1123]: Successfully made thread 4122 of process 4100 owned by '1000' RT at priority 5."),
		},
	},
	{
		name:   "udisksd-syslog",
		source: "udisks2's udisksd (`Mounted /dev/sdb1 at /media/user/LABEL on behalf of uid 1000`, `Cleaning up mount point … (device 8:17 is not mounted)`, `Unmounted /dev/sdb1 on behalf of uid 1000`): from memory of real syslog lines quoted in udisks issue threads",
		why:    "a device number 8:17 in the message is not a clock; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "ws01", "Nov 29 07:41:16 ws01 udisksd[901]: Mounted /dev/sdb1 at /media/alice/USB41 on behalf of uid 1000"),
			we("2026-11-29T07:45:20Z", Unknown, "ws01", "Nov 29 07:45:20 ws01 udisksd[901]: Unmounted /dev/sdb1 on behalf of uid 1000"),
			we("2026-11-29T07:45:21Z", Unknown, "ws01", "Nov 29 07:45:21 ws01 udisksd[901]: Cleaning up mount point /media/alice/USB41 (device 8:17 is not mounted)"),
		},
	},

	// Network devices as a collector, or the device's own buffer, keeps them.
	{
		name:   "cisco-c9800-wlc-syslog",
		source: "Cisco Catalyst 9800 wireless controller (IOS XE) syslog as rsyslog stores it from the controller's address (`Mmm dd HH:mm:ss addr seq: Mmm dd HH:mm:ss.mmm: %FAC-SEV-MNEMONIC: Chassis 1 R0/0: process: text`, the client state syslogs CLIENT_ORCH_LOG): Cisco Catalyst 9800 configuration guide 17.14 'Syslog messages in access points and controllers' (syslog support for client state change); the line layout from memory of real 9800 logs",
		why:    "the collector's header and the controller's own millisecond clock, then the IOS XE `Chassis 1 R0/0: wncd:` origin before the text; the severity digit in the mnemonic is the level; the sender's address in the header is the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.412Z", Info, "10.20.0.9", "Nov 29 07:41:16 10.20.0.9 41207: Nov 29 07:41:16.412: %CLIENT_ORCH_LOG-6-CLIENT_ADDED_TO_RUN_STATE: Chassis 1 R0/0: wncd: Username entry (alice) joined with ssid (corp) for device with MAC: 1a2b.3c4d.5e6f on channel (36)"),
			we("2026-11-29T07:41:18Z|2026-11-29T07:41:18.033Z", Notice, "10.20.0.9", "Nov 29 07:41:18 10.20.0.9 41208: Nov 29 07:41:18.033: %DMI-5-CONFIG_I: Chassis 1 R0/0: nesd: Configured from NETCONF/RESTCONF by admin, transaction-id 41207"),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.901Z", Error, "10.20.0.9", "Nov 29 07:41:20 10.20.0.9 41209: Nov 29 07:41:20.901: %APMGR_TRACE_MESSAGE-3-WLC_GEN_ERR: Chassis 1 R0/0: wncd: Error in AP Join, AP ap-lobby-1, mac: 1a2b.3c4d.5e70 Model AIR-AP2802I-E-K9, AP negative acknowledgement for the configuration."),
		},
	},
	{
		name:   "cisco-wave2-ap-console",
		source: "Cisco Wave 2 / Catalyst access point console and `show logging` output (`[*MM/dd/yyyy HH:mm:ss.ffff] text`, the CAPWAP state machine lines): from memory of AP join troubleshooting documents and Cisco Community threads quoting AP consoles",
		why:    "a bracketed US date with a star and four fractional digits; no level and no host of the record's own; the controller address is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Unknown, "", "[*11/29/2026 07:41:16.4120] CAPWAP State: Discovery"),
			we("2026-11-29T07:41:16.438Z", Unknown, "", "[*11/29/2026 07:41:16.4380] Discovery Request sent to 10.20.0.9, discovery type STATIC_CONFIG(1)"),
			we("2026-11-29T07:41:16.512Z", Unknown, "", "[*11/29/2026 07:41:16.5120] Discovery Response from 10.20.0.9"),
			we("2026-11-29T07:41:17.001Z", Unknown, "", "[*11/29/2026 07:41:17.0010] CAPWAP State: Join"),
			we("2026-11-29T07:41:18.25Z", Unknown, "", "[*11/29/2026 07:41:18.2500] CAPWAP State: Run"),
		},
	},
	{
		name:   "ruijie-rgos-syslog",
		source: "Ruijie RGOS switches' syslog (`<priority> seq no: timestamp sysname %MODULE-severity-MNEMONIC: description`, the documented example `<189> 226:Mar 5 02:09:10 Ruijie %SYS-5-CONFIG_I: Configured from console by console`): Ruijie RG-S2900G-E configuration guide 'Syslog Configuration' (Log Message Format)",
		why:    "a PRI followed by a space, a sequence number glued to the date by a colon, the sysname, then a Cisco-like mnemonic; the PRI gives the level; interface names have a space before the slot",

		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "RG-S5750", "<189> 226:Nov 29 07:41:16 RG-S5750 %SYS-5-CONFIG_I: Configured from console by console"),
			we("2026-11-29T07:41:18Z", Error, "RG-S5750", "<187> 227:Nov 29 07:41:18 RG-S5750 %LINK-3-UPDOWN: Interface GigabitEthernet 0/12, changed state to down."),
			we("2026-11-29T07:41:18Z", Notice, "RG-S5750", "<189> 228:Nov 29 07:41:18 RG-S5750 %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet 0/12, changed state to down."),
		},
	},
	{
		name:   "dlink-dgs-syslog",
		source: "D-Link DGS/DES managed switches' syslog as a collector stores it (`<PRI>Mmm dd HH:mm:ss addr LEVEL(n) message`, messages such as `Port 1:5 link up, 1000Mbps FULL duplex`, `Successful login through Web (Username: …, IP: …)`): D-Link DGS-3000 and DGS-3620 CLI reference guides, appendix 'System Log Entries' (messages and severities); the `INFO(6)` level field from memory of real D-Link syslog lines",
		why:    "the switch's address as host, then a level word with its syslog digit in parentheses, agreeing with the PRI; the login client is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "10.20.0.3", "<190>Nov 29 07:41:16 10.20.0.3 INFO(6) Port 1:5 link up, 1000Mbps FULL duplex"),
			we("2026-11-29T07:41:20Z", Warn, "10.20.0.3", "<188>Nov 29 07:41:20 10.20.0.3 WARN(4) Port 1:9 link down"),
			we("2026-11-29T07:41:22Z", Info, "10.20.0.3", "<190>Nov 29 07:41:22 10.20.0.3 INFO(6) Successful login through Web (Username: admin, IP: 10.20.0.41)"),
			we("2026-11-29T07:41:30Z", Critical, "10.20.0.3", "<186>Nov 29 07:41:30 10.20.0.3 CRIT(2) Port 1:14 LBD loop occurred. Port blocked"),
		},
	},
	{
		name:   "a10-acos-show-log",
		source: "A10 Thunder ACOS `show log` buffer (`Mmm dd yyyy HH:mm:ss Level [MODULE]:message`, levels Emergency … Debugging, modules such as SYSTEM, HMON, ACOS): A10 'Event Logging Guide for A10 Thunder Series' (ACOS 4.1.4); the line layout from memory of ACOS show log output",
		why:    "a date with the year after the day and no zone, then a padded level word and a bracketed module glued to the message by a colon; the server in a health-monitor message is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "Nov 29 2026 07:41:16 Notice    [SYSTEM]:The user, admin, from the web logged in."),
			we("2026-11-29T07:41:18Z", Info, "", "Nov 29 2026 07:41:18 Info      [HMON]:SLB server s-web1 (10.10.0.21) is up."),
			we("2026-11-29T07:41:22Z", Error, "", "Nov 29 2026 07:41:22 Error     [HMON]:SLB server s-web2 (10.10.0.22) port 443 is down."),
			we("2026-11-29T07:41:25Z", Warn, "", "Nov 29 2026 07:41:25 Warning   [ACOS]:Memory usage of session table is above 80%"),
		},
	},
	{
		name:   "fortiswitch-kv",
		source: "FortiSwitchOS event log sent to syslog (`date=yyyy-mm-dd time=HH:MM:SS devname=\"…\" devid=\"…\" eventtime=ns tz=\"±hhmm\" logid=\"…\" type=\"event\" subtype=\"system|switch\" level=\"…\" … msg=\"…\"`): FortiSwitchOS Log Message Reference (log header fields); from memory of FortiOS 7 key=value lines",
		why:    "key=value with the date and clock split, a nanosecond eventtime and a tz; level= is the level; devname= names the sender",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.412345678Z", Info, "FS-148F-HQ", `date=2026-11-29 time=07:41:16 devname="FS-148F-HQ" devid="S148FF0000041207" eventtime=1795938076412345678 tz="+0000" logid="0100032001" type="event" subtype="system" level="information" vd="root" logdesc="Admin login successful" user="admin" ui="https(10.20.0.41)" action="login" status="success" msg="Administrator admin logged in successfully from https(10.20.0.41)"`),
			we("2026-11-29T07:41:20Z|2026-11-29T07:41:20.004121Z", Notice, "FS-148F-HQ", `date=2026-11-29 time=07:41:20 devname="FS-148F-HQ" devid="S148FF0000041207" eventtime=1795938080004121000 tz="+0000" logid="0113022001" type="event" subtype="switch" level="notice" vd="root" logdesc="Port status changed" msg="port5 link status changed to up"`),
			we("2026-11-29T07:41:31Z|2026-11-29T07:41:31.5Z", Warn, "FS-148F-HQ", `date=2026-11-29 time=07:41:31 devname="FS-148F-HQ" devid="S148FF0000041207" eventtime=1795938091500000000 tz="+0000" logid="0113022110" type="event" subtype="switch" level="warning" vd="root" logdesc="Loop guard triggered" msg="loop-guard: port12 is shut down, loop detected"`),
		},
	},
	{
		name:   "teltonika-rutos-syslog",
		source: "Teltonika RutOS routers' remote syslog (OpenWrt-based logd forwarding `<PRI>Mmm dd HH:mm:ss hostname tag[pid]: msg`, tags such as netifd, mobifd, dropbear): Teltonika wiki 'RUT241 Administration / Logging' (remote syslog); the lines from memory of real RutOS logs",
		why:    "an RFC 3164 line with a PRI, the router's hostname and OpenWrt daemons; the PRI gives the level; the SSH client is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "RUT241", "<29>Nov 29 07:41:16 RUT241 netifd: Interface 'mob1s1a1' is now up"),
			we("2026-11-29T07:41:18Z", Info, "RUT241", "<30>Nov 29 07:41:18 RUT241 mobifd: Mobile data connected (internal modem)"),
			we("2026-11-29T07:41:20Z", Info, "RUT241", "<86>Nov 29 07:41:20 RUT241 dropbear[4121]: Password auth succeeded for 'root' from 10.20.0.41:51234"),
			we("2026-11-29T07:41:40Z", Warn, "RUT241", "<28>Nov 29 07:41:40 RUT241 mobifd: Signal strength dropped below -105 dBm"),
		},
	},
	{
		name:   "cisco-ios-uptime-stamps",
		source: "Cisco IOS logging buffer with `service timestamps log uptime` and `service sequence-numbers` (`nnnnnn: 3d05h: %FAC-SEV-MNEMONIC: text`): Cisco IOS Configuration Fundamentals 'service timestamps' (uptime is the default); from memory of real `show logging` output",
		why:    "the stamp is the router's uptime, not a time: such records have no time of their own; the severity digit in the mnemonic is the level",

		entries: []worldEntry{
			we("", Notice, "", "000412: 3d05h: %SYS-5-CONFIG_I: Configured from console by admin on vty0 (10.20.0.41)"),
			we("", Error, "", "000413: 3d05h: %LINK-3-UPDOWN: Interface GigabitEthernet0/2, changed state to up"),
			we("", Notice, "", "000414: 3d05h: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/2, changed state to up"),
			we("", Warn, "", "000415: 1w2d: %SW_MATM-4-MACFLAP_NOTIF: Host 1a2b.3c4d.5e6f in vlan 41 is flapping between port Gi0/2 and port Gi0/3"),
		},
	},

	// Big-data, grid and HPC services in their default layouts.
	{
		name:   "apache-pig-grunt-console",
		source: "Apache Pig's console and pig_<ts>.log messages through its log4j ConsoleAppender (`yyyy-MM-dd HH:mm:ss,SSS [thread] LEVEL class - msg`, e.g. `[main] WARN org.apache.pig.PigServer - bytearray is implicitly cast to chararray under LORegexp Operator`; a Grunt error followed by `Details at logfile: …` on a line of its own): Apache Pig documentation 'Testing and Diagnostics' (DESCRIBE examples); the other lines from memory",
		why:    "a comma-millisecond time, a bracketed thread and a level before the class; the `Details at logfile:` line belongs to the error before it",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "2026-11-29 07:41:16,412 [main] INFO  org.apache.pig.Main - Apache Pig version 0.17.0 (r1797386) compiled Jun 02 2017, 15:41:58"),
			we("2026-11-29T07:41:16.415Z", Info, "", "2026-11-29 07:41:16,415 [main] INFO  org.apache.pig.Main - Logging error messages to: /home/alice/pig_1795938076412.log"),
			we("2026-11-29T07:41:21.004Z", Warn, "", "2026-11-29 07:41:21,004 [main] WARN  org.apache.pig.PigServer - Encountered Warning IMPLICIT_CAST_TO_CHARARRAY 2 time(s)."),
			we("2026-11-29T07:41:30.25Z", Error, "",
				"2026-11-29 07:41:30,250 [main] ERROR org.apache.pig.tools.grunt.Grunt - ERROR 1066: Unable to open iterator for alias D",
				"Details at logfile: /home/alice/pig_1795938076412.log"),
		},
	},
	{
		name:   "maui-scheduler-log",
		source: "the Maui Cluster Scheduler's maui.log (`MM/dd HH:mm:ss function(args)` trace lines and `MM/dd HH:mm:ss LEVEL:    text` with INFO, WARNING, ALERT, ERROR): Adaptive Computing Maui Administrator's Guide §14.2 'Logging Overview' (LOGFILE, LOGLEVEL); the line layout from memory of real maui.log files",
		why:    "a month/day date with no year; function-call trace lines carry no level, the padded `INFO:`/`ALERT:` column does",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29 07:41:16 MSchedProcess()"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29 07:41:16 MRMGetInfo()"),
			we("2026-11-29T07:41:16Z", Info, "", "11/29 07:41:16 INFO:     job '4121' Priority:        1"),
			we("2026-11-29T07:41:17Z", Warn, "", "11/29 07:41:17 WARNING:  job '4122' cannot run in partition DEFAULT (insufficient idle procs available: 8 < 16)"),
			we("2026-11-29T07:41:17Z", Alert, "", "11/29 07:41:17 ALERT:    cannot start job 4123 (RM 'base' failed in function 'MPBSJobStart')"),
		},
	},
	{
		name:   "torque-pbs-server-log",
		source: "TORQUE Resource Manager's server_logs and mom_logs (`MM/dd/yyyy HH:mm:ss;event-mask;daemon.pid;Class;object;message`, the daemon written as `PBS_Server.pid` or `pbs_mom.pid`): Adaptive Computing TORQUE Administrator Guide 'Log files' and from memory of real server_logs lines",
		why:    "semicolon-separated fields after a US date; the hex event mask is not a level; the daemon field is a name with a pid, not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/2026 07:41:16;0100;PBS_Server.2673;Job;4121.head01;enqueuing into batch, state 1 hop 1"),
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/2026 07:41:16;0008;PBS_Server.2673;Job;4121.head01;Job Queued at request of alice@login01, owner = alice@login01, job name = sim, queue = batch"),
			we("2026-11-29T07:41:18Z", Unknown, "", "11/29/2026 07:41:18;0008;PBS_Server.2673;Job;4121.head01;Job Run at request of root@head01"),
			we("2026-11-29T07:41:18Z", Unknown, "", "11/29/2026 07:41:18;0001;   pbs_mom.2212;Job;TMomFinalizeJob3;job 4121.head01 started, pid = 41207"),
		},
	},
	{
		name:   "devstack-journal-oslo",
		source: "OpenStack services under DevStack logging to journald (the journal's `Mmm dd HH:mm:ss host unit[pid]:` then oslo.log's journal format `LEVEL logger [req-… user project] msg {{(pid=n) function /path:line}}`, no time of oslo's own): lxc/lxc issue #1786 (nova-compute journal lines quoted in full)",
		why:    "the journal's header holds the time and host; oslo's level word follows it; the `{{(pid=…) func path:line}}` suffix is no time; a traceback is one journal line per record, each with its own header",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Debug, "devstack", "Nov 29 07:41:16 devstack nova-compute[15144]: DEBUG oslo_concurrency.lockutils [None req-c8cd4884-6858-4438-ab57-07ac3adeefbe admin admin] Lock \"compute_resources\" released by \"nova.compute.resource_tracker.update_usage\" :: held 0.147s {{(pid=15144) inner /usr/local/lib/python3.10/dist-packages/oslo_concurrency/lockutils.py:282}}"),
			we("2026-11-29T07:41:16Z", Info, "devstack", "Nov 29 07:41:16 devstack nova-compute[15144]: INFO nova.compute.claims [None req-c8cd4884-6858-4438-ab57-07ac3adeefbe admin admin] [instance: b500a3d8-89b8-45ab-8725-c2420e6d7e98] Claim successful on node devstack"),
			we("2026-11-29T07:41:18Z", Warn, "devstack", "Nov 29 07:41:18 devstack nova-compute[15144]: WARNING nova.virt.libvirt.driver [None req-c8cd4884-6858-4438-ab57-07ac3adeefbe admin admin] [instance: b500a3d8-89b8-45ab-8725-c2420e6d7e98] Timeout waiting for [('network-vif-plugged', '3c1f2e4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f')] for instance"),
			we("2026-11-29T07:41:19Z", Error, "devstack", "Nov 29 07:41:19 devstack nova-compute[15144]: ERROR nova.compute.manager [None req-c8cd4884-6858-4438-ab57-07ac3adeefbe admin admin] [instance: b500a3d8-89b8-45ab-8725-c2420e6d7e98] Traceback (most recent call last):"),
			we("2026-11-29T07:41:19Z", Error, "devstack", "Nov 29 07:41:19 devstack nova-compute[15144]: ERROR nova.compute.manager [instance: b500a3d8-89b8-45ab-8725-c2420e6d7e98]   File \"/opt/stack/nova/nova/compute/manager.py\", line 2627, in _build_and_run_instance"),
		},
	},
	{
		name:   "nordugrid-arc-arex-log",
		source: "NorduGrid ARC 6 A-REX's arex.log (`[yyyy-MM-dd HH:mm:ss] [Arc.Component] [LEVEL] [pid/thread] message`, levels DEBUG, VERBOSE, INFO, WARNING, ERROR, FATAL): NorduGrid ARC 6 documentation 'ARC CE log files' (the [common] loglevel); the line layout from memory of real arex.log lines",
		why:    "a bracketed zone-less time, then bracketed component, level and pid/thread; VERBOSE is ARC's level between DEBUG and INFO",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 07:41:16] [Arc.A-REX] [INFO] [41207/4] aB3dEf41207: State: ACCEPTED: parsing job description"),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29 07:41:17] [Arc.A-REX] [INFO] [41207/4] aB3dEf41207: State: SUBMIT: starting child: /usr/share/arc/submit-SLURM-job"),
			we("2026-11-29T07:41:18Z", Debug, "", "[2026-11-29 07:41:18] [Arc.DataStaging] [VERBOSE] [41207/7] DTR 5f1c2a7e9b3d: Checking source file is present"),
			we("2026-11-29T07:41:20Z", Error, "", "[2026-11-29 07:41:20] [Arc.A-REX] [ERROR] [41207/4] aB3dEf41208: Job submission to LRMS failed"),
		},
	},
	{
		name:   "kafka-cruise-control",
		source: "LinkedIn Cruise Control for Apache Kafka (its config/log4j.properties, Kafka's `[%d] %p %m (%c)%n` layout: `[yyyy-MM-dd HH:mm:ss,SSS] LEVEL message (logger)`): linkedin/cruise-control config/log4j.properties; the messages from memory of its anomaly detector and executor logs",
		why:    "a bracketed comma-millisecond time, the level, and the logger in parentheses at the end; broker ids are not hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "[2026-11-29 07:41:16,412] INFO Starting Kafka Cruise Control... (com.linkedin.kafka.cruisecontrol.KafkaCruiseControlMain)"),
			we("2026-11-29T07:41:18.004Z", Warn, "", "[2026-11-29 07:41:18,004] WARN Broker failure detected: {41=1795938076412} (com.linkedin.kafka.cruisecontrol.detector.BrokerFailureDetector)"),
			we("2026-11-29T07:41:20.25Z", Info, "", "[2026-11-29 07:41:20,250] INFO Task [4120] execution starts. The reason of execution is Self healing for BROKER_FAILURE. (com.linkedin.kafka.cruisecontrol.executor.Executor)"),
			we("2026-11-29T07:41:22.5Z", Error, "", "[2026-11-29 07:41:22,500] ERROR Executor got exception during execution (com.linkedin.kafka.cruisecontrol.executor.Executor)"),
		},
	},
	{
		name:   "apache-kyuubi-server",
		source: "Apache Kyuubi's server log through its default log4j2.xml (`yyyy-MM-dd HH:mm:ss.SSS LEVEL logger: message`, the logger the short class name): apache/kyuubi conf/log4j2.xml.template; the messages from memory of Kyuubi server logs",
		why:    "a dotted-millisecond time and the level before a short logger and colon; a Spark application id and a session handle are not times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412Z", Info, "", "2026-11-29 07:41:16.412 INFO KyuubiServer: Starting KyuubiServer with Kyuubi version 1.9.2"),
			we("2026-11-29T07:41:18.004Z", Info, "", "2026-11-29 07:41:18.004 INFO KyuubiSessionManager: Opening session for alice@10.20.0.41"),
			we("2026-11-29T07:41:25.25Z", Warn, "", "2026-11-29 07:41:25.250 WARN EngineRef: Engine application_1795938076412_0041 is not ready after 4120 ms"),
			we("2026-11-29T07:41:30.5Z", Error, "", "2026-11-29 07:41:30.500 ERROR KyuubiTBinaryFrontendService: Error opening session: org.apache.kyuubi.KyuubiSQLException: Timed out to launch engine"),
		},
	},
	{
		name:   "ganglia-gmond-syslog",
		source: "Ganglia's gmond and gmetad logging to syslog under their full path as the tag, their messages ending in a newline that rsyslog escapes as `#012` (`Error creating multicast server mcast_join=… port=8649 mcast_if=NULL family='inet4'.  Will try again...#012`, `data_thread() for [cluster] failed to contact node addr#012`): from memory of real /var/log/messages lines quoted in Ganglia mailing-list and issue threads",
		why:    "a path as the program tag; the escaped trailing newline is part of one record; the multicast group and node addresses are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "node012", "Nov 29 07:41:16 node012 /usr/sbin/gmond[1412]: Error creating multicast server mcast_join=239.2.11.71 port=8649 mcast_if=NULL family='inet4'.  Will try again...#012"),
			we("2026-11-29T07:41:20Z", Unknown, "mon01", "Nov 29 07:41:20 mon01 /usr/sbin/gmetad[2212]: data_thread() for [hpc-cluster] failed to contact node 10.1.0.12#012"),
			we("2026-11-29T07:41:20Z", Unknown, "mon01", "Nov 29 07:41:20 mon01 /usr/sbin/gmetad[2212]: data_thread() got no answer from any [hpc-cluster] datasource#012"),
		},
	},
	{
		name:   "opensearch-dashboards-json",
		source: "OpenSearch Dashboards' server log in its legacy JSON layout (`logging.json: true`: `{\"type\":\"log\",\"@timestamp\":\"…\",\"tags\":[\"level\",\"component\"],\"pid\":n,\"message\":\"…\"}`, the level the first of the tags), inherited from Kibana 7: OpenSearch Dashboards configuration 'logging'; from memory of real lines",
		why:    "one JSON object a line; the level is a word inside the tags array, not a level key; the time is @timestamp with an offset",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", `{"type":"log","@timestamp":"2026-11-29T07:41:16+00:00","tags":["info","plugins-service"],"pid":4121,"message":"Plugin \"visTypeXy\" is disabled."}`),
			we("2026-11-29T07:41:18Z", Warn, "", `{"type":"log","@timestamp":"2026-11-29T07:41:18+00:00","tags":["warning","plugins","securityDashboards"],"pid":4121,"message":"Session timeout is set to 0"}`),
			we("2026-11-29T07:41:20Z", Error, "", `{"type":"log","@timestamp":"2026-11-29T07:41:20+00:00","tags":["error","opensearch","data"],"pid":4121,"message":"[ConnectionError]: connect ECONNREFUSED 10.20.0.5:9200"}`),
		},
	},
	{
		name:   "torque-accounting-log",
		source: "TORQUE's server_priv/accounting/yyyymmdd records (`MM/dd/yyyy HH:mm:ss;T;jobid;key=value …`, T one of Q queued, S started, E ended, D deleted, the E record with ctime, qtime, start and end as epoch seconds and resources_used.*): Adaptive Computing TORQUE Administrator Guide 'Accounting records'; from memory of real accounting files",
		why:    "a US date before a one-letter record type; the epoch seconds inside the record are job times, not the record's; exec_host names compute nodes, not the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "11/29/2026 07:41:16;Q;4121.head01;queue=batch"),
			we("2026-11-29T07:41:18Z", Unknown, "", "11/29/2026 07:41:18;S;4121.head01;user=alice group=users jobname=sim queue=batch ctime=1795938076 qtime=1795938076 etime=1795938076 start=1795938078 owner=alice@login01 exec_host=node012/0-3 Resource_List.nodes=1:ppn=4 Resource_List.walltime=01:00:00"),
			we("2026-11-29T07:45:20Z", Unknown, "", "11/29/2026 07:45:20;E;4121.head01;user=alice group=users jobname=sim queue=batch ctime=1795938076 qtime=1795938076 etime=1795938076 start=1795938078 owner=alice@login01 exec_host=node012/0-3 Resource_List.nodes=1:ppn=4 Resource_List.walltime=01:00:00 session=41207 end=1795938320 Exit_status=0 resources_used.cput=00:15:58 resources_used.mem=412000kb resources_used.vmem=824000kb resources_used.walltime=00:04:02"),
		},
	},

	// Mobile platforms: Android's logcat forms and buffers, iOS and macOS exports, health data.
	{
		name:   "macos-console-app-copy",
		source: "macOS Console.app's Copy of selected messages (tab-separated `type\\ttime\\tprocess\\tmessage`, the type default, info, debug, error or fault, the time a clock with microseconds and an offset and no date): from memory of lines pasted from Console.app into Apple Developer Forums and Stack Overflow questions",
		why:    "a clock with an offset and no date is on the table's day, converted; the message type in the first column is the os_log level (default as Notice, fault as Critical)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Notice, "", "default\t08:41:16.412345+0100\tSpringBoard\t[com.apple.SpringBoard:Icon] Launching application com.example.shop from icon"),
			we("2026-11-29T07:41:16.48012Z", Info, "", "info\t08:41:16.480120+0100\tShop\t[com.example.shop:net] request started GET /v2/cart"),
			we("2026-11-29T07:41:17.004121Z", Error, "", "error\t08:41:17.004121+0100\tShop\t[com.example.shop:net] Task <4120> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001"),
			we("2026-11-29T07:41:18.5Z", Critical, "", "fault\t08:41:18.500000+0100\tShop\t[com.example.shop:db] CoreData: fatal: unresolved error 134110"),
		},
	},
	{
		name:   "apple-health-export-xml",
		source: "Apple Health's export (export.zip's export.xml: a `<HealthData>` root, `<ExportDate value=\"…\"/>`, one ` <Record type=\"HK…\" sourceName=\"…\" sourceVersion=\"…\" device=\"…\" unit=\"…\" creationDate=\"yyyy-MM-dd HH:mm:ss ±hhmm\" startDate=\"…\" endDate=\"…\" value=\"…\"/>` a line): from memory of real export.xml files and the open-source parsers of it (apple-health-parser and similar)",
		why:    "each Record line is a record whose first time is its creationDate (its startDate is as good), with an offset after a space; the recording phone is a data source, not a host",
		gap:    "the indented ` <Record …/>` lines are joined to the XML header before them as continuation lines, so none is a record of its own and no creationDate is read",
		entries: []worldEntry{
			wskip(`<?xml version="1.0" encoding="UTF-8"?>`, `<HealthData locale="en_GB">`, ` <ExportDate value="2026-11-29 11:58:02 +0100"/>`),
			we("2026-11-29T06:45:10Z|2026-11-29T06:41:16Z", Unknown, "", ` <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Anna's iPhone" sourceVersion="17.1" device="&lt;&lt;HKDevice: 0x281a4c460&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:iPhone15,2, software:17.1&gt;" unit="count" creationDate="2026-11-29 07:45:10 +0100" startDate="2026-11-29 07:41:16 +0100" endDate="2026-11-29 07:44:58 +0100" value="412"/>`),
			we("2026-11-29T06:42:03Z|2026-11-29T06:41:58Z", Unknown, "", ` <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Anna's Apple Watch" sourceVersion="10.1" unit="count/min" creationDate="2026-11-29 07:42:03 +0100" startDate="2026-11-29 07:41:58 +0100" endDate="2026-11-29 07:41:58 +0100" value="88"/>`),
			we("2026-11-29T06:50:12Z|2026-11-29T06:49:00Z", Unknown, "", ` <Record type="HKQuantityTypeIdentifierActiveEnergyBurned" sourceName="Anna's Apple Watch" sourceVersion="10.1" unit="kcal" creationDate="2026-11-29 07:50:12 +0100" startDate="2026-11-29 07:49:00 +0100" endDate="2026-11-29 07:50:00 +0100" value="4.12"/>`),
		},
	},
	{
		name:   "logcat-long-epoch",
		source: "`adb logcat -v long,epoch` (the long format's `[ time  pid: tid P/tag ]` header line, the message on the next lines and a blank line after each entry, the time as seconds since the epoch with milliseconds): AOSP logcat help text (-v long, -v epoch) and developer.android.com 'Logcat command-line tool'",
		why:    "an epoch time inside the long format's bracket header; the header, its message and the blank line are one record; the priority letter before the tag is the level",

		entries: []worldEntry{
			we("2026-11-29T07:41:16.811Z", Debug, "", "[ 1795938076.811  1702: 2395 D/WindowManager ]", "printFreezingDisplayLogs: timeout=false app=null", ""),
			we("2026-11-29T07:41:16.845Z", Info, "", "[ 1795938076.845  1702: 1820 I/ActivityManager ]", "Start proc 8812:com.example.mail/u0a134 for service {com.example.mail/com.example.mail.SyncService}", ""),
			we("2026-11-29T07:41:17.34Z", Error, "", "[ 1795938077.340   633:  633 E/SurfaceFlinger ]", "Failed to find layer (Splash Screen com.example.mail#0) in layer parent (no-parent).", ""),
		},
	},
	{
		name:   "logcat-time-year",
		source: "`adb logcat -v time,year` (the time format `MM-dd HH:mm:ss.SSS P/tag( pid): msg` with the year modifier prefixing yyyy-): AOSP logcat help text (-v year) and developer.android.com 'Logcat command-line tool'",
		why:    "a full date and milliseconds, then the priority letter and tag with the pid in parentheses",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.811Z", Debug, "", "2026-11-29 07:41:16.811 D/WindowManager( 1702): printFreezingDisplayLogs: timeout=false app=null"),
			we("2026-11-29T07:41:17.102Z", Warn, "", "2026-11-29 07:41:17.102 W/System.err( 8812): java.io.FileNotFoundException: /data/user/0/com.example.mail/cache/msg-4411 (No such file or directory)"),
			we("2026-11-29T07:41:18.002Z", Critical, "", "2026-11-29 07:41:18.002 F/libc    ( 8812): Fatal signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0 in tid 8840 (SyncThread), pid 8812 (example.mail)"),
		},
	},
	{
		name:   "logcat-threadtime-zone",
		source: "`adb logcat -v threadtime,zone` (the default threadtime format with the device's UTC offset after the time and no year): AOSP logcat help text (-v zone) and developer.android.com 'Logcat command-line tool'",
		why:    "a year-less date, milliseconds and an offset, converted; the priority letter after the pid and tid is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.811Z", Debug, "", "11-29 08:41:16.811 +0100  1702  2395 D WindowManager: printFreezingDisplayLogs: timeout=false app=null"),
			we("2026-11-29T07:41:16.845Z", Info, "", "11-29 08:41:16.845 +0100  1702  1820 I ActivityManager: Start proc 8812:com.example.mail/u0a134 for service {com.example.mail/com.example.mail.SyncService}"),
			we("2026-11-29T07:41:17.34Z", Error, "", "11-29 08:41:17.340 +0100   633   633 E SurfaceFlinger: Failed to find layer (Splash Screen com.example.mail#0) in layer parent (no-parent)."),
		},
	},
	{
		name:   "android-logcat-kernel-buffer",
		source: "`adb logcat -b kernel -v threadtime` (logd's klogd reader: kernel messages in the threadtime format with pid and tid 0, the tag taken from the message's `name: ` prefix, the priority from the kernel level; the `--------- beginning of kernel` banner): AOSP logd LogKlog.cpp and logcat help text; from memory of real bugreport kernel sections",
		why:    "kernel lines with pid and tid 0 in the threadtime layout; the banner has no time and no level",
		entries: []worldEntry{
			we("", Unknown, "", "--------- beginning of kernel"),
			we("2026-11-29T07:41:16.811Z", Info, "", "11-29 07:41:16.811     0     0 I init    : Service 'vendor.wifi_hal' (pid 1412) exited with status 0 oneshot service took 0.412000 seconds in background"),
			we("2026-11-29T07:41:16.902Z", Warn, "", "11-29 07:41:16.902     0     0 W healthd : battery l=41 v=3812 t=29.4 h=2 st=3 c=-412000 fc=4120000 cc=12 chg="),
			we("2026-11-29T07:41:17.004Z", Error, "", "11-29 07:41:17.004     0     0 E wlan    : [4121:E:HDD] hdd_wlan_start_modules: Failed to open wlan"),
		},
	},
	{
		name:   "ios-ips-json-crash",
		source: "the iOS 15+ / macOS 12+ crash report .ips (a one-line JSON header with app_name, timestamp `yyyy-MM-dd HH:mm:ss.ff ±hhmm`, bug_type 309, os_version, incident_id, then the report as pretty-printed JSON with captureTime, procLaunch, exception and termination): Apple Developer Documentation 'Interpreting the JSON format of a crash report'",
		why:    "one report, header line and JSON body, is one record; its time is the header's timestamp (or the body's captureTime), with an offset; no level",
		gap:    "the pretty-printed JSON body of a .ips report is split off from its one-line JSON header into records of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.4821Z", Unknown, "",
				`{"app_name":"Shop","timestamp":"2026-11-29 08:41:16.00 +0100","app_version":"4.12","slice_uuid":"5f1c2a7e-8a3b-4c1d-9e2f-0a1b2c3d4e5f","build_version":"412","platform":2,"bundleID":"com.example.shop","share_with_app_devs":0,"is_first_party":0,"bug_type":"309","os_version":"iPhone OS 17.1 (21B80)","roots_installed":0,"name":"Shop","incident_id":"7A2B3C4D-5E6F-4A1B-8C2D-3E4F5A6B7C8D"}`,
				`{`,
				`  "uptime" : 41200,`,
				`  "procLaunch" : "2026-11-29 08:40:02.1234 +0100",`,
				`  "procRole" : "Foreground",`,
				`  "captureTime" : "2026-11-29 08:41:16.4821 +0100",`,
				`  "exception" : {"codes":"0x0000000000000001, 0x00000001a2b3c4d5","rawCodes":[1,7028343509],"type":"EXC_BREAKPOINT","signal":"SIGTRAP"},`,
				`  "termination" : {"flags":0,"code":5,"namespace":"SIGNAL","indicator":"Trace/BPT trap: 5","byProc":"exc handler","byPid":4120}`,
				`}`),
			we("2026-11-29T07:52:40Z|2026-11-29T07:52:40.1004Z", Unknown, "",
				`{"app_name":"Shop","timestamp":"2026-11-29 08:52:40.00 +0100","app_version":"4.12","slice_uuid":"5f1c2a7e-8a3b-4c1d-9e2f-0a1b2c3d4e5f","build_version":"412","platform":2,"bundleID":"com.example.shop","share_with_app_devs":0,"is_first_party":0,"bug_type":"309","os_version":"iPhone OS 17.1 (21B80)","roots_installed":0,"name":"Shop","incident_id":"8B3C4D5E-6F7A-4B2C-9D3E-4F5A6B7C8D9E"}`,
				`{`,
				`  "uptime" : 41900,`,
				`  "procLaunch" : "2026-11-29 08:52:31.0040 +0100",`,
				`  "captureTime" : "2026-11-29 08:52:40.1004 +0100",`,
				`  "exception" : {"codes":"0x0000000000000000, 0x0000000000000000","rawCodes":[0,0],"type":"EXC_CRASH","signal":"SIGABRT"}`,
				`}`),
		},
	},
	{
		name:   "macos-periodic-daily-out",
		source: "macOS (and FreeBSD) periodic's /var/log/daily.out (each run: a blank line, the date(1) line `Www Mmm dd HH:mm:ss ZZZ yyyy`, the scripts' output such as `Removing old temporary files:` and disk status, ending `-- End of daily output --`): periodic(8) and periodic.conf(5) (daily_output); from memory of real daily.out files",
		why:    "a run of a dozen lines is one record headed by a ctime-style date with a zone abbreviation; the `df` lines under it carry no time",
		gap:    "the `-- End of daily output --` line that closes a periodic run is split off from the run as a record of its own",
		entries: []worldEntry{
			we("2026-11-28T03:15:00Z", Unknown, "",
				"Sat Nov 28 03:15:00 UTC 2026",
				"Removing old temporary files:",
				"",
				"Cleaning out old system announcements:",
				"",
				"Disk status:",
				"Filesystem     Size   Used  Avail Capacity iused ifree %iused  Mounted on",
				"/dev/disk3s1s1 460Gi   10Gi  212Gi     5%    412k  2.2G    0%   /",
				"",
				"-- End of daily output --",
				""),
			we("2026-11-29T03:15:00Z", Unknown, "",
				"Sun Nov 29 03:15:00 UTC 2026",
				"Removing old temporary files:",
				"",
				"-- End of daily output --"),
		},
	},

	// Syslog as libraries, tools and devices write it.
	{
		name:   "ruijie-rgos-rfc5424",
		source: "Ruijie RGOS with RFC 5424 logging enabled (`<priority>version timestamp sysname MODULE LEVEL MNEMONIC [structured-data] description`, the documented example `<133>1 2013-07-24T12:19:33.130290Z ruijie SYS 5 CONFIG - Configured from console by console`, facility local0): Ruijie RG-WLAN series configuration guide 'Configuring Syslog' (RFC5424 Log Format)",
		why:    "RFC 5424 whose APP-NAME, PROCID and MSGID slots hold the module, the severity digit and the mnemonic; the PRI gives the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.13029Z", Notice, "RG-S5750", "<133>1 2026-11-29T07:41:16.130290Z RG-S5750 SYS 5 CONFIG - Configured from console by console"),
			we("2026-11-29T07:41:18.004112Z", Error, "RG-S5750", "<131>1 2026-11-29T07:41:18.004112Z RG-S5750 LINK 3 UPDOWN - Interface GigabitEthernet 0/12, changed state to down."),
			we("2026-11-29T07:41:18.00502Z", Notice, "RG-S5750", "<133>1 2026-11-29T07:41:18.005020Z RG-S5750 LINEPROTO 5 UPDOWN - Line protocol on Interface GigabitEthernet 0/12, changed state to down."),
		},
	},
	{
		name:   "nlog-syslog-target-rfc5424",
		source: "NLog.Targets.Syslog (luigiberrettini/NLog.Targets.Syslog) in its Rfc5424 message format (`<PRI>1 time host app procid msgid - BOM message`, app the process name, procid the process id, msgid `-`, a UTF-8 BOM before the message unless disableBom, facility Local0, the NLog level mapped onto the severity): its README (messageCreation rfc5424 settings); from memory of its output",
		why:    "RFC 5424 with NILVALUE msgid and structured data, then a byte-order mark before the message; the PRI gives the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.41207Z", Info, "web-03", "<134>1 2026-11-29T07:41:16.412070+00:00 web-03 Shop.Worker 41207 - - \ufeffOrder 41208 saved"),
			we("2026-11-29T07:41:18.004Z", Warn, "web-03", "<132>1 2026-11-29T07:41:18.004000+00:00 web-03 Shop.Worker 41207 - - \ufeffPayment provider slow: 4120 ms"),
			we("2026-11-29T07:41:19.25Z", Error, "web-03", "<131>1 2026-11-29T07:41:19.250000+00:00 web-03 Shop.Worker 41207 - - \ufeffPayment failed for order 41208"),
		},
	},
	{
		name:   "log4j2-sysloglayout-bsd",
		source: "Log4j 2's SyslogLayout, the SyslogAppender's default format=\"BSD\" (`<PRI>MMM dd HH:mm:ss hostname message`: no tag and no pid, facility LOCAL0 by default, the level mapped onto the severity): Apache Log4j 2 manual 'Layouts' (SyslogLayout) and 'Appenders' (SyslogAppender format BSD)",
		why:    "an RFC 3164 header with the host and no tag at all: the message's first word is not a program; the PRI gives the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "app-02", "<134>Nov 29 07:41:16 app-02 Started ShopApplication in 4.12 seconds (process running for 4.9)"),
			we("2026-11-29T07:41:18Z", Warn, "app-02", "<132>Nov 29 07:41:18 app-02 HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=41s)."),
			we("2026-11-29T07:41:19Z", Error, "app-02", "<131>Nov 29 07:41:19 app-02 Payment failed for order 41208: java.net.SocketTimeoutException: Read timed out"),
		},
	},
	{
		name:   "rsyslog-fromhost-ip-template",
		source: "an rsyslog central collector with a file template keyed on the sender's address (`template(name=\"ByIP\" type=\"string\" string=\"%timegenerated:::date-rfc3339% %fromhost-ip% %syslogtag%%msg:::sp-if-no-1st-sp%%msg:::drop-last-lf%\\n\")`): rsyslog documentation 'Templates' and 'Property replacer' (fromhost-ip, date-rfc3339); a common setup in rsyslog mailing-list threads",
		why:    "RSYSLOG_FileFormat's shape with the sender's IP address in the host position; the SSH client in the message is a peer",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.412345Z", Unknown, "10.20.0.21", "2026-11-29T07:41:16.412345+00:00 10.20.0.21 sshd[4121]: Accepted publickey for deploy from 10.20.0.41 port 51234 ssh2: ED25519 SHA256:Qk9xYmVhcjQxMjA3"),
			we("2026-11-29T07:41:17.5Z", Unknown, "10.20.0.22", "2026-11-29T07:41:17.500000+00:00 10.20.0.22 CRON[5120]: (root) CMD (/usr/local/bin/backup.sh)"),
			we("2026-11-29T07:41:18.004121Z", Unknown, "10.20.0.21", "2026-11-29T07:41:18.004121+00:00 10.20.0.21 kernel: [41207.412000] EXT4-fs (sda1): re-mounted. Opts: errors=remount-ro"),
		},
	},
	{
		name:   "hpux-syslog",
		source: "HP-UX syslogd's /var/adm/syslog/syslog.log (`Mmm dd HH:mm:ss host tag[pid]: msg`; vmunix for the kernel, `syslogd: restart`, inetd's connection logging `service/tcp: Connection from name (addr) at Www Mmm dd HH:mm:ss yyyy`): HP-UX syslogd(1M) and inetd(1M) -l; the lines from memory of real syslog.log files",
		why:    "an RFC 3164 file line whose inetd message repeats the time ctime-style; the NFS server and telnet client are peers",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "hpux01", "Nov 29 07:41:16 hpux01 syslogd: restart"),
			we("2026-11-29T07:41:18Z", Unknown, "hpux01", "Nov 29 07:41:18 hpux01 vmunix: NFS server nfs01 not responding still trying"),
			we("2026-11-29T07:41:20Z", Unknown, "hpux01", "Nov 29 07:41:20 hpux01 inetd[1412]: telnet/tcp: Connection from client01 (10.20.0.41) at Sun Nov 29 07:41:20 2026"),
		},
	},
	{
		name:   "syslog-java-client",
		source: "CloudBees' syslog-java-client (com.cloudbees:syslog-java-client, also behind the Jenkins Syslog Logger plugin): its RFC_3164 format (`<PRI>MMM dd HH:mm:ss hostname appName: message`) and RFC_5424 format (`<PRI>1 time hostname appName procId msgId - message`, nil fields as `-`): cloudbees/syslog-java-client SyslogMessage toRfc3164SyslogMessage and toRfc5424SyslogMessage; the lines from memory",
		why:    "the same sender in both of the client's formats; the PRI gives the level in each",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "ci-01", "<14>Nov 29 07:41:16 ci-01 jenkins: Started build shop-api #412"),
			we("2026-11-29T07:41:18.412Z", Warn, "ci-01", "<12>1 2026-11-29T07:41:18.412Z ci-01 jenkins - - - Build shop-api #412 is unstable"),
			we("2026-11-29T07:41:19.25Z", Error, "ci-01", "<11>1 2026-11-29T07:41:19.250Z ci-01 jenkins - - - Build shop-api #413 failed"),
		},
	},
	{
		name:   "util-linux-logger-stderr",
		source: "util-linux logger's `--stderr` echo of what it sends to the local /dev/log (`<PRI>Mmm dd HH:mm:ss tag[pid]: message`: RFC 3164 without a hostname, as logger writes for the local socket; `-i` adds the pid, `-p` sets the priority): logger(1) (--stderr, --rfc3164, 'the hostname is omitted for local sockets'); from memory of its output",
		why:    "an RFC 3164 header with no hostname: the tag after the clock is a program, not a host; the PRI gives the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "<13>Nov 29 07:41:16 backup: nightly job 41 started"),
			we("2026-11-29T07:41:18Z", Notice, "", "<13>Nov 29 07:41:18 backup[4121]: rsync finished: 4120 files"),
			we("2026-11-29T07:41:20Z", Error, "", "<11>Nov 29 07:41:20 backup[4121]: rsync failed: exit 23"),
		},
	},
}

func TestFresh21Formats(t *testing.T) { assertTable(t, fresh21Cases) }

// TestFresh21Score logs the twenty-first fresh figure, for logs trawl was never tuned on:
// go test ./parse -run TestFresh21Score -v
func TestFresh21Score(t *testing.T) {
	checkScore(t, "fresh21 formats", fresh21Cases, [worldNumFields]float64{97.7, 97.7, 97.7, 93.2})
}
