package parse

import "testing"

// The two-hundred-and-ninety-ninth fresh table, written on 2026-12-06: syslog test vectors, a
// seventh pass after fresh37, fresh77, fresh124, fresh215, fresh228 and fresh287 (and the syslog
// corners of fresh3, fresh9, fresh57, fresh61, fresh144, fresh145 and fresh172): the RFC 3164 and
// RFC 5424 edge cases as the relays' own sinks and the tools of their issue threads give them back,
// in shapes no earlier table holds. Each family is one product's output in one shape: HAProxy in
// front of syslog-ng's proxied-tcp source, the stream as tcpflow prints it (a PROXY v1 line, TCP4
// and TCP6, before each connection's newline-framed BSD and RFC 3339 lines); rsyslog's ommysql with
// its canned StdDBFmt template, the MonitorWare SystemEvents table read in the mysql client's box
// (DeviceReportedTime and ReceivedAt, the severity as a number in Priority, a Cisco line whose
// sequence number rsyslog took for the tag and whose clock stayed in the message); rsyslog's ompgsql
// with StdPgSQLFmt, the same table in psql's aligned output; syslog-ng's sql() destination with its
// default columns (date, facility, level, host, program, pid, message) in an SQLite file read with
// `sqlite3 -header`; syslog-ng's mongodb() destination with its default value-pairs read in mongosh
// 2 (unquoted keys in reverse order, DATE a yearless BSD date, PRIORITY a name, HOST beside
// HOST_FROM); rsyslog's ommongodb default document read in the legacy mongo shell's .pretty() (sys,
// ISODate time and time_rcvd, syslog_sever and its lumberjack level); tshark's field export of the
// syslog dissector (frame.time_epoch, ip.src, syslog.level, syslog.hostname, syslog.msg, tab-
// separated); and rsyslog's omhiredis in queue mode (RSYSLOG_ForwardFormat pushed with LPUSH) read
// back with `redis-cli LRANGE` on a terminal (numbered, quoted, escaped).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`test vectors`, `PROXY TCP4`, `PROXY TCP6`, `PROXY UNKNOWN`, `proxied-tcp`, `send-proxy`,
// `PROXIED_SRCIP`, `proxy protocol`, `proxy_protocol`, `SystemEvents`, `DeviceReportedTime`,
// `ReceivedAt` (rules_test.go only, in another sense), `ommysql`, `ompgsql`, `StdDBFmt`,
// `StdPgSQLFmt`, `InfoUnitID`, `LogAnalyzer` (fresh11, a different product of that name),
// `sqlite3` (twelve tables, never a syslog-ng sql() table), `afsql`, `syslog-ng sql`,
// `date|facility|level`, `messages_`, `ommongodb`, `afmongodb`, `syslog_sever` (fresh172, a
// Logstash field), `time_rcvd`, `ISODate(`, `ObjectId(` (fresh176, an insertMany reply),
// `HOST_FROM`, `SOURCEIP` (syslog-ng's JSON and key-value templates in fresh14, fresh172 and others;
// its mongodb documents in none), `mongosh`, `tshark` (fresh32: the one-line summary of other
// traffic), `syslog.level`, `syslog.hostname`, `frame.time_epoch`, `-T fields`, `Syslog message:`,
// `omhiredis`, `LRANGE` (fresh107, fresh203, in other senses), `redis-cli` (MONITOR, SLOWLOG and
// --cluster in fresh23, fresh186 and fresh168), `1) "` (none with a syslog line), `kcat`, `tstype`,
// `"payload":"<`, `omkafka`, `logcli`, `papertrail`, `generated_at`, `tcpdump`, `SYSLOG, length`,
// `Facility user`, `ngrep`, `socat`, `loggen`, `PADDPADD`, `tcpflood`, `msgnum`, `SYSLOG_RAW`,
// `SYSLOG_TIMESTAMP`, `-o verbose`, `Debug line with all properties`, `FROMHOST:`, `main thread`,
// `Message from syslogd`, `WallFmt`, `StdJSONFmt`, `timereported`, `date-unixtimestamp`,
// `pmnull`, `pmlastmsg`, `pmpanngfw`, `mmsnmptrapd`, `mmtaghostname`, `@cee`, `#012`, `-00:00`,
// `t07:` and `z host` (lower-case RFC 3339), `> Nov`, `[ID `, `emblem`, `do-nuts`, `CST 19`,
// `Framing Error`, `Invalid frame header`, `Error processing log message`, `Syslog connection
// accepted`, `rsyslog.com/e/`, `AgentDevice`, `WinCollect`, `nsx@6876`, `librenms`, `||`,
// `logread -t`, `[ASLMessageID`, `<Notice>:`, `2026:11:29-`, `spamApTask`, `tz="`, `devname=`,
// `msg_id=`, `tmm[`, `MessageID:`, `xn--`, `psql`, `+-----`, `(3 rows)`, `.mode list`). The PROXY
// protocol, the SQL and MongoDB sinks of rsyslog and syslog-ng, tshark's syslog fields and
// omhiredis' list are in none. The clients' renderings are measured for other tables' rows: the
// mysql client's box and psql's aligned table in fresh251 (performance_schema.error_log,
// pg_stat_activity), mongosh's prints in fresh251 and fresh176 (getLog's reply, an insertMany
// reply), sqlite3's box and column modes in fresh251; syslog rows and documents written by rsyslog's
// and syslog-ng's sinks, the legacy mongo shell's .pretty() and sqlite3's default list mode are in
// none. Left out as measured already: tcpdump's syslog printer (fresh144), ngrep -t and tshark's
// summary (fresh32), kcat's -J envelope (fresh20), Papertrail's archive (fresh67), LibreNMS' `||`
// template (fresh77), rsyslog's DebugFormat, debug output and WallFmt (fresh10, fresh90, fresh67),
// loggen, tcpflood and syslog-ng's -Fdv trace (fresh57, fresh144, fresh172), OpenWrt's logread -t
// (fresh194), and the parsers' own vectors (lower-case RFC 3339, -00:00, NILVALUEs, BOMs, fraction
// widths; fresh3 to fresh287). Also left out after the search: tshark -V's dissection tree (its
// lines could not be confirmed), syslog-ng's redis() destination (no default command found) and the
// ommysql `\G` form (the same product as the box). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A BSD date has no year (2026) and no zone (UTC), syslog-ng's DATE in a
// document too; an RFC 3339 time is converted from its offset; rsyslog's date-mysql and date-pgsql
// columns and syslog-ng's R_ date carry no zone and are taken as UTC; tshark's frame.time_epoch is
// epoch seconds with nanoseconds. Where a row holds two versions of its own time they are both
// accepted: DeviceReportedTime and ReceivedAt, ommongodb's time and time_rcvd, and the sender's own
// clock kept in the message (the Cisco line rsyslog could not parse, dockerd's time= inside its
// message). Levels only where the record marks one: the PRI (severity = PRI mod 8) of a syslog line,
// the Priority column (rsyslog's syslogpriority is the severity, 0-7), syslog-ng's level and
// PRIORITY names, ommongodb's syslog_sever (its lumberjack level agrees: the rows use no notice),
// tshark's syslog.level digit; a PROXY line has none. The host is the syslog HOSTNAME as the sink
// stores it: FromHost (StdDBFmt writes %HOSTNAME% there), syslog-ng's host column and HOST key (not
// HOST_FROM, the relay that passed it on, nor SOURCEIP), ommongodb's sys, syslog.hostname; the
// addresses of a PROXY line, tshark's ip.src and a Cisco device whose header had no host give none.
// A row of a table is one record and the borders, header rows and row counts are fed but not scored;
// a mongo document is one record from its brace to its brace.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 775c25c before any rule for it: level 18.8 %, time 50.0 %, host 20.3 %, records 66.7 %.
// That is the macro figure (micro: level 18.2 %, time 48.5 %, host 24.2 %, records 60.6 %), in a
// worktree at 775c25c with no change to trawl's code (only this file and table_test.go's list), 0 of
// 8 families fully right; the gaps are the PROXY line that swallows the syslog lines after it, the
// level and host columns of the mysql box, the sqlite3 list and tshark's field export, psql's
// aligned rows joined into one record, the mongo shells' documents (mongosh's unquoted keys and the
// legacy shell's ISODate, sys and syslog_sever, none of them read) and the PRI inside redis-cli's
// quoted list item.

