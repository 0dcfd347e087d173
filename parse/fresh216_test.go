package parse

import "testing"

// The two-hundred-and-sixteenth fresh table, written on 2026-12-05: databases' own logs at
// non-default settings in 2025-2026 versions. Each family is one product's documented or observed
// output: PostgreSQL 17's auto_explain plans in text and in JSON under their LOG line, a deadlock
// report with log_line_prefix '%m [%p] %q%a %u@%d %e ' (DETAIL lines tab-indented, HINT, CONTEXT
// and STATEMENT under their own prefix), log_min_duration_statement with '%q%c %l %u@%d ' and a
// multi-line statement, PG17's analyze and checkpoint reports; MongoDB 8's Slow query lines with
// the svc key and a `truncated`/`size` pair after attr; etcd 3.6's --log-format=console (zap's
// tab-separated console encoder); CockroachDB's json-compact and json-fluent-compact sinks (short
// keys, an epoch string under t, a sev letter); TiDB 8.5's general log in the text layout and with
// log.format = "json".
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`Seq Scan`, `"Query Text"`, `Index Scan`, `auto_explain`, `plan:`, `deadlock detected`,
// `Process holding the lock`, `STATEMENT:`, `automatic analyze`, `"error_severity"`, `jsonlog`,
// `csvlog`, `"truncated":{`, `"Slow query"`, `"durationMillis"`, `iso8601-local`, `etcd`,
// `etcdmain/etcd.go`, `apply request took too long`, tab-separated `	info	etcdserver`, `cockroach`,
// `crdb`, `"channel_numeric"`, `"sev":"I"`, `json-fluent`, `"t":"179`, `"EventType"`, `tidb`,
// `GENERAL_LOG`, `"time":"2026/`, `Txn_start_ts`, `err_symbol`, `log_sink_json`, `Query_time`,
// `log_slow_extra`, `server_audit`, `mariadb`, `Note\] InnoDB`, `"class": "general"`,
// `role=primary`, `level=notice`, `valkey`, `"SET"`, `bolt-session`, `spid`, `errorlog`,
// `alert_`, `log.xml`, `PDB1(`). PostgreSQL is in many tables (stderr prefixes in fresh85,
// fresh168, fresh173, fresh186, jsonlog and csvlog in fresh4, fresh85, fresh175, autovacuum
// reports in fresh173 and fresh203, a deadlock in fresh85 and fresh186); no table holds an
// auto_explain plan, in text or JSON, nor the %e and %c %l prefixes here with multi-line DETAIL and
// statements. MongoDB's JSON log is in fresh4, fresh85, fresh149, fresh168; the truncated/size
// pair is in none. etcd's zap JSON is in fresh_test, fresh65, fresh79, fresh141; its console
// format is in none. CockroachDB's crdb-v1/v2 and json formats are in fresh_test, fresh52,
// fresh141, fresh168, fresh186; json-compact is in none. TiDB is in fresh5, fresh18, fresh52
// (slow log), fresh85 (Lightning), fresh139, fresh168; its general log is in none. Left out as
// measured already: MySQL 8.4's error log with log_timestamps SYSTEM and the JSON sink (fresh4,
// fresh85), its slow log with log_slow_extra (fresh85), Enterprise audit JSON and XML (fresh38,
// fresh52), MariaDB's server_audit (fresh4, fresh52, fresh85) and error log (fresh160, fresh164),
// Valkey 8.1's logfmt and iso8601 modes (fresh146), redis-cli MONITOR (fresh23), SQL Server's
// errorlog with TF1222 deadlocks (fresh186), Oracle's alert log and log.xml (fresh52, fresh168,
// fresh186), Neo4j's query.log (fresh39). The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). etcd's `+0100` and TiDB's `+08:00` and `+01:00` are converted;
// CockroachDB's t is epoch seconds. Levels only where the line marks one: PostgreSQL's LOG (Info),
// WARNING, ERROR, FATAL (Critical); MongoDB's s letter; etcd's lower-case level column;
// CockroachDB's sev letter; TiDB's level. No family carries a host field: a user@db, an
// application name, a session id, a client address (attr.remote, user=app@10.20.0.7, a peer URL)
// and a node id are no host. A record that spans lines is one entry: a plan under its LOG line, a
// statement's own lines, a deadlock's DETAIL lines and the DETAIL, HINT, CONTEXT and STATEMENT
// lines PostgreSQL writes under the same prefix for the same message.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "pages"); hosts, ids, addresses, users and messages are
// invented, and every time is on 2026-11-29. The expectations were decided from the format before
// the table was first run, and none was changed after it; a family trawl still gets wrong carries a
// gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit c7e3a89 before any rule for it: level 88.9 %, time 100.0 %, host 100.0 %, records 100.0 %.
// That is the macro figure (micro: level 88.2 %, time 100.0 %, host 100.0 %, records 100.0 %), in a
// worktree at c7e3a89 with no change to trawl's code (only this file and table_test.go's list), 8 of
// 9 families fully right; the one gap is CockroachDB's json-compact sink, whose numeric s key is
// read one severity too high.

