package parse

import "testing"

// The two-hundred-and-seventy-ninth fresh table, written on 2026-12-05: mobile platforms' logs as
// developers and device testers really capture them, a further pass, in shapes no earlier table
// holds. Each family is one product's documented or observed output: Android's logcat in the long
// layout with the year, piped by Windows PowerShell 5.1 into Out-File (a BOM, CRLF after every
// line); logcat's brief and process layouts with the colour modifier (ECMA-48 escapes since Android
// 12, the process layout's tag after the reset); the events buffer in the time layout with the
// descriptive modifier; OpenHarmony's hilog with -v zone (the zone's abbreviation before a yearless
// date) and with -v color and -v wrap (a multi-line message's later lines indented, the reset after
// the last); libimobiledevice's current idevicesyslog writing a file with -o (no device name,
// `[connected:UDID]` markers); pymobiledevice3's `syslog live --label` written with -o and its
// `developer dvt oslog`.
//
// Every candidate was grepped for in every parse/*_test.go by product and by a fragment of its line
// first (`logcat`, `long,year`, `Out-File`, `ufeff--------- beginning`, `\r"`, `brief,color`,
// `process,color`, `x1b[32mI/`, `x1b[0m  (`, `time,descriptive`, `Process Name=`, `User=0`,
// `boot_progress`, `hilog`, `hilog -v zone`, `hilog -v color`, `v wrap`, `CET 11-29`,
// `38;5;40m11-29`, `38;5;196m`, `C01510`, `A03200/`, `log_print.cpp`, `tm_zone`, `idevicesyslog`,
// `[connected`, `[disconnected`, `idevicesyslog -o`, `--output FILE`, `pymobiledevice3`,
// `syslog live`, `syslog live --label`, `][com.apple`, `<NOTICE>:`, `{FrontBoard}`, `dvt oslog`,
// `developer dvt`, `<Default>:`, `ActivityTraceTap`, `dlogutil`, `recv_realtime`, `rwtime`,
// `tizen`, `sailfish`, `postmarket`, `phosh`, `eg25`, `ofono`, `lipstick`, `short-full`,
// `short-unix`, `json-pretty`, `flutter`, `flutter logs`, `flutter:`, `NOBRIDGE`, `react-native`,
// `log-ios`, `log-android`, `xcode`, `Console.app`, `eventMessage`, `style json`, `pidcat`,
// `scrcpy`, `IOS_SYSLOG`, `compact view`, `deveco`). Logcat's layouts are in some twenty tables:
// long with the year in fresh76 (with usec) and fresh170 (with uid), colour in fresh13
// (threadtime), fresh161 (long and time), descriptive in fresh25 and fresh191 (threadtime), CRLF
// in fresh76 (threadtime through a pty); long with the year under PowerShell's BOM and CRLF, brief
// and process with colour, and the events buffer in time with descriptive are in none. hilog is in
// twelve tables (default, kmsg, init, year, usec, nsec, epoch, monotonic, the NEXT domain/process/
// tag triple); -v zone and -v color were left out of fresh155, fresh170 and fresh191 for want of a
// source, and -v wrap is in none: hiviewdfx_hilog's log_print.cpp settles all three.
// idevicesyslog is in fresh, fresh129 and fresh170 (every line with the device's name, or NDJSON),
// cfgutil's relay in fresh119; the current tool's file with no device name and its markers is in
// none. pymobiledevice3 is in fresh25 (syslog live), fresh170 (its JSON) and fresh113 (tunneld);
// the --label suffix and dvt oslog are in none. Left out as measured already: Tizen's dlogutil
// (seven layouts in fresh12, fresh76, fresh113, fresh155, fresh161; its json still unconfirmed, and
// netcoredbg's LOG_OUTPUT file is dlogutil's kerneltime layout), Sailfish's and postmarketOS'
// journal and logread (fresh63, fresh76, fresh113, fresh155, and every journalctl output mode in
// the journal tables), Flutter's run, logs and machine outputs (the tool adds no device prefix
// since its 2016 `flutter logs`), React Native's Metro, logkitty and log-ios (fresh2, fresh36,
// fresh155, fresh170, fresh214), Xcode's console with metadata (fresh76), and, for want of a page
// that settled the lines, Android Studio's compact-view copy, DevEco Studio's HiLog window copy and
// Appium's `[IOS_SYSLOG_ROW ]` wrapping (whose level, Appium's or the device's, is unsettled).
// The table holds 9 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). Logcat's and hilog's yearless `MM-dd` dates are in 2026 and, with no zone
// shown, taken as UTC; hilog's `CET` (+01:00) before the date is applied; idevicesyslog's `Mmm dd`
// has no year (2026); pymobiledevice3's times are the host's local time with no zone, taken as UTC;
// logcat's brief and process layouts carry no time. Levels only where the line marks one: logcat's
// and hilog's priority letter (V as Trace, F as Critical; the events buffer is always I), the relay's
// `<Notice>`, `<Error>`, `<Fault>`, pymobiledevice3's `<NOTICE>`…`<FAULT>` and the oslog type
// (`<Default>` as Notice, as for the unified log's Default elsewhere); a colour escape is no level of
// its own. No record here has a host field: idevicesyslog no longer prints the device's name, and a
// subsystem, category, image, domain or UDID is no host. A record that spans lines is one entry:
// logcat's long header with its message lines and the blank line closing it, hilog's wrapped message
// with its indented lines, pymobiledevice3's message with its newlines up to its label. The CR that
// PowerShell puts at each line's end and its BOM are part of the lines as the file holds them.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory". Hosts, ids, addresses, users and messages are invented, and every time
// is in late November 2026. The expectations were decided from the format before the table was
// first run, and none was changed after it; a family trawl still gets wrong carries a gap that says
// what it does not read, and it stays in the score.
//
// Its first figure, scored at commit 50e127b before any rule for it: level 98.1 %, time 87.0 %, host 98.1 %, records 85.2 %.
// That is the macro figure (micro: level 98.0 %, time 87.8 %, host 98.0 %, records 83.7 %), in a
// worktree at 50e127b with no change to trawl's code (only this file and table_test.go's list), 6 of
// 9 families fully right; the gaps are the carriage return PowerShell leaves on every line of the
// long logcat file, hilog's zone abbreviation before its yearless date, and idevicesyslog's
// `[disconnected:UDID]` marker joined to the relayed line before it.

