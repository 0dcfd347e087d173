package parse

import "testing"

// The two-hundred-and-fifty-first fresh table, written on 2026-12-05: database clients' and admin
// tools' result sets with times in their rows. Each family is one client's documented or observed
// rendering of a query whose rows carry a time: psql 16's aligned table and its `\x` expanded
// records (pg_stat_activity), the mysql 8.4 client's batch `-t` box and `\G` vertical rows
// (performance_schema.error_log, with its PRIO column) and its interactive SHOW FULL PROCESSLIST box
// (no times at all), sqlite3 3.52's rounded `.mode box` and `.mode column` with headers,
// clickhouse-client's row-numbered PrettyCompact (system.text_log, with level and hostname cells)
// and Pretty with its rules between rows (system.query_log), mongosh's print of getLog's reply (each
// event an escaped JSON string in an array), cqlsh's TRACING table (source as the node), and
// sqlcmd's padded result set (sys.dm_exec_sessions). Per family the header, the rule under it and a
// prompt line are wskip (written once, before the first row); each row is a record; a border, a
// rule or a footer written after the rows is a record with nothing (as fresh168's `1 row in set`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`psql`, `RECORD 1`, `row in set`, `rows in set`, `*** 1. row`, `sqlite`, `┌─`, `│`,
// `clickhouse-client`, `PrettyCompact`, `mongosh`, `getLog`, `"t":{"$date"`, `redis-cli`, `MONITOR`,
// `[0 `, `cqlsh`, `Tracing session`, `source_elapsed`, `pg_stat_activity`, `backend_start`,
// `xact_start`, `query_start`, `PROCESSLIST`, `Sleep`, `sqlcmd`, `rows affected`, `+-----`,
// `(1 row)`, `(3 rows)`, `Elapsed:`, `rows in set. Elapsed`, `pg_stat_statements`, `mysqladmin`,
// `rs.status`, `optimeDate`). psql is in many tables as the server's log and in fresh122 as a
// trino-cli-like table without times; no table holds psql's result sets of pg_stat_activity in
// either display. The mysql client is in fresh168 as `SHOW ENGINE INNODB STATUS\G`; the error_log
// table in a box or in `\G` rows, and a processlist box, are in none. sqlite3 is in fresh186 as a
// script's errors; its box and column result modes are in none. clickhouse-client is in fresh23 (the
// server's logs sent to the client) and fresh186 (script errors); its Pretty result formats are in
// none. mongosh is in fresh85, fresh168, fresh176 and fresh186 as its own log, banners and prints;
// getLog's reply is in none. cqlsh is in fresh122, fresh163 and fresh186 (COPY, file errors); its
// tracing table is in none. sqlcmd is in fresh126 and fresh134 (its error output file and
// sp_readerrorlog's result set, whose footer fresh134 leaves as a wskip); a sys.dm_exec_sessions
// result set is in none. redis-cli MONITOR is in fresh23 and was left out as measured already.
// The table holds 12 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). A row's time is its one timestamp cell (query_start, xact_start, LOGGED,
// created_at, ts, event_time, $date, timestamp, login_time); zone-less cells are UTC, psql's `+01`
// is converted; a NULL cell gives the row no time; counts of seconds (processlist Time), elapsed
// microseconds, row numbers and ids are no times. Levels only where a column is one: PRIO (System
// and Note as Notice, as fresh85 maps the error log's own [System] and [Note]), sqlite's level
// cell, text_log's level, getLog's "s"; query_log's event type is no level. The host is a column
// that names the machine that wrote the row: text_log's hostname, cqlsh's source, the fleet table's
// host; client_addr, the processlist Host, sqlcmd's host_name, cqlsh's client and getLog's remote
// are clients or peers. A multi-line record is one entry: psql's expanded record from its banner,
// mysql's `\G` row from its banner, a Pretty row with the rule under it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 41e0b4d before any rule for it: level 59.2 %, time 71.0 %, host 51.5 %, records 58.3 %.
// That is the macro figure (micro: level 60.7 %, time 73.2 %, host 51.8 %, records 60.7 %), in a
// worktree at 41e0b4d with no change to trawl's code (only this file and table_test.go's list), 1 of
// 12 families fully right (the SHOW FULL PROCESSLIST box); the gaps are psql's aligned and expanded
// records, the levels of PRIO, getLog's "s" and the host columns (text_log's hostname, cqlsh's
// source, the fleet table's host), and the borders and footers after the last row.