var fresh216Cases = []worldCase{
	{
		name:   "postgresql17-auto-explain-text-plan",
		source: "PostgreSQL 17 with shared_preload_libraries = 'auto_explain', auto_explain.log_min_duration, log_analyze and log_buffers on, and log_line_prefix = '%m [%p] %q%u@%d ' (the `duration: N ms  plan:` line, then `Query Text:` and the EXPLAIN ANALYZE tree, every further line of the message indented with a tab by the stderr log; processes with no session drop what follows %q): postgresql.org/docs/17 'auto_explain' and 'Error Reporting and Logging' (log_line_prefix, %q); postgrespro.com/docs auto_explain; goldlapel.com 'auto_explain' how-to",
		why:    "a plan of a dozen tab-indented lines belongs to its LOG line; the checkpointer's line has no user@db after the pid; an ERROR's STATEMENT line is part of the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "",
				"2026-11-29 07:41:16.204 UTC [4120] shop@shopdb LOG:  duration: 1204.311 ms  plan:",
				"\tQuery Text: SELECT o.id, o.total, c.email",
				"\t  FROM orders o JOIN customers c ON c.id = o.customer_id",
				"\t WHERE o.created_at > now() - interval '7 days'",
				"\tHash Join  (cost=1204.50..48811.20 rows=41207 width=48) (actual time=22.417..1198.502 rows=40112 loops=1)",
				"\t  Hash Cond: (o.customer_id = c.id)",
				"\t  Buffers: shared hit=812 read=14022",
				"\t  ->  Seq Scan on orders o  (cost=0.00..46211.00 rows=41207 width=24) (actual time=0.031..1101.774 rows=40112 loops=1)",
				"\t        Filter: (created_at > (now() - '7 days'::interval))",
				"\t        Rows Removed by Filter: 1204411",
				"\t        Buffers: shared hit=401 read=13990",
				"\t  ->  Hash  (cost=704.00..704.00 rows=40000 width=32) (actual time=21.902..21.903 rows=40000 loops=1)",
				"\t        Buckets: 65536  Batches: 1  Memory Usage: 3012kB",
				"\t        ->  Seq Scan on customers c  (cost=0.00..704.00 rows=40000 width=32) (actual time=0.012..8.441 rows=40000 loops=1)"),
			we("2026-11-29T07:41:30.002Z", Info, "", "2026-11-29 07:41:30.002 UTC [3988] LOG:  checkpoint starting: time"),
			we("2026-11-29T07:41:31.117Z", Info, "",
				"2026-11-29 07:41:31.117 UTC [4133] report@shopdb LOG:  duration: 611.027 ms  plan:",
				"\tQuery Text: SELECT sku, sum(qty) FROM order_items GROUP BY sku ORDER BY 2 DESC LIMIT 20",
				"\tLimit  (cost=30112.40..30112.45 rows=20 width=16) (actual time=610.118..610.122 rows=20 loops=1)",
				"\t  ->  Sort  (cost=30112.40..30120.90 rows=3400 width=16) (actual time=610.116..610.119 rows=20 loops=1)",
				"\t        Sort Key: (sum(qty)) DESC",
				"\t        Sort Method: top-N heapsort  Memory: 26kB",
				"\t        ->  HashAggregate  (cost=29980.00..30014.00 rows=3400 width=16) (actual time=608.902..609.771 rows=3388 loops=1)",
				"\t              Group Key: sku",
				"\t              ->  Seq Scan on order_items  (cost=0.00..24001.00 rows=1195800 width=12) (actual time=0.009..201.448 rows=1195800 loops=1)"),
			we("2026-11-29T07:41:45.88Z", Error, "",
				"2026-11-29 07:41:45.880 UTC [4141] report@shopdb ERROR:  canceling statement due to statement timeout",
				"2026-11-29 07:41:45.880 UTC [4141] report@shopdb STATEMENT:  SELECT * FROM order_items oi JOIN orders o ON o.id = oi.order_id WHERE oi.sku LIKE '%-XL'"),
		},
	},
	{
		name:   "postgresql17-auto-explain-json-plan",
		source: "PostgreSQL 17 with auto_explain.log_format = json and log_line_prefix = '%m [%p] %q%a ' (the plan as a JSON document starting on the line after `plan:`, each line tab-indented in the stderr log; `Query Text`, `Plan` with `Node Type`, `Plans` children): postgresql.org/docs/17 'auto_explain' (log_format) and 'EXPLAIN' (FORMAT JSON); the JSON keys from memory of real EXPLAIN (FORMAT JSON) output",
		why:    "a multi-line JSON document, tab-indented, under a text LOG line is one record; the application name after the pid is no host",
		entries: []worldEntry{
			we("2026-11-29T08:12:04.518Z", Info, "",
				"2026-11-29 08:12:04.518 UTC [5120] billing-worker LOG:  duration: 311.204 ms  plan:",
				"\t{",
				"\t  "+`"Query Text": "SELECT count(*) FROM invoices WHERE status = 'open' AND due_at < now()",`,
				"\t  "+`"Plan": {`,
				"\t    "+`"Node Type": "Aggregate",`,
				"\t    "+`"Strategy": "Plain",`,
				"\t    "+`"Startup Cost": 18211.40,`,
				"\t    "+`"Total Cost": 18211.41,`,
				"\t    "+`"Plans": [`,
				"\t      {",
				"\t        "+`"Node Type": "Seq Scan",`,
				"\t        "+`"Relation Name": "invoices",`,
				"\t        "+`"Filter": "((status = 'open'::text) AND (due_at < now()))"`,
				"\t      }",
				"\t    ]",
				"\t  }",
				"\t}"),
			we("2026-11-29T08:12:09.77Z", Info, "",
				"2026-11-29 08:12:09.770 UTC [5120] billing-worker LOG:  duration: 104.882 ms  plan:",
				"\t{",
				"\t  "+`"Query Text": "UPDATE invoices SET status = 'overdue' WHERE id = $1",`,
				"\t  "+`"Plan": {`,
				"\t    "+`"Node Type": "ModifyTable",`,
				"\t    "+`"Operation": "Update",`,
				"\t    "+`"Relation Name": "invoices"`,
				"\t  }",
				"\t}"),
			we("2026-11-29T08:12:11.002Z", Warn, "", "2026-11-29 08:12:11.002 UTC [5133] psql WARNING:  there is no transaction in progress"),
		},
	},
	{
		name:   "postgresql17-deadlock-sqlstate-prefix",
		source: "PostgreSQL 17 with log_line_prefix = '%m [%p] %q%a %u@%d %e ' and log_lock_waits = on (the SQLSTATE after user@db; `deadlock detected` with a DETAIL of tab-indented `Process N waits for …` lines, HINT, CONTEXT and STATEMENT each under the same prefix; `still waiting for ShareLock` with `Process holding the lock:` DETAIL; the checkpointer's PG17 `checkpoint complete` with SLRU buffers and no part after %q): postgresql.org/docs/17 'Error Reporting and Logging' (%e, %q, log_lock_waits) and 'Explicit Locking' (deadlocks); the DETAIL layout from memory of real logs",
		why:    "a SQLSTATE between the user and the level; a deadlock's DETAIL spans tab-indented lines, and the DETAIL, HINT, CONTEXT and STATEMENT lines with their own prefix belong to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T09:03:10.388Z", Info, "",
				"2026-11-29 09:03:10.388 UTC [6214] api shop@shopdb 00000 LOG:  process 6214 still waiting for ShareLock on transaction 88120 after 1000.112 ms",
				"2026-11-29 09:03:10.388 UTC [6214] api shop@shopdb 00000 DETAIL:  Process holding the lock: 6201. Wait queue: 6214.",
				"2026-11-29 09:03:10.388 UTC [6214] api shop@shopdb 00000 CONTEXT:  while updating tuple (412,7) in relation \"stock\"",
				"2026-11-29 09:03:10.388 UTC [6214] api shop@shopdb 00000 STATEMENT:  UPDATE stock SET qty = qty - 1 WHERE sku = 'KB-1207'"),
			we("2026-11-29T09:03:11.402Z", Error, "",
				"2026-11-29 09:03:11.402 UTC [6201] api shop@shopdb 40P01 ERROR:  deadlock detected",
				"2026-11-29 09:03:11.402 UTC [6201] api shop@shopdb 40P01 DETAIL:  Process 6201 waits for ShareLock on transaction 88121; blocked by process 6214.",
				"\tProcess 6214 waits for ShareLock on transaction 88120; blocked by process 6201.",
				"\tProcess 6201: UPDATE stock SET qty = qty - 1 WHERE sku = 'MS-0412'",
				"\tProcess 6214: UPDATE stock SET qty = qty - 1 WHERE sku = 'KB-1207'",
				"2026-11-29 09:03:11.402 UTC [6201] api shop@shopdb 40P01 HINT:  See server log for query details.",
				"2026-11-29 09:03:11.402 UTC [6201] api shop@shopdb 40P01 CONTEXT:  while updating tuple (88,3) in relation \"stock\"",
				"2026-11-29 09:03:11.402 UTC [6201] api shop@shopdb 40P01 STATEMENT:  UPDATE stock SET qty = qty - 1 WHERE sku = 'MS-0412'"),
			we("2026-11-29T09:03:11.403Z", Info, "",
				"2026-11-29 09:03:11.403 UTC [6214] api shop@shopdb 00000 LOG:  process 6214 acquired ShareLock on transaction 88120 after 2015.208 ms",
				"2026-11-29 09:03:11.403 UTC [6214] api shop@shopdb 00000 CONTEXT:  while updating tuple (412,7) in relation \"stock\"",
				"2026-11-29 09:03:11.403 UTC [6214] api shop@shopdb 00000 STATEMENT:  UPDATE stock SET qty = qty - 1 WHERE sku = 'KB-1207'"),
			we("2026-11-29T09:03:41.301Z", Info, "", "2026-11-29 09:03:41.301 UTC [3990] LOG:  checkpoint complete: wrote 412 buffers (2.5%), wrote 3 SLRU buffers; 0 WAL file(s) added, 0 removed, 1 recycled; write=41.220 s, sync=0.012 s, total=41.301 s; sync files=44, longest=0.004 s, average=0.001 s; distance=8812 kB, estimate=9120 kB; lsn=0/4A1C2B8, redo lsn=0/49F1D20"),
		},
	},
	{
		name:   "postgresql17-duration-session-line-prefix",
		source: "PostgreSQL 17 with log_min_duration_statement = 1000, log_autovacuum_min_duration = 0 and log_line_prefix = '%m [%p] %q%c %l %u@%d ' (the session id `hex.hex` and the session line number before user@db; a statement's own newlines kept, tab-indented; `execute <unnamed>` with a DETAIL `Parameters:` line; PG17's `automatic analyze of table` report with tab-indented rate, buffer and system usage lines from an autovacuum worker with no session part): postgresql.org/docs/17 'Error Reporting and Logging' (%c, %l, log_min_duration_statement, log_autovacuum_min_duration); the analyze report from memory of PG17 logs",
		why:    "a session id and a line counter between the pid and user@db; a multi-line INSERT … SELECT under its duration line is one record; a FATAL is Critical",
		entries: []worldEntry{
			we("2026-11-29T10:22:40.881Z", Info, "",
				"2026-11-29 10:22:40.881 UTC [7312] 6749f1a2.1c90 3 etl@warehouse LOG:  duration: 5204.882 ms  statement: INSERT INTO daily_sales (day, sku, qty)",
				"\tSELECT date_trunc('day', o.created_at), oi.sku, sum(oi.qty)",
				"\t  FROM orders o",
				"\t  JOIN order_items oi ON oi.order_id = o.id",
				"\t WHERE o.created_at >= '2026-11-28' AND o.created_at < '2026-11-29'",
				"\t GROUP BY 1, 2;"),
			we("2026-11-29T10:22:42.104Z", Info, "",
				"2026-11-29 10:22:42.104 UTC [7312] 6749f1a2.1c90 4 etl@warehouse LOG:  duration: 1012.104 ms  execute <unnamed>: SELECT id FROM jobs WHERE state = $1 FOR UPDATE SKIP LOCKED",
				"2026-11-29 10:22:42.104 UTC [7312] 6749f1a2.1c90 4 etl@warehouse DETAIL:  Parameters: $1 = 'queued'"),
			we("2026-11-29T10:23:01.004Z", Info, "",
				"2026-11-29 10:23:01.004 UTC [7402] LOG:  automatic analyze of table \"warehouse.public.daily_sales\"",
				"\tavg read rate: 41.220 MB/s, avg write rate: 0.000 MB/s",
				"\tbuffer usage: 812 hits, 1204 misses, 0 dirtied",
				"\tsystem usage: CPU: user: 0.11 s, system: 0.02 s, elapsed: 0.22 s"),
			we("2026-11-29T10:23:05.617Z", Critical, "",
				"2026-11-29 10:23:05.617 UTC [7420] 6749f1c4.1cfc 1 etl@warehouse FATAL:  password authentication failed for user \"etl\"",
				"2026-11-29 10:23:05.617 UTC [7420] 6749f1c4.1cfc 2 etl@warehouse DETAIL:  Connection matched file \"/etc/postgresql/17/main/pg_hba.conf\" line 118: \"host warehouse etl 10.20.0.0/16 scram-sha-256\""),
		},
	},
	{
		name:   "mongodb8-slow-query-truncated-attr",
		source: "MongoDB 8.0's structured log (`{\"t\":{\"$date\":…},\"s\":…,\"c\":…,\"id\":…,\"svc\":…,\"ctx\":…,\"msg\":…,\"attr\":{…}}`, `Slow query` id 51803 with attr.remote the client; a line over maxLogSizeKB with its attr cut and `truncated` and `size` objects saying what was cut): mongodb.com/docs/v8.0/reference/log-messages (the svc field, 'Log Message Truncation'); mongodb.com community thread 'Log line attempted (24kB) over max size (10kB)'; the nesting of `truncated` from memory",
		why:    "a `truncated` object and a `size` object after attr; attr.remote and attr.client are peers; levels from the s letter (I, W, E)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"t":{"$date":"2026-11-29T07:41:16.204+00:00"},"s":"I","c":"COMMAND","id":51803,"svc":"S","ctx":"conn4120","msg":"Slow query","attr":{"type":"command","isFromUserConnection":true,"ns":"shop.orders","collectionType":"normal","appName":"shop-api","command":{"find":"orders","filter":{"customerId":41207,"status":"open"},"sort":{"createdAt":-1},"limit":50,"$db":"shop"},"planSummary":"IXSCAN { customerId: 1, createdAt: -1 }","planningTimeMicros":412,"keysExamined":50,"docsExamined":50,"nreturned":50,"queryHash":"4F1C2A7E","planCacheShapeHash":"4F1C2A7E","planCacheKey":"9B3D4C1A","queryFramework":"classic","reslen":48211,"locks":{"Global":{"acquireCount":{"r":1}}},"readConcern":{"level":"local","provenance":"implicitDefault"},"storage":{},"cpuNanos":1104211,"remote":"10.20.0.7:51234","protocol":"op_msg","durationMillis":118}}`),
			we("2026-11-29T07:41:19.933Z", Info, "", `{"t":{"$date":"2026-11-29T07:41:19.933+00:00"},"s":"I","c":"COMMAND","id":51803,"svc":"S","ctx":"conn4133","msg":"Slow query","attr":{"type":"command","isFromUserConnection":true,"ns":"shop.stock","collectionType":"normal","appName":"sync-job","command":{"find":"stock","filter":{"sku":{"$in":["KB-0001","KB-0002","KB-0003"]}},"$db":"shop"},"planSummary":"IXSCAN { sku: 1 }","keysExamined":41207,"docsExamined":40112,"nreturned":40112,"reslen":4120411,"remote":"10.20.0.19:40412","protocol":"op_msg","durationMillis":2204},"truncated":{"command":{"truncated":{"filter":{"truncated":{"sku":{"truncated":{"$in":{"truncated":{"3":{"type":"string","size":9}},"omitted":41203}}}}}}}},"size":{"command":412088}}`),
			we("2026-11-29T07:41:20.117Z", Warn, "", `{"t":{"$date":"2026-11-29T07:41:20.117+00:00"},"s":"W","c":"NETWORK","id":4615610,"svc":"S","ctx":"conn4140","msg":"Failed to check socket connectivity","attr":{"error":{"code":6,"codeName":"HostUnreachable","errmsg":"Connection reset by peer"}}}`),
			we("2026-11-29T07:41:21.5Z", Error, "", `{"t":{"$date":"2026-11-29T07:41:21.500+00:00"},"s":"E","c":"WRITE","id":51803,"svc":"S","ctx":"conn4141","msg":"Plan executor error during update","attr":{"error":{"code":11000,"codeName":"DuplicateKey","errmsg":"E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: \"alice@example.org\" }"},"client":"10.20.0.31:50122"}}`),
		},
	},
	{
		name:   "etcd36-log-format-console",
		source: "etcd 3.6 with --log-format=console (zap's console encoder: an ISO 8601 time with a numeric offset, a lower-case level, the caller, the message, then the fields as a JSON object, each column separated by a tab): etcd-io/website issue #1031 (`--log-format … Only supports json, console`), etcd-io/etcd PR #12967 (console output quoted there)",
		why:    "tab-separated columns with a lower-case level word; a +0100 offset without a colon; the peer URLs in the fields are not the host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.513Z", Info, "", "2026-11-29T08:41:16.513+0100\tinfo\tetcdmain/etcd.go:64\tRunning: \t{\"args\": [\"etcd\", \"--name\", \"etcd-2\", \"--log-format=console\", \"--data-dir\", \"/var/lib/etcd\"]}"),
			we("2026-11-29T07:41:16.52Z", Info, "", "2026-11-29T08:41:16.520+0100\tinfo\tembed/etcd.go:140\tconfiguring peer listeners\t{\"listen-peer-urls\": [\"https://10.20.0.12:2380\"]}"),
			we("2026-11-29T07:41:18.902Z", Warn, "", "2026-11-29T08:41:18.902+0100\twarn\tetcdserver/util.go:170\tapply request took too long\t{\"took\": \"212.407ms\", \"expected-duration\": \"100ms\", \"prefix\": \"read-only range \", \"request\": \"key:\\\"/registry/leases/kube-node-lease/node-3\\\" \", \"response\": \"range_response_count:1 size:551\"}"),
			we("2026-11-29T07:41:21.004Z", Error, "", "2026-11-29T08:41:21.004+0100\terror\trafthttp/peer.go:262\tfailed to dial remote peer\t{\"local-member-id\": \"8e9e05c52164694d\", \"remote-peer-id\": \"91bc3c398fb3c146\", \"error\": \"dial tcp 10.20.0.13:2380: connect: connection refused\"}"),
		},
	},
	{
		name:   "cockroach-json-compact-sink",
		source: "CockroachDB 24.3 / 25.x file or network sink with format: json-compact and json-fluent-compact (short keys: tag (fluent only), c channel, t `seconds.nanoseconds` string, x cluster id, N node id, s numeric severity, sev letter I/W/E/F, g goroutine, f file, l line, n entry counter, r redactable, tags, message): cockroachlabs.com/docs/v24.3 'Log formats'; cockroachdb/cockroach docs/generated/logformats.md; the key list from memory",
		why:    "the time is an epoch string with nine decimals under the one-letter key t; the level is the sev letter; N is a node id, not a host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204511Z", Info, "", `{"tag":"cockroach.ops","c":1,"t":"1795938076.204511000","x":"4f1c2a7e-9b3d-4c1a-a8e7-f0b6d2c4e6a8","N":1,"s":1,"sev":"I","g":4512,"f":"server/server.go","l":1812,"n":41,"r":1,"tags":{"n":"1","T":"1","V":"system"},"message":"node connected via gossip"}`),
			we("2026-11-29T07:41:17.0021Z", Warn, "", `{"tag":"cockroach.health","c":2,"t":"1795938077.002100000","x":"4f1c2a7e-9b3d-4c1a-a8e7-f0b6d2c4e6a8","N":1,"s":2,"sev":"W","g":812,"f":"server/status/runtime_log.go","l":62,"n":42,"r":1,"tags":{"n":"1"},"message":"runtime stats: 3.1 GiB RSS, 812 goroutines (stacks: 9.4 MiB), disk read 1.2 MiB/s, write 41 MiB/s"}`),
			we("2026-11-29T07:41:19.731Z", Error, "", `{"tag":"cockroach.dev","c":0,"t":"1795938079.731000000","x":"4f1c2a7e-9b3d-4c1a-a8e7-f0b6d2c4e6a8","N":1,"s":3,"sev":"E","g":9120,"f":"kv/kvserver/replica_raft.go","l":1412,"n":43,"r":1,"tags":{"n":"1","s":"1","r":"412/1:/Table/104/1/{41…-88…}"},"message":"‹failed to send RPC: sending to all replicas failed; last error: node unavailable; try another peer›"}`),
			we("2026-11-29T07:41:22.5Z", Info, "", `{"c":1,"t":"1795938082.500000000","x":"4f1c2a7e-9b3d-4c1a-a8e7-f0b6d2c4e6a8","N":1,"s":1,"sev":"I","g":4512,"f":"server/node.go","l":640,"n":44,"r":0,"tags":{"n":"1"},"message":"node=1 drained: 0 leases, 0 replicas remaining"}`),
		},
	},
	{
		name:   "tidb8-general-log-text",
		source: "TiDB 8.5 with tidb_general_log = ON (the unified log `[yyyy/MM/dd HH:mm:ss.SSS ±hh:mm] [LEVEL] [file:line] [message] [key=value]…`, GENERAL_LOG with conn, session_alias, user, schemaVersion, txnStartTS, forUpdateTS, isReadConsistency, currentDB, isPessimistic, sessionTxnMode, sql): pingcap/docs PR #20534 and docs-cn PR #20121 (the field list in 8.5), pingcap/tidb issues #34971, #22340 and #57256 quoting the lines",
		why:    "a bracketed slashed date with a +08:00 offset; the user@address field is the client; the message column GENERAL_LOG is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `[2026/11/29 15:41:16.204 +08:00] [INFO] [session.go:4137] [GENERAL_LOG] [conn=2436890632] [session_alias=] [user=app@10.20.0.7] [schemaVersion=54] [txnStartTS=0] [forUpdateTS=0] [isReadConsistency=false] [currentDB=shop] [isPessimistic=false] [sessionTxnMode=PESSIMISTIC] [sql="select id, total from orders where customer_id = 41207"]`),
			we("2026-11-29T07:41:16.219Z", Info, "", `[2026/11/29 15:41:16.219 +08:00] [INFO] [session.go:4137] [GENERAL_LOG] [conn=2436890632] [session_alias=] [user=app@10.20.0.7] [schemaVersion=54] [txnStartTS=454120411882209281] [forUpdateTS=454120411882209281] [isReadConsistency=false] [currentDB=shop] [isPessimistic=true] [sessionTxnMode=PESSIMISTIC] [sql="update stock set qty = qty - 1 where sku = 'KB-1207'"]`),
			we("2026-11-29T07:41:17.502Z", Warn, "", `[2026/11/29 15:41:17.502 +08:00] [WARN] [expensivequery.go:145] [expensive_query] [cost_time=61.204s] [cop_time=58.112s] [process_keys=120441022] [conn=2436890641] [user=report] [database=shop] [txn_start_ts=454120412001812481] [mem_max="1.2 GB (1288490188 Bytes)"] [sql="SELECT sku, SUM(qty) FROM order_items GROUP BY sku"]`),
			we("2026-11-29T07:41:18.011Z", Error, "", `[2026/11/29 15:41:18.011 +08:00] [ERROR] [conn.go:1184] ["command dispatched failed"] [conn=2436890632] [session_alias=] [connInfo="id:2436890632, addr:10.20.0.7:51234 status:10, collation:utf8mb4_0900_ai_ci,  user:app"] [command=Query] [status="inTxn:1, autocommit:1"] [sql="insert into users (email) values ('alice@example.org')"] [txn_mode=PESSIMISTIC] [timestamp=454120412132884481] [err="[kv:1062]Duplicate entry 'alice@example.org' for key 'users.email'"]`),
		},
	},
	{
		name:   "tidb8-general-log-json",
		source: "TiDB 8.5 with log.format = \"json\" and tidb_general_log = ON (one object a line: level in capitals, time as `yyyy/MM/dd HH:mm:ss.SSS ±hh:mm`, caller, message, then the fields): pingcap/docs PR #20534 and docs-cn PR #20121 (the JSON GENERAL_LOG example); TiDB configuration file docs (log.format)",
		why:    "a JSON time key holding a slashed date with a space and an offset; the message key GENERAL_LOG is no level; user holds the client address",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.635Z", Info, "", `{"level":"INFO","time":"2026/11/29 08:41:16.635 +01:00","caller":"session.go:4137","message":"GENERAL_LOG","conn":2436890650,"session_alias":"","user":"billing@10.20.0.19","schemaVersion":54,"txnStartTS":0,"forUpdateTS":0,"isReadConsistency":false,"currentDB":"billing","isPessimistic":false,"sessionTxnMode":"PESSIMISTIC","sql":"select * from invoices where id = ?"}`),
			we("2026-11-29T07:41:18.2Z", Warn, "", `{"level":"WARN","time":"2026/11/29 08:41:18.200 +01:00","caller":"session.go:1012","message":"can not retry txn","conn":2436890650,"session_alias":"","label":"general","error":"[kv:9007]Write conflict, txnStartTS=454120412410216449, conflictStartTS=454120412410216450","IsBatchInsert":false,"IsPessimistic":false,"InRestrictedSQL":false,"tidb_retry_limit":10,"tidb_disable_txn_auto_retry":true}`),
			we("2026-11-29T07:41:19.004Z", Error, "", `{"level":"ERROR","time":"2026/11/29 08:41:19.004 +01:00","caller":"terror.go:347","message":"encountered error","error":"write tcp 10.20.0.5:4000->10.20.0.19:40112: write: broken pipe","stack":"github.com/pingcap/tidb/pkg/parser/terror.Log\n\t/workspace/source/tidb/pkg/parser/terror/terror.go:347\ngithub.com/pingcap/tidb/pkg/server.(*Server).onConn\n\t/workspace/source/tidb/pkg/server/server.go:741"}`),
		},
	},
}

func TestFresh216Formats(t *testing.T) { assertTable(t, fresh216Cases) }
func TestFresh216Score(t *testing.T) {
	checkScore(t, "fresh216 formats", fresh216Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 99.9})
}
