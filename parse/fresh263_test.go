package parse

import "testing"

// The two-hundred-and-sixty-third fresh table, written on 2026-12-05: language runtimes' own
// diagnostics as developers read them on a terminal, in a captured stderr or in the journal, shapes
// no earlier table holds. Each family is one runtime's documented or observed output: the JDK's
// unified logging of class loading and unloading with its default decorations (uptime, level,
// tags) and the padding the JVM puts into a decoration once a wider one has been written; the
// JDK's os and os+container start-up lines with the time, uptime, level and tags decorations and a
// +0100 offset; Go's GODEBUG=schedtrace=1000,scheddetail=1 blocks (the SCHED line with its P, M and
// G lines) among a service's standard-log lines; Node.js with NODE_DEBUG=http,net (`NET pid:` and
// `HTTP pid:` lines after Node's own warning about the variable); `dotnet-counters collect` in its
// CSV format with a US twelve-hour clock; the console of `dotnet-trace collect`; an Erlang/OTP
// release's end in the journal (init's `Kernel pid terminated` pair, heart's ctime-stamped lines,
// the crash-dump line); Python's faulthandler.dump_traceback_later watchdog dump among a worker's
// logging lines; Python's warnings module printing ResourceWarning and RuntimeWarning without
// tracemalloc (the source line and the `Enable tracemalloc` line under each); Ruby 3.4's verbose
// warnings while a Rails app boots (the bundled-gems warning over three lines, method and constant
// redefinition with their `previous definition` lines, the frozen-literal deprecation).
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`Xlog`, `gc,heap`, `gc,start`, `][info][gc`, `safepoint`, `Pause Young`, `G1 Evacuation`,
// `Using G1`, `utctime`, `utcmillis`, `uptimenanos`, `timenanos`, `class,load`,
// `shared objects file`, `unloading class`, `os,container`, `OSContainer`, `Detected cgroups`,
// `CLOCK_MONOTONIC`, `os,thread`, `jit,compilation`, `startuptime`, `[Loaded `, `made not entrant`,
// `Full thread dump`, `gc-op`, `verbosegc`, `0SECTION`, `javacore`, `native_memory`,
// `Total time for which`, `PrintGCDetails`, `PSYoungGen`, `Full GC`, `ZGC`, `Shenandoah`,
// `gctrace`, `gc 1 @`, `schedtrace`, `SCHED `, `scheddetail`, `schedtick`, `gcwaiting`, `lockedm`,
// `GODEBUG`, `inittrace`, `scavtrace`, `DATA RACE`, `goroutine 1 [`, `trace-gc`, `Scavenge`,
// `Mark-Compact`, `Last few GCs`, `trace-warnings`, `trace-deprecation`, `DeprecationWarning`,
// `ExperimentalWarning`, `trace-sync-io`, `NODE_DEBUG`, `setupListenHandle`,
// `new http connection`, `HTTP 4`, `NET 4`, `dotnet-counters`, `Mean/Increment`, `Counter Type`,
// `dotnet-trace`, `nettrace`, `Recording trace`, `DotNETRuntime`, `EventPipe`, `createdump`,
// `System.Runtime`, `Unhandled exception.`, `Microsoft.Hosting.Lifetime`, `SASL`, `CRASH REPORT`,
// `crasher`, `SUPERVISOR REPORT`, `=ERROR REPORT`, `error_logger`, `single_line`,
// `+00:00 notice:`, `heart:`, `heart-beat`, `Kernel pid terminated`, `Crash dump`, `erl_crash`,
// `run_erl`, `faulthandler`, `Fatal Python error`, `Current thread 0x`, `Thread 0x`,
// `Timeout (0:`, `most recent call first`, `Extension modules`, `UserWarning`, `RuntimeWarning`,
// `FutureWarning`, `ResourceWarning`, `warnings.warn`, `py.warnings`, `Enable tracemalloc`,
// `never awaited`, `sys:1:`, `frozen importlib`, `Exception ignored in`, `import time:`,
// `Executing <Task`, `ruby`, `rb:N: warning`, `method redefined`, `already initialized constant`,
// `previous definition`, `loaded from the standard library`, `will be frozen`, `[BUG]`,
// `Booting Puma`, `Puma starting`, `PHP Fatal`, `PHP Warning`, `PHP Stack trace`, `PHP Deprecated`,
// `error_log`, `Stack trace:`, `said into stderr`, `script_filename`, `Development Server`,
// `Xdebug`). JDK unified logging is in many tables (world_test, fresh38, fresh43, fresh89,
// fresh112, fresh127, fresh211, fresh223) as GC and safepoint logs with the time, uptime,
// uptimemillis, timemillis, hostname, pid and tid decorations, and world_test holds one
// `[warning][os,thread]` line; the class,load and class,unload tag sets, the os and os,container
// start-up lines and the padded decorations are in none. Go's gctrace and the plain schedtrace line
// are in fresh178; scheddetail's P, M and G lines are in none. Node's process warnings are in
// fresh40 and its --trace-gc in fresh178; NODE_DEBUG's lines are in none (fresh47 holds
// `setupListenHandle` only as a stack frame). dotnet-counters, dotnet-trace, heart and init's
// `Kernel pid terminated` are in no table. faulthandler is in fresh176 as the fatal-error dump in
// a supervisord log; the watchdog's `Timeout (0:00:30)!` dump of every thread is in none. Python
// warnings lines are in rules_test, fresh100, fresh163, fresh176, fresh188 and fresh203 as
// UserWarning, FutureWarning, DeprecationWarning and RuntimeWarning with their source line;
// ResourceWarning, a never-awaited coroutine, `sys:1:` and the `Enable tracemalloc` line are in
// none. Ruby's `file.rb:N: warning:` lines are in no table (Ruby appears only as loggers and
// backtraces). Left out as measured already: the JDK's GC logs in their decorations (above), JDK 8
// GC details (fresh4, fresh112, fresh127), OpenJ9's verbose GC XML (fresh89), hs_err and thread
// dumps (fresh231), Go panics and the race detector (fresh135, fresh203, fresh231, fresh252),
// Node's --trace-gc, --trace-warnings and --trace-deprecation (fresh40, fresh178), .NET's
// console logger and unhandled exceptions (fresh4, fresh40, fresh166, fresh231), Erlang's SASL and
// logger reports (fresh47, fresh72, fresh141, fresh238), faulthandler's fatal dump (fresh176), PHP's
// error_log with stack traces, php-fpm's slow log, `php -S` and Xdebug (fresh_test, fresh2, fresh4,
// fresh11, fresh40, fresh120, fresh162, fresh213), so no PHP family is here. The table holds 10
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). The JVM's `time` decoration is converted from +0100; its uptime (`[0.011s]`,
// `[41.207s]`) is no clock, so the class-loading lines have no time. Go's standard log writes a
// zone-less local time, read as UTC; `SCHED 1004ms:` counts from the start, no time. dotnet-counters
// writes the collector's local time with no zone in the US form `11/29/2026 12:41:16 AM`, read as
// UTC (12 AM is midnight). The journal's `Nov 29 07:41:16` has no year (2026); heart's ctime `Sun
// Nov 29 07:41:16 2026` inside is the same second. NODE_DEBUG, dotnet-trace, faulthandler's dump,
// the warnings module and Ruby's warnings carry no time: the `[00:00:00:14]` before `Recording
// trace` is elapsed time and `_20261129_074116` in the trace file's name is a file name. Levels only
// where the line marks one: the JVM's level decoration, padded (`[info ]`) or not; Python logging's
// level word; Node's `Warning:` after `(node:pid)`; the warnings module's `file:N: XWarning:` and
// Ruby's `file:N: warning:`, as the earlier tables take them (Warn); `Informational(4)` in
// dotnet-trace's provider table is the level the session enables for that provider, no level of
// the line; Go's log, NODE_DEBUG's lines, the CSV rows, init's and heart's lines have none. The host
// is the record's host field: only the journal's `ledger-02`; the addresses in a ResourceWarning's
// socket repr, `bind to 0.0.0.0` and a request's upstream are no hosts. A record that spans lines is
// one entry: a SCHED block with its indented P, M and G lines; Node's warning with its `(Use …)`
// line; faulthandler's dump from `Timeout (…)!` to the last frame of the last thread, the blank
// lines between threads included; a warning with its indented source line and the `…Warning:
// Enable tracemalloc…` line under it; Ruby's bundled-gems warning with its `You can add …` and
// `Also please contact …` lines. Ruby's `previous definition of … was here` is a warning of its
// own, with its own location, and so is its own record.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 759ea5e before any rule for it: level 90.7 %, time 94.7 %, host 94.7 %, records 80.3 %.
// That is the macro figure (micro: level 93.7 %, time 96.2 %, host 96.2 %, records 86.1 %), in a
// worktree at 759ea5e with no change to trawl's code (only this file and table_test.go's list), 6 of
// 10 families fully right (both JVM families, NODE_DEBUG, both .NET tools and the Erlang crash in the
// journal); the gaps are Go's scheddetail blocks after a log line, faulthandler's watchdog dump after
// a logging line, the `Enable tracemalloc` line and the path-less locations of Python's warnings,
// and the continuation lines of Ruby's bundled-gems warning.

