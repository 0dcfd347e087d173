package parse

import "testing"

// The three-hundred-and-fortieth fresh table, written on 2026-12-09: mail, DNS, DHCP, NTP and LDAP
// daemons on Linux at their 2025-2026 versions in a further pass, in record kinds no earlier table
// holds. Each family is one product's documented or observed output: ISC dhcpd's DHCPv6 lease file
// with `db-time-format local` (ia-na and ia-pd blocks, `cltt epoch N; # ctime` lines, nested
// iaaddr/iaprefix blocks, a blank line after each); Kea 3.0's memfile lease file kea-leases4.csv (a
// header row, the epoch expire column, commas in the user context written as `&#x2c`); OpenLDAP
// 2.6's slapo-accesslog database read back with `ldapsearch -LLL` (one LDIF entry a request, its
// reqStart a generalized time with microseconds, a folded continuation line); NTPsec's ntpdig run
// from cron with -j (one JSON object a run, its "time" with a +0100 offset, its "host" the server
// queried, ntpdig's own untimed complaints on stderr in between); Dovecot 2.4's event exporter with
// `format = tab-text` and `time_format = unix` to a file (TAB-separated event:, hostname:,
// start_time:, end_time:, category: and field: items, the times epoch seconds with microseconds);
// the same exporter with `driver = log` kept by Debian 13's rsyslog, where the tabs come out as
// #011 behind an RFC 3339 header; Exim 4.98's `exim -v` on a terminal (each log line as `LOG: MAIN`
// and the line itself indented under it, with no time, between the verbose delivery lines); Exim's
// `exim -bh` host-checking session (the `>>>` trace, `LOG:` lines without time, the typed SMTP
// commands and the replies); BIND 9.22's `named -g` under its new default `print-time
// iso8601-tzinfo` (milliseconds and a +01:00 offset); 389 Directory Server 3.1's errors log with
// `nsslapd-errorlog-log-format: json-pretty` (one pretty-printed JSON object a message over six
// lines, json-c's escaped slashes, local_time with nanoseconds and a ` +0100` after a space).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`postfix`, `exim`, `exim4`, `exim\[`, `exim -v`, `exim -bh`, `exim -bp`, `exim_dumpdb`,
// `exiwhat`, `exigrep`, `exiqgrep`, `eximstats`, `LOG: MAIN`, `SMTP testing session`,
// `acl_check_rcpt`, `Connecting to`, `first failed`, `mainlog`, `rejectlog`, `paniclog`,
// `log_timezone`, `+millisec`, `dovecot`, `event_exporter`, `tab-text`, `event:imap`,
// `start_time:`, `hostname:imap`, `#011`, `doveadm log`, `doveadm who`, `mail_log`, `box=INBOX`,
// `dsync`, `named\[`, `bind9`, `named -g`, `iso8601-tzinfo`, `BIND 9.22`, `+01:00 starting BIND`,
// `Statistics Dump`, `rndc`, `dnstap`, `query-errors`, `unbound`, `unbound-control`,
// `total.num.queries`, `knot`, `knotd`, `knotc`, `kdig`, `kea`, `kea-dhcp4`, `kea-dhcp6`,
// `kea-leases4`, `kea-leases6`, `kea-lfc`, `memfile`, `valid_lifetime,expire`, `address,hwaddr`,
// `&#x2c`, `lease4`, `lease6`, `stork`, `dhcpd`, `dhcpd.leases`, `dhcpd6.leases`, `ia-na`,
// `ia-pd`, `iaaddr`, `iaprefix`, `preferred-life`, `max-life`, `server-duid`, `db-time-format`,
// `cltt epoch`, `epoch 17`, `omshell`, `chrony`, `chronyd`, `chronyc`, `chronyc -c`, `chronyd -q`,
// `tracking.log`, `ntpsec`, `ntpd`, `ntpq`, `ntpdig`, `"leap":`, `no-leap`, `ntploggps`, `TDOP`,
// `ntplogtemp`, `temps`, `loopstats`, `peerstats`, `clockstats`, `slapd`, `openldap`, `accesslog`,
// `cn=accesslog`, `reqStart`, `reqStart:`, `reqMod:`, `reqResult`, `auditModify`, `reqType`,
// `reqDN`, `changetype`, `slapcat`, `slapo-accesslog`, `ldapsearch -LLL`, `OpenLDAP Maintainers`,
// `slapd starting`, `389-ds`, `ns-slapd`, `dirsrv`, `auditfail`, `json-pretty`,
// `errorlog-log-format`, `"local_time"`, `"subsystem":`, `389-Directory/3`, `logging-backend`,
// `freeradius`, `radiusd`, `radiusd\[`, `Login OK`, `radacct`, `radwho`, `radlast`, `sqllog`,
// `posttls-finger`, `postqueue -j`, `arrival_time`, `pflogsumm`, `qshape`, `postcat`, `collate`,
// `short-unix`, `short-full`, `with-unit`, `json-seq`, `json-sse`, `json-pretty`, `o export`,
// `__CURSOR`, `\[s=`, `short-monotonic`, `short-delta`, `short-iso-precise`, `-o verbose`,
// `DebugFormat`, `Debug line with all properties`, `<22>1 `).
// What the brief named is measured already in many shapes: Postfix in syslog, every journal
// output, RFC 5424, postlogd's maillog_file, postqueue -p and -j, postsuper's stderr, postscreen,
// tlsproxy, smtpd -v and TLS loglevel 2 (fresh17 to fresh309; posttls-finger would be postsuper's
// `prog: msg` shape again); Exim's mainlog with every selector, its rejectlog, paniclog, msglog,
// syslog, debug stderr, -bp and exigrep (fresh5, fresh38, fresh55, fresh64, fresh86, fresh164,
// fresh187, fresh283); Dovecot's syslog, log_path, debug_log_path, its ISO log_timestamp, rawlog,
// doveadm -D and doveadm log errors, and the JSON event exporter (fresh68, fresh70, fresh283,
// fresh309); BIND's categories, querylog, channels with every print- option, named -g with the old
// `dd-Mon-yyyy` time, stats dump and dnstap (holdout, fresh41, fresh43, fresh55, fresh86, fresh181,
// fresh227, fresh242, fresh275, fresh309); Unbound in every log-time option and verbosity (fresh38
// to fresh275); Knot DNS's file log and journal JSON (fresh5, fresh275); Kea's file, syslog,
// journal, packet, legal, DDNS and Control Agent logs (fresh_test to fresh298); ISC dhcpd's syslog,
// failover, foreground stderr, DHCPv6 exchange and its DHCPv4 leases file (fresh41, fresh55,
// fresh275); chrony's daemon lines and all its log files (holdout, fresh39 to fresh309); NTPsec's
// logfile and stats files, ntplogtemp's temps (fresh31, fresh261, fresh282); slapd's debug, stats,
// sync, auditlog and lloadd lines (world_test to fresh295); 389-ds's access, errors, audit, security,
// access JSON and audit JSON logs (fresh4 to fresh295); FreeRADIUS's radius.log, detail, -X, radmin
// debug file, linelog and 4.0's -X (fresh2 to fresh295). What is new here: the DHCPv6 lease file
// (fresh55 holds only DHCPv4 leases in the default time format), Kea's lease CSV, the accesslog
// database as LDIF, ntpdig's JSON (fresh142's sntp line is the plain form), the tab-text exporter
// in a file and through rsyslog, `exim -v`'s `LOG: MAIN` blocks, `exim -bh`'s session, BIND's
// iso8601-tzinfo, 389-ds's JSON errors log in its pretty form (rsyslog's #011 for a TAB is in
// earlier tables, for Snare's events and Exim's folded headers; Dovecot's exporter through it is in
// none). Left out as measured already or
// for want of a new shape: ntploggps's gpsd file (the epoch-first shape of fresh261's temps),
// posttls-finger (postsuper's shape), FreeRADIUS's default linelog file (untimed bare lines), and
// the journal's output modes for these daemons (every mode is held for other daemons). The table
// holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). dhcpd's `epoch N;` is the time and its `# ctime` comment the same second on a
// UTC host; an ia block's time is its cltt (when the client last spoke), not the later ends. Kea's
// CSV row carries only expire, the epoch when the lease runs out, and that is its time (the write
// time expire - valid_lifetime is not written). The accesslog entry's time is its reqStart
// (generalized time, UTC, microseconds); reqEnd and entryCSN are later instants of the same
// request. ntpdig's "time" is the server's transmit time in local time with +0100 and is
// converted; its stderr lines carry none. Dovecot's start_time and end_time are both the event's
// (either accepted); through rsyslog the header's time is the third version. `exim -v` and
// `exim -bh` print no time at all (the 220 banner's date is the greeting's text and is left
// unscored). BIND's `+01:00` and 389-ds's ` +0100` are converted. Levels only where the line marks
// one: 389-ds's severity (ERR Error, WARN Warn, NOTICE Notice, INFO Info); reqResult: 49, "leap",
// `**` before an Exim address, a 550 reply and Dovecot's field:error= are no levels, and `LOG:
// MAIN` names Exim's main log, not a severity. The host is the record's host field: Dovecot's
// hostname: item and the rsyslog header's host; ntpdig's "host" is the NTP server it asked, Kea's
// hostname column, dhcpd's ddns-fwd-name and Exim's H= are clients, and none of them is the
// record's host. A record that spans lines is one entry: a dhcpd ia block from its `ia-na`/`ia-pd`
// line to the blank line after its closing brace, an LDIF entry with its folded line and the blank
// line after it, `LOG: MAIN` with its indented line, a pretty-printed JSON object from `{` to `}`.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 1b98717 before any rule for it: level 80.4 %, time 60.0 %, host 75.3 %, records 77.5 %.
// That is the macro figure (micro: level 80.3 %, time 72.7 %, host 81.8 %, records 84.8 %), in a
// worktree at 1b98717 with no change to trawl's code (only this file and table_test.go's list), 2 of
// 10 families fully right (the tab-text exporter through rsyslog, BIND's iso8601-tzinfo); the gaps
// are the cltt epoch of dhcpd's DHCPv6 lease blocks and the closing brace of a long one, the expire
// column of Kea's lease CSV, the accesslog LDIF entries cut at each generalized time, ntpdig's
// "host" key taken for the host, the tab-text exporter's start_time, end_time and hostname items,
// Exim's `LOG:` taken for PostgreSQL's LOG level in `exim -v` and `exim -bh`, and 389-ds's
// pretty-printed JSON errors log.

