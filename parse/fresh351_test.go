package parse

import "testing"

// The three-hundred-and-fifty-first fresh table, written on 2026-12-06: server daemons' own log
// files, a further pass, in versions and settings no earlier table holds. Each family is one
// product's documented or observed output: RabbitMQ 4's rabbitmq_tracing plugin writing a trace in
// its text format (an 80-character rule, then `time: Message published|received` and labelled
// Node/Connection/… lines, the payload under `Payload: `); memcached 1.6's `watch fetchers mutations
// connevents` stream saved to a file (logfmt-like lines whose `ts=sec.usec` prints the microseconds
// unpadded); Mongrel2's access log (one tnetstring list a request, the time an epoch number inside
// it); Mongrel2's error log (`%a, %d %b %Y %H:%M:%S GMT` before `[INFO] (file:line)`); Pervasive
// PSQL's PVSW.LOG event log (fixed columns: date, time, component, process id, process name,
// computer name, an I/W/E type letter); PowerDNS Recursor's `rec_control trace-regex REGEX FILE`
// trace file (a `START OF TRACE` line with the clock, lines led by microseconds since the start, an
// `END OF TRACE` line); Sendmail's `-X` traffic log (a zero-padded pid, then `===`, `<<<` or `>>>`);
// chasquid with `--logfile` (blitiri.com.ar/go/log: a time, one level glyph `_ E . ☠`, the caller
// padded to 18 columns).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`lighttpd`, `caddy`, `h2o`, `litespeed`, `cherokee`, `thttpd`, `hiawatha`, `nginx unit`,
// `unitd`, `traffic_server`, `mongrel`, `Mongrel2`, `lwan`, `G-WAN`, `yaws`, `boa:`, `tnetstring`,
// `fprintf_with_timestamp`, `GMT [`, `firebird`, `firebird.log`, `informix`, `sybase`, `ingres`,
// `errlog.log`, `interbase`, `pervasive`, `PVSW`, `NTDBSMGR`, `W3MKDE`, `MicroKernel`, `Btrieve`,
// `Actian Zen`, `mimer`, `altibase`, `tibero`, `timesten`, `ttmesg`, `sql anywhere`, `cubrid`,
// `couchdb`, `orientdb`, `hsqldb`, `INNODB MONITOR OUTPUT`, `general_log`, `server_audit`,
// `AUDIT_RECORD`, `Instance:db2`, `.nfy`, `MgmtSrvr`, `SQLServerAgent`, `ReportServer`, `Data Guard`,
// `keydb`, `tinyproxy`, `gearman`, `qpid`, `BRK-1001`, `AMQ2210`, `hivemq`, `nanomq`, `bifromq`,
// `lavinmq`, `pushpin`, `beanstalkd`, `nats-streaming`, `rabbitmq_tracing`, `rabbit_tracing`,
// `amq.rabbitmq.trace`, `Message published`, `Routing keys:`, `Routed queues`, `"type":"published"`,
// `routed_queues`, `emqx ctl trace`, `mqtt_packet_received`, `memcached`, `memcached.log`,
// `item_get`, `type=item_get`, `status=found`, `clsid=`, `cfd=`, `watch fetchers`, `pelikan`,
// `garnet`, `tendis`, `kvrocks`, `twemproxy`, `mcrouter`, `Panic at:`, `varnishlog -g raw`,
// `store.log`, `dnscrypt`, `blocked_names`, `qname:`, `knotd`, `nsd[`, `kresd`, `hickory`,
// `gdnsd`, `yadifa`, `maradns`, `deadwood`, `technitium`, `pdns_server`, `wants '`,
// `question for '`, `structured-logging`, `START OF TRACE`, `END OF TRACE`, `trace-regex`,
// `Step0`, `communigate`, `SMTPI-`, `mailenable`, `icewarp`, `xmail`, `chasquid`, `blitiri`,
// `levelToLetter`, `☠`, `hmailserver`, `mailman`, `freshclam`, `stalwart`, `sendmail`,
// `TrafficLogFile`, `=== CONNECT`, `=== EXEC`, `<<< 220`, `>>> EHLO`, `postqueue`,
// `message_arrival_time`).
// RabbitMQ is in many tables (its own log in every layout, the journal, Podman, the legacy report
// format); its tracing plugin's files are in none, and the Firehose is named only as AWS's.
// memcached is in fresh_test.go, fresh6, fresh52, fresh85, fresh117, fresh119 and fresh322 (its
// `-vv` output, memcached.log and the like); the watch stream is in none. Mongrel2 is in no table.
// Pervasive PSQL, Btrieve and Actian Zen are in none (MicroKernel appears only as JBoss's).
// PowerDNS Recursor is in fresh5, fresh55, fresh227 and fresh275 (its own log and `quiet=no` lines;
// the `STEP0` of fresh93 and fresh253 is other products'); the trace file of trace-regex is in
// none. Sendmail's syslog, mailq and its `-v` queue run on the terminal are in fresh86 and earlier
// tables; the `-X` traffic log is in none. chasquid is in none. Left out as measured already or
// unconfirmed: dnscrypt-proxy's blocked-names log (the same LTSV and TSV shapes as its query log,
// fresh141), CommuniGate Pro's log (its record layout not confirmed by a search), the
// tracing plugin's JSON format (a second shape of the same file, kept for a later table), KeyDB,
// Tinyproxy, Gearman, the Qpid brokers, HiveMQ, Firebird, Informix, SAP ASE, SQL Anywhere and
// HSQLDB (earlier tables). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The tracing plugin's time is RFC 3339 with the node's +01:00 offset;
// memcached's `ts=` is epoch seconds and tv_usec printed with %d, so `ts=1795938076.4512` is
// 07:41:16.004512 and `ts=1795938077.12` is 07:41:17.000012; Mongrel2's access line holds epoch
// seconds; its error log's stamp is GMT; PVSW.LOG's `mm-dd-yyyy HH:mm:ss`, the trace's
// `START OF TRACE` stamp and chasquid's stamp carry no zone and are taken as UTC. Sendmail's traffic
// log carries no time: the Date header it relays is the message's, not the record's. Levels only
// where the line marks one: Mongrel2's [INFO]/[WARN]/[ERROR] and DEBUG, PVSW.LOG's type letter (I
// Info, W Warn, E Error), chasquid's glyph (`_` Info, `E` Error, `.` Debug, `☠` Fatal, so Critical);
// `status=not_found`, rcode=3, a 5xx reply or `failed` in a message are no levels. The host is the
// record's host field: PVSW.LOG's computer name; the tracing plugin's `Node: rabbit@…` is an Erlang
// node name (as CouchDB's is ruled in an earlier table), memcached's `rip=`, Mongrel2's client
// address and its virtual host name, the trace's name servers and Sendmail's peer are no hosts. A
// record that spans lines is one entry: a tracing record from its rule to its payload (with the blank
// line the next record's rule starts with), a whole trace from START to END.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit aeb7847 before any rule for it: level 75.0 %, time 71.0 %, host 79.2 %, records 87.5 %.
// That is the macro figure (micro: level 79.6 %, time 79.6 %, host 87.8 %, records 93.9 %), in a
// worktree at aeb7847 with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (the tracing plugin's text file and Mongrel2's error log); the gaps are
// memcached's unpadded microseconds, the epoch inside Mongrel2's tnetstring, PVSW.LOG's computer
// name, the Recursor's trace blocks (cut into lines, TRACE taken as a level), the Date header
// relayed in Sendmail's traffic log and chasquid's level glyphs.

