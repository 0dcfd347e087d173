package parse

import "testing"

// The two-hundred-and-thirty-fourth fresh table, written on 2026-12-05: logs gathered from many
// machines or containers at once, each line or block under its source's name, in shapes no earlier
// table pairs. Each family is one product's output: `yarn logs -applicationId` on Hadoop 3 with a
// MapReduce task's log4j syslog under the Container banner that names the NodeManager's host;
// `kubectl logs -l app=x --prefix` before Spring Boot 3's console lines with a stack trace whose
// every line carries the prefix; `kubectl logs --prefix --timestamps` before ingress-nginx's klog
// lines; stern's `-o json` objects with their nodeName key; `docker compose logs -t` before
// MySQL 8's error log; Salt's txt outputter (`minion: line`, one line of a return each);
// pdsh running `dmesg -T` (the node's name before dmesg's bracketed ctime); and `aws logs tail
// --follow` over a CloudWatch agent group whose streams are named by the instance's host name.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`yarn logs`, `LogAggregationType`, `LogContents`, `LogType:`, `End of LogType`,
// `LogLastModifiedTime`, `Container: container_`, `kubectl logs`, `--prefix`, `[pod/`, `pod/`,
// `[pod/…] 20…INFO 1 ---`, `ingress-nginx-controller`, `stern`, `extjson`, `ppextjson`,
// `"nodeName"`, `podName`, `timestamps=short`, `compose logs`, `-1  |`, `_1  |`, `db-1  |`,
// `pdsh`, `clush`, `pssh`, `parallel-ssh`, `[SUCCESS]`, `[FAILURE]`, `dshbak`, `dsh `, `mussh`,
// `NVRM`, `] NVRM`, `==> `, `multitail`, `journalctl -m`, `journal-remote`, `remote/`, `salt`,
// `cmd.run`, `out=txt`, `ansible`, `CHANGED | rc=`, `FAILED | rc=`, `non-zero return code`,
// `gcloud logging`, `textPayload`, `insertId`, `aws logs tail`, `aws logs tail --follow`,
// `--format short`, `compute.internal 2026`, `juju`, `kail`, `--all-pods`). Left out as measured
// already in the same shape: `yarn logs` with Spark's yy/MM/dd lines (fresh6, fresh157; the
// Hadoop 3 MapReduce task syslog with the banner's host read as the host is new here: fresh6 gave
// its records no host), stern's default and `--timestamps=short` columns (fresh149, fresh199),
// `kubectl logs --prefix` before nginx, JSON, zap and istio (fresh5, fresh149, fresh164),
// compose's `db-1  |` before PostgreSQL without -t (fresh168), pdsh's plain prefix (fresh131),
// clush, pssh, Ansible's ad-hoc blocks and Salt's nested, json, raw and highstate outputters
// (fresh180, fresh182, fresh220), `tail -f` headers and multitail (fresh164 and many),
// `journalctl -m` (fresh182), `gcloud logging read` (fresh5, fresh27, fresh184), `aws logs tail`
// in its detailed and short formats over Lambda and ECS streams (fresh27, fresh149, fresh184),
// `juju debug-log` (fresh179). The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Where a wrapper's time and the program's own time are both on a line
// (kubectl's and docker's RFC 3339 nanoseconds before klog's or MySQL's own time) either is
// accepted; dmesg -T's ctime is taken in UTC. Levels only where the line marks one: log4j's and
// Spring's level column, klog's letter, MySQL's [System] (Notice), [Warning] and [ERROR], nginx's
// [error]; pdsh's dmesg lines and the Salt returns' plain lines carry none. The host is the machine
// the prefix names: the NodeManager in `Container: … on host_port` (without the port), stern's
// nodeName, the Salt minion id, the pdsh node, the CloudWatch stream named by the agent's
// {hostname}; a pod, a container or a compose service is no host, nor a client or upstream named
// in a message. A Java stack trace under its prefixed lines is one record with the error above it.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 4585c9d before any rule for it: level 87.5 %, time 87.5 %, host 62.5 %, records 100.0 %.
// That is the macro figure (micro: level 90.0 %, time 90.0 %, host 66.7 %, records 100.0 %), in a
// worktree at 4585c9d with no change to trawl's code (only this file and table_test.go's list), 5 of
// 8 families fully right; the gaps are the yarn banner's node host, stern's JSON objects and the
// CloudWatch stream's host name.

