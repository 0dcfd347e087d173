package parse

import "testing"

// The seven-hundred-and-seventy-fourth fresh table: BSD systems' daemons and the files they write.
// Each family is one daemon's or tool's output as it lands on disk: OpenBSD iked's IKEv2 lines
// with their `spi=0x…:` prefix in /var/log/daemon; OpenBSD ospfd run with -v, its neighbour state
// machine in /var/log/daemon; FreeBSD pw(8)'s /var/log/userlog (an ISO date and time, then
// `[user:whichmode]`); FreeBSD adduser(8)'s own log (a slashed date, then the master.passwd line
// pw usershow prints); gmirror's GEOM_MIRROR kernel lines in FreeBSD's /var/log/messages; CARP's
// kernel state changes (`carp: vhid@if: OLD -> NEW (reason)`) in FreeBSD's /var/log/messages;
// the periodic(8) security run output (section headings, a block of `root 0` lines, the
// syslog lines it quotes for login failures); `pkg audit -F`'s report (multi-line blocks per
// vulnerable package, no time at all).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `openbsd`, `freebsd`, `netbsd`, `dragonfly`, `pflog`, `relayd`,
// `httpd`, `smtpd`, `ospfd`, `ospfd[`, `ospf6d`, `bgpd`, `iked`, `iked[`, `iked:`, `isakmpd`,
// `devd`, `jail`, `ipfw`, `pf:`, `bsdinstall`, `freebsd-update`, `periodic`, `security run
// output`, `security run`, `Checking setuid`, `setuid files`, `refused connections`, `Database
// fetched`, `login failures`, `rc.d`, `newsyslog`, `syslogd`, `authlog`, `daemon.log`, `npppd`,
// `dhcpleased`, `unwind[`, `slaacd[`, `resolvd`, `rad[`, `hotplugd`, `apmd`, `sasyncd`,
// `ypldap`, `dvmrpd`, `eigrpd`, `ripd[`, `ldpd[`, `openntpd`, `ldapd`, `snmpd[`, `spamd`,
// `ftp-proxy`, `vmd[`, `vmctl`, `switchd[`, `carp`, `carp:`, `kernel: carp`, `pfsync`,
// `savecore`, `GEOM`, `GEOM_MIRROR`, `GEOM_ELI`, `geli`, `ZFS:`, `zfsd`, `bhyve`, `hastd`,
// `ctld[`, `ctld:`, `auditdistd`, `powerd[`, `envstat`, `altqd`, `rtadvd`, `route6d`, `rtsold`,
// `npf`, `npfd`, `blacklistd`, `blocklistd`, `pkgin`, `pkg:`, `pkg_add`, `pkg audit`, `is
// vulnerable`, `vuxml`, `poudriere`, `synth`, `dsynth`, `dpb`, `acme-client`, `rpki-client`,
// `doas`, `ipmon`, `ipfilter`, `natd`, `alias.log`, `iocage`, `bastille`, `ezjail`, `jail_`,
// `exec.consolelog`, `jexec`, `jls`, `core.txt`, `crashinfo`, `dumped core`, `mountd[`,
// `nfsd[`, `automountd`, `autounmountd`, `mpd5`, `[L1]`, `kernel: pid`, `exited on signal`,
// `syspatch`, `sysupgrade`, `sysinst`, `fw_update`, `hammer2`, `security.out`, `daily.out`,
// `insecurity`, `userlog`, `added user`, `rmuser`, `sysctl`, `loader.conf`. Most of the theme is
// measured already (OpenBSD's relayd, httpd, smtpd, bgpd, isakmpd, npppd, vmd, ldapd, spamd,
// slaacd, unwind, pflog through tcpdump, authlog and daemon files; FreeBSD's devd, ipfw, pflog,
// bsdinstall, freebsd-update, hastd, zfsd, ctld, newsyslog, syslogd's -O and -v options, periodic
// daily output; NetBSD's and DragonFly's syslogd variants, npf and blocklistd), so those were left
// out; `iked[` matches only WatchGuard's iked, `ospfd[` only FRR and WeOS, `userlog` only other
// products' user logs, `GEOM` only other words, `carp` only ucarp and ifstated, and the rest not
// at all. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The BSD syslog files' year-less dates are in 2026; pw(8) and adduser(8)
// write local time with no zone, taken as UTC (the machines run in UTC); `pkg audit`'s report and
// the security run's headings carry no time, so those records have none, and the syslog lines the
// security run quotes carry their own. No line here marks a level: the BSD syslog files are
// written without PRI (syslogd's default format), pw, adduser and pkg audit write none, and a
// word like `error:` or `failed` inside a message is no level, so every record is Unknown. The
// host is the record's host field after the syslog time (vpn-gw1, rtr-core2, nas02, fw-b, nas01);
// iked's peer and local addresses, ospfd's neighbour IDs, pw's `[root:useradd]` operator and the
// security run's `nas01.example.org login failures:` heading are no host; pw, adduser and pkg
// audit write none. Records: the security run's `Checking for uids of 0:` heading and its
// `root 0` lines are one record, each `pkg audit` package block (the `is vulnerable:` line and its
// indented lines) is one record; the blank lines between sections are fed but not scored.
//
// The shapes come from the sources each case names, found with the search tool (corpora "docs",
// "issues", "code", "pages"); where a search did not confirm a layout the source says "from
// memory" (pw's message formats, the GEOM_MIRROR message texts, ospfd's event, action and state
// names). Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run,
// and none was changed after it; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score.
//
// Its first figure, scored at commit 96f33ea before any rule for it: level 90.0 %, time 90.0 %,
// host 92.5 %, records 87.5 %. That is the macro figure (micro: level 87.9 %, time 87.9 %, host
// 90.9 %, records 84.8 %), in a worktree at 96f33ea with no change to trawl's code (only this file
// and table_test.go's list), 7 of 8 families fully right; the one gap is the security run output's
// records: the `root 0` lines under `Checking for uids of 0:` are not joined to their heading, and
// the `nas01.example.org login failures:` heading swallows the quoted syslog lines after it, the
// blank line and the end marker into one record that takes the first quoted line's time and its
// `error:` as a level.