var fresh263Cases = []worldCase{
	{
		name:   "jvm-xlog-class-load-unload-default",
		source: "JDK 21's `java -Xlog:class+load,class+unload` on stdout with the default decorations (uptime, level, tags): `[0.080s][info][class,load] name source: shared objects file|file:/…jar|defining class`, hidden classes named `Outer$$Lambda/0x…`; once a wider tag set has been written the JVM pads later decorations to its width (`[info ][class,load             ]`): timob/jnigi issue #86 and microsoft/WSL issue #6487 (class,load lines), openjdk/jdk PR #14553 (the padded decorations); the class,unload message `unloading class name 0x…` from memory",
		why:    "an uptime in brackets is no clock: no time; `[info]` is the level; `[class,load  ]` padded after a `class,unload` line; a hidden class's `/0x…` suffix and the klass address are no times",
		entries: []worldEntry{
			we("", Info, "", "[0.011s][info][class,load] java.lang.Object source: shared objects file"),
			we("", Info, "", "[0.011s][info][class,load] java.io.Serializable source: shared objects file"),
			we("", Info, "", "[0.412s][info][class,load] com.example.ledger.Main source: file:/opt/ledger/ledger.jar"),
			we("", Info, "", "[0.436s][info][class,load] com.example.ledger.Main$$Lambda/0x000000080104a4b8 source: com.example.ledger.Main"),
			we("", Info, "", "[0.517s][info][class,load] org.postgresql.Driver source: file:/opt/ledger/lib/postgresql-42.7.4.jar"),
			we("", Info, "", "[41.207s][info][class,unload] unloading class java.lang.invoke.LambdaForm$MH/0x000000080124c400 0x000000080124c400"),
			we("", Info, "", "[41.209s][info][class,load  ] com.example.ledger.report.PdfRenderer source: file:/opt/ledger/ledger.jar"),
		},
	},
	{
		name:   "jvm-xlog-os-container-time-uptime",
		source: "JDK 21 in a container started with `TZ=Europe/Berlin` and `-Xlog:os=info,os+container=trace,os+thread=info:stdout:time,uptime,level,tags` (`[yyyy-MM-ddTHH:mm:ss.SSS+0100][0.006s][trace][os,container] msg`; the tags padded once a wider set has been written): openjdk/jdk11u-dev PR #840 and openjdk/jdk PRs #23811 and #20646 (the os,container messages at trace and debug), openjdk/jdk PR #14553 (padding); the os and os,thread messages from memory",
		why:    "the time decoration carries +0100 and is converted; the uptime after it is no second time; trace, debug and a padded `[info ]` are levels; the memory limit, CPU quota and pthread id are no times",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.198Z", Info, "", "[2026-11-29T08:41:16.198+0100][0.003s][info][os] Use of CLOCK_MONOTONIC is supported"),
			we("2026-11-29T07:41:16.198Z", Info, "", "[2026-11-29T08:41:16.198+0100][0.003s][info][os] Use of pthread_condattr_setclock is supported"),
			we("2026-11-29T07:41:16.199Z", Info, "", "[2026-11-29T08:41:16.199+0100][0.004s][info][os] HotSpot is running with glibc 2.36, NPTL 2.36"),
			we("2026-11-29T07:41:16.201Z", Trace, "", "[2026-11-29T08:41:16.201+0100][0.006s][trace][os,container] OSContainer::init: Initializing Container Support"),
			we("2026-11-29T07:41:16.201Z", Debug, "", "[2026-11-29T08:41:16.201+0100][0.006s][debug][os,container] Detected cgroups v2 unified hierarchy"),
			we("2026-11-29T07:41:16.202Z", Trace, "", "[2026-11-29T08:41:16.202+0100][0.007s][trace][os,container] Memory Limit is: 2147483648"),
			we("2026-11-29T07:41:16.202Z", Trace, "", "[2026-11-29T08:41:16.202+0100][0.007s][trace][os,container] CPU Quota is: 150000"),
			we("2026-11-29T07:41:16.203Z", Trace, "", "[2026-11-29T08:41:16.203+0100][0.008s][trace][os,container] OSContainer::active_processor_count: 2"),
			we("2026-11-29T07:41:16.219Z", Info, "", `[2026-11-29T08:41:16.219+0100][0.024s][info ][os,thread   ] Thread "GC Thread#0" started (pthread id: 139804114687680, attributes: stacksize: 1024k, guardsize: 4k, detached).`),
		},
	},
	{
		name:   "go-godebug-scheddetail-blocks",
		gap:    "trawl joins a `SCHED 1004ms: gomaxprocs=…` line that follows a standard-log line (`2026/11/29 07:41:17 GET …`) to that line, its indented P, M and G lines with it: the second and third scheddetail blocks are no records of their own (the first, at the top of the output, is)",
		source: "a Go 1.23 service run with `GODEBUG=schedtrace=1000,scheddetail=1` (runtime/proc.go schedtrace: `SCHED Nms: gomaxprocs=… needspinning=… runqueue=N gcwaiting=… sysmonwait=…`, then `  P<i>: status=… m=N|nil … timerslen=N`, `  M<i>: p=… curg=… lockedg=…` and `  G<i>: status=N(waitreason) m=… lockedm=…` printed under one lock) among its standard-log lines (`yyyy/MM/dd HH:mm:ss msg`): golang/go src/runtime/proc.go (schedtrace), guevara/read-it-later issue #6985 (a scheddetail block)",
		why:    "`SCHED 1004ms:` counts from the start: no time; the P, M and G lines indented under it are one record; the log lines' zone-less time is UTC; no level anywhere",
		entries: []worldEntry{
			we("", Unknown, "",
				"SCHED 0ms: gomaxprocs=4 idleprocs=3 threads=5 spinningthreads=1 needspinning=0 idlethreads=0 runqueue=0 gcwaiting=false nmidlelocked=0 stopwait=0 sysmonwait=false",
				"  P0: status=1 schedtick=0 syscalltick=0 m=0 runqsize=0 gfreecnt=0 timerslen=0",
				"  P1: status=0 schedtick=0 syscalltick=0 m=nil runqsize=0 gfreecnt=0 timerslen=0",
				"  P2: status=0 schedtick=0 syscalltick=0 m=nil runqsize=0 gfreecnt=0 timerslen=0",
				"  P3: status=0 schedtick=0 syscalltick=0 m=nil runqsize=0 gfreecnt=0 timerslen=0",
				"  M2: p=nil curg=nil mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=true blocked=false lockedg=nil",
				"  M1: p=nil curg=nil mallocing=0 throwing=0 preemptoff= locks=2 dying=0 spinning=false blocked=false lockedg=nil",
				"  M0: p=0 curg=1 mallocing=0 throwing=0 preemptoff= locks=1 dying=0 spinning=false blocked=false lockedg=1",
				"  G1: status=2() m=0 lockedm=0",
				"  G2: status=4(force gc (idle)) m=nil lockedm=nil",
				"  G3: status=4(GC sweep wait) m=nil lockedm=nil"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 ledgerd 1.8.2 listening on :8081"),
			we("2026-11-29T07:41:17Z", Unknown, "", "2026/11/29 07:41:17 GET /v1/balance?acct=4471 200 3.2ms"),
			we("", Unknown, "",
				"SCHED 1004ms: gomaxprocs=4 idleprocs=4 threads=9 spinningthreads=0 needspinning=0 idlethreads=6 runqueue=0 gcwaiting=false nmidlelocked=0 stopwait=0 sysmonwait=false",
				"  P0: status=0 schedtick=41 syscalltick=12 m=nil runqsize=0 gfreecnt=3 timerslen=1",
				"  P1: status=0 schedtick=18 syscalltick=4 m=nil runqsize=0 gfreecnt=0 timerslen=0",
				"  P2: status=0 schedtick=27 syscalltick=9 m=nil runqsize=0 gfreecnt=1 timerslen=0",
				"  P3: status=0 schedtick=12 syscalltick=2 m=nil runqsize=0 gfreecnt=0 timerslen=0",
				"  M8: p=nil curg=nil mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=true lockedg=nil",
				"  M0: p=nil curg=nil mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=true lockedg=nil",
				"  G1: status=4(IO wait) m=nil lockedm=nil",
				"  G2: status=4(force gc (idle)) m=nil lockedm=nil",
				"  G18: status=4(select) m=nil lockedm=nil",
				"  G21: status=4(IO wait) m=nil lockedm=nil"),
			we("2026-11-29T07:41:18Z", Unknown, "", "2026/11/29 07:41:18 POST /v1/transfer 502 1.503s upstream=10.40.2.30:7000"),
			we("", Unknown, "",
				"SCHED 2011ms: gomaxprocs=4 idleprocs=3 threads=9 spinningthreads=0 needspinning=0 idlethreads=5 runqueue=0 gcwaiting=false nmidlelocked=0 stopwait=0 sysmonwait=false",
				"  P0: status=1 schedtick=88 syscalltick=31 m=5 runqsize=0 gfreecnt=4 timerslen=2",
				"  M5: p=0 curg=21 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=false lockedg=nil",
				"  G21: status=2() m=5 lockedm=nil"),
		},
	},
	{
		name:   "node-debug-http-net",
		source: "Node.js 22 started with `NODE_DEBUG=http,net` (util.debuglog: `SECTION pid: msg`, util.format'ed arguments; Node's process warning about the variable, `(node:pid) Warning: …` with its `(Use `node --trace-warnings ...` …)` line) on stderr, the app's untimed console.log among it: nodejs/node issue #58353 (`HTTP2 pid: …` lines and the warning), nodejs/node PR #21914 (the warning), lib/net.js and lib/_http_server.js (`setupListenHandle`, `SERVER new http connection`); the other debug messages from memory",
		why:    "`NET 41207:` and `HTTP 41207:` name a subsystem and a pid, no level and no time; `bind to 0.0.0.0` names no host; the warning and its `(Use …)` line are one record at Warn",
		entries: []worldEntry{
			we("", Warn, "",
				"(node:41207) Warning: Setting the NODE_DEBUG environment variable to 'http' can expose sensitive data (such as passwords, tokens and authentication headers) in the resulting log.",
				"(Use `node --trace-warnings ...` to show where the warning was created)"),
			we("", Unknown, "", "NET 41207: setupListenHandle 0.0.0.0 8080 4 511 undefined"),
			we("", Unknown, "", "NET 41207: setupListenHandle: create a handle"),
			we("", Unknown, "", "NET 41207: bind to 0.0.0.0"),
			we("", Unknown, "", "ledger-api listening on http://0.0.0.0:8080"),
			we("", Unknown, "", "NET 41207: onconnection"),
			we("", Unknown, "", "HTTP 41207: SERVER new http connection"),
			we("", Unknown, "", "HTTP 41207: SERVER socketOnParserExecute 412"),
			we("", Unknown, "", "HTTP 41207: write ret = true"),
			we("", Unknown, "", "HTTP 41207: outgoing message end."),
			we("", Unknown, "", "NET 41207: destroy"),
			we("", Unknown, "", "NET 41207: close handle"),
			we("", Unknown, "", "HTTP 41207: server socket close"),
		},
	},
	{
		name:   "dotnet-counters-collect-csv",
		source: "`dotnet-counters collect -p N --format csv` (counter.csv: the header `Timestamp,Provider,Counter Name,Counter Type,Mean/Increment`, then one row a counter a refresh, the timestamp in the collector's culture with no zone, `Metric` or `Rate`): dotnet/diagnostics PR #493 (the exporter and its en-US `9/20/2019 10:43:39 PM` rows) and issue #4395 (an 8.0 tool's rows)",
		why:    "a US date with a twelve-hour clock: `12:41:16 AM` is 00:41:16; no zone, read as UTC; the header line is no record; the counter names' `(%)`, `(MB)` and `(Count / 1 sec)` and the values are no times and no levels",
		entries: []worldEntry{
			wskip("Timestamp,Provider,Counter Name,Counter Type,Mean/Increment"),
			we("2026-11-29T00:41:16Z", Unknown, "", "11/29/2026 12:41:16 AM,System.Runtime,CPU Usage (%),Metric,3.117"),
			we("2026-11-29T00:41:16Z", Unknown, "", "11/29/2026 12:41:16 AM,System.Runtime,Working Set (MB),Metric,214"),
			we("2026-11-29T00:41:16Z", Unknown, "", "11/29/2026 12:41:16 AM,System.Runtime,GC Heap Size (MB),Metric,61"),
			we("2026-11-29T00:41:16Z", Unknown, "", "11/29/2026 12:41:16 AM,System.Runtime,Gen 0 GC Count (Count / 1 sec),Rate,2"),
			we("2026-11-29T00:41:17Z", Unknown, "", "11/29/2026 12:41:17 AM,Microsoft.AspNetCore.Hosting,Request Rate (Count / 1 sec),Rate,48"),
			we("2026-11-29T00:41:17Z", Unknown, "", "11/29/2026 12:41:17 AM,Microsoft.AspNetCore.Hosting,Failed Requests (Count / 1 sec),Rate,1"),
			we("2026-11-29T00:41:19Z", Unknown, "", "11/29/2026 12:41:19 AM,System.Runtime,Exception Count (Count / 1 sec),Rate,7"),
		},
	},
	{
		name:   "dotnet-trace-collect-console",
		source: "`dotnet-trace collect -p N` as the terminal shows it (the profile notice, the provider table `Provider Name  Keywords  Level  Enabled By` with `Informational(4)` levels, `Process        : path`, `Output File    : <app>_<yyyyMMdd>_<HHmmss>.nettrace`, the `[hh:mm:ss:ss]`, a tab and `Recording trace N (MB)`, `Press <Enter> or <Ctrl+C> to exit...`, the stopping and completed lines): dotnet/diagnostics PR #473 (the console) and issue #205 (Process and Output File), dotnet/docs PR #25529; the default file name and the stopping line from memory",
		why:    "no time anywhere: `[00:00:00:14]` is elapsed time and `_20261129_074116` is part of a file name; `Informational(4)` is the level the session enables for a provider, no level of the line; the table's header is no record",
		entries: []worldEntry{
			we("", Unknown, "", "No profile or providers specified, defaulting to trace profile 'cpu-sampling'"),
			wskip("Provider Name                           Keywords            Level               Enabled By"),
			we("", Unknown, "", "Microsoft-DotNETCore-SampleProfiler     0x0000F00000000000  Informational(4)    --profile"),
			we("", Unknown, "", "Microsoft-Windows-DotNETRuntime         0x00000014C14FCCBD  Informational(4)    --profile"),
			we("", Unknown, "", "Process        : /app/Ledger.Api"),
			we("", Unknown, "", "Output File    : /home/ines/Ledger.Api_20261129_074116.nettrace"),
			we("", Unknown, "", "[00:00:00:14]\tRecording trace 3.7210   (MB)"),
			we("", Unknown, "", "Press <Enter> or <Ctrl+C> to exit..."),
			we("", Unknown, "", "Stopping the trace. This may take several minutes depending on the application being traced."),
			we("", Unknown, "", "Trace completed."),
		},
	},
	{
		name:   "erlang-heart-kernel-pid-journal",
		source: "an Erlang/OTP 27 release run in the foreground by systemd with `-heart` and HEART_COMMAND, read with journalctl (BSD journal line; init's `{\"Kernel pid terminated\",Who,\"Reason\"}` and `Kernel pid terminated (Who) (Reason)` pair; heart's print_error `heart: <ctime>: msg` lines: `Erlang is crashing .. (waiting for crash dump file)`, `Waiting for dump - timeout set to N seconds.`, `heart-beat time-out, no activity for N seconds`, `Executed \"cmd\" -> N. Terminating.`; `Crash dump is being written to: file...done`): erts/etc/common/heart.c (print_error and its messages), ninenines/cowboy issues #736 and #1139, edeliver/edeliver issue #246, CityOfZion/neo-scan issue #207; heart ends its lines with a carriage return before the newline, left out here",
		why:    "the journal's yearless time and host; heart's ctime `Sun Nov 29 07:41:16 2026` inside is the same second; the Erlang terms, `#Port<…>` and `-> 0` are no times or levels; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "ledger-02", `Nov 29 07:41:16 ledger-02 ledger[1412]: {"Kernel pid terminated",application_controller,"{application_terminated,ledger,shutdown}"}`),
			we("2026-11-29T07:41:16Z", Unknown, "ledger-02", "Nov 29 07:41:16 ledger-02 ledger[1412]: Kernel pid terminated (application_controller) ({application_terminated,ledger,shutdown})"),
			we("2026-11-29T07:41:16Z", Unknown, "ledger-02", "Nov 29 07:41:16 ledger-02 ledger[1412]: heart: Sun Nov 29 07:41:16 2026: Erlang is crashing .. (waiting for crash dump file)"),
			we("2026-11-29T07:41:16Z", Unknown, "ledger-02", "Nov 29 07:41:16 ledger-02 ledger[1412]: heart: Sun Nov 29 07:41:16 2026: Waiting for dump - timeout set to 60 seconds."),
			we("2026-11-29T07:41:18Z", Unknown, "ledger-02", "Nov 29 07:41:18 ledger-02 ledger[1412]: Crash dump is being written to: /var/lib/ledger/erl_crash.dump...done"),
			we("2026-11-29T07:41:19Z", Unknown, "ledger-02", `Nov 29 07:41:19 ledger-02 ledger[1412]: heart: Sun Nov 29 07:41:19 2026: Executed "/opt/ledger/bin/ledger foreground" -> 0. Terminating.`),
			we("2026-11-29T09:02:45Z", Unknown, "ledger-02", "Nov 29 09:02:45 ledger-02 ledger[2207]: heart: Sun Nov 29 09:02:45 2026: heart-beat time-out, no activity for 63 seconds"),
			we("2026-11-29T09:02:46Z", Unknown, "ledger-02", `Nov 29 09:02:46 ledger-02 ledger[2207]: heart: Sun Nov 29 09:02:46 2026: Executed "/opt/ledger/bin/ledger foreground" -> 0. Terminating.`),
		},
	},
	{
		name:   "python-faulthandler-dump-later-timeout",
		gap:    "trawl joins faulthandler's watchdog dump (`Timeout (0:00:30)!`, the `Thread 0x… (most recent call first):` headers, their `  File \"…\", line N in func` frames and the blank line between threads) to the timed `WARNING` logging line before it, so the dump is no record of its own",
		source: "a Python 3.12 ingest worker arming `faulthandler.dump_traceback_later(30, repeat=True)` as a watchdog, its stderr file holding its logging lines (`%(asctime)s %(levelname)s %(name)s: %(message)s`) and the watchdog's dump (`Timeout (H:MM:SS)!`, then every thread as `Thread 0x… (most recent call first):` and `  File \"…\", line N in func` frames, a blank line between threads; the watchdog thread names no current thread): cpython Modules/faulthandler.c (format_timeout, dump_traceback_later) and Python/traceback.c (the thread headers and frames), a pytest plugin's test of the dump shape found by search",
		why:    "the dump has no time of its own and is one record with its blank line inside; `0:00:30` is a timeout and `0x00007f3a…` a thread id, no times; the logging lines' comma milliseconds and level words",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "2026-11-29 07:41:16,204 INFO ingest.worker: batch 812 fetched (500 rows)"),
			we("2026-11-29T07:41:16.377Z", Warn, "", "2026-11-29 07:41:16,377 WARNING ingest.sink: slow flush to warehouse: 2.8s"),
			we("", Unknown, "",
				"Timeout (0:00:30)!",
				"Thread 0x00007f3a2b7fe6c0 (most recent call first):",
				`  File "/usr/lib/python3.12/ssl.py", line 1103 in read`,
				`  File "/usr/lib/python3.12/ssl.py", line 1251 in recv_into`,
				`  File "/usr/lib/python3.12/socket.py", line 720 in readinto`,
				`  File "/usr/lib/python3.12/http/client.py", line 292 in _read_status`,
				`  File "/usr/lib/python3.12/http/client.py", line 331 in begin`,
				`  File "/usr/lib/python3.12/http/client.py", line 1428 in getresponse`,
				`  File "/opt/ingest/.venv/lib/python3.12/site-packages/urllib3/connection.py", line 516 in getresponse`,
				`  File "/opt/ingest/ingest/sink.py", line 88 in flush`,
				`  File "/opt/ingest/ingest/worker.py", line 64 in run`,
				`  File "/usr/lib/python3.12/threading.py", line 1073 in _bootstrap_inner`,
				`  File "/usr/lib/python3.12/threading.py", line 1030 in _bootstrap`,
				"",
				"Thread 0x00007f3a31c4b740 (most recent call first):",
				`  File "/usr/lib/python3.12/threading.py", line 355 in wait`,
				`  File "/usr/lib/python3.12/queue.py", line 171 in get`,
				`  File "/opt/ingest/ingest/main.py", line 41 in main`,
				`  File "/opt/ingest/ingest/main.py", line 57 in <module>`),
			we("2026-11-29T07:41:47.912Z", Error, "", "2026-11-29 07:41:47,912 ERROR ingest.sink: flush of batch 812 failed after 31.4s: read timed out"),
			we("2026-11-29T07:41:48.020Z", Info, "", "2026-11-29 07:41:48,020 INFO ingest.worker: batch 812 requeued (attempt 2 of 5)"),
		},
	},
	{
		name:   "python-warnings-resourcewarning-untraced",
		gap:    "trawl splits the `ResourceWarning: Enable tracemalloc to get the object allocation traceback` line (and the RuntimeWarning one) off its warning as a record of its own, and reads no level from a warning whose location is no file path (`sys:1: ResourceWarning:`, `<frozen importlib._bootstrap>:488: ResourceWarning:`)",
		source: "a Python 3.12 command run with `-W default` and without tracemalloc (the warnings module's `file:N: Category: msg`, the source line indented under it when linecache finds it, then `Category: Enable tracemalloc to get the object allocation traceback` for a warning with a source object; `sys:1:` for one raised at shutdown, `<frozen importlib._bootstrap>:488:` inside the import system), the script's own untimed print among them: cpython Lib/test/test_warnings (the expected ResourceWarning output), ResourceWarning and `coroutine … was never awaited` lines pasted in public repositories' logs found by search",
		why:    "a warning is its category-marked line, its indented source line and the `Enable tracemalloc` line under it, one record at Warn; the third line starts with a category and a colon yet is no record; no time; the socket repr's addresses are no host",
		entries: []worldEntry{
			we("", Warn, "",
				"/opt/ledger/ledger/export.py:41: ResourceWarning: unclosed file <_io.TextIOWrapper name='/var/tmp/ledger-export-812.csv' mode='w' encoding='UTF-8'>",
				`  write_rows(open(path, "w"), batch)`,
				"ResourceWarning: Enable tracemalloc to get the object allocation traceback"),
			we("", Warn, "",
				"/opt/ledger/ledger/notify.py:30: RuntimeWarning: coroutine 'Channel.close' was never awaited",
				"  chan.close()",
				"RuntimeWarning: Enable tracemalloc to get the object allocation traceback"),
			we("", Unknown, "", "exported 500 rows to /var/tmp/ledger-export-812.csv"),
			we("", Warn, "",
				"<frozen importlib._bootstrap>:488: ResourceWarning: unclosed database in <sqlite3.Connection object at 0x7f41c2a3e9b0>",
				"ResourceWarning: Enable tracemalloc to get the object allocation traceback"),
			we("", Warn, "",
				"sys:1: ResourceWarning: unclosed <socket.socket fd=7, family=2, type=1, proto=6, laddr=('10.40.2.17', 50412), raddr=('10.40.2.30', 5432)>",
				"ResourceWarning: Enable tracemalloc to get the object allocation traceback"),
		},
	},
	{
		name:   "ruby34-verbose-warnings-rails-boot",
		gap:    "trawl splits the bundled-gems warning's second and third lines (`You can add logger to your Gemfile or gemspec …`, `Also please contact the author of …`) off its `logging.rb:1: warning:` line as records of their own",
		source: "a Rails 8 app booted with `bin/rails server` under Ruby 3.4 and `RUBYOPT=-w` (rb_warn's `path:line: warning: msg`; bundled_gems.rb's three-line `… was loaded from the standard library, but will no longer be part of the default gems starting from Ruby 3.5.0.` / `You can add … to your Gemfile or gemspec to silence this warning.` / `Also please contact the author of … to request adding … into its gemspec.`; `method redefined; discarding old x` and `already initialized constant X`, each followed by its own `previous definition of x was here` warning; the frozen-literal deprecation), Rails' and Puma's untimed boot lines among them: jeremyevans/ruby-warning PR #24 and github/entitlements-app PR #46 (the bundled-gems warning), thoughtbot/upcase issue #2628; the redefinition and frozen-literal wording from memory",
		why:    "`warning:` after the location marks each warning (Warn); the bundled-gems warning's second and third lines, which start with a capital word and no location, belong to it; `previous definition … was here` carries its own location and is its own record; no time; `3.4.0` and `1.3.4` in paths are versions",
		entries: []worldEntry{
			we("", Unknown, "", "=> Booting Puma"),
			we("", Unknown, "", "=> Rails 8.0.3 application starting in development"),
			we("", Warn, "",
				"/srv/ledger/vendor/bundle/ruby/3.4.0/gems/concurrent-ruby-1.3.4/lib/concurrent-ruby/concurrent/concern/logging.rb:1: warning: logger was loaded from the standard library, but will no longer be part of the default gems starting from Ruby 3.5.0.",
				"You can add logger to your Gemfile or gemspec to silence this warning.",
				"Also please contact the author of concurrent-ruby-1.3.4 to request adding logger into its gemspec."),
			we("", Warn, "", "/srv/ledger/app/models/invoice.rb:27: warning: method redefined; discarding old total_cents"),
			we("", Warn, "", "/srv/ledger/app/models/concerns/billable.rb:12: warning: previous definition of total_cents was here"),
			we("", Warn, "", "/srv/ledger/config/initializers/ledger.rb:4: warning: already initialized constant Ledger::EXPORT_DIR"),
			we("", Warn, "", "/srv/ledger/config/initializers/ledger.rb:3: warning: previous definition of EXPORT_DIR was here"),
			we("", Warn, "", "/srv/ledger/lib/ledger/csv_row.rb:22: warning: literal string will be frozen in the future (run with --debug-frozen-string-literal for more information)"),
			we("", Unknown, "", "Puma starting in single mode..."),
			we("", Unknown, "", "* Listening on http://127.0.0.1:3000"),
		},
	},
}

func TestFresh263Formats(t *testing.T) { assertTable(t, fresh263Cases) }
func TestFresh263Score(t *testing.T) {
	checkScore(t, "fresh263 formats", fresh263Cases, [worldNumFields]float64{90.6, 94.6, 94.6, 80.2})
}
