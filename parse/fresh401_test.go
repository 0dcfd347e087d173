package parse

import "testing"

// The four-hundred-and-first fresh table, written on 2026-12-06: syslog test vectors, a sixteenth
// pass: senders whose syslog lines no earlier table holds, each as the relay or the journal stores
// it. Each family is one daemon's output in one stored shape: stunnel 5 on an XCP-ng host in
// /var/log/secure (the tag `stunnel:` with no pid, then `LOGn[id]:` with the syslog severity digit);
// stunnel 4 on a XenServer host in the same file (`LOGn[pid:thread id]:`);
// ipsec-tools' racoon through syslog (`racoon:` with no pid, then its own `INFO:`, `NOTIFY:`,
// `WARNING:`, `ERROR:`); the WP fail2ban plugin in Ubuntu 24.04's auth.log (rsyslog's RFC 3339
// microsecond header with a +01:00 offset, the tag `wordpress(site)[pid]` carrying the site's HTTP
// host in parentheses); phpMyAdmin's $cfg['AuthLog'] = 'syslog' lines in Debian's auth.log (`user
// denied: user (reason) from addr`, rsyslog's `message repeated N times: [ … ]`); Monit with `set
// log syslog` (`monit[pid]: 'service' msg`, no level); Webmin's miniserv through syslog in
// /var/log/secure (`webmin[pid]: Invalid login as user from addr`); Roundcube with log_driver
// 'syslog' (`roundcube:` with no pid, the session's `<8 hex>` before the message) and the fail2ban
// plugin's `[roundcube] FAILED login for …` line under the same tag.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`stunnel`, `stunnel:`, `stunnel[`, `LOG5[`, `LOG6[`, `LOG7[`, `LOG3[`,
// `LOG4[`, `Service [xapi]`, `racoon`, `racoon:`, `IPsec-SA established`, `used as isakmp port`,
// `NOTIFY:`, `wordpress(`, `wp(`, `wp fail2ban`, `Authentication failure for`, `Accepted password
// for admin from`, `phpmyadmin`, `user denied`, `mysql-denied`, `user authenticated:`, `monit[`,
// `Monit 5`, `] info     :`, `process is not running`, `trying to restart`, `'web01'`, `webmin`,
// `miniserv`, `usermin`, `Successful login as`, `Invalid login as`, `Non-existent login`,
// `roundcube`, `roundcube:`, `rcube`, `Successful login for`, `FAILED login for`, and, dropped as
// held already: `xapi`, `xensource`, `[debug||`, `cockpit`, `cockpit-ws`, `pure-ftpd`,
// `fail2ban.actions[`, `ddclient`, `[CLOUDINIT]`, `cloud-init[`, `mongod.27017`, `glusterd`,
// `pdns_recursor`, `ovs|`, `<ninfo>`, `Alert Level:`, `portsentry`, `sshguard`, `shorewall`,
// `rsyslogd-pstats`, `Log statistics`, `drupal`, `pvedaemon`, `pmxcfs`, `UPID:`, `ntopng`,
// `dnscrypt`, `vaultwarden`, `saslauthd`, `postgrey`, `sm-mta`, `spamd[`, `tincd`, `exabgp`,
// `auth|security`, `metalog`, `socklog`, `ulogd`, `EvntSLog`, `evtsys`, `mikrotik`, `keepalived`,
// `corosync`, `hostapd`, `sysklogd`). stunnel is in fresh5 as its own log file (`yyyy.MM.dd
// HH:mm:ss LOGn[id]:`) only; through syslog, either id shape, in none. racoon is in fresh16 as its
// log file (racoon -l) and in fresh276's header; through syslog in none. Roundcube is in fresh12 and
// fresh141 as its errors.log and userlogins files; its syslog driver in none. Webmin is in fresh29
// as miniserv.log; its syslog lines in none. Monit's own log file is in the rule tables; its syslog
// lines in none. The WP fail2ban plugin and phpMyAdmin's auth log are in none. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The BSD header's yearless time is in 2026 and taken as UTC; the RFC 3339
// header of Ubuntu 24.04's rsyslog is converted from +01:00. Levels only where the line marks one:
// stunnel's LOGn digit (the syslog severity: 7 debug, 6 info, 5 notice, 4 warning, 3 err), racoon's
// level word (NOTIFY is Notice); the WordPress, phpMyAdmin, Monit, Webmin and Roundcube lines carry
// none (`IMAP Error:` and `FAILED` are message text). The host is the header's host; the site in
// `wordpress(shop.example.org)`, Monit's quoted service names, stunnel's and racoon's peers and the
// `from` addresses are not hosts.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit d01cd4c before any rule for it: level 85.7 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 87.8 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at d01cd4c with no change to trawl's code (only this file and table_test.go's list), 6 of
// 8 families fully right; the gaps are the level digit of stunnel 4's `LOGn[pid:thread id]:` and
// racoon's NOTIFY level word.

