package parse

import "testing"

// The seventy-sixth fresh table, written on 2026-12-01: log families that are in none of
// world_test.go (the tuning table), holdout_test.go and the earlier fresh tables, compared by
// product and by file or mode and not only by name, so that its score is again an honest figure
// for logs trawl has never been tuned on. Its theme is mobile and handheld platforms, a fourth pass
// after the tables that took logcat's main modes, tombstones, ANR traces, dumpsys' first event
// logs, hilog's default and year forms, Tizen's dlog in -v time, KaiOS' brief logcat, the unified
// log's styles, crash, jetsam and panic reports, idevicesyslog, Flutter's and React Native's
// consoles and Unity's and Unreal's desktop files: the logs as developers and support engineers
// pull them from devices, in the files, modes and versions no earlier table holds. It has five
// parts. The first is Android itself (logcat in -v time with epoch or monotonic and in -v long
// with year and usec, a bugreport's KERNEL LOG and EVENT LOG sections, /proc/last_kmsg,
// NetworkMonitor's validation log in dumpsys network_stack, debuggerd -b, bugreportz -p, am
// instrument's default output, fastboot getvar all, Samsung's and Xiaomi's vendor tags in
// threadtime and logcat through a Windows pty). The second is the other phone and watch systems
// (hilog -v epoch and -v monotonic, dlogutil -v threadtime and -v kerneltime, a Tizen watch's
// crash-info report, Sailfish OS' journal with its Qt message pattern and a Silica app's console,
// Firefox OS' threadtime logcat with Gecko). The third is Apple devices (Xcode 15's console copied
// with its metadata, a watchOS extension's NSLog, Swift Testing's and XCUITest's output under
// xcodebuild, iOS' App Privacy Report, palera1n, iproxy and frida-trace against a device). The
// fourth is cross-platform apps and game engines on devices (Flutter in threadtime, the logger
// package's SimplePrinter, Unreal in logcat and its editor's Android packaging output, Unity's iOS
// player in Xcode, Godot in logcat, the Solar2D simulator and Defold's engine log). The fifth is
// handheld gaming and tethering (gamescope on the Steam Deck, RetroArch's verbose log, PPSSPP's
// log file and gnirehtet's relay). Where a product is already in an earlier table (logcat,
// bugreports, dumpsys, the pstore console, tombstones and ANR traces, am instrument -r, fastboot
// flash, hilog, dlog, KaiOS, NSLog in Xcode, XCTest, Flutter, Dart's package:logging, Unreal,
// Unity, Godot's desktop console, the Steam client), the family here is another file, mode or
// version of it, and source says so.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow, Location
// UTC), "" when a record has no time of its own (an uptime, seconds since boot, a test's elapsed
// seconds, PPSSPP's minutes and seconds without an hour, a date inside a file name or a kernel's
// build banner), the written clock read as UTC when the format writes no zone, a year-less date in
// the table's year and a bare time of day on the clock's day, levels only where the source puts
// them (logcat's and hilog's priority letter, dlog's letter, the Qt pattern's bracket at the head
// of a Sailfish message, a bracketed or prefixed level word in the product's place; a level word in
// free text is no level), "" host when the record names none (a device, a serial number, an app or
// a bundle id is no host; the journal's host field is), and a multi-line record (a stack, a Lua
// traceback, a crash-info report, a native backtrace) as one entry.
//
// The lines were written for this table in the layout each product really uses, from the public
// material each source names (found by search: issue threads, tests and docs pasting real output),
// and from memory where a source says so; hosts, ids and messages are invented, and every time is
// in late November 2026. The expectations were decided from the format before the table was first
// run; a family trawl still gets wrong carries a gap that says what it does not read, and it stays
// in the score. The table is a measurement, never to be tuned on: no parser rule is to be written
// from it, or it stops being one.
//
// Its first figure, scored once at commit 2e56215 before any rule was written from it: level 82.9 %,
// time 91.3 %, host 94.2 %, records 82.2 % (macro), 26 of 42 families fully right.
//
// go test ./parse -run Fresh76 -v

