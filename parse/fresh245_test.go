package parse

import (
	"fmt"
	"strings"
	"testing"
)

// The two-hundred-and-forty-fifth fresh table, written on 2026-12-05: log files cut or damaged at
// awkward points, in common layouts. Each family is one well-known layout with one kind of damage:
// a Python logging file and a logback file read from their last lines, so that they open on the
// tail of a traceback or a Java stack trace (continuation lines before the first header); a klog
// file and a Debian rsyslog file after logrotate's copytruncate, opening mid-line; a zap JSON line
// cut when the process was killed, with the restarted process's first record glued after it; a
// syslog line cut at rsyslog's maxMessageSize (8k) with rsyslog's own oversize notice; two gunicorn
// instances (a blue/green switch) writing one error log, their lines interleaved; nginx for
// Windows's error.log with CR LF line ends; a UTF-8 BOM before the first JSON line of
// python-json-logger written with encoding='utf-8-sig'; a run of NUL bytes after a crash before
// PostgreSQL's first line after the restart; Django's SQL debug lines of several KB; logback's
// time-of-day lines in a Latin-1 file (a French application on a JVM with file.encoding
// ISO-8859-1); two senders' lines interleaved in one syslog-ng file, one sender's clock behind.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`gunicorn`, `Booting worker`, `python-json-logger`, `pythonjsonlogger`, `"asctime"`,
// `utf-8-sig`, `ufeff`, `xef\xbb\xbf`, `CreateFile()`, `nginx` with `windows`, `django.db.backends`,
// `alias=default`, `maxMessageSize`, `MaxMessageSize`, `common frames omitted`, `Traceback (most
// recent`, `"ts":17`, `kube-controller-manager`, `_O_TEXT`, `database system was interrupted`,
// `\xe9`, `r\xe9`, `\x00`, `\r"`, `copytruncate`, `truncated`, `Latin-1`, `syslog-ng`, `haproxy[`). The theme was measured
// before in fresh206 (octet frames, journald's LineMax, nginx cut at 2048, a log4j2 line cut across
// files, NUL runs before a Spring Boot and a syslog line, PostgreSQL's French messages in Latin-1,
// NLog with UTF-16 appends and CR CR ends, logback through syslog cut at 1024, tail -F notes); the
// shapes here are in none of those: a traceback's or a stack's tail before the first header, a klog
// and a traditional syslog file opening mid-message, a zap record glued after a cut one, rsyslog's
// 8k cut with its notice, two gunicorn masters in one file, nginx for Windows with CR LF, a BOM
// before a JSON line, a NUL run before PostgreSQL's recovery lines, several-KB Django SQL lines and
// logback's Latin-1 file. Gunicorn's error log (many tables), python-json-logger (fresh72, fresh85,
// fresh158), zap's JSON (many tables), Django's SQL debug lines (fresh60, fresh187, fresh200) and
// PostgreSQL's recovery lines (fresh237), syslog-ng's files and HAProxy's syslog lines (many tables) are
// in earlier tables undamaged; the damage is in none.
// CR LF alone was left out of fresh167 because the harness feeds a line with its `\r` and a record's
// text is trimmed of it; it is in here once (nginx for Windows) as the theme asks, with the record
// expected as the file holds it, as fresh25 and fresh76 did. The table holds 13 families, short of
// the 20 asked for in the time given.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The expectations follow what each line still carries: the continuation lines
// before a file's first header are one fragment with no time, level or host of its own (never the
// next record's); a line that opens mid-message is a fragment of its own; a cut line keeps the time,
// level and host written before the cut; a line glued after a NUL run, after a BOM or after a cut
// record keeps the time and level its first header carries; interleaved writers' lines are records
// of their own in file order, with their own times even when a line is older than the one before.
// Latin-1 bytes are message text. The levels are the layouts' own columns (Python's levelname,
// logback's level, klog's letter, zap's and python-json-logger's level keys, PostgreSQL's LOG, nginx's
// bracketed level, gunicorn's bracketed level); traditional syslog files carry none. The host is a
// syslog line's host field; nginx's `host:` and `client:`, a pod's node, a peer in a message are not
// the record's host.
//
// Its first figure, scored at commit d57b6ac before any rule for it: level 98.1 %, time 98.1 %, host 100.0 %, records 90.4 %.

