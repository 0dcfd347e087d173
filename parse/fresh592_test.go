package parse

import "testing"

// The five-hundred-and-ninety-second fresh table: databases' logs, a ninth further pass (relational,
// document, key-value, time-series, graph and search databases, their proxies, poolers and
// replication tools), shapes no earlier table holds. Each family is one product's documented or
// observed output: ElectricSQL's sync service (Elixir Logger's time of day, `pid=<0.N.0>`, the
// bracketed level, a GenServer crash report over several lines); ElectricSQL 0.7's console (the same
// without metadata, a `:gen_statem` report with Queue and State lines); ElectricSQL on DigitalOcean
// App Platform (the platform's `[date time]` before every line, a boxed INITIALISATION ERROR);
// PolarDB-X's compute node tddl.log (`LEVEL [TDDL]`, an `ERR-CODE: [PXC-N]` ERROR with its Java
// stack) and its logback console (`[thread] LEVEL logger - []`); Oxia's zerolog JSON (two `time`
// keys in one line); OceanBase seekdb's container entrypoint (a date and time, no level, obshell's
// untimed `[ERROR] Code:` lines); EloqKV's glog file with its header block.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`planetscale`, `xapian`, `orioledb`, `londiste`, `skytable`,
// `remoteWorkerThread`, `sync_gateway`, `geode`, `gemfire`, `coherence`, `timesten`, `goldengate`,
// `OGG-`, `SQLAGENT`, `ingres`, `errlog.log`, `maxdb`, `knlmsg`, `stardog`, `fuseki`, `jena`,
// `blazegraph`, `allegrograph`, `typedb`, `kuzu`, `terminusdb`, `litestream`, `pbm`, `percona
// backup`, `automation-agent`, `mongodb-mms`, `mongosync`, `memcached`, `nutcracker`, `twemproxy`,
// `codis`, `olric`, `graphite`, `rrdcached`, `cnosdb`, `akumuli`, `curator`, `liquibase`, `flyway`,
// `sqitch`, `alembic`, `xtrabackup`, `mydumper`, `gh-ost`, `canal`, `datax`, `dbeaver`, `derby`,
// `Booting Derby`, `mimer`, `raima`, `exist-db`, `basex`, `sedna`, `ZEO`, `durus`, `jackrabbit`,
// `hypertable`, `voldemort`, `leveldb`, `rocksdb`, `badger`, `speedb`, `infinispan`, `ISPN0`,
// `gridgain`, `voltdb`, `nuodb`, `memsql`, `singlestore`, `gpstart`, `gpinitsystem`, `netezza`,
// `postgres-xl`, `GTM`, `tungsten`, `MgmtSrvr`, `ndb_mgmd`, `mysqlsh`, `masterha`, `[info] Reading
// default`, `expdp`, `Export: Release`, `gcagent`, `crsd`, `CRS-`, `listener.log`, `db2diag`,
// `MEMBER: 000`, `keydb`, `kvrocks`, `hugegraph`, `eventstore`, `kurrent`, `cubrid`, `altibase`,
// `tibero`, `goldendb`, `shentong`, `vastbase`, `mogdb`, `yellowbrick`, `heavydb`, `omnisci`,
// `pgroll`, `bytebase`, `skeema`, `pt-heartbeat`, `pt-kill`, `pt-stalk`, `end_log_pos`, `ycsb`,
// `hammerdb`, `mongoimport`, `iqmsg`, `sap iq`, `sql anywhere`, `repserver`, `I. 2026/`, `DSI(`,
// `unidata`, `jbase`, `adabas`, `opatch`, `installActions`, `Fatal NI connect`, `.nfy`, `fbtrace`,
// `auditlogviewer`, `fqltool`, `slowlog get`, `tkprof`, `dolt`, `doltgres`, `arcadedb`,
// `oxigraph`, `kwdb`, `kaiwudb`, `dicedb`, `pogocache`, `eloqkv`, `eloq`, `electricsql`,
// `electric`, `pid=<0.`, `pglite`, `libsql`, `turso`, `glaredb`, `cedardb`, `youtrackdb`,
// `readyset`, `spqr`, `marmot`, `matrixone`, `agensgraph`, `hstreamdb`, `seekstorm`, `stonedb`,
// `ivorysql`, `openhalo`, `tidesdb`, `oxia`, `polardbx`, `polardb-x`, `galaxysql`, `[TDDL]`,
// `PXC-`, `ERR-CODE`, `seekdb`, `xtdb`, `tendis`, `pegasus`, `replica.default`). None of
// ElectricSQL, PolarDB-X, Oxia, seekdb or EloqKV is in any table (`electric` matches only an APC
// UPS card, `pid=<0.` an Elixir app in syslog with `module=` metadata, `PXC-` Percona XtraDB
// Cluster, `eloq` a PHP stack's Eloquent). Left out as in a table already, product or shape: the
// classic servers and tools above (Derby, Infinispan, TimesTen, MHA, NDB, Greenplum's utilities,
// Oracle's Clusterware, OPatch and Data Pump, Sybase Replication Server, SAP IQ, MatrixOne, Dolt,
// ArcadeDB, OceanBase's observer.log, whose shape seekdb's observer shares). Left out as not
// confirmed by any search: DiceDB, Pogocache, KWDB, SeekStorm and openHalo. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Electric's Elixir Logger prints a time of day only: it is on the clock's
// day; on App Platform the platform's date and time and Electric's time of day of the same second
// are both accepted. PolarDB-X's and seekdb's stamps have no zone and are read as UTC. Oxia's
// RFC 3339 times carry nanoseconds, and a line that carries `time` twice accepts either. glog's
// `I20261129 07:41:16.120334` is a date and time after the level letter. Levels only where the line
// marks one: Elixir's bracketed words ([notice] is Notice, [warning] Warn), PolarDB-X's level word,
// Oxia's `level`, obshell's `[ERROR]`, glog's letter; seekdb's entrypoint lines and Electric's boxed
// error carry none. The host is the record's host field, and none of these families has one:
// PolarDB-X's X-NIO-Client peers, Oxia's `peer`, `node` and ensemble addresses, and glog's
// `Running on machine:` header are no record's host field. A record that spans lines is one entry:
// Electric's crash reports, PolarDB-X's ERROR with its stack, Electric's boxed error. EloqKV's glog
// header block is fed but not scored; obshell's untimed lines have no time (no neighbour's).
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (EloqKV's glog layout only). Hosts, ids, addresses, users and messages
// are invented, and every time is in late November 2026. The expectations were decided from the
// format before the table was first run, and none was changed after it; a family trawl still gets
// wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit c092b93 before any rule for it: level 100.0 %, time 100.0 %, host 100.0 %, records 96.9 %.
// That is the macro figure (micro: level 100.0 %, time 100.0 %, host 100.0 %, records 97.1 %), in a
// worktree at c092b93 with no change to trawl's code (only this file and table_test.go's list), 7 of
// 8 families fully right; the gap is Electric's boxed INITIALISATION ERROR on App Platform, whose
// lines, each under the platform's own prefix, trawl reads as records of their own.

var fresh592Cases = []worldCase{
	{
		name:   "electric-sync-service-pid-metadata",
		source: "ElectricSQL's sync service (Elixir Logger with its default console format `$time $metadata[$level] $message`, metadata `pid=<0.N.0>`, a time of day with milliseconds and no date; a crashing GenServer's report runs over the `** (stop)` and stack lines under it): electric-sql/electric issue #3931, PRs #744 and #762",
		why:    "a time of day only (the clock's day); the `pid=<0.3104.0>` metadata before the bracketed level; the `** (stop)`, `** (EXIT)` and `(elixir …)` lines belong to the [error] above them",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "07:41:16.204 pid=<0.3104.0> [info] Running Electric.Plug.Router with Bandit 1.6.7 at :::3000 (http)"),
			we("2026-11-29T07:41:16.391Z", Debug, "", "07:41:16.391 pid=<0.3112.0> [debug] Starting replication client for stack single_stack"),
			we("2026-11-29T07:41:17.027Z", Warn, "", `07:41:17.027 pid=<0.3112.0> [warning] Publication "electric_publication_default" is missing table "public"."orders", adding it`),
			we("2026-11-29T07:41:22.518Z", Error, "",
				`07:41:22.518 pid=<0.3457.0> [error] GenServer {:"Electric.ProcessRegistry:single_stack", {Electric.Replication.ShapeLogCollector, nil}} terminating`,
				`** (stop) exited in: GenServer.call({:via, Registry, {:"Electric.ProcessRegistry:single_stack", {Electric.Shapes.Consumer, "81723004-1795938082114"}}}, :await_snapshot_start, 5000)`,
				"    ** (EXIT) time out",
				"    (elixir 1.19.1) lib/gen_server.ex:1135: GenServer.call/3",
				"    (electric 1.2.9) lib/electric/shapes/consumer.ex:88: Electric.Shapes.Consumer.await_snapshot_start/2"),
			we("2026-11-29T07:41:23.004Z", Info, "", "07:41:23.004 pid=<0.3104.0> [info] Restarting replication from LSN 0/1A2B3C8"),
		},
	},
	{
		name:   "electric-07-console-no-metadata",
		source: "ElectricSQL 0.7's sync service on stdout (Elixir Logger's `HH:mm:ss.SSS [level] msg` with no metadata; a `:gen_statem … terminating` report with `** (Exception)`, stack, `Queue:` and `State:` lines under it): electric-sql/electric issue #1911",
		why:    "a time of day only (the clock's day) and the bracketed Elixir level; the exception, stack, Queue and State lines are one record with the [error] line",
		entries: []worldEntry{
			we("2026-11-29T07:52:03.114Z", Info, "", "07:52:03.114 [info] Received transaction 884120577 from Postgres at 2F/8CAF49B0"),
			we("2026-11-29T07:52:03.115Z", Debug, "", `07:52:03.115 [debug] Txn received in ShapeLogCollector: %Electric.Replication.Changes.Transaction{xid: 884120577, lsn: #Lsn<2F/8CAF49B0>, changes: [...]}`),
			we("2026-11-29T07:52:03.119Z", Error, "",
				"07:52:03.119 [error] :gen_statem #PID<0.88412.0> terminating",
				"** (DBConnection.ConnectionError) ssl recv: closed",
				"    (stdlib 6.0.1) gen_statem.erl:3242: :gen_statem.loop_state_callback_result/11",
				"    (stdlib 6.0.1) proc_lib.erl:329: :proc_lib.init_p_do_apply/3",
				"Queue: [info: {:ssl_closed, {:sslsocket, {:gen_tcp, #Port<0.7713>, :tls_connection, :undefined}}}]",
				"State: {:no_state, %Postgrex.ReplicationConnection{protocol: :disconnected}}"),
			we("2026-11-29T07:52:04.660Z", Info, "", "07:52:04.660 [info] Starting replication from postgres"),
		},
	},
	{
		name:   "electric-on-app-platform-prefix",
		source: "ElectricSQL 0.12 run on DigitalOcean App Platform, its runtime log as the console shows it (the platform's `[yyyy-MM-dd HH:mm:ss]` before every line, then Electric's `HH:mm:ss.SSS pid=<…> [level] msg`; the boxed INITIALISATION ERROR printed over several lines, each with the platform's prefix): electric-sql/electric issue #1395",
		why:    "two stamps of the same second (the platform's date and time, Electric's time of day) are both accepted; the boxed error is one record with the platform's time and no level mark",
		gap:    "the boxed INITIALISATION ERROR's lines, each under the platform's own `[yyyy-MM-dd HH:mm:ss]` prefix, are not joined into one record: trawl reads each line as a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.179Z", Info, "", "[2026-11-29 07:41:16] 07:41:16.179 pid=<0.3055.0> [info] Starting ElectricSQL 0.12.1 in direct_writes mode."),
			we("2026-11-29T07:41:16Z|2026-11-29T07:41:16.193Z", Info, "", "[2026-11-29 07:41:16] 07:41:16.193 pid=<0.3056.0> [info] Running Electric.Plug.Router with Bandit 1.5.3 at :::5133 (http)"),
			we("2026-11-29T07:41:16Z", Unknown, "",
				"[2026-11-29 07:41:16] ▓ ┌────────────────────────┐",
				"[2026-11-29 07:41:16] ▓ │  INITIALISATION ERROR  │",
				"[2026-11-29 07:41:16] ▓ ┕━━━━━━━━━━━━━━━━━━━━━━━━┙",
				"[2026-11-29 07:41:16] ▓ ",
				"[2026-11-29 07:41:16] ▓ Failed to start child Electric.Replication.PostgresConnectorMng:",
				`[2026-11-29 07:41:16] ▓   {{:badmatch, {:error, :nxdomain}}, [{Electric.Replication.PostgresConnectorMng, :init, 1, [file: ~c"lib/electric/replication/postgres_manager.ex", line: 88]}]}`),
			we("2026-11-29T07:41:17Z|2026-11-29T07:41:17.402Z", Notice, "", "[2026-11-29 07:41:17] 07:41:17.402 pid=<0.44.0> [notice] Application electric exited: shutdown"),
		},
	},
	{
		name:   "polardbx-cn-tddl-log",
		source: "PolarDB-X's compute node (galaxysql) tddl.log and XLog.log (`yyyy-MM-dd HH:mm:ss.SSS LEVEL [TDDL] msg`, the level padded to five; an ERROR `ERR-CODE: [PXC-N][NAME] msg` with the TddlRuntimeException and its Java stack under it): polardb/polardbx-sql issues #214 and #23",
		why:    "a zone-less date and time (UTC by the rules), the level word after it; `X-NIO-Client /127.0.0.1:53694 to /127.0.0.1:32886` are peers, no host; the exception and `at` lines belong to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.353Z", Info, "", "2026-11-29 07:41:16.353 INFO  [TDDL] New session: XSession sid=21 status=Init from XClient of X-NIO-Client to polarx_root#5c1e2a90@10.30.4.17:32886, tddl version: 5.4.19-20261120"),
			we("2026-11-29T07:41:16.360Z", Warn, "", "2026-11-29 07:41:16.360 WARN  [TDDL] XClientPool of polarx_root@10.30.4.17:32886 reached the max pooled sessions 512, tddl version: 5.4.19-20261120"),
			we("2026-11-29T07:41:17.004Z", Error, "",
				"2026-11-29 07:41:17.004 ERROR ERR-CODE: [PXC-10001][ERR_X_PROTOCOL_CLIENT] X-NIO-Client /127.0.0.1:53694 to /10.30.4.17:32886 EOF.",
				"com.alibaba.polardbx.common.exception.TddlRuntimeException: ERR-CODE: [PXC-10001][ERR_X_PROTOCOL_CLIENT] X-NIO-Client /127.0.0.1:53694 to /10.30.4.17:32886 EOF.",
				"        at com.alibaba.polardbx.rpc.net.NIOClient.read(NIOClient.java:343)",
				"        at com.alibaba.polardbx.rpc.net.NIOReactor$R.read(NIOReactor.java:124)",
				"        at java.base/java.lang.Thread.run(Thread.java:829)"),
			we("2026-11-29T07:41:17.010Z", Info, "", "2026-11-29 07:41:17.010 INFO  [TDDL] XClient of X-NIO-Client /127.0.0.1:53694 to polarx_root@10.30.4.17:32886 closed, tddl version: 5.4.19-20261120"),
		},
	},
	{
		name:   "polardbx-cn-logback-thread",
		source: "PolarDB-X's compute node started from TddlLauncher (logback `yyyy-MM-dd HH:mm:ss.SSS [thread] LEVEL logger - [mdc] msg`, a tab-indented Java stack under an ERROR): polardb/polardbx-sql issues #207 and #150",
		why:    "a zone-less date and time, the thread in brackets, then the level word; `- []` is an empty MDC; the exception and its `at` lines belong to the ERROR",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.108Z", Info, "", "2026-11-29 07:41:16.108 [main] INFO  com.alibaba.polardbx.server.TddlLauncher - [] Server is starting, tddl version: 5.4.19-20261120"),
			we("2026-11-29T07:41:18.441Z", Error, "",
				"2026-11-29 07:41:18.441 [main] ERROR com.alibaba.polardbx.gms.scheduler.ScheduledJobsAccessor - []  [TDDL] Failed to insert into scheduled_jobs, tddl version: 5.4.19-20261120",
				"java.sql.SQLException: Column 'gmt_created' cannot be null",
				"\tat com.alibaba.polardbx.rpc.result.XResult.internalFetchOneObject(XResult.java:959)",
				"\tat com.alibaba.polardbx.rpc.client.XSession.execUpdate(XSession.java:1919)",
				"\tat com.alibaba.polardbx.gms.util.MetaDbUtil.insert(MetaDbUtil.java:113)"),
			we("2026-11-29T07:41:19.902Z", Warn, "", "2026-11-29 07:41:19.902 [XConnection-Check-Workers-1-thread-7] WARN  XLog - [] XClientPool of polarx_root@10.30.4.17:32886 idle session 44 reclaimed"),
			we("2026-11-29T07:41:21.337Z", Info, "", "2026-11-29 07:41:21.337 [main] INFO  com.alibaba.polardbx.server.TddlLauncher - [] Server started on port 8527"),
		},
	},
	{
		name:   "oxia-json-two-time-keys",
		source: "Oxia (StreamNative's metadata store, the Pulsar helm chart's oxia-coordinator and oxia-server) writing zerolog JSON, where a line can carry `time` twice (the logger's and the call's, a few microseconds apart), `component`, `shard`, `peer` and nested objects: oxia-db/oxia issues #837 and #801",
		why:    "an RFC 3339 time with nanoseconds; both `time` values of a line are accepted; the `peer` and the ensemble's public and internal addresses are no host; the level from `level`",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.508232752Z|2026-11-29T07:41:16.508393263Z", Info, "", `{"level":"info","time":"2026-11-29T07:41:16.508232752Z","component":"shard-controller","namespace":"default","shard":3,"shard-metadata":{"status":"Unknown","term":-1,"leader":null,"ensemble":[{"public":"oxia-2.oxia-svc.meta.svc.cluster.local:6648","internal":"oxia-2.oxia-svc:6649"}]},"time":"2026-11-29T07:41:16.508393263Z","message":"Started shard controller"}`),
			we("2026-11-29T07:41:17.114208311Z", Info, "", `{"level":"info","time":"2026-11-29T07:41:17.114208311Z","component":"shard-controller","namespace":"default","shard":3,"term":12,"leader":"oxia-1.oxia-svc:6649","message":"Elected new leader"}`),
			we("2026-11-29T07:41:18.096846532Z|2026-11-29T07:41:18.096890763Z", Warn, "", `{"level":"warn","time":"2026-11-29T07:41:18.096846532Z","component":"internal-rpc-server","error":{"error":"rpc error: code = Code(101) desc = oxia: invalid term","kind":"*status.Error","stack":null},"leaderTerm":13,"peer":"10.60.8.84:57978","time":"2026-11-29T07:41:18.096890763Z","message":"New term processing of leader failed"}`),
			we("2026-11-29T07:41:20.450017202Z", Error, "", `{"level":"error","time":"2026-11-29T07:41:20.450017202Z","component":"coordinator","error":"context deadline exceeded","node":"oxia-0.oxia-svc:6649","message":"Failed to check node health"}`),
		},
	},
	{
		name:   "seekdb-container-entrypoint",
		source: "OceanBase seekdb's Docker image run with `docker run` (its entrypoint's `yyyy-MM-dd HH:mm:ss msg` lines, then obshell's untimed `[ERROR] Code: …, Message: …` lines): oceanbase/seekdb issue #102, oceanbase/powerrag issue #15",
		why:    "a zone-less date and time with no level; obshell's `[ERROR]` lines have no time of their own (no neighbour's time) and a bracketed level",
		entries: []worldEntry{
			we("2026-11-29T07:41:25Z", Unknown, "", "2026-11-29 07:41:25 Starting seekdb with command: /usr/bin/observer --base-dir=/var/lib/oceanbase --port=2881 --data-dir=/var/lib/oceanbase/store --parameter memory_limit=4G --parameter log_disk_size=4G"),
			we("2026-11-29T07:41:25Z", Unknown, "", "2026-11-29 07:41:25 Configuration loaded from: /etc/oceanbase/seekdb.cnf"),
			we("2026-11-29T07:41:26Z", Unknown, "", "2026-11-29 07:41:26 SeekDB started successfully, starting obshell agent..."),
			we("", Error, "", "[ERROR] Code: Agent.Daemon.StartFailed, Message: Daemon start failed: obshell server exited with code 20, please check obshell.log for more details"),
			we("2026-11-29T07:41:36Z", Unknown, "", "2026-11-29 07:41:36 seekdb is still not ready."),
			we("2026-11-29T07:41:46Z", Unknown, "", "2026-11-29 07:41:46 seekdb is still not ready."),
		},
	},
	{
		name:   "eloqkv-glog-file",
		source: "EloqKV's server log (glog, as eloqdata/tx_service issue #291 says of the Eloq servers: the `Log file created at:` header, then `Lyyyymmdd hh:mm:ss.uuuuuu thread file:line] msg`, L one of I W E F); the layout from memory of glog's files",
		why:    "glog's compact date after the level letter; the thread id is no time; the header block is fed but not scored; `Running on machine:` names the machine of the whole file, not a field of each record",
		entries: []worldEntry{
			wskip("Log file created at: 2026/11/29 07:41:16",
				"Running on machine: kvnode-03",
				"Running duration (h:mm:ss): 0:00:00",
				"Log line format: [IWEF]yyyymmdd hh:mm:ss.uuuuuu threadid file:line] msg"),
			we("2026-11-29T07:41:16.120334Z", Info, "", "I20261129 07:41:16.120334 48213 eloqkv_server.cpp:214] EloqKV server listening on 0.0.0.0:6389"),
			we("2026-11-29T07:41:16.532871Z", Info, "", "I20261129 07:41:16.532871 48230 cc_node.cpp:402] Node 3 joined the cluster as follower of ng#1, term 7"),
			we("2026-11-29T07:41:19.004512Z", Warn, "", "W20261129 07:41:19.004512 48241 log_agent.cpp:188] Append to log group 0 took 1209 ms, slower than 1000 ms"),
			we("2026-11-29T07:41:21.771090Z", Error, "", "E20261129 07:41:21.771090 48241 data_store_handler.cpp:655] Failed to flush checkpoint to RocksDB Cloud: IO error: No space left on device"),
		},
	},
}

func TestFresh592Formats(t *testing.T) { assertTable(t, fresh592Cases) }
func TestFresh592Score(t *testing.T) {
	checkScore(t, "fresh592 formats", fresh592Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 96.8})
}
