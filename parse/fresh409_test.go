package parse

import "testing"

// The four-hundred-and-ninth fresh table, written on 2026-12-06: syslog test vectors, a seventeenth
// pass: senders, relays and stores whose syslog shapes no earlier table holds, mostly the BSD base
// systems' own daemons. Each family is one daemon's output in one stored shape: OpenBSD's
// ftp-proxy in /var/log/daemon (`ftp-proxy[pid]: #N FTP session n/max started: client … to server
// … via proxy … ` with its trailing blank, the `#N` session id on every line); OpenBSD's ifstated
// in /var/log/daemon (every logit() line sent at LOG_NOTICE, the state machine's `started`,
// `initial state:`, `changing state to` and `running` lines); OpenBSD's sensorsd in
// /var/log/daemon (`sensorsd[pid]: dev.typeN: exceeds limits: value unit`); FreeBSD's rtadvd in a
// /var/log/messages written by syslogd -O rfc5424 (the PRI and version, a -05:00 offset, then the
// KAME `<function>` prefix of every message); FreeBSD's rtsold in the default BSD file (the same
// `<function>` prefix after the tag); FreeBSD's bootpd run with -d -d through syslog (one request
// spread over eight lines of one pid, `setarp addr - mac`); bootpd run in the foreground with -d
// (report() writing `bootpd: info(6): msg` on stderr, no time); FreeBSD's iscsid through syslog
// (log.c's `addr (target): msg` peer prefix).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`ftp-proxy`, `FTP session`, `via proxy`, `ifstated`, `changing state
// to`, `initial state:`, `sensorsd`, `hw.sensors`, `within limits`, `exceeds limits`, `km0.temp`,
// `degC`, `rtadvd`, `rtsold`, `route6d`, `<rs_input>`, `<ra_input>`, `<rtsol_`, `bootpd`, `bootp`,
// `vendor magic`, `setarp`, `rfc1048`, `iscsid`, `iscsid[`, `log_set_peer`, `bsnmpd`, `sasyncd`,
// `ypldap`, `ospf6d`, `eigrpd`, `dvmrpd`, `tftp-proxy`, `sndiod`, `ldattach`, `rarpd`, `rbootd`,
// `mopd`, `rwhod`, `fingerd`, `comsat`, `ntalkd`, and, dropped as held already: `hastd` (fresh101),
// `bird:`, `bgpd[`, `haveged`, `rngd`, `winbindd[`, `smbd[`, `pdns_server`, `thermald`, `ypbind`,
// `xl2tpd`, `mosquitto[`, `ptp4l`, `phc2sys`, `knotd`, `nsd[`, `relayd`, `npppd`, `isakmpd`,
// `vmd[`, `dhcpleased`, `slaacd`, `unwind`, `syslogd -Z`, `/bsd:`, `radvd`, `ctld[`, `mpd5`,
// `Syslog::Logger`, `SysLogHandler`, `SyslogAppender`). OpenBSD's base daemons are in many tables
// (relayd, bgpd, ntpd, npppd, isakmpd, vmd, dhcpleased, unwind, slaacd, spamd, httpd, doas, cron,
// syslogd -Z, the kernel's `/bsd:` lines); ftp-proxy, ifstated and sensorsd are in none. FreeBSD's
// syslogd -O rfc5424 is in fresh67 and fresh225 with other senders; rtadvd's and rtsold's
// `<function>` prefixes are in none, nor are bootpd and FreeBSD's iscsid. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The BSD header's yearless time is in 2026 and taken as UTC; the RFC 5424
// time of FreeBSD's syslogd is converted from -05:00; bootpd's foreground report() lines carry no
// time. Levels only where the line marks one: the RFC 5424 PRI of the rtadvd lines (daemon.notice
// 29, daemon.info 30, daemon.err 27, daemon.debug 31) and report()'s `info(6)`/`error(3)`; the BSD
// files store no severity, and ifstated's, ftp-proxy's, sensorsd's, rtsold's, bootpd's and iscsid's
// words (`exceeds`, `error:`, `refused`) are message text. The host is the header's host; the
// client, server and proxy addresses of ftp-proxy, the router addresses of rtadvd and rtsold, the
// bootp client's name in `found addr (name)` and iscsid's target address are not hosts. A
// `<function>` after the tag is no PRI.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 3bf89f8 before any rule for it: level 87.5 %, time 97.9 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 86.4 %, time 97.7 %, host 100.0 %, records 100.0 %), in a
// worktree at 3bf89f8 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is bootpd's foreground report() lines: the `info(6)`/`error(3)`
// level after the program name is not read, and the bootptab mtime inside the message is taken as
// the record's time.