// fresh245IDs is "1, 2, …, n", the id list of a long SQL line.
func fresh245IDs(n int) string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprint(i + 1)
	}
	return strings.Join(ids, ", ")
}

// fresh245Cut is a syslog message cut at rsyslog's default maxMessageSize.
func fresh245Cut() string {
	msg := "cart dump for session 7f3a2c1e: " + strings.Repeat(`{"sku":"A-1042","qty":1,"price":"19.90"},`, 220)
	return msg[:8096-len("<14>Nov 29 07:41:17 app-02 orderd[3120]: ")]
}

var fresh245Cases = []worldCase{
	{
		name:   "python-logging-tail-opens-on-traceback",
		source: "Python logging with the cookbook's `%(asctime)s - %(name)s - %(levelname)s - %(message)s` (docs.python.org logging cookbook), a FileHandler's file read from its last lines (`tail -n`), so that it opens inside a traceback: Python's traceback layout (`  File \"…\", line N, in f`, the source line, `Exc: msg`) from memory",
		why:    "continuation lines before the first header are one fragment with no time or level; the records after it keep their own, an ERROR record keeps its traceback",
		entries: []worldEntry{
			we("", Unknown, "",
				`  File "/srv/app/worker/tasks.py", line 204, in _handle`,
				"    conn = pool.acquire(timeout=5)",
				"TimeoutError: pool exhausted after 5.0s"),
			we("2026-11-29T07:41:16.123Z", Info, "", "2026-11-29 07:41:16,123 - worker.scheduler - INFO - picked job 88413 from queue default"),
			we("2026-11-29T07:41:16.48Z", Error, "",
				"2026-11-29 07:41:16,480 - worker.tasks - ERROR - job 88413 failed",
				"Traceback (most recent call last):",
				`  File "/srv/app/worker/tasks.py", line 187, in run`,
				"    result = self._handle(job)",
				`  File "/srv/app/worker/tasks.py", line 204, in _handle`,
				"    conn = pool.acquire(timeout=5)",
				"TimeoutError: pool exhausted after 5.0s"),
			we("2026-11-29T07:41:17.002Z", Warn, "", "2026-11-29 07:41:17,002 - worker.scheduler - WARNING - requeued job 88413 (attempt 2 of 5)"),
		},
	},
	{
		name:   "logback-tail-opens-on-stack-frames",
		source: "logback's file pattern `%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n` (logback manual, Layouts chapter), read from its last lines so that it opens on a stack's frames, `Caused by:` and `... N common frames omitted`: from memory",
		why:    "tab-indented frames and a Caused by before the first header are one fragment with no time or level; the ERROR record after it keeps its own stack",
		entries: []worldEntry{
			we("", Unknown, "",
				"\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:168)",
				"\tat java.base/java.lang.Thread.run(Thread.java:1583)",
				"Caused by: java.net.SocketTimeoutException: Read timed out",
				"\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)",
				"\t... 41 common frames omitted"),
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 [http-nio-8080-exec-3] INFO  c.e.billing.InvoiceController - GET /invoices/77120 200 in 38 ms"),
			we("2026-11-29T07:41:16.911Z", Error, "",
				"2026-11-29 07:41:16.911 [http-nio-8080-exec-5] ERROR c.e.billing.PaymentClient - charge failed for invoice 77121",
				"java.net.SocketTimeoutException: Read timed out",
				"\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)",
				"\tat com.example.billing.PaymentClient.charge(PaymentClient.java:91)",
				"\t... 48 common frames omitted"),
			we("2026-11-29T07:41:17.33Z", Debug, "", "2026-11-29 07:41:17.330 [scheduling-1] DEBUG c.e.billing.RetryQueue - 3 charges waiting"),
		},
	},
	{
		name:   "klog-copytruncate-opens-mid-line",
		source: "kube-scheduler's klog file (`--log-file`, `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg`, structured key=value messages) rotated by logrotate's copytruncate so that the new file opens mid-line: klog's header layout from the klog README; the rotation from memory",
		why:    "a first line that starts mid-message carries no time or level; the klog lines after it are read as usual; node= and 10.x addresses are not the host",
		entries: []worldEntry{
			we("", Unknown, "", `o fit; waiting" pod="shop/cart-7f9c6d5b8-x2kqp" err="0/6 nodes are available: 6 Insufficient memory. preemption: 0/6 nodes are available: 6 No preemption victims found for incoming pod."`),
			we("2026-11-29T07:41:16.204511Z", Info, "", `I1129 07:41:16.204511       1 schedule_one.go:314] "Successfully bound pod to node" pod="shop/cart-7f9c6d5b8-m4tzw" node="worker-3" evaluatedNodes=6 feasibleNodes=2`),
			we("2026-11-29T07:41:17.002318Z", Warn, "", `W1129 07:41:17.002318       1 reflector.go:561] k8s.io/client-go/informers/factory.go:160: failed to list *v1.PersistentVolume: Get "https://10.96.0.1:443/api/v1/persistentvolumes?limit=500": dial tcp 10.96.0.1:443: connect: connection refused`),
			we("2026-11-29T07:41:17.00239Z", Error, "", `E1129 07:41:17.002390       1 reflector.go:158] "Unhandled Error" err="k8s.io/client-go/informers/factory.go:160: Failed to watch *v1.PersistentVolume: failed to list *v1.PersistentVolume: Get \"https://10.96.0.1:443/api/v1/persistentvolumes?limit=500\": dial tcp 10.96.0.1:443: connect: connection refused" logger="UnhandledError"`),
		},
	},
	{
		name:   "debian-syslog-copytruncate-opens-mid-line",
		source: "rsyslog's RSYSLOG_TraditionalFileFormat in Debian's /var/log/syslog (`Mmm dd hh:mm:ss host tag[pid]: msg`) after a copytruncate rotation that leaves the file opening inside a message: from memory",
		why:    "the opening fragment has no time, no host and no level; the lines after it keep their own time and host",
		entries: []worldEntry{
			we("", Unknown, "", "ion closed for user deploy"),
			we("2026-11-29T07:41:16Z", Unknown, "web-04", "Nov 29 07:41:16 web-04 CRON[20418]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)"),
			we("2026-11-29T07:41:17Z", Unknown, "web-04", "Nov 29 07:41:17 web-04 systemd[1]: Starting logrotate.service - Rotate log files..."),
			we("2026-11-29T07:41:17Z", Unknown, "web-04", `Nov 29 07:41:17 web-04 rsyslogd: [origin software="rsyslogd" swVersion="8.2302.0" x-pid="611" x-info="https://www.rsyslog.com"] rsyslogd was HUPed`),
			we("2026-11-29T07:41:18Z", Unknown, "web-04", "Nov 29 07:41:18 web-04 systemd[1]: logrotate.service: Deactivated successfully."),
		},
	},
	{
		name:   "zap-json-cut-record-glued-to-restart",
		source: "zap's production JSON encoder (`level`, `ts` as float epoch seconds, `caller`, `msg`, `stacktrace` on errors: uber-go/zap NewProductionConfig docs); a record cut when the process was killed mid-write and the restarted process's first record appended on the same line: from memory",
		why:    "a line holding a cut record and a whole one is read as its first record's time and level; the lines around it are read as usual",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `{"level":"info","ts":1795938076.204,"caller":"server/http.go:88","msg":"request served","method":"GET","path":"/v1/segments/412","status":200,"dur":0.0041}`),
			we("2026-11-29T07:41:16.93Z", Error, "", `{"level":"error","ts":1795938076.93,"caller":"store/wal.go:233","msg":"fsync failed","file":"/var/lib/ingester/wal/000412","error":"no space left on device","stacktrace":"github.com/example/ingester/store.(*WAL).Sync\n\t/src/store/wal.go:233\nmain.main\n\t/src/cmd/main.go:71"}`),
			we("2026-11-29T07:41:17.051Z", Info, "", `{"level":"info","ts":1795938077.051,"caller":"sync/flush.go:41","msg":"flushing segment","segment":"000000000{"level":"info","ts":1795938140.002,"caller":"cmd/main.go:57","msg":"starting ingester","version":"2.9.1"}`),
			we("2026-11-29T07:42:20.118Z", Warn, "", `{"level":"warn","ts":1795938140.118,"caller":"store/wal.go:97","msg":"replaying WAL with a torn tail","file":"/var/lib/ingester/wal/000412","offset":8339456}`),
		},
	},
	{
		name:   "rsyslog-maxmessagesize-cut",
		source: "rsyslog on RHEL (/var/log/messages, traditional format) truncating a local message at the default maxMessageSize of 8k, and its own `received oversize message … truncating...` notice: rsyslog/rsyslog issues #1480, #2772 and #5556, irods/irods issue #4365",
		why:    "an 8k line cut mid-token keeps its time and host and ends its record; rsyslog's notice after it is a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "app-02", "Nov 29 07:41:16 app-02 orderd[3120]: session 7f3a2c1e checkout started"),
			we("2026-11-29T07:41:17Z", Unknown, "app-02", "Nov 29 07:41:17 app-02 orderd[3120]: "+fresh245Cut()),
			we("2026-11-29T07:41:17Z", Unknown, "app-02", "Nov 29 07:41:17 app-02 rsyslogd[902]: received oversize message from peer: (hostname) app-02, (ip) 127.0.0.1: size is 9237 bytes, max msg size is 8096, truncating... [v8.2310.0-4.el9 try https://www.rsyslog.com/e/2445 ]"),
			we("2026-11-29T07:41:19Z", Unknown, "app-02", "Nov 29 07:41:19 app-02 orderd[3120]: session 7f3a2c1e checkout done in 2.8s"),
		},
	},
	{
		name:   "gunicorn-two-masters-one-errorlog",
		source: "gunicorn's error log (`[%Y-%m-%d %H:%M:%S %z] [pid] [LEVEL] msg`) with two instances given the same --error-logfile during a blue/green switch, their lines interleaved: benoitc/gunicorn issues #157, #1272 and #1941, mozilla-services/Dockerflow issue #31",
		why:    "two writers' lines in one file are records of their own in file order; a line older than the one before keeps its own time; an offset of +0100 is converted; an ERROR keeps its traceback",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 08:41:16 +0100] [4120] [INFO] Handling signal: term"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 08:41:16 +0100] [5230] [INFO] Starting gunicorn 23.0.0"),
			we("2026-11-29T07:41:16Z", Info, "", "[2026-11-29 08:41:16 +0100] [5230] [INFO] Listening at: unix:/run/shop/green.sock (5230)"),
			we("2026-11-29T07:41:17Z", Info, "", "[2026-11-29 08:41:17 +0100] [5231] [INFO] Booting worker with pid: 5231"),
			we("2026-11-29T07:41:16Z", Error, "",
				"[2026-11-29 08:41:16 +0100] [4134] [ERROR] Exception in worker process",
				"Traceback (most recent call last):",
				`  File "/srv/shop/venv/lib/python3.12/site-packages/gunicorn/arbiter.py", line 608, in spawn_worker`,
				"    worker.init_process()",
				"ConnectionResetError: [Errno 104] Connection reset by peer"),
			we("2026-11-29T07:41:18Z", Info, "", "[2026-11-29 08:41:18 +0100] [4120] [INFO] Shutting down: Master"),
		},
	},
	{
		name:   "nginx-windows-error-crlf",
		gap:    "the carriage return that ends each line is dropped from the record's text (time, level and host are read)",
		source: "nginx for Windows's error.log (`yyyy/MM/dd HH:mm:ss [level] pid#tid: *cid msg, client: …, server: …, request: …, host: …`, CreateFile() and WSARecv() errors, CR LF line ends): WWBN/AVideo issue #6585, WPN-XM/WPN-XM issue #116, LomoX-Offical/nginx-openresty-windows issue #14; the CR LF ends from memory",
		why:    "a carriage return before each LF must not stop the error layout from being read; the HTTP host and client are not the record's host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026/11/29 07:41:16 [notice] 4412#5120: signal process started\r"),
			we("2026-11-29T07:41:18Z", Error, "", `2026/11/29 07:41:18 [error] 6208#7344: *17 CreateFile() "C:\nginx\html/favicon.ico" failed (2: The system cannot find the file specified), client: 192.0.2.44, server: localhost, request: "GET /favicon.ico HTTP/1.1", host: "intranet.example.test", referrer: "http://intranet.example.test/"`+"\r"),
			we("2026-11-29T07:41:21Z", Critical, "", `2026/11/29 07:41:21 [crit] 6208#7344: *19 WSARecv() failed (10054: An existing connection was forcibly closed by the remote host) while reading response header from upstream, client: 192.0.2.45, server: localhost, request: "POST /api/upload HTTP/1.1", upstream: "http://127.0.0.1:8081/api/upload", host: "intranet.example.test"`+"\r"),
			we("2026-11-29T07:41:25Z", Warn, "", `2026/11/29 07:41:25 [warn] 6208#7344: *22 an upstream response is buffered to a temporary file temp/proxy_temp/1/00/0000000001 while reading upstream, client: 192.0.2.45, server: localhost, request: "GET /api/export HTTP/1.1", upstream: "http://127.0.0.1:8081/api/export", host: "intranet.example.test"`+"\r"),
		},
	},
	{
		name:   "python-json-logger-utf8-sig-bom",
		source: "python-json-logger with the format `%(asctime)s %(levelname)s %(name)s %(message)s` (keys in that order, json.dumps separators, exc_info as an escaped string) to a FileHandler opened with encoding='utf-8-sig', which writes a BOM before the first line: python-json-logger README; the BOM from the codec's documented behaviour, from memory",
		why:    "a BOM before the first JSON object must not hide its time or level; the other lines are read as usual",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "\ufeff"+`{"asctime": "2026-11-29 07:41:16,204", "levelname": "INFO", "name": "ingest.api", "message": "listening on 10.8.0.21:8080"}`),
			we("2026-11-29T07:41:16.377Z", Debug, "", `{"asctime": "2026-11-29 07:41:16,377", "levelname": "DEBUG", "name": "ingest.queue", "message": "connected to broker", "broker": "10.8.0.30:5672"}`),
			we("2026-11-29T07:41:17.902Z", Warn, "", `{"asctime": "2026-11-29 07:41:17,902", "levelname": "WARNING", "name": "ingest.api", "message": "slow upstream", "elapsed_ms": 1840}`),
			we("2026-11-29T07:41:18.415Z", Error, "", `{"asctime": "2026-11-29 07:41:18,415", "levelname": "ERROR", "name": "ingest.worker", "message": "batch 5521 rejected", "exc_info": "Traceback (most recent call last):\n  File \"/srv/ingest/worker.py\", line 88, in handle\n    validate(batch)\nValueError: field 'ts' missing in 3 rows"}`),
		},
	},
	{
		name:   "postgres-nul-run-before-recovery",
		source: "PostgreSQL 16's stderr log with Debian's log_line_prefix `%m [%p] %q%u@%d ` after a power loss: the extent allocated but never written reads as NUL bytes, and the restarted server's first line follows them; the recovery lines (`database system was interrupted; last known up at …`, `redo starts at`, `redo done at`, `ready to accept connections`) from PostgreSQL's documentation examples and the postgrespro training handouts' immediate-stop logs",
		why:    "a NUL run before a line's header must not hide its time or level; the second time inside `last known up at` is message text",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16.204 UTC [2211] app@shop LOG:  duration: 1204.551 ms  statement: SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day'"),
			we("2026-11-29T07:44:02.118Z", Info, "", strings.Repeat("\x00", 3072)+"2026-11-29 07:44:02.118 UTC [2301] LOG:  database system was interrupted; last known up at 2026-11-29 07:39:51 UTC"),
			we("2026-11-29T07:44:02.402Z", Info, "", "2026-11-29 07:44:02.402 UTC [2301] LOG:  database system was not properly shut down; automatic recovery in progress"),
			we("2026-11-29T07:44:02.417Z", Info, "", "2026-11-29 07:44:02.417 UTC [2301] LOG:  redo starts at 0/3A1F6E0"),
			we("2026-11-29T07:44:02.455Z", Info, "", "2026-11-29 07:44:02.455 UTC [2299] LOG:  database system is ready to accept connections"),
		},
	},
	{
		name:   "django-sql-debug-long-lines",
		source: "Django's django.db.backends DEBUG message `(%.3f) %s; args=%s; alias=%s` (Django docs, Logging: django.db.backends) through a LOGGING formatter `{asctime} {levelname} {name} {message}`, an IN list of 900 ids making lines of several KB: from memory",
		why:    "lines of about 9 KB keep their time and level and stay one record each",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", `2026-11-29 07:41:16,204 INFO django.server "GET /catalog/?page=3 HTTP/1.1" 200 48211`),
			we("2026-11-29T07:41:16.231Z", Debug, "", `2026-11-29 07:41:16,231 DEBUG django.db.backends (0.004) SELECT "catalog_item"."id", "catalog_item"."sku", "catalog_item"."price" FROM "catalog_item" WHERE "catalog_item"."id" IN (`+fresh245IDs(900)+`); args=(`+fresh245IDs(900)+`); alias=default`),
			we("2026-11-29T07:41:16.262Z", Debug, "", `2026-11-29 07:41:16,262 DEBUG django.db.backends (0.011) SELECT "catalog_stock"."item_id", "catalog_stock"."qty" FROM "catalog_stock" WHERE "catalog_stock"."item_id" IN (`+fresh245IDs(700)+`); args=(`+fresh245IDs(700)+`); alias=default`),
			we("2026-11-29T07:41:16.3Z", Warn, "", `2026-11-29 07:41:16,300 WARNING django.request Not Found: /catalog/item/99999/`),
		},
	},
	{
		name:   "logback-latin1-time-of-day",
		source: "logback's example pattern `%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n` (logback manual, Configuration chapter) written by a JVM whose file.encoding is ISO-8859-1 (a French application's accented messages as Latin-1 bytes in the file): from memory",
		why:    "a time of day without a date is on the clock's day; Latin-1 bytes in the message do not stop the line from being read; an ERROR keeps its stack",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "07:41:16.204 [main] INFO  c.e.paie.Demarrage - Application d\xe9marr\xe9e en 4,2 secondes"),
			we("2026-11-29T07:41:16.98Z", Warn, "", "07:41:16.980 [pool-2-thread-1] WARN  c.e.paie.ImportFichier - Ligne 118 ignor\xe9e : montant n\xe9gatif pour le salari\xe9 Fran\xe7ois L\xe9ger"),
			we("2026-11-29T07:41:17.411Z", Error, "",
				"07:41:17.411 [pool-2-thread-1] ERROR c.e.paie.ImportFichier - \xc9chec de l'import du fichier paie_novembre.csv",
				"java.io.UncheckedIOException: java.nio.charset.MalformedInputException: Input length = 1",
				"\tat java.base/java.io.BufferedReader$1.hasNext(BufferedReader.java:576)",
				"\tat com.example.paie.ImportFichier.lire(ImportFichier.java:77)"),
			we("2026-11-29T07:41:18.002Z", Debug, "", "07:41:18.002 [main] DEBUG c.e.paie.Planificateur - prochaine ex\xe9cution \xe0 08:00, dur\xe9e estim\xe9e 12 s"),
		},
	},
	{
		name:   "syslog-ng-two-relays-interleaved-one-file",
		source: "syslog-ng's default file template (`Mmm dd hh:mm:ss host msg`) with two senders' lines interleaved in one destination file as they arrive, one sender's clock a few seconds behind: syslog-ng documentation on the default template; the interleaving from memory",
		why:    "interleaved lines from two hosts are records of their own with their own host and their own time, also when a line is older than the one before",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "db-01", "Nov 29 07:41:16 db-01 systemd[1]: Starting pg-backup.service - Nightly base backup..."),
			we("2026-11-29T07:41:12Z", Unknown, "edge-7", "Nov 29 07:41:12 edge-7 haproxy[911]: 203.0.113.18:51522 [29/Nov/2026:07:41:12.004] fe_https be_app/app-2 0/0/1/12/13 200 8812 - - ---- 41/41/3/1/0 0/0 \"GET /healthz HTTP/1.1\""),
			we("2026-11-29T07:41:17Z", Unknown, "db-01", "Nov 29 07:41:17 db-01 CRON[4410]: (postgres) CMD (/usr/local/bin/pg_backup.sh --label nightly)"),
			we("2026-11-29T07:41:13Z", Unknown, "edge-7", "Nov 29 07:41:13 edge-7 haproxy[911]: Server be_app/app-3 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 2 active and 0 backup servers left."),
		},
	},
}

func TestFresh245Formats(t *testing.T) { assertTable(t, fresh245Cases) }
func TestFresh245Score(t *testing.T) {
	checkScore(t, "fresh245 formats", fresh245Cases, [worldNumFields]float64{99.9, 99.9, 99.9, 92.2})
}
