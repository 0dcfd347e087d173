package parse

import "testing"

// The four-hundred-and-thirty-second fresh table, written on 2026-12-06: syslog test vectors, a
// twentieth pass: senders, relays and stores whose syslog shapes no earlier table holds. Each family
// is one daemon's output in one stored shape: policyd-weight in Debian's /var/log/mail.log (its
// `weighted check:` score lines and `decided action=` verdicts, the SMTP client in `<client=…>`);
// spampd in a mail log written by rsyslog's RFC 3339 template (microseconds and a -05:00 offset,
// Net::Server's own zone-less local stamp inside the start-up line); nbd-server in Debian's
// /var/log/daemon.log (the tag `nbd_server` with an underscore, a parent and a child pid); fwsnort's
// iptables LOG rules in Ubuntu's /var/log/kern.log (the kernel's `[uptime]`, then the `[N] SIDnnnn
// ESTAB` prefix fwsnort gives each rule); siproxd through syslog (every message opening with
// `file.c:line LEVEL:` and no space after the colon); tumgreyspf behind a relay that stores RFC 5424
// (rsyslog's RSYSLOG_SyslogProtocol23Format: the PRI, version 1, a +01:00 offset, nil MSGID and SD);
// SELinux's restorecond read with `journalctl -o short-full` (a weekday, the date and a CET zone
// abbreviation); upowerd read with `journalctl -o short-monotonic` (seconds since boot in brackets,
// no clock).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first, case-insensitive (`policyd-weight`, `weighted check`, `decided action`, `X-policyd-weight`,
// `spampd`, `clean message` (fresh55, SpamAssassin's spamd only), `identified spam`, `ORCPT=`,
// `returnpath`, `nbd_server`, `nbd-server`, `virtstyle`, `Starting to serve` (fresh99, another
// product), `fwsnort`, `SID2`, `ESTAB IN=`, `siproxd`, `c:149`, ` INFO:`, `tumgreyspf`, `tumgrey`,
// `Initial Greylist`, `Pending Greylist`, `SPF check` (fresh351, another product), `restorecond`,
// `Reset file context`, `upowerd`, `treating change event`, `greylistd`, `smtp-gated`, `bcrelay`,
// `dhcp-helper`, `ietd`, `l2tpns`, `etckeeper`, `debsums`, `mcstransd`, `rpc.rquotad`, `warnquota`,
// `wd_keepalive`, `sysrqd`, `afsd`, and, dropped as held already: `krb5kdc`, `kadmind`, `exim`,
// `postsrsd`, `nullmailer`, `dma[`, `courier`, `cyrus`, `amavis`, `clamd`, `freshclam`,
// `collectd`, `rsyncd`, `nslcd`, `multipathd`, `mdadm`, `setroubleshoot`, `rpc.mountd`,
// `certmonger`, `snort`, `rspamd`, `redis[`, `opendkim`, `saslauthd`, `policyd-spf`, `sqlgrey`,
// `postfwd`, `dkimproxy`, `masqmail`, `sSMTP`, `pptpd`, `atftpd`, `dhcrelay`, `nrpe`, `incrond`,
// `fcron`, `psad`, `denyhosts`, `vnstatd`, `softflowd`, `fprobe`, `p0f`, `argus`, `darkstat`,
// `ndppd`, `dhcp6c`, `pimd`, `mrouted`, `rtpengine`, `rtpproxy`, `kamailio`, `opensips`,
// `turnserver`, `murmurd`, `ngircd`, `inspircd`, `unrealircd`, `gpm`, `thinkfan`, `uptimed`,
// `mfsmaster`, `tinydns`, `pdnsd`, `maradns`, `conntrackd`, `nvidia-persistenced`, `vmtoolsd`,
// `spice-vdagent`, `qemu-ga`, `short-full`, `short-monotonic`, `short-iso`). The journal's
// short-full and short-monotonic outputs and rsyslog's RFC 5424 template are in earlier tables with
// other senders; restorecond, upowerd and tumgreyspf are in none. Net::Server's stamp inside a
// syslog message is in none; spampd, policyd-weight, nbd-server, fwsnort's prefixes and siproxd's
// `file.c:line LEVEL:` are in none. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The BSD headers of mail.log, daemon.log, kern.log and syslog are yearless
// (2026) and taken as UTC; spampd's RFC 3339 time is converted from -05:00, tumgreyspf's RFC 5424 time
// from +01:00, restorecond's short-full time from CET (+01:00); Net::Server's `2026/11/29-02:40:58`
// inside spampd's message is local time without a zone, not the record's instant, which the header
// gives; the kernel's `[81234.567890]` and short-monotonic's `[ 3812.204511]` are seconds since boot,
// no clock: the kernel lines take the header's time and upowerd's lines have none. Levels only where
// the line marks one: siproxd's `INFO:`, `WARNING:`, `ERROR:` after file:line, and the RFC 5424 PRI
// of the tumgreyspf lines (mail.info 22, mail.err 19); the BSD files and the journal's short outputs
// store no severity, and policyd-weight's `550`, spampd's `identified spam` and restorecond's
// `Unable to` are message text. The host is the header's host; policyd-weight's `<client=…>` and
// `<helo=…>`, nbd-server's `connect from` address, the packet's SRC= and DST=, siproxd's SIP
// registrar and peer, tumgreyspf's REMOTEIP= and HELO= are clients and peers, not hosts.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 47333ad before any rule for it: level 87.5 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 85.3 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at 47333ad with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the one gap is siproxd's level word after `file.c:line`.

