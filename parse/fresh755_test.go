package parse

import "testing"

// The seven-hundred-and-fifty-fifth fresh table: database high availability, proxies and
// connection poolers, in layouts the earlier tables do not hold. Each family is one product's
// output: Patroni under systemd (the journal's RFC 3164 header around Patroni's own Python stamp,
// and PostgreSQL's lines relayed by the same unit); bilibili's Overlord cache proxy (Go's log with
// a file:line and a bracketed level); Oracle's MySQL Proxy (glib levels in parentheses after a
// colon-ended time); RedisLabs' Redis Cluster Proxy (a bracketed time with a thread letter, and a
// hiredis line with no time); ProxySQL's dump_to_stderr tables (one record with an ASCII table
// under it); the ProxySQL Galera check script of chef-bcpc (a `date` stamp with UTC and the year
// last, the mysql client's warnings between); Amazon RDS Proxy's CloudWatch lines (ISO-Z, a level
// and the endpoint and connection in brackets); Oracle Data Guard's fast-start failover observer
// log (a worker id and an ISO time with an offset in one bracket).
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `patroni`, `patroni[`, `patroni: 20`, `repmgr`, `pg_auto_failover`,
// `pg_autoctl`, `stolon`, `pgbouncer`, `pgpool`, `odyssey`, `proxysql`, `Dumping mysql_servers`,
// `Check server`, `galera_checker`, `proxysql_galera`, `maxscale`, `maxscale[`, `mariadbmon`,
// `orchestrator`, `vttablet`, `vtgate`, `vtorc`, `vtctld`, `vitess`, `galera`, `wsrep`, `garbd`,
// `mysql router`, `mysqlrouter`, `metadata_cache`, `sentinel`, `keydb`, `twemproxy`, `nutcracker`,
// `citus`, `spilo`, `pgcat`, `pgdog`, `supavisor`, `pgagroal`, `haproxy`, `Layer7 wrong status`,
// `codis`, `predixy`, `dynomite`, `redis-cluster-proxy`, `corvus`, `overlord`, `overlord proxy`,
// `cetus`, `mysql-proxy`, `network-mysqld`, `chassis-`, `(message)`, `(critical)`, `DBProxy`,
// `mycat`, `dble`, `kingshard`, `gaea`, `shardingsphere`, `replication-manager`, `spqr`,
// `tiproxy`, `cloud-sql-proxy`, `RDS Proxy`, `rdsproxy`, `proxyEndpoint`, `clientConnection`,
// `Failover Manager`, `efm-`, `FSFO`, `Fast-Start`, `W000`, `Data Guard`, `dgmgrl`, `hadrag`,
// `[RCM]`, `db2diag`, `HADR`, `informix`, `mha`, `masterha`, `mmm_agentd`, `tungsten`, `cnpg`,
// `cloudnative`, `postgres-operator`, `zalando`, `bitnami`, `keepalived`, `pacemaker`,
// `corosync`, `vip-manager`, `ndb_mgmd`, `group_replication`. Nearly every product of the theme
// is measured already (Patroni's plain, JSON and patronictl output; repmgr, pg_auto_failover,
// Stolon, PgBouncer, Pgpool-II, Odyssey, ProxySQL, MaxScale, Orchestrator, Vitess's vttablet glog
// and vtgate query log, Galera, MySQL Router, Redis and Valkey Sentinel, KeyDB, Twemproxy, Citus,
// PgCat, Supavisor, pgagroal, Codis, Predixy, Dynomite, Kingshard, ShardingSphere, HAProxy in many
// shapes, Windows cluster logs with [RCM]), so they were left out; `tiproxy`, `W000` and `overlord`
// match only other products (FortiProxy, abseil's W0000, Druid's overlord), and
// `redis-cluster-proxy`, `RDS Proxy` and `proxyEndpoint` only grep lists. Patroni and ProxySQL are
// here for layouts no table has: the journal's header around Patroni's stamp, and ProxySQL's
// table dumps. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Year-less times (the journal's) are in 2026; the journal's time and
// Patroni's or PostgreSQL's own stamp are two times of the record and either is accepted (`a|b`);
// the observer writes +01:00, converted; the Galera check script's `date` writes UTC; the times
// without a zone (MySQL Proxy's, Overlord's, Redis Cluster Proxy's, ProxySQL's) are taken as UTC.
// Lines with no time of their own (the hiredis connect error, the mysql client's password
// warning) have none. Levels only where the line marks one: Patroni's level word and PostgreSQL's
// severity (LOG is Info, FATAL is Critical), Overlord's [INFO]/[WARN]/[ERROR], MySQL Proxy's glib
// level in parentheses (message is Notice, as glib's own journald writer maps it; critical is
// Critical), ProxySQL's [INFO]/[ERROR], RDS Proxy's [INFO]/[WARN]/[ERROR], the Redis Cluster
// Proxy's `ERROR:` and `FATAL:` tags after its stamp (its other lines carry none), the mysql
// client's `Warning:` label; the check script's own lines and the observer's carry none. The host
// is the record's host field: the journal's hostname for Patroni; no other family writes one (a
// client address, a backend, an endpoint name or a worker id is no host). ProxySQL's table dump
// is one record with its table; every other record is one line.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (RDS Proxy's line after the endpoint prefix the docs describe; the observer
// log's bracket). Hosts, ids, addresses, users and messages are invented, and every time is in late
// November 2026. The expectations were decided from the format before the table was first run,
// and none was changed after it; a family trawl still gets wrong carries a gap that says what it
// does not read, and it stays in the score.
//
// Its first figure, scored at commit 9a0f1b1 before any rule for it: level 88.8 %, time 94.4 %, host 94.4 %, records 88.8 %.
// That is the macro figure (micro: level 88.6 %, time 94.3 %, host 94.3 %, records 88.6 %), in a
// worktree at 9a0f1b1 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps: MySQL Proxy's `(message)` level is not read, and an untimed
// line that is a record of its own (the Redis Cluster Proxy's hiredis error, the mysql client's
// password warning in the Galera check log) is joined to the stamped record before it, which in
// the check log also lends that record its Warn.

