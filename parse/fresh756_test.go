package parse

import "testing"

// The seven-hundred-and-fifty-sixth fresh table: language runtimes' crash and diagnostic reports as
// they land in the log file the service writes its own lines to. Each family is one runtime's
// report among (or instead of) the application's lines: V8's heap out-of-memory report
// (`<--- Last few GCs --->` … `FATAL ERROR:` … the native stack) between pino's JSON lines; the
// header sections of an Erlang/OTP erl_crash.dump (`=erl_crash_dump:0.5`, a ctime date, `Slogan:`,
// then `=memory` and the other `=section` blocks); the first sections of an OpenJ9 javacore
// (`0SECTION` blocks with their `1TIDATETIMEUTC` and `1TIDATETIME` lines); Ruby's rb_bug crash
// report (`file.rb:N: [BUG] Segmentation fault at 0x…` with its `-- … information --` sections)
// between Ruby Logger lines; .NET's `Fatal error.` access violation followed by createdump's
// `[createdump]` lines after the simple console formatter's timestamped two-line records; Python
// logging's handleError block (`--- Logging error ---` … `Arguments:`) among the logging lines;
// Xdebug's `PHP Stack trace:` and `PHP   N.` lines in php_errors.log with a Europe/Berlin
// date.timezone; the Go runtime's `runtime: out of memory` / `fatal error: out of memory` report
// among the standard log package's lines.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first: `goroutine`, `panic:`, `fatal error:`, `Xlog`, `gc,heap`,
// `safepoint`, `hs_err`, `SIGSEGV (0xb)`, `jfr`, `jcmd`, `Unhandled exception`, `dotnet-counters`,
// `FATAL ERROR:`, `trace-warnings`, `DeprecationWarning`, `faulthandler`, `Fatal Python error`,
// `UserWarning`, `Ruby crash`, `[BUG]`, `Control frame information`, `erl_crash`, `Slogan`,
// `=erl_crash_dump`, `eheap_alloc`, `PHP Fatal`, `PHP Warning`, `PHP Stack trace`, `PHP   1.`,
// `Maximum execution time`, `Europe/Berlin] PHP`, `Mark-Compact`, `Scavenge`, `trace-gc`,
// `Last few GCs`, `Reached heap limit`, `JavaScript heap out of memory`, `gc,start`, `Pause Young`,
// `RUST_BACKTRACE`, `GODEBUG`, `gctrace`, `scvg`, `SIGQUIT`, `Full thread dump`,
// `UnhandledPromiseRejection`, `ResourceWarning`, `CRASH REPORT`, `=ERROR REPORT`, `Stack trace:`,
// `hhvm`, `ZGC`, `Shenandoah`, `AddressSanitizer`, `DATA RACE`, `valgrind`, `coreclr`,
// `createdump`, `Fatal error. `, `Internal CLR error`, `OpenJ9`, `verbosegc`, `javacore`,
// `0SECTION`, `1TIDATETIME`, `Dump Event`, `gp=0x`, `runtime: out of memory`,
// `fatal error: out of memory`, `runtime.throw`, `Exception ignored in`, `--- Logging error ---`,
// `Logging error`, `Call stack:`, `py.warnings`, `jfr,startup`, `Started recording`,
// `Thread.print`, `GC.heap_info`, `Native Memory Tracking`, `Terminating due to`,
// `CrashOnOutOfMemoryError`, `hostname decorator`, `uptimenanos`, `PrintGCDateStamps`. The theme is
// largely measured already (JDK unified GC logs in every decoration including hostname, hs_err and
// thread dumps, Go panics, gctrace, schedtrace and the race detector, Node's --trace-gc and
// warnings, .NET's console logger, unhandled exceptions, dotnet-counters and dotnet-trace,
// faulthandler's fatal and watchdog dumps, Python warnings, Ruby warnings, Erlang's SASL reports and
// heart, PHP's error log, OpenJ9's verbose GC XML, jfr print), so those were left out. `[BUG]`,
// `Last few GCs`, `javacore`, `0SECTION`, `createdump` and `Exception ignored in` appear only in
// earlier tables' grep lists, `erl_crash` only as the `Crash dump is being written to` line in a
// journal, `Logging error` only inside unrelated messages, `PHP Stack trace` only in a grep list,
// and `Slogan`, `1TIDATETIME`, `Reached heap limit`, `--- Logging error ---`, `PHP   1.` and
// `runtime: out of memory` in no file: the eight families below are in no table. The table holds 8
// families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). pino writes epoch milliseconds; Ruby's Logger, the .NET console
// formatter's `yyyy-MM-dd HH:mm:ss`, Python's asctime, Go's log package and the Erlang dump's ctime
// date are zone-less and taken as UTC; PHP writes its date.timezone name (Europe/Berlin, +01:00 in
// November), converted. The javacore's TITLE section carries two versions of its own time (the UTC
// one and the local CET one with no zone on its line), so either is accepted (`a|b`). The runtime
// reports carry no time of their own (V8's `ms:` counts are since the isolate started; Ruby's,
// .NET's, Python's, Go's and Xdebug's continuation lines none), nor the javacore's and the dump's
// later sections (the javacore's JVM start time and the dump's `Compiled:` date are fields, not the
// section's time). Levels only where the line marks one: pino's numeric level (30 info, 40 warn,
// 50 error), Ruby Logger's letter and word, the .NET formatter's four-letter level (info, warn,
// fail), Python's levelname, PHP's `PHP Fatal error`; a runtime's fatal marker makes its report
// Critical (V8's `FATAL ERROR:`, Ruby's `[BUG]`, .NET's `Fatal error.`, Go's `fatal error:`, as
// faulthandler's `Fatal Python error` is in earlier tables). No level: Python's handleError block,
// createdump's lines, Go's standard log lines, Puma's worker line, Xdebug's stack lines and every
// section of the crash dump and the javacore. The host is pino's hostname field; no other family
// writes one. Multi-line records: V8's report from `<--- Last few GCs --->` to its last native
// frame (its blank lines included), Ruby's report from the `[BUG]` line to its last C frame, the
// .NET console formatter's header with its indented message, `Fatal error.` with its `   at`
// frames, Python's block from `--- Logging error ---` to `Arguments:`, Go's report from
// `runtime: out of memory` to its last frame, each crash-dump `=section` with its `key: value`
// lines, each javacore `0SECTION` to the `NULL  ---` line that closes it.
//
// The shapes come from the sources and issue threads each case names, found with the search tool
// (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the source
// says "from memory" (pino's fields, Ruby Logger's default format, the .NET simple console
// formatter's timestamp, Xdebug's error-log lines, the javacore's ENVINFO lines). Hosts, ids,
// addresses, users and messages are invented, and every time is in late November 2026. The
// expectations were decided from the format before the table was first run, and none was changed
// after it; a family trawl still gets wrong carries a gap that says what it does not read, and it
// stays in the score.
//
// Its first figure, scored at commit 9a0f1b1 before any rule for it: level 72.5 %, time 74.0 %, host 78.1 %, records 50.0 %.
// That is the macro figure (micro: level 72.7 %, time 75.8 %, host 78.8 %, records 54.5 %), in a
// worktree at 9a0f1b1 with no change to trawl's code (only this file and table_test.go's list), 1 of
// 8 families fully right (Xdebug's lines in the Berlin error log); the gaps are record boundaries
// and fatal markers: V8's report is split at its blank lines, the crash dump's `=section` blocks are
// joined to the header, every javacore line is its own entry and its `1TIDATETIMEUTC` date is not
// read, Ruby's `[BUG]` report, Python's `--- Logging error ---` block and Go's `runtime: out of
// memory` line are joined to the timed line before them, and .NET's `Fatal error.` gets no level.