var fresh432Cases = []worldCase{
	{
		name:   "policyd-weight-debian-mail-log-weighted-check",
		source: "policyd-weight 0.1.15 (Postfix policy daemon, Perl) through syslog in Debian's /var/log/mail.log: the master's `policyd-weight X started and daemonized. conf:…; GID:… EGID:… UID:… EUID:…; taint mode: 0`, a child's `weighted check:  NAME=score … <client=addr> <helo=name> <from=addr> <to=addr>, rate: n` and `decided action=PREPEND X-policyd-weight: …` or `decided action=550 …; delay: Ns`: searched the pages and code corpora without a hit; from memory",
		why:    "a BSD header with no severity; score names with `=-1.5`, the rate and the 550 reply code are no times and no level; `<client=…>` and `<helo=…>` are the SMTP peer, not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z", Unknown, "mx1", "Nov 29 07:41:02 mx1 policyd-weight[2198]: policyd-weight 0.1.15.2 started and daemonized. conf:/etc/policyd-weight.conf; GID:118 118 EGID:118 118 UID:112 EUID:112; taint mode: 0"),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", "Nov 29 07:41:16 mx1 policyd-weight[2204]: weighted check:  NOT_IN_SBL_XBL_SPAMHAUS=-1.5 NOT_IN_SPAMCOP=-1.5 NOT_IN_BL_NJABL=-1.5 CL_IP_EQ_HELO_IP=-2 (check from: .orchard. - helo: .mail.orchard-news. - helo-domain: .orchard-news.)  FROM/MX_MATCHES_HELO(DOMAIN)=-2; <client=198.51.100.23> <helo=mail.orchard-news.example> <from=nadia@orchard-news.example> <to=billing@corp.example>, rate: -8.5"),
			we("2026-11-29T07:41:16Z", Unknown, "mx1", "Nov 29 07:41:16 mx1 policyd-weight[2204]: decided action=PREPEND X-policyd-weight: NOT_IN_SBL_XBL_SPAMHAUS=-1.5 NOT_IN_SPAMCOP=-1.5 NOT_IN_BL_NJABL=-1.5 CL_IP_EQ_HELO_IP=-2 FROM/MX_MATCHES_HELO(DOMAIN)=-2 <client=198.51.100.23> <helo=mail.orchard-news.example> <from=nadia@orchard-news.example> <to=billing@corp.example>, rate: -8.5; delay: 1s"),
			we("2026-11-29T07:41:58Z", Unknown, "mx1", "Nov 29 07:41:58 mx1 policyd-weight[2204]: weighted check:  IN_SPAMCOP=3.75 NOT_IN_SBL_XBL_SPAMHAUS=-1.5 HELO_NUMERIC=1.5 CL_IP_NE_HELO=4.75 RESOLVED_IP_IS_NOT_HELO=1.5 <client=203.0.113.88> <helo=[203.0.113.88]> <from=promo@bulk-deals.example> <to=ops@corp.example>, rate: 10"),
			we("2026-11-29T07:41:58Z", Unknown, "mx1", "Nov 29 07:41:58 mx1 policyd-weight[2204]: decided action=550 Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs; in IN_SPAMCOP; <client=203.0.113.88> <helo=[203.0.113.88]> <from=promo@bulk-deals.example> <to=ops@corp.example>; delay: 2s"),
		},
	},
	{
		name:   "spampd-rsyslog-rfc3339-offset-net-server-stamp",
		source: "spampd 2.6 (SpamAssassin SMTP/LMTP proxy on Net::Server::PreForkSimple) through syslog, stored by rsyslog with RSYSLOG_FileFormat (RFC 3339 with microseconds and the local -05:00 offset): Net::Server's start-up line carrying its own `yyyy/MM/dd-HH:MM:SS` local stamp in the message, `processing message <id> for <rcpt>:port, ORCPT=…, returnpath=<…>`, `clean message <id> (score/required) from <sender> for <rcpt> in Ns, n bytes.` and `identified spam …`: the shape of spamd's clean/identified lines confirmed in SpamAssassin's sa-stats.pl (code search); spampd's own lines and Net::Server's stamp from memory",
		why:    "an RFC 3339 time with a negative offset is the next hour block in UTC; Net::Server's zone-less stamp inside the message is local time, not the record's; the score pair (9.71/5.00) and the byte count are no times; `identified spam` is no level",
		entries: []worldEntry{
			we("2026-11-29T07:40:58.120447Z", Unknown, "mx2", "2026-11-29T02:40:58.120447-05:00 mx2 spampd[3101]: 2026/11/29-02:40:58 SpamPD (type Net::Server::PreForkSimple) starting! pid(3101)"),
			we("2026-11-29T07:41:16.418233Z", Unknown, "mx2", "2026-11-29T02:41:16.418233-05:00 mx2 spampd[3110]: processing message <20261129074114.4A1B2@orchard-news.example> for <ops@corp.example>:10026, ORCPT=rfc822;ops@corp.example, returnpath=<bounce-4412@orchard-news.example>"),
			we("2026-11-29T07:41:18.462901Z", Unknown, "mx2", "2026-11-29T02:41:18.462901-05:00 mx2 spampd[3110]: clean message <20261129074114.4A1B2@orchard-news.example> (-1.32/5.00) from <bounce-4412@orchard-news.example> for <ops@corp.example> in 2.04s, 8812 bytes."),
			we("2026-11-29T07:42:03.007115Z", Unknown, "mx2", "2026-11-29T02:42:03.007115-05:00 mx2 spampd[3111]: identified spam <8f3a.77c1.5e02@bulk-deals.example> (9.71/5.00) from <promo@bulk-deals.example> for <sales@corp.example> in 1.88s, 4402 bytes."),
		},
	},
	{
		name:   "nbd-server-debian-daemon-log-underscore-tag",
		source: "nbd-server 3.x (Network Block Device) through syslog in Debian's /var/log/daemon.log (the ident `nbd_server` with an underscore; the parent's `Spawned a child process` and `Child exited with N`, the child's `virtstyle ipliteral`, `connect from addr, assigned file is path`, `Starting to serve`, `Size of exported file/device is N`, `Disconnect request received.`): a linux-kernel thread 'nbd questions and problems' (ammarfaizi2/lore-inbox, a user quoting `nbd_server[pid]: Request too big!` from syslog), found with the code search; the other messages from memory",
		why:    "a BSD header with no severity; the tag has an underscore; parent and child pids interleave; the client address after `connect from` is no host; the export size is no epoch",
		entries: []worldEntry{
			we("2026-11-29T07:40:51Z", Unknown, "nas02", "Nov 29 07:40:51 nas02 nbd_server[1411]: Spawned a child process"),
			we("2026-11-29T07:40:51Z", Unknown, "nas02", "Nov 29 07:40:51 nas02 nbd_server[2930]: virtstyle ipliteral"),
			we("2026-11-29T07:40:51Z", Unknown, "nas02", "Nov 29 07:40:51 nas02 nbd_server[2930]: connect from 10.40.2.17, assigned file is /srv/nbd/vm-build-07.img"),
			we("2026-11-29T07:40:51Z", Unknown, "nas02", "Nov 29 07:40:51 nas02 nbd_server[2930]: Starting to serve"),
			we("2026-11-29T07:40:51Z", Unknown, "nas02", "Nov 29 07:40:51 nas02 nbd_server[2930]: Size of exported file/device is 21474836480"),
			we("2026-11-29T07:52:33Z", Unknown, "nas02", "Nov 29 07:52:33 nas02 nbd_server[2930]: Disconnect request received."),
			we("2026-11-29T07:52:33Z", Unknown, "nas02", "Nov 29 07:52:33 nas02 nbd_server[1411]: Child exited with 0"),
		},
	},
	{
		name:   "fwsnort-ubuntu-kern-log-sid-prefix",
		source: "fwsnort 1.6's iptables rules (Snort signatures translated to `-j LOG --log-prefix \"[N] SIDnnnn ESTAB \"`, the rule number in brackets, the signature id, ESTAB on rules matched against established TCP streams) logged by the kernel and stored by rsyslog in Ubuntu's /var/log/kern.log (BSD header, `kernel: [uptime] prefix IN=… OUT= MAC=… SRC=… DST=…`, a trailing blank): iptables' libxt_LOG.man (the prefix option, up to 29 letters) and the LOG line's fields from a Snare 'IPTablesFirewall' page and a linuxchix thread (pages search); fwsnort's prefix from memory",
		why:    "the kernel's `[81234.567890]` is seconds since boot: the header's time is the record's; `[3]` and SID2100498 are no times; SRC= and DST= are packet addresses, the host is the header's",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gw01", "Nov 29 07:41:16 gw01 kernel: [81234.567890] [3] SID2100498 ESTAB IN=eth0 OUT= MAC=52:54:00:1a:2b:3c:52:54:00:9f:8e:7d:08:00 SRC=198.51.100.77 DST=192.0.2.10 LEN=412 TOS=0x00 PREC=0x00 TTL=52 ID=40112 DF PROTO=TCP SPT=80 DPT=51822 WINDOW=501 RES=0x00 ACK PSH URGP=0 "),
			we("2026-11-29T07:41:19Z", Unknown, "gw01", "Nov 29 07:41:19 gw01 kernel: [81237.902114] [112] SID2001219 ESTAB IN=eth0 OUT= MAC=52:54:00:1a:2b:3c:52:54:00:9f:8e:7d:08:00 SRC=203.0.113.140 DST=192.0.2.10 LEN=60 TOS=0x00 PREC=0x00 TTL=47 ID=0 DF PROTO=TCP SPT=51990 DPT=22 WINDOW=64240 RES=0x00 ACK URGP=0 "),
			we("2026-11-29T07:42:05Z", Unknown, "gw01", "Nov 29 07:42:05 gw01 kernel: [81283.004411] [7] SID1390 IN=eth0 OUT= MAC=52:54:00:1a:2b:3c:52:54:00:9f:8e:7d:08:00 SRC=203.0.113.9 DST=192.0.2.10 LEN=128 TOS=0x00 PREC=0x00 TTL=55 ID=31877 PROTO=UDP SPT=40214 DPT=53 LEN=108 "),
		},
	},
	{
		name:   "siproxd-syslog-file-line-level-marker",
		gap:    "trawl reads no level from siproxd's `file.c:line LEVEL:msg` after the syslog tag (`siproxd.c:272 INFO:…`, `proxy.c:166 WARNING:…`, `utils.c:91 ERROR:…`): a level word glued to the message by a colon, behind a source-location token, is not taken as the level",
		source: "siproxd 0.8 (SIP masquerading proxy) through syslog in Debian's /var/log/syslog (log.c writes every message as `file.c:line LEVEL:message`, LEVEL one of INFO, WARNING, ERROR, with no blank after the colon): the siproxd sources matched in the code search (Thomas Ries' headers) without the log.c body; the format from memory",
		why:    "a BSD header with no severity, then siproxd's own level word glued to its message after file:line; `siproxd.c:272` is no time; the SIP URI's host and the peer address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:02Z", Info, "voip01", "Nov 29 07:41:02 voip01 siproxd[1820]: siproxd.c:272 INFO:siproxd-0.8.3-Debian started"),
			we("2026-11-29T07:41:16Z", Info, "voip01", "Nov 29 07:41:16 voip01 siproxd[1820]: register.c:361 INFO:Registered client sip:2041@pbx.corp.example, expires=3600 sec"),
			we("2026-11-29T07:41:40Z", Warn, "voip01", "Nov 29 07:41:40 voip01 siproxd[1820]: proxy.c:166 WARNING:received a SIP request from 203.0.113.61:5060 with no matching registration"),
			we("2026-11-29T07:41:44Z", Error, "voip01", "Nov 29 07:41:44 voip01 siproxd[1820]: utils.c:91 ERROR:DNS lookup failed for host [sip.partner-voice.example]"),
			we("2026-11-29T07:41:45Z", Info, "voip01", "Nov 29 07:41:45 voip01 siproxd[1820]: rtpproxy_relay.c:512 INFO:RTP stream sip:2041@pbx.corp.example (port 7072) timed out"),
		},
	},
	{
		name:   "tumgreyspf-relay-rfc5424-protocol23",
		source: "tumgreyspf (Postfix greylisting and SPF policy, Python, spawned per request with the mail facility) forwarded to a relay that stores RSYSLOG_SyslogProtocol23Format (`<PRI>1 RFC 3339 host app procid msgid SD msg`, nil `-` MSGID and SD, the sender's +01:00 offset kept): the template from rsyslog's documentation; tumgreyspf's `Initial Greylist:`/`Pending Greylist:` key=\"value\" messages and its `SPF check:` line from memory",
		why:    "the PRI gives the level (mail.info 22, mail.err 19); the +01:00 time is an hour earlier in UTC; a fresh pid a request; REMOTEIP= and HELO= are the SMTP peer; the dotted quad in the data path is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Info, "mx3", `<22>1 2026-11-29T08:41:16.204811+01:00 mx3 tumgreyspf 40211 - - Initial Greylist: REMOTEIP="203.0.113.19" HELO="smtp.shop-lane.example" SENDER="orders@shop-lane.example" RECIPIENT="jonas@corp.example" QUEUEID=""`),
			we("2026-11-29T07:41:16.230145Z", Info, "mx3", `<22>1 2026-11-29T08:41:16.230145+01:00 mx3 tumgreyspf 40211 - - SPF check: pass: REMOTEIP="203.0.113.19" SENDER="orders@shop-lane.example"`),
			we("2026-11-29T07:47:02.880416Z", Info, "mx3", `<22>1 2026-11-29T08:47:02.880416+01:00 mx3 tumgreyspf 40388 - - Pending Greylist: REMOTEIP="203.0.113.19" HELO="smtp.shop-lane.example" SENDER="orders@shop-lane.example" RECIPIENT="jonas@corp.example" QUEUEID=""`),
			we("2026-11-29T07:47:40.001203Z", Error, "mx3", `<19>1 2026-11-29T08:47:40.001203+01:00 mx3 tumgreyspf 40402 - - Error: could not create "/var/lib/tumgreyspf/data/203.0.113.19/orders@shop-lane.example": Permission denied`),
		},
	},
	{
		name:   "restorecond-journal-short-full-cet",
		source: "SELinux's restorecond on a RHEL 9 host in Central Europe read with `journalctl -t restorecond -o short-full` (`Www yyyy-MM-dd HH:MM:SS TZ host ident[pid]: msg`, the zone as an abbreviation): the short-full layout from journalctl(1); restorecond's `Reset file context path: old->new` and `Unable to watch` messages from memory",
		why:    "a weekday, then the date and a CET abbreviation: an hour earlier in UTC; the SELinux contexts with `:s0` are no times; `Unable to` is no level; no severity in the journal's short output",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "web03", "Sun 2026-11-29 08:41:16 CET web03 restorecond[812]: Reset file context /root/.ssh/authorized_keys: unconfined_u:object_r:admin_home_t:s0->unconfined_u:object_r:ssh_home_t:s0"),
			we("2026-11-29T07:41:16Z", Unknown, "web03", "Sun 2026-11-29 08:41:16 CET web03 restorecond[812]: Reset file context /etc/resolv.conf: system_u:object_r:etc_t:s0->system_u:object_r:net_conf_t:s0"),
			we("2026-11-29T07:52:40Z", Unknown, "web03", "Sun 2026-11-29 08:52:40 CET web03 restorecond[812]: Unable to watch (/home/mira/public_html) No such file or directory"),
		},
	},
	{
		name:   "upowerd-journal-short-monotonic",
		source: "upowerd on a laptop read with `journalctl -u upower -o short-monotonic` (`[seconds.micros] host ident[pid]: msg`, the seconds since boot padded in brackets, no wall clock): the short-monotonic layout from journalctl(1); upowerd's `treating change event as add on path` and `unhandled action 'bind' on path` from memory",
		why:    "the bracketed number is the monotonic clock since boot: no time of its own; the host after it; sysfs paths with colons and hex ids are no times; no level",
		entries: []worldEntry{
			we("", Unknown, "lap07", "[ 3812.204511] lap07 upowerd[1288]: treating change event as add on /sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.2/0003:046D:C52B.0007/0003:046D:4082.0008/power_supply/hidpp_battery_3"),
			we("", Unknown, "lap07", "[ 3812.260077] lap07 upowerd[1288]: treating change event as add on /sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.2/0003:046D:C52B.0007/0003:046D:4082.0008/power_supply/hidpp_battery_3"),
			we("", Unknown, "lap07", "[ 3901.777402] lap07 upowerd[1288]: unhandled action 'bind' on /sys/devices/pci0000:00/0000:00:14.0/usb1/1-4/1-4:1.0"),
		},
	},
}

func TestFresh432Formats(t *testing.T) { assertTable(t, fresh432Cases) }
func TestFresh432Score(t *testing.T) {
	checkScore(t, "fresh432 formats", fresh432Cases, [worldNumFields]float64{87.4, 99.9, 99.9, 99.9})
}