var fresh755Cases = []worldCase{
	{
		name:   "patroni-systemd-journal-python-stamp",
		source: "Patroni run by systemd, read with journalctl -u patroni (`Nov 17 08:31:01 host patroni[7299]: 2025-11-17 08:31:01,647 INFO: no action. I am (host), the leader with the lock`, and PostgreSQL's own lines under the same unit: `patroni[7375]: 2025-11-17 08:31:13.001 UTC [7375] LOG:  checkpoint starting: time`): patroni/patroni issue #3489, autobase-tech/autobase issue #560",
		why:    "a relayed double header: the journal's year-less time and host, then Patroni's comma-millisecond stamp and `LEVEL:`, or PostgreSQL's stamp with UTC, pid and severity; both times are of the record",
		entries: []worldEntry{
			we("2026-11-29T07:41:01Z|2026-11-29T07:41:01.647Z", Info, "pg-node1", "Nov 29 07:41:01 pg-node1 patroni[7299]: 2026-11-29 07:41:01,647 INFO: no action. I am (pg-node1), the leader with the lock"),
			we("2026-11-29T07:41:13Z|2026-11-29T07:41:13.001Z", Info, "pg-node1", "Nov 29 07:41:13 pg-node1 patroni[7375]: 2026-11-29 07:41:13.001 UTC [7375] LOG:  checkpoint starting: time"),
			we("2026-11-29T07:41:22Z|2026-11-29T07:41:22.314Z", Critical, "pg-node1", `Nov 29 07:41:22 pg-node1 patroni[77454]: 2026-11-29 07:41:22.314 UTC [77454] FATAL:  role "reportsvc" does not exist`),
			we("2026-11-29T07:41:31Z|2026-11-29T07:41:31.650Z", Warn, "pg-node1", "Nov 29 07:41:31 pg-node1 patroni[7299]: 2026-11-29 07:41:31,650 WARNING: Request failed to pg-node2: GET http://10.20.0.12:8008/patroni (timed out)"),
			we("2026-11-29T07:41:41Z|2026-11-29T07:41:41.652Z", Error, "pg-node1", "Nov 29 07:41:41 pg-node1 patroni[7299]: 2026-11-29 07:41:41,652 ERROR: Failed to get list of machines from etcd3"),
		},
	},
	{
		name:   "overlord-proxy-go-log-file-line-level",
		source: "bilibili/overlord proxy run with -std (`2019/04/02 16:38:16 proxy.go:61: [INFO] overlord proxy cluster[test-mc] addr(0.0.0.0:21211) start listening`, `cluster.go:73: [ERROR] …`, `forwarder.go:56: [WARN] …`): bilibili/overlord PR #62",
		why:    "Go's slashed date and time, the file:line, then the level in brackets; no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 proxy.go:61: [INFO] overlord proxy cluster[cache-sessions] addr(0.0.0.0:26379) start listening"),
			we("2026-11-29T07:41:16Z", Info, "", "2026/11/29 07:41:16 cluster.go:166: [INFO] Redis Cluster renew slot node and add addr:10.9.0.21:7002"),
			we("2026-11-29T07:41:17Z", Error, "", "2026/11/29 07:41:17 cluster.go:73: [ERROR] Redis Cluster fail to fetch error:connection is closed"),
			we("2026-11-29T07:41:17Z", Warn, "", "2026/11/29 07:41:17 forwarder.go:56: [WARN] fail to init fetch cluster all seeds nodes cluster down but continue"),
		},
	},
	{
		name:   "mysql-proxy-chassis-glib-level",
		source: "Oracle's MySQL Proxy chassis logger (mysql/mysql-proxy trunk/src/chassis-log.c: strftime `%Y-%m-%d %H:%M:%S`, then `: (` level `) ` message, the level one of error, critical, warning, message, info, debug)",
		why:    "a time ended by a colon, then the glib level word in parentheses; message is glib's notice",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026-11-29 07:41:16: (message) mysql-proxy 0.8.5 started"),
			we("2026-11-29T07:41:16Z", Debug, "", "2026-11-29 07:41:16: (debug) max open file-descriptors = 8192"),
			we("2026-11-29T07:41:17Z", Critical, "", "2026-11-29 07:41:17: (critical) network-mysqld.c:1120: connect(10.30.1.5:3306) failed: Connection refused. Retrying using a different backend."),
			we("2026-11-29T07:41:17Z", Warn, "", "2026-11-29 07:41:17: (warning) backend 10.30.1.5:3306 marked down, 2 of 3 backends left"),
			we("2026-11-29T07:41:19Z", Error, "", "2026-11-29 07:41:19: (error) network_mysqld_con_handle: no backend left to serve client 10.30.4.18:50211"),
		},
	},
	{
		name:   "redis-cluster-proxy-thread-letter",
		source: "RedisLabs/redis-cluster-proxy (`[2020-02-26 00:39:15.620/M] Redis Cluster Proxy v999.999.999 (unstable)`, a hiredis `Could not connect to Redis at …: No route to host` with no stamp, `[…/M] ERROR: Failed to fetch cluster configuration!`, `[…/M] FATAL: failed to create thread 0.`): issue #36; the bracketed millisecond stamp from src/logger.c (`[%Y-%m-%d %H:%M:%S.` and `%03d] `)",
		why:    "a bracketed time with milliseconds and a thread letter after a slash; most lines name no level, ERROR: and FATAL: tag the rest; a line with no stamp is a record of its own",
		gap:    "the hiredis line with no stamp (`Could not connect to Redis at …: No route to host`) is joined to the stamped record before it instead of standing as a record of its own with no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:15.620Z", Unknown, "", "[2026-11-29 07:41:15.620/M] Redis Cluster Proxy v999.999.999 (unstable)"),
			we("2026-11-29T07:41:15.621Z", Unknown, "", "[2026-11-29 07:41:15.621/M] Fetching cluster configuration..."),
			we("", Unknown, "", "Could not connect to Redis at 10.42.3.17:6380: No route to host"),
			we("2026-11-29T07:41:17.883Z", Error, "", "[2026-11-29 07:41:17.883/M] ERROR: Failed to fetch cluster configuration!"),
			we("2026-11-29T07:41:17.884Z", Critical, "", "[2026-11-29 07:41:17.884/M] FATAL: failed to create thread 0."),
		},
	},
	{
		name:   "proxysql-dump-to-stderr-table-block",
		source: "ProxySQL 2.x error log printing its hostgroup tables with resultset->dump_to_stderr() (`2024-08-08 10:51:56 [INFO] Dumping mysql_servers_incoming` followed by a +---+ table): sysown/proxysql issue #4601; the file:line:function form (`2020-02-27 13:59:57 main.cpp:1396:ProxySQL_daemonize_phase3(): [ERROR] ProxySQL crashed. Restarting!`): sysown/proxysql issue #2381",
		why:    "an [INFO] line with an ASCII table under it, one record; the level in brackets after the time or after file:line:function()",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "",
				"2026-11-29 07:41:16 [INFO] Dumping mysql_servers_incoming",
				"+--------------+------------+------+--------+--------+---------+",
				"| hostgroup_id | hostname   | port | weight | status | comment |",
				"+--------------+------------+------+--------+--------+---------+",
				"| 10           | 10.20.5.11 | 3306 | 1      | 0      | writer  |",
				"| 20           | 10.20.5.12 | 3306 | 1      | 0      | reader  |",
				"+--------------+------------+------+--------+--------+---------+",
			),
			we("2026-11-29T07:41:16Z", Info, "",
				"2026-11-29 07:41:16 [INFO] Dumping mysql_replication_hostgroups",
				"+------------------+------------------+------------+---------+",
				"| writer_hostgroup | reader_hostgroup | check_type | comment |",
				"+------------------+------------------+------------+---------+",
				"| 10               | 20               | read_only  | cluster |",
				"+------------------+------------------+------------+---------+",
			),
			we("2026-11-29T07:41:59Z", Error, "", "2026-11-29 07:41:59 main.cpp:1396:ProxySQL_daemonize_phase3(): [ERROR] ProxySQL crashed. Restarting!"),
		},
	},
	{
		name:   "proxysql-galera-check-log-date-utc",
		source: "chef-bcpc's ProxySQL Galera check script writing /var/lib/proxysql/check.log with `date` stamps (`Fri Nov 11 21:53:30 UTC 2016 Enabling config`, `… Check server 0:10.0.100.11:3306 , status ONLINE , wsrep_local_state 4`) and the mysql client's `Warning: Using a password on the command line interface can be insecure.` between them: bloomberg/chef-bcpc PR #1156",
		why:    "a date(1) stamp with the weekday, the zone UTC and the year after the time; the mysql client's warning line has no time and is a record of its own; the script's lines name no level",
		gap:    "the mysql client's untimed `Warning: Using a password …` line is joined to the date(1)-stamped record before it, and that record then takes Warn from it though the script's own line names no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:30Z", Unknown, "", "Sun Nov 29 07:41:30 UTC 2026 Enabling config"),
			we("", Warn, "", "Warning: Using a password on the command line interface can be insecure."),
			we("2026-11-29T07:41:31Z", Unknown, "", "Sun Nov 29 07:41:31 UTC 2026 Check server 0:10.60.2.11:3306 , status ONLINE , wsrep_local_state 4"),
			we("2026-11-29T07:41:31Z", Unknown, "", "Sun Nov 29 07:41:31 UTC 2026 Check server 1:10.60.2.12:3306 , status OFFLINE_SOFT , wsrep_local_state 2"),
		},
	},
	{
		name:   "amazon-rds-proxy-cloudwatch-endpoint-prefix",
		source: "Amazon RDS Proxy's CloudWatch log (docs.aws.amazon.com AmazonRDS UserGuide rds-proxy.troubleshooting and rds-proxy.monitoring: `In the RDS Proxy logs, each entry is prefixed with the name of the associated proxy endpoint … the special name default`); the line's layout (ISO-Z time, [LEVEL], [proxyEndpoint=…], [clientConnection=…], message) from memory",
		why:    "an ISO-Z time, the level in brackets, then the endpoint and the client connection id in brackets; the endpoint name and the client's address are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.346Z", Info, "", "2026-11-29T07:41:16.346Z [INFO] [proxyEndpoint=default] [clientConnection=1827364519] A new client connected from 10.0.12.40:51966."),
			we("2026-11-29T07:41:16.512Z", Info, "", `2026-11-29T07:41:16.512Z [INFO] [proxyEndpoint=default] [clientConnection=1827364519] Received Startup Message: [username="app_rw", database="orders", protocolMajorVersion=3, protocolMinorVersion=0, sslEnabled=true]`),
			we("2026-11-29T07:41:18.020Z", Warn, "", "2026-11-29T07:41:18.020Z [WARN] [proxyEndpoint=default] [clientConnection=1827364519] The client session was pinned to the database connection [dbConnection=3301928475] for the remainder of the session."),
			we("2026-11-29T07:41:20.771Z", Error, "", "2026-11-29T07:41:20.771Z [ERROR] [proxyEndpoint=reports-ro] [clientConnection=991827364] Credentials couldn't be retrieved from the secret for user reporting."),
		},
	},
	{
		name:   "oracle-dataguard-fsfo-observer-log",
		source: "Oracle Data Guard's fast-start failover observer log (docs.oracle.com dgbkr `Scenario 16: Using the Observe-only Mode for Fast-Start Failover`, `Observer Log … A fast-start failover would have been initiated...`); the bracket with the worker id and the ISO time with an offset (`[W000 …]`) from memory",
		why:    "a worker id (W000, P001) and an ISO time with milliseconds and +01:00 in one bracket; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "", "[W000 2026-11-29T08:41:16.123+01:00] Observer trace level is set to USER"),
			we("2026-11-29T07:41:16.124Z", Unknown, "", "[W000 2026-11-29T08:41:16.124+01:00] Try to connect to the primary."),
			we("2026-11-29T07:41:17.310Z", Unknown, "", "[W000 2026-11-29T08:41:17.310+01:00] The standby sales_dr is ready to be a FSFO target"),
			we("2026-11-29T07:42:01.552Z", Unknown, "", "[P001 2026-11-29T08:42:01.552+01:00] Primary database cannot be reached."),
			we("2026-11-29T07:42:31.560Z", Unknown, "", "[P001 2026-11-29T08:42:31.560+01:00] A fast-start failover would have been initiated..."),
		},
	},
}

func TestFresh755Formats(t *testing.T) { assertTable(t, fresh755Cases) }
func TestFresh755Score(t *testing.T) {
	checkScore(t, "fresh755 formats", fresh755Cases, [worldNumFields]float64{91.1, 94.3, 94.3, 88.7})
}