var fresh279Cases = []worldCase{
	{
		name:   "logcat-windows-powershell-outfile-long-year",
		gap:    "the CR that ends every line is dropped from the record's text: the banners (`\\ufeff--------- beginning of main` CR), each long header, its message lines and the lone CR line closing it come out without it; the BOM is kept, and the times, levels and boundaries are read",
		source: "`adb logcat -d -v long,year | Out-File -Encoding utf8 logcat.txt` in Windows PowerShell 5.1 on a tester's Windows machine: logcat's long layout with the year (`[ yyyy-MM-dd HH:mm:ss.mmm  pid: tid P/tag ]`, the message on the lines below, a blank line after; AOSP liblog logprint.cpp, FORMAT_LONG and year_output), re-written by PowerShell line by line, so the file starts with a UTF-8 BOM and every line, the blank separators too, ends in CRLF: Stack Overflow question 64520778 (Windows PowerShell's `>`/Out-File encodings and Out-File -Encoding Utf8), informatiktv.ru on Out-File's CRLF line ends; the BOM of Windows PowerShell's utf8 encoding from memory",
		why:    "a BOM before the first banner; a carriage return ends every line, the blank one closing each long record included; the header's year and zone-less time; the letter before the slash is the level; a crash's message lines belong to its header",
		entries: []worldEntry{
			we("", Unknown, "", "\ufeff--------- beginning of main\r"),
			we("2026-11-29T07:41:16.204Z", Info, "",
				"[ 2026-11-29 07:41:16.204  1702: 1820 I/ActivityManager ]\r",
				"Start proc 4120:com.example.shop/u0a188 for next-top-activity {com.example.shop/com.example.shop.MainActivity}\r",
				"\r"),
			we("2026-11-29T07:41:16.911Z", Warn, "",
				"[ 2026-11-29 07:41:16.911  4120: 4137 W/ShopImageLoader ]\r",
				"thumbnail cache at /data/user/0/com.example.shop/cache/thumbs is 212 MB, trimming to 128 MB\r",
				"\r"),
			we("2026-11-29T07:41:18.877Z", Error, "",
				"[ 2026-11-29 07:41:18.877  4120: 4120 E/AndroidRuntime ]\r",
				"FATAL EXCEPTION: main\r",
				"Process: com.example.shop, PID: 4120\r",
				"java.lang.IllegalStateException: cart 7712 has no line items\r",
				"\tat com.example.shop.cart.CartViewModel.checkout(CartViewModel.kt:88)\r",
				"\tat com.example.shop.cart.CartFragment.onCheckoutClicked(CartFragment.kt:143)\r",
				"\r"),
			we("", Unknown, "", "--------- beginning of system\r"),
			we("2026-11-29T07:41:19.002Z", Info, "",
				"[ 2026-11-29 07:41:19.002  1702: 2216 I/ActivityManager ]\r",
				"Process com.example.shop (pid 4120) has died: fg  TOP \r",
				"\r"),
		},
	},
	{
		name:   "logcat-brief-color-ecma48",
		source: "`adb logcat -v brief,color > logcat.txt` on Android 12 and later (the colour modifier writes its escapes whether or not the output is a terminal): brief's `P/tag( pid): msg`, no time, wrapped in an ECMA-48 set-foreground escape chosen by priority (39 V, 34 D, 32 I, 33 W, 31 E and F) and the reset `\\x1b[0m` before the newline; the `--------- beginning of` banner is logcat's own and uncoloured: AOSP liblog logprint.cpp (the ANDROID_COLOR_* values, colorFromPri, android_log_formatLogLine's FORMAT_BRIEF)",
		why:    "the escape first, then the priority letter before the slash (V as Trace, F as Critical); the tag padded to eight in front of the pid's parentheses; no time anywhere",
		entries: []worldEntry{
			we("", Unknown, "", "--------- beginning of main"),
			we("", Info, "", "\x1b[32mI/ActivityManager( 1702): Start proc 5208:com.example.tickets/u0a211 for top-activity {com.example.tickets/com.example.tickets.ui.MainActivity}\x1b[0m"),
			we("", Debug, "", "\x1b[34mD/OkHttp  ( 5208): --> POST https://api.tickets.example/v3/orders (318-byte body)\x1b[0m"),
			we("", Warn, "", "\x1b[33mW/System.err( 5208): java.net.SocketTimeoutException: timeout\x1b[0m"),
			we("", Error, "", "\x1b[31mE/AndroidRuntime( 5208): FATAL EXCEPTION: OkHttp Dispatcher\x1b[0m"),
			we("", Critical, "", "\x1b[31mF/libc    ( 5208): Fatal signal 6 (SIGABRT), code -1 (SI_QUEUE) in tid 5241 (OkHttp Dispatch), pid 5208 (ample.tickets)\x1b[0m"),
			we("", Trace, "", "\x1b[39mV/FA      ( 5208): Inactivity, disconnecting from the service\x1b[0m"),
		},
	},
	{
		name:   "logcat-process-color-tag-after-reset",
		source: "`adb logcat -v process,color > logcat.txt` on Android 12 and later: process's `P(  pid) msg  (tag)` with the ECMA-48 escape first; logprint.cpp builds the process layout's suffix after the colour reset, so each line ends `\\x1b[0m  (tag)`: AOSP liblog logprint.cpp (android_log_formatLogLine, FORMAT_PROCESS's suffixBuf)",
		why:    "the escape, then the priority letter and the pid in parentheses; the tag comes last, in parentheses after the reset; no time",
		entries: []worldEntry{
			we("", Info, "", "\x1b[32mI( 1702) Start proc 6120:org.example.notes/u0a305 for service {org.example.notes/org.example.notes.sync.SyncService}\x1b[0m  (ActivityManager)"),
			we("", Debug, "", "\x1b[34mD( 6120) autosave scheduled in 1500 ms for note 881\x1b[0m  (NotesEditor)"),
			we("", Warn, "", "\x1b[33mW( 6120) sync for account 3 deferred: no unmetered network\x1b[0m  (NotesSync)"),
			we("", Error, "", "\x1b[31mE( 6120) (11) statement aborts at 9: [SELECT body FROM notes WHERE id=?] database disk image is malformed\x1b[0m  (SQLiteLog)"),
			we("", Info, "", "\x1b[32mI( 1702) Killing 6120:org.example.notes/u0a305 (adj 900): empty #17\x1b[0m  (ActivityManager)"),
		},
	},
	{
		name:   "logcat-events-time-descriptive",
		source: "`adb logcat -b events -v time,descriptive` on a phone just booted: the event log in the time layout (`MM-dd HH:mm:ss.mmm I/tag(  pid): …`, events are always I), its values named from event-log-tags' `(name|type|unit)` as `name=value`, a millisecond unit repainted as seconds (`time=14.211s`), a single value printed without brackets: AOSP liblog logprint.cpp (android_log_printBinaryEvent, the TYPE_MILLISECONDS repaint); frameworks/base EventLogTags.logtags' 3040 boot_progress_ams_ready (time|2|3), 30010 am_proc_bound, 30011 am_proc_died and 30014 am_proc_start as public analyses quote them",
		why:    "a yearless time in the time layout; the tag before the pid's parentheses is an event's name, the I its level; `time=14.211s` and the named values are message text, no times",
		entries: []worldEntry{
			we("", Unknown, "", "--------- beginning of events"),
			we("2026-11-29T07:40:52.318Z", Info, "", "11-29 07:40:52.318 I/boot_progress_ams_ready(  612): time=14.211s"),
			we("2026-11-29T07:41:16.19Z", Info, "", "11-29 07:41:16.190 I/am_proc_start(  612): [User=0,PID=4120,UID=10188,Process Name=com.example.shop,Type=next-top-activity,Component={com.example.shop/com.example.shop.MainActivity}]"),
			we("2026-11-29T07:41:16.231Z", Info, "", "11-29 07:41:16.231 I/am_proc_bound(  612): [User=0,PID=4120,Process Name=com.example.shop]"),
			we("2026-11-29T07:44:02.877Z", Info, "", "11-29 07:44:02.877 I/am_proc_died(  612): [User=0,PID=4120,Process Name=com.example.shop,OomAdj=900,ProcState=19]"),
		},
	},
	{
		name:   "openharmony-hilog-zone-abbreviation",
		gap:    "trawl reads no time from `CET 11-29 08:41:16.204  1702  1820 I C01510/AbilityMgr: …`: a zone abbreviation written before a yearless `MM-dd HH:mm:ss.mmm` is not read as the record's date and zone (the level letter after the tid is read)",
		source: "`hdc shell hilog -x -v zone` on an OpenHarmony 5 board set to Europe/Berlin: hilog's prefix with the zone's abbreviation (tm_zone) before the yearless `MM-dd HH:mm:ss.mmm`, then pid, tid, the level letter D I W E F, the type letter and five-digit hex domain before the tag (`C01510/Tag:`, `A03200/Tag:`): openharmony/hiviewdfx_hilog frameworks/libhilog/utils/log_print.cpp (PrintLogPrefix writes `tl.tm_zone` and a space when format.zone is set), gitcode.com openharmony/docs dfx/hilog.md (-v formats: time, zone, year, msec…)",
		why:    "a zone abbreviation (CET, +01:00) in front of a date with no year; the record's time is converted to UTC; the letter after the tid is the level (F as Critical); the domain is no host",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.204Z", Info, "", "CET 11-29 08:41:16.204  1702  1820 I C01510/AbilityMgr: StartAbility: bundle com.example.shop, ability EntryAbility, userId 100"),
			we("2026-11-29T07:41:16.388Z", Debug, "", "CET 11-29 08:41:16.388  4120  4120 D A03200/ShopApp: onCreate want.parameters size 3"),
			we("2026-11-29T07:41:17.031Z", Error, "", "CET 11-29 08:41:17.031  4120  4151 E A03200/ShopApp: http request failed, code 2300028, url https://api.shop.example/v2/cart"),
			we("2026-11-29T07:41:17.502Z", Warn, "", "CET 11-29 08:41:17.502  1702  1844 W C01120/AppMgrService: app com.example.shop did not answer the foreground request within 3000 ms"),
			we("2026-11-29T07:41:19.9Z", Critical, "", "CET 11-29 08:41:19.900  4120  4120 F C03f00/ArkCompiler: [ecmascript] Pending exception before return: TypeError: Cannot read property total of undefined"),
		},
	},
	{
		name:   "openharmony-hilog-color-wrap",
		source: "`hdc shell hilog -x -v color -v wrap`: each record in a 256-colour escape by level (75 D, 40 I, 166 W, 196 E, 226 F), reset after its last line; with wrap, a message's later lines are indented to the message column (42 spaces and the tag's width) instead of given the prefix again: openharmony/hiviewdfx_hilog frameworks/libhilog/utils/log_print.cpp (GetColor, AdaptWrap with PREFIX_LEN, LogPrintWithFormat splitting the message at its newlines)",
		why:    "the escape before the yearless date (2026, UTC, no zone shown); the letter after the tid is the level; a message of several lines is one record, its later lines starting with 49 (or 53) spaces and the reset ending its last line",
		entries: []worldEntry{
			we("2026-11-29T07:52:10.118Z", Info, "", "\x1b[38;5;40m11-29 07:52:10.118  5311  5311 I A00f00/NewsApp: list page shown, 24 items\x1b[0m"),
			we("2026-11-29T07:52:11.402Z", Error, "",
				"\x1b[38;5;196m11-29 07:52:11.402  5311  5342 E A00f00/NewsApp: feed refresh failed: {",
				"                                                 \"code\": 503,",
				"                                                 \"region\": \"eu-central\"",
				"                                                 }\x1b[0m"),
			we("2026-11-29T07:52:12.09Z", Warn, "", "\x1b[38;5;166m11-29 07:52:12.090  1702  1777 W C01510/AbilityMgr: ability NewsApp/EntryAbility slow to respond: 2104 ms\x1b[0m"),
			we("2026-11-29T07:52:12.54Z", Debug, "", "\x1b[38;5;75m11-29 07:52:12.540  5311  5311 D A00f00/NewsApp: image cache 41/256 entries\x1b[0m"),
			we("2026-11-29T07:52:14.003Z", Critical, "",
				"\x1b[38;5;226m11-29 07:52:14.003  5311  5311 F C03f00/ArkCompiler: [ecmascript] Stack overflow!",
				"                                                     at onPageShow (entry/src/main/ets/pages/Index.ets:41:7)\x1b[0m"),
		},
	},
	{
		name:   "idevicesyslog-output-file-no-device-name",
		gap:    "the `[disconnected:00008110-001A2C3E0E91401E]` marker after the last relayed line is joined to that line as a continuation instead of standing as a record of its own (the `[connected:…]` marker before the first line is read alone)",
		source: "libimobiledevice's idevicesyslog as built from its current sources, writing a file with `-o syslog.txt` (colours off): `[connected:UDID]` and `[disconnected:UDID]` marker lines around the relay, and each relayed line printed without the device's name (show_device_name is off), `Mmm dd HH:mm:ss process(subsystem)[pid] <Level>: msg`: libimobiledevice/libimobiledevice tools/idevicesyslog.c (syslog_callback, start_logging, device_event_cb, the -o/--output and --colors options), issue #1588 (the 1.3.0 output shows the process name with no device)",
		why:    "the yearless relay time (2026, UTC); no device name after it, so no host; the level in angle brackets (Fault as Critical); the marker lines carry no time",
		entries: []worldEntry{
			we("", Unknown, "", "[connected:00008110-001A2C3E0E91401E]"),
			we("2026-11-29T09:12:04Z", Notice, "", "Nov 29 09:12:04 SpringBoard(FrontBoard)[58] <Notice>: [app<com.example.tickets>:5208] Workspace connection established"),
			we("2026-11-29T09:12:05Z", Error, "", "Nov 29 09:12:05 Tickets(CFNetwork)[5208] <Error>: Task <8E21C5A4-3B0D-4F6E-9A71-2C5D8E0F1B34>.<3> HTTP load failed, 0/0 bytes (error code: -1009 [1:50])"),
			we("2026-11-29T09:12:05Z", Notice, "", "Nov 29 09:12:05 kernel(Sandbox)[0] <Notice>: Sandbox: Tickets(5208) deny(1) file-read-metadata /private/var/mobile/Library/Caches/com.apple.keyboards"),
			we("2026-11-29T09:12:08Z", Critical, "", "Nov 29 09:12:08 Tickets(libswiftCore.dylib)[5208] <Fault>: Tickets/OrderStore.swift:214: Fatal error: Unexpectedly found nil while unwrapping an Optional value"),
			we("", Unknown, "", "[disconnected:00008110-001A2C3E0E91401E]"),
		},
	},
	{
		name:   "pymobiledevice3-syslog-live-label-file",
		source: "`pymobiledevice3 syslog live --label -o syslog.txt`: the os_trace relay written uncoloured as `yyyy-MM-dd HH:mm:ss.ffffff process{image}[pid] <LEVEL>: message` and, with --label, ` [subsystem][category]` after the message (a lone space when the entry has no label); a message holding newlines is printed as it is, its label after its last line: doronz88/pymobiledevice3 pymobiledevice3/cli/syslog.py (format_line, include_label, line_no_style written to --out); the multi-line message from memory",
		why:    "the zone-less local time read as UTC; NOTICE, INFO, ERROR and FAULT in angle brackets (FAULT as Critical); the label's brackets are no level and no host; a message spanning lines is one record up to its label; a line with no label ends in a space",
		entries: []worldEntry{
			we("2026-11-29T10:03:11.512204Z", Notice, "", "2026-11-29 10:03:11.512204 SpringBoard{FrontBoard}[58] <NOTICE>: [app<com.example.tickets>:5208] scene moved to foreground [com.apple.FrontBoard][Common]"),
			we("2026-11-29T10:03:11.600018Z", Notice, "", "2026-11-29 10:03:11.600018 Tickets{Tickets}[5208] <NOTICE>: loaded 12 cached orders "),
			we("2026-11-29T10:03:12.004221Z", Error, "",
				"2026-11-29 10:03:12.004221 Tickets{Tickets}[5208] <ERROR>: order sync failed: {",
				"    code = 503;",
				"    endpoint = \"/v3/orders\";",
				"} [com.example.tickets][sync]"),
			we("2026-11-29T10:03:12.100771Z", Info, "", "2026-11-29 10:03:12.100771 Tickets{libnetwork.dylib}[5208] <INFO>: nw_connection_report_state_with_handler_on_nw_queue [C14] reporting state failed error Network is down [com.apple.network][connection]"),
			we("2026-11-29T10:03:14.880512Z", Critical, "", "2026-11-29 10:03:14.880512 Tickets{Tickets}[5208] <FAULT>: order 9911 saved with a negative total [com.example.tickets][store]"),
		},
	},
	{
		name:   "pymobiledevice3-dvt-oslog",
		source: "`pymobiledevice3 developer dvt oslog` (Instruments' activity-trace tap, each message printed uncoloured as `[time][subsystem][category][pid][image] <type>: message`, the time the host's `datetime.now()` with no zone, subsystem and category empty for plain NSLog and print output): doronz88/pymobiledevice3 pymobiledevice3/cli/developer.py (dvt_oslog) and services/dvt/instruments/activity_trace_tap.py (the messageType predicate info, debug, default, error, fault); the type names' spelling (Default, Info, Error, Fault) from memory",
		why:    "the first bracket holds the only time (zone-less, read as UTC); the type in angle brackets is the level (Default as Notice, Fault as Critical); the subsystem, category, pid and image in brackets are no host, and empty brackets stand for an entry with no subsystem",
		entries: []worldEntry{
			we("2026-11-29T10:20:41.31882Z", Notice, "", "[2026-11-29 10:20:41.318820][com.apple.runningboard][process][33][RunningBoard] <Default>: [app<application.com.example.tickets.8120.8121(501)>:5208] memory limits: active 2098 MB, inactive 2098 MB"),
			we("2026-11-29T10:20:41.402113Z", Notice, "", "[2026-11-29 10:20:41.402113][][][5208][Tickets] <Default>: checkout button tapped, cart has 2 items"),
			we("2026-11-29T10:20:42.01765Z", Error, "", "[2026-11-29 10:20:42.017650][com.apple.network][connection][5208][libnetwork.dylib] <Error>: nw_connection_copy_connected_local_endpoint_block_invoke [C14] Connection has no local endpoint"),
			we("2026-11-29T10:20:42.223004Z", Info, "", "[2026-11-29 10:20:42.223004][com.apple.CFNetwork][Summary][5208][CFNetwork] <Info>: Task <6F0B2E91-7C44-4A1D-8B35-D2E9A0C47F18>.<7> summary for task failure {transaction_duration_ms=412, response_status=503}"),
			we("2026-11-29T10:20:43.501297Z", Critical, "", "[2026-11-29 10:20:43.501297][com.example.tickets][store][5208][Tickets] <Fault>: order 9911 saved with a negative total"),
		},
	},
}

func TestFresh279Formats(t *testing.T) { assertTable(t, fresh279Cases) }
func TestFresh279Score(t *testing.T) {
	checkScore(t, "fresh279 formats", fresh279Cases, [worldNumFields]float64{98.0, 86.9, 98.0, 85.1})
}
