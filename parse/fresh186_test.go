package parse

import "testing"

// The hundred-and-eighty-sixth fresh table, written on 2026-12-05: databases' own logs as admins
// find them on the server, in their 2025-2026 versions, where they are not yet measured. Each
// family is one product's log, audit trail, trace or client output in the shape it is written on
// disk or on a script's stderr: Db2 12's `db2audit extract` report (a record of `name=value;`
// lines under its dotted timestamp); Oracle's OS audit file in adump (a day-name date with its
// offset, then `NAME:[len] 'value'` lines, a statement spanning lines) and a 23ai session trace
// file (`*** <ISO time> (PDB1(3))`, `*** SESSION ID:(…) <ISO time>` and the dump's untimed lines
// under them); SQL Server 2022 on Linux's errorlog with trace flag 1222's deadlock graph, every
// line under the prefix, and its stack-dump lines, some of which run on without the prefix; the
// sqlite3 shell's, DuckDB's, clickhouse-client's and cqlsh's errors as a script leaves them on
// stderr; `cockroach debug merge-logs` with its `${host}> ` prefix; Vitess 22's vtgate query log
// in its tab-separated text form; ProxySQL 3's query events in JSON; MySQL 8.4's crash report
// from the signal handler; MariaDB 11's deadlock dump with innodb_print_all_deadlocks; Percona
// Toolkit's pt-kill and pt-deadlock-logger printouts; PostgreSQL 17 with a log_line_prefix that
// writes the query identifier (%Q); etcdctl 3.6's client warnings and errors; MongoDB's agent
// (Ops Manager 8's automation-agent-verbose.log) and its Kubernetes launcher's `logType`/
// `contents` envelope around the agent's and mongod's lines.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`db2audit`, `audit event=`, `CONTEXT;`, `db2diag -`, `db2pd`, `ADM1`, `ACTION :[`, `Audit
// file`, `USERHOST`, `Node name:`, `*** 20`, `SESSION ID:`, `PDB$SEED`, `PDB1(3):`, `Data Guard`,
// `DGMGRL`, `drc`, `ORA-00600`, `ORA-00942`, `ERROR at line`, `error-help`, `deadlock-list`, `BEGIN
// STACK DUMP`, `Stack Dump being sent`, `Severity: `, `Microsoft SQL Server 2022`, `sqlagent`,
// `sqlite3`, `Parse error near`, `Runtime error near`, `error here`, `duckdb`, `Catalog Error`,
// `Received exception from server`, `Code: 60`, `BaseDaemon`, `cqlsh`, `Error from server`,
// `<stdin>:`, `nodetool`, `scylla`, `shard 0`, `cockroach`, `I261129`, `merge-logs`, `vitess`,
// `vttablet`, `vtgate`, `querylog`, `proxysql`, `eventslog`, `COM_QUERY`, `starttime_timestamp_us`,
// `got signal 11`, `mysqld got signal`, `UTC - mysqld`, `Transactions deadlock detected`, `waits
// for ShareLock`, `pt-kill`, `KILL 8`, `pt-deadlock`, `pt-`, `%Q`, `query_id`, `connection ready`,
// `%m %d %u`, `etcdctl`, `retrying of unary invoker`, `mongod`, `mongosh`, `getLog`,
// `iso8601-local`, `automation`, `automation-agent`, `cm/director`, `[.info]`, `header.info`,
// `GitCommitId`, `AutomationVersion`, `mongodb-agent`, `logType`, `neo4j`, `QueryLogJsonLayout`,
// `"event":"success"`, `influxdb3`, `maxscale`, `redis-check`, `SLOWLOG`, `valkey-cli`, `tiup`,
// `tidb`, `Elasticsearch 9`, `bootstrap checks failed`, `firebird`, `couchdb`, `couchbase`,
// `arango`, `aerospike`, `vertica`, `rethink`, `questdb`, `memgraph`, `dragonfly`, `singlestore`,
// `hana`, `odyssey`, `wal-g`, `barman`, `foundationdb`, `derby`, `surreal`, `yugabyte`, `milvus`,
// `greenplum`, `gpstart`, `timescale`, `pgdog`, `supavisor`, `Log line format`). Db2's db2diag
// (fresh2, and the rules' own lines), its notification, DAS and STMM logs (fresh52, fresh85) are
// measured; its audit extract is in no table. Oracle's alert logs (11g to 23ai's compose tail in
// fresh168), log.xml, the listener and SQL*Net logs are measured; the adump `.aud` file and the
// session trace's `***` stamps in none (`SESSION ID:` matched only OpenSMTPD in fresh64, `Node
// name:` other products' banners). SQL Server's ERRORLOG (fresh115, fresh134, fresh167 and others),
// SQLAGENT.OUT and the Linux container and journal are measured; trace flag 1222's graph and the
// dump lines without the prefix are in none. sqlite3 appears in other products' lines and Android's
// SQLiteLog, never the shell's error report; DuckDB, clickhouse-client's exception and cqlsh's `-f`
// errors are in no table (ClickHouse's server logs and cqlsh's COPY FROM console, fresh122, are).
// CockroachDB's crdb-v1/v2, JSON, health and audit logs are measured, merge-logs' prefix is not;
// Vitess is measured only by vttablet's glog (fresh18, fresh160, fresh168); ProxySQL's error log,
// journal, audit JSON and the eventslog reader's text (fresh85) are measured, its JSON events are
// not. MySQL 8.4's deadlock dump (fresh168) and MariaDB 11's crash under compose (fresh168, whose
// `got signal 11` is MariaDB's) are measured; MySQL 8's own `UTC - mysqld got signal` block and
// MariaDB's deadlock dump with its empty `[Note] InnoDB: ` line are in none. Percona Toolkit is in
// fresh52 (pt-online-schema-change) only. PostgreSQL has dozens of prefixes, none with %Q; etcd's
// server zap JSON, capnslog and journal are measured, etcdctl's own output is not; MongoDB's server
// logs are in many tables, its agent and the launcher's envelope in none. Left out as measured
// already: Redis and Valkey (many tables, Valkey 8.1's four formats included), the MariaDB audit
// plugin, MySQL's JSON and syseventlog sinks, PostgreSQL's jsonlog and csvlog, MongoDB's JSON log
// in every form, Cassandra's and ScyllaDB's logs, TiDB and TiKV's unified format, ClickHouse's
// server and keeper logs, Elasticsearch's and OpenSearch's JSON, plaintext, slow and audit logs
// (and ES's bootstrap checks, fresh163), Neo4j 5's debug, query and security logs, InfluxDB 3 Core,
// pgBouncer, Patroni, MaxScale (fresh5, fresh182), Greenplum's gpAdminLogs (fresh9), SAP HANA's
// traces. Left out for want of a page showing the real lines: Neo4j 5's JSON query log layout, the
// Data Guard broker's drc log, pgDog; and where a record's boundaries would be a judgement, not a
// reading: sqlplus 23ai's error block with its `Help:` line (the echoed statement and its `*` above
// `ERROR at line 1:`), Db2 CLP's `-tvf` output, `redis-cli SLOWLOG GET`.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC); a zone-less time read as UTC (Db2's dotted timestamp, ERRORLOG's
// hundredths, MariaDB's unpadded hour, vtgate's and ProxySQL's times, pt-kill's and
// pt-deadlock-logger's ISO times without a zone); an offset converted (Oracle's +01:00, etcdctl's
// +0100); an epoch float read to its written digits (etcdctl's `ts`). Where a query log names its
// query's start and its end on one line (vtgate's Start and End, ProxySQL's starttime and
// endtime), either is accepted ("a|b"): both are the record's own, neither a neighbour's. A time of
// day or a date inside a message (SQL's date literals, `lasttranstarted=`, the agent's repeated
// clock after its caller, a cluster config's generation time) is not the record's; a client's
// output with no time of its own has none. Levels only where the line marks one: MySQL's
// `[System]`/`[Note]` (Notice) and `[Warning]`; PostgreSQL's LOG (Info), ERROR, FATAL (Critical);
// crdb's I/W/E letter; zap's and mongod's level fields; the agent's `[.info]`, `[.warn]`,
// `[.error]` and `[header.info]`; `Error:` at the head of etcdctl's lines; and the label a CLI
// writes at the head of its error where others write `Error:` (the sqlite3 shell's `Parse error`
// and `Runtime error`, DuckDB's `Catalog Error:`, `Binder Error:`, `Parser Error:`, `IO Error:`),
// a judgement decided before the run. None from ERRORLOG, which writes no level (its `priority=0`
// is a TF1222 attribute), the audit trails' status codes (Db2's `event status=-551`, Oracle's
// `STATUS:[4] '1017'`), ProxySQL's `errno`/`error`, the crash handler's block, Percona Toolkit's
// printouts, clickhouse-client's `Received exception from server` or cqlsh's
// `<file>:<line>:<Exception>:` (a sentence and an exception class, no label). The host is the
// record's host field: merge-logs' `${host}> ` prefix and pt-deadlock-logger's `server` column;
// never a banner's `Node name:`, Oracle's USERHOST or CLIENT ADDRESS, TF1222's `hostname=`,
// pt-deadlock-logger's `hostname` column, a client's or a backend's address, the agent's `ah=` or
// `localhost =`, a member or an endpoint named in a message. A record that spans lines is one
// entry: a Db2 audit record's field lines, an Oracle audit record with its statement, a trace
// stamp's dump lines, ERRORLOG lines a message continues without the prefix, a CLI error's
// statement, caret, suggestion and `(query: …)` lines, crdb-v2's `+` continuation lines behind a
// prefixed first line, MySQL's crash block to its manual-page lines, MariaDB's untimed dump lines
// after each `[Note] InnoDB:` line, pt-kill's multi-line query; every line that carries its own
// stamp is a record of its own (each TF1222 line, each `***` line of a trace).
//
// The shapes come from the documentation, sources and issue threads each case names, found with
// the search tool (corpora "docs", "issues", "pages", "code"); hosts, ids, addresses, users and
// queries are invented, and every time is in late November 2026. The expectations were decided
// from the format before the table was first run, and none was changed after it; a family trawl
// still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 0c21cd8 before any rule for it: level 74.6 %, time 81.7 %, host 86.7 %, records 85.7 %.
// That is the macro figure, in the working tree (git status showed no file modified but this one
// and table_test.go's list), 10 of 20 families fully right (96 records; micro level 72.9 %, time
// 81.2 %, host 86.5 %, records 86.5 %); TestTablesWellFormed and TestRepeatedLinesReadAlike
// rejected no family. Right from the start: Db2's audit extract, Oracle's adump file (its offset
// converted, the statement kept with its record), ERRORLOG's dump lines with their unprefixed
// continuations, cqlsh's errors, vtgate's query log, MySQL's crash block, MariaDB's deadlock dump,
// pt-kill, PostgreSQL's %Q prefix and etcdctl's mixed output. What fails: a label and a
// parenthesised value before a trace's ISO time joins the `***` lines to the first stamp; a
// `priority=0` attribute is read as a syslog severity; the CLIs' error labels (`Parse error`,
// `Catalog Error:`) are not read as levels and DuckDB's and clickhouse-client's error blocks are
// cut at their second line; merge-logs' host prefix hides the whole crdb line; ProxySQL's JSON
// times, pt-deadlock-logger's server column and the agent's `[.info]`-style markers are not read;
// nothing inside the MCK envelope's `contents` string is. No expectation was changed after the
// first run.
//
// go test ./parse -run Fresh186 -v

