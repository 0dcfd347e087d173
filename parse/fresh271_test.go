package parse

import "testing"

// The two-hundred-and-seventy-first fresh table, written on 2026-12-06: database replication, backup
// and failover tools' own logs and listings, shapes no earlier table holds. Each family is one
// product's documented or observed output: Barman's `barman list-backup all` (one backup a line with
// a ctime end time, the year last); WAL-G's `wal-g backup-list --detail` (a header line, then one
// backup a row with its modified, start and finish times and the hostname that took it); Percona
// XtraBackup 2.4's console (`yyMMdd HH:mm:ss` stamps, `[01]` copy threads, untimed `xtrabackup:`
// lines between them); mydumper 0.16's --logfile (`yyyy-MM-dd HH:mm:ss [LEVEL] - msg`, a setting
// written on an indented line under its record); Orchestrator's AuditLogFile (tab-separated time,
// audit type, instance host, port, [cluster], message and a trailing tab); ProxySQL's admin
// `monitor.mysql_server_ping_log` as a `+---+` box (epoch microseconds in time_start_us); Percona
// Backup for MongoDB's `pbm logs` (RFC 3339 Z, one severity letter, the `[replset/host:port]` node,
// an event in brackets, an error's `caused by:` line under it); pg_auto_failover's monitor run by
// systemd and read with journalctl (the journal's prefix before pg_autoctl's own `HH:mm:ss pid LEVEL`).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`pgbackrest`, `P00 `, `PROCESS START`, `barman`, `list-backup`, `WAL Size`, `barman-cloud`,
// `wal-g`, `walg`, `wal_g`, `backup-list`, `wal_segment_backup_start`, `base_0000`, `backup-push`,
// `wal-push`, `wal-e`, `pg_auto`, `pg_autoctl`, `show events`, `Event Time`, `Current State`,
// `Assigned State`, `repmgr`, `xtrabackup`, `[Xtrabackup]`, `innobackupex`, `log scanned`, `>> log`,
// `completed OK`, `mariabackup`, `percona`, `mydumper`, `myloader`, `** Message`, `orchestrator`,
// `orchestrator-client`, `audit_log_file`, `register-candidate`, `proxysql`, `MySQL_HostGroups`,
// `ProxySQL_Admin`, `time_start_us`, `connect_log`, `ping_log`, `stats_mysql`, `sentinel`, `+sdown`,
// `+odown`, `+switch`, `+failover`, `failover-end`, `:X `, `redis[`, `mongodump`, `mongorestore`,
// `writing admin`, `done dumping`, `oplog`, `pbm`, `backup/20`, `[rs1/`, `Percona Backup`, `rman`,
// `RMAN-`, `channel ORA`, `Starting backup at`, `Finished backup`, `piece handle`, `NLS_DATE`,
// `sqllogship`, `log shipping`, `START OF TRANSACTION LOG`, `LSBackup`, `LSRestore`, `LSCopy`,
// `Date and time:`, `Outcome:`, `Hallengren`, `DatabaseBackup`, `dbatools`, `patroni`, `stolon`,
// `pgpool`, `pg_basebackup`, `pg_rewind`, `pg_probackup`, `pghoard`, `galera`, `wsrep`, `maxscale`,
// `vitess`, `masterha`, `observer`, `dgmgrl`, `Data Guard`, `drc`, `mysqlsh`, `util.dump`,
// `mongosync`, `Ops Manager`). pgBackRest is in fresh2, fresh31, fresh85, fresh168 and fresh175 (its
// log file with and without stamps, the PROCESS START banner), Barman's log in fresh7 and fresh186;
// `barman list-backup` is in none. WAL-G's tracelog is in fresh13 and fresh153; backup-list is in
// none. pg_autoctl's own log is in fresh15; under the journal in none, and `show events` was left out
// because no search confirmed its table. XtraBackup 8's MySQL-8 layout is in fresh13 and mariabackup
// in fresh43; XtraBackup 2.4's yyMMdd console is in none. mydumper is named only in a source of
// fresh251; its log is in none. Orchestrator's stderr log is in fresh13; its audit file in none.
// ProxySQL's error log, journal, events and audit logs are in fresh, fresh85, fresh168, fresh182 and
// fresh186; the monitor schema's tables are in none. mongodump's output is in fresh39; PBM in none.
// Left out as measured already: repmgr (fresh7, fresh85, fresh168), Patroni, Stolon, Redis and
// Valkey Sentinel (fresh23, fresh85, fresh164 and others), sqllogship (fresh134), Ola Hallengren's
// output through SQL Agent (fresh126); left out as a judgement of boundaries or times: RMAN's output
// (dates inside `Starting backup at` messages), Data Guard's drc log (as fresh186 says), `pgbackrest
// info` and pg_autoctl's JSON. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Barman's ctime, XtraBackup 2.4's yyMMdd stamp, mydumper's and Orchestrator's
// stamps have no zone and are taken as UTC; a Barman row's time is its end time or the start in its
// backup id (either is accepted; a FAILED row has only the id); a WAL-G row's is its modified or
// finish time (either); ProxySQL's time_start_us is epoch microseconds; pg_autoctl's bare clock is on
// the journal's day and the same second. Levels only where the line marks one: mydumper's [LEVEL],
// PBM's letter (D I W E F), pg_autoctl's INFO/WARN/ERROR; Barman's FAILED and WAITING_FOR_WALS are
// statuses, ProxySQL's ping_error a column, XtraBackup 2.4 writes no level. The host is the record's
// host field: WAL-G's hostname column (the host that took the backup), PBM's node (the host of the
// agent that wrote it, without its replica set and port), the journal's host; a Barman server name,
// Orchestrator's instance column and ProxySQL's hostname column (the backend pinged) are no hosts. A
// record that spans lines is one entry: mydumper's `Connection via default library settings:` with
// its indented Socket line, PBM's error with its `caused by:` line; XtraBackup's untimed
// `xtrabackup:` lines are records of their own, and a box's closing rule and footer carry nothing.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit e26dbc3 before any rule for it: level 96.9 %, time 88.5 %, host 59.4 %, records 93.8 %.
// That is the macro figure (micro: level 95.2 %, time 85.7 %, host 66.7 %, records 90.5 %), in a
// worktree at e26dbc3 with no change to trawl's code (only this file and table_test.go's list), 3 of
// 8 families fully right (Barman's list, mydumper's log file, pg_autoctl in the journal); the gaps
// are WAL-G's hostname column, XtraBackup 2.4's untimed lines joined to the stamped one above,
// Orchestrator's audit type read as a host, ProxySQL's epoch-microsecond column and PBM's node.