var fresh409Cases = []worldCase{
	{
		name:   "openbsd-ftp-proxy-daemon-session-ids",
		source: "OpenBSD's ftp-proxy(8) (openlog(__progname, LOG_PID | LOG_NDELAY, LOG_DAEMON); logmsg() passes each line to vsyslog: `#%d FTP session %d/%d started: client %s to server %s via proxy %s ` with its trailing blank, `#%d passive: client to server port %d via port %d`, `#%d server close`, `#%d server refused connection`, `listening on %s port %s`), as syslogd stores it in /var/log/daemon: usr.sbin/ftp-proxy/ftp-proxy.c (read in the code corpus); the stored layout from memory",
		why:    "a `#N` session id after the tag; three addresses in one line, none a host; the started line ends in a blank; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gw-obsd1", "Nov 29 07:41:16 gw-obsd1 ftp-proxy[61422]: listening on 127.0.0.1 port 8021"),
			we("2026-11-29T07:42:03Z", Unknown, "gw-obsd1", "Nov 29 07:42:03 gw-obsd1 ftp-proxy[61422]: #1 FTP session 1/100 started: client 10.44.0.23 to server 198.51.100.61 via proxy 203.0.113.9 "),
			we("2026-11-29T07:42:04Z", Unknown, "gw-obsd1", "Nov 29 07:42:04 gw-obsd1 ftp-proxy[61422]: #1 passive: client to server port 50231 via port 57810"),
			we("2026-11-29T07:42:19Z", Unknown, "gw-obsd1", "Nov 29 07:42:19 gw-obsd1 ftp-proxy[61422]: #1 server close"),
			we("2026-11-29T07:43:40Z", Unknown, "gw-obsd1", "Nov 29 07:43:40 gw-obsd1 ftp-proxy[61422]: #2 FTP session 1/100 started: client 10.44.0.31 to server 192.0.2.140 via proxy 203.0.113.9 "),
			we("2026-11-29T07:43:40Z", Unknown, "gw-obsd1", "Nov 29 07:43:40 gw-obsd1 ftp-proxy[61422]: #2 server refused connection"),
		},
	},
	{
		name:   "openbsd-ifstated-daemon-carp-states",
		source: "OpenBSD's ifstated(8) through syslog (log_init: openlog(__progname, LOG_PID | LOG_NDELAY, LOG_DAEMON); logit() sends every line with vsyslog(LOG_NOTICE): `started`, `initial state: %s`, `changing state to %s`, `running %s`, `reloading config`), as syslogd stores it in /var/log/daemon: usr.sbin/ifstated/ifstated.c (read in the code corpus); the stored layout from memory",
		why:    "a state machine's terse lines; the command after `running` holds an interface name and numbers, no time; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "fw-b", "Nov 29 07:41:16 fw-b ifstated[30117]: started"),
			we("2026-11-29T07:41:16Z", Unknown, "fw-b", "Nov 29 07:41:16 fw-b ifstated[30117]: initial state: backup"),
			we("2026-11-29T07:52:41Z", Unknown, "fw-b", "Nov 29 07:52:41 fw-b ifstated[30117]: changing state to primary"),
			we("2026-11-29T07:52:41Z", Unknown, "fw-b", "Nov 29 07:52:41 fw-b ifstated[30117]: running /sbin/ifconfig carp1 advskew 0"),
			we("2026-11-29T07:52:41Z", Unknown, "fw-b", "Nov 29 07:52:41 fw-b ifstated[30117]: running /etc/rc.d/relayd restart"),
			we("2026-11-29T08:05:12Z", Unknown, "fw-b", "Nov 29 08:05:12 fw-b ifstated[30117]: changing state to backup"),
		},
	},
	{
		name:   "openbsd-sensorsd-daemon-limits",
		source: "OpenBSD's sensorsd(8) through syslog (each crossing of a sensors.conf limit as `dev.typeN: exceeds limits: value unit` and its return as `within limits:`), in /var/log/daemon: sensorsd(8) and sensorsd.conf(5); the sensorsd.c sources seen in the code corpus (not their format strings); the message layout from memory",
		why:    "a sensor name with dots and digits after the tag; `96.50 degC` and `10.91 V DC` are readings, no times; `exceeds` is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "nas-obsd", "Nov 29 07:41:16 nas-obsd sensorsd[48211]: km0.temp0: exceeds limits: 96.50 degC"),
			we("2026-11-29T07:41:16Z", Unknown, "nas-obsd", "Nov 29 07:41:16 nas-obsd sensorsd[48211]: it0.volt1: exceeds limits: 10.91 V DC"),
			we("2026-11-29T07:41:36Z", Unknown, "nas-obsd", "Nov 29 07:41:36 nas-obsd sensorsd[48211]: it0.fan2: exceeds limits: 0 RPM"),
			we("2026-11-29T07:46:16Z", Unknown, "nas-obsd", "Nov 29 07:46:16 nas-obsd sensorsd[48211]: km0.temp0: within limits: 71.25 degC"),
			we("2026-11-29T07:46:16Z", Unknown, "nas-obsd", "Nov 29 07:46:16 nas-obsd sensorsd[48211]: it0.volt1: within limits: 12.03 V DC"),
		},
	},
	{
		name:   "freebsd-rtadvd-rfc5424-func-prefix",
		source: "FreeBSD's rtadvd(8) (KAME: every syslog() call starts the message with `<%s>` and __func__: `<%s> RS with invalid hop limit(%d) received from %s on %s` at LOG_NOTICE, `<%s> RA received from %s on %s` at LOG_DEBUG, `<%s> M flag inconsistent on %s: %s from %s, %s from us` at LOG_INFO, `<%s> received a router renumbering message, but not allowed to be accepted` at LOG_ERR) in a /var/log/messages written by syslogd -O rfc5424 (`<PRI>1 time host app pid - - msg`): usr.sbin/rtadvd/rtadvd.c (read in the code corpus); the RFC 5424 file layout as fresh225 has it from FreeBSD's syslogd(8)",
		why:    "the PRI gives the severity; a `<ra_input>` after the empty MSGID and SD looks like a second PRI and is not; the time is converted from -05:00; the routers' fe80:: addresses are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117Z", Notice, "rtr-fbsd2.example.net", "<29>1 2026-11-29T02:41:16.204117-05:00 rtr-fbsd2.example.net rtadvd 1187 - - <rs_input> RS with invalid hop limit(64) received from fe80::21b:21ff:fe4c:7a02 on igb1"),
			we("2026-11-29T07:41:18.007421Z", Debug, "rtr-fbsd2.example.net", "<31>1 2026-11-29T02:41:18.007421-05:00 rtr-fbsd2.example.net rtadvd 1187 - - <ra_input> RA received from fe80::5054:ff:fe3a:9c11 on igb1"),
			we("2026-11-29T07:41:18.007502Z", Info, "rtr-fbsd2.example.net", "<30>1 2026-11-29T02:41:18.007502-05:00 rtr-fbsd2.example.net rtadvd 1187 - - <ra_input> M flag inconsistent on igb1: ON from fe80::5054:ff:fe3a:9c11, OFF from us"),
			we("2026-11-29T07:41:18.00761Z", Info, "rtr-fbsd2.example.net", "<30>1 2026-11-29T02:41:18.007610-05:00 rtr-fbsd2.example.net rtadvd 1187 - - <prefix_check> prefix 2001:db8:40:7::/64 from fe80::5054:ff:fe3a:9c11 on igb1 is not in our list"),
			we("2026-11-29T07:44:02.551903Z", Error, "rtr-fbsd2.example.net", "<27>1 2026-11-29T02:44:02.551903-05:00 rtr-fbsd2.example.net rtadvd 1187 - - <rtadvd_input> received a router renumbering message, but not allowed to be accepted"),
		},
	},
	{
		name:   "freebsd-rtsold-bsd-func-prefix",
		source: "FreeBSD's rtsold(8) through syslog in the default /var/log/messages (the KAME daemons' `<function>` prefix after the tag, as rtadvd.c writes it; rtsold's own messages, such as an RA on an unexpected interface and the RDNSS option handling, from memory of real lines): rtsold(8); usr.sbin/rtadvd/rtadvd.c for the shared prefix convention",
		why:    "`<rtsol_input>` after `rtsold[pid]:` is a function name, no PRI and no tag; the router address is no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Unknown, "ws-fbsd7", "Nov 29 07:41:20 ws-fbsd7 rtsold[902]: <rtsol_input> received RA from fe80::5054:ff:fe3a:9c11 on an unexpected IF(re1)"),
			we("2026-11-29T07:41:20Z", Unknown, "ws-fbsd7", "Nov 29 07:41:20 ws-fbsd7 rtsold[902]: <rtsol_input> received RA from fe80::5054:ff:fe3a:9c11 on re0, state is 2"),
			we("2026-11-29T07:41:20Z", Unknown, "ws-fbsd7", "Nov 29 07:41:20 ws-fbsd7 rtsold[902]: <ra_opt_handler> rdnss found: 2001:db8:40:7::53"),
			we("2026-11-29T07:41:21Z", Unknown, "ws-fbsd7", "Nov 29 07:41:21 ws-fbsd7 rtsold[902]: <ra_opt_rdnss_dispatch> resolvconf failed: exit status 1"),
		},
	},
	{
		name:   "freebsd-bootpd-debug-syslog-request",
		source: "FreeBSD's bootpd(8) run from inetd with -d -d, its report() lines through syslog in /var/log/messages (one request as `request from Ethernet address`, `found addr (name)`, `bootfile=\"…\"`, `vendor magic field is 99.130.83.99`, `request message length=`, `extended reply, length=…, options=…`, `sending reply (with RFC1048 options)`, `setarp addr - mac`): libexec/bootpd/bootpd.c (report(LOG_INFO, \"sending reply (with RFC1048 options)\") at debug > 1, read in the code corpus) and a mailing-list paste of /var/log/messages with those lines",
		why:    "one request spread over eight records of one pid, each its own line; `99.130.83.99` is the RFC 1048 magic cookie and `10.30.4.51` the client, no hosts; `setarp addr - mac` has a dash that is no separator of a header; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "pxe-srv", "Nov 29 07:41:16 pxe-srv bootpd[7714]: request from Ethernet address 00:1B:21:4C:7A:02"),
			we("2026-11-29T07:41:16Z", Unknown, "pxe-srv", "Nov 29 07:41:16 pxe-srv bootpd[7714]: found 10.30.4.51 (node07)"),
			we("2026-11-29T07:41:16Z", Unknown, "pxe-srv", `Nov 29 07:41:16 pxe-srv bootpd[7714]: bootfile="/tftpboot/pxeboot"`),
			we("2026-11-29T07:41:16Z", Unknown, "pxe-srv", "Nov 29 07:41:16 pxe-srv bootpd[7714]: vendor magic field is 99.130.83.99"),
			we("2026-11-29T07:41:16Z", Unknown, "pxe-srv", "Nov 29 07:41:16 pxe-srv bootpd[7714]: request message length=548"),
			we("2026-11-29T07:41:16Z", Unknown, "pxe-srv", "Nov 29 07:41:16 pxe-srv bootpd[7714]: extended reply, length=548, options=312"),
			we("2026-11-29T07:41:16Z", Unknown, "pxe-srv", "Nov 29 07:41:16 pxe-srv bootpd[7714]: sending reply (with RFC1048 options)"),
			we("2026-11-29T07:41:16Z", Unknown, "pxe-srv", "Nov 29 07:41:16 pxe-srv bootpd[7714]: setarp 10.30.4.51 - 00:1B:21:4C:7A:02"),
		},
	},
	{
		name:   "bootpd-foreground-report-level-digit",
		gap:    "trawl reads no level from `bootpd: info(6): msg` / `bootpd: error(3): msg` (a level word with the syslog digit in parentheses after `progname: `), and on the untimed `bootptab mtime: Sun Nov 29 07:12:40 2026` line it takes the file's mtime in the message as the record's time",
		source: "bootpd run in the foreground with -d (report() writes to stderr instead of syslog: `progname: levelname(digit): msg`, the syslog priority's name and number, no time): a user's paste of `bootp: info(6): request from IP addr …`, `found … (name)`, `vendor magic field is 99.130.83.99`, `sending reply (with RFC1048 options)` in a mailing-list thread; report.c's level names (error for 3) from memory",
		why:    "the level is the word with the syslog digit in parentheses after the program name; no time and no host anywhere",
		entries: []worldEntry{
			we("", Info, "", "bootpd: info(6): bootptab mtime: Sun Nov 29 07:12:40 2026"),
			we("", Info, "", "bootpd: info(6): request from Ethernet address 00:1B:21:4C:7A:09"),
			we("", Error, "", "bootpd: error(3): bootptab: no host entry for 00:1B:21:4C:7A:09"),
			we("", Info, "", "bootpd: info(6): request from Ethernet address 00:1B:21:4C:7A:02"),
			we("", Info, "", "bootpd: info(6): found 10.30.4.51 (node07)"),
			we("", Info, "", "bootpd: info(6): sending reply (with RFC1048 options)"),
		},
	},
	{
		name:   "freebsd-iscsid-peer-prefix",
		source: "FreeBSD's iscsid(8) through syslog in /var/log/messages (log.c prefixes each message with the peer set by log_set_peer_addr and log_set_peer_name: `addr (target): msg`, `addr: msg` before the target is known): usr.sbin/iscsid/iscsid.c handle_request (log_set_peer_addr(isc_target_addr), log_set_peer_name(isc_target)) and iscsid.h, read in the code corpus; log.c's prefix format and the messages from memory",
		why:    "the target's address and IQN before the message; `iqn.2026-11.org.example:vol07` holds a year and month that are no time; the target address is no host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "db-fbsd3", "Nov 29 07:41:16 db-fbsd3 iscsid[2210]: 10.40.0.20 (iqn.2026-11.org.example:vol07): target returned error: authentication failure"),
			we("2026-11-29T07:41:31Z", Unknown, "db-fbsd3", "Nov 29 07:41:31 db-fbsd3 iscsid[2214]: 10.40.0.20 (iqn.2026-11.org.example:vol07): failed to connect to 10.40.0.20: Connection refused"),
			we("2026-11-29T07:41:46Z", Unknown, "db-fbsd3", "Nov 29 07:41:46 db-fbsd3 iscsid[2219]: 10.40.0.21: login timed out after 60 seconds; exiting"),
			we("2026-11-29T07:42:01Z", Unknown, "db-fbsd3", "Nov 29 07:42:01 db-fbsd3 iscsid[2223]: 10.40.0.20 (iqn.2026-11.org.example:vol07): protocol error: received invalid opcode 0x3f"),
		},
	},
}

func TestFresh409Formats(t *testing.T) { assertTable(t, fresh409Cases) }
func TestFresh409Score(t *testing.T) {
	checkScore(t, "fresh409 formats", fresh409Cases, [worldNumFields]float64{87.4, 97.8, 99.9, 99.9})
}