var fresh76Cases = []worldCase{

	// Android: logcat's other modifiers, a bugreport's sections, the kernel's last log, dumpsys,
	// debuggerd and the host tools' output.
	{
		name:   "logcat-time-epoch",
		source: "`adb logcat -v time,epoch` (the time format `time P/tag( pid): msg` with the time as seconds since the epoch and milliseconds): the liblog commit 'logcat: add epoch and monotonic format modifiers' (android.googlesource.com platform/system/logging 2bd07aeb) and the logcat help text; from memory of real lines. -v epoch on the threadtime layout and -v time,year are earlier tables'",
		why:    "a Unix time with milliseconds before the brief layout's priority letter and tag; a `--------- beginning of` marker is a record of its own with no time",
		entries: []worldEntry{
			we("", Unknown, "", "--------- beginning of main"),
			we("2026-11-29T07:41:16.123Z", Info, "", "1795938076.123 I/ActivityManager( 1702): Start proc 8812:com.example.news/u0a211 for next-top-activity {com.example.news/com.example.news.MainActivity}"),
			we("2026-11-29T07:41:16.412Z", Warn, "", "1795938076.412 W/System.err( 8812): java.net.SocketTimeoutException: failed to connect to api.example.org/203.0.113.41 (port 443) after 10000ms"),
			we("2026-11-29T07:41:17.004Z", Error, "", "1795938077.004 E/NewsFeed( 8812): refresh failed: HTTP 503"),
			we("2026-11-29T07:41:17.201Z", Debug, "", "1795938077.201 D/ConnectivityService( 1702): requestNetwork for uid/pid:10211/8812 activeRequest: null"),
		},
	},
	{
		name:   "logcat-time-monotonic",
		source: "`adb logcat -v time,monotonic` (the time format with seconds since boot in place of the date and clock): the liblog commit adding the epoch and monotonic modifiers (2bd07aeb) and developer.android.com 'Logcat command-line tool' (format modifiers); from memory of real lines. -v monotonic on the threadtime layout is an earlier table's",
		why:    "seconds since boot before the priority letter: no time of the record's own, the letter still the level",
		entries: []worldEntry{
			we("", Info, "", "  4123.571 I/ActivityManager( 1702): Killing 8812:com.example.news/u0a211 (adj 905): empty #17"),
			we("", Warn, "", "  4123.602 W/libprocessgroup( 1702): Failed to kill process cgroup uid 10211 pid 8812 in 215ms, 1 processes remain"),
			we("", Error, "", "  4124.010 E/BluetoothGatt( 5120): android.os.DeadObjectException"),
			we("", Trace, "", "  4124.322 V/AudioFlinger(  941): mixer(0x7c3e8a4d40) throttle end: throttle time(10)"),
		},
	},
	{
		name:   "logcat-long-year-usec",
		source: "`adb logcat -v long,year,usec` (the long format's `[ time  pid: tid P/tag ]` header with a four-digit year and microseconds, the message on the lines below and a blank line after each entry): AOSP logcat help text (-v long, year, usec); from memory of real lines. -v long and -v long,epoch are earlier tables'",
		why:    "a header line with a full date and microseconds, the message lines below it, a blank line closing each entry",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.811204Z", Debug, "",
				"[ 2026-11-29 07:41:16.811204  1702: 2395 D/WindowManager ]",
				"Relayout Window{5f1c2a7e u0 com.example.news/com.example.news.MainActivity}: oldVis=4 newVis=0",
				""),
			we("2026-11-29T07:41:17.102518Z", Error, "",
				"[ 2026-11-29 07:41:17.102518  8812: 8812 E/AndroidRuntime ]",
				"FATAL EXCEPTION: main",
				"Process: com.example.news, PID: 8812",
				"java.lang.IllegalStateException: Fragment FeedFragment{3a1f} not attached to a context.",
				"\tat androidx.fragment.app.Fragment.requireContext(Fragment.java:972)",
				"\tat com.example.news.FeedFragment.onLoaded(FeedFragment.kt:88)",
				""),
			we("2026-11-29T07:41:17.340077Z", Info, "",
				"[ 2026-11-29 07:41:17.340077  1702: 1730 I/ActivityManager ]",
				"Process com.example.news (pid 8812) has died: fg  TOP ",
				""),
		},
	},
	{
		name:   "android-bugreport-kernel-log-section",
		source: "the KERNEL LOG section of an Android bugreport (`------ KERNEL LOG (dmesg) ------`, then dmesg's lines with the uptime and, on GKI kernels, the caller id `[seconds][ Tpid]`, then dumpstate's `------ 0.048s was the duration of 'KERNEL LOG (dmesg)' ------`): developer.android.com 'Capture and read bug reports'; from memory of real bugreports. The SYSTEM LOG section and the pstore console are earlier tables'",
		why:    "kernel lines with uptimes only, so no time and no level; the section header is no record and the duration trailer is one of its own",
		entries: []worldEntry{
			wskip("------ KERNEL LOG (dmesg) ------"),
			we("", Unknown, "", "[ 4123.571204][ T2395] binder: 1702:2395 transaction failed 29189/-22, size 0-0 line 3080"),
			we("", Unknown, "", "[ 4123.602118][  T412] lowmemorykiller: Kill 'com.example.news' (8812), uid 10211, oom_score_adj 905 to free 61240kB rss, 18220kB swap"),
			we("", Unknown, "", "[ 4124.010337][    C2] healthd: battery l=88 v=4012 t=31.2 h=2 st=3 c=-412000 fc=4410000 cc=212 chg="),
			we("", Unknown, "", "[ 4124.322876][    T1] init: Service 'vendor.camera-provider-2-7' (pid 941) received signal 6"),
			we("", Unknown, "", "------ 0.048s was the duration of 'KERNEL LOG (dmesg)' ------"),
		},
	},
	{
		name:   "android-bugreport-event-log-section",
		gap:    "dumpstate's `------ … was the duration of 'EVENT LOG' ------` trailer is joined to the last event record instead of standing on its own",
		source: "the EVENT LOG section of an Android bugreport (`logcat -b events -v threadtime -v printable -v uid -d *:v`: `MM-dd HH:mm:ss.SSS uid pid tid P tag: [values]`, the events buffer's tags such as am_proc_start, am_pss, screen_toggled and battery_level): developer.android.com 'Capture and read bug reports'; from memory of real bugreports. The SYSTEM LOG section and logcat's plain events buffer are earlier tables'",
		why:    "the uid name between the time and the pid, an event tag in the tag's place and its values in brackets; the header is no record, the beginning marker and the duration trailer records of their own",
		entries: []worldEntry{
			wskip("------ EVENT LOG (logcat -b events -v threadtime -v printable -v uid -d *:v) ------"),
			we("", Unknown, "", "--------- beginning of events"),
			we("2026-11-29T07:41:16.211Z", Info, "", "11-29 07:41:16.211 system  1702  2395 I am_proc_start: [0,8812,10211,com.example.news,next-top-activity,{com.example.news/com.example.news.MainActivity}]"),
			we("2026-11-29T07:41:16.840Z", Info, "", "11-29 07:41:16.840 system  1702  1730 I am_pss  : [8812,10211,com.example.news,61240000,48120000,0,18220000,0,2,21]"),
			we("2026-11-29T07:41:17.002Z", Info, "", "11-29 07:41:17.002 system  1702  1702 I screen_toggled: 0"),
			we("2026-11-29T07:41:17.310Z", Info, "", "11-29 07:41:17.310 system  1702  1860 I battery_level: [88,4012,312]"),
			we("", Unknown, "", "------ 0.231s was the duration of 'EVENT LOG' ------"),
		},
	},
	{
		name:   "android-proc-last-kmsg",
		source: "/proc/last_kmsg on pre-pstore Android devices (the previous boot's kernel console, printk lines with uptime stamps and no priority, a panic's lines among them; the kernel's build banner carries its build date): XDA and AOSP threads quoting last_kmsg after a reboot; from memory of real files. The pstore console-ramoops file and Samsung's process-tagged kmsg are earlier tables'",
		why:    "uptimes only, so no time; the build date inside the Linux version banner is no time of the record; each printk line is a record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "[    0.000000] Booting Linux on physical CPU 0x0"),
			we("", Unknown, "", "[    0.000000] Linux version 3.10.73-g5a8c2b1 (android-build@vpef3.mtv.example.com) (gcc version 4.9.x 20150123 (prerelease) (GCC) ) #1 SMP PREEMPT Tue Nov 3 22:14:05 UTC 2026"),
			we("", Unknown, "", "[ 4123.571204] Watchdog bark! Now = 4123.571204"),
			we("", Unknown, "", "[ 4123.571310] Kernel panic - not syncing: Watchdog detected hard LOCKUP on cpu 2"),
			we("", Unknown, "", "[ 4123.571402] CPU: 2 PID: 0 Comm: swapper/2 Tainted: G        W    3.10.73-g5a8c2b1 #1"),
		},
	},
	{
		name:   "android-dumpsys-network-stack-validation",
		source: "`dumpsys network_stack` (NetworkMonitor's validation log per network, most recent first, each line `yyyy-MM-ddTHH:mm:ss.SSS - PROBE_* …` in the device's local time without a zone): AOSP packages/modules/NetworkStack NetworkMonitor (validation logs); from memory of real bugreports. ConnectivityService's LocalLog in dumpsys connectivity is an earlier table's",
		why:    "an ISO date and clock with no zone after indentation, a dash and the probe; the headers above are no records",
		entries: []worldEntry{
			wskip("NetworkMonitor - [WIFI () - 104]:", "  Validation logs (most recent first):"),
			we("2026-11-29T07:41:17.204Z", Unknown, "", "    2026-11-29T07:41:17.204 - PROBE_HTTPS https://www.google.com/generate_204 Probe failed with exception javax.net.ssl.SSLHandshakeException: Chain validation failed"),
			we("2026-11-29T07:41:16.488Z", Unknown, "", "    2026-11-29T07:41:16.488 - PROBE_HTTP http://connectivitycheck.gstatic.com/generate_204 Time: 176ms ret=302 request={User-Agent=[Mozilla/5.0]} headers={Location=[http://portal.example.net/login]}"),
			we("2026-11-29T07:41:16.301Z", Unknown, "", "    2026-11-29T07:41:16.301 - PROBE_DNS connectivitycheck.gstatic.com 14ms OK 142.250.74.67"),
		},
	},
	{
		name:   "android-debuggerd-backtrace",
		gap:    "a debuggerd -b dump between `----- pid N at time -----` and `----- end N -----` is not one record: the entry ends with its header line",
		source: "`debuggerd -b <pid>` (a native backtrace of every thread of a live process: `----- pid N at yyyy-MM-dd HH:mm:ss.nnnnnnnnn+zzzz -----`, Cmd line and ABI, each thread's `#NN pc` frames, `----- end N -----`): AOSP system/core debuggerd; from memory of real dumps. The Java ANR traces of /data/anr and the tombstones are earlier tables'",
		why:    "a whole dump between a header with the time and the end marker is one record; its frame lines carry no time",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456789Z", Unknown, "",
				"----- pid 941 at 2026-11-29 07:41:16.123456789+0000 -----",
				"Cmd line: /vendor/bin/hw/android.hardware.camera.provider@2.7-service",
				"ABI: 'arm64'",
				"",
				`"camera.provider" sysTid=941`,
				"    #00 pc 00000000000a2c18  /apex/com.android.runtime/lib64/bionic/libc.so (__ioctl+8) (BuildId: 5a1f9e3c2b7d)",
				"    #01 pc 000000000005c0f4  /apex/com.android.runtime/lib64/bionic/libc.so (ioctl+152) (BuildId: 5a1f9e3c2b7d)",
				"",
				`"HwBinder:941_1" sysTid=958`,
				"    #00 pc 00000000000a2c18  /apex/com.android.runtime/lib64/bionic/libc.so (__ioctl+8) (BuildId: 5a1f9e3c2b7d)",
				"",
				"----- end 941 -----"),
			we("2026-11-29T07:41:18.004110322Z", Unknown, "",
				"----- pid 1120 at 2026-11-29 07:41:18.004110322+0000 -----",
				"Cmd line: /system/bin/surfaceflinger",
				"ABI: 'arm64'",
				"",
				`"surfaceflinger" sysTid=1120`,
				"    #00 pc 00000000000a3f28  /apex/com.android.runtime/lib64/bionic/libc.so (__epoll_pwait+8) (BuildId: 5a1f9e3c2b7d)",
				"",
				"----- end 1120 -----"),
		},
	},
	{
		name:   "android-bugreportz-progress",
		source: "`adb shell bugreportz -p` (dumpstate's zipped-bugreport protocol on stdout: `BEGIN:path`, `PROGRESS:n/max`, then `OK:path` or `FAIL:message`; the bugreport's file name carries the build and a date): AOSP frameworks/native cmds/bugreportz readme; from memory of real runs. The bugreport's dumpstate text is an earlier table's",
		why:    "protocol lines with no time and no level: the date inside the zip's file name is no time, FAIL is a status and no level",
		entries: []worldEntry{
			we("", Unknown, "", "BEGIN:/data/user_de/0/com.android.shell/files/bugreports/bugreport-shiba-AP3A.241105.008-2026-11-29-07-41-16.zip"),
			we("", Unknown, "", "PROGRESS:412/7744"),
			we("", Unknown, "", "PROGRESS:7744/7744"),
			we("", Unknown, "", "OK:/data/user_de/0/com.android.shell/files/bugreports/bugreport-shiba-AP3A.241105.008-2026-11-29-07-41-16.zip"),
			we("", Unknown, "", "FAIL:Could not create zip file /data/user_de/0/com.android.shell/files/bugreports/bugreport-shiba.zip: No space left on device"),
		},
	},
	{
		name:   "android-am-instrument-default",
		gap:    "am instrument's `Error in test(Class):` line and the assertion and frames below it are not one record: the exception line starts an entry of its own",
		source: "`adb shell am instrument -w` without -r (the JUnit text reporter: a class line with a dot per test, `Error in test(Class):` with the stack, `Time: seconds`, `FAILURES!!!` and the counts): developer.android.com 'Test from the command line' (am instrument); from memory of real runs. The -r raw key/value output is an earlier table's",
		why:    "no time anywhere (Time: is elapsed seconds); a failure with its stack is one record; Error and FAILURES are JUnit's words, not levels",
		entries: []worldEntry{
			we("", Unknown, "", "com.example.news.FeedRepositoryTest:.."),
			we("", Unknown, "",
				"Error in refreshKeepsOrder(com.example.news.FeedRepositoryTest):",
				"java.lang.AssertionError: expected:<[a1, a2]> but was:<[a2, a1]>",
				"\tat org.junit.Assert.fail(Assert.java:89)",
				"\tat com.example.news.FeedRepositoryTest.refreshKeepsOrder(FeedRepositoryTest.kt:42)"),
			we("", Unknown, "", "Time: 1.832"),
			we("", Unknown, "", "FAILURES!!!"),
			we("", Unknown, "", "Tests run: 3,  Failures: 1"),
		},
	},
	{
		name:   "fastboot-getvar-all",
		source: "`fastboot getvar all` (the bootloader's variables as `(bootloader) name:value` on stderr, then `all:` and `Finished. Total time: n.nnns`): AOSP system/core fastboot; from memory of real runs. fastboot's flash output is an earlier table's",
		why:    "bootloader variables with no time and no level; a version string with dots and dashes is no time",
		entries: []worldEntry{
			we("", Unknown, "", "(bootloader) version-bootloader:ripcurrent-14.5-11235813"),
			we("", Unknown, "", "(bootloader) product:shiba"),
			we("", Unknown, "", "(bootloader) secure:yes"),
			we("", Unknown, "", "(bootloader) current-slot:a"),
			we("", Unknown, "", "all:"),
			we("", Unknown, "", "Finished. Total time: 0.123s"),
		},
	},
	{
		name:   "samsung-oneui-logcat-vendor-tags",
		source: "a Samsung Galaxy's logcat in threadtime with One UI's own tags (`ViewRootImpl@hash[Activity]`, SamsungAlarmManager, `SDHMS:…`): XDA and Stack Overflow threads asking about ViewRootImpl@…[MainActivity] ViewPostIme lines; from memory of real lines. Samsung's process-tagged kmsg and Odin3's log are earlier tables'",
		why:    "vendor tags with @, brackets and a colon inside before the tag's own colon; the priority letter is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "11-29 07:41:16.123  8812  8812 I ViewRootImpl@5a3c1f2[MainActivity]: ViewPostIme pointer 0"),
			we("2026-11-29T07:41:16.201Z", Info, "", "11-29 07:41:16.201  1702  1815 I SamsungAlarmManager: Sending to uid : 10211 action=com.example.news.SYNC alarm=Alarm{a1b2c3 type 0 origWhen 1795938076201 whenElapsed 4123571 com.example.news}"),
			we("2026-11-29T07:41:16.334Z", Debug, "", "11-29 07:41:16.334  1702  2244 D SDHMS:d_gov: set_dvfs_boost: cpu=2 level=3"),
			we("2026-11-29T07:41:17.002Z", Error, "", "11-29 07:41:17.002  8812  8812 E ViewRootImpl@5a3c1f2[MainActivity]: Surface is not valid, dropping frame"),
		},
	},
	{
		name:   "xiaomi-miui-logcat-vendor-tags",
		source: "a Xiaomi phone's logcat in threadtime with MIUI's own tags (`MIUIScout App`, with a blank inside the tag, MIUIInput's MotionEvent lines with a phoneEventTime, PowerKeeper): XDA and GitHub issue threads pasting MIUI logcat; from memory of real lines",
		why:    "a tag with a blank inside, a clock inside the message that is not the record's; the priority letter is the level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Warn, "", "11-29 07:41:16.123  8812  8812 W MIUIScout App: Enabled app scout for com.example.news"),
			we("2026-11-29T07:41:16.512Z", Info, "", "11-29 07:41:16.512  8812  8812 I MIUIInput: [MotionEvent] ViewRootImpl windowName 'com.example.news/com.example.news.MainActivity', { action=ACTION_DOWN, id[0]=0, pointerCount=1, eventTime=4123509, downTime=4123509, phoneEventTime=07:41:16.509 } moveCount:0"),
			we("2026-11-29T07:41:16.900Z", Debug, "", "11-29 07:41:16.900  3120  3188 D PowerKeeper.Event: notifyActivityStartEvent com.example.news uid=10211"),
			we("2026-11-29T07:41:17.420Z", Error, "", "11-29 07:41:17.420  8812  8833 E MIUIScout App: Event:APP_SCOUT_HANG Thread:main backtrace:"),
		},
	},
	{
		name:   "adb-shell-logcat-pty-crlf",
		gap:    "the carriage return that ends each threadtime line through a Windows pty is dropped from the record's text",
		source: "`adb shell logcat` run through a pty on Windows (older adb and shells translate the device's LF to CRLF, so every threadtime line ends in a carriage return): Stack Overflow threads on '\\r\\r\\n' in adb shell output; from memory of real captures. Plain threadtime is an earlier table's",
		why:    "a carriage return at each line's end must not stop the threadtime layout from being read",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.976Z", Info, "", "11-29 07:41:16.976   167   167 I vold    : Vold 3.0 (the awakening) firing up\r"),
			we("2026-11-29T07:41:17.102Z", Warn, "", "11-29 07:41:17.102  1702  2395 W ActivityManager: Slow operation: 141ms so far, now at startProcess: done updating pids map\r"),
			we("2026-11-29T07:41:17.480Z", Error, "", "11-29 07:41:17.480  8812  8812 E NewsFeed: refresh failed: HTTP 503\r"),
		},
	},

	// Other phone and watch systems: HarmonyOS, Tizen, Sailfish OS and Firefox OS.
	{
		name:   "harmonyos-hilog-epoch",
		source: "HarmonyOS / OpenHarmony `hilog -v epoch` (the hilog layout `time pid tid L domain/tag: msg` with the time as seconds since the epoch and milliseconds): the OpenHarmony docs 'hilog' page (gitcode.com openharmony/docs, application-dev/dfx/hilog.md: the log format and the -v format option); the line itself from memory. hilog's default and -v year forms are earlier tables'",
		why:    "a Unix time before pid, tid, a level letter and a domain/tag pair",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "1795938076.123  5394  5394 I A03200/NewsFeed: refresh started"),
			we("2026-11-29T07:41:16.412Z", Warn, "", "1795938076.412  5394  5410 W C02C01/CustCarrierMount: not exist CUST_GLOBAL_CARRIER_DIR"),
			we("2026-11-29T07:41:17.004Z", Error, "", "1795938077.004  5394  5394 E A03200/NewsFeed: request failed, code 503"),
			we("2026-11-29T07:41:17.210Z", Debug, "", "1795938077.210   612   640 D C01F00/AppMgrService: ApplicationForeground, bundle com.example.news"),
		},
	},
	{
		name:   "harmonyos-hilog-monotonic",
		source: "HarmonyOS / OpenHarmony `hilog -v monotonic` (the hilog layout with seconds since boot in place of the date and clock): the OpenHarmony docs 'hilog' page (hilog.md, the -v format option); the line itself from memory",
		why:    "seconds since boot: no time of the record's own, the level letter still the level",
		entries: []worldEntry{
			we("", Info, "", "  4123.571  5394  5394 I A03200/NewsFeed: refresh started"),
			we("", Critical, "", "  4123.602  5394  5394 F C03900/Ace: [js_runtime] JS crash: TypeError: Cannot read property 'items' of undefined"),
			we("", Error, "", "  4124.010   612   640 E C01F00/AppMgrService: process 5394 died, reason JS_ERROR"),
		},
	},
	{
		name:   "tizen-dlogutil-threadtime",
		source: "Tizen's `dlogutil -v threadtime` (`MM-dd HH:mm:ss.SSS±zzzz P/TAG(P pid, T tid): msg`, the platform's `file: func(line) > ` prefix in the message): dlog's logprint.c in Tizen's platform/core/system/dlog; from memory. dlogutil -v time is an earlier table's",
		why:    "a year-less date with a UTC offset, then the letter and tag, then pid and tid each marked P and T",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "11-29 16:41:16.123+0900 I/AUL_AMD (P  612, T  612): amd_launch.c: _launch_app(1203) > [__LAUNCH__] launch request: org.example.news"),
			we("2026-11-29T07:41:16.402Z", Warn, "", "11-29 16:41:16.402+0900 W/RESOURCED(P  540, T  560): memory-cgroup.c: memcg_check(311) > memory usage 412MB over threshold"),
			we("2026-11-29T07:41:17.004Z", Error, "", "11-29 16:41:17.004+0900 E/NEWSAPP (P 4410, T 4433): feed.c: feed_refresh(88) > http request failed: 503"),
		},
	},
	{
		name:   "tizen-dlogutil-kerneltime",
		source: "Tizen's `dlogutil -v kerneltime` (the threadtime layout with the monotonic seconds since boot in place of the date: `seconds.millis P/TAG(P pid, T tid): msg`): dlog's logprint.c; from memory",
		why:    "seconds since boot before the letter and tag: no time of the record's own",
		entries: []worldEntry{
			we("", Info, "", " 4123.571 I/AUL_AMD (P  612, T  612): amd_launch.c: _launch_app(1203) > [__LAUNCH__] launch request: org.example.news"),
			we("", Debug, "", " 4123.602 D/NEWSAPP (P 4410, T 4410): main.c: app_create(54) > app created"),
			we("", Error, "", " 4124.010 E/NEWSAPP (P 4410, T 4433): feed.c: feed_refresh(88) > http request failed: 503"),
		},
	},
	{
		name:   "tizen-crash-info-report",
		gap:    "a Tizen crash-info report is not one record: its entry ends with its first line and has no time (the Date: line's is not taken), and the next report's first line is joined to the line before it",
		source: "a Tizen wearable's crash-info report (Gear / Galaxy Watch, `/opt/usr/share/crash/info/app_date.cs`: `S/W Version Information` with Build-Date, `Crash Information` with `Date: yyyy-MM-dd HH:mm:ss±zzzz`, registers, memory, threads and maps): a crash-info file committed to BAESuHan/tizen_gear (tizen_sensors2/crash-info/*.cs)",
		why:    "the whole report is one record; its time is the crash's Date, not the Build-Date that comes first; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Unknown, "",
				"S/W Version Information",
				"Model: SM-R930",
				"Tizen-Version: 5.5.0.2",
				"Build-Number: R930XXU1FWK7",
				"Build-Date: 2026.10.27 20:26:45",
				"",
				"Crash Information",
				"Process Name: newsapp",
				"PID: 4410",
				"Date: 2026-11-29 16:41:16+0900",
				"Executable File Path: /opt/usr/globalapps/org.example.news/bin/newsapp",
				"Signal: 11",
				"      (SIGSEGV)",
				"      si_code: 1",
				"      address not mapped to object",
				"",
				"Register Information",
				"r0   = 0x00000000, r1   = 0x00000080",
				"pc   = 0xb6e2c3d4, lr   = 0xb6e2c3a0"),
			we("2026-11-29T07:52:03Z", Unknown, "",
				"S/W Version Information",
				"Model: SM-R930",
				"Tizen-Version: 5.5.0.2",
				"Build-Number: R930XXU1FWK7",
				"Build-Date: 2026.10.27 20:26:45",
				"",
				"Crash Information",
				"Process Name: newsapp",
				"PID: 4522",
				"Date: 2026-11-29 16:52:03+0900",
				"Signal: 6",
				"      (SIGABRT)"),
		},
	},
	{
		name:   "sailfish-journal-qt-pattern",
		source: "Sailfish OS' journal as `devel-su journalctl` shows it (the short format `Mmm dd HH:mm:ss host ident[pid]: msg`, the host Sailfish by default; Qt apps and lipstick write through Sailfish's QT_MESSAGE_PATTERN `[D|W|C|F] function:line - msg`): Sailfish OS documentation 'Debugging' and forum.sailfishos.org threads pasting journal output; from memory of real lines",
		why:    "a syslog-style journal line with the host; the Qt pattern's bracketed letter at the head of a Qt app's message is its level, a non-Qt daemon's line has none",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Warn, "Sailfish", "Nov 29 07:41:16 Sailfish lipstick[1120]: [W] unknown:0 - file:///usr/share/lipstick-jolla-home-qt5/main.qml:88: TypeError: Cannot read property 'width' of null"),
			we("2026-11-29T07:41:16Z", Unknown, "Sailfish", "Nov 29 07:41:16 Sailfish connmand[712]: wlan0 {add} route 0.0.0.0 gw 192.168.178.1 scope 0 <UNIVERSE>"),
			we("2026-11-29T07:41:17Z", Debug, "Sailfish", "Nov 29 07:41:17 Sailfish harbour-newsreader[4410]: [D] onCompleted:42 - feed page loaded"),
			we("2026-11-29T07:41:18Z", Critical, "Sailfish", "Nov 29 07:41:18 Sailfish harbour-newsreader[4410]: [C] FeedModel::load:131 - cannot open database /home/defaultuser/.local/share/harbour-newsreader/feeds.sqlite"),
		},
	},
	{
		name:   "sailfish-qt-app-console",
		source: "a Sailfish Silica app's stderr when started from the SDK or a terminal (`invoker --type=silica-qt5 harbour-app`, Sailfish's Qt message pattern `[D|W|C|F] function:line - msg`, no time): Sailfish OS documentation 'Debugging' and SDK forum threads; from memory of real lines",
		why:    "a bracketed Qt level letter at the head of the line and no time; unknown:0 where QML gives no function",
		entries: []worldEntry{
			we("", Debug, "", "[D] onCompleted:42 - feed page loaded"),
			we("", Warn, "", `[W] unknown:0 - file:///usr/share/harbour-newsreader/qml/pages/FeedPage.qml:88:5: QML Label: Binding loop detected for property "width"`),
			we("", Critical, "", "[C] FeedModel::load:131 - cannot open database /home/defaultuser/.local/share/harbour-newsreader/feeds.sqlite"),
			we("", Debug, "", "[D] expression for onClicked:97 - opening article 4411"),
		},
	},
	{
		name:   "firefoxos-logcat-threadtime-gecko",
		source: "a Firefox OS (B2G) phone's `adb logcat -v threadtime` (the threadtime layout with Gecko's tags: Gecko, GeckoConsole's `Content JS LOG/WARN at app://…` and JavaScript errors): MDN's archived 'Firefox OS debugging: logcat' pages; from memory of real lines. KaiOS' brief logcat is an earlier table's",
		why:    "threadtime's columns with Gecko's tags; the letter is the level, not the JS console's words inside",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "11-29 07:41:16.123   234   234 I Gecko   : -*- WifiWorker component: Wifi starting"),
			we("2026-11-29T07:41:16.408Z", Info, "", "11-29 07:41:16.408   812   812 I GeckoConsole: Content JS LOG at app://news.gaiamobile.org/js/feed.js:42 in refresh: feed refresh started"),
			we("2026-11-29T07:41:17.004Z", Error, "", `11-29 07:41:17.004   812   812 E GeckoConsole: [JavaScript Error: "TypeError: navigator.mozApps is undefined" {file: "app://news.gaiamobile.org/js/app.js" line: 88}]`),
			we("2026-11-29T07:41:17.310Z", Warn, "", "11-29 07:41:17.310   234   260 W Gecko   : [Parent 234] WARNING: NS_ENSURE_TRUE(mDocShell) failed: file nsDocShell.cpp, line 412"),
		},
	},

	// Apple devices: Xcode's console, xcodebuild's test output, the device's own exports and
	// the tools that reach it from a host.
	{
		name:   "xcode15-console-metadata",
		gap:    "Xcode 15's copied entry is not one record and its metadata line is not read: the message line's entry ends there with no time and no level, without the `Type: … | Timestamp: …` line below it",
		source: "Xcode 15's debug console with 'Metadata' shown and entries copied out (the message, then `Type: T | Timestamp: yyyy-MM-dd HH:mm:ss.ffffff±hh:mm | Process: … | Library: … | Subsystem: … | Category: … | TID: 0x…`): Apple's WWDC23 'Debug with structured logging'; from memory of copied console output, not verified against a pasted sample. NSLog's older console line is an earlier table's",
		why:    "the time and the level (Type) are on the metadata line below the message; the two lines are one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Info, "",
				"Feed refresh started",
				"Type: Info | Timestamp: 2026-11-29 07:41:16.123456+00:00 | Process: NewsReader | Library: NewsReader | Subsystem: com.example.news | Category: feed | TID: 0x2c41f"),
			we("2026-11-29T07:41:17.004211Z", Error, "",
				"Request failed: HTTP 503",
				"Type: Error | Timestamp: 2026-11-29 07:41:17.004211+00:00 | Process: NewsReader | Library: NewsReader | Subsystem: com.example.news | Category: network | TID: 0x2c433"),
			we("2026-11-29T07:41:17.210004Z", Debug, "",
				"Cache hit for article 4411",
				"Type: Debug | Timestamp: 2026-11-29 07:41:17.210004+00:00 | Process: NewsReader | Library: NewsReader | Subsystem: com.example.news | Category: cache | TID: 0x2c41f"),
		},
	},
	{
		name:   "watchos-extension-nslog",
		source: "a watchOS WatchKit extension's NSLog and print output in Xcode's console (`yyyy-MM-dd HH:mm:ss.ffffff±zzzz Process Name[pid:tid] msg`, the process name with blanks such as `NewsWatch WatchKit Extension`): Apple developer forums threads pasting watch extension console output; from memory. NSLog from an iOS or macOS app is an earlier table's",
		why:    "a process name with blanks inside before the pid brackets; the offset is converted; no level",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Unknown, "", "2026-11-29 07:41:16.123456+0000 NewsWatch WatchKit Extension[412:88213] Session activated: 2"),
			we("2026-11-29T07:41:16.201833Z", Unknown, "", "2026-11-28 23:41:16.201833-0800 NewsWatch WatchKit Extension[412:88230] [WC] WCSession counterpart app not installed"),
			we("2026-11-29T07:41:17.004100Z", Unknown, "", "2026-11-29 07:41:17.004100+0000 NewsWatch WatchKit Extension[412:88213] Complication timeline reloaded with 12 entries"),
		},
	},
	{
		name:   "swift-testing-console",
		source: "Swift Testing's console output under `swift test` and xcodebuild (`◇ Test run started.`, `↳` details, `✔ Test x() passed after n seconds.`, `✘ Test x() recorded an issue at File.swift:l:c: Expectation failed: …`, the run's summary): swiftlang/swift-testing PRs #1116 and #1125 showing the messages",
		why:    "symbol-led lines with no time and no level; a test's elapsed seconds are no time, ✘ and failed are no level",
		entries: []worldEntry{
			we("", Unknown, "", "◇ Test run started."),
			we("", Unknown, "", "↳ Testing Library Version: 102 (arm64e-apple-macos13.0)"),
			we("", Unknown, "", "◇ Suite FeedTests started."),
			we("", Unknown, "", "✔ Test parsesDates() passed after 0.002 seconds."),
			we("", Unknown, "", "✘ Test keepsOrder() recorded an issue at FeedTests.swift:42:9: Expectation failed: (ids → [2, 1]) == [1, 2]"),
			we("", Unknown, "", "✘ Test run with 2 tests in 1 suite failed after 0.010 seconds with 1 issue."),
		},
	},
	{
		name:   "xcuitest-activity-log",
		gap:    "XCUITest's indented `t = n.nns` activity lines are joined to the Test Case started line, so the Start Test line's clock is not the time of a record of its own",
		source: "XCUITest's activity lines under `xcodebuild test` (`    t =     0.00s Start Test at yyyy-MM-dd HH:mm:ss.SSS`, then indented `t = n.nns` steps, between the Test Case started and passed lines): Apple's 'User Interface Testing' docs and CI logs in public issues (appium and WebDriverAgent threads); from memory. XCTest's Test Suite and Test Case lines are an earlier table's",
		why:    "only the Start Test line carries a clock (no zone: UTC); the t = steps are elapsed seconds, no time; each line is a record",
		entries: []worldEntry{
			we("", Unknown, "", "Test Case '-[NewsUITests.FeedUITests testOpenArticle]' started."),
			we("2026-11-29T07:41:16.123Z", Unknown, "", "    t =     0.00s Start Test at 2026-11-29 07:41:16.123"),
			we("", Unknown, "", "    t =     0.05s Set Up"),
			we("", Unknown, "", "    t =     0.06s     Open com.example.news"),
			we("", Unknown, "", `    t =     3.12s     Tap "Top stories" Button`),
			we("", Unknown, "", "Test Case '-[NewsUITests.FeedUITests testOpenArticle]' passed (5.311 seconds)."),
		},
	},
	{
		name:   "ios-app-privacy-report",
		source: "iOS' App Privacy Report export (Settings > Privacy > App Privacy Report > Export, App_Privacy_Report_v4_<time>.ndjson: access records with accessor, category, kind and timeStamp; networkActivity records with domain, bundleID, hits, timeStamp and firstTimeStamp): log2timeline/plaso test_data/ios_app_privacy_report.ndjson and its jsonl plugin",
		why:    "JSON lines whose time is timeStamp with an offset (converted), not the firstTimeStamp of a network record; no level, no host (a bundle id is no host)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.555Z", Unknown, "", `{"accessor":{"identifier":"com.example.news","identifierType":"bundleID"},"category":"location","identifier":"0E0134C2-8E0C-40AD-8620-099F6D9C0BEB","kind":"intervalBegin","timeStamp":"2026-11-29T02:41:16.555-05:00","type":"access"}`),
			we("2026-11-29T07:41:20.495Z", Unknown, "", `{"accessor":{"identifier":"com.example.news","identifierType":"bundleID"},"category":"location","identifier":"0E0134C2-8E0C-40AD-8620-099F6D9C0BEB","kind":"intervalEnd","timeStamp":"2026-11-29T02:41:20.495-05:00","type":"access"}`),
			we("2026-11-29T07:44:16.905Z", Unknown, "", `{"timeStamp":"2026-11-29T02:44:16.905-05:00","initiatedType":"AppInitiated","context":"","domain":"api.example.org","contextVerificationType":0,"type":"networkActivity","domainType":2,"firstTimeStamp":"2026-11-29T02:39:32.695-05:00","bundleID":"com.example.news","domainOwner":"","hits":10,"domainClassification":1}`),
		},
	},
	{
		name:   "palera1n-console",
		source: "palera1n's console (` - [MM/dd/yy HH:mm:ss] <Level>: msg`, levels Verbose Info Warning Error): palera1n/palera1n issue #537 pasting its log; palen1x issue #26",
		why:    "a leading dash, a US short date and clock in brackets, the level in angle brackets",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Info, "", " - [11/29/26 07:41:16] <Info>: Waiting for devices"),
			we("2026-11-29T07:41:18Z", Info, "", " - [11/29/26 07:41:18] <Info>: Telling device with udid 00008030-001A2B3C4D5E802E to enter recovery mode immediately"),
			we("2026-11-29T07:41:30Z", Warn, "", " - [11/29/26 07:41:30] <Warning>: Ignoring non-arm64 device..."),
			we("2026-11-29T07:41:34Z", Error, "", " - [11/29/26 07:41:34] <Error>: Device is not in normal mode: -21 (Invalid HostID)"),
		},
	},
	{
		name:   "iproxy-console",
		source: "libimobiledevice's iproxy forwarding a local port to an iPhone (`Creating listening port …`, `waiting for connection`, `Accepted connection, fd = n`, `Requesting connection to USB device handle n (serial: …), port n`): libimobiledevice/libusbmuxd tools/iproxy.c; from memory of real runs. idevicesyslog, ideviceinstaller, idevicebackup2 and usbmuxd are earlier tables'",
		why:    "status lines with no time and no level; a device serial is no host",
		entries: []worldEntry{
			we("", Unknown, "", "Creating listening port 2222 for device port 22"),
			we("", Unknown, "", "waiting for connection"),
			we("", Unknown, "", "Accepted connection, fd = 5"),
			we("", Unknown, "", "Requesting connection to USB device handle 3 (serial: 00008030-001A2B3C4D5E802E), port 22"),
		},
	},
	{
		name:   "frida-trace-console",
		gap:    "frida-trace's `/* TID 0x… */` marker and the indented `n ms  call` lines below it are joined to the Started tracing line instead of each call standing on its own",
		source: "frida-trace against an app on a device (`Instrumenting...`, handler lines, `Started tracing n functions.`, a `/* TID 0x… */` marker when the thread changes, then calls as `  elapsed ms  call`): frida.re docs 'frida-trace'; from memory of real runs",
		why:    "elapsed milliseconds since the trace began are no time; the TID marker heads the calls below it and is no record of its own",
		entries: []worldEntry{
			we("", Unknown, "", "Instrumenting..."),
			we("", Unknown, "", "Started tracing 3 functions. Web UI available at http://localhost:49812/"),
			wskip("           /* TID 0x3f21 */"),
			we("", Unknown, "", "   412 ms  -[NSURLSession dataTaskWithRequest:0x2830f4a80 completionHandler:0x16d9b2f48]"),
			we("", Unknown, "", `   418 ms  open(path="/var/mobile/Containers/Data/Application/3F2A/Library/feeds.sqlite", oflag=0x202)`),
		},
	},

	// Cross-platform apps and game engines on devices.
	{
		name:   "flutter-android-logcat-threadtime",
		source: "a Flutter app's Dart output in `adb logcat` threadtime (the tag flutter, the engine's `[ERROR:flutter/…(41)] Unhandled Exception:` and each Dart frame on a logcat line of its own): docs.flutter.dev 'Debugging' and flutter/flutter issues pasting logcat; from memory. `flutter run`'s brief device lines are an earlier table's",
		why:    "threadtime's columns with the tag flutter; each frame of an unhandled exception is a logcat record of its own with the E letter",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "11-29 07:41:16.123  8812  8840 I flutter : feed refresh started"),
			we("2026-11-29T07:41:16.900Z", Error, "", "11-29 07:41:16.900  8812  8840 E flutter : [ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: SocketException: Connection refused (OS Error: Connection refused, errno = 111), address = api.example.org, port = 51234"),
			we("2026-11-29T07:41:16.900Z", Error, "", "11-29 07:41:16.900  8812  8840 E flutter : #0      FeedRepository.load (package:news/feed_repository.dart:42:7)"),
			we("2026-11-29T07:41:16.901Z", Error, "", "11-29 07:41:16.901  8812  8840 E flutter : <asynchronous suspension>"),
		},
	},
	{
		name:   "dart-logger-simpleprinter",
		source: "the Dart/Flutter `logger` package with SimplePrinter(printTime: true, colors: false) (`[L] TIME: DateTime.toIso8601String() msg`, L one of T D I W E and FATAL, `  ERROR: e` appended): pub.dev/packages/logger (lib/src/printers/simple_printer.dart); from memory of real output. Dart's package:logging with its README listener is an earlier table's",
		why:    "a bracketed level letter, then TIME: and an ISO time with microseconds and no zone (UTC)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123456Z", Info, "", "[I] TIME: 2026-11-29T07:41:16.123456 feed refresh started"),
			we("2026-11-29T07:41:16.412001Z", Warn, "", "[W] TIME: 2026-11-29T07:41:16.412001 article 4411 has no image"),
			we("2026-11-29T07:41:17.004118Z", Error, "", "[E] TIME: 2026-11-29T07:41:17.004118 refresh failed  ERROR: HttpException: 503"),
			we("2026-11-29T07:41:17.210090Z", Debug, "", "[D] TIME: 2026-11-29T07:41:17.210090 cache size 412"),
		},
	},
	{
		name:   "unreal-android-logcat",
		source: "an Unreal Engine 5 game on Android in `adb logcat` threadtime (the tag UE, every line at the D priority, the engine's own `[yyyy.MM.dd-HH.mm.ss:SSS][frame]Category: Verbosity: msg` inside the message): dev.epicgames.com 'Debugging Android' and UE forum threads pasting logcat; from memory. Unreal's Saved/Logs file is an earlier table's",
		why:    "logcat's time and the engine's own agree; the logcat letter is the level logcat gives, the engine's verbosity is inside the message",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Debug, "", "11-29 07:41:16.123  8812  8860 D UE      : [2026.11.29-07.41.16:123][  0]LogAndroid: Display: Android Device Model: Pixel 8"),
			we("2026-11-29T07:41:16.412Z", Debug, "", "11-29 07:41:16.412  8812  8860 D UE      : [2026.11.29-07.41.16:412][  0]LogInit: Display: Running engine for game: NewsQuest"),
			we("2026-11-29T07:41:17.004Z", Debug, "", "11-29 07:41:17.004  8812  8860 D UE      : [2026.11.29-07.41.17:004][ 41]LogNet: Warning: UNetConnection::Tick: Connection TIMED OUT."),
		},
	},
	{
		name:   "unreal-editor-android-packaging",
		source: "the Unreal Editor's Output Log while packaging for Android (UATHelper's `Packaging (Android (ASTC)): …` lines relaying AutomationTool, `LogCategory: Verbosity: msg` lines, PackagingResults' error), copied without timestamps: CesiumGS/cesium-unreal issue #190 pasting UATHelper lines; UE forum threads on failed Android packaging",
		why:    "no time; the Category: Verbosity: pair gives Warning and Error; a UATHelper line relaying AutomationTool has no verbosity word",
		entries: []worldEntry{
			we("", Unknown, "", "UATHelper: Packaging (Android (ASTC)): Running AutomationTool..."),
			we("", Unknown, "", "UATHelper: Packaging (Android (ASTC)): Parsing command line: -ScriptsForProject=C:/Projects/NewsQuest/NewsQuest.uproject BuildCookRun -nop4 -platform=Android -cookflavor=ASTC"),
			we("", Warn, "", "LogAndroid: Warning: Unable to find Android NDK r25b at C:/Android/ndk/25.1.8937393; using the SDK's default"),
			we("", Error, "", "PackagingResults: Error: Unknown Error"),
		},
	},
	{
		name:   "unity-ios-xcode-console",
		gap:    "a Unity Debug.Log record is not one record: the message line ends its entry without its stack, and an exception's entry ends at the blank line before its `(Filename: … Line: n)` trailer",
		source: "a Unity player on iOS in Xcode's console (Debug.Log's message, the IL2CPP managed stack, a blank line and the `(Filename: … Line: n)` trailer, no time and no level; the player's start-up lines): docs.unity3d.com 'Log files' (iOS: Xcode console) and Unity forum threads pasting Xcode output; from memory. Unity's Player.log and its Android logcat are earlier tables'",
		why:    "a Debug.Log message with its stack, the blank line and the Filename trailer is one record; no time, no level",
		entries: []worldEntry{
			we("", Unknown, "", "Loading player data from /private/var/containers/Bundle/Application/3F2A9C11-7B41-4E0A-9D2B-5C8E1A7D0B11/NewsQuest.app/Data/data.unity3d"),
			we("", Unknown, "",
				"Feed loaded with 12 items",
				"UnityEngine.DebugLogHandler:Internal_Log(LogType, LogOption, String, Object)",
				"UnityEngine.Logger:Log(LogType, Object)",
				"UnityEngine.Debug:Log(Object)",
				"FeedController:Start()",
				"",
				"(Filename: ./Runtime/Export/Debug/Debug.bindings.h Line: 35)",
				""),
			we("", Unknown, "",
				"NullReferenceException: Object reference not set to an instance of an object.",
				"  at FeedController.Update () [0x00000] in <00000000000000000000000000000000>:0 ",
				"",
				"(Filename: currently not available on il2cpp Line: -1)",
				""),
		},
	},
	{
		name:   "godot-android-logcat",
		source: "a Godot 4 game on Android in `adb logcat` threadtime (the tag godot, the engine's `USER ERROR:` / `USER WARNING:` and the `   at: function (file:line)` line each on a logcat line of its own): docs.godotengine.org 'Exporting for Android' (debugging with logcat) and godotengine/godot issues pasting logcat; from memory. Godot's desktop console is an earlier table's",
		why:    "threadtime's columns with the tag godot; the letter is the level; the at: line is a logcat record of its own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Info, "", "11-29 07:41:16.123  9120  9170 I godot   : Godot Engine v4.3.stable.official.77dcf97d8 - https://godotengine.org"),
			we("2026-11-29T07:41:16.900Z", Error, "", "11-29 07:41:16.900  9120  9170 E godot   : USER ERROR: Cannot open file 'user://save.json'."),
			we("2026-11-29T07:41:16.900Z", Error, "", "11-29 07:41:16.900  9120  9170 E godot   :    at: _load_game (res://main.gd:42)"),
			we("2026-11-29T07:41:17.004Z", Warn, "", "11-29 07:41:17.004  9120  9170 W godot   : USER WARNING: Texture 'res://icon.png' is not imported for mobile"),
		},
	},
	{
		name:   "solar2d-simulator-console",
		gap:    "the Solar2D console's `Mmm dd HH:mm:ss.SSS` stamp is read as a syslog header, so the message's first word (Loading) becomes the host",
		source: "the Solar2D (Corona) Simulator console (each output line prefixed `Mmm dd HH:mm:ss.SSS`, the runtime's `ERROR: Runtime error` with the Lua message and `stack traceback:` on the lines below, `WARNING:` lines): Solar2D forum and GitHub issues (coronalabs/corona) pasting simulator output; from memory",
		why:    "a year-less date and clock with milliseconds; ERROR: and WARNING: are the runtime's own markers; a runtime error with its traceback is one record",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.123Z", Unknown, "", "Nov 29 07:41:16.123 Platform: iPhone / x86_64 / 14.2 / Apple M2 / 2.1 Metal - 88 / 2026.3721 / en-US | US | en_US | en"),
			we("2026-11-29T07:41:16.456Z", Unknown, "", "Nov 29 07:41:16.456 Loading project from:   ~/Projects/NewsQuest"),
			we("2026-11-29T07:41:17.012Z", Error, "",
				"Nov 29 07:41:17.012 ERROR: Runtime error",
				"\t/Users/dev/Projects/NewsQuest/feed.lua:42: attempt to index global 'feed' (a nil value)",
				"stack traceback:",
				"\t/Users/dev/Projects/NewsQuest/feed.lua:42: in function 'refresh'",
				"\t/Users/dev/Projects/NewsQuest/main.lua:12: in main chunk"),
			we("2026-11-29T07:41:17.300Z", Warn, "", "Nov 29 07:41:17.300 WARNING: display.newText() font 'Roboto-Bold' could not be found, using native font"),
		},
	},
	{
		name:   "defold-engine-log",
		gap:    "a Defold `ERROR:SCRIPT:` record is not joined with its `stack traceback:` lines: the traceback stands as records of its own",
		source: "Defold's engine log on a device or in the editor console (`LEVEL:DOMAIN: msg`, levels DEBUG INFO WARNING ERROR FATAL, domains ENGINE DLIB SCRIPT GRAPHICS; a Lua error's `stack traceback:` on the lines below): HalfstarDev/matchanovel issue #2 and defold/defold issue #10453 pasting engine output",
		why:    "the level and the domain glued with colons at the line's head, no time; a script error with its traceback is one record",
		entries: []worldEntry{
			we("", Info, "", "INFO:ENGINE: Defold Engine 1.9.4 (1d6a2b3)"),
			we("", Info, "", "INFO:DLIB: SSDP: Started on address 192.168.178.41"),
			we("", Warn, "", "WARNING:RESOURCE: Unable to create resource: /main/feed.texturec: FORMAT_ERROR"),
			we("", Error, "",
				"ERROR:SCRIPT: main/feed.script:42: attempt to index a nil value (field 'items')",
				"stack traceback:",
				"  [C]:-1: in function __index",
				"  main/feed.script:42: in function <main/feed.script:38>"),
			we("", Debug, "", "DEBUG:SCRIPT: feed refreshed, 12 items"),
		},
	},

	// Handheld gaming and tethering.
	{
		name:   "gamescope-console",
		source: "gamescope's output on a Steam Deck or another handheld (`[gamescope] [Info]  component: msg`, levels Info Warn Error Debug; wlroots' lines relayed as `wlserver: [file.c:line] msg`): ValveSoftware/gamescope issue #1612 pasting its output",
		why:    "the program in brackets, then the level in brackets, then a component; no time",
		entries: []worldEntry{
			we("", Info, "", "[gamescope] [Info]  console: gamescope version 3.15.14 (gcc 14.2.1)"),
			we("", Info, "", "[gamescope] [Info]  wlserver: [backend/headless/backend.c:67] Creating headless backend"),
			we("", Warn, "", "[gamescope] [Warn]  xwm: got the same buffer committed twice, ignoring."),
			we("", Error, "", "[gamescope] [Error] vulkan: vkCreateDevice failed (VkResult: -7)"),
		},
	},
	{
		name:   "retroarch-verbose-log",
		source: "RetroArch's verbose log (`--verbose` or the log file on Android and Linux handhelds: `[LEVEL] [Subsystem]: msg`, levels DEBUG INFO WARN ERROR, a core's own lines as `[libretro LEVEL] [TYPE] msg`): libretro/RetroArch issues #10353 and #17438, libretro/libretro-chailove issue #445 and libretro/Lakka-LibreELEC issue #919 pasting logs",
		why:    "a bracketed level word at the head, a frontend's or a core's; no time",
		entries: []worldEntry{
			we("", Info, "", "[INFO] RetroArch 1.22.2 (Git 69a4f0e)"),
			we("", Info, "", `[INFO] [Core]: Loading dynamic libretro core from: "/data/user/0/com.retroarch/cores/ppsspp_libretro_android.so".`),
			we("", Info, "", "[libretro INFO] [BOOT] PPSSPP v1.18.1"),
			we("", Warn, "", "[WARN] [Video]: Does not have enough samples for monitor refresh rate estimation."),
			we("", Error, "", `[ERROR] [Core]: Failed to open libretro core: "/data/user/0/com.retroarch/cores/chailove_libretro_android.so"`),
		},
	},
	{
		name:   "ppsspp-log",
		gap:    "PPSSPP's `mm:ss:SSS thread L[TYPE]:` layout is not read: the level letter glued to the bracketed log type gives no level",
		source: "PPSSPP's log file (ppsspplog.txt on Android handhelds and desktops: `mm:ss:SSS thread L[TYPE]: file:line msg`, the clock without its hour, levels N E W I D V): hrydgard/ppsspp issues #7850, #7653 and #9803 pasting logs",
		why:    "minutes, seconds and milliseconds with no hour are no time of the record; the level letter glued to the bracketed log type",
		entries: []worldEntry{
			we("", Notice, "", "41:16:123 root         N[BOOT]: EmuScreen.cpp:142 Loading /storage/emulated/0/PSP/GAME/NewsQuest.iso..."),
			we("", Info, "", "41:16:201 EmuThread    I[LOAD]: Core/PSPLoaders.cpp:290 ULUS10277 : NEWS QUEST"),
			we("", Error, "", "41:17:004 user_main    E[SCEKERNEL]: HLE/sceKernelThread.cpp:2736 sceKernelWakeupThread(-1) - bad thread id"),
			we("", Warn, "", "41:17:310 EmuThread    W[G3D]: GPU/GPUCommon.cpp:1440 Unknown GE command: 0xb2"),
		},
	},
	{
		name:   "gnirehtet-relay",
		gap:    "the device's untimed `Broadcasting: Intent …` and `Broadcast completed` lines are joined to the relay's timed record before them instead of standing on their own",
		source: "gnirehtet's Rust relay on the host (`yyyy-MM-dd HH:mm:ss.SSS LEVEL Target: msg`, levels DEBUG INFO WARN ERROR; `am broadcast`'s own lines from the device in between with no time): Genymobile/gnirehtet issue #506 pasting `gnirehtet autorun`",
		why:    "a date and clock, a level word and a target; the device's untimed lines between them are records of their own",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.187Z", Info, "", "2026-11-29 07:41:16.187 INFO Main: Starting relay server on port 31416..."),
			we("2026-11-29T07:41:16.187Z", Info, "", "2026-11-29 07:41:16.187 INFO Relay: Relay server started"),
			we("", Unknown, "", "Broadcasting: Intent { act=com.genymobile.gnirehtet.START flg=0x400000 cmp=com.genymobile.gnirehtet/.GnirehtetControlReceiver }"),
			we("", Unknown, "", "Broadcast completed: result=0"),
			we("2026-11-29T07:41:17.412Z", Warn, "", "2026-11-29 07:41:17.412 WARN TcpConnection: 10.0.0.2:41812 -> 203.0.113.41:443 Connection reset by peer"),
			we("2026-11-29T07:41:18.004Z", Error, "", "2026-11-29 07:41:18.004 ERROR Main: Cannot start client: adb exited with code 1"),
		},
	},
}

// TestFresh76Formats asserts the seventy-sixth fresh table, family by family; a family with a gap
// is skipped and still scored.
func TestFresh76Formats(t *testing.T) { assertTable(t, fresh76Cases) }

// TestFresh76Score logs the seventy-sixth fresh figure, for logs trawl was never tuned on:
// go test ./parse -run TestFresh76Score -v
func TestFresh76Score(t *testing.T) {
	checkScore(t, "fresh76 formats", fresh76Cases, [worldNumFields]float64{91.8, 91.2, 94.1, 82.1})
}
