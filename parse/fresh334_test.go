package parse

import "testing"

// The three-hundred-and-thirty-fourth fresh table, written on 2026-12-06: iOS and macOS developer
// logs as engineers paste them, a further pass, in shapes no earlier table holds. Each family is
// one product's documented or observed output: Instruments' os-log table exported with `xcrun
// xctrace export --xpath` (one `<row>` a line, its values interned with id/fmt and ref, the os_log
// privacy redactions `<private>` and `<mask.hash: …>` escaped in the fmt attributes); the `leaks`
// report of an iOS Simulator app (its `Key: value` header with Date/Time, the `----` rule, the leak
// summary and the ROOT LEAK tree), pasted twice, before and after a fix; Xcode's debug console
// with the Thread Performance Checker's backtrace blocks, `Hang detected:` and the Background Task
// warning; Xcode's console when dyld4 cannot launch the app (`dyld[pid]: Library not loaded:` and
// `Symbol not found:` with their indented Referenced from / Reason / Expected in lines, `Message
// from debugger:`); `xcodebuild -showBuildTimingSummary`'s summary; `xcodebuild test`'s own NSLog
// lines from IDETestOperationsObserverDebug (a test session's brace block, the diagnostic log's
// path on the line after, the elapsed lines) and the result bundle's path; xcodebuild's `The
// following build commands failed:` block after `** BUILD FAILED **` and `** ARCHIVE FAILED **`;
// Flipper's connectivity log copied out as tab-separated rows; idb_companion's stderr (Flipper's
// and Maestro's iOS bridge) with a +0100 offset; the idb Python client's `--log DEBUG` output.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`xctrace`, `trace-query-result`, `os-log-metadata`, `event-type`, `<sentinel`,
// `&lt;private&gt;`, `<private>`, `mask.hash`, `leaks Report`, `ROOT LEAK`, `nodes malloced`,
// `total leaked bytes`, `Physical footprint`, `Analysis Tool`, `memgraph`, `Thread Performance
// Checker`, `quality-of-service`, `priority inversions`, `Hang detected`, `debugger attached`,
// `Background Task`, `dyld[`, `Library not loaded`, `Referenced from`, `Reason: tried`, `Symbol not
// found`, `Expected in:`, `Message from debugger`, `Terminated due to signal`, `Build Timing
// Summary`, `showBuildTimingSummary`, `tasks) |`, `CompileAssetCatalog`,
// `IDETestOperationsObserverDebug`, `Beginning test session`, `Writing diagnostic log`,
// `IDERunDestination`, `Testing started`, `Test session results`, `elapsed --`, `The following
// build commands failed`, `SwiftEmitModule`, `(2 failures)`, `** BUILD FAILED **`, `** ARCHIVE
// FAILED **`, `Flipper`, `FS_ACCESS`, `Certificate Signing Request`, `sonarCA`, `Time<TAB>Device`,
// `idb` as a word, `IDB Companion`, `Invoked with args`, `Providing targets`, `companion`,
// `get_stub`, `[DEBUG] - `, `- root -`, `Exception thrown in main`, `fb-idb`; and before choosing,
// `xcresulttool`, `simctl`, `log stream`, `os_log`, `sysdiagnose`, `xcodebuild`, `xcbeautify`,
// `xcpretty`, `Swift Testing`, `CoreSimulator`, `spindump`, `MetricKit`, `Incident Identifier`,
// `altool`, `iTMSTransporter`, `notarytool`, `devicectl`, `[Sentry]`, `SwiftyBeaver`, `XCGLogger`,
// `StreamLogHandler`, `Unexpectedly found nil`, `First throw call stack`, `Analysis of sampling`).
// xctrace is in fresh119 as `xctrace record`'s console only; its XML export is in none. `Terminated
// due to signal` is in tables of other products (gunicorn's worker lines, fcron), never after dyld
// in Xcode's console. `** BUILD FAILED **` is in fresh34's raw xcodebuild output, without the failed-commands
// block. xcodebuild's NSLog lines are in fresh119 (`[MT] IDEDistribution:` of -exportArchive); the
// test operations observer's lines with their brace block and path line are in none. Flipper is in
// fresh41 and fresh155 as the unrelated Flipper Zero; Facebook's Flipper and idb are in none.
// `Analysis Tool` and `Background Task` match other products' text only. Left out as measured
// already: `log show`/`log stream` in every style, through `xcrun simctl spawn` too (fresh3,
// fresh25, fresh119, fresh129, fresh170, fresh225, fresh307), Xcode 15's console with metadata and
// Swift Testing (fresh76), NSLog with an uncaught exception (fresh3), the crash report's text and
// translated forms and the .ips files (fresh12, fresh21, fresh38, fresh49, fresh113, fresh291),
// spindump (fresh110), the sysdiagnose text files (fresh13, fresh113, fresh119, fresh161, fresh170,
// fresh307), raw xcodebuild, xcpretty, xcbeautify, -exportArchive and parallel testing (fresh33,
// fresh34, fresh35, fresh119, fresh123), altool and Transporter (fresh34), devicectl (fresh32,
// fresh129). Left out for want of a page that settled the lines: `xcresulttool get test-results
// summary --compact` and `get log --type console` (their JSON keys were not confirmed) and `sample`'s
// call-graph report. The table holds 10 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). xctrace's event-time is nanoseconds since the trace started and its fmt
// (`00:00.412.071`) the same elapsed time: no clock, so no time. leaks' Date/Time is converted from
// +0100 (Launch Time is another instant, not the report's). xcodebuild's NSLog stamp has no zone and
// is taken as UTC; a result bundle's name (`Test-Shop-2026.11.29_07-40-58-+0000.xcresult`) and the
// session's `at …` are no time of their own lines. Flipper's Time column is RFC 3339 in UTC;
// idb_companion's `+0100` is converted; the idb client's asctime has no zone. The console lines, the
// timing summary and the failed-commands block carry no time. Levels only where the line marks
// one: the os-log row's event-type (Default is os_log's notice, Fault critical, Info, Error, Debug)
// and the idb client's `[LEVEL]`; `[MT]` is the main thread, and `failed`, `Terminated`, `Hang`
// or `FAILED` in a message are no levels. No family has a host field:
// Flipper's Device column names the phone the app runs on, idb's TCPAddress host is the companion's
// peer, and `iPhone 16 (…, Booted)` inside a session block is the test destination. A record that
// spans lines is one entry: a leaks report from `Process:` to its last leak line (blank lines
// inside), a Thread Performance Checker block with its PID line, banner and frames, a dyld message
// with its indented lines, the session block from `{` to `}`, the diagnostic log line with the path
// below it, `Test session results, …:` with the bundle's path, the failed-commands heading with its
// tab-indented commands and its `(n failures)` count, the idb client's ERROR with its traceback.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 1b98717 before any rule for it: level 88.5 %, time 87.5 %, host 92.5 %, records 77.9 %.
// That is the macro figure (micro: level 90.2 %, time 92.2 %, host 94.1 %, records 82.4 %), in a
// worktree at 1b98717 with no change to trawl's code (only this file and table_test.go's list), 5 of
// 10 families fully right (dyld's launch failure, the build timing summary, Flipper's rows, idb's
// companion and its Python client); the gaps are the os-log row's event-type as a level, the leaks
// report as one record timed by its Date/Time, the Thread Performance Checker's block, the untimed
// results lines after xcodebuild's last NSLog line, and the failed-commands block's count line.