var fresh251Cases = []worldCase{
	{
		name:   "psql16-aligned-pg-stat-activity",
		source: "psql 16's default aligned output of `SELECT pid, usename, application_name, client_addr, query_start, state, query FROM pg_stat_activity` (a centred header, a `----+----` rule, ` | ` between cells, timestamptz as `yyyy-MM-dd HH:mm:ss.ffffff+00`, empty cells for NULL, the `(n rows)` footer): greenplum-db/gpdb PR #16411 (a pg_stat_activity dump), heroku/legacy-cli PR #948, open-telemetry/opentelemetry-collector-contrib issue #50769",
		why:    "each row is a record, its time the query_start cell; the autovacuum launcher's row has no query_start and so no time; client_addr is a client, not a host; `(4 rows)` is a record with nothing",
		entries: []worldEntry{
			wskip("  pid  | usename  | application_name |  client_addr  |          query_start          |        state        |                    query",
				"-------+----------+------------------+---------------+-------------------------------+---------------------+----------------------------------------------"),
			we("", Unknown, "", "  2214 |          |                  |               |                               |                     | "),
			we("2026-11-29T07:41:16.204118Z", Unknown, "", " 40117 | billing  | invoice-worker   | 10.42.7.19    | 2026-11-29 07:41:16.204118+00 | active              | UPDATE invoices SET state = $1 WHERE id = $2"),
			we("2026-11-29T07:38:02.551907Z", Unknown, "", " 40122 | billing  | psql             | 10.42.7.3     | 2026-11-29 07:38:02.551907+00 | idle in transaction | SELECT * FROM invoices WHERE id = 88213 FOR UPDATE"),
			we("2026-11-29T07:41:19.008114Z", Unknown, "", " 40140 | postgres | psql             |               | 2026-11-29 07:41:19.008114+00 | active              | SELECT pid, usename, application_name, client_addr, query_start, state, query FROM pg_stat_activity;"),
			we("", Unknown, "", "(4 rows)"),
		},
	},
	{
		name:   "psql16-expanded-x-pg-stat-activity",
		gap:    "trawl cuts each expanded record at its column lines: the `-[ RECORD n ]-` banner, pid, datname and usename come out as records of their own, and each `client_addr |` line starts a record that runs into the next record's banner; record 2 gets no entry of its own",
		source: "psql 16 with `\\x on` (expanded display: a `-[ RECORD n ]----+----` banner per row, then `column | value` lines with the names left-aligned, an empty value after `| `, no row-count footer in expanded mode), server TimeZone Europe/Berlin so timestamptz prints `+01`: postgresql.org psql docs (\\x, expanded); from memory of real output",
		why:    "a record runs from its `-[ RECORD n ]-` banner through its column lines; xact_start with a +01 offset is converted; an idle backend's empty xact_start gives no time; client_addr is a client",
		entries: []worldEntry{
			we("2026-11-29T07:12:40.117302Z", Unknown, "",
				"-[ RECORD 1 ]----+-------------------------------------------------------",
				"pid              | 51803",
				"datname          | ledger",
				"usename          | etl",
				"client_addr      | 10.8.3.44",
				"xact_start       | 2026-11-29 08:12:40.117302+01",
				"state            | active",
				"wait_event_type  | Lock",
				"query            | DELETE FROM ledger_staging WHERE batch_id < 90112"),
			we("", Unknown, "",
				"-[ RECORD 2 ]----+-------------------------------------------------------",
				"pid              | 51811",
				"datname          | ledger",
				"usename          | report_ro",
				"client_addr      | 10.8.3.51",
				"xact_start       | ",
				"state            | idle",
				"wait_event_type  | Client",
				"query            | SELECT count(*) FROM ledger_entries WHERE booked_on = current_date"),
			we("2026-11-29T07:41:05.880461Z", Unknown, "",
				"-[ RECORD 3 ]----+-------------------------------------------------------",
				"pid              | 51822",
				"datname          | ledger",
				"usename          | app",
				"client_addr      | 10.8.3.12",
				"xact_start       | 2026-11-29 08:41:05.880461+01",
				"state            | idle in transaction",
				"wait_event_type  | Client",
				"query            | UPDATE accounts SET balance = balance - 40 WHERE id = 7781"),
		},
	},
	{
		name:   "mysql84-batch-table-performance-schema-error-log",
		source: "mysql 8.4 client `mysql -t -e \"SELECT LOGGED, PRIO, ERROR_CODE, SUBSYSTEM, DATA FROM performance_schema.error_log WHERE LOGGED > ...\"` (a `+---+` box in batch mode with -t: top rule, header, rule, rows, bottom rule, no `rows in set` line); the table's LOGGED (yyyy-MM-dd HH:mm:ss.ffffff) and PRIO (System, Error, Warning, Note) columns: dev.mysql.com refman 8.4 'The error_log Table' and the table_error_log.h source documentation (enum_prio)",
		why:    "each row is a record timed by LOGGED and levelled by PRIO (System and Note as Notice, as the error log's own [System]/[Note] are in fresh85); the MY- code is no level; the closing rule is a line with nothing",
		entries: []worldEntry{
			wskip("+----------------------------+---------+------------+-----------+------------------------------------------------------------------+",
				"| LOGGED                     | PRIO    | ERROR_CODE | SUBSYSTEM | DATA                                                             |",
				"+----------------------------+---------+------------+-----------+------------------------------------------------------------------+"),
			we("2026-11-29T07:41:16.114907Z", Notice, "", "| 2026-11-29 07:41:16.114907 | System  | MY-010116  | Server    | /usr/sbin/mysqld (mysqld 8.4.6) starting as process 1                |"),
			we("2026-11-29T07:41:16.902215Z", Warn, "", "| 2026-11-29 07:41:16.902215 | Warning | MY-010068  | Server    | CA certificate ca.pem is self signed.                            |"),
			we("2026-11-29T07:44:03.320077Z", Notice, "", "| 2026-11-29 07:44:03.320077 | Note    | MY-010914  | Server    | Aborted connection 418 to db: 'shop' user: 'app' host: '10.30.1.7' (Got an error reading communication packets). |"),
			we("2026-11-29T07:52:48.006551Z", Error, "", "| 2026-11-29 07:52:48.006551 | Error   | MY-013360  | Server    | Plugin mysql_native_password reported: ''mysql_native_password' is deprecated' |"),
			we("", Unknown, "", "+----------------------------+---------+------------+-----------+------------------------------------------------------------------+"),
		},
	},
	{
		name:   "mysql84-vertical-g-performance-schema-error-log",
		source: "mysql 8.4 client `SELECT * FROM performance_schema.error_log WHERE PRIO <> 'Note'\\G` (a `*** n. row ***` banner, then the column names right-aligned before `: `, `n rows in set (0.00 sec)` at the end): dev.mysql.com refman 8.4 'The error_log Table' (its \\G example)",
		why:    "a record runs from its row banner through DATA; LOGGED is the time, PRIO the level (System as Notice); THREAD_ID and the MY- code are no times and no levels; the footer is a record with nothing",
		entries: []worldEntry{
			wskip("mysql> SELECT * FROM performance_schema.error_log WHERE PRIO <> 'Note'\\G"),
			we("2026-11-29T06:02:11.480133Z", Notice, "",
				"*************************** 1. row ***************************",
				"    LOGGED: 2026-11-29 06:02:11.480133",
				" THREAD_ID: 0",
				"      PRIO: System",
				"ERROR_CODE: MY-015015",
				" SUBSYSTEM: Server",
				"      DATA: MySQL Server - start."),
			we("2026-11-29T06:02:12.771904Z", Warn, "",
				"*************************** 2. row ***************************",
				"    LOGGED: 2026-11-29 06:02:12.771904",
				" THREAD_ID: 0",
				"      PRIO: Warning",
				"ERROR_CODE: MY-011810",
				" SUBSYSTEM: Server",
				"      DATA: Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users."),
			we("2026-11-29T07:19:40.055218Z", Error, "",
				"*************************** 3. row ***************************",
				"    LOGGED: 2026-11-29 07:19:40.055218",
				" THREAD_ID: 57",
				"      PRIO: Error",
				"ERROR_CODE: MY-010584",
				" SUBSYSTEM: Repl",
				"      DATA: Replica SQL for channel '': Worker 1 failed executing transaction 'ANONYMOUS' at source log binlog.000213, end_log_pos 88217; Error 'Duplicate entry '4412' for key 'orders.PRIMARY'' on query., Error_code: MY-001062"),
			we("", Unknown, "", "3 rows in set (0.00 sec)"),
		},
	},
	{
		name:   "mysql84-show-full-processlist-box",
		source: "mysql 8.4 interactive client `SHOW FULL PROCESSLIST;` (a `+---+` box: Id, User, Host as client host:port, db, Command, Time in seconds, State, Info; then `n rows in set (0.00 sec)`): mydumper/mydumper issue #1567 and macbre/index-digest issue #43 (processlist boxes)",
		why:    "no row carries a time of its own: Time is a count of seconds; Host is the client's address, not the record's host; each row is a record, the closing rule and the footer lines with nothing",
		entries: []worldEntry{
			wskip("mysql> SHOW FULL PROCESSLIST;",
				"+-----+-----------------+-----------------+------+---------+-------+------------------------+-----------------------------------------------+",
				"| Id  | User            | Host            | db   | Command | Time  | State                  | Info                                          |",
				"+-----+-----------------+-----------------+------+---------+-------+------------------------+-----------------------------------------------+"),
			we("", Unknown, "", "|   5 | event_scheduler | localhost       | NULL | Daemon  | 20744 | Waiting on empty queue | NULL                                          |"),
			we("", Unknown, "", "| 412 | app             | 10.30.1.7:50214 | shop | Sleep   |   118 |                        | NULL                                          |"),
			we("", Unknown, "", "| 419 | app             | 10.30.1.8:41876 | shop | Query   |    37 | Sending data           | SELECT sku, SUM(qty) FROM order_lines GROUP BY sku |"),
			we("", Unknown, "", "| 431 | root            | localhost       | NULL | Query   |     0 | init                   | SHOW FULL PROCESSLIST                         |"),
			we("", Unknown, "", "+-----+-----------------+-----------------+------+---------+-------+------------------------+-----------------------------------------------+"),
			we("", Unknown, "", "4 rows in set, 1 warning (0.00 sec)"),
		},
	},
	{
		name:   "sqlite352-mode-box-rounded",
		source: "sqlite3 3.52 CLI `.mode box` (rounded corners ╭─┬─╮, the header under it, a ╞═╪═╡ rule, │ between cells, ╰─┴─╯ at the end): sqlite test/modeA.sql and test/dblwidth-a.sql (the `.check` blocks), sqlite.org/climode.html",
		why:    "each │ row is a record: created_at (zone-less, UTC) is its time and the level cell its level; the closing border is a line with nothing",
		entries: []worldEntry{
			wskip("╭─────────────────────┬───────┬────────────┬───────────────────────────────────────────╮",
				"│     created_at      │ level │   queue    │                  message                  │",
				"╞═════════════════════╪═══════╪════════════╪═══════════════════════════════════════════╡"),
			we("2026-11-29T07:41:16Z", Info, "", "│ 2026-11-29 07:41:16 │ info  │ thumbnails │ job 77120 done in 412 ms                  │"),
			we("2026-11-29T07:41:22Z", Warn, "", "│ 2026-11-29 07:41:22 │ warn  │ mailer     │ retry 2/5: 421 4.7.0 try again later      │"),
			we("2026-11-29T07:42:03Z", Error, "", "│ 2026-11-29 07:42:03 │ error │ mailer     │ job 77125 failed: connection reset by peer │"),
			we("2026-11-29T07:42:05Z", Debug, "", "│ 2026-11-29 07:42:05 │ debug │ scheduler  │ next tick in 30s                          │"),
			we("", Unknown, "", "╰─────────────────────┴───────┴────────────┴───────────────────────────────────────────╯"),
		},
	},
	{
		name:   "sqlite3-mode-column-headers",
		source: "sqlite3 CLI `.mode column` with headers (3.33 and later: the column names, a rule of dashes per column separated by two spaces, rows padded to the widths, no borders), a fleet agent's events table queried with `datetime(ts, 'unixepoch')`: sqlite test/dblwidth-a.sql (`.mode column` case), sqlite.org/climode.html",
		why:    "each padded row is a record; its time the first cell, its host the `host` column the agent writes for the machine that reported the event; the numeric id before the time is no time",
		entries: []worldEntry{
			wskip("id     ts                   host        event",
				"-----  -------------------  ----------  ----------------------------------"),
			we("2026-11-29T07:41:16Z", Unknown, "kiosk-114", "88017  2026-11-29 07:41:16  kiosk-114   screen locked after 300 s idle"),
			we("2026-11-29T07:43:51Z", Unknown, "kiosk-207", "88018  2026-11-29 07:43:51  kiosk-207   usb device 0781:5583 attached"),
			we("2026-11-29T07:44:09Z", Unknown, "pos-031", "88019  2026-11-29 07:44:09  pos-031     agent restarted (exit 137)"),
			we("2026-11-29T07:50:30Z", Unknown, "kiosk-114", "88020  2026-11-29 07:50:30  kiosk-114   screen unlocked by badge 4471"),
		},
	},
	{
		name:   "clickhouse24-prettycompact-row-numbers-text-log",
		gap:    "the hostname cell is not read as the host, and the `└─┴─┘` border and the `4 rows in set. Elapsed` footer are joined to the last row",
		source: "clickhouse-client 24.x interactive, `SELECT event_time_microseconds, hostname, level, logger_name, message FROM system.text_log ...` in its default PrettyCompact with output_format_pretty_row_numbers (`n. │` before each row, the ┌─name─┬ header and └─┴─┘ border indented by the number's width, a blank line and `n rows in set. Elapsed: … sec.`): ClickHouse/ClickHouse issues #15350, #44816, #92280 (row-numbered PrettyCompact), #6037 and PR #6103 (text_log's columns and Enum levels)",
		why:    "each `n. │` row is a record: the microsecond time cell (zone-less, UTC), the level cell (Information, Warning, Error, Debug) and the hostname cell, the server that wrote the line; the row number is no time; the border and footer carry nothing",
		entries: []worldEntry{
			wskip("   ┌─event_time_microseconds────┬─hostname─┬─level───────┬─logger_name─────────────────────┬─message──────────────────────────────────────────────┐"),
			we("2026-11-29T07:41:16.204118Z", Info, "ch-s1-r2", "1. │ 2026-11-29 07:41:16.204118 │ ch-s1-r2 │ Information │ events.clicks (ReplicatedMergeTreeQueue) │ Fetching part 202611_88_88_0 from replica ch-s1-r1 │"),
			we("2026-11-29T07:41:16.881502Z", Warn, "ch-s1-r2", "2. │ 2026-11-29 07:41:16.881502 │ ch-s1-r2 │ Warning     │ events.clicks (ReplicatedMergeTreeRestartingThread) │ Replica is readonly: ZooKeeper session expired │"),
			we("2026-11-29T07:41:17.003317Z", Error, "ch-s2-r1", "3. │ 2026-11-29 07:41:17.003317 │ ch-s2-r1 │ Error       │ executeQuery                    │ Code: 241. DB::Exception: Memory limit (total) exceeded │"),
			we("2026-11-29T07:41:17.010022Z", Debug, "ch-s2-r1", "4. │ 2026-11-29 07:41:17.010022 │ ch-s2-r1 │ Debug       │ MemoryTracker                   │ Peak memory usage (for query): 9.31 GiB.             │"),
			we("", Unknown, "", "   └────────────────────────────┴──────────┴─────────────┴─────────────────────────────────┴──────────────────────────────────────────────────────┘", ""),
			we("", Unknown, "", "4 rows in set. Elapsed: 0.014 sec. "),
		},
	},
	{
		name:   "clickhouse-pretty-query-log-row-rules",
		source: "clickhouse-client `--format Pretty` with output_format_pretty_row_numbers=0 on `SELECT event_time, type, user, query_duration_ms, query FROM system.query_log` (a heavy ┏━┳━┓ / ┃ name ┃ / ┡━╇━┩ header, each row in │ cells with a ├─┼─┤ rule between rows, └─┴─┘ at the end): ClickHouse docs 'Formats: Pretty'; ClickHouse/ClickHouse issue #10429 (Pretty family); from memory of the row rules",
		why:    "each │ row is a record with the ├─┼─┤ rule under it (a rule between rows is no record); event_time is zone-less UTC; QueryFinish and ExceptionWhileProcessing are event types, not levels; the bottom border carries nothing",
		entries: []worldEntry{
			wskip("┏━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓",
				"┃ event_time          ┃ type                     ┃ user    ┃ query_duration_ms ┃ query                                   ┃",
				"┡━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩"),
			we("2026-11-29T07:40:58Z", Unknown, "",
				"│ 2026-11-29 07:40:58 │ QueryFinish              │ grafana │              1842 │ SELECT toStartOfMinute(ts), count() ... │",
				"├─────────────────────┼──────────────────────────┼─────────┼───────────────────┼─────────────────────────────────────────┤"),
			we("2026-11-29T07:41:02Z", Unknown, "",
				"│ 2026-11-29 07:41:02 │ ExceptionWhileProcessing │ etl     │             30004 │ INSERT INTO events.clicks FORMAT Native │",
				"├─────────────────────┼──────────────────────────┼─────────┼───────────────────┼─────────────────────────────────────────┤"),
			we("2026-11-29T07:41:09Z", Unknown, "", "│ 2026-11-29 07:41:09 │ QueryFinish              │ default │                 3 │ SELECT version()                        │"),
			we("", Unknown, "", "└─────────────────────┴──────────────────────────┴─────────┴───────────────────┴─────────────────────────────────────────┘"),
		},
	},
	{
		name:   "mongosh-getlog-global-array",
		gap:    "the \"s\" severity inside the quoted JSON string gives no level (I, W, E, D1 all Unknown), and the reply's closing `  ],`, `  ok: 1` and `}` are joined to the last event",
		source: "mongosh `db.adminCommand({ getLog: 'global' })` (MongoDB 4.4+ returns each cached event as an escaped Relaxed Extended JSON string; mongosh prints the reply document unquoted-keyed with each event a single-quoted string in the `log: [` array, then `ok: 1`): mongodb.com docs 'getLog (database command)'; the mongosh framing from memory",
		why:    "each quoted array element is a record: its \"t\".$date (+00:00) is the time, \"s\" the severity (I, W, E, D1); \"remote\" is a peer; the reply's braces, totalLinesWritten and ok carry nothing",
		entries: []worldEntry{
			wskip("{", "  totalLinesWritten: 2417,", "  log: ["),
			we("2026-11-29T07:41:16.204Z", Info, "", `    '{"t":{"$date":"2026-11-29T07:41:16.204+00:00"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"10.12.0.41:53318","uuid":{"uuid":{"$uuid":"4b8e0d2c-7f15-4a3e-9c61-2d7e8b0a1f93"}},"connectionId":9182,"connectionCount":41}}',`),
			we("2026-11-29T07:41:16.519Z", Warn, "", `    '{"t":{"$date":"2026-11-29T07:41:16.519+00:00"},"s":"W",  "c":"COMMAND",  "id":20525,   "ctx":"conn9182","msg":"Failed to gather storage statistics for slow operation","attr":{"opId":771402,"error":"lock acquire timeout"}}',`),
			we("2026-11-29T07:41:17.002Z", Error, "", `    '{"t":{"$date":"2026-11-29T07:41:17.002+00:00"},"s":"E",  "c":"REPL",     "id":21428,   "ctx":"ReplCoord-3","msg":"Error in heartbeat","attr":{"target":"rs0-2.db.internal:27017","error":{"code":6,"codeName":"HostUnreachable","errmsg":"Connection refused"}}}',`),
			we("2026-11-29T07:41:17.118Z", Debug, "", `    '{"t":{"$date":"2026-11-29T07:41:17.118+00:00"},"s":"D1", "c":"QUERY",    "id":20967,   "ctx":"conn9190","msg":"Beginning planning","attr":{"ns":"shop.orders"}}'`),
			we("", Unknown, "", "  ],", "  ok: 1", "}"),
		},
	},
	{
		name:   "cqlsh-tracing-on-session-table",
		gap:    "the source cell (the node, 10.60.0.11 / 10.60.0.12) is not read as the host",
		source: "cqlsh with `TRACING ON` after a query (`Tracing session: <uuid>`, a blank line, then an aligned table: activity right-aligned | timestamp yyyy-MM-dd HH:mm:ss.ffffff | source | source_elapsed | client in Cassandra 4 and 5): scylladb/scylladb issues #1480, #1481 and #2779 (trace tables), apache/cassandra PR #2698",
		why:    "each trace row is a record: its timestamp cell (zone-less, UTC) and its source, the node that recorded the step, as host; client is the client; source_elapsed is microseconds, no time",
		entries: []worldEntry{
			wskip("Tracing session: 3e0b9f40-cd7a-11f1-9a2e-5b1c7d0e44a1",
				"",
				"                                                                  activity | timestamp                  | source      | source_elapsed | client",
				"---------------------------------------------------------------------------+----------------------------+-------------+----------------+-------------"),
			we("2026-11-29T07:41:16.204Z", Unknown, "10.60.0.11", "                                                        Execute CQL3 query | 2026-11-29 07:41:16.204000 | 10.60.0.11  |              0 | 10.60.5.20"),
			we("2026-11-29T07:41:16.204311Z", Unknown, "10.60.0.11", "             Parsing SELECT * FROM orders WHERE id = 4412; [Native-Transport-Requests-3] | 2026-11-29 07:41:16.204311 | 10.60.0.11  |            311 | 10.60.5.20"),
			we("2026-11-29T07:41:16.205102Z", Unknown, "10.60.0.11", "                  Sending READ_REQ message to /10.60.0.12:7000 [Messaging-EventLoop-3-2] | 2026-11-29 07:41:16.205102 | 10.60.0.11  |           1102 | 10.60.5.20"),
			we("2026-11-29T07:41:16.205950Z", Unknown, "10.60.0.12", "      READ_REQ message received from /10.60.0.11:7000 [Messaging-EventLoop-3-1] | 2026-11-29 07:41:16.205950 | 10.60.0.12  |             87 | 10.60.5.20"),
			we("2026-11-29T07:41:16.207480Z", Unknown, "10.60.0.11", "                                                          Request complete | 2026-11-29 07:41:16.207480 | 10.60.0.11  |           3480 | 10.60.5.20"),
		},
	},
	{
		name:   "sqlcmd-dm-exec-sessions-result",
		source: "sqlcmd `-Q \"SELECT session_id, login_time, host_name, program_name, status FROM sys.dm_exec_sessions WHERE is_user_process = 1\"` (names padded to the column widths, a rule of dashes per column with single spaces, datetime as yyyy-MM-dd HH:mm:ss.fff, a blank line and `(n rows affected)`): learn.microsoft.com 'sqlcmd utility' and 'sys.dm_exec_sessions'; from memory of real output",
		why:    "each padded row is a record timed by login_time (zone-less, UTC); host_name is the client's workstation, not the record's host; the blank line belongs to the last row, `(3 rows affected)` carries nothing",
		entries: []worldEntry{
			wskip("session_id login_time              host_name    program_name                         status",
				"---------- ----------------------- ------------ ------------------------------------ ------------------------------"),
			we("2026-11-29T06:58:03.117Z", Unknown, "", "        53 2026-11-29 06:58:03.117 APP-WEB-03   Core Microsoft SqlClient Data Provider sleeping"),
			we("2026-11-29T07:40:12.480Z", Unknown, "", "        61 2026-11-29 07:40:12.480 ETL-02       SQLAgent - TSQL JobStep (Job 0x4F1A) running"),
			we("2026-11-29T07:41:16.203Z", Unknown, "", "        77 2026-11-29 07:41:16.203 DBA-LAPTOP7  SQLCMD                               running", ""),
			we("", Unknown, "", "(3 rows affected)"),
		},
	},
}

func TestFresh251Formats(t *testing.T) { assertTable(t, fresh251Cases) }
func TestFresh251Score(t *testing.T) {
	checkScore(t, "fresh251 formats", fresh251Cases, [worldNumFields]float64{84.6, 88.5, 77.4, 85.5})
}