var fresh271Cases = []worldCase{
	{
		name:   "barman-list-backup-all",
		source: "Barman 3.x `barman list-backup all` (`server backup_id ['name'] - TYPE - Www Mmm dd HH:mm:ss yyyy - Size: … - WAL Size: …[ - WAITING_FOR_WALS]`, the end time as Python's ctime): EnterpriseDB/barman issue #124 and PR #964 (list-backup pasted), issue #934; the `- FAILED` row from memory",
		why:    "a ctime-like end time with the year last inside the line; the backup id is a compact start time; the server name first is no host; FAILED and WAITING_FOR_WALS are statuses, no levels",
		entries: []worldEntry{
			we("2026-11-29T07:43:02Z|2026-11-29T07:41:16Z", Unknown, "", "pg-main 20261129T074116 'nightly' - F - Sun Nov 29 07:43:02 2026 - Size: 1.8 GiB - WAL Size: 212.0 MiB"),
			we("2026-11-28T07:42:51Z|2026-11-28T07:41:09Z", Unknown, "", "pg-main 20261128T074109 - Sat Nov 28 07:42:51 2026 - Size: 1.7 GiB - WAL Size: 0 B"),
			we("2026-11-29T07:16:44Z|2026-11-29T07:15:01Z", Unknown, "", "pg-ledger 20261129T071501 'pre-upgrade' - R - Sun Nov 29 07:16:44 2026 - Size: 640.2 MiB - WAL Size: 32.0 MiB - WAITING_FOR_WALS"),
			we("2026-11-29T06:50:02Z", Unknown, "", "pg-ledger 20261129T065002 - FAILED"),
		},
	},
	{
		name:   "walg-backup-list-detail",
		gap:    "trawl reads the modified time but no host: the `hostname` column of backup-list's whitespace-padded rows (named in the header line above them) is not read as the host",
		source: "WAL-G 3.x `wal-g backup-list --detail` for PostgreSQL (a header line `name modified wal_segment_backup_start start_time finish_time hostname data_dir pg_version start_lsn finish_lsn is_permanent`, then one padded row a backup, the times RFC 3339 Z): wal-g/wal-g issue #694 (the detailed list pasted), zalando/spilo issue #857 (last_modified renamed modified)",
		why:    "three Z times in a row (modified, start, finish); the hostname column names the host that took the backup; decimal LSNs are no times; the header is no record",
		entries: []worldEntry{
			wskip("name                          modified             wal_segment_backup_start start_time           finish_time          hostname     data_dir                    pg_version start_lsn    finish_lsn   is_permanent"),
			we("2026-11-27T03:12:31Z|2026-11-27T03:12:30Z", Unknown, "pg-orders-01", "base_00000003000000A2000000E1 2026-11-27T03:12:31Z 00000003000000A2000000E1 2026-11-27T03:00:02Z 2026-11-27T03:12:30Z pg-orders-01 /var/lib/postgresql/16/main 160004     697137340640 697288335680 false"),
			we("2026-11-28T03:12:48Z|2026-11-28T03:12:47Z", Unknown, "pg-orders-01", "base_00000003000000A40000001C 2026-11-28T03:12:48Z 00000003000000A40000001C 2026-11-28T03:00:02Z 2026-11-28T03:12:47Z pg-orders-01 /var/lib/postgresql/16/main 160004     704374636572 704509771816 false"),
			we("2026-11-29T03:14:05Z|2026-11-29T03:14:04Z", Unknown, "pg-orders-02", "base_00000004000000A600000052 2026-11-29T03:14:05Z 00000004000000A600000052 2026-11-29T03:00:01Z 2026-11-29T03:14:04Z pg-orders-02 /var/lib/postgresql/16/main 160004     713413148712 713566470320 true"),
		},
	},
	{
		name:   "xtrabackup24-backup-console",
		gap:    "trawl joins an untimed `xtrabackup: …` line to the `yyMMdd HH:mm:ss` line before it (`>> log scanned up to`, `[01] …done`) as a continuation, where each is a record of its own",
		source: "Percona XtraBackup 2.4 `xtrabackup --backup` on a terminal (msg_ts's `yyMMdd HH:mm:ss` stamp, `[NN]` copy-thread lines with `...done`, `>> log scanned up to (lsn)`, untimed `xtrabackup: …` lines, `completed OK!`): ShahriyarR/MySQL-AutoXtraBackup issue #187 (2.4 copy lines pasted), heiqu.com's innobackupex walk-through (found by search), cnblogs.com/juanmaofeifei/p/16375772.html (2.4.26 source notes); the version_check line from memory",
		why:    "a six-digit yyMMdd date and a clock without zone; the [01] thread and the LSNs are no times; untimed `xtrabackup:` lines between stamped ones are records of their own; no level",
		entries: []worldEntry{
			we("", Unknown, "", "xtrabackup: recognized server arguments: --datadir=/var/lib/mysql --tmpdir=/tmp --server-id=31 --log_bin=/var/lib/mysql/binlog/mysql-bin"),
			we("2026-11-29T07:41:16Z", Unknown, "", "261129 07:41:16  version_check Connecting to MySQL server with DSN 'dbi:mysql:;mysql_read_default_group=xtrabackup' as 'bkp_agent'  (using password: YES)."),
			we("2026-11-29T07:41:17Z", Unknown, "", "261129 07:41:17 >> log scanned up to (48811023745)"),
			we("", Unknown, "", "xtrabackup: Generating a list of tablespaces"),
			we("2026-11-29T07:41:17Z", Unknown, "", "261129 07:41:17 [01] Copying ./ibdata1 to /backups/full-2026-11-29_07-41-16/ibdata1"),
			we("2026-11-29T07:41:19Z", Unknown, "", "261129 07:41:19 [01]        ...done"),
			we("", Unknown, "", "xtrabackup: Transaction log of lsn (48810990211) to (48811031102) was copied."),
			we("2026-11-29T07:41:58Z", Unknown, "", "261129 07:41:58 completed OK!"),
		},
	},
	{
		name:   "mydumper016-logfile",
		source: "mydumper 0.16/0.19 with `-v 3 -L dump.log` (`yyyy-MM-dd HH:mm:ss [LEVEL] - msg`, INFO and WARNING, the connection settings on an indented line under `Connection via default library settings:`, progress as `| Completed: n% | Remaining tables: a / b`): mydumper/mydumper issues #1372, #1935 and #1743 (log files pasted)",
		why:    "a zone-less stamp and a bracketed level before ` - `; `Started dump at:` repeats the record's own time; the indented Socket line belongs to the line above it; backquoted tables and ranges are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO] - MyDumper backup version: 0.16.9-1"),
			we("2026-11-29T07:41:16Z", Info, "",
				"2026-11-29 07:41:16 [INFO] - Connection via default library settings:",
				"        Socket: /var/run/mysqld/mysqld.sock"),
			we("2026-11-29T07:41:16Z", Info, "", "2026-11-29 07:41:16 [INFO] - Connected to MySQL 8.0.40"),
			we("2026-11-29T07:41:16Z", Warn, "", "2026-11-29 07:41:16 [WARNING] - Using trx_consistency_only, binlog coordinates will not be accurate if you are writing to non transactional tables."),
			we("2026-11-29T07:41:17Z", Info, "", "2026-11-29 07:41:17 [INFO] - Started dump at: 2026-11-29 07:41:17"),
			we("2026-11-29T07:41:24Z", Info, "", "2026-11-29 07:41:24 [INFO] - Thread 3: dumping data from `shop`.`order_lines` WHERE (1840001 <= `id` AND `id` <= 2760000) into /backups/mydumper/shop.order_lines.00002.sql | Completed: 41% | Remaining tables: 6 / 11"),
			we("2026-11-29T07:41:55Z", Info, "", "2026-11-29 07:41:55 [INFO] - Finished dump at: 2026-11-29 07:41:55"),
		},
	},
	{
		name:   "orchestrator-audit-log-file",
		source: "openark/orchestrator with AuditLogFile set (go/inst/audit_dao.go: `time\\taudit_type\\thostname\\tport\\t[cluster]\\tmessage\\t`, the time in golib's `yyyy-MM-dd HH:mm:ss`): openark/orchestrator go/inst/audit_dao.go, read with read_file; the audit types' messages from memory",
		why:    "tab-separated fields with a trailing tab; the zone-less time first; the instance's host and port and the cluster in brackets name the MySQL server acted on, not the host that wrote the line; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "2026-11-29 07:41:16\tbegin-maintenance\tdb-orders-3.dc1.example.net\t3306\t[db-orders-1.dc1.example.net:3306]\tmaintenanceToken: 41, owner: kim, reason: kernel upgrade\t"),
			we("2026-11-29T07:43:05Z", Unknown, "", "2026-11-29 07:43:05\tregister-candidate\tdb-orders-2.dc1.example.net\t3306\t[db-orders-1.dc1.example.net:3306]\tprefer\t"),
			we("2026-11-29T07:52:40Z", Unknown, "", "2026-11-29 07:52:40\trecover-dead-master\tdb-orders-1.dc1.example.net\t3306\t[db-orders-1.dc1.example.net:3306]\tproblem found; will recover\t"),
			we("2026-11-29T07:52:47Z", Unknown, "", "2026-11-29 07:52:47\trecover-dead-master\tdb-orders-1.dc1.example.net\t3306\t[db-orders-1.dc1.example.net:3306]\tmaster has been promoted: db-orders-2.dc1.example.net:3306\t"),
		},
	},
	{
		name:   "proxysql-admin-monitor-ping-log",
		gap:    "trawl reads no time from a box row whose only time is the 16-digit epoch in microseconds of its time_start_us column",
		source: "ProxySQL 2.x admin interface (`mysql -h127.0.0.1 -P6032`) `SELECT * FROM monitor.mysql_server_ping_log …;`: a `+---+` box of hostname, port, time_start_us (epoch microseconds), ping_success_time_us and ping_error, values left-aligned as text, then `n rows in set`: sysown/proxysql issues #1600 and #956 (ping_log boxes pasted)",
		why:    "each row's time is a 16-digit epoch in microseconds inside a box; the hostname column is the backend pinged, no host; ping_error is a column, no level; the closing rule and the footer carry nothing",
		entries: []worldEntry{
			wskip("Admin> SELECT * FROM monitor.mysql_server_ping_log ORDER BY time_start_us LIMIT 4;",
				"+------------+------+------------------+----------------------+--------------------------------------------------------------------+",
				"| hostname   | port | time_start_us    | ping_success_time_us | ping_error                                                         |",
				"+------------+------+------------------+----------------------+--------------------------------------------------------------------+"),
			we("2026-11-29T07:41:16.218334Z", Unknown, "", "| 10.40.2.11 | 3306 | 1795938076218334 | 311                  | NULL                                                               |"),
			we("2026-11-29T07:41:16.220915Z", Unknown, "", "| 10.40.2.12 | 3306 | 1795938076220915 | 0                    | Access denied for user 'monitor'@'10.40.2.5' (using password: YES) |"),
			we("2026-11-29T07:41:26.218402Z", Unknown, "", "| 10.40.2.11 | 3306 | 1795938086218402 | 287                  | NULL                                                               |"),
			we("2026-11-29T07:41:26.221177Z", Unknown, "", "| 10.40.2.12 | 3306 | 1795938086221177 | 0                    | timeout during ping                                                |"),
			we("", Unknown, "", "+------------+------+------------------+----------------------+--------------------------------------------------------------------+"),
			we("", Unknown, "", "4 rows in set (0.00 sec)"),
		},
	},
	{
		name:   "percona-pbm-logs-text",
		gap:    "trawl reads the time and the level letter but no host: the `[replset/host:port]` node after the letter is not read as the host",
		source: "Percona Backup for MongoDB 2.x `pbm logs -t 0 -s D` (`RFC 3339 Z time, one letter D I W E F, [replset/host:port], [event/name] msg`, an error's `caused by:` on the next line): percona/percona-backup-mongodb PRs #441 (the letter layout), #1027 (the Z time and `got command backup … <ts: epoch>, opid:`), #440 and #1204 (backup messages); the pitr line from memory",
		why:    "the node in brackets names the agent's host with its replica set and port; the backup's name in brackets is a time but not the record's; an error runs on to its `caused by:` line; the letter is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "mongo-rs1-a", "2026-11-29T07:41:16Z I [rs1/mongo-rs1-a:27017] got command backup [name: 2026-11-29T07:41:15Z, compression: s2 (level: default)] <ts: 1795938075>, opid: 6929a41b0c3e5f2a7d4b8e91"),
			we("2026-11-29T07:41:16Z", Info, "mongo-rs1-a", "2026-11-29T07:41:16Z I [rs1/mongo-rs1-a:27017] [backup/2026-11-29T07:41:15Z] backup started"),
			we("2026-11-29T07:41:22Z", Error, "mongo-rs2-b",
				"2026-11-29T07:41:22Z E [rs2/mongo-rs2-b:27017] [backup/2026-11-29T07:41:15Z] backup: mongodump: write data: upload to S3: RequestError: send request failed",
				`caused by: Put "https://s3.eu-west-1.amazonaws.com/pbm-prod/2026-11-29T07%3A41%3A15Z_rs2.dump.s2": dial tcp 52.95.144.18:443: i/o timeout.`),
			we("2026-11-29T07:41:48Z", Info, "mongo-rs1-a", "2026-11-29T07:41:48Z I [rs1/mongo-rs1-a:27017] [backup/2026-11-29T07:41:15Z] mongodump finished, waiting for the oplog"),
			we("2026-11-29T07:42:10Z", Debug, "mongo-cfg-a", "2026-11-29T07:42:10Z D [config/mongo-cfg-a:27019] [pitr] created chunk 2026-11-29T07:32:10 - 2026-11-29T07:42:10"),
		},
	},
	{
		name:   "pg-autoctl-monitor-journal",
		source: "pg_auto_failover's monitor run by the unit `pg_autoctl show systemd` writes, read with journalctl (BSD journal line, then pg_autoctl's own `HH:mm:ss pid LEVEL msg`, the level padded to five, the monitor's state notifications with a ➜ arrow): hapostgres/pg_auto_failover PR #512 (monitor notifications pasted) and issue #177; the journal wrapping from memory",
		why:    "the journal's time and host; pg_autoctl's bare clock is the same second; the pid after it is no time; INFO, WARN and ERROR are the levels; node names, addresses and ports in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "pgaf-monitor", `Nov 29 07:41:16 pgaf-monitor pg_autoctl[1193]: 07:41:16 1193 INFO  Node node 2 "pgaf-b" (10.30.0.12:5432) is marked as unhealthy by the monitor`),
			we("2026-11-29T07:41:16Z", Info, "pgaf-monitor", `Nov 29 07:41:16 pgaf-monitor pg_autoctl[1193]: 07:41:16 1193 INFO  Setting goal state of node 1 "pgaf-a" (10.30.0.11:5432) to wait_primary because none of the standby nodes are healthy at the moment.`),
			we("2026-11-29T07:41:17Z", Info, "pgaf-monitor", `Nov 29 07:41:17 pgaf-monitor pg_autoctl[1193]: 07:41:17 1193 INFO  New state for node 1 "pgaf-a" (10.30.0.11:5432): primary ➜ wait_primary`),
			we("2026-11-29T07:41:21Z", Warn, "pgaf-monitor", `Nov 29 07:41:21 pgaf-monitor pg_autoctl[1193]: 07:41:21 1193 WARN  Failed to connect to "postgres://autoctl_node@10.30.0.12:5432/postgres", retrying until the server is ready`),
			we("2026-11-29T07:41:31Z", Error, "pgaf-monitor", `Nov 29 07:41:31 pgaf-monitor pg_autoctl[1193]: 07:41:31 1193 ERROR Connection to database failed: connection to server at "10.30.0.12", port 5432 failed: Connection refused`),
		},
	},
}

func TestFresh271Formats(t *testing.T) { assertTable(t, fresh271Cases) }
func TestFresh271Score(t *testing.T) {
	checkScore(t, "fresh271 formats", fresh271Cases, [worldNumFields]float64{96.8, 88.4, 71.8, 93.7})
}