var fresh334Cases = []worldCase{
	{
		name:   "xctrace-export-os-log-table-xml-rows",
		gap:    "trawl reads the Error, Fault and Debug rows' level but not the `<event-type id=\"6\" fmt=\"Default\">Default</event-type>` and `fmt=\"Info\"` rows': the os-log row's event-type element is not read as the level (Default as notice, Info as info)",
		source: "Instruments' os-log table exported with `xcrun xctrace export --input Shop.trace --xpath '/trace-toc/run[@number=\"1\"]/data/table[@schema=\"os-log\"]'` (the XML prologue, `<trace-query-result>`, a `<node xpath=…>` line with the schema's columns time, thread, process, message-type, format-string, backtrace, subsystem, category, message, emit-location, then one `<row>` a line: `<event-time id fmt=\"MM:SS.mmm.uuu\">ns</event-time>`, the thread and process with id/fmt or ref, `<event-type fmt=\"Default\">`, the format string, `<sentinel/>` for an empty column, the message in `<os-log-metadata fmt=…>`): xctrace(1) (lana-20/xcode_xctrace README), jonhoo/inferno issue #246 (the TOC's os-log and os-signpost tables), public test fixtures of real xctrace exports found by code search (the row layout); the privacy redactions `<private>` and `<mask.hash: '…'>` from os_log's documented output, escaped as XML writes them, from memory",
		why:    "the XML prologue and schema line are no records; each row is one; event-time is time since the trace started, no clock; the event-type's fmt is the os_log type (Default notice, Fault critical); `&lt;private&gt;` is a redacted argument, the ids and refs are no times",
		entries: []worldEntry{
			wskip(`<?xml version="1.0"?>`,
				`<trace-query-result>`,
				`<node xpath='//trace-toc[1]/run[1]/data[1]/table[4]'><schema name="os-log"><col><mnemonic>time</mnemonic></col><col><mnemonic>thread</mnemonic></col><col><mnemonic>process</mnemonic></col><col><mnemonic>message-type</mnemonic></col><col><mnemonic>format-string</mnemonic></col><col><mnemonic>backtrace</mnemonic></col><col><mnemonic>subsystem</mnemonic></col><col><mnemonic>category</mnemonic></col><col><mnemonic>message</mnemonic></col><col><mnemonic>emit-location</mnemonic></col></schema>`),
			we("", Notice, "", `<row><event-time id="1" fmt="00:00.412.071">412071208</event-time><thread id="2" fmt="Main Thread 0x1a2b3c (Shop, pid: 4120)"><tid id="3" fmt="0x1a2b3c">1715004</tid><process id="4" fmt="Shop (4120)"><pid id="5" fmt="4120">4120</pid></process></thread><process ref="4"/><event-type id="6" fmt="Default">Default</event-type><format-string id="7" fmt="Loaded cart for %{private}@">Loaded cart for %{private}@</format-string><sentinel/><subsystem id="8" fmt="com.example.shop">com.example.shop</subsystem><category id="9" fmt="cart">cart</category><os-log-metadata id="10" fmt="Loaded cart for &lt;private&gt;"><narrative-text id="11" fmt="Loaded cart for ">Loaded cart for </narrative-text></os-log-metadata><sentinel/></row>`),
			we("", Info, "", `<row><event-time id="12" fmt="00:01.118.402">1118402917</event-time><thread ref="2"/><process ref="4"/><event-type id="13" fmt="Info">Info</event-type><format-string id="14" fmt="Restored %{public}d items">Restored %{public}d items</format-string><sentinel/><subsystem ref="8"/><category ref="9"/><os-log-metadata id="15" fmt="Restored 3 items"><narrative-text id="16" fmt="Restored ">Restored </narrative-text></os-log-metadata><sentinel/></row>`),
			we("", Error, "", `<row><event-time id="17" fmt="00:03.904.115">3904115360</event-time><thread id="18" fmt="0x1a2c41 (Shop, pid: 4120)"><tid id="19" fmt="0x1a2c41">1715265</tid><process ref="4"/></thread><process ref="4"/><event-type id="20" fmt="Error">Error</event-type><format-string id="21" fmt="Payment token rejected for %{private, mask.hash}@">Payment token rejected for %{private, mask.hash}@</format-string><sentinel/><subsystem ref="8"/><category id="22" fmt="payments">payments</category><os-log-metadata id="23" fmt="Payment token rejected for &lt;mask.hash: 'q9T0eK3b7uJ1yQxW2Zc4Ng=='&gt;"><narrative-text id="24" fmt="Payment token rejected for ">Payment token rejected for </narrative-text></os-log-metadata><sentinel/></row>`),
			we("", Critical, "", `<row><event-time id="25" fmt="00:03.904.802">3904802771</event-time><thread ref="18"/><process ref="4"/><event-type id="26" fmt="Fault">Fault</event-type><format-string id="27" fmt="Keychain item missing for account %{private}@">Keychain item missing for account %{private}@</format-string><sentinel/><subsystem ref="8"/><category ref="22"/><os-log-metadata id="28" fmt="Keychain item missing for account &lt;private&gt;"><narrative-text id="29" fmt="Keychain item missing for account ">Keychain item missing for account </narrative-text></os-log-metadata><sentinel/></row>`),
			we("", Debug, "", `<row><event-time id="30" fmt="00:05.020.366">5020366145</event-time><thread ref="2"/><process ref="4"/><event-type id="31" fmt="Debug">Debug</event-type><format-string id="32" fmt="Layout pass took %{public}.2f ms">Layout pass took %{public}.2f ms</format-string><sentinel/><subsystem ref="8"/><category id="33" fmt="ui">ui</category><os-log-metadata id="34" fmt="Layout pass took 4.12 ms"><narrative-text id="35" fmt="Layout pass took ">Layout pass took </narrative-text></os-log-metadata><sentinel/></row>`),
			wskip(`</node></trace-query-result>`),
		},
	},
	{
		name:   "leaks-memgraph-report-two-runs",
		gap:    "trawl cuts the leaks report's header before `Date/Time:` into a record a line (`Process:`, `Path:`, `Load Address:`, … `Parent Process:`, none timed), and the record it starts at `Date/Time:` (its +0100 time read right) runs on through the leak tree, the blank line and the next report's `Process:` … `Parent Process:` lines: a report is not one record from `Process:` timed by its Date/Time",
		source: "macOS `leaks` run against an iOS Simulator app (`leaks Shop`, as Xcode's memory graph workflow suggests), pasted twice, before and after a fix: the `Key:   value` header (Process, Path, Load Address, Identifier, Version, Code Type, Parent Process; Date/Time and Launch Time as `yyyy-MM-dd HH:mm:ss.SSS ±hhmm`, OS Version, Report Version, Analysis Tool and its version; Physical footprint and peak), the `----` rule, `leaks Report Version: 4.0`, `Process N: … nodes malloced for … KB`, `Process N: n leaks for n total leaked bytes.`, the `<< TOTAL >>` line and the ROOT LEAK tree: wazuh/wazuh issue #6492 and PR #6493, phusion/passenger issue #1278 (older header)",
		why:    "a report is one record from `Process:` to its last leak line, blank lines inside; its time is Date/Time converted from +0100, not Launch Time; addresses, byte counts and the Load Address are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.482Z", Unknown, "",
				"Process:         Shop [4120]",
				"Path:            /Users/kim/Library/Developer/CoreSimulator/Devices/5C2E9A41-7D3B-4E10-8F6A-1B2C3D4E5F60/data/Containers/Bundle/Application/9B3D4F1C-2A7E-41C2-8A7E-4F1C2A7E9B3D/Shop.app/Shop",
				"Load Address:    0x1004e8000",
				"Identifier:      com.example.shop",
				"Version:         4.12 (412)",
				"Code Type:       ARM64",
				"Parent Process:  launchd_sim [3988]",
				"",
				"Date/Time:       2026-11-29 08:41:16.482 +0100",
				"Launch Time:     2026-11-29 08:40:02.119 +0100",
				"OS Version:      macOS 15.1 (24B83)",
				"Report Version:  7",
				"Analysis Tool:   /Applications/Xcode.app/Contents/Developer/usr/bin/leaks",
				"Analysis Tool Version:  Xcode 16.2 (16C5032a)",
				"",
				"Physical footprint:         48.2M",
				"Physical footprint (peak):  52.7M",
				"----",
				"",
				"leaks Report Version: 4.0",
				"Process 4120: 41207 nodes malloced for 6412 KB",
				"Process 4120: 4 leaks for 416 total leaked bytes.",
				"",
				"    4 (416 bytes) << TOTAL >>",
				"",
				"      3 (320 bytes) ROOT LEAK: 0x600002a41200 [160]",
				"         1 (96 bytes) 0x600000c41230 [96]",
				"         1 (64 bytes) 0x600000c41290 [64]",
				"",
				"      1 (96 bytes) ROOT LEAK: 0x600000c412f0 [96]"),
			wskip(""),
			we("2026-11-29T07:52:40.107Z", Unknown, "",
				"Process:         Shop [4188]",
				"Path:            /Users/kim/Library/Developer/CoreSimulator/Devices/5C2E9A41-7D3B-4E10-8F6A-1B2C3D4E5F60/data/Containers/Bundle/Application/1E2F3A4B-5C6D-4E7F-8A9B-0C1D2E3F4A5B/Shop.app/Shop",
				"Load Address:    0x100a30000",
				"Identifier:      com.example.shop",
				"Version:         4.12 (413)",
				"Code Type:       ARM64",
				"Parent Process:  launchd_sim [3988]",
				"",
				"Date/Time:       2026-11-29 08:52:40.107 +0100",
				"Launch Time:     2026-11-29 08:51:55.630 +0100",
				"OS Version:      macOS 15.1 (24B83)",
				"Report Version:  7",
				"Analysis Tool:   /Applications/Xcode.app/Contents/Developer/usr/bin/leaks",
				"Analysis Tool Version:  Xcode 16.2 (16C5032a)",
				"",
				"Physical footprint:         46.9M",
				"Physical footprint (peak):  51.0M",
				"----",
				"",
				"leaks Report Version: 4.0",
				"Process 4188: 40981 nodes malloced for 6377 KB",
				"Process 4188: 0 leaks for 0 total leaked bytes."),
		},
	},
	{
		name:   "xcode-console-thread-performance-checker-hangs",
		gap:    "trawl cuts each Thread Performance Checker block after its first line: `PID: n, TID: n`, `Backtrace`, the `=` rule and every `n   Image   0xaddress symbol + offset` frame come out as records of their own",
		source: "Xcode 15/16's debug console for an iOS app with the Thread Performance Checker on (`Thread Performance Checker: Thread running at … quality-of-service class waiting on a lower QoS thread running at … quality-of-service class. Investigate ways to avoid priority inversions`, then `PID: n, TID: n`, `Backtrace`, a rule of `=` and frames `n   Image   0xaddress symbol + offset`), `Hang detected: 0.71s (debugger attached, not reporting)`, the Background Task warning, between the app's own print() lines: soto-project/soto issue #694, changsanjiang/SJMediaCacheServer issues #64 and #65, KTVHTTPCache issue #179, loopandlearn/LoopFollow issue #546 and a public README quoting `Hang detected: XXs (debugger attached, not reporting)`",
		why:    "no time and no level anywhere; a checker block with its PID line, banner and frames is one record; `Hang`, `priority inversions` and `risk of termination` are message words, no levels; frame numbers and addresses are no times",
		entries: []worldEntry{
			we("", Unknown, "", "cart restored: 3 items"),
			we("", Unknown, "",
				"Thread Performance Checker: Thread running at User-interactive quality-of-service class waiting on a lower QoS thread running at Default quality-of-service class. Investigate ways to avoid priority inversions",
				"PID: 4120, TID: 1820412",
				"Backtrace",
				"=================================================================",
				"3   Shop                                0x0000000102a1c3d4 $s4Shop9CartStoreC4loadyyF + 120",
				"4   Shop                                0x0000000102a1b0e8 $s4Shop12CartViewModelC7refreshyyF + 68",
				"5   libdispatch.dylib                   0x0000000103919d50 _dispatch_client_callout + 16",
				"6   libdispatch.dylib                   0x000000010392a634 _dispatch_main_queue_drain + 848"),
			we("", Unknown, "", "Hang detected: 0.71s (debugger attached, not reporting)"),
			we("", Unknown, "",
				"Thread Performance Checker: Thread running at User-initiated quality-of-service class waiting on a lower QoS thread running at Default quality-of-service class. Investigate ways to avoid priority inversions",
				"PID: 4120, TID: 1820577",
				"Backtrace",
				"=================================================================",
				"3   Shop                                0x0000000102a3f210 $s4Shop11ImageLoaderC5fetchyy10Foundation3URLVF + 212",
				"4   libdispatch.dylib                   0x0000000103924e70 _dispatch_call_block_and_release + 32"),
			we("", Unknown, "", `Background Task 12 ("Called by Shop, from $s4Shop11SyncServiceC5startyyF"), was created over 30 seconds ago. In applications running in the background, this creates a risk of termination. Remember to call UIApplication.endBackgroundTask(_:) for your task in a timely manner to avoid this.`),
			we("", Unknown, "", "sync finished: 41 records"),
		},
	},
	{
		name:   "xcode-console-dyld4-launch-failure",
		source: "Xcode's console when an iOS app cannot launch (dyld4, Xcode 14+: `dyld[pid]: Library not loaded: @rpath/…` with `  Referenced from: <UUID> path` and `  Reason: tried: 'path' (no such file), …`; `dyld[pid]: Symbol not found: _symbol` with `  Referenced from:` and `  Expected in:`; then `Message from debugger: Terminated due to signal 6`): libsdl-org/SDL issue #8737, idnow/de.idnow.ios issue #124, flutter/samples issue #982 (the debugger's line after a dyld failure); the Symbol not found form's alignment from memory",
		why:    "no time and no level; dyld's message and its indented lines are one record; `dyld[4120]` is a pid, not a time; the debugger's line is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "",
				"dyld[4120]: Library not loaded: @rpath/Alamofire.framework/Alamofire",
				"  Referenced from: <8C2A1B3D-4E5F-3A6B-9C7D-1E2F3A4B5C6D> /Users/kim/Library/Developer/CoreSimulator/Devices/5C2E9A41-7D3B-4E10-8F6A-1B2C3D4E5F60/data/Containers/Bundle/Application/9B3D4F1C-2A7E-41C2-8A7E-4F1C2A7E9B3D/Shop.app/Shop",
				"  Reason: tried: '/Users/kim/Library/Developer/Xcode/DerivedData/Shop-fqzbnlvkdcmxjwmpsheyaurtocgi/Build/Products/Debug-iphonesimulator/Alamofire.framework/Alamofire' (no such file), '/Users/kim/Library/Developer/CoreSimulator/Devices/5C2E9A41-7D3B-4E10-8F6A-1B2C3D4E5F60/data/Containers/Bundle/Application/9B3D4F1C-2A7E-41C2-8A7E-4F1C2A7E9B3D/Shop.app/Frameworks/Alamofire.framework/Alamofire' (no such file)"),
			we("", Unknown, "", "Message from debugger: Terminated due to signal 6"),
			we("", Unknown, "",
				"dyld[4188]: Symbol not found: _$s9Analytics7TrackerC6sharedACvgZ",
				"  Referenced from: <1A7E9B3D-4F1C-3E2A-8B7C-9D0E1F2A3B4C> /Users/kim/Library/Developer/CoreSimulator/Devices/5C2E9A41-7D3B-4E10-8F6A-1B2C3D4E5F60/data/Containers/Bundle/Application/1E2F3A4B-5C6D-4E7F-8A9B-0C1D2E3F4A5B/Shop.app/Shop",
				"  Expected in:     <6D5C4B3A-2F1E-3D0C-9B8A-7F6E5D4C3B2A> /Users/kim/Library/Developer/CoreSimulator/Devices/5C2E9A41-7D3B-4E10-8F6A-1B2C3D4E5F60/data/Containers/Bundle/Application/1E2F3A4B-5C6D-4E7F-8A9B-0C1D2E3F4A5B/Shop.app/Frameworks/Analytics.framework/Analytics"),
			we("", Unknown, "", "Message from debugger: Terminated due to signal 6"),
		},
	},
	{
		name:   "xcodebuild-show-build-timing-summary",
		source: "`xcodebuild -showBuildTimingSummary build` on a CI Mac (`Build Timing Summary`, then one `TaskType (n tasks) | s.sss seconds` line a task type with blank lines between): allegro.tech 'Speeding up warm builds' (Xcode 12.2's summary quoted with `sed -n '/Build Timing Summary/,$p'`), coopcycle/coopcycle-app issue #413; Xcode 16's task names (SwiftCompile, SwiftEmitModule) and the `** BUILD SUCCEEDED ** [n sec]` line from memory",
		why:    "no time and no level; the seconds are durations; the pipe is a separator; blank lines are no records",
		entries: []worldEntry{
			we("", Unknown, "", "** BUILD SUCCEEDED ** [318.412 sec]"),
			wskip(""),
			we("", Unknown, "", "Build Timing Summary"),
			wskip(""),
			we("", Unknown, "", "SwiftCompile (212 tasks) | 241.207 seconds"),
			wskip(""),
			we("", Unknown, "", "CompileC (38 tasks) | 64.812 seconds"),
			wskip(""),
			we("", Unknown, "", "SwiftEmitModule (6 tasks) | 38.055 seconds"),
			wskip(""),
			we("", Unknown, "", "PhaseScriptExecution (5 tasks) | 31.440 seconds"),
			wskip(""),
			we("", Unknown, "", "Ld (4 tasks) | 9.118 seconds"),
			wskip(""),
			we("", Unknown, "", "CompileAssetCatalog (1 task) | 4.007 seconds"),
		},
	},
	{
		name:   "xcodebuild-test-idetestoperationsobserver-nslog",
		gap:    "the untimed lines after the last NSLog line are joined to it: `Test session results, code coverage, and logs:` with its tab-indented .xcresult path, and `** TEST SUCCEEDED **`, run on in the record of `… 27.288 sec, +27.288 sec -- end` instead of being records of their own",
		source: "`xcodebuild test` on a Mac (its own NSLog lines `yyyy-MM-dd HH:mm:ss.SSS xcodebuild[pid:tid] [MT] IDETestOperationsObserverDebug: …`: the diagnostic log's path on the line after `Writing diagnostic log for test session to:`, `Beginning test session … at … with Xcode … on target <DVTiPhoneSimulator: 0x…> {` with the SimDevice line and `} (os (build))`, `n elapsed -- Testing started completed.`, `0.000 sec, +0.000 sec -- start` and `-- end`, `[MT] IDERunDestination: …`), then `Test session results, code coverage, and logs:` with the bundle's path indented by a tab: ldomaradzki/xcsift issue #4 (Xcode 26's lines), pointfreeco/swift-composable-architecture issue #56, fastlane/fastlane issues #13488 and #10969; the results lines from memory",
		why:    "NSLog's zone-less stamp is taken as UTC; `[MT]` is the main thread, no level; the path line and the brace block belong to their NSLog record; dates inside the path, the bundle's name and the session's `at …` are no times of their lines; the results heading and its path are one record with no time",
		entries: []worldEntry{
			we("2026-11-29T07:40:58.771Z", Unknown, "", "2026-11-29 07:40:58.771 xcodebuild[41207:5522001] [MT] IDERunDestination: Supported platforms for the buildables in the current scheme is empty."),
			we("2026-11-29T07:41:16.204Z", Unknown, "",
				"2026-11-29 07:41:16.204 xcodebuild[41207:5522118]  IDETestOperationsObserverDebug: Writing diagnostic log for test session to:",
				"/Users/ci/Library/Developer/Xcode/DerivedData/Shop-fqzbnlvkdcmxjwmpsheyaurtocgi/Logs/Test/Test-Shop-2026.11.29_07-40-58-+0000.xcresult/Staging/1_Test/Diagnostics/ShopTests-7B1E41A8-4C2E-4F0D-9A3B-2C5E8D1F6A40/ShopTests-2C5E8D1F-6A40-4C2E-9A3B-7B1E41A84F0D/Session-ShopTests-2026-11-29_074116-Qm7rXk.log"),
			we("2026-11-29T07:41:16.205Z", Unknown, "",
				"2026-11-29 07:41:16.205 xcodebuild[41207:5522001] [MT] IDETestOperationsObserverDebug: (4F1C2A7E-9B3D-41C2-8A7E-9B3D4F1C2A7E) Beginning test session ShopTests-4F1C2A7E-9B3D-41C2-8A7E-9B3D4F1C2A7E at 2026-11-29 07:41:16.205 with Xcode 16C5032a on target <DVTiPhoneSimulator: 0x7fa4794d3660> {",
				"\t\tSimDevice: iPhone 16 (5C2E9A41-7D3B-4E10-8F6A-1B2C3D4E5F60, iOS 18.2, Booted)",
				"} (18.2 (22C150))"),
			we("2026-11-29T07:41:43.493Z", Unknown, "", "2026-11-29 07:41:43.493 xcodebuild[41207:5522001] [MT] IDETestOperationsObserverDebug: 27.288 elapsed -- Testing started completed."),
			we("2026-11-29T07:41:43.493Z", Unknown, "", "2026-11-29 07:41:43.493 xcodebuild[41207:5522001] [MT] IDETestOperationsObserverDebug: 0.000 sec, +0.000 sec -- start"),
			we("2026-11-29T07:41:43.494Z", Unknown, "", "2026-11-29 07:41:43.494 xcodebuild[41207:5522001] [MT] IDETestOperationsObserverDebug: 27.288 sec, +27.288 sec -- end"),
			wskip(""),
			we("", Unknown, "",
				"Test session results, code coverage, and logs:",
				"\t/Users/ci/Library/Developer/Xcode/DerivedData/Shop-fqzbnlvkdcmxjwmpsheyaurtocgi/Logs/Test/Test-Shop-2026.11.29_07-40-58-+0000.xcresult"),
			wskip(""),
			we("", Unknown, "", "** TEST SUCCEEDED **"),
		},
	},
	{
		name:   "xcodebuild-following-build-commands-failed",
		gap:    "trawl keeps `The following build commands failed:` with its tab-indented commands but cuts the closing count line `(2 failures)` / `(1 failure)` off into a record of its own",
		source: "xcodebuild's failure tail in a CI log (`** BUILD FAILED **` or `** ARCHIVE FAILED **`, a blank line, `The following build commands failed:` with one tab-indented build command a line, `SwiftCompile normal arm64 Compiling\\ File.swift /path (in target 'T' from project 'P')`, `SwiftEmitModule normal arm64 Emitting\\ module\\ for\\ T (…)`, `PhaseScriptExecution …`, and the count `(n failures)`): nisargjhaveri/vscode-ios-debug issue #14, uBlockOrigin/uBOL-home PR #658 (Xcode 26's SwiftCompile line), duemunk/Async issue #107 and qiubaiying/iOSAutoArchiveScript issue #1 (older CompileSwift lines)",
		why:    "no time and no level (FAILED and failed are words, no levels); the heading, its tab-indented commands and the count are one record; `arm64` and the escaped blanks are no times",
		entries: []worldEntry{
			we("", Unknown, "", "** BUILD FAILED **"),
			wskip(""),
			we("", Unknown, "",
				"The following build commands failed:",
				"\tSwiftCompile normal arm64 Compiling\\ CheckoutView.swift /Users/ci/shop-ios/Shop/Checkout/CheckoutView.swift (in target 'Shop' from project 'Shop')",
				"\tSwiftEmitModule normal arm64 Emitting\\ module\\ for\\ Shop (in target 'Shop' from project 'Shop')",
				"(2 failures)"),
			wskip(""),
			we("", Unknown, "", "** ARCHIVE FAILED **"),
			wskip(""),
			we("", Unknown, "",
				"The following build commands failed:",
				"\tPhaseScriptExecution [CP]\\ Embed\\ Pods\\ Frameworks /Users/ci/Library/Developer/Xcode/DerivedData/Shop-fqzbnlvkdcmxjwmpsheyaurtocgi/Build/Intermediates.noindex/ArchiveIntermediates/Shop/IntermediateBuildFilesPath/Shop.build/Release-iphoneos/Shop.build/Script-4F1C2A7E9B3D41C28A7E9B3D.sh (in target 'Shop' from project 'Shop')",
				"(1 failure)"),
		},
	},
	{
		name:   "flipper-connectivity-logs-tsv-copy",
		source: "Flipper desktop's connectivity log copied out of its Logs view (a header `Time\\tDevice\\tApp\\tMedium\\tMessage`, then one tab-separated row an event: an RFC 3339 UTC time with milliseconds, the device's name, the app, the medium (FS_ACCESS), the certificate exchange's step): facebook/flipper issue #5059 (an Android paste of the same rows); the iOS Simulator's device name and sandbox path from memory",
		why:    "the header row is no record; the Time column is the record's time; the Device column names the phone the app runs on, no host; no level",
		entries: []worldEntry{
			wskip("Time\tDevice\tApp\tMedium\tMessage"),
			we("2026-11-29T07:41:16.412Z", Unknown, "", "2026-11-29T07:41:16.412Z\tiPhone 16 Pro\tShop\tFS_ACCESS\tCertificate Signing Request being processed"),
			we("2026-11-29T07:41:16.413Z", Unknown, "", "2026-11-29T07:41:16.413Z\tiPhone 16 Pro\tShop\tFS_ACCESS\tEnsure OpenSSL is available"),
			we("2026-11-29T07:41:16.431Z", Unknown, "", "2026-11-29T07:41:16.431Z\tiPhone 16 Pro\tShop\tFS_ACCESS\tObtain CA certificate"),
			we("2026-11-29T07:41:16.432Z", Unknown, "", "2026-11-29T07:41:16.432Z\tiPhone 16 Pro\tShop\tFS_ACCESS\tDeploy CA certificate to application sandbox"),
			we("2026-11-29T07:41:16.433Z", Unknown, "", "2026-11-29T07:41:16.433Z\tiPhone 16 Pro\tShop\tFS_ACCESS\tDeploying file 'sonarCA.crt' to device at '/Users/kim/Library/Developer/CoreSimulator/Devices/5C2E9A41-7D3B-4E10-8F6A-1B2C3D4E5F60/data/Containers/Data/Application/2A7E9B3D-4F1C-41C2-8A7E-9B3D4F1C2A7E/Documents/sonar/'"),
		},
	},
	{
		name:   "idb-companion-stderr-offset-time",
		source: "idb_companion (Facebook's iOS Development Bridge, which Flipper and Maestro drive) started by hand with `idb_companion --udid <udid>`: each line `yyyy-MM-dd HH:mm:ss.SSS±hhmm msg` (`IDB Companion Built at …`, `IDB Companion architecture …`, `Invoked with args=[…] env={KEY => value, …}`, `Providing targets across Simulator and Device sets.`): mobile-dev-inc/Maestro issue #134, webpack/webpack-dev-server issue #2285 (an idb user's companion log pasted there)",
		why:    "the +0100 offset is converted; the build date inside `Built at Nov 20 2026 10:12:03` is no time of the line; the env's paths and UUIDs are no times; no level, no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.163Z", Unknown, "", "2026-11-29 08:41:16.163+0100 IDB Companion Built at Nov 20 2026 10:12:03"),
			we("2026-11-29T07:41:16.165Z", Unknown, "", "2026-11-29 08:41:16.165+0100 IDB Companion architecture arm64"),
			we("2026-11-29T07:41:16.165Z", Unknown, "", "2026-11-29 08:41:16.165+0100 Invoked with args=[/opt/homebrew/bin/idb_companion, --udid, 5C2E9A41-7D3B-4E10-8F6A-1B2C3D4E5F60] env={TERM_PROGRAM => Apple_Terminal, SHELL => /bin/zsh, TMPDIR => /var/folders/x1/k2c9q7wd5b3f/T/, USER => kim, HOME => /Users/kim, XPC_FLAGS => 0x0, LaunchInstanceID => 7D3B4E10-8F6A-41C2-9B3D-4F1C2A7E9B3D, __CF_USER_TEXT_ENCODING => 0x1F5:0x0:0x0}"),
			we("2026-11-29T07:41:16.269Z", Unknown, "", "2026-11-29 08:41:16.269+0100 Providing targets across Simulator and Device sets."),
		},
	},
	{
		name:   "idb-cli-python-log-levels",
		source: "the idb Python client (`pip install fb-idb`) run with `--log DEBUG`: Python logging's `yyyy-MM-dd HH:mm:ss,mmm [LEVEL] - logger - msg` (loggers start, idb, hpack.hpack, root), and an `[ERROR] - root - Exception thrown in main` followed by its traceback: facebook/idb issues #742 (DEBUG and WARNING lines), #877 and #547 (the ERROR with its traceback)",
		why:    "a comma before the milliseconds and no zone (UTC); the bracketed level word; the traceback and the exception's last line belong to the ERROR record; localhost and the port in TCPAddress are the companion's address, no host",
		entries: []worldEntry{
			we("2026-11-29T07:42:03.118Z", Debug, "", "2026-11-29 07:42:03,118 [DEBUG] - start - DebugServerStartCommand command run with: Namespace(log_level='WARNING', compression=None, companion=None, companion_path='/opt/homebrew/bin/idb_companion', companion_local=False, companion_tls=False, prune_dead_companion=True, root_command='debugserver', debugserver='start', udid='5C2E9A41-7D3B-4E10-8F6A-1B2C3D4E5F60', log_level_deprecated='DEBUG', json=False, bundle_id='com.example.shop')"),
			we("2026-11-29T07:42:03.118Z", Warn, "", "2026-11-29 07:42:03,118 [WARNING] - start - Setting --log after the command is deprecated, please place it at the start of the invocation"),
			we("2026-11-29T07:42:03.121Z", Debug, "", "2026-11-29 07:42:03,121 [DEBUG] - start - Got existing companion CompanionInfo(udid='5C2E9A41-7D3B-4E10-8F6A-1B2C3D4E5F60', is_local=True, address=TCPAddress(host='localhost', port=10882), metadata={})"),
			we("2026-11-29T07:42:03.130Z", Debug, "", "2026-11-29 07:42:03,130 [DEBUG] - hpack.hpack - Adding (b':method', b'POST') to the header table, sensitive:False, huffman:True"),
			we("2026-11-29T07:42:04.512Z", Error, "",
				"2026-11-29 07:42:04,512 [ERROR] - root - Exception thrown in main",
				"Traceback (most recent call last):",
				`  File "/Users/kim/.venv/lib/python3.12/site-packages/idb/cli/main.py", line 211, in gen_main`,
				"    await root_command.run(args)",
				`  File "/Users/kim/.venv/lib/python3.12/site-packages/idb/common/direct_companion_manager.py", line 101, in get_companion_info`,
				`    raise IdbException("No UDID provided and couldn't find a default companion")`,
				"idb.common.types.IdbException: No UDID provided and couldn't find a default companion"),
		},
	},
}

func TestFresh334Formats(t *testing.T) { assertTable(t, fresh334Cases) }
func TestFresh334Score(t *testing.T) {
	checkScore(t, "fresh334 formats", fresh334Cases, [worldNumFields]float64{88.4, 87.4, 92.4, 77.8})
}