var fresh186Cases = []worldCase{
	// Db2 and Oracle: an audit trail and a trace file, each record opened by its own stamp.
	{
		name:   "db2-audit-extract-report",
		source: "Db2 12.1's `db2audit extract file <name>` report (each field of a record on a line of its own as `name=value;`, the record opened by `timestamp=yyyy-mm-dd-hh.mm.ss.uuuuuu;`, fields without a value left out): ibm.com/docs/en/db2/12.1.x 'Audit record layout for VALIDATE events', and the DB2 10.5/11.1 knowledge-center pages 'Audit record layout for AUDIT events', 'for CHECKING events' and 'for CONTEXT events'",
		why:    "Db2's dotted timestamp (a dash between the date and the clock, dots in the clock) opens each record and every field line under it belongs to it; `event status=-551` is an SQLCODE, no level; the client's address in the application id is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204511Z", Unknown, "",
				"timestamp=2026-11-29-07.41.16.204511;",
				"category=VALIDATE;",
				"audit event=AUTHENTICATION;",
				"event correlator=1;",
				"event status=0;",
				"userid=appsvc;",
				"authid=APPSVC;",
				"execution id=db2inst1;",
				"application id=10.0.3.14.51822.261129074116;",
				"application name=db2jcc_application;",
				"auth type=SERVER_ENCRYPT;",
				"plugin name=IBMOSauthserver;"),
			we("2026-11-29T07:41:16.311802Z", Unknown, "",
				"timestamp=2026-11-29-07.41.16.311802;",
				"category=CONTEXT;",
				"audit event=CONNECT;",
				"event correlator=2;",
				"database=SHOPDB;",
				"userid=appsvc;",
				"authid=APPSVC;",
				"application id=10.0.3.14.51822.261129074116;",
				"application name=db2jcc_application;"),
			we("2026-11-29T07:41:18.902277Z", Unknown, "",
				"timestamp=2026-11-29-07.41.18.902277;",
				"category=CHECKING;",
				"audit event=CHECKING_OBJECT;",
				"event correlator=4;",
				"event status=-551;",
				"database=SHOPDB;",
				"userid=appsvc;",
				"authid=APPSVC;",
				"application id=10.0.3.14.51822.261129074116;",
				"application name=db2jcc_application;",
				"package schema=NULLID;",
				"package name=SYSSH200;",
				"package section=4;",
				"object schema=PAYROLL;",
				"object name=SALARIES;",
				"object type=TABLE;",
				"access attempted=SELECT;"),
			we("2026-11-29T07:41:19.004113Z", Unknown, "",
				"timestamp=2026-11-29-07.41.19.004113;",
				"category=CONTEXT;",
				"audit event=EXECUTE_IMMEDIATE;",
				"event correlator=5;",
				"database=SHOPDB;",
				"userid=appsvc;",
				"authid=APPSVC;",
				"application id=10.0.3.14.51822.261129074116;",
				"application name=db2jcc_application;",
				"package schema=NULLID;",
				"package name=SYSSH200;",
				"package section=203;",
				"text=delete from shop.cart where created < current date - 30 days;"),
			we("2026-11-29T07:41:22.01553Z", Unknown, "",
				"timestamp=2026-11-29-07.41.22.015530;",
				"category=AUDIT;",
				"audit event=ARCHIVE;",
				"event correlator=0;",
				"event status=0;",
				"userid=db2inst1;",
				"authid=DB2INST1;",
				"application id=*LOCAL_APPLICATION;",
				"application name=db2audit;"),
		},
	},
	{
		name:   "oracle-adump-os-audit-file",
		source: "an Oracle Database 19c OS audit file in AUDIT_FILE_DEST (adump/<SID>_ora_<pid>_<stamp>.aud, written for SYSDBA connections and SYS operations whatever AUDIT_TRAIL says): the file's banner (`Audit file …`, the release, `Node name:`, `Instance name:`, `Unix process pid:`), then per record a `Ddd Mmm dd HH:mm:ss yyyy ±hh:mm` line and `NAME:[len] 'value'` lines, an ACTION whose statement spans lines: Google's ops-agent Oracle receiver (regex and sample in its confgenerator), Sumo Logic's Oracle 'Sys Audit Log' queries, a Logstash multiline recipe for adump files, OceanBase's ObSecurityAuditData comment quoting a 12.2 file",
		why:    "the day-name date with its offset opens a record (+01:00 converted); the statement's own lines and every `NAME:[n]` line belong to it; `Node name:` in the banner, USERHOST (the client's machine) and the CLIENT ADDRESS descriptor are no host; STATUS 1017 is a return code, no level",
		entries: []worldEntry{
			wskip("Audit file /u01/app/oracle/admin/FINPRD/adump/FINPRD_ora_48211_20261129084116204511830421.aud",
				"Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production",
				"Version 19.29.0.0.0",
				"Build label:    RDBMS_19.29.0.0.0DBRU_LINUX.X64_251014",
				"ORACLE_HOME:    /u01/app/oracle/product/19.0.0/dbhome_1",
				"System name:    Linux",
				"Node name:      dbhost07",
				"Release:        5.15.0-310.184.5.2.el8uek.x86_64",
				"Version:        #2 SMP Wed Oct  8 11:02:17 PDT 2025",
				"Machine:        x86_64",
				"Instance name: FINPRD",
				"Redo thread mounted by this instance: 1",
				"Oracle process number: 58",
				"Unix process pid: 48211, image: oracle@dbhost07 (TNS V1-V3)",
				""),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"Sun Nov 29 08:41:16 2026 +01:00",
				"LENGTH : '276'",
				"ACTION :[7] 'CONNECT'",
				"DATABASE USER:[1] '/'",
				"PRIVILEGE :[6] 'SYSDBA'",
				"CLIENT USER:[6] 'oracle'",
				"CLIENT TERMINAL:[5] 'pts/3'",
				"STATUS:[1] '0'",
				"DBID:[10] '2840177319'",
				"SESSIONID:[10] '4294967295'",
				"USERHOST:[8] 'dbhost07'",
				"CLIENT ADDRESS:[0] ''",
				"ACTION NUMBER:[3] '100'",
				""),
			we("2026-11-29T07:41:19Z", Unknown, "",
				"Sun Nov 29 08:41:19 2026 +01:00",
				"LENGTH : '361'",
				"ACTION :[92] 'select username, account_status",
				"  from dba_users",
				" where account_status <> 'OPEN'",
				" order by 1'",
				"DATABASE USER:[1] '/'",
				"PRIVILEGE :[6] 'SYSDBA'",
				"CLIENT USER:[6] 'oracle'",
				"CLIENT TERMINAL:[5] 'pts/3'",
				"STATUS:[1] '0'",
				"DBID:[10] '2840177319'",
				"SESSIONID:[10] '4294967295'",
				"USERHOST:[8] 'dbhost07'",
				"CLIENT ADDRESS:[0] ''",
				"ACTION NUMBER:[1] '3'",
				""),
			we("2026-11-29T07:42:03Z", Unknown, "",
				"Sun Nov 29 08:42:03 2026 +01:00",
				"LENGTH : '347'",
				"ACTION :[7] 'CONNECT'",
				"DATABASE USER:[3] 'SYS'",
				"PRIVILEGE :[6] 'SYSDBA'",
				"CLIENT USER:[4] 'jdoe'",
				"CLIENT TERMINAL:[7] 'unknown'",
				"STATUS:[4] '1017'",
				"DBID:[10] '2840177319'",
				"SESSIONID:[10] '4294967295'",
				"USERHOST:[10] 'ws-fin-114'",
				"CLIENT ADDRESS:[54] '(ADDRESS=(PROTOCOL=tcp)(HOST=10.20.7.114)(PORT=53119))'",
				"ACTION NUMBER:[3] '100'",
				""),
		},
	},
	{
		name:   "oracle-session-trace-star-stamps",
		source: "an Oracle Database 23ai session trace file (diag/rdbms/<db>/<SID>/trace/<SID>_ora_<pid>.trc): its banner, then the session's `*** yyyy-MM-ddTHH:mm:ss.ffffff±hh:mm (PDB(con_id))` line and its `*** SESSION ID:(sid.serial) <time>`, `*** SERVICE NAME:(…) <time>`, `*** MODULE NAME:(…) <time>`, `*** CONTAINER ID:(n) <time>` lines, and below them the dump's untimed lines (here ORA-00060's `DEADLOCK DETECTED` report and its deadlock graph): a 19c trace quoted whole in a public sort-trace note (`*** 2021-07-16T18:39:23.044531+08:00 (PDB1(3))` …), a RAC gen0 trace quoted in a 2024 troubleshooting note, an ORA-04030 incident trace quoted in a Japanese article, an ADG trace quoted in a blog on ORA-16000",
		why:    "each `***` line carries its own time and is a record; the untimed dump lines under one (a blank line, the deadlock report with its own blank lines) belong to it; the offset +01:00 is converted; `Node name:` in the banner is no host; ORA-00060 is a message, no level",
		entries: []worldEntry{
			wskip("Trace file /u01/app/oracle/diag/rdbms/finprd/FINPRD/trace/FINPRD_ora_51207.trc",
				"Oracle Database 23ai Enterprise Edition Release 23.0.0.0.0 - Production",
				"Version 23.9.0.25.07",
				"Build label:    RDBMS_23.9.0.25.07DBRU_LINUX.X64_250705",
				"ORACLE_HOME:    /u01/app/oracle/product/23.0.0/dbhome_1",
				"System name:    Linux",
				"Node name:      dbhost07",
				"Release:        5.15.0-310.184.5.2.el8uek.x86_64",
				"Version:        #2 SMP Wed Oct  8 11:02:17 PDT 2025",
				"Machine:        x86_64",
				"Instance name: FINPRD",
				"Redo thread mounted by this instance: 1",
				"Oracle process number: 61",
				"Unix process pid: 51207, image: oracle@dbhost07",
				"",
				""),
			we("2026-11-29T07:41:16.044531Z", Unknown, "", "*** 2026-11-29T08:41:16.044531+01:00 (PDB1(3))"),
			we("2026-11-29T07:41:16.044553Z", Unknown, "", "*** SESSION ID:(412.18807) 2026-11-29T08:41:16.044553+01:00"),
			we("2026-11-29T07:41:16.04456Z", Unknown, "", "*** SERVICE NAME:(pdb1.example.internal) 2026-11-29T08:41:16.044560+01:00"),
			we("2026-11-29T07:41:16.044563Z", Unknown, "", "*** MODULE NAME:(JDBC Thin Client) 2026-11-29T08:41:16.044563+01:00"),
			we("2026-11-29T07:41:16.044572Z", Unknown, "",
				"*** CONTAINER ID:(3) 2026-11-29T08:41:16.044572+01:00",
				" ",
				"DEADLOCK DETECTED ( ORA-00060 )",
				"See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors",
				"",
				"[Transaction Deadlock]",
				"",
				"Deadlock graph:",
				"                                          ------------Blocker(s)-----------  ------------Waiter(s)------------",
				"Resource Name                             process session holds waits serial  process session holds waits serial",
				"TX-000A0013-00001F2C-00000000-00000000         61     412     X        18807      58     377           X  40211",
				"TX-00090002-00001D55-00000000-00000000         58     377     X        40211      61     412           X  18807",
				""),
			we("2026-11-29T07:41:47.902113Z", Unknown, "",
				"*** 2026-11-29T08:41:47.902113+01:00 (PDB1(3))",
				"DEADLOCK DETECTED ( ORA-00060 )",
				"See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors",
				"",
				"[Transaction Deadlock]"),
		},
	},

	// SQL Server 2022 on Linux: the ERRORLOG's own prefix on every line, and where it is missing.
	{
		name:   "sqlserver2022-errorlog-deadlock-tf1222",
		source: "SQL Server 2022 on Linux, /var/opt/mssql/log/errorlog with trace flag 1222 on (`DBCC TRACEON (1222, -1)` or `mssql-conf traceflag 1222 on`): the deadlock graph written line by line under the `yyyy-MM-dd HH:mm:ss.ff spidNs` prefix, its nesting shown by the blanks after the column (`deadlock-list`, ` deadlock victim=`, `  process-list`, `   process id=… hostname=… loginname=…`, the statement at the column's own indent): stevestedman.com 'Deadlock and Trace Flags 1204 and 1222', a public sp_readerrorlog deadlock-gathering script matching `deadlock-list` and `  resource-list`, a public parser test quoting a TF1222 block",
		why:    "every line carries the prefix and is a record of its own, however deep its indent; the time's two decimals are hundredths; `hostname=app-node-3` and `clientapp=` in the process line name the client, no host; spid23s is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.24Z", Unknown, "", "2026-11-29 07:41:16.24 spid23s     deadlock-list"),
			we("2026-11-29T07:41:16.24Z", Unknown, "", "2026-11-29 07:41:16.24 spid23s      deadlock victim=process1f8a2c4e4e8"),
			we("2026-11-29T07:41:16.24Z", Unknown, "", "2026-11-29 07:41:16.24 spid23s       process-list"),
			we("2026-11-29T07:41:16.24Z", Unknown, "", "2026-11-29 07:41:16.24 spid23s        process id=process1f8a2c4e4e8 taskpriority=0 logused=312 waitresource=KEY: 7:72057594045399040 (8194443284a0) waittime=4113 ownerId=88211 transactionname=user_transaction lasttranstarted=2026-11-29T07:41:12.117 XDES=0x1f8b7e50428 lockMode=U schedulerid=2 kpid=41 status=suspended spid=61 sbid=0 ecid=0 priority=0 trancount=2 lastbatchstarted=2026-11-29T07:41:12.117 lastbatchcompleted=2026-11-29T07:41:12.113 clientapp=shop-api hostname=app-node-3 hostpid=0 loginname=shop_app isolationlevel=read committed (2) xactid=88211 currentdb=7 currentdbname=shop lockTimeout=4294967295"),
			we("2026-11-29T07:41:16.24Z", Unknown, "", "2026-11-29 07:41:16.24 spid23s     UPDATE dbo.stock SET qty = qty - @n WHERE sku = @sku"),
			we("2026-11-29T07:41:16.24Z", Unknown, "", "2026-11-29 07:41:16.24 spid23s       resource-list"),
		},
	},
	{
		name:   "sqlserver2022-errorlog-stack-dump-lines",
		source: "SQL Server 2022 on Linux, /var/opt/mssql/log/errorlog when a worker dies: `Using 'dbghelp.dll' version`, `***Stack Dump being sent to /var/opt/mssql/log/SQLDump0004.txt`, `SqlDumpExceptionHandler: Process 87 generated fatal exception c0000005 EXCEPTION_ACCESS_VIOLATION`, the `* BEGIN STACK DUMP:` banner, `Unable to create stack dump file due to stack shortage (Location: …` whose Expression, SPID and Process ID follow on lines without the prefix, and `External dump process return code 0x20000001.` with `External dump process returned no errors.` under it: learn.microsoft.com troubleshooting articles on DBCC CHECKDB errors and on XEvent-caused access violations (the ERRORLOG excerpts), the SQL Server CU fix list quoting a dump, a public ERRORLOG dump summariser",
		why:    "each prefixed line is a record; the lines a message carries on without the prefix (the stack-shortage Location's Expression, SPID and Process ID; the dump process's second line) belong to the prefixed line above; no level is written; spid87 and spid90 are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:18.51Z", Unknown, "", "2026-11-29 07:41:18.51 spid87      Using 'dbghelp.dll' version '4.0.5'"),
			we("2026-11-29T07:41:18.51Z", Unknown, "", "2026-11-29 07:41:18.51 spid87      ***Stack Dump being sent to /var/opt/mssql/log/SQLDump0004.txt"),
			we("2026-11-29T07:41:18.51Z", Unknown, "", "2026-11-29 07:41:18.51 spid87      SqlDumpExceptionHandler: Process 87 generated fatal exception c0000005 EXCEPTION_ACCESS_VIOLATION. SQL Server is terminating this process."),
			we("2026-11-29T07:41:18.51Z", Unknown, "", "2026-11-29 07:41:18.51 spid87      * BEGIN STACK DUMP:"),
			we("2026-11-29T07:41:18.53Z", Unknown, "",
				"2026-11-29 07:41:18.53 spid90      Unable to create stack dump file due to stack shortage (Location:     sosmemobj.cpp:2741",
				"Expression: pvb->m_cRef == 0",
				"SPID:       90",
				"Process ID: 4711)"),
			we("2026-11-29T07:41:18.6Z", Unknown, "",
				"2026-11-29 07:41:18.60 spid87      External dump process return code 0x20000001.",
				"External dump process returned no errors."),
		},
	},

	// Command-line clients' errors as a script's stderr keeps them: no time, a block a record.
	{
		name:   "sqlite3-cli-script-errors",
		gap:    "the sqlite3 shell's `Parse error near line N:` and `Runtime error near line N:` labels are not read as Error (unknown on all five); the records themselves come out right",
		source: "the sqlite3 shell 3.50 reading a script (`sqlite3 shop.db < migrate.sql 2>> migrate.err`): `Parse error near line N: …` with the statement and its `^--- error here` caret (or `error here ---^` when the statement is cut on the left), `Runtime error near line N: … (code)`: panoc/pihole-latency-stats issue #1 (3.50.2's `Parse error near line 24: no such column … should this be a string literal in single-quotes?`), thenewwazoo/bash-history-sqlite issue #3 (`error here ---^`), varnav/BaseStation.sqb issue #3, tursodatabase/turso issue #865 (sqlite3's `^--- error here`)",
		why:    "no time: the date inside the SQL is no time of the record; the shell's `Parse error`/`Runtime error` label at the head of the line, where a CLI writes `Error:`, is the record's level; the statement and caret lines under it belong to it",
		entries: []worldEntry{
			we("", Error, "",
				"Parse error near line 4: no such table: orderz",
				"  SELECT count(*) FROM orderz WHERE placed_at >= '2026-11-28';",
				"                       ^--- error here"),
			we("", Error, "", "Runtime error near line 9: UNIQUE constraint failed: customers.email (19)"),
			we("", Error, "",
				`Parse error near line 12: near "FORM": syntax error`,
				"  SELECT id, email FORM customers LIMIT 5;",
				"                   ^--- error here"),
			we("", Error, "", "Runtime error near line 15: database is locked (5)"),
			we("", Error, "",
				`Parse error near line 21: no such column: "paid" - should this be a string literal in single-quotes?`,
				`  tus, total) VALUES (4411, 'cust-0193', "paid", 129.90) ON CONFLICT(id) DO UPD`,
				"                           error here ---^"),
		},
	},
	{
		name:   "duckdb-cli-script-errors",
		gap:    "`Catalog Error:`, `Binder Error:` and `Parser Error:` are not read as Error (`IO Error:` is), and the error is cut in three: the suggestion line (`Did you mean \"orders\"?`, `Candidate bindings: …`) with the blank line after it starts an entry, and `LINE 1: …` with its caret another",
		source: "the DuckDB 1.x CLI running a script (`duckdb warehouse.duckdb -f nightly.sql`): `<Kind> Error: …` with its suggestion line (`Did you mean \"orders\"?`, `Candidate bindings: …`), a blank line, `LINE n: <statement>` and the caret; errors without a position on one line: duckdb/duckdb issues #13604 and #10506, PR #999 (the LINE/caret rendering), duckdb/duckdb-web PR #6888 (a 2026 Catalog Error with the blank line before LINE), cwida/duckpgq-extension issue #95",
		why:    "no time (dates in the SQL and in a file pattern are not the record's); `Catalog Error:`, `Binder Error:`, `Parser Error:`, `IO Error:` at the head of the line are the CLI's error label, the record's level; the suggestion, the blank line, LINE and the caret belong to the error",
		entries: []worldEntry{
			we("", Error, "",
				"Catalog Error: Table with name orderz does not exist!",
				`Did you mean "orders"?`,
				"",
				"LINE 1: SELECT count(*) FROM orderz WHERE placed_at >= DATE '2026-11-28';",
				"                             ^"),
			we("", Error, "",
				`Binder Error: Referenced column "amout" not found in FROM clause!`,
				`Candidate bindings: "amount", "account_id"`,
				"",
				"LINE 1: SELECT sum(amout) FROM payments;",
				"                   ^"),
			we("", Error, "", `IO Error: No files found that match the pattern "exports/2026-11-29/*.parquet"`),
			we("", Error, "",
				`Parser Error: syntax error at or near "FORM"`,
				"",
				"LINE 1: SELECT id FORM customers;",
				"                  ^"),
		},
	},
	{
		name:   "clickhouse25-client-script-errors",
		gap:    "the server exception's three lines are three entries: `Received exception from server (version 25.3.2):`, the `Code: 60. DB::Exception: Received from localhost:9000. …` line and the `(query: …)` line each stand alone",
		source: "clickhouse-client 25.x running a file (`clickhouse-client --queries-file nightly.sql`): the server's exception as `Received exception from server (version 25.3.2):`, `Code: N. DB::Exception: Received from host:port. DB::Exception: … (NAME)` and the client's `(query: …)` line; a client-side `Code: 210. DB::NetException: Connection refused (host:port). (NETWORK_ERROR)` on one line: ClickHouse/ClickHouse issue #31498 (the client's rendering with the server version) and PR #1439, issue #14833 (`Received from localhost:9000`)",
		why:    "no time (the date in the query is not the record's); the client writes no level, and `exception`, `Code:` and `(UNKNOWN_TABLE)` are words; the server named after `Received from` is a peer, no host; the three lines of a server exception are one record",
		entries: []worldEntry{
			we("", Unknown, "",
				"Received exception from server (version 25.3.2):",
				"Code: 60. DB::Exception: Received from localhost:9000. DB::Exception: Unknown table expression identifier 'shop.orderz' in scope SELECT count() FROM shop.orderz WHERE placed_at >= '2026-11-28'. (UNKNOWN_TABLE)",
				"(query: SELECT count() FROM shop.orderz WHERE placed_at >= '2026-11-28')"),
			we("", Unknown, "",
				"Received exception from server (version 25.3.2):",
				"Code: 241. DB::Exception: Received from ch-02.example.internal:9440. DB::Exception: Memory limit (for query) exceeded: would use 9.31 GiB (attempt to allocate chunk of 4194304 bytes), maximum: 9.31 GiB.: While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED)",
				"(query: SELECT customer_id, uniqExact(sku) FROM shop.order_items GROUP BY customer_id)"),
			we("", Unknown, "", "Code: 210. DB::NetException: Connection refused (ch-03.example.internal:9440). (NETWORK_ERROR)"),
		},
	},
	{
		name:   "cassandra5-cqlsh-file-errors",
		source: "cqlsh 6.2 of Cassandra 5.0 running a file (`cqlsh 10.0.5.21 -f migrate.cql`): each error written by printerr as `<file>:<line>:<Exception>: <message>` (`InvalidRequest: Error from server: code=2200 [Invalid query] message=\"…\"`, `SyntaxException: line 1:19 no viable alternative at input …`, `WriteTimeout: Error from server: code=1100 … info={…}`, `AlreadyExists: Table 'ks.t' already exists`): apache/cassandra pylib/cqlshlib cqlsh.py (`printerr`: `'%s:%d:%s' % (self.stdin.name, self.lineno, text)`), yugabyte/yugabyte-db issue #750, apache/cassandra PR #467 (CASSANDRA-15623)",
		why:    "the script's name and line number open each line, no time and no host; the driver's exception class and `Error from server` are words, no level; the consistency and replica counts are no time",
		entries: []worldEntry{
			we("", Unknown, "", `migrate.cql:4:InvalidRequest: Error from server: code=2200 [Invalid query] message="unconfigured table orderz"`),
			we("", Unknown, "", "migrate.cql:9:SyntaxException: line 1:19 no viable alternative at input 'FORM' (SELECT id, email [FORM]...)"),
			we("", Unknown, "", `migrate.cql:14:InvalidRequest: Error from server: code=2200 [Invalid query] message="Cannot execute this query as it might involve data filtering and thus may have unpredictable performance. If you want to execute this query despite the performance unpredictability, use ALLOW FILTERING"`),
			we("", Unknown, "", `migrate.cql:21:WriteTimeout: Error from server: code=1100 [Coordinator node timed out waiting for replica nodes' responses] message="Operation timed out - received only 1 responses." info={'consistency': 'QUORUM', 'required_responses': 2, 'received_responses': 1, 'write_type': 'SIMPLE'}`),
			we("", Unknown, "", "migrate.cql:30:AlreadyExists: Table 'shop.orders' already exists"),
		},
	},

	// Distributed SQL and proxies: a merged log with a host prefix, two query logs.
	{
		name:   "cockroach-debug-merge-logs-host-prefix",
		gap:    "the crdb-v2 continuation lines without the node prefix (`I261129 07:41:17.400515 437 gossip/gossip.go:578  [n1]  +gossip client …`, their `+` after the tags) are records of their own instead of the `crdb-node1> … gossip status` entry's lines",
		source: "`cockroach debug merge-logs --format crdb-v2 debug/nodes/*/logs/*` over a debug zip (CockroachDB 25.x): each entry's first line prefixed by the default `--prefix '${host}> '` expanded from the log file's name, the entry's continuation lines (crdb-v2's `+` lines with their own header) without it: cockroachdb/cockroach pkg/cli/debug.go (the prefix flag and its default), pkg/cli/testdata/merge_logs_v2/results/1.filter-message (`test-0001> I181130 …` then the unprefixed `+gossip client …` lines) and 1.all; cockroachlabs.com/docs 'cockroach debug merge-logs'",
		why:    "the node's host name before `> ` is the host of the whole entry; the crdb-v2 continuation lines without the prefix belong to the entry above; I/W/E are Info, Warn, Error; the yyMMdd date is in UTC; the client's address in the tags and a peer's host:port in the message are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402113Z", Info, "crdb-node1", "crdb-node1> I261129 07:41:16.402113 412 server/status/runtime_log.go:47  [n1]   runtime stats: 2.1 GiB RSS, 812 goroutines (stacks: 14 MiB), 611 MiB/988 MiB Go alloc/total, 401 MiB CGO alloc/total, 3104.2 CGO/sec, 41.2/8.0 %(u/s)time, 0.0 %gc (0x), 12 MiB/9.4 MiB (r/w)net"),
			we("2026-11-29T07:41:16.950224Z", Warn, "crdb-node2", "crdb-node2> W261129 07:41:16.950224 1893 kv/kvserver/replica_range_lease.go:1442  [n2,s2,r118/2:/Table/112/1/{41…-52…}]   have been waiting 1m0s attempting to acquire lease (1 attempts)"),
			we("2026-11-29T07:41:17.400515Z", Info, "crdb-node1",
				"crdb-node1> I261129 07:41:17.400515 437 gossip/gossip.go:578  [n1]   gossip status (ok, 3 nodes)",
				"I261129 07:41:17.400515 437 gossip/gossip.go:578  [n1]  +gossip client (1/3 cur/max conns)",
				"I261129 07:41:17.400515 437 gossip/gossip.go:578  [n1]  +  2: crdb-node2:26257 (12m0s)",
				"I261129 07:41:17.400515 437 gossip/gossip.go:578  [n1]  +gossip server (1/3 cur/max conns, infos 2211/1904 sent/received, bytes 811209B/640331B sent/received)"),
			we("2026-11-29T07:41:18.113027Z", Error, "crdb-node3", "crdb-node3> E261129 07:41:18.113027 88231 sql/pgwire/conn.go:1204  [n3,client=10.0.3.14:51822,user=app]   error while reading from client: read tcp 10.0.5.13:26257->10.0.3.14:51822: read: connection reset by peer"),
			we("2026-11-29T07:41:19.500331Z", Warn, "crdb-node3", "crdb-node3> W261129 07:41:19.500331 512 kv/kvserver/store_raft.go:710  [n3,s3,r201/3:/Table/115/1/{88…-91…}]   slow non-blocking raft commit: commit-wait 1.204s sem 0s"),
		},
	},
	{
		name:   "vitess-vtgate-querylog-text",
		source: "Vitess 22 vtgate with `--log_queries_to_file /var/log/vtgate/querylog.txt` (the text format, one tab-separated line a query: Method, RemoteAddr, Username, 'ImmediateCaller', 'EffectiveCaller', Start, End, TotalTime, PlanTime, ExecuteTime, CommitTime, StmtType, \"SQL\", BindVars, ShardQueries, RowsAffected, \"Error\", \"TabletType\", \"SessionUUID\", CachedPlan, [TablesUsed], \"ActiveKeyspace\" and the mirror fields): vitessio/vitess go/vt/vtgate/logstats/logstats_test.go (TestLogStatsFormat's expected text lines) and logstats.go; pkg.go.dev vitess.io/vitess/go/vt/vtgate/logstats",
		why:    "the line names the query's start and its end, both its own: either is accepted; the zone-less times are UTC; the client's address is no host; a query's error text is no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402113Z|2026-11-29T07:41:16.404871Z", Unknown, "", "Execute\t10.0.3.14:51822\tapp\t''\t''\t2026-11-29 07:41:16.402113\t2026-11-29 07:41:16.404871\t0.002758\t0.000211\t0.002390\t0.000000\tSELECT\t\"select id, status from orders where customer_id = :vtg1 /* INT64 */\"\t{\"vtg1\": {\"type\": \"INT64\", \"value\": 4411}}\t1\t0\t\"\"\t\"PRIMARY\"\t\"3f1c2a7e-9b3d-11ef-8e2f-0b6d41207ab1\"\ttrue\t[\"commerce.orders\"]\t\"commerce\"\t0.000000\t0.000000\t\"\""),
			we("2026-11-29T07:41:16.911204Z|2026-11-29T07:41:16.930518Z", Unknown, "", "Execute\t10.0.3.14:51822\tapp\t''\t''\t2026-11-29 07:41:16.911204\t2026-11-29 07:41:16.930518\t0.019314\t0.000402\t0.011906\t0.006820\tINSERT\t\"insert into orders(customer_id, total) values (:vtg1 /* INT64 */, :vtg2 /* DECIMAL(5,2) */)\"\t{\"vtg1\": {\"type\": \"INT64\", \"value\": 4411}, \"vtg2\": {\"type\": \"DECIMAL\", \"value\": \"129.90\"}}\t2\t1\t\"\"\t\"PRIMARY\"\t\"3f1c2a7e-9b3d-11ef-8e2f-0b6d41207ab1\"\ttrue\t[\"commerce.orders\",\"commerce.orders_seq\"]\t\"commerce\"\t0.000000\t0.000000\t\"\""),
			we("2026-11-29T07:41:17.0021Z|2026-11-29T07:41:47.002944Z", Unknown, "", "StreamExecute\t10.0.3.29:40118\treport\t''\t''\t2026-11-29 07:41:17.002100\t2026-11-29 07:41:47.002944\t30.000844\t0.000318\t30.000190\t0.000000\tSELECT\t\"select customer_id, sum(total) from orders group by customer_id\"\t{}\t2\t0\t\"target: commerce.-80.replica: vttablet: rpc error: code = DeadlineExceeded desc = context deadline exceeded\"\t\"REPLICA\"\t\"7a41b6c0-9b3d-11ef-a1e2-7f9b0c4d3e21\"\tfalse\t[\"commerce.orders\"]\t\"commerce\"\t0.000000\t0.000000\t\"\""),
		},
	},
	{
		name:   "proxysql3-eventslog-json",
		source: "ProxySQL 3.0's query events log with `mysql-eventslog_format=2` (one JSON object a line, keys in alphabetical order: client, client_stmt_id, digest, duration_us, endtime, endtime_timestamp_us, errno, error, event, hostgroup_id, parameters, query, rows_affected, rows_sent, schemaname, server, starttime, starttime_timestamp_us, thread_id, username): proxysql.com documentation 'Query Logging' (JSON format logging example), a 2024 Korean ProxySQL note and a Kubernetes tutorial quoting events lines with `errno`, the ProxySQL source comment listing the JSON keys, a design note on COM_STMT_EXECUTE parameters",
		why:    "the object names the query's end first and its start later, each with an epoch twin: either time is accepted; `errno`/`error` describe the query's outcome, no level; client and server are the two peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.402113Z|2026-11-29T07:41:16.404871Z", Unknown, "", `{"client":"10.0.3.14:51822","digest":"0x4F33AE77FCE89DDF","duration_us":2758,"endtime":"2026-11-29 07:41:16.404871","endtime_timestamp_us":1795938076404871,"errno":0,"event":"COM_QUERY","hostgroup_id":20,"query":"SELECT id, status FROM orders WHERE customer_id = 4411","rows_affected":0,"rows_sent":3,"schemaname":"shop","server":"10.0.5.22:3306","starttime":"2026-11-29 07:41:16.402113","starttime_timestamp_us":1795938076402113,"thread_id":12,"username":"app"}`),
			we("2026-11-29T07:41:16.911204Z|2026-11-29T07:41:16.918112Z", Unknown, "", `{"client":"10.0.3.14:51822","client_stmt_id":7,"digest":"0x1C46AE529DD5A40E","duration_us":6908,"endtime":"2026-11-29 07:41:16.918112","endtime_timestamp_us":1795938076918112,"errno":0,"event":"COM_STMT_EXECUTE","hostgroup_id":10,"parameters":[{"type":"LONGLONG","value":"4411"},{"type":"NEWDECIMAL","value":"129.90"}],"query":"INSERT INTO orders (customer_id, total) VALUES (?, ?)","rows_affected":1,"rows_sent":0,"schemaname":"shop","server":"10.0.5.21:3306","starttime":"2026-11-29 07:41:16.911204","starttime_timestamp_us":1795938076911204,"thread_id":12,"username":"app"}`),
			we("2026-11-29T07:41:17.2Z|2026-11-29T07:41:21.203377Z", Unknown, "", `{"client":"10.0.3.17:40922","digest":"0x9B2E4C1A7F3D5B60","duration_us":4003377,"endtime":"2026-11-29 07:41:21.203377","endtime_timestamp_us":1795938081203377,"errno":1213,"error":"Deadlock found when trying to get lock; try restarting transaction","event":"COM_QUERY","hostgroup_id":10,"query":"UPDATE stock SET qty = qty - 1 WHERE sku = 'KB-1207'","rows_affected":0,"rows_sent":0,"schemaname":"shop","server":"10.0.5.21:3306","starttime":"2026-11-29 07:41:17.200000","starttime_timestamp_us":1795938077200000,"thread_id":19,"username":"worker"}`),
			we("2026-11-29T07:41:22.5103Z|2026-11-29T07:41:22.51099Z", Unknown, "", `{"client":"10.0.3.14:51836","digest":"0x226CD90D52A2BA0B","duration_us":690,"endtime":"2026-11-29 07:41:22.510990","endtime_timestamp_us":1795938082510990,"errno":0,"event":"COM_QUERY","hostgroup_id":-1,"query":"select @@version_comment limit 1","rows_affected":0,"rows_sent":1,"schemaname":"information_schema","starttime":"2026-11-29 07:41:22.510300","starttime_timestamp_us":1795938082510300,"thread_id":21,"username":"app"}`),
		},
	},

	// MySQL and MariaDB: a crash report, a deadlock dump, Percona Toolkit's printouts.
	{
		name:   "mysql84-crash-signal-report",
		source: "MySQL 8.4's error log around a crash: the server's `[System]` lines, then the signal handler's block, written without the thread column, level or MY- code (`yyyy-MM-ddTHH:mm:ssZ UTC - mysqld got signal 11 ;`, `Signal SIGSEGV (Address not mapped to object) at address …`, `Most likely, you have hit a bug …`, BuildID, `Server Version:`, the backtrace with `#n 0x… <unknown>` frames, the query, `The manual page at … crashing.html contains`), then the restart: jfg956's MySQL 8.3 bug notes (`2024-04-15T18:21:59Z UTC - mysqld got signal 11 ;` block), a 2026 Percona XtraDB Cluster log-summary tool's notes on the crash header, a 2024 8.4 LTS crash list, trellix-enterprise/mysql-audit issue #287 (MySQL 8.0 crash then `mysqld_safe` restart)",
		why:    "the signal handler's RFC 3339 time with `UTC` after it opens a record that runs through the manual page's lines, the blank line included; it writes no level; `[System]` is a notice and `[Warning]` a warning; the query's date is no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.803441Z", Notice, "", "2026-11-29T07:41:12.803441Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.4.6'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."),
			we("2026-11-29T07:41:19Z", Unknown, "",
				"2026-11-29T07:41:19Z UTC - mysqld got signal 11 ;",
				"Signal SIGSEGV (Address not mapped to object) at address 0x18",
				"Most likely, you have hit a bug, but this error can also be caused by malfunctioning hardware.",
				"BuildID[sha1]=3f1c2a7e9b3d11ef8e2f0b6d41207ab1c4d5e6f7",
				"Server Version: 8.4.6 MySQL Community Server - GPL",
				"Thread pointer: 0x7f3c2c01a7e0",
				"Attempting backtrace. You can use the following information to find out",
				"where mysqld died. If you see no messages after this, something went",
				"terribly wrong...",
				"stack_bottom = 7f3c9a7fbbf0 thread_stack 0x100000",
				" #0 0x55d1c0a1b2c3 <unknown>",
				" #1 0x55d1c0a1b4f1 <unknown>",
				" #2 0x7f3ca2a4251f <unknown>",
				" #3 0x55d1c1f0e9a7 <unknown>",
				"Trying to get some variables.",
				"Some pointers may be invalid and cause the dump to abort.",
				"Query (7f3c2c0f1a30): SELECT o.id, o.total FROM orders o JOIN order_items i USING (order_id) WHERE o.placed_at >= '2026-11-28 00:00:00'",
				"Query Id: 41207",
				"Connection ID (thread ID): 52",
				"Status: NOT_KILLED",
				"",
				"The manual page at http://dev.mysql.com/doc/mysql/en/crashing.html contains",
				"information that should help you find out what is causing the crash."),
			we("2026-11-29T07:41:24.118302Z", Notice, "", "2026-11-29T07:41:24.118302Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.4.6) starting as process 5120"),
			we("2026-11-29T07:41:26.331208Z", Warn, "", "2026-11-29T07:41:26.331208Z 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed."),
		},
	},
	{
		name:   "mariadb11-innodb-deadlock-print-all",
		source: "MariaDB 11.4's error log with innodb_print_all_deadlocks=ON: `yyyy-MM-dd  H:mm:ss <thread> [Note] InnoDB: Transactions deadlock detected, dumping detailed information.`, then `[Note] InnoDB: ` with nothing after it and the `*** (1) TRANSACTION:` title on the next line, then `[Note] InnoDB: *** WAITING FOR THIS LOCK TO BE GRANTED:`, `*** CONFLICTING WITH:`, `*** (2) TRANSACTION:` and `*** WE ROLL BACK TRANSACTION (1)` each with its untimed lines: a 2024 Korean post quoting a MariaDB 10.8 error log (`2024-09-10 12:38:06 2195 [Note] InnoDB: *** CONFLICTING WITH:`), MySQL 5.7 error logs quoted in Chinese posts (the empty `[Note] InnoDB: ` line), MariaDB/server PR #2208 (the deadlock section's lines)",
		why:    "MariaDB's hour without its zero after two blanks; each timed line starts a record, the one ending in `InnoDB: ` with nothing after it included, and the untimed title, blank and lock lines after it belong to it; [Note] is a notice; the client address and user in `query id 18220 10.0.3.14 app` are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026-11-29  7:41:16 41 [Note] InnoDB: Transactions deadlock detected, dumping detailed information."),
			we("2026-11-29T07:41:16Z", Notice, "",
				"2026-11-29  7:41:16 41 [Note] InnoDB: ",
				"*** (1) TRANSACTION:",
				"",
				"TRANSACTION 48211, ACTIVE 2 sec starting index read",
				"mysql tables in use 1, locked 1",
				"LOCK WAIT 3 lock struct(s), heap size 1128, 2 row lock(s), undo log entries 1",
				"MariaDB thread id 41, OS thread handle 140236218312384, query id 18220 10.0.3.14 app Updating",
				"UPDATE stock SET qty = qty - 1 WHERE sku = 'KB-1207'"),
			we("2026-11-29T07:41:16Z", Notice, "",
				"2026-11-29  7:41:16 41 [Note] InnoDB: *** WAITING FOR THIS LOCK TO BE GRANTED:",
				"",
				"RECORD LOCKS space id 412 page no 4 n bits 80 index PRIMARY of table `shop`.`stock` trx id 48211 lock_mode X locks rec but not gap waiting",
				"Record lock, heap no 7 PHYSICAL RECORD: n_fields 6; compact format; info bits 0",
				" 0: len 8; hex 4b422d3132303720; asc KB-1207 ;;"),
			we("2026-11-29T07:41:16Z", Notice, "",
				"2026-11-29  7:41:16 41 [Note] InnoDB: *** CONFLICTING WITH:",
				"",
				"RECORD LOCKS space id 412 page no 4 n bits 80 index PRIMARY of table `shop`.`stock` trx id 48207 lock_mode X locks rec but not gap",
				"Record lock, heap no 7 PHYSICAL RECORD: n_fields 6; compact format; info bits 0",
				" 0: len 8; hex 4b422d3132303720; asc KB-1207 ;;"),
			we("2026-11-29T07:41:16Z", Notice, "",
				"2026-11-29  7:41:16 41 [Note] InnoDB: *** (2) TRANSACTION:",
				"",
				"TRANSACTION 48207, ACTIVE 3 sec starting index read",
				"mysql tables in use 1, locked 1",
				"MariaDB thread id 44, OS thread handle 140236216203072, query id 18224 10.0.3.18 app Updating",
				"UPDATE orders SET status = 'paid' WHERE id = 41207"),
			we("2026-11-29T07:41:16Z", Notice, "", "2026-11-29  7:41:16 41 [Note] InnoDB: *** WE ROLL BACK TRANSACTION (1)"),
		},
	},
	{
		name:   "percona-pt-kill-print-log",
		source: "Percona Toolkit 3.7's pt-kill run as a sniper (`pt-kill --busy-time 60 --victims all --interval 10 --kill --print --daemonize --log /var/log/pt-kill.log`): one line a killed query, `# yyyy-MM-ddTHH:mm:ss KILL <Id> (<Command> <Time> sec) <Info>`, the query's own lines following when its text spans lines: docs.percona.com/percona-toolkit pt-kill 'OUTPUT' (`# 2009-07-15T15:04:01 KILL 8 (Query 42 sec) SELECT * FROM huge_table`), man.archlinux.org pt-kill(1p), Percona's release notes (PT-2284, pt-kill --daemonize)",
		why:    "a `#` before the time; the zone-less local time read as UTC; the seconds the query ran are no time; the lines of a multi-line query belong to its KILL line, a date inside the SQL is no time; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "", "# 2026-11-29T07:41:16 KILL 41207 (Query 312 sec) SELECT customer_id, sum(total) FROM orders GROUP BY customer_id"),
			we("2026-11-29T07:41:16Z", Unknown, "", "# 2026-11-29T07:41:16 KILL 41233 (Execute 95 sec) UPDATE stock SET reserved = reserved + 1 WHERE sku = ?"),
			we("2026-11-29T07:42:16Z", Unknown, "",
				"# 2026-11-29T07:42:16 KILL 41355 (Query 124 sec) SELECT c.id, c.email",
				"  FROM customers c",
				"  JOIN orders o ON o.customer_id = c.id",
				" WHERE o.placed_at >= '2026-11-01'"),
			we("2026-11-29T07:43:26Z", Unknown, "", "# 2026-11-29T07:43:26 KILL 41402 (Query 61 sec) DELETE FROM cart WHERE created_at < now() - INTERVAL 30 DAY"),
		},
	},
	{
		name:   "percona-pt-deadlock-logger-print",
		gap:    "the `server` column (`db-shop-1`, first on each line before the ISO time) is not read as the host; time and records are right",
		source: "Percona Toolkit 3.7's pt-deadlock-logger printing what it finds (`pt-deadlock-logger h=db-shop-1 --print --interval 30`): a header `server ts thread txn_id txn_time user hostname ip db tbl idx lock_type lock_mode wait_hold victim query`, then a line per transaction of each deadlock, the server first, the deadlock's time second, an empty ip leaving two blanks: a public percona-toolkit walkthrough (`myos 2024-11-20T11:12:42 35 0 70 root localhost  my_t Animals PRIMARY RECORD X w 0 UPDATE …`), Baron Schwartz's mysql-deadlock-logger post (the `--print` output), Percona release notes (PT-2089, the header line)",
		why:    "the `server` column is the MySQL server the deadlock happened on, the record's host; the `hostname` column is the client's, no host; the header is fed but not scored; the zone-less time is UTC; `victim` 1 is no level",
		entries: []worldEntry{
			wskip("server ts thread txn_id txn_time user hostname ip db tbl idx lock_type lock_mode wait_hold victim query"),
			we("2026-11-29T07:41:16Z", Unknown, "db-shop-1", "db-shop-1 2026-11-29T07:41:16 41 48211 2 app app-node-3  shop stock PRIMARY RECORD X w 1 UPDATE stock SET qty = qty - 1 WHERE sku = 'KB-1207'"),
			we("2026-11-29T07:41:16Z", Unknown, "db-shop-1", "db-shop-1 2026-11-29T07:41:16 44 48207 3 app app-node-5  shop orders PRIMARY RECORD X w 0 UPDATE orders SET status = 'paid' WHERE id = 41207"),
			we("2026-11-29T07:52:40Z", Unknown, "db-shop-1", "db-shop-1 2026-11-29T07:52:40 58 48391 0 worker batch-02  shop stock PRIMARY RECORD X w 1 UPDATE stock SET reserved = reserved + 1 WHERE sku = 'MS-0442'"),
			we("2026-11-29T07:52:40Z", Unknown, "db-shop-1", "db-shop-1 2026-11-29T07:52:40 61 48388 1 worker batch-01  shop stock idx_sku RECORD X w 0 UPDATE stock SET reserved = reserved - 1 WHERE sku = 'MS-0442'"),
		},
	},

	// PostgreSQL 17: a prefix with the query identifier.
	{
		name:   "postgresql17-prefix-query-id",
		source: "PostgreSQL 17 with compute_query_id = on and log_line_prefix = '%m [%p] %q%u@%d %Q ' (the query identifier after the user and database; 0 before a session has run a query, a signed 64-bit number, often negative, after; background processes stop at %q): postgresqlco.nf 'log_line_prefix' (the %Q escape: query identifier of the current query, zero unless compute_query_id is on; %v's procNumber of 17), postgres/postgres commit 7d3235b (the default '%m [%p] ' and the %q example)",
		why:    "a signed nineteen-digit number between the user@database and the severity is no time and no pid; LOG is Info, ERROR Error, FATAL Critical; the client address in the disconnection message is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:12.004Z", Info, "", "2026-11-29 07:41:12.004 UTC [1207] LOG:  database system is ready to accept connections"),
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 UTC [4711] app@shop 0 LOG:  connection authorized: user=app database=shop application_name=shop-api"),
			we("2026-11-29T07:41:17.452Z", Info, "", "2026-11-29 07:41:17.452 UTC [4711] app@shop -6134122450591338123 LOG:  duration: 1204.332 ms  statement: SELECT o.id, o.total FROM orders o WHERE o.customer_id = 4411 ORDER BY o.placed_at DESC LIMIT 20"),
			we("2026-11-29T07:41:18.906Z", Error, "", "2026-11-29 07:41:18.906 UTC [4720] report@shop 2902154826349202110 ERROR:  canceling statement due to statement timeout"),
			we("2026-11-29T07:41:21.33Z", Info, "", "2026-11-29 07:41:21.330 UTC [4711] app@shop -6134122450591338123 LOG:  disconnection: session time: 0:00:05.127 user=app database=shop host=10.0.3.14 port=51822"),
			we("2026-11-29T07:41:22.507Z", Critical, "", "2026-11-29 07:41:22.507 UTC [4740] app@shop 0 FATAL:  terminating connection due to administrator command"),
		},
	},

	// etcd and MongoDB's agents: the clients and helpers next to the server.
	{
		name:   "etcdctl36-client-warnings-and-errors",
		source: "etcdctl 3.6 on a control-plane node, stdout and stderr together (`etcdctl member list`, then `etcdctl endpoint health --cluster`): the client library's zap JSON warning (`\"logger\":\"etcd-client\"`, an ISO time with the host's offset; the health command's logger writing an epoch float), the command's own `Error: …` line and the health lines: etcd-io/etcd issues #12234 (both ts forms, `Error: context deadline exceeded`, `is unhealthy: failed to commit proposal`, `Error: unhealthy cluster`), #13443 and #10642",
		why:    "zap's level and time (+0100 converted, the epoch float read to its digits) on the JSON lines; the command's `Error:` at the head of a line is an error with no time; the endpoint lines carry neither; the endpoints named are peers, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Warn, "", `{"level":"warn","ts":"2026-11-29T08:41:16.204+0100","logger":"etcd-client","caller":"v3@v3.6.4/retry_interceptor.go:65","msg":"retrying of unary invoker failed","target":"etcd-endpoints://0xc0003a8000/10.0.4.11:2379","method":"/etcdserverpb.Cluster/MemberList","attempt":0,"error":"rpc error: code = DeadlineExceeded desc = latest balancer error: last connection error: connection error: desc = \"transport: Error while dialing: dial tcp 10.0.4.11:2379: connect: connection refused\""}`),
			we("", Error, "", "Error: context deadline exceeded"),
			we("2026-11-29T07:41:20.5123452Z", Warn, "", `{"level":"warn","ts":1795938080.5123452,"logger":"client","caller":"v3@v3.6.4/retry_interceptor.go:65","msg":"retrying of unary invoker failed","target":"etcd-endpoints://0xc000166a80/10.0.4.12:2379","method":"/etcdserverpb.KV/Range","attempt":0,"error":"rpc error: code = DeadlineExceeded desc = context deadline exceeded"}`),
			we("", Unknown, "", "https://10.0.4.11:2379 is healthy: successfully committed proposal: took = 11.205118ms"),
			we("", Unknown, "", "https://10.0.4.12:2379 is unhealthy: failed to commit proposal: context deadline exceeded"),
			we("", Error, "", "Error: unhealthy cluster"),
		},
	},
	{
		name:   "mongodb-automation-agent-verbose-log",
		source: "the MongoDB Agent 108.x of Ops Manager 8 on a database host, /var/log/mongodb-mms-automation/automation-agent-verbose.log: `[yyyy-MM-ddTHH:mm:ss.SSS+0000] [header.info] [::0]  Name = value` header lines at start, then `[time] [.info|.warn|.error] [file.go:Func:line] <process> [HH:mm:ss.SSS] message`: mongodb/mongodb-kubernetes-operator issues #1267 (the header block), #721 (the `.info` lines with `[src/…]` callers), #1226 (the verbose log's path), mongodb/mongodb-enterprise-kubernetes issue #33 (the older slash-dated form)",
		why:    "the bracketed ISO time with +0000 is the record's, the clock repeated after the caller is not another; `.info`, `.warn`, `.error` and `header.info` are levels; `localhost = …` in the header, `ah=` in the config URL and the member host:port in an error are no host; the process name in angle brackets is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.537Z", Info, "", "[2026-11-29T07:41:16.537+0000] [header.info] [::0]        GitCommitId = 9c4e1a7b2d3f40e5a6b7c8d9e0f1a2b3c4d5e6f7"),
			we("2026-11-29T07:41:16.537Z", Info, "", "[2026-11-29T07:41:16.537+0000] [header.info] [::0]  AutomationVersion = 108.0.4.8871-1"),
			we("2026-11-29T07:41:16.537Z", Info, "", "[2026-11-29T07:41:16.537+0000] [header.info] [::0]          localhost = db-node-2.example.internal"),
			we("2026-11-29T07:41:16.712Z", Info, "", "[2026-11-29T07:41:16.712+0000] [.info] [main/components/agent.go:NewAgent:121] [07:41:16.712] Constructing new agent object with desiredClusterConfigPath=https://opsmgr.example.internal:8443/agents/api/automation/conf/v1/6741a0c2e4b0d71f3a9c5e21?ah=db-node-2.example.internal&ahs=db-node-2&av=108.0.4.8871-1&aos=linux&aa=x86_64&ab=64&at=1795938076712"),
			we("2026-11-29T07:41:21.004Z", Warn, "", "[2026-11-29T07:41:21.004+0000] [.warn] [src/director/director.go:computePlan:279] <shop-rs_1> [07:41:21.004] Process shop-rs_1 is not in goal state: replica set member is in state RECOVERING"),
			we("2026-11-29T07:41:31.88Z", Error, "", "[2026-11-29T07:41:31.880+0000] [.error] [src/mongoctl/processctl.go:Update:3412] <shop-rs_1> [07:41:31.880] Error checking if rs member = db-node-3.example.internal:27017 is up : connection() error occurred during connection handshake: dial tcp 10.0.6.13:27017: connect: connection refused"),
		},
	},
	{
		name:   "mongodb-mck-launcher-envelope-json",
		source: "a database pod of MongoDB Controllers for Kubernetes (MCK) read with `kubectl logs shop-rs-0`: the launcher wraps every line it tails in `{\"logType\":\"…\",\"contents\":\"…\"}`, the agent's verbose log as `automation-agent-verbose` and mongod's own JSON log, escaped, as `mongodb`: mongodb/mongodb-enterprise-kubernetes issue #33 (`{\"logType\":\"automation-agent-verbose\",\"contents\":\"[…] [.info] …\"}`), two public MCK log tools (lnav formats and a pod-log parser unwrapping `{\"logType\":\"mongodb\",\"contents\":\"<escaped mongod JSON>\"}`), mongodb/mongodb-kubernetes-operator issue #1267",
		why:    "the record's time and level are inside the contents string: the agent's bracketed time and `.info`/`.warn`/`.error`, or mongod's escaped `$date` and `s`; the config's generation date in a message is no time; the pod, member and peer names are no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.537Z", Info, "", `{"logType":"automation-agent-verbose","contents":"[2026-11-29T07:41:16.537+0000] [header.info] [::0]        GitCommitId = 9c4e1a7b2d3f40e5a6b7c8d9e0f1a2b3c4d5e6f7"}`),
			we("2026-11-29T07:41:16.712Z", Info, "", `{"logType":"automation-agent-verbose","contents":"[2026-11-29T07:41:16.712+0000] [.info] [main/components/agent.go:LoadClusterConfig:275] [07:41:16.712] New cluster config received! 0 (<nil>) -> 14 (2026-11-29 07:41:09.118204311 +0000 UTC)"}`),
			we("2026-11-29T07:41:18.204Z", Info, "", `{"logType":"mongodb","contents":"{\"t\":{\"$date\":\"2026-11-29T07:41:18.204+00:00\"},\"s\":\"I\",  \"c\":\"REPL\",     \"id\":21358,   \"ctx\":\"ReplCoord-0\",\"msg\":\"Replica set state transition\",\"attr\":{\"newState\":\"SECONDARY\",\"oldState\":\"STARTUP2\"}}"}`),
			we("2026-11-29T07:41:19.9Z", Warn, "", `{"logType":"mongodb","contents":"{\"t\":{\"$date\":\"2026-11-29T07:41:19.900+00:00\"},\"s\":\"W\",  \"c\":\"NETWORK\",  \"id\":4615610, \"ctx\":\"ReplCoord-3\",\"msg\":\"Failed to check socket connectivity\",\"attr\":{\"error\":{\"code\":6,\"codeName\":\"HostUnreachable\",\"errmsg\":\"Connection reset by peer\"}}}"}`),
			we("2026-11-29T07:41:31.88Z", Error, "", `{"logType":"automation-agent-verbose","contents":"[2026-11-29T07:41:31.880+0000] [.error] [src/mongoctl/processctl.go:Update:3412] <shop-rs-0> [07:41:31.880] Error checking if rs member = shop-rs-1.shop-rs-svc.mongodb.svc.cluster.local:27017 is up : connection() error occurred during connection handshake: dial tcp 10.244.1.17:27017: connect: connection refused"}`),
		},
	},
}

func TestFresh186Formats(t *testing.T) { assertTable(t, fresh186Cases) }

func TestFresh186Score(t *testing.T) {
	checkScore(t, "fresh186 formats", fresh186Cases, [worldNumFields]float64{91.1, 99.9, 94.9, 91.8})
}