var fresh756Cases = []worldCase{
	{
		name:   "node-v8-heap-oom-report-among-pino",
		source: "V8's fatal out-of-memory report on a Node.js service's stderr (`<--- Last few GCs --->`, a blank line, `[pid:0xisolate]  N ms: Mark-Compact … allocation failure; scavenge might not succeed` lines, `<--- JS stacktrace --->`, `FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory`, `----- Native stack trace -----`, numbered native frames): google-gemini/gemini-cli issues #4359, #17129 and #26974, nodejs/node issue #29800; pino's default JSON line (`level`, `time` in epoch ms, `pid`, `hostname`, `msg`) from memory",
		why:    "a multi-line runtime report with blank lines and no time (the `ms:` counts are since the isolate started) between JSON lines carrying epoch-millisecond times, a numeric level and a hostname field",
		gap:    "V8's out-of-memory report is split into six entries at its blank lines (`<--- Last few GCs --->`, each `[pid:0x\u2026] N ms: Mark-Compact` line, `<--- JS stacktrace --->`, `FATAL ERROR: \u2026`, `----- Native stack trace -----` with its frames), so the record opened by `<--- Last few GCs --->` holds only that line and gets no level; `FATAL ERROR:` is read as Critical only on its own split entry",
		entries: []worldEntry{
			we("2026-11-29T07:41:10.120Z", Info, "web-07", `{"level":30,"time":1795938070120,"pid":4127,"hostname":"web-07","msg":"export job 8812 started","rows":1840000}`),
			we("2026-11-29T07:41:12.488Z", Warn, "web-07", `{"level":40,"time":1795938072488,"pid":4127,"hostname":"web-07","msg":"heap usage above 90%","heapUsedMB":1931}`),
			we("", Critical, "",
				"<--- Last few GCs --->",
				"",
				"[4127:0x6a3e1c0]    48213 ms: Mark-Compact 2041.7 (2079.3) -> 2040.9 (2080.1) MB, pooled: 0 MB, 1612.40 / 0.00 ms  (average mu = 0.141, current mu = 0.012) allocation failure; scavenge might not succeed",
				"[4127:0x6a3e1c0]    49930 ms: Mark-Compact 2042.2 (2080.1) -> 2041.6 (2080.6) MB, 1688.07 / 0.00 ms  (average mu = 0.077, current mu = 0.009) allocation failure; scavenge might not succeed",
				"",
				"",
				"<--- JS stacktrace --->",
				"",
				"FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
				"----- Native stack trace -----",
				"",
				" 1: 0xb9a2f3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [/usr/local/bin/node]",
				" 2: 0xf1c410 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [/usr/local/bin/node]",
				" 3: 0xf1c6f7 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [/usr/local/bin/node]",
				" 4: 0x1129c05  [/usr/local/bin/node]"),
			we("2026-11-29T07:41:31.904Z", Info, "web-07", `{"level":30,"time":1795938091904,"pid":4190,"hostname":"web-07","msg":"server listening","port":3000}`),
		},
	},
	{
		name:   "erlang-erl-crash-dump-sections",
		source: "erl_crash.dump's header and first sections (`=erl_crash_dump:0.5`, a ctime date line, `Slogan:`, `System version:`, `Compiled:`, `Taints:`, `Atoms:`, `Calling Thread:`, then `=memory`, `=hash_table:atom_tab`, `=allocated_areas` with `key: value` lines): erlang/otp PRs #8784 and #2760, processone/ejabberd issue #600",
		why:    "a file of `=section` blocks: only the header carries a time, a zone-less ctime date on its second line; `Compiled:` is a second, older date that is not the record's; no level, no host",
		gap:    "the crash dump's `=memory`, `=hash_table:atom_tab` and `=allocated_areas` sections are joined to the header record (`=erl_crash_dump:0.5` with its ctime date) instead of each being a record: a line opening with `=name` is not read as a record start",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"=erl_crash_dump:0.5",
				"Sun Nov 29 07:41:16 2026",
				"Slogan: eheap_alloc: Cannot allocate 3280986736 bytes of memory (of type \"heap\").",
				"System version: Erlang/OTP 27 [erts-15.1.2] [source] [64-bit] [smp:8:8] [ds:8:8:10] [async-threads:1] [jit:ns]",
				"Compiled: Tue Oct 13 09:12:44 2026",
				"Taints: asn1rt_nif,crypto",
				"Atoms: 48211",
				"Calling Thread: scheduler:3"),
			we("", Unknown, "",
				"=memory",
				"total: 3402918224",
				"processes: 3291045112",
				"processes_used: 3291040880",
				"system: 111873112",
				"atom: 1499401",
				"binary: 2281944"),
			we("", Unknown, "",
				"=hash_table:atom_tab",
				"size: 39419",
				"used: 30172",
				"objs: 48211",
				"depth: 7"),
			we("", Unknown, "",
				"=allocated_areas",
				"sys_misc: 412906",
				"static: 1049856",
				"atom_space: 786528 512880",
				"atom_table: 1006521"),
		},
	},
	{
		name:   "openj9-javacore-sections",
		source: "an OpenJ9 javacore written on a gpf (`0SECTION       TITLE subcomponent dump routine`, `NULL           ====…`, `1TISIGINFO     Dump Event \"gpf\" (00002000) received`, `1TIDATETIMEUTC Date: yyyy/MM/dd at HH:mm:ss:SSS (UTC)`, `1TIDATETIME    Date: …` local, `1TITIMEZONE    Timezone: UTC+1 (CET)`, the GPINFO section's `2XHOSLEVEL` and `1XHEXCPCODE` lines, `NULL           ----…` closing each section): eclipse-openj9/openj9 issues #16341, #8973 and #17812; the ENVINFO lines (`1CIJAVAVERSION`, `1CISTARTTIME`) from memory",
		why:    "fixed 15-column tags before each value; the TITLE section carries its time twice (UTC, and local CET with no zone on the line); later sections carry no time of their own, ENVINFO's JVM start time is a field",
		gap:    "every javacore line is its own entry: the `0SECTION` block is not read as one record up to its closing `NULL  ----` line, and the TITLE section's `1TIDATETIMEUTC Date: yyyy/MM/dd at HH:mm:ss:SSS (UTC)` (and the local `1TIDATETIME`) is not read as a time, so the section gets none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z|2026-11-29T08:41:16.123Z", Unknown, "",
				"0SECTION       TITLE subcomponent dump routine",
				"NULL           ===============================",
				"1TICHARSET     UTF-8",
				"1TISIGINFO     Dump Event \"gpf\" (00002000) received",
				"1TIDATETIMEUTC Date: 2026/11/29 at 07:41:16:123 (UTC)",
				"1TIDATETIME    Date: 2026/11/29 at 08:41:16:123",
				"1TITIMEZONE    Timezone: UTC+1 (CET)",
				"1TINANOTIME    System nanotime: 902114530917346",
				"1TIFILENAME    Javacore filename:    /opt/ledger/javacore.20261129.084116.3391.0002.txt",
				"1TIREQFLAGS    Request Flags: 0x81 (exclusive+preempt)",
				"1TIPREPSTATE   Prep State: 0x100 (trace_disabled)",
				"NULL           ------------------------------------------------------------------------"),
			we("", Unknown, "",
				"0SECTION       GPINFO subcomponent dump routine",
				"NULL           ================================",
				"2XHOSLEVEL     OS Level         : Linux 6.8.0-49-generic",
				"2XHCPUS        Processors -",
				"3XHCPUARCH       Architecture   : amd64",
				"3XHNUMCPUS       How Many       : 16",
				"NULL           ",
				"1XHEXCPCODE    J9Generic_Signal_Number: 00000018",
				"1XHEXCPCODE    Signal_Number: 0000000B",
				"1XHEXCPCODE    InaccessibleAddress: 0000000000000040",
				"NULL           ------------------------------------------------------------------------"),
			we("", Unknown, "",
				"0SECTION       ENVINFO subcomponent dump routine",
				"NULL           =================================",
				"1CIJAVAVERSION JRE 21.0.5 Linux amd64-64-Bit Compressed References 20241015_289 (JIT enabled, AOT enabled)",
				"1CISTARTTIME   JVM start time: 2026/11/29 at 06:02:11:904",
				"1CIPROCESSID   Process ID: 3391 (0xD3F)",
				"NULL           ------------------------------------------------------------------------"),
		},
	},
	{
		name:   "ruby-rb-bug-crash-report-among-logger",
		source: "Ruby's rb_bug report on a Rails/Puma worker's stderr (`path.rb:N: [BUG] Segmentation fault at 0x…`, the `ruby X.Y.Z (date revision …) [arch]` line, a blank line, `-- Control frame information ---…`, `c:NNNN p:… s:… e:… CFUNC|METHOD …` lines, `-- Ruby level backtrace information ---…`, `-- C level backtrace information ---…`): puma/puma issues #1940 and #2094, georgiev/rubyfb issue #10, Arachni/arachni issue #65; Ruby Logger's default format (`L, [yyyy-MM-ddTHH:mm:ss.ffffff #pid]  LEVEL -- prog: msg`) and Puma's worker line from memory",
		why:    "an untimed multi-section report with blank lines between two Logger lines; `[BUG]` is the VM's fatal marker; Puma's worker line after it is a record of its own with no time or level",
		gap:    "Ruby's `path.rb:N: [BUG] Segmentation fault at 0x\u2026` report (and Puma's untimed `[pid] - Worker 0 \u2026 booted` line after it) is joined to the Ruby Logger `E, [\u2026] ERROR --` line before it, so the report gets no record, no Critical level and the Logger line's time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204118Z", Info, "", `I, [2026-11-29T07:41:16.204118 #4131]  INFO -- : [5e0c2a71-9b3d-4f10-8a6e-2c41d7f0b912] Started GET "/reports/412.pdf" for 10.12.0.31 at 2026-11-29 07:41:16 +0000`),
			we("2026-11-29T07:41:16.377501Z", Error, "", `E, [2026-11-29T07:41:16.377501 #4131] ERROR -- : [5e0c2a71-9b3d-4f10-8a6e-2c41d7f0b912] PdfRenderer: font cache corrupted, rebuilding`),
			we("", Critical, "",
				"/usr/local/bundle/gems/prawn-ext-0.9.2/lib/prawn_ext/font_cache.rb:77: [BUG] Segmentation fault at 0x0000000000000018",
				"ruby 3.3.6 (2024-11-05 revision 75015d4c1f) [x86_64-linux]",
				"",
				"-- Control frame information -----------------------------------------------",
				"c:0061 p:---- s:0342 e:000341 CFUNC  :rebuild_index",
				"c:0060 p:0019 s:0337 e:000336 METHOD /usr/local/bundle/gems/prawn-ext-0.9.2/lib/prawn_ext/font_cache.rb:77",
				"",
				"-- Ruby level backtrace information ----------------------------------------",
				"/usr/local/bundle/gems/puma-6.4.3/lib/puma/thread_pool.rb:155:in `block in spawn_thread'",
				"/usr/local/bundle/gems/prawn-ext-0.9.2/lib/prawn_ext/font_cache.rb:77:in `rebuild_index'",
				"",
				"-- C level backtrace information -------------------------------------------",
				"/usr/local/lib/libruby.so.3.3(rb_print_backtrace+0x11) [0x7f3c1d2e4a31] vm_dump.c:820",
				"/usr/local/lib/libruby.so.3.3(rb_vm_bugreport) vm_dump.c:1151"),
			we("", Unknown, "", "[4127] - Worker 0 (PID: 4190) booted in 0.41s, phase: 0"),
		},
	},
	{
		name:   "dotnet-fatal-error-createdump-after-console",
		source: ".NET's fatal access violation on stderr (`Fatal error. System.AccessViolationException: Attempted to read or write protected memory. …` with `   at` frames): KirillOsenkov/MSBuildStructuredLog issue #858, dranger003/llama.cpp-dotnet issue #13, dotnet/yarp issue #2374; createdump's lines (`[createdump] Gathering state for process N dotnet`, `[createdump] Crashing thread NNNN signal 6 (0006)`, `[createdump] Target process is alive`): dotnet/runtime issue #104256 and PR #71863; the simple console formatter with a TimestampFormat (`yyyy-MM-dd HH:mm:ss ` then `info: Category[id]` and the message indented six spaces on the next line) from memory",
		why:    "two-line timed console records, then an untimed `Fatal error.` record with its frames and createdump's bracketed lines, each a record of its own with no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:15Z", Info, "", "2026-11-29 07:41:15 info: Ledger.Worker[0]", "      Batch 7731 posted (412 entries)"),
			we("", Critical, "",
				"Fatal error. System.AccessViolationException: Attempted to read or write protected memory. This is often an indication that other memory is corrupt.",
				"   at Ledger.Native.Codec.Decode(IntPtr, Int32)",
				"   at Ledger.Worker+<ExecuteAsync>d__4.MoveNext()"),
			we("", Unknown, "", "[createdump] Gathering state for process 1 dotnet"),
			we("", Unknown, "", "[createdump] Crashing thread 0019 signal 6 (0006)"),
			we("", Unknown, "", "[createdump] Target process is alive"),
		},
	},
	{
		name:   "python-logging-handle-error-block",
		source: "Python logging's Handler.handleError report on stderr (`--- Logging error ---`, `Traceback (most recent call last):` with the logging module's frames, the exception line, `Call stack:` with the caller's frames, `Message: '…'`, `Arguments: (…)`): bohdan-s/SunGather issue #187, scalative/haas issue #170, Dimlitter/jd_AutoComment issue #18; the logging lines' format (`%(asctime)s %(levelname)s %(name)s: %(message)s`) from memory",
		why:    "an untimed block opened by `--- Logging error ---` that holds a traceback, a call stack and two trailing fields, between timed logging lines; the `TypeError` inside it is no level",
		gap:    "logging's `--- Logging error ---` block (traceback, `Call stack:`, `Message:`, `Arguments:`) is joined to the INFO line before it instead of being a record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.12Z", Info, "", "2026-11-29 07:41:16,120 INFO ingest.worker: batch 4410 done"),
			we("", Unknown, "",
				"--- Logging error ---",
				"Traceback (most recent call last):",
				`  File "/usr/lib/python3.12/logging/__init__.py", line 1160, in emit`,
				"    msg = self.format(record)",
				`  File "/usr/lib/python3.12/logging/__init__.py", line 392, in getMessage`,
				"    msg = msg % self.args",
				"          ~~~~^~~~~~~~~~~",
				"TypeError: not all arguments converted during string formatting",
				"Call stack:",
				`  File "/srv/ingest/worker.py", line 88, in <module>`,
				"    main()",
				`  File "/srv/ingest/worker.py", line 41, in main`,
				`    log.info("batch %s done", batch_id, elapsed)`,
				"Message: 'batch %s done'",
				"Arguments: (4411, 0.82)"),
			we("2026-11-29T07:41:17.305Z", Warn, "", "2026-11-29 07:41:17,305 WARNING ingest.worker: queue depth 912 above 500"),
			we("2026-11-29T07:41:18.044Z", Error, "", "2026-11-29 07:41:18,044 ERROR ingest.sink: upload to bucket raw-events failed, retry 1 of 5"),
		},
	},
	{
		name:   "php-xdebug-stack-trace-berlin-error-log",
		source: "php_errors.log with date.timezone Europe/Berlin (`[dd-Mmm-yyyy HH:mm:ss Europe/Berlin] PHP Fatal error:  msg in file on line N`) and Xdebug's stack lines written through the same error log, each with its own prefix (`PHP Stack trace:`, `PHP   1. {main}() file:0`, `PHP   2. Class->method($arg = …) file:N`): from memory (no search confirmed Xdebug's error-log lines)",
		why:    "a zone name instead of an offset (CET, +01:00 in November); Xdebug's stack lines are records of their own with the same time and no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Critical, "", `[29-Nov-2026 08:41:16 Europe/Berlin] PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /var/www/shop/src/Export/CsvWriter.php on line 64`),
			we("2026-11-29T07:41:16Z", Unknown, "", `[29-Nov-2026 08:41:16 Europe/Berlin] PHP Stack trace:`),
			we("2026-11-29T07:41:16Z", Unknown, "", `[29-Nov-2026 08:41:16 Europe/Berlin] PHP   1. {main}() /var/www/shop/public/index.php:0`),
			we("2026-11-29T07:41:16Z", Unknown, "", `[29-Nov-2026 08:41:16 Europe/Berlin] PHP   2. Shop\Export\Runner->run($limit = 50000) /var/www/shop/public/index.php:31`),
			we("2026-11-29T07:41:16Z", Unknown, "", `[29-Nov-2026 08:41:16 Europe/Berlin] PHP   3. Shop\Export\CsvWriter->row($cols = [0 => 'SKU-1188', 1 => '19.90']) /var/www/shop/src/Export/Runner.php:52`),
		},
	},
	{
		name:   "go-runtime-out-of-memory-among-std-log",
		source: "the Go runtime's allocation failure report on stderr (`runtime: out of memory: cannot allocate N-byte block (M in use)`, `fatal error: out of memory`, a blank line, `runtime stack:` with tab-indented frames, a blank line, `goroutine N gp=0x… m=N mp=0x… [running]:` since Go 1.22): golang/go issue #23922, biogo/examples issue #10, mandiant/GoReSym issue #51; the standard log package's `yyyy/MM/dd HH:mm:ss msg` lines (biogo/examples issue #10)",
		why:    "an untimed multi-line report starting with `runtime:` (no level word), its fatal marker on the second line, between zone-less log lines with no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:14Z", Unknown, "", "2026/11/29 07:41:14 tilecache: loading shard 17 of 24 from /data/tiles/z12"),
			we("2026-11-29T07:41:16Z", Unknown, "", "2026/11/29 07:41:16 tilecache: shard 17 holds 3912044 tiles"),
			we("", Critical, "",
				"runtime: out of memory: cannot allocate 4194304-byte block (3925868544 in use)",
				"fatal error: out of memory",
				"",
				"runtime stack:",
				"runtime.throw({0x9c1f3e?, 0x400000?})",
				"\t/usr/local/go/src/runtime/panic.go:1067 +0x48 fp=0x7ffd3a2e1b40 sp=0x7ffd3a2e1b10 pc=0x46f2a8",
				"runtime.(*mcache).allocLarge(0x7f1c2a5e0108, 0x3ff000, 0x1)",
				"\t/usr/local/go/src/runtime/mcache.go:236 +0x176 fp=0x7ffd3a2e1b88 sp=0x7ffd3a2e1b40 pc=0x41b7d6",
				"",
				"goroutine 41 gp=0xc000602a80 m=7 mp=0xc000500008 [running]:",
				"runtime.systemstack_switch()",
				"\t/usr/local/go/src/runtime/asm_amd64.s:479 +0x8 fp=0xc0004d3a48 sp=0xc0004d3a38 pc=0x4a2f48",
				"main.(*shard).load(0xc0001a4000)",
				"\t/src/tilecache/shard.go:118 +0x2f1 fp=0xc0004d3f60 sp=0xc0004d3a48 pc=0x8b3c71"),
			we("2026-11-29T07:41:19Z", Unknown, "", "2026/11/29 07:41:19 tilecache: starting, version 2.4.1, 24 shards"),
		},
	},
}

func TestFresh756Formats(t *testing.T) { assertTable(t, fresh756Cases) }

func TestFresh756Score(t *testing.T) {
	checkScore(t, "fresh756 formats", fresh756Cases, [worldNumFields]float64{78.0, 77.0, 81.1, 56.1})
}