var fresh351Cases = []worldCase{
	{
		name:   "rabbitmq-tracing-plugin-text-file",
		source: "RabbitMQ 4.0's rabbitmq_tracing plugin, a trace created with format Text and read from /var/tmp/rabbitmq-tracing/<name>.log (each record `~n` + 80 `=` + `~n<time>: Message published|received~n~n`, then `Node:`, `Connection:`, `Virtual host:`, `User:`, `Channel:`, `Exchange:`, `Routing keys:`, `Queue:` or `Routed queues:`, `Properties:`, `Payload: ` and the payload; the time from rabbit_mgmt_format:now_to_str/0, calendar:system_time_to_rfc3339 in milliseconds with the local offset): rabbitmq/rabbitmq-server deps/rabbitmq_tracing/src/rabbit_tracing_consumer.erl (log(text, …)) and deps/rabbitmq_management_agent/src/rabbit_mgmt_format.erl (now_to_str), deps/rabbitmq_tracing/README.md",
		why:    "a record starts at a rule of `=` and holds a dozen labelled lines and a payload; its time is on the second line with a +01:00 offset; Node is an Erlang node name, Connection two peers, no host; no level",
		entries: []worldEntry{
			wskip(""),
			we("2026-11-29T07:41:16.204Z", Unknown, "",
				"================================================================================",
				"2026-11-29T08:41:16.204+01:00: Message published",
				"",
				"Node:         rabbit@mq-eu-01",
				"Connection:   10.40.2.17:51422 -> 10.40.1.5:5672",
				"Virtual host: /orders",
				"User:         orders-api",
				"Channel:      1",
				"Exchange:     orders.events",
				`Routing keys: [<<"order.created">>]`,
				`Routed queues: [<<"orders.billing">>,<<"orders.audit">>]`,
				`Properties:   [{<<"content_type">>,longstr,<<"application/json">>},{<<"delivery_mode">>,signedint,2}]`,
				"Payload: ",
				`{"order_id":88213,"total":"41.90","currency":"EUR"}`,
				""),
			we("2026-11-29T07:41:16.377Z", Unknown, "",
				"================================================================================",
				"2026-11-29T08:41:16.377+01:00: Message received",
				"",
				"Node:         rabbit@mq-eu-01",
				"Connection:   10.40.2.31:40218 -> 10.40.1.5:5672",
				"Virtual host: /orders",
				"User:         billing-worker",
				"Channel:      3",
				"Exchange:     orders.events",
				`Routing keys: [<<"order.created">>]`,
				"Queue:        orders.billing",
				`Properties:   [{<<"content_type">>,longstr,<<"application/json">>},{<<"delivery_mode">>,signedint,2}]`,
				"Payload: ",
				`{"order_id":88213,"total":"41.90","currency":"EUR"}`,
				""),
			we("2026-11-29T07:41:19.051Z", Unknown, "",
				"================================================================================",
				"2026-11-29T08:41:19.051+01:00: Message published",
				"",
				"Node:         rabbit@mq-eu-02",
				"Connection:   10.40.2.17:51430 -> 10.40.1.6:5672",
				"Virtual host: /orders",
				"User:         orders-api",
				"Channel:      2",
				"Exchange:     orders.dlx",
				`Routing keys: [<<"order.failed">>,<<"ops.alerts">>]`,
				"Routed queues: []",
				`Properties:   [{<<"headers">>,table,[{<<"x-retry">>,signedint,5}]}]`,
				"Payload: ",
				"order 88214 rejected after 5 attempts"),
		},
	},
	{
		name:   "memcached-watch-stream-to-file",
		gap:    "trawl reads `ts=1795938076.4512` as 07:41:16.4512: the digits after the epoch's point are taken as a decimal fraction, not as memcached's unpadded tv_usec (4512 µs), so every stamp whose microseconds have fewer than six digits comes out wrong",
		source: "memcached 1.6's `watch fetchers mutations connevents` on a text-protocol connection, saved with `nc localhost 11211 > watch.log` (an `OK` line, then one line an event from logger.c's parsers: `ts=%d.%d gid=%llu type=item_get key=… status=… clsid=%u cfd=%d size=%d`, `type=item_store … cmd=… ttl=%u`, `type=conn_new rip=… rport=… transport=…`, `type=conn_close … reason=…`; ts is tv_sec and tv_usec both printed with %d): memcached/memcached logger.c (_logger_parse_ige, _logger_parse_ise, _logger_parse_cne, _logger_parse_cce) and doc/protocol.txt's watch",
		why:    "the time is `ts=` epoch seconds and microseconds written without zero padding (`.4512` is 4512 µs); gid, clsid, cfd, ttl and size are no times; status=not_found is no level; rip= is the client",
		entries: []worldEntry{
			wskip("OK"),
			we("2026-11-29T07:41:16.004512Z", Unknown, "", "ts=1795938076.4512 gid=40211 type=conn_new rip=10.60.3.21 rport=51822 transport=tcp cfd=37"),
			we("2026-11-29T07:41:16.090733Z", Unknown, "", "ts=1795938076.90733 gid=40212 type=item_get key=session%3A8f2c41 status=found clsid=12 cfd=37 size=512"),
			we("2026-11-29T07:41:16.831207Z", Unknown, "", "ts=1795938076.831207 gid=40213 type=item_store key=cart%3A88213 status=stored cmd=set ttl=3600 clsid=9 cfd=37 size=201"),
			we("2026-11-29T07:41:17.000012Z", Unknown, "", "ts=1795938077.12 gid=40214 type=item_get key=session%3A77ab02 status=not_found clsid=0 cfd=37 size=0"),
			we("2026-11-29T07:41:17.11826Z", Unknown, "", "ts=1795938077.118260 gid=40215 type=conn_close rip=10.60.3.21 rport=51822 transport=tcp reason=normal cfd=37"),
		},
	},
	{
		name:   "mongrel2-access-log-tnetstrings",
		gap:    "trawl reads no time from the tnetstring line: the epoch seconds in the fourth element (`10:1795938076#`, length-prefixed and closed by `#`) are not read",
		source: "Mongrel2 1.x's access log (logs/access.log; log.c make_log_message renders one tnetstring list a request: the target host's name, the remote address, the remote port, time(NULL), the method, the path, the version, the status and the size, `LEN:…]` with strings `n:text,` and numbers `n:digits#`): mongrel2/mongrel2 src/log.c and src/tnetstrings.h",
		why:    "a tnetstring with length prefixes and no spaces; the time is the fourth element, an epoch number; the first element is the virtual host's name and the second the client, neither a host; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "102:15:api.example.org,10:10.30.4.18,5:51822#10:1795938076#3:GET,13:/orders/88213,8:HTTP/1.1,3:200#4:1841#]"),
			we("2026-11-29T07:41:17Z", Unknown, "", "94:15:api.example.org,10:10.30.4.18,5:51822#10:1795938077#4:POST,7:/orders,8:HTTP/1.1,3:201#2:96#]"),
			we("2026-11-29T07:41:19Z", Unknown, "", "100:18:static.example.org,9:10.30.7.2,5:40118#10:1795938079#3:GET,13:/img/logo.png,8:HTTP/1.1,3:304#1:0#]"),
			we("2026-11-29T07:41:24Z", Unknown, "", "98:15:api.example.org,10:10.30.4.55,5:39002#10:1795938084#3:GET,12:/admin/stats,8:HTTP/1.1,3:404#1:9#]"),
		},
	},
	{
		name:   "mongrel2-error-log-gmt-stamp",
		source: "Mongrel2 1.9+'s error log (logs/error.log; dbg.h's log_info `[INFO] (%s:%d) msg`, log_warn `[WARN] (%s:%d: errno: %s) msg`, log_err `[ERROR] (%s:%d: errno: %s) msg` and debug `DEBUG %s:%d: msg`, each through fprintf_with_timestamp, which writes `%a, %d %b %Y %H:%M:%S GMT` and a space first): mongrel2/mongrel2 src/dbg.h and src/dbg.c; mongrel2/mongrel2 issue #238 (error.log); the messages from memory",
		why:    "an RFC 1123 GMT date with the weekday first; the level in brackets, DEBUG bare; `(src/file.c:123: errno: …)` is a source location; the client address in a message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:12Z", Info, "", "Sun, 29 Nov 2026 07:41:12 GMT [INFO] (src/mongrel2.c:253) Starting Mongrel2/1.13.0 and running in /srv/m2, chroot ."),
			we("2026-11-29T07:41:12Z", Info, "", "Sun, 29 Nov 2026 07:41:12 GMT [INFO] (src/handler.c:285) Binding handler PUSH socket tcp://127.0.0.1:9997 with identity: 7e1c40a2-5d9b-4f36-8c21-0b6e4a9f3d58"),
			we("2026-11-29T07:41:13Z", Debug, "", "Sun, 29 Nov 2026 07:41:13 GMT DEBUG src/dir.c:154: Sending file /srv/m2/public/img/logo.png of size 20411 to fd 31"),
			we("2026-11-29T07:41:31Z", Warn, "", "Sun, 29 Nov 2026 07:41:31 GMT [WARN] (src/connection.c:442: errno: None) Timeout, closing connection 52 from 10.30.4.18"),
			we("2026-11-29T07:41:40Z", Error, "", "Sun, 29 Nov 2026 07:41:40 GMT [ERROR] (src/handler.c:224: errno: Resource temporarily unavailable) Handler receive failed, handler 7e1c40a2-5d9b-4f36-8c21-0b6e4a9f3d58 not responding."),
		},
	},
	{
		name:   "pervasive-psql-pvsw-event-log",
		gap:    "trawl reads the dashed date, the time and the I/W/E letter but no host: the computer-name column (`PSQLSRV01`, after the hex process id and the process name) is not read as the host",
		source: "Pervasive PSQL 10/11's event log PVSW.LOG (Linux: event.log; every component writes to it: Date mm-dd-yyyy, Time hh:mm:ss, Component up to 15, Process id in hex, Process Name up to 15, Computer Name up to 15, Type I W or E, Category, Msg ID, Message): Pervasive PSQL v10 Advanced Operations Guide 'Pervasive PSQL Event Logging' (the field table and its sample entry `11-04-1997 14:01:05 NTMKDE 000000DD W3DBSMGR.EXE LABSERVER I MicroKernel is using default settings.`), the Pervasive.SQL 9.1 Programmer's Guide 'Event Logging'; the column padding from memory",
		why:    "a dashed month-first date without zone; a hex process id and a process name are no times; the computer name column is the host; one letter I W E is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "PSQLSRV01", "11-29-2026 07:41:16 W3MKDE          00000A4C NTDBSMGR.EXE    PSQLSRV01       I  MicroKernel is using default settings."),
			we("2026-11-29T07:41:17Z", Info, "PSQLSRV01", `11-29-2026 07:41:17 W3ODBCEI        00000A4C NTDBSMGR.EXE    PSQLSRV01       I  Relational engine started, named database ORDERSDB bound to D:\PSQLData\Orders.`),
			we("2026-11-29T07:52:40Z", Warn, "PSQLSRV01", `11-29-2026 07:52:40 W3MKDE          00000A4C NTDBSMGR.EXE    PSQLSRV01       W  File D:\PSQLData\Orders\INVLINES.MKD is 92% of its page limit; rebuild it with a larger page size.`),
			we("2026-11-29T08:03:11Z", Error, "PSQLSRV01", "11-29-2026 08:03:11 W3ODBCEI        00000A4C NTDBSMGR.EXE    PSQLSRV01       E  Unable to open table INVLINES: status code 2 (I/O error) from the MicroKernel."),
		},
	},
	{
		name:   "pdns-recursor-trace-regex-file",
		gap:    "trawl cuts the trace into lines: the ` us === START OF TRACE … ===` line is a record of its own with `TRACE` read as the trace level, each microsecond-led line is a record of its own without time, and the `=== END OF TRACE … ===` line starts a record (level trace, the END's time) that swallows the next trace's START line",
		source: "PowerDNS Recursor 5's `rec_control trace-regex 'REGEX' /var/log/pdns-recursor/trace.log` (the trace of each matching query written at once: ` us === START OF TRACE yyyy-MM-ddTHH:mm:ss.mmm ===`, then lines led by the microseconds since the start, `QM ` on the QName-minimisation steps, then `=== END OF TRACE … ===`; isoDateTimeMillis without a zone): PowerDNS/pdns PR #11777 (the trace-to-file option and its example), pdns/recursordist's trace writer (the START/END lines), PowerDNS/pdns issue #12080 (trace lines); the resolutions invented",
		why:    "a trace is one record from START to END; only the START and END lines carry a clock, and the leading numbers are microseconds since the start, no times; rcode=3 and ServFail are no levels; name servers are no hosts",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Unknown, "",
				" us === START OF TRACE 2026-11-29T07:41:16.204 ===",
				"63 QM shop.example.org: doResolve",
				"66 shop.example.org: Wants DNSSEC processing, auth data required by query for A",
				"79 QM shop.example.org: Step0 Not cached",
				"82 QM shop.example.org: Checking if we have NS in cache for 'shop.example.org'",
				"85 QM shop.example.org: No valid/useful NS in cache for 'shop.example.org'",
				"88 QM shop.example.org: Checking if we have NS in cache for 'example.org'",
				"96 QM shop.example.org: We have NS in cache for 'example.org' (flawedNSSet=0)",
				"99 QM shop.example.org: Step1 Ancestor from cache is example.org",
				"102 QM shop.example.org: Step3 Going to do final resolve",
				"41871 shop.example.org: Got 1 answers from ns2.example.org (198.51.100.53), rcode=0 (No Error), aa=1, in 40ms",
				"41952 shop.example.org: Answer is in: resolved, validation state Secure",
				"=== END OF TRACE 2026-11-29T07:41:16.246 ==="),
			we("2026-11-29T07:41:18.911Z", Unknown, "",
				" us === START OF TRACE 2026-11-29T07:41:18.911 ===",
				"58 QM nope.example.org: doResolve",
				"61 nope.example.org: Wants DNSSEC processing, auth data required by query for AAAA",
				"72 QM nope.example.org: Step0 Not cached",
				"90 QM nope.example.org: We have NS in cache for 'example.org' (flawedNSSet=0)",
				"23344 nope.example.org: Got negative indication of name not existing from ns1.example.org (192.0.2.53), rcode=3 (Non-Existent domain), aa=1, in 23ms",
				"23410 nope.example.org: Answer is in: nxdomain, validation state Secure",
				"=== END OF TRACE 2026-11-29T07:41:18.934 ==="),
			we("2026-11-29T07:42:02.377Z", Unknown, "",
				" us === START OF TRACE 2026-11-29T07:42:02.377 ===",
				"71 QM legacy.example.com: doResolve",
				"74 legacy.example.com: Wants DNSSEC processing, auth data required by query for A",
				"1500322 legacy.example.com: Trying IP 203.0.113.77:53, asking 'legacy.example.com|A'",
				"3000611 legacy.example.com: timeout resolving after 1500.2 ms",
				"3001020 legacy.example.com: Failed to resolve via any of the 2 offered NS at level 'example.com'",
				"3001064 legacy.example.com: Answer is in: ServFail, validation state Indeterminate",
				"=== END OF TRACE 2026-11-29T07:42:05.378 ==="),
		},
	},
	{
		name:   "sendmail-x-traffic-log",
		gap:    "trawl takes the relayed header in `04711 >>> Date: Sun, 29 Nov 2026 07:40:58 +0000` as that line's time: the message's Date header is read as the traffic log's own",
		source: "Sendmail 8.18 started with `-X /var/log/sendmail.traffic` (every line `%05d` pid, then `===` for an event, CONNECT or EXEC, `<<<` for what was read, `>>>` for what was written, the SMTP dialogue and the message as relayed, no time): sendmail sources (deliver.c, usersmtp.c, util.c putxline, collect.c: `fprintf(TrafficLogFile, \"%05d >>> …\")`), Sendmail, 4th Edition 'Log Transactions with -X'",
		why:    "no time anywhere: the Date header relayed in the message is the mail's, not the record's; a zero-padded pid first; the peer's name in CONNECT is no host; no level, a 4xx or 5xx reply is none",
		entries: []worldEntry{
			we("", Unknown, "", "04711 === CONNECT mx1.example.net."),
			we("", Unknown, "", "04711 <<< 220 mx1.example.net ESMTP Postfix (Debian/GNU)"),
			we("", Unknown, "", "04711 >>> EHLO mail.example.org"),
			we("", Unknown, "", "04711 <<< 250-mx1.example.net"),
			we("", Unknown, "", "04711 <<< 250 8BITMIME"),
			we("", Unknown, "", "04711 >>> MAIL From:<billing@example.org> SIZE=1840"),
			we("", Unknown, "", "04711 <<< 250 2.1.0 Ok"),
			we("", Unknown, "", "04711 >>> RCPT To:<nora@example.net>"),
			we("", Unknown, "", "04711 <<< 450 4.2.0 <nora@example.net>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.net.html"),
			we("", Unknown, "", "04711 >>> RCPT To:<ops@example.net>"),
			we("", Unknown, "", "04711 <<< 250 2.1.5 Ok"),
			we("", Unknown, "", "04711 >>> DATA"),
			we("", Unknown, "", "04711 <<< 354 End data with <CR><LF>.<CR><LF>"),
			we("", Unknown, "", "04711 >>> Date: Sun, 29 Nov 2026 07:40:58 +0000"),
			we("", Unknown, "", "04711 >>> Subject: Invoice 88213"),
			we("", Unknown, "", "04711 >>> ."),
			we("", Unknown, "", "04711 <<< 250 2.0.0 Ok: queued as 4dKq1Z0wXyz7"),
			we("", Unknown, "", "04712 === EXEC /usr/bin/procmail -Y -a  -d kim"),
		},
	},
	{
		name:   "chasquid-logfile-level-glyphs",
		gap:    "trawl reads the time but no level: the one-glyph level after the time (`_` info, `E` error, `.` debug, `☠` fatal) is not read",
		source: "chasquid 1.x started with `--logfile=/var/log/chasquid/chasquid.log -v=1` (blitiri.com.ar/go/log: `2006-01-02 15:04:05.000000 `, one level letter from levelToLetter, `_` Info, `E` Error, `.` Debug, `☠` Fatal, then the caller `file.go:%-4d` padded to 18 columns and the message): albertito/log log.go (Log, levelToLetter, NewFile), albertito/chasquid internal/maillog/maillog.go (the separate mail log without level and caller); the messages from memory",
		why:    "a zone-less time with microseconds; the level is a single glyph, `_` and `.` included; the caller column is padded; the client address in a message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204811Z", Info, "", "2026-11-29 07:41:16.204811 _ chasquid.go:101    chasquid starting (version 1.15.0)"),
			we("2026-11-29T07:41:16.209377Z", Info, "", "2026-11-29 07:41:16.209377 _ chasquid.go:254    Loading domain example.org"),
			we("2026-11-29T07:41:16.210902Z", Debug, "", "2026-11-29 07:41:16.210902 . domaininfo.go:73   0/2 domains loaded from /var/lib/chasquid/domaininfo"),
			we("2026-11-29T07:41:16.214455Z", Info, "", "2026-11-29 07:41:16.214455 _ chasquid.go:330    smtp listening on [::]:25 (via systemd)"),
			we("2026-11-29T07:41:52.880113Z", Error, "", "2026-11-29 07:41:52.880113 E conn.go:1188       10.44.0.9:41872 SPF check for <noreply@shop.example.net> returned temperror: lookup shop.example.net on 127.0.0.53:53: server misbehaving"),
			we("2026-11-29T07:42:03.001746Z", Debug, "", "2026-11-29 07:42:03.001746 . queue.go:388       4d2a0c9e1f3b7a55 to nora@example.net: next attempt in 1m0s"),
			we("2026-11-29T07:42:10.512006Z", Critical, "", "2026-11-29 07:42:10.512006 ☠ chasquid.go:341    Error serving submission_tls: accept tcp [::]:465: accept4: too many open files"),
		},
	},
}

func TestFresh351Formats(t *testing.T) { assertTable(t, fresh351Cases) }
func TestFresh351Score(t *testing.T) {
	checkScore(t, "fresh351 formats", fresh351Cases, [worldNumFields]float64{74.9, 70.9, 79.1, 87.4})
}