var fresh774Cases = []worldCase{
	{
		name:   "openbsd-iked-daemon-spi-prefix",
		source: "OpenBSD iked (OpenIKED) through syslogd into /var/log/daemon: `Mmm dd HH:MM:SS host iked[pid]: spi=0x<16 hex>: send IKE_SA_INIT req 0 peer addr:500 local addr:500, N bytes`, `recv … policy 'name'`, `established peer …[FQDN/…] local …[FQDN/…] policy 'name' as initiator (enc … group … prf …)`, and an `ikev2_init_ike_sa: initiating \"policy\"` line without the spi prefix: openiked/openiked-portable issue #72",
		why:    "the IKE SA's spi in hex as a prefix before the message; peer and local addresses with ports and FQDN identities in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "vpn-gw1", `Nov 29 07:41:16 vpn-gw1 iked[40112]: ikev2_init_ike_sa: initiating "site-b"`),
			we("2026-11-29T07:41:16Z", Unknown, "vpn-gw1", "Nov 29 07:41:16 vpn-gw1 iked[40112]: spi=0x3b7e9c21d04a5f18: send IKE_SA_INIT req 0 peer 198.51.100.40:500 local 203.0.113.9:500, 494 bytes"),
			we("2026-11-29T07:41:16Z", Unknown, "vpn-gw1", "Nov 29 07:41:16 vpn-gw1 iked[40112]: spi=0x3b7e9c21d04a5f18: recv IKE_SA_INIT res 0 peer 198.51.100.40:500 local 203.0.113.9:500, 235 bytes, policy 'site-b'"),
			we("2026-11-29T07:41:17Z", Unknown, "vpn-gw1", "Nov 29 07:41:17 vpn-gw1 iked[40112]: spi=0x3b7e9c21d04a5f18: established peer 198.51.100.40:500[FQDN/gw-b.example.net] local 203.0.113.9:500[FQDN/gw-a.example.net] policy 'site-b' as initiator (enc aes-256-gcm group curve25519 prf hmac-sha2-256)"),
		},
	},
	{
		name:   "openbsd-ospfd-verbose-nbr-fsm",
		source: "OpenBSD ospfd -v through syslogd into /var/log/daemon: nbr.c's log_debug(\"nbr_fsm: event %s resulted in action %s and changing state for neighbor ID %s (%s) from %s to %s\") and log_warnx(\"nbr_adj_timer: failed to form adjacency with neighbor ID %s on interface %s\") (ospfd/nbr.c, found by its format strings in the code corpus); the event, action and state names (HELLO_RECEIVED, START_INACTIVITY_TIMER, EXSTA, FULL) from memory",
		why:    "a function name and colon before the message; neighbour router IDs and interfaces in the message are no host; debug lines carry no level in the file",
		entries: []worldEntry{
			we("2026-11-29T07:41:20Z", Unknown, "rtr-core2", "Nov 29 07:41:20 rtr-core2 ospfd[66120]: nbr_fsm: event HELLO_RECEIVED resulted in action START_INACTIVITY_TIMER and changing state for neighbor ID 10.255.0.7 (em1) from DOWN to INIT"),
			we("2026-11-29T07:41:20Z", Unknown, "rtr-core2", "Nov 29 07:41:20 rtr-core2 ospfd[66120]: nbr_fsm: event 2_WAY_RECEIVED resulted in action EVAL and changing state for neighbor ID 10.255.0.7 (em1) from INIT to EXSTA"),
			we("2026-11-29T07:41:25Z", Unknown, "rtr-core2", "Nov 29 07:41:25 rtr-core2 ospfd[66120]: nbr_fsm: event LOADING_DONE resulted in action NOTHING and changing state for neighbor ID 10.255.0.7 (em1) from LOAD to FULL"),
			we("2026-11-29T07:44:05Z", Unknown, "rtr-core2", "Nov 29 07:44:05 rtr-core2 ospfd[66120]: nbr_adj_timer: failed to form adjacency with neighbor ID 10.255.0.9 on interface em2"),
		},
	},
	{
		name:   "freebsd-pw-userlog",
		source: "FreeBSD pw(8)'s /var/log/userlog: pw_log.c `strftime(nfmt, sizeof nfmt, \"%Y-%m-%d %T \", t)` in local time, then `[%s:%s%s] %s` (LOGNAME, Which[] user/group, Modes[] add/del/mod) and the command's own text (usr.sbin/pw/pw_log.c, found in the code corpus); the useradd/userdel message formats (`name(uid):group(gid):gecos:home:shell`, `name(uid) account removed`, `name(uid) home /home/x removed`) from memory",
		why:    "an ISO date and time with no zone, then the operator and the operation in brackets; no host, no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16 [root:useradd] alice(1001):alice(1001):Alice Lane:/home/alice:/bin/sh"),
			we("2026-11-29T07:58:40Z", Unknown, "", "2026-11-29 07:58:40 [root:usermod] alice(1001):alice(1001):Alice Lane:/home/alice:/usr/local/bin/zsh"),
			we("2026-11-29T08:30:02Z", Unknown, "", "2026-11-29 08:30:02 [root:userdel] bob(1002) account removed"),
			we("2026-11-29T08:30:02Z", Unknown, "", "2026-11-29 08:30:02 [root:userdel] bob(1002) home /home/bob removed"),
		},
	},
	{
		name:   "freebsd-adduser-log",
		source: "FreeBSD adduser(8)'s own log (ADDUSERLOG, /var/log/adduser): adduser.sh `echo \"$(${DATECMD} +'%Y/%m/%d %T') $(${PWCMD} 2>/dev/null usershow -n $username)\" >> $_log` (usr.sbin/adduser/adduser.sh, found in the code corpus): a slashed local date and time, then the master.passwd line pw usershow prints with the password as `*`",
		why:    "a slashed year-first date and a time with no zone, then ten colon-separated passwd fields; the login name first in them is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 alice:*:1001:1001::0:0:Alice Lane:/home/alice:/bin/sh"),
			we("2026-11-29T07:52:03Z", Unknown, "", "2026/11/29 07:52:03 carol:*:1003:1003:staff:0:0:Carol Imbert:/home/carol:/usr/local/bin/bash"),
			we("2026-11-29T08:05:44Z", Unknown, "", "2026/11/29 08:05:44 svc-backup:*:1004:1004::0:0:Backup agent:/nonexistent:/usr/sbin/nologin"),
		},
	},
	{
		name:   "freebsd-gmirror-geom-messages",
		source: "gmirror's GEOM_MIRROR kernel lines in FreeBSD's /var/log/messages (`Mmm dd HH:MM:SS host kernel: GEOM_MIRROR: Device gm0: provider ada1p3 disconnected.`): the class and its debug sysctls from FreeBSD bugzilla PR 232684 and the gmirror(8)/geom(4) pages (pages corpus); the message texts from memory",
		why:    "the kernel tag, then an upper-case GEOM class and a colon, then `Device name:`; the provider names are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "nas02", "Nov 29 07:41:16 nas02 kernel: GEOM_MIRROR: Device gm0: provider ada1p3 disconnected."),
			we("2026-11-29T07:43:02Z", Unknown, "nas02", "Nov 29 07:43:02 nas02 kernel: GEOM_MIRROR: Device gm0: provider ada3p3 detected."),
			we("2026-11-29T07:43:02Z", Unknown, "nas02", "Nov 29 07:43:02 nas02 kernel: GEOM_MIRROR: Device gm0: rebuilding provider ada3p3."),
			we("2026-11-29T09:12:47Z", Unknown, "nas02", "Nov 29 09:12:47 nas02 kernel: GEOM_MIRROR: Device gm0: rebuilding provider ada3p3 finished."),
			we("2026-11-29T09:12:47Z", Unknown, "nas02", "Nov 29 09:12:47 nas02 kernel: GEOM_MIRROR: Device gm0: provider ada3p3 activated."),
		},
	},
	{
		name:   "freebsd-carp-kernel-state",
		source: "FreeBSD CARP state changes from the kernel in /var/log/messages (`Mmm dd HH:MM:SS host kernel: carp: 1@vtnet3: BACKUP -> MASTER (master timed out)`, `carp: demoted by 240 to 240 (pfsync bulk start)`): a pasted messages file and a parser's tests in the code corpus (find_string `BACKUP -> MASTER (master timed out)`), and sys/netinet/ip_carp.c's CARP_DEBUG strings",
		why:    "`carp:` then `vhid@interface:` and an arrow between two upper-case states; the states and the interface are no host or level",
		entries: []worldEntry{
			we("2026-11-29T07:41:26Z", Unknown, "fw-b", "Nov 29 07:41:26 fw-b kernel: carp: 1@vtnet3: INIT -> BACKUP (initialization complete)"),
			we("2026-11-29T07:41:29Z", Unknown, "fw-b", "Nov 29 07:41:29 fw-b kernel: carp: 1@vtnet3: BACKUP -> MASTER (master timed out)"),
			we("2026-11-29T07:41:29Z", Unknown, "fw-b", "Nov 29 07:41:29 fw-b kernel: carp: 1@vtnet3: MASTER -> BACKUP (more frequent advertisement received)"),
			we("2026-11-29T07:41:31Z", Unknown, "fw-b", "Nov 29 07:41:31 fw-b kernel: carp: demoted by 240 to 240 (pfsync bulk start)"),
		},
	},
	{
		name:   "freebsd-periodic-security-run-output",
		source: "FreeBSD periodic(8) security run output (the mail or security_output file: `Checking setuid files and devices:`, `Checking for uids of 0:` with `root 0` lines, `<host> login failures:` and `<host> refused connections:` followed by the syslog lines they quote, `-- End of security output --`): a pasted daily and security mail in the code corpus (find_string `Checking setuid files and devices`) and a logwatch-like service map listing the headings; the end marker from memory",
		gap:    "the `root 0`/`toor 0` body lines under `Checking for uids of 0:` are read as records of their own instead of joined to their heading; the untimed heading `nas01.example.org login failures:` swallows the quoted syslog lines after it (each with its own `Nov 29 01:14:52 nas01` time and host), the blank line and `-- End of security output --` into one record, which takes the first quoted line's time (2026-11-29T01:14:52Z, want none) and its `error:` as level Error (want Unknown)",
		why:    "untimed section headings, a heading with untimed body lines, and quoted syslog lines each with its own year-less time and host; the FQDN in `nas01.example.org login failures:` is a heading, no host",
		entries: []worldEntry{
			we("", Unknown, "", "Checking for uids of 0:", "root 0", "toor 0"),
			wskip(""),
			we("", Unknown, "", "nas01.example.org login failures:"),
			we("2026-11-29T01:14:52Z", Unknown, "nas01", "Nov 29 01:14:52 nas01 sshd[51120]: error: PAM: Authentication error for illegal user admin from 203.0.113.77"),
			we("2026-11-29T01:15:03Z", Unknown, "nas01", "Nov 29 01:15:03 nas01 sshd[51120]: Received disconnect from 203.0.113.77 port 40112:11: Bye Bye [preauth]"),
			wskip(""),
			we("", Unknown, "", "-- End of security output --"),
		},
	},
	{
		name:   "freebsd-pkg-audit-report",
		source: "FreeBSD `pkg audit -F` (as the daily security run prints it): `vulnxml file up-to-date`, then per package `<pkg>-<version> is vulnerable:` with indented `<name> -- <topic>`, `CVE: …`, `WWW: https://vuxml.FreeBSD.org/freebsd/<uuid>.html`, a blank line, and `N problem(s) in N installed package(s) found.`: a pasted pkg audit session in the code corpus (find_string `problem(s) in 1 installed package(s) found`)",
		why:    "no time anywhere; each vulnerable package is a four-line block whose indented lines belong to it; the package names and the CVE ids are no host or time",
		entries: []worldEntry{
			we("", Unknown, "", "vulnxml file up-to-date"),
			we("", Unknown, "", "curl-8.10.1 is vulnerable:", "  curl -- heap buffer overflow in the HTTP/3 handshake", "  CVE: CVE-2026-31877", "  WWW: https://vuxml.FreeBSD.org/freebsd/3c8e1f52-ab41-11f1-9d0e-2cf05d620ed4.html"),
			wskip(""),
			we("", Unknown, "", "py311-urllib3-2.2.3,1 is vulnerable:", "  py-urllib3 -- proxy credentials leaked on cross-origin redirect", "  CVE: CVE-2026-40215", "  WWW: https://vuxml.FreeBSD.org/freebsd/91d0a7e4-ab2c-11f1-8f3a-a8a1592d7b6e.html"),
			wskip(""),
			we("", Unknown, "", "2 problem(s) in 2 installed package(s) found."),
		},
	},
}

func TestFresh774Formats(t *testing.T) { assertTable(t, fresh774Cases) }
func TestFresh774Score(t *testing.T) {
	checkScore(t, "fresh774 formats", fresh774Cases, [worldNumFields]float64{89.9, 89.9, 92.4, 87.4})
}