var fresh299Cases = []worldCase{
	{
		name:   "haproxy-send-proxy-syslog-ng-proxied-tcp-flow",
		source: "HAProxy (`mode tcp`, `server … send-proxy`) in front of syslog-ng's network(transport(\"proxied-tcp\")) source, the connections captured on the syslog-ng host and printed with `tcpflow -C` (each connection opens with the PROXY protocol v1 line `PROXY TCP4|TCP6 src dst sport dport`, its CR dropped by the reader, then newline-framed syslog lines from rsyslog clients with TraditionalForwardFormat and ForwardFormat): syslog-ng/syslog-ng PR #3437 (proxy protocol), issues #4388 and #3758 (proxied-tcp behind haproxy, loggen --proxied), PR #4211; the v1 header from haproxy's proxy-protocol.txt; the capture from memory",
		why:    "a PROXY line is a record of its own with no time, level or host (its addresses are the client and the listener); the syslog lines after it carry their PRI, a BSD or an RFC 3339 time with +01:00, and the header's host",
		entries: []worldEntry{
			we("", Unknown, "", "PROXY TCP4 10.40.2.17 10.40.0.5 51822 601"),
			we("2026-11-29T07:41:16Z", Info, "web-17", "<86>Nov 29 07:41:16 web-17 sshd[2291]: pam_unix(sshd:session): session opened for user deploy(uid=1000) by (uid=0)"),
			we("2026-11-29T07:41:17Z", Info, "web-17", "<30>Nov 29 07:41:17 web-17 systemd[1]: Started session-41.scope - Session 41 of User deploy."),
			we("", Unknown, "", "PROXY TCP6 2001:db8:40::23 2001:db8:40::5 40112 601"),
			we("2026-11-29T07:41:18.204117Z", Error, "app-23", "<131>2026-11-29T08:41:18.204117+01:00 app-23 shop-api[4120]: payment gateway timeout after 30000 ms"),
			we("2026-11-29T07:41:19.880201Z", Warn, "app-23", "<132>2026-11-29T08:41:19.880201+01:00 app-23 shop-api[4120]: retrying order 41207 (attempt 2)"),
			we("", Unknown, "", "PROXY TCP4 10.40.2.31 10.40.0.5 60114 601"),
			we("2026-11-29T07:41:21Z", Critical, "nas-31", "<26>Nov 29 07:41:21 nas-31 smartd[912]: Device: /dev/sdb [SAT], 8 Currently unreadable (pending) sectors"),
		},
	},
	{
		name:   "rsyslog-ommysql-systemevents-mysql-box",
		source: "rsyslog's ommysql with its canned template StdDBFmt (`insert into SystemEvents (Message, Facility, FromHost, Priority, DeviceReportedTime, ReceivedAt, InfoUnitID, SysLogTag) values ('%msg%', %syslogfacility%, '%HOSTNAME%', %syslogpriority%, '%timereported:::date-mysql%', '%timegenerated:::date-mysql%', %iut%, '%syslogtag%')`) into plugins/ommysql/createDB.sql's table, read with `SELECT … FROM SystemEvents ORDER BY ID DESC LIMIT 4;` in the mysql client: rsyslog tools/syslogd.c and rsconf.c (the template), plugins/ommysql/createDB.sql, rsyslog/rsyslog issues #5374 and #4496 (users querying SystemEvents); the client's box from memory",
		why:    "one row a record between the box's borders; DeviceReportedTime and ReceivedAt without a zone; the severity as a number in Priority; FromHost is the header's host; the Cisco row's tag is its sequence number and its own clock stayed in the message",
		entries: []worldEntry{
			wskip("+-------+---------------------+---------------------+----------+----------+-----------+-----------------+---------------------------------------------------------------------------------------------------+",
				"| ID    | ReceivedAt          | DeviceReportedTime  | Facility | Priority | FromHost  | SysLogTag       | Message                                                                                           |",
				"+-------+---------------------+---------------------+----------+----------+-----------+-----------------+---------------------------------------------------------------------------------------------------+"),
			we("2026-11-29T07:41:21Z|2026-11-29T07:41:22Z", Error, "db-02", `| 41210 | 2026-11-29 07:41:22 | 2026-11-29 07:41:21 |        3 |        3 | db-02     | postgres[1877]: |  [3-1] FATAL:  password authentication failed for user "report"                                   |`),
			we("2026-11-29T07:41:19Z", Info, "web-17", "| 41209 | 2026-11-29 07:41:19 | 2026-11-29 07:41:19 |        4 |        6 | web-17    | sshd[2291]:     |  Accepted publickey for deploy from 10.40.9.5 port 51234 ssh2                                     |"),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:18Z", Warn, "web-17", "| 41208 | 2026-11-29 07:41:18 | 2026-11-29 07:41:17 |        0 |        4 | web-17    | kernel:         |  nf_conntrack: nf_conntrack: table full, dropping packet                                          |"),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.123Z", Notice, "sw-core-1", "| 41207 | 2026-11-29 07:41:16 | 2026-11-29 07:41:16 |       23 |        5 | sw-core-1 | 412:            |  *Nov 29 07:41:16.123: %LINK-5-CHANGED: Interface Gi1/0/4, changed state to administratively down |"),
			wskip("+-------+---------------------+---------------------+----------+----------+-----------+-----------------+---------------------------------------------------------------------------------------------------+"),
		},
	},
	{
		name:   "rsyslog-ompgsql-systemevents-psql-aligned",
		source: "rsyslog's ompgsql with its canned template StdPgSQLFmt (the same columns as StdDBFmt, the times as date-pgsql) into plugins/ompgsql/createDB.sql's SystemEvents, read with `SELECT id, receivedat, devicereportedtime, facility, priority, fromhost, syslogtag, message FROM systemevents ORDER BY id DESC LIMIT 3;` in psql (aligned output: centred lower-case headers, a dashed rule with `+`, numbers right-aligned, `(3 rows)`): rsyslog tools/syslogd.c (template_StdPgSQLFmt), plugins/ompgsql/createDB.sql; psql's aligned format from memory",
		why:    "a psql row is a record, the header, rule and row count are not; the severity is the priority number; a time inside dockerd's message is the same event's own clock",
		entries: []worldEntry{
			wskip("  id   |     receivedat      | devicereportedtime  | facility | priority | fromhost  |   syslogtag    |                                                      message",
				"-------+---------------------+---------------------+----------+----------+-----------+----------------+--------------------------------------------------------------------------------------------------------------------"),
			we("2026-11-29T07:52:08Z", Info, "batch-04", " 88415 | 2026-11-29 07:52:08 | 2026-11-29 07:52:08 |        9 |        6 | batch-04  | CRON[30112]:   |  (root) CMD (/usr/local/bin/rotate-exports --keep 14)"),
			we("2026-11-29T07:52:03Z|2026-11-29T07:52:04Z|2026-11-29T07:52:03.918204511Z", Warn, "batch-04", ` 88414 | 2026-11-29 07:52:04 | 2026-11-29 07:52:03 |        3 |        4 | batch-04  | dockerd[1204]: |  time="2026-11-29T07:52:03.918204511Z" level=warning msg="Health check for container 5d2c9a1e7f3b failed"`),
			we("2026-11-29T07:51:59Z", Critical, "edge-rtr2", " 88413 | 2026-11-29 07:51:59 | 2026-11-29 07:51:59 |        0 |        2 | edge-rtr2 | kernel:        |  EXT4-fs error (device nvme0n1p3): ext4_find_entry:1460: inode #2: comm rotate-exports: reading directory lblock 0"),
			wskip("(3 rows)", ""),
		},
	},
	{
		name:   "syslog-ng-sql-sqlite3-default-columns",
		source: "syslog-ng's sql() destination with type(sqlite3) and its defaults (table messages; columns date, facility, level, host, program, pid, message; values `${R_YEAR}-${R_MONTH}-${R_DAY} ${R_HOUR}:${R_MIN}:${R_SEC}`, $FACILITY, $LEVEL, $HOST, $PROGRAM, $PID, $MSGONLY) read with `sqlite3 -header logs.db 'SELECT * FROM messages ORDER BY rowid DESC LIMIT 4'` (list mode, `|` between columns, an empty pid for the kernel): the syslog-ng sql destination reference (the default columns); the default values and sqlite3's list mode from memory; Cacti/plugin_syslog issue #147 (syslog-ng's sql() with mysql)",
		why:    "pipe-separated columns with the zone-less received date first, the level a name in the third column, the host in the fourth; a MAC address and a Samba offset are no times",
		entries: []worldEntry{
			wskip("date|facility|level|host|program|pid|message"),
			we("2026-11-29T07:43:40Z", Error, "nas-31", "2026-11-29 07:43:40|daemon|err|nas-31|smbd|2211|tdb(/var/cache/samba/gencache.tdb): tdb_rec_read bad magic 0x0 at offset=41207"),
			we("2026-11-29T07:43:38Z", Warn, "nas-31", "2026-11-29 07:43:38|kern|warning|nas-31|kernel||ata3.00: failed command: READ FPDMA QUEUED"),
			we("2026-11-29T07:43:31Z", Info, "gw-1", "2026-11-29 07:43:31|auth|info|gw-1|sshd|30411|Connection closed by authenticating user root 198.51.100.23 port 40122 [preauth]"),
			we("2026-11-29T07:43:29Z", Debug, "gw-1", "2026-11-29 07:43:29|daemon|debug|gw-1|dnsmasq-dhcp|988|DHCPACK(br-lan) 10.40.7.44 52:54:00:4a:11:08 printer-2f"),
		},
	},
	{
		name:   "syslog-ng-mongodb-mongosh-find",
		gap:    "mongosh's unquoted-key documents are not read: DATE: 'Nov 29 07:42:03' gives no time, PRIORITY: 'err' no level and HOST: 'app-23' no host; the first document is joined to the array's `[` line and the last one takes the closing `]`",
		source: "syslog-ng 4's mongodb() destination with its default value-pairs (scope selected-macros, nv-pairs, sdata) read with `db.messages.find().sort({_id: -1}).limit(3)` in mongosh 2 (the cursor printed as an array, unquoted keys in the order the destination wrote them, TAGS a list, DATE the BSD date without a year, PRIORITY the level name, HOST beside HOST_FROM and SOURCEIP): syslog-ng/syslog-ng PR #4437 (a document printed in mongosh), issue #3570; PROGRAM and PID among the keys from memory",
		why:    "a document is one record from its brace to its brace; DATE is a yearless BSD date in a quoted value; PRIORITY names the level; HOST is the host, HOST_FROM the relay that passed the message on and SOURCEIP its address; the ObjectId's hex is no time",
		entries: []worldEntry{
			wskip("["),
			we("2026-11-29T07:42:03Z", Warn, "web-17",
				"  {",
				"    _id: ObjectId('6b0bd74b2f1c9a0e4d7b3a18'),",
				"    TAGS: [ '.source.s_net' ],",
				"    SOURCEIP: '10.40.2.17',",
				"    SOURCE: 's_net',",
				"    PROGRAM: 'sshd',",
				"    PRIORITY: 'warning',",
				"    PID: '2291',",
				"    MESSAGE: 'error: maximum authentication attempts exceeded for invalid user admin from 198.51.100.23 port 40122 ssh2 [preauth]',",
				"    HOST_FROM: 'web-17',",
				"    HOST: 'web-17',",
				"    FACILITY: 'auth',",
				"    DATE: 'Nov 29 07:42:03'",
				"  },"),
			we("2026-11-29T07:41:19Z", Error, "app-23",
				"  {",
				"    _id: ObjectId('6b0bd71f2f1c9a0e4d7b3a11'),",
				"    TAGS: [ '.source.s_net' ],",
				"    SOURCEIP: '10.40.0.9',",
				"    SOURCE: 's_net',",
				"    PROGRAM: 'shop-api',",
				"    PRIORITY: 'err',",
				"    PID: '4120',",
				"    MESSAGE: 'order 41207 rejected by ledger: upstream 503',",
				"    HOST_FROM: 'relay-2',",
				"    HOST: 'app-23',",
				"    FACILITY: 'local0',",
				"    DATE: 'Nov 29 07:41:19'",
				"  },"),
			we("2026-11-29T07:41:16Z", Info, "web-17",
				"  {",
				"    _id: ObjectId('6b0bd71c2f1c9a0e4d7b3a0e'),",
				"    TAGS: [ '.source.s_net' ],",
				"    SOURCEIP: '10.40.2.17',",
				"    SOURCE: 's_net',",
				"    PROGRAM: 'systemd',",
				"    PRIORITY: 'info',",
				"    PID: '1',",
				"    MESSAGE: 'Started session-41.scope - Session 41 of User deploy.',",
				"    HOST_FROM: 'web-17',",
				"    HOST: 'web-17',",
				"    FACILITY: 'daemon',",
				"    DATE: 'Nov 29 07:41:16'",
				"  }"),
			wskip("]"),
		},
	},
	{
		name:   "rsyslog-ommongodb-legacy-shell-pretty",
		gap:    "the legacy shell's documents are split right but nothing in them is read: `\"time\" : ISODate(\"…\")` and time_rcvd give no time, `\"syslog_sever\" : 4` and `\"level\" : \"WARN\"` no level, `\"sys\"` no host",
		source: "rsyslog's ommongodb without a template (the default document: _id, sys = hostname, time = timereported and time_rcvd as BSON dates, msg, syslog_fac, syslog_sever, syslog_tag, procid = programname, pid, level from getLumberjackLevel: FATAL, ERROR, WARN, INFO, DEBUG) read with `db.syslog.find().sort({time_rcvd: -1}).limit(3).pretty()` in the legacy mongo shell (quoted keys, ` : `, tab indents, ISODate(\"…\")): rsyslog plugins/ommongodb/ommongodb.c (getDefaultBSON, getLumberjackLevel), rsyslog/rsyslog issue #60 (the default schema beside LogAnalyzer); the legacy shell's print from memory",
		why:    "a document is one record; time and time_rcvd are two versions of its time, ISODate in UTC; syslog_sever is the severity and level its lumberjack name; sys is the host; msg keeps rsyslog's leading blank",
		entries: []worldEntry{
			we("2026-11-29T07:43:40Z|2026-11-29T07:43:40.412Z", Warn, "gw-1",
				"{",
				"\t\"_id\" : ObjectId(\"6b0bd7ac5e3d1f0a9c2b4e71\"),",
				"\t\"sys\" : \"gw-1\",",
				"\t\"time\" : ISODate(\"2026-11-29T07:43:40Z\"),",
				"\t\"time_rcvd\" : ISODate(\"2026-11-29T07:43:40.412Z\"),",
				"\t\"msg\" : \" possible SYN flooding on port 443. Sending cookies.  Check SNMP counters.\",",
				"\t\"syslog_fac\" : 0,",
				"\t\"syslog_sever\" : 4,",
				"\t\"syslog_tag\" : \"kernel:\",",
				"\t\"procid\" : \"kernel\",",
				"\t\"pid\" : \"-\",",
				"\t\"level\" : \"WARN\"",
				"}"),
			we("2026-11-29T07:43:37Z|2026-11-29T07:43:38.006Z", Error, "db-02",
				"{",
				"\t\"_id\" : ObjectId(\"6b0bd7aa5e3d1f0a9c2b4e70\"),",
				"\t\"sys\" : \"db-02\",",
				"\t\"time\" : ISODate(\"2026-11-29T07:43:37Z\"),",
				"\t\"time_rcvd\" : ISODate(\"2026-11-29T07:43:38.006Z\"),",
				"\t\"msg\" : \" [7-1] ERROR:  deadlock detected\",",
				"\t\"syslog_fac\" : 16,",
				"\t\"syslog_sever\" : 3,",
				"\t\"syslog_tag\" : \"postgres[1877]:\",",
				"\t\"procid\" : \"postgres\",",
				"\t\"pid\" : \"1877\",",
				"\t\"level\" : \"ERROR\"",
				"}"),
			we("2026-11-29T07:43:31Z|2026-11-29T07:43:31.228Z", Info, "web-17",
				"{",
				"\t\"_id\" : ObjectId(\"6b0bd7a35e3d1f0a9c2b4e6f\"),",
				"\t\"sys\" : \"web-17\",",
				"\t\"time\" : ISODate(\"2026-11-29T07:43:31Z\"),",
				"\t\"time_rcvd\" : ISODate(\"2026-11-29T07:43:31.228Z\"),",
				"\t\"msg\" : \" Received disconnect from 10.40.9.5 port 51234:11: disconnected by user\",",
				"\t\"syslog_fac\" : 10,",
				"\t\"syslog_sever\" : 6,",
				"\t\"syslog_tag\" : \"sshd[2291]:\",",
				"\t\"procid\" : \"sshd\",",
				"\t\"pid\" : \"2291\",",
				"\t\"level\" : \"INFO\"",
				"}"),
		},
	},
	{
		name:   "tshark-fields-syslog-dissector",
		source: "tshark on a relay's capture, `tshark -r relay-514.pcapng -Y syslog -T fields -E header=y -e frame.time_epoch -e ip.src -e syslog.level -e syslog.hostname -e syslog.msg` (tab-separated; syslog.level the severity as a number; syslog.hostname empty when the datagram's header has none, as a Cisco line with a sequence number before its clock): Wireshark's display filter reference 'Syslog Message' (syslog.level, syslog.facility, syslog.hostname, syslog.msg, syslog.timestamp) and packet-syslog.h (the levels); tshark(1) for -T fields and -E header=y; the printed values from memory",
		why:    "an epoch with nanoseconds first; the level a bare digit in the third column; the host the fourth column, never ip.src; the Cisco device's own clock inside its message is the same event's",
		entries: []worldEntry{
			wskip("frame.time_epoch\tip.src\tsyslog.level\tsyslog.hostname\tsyslog.msg"),
			we("2026-11-29T07:41:16.204112Z", Info, "web-17", "1795938076.204112000\t10.40.2.17\t6\tweb-17\tsshd[2291]: Accepted publickey for deploy from 10.40.9.5 port 51234 ssh2"),
			we("2026-11-29T07:41:17.019884Z", Error, "app-23", "1795938077.019884000\t10.40.2.23\t3\tapp-23\tpayment gateway timeout after 30000 ms"),
			we("2026-11-29T07:41:18.550031Z|2026-11-29T07:41:18.55Z", Notice, "", "1795938078.550031000\t10.40.7.2\t5\t\t412: *Nov 29 07:41:18.550: %LINK-5-CHANGED: Interface Gi1/0/4, changed state to administratively down"),
			we("2026-11-29T07:41:21.880201Z", Critical, "nas-31", "1795938081.880201000\t10.40.2.31\t2\tnas-31\tsmartd[912]: Device: /dev/sdb [SAT], 8 Currently unreadable (pending) sectors"),
		},
	},
	{
		name:   "rsyslog-omhiredis-queue-redis-cli-lrange",
		gap:    "the PRI inside redis-cli's quoted list item (`1) \"<86>2026-11-29T07:41:19.883107+00:00 web-17 …`) is not read as the level (the time and the host are; the dnsmasq row's Warn came from the word `warning:` in its message)",
		source: "rsyslog's omhiredis in mode \"queue\" with no template (RSYSLOG_ForwardFormat, `<%PRI%>%TIMESTAMP:::date-rfc3339% %HOSTNAME% %syslogtag:1:32%%msg:::sp-if-no-1st-sp%%msg%`, pushed with LPUSH, newest first) read back with `redis-cli LRANGE syslog:queue 0 3` on a terminal (`N) \"…\"`, quotes and a trailing newline escaped): rsyslog contrib/omhiredis/omhiredis.c (the queue mode's default template), rsyslog/rsyslog PR #528 and issue #522 (queue mode), issue #1625 (LPUSH); redis-cli's quoting from memory",
		why:    "a list index and a quoted ForwardFormat line: the PRI, an RFC 3339 time with microseconds and +01:00, the host; escaped quotes and `\\n` stay in the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:19.883107Z", Info, "web-17", `1) "<86>2026-11-29T07:41:19.883107+00:00 web-17 sshd[2291]: Accepted publickey for deploy from 10.40.9.5 port 51234 ssh2"`),
			we("2026-11-29T07:41:18.204117Z", Error, "app-23", `2) "<131>2026-11-29T08:41:18.204117+01:00 app-23 shop-api[4120]: order 41207 rejected: {\"code\":\"card_declined\",\"retry\":false}"`),
			we("2026-11-29T07:41:17.441902Z", Warn, "gw-1", `3) "<28>2026-11-29T07:41:17.441902+00:00 gw-1 dnsmasq[988]: warning: max_cache_size exceeded, 150 entries evicted\n"`),
			we("2026-11-29T07:41:16.002215Z", Info, "web-17", `4) "<30>2026-11-29T07:41:16.002215+00:00 web-17 systemd[1]: Started session-41.scope - Session 41 of User deploy."`),
		},
	},
}

func TestFresh299Formats(t *testing.T) { assertTable(t, fresh299Cases) }
func TestFresh299Score(t *testing.T) {
	checkScore(t, "fresh299 formats", fresh299Cases, [worldNumFields]float64{65.5, 74.9, 74.9, 99.9})
}