var fresh401Cases = []worldCase{
	{
		name:   "stunnel5-xcpng-secure-logn-tag-no-pid",
		source: "stunnel 5 on XCP-ng 8.2 dom0 with `debug = authpriv.5`/`authpriv.7` (xapi's stunnel config), as rsyslog stores it in /var/log/secure: `Mmm dd HH:mm:ss host stunnel: LOGn[id]: msg`, the tag with no pid and n the syslog severity digit: xcp-ng/xcp issue #510 and vatesfr/xen-orchestra issue #4738 (users pasting /var/log/secure)",
		why:    "the level is the digit in LOGn[id] after a pid-less tag; `Service [xapi]` brackets are no tag; the ::ffff: peer address is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "xcp-h1", "Nov 29 07:41:16 xcp-h1 stunnel: LOG5[41]: Service [xapi] accepted connection from ::ffff:10.20.0.14:51122"),
			we("2026-11-29T07:41:16Z", Info, "xcp-h1", "Nov 29 07:41:16 xcp-h1 stunnel: LOG6[41]: Client certificate not requested"),
			we("2026-11-29T07:41:16Z", Debug, "xcp-h1", "Nov 29 07:41:16 xcp-h1 stunnel: LOG7[41]: TLS state (accept): SSLv3/TLS write server done"),
			we("2026-11-29T07:41:16Z", Notice, "xcp-h1", "Nov 29 07:41:16 xcp-h1 stunnel: LOG5[41]: s_connect: connected 127.0.0.1:80"),
			we("2026-11-29T07:41:17Z", Error, "xcp-h1", "Nov 29 07:41:17 xcp-h1 stunnel: LOG3[42]: SSL_accept: ssl/record/rec_layer_s3.c:1605: error:0A000412:SSL routines::sslv3 alert bad certificate"),
			we("2026-11-29T07:41:19Z", Notice, "xcp-h1", "Nov 29 07:41:19 xcp-h1 stunnel: LOG5[41]: Connection closed: 18211 byte(s) sent to TLS, 2204 byte(s) sent to socket"),
		},
	},
	{
		name:   "stunnel4-xenserver-secure-logn-pid-tid",
		source: "stunnel 4 on Citrix XenServer 7 dom0 (xapi's stunnel, `debug = authpriv.5`) in /var/log/secure: the tag `stunnel:` with no pid, then `LOGn[pid:thread id]:` with the process id and a fifteen-digit pthread id inside the brackets: vatesfr/xen-orchestra issue #4738 (a user pasting /var/log/secure)",
		why:    "the level digit in LOG5[pid:tid]; the long thread id and the pid are no times; 127.0.0.1 and the ::ffff: peer are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "xs-pool-2", "Nov 29 07:41:16 xs-pool-2 stunnel: LOG5[3310:140211875694080]: Service [xapi] accepted connection from ::ffff:10.20.0.22:58066"),
			we("2026-11-29T07:41:16Z", Notice, "xs-pool-2", "Nov 29 07:41:16 xs-pool-2 stunnel: LOG5[3310:140211875694080]: connect_blocking: connected 127.0.0.1:80"),
			we("2026-11-29T07:41:16Z", Notice, "xs-pool-2", "Nov 29 07:41:16 xs-pool-2 stunnel: LOG5[3310:140211875694080]: Service [xapi] connected remote server from 127.0.0.1:53610"),
			we("2026-11-29T07:41:18Z", Notice, "xs-pool-2", "Nov 29 07:41:18 xs-pool-2 stunnel: LOG5[3310:140211875694080]: Connection closed: 8120 byte(s) sent to SSL, 1403 byte(s) sent to socket"),
		},
	},
	{
		name:   "racoon-syslog-level-word-no-pid",
		source: "ipsec-tools 0.8 racoon logging to syslogd (LOG_DAEMON, no -l): `Mmm dd HH:mm:ss host racoon: LEVEL: msg`, plog's level names ERROR, WARNING, NOTIFY, INFO, DEBUG before the message, as in racoon.log: racoon(8) (messages to syslogd, facility LOG_DAEMON), F5 clouddocs 'IKEv1 Log Analysis' (racoon.log's `INFO:` and `DEBUG:` lines); the syslog tag without a pid from memory",
		why:    "a pid-less tag, then racoon's own level word and a colon; `198.51.100.20[500]` ports in brackets and spi numbers are no tags or times; the peers are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "vpn-gw1", "Nov 29 07:41:16 vpn-gw1 racoon: INFO: @(#)ipsec-tools 0.8.2 (http://ipsec-tools.sourceforge.net)"),
			we("2026-11-29T07:41:16Z", Info, "vpn-gw1", "Nov 29 07:41:16 vpn-gw1 racoon: INFO: 198.51.100.20[500] used as isakmp port (fd=7)"),
			we("2026-11-29T07:41:21Z", Info, "vpn-gw1", "Nov 29 07:41:21 vpn-gw1 racoon: INFO: initiate new phase 1 negotiation: 198.51.100.20[500]<=>203.0.113.61[500]"),
			we("2026-11-29T07:41:21Z", Notice, "vpn-gw1", "Nov 29 07:41:21 vpn-gw1 racoon: NOTIFY: couldn't find the proper pskey, try to get one by the peer's address."),
			we("2026-11-29T07:41:22Z", Warn, "vpn-gw1", "Nov 29 07:41:22 vpn-gw1 racoon: WARNING: ignore INITIAL-CONTACT notification, because it is only accepted after phase1."),
			we("2026-11-29T07:41:22Z", Info, "vpn-gw1", "Nov 29 07:41:22 vpn-gw1 racoon: INFO: IPsec-SA established: ESP/Tunnel 203.0.113.61[500]->198.51.100.20[500] spi=184467201(0xafed101)"),
			we("2026-11-29T07:42:53Z", Error, "vpn-gw1", "Nov 29 07:42:53 vpn-gw1 racoon: ERROR: phase1 negotiation failed due to time up. 3f1c0a9e2b7d4c51:0000000000000000"),
		},
	},
	{
		name:   "wp-fail2ban-site-tag-ubuntu24-rfc3339-offset",
		source: "the WP fail2ban plugin (openlog('wordpress('.HTTP_HOST.')', LOG_NDELAY|LOG_PID, LOG_AUTH): `wordpress(site)[pid]: Authentication failure for user from addr`, `Accepted password for user from addr`) in Ubuntu 24.04's /var/log/auth.log, whose rsyslog writes the RFC 3339 microsecond header with the local offset: wp-fail2ban/wp-fail2ban readme.txt (the sshd-like lines), wp-plugins/wp-fail2ban-logging (the openlog ident), fail2ban's wordpress-soft filter (`_daemon = (?:wordpress|wp)`, the REST and XML-RPC lines); Ubuntu 24.04's header from memory",
		why:    "a tag with the site's HTTP host in parentheses before the pid: the site is no host, the header's host is; the +01:00 header is converted; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204512Z", Unknown, "web-07", "2026-11-29T08:41:16.204512+01:00 web-07 wordpress(shop.example.org)[48211]: Authentication failure for admin from 203.0.113.9"),
			we("2026-11-29T07:41:18.911027Z", Unknown, "web-07", "2026-11-29T08:41:18.911027+01:00 web-07 wordpress(shop.example.org)[48214]: Authentication attempt for unknown user wpadmin from 203.0.113.9"),
			we("2026-11-29T07:41:25.030441Z", Unknown, "web-07", "2026-11-29T08:41:25.030441+01:00 web-07 wordpress(shop.example.org)[48220]: XML-RPC authentication failure for admin from 203.0.113.9"),
			we("2026-11-29T07:43:02.517760Z", Unknown, "web-07", "2026-11-29T08:43:02.517760+01:00 web-07 wordpress(blog.example.net)[48301]: Accepted password for editor from 10.20.0.33"),
			we("2026-11-29T07:44:40.002915Z", Unknown, "web-07", "2026-11-29T08:44:40.002915+01:00 web-07 wordpress(blog.example.net)[48355]: Blocked user enumeration attempt from 198.51.100.61"),
		},
	},
	{
		name:   "phpmyadmin-authlog-syslog-debian-auth-log",
		source: "phpMyAdmin with $cfg['AuthLog'] = 'syslog' (and AuthLogSuccess on) in Debian's /var/log/auth.log: `phpMyAdmin[pid]: user denied: user (reason) from addr`, `user authenticated: user from addr`, rsyslog's `message repeated N times: [ msg]` reduction: users' pasted auth.log and journal lines in public repositories (found with find_string `(mysql-denied) from`), fail2ban's phpmyadmin-syslog filter test line; the success line and the root-denied reason from memory",
		why:    "the reason in parentheses after the user; rsyslog's repeat summary wraps the message in brackets after the same tag; the addresses are clients; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "db-web2", "Nov 29 07:41:16 db-web2 phpMyAdmin[21456]: user denied: root (mysql-denied) from 203.0.113.148"),
			we("2026-11-29T07:41:19Z", Unknown, "db-web2", "Nov 29 07:41:19 db-web2 phpMyAdmin[21456]: user denied: test (mysql-denied) from 203.0.113.148"),
			we("2026-11-29T07:41:52Z", Unknown, "db-web2", "Nov 29 07:41:52 db-web2 phpMyAdmin[21456]: message repeated 6 times: [ user denied: test (mysql-denied) from 203.0.113.148]"),
			we("2026-11-29T07:42:10Z", Unknown, "db-web2", "Nov 29 07:42:10 db-web2 phpMyAdmin[21460]: user denied: root (root-denied) from 198.51.100.23"),
			we("2026-11-29T07:45:31Z", Unknown, "db-web2", "Nov 29 07:45:31 db-web2 phpMyAdmin[21471]: user authenticated: dba from 10.20.0.5"),
		},
	},
	{
		name:   "monit-set-log-syslog-quoted-service",
		source: "Monit 5.33 with `set log syslog` (log.c sends the message to syslog without the `[date] level :` prefix it writes to its own file; each event `'service' msg`): monit(1) 'LOGGING'; a user's monitrc with `set logfile syslog facility log_daemon` in zvldz/mgl03_fw issue #2; the lines from memory",
		why:    "a quoted service name opens the message (the first one is Monit's own host name, still message text); percentages and `[space usage > 90.0%]` are no levels or times; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "db-03", "Nov 29 07:41:16 db-03 monit[812]: 'db-03' Monit 5.33.0 started"),
			we("2026-11-29T07:43:16Z", Unknown, "db-03", "Nov 29 07:43:16 db-03 monit[812]: 'postgresql' process is not running"),
			we("2026-11-29T07:43:16Z", Unknown, "db-03", "Nov 29 07:43:16 db-03 monit[812]: 'postgresql' trying to restart"),
			we("2026-11-29T07:43:16Z", Unknown, "db-03", "Nov 29 07:43:16 db-03 monit[812]: 'postgresql' start: '/usr/bin/systemctl start postgresql'"),
			we("2026-11-29T07:45:16Z", Unknown, "db-03", "Nov 29 07:45:16 db-03 monit[812]: 'postgresql' process is running with pid 48812"),
			we("2026-11-29T07:47:16Z", Unknown, "db-03", "Nov 29 07:47:16 db-03 monit[812]: 'rootfs' space usage 91.2% matches resource limit [space usage > 90.0%]"),
		},
	},
	{
		name:   "webmin-miniserv-syslog-secure",
		source: "Webmin's miniserv.pl logging logins to syslog (ident webmin, authpriv) in Rocky Linux's /var/log/secure: `webmin[pid]: Successful login as user from addr`, `Invalid login as user from addr`, `Non-existent login as user from addr`; fail2ban's webmin-auth filter (`_daemon = webmin`); from memory",
		why:    "a plain BSD line whose message carries the client address; `Invalid`, `Non-existent` and `Successful` are message words, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "adm-01", "Nov 29 07:41:16 adm-01 webmin[2210]: Non-existent login as test from 203.0.113.9"),
			we("2026-11-29T07:41:21Z", Unknown, "adm-01", "Nov 29 07:41:21 adm-01 webmin[2214]: Invalid login as root from 203.0.113.9"),
			we("2026-11-29T07:44:02Z", Unknown, "adm-01", "Nov 29 07:44:02 adm-01 webmin[2230]: Successful login as kira from 10.20.0.41"),
			we("2026-11-29T07:52:40Z", Unknown, "adm-01", "Nov 29 07:52:40 adm-01 webmin[2261]: Invalid login as kira from 10.20.0.41"),
		},
	},
	{
		name:   "roundcube-log-driver-syslog-session-prefix",
		source: "Roundcube 1.6 with $config['log_driver'] = 'syslog' (syslog_id roundcube, no pid: rcube::write_log prefixes `<session>` and sends errors at LOG_ERR and userlogins at LOG_INFO), plus the fail2ban plugin's `[roundcube] FAILED login for user from addr` (syslog(LOG_WARNING, …) under the same ident), in Debian's /var/log/mail.log: the plugin from its source (found with the code search); the driver's lines from memory",
		why:    "a pid-less tag, then the session's eight hex digits in angle brackets; `IMAP Error:` and `FAILED` are message text, no level; `(ID: 4)` and `on line 211` are no times; the addresses are clients",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "mail-03", "Nov 29 07:41:16 mail-03 roundcube: <3fa1c2d4> IMAP Error: Login failed for anna@example.org against localhost from 203.0.113.9. AUTHENTICATE PLAIN: Authentication failed. in /usr/share/roundcube/program/lib/Roundcube/rcube_imap.php on line 211 (POST /?_task=login&_action=login)"),
			we("2026-11-29T07:41:16Z", Unknown, "mail-03", "Nov 29 07:41:16 mail-03 roundcube: <3fa1c2d4> Failed login for anna@example.org from 203.0.113.9 in session 3fa1c2d4e5b6a798 (error: 0)"),
			we("2026-11-29T07:41:16Z", Unknown, "mail-03", "Nov 29 07:41:16 mail-03 roundcube: [roundcube] FAILED login for anna@example.org from 203.0.113.9"),
			we("2026-11-29T07:43:40Z", Unknown, "mail-03", "Nov 29 07:43:40 mail-03 roundcube: <9b2e77c1> Successful login for carl@example.org (ID: 4) from 10.20.0.44 in session 9b2e77c1d0a5f3e8 (error: 0)"),
		},
	},
}

func TestFresh401Formats(t *testing.T) { assertTable(t, fresh401Cases) }
func TestFresh401Score(t *testing.T) {
	checkScore(t, "fresh401 formats", fresh401Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