var fresh234Cases = []worldCase{
	{
		name:   "yarn-logs-hadoop3-mapreduce-task-syslog",
		gap:    "the NodeManager host named by the `Container: … on wrk-node-14.hadoop.example.net_45454` banner (a wskip line) is not carried to the log4j records under LogContents: (host empty on all four)",
		source: "`yarn logs -applicationId <id>` on Hadoop 3 (a `Container: <id> on <host>_<port>` banner, `LogAggregationType: AGGREGATED`, a row of `=`, then LogType:, LogLastModifiedTime:, LogLength:, LogContents:) over a MapReduce task's syslog in log4j's `%d{ISO8601} %p [%t] %c: %m`: apache/spark PR #7463 (yarn logs), jcrist/skein issue #194; the banner's fields from memory",
		why:    "the framing lines carry no record; the task's log4j lines are the records, on the host the banner names (the port after the underscore is not part of it), and a stack trace belongs to its WARN",
		entries: []worldEntry{
			wskip(
				"Container: container_e07_1795938000000_0231_01_000004 on wrk-node-14.hadoop.example.net_45454",
				"LogAggregationType: AGGREGATED",
				"==============================================================================================",
				"LogType:syslog",
				"LogLastModifiedTime:Sun Nov 29 07:44:51 +0000 2026",
				"LogLength:4187",
				"LogContents:"),
			we("2026-11-29T07:41:16.204Z", Info, "wrk-node-14.hadoop.example.net", "2026-11-29 07:41:16,204 INFO [main] org.apache.hadoop.metrics2.impl.MetricsSystemImpl: MapTask metrics system started"),
			we("2026-11-29T07:41:16.518Z", Info, "wrk-node-14.hadoop.example.net", "2026-11-29 07:41:16,518 INFO [main] org.apache.hadoop.mapred.YarnChild: Executing with tokens: [Kind: mapreduce.job, Service: job_1795938000000_0231, Ident: (org.apache.hadoop.mapreduce.security.token.JobTokenIdentifier@5b7a8e1c)]"),
			we("2026-11-29T07:42:03.077Z", Warn, "wrk-node-14.hadoop.example.net",
				"2026-11-29 07:42:03,077 WARN [main] org.apache.hadoop.mapred.YarnChild: Exception running child : java.io.IOException: Spill failed",
				"\tat org.apache.hadoop.mapred.MapTask$MapOutputBuffer.checkSpillException(MapTask.java:1583)",
				"\tat org.apache.hadoop.mapred.MapTask$MapOutputBuffer.collect(MapTask.java:1090)",
				"Caused by: org.apache.hadoop.util.DiskChecker$DiskErrorException: Could not find any valid local directory for output/attempt_1795938000000_0231_m_000003_0/spill12.out",
				"\tat org.apache.hadoop.fs.LocalDirAllocator$AllocatorPerContext.getLocalPathForWrite(LocalDirAllocator.java:462)"),
			we("2026-11-29T07:42:03.181Z", Info, "wrk-node-14.hadoop.example.net", "2026-11-29 07:42:03,181 INFO [main] org.apache.hadoop.mapred.Task: Running cleanup for the task"),
		},
	},
	{
		name:   "kubectl-label-prefix-spring-boot3-stacktrace",
		source: "`kubectl logs -l app=orders --prefix` (since 1.17: `[pod/<pod>/<container>] ` before every line, continuation lines included): kubernetes/kubernetes PR #76471, geerlingguy/ansible-for-kubernetes issue #75, stern/stern issue #58; Spring Boot 3.2's console pattern with the application name in brackets from memory",
		why:    "the pod prefix is no host; a stack trace whose lines each carry the prefix is one record with the ERROR above it; two pods interleave",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "[pod/orders-6d5f9b7c8-x2kqp/orders] 2026-11-29T07:41:16.204Z  INFO 1 --- [orders] [           main] c.e.orders.OrdersApplication             : Started OrdersApplication in 6.218 seconds (process running for 6.902)"),
			we("2026-11-29T07:41:17.330Z", Warn, "", "[pod/orders-6d5f9b7c8-p4hv7/orders] 2026-11-29T07:41:17.330Z  WARN 1 --- [orders] [nio-8080-exec-3] o.h.e.j.s.SqlExceptionHelper             : SQL Error: 0, SQLState: 40001"),
			we("2026-11-29T07:41:17.342Z", Error, "",
				"[pod/orders-6d5f9b7c8-p4hv7/orders] 2026-11-29T07:41:17.342Z ERROR 1 --- [orders] [nio-8080-exec-3] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception",
				"[pod/orders-6d5f9b7c8-p4hv7/orders] org.springframework.dao.CannotAcquireLockException: could not execute statement [ERROR: could not serialize access due to concurrent update]",
				"[pod/orders-6d5f9b7c8-p4hv7/orders] \tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:310)",
				"[pod/orders-6d5f9b7c8-p4hv7/orders] \tat com.example.orders.OrderService.reserve(OrderService.java:88)"),
			we("2026-11-29T07:41:18.010Z", Info, "", "[pod/orders-6d5f9b7c8-x2kqp/orders] 2026-11-29T07:41:18.010Z  INFO 1 --- [orders] [nio-8080-exec-1] c.e.orders.OrderController               : order 88412 reserved for customer 20417"),
		},
	},
	{
		name:   "kubectl-prefix-timestamps-ingress-klog",
		source: "`kubectl logs -n ingress-nginx -l app.kubernetes.io/component=controller --prefix --timestamps` (the prefix, then the kubelet's RFC 3339 nanosecond time, then the line): wercker/stern issue #145 (`--prefix --timestamps`), kubernetes/kubernetes PR #76471; ingress-nginx's klog header `Lmmdd hh:mm:ss.uuuuuu threadid file:line]` from memory",
		why:    "two times on a line (the kubelet's and klog's, microseconds apart) either accepted; klog's letter is the level; the pod is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117853Z|2026-11-29T07:41:16.204011Z", Info, "", `[pod/ingress-nginx-controller-5c8d7f9b6-q8w2z/controller] 2026-11-29T07:41:16.204117853Z I1129 07:41:16.204011       7 controller.go:193] "Configuration changes detected, backend reload required"`),
			we("2026-11-29T07:41:16.391842007Z|2026-11-29T07:41:16.391774Z", Info, "", `[pod/ingress-nginx-controller-5c8d7f9b6-q8w2z/controller] 2026-11-29T07:41:16.391842007Z I1129 07:41:16.391774       7 controller.go:213] "Backend successfully reloaded"`),
			we("2026-11-29T07:41:19.022510116Z|2026-11-29T07:41:19.022447Z", Warn, "", `[pod/ingress-nginx-controller-5c8d7f9b6-m7t2d/controller] 2026-11-29T07:41:19.022510116Z W1129 07:41:19.022447       7 controller.go:1216] Service "shop/cart" does not have any active Endpoint.`),
			we("2026-11-29T07:41:21.700381925Z|2026-11-29T07:41:21.700302Z", Error, "", `[pod/ingress-nginx-controller-5c8d7f9b6-m7t2d/controller] 2026-11-29T07:41:21.700381925Z E1129 07:41:21.700302       7 store.go:932] annotation group ModSecurity contains risky annotation based on ingress configuration`),
		},
	},
	{
		name:   "stern-json-output-nodename",
		gap:    "the nodeName key is not read as the host (empty): trawl takes no nodeName for a machine, as Chainlink's names an RPC node (the logfmt line inside \"message\" now gives the time and the level)",
		source: "stern `-o json` (one object a line with message, nodeName, namespace, podName and containerName, as a third-party stern-JSON reader in the code corpus names them; stern/stern PR #190 for the json family of outputs) tailing a logfmt app",
		why:    "the record's own time and level are inside the message string; nodeName is the machine, the pod and container are not",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "k8s-wrk-03", `{"message":"time=2026-11-29T07:41:16.204Z level=INFO msg=\"cart synced\" items=4 user=u-20417","nodeName":"k8s-wrk-03","namespace":"shop","podName":"cart-7f9c6d8b5-2hq9z","containerName":"cart"}`),
			we("2026-11-29T07:41:17.518Z", Warn, "k8s-wrk-05", `{"message":"time=2026-11-29T07:41:17.518Z level=WARN msg=\"redis slow\" addr=10.42.7.19:6379 took=412ms","nodeName":"k8s-wrk-05","namespace":"shop","podName":"cart-7f9c6d8b5-v8kdm","containerName":"cart"}`),
			we("2026-11-29T07:41:18.003Z", Error, "k8s-wrk-03", `{"message":"time=2026-11-29T07:41:18.003Z level=ERROR msg=\"checkout failed\" order=88413 err=\"context deadline exceeded\"","nodeName":"k8s-wrk-03","namespace":"shop","podName":"cart-7f9c6d8b5-2hq9z","containerName":"cart"}`),
		},
	},
	{
		name:   "compose-logs-t-mysql8-error-log",
		source: "`docker compose logs -t` (compose v2's `service-1  | ` column, then the daemon's RFC 3339 nanosecond time) over the mysql:8.4 image's error log (`time thread [Label] [MY-code] [Subsystem] msg`); the column and -t from memory, MySQL's layout as in earlier tables",
		why:    "two times, either accepted; MySQL's label is the level ([System] Notice); the service name `mysql-1` is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204117853Z|2026-11-29T07:41:16.201845Z", Notice, "", "mysql-1  | 2026-11-29T07:41:16.204117853Z 2026-11-29T07:41:16.201845Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.4.3) starting as process 1"),
			we("2026-11-29T07:41:17.902511240Z|2026-11-29T07:41:17.902330Z", Warn, "", "mysql-1  | 2026-11-29T07:41:17.902511240Z 2026-11-29T07:41:17.902330Z 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed."),
			we("2026-11-29T07:41:18.116072931Z|2026-11-29T07:41:18.115901Z", Notice, "", "mysql-1  | 2026-11-29T07:41:18.116072931Z 2026-11-29T07:41:18.115901Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.4.3'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."),
			we("2026-11-29T07:43:02.771940318Z|2026-11-29T07:43:02.771812Z", Error, "", "mysql-1  | 2026-11-29T07:43:02.771940318Z 2026-11-29T07:43:02.771812Z 41 [ERROR] [MY-010584] [Repl] Replica SQL for channel '': Worker 1 failed executing transaction 'ANONYMOUS' at source log binlog.000014, end_log_pos 88120; Error 'Duplicate entry '88413' for key 'orders.PRIMARY'' on query. Default database: 'shop'., Error_code: MY-001062"),
		},
	},
	{
		name:   "salt-txt-outputter-cmd-run-lines",
		source: "`salt 'app-*' cmd.run 'tail -n2 /var/log/shop/worker.log' --out=txt` (the txt outputter: `minion: line` for each line of a return): saltstack/salt PR #122 (--text-out, the txt outputter's origin) and issue #31674 (the outputter list)",
		why:    "each line is a remote log line of its own with its time and level; the minion id before the colon is its host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "app-01.example.test", "app-01.example.test: 2026-11-29 07:41:16,204 INFO shop.worker: invoice batch 4120 settled in 0.84 s"),
			we("2026-11-29T07:41:17.511Z", Error, "app-01.example.test", "app-01.example.test: 2026-11-29 07:41:17,511 ERROR shop.worker: invoice batch 4121 failed: connection to 10.20.4.12:5432 refused"),
			we("2026-11-29T07:40:58.090Z", Warn, "app-02.example.test", "app-02.example.test: 2026-11-29 07:40:58,090 WARNING shop.worker: retrying invoice batch 4119 (attempt 2)"),
			we("2026-11-29T07:41:02.377Z", Info, "app-02.example.test", "app-02.example.test: 2026-11-29 07:41:02,377 INFO shop.worker: invoice batch 4119 settled in 1.12 s"),
		},
	},
	{
		name:   "pdsh-dmesg-ctime-node-prefix",
		source: "`pdsh -w gpu-n[07-09] 'dmesg -T | tail -n2'` (pdsh's `node: ` before each output line; dmesg -T's `[Day Mon dd hh:mm:ss yyyy]` ctime): pdsh prefix as in fresh131; dmesg -T from util-linux, from memory",
		why:    "the node before the colon is the host; dmesg's ctime in brackets is the record's time; no level is written",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "gpu-n07", "gpu-n07: [Sun Nov 29 07:41:16 2026] NVRM: Xid (PCI:0000:3b:00): 79, pid=0, name=python3, GPU has fallen off the bus."),
			we("2026-11-29T07:41:16Z", Unknown, "gpu-n07", "gpu-n07: [Sun Nov 29 07:41:16 2026] NVRM: GPU 0000:3b:00.0: GPU has fallen off the bus."),
			we("2026-11-29T07:38:02Z", Unknown, "gpu-n08", "gpu-n08: [Sun Nov 29 07:38:02 2026] mlx5_core 0000:86:00.0 ib0: link up, 200Gbps"),
			we("2026-11-29T07:40:44Z", Unknown, "gpu-n09", "gpu-n09: [Sun Nov 29 07:40:44 2026] EXT4-fs (nvme0n1p2): mounted filesystem 5a1f2c7e-88b2-4e1d-9b0c-3d7e6f4a2b19 r/w with ordered data mode. Quota mode: none."),
		},
	},
	{
		name:   "aws-logs-tail-follow-cwagent-hostname-streams",
		gap:    "the log stream name after `aws logs tail`'s +00:00 time (`ip-10-20-3-41.eu-west-1.compute.internal`, the agent's {hostname}) is not read as the host (empty); time and level are right",
		source: "`aws logs tail /ec2/nginx-error --follow` in its default detailed format (the event's time with microseconds and +00:00, the log stream name, the message) over a CloudWatch agent whose log_stream_name is `{hostname}`; nginx's error log `yyyy/MM/dd HH:mm:ss [level] pid#tid: *cid msg`; the agent's placeholder from memory, the tail format as in fresh27",
		why:    "the stream name is the EC2 instance's host name; the client and upstream in the message are not hosts; nginx's [error] and [warn] are levels",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Error, "ip-10-20-3-41.eu-west-1.compute.internal", "2026-11-29T07:41:16.204000+00:00 ip-10-20-3-41.eu-west-1.compute.internal 2026/11/29 07:41:16 [error] 812#812: *4411 connect() failed (111: Connection refused) while connecting to upstream, client: 203.0.113.9, server: shop.example.test, request: \"GET /api/cart HTTP/1.1\", upstream: \"http://10.20.5.17:8080/api/cart\", host: \"shop.example.test\""),
			we("2026-11-29T07:41:17Z", Warn, "ip-10-20-4-77.eu-west-1.compute.internal", "2026-11-29T07:41:17.000000+00:00 ip-10-20-4-77.eu-west-1.compute.internal 2026/11/29 07:41:17 [warn] 907#907: *9120 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/4/12/0000000124 while reading upstream, client: 192.0.2.44, server: shop.example.test"),
			we("2026-11-29T07:41:19.811Z", Error, "ip-10-20-3-41.eu-west-1.compute.internal", "2026-11-29T07:41:19.811000+00:00 ip-10-20-3-41.eu-west-1.compute.internal 2026/11/29 07:41:19 [error] 812#812: *4430 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.61, server: shop.example.test"),
		},
	},
}

func TestFresh234Formats(t *testing.T) { assertTable(t, fresh234Cases) }
func TestFresh234Score(t *testing.T) {
	checkScore(t, "fresh234 formats", fresh234Cases, [worldNumFields]float64{99.9, 99.9, 62.4, 99.9})
}