var fresh340Cases = []worldCase{
	{
		name:   "isc-dhcpd6-leases-ia-blocks-db-time-local",
		gap:    "trawl reads no time from a DHCPv6 lease block: `  cltt epoch 1795938076; # Sun Nov 29 07:41:16 2026` (db-time-format local) is not read as the block's time; and the block with `set ddns-rev-name`/`set ddns-fwd-name` bindings (twelve lines) is cut before its closing `}`, which comes out as a record of its own",
		source: "ISC dhcpd 4.4 in DHCPv6 mode (`dhcpd -6`) with `db-time-format local;`, its /var/lib/dhcp/dhcpd6.leases: the two comment lines, server-duid, then one block an IA written by write_ia (`ia-na \"<quoted IAID+DUID>\" {`, `  cltt <time>`, `  iaaddr ADDR {` or `  iaprefix PREFIX/LEN {` with binding state, preferred-life, max-life, ends and any `set` bindings, `  }`, `}` and a blank line) and print_time's local form `epoch N; # %a %b %d %H:%M:%S %Y`: isc-projects/dhcp server/db.c (write_ia, write_server_duid, new_lease_file) and common/print.c (print_time), found with the search tool",
		why:    "a lease is a nested block of lines whose cltt epoch is its time; the ends epoch twelve hours later is no record time; the quoted DUID with octal escapes, the ddns names and the prefix are no hosts; no level",
		entries: []worldEntry{
			wskip("# The format of this file is documented in the dhcpd.leases(5) manual page.",
				"# This lease file was written by isc-dhcp-4.4.3-P1",
				"",
				`server-duid "\000\001\000\001.\212\317\020RT\000\036\377\001";`,
				""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				`ia-na "\016|!\243\000\001\000\001.\231\373\020RT\000j\014\021" {`,
				"  cltt epoch 1795938076; # Sun Nov 29 07:41:16 2026",
				"  iaaddr 2001:db8:4a0:10::1c4 {",
				"    binding state active;",
				"    preferred-life 27000;",
				"    max-life 43200;",
				"    ends epoch 1795981276; # Sun Nov 29 19:41:16 2026",
				"  }",
				"}",
				""),
			we("2026-11-29T07:43:10Z", Unknown, "",
				`ia-pd "\000\000\000\001\000\003\000\001\000\026>\221\004\372" {`,
				"  cltt epoch 1795938190; # Sun Nov 29 07:43:10 2026",
				"  iaprefix 2001:db8:4a0:ff00::/56 {",
				"    binding state active;",
				"    preferred-life 27000;",
				"    max-life 43200;",
				"    ends epoch 1795981390; # Sun Nov 29 19:43:10 2026",
				"  }",
				"}",
				""),
			we("2026-11-29T06:02:40Z", Unknown, "",
				`ia-na "\275\022\000\014\000\001\000\001.\230\004VRT\000\0216\002" {`,
				"  cltt epoch 1795932160; # Sun Nov 29 06:02:40 2026",
				"  iaaddr 2001:db8:4a0:10::1a7 {",
				"    binding state released;",
				"    preferred-life 27000;",
				"    max-life 43200;",
				"    ends epoch 1795932161; # Sun Nov 29 06:02:41 2026",
				"  }",
				"}",
				""),
			we("2026-11-29T07:48:10Z", Unknown, "",
				`ia-na "GZ\020\002\000\001\000\001.\241]\015RT\000+\261\007" {`,
				"  cltt epoch 1795938490; # Sun Nov 29 07:48:10 2026",
				"  iaaddr 2001:db8:4a0:10::2b1 {",
				"    binding state active;",
				"    preferred-life 27000;",
				"    max-life 43200;",
				"    ends epoch 1795981690; # Sun Nov 29 19:48:10 2026",
				`    set ddns-rev-name = "1.b.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.0.a.4.0.8.b.d.0.1.0.0.2.ip6.arpa.";`,
				`    set ddns-fwd-name = "ws-lena.corp.example";`,
				"  }",
				"}",
				""),
		},
	},
	{
		name:   "kea-memfile-leases4-csv-expire",
		gap:    "trawl reads no time from a kea-leases4.csv row: the epoch in the fifth comma-separated column (expire) is not read",
		source: "Kea 3.0's memfile lease database /var/lib/kea/kea-leases4.csv (`address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,hostname,state,user_context,pool_id`, expire in epoch seconds, state 0 default, 1 declined, 2 expired-reclaimed, a comma inside the user context's JSON written as `&#x2c`): the header as Kea writes it quoted by several public parsers of the file (kea-unbound-sync, pfSense 2.8 lease tooling, OPNsense DHCP tests found with the search tool); the escaping and the declined row's emptied fields from memory",
		why:    "CSV with a header row; the only time is the expire epoch; valid_lifetime 3600 and subnet_id 12 are no times; the hostname column is the client's name, no host; state 1 and 2 are no levels",
		entries: []worldEntry{
			wskip("address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,hostname,state,user_context,pool_id"),
			we("2026-11-29T08:41:16Z", Unknown, "", "10.40.12.57,52:54:00:3a:9c:11,01:52:54:00:3a:9c:11,3600,1795941676,12,1,1,laptop-ana.corp.example.,0,,0"),
			we("2026-11-29T08:43:10Z", Unknown, "", "10.40.12.61,3c:22:fb:10:20:30,,3600,1795941790,12,0,0,,0,,0"),
			we("2026-11-29T08:48:10Z", Unknown, "", `10.40.12.88,a4:83:e7:5d:02:19,01:a4:83:e7:5d:02:19,3600,1795942090,12,1,1,ipad-kim.corp.example.,0,{ "ISC": { "relay-agent-info": { "remote-id": "0x000C29D4E1F2"&#x2c "sub-options": "0x0206000C29D4E1F2" } } },0`),
			we("2026-11-30T07:45:00Z", Unknown, "", "10.40.12.90,,,86400,1796024700,12,0,0,,1,,0"),
			we("2026-11-29T06:02:40Z", Unknown, "", "10.40.12.44,52:54:00:77:10:02,01:52:54:00:77:10:02,3600,1795932160,12,0,0,printer-3f.corp.example.,2,,0"),
		},
	},
	{
		name:   "openldap-accesslog-ldapsearch-lll-ldif",
		gap:    "each LDIF entry is cut apart: the `dn: reqStart=…` line keeps only the objectClass line, and the `reqStart:` line, the `reqEnd:` line and every later line with a generalized time in it (a reqMod or reqOld entryCSN) each start a record of their own, so the entry's attributes are split from its dn",
		source: "OpenLDAP 2.6's slapo-accesslog database (`olcAccessLogDB: cn=accesslog`, logops writes and bind, logold) read with `ldapsearch -LLL -Y EXTERNAL -H ldapi:/// -b cn=accesslog '(reqStart>=20261129000000Z)'` (the SASL lines on stderr first, then one LDIF entry a request: `dn: reqStart=<generalized time>,cn=accesslog`, objectClass auditModify/auditAdd/auditBind/auditDelete, reqStart, reqEnd, reqType, reqSession, reqAuthzID, reqDN, reqResult, reqMod/reqOld values, lines over 76 columns folded with a leading space, a blank line after each entry): slapo-accesslog(5) (the audit schema), UnboundID LDAP SDK's DraftChuLDAPLogSchema00 tests and Apache Fortress' AuditDAO (accesslog entries as LDIF), a ldapium replay note quoting `dn: reqStart=…,cn=accesslog` with reqResult: 49, all found with the search tool",
		why:    "an LDIF entry of many lines is one record; its time is reqStart, a generalized time with microseconds in UTC (the same stamp is in the dn); reqEnd and the CSNs are later; reqResult: 49 is no level; the DNs and reqSession are no hosts",
		entries: []worldEntry{
			wskip("SASL/EXTERNAL authentication started",
				"SASL username: gidNumber=0+uidNumber=0,cn=peercred,cn=external,cn=auth",
				"SASL SSF: 0"),
			we("2026-11-29T07:41:16.481207Z", Unknown, "",
				"dn: reqStart=20261129074116.481207Z,cn=accesslog",
				"objectClass: auditModify",
				"reqStart: 20261129074116.481207Z",
				"reqEnd: 20261129074116.483019Z",
				"reqType: modify",
				"reqSession: 1004",
				"reqAuthzID: cn=admin,dc=corp,dc=example",
				"reqDN: uid=lena.voss,ou=people,dc=corp,dc=example",
				"reqResult: 0",
				"reqMod: mail:= lena.voss@corp.example",
				"reqMod: description:= Contractor account for the Q1 2027 datacenter migratio",
				" n, sponsor IT Infrastructure (CHG-48211)",
				"reqMod: entryCSN:= 20261129074116.482551Z#000000#001#000000",
				"reqMod: modifiersName:= cn=admin,dc=corp,dc=example",
				"reqMod: modifyTimestamp:= 20261129074116Z",
				"reqEntryUUID: 5a1f3c2e-7d4b-4a9e-8c21-0b6e9f3d2a17",
				"reqOld: mail: l.voss@corp.example",
				"reqOld: entryCSN: 20261014101533.204118Z#000000#001#000000",
				""),
			we("2026-11-29T07:43:02.11844Z", Unknown, "",
				"dn: reqStart=20261129074302.118440Z,cn=accesslog",
				"objectClass: auditAdd",
				"reqStart: 20261129074302.118440Z",
				"reqEnd: 20261129074302.121907Z",
				"reqType: add",
				"reqSession: 1011",
				"reqAuthzID: cn=provisioner,ou=services,dc=corp,dc=example",
				"reqDN: uid=tomas.ek,ou=people,dc=corp,dc=example",
				"reqResult: 0",
				"reqMod: objectClass:+ inetOrgPerson",
				"reqMod: uid:+ tomas.ek",
				"reqMod: cn:+ Tomas Ek",
				"reqMod: sn:+ Ek",
				"reqMod: mail:+ tomas.ek@corp.example",
				"reqMod: structuralObjectClass:+ inetOrgPerson",
				"reqMod: entryUUID:+ 9c0d21e4-3b7a-4f52-a6e8-17d4c5b9f203",
				"reqMod: creatorsName:+ cn=provisioner,ou=services,dc=corp,dc=example",
				"reqMod: createTimestamp:+ 20261129074302Z",
				"reqMod: entryCSN:+ 20261129074302.119874Z#000000#001#000000",
				"reqEntryUUID: 9c0d21e4-3b7a-4f52-a6e8-17d4c5b9f203",
				""),
			we("2026-11-29T07:44:55.902316Z", Unknown, "",
				"dn: reqStart=20261129074455.902316Z,cn=accesslog",
				"objectClass: auditBind",
				"reqStart: 20261129074455.902316Z",
				"reqEnd: 20261129074455.903002Z",
				"reqType: bind",
				"reqSession: 1019",
				"reqAuthzID:",
				"reqDN: uid=svc-backup,ou=services,dc=corp,dc=example",
				"reqResult: 49",
				"reqVersion: 3",
				"reqMethod: SIMPLE",
				""),
			we("2026-11-29T07:47:31.004518Z", Unknown, "",
				"dn: reqStart=20261129074731.004518Z,cn=accesslog",
				"objectClass: auditDelete",
				"reqStart: 20261129074731.004518Z",
				"reqEnd: 20261129074731.006233Z",
				"reqType: delete",
				"reqSession: 1023",
				"reqAuthzID: cn=admin,dc=corp,dc=example",
				"reqDN: cn=vpn-contractors,ou=groups,dc=corp,dc=example",
				"reqResult: 0",
				"reqEntryUUID: 0e47b9d2-61c3-4a0f-9b5e-2d8c7f1a3e64",
				""),
		},
	},
	{
		name:   "ntpsec-ntpdig-json-cron-append",
		gap:    "the JSON key \"host\" of ntpdig's line, the NTP server it asked, is read as the record's host",
		source: "NTPsec 1.2's ntpdig run from cron with `-j -t 2 ntp1.corp.example ntp2.corp.example ntp3.corp.example >> /var/log/ntpdig.jsonl 2>&1` on a host at +01:00: report() writes `{\"time\":\"%sT%s%s\",\"offset\":%f,\"precision\":%f,\"host\":\"%s\",\"ip\":\"%s\",\"stratum\":%s,\"leap\":\"%s\",\"adjusted\":%s,\"delay\":%f}` with the server's transmit time in local time and a `+hhmm` zone, and log() writes `ntpdig: msg` to stderr (lookup failures, `Response dropped: …`): ntpsec/ntpsec ntpclients/ntpdig.py and ntpdig's manual page (-j), found with the search tool",
		why:    "a JSON line whose \"time\" has microseconds and +0100; \"host\" is the NTP server asked, no host of the record; offset, precision and delay are no times; \"leap\":\"no-leap\" is no level; the stderr lines carry no time",
		entries: []worldEntry{
			we("2026-11-29T07:45:01.204518Z", Unknown, "", `{"time":"2026-11-29T08:45:01.204518+0100","offset":-0.000412,"precision":0.002114,"host":"ntp1.corp.example","ip":"10.40.0.11","stratum":2,"leap":"no-leap","adjusted":false,"delay":0.001207}`),
			we("2026-11-29T08:00:01.318822Z", Unknown, "", `{"time":"2026-11-29T09:00:01.318822+0100","offset":-0.000388,"precision":0.002097,"host":"ntp1.corp.example","ip":"10.40.0.11","stratum":2,"leap":"no-leap","adjusted":false,"delay":0.001193}`),
			we("", Unknown, "", "ntpdig: lookup of ntp3.corp.example failed, errno -2 = Name or service not known"),
			we("2026-11-29T08:15:01.77293Z", Unknown, "", `{"time":"2026-11-29T09:15:01.772930+0100","offset":0.003187,"precision":0.004502,"host":"ntp2.corp.example","ip":"10.40.0.12","stratum":3,"leap":"no-leap","adjusted":false,"delay":0.002944}`),
			we("", Unknown, "", "ntpdig: ntp1.corp.example: Response dropped: leap not in sync"),
			we("2026-11-29T08:30:01.905114Z", Unknown, "", `{"time":"2026-11-29T09:30:01.905114+0100","offset":0.002961,"precision":0.004488,"host":"ntp2.corp.example","ip":"10.40.0.12","stratum":3,"leap":"no-leap","adjusted":false,"delay":0.002871}`),
		},
	},
	{
		name:   "dovecot24-event-exporter-file-tab-text-unix",
		gap:    "trawl reads neither time nor host from a tab-text event: `start_time:1795938076.104512` and `end_time:…` (epoch seconds with microseconds behind a name and a colon, between TABs) are not read as times, and `hostname:imap07` is not read as the host",
		source: "Dovecot 2.4's event exporter (`event_exporter tsv { driver = file; event_exporter_file_path = /var/log/dovecot/events.tsv; format = tab-text; time_format = unix }` with metrics for imap_command_finished, mail_delivery_finished and auth_request_finished): event_export_fmt_tabescaped_text writes `event:NAME`, `hostname:H`, `start_time:T`, `end_time:T`, one `category:C` a category and one `field:K=V` a field, TAB-separated, and the unix time as `%ld.%06u`: dovecot/core src/stats/event-exporter-fmt-tab-text.c and event-exporter-fmt.c, doc.dovecot.org 'Event Export' (formats json and tab-text, time-unix), dovecot/documentation PR #785 (the file transport), found with the search tool",
		why:    "TAB-separated items with a name and a colon before each value; start_time and end_time are epoch seconds with microseconds (either is the event's time); hostname: is the writer's host; field:error= and tagged_reply_state=NO are no levels; remote_ip is a client",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.104512Z|2026-11-29T07:41:16.118004Z", Unknown, "imap07", "event:imap_command_finished\thostname:imap07\tstart_time:1795938076.104512\tend_time:1795938076.118004\tcategory:imap\tfield:user=lena.voss@corp.example\tfield:session=Qm9vZ2llMTI\tfield:cmd_name=SELECT\tfield:cmd_args=\"INBOX\"\tfield:tagged_reply_state=OK\tfield:tagged_reply=OK [READ-WRITE] Select completed (0.012 + 0.000 + 0.011 secs).\tfield:bytes_in=21\tfield:bytes_out=412"),
			we("2026-11-29T07:41:17.00122Z|2026-11-29T07:41:17.309871Z", Unknown, "imap07", "event:mail_delivery_finished\thostname:imap07\tstart_time:1795938077.001220\tend_time:1795938077.309871\tcategory:lmtp\tcategory:local-delivery\tfield:user=tomas.ek@corp.example\tfield:message_id=<7f.c9a2@partner.example>\tfield:message_size=18234\tfield:rcpt_to=tomas.ek@corp.example"),
			we("2026-11-29T07:41:19.5Z|2026-11-29T07:41:21.502311Z", Unknown, "imap07", "event:auth_request_finished\thostname:imap07\tstart_time:1795938079.500000\tend_time:1795938081.502311\tcategory:auth\tfield:user=svc-scanner@corp.example\tfield:mechanism=PLAIN\tfield:transport=TLS\tfield:remote_ip=198.51.100.23\tfield:success=no\tfield:error=Password mismatch"),
			we("2026-11-29T07:41:42.660135Z|2026-11-29T07:41:42.671902Z", Unknown, "imap07", "event:imap_command_finished\thostname:imap07\tstart_time:1795938102.660135\tend_time:1795938102.671902\tcategory:imap\tfield:user=kim.berg@corp.example\tfield:session=dK3pQ0y8Zt9a\tfield:cmd_name=APPEND\tfield:tagged_reply_state=NO\tfield:tagged_reply=NO [OVERQUOTA] Quota exceeded (mailbox for user is full)\tfield:bytes_in=5120344\tfield:bytes_out=96"),
		},
	},
	{
		name:   "dovecot24-event-exporter-log-driver-rsyslog-011",
		source: "the same Dovecot 2.4 tab-text exporter with `driver = log` (event_export_transport_log's i_info of the serialized event in the stats process) and `log_path = syslog`, kept by Debian 13's rsyslog in /var/log/mail.log (RSYSLOG_FileFormat's RFC 3339 time with microseconds and +01:00, the host, `dovecot:`, the `stats: ` prefix, and the TABs escaped as #011 by rsyslog's control-character escaping): dovecot/core src/stats/event-exporter-transport-log.c and event-exporter-fmt-tab-text.c, found with the search tool; Dovecot's syslog prefix without `Info:` and rsyslog's #011 from memory",
		why:    "an RFC 3339 header with an offset, then the tab-text items glued with #011; the header's time, start_time and end_time are three versions of the event's time; the host is the header's (hostname: says the same)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118452Z|2026-11-29T07:41:16.104512Z|2026-11-29T07:41:16.118004Z", Unknown, "imap07", "2026-11-29T08:41:16.118452+01:00 imap07 dovecot: stats: event:imap_command_finished#011hostname:imap07#011start_time:1795938076.104512#011end_time:1795938076.118004#011category:imap#011field:user=lena.voss@corp.example#011field:cmd_name=SELECT#011field:tagged_reply_state=OK#011field:bytes_in=21#011field:bytes_out=412"),
			we("2026-11-29T07:41:17.310266Z|2026-11-29T07:41:17.00122Z|2026-11-29T07:41:17.309871Z", Unknown, "imap07", "2026-11-29T08:41:17.310266+01:00 imap07 dovecot: stats: event:mail_delivery_finished#011hostname:imap07#011start_time:1795938077.001220#011end_time:1795938077.309871#011category:lmtp#011category:local-delivery#011field:user=tomas.ek@corp.example#011field:message_size=18234"),
			we("2026-11-29T07:41:21.502707Z|2026-11-29T07:41:19.5Z|2026-11-29T07:41:21.502311Z", Unknown, "imap07", "2026-11-29T08:41:21.502707+01:00 imap07 dovecot: stats: event:auth_request_finished#011hostname:imap07#011start_time:1795938079.500000#011end_time:1795938081.502311#011category:auth#011field:user=svc-scanner@corp.example#011field:mechanism=PLAIN#011field:remote_ip=198.51.100.23#011field:success=no#011field:error=Password mismatch"),
			we("2026-11-29T07:41:42.672240Z|2026-11-29T07:41:42.660135Z|2026-11-29T07:41:42.671902Z", Unknown, "imap07", "2026-11-29T08:41:42.672240+01:00 imap07 dovecot: stats: event:imap_command_finished#011hostname:imap07#011start_time:1795938102.660135#011end_time:1795938102.671902#011category:imap#011field:user=kim.berg@corp.example#011field:cmd_name=APPEND#011field:tagged_reply_state=NO#011field:bytes_in=5120344#011field:bytes_out=96"),
		},
	},
	{
		name:   "exim-verbose-v-log-main-blocks",
		source: "Exim 4.98's `exim -v -odf lena.voss@corp.example hr-digest@partner.example < digest.eml` and a second submission on a terminal: with -v, log_write copies each log line to the debug output as `LOG:` plus the selector's name if any and ` MAIN`, a newline, two spaces and the line without its timestamp or message id; the smtp transport's `Connecting to … ...  failed: …` between them: Exim/exim src/src/log.c (log_write's DEBUG(D_any|D_v) branch), found with the search tool; the Connecting line and the 4.97+ message id from memory",
		why:    "no time, no level and no host anywhere; `LOG: MAIN` and the indented line under it are one record; the Connecting line is a record of its own; `**` and `==` are delivery flags, H= and U= no hosts",
		entries: []worldEntry{
			we("", Unknown, "", "LOG: MAIN", "  <= root@mx1.corp.example U=root P=local S=1842 id=E1wFzKq-00000003Nb7-2kTx@mx1.corp.example"),
			we("", Unknown, "", "LOG: MAIN", "  => lena.voss <lena.voss@corp.example> R=local_user T=mail_spool"),
			we("", Unknown, "", "Connecting to mx.partner.example [192.0.2.10]:25 ...  failed: Connection refused"),
			we("", Unknown, "", "LOG: MAIN", "  == hr-digest@partner.example R=dnslookup T=remote_smtp defer (111): Connection refused"),
			we("", Unknown, "", "LOG: MAIN", "  <= root@mx1.corp.example U=root P=local S=611 id=E1wFzLb-00000003Nbh-0QrS@mx1.corp.example"),
			we("", Unknown, "", "LOG: MAIN", "  ** nobody-here@corp.example: Unrouteable address"),
			we("", Unknown, "", "LOG: MAIN", "  Completed"),
		},
	},
	{
		name:   "exim-bh-host-checking-session",
		source: "Exim 4.98's `exim -bh 192.0.2.45` typed at a terminal (stdout and stderr together): the `**** SMTP testing session` banner, the `>>> ` trace of host and ACL checks, log lines as `LOG: ` and the line with its timestamp cut off (log_write's host_checking branch), the typed SMTP commands and Exim's replies: Exim/exim src/src/log.c (`LOG: %s` with log_buffer + 20), Exim's test suite test/stderr/0089, 0138 and 0043 (the `>>>` and `LOG:` lines of -bh sessions), found with the search tool; the replies from memory",
		why:    "no time anywhere (the 220 greeting's date is its text and is not scored); every line is a record of its own; the tested client's address and HELO name are no host; 550 and `rejected` are no levels",
		entries: []worldEntry{
			wskip("",
				"**** SMTP testing session as if from host 192.0.2.45",
				"**** but without any ident (RFC 1413) callback.",
				"**** This is not for real!",
				""),
			we("", Unknown, "", ">>> host in hosts_connection_nolog? no (option unset)"),
			we("", Unknown, "", `>>> host in host_lookup? yes (matched "*")`),
			we("", Unknown, "", ">>> looking up host name for 192.0.2.45"),
			we("", Unknown, "", "LOG: no host name found for IP address 192.0.2.45"),
			we("", Unknown, "", ">>> host in host_reject_connection? no (option unset)"),
			wskip("220 mx1.corp.example ESMTP Exim 4.98.2 Sun, 29 Nov 2026 07:41:16 +0000"),
			we("", Unknown, "", "helo relay.partner.example"),
			we("", Unknown, "", ">>> relay.partner.example in helo_lookup_domains? no (end of list)"),
			we("", Unknown, "", "250 mx1.corp.example Hello relay.partner.example [192.0.2.45]"),
			we("", Unknown, "", "mail from:<billing@partner.example>"),
			we("", Unknown, "", "250 OK"),
			we("", Unknown, "", "rcpt to:<ops@elsewhere.example>"),
			we("", Unknown, "", `>>> using ACL "acl_check_rcpt"`),
			we("", Unknown, "", `>>> processing ACL acl_check_rcpt "require" (/etc/exim/exim.conf 431)`),
			we("", Unknown, "", `>>> elsewhere.example in "+local_domains : +relay_to_domains"? no (end of list)`),
			we("", Unknown, "", ">>> require: condition test failed in ACL acl_check_rcpt"),
			we("", Unknown, "", "LOG: H=(relay.partner.example) [192.0.2.45] F=<billing@partner.example> rejected RCPT <ops@elsewhere.example>: relay not permitted"),
			we("", Unknown, "", "550 relay not permitted"),
			we("", Unknown, "", "quit"),
			we("", Unknown, "", "221 mx1.corp.example closing connection"),
		},
	},
	{
		name:   "bind922-named-g-iso8601-tzinfo",
		source: "BIND 9.22's `named -g -c /etc/bind/named.conf -u bind` (the internetsystemsconsortium/bind9 image's command, here with TZ=Europe/Berlin): in the 9.21 development line `print-time` gained `iso8601-tzinfo`, made the default for `named -g`, written by isc_time_formatISO8601TZms as `%Y-%m-%dT%H:%M:%S.mmm±hh:mm`; no category, no severity: BIND 9.21 release notes (GL #4963, found with the search tool) and lib/isc/time.c and lib/isc/log.c of the bind9 sources; the start-up messages from memory",
		why:    "an ISO time with milliseconds and a +01:00 offset before the message; the kernel's and OpenSSL's dates in the messages and the zone serial are no times; no level; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.102Z", Unknown, "", "2026-11-29T08:41:16.102+01:00 starting BIND 9.22.1 (Stable Release) <id:3e2f8a1>"),
			we("2026-11-29T07:41:16.102Z", Unknown, "", "2026-11-29T08:41:16.102+01:00 running on Linux x86_64 6.12.48+deb13-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.12.48-1 (2025-09-20)"),
			we("2026-11-29T07:41:16.103Z", Unknown, "", "2026-11-29T08:41:16.103+01:00 compiled with OpenSSL version: OpenSSL 3.5.1 1 Jul 2025"),
			we("2026-11-29T07:41:16.103Z", Unknown, "", "2026-11-29T08:41:16.103+01:00 running as: named -g -c /etc/bind/named.conf -u bind"),
			we("2026-11-29T07:41:16.311Z", Unknown, "", "2026-11-29T08:41:16.311+01:00 zone corp.example/IN: loaded serial 2026112901"),
			we("2026-11-29T07:41:16.318Z", Unknown, "", "2026-11-29T08:41:16.318+01:00 all zones loaded"),
			we("2026-11-29T07:41:16.318Z", Unknown, "", "2026-11-29T08:41:16.318+01:00 running"),
			we("2026-11-29T07:41:19.54Z", Unknown, "", "2026-11-29T08:41:19.540+01:00 resolver priming query complete: success"),
		},
	},
	{
		name:   "389ds-errorlog-json-pretty",
		gap:    "json-c's pretty-printed object (`{` alone, `  \"key\":\"value\",` lines with no space after the colon, `}`) is not kept together: the first `{` is a record of its own and each object's key lines are joined with the next object's `{`, so no record starts at the later objects; in those records local_time is read but the \"severity\" key (NOTICE, INFO, ERR, WARN) is not read as the level",
		source: "389 Directory Server 3.1's errors log with `nsslapd-errorlog-log-format: json-pretty` (each message one JSON object with local_time, severity, subsystem and msg, written vertically by json-c's pretty printer, which indents two spaces and escapes `/` as `\\/`; local_time `yyyy-MM-ddTHH:mm:ss.nnnnnnnnn +hhmm`): 389ds/389-ds-base issue #6663 and PR #6664 (the error log in JSON, json-pretty being several lines an object), PR #6239 (json-pretty: 'a vertical structure'), PR #6621 (a local_time value), all found with the search tool; json-c's layout from memory",
		why:    "a pretty-printed JSON object over six lines is one record; local_time has nanoseconds and ` +0100` after a space; severity is the level; the replication agreement's host in msg is a peer, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.104512339Z", Notice, "",
				"{",
				`  "local_time":"2026-11-29T08:41:16.104512339 +0100",`,
				`  "severity":"NOTICE",`,
				`  "subsystem":"main",`,
				`  "msg":"389-Directory\/3.1.3 B2026.302.1830 starting up"`,
				"}"),
			we("2026-11-29T07:41:16.211840127Z", Notice, "",
				"{",
				`  "local_time":"2026-11-29T08:41:16.211840127 +0100",`,
				`  "severity":"NOTICE",`,
				`  "subsystem":"ldbm_back_start",`,
				`  "msg":"found 16265548k physical memory"`,
				"}"),
			we("2026-11-29T07:41:16.902117563Z", Info, "",
				"{",
				`  "local_time":"2026-11-29T08:41:16.902117563 +0100",`,
				`  "severity":"INFO",`,
				`  "subsystem":"slapd_daemon",`,
				`  "msg":"slapd started.  Listening on All Interfaces port 389 for LDAP requests"`,
				"}"),
			we("2026-11-29T07:52:03.771920455Z", Error, "",
				"{",
				`  "local_time":"2026-11-29T08:52:03.771920455 +0100",`,
				`  "severity":"ERR",`,
				`  "subsystem":"NSMMReplicationPlugin",`,
				`  "msg":"bind_and_check_pwp - agmt=\"cn=to-ds2\" (ds2:636) - Replication bind with SIMPLE auth failed: LDAP error 49 (Invalid credentials) ()"`,
				"}"),
			we("2026-11-29T07:52:09.004418201Z", Warn, "",
				"{",
				`  "local_time":"2026-11-29T08:52:09.004418201 +0100",`,
				`  "severity":"WARN",`,
				`  "subsystem":"spal_meminfo_get",`,
				`  "msg":"Unable to retrieve \/sys\/fs\/cgroup\/system.slice\/dirsrv@ds1.service\/memory.max. There may be no cgroup support on this platform"`,
				"}"),
		},
	},
}

func TestFresh340Formats(t *testing.T) { assertTable(t, fresh340Cases) }
func TestFresh340Score(t *testing.T) {
	checkScore(t, "fresh340 formats", fresh340Cases, [worldNumFields]float64{89.9, 59.9, 75.2, 77.4})
}
